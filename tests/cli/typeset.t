# The layout engine on the proof document (text of the 003 特种设备安全专项
# report): line breaks, page breaks, positions and fonts, pinned.

$ typeset --dump --fonts tests/fonts/metrics examples/typesetting.json
? 0
> page 1 (no number)
>   y=127.24 x=124.47..476.47 Jixiao Metrics Title 22.0: 特种设备安全专项项目绩效评价报告
>   y=181.72 x=282.47..318.47 Jixiao Metrics Hei 18.0: 目录
>   y=222.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 一、项目基本情况........................1
>   y=250.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）项目立项.......................1
>   y=278.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）项目预算.......................1
>   y=306.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （三）项目计划实施内容..................1
>   y=334.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （四）项目组织管理.....................1
>   y=362.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 二、绩效评价工作开展情况...................2
>   y=390.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）评价目的.......................2
>   y=418.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）评价对象与范围...................2
>   y=446.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （三）评价依据.......................2
>   y=474.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （四）评价原则、评价方法.................3
>   y=502.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （五）绩效评价指标体系..................4
>   y=530.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （六）绩效评价工作过程..................5
>   y=558.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 三、评价结论及分析.......................7
>   y=586.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 四、项目主要经验及做法....................9
>   y=614.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 五、存在的问题及原因分析...................9
>   y=642.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （一）绩效目标编报质量有待进一步加强.........9
>   y=670.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）进一步提升实际操作性...............9
>   y=698.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 六、意见建议...........................9
> page 2 (no number)
>   y=124.96 x=103.37..455.37 Jixiao Metrics Fangsong 16.0: （一）提高预算绩效管理意识，完善预算绩效管理
>   y=152.96 x=159.37..521.57 Jixiao Metrics Fangsong 16.0: 机制.........................9
>   y=180.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （二）补充项目实施管理，完善相关制度........10
> page 3, 3 rules
>   y=124.96 x=111.37..239.37 Jixiao Metrics Hei 16.0: 一、项目基本情况
>   y=152.96 x=103.37..215.37 Jixiao Metrics Kai 16.0: （一）项目立项
>   y=180.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 该项目立项符合《中华人民共和国特种设备安全法》、《特
>   y=208.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 种设备安全监察条例》、《枣庄市电梯安全条例》等相关法律法
>   y=236.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 规、部门职责和公共财政支持范围，依据市财政局枣财预指
>   y=264.96 x=71.37..435.37 Jixiao Metrics Fangsong 16.0: （2022）1号申请设立，审批文件及材料符合要求。
>   y=292.96 x=103.37..215.37 Jixiao Metrics Kai 16.0: （二）项目预算
>   y=320.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 2022年市财政局批复的特种设备安全专项项目资金共计
>   y=348.96 x=79.37..371.37 Jixiao Metrics Fangsong 16.0: 40万元。项目资金全部为市级财政资金。
>   y=376.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （三）项目计划实施内容
>   y=404.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 按照厉行节约、控制成本的要求、年初预算时测算IP网络
>   y=432.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 维护费、客服及平台主管工资社保金、设备网络维护费等。
>   y=460.96 x=103.37..247.37 Jixiao Metrics Kai 16.0: （四）项目组织管理
>   y=488.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 枣庄市市场监督管理局作为项目的主管部门，负责项目的
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 预算审批、管理监督、政策支持等工作。同时枣庄市市场监督
>   y=544.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 管理局的特种设备安全监察科作为项目的实施单位，负责项目
>   y=572.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 的具体实施和管理工作。科技和财务科按照财务、预算管理制
>   y=600.96 x=79.37..447.37 Jixiao Metrics Fangsong 16.0: 度，对专项资金项目的实施、付款等环节进行管理。
>   y=627.44 x=187.97..412.97 Jixiao Metrics Hei 12.0: 表1：特种设备安全专项项目年度绩效指标
>   y=655.24 x=89.39..505.56 Jixiao Metrics Hei 12.0: 一级指标二级指标指标内容指标值
>   y=682.84 x=89.39..502.56 Jixiao Metrics Fangsong 12.0: 产出指标数量指标纳入平台管理电梯数量10000
>   y=710.44 x=89.39..499.56 Jixiao Metrics Fangsong 12.0: 产出指标时效指标问题解决及时率100%
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—
> page 4, 3 rules
>   y=123.44 x=172.97..433.97 Jixiao Metrics Hei 12.0: 表1：特种设备安全专项项目年度绩效指标（续）
>   y=151.24 x=89.39..505.56 Jixiao Metrics Hei 12.0: 一级指标二级指标指标内容指标值
>   y=178.84 x=89.39..499.56 Jixiao Metrics Fangsong 12.0: 产出指标质量指标受理处置率100%
>   y=206.44 x=89.39..507.06 Jixiao Metrics Fangsong 12.0: 产出指标成本指标电梯平台运行费用40万元
>   y=234.04 x=89.39..493.56 Jixiao Metrics Fangsong 12.0: 效益指标社会效益保障全市人民群众生命财产安全是
>   y=261.64 x=89.39..493.56 Jixiao Metrics Fangsong 12.0: 效益指标可持续影响指标确保全市电梯应急处置平台正常运行是
>   y=289.24 x=84.17..120.17 Jixiao Metrics Fangsong 12.0: 满意度
>   y=307.24 x=84.17..108.17 Jixiao Metrics Fangsong 12.0: 指标
>   y=289.24 x=152.20..244.65 Jixiao Metrics Fangsong 12.0: 社会公众或服务
>   y=307.24 x=152.20..212.20 Jixiao Metrics Fangsong 12.0: 对象满意度
>   y=298.24 x=309.50..496.56 Jixiao Metrics Fangsong 12.0: 人民群众满意度95%
>   y=350.56 x=111.37..303.37 Jixiao Metrics Hei 16.0: 二、绩效评价工作开展情况
>   y=378.56 x=103.37..215.37 Jixiao Metrics Kai 16.0: （一）评价目的
>   y=406.56 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 本次绩效评价的目的是对特种设备安全专项项目的执行情
>   y=434.56 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 况、资金的使用情况、项目的绩效情况进行综合分析，与预期
>   y=462.56 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 绩效目标进行对比，总结项目运行的成绩与经验，揭示存在的
>   y=490.56 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 问题与不足，对项目的整体运行情况进行评价，在此基础上进
>   y=518.56 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 一步优化资金使用、完善资金管理，提高资金的使用效益。
>   y=546.56 x=103.37..263.37 Jixiao Metrics Kai 16.0: （二）评价对象与范围
>   y=574.56 x=111.37..367.37 Jixiao Metrics Fangsong 16.0: 评价对象：特种设备安全专项项目。
>   y=602.56 x=111.37..487.37 Jixiao Metrics Fangsong 16.0: 评价资金范围：特种设备安全专项项目资金40万元。
>   y=630.56 x=103.37..215.37 Jixiao Metrics Kai 16.0: （三）评价依据
>   y=658.56 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 按照科学规范、绩效相关、政策相符、依据充分的原则，
>   y=686.56 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 依据相关政策文件及项目单位提交的有关资料，对该专项资金
>   y=714.56 x=79.37..351.37 Jixiao Metrics Fangsong 16.0: 进行了绩效评价。具体评价依据如下：
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —2—
> page 5
>   y=124.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）《中华人民共和国预算法》（中华人民共和国主席令第
>   y=152.96 x=79.37..207.37 Jixiao Metrics Fangsong 16.0: 12号，2015年）；
>   y=180.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （2）《中共中央国务院关于全面实施预算绩效管理的意见》
>   y=208.96 x=71.37..243.37 Jixiao Metrics Fangsong 16.0: （中发〔2018〕34号）；
>   y=236.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （3）《财政支出绩效评价管理暂行办法》（财预〔2011〕
>   y=264.96 x=79.37..147.37 Jixiao Metrics Fangsong 16.0: 285号）；
>   y=292.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （4）《关于推进预算绩效管理的指导意见》（财预〔2011〕
>   y=320.96 x=79.37..147.37 Jixiao Metrics Fangsong 16.0: 416号）；
>   y=348.96 x=103.37..529.57 Jixiao Metrics Fangsong 16.0: （5）《预算绩效评价共性指标体系框架》（财预〔2013〕
>   y=376.96 x=79.37..139.37 Jixiao Metrics Fangsong 16.0: 53号）；
>   y=404.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （6）《关于转发省财政厅转发财政部关于印发〈项目支出绩
>   y=432.96 x=79.37..491.37 Jixiao Metrics Fangsong 16.0: 效评价管理办法的通知〉的通知》（枣财绩〔2020〕5号）；
>   y=460.96 x=103.37..479.37 Jixiao Metrics Fangsong 16.0: （7）《枣庄市市级项目支出绩效单位自评工作流程》；
>   y=488.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （8）《枣庄市市级项目支出绩效财政评价和部门评价工作规
>   y=516.96 x=79.37..283.37 Jixiao Metrics Fangsong 16.0: 程》（枣财绩〔2020〕7号）；
>   y=544.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （9）《中共枣庄市委枣庄市人民政府关于全面推进预算绩效
>   y=572.96 x=79.37..371.37 Jixiao Metrics Fangsong 16.0: 管理的实施意见》（枣发〔2019〕21号）；
>   y=600.96 x=103.37..295.37 Jixiao Metrics Fangsong 16.0: （10）其他相关佐证资料。
>   y=628.96 x=103.37..295.37 Jixiao Metrics Kai 16.0: （四）评价原则、评价方法
>   y=656.96 x=111.37..195.37 Jixiao Metrics Fangsong 16.0: 1.评价原则
>   y=684.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 科学规范原则：严格执行规定的程序，按照科学规范的要
>   y=712.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 求，采用定量与定性分析相结合的方法开展绩效评价工作。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —3—
> page 6
>   y=124.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 绩效相关原则：针对具体支出及其产出绩效进行评价，评
>   y=152.96 x=79.37..463.37 Jixiao Metrics Fangsong 16.0: 价结果清晰反映支出和产出绩效之间的紧密对应关系。
>   y=180.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 政策相符原则：制定评价工作方案、编制工作手册及项目
>   y=208.96 x=79.37..431.37 Jixiao Metrics Fangsong 16.0: 评价实施工作均应严格执行有关政策和管理规定。
>   y=236.96 x=111.37..529.57 Jixiao Metrics Fangsong 16.0: 依据充分原则：绩效评价所涉及的绩效报告，政策文件，
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 项目计划及资金的确定与调整，项目验收与项目成果等都应依
>   y=292.96 x=79.37..143.37 Jixiao Metrics Fangsong 16.0: 据充分。
>   y=320.96 x=111.37..195.37 Jixiao Metrics Fangsong 16.0: 2.评价方法
>   y=348.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 本次绩效评价主要采用案卷分析法、成本效益分析法、比
>   y=376.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 较法、因素分析法等绩效评价方法，采取全面评价与重点评价
>   y=404.96 x=79.37..431.37 Jixiao Metrics Fangsong 16.0: 相结合、现场评价与非现场评价相结合方式进行。
>   y=432.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （五）绩效评价指标体系
>   y=460.96 x=111.37..307.37 Jixiao Metrics Fangsong 16.0: 1.指标体系设计的总体思路
>   y=488.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 该项目绩效评价指标依据《财政部关于印发〈项目支出绩
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 效评价管理办法〉的通知》（财预〔2020〕10号）和山东省财
>   y=544.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 政厅关于印发《山东省省级项目支出绩效单位自评工作规程》
>   y=572.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 和《山东省省级项目支出绩效财政评价和部门评价工作规程》
>   y=600.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 的通知（鲁财绩〔2020〕4号）设定，评价指标包括决策、过
>   y=628.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 程、产出和效益4个一级指标，下设二级、三级指标，主要包
>   y=656.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 括项目立项、绩效目标、资金投入、资金管理、组织实施、产
>   y=684.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 出数量、产出实效、产出成本、项目效益方面。总分设置为
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —4—
> page 7
>   y=124.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 100分，四个一级指标权重分别为决策20分，过程30分，产
>   y=152.96 x=79.37..239.37 Jixiao Metrics Fangsong 16.0: 出30分，效益20分。
>   y=180.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 项目决策和项目过程主要采用共性指标，结合项目具体内
>   y=208.96 x=79.37..303.37 Jixiao Metrics Fangsong 16.0: 容，细化评分要点和评分依据。
>   y=236.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 项目产出主要从产出数量、产出实效和产出成本三个方面
>   y=264.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 考核。其中，产出数量反映和考核实际完成率、质量达标率，
>   y=292.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 产出实效主要考核项目完成及时性，产出成本反映项目成本的
>   y=320.96 x=79.37..159.37 Jixiao Metrics Fangsong 16.0: 节约程度。
>   y=348.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 项目效益主要从实施效益、满意度两个方面考核。根据项
>   y=376.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 目实施内容，实施效益主要包括项目实施所产生的社会效益、
>   y=404.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 经济效益、生态效益、可持续影响等。满意度主要评价人民群
>   y=432.96 x=79.37..511.37 Jixiao Metrics Fangsong 16.0: 众对项目实施效果的满意程度，与客观评价形成互证或互补。
>   y=460.96 x=111.37..275.37 Jixiao Metrics Fangsong 16.0: 2.绩效评价结果的确定
>   y=488.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 绩效评价结果采取评分和评级相结合的方式，具体分值和
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 等级可根据不同评价内容设定。总分一般设置为100分，等级
>   y=544.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 一般划分为四档：90（含）-100分为优、80（含）-90分为良、
>   y=572.96 x=79.37..351.37 Jixiao Metrics Fangsong 16.0: 60（含）-80分为中、60分以下为差。
>   y=600.96 x=103.37..279.37 Jixiao Metrics Kai 16.0: （六）绩效评价工作过程
>   y=628.96 x=111.37..411.37 Jixiao Metrics Fangsong 16.0: 1.前期准备阶段（4月24日—4月25日）
>   y=656.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （1）组建评价工作组。该项目绩效评价工作组由枣庄市市
>   y=684.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 场监督管理局绩效评价领导小组指导下组织开展工作，从绩效
>   y=712.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 评价指标设计、分值评定到绩效评价报告编制全过程参与。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —5—
> page 8
>   y=124.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （2）明确评价任务。工作组成立后，评价工作组与项目主
>   y=152.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 管部门联系，了解项目基本情况，明确绩效评价目标和工作
>   y=180.96 x=79.37..127.37 Jixiao Metrics Fangsong 16.0: 要求。
>   y=208.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （3）收集与审核项目资料。评价工作组召开评价工作启动
>   y=236.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 会，拟定资料清单，通过多种形式组织开展资料收集工作，及
>   y=264.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 时跟踪了解项目资料提供情况，对资料进行认真核实和全面分
>   y=292.96 x=79.37..271.37 Jixiao Metrics Fangsong 16.0: 析，提出修改和补充意见。
>   y=320.96 x=103.37..521.57 Jixiao Metrics Fangsong 16.0: （4）完成项目绩效评价工作方案。根据项目特点和评价工
>   y=348.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 作时间安排，制定绩效评价工作方案，明确项目概况、评价对
>   y=376.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 象和内容、评价目标、评价依据、评价方法、评价指标体系和
>   y=404.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 评分标准、评价工作进度和人员安排等，并完成现场核查表、
>   y=432.96 x=79.37..239.37 Jixiao Metrics Fangsong 16.0: 调研问卷设计等工作。
>   y=460.96 x=111.37..403.37 Jixiao Metrics Fangsong 16.0: 2.评价实施阶段（4月26日—5月3日）
>   y=488.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: (1)现场调研。组织工作组查看过程文件、财务账表、成
>   y=516.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 果文件等，并结合问卷调查的形式详细了解项目投入、过程管
>   y=544.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 理、实际产出和效果等内容，核实发现的问题，对所掌握的有
>   y=572.96 x=79.37..287.37 Jixiao Metrics Fangsong 16.0: 关信息资料进行分类、整理。
>   y=600.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: (2)相关资料分析处理。评价工作组人员根据收集的相关
>   y=628.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 资料，进一步进行资料分析和数据处理，完成项目执行情况and
>   y=656.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 基础数据汇总、问卷调查结果统计、现场调研情况总结等，为
>   y=684.96 x=79.37..191.37 Jixiao Metrics Fangsong 16.0: 评价提供依据。
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —6—
> page 9, 208 rules
>   y=124.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: (3)综合评价。组织召开综合评价会议，听取项目实施科
>   y=152.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 室有关人员对项目情况介绍，绩效报告及相关佐证材料等，按
>   y=180.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 照评价指标、评价标准和评价规则对项目进行评价，出具综合
>   y=208.96 x=79.37..159.37 Jixiao Metrics Fangsong 16.0: 评价意见。
>   y=236.96 x=111.37..459.37 Jixiao Metrics Fangsong 16.0: 3.绩效评价报告撰写阶段（5月4日—5月6日）
>   y=264.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 根据综合评价，结合收集的资料和现场勘查情况等，撰写
>   y=292.96 x=79.37..511.37 Jixiao Metrics Fangsong 16.0: 项目绩效评价报告，经过讨论修改形成绩效评价报告正式稿。
>   y=320.96 x=111.37..255.37 Jixiao Metrics Hei 16.0: 三、评价结论及分析
>   y=348.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 经评价工作组评价，特种设备安全专项项目绩效评价综合
>   y=376.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 评价得分为99.49分。其中，决策方面20分，过程方面29.99分，
>   y=404.96 x=79.37..519.37 Jixiao Metrics Fangsong 16.0: 产出方面30分，效益方面19.5分，综合绩效级别为“优秀”。
>   y=431.44 x=169.97..430.97 Jixiao Metrics Hei 12.0: 表3：特种设备安全专项项目绩效评价得分情况表
>   y=456.95 x=102.44..364.48 Jixiao Metrics Hei 10.5: 一级指标二级指标三级指标
>   y=469.02 x=418.01..508.64 Jixiao Metrics Hei 10.5: 评价得分得分率
>   y=481.10 x=95.28..406.66 Jixiao Metrics Hei 10.5: 名称分值名称分值名称分值
>   y=565.62 x=95.28..155.10 Jixiao Metrics Fangsong 10.5: 决策20
>   y=517.32 x=181.67..258.12 Jixiao Metrics Fangsong 10.5: 项目立项6
>   y=505.25 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 立项依据充分性33
>   y=565.62 x=474.52..511.27 Jixiao Metrics Fangsong 10.5: 100.00%
>   y=529.40 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 立项程序规范性33
>   y=565.62 x=181.67..258.12 Jixiao Metrics Fangsong 10.5: 绩效目标6
>   y=553.55 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 绩效目标合理性22
>   y=577.70 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 绩效指标明确性44
>   y=613.92 x=181.67..258.12 Jixiao Metrics Fangsong 10.5: 资金投入8
>   y=601.85 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 预算编制科学性44
>   y=626.00 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 资金分配合理性44
>   y=674.30 x=95.28..260.75 Jixiao Metrics Fangsong 10.5: 过程30资金管理15
>   y=650.15 x=299.58..441.64 Jixiao Metrics Fangsong 10.5: 资金到位率44
>   y=674.30 x=477.14..449.51 Jixiao Metrics Fangsong 10.5: 99.97%预算执行率43.99
>   y=698.45 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 资金使用合规性77
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —7—
> page 10, 245 rules, bars 39.8x140.0 39.8x140.0 39.8x140.0 39.8x136.5
>   y=123.44 x=154.97..451.97 Jixiao Metrics Hei 12.0: 表3：特种设备安全专项项目绩效评价得分情况表（续）
>   y=148.95 x=102.44..364.48 Jixiao Metrics Hei 10.5: 一级指标二级指标三级指标
>   y=161.02 x=418.01..508.64 Jixiao Metrics Hei 10.5: 评价得分得分率
>   y=173.10 x=95.28..406.66 Jixiao Metrics Hei 10.5: 名称分值名称分值名称分值
>   y=209.32 x=83.57..260.75 Jixiao Metrics Fangsong 10.5: 过程（续）3099.97%组织实施15
>   y=197.25 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 管理制度健全性66
>   y=221.40 x=289.08..441.64 Jixiao Metrics Fangsong 10.5: 制度执行有效性99
>   y=281.77 x=95.28..155.10 Jixiao Metrics Fangsong 10.5: 产出30
>   y=257.62 x=181.67..260.75 Jixiao Metrics Fangsong 10.5: 产出数量10
>   y=245.55 x=299.58..444.26 Jixiao Metrics Fangsong 10.5: 实际完成率1010
>   y=281.77 x=474.52..511.27 Jixiao Metrics Fangsong 10.5: 100.00%
>   y=269.70 x=299.58..444.26 Jixiao Metrics Fangsong 10.5: 质量达标率1010
>   y=293.85 x=181.67..441.64 Jixiao Metrics Fangsong 10.5: 产出实效5完成及时性55
>   y=318.00 x=181.67..441.64 Jixiao Metrics Fangsong 10.5: 产出成本5成本节约率55
>   y=354.22 x=95.28..155.10 Jixiao Metrics Fangsong 10.5: 效益20
>   y=342.15 x=181.67..446.89 Jixiao Metrics Fangsong 10.5: 项目效益10实施效益109.5
>   y=354.22 x=477.14..508.64 Jixiao Metrics Fangsong 10.5: 97.50%
>   y=366.30 x=186.92..444.26 Jixiao Metrics Fangsong 10.5: 满意度10满意度1010
>   y=390.45 x=207.93..503.39 Jixiao Metrics Fangsong 10.5: 综合得分10099.49优秀
>   y=431.09 x=241.97..358.97 Jixiao Metrics Hei 12.0: 图1：一级指标得分率
>   y=612.21 x=130.20..140.70 Jixiao Metrics Song 10.5: 0%
>   y=542.21 x=124.95..140.70 Jixiao Metrics Song 10.5: 50%
>   y=472.21 x=119.70..140.70 Jixiao Metrics Song 10.5: 100%
>   y=464.53 x=171.55..208.30 Jixiao Metrics Song 10.5: 100.00%
>   y=623.23 x=179.42..200.42 Jixiao Metrics Song 10.5: 决策
>   y=464.57 x=262.61..294.11 Jixiao Metrics Song 10.5: 99.97%
>   y=623.23 x=267.86..288.86 Jixiao Metrics Song 10.5: 过程
>   y=464.53 x=348.43..385.18 Jixiao Metrics Song 10.5: 100.00%
>   y=623.23 x=356.30..377.30 Jixiao Metrics Song 10.5: 产出
>   y=468.03 x=439.49..470.99 Jixiao Metrics Song 10.5: 97.50%
>   y=623.23 x=444.74..465.74 Jixiao Metrics Song 10.5: 效益
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —8—
> page 11
>   y=124.96 x=111.37..287.37 Jixiao Metrics Hei 16.0: 四、项目主要经验及做法
>   y=152.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 该项目为延续项目，特种设备安全专项项目严格按照枣庄
>   y=180.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 市市场监督管理局发布的各项标准和规范，实现了对项目的管
>   y=208.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 理、监督功能，提高了特种设备安全专项项目管理的规范化，
>   y=236.96 x=79.37..335.37 Jixiao Metrics Fangsong 16.0: 确保了财政资金使用效益充分发挥。
>   y=264.96 x=111.37..303.37 Jixiao Metrics Hei 16.0: 五、存在的问题及原因分析
>   y=292.96 x=103.37..407.37 Jixiao Metrics Kai 16.0: （一）绩效目标编报质量有待进一步加强。
>   y=320.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 一是绩效指标设置需进一步细化，需要通过可衡量的指标
>   y=348.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 值予以体现，提高实际可操作性。二是个别绩效指标设置不够
>   y=376.96 x=79.37..529.57 Jixiao Metrics Fangsong 16.0: 科学合理，如实施效益指标“保障工作正常开展”，设置较笼统，
>   y=404.96 x=79.37..335.37 Jixiao Metrics Fangsong 16.0: 缺乏具体考核标准，可衡量性不足。
>   y=432.96 x=103.37..327.37 Jixiao Metrics Kai 16.0: （二）进一步提升实际操作性。
>   y=460.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 管理制度方面，已制定相关的财务管理制度，业务管理制
>   y=488.96 x=79.37..415.37 Jixiao Metrics Fangsong 16.0: 度及内控制度，但实际操作性有待进一步提高。
>   y=516.96 x=111.37..207.37 Jixiao Metrics Hei 16.0: 六、意见建议
>   y=544.96 x=103.37..503.37 Jixiao Metrics Kai 16.0: （一）提高预算绩效管理意识，完善预算绩效管理机制。
>   y=572.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 建议加强项目绩效目标管理，持续提高绩效目标及指标的
>   y=600.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 编报质量，结合国家、财政部及市财政局预算绩效管理的最新
>   y=628.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 要求，进一步加强对项目预算编制、绩效目标申报、具体实施
>   y=656.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 等环节的论证工作，提高预算编制的科学性，优化项目绩效目
>   y=684.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 标，提高项目预算资金与工作任务的匹配性，形成符合项目实
>   y=712.96 x=79.37..495.37 Jixiao Metrics Fangsong 16.0: 际的预算绩效管理机制，提高单位整体预算绩效管理意识。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —9—
> page 12
>   y=124.96 x=103.37..407.37 Jixiao Metrics Kai 16.0: （二）补充项目实施管理，完善相关制度。
>   y=152.96 x=111.37..521.57 Jixiao Metrics Fangsong 16.0: 为全面推进项目规范化管理，根据上级文件要求，结合部
>   y=180.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 门实际，制定一系列管理制度及项目实施方案，并通过不断完
>   y=208.96 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 善和坚决执行落实，促进管理规范化，发挥财政资金效益的最
>   y=236.96 x=79.37..127.37 Jixiao Metrics Fangsong 16.0: 大化。
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —10—
> page 13, 148 rules
>   y=124.96 x=111.37..431.37 Jixiao Metrics Fangsong 16.0: 附件：特种设备安全专项项目绩效评价评分表
>   y=151.44 x=198.47..402.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价评分表
>   y=174.65 x=87.56..236.32 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=185.00 x=266.62..445.11 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=178.25 x=454.77..517.77 Jixiao Metrics Hei 9.0: 得分、扣分原因
>   y=191.75 x=477.27..495.27 Jixiao Metrics Hei 9.0: 分析
>   y=195.35 x=83.96..246.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=459.50 x=83.96..123.64 Jixiao Metrics Fangsong 9.0: 决策20
>   y=368.15 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 项目
>   y=381.65 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 立项
>   y=374.90 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 6
>   y=297.05 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 立项依
>   y=310.55 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 据充
>   y=324.05 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 分性
>   y=310.55 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 3
>   y=270.05 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目立项是否
>   y=283.55 x=253.46..320.27 Jixiao Metrics Fangsong 9.0: 符合法律法规、
>   y=297.05 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 相关政策、发
>   y=310.55 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 展规划以及部
>   y=324.05 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 门职责,用以反
>   y=337.55 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 映和考核项目
>   y=351.05 x=253.46..316.46 Jixiao Metrics Fangsong 9.0: 立项依据情况。
>   y=216.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点:①项目立项
>   y=229.55 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 是否符合国家法律法规、
>   y=243.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 国民经济发展规划、行
>   y=256.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 业发展规划和相关政策
>   y=270.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 要求②项目立项是否与
>   y=283.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 部门职责范围相符,属于
>   y=297.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 部门履职所需③项目是
>   y=310.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 否属于公共财政支持范
>   y=324.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 围,是否符合支出责任划
>   y=337.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 分原则④项目是否与相
>   y=351.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 关部门同类项目或部门
>   y=364.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 内部相关项目重复以上
>   y=378.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 要素各占1/4权重分,有
>   y=391.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 一项不满足扣除相应权
>   y=405.05 x=322.97..340.97 Jixiao Metrics Fangsong 9.0: 重分
>   y=310.55 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 3
>   y=290.30 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 该项目立项符合
>   y=303.80 x=454.56..522.47 Jixiao Metrics Fangsong 9.0: 国家法律法规、
>   y=317.30 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 部门职责和公共
>   y=330.80 x=454.56..517.56 Jixiao Metrics Fangsong 9.0: 财政支持范围。
>   y=466.25 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 立项程
>   y=479.75 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 序规
>   y=493.25 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 范性
>   y=479.75 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 3
>   y=446.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目申请、设
>   y=459.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 立过程是否符
>   y=473.00 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 合相关要求,用
>   y=486.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 以反映和考核
>   y=500.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目立项的规
>   y=513.50 x=253.46..289.46 Jixiao Metrics Fangsong 9.0: 范情况。
>   y=425.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点:①项目是否
>   y=439.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 按照规定的程序申请设
>   y=452.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 立②审批文件、材料是
>   y=466.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 否符合相关要求③事前
>   y=479.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 是否已经过必要的可行
>   y=493.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 性研究、专家论证、风
>   y=506.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 险评估、绩效评估、集
>   y=520.25 x=322.97..403.97 Jixiao Metrics Fangsong 9.0: 体决策以上要素各占
>   y=533.75 x=322.97..365.72 Jixiao Metrics Fangsong 9.0: 1/3权重分
>   y=479.75 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 3
>   y=452.75 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 依据财政局枣财
>   y=466.25 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 预指(2022)1号
>   y=479.75 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 申请设立,审批
>   y=493.25 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 文件就材料符合
>   y=506.75 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 要求。
>   y=621.95 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 绩效
>   y=635.45 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 目标
>   y=628.70 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 6
>   y=615.20 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 绩效目
>   y=628.70 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 标合
>   y=642.20 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 理性
>   y=628.70 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 2
>   y=581.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目所设定的
>   y=594.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 绩效目标是否
>   y=608.45 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 依据充分,是否
>   y=621.95 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 符合客观实际,
>   y=635.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 用以反映和考
>   y=648.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 核项目绩效目
>   y=662.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 标与项目实施
>   y=675.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 的相符情况。
>   y=554.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点:①项目是否
>   y=567.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 有绩效目标;②项目绩
>   y=581.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 效目标与实际工作内容
>   y=594.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 是否具有相关性;③项
>   y=608.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 目预期产出效益和效果
>   y=621.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 是否符合正常的业绩水
>   y=635.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 平;④是否与预算确定
>   y=648.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 的项目投资额或资金量
>   y=662.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 相匹配。该项分值2分,
>   y=675.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 每项占1/4权重分,有一
>   y=689.45 x=322.97..403.97 Jixiao Metrics Fangsong 9.0: 项不满足扣除相应权
>   y=702.95 x=322.97..349.97 Jixiao Metrics Fangsong 9.0: 重分。
>   y=628.70 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 2
>   y=601.70 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 项目所设定的绩
>   y=615.20 x=454.56..508.56 Jixiao Metrics Fangsong 9.0: 效目标依据充
>   y=628.70 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 分,绩效目标与
>   y=642.20 x=454.56..508.56 Jixiao Metrics Fangsong 9.0: 项目实施内容
>   y=655.70 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 相符。
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —11—
> page 14, 188 rules
>   y=123.44 x=183.47..423.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价评分表（续）
>   y=146.65 x=87.56..236.32 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=157.00 x=266.62..445.11 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=150.25 x=454.77..517.77 Jixiao Metrics Hei 9.0: 得分、扣分原因
>   y=163.75 x=477.27..495.27 Jixiao Metrics Hei 9.0: 分析
>   y=167.35 x=83.96..246.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=391.00 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 决策
>   y=404.50 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=397.75 x=114.64..123.64 Jixiao Metrics Fangsong 9.0: 20
>   y=221.80 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 绩效
>   y=235.30 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 目标
>   y=248.80 x=130.84..157.84 Jixiao Metrics Fangsong 9.0: （续）
>   y=235.30 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 6
>   y=221.80 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 绩效指
>   y=235.30 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 标明
>   y=248.80 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 确性
>   y=235.30 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 4
>   y=188.05 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 依据绩效目标
>   y=201.55 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 设定的绩效指
>   y=215.05 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 标是否清晰、
>   y=228.55 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 细化、可衡量
>   y=242.05 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 等,用以反映和
>   y=255.55 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 考核项目绩效
>   y=269.05 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 目标的明细化
>   y=282.55 x=253.46..271.46 Jixiao Metrics Fangsong 9.0: 情况
>   y=188.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点:①是否将项
>   y=201.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 目绩效目标细化分解为
>   y=215.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 具体的绩效指标;②是
>   y=228.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 否通过清晰、可衡量的
>   y=242.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 指标值予以体现;③是
>   y=255.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 否与项目年度任务数或
>   y=269.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 计划数相对应;以上要
>   y=282.55 x=322.97..394.97 Jixiao Metrics Fangsong 9.0: 素各占1/3权重分
>   y=235.30 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 4
>   y=228.55 x=454.56..508.56 Jixiao Metrics Fangsong 9.0: 绩效指标设置
>   y=242.05 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 明确。
>   y=448.60 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 资金
>   y=462.10 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 投入
>   y=455.35 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 8
>   y=370.75 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 预算编
>   y=384.25 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 制科
>   y=397.75 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 学性
>   y=384.25 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 4
>   y=323.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目预算编制
>   y=337.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 是否经过科学
>   y=350.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 论证、有明确
>   y=364.00 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 标准,资金额度
>   y=377.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 与年度目标是
>   y=391.00 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 否相适应,用以
>   y=404.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 反映和考核项
>   y=418.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 目预算编制的
>   y=431.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 科学性、合理
>   y=445.00 x=253.46..280.46 Jixiao Metrics Fangsong 9.0: 性情况
>   y=303.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点:①预算编制
>   y=316.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 是否经过科学论证;②
>   y=330.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 预算内容与项目内容是
>   y=343.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 否匹配;③预算额度测
>   y=357.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 算依据是否充分,是否按
>   y=370.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 照标准编制;④预算确
>   y=384.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 定的项目投资额或资金
>   y=397.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 量是否与工作任务相匹
>   y=411.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 配。(如果工作任务和资
>   y=424.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 金量不匹配,比如任务缩
>   y=438.25 x=322.97..399.47 Jixiao Metrics Fangsong 9.0: 水,该项指标整体得
>   y=451.75 x=322.97..399.47 Jixiao Metrics Fangsong 9.0: 0分)以上要素各占
>   y=465.25 x=322.97..365.72 Jixiao Metrics Fangsong 9.0: 1/4权重分
>   y=384.25 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 4
>   y=337.00 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 根据枣庄市市场
>   y=350.50 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 监督管理局承担
>   y=364.00 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 的职能,对本项
>   y=377.50 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 目进行了必要的
>   y=391.00 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 可行性论证,项
>   y=404.50 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 目依据充分,与
>   y=418.00 x=454.56..499.56 Jixiao Metrics Fangsong 9.0: 工作任务相
>   y=431.50 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 匹配。
>   y=533.20 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 资金分
>   y=546.70 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 配合
>   y=560.20 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 理性
>   y=546.70 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 4
>   y=485.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目预算资金
>   y=499.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 分配是否有测
>   y=512.95 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 算依据,与承担
>   y=526.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 日常工作是否
>   y=539.95 x=253.46..315.77 Jixiao Metrics Fangsong 9.0: 相适应,用以反
>   y=553.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 映和考核项目
>   y=566.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 预算资金分配
>   y=580.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 的合理性、科
>   y=593.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 学性、合理性
>   y=607.45 x=253.46..280.46 Jixiao Metrics Fangsong 9.0: 情况。
>   y=512.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点:①预算资金
>   y=526.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 分配依据是否充分②资
>   y=539.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 金分配额度是否合理,与
>   y=553.45 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 项目单位是否相适应。
>   y=566.95 x=322.97..403.97 Jixiao Metrics Fangsong 9.0: 以上要素各占1/2权
>   y=580.45 x=322.97..340.97 Jixiao Metrics Fangsong 9.0: 重分
>   y=546.70 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 4
>   y=499.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 枣庄市市场监督
>   y=512.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 管理局根据项目
>   y=526.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 实施科室申报的
>   y=539.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 目标向市财政局
>   y=553.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 提出预算申请,
>   y=566.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 资金分配依据较
>   y=580.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 充分,分配额度
>   y=593.95 x=454.56..490.56 Jixiao Metrics Fangsong 9.0: 较合理。
>   y=668.65 x=83.96..123.64 Jixiao Metrics Fangsong 9.0: 过程30
>   y=661.90 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 资金
>   y=675.40 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 管理
>   y=668.65 x=169.69..178.69 Jixiao Metrics Fangsong 9.0: 15
>   y=661.90 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 资金到
>   y=675.40 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 位率
>   y=668.65 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 4
>   y=628.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 实际到位资金
>   y=641.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 与预算资金的
>   y=655.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 比率，用以反
>   y=668.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 映和考核资金
>   y=682.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 落实情况对项
>   y=695.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 目实施的总体
>   y=709.15 x=253.46..289.46 Jixiao Metrics Fangsong 9.0: 保障程度
>   y=628.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点：资金到位率=
>   y=641.65 x=318.47..417.66 Jixiao Metrics Fangsong 9.0: （实际到位资金/预算资
>   y=655.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 金）×100%。实际到位资
>   y=668.65 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 金：本年度内落实到该
>   y=682.15 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 项目的资金预算资金：
>   y=695.65 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 本年度内预算安排到该
>   y=709.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 项目的资金得分=（实际
>   y=668.65 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 4
>   y=641.65 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 该项目预算资金
>   y=655.15 x=454.56..510.81 Jixiao Metrics Fangsong 9.0: 40万元，实际
>   y=668.65 x=454.56..513.06 Jixiao Metrics Fangsong 9.0: 到位40万元，
>   y=682.15 x=454.56..508.56 Jixiao Metrics Fangsong 9.0: 资金到位率为
>   y=695.65 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 100%。
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —12—
> page 15, 196 rules
>   y=123.44 x=183.47..423.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价评分表（续）
>   y=146.65 x=87.56..236.32 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=157.00 x=266.62..445.11 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=150.25 x=454.77..517.77 Jixiao Metrics Hei 9.0: 得分、扣分原因
>   y=163.75 x=477.27..495.27 Jixiao Metrics Hei 9.0: 分析
>   y=167.35 x=83.96..246.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=452.20 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 过程
>   y=465.70 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=458.95 x=114.64..123.64 Jixiao Metrics Fangsong 9.0: 30
>   y=350.50 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 资金
>   y=364.00 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 管理
>   y=377.50 x=130.84..157.84 Jixiao Metrics Fangsong 9.0: （续）
>   y=364.00 x=169.69..178.69 Jixiao Metrics Fangsong 9.0: 15
>   y=188.05 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 资金到
>   y=201.55 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 位率
>   y=194.80 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 4
>   y=188.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 到位资金/预算资金）×
>   y=201.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 指标分值，最高得分4分
>   y=262.75 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 预算执
>   y=276.25 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 行率
>   y=269.50 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 4
>   y=229.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目预算资金
>   y=242.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 是否按照计划
>   y=256.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 执行，用以反
>   y=269.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 映或考核项目
>   y=283.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 预算执行情况
>   y=296.50 x=248.96..302.96 Jixiao Metrics Fangsong 9.0: （以样本量为
>   y=310.00 x=253.46..280.46 Jixiao Metrics Fangsong 9.0: 基准）
>   y=222.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点：预算执行率=
>   y=235.75 x=318.47..417.66 Jixiao Metrics Fangsong 9.0: （实际支出资金/实际到
>   y=249.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 位资金）×100%。实际支
>   y=262.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 出资金：本年度项目实
>   y=276.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 际拨付的资金得分=（实
>   y=289.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 际支出资金/实际到位资
>   y=303.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 金）×指标分值，最高
>   y=316.75 x=322.97..358.97 Jixiao Metrics Fangsong 9.0: 得分4分
>   y=269.50 x=427.11..445.11 Jixiao Metrics Fangsong 9.0: 3.99
>   y=242.50 x=454.56..522.47 Jixiao Metrics Fangsong 9.0: 截至2022年底，
>   y=256.00 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 该项目共计执行
>   y=269.50 x=454.56..510.81 Jixiao Metrics Fangsong 9.0: 39.9万元，预
>   y=283.00 x=454.56..499.56 Jixiao Metrics Fangsong 9.0: 算执行率为
>   y=296.50 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 99.75%
>   y=425.20 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 资金使
>   y=438.70 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 用合
>   y=452.20 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 规性
>   y=438.70 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 7
>   y=398.20 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目资金使用
>   y=411.70 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 是否符合相关
>   y=425.20 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 的财务管理制
>   y=438.70 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 度规定，用以
>   y=452.20 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 反映和考核项
>   y=465.70 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 目资金的规范
>   y=479.20 x=253.46..289.46 Jixiao Metrics Fangsong 9.0: 运行情况
>   y=337.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点：①是否符合
>   y=350.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 国家财经法规和财务管
>   y=364.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 理制度以及有关专项资
>   y=377.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 金管理办法的规定；②
>   y=391.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 资金的拨付是否有完整
>   y=404.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 的审批程序和手续；③
>   y=418.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 是否符合项目预算批复
>   y=431.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 或合同规定的用途；④
>   y=445.45 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 是否存在截留、挤占、
>   y=458.95 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 挪用、虚列支出等情况；
>   y=472.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: ⑤是否按规定实施政府
>   y=485.95 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 采购和政府购买服务。
>   y=499.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 发现一处扣1分，扣完
>   y=512.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 为止一旦发现不合规支
>   y=526.45 x=322.97..410.72 Jixiao Metrics Fangsong 9.0: 出资金占比超过25%，
>   y=539.95 x=322.97..367.97 Jixiao Metrics Fangsong 9.0: 该项不得分
>   y=438.70 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 7
>   y=377.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 符合国家法规及
>   y=391.45 x=450.06..522.47 Jixiao Metrics Fangsong 9.0: 《财务管理制度》
>   y=404.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 的规定，资金拨
>   y=418.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 付有完整的审批
>   y=431.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 程序和手续；符
>   y=445.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 合项目预算批复
>   y=458.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 的用途，不存在
>   y=472.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 截留、挤占、挪
>   y=485.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 用、虚列支出等
>   y=499.45 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 情况。
>   y=638.50 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 组织
>   y=652.00 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 实施
>   y=645.25 x=169.69..178.69 Jixiao Metrics Fangsong 9.0: 15
>   y=601.15 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 管理制
>   y=614.65 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 度健
>   y=628.15 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 全性
>   y=614.65 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 6
>   y=560.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目实施单位
>   y=574.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 的财务和业务
>   y=587.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 管理制度是否
>   y=601.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 健全，用以反
>   y=614.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 映和考核财务
>   y=628.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 和业务管理制
>   y=641.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 度对项目顺利
>   y=655.15 x=253.46..298.46 Jixiao Metrics Fangsong 9.0: 实施的保障
>   y=668.65 x=253.46..271.46 Jixiao Metrics Fangsong 9.0: 情况
>   y=567.40 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点：①是否已制
>   y=580.90 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 定或具有相应的财务和
>   y=594.40 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 业务管理制度；②财务
>   y=607.90 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 和业务管理制度是否合
>   y=621.40 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 法、合规、完整。管理
>   y=634.90 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 制度内容详实得6分，
>   y=648.40 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 根据实际情况酌情扣分，
>   y=661.90 x=322.97..385.97 Jixiao Metrics Fangsong 9.0: 没有制定得0分
>   y=614.65 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 6
>   y=587.65 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 已制定相应的财
>   y=601.15 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 务、业务管理制
>   y=614.65 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 度以及内部控制
>   y=628.15 x=454.56..499.56 Jixiao Metrics Fangsong 9.0: 方面的相关
>   y=641.65 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 制度。
>   y=696.10 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 制度执
>   y=709.60 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 行有
>   y=723.10 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 效性
>   y=709.60 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 9
>   y=689.35 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目实施是否
>   y=702.85 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 符合相关管理
>   y=716.35 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 规定，用以反
>   y=729.85 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 映和考核相关
>   y=689.35 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 评价要点：①是否遵守
>   y=702.85 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 相关法律法规和相关管
>   y=716.35 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 理规定；②项目调整及
>   y=729.85 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 支出调整手续是否完备；
>   y=709.60 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 9
>   y=689.35 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 项目实施符合相
>   y=702.85 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 关管理规定，实
>   y=716.35 x=454.56..522.47 Jixiao Metrics Fangsong 9.0: 施过程无调整，
>   y=729.85 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 各种档案资料保
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —13—
> page 16, 188 rules
>   y=123.44 x=183.47..423.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价评分表（续）
>   y=146.65 x=87.56..236.32 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=157.00 x=266.62..445.11 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=150.25 x=454.77..517.77 Jixiao Metrics Hei 9.0: 得分、扣分原因
>   y=163.75 x=477.27..495.27 Jixiao Metrics Hei 9.0: 分析
>   y=167.35 x=83.96..246.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=255.55 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 过程
>   y=269.05 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=262.30 x=114.64..123.64 Jixiao Metrics Fangsong 9.0: 30
>   y=248.80 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 组织
>   y=262.30 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 实施
>   y=275.80 x=130.84..157.84 Jixiao Metrics Fangsong 9.0: （续）
>   y=262.30 x=169.69..178.69 Jixiao Metrics Fangsong 9.0: 15
>   y=248.80 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 制度执
>   y=262.30 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 行有效
>   y=275.80 x=190.39..225.56 Jixiao Metrics Fangsong 9.0: 性（续）
>   y=262.30 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 9
>   y=255.55 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 管理制度的有
>   y=269.05 x=253.46..298.46 Jixiao Metrics Fangsong 9.0: 效执行情况
>   y=188.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: ③项目合同书、验收报
>   y=201.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 告、技术鉴定等资料是
>   y=215.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 否齐全并及时归档；④
>   y=228.55 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 项目实施的人员条件、
>   y=242.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 场地设备、信息支撑等
>   y=255.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 是否落实到位。重点考
>   y=269.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 核项目合同管理情况和
>   y=282.55 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 政府采购执行情况。存
>   y=296.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 在一项未达到评价要点
>   y=309.55 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 的问题，占1/4权重，
>   y=323.05 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 有一项不满足扣除相应
>   y=336.55 x=322.97..358.97 Jixiao Metrics Fangsong 9.0: 权重分。
>   y=255.55 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 存齐全，制度执
>   y=269.05 x=454.56..490.56 Jixiao Metrics Fangsong 9.0: 行有效。
>   y=519.70 x=83.96..123.64 Jixiao Metrics Fangsong 9.0: 产出30
>   y=475.60 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 产出
>   y=489.10 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 数量
>   y=482.35 x=169.69..178.69 Jixiao Metrics Fangsong 9.0: 10
>   y=397.75 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 实际完
>   y=411.25 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 成率
>   y=404.50 x=232.76..241.76 Jixiao Metrics Fangsong 9.0: 10
>   y=364.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目实施的实
>   y=377.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 际产出数与计
>   y=391.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 划产出数的比
>   y=404.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 率，用于反映
>   y=418.00 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 可考核项目产
>   y=431.50 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 出数量目标的
>   y=445.00 x=253.46..289.46 Jixiao Metrics Fangsong 9.0: 实现程度
>   y=357.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 实际完成率=(实际产出
>   y=370.75 x=322.97..408.47 Jixiao Metrics Fangsong 9.0: 数/计划产出数)×100%
>   y=384.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 实际产出数：本年度内
>   y=397.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 项目实际产出的产品或
>   y=411.25 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 服务数量计划产出数：
>   y=424.75 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 项目绩效目标确定的本
>   y=438.25 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 年度内计划产出的产品
>   y=451.75 x=322.97..367.97 Jixiao Metrics Fangsong 9.0: 或服务数量
>   y=404.50 x=431.61..516.64 Jixiao Metrics Fangsong 9.0: 102022年完成。
>   y=533.20 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 质量达
>   y=546.70 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 标率
>   y=539.95 x=232.76..241.76 Jixiao Metrics Fangsong 9.0: 10
>   y=499.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目完成的质
>   y=512.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 量达标产出数
>   y=526.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 与实际产出数
>   y=539.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 的比率，用以
>   y=553.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 反映和考核项
>   y=566.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 目产出质量目
>   y=580.45 x=253.46..316.46 Jixiao Metrics Fangsong 9.0: 标的实现程度。
>   y=472.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 质量达标率=(质量达标
>   y=485.95 x=322.97..390.47 Jixiao Metrics Fangsong 9.0: 产出数/实际产出
>   y=499.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 数)×100%质量达标产出
>   y=512.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 数：本年度内实际达到
>   y=526.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 既定质量标准的产品或
>   y=539.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 服务数量。既定质量标
>   y=553.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 准是指项目实施单位设
>   y=566.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 立绩效目标时依据计划
>   y=580.45 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 标准、行业标准、历史
>   y=593.95 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 标准或其他标准而设定
>   y=607.45 x=322.97..385.97 Jixiao Metrics Fangsong 9.0: 的绩效指标值。
>   y=539.95 x=431.61..440.61 Jixiao Metrics Fangsong 9.0: 10
>   y=519.70 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 根据项目的有关
>   y=533.20 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 资料，符合国家
>   y=546.70 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 颁布的质量标准
>   y=560.20 x=454.56..490.56 Jixiao Metrics Fangsong 9.0: 和要求。
>   y=648.40 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 产出
>   y=661.90 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 实效
>   y=655.15 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 5
>   y=648.40 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 完成及
>   y=661.90 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 时性
>   y=655.15 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 5
>   y=628.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目实际完成
>   y=641.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 时间与计划完
>   y=655.15 x=253.46..320.27 Jixiao Metrics Fangsong 9.0: 成时间的比较，
>   y=668.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 用以反映和考
>   y=682.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 核项目产出时
>   y=628.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 实际完成时间：项目实
>   y=641.65 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 施单位完成该项目实际
>   y=655.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 所耗用的时间。计划完
>   y=668.65 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 成时间：按照项目实施
>   y=682.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 计划或相关规定完成该
>   y=655.15 x=433.86..516.64 Jixiao Metrics Fangsong 9.0: 52022年完成。
>   y=774.84 x=93.37..142.37 Jixiao Metrics Song 14.0: —14—
> page 17, 208 rules
>   y=123.44 x=183.47..423.47 Jixiao Metrics Hei 12.0: 特种设备安全专项项目绩效评价评分表（续）
>   y=146.65 x=87.56..236.32 Jixiao Metrics Hei 9.0: 一级指标二级指标三级指标
>   y=157.00 x=266.62..445.11 Jixiao Metrics Hei 9.0: 指标解释指标说明得分
>   y=150.25 x=454.77..517.77 Jixiao Metrics Hei 9.0: 得分、扣分原因
>   y=163.75 x=477.27..495.27 Jixiao Metrics Hei 9.0: 分析
>   y=167.35 x=83.96..246.26 Jixiao Metrics Hei 9.0: 名称分值名称分值名称分值
>   y=238.90 x=82.97..100.97 Jixiao Metrics Fangsong 9.0: 产出
>   y=252.40 x=78.47..105.47 Jixiao Metrics Fangsong 9.0: （续）
>   y=245.65 x=114.64..123.64 Jixiao Metrics Fangsong 9.0: 30
>   y=188.05 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 产出
>   y=201.55 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 实效
>   y=194.80 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 5
>   y=188.05 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 完成及
>   y=201.55 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 时性
>   y=194.80 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 5
>   y=188.05 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 效目标的实现
>   y=201.55 x=253.46..280.46 Jixiao Metrics Fangsong 9.0: 程度。
>   y=194.80 x=322.97..394.97 Jixiao Metrics Fangsong 9.0: 项目所需的时间。
>   y=256.00 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 产出
>   y=269.50 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 成本
>   y=262.75 x=171.94..176.44 Jixiao Metrics Fangsong 9.0: 5
>   y=256.00 x=190.39..217.39 Jixiao Metrics Fangsong 9.0: 成本节
>   y=269.50 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 约率
>   y=262.75 x=235.01..239.51 Jixiao Metrics Fangsong 9.0: 5
>   y=222.25 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 完成项目计划
>   y=235.75 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 工作目标的实
>   y=249.25 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 际节约成本与
>   y=262.75 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 计划成本的比
>   y=276.25 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 率，用以反映
>   y=289.75 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 和考核项目的
>   y=303.25 x=253.46..316.46 Jixiao Metrics Fangsong 9.0: 成本节约程度。
>   y=229.00 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 成本节约率=(计划成本-
>   y=242.50 x=322.97..403.97 Jixiao Metrics Fangsong 9.0: 实际成本)/计划成本
>   y=256.00 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: ×100%实际成本：项目
>   y=269.50 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 实施单位如期、保质、
>   y=283.00 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 保量完成既定工作目标
>   y=296.50 x=322.97..394.97 Jixiao Metrics Fangsong 9.0: 实际所耗费的支出
>   y=262.75 x=433.86..438.36 Jixiao Metrics Fangsong 9.0: 5
>   y=242.50 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 项目成本控制在
>   y=256.00 x=454.56..522.47 Jixiao Metrics Fangsong 9.0: 预算规模以内，
>   y=269.50 x=454.56..508.56 Jixiao Metrics Fangsong 9.0: 成本控制措施
>   y=283.00 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 有效。
>   y=395.05 x=83.96..123.64 Jixiao Metrics Fangsong 9.0: 效益20
>   y=350.95 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 项目
>   y=364.45 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 效益
>   y=357.70 x=169.69..178.69 Jixiao Metrics Fangsong 9.0: 10
>   y=350.95 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 实施
>   y=364.45 x=190.39..208.39 Jixiao Metrics Fangsong 9.0: 效益
>   y=357.70 x=232.76..241.76 Jixiao Metrics Fangsong 9.0: 10
>   y=350.95 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 项目实施所产
>   y=364.45 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 生的的效益。
>   y=330.70 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 项目实施所产生的社会
>   y=344.20 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 效益、经济效益、生态
>   y=357.70 x=322.97..422.16 Jixiao Metrics Fangsong 9.0: 效益、可持续影响等。
>   y=371.20 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 可根据项目实际情况有
>   y=384.70 x=322.97..403.97 Jixiao Metrics Fangsong 9.0: 选择地设置和细化。
>   y=357.70 x=429.36..442.86 Jixiao Metrics Fangsong 9.0: 9.5
>   y=323.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 经查看，评价小
>   y=337.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 组认为该项指标
>   y=350.95 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 资料提供不够充
>   y=364.45 x=454.56..517.97 Jixiao Metrics Fangsong 9.0: 分，效益方面的
>   y=377.95 x=454.56..508.56 Jixiao Metrics Fangsong 9.0: 数据支撑不够
>   y=391.45 x=454.56..481.56 Jixiao Metrics Fangsong 9.0: 完善。
>   y=432.40 x=135.34..153.34 Jixiao Metrics Fangsong 9.0: 满意
>   y=445.90 x=135.34..144.34 Jixiao Metrics Fangsong 9.0: 度
>   y=439.15 x=169.69..241.76 Jixiao Metrics Fangsong 9.0: 10满意度10
>   y=425.65 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 服务对象对项
>   y=439.15 x=253.46..307.46 Jixiao Metrics Fangsong 9.0: 目实施效果的
>   y=452.65 x=253.46..298.46 Jixiao Metrics Fangsong 9.0: 满意程度。
>   y=412.15 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 服务对象是指因该项目
>   y=425.65 x=322.97..417.66 Jixiao Metrics Fangsong 9.0: 实施而受到影响的部门
>   y=439.15 x=318.47..422.16 Jixiao Metrics Fangsong 9.0: （单位）、群体或个人。
>   y=452.65 x=322.97..403.97 Jixiao Metrics Fangsong 9.0: 一般采取社会调查的
>   y=466.15 x=322.97..349.97 Jixiao Metrics Fangsong 9.0: 方式。
>   y=439.15 x=431.61..514.39 Jixiao Metrics Fangsong 9.0: 10满意度为100%
>   y=486.85 x=232.31..495.27 Jixiao Metrics Fangsong 9.0: 合计得分99.49优秀
>   y=774.84 x=458.57..507.57 Jixiao Metrics Song 14.0: —15—

