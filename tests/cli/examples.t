# The examples reproduce every consistent published figure of the seeds;
# where a seed's figure is wrong (scoring-rules.md A-list) the report is pinned here.

$ check examples/000-jinzhong-quality-brand.json
? 0
! examples/000-jinzhong-quality-brand.json:45:95: warning: /goals/indicators/0/actual: 标准化研讨交流、标准化体系 is quantitative (target 3项) but its actual "已完成" is not a figure; write the value reached
! examples/000-jinzhong-quality-brand.json:46:96: warning: /goals/indicators/1/actual: 品牌创新成果和质量攻关项目 is quantitative (target 80项) but its actual "已完成" is not a figure; write the value reached
! examples/000-jinzhong-quality-brand.json:47:88: warning: /goals/indicators/2/actual: 标准制修订 is quantitative (target 10项) but its actual "已完成" is not a figure; write the value reached
! examples/000-jinzhong-quality-brand.json:48:103: warning: /goals/indicators/3/actual: 知识产权重点工作的技术标准研发、论证和制订 is quantitative (target 3项) but its actual "已完成" is not a figure; write the value reached
! examples/000-jinzhong-quality-brand.json:49:98: warning: /goals/indicators/4/actual: 知识产权重点单位和企业数据入库 is quantitative (target 50家) but its actual "已完成" is not a figure; write the value reached
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)

$ score examples/000-jinzhong-quality-brand.json
? 0
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)
> 名称                                分值      得分    得分率
> 投入                               20.00     19.95    99.75%
>   项目目标                         11.00     11.00   100.00%
>     项目立项规范性                  3.00      3.00   100.00%
>     绩效目标合理性                  4.00      4.00   100.00%
>     绩效指标明确性                  4.00      4.00   100.00%
>   资金落实                          9.00      8.95    99.44%
>     资金到位率                      3.00      3.00   100.00%
>     到位及时率                      3.00      3.00   100.00%
>     预算执行率                      3.00      2.95    98.33%
> 过程                               20.00     18.00    90.00%
>   业务管理                         10.00      8.00    80.00%
>     管理制度健全性                  3.00      2.00    66.67%
>     制度执行有效性                  3.00      3.00   100.00%
>     项目质量可控性                  4.00      3.00    75.00%
>   财务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     资金使用合规性                  3.00      3.00   100.00%
>     财务监控有效性                  4.00      4.00   100.00%
> 产出                               30.00     30.00   100.00%
>   项目产出                         30.00     30.00   100.00%
>     实际完成率                      8.00      8.00   100.00%
>     完成及时率                      7.00      7.00   100.00%
>     质量达标率                      8.00      8.00   100.00%
>     成本节约率                      7.00      7.00   100.00%
> 效果                               30.00     29.00    96.67%
>   项目效果                         30.00     29.00    96.67%
>     经济效益                        5.00      5.00   100.00%
>     社会效益                        5.00      5.00   100.00%
>     生态效益                        5.00      4.00    80.00%
>     可持续影响                      5.00      5.00   100.00%
>     社会公众或服务对象满意度       10.00     10.00   100.00%
> 总分                              100.00     96.95
> 等级                                            优

$ check examples/001-jinzhong-gongxin-department.json
? 0

$ score examples/001-jinzhong-gongxin-department.json
? 0
> 名称                                分值      得分    得分率
> 投入                               16.00     16.00   100.00%
>   工作目标设定                      6.00      6.00   100.00%
>     工作规划合理                    3.00      3.00   100.00%
>     工作目标明确                    3.00      3.00   100.00%
>   预算配置                         10.00     10.00   100.00%
>     在职人员控制                    3.00      3.00   100.00%
>     “三公经费”                    3.00      3.00   100.00%
>     重点支出安排                    4.00      4.00   100.00%
> 过程                               42.00     42.00   100.00%
>   预算执行                         20.00     20.00   100.00%
>     预算完成率                      3.00      3.00   100.00%
>     预算调整率                      3.00      3.00   100.00%
>     支付进度                        4.00      4.00   100.00%
>     结转结余率                      3.00      3.00   100.00%
>     公用经费控制                    2.00      2.00   100.00%
>     “三公经费”                    2.00      2.00   100.00%
>     政府采购执行                    3.00      3.00   100.00%
>   预算管理                         12.00     12.00   100.00%
>     财务管理制度                    3.00      3.00   100.00%
>     资金使用合规                    3.00      3.00   100.00%
>     预决算信息公                    3.00      3.00   100.00%
>     基础信息完善                    3.00      3.00   100.00%
>   资产管理                         10.00     10.00   100.00%
>     资产管理制度                    3.00      3.00   100.00%
>     资产管理安全                    3.00      3.00   100.00%
>     固定资产利用                    4.00      4.00   100.00%
> 产出                               22.00     22.00   100.00%
>   职责履行                         22.00     22.00   100.00%
>     完成实绩情况                    8.00      8.00   100.00%
>     质量达标情况                    8.00      8.00   100.00%
>     重点工作完成                    6.00      6.00   100.00%
> 效果                               20.00     20.00   100.00%
>   履职效益                         20.00     20.00   100.00%
>     经济效益                        5.00      5.00   100.00%
>     社会效益                        5.00      5.00   100.00%
>     生态效益                        5.00      5.00   100.00%
>     社会公众或服务对象满意度        5.00      5.00   100.00%
> 总分                              100.00    100.00
> 等级                                            优

$ check examples/001-jinzhong-gongxin-innovation.json
? 0
! examples/001-jinzhong-gongxin-innovation.json:60:15: warning: /goals/indicators/1/actual: 对2019年新认定的市级企业技术中心 is quantitative (target 14个) but its actual "企业技术中心属介休市(省级财政直管)" is not a figure; write the value reached
! examples/001-jinzhong-gongxin-innovation.json:167:8: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.47 of 3.00 with no 偏差原因 (note, deviation or analysis)

$ score examples/001-jinzhong-gongxin-innovation.json
? 0
! examples/001-jinzhong-gongxin-innovation.json:167:8: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.47 of 3.00 with no 偏差原因 (note, deviation or analysis)
> 名称                                分值      得分    得分率
> 投入                               20.00     19.47    97.35%
>   项目目标                         11.00     11.00   100.00%
>     项目立项规范性                  3.00      3.00   100.00%
>     绩效目标合理性                  4.00      4.00   100.00%
>     绩效指标明确性                  4.00      4.00   100.00%
>   资金落实                          9.00      8.47    94.11%
>     资金到位率                      3.00      3.00   100.00%
>     到位及时率                      3.00      3.00   100.00%
>     预算执行率                      3.00      2.47    82.33%
> 过程                               20.00     20.00   100.00%
>   业务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     制度执行有效性                  3.00      3.00   100.00%
>     项目质量可控性                  4.00      4.00   100.00%
>   财务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     资金使用合规性                  3.00      3.00   100.00%
>     财务监控有效性                  4.00      4.00   100.00%
> 产出                               30.00     30.00   100.00%
>   项目产出                         30.00     30.00   100.00%
>     实际完成率                      8.00      8.00   100.00%
>     完成及时率                      7.00      7.00   100.00%
>     质量达标率                      8.00      8.00   100.00%
>     成本节约率                      7.00      7.00   100.00%
> 效果                               30.00     30.00   100.00%
>   项目效果                         30.00     30.00   100.00%
>     经济效益                        0.00         0        —
>     社会效益                       20.00        20   100.00%
>     生态效益                        0.00         0        —
>     可持续影响                      0.00         0        —
>     社会公众或服务对象满意度       10.00     10.00   100.00%
> 总分                              100.00     99.47
> 等级                                            优

