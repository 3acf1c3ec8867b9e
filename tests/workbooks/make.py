"""Makes the workbook fixtures of the tests with programs other than
jixiao: openpyxl (as a clerk's tool or a provincial system would write a
workbook) and Python's zipfile for damaged and hostile archives. Run from
the repository root: /usr/bin/python3 tests/workbooks/make.py
The files are committed; this script says how each was made."""
import io, os, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

def save(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    # openpyxl stamps the time: fix it so the file is the same each run
    fixed = io.BytesIO()
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            data = z.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)
    open(path, "wb").write(fixed.getvalue())

# A report's workbook as a clerk fills the template in another program:
# 一级 and 二级 merged, numbers typed as text, a date typed as a date, the
# 字段 column left empty where the label is one jixiao knows.
wb = openpyxl.Workbook()
info = wb.active
info.title = "项目信息"
info.append(["栏目", "内容", "字段"])
info.append(["格式", "jixiao/1", "/format"])
info.append(["评价年度", "2022", None])            # a number typed as text
info.append(["项目名称", "电梯应急处置平台运行", None])
info.append(["主管部门", "枣庄市市场监督管理局", None])
info.append(["所属地区", "山东省枣庄市", "/subject/region"])
info.append(["全年预算数", 40, None])
info.append(["全年执行数", "39.90", None])          # text with its decimals
import datetime
info.append(["评价时间", "2023-05", None])
info.append(["填报日期", datetime.date(2023, 5, 31), None])  # a date: a serial with a date format
info.append(["评价依据 1", "《中华人民共和国预算法》", "/evaluation/basis/0"])
info.append(["", "", ""])                             # a blank row
info.append(["评价依据 2", "《项目支出绩效评价管理办法》", "/evaluation/basis/1"])
tree = wb.create_sheet("绩效指标")
tree.append(["一级指标", "一级分值", "二级指标", "二级分值", "三级指标", "三级分值", "评分方法", "得分", "扣分原因"])
rows = [
    ["决策", 20, "项目立项", 10, "立项依据充分性", 5, "manual", "5", None],
    [None, None, None, None, "立项程序规范性", 5, "manual", 5, None],
    [None, None, "绩效目标", 10, "绩效目标合理性", "10", "manual", 8, "目标未细化"],
    ["产出", 80, "产出数量", 80, "平台运行天数", 80, "manual", 80, None],
]
for r in rows:
    tree.append(r)
tree.merge_cells("A2:A4")
tree.merge_cells("B2:B4")
tree.merge_cells("C2:C3")
tree.merge_cells("D2:D3")
save(wb, "openpyxl-report.xlsx")

# One project entered twice: as the format spells it, and as people type
# it (Chinese words for the codes, percent cells, numbers typed as text, a
# code typed as a number, a date typed in Chinese, 0 typed into a text
# column, the groups' 分值 left for their children to give). Both import
# to the same scores; the typed code keeps its digits.
def people(name, typed):
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "项目信息"
    info.append(["栏目", "内容", "字段"])
    info.append(["格式", "jixiao/1", "/format"])
    info.append(["评价年度", "2022" if typed else 2022, None])
    info.append(["项目名称", "食品安全抽检", None])
    info.append(["项目编码", 370400220000001 if typed else "370400220000001", None])
    # Excel keeps 15 digits of a number: the last three are gone
    info.append(["主管部门编码", 370400220000001000 if typed else "370400220000001228", None])
    info.append(["全年预算数", "1,200.00" if typed else 1200, None])
    info.append(["全年执行数", "1197.00" if typed else 1197, None])
    info.append(["评价类型", "单位自评" if typed else "self", None])
    info.append(["填报日期", "2023年5月31日" if typed else "2023-05-31", None])
    info.append(["执行率", 0.9975 if typed else 99.75, "/scoring/execution_rate"])
    if typed:
        info["B11"].number_format = "0.00%"
    goals = wb.create_sheet("绩效目标")
    goals.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"])
    goals.append(["产出指标", "数量指标", "抽检批次", "≥1200批", "1260批", 0 if typed else "0"])
    tree = wb.create_sheet("绩效指标")
    tree.append(["一级指标", "一级分值", "二级指标", "二级分值", "三级指标", "三级分值", "评分方法", "指标值",
                 "实际完成值", "得分", "得分率"])
    rows = [["决策", 20, "项目立项", 10, "立项依据充分性", 5, "manual", None, None, 5, None],
            ["决策", 20, "项目立项", 10, "立项程序规范性", 5, "manual", None, None, 4.5, None],
            ["决策", 20, "绩效目标", 10, "绩效目标合理性", 10, "manual", None, None, 8, None],
            ["产出", 80, "产出数量", 80, "抽检批次完成率", 80, "ratio", 1200, 1164, 77.6, 97]]
    for r in rows:
        if typed:
            r[1] = r[3] = None                       # the groups' 分值: their children's sum
            r[6] = {"manual": "手工评分", "ratio": "比率"}[r[6]]
            r[9] = str(r[9])                         # a score typed as text
            if r[10] is not None: r[10] = r[10] / 100
        tree.append(r)
    if typed:
        tree["K5"].number_format = "0%"
    # a table of the report's own: a block of cells on a sheet of its own,
    # or (plain) one cell per row by its pointer
    info.append(["表格 1 章节", "绩效目标" if typed else "goals", "/tables/0/section"])
    cells = [[("抽检任务分配", 3)], ["区（市）", "批次", "占比"], ["滕州市", 600, "50%"], ["山亭区", 600, "50%"]]
    if typed:
        sheet = wb.create_sheet("表格1")
        sheet.append(["抽检任务分配"])
        sheet.merge_cells("A1:C1")
        sheet.append(cells[1])
        sheet.append(["滕州市", 600, 0.5])
        sheet.append(["山亭区", "600", 0.5])
        sheet["C3"].number_format = sheet["C4"].number_format = "0%"
    else:
        info.append([None, "抽检任务分配", "/tables/0/rows/0/0/text"])
        info.append([None, 3, "/tables/0/rows/0/0/colspan"])
        for r, row in enumerate(cells[1:], 1):
            for k, v in enumerate(row):
                info.append([None, str(v), "/tables/0/rows/%d/%d" % (r, k)])
    save(wb, name)

