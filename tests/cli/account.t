# Nothing typed is lost: a value no block of the layout prints is a
# warning at its pointer, an error under --strict (and then nothing is
# written); a section the layout expects but the input lacks is said.

$ render -l selfeval-shandong -o build/account.pdf tests/inputs/warn-not-printed.json
? 0
! tests/inputs/warn-not-printed.json:5:31: warning: /subject/funds_usage: not printed by layout selfeval-shandong
! tests/inputs/warn-not-printed.json:10:21: warning: /goals/indicators/0/progress: not printed by layout selfeval-shandong
! tests/inputs/warn-not-printed.json: wrote build/account.pdf (layout selfeval-shandong)

$ render --strict -l selfeval-shandong -o build/never.pdf tests/inputs/warn-not-printed.json
? 1
! tests/inputs/warn-not-printed.json:5:31: error: /subject/funds_usage: not printed by layout selfeval-shandong
! tests/inputs/warn-not-printed.json:10:21: error: /goals/indicators/0/progress: not printed by layout selfeval-shandong

$ render --dump tests/inputs/report-no-goals.json -o build/never.pdf --tree
? 0
! tests/inputs/report-no-goals.json: warning: /goals: absent, so the section "项目绩效目标" is left out (layout report)
! tests/inputs/report-no-goals.json: warning: /evaluation/basis: absent, so the section "评价依据" is left out (layout report)
! tests/inputs/report-no-goals.json: warning: /evaluation/process: absent, so the section "绩效评价工作过程" is left out (layout report)
! tests/inputs/report-no-goals.json: warning: /findings/experience: absent, so the section "主要经验及做法" is left out (layout report)
! tests/inputs/report-no-goals.json: warning: /findings/problems: absent, so the section "存在的问题及原因分析" is left out (layout report)
! tests/inputs/report-no-goals.json: warning: /findings/suggestions: absent, so the section "意见建议" is left out (layout report)
> {"format":"jixiao-doc/1","title":"专用设备维护项目绩效评价报告","author":"","subject":"2022年度项目支出绩效评价","keywords":"绩效评价报告","web_note":"本网页由评价报告生成，以所附PDF文本为准。",
>  "page":{"orientation":"portrait","numbers":"outer","line_spacing":1.75},
>  "style":{"body":16,"title":22,"folio":14},
>  "blocks":[
>   {"type":"title","text":"专用设备维护项目\n绩效评价报告","size":24,"space":50},
>   {"type":"paragraph","text":"项目名称：专用设备维护项目","align":"left","indent":3,"space":40,"hanging":true},
>   {"type":"paragraph","text":"项目单位：某检验中心","align":"left","indent":3,"hanging":true},
>   {"type":"paragraph","text":"评价年度：2022年度","align":"left","indent":3,"hanging":true},
>   {"type":"pagebreak"},
>   {"type":"toc","text":"目录"},
>   {"type":"pagebreak"},
>   {"type":"title","text":"专用设备维护项目绩效评价报告","size":18},
>   {"type":"heading","level":1,"text":"项目基本情况"},
>   {"type":"heading","level":2,"text":"项目基本信息"},
>   {"type":"table","caption":"专用设备维护项目基本信息","columns":[1.6,4.4],"style":"three-line","size":12,"rows":[[{"text":"项目名称"},{"text":"专用设备维护项目","align":"left"}],[{"text":"实施单位"},{"text":"某检验中心","align":"left"}],[{"text":"评价年度"},{"text":"2022年度","align":"left"}]]},
>   {"type":"heading","level":2,"text":"项目预算"},
>   {"type":"paragraph","text":"专用设备维护项目全年预算资金10万元，实际到位10万元，实际支出9.5万元，预算执行率95.00%。"},
>   {"type":"table","caption":"专用设备维护项目资金情况（单位：万元）","columns":[2.4,1.2,1.2,1.2,1.2,1.2],"header":1,"style":"three-line","size":10.5,"rows":[[{"text":"资金来源"},{"text":"年初预算数"},{"text":"全年预算数"},{"text":"实际到位数"},{"text":"全年执行数"},{"text":"执行率"}],[{"text":"合计"},{"text":""},{"text":"10"},{"text":"10"},{"text":"9.5"},{"text":"95.00%"}]]},
>   {"type":"heading","level":1,"text":"绩效评价工作开展情况"},
>   {"type":"heading","level":2,"text":"绩效评价指标体系"},
>   {"type":"heading","level":3,"text":"指标体系"},
>   {"type":"paragraph","text":"评价指标包括决策、产出等方面，总分设置为100分，其中决策50分，产出50分。各项指标及评分标准详见附件。"},
>   {"type":"heading","level":3,"text":"绩效评价结果的确定"},
>   {"type":"paragraph","text":"绩效评价结果采取评分和评级相结合的方式。总分设置为100分，等级划分为90（含）—100分为优、80（含）—90分为良、60（含）—80分为中、60分以下为差。"},
>   {"type":"heading","level":1,"text":"评价结论及分析"},
>   {"type":"paragraph","text":"经评价，专用设备维护项目绩效评价综合得分为95分。其中，决策方面50分，产出方面45分，综合绩效级别为“优”。\n专用设备维护项目绩效评价整体得分情况详见下表。"},
>   {"type":"table","caption":"专用设备维护项目绩效评价得分情况表","columns":[1.2,0.8,1.6,0.8,2.4,0.8,1.1,1.3],"header":2,"size":10.5,"rows":[[{"text":"一级指标","colspan":2},{"text":"二级指标","colspan":2},{"text":"三级指标","colspan":2},{"text":"评价得分","rowspan":2},{"text":"得分率","rowspan":2}],[{"text":"名称"},{"text":"分值"},{"text":"名称"},{"text":"分值"},{"text":"名称"},{"text":"分值"}],[{"text":"决策","rowspan":2},{"text":"50","rowspan":2},{"text":"项目立项"},{"text":"50"},{"text":"项目立项"},{"text":"50"},{"text":"50"},{"text":"100.00%","rowspan":2}],[{"text":"小计","colspan":4},{"text":"50"}],[{"text":"产出","rowspan":2},{"text":"50","rowspan":2},{"text":"实际完成率"},{"text":"50"},{"text":"实际完成率"},{"text":"50"},{"text":"45"},{"text":"90.00%","rowspan":2}],[{"text":"小计","colspan":4},{"text":"45"}],[{"text":"综合得分","colspan":5},{"text":"100"},{"text":"95"},{"text":""}],[{"text":"评价等级","colspan":6},{"text":"优","colspan":2}]]},
>   {"type":"chart","caption":"各一级指标得分率","unit":"%","max":100,"bars":[{"label":"决策","value":100.00},{"label":"产出","value":90.00}]},
>   {"type":"heading","level":1,"text":"绩效评价指标分析"},
>   {"type":"heading","level":2,"text":"项目决策情况分析"},
>   {"type":"paragraph","text":"项目决策50分，实际得分50分。其中，项目立项50分，得分50分。"},
>   {"type":"paragraph","text":"1. 项目立项得分50分。"},
>   {"type":"heading","level":2,"text":"项目产出情况分析"},
>   {"type":"paragraph","text":"项目产出50分，实际得分45分。其中，实际完成率50分，得分45分。"},
>   {"type":"paragraph","text":"1. 实际完成率得分45分。完成九成。"},
>   {"type":"pagebreak"},
>   {"type":"heading","level":1,"text":"附件1","indent":0,"numbered":false},
>   {"type":"title","text":"专用设备维护项目绩效评价评分表","size":18,"space":14},
>   {"type":"table","columns":[11,9,13,9,16,9,24,35,9,21],"header":2,"size":9,"rows":[[{"text":"一级指标","colspan":2},{"text":"二级指标","colspan":2},{"text":"三级指标","colspan":2},{"text":"指标解释","rowspan":2},{"text":"指标说明","rowspan":2},{"text":"得分","rowspan":2},{"text":"得分、扣分原因分析","rowspan":2}],[{"text":"名称"},{"text":"分值"},{"text":"名称"},{"text":"分值"},{"text":"名称"},{"text":"分值"}],[{"text":"决策"},{"text":"50"},{"text":"项目立项"},{"text":"50"},{"text":"项目立项"},{"text":"50"},{"text":"","align":"left"},{"text":"","align":"left"},{"text":"50"},{"text":"","align":"left"}],[{"text":"产出"},{"text":"50"},{"text":"实际完成率"},{"text":"50"},{"text":"实际完成率"},{"text":"50"},{"text":"","align":"left"},{"text":"","align":"left"},{"text":"45"},{"text":"完成九成。","align":"left"}],[{"text":"合计","colspan":5},{"text":"100"},{"text":""},{"text":""},{"text":"95"},{"text":""}]]}
> ]}

