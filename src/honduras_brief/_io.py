"""
Writing files whole: to a temporary name beside the target, then renamed into place.

Every writer of the package goes through here, so a reader of the target
sees the old file or the new one, never a part of one; a write that fails
(a full disk, a file-size limit, no permission) leaves the old file, or
none, and its error names the target. Without *overwrite*, creating is
exclusive: of two writers, one wins and the other gets
:class:`FileExistsError`. A path that ends with a slash names a folder.
Standard library only, and cheap to import.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final, Protocol, TypeAlias, runtime_checkable


@runtime_checkable
class Writable(Protocol):
    """An open text file, or anything with ``write(str)``."""

    def write(self, text: str, /) -> object:
        """Write *text*."""


PathOrBuffer: TypeAlias = str | os.PathLike[str] | Writable
"""Where a writer writes: a path, a ``PathLike`` or an open text file."""

MAX_READ: Final = 64 * 2**20
"""The most bytes a reader reads: 64 MiB, some 150 times the shipped brief as JSON."""


class TooLargeError(ValueError):
    """What was to be read is larger than a reader reads (:data:`MAX_READ`)."""


def read_limited(path: str, limit: int = MAX_READ) -> bytes:
    """
    The bytes of the file *path*, refused past *limit* without reading further.

    Raises:
        TooLargeError: If the file holds more than *limit* bytes (a
            ``ValueError`` whose one line names the path and the limit).
        OSError: If it cannot be read.
    """
    with Path(path).open("rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        msg = f"{path!r} is larger than {limit:,} bytes, the most a brief may be"
        raise TooLargeError(msg)
    return data


_EXISTS: Final = "File exists; pass overwrite=True to replace it"


def check_overwrite(overwrite: object) -> None:
    """
    Refuse an *overwrite* that is not a bool: ``"no"`` is true to Python.

    Raises:
        TypeError: Naming ``overwrite``.
    """
    if not isinstance(overwrite, bool):
        kind = type(overwrite).__name__
        msg = f"'overwrite' must be True or False, got {overwrite!r} of type {kind}"
        raise TypeError(msg)


def _fails(error: OSError, path: str) -> OSError:
    # The same kind of error, naming the target rather than a temporary name.
    return type(error)(error.errno, error.strerror or str(error), path)


def _temporary(path: str) -> Path:
    target = Path(path)
    return target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")


def _check_target(path: str, *, folder: bool) -> None:
    if path.endswith(("/", os.sep)) and not folder:
        raise IsADirectoryError(errno.EISDIR, "names a folder (it ends with a slash)", path)
    if not folder and Path(path).is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", path)
    if folder and os.path.lexists(path) and not Path(path).is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "is a file, not a folder", path)


def replace_file(path: str, write: Callable[[BinaryIO], object], *, overwrite: bool) -> None:
    """
    Write the file *path* whole with *write*, which is given it open in binary.

    The bytes go to a temporary file in the same folder (made with the
    permissions a new file gets), which then takes *path*'s place:
    :func:`os.replace` with *overwrite*, else a hard link that fails when
    *path* exists (where the file system has no hard links, an exclusive
    create of *path* reserves it first). A symbolic link is written
    through, to its file, and stays a link. A device or a pipe
    (``/dev/null``, a FIFO) is not a file to replace: it is written to as
    it is, *overwrite* or not; and a name of an open descriptor
    (``/dev/stdout``, ``/dev/fd/3``) is written to that descriptor, so
    that ``-o /dev/stdout >> file`` appends as the shell asked.

    Raises:
        FileExistsError: If *path* exists and *overwrite* is false.
        IsADirectoryError: If *path* is a folder or ends with a slash.
        OSError: If the file cannot be written; the old file is left, and
            the error names *path*.
    """
    check_overwrite(overwrite)
    number = descriptor(path)
    if number is not None:  # the stream itself, appended to as the shell opened it
        _stream(path, write, number)
        return
    _check_target(path, folder=False)
    if _is_stream(path):
        _stream(path, write)
        return
    if not overwrite and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, _EXISTS, path)
    named = path
    path = os.path.realpath(path)  # through a link to its file: the link stays
    temporary = _temporary(path)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise _fails(error, named) from None
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        if overwrite:
            temporary.replace(path)
        else:
            _create(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, FileExistsError):
            raise FileExistsError(errno.EEXIST, _EXISTS, named) from None
        raise _fails(error, named) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def descriptor(path: str) -> int | None:
    """
    The open descriptor *path* names (``/dev/stdout``, ``/dev/fd/3``), or ``None``.

    Such a path is the process's own stream: opened by name it would be
    truncated, and followed it would lead to the file behind a ``>>``.
    """
    named = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
    if path in named:
        return named[path]
    for prefix in ("/dev/fd/", "/proc/self/fd/"):
        number = path.removeprefix(prefix)
        if number != path and number.isascii() and number.isdigit():
            return int(number)
    return None


def _is_stream(path: str) -> bool:
    # A device or a pipe (/dev/null, /dev/stdout, a FIFO): written to, never replaced.
    try:
        mode = Path(path).stat().st_mode
    except OSError:  # nothing there yet (or a dangling link): a file to create
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _stream(path: str, write: Callable[[BinaryIO], object], number: int | None = None) -> None:
    try:
        if number is None:
            with Path(path).open("wb") as file:
                write(file)
        else:
            with os.fdopen(os.dup(number), "wb") as file:
                write(file)
    except BrokenPipeError:
        raise  # the reader left: the caller stops quietly, as for standard output
    except OSError as error:
        raise _fails(error, path) from None


def _create(temporary: Path, path: str) -> None:
    # Exclusive: the link fails if a writer got there first.
    try:
        os.link(temporary, path)
    except OSError as error:
        if error.errno not in {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}:
            raise
        # No hard links here: reserve the name, then put the whole file in its place.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        temporary.replace(path)
        return
    temporary.unlink()


def _exchange(one: Path, other: str) -> bool:
    # Linux's renameat2(RENAME_EXCHANGE) swaps two names at once; elsewhere, False.
    try:
        import ctypes

        rename = ctypes.CDLL(None, use_errno=True).renameat2
    except (ImportError, OSError, AttributeError):
        return False
    at_cwd, exchange = -100, 2
    if rename(at_cwd, os.fsencode(one), at_cwd, os.fsencode(other), exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP}:
        return False
    raise OSError(code, os.strerror(code), other)


def replace_folder(path: str, fill: Callable[[str], object], *, overwrite: bool) -> None:
    """
    Write the folder *path* whole: *fill* writes into a temporary folder, which takes its place.

    Without *overwrite*, *path* must not exist or be an empty folder, and of
    two writers one gets :class:`FileExistsError`. With it, an existing
    folder is swapped for the new one at once where the system can
    (Linux), else moved aside first; then removed.

    Raises:
        FileExistsError: If *path* is a folder that holds files and
            *overwrite* is false.
        NotADirectoryError: If *path* is a file.
        OSError: If the folder cannot be written; the old one is left, and
            the error names *path*.
    """
    import shutil

    check_overwrite(overwrite)
    named = path
    _check_target(path, folder=True)
    if not overwrite and _holds_files(path):
        raise FileExistsError(errno.EEXIST, "is a folder that holds files", named)
    path = os.path.realpath(path)  # through a link to its folder: the link stays
    temporary = _temporary(path)
    try:
        temporary.mkdir()
    except OSError as error:
        raise _fails(error, named) from None
    try:
        fill(str(temporary))
        if overwrite and _holds_files(path):
            _swap(temporary, path)
        else:
            temporary.rename(path)  # onto nothing, or an empty folder only
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if error.errno in {errno.ENOTEMPTY, errno.EEXIST}:
            raise FileExistsError(errno.EEXIST, "is a folder that holds files", named) from None
        raise _fails(error, named) from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def _holds_files(path: str) -> bool:
    folder = Path(path)
    return folder.is_dir() and any(folder.iterdir())


def _swap(temporary: Path, path: str) -> None:
    # Afterwards *temporary* holds the old folder, which goes.
    import shutil

    if not _exchange(temporary, path):
        aside = _temporary(path)
        Path(path).rename(aside)
        temporary.rename(path)
        temporary = aside
    shutil.rmtree(temporary, ignore_errors=True)


def _target(path_or_buf: str | os.PathLike[str]) -> str:
    path = os.fspath(path_or_buf)
    if not isinstance(path, str) or not path:
        msg = f"'path_or_buf' must name a file, got {path_or_buf!r}"
        raise (TypeError if not isinstance(path, str) else ValueError)(msg)
    return path


def write(text: str, path_or_buf: PathOrBuffer | None, *, overwrite: bool) -> str | None:
    """
    *text* written to *path_or_buf* (``None`` returned), or returned when it is ``None``.

    A path is written whole (:func:`replace_file`) as UTF-8 with the
    text's own line endings; an open file is written to and left open, as
    pandas does.

    Raises:
        TypeError: If *path_or_buf* is none of these (the message names it),
            or *overwrite* is not a bool.
        FileExistsError: If the file exists and *overwrite* is false.
    """
    check_overwrite(overwrite)
    if path_or_buf is None:
        return text
    if isinstance(path_or_buf, str | os.PathLike):
        data = text.encode("utf-8")
        replace_file(_target(path_or_buf), lambda file: file.write(data), overwrite=overwrite)
        return None
    if isinstance(path_or_buf, io.RawIOBase | io.BufferedIOBase):
        msg = (
            "'path_or_buf' must be a text file, got a binary one "
            f"({type(path_or_buf).__name__}): open it in text mode, "
            "or wrap it in io.TextIOWrapper(file, encoding='utf-8')"
        )
        raise TypeError(msg)
    if isinstance(path_or_buf, Writable):
        path_or_buf.write(text)
        return None
    msg = (
        "'path_or_buf' must be None, a path or an open text file, "
        f"got {path_or_buf!r} of type {type(path_or_buf).__name__}"
    )
    raise TypeError(msg)