people("people-plain.xlsx", False)
people("people-typed.xlsx", True)

def raw(name, members):
    """A ZIP with the members given as they are."""
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members:
            zi = zipfile.ZipInfo(member, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

WB = b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
RELS = b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="%s"/></Relationships>'
def sheet(body):
    return b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + body + b"</sheetData></worksheet>"
def book(name, sheet_name, sheet_xml, extra=()):
    raw(name, [("xl/workbook.xml", WB % sheet_name.encode()), ("xl/_rels/workbook.xml.rels", RELS % b"worksheets/sheet1.xml"),
               ("xl/worksheets/sheet1.xml", sheet_xml)] + list(extra))

# 70 MB of one repeated row inflating from a few KB: a zip bomb
book("hostile-bomb.xlsx", "项目信息", sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + b"0" * 70_000_000 + b"</t></is></c></row>"))
# a billion laughs: entities in a DTD
laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
book("hostile-entities.xlsx", "项目信息", laughs)
# a sheet whose part climbs out of the archive
raw("hostile-path.xlsx", [("xl/workbook.xml", WB % "项目信息".encode()), ("xl/_rels/workbook.xml.rels", RELS % b"../../../etc/passwd")])
# 100,000 rows (the first and the last given: the bound is on the row number)
book("hostile-rows.xlsx", "项目信息", sheet(b'<row r="1"><c r="A1"><v>1</v></c></row><row r="100000"><c r="A100000"><v>1</v></c></row>'))
# a Word document renamed .xlsx
raw("renamed-docx.xlsx", [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>")])
# not a ZIP at all
open(os.path.join(HERE, "not-a-zip.xlsx"), "wb").write(b"id,name\n1,x\n")
# a formula without its cached value, an error value, "十" for a score,
# a column that does not exist, a label jixiao does not know
cells = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe4\xb8\x80\xe7\xba\xa7\xe6\x8c\x87\xe6\xa0\x87</t></is></c>'
         b'<c r="B1" t="inlineStr"><is><t>\xe4\xb8\x80\xe7\xba\xa7\xe5\x88\x86\xe5\x80\xbc</t></is></c>'
         b'<c r="C1" t="inlineStr"><is><t>\xe5\xbe\x97\xe5\x88\x86</t></is></c>'
         b'<c r="D1" t="inlineStr"><is><t>\xe8\xaf\x84\xe5\x88\x86\xe6\xa0\x87\xe5\x87\x86x</t></is></c></row>'
         b'<row r="2"><c r="A2" t="inlineStr"><is><t>\xe5\x86\xb3\xe7\xad\x96</t></is></c><c r="B2"><f>SUM(X1:X9)</f></c>'
         b'<c r="C2" t="inlineStr"><is><t>\xe5\x8d\x81</t></is></c></row>'
         b'<row r="3"><c r="A3" t="inlineStr"><is><t>\xe4\xba\xa7\xe5\x87\xba</t></is></c><c r="B3" t="e"><v>#DIV/0!</v></c></row>')
book("bad-cells.xlsx", "绩效指标", sheet(cells))
info_rows = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe6\xa0\x8f\xe7\x9b\xae</t></is></c><c r="B1" t="inlineStr"><is><t>\xe5\x86\x85\xe5\xae\xb9</t></is></c></row>'
             b'<row r="2"><c r="A2" t="inlineStr"><is><t>\xe9\xa1\xb9\xe7\x9b\xae\xe5\x90\x8d</t></is></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>')
book("bad-label.xlsx", "项目信息", sheet(info_rows))
# a number cell whose value is no number (it would have gone into the JSON
# as it is), a shared-string index that is no index, a cell given twice, a
# row numbered 0
book("hostile-number-text.xlsx", "项目信息", sheet(b'<row r="1"><c r="A1"><v>100, "spent": 99</v></c></row>'))
book("hostile-shared-index.xlsx", "项目信息", sheet(b'<row r="1"><c r="A1" t="s"><v>abc</v></c></row>'),
     [("xl/sharedStrings.xml", b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si></sst>')])
book("hostile-cell-twice.xlsx", "项目信息", sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="A1" t="inlineStr"><is><t>b</t></is></c></row>'))
book("hostile-row-zero.xlsx", "项目信息", sheet(b'<row r="0"><c><v>1</v></c></row>'))
# two sheets naming one part: read once, refused
raw("hostile-one-part.xlsx", [("xl/workbook.xml", b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/></sheets></workbook>'),
                              ("xl/_rels/workbook.xml.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x" Target="/xl/worksheets/sheet1.xml"/></Relationships>'),
                              ("xl/worksheets/sheet1.xml", sheet(b'<row r="1"><c r="A1"><v>1</v></c></row>'))])
# an old .xls and a password-protected .xlsx: OLE compound files
ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
open(os.path.join(HERE, "old-excel.xls"), "wb").write(ole + b"Workbook".ljust(64, b"\0"))
open(os.path.join(HERE, "encrypted.xlsx"), "wb").write(ole + "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0"))
