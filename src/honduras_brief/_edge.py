"""
The public edge of the helpers: the shipped brief, when a caller gives none.

And what a helper keeps of a brief it has read (an index), for the last
few briefs: a brief cannot change, so what is read of it cannot either.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from ._models import Brief
from .exceptions import _shown

_T = TypeVar("_T")


class PerBrief(Generic[_T]):
    """
    *build* of a brief, made once and kept for the last *kept* briefs, by identity.

    A weak reference tells a brief that has gone from a new one that has
    its id; the oldest brief kept makes way for a new one.
    """

    def __init__(self, build: Callable[[Brief], _T], kept: int = 4) -> None:
        self._build = build
        self._kept = kept
        self._found: dict[int, tuple[weakref.ref[Brief], _T]] = {}

    def __call__(self, brief: Brief) -> _T:
        """What *build* makes of *brief*, made now or kept from before."""
        found = self._found.get(id(brief))
        if found is not None and found[0]() is brief:
            return found[1]
        made = self._build(brief)
        self._found.pop(id(brief), None)  # a brief gone, whose id a new one has
        while len(self._found) >= self._kept:
            self._found.pop(next(iter(self._found)))
        self._found[id(brief)] = (weakref.ref(brief), made)
        return made

    def __len__(self) -> int:
        """How many briefs are kept."""
        return len(self._found)


def brief_or_default(brief: object) -> Brief:
    """
    *brief*, or the shipped :data:`~honduras_brief.BRIEF` when it is ``None``.

    The helpers take any :class:`Brief`; only here, at their edge, do they
    reach for the content, and only when asked to.

    Raises:
        TypeError: If *brief* is neither ``None`` nor a Brief (the message names it).
    """
    if brief is None:
        from .content import BRIEF

        return BRIEF
    if not isinstance(brief, Brief):
        msg = f"'brief' must be a Brief, got {_shown(brief)} of type {type(brief).__name__}"
        raise TypeError(msg)
    return brief
