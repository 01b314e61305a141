"""How the content writes a statement: the words first, then what they say."""

from __future__ import annotations

from typing import Any

from honduras_brief._actors import Actor
from honduras_brief._statements import Argument, Predicate, Statement

from ._base import cite
from ._names import INL


def said(  # noqa: PLR0913 -- a statement has this many parts; the qualifiers are keywords
    id: str,
    words: str,
    subject: Argument,
    predicate: Predicate,
    objects: tuple[Argument, ...] = (),
    *,
    within: str | None = None,
    according_to: Actor = INL,
    **qualifiers: Any,
) -> Statement:
    """
    A statement of the quoted *words*.

    It is INL's (the page's author) unless *according_to* names whom the
    text attributes it to; then INL is who reports it.
    """
    return Statement(
        id=id,
        citation=cite(words, within=within),
        subject=subject,
        predicate=predicate,
        objects=objects,
        according_to=according_to,
        # The page is INL's: what it says another says, INL reports.
        reported_by=None if according_to is INL else INL,
        **qualifiers,
    )
