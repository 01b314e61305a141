"""Flat rows of figures: records, CSV and a pandas DataFrame."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Final

import attrs
import pendulum
import pytest

import honduras_brief as hb
import honduras_brief.content
from honduras_brief import BRIEF, COLUMNS, to_csv, to_dataframe, to_records
from honduras_brief._tables import LIST_SEPARATOR, Table


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
            if value is None or value == ():
                assert cell == ""
            elif isinstance(value, tuple):
                assert cell.split("; ") == list(value)
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
    assert decrease["derived_from"] == ("homicide-rate-2012", "homicide-rate-2013")
    share = rows["cocaine-flow-share-2012"]
    assert (share["attributed_to_id"], share["factuality"]) == ("us-government", "certain")
    trained = rows["people-trained-by-the-united-states"]
    assert (trained["attributed_to"], trained["derived_from"]) == (None, ())
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
        "record_ids": ("violence-and-homicide",),
        "section": "challenges",
        "subject_id": "Domain:homicide rate",
        "subject_kind": "Domain",
        "subject": "homicide rate",
        "predicate": "falls-to",
        "object_ids": ("homicide-rate-2013",),
        "object_kinds": ("Quantity",),
        "objects": ("80 per 100,000",),
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
        "grading": (),
        "provenance": "stated",
        "inferred": None,
        "sentence": (
            "According to the Violence Observatory, the homicide rate in Honduras could "
            "fall to 80 per 100,000 for 2013."
        ),
        "quote": "Honduras' homicide rate could fall to 80 per 100,000 for 2013",
        "quote_start": fall["quote_start"],
        "quote_end": fall["quote_end"],
        "source_key": hb.SOURCE.key,
        "source_url": hb.SOURCE.url,
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
        "counter-transnational-criminal-organizations",
        "reduce-narcotics-flow",
        "improve-citizen-security",
        "build-institutional-capacity",
    )
    remains = by_id["homicide-rate-will-likely-remain-the-highest"]
    assert (remains["objects"], remains["grading"]) == ((), ("highest in the world",))


def test_statement_rows_of_any_source() -> None:
    """A record's statements, loose statements, and nothing from figures or operations."""
    assert len(to_records(hb.content.GANGS, table="statements")) == len(hb.content.GANGS.statements)
    (row,) = to_records(BRIEF.statements[0], table="statements")
    assert row["record_ids"] == ()
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
    """The bounds are the records' Decimals: <NA> where there is no bound, the Decimal where there is."""
    pd = pytest.importorskip("pandas")
    frame = hb.to_dataframe(BRIEF)
    assert str(frame["high"].dtype) == "object"
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
    assert observatory["spans"] == ("1370:1390",)
    hnp = next(a for a in actors if a["actor_id"] == "honduran-national-police")
    assert (hnp["acronym"], hnp["generic"], hnp["aliases"]) == ("HNP", False, ())
    places = to_records(BRIEF, table="places")
    assert [p["place_id"] for p in places] == [p.id for p in hb.PLACES]
    for quoted in (*records, *actors, *places):
        for span in quoted["spans"]:
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
    assert (
        text.splitlines()[0]
        == "place_id,name,kind,aliases,generic,note,spans,source_key,source_url"
    )
    assert ",false," in text.splitlines()[1]
    pytest.importorskip("pandas")
    actors = to_dataframe(BRIEF, table="actors")
    assert str(actors["generic"].dtype) == "boolean"
    assert list(actors["kind"].cat.categories) == [k.value for k in hb.ActorKind]
    places = to_dataframe(BRIEF, table="places")
    assert list(places["kind"].cat.categories) == [k.value for k in hb.PlaceKind]
    records = to_dataframe(BRIEF, table="records")
    assert str(records["bullet"].dtype) == "Int64"


# --- Many briefs, one table -------------------------------------------------------------

# Two short public-domain texts, neither laid out as the INL page is (so
# they have no sections): the opening of the Gettysburg Address (1863),
# given no address, and the Twenty-sixth Amendment (1971), given the
# National Archives' page as its address.
GETTYSBURG = (
    "Four score and seven years ago our fathers brought forth on this continent, a new "
    "nation, conceived in Liberty, and dedicated to the proposition that all men are "
    "created equal.\n"
)
AMENDMENT = (
    "Section 1. The right of citizens of the United States, who are eighteen years of age "
    "or older, to vote shall not be denied or abridged by the United States or by any "
    "State on account of age.\n"
)
ARCHIVES = "https://www.archives.gov/founding-docs/amendments-11-27"


