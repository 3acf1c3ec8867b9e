#!/usr/bin/python3
"""Fills a workbook `jixiao template LAYOUT` wrote, as a clerk would: the
项目信息 sheet's 内容 column, and each sheet that has a 示例 sheet with the
example's rows (its merged cells kept). Usage: template_fill.py IN OUT
NAME REGION EVALUATION_TYPE"""
import sys

import openpyxl

src, dst, name, region, etype = sys.argv[1:6]
wb = openpyxl.load_workbook(src)
info = wb["项目信息"]
goal_form = "绩效目标" in wb.sheetnames and "绩效指标" not in wb.sheetnames
values = {
    "/year": 2023, "/subject/name": name, "/subject/region": region, "/subject/department": "某市市场监督管理局",
    "/subject/implementer": "某市市场监督管理局", "/subject/code": "37040023000000012345",
    "/funds/initial_budget": 20, "/funds/budget": 20, "/funds/arrived": 20, "/funds/spent": 19.7,
    "/goals/overall": "维护专利市场秩序。",
    "/goals/annual_achieved": "全年开展维权援助20次，目标全部完成。",
    "/evaluation/type": etype, "/evaluation/organization": "某会计师事务所有限公司",
    "/scoring/source": "绩效目标" if goal_form else "指标体系",
    "/signoff/handler": "张三", "/signoff/date": "2024年3月15日",
}
for row in info.iter_rows(min_row=2):
    pointer = row[2].value
    if pointer in values:
        row[1].value = values[pointer]
for sheet in list(wb.sheetnames):
    if not sheet.startswith("示例-"):
        continue
    example, target = wb[sheet], wb[sheet[len("示例-"):]]
    for r, row in enumerate(example.iter_rows(min_row=2, values_only=True), start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                target.cell(row=r, column=c, value=value)
    for merged in example.merged_cells.ranges:
        target.merge_cells(str(merged))
    del wb[sheet]
wb.save(dst)
