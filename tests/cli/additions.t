# Tables an input adds to a report's sections, and documents attached
# behind it (the unit's 自评表): placed, accounted for, and every fault
# named at its pointer, with nothing written.

$ render -o build/additions.pdf tests/inputs/tables-and-attachment.json
? 0
! tests/inputs/tables-and-attachment.json: warning: /goals: absent, so the section "项目绩效目标" is left out (layout report)
! tests/inputs/tables-and-attachment.json: warning: /evaluation/basis: absent, so the section "评价依据" is left out (layout report)
! tests/inputs/tables-and-attachment.json: warning: /evaluation/process: absent, so the section "绩效评价工作过程" is left out (layout report)
! tests/inputs/tables-and-attachment.json: warning: /findings/experience: absent, so the section "主要经验及做法" is left out (layout report)
! tests/inputs/tables-and-attachment.json: warning: /findings/problems: absent, so the section "存在的问题及原因分析" is left out (layout report)
! tests/inputs/tables-and-attachment.json: warning: /findings/suggestions: absent, so the section "意见建议" is left out (layout report)
! tests/inputs/tables-and-attachment.json:74:6: warning: /tables/1/rows/0/0: not printed by layout report
! tests/inputs/tables-and-attachment.json:96:7: warning: /attachments/0/input/goals/indicators/0: 一级指标 产出指标 weighs 90.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
! tests/inputs/tables-and-attachment.json: wrote build/additions.pdf (layout report)

$ render --strict -o build/never.pdf tests/bad/table-cell-too-wide.json
? 1
! tests/bad/table-cell-too-wide.json: error: /goals: absent, so the section "项目绩效目标" is left out (layout report)
! tests/bad/table-cell-too-wide.json: error: /evaluation/basis: absent, so the section "评价依据" is left out (layout report)
! tests/bad/table-cell-too-wide.json: error: /evaluation/process: absent, so the section "绩效评价工作过程" is left out (layout report)
! tests/bad/table-cell-too-wide.json: error: /findings/experience: absent, so the section "主要经验及做法" is left out (layout report)
! tests/bad/table-cell-too-wide.json: error: /findings/problems: absent, so the section "存在的问题及原因分析" is left out (layout report)
! tests/bad/table-cell-too-wide.json: error: /findings/suggestions: absent, so the section "意见建议" is left out (layout report)
! tests/bad/table-cell-too-wide.json:53:6: error: /tables/0/rows/1/1: the cell does not fit: row 2 has 2 columns

$ render --strict -o build/never.pdf tests/bad/table-columns-count.json
? 1
! tests/bad/table-columns-count.json: error: /goals: absent, so the section "项目绩效目标" is left out (layout report)
! tests/bad/table-columns-count.json: error: /evaluation/basis: absent, so the section "评价依据" is left out (layout report)
! tests/bad/table-columns-count.json: error: /evaluation/process: absent, so the section "绩效评价工作过程" is left out (layout report)
! tests/bad/table-columns-count.json: error: /findings/experience: absent, so the section "主要经验及做法" is left out (layout report)
! tests/bad/table-columns-count.json: error: /findings/problems: absent, so the section "存在的问题及原因分析" is left out (layout report)
! tests/bad/table-columns-count.json: error: /findings/suggestions: absent, so the section "意见建议" is left out (layout report)
! tests/bad/table-columns-count.json:44:3: error: /tables/0: columns gives 3 widths; the first row has 2 columns

$ check tests/bad/table-row-empty.json
? 1
! tests/bad/table-row-empty.json:50:5: error: /tables/0/rows/1: a row has at least one cell

$ check tests/bad/table-section-unknown.json
? 1
! tests/bad/table-section-unknown.json:45:15: error: /tables/0/section: "appendix" is not one of: subject (基本情况), goals (绩效目标), evaluation (评价工作), conclusion (评价结论), analysis (指标分析), experience (经验做法), problems (存在问题), suggestions (意见建议), application (结果应用), other (其他), annex (附件)

$ check tests/bad/attachment-nested.json
? 1
! tests/bad/attachment-nested.json:75:20: error: /attachments/0/input/attachments: an attached document has no attachments of its own

$ check tests/bad/attachment-no-input.json
? 1
! tests/bad/attachment-no-input.json:44:3: error: /attachments/0: missing required key "input"

$ check tests/bad/attachment-score-over.json
? 1
! tests/bad/attachment-score-over.json:60:7: warning: /attachments/0/input/goals/indicators/0: 一级指标 产出指标 weighs 90.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
! tests/bad/attachment-score-over.json:67:17: error: /attachments/0/input/goals/indicators/0/score: score 95 exceeds the weight 90

$ render -o build/never.pdf tests/bad/attachment-layout-unknown.json
? 1
! tests/bad/attachment-layout-unknown.json: warning: /goals: absent, so the section "项目绩效目标" is left out (layout report)
! tests/bad/attachment-layout-unknown.json: warning: /evaluation/basis: absent, so the section "评价依据" is left out (layout report)
! tests/bad/attachment-layout-unknown.json: warning: /evaluation/process: absent, so the section "绩效评价工作过程" is left out (layout report)
! tests/bad/attachment-layout-unknown.json: warning: /findings/experience: absent, so the section "主要经验及做法" is left out (layout report)
! tests/bad/attachment-layout-unknown.json: warning: /findings/problems: absent, so the section "存在的问题及原因分析" is left out (layout report)
! tests/bad/attachment-layout-unknown.json: warning: /findings/suggestions: absent, so the section "意见建议" is left out (layout report)
! tests/bad/attachment-layout-unknown.json:44:3: error: /attachments/0: the layout "selfeval-hainan" of this attachment cannot be read: layouts/selfeval-hainan.json: cannot open: No such file or directory
! tests/bad/attachment-layout-unknown.json:60:7: warning: /attachments/0/input/goals/indicators/0: 一级指标 产出指标 weighs 90.00; the self-evaluation standard is 50 (产出 50, 效益 30, 满意度 10)
