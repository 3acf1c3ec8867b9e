# Every bad input gets its exact diagnostic (file:line:col: error: /pointer: message) and exit 1.

$ check tests/bad/bands-grade-unknown.json
? 1
! tests/bad/bands-grade-unknown.json:13:14: error: /scoring/indicators/0/grade: grade "很显著" is not a key of grades

$ check tests/bad/bands-not-descending.json
? 1
! tests/bad/bands-not-descending.json:20:14: error: /scoring/indicators/0/bands/1/min: bands must be listed from the highest min to the lowest

$ check tests/bad/bands-rate-and-points.json
? 1
! tests/bad/bands-rate-and-points.json:15:6: error: /scoring/indicators/0/bands/0: a band needs exactly one of "rate" or "points"

$ check tests/bad/binary-missing-met.json
? 1
! tests/bad/binary-missing-met.json:9:4: error: /scoring/indicators/0: missing required key "met"

$ check tests/bad/branch-empty-children.json
? 1
! tests/bad/branch-empty-children.json:12:17: error: /scoring/indicators/0/children: children must be a non-empty array of indicators

$ check tests/bad/checklist-empty.json
? 1
! tests/bad/checklist-empty.json:13:15: error: /scoring/indicators/0/checks: checklist has no items

$ check tests/bad/checklist-item-without-met.json
? 1
! tests/bad/checklist-item-without-met.json:14:6: error: /scoring/indicators/0/checks/0: missing required key "met"

$ check tests/bad/checklist-partial-out-of-range.json
? 1
! tests/bad/checklist-partial-out-of-range.json:17:18: error: /scoring/indicators/0/checks/0/partial: 75 must be at most 1

$ check tests/bad/date-feb-30.json
? 1
! tests/bad/date-feb-30.json:18:11: error: /signoff/date: expected a date YYYY-MM-DD, YYYY-MM or YYYY

$ check tests/bad/date-format.json
? 1
! tests/bad/date-format.json:18:11: error: /signoff/date: expected a date YYYY-MM-DD, YYYY-MM or YYYY

$ check tests/bad/date-invalid-month.json
? 1
! tests/bad/date-invalid-month.json:18:11: error: /signoff/date: expected a date YYYY-MM-DD, YYYY-MM or YYYY

$ check tests/bad/decimals-out-of-range.json
? 1
! tests/bad/decimals-out-of-range.json:8:15: error: /scoring/decimals: 7 is out of range [0, 4]

$ check tests/bad/deduction-count-and-groups.json
? 1
! tests/bad/deduction-count-and-groups.json:13:14: error: /scoring/indicators/0/count: give the count per group, not both

$ check tests/bad/deduction-negative-count.json
? 1
! tests/bad/deduction-negative-count.json:13:14: error: /scoring/indicators/0/count: -1 must be at least 0

$ check tests/bad/derived-unknown.json
? 1
! tests/bad/derived-unknown.json:13:14: error: /scoring/indicators/0/value: a derived value needs one of survey, growth, mean
! tests/bad/derived-unknown.json:14:6: warning: /scoring/indicators/0/value/median: unknown key, did you mean "mean"?

$ check tests/bad/duplicate-key.json
? 1
! tests/bad/duplicate-key.json:4:2: error: /year: duplicate key "year"

$ check tests/bad/encoding-invalid-utf8.json
? 1
! tests/bad/encoding-invalid-utf8.json:2:23: error: invalid UTF-8 at byte offset 45 (and not GB18030 either)

$ check tests/bad/encoding-utf8-surrogate.json
? 1
! tests/bad/encoding-utf8-surrogate.json:1:23: error: invalid UTF-8 at byte offset 22 (and not GB18030 either)

$ check tests/bad/evaluation-type-enum.json
? 1
! tests/bad/evaluation-type-enum.json:18:11: error: /evaluation/type: "expert" is not one of: self (单位自评、自评), department (部门、部门整体、部门评价), finance (财政评价), third-party (第三方评价)

$ check tests/bad/funds-budget-string.json
? 1
! tests/bad/funds-budget-string.json:18:13: error: /funds/budget: expected a number, found a string

$ check tests/bad/goals-indicator-without-level.json
? 1
! tests/bad/goals-indicator-without-level.json:16:4: error: /goals/indicators/0: a scored goal indicator needs level1 and level2