# Every role's resolved font, with the notes about stand-ins.

$ fonts --fonts tests/no-such-dir tests/inputs/doc-missing-glyph.json
? 0
> song      /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc [face 2] (Noto Serif CJK SC), GB2312 6763/6763 hanzi 682/682 symbols
> hei       /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc [face 2] (Noto Sans CJK SC), GB2312 6763/6763 hanzi 682/682 symbols
> kai       /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf [face 0] (LXGW WenKai), GB2312 6763/6763 hanzi 682/682 symbols
> fangsong  /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc [face 2] (Noto Serif CJK SC), GB2312 6763/6763 hanzi 682/682 symbols: no 仿宋 font (put one at tests/no-such-dir/fangsong.ttf); using Noto Serif CJK SC
> title     /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc [face 2] (Noto Serif CJK SC Bold), GB2312 6763/6763 hanzi 682/682 symbols: no 小标宋 font (put one at tests/no-such-dir/title.ttf); using Noto Serif CJK SC Bold
> fallback Noto Serif CJK SC, Noto Sans CJK SC, LXGW WenKai, Noto Serif CJK SC Bold
>   missing U+1F004
> tests/inputs/doc-missing-glyph.json: 27 distinct non-ASCII characters, 1 that no font can draw

# A document tree with errors gets positioned diagnostics and no PDF.