def _gettysburg() -> hb.Brief:
    """A brief of the Address's opening: a record, a statement, two actors (one never named), a place."""
    page = hb.Source(text=GETTYSBURG, title="Gettysburg Address, opening", years=(1863,))
    cite = page.cite
    speaker = hb.Actor(id="lincoln", name="Abraham Lincoln", kind=hb.ActorKind.PERSON)
    fathers = hb.Actor(
        id="our-fathers",
        name="our fathers",
        kind=hb.ActorKind("founders"),
        generic=True,
        mentions=(cite("our fathers"),),
    )
    nation = hb.Place(
        id="a-new-nation",
        name="a new nation",
        kind=hb.PlaceKind.COUNTRY,
        mentions=(cite("a new nation"),),
    )
    founded = hb.Statement(
        id="our-fathers-brought-forth-a-new-nation",
        citation=cite("our fathers brought forth on this continent, a new nation"),
        subject=fathers,
        predicate=hb.Predicate("brought-forth"),
        objects=(nation,),
        according_to=speaker,
        tense=hb.Tense.PAST,
    )
    founding = hb.Challenge(
        id="the-founding",
        title="The founding",
        citations=(cite(GETTYSBURG.strip()),),
        statements=(founded,),
        actors=(fathers,),
        places=(nation,),
    )
    return hb.Brief(
        source=page,
        challenges=(founding,),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(fathers, speaker),
        places=(nation,),
    )


def _amendment() -> hb.Brief:
    """A brief of the Twenty-sixth Amendment, with an address: a figure in a unit of its own."""
    page = hb.Source(
        text=AMENDMENT,
        title="Constitution of the United States, Amendment XXVI",
        url=ARCHIVES,
        years=(1971,),
        public_domain=True,
    )
    cite = page.cite
    congress = hb.Actor(id="congress", name="Congress", kind=hb.ActorKind.US_GOVERNMENT)
    state = hb.Actor(
        id="any-state",
        name="any State",
        kind=hb.ActorKind("state"),
        generic=True,
        mentions=(cite("any State"),),
    )
    country = hb.Place(
        id="united-states",
        name="the United States",
        kind=hb.PlaceKind.COUNTRY,
        mentions=(cite("the United States", within="citizens of the United States"),),
    )
    age = hb.Quantity(
        id="voting-age",
        measure="the age from which citizens may vote",
        text="eighteen",
        qualifier=hb.Qualifier.EXACT,
        unit=hb.Unit("years"),
        basis=hb.Basis.REPORTED,
        low=Decimal(18),
        high=Decimal(18),
        citation=cite("eighteen years of age or older"),
    )
    right = hb.Statement(
        id="the-right-to-vote-shall-not-be-denied",
        citation=cite("who are eighteen years of age or older, to vote shall not be denied"),
        subject=age,
        predicate=hb.Predicate("shall-not-be-denied"),
        objects=(),
        according_to=congress,
    )
    voting = hb.Challenge(
        id="the-voting-age",
        title="The voting age",
        citations=(cite(AMENDMENT.strip()),),
        statements=(right,),
        quantities=(age,),
    )
    return hb.Brief(
        source=page,
        challenges=(voting,),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(congress, state),
        places=(country,),
    )


@pytest.fixture(scope="module")
def gettysburg() -> hb.Brief:
    """The Address's brief, built once for the module."""
    return _gettysburg()


@pytest.fixture(scope="module")
def amendment() -> hb.Brief:
    """The Amendment's brief, built once for the module."""
    return _amendment()


_ALL_COLUMNS: Final = {
    "figures": COLUMNS,
    "statements": hb.STATEMENT_COLUMNS,
    "records": hb.RECORD_COLUMNS,
    "actors": hb.ACTOR_COLUMNS,
    "places": hb.PLACE_COLUMNS,
}


@pytest.mark.parametrize("table", list(_ALL_COLUMNS))
def test_every_row_ends_with_its_source(table: Table) -> None:
    """Each table's last two columns are source_key and source_url; the shipped rows name the page."""
    assert _ALL_COLUMNS[table][-2:] == ("source_key", "source_url")
    rows = to_records(BRIEF, table=table)
    assert rows
    assert {(r["source_key"], r["source_url"]) for r in rows} == {(hb.SOURCE.key, hb.SOURCE.url)}
    assert hb.SOURCE.key == "sha256:3232e6f5b6b5d3fc"