$ check tests/bad/goals-source-without-budget.json
? 1
! tests/bad/goals-source-without-budget.json:7:13: error: /scoring: scoring.source "goals" starts with 预算执行率, which needs funds.budget and funds.spent

$ check --strict tests/bad/grade-mismatch.json
? 1
! tests/bad/grade-mismatch.json:16:12: error: /scoring/score: published total 90 differs from computed 88.00
! tests/bad/grade-mismatch.json:17:12: error: /scoring/grade: published grade 优 differs from computed 良 (total 88.00)

$ check tests/bad/growth-zero-previous.json
? 1
! tests/bad/growth-zero-previous.json:16:19: error: /scoring/indicators/0/value/growth/previous: growth from a previous value of 0 is undefined

$ check tests/bad/indicator-missing-weight.json
? 1
! tests/bad/indicator-missing-weight.json:9:4: error: /scoring/indicators/0: missing required key "weight"

$ check tests/bad/indicator-negative-weight.json
? 1
! tests/bad/indicator-negative-weight.json:11:15: error: /scoring/indicators/0/weight: -5 must be at least 0

$ check tests/bad/indicator-not-object.json
? 1
! tests/bad/indicator-not-object.json:9:4: error: /scoring/indicators/0: expected an indicator object, found a string

$ check tests/bad/late-bad-date.json
? 1
! tests/bad/late-bad-date.json:14:13: error: /scoring/indicators/0/done: expected a date YYYY-MM-DD, YYYY-MM or YYYY

$ check tests/bad/leaf-no-method-no-score.json
? 1
! tests/bad/leaf-no-method-no-score.json:9:4: error: /scoring/indicators/0: a leaf needs a "score" or a "method" to compute one (or "unpublished": true when the document prints no score for it)

$ check tests/bad/level-bad-cuts.json
? 1
! tests/bad/level-bad-cuts.json:14:13: error: /scoring/indicators/0/cuts: cuts must be two shares of the weight, high to low, e.g. [0.8, 0.6]

$ check tests/bad/level-partial-without-score.json
? 1
! tests/bad/level-partial-without-score.json:13:14: error: /scoring/indicators/0/level: level "部分达成" needs a score in its band

$ check tests/bad/level-score-outside-band.json
? 1
! tests/bad/level-score-outside-band.json:14:14: error: /scoring/indicators/0/score: score 79 is outside the 达成 band [80.00, 100.00]

$ check tests/bad/level-unknown.json
? 1
! tests/bad/level-unknown.json:13:14: error: /scoring/indicators/0/level: "完成" is not one of: 达成, 部分达成, 未达成

$ check tests/bad/manual-score-exceeds-weight.json
? 1
! tests/bad/manual-score-exceeds-weight.json:12:14: error: /scoring/indicators/0/score: score 101 exceeds the weight 100

$ check --strict tests/bad/mismatch-branch-and-rate.json
? 1
! tests/bad/mismatch-branch-and-rate.json:12:14: error: /scoring/indicators/0/score: published score 30 has 0 decimals; the computed 29.93 rounds to it
! tests/bad/mismatch-branch-and-rate.json:13:19: error: /scoring/indicators/0/score_rate: published 得分率 99.67% differs from computed 99.77% — 29.93 ÷ 30.00

$ check --strict tests/bad/mismatch-leaf.json
? 1
! tests/bad/mismatch-leaf.json:15:14: error: /scoring/indicators/0/score: published score 9.66 differs from computed 9.69 — ratio: 155 ÷ 160 × 10 = 9.6875 → 9.69

$ check tests/bad/missing-format.json
? 1
! tests/bad/missing-format.json:1:1: error: missing required key "format"

$ check tests/bad/missing-subject.json
? 1
! tests/bad/missing-subject.json:1:1: error: missing required key "subject"

$ check tests/bad/missing-year.json
? 1
! tests/bad/missing-year.json:1:1: error: missing required key "year"

$ check tests/bad/number-huge-exponent.json
? 1
! tests/bad/number-huge-exponent.json:18:13: error: /funds/budget: number 1e+300 is out of range (at most 15 digits before the point)

