"""Citations of the page and a record's words: text, CSL-JSON rendered by citeproc-py, BibTeX."""

from __future__ import annotations

import functools
import importlib.metadata
import json
from decimal import Decimal

import attrs
import pages
import pytest
from conftest import record_params
from test_cli import run

import honduras_brief as hb

citeproc = pytest.importorskip("citeproc")
from citeproc.source.json import CiteProcJSON  # noqa: E402 -- only once citeproc-py is there

PAGE = "http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm"
HEAD = (
    "Bureau of International Narcotics and Law Enforcement Affairs (INL), U.S. Department of "
    f"State. \u201cINL country program page for Honduras.\u201d n.d., reporting on 2012\u20132013. {PAGE}."
)


MINE = hb.Quantity(
    id="my-figure",
    measure="something counted",
    text="12",
    qualifier=hb.Qualifier.EXACT,
    unit=hb.Unit.PERSONS,
    basis=hb.Basis.REPORTED,
    low=Decimal(12),
    high=Decimal(12),
)
"""A figure of one's own that cites nothing."""
STYLES = ("apa", "chicago-author-date", "chicago-note-bibliography")
"""APA 7th edition, and Chicago 17th edition in both its forms: author-date, and notes and bibliography."""


@functools.cache
def style(name: str) -> str:
    """The path of a CSL style of the Citation Style Language's repository, as jupyterlab-citation-data installs them."""
    pytest.importorskip("jupyterlab_citation_data")
    styles = importlib.metadata.distribution("jupyterlab-citation-data")
    (path,) = (f for f in styles.files or () if f.name == f"{name}.csl")
    return str(styles.locate_file(path))


def render(*csl: str, style: str = "harvard-cite-them-right") -> tuple[list[str], list[str]]:
    """The in-text citations and the bibliography citeproc-py makes of CSL-JSON items, as plain text."""
    items = [item for text in csl for item in json.loads(text)]
    bibliography = citeproc.CitationStylesBibliography(
        citeproc.CitationStylesStyle(style, validate=False),
        CiteProcJSON(items),
        citeproc.formatter.plain,
    )
    citations = [citeproc.Citation([citeproc.CitationItem(item["id"])]) for item in items]
    for citation in citations:
        bibliography.register(citation)
    in_text = [str(bibliography.cite(c, lambda _item: None)) for c in citations]
    return in_text, [str(entry) for entry in bibliography.bibliography()]


def test_a_statement_is_cited_by_its_clause() -> None:
    """The text names the page, its publisher and address, and quotes the clause with its place."""
    assert hb.cite("homicide-rate-was-85-5-in-2012") == (
        f"{HEAD} Challenges section, characters 1442\u20131534: \u201cHonduras' homicide rate "
        "could fall to 80 per 100,000 for 2013, from 85.5 per 100,000 in 2012\u201d"
    )


@pytest.mark.parametrize(
    ("cited", "where"),
    [
        pytest.param("drug-transit", "Challenges section, characters 118\u2013224 and 225\u2013408: \u201cHonduras is a major", id="challenge"),
        pytest.param("operation-neptune", "Accomplishments section, characters 3614\u20133887, 3888\u20134068, 4069\u20134347 and 4348\u20134460: \u201cOn September 19-26", id="operation"),
        pytest.param("los-cachiros", "Accomplishments section, characters 3874\u20133886: \u201cLos Cachiros\u201d", id="actor"),
        pytest.param("honduras", "Challenges section, characters 118\u2013126: \u201cHonduras\u201d", id="place"),
        pytest.param("homicide-rate-2012", "Challenges section, characters 1353\u20131608: \u201cAccording to the Violence Observatory", id="figure"),
        pytest.param(hb.Citation.of("Los Cachiros"), "Accomplishments section, characters 3874\u20133886: \u201cLos Cachiros\u201d", id="citation"),
    ],
)  # fmt: skip
def test_each_kind_is_cited_by_its_words(cited: object, where: str) -> None:
    """A record by its sentences, an actor or place where first named, a figure by its sentence."""
    text = hb.cite(cited)  # type: ignore[arg-type]
    assert text.startswith(f"{HEAD} {where}")


