"""A guard against PySide6 6.12.0's reference-count bug on ``None`` (CPython before 3.12).

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that returns
``void`` -- ``QPainter.save()``, ``translate()``, ``drawLine()``, ``QLabel.setText()`` … -- hands
``None`` back without taking a reference, so each call lowers ``None``'s reference count by one.
``None`` starts with about 5,000 references; a few thousand calls later CPython aborts with
"Fatal Python error: none_dealloc" (painting 1,000 letters on a QPrinter does it; so does a long
day at the desk). PySide6 6.11.3 does not do this, and from CPython 3.12 on ``None`` is immortal.

The guard gives ``None`` a very large reference count once, at start, when (and only when) the
running PySide6 has the bug and CPython's ``None`` is mortal: it is then as immortal as 3.12
makes it. The proper fix is a PySide6 without the bug (pin ``PySide6-Essentials!=6.12.0``);
this module can go then.
"""

from __future__ import annotations

import ctypes
import logging
import sys

import PySide6

__all__ = ["BAD_VERSIONS", "guard_none_refcount", "needs_guard"]

log = logging.getLogger(__name__)

#: PySide6 releases measured to drop a reference to None on every void call.
BAD_VERSIONS = frozenset({"6.12.0"})
# What the guard adds: as good as immortal (2**40 calls at a million a second is 12 days of
# nothing but calls), and far below the ssize_t limit.
_RESERVE = 1 << 40


def needs_guard(version: str = PySide6.__version__, python: tuple[int, int] | None = None) -> bool:
    """True for a PySide6 with the bug on a CPython whose None is mortal (before 3.12)."""
    major_minor = python or (sys.version_info.major, sys.version_info.minor)
    return version in BAD_VERSIONS and major_minor < (3, 12)


def guard_none_refcount() -> bool:
    """Apply the guard if this interpreter and PySide6 need it (once); True when applied."""
    if not needs_guard() or sys.implementation.name != "cpython":
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value < _RESERVE:
        refcount.value += _RESERVE
        log.info("PySide6 %s: None made immortal (void-call refcount bug)", PySide6.__version__)
    return True