$ check tests/bad/number-too-many-decimals.json
? 1
! tests/bad/number-too-many-decimals.json:18:13: error: /funds/budget: number 0.1234567 has more than 6 decimals

$ check tests/bad/number-too-many-digits.json
? 1
! tests/bad/number-too-many-digits.json:1:170: error: /scoring/indicators/0/children/0/actual: number 123456789012345.123457 has more than 18 significant digits, more than can be computed exactly
! tests/bad/number-too-many-digits.json:1:204: error: /scoring/indicators/0/children/0/target: number 987654321098765.987653 has more than 18 significant digits, more than can be computed exactly

$ check tests/bad/policy-enum.json
? 1
! tests/bad/policy-enum.json:9:16: error: /scoring/policy/mismatch: "ignore" is not one of: error (报错), warn (警告)

$ check tests/bad/rate-out-of-range.json
? 1
! tests/bad/rate-out-of-range.json:13:13: error: /scoring/indicators/0/rate: 1.5 must be at most 1

$ check tests/bad/ratio-actual-bool.json
? 1
! tests/bad/ratio-actual-bool.json:13:15: error: /scoring/indicators/0/actual: expected a number or a string, found a boolean

$ check tests/bad/ratio-missing-target.json
? 1
! tests/bad/ratio-missing-target.json:9:4: error: /scoring/indicators/0: missing required key "target"

$ check tests/bad/ratio-no-number.json
? 1
! tests/bad/ratio-no-number.json:13:15: error: /scoring/indicators/0/actual: "按时" holds no single number to score with
! tests/bad/ratio-no-number.json:14:15: error: /scoring/indicators/0/target: "按时" holds no single number to score with

$ check tests/bad/ratio-two-numbers.json
? 1
! tests/bad/ratio-two-numbers.json:13:15: error: /scoring/indicators/0/actual: "2022年12月31日前" holds no single number to score with
! tests/bad/ratio-two-numbers.json:14:15: error: /scoring/indicators/0/target: "2022年12月31日前" holds no single number to score with

$ check tests/bad/ratio-units-differ.json
? 1
! tests/bad/ratio-units-differ.json:13:15: error: /scoring/indicators/0/actual: unit "家" differs from the target's unit "%"

$ check tests/bad/ratio-zero-target.json
? 1
! tests/bad/ratio-zero-target.json:14:15: error: /scoring/indicators/0/target: target is 0: the ratio is undefined (use method "equal")

$ check tests/bad/reference-not-number.json
? 1
! tests/bad/reference-not-number.json:13:15: error: /scoring/indicators/0/actual: reference @funds.unit does not name a number in this file

$ check tests/bad/reference-unresolved.json
? 1
! tests/bad/reference-unresolved.json:13:15: error: /scoring/indicators/0/actual: reference @funds.spnt does not name a number in this file

$ check tests/bad/root-not-object.json
? 1
! tests/bad/root-not-object.json:1:1: error: expected an object, found an array

$ check --strict tests/bad/roots-sum-110.json
? 1
! tests/bad/roots-sum-110.json:7:13: error: /scoring/indicators: 一级指标 weights add up to 110.00, not the total 100.00

$ check tests/bad/scoring-indicators-empty.json
? 1
! tests/bad/scoring-indicators-empty.json:8:17: error: /scoring/indicators: no indicators to score

$ check tests/bad/scoring-missing-indicators.json
? 1
! tests/bad/scoring-missing-indicators.json:7:13: error: /scoring: missing required key "indicators"

$ check tests/bad/sources-not-array.json
? 1
! tests/bad/sources-not-array.json:18:14: error: /funds/sources: expected an array, found an object

$ check tests/bad/step-both-deductions.json
? 1
! tests/bad/step-both-deductions.json:9:4: error: /scoring/indicators/0: step needs exactly one of "per_step" (points) or "per_step_rate" (share of the weight)

$ check tests/bad/step-missing-value.json
? 1
! tests/bad/step-missing-value.json:9:4: error: /scoring/indicators/0: missing required key "value"

$ check tests/bad/subject-name-number.json
? 1
! tests/bad/subject-name-number.json:5:11: error: /subject/name: expected a string, found a number

$ check tests/bad/subject-type-enum.json
? 1
! tests/bad/subject-type-enum.json:6:11: error: /subject/type: "company" is not one of: project (项目), department (部门、部门整体、部门评价)

