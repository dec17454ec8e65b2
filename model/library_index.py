"""The start-up index: what the first screen needs of every case, read at start instead of the whole library.

A library file of 10,000 cases is some 35 MB of case documents; the tree, the facets and the sort need a small part
of each (id, number, title, organization, prefecture, band, population, category, subcategory, New, costs, lead
time). The index is a sidecar JSON file next to the TinyDB file (`library.json` → `library.index.json`; the shipped
`data/cases.json` → `data/cases.index.json`, built by `python -m model.shipped` and committed) holding:

- `format`: this module's FORMAT; `stamp`: the source file's size, a hash of its first and last 64 kB, and (for a
  user file) its inode and mtime — an index whose stamp is not the file's current one is stale and never used;
- `columns`: one array per summary field (every case document without its long fields, LAZY_FIELDS, in doc-id
  order), with `numbered` and `sources` the small tables the category, subcategory and source columns number into;
- `ranges`: the byte range of every full document inside the source file, found at build time by looking for each
  document's own serialisation (as model/files and the benchmark write it) and verified there; an index is only
  written when every range was found.

The TinyDB file stays the store of the case documents. A case made from the index (`read`) holds its summary
fields; the first read of any other field (model/case.py `Case.__getattr__`) loads its full document through
`DocumentSource`, which reads that byte range from a descriptor opened with the index (so a replaced file is still
the version indexed), checks that it parses to the same case id, and otherwise reads the whole file. A damaged or
stale index is ignored and rebuilt by the library's normal read path.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import weakref
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

import orjson

from model.case import (
    QA,
    Case,
    Contact,
    Cost,
    CostEntry,
    CostLine,
    Link,
    Numbered,
    Population,
    Providers,
    Schedule,
    ScheduleStep,
    Source,
)

T = TypeVar("T")

FORMAT = 3  # 3: sources carry the edition
TABLE = "cases"
SAMPLE = 64 * 1024
# The fields a summary case leaves out: the long text, read from the library file when first needed.
LAZY_FIELDS: tuple[str, ...] = ("points", "overview", "effects", "providers", "contacts", "interview", "links",
                                "awards")
# After this many one-by-one loads (a sort or an export touching every case), the rest is read in one go.
SINGLE_LOADS_BEFORE_ALL = 32

Ranges = list[tuple[int, int]]


def index_path(source: Path) -> Path:
    """Where the index of `source` lives: next to it, `library.json` → `library.index.json`."""
    return source.with_name(f"{source.stem}.index.json")


def source_stamp(path: Path, *, with_mtime: bool = True) -> dict[str, Any] | None:
    """What identifies one version of `path`; None when it cannot be read. The shipped file's stamp has no inode or
    mtime (a checkout or an installer sets them), so its committed index stays valid wherever it is installed."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            head = f.read(SAMPLE)
            f.seek(max(0, st.st_size - SAMPLE))
            tail = f.read(SAMPLE)
    except OSError:
        return None
    stamp: dict[str, Any] = {"size": st.st_size, "sample": hashlib.blake2b(head + tail, digest_size=16).hexdigest()}
    if with_mtime:
        stamp["ino"] = st.st_ino
        stamp["mtime_ns"] = st.st_mtime_ns
    return stamp


