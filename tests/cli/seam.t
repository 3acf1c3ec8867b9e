# Regressions of the pipeline's seams.

# A goal listed after another group's goals stays under its own 一级 and
# 二级: every walk of the indicator tree follows its links.

$ score tests/inputs/goals-out-of-order.json
? 0
> 名称                                      分值      得分    得分率
> 预算执行率                               10.00      9.85    98.50%
> 产出指标                                 50.00        50   100.00%
>   数量指标                               15.00        15   100.00%
>     食品抽检批次                          7.00         7   100.00%
>     监测媒体数量                          8.00         8   100.00%
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

# "@" references belong to jixiao/1 inputs, not to document trees.

$ typeset -o build/never.pdf tests/bad/doc-reference.json
? 1
! tests/bad/doc-reference.json:3:45: error: /page/leading: expected a number, found a string
