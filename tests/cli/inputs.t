# Warnings never stop a run; --strict makes them errors.

$ check tests/inputs/warn-unknown-key.json
? 0
! tests/inputs/warn-unknown-key.json:17:3: warning: /funds/budjet: unknown key, did you mean "budget"?
! tests/inputs/warn-unknown-key.json:20:2: warning: /subjekt: unknown key, did you mean "subject"?

$ check tests/inputs/warn-budget.json
? 0
! tests/inputs/warn-budget.json:17:13: warning: /funds/budget: sources' budget add up to 90, not the total 100
! tests/inputs/warn-budget.json:18:14: warning: /funds/arrived: arrived 120 is more than the budget 100
! tests/inputs/warn-budget.json:19:12: warning: /funds/spent: spent 130 is more than arrived 120

$ check tests/inputs/warn-identity.json
? 0
! tests/inputs/warn-identity.json:23:14: warning: /funds/balance: 上年结转 + 年初预算 + 预算调整 + 其他调整 − 预算执行 = 1132.78, not the balance 1132.87

$ check tests/inputs/warn-ignored-input.json
? 0
! tests/inputs/warn-ignored-input.json:14:5: warning: /scoring/indicators/0/threshold: ignored by method "binary"

$ check tests/inputs/warn-band-points.json
? 0
! tests/inputs/warn-band-points.json:13:14: warning: /scoring/indicators/0/grade: grade "较显著" gives 7 points, more than the weight 5

$ check tests/inputs/warn-published-precision.json
? 0
! tests/inputs/warn-published-precision.json:10:12: warning: /scoring/score: published total 99.962 has 3 decimals; the computed value is 99.96

$ check tests/inputs/warn-gb18030.json
? 0
! tests/inputs/warn-gb18030.json: warning: input is not UTF-8; decoded as GB18030 (GBK) and converted

$ check tests/inputs/bom.json
? 0

$ check --strict tests/inputs/warn-unknown-key.json
? 1
! tests/inputs/warn-unknown-key.json:17:3: error: /funds/budjet: unknown key, did you mean "budget"?
! tests/inputs/warn-unknown-key.json:20:2: error: /subjekt: unknown key, did you mean "subject"?

$ check - < tests/inputs/warn-unknown-key.json
? 0
! -:17:3: warning: /funds/budjet: unknown key, did you mean "budget"?
! -:20:2: warning: /subjekt: unknown key, did you mean "subject"?

# Every scoring method against the seeds' worked examples (W17-W26) and the
# synthetic vectors of scoring-rules.md section 7.

$ score tests/inputs/methods.json
? 0
> 名称                                                 分值      得分    得分率
> W17-W21 满意度与知晓率                              20.00      16.5    82.50%
>   W17 品牌满意度 29/6 → 96.57% → 8                   8.00         8   100.00%
>   W18 专利满意度 57/31/4/2/0 → 90.43% → 5.5          8.00       5.5    68.75%
>   W19-W21 综合知晓率 mean(85.14, 76.38) → 3          4.00         3    75.00%
> W22-W26 增长、滞后、扣分、要素                      29.00      17.3    59.66%
>   W22 品牌建设增长 (44−56)/56 → 1                    4.00         1    25.00%
>   A17b 发明专利授权增长 (649−344)/344 → 4            4.00         4   100.00%
>   W23 资金发放及时性 2022-12-31 → 2023-02 → 4        5.00         4    80.00%
>   W24 绩效目标合理性 4处 × 0.3 → 1.8                 3.00       1.8    60.00%
>   W24 管理制度健全性 两个子项目 → 2                  4.00         2    50.00%
>   W25 制度执行有效性 2/4 of 9 → 4.5                  9.00       4.5    50.00%
> 正向、反向、等于、定性                              55.00     33.00    60.00%
>   inverse_linear 120 vs 100 → 8                     10.00      8.00    80.00%
>   inverse_linear 250 vs 100 → 0                     10.00      0.00     0.00%
>   inverse 125 vs 100 → 8                            10.00      8.00    80.00%
>   equal 0 vs 0 → 5                                   5.00      5.00   100.00%
>   equal 0 vs 1 → 0                                   5.00      0.00     0.00%
>   level 部分达成 7 in [6, 8)                        10.00         7    70.00%
>   level 达成 → 5                                     5.00      5.00   100.00%
> 其他方法                                            96.00     16.50    41.25%
>   binary 未按时 → 0                                  2.00      0.00     0.00%
>   rate 75% → 3                                       4.00      3.00    75.00%
>   资金使用合规性 ②不符 → 75%                         8.00      6.00    75.00%
>   预算编制科学性 gate → 0                            4.00      0.00     0.00%
>   资金使用合规性 超过25% → 0                         7.00      0.00     0.00%
>   满意度 90% 每降1%扣10%权重 → 2.5                   5.00      2.50    50.00%
>   满意度 79% 低于80% → 0                             5.00      0.00     0.00%
>   资金到位率 cap 1.2                                 5.00      5.00   100.00%
>   不适用指标                                        56.00    不适用        —
> 总分                                               200.00     83.30
> 等级                                                             差

$ score --json tests/inputs/bom.json
? 0
> {
>   "file":"tests/inputs/bom.json",
>   "subject":"测试项目",
>   "decimals":2,
>   "weight":100.00,
>   "figures":"entered",
>   "total":100,
>   "computed_total":100.00,
>   "grade":"优",
>   "computed_grade":"优",
>   "differs":false,
>   "nodes":[
>     {"pointer":"/scoring/indicators/0","path":["决策"],"level":1,"weight":100.00,"applicable":true,"score":100,"computed":100.00,"entered":100,"rate":100.00,"computed_rate":100.00,"method":"manual","explain":"as given → 100.00"}
>   ],
>   "diagnostics":[]
> }

# A document without a scoring section can be checked but not scored
# (found by the fuzzer: formatting it used to crash).

$ check tests/fuzz/regressions/pipeline-no-scoring-section.json
? 0
! tests/fuzz/regressions/pipeline-no-scoring-section.json:7:2: warning: /scormng: unknown key, did you mean "scoring"?

$ score tests/fuzz/regressions/pipeline-no-scoring-section.json
? 1
! tests/fuzz/regressions/pipeline-no-scoring-section.json: error: nothing to score: the document has no "scoring" section
! tests/fuzz/regressions/pipeline-no-scoring-section.json:7:2: warning: /scormng: unknown key, did you mean "scoring"?

# An amount below zero is no budget, arrival, spending or balance; an
# adjustment may be negative.

$ check tests/inputs/warn-negative.json
? 0
! tests/inputs/warn-negative.json:5:24: warning: /funds/budget: a negative amount: budget cannot be below zero