$ typeset -o build/never-written.pdf tests/bad/doc-unknown-block.json
? 1
! tests/bad/doc-unknown-block.json:4:32: error: /blocks/0/level: 5 is out of range [1, 4]
! tests/bad/doc-unknown-block.json:5:3: error: /blocks/1: missing required key "columns"
! tests/bad/doc-unknown-block.json:6:3: error: /blocks/2: missing required key "text"

# Table spans are checked against the grid.

$ typeset -o build/never-written.pdf tests/bad/doc-bad-table.json
? 1
! tests/bad/doc-bad-table.json:6:5: error: /blocks/0/rows/1/0: rowspan 3 runs past the last row
! tests/bad/doc-bad-table.json:9:32: error: /blocks/1/columns: column widths must be positive
! tests/bad/doc-bad-table.json:10:49: error: /blocks/2/rows/0: row 1 leaves column 2 empty

# A character above U+FFFF (the PDF writer would turn it into a space) is
# drawn as 〓 and reported at its block; a rare BMP character comes from the
# fallback chain.

$ typeset --dump tests/inputs/doc-missing-glyph.json
? 0
! tests/inputs/doc-missing-glyph.json:5:3: warning: /blocks/1: no font has U+1F004; drawn as 〓
> page 1
>   y=124.96 x=111.37..175.37 Noto Sans CJK SC 16.0: 一、缺字
>   y=152.96 x=111.37..521.57 Noto Serif CJK SC 16.0: 评价人员：吉𠮷，生僻字由回退字体补齐：䶮。无字可用
>   y=180.96 x=79.37..175.37 Noto Serif CJK SC 16.0: 的符号：〓。
>   y=774.84 x=468.89..507.57 Noto Serif CJK SC 14.0: —1—