@pytest.mark.parametrize("table", list(_ALL_COLUMNS))
def test_a_text_without_sections(gettysburg: hb.Brief, amendment: hb.Brief, table: Table) -> None:
    """A user's text has no sections: those cells are empty, the key and URL are its source's."""
    for brief in (gettysburg, amendment):
        rows = to_records(brief, table=table)
        # The Address holds no figure; each text has two actors, and one of the rest.
        counts = {"figures": 0 if brief is gettysburg else 1, "actors": 2}
        assert len(rows) == counts.get(table, 1)
        for row in rows:
            assert (row["source_key"], row["source_url"]) == (brief.source.key, brief.source.url)
            assert row.get("section") is None
        lines = list(csv.DictReader(io.StringIO(to_csv(brief, table=table))))
        assert [line["source_key"] for line in lines] == [brief.source.key] * len(rows)
        assert {line["source_url"] for line in lines} <= {brief.source.url or ""}
        assert {line.get("section", "") for line in lines} <= {""}


def test_the_address_rows(gettysburg: hb.Brief) -> None:
    """The Address's statement, record and never-named speaker give rows of its key and no URL."""
    key = gettysburg.source.key
    assert key.startswith("sha256:") and len(key) == len("sha256:") + 16
    (statement,) = to_records(gettysburg, table="statements")
    assert (statement["statement_id"], statement["section"], statement["record_ids"]) == (
        "our-fathers-brought-forth-a-new-nation",
        None,
        ("the-founding",),
    )
    assert (statement["source_key"], statement["source_url"]) == (key, None)
    (record,) = to_records(gettysburg, table="records")
    assert (record["section"], record["spans"], record["source_key"]) == (
        None,
        (f"0:{len(GETTYSBURG.strip())}",),
        key,
    )
    actors = {a["actor_id"]: a for a in to_records(gettysburg, table="actors")}
    assert (actors["lincoln"]["spans"], actors["lincoln"]["source_key"]) == ((), key)


def test_a_figure_of_a_text_without_sections(amendment: hb.Brief) -> None:
    """The Amendment's figure has no section, its own unit, and the Archives' address."""
    (row,) = to_records(amendment)
    assert (row["figure_id"], row["section"], row["unit"], row["low"]) == (
        "voting-age",
        None,
        "years",
        Decimal(18),
    )
    assert (row["source_key"], row["source_url"]) == (amendment.source.key, ARCHIVES)
    assert (row["factuality"], row["record_id"]) == ("certain", "the-voting-age")


def test_records_given_alone_name_the_source_they_cite(
    gettysburg: hb.Brief, amendment: hb.Brief
) -> None:
    """Without their brief, a figure, statement, record, actor or place is of its citations' source."""
    g, a = gettysburg.source.key, amendment.source.key
    (voting,) = amendment.challenges
    (age,) = voting.quantities
    assert to_records(age)[0]["source_key"] == a
    assert to_records(voting, table="records")[0]["source_key"] == a
    uncited = attrs.evolve(age, citation=None)
    held = attrs.evolve(voting, quantities=(uncited,))
    assert (to_records(held)[0]["source_key"], to_records(held)[0]["quote"]) == (a, None)
    (founding,) = gettysburg.challenges
    assert [r["source_key"] for r in to_records(founding, table="statements")] == [g]
    assert to_records(gettysburg.places[0], table="places")[0]["source_key"] == g
    assert to_records(gettysburg.actors[0], table="actors")[0]["source_url"] is None
    assert to_records(hb.content.LOS_CACHIROS, table="actors")[0]["source_key"] == hb.SOURCE.key


def test_a_record_that_cites_no_one_source_is_refused(
    gettysburg: hb.Brief, amendment: hb.Brief
) -> None:
    """Alone, what cites nothing or two texts has no source for its row: a ValueError names it."""
    speaker = gettysburg.lookup("lincoln")
    with pytest.raises(
        ValueError,
        match=(
            r"^'records' holds the actor 'lincoln', which cites nothing, so its row would "
            r"name no source: pass the Brief that holds it$"
        ),
    ):
        to_records(speaker, table="actors")
    place = hb.Place(id="nowhere", name="nowhere", kind=hb.PlaceKind.COUNTRY)
    with pytest.raises(ValueError, match=r"^'records' holds the place 'nowhere', which cites"):
        to_records([place], table="places")
    (age,) = amendment.quantities
    with pytest.raises(ValueError, match=r"^'records' holds the figure 'voting-age', which cites"):
        to_records(attrs.evolve(age, citation=None))
    (founding,) = gettysburg.challenges
    both = attrs.evolve(
        founding, citations=(*founding.citations, *amendment.challenges[0].citations)
    )
    keys = f"{gettysburg.source.key}, {amendment.source.key}"
    with pytest.raises(
        ValueError,
        match=f"^'records' holds the challenge 'the-founding', which cites 2 sources \\({keys}\\)",
    ):
        to_records(both, table="records")
    figureless = attrs.evolve(both, quantities=(attrs.evolve(age, citation=None),), statements=())
    with pytest.raises(ValueError, match="'the-founding', which cites 2 sources"):
        to_records(figureless)
    assert to_records(gettysburg, table="actors")[1]["actor_id"] == "lincoln"  # its brief says