def _serialisations(doc: dict[str, Any]) -> list[bytes]:
    # Compact (the benchmark's files) and indented two spaces at depth two (model/files, model/shipped).
    return [orjson.dumps(doc), orjson.dumps(doc, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n    ")]


def find_ranges(raw: bytes, docs: list[dict[str, Any]]) -> Ranges | None:
    """The byte range of each of `docs` (in file order) inside `raw`, or None when one is not found verbatim."""
    for variant in range(2):
        ranges: Ranges = []
        pos = 0
        for doc in docs:
            text = _serialisations(doc)[variant]
            at = raw.find(text, pos)
            if at < 0:
                break
            pos = at + len(text)
            ranges.append((at, pos))
        else:
            return ranges
    return None


def build(docs: list[dict[str, Any]], raw: bytes, stamp: dict[str, Any]) -> dict[str, Any] | None:
    """The index of a file whose content is `raw` and whose documents (in doc-id order) are `docs`.

    Column by column (one JSON array per summary field; categories, subcategories and sources as numbers into small
    tables): parsing 10,000 entries as arrays is several times faster than as 10,000 objects.
    """
    ranges = find_ranges(raw, docs)
    if ranges is None:
        return None
    numbered: dict[tuple[int, str], int] = {}
    sources: dict[tuple[str, str, str | None], int] = {}
    columns: dict[str, list[Any]] = {key: [] for key in COLUMNS}
    for doc in docs:
        for key in PLAIN_COLUMNS:
            columns[key].append(doc.get(key))
        for key in ("category", "subcategory"):
            columns[key].append(numbered.setdefault((doc[key]["number"], doc[key]["name"]), len(numbered)))
        src = doc["source"]
        columns["source"].append(sources.setdefault((src["file"], src["volume"], src.get("edition")), len(sources)))
        p = doc.get("population")
        columns["population"].append(None if p is None else [p.get("persons"), p.get("text", ""), p.get("as_of")])
        columns["cost"].append(doc.get("cost"))
        columns["schedule"].append(doc.get("schedule"))
    return {"format": FORMAT, "stamp": stamp, "ranges": ranges, "numbered": [list(k) for k in numbered],
            "sources": [list(k) for k in sources], "columns": columns}


def write(path: Path, index: dict[str, Any], like: Path | None = None) -> bool:
    """Write the index atomically next to its source; False (nothing written) when the folder refuses it. With
    `like` (the source), the index gets its permissions (a private user file: 0600), else the umask's."""
    tmp = path.with_name(f".{path.name}.writing")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if like is not None else 0o666)
        with open(fd, "wb") as f:
            if like is not None:
                with suppress(OSError):
                    os.fchmod(fd, stat.S_IMODE(os.stat(like).st_mode))
            f.write(orjson.dumps(index))
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            tmp.unlink()
        return False
    return True


def _made(cls: type[T], fields: dict[str, Any]) -> T:
    # A frozen dataclass without its __init__ (which sets each field through object.__setattr__): the same object,
    # several times faster. Only for values whose shape the caller checked.
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def _keys(d: Any, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(d, dict) or not keys.issuperset(d):
        raise ValueError("index entry of the wrong shape")
    return d


_POPULATION = ("persons", "text", "as_of")
_ENTRY = frozenset({"yen", "text", "breakdown", "note"})
_COST = frozenset({"initial", "running", "note"})
_SCHEDULE = frozenset({"lead_time", "steps"})
# The index's columns, in the order _cases unpacks them; the first PLAIN_COLUMNS are the documents' own values.
PLAIN_COLUMNS = ("id", "number", "title", "organization", "prefecture", "municipality", "population_band", "is_new",
                 "interview_note")
COLUMNS = (*PLAIN_COLUMNS, "category", "subcategory", "source", "population", "cost", "schedule")


def read(path: Path, stamp: dict[str, Any] | None) -> tuple[list[Case], Ranges] | None:
    """The summary cases (no loader attached yet) and the ranges of a valid, current index at `path`; None when it
    is missing, stale or malformed in any way."""
    if stamp is None:
        return None
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("stamp") != stamp:
        return None
    try:
        ranges = _ranges(data["ranges"], stamp["size"])
        cases = _cases(data, len(ranges))
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None
    return cases, ranges


def _ranges(raw: Any, size: int) -> Ranges:
    last = 0
    out: Ranges = []
    for start, end in raw:
        if not (type(start) is int and type(end) is int and last <= start < end <= size):
            raise ValueError("bad range")
        last = end
        out.append((start, end))
    return out


def _entry(d: Any) -> CostEntry | None:
    if d is None:
        return None
    _keys(d, _ENTRY)
    return _made(CostEntry, {"yen": d.get("yen"), "text": d.get("text", ""), "note": d.get("note"),
                             "breakdown": [CostLine(**b) for b in d.get("breakdown", [])]})


def _cost(d: Any) -> Cost | None:
    if d is None:
        return None
    _keys(d, _COST)
    return _made(Cost, {"initial": _entry(d.get("initial")), "running": _entry(d.get("running")),
                        "note": d.get("note")})


def _schedule(d: Any) -> Schedule | None:
    if d is None:
        return None
    _keys(d, _SCHEDULE)
    return _made(Schedule, {"lead_time": d.get("lead_time"),
                            "steps": [ScheduleStep(**s) for s in d.get("steps", [])]})


def _cases(data: dict[str, Any], n: int) -> list[Case]:
    columns = data["columns"]
    if not isinstance(columns, dict) or set(columns) != set(COLUMNS) or any(
            not isinstance(columns[k], list) or len(columns[k]) != n for k in COLUMNS):
        raise ValueError("bad columns")
    numbered = [Numbered(int(number), str(name)) for number, name in data["numbered"]]
    sources = [Source(str(file), str(volume), None if edition is None else str(edition))
               for file, volume, edition in data["sources"]]
    for key in ("id", "title", "organization", "prefecture", "population_band"):
        if not all(type(v) is str for v in columns[key]):
            raise ValueError(f"bad column {key}")
    if not all(type(v) is int for v in columns["number"]):
        raise ValueError("bad column number")
    out: list[Case] = []
    for (id_, number, title, organization, prefecture, municipality, population_band, is_new, interview_note,
         category, subcategory, source, population, cost, schedule) in zip(*(columns[k] for k in COLUMNS),
                                                                           strict=True):
        out.append(_made(Case, {
            "id": id_, "number": number, "title": title, "organization": organization, "prefecture": prefecture,
            "municipality": municipality, "category": numbered[category], "subcategory": numbered[subcategory],
            "population_band": population_band,
            "population": None if population is None else _made(Population, dict(zip(_POPULATION, population,
                                                                                      strict=True))),
            "is_new": bool(is_new), "cost": _cost(cost), "schedule": _schedule(schedule), "source": sources[source],
            "interview_note": interview_note,
        }))
    return out


_CONTACT = frozenset({"department", "phone", "email"})
_QA = frozenset({"question", "answer"})
_LINK = frozenset({"label", "url"})


def _small(cls: type[T], d: dict[str, Any], keys: frozenset[str]) -> T:
    # A document of exactly the dataclass's fields needs no __init__; anything else goes through it (and raises).
    return _made(cls, d) if d.keys() == keys else cls(**d)


def _rest(doc: dict[str, Any]) -> dict[str, Any]:
    """The LAZY_FIELDS of a full document, as `Case.from_doc` makes them (a test compares the two), without building
    the rest of the case again: reading the full cases in idle time is half this."""
    p = doc.get("providers")
    return {
        "points": list(doc.get("points", [])),
        "overview": list(doc.get("overview", [])),
        "effects": list(doc.get("effects", [])),
        "providers": None if p is None else Providers(
            companies=list(p.get("companies", [])), service=p.get("service"), operation=p.get("operation"),
            others=list(p.get("others", []))),
        "contacts": [_small(Contact, c, _CONTACT) for c in doc.get("contacts", [])],
        "interview": [_small(QA, q, _QA) for q in doc.get("interview", [])],
        "links": [_small(Link, link, _LINK) for link in doc.get("links", [])],
        "awards": list(doc.get("awards", [])),
    }


class DocumentSource:
    """The full documents of one indexed file, read by byte range through a descriptor opened with the index."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self._size = size
        self._fd = os.open(path, os.O_RDONLY)
        self._close = weakref.finalize(self, os.close, self._fd)
        self._lock = threading.RLock()
        self._pending: dict[int, tuple[Case, int, int]] = {}  # id(case) → the case, its range
        self._singles = 0

    def attach(self, cases: list[Case], ranges: Ranges) -> list[Case]:
        """`cases` (summary cases from `read`), each loading its full document from its range on first need."""
        rest = self._load_one
        pending = self._pending
        for case, (start, end) in zip(cases, ranges, strict=True):
            case.__dict__["_load_rest"] = rest
            pending[id(case)] = (case, start, end)
        return cases

    @property
    def pending(self) -> int:
        return len(self._pending)

    def load(self, cases: Iterable[Case]) -> None:
        """Fill in the full fields of those of `cases` that came from this source and are not loaded yet."""
        with self._lock:
            self._load([c for c in cases if id(c) in self._pending and "_load_rest" in c.__dict__])

    def _load_one(self, case: Case) -> None:
        with self._lock:
            if "_load_rest" not in case.__dict__:
                return  # another thread loaded it meanwhile
            self._singles += 1
            if self._singles > SINGLE_LOADS_BEFORE_ALL:
                self._load([c for c, _s, _e in self._pending.values()])
            else:
                self._load([case])

    def _load(self, cases: list[Case]) -> None:
        if not cases:
            return
        spans = [self._pending[id(case)] for case in cases]
        first = min(s for _c, s, _e in spans)
        last = max(e for _c, _s, e in spans)
        # One read of the stretch that holds them when they lie close together (an idle slice of the next cases
        # in library order, or all of them), else one read each.
        span = os.pread(self._fd, last - first, first) if last - first <= 4 * sum(e - s for _c, s, e in spans) \
            else None
        by_id: dict[str, dict[str, Any]] | None = None
        for case, start, end in spans:
            chunk = span[start - first:end - first] if span is not None else os.pread(self._fd, end - start, start)
            try:
                doc = orjson.loads(chunk)
            except orjson.JSONDecodeError:
                doc = None
            if not isinstance(doc, dict) or doc.get("id") != case.id:
                # The file was changed in place since it was indexed: find the document by its id instead.
                if by_id is None:
                    by_id = self._all_docs()
                doc = by_id.get(case.id)
                if doc is None:
                    from model.files import StorageError

                    raise StorageError(f"{self.path.name}: case {case.id} is no longer in the file")
            d = case.__dict__
            d.update(_rest(doc))
            del d["_load_rest"]
            del self._pending[id(case)]
        if not self._pending:
            self._close()

    def _all_docs(self) -> dict[str, dict[str, Any]]:
        data = orjson.loads(os.pread(self._fd, os.fstat(self._fd).st_size, 0))
        table = data.get(TABLE, {}) if isinstance(data, dict) else {}
        return {d["id"]: d for d in table.values() if isinstance(d, dict) and isinstance(d.get("id"), str)}
