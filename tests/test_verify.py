"""verify(): the hash, every citation and every stated derived figure."""

from __future__ import annotations

from decimal import Decimal

import attrs
from conftest import replace_everywhere

import honduras_brief as hb
from honduras_brief import content as c


def _with_decrease(decrease: hb.Quantity) -> hb.Brief:
    """The brief with the stated decrease replaced, wherever it stands."""
    return replace_everywhere(c.BRIEF, c.HOMICIDE_RATE_DECREASE, decrease)


def test_the_shipped_brief_verifies() -> None:
    """Every check passes on the brief as shipped."""
    result = hb.verify(hb.BRIEF)
    assert result.ok
    assert result.failures == ()
    assert result.citations > 300
    assert result.derived == 1


def test_a_wrong_hash_fails() -> None:
    """A source record whose hash is not the text's fails."""
    source = attrs.evolve(c.SOURCE, sha256="0" * 64)
    result = hb.verify(attrs.evolve(c.BRIEF, source=source))
    assert not result.ok
    assert result.failures == (f"the text's sha256 is {c.SOURCE.sha256}, not {'0' * 64}",)


def test_a_wrong_stated_change_fails() -> None:
    """A stated decrease that its figures do not give fails, with the computed value."""
    wrong = attrs.evolve(c.HOMICIDE_RATE_DECREASE, low=Decimal("6.5"), high=Decimal("6.5"))
    (failure,) = hb.verify(_with_decrease(wrong)).failures
    assert failure.startswith("homicide-rate-decrease-2012-2013: stated 6.4 percent decrease, but")
    assert "(-6.4 at the precision stated)" in failure


def test_a_derived_figure_must_name_two_exact_figures() -> None:
    """derived_from naming an unknown figure fails."""
    orphan = attrs.evolve(c.HOMICIDE_RATE_DECREASE, derived_from=("homicide-rate-2012", "nope"))
    (failure,) = hb.verify(_with_decrease(orphan)).failures
    assert "derived_from must name two exact figures of the brief" in failure


def test_a_derived_figure_must_say_its_direction() -> None:
    """A derived figure whose words do not say increase or decrease fails."""
    unclear = attrs.evolve(c.HOMICIDE_RATE_DECREASE, text="100,000 for")
    (failure,) = hb.verify(_with_decrease(unclear)).failures
    assert "do not say whether it is an increase or a decrease" in failure


def test_an_increase_is_read_as_positive() -> None:
    """A stated increase is checked with a positive sign."""
    from honduras_brief._verify import _DIRECTION

    match = _DIRECTION.match(" increase in")
    assert match is not None
    assert match.group(2) == "increase"