$ check examples/001-jinzhong-gongxin-new-momentum.json
? 0
! examples/001-jinzhong-gongxin-new-momentum.json:65:15: warning: /goals/indicators/2/actual: 指标1 is quantitative (target 1年) but its actual "已完成" is not a figure; write the value reached
! examples/001-jinzhong-gongxin-new-momentum.json:105:15: warning: /goals/indicators/7/actual: 企业满意度 is quantitative (target 大于90%以上) but its actual "满意" is not a figure; write the value reached
! examples/001-jinzhong-gongxin-new-momentum.json:144:8: warning: /scoring/indicators/0/children/1/children/0: 资金到位率 scored 0.75 of 3.00 with no 偏差原因 (note, deviation or analysis)

$ score examples/001-jinzhong-gongxin-new-momentum.json
? 0
! examples/001-jinzhong-gongxin-new-momentum.json:144:8: warning: /scoring/indicators/0/children/1/children/0: 资金到位率 scored 0.75 of 3.00 with no 偏差原因 (note, deviation or analysis)
> 名称                                分值      得分    得分率
> 投入                               20.00     17.75    88.75%
>   项目目标                         11.00     11.00   100.00%
>     项目立项规范性                  3.00      3.00   100.00%
>     绩效目标合理性                  4.00      4.00   100.00%
>     绩效指标明确性                  4.00      4.00   100.00%
>   资金落实                          9.00      6.75    75.00%
>     资金到位率                      3.00      0.75    25.00%
>     到位及时率                      3.00      3.00   100.00%
>     预算执行率                      3.00      3.00   100.00%
> 过程                               20.00     20.00   100.00%
>   业务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     制度执行有效性                  3.00      3.00   100.00%
>     项目质量可控性                  4.00      4.00   100.00%
>   财务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     资金使用合规性                  3.00      3.00   100.00%
>     财务监控有效性                  4.00      4.00   100.00%
> 产出                               30.00     30.00   100.00%
>   项目产出                         30.00     30.00   100.00%
>     实际完成率                      8.00      8.00   100.00%
>     完成及时率                      7.00      7.00   100.00%
>     质量达标率                      8.00      8.00   100.00%
>     成本节约率                      7.00      7.00   100.00%
> 效果                               30.00     30.00   100.00%
>   项目效果                         30.00     30.00   100.00%
>     经济效益                       10.00        10   100.00%
>     社会效益                       10.00        10   100.00%
>     生态效益                        0.00         0        —
>     可持续影响                      0.00         0        —
>     社会公众或服务对象满意度       10.00     10.00   100.00%
> 总分                              100.00     97.75
> 等级                                            优

$ check examples/001-jinzhong-gongxin-platform.json
? 0

$ score examples/001-jinzhong-gongxin-platform.json
? 0
> 名称                                分值      得分    得分率
> 投入                               20.00     20.00   100.00%
>   项目目标                         11.00     11.00   100.00%
>     项目立项规范性                  3.00      3.00   100.00%
>     绩效目标合理性                  4.00      4.00   100.00%
>     绩效指标明确性                  4.00      4.00   100.00%
>   资金落实                          9.00      9.00   100.00%
>     资金到位率                      3.00      3.00   100.00%
>     到位及时率                      3.00      3.00   100.00%
>     预算执行率                      3.00      3.00   100.00%
> 过程                               20.00     20.00   100.00%
>   业务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     制度执行有效性                  3.00      3.00   100.00%
>     项目质量可控性                  4.00      4.00   100.00%
>   财务管理                         10.00     10.00   100.00%
>     管理制度健全性                  3.00      3.00   100.00%
>     资金使用合规性                  3.00      3.00   100.00%
>     财务监控有效性                  4.00      4.00   100.00%
> 产出                               30.00     30.00   100.00%
>   项目产出                         30.00     30.00   100.00%
>     实际完成率                      8.00      8.00   100.00%
>     完成及时率                      7.00      7.00   100.00%
>     质量达标率                      8.00      8.00   100.00%
>     成本节约率                      7.00      7.00   100.00%
> 效果                               30.00     30.00   100.00%
>   项目效果                         30.00     30.00   100.00%
>     经济效益                        0.00         0        —
>     社会效益                       20.00        20   100.00%
>     生态效益                        0.00         0        —
>     可持续影响                      0.00         0        —
>     社会公众或服务对象满意度       10.00     10.00   100.00%
> 总分                              100.00    100.00
> 等级                                            优

$ check examples/003-zaozhuang-report-brand-quality-patent.json
? 0
! examples/003-zaozhuang-report-brand-quality-patent.json:366:18: warning: /scoring/indicators/3/children/0/children/2/value: 品牌质量专利等专项资金知晓率 averages the rates of surveys of 35, 94 answers as if the groups were alike; all answers together give 78.76%

$ score examples/003-zaozhuang-report-brand-quality-patent.json
? 0
> 名称                                                分值      得分    得分率
> 决策                                               15.00     11.40    76.00%
>   项目立项                                          6.00         6   100.00%
>     立项依据充分性                                  3.00         3   100.00%
>     立项程序规范性                                  3.00         3   100.00%
>   绩效目标                                          6.00       2.4    40.00%
>     绩效目标合理性                                  3.00       1.8    60.00%
>     绩效指标明确性                                  3.00       0.6    20.00%
>   资金投入                                          3.00         3   100.00%
>     预算编制科学性                                  3.00         3   100.00%
> 过程                                               20.00     16.75    83.75%
>   资金管理                                          9.00      8.95    99.44%
>     资金到位率                                      3.00         3   100.00%
>     预算执行率                                      3.00      2.95    98.33%
>     资金合规性                                      3.00         3   100.00%
>   组织实施                                         11.00       7.8    70.91%
>     管理制度健全性                                  4.00         2    50.00%
>     制度执行有效性                                  7.00       5.8    82.86%
> 产出                                               30.00        29    96.67%
>   产出数量                                         15.00        15   100.00%
>     注册商标完成率                                  8.00         8   100.00%
>     专利授权资助应助尽助率                          7.00         7   100.00%
>   产出质量                                          7.00         7   100.00%
>     资金发放准确度                                  7.00         7   100.00%
>   产出时效                                          5.00         4    80.00%
>     资金发放及时性                                  5.00         4    80.00%
>   产出成本                                          3.00         3   100.00%
>     资金额度成本控制                                3.00         3   100.00%
> 效益                                               35.00     27.50    78.57%
>   社会效益                                         12.00         8    66.67%
>     推进品牌建设力度                                4.00         1    25.00%
>     激励自主创新                                    4.00         4   100.00%
>     品牌质量专利等专项资金知晓率                    4.00         3    75.00%
>   可持续影响                                        7.00         6    85.71%
>     品牌质量专利等专项资金长效管理机制健全性        7.00         6    85.71%
>   满意度                                           16.00      13.5    84.38%
>     品牌建设奖补项目受益对象满意度                  8.00         8   100.00%
>     市级专利资助受益对象满意度                      8.00       5.5    68.75%
> 总分                                              100.00     84.65
> 等级                                                            良

