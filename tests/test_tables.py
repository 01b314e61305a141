"""Flat rows of figures: records, CSV and a pandas DataFrame."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pendulum
import pytest

import honduras_brief as hb
import honduras_brief.content
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
        TypeError, match="'records' must be a Brief, records, figures or statements, got an item"
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
    assert "pip install '.[pandas]' in a clone" in out


# --- Statements, and who stands behind each figure ---------------------------------


def test_figure_rows_say_who_gives_them_and_how_sure_the_text_is() -> None:
    """'According to the Violence Observatory' and 'could fall' survive export."""
    rows = {r["figure_id"]: r for r in to_records(BRIEF)}
    rate = rows["homicide-rate-2013"]
    assert (rate["attributed_to_id"], rate["attributed_to"], rate["factuality"]) == (
        "violence-observatory",
        "Violence Observatory",
        "possible",
    )
    assert rows["homicide-rate-2012"]["factuality"] == "certain"
    decrease = rows["homicide-rate-decrease-2012-2013"]
    assert decrease["derived_from"] == "homicide-rate-2012; homicide-rate-2013"
    share = rows["cocaine-flow-share-2012"]
    assert (share["attributed_to_id"], share["factuality"]) == ("us-government", "certain")
    trained = rows["people-trained-by-the-united-states"]
    assert (trained["attributed_to"], trained["derived_from"]) == (None, None)
    assert to_records(hb.HOMICIDE_RATE_2013)[0]["factuality"] is None  # no statement given
    assert (
        to_records(hb.content.VIOLENCE)[1]["factuality"] == "possible"
    )  # the record's own statements
    assert to_records(hb.OPERATION_NEPTUNE)[0]["factuality"] is None  # an operation holds none


def test_one_row_per_statement() -> None:
    """The statements table has a row for each statement, in document order."""
    rows = to_records(BRIEF, table="statements")
    assert [r["statement_id"] for r in rows] == [s.id for s in BRIEF.statements]
    assert tuple(rows[0]) == hb.STATEMENT_COLUMNS
    by_id = {r["statement_id"]: r for r in rows}
    fall = by_id["homicide-rate-could-fall-to-80-in-2013"]
    assert fall == {
        "statement_id": "homicide-rate-could-fall-to-80-in-2013",
        "record_ids": "violence-and-homicide",
        "section": "challenges",
        "subject_id": "Domain:homicide rate",
        "subject_kind": "Domain",
        "subject": "homicide rate",
        "predicate": "falls-to",
        "object_ids": "homicide-rate-2013",
        "object_kinds": "Quantity",
        "objects": "80 per 100,000",
        "factuality": "possible",
        "factbank": "PS+",
        "according_to_id": "violence-observatory",
        "according_to": "Violence Observatory",
        "reported_by_id": "inl",
        "tense": "present",
        "period_start": pendulum.date(2013, 1, 1),
        "period_end": pendulum.date(2013, 12, 31),
        "period_precision": "year",
        "place_id": "honduras",
        "scope": "complete",
        "grading": None,
        "provenance": "stated",
        "inferred": None,
        "sentence": (
            "According to the Violence Observatory, the homicide rate in Honduras could "
            "fall to 80 per 100,000 for 2013."
        ),
        "quote": "Honduras' homicide rate could fall to 80 per 100,000 for 2013",
        "quote_start": fall["quote_start"],
        "quote_end": fall["quote_end"],
    }
    assert hb.SOURCE_TEXT[fall["quote_start"] : fall["quote_end"]] == fall["quote"]
    dismissed = by_id["supreme-court-dismissed-judges"]
    assert (dismissed["period_start"], dismissed["period_end"]) == (
        None,
        pendulum.date(2013, 6, 30),
    )
    assert dismissed["provenance"] == "inferred" and "by mid-year" in (dismissed["inferred"] or "")
    shared = by_id["inl-is-committed-to-supporting-the-honduran-government"]
    assert shared["record_ids"] == (
        "counter-transnational-criminal-organizations; reduce-narcotics-flow; "
        "improve-citizen-security; build-institutional-capacity"
    )
    remains = by_id["homicide-rate-will-likely-remain-the-highest"]
    assert (remains["objects"], remains["grading"]) == (None, "highest in the world")


def test_statement_rows_of_any_source() -> None:
    """A record's statements, loose statements, and nothing from figures or operations."""
    assert len(to_records(hb.content.GANGS, table="statements")) == len(hb.content.GANGS.statements)
    (row,) = to_records(BRIEF.statements[0], table="statements")
    assert row["record_ids"] is None
    assert to_records([hb.OPERATION_NEPTUNE, hb.HOMICIDE_RATE_2012], table="statements") == []
    with pytest.raises(TypeError, match="got an item Actor"):
        to_records([hb.ACTORS[0]], table="statements")
    with pytest.raises(
        TypeError, match="'records' must be a Brief, records, figures or statements, got None"
    ):
        to_records(None)  # type: ignore[arg-type]
    with pytest.raises(
        ValueError,
        match="'table' must be one of 'figures', 'statements', 'records', 'actors', 'places', got 'people'",
    ):
        to_records(BRIEF, table="people")  # type: ignore[call-overload]