def test_several_briefs_concatenate_one_after_another(
    gettysburg: hb.Brief, amendment: hb.Brief
) -> None:
    """A list of briefs gives each brief's rows in turn, told apart by their source key."""
    briefs = [BRIEF, gettysburg, amendment]
    keys = [b.source.key for b in briefs]
    assert len(set(keys)) == 3
    for table in _ALL_COLUMNS:
        rows = to_records(briefs, table=table)  # type: ignore[call-overload]
        alone = [to_records(b, table=table) for b in briefs]  # type: ignore[call-overload]
        assert rows == [row for each in alone for row in each], table
        assert [r["source_key"] for r in rows] == [
            k for k, each in zip(keys, alone, strict=True) for _ in each
        ]
    assert len(to_records(briefs)) == len(BRIEF.quantities) + 1
    mixed = to_records([gettysburg, *amendment.challenges], table="statements")
    assert [r["source_key"] for r in mixed] == keys[1:]


def test_statements_of_two_sources_keep_their_own_ids(gettysburg: hb.Brief) -> None:
    """One id in two texts is two statements: each is a row, in the order the sources come."""
    shipped = BRIEF.statements[0]
    (founded,) = gettysburg.statements
    twin = attrs.evolve(founded, id=shipped.id)
    rows = to_records([twin, BRIEF, shipped], table="statements")
    assert len(rows) == len(BRIEF.statements) + 1
    assert (rows[0]["statement_id"], rows[0]["source_key"]) == (shipped.id, gettysburg.source.key)
    assert (rows[1]["statement_id"], rows[1]["source_key"]) == (shipped.id, hb.SOURCE.key)
    assert rows[1]["record_ids"] == to_records(BRIEF, table="statements")[0]["record_ids"]


def test_csv_dataframe_and_arrow_of_several_briefs(
    gettysburg: hb.Brief, amendment: hb.Brief
) -> None:
    """CSV, a DataFrame and Arrow of several briefs hold each one's rows, with distinct keys."""
    briefs = (BRIEF, gettysburg, amendment)
    keys = [b.source.key for b in briefs]
    lines = list(csv.DictReader(io.StringIO(to_csv(briefs, table="actors"))))
    counts = {key: sum(line["source_key"] == key for line in lines) for key in keys}
    assert counts == {keys[0]: len(BRIEF.actors), keys[1]: 2, keys[2]: 2}
    assert {line["source_url"] for line in lines} == {hb.SOURCE.url, "", ARCHIVES}
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    frame = to_dataframe(briefs, table="statements")
    assert list(frame.columns) == list(hb.STATEMENT_COLUMNS)
    assert frame.groupby("source_key")["statement_id"].count().to_dict() == {
        keys[0]: len(BRIEF.statements),
        keys[1]: 1,
        keys[2]: 1,
    }
    assert isinstance(frame["source_key"].dtype, pd.StringDtype)
    assert isinstance(frame["source_url"].dtype, pd.StringDtype)
    assert frame["source_url"].isna().sum() == 1
    assert frame["section"].isna().sum() == 2 and str(frame["section"].dtype) == "category"
    stacked = pd.concat([to_dataframe(b, table="records") for b in briefs], ignore_index=True)
    assert (
        stacked["source_key"].tolist()
        == to_dataframe(briefs, table="records")["source_key"].tolist()
    )
    arrow = hb.to_arrow(briefs)
    assert arrow.num_rows == len(BRIEF.quantities) + 1
    assert arrow.schema.field("source_key").type == pa.string()
    assert arrow.schema.field("source_url").type == pa.string()
    assert arrow.column("source_key").to_pylist()[-1] == keys[2]
    assert arrow.column("section").null_count == 1


def test_open_vocabularies_follow_the_shipped_words(
    gettysburg: hb.Brief, amendment: hb.Brief
) -> None:
    """A user's own kinds, units and predicates are categories too, after the shipped ones."""
    pytest.importorskip("pyarrow")
    actors = hb.to_arrow([BRIEF, gettysburg, amendment], table="actors")
    kinds = actors.column("kind").chunk(0).dictionary.to_pylist()
    assert kinds == [*(k.value for k in hb.ActorKind), "founders", "state"]
    assert actors.column("kind").to_pylist()[-4:] == [
        "founders",
        "person",
        "us-government",
        "state",
    ]
    figures = hb.to_dataframe([BRIEF, amendment])
    assert list(figures["unit"].cat.categories) == [*(u.value for u in hb.Unit), "years"]
    assert figures["unit"].tolist()[-1] == "years"
    statements = hb.to_arrow(gettysburg, table="statements")
    assert statements.column("predicate").to_pylist() == ["brought-forth"]
    places = hb.to_arrow(gettysburg, table="places")
    assert places.column("kind").to_pylist() == ["country"]