# Page options: landscape (the type area turns with the sheet), centered page
# numbers starting at 5, strict 禁则, 30 pt leading.

$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-page-options.json
? 0
> page 1
>   y=100.45 x=136.88..232.88 Jixiao Metrics Hei 16.0: 一、横排页面
>   y=130.45 x=136.88..742.68 Jixiao Metrics Fangsong 16.0: 横排页面的版心随纸张转动：宽225毫米，高156毫米。严格禁则下，省略号与破折
>   y=160.45 x=104.88..742.68 Jixiao Metrics Fangsong 16.0: 号不得位于行首，因此这一段在合适的宽度上不会让……出现在行首——这是严格处理与
>   y=190.45 x=104.88..264.88 Jixiao Metrics Fangsong 16.0: 国标处理的区别所在。
>   y=553.74 x=402.78..444.78 Jixiao Metrics Song 14.0: —5—

# Images: a PNG sized from its header, placed right; a missing file and a
# file that is not a PNG are errors at the block, and no PDF is written.

$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-image.json
? 0
> page 1
>   image x=79.37 y=104.88 56.69x56.69 tests/inputs/logo.jpg
>   image x=408.19 y=203.57 113.39x113.39 tests/inputs/seal.png
>   y=195.65 x=111.37..247.37 Jixiao Metrics Fangsong 16.0: 评价机构（盖章）：
>   y=351.04 x=111.37..223.37 Jixiao Metrics Fangsong 16.0: 二〇二三年五月
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—

