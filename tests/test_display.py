"""How records look: concise reprs, figures in words, and notebook HTML."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from html.parser import HTMLParser

import attrs
import pytest
from conftest import record_params
from hypothesis import given
from hypothesis import strategies as st
from pages import PAGE
from pages import brief as page_brief

import honduras_brief as hb
from honduras_brief._display import escape, short_decimal, to_html
from honduras_brief._quantities import amount_words
from honduras_brief._tree import walk

Q, U = hb.Qualifier, hb.Unit
RATE_CHANGE = hb.percent_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013)
EXACT_CHANGE = Decimal("-6.432748538011695906432748538")


def _examples() -> dict[type, object]:
    # A real instance of every record and result type: the brief's own
    # records, and what the functions return for them.
    found: dict[type, object] = {}
    results = (
        RATE_CHANGE,
        hb.describe_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013),
        hb.check_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, stated=Decimal("-6.4")),
        hb.verify(),
        hb.search("cachiros")[0],
        hb.parse_figure("more than 1,200", unit=U.PERSONS),
        (claim := hb.check_claim("Honduras' murder rate was 85.5 per 100,000 in 2012.")),
        claim.findings[0],
    )
    for value in (*walk(hb.BRIEF), *results):
        if attrs.has(type(value)):
            found.setdefault(type(value), value)
    return found


EXAMPLES = _examples()
PUBLIC_TYPES = sorted(
    name
    for name in hb.__all__
    if isinstance(getattr(hb, name), type) and attrs.has(getattr(hb, name))
)


class _Nesting(HTMLParser):
    """Reads HTML and records how it nests, failing on any tag closed out of order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.starts: list[tuple[str, str | None, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self.open[-1] if self.open else None
        self.starts.append((tag, parent, dict(attrs)))
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open[-1] == tag, f"</{tag}> closes <{self.open[-1]}>"
        self.open.pop()


# Where each structural tag may stand.
PARENTS: dict[str, set[str | None]] = {
    "caption": {"table"},
    "tr": {"table"},
    "th": {"tr"},
    "td": {"tr"},
    "li": {"ul"},
    "summary": {"details"},
    "table": {None, "td", "li"},
}


def well_formed(rendered: str) -> _Nesting:
    """Parse *rendered* and check it nests as HTML must, accessibly, with nothing left open."""
    parser = _Nesting()
    parser.feed(rendered)
    parser.close()
    assert parser.open == []
    starts = parser.starts
    for index, (tag, parent, attributes) in enumerate(starts):
        assert tag != "script"
        if tag in PARENTS:
            assert parent in PARENTS[tag], f"<{tag}> inside <{parent}>"
        if tag == "table":  # a table is named by its caption, first thing in it
            assert starts[index + 1][0] == "caption"
        if tag == "th":
            assert attributes.get("scope") == "row"
    return parser


@pytest.mark.parametrize("name", PUBLIC_TYPES)
def test_every_public_type_renders_as_well_formed_html(name: str) -> None:
    """Every record and result class of the API shows as a captioned table in a notebook."""
    cls = getattr(hb, name)
    assert hasattr(cls, "_repr_html_"), f"{name} has no notebook display"
    assert cls in EXAMPLES, f"add an instance of {name} to _examples() in this test"
    rendered = EXAMPLES[cls]._repr_html_()  # type: ignore[attr-defined]
    assert rendered.startswith(
        '<table class="honduras-brief"><caption style="text-align:left;white-space:nowrap">'
        f"<b>{name}</b>"
    )
    assert rendered.endswith("</table>")
    parser = well_formed(rendered)
    rows = [tag for tag, parent, _ in parser.starts if tag == "tr"]
    assert len(rows) >= len([f for f in attrs.fields(cls) if f.init])


def test_the_walk_of_the_api_finds_every_record_type() -> None:
    """The walk over __all__ sees the record types (a typo in it would pass vacuously)."""
    assert {"Brief", "Quantity", "Hit", "FigureReading", "Verification", "ChangeCheck"} <= set(
        PUBLIC_TYPES
    )
    assert "Qualifier" not in PUBLIC_TYPES  # an enum needs no table


def test_the_checker_refuses_bad_nesting() -> None:
    """The HTML check fails on tags closed out of order, a header without scope, a bare table."""
    with pytest.raises(AssertionError, match="closes <b>"):
        well_formed("<td><b></td></b>")
    with pytest.raises(AssertionError, match="closes nothing"):
        well_formed("</td>")
    with pytest.raises(AssertionError):
        well_formed('<table><caption>x</caption><tr><th scope="col">a</th></tr></table>')
    with pytest.raises(AssertionError):
        well_formed("<table><tr><td>a</td></tr></table>")
    with pytest.raises(AssertionError, match="<li> inside <td>"):
        well_formed("<table><caption>x</caption><tr><td><li>a</li></td></tr></table>")


@pytest.mark.parametrize("record", [*record_params(), pytest.param(hb.BRIEF, id="brief")])
def test_every_record_renders_as_html(record: object) -> None:
    """Each record is a well-formed table of its fields, with its quotes and figures marked."""
    rendered = record._repr_html_()  # type: ignore[attr-defined]
    well_formed(rendered)
    for q in getattr(record, "quantities", ()):
        if q.citation is not None and q.citation in getattr(record, "citations", ()):
            assert f"<mark>{html.escape(q.text)}</mark>" in rendered


def test_reprs_are_concise() -> None:
    """A record's repr names it in a line, not its whole tree."""
    assert (
        repr(hb.CHALLENGES[0])
        == "Challenge(id='drug-transit', title='Honduras as a transit country for drugs')"
    )
    assert (
        repr(hb.OPERATION_NEPTUNE) == "Operation(id='operation-neptune', name='Operation Neptune')"
    )
    assert repr(hb.BRIEF) == (
        "Brief(source='INL country program page for Honduras', challenges=4, goals=6, "
        "accomplishments=9, operations=1, actors=25, places=6, statements=80)"
    )
    assert repr(hb.HOMICIDE_RATE_2012).startswith(
        "Quantity(id='homicide-rate-2012', text='85.5 per 100,000', "
    )


# --- Figures in words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("ident", "words"),
    [
        ("cocaine-flow-share-2012", "more than 80 percent"),
        ("homicide-rate-2012", "85.5 per 100,000 people"),
        ("homicide-rate-decrease-2012-2013", "6.4 percent"),
        ("citizens-affected-by-everyday-crimes", "many persons"),
        ("police-and-prosecutors-removed", "dozens (at least 24 persons)"),
        ("vetted-units-with-us-training", "some units"),
        ("judges-dismissed", "57 persons"),
        ("people-trained-by-the-united-states", "more than 1,200 persons"),
        ("criminal-investigative-school-students", "almost 250 persons"),
        ("operation-neptune-seized-value", "$500 million \u2013 $800 million"),
        ("kingpins-designated", "7 persons"),
    ],
)
def test_a_figure_reads_as_a_person_writes_it(ident: str, words: str) -> None:
    """Quantity.format says the qualifier, the bounds and the unit the record holds."""
    assert hb.BRIEF.lookup(ident).format() == words  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("unit", "value", "words"),
    [
        (U.US_DOLLARS, Decimal(500000000), "$500 million"),
        (U.US_DOLLARS, Decimal(1250000000), "$1.25 billion"),
        (U.US_DOLLARS, Decimal(1234567), "$1,234,567"),  # finer than thousandths of a million
        (U.US_DOLLARS, Decimal(1234500000), "$1,234,500,000"),  # and of a billion
        (U.US_DOLLARS, Decimal("-1500"), "-$1,500"),
        (U.US_DOLLARS, Decimal("2.50"), "$2.50"),
        (U.PERSONS, Decimal(1500000), "1.5 million persons"),
        (U.PERSONS, 1, "1 person"),
        (U.UNITS, 1, "1 unit"),
        (U.UNITS, 3, "3 units"),
        (U.PERCENT, Decimal("79.0"), "79.0 percent"),  # the digits held
        (U.PER_100000_POPULATION, Decimal("85.5"), "85.5 per 100,000 people"),
    ],
)
def test_a_unit_writes_a_number(unit: hb.Unit, value: Decimal | int, words: str) -> None:
    """Unit.format_value groups digits, keeps those held, and names millions and billions."""
    assert unit.format_value(value) == words


