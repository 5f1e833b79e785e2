"""The items of a JSON list (`[...]` or `{"deals": [...]}`), read incrementally with their line numbers.

The standard library only parses whole documents; this reads chunks and decodes one item at a time
with `json.JSONDecoder.raw_decode`, so memory holds one item and one chunk, not the file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator

from .errors import InputError

LIST_KEY = "deals"
EXPORT_KEY = "records"  # ai-deals' own JSON export: {"records": [...]}
_CHUNK = 1 << 20
_WHITESPACE = " \t\n\r"


class DuplicateKey(ValueError):
    """A JSON object giving one key twice (`{"company": "A", "company": "B"}`): which one the row means
    is not for the importer to guess (the standard library would silently keep the last)."""


def unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """`object_pairs_hook` refusing a key given twice in one object."""
    item: dict[str, object] = {}
    for key, value in pairs:
        if key in item:
            raise DuplicateKey(f"key {key!r} given twice")
        item[key] = value
    return item


class WrittenNumber(str):
    """A JSON number no Python number holds as the file writes it (`1e400` would be inf, `NaN`, a
    5,000-digit integer Python refuses to convert), kept as its text: a message quotes what the file
    says, as a CSV cell's would (`'1e400' is larger than the limit of 1e15`), not `'inf'`."""


def _float_as_written(text: str) -> float | WrittenNumber:
    """A JSON number with a fraction or exponent: a float when finite, else its text."""
    value = float(text)
    return value if math.isfinite(value) else WrittenNumber(text)


def _int_as_written(text: str) -> int | WrittenNumber:
    """A JSON integer, or its text when it has more digits than Python converts (4,300)."""
    try:
        return int(text)
    except ValueError:
        return WrittenNumber(text)


def _decoder(**hooks) -> json.JSONDecoder:
    """A decoder refusing a key given twice, keeping the numbers no float holds as written."""
    return json.JSONDecoder(
        object_pairs_hook=unique_keys, parse_float=_float_as_written, parse_constant=WrittenNumber, **hooks
    )


# Integers are converted by the decoder's C code (a hook would cost a Python call for each), and by
# the second decoder only for an item the first refused: one with an integer too long to convert.
_DECODER = _decoder()
_LONG_INTEGERS_DECODER = _decoder(parse_int=_int_as_written)


def raw_decode(text: str, start: int = 0) -> tuple[object, int]:
    """`json.JSONDecoder.raw_decode` refusing a key given twice (`DuplicateKey`), with the numbers no
    Python number holds kept as their text (`WrittenNumber`)."""
    try:
        return _DECODER.raw_decode(text, start)
    except (json.JSONDecodeError, DuplicateKey):
        raise
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        return _LONG_INTEGERS_DECODER.raw_decode(text, start)


def decode_json(text: str) -> object:
    """One JSON document (an NDJSON line), read as `raw_decode` reads a value."""
    try:
        return _DECODER.decode(text)
    except (json.JSONDecodeError, DuplicateKey):
        raise
    except ValueError:
        return _LONG_INTEGERS_DECODER.decode(text)


def json_message(error: json.JSONDecodeError) -> str:
    """The decoder's complaint without its dangling "at" ("Unterminated string starting at"): the
    caller says where, by line and column."""
    message = error.msg
    for dangling in (" starting at", " at"):
        message = message.removesuffix(dangling)
    return message


class NotDealData(InputError):
    """Well-formed JSON that is not a list of deals: a stray file in a folder, not a broken deal file."""