$ typeset -o build/never-written.pdf tests/bad/doc-missing-image.json
? 1
! tests/bad/doc-missing-image.json:4:3: error: /blocks/0: image tests/bad/no-such-seal.png: cannot open: No such file or directory

$ typeset -o build/never-written.pdf tests/bad/doc-not-png.json
? 1
! tests/bad/doc-not-png.json:3:13: error: /blocks/0: image tests/bad/doc-bad-table.json: neither a PNG nor a JPEG image

# Column widths fitted to the cells' text, or fixed in mm; a fixed table wider
# than the type area is an error that names both widths.

$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-table-widths.json
? 0
> page 1, 104 rules
>   y=123.44 x=190.97..415.97 Jixiao Metrics Hei 12.0: 表2：项目预算与执行情况（单位：万元）
>   y=148.95 x=85.92..511.13 Jixiao Metrics Hei 10.5: 序号项目预算金额到位资金执行资金执行率
>   y=173.10 x=93.80..517.37 Jixiao Metrics Fangsong 10.5: 1品牌建设专项资金项目26526526098.11%
>   y=197.25 x=93.80..517.37 Jixiao Metrics Fangsong 10.5: 2知识产权（专利）专项资金项目53.9053.9053.90100.00%
>   y=221.40 x=176.07..517.37 Jixiao Metrics Fangsong 10.5: 合计318.90318.90313.9098.43%
>   y=259.55 x=100.89..231.61 Jixiao Metrics Fangsong 10.5: 评价人员郝勇（组长）
>   y=275.30 x=168.61..252.61 Jixiao Metrics Fangsong 10.5: 孙中强（副组长）
>   y=291.05 x=168.61..413.76 Jixiao Metrics Fangsong 10.5: 王晓玉市场监督管理局
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—

