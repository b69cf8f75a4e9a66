"""Edits a 台账 sheet as a person would, with openpyxl: tests/cycle drives it.

usage: edit-workbook.py FILE.xlsx OPS.json
OPS: [{"op": "set", "item": 3, "measure": "1", "column": "整改进展", "value": ...},
      {"op": "append", "cells": {"问题序号": 1, ...}}]
A value {"date": "2026-11-28"} is written as a date, {"text": "=SUM(A1)"} as a string even when
it starts with "=" (a person typing '=… in Excel); anything else as given.
"""
import datetime
import json
import sys

import openpyxl


def value_of(v):
    if isinstance(v, dict) and "date" in v:
        return datetime.date.fromisoformat(v["date"])
    if isinstance(v, dict) and "text" in v:
        return v["text"]
    return v


def put(cell, v):
    cell.value = value_of(v)
    if isinstance(v, dict) and "text" in v:
        cell.data_type = "s"


def main():
    path, ops_path = sys.argv[1], sys.argv[2]
    with open(ops_path, encoding="utf-8") as f:
        ops = json.load(f)
    wb = openpyxl.load_workbook(path)
    ws = wb["台账"]
    # The header row names 问题序号 (a new 台账 has its title and 填报 line above it).
    top = next(r for r in range(1, 11) if "问题序号" in [c.value for c in ws[r]])
    header = [c.value for c in ws[top]]
    col = {h: i + 1 for i, h in enumerate(header) if h}
    last = top
    for r in range(top + 1, ws.max_row + 1):
        if any(ws.cell(r, c).value not in (None, "") for c in col.values()):
            last = r
    for op in ops:
        if op["op"] == "set":
            for r in range(top + 1, last + 1):
                if str(ws.cell(r, col["问题序号"]).value) == str(op["item"]) and str(
                    ws.cell(r, col["措施序号"]).value
                ) == str(op["measure"]):
                    put(ws.cell(r, col[op["column"]]), op["value"])
                    break
            else:
                raise SystemExit(f"no row {op['item']}-{op['measure']}")
        elif op["op"] == "append":
            last += 1
            for h, v in op["cells"].items():
                put(ws.cell(last, col[h]), v)
    wb.save(path)


main()
