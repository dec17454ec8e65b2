"""Taking cases out of the app: spreadsheets (XLSX, CSV), JSON, and the side-by-side comparison.

Pure Python. `cells` is the one place that makes a cell formula-safe; `table` says which columns a spreadsheet has
(labels from model.fields); `sheets` writes CSV, JSON and XLSX bytes; `compare` builds the comparison of 2–6 cases
that the window, the printer and the command line show. The user's own data (notes, statuses) comes in as
mappings keyed by case id, so this package never reads the bookmark store.
"""
