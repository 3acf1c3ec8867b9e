# The figures the user entered are the figures printed; the computation is
# the check beside them (warnings by default, errors under --strict).

# 河北's 附件2 form as published: 得分 9 and 执行率 86% where the rule gives
# 8.62 and 86.20% — the same figures at fewer decimals, printed as entered.
$ check tests/inputs/hebei-national.json
? 0
! tests/inputs/hebei-national.json:5:61: warning: /funds/spent: 执行率 86.20% is below 90% with no 偏差原因 (funds.deviation)
! tests/inputs/hebei-national.json:15:54: warning: /scoring/execution_score: published score 9 has 0 decimals; the computed 8.62 rounds to it
! tests/inputs/hebei-national.json:15:88: warning: /scoring/score: published total 99 has 0 decimals; the computed 98.62 rounds to it
$ check --strict tests/inputs/hebei-national.json
? 1
! tests/inputs/hebei-national.json:5:61: error: /funds/spent: 执行率 86.20% is below 90% with no 偏差原因 (funds.deviation)
! tests/inputs/hebei-national.json:15:54: error: /scoring/execution_score: published score 9 has 0 decimals; the computed 8.62 rounds to it
! tests/inputs/hebei-national.json:15:88: error: /scoring/score: published total 99 has 0 decimals; the computed 98.62 rounds to it
$ score tests/inputs/hebei-national.json
? 0
! tests/inputs/hebei-national.json:5:61: warning: /funds/spent: 执行率 86.20% is below 90% with no 偏差原因 (funds.deviation)
! tests/inputs/hebei-national.json:15:54: warning: /scoring/execution_score: published score 9 has 0 decimals; the computed 8.62 rounds to it
! tests/inputs/hebei-national.json:15:88: warning: /scoring/score: published total 99 has 0 decimals; the computed 98.62 rounds to it
> 名称                        分值      得分    得分率    计算得分
> 预算执行率                 10.00         9    90.00%        8.62
> 产出指标                   50.00        50   100.00%
>   数量指标                 50.00        50   100.00%
>     执法装备购置数量       50.00        50   100.00%
> 效益指标                   30.00        30   100.00%
>   社会效益指标             30.00        30   100.00%
>     执法效率               30.00        30   100.00%
> 满意度指标                 10.00        10   100.00%
>   服务对象满意度指标       10.00        10   100.00%
>     执法人员满意度         10.00        10   100.00%
> 总分                      100.00        99                 98.62
> 等级                                    优