$ check examples/003-zaozhuang-report-equipment-1.json
? 0
! examples/003-zaozhuang-report-equipment-1.json:135:26: warning: /scoring/indicators/0/children/1/children/0/score: score 1.80 is not a value its rule allows: 4 equal elements of 2.00 give 0.00, 0.50, 1.00, 1.50, 2.00
! examples/003-zaozhuang-report-equipment-1.json:144:26: warning: /scoring/indicators/0/children/1/children/1/score: score 1.70 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-equipment-1.json:237:26: warning: /scoring/indicators/1/children/1/children/1/score: score 7.00 is not a value its rule allows: 4 equal elements of 9.00 give 0.00, 2.25, 4.50, 6.75, 9.00

$ score examples/003-zaozhuang-report-equipment-1.json
? 0
! examples/003-zaozhuang-report-equipment-1.json:135:26: warning: /scoring/indicators/0/children/1/children/0/score: score 1.80 is not a value its rule allows: 4 equal elements of 2.00 give 0.00, 0.50, 1.00, 1.50, 2.00
! examples/003-zaozhuang-report-equipment-1.json:144:26: warning: /scoring/indicators/0/children/1/children/1/score: score 1.70 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-equipment-1.json:237:26: warning: /scoring/indicators/1/children/1/children/1/score: score 7.00 is not a value its rule allows: 4 equal elements of 9.00 give 0.00, 2.25, 4.50, 6.75, 9.00
> 名称                      分值      得分    得分率
> 决策                     15.00      14.5    96.67%
>   项目立项                4.00         4   100.00%
>     立项依据充分性        2.00         2   100.00%
>     立项程序规范性        2.00         2   100.00%
>   绩效目标                4.00       3.5    87.50%
>     绩效目标合理性        2.00       1.8    90.00%
>     绩效指标明确性        2.00       1.7    85.00%
>   资金投入                7.00         7   100.00%
>     预算编制科学性        4.00         4   100.00%
>     资金分配合理性        3.00         3   100.00%
> 过程                     25.00     21.91    87.64%
>   资金管理               10.00      9.91    99.10%
>     资金到位率            2.00         2   100.00%
>     预算执行率            2.00      1.91    95.50%
>     资金使用合规性        6.00         6   100.00%
>   组织实施               15.00        12    80.00%
>     管理制度健全性        6.00         5    83.33%
>     制度执行有效性        9.00         7    77.78%
> 产出                     30.00        30      100%
>   产出数量               10.00        10   100.00%
>     实际完成率           10.00        10   100.00%
>   产出质量               10.00        10   100.00%
>     质量达标率           10.00        10   100.00%
>   产出时效                5.00         5   100.00%
>     完成及时性            5.00         5   100.00%
>   产出成本                5.00         5   100.00%
>     成本节约率            5.00         5   100.00%
> 效益                     30.00      24.5    81.67%
>   项目效益               20.00      14.5    72.50%
>     实施效益             20.00      14.5    72.50%
>   满意度                 10.00        10   100.00%
>     满意度               10.00        10   100.00%
> 总分                    100.00     90.91
> 等级                                优秀

$ check examples/003-zaozhuang-report-food-drug.json
? 0
! examples/003-zaozhuang-report-food-drug.json:19:12: warning: /scoring/score: published total 90 differs from computed 88.00
! examples/003-zaozhuang-report-food-drug.json:20:12: warning: /scoring/grade: published grade 优秀 differs from computed 良好 (total 88.00)
! examples/003-zaozhuang-report-food-drug.json:88:18: warning: /scoring/indicators/0/children/1/children/1/score: score 1.00 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-food-drug.json:180:18: warning: /scoring/indicators/1/children/1/children/1/score: score 6.00 is not a value its rule allows: 4 equal elements of 9.00 give 0.00, 2.25, 4.50, 6.75, 9.00
! examples/003-zaozhuang-report-food-drug.json:253:14: warning: /scoring/indicators/3/score: published score 26 differs from computed 24.00 — sum of 效益's children
! examples/003-zaozhuang-report-food-drug.json:254:19: warning: /scoring/indicators/3/score_rate: published 得分率 86% differs from computed 80.00% — 24.00 ÷ 30.00

$ score examples/003-zaozhuang-report-food-drug.json
? 0
! examples/003-zaozhuang-report-food-drug.json:19:12: warning: /scoring/score: published total 90 differs from computed 88.00
! examples/003-zaozhuang-report-food-drug.json:20:12: warning: /scoring/grade: published grade 优秀 differs from computed 良好 (total 88.00)
! examples/003-zaozhuang-report-food-drug.json:88:18: warning: /scoring/indicators/0/children/1/children/1/score: score 1.00 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-food-drug.json:180:18: warning: /scoring/indicators/1/children/1/children/1/score: score 6.00 is not a value its rule allows: 4 equal elements of 9.00 give 0.00, 2.25, 4.50, 6.75, 9.00
! examples/003-zaozhuang-report-food-drug.json:253:14: warning: /scoring/indicators/3/score: published score 26 differs from computed 24.00 — sum of 效益's children
! examples/003-zaozhuang-report-food-drug.json:254:19: warning: /scoring/indicators/3/score_rate: published 得分率 86% differs from computed 80.00% — 24.00 ÷ 30.00
> 名称                          分值      得分    得分率    计算得分
> 决策                         15.00        14    93.33%
>   项目立项                    4.00         4   100.00%
>     立项依据充分性            2.00         2   100.00%
>     立项程序规范性            2.00         2   100.00%
>   绩效目标                    4.00         3    75.00%
>     绩效目标合理性            2.00         2   100.00%
>     绩效指标明确性            2.00         1    50.00%
>   资金投入                    7.00         7   100.00%
>     预算编制科学性            4.00         4   100.00%
>     预算资金分配合理性        3.00         3   100.00%
> 过程                         25.00        20    80.00%
>   资金管理                   10.00        10   100.00%
>     资金到位率                2.00         2   100.00%
>     预算执行率                2.00         2   100.00%
>     资金使用合规性            6.00         6   100.00%
>   组织实施                   15.00        10    66.67%
>     管理制度健全性            6.00         4    66.67%
>     制度执行有效性            9.00         6    66.67%
> 产出                         30.00        30   100.00%
>   产出数量                   10.00        10   100.00%
>     实际完成率               10.00        10   100.00%
>   产出质量                   10.00        10   100.00%
>     质量达标率               10.00        10   100.00%
>   产出时效                    5.00         5   100.00%
>     完成及时性                5.00         5   100.00%
>   产出成本                    5.00         5   100.00%
>     成本控制                  5.00         5   100.00%
> 效益                         30.00        26       86%       24.00
>   项目效益                   20.00        14    70.00%
>     社会效益                 10.00         7    70.00%
>     可持续影响               10.00         7    70.00%
>   满意度                     10.00        10   100.00%
>     受益人员满意度           10.00        10   100.00%
> 总分                        100.00        90                 88.00
> 等级                                    优秀                  良好