@pytest.mark.parametrize("value", [85.5, "85.5", True, None])
def test_a_unit_refuses_what_is_not_an_exact_number(value: object) -> None:
    """A float, a string or a bool is refused by name, not converted."""
    with pytest.raises(TypeError, match="'value' must be a Decimal or an int"):
        U.PERCENT.format_value(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity")])
def test_a_unit_refuses_what_is_not_finite(value: Decimal) -> None:
    """NaN and the infinities have no words."""
    with pytest.raises(ValueError, match="'value' must be finite"):
        U.PERCENT.format_value(value)


@pytest.mark.parametrize(
    ("qualifier", "unit", "low", "high", "near", "words"),
    [
        (Q.BETWEEN, U.PERSONS, 1200, 1500, None, "1,200\u20131,500 persons"),
        (Q.BETWEEN, U.US_DOLLARS, 500, 800, None, "$500\u2013$800"),
        (Q.BETWEEN, U.PERCENT, 5, Decimal("7.5"), None, "5\u20137.5 percent"),
        (Q.BETWEEN, U.PERSONS, 500, 1500000, None, "500 \u2013 1.5 million persons"),
        (Q.AT_LEAST, U.PERSONS, 1, None, None, "at least 1 person"),
        (Q.LESS_THAN, U.UNITS, None, 10, None, "less than 10 units"),
        (Q.AT_MOST, None, None, 10, None, "at most 10"),
        (Q.HUNDREDS, U.PERSONS, 200, None, None, "hundreds (at least 200 persons)"),
        (Q.ABOUT, U.PERSONS, None, None, 50, "about 50 persons"),
        (Q.ABOUT, U.PERSONS, None, None, None, "an approximate number of persons"),
        (Q.ABOUT, None, None, None, None, "an approximate number"),
        (Q.MANY, None, None, None, None, "many"),
        (Q.SOME, U.US_DOLLARS, None, None, None, "some US dollars"),
        (Q.EXACT, U.PERSONS, None, None, None, "\u2014"),  # a hand-built reading, no bound
    ],
)
def test_every_qualifier_has_words(
    qualifier: hb.Qualifier,
    unit: hb.Unit | None,
    low: int | None,
    high: int | None,
    near: int | None,
    words: str,
) -> None:
    """Each qualifier reads as the text would say it; a scale word spaces the range's dash."""
    low_, high_, near_ = (None if n is None else Decimal(n) for n in (low, high, near))
    assert amount_words(qualifier, unit, low_, high_, approximately=near_) == words


def test_a_reading_reads_back_in_words() -> None:
    """FigureReading.format words a parsed figure as Quantity.format does."""
    assert hb.parse_figure("almost 250", unit=U.PERSONS).format() == "almost 250 persons"
    assert hb.parse_figure("some 40").format() == "about 40"


# --- Reprs of results -----------------------------------------------------------------


def test_a_change_shows_five_digits_but_holds_them_all() -> None:
    """A computed change's repr is cut to five digits; its values stay exact."""
    assert repr(RATE_CHANGE) == (
        "ChangeRange(low=-6.4327\u2026, high=-6.4327\u2026, low_exclusive=False, "
        "high_exclusive=False)"
    )
    assert RATE_CHANGE.low is not None
    assert RATE_CHANGE.low.as_tuple() == EXACT_CHANGE.as_tuple()


def test_a_check_and_a_description_show_short_decimals() -> None:
    """ChangeCheck and ChangeDescription cut computed decimals and keep exact ones as Decimals."""
    check = hb.check_change(Decimal("85.5"), Decimal("80"), stated=Decimal("-6.4"))
    assert repr(check) == (
        "ChangeCheck(agrees=True, stated=Decimal('-6.4'), places=1, computed=-6.4327\u2026, "
        "rounded=Decimal('-6.4'))"
    )
    assert check.computed == EXACT_CHANGE
    described = hb.describe_change(200, 250)
    assert repr(described) == (
        "ChangeDescription(direction=<Direction.INCREASE: 'increase'>, low=Decimal('25.0'), "
        "high=Decimal('25.0'), places=1, change=Decimal('25'), text='a 25.0 percent increase')"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (EXACT_CHANGE, "-6.4327\u2026"),
        (Decimal("33.33333333333333333333333333"), "33.333\u2026"),
        (Decimal("123456.789"), "123456\u2026"),
        (Decimal("0.000123456789"), "0.00012345\u2026"),
        (Decimal("12.345"), "12.345"),
        (Decimal("85.50"), "85.50"),
        (Decimal("1E+2"), "100"),
        (Decimal("Infinity"), "Infinity"),
    ],
)
def test_short_decimals_keep_the_start_of_the_value(value: Decimal, shown: str) -> None:
    """A long decimal is cut toward zero after five significant digits, never rounded up."""
    assert short_decimal(value) == shown