def test_records_from_sentences_join_their_quotes() -> None:
    """A record of two sentences quotes both, joined by an ellipsis."""
    assert hb.cite("drug-transit").endswith(
        "and synthetic drugs. \u2026 The United States estimates that more than 80 percent of the "
        "primary flow of the cocaine trafficked to the United States first transited through the "
        "Central American corridor in 2012.\u201d"
    )


def test_a_figure_without_words_is_cited_as_the_page() -> None:
    """A figure of one's own that cites nothing gives the page alone, in every format."""
    assert hb.cite(MINE) == HEAD
    (item,) = json.loads(hb.cite(MINE, "csl"))
    assert (item["id"], item["title"], item["note"]) == (
        "my-figure", "INL country program page for Honduras", "Reporting on 2012\u20132013.",
    )  # fmt: skip
    assert "section" not in item
    assert "container-title" not in item
    entry = hb.cite(MINE, "bibtex")
    assert "  title = {{INL country program page for Honduras}},\n" in entry
    assert f"  howpublished = {{\\url{{{PAGE}}}}},\n" in entry
    assert "note = {Reporting on 2012--2013.}," in entry


def test_csl_json_is_one_webpage_item() -> None:
    """CSL-JSON: an array of one webpage, the record's passage of the bureau's page, kept as written."""
    assert json.loads(hb.cite("los-cachiros", "csl")) == [
        {
            "id": "los-cachiros",
            "type": "webpage",
            "title": (
                '<span class="nocase">Los Cachiros [Accomplishments section, characters '
                "3874\u20133886; record los-cachiros]</span>"
            ),
            "container-title": "INL country program page for Honduras",
            "author": [
                {"literal": "Bureau of International Narcotics and Law Enforcement Affairs"}
            ],
            "publisher": "U.S. Department of State",
            "URL": PAGE,
            "language": "en",
            "source": "honduras-brief",
            "note": "Reporting on 2012\u20132013.",
            "section": "accomplishments",
        }
    ]


def test_citeproc_renders_the_csl_json() -> None:
    """citeproc-py renders the item in a bundled style: the words, the page, its publisher and address."""
    in_text, entries = render(hb.cite("homicide-rate-was-85-5-in-2012", "csl"))
    assert in_text == ["(Bureau of International Narcotics and Law Enforcement Affairs, no date)"]
    assert entries == [
        (
            "Bureau of International Narcotics and Law Enforcement Affairs (no date) Honduras' "
            "homicide rate could fall to 80 per 100,000 for 2013, from 85.5 per 100,000 in 2012 "
            "[Challenges section, characters 1442\u20131534; record homicide-rate-was-85-5-in-2012], "
            "INL country program page for Honduras. U.S. Department of State. "
            f"Available at: {PAGE}."
        )
    ]


APA_AND_CHICAGO = {
    "apa": (
        "Bureau of International Narcotics and Law Enforcement Affairs. (n.d.). {words}. "
        f"INL Country Program Page for Honduras; U.S. Department of State. {PAGE}"
    ),
    "chicago-author-date": (
        "Bureau of International Narcotics and Law Enforcement Affairs. n.d. \u201c{words}\u201d. "
        f"INL Country Program Page for Honduras. U.S. Department of State. {PAGE}."
    ),
    "chicago-note-bibliography": (
        "Bureau of International Narcotics and Law Enforcement Affairs. \u201c{words}\u201d. "
        f"INL country program page for Honduras. U.S. Department of State, n.d. {PAGE}."
    ),
}
"""A record's bibliography entry in each style, as citeproc-py renders it, around the record's words."""
CACHIROS = "Los Cachiros [Accomplishments section, characters 3874\u20133886; record los-cachiros]"
HOMICIDE = (
    "Honduras' homicide rate could fall to 80 per 100,000 for 2013, from 85.5 per 100,000 in 2012 "
    "[Challenges section, characters 1442\u20131534; record homicide-rate-was-85-5-in-2012]"
)