$ check examples/003-zaozhuang-report-patent-info.json
? 0
! examples/003-zaozhuang-report-patent-info.json:20:12: warning: /scoring/score: published total 88 differs from computed 89.00
! examples/003-zaozhuang-report-patent-info.json:90:18: warning: /scoring/indicators/0/children/1/children/1/score: score 2.50 is not a value its rule allows: 3 equal elements of 4.00 give 0.00, 1.33, 2.67, 4.00
! examples/003-zaozhuang-report-patent-info.json:124:14: warning: /scoring/indicators/1/score: published score 24.5 differs from computed 25.50 — sum of 过程's children
! examples/003-zaozhuang-report-patent-info.json:125:19: warning: /scoring/indicators/1/score_rate: published 得分率 81.67% differs from computed 85.00% — 25.50 ÷ 30.00
! examples/003-zaozhuang-report-patent-info.json:150:18: warning: /scoring/indicators/1/children/0/children/1/score: published score 3 differs from computed 4.00 — ratio: 21.9 ÷ 21.9 × 4 = 4 → 4.00
! examples/003-zaozhuang-report-patent-info.json:190:4: warning: /scoring/indicators/2: children's weights add up to 20.00, not 产出's weight 30.00
! examples/003-zaozhuang-report-patent-info.json:196:6: warning: /scoring/indicators/2/children/0: children's weights add up to 20.00, not 产出数量's weight 10.00

$ score examples/003-zaozhuang-report-patent-info.json
? 0
! examples/003-zaozhuang-report-patent-info.json:20:12: warning: /scoring/score: published total 88 differs from computed 89.00
! examples/003-zaozhuang-report-patent-info.json:90:18: warning: /scoring/indicators/0/children/1/children/1/score: score 2.50 is not a value its rule allows: 3 equal elements of 4.00 give 0.00, 1.33, 2.67, 4.00
! examples/003-zaozhuang-report-patent-info.json:124:14: warning: /scoring/indicators/1/score: published score 24.5 differs from computed 25.50 — sum of 过程's children
! examples/003-zaozhuang-report-patent-info.json:125:19: warning: /scoring/indicators/1/score_rate: published 得分率 81.67% differs from computed 85.00% — 25.50 ÷ 30.00
! examples/003-zaozhuang-report-patent-info.json:150:18: warning: /scoring/indicators/1/children/0/children/1/score: published score 3 differs from computed 4.00 — ratio: 21.9 ÷ 21.9 × 4 = 4 → 4.00
! examples/003-zaozhuang-report-patent-info.json:190:4: warning: /scoring/indicators/2: children's weights add up to 20.00, not 产出's weight 30.00
! examples/003-zaozhuang-report-patent-info.json:196:6: warning: /scoring/indicators/2/children/0: children's weights add up to 20.00, not 产出数量's weight 10.00
> 名称                      分值      得分    得分率    计算得分
> 决策                     20.00      16.5    82.50%
>   项目立项                6.00         6   100.00%
>     立项依据充分性        3.00         3   100.00%
>     立项程序规范性        3.00         3   100.00%
>   绩效目标                6.00       4.5    75.00%
>     绩效目标合理性        2.00         2   100.00%
>     绩效指标明确性        4.00       2.5    62.50%
>   资金投入                8.00         6    75.00%
>     预算编制科学性        4.00         4   100.00%
>     资金分配合理性        4.00         2    50.00%
> 过程                     30.00      24.5    81.67%       25.50
>   资金管理               15.00        14    93.33%       15.00
>     资金到位率            4.00         4   100.00%
>     预算执行率            4.00         3    75.00%        4.00
>     资金使用合规性        7.00         7   100.00%
>   组织实施               15.00      10.5    70.00%
>     管理制度健全性        6.00         6   100.00%
>     制度执行有效性        9.00       4.5    50.00%
> 产出                     30.00        27    90.00%
>   产出数量               10.00        17    85.00%
>     实际完成率           10.00         7    70.00%
>     质量达标率           10.00        10   100.00%
>   产出实效                5.00         5   100.00%
>     完成及时性            5.00         5   100.00%
>   产出成本                5.00         5   100.00%
>     成本节约率            5.00         5   100.00%
> 效益                     20.00        20      100%
>   项目效益               10.00        10   100.00%
>     实施效益             10.00        10   100.00%
>   满意度                 10.00        10   100.00%
>     满意度               10.00        10   100.00%
> 总分                    100.00        88                 89.00
> 等级                                良好

$ check examples/003-zaozhuang-report-property.json
? 0
! examples/003-zaozhuang-report-property.json:43:14: warning: /scoring/indicators/0/score: published score 15 differs from computed 14.00 — sum of 决策's children
! examples/003-zaozhuang-report-property.json:88:18: warning: /scoring/indicators/0/children/1/children/1/score: score 1.00 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-property.json:122:14: warning: /scoring/indicators/1/score: published score 25 differs from computed 19.00 — sum of 过程's children