def test_parquet_of_several_briefs_queried_across_in_duckdb(
    tmp_path: Path, gettysburg: hb.Brief, amendment: hb.Brief
) -> None:
    """The shipped brief and two users' go into one file each; DuckDB counts, groups and joins across them."""
    duckdb = pytest.importorskip("duckdb")
    briefs = [BRIEF, gettysburg, amendment]
    g, a = gettysburg.source.key, amendment.source.key
    statements, actors, figures = (tmp_path / f"{t}.parquet" for t in ("s", "a", "f"))
    hb.to_parquet(briefs, statements, table="statements")
    hb.to_parquet(iter(briefs), actors, table="actors")  # any iterable, a generator too
    hb.to_parquet((BRIEF, amendment), str(figures))
    con = duckdb.connect()
    per_source = con.sql(
        f"SELECT source_key, source_url, count(*) FROM '{statements}' "  # noqa: S608 -- a path of the test's own
        "GROUP BY ALL ORDER BY count(*) DESC, source_key"
    ).fetchall()
    assert per_source == [
        (hb.SOURCE.key, hb.SOURCE.url, len(BRIEF.statements)),
        *sorted([(g, None, 1), (a, ARCHIVES, 1)]),
    ]
    # Who each statement is according to, by a join on the source and the actor's id:
    # the Address's Lincoln is not the shipped page's, nor is anyone of one text another's.
    joined = con.sql(
        f"SELECT s.source_key, a.name, count(*) FROM '{statements}' s "  # noqa: S608 -- a path of the test's own
        f"JOIN '{actors}' a ON a.source_key = s.source_key AND a.actor_id = s.according_to_id "
        "GROUP BY ALL"
    ).fetchall()
    by_source: dict[str, dict[str, int]] = {}
    for key, name, count in joined:
        by_source.setdefault(key, {})[name] = count
    assert by_source[g] == {"Abraham Lincoln": 1}
    assert by_source[a] == {"Congress": 1}
    assert sum(by_source[hb.SOURCE.key].values()) == len(BRIEF.statements)
    ((orphans,),) = con.sql(
        f"SELECT count(*) FROM '{statements}' s ANTI JOIN '{actors}' a "  # noqa: S608 -- a path of the test's own
        "ON a.source_key = s.source_key AND a.actor_id = s.according_to_id"
    ).fetchall()
    assert orphans == 0
    rows = con.sql(
        f"SELECT source_url IS NULL, count(*) FROM '{actors}' GROUP BY ALL ORDER BY 1"  # noqa: S608 -- a path of the test's own
    ).fetchall()
    assert rows == [(False, len(BRIEF.actors) + 2), (True, 2)]
    ((low, unit, section, url),) = con.sql(
        f"SELECT low, unit, section, source_url FROM '{figures}' WHERE source_key = '{a}'"  # noqa: S608 -- a path of the test's own
    ).fetchall()
    assert (low, unit, section, url) == (Decimal(18), "years", None, ARCHIVES)
    assert type(low) is Decimal


def test_to_parquet_takes_what_to_records_takes_and_refuses_the_rest(
    tmp_path: Path, gettysburg: hb.Brief
) -> None:
    """A record, a list of records or a file object work; a bad records, path or table is named."""
    pq = pytest.importorskip("pyarrow.parquet")
    buffer = io.BytesIO()
    hb.to_parquet(hb.HOMICIDE_RATE_2012, buffer)
    read = pq.read_table(io.BytesIO(buffer.getvalue()))
    assert read.column("figure_id").to_pylist() == ["homicide-rate-2012"]
    assert read.column("source_key").to_pylist() == [hb.SOURCE.key]
    hb.to_parquet(
        [*gettysburg.challenges, BRIEF.challenges[0]], tmp_path / "r.parquet", table="records"
    )
    assert pq.read_table(tmp_path / "r.parquet").column("source_url").to_pylist() == [
        None,
        hb.SOURCE.url,
    ]
    with pytest.raises(
        TypeError,
        match=(
            r"^'path' must be a path, a PathLike or a binary file open for writing, "
            r"got a text file of type StringIO$"
        ),
    ):
        hb.to_parquet(BRIEF, io.StringIO())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^'path' must be a path.*, got None of type NoneType$"):
        hb.to_parquet(BRIEF, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^'records' must be a Brief, .*got None of type NoneType"):
        hb.to_parquet(None, tmp_path / "none.parquet")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got an item 5 of type int"):
        hb.to_parquet([BRIEF, 5], tmp_path / "five.parquet")  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"^'table' must be one of"):
        hb.to_parquet(BRIEF, None, table="people")  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.parquet"]


