"""
The records of the brief, and the :class:`Brief` that holds them all.

Challenges, goals and accomplishments are the document's structure; each
holds the statements of its sentences, and its typed fields (actors,
places, figures, terms) are what those statements are about, so the two
cannot disagree (:func:`honduras_brief.verify` checks it).

Every record has a stable ``id`` and the citations its facts stand on. Words
that the text uses for a kind of thing (a substance, an activity, a kind of
asset) are enums whose values are those words, so each can be found in the
record's own citations.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from typing import TypeAlias, TypeVar, overload

import attrs
import pendulum

from . import _validators as v
from ._actors import Actor, Place
from ._dates import DateRange, Precision
from ._operations import CITATIONS as _CITATIONS
from ._operations import Designation, Operation
from ._quantities import Quantity
from ._readings import Reading, readings_of
from ._record import RecordBase
from ._source import Citation, Source
from ._statements import ARGUMENT_TYPES, Argument, Factuality, Predicate, Statement, key
from ._vocabulary import (
    Activity,
    Aim,
    AssetKind,
    Heading,
    Practice,
    Substance,
    TransportMode,
    Vulnerability,
)
from .exceptions import (
    AmbiguousRecordError,
    CitationError,
    DuplicateIdError,
    UnknownRecordError,
    WrongKindError,
    _a,
    _shown,
)

__all__ = [
    "Accomplishment",
    "Activity",
    "AssetKind",
    "Brief",
    "Challenge",
    "Designation",
    "Goal",
    "Operation",
    "Record",
    "Route",
    "Substance",
    "TransportMode",
    "Vulnerability",
]

_STATEMENTS = v.tuple_of(Statement)


@attrs.frozen(kw_only=True)
class Route(RecordBase):
    """
    A way drugs move, as the text describes it.

    Attributes:
        modes: How they move.
        origin: Where the route starts, if the text says.
        destination: Where it leads, if the text says.
        via: What it passes through or along.
        heading: The direction the text gives (:attr:`Heading.NORTH`), if any.
        citation: The words that describe the route.
    """

    modes: tuple[TransportMode, ...] = attrs.field(validator=v.tuple_of(TransportMode))
    citation: Citation = attrs.field(validator=v.instance_of(Citation))
    origin: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    destination: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    via: tuple[Place, ...] = attrs.field(default=(), validator=v.tuple_of(Place))
    heading: Heading | None = attrs.field(default=None, validator=v.optional_instance_of(Heading))


@attrs.frozen(kw_only=True)
class Challenge(RecordBase):
    """
    A problem the brief describes.

    Attributes:
        id: Stable slug.
        title: A short title, in our words.
        citations: The sentences the challenge is stated in.
        statements: What those sentences assert, in document order.
        actors: The organisations and groups involved.
        sources: Who the text says gives the challenge's figures and
            claims ("The United States estimates", "According to the
            Violence Observatory"), and the bodies they belong to; a source
            is not a participant.
        places: The places involved.
        substances: The drugs or inputs involved.
        activities: The illicit activities involved.
        vulnerabilities: What the text says makes a place vulnerable.
        routes: The ways drugs move.
        quantities: The figures.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    statements: tuple[Statement, ...] = attrs.field(repr=False, default=(), validator=_STATEMENTS)
    actors: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    sources: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
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
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """Whether no value of the record is a reading of the words."""
        return not self.readings


@attrs.frozen(kw_only=True)
class Goal(RecordBase):
    """
    What INL sets out to do.

    Attributes:
        id: Stable slug.
        title: A short title, in our words.
        citations: The words the goal is stated in.
        statements: What those words assert, in document order.
        actors: Who holds the goal.
        supports: Whose effort the goal supports.
        targets: Whom the goal is directed against.
        beneficiaries: Who receives the help.
        substances: The drugs the goal is about.
        means: How the goal is pursued.
        aims: What the goal is meant to bring about.
        quantities: The figures.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    statements: tuple[Statement, ...] = attrs.field(repr=False, default=(), validator=_STATEMENTS)
    actors: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    supports: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    targets: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    beneficiaries: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    substances: tuple[Substance, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Substance)
    )
    means: tuple[Practice, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Practice)
    )
    aims: tuple[Aim, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Aim))
    quantities: tuple[Quantity, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Quantity)
    )
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """Whether no value of the record is a reading of the words."""
        return not self.readings


@attrs.frozen(kw_only=True)
class Accomplishment(RecordBase):
    """
    Something done in the period the brief reports on.

    Attributes:
        id: Stable slug.
        title: A short title, in our words.
        bullet: Which bullet of the accomplishments list states it (from 1).
        citations: The sentences it is stated in.
        statements: What those sentences assert, in document order; the
            statements about its operation among them.
        actors: Who did it.
        supported_by: Who helped, with all of it or with the part its
            statements say.
        partners: Whom the actors cooperated with.
        beneficiaries: Who was trained, vetted or otherwise acted on.
        measures: The practices used or put in place.
        quantities: The figures.
        period: When it happened, where the text says.
        operation: The operation it reports, if any.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
    """

    id: str = attrs.field(validator=v.slug)
    title: str = attrs.field(validator=v.text)
    bullet: int = attrs.field(repr=False, validator=[v.integer, attrs.validators.ge(1)])
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=_CITATIONS)
    statements: tuple[Statement, ...] = attrs.field(repr=False, default=(), validator=_STATEMENTS)
    actors: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    supported_by: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    partners: tuple[Actor, ...] = attrs.field(repr=False, default=(), validator=v.tuple_of(Actor))
    beneficiaries: tuple[Actor, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Actor)
    )
    measures: tuple[Practice, ...] = attrs.field(
        repr=False, default=(), validator=v.tuple_of(Practice)
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
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """Whether no value of the record is a reading of the words."""
        return not self.readings


Record: TypeAlias = (
    Challenge | Goal | Accomplishment | Operation | Actor | Place | Quantity | Statement
)
"""Anything in a :class:`Brief` that has an ``id``."""

_T = TypeVar("_T")
_R = TypeVar("_R", bound=Record)
_KINDS: tuple[type, ...] = (
    Challenge,
    Goal,
    Accomplishment,
    Operation,
    Actor,
    Place,
    Quantity,
    Statement,
)


def fold(words: str) -> str:
    """
    *words* in lower case without accents ("Hondurán" folds to "honduran").

    Spacing is kept, so that search can find where a word stands.
    """
    decomposed = unicodedata.normalize("NFKD", words)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.casefold()


def _folded(words: str) -> str:
    # A name's key: folded, and spaced as one space between words.
    return " ".join(fold(words).split())


def nearest(word: str, names: Iterable[str], n: int = 3) -> tuple[str, ...]:
    """
    The names closest to *word*, best first, as :mod:`difflib` finds them.

    Case, accents, spacing and hyphens are ignored ("homicide rate 2012" is
    near ``homicide-rate-2012``); each name is given back as it is written,
    and none is given when nothing is near (a ratio under 0.5).

    Args:
        word: What was asked for and not found.
        names: The names that would have been found.
        n: How many names to give at most.

    Examples:
        >>> nearest("neptun", ["Operation Neptune", "Los Cachiros"])
        ('Operation Neptune',)
        >>> nearest("atlantis", ["Los Cachiros"])
        ()
    """
    import difflib  # only when a word is not known: `import honduras_brief` stays cheap

    written: dict[str, str] = {}
    for name in names:
        written.setdefault(_folded(name.replace("-", " ")), name)
    close = difflib.get_close_matches(
        _folded(word.replace("-", " ")), list(written), n=n, cutoff=0.5
    )
    return tuple(written[c] for c in close)


def _names(record: Record) -> tuple[str, ...]:
    found = [record.id]
    for field in ("name", "title", "acronym"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            found.append(value)
    found += getattr(record, "aliases", ())
    return tuple(found)


@attrs.frozen(kw_only=True, repr=False)
class Brief(RecordBase):
    """
    The whole document: its source and every record in it.

    Ids are unique across the brief, whatever the record's kind (statements
    included), so one :meth:`get` finds any of them.

    Attributes:
        source: The document the records come from.
        challenges: The challenges, in document order.
        goals: The goals, in document order.
        accomplishments: The accomplishments, in document order.
        operations: The operations.
        actors: Every organisation, group and person named.
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
    _statements: tuple[Statement, ...] = attrs.field(init=False, repr=False, eq=False)
    _by_name: dict[str, tuple[Record, ...]] | None = attrs.field(
        init=False, default=None, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        owned = [s for record in self._owners() for s in record.statements]
        # Document order: by where the clause starts, then where it ends;
        # the sort is stable, so ties keep the order the records give.
        ordered = sorted({s.id: s for s in owned}.values(), key=_place_in_text)
        object.__setattr__(self, "_statements", tuple(ordered))
        index: dict[str, Record] = {}
        for record in (*self._records(), *owned):
            seen = index.setdefault(record.id, record)
            if seen is not record and seen != record:
                msg = f"two different records share the id {record.id!r}"
                raise DuplicateIdError(msg)
        object.__setattr__(self, "_index", index)
        for record in index.values():
            _cites_only(record, self.source)

    def _names_index(self) -> dict[str, tuple[Record, ...]]:
        # Built on the first lookup by name, not with the brief: most uses
        # of a brief never look a name up.
        if self._by_name is None:
            by_name: dict[str, dict[str, Record]] = {}
            for record in self._index.values():
                for name in _names(record):
                    by_name.setdefault(_folded(name), {})[record.id] = record
            found = {name: tuple(records.values()) for name, records in by_name.items()}
            object.__setattr__(self, "_by_name", found)
            return found
        return self._by_name

    def __len__(self) -> int:
        """How many records the brief holds, statements and figures included."""
        return len(self._index)

    def __iter__(self) -> Iterator[Record]:
        """Every record, each once: the records, actors, places, figures, then statements."""
        return iter(self._index.values())

    def __contains__(self, item: object) -> bool:
        """Whether *item* (a record, or an id) is in the brief."""
        if isinstance(item, str):
            return item in self._index
        ident = getattr(item, "id", None)
        return isinstance(ident, str) and self._index.get(ident) == item

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in (
                "challenges",
                "goals",
                "accomplishments",
                "operations",
                "actors",
                "places",
                "statements",
            )
        )
        return f"Brief(source={self.source.title!r}, {counts})"

    def _summary(self) -> str:
        # For the notebook's caption: what the fields do not show.
        return f"{len(self.statements)} statements, {len(self.quantities)} figures"

    def _owners(self) -> tuple[Challenge | Goal | Accomplishment, ...]:
        return (*self.challenges, *self.goals, *self.accomplishments)

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
    def statements(self) -> tuple[Statement, ...]:
        """
        Every statement of the brief once, in document order.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> BRIEF.statements[0].id
            'honduras-is-a-major-transit-country-for-cocaine'
        """
        return self._statements

    def statements_about(self, thing: object) -> tuple[Statement, ...]:
        """
        The statements about *thing*, in document order, each once.

        A statement is about *thing* when *thing* is its subject or one of its
        objects, the source the text gives for it (its
        :attr:`~Statement.according_to`), or the place where it holds (its
        :attr:`~Statement.place`). No statement is about a challenge, a goal
        or an accomplishment, a part of the page: given one, or its id
        (``"gangs"``), the answer is its own statements.

        Args:
            thing: A record (an actor, a place, a figure, an operation), a
                term of a vocabulary (``Role.JUDGES``), a record's id, a
                name, acronym or alias that :meth:`lookup` finds ("HNP"), or
                where no record answers to it, the words of a term the
                statements use ("homicide rate", "judges").

        Raises:
            UnknownRecordError: For a string no record or term answers to.
            AmbiguousRecordError: For a name several records answer to.
            TypeError: For anything else.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> for s in BRIEF.statements_about("los-cachiros"):
            ...     print(s.id)
            seized-properties-belonged-to-los-cachiros
            seized-vehicles-belonged-to-los-cachiros
            seized-bank-accounts-belonged-to-los-cachiros
            seized-businesses-belonged-to-los-cachiros
            operation-neptune-targeted-los-cachiros
            los-cachiros-is-the-largest-dto

            The Observatory is the subject of one statement and the source
            of five:

            >>> for s in BRIEF.statements_about("Violence Observatory"):
            ...     print(s.id)
            homicide-rate-was-the-highest-in-the-world
            homicide-rate-will-likely-remain-the-highest
            violence-observatory-is-part-of-the-university
            homicide-rate-could-fall-to-80-in-2013
            homicide-rate-was-85-5-in-2012
            homicide-rate-could-decrease-by-6-4-percent
        """
        if isinstance(thing, Challenge | Goal | Accomplishment):
            return self.statements_of(thing)
        if not isinstance(thing, (str, *ARGUMENT_TYPES)):
            msg = (
                "'thing' must be a record a statement can be about, a term or an id, "
                f"got {_shown(thing)} of type {type(thing).__name__}"
            )
            raise TypeError(msg)
        if not isinstance(thing, str):
            wanted: Collection[str] = {key(thing)}
        elif thing in self._index or ":" in thing:  # an id, or a term's key ("Role:judges")
            owner = self._index.get(thing)
            if isinstance(owner, Challenge | Goal | Accomplishment):
                # No statement is about a section of the page: its own are.
                return self.statements_of(owner)
            wanted = {thing}
        else:  # a name, an acronym or an alias, as lookup() reads them, or a term's words
            named = self._named(thing)
            wanted = named if isinstance(named, frozenset) else {named.id}
        return tuple(s for s in self._statements if _is_about(s, wanted))

    def _named(self, words: str) -> Record | frozenset[str]:
        # lookup(); or, where no record answers, the keys of the terms of
        # those words that statements use ("homicide rate" is a Domain).
        try:
            return self.lookup(words)
        except UnknownRecordError:
            folded = _folded(words)
            keys = frozenset(
                key(a)
                for s in self._statements
                for a in s.arguments
                if isinstance(a, enum.Enum) and _folded(str(a.value)) == folded
            )
            if not keys:
                raise
            return keys

    def statements_where(  # noqa: PLR0913 -- one keyword for each part of a statement
        self,
        *,
        subject: Argument | str | None = None,
        predicate: Predicate | str | None = None,
        according_to: Actor | str | None = None,
        factuality: Factuality | str | None = None,
        place: Place | str | None = None,
        period: DateRange | int | None = None,
    ) -> tuple[Statement, ...]:
        """
        The statements that match every condition given, in document order.

        A condition left out (``None``) matches every statement; with none
        given, every statement is returned.

        Args:
            subject: What the statement is about, as its subject only: a
                record, a term (``Role.JUDGES``), an id, a term's key
                (``"Role:judges"``), a name that :meth:`lookup` finds, or a
                term's words ("homicide rate").
            predicate: The relation: a :class:`Predicate` or its value
                (``"falls-to"``).
            according_to: Whose word it is: an :class:`Actor`, its id, or
                a name, acronym or alias of an actor ("Violence Observatory",
                "INL").
            factuality: How sure the text is: a :class:`Factuality` or its
                value (``"possible"``); exactly that value, so
                ``POSSIBLE`` does not match ``POSSIBLE_NOT``.
            place: Where it holds (:attr:`Statement.place`; a place among the
                objects is found by *subject* or :meth:`statements_about`): a
                :class:`Place`, its id or a name of a place.
            period: When: a :class:`DateRange`, or a year (``2013``) for that
                calendar year; a statement matches when its period overlaps
                it (a side the text leaves open overlaps everything on that
                side), and a statement with no period never matches.

        Raises:
            TypeError: For a condition of the wrong type, naming it.
            ValueError: For a value no member has, a year out of range, or a
                record of the wrong kind (a place for *according_to*),
                naming the condition.
            UnknownRecordError: For a string no record answers to.
            AmbiguousRecordError: For a name several records of the kind
                answer to.

        Examples:
            Everything the Violence Observatory says, and everything the text
            calls possible:

            >>> from honduras_brief import BRIEF, Factuality
            >>> for s in BRIEF.statements_where(according_to="Violence Observatory"):
            ...     print(s.id)
            homicide-rate-was-the-highest-in-the-world
            homicide-rate-will-likely-remain-the-highest
            homicide-rate-could-fall-to-80-in-2013
            homicide-rate-was-85-5-in-2012
            homicide-rate-could-decrease-by-6-4-percent
            >>> for s in BRIEF.statements_where(factuality=Factuality.POSSIBLE):
            ...     print(s.id)
            homicide-rate-could-fall-to-80-in-2013
            homicide-rate-could-decrease-by-6-4-percent

            Conditions combine; a year is the statements whose period meets it:

            >>> for s in BRIEF.statements_where(place="honduras", period=2012):
            ...     print(s.id)
            homicide-rate-was-the-highest-in-the-world
            homicide-rate-was-85-5-in-2012
            homicide-rate-could-decrease-by-6-4-percent
        """
        wanted_subject = self._wanted_key(
            "subject", subject, ARGUMENT_TYPES, "a record or a term a statement can be about"
        )
        wanted_source = self._wanted_key("according_to", according_to, (Actor,), "an actor", Actor)
        wanted_place = self._wanted_key("place", place, (Place,), "a place", Place)
        wanted_predicate = _member("predicate", predicate, Predicate)
        wanted_factuality = _member("factuality", factuality, Factuality)
        wanted_period = _period(period)
        return tuple(
            s
            for s in self._statements
            if (wanted_subject is None or key(s.subject) in wanted_subject)
            and (wanted_predicate is None or s.predicate is wanted_predicate)
            and (wanted_source is None or s.according_to.id in wanted_source)
            and (wanted_factuality is None or s.factuality is wanted_factuality)
            and (wanted_place is None or (s.place is not None and s.place.id in wanted_place))
            and (
                wanted_period is None or (s.period is not None and s.period.overlaps(wanted_period))
            )
        )

    def _wanted_key(
        self,
        name: str,
        value: object,
        kinds: tuple[type, ...],
        what: str,
        kind: type[Actor | Place] | None = None,
    ) -> frozenset[str] | None:
        # The keys statements_where compares, for a record, a term, an id or
        # a name; a name is looked up among records of *kind* only, so that
        # "United States" as a source is the government, not the country.
        if value is None:
            return None
        if isinstance(value, kinds):
            return frozenset({key(value)})
        if not isinstance(value, str):
            msg = (
                f"{name!r} must be {what}, an id or a name, "
                f"got {_shown(value)} of type {type(value).__name__}"
            )
            raise TypeError(msg)
        if kind is None and ":" in value and value not in self._index:  # "Role:judges"
            return frozenset({value})
        try:
            record = self._named(value) if kind is None else self.lookup(value, kind)
        except WrongKindError as error:
            found = error.found
        else:
            if isinstance(record, frozenset):  # a term's words
                return record
            if isinstance(record, kinds):
                return frozenset({record.id})
            found = type(record).__name__
        msg = f"{name!r} must name {what}, got {_shown(value)}, {_a(found)}"
        raise ValueError(msg)

    def statements_of(self, record: Record | str) -> tuple[Statement, ...]:
        """
        A record's own statements, whatever its kind, in document order.

        ==========================================  ===============================
        record                                      its statements
        ==========================================  ===============================
        :class:`Challenge`, :class:`Goal`,          its :attr:`statements`: those
        :class:`Accomplishment`                     of its sentences
        :class:`Operation`                          those of the sentences it is
                                                    described in (whose clause
                                                    lies within one of its
                                                    citations), and any other
                                                    statement about it
        :class:`Actor`, :class:`Place`,             the statements about it
        :class:`Quantity`                           (:meth:`statements_about`)
        :class:`Statement`                          itself
        ==========================================  ===============================

        An operation holds no statements of its own (statements are about
        operations, so it sits below them); this is where it gives them. For
        Operation Neptune they are the statements of the accomplishment that
        reports it.

        Args:
            record: A record, its id, or a name, acronym or alias that
                :meth:`lookup` finds.

        Raises:
            UnknownRecordError: For a string no record answers to.
            AmbiguousRecordError: For a name several records answer to.
            TypeError: For anything but a record or a str.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> neptune = BRIEF.statements_of("Operation Neptune")
            >>> set(neptune) == set(BRIEF.statements_of("operation-neptune-seizure"))
            True
            >>> len(neptune) > len(BRIEF.statements_about("Operation Neptune"))
            True
            >>> [s.id for s in BRIEF.statements_of("judges-dismissed")]
            ['supreme-court-dismissed-judges']
        """
        if isinstance(record, str):
            record = self.lookup(record)
        elif not isinstance(record, _KINDS):
            names = ", ".join(k.__name__ for k in _KINDS)
            msg = (
                f"'record' must be a record ({names}) or an id, "
                f"got {_shown(record)} of type {type(record).__name__}"
            )
            raise TypeError(msg)
        if isinstance(record, Challenge | Goal | Accomplishment):
            return tuple(sorted(record.statements, key=_place_in_text))
        if isinstance(record, Statement):
            return (record,)
        if isinstance(record, Operation):
            return tuple(
                s
                for s in self._statements
                if _is_about(s, {record.id})
                or any(
                    c.start <= s.citation.start and s.citation.end <= c.end
                    for c in record.citations
                )
            )
        return self.statements_about(record)

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

        Raises:
            TypeError: If *id* is not a str.
        """
        if not isinstance(id, str):
            msg = f"'id' must be a str, got {_shown(id)} of type {type(id).__name__}"
            raise TypeError(msg)
        return self._index.get(id, default)

    @overload
    def lookup(self, key: str) -> Record: ...

    @overload
    def lookup(self, key: str, kind: type[_R]) -> _R: ...

    def lookup(self, key: str, kind: type | None = None) -> Record:
        """
        The record with this id, name, acronym or alias, after pycountry's ``lookup``.

        An exact id wins; otherwise names are compared ignoring case and
        accents. With *kind* (a record class) only records of that kind
        answer, and a type checker knows the type returned.

        Args:
            key: An id (``"los-cachiros"``), a name (``"Los Cachiros"``), an
                acronym (``"HNP"``) or an alias (``"U.S."``).
            kind: The class of record wanted, such as ``Quantity``.

        Raises:
            UnknownRecordError: A :class:`LookupError` naming the key, if no
                record answers to it.
            WrongKindError: A :class:`LookupError` naming both kinds, if the
                record that answers is not of *kind*.
            AmbiguousRecordError: A :class:`LookupError` listing the
                candidates, if several records answer to the name.
            TypeError: If *key* is not a str or *kind* not a record class.

        Examples:
            >>> from honduras_brief import BRIEF, Place, Quantity
            >>> BRIEF.lookup("los-cachiros").name, BRIEF.lookup("hnp").id
            ('Los Cachiros', 'honduran-national-police')
            >>> BRIEF.lookup("people-trained-by-the-united-states", kind=Quantity).text
            'more than 1,200'
            >>> BRIEF.lookup("United States", kind=Place).kind.value
            'country'
            >>> BRIEF.lookup("United States")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
              ...
            honduras_brief.exceptions.AmbiguousRecordError: 'United States' names 2 records: ...
        """
        if not isinstance(key, str):
            msg = f"'key' must be a str, got {_shown(key)} of type {type(key).__name__}"
            raise TypeError(msg)
        if kind is not None and kind not in _KINDS:
            names = ", ".join(k.__name__ for k in _KINDS)
            msg = f"'kind' must be a record class ({names}), got {_shown(kind)}"
            raise TypeError(msg)
        exact = self._index.get(key)
        found: tuple[Record, ...] = (
            (exact,) if exact is not None else self._names_index().get(_folded(key), ())
        )
        if kind is not None:
            wanted = tuple(r for r in found if isinstance(r, kind))
            if not wanted and found:
                raise WrongKindError(key, type(found[0]).__name__, kind.__name__)
            found = wanted
        if not found:
            raise UnknownRecordError(key, self._nearest(key, kind))
        if len(found) != 1:
            raise AmbiguousRecordError(key, tuple((r.id, type(r).__name__) for r in found))
        return found[0]

    def _nearest(self, key: str, kind: type | None) -> tuple[str, ...]:
        # Up to three records whose ids or names are nearest the key, each
        # once, by a name that finds it alone (else by its id).
        by_name = self._names_index()
        suggested: dict[str, str] = {}
        for name in nearest(key, by_name, n=len(by_name)):
            for record in by_name[name]:
                if record.id in suggested or (kind is not None and not isinstance(record, kind)):
                    continue
                names = [n for n in _names(record)[1:] if len(by_name[_folded(n)]) == 1]
                suggested[record.id] = names[0] if names else record.id
            if len(suggested) >= 3:  # noqa: PLR2004 -- as many as a message can offer
                break
        return tuple(suggested.values())[:3]


def _cites_only(record: Record, source: Source) -> None:
    # A record's own citations cite the brief's source, checked as the brief
    # is made (cheaply: by identity first); verify() checks every citation
    # nested deeper (a period's, a route's) as well.
    for name in ("citation", "citations", "mentions"):
        value = getattr(record, name, None)
        cited = value if isinstance(value, tuple) else (value,)
        for index, citation in enumerate(cited):
            if not isinstance(citation, Citation):
                continue
            if citation.source is source or citation.source == source:
                continue
            where = f"{name}[{index}]" if isinstance(value, tuple) else name
            msg = (
                f"{record.id}.{where} cites {citation.source.title!r} "
                f"({citation.source.key}), not the brief's source "
                f"{source.title!r} ({source.key})"
            )
            raise CitationError(msg)


def _place_in_text(statement: Statement) -> tuple[int, int]:
    # Document order: where the clause starts, then where it ends.
    return statement.citation.start, statement.citation.end


def _is_about(statement: Statement, wanted: Collection[str]) -> bool:
    # Its subject, an object, its source or its place has one of the keys.
    return (
        any(key(argument) in wanted for argument in statement.arguments)
        or statement.according_to.id in wanted
        or (statement.place is not None and statement.place.id in wanted)
    )


_E = TypeVar("_E", Predicate, Factuality)


def _member(name: str, value: object, members: type[_E]) -> _E | None:
    # A member of *members*, or its value as a user types it.
    if value is None or isinstance(value, members):
        return value
    if not isinstance(value, str):
        msg = (
            f"{name!r} must be a {members.__name__} or its value, "
            f"got {_shown(value)} of type {type(value).__name__}"
        )
        raise TypeError(msg)
    for member in members:
        if member.value == value.strip().casefold():
            return member
    values = [m.value for m in members]
    shown = ", ".join(values) if len(values) <= 10 else f"see {members.__name__}"  # noqa: PLR2004 -- a list one reads at a glance
    msg = f"{name!r} must be a {members.__name__} or its value ({shown}), got {_shown(value)}"
    raise ValueError(msg)


def _period(value: object) -> DateRange | None:
    # A range as given, or a year as the calendar year.
    if value is None or isinstance(value, DateRange):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        msg = (
            "'period' must be a DateRange or a year (an int), "
            f"got {_shown(value)} of type {type(value).__name__}"
        )
        raise TypeError(msg)
    if not 1 <= value <= 9999:  # noqa: PLR2004 -- the years a date can have
        msg = f"'period' must be a year from 1 to 9999, got {value}"
        raise ValueError(msg)
    return DateRange(
        start=pendulum.date(value, 1, 1), end=pendulum.date(value, 12, 31), precision=Precision.YEAR
    )
