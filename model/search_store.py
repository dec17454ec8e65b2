"""The stored search text: the normalised search text of every case of a library file, kept in a file next to it,
so that preparing search after start-up is one file read instead of loading and normalising every case document
(10,000 cases: about 0.05 s instead of 1.0-1.2 s).

`library.json` → `library.search.bin`: one line of JSON (the header), then the texts in UTF-16 (little endian)
separated by NUL (a search text never holds one: `Library` folds NUL to a space before normalising). The header:

- `format`: FORMAT;
- `stamp`: the library file's `library_index.source_stamp` (size, a hash of its first and last 64 kB, inode, mtime);
- `recipe`: what the text is made from (`recipe()`: the Unicode version and a hash of the code and data that build
  it: model/search.py, model/fields.py, model/municipalities.py, the municipality list, model/library.py); a new
  version of any of them changes it;
- `ids`: the file's case ids in file order, one text each, and `sizes`: the byte length of each text (so that a
  slice of texts is decoded without reading the rest: `StoredTexts.take`);
- `crc32`: of the sizes and the body, so that a truncated or damaged store is noticed (the CRC of 20 MB takes 5 ms).

Never trusted blindly: a store whose stamp is not the file's current one, whose recipe is not this build's, whose
ids are not the file's cases in order, whose body does not add up to the sizes or has another CRC, or a slice that
does not split into exactly one text per id is ignored; the
library then builds the text from the cases (in idle slices) and writes a new store.
"""

from __future__ import annotations

import functools
import hashlib
import os
import stat
import sys
import unicodedata
import zlib
from contextlib import suppress
from pathlib import Path
from typing import Any

import orjson

FORMAT = 1
SEPARATOR = "\x00"
_ENCODING = "utf-16-le"  # decodes about twice as fast as UTF-8 for Japanese text, and is smaller (2 bytes a kana)
_SEPARATOR_BYTES = 2


def store_path(source: Path) -> Path:
    """Where the stored search text of `source` lives: next to it, `library.json` → `library.search.bin`."""
    return source.with_name(f"{source.stem}.search.bin")


@functools.cache
def recipe() -> str | None:
    """A fingerprint of everything the search text is built from; None when one of the parts cannot be read (then
    nothing is stored or trusted)."""
    from model import fields, library, municipalities, search

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}|{unicodedata.unidata_version}|{sys.version_info[:2]}".encode())
    for path in (search.__file__, fields.__file__, municipalities.__file__, library.__file__,
                 municipalities.DATA_FILE):
        try:
            digest.update(Path(path).read_bytes())
        except (OSError, TypeError):
            return None
    return digest.hexdigest()


def _crc(sizes: list[Any], body: bytes | memoryview) -> int:
    # The sizes are covered too: a slice cut at the wrong place would be another text.
    return zlib.crc32(body, zlib.crc32(orjson.dumps(sizes)))


class StoredTexts:
    """The texts of a current store, decoded a slice at a time (`take`): the whole store decoded at once would hold
    the UI for some 50 ms at 10,000 cases; 250 texts take about 1 ms."""

    def __init__(self, ids: list[str], body: memoryview, offsets: list[int]) -> None:
        self._ids = ids
        self._body = body
        self._offsets = offsets  # where text k starts in the body; offsets[-1] is the body's end plus a separator
        self._next = 0

    @property
    def remaining(self) -> int:
        return len(self._ids) - self._next

    def take(self, limit: int | None = None) -> list[tuple[str, str]] | None:
        """The next `limit` (all when None) of (case id, text) in file order; None when the slice does not decode to
        as many texts (a damaged store: use none of the rest)."""
        k = self._next
        m = self.remaining if limit is None else min(max(limit, 0), self.remaining)
        if m == 0:
            return []
        start, end = self._offsets[k], self._offsets[k + m] - _SEPARATOR_BYTES
        try:
            texts = str(self._body[start:end], _ENCODING).split(SEPARATOR)
        except UnicodeDecodeError:
            return None
        if len(texts) != m:
            return None
        self._next = k + m
        if not self.remaining:
            self._body.release()
        return list(zip(self._ids[k:k + m], texts, strict=True))