# --- HTML -------------------------------------------------------------------------------


def test_figures_are_highlighted_in_their_quote() -> None:
    """The homicide challenge marks its three figures inside the quote."""
    rendered = hb.content.VIOLENCE._repr_html_()
    assert re.findall(r"<mark>(.*?)</mark>", rendered) == [
        "80 per 100,000",
        "85.5 per 100,000",
        "6.4 percent",
    ]
    assert "Honduras&#x27; homicide rate" in rendered  # escaped, not raw


def test_a_figure_shows_its_amount_and_bounds_in_its_unit() -> None:
    """A figure's caption says it in words, its bounds are in its unit, and its words are marked."""
    rendered = hb.NEPTUNE_SEIZED_VALUE._repr_html_()
    assert "<code>operation-neptune-seized-value</code>: $500 million \u2013 $800 million" in (
        rendered
    )
    assert '<th scope="row"' in rendered
    assert ">low</th><td" in rendered
    assert ">$500 million</td>" in rendered and ">$800 million</td>" in rendered
    assert "500000000" not in rendered
    assert "<mark>between $500 and $800 million</mark>" in rendered
    assert ">September 19\u201326, 2013 (inferred)</td>" in rendered


def test_a_date_range_shows_dates_as_words() -> None:
    """A date range's caption is its words and its ends are dates as people write them."""
    rendered = hb.NEPTUNE_SEIZED_VALUE.period._repr_html_()  # type: ignore[union-attr]
    assert "<b>DateRange</b>: September 19\u201326, 2013</caption>" in rendered
    assert ">September 19, 2013</td>" in rendered and ">September 26, 2013</td>" in rendered
    assert "2013-09-19" not in rendered


