"""Pure-Python domain of DX事例ブラウザ: cases, importer, library, search, bookmarks, storage. No Qt here."""