$ score examples/003-zaozhuang-report-property.json
? 0
! examples/003-zaozhuang-report-property.json:43:14: warning: /scoring/indicators/0/score: published score 15 differs from computed 14.00 — sum of 决策's children
! examples/003-zaozhuang-report-property.json:88:18: warning: /scoring/indicators/0/children/1/children/1/score: score 1.00 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-property.json:122:14: warning: /scoring/indicators/1/score: published score 25 differs from computed 19.00 — sum of 过程's children
> 名称                          分值      得分    得分率    计算得分
> 决策                         15.00        15   100.00%       14.00
>   项目立项                    4.00         4   100.00%
>     立项依据充分性            2.00         2   100.00%
>     立项程序规范性            2.00         2   100.00%
>   绩效目标                    4.00         3    75.00%
>     绩效目标合理性            2.00         2   100.00%
>     绩效指标明确性            2.00         1    50.00%
>   资金投入                    7.00         7   100.00%
>     预算编制科学性            4.00         4   100.00%
>     预算资金分配合理性        3.00         3   100.00%
> 过程                         25.00        25   100.00%       19.00
>   资金管理                   10.00        10   100.00%
>     资金到位率                2.00         2   100.00%
>     预算执行率                2.00         2   100.00%
>     资金使用合规性            6.00         6   100.00%
>   组织实施                   15.00         9    60.00%
>     管理制度健全性            6.00         0     0.00%
>     制度执行有效性            9.00         9   100.00%
> 产出                         30.00        30   100.00%
>   产出数量                   10.00        10   100.00%
>     实际完成率               10.00        10   100.00%
>   产出质量                   10.00        10   100.00%
>     质量达标率               10.00        10   100.00%
>   产出时效                    5.00         5   100.00%
>     完成及时性                5.00         5   100.00%
>   产出成本                    5.00         5   100.00%
>     成本节约率                5.00         5   100.00%
> 效益                         30.00        30   100.00%
>   项目效益                   25.00        25   100.00%
>     社会效益                 10.00        10   100.00%
>     生态效益                 10.00        10   100.00%
>     可持续影响                5.00         5   100.00%
>   满意度                      5.00         5   100.00%
>     受益人员满意度            5.00         5   100.00%
> 总分                        100.00        93
> 等级                                    优秀

$ check examples/003-zaozhuang-report-special-equipment.json
? 0
! examples/003-zaozhuang-report-special-equipment.json:267:19: warning: /scoring/indicators/1/score_rate: published 得分率 99.67% differs from computed 99.97% — 29.99 ÷ 30.00

$ score examples/003-zaozhuang-report-special-equipment.json
? 0
! examples/003-zaozhuang-report-special-equipment.json:267:19: warning: /scoring/indicators/1/score_rate: published 得分率 99.67% differs from computed 99.97% — 29.99 ÷ 30.00
> 名称                      分值      得分    得分率
> 决策                     20.00        20      100%
>   项目立项                6.00         6   100.00%
>     立项依据充分性        3.00         3   100.00%
>     立项程序规范性        3.00         3   100.00%
>   绩效目标                6.00         6   100.00%
>     绩效目标合理性        2.00         2   100.00%
>     绩效指标明确性        4.00         4   100.00%
>   资金投入                8.00         8   100.00%
>     预算编制科学性        4.00         4   100.00%
>     资金分配合理性        4.00         4   100.00%
> 过程                     30.00     29.99    99.67%
>   资金管理               15.00     14.99    99.93%
>     资金到位率            4.00         4   100.00%
>     预算执行率            4.00      3.99    99.75%
>     资金使用合规性        7.00         7   100.00%
>   组织实施               15.00        15   100.00%
>     管理制度健全性        6.00         6   100.00%
>     制度执行有效性        9.00         9   100.00%
> 产出                     30.00        30      100%
>   产出数量               20.00        20   100.00%
>     实际完成率           10.00        10   100.00%
>     质量达标率           10.00        10   100.00%
>   产出实效                5.00         5   100.00%
>     完成及时性            5.00         5   100.00%
>   产出成本                5.00         5   100.00%
>     成本节约率            5.00         5   100.00%
> 效益                     20.00      19.5     97.5%
>   项目效益               10.00       9.5    95.00%
>     实施效益             10.00       9.5    95.00%
>   满意度                 10.00        10   100.00%
>     满意度               10.00        10   100.00%
> 总分                    100.00     99.49
> 等级                                优秀

$ check examples/003-zaozhuang-selfeval-anti-smuggling.json
? 0
! examples/003-zaozhuang-selfeval-anti-smuggling.json:12:13: warning: /funds/budget: the budget was adjusted from 0 to 5 万元 with no reason (funds.deviation)
! examples/003-zaozhuang-selfeval-anti-smuggling.json:117:12: warning: /scoring/score: published total 99.97 differs from computed 99.96
! examples/003-zaozhuang-selfeval-anti-smuggling.json:119:22: warning: /scoring/execution_score: published score 9.97 differs from computed 9.96 — ratio: 4.98 ÷ 5 × 10 = 9.96 → 9.96
! examples/003-zaozhuang-selfeval-anti-smuggling.json:120:21: warning: /scoring/execution_rate: published 执行率 99.70% differs from computed 99.60% — 4.98 ÷ 5

$ score examples/003-zaozhuang-selfeval-anti-smuggling.json
? 0
! examples/003-zaozhuang-selfeval-anti-smuggling.json:117:12: warning: /scoring/score: published total 99.97 differs from computed 99.96
! examples/003-zaozhuang-selfeval-anti-smuggling.json:119:22: warning: /scoring/execution_score: published score 9.97 differs from computed 9.96 — ratio: 4.98 ÷ 5 × 10 = 9.96 → 9.96
! examples/003-zaozhuang-selfeval-anti-smuggling.json:120:21: warning: /scoring/execution_rate: published 执行率 99.70% differs from computed 99.60% — 4.98 ÷ 5
> 名称                                               分值      得分    得分率    计算得分
> 预算执行率                                        10.00      9.97    99.70%        9.96
> 产出指标                                          50.00        50   100.00%
>   数量指标                                        10.00        10   100.00%
>     购买执法装备                                  10.00        10   100.00%
>   质量指标                                        30.00        30   100.00%
>     资金使用合规性                                10.00        10   100.00%
>     反走私检查考核情况                            10.00        10   100.00%
>     信息网络运行情况                              10.00        10   100.00%
>   时效指标                                        10.00        10   100.00%
>     项目完成时间                                  10.00        10   100.00%
> 效益指标                                          30.00        30   100.00%
>   社会效益指标                                    15.00        15   100.00%
>     经济发展秩序健康稳定,无重大恶性案件           15.00        15   100.00%
>   可持续影响指标                                  15.00        15   100.00%
>     提升执法办案能力,反走私态势总体平稳可控       15.00        15   100.00%
> 满意度指标                                        10.00        10   100.00%
>   服务对象满意度指标                              10.00        10   100.00%
>     社会公众满意度                                10.00        10   100.00%
> 总分                                             100.00     99.97                 99.96
> 等级                                                           优

$ check examples/003-zaozhuang-selfeval-central-drug-1.json
? 0
! examples/003-zaozhuang-selfeval-central-drug-1.json:12:13: warning: /funds/budget: the budget was adjusted from 0 to 34.76 万元 with no reason (funds.deviation)
! examples/003-zaozhuang-selfeval-central-drug-1.json:159:12: warning: /scoring/score: published total 99.99 differs from computed 100.00
! examples/003-zaozhuang-selfeval-central-drug-1.json:161:22: warning: /scoring/execution_score: published score 9.99 differs from computed 10.00 — ratio: 34.75 ÷ 34.76 × 10 = 9.997123… → 10.00
! examples/003-zaozhuang-selfeval-central-drug-1.json:162:21: warning: /scoring/execution_rate: published 执行率 99.90% differs from computed 99.97% — 34.75 ÷ 34.76