def test_nested_records_are_nested_tables() -> None:
    """A record with no id inside another is a table inside its cell, its figure marked."""
    brief = hb.BRIEF._repr_html_()
    assert '<td style="text-align:left;vertical-align:top"><table class="honduras-brief">' in brief
    assert "<b>Source</b> <code>sha256:3232e6f5b6b5d3fc</code></caption>" in brief
    assert ">INL country program page for Honduras</td>" in brief
    assert ">2012, 2013</td>" in brief  # years, not a list and not "2,012"
    operation = hb.OPERATION_NEPTUNE._repr_html_()
    designation = operation[operation.index("<b>Designation</b>") :]
    assert "<mark>seven</mark>" in designation
    assert "<code>kingpins-designated</code> 7 persons" in designation
    assert "<code>operation-neptune-seized-value</code> $500 million \u2013 $800 million" in (
        operation
    )


def test_long_lists_fold_and_short_ones_do_not() -> None:
    """A tuple of more than five items folds into <details> named by the count and the field."""
    brief = hb.BRIEF._repr_html_()
    assert "<b>Brief</b>: 80 statements, 15 figures</caption>" in brief
    assert "<details><summary>25 actors</summary><ul" in brief
    assert "<details><summary>6 goals</summary>" in brief
    assert "summary>4 challenges" not in brief  # four show as they are
    assert "<li><code>drug-transit</code> Honduras as a transit country for drugs</li>" in brief
    operation = hb.OPERATION_NEPTUNE._repr_html_()
    assert "<details><summary>6 participants</summary>" in operation
    assert ">properties, vehicles, bank accounts, businesses</td>" in operation


