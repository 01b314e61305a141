"""
The brief's figures as flat rows, for CSV and for pandas.

CSV needs only the standard library; pandas comes with the ``pandas`` extra.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Final, TypedDict

import pendulum

from ._dates import Precision
from ._models import Accomplishment, Brief, Challenge, Goal, Operation
from ._quantities import Basis, Qualifier, Quantity, Unit
from ._source import Section

if TYPE_CHECKING:  # pragma: no cover -- pandas is an optional extra
    import pandas as pd

Owner = Challenge | Goal | Accomplishment | Operation
Tabular = Brief | Owner | Quantity | Iterable[Owner | Quantity]
"""What the table functions take: the brief, records with figures, or figures."""


class FigureRow(TypedDict):
    """One figure as a flat row; see :data:`COLUMNS` for the order."""

    record_id: str | None
    record_kind: str | None
    section: str | None
    figure_id: str
    measure: str
    text: str
    qualifier: str
    low: Decimal | None
    high: Decimal | None
    unit: str
    basis: str
    period_start: pendulum.Date | None
    period_end: pendulum.Date | None
    period_precision: str | None
    provenance: str
    inferred: str | None
    quote: str | None
    quote_start: int | None
    quote_end: int | None


COLUMNS: Final = tuple(FigureRow.__annotations__)
"""The columns of a row, in order."""

_KINDS: Final = {
    Challenge: "challenge",
    Goal: "goal",
    Accomplishment: "accomplishment",
    Operation: "operation",
}


def _owned(source: Tabular) -> Iterator[tuple[Owner | None, Quantity]]:
    if isinstance(source, Brief):
        records: Iterable[Owner | Quantity] = (
            *source.challenges,
            *source.goals,
            *source.accomplishments,
            *source.operations,
        )
    elif isinstance(source, Challenge | Goal | Accomplishment | Operation | Quantity):
        records = (source,)
    else:
        records = source
    for record in records:
        if isinstance(record, Quantity):
            yield None, record
        elif isinstance(record, Challenge | Goal | Accomplishment | Operation):
            for quantity in record.quantities:
                yield record, quantity
        else:
            msg = (
                "'records' must be a Brief, records with figures, or Quantity "
                f"figures, got {record!r} of type {type(record).__name__}"
            )
            raise TypeError(msg)


def _row(owner: Owner | None, q: Quantity) -> FigureRow:
    period, cited = q.period, q.citation
    reasons = [r for r in (q.inferred, period.inferred if period else None) if r]
    return FigureRow(
        record_id=None if owner is None else owner.id,
        record_kind=None if owner is None else _KINDS[type(owner)],
        section=None if cited is None else cited.section.value,
        figure_id=q.id,
        measure=q.measure,
        text=q.text,
        qualifier=q.qualifier.value,
        low=q.low,
        high=q.high,
        unit=q.unit.value,
        basis=q.basis.value,
        period_start=None if period is None else period.start,
        period_end=None if period is None else period.end,
        period_precision=None if period is None else period.precision.value,
        provenance="inferred" if reasons else "stated",
        inferred="; ".join(reasons) or None,
        quote=None if cited is None else cited.quote,
        quote_start=None if cited is None else cited.start,
        quote_end=None if cited is None else cited.end,
    )


def to_records(records: Tabular) -> list[FigureRow]:
    """
    One flat row per figure.

    A row holds the record the figure belongs to, what it measures, its
    bounds, unit and period, whether it is stated or inferred, and its
    quote. Values keep their types (``Decimal``, ``pendulum.Date``).

    Args:
        records: The :class:`Brief`, one or more challenges, goals,
            accomplishments or operations, or figures on their own.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> row = to_records(BRIEF)[0]
        >>> row["record_id"], row["low"], row["high"], row["qualifier"]
        ('drug-transit', Decimal('80'), None, 'more-than')
    """
    return [_row(owner, quantity) for owner, quantity in _owned(records)]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, pendulum.Date):
        return value.isoformat()
    return str(value)


def to_csv(records: Tabular) -> str:
    """
    The rows of :func:`to_records` as CSV text with a header row.

    Lossless: decimals are written as their exact strings (``85.50`` stays
    ``85.50``), dates as ``YYYY-MM-DD``, and an empty cell is ``None`` (no
    text field of a figure may be empty).

    Examples:
        >>> from honduras_brief import HOMICIDE_RATE_2012
        >>> print(to_csv(HOMICIDE_RATE_2012).splitlines()[1][:76])
        ,,challenges,homicide-rate-2012,homicide rate in Honduras,"85.5 per 100,000"
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in to_records(records):
        writer.writerow([_cell(row[column]) for column in COLUMNS])  # type: ignore[literal-required]
    return out.getvalue()


_CATEGORIES: Final = {
    "record_kind": tuple(_KINDS.values()),
    "section": tuple(s.value for s in Section),
    "qualifier": tuple(q.value for q in Qualifier),
    "unit": tuple(u.value for u in Unit),
    "basis": tuple(b.value for b in Basis),
    "period_precision": tuple(p.value for p in Precision),
    "provenance": ("stated", "inferred"),
}


def to_dataframe(records: Tabular) -> pd.DataFrame:
    """
    The rows of :func:`to_records` as a pandas DataFrame.

    Needs the ``pandas`` extra: ``pip install 'honduras-brief[pandas]'``.

    Bounds stay exact ``Decimal`` objects; dates are dates
    (``date32[pyarrow]``); the closed vocabularies (kind, section,
    qualifier, unit, basis, precision, provenance) are categoricals;
    offsets are nullable integers; text is ``string``.

    Raises:
        ModuleNotFoundError: If pandas or pyarrow is not installed.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> df = to_dataframe(BRIEF)
        >>> str(df["period_start"].dtype), str(df["unit"].dtype), type(df["low"][0]).__name__
        ('date32[day][pyarrow]', 'category', 'Decimal')
    """
    try:
        import pandas as pd
        import pyarrow as pa
    except ModuleNotFoundError as error:
        msg = f"to_dataframe needs the pandas extra: pip install 'honduras-brief[pandas]' ({error})"
        raise ModuleNotFoundError(msg) from error
    rows = to_records(records)
    columns: dict[str, pd.Series] = {}
    for column in COLUMNS:
        values = [row[column] for row in rows]  # type: ignore[literal-required]
        if column in _CATEGORIES:
            categories = pd.CategoricalDtype(list(_CATEGORIES[column]), ordered=False)
            columns[column] = pd.Series(values, dtype=categories, name=column)
        elif column in ("low", "high"):
            columns[column] = pd.Series(values, dtype=object, name=column)
        elif column in ("period_start", "period_end"):
            columns[column] = pd.Series(values, dtype=pd.ArrowDtype(pa.date32()), name=column)
        elif column in ("quote_start", "quote_end"):
            columns[column] = pd.Series(values, dtype="Int64", name=column)
        else:
            columns[column] = pd.Series(values, dtype="string", name=column)
    return pd.DataFrame(columns)
