"""The search index saved next to the database, so a launch with unchanged names rebuilds nothing.

File `<database>.search-index`: a magic line, a JSON header (format, search key version, database
id, generation, additions, token, and where each array lies), then the arrays, each at a 64-byte
boundary. Reading maps the file instead of loading it: opening costs milliseconds, and pages are
read only when a search touches them.

The cache is only ever a shortcut: a missing, stale, foreign or damaged file is ignored (and later
replaced), never an error.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import numpy as np

from .search import IndexArrays
from .search_keys import KEY_VERSION

MAGIC = b"ai-deals search index\n"
# 2: headers carry the names' token (m023). A file of format 1 may hold names of a write later rolled
# back (extended from an index read inside it, then saved), so it is rebuilt once, not extended.
FORMAT = 2
_ALIGN = 64


def cache_path(database: Path) -> Path:
    return database.with_name(database.name + ".search-index")


def save(path: Path, arrays: IndexArrays, stamp: dict) -> bool:
    """Write the arrays atomically (temporary file, then rename); False when the folder is read-only."""
    header = {"format": FORMAT, "keys": KEY_VERSION, **stamp, "arrays": {}}
    offset = 0
    for field in fields(IndexArrays):
        array = np.ascontiguousarray(getattr(arrays, field.name))
        header["arrays"][field.name] = {"dtype": array.dtype.str, "length": len(array), "offset": offset}
        offset += _padded(array.nbytes)
    encoded = json.dumps(header).encode("utf-8")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    except OSError:
        return False
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(MAGIC + len(encoded).to_bytes(8, "little") + encoded)
            handle.write(b"\0" * (_padded(handle.tell()) - handle.tell()))
            for field in fields(IndexArrays):
                data = np.ascontiguousarray(getattr(arrays, field.name))
                handle.write(data.data)  # a view: no copy of a 100 MB array
                handle.write(b"\0" * (_padded(data.nbytes) - data.nbytes))
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def load(path: Path, stamp: dict) -> IndexArrays | None:
    """The arrays saved for exactly this `stamp` (database id and generation) by a version making
    the same search keys (an index of older keys would miss names that now match), or None."""
    saved = load_if(path, lambda header: all(header.get(key) == value for key, value in stamp.items()))
    return None if saved is None else saved[1]


def load_if(path: Path, accepts: Callable[[dict], bool]) -> tuple[dict, IndexArrays] | None:
    """The header and arrays saved by a version making the same search keys, if `accepts` takes the
    header (the caller tells whether they can be brought up to date), or None.

    The header is judged before any array is mapped: checking a stale file's arrays (its postings'
    maximum reads the whole file) would cost seconds at a million names for a file turned down."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                return None
            length = int.from_bytes(handle.read(8), "little")
            header = json.loads(handle.read(min(length, 1 << 20)))
            base = _padded(handle.tell())
        if header.get("format") != FORMAT or header.get("keys") != KEY_VERSION or not accepts(header):
            return None
        arrays = IndexArrays(**{name: _map(path, base, spec) for name, spec in header["arrays"].items()})
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return (header, arrays) if _consistent(arrays) else None


def _map(path: Path, base: int, spec: dict) -> np.ndarray:
    dtype = np.dtype(spec["dtype"])
    if spec["length"] == 0:
        return np.zeros(0, dtype=dtype)
    return np.memmap(path, dtype=dtype, mode="r", offset=base + spec["offset"], shape=(spec["length"],))


def _consistent(arrays: IndexArrays) -> bool:
    """Sizes agree with each other, so a damaged file cannot send a search out of bounds."""
    count = len(arrays.company_ids)
    return (
        len(arrays.is_alias) == count
        and len(arrays.text_offsets) == count + 1
        and len(arrays.key_offsets) == count + 1
        and int(arrays.text_offsets[-1]) == len(arrays.text_blob)
        and int(arrays.key_offsets[-1]) == len(arrays.key_blob)
        and int(arrays.posting_offsets[-1]) == len(arrays.postings)
        and (len(arrays.postings) == 0 or int(arrays.postings.max()) < count)
    )


def _padded(size: int) -> int:
    return -(-size // _ALIGN) * _ALIGN
