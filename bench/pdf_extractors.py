"""Which PDF text extractor for the importer: field accuracy and speed on the slide-layout fixtures.

    python -m bench.pdf_extractors [--repeat 3]

Draws the seed volume and tests/data/vol2-sample.txt as PDFs (tests/pdf_volume.py), extracts each with every
candidate, imports the text, and compares the cases with those of the text import field by field (a field is
right when it is equal; a case that is missing counts all its fields wrong). Candidates: pypdfium2 and
pdfminer.six without layout analysis (their glyphs and rectangles through model/importer/pdf_layout.py, the
position rules), pdfminer.six with its layout analysis (LAParams, its own reading order), pypdf (drawing order,
and its layout mode) and pypdfium2's own text. Needs the dev dependencies (reportlab, pdfminer.six, pypdf).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from model.case import Case
from model.importer import CasebookError, parse_volume, read_text
from model.importer.pdf_layout import Box, Glyph, page_lines
from model.paths import PROJECT_ROOT, SHIPPED_SOURCE_DIR

SOURCES = (SHIPPED_SOURCE_DIR / "vol1-taisei-seibi.txt", PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt")


def pdfium_positions(path: Path) -> str:
    from model.importer.pdf import pdf_text

    return pdf_text(path)


def pdfium_plain(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    return "\f".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def pdfminer_positions(path: Path) -> str:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTCurve
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)  # no layout analysis: glyphs and paths as drawn
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[str] = []
    with path.open("rb") as f:
        for page in PDFPage.get_pages(f):
            interpreter.process_page(page)
            layout = device.get_result()
            glyphs = [Glyph(o.get_text(), o.x0, o.y0, o.x1, o.y1) for o in layout if isinstance(o, LTChar)]
            boxes = [Box(o.x0, o.y0, o.x1, o.y1) for o in layout if isinstance(o, LTCurve)]
            pages.append("".join(line + "\n" for line in page_lines(glyphs, boxes)))
    return "\f".join(pages)


def pdfminer_layout(path: Path) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(path, laparams=LAParams())


def pypdf_plain(path: Path) -> str:
    import pypdf

    return "\f".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pypdf_layout(path: Path) -> str:
    import pypdf

    return "\f".join(page.extract_text(extraction_mode="layout") for page in pypdf.PdfReader(path).pages)


CANDIDATES: dict[str, Callable[[Path], str]] = {
    "pypdfium2 + position rules": pdfium_positions,
    "pdfminer.six, no layout analysis + position rules": pdfminer_positions,
    "pdfminer.six, layout analysis (LAParams)": pdfminer_layout,
    "pypdf, drawing order": pypdf_plain,
    "pypdf, layout mode": pypdf_layout,
    "pypdfium2, own text order": pdfium_plain,
}


def score(expected: list[Case], text: str) -> int:
    try:
        got = {c.id: c for c in parse_volume(text, "volume").cases}
    except CasebookError:
        return 0
    right = 0
    for case in expected:
        other = got.get(case.id)
        if other is not None:
            right += sum(getattr(case, f.name) == getattr(other, f.name) for f in dataclasses.fields(case))
    return right


def main() -> None:
    from tests.pdf_volume import write_volume

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rules in (False, True):
            volumes = []
            for source in SOURCES:
                cases = parse_volume(read_text(source), "volume").cases
                pdf = Path(folder) / f"{source.stem}-{rules}.pdf"
                volumes.append((cases, write_volume(cases, pdf, rules_as_lines=rules)))
            _compare(volumes, args.repeat, "boxes drawn as four rules each" if rules else "boxes drawn as rectangles")


def _compare(volumes: list[tuple[list[Case], Path]], repeat: int, variant: str) -> None:
    import pypdf

    total = sum(len(cases) * len(dataclasses.fields(Case)) for cases, _ in volumes)
    pages = sum(len(pypdf.PdfReader(pdf).pages) for _, pdf in volumes)
    print(f"{len(volumes)} volumes, {sum(len(c) for c, _ in volumes)} cases, {pages} pages, {total} fields; {variant}")
    print(f"{'extractor':52} {'fields right':>14} {'ms/page':>8}")
    for name, extract in CANDIDATES.items():
        times = []
        texts: list[str] = []
        for _ in range(repeat):
            started = time.perf_counter()
            texts = [extract(pdf) for _, pdf in volumes]
            times.append(time.perf_counter() - started)
        right = sum(score(cases, text) for (cases, _), text in zip(volumes, texts, strict=True))
        ms = statistics.median(times) * 1000 / pages
        print(f"{name:52} {right:>5}/{total} {100 * right / total:5.1f}% {ms:8.1f}")
    print()

if __name__ == "__main__":
    main()
