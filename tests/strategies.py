"""Hypothesis strategies for the records, shared by the property tests."""

from __future__ import annotations

from decimal import Decimal

import pendulum
from hypothesis import assume
from hypothesis import strategies as st

from honduras_brief import Basis, DateRange, Precision, Qualifier, Quantity, Unit

#: Finite decimals with up to three places, as figures in reports are.
decimals = st.decimals(
    min_value=Decimal("-100000"),
    max_value=Decimal("100000"),
    places=3,
    allow_nan=False,
    allow_infinity=False,
)
positive_decimals = decimals.filter(lambda d: d > 0)

_BOUNDED = (
    Qualifier.EXACT,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.ALMOST,
    Qualifier.LESS_THAN,
    Qualifier.AT_MOST,
    Qualifier.BETWEEN,
)


@st.composite
def quantities(draw: st.DrawFn, values: st.SearchStrategy[Decimal] = decimals) -> Quantity:
    """A user-built figure with any bounded qualifier, in persons."""
    qualifier = draw(st.sampled_from(_BOUNDED))
    a, b = draw(values), draw(values)
    low: Decimal | None = min(a, b)
    high: Decimal | None = max(a, b)
    if qualifier is Qualifier.EXACT:
        high = low
    elif qualifier is Qualifier.BETWEEN:
        if low == high:
            high = low + 1  # type: ignore[operator]
    elif qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        high = None
    else:
        low = None
    return Quantity(
        id="drawn",
        measure="a drawn figure",
        text="drawn",
        qualifier=qualifier,
        unit=Unit.PERSONS,
        basis=Basis.REPORTED,
        low=low,
        high=high,
    )