def test_statements_as_csv_and_dataframe() -> None:
    """The statements table writes to CSV and to a typed DataFrame."""
    text = to_csv(BRIEF, table="statements")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(BRIEF.statements)
    assert tuple(rows[0]) == hb.STATEMENT_COLUMNS
    assert rows[0]["period_start"] == "" and rows[0]["factbank"] == "CT+"
    pytest.importorskip("pandas")
    frame = to_dataframe(BRIEF, table="statements")
    assert len(frame) == len(BRIEF.statements)
    assert str(frame["factuality"].dtype) == "category"
    assert str(frame["predicate"].dtype) == "category"
    assert str(frame["period_end"].dtype) == "date32[day][pyarrow]"
    assert (frame["factbank"] == "PR-").sum() == 1


def test_statements_give_no_figure_rows() -> None:
    """A statement among the records is skipped by the figures table, not refused."""
    rows = to_records([BRIEF.statements[0], hb.HOMICIDE_RATE_2012])
    assert [r["figure_id"] for r in rows] == ["homicide-rate-2012"]


# --- Arrow, Parquet and DuckDB --------------------------------------------------------


def test_arrow_keeps_exact_decimals_dates_and_vocabularies() -> None:
    """Bounds are decimal128 at the scale the data needs; dates date32; vocabularies dictionaries."""
    pa = pytest.importorskip("pyarrow")
    arrow = hb.to_arrow(BRIEF)
    assert arrow.num_rows == len(BRIEF.quantities)
    assert arrow.column_names == list(COLUMNS)
    assert arrow.schema.field("low").type == pa.decimal128(10, 1)
    assert arrow.schema.field("period_start").type == pa.date32()
    assert arrow.schema.field("unit").type == pa.dictionary(pa.int16(), pa.string())
    assert arrow.column("unit").chunk(0).dictionary.to_pylist() == [u.value for u in hb.Unit]
    rows = arrow.to_pylist()
    assert rows[1]["low"] == Decimal("85.5") and rows[1]["figure_id"] == "homicide-rate-2012"
    assert rows[0]["high"] is None
    statements = hb.to_arrow(BRIEF, table="statements")
    assert statements.num_rows == len(BRIEF.statements)
    assert statements.schema.field("factbank").type == pa.dictionary(pa.int16(), pa.string())


def test_a_decimal_column_is_as_wide_as_its_values() -> None:
    """The decimal type fits the data: 1200 needs no places; 0.005 needs three; empty needs one digit."""
    pa = pytest.importorskip("pyarrow")
    from honduras_brief._tables import _decimal_type

    assert _decimal_type(pa, [Decimal(1200), None]) == pa.decimal128(4, 0)
    assert _decimal_type(pa, [Decimal("0.005"), Decimal("85.5")]) == pa.decimal128(5, 3)
    assert _decimal_type(pa, [None]) == pa.decimal128(1, 0)


def test_parquet_reads_back_in_duckdb_with_exact_decimals(tmp_path: Path) -> None:
    """DuckDB reads the Parquet file by SQL and gets Decimal('85.5') for the 2012 homicide rate."""
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "figures.parquet"
    hb.to_parquet(BRIEF, path)
    query = f"SELECT low, unit, period_start FROM '{path}' WHERE figure_id = 'homicide-rate-2012'"  # noqa: S608 -- a path of the test's own
    ((low, unit, start),) = duckdb.sql(query).fetchall()
    assert (low, unit, start) == (Decimal("85.5"), "per-100000-population", dt.date(2012, 1, 1))
    assert type(low) is Decimal
    by_unit = duckdb.sql(
        f"SELECT unit, count(*) FROM '{path}' GROUP BY unit ORDER BY unit"  # noqa: S608 -- a path of the test's own
    ).fetchall()
    assert dict(by_unit) == {
        "per-100000-population": 2,
        "percent": 2,
        "persons": 9,
        "units": 1,
        "usd": 1,
    }
    statements = tmp_path / "statements.parquet"
    hb.to_parquet(BRIEF, statements, table="statements")
    hedged = f"SELECT count(*) FROM '{statements}' WHERE factbank = 'PS+'"  # noqa: S608 -- a path of the test's own
    ((count,),) = duckdb.sql(hedged).fetchall()
    assert count == 2


