"""Writing text where pandas' writers would: a path, a PathLike, an open file, or nowhere."""

from __future__ import annotations

import os
from typing import Protocol, TypeAlias, runtime_checkable


@runtime_checkable
class Writable(Protocol):
    """An open text file, or anything with ``write(str)``."""

    def write(self, text: str, /) -> object:
        """Write *text*."""


PathOrBuffer: TypeAlias = str | os.PathLike[str] | Writable
"""Where a writer writes: a path, a ``PathLike`` or an open text file."""


def write(text: str, path_or_buf: PathOrBuffer | None) -> str | None:
    """
    *text* written to *path_or_buf* (``None`` returned), or returned when it is ``None``.

    A path is written as UTF-8 with the text's own line endings, replacing
    the file; an open file is written to and left open, as pandas does.

    Raises:
        TypeError: If *path_or_buf* is none of these (the message names it).
    """
    if path_or_buf is None:
        return text
    if isinstance(path_or_buf, str | os.PathLike):
        path = os.fspath(path_or_buf)
        if not isinstance(path, str) or not path:
            msg = f"'path_or_buf' must name a file, got {path_or_buf!r}"
            raise (TypeError if not isinstance(path, str) else ValueError)(msg)
        with open(path, "w", encoding="utf-8", newline="") as file:  # noqa: PTH123 -- a str or PathLike, as given
            file.write(text)
        return None
    if isinstance(path_or_buf, Writable):
        path_or_buf.write(text)
        return None
    msg = (
        "'path_or_buf' must be None, a path or an open text file, "
        f"got {path_or_buf!r} of type {type(path_or_buf).__name__}"
    )
    raise TypeError(msg)
