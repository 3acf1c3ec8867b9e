# Checks before publishing, each from a mistake found in published forms
# (../shared/reference/forms.md): a 年度资金总额 row of 0 above a 其中 row of
# 90 万元; 年初预算 0 and 调整后 3.36 with no reason; "完成" as the actual of
# ≤ 30 万元; "28.8万元" under the unit %; "按月安排" marked 定量; 存在问题
# "无" beside a score below full. check says each at its place; render
# does not repeat the reviewer's findings but the scoring's.
$ check tests/inputs/review-published-mistakes.json
? 0
! tests/inputs/review-published-mistakes.json:11:21: warning: /funds/initial_budget: sources' initial_budget add up to 90, not the total 0
! tests/inputs/review-published-mistakes.json:12:13: warning: /funds/budget: sources' budget add up to 90, not the total 3.36
! tests/inputs/review-published-mistakes.json:12:13: warning: /funds/budget: the budget was adjusted from 0 to 3.36 万元 with no reason (funds.deviation)
! tests/inputs/review-published-mistakes.json:13:12: warning: /funds/spent: sources' spent add up to 90, not the total 3.36
! tests/inputs/review-published-mistakes.json:22:4: warning: /goals/indicators/0: 一级指标 产出指标 weighs 60.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
! tests/inputs/review-published-mistakes.json:22:90: warning: /goals/indicators/0/actual: 执法装备购置经费 is quantitative (target ≤30万元) but its actual "完成" is not a figure; write the value reached
! tests/inputs/review-published-mistakes.json:24:82: warning: /goals/indicators/1/target: 装备采购成本: the target "28.8万元" is in 万元, but the indicator's unit is %
! tests/inputs/review-published-mistakes.json:25:15: warning: /goals/indicators/1/actual: 装备采购成本: the actual "28.8万元" is in 万元, but the indicator's unit is %
! tests/inputs/review-published-mistakes.json:26:83: warning: /goals/indicators/2/target: 巡查安排 is marked 定量 but its target "按月安排" is not a figure
! tests/inputs/review-published-mistakes.json:28:4: warning: /goals/indicators/3: 执法效能提升 scored 27 of 30.00 and its 偏差原因 says only "无": say why
! tests/inputs/review-published-mistakes.json:33:13: warning: /scoring: 存在问题 (findings.problems) says nothing ("无") beside a total of 97 below the full 100
! tests/inputs/review-published-mistakes.json:33:13: warning: /scoring: 改进措施 (findings.suggestions) says nothing ("无") beside a total of 97 below the full 100

# the same mistakes in the seeds are in examples.t: 晋中's 已完成 as the actual
# of 3项, 10项, 50家 (000-jinzhong-quality-brand); 枣庄's 知晓率, the mean of
# two surveys of 35 and 94 answers, 80.76% for 78.76% (brand-quality-patent)

# a form's own limit on a text (四川: 年度目标完成情况 100字以内), from its layout:
# the text prints whole and the excess is said at its place
$ render -l layouts/selfeval-sichuan.json -o /dev/null tests/inputs/limit-long-text.json
? 0
! tests/inputs/limit-long-text.json:37:22: warning: /goals/annual_achieved: 125 characters, and the form (layout selfeval-sichuan) allows 100 here
! tests/inputs/limit-long-text.json: wrote /dev/null (layout selfeval-sichuan)

# a survey's published rate that is not what its answers give: 29 非常满意 and
# 6 满意 of 35 make 96.57%, not the 97.5% written beside them
$ check tests/inputs/review-survey-rate.json
? 0
! tests/inputs/review-survey-rate.json:366:18: warning: /scoring/indicators/3/children/0/children/2/value: 品牌质量专利等专项资金知晓率 averages the rates of surveys of 35, 94 answers as if the groups were alike; all answers together give 78.76%
! tests/inputs/review-survey-rate.json:438:19: warning: /scoring/indicators/3/children/2/children/0/actual: published 97.5% is not what its figures give: survey 338 ÷ (10 × 35) = 96.57%