# --- Lists, digits, descriptions and overwriting (issue 23) ------------------------------

_LIST_COLUMNS: Final = {
    "figures": ("derived_from",),
    "statements": ("record_ids", "object_ids", "object_kinds", "objects", "grading"),
    "records": ("spans",),
    "actors": ("aliases", "spans"),
    "places": ("aliases", "spans"),
}


@pytest.mark.parametrize("table", list(_ALL_COLUMNS))
def test_a_column_of_several_values_is_a_list_everywhere_but_csv(table: Table) -> None:
    """Rows hold tuples, Arrow list<string>, a DataFrame lists; CSV joins the same items with '; '."""
    pa = pytest.importorskip("pyarrow")
    rows = to_records(BRIEF, table=table)
    arrow = hb.to_arrow(BRIEF, table=table)
    frame = to_dataframe(BRIEF, table=table)
    lines = list(csv.DictReader(io.StringIO(to_csv(BRIEF, table=table))))
    for column in _LIST_COLUMNS[table]:
        values = [row[column] for row in rows]  # type: ignore[literal-required]
        assert all(type(v) is tuple for v in values), column
        assert arrow.schema.field(column).type == pa.list_(pa.string())
        assert arrow.column(column).to_pylist() == [list(v) for v in values]
        assert arrow.column(column).null_count == 0  # none is an empty list
        assert str(frame[column].dtype) == "list<item: string>[pyarrow]"
        assert [list(cell) for cell in frame[column]] == [list(v) for v in values]
        assert [line[column] for line in lines] == ["; ".join(v) for v in values]
    others = set(_ALL_COLUMNS[table]) - set(_LIST_COLUMNS[table])
    assert not any(isinstance(row[c], tuple) for row in rows for c in others)  # type: ignore[literal-required]


def test_a_list_item_that_holds_the_separator_is_quoted_in_csv() -> None:
    """An alias with ';', a quote, a line break or a leading space is quoted, and reads back whole."""
    tricky = ("Smith; Jones", 'the "Boss"', "two\nlines", " spaced", "plain")
    actor = attrs.evolve(hb.content.LOS_CACHIROS, aliases=tricky)
    (line,) = csv.DictReader(io.StringIO(to_csv(actor, table="actors")))
    assert line["aliases"] == ('"Smith; Jones"; "the ""Boss"""; "two\nlines"; " spaced"; plain')
    items = next(csv.reader([line["aliases"]], delimiter=";", skipinitialspace=True))
    assert tuple(items) == tricky
    assert LIST_SEPARATOR == "; "


def test_a_list_item_that_holds_the_separator_is_whole_in_arrow() -> None:
    """In Arrow the same aliases are a list of themselves, nothing quoted."""
    pytest.importorskip("pyarrow")
    tricky = ("Smith; Jones", 'the "Boss"', "two\nlines", " spaced", "plain")
    actor = attrs.evolve(hb.content.LOS_CACHIROS, aliases=tricky)
    assert hb.to_arrow(actor, table="actors").column("aliases").to_pylist() == [list(tricky)]


def test_no_item_of_the_shipped_brief_needs_quoting() -> None:
    """Every list cell of every shipped table splits on '; ' into its items."""
    for table, columns in _LIST_COLUMNS.items():
        rows = to_records(BRIEF, table=table)  # type: ignore[call-overload]
        lines = list(csv.DictReader(io.StringIO(to_csv(BRIEF, table=table))))  # type: ignore[call-overload]
        for row, line in zip(rows, lines, strict=True):
            for column in columns:
                assert tuple(filter(None, line[column].split("; "))) == row[column], column


