"""Flat rows of figures: records, CSV and a pandas DataFrame."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from decimal import Decimal

import attrs
import pendulum
import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, COLUMNS, to_csv, to_dataframe, to_records


def test_one_row_per_figure_in_document_order() -> None:
    """Every figure of the brief is a row, tied to its record and kind."""
    rows = to_records(BRIEF)
    assert [r["figure_id"] for r in rows] == [q.id for q in BRIEF.quantities]
    assert len(rows) == 15
    assert tuple(rows[0]) == COLUMNS
    kinds = {r["record_id"]: r["record_kind"] for r in rows}
    assert kinds["violence-and-homicide"] == "challenge"
    assert kinds["institutional-change"] == "goal"
    assert kinds["judicial-review"] == "accomplishment"
    assert kinds["operation-neptune"] == "operation"


def test_rows_keep_types_and_provenance() -> None:
    """Bounds are Decimals, dates pendulum Dates; inferred figures say why."""
    rows = {r["figure_id"]: r for r in to_records(BRIEF)}
    rate = rows["homicide-rate-2012"]
    assert (rate["low"], rate["high"], rate["unit"], rate["basis"]) == (
        Decimal("85.5"),
        Decimal("85.5"),
        "per-100000-population",
        "reported",
    )
    assert type(rate["period_start"]) is pendulum.Date and str(rate["period_start"]) == "2012-01-01"
    assert (rate["provenance"], rate["inferred"], rate["section"]) == ("stated", None, "challenges")
    assert rate["quote"] == hb.SOURCE_TEXT[rate["quote_start"] : rate["quote_end"]]  # type: ignore[misc]
    seized = rows["operation-neptune-seized-value"]
    assert (seized["qualifier"], seized["low"], seized["high"]) == (
        "between",
        Decimal(500_000_000),
        Decimal(800_000_000),
    )
    assert seized["provenance"] == "inferred" and "no year" in (seized["inferred"] or "")
    dozens = rows["police-and-prosecutors-removed"]
    assert dozens["provenance"] == "inferred" and "two dozen" in (dozens["inferred"] or "")
    assert rows["homicide-rate-decrease-2012-2013"]["period_start"] is None


def test_records_of_any_source() -> None:
    """A record, a figure, or a list of them gives its rows; other things are refused."""
    assert [r["figure_id"] for r in to_records(hb.OPERATION_NEPTUNE)] == [
        q.id for q in hb.OPERATION_NEPTUNE.quantities
    ]
    (alone,) = to_records(hb.HOMICIDE_RATE_2013)
    assert (alone["record_id"], alone["record_kind"], alone["figure_id"]) == (
        None,
        None,
        "homicide-rate-2013",
    )
    assert len(to_records([*hb.CHALLENGES, hb.HOMICIDE_RATE_2013])) == 5
    with pytest.raises(
        TypeError, match="'records' must be a Brief, records with figures, or Quantity figures, got"
    ):
        to_records([hb.ACTORS[0]])  # type: ignore[list-item]


def test_csv_is_lossless() -> None:
    """Read back, every cell is the value it came from: exact decimals, ISO dates, empty for None."""
    fancy = attrs.evolve(hb.HOMICIDE_RATE_2012, low=Decimal("85.50"), high=Decimal("85.50"))
    text = to_csv([*BRIEF.challenges, fancy])
    rows = list(csv.DictReader(io.StringIO(text)))
    originals = to_records([*BRIEF.challenges, fancy])
    assert len(rows) == len(originals)
    assert tuple(rows[0]) == COLUMNS
    for read, original in zip(rows, originals, strict=True):
        for column in COLUMNS:
            value = original[column]  # type: ignore[literal-required]
            cell = read[column]
            if value is None:
                assert cell == ""
            elif isinstance(value, Decimal):
                assert Decimal(cell).as_tuple() == value.as_tuple()
            elif isinstance(value, pendulum.Date):
                assert pendulum.Date.fromisoformat(cell) == value
            else:
                assert cell == str(value)
    assert rows[-1]["low"] == "85.50"


def test_dataframe_types() -> None:
    """Dates as dates, vocabularies as categoricals, decimals exact."""
    pd = pytest.importorskip("pandas")
    df = to_dataframe(BRIEF)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == 15
    assert str(df["period_start"].dtype) == "date32[day][pyarrow]"
    assert str(df["unit"].dtype) == "category"
    assert list(df["unit"].cat.categories) == [u.value for u in hb.Unit]
    assert str(df["quote_start"].dtype) == "Int64"
    assert isinstance(df["figure_id"].dtype, pd.StringDtype)
    assert df["low"][1] == Decimal("85.5") and type(df["low"][1]) is Decimal
    assert (
        df.loc[df["figure_id"] == "homicide-rate-2013", "period_start"].iloc[0].isoformat()
        == "2013-01-01"
    )


def test_dataframe_without_pandas_says_how_to_get_it() -> None:
    """Without the extra, to_dataframe names the extra to install."""
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import honduras_brief as hb\n"
        "try:\n"
        "    hb.to_dataframe(hb.BRIEF)\n"
        "except ModuleNotFoundError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "pip install 'honduras-brief[pandas]'" in out
