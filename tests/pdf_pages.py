"""Reading back the PDFs the app writes, as a reader's viewer would (for tests of printing and of the CLI)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

# Qt draws synthetic bold (IPAexGothic has no bold face) twice, the second copy marked with an empty
# /ActualText so that PDF viewers and poppler copy the text once; pypdf ignores /ActualText, so drop those copies.
_BOLD_COPY = re.compile(rb"/Span << /ActualText <> >> BDC.*?EMC", re.S)


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as a viewer copies it, without whitespace (extraction splits runs arbitrarily)."""
    texts = []
    for page in PdfReader(pdf).pages:
        for ref in (page.get("/Contents") and [page["/Contents"]]) or []:
            streams = ref.get_object()
            for stream in streams if isinstance(streams, list) else [streams]:
                stream = stream.get_object()
                stream.set_data(_BOLD_COPY.sub(b"", stream.get_data()))
        texts.append(re.sub(r"\s+", "", page.extract_text() or ""))
    return texts