@st.composite
def points_in(draw: st.DrawFn, q: Quantity) -> Decimal:
    """A value that the figure *q* allows."""
    step = draw(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000"), places=3))
    if q.low is not None and q.high is not None:
        if q.low == q.high:
            return q.low
        fraction = draw(st.fractions(min_value=0, max_value=1))
        return q.low + (q.high - q.low) * Decimal(fraction.numerator) / Decimal(
            fraction.denominator
        )
    if q.low is not None:
        return q.low + step if q.qualifier.low_is_exclusive else q.low + step - Decimal("0.001")
    assert q.high is not None
    return q.high - step if q.qualifier.high_is_exclusive else q.high - step + Decimal("0.001")


_DAYS = st.dates(min_value=pendulum.date(1950, 1, 1), max_value=pendulum.date(2100, 12, 31))


@st.composite
def date_ranges(draw: st.DrawFn, precision: Precision | None = None) -> DateRange:
    """A stated, uncited range of any (or the given) precision, aligned to it."""
    precision = draw(st.sampled_from(Precision)) if precision is None else precision
    a, b = sorted((draw(_DAYS), draw(_DAYS)))
    if draw(st.booleans()):  # short ranges, which the wide draws rarely give
        b = a.__class__.fromordinal(a.toordinal() + draw(st.integers(0, 40)))
    start, end = pendulum.date(a.year, a.month, a.day), pendulum.date(b.year, b.month, b.day)
    if precision is Precision.MONTH:
        start, end = start.start_of("month"), end.end_of("month")
    elif precision is Precision.HALF_YEAR:
        start = pendulum.date(start.year, 1 if start.month <= 6 else 7, 1)
        end = pendulum.date(end.year, 6, 30) if end.month <= 6 else pendulum.date(end.year, 12, 31)
    elif precision is Precision.YEAR:
        start, end = pendulum.date(start.year, 1, 1), pendulum.date(end.year, 12, 31)
    return DateRange(start=start, end=end, precision=precision)


days = _DAYS.map(lambda d: pendulum.date(d.year, d.month, d.day))


# --- Records of every type, for the JSON round trip ------------------------------------

import attrs  # noqa: E402 -- the record strategies below are a section of their own

from honduras_brief import (  # noqa: E402
    SOURCE_TEXT,
    Accomplishment,
    Activity,
    Actor,
    ActorKind,
    Aim,
    AssetKind,
    Challenge,
    Citation,
    Designation,
    Factuality,
    Goal,
    Grade,
    Heading,
    Operation,
    Place,
    PlaceKind,
    Practice,
    Predicate,
    Route,
    Scope,
    Section,
    Statement,
    Substance,
    TransportMode,
    Vulnerability,
)
from honduras_brief._vocabulary import TERMS  # noqa: E402

texts = st.text(min_size=1, max_size=30).filter(lambda s: bool(s.strip()))
slugs = st.from_regex(r"[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}", fullmatch=True)
any_decimals = st.decimals(allow_nan=False, allow_infinity=False)
reasons = st.none() | texts


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    """A citation of any stretch of words inside one section."""
    section = draw(st.sampled_from(Section))
    start = draw(st.integers(section.start, section.end - 2))
    end = draw(st.integers(start + 1, min(section.end, start + 80)))
    assume(SOURCE_TEXT[start:end].strip())
    return Citation(quote=SOURCE_TEXT[start:end], start=start, end=end, section=section)


@st.composite
def cited_date_ranges(draw: st.DrawFn) -> DateRange:
    """A range that may be inferred and may be cited."""
    base = draw(date_ranges())
    return attrs.evolve(base, inferred=draw(reasons), citation=draw(st.none() | citations()))


@st.composite
def actors(draw: st.DrawFn, depth: int = 1) -> Actor:
    """An actor with names but no mentions (a mention must quote a name)."""
    parent = draw(st.none() | actors(depth - 1)) if depth > 0 else None
    return Actor(
        id=draw(slugs),
        name=draw(texts),
        kind=draw(st.sampled_from(ActorKind)),
        acronym=draw(reasons),
        aliases=tuple(draw(st.lists(texts, max_size=2))),
        generic=draw(st.booleans()),
        part_of=parent,
        note=draw(reasons),
        inferred=draw(reasons),
    )


places = st.builds(
    Place,
    id=slugs,
    name=texts,
    kind=st.sampled_from(PlaceKind),
    aliases=st.lists(texts, max_size=2).map(tuple),
    generic=st.booleans(),
    note=reasons,
)


@st.composite
def any_quantities(draw: st.DrawFn) -> Quantity:
    """A figure with every optional part drawn, its text inside its citation."""
    base = draw(quantities(any_decimals))
    citation = draw(st.none() | citations())
    text = citation.quote if citation is not None else draw(texts)
    return attrs.evolve(
        base,
        id=draw(slugs),
        measure=draw(texts),
        text=text,
        unit=draw(st.sampled_from(Unit)),
        basis=draw(st.sampled_from(Basis)),
        citation=citation,
        period=draw(st.none() | cited_date_ranges()),
        attributed_to=draw(st.none() | actors(0)),
        derived_from=tuple(draw(st.lists(slugs, max_size=2))),
        inferred=draw(reasons),
    )


def _tuple(
    strategy: st.SearchStrategy[object], max_size: int = 2
) -> st.SearchStrategy[tuple[object, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


def _enums(cls: type) -> st.SearchStrategy[tuple[object, ...]]:
    return st.lists(st.sampled_from(cls), max_size=3, unique=True).map(tuple)


_CITED = st.lists(citations(), min_size=1, max_size=2).map(tuple)

routes = st.builds(
    Route,
    modes=_enums(TransportMode),
    citation=citations(),
    origin=st.none() | places,
    destination=st.none() | places,
    via=_tuple(places),
    heading=st.none() | st.sampled_from(Heading),
)

_CONTENT = SOURCE_TEXT[Section.CHALLENGES.start : Section.ACCOMPLISHMENTS.end].casefold()
#: Every term whose words stand somewhere in the content, with where they stand.
_GROUNDED = [
    (term, Section.CHALLENGES.start + at)
    for vocabulary in TERMS
    for term in vocabulary
    if (at := _CONTENT.find(str(term.value).casefold())) >= 0
]


@st.composite
def statements(draw: st.DrawFn) -> Statement:
    """A statement about a term of the text, cited around the term's words."""
    term, at = draw(st.sampled_from(_GROUNDED))
    section = next(s for s in Section if s.start <= at < s.end)
    start = draw(st.integers(max(section.start, at - 40), at))
    end = draw(st.integers(at + len(term.value), min(section.end, at + len(term.value) + 40)))
    citation = Citation(quote=SOURCE_TEXT[start:end], start=start, end=end, section=section)
    quote = citation.quote.casefold()
    grades = [g for g in Grade if g.value.casefold() in quote]
    others = st.one_of(actors(0), places, operations)
    return Statement(
        id=draw(slugs),
        citation=citation,
        subject=draw(st.just(term) | others),
        predicate=draw(st.sampled_from(Predicate)),
        objects=(term, *draw(_tuple(others, max_size=1))),
        according_to=draw(actors(0)),
        factuality=draw(st.sampled_from(Factuality)),
        period=draw(st.none() | cited_date_ranges()),
        place=draw(st.none() | places),
        scope=draw(st.sampled_from(Scope)),
        grading=tuple(draw(st.lists(st.sampled_from(grades), unique=True))) if grades else (),
        inferred=draw(reasons),
    )


def _statements() -> st.SearchStrategy[tuple[object, ...]]:
    return _tuple(statements(), max_size=1)


challenges = st.builds(
    Challenge,
    id=slugs,
    title=texts,
    citations=_CITED,
    statements=st.deferred(_statements),
    actors=_tuple(actors(0)),
    sources=_tuple(actors(0)),
    places=_tuple(places),
    substances=_enums(Substance),
    activities=_enums(Activity),
    vulnerabilities=_enums(Vulnerability),
    routes=_tuple(routes),
    quantities=_tuple(any_quantities()),
)
goals = st.builds(
    Goal,
    id=slugs,
    title=texts,
    citations=_CITED,
    statements=st.deferred(_statements),
    actors=_tuple(actors(0)),
    supports=_tuple(actors(0)),
    targets=_tuple(actors(0)),
    beneficiaries=_tuple(actors(0)),
    substances=_enums(Substance),
    means=_enums(Practice),
    aims=_enums(Aim),
    quantities=_tuple(any_quantities()),
)
operations = st.builds(
    Operation,
    id=slugs,
    name=texts,
    citations=_CITED,
    period=st.none() | cited_date_ranges(),
    conducted_by=_tuple(actors(0)),
    participants=_tuple(actors(0)),
    targets=_tuple(actors(0)),
    supported_by=_tuple(actors(0)),
    assets_seized=_enums(AssetKind),
    seized_value=st.none() | any_quantities(),
    personnel=st.none() | any_quantities(),
    travellers=st.none() | any_quantities(),
    coordinated_with=_tuple(
        st.builds(
            Designation,
            by=actors(0),
            designation=texts,
            designees=any_quantities(),
            citation=citations(),
            associated_with=_tuple(actors(0)),
        ),
        max_size=1,
    ),
)
accomplishments = st.builds(
    Accomplishment,
    id=slugs,
    title=texts,
    bullet=st.integers(1, 5),
    citations=_CITED,
    statements=st.deferred(_statements),
    actors=_tuple(actors(0)),
    supported_by=_tuple(actors(0)),
    partners=_tuple(actors(0)),
    beneficiaries=_tuple(actors(0)),
    measures=_enums(Practice),
    quantities=_tuple(any_quantities()),
    period=st.none() | cited_date_ranges(),
    operation=st.none() | operations,
)

#: One strategy for every record type, by type.
RECORDS = {
    Citation: citations(),
    DateRange: cited_date_ranges(),
    Quantity: any_quantities(),
    Actor: actors(),
    Place: places,
    Route: routes,
    Challenge: challenges,
    Goal: goals,
    Operation: operations,
    Accomplishment: accomplishments,
    Statement: st.deferred(statements),
}