def read(path: Path, stamp: dict[str, Any] | None, ids: list[str]) -> StoredTexts | None:
    """The stored texts of the cases `ids` (in that order) of the library file version `stamp`; None when the store
    is missing, stale, made by another recipe or damaged."""
    wanted = recipe()
    if stamp is None or wanted is None or not ids:
        return None
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    end = raw.find(b"\n")
    if end < 0:
        return None
    try:
        header = orjson.loads(raw[:end])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("recipe") != wanted \
            or header.get("stamp") != stamp or header.get("ids") != ids:
        return None
    body = memoryview(raw)[end + 1:]
    sizes = header.get("sizes")
    if not isinstance(sizes, list) or len(sizes) != len(ids) or header.get("crc32") != _crc(sizes, body):
        return None
    offsets = [0]
    at = 0
    for size in sizes:
        if type(size) is not int or size < 0 or size % 2:
            return None
        at += size + _SEPARATOR_BYTES
        offsets.append(at)
    if at != len(body) + _SEPARATOR_BYTES:
        return None
    return StoredTexts(ids, body, offsets)


def write(source: Path, stamp: dict[str, Any], ids: list[str], texts: list[str]) -> bool:
    """Store `texts` (one per id) for the version `stamp` of the library file `source`, atomically, next to it;
    False when nothing was written (a folder that refuses it, a text holding the separator, no recipe)."""
    path = store_path(source)
    wanted = recipe()
    if wanted is None or len(ids) != len(texts) or not ids or any(SEPARATOR in t for t in texts):
        return False
    try:
        encoded = [t.encode(_ENCODING) for t in texts]
    except UnicodeEncodeError:  # a lone surrogate
        return False
    body = SEPARATOR.encode(_ENCODING).join(encoded)
    header = orjson.dumps({"format": FORMAT, "recipe": wanted, "stamp": stamp, "ids": ids,
                           "sizes": (sizes := [len(e) for e in encoded]), "crc32": _crc(sizes, body)})
    del encoded
    tmp = path.with_name(f".{path.name}.writing")
    try:
        # The same permissions as the library file it is made from (a private user file: 0600, a shared --db: its
        # mode); created private, so it is never readable by more people than that meanwhile.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "wb") as f:
            with suppress(OSError):
                os.fchmod(fd, stat.S_IMODE(os.stat(source).st_mode))
            f.write(header + b"\n")
            f.write(body)
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            tmp.unlink()
        return False
    return True


class LibraryStore:
    """The stored search text of one library file as a `Library` uses it: read at the first preparation (`pending`),
    taken in slices (`take`), written once every text is built when it was missing or stale (`save`).

    `version` is the file's (inode, mtime, size) when the library read it: a file changed since is neither read
    from nor written for (its cases are not the ones the library holds).
    """

    def __init__(self, source: Path | None, version: tuple[int, int, int] | None, ids: list[str]) -> None:
        self._source = source
        self._version = version
        self._ids = ids
        self._state = "unread"  # "stale": write it once every text is built; "done": read, written or not to be
        self._texts: StoredTexts | None = None

    def _stamp(self) -> dict[str, Any] | None:
        if self._source is None or self._version is None or not self._ids:
            return None
        from model import library_index

        stamp = library_index.source_stamp(self._source)
        if stamp is None or (stamp["ino"], stamp["mtime_ns"], stamp["size"]) != self._version:
            return None
        return stamp

    @property
    def pending(self) -> bool:
        """Whether stored texts are still to be taken (the store is read on the first ask)."""
        if self._state == "unread":
            self._state = "done"
            stamp = self._stamp()
            if stamp is not None and self._source is not None:
                self._texts = read(store_path(self._source), stamp, self._ids)
                if self._texts is None:
                    self._state = "stale"
        return self._texts is not None and self._texts.remaining > 0

    def take(self, limit: int | None, known: dict[str, str]) -> None:
        """Put the next `limit` (all when None) stored texts into `known` (by case id, keeping what it holds)."""
        if not self.pending or self._texts is None:
            return
        taken = self._texts.take(limit)
        if taken is None:  # a damaged slice: the rest is built from the cases, and stored again
            self._texts, self._state = None, "stale"
            return
        for case_id, text in taken:
            known.setdefault(case_id, text)
        if not self._texts.remaining:
            self._texts = None

    def save(self, known: dict[str, str]) -> None:
        """Store the texts of the file's cases from `known` when the store was missing or stale."""
        if self._state != "stale":
            return
        self._state = "done"
        stamp = self._stamp()
        if stamp is None or self._source is None or any(case_id not in known for case_id in self._ids):
            return
        write(self._source, stamp, self._ids, [known[case_id] for case_id in self._ids])