@pytest.mark.parametrize("name", STYLES)
def test_apa_and_chicago_print_each_record_as_a_reference_of_its_own(name: str) -> None:
    """Styles that print no note still tell two records apart: each entry has its words, as written."""
    _, entries = render(
        hb.cite("los-cachiros", "csl"),
        hb.cite("homicide-rate-was-85-5-in-2012", "csl"),
        style=style(name),
    )
    assert sorted(entries) == sorted(
        APA_AND_CHICAGO[name].format(words=words) for words in (CACHIROS, HOMICIDE)
    )
    for entry in entries:
        assert "inl country program page for honduras" in entry.lower()
        assert "U.S. Department of State" in entry
        assert PAGE in entry


@pytest.mark.parametrize("name", STYLES)
def test_records_of_the_same_words_are_references_apart(name: str) -> None:
    """Four goals stand on one sentence; each is a reference of its own, naming the record."""
    goals = hb.BRIEF.goals[:4]
    assert len({goal.citations for goal in goals}) == 1
    _, entries = render(*(hb.cite(goal, "csl") for goal in goals), style=style(name))
    assert len(set(entries)) == 4
    sentence = goals[0].citations[0].quote
    for goal in goals:
        (entry,) = (e for e in entries if f"; record {goal.id}]" in e)
        assert sentence in entry


@pytest.mark.parametrize("name", STYLES)
def test_the_page_itself_is_a_reference_to_the_page(name: str) -> None:
    """A figure that stands on no words is cited as the page, in APA and Chicago alike."""
    _, entries = render(hb.cite(MINE, "csl"), style=style(name))
    assert entries == [
        {
            "apa": (
                "Bureau of International Narcotics and Law Enforcement Affairs. (n.d.). "
                f"INL country program page for Honduras. U.S. Department of State. {PAGE}"
            ),
            "chicago-author-date": (
                "Bureau of International Narcotics and Law Enforcement Affairs. n.d. "
                "\u201cINL Country Program Page for Honduras\u201d. U.S. Department of State. "
                f"{PAGE}."
            ),
            "chicago-note-bibliography": (
                "Bureau of International Narcotics and Law Enforcement Affairs. "
                "\u201cINL Country Program Page for Honduras\u201d. U.S. Department of State, "
                f"n.d. {PAGE}."
            ),
        }[name]
    ]


@pytest.mark.parametrize("name", STYLES)
def test_a_users_page_is_rendered_with_only_what_it_names(name: str) -> None:
    """Records of a user's page are references apart, naming its title and words, inventing nothing."""
    brief = pages.brief()
    ids = ("our-fathers", "we-are-engaged-in-a-civil-war")
    _, entries = render(*(hb.cite(i, "csl", brief=brief) for i in ids), style=style(name))
    assert len(set(entries)) == 2
    # With no author, APA and Chicago's author-date put the title first, and
    # Chicago's notes the page's title: as the styles do for a page by no one.
    for entry, words in zip(
        sorted(entries),
        (
            "our fathers [Characters 31\u201342; record our-fathers]",
            "we are engaged in a great civil war [Characters 182\u2013217; record we-are-engaged-in-a-civil-war]",
        ),
        strict=True,
    ):
        assert words in entry
        assert "Gettysburg Address (Bliss" in entry
        for invented in ("state.gov", "Department", "Bureau", "http", "INL"):
            assert invented not in entry


def test_a_bibtex_entry() -> None:
    """BibTeX: a @misc entry keyed by the id, braces around names, LaTeX's specials escaped."""
    assert hb.cite("operation-neptune-seized-value", "bibtex") == "\n".join([
        "@misc{operation-neptune-seized-value,",
        "  author = {{Bureau of International Narcotics and Law Enforcement Affairs}},",
        (
            "  title = {{On September 19-26, the Government of Honduras seized between \\$500 and "
            "\\$800 million worth of assets during Operation Neptune, including properties, "
            "vehicles, bank accounts, and businesses that belonged to the largest drug trafficking "
            "organization in Honduras, Los Cachiros. [Accomplishments section, characters "
            "3614--3887; record operation-neptune-seized-value]}},"
        ),
        "  publisher = {U.S. Department of State},",
        f"  howpublished = {{In \\emph{{INL country program page for Honduras}}, \\url{{{PAGE}}}}},",
        f"  url = {{{PAGE}}},",
        "  language = {english},",
        "  note = {Reporting on 2012--2013.},",
        "}",
    ])  # fmt: skip


