"""Fill unfinished entries of the English .ts from a JSON file, for those who do not use Qt Linguist.

`.venv/bin/python resources/translations/fill.py STRINGS.json` where STRINGS.json maps a source string to its
English translation (`{"ブックマーク": "Bookmarks"}`), or a context to such a map (`{"MainWindow": {…}}`) where the
same source needs different translations in different contexts. Every unfinished message whose source is in the map
gets the translation; then update.py builds the .qm. Prints the sources still unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from update import LANGUAGES, lrelease, ts_path  # type: ignore[import-not-found]


def fill(ts: Path, strings: dict[str, object]) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        scoped = strings.get(name)
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = scoped.get(source) if isinstance(scoped, dict) else None
            if text is None and isinstance(strings.get(source), str):
                text = strings[source]  # type: ignore[assignment]
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = str(text)
            del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    strings = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    left = []
    for lang in LANGUAGES:
        ts = ts_path(lang)
        left += fill(ts, strings)
        lrelease(ts, ts.with_suffix(".qm"))
    for line in left:
        print("unfinished:", line)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