$ typeset -o build/never-written.pdf tests/bad/doc-table-too-wide.json
? 1
! tests/bad/doc-table-too-wide.json:3:13: error: /blocks/0: the table is 180.0 mm wide; the type area is 156.0 mm (narrow the columns or use a landscape page)

# A running header, leading as a multiple (1.75 × 16 pt = 28 pt), paragraph
# spacing, and page numbers that restart at an appendix (the TOC follows).

$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-sections.json
? 0
> page 1 (no number)
>   y=127.24 x=234.47..366.47 Jixiao Metrics Title 22.0: 绩效评价报告
>   y=181.72 x=282.47..318.47 Jixiao Metrics Hei 18.0: 目录
>   y=222.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 一、项目概况...........................1
>   y=250.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 二、附件.............................1
> page 2, 1 rules
>   y=124.96 x=111.37..207.37 Jixiao Metrics Hei 16.0: 一、项目概况
>   y=152.96 x=111.37..175.37 Jixiao Metrics Fangsong 16.0: 第一段。
>   y=186.96 x=111.37..175.37 Jixiao Metrics Fangsong 16.0: 第二段。
>   y=82.04 x=163.97..436.97 Jixiao Metrics Song 10.5: 2022年度枣庄市品牌质量专利等专项资金项目绩效评价报告
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—
> page 3, 1 rules
>   y=124.96 x=111.37..175.37 Jixiao Metrics Hei 16.0: 二、附件
>   y=152.96 x=111.37..287.37 Jixiao Metrics Fangsong 16.0: 附件页码重新从1开始。
>   y=82.04 x=163.97..436.97 Jixiao Metrics Song 10.5: 2022年度枣庄市品牌质量专利等专项资金项目绩效评价报告
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—