def test_bibtex_escapes_every_special_character() -> None:
    """Backslash, braces, $, &, %, #, _, ^ and ~ are escaped; a no-break space is a tie."""
    page = attrs.evolve(pages.PAGE, title="a\\b{c}$d&e%f#g_h^i~j\u00a0k")
    entry = hb.cite(pages.brief(page).challenges[0], "bibtex")
    assert (
        "  howpublished = {In \\emph{a\\textbackslash{}b\\{c\\}\\$d\\&e\\%f\\#g\\_h\\^{}i\\~{}j~k}},"
        in entry
    )


@pytest.mark.parametrize("record", record_params())
def test_every_record_can_be_cited(record: hb.Record) -> None:
    """Every record of the brief cites in all three formats, with the same id and address."""
    text = hb.cite(record)
    assert text.startswith(HEAD)
    assert hb.cite(record.id) == text
    (item,) = json.loads(hb.cite(record, "csl"))
    assert (item["id"], item["URL"]) == (record.id, PAGE)
    entry = hb.cite(record, "bibtex")
    assert entry.startswith(f"@misc{{{record.id},\n")
    assert entry.count("{") - entry.count("\\{") == entry.count("}") - entry.count("\\}")


def test_a_brief_of_ones_own_is_cited_with_its_source() -> None:
    """With brief=, ids are looked up there and its source is the one cited."""
    page = attrs.evolve(pages.PAGE, url="https://example.org/gettysburg", publisher="A Press")
    brief = pages.brief(page)
    text = hb.cite("our-fathers", brief=brief)
    assert text == (
        "A Press. \u201cGettysburg Address (Bliss copy).\u201d n.d., reporting on 1863. "
        "https://example.org/gettysburg. Characters 31\u201342: \u201cour fathers\u201d"
    )
    assert hb.cite(brief.lookup("our-fathers")) == text


def test_a_record_is_cited_from_its_own_source_not_the_shipped_one() -> None:
    """Without brief=, a record of a user's brief cites the user's page, with only what it names."""
    record = pages.brief().challenges[0]
    text = hb.cite(record)
    assert text.startswith(
        "\u201cGettysburg Address (Bliss copy).\u201d n.d., reporting on 1863. Characters 0\u2013"
    )
    assert "state.gov" not in text
    assert "section" not in text
    (item,) = json.loads(hb.cite(record, "csl"))
    assert set(item) == {"id", "type", "title", "container-title", "language", "source", "note"}
    assert item["title"].startswith('<span class="nocase">Four score and seven years ago')
    assert item["title"].endswith(
        " [Characters 0\u2013176 and 178\u2013309; record founding]</span>"
    )
    assert (item["container-title"], item["note"]) == (
        "Gettysburg Address (Bliss copy)", "Reporting on 1863.",
    )  # fmt: skip
    entry = hb.cite(record, "bibtex")
    assert [line.split(" = ")[0].strip() for line in entry.splitlines()[1:-1]] == [
        "title", "howpublished", "language", "note",
    ]  # fmt: skip
    assert "  howpublished = {In \\emph{Gettysburg Address (Bliss copy)}},\n" in entry


