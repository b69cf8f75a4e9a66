"""Unmarked ledgers for the adoption checks of `workbook --merge` (issue 14).

Usage: /usr/bin/python3 adopt-variants.py REBUILT.xlsx OUT_DIR
REBUILT is a corpus ledger another program rebuilt from the values (no RECTIFY_OWNED_n names,
no tables). Writes, each still without marks:
  user-column.xlsx  a column the user added inside the 台账 (between 状态 and 完成日期), filled;
  foreign-header.xlsx  the 台账's header row renamed: no longer recognisably our ledger;
  user-readme.xlsx  说明 replaced by the user's own notes: a sheet that is not ours.
Prints {"column": header, "values": {"<问题序号>/<措施序号>": value}} for user-column.xlsx.
"""
import json
import os
import sys

import openpyxl

base, out = sys.argv[1], sys.argv[2]
HEADER = "跟踪人"


def header_row(ws):
    for row in ws.iter_rows(min_row=1, max_row=10):
        if row[0].value == "问题序号":
            return row[0].row
    raise SystemExit(f"{base}: no 台账 header")


wb = openpyxl.load_workbook(base)
ws = wb["台账"]
top = header_row(ws)
headers = [c.value for c in ws[top]]
at = headers.index("状态") + 2  # 1-based column right of 状态
ws.insert_cols(at)
ws.cell(top, at, HEADER)
values = {}
for r in range(top + 1, ws.max_row + 1):
    item, measure = ws.cell(r, 1).value, ws.cell(r, 2).value
    if item is None:
        continue
    value = f"李{r}"
    ws.cell(r, at, value)
    values[f"{item}/{measure}"] = value
wb.save(os.path.join(out, "user-column.xlsx"))

wb = openpyxl.load_workbook(base)
ws = wb["台账"]
top = header_row(ws)
for i, cell in enumerate(ws[top]):
    cell.value = f"第{i + 1}栏"
wb.save(os.path.join(out, "foreign-header.xlsx"))

wb = openpyxl.load_workbook(base)
ws = wb["说明"]
ws.delete_rows(1, ws.max_row)
ws["A1"] = "我的笔记"
ws["A2"] = "周一前交县委办"
wb.save(os.path.join(out, "user-readme.xlsx"))

print(json.dumps({"column": HEADER, "values": values}, ensure_ascii=False))
