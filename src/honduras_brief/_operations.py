"""
Operations, and the designations they are coordinated with.

An :class:`Operation` is something statements are about ("Operation
Neptune included participation from ..."), so it sits below the statements
and holds none of them: the accomplishment that reports an operation holds
the statements about it.
"""

from __future__ import annotations

import attrs

from . import _validators as v
from ._actors import Actor
from ._dates import DateRange
from ._quantities import Quantity
from ._readings import Reading, readings_of
from ._record import RecordBase
from ._source import Citation
from ._vocabulary import AssetKind

CITATIONS = attrs.validators.and_(
    v.tuple_of(Citation), attrs.validators.min_len(1)
)  # a record with no citation would be a claim with nothing under it


@attrs.frozen(kw_only=True)
class Designation(RecordBase):
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
class Operation(RecordBase):
    """
    A law-enforcement operation, such as Operation Neptune.

    Each field is backed by a statement about the operation (see
    :meth:`Brief.statements_about`), which says how sure the text is and
    what, if anything, is inferred: the text says whose the seized assets
    were, for example, and the operation's targets are read from that.
    Check a field's statements before citing it.

    Attributes:
        id: Stable slug.
        name: Its name.
        citations: The sentences that describe it.
        period: When it ran, where the text says; the brief dates only the
            seizure made during Operation Neptune, so its period is ``None``.
        conducted_by: Who carried it out.
        participants: Whose personnel took part.
        targets: Whom it was directed against.
        supported_by: Who supported it.
        assets_seized: The kinds of asset seized.
        seized_value: The worth of what was seized.
        personnel: How many took part.
        travellers: How many had their travel facilitated for it.
        coordinated_with: The actions it was coordinated with.
        readings: The values of its fields that are read into the words
            rather than stated by them, each with its reason.
    """

    id: str = attrs.field(validator=v.slug)
    name: str = attrs.field(validator=v.text)
    citations: tuple[Citation, ...] = attrs.field(repr=False, validator=CITATIONS)
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
    readings: tuple[Reading, ...] = attrs.field(repr=False, default=(), validator=readings_of)

    @property
    def is_stated(self) -> bool:
        """
        Whether the text states every value of it: none is a reading.

        Examples:
            >>> from honduras_brief import BRIEF
            >>> [r.field for r in BRIEF.lookup("operation-neptune").readings]
            ['conducted_by', 'targets']
        """
        return not self.readings

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Every figure of the operation, its designations' included."""
        own = (self.seized_value, self.personnel, self.travellers)
        return tuple(q for q in own if q is not None) + tuple(
            d.designees for d in self.coordinated_with
        )
