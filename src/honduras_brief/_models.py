"""
The records of the brief, and the :class:`Brief` that holds them all.

Challenges, goals, accomplishments and operations.

Every record has a stable ``id`` and the citations its facts stand on. Words
that the text uses for a kind of thing (a substance, an activity, a kind of
asset) are enums whose values are those words, so each can be found in the
record's own citations.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TypeAlias, TypeVar, overload

import attrs

from . import _validators as v
from ._actors import Actor, Place
from ._dates import DateRange
from ._display import HTMLMixin
from ._quantities import Quantity
from ._source import Citation, Source
from .exceptions import DuplicateIdError, UnknownRecordError


class Substance(enum.Enum):
    """A drug or drug input that the text names."""

    COCAINE = "cocaine"
    CHEMICAL_PRECURSORS = "chemical precursors"
    SYNTHETIC_DRUGS = "synthetic drugs"
    ILLICIT_NARCOTICS = "illicit narcotics"


class Activity(enum.Enum):
    """An illicit activity that the text names."""

    TRANSIT = "transit"
    TRANSSHIPMENT = "transshipment"
    TRAFFICKING = "trafficking"
    NARCOTICS_TRAFFICKING = "narcotics trafficking"
    DRUG_DISTRIBUTION = "drug distribution"
    VIOLENCE = "violence"
    EXTORTION = "extortion"
    KIDNAPPING = "kidnapping"
    HUMAN_TRAFFICKING = "human trafficking"


class TransportMode(enum.Enum):
    """How drugs move, in the text's words."""

    AIR = "flights"
    MARITIME = "maritime traffic"
    LAND = "land movement"


class Vulnerability(enum.Enum):
    """What makes a region vulnerable to trafficking, in the text's words."""

    REMOTENESS = "remoteness"
    LIMITED_INFRASTRUCTURE = "limited infrastructure"
    LACK_OF_GOVERNMENT_PRESENCE = "lack of government presence"
    WEAK_LAW_ENFORCEMENT = "weak law enforcement institutions"


class AssetKind(enum.Enum):
    """A kind of asset seized, in the text's words."""

    PROPERTIES = "properties"
    VEHICLES = "vehicles"
    BANK_ACCOUNTS = "bank accounts"
    BUSINESSES = "businesses"


_CITATIONS = attrs.validators.and_(
    v.tuple_of(Citation), attrs.validators.min_len(1)
)  # a record with no citation would be a claim with nothing under it


@attrs.frozen(kw_only=True)
class Route(HTMLMixin):
    """
    A way drugs move, as the text describes it.

    Attributes:
        modes: How they move.
        origin: Where the route starts, if the text says.
        destination: Where it leads, if the text says.
        via: What it passes through or along.
        heading: The direction the text gives ("north"), if any.
        citation: The words that describe the route.
    """

    modes: tuple[TransportMode, ...] = attrs.field(validator=v.tuple_of(TransportMode))
    citation: Citation = attrs.field(validator=v.instance_of(Citation))
    origin: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    destination: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    via: tuple[Place, ...] = attrs.field(default=(), validator=v.tuple_of(Place))
    heading: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True)
class Designation(HTMLMixin):
    """
    A sanction that names people, such as a U.S. Treasury kingpin designation.

    Attributes:
        by: Who made the designation.
        designation: What they were designated as, in the text's words.
        designees: How many were designated.
        associated_with: Whom the text links the designees to.
        citation: The words that describe it.
    """

    by: Actor = attrs.field(validator=v.instance_of(Actor))
    designation: str = attrs.field(validator=v.text)
    designees: Quantity = attrs.field(validator=v.instance_of(Quantity))
    citation: Citation = attrs.field(validator=v.instance_of(Citation))
    associated_with: tuple[Actor, ...] = attrs.field(default=(), validator=v.tuple_of(Actor))


@attrs.frozen(kw_only=True)
class Challenge(HTMLMixin):
    """
    A problem the brief describes.

    Attributes:
        id: Stable slug.
        title: A short title, in our words.
        citations: The sentences the challenge is stated in.
        actors: The organisations and groups involved.
        places: The places involved.
        substances: The drugs or inputs involved.
        activities: The illicit activities involved.
        vulnerabilities: What the text says makes a place vulnerable.
        routes: The ways drugs move.
        quantities: The figures.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    actors: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    places: tuple[Place, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Place))
    substances: tuple[Substance, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Substance)
    )
    activities: tuple[Activity, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Activity)
    )
    vulnerabilities: tuple[Vulnerability, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Vulnerability)
    )
    routes: tuple[Route, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Route))
    quantities: tuple[Quantity, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Quantity)
    )


@attrs.frozen(kw_only=True)
class Goal(HTMLMixin):
    """
    What INL sets out to do.

    Attributes:
        id: Stable slug.
        title: A short title, in our words.
        citations: The words the goal is stated in.
        actors: Who holds the goal.
        supports: Whose effort the goal supports.
        targets: Whom the goal is directed against.
        beneficiaries: Who receives the help.
        substances: The drugs the goal is about.
        means: How the goal is pursued, in the text's words.
        aims: What the goal is meant to bring about, in the text's words.
        quantities: The figures.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    actors: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    supports: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    targets: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    beneficiaries: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    substances: tuple[Substance, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Substance)
    )
    means: tuple[Citation, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Citation)
    )
    aims: tuple[Citation, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Citation))
    quantities: tuple[Quantity, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Quantity)
    )


