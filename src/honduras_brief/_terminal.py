"""
Writing for people at a terminal: its width, words wrapped to it, colour.

Standard library only, and cheap to import: the command line loads it on
every run. Only a terminal is wrapped (:func:`is_terminal`): what goes to
a pipe or a file is one line for each paragraph or row, for ``grep`` and
the like. A terminal's width is ``COLUMNS`` when set to a positive number
(as :func:`shutil.get_terminal_size` reads it), else the terminal's own,
else 80. Lines break at spaces only, so an id is never cut; a figure's
words are glued together (:func:`glue`) so that a figure is never cut
either. A word wider
than the whole line (a 60-character id at 50 columns) overflows rather than
break.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Final, Literal, TextIO, TypeAlias

DEFAULT_WIDTH: Final = 80
GLUE: Final = "\x1f"
"""A space that no line breaks at; it is written as a space."""
MIN_COLUMN: Final = 20
"""The narrowest column of values beside their keys; narrower, keys go above."""

_JOIN: Final = "\x1e"  # before a piece of an address that goes on without a space
_ESCAPE: Final = re.compile(r"\x1b\[[0-9;]*m")
_BEYOND_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_RAW_TEXT: Final = re.compile(r"<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
"""The HTML elements in whose text a character reference does not stand for its character."""

Escape: TypeAlias = Literal["json", "html"]
"""How a format writes a character its stream cannot hold: ``\\u2019``, ``&#8217;``."""


def is_terminal(stream: TextIO) -> bool:
    """Whether *stream* is a terminal: what is written to it is wrapped to its width."""
    try:
        return stream.isatty()
    except (OSError, ValueError):  # closed, or a descriptor gone bad: no terminal to fit
        return False


