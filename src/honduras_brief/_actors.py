"""
The named things of the brief: organisations and groups, and places.

Each carries the citations where the text names it, so that a reader can go
from a record to the words and back.
"""

from __future__ import annotations

from typing import Any

import attrs

from . import _validators as v
from ._readings import Reading, readings_of
from ._record import RecordBase
from ._source import Citation
from ._vocabulary import SlugVocabulary
from .exceptions import CitationError, _shown


class ActorKind(SlugVocabulary):
    """
    What kind of organisation or group an :class:`Actor` is (an open vocabulary).

    Examples:
        >>> ActorKind.HONDURAN_GOVERNMENT is ActorKind.HOST_GOVERNMENT
        True
        >>> ActorKind("intergovernmental-organization")
        ActorKind('intergovernmental-organization')
    """

    HOST_GOVERNMENT = "host-government"
    """The government of the country a page covers."""
    HONDURAN_GOVERNMENT = "host-government"
    """The old name of :attr:`HOST_GOVERNMENT`, kept as an alias."""
    US_GOVERNMENT = "us-government"
    FOREIGN_GOVERNMENT = "foreign-government"
    TRAFFICKING_ORGANIZATION = "trafficking-organization"
    CRIMINAL_ORGANIZATION = "criminal-organization"
    GANG = "gang"
    ACADEMIC = "academic"
    PERSON = "person"
    """One person, whom the text names by role ("An INL advisor")."""

    @classmethod
    def _renamed(cls) -> dict[str, str]:
        return {"honduran-government": "host-government"}


class PlaceKind(SlugVocabulary):
    """What kind of place a :class:`Place` is (an open vocabulary: ``PlaceKind("continent")``)."""

    COUNTRY = "country"
    REGION = "region"
    CORRIDOR = "corridor"
    ROAD = "road"
    COMMUNITY = "community"


def _names_itself(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    # A mention must quote one of the names the record answers to, so the
    # names are grounded in the text and the mentions are about this record.
    names = {instance.name, *instance.aliases}
    if getattr(instance, "acronym", None) is not None:
        names.add(instance.acronym)
    for mention in value:  # type: ignore[attr-defined]  # deep_iterable ran first
        if mention.quote not in names:
            msg = (
                f"{attribute.name!r}: the mention {_shown(mention.quote)} is not one of "
                f"the names of {instance.id!r} ({', '.join(sorted(names))})"
            )
            raise CitationError(msg)


def _actor_or_none(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    # Actor is defined below; the check runs once it exists.
    v.optional_instance_of(Actor)(instance, attribute, value)


@attrs.frozen(kw_only=True)
class Actor(RecordBase):
    """
    An organisation or group that the brief names.

    Attributes:
        id: Stable slug.
        name: The name, in full.
        kind: Its kind.
        acronym: The acronym the text uses for it, if any.
        aliases: Other names the text uses for it.
        generic: ``True`` when the name denotes a class of organisations
            ("drug trafficking organizations") rather than one body.
        part_of: The organisation it belongs to, if the text says so.
        mentions: Citations of the places where the text names it; each
            quotes *name*, *acronym* or one of *aliases*.
        note: What the text leaves open about it, in our words.
        inferred: ``None`` when the text states its kind (and whose it
            is); otherwise why the library reads it so: the text never
            calls the Supreme Court Honduran, for one.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    kind: ActorKind = attrs.field(validator=v.instance_of(ActorKind))
    acronym: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    aliases: tuple[str, ...] = attrs.field(repr=False, default=(), validator=v.text_tuple)
    generic: bool = attrs.field(repr=False, default=False, validator=v.instance_of(bool))
    part_of: Actor | None = attrs.field(repr=False, default=None, validator=_actor_or_none)
    mentions: tuple[Citation, ...] = attrs.field(
        repr=False, default=(), validator=[v.tuple_of(Citation), _names_itself]
    )
    note: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    inferred: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """Whether the text states the actor's kind, and no value of it is a reading."""
        return self.inferred is None and not self.readings


@attrs.frozen(kw_only=True)
class Place(RecordBase):
    """
    A country, region, corridor or road that the brief names.

    Attributes:
        id: Stable slug.
        name: The name, as the text gives it.
        kind: Its kind.
        aliases: Other names the text uses for it.
        generic: ``True`` when the name denotes a kind of place ("local
            communities") rather than one place.
        mentions: Citations of the places where the text names it; each
            quotes *name* or one of *aliases*.
        note: What the text leaves open about it, in our words.
        inferred: ``None`` when the text states all of it; otherwise why the
            library reads it so (two spellings read as one place, say).
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    kind: PlaceKind = attrs.field(validator=v.instance_of(PlaceKind))
    aliases: tuple[str, ...] = attrs.field(repr=False, default=(), validator=v.text_tuple)
    generic: bool = attrs.field(repr=False, default=False, validator=v.instance_of(bool))
    mentions: tuple[Citation, ...] = attrs.field(
        repr=False, default=(), validator=[v.tuple_of(Citation), _names_itself]
    )
    note: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    inferred: str | None = attrs.field(repr=False, default=None, validator=v.optional_text)
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """Whether the text states all of it (nothing about it is inferred or read)."""
        return self.inferred is None and not self.readings