def test_duckdb_joins_on_a_list_without_like(tmp_path: Path) -> None:
    """The figures a decrease derives from, and the records holding a statement, by list functions."""
    duckdb = pytest.importorskip("duckdb")
    figures, statements, records = (tmp_path / f"{t}.parquet" for t in ("f", "s", "r"))
    hb.to_parquet(BRIEF, figures)
    hb.to_parquet(BRIEF, statements, table="statements")
    hb.to_parquet(BRIEF, records, table="records")
    con = duckdb.connect()
    sources = con.sql(
        f"SELECT d.figure_id, s.figure_id, s.low FROM '{figures}' d, unnest(d.derived_from) "  # noqa: S608 -- a path of the test's own
        f"AS u(id) JOIN '{figures}' s ON s.figure_id = u.id ORDER BY s.figure_id"
    ).fetchall()
    assert sources == [
        ("homicide-rate-decrease-2012-2013", "homicide-rate-2012", Decimal("85.5")),
        ("homicide-rate-decrease-2012-2013", "homicide-rate-2013", Decimal("80.0")),
    ]
    ((holders,),) = con.sql(
        f"SELECT count(*) FROM '{statements}' s JOIN '{records}' r "  # noqa: S608 -- a path of the test's own
        "ON list_contains(s.record_ids, r.record_id) "
        "WHERE s.statement_id = 'inl-is-committed-to-supporting-the-honduran-government'"
    ).fetchall()
    assert holders == 4
    ((kind, spans),) = con.sql(
        f"SELECT typeof(spans), len(spans) FROM '{records}' WHERE record_id = 'drug-transit'"  # noqa: S608 -- a path of the test's own
    ).fetchall()
    assert (kind, spans) == ("VARCHAR[]", 2)


def test_the_dataframe_keeps_each_bound_s_own_digits() -> None:
    """57 reads 57 and 85.5 reads 85.5 in one DataFrame column; 85.50 stays 85.50; none is <NA>."""
    pd = pytest.importorskip("pandas")
    fancy = attrs.evolve(hb.HOMICIDE_RATE_2012, low=Decimal("85.50"), high=Decimal("85.50"))
    frame = to_dataframe([*BRIEF.accomplishments, *BRIEF.challenges, fancy]).set_index("figure_id")
    judges = frame.loc["judges-dismissed", "low"]
    assert (type(judges), judges.as_tuple()) == (Decimal, Decimal(57).as_tuple())
    rate = frame.loc["homicide-rate-2012", "low"]
    assert isinstance(rate, pd.Series)  # twice: the brief's and the evolved one
    assert [d.as_tuple() for d in rate] == [Decimal("85.5").as_tuple(), Decimal("85.50").as_tuple()]
    assert frame.loc["people-trained-by-the-united-states", "high"] is pd.NA
    assert "57\n" in frame["low"].to_string() + "\n" and "57.0" not in frame["low"].to_string()
    persons = frame[frame["unit"] == "persons"]
    assert persons["low"].max() == Decimal(1200)
    assert (persons["low"] > 50).sum() == 2  # 57 and 1,200 (<NA> compares false)
    total = frame[frame["unit"] == "per-100000-population"]["low"].sum()
    assert (type(total), total) == (Decimal, Decimal("251.00"))


def test_arrow_and_parquet_bounds_are_exact_at_one_scale_per_column(tmp_path: Path) -> None:
    """A column has one scale: 57 beside 85.5 is 57.0, equal; figures of one scale keep it, 57 as 57."""
    duckdb = pytest.importorskip("duckdb")
    everything, persons = tmp_path / "all.parquet", tmp_path / "persons.parquet"
    hb.to_parquet(BRIEF, everything)
    hb.to_parquet([q for q in BRIEF.quantities if q.unit is hb.Unit.PERSONS], persons)
    con = duckdb.connect()
    query = "SELECT low FROM '{}' WHERE figure_id = '{}'"
    ((rate,),) = con.sql(query.format(everything, "homicide-rate-2012")).fetchall()
    assert (type(rate), rate.as_tuple()) == (Decimal, Decimal("85.5").as_tuple())
    ((judges,),) = con.sql(query.format(everything, "judges-dismissed")).fetchall()
    assert (type(judges), judges, str(judges)) == (Decimal, 57, "57.0")
    ((alone,),) = con.sql(query.format(persons, "judges-dismissed")).fetchall()
    assert (type(alone), alone.as_tuple()) == (Decimal, Decimal(57).as_tuple())
    ((kind,),) = con.sql(f"SELECT typeof(low) FROM '{persons}' LIMIT 1").fetchall()  # noqa: S608 -- a path of the test's own
    assert kind == "DECIMAL(4,0)"  # 1,200 needs four digits, and no places
    ordered = con.sql(f"SELECT low FROM '{persons}' WHERE low IS NOT NULL ORDER BY low").fetchall()  # noqa: S608 -- a path of the test's own
    assert [low for (low,) in ordered] == sorted(
        q.low for q in BRIEF.quantities if q.unit is hb.Unit.PERSONS and q.low is not None
    )


