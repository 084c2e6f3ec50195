"""Atomic file writes: nothing is visible at the target path until it is complete.

The content goes to a temporary file in the target's own folder (same file system, so the final
rename is atomic), is flushed and fsynced, then renamed over the target. A failure on the way —
a full disk, a crash, an exception in the writer — leaves the target as it was and removes the
temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` to produce the file at a temporary path, then move it into place."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or Path("."))
    except OSError as exc:  # a missing or read-only folder: name the user's file, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.filename in (None, str(tmp), tmp):
            raise OSError(exc.errno, exc.strerror, str(path)) from exc  # name the user's file, not ours
        if (code := _io_errno(exc)) is not None:  # lxml reports a full disk as SerialisationError("IO_ENOSPC")
            raise OSError(code, os.strerror(code), str(path)) from exc
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(path.parent or Path("."), os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _io_errno(exc: BaseException) -> int | None:
    """The errno a library that is not Python's own I/O names in its message ("IO_EFBIG")."""
    if isinstance(exc, OSError) or not isinstance(exc, Exception):
        return None
    m = re.search(r"\bIO_(E[A-Z]+)\b", str(exc))
    return getattr(errno, m.group(1), None) if m else None


def write_text_atomically(path: Path | str, text: str) -> None:
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
