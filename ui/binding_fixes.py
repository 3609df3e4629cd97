"""Work-arounds for defects of the Qt for Python release in use, applied once on import of ui."""

from __future__ import annotations

import ctypes
import sys

# More references than any session can take back: 2**48 calls would take years.
_SPARE_REFERENCES = 1 << 48


def keep_none_alive() -> None:
    """PySide6 6.12's methods that return nothing hand None back to Python without a reference
    of its own, so each call takes one of None's references away. Python 3.12 and later never
    free None; on 3.11 a few tens of thousands of such calls (a few paints of a large hall, about
    ten calls a seat) free it and abort the process with "none_dealloc". Older PySide6 releases
    do not have the defect but do not ship QtPdf as the wheels this app installs; giving None
    more references than a session can take back keeps it alive, as 3.12 does."""
    if sys.version_info >= (3, 12) or getattr(keep_none_alive, "done", False):
        return
    # The reference count is the first field of every CPython object, at the object's id().
    ctypes.c_ssize_t.from_address(id(None)).value += _SPARE_REFERENCES
    keep_none_alive.done = True  # type: ignore[attr-defined]