$ score examples/003-zaozhuang-selfeval-central-drug-1.json
? 0
! examples/003-zaozhuang-selfeval-central-drug-1.json:159:12: warning: /scoring/score: published total 99.99 differs from computed 100.00
! examples/003-zaozhuang-selfeval-central-drug-1.json:161:22: warning: /scoring/execution_score: published score 9.99 differs from computed 10.00 — ratio: 34.75 ÷ 34.76 × 10 = 9.997123… → 10.00
! examples/003-zaozhuang-selfeval-central-drug-1.json:162:21: warning: /scoring/execution_rate: published 执行率 99.90% differs from computed 99.97% — 34.75 ÷ 34.76
> 名称                                                        分值      得分    得分率    计算得分
> 预算执行率                                                 10.00      9.99    99.90%       10.00
> 产出指标                                                   50.00        50   100.00%
>   数量指标                                                 18.00        18   100.00%
>     药品流通环节监管企业数                                  6.00         6   100.00%
>     无菌和植入性医疗器械监管经营企业数                      6.00         6   100.00%
>     无菌和植入性医疗器械监管使用单位数                      6.00         6   100.00%
>   质量指标                                                 16.00        16   100.00%
>     严重药品不良反应报告评价率                              6.00         6   100.00%
>     化妆品不良反应病例报告审核评价率                        5.00         5   100.00%
>     严重医疗器械不良事件上市许可持有人评价结果审核率        5.00         5   100.00%
>   成本指标                                                 10.00        10   100.00%
>     药品连锁门店零售药店监督检查成本                        5.00         5   100.00%
>     医疗器械经营企业监督检查成本                            5.00         5   100.00%
>   时效指标                                                  6.00         6   100.00%
>     项目完成时间                                            6.00         6   100.00%
> 效益指标                                                   30.00        30   100.00%
>   社会效益指标                                             15.00        15   100.00%
>     “两品一械”总体安全水平                               15.00        15   100.00%
>   可持续影响指标                                           15.00        15   100.00%
>     假冒伪劣产品制售行为                                   15.00        15   100.00%
> 满意度指标                                                 10.00        10   100.00%
>   服务对象满意度指标                                       10.00        10   100.00%
>     社会公众满意度                                         10.00        10   100.00%
> 总分                                                      100.00     99.99                100.00
> 等级                                                                    优

$ check examples/003-zaozhuang-selfeval-high-value-patents.json
? 0
! examples/003-zaozhuang-selfeval-high-value-patents.json:12:13: warning: /funds/budget: the budget was adjusted from 0 to 230 万元 with no reason (funds.deviation)
! examples/003-zaozhuang-selfeval-high-value-patents.json:13:12: warning: /funds/spent: 执行率 54.14% is below 90% with no 偏差原因 (funds.deviation)
! examples/003-zaozhuang-selfeval-high-value-patents.json:44:15: warning: /goals/indicators/0/actual: actual 52.10% exceeds the target ≥8% by 30% or more with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-high-value-patents.json:64:15: warning: /goals/indicators/2/actual: actual 142.00% exceeds the target ≥12% by 30% or more with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-high-value-patents.json:125:14: warning: /goals/indicators/8/score: published score 10 differs from computed 0.00 — ratio: 0 ÷ 35 × 10 = 0 → 0.00
! examples/003-zaozhuang-selfeval-high-value-patents.json:179:12: warning: /scoring/score: published total 95.4 differs from computed 85.41
! examples/003-zaozhuang-selfeval-high-value-patents.json:180:12: warning: /scoring/grade: published grade 优 differs from computed 良 (total 85.41)
! examples/003-zaozhuang-selfeval-high-value-patents.json:181:22: warning: /scoring/execution_score: published score 5.4 has 1 decimal; the computed 5.41 rounds to it

$ score examples/003-zaozhuang-selfeval-high-value-patents.json
? 0
! examples/003-zaozhuang-selfeval-high-value-patents.json:13:12: warning: /funds/spent: 执行率 54.14% is below 90% with no 偏差原因 (funds.deviation)
! examples/003-zaozhuang-selfeval-high-value-patents.json:44:15: warning: /goals/indicators/0/actual: actual 52.10% exceeds the target ≥8% by 30% or more with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-high-value-patents.json:64:15: warning: /goals/indicators/2/actual: actual 142.00% exceeds the target ≥12% by 30% or more with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-high-value-patents.json:125:14: warning: /goals/indicators/8/score: published score 10 differs from computed 0.00 — ratio: 0 ÷ 35 × 10 = 0 → 0.00
! examples/003-zaozhuang-selfeval-high-value-patents.json:179:12: warning: /scoring/score: published total 95.4 differs from computed 85.41
! examples/003-zaozhuang-selfeval-high-value-patents.json:180:12: warning: /scoring/grade: published grade 优 differs from computed 良 (total 85.41)
! examples/003-zaozhuang-selfeval-high-value-patents.json:181:22: warning: /scoring/execution_score: published score 5.4 has 1 decimal; the computed 5.41 rounds to it
> 名称                                              分值      得分    得分率    计算得分
> 预算执行率                                       10.00       5.4    54.00%        5.41
> 产出指标                                         50.00        50   100.00%
>   数量指标                                       25.00        25   100.00%
>     高价值发明专利数量增幅                       10.00        10   100.00%
>     建设省、市级知识产权保护工作站               10.00        10   100.00%
>     专利质押融资金额、项目数增幅                  5.00         5   100.00%
>   质量指标                                       15.00        15   100.00%
>     知识产权管理和运用能力                        5.00         5   100.00%
>     专款专用率                                    5.00         5   100.00%
>     知识产权转化积极性                            5.00         5   100.00%
>   时效指标                                        5.00         5   100.00%
>     近三年知识产权质押融资“入园惠企”数量        5.00         5   100.00%
>   成本指标                                        5.00         5   100.00%
>     成本节约率                                    5.00         5   100.00%
> 效益指标                                         30.00        30   100.00%       20.00
>   经济效益指标                                   10.00        10   100.00%        0.00
>     专利开放许可件数                             10.00        10   100.00%        0.00
>     知识产权保护工作站运行                        0.00         0        —
>   社会效益指标                                   10.00        10   100.00%
>     非正常专利申请撤回率                         10.00        10   100.00%
>     知识产权保护水平                              0.00         0        —
>   可持续影响指标                                 10.00        10   100.00%
>     全市专利运营体系                             10.00        10   100.00%
> 满意度指标                                       10.00        10   100.00%
>   服务对象满意度指标                             10.00        10   100.00%
>     服务对象对工作的满意度                       10.00        10   100.00%
> 总分                                            100.00      95.4                 85.41
> 等级                                                          优                    良

