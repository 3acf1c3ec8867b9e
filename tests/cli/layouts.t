# Layouts: the listing, the layouts made for an input, the bindable values,
# one golden dump per layout, and layout files with errors.

$ layouts
? 0
> dept-selfeval      部门整体支出绩效自评表：资金、职能与人员、预算执行、评分表（参考分值、设定分值、计算分析情况）
> report-national    项目支出绩效评价报告（财预〔2020〕10号附件3参考提纲；财政评价、第三方评价）：基本情况、评价工作开展情况、综合评价情况及评价结论、指标分析、经验与问题、有关建议、附件评分表
> report             项目支出绩效评价报告（部门评价、单位自评的报告）：封面、目录、一至八部分、得分情况表与得分率图、附件评分表
> selfeval-national  项目支出绩效自评表（财预〔2020〕10号附件2，各省未另定式样时用）：项目资金、年度总体目标、绩效指标（年度指标值、实际完成值、分值、得分、偏差原因分析及改进措施）、总分
> selfeval-shandong  年度预算项目绩效自评表：项目预算执行情况、年度总体目标、绩效指标（分值、得分、偏差原因）、总分
> selfeval-shanxi    财政支出项目绩效自评表（山西·晋中式样，标题取输入的地区）：项目资金、绩效目标实现情况、评分表、评价人员、签章
> selfeval-sichuan   部门预算项目支出绩效自评表（四川，报表编号510000_0013zp）：预算执行情况（10分）、绩效指标（90分，指标性质、指标值、度量单位）、评价结论、存在问题、改进措施
> summary            项目支出绩效自评情况汇总表：一行一个项目的得分与等级（各项目填报的），附等级说明与复核 (several inputs)

$ layouts examples/000-jinzhong-quality-brand.json
? 0
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)
> selfeval-shanxi

$ layouts examples/001-jinzhong-gongxin-department.json
? 0
> dept-selfeval

$ layouts examples/003-zaozhuang-selfeval-ip-aid.json
? 0
> selfeval-shandong

$ layouts examples/003-zaozhuang-report-property.json
? 0
! examples/003-zaozhuang-report-property.json:43:14: warning: /scoring/indicators/0/score: published score 15 differs from computed 14.00 — sum of 决策's children
! examples/003-zaozhuang-report-property.json:88:18: warning: /scoring/indicators/0/children/1/children/1/score: score 1.00 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-property.json:122:14: warning: /scoring/indicators/1/score: published score 25 differs from computed 19.00 — sum of 过程's children
> report

$ fields
? 0
> inputs.documents	list of input	the inputs, in the order given
> inputs.count	text	how many inputs
> inputs.first	object of input	the first input
> inputs.external	text	present when an input's self_evaluation is a 部门评价, 财政评价 or 第三方评价: its score is not a 自评得分
> inputs.differing	list of input	the inputs whose self_evaluation prints a score or grade other than the computed one
> input.year	text	评价年度
> input.title	text	报告（表）标题 — the document's title as published (a report's 标题); default: the layout's
> input.file	text	the input's file name
> input.subject	object of subject	项目
> input.funds	object of funds	资金
> input.goals	object of goals	绩效目标; absent when the input states none
> input.evaluation	object of evaluation	评价
> input.findings	object of findings	评价结论
> input.signoff	object of signoff	签章
> input.scoring	object of scoring	评分
> input.indicators	list of indicator	一级指标, scored
> input.leaves	list of indicator	every scored 末级指标 in order
> input.annexes	text	present when the input has tables for the section "annex"
> input.self_evaluation	object of input	the unit's own evaluation: the attached 自评表 of a report when it has one, else the input
> subject.is_department	text	present for a department (部门整体)
> subject.name	text	项目名称
> subject.title	text	the name as running text calls it: …项目, once
> subject.code	text	项目编码
> subject.department	text	主管部门
> subject.department_code	text	主管部门编码
> subject.implementer	text	实施单位
> subject.implementer_code	text	实施单位编码
> subject.region	text	所属地区 — 行政区划, e.g. 山西省晋中市: chooses the province's form and names the place in its title
> subject.province	text	the region's province (山西省)
> subject.city	text	the region's city (晋中市)
> subject.attribute	text	项目属性
> subject.category	text	项目类型
> subject.period_start	text	项目期 开始
> subject.period_end	text	项目期 结束
> subject.overview	text	项目概况
> subject.background	text	立项背景
> subject.purpose	text	立项目的
> subject.content	text	项目内容
> subject.organization	text	项目组织管理
> subject.basis	list of basis	项目依据
> subject.funds_usage	text	项目资金使用情况
> subject.implementation	text	项目组织实施情况
> subject.performance	text	项目绩效情况
> subject.other_matters	text	其他需说明的问题
> subject.functions	text	单位职能概况
> subject.staffing	text	单位人员情况
> subject.budget_execution	text	预算执行情况
> subject.leader	text	单位负责人
> subject.phone	text	联系电话
> funds.unit	text	金额单位, 万元 unless given
> funds.initial_budget	text	年初预算数
> funds.budget	text	全年预算数
> funds.arrived	text	全年到位数
> funds.spent	text	全年执行数
> funds.carried_over	text	上年结转
> funds.adjustment	text	预算调整
> funds.other_adjustment	text	其他调整
> funds.balance	text	年末结余
> funds.sources	list of source	资金来源
> funds.deviation	text	偏差原因
> funds.execution_rate	text	预算执行率: as entered (scoring.execution_rate), else B÷A with two decimals
> funds.arrival_rate	text	资金到位率, two decimals
> source.name	text	资金来源
> source.initial_budget	text	年初预算数
> source.budget	text	全年预算数
> source.arrived	text	全年到位数
> source.spent	text	全年执行数
> source.execution_rate	text	执行率
> goals.overall	text	总体目标
> goals.annual	text	年度目标
> goals.annual_achieved	text	目标实际完成情况
> goals.indicators	list of goal	绩效指标, grouped by 一级 then 二级 in order of first appearance
> goal.level1	text	一级指标
> goal.level2	text	二级指标
> goal.name	text	三级指标
> goal.target	text	年度指标值 — a number, a string holding one number ("≥95%", "481 万元"), or a reference "@funds.spent"
> goal.actual	text	实际完成值 — a number, a string holding one number ("≥95%", "481 万元"), or a reference "@funds.spent"
> goal.target_value	text	年度指标值's number alone (with 指标性质 and 度量单位 beside it), or its words
> goal.actual_value	text	实际完成值's number alone, or its words
> goal.unit	text	计量单位: as written, else the target's unit
> goal.nature	text	指标性质: as written, else ≥ ≤ = from the target, 定性 without a number
> goal.progress	text	完成进度
> goal.deviation	text	偏差原因分析及改进措施
> goal.weight	text	分值, when the goals are scored
> goal.score	text	得分, when the goals are scored
> goal.scored	text	present when its 得分 is known: a form left blank prints none
> evaluation.type	text	评价类型 (单位自评, 部门评价, 财政评价, 第三方评价)
> evaluation.external	text	present for 部门评价, 财政评价 and 第三方评价
> evaluation.commissioned	text	present for a 财政评价 or 第三方评价: a report to the national outline
> evaluation.reported	text	present when the input is written up as a report: an external evaluation, or a report's narrative
> evaluation.organization	text	评价机构
> evaluation.client	text	委托单位
> evaluation.date	text	评价时间
> evaluation.statement	text	报告编制说明
> evaluation.purpose	text	评价目的
> evaluation.object	text	评价对象
> evaluation.scope	text	评价范围
> evaluation.principles	text	评价原则
> evaluation.methods	text	评价方法
> evaluation.standards	text	评价标准
> evaluation.framework	text	指标体系设计思路
> evaluation.team_statement	text	评价人员组成说明
> evaluation.basis	list of basis	评价依据
> evaluation.team	list of member	评价人员
> evaluation.quality_control	list of reviewer	质量控制
> evaluation.process	list of stage	工作过程
> member.name	text	姓名
> member.title	text	职称/职务
> member.role	text	分工及职责
> member.office	text	单位
> member.phone	text	电话
> member.duty	text	职责
> member.major	text	专业
> member.note	text	备注
> reviewer.role	text	质量控制角色
> reviewer.name	text	姓名
> stage.stage	text	阶段
> stage.period	text	时间
> stage.detail	text	工作内容
> findings.summary	text	摘要
> findings.conclusion	text	评价结论
> findings.experience	text	主要经验及做法
> findings.application	text	评价结果应用建议
> findings.performance	list of titled	绩效情况
> findings.problems	list of titled	存在的问题
> findings.suggestions	list of titled	意见建议
> titled.title	text	标题
> titled.detail	text	内容
> basis.title	text	the document, or the heading of a group
> basis.items	list of text	条目
> basis.grouped	text	present for a group
> signoff.filler	text	填报单位
> signoff.leader	text	单位负责人
> signoff.principal	text	负责人
> signoff.handler	text	填报人
> signoff.phone	text	联系电话
> signoff.date	text	填报日期
> scoring.score	text	综合得分: as entered (scoring.score), else computed
> scoring.computed_score	text	综合得分 as the rules compute it
> scoring.full	text	满分
> scoring.rate	text	综合得分率: the printed total ÷ the full mark
> scoring.grade	text	评价等级: as entered (scoring.grade), else on the document's scale
> scoring.computed_grade	text	the computed total's grade
> scoring.differs	text	present when a printed figure is not the computed one
> scoring.standard_grade	text	the printed total's grade on the national bands (优 90, 良 80, 中 60, 差), whatever the input's labels
> scoring.grades	list of grade	等级划分, highest first
> scoring.scale	text	the bands in one line: "优 90、良 80、中 60、差 0"
> scoring.from_goals	text	present when the goal table is what is scored
> scoring.four_levels	text	present when an indicator has a 四级
> scoring.execution	object of indicator	the 预算执行率 row of a scored goal table
> scoring.execution_weight	text	执行率分值
> grade.label	text	等级
> grade.min	text	下限 (含)
> grade.max	text	上限: the next band's 下限, or the full mark
> indicator.name	text	指标名称
> indicator.weight	text	分值
> indicator.score	text	得分: as entered, else computed (— when neither is known)
> indicator.computed_score	text	得分 as the rules compute it
> indicator.scored	text	present when its score is known
> indicator.rate	text	得分率: as entered (score_rate), else from the printed score ("97.5%")
> indicator.deduction	text	扣分: 分值 − 得分
> indicator.ratio	text	完成率 / 执行率 of a ratio method
> indicator.title	text	the name as a heading calls it: 项目…, once
> indicator.level	text	1 for 一级, 2 for 二级 …
> indicator.number	text	its place in the tree: 2.1.3
> indicator.is_leaf	text	present for a 末级指标
> indicator.unpublished	text	present when the source document prints no score for it
> indicator.target	text	目标值
> indicator.actual	text	实际完成值
> indicator.progress	text	完成进度 of the goal it was made from
> indicator.deviation	text	偏差原因
> indicator.explanation	text	指标解释
> indicator.criteria	text	评分标准
> indicator.analysis	text	指标分析
> indicator.note	text	得分/扣分原因
> indicator.children	list of indicator	the indicators one level down
> indicator.leaves	list of indicator	the 末级指标 under it (itself for a leaf)
> indicator.parent	object of indicator	the indicator one level up
> indicator.level1	object of indicator	its 一级指标
> indicator.level2	object of indicator	its 二级指标
> indicator.level3	object of indicator	its 三级指标
> indicator.level4	object of indicator	its 四级指标

