"""openpyxl's reading of workbooks, for the write-side corpus checks (issue 14).

Usage: /usr/bin/python3 check-written.py FILE...
Prints {file: reading | {"error": text}} as JSON, where reading is
{"sheets": [[title, state], ...], "protected": {title: bool}, "lockStructure": bool,
 "vba": bool}: the worksheets in workbook order with their states, which sheets carry sheet
protection, whether the workbook structure is locked, and whether a macro project was found.
One process for every file: starting Python costs more than reading a ledger.
"""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path, keep_vba=True)
        security = wb.security
        out[path] = {
            "sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets],
            "protected": {ws.title: bool(ws.protection.sheet) for ws in wb.worksheets},
            "lockStructure": bool(security is not None and security.lockStructure),
            "vba": wb.vba_archive is not None,
        }
    except Exception as error:  # noqa: BLE001 - any failure is the finding: openpyxl cannot open it
        out[path] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(out, ensure_ascii=False))
