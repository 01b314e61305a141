"""Quantity validation and percent_change."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from honduras_brief import (
    HOMICIDE_RATE_2012,
    Basis,
    Citation,
    CitationError,
    InvalidRangeError,
    Qualifier,
    Quantity,
    Unit,
)


def make(**changes: object) -> Quantity:
    """A valid user-built quantity with *changes* applied."""
    fields: dict[str, object] = {
        "id": "students",
        "measure": "students trained",
        "text": "almost 250",
        "qualifier": Qualifier.ALMOST,
        "unit": Unit.PERSONS,
        "basis": Basis.REPORTED,
        "high": Decimal("250"),
    }
    fields.update(changes)
    return Quantity(**fields)  # type: ignore[arg-type]


def test_a_user_built_quantity_needs_no_citation() -> None:
    """Helpers and records work on figures from other reports too."""
    q = make()
    assert (q.low, q.high, q.value, q.span, q.citation) == (None, Decimal("250"), None, None, None)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        (
            {"qualifier": Qualifier.BETWEEN, "low": Decimal(9), "high": Decimal(3)},
            InvalidRangeError,
            r"'low' \(9\) must be below 'high' \(3\)",
        ),
        (
            {"qualifier": Qualifier.BETWEEN, "low": Decimal(3), "high": Decimal(3)},
            InvalidRangeError,
            "must be below",
        ),
        (
            {"qualifier": Qualifier.EXACT, "low": Decimal(2), "high": Decimal(3)},
            InvalidRangeError,
            "an exact figure has 'low' == 'high'",
        ),
        (
            {"qualifier": Qualifier.EXACT, "high": Decimal(3)},
            InvalidRangeError,
            "a figure qualified 'exact' needs 'low'",
        ),
        (
            {"qualifier": Qualifier.MORE_THAN, "low": Decimal(1), "high": Decimal(3)},
            InvalidRangeError,
            "has no 'high' bound",
        ),
        ({"qualifier": Qualifier.ALMOST, "high": None}, InvalidRangeError, "needs 'high'"),
        (
            {"qualifier": Qualifier.MANY, "high": None, "low": Decimal(3)},
            InvalidRangeError,
            "has no 'low' bound",
        ),
        (
            {"qualifier": Qualifier.DOZENS, "high": None, "low": Decimal(24)},
            InvalidRangeError,
            "needs 'inferred'",
        ),
        ({"high": 250.0}, TypeError, "'high' must be a Decimal, got 250.0"),
        ({"high": 250}, TypeError, "'high' must be a Decimal, got 250"),
        ({"high": Decimal("NaN")}, ValueError, "'high' must be a finite Decimal"),
        ({"high": Decimal("Infinity")}, ValueError, "'high' must be a finite Decimal"),
        ({"text": ""}, ValueError, "'text' must not be empty"),
        ({"measure": None}, TypeError, "'measure' must be a str"),
        ({"id": "Not A Slug"}, ValueError, "'id' must be a slug"),
        ({"unit": "persons"}, TypeError, "'unit' must be of type Unit, got 'persons' of type str"),
        (
            {"derived_from": ["a"]},
            TypeError,
            r"'derived_from' must be a tuple, got \['a'\] of type list",
        ),
        (
            {"citation": Citation.of("almost 250 students"), "text": "250 students trained"},
            CitationError,
            "is not in its citation",
        ),
        (
            {"citation": Citation.of("Colombia trained staff"), "text": "a"},
            CitationError,
            "occurs 3 times",
        ),
    ],
)
def test_bad_quantities_are_refused(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    """Bounds that disagree with the qualifier, floats and bad fields are refused by name."""
    with pytest.raises(error, match=message):
        make(**changes)


def test_span_locates_the_literal_words() -> None:
    """Span gives the offsets of the figure's own words inside its citation."""
    assert HOMICIDE_RATE_2012.span is not None
    start, end = HOMICIDE_RATE_2012.span
    assert HOMICIDE_RATE_2012.citation is not None
    assert HOMICIDE_RATE_2012.citation.start < start < end < HOMICIDE_RATE_2012.citation.end


def test_evolve_validates_again() -> None:
    """A variant made with attrs.evolve is checked like a new record."""
    with pytest.raises(InvalidRangeError):
        attrs.evolve(HOMICIDE_RATE_2012, high=Decimal(90))


def test_dozens_message_in_full() -> None:
    """A "dozens" figure without its reason says why it needs one."""
    with pytest.raises(
        InvalidRangeError,
        match=r"^a figure qualified 'dozens' needs 'inferred': the words give no number$",
    ):
        make(qualifier=Qualifier.DOZENS, high=None, low=Decimal(24))


def test_an_approximation_has_no_bounds() -> None:
    """'about 50' is bounded on neither side: a bound would be made up."""
    q = make(qualifier=Qualifier.ABOUT, text="almost 250", high=None)
    assert (q.low, q.high, q.value, q.qualifier.is_approximate) == (None, None, None, True)
    with pytest.raises(InvalidRangeError, match="a figure qualified 'about' has no 'high' bound"):
        make(qualifier=Qualifier.ABOUT)


def test_hundreds_is_read_like_dozens() -> None:
    """'hundreds' has a low bound only, inferred with the reason, like 'dozens'."""
    reason = "'hundreds' gives no number; two hundred (200) is the least it can mean."
    q = make(qualifier=Qualifier.HUNDREDS, high=None, low=Decimal(200), inferred=reason)
    assert (q.low, q.high, q.qualifier.low_is_exclusive) == (Decimal(200), None, False)
    with pytest.raises(
        InvalidRangeError,
        match=r"^a figure qualified 'hundreds' needs 'inferred': the words give no number$",
    ):
        make(qualifier=Qualifier.HUNDREDS, high=None, low=Decimal(200))