def width(stream: TextIO) -> int:
    """How many columns *stream* shows: ``COLUMNS``, else its terminal's, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isascii() and columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):  # no descriptor (a StringIO), not a terminal, closed
        return DEFAULT_WIDTH
    return size.columns or DEFAULT_WIDTH  # a terminal that was never given a size says 0


def cells(text: str) -> int:
    r"""
    How many columns *text* takes: escape codes none, wide characters two.

    >>> cells("\x1b[36mid\x1b[0m"), cells("Hondurán"), cells("東京")
    (2, 8, 4)
    """
    text = _ESCAPE.sub("", text)
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def glue(text: str, phrases: Iterable[str]) -> str:
    """
    *text* with the spaces inside each of *phrases* made unbreakable.

    >>> glue("from 85.5 per 100,000 to 80", ["85.5 per 100,000"]) == (
    ...     "from 85.5" + GLUE + "per" + GLUE + "100,000 to 80"
    ... )
    True
    """
    for phrase in sorted(phrases, key=len, reverse=True):
        text = text.replace(phrase, phrase.replace(" ", GLUE))
    return text


def _words(text: str) -> list[str]:
    # Spaces and line ends part words; a no-break space, the text's own, does not.
    return [word for word in text.replace("\n", " ").split(" ") if word]


def _pieces(word: str, room: int) -> list[str]:
    # An address wider than a line breaks after a slash, as a browser's
    # address bar does; the pieces after the first are joined without a space.
    if cells(word) <= room or "/" not in word:
        return [word]
    pieces = [""]
    for piece in re.findall(r"[^/]*/+|[^/]+", word):
        if pieces[-1] and cells(pieces[-1] + piece) > room:
            pieces.append("")
        pieces[-1] += piece
    return [pieces[0], *(_JOIN + piece for piece in pieces[1:])]


def wrap(text: str, columns: int, first: str = "", rest: str | None = None) -> list[str]:
    """
    *text* in lines of at most *columns*, broken at spaces only.

    An address (a word with slashes) too wide for any line breaks after a
    slash; any other word too wide for a line overflows it, whole.

    Args:
        text: The words; they may hold colour codes, which take no room.
        columns: The widest a line may be.
        first: What the first line starts with (an indent, a key).
        rest: What each later line starts with; *first* by default.

    >>> wrap("one two three four", 9, "  ", "    ")
    ['  one two', '    three', '    four']
    >>> wrap("see http://example.org/a/b/c.htm", 16)
    ['see http://', 'example.org/a/b/', 'c.htm']
    """
    rest = first if rest is None else rest
    room = columns - max(cells(first), cells(rest))
    lines: list[str] = []
    line, used, empty = first, cells(first), True
    for piece in (piece for whole in _words(text) for piece in _pieces(whole, room)):
        joined = piece.startswith(_JOIN)
        word = piece.removeprefix(_JOIN)
        size, space = cells(word), 0 if joined else 1
        if not empty and used + space + size > columns:
            lines.append(line)
            line, used, empty = rest, cells(rest), True
        if empty or joined:
            line, used = line + word, used + size
        else:
            line, used = f"{line} {word}", used + 1 + size
        empty = False
    lines.append(line)
    return [line.replace(GLUE, " ").rstrip() for line in lines]


def _widest(text: str) -> int:
    return max(map(cells, _words(text)), default=0)


class Terminal:
    """
    Where output goes: wrapped to its width, coloured only where it belongs.

    Built with ``columns=None`` (a pipe, a file), it never wraps: each
    paragraph and each row is one line, however long.

    Attributes:
        stream: What is written to.
        colour: Whether to paint with ANSI codes.
        encoding: The stream's encoding, or ``None`` for one that holds
            any text (a ``StringIO``).
        wraps: Whether lines are wrapped to a width (a terminal's).
        width: The widest a line may be; without wrapping, wider than any line.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        colour: bool,
        columns: int | None,
        phrases: Callable[[], Iterable[str]] = tuple,
        note: Callable[[str], object] = lambda _: None,
    ) -> None:
        self.stream = stream
        self.colour = colour
        self.encoding = _encoding(stream)
        self.wraps = columns is not None
        self.width = sys.maxsize if columns is None else columns
        self._phrases = phrases
        self._glued: tuple[str, ...] | None = None
        self._note: Callable[[str], object] | None = note

    # --- Painting: each returns one word, with no breakable space in it ---------------

    def paint(self, code: str, words: str) -> str:
        """*words* in the ANSI style *code*, when colour is on."""
        return f"\x1b[{code}m{words}\x1b[0m" if self.colour and code and words else words

    def ident(self, words: str) -> str:
        """An id, in cyan."""
        return self.paint("36", words)

    def dim(self, words: str) -> str:
        """Words that matter less, dimmed."""
        return self.paint("2", words)

    def mark(self, words: str) -> str:
        """Words to find at a glance: bold, or between asterisks without colour."""
        glued = words.replace(" ", GLUE)
        return self.paint("1", glued) if self.colour else f"*{glued}*"

    # --- Writing -------------------------------------------------------------------

    def _prepare(self, text: str) -> str:
        if self._glued is None:
            self._glued = tuple(p for p in self._phrases() if " " in p)
        return glue(text, self._glued)

    def write(self, text: str, escape: Escape | None = None) -> None:
        r"""
        Write *text* as it is, every character kept.

        Where the stream's encoding cannot hold a character (``LC_ALL=C``
        without UTF-8 mode, ``PYTHONIOENCODING=ascii``), a format that has
        escapes writes it escaped (*escape*: JSON's ``\u2019``, HTML's
        ``&#8217;``); anything else is written as UTF-8 bytes, with one
        note on standard error for the run.

        Raises:
            UnicodeEncodeError: If the stream can hold neither the text nor
                bytes (a text stream without a ``buffer``).
        """
        encoding = self.encoding
        if encoding is None or text.isascii() or _encodes(text, encoding):
            self.stream.write(text)
            return
        escaped = _escaped(text, encoding, escape)
        if escaped is not None:
            self.stream.write(escaped)
            return
        buffer = getattr(self.stream, "buffer", None)
        if buffer is None:
            reason = "the stream takes neither these characters nor bytes"
            raise UnicodeEncodeError(encoding, text, 0, len(text), reason)
        self.stream.flush()  # what is written as text goes first
        buffer.write(text.encode("utf-8"))
        if self._note is not None:
            self._note(
                f"note: standard output's encoding ({encoding}) cannot hold "
                "every character of the text: written as UTF-8"
            )
            self._note = None

    def line(self, words: str = "") -> None:
        """Write one line as it is."""
        self.write(words + "\n")

    def flat(self, text: str) -> None:
        """Write *text* on one line, never wrapped, whatever the width: a record for ``grep``."""
        self.line(" ".join(_words(self._prepare(text))).replace(GLUE, " "))

    def para(self, text: str, indent: int = 0, hang: int | None = None, code: str = "") -> None:
        """
        Write *text* wrapped to the width.

        Args:
            text: The words.
            indent: Spaces before the first line.
            hang: Spaces before each later line; *indent* by default.
            code: An ANSI style for every line (bold for a heading).
        """
        text = self._prepare(text)
        rest = indent if hang is None else hang
        # A word that would not fit after the indent (a long id) goes flush left.
        widest = _widest(text)
        indent, rest = (0 if n + widest > self.width else n for n in (indent, rest))
        lines = wrap(text, self.width, " " * indent, " " * rest)
        for line in lines:
            self.line(self.paint(code, line) if code and line else line)

    def heading(self, words: str) -> None:
        """A heading, in bold."""
        self.para(words, code="1")

    def rows(self, rows: Sequence[tuple[str, str]], indent: int = 2, key: str = "36") -> None:
        """
        Write keys and their values: side by side where they fit, else keys above.

        A key too long for its column stands alone on its line, its value
        below, as ``--help`` writes a long option; when most keys are too
        long, every value goes below its key. A value is indented less when
        one of its words would not fit at its column.

        Args:
            rows: Pairs of a key (an id, a field's name) and its value; a key
                may start with spaces to nest it, and may be empty.
            indent: Spaces before each key.
            key: The ANSI style of the keys.
        """
        cap = max(12, (self.width - indent) * 2 // 5)
        fits = [len(k) for k, _ in rows if len(k) <= cap]
        column = indent + max(fits, default=0) + 2
        beside = 2 * len(fits) >= len(rows) and self.width - column >= MIN_COLUMN
        for name, value in rows:
            self._row(name, self._prepare(value), indent, column if beside else None, key)

    def _row(self, name: str, value: str, indent: int, column: int | None, code: str) -> None:
        widest = _widest(value)
        if (
            column is not None
            and indent + len(name) + 2 <= column
            and column + widest <= self.width
        ):
            lead = " " * indent + self.paint(code, name)
            first = lead + " " * (column - indent - len(name))
            for line in wrap(value, self.width, first, " " * column):
                self.line(line)
            return
        # The key alone (flush left if even that would not fit), the value below it.
        left = indent if indent + len(name) <= self.width else 0
        if name:
            self.line(" " * left + self.paint(code, name))
        below = column if column is not None else indent + 4
        for start in (below, indent + 4, indent, 0):
            if start + widest <= self.width:
                break
        for line in filter(None, wrap(value, self.width, " " * start)):  # none for no value
            self.line(line)


def _encoding(stream: TextIO) -> str | None:
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return None  # a StringIO and the like hold any text
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "ascii"  # a codec Python does not know: hold it to the least


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _escaped(text: str, encoding: str, escape: Escape | None) -> str | None:
    # The text with each character the encoding lacks escaped, or None where
    # the format has no escape for it (characters beyond ASCII stand only in
    # a JSON string, where an escape means the same character).
    if escape == "json":
        import json  # its escape of one character: \u2019, or a surrogate pair beyond the BMP

        return _BEYOND_ASCII.sub(
            lambda m: m[0] if _encodes(m[0], encoding) else json.dumps(m[0])[1:-1], text
        )
    if escape == "html" and all(_encodes(m[0], encoding) for m in _RAW_TEXT.finditer(text)):
        return text.encode(encoding, "xmlcharrefreplace").decode(encoding)
    return None


def wants_colour(stream: TextIO) -> bool:
    """Whether to paint *stream*: a terminal or ``FORCE_COLOR``; never with ``NO_COLOR``."""
    # https://no-color.org: any non-empty NO_COLOR turns colour off;
    # https://force-color.org: any non-empty FORCE_COLOR turns it on.
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return is_terminal(stream)