$ render --dump --fonts tests/fonts/metrics examples/003-zaozhuang-report-special-equipment.json
? 0
! examples/003-zaozhuang-report-special-equipment.json: warning: /evaluation/process/1/detail: half-width punctuation beside Chinese text printed full-width (6 places, the first in "(1) 现场"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/0/children/1/note: half-width punctuation beside Chinese text printed full-width (3 places, the first in "财预指(2022)1号"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/1/children/0/note: half-width punctuation beside Chinese text printed full-width (1 place, the first in "据充分,绩效目"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/2/children/0/note: half-width punctuation beside Chinese text printed full-width (3 places, the first in "的职能,对本项"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/2/children/1/note: half-width punctuation beside Chinese text printed full-width (2 places, the first in "算申请,资金分"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/0/children/0/explanation: half-width punctuation beside Chinese text printed full-width (1 place, the first in "门职责,用以反"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/0/children/0/criteria: half-width punctuation beside Chinese text printed full-width (4 places, the first in "价要点: ①项目"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/0/children/1/explanation: half-width punctuation beside Chinese text printed full-width (1 place, the first in "关要求,用以反"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/0/children/1/criteria: half-width punctuation beside Chinese text printed full-width (1 place, the first in "价要点: ①项目"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/1/children/0/explanation: half-width punctuation beside Chinese text printed full-width (2 places, the first in "据充分,是否符"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/1/children/0/criteria: half-width punctuation beside Chinese text printed full-width (6 places, the first in "价要点: ①项目"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/1/children/1/explanation: half-width punctuation beside Chinese text printed full-width (1 place, the first in "衡量等,用以反"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/1/children/1/criteria: half-width punctuation beside Chinese text printed full-width (4 places, the first in "价要点: ①是否"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/2/children/0/explanation: half-width punctuation beside Chinese text printed full-width (2 places, the first in "确标准,资金额"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/2/children/0/criteria: half-width punctuation beside Chinese text printed full-width (9 places, the first in "价要点: ①预算"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/2/children/1/explanation: half-width punctuation beside Chinese text printed full-width (2 places, the first in "算依据,与承担"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/0/children/2/children/1/criteria: half-width punctuation beside Chinese text printed full-width (2 places, the first in "价要点: ①预算"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/2/children/0/children/0/criteria: half-width punctuation beside Chinese text printed full-width (2 places, the first in "完成率=(实际产"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/2/children/0/children/1/criteria: half-width punctuation beside Chinese text printed full-width (2 places, the first in "达标率=(质量达"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json: warning: /scoring/indicators/2/children/2/children/0/criteria: half-width punctuation beside Chinese text printed full-width (2 places, the first in "节约率=(计划成"); the input keeps what was typed
! examples/003-zaozhuang-report-special-equipment.json:267:19: warning: /scoring/indicators/1/score_rate: published 得分率 99.67% differs from computed 99.97% — 29.99 ÷ 30.00
> page 1 (no number)
>   y=128.00 x=180.47..420.47 Jixiao Metrics Title 24.0: 特种设备安全专项项目
>   y=156.00 x=228.47..372.47 Jixiao Metrics Title 24.0: 绩效评价报告
>   y=322.35 x=127.37..335.37 Jixiao Metrics Fangsong 16.0: 项目名称：特种设备安全专项
>   y=350.35 x=127.37..367.37 Jixiao Metrics Fangsong 16.0: 项目单位：枣庄市市场监督管理局
>   y=378.35 x=127.37..367.37 Jixiao Metrics Fangsong 16.0: 主管部门：枣庄市市场监督管理局
>   y=406.35 x=127.37..275.37 Jixiao Metrics Fangsong 16.0: 评价年度：2022年度
>   y=434.35 x=127.37..479.37 Jixiao Metrics Fangsong 16.0: 评价机构：枣庄市市场监督管理局绩效评价工作组
>   y=462.35 x=127.37..291.37 Jixiao Metrics Fangsong 16.0: 评价时间：2023年5月
> page 2 (no number)
>   y=125.72 x=282.47..318.47 Jixiao Metrics Hei 18.0: 目录
>   y=166.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 一、项目基本情况........................1
>   y=194.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）项目基本信息.....................1
>   y=222.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）项目立项.......................1
>   y=250.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （三）项目预算.......................1
>   y=278.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （四）项目计划实施内容..................2
>   y=306.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （五）项目组织管理.....................2
>   y=334.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 二、项目绩效目标........................2
>   y=362.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）年度绩效目标.....................2
>   y=390.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 三、绩效评价工作开展情况...................3
>   y=418.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）评价目的.......................3
>   y=446.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）评价对象与范围...................3
>   y=474.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （三）评价依据.......................3
>   y=502.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （四）评价原则、评价方法.................4
>   y=530.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （五）绩效评价指标体系..................5
>   y=558.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （六）评价人员组成.....................6
>   y=586.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （七）绩效评价工作过程..................7
>   y=614.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 四、评价结论及分析.......................8
>   y=642.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 五、绩效评价指标分析.....................10
>   y=670.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）项目决策情况分析.................10
>   y=698.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）项目过程情况分析.................11
>   y=726.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （三）项目产出情况分析.................12
> page 3 (no number)
>   y=124.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （四）项目效益情况分析.................12
>   y=152.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 六、项目主要经验及做法...................13
>   y=180.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 七、存在的问题及原因分析..................13
>   y=208.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）绩效目标编报质量有待进一步加强........13
>   y=236.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）进一步提升实际操作性...............13
>   y=264.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 八、意见建议..........................13
>   y=292.96 x=103.37..455.37 Jixiao Metrics Fangsong 16.0: （一）提高预算绩效管理意识，完善预算绩效管理
>   y=320.96 x=159.37..521.57 Jixiao Metrics Fangsong 16.0: 机制.........................13
>   y=348.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）补充项目实施管理，完善相关制度........14
>   y=376.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 附件1　特种设备安全专项项目绩效评价评分表......15
> page 4, 5 rules
>   y=125.72 x=156.47..444.47 Jixiao Metrics Title 18.0: 特种设备安全专项项目绩效评价报告
>   y=180.96 x=111.37..239.37 Jixiao Metrics Hei 16.0: 一、项目基本情况
>   y=208.96 x=103.37..247.37 Jixiao Metrics Kai 16.0: （一）项目基本信息
>   y=235.44 x=216.47..384.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目基本信息
>   y=263.24 x=114.33..298.09 Jixiao Metrics Fangsong 12.0: 项目名称特种设备安全专项
>   y=290.84 x=114.33..322.09 Jixiao Metrics Fangsong 12.0: 主管部门枣庄市市场监督管理局
>   y=318.44 x=114.33..322.09 Jixiao Metrics Fangsong 12.0: 实施单位枣庄市市场监督管理局
>   y=346.04 x=114.33..274.09 Jixiao Metrics Fangsong 12.0: 所属地区山东省枣庄市
>   y=373.64 x=114.33..226.09 Jixiao Metrics Fangsong 12.0: 项目类型延续
>   y=401.24 x=114.33..253.09 Jixiao Metrics Fangsong 12.0: 评价年度2022年度
>   y=444.56 x=103.37..215.37 Jixiao Metrics Kai 16.0: （二）项目立项
>   y=472.56 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 该项目立项符合《中华人民共和国特种设备安全法》、《特
>   y=500.56 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 种设备安全监察条例》、《枣庄市电梯安全条例》等相关法律法
>   y=528.56 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 规、部门职责和公共财政支持范围，依据市财政局枣财预指
>   y=556.56 x=71.37..435.37 Jixiao Metrics Fangsong 16.0: （2022）1号申请设立，审批文件及材料符合要求。
>   y=584.56 x=103.37..215.37 Jixiao Metrics Kai 16.0: （三）项目预算
>   y=612.56 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 特种设备安全专项项目全年预算资金40万元，实际到位
>   y=640.56 x=79.37..447.37 Jixiao Metrics Fangsong 16.0: 40万元，实际支出39.9万元，预算执行率99.75%。
>   y=667.04 x=177.47..429.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目资金情况（单位：万元）
>   y=700.42 x=124.55..166.55 Jixiao Metrics Hei 10.5: 资金来源
>   y=692.55 x=218.55..250.05 Jixiao Metrics Hei 10.5: 年初预
>   y=708.30 x=223.80..244.80 Jixiao Metrics Hei 10.5: 算数
>   y=700.42 x=263.71..504.24 Jixiao Metrics Hei 10.5: 全年预算数实际到位数全年执行数执行率
>   y=732.45 x=135.05..504.24 Jixiao Metrics Fangsong 10.5: 合计404039.999.75%
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—
> page 5, 3 rules
>   y=124.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （四）项目计划实施内容
>   y=152.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 按照厉行节约、控制成本的要求、年初预算时测算IP网络
>   y=180.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 维护费、客服及平台主管工资社保金、设备网络维护费等。
>   y=208.96 x=103.37..247.37 Jixiao Metrics Kai 16.0: （五）项目组织管理
>   y=236.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 枣庄市市场监督管理局作为项目的主管部门，负责项目的
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 预算审批、管理监督、政策支持等工作。同时枣庄市市场监督
>   y=292.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 管理局的特种设备安全监察科作为项目的实施单位，负责项目
>   y=320.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 的具体实施和管理工作。科技和财务科按照财务、预算管理制
>   y=348.96 x=79.37..431.37 Jixiao Metrics Fangsong 16.0: 度，对专项资金项目的实施、付款等环节进行管理
>   y=376.96 x=111.37..239.37 Jixiao Metrics Hei 16.0: 二、项目绩效目标
>   y=404.96 x=103.37..247.37 Jixiao Metrics Kai 16.0: （一）年度绩效目标
>   y=431.44 x=180.47..420.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目年度绩效指标完成情况
>   y=468.24 x=84.17..383.83 Jixiao Metrics Hei 12.0: 一级指标二级指标三级指标指标值
>   y=459.24 x=403.71..439.71 Jixiao Metrics Hei 12.0: 实际完
>   y=477.24 x=409.71..433.71 Jixiao Metrics Hei 12.0: 成值
>   y=459.24 x=454.37..514.37 Jixiao Metrics Hei 12.0: 完成进度及
>   y=477.24 x=460.37..508.37 Jixiao Metrics Hei 12.0: 偏差原因
>   y=555.24 x=84.17..132.17 Jixiao Metrics Fangsong 12.0: 产出指标
>   y=513.84 x=147.95..195.95 Jixiao Metrics Fangsong 12.0: 数量指标
>   y=504.84 x=211.73..307.73 Jixiao Metrics Fangsong 12.0: 纳入平台管理电梯
>   y=522.84 x=211.73..235.73 Jixiao Metrics Fangsong 12.0: 数量
>   y=513.84 x=350.83..380.83 Jixiao Metrics Fangsong 12.0: 10000
>   y=550.44 x=147.95..377.83 Jixiao Metrics Fangsong 12.0: 时效指标问题解决及时率100%
>   y=578.04 x=147.95..377.83 Jixiao Metrics Fangsong 12.0: 质量指标受理处置率100%
>   y=605.64 x=147.95..385.33 Jixiao Metrics Fangsong 12.0: 成本指标电梯平台运行费用40万元
>   y=642.24 x=84.17..195.95 Jixiao Metrics Fangsong 12.0: 效益指标社会效益
>   y=633.24 x=211.73..330.63 Jixiao Metrics Fangsong 12.0: 保障全市人民群众生
>   y=651.24 x=211.73..271.73 Jixiao Metrics Fangsong 12.0: 命财产安全
>   y=642.24 x=359.83..371.83 Jixiao Metrics Fangsong 12.0: 是
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —2—
> page 6, 3 rules
>   y=123.44 x=165.47..441.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目年度绩效指标完成情况（续）
>   y=160.24 x=84.17..383.83 Jixiao Metrics Hei 12.0: 一级指标二级指标三级指标指标值
>   y=151.24 x=403.71..439.71 Jixiao Metrics Hei 12.0: 实际完
>   y=169.24 x=409.71..433.71 Jixiao Metrics Hei 12.0: 成值
>   y=151.24 x=454.37..514.37 Jixiao Metrics Hei 12.0: 完成进度及
>   y=169.24 x=460.37..508.37 Jixiao Metrics Hei 12.0: 偏差原因
>   y=196.84 x=84.17..120.17 Jixiao Metrics Fangsong 12.0: 效益指
>   y=214.84 x=84.17..132.17 Jixiao Metrics Fangsong 12.0: 标（续）
>   y=196.84 x=141.77..202.13 Jixiao Metrics Fangsong 12.0: 可持续影响
>   y=214.84 x=141.77..165.77 Jixiao Metrics Fangsong 12.0: 指标
>   y=196.84 x=211.73..330.63 Jixiao Metrics Fangsong 12.0: 确保全市电梯应急处
>   y=214.84 x=211.73..295.73 Jixiao Metrics Fangsong 12.0: 置平台正常运行
>   y=205.84 x=359.83..371.83 Jixiao Metrics Fangsong 12.0: 是
>   y=251.44 x=84.17..120.17 Jixiao Metrics Fangsong 12.0: 满意度
>   y=269.44 x=84.17..108.17 Jixiao Metrics Fangsong 12.0: 指标
>   y=242.44 x=141.77..202.13 Jixiao Metrics Fangsong 12.0: 社会公众或
>   y=260.44 x=141.77..202.13 Jixiao Metrics Fangsong 12.0: 服务对象满
>   y=278.44 x=141.77..165.77 Jixiao Metrics Fangsong 12.0: 意度
>   y=260.44 x=211.73..374.83 Jixiao Metrics Fangsong 12.0: 人民群众满意度95%
>   y=321.76 x=111.37..303.37 Jixiao Metrics Hei 16.0: 三、绩效评价工作开展情况
>   y=349.76 x=103.37..215.37 Jixiao Metrics Kai 16.0: （一）评价目的
>   y=377.76 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 本次绩效评价的目的是对特种设备安全专项项目的执行情
>   y=405.76 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 况、资金的使用情况、项目的绩效情况进行综合分析，与预期
>   y=433.76 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 绩效目标进行对比，总结项目运行的成绩与经验，揭示存在的
>   y=461.76 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 问题与不足，对项目的整体运行情况进行评价，在此基础上进
>   y=489.76 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 一步优化资金使用、完善资金管理，提高资金的使用效益。
>   y=517.76 x=103.37..263.37 Jixiao Metrics Kai 16.0: （二）评价对象与范围
>   y=545.76 x=111.37..287.37 Jixiao Metrics Fangsong 16.0: 特种设备安全专项项目。
>   y=573.76 x=111.37..375.37 Jixiao Metrics Fangsong 16.0: 特种设备安全专项项目资金40万元。
>   y=601.76 x=103.37..215.37 Jixiao Metrics Kai 16.0: （三）评价依据
>   y=629.76 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）《中华人民共和国预算法》（中华人民共和国主席令第
>   y=657.76 x=79.37..207.37 Jixiao Metrics Fangsong 16.0: 12号，2015年）；
>   y=685.76 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （2）《中共中央国务院关于全面实施预算绩效管理的意见》
>   y=713.76 x=71.37..243.37 Jixiao Metrics Fangsong 16.0: （中发〔2018〕34号）；
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —3—
> page 7
>   y=124.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （3）《财政支出绩效评价管理暂行办法》（财预〔2011〕
>   y=152.96 x=79.37..147.37 Jixiao Metrics Fangsong 16.0: 285号）；
>   y=180.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （4）《关于推进预算绩效管理的指导意见》（财预〔2011〕
>   y=208.96 x=79.37..147.37 Jixiao Metrics Fangsong 16.0: 416号）；
>   y=236.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （5）《预算绩效评价共性指标体系框架》（财预〔2013〕
>   y=264.96 x=79.37..139.37 Jixiao Metrics Fangsong 16.0: 53号）；
>   y=292.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （6）《关于转发省财政厅转发财政部关于印发〈项目支出绩
>   y=320.96 x=79.37..491.37 Jixiao Metrics Fangsong 16.0: 效评价管理办法的通知〉的通知》（枣财绩〔2020〕5号）；
>   y=348.96 x=103.37..479.37 Jixiao Metrics Fangsong 16.0: （7）《枣庄市市级项目支出绩效单位自评工作流程》；
>   y=376.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （8）《枣庄市市级项目支出绩效财政评价和部门评价工作规
>   y=404.96 x=79.37..283.37 Jixiao Metrics Fangsong 16.0: 程》（枣财绩〔2020〕7号）；
>   y=432.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （9）《中共枣庄市委枣庄市人民政府关于全面推进预算绩效
>   y=460.96 x=79.37..371.37 Jixiao Metrics Fangsong 16.0: 管理的实施意见》（枣发〔2019〕21号）；
>   y=488.96 x=103.37..295.37 Jixiao Metrics Fangsong 16.0: （10）其他相关佐证资料。
>   y=516.96 x=103.37..295.37 Jixiao Metrics Kai 16.0: （四）评价原则、评价方法
>   y=544.96 x=111.37..195.37 Jixiao Metrics Fangsong 16.0: 1.评价原则
>   y=572.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 科学规范原则：严格执行规定的程序，按照科学规范的要
>   y=600.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 求，采用定量与定性分析相结合的方法开展绩效评价工作。
>   y=628.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 绩效相关原则：针对具体支出及其产出绩效进行评价，评
>   y=656.96 x=79.37..463.37 Jixiao Metrics Fangsong 16.0: 价结果清晰反映支出和产出绩效之间的紧密对应关系。
>   y=684.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 政策相符原则：制定评价工作方案、编制工作手册及项目
>   y=712.96 x=79.37..431.37 Jixiao Metrics Fangsong 16.0: 评价实施工作均应严格执行有关政策和管理规定。
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —4—
> page 8
>   y=124.96 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 依据充分原则：绩效评价所涉及的绩效报告，政策文件，
>   y=152.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 项目计划及资金的确定与调整，项目验收与项目成果等都应依
>   y=180.96 x=79.37..143.37 Jixiao Metrics Fangsong 16.0: 据充分。
>   y=208.96 x=111.37..195.37 Jixiao Metrics Fangsong 16.0: 2.评价方法
>   y=236.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 本次绩效评价主要采用案卷分析法、成本效益分析法、比
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 较法、因素分析法等绩效评价方法，采取全面评价与重点评价
>   y=292.96 x=79.37..431.37 Jixiao Metrics Fangsong 16.0: 相结合、现场评价与非现场评价相结合方式进行。
>   y=320.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （五）绩效评价指标体系
>   y=348.96 x=111.37..307.37 Jixiao Metrics Fangsong 16.0: 1.指标体系设计的总体思路
>   y=376.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 该项目绩效评价指标依据《财政部关于印发〈项目支出绩
>   y=404.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 效评价管理办法〉的通知》（财预〔2020〕10号）和山东省财
>   y=432.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 政厅关于印发《山东省省级项目支出绩效单位自评工作规程》
>   y=460.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 和《山东省省级项目支出绩效财政评价和部门评价工作规程》
>   y=488.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 的通知（鲁财绩〔2020〕4号）设定，评价指标包括决策、过
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 程、产出和效益4个一级指标，下设二级、三级指标，主要包
>   y=544.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 括项目立项、绩效目标、资金投入、资金管理、组织实施、产
>   y=572.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 出数量、产出实效、产出成本、项目效益方面。总分设置为
>   y=600.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 100分，四个一级指标权重分别为决策20分，过程30分，产
>   y=628.96 x=79.37..239.37 Jixiao Metrics Fangsong 16.0: 出30分，效益20分。
>   y=656.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 项目决策和项目过程主要采用共性指标，结合项目具体内
>   y=684.96 x=79.37..303.37 Jixiao Metrics Fangsong 16.0: 容，细化评分要点和评分依据。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —5—
> page 9, 3 rules
>   y=124.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 项目产出主要从产出数量、产出实效和产出成本三个方面
>   y=152.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 考核。其中，产出数量反映和考核实际完成率、质量达标率，
>   y=180.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 产出实效主要考核项目完成及时性，产出成本反映项目成本的
>   y=208.96 x=79.37..159.37 Jixiao Metrics Fangsong 16.0: 节约程度。
>   y=236.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 项目效益主要从实施效益、满意度两个方面考核。根据项
>   y=264.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 目实施内容，实施效益主要包括项目实施所产生的社会效益、
>   y=292.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 经济效益、生态效益、可持续影响等。满意度主要评价人民群
>   y=320.96 x=79.37..511.37 Jixiao Metrics Fangsong 16.0: 众对项目实施效果的满意程度，与客观评价形成互证或互补。
>   y=348.96 x=111.37..195.37 Jixiao Metrics Fangsong 16.0: 2.指标体系
>   y=376.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 评价指标包括决策、过程、产出、效益等方面，总分设置
>   y=404.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 为100分，其中决策20分，过程30分，产出30分，效益20分。
>   y=432.96 x=79.37..303.37 Jixiao Metrics Fangsong 16.0: 各项指标及评分标准详见附件。
>   y=460.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 3.绩效评价结果的确定
>   y=488.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 绩效评价结果采取评分和评级相结合的方式，具体分值和
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 等级可根据不同评价内容设定。总分一般设置为100分，等级
>   y=544.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 一般划分为四档：90（含）-100分为优、80（含）-90分为良、
>   y=572.96 x=79.37..351.37 Jixiao Metrics Fangsong 16.0: 60（含）-80分为中、60分以下为差。
>   y=600.96 x=103.37..247.37 Jixiao Metrics Kai 16.0: （六）评价人员组成
>   y=627.44 x=264.47..336.47 Jixiao Metrics Hei 12.0: 评价人员组成
>   y=664.24 x=113.12..137.12 Jixiao Metrics Hei 12.0: 姓名
>   y=655.24 x=180.17..210.17 Jixiao Metrics Hei 12.0: 职称/
>   y=673.24 x=183.17..207.17 Jixiao Metrics Hei 12.0: 职务
>   y=664.24 x=224.27..516.77 Jixiao Metrics Hei 12.0: 单位专业分工及职责备注
>   y=700.84 x=113.12..315.47 Jixiao Metrics Fangsong 12.0: 郝勇组长
>   y=728.44 x=107.12..327.47 Jixiao Metrics Fangsong 12.0: 孙中强副组长
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —6—
> page 10
>   y=124.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （七）绩效评价工作过程
>   y=152.96 x=111.37..411.37 Jixiao Metrics Fangsong 16.0: 1.前期准备阶段（4月24日—4月25日）
>   y=180.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）组建评价工作组。该项目绩效评价工作组由枣庄市市
>   y=208.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 场监督管理局绩效评价领导小组指导下组织开展工作，从绩效
>   y=236.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 评价指标设计、分值评定到绩效评价报告编制全过程参与。
>   y=264.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）明确评价任务。工作组成立后，评价工作组与项目主
>   y=292.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 管部门联系，了解项目基本情况，明确绩效评价目标和工作
>   y=320.96 x=79.37..127.37 Jixiao Metrics Fangsong 16.0: 要求。
>   y=348.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （3）收集与审核项目资料。评价工作组召开评价工作启动
>   y=376.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 会，拟定资料清单，通过多种形式组织开展资料收集工作，及
>   y=404.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 时跟踪了解项目资料提供情况，对资料进行认真核实和全面分
>   y=432.96 x=79.37..271.37 Jixiao Metrics Fangsong 16.0: 析，提出修改和补充意见。
>   y=460.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （4）完成项目绩效评价工作方案。根据项目特点和评价工
>   y=488.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 作时间安排，制定绩效评价工作方案，明确项目概况、评价对
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 象和内容、评价目标、评价依据、评价方法、评价指标体系和
>   y=544.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 评分标准、评价工作进度和人员安排等，并完成现场核查表、
>   y=572.96 x=79.37..239.37 Jixiao Metrics Fangsong 16.0: 调研问卷设计等工作。
>   y=600.96 x=111.37..403.37 Jixiao Metrics Fangsong 16.0: 2.评价实施阶段（4月26日—5月3日）
>   y=628.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）现场调研。组织工作组查看过程文件、财务账表、成
>   y=656.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 果文件等，并结合问卷调查的形式详细了解项目投入、过程管
>   y=684.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 理、实际产出和效果等内容，核实发现的问题，对所掌握的有
>   y=712.96 x=79.37..287.37 Jixiao Metrics Fangsong 16.0: 关信息资料进行分类、整理。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —7—
> page 11, 120 rules
>   y=124.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）相关资料分析处理。评价工作组人员根据收集的相关
>   y=152.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 资料，进一步进行资料分析和数据处理，完成项目执行情况and
>   y=180.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 基础数据汇总、问卷调查结果统计、现场调研情况总结等，为
>   y=208.96 x=79.37..191.37 Jixiao Metrics Fangsong 16.0: 评价提供依据。
>   y=236.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （3）综合评价。组织召开综合评价会议，听取项目实施科
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 室有关人员对项目情况介绍，绩效报告及相关佐证材料等，按
>   y=292.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 照评价指标、评价标准和评价规则对项目进行评价，出具综合
>   y=320.96 x=79.37..159.37 Jixiao Metrics Fangsong 16.0: 评价意见。
>   y=348.96 x=111.37..459.37 Jixiao Metrics Fangsong 16.0: 3.绩效评价报告撰写阶段（5月4日—5月6日）
>   y=376.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 根据综合评价，结合收集的资料和现场勘查情况等，撰写
>   y=404.96 x=79.37..511.37 Jixiao Metrics Fangsong 16.0: 项目绩效评价报告，经过讨论修改形成绩效评价报告正式稿。
>   y=432.96 x=111.37..255.37 Jixiao Metrics Hei 16.0: 四、评价结论及分析
>   y=460.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 经评价工作组评价，特种设备安全专项项目绩效评价综合
>   y=488.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 评价得分为99.49分。其中，决策方面20分，过程方面29.99分，
>   y=516.96 x=79.37..519.37 Jixiao Metrics Fangsong 16.0: 产出方面30分，效益方面19.5分，综合绩效级别为“优秀”。
>   y=544.96 x=111.37..511.37 Jixiao Metrics Fangsong 16.0: 特种设备安全专项项目绩效评价整体得分情况详见下表。
>   y=571.44 x=186.47..414.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价得分情况表
>   y=596.95 x=102.44..364.52 Jixiao Metrics Hei 10.5: 一级指标二级指标三级指标
>   y=609.02 x=418.06..508.67 Jixiao Metrics Hei 10.5: 评价得分得分率
>   y=621.10 x=95.29..406.70 Jixiao Metrics Hei 10.5: 名称分值名称分值名称分值
>   y=681.47 x=95.29..155.11 Jixiao Metrics Fangsong 10.5: 决策20
>   y=657.32 x=181.69..258.14 Jixiao Metrics Fangsong 10.5: 项目立项6
>   y=645.25 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 立项依据充分性33
>   y=681.47 x=482.42..503.42 Jixiao Metrics Fangsong 10.5: 100%
>   y=669.40 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 立项程序规范性33
>   y=705.62 x=181.69..258.14 Jixiao Metrics Fangsong 10.5: 绩效目标6
>   y=693.55 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 绩效目标合理性22
>   y=717.70 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 绩效指标明确性44
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —8—
> page 12, 368 rules
>   y=123.44 x=171.47..435.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价得分情况表（续）
>   y=148.95 x=102.44..364.52 Jixiao Metrics Hei 10.5: 一级指标二级指标三级指标
>   y=161.02 x=418.06..508.67 Jixiao Metrics Hei 10.5: 评价得分得分率
>   y=173.10 x=95.29..406.70 Jixiao Metrics Hei 10.5: 名称分值名称分值名称分值
>   y=221.40 x=83.57..503.42 Jixiao Metrics Fangsong 10.5: 决策（续）20100%
>   y=209.32 x=181.69..258.14 Jixiao Metrics Fangsong 10.5: 资金投入8
>   y=197.25 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 预算编制科学性44
>   y=221.40 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 资金分配合理性44
>   y=245.55 x=280.19..444.31 Jixiao Metrics Fangsong 10.5: 小计20
>   y=330.07 x=95.29..155.11 Jixiao Metrics Fangsong 10.5: 过程30
>   y=293.85 x=181.69..260.77 Jixiao Metrics Fangsong 10.5: 资金管理15
>   y=269.70 x=299.61..441.69 Jixiao Metrics Fangsong 10.5: 资金到位率44
>   y=330.07 x=477.17..508.67 Jixiao Metrics Fangsong 10.5: 99.67%
>   y=293.85 x=299.61..449.56 Jixiao Metrics Fangsong 10.5: 预算执行率43.99
>   y=318.00 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 资金使用合规性77
>   y=354.22 x=181.69..260.77 Jixiao Metrics Fangsong 10.5: 组织实施15
>   y=342.15 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 管理制度健全性66
>   y=366.30 x=289.11..441.69 Jixiao Metrics Fangsong 10.5: 制度执行有效性99
>   y=390.45 x=280.19..452.19 Jixiao Metrics Fangsong 10.5: 小计29.99
>   y=462.90 x=95.29..155.11 Jixiao Metrics Fangsong 10.5: 产出30
>   y=426.67 x=181.69..260.77 Jixiao Metrics Fangsong 10.5: 产出数量20
>   y=414.60 x=299.61..444.31 Jixiao Metrics Fangsong 10.5: 实际完成率1010
>   y=462.90 x=482.42..503.42 Jixiao Metrics Fangsong 10.5: 100%
>   y=438.75 x=299.61..444.31 Jixiao Metrics Fangsong 10.5: 质量达标率1010
>   y=462.90 x=181.69..441.69 Jixiao Metrics Fangsong 10.5: 产出实效5完成及时性55
>   y=487.05 x=181.69..441.69 Jixiao Metrics Fangsong 10.5: 产出成本5成本节约率55
>   y=511.20 x=280.19..444.31 Jixiao Metrics Fangsong 10.5: 小计30
>   y=559.50 x=95.29..155.11 Jixiao Metrics Fangsong 10.5: 效益20
>   y=535.35 x=181.69..446.94 Jixiao Metrics Fangsong 10.5: 项目效益10实施效益109.5
>   y=559.50 x=479.79..444.31 Jixiao Metrics Fangsong 10.5: 97.5%满意度10满意度1010
>   y=583.65 x=280.19..449.56 Jixiao Metrics Fangsong 10.5: 小计19.5
>   y=607.80 x=207.96..452.19 Jixiao Metrics Fangsong 10.5: 综合得分10099.49
>   y=631.95 x=225.62..478.22 Jixiao Metrics Fangsong 10.5: 评价等级优秀
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —9—
> page 13, 5 rules, bars 39.8x140.0 39.8x139.5 39.8x140.0 39.8x136.5
>   y=123.44 x=252.47..348.47 Jixiao Metrics Hei 12.0: 各一级指标得分率
>   y=304.56 x=130.20..140.70 Jixiao Metrics Song 10.5: 0%
>   y=234.56 x=124.95..140.70 Jixiao Metrics Song 10.5: 50%
>   y=164.56 x=119.70..140.70 Jixiao Metrics Song 10.5: 100%
>   y=156.88 x=179.42..200.42 Jixiao Metrics Song 10.5: 100%
>   y=315.58 x=179.42..200.42 Jixiao Metrics Song 10.5: 决策
>   y=157.34 x=262.61..294.11 Jixiao Metrics Song 10.5: 99.67%
>   y=315.58 x=267.86..288.86 Jixiao Metrics Song 10.5: 过程
>   y=156.88 x=356.30..377.30 Jixiao Metrics Song 10.5: 100%
>   y=315.58 x=356.30..377.30 Jixiao Metrics Song 10.5: 产出
>   y=160.38 x=442.12..468.37 Jixiao Metrics Song 10.5: 97.5%
>   y=315.58 x=444.74..465.74 Jixiao Metrics Song 10.5: 效益
>   y=376.96 x=111.37..271.37 Jixiao Metrics Hei 16.0: 五、绩效评价指标分析
>   y=404.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （一）项目决策情况分析
>   y=432.96 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 项目决策20分，实际得分20分。其中，项目立项6分，
>   y=460.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 得分6分；绩效目标6分，得分6分；资金投入8分，得分8分。
>   y=488.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 1.项目立项得分6分。
>   y=516.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）立项依据充分性得分3分。该项目立项符合国家法律
>   y=544.96 x=79.37..351.37 Jixiao Metrics Fangsong 16.0: 法规、部门职责和公共财政支持范围。
>   y=572.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （2）立项程序规范性得分3分。依据财政局枣财预指（2022）
>   y=600.96 x=79.37..379.37 Jixiao Metrics Fangsong 16.0: 1号申请设立，审批文件就材料符合要求。
>   y=628.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 2.绩效目标得分6分。
>   y=656.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）绩效目标合理性得分2分。项目所设定的绩效目标依
>   y=684.96 x=79.37..367.37 Jixiao Metrics Fangsong 16.0: 据充分，绩效目标与项目实施内容相符。
>   y=712.96 x=103.37..479.37 Jixiao Metrics Fangsong 16.0: （2）绩效指标明确性得分4分。绩效指标设置明确。
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —10—
> page 14
>   y=124.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 3.资金投入得分8分。
>   y=152.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）预算编制科学性得分4分。根据枣庄市市场监督管理
>   y=180.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 局承担的职能，对本项目进行了必要的可行性论证，项目依据
>   y=208.96 x=79.37..271.37 Jixiao Metrics Fangsong 16.0: 充分，与工作任务相匹配。
>   y=236.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）资金分配合理性得分4分。枣庄市市场监督管理局根
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 据项目实施科室申报的目标向市财政局提出预算申请，资金分
>   y=292.96 x=79.37..319.37 Jixiao Metrics Fangsong 16.0: 配依据较充分，分配额度较合理。
>   y=320.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （二）项目过程情况分析
>   y=348.96 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 项目过程30分，实际得分29.99分。其中，资金管理15分，
>   y=376.96 x=79.37..399.37 Jixiao Metrics Fangsong 16.0: 得分14.99分；组织实施15分，得分15分。
>   y=404.96 x=111.37..307.37 Jixiao Metrics Fangsong 16.0: 1.资金管理得分14.99分。
>   y=432.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）资金到位率得分4分。该项目预算资金40万元，实际
>   y=460.96 x=79.37..331.37 Jixiao Metrics Fangsong 16.0: 到位40万元，资金到位率为100%。
>   y=488.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）预算执行率得分3.99分。截至2022年底，该项目共
>   y=516.96 x=79.37..363.37 Jixiao Metrics Fangsong 16.0: 计执行39.9万元，预算执行率为99.75%
>   y=544.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （3）资金使用合规性得分7分。符合国家法规及《财务管
>   y=572.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 理制度》的规定，资金拨付有完整的审批程序和手续；符合项
>   y=600.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 目预算批复的用途，不存在截留、挤占、挪用、虚列支出等
>   y=628.96 x=79.37..127.37 Jixiao Metrics Fangsong 16.0: 情况。
>   y=656.96 x=111.37..283.37 Jixiao Metrics Fangsong 16.0: 2.组织实施得分15分。
>   y=684.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）管理制度健全性得分6分。已制定相应的财务、业务
>   y=712.96 x=79.37..367.37 Jixiao Metrics Fangsong 16.0: 管理制度以及内部控制方面的相关制度。
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —11—
> page 15
>   y=124.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）制度执行有效性得分9分。项目实施符合相关管理规
>   y=152.96 x=79.37..527.37 Jixiao Metrics Fangsong 16.0: 定，实施过程无调整，各种档案资料保存齐全，制度执行有效。
>   y=180.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （三）项目产出情况分析
>   y=208.96 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 项目产出30分，实际得分30分。其中，产出数量20分，
>   y=236.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 得分20分；产出实效5分，得分5分；产出成本5分，得分5分。
>   y=264.96 x=111.37..283.37 Jixiao Metrics Fangsong 16.0: 1.产出数量得分20分。
>   y=292.96 x=103.37..411.37 Jixiao Metrics Fangsong 16.0: （1）实际完成率得分10分。2022年完成。
>   y=320.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）质量达标率得分10分。根据项目的有关资料，符合国
>   y=348.96 x=79.37..271.37 Jixiao Metrics Fangsong 16.0: 家颁布的质量标准和要求。
>   y=376.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 2.产出实效得分5分。
>   y=404.96 x=103.37..403.37 Jixiao Metrics Fangsong 16.0: （1）完成及时性得分5分。2022年完成。
>   y=432.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 3.产出成本得分5分。
>   y=460.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （1）成本节约率得分5分。项目成本控制在预算规模以内，
>   y=488.96 x=79.37..223.37 Jixiao Metrics Fangsong 16.0: 成本控制措施有效。
>   y=516.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （四）项目效益情况分析
>   y=544.96 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 项目效益20分，实际得分19.5分。其中，项目效益10分，
>   y=572.96 x=79.37..367.37 Jixiao Metrics Fangsong 16.0: 得分9.5分；满意度10分，得分10分。
>   y=600.96 x=111.37..291.37 Jixiao Metrics Fangsong 16.0: 1.项目效益得分9.5分。
>   y=628.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）实施效益得分9.5分。经查看，评价小组认为该项指
>   y=656.96 x=79.37..463.37 Jixiao Metrics Fangsong 16.0: 标资料提供不够充分，效益方面的数据支撑不够完善。
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —12—
> page 16
>   y=124.96 x=111.37..267.37 Jixiao Metrics Fangsong 16.0: 2.满意度得分10分。
>   y=152.96 x=103.37..379.37 Jixiao Metrics Fangsong 16.0: （1）满意度得分10分。满意度为100%
>   y=180.96 x=111.37..287.37 Jixiao Metrics Hei 16.0: 六、项目主要经验及做法
>   y=208.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 该项目为延续项目，特种设备安全专项项目严格按照枣庄
>   y=236.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 市市场监督管理局发布的各项标准和规范，实现了对项目的管
>   y=264.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 理、监督功能，提高了特种设备安全专项项目管理的规范化，
>   y=292.96 x=79.37..335.37 Jixiao Metrics Fangsong 16.0: 确保了财政资金使用效益充分发挥。
>   y=320.96 x=111.37..303.37 Jixiao Metrics Hei 16.0: 七、存在的问题及原因分析
>   y=348.96 x=103.37..407.37 Jixiao Metrics Kai 16.0: （一）绩效目标编报质量有待进一步加强。
>   y=376.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 一是绩效指标设置需进一步细化，需要通过可衡量的指标
>   y=404.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 值予以体现，提高实际可操作性。二是个别绩效指标设置不够
>   y=432.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 科学合理，如实施效益指标“保障工作正常开展”，设置较笼统，
>   y=460.96 x=79.37..335.37 Jixiao Metrics Fangsong 16.0: 缺乏具体考核标准，可衡量性不足。
>   y=488.96 x=103.37..327.37 Jixiao Metrics Kai 16.0: （二）进一步提升实际操作性。
>   y=516.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 管理制度方面，已制定相关的财务管理制度，业务管理制
>   y=544.96 x=79.37..415.37 Jixiao Metrics Fangsong 16.0: 度及内控制度，但实际操作性有待进一步提高。
>   y=572.96 x=111.37..207.37 Jixiao Metrics Hei 16.0: 八、意见建议
>   y=600.96 x=103.37..503.37 Jixiao Metrics Kai 16.0: （一）提高预算绩效管理意识，完善预算绩效管理机制。
>   y=628.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 建议加强项目绩效目标管理，持续提高绩效目标及指标的
>   y=656.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 编报质量，结合国家、财政部及市财政局预算绩效管理的最新
>   y=684.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 要求，进一步加强对项目预算编制、绩效目标申报、具体实施
>   y=712.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 等环节的论证工作，提高预算编制的科学性，优化项目绩效目
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —13—
> page 17
>   y=124.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 标，提高项目预算资金与工作任务的匹配性，形成符合项目实
>   y=152.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 际的预算绩效管理机制，提高单位整体预算绩效管理意识。
>   y=180.96 x=103.37..407.37 Jixiao Metrics Kai 16.0: （二）补充项目实施管理，完善相关制度。
>   y=208.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 为全面推进项目规范化管理，根据上级文件要求，结合部
>   y=236.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 门实际，制定一系列管理制度及项目实施方案，并通过不断完
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 善和坚决执行落实，促进管理规范化，发挥财政资金效益的最
>   y=292.96 x=79.37..127.37 Jixiao Metrics Fangsong 16.0: 大化。
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —14—
> page 18, 148 rules
>   y=124.96 x=79.37..123.37 Jixiao Metrics Hei 16.0: 附件1
>   y=193.41 x=147.47..453.47 Jixiao Metrics Title 18.0: 特种设备安全专项项目绩效评价评分表
>   y=242.34 x=89.61..250.92 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=252.69 x=283.62..456.44 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=245.94 x=469.43..514.43 Jixiao Metrics Hei 9.0: 得分、扣分
>   y=259.44 x=473.93..509.93 Jixiao Metrics Hei 9.0: 原因分析
>   y=263.04 x=85.86..264.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=506.94 x=85.86..127.60 Jixiao Metrics Fangsong 9.0: 决策20
>   y=435.84 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 项目
>   y=449.34 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 立项
>   y=442.59 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 6
>   y=371.49 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 立项依据
>   y=384.99 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 充分性
>   y=378.24 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 3
>   y=330.99 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目立项是否
>   y=344.49 x=271.61..336.13 Jixiao Metrics Fangsong 9.0: 符合法律法规、
>   y=357.99 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 相关政策、发
>   y=371.49 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 展规划以及部
>   y=384.99 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 门职责，用以
>   y=398.49 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 反映和考核项
>   y=411.99 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 目立项依据
>   y=425.49 x=271.61..298.61 Jixiao Metrics Fangsong 9.0: 情况。
>   y=283.74 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①项目立项
>   y=297.24 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 是否符合国家法律法
>   y=310.74 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 规、国民经济发展规划、
>   y=324.24 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 行业发展规划和相关政
>   y=337.74 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 策要求②项目立项是否
>   y=351.24 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 与部门职责范围相符，
>   y=364.74 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 属于部门履职所需③项
>   y=378.24 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 目是否属于公共财政支
>   y=391.74 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 持范围，是否符合支出
>   y=405.24 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 责任划分原则④项目是
>   y=418.74 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 否与相关部门同类项目
>   y=432.24 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 或部门内部相关项目重
>   y=445.74 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 复以上要素各占1/4权
>   y=459.24 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 重分，有一项不满足扣
>   y=472.74 x=338.83..392.83 Jixiao Metrics Fangsong 9.0: 除相应权重分
>   y=378.24 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 3
>   y=344.49 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 该项目立项
>   y=357.99 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 符合国家法
>   y=371.49 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 律法规、部
>   y=384.99 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 门职责和公
>   y=398.49 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 共财政支持
>   y=411.99 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 范围。
>   y=540.69 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 立项程序
>   y=554.19 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 规范性
>   y=547.44 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 3
>   y=513.69 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目申请、设
>   y=527.19 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 立过程是否符
>   y=540.69 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 合相关要求，
>   y=554.19 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 用以反映和考
>   y=567.69 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 核项目立项的
>   y=581.19 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 规范情况。
>   y=493.44 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①项目是否
>   y=506.94 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 按照规定的程序申请设
>   y=520.44 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 立②审批文件、材料是
>   y=533.94 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 否符合相关要求③事前
>   y=547.44 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 是否已经过必要的可行
>   y=560.94 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 性研究、专家论证、风
>   y=574.44 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 险评估、绩效评估、集
>   y=587.94 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 体决策以上要素各占
>   y=601.44 x=338.83..381.58 Jixiao Metrics Fangsong 9.0: 1/3权重分
>   y=547.44 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 3
>   y=506.94 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 依据财政局
>   y=520.44 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 枣财预指
>   y=533.94 x=461.39..517.97 Jixiao Metrics Fangsong 9.0: （2022）1号
>   y=547.44 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 申请设立，
>   y=560.94 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 审批文件就
>   y=574.44 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 材料符合
>   y=587.94 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 要求。
>   y=669.39 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 绩效
>   y=682.89 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 目标
>   y=676.14 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 6
>   y=669.39 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 绩效目标
>   y=682.89 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 合理性
>   y=676.14 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 2
>   y=622.14 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目所设定的
>   y=635.64 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 绩效目标是否
>   y=649.14 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 依据充分，是
>   y=662.64 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 否符合客观实
>   y=676.14 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 际，用以反映
>   y=689.64 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 和考核项目绩
>   y=703.14 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 效目标与项目
>   y=716.64 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 实施的相符
>   y=730.14 x=271.61..298.61 Jixiao Metrics Fangsong 9.0: 情况。
>   y=622.14 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①项目是否
>   y=635.64 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 有绩效目标；②项目绩
>   y=649.14 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 效目标与实际工作内容
>   y=662.64 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 是否具有相关性；③项
>   y=676.14 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 目预期产出效益和效果
>   y=689.64 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 是否符合正常的业绩水
>   y=703.14 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 平；④是否与预算确定
>   y=716.64 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 的项目投资额或资金量
>   y=730.14 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 相匹配。该项分值2分，
>   y=676.14 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 2
>   y=642.39 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 项目所设定
>   y=655.89 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 的绩效目标
>   y=669.39 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 依据充分，
>   y=682.89 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 绩效目标与
>   y=696.39 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 项目实施内
>   y=709.89 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 容相符。
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —15—
> page 19, 212 rules
>   y=118.65 x=89.61..250.92 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=129.00 x=283.62..456.44 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=122.25 x=469.43..514.43 Jixiao Metrics Hei 9.0: 得分、扣分
>   y=135.75 x=473.93..509.93 Jixiao Metrics Hei 9.0: 原因分析
>   y=139.35 x=85.86..264.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=393.60 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 决策
>   y=407.10 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=400.35 x=118.60..127.60 Jixiao Metrics Fangsong 9.0: 20
>   y=224.40 x=139.46..166.46 Jixiao Metrics Fangsong 9.0: 绩效目
>   y=237.90 x=139.46..173.22 Jixiao Metrics Fangsong 9.0: 标（续）
>   y=231.15 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 6
>   y=160.05 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 绩效目标
>   y=173.55 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 合理
>   y=187.05 x=201.42..237.42 Jixiao Metrics Fangsong 9.0: 性（续）
>   y=173.55 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 2
>   y=160.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 每项占1/4权重分，有
>   y=173.55 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 一项不满足扣除相应权
>   y=187.05 x=338.83..365.83 Jixiao Metrics Fangsong 9.0: 重分。
>   y=248.25 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 绩效指标
>   y=261.75 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 明确性
>   y=255.00 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 4
>   y=207.75 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 依据绩效目标
>   y=221.25 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 设定的绩效指
>   y=234.75 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 标是否清晰、
>   y=248.25 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 细化、可衡量
>   y=261.75 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 等，用以反映
>   y=275.25 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 和考核项目绩
>   y=288.75 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 效目标的明细
>   y=302.25 x=271.61..298.61 Jixiao Metrics Fangsong 9.0: 化情况
>   y=207.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①是否将项
>   y=221.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 目绩效目标细化分解为
>   y=234.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 具体的绩效指标；②是
>   y=248.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 否通过清晰、可衡量的
>   y=261.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 指标值予以体现；③是
>   y=275.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 否与项目年度任务数或
>   y=288.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 计划数相对应；以上要
>   y=302.25 x=338.83..410.83 Jixiao Metrics Fangsong 9.0: 素各占1/3权重分
>   y=255.00 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 4
>   y=248.25 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 绩效指标设
>   y=261.75 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 置明确。
>   y=475.05 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 资金
>   y=488.55 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 投入
>   y=481.80 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 8
>   y=397.20 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 预算编制
>   y=410.70 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 科学性
>   y=403.95 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 4
>   y=343.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目预算编制
>   y=356.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 是否经过科学
>   y=370.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 论证、有明确
>   y=383.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 标准，资金额
>   y=397.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 度与年度目标
>   y=410.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 是否相适应，
>   y=424.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 用以反映和考
>   y=437.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 核项目预算编
>   y=451.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 制的科学性、
>   y=464.70 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 合理性情况
>   y=322.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①预算编制
>   y=336.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 是否经过科学论证；②
>   y=349.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 预算内容与项目内容是
>   y=363.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 否匹配；③预算额度测
>   y=376.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 算依据是否充分，是否
>   y=390.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 按照标准编制；④预算
>   y=403.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 确定的项目投资额或资
>   y=417.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 金量是否与工作任务相
>   y=430.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 匹配。（如果工作任务
>   y=444.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 和资金量不匹配，比如
>   y=457.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 任务缩水，该项指标整
>   y=471.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 体得0分）以上要素各
>   y=484.95 x=338.83..392.83 Jixiao Metrics Fangsong 9.0: 占1/4权重分
>   y=403.95 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 4
>   y=343.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 根据枣庄市
>   y=356.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 市场监督管
>   y=370.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 理局承担的
>   y=383.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 职能，对本
>   y=397.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 项目进行了
>   y=410.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 必要的可行
>   y=424.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 性论证，项
>   y=437.70 x=465.89..522.47 Jixiao Metrics Fangsong 9.0: 目依据充分，
>   y=451.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 与工作任务
>   y=464.70 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 相匹配。
>   y=566.40 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 资金分配
>   y=579.90 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 合理性
>   y=573.15 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 4
>   y=512.40 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目预算资金
>   y=525.90 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 分配是否有测
>   y=539.40 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 算依据，与承
>   y=552.90 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 担日常工作是
>   y=566.40 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 否相适应，用
>   y=579.90 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 以反映和考核
>   y=593.40 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目预算资金
>   y=606.90 x=271.61..336.13 Jixiao Metrics Fangsong 9.0: 分配的合理性、
>   y=620.40 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 科学性、合理
>   y=633.90 x=271.61..307.61 Jixiao Metrics Fangsong 9.0: 性情况。
>   y=539.40 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①预算资金
>   y=552.90 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 分配依据是否充分②资
>   y=566.40 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 金分配额度是否合理，
>   y=579.90 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 与项目单位是否相适
>   y=593.40 x=338.83..410.83 Jixiao Metrics Fangsong 9.0: 应。以上要素各占
>   y=606.90 x=338.83..381.58 Jixiao Metrics Fangsong 9.0: 1/2权重分
>   y=573.15 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 4
>   y=505.65 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 枣庄市市场
>   y=519.15 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 监督管理局
>   y=532.65 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 根据项目实
>   y=546.15 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 施科室申报
>   y=559.65 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 的目标向市
>   y=573.15 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 财政局提出
>   y=586.65 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 预算申请，
>   y=600.15 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 资金分配依
>   y=613.65 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 据较充分，
>   y=627.15 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 分配额度较
>   y=640.65 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 合理。
>   y=695.10 x=85.86..127.60 Jixiao Metrics Fangsong 9.0: 过程30
>   y=688.35 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 资金
>   y=701.85 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 管理
>   y=695.10 x=180.57..189.57 Jixiao Metrics Fangsong 9.0: 15
>   y=688.35 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 资金到
>   y=701.85 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 位率
>   y=695.10 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 4
>   y=661.35 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 实际到位资金
>   y=674.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 与预算资金的
>   y=688.35 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 比率，用以反
>   y=701.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 映和考核资金
>   y=715.35 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 落实情况对项
>   y=728.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 目实施的总体
>   y=661.35 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：资金到位率
>   y=674.85 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: =（实际到位资金/预算
>   y=688.35 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 资金）×100%。实际到
>   y=701.85 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 位资金：本年度内落实
>   y=715.35 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 到该项目的资金预算资
>   y=728.85 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 金：本年度内预算安排
>   y=695.10 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 4
>   y=661.35 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 该项目预算
>   y=674.85 x=465.89..483.89 Jixiao Metrics Fangsong 9.0: 资金
>   y=688.35 x=465.89..517.97 Jixiao Metrics Fangsong 9.0: 40万元，实
>   y=701.85 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 际到位
>   y=715.35 x=465.89..517.97 Jixiao Metrics Fangsong 9.0: 40万元，资
>   y=728.85 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 金到位率为
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —16—
> page 20, 196 rules
>   y=118.65 x=89.61..250.92 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=129.00 x=283.62..456.44 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=122.25 x=469.43..514.43 Jixiao Metrics Hei 9.0: 得分、扣分
>   y=135.75 x=473.93..509.93 Jixiao Metrics Hei 9.0: 原因分析
>   y=139.35 x=85.86..264.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=437.70 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 过程
>   y=451.20 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=444.45 x=118.60..127.60 Jixiao Metrics Fangsong 9.0: 30
>   y=342.75 x=139.46..166.46 Jixiao Metrics Fangsong 9.0: 资金管
>   y=356.25 x=139.46..173.22 Jixiao Metrics Fangsong 9.0: 理（续）
>   y=349.50 x=180.57..189.57 Jixiao Metrics Fangsong 9.0: 15
>   y=173.55 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 资金到位
>   y=187.05 x=201.42..237.42 Jixiao Metrics Fangsong 9.0: 率（续）
>   y=180.30 x=253.01..307.61 Jixiao Metrics Fangsong 9.0: 4保障程度
>   y=160.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 到该项目的资金得分=
>   y=173.55 x=334.33..428.99 Jixiao Metrics Fangsong 9.0: （实际到位资金/预算资
>   y=187.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 金）×指标分值，最高
>   y=200.55 x=338.83..374.83 Jixiao Metrics Fangsong 9.0: 得分4分
>   y=180.30 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 100%。
>   y=261.75 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 预算执
>   y=275.25 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 行率
>   y=268.50 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 4
>   y=228.00 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目预算资金
>   y=241.50 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 是否按照计划
>   y=255.00 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 执行，用以反
>   y=268.50 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 映或考核项目
>   y=282.00 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 预算执行情况
>   y=295.50 x=267.11..321.11 Jixiao Metrics Fangsong 9.0: （以样本量为
>   y=309.00 x=271.61..298.61 Jixiao Metrics Fangsong 9.0: 基准）
>   y=221.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：预算执行率
>   y=234.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: =（实际支出资金/实际
>   y=248.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 到位资金）×100%。实
>   y=261.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 际支出资金：本年度项
>   y=275.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 目实际拨付的资金得分
>   y=288.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: =（实际支出资金/实际
>   y=302.25 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 到位资金）×指标分值，
>   y=315.75 x=338.83..392.83 Jixiao Metrics Fangsong 9.0: 最高得分4分
>   y=268.50 x=438.44..456.44 Jixiao Metrics Fangsong 9.0: 3.99
>   y=234.75 x=465.89..517.97 Jixiao Metrics Fangsong 9.0: 截至2022年
>   y=248.25 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 底，该项目
>   y=261.75 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 共计执行
>   y=275.25 x=465.89..513.14 Jixiao Metrics Fangsong 9.0: 39.9万元，
>   y=288.75 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 预算执行率
>   y=302.25 x=465.89..504.14 Jixiao Metrics Fangsong 9.0: 为99.75%
>   y=430.95 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 资金使用
>   y=444.45 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 合规性
>   y=437.70 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 7
>   y=397.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目资金使用
>   y=410.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 是否符合相关
>   y=424.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 的财务管理制
>   y=437.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 度规定，用以
>   y=451.20 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 反映和考核项
>   y=464.70 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 目资金的规范
>   y=478.20 x=271.61..307.61 Jixiao Metrics Fangsong 9.0: 运行情况
>   y=336.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①是否符合
>   y=349.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 国家财经法规和财务管
>   y=363.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 理制度以及有关专项资
>   y=376.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 金管理办法的规定；②
>   y=390.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 资金的拨付是否有完整
>   y=403.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 的审批程序和手续；③
>   y=417.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 是否符合项目预算批复
>   y=430.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 或合同规定的用途；④
>   y=444.45 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 是否存在截留、挤占、
>   y=457.95 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 挪用、虚列支出等情况；
>   y=471.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: ⑤是否按规定实施政府
>   y=484.95 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 采购和政府购买服务。
>   y=498.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 发现一处扣1分，扣完
>   y=511.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 为止一旦发现不合规支
>   y=525.45 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 出资金占比超过25%，
>   y=538.95 x=338.83..383.83 Jixiao Metrics Fangsong 9.0: 该项不得分
>   y=437.70 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 7
>   y=356.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 符合国家法
>   y=370.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 规及《财务
>   y=383.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 管理制度》
>   y=397.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 的规定，资
>   y=410.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 金拨付有完
>   y=424.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 整的审批程
>   y=437.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 序和手续；
>   y=451.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 符合项目预
>   y=464.70 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 算批复的用
>   y=478.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 途，不存在
>   y=491.70 x=465.89..522.47 Jixiao Metrics Fangsong 9.0: 截留、挤占、
>   y=505.20 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 挪用、虚列
>   y=518.70 x=465.89..519.89 Jixiao Metrics Fangsong 9.0: 支出等情况。
>   y=637.50 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 组织
>   y=651.00 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 实施
>   y=644.25 x=180.57..189.57 Jixiao Metrics Fangsong 9.0: 15
>   y=606.90 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 管理制度
>   y=620.40 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 健全性
>   y=613.65 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 6
>   y=559.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目实施单位
>   y=573.15 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 的财务和业务
>   y=586.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 管理制度是否
>   y=600.15 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 健全，用以反
>   y=613.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 映和考核财务
>   y=627.15 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 和业务管理制
>   y=640.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 度对项目顺利
>   y=654.15 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 实施的保障
>   y=667.65 x=271.61..289.61 Jixiao Metrics Fangsong 9.0: 情况
>   y=566.40 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①是否已制
>   y=579.90 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 定或具有相应的财务和
>   y=593.40 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 业务管理制度；②财务
>   y=606.90 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 和业务管理制度是否合
>   y=620.40 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 法、合规、完整。管理
>   y=633.90 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 制度内容详实得6分，
>   y=647.40 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 根据实际情况酌情扣
>   y=660.90 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 分，没有制定得0分
>   y=613.65 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 6
>   y=579.90 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 已制定相应
>   y=593.40 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 的财务、业
>   y=606.90 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 务管理制度
>   y=620.40 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 以及内部控
>   y=633.90 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 制方面的相
>   y=647.40 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 关制度。
>   y=701.85 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 制度执行
>   y=715.35 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 有效性
>   y=708.60 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 9
>   y=688.35 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目实施是否
>   y=701.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 符合相关管理
>   y=715.35 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 规定，用以反
>   y=728.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 映和考核相关
>   y=688.35 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 评价要点：①是否遵守
>   y=701.85 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 相关法律法规和相关管
>   y=715.35 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 理规定；②项目调整及
>   y=728.85 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 支出调整手续是否完
>   y=708.60 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 9
>   y=688.35 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 项目实施符
>   y=701.85 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 合相关管理
>   y=715.35 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 规定，实施
>   y=728.85 x=465.89..522.47 Jixiao Metrics Fangsong 9.0: 过程无调整，
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —17—
> page 21, 220 rules
>   y=118.65 x=89.61..250.92 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=129.00 x=283.62..456.44 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=122.25 x=469.43..514.43 Jixiao Metrics Hei 9.0: 得分、扣分
>   y=135.75 x=473.93..509.93 Jixiao Metrics Hei 9.0: 原因分析
>   y=139.35 x=85.86..264.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=227.55 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 过程
>   y=241.05 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=234.30 x=118.60..127.60 Jixiao Metrics Fangsong 9.0: 30
>   y=227.55 x=139.46..166.46 Jixiao Metrics Fangsong 9.0: 组织实
>   y=241.05 x=139.46..173.22 Jixiao Metrics Fangsong 9.0: 施（续）
>   y=234.30 x=180.57..189.57 Jixiao Metrics Fangsong 9.0: 15
>   y=220.80 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 制度执行
>   y=234.30 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 有效
>   y=247.80 x=201.42..237.42 Jixiao Metrics Fangsong 9.0: 性（续）
>   y=234.30 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 9
>   y=227.55 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 管理制度的有
>   y=241.05 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 效执行情况
>   y=160.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 备；③项目合同书、验
>   y=173.55 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 收报告、技术鉴定等资
>   y=187.05 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 料是否齐全并及时归
>   y=200.55 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 档；④项目实施的人员
>   y=214.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 条件、场地设备、信息
>   y=227.55 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 支撑等是否落实到位。
>   y=241.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 重点考核项目合同管理
>   y=254.55 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 情况和政府采购执行情
>   y=268.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 况。存在一项未达到评
>   y=281.55 x=338.83..410.83 Jixiao Metrics Fangsong 9.0: 价要点的问题，占
>   y=295.05 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 1/4权重，有一项不满
>   y=308.55 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 足扣除相应权重分。
>   y=214.05 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 各种档案资
>   y=227.55 x=465.89..522.47 Jixiao Metrics Fangsong 9.0: 料保存齐全，
>   y=241.05 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 制度执行
>   y=254.55 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 有效。
>   y=529.05 x=85.86..127.60 Jixiao Metrics Fangsong 9.0: 产出30
>   y=447.60 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 产出
>   y=461.10 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 数量
>   y=454.35 x=180.57..189.57 Jixiao Metrics Fangsong 9.0: 20
>   y=369.75 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 实际完
>   y=383.25 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 成率
>   y=376.50 x=250.76..259.76 Jixiao Metrics Fangsong 9.0: 10
>   y=336.00 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目实施的实
>   y=349.50 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 际产出数与计
>   y=363.00 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 划产出数的比
>   y=376.50 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 率，用于反映
>   y=390.00 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 可考核项目产
>   y=403.50 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 出数量目标的
>   y=417.00 x=271.61..307.61 Jixiao Metrics Fangsong 9.0: 实现程度
>   y=329.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 实际完成率=（实际产
>   y=342.75 x=338.83..415.33 Jixiao Metrics Fangsong 9.0: 出数/计划产出数）
>   y=356.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: ×100%实际产出数：本
>   y=369.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 年度内项目实际产出的
>   y=383.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 产品或服务数量计划产
>   y=396.75 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 出数：项目绩效目标确
>   y=410.25 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 定的本年度内计划产出
>   y=423.75 x=338.83..410.83 Jixiao Metrics Fangsong 9.0: 的产品或服务数量
>   y=376.50 x=442.94..522.14 Jixiao Metrics Fangsong 9.0: 102022年完成。
>   y=505.20 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 质量达
>   y=518.70 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 标率
>   y=511.95 x=250.76..259.76 Jixiao Metrics Fangsong 9.0: 10
>   y=471.45 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目完成的质
>   y=484.95 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 量达标产出数
>   y=498.45 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 与实际产出数
>   y=511.95 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 的比率，用以
>   y=525.45 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 反映和考核项
>   y=538.95 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 目产出质量目
>   y=552.45 x=271.61..334.61 Jixiao Metrics Fangsong 9.0: 标的实现程度。
>   y=444.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 质量达标率=（质量达
>   y=457.95 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 标产出数/实际产出数）
>   y=471.45 x=338.83..417.58 Jixiao Metrics Fangsong 9.0: ×100%质量达标产出
>   y=484.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 数：本年度内实际达到
>   y=498.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 既定质量标准的产品或
>   y=511.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 服务数量。既定质量标
>   y=525.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 准是指项目实施单位设
>   y=538.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 立绩效目标时依据计划
>   y=552.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 标准、行业标准、历史
>   y=565.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 标准或其他标准而设定
>   y=579.45 x=338.83..401.83 Jixiao Metrics Fangsong 9.0: 的绩效指标值。
>   y=511.95 x=442.94..451.94 Jixiao Metrics Fangsong 9.0: 10
>   y=484.95 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 根据项目的
>   y=498.45 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 有关资料，
>   y=511.95 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 符合国家颁
>   y=525.45 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 布的质量标
>   y=538.95 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 准和要求。
>   y=633.90 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 产出
>   y=647.40 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 实效
>   y=640.65 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 5
>   y=633.90 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 完成及
>   y=647.40 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 时性
>   y=640.65 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 5
>   y=600.15 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目实际完成
>   y=613.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 时间与计划完
>   y=627.15 x=271.61..336.13 Jixiao Metrics Fangsong 9.0: 成时间的比较，
>   y=640.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 用以反映和考
>   y=654.15 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 核项目产出时
>   y=667.65 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 效目标的实现
>   y=681.15 x=271.61..298.61 Jixiao Metrics Fangsong 9.0: 程度。
>   y=606.90 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 实际完成时间：项目实
>   y=620.40 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 施单位完成该项目实际
>   y=633.90 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 所耗用的时间。计划完
>   y=647.40 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 成时间：按照项目实施
>   y=660.90 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 计划或相关规定完成该
>   y=674.40 x=338.83..410.83 Jixiao Metrics Fangsong 9.0: 项目所需的时间。
>   y=640.65 x=445.19..522.14 Jixiao Metrics Fangsong 9.0: 52022年完成。
>   y=708.60 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 产出
>   y=722.10 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 成本
>   y=715.35 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 5
>   y=708.60 x=201.42..228.42 Jixiao Metrics Fangsong 9.0: 成本节
>   y=722.10 x=201.42..219.42 Jixiao Metrics Fangsong 9.0: 约率
>   y=715.35 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 5
>   y=701.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 完成项目计划
>   y=715.35 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 工作目标的实
>   y=728.85 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 际节约成本与
>   y=701.85 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 成本节约率=（计划成
>   y=715.35 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 本-实际成本）/计划成
>   y=728.85 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 本×100%实际成本：项
>   y=715.35 x=445.19..449.69 Jixiao Metrics Fangsong 9.0: 5
>   y=701.85 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 项目成本控
>   y=715.35 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 制在预算规
>   y=728.85 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 模以内，成
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —18—
> page 22, 188 rules
>   y=118.65 x=89.61..250.92 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=129.00 x=283.62..456.44 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=122.25 x=469.43..514.43 Jixiao Metrics Hei 9.0: 得分、扣分
>   y=135.75 x=473.93..509.93 Jixiao Metrics Hei 9.0: 原因分析
>   y=139.35 x=85.86..264.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=173.55 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 产出
>   y=187.05 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=180.30 x=118.60..127.60 Jixiao Metrics Fangsong 9.0: 30
>   y=173.55 x=139.46..166.46 Jixiao Metrics Fangsong 9.0: 产出成
>   y=187.05 x=139.46..173.22 Jixiao Metrics Fangsong 9.0: 本（续）
>   y=180.30 x=182.82..187.32 Jixiao Metrics Fangsong 9.0: 5
>   y=173.55 x=201.42..238.91 Jixiao Metrics Fangsong 9.0: 成本节约
>   y=187.05 x=201.42..237.42 Jixiao Metrics Fangsong 9.0: 率（续）
>   y=180.30 x=253.01..257.51 Jixiao Metrics Fangsong 9.0: 5
>   y=160.05 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 计划成本的比
>   y=173.55 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 率，用以反映
>   y=187.05 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 和考核项目的
>   y=200.55 x=271.61..334.61 Jixiao Metrics Fangsong 9.0: 成本节约程度。
>   y=166.80 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 目实施单位如期、保质、
>   y=180.30 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 保量完成既定工作目标
>   y=193.80 x=338.83..410.83 Jixiao Metrics Fangsong 9.0: 实际所耗费的支出
>   y=173.55 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 本控制措施
>   y=187.05 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 有效。
>   y=305.85 x=85.86..127.60 Jixiao Metrics Fangsong 9.0: 效益20
>   y=261.75 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 项目
>   y=275.25 x=139.46..157.46 Jixiao Metrics Fangsong 9.0: 效益
>   y=268.50 x=180.57..259.76 Jixiao Metrics Fangsong 9.0: 10实施效益10
>   y=261.75 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 项目实施所产
>   y=275.25 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 生的的效益。
>   y=241.50 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 项目实施所产生的社会
>   y=255.00 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 效益、经济效益、生态
>   y=268.50 x=338.83..433.49 Jixiao Metrics Fangsong 9.0: 效益、可持续影响等。
>   y=282.00 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 可根据项目实际情况有
>   y=295.50 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 选择地设置和细化。
>   y=268.50 x=440.69..454.19 Jixiao Metrics Fangsong 9.0: 9.5
>   y=221.25 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 经查看，评
>   y=234.75 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 价小组认为
>   y=248.25 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 该项指标资
>   y=261.75 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 料提供不够
>   y=275.25 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 充分，效益
>   y=288.75 x=465.89..510.89 Jixiao Metrics Fangsong 9.0: 方面的数据
>   y=302.25 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 支撑不够
>   y=315.75 x=465.89..492.89 Jixiao Metrics Fangsong 9.0: 完善。
>   y=363.45 x=140.59..259.76 Jixiao Metrics Fangsong 9.0: 满意度10满意度10
>   y=349.95 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 服务对象对项
>   y=363.45 x=271.61..325.61 Jixiao Metrics Fangsong 9.0: 目实施效果的
>   y=376.95 x=271.61..316.61 Jixiao Metrics Fangsong 9.0: 满意程度。
>   y=336.45 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 服务对象是指因该项目
>   y=349.95 x=338.83..428.99 Jixiao Metrics Fangsong 9.0: 实施而受到影响的部门
>   y=363.45 x=334.33..433.49 Jixiao Metrics Fangsong 9.0: （单位）、群体或个人。
>   y=376.95 x=338.83..419.83 Jixiao Metrics Fangsong 9.0: 一般采取社会调查的
>   y=390.45 x=338.83..365.83 Jixiao Metrics Fangsong 9.0: 方式。
>   y=363.45 x=442.94..451.94 Jixiao Metrics Fangsong 9.0: 10
>   y=356.70 x=465.89..501.89 Jixiao Metrics Fangsong 9.0: 满意度为
>   y=370.20 x=465.89..483.89 Jixiao Metrics Fangsong 9.0: 100%
>   y=411.15 x=151.94..458.69 Jixiao Metrics Fangsong 9.0: 合计10099.49
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —19—

$ render --dump --fonts tests/fonts/metrics examples/000-jinzhong-quality-brand.json
? 0
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)
> page 1, 148 rules
>   y=86.71 x=171.64..423.64 Jixiao Metrics Hei 18.0: 晋中市财政支出项目绩效自评表
>   y=120.43 x=260.14..335.14 Jixiao Metrics Song 12.0: （2020年度）
>   y=138.43 x=56.69..158.69 Jixiao Metrics Song 12.0: 填报单位（公章）：
>   y=158.93 x=77.24..402.18 Jixiao Metrics Fangsong 10.5: 项目名称质量和品牌发展及奖励经费
>   y=183.08 x=61.49..528.77 Jixiao Metrics Fangsong 10.5: 主管部门及代码晋中市市场监督管理局（431）实施单位晋中市市场监督管理局
>   y=215.11 x=77.24..375.70 Jixiao Metrics Fangsong 10.5: 项目属性经常性项目项目期
>   y=207.23 x=418.16..504.78 Jixiao Metrics Fangsong 10.5: 2020年1月1日至
>   y=222.98 x=418.16..504.78 Jixiao Metrics Fangsong 10.5: 2022年12月31日
>   y=335.86 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 项目资金情况
>   y=351.61 x=55.64..97.64 Jixiao Metrics Fangsong 10.5: （万元）
>   y=271.28 x=152.01..194.01 Jixiao Metrics Fangsong 10.5: 预算资金
>   y=247.13 x=245.60..438.01 Jixiao Metrics Fangsong 10.5: 合计600.00
>   y=271.28 x=224.60..438.01 Jixiao Metrics Fangsong 10.5: 市级预算资金600.00
>   y=295.43 x=245.60..432.76 Jixiao Metrics Fangsong 10.5: 其他0.00
>   y=319.58 x=191.36..438.01 Jixiao Metrics Fangsong 10.5: 预算下达资金600.00
>   y=384.16 x=143.98..185.98 Jixiao Metrics Fangsong 10.5: 实际支出
>   y=399.91 x=143.98..164.98 Jixiao Metrics Fangsong 10.5: 资金
>   y=343.73 x=245.60..438.01 Jixiao Metrics Fangsong 10.5: 合计590.46
>   y=367.88 x=224.60..438.01 Jixiao Metrics Fangsong 10.5: 市级预算资金590.46
>   y=392.03 x=224.60..432.76 Jixiao Metrics Fangsong 10.5: 上年结转资金0.00
>   y=416.18 x=224.60..432.76 Jixiao Metrics Fangsong 10.5: 上级财政资金0.00
>   y=440.33 x=245.60..432.76 Jixiao Metrics Fangsong 10.5: 其他0.00
>   y=495.98 x=77.24..119.24 Jixiao Metrics Fangsong 10.5: 项目概况
>   y=464.48 x=138.73..534.38 Jixiao Metrics Fangsong 10.5: 《晋中市人民政府关于全面实施品牌创新战略的意见》（市政发〔2017〕45号）明确
>   y=480.23 x=143.98..539.63 Jixiao Metrics Fangsong 10.5: 提出全市全面实施品牌创新战略的3大目标定位、9项主要任务和4方面保障措施，
>   y=495.98 x=143.98..539.63 Jixiao Metrics Fangsong 10.5: 并提出每年600万元财政资金投入质量和品牌发展工作，暨质量和品牌发展奖励资金。
>   y=511.73 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 项目主要内容包括“扶持培育品牌创新成果”“实施重点质量攻关项目”“推行精益管
>   y=527.48 x=143.98..427.48 Jixiao Metrics Fangsong 10.5: 理方法”“组织质量强市专题培训”“质量品牌宣传推广”等。
>   y=606.76 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 项目资金使用
>   y=622.51 x=60.89..81.89 Jixiao Metrics Fangsong 10.5: 情况
>   y=551.63 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 1、项目资金申报与批复情况项目资金列入2020年市财政预算待分配项目。2020年
>   y=567.38 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 6月经市政府批准，市财政局下达资金100万元。2020年11月经市政府批准，市财
>   y=583.13 x=143.98..259.48 Jixiao Metrics Fangsong 10.5: 政局下达资金250万元。
>   y=598.88 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 2、资金计划、到位及使用情况资金计划：贯彻落实市委市政府有关要求，坚持“企
>   y=614.63 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 业主体、市场主导、政府引导、协同发展”基本思路，制定“411”资金分配和企业
>   y=630.38 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 扶持模式（250万元“真金白银”扶持、100万元用于教育培训、宣传推广和专业技
>   y=646.13 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 术支持；资金到位：资金到位率100%，及时满足了各项工作需求；资金使用：项目
>   y=661.88 x=143.98..511.48 Jixiao Metrics Fangsong 10.5: 资金严格按照有关规定使用，确保安全性、规范性及有效性，与预算基本相符。
>   y=677.63 x=143.98..521.98 Jixiao Metrics Fangsong 10.5: 3、项目资金管理情况严格执行《晋中市质量和品牌发展奖励专项资金管理办法》。
>   y=717.53 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 项目组织实施
>   y=733.28 x=60.89..81.89 Jixiao Metrics Fangsong 10.5: 情况
>   y=701.78 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 1、项目组织情况：以政府采购方式联合第三方专业技术支持，组织开展质量攻关活
>   y=717.53 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 动、品牌创新成果扶持培育系列工作、小微企业质量管理提升行动，举办山西省质量
>   y=733.28 x=143.98..539.63 Jixiao Metrics Fangsong 10.5: 月活动启动仪式，对年度新增品牌创新成果和质量攻关项目主体企业给予资金扶持。
>   y=749.03 x=143.98..353.98 Jixiao Metrics Fangsong 10.5: 各项工作严格实施审批、报备、公示等程序。
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —1—
> page 2, 320 rules
>   y=86.93 x=60.89..135.58 Jixiao Metrics Fangsong 10.5: 项目组织实施情
>   y=102.68 x=60.89..102.89 Jixiao Metrics Fangsong 10.5: 况（续）
>   y=86.93 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 2、项目管理情况：项目各项工作制定了相关管理办法、评价标准，项目完成后均形
>   y=102.68 x=143.98..490.48 Jixiao Metrics Fangsong 10.5: 成项目报告，主管科室及人员对项目实施及完成情况进行全程监督和管理。
>   y=126.83 x=255.64..339.64 Jixiao Metrics Fangsong 10.5: 绩效目标实现情况
>   y=150.98 x=77.24..530.50 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标目标值实际完成值完成进度
>   y=446.56 x=77.24..119.24 Jixiao Metrics Fangsong 10.5: 产出指标
>   y=262.81 x=152.01..194.01 Jixiao Metrics Fangsong 10.5: 数量指标
>   y=175.13 x=210.44..294.44 Jixiao Metrics Fangsong 10.5: 标准化研讨交流、
>   y=190.88 x=210.44..262.94 Jixiao Metrics Fangsong 10.5: 标准化体系
>   y=183.01 x=350.76..520.00 Jixiao Metrics Fangsong 10.5: 3项已完成100%
>   y=215.03 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 品牌创新成果和质
>   y=230.78 x=210.44..262.94 Jixiao Metrics Fangsong 10.5: 量攻关项目
>   y=222.91 x=348.14..520.00 Jixiao Metrics Fangsong 10.5: 80项已完成100%
>   y=254.93 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 标准制修订10项已完成100%
>   y=279.08 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 知识产权重点工作
>   y=294.83 x=210.44..294.44 Jixiao Metrics Fangsong 10.5: 的技术标准研发、
>   y=310.58 x=210.44..262.94 Jixiao Metrics Fangsong 10.5: 论证和制订
>   y=294.83 x=350.76..520.00 Jixiao Metrics Fangsong 10.5: 3项已完成100%
>   y=334.73 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 知识产权重点单位
>   y=350.48 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 和企业数据入库
>   y=342.61 x=348.14..520.00 Jixiao Metrics Fangsong 10.5: 50家已完成100%
>   y=462.31 x=152.01..194.01 Jixiao Metrics Fangsong 10.5: 质量指标
>   y=374.63 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 标准体系、制度体
>   y=390.38 x=210.44..268.19 Jixiao Metrics Fangsong 10.5: 系、互联网+
>   y=374.63 x=310.15..415.01 Jixiao Metrics Fangsong 10.5: 符合行业发展实际，
>   y=390.38 x=310.15..362.65 Jixiao Metrics Fangsong 10.5: 并逐步完善
>   y=382.51 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=414.53 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 建设质量与品牌发
>   y=430.28 x=210.44..262.94 Jixiao Metrics Fangsong 10.5: 展研究中心
>   y=414.53 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 搭建质量品牌“五位
>   y=430.28 x=310.15..341.65 Jixiao Metrics Fangsong 10.5: 平台”
>   y=422.41 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=454.43 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 知识产权重点工作
>   y=470.18 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 的技术标准完善
>   y=485.93 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 程度
>   y=470.18 x=338.95..520.00 Jixiao Metrics Fangsong 10.5: 基本完善已完成100%
>   y=510.08 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 知识产权管理水平明显提升已完成100%
>   y=542.11 x=210.44..273.44 Jixiao Metrics Fangsong 10.5: 标准体系建设
>   y=534.23 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 重点围绕文旅、农林
>   y=549.98 x=310.15..373.15 Jixiao Metrics Fangsong 10.5: 领域健全完美
>   y=542.11 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=621.91 x=152.01..194.01 Jixiao Metrics Fangsong 10.5: 时效指标
>   y=574.13 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 标准化研讨交流及
>   y=589.88 x=210.44..273.44 Jixiao Metrics Fangsong 10.5: 相关标准体系
>   y=582.01 x=314.01..520.00 Jixiao Metrics Fangsong 10.5: 2020年12月底完成已完成100%
>   y=614.03 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 标准文化展示平台
>   y=629.78 x=210.44..257.69 Jixiao Metrics Fangsong 10.5: 建设(1)期
>   y=621.91 x=314.01..520.00 Jixiao Metrics Fangsong 10.5: 2020年12月底完成已完成100%
>   y=653.93 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 标准宣贯及体系
>   y=669.68 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 建设
>   y=661.81 x=314.01..520.00 Jixiao Metrics Fangsong 10.5: 2020年12月底完成已完成100%
>   y=705.91 x=152.01..194.01 Jixiao Metrics Fangsong 10.5: 成本指标
>   y=693.83 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 企业扶持补助资金320万元320万元100%
>   y=717.98 x=210.44..522.63 Jixiao Metrics Fangsong 10.5: 相关工作支出费用280万元270.4696.6%
>   y=750.01 x=77.24..119.24 Jixiao Metrics Fangsong 10.5: 效益指标
>   y=742.13 x=143.98..185.98 Jixiao Metrics Fangsong 10.5: 经济效益
>   y=757.88 x=143.98..164.98 Jixiao Metrics Fangsong 10.5: 指标
>   y=750.01 x=210.44..391.45 Jixiao Metrics Fangsong 10.5: 品牌创新能力指数较上年度提升
>   y=742.13 x=418.16..470.66 Jixiao Metrics Fangsong 10.5: 较上年度有
>   y=757.88 x=418.16..439.16 Jixiao Metrics Fangsong 10.5: 提升
>   y=750.01 x=499.00..520.00 Jixiao Metrics Fangsong 10.5: 100%
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —2—
> page 3, 284 rules
>   y=86.93 x=255.64..339.64 Jixiao Metrics Fangsong 10.5: 绩效目标实现情况
>   y=111.08 x=77.24..530.50 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标目标值实际完成值完成进度
>   y=446.03 x=64.11..137.61 Jixiao Metrics Fangsong 10.5: 效益指标（续）
>   y=167.26 x=143.98..196.48 Jixiao Metrics Fangsong 10.5: 经济效益指
>   y=183.01 x=143.98..185.98 Jixiao Metrics Fangsong 10.5: 标（续）
>   y=135.23 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 质量攻关项目效益
>   y=150.98 x=210.44..241.94 Jixiao Metrics Fangsong 10.5: 产出率
>   y=143.11 x=328.45..391.45 Jixiao Metrics Fangsong 10.5: 较上年度提升
>   y=135.23 x=418.16..470.66 Jixiao Metrics Fangsong 10.5: 较上年度有
>   y=150.98 x=418.16..439.16 Jixiao Metrics Fangsong 10.5: 提升
>   y=143.11 x=499.00..520.00 Jixiao Metrics Fangsong 10.5: 100%
>   y=175.13 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 创新经济贡献率逐年提升已完成100%
>   y=199.28 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 知识产权企业利
>   y=215.03 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 税收
>   y=207.16 x=338.95..520.00 Jixiao Metrics Fangsong 10.5: 逐年提升已完成100%
>   y=382.51 x=143.98..185.98 Jixiao Metrics Fangsong 10.5: 社会效益
>   y=398.26 x=143.98..164.98 Jixiao Metrics Fangsong 10.5: 指标
>   y=247.06 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 市场认可、扩大
>   y=262.81 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 影响
>   y=239.18 x=310.15..394.15 Jixiao Metrics Fangsong 10.5: 营造了良好的懂标
>   y=254.93 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 准、学标准、用标准
>   y=270.68 x=310.15..331.15 Jixiao Metrics Fangsong 10.5: 氛围
>   y=254.93 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=318.46 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 品牌创新战略实施
>   y=334.21 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 环境
>   y=294.83 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 宣传动员工作成效明
>   y=310.58 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 显，品牌创新理念广
>   y=326.33 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 泛树立，政策法规体
>   y=342.08 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 系建立健全，良好社
>   y=357.83 x=310.15..394.15 Jixiao Metrics Fangsong 10.5: 会氛围基本形成。
>   y=326.33 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=397.73 x=210.44..273.44 Jixiao Metrics Fangsong 10.5: 品牌创新成果
>   y=381.98 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 品牌创新成果标杆作
>   y=397.73 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 用品牌创新成果社会
>   y=413.48 x=310.15..394.15 Jixiao Metrics Fangsong 10.5: 贡献率初步显现。
>   y=397.73 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=445.51 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 市场认可、扩大
>   y=461.26 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 影响
>   y=437.63 x=310.15..394.15 Jixiao Metrics Fangsong 10.5: 营造了良好的懂标
>   y=453.38 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 准、学标准、用标准
>   y=469.13 x=310.15..331.15 Jixiao Metrics Fangsong 10.5: 氛围
>   y=453.38 x=431.44..520.00 Jixiao Metrics Fangsong 10.5: 已完成100%
>   y=493.28 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 创新发展环境明显优化已完成100%
>   y=517.43 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 创新驱动能力持续增强已完成100%
>   y=541.58 x=210.44..520.00 Jixiao Metrics Fangsong 10.5: 知识产权竞争力显著提升已完成100%
>   y=653.41 x=143.98..196.48 Jixiao Metrics Fangsong 10.5: 可持续影响
>   y=669.16 x=143.98..164.98 Jixiao Metrics Fangsong 10.5: 指标
>   y=573.61 x=210.44..273.44 Jixiao Metrics Fangsong 10.5: 品牌创新成果
>   y=565.73 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 示范引领作用、应用
>   y=581.48 x=310.15..415.01 Jixiao Metrics Fangsong 10.5: 率、贡献率持续提升。
>   y=573.61 x=426.19..520.00 Jixiao Metrics Fangsong 10.5: 基本实现100%
>   y=613.51 x=210.44..273.44 Jixiao Metrics Fangsong 10.5: 质量攻关项目
>   y=605.63 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 持续激发工匠精神和
>   y=621.38 x=310.15..383.65 Jixiao Metrics Fangsong 10.5: 首创精神，破解
>   y=613.51 x=426.19..520.00 Jixiao Metrics Fangsong 10.5: 基本实现100%
>   y=653.41 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 企业质量管理和质
>   y=669.16 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 量人才队伍建设
>   y=645.53 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 企业质量管理水平和
>   y=661.28 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 人才队伍建设水平进
>   y=677.03 x=310.15..352.15 Jixiao Metrics Fangsong 10.5: 一步提升
>   y=661.28 x=426.19..520.00 Jixiao Metrics Fangsong 10.5: 基本实现100%
>   y=709.06 x=210.44..252.44 Jixiao Metrics Fangsong 10.5: 体系建设
>   y=701.18 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 行业标准体系不断健
>   y=716.93 x=310.15..341.65 Jixiao Metrics Fangsong 10.5: 全完善
>   y=709.06 x=426.19..520.00 Jixiao Metrics Fangsong 10.5: 基本实现100%
>   y=741.08 x=210.44..301.75 Jixiao Metrics Fangsong 10.5: 高价值知识产权组
>   y=756.83 x=210.44..262.94 Jixiao Metrics Fangsong 10.5: 合发展水平
>   y=748.96 x=338.95..520.00 Jixiao Metrics Fangsong 10.5: 持续推进基本实现100%
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —3—
> page 4, 300 rules
>   y=86.93 x=255.64..339.64 Jixiao Metrics Fangsong 10.5: 绩效目标实现情况
>   y=111.08 x=77.24..530.50 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标目标值实际完成值完成进度
>   y=143.11 x=71.99..124.49 Jixiao Metrics Fangsong 10.5: 满意度指标
>   y=135.23 x=143.98..196.48 Jixiao Metrics Fangsong 10.5: 服务对象满
>   y=150.98 x=143.98..185.98 Jixiao Metrics Fangsong 10.5: 意度指标
>   y=135.23 x=210.44..283.94 Jixiao Metrics Fangsong 10.5: 各级政府部门满
>   y=150.98 x=210.44..231.44 Jixiao Metrics Fangsong 10.5: 意度
>   y=143.11 x=349.45..520.00 Jixiao Metrics Fangsong 10.5: 0.950.95100%
>   y=238.13 x=66.74..129.74 Jixiao Metrics Fangsong 10.5: 项目绩效情况
>   y=175.13 x=143.98..539.63 Jixiao Metrics Fangsong 10.5: 1、目标完成情况：目标任务量完成情况：对照项目计划，各项工作目标全部完成。
>   y=190.88 x=143.98..539.63 Jixiao Metrics Fangsong 10.5: 目标质量完成情况：对照预定绩效目标，各项工作完成质量合格。目标进度完成情况：
>   y=206.63 x=143.98..364.48 Jixiao Metrics Fangsong 10.5: 对照预定计划，各项工作任务均在年度内完成。
>   y=222.38 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 2、项目效果情况：全年涉企服务200多家，扶持培育品牌创新成果43项、质量攻关
>   y=238.13 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 项目66项，服务企业质量管理水平明显提升，“真金白银”250万元激励企业质量品
>   y=253.88 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 牌发展，进一步深入贯彻落实《晋中市支持民营经济二十五条》，营造全市质量和品
>   y=269.63 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 牌发展良好氛围，激发了企业家精神、工匠精神、首创精神，推进了质量人才队伍建
>   y=285.38 x=143.98..539.63 Jixiao Metrics Fangsong 10.5: 设，提升广大企业质量管理水平，为今后做好全市质量和品牌发展工作积累了经验、
>   y=301.13 x=143.98..269.98 Jixiao Metrics Fangsong 10.5: 储备了资源、奠定了基础。
>   y=341.03 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 其他需说明的
>   y=356.78 x=60.89..81.89 Jixiao Metrics Fangsong 10.5: 问题
>   y=325.28 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 1、主要经验及做法、存在的问题和建议包括项目实施、资金安排、使用过程中的经
>   y=341.03 x=143.98..364.48 Jixiao Metrics Fangsong 10.5: 验、做法、存在问题、改进措施和有关建议等。
>   y=356.78 x=143.98..534.38 Jixiao Metrics Fangsong 10.5: 2、后续工作计划重点说明应用绩效评价结果，改进管理、合理预算安排、实施奖惩
>   y=372.53 x=143.98..332.98 Jixiao Metrics Fangsong 10.5: 和问责以及对绩效评价结果公开等情况。
>   y=577.81 x=82.49..113.99 Jixiao Metrics Fangsong 10.5: 评分表
>   y=396.68 x=152.01..530.50 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标指标分值评价得分
>   y=493.28 x=162.51..183.51 Jixiao Metrics Fangsong 10.5: 投入
>   y=420.83 x=299.60..522.63 Jixiao Metrics Fangsong 10.5: 小计2019.95
>   y=469.13 x=235.10..277.10 Jixiao Metrics Fangsong 10.5: 项目目标
>   y=444.98 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 项目立项规范性33.00
>   y=469.13 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 绩效目标合理性44.00
>   y=493.28 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 绩效指标明确性44.00
>   y=541.58 x=235.10..277.10 Jixiao Metrics Fangsong 10.5: 资金落实
>   y=517.43 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 资金到位率33.00
>   y=541.58 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 到位及时率33.00
>   y=565.73 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 预算执行率32.95
>   y=662.33 x=162.51..183.51 Jixiao Metrics Fangsong 10.5: 过程
>   y=589.88 x=299.60..522.63 Jixiao Metrics Fangsong 10.5: 小计2018.00
>   y=638.18 x=235.10..277.10 Jixiao Metrics Fangsong 10.5: 业务管理
>   y=614.03 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 管理制度健全性32.00
>   y=638.18 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 制度执行有效性33.00
>   y=662.33 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 项目质量可控性43.00
>   y=710.63 x=235.10..277.10 Jixiao Metrics Fangsong 10.5: 财务管理
>   y=686.48 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 管理制度健全性33.00
>   y=710.63 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 资金使用合规性33.00
>   y=734.78 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 财务监控有效性44.00
>   y=758.93 x=162.51..522.63 Jixiao Metrics Fangsong 10.5: 产出小计3030.00
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —4—
> page 5, 232 rules
>   y=86.93 x=152.01..530.50 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标指标分值评价得分
>   y=239.71 x=69.36..132.36 Jixiao Metrics Fangsong 10.5: 评分表（续）
>   y=147.31 x=149.39..277.10 Jixiao Metrics Fangsong 10.5: 产出（续）项目产出
>   y=111.08 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 实际完成率88.00
>   y=135.23 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 完成及时率77.00
>   y=159.38 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 质量达标率88.00
>   y=183.53 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 成本节约率77.00
>   y=275.93 x=162.51..183.51 Jixiao Metrics Fangsong 10.5: 效果
>   y=207.68 x=299.60..522.63 Jixiao Metrics Fangsong 10.5: 小计3029.00
>   y=288.01 x=235.10..277.10 Jixiao Metrics Fangsong 10.5: 项目效果
>   y=231.83 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 经济效益55.00
>   y=255.98 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 社会效益55.00
>   y=280.13 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 生态效益54.00
>   y=304.28 x=310.15..520.00 Jixiao Metrics Fangsong 10.5: 可持续影响55.00
>   y=328.43 x=310.15..409.76 Jixiao Metrics Fangsong 10.5: 社会公众或服务对象
>   y=344.18 x=310.15..341.65 Jixiao Metrics Fangsong 10.5: 满意度
>   y=336.31 x=441.94..522.63 Jixiao Metrics Fangsong 10.5: 1010.00
>   y=368.33 x=255.87..522.63 Jixiao Metrics Fangsong 10.5: 综合得分10096.95
>   y=392.48 x=245.37..481.52 Jixiao Metrics Fangsong 10.5: 评价结果等次优
>   y=440.78 x=77.24..119.24 Jixiao Metrics Fangsong 10.5: 评价人员
>   y=416.63 x=162.51..530.50 Jixiao Metrics Fangsong 10.5: 姓名职称/职务科室联系电话
>   y=440.78 x=162.51..527.88 Jixiao Metrics Fangsong 10.5: 王磊科长质量发展科3969749
>   y=464.93 x=157.26..527.88 Jixiao Metrics Fangsong 10.5: 朱海源科员质量发展科3969749
>   y=503.51 x=56.69..468.82 Jixiao Metrics Song 10.5: 负责人：王磊　　经办人：王磊　　联系电话：3969749　　填报日期：2021年7月28日
>   y=521.51 x=270.83..538.58 Jixiao Metrics Song 10.5: 单位负责人（签章）：　　　　　　　　　年　　月　　日
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —5—

$ render --dump --fonts tests/fonts/metrics examples/003-zaozhuang-selfeval-inspection.json
? 0
> page 1, 180 rules
>   y=95.21 x=304.53..543.03 Jixiao Metrics Hei 18.0: 2022年度预算项目绩效自评表
>   y=128.36 x=690.18..742.68 Jixiao Metrics Song 10.5: 单位：万元
>   y=149.44 x=112.69..520.84 Jixiao Metrics Fangsong 10.5: 项目名称市场监督管理检验检测、监测
>   y=173.59 x=109.08..151.08 Jixiao Metrics Fangsong 10.5: 主管部门
>   y=189.34 x=109.08..140.58 Jixiao Metrics Fangsong 10.5: 及代码
>   y=181.46 x=221.02..645.14 Jixiao Metrics Fangsong 10.5: 枣庄市市场监督管理局实施单位枣庄市市场监督管理局
>   y=269.66 x=109.08..151.08 Jixiao Metrics Fangsong 10.5: 项目预算
>   y=285.41 x=109.08..151.08 Jixiao Metrics Fangsong 10.5: 执行情况
>   y=221.36 x=388.75..420.25 Jixiao Metrics Fangsong 10.5: 年初预
>   y=237.11 x=388.75..409.75 Jixiao Metrics Fangsong 10.5: 算数
>   y=221.36 x=446.81..488.81 Jixiao Metrics Fangsong 10.5: 全年预算
>   y=237.11 x=446.81..483.56 Jixiao Metrics Fangsong 10.5: 数（A）
>   y=213.49 x=505.09..536.59 Jixiao Metrics Fangsong 10.5: 全年执
>   y=229.24 x=505.09..526.09 Jixiao Metrics Fangsong 10.5: 行数
>   y=244.99 x=499.84..526.09 Jixiao Metrics Fangsong 10.5: （B）
>   y=229.24 x=555.24..576.24 Jixiao Metrics Fangsong 10.5: 分值
>   y=221.36 x=594.90..626.40 Jixiao Metrics Fangsong 10.5: 执行率
>   y=237.11 x=589.65..626.40 Jixiao Metrics Fangsong 10.5: （B/A）
>   y=229.24 x=678.76..699.76 Jixiao Metrics Fangsong 10.5: 得分
>   y=269.14 x=242.02..699.76 Jixiao Metrics Fangsong 10.5: 年度资金总额481481473.921098.53%9.85
>   y=293.29 x=226.27..691.89 Jixiao Metrics Fangsong 10.5: 其中：当年财政拨款481481473.92-98.53%-
>   y=317.44 x=242.02..691.89 Jixiao Metrics Fangsong 10.5: 上年结转资金000---
>   y=341.59 x=252.52..691.89 Jixiao Metrics Fangsong 10.5: 其他资金000---
>   y=428.74 x=109.08..151.08 Jixiao Metrics Fangsong 10.5: 年度总体
>   y=444.49 x=109.08..130.08 Jixiao Metrics Fangsong 10.5: 目标
>   y=365.74 x=166.69..240.19 Jixiao Metrics Fangsong 10.5: 年初预期目标：
>   y=381.49 x=166.69..313.69 Jixiao Metrics Fangsong 10.5: 市场监督管理检验、检测、监测
>   y=365.74 x=446.81..541.31 Jixiao Metrics Fangsong 10.5: 目标实际完成情况：
>   y=381.49 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 1.通过开展广告监测工作，对传统媒体广告发布实时监测、定
>   y=397.24 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 向监测、专项监测，规范了媒体单位广告发布行为，提高了媒
>   y=412.99 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 体单位广告审查责任意识和法律观念，实现维护了全市广告市
>   y=428.74 x=446.81..520.31 Jixiao Metrics Fangsong 10.5: 场秩序的影响。
>   y=444.49 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 2.通过开展对食品生产经营企业评价性监测抽检、食品生产环
>   y=460.24 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 节、食品流通环节、餐饮环节、保健食品环节监督抽检、对承
>   y=475.99 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 检机构留样复核工作，严格落实食品安全管理责任，促进监管
>   y=491.74 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 部门依法履职、企业依法诚信经营、社会各界积极参与、食品
>   y=507.49 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 产业健康发展，形成强大的社会共治合力，努力打造高效科学
>   y=550.66 x=408.03..439.53 Jixiao Metrics Song 10.5: —1—
> page 2, 220 rules
>   y=134.81 x=109.08..151.08 Jixiao Metrics Fangsong 10.5: 年度总体
>   y=150.56 x=109.08..161.58 Jixiao Metrics Fangsong 10.5: 目标（续）
>   y=95.44 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 的食品安全监管体系，实现推动食品安全整体形势持续稳定向
>   y=111.19 x=446.81..667.31 Jixiao Metrics Fangsong 10.5: 好，人民群众食品安全满意度明显提高的影响。
>   y=126.94 x=446.81..743.73 Jixiao Metrics Fangsong 10.5: 3.通过开展全市水泥、建筑钢材、电线电缆、童车童床、化肥、
>   y=142.69 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 纺织品、涂料、非医用口罩、烟花爆竹、危险化学品及其包装
>   y=158.44 x=446.81..743.73 Jixiao Metrics Fangsong 10.5: 物、电池、成品油、农膜、食品相关等产品的监督抽查工作，
>   y=174.19 x=446.81..738.48 Jixiao Metrics Fangsong 10.5: 加强产品质量监督，排查质量安全风险，实现有效预防我市各
>   y=189.94 x=446.81..583.31 Jixiao Metrics Fangsong 10.5: 类质量安全事件发生的影响。
>   y=318.04 x=112.69..154.69 Jixiao Metrics Fangsong 10.5: 绩效指标
>   y=221.96 x=168.26..352.13 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标
>   y=214.09 x=388.75..430.75 Jixiao Metrics Fangsong 10.5: 年度指标
>   y=229.84 x=388.75..425.50 Jixiao Metrics Fangsong 10.5: 值（A）
>   y=214.09 x=446.81..488.81 Jixiao Metrics Fangsong 10.5: 实际完成
>   y=229.84 x=446.81..501.94 Jixiao Metrics Fangsong 10.5: 指标值（B）
>   y=221.96 x=510.34..724.44 Jixiao Metrics Fangsong 10.5: 分值得分偏差原因分析及改进措施
>   y=318.04 x=168.26..210.26 Jixiao Metrics Fangsong 10.5: 产出指标
>   y=266.06 x=225.87..267.87 Jixiao Metrics Fangsong 10.5: 数量指标
>   y=253.99 x=281.92..568.37 Jixiao Metrics Fangsong 10.5: 监测媒体数量12家12家88
>   y=278.14 x=281.92..568.37 Jixiao Metrics Fangsong 10.5: 食品抽检批次4000批次4000批次77
>   y=310.16 x=225.87..267.87 Jixiao Metrics Fangsong 10.5: 时效指标
>   y=302.29 x=281.92..380.35 Jixiao Metrics Fangsong 10.5: 抽检、检测、监测工
>   y=318.04 x=281.92..334.42 Jixiao Metrics Fangsong 10.5: 作按时完成
>   y=310.16 x=403.08..570.99 Jixiao Metrics Fangsong 10.5: 及时及时10.0010
>   y=342.19 x=225.87..570.99 Jixiao Metrics Fangsong 10.5: 质量指标抽检、检测合格率100%100%1515
>   y=374.21 x=225.87..267.87 Jixiao Metrics Fangsong 10.5: 成本指标
>   y=366.34 x=281.92..380.35 Jixiao Metrics Fangsong 10.5: 抽检、检测、监测工
>   y=382.09 x=281.92..313.42 Jixiao Metrics Fangsong 10.5: 作经费
>   y=374.21 x=393.89..433.26 Jixiao Metrics Fangsong 10.5: 481万元
>   y=366.34 x=446.81..478.31 Jixiao Metrics Fangsong 10.5: 473.92
>   y=382.09 x=446.81..467.81 Jixiao Metrics Fangsong 10.5: 万元
>   y=374.21 x=507.72..570.99 Jixiao Metrics Fangsong 10.5: 10.0010
>   y=366.34 x=594.90..738.48 Jixiao Metrics Fangsong 10.5: 通过政府采购的形式，节约了
>   y=382.09 x=594.90..647.40 Jixiao Metrics Fangsong 10.5: 部分资金。
>   y=414.11 x=168.26..267.87 Jixiao Metrics Fangsong 10.5: 效益指标社会效益
>   y=406.24 x=281.92..380.35 Jixiao Metrics Fangsong 10.5: 规范市场秩序，规范
>   y=421.99 x=281.92..344.92 Jixiao Metrics Fangsong 10.5: 市场主体行为
>   y=414.11 x=403.08..570.99 Jixiao Metrics Fangsong 10.5: 规范规范1515
>   y=550.66 x=408.03..439.53 Jixiao Metrics Song 10.5: —2—
> page 3, 116 rules
>   y=103.31 x=168.26..352.13 Jixiao Metrics Fangsong 10.5: 一级指标二级指标三级指标
>   y=95.44 x=388.75..430.75 Jixiao Metrics Fangsong 10.5: 年度指标
>   y=111.19 x=388.75..425.50 Jixiao Metrics Fangsong 10.5: 值（A）
>   y=95.44 x=446.81..488.81 Jixiao Metrics Fangsong 10.5: 实际完成
>   y=111.19 x=446.81..501.94 Jixiao Metrics Fangsong 10.5: 指标值（B）
>   y=103.31 x=510.34..724.44 Jixiao Metrics Fangsong 10.5: 分值得分偏差原因分析及改进措施
>   y=143.21 x=109.08..140.58 Jixiao Metrics Fangsong 10.5: 绩效指
>   y=158.96 x=109.08..151.08 Jixiao Metrics Fangsong 10.5: 标（续）
>   y=135.34 x=166.69..198.19 Jixiao Metrics Fangsong 10.5: 效益指
>   y=151.09 x=166.69..208.69 Jixiao Metrics Fangsong 10.5: 标（续）
>   y=143.21 x=220.62..273.12 Jixiao Metrics Fangsong 10.5: 可持续影响
>   y=135.34 x=281.92..380.35 Jixiao Metrics Fangsong 10.5: 提升社会公众食品安
>   y=151.09 x=281.92..313.42 Jixiao Metrics Fangsong 10.5: 全意识
>   y=143.21 x=403.08..570.99 Jixiao Metrics Fangsong 10.5: 提升提升1515
>   y=183.11 x=166.69..198.19 Jixiao Metrics Fangsong 10.5: 满意度
>   y=198.86 x=166.69..187.69 Jixiao Metrics Fangsong 10.5: 指标
>   y=175.24 x=220.23..273.52 Jixiao Metrics Fangsong 10.5: 社会公众或
>   y=190.99 x=220.23..273.52 Jixiao Metrics Fangsong 10.5: 服务对象满
>   y=206.74 x=220.23..241.23 Jixiao Metrics Fangsong 10.5: 意度
>   y=190.99 x=281.92..570.99 Jixiao Metrics Fangsong 10.5: 服务对象满意度90%90%10.0010
>   y=230.89 x=292.39..698.19 Jixiao Metrics Fangsong 10.5: 总分100.0099.85自评等级：优
>   y=550.66 x=408.03..439.53 Jixiao Metrics Song 10.5: —3—

$ render --dump --fonts tests/fonts/metrics examples/001-jinzhong-gongxin-department.json
? 0
> page 1, 96 rules
>   y=86.71 x=171.64..423.64 Jixiao Metrics Hei 18.0: 晋中市部门整体支出绩效自评表
>   y=120.43 x=260.14..335.14 Jixiao Metrics Song 12.0: （2020年度）
>   y=138.43 x=56.69..278.69 Jixiao Metrics Song 12.0: 填报单位（公章）：晋中市工业和信息化局
>   y=158.93 x=74.62..464.60 Jixiao Metrics Fangsong 10.5: 单位负责人崔雪波单位联系电话2639118
>   y=183.08 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 上年结转金额
>   y=198.83 x=55.64..97.64 Jixiao Metrics Fangsong 10.5: （万元）
>   y=190.96 x=184.12..467.22 Jixiao Metrics Fangsong 10.5: 26.66年初预算金额（万元）22728.40
>   y=222.98 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 预算调整金额
>   y=238.73 x=55.64..97.64 Jixiao Metrics Fangsong 10.5: （万元）
>   y=230.86 x=173.62..456.72 Jixiao Metrics Fangsong 10.5: -10504.26其他调整资金（万元）5.35
>   y=262.88 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 预算执行金额
>   y=278.63 x=55.64..97.64 Jixiao Metrics Fangsong 10.5: （万元）
>   y=270.76 x=176.24..464.60 Jixiao Metrics Fangsong 10.5: 11123.37年末结余金额（万元）1132.78
>   y=420.91 x=69.37..132.37 Jixiao Metrics Fangsong 10.5: 单位职能概况
>   y=302.78 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 晋中市工业和信息化局加挂晋中市人民政府国有资产监督管理委员会、晋中市中小
>   y=318.53 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 企业发展促进局牌子。下设晋中市墙材革新建筑节能中心、晋中市工业经济信息中
>   y=334.28 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 心、后勤服务中心3个全额事业单位;下设晋中市企业服务中心1个自收自支事业单
>   y=350.03 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 位。主要职责包括工业经济、信息化以及国企国资监管三个方面,具体职责如下(一)
>   y=365.78 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 工业经济方面。提出全市工业高质量发展战略和政策,推进产业结构战略性调整和优
>   y=381.53 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 化升级;制定全市工业和信息化行业规划和产业政策;监测分析工业经济运行态势,进
>   y=397.28 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 行预测预警,协调解决工业经济运行中的重大问题,提出相关政策建议;指导工业和信
>   y=413.03 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 息化产业的技术创新和技术进步;培育发展战略性新兴产业;负责全市工业和信息化
>   y=428.78 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 领域节能工作;负责建立服务企业常态化机制,统筹推进服务企业工作;负责工业和信
>   y=444.53 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 息化领域经济技术对外交流及合作工作。(二)信息化方面。统筹推进全市信息化工
>   y=460.28 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 作;推进全市工业领域信息化发展和信息安全,负责全市大数据发展应用工作。(三)
>   y=476.03 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 国企国资监管方面。承担监督所监管企业国有资产保值增值的责任;指导和推进国有
>   y=491.78 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 企业改革改组;通过法定程序对所监管国有企业负责人进行任免,并负责对其经营业
>   y=507.53 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 绩进行考核、奖惩;参与制定国有资本经营预算有关管理制度;按照有关规定负责国
>   y=523.28 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 有资本经营预决算编制和执行工作;监缴、监管国有资本金出让和分红收益;指导企
>   y=539.03 x=149.24..212.24 Jixiao Metrics Fangsong 10.5: 业融资工作。
>   y=578.93 x=69.37..132.37 Jixiao Metrics Fangsong 10.5: 单位人员情况
>   y=563.18 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 2020年年末实有人数322人,在职人员137人,离休人员7人,退休人员178人。较
>   y=578.93 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 2019年总人数减少4人,主要原因为2020新近在职人员6人、退休人员1人,转隶
>   y=594.68 x=149.24..246.36 Jixiao Metrics Fangsong 10.5: 4人,自然减员7人。
>   y=618.83 x=69.37..524.61 Jixiao Metrics Fangsong 10.5: 预算执行情况2020年财政拨款总收入为122241483.61元,财政拨款总支出为110941483.61元。
>   y=690.23 x=60.89..140.84 Jixiao Metrics Fangsong 10.5: 部门整体支出绩
>   y=705.98 x=60.89..92.39 Jixiao Metrics Fangsong 10.5: 效情况
>   y=642.98 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 2020年我委需绩效评价考核项目共6项,项目总金额20591.6万元。截止12月31日
>   y=658.73 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 实现绩效目标有3项。分别是:1、企业技术创新奖励补助资金。为推动企业技术创
>   y=674.48 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 新能力健康发展,提升创新意识2020年度对评价合格3户省级、14户市级企业技术
>   y=690.23 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 中心给予奖励,实际投入资金284.2万元;2、优势企业转型信息化平台。为加快我
>   y=705.98 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 市大数据和云平台建设,提高信息技术和数据资源高效利用,促进全市企业、项目顺
>   y=721.73 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 利建设,推动全市县经济稳健发展、提质增效。2020年实际投入15万元。3、新动
>   y=737.48 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 能专项资金。该资金主要用于年度获得山西省级技改专项资金项目的配套和本市范
>   y=753.23 x=149.24..534.38 Jixiao Metrics Fangsong 10.5: 围内先进性强、带动性好的工业技改和转型项目的补助和贴息扶持。2020年经我局
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —1—
> page 2, 540 rules
>   y=86.93 x=60.89..140.84 Jixiao Metrics Fangsong 10.5: 部门整体支出绩
>   y=102.68 x=60.89..123.89 Jixiao Metrics Fangsong 10.5: 效情况（续）
>   y=86.93 x=149.24..539.63 Jixiao Metrics Fangsong 10.5: 实际投入5000万元。2020年由于疫情防控,未实现的项目有:“企业上云”补贴、
>   y=102.68 x=149.24..369.74 Jixiao Metrics Fangsong 10.5: 新晋商企业家素质提升工程、两化融合培训费。
>   y=126.83 x=90.37..159.74 Jixiao Metrics Fangsong 10.5: 其他无
>   y=163.06 x=79.87..218.24 Jixiao Metrics Fangsong 10.5: 二级指标三级指标
>   y=150.98 x=280.65..322.65 Jixiao Metrics Fangsong 10.5: 指标分值
>   y=163.06 x=386.61..531.47 Jixiao Metrics Fangsong 10.5: 计算分析情况评价得分
>   y=175.13 x=254.55..348.76 Jixiao Metrics Fangsong 10.5: 参考分值设定分值
>   y=199.28 x=90.37..523.60 Jixiao Metrics Fangsong 10.5: 投入1616——16.00
>   y=235.51 x=69.37..132.37 Jixiao Metrics Fangsong 10.5: 工作目标设定
>   y=223.43 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 工作规划合理33.00符合部门“三定”3.00
>   y=247.58 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 工作目标明确33.00达成目标与工作任3.00
>   y=295.88 x=79.87..121.87 Jixiao Metrics Fangsong 10.5: 预算配置
>   y=271.73 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 在职人员控制33.009年总人数减少4人,3.00
>   y=295.88 x=143.99..520.97 Jixiao Metrics Fangsong 10.5: “三公经费”33.005.09元,比上年同3.00
>   y=320.03 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 重点支出安排44.00/项目总支出)100%4.00
>   y=344.18 x=90.37..523.60 Jixiao Metrics Fangsong 10.5: 过程4242——42.00
>   y=440.78 x=79.87..121.87 Jixiao Metrics Fangsong 10.5: 预算执行
>   y=368.33 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 预算完成率33.00上年结转+年初预算3.00
>   y=392.48 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 预算调整率33.00(数)×100%46.23.00
>   y=416.63 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 支付进度44.00÷11123.37)×1004.00
>   y=440.78 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 结转结余率33.00预算数×100%10.3.00
>   y=464.93 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 公用经费控制22.00预算安排公用经费总2.00
>   y=489.08 x=143.99..520.97 Jixiao Metrics Fangsong 10.5: “三公经费”22.00/“三公经费”预算2.00
>   y=513.23 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 政府采购执行33.00额/政府采购预算%数3.00
>   y=573.61 x=79.87..121.87 Jixiao Metrics Fangsong 10.5: 预算管理
>   y=537.38 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 财务管理制度33.00制度等管理制度;3.00
>   y=561.53 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 资金使用合规33.00付有完整的审批程3.00
>   y=585.68 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 预决算信息公33.00算信息;按规定时3.00
>   y=609.83 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 基础信息完善33.00据信息和会计信息资3.00
>   y=658.13 x=79.87..121.87 Jixiao Metrics Fangsong 10.5: 资产管理
>   y=633.98 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 资产管理制度33.00相关资金管理制度3.00
>   y=658.13 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 资产管理安全33.00现,帐实相符;资3.00
>   y=682.28 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 固定资产利用44.0095%4.00
>   y=706.43 x=90.37..523.60 Jixiao Metrics Fangsong 10.5: 产出2222——22.00
>   y=730.58 x=79.87..520.97 Jixiao Metrics Fangsong 10.5: 职责履行完成实绩情况88.00职责,完成所有工8.00
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —2—
> page 3, 280 rules
>   y=99.01 x=79.87..218.24 Jixiao Metrics Fangsong 10.5: 二级指标三级指标
>   y=86.93 x=280.65..322.65 Jixiao Metrics Fangsong 10.5: 指标分值
>   y=99.01 x=386.61..531.47 Jixiao Metrics Fangsong 10.5: 计算分析情况评价得分
>   y=111.08 x=254.55..348.76 Jixiao Metrics Fangsong 10.5: 参考分值设定分值
>   y=147.31 x=66.74..140.24 Jixiao Metrics Fangsong 10.5: 职责履行（续）
>   y=135.23 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 质量达标情况88.00达到各项目标责任8.00
>   y=159.38 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 重点工作完成66.00完成6.00
>   y=183.53 x=90.37..523.60 Jixiao Metrics Fangsong 10.5: 效果2020——20.00
>   y=251.78 x=79.87..121.87 Jixiao Metrics Fangsong 10.5: 履职效益
>   y=207.68 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 经济效益55.00,工业经济实现扭5.00
>   y=231.83 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 社会效益55.00(五)推进两化融5.00
>   y=255.98 x=149.24..520.97 Jixiao Metrics Fangsong 10.5: 生态效益55.00市民普及生态文明、5.00
>   y=280.13 x=149.24..245.25 Jixiao Metrics Fangsong 10.5: 社会公众或服务对象
>   y=295.88 x=149.24..180.74 Jixiao Metrics Fangsong 10.5: 满意度
>   y=288.01 x=272.93..520.97 Jixiao Metrics Fangsong 10.5: 55.00年各项目标任务均5.00
>   y=320.03 x=79.87..526.22 Jixiao Metrics Fangsong 10.5: 综合得分100100.00
>   y=344.18 x=121.57..399.27 Jixiao Metrics Fangsong 10.5: 评价结果等次优
>   y=404.56 x=79.87..121.87 Jixiao Metrics Fangsong 10.5: 评价人员
>   y=368.33 x=186.74..531.47 Jixiao Metrics Fangsong 10.5: 姓名职称/职务科室联系电话
>   y=392.48 x=181.49..528.85 Jixiao Metrics Fangsong 10.5: 姚国瑞科员办公室2639118
>   y=416.63 x=181.49..528.85 Jixiao Metrics Fangsong 10.5: 王素琴科员办公室2639118
>   y=440.78 x=181.49..528.85 Jixiao Metrics Fangsong 10.5: 赵晓红科员办公室2639118
>   y=479.36 x=270.83..538.58 Jixiao Metrics Song 10.5: 单位负责人（签章）：　　　　　　　　　年　　月　　日
>   y=800.11 x=281.89..313.39 Jixiao Metrics Song 10.5: —3—

$ render --dump --fonts tests/fonts/metrics -l summary examples/003-zaozhuang-selfeval-inspection.json examples/003-zaozhuang-selfeval-ip-aid.json examples/003-zaozhuang-report-food-drug.json
? 0
! examples/003-zaozhuang-report-food-drug.json: warning: self_evaluation.scoring.scale is "优秀 90、良好 80、中 60、差 0", not "优 90、良 80、中 60、差 0" as in examples/003-zaozhuang-selfeval-inspection.json: the summary puts them in one table under the first's
! examples/003-zaozhuang-report-food-drug.json:19:12: warning: /scoring/score: published total 90 differs from computed 88.00
! examples/003-zaozhuang-report-food-drug.json:20:12: warning: /scoring/grade: published grade 优秀 differs from computed 良好 (total 88.00)
! examples/003-zaozhuang-report-food-drug.json:88:18: warning: /scoring/indicators/0/children/1/children/1/score: score 1.00 is not a value its rule allows: 3 equal elements of 2.00 give 0.00, 0.67, 1.33, 2.00
! examples/003-zaozhuang-report-food-drug.json:180:18: warning: /scoring/indicators/1/children/1/children/1/score: score 6.00 is not a value its rule allows: 4 equal elements of 9.00 give 0.00, 2.25, 4.50, 6.75, 9.00
! examples/003-zaozhuang-report-food-drug.json:253:14: warning: /scoring/indicators/3/score: published score 26 differs from computed 24.00 — sum of 效益's children
! examples/003-zaozhuang-report-food-drug.json:254:19: warning: /scoring/indicators/3/score_rate: published 得分率 86% differs from computed 80.00% — 24.00 ÷ 30.00
> page 1, 96 rules
>   y=120.72 x=145.22..455.72 Jixiao Metrics Hei 18.0: 2022年度项目支出绩效自评情况汇总表
>   y=154.44 x=79.37..235.37 Jixiao Metrics Song 12.0: 部门：枣庄市市场监督管理局
>   y=174.95 x=84.19..510.18 Jixiao Metrics Hei 10.5: 序号项目名称资金使用单位评价类型得分等级
>   y=199.10 x=92.07..504.93 Jixiao Metrics Fangsong 10.5: 1市场监督管理检验检测、监测枣庄市市场监督管理局单位自评99.85优
>   y=223.25 x=92.07..504.93 Jixiao Metrics Fangsong 10.5: 2知识产权维权援助枣庄市市场监督管理局单位自评100.00优
>   y=255.27 x=92.07..219.22 Jixiao Metrics Fangsong 10.5: 3食品药品安全抽验经费
>   y=247.40 x=271.84..377.27 Jixiao Metrics Fangsong 10.5: 枣庄市食品药品检验检
>   y=263.15 x=271.84..303.34 Jixiao Metrics Fangsong 10.5: 测中心
>   y=255.27 x=386.74..510.18 Jixiao Metrics Fangsong 10.5: 部门评价90优秀
>   y=298.89 x=79.37..383.87 Jixiao Metrics Song 10.5: 注：1.“资金使用单位”为具体使用资金的机关本级或下级单位；
>   y=316.89 x=79.37..521.57 Jixiao Metrics Song 10.5: 2.等级：得分在90（含）-100为“优”，80（含）-90为“良”，60（含）-80为“中”，60分以
>   y=334.89 x=79.37..137.12 Jixiao Metrics Song 10.5: 下为“差”；
>   y=352.89 x=79.37..428.50 Jixiao Metrics Song 10.5: 3.本表共3个项目，与“项目绩效自评结果”中表述的自评项目数量一致。
>   y=376.56 x=79.37..467.87 Jixiao Metrics Song 10.5: 复核：下列项目填报的得分或等级与按评分规则计算的结果不一致，表中为填报数。
>   y=394.56 x=79.37..407.50 Jixiao Metrics Song 10.5: 1.食品药品安全抽验经费：填报90分（优秀），计算88.00分（良好）
>   y=771.76 x=284.72..316.22 Jixiao Metrics Song 10.5: —1—

$ render -l tests/layouts/bad-block-type.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-block-type.json:3:15: error: /blocks/0/type: "tabel" is not one of: title, heading, paragraph, pagebreak, table, toc, chart, image, group, tables, chapter

$ render -l tests/layouts/bad-brace.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-brace.json:3:36: error: /blocks/0/text: a "{" that starts no placeholder: write {{ for a brace, or {field}

$ render -l tests/layouts/bad-chart-value.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-chart-value.json:3:84: error: /blocks/0/bars/value: "children" is a list; value needs text

$ render -l tests/layouts/bad-defaults.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-defaults.json:2:31: error: /defaults/indicators: a default is for a text value of the input, "indicators" is not one
! tests/layouts/bad-defaults.json:2:52: error: /defaults/subject.nmae: {subject.nmae}: no field "nmae"; it has: is_department, name, title, code, department, department_code, implementer, implementer_code, region, province, city, attribute, category, period_start, period_end, overview, background, purpose, content, organization, basis, funds_usage, implementation, performance, other_matters, functions, staffing, budget_execution, leader, phone

$ render -l tests/layouts/bad-each.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-each.json:3:36: error: /blocks/0/each: "subject.name" is text; each needs a list

$ render -l tests/layouts/bad-field.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-field.json:3:36: error: /blocks/0/text: {subject.nmae}: no field "nmae"; it has: is_department, name, title, code, department, department_code, implementer, implementer_code, region, province, city, attribute, category, period_start, period_end, overview, background, purpose, content, organization, basis, funds_usage, implementation, performance, other_matters, functions, staffing, budget_execution, leader, phone

$ render -l tests/layouts/bad-format.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-format.json:1:13: error: /format: unsupported format "jixiao/1": a layout is "jixiao-layout/1"

$ render -l tests/layouts/bad-index.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-index.json:3:36: error: /blocks/0/text: {index} is only meaningful inside a list

$ render -l tests/layouts/bad-list-value.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-list-value.json:3:36: error: /blocks/0/text: {indicators} is a list: iterate it with {#indicators}…{/…}

$ render -l tests/layouts/bad-mismatch.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-mismatch.json:3:36: error: /blocks/0/text: {/children} cannot close {#indicators}

$ render -l tests/layouts/bad-nesting.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-nesting.json:1:323: error: /blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0: groups nest deeper than 8

$ render -l tests/layouts/bad-syntax.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-syntax.json:2:53: error: trailing comma before ']'

$ render -l tests/layouts/bad-table-row.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-table-row.json:3:41: warning: /blocks/0/colour: unknown key
! tests/layouts/bad-table-row.json:4:5: error: /blocks/1: row 1 of the table leaves column 2 empty

$ render -l tests/layouts/bad-unclosed.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-unclosed.json:3:36: error: /blocks/0/text: {#indicators} is never closed: add {/indicators}

$ render --strict -l tests/layouts/needs-background.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! examples/003-zaozhuang-selfeval-ip-aid.json: error: /subject/background: absent, so layout t leaves out the text it makes with {subject.background} (tests/layouts/needs-background.json:3:36)

$ render -l no-such-layout examples/000-jinzhong-quality-brand.json
? 1
! layouts/no-such-layout.json: error: cannot open: No such file or directory
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)

$ render -l report examples/000-jinzhong-quality-brand.json examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! layouts/report.json: error: the layout "report" renders one input, not 2
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)

$ render --layouts tests/no-such-folder examples/000-jinzhong-quality-brand.json
? 1
! tests/no-such-folder: error: cannot open the layouts folder: No such file or directory; name one with --layouts DIR (a checkout's layouts/), or run make install
! examples/000-jinzhong-quality-brand.json:91:11: warning: /scoring/indicators/0/children/1/children/2: 预算执行率 scored 2.95 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:94:11: warning: /scoring/indicators/1/children/0/children/0: 管理制度健全性 scored 2.00 of 3.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:96:11: warning: /scoring/indicators/1/children/0/children/2: 项目质量可控性 scored 3.00 of 4.00 with no 偏差原因 (note, deviation or analysis)
! examples/000-jinzhong-quality-brand.json:111:11: warning: /scoring/indicators/3/children/0/children/2: 生态效益 scored 4.00 of 5.00 with no 偏差原因 (note, deviation or analysis)

$ layouts tests/inputs/warn-identity.json
? 0
! tests/inputs/warn-identity.json:23:14: warning: /funds/balance: 上年结转 + 年初预算 + 预算调整 + 其他调整 − 预算执行 = 1132.78, not the balance 1132.87
> dept-selfeval

# Layouts that would grow without end: nested repetitions, rows, text
$ render -l tests/layouts/hostile-repeat.json -o build/never.pdf examples/003-zaozhuang-selfeval-inspection.json
? 1
! tests/layouts/hostile-repeat.json:1:516: error: /blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/blocks/0/each: {goals.indicators}: the layout repeats more than 1000000 times in all

$ render -l tests/layouts/hostile-rows.json -o build/never.pdf examples/003-zaozhuang-selfeval-inspection.json
? 1
! tests/layouts/hostile-rows.json:1:325: error: /blocks/0/rows/0/rows/0/rows/0/rows/0/rows/0/cells/0: the table comes to more than 10000 rows

$ render -l tests/layouts/hostile-text.json -o build/never.pdf examples/003-zaozhuang-selfeval-inspection.json
? 1
! tests/layouts/hostile-text.json:1:121: error: /blocks/0/text: the text made here is longer than 4 MiB

# A batch: every file its own document, in parallel; a bad file does not
# stop the others, and everything is reported in the order given
$ render --outdir build --jobs 2 examples/003-zaozhuang-selfeval-ip-aid.json tests/bad/syntax-bad-escape.json examples/001-jinzhong-gongxin-department.json
? 1
! examples/003-zaozhuang-selfeval-ip-aid.json: wrote build/003-zaozhuang-selfeval-ip-aid.pdf (layout selfeval-shandong)
! tests/bad/syntax-bad-escape.json:1:19: error: invalid escape sequence in string
! examples/001-jinzhong-gongxin-department.json: wrote build/001-jinzhong-gongxin-department.pdf (layout dept-selfeval)
! jixiao: rendered 2 of 3 files into build; the others have errors

$ render --outdir build -o x.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 2
! usage: jixiao COMMAND [OPTIONS] FILE...
! 
! commands:
!   check FILE...         validate inputs and their published scores, and
!                         what a reviewer looks for before publishing
!   check --manifest M.tsv [-o 审核.html|.xlsx|.pdf]
!                         every input of a manifest; -o: the findings of all
!                         of them, document by document, as one file
!   score [--json] FILE   print the scored indicator tree
!   typeset [-o OUT.pdf] [--dump] DOC.json
!                         typeset a document tree (jixiao-doc/1) to PDF
!   render [-l LAYOUT] [-o OUT.pdf | --outdir DIR] FILE...
!                         the finished document of an input through a layout
!                         (default: the first in the layouts folder that fits);
!                         a many-input layout (summary) takes several files
!   render --manifest M.tsv --outdir DIR [--shard K/N]
!                         every document of a manifest (id, input, layout,
!                         output per line), resumable: a rerun skips what is
!                         done and unchanged; --shard takes lines i%N == K
!   render --manifest M.tsv --outdir DIR --status
!                         exits 0 only when every document of the manifest (all
!                         shards) is done and unchanged: for a job that waits on it
!   render --manifest M.tsv -l summary -o OUT.pdf
!                         the manifest's inputs as one document
!   render --combine -o OUT.pdf FILE... | --manifest M.tsv
!                         the inputs' documents, each through its own layout,
!                         as one PDF: a 目录 of them, a bookmark each
!   layouts [FILE]        list the layouts with a line about each; with FILE,
!                         the names of those made for it, the default first
!   fields                list every value a layout can bind to
!   schema                print the JSON Schema of jixiao/1, for editors
!   fonts [FILE...]       show each role's font and its GB2312 coverage, and
!                         the characters of FILE that no font can draw
!   import BOOK.xlsx [-o OUT.json]
!                         a workbook (docs/workbook-format.md) as jixiao/1;
!                         check, score and render read .xlsx directly
!   export FILE -o BOOK.xlsx
!                         an input as a workbook (import gives it back)
!   template [LAYOUT] -o BOOK.xlsx
!                         a blank workbook to fill, for a layout's documents
! 
! options:
!   --json                score: machine-readable output
!   --strict              treat warnings as errors
!   -o, --output FILE     typeset: the PDF to write (default: DOC with .pdf)
!   --dump                typeset, render: print the laid-out lines, no PDF
!   --tree                render: print the document tree (jixiao-doc/1)
!   --outdir DIR          render: each FILE its own document, DIR/NAME.pdf,
!                         in parallel; a bad file does not stop the others
!   --jobs N              render --outdir: N at a time (default: the cores)
!   --quiet               render --outdir: no progress and no "wrote" lines
!   --format pdf|docx|xlsx|html
!                         render: a PDF, a Word document for drafts, the
!                         tables as a workbook (the 汇总表), or a web page;
!                         default: by -o's extension, else pdf
!   --fragment            render to html: the document's <article> alone, for
!                         a site's content system
!   -l, --layout NAME     render: a layout of the layouts folder, or a file
!   --layouts DIR         the layouts folder (default: ./layouts, else the
!                         installed ones)
!   --fonts DIR           fonts that override the defaults per role (default: fonts)
!   --no-cache            neither read nor write the cache of faces' tables and
!                         compiled layouts ($XDG_CACHE_HOME/jixiao)
!   -h, --help            show this help
!   -V, --version         show the version
! 
! FILE may be - for standard input.
! exit status: 0 no errors, 1 errors in an input (or a document of a batch),
!   2 usage error, 3 a batch could not run (its manifest, state log or folder),
!   128 + N stopped by signal N (a rerun resumes)

# A heading mark belongs on a row of cells; a tables block names a section
$ render -l tests/layouts/bad-header-group.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-header-group.json:7:29: error: /blocks/0/rows/0/header: "header" marks a row of cells, not a group of rows
! tests/layouts/bad-header-group.json:8:36: error: /blocks/1/section: "appendix" is not one of: subject (基本情况), goals (绩效目标), evaluation (评价工作), conclusion (评价结论), analysis (指标分析), experience (经验做法), problems (存在问题), suggestions (意见建议), application (结果应用), other (其他), annex (附件)

# a form's limits: a text value each, and a number of characters from 1
$ render -l tests/layouts/bad-limits.json -o build/never.pdf examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/layouts/bad-limits.json:2:35: error: /limits/goals.indicators: a limit is for a text value, "goals.indicators" is not one
! tests/layouts/bad-limits.json:2:63: error: /limits/findings.conclusion: 0 is out of range [1, 1000000]
! tests/layouts/bad-limits.json:2:82: error: /limits/subject.name: expected a number, found a string