$ check tests/bad/survey-level-weights-mismatch.json
? 1
! tests/bad/survey-level-weights-mismatch.json:19:23: error: /scoring/indicators/0/value/level_weights: 2 level weights for 3 survey levels

$ check tests/bad/survey-negative-count.json
? 1
! tests/bad/survey-negative-count.json:16:7: error: /scoring/indicators/0/value/survey/1: must not be negative

$ check tests/bad/syntax-bad-escape.json
? 1
! tests/bad/syntax-bad-escape.json:1:19: error: invalid escape sequence in string

$ check tests/bad/syntax-bad-literal.json
? 1
! tests/bad/syntax-bad-literal.json:1:17: error: expected a value (object, array, string, number, true, false or null)

$ check tests/bad/syntax-bad-number.json
? 1
! tests/bad/syntax-bad-number.json:1:10: error: invalid number: digit expected after '.'

$ check tests/bad/syntax-control-char.json
? 1
! tests/bad/syntax-control-char.json:1:46: error: control character in string (write it as an escape)

$ check tests/bad/syntax-empty.json
? 1
! tests/bad/syntax-empty.json:1:1: error: empty input: a JSON object was expected

$ check tests/bad/syntax-leading-zero.json
? 1
! tests/bad/syntax-leading-zero.json:1:10: error: invalid number: leading zero

$ check tests/bad/syntax-lone-surrogate.json
? 1
! tests/bad/syntax-lone-surrogate.json:1:23: error: unpaired surrogate in \u escape

$ check tests/bad/syntax-missing-colon.json
? 1
! tests/bad/syntax-missing-colon.json:2:12: error: expected ':' after the member name

$ check tests/bad/syntax-missing-comma.json
? 1
! tests/bad/syntax-missing-comma.json:3:3: error: expected ',' or '}' after an object member

$ check tests/bad/syntax-missing-value.json
? 1
! tests/bad/syntax-missing-value.json:1:12: error: expected a value (object, array, string, number, true, false or null)

$ check tests/bad/syntax-nul-escape.json
? 1
! tests/bad/syntax-nul-escape.json:1:1: error: missing required key "year"
! tests/bad/syntax-nul-escape.json:1:44: error: /subject/name: U+0000 is not a character a document can hold (a control character): remove it

$ check tests/bad/syntax-single-quotes.json
? 1
! tests/bad/syntax-single-quotes.json:1:2: error: expected a member name in double quotes

$ check tests/bad/syntax-trailing-comma-array.json
? 1
! tests/bad/syntax-trailing-comma-array.json:1:35: error: trailing comma before ']'

$ check tests/bad/syntax-trailing-comma-object.json
? 1
! tests/bad/syntax-trailing-comma-object.json:3:1: error: trailing comma before '}'

$ check tests/bad/syntax-trailing-garbage.json
? 1
! tests/bad/syntax-trailing-garbage.json:1:24: error: unexpected content after the end of the document

$ check tests/bad/syntax-unclosed-object.json
? 1
! tests/bad/syntax-unclosed-object.json:2:1: error: unexpected end of input

$ check tests/bad/syntax-unterminated-string.json
? 1
! tests/bad/syntax-unterminated-string.json:2:13: error: unterminated string: a line break before the closing quote

$ check tests/bad/team-member-without-name.json
? 1
! tests/bad/team-member-without-name.json:19:4: error: /evaluation/team/0: missing required key "name"

$ check tests/bad/text-array-with-number.json
? 1
! tests/bad/text-array-with-number.json:8:4: error: /subject/overview/1: expected a string, found a number

$ check tests/bad/tree-too-deep.json
? 1
! tests/bad/tree-too-deep.json:32:27: error: /scoring/indicators/0/children/0/children/0/children/0/children/0/children/0/children: indicator tree deeper than 6 levels

$ check tests/bad/unknown-method.json
? 1
! tests/bad/unknown-method.json:12:15: error: /scoring/indicators/0/method: unknown method "ratios" (one of: manual ratio inverse inverse_linear equal level binary rate checklist deduction step late bands)

