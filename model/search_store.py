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
- `ids`: the file's case ids in file order, one text each;
- `size` and `crc32`: of the body, so that a truncated or damaged store is noticed (the CRC of 20 MB takes 5 ms).

Never trusted blindly: a store whose stamp is not the file's current one, whose recipe is not this build's, whose
ids are not the file's cases in order, whose body has another size or CRC or does not split into exactly one text
per id is ignored; the
library then builds the text from the cases (in idle slices) and writes a new store.
"""

from __future__ import annotations

import functools
import hashlib
import os
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


def read(path: Path, stamp: dict[str, Any] | None, ids: list[str]) -> list[str] | None:
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
    if len(body) % 2 or header.get("size") != len(body) or header.get("crc32") != zlib.crc32(body):
        return None
    try:
        joined = str(body, _ENCODING)
    except UnicodeDecodeError:
        return None
    body.release()
    del raw  # the bytes go before the texts are split out of the string (20 MB less at the peak for 10,000 cases)
    texts = joined.split(SEPARATOR)
    return texts if len(texts) == len(ids) else None


def write(path: Path, stamp: dict[str, Any], ids: list[str], texts: list[str]) -> bool:
    """Store `texts` (one per id) for the library file version `stamp`, atomically; False when nothing was written
    (a folder that refuses it, a text holding the separator, no recipe)."""
    wanted = recipe()
    if wanted is None or len(ids) != len(texts) or not ids or any(SEPARATOR in t for t in texts):
        return False
    try:
        body = SEPARATOR.join(texts).encode(_ENCODING)
    except UnicodeEncodeError:  # a lone surrogate
        return False
    header = orjson.dumps({"format": FORMAT, "recipe": wanted, "stamp": stamp, "ids": ids, "size": len(body),
                           "crc32": zlib.crc32(body)})
    tmp = path.with_name(f".{path.name}.writing")
    try:
        with open(tmp, "wb") as f:
            f.write(header + b"\n")
            f.write(body)
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            tmp.unlink()
        return False
    return True