# The default layout is the document the input's user expects: a
# report's narrative gets the report even for a 单位自评 (南昌), a 山东
# goal table its province's form.

$ layouts examples/002-nanchang-quality-supervision.json
? 0
! examples/002-nanchang-quality-supervision.json:84:13: warning: /scoring/indicators: 一级指标 weights add up to 110.00, not the total 100.00
! examples/002-nanchang-quality-supervision.json:85:12: warning: /scoring/score: total 94.5 as published: 8 unpublished leaves leave it unchecked
> report

$ layouts tests/inputs/warn-not-printed.json
? 0
> selfeval-shandong

$ layouts tests/inputs/four-levels.json
? 0
> report-national

# A 汇总表 of one year and one department: others are said.

$ render --strict -l summary -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json examples/001-jinzhong-gongxin-platform.json
? 1
! examples/001-jinzhong-gongxin-platform.json: error: year is "2020", not "2022" as in examples/003-zaozhuang-selfeval-ip-aid.json: the summary puts them in one table under the first's
! examples/001-jinzhong-gongxin-platform.json: error: subject.department is "晋中市工业和信息化局", not "枣庄市市场监督管理局" as in examples/003-zaozhuang-selfeval-ip-aid.json: the summary puts them in one table under the first's

# Scores the source document does not publish.