$ check --strict tests/bad/weights-do-not-add-up.json
? 1
! tests/bad/weights-do-not-add-up.json:9:4: error: /scoring/indicators/0: children's weights add up to 20.00, not 产出's weight 30.00

$ check tests/bad/wrong-format.json
? 1
! tests/bad/wrong-format.json:2:12: error: /format: unsupported format "jixiao/2": this program reads "jixiao/1"

$ check tests/bad/year-exponent.json
? 1
! tests/bad/year-exponent.json:3:11: error: /year: expected an integer written with digits only, found 2.022e3

$ check tests/bad/year-fraction.json
? 1
! tests/bad/year-fraction.json:3:10: error: /year: expected an integer written with digits only, found 2022.5

$ check tests/bad/year-out-of-range.json
? 1
! tests/bad/year-out-of-range.json:3:10: error: /year: 1800 is out of range [1949, 2200]

$ check tests/bad/year-string.json
? 1
! tests/bad/year-string.json:3:10: error: /year: expected a number, found a string

$ check tests/bad/grade-off-scale.json
? 1
! tests/bad/grade-off-scale.json:7:12: error: /scoring/grade: grade "优秀" is not on the document's scale (优, 良, 中, 差): give the scale in scoring.grades

$ check tests/bad/grades-gap.json
? 1
! tests/bad/grades-gap.json:6:53: error: /scoring/grades/1/min: the lowest band starts at 60, so a total below it has no grade: start it at 0

$ check tests/bad/grades-label-twice.json
? 1
! tests/bad/grades-label-twice.json:6:95: error: /scoring/grades/2/label: the label "好" names two bands

$ check tests/bad/grades-overlap.json
? 1
! tests/bad/grades-overlap.json:6:53: error: /scoring/grades/1/min: grades must be listed from the highest min to the lowest: bands may not overlap

$ check tests/bad/outline-section-twice.json
? 1
! tests/bad/outline-section-twice.json:5:71: error: /outline/1/section: the section "subject" is already in the outline

$ check tests/bad/outline-unknown-section.json
? 1
! tests/bad/outline-unknown-section.json:5:28: error: /outline/0/section: "summary" is not one of: subject (基本情况), goals (绩效目标), evaluation (评价工作), conclusion (评价结论), analysis (指标分析), experience (经验做法), problems (存在问题), suggestions (意见建议), application (结果应用), other (其他), annex (附件)

$ check tests/bad/table-after-not-pointer.json
? 1
! tests/bad/table-after-not-pointer.json:5:25: error: /tables/0/after: expected the JSON pointer of a text, such as "/subject/overview" or "/subject/overview/1"

$ check tests/bad/figures-unknown.json
? 1
! tests/bad/figures-unknown.json:5:26: error: /scoring/figures: "published" is not one of: entered (填报的), computed (计算的)

$ check tests/bad/number-too-many-digits.json
? 1
! tests/bad/number-too-many-digits.json:1:170: error: /scoring/indicators/0/children/0/actual: number 123456789012345.123457 has more than 18 significant digits, more than can be computed exactly
! tests/bad/number-too-many-digits.json:1:204: error: /scoring/indicators/0/children/0/target: number 987654321098765.987653 has more than 18 significant digits, more than can be computed exactly

$ check tests/bad/utf8-with-a-gbk-character.json
? 1
! tests/bad/utf8-with-a-gbk-character.json:1:59: error: invalid UTF-8 at byte offset 70 (the rest of the file is UTF-8; save it as UTF-8 again, or retype the text there)

$ check tests/bad/utf8-overlong.json
? 1
! tests/bad/utf8-overlong.json:1:55: error: invalid UTF-8 at byte offset 58 (the rest of the file is UTF-8; save it as UTF-8 again, or retype the text there)

$ check tests/bad/control-characters.json
? 1
! tests/bad/control-characters.json:1:52: error: /subject/name: U+0001 is not a character a document can hold (a control character): remove it
! tests/bad/control-characters.json:1:70: error: /subject/code: U+FFFE is not a character a document can hold (a noncharacter): remove it
! tests/bad/control-characters.json:1:94: error: /subject/department: U+FFFF is not a character a document can hold (a noncharacter): remove it
! tests/bad/control-characters.json:1:112: error: /subject/implementer: U+0000 is not a character a document can hold (a control character): remove it
