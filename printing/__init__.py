"""Case summaries on paper and in PDF files, with QtGui only (no widgets, no print support).

`job` paginates and paints, `typeset` builds the documents, `pdf` writes files, `text_layer` repairs what copying
from the PDF gives, `fonts` the bundled Japanese font. The command line prints through this package; the window's
dialogs (gui/print_dialogs.py) add QtPrintSupport on top. tests/test_layers.py keeps QtWidgets and gui/ out.
"""