def test_a_computed_decimal_is_cut_with_its_exact_value_on_hover() -> None:
    """A long decimal shows five digits, and its exact value as the title."""
    rendered = RATE_CHANGE._repr_html_()
    assert f'<span title="{EXACT_CHANGE}">-6.4327\u2026</span>' in rendered
    assert "<b>ChangeRange</b>: -6.4327\u2026</caption>" in rendered


@pytest.mark.parametrize(
    ("change", "caption"),
    [
        (hb.ChangeRange(low=Decimal(-100), high=Decimal(25), high_exclusive=True), "-100 \u2264 change < 25"),
        (hb.ChangeRange(low=Decimal(0), high=None, low_exclusive=True), "0 < change"),
        (hb.ChangeRange(low=None, high=Decimal(5)), "change \u2264 5"),
        (hb.ChangeRange(low=None, high=None), "any change"),
    ],
)  # fmt: skip
def test_a_range_of_changes_is_captioned_as_an_inequality(
    change: hb.ChangeRange, caption: str
) -> None:
    """A range's caption says which changes it allows, ends included or not."""
    assert f"<b>ChangeRange</b>: {html.escape(caption)}</caption>" in change._repr_html_()


def test_a_check_and_a_verification_say_their_verdict() -> None:
    """A check and a verification say in their caption whether they passed."""
    agrees = hb.check_change(hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, stated=Decimal("-6.4"))
    rendered = agrees._repr_html_()
    assert "<b>ChangeCheck</b>: the stated -6.4 agrees with the figures</caption>" in rendered
    assert "<b>ChangeRange</b>: -6.4327\u2026" in rendered  # the computed range, nested
    wrong = hb.check_change(Decimal("86.5"), Decimal("42.8"), stated=-50)
    assert "the stated -50 does not agree with the figures" in wrong._repr_html_()
    assert "<b>Verification</b>: every check passed</caption>" in hb.verify()._repr_html_()
    one = hb.Verification(citations=1, derived=0, failures=("x: wrong",))
    assert "<b>Verification</b>: 1 check failed</caption>" in one._repr_html_()
    many = hb.Verification(citations=1, derived=0, failures=tuple(f"x{i}: <b>" for i in range(6)))
    rendered = many._repr_html_()
    assert "<b>Verification</b>: 6 checks failed</caption>" in rendered
    assert "<details><summary>6 failures</summary><ul" in rendered
    assert "<li>x0: &lt;b&gt;</li>" in rendered
    well_formed(rendered)


def test_a_search_hit_and_a_reading_render() -> None:
    """A hit names the record it found; a reading shows its figure in words."""
    hit = hb.search("cachiros")[0]._repr_html_()
    assert "<b>Hit</b></caption>" in hit and "<code>los-cachiros</code> Los Cachiros" in hit
    reading = hb.parse_figure("between $500 and $800 million")._repr_html_()
    assert "<b>FigureReading</b>: $500 million \u2013 $800 million</caption>" in reading
    assert ">$500 million</td>" in reading  # its bounds in its unit
    bare = hb.parse_figure("more than 1,200")._repr_html_()
    assert ">1,200</td>" not in bare  # a decimal with no unit is shown as it is
    assert ">1200</td>" in bare