def test_the_dataframe_has_nullable_exact_decimals() -> None:
    """The bounds are nullable Arrow decimals: <NA> where there is no bound, Decimals where there is."""
    pd = pytest.importorskip("pandas")
    frame = hb.to_dataframe(BRIEF)
    assert str(frame["high"].dtype) == "decimal128(10, 1)[pyarrow]"
    assert frame["high"].isna().sum() == sum(q.high is None for q in BRIEF.quantities)
    assert frame["high"][0] is pd.NA
    assert str(frame["quote_start"].dtype) == "Int64" and str(frame["measure"].dtype) == "string"
    rates = frame[frame["unit"] == "per-100000-population"]
    assert rates["low"].max() == Decimal("85.5")


# --- Records, actors and places -------------------------------------------------------


def test_records_actors_and_places_tables() -> None:
    """One row per record, actor and place, with where their words stand."""
    records = to_records(BRIEF, table="records")
    assert [r["record_id"] for r in records] == [
        r.id for r in (*hb.CHALLENGES, *hb.GOALS, *hb.ACCOMPLISHMENTS, *hb.OPERATIONS)
    ]
    seizure = next(r for r in records if r["record_id"] == "operation-neptune-seizure")
    assert (seizure["record_kind"], seizure["bullet"], seizure["operation_id"]) == (
        "accomplishment",
        3,
        "operation-neptune",
    )
    assert seizure["period_start"] == pendulum.date(2013, 9, 19)
    actors = to_records(BRIEF, table="actors")
    assert [a["actor_id"] for a in actors] == [a.id for a in hb.ACTORS]
    observatory = next(a for a in actors if a["actor_id"] == "violence-observatory")
    assert observatory["part_of_id"] == "national-autonomous-university-of-honduras"
    assert observatory["spans"] == "1370:1390"
    hnp = next(a for a in actors if a["actor_id"] == "honduran-national-police")
    assert (hnp["acronym"], hnp["generic"], hnp["aliases"]) == ("HNP", False, None)
    places = to_records(BRIEF, table="places")
    assert [p["place_id"] for p in places] == [p.id for p in hb.PLACES]
    for quoted in (*records, *actors, *places):
        for span in (quoted["spans"] or "").split("; "):
            start, _, end = span.partition(":")
            assert hb.SOURCE_TEXT[int(start) : int(end)]


def test_the_new_tables_take_records_of_their_kind() -> None:
    """Actors and places on their own give their rows; other kinds give none; strangers are refused."""
    assert [r["actor_id"] for r in to_records(hb.content.LOS_CACHIROS, table="actors")] == [
        "los-cachiros"
    ]
    assert (
        to_records([hb.content.HONDURAS, hb.content.LOS_CACHIROS], table="places")[0]["place_id"]
        == "honduras"
    )
    assert to_records(hb.OPERATION_NEPTUNE, table="records")[0]["record_kind"] == "operation"
    assert to_records([hb.content.LOS_CACHIROS], table="records") == []
    with pytest.raises(TypeError, match="got an item 5 of type int"):
        to_records([5], table="actors")  # type: ignore[list-item]


def test_the_new_tables_in_csv_and_dataframe() -> None:
    """Booleans are true or false in CSV, and typed in a DataFrame; kinds are categoricals."""
    text = to_csv(BRIEF, table="places")
    assert text.splitlines()[0] == "place_id,name,kind,aliases,generic,note,spans"
    assert ",false," in text.splitlines()[1]
    pytest.importorskip("pandas")
    actors = to_dataframe(BRIEF, table="actors")
    assert str(actors["generic"].dtype) == "boolean"
    assert list(actors["kind"].cat.categories) == [k.value for k in hb.ActorKind]
    places = to_dataframe(BRIEF, table="places")
    assert list(places["kind"].cat.categories) == [k.value for k in hb.PlaceKind]
    records = to_dataframe(BRIEF, table="records")
    assert str(records["bullet"].dtype) == "Int64"