$ check examples/003-zaozhuang-selfeval-inspection.json
? 0

$ score examples/003-zaozhuang-selfeval-inspection.json
? 0
> 名称                                      分值      得分    得分率
> 预算执行率                               10.00      9.85    98.50%
> 产出指标                                 50.00        50   100.00%
>   数量指标                               15.00        15   100.00%
>     监测媒体数量                          8.00         8   100.00%
>     食品抽检批次                          7.00         7   100.00%
>   时效指标                               10.00        10   100.00%
>     抽检、检测、监测工作按时完成         10.00        10   100.00%
>   质量指标                               15.00        15   100.00%
>     抽检、检测合格率                     15.00        15   100.00%
>   成本指标                               10.00        10   100.00%
>     抽检、检测、监测工作经费             10.00        10   100.00%
> 效益指标                                 30.00        30   100.00%
>   社会效益                               15.00        15   100.00%
>     规范市场秩序，规范市场主体行为       15.00        15   100.00%
>   可持续影响                             15.00        15   100.00%
>     提升社会公众食品安全意识             15.00        15   100.00%
> 满意度指标                               10.00        10   100.00%
>   社会公众或服务对象满意度               10.00        10   100.00%
>     服务对象满意度                       10.00        10   100.00%
> 总分                                    100.00     99.85
> 等级                                                  优

$ check examples/003-zaozhuang-selfeval-ip-aid.json
? 0

$ score examples/003-zaozhuang-selfeval-ip-aid.json
? 0
> 名称                                      分值      得分    得分率
> 预算执行率                               10.00     10.00   100.00%
> 产出指标                                 50.00        50   100.00%
>   数量指标                               15.00        15   100.00%
>     知识产权维权援助次数                 15.00        15   100.00%
>   时效指标                               10.00        10   100.00%
>     按时开展知识产权维权援助工作         10.00        10   100.00%
>   质量指标                               15.00        15   100.00%
>     维护知识产权覆盖率                    5.00         5   100.00%
>     维权援助常态化管理情况               10.00        10   100.00%
>   成本指标                               10.00        10   100.00%
>     知识产权维权援助经费                 10.00        10   100.00%
> 效益指标                                 30.00        30   100.00%
>   社会效益                               15.00        15   100.00%
>     维护枣庄市专利市场的秩序             15.00        15   100.00%
>   可持续影响                             15.00        15   100.00%
>     维护知识产权拥有者的合法权益         15.00        15   100.00%
> 满意度指标                               10.00        10   100.00%
>   社会公众或服务对象满意度               10.00        10   100.00%
>     社会各界对专利市场秩序的满意度       10.00        10   100.00%
> 总分                                    100.00    100.00
> 等级                                                  优

$ check examples/003-zaozhuang-selfeval-provincial-subsidy.json
? 0
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:12:13: warning: /funds/budget: the budget was adjusted from 0 to 92.13 万元 with no reason (funds.deviation)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:39:4: warning: /goals/indicators/0: 一级指标 产出指标 weighs 66.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:39:4: warning: /goals/indicators/0: 医疗器械抽检次数 scored 7 of 8.00 with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:46:14: warning: /goals/indicators/0/score: published score 7 differs from computed 8.00 — ratio: 24 ÷ 24 × 8 = 8 → 8.00
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:49:4: warning: /goals/indicators/1: 化妆品抽检次数 scored 7 of 8.00 with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:56:14: warning: /goals/indicators/1/score: published score 7 differs from computed 8.00 — ratio: 45 ÷ 45 × 8 = 8 → 8.00
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:66:14: warning: /goals/indicators/2/score: published score 10 differs from computed 8.00 — ratio: 125 ÷ 125 × 8 = 8 → 8.00; the published score exceeds the weight
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:76:14: warning: /goals/indicators/3/score: published score 9.66 differs from computed 9.69 — ratio: 155 ÷ 160 × 10 = 9.6875 → 9.69
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:139:4: warning: /goals/indicators/10: 一级指标 效益指标 weighs 16.00; the self-evaluation standard is 30 (产出 50, 效益 30, 满意度 10)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:157:4: warning: /goals/indicators/12: 一级指标 满意度指标 weighs 8.00; the self-evaluation standard is 10 (产出 50, 效益 30, 满意度 10)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:171:12: warning: /scoring/score: published total 99.55 differs from computed 99.58

$ score examples/003-zaozhuang-selfeval-provincial-subsidy.json
? 0
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:39:4: warning: /goals/indicators/0: 一级指标 产出指标 weighs 66.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:39:4: warning: /goals/indicators/0: 医疗器械抽检次数 scored 7 of 8.00 with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:46:14: warning: /goals/indicators/0/score: published score 7 differs from computed 8.00 — ratio: 24 ÷ 24 × 8 = 8 → 8.00
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:49:4: warning: /goals/indicators/1: 化妆品抽检次数 scored 7 of 8.00 with no 偏差原因 (note, deviation or analysis)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:56:14: warning: /goals/indicators/1/score: published score 7 differs from computed 8.00 — ratio: 45 ÷ 45 × 8 = 8 → 8.00
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:66:14: warning: /goals/indicators/2/score: published score 10 differs from computed 8.00 — ratio: 125 ÷ 125 × 8 = 8 → 8.00; the published score exceeds the weight
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:76:14: warning: /goals/indicators/3/score: published score 9.66 differs from computed 9.69 — ratio: 155 ÷ 160 × 10 = 9.6875 → 9.69
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:139:4: warning: /goals/indicators/10: 一级指标 效益指标 weighs 16.00; the self-evaluation standard is 30 (产出 50, 效益 30, 满意度 10)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:157:4: warning: /goals/indicators/12: 一级指标 满意度指标 weighs 8.00; the self-evaluation standard is 10 (产出 50, 效益 30, 满意度 10)
! examples/003-zaozhuang-selfeval-provincial-subsidy.json:171:12: warning: /scoring/score: published total 99.55 differs from computed 99.58
> 名称                                                                                                    分值      得分    得分率    计算得分
> 预算执行率                                                                                             10.00      9.89    98.90%
> 产出指标                                                                                               66.00     65.66    99.48%       65.69
>   数量指标                                                                                             41.00     40.66    99.17%       40.69
>     医疗器械抽检次数                                                                                    8.00         7    87.50%        8.00
>     化妆品抽检次数                                                                                      8.00         7    87.50%        8.00
>     药品监督性抽验批次                                                                                  8.00        10   125.00%        8.00
>     药品监督性检验批次                                                                                 10.00      9.66    96.60%        9.69
>     完成省级食品安全监督抽检批次                                                                        7.00         7   100.00%
>   质量指标                                                                                             15.00        15   100.00%
>     不合格产品处置率                                                                                    5.00         5   100.00%
>     药品领域样品检验准确率                                                                              5.00         5   100.00%
>     食品安全抽检监测结果系统录入率                                                                      5.00         5   100.00%
>   时效指标                                                                                             10.00        10   100.00%
>     “两品一械”抽检项目完成时间                                                                        5.00         5   100.00%
>     抽检任务按时完成率                                                                                  5.00         5   100.00%
> 效益指标                                                                                               16.00        16   100.00%
>   社会效益指标                                                                                          8.00         8   100.00%
>     进一步加强企业主体意识，不断降低假冒伪劣产品制售行为，规范“两品一械”企业经营行为                  8.00         8   100.00%
>   可持续影响指标                                                                                        8.00         8   100.00%
>     不断提高“两品一械”监管能力和水平，提升公众用妆、械科学合理性，提高“两品一械”总体安全水平        8.00         8   100.00%
> 满意度指标                                                                                              8.00         8   100.00%
>   服务对象满意度指标                                                                                    8.00         8   100.00%
>     社会公众满意度                                                                                      8.00         8   100.00%
> 总分                                                                                                  100.00     99.55                 99.58
> 等级                                                                                                                优