class _Buffer:
    """Text read so far from a stream of chunks, with a cursor and the line number at the cursor."""

    def __init__(self, chunks: Iterable[str], path: str) -> None:
        self.chunks = iter(chunks)
        self.path = path
        self.text = ""
        self.pos = 0
        self.lines_before = 0  # Newlines in text already dropped from the buffer.
        self.columns_before = 0  # Characters of the buffer's first line already dropped.
        self.eof = False

    def line(self, pos: int | None = None) -> int:
        """The 1-based line number of `pos` (default: the cursor)."""
        return self.lines_before + self.text.count("\n", 0, self.pos if pos is None else pos) + 1

    def column(self, pos: int) -> int:
        """The 1-based column of `pos` on its line."""
        last_newline = self.text.rfind("\n", 0, pos)
        return pos - last_newline if last_newline >= 0 else self.columns_before + pos + 1

    def fill(self, at_least: int = 0) -> bool:
        """Append chunks until `at_least` more characters arrived (one chunk if 0); False at the end."""
        if self.pos > _CHUNK:
            # Forget what was consumed, so memory stays bounded by the largest item.
            self.lines_before += self.text.count("\n", 0, self.pos)
            last_newline = self.text.rfind("\n", 0, self.pos)
            self.columns_before = (
                self.columns_before + self.pos if last_newline < 0 else self.pos - last_newline - 1
            )
            self.text, self.pos = self.text[self.pos :], 0
        added = 0
        while not self.eof and (added == 0 or added < at_least):
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
            else:
                self.text += chunk
                added += len(chunk)
        return added > 0

    def peek(self) -> str | None:
        """The next non-whitespace character (the cursor moves onto it), None at the end."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return None

    def line_goes_on(self) -> bool:
        """Whether more than whitespace follows the cursor on its line; reads on only while what was
        read so far ends in spaces (an item is yielded before the rest of the list is read)."""
        while True:
            end = self.pos
            while end < len(self.text) and self.text[end] in " \t\r":
                end += 1
            if end < len(self.text):
                return self.text[end] != "\n"
            if not self.fill():
                return False

    def expect(self, characters: str) -> str:
        """Consume one of `characters` at the cursor, or raise InputError naming the line."""
        found = self.peek()
        if found is None or found not in characters:
            shown = "end of file" if found is None else repr(found)
            wanted = " or ".join(repr(c) for c in characters)
            raise InputError(
                self.path, f"line {self.line()}: invalid JSON (expected {wanted}, found {shown})"
            )
        self.pos += 1
        return found

    def value(self) -> tuple[object, str]:
        """Decode the JSON value at the cursor; returns it and its source text."""
        self.peek()
        start = self.pos
        while True:
            try:
                value, end = raw_decode(self.text, start)
            except RecursionError:
                raise InputError(self.path, f"line {self.line()}: JSON nested too deeply") from None
            except DuplicateKey as error:
                raise InputError(self.path, f"line {self.line()}: invalid JSON ({error})") from None
            except json.JSONDecodeError as error:
                # Placed before fill(), which may drop the consumed text error.pos counts in.
                where = f"line {self.line(error.pos)} column {self.column(error.pos)}"
                if not self._may_be_cut(error) or not self.fill(at_least=len(self.text) - start):
                    raise InputError(self.path, f"{where}: invalid JSON ({json_message(error)})") from None
                start = self.pos  # fill() may have dropped the consumed text before the cursor.
                continue
            # A number at the very end of the buffer may continue in the next chunk.
            if end == len(self.text) and not isinstance(value, dict | list) and self.fill():
                start = self.pos
                continue
            self.pos = end
            return value, self.text[start:end]

    def _may_be_cut(self, error: json.JSONDecodeError) -> bool:
        """Whether a decode error may only mean the value continues in the next chunk."""
        # A cut literal ("tr|ue") fails a few characters before the end, hence the margin.
        return not self.eof and (error.pos >= len(self.text) - 16 or error.msg.startswith("Unterminated"))


def iter_json_items(chunks: Iterable[str], path: str) -> Iterator[tuple[int, str, object]]:
    """(line, source text, value) for each item of the top-level list, or of its "deals" list."""
    buffer = _Buffer(chunks, path)
    first = buffer.peek()
    if first == "{":
        buffer.pos += 1
        _skip_to_list(buffer)
    elif first == "[":
        buffer.pos += 1
    else:
        raise NotDealData(path, f'expected a JSON list of deals or {{"{LIST_KEY}": [...]}}')
    yield from _list_items(buffer)


def _skip_to_list(buffer: _Buffer) -> None:
    """Move past the keys of the top-level object up to the start of its "deals" (or "records") list."""
    while buffer.peek() != "}":
        key, _ = buffer.value()
        buffer.expect(":")
        if key in (LIST_KEY, EXPORT_KEY):
            buffer.expect("[")
            return
        buffer.value()
        if buffer.peek() != "}":
            buffer.expect(",")
    raise NotDealData(buffer.path, f'the JSON object has no "{LIST_KEY}" list')


class ItemLine(int):
    """The line a list item starts on when another item starts on it too (a list written on one
    line): the line does not tell the item apart, its number in the list (`item`, from 1) does."""

    item: int

    def __new__(cls, line: int, item: int) -> ItemLine:
        self = super().__new__(cls, line)
        self.item = item
        return self


def _list_items(buffer: _Buffer) -> Iterator[tuple[int, str, object]]:
    """The items of a list whose `[` was consumed, up to its `]`; an item sharing its line with
    another has an `ItemLine`."""
    if buffer.peek() == "]":
        return
    number, previous = 0, None
    while True:
        number += 1
        buffer.peek()
        line = buffer.line()
        value, text = buffer.value()
        last = buffer.expect(",]") == "]"
        shared = line == previous or (not last and buffer.line_goes_on())  # the next item starts here
        yield (ItemLine(line, number) if shared else line), text, value
        if last:
            return
        previous = line


def read_chunks(stream, size: int = _CHUNK) -> Iterator[str]:
    """A text stream as chunks of `size` characters."""
    while chunk := stream.read(size):
        yield chunk
