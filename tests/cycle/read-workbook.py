"""Prints a workbook's sheets (values, dates as ISO) and workbook-level names as JSON (openpyxl)."""
import datetime
import json
import sys

import openpyxl


def cell(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.strftime("%Y-%m-%d")
    return v


wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": {}, "names": {}, "states": {}, "protected": {}}
for ws in wb.worksheets:
    out["sheets"][ws.title] = [[cell(c) for c in row] for row in ws.iter_rows(values_only=True)]
    out["states"][ws.title] = ws.sheet_state
    out["protected"][ws.title] = bool(ws.protection.sheet)
for d in wb.defined_names.definedName:
    if d.localSheetId is None:
        out["names"][d.name] = d.attr_text
if "台账" in wb.sheetnames:
    ws = wb["台账"]
    out["locked"] = {
        f"{c.coordinate}": c.protection.locked for c in ws[2] if c.value is not None or True
    }
print(json.dumps(out, ensure_ascii=False))