$ check examples/003-zaozhuang-selfeval-standards.json
? 0

$ score examples/003-zaozhuang-selfeval-standards.json
? 0
> 名称                                                                                            分值      得分    得分率
> 预算执行率                                                                                     10.00     10.00   100.00%
> 产出指标                                                                                       50.00        50   100.00%
>   数量指标                                                                                     15.00        15   100.00%
>     委托检验检测标准计量器具数量                                                               15.00        15   100.00%
>   时效指标                                                                                     10.00        10   100.00%
>     标准计量器具检验检测及时率                                                                 10.00        10   100.00%
>   质量指标                                                                                     15.00        15   100.00%
>     标准计量器具检定准确率                                                                     15.00        15   100.00%
>   成本指标                                                                                     10.00        10   100.00%
>     标准器检定校准费项目经费成本                                                               10.00        10   100.00%
> 效益指标                                                                                       30.00        30   100.00%
>   社会效益                                                                                     20.00        20   100.00%
>     保障国家计量单位制统一和量值准确可靠，促进经济发展和社会公平交易，维护国家和人民利益       20.00        20   100.00%
>   可持续影响                                                                                   10.00        10   100.00%
>     促进我市强制计量检定业务服务经济发展                                                       10.00        10   100.00%
> 满意度指标                                                                                     10.00        10   100.00%
>   社会公众或服务对象满意度                                                                     10.00        10   100.00%
>     服务对象满意度                                                                             10.00        10   100.00%
> 总分                                                                                          100.00    100.00
> 等级                                                                                                        优

# 003 特种设备检验专用设备购置: its attached 自评表 publishes 99.962, a
# decimal more than its scores (9.96 + 90); both documents score as printed.
$ check examples/003-zaozhuang-report-inspection-equipment.json
? 0
! examples/003-zaozhuang-report-inspection-equipment.json:752:15: warning: /attachments/0/input/scoring/score: published total 99.962 has 3 decimals; the computed value is 99.96

$ score examples/003-zaozhuang-report-inspection-equipment.json
? 0
! examples/003-zaozhuang-report-inspection-equipment.json:752:15: warning: /attachments/0/input/scoring/score: published total 99.962 has 3 decimals; the computed value is 99.96
> 名称                          分值      得分    得分率
> 决策                         15.00        14    93.33%
>   项目立项                    4.00         4   100.00%
>     立项依据充分性            2.00         2   100.00%
>     立项程序规范性            2.00         2   100.00%
>   绩效目标                    4.00         3    75.00%
>     绩效目标合理性            2.00         2   100.00%
>     绩效指标明确性            2.00         1    50.00%
>   资金投入                    7.00         7   100.00%
>     预算编制科学性            4.00         4   100.00%
>     预算资金分配合理性        3.00         3   100.00%
> 过程                         25.00     14.99    59.96%
>   资金管理                   10.00      9.99    99.90%
>     资金到位率                2.00         2   100.00%
>     预算执行率                2.00      1.99    99.50%
>     资金使用合规性            6.00         6   100.00%
>   组织实施                   15.00         5    33.33%
>     管理制度健全性            6.00         0     0.00%
>     制度执行有效性            9.00         5    55.56%
> 产出                         30.00        30      100%
>   产出数量                   10.00        10   100.00%
>     实际完成率               10.00        10   100.00%
>   产出质量                   10.00        10   100.00%
>     质量达标率               10.00        10   100.00%
>   产出时效                    5.00         5   100.00%
>     完成及时性                5.00         5   100.00%
>   产出成本                    5.00         5   100.00%
>     成本节约率                5.00         5   100.00%
> 效益                         30.00        27       90%
>   项目效益                   20.00        17    85.00%
>     社会效益                 10.00         7    70.00%
>     经济效益                  5.00         5   100.00%
>     可持续影响                5.00         5   100.00%
>   满意度                     10.00        10   100.00%
>     受益人员满意度           10.00        10   100.00%
> 总分                        100.00     85.99
> 等级                                      良
> 
> 附件 1（selfeval-shandong）：特种设备检验专用设备购置
> 名称                                                                                      分值      得分    得分率    计算得分
> 预算执行率                                                                               10.00      9.96    99.60%
> 项目产出                                                                                 50.00        50   100.00%
>   数量指标                                                                               15.00        15   100.00%
>     特种设备检验检测专用设备购置数量                                                     15.00        15   100.00%
>   时效指标                                                                               10.00        10   100.00%
>     设备完成招投标及时性                                                                  5.00         5   100.00%
>     设备及时完成采购、验收工作                                                            5.00         5   100.00%
>   质量指标                                                                               15.00        15   100.00%
>     仪器设备验收合格率                                                                    5.00         5   100.00%
>     仪器设备检定合格率                                                                    5.00         5   100.00%
>     专用设备政府采购率                                                                    5.00         5   100.00%
>   成本指标                                                                               10.00        10   100.00%
>     专用设备购置成本                                                                     10.00        10   100.00%
> 项目效益                                                                                 30.00        30   100.00%
>   经济效益                                                                               10.00        10   100.00%
>     设备采购前合理论证能够有效减少人力物力的投入，节约采购成本，保障资金的有效利用       10.00        10   100.00%
>   社会效益                                                                               10.00        10   100.00%
>     排除检验风险隐患，有效支持检验机构正常运行，提高工作效率，提高公共服务水平           10.00        10   100.00%
>   可持续影响                                                                             10.00        10   100.00%
>     提升特种设备检验检测能力，促进检验工作的持续正常运转                                 10.00        10   100.00%
> 满意度指标                                                                               10.00        10   100.00%
>   社会公众或服务对象满意度                                                               10.00        10   100.00%
>     设备使用企业满意度                                                                   10.00        10   100.00%
> 总分                                                                                    100.00    99.962                 99.96
> 等级                                                                                                  优
