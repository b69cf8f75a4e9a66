"""Prints {file: [[sheet name, state], ...] | null} for each file given: openpyxl's own reading
of the workbook order (null when openpyxl cannot open the file), an independent check of ours."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path, read_only=True, keep_vba=path.endswith(".xlsm"))
        out[path] = [[ws.title, ws.sheet_state] for ws in wb.worksheets]
        wb.close()
    except Exception:  # noqa: BLE001 - any failure means "openpyxl could not read it"
        out[path] = None
print(json.dumps(out, ensure_ascii=False))