# 高价值专利 as published (95.4 优, 10 for 专利开放许可件数): printed, with
# the computed 85.41 良 beside them for a reviewer.
$ score --json examples/003-zaozhuang-selfeval-high-value-patents.json
? 0
> {
>   "file":"examples/003-zaozhuang-selfeval-high-value-patents.json",
>   "subject":"2022 年省级知识产权发展资金[高价值专利培育综合奖补]",
>   "decimals":2,
>   "weight":100.00,
>   "figures":"entered",
>   "total":95.4,
>   "computed_total":85.41,
>   "entered_total":95.4,
>   "grade":"优",
>   "computed_grade":"良",
>   "entered_grade":"优",
>   "differs":true,
>   "nodes":[
>     {"pointer":"/scoring","path":["预算执行率"],"level":1,"weight":10.00,"applicable":true,"score":5.4,"computed":5.41,"entered":5.4,"rate":54.00,"computed_rate":54.10,"ratio":54.14,"computed_ratio":54.14,"method":"ratio","explain":"124.52 ÷ 230 × 10 = 5.413913… → 5.41"},
>     {"pointer":"/goals/indicators/0","path":["产出指标"],"level":1,"weight":50.00,"applicable":true,"score":50,"computed":50.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/0","path":["产出指标","数量指标"],"level":2,"weight":25.00,"applicable":true,"score":25,"computed":25.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/0","path":["产出指标","数量指标","高价值发明专利数量增幅"],"level":3,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"entered":10,"rate":100.00,"computed_rate":100.00,"ratio":651.25,"computed_ratio":651.25,"method":"ratio","explain":"52.10 ÷ 8 × 10 = 10 → 10.00"},
>     {"pointer":"/goals/indicators/1","path":["产出指标","数量指标","建设省、市级知识产权保护工作站"],"level":3,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"entered":10,"rate":100.00,"computed_rate":100.00,"ratio":100.00,"computed_ratio":100.00,"method":"ratio","explain":"14 ÷ 14 × 10 = 10 → 10.00"},
>     {"pointer":"/goals/indicators/2","path":["产出指标","数量指标","专利质押融资金额、项目数增幅"],"level":3,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"entered":5,"rate":100.00,"computed_rate":100.00,"ratio":1183.33,"computed_ratio":1183.33,"method":"ratio","explain":"142.00 ÷ 12 × 5 = 5 → 5.00"},
>     {"pointer":"/goals/indicators/3","path":["产出指标","质量指标"],"level":2,"weight":15.00,"applicable":true,"score":15,"computed":15.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/3","path":["产出指标","质量指标","知识产权管理和运用能力"],"level":3,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"entered":5,"rate":100.00,"computed_rate":100.00,"method":"manual","explain":"as given → 5.00"},
>     {"pointer":"/goals/indicators/4","path":["产出指标","质量指标","专款专用率"],"level":3,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"entered":5,"rate":100.00,"computed_rate":100.00,"ratio":100.00,"computed_ratio":100.00,"method":"ratio","explain":"100 ÷ 100 × 5 = 5 → 5.00"},
>     {"pointer":"/goals/indicators/5","path":["产出指标","质量指标","知识产权转化积极性"],"level":3,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"entered":5,"rate":100.00,"computed_rate":100.00,"method":"manual","explain":"as given → 5.00"},
>     {"pointer":"/goals/indicators/6","path":["产出指标","时效指标"],"level":2,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/6","path":["产出指标","时效指标","近三年知识产权质押融资“入园惠企”数量"],"level":3,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"entered":5,"rate":100.00,"computed_rate":100.00,"ratio":120.00,"computed_ratio":120.00,"method":"ratio","explain":"240 ÷ 200 × 5 = 5 → 5.00"},
>     {"pointer":"/goals/indicators/7","path":["产出指标","成本指标"],"level":2,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/7","path":["产出指标","成本指标","成本节约率"],"level":3,"weight":5.00,"applicable":true,"score":5,"computed":5.00,"entered":5,"rate":100.00,"computed_rate":100.00,"method":"equal","explain":"target 0, actual 0 → 5.00"},
>     {"pointer":"/goals/indicators/8","path":["效益指标"],"level":1,"weight":30.00,"applicable":true,"score":30,"computed":20.00,"rate":100.00,"computed_rate":66.67,"method":null},
>     {"pointer":"/goals/indicators/8","path":["效益指标","经济效益指标"],"level":2,"weight":10.00,"applicable":true,"score":10,"computed":0.00,"rate":100.00,"computed_rate":0.00,"method":null},
>     {"pointer":"/goals/indicators/8","path":["效益指标","经济效益指标","专利开放许可件数"],"level":3,"weight":10.00,"applicable":true,"score":10,"computed":0.00,"entered":10,"rate":100.00,"computed_rate":0.00,"ratio":0.00,"computed_ratio":0.00,"method":"ratio","explain":"0 ÷ 35 × 10 = 0 → 0.00"},
>     {"pointer":"/goals/indicators/9","path":["效益指标","经济效益指标","知识产权保护工作站运行"],"level":3,"weight":0.00,"applicable":true,"score":0,"computed":0.00,"entered":0,"rate":null,"computed_rate":null,"method":"manual","explain":"as given → 0.00"},
>     {"pointer":"/goals/indicators/10","path":["效益指标","社会效益指标"],"level":2,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/10","path":["效益指标","社会效益指标","非正常专利申请撤回率"],"level":3,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"entered":10,"rate":100.00,"computed_rate":100.00,"ratio":109.76,"computed_ratio":109.76,"method":"ratio","explain":"98.78 ÷ 90 × 10 = 10 → 10.00"},
>     {"pointer":"/goals/indicators/11","path":["效益指标","社会效益指标","知识产权保护水平"],"level":3,"weight":0.00,"applicable":true,"score":0,"computed":0.00,"entered":0,"rate":null,"computed_rate":null,"method":"manual","explain":"as given → 0.00"},
>     {"pointer":"/goals/indicators/12","path":["效益指标","可持续影响指标"],"level":2,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/12","path":["效益指标","可持续影响指标","全市专利运营体系"],"level":3,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"entered":10,"rate":100.00,"computed_rate":100.00,"method":"manual","explain":"as given → 10.00"},
>     {"pointer":"/goals/indicators/13","path":["满意度指标"],"level":1,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/13","path":["满意度指标","服务对象满意度指标"],"level":2,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"rate":100.00,"computed_rate":100.00,"method":null},
>     {"pointer":"/goals/indicators/13","path":["满意度指标","服务对象满意度指标","服务对象对工作的满意度"],"level":3,"weight":10.00,"applicable":true,"score":10,"computed":10.00,"entered":10,"rate":100.00,"computed_rate":100.00,"ratio":118.75,"computed_ratio":118.75,"method":"ratio","explain":"95 ÷ 80 × 10 = 10 → 10.00"}
>   ],
>   "diagnostics":[
>     {"severity":"warning","line":181,"col":22,"pointer":"/scoring/execution_score","message":"published score 5.4 has 1 decimal; the computed 5.41 rounds to it"},
>     {"severity":"warning","line":13,"col":12,"pointer":"/funds/spent","message":"执行率 54.14% is below 90% with no 偏差原因 (funds.deviation)"},
>     {"severity":"warning","line":125,"col":14,"pointer":"/goals/indicators/8/score","message":"published score 10 differs from computed 0.00 — ratio: 0 ÷ 35 × 10 = 0 → 0.00"},
>     {"severity":"warning","line":179,"col":12,"pointer":"/scoring/score","message":"published total 95.4 differs from computed 85.41"},
>     {"severity":"warning","line":180,"col":12,"pointer":"/scoring/grade","message":"published grade 优 differs from computed 良 (total 85.41)"},
>     {"severity":"warning","line":44,"col":15,"pointer":"/goals/indicators/0/actual","message":"actual 52.10% exceeds the target ≥8% by 30% or more with no 偏差原因 (note, deviation or analysis)"},
>     {"severity":"warning","line":64,"col":15,"pointer":"/goals/indicators/2/actual","message":"actual 142.00% exceeds the target ≥12% by 30% or more with no 偏差原因 (note, deviation or analysis)"}
>   ]
> }

# scoring.figures "computed": the computed figures print, the entered ones
# are checked.
$ score tests/inputs/figures-computed.json
? 0
! tests/inputs/figures-computed.json:7:14: warning: /scoring/score: published total 95 differs from computed 83.00
! tests/inputs/figures-computed.json:8:14: warning: /scoring/grade: published grade 优 differs from computed 良 (total 83.00)
! tests/inputs/figures-computed.json:10:139: warning: /scoring/indicators/0/children/0/score: published score 60 differs from computed 48.00 — ratio: 28 ÷ 35 × 60 = 48 → 48.00
> 名称              分值      得分    得分率
> 产出             60.00     48.00    80.00%
>   许可件数       60.00     48.00    80.00%
> 效益             40.00     35.00    87.50%
>   社会效益       40.00     35.00    87.50%
> 总分            100.00     83.00
> 等级                          良

# A tree-scored form's execution figures contradict its 预算执行率 leaf.
$ check tests/inputs/tree-execution-figures.json
? 0
! tests/inputs/tree-execution-figures.json:7:24: warning: /scoring/execution_score: execution_score 15 contradicts the tree's 预算执行率 (/scoring/indicators/0/children/0): 40.00
! tests/inputs/tree-execution-figures.json:8:23: warning: /scoring/execution_rate: execution_rate 55% contradicts the tree's 预算执行率 (/scoring/indicators/0/children/0): 100.00%

# A document's own scale: its grade and its 得分率 as entered.
$ score tests/inputs/own-scale.json
? 0
> 名称        分值      得分    得分率
> 决策       20.00        16    80.00%
> 过程       30.00     22.39    74.63%
> 产出       30.00        24    80.00%
> 效益       20.00        15       75%
> 总分      100.00     77.39
> 等级            实施比较顺利
$ render --dump --fonts tests/fonts/metrics -l summary tests/inputs/own-scale.json examples/003-zaozhuang-selfeval-ip-aid.json
? 0
! examples/003-zaozhuang-selfeval-ip-aid.json: warning: subject.department is "枣庄市市场监督管理局", not "" as in tests/inputs/own-scale.json: the summary puts them in one table under the first's
! examples/003-zaozhuang-selfeval-ip-aid.json: warning: self_evaluation.scoring.scale is "优 90、良 80、中 60、差 0", not "实施顺利 90、实施比较顺利 75、实施一般 60、实施不顺利 0" as in tests/inputs/own-scale.json: the summary puts them in one table under the first's
> page 1, 60 rules
>   y=120.72 x=145.22..455.72 Jixiao Metrics Hei 18.0: 2022年度项目支出绩效自评情况汇总表
>   y=156.95 x=84.18..517.37 Jixiao Metrics Hei 10.5: 序号项目名称资金使用单位自评得分自评等级
>   y=188.97 x=92.06..459.10 Jixiao Metrics Fangsong 10.5: 1乡村振兴衔接资金77.39
>   y=181.10 x=475.37..517.37 Jixiao Metrics Fangsong 10.5: 实施比较
>   y=196.85 x=475.37..496.37 Jixiao Metrics Fangsong 10.5: 顺利
>   y=221.00 x=92.06..501.62 Jixiao Metrics Fangsong 10.5: 2知识产权维权援助枣庄市市场监督管理局100.00优
>   y=256.74 x=79.37..383.87 Jixiao Metrics Song 10.5: 注：1.“资金使用单位”为具体使用资金的机关本级或下级单位；
>   y=274.74 x=79.37..521.57 Jixiao Metrics Song 10.5: 2.自评等级：自评得分在90（含）-100为“实施顺利”，75（含）-90为“实施比较顺利”，60
>   y=292.74 x=74.12..336.62 Jixiao Metrics Song 10.5: （含）-75为“实施一般”，60分以下为“实施不顺利”；
>   y=310.74 x=79.37..428.50 Jixiao Metrics Song 10.5: 3.本表共2个项目，与“项目绩效自评结果”中表述的自评项目数量一致。
>   y=771.76 x=284.72..316.22 Jixiao Metrics Song 10.5: —1—

# A 河北 form: no form of its own, so the national one (附件2), never another province's
$ layouts tests/inputs/hebei-national.json
? 0
! tests/inputs/hebei-national.json:5:61: warning: /funds/spent: 执行率 86.20% is below 90% with no 偏差原因 (funds.deviation)
! tests/inputs/hebei-national.json:15:54: warning: /scoring/execution_score: published score 9 has 0 decimals; the computed 8.62 rounds to it
! tests/inputs/hebei-national.json:15:88: warning: /scoring/score: published total 99 has 0 decimals; the computed 98.62 rounds to it
> selfeval-national