@pytest.mark.parametrize("table", list(_ALL_COLUMNS))
def test_every_field_carries_its_description(tmp_path: Path, table: Table) -> None:
    """Arrow and Parquet fields hold, as b'description', the words the data package gives them."""
    pq = pytest.importorskip("pyarrow.parquet")
    from honduras_brief._publish import _columns
    from honduras_brief._tables import descriptions

    packaged = {c.name: c.description for c in _columns()[table]}
    assert list(descriptions(table)) == list(_ALL_COLUMNS[table])
    assert dict(descriptions(table)) == packaged
    path = tmp_path / f"{table}.parquet"
    hb.to_parquet(BRIEF, path, table=table)
    for schema in (hb.to_arrow(BRIEF, table=table).schema, pq.read_schema(path)):
        read = {f.name: f.metadata[b"description"].decode("utf-8") for f in schema}
        assert read == packaged
    assert all(packaged.values())


@pytest.mark.parametrize("table", list(_ALL_COLUMNS))
def test_every_table_round_trips_through_parquet(tmp_path: Path, table: Table) -> None:
    """Each table= writes a Parquet file that reads back as to_arrow's table, types and values."""
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / f"{table}.parquet"
    assert hb.to_parquet(BRIEF, path, table=table) is None
    read = pq.read_table(path)
    arrow = hb.to_arrow(BRIEF, table=table)
    for written, field in zip(read.schema, arrow.schema, strict=True):
        assert (written.name, written.metadata) == (field.name, field.metadata)
        # Parquet names a list's item "element", as its spec does; the items are the same.
        assert written.type == field.type or written.type.value_type == field.type.value_type
    assert read.to_pylist() == arrow.to_pylist()
    assert list(to_dataframe(BRIEF, table=table).columns) == list(_ALL_COLUMNS[table])


def test_to_parquet_refuses_an_existing_file_unless_told(tmp_path: Path) -> None:
    """An existing file is kept and named, with what to pass; overwrite=True replaces it whole."""
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "figures.parquet"
    path.write_bytes(b"mine")
    with pytest.raises(FileExistsError, match=r"pass overwrite=True to replace it") as caught:
        hb.to_parquet(BRIEF, path)
    assert caught.value.filename == str(path)
    assert path.read_bytes() == b"mine"
    hb.to_parquet(hb.HOMICIDE_RATE_2012, str(path), overwrite=True)
    assert pq.read_table(path).column("figure_id").to_pylist() == ["homicide-rate-2012"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.parquet"]  # no temporary left
    buffer = io.BytesIO()
    hb.to_parquet(BRIEF, buffer, overwrite=False)  # a file object is written to, as before
    assert pq.read_table(io.BytesIO(buffer.getvalue())).num_rows == len(BRIEF.quantities)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("", id="empty"),
        pytest.param(b"figures.parquet", id="bytes"),
        pytest.param(type("BytesPath", (), {"__fspath__": lambda _: b"f.parquet"})(), id="bytes-pathlike"),
    ],
)  # fmt: skip
def test_to_parquet_refuses_a_path_that_names_no_file(path: object) -> None:
    """An empty path, bytes, or a PathLike of bytes is refused by name."""
    pytest.importorskip("pyarrow")
    with pytest.raises(TypeError, match=r"^'path' must be a path, a PathLike or a binary file"):
        hb.to_parquet(BRIEF, path)  # type: ignore[arg-type]


@pytest.mark.parametrize("overwrite", ["no", 1, None])
def test_overwrite_takes_a_bool_only(tmp_path: Path, overwrite: object) -> None:
    """'no' is true to Python: to_parquet and to_csv refuse it by name, before writing anything."""
    for write in (
        lambda: hb.to_parquet(BRIEF, tmp_path / "f.parquet", overwrite=overwrite),  # type: ignore[arg-type]
        lambda: to_csv(BRIEF, tmp_path / "f.csv", overwrite=overwrite),  # type: ignore[arg-type]
        lambda: to_csv(BRIEF, overwrite=overwrite),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=r"^'overwrite' must be True or False, got "):
            write()
    assert list(tmp_path.iterdir()) == []


def test_to_csv_refuses_an_existing_file_unless_told(tmp_path: Path) -> None:
    """to_csv keeps an existing file unless overwrite=True, as to_parquet does; an open file is written."""
    path = tmp_path / "figures.csv"
    path.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"pass overwrite=True to replace it") as caught:
        to_csv(BRIEF, path)
    assert (caught.value.filename, path.read_text(encoding="utf-8")) == (str(path), "mine\n")
    assert to_csv(BRIEF, path, overwrite=True) is None
    assert path.read_text(encoding="utf-8") == to_csv(BRIEF)
    out = io.StringIO()
    to_csv(BRIEF, out)
    assert out.getvalue() == to_csv(BRIEF)