def test_a_source_that_names_nothing_but_its_title_is_cited_by_it() -> None:
    """No years, no publisher, no address: the citation says the title and the words."""
    page = hb.Source(text="A short note.", title="A note")
    text = hb.cite(page.cite("short"))
    assert text == "\u201cA note.\u201d n.d. Characters 2\u20137: \u201cshort\u201d"
    (item,) = json.loads(hb.cite(page.cite("short"), "csl"))
    assert (item["title"], item["container-title"]) == (
        '<span class="nocase">short [Characters 2\u20137]</span>', "A note",
    )  # fmt: skip
    assert "note" not in item
    only_bureau = attrs.evolve(page, bureau="A Bureau", years=(2001, 2001))
    assert hb.cite(only_bureau.cite("short")).startswith(
        "A Bureau. \u201cA note.\u201d n.d., reporting on 2001."
    )
    (item,) = json.loads(hb.cite(only_bureau.cite("short"), "csl"))
    assert item["author"] == [{"literal": "A Bureau"}]
    assert "publisher" not in item


def test_a_record_of_another_source_is_refused_with_the_brief_given() -> None:
    """A record whose words stand in another page is never cited as the given brief's."""
    record = pages.brief().challenges[0]
    with pytest.raises(
        ValueError,
        match=r"^the record 'founding' cites 'Gettysburg Address \(Bliss copy\)' \(sha256:[0-9a-f]{16}\), not the source of the brief given, 'INL country program page for Honduras' \(sha256:3232e6f5b6b5d3fc\)$",
    ):
        hb.cite(record, brief=hb.BRIEF)
    with pytest.raises(ValueError, match=r"^the citation cites 'INL country program page"):
        hb.cite(hb.BRIEF.challenges[0].citations[0], brief=pages.brief())


def test_words_of_several_sources_are_refused() -> None:
    """A record outside any brief may quote two pages; one citation cannot name both."""
    other = hb.Source(text="Four score.", title="Another copy")
    record = attrs.evolve(
        pages.brief().challenges[0],
        citations=(pages.PAGE.cite("Four score"), other.cite("Four score")),
    )
    with pytest.raises(
        ValueError,
        match=r"^the record 'founding' stands on the words of several sources \('Gettysburg Address \(Bliss copy\)' \(sha256:[0-9a-f]{16}\), 'Another copy' \(sha256:[0-9a-f]{16}\)\): cite each$",
    ):
        hb.cite(record)


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        pytest.param(("los-cachiros", "xml"), ValueError, "'format' must be one of 'text', 'csl', 'bibtex', got 'xml'", id="format"),
        pytest.param(("atlantis",), hb.UnknownRecordError, "no record of the brief has the id 'atlantis'", id="id"),
        pytest.param((42,), TypeError, "'record_or_id' must be a record, a Citation or a record's id, got 42 of type int", id="type"),
    ],
)  # fmt: skip
def test_refuses_bad_arguments(
    args: tuple[object, ...], error: type[Exception], message: str
) -> None:
    """An unknown format or id, or something that is no record, is refused with a message naming it."""
    with pytest.raises(error) as raised:
        hb.cite(*args)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_refuses_a_brief_that_is_not_one() -> None:
    """brief= must be a Brief."""
    with pytest.raises(TypeError, match=r"^'brief' must be a Brief, got 'x' of type str$"):
        hb.cite("los-cachiros", brief="x")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["text", "csl", "bibtex"])
def test_the_command_line_cites(fmt: str) -> None:
    """`cite ID --format F` prints what cite() gives, text by default."""
    done = run("cite", "homicide-rate-2012", "--format", fmt, env={"COLUMNS": "1000"})
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == hb.cite("homicide-rate-2012", fmt) + "\n"  # type: ignore[arg-type]
    if fmt == "text":
        assert run("cite", "homicide-rate-2012", env={"COLUMNS": "1000"}).stdout == done.stdout


def test_the_command_line_suggests_an_id() -> None:
    """An unknown id exits 2 and suggests the nearest; an unknown format exits 2; --help works."""
    done = run("cite", "nepune")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "honduras-brief: error: no record has the id or name 'nepune' (did you mean 'operation-neptune'?)\n"
    )
    wrong = run("cite", "los-cachiros", "--format", "ris")
    assert wrong.returncode == 2
    assert "invalid choice: 'ris'" in wrong.stderr
    helped = run("cite", "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("usage: honduras-brief cite [-h] [--format FORMAT] ID")