def test_text_from_users_is_escaped() -> None:
    """Angle brackets in a user's record cannot inject markup, in a table or in a nested one."""
    actor = hb.Actor(id="x", name="<b>bold</b>", kind=hb.ActorKind.GANG)
    assert "&lt;b&gt;bold&lt;/b&gt;" in actor._repr_html_()
    assert "<b>bold</b>" not in actor._repr_html_()
    designation = attrs.evolve(hb.OPERATION_NEPTUNE.coordinated_with[0], designation="<i>x</i>")
    operation = attrs.evolve(hb.OPERATION_NEPTUNE, coordinated_with=(designation,))
    assert ">&lt;i&gt;x&lt;/i&gt;</td>" in operation._repr_html_()
    assert "<i>" not in operation._repr_html_()


def test_overlapping_figures_are_marked_once() -> None:
    """Two figures whose words overlap in one quote mark the first, without garbling."""
    rate = hb.HOMICIDE_RATE_2012
    number = attrs.evolve(rate, id="number", text="85.5")
    challenge = attrs.evolve(hb.content.VIOLENCE, quantities=(number, rate))
    rendered = challenge._repr_html_()
    assert "<mark>85.5</mark> per 100,000 in 2012" in rendered
    assert "<mark>85.5 per 100,000</mark>" not in rendered


def test_a_statement_renders_with_its_figure_marked() -> None:
    """A statement's HTML marks the figure it states in its clause and names its fields."""
    statement = hb.BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013")
    rendered = statement._repr_html_()
    assert "<mark>80 per 100,000</mark>" in rendered
    assert ">factuality</th>" in rendered and ">possible</td>" in rendered
    assert "<code>violence-observatory</code> Violence Observatory" in rendered
    objects = rendered[rendered.index(">objects</th>") :]
    assert objects.startswith(  # one item, with no list around it
        '>objects</th><td style="text-align:left;vertical-align:top">'
        "<code>homicide-rate-2013</code> 80 per 100,000 people</td>"
    )


def test_a_record_of_a_user_renders_without_an_id_or_a_caption_summary() -> None:
    """to_html works on any attrs record: no id, no summary, only its fields."""

    @attrs.frozen
    class Pair:
        left: int
        right: object

    rendered = to_html(Pair(1, Decimal("0.5")))
    assert rendered.startswith(
        '<table class="honduras-brief"><caption style="text-align:left;white-space:nowrap">'
        "<b>Pair</b></caption>"
    )
    assert ">0.5</td>" in rendered
    well_formed(rendered)


def test_plain_text_names_every_kind_of_value() -> None:
    """text() and label() give one line for each kind of value, as the terminal shows it."""
    from honduras_brief._display import label, text

    citation = hb.HOMICIDE_RATE_2012.citation
    assert citation is not None
    assert text(citation) == f"\u201c{citation.quote}\u201d [1353:1608, challenges]"
    assert text((True, None, hb.Unit.PERCENT)) == "yes; \u2014; percent"
    assert text(()) == "\u2014"
    assert text(hb.OPERATION_NEPTUNE) == "operation-neptune"
    assert (
        text(hb.ChangeRange(low=Decimal(1), high=None))
        == "ChangeRange(low 1, low_exclusive no, high_exclusive no)"
    )
    assert text(1.5) == "1.5"
    assert label(hb.OPERATION_NEPTUNE) == "operation-neptune (Operation Neptune)"
    assert (
        label(attrs.evolve(hb.OPERATION_NEPTUNE, name="operation-neptune")) == "operation-neptune"
    )
    statement = hb.BRIEF.statements[0]
    assert label(statement) == f"{statement.id} ({statement})"


