"""
Checks that the shipped data is what it claims.

The text's hash, every citation, and every stated derived figure.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

import attrs

from ._changes import check_change
from ._models import Brief
from ._quantities import Quantity
from ._source import SOURCE_TEXT, Citation
from ._tree import walk

_OLD_AND_NEW: Final = 2  # a derived change comes from two figures
_DIRECTION: Final = re.compile(
    r"\s+(?:(decrease|reduction|decline|drop|fall)|(increase|rise|growth))\b"
)


@attrs.frozen(kw_only=True)
class Verification:
    """
    What :func:`verify` checked, and what failed.

    Attributes:
        citations: How many citations were checked.
        derived: How many stated derived figures were checked.
        failures: One message per failed check; empty when all passed.
    """

    citations: int
    derived: int
    failures: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.failures


def _check_derived(brief: Brief, q: Quantity) -> str | None:
    sources = [brief.get(i) for i in q.derived_from]
    if len(sources) != _OLD_AND_NEW or not all(
        isinstance(s, Quantity) and s.value is not None for s in sources
    ):
        return (
            f"{q.id}: derived_from must name two exact figures of the brief, got {q.derived_from}"
        )
    old, new = sources
    assert isinstance(old, Quantity)  # noqa: S101 -- checked just above
    assert isinstance(new, Quantity)  # noqa: S101
    assert q.value is not None  # noqa: S101 -- a derived figure is exact and cited
    assert q.citation is not None  # noqa: S101
    after = q.citation.quote[q.citation.quote.index(q.text) + len(q.text) :]
    direction = _DIRECTION.match(after)
    if direction is None:
        return (
            f"{q.id}: the words after {q.text!r} do not say whether it is an increase or a decrease"
        )
    stated = -q.value if direction.group(1) else q.value
    check = check_change(old, new, stated=stated)
    if not check.agrees:
        return (
            f"{q.id}: stated {q.text} {direction.group(1) or direction.group(2)}, but {old.id} to "
            f"{new.id} is {check.computed} percent ({check.rounded} at the precision stated)"
        )
    return None


def verify(brief: Brief) -> Verification:
    """
    Check the brief against its shipped text.

    The checks: the text hashes to ``brief.source.sha256``; every citation
    anywhere in the brief quotes the text exactly where it says; every
    figure stated as derived from others ("a 6.4 percent decrease") agrees
    with them at the precision it is stated in.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> result = verify(BRIEF)
        >>> result.ok, result.derived
        (True, 1)
    """
    failures: list[str] = []
    digest = hashlib.sha256(SOURCE_TEXT.encode("utf-8")).hexdigest()
    if digest != brief.source.sha256:
        failures.append(f"the text's sha256 is {digest}, not {brief.source.sha256}")
    citations = [c for c in walk(brief) if isinstance(c, Citation)]
    failures += [
        f"the citation {c.quote!r} is not at {c.start}:{c.end}"
        for c in citations
        if SOURCE_TEXT[c.start : c.end] != c.quote
    ]
    derived = [q for q in brief.quantities if q.derived_from]
    failures += [p for p in (_check_derived(brief, q) for q in derived) if p is not None]
    return Verification(citations=len(citations), derived=len(derived), failures=tuple(failures))