@attrs.frozen(kw_only=True)
class Operation(HTMLMixin):
    """
    A law-enforcement operation, such as Operation Neptune.

    Attributes:
        id: Stable slug.
        name: Its name.
        citations: The sentences that describe it.
        period: When it ran.
        conducted_by: Who carried it out.
        participants: Whose personnel took part.
        targets: Whom it was directed against.
        supported_by: Who supported it.
        assets_seized: The kinds of asset seized.
        seized_value: The worth of what was seized.
        personnel: How many took part.
        travellers: How many were helped to travel to it.
        coordinated_with: The actions it was coordinated with.
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    period: DateRange | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(DateRange)
    )
    conducted_by: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    participants: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    targets: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    supported_by: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    assets_seized: tuple[AssetKind, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(AssetKind)
    )
    seized_value: Quantity | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Quantity)
    )
    personnel: Quantity | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Quantity)
    )
    travellers: Quantity | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Quantity)
    )
    coordinated_with: tuple[Designation, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Designation)
    )

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Every figure of the operation, its designations' included."""
        own = (self.seized_value, self.personnel, self.travellers)
        return tuple(q for q in own if q is not None) + tuple(
            d.designees for d in self.coordinated_with
        )


@attrs.frozen(kw_only=True)
class Accomplishment(HTMLMixin):
    """
    Something done in the period the brief reports on.

    Attributes:
        id: Stable slug.
        title: A short title, in our words.
        bullet: Which bullet of the accomplishments list states it (from 1).
        citations: The sentences it is stated in.
        actors: Who did it.
        supported_by: Who helped.
        beneficiaries: Who was trained, vetted or otherwise acted on.
        measures: What was done, in the text's words.
        quantities: The figures.
        period: When it happened, where the text says.
        operation: The operation it reports, if any.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    bullet: int = attrs.field(repr=False, validator=[v.integer, attrs.validators.ge(1)])
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    actors: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    supported_by: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    beneficiaries: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    measures: tuple[Citation, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Citation)
    )
    quantities: tuple[Quantity, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Quantity)
    )
    period: DateRange | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(DateRange)
    )
    operation: Operation | None = attrs.field(
        repr=False, default=None, validator=v.optional_instance_of(Operation)
    )


Record: TypeAlias = Challenge | Goal | Accomplishment | Operation | Actor | Place | Quantity
"""Anything in a :class:`Brief` that has an ``id``."""

_T = TypeVar("_T")


@attrs.frozen(kw_only=True, repr=False)
class Brief(HTMLMixin):
    """
    The whole document: its source and every record in it.

    Ids are unique across the brief, whatever the record's kind, so one
    :meth:`get` finds any of them.

    Attributes:
        source: The document the records come from.
        challenges: The challenges, in document order.
        goals: The goals, in document order.
        accomplishments: The accomplishments, in document order.
        operations: The operations.
        actors: Every organisation and group named.
        places: Every place named.
    """

    source: Source = attrs.field(validator=v.instance_of(Source))
    challenges: tuple[Challenge, ...] = attrs.field(validator=v.tuple_of(Challenge))
    goals: tuple[Goal, ...] = attrs.field(validator=v.tuple_of(Goal))
    accomplishments: tuple[Accomplishment, ...] = attrs.field(validator=v.tuple_of(Accomplishment))
    operations: tuple[Operation, ...] = attrs.field(validator=v.tuple_of(Operation))
    actors: tuple[Actor, ...] = attrs.field(validator=v.tuple_of(Actor))
    places: tuple[Place, ...] = attrs.field(validator=v.tuple_of(Place))
    _index: dict[str, Record] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Record] = {}
        for record in self._records():
            seen = index.setdefault(record.id, record)
            if seen is not record and seen != record:
                msg = f"two different records share the id {record.id!r}"
                raise DuplicateIdError(msg)
        object.__setattr__(self, "_index", index)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("challenges", "goals", "accomplishments", "operations", "actors", "places")
        )
        return f"Brief(source={self.source.title!r}, {counts})"

    def _records(self) -> Iterator[Record]:
        yield from self.challenges
        yield from self.goals
        yield from self.accomplishments
        yield from self.operations
        yield from self.actors
        yield from self.places
        yield from self.quantities

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Every figure in the brief, in document order of the records."""
        records: tuple[Challenge | Goal | Accomplishment | Operation, ...] = (
            *self.challenges,
            *self.goals,
            *self.accomplishments,
            *self.operations,
        )
        return tuple(q for record in records for q in record.quantities)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id in the brief."""
        return tuple(self._index)

    @overload
    def get(self, id: str) -> Record | None: ...

    @overload
    def get(self, id: str, default: _T) -> Record | _T: ...

    def get(self, id: str, default: object = None) -> object:
        """
        The record with this *id*, or *default* (``None``) if there is none.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> BRIEF.get("operation-neptune").name
            'Operation Neptune'
            >>> BRIEF.get("atlantis") is None
            True
        """
        return self._index.get(id, default)

    def lookup(self, id: str) -> Record:
        """
        The record with this *id*.

        Raises:
            UnknownRecordError: A :class:`LookupError` naming the id, if no
                record has it.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> BRIEF.lookup("los-cachiros").name
            'Los Cachiros'
        """
        try:
            return self._index[id]
        except KeyError:
            raise UnknownRecordError(id) from None
