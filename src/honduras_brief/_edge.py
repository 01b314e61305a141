"""The public edge of the helpers: the shipped brief, when a caller gives none."""

from __future__ import annotations

from ._models import Brief
from .exceptions import _shown


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