$ check tests/inputs/unpublished.json
? 0
! tests/inputs/unpublished.json:6:14: warning: /scoring/score: total 85 as published: 1 unpublished leaf leaves it unchecked

$ score tests/inputs/unpublished.json
? 0
! tests/inputs/unpublished.json:6:14: warning: /scoring/score: total 85 as published: 1 unpublished leaf leaves it unchecked
> 名称              分值      得分    得分率
> 产出             60.00        60   100.00%
>   活动次数       60.00        60   100.00%
> 效益             40.00        —        —
>   覆盖人群       20.00        20   100.00%
>   社会影响       20.00        —        —
> 总分            100.00        85
> 等级                          良

$ check tests/inputs/warn-total-precision.json
? 0
! tests/inputs/warn-total-precision.json:6:14: warning: /scoring/score: published total 94.5 has 1 decimal; the computed 94.54 rounds to it

$ check tests/bad/unpublished-with-score.json
? 1
! tests/bad/unpublished-with-score.json:6:82: error: /scoring/indicators/0/score: a score is given, yet the leaf says it is "unpublished"

$ check tests/bad/unpublished-no-total.json
? 1
! tests/bad/unpublished-no-total.json:5:14: error: /scoring: 1 unpublished leaf has no score, so the total needs the published one (scoring.score)

# A form published with every 得分 blank (the 青神 四川 form): no score is
# entered, none can be computed; its 得分 and 总分 stay blank, and say so.
$ score examples/005-qingshen-selfeval-wages.json
? 0
! examples/005-qingshen-selfeval-wages.json:25:4: warning: /goals/indicators/0: 一级指标 产出指标 weighs 60.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
! examples/005-qingshen-selfeval-wages.json:29:13: warning: /scoring: no score is entered and 2 indicators have none by their method: the form's 得分 and 总分 are left blank
> 名称                            分值      得分    得分率
> 预算执行率                     10.00        —        —
> 产出指标                       60.00        —        —
>   数量指标                     60.00        —        —
>     发放（缴纳）覆盖率         60.00        —        —
> 效益指标                       30.00        —        —
>   社会效益指标                 30.00        —        —
>     足额保障率（参保率）       30.00        —        —
> 总分                          100.00        —
> 等级