@given(st.text())
def test_escape_is_what_html_escape_gives(words: str) -> None:
    """The start-up-light escape is html.escape, quotes included."""
    assert escape(words) == html.escape(words, quote=True)


# --- Sources, and citations of a text of a user's ------------------------------------


def _cell(rendered: str, name: str) -> str:
    """The cell of the row named *name*, up to the end of that row."""
    start = rendered.index(f'>{name}</th><td style="text-align:left;vertical-align:top">')
    return rendered[start : rendered.index("</tr>", start)]


def test_a_source_shows_its_text_s_length_and_first_words_not_the_text() -> None:
    """The shipped page shows its key, title and url, and its text as a length and eight words."""
    from honduras_brief._display import text

    rendered = hb.SOURCE._repr_html_()
    well_formed(rendered)
    assert rendered.startswith(
        '<table class="honduras-brief"><caption style="text-align:left;white-space:nowrap">'
        "<b>Source</b> <code>sha256:3232e6f5b6b5d3fc</code></caption>"
    )
    assert _cell(rendered, "text").endswith(
        ">4,816 characters: \u201cprintable banner U.S. Department of State - Great\u2026\u201d</td>"
    )
    assert len(hb.SOURCE_TEXT) == 4816
    assert ">INL country program page for Honduras</td>" in rendered
    assert ">http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm</td>" in rendered
    assert f">{hb.SOURCE.sha256}</td>" in rendered
    assert "Los Cachiros" not in rendered  # words of the page's body
    assert len(rendered) < 2500
    assert text(hb.SOURCE) == (
        "Source(title INL country program page for Honduras, "
        "url http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm, "
        "key sha256:3232e6f5b6b5d3fc, text 4,816 characters)"
    )
    assert "printable banner" not in repr(hb.SOURCE)


def test_a_citation_shows_its_source_without_the_source_s_text() -> None:
    """A citation's own display holds its source as a table whose text is a length."""
    citation = hb.HOMICIDE_RATE_2012.citation
    assert citation is not None
    rendered = citation._repr_html_()
    well_formed(rendered)
    source = _cell(rendered, "source")
    assert "<b>Source</b> <code>sha256:3232e6f5b6b5d3fc</code></caption>" in source
    assert "4,816 characters: \u201cprintable banner" in rendered
    assert "Los Cachiros" not in rendered
    assert rendered.count(escape(citation.quote)) == 1  # the quote, not the page around it
    assert _cell(rendered, "section").endswith(">challenges</td>")
    assert len(rendered) < 3500


def test_a_citation_of_a_text_without_sections_shows_its_offsets_alone() -> None:
    """A user's citation has no section: its text, its quote's hover and its row say so."""
    from honduras_brief._display import first_words, text

    users = page_brief()
    citation = users.challenges[0].citations[0]
    assert (citation.section, citation.source) == (None, PAGE)
    assert text(citation) == f"\u201c{citation.quote}\u201d [0:176]"
    challenge = users.challenges[0]._repr_html_()
    well_formed(challenge)
    assert (
        f'<q>{escape(citation.quote)}</q> <small title="characters 0\u2013176">[0:176]</small>'
    ) in challenge
    own = citation._repr_html_()
    well_formed(own)
    assert _cell(own, "section").endswith(">\u2014</td>")
    assert _cell(own, "text").endswith(
        ">310 characters: \u201cFour score and seven years ago our fathers\u2026\u201d</td>"
    )
    assert _cell(own, "url").endswith(">\u2014</td>")
    assert "civil war" not in own  # the page's later words
    for record in walk(users):
        if attrs.has(type(record)):
            well_formed(to_html(record))
    assert f"<code>{PAGE.key}</code></caption>" in users._repr_html_()
    assert text(PAGE) == (
        f"Source(title Gettysburg Address (Bliss copy), key {PAGE.key}, text 310 characters)"
    )
    assert first_words("Four score", 8) == "Four score"