# A font dropped into the fonts directory that cannot be used is refused by
# name rather than silently replaced; --strict turns the 〓 warning into an
# error, and no PDF is written.

$ fonts --fonts tests/fonts-refused
? 1
! jixiao: tests/fonts-refused/fangsong.otf: no CFF table: the font has no outlines to embed

$ typeset --fonts tests/fonts-refused -o build/never-written.pdf examples/typesetting.json
? 1
! tests/fonts-refused: error: tests/fonts-refused/fangsong.otf: no CFF table: the font has no outlines to embed

$ typeset --strict -o build/never-written.pdf tests/inputs/doc-missing-glyph.json
? 1
! tests/inputs/doc-missing-glyph.json:5:3: error: /blocks/1: no font has U+1F004; drawn as 〓

# The GB/T 9704 grid: 22 lines of 28 characters fill the type area
# (character pitch 15.79 pt, line pitch 28.99 pt).

$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-grid.json
? 0
> page 1
>   y=125.46 x=110.96..300.68 Jixiao Metrics Hei 16.0: 一、绩效评价工作开展情况
>   y=154.45 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 本次绩效评价的目的是对特种设备安全专项项目的执行情
>   y=183.44 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 况、资金的使用情况、项目的绩效情况进行综合分析，与预期绩
>   y=212.43 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 效目标进行对比，总结项目运行的成绩与经验，揭示存在的问题
>   y=241.42 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 与不足，对项目的整体运行情况进行评价，在此基础上进一步优
>   y=270.41 x=79.37..442.82 Jixiao Metrics Fangsong 16.0: 化资金使用、完善资金管理，提高资金的使用效益。
>   y=299.40 x=110.96..529.68 Jixiao Metrics Fangsong 16.0: 科学规范原则：严格执行规定的程序，按照科学规范的要求，
>   y=328.39 x=79.37..458.61 Jixiao Metrics Fangsong 16.0: 采用定量与定性分析相结合的方法开展绩效评价工作。
>   y=357.38 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 绩效相关原则：针对具体支出及其产出绩效进行评价，评价
>   y=386.37 x=79.37..442.82 Jixiao Metrics Fangsong 16.0: 结果清晰反映支出和产出绩效之间的紧密对应关系。
>   y=415.36 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 政策相符原则：制定评价工作方案、编制工作手册及项目评
>   y=444.35 x=79.37..411.23 Jixiao Metrics Fangsong 16.0: 价实施工作均应严格执行有关政策和管理规定。
>   y=473.35 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 依据充分原则：绩效评价所涉及的绩效报告，政策文件，项
>   y=502.34 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 目计划及资金的确定与调整，项目验收与项目成果等都应依据
>   y=531.33 x=79.37..126.96 Jixiao Metrics Fangsong 16.0: 充分。
>   y=560.32 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 本次绩效评价主要采用案卷分析法、成本效益分析法、比较
>   y=589.31 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 法、因素分析法等绩效评价方法，采取全面评价与重点评价相结
>   y=618.30 x=79.37..395.44 Jixiao Metrics Fangsong 16.0: 合、现场评价与非现场评价相结合方式进行。
>   y=647.29 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 该项目绩效评价指标依据《财政部关于印发〈项目支出绩效
>   y=676.28 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 评价管理办法〉的通知》（财预〔2020〕10号）和山东省财政厅
>   y=705.27 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 关于印发《山东省省级项目支出绩效单位自评工作规程》和《山
>   y=734.26 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 东省省级项目支出绩效财政评价和部门评价工作规程》的通知（鲁
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—
> page 2
>   y=125.46 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 财绩〔2020〕4号）设定，评价指标包括决策、过程、产出和效
>   y=154.45 x=79.37..529.68 Jixiao Metrics Fangsong 16.0: 益4个一级指标，下设二级、三级指标，主要包括项目立项、
>   y=183.44 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 绩效目标、资金投入、资金管理、组织实施、产出数量、产出实
>   y=212.43 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 效、产出成本、项目效益方面。总分设置为100分，四个一级
>   y=241.42 x=79.37..529.68 Jixiao Metrics Fangsong 16.0: 指标权重分别为决策20分，过程30分，产出30分，效益20分。
>   y=270.41 x=110.96..529.68 Jixiao Metrics Fangsong 16.0: 项目决策和项目过程主要采用共性指标，结合项目具体内容，
>   y=299.40 x=79.37..269.09 Jixiao Metrics Fangsong 16.0: 细化评分要点和评分依据。
>   y=328.39 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 项目产出主要从产出数量、产出实效和产出成本三个方面考
>   y=357.38 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 核。其中，产出数量反映和考核实际完成率、质量达标率，产出
>   y=386.37 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 实效主要考核项目完成及时性，产出成本反映项目成本的节约
>   y=415.36 x=79.37..126.96 Jixiao Metrics Fangsong 16.0: 程度。
>   y=444.35 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 项目效益主要从实施效益、满意度两个方面考核。根据项目
>   y=473.35 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 实施内容，实施效益主要包括项目实施所产生的社会效益、经济
>   y=502.34 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 效益、生态效益、可持续影响等。满意度主要评价人民群众对项
>   y=531.33 x=79.37..458.61 Jixiao Metrics Fangsong 16.0: 目实施效果的满意程度，与客观评价形成互证或互补。
>   y=560.32 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 绩效评价结果采取评分和评级相结合的方式，具体分值和等
>   y=589.31 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 级可根据不同评价内容设定。总分一般设置为100分，等级一
>   y=618.30 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 般划分为四档：90（含）-100分为优、80（含）-90分为良、60
>   y=647.29 x=71.47..324.89 Jixiao Metrics Fangsong 16.0: （含）-80分为中、60分以下为差。
>   y=676.28 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 本次绩效评价的目的是对特种设备安全专项项目的执行情
>   y=705.27 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 况、资金的使用情况、项目的绩效情况进行综合分析，与预期绩
>   y=734.26 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 效目标进行对比，总结项目运行的成绩与经验，揭示存在的问题
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —2—
> page 3
>   y=125.46 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 与不足，对项目的整体运行情况进行评价，在此基础上进一步优
>   y=154.45 x=79.37..442.82 Jixiao Metrics Fangsong 16.0: 化资金使用、完善资金管理，提高资金的使用效益。
>   y=183.44 x=110.96..529.68 Jixiao Metrics Fangsong 16.0: 科学规范原则：严格执行规定的程序，按照科学规范的要求，
>   y=212.43 x=79.37..458.61 Jixiao Metrics Fangsong 16.0: 采用定量与定性分析相结合的方法开展绩效评价工作。
>   y=241.42 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 绩效相关原则：针对具体支出及其产出绩效进行评价，评价
>   y=270.41 x=79.37..442.82 Jixiao Metrics Fangsong 16.0: 结果清晰反映支出和产出绩效之间的紧密对应关系。
>   y=299.40 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 政策相符原则：制定评价工作方案、编制工作手册及项目评
>   y=328.39 x=79.37..411.23 Jixiao Metrics Fangsong 16.0: 价实施工作均应严格执行有关政策和管理规定。
>   y=357.38 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 依据充分原则：绩效评价所涉及的绩效报告，政策文件，项
>   y=386.37 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 目计划及资金的确定与调整，项目验收与项目成果等都应依据
>   y=415.36 x=79.37..126.96 Jixiao Metrics Fangsong 16.0: 充分。
>   y=444.35 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 本次绩效评价主要采用案卷分析法、成本效益分析法、比较
>   y=473.35 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 法、因素分析法等绩效评价方法，采取全面评价与重点评价相结
>   y=502.34 x=79.37..395.44 Jixiao Metrics Fangsong 16.0: 合、现场评价与非现场评价相结合方式进行。
>   y=531.33 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 该项目绩效评价指标依据《财政部关于印发〈项目支出绩效
>   y=560.32 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 评价管理办法〉的通知》（财预〔2020〕10号）和山东省财政厅
>   y=589.31 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 关于印发《山东省省级项目支出绩效单位自评工作规程》和《山
>   y=618.30 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 东省省级项目支出绩效财政评价和部门评价工作规程》的通知（鲁
>   y=647.29 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 财绩〔2020〕4号）设定，评价指标包括决策、过程、产出和效
>   y=676.28 x=79.37..529.68 Jixiao Metrics Fangsong 16.0: 益4个一级指标，下设二级、三级指标，主要包括项目立项、
>   y=705.27 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 绩效目标、资金投入、资金管理、组织实施、产出数量、产出实
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —3—
> page 4
>   y=125.46 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 效、产出成本、项目效益方面。总分设置为100分，四个一级
>   y=154.45 x=79.37..529.68 Jixiao Metrics Fangsong 16.0: 指标权重分别为决策20分，过程30分，产出30分，效益20分。
>   y=183.44 x=110.96..529.68 Jixiao Metrics Fangsong 16.0: 项目决策和项目过程主要采用共性指标，结合项目具体内容，
>   y=212.43 x=79.37..269.09 Jixiao Metrics Fangsong 16.0: 细化评分要点和评分依据。
>   y=241.42 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 项目产出主要从产出数量、产出实效和产出成本三个方面考
>   y=270.41 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 核。其中，产出数量反映和考核实际完成率、质量达标率，产出
>   y=299.40 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 实效主要考核项目完成及时性，产出成本反映项目成本的节约
>   y=328.39 x=79.37..126.96 Jixiao Metrics Fangsong 16.0: 程度。
>   y=357.38 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 项目效益主要从实施效益、满意度两个方面考核。根据项目
>   y=386.37 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 实施内容，实施效益主要包括项目实施所产生的社会效益、经济
>   y=415.36 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 效益、生态效益、可持续影响等。满意度主要评价人民群众对项
>   y=444.35 x=79.37..458.61 Jixiao Metrics Fangsong 16.0: 目实施效果的满意程度，与客观评价形成互证或互补。
>   y=473.35 x=110.96..521.78 Jixiao Metrics Fangsong 16.0: 绩效评价结果采取评分和评级相结合的方式，具体分值和等
>   y=502.34 x=79.37..521.78 Jixiao Metrics Fangsong 16.0: 级可根据不同评价内容设定。总分一般设置为100分，等级一
>   y=531.33 x=79.37..521.57 Jixiao Metrics Fangsong 16.0: 般划分为四档：90（含）-100分为优、80（含）-90分为良、60
>   y=560.32 x=71.47..324.89 Jixiao Metrics Fangsong 16.0: （含）-80分为中、60分以下为差。
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —4—

