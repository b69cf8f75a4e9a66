"""Corpus workbooks written by Python libraries, from the product's own ledger (issue 14).

Usage: /usr/bin/python3 generate.py BASE.xlsx OUT_DIR
Writes OUT_DIR/<name>.xlsx for each producer below and prints one JSON line per file:
{"name": ..., "producer": ...}. Every file holds the ledger's values, so `rectify validate`
must find exactly what it finds on BASE.xlsx.
"""
import datetime
import json
import os
import sys

import openpyxl
import xlsxwriter
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

base, out = sys.argv[1], sys.argv[2]
made = []


def done(name, producer):
    made.append({"name": name, "producer": producer})


def values(path):
    """Each sheet's rows of values, dates as datetime (openpyxl reads date-formatted cells so)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    return [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]


sheets = values(base)
DATE = "yyyy-mm-dd"


def header_index(rows):
    """The header row: a ledger has its title and 填报 line above it (row 3); other sheets row 1."""
    for i, row in enumerate(rows[:5]):
        if row and row[0] == "问题序号":
            return i
    return 0


def table_for(ws_title, rows, index):
    width = max((len(r) for r in rows), default=0)
    top = header_index(rows)
    headers = rows[top] if rows else []
    if len(rows) < top + 2 or width == 0 or any(not isinstance(h, str) or not h for h in headers[:width]):
        return None
    if len(set(headers[:width])) != width:
        return None
    ref = f"A{top + 1}:{get_column_letter(width)}{len(rows)}"
    t = Table(displayName=f"T{index}", ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    return t


# 1. The crash of the issue: a product ledger loaded and saved once by openpyxl.
wb = openpyxl.load_workbook(base)
wb.save(os.path.join(out, "openpyxl-resave.xlsx"))
done("openpyxl-resave.xlsx", "openpyxl")

# 2. Rebuilt with real Table objects, normal mode.
wb = openpyxl.Workbook()
wb.remove(wb.active)
for i, (title, rows) in enumerate(sheets):
    ws = wb.create_sheet(title)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (datetime.date, datetime.datetime)):
                c.number_format = DATE
    t = table_for(title, rows, i + 1)
    if t is not None:
        ws.add_table(t)
wb.save(os.path.join(out, "openpyxl-tables.xlsx"))
done("openpyxl-tables.xlsx", "openpyxl")

# 3. The same in write-only mode (rows streamed, inline table definitions).
wb = openpyxl.Workbook(write_only=True)
for i, (title, rows) in enumerate(sheets):
    ws = wb.create_sheet(title)
    for r in rows:
        cells = []
        for v in r:
            c = WriteOnlyCell(ws, value=v)
            if isinstance(v, (datetime.date, datetime.datetime)):
                c.number_format = DATE
            cells.append(c)
        ws.append(cells)
    t = table_for(title, rows, i + 1)
    if t is not None:
        # Write-only tables name their columns by hand (openpyxl cannot read the streamed rows).
        t._initialise_columns()
        for column, header in zip(t.tableColumns, rows[header_index(rows)]):
            column.name = header
        ws.add_table(t)
wb.save(os.path.join(out, "openpyxl-writeonly.xlsx"))
done("openpyxl-writeonly.xlsx", "openpyxl")

# 4. ISO dates: cells written as t="d".
wb = openpyxl.Workbook(iso_dates=True)
wb.remove(wb.active)
for title, rows in sheets:
    ws = wb.create_sheet(title)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (datetime.date, datetime.datetime)):
                c.number_format = DATE
wb.save(os.path.join(out, "openpyxl-isodates.xlsx"))
done("openpyxl-isodates.xlsx", "openpyxl")

# 5. Sheet and workbook protection, hidden and very hidden sheets.
wb = openpyxl.load_workbook(base)
wb["台账"].protection.sheet = True
wb["台账"].protection.password = "rectify"
wb.security = WorkbookProtection(workbookPassword="rectify", lockStructure=True)
wb["名录"].sheet_state = "hidden"
wb["说明"].sheet_state = "veryHidden"
wb.active = 2
wb.save(os.path.join(out, "openpyxl-protected.xlsx"))
done("openpyxl-protected.xlsx", "openpyxl")

# 6. The 1904 date system (serials four years smaller for the same dates).
wb = openpyxl.load_workbook(base)
wb.epoch = CALENDAR_MAC_1904
wb.save(os.path.join(out, "openpyxl-1904.xlsx"))
done("openpyxl-1904.xlsx", "openpyxl")

# 7. xlsxwriter, shared strings and a table; 8. its constant-memory mode (inline strings).
for name, options in (("xlsxwriter.xlsx", {}), ("xlsxwriter-constant-memory.xlsx", {"constant_memory": True})):
    book = xlsxwriter.Workbook(os.path.join(out, name), options)
    date = book.add_format({"num_format": DATE})
    for i, (title, rows) in enumerate(sheets):
        ws = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    ws.write_datetime(r, c, v, date)
                else:
                    ws.write(r, c, v)
        top = header_index(rows)
        if not options and title == "台账" and len(rows) > top + 1:
            ws.add_table(top, 0, len(rows) - 1, len(rows[top]) - 1,
                         {"columns": [{"header": h} for h in rows[top]], "header_row": True, "autofilter": True,
                          "name": "LedgerTable"})
    book.close()
    done(name, "xlsxwriter")

for m in made:
    print(json.dumps(m, ensure_ascii=False))