# A block's look: 号 names, roles, alignments, numbered, indent and size bounds
$ typeset -o build/never-written.pdf tests/bad/doc-bad-look.json
? 1
! tests/bad/doc-bad-look.json:4:43: error: /blocks/0/size: "三号半" is not a 号 size (初号 … 小六) nor a number of points
! tests/bad/doc-bad-look.json:5:47: error: /blocks/1/font: "仿宋" is not one of: song, hei, kai, fangsong, title
! tests/bad/doc-bad-look.json:5:62: error: /blocks/1/align: "justify" is not one of: auto, left, center, right
! tests/bad/doc-bad-look.json:6:61: error: /blocks/2/numbered: expected true or false, found a string
! tests/bad/doc-bad-look.json:6:77: error: /blocks/2/indent: 12 must be at most 10
! tests/bad/doc-bad-look.json:7:45: error: /blocks/3/size: 60 must be at most 42

# A page break may turn the pages after it (an attached landscape form) and
# back; page numbers go on, each page placed by its own type area.
$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-turn.json
? 0
> page 1
>   y=124.96 x=111.37..207.37 Jixiao Metrics Hei 16.0: 一、项目概况
>   y=152.96 x=111.37..223.37 Jixiao Metrics Fangsong 16.0: 竖排的正文页。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—
> page 2, landscape, 16 rules
>   y=99.45 x=104.88..148.88 Jixiao Metrics Hei 16.0: 附件1
>   y=123.44 x=174.11..514.00 Jixiao Metrics Hei 10.5: 栏目内容
>   y=147.59 x=163.61..571.75 Jixiao Metrics Fangsong 10.5: 横排的表版心随纸张转为225×156毫米
>   y=553.74 x=118.88..160.88 Jixiao Metrics Song 14.0: —2—
> page 3
>   y=124.96 x=111.37..271.37 Jixiao Metrics Fangsong 16.0: 转回竖排，页码接续。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —3—

$ typeset --dump --fonts tests/fonts/metrics tests/bad/doc-turn-sideways.json
? 1
! tests/bad/doc-turn-sideways.json:5:40: error: /blocks/1/orientation: "sideways" is not one of: portrait, landscape

# subheads name rows of the table, whole numbers from 0
$ typeset -o build/never.pdf tests/bad/doc-subheads.json
? 1
! tests/bad/doc-subheads.json:4:52: error: /blocks/0/subheads: subheads are rows of the table, 0 to 1

# a compilation's marks: not printed; the 目录 lists them alone; each
# document's headings are numbered from 一、 again
$ typeset --dump --fonts tests/fonts/metrics tests/inputs/doc-mark.json
? 0
> page 1 (no number)
>   y=125.72 x=282.47..318.47 Jixiao Metrics Hei 18.0: 目录
>   y=166.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 甲项目绩效自评表........................1
>   y=194.96 x=79.37..521.57 Jixiao Metrics Hei 16.0: 乙项目绩效自评表........................2
> page 2
>   y=124.96 x=111.37..239.37 Jixiao Metrics Hei 16.0: 一、项目基本情况
>   y=152.96 x=111.37..207.37 Jixiao Metrics Fangsong 16.0: 甲项目正文。
>   y=774.84 x=465.57..507.57 Jixiao Metrics Song 14.0: —1—
> page 3
>   y=124.96 x=111.37..239.37 Jixiao Metrics Hei 16.0: 一、项目基本情况
>   y=152.96 x=111.37..207.37 Jixiao Metrics Fangsong 16.0: 乙项目正文。
>   y=774.84 x=93.37..135.37 Jixiao Metrics Song 14.0: —2—
