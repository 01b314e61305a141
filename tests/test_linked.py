"""The brief as JSON-LD, read by pyld and rdflib and queried with SPARQL."""

from __future__ import annotations

import json
import warnings
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pages
import pytest
from conftest import CITATIONS, replace_everywhere
from test_cli import run

import honduras_brief as hb
from honduras_brief._linked import BASE, VOCAB

jsonld = pytest.importorskip("pyld.jsonld")
rdflib = pytest.importorskip("rdflib")

PREFIXES = f"""
PREFIX hb: <{VOCAB}>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
PAGE = "http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm"
XSD = "http://www.w3.org/2001/XMLSchema#"


def refuse(url: str, _options: object = None) -> dict[str, Any]:
    """A pyld document loader that refuses the network."""
    msg = f"no network: {url}"
    raise AssertionError(msg)


def quads(doc: dict[str, object]) -> str:
    """The document as N-Quads, by pyld, offline."""
    text: str = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": refuse})
    return text


def load(doc: dict[str, object]) -> Any:
    """
    The document as an rdflib Graph: its N-Quads read into a Dataset, whose one graph it is.

    rdflib 7.6 warns about its own use of Dataset.default_context, once per
    quad, when it parses N-Quads (RDFLib/rdflib#3475): that warning alone is
    let through, while parsing. Queries run on a plain Graph, which does not
    warn (and is much faster under pytest's warning capture).
    """
    dataset = rdflib.Dataset()
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "Dataset.default_context is deprecated", DeprecationWarning, "rdflib"
        )
        dataset.parse(data=quads(doc), format="nquads")
    assert [g.identifier for g in dataset.graphs()] == [rdflib.graph.DATASET_DEFAULT_GRAPH_ID]
    graph = rdflib.Graph()
    for triple in dataset.default_graph:
        graph.add(triple)
    return graph


def select(graph: Any, query: str) -> list[tuple[Any, ...]]:
    """The rows a SPARQL SELECT gives, as Python values (IRIs as strings)."""
    return [
        tuple(v if v is None else v.toPython() if isinstance(v, rdflib.Literal) else str(v) for v in row)
        for row in graph.query(PREFIXES + query)
    ]  # fmt: skip


def nodes(doc: dict[str, object]) -> dict[str, dict[str, Any]]:
    """The document's top nodes by @id."""
    graph = doc["@graph"]
    assert isinstance(graph, list)
    return {node["@id"]: node for node in graph}


@pytest.fixture(scope="module")
def doc() -> dict[str, object]:
    """The shipped brief as JSON-LD."""
    return hb.to_jsonld()


@pytest.fixture(scope="module")
def graph(doc: dict[str, object]) -> Any:
    """The shipped brief as RDF, read by rdflib from pyld's N-Quads."""
    return load(doc)


def test_pyld_expands_it_without_the_network(doc: dict[str, object]) -> None:
    """The context is written in: pyld expands the document and never calls its loader."""
    calls: list[str] = []

    def loader(url: str, _options: object = None) -> dict[str, Any]:
        calls.append(url)
        return refuse(url)

    expanded = jsonld.expand(doc, {"documentLoader": loader})
    assert calls == []
    assert len(expanded) == len(doc["@graph"])  # type: ignore[arg-type]
    page = next(n for n in expanded if n["@id"] == PAGE)
    assert page["@type"] == ["https://schema.org/WebPage"]


def test_the_context_is_the_shipped_file(doc: dict[str, object]) -> None:
    """@context is data/brief.context.jsonld, our namespaces in it; each call gets its own copy."""
    shipped = json.loads(
        files("honduras_brief").joinpath("data/brief.context.jsonld").read_text(encoding="utf-8")
    )
    assert doc["@context"] == shipped["@context"]
    context = hb.to_jsonld()["@context"]
    assert isinstance(context, dict)
    assert (context["hb"], context["@base"]) == (
        "https://w3id.org/honduras-brief/vocab#",
        "https://w3id.org/honduras-brief/id/",
    )
    context.clear()
    assert hb.to_jsonld()["@context"] == shipped["@context"]


def test_every_key_is_a_term_of_the_context(doc: dict[str, object]) -> None:
    """No property is dropped on expansion: each key is a keyword or a term the context defines."""
    context = doc["@context"]
    assert isinstance(context, dict)
    unknown: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            unknown.update(k for k in value if not k.startswith("@") and k not in context)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(doc["@graph"])
    assert unknown == set()


def test_the_exact_words_of_the_2012_homicide_rate(graph: Any) -> None:
    """SPARQL finds the figure's own words, their affixes and their position."""
    rows = select(graph, """
        SELECT ?page ?exact ?prefix ?suffix ?start ?end WHERE {
          <https://w3id.org/honduras-brief/id/homicide-rate-2012> hb:span ?annotation .
          ?annotation oa:hasTarget ?target .
          ?target oa:hasSource ?page ; oa:hasSelector ?quote .
          ?quote a oa:TextQuoteSelector ; oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
          ?target oa:hasSelector ?position .
          ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
        }""")  # fmt: skip
    start, end = hb.HOMICIDE_RATE_2012.span  # type: ignore[misc]
    assert rows == [
        (
            PAGE,
            "85.5 per 100,000",
            "o 80 per 100,000 for 2013, from ",
            " in 2012, a 6.4 percent decrease",
            start,
            end,
        )
    ]
    assert hb.SOURCE_TEXT[start:end] == "85.5 per 100,000"


def test_the_review_of_the_decrease_and_its_rating(graph: Any) -> None:
    """SPARQL finds the ClaimReview of the 6.4 percent decrease, its claim, rating and numbers."""
    rows = select(graph, """
        SELECT ?claim ?value ?best ?worst ?name ?computed ?rounded ?stated WHERE {
          ?review a schema:ClaimReview ;
                  hb:figure <https://w3id.org/honduras-brief/id/homicide-rate-decrease-2012-2013> ;
                  schema:itemReviewed ?claim ;
                  schema:reviewRating [ a schema:Rating ; schema:ratingValue ?value ;
                      schema:bestRating ?best ; schema:worstRating ?worst ;
                      schema:alternateName ?name ] ;
                  hb:computedValue ?computed ; hb:roundedValue ?rounded ; hb:statedValue ?stated .
        }""")  # fmt: skip
    assert rows == [
        (
            BASE + "homicide-rate-could-decrease-by-6-4-percent",
            1,
            1,
            0,
            "Agrees at the precision stated",
            Decimal("-6.432748538011695906432748538"),
            Decimal("-6.4"),
            Decimal("-6.4"),
        )
    ]
    body = select(graph, """
        SELECT ?words ?body WHERE {
          ?review a schema:ClaimReview ; schema:claimReviewed ?words ; schema:reviewBody ?body .
        }""")  # fmt: skip
    assert body == [
        (
            "6.4 percent decrease",
            (
                "From 85.5 per 100,000 (homicide-rate-2012) to 80 per 100,000 (homicide-rate-2013) "
                "is a change of -6.432748538011695906432748538 percent, -6.4 at the 1 decimal "
                "place(s) the text gives, which agrees with the stated 6.4 percent decrease (-6.4)."
            ),
        )
    ]


def test_every_claim_attributed_to_the_violence_observatory(graph: Any) -> None:
    """SPARQL finds the Claims whose author is the Violence Observatory, and only those."""
    rows = select(graph, """
        SELECT ?claim WHERE {
          ?claim a schema:Claim ;
                 schema:author <https://w3id.org/honduras-brief/id/violence-observatory> .
        } ORDER BY ?claim""")  # fmt: skip
    expected = sorted(
        BASE + s.id for s in hb.BRIEF.statements if s.according_to.id == "violence-observatory"
    )
    assert rows == [(iri,) for iri in expected]
    assert [iri.removeprefix(BASE) for iri in expected] == [
        "homicide-rate-could-decrease-by-6-4-percent",
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-was-85-5-in-2012",
        "homicide-rate-was-the-highest-in-the-world",
        "homicide-rate-will-likely-remain-the-highest",
    ]


def test_the_source_is_a_web_page(graph: Any) -> None:
    """The page: its name, address, publisher, author, dates, language, licence and text hash."""
    rows = select(graph, """
        SELECT ?name ?url ?publisher ?author ?acronym ?coverage ?language ?licence ?rights ?sha WHERE {
          ?page a schema:WebPage ; schema:name ?name ; schema:url ?url ;
                schema:publisher/schema:name ?publisher ;
                schema:author [ schema:name ?author ; schema:alternateName ?acronym ] ;
                schema:temporalCoverage ?coverage ; schema:inLanguage ?language ;
                schema:license ?licence ; schema:copyrightNotice ?rights ;
                schema:encoding/schema:sha256 ?sha .
        }""")  # fmt: skip
    assert rows == [
        (
            "INL country program page for Honduras",
            PAGE,
            "U.S. Department of State",
            "Bureau of International Narcotics and Law Enforcement Affairs",
            "INL",
            "2012/2013",
            "en",
            "https://creativecommons.org/publicdomain/mark/1.0/",
            hb.SOURCE.rights,
            hb.SOURCE.sha256,
        )
    ]


def test_every_citation_is_an_annotation(doc: dict[str, object]) -> None:
    """Each place a citation points to is one Annotation selecting its words by quote and position."""
    by_id = nodes(doc)
    spans = {(c.start, c.end): c.section for c in CITATIONS}
    for q in hb.BRIEF.quantities:
        if q.span is not None and q.citation is not None:
            spans[q.span] = q.citation.section
    annotations = [n for n in by_id.values() if n["@type"] == "Annotation"]
    assert len(annotations) == len(spans)
    for (start, end), section in spans.items():
        node = by_id[f"citation/{start}-{end}"]
        assert (node["motivation"], node["section"]) == (
            "oa:highlighting", f"hb:Section/{section.value}",
        )  # fmt: skip
        target = node["target"]
        assert (target["@type"], target["source"]) == ("SpecificResource", PAGE)
        quote, position = target["selector"]
        assert quote == {
            "@type": "TextQuoteSelector",
            "exact": hb.SOURCE_TEXT[start:end],
            "prefix": hb.SOURCE_TEXT[max(0, start - 32) : start],
            "suffix": hb.SOURCE_TEXT[end : end + 32],
        }
        assert position == {"@type": "TextPositionSelector", "start": start, "end": end}


def test_every_statement_is_a_claim(doc: dict[str, object], graph: Any) -> None:
    """One Claim per statement, with its appearance, author, subject, predicate and ordered objects."""
    by_id = nodes(doc)
    claims = [n["@id"] for n in doc["@graph"] if n["@type"] == "Claim"]  # type: ignore[union-attr]
    assert claims == [s.id for s in hb.BRIEF.statements]
    gangs = by_id["gangs-not-part-of-the-logistics-chain"]
    assert gangs == {
        "@id": "gangs-not-part-of-the-logistics-chain",
        "@type": "Claim",
        "name": (
            "Transnational gangs do not appear to be a formal part of the transnational "
            "drug logistics chain."
        ),
        "appearance": "citation/1037-1118",
        "author": "inl",
        "subject": "transnational-gangs",
        "predicate": "hb:Predicate/formal-part-of",
        "objects": ["hb:Domain/transnational%20drug%20logistics%20chain"],
        "factuality": "hb:Factuality/probable-not",
        "factbank": "PR-",
        "scope": "hb:Scope/complete",
        "inferred": (
            "'Gangs' here is read as the transnational gangs of the sentence before; the text "
            "does not say whether it means gangs in general."
        ),
    }
    remain = by_id["homicide-rate-will-likely-remain-the-highest"]
    assert {k: remain[k] for k in ("author", "factbank", "grading", "place", "period")} == {
        "author": "violence-observatory",
        "factbank": "PR+",
        "grading": ["hb:Grade/highest%20in%20the%20world"],
        "place": "honduras",
        "period": "2013-01-01/2013-12-31",
    }
    assert "objects" not in remain  # the predicate takes none
    judges = by_id["supreme-court-dismissed-judges"]
    assert (judges["period"], judges["periodCitation"]) == ("../2013-06-30", "citation/3030-3041")
    # The objects stay in the text's order: an rdf:List, read back item by item.
    rows = select(graph, """
        SELECT ?item (COUNT(?step) AS ?position) WHERE {
          <https://w3id.org/honduras-brief/id/honduran-government-removed-dozens-of-police-and-prosecutors>
              hb:object ?list .
          ?list rdf:rest* ?step . ?step rdf:rest* ?node . ?node rdf:first ?item .
        } GROUP BY ?node ?item ORDER BY ?position""")  # fmt: skip
    assert rows == [
        (VOCAB + "Role/police", 1),
        (VOCAB + "Role/prosecutors", 2),
        (BASE + "police-and-prosecutors-removed", 3),
        (VOCAB + "Practice/financial%20disclosures", 4),
        (VOCAB + "Practice/polygraphs", 5),
        (VOCAB + "Practice/other%20types%20of%20vetting", 6),
    ]


def test_terms_are_defined_terms_of_our_vocabulary(doc: dict[str, object], graph: Any) -> None:
    """Predicates, factualities and the text's words are DefinedTerms in their sets, in hb:."""
    by_id = nodes(doc)
    assert by_id["hb:Predicate/amounts-to"] == {
        "@id": "hb:Predicate/amounts-to",
        "@type": "DefinedTerm",
        "name": "amounts-to",
        "inDefinedTermSet": "hb:Predicate",
        "description": hb.Predicate.AMOUNTS_TO.meaning,
    }
    assert by_id["hb:Factuality/possible"]["termCode"] == "PS+"
    assert by_id["hb:Role"] == {"@id": "hb:Role", "@type": "DefinedTermSet", "name": "Role"}
    rows = select(graph, """
        SELECT ?name WHERE {
          <https://w3id.org/honduras-brief/id/homicide-rate-will-likely-remain-the-highest>
              hb:factuality/schema:termCode ?name .
        }""")  # fmt: skip
    assert rows == [("PR+",)]


def test_figures_are_quantitative_values(doc: dict[str, object], graph: Any) -> None:
    """Each figure: name, words, bounds as xsd:decimal, exclusivity, unit, source and quotes."""
    by_id = nodes(doc)
    trained = by_id["people-trained-by-the-united-states"]
    assert {k: trained[k] for k in ("@type", "text", "qualifier", "minValue", "minExclusive", "unitText")} == {
        "@type": "QuantitativeValue",
        "text": "more than 1,200",
        "qualifier": "hb:Qualifier/more-than",
        "minValue": "1200",
        "minExclusive": True,
        "unitText": "persons",
    }  # fmt: skip
    assert "maxValue" not in trained
    assert "value" not in trained
    rate = by_id["homicide-rate-2012"]
    assert (rate["value"], rate["attributedTo"], rate["period"]) == (
        "85.5", "violence-observatory", "2012-01-01/2012-12-31",
    )  # fmt: skip
    rows = select(graph, """
        SELECT ?low ?high ?unit WHERE {
          <https://w3id.org/honduras-brief/id/operation-neptune-seized-value>
              a schema:QuantitativeValue ; schema:minValue ?low ; schema:maxValue ?high ;
              schema:unitText ?unit .
          FILTER(datatype(?low) = xsd:decimal && datatype(?high) = xsd:decimal)
        }""")  # fmt: skip
    assert rows == [(Decimal("500000000"), Decimal("800000000"), "usd")]
    decrease = by_id["homicide-rate-decrease-2012-2013"]
    assert decrease["derivedFrom"] == ["homicide-rate-2012", "homicide-rate-2013"]
    assert len([n for n in by_id.values() if n["@type"] == "QuantitativeValue"]) == len(
        hb.BRIEF.quantities
    )


def test_decimals_stay_exact_in_rdf() -> None:
    """A bound of 85.50 is the typed literal "85.50"^^xsd:decimal, not a float."""
    rate = hb.HOMICIDE_RATE_2012
    exact = attrs.evolve(rate, low=Decimal("85.50"), high=Decimal("85.50"))
    doc = hb.to_jsonld(replace_everywhere(hb.BRIEF, rate, exact))
    assert (
        f'<{BASE}homicide-rate-2012> <https://schema.org/minValue> "85.50"^^<{XSD}decimal> .'
        in quads(doc)
    )


def test_actors_places_records_and_designations(doc: dict[str, object]) -> None:
    """Actors, places, records and designations are typed nodes that link to each other."""
    by_id = nodes(doc)
    assert by_id["inl-advisor"]["@type"] == "Person"
    assert by_id["inl-advisor"]["parentOrganization"] == "inl"
    assert by_id["los-cachiros"]["@type"] == "Organization"
    assert by_id["supreme-court"]["@type"] == "GovernmentOrganization"
    assert by_id["honduras"]["@type"] == "Country"
    assert by_id["local-communities"]["@type"] == "Place"
    assert by_id["local-communities"]["generic"] is True
    assert by_id["operation-neptune"]["@type"] == ["Operation", "Event"]
    seizure = by_id["operation-neptune-seizure"]
    assert (seizure["@type"], seizure["bullet"], seizure["operation"]) == (
        "Accomplishment", 3, "operation-neptune",
    )  # fmt: skip
    assert seizure["period"] == "2013-09-19/2013-09-26"
    assert seizure["periodInferred"].startswith("The text gives the month and days but no year.")
    assert by_id["drug-transit"]["citation"] == ["citation/118-224", "citation/225-408"]
    designation = by_id["designation/us-treasury/drug%20kingpins"]
    assert (designation["@type"], designation["by"], designation["designees"]) == (
        "Designation", "us-treasury", "kingpins-designated",
    )  # fmt: skip


def test_a_disagreeing_figure_is_rated_0() -> None:
    """A stated decrease of 6.5 percent is reviewed as disagreeing, with the same computed value."""
    wrong = attrs.evolve(hb.HOMICIDE_RATE_DECREASE, low=Decimal("6.5"), high=Decimal("6.5"))
    doc = hb.to_jsonld(replace_everywhere(hb.BRIEF, hb.HOMICIDE_RATE_DECREASE, wrong))
    review = nodes(doc)["homicide-rate-decrease-2012-2013/review"]
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 0,
        "bestRating": 1,
        "worstRating": 0,
        "alternateName": "Disagrees at the precision stated",
    }
    assert (review["computedValue"], review["roundedValue"], review["statedValue"]) == (
        "-6.432748538011695906432748538", "-6.4", "-6.5",
    )  # fmt: skip
    assert review["reviewBody"].endswith(
        "which disagrees with the stated 6.4 percent decrease (-6.5)."
    )


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"derived_from": ("homicide-rate-2012",)}, id="one-source"),
        pytest.param({"derived_from": ("homicide-rate-2012", "people-trained-by-the-united-states")}, id="inexact-source"),
        pytest.param({"derived_from": ("homicide-rate-2012", "atlantis")}, id="unknown-source"),
        pytest.param({"citation": None}, id="no-citation"),
    ],
)  # fmt: skip
def test_a_figure_that_cannot_be_checked_has_no_review(changes: dict[str, object]) -> None:
    """No review where the figures are not two exact ones of the brief, or the words cannot be read."""
    changed = attrs.evolve(hb.HOMICIDE_RATE_DECREASE, **changes)
    doc = hb.to_jsonld(replace_everywhere(hb.BRIEF, hb.HOMICIDE_RATE_DECREASE, changed))
    assert [n for n in doc["@graph"] if n["@type"] == "ClaimReview"] == []  # type: ignore[union-attr]


def test_a_figure_without_direction_words_or_a_citation() -> None:
    """A figure whose words say no rise or fall has no review; one with no citation, no quotes."""
    rate = hb.HOMICIDE_RATE_2013
    derived = attrs.evolve(
        rate, derived_from=("homicide-rate-2012", "homicide-rate-decrease-2012-2013")
    )
    doc = hb.to_jsonld(replace_everywhere(hb.BRIEF, rate, derived))
    reviewed = [n["figure"] for n in doc["@graph"] if n["@type"] == "ClaimReview"]  # type: ignore[index]
    assert reviewed == ["homicide-rate-decrease-2012-2013"]
    uncited = attrs.evolve(hb.HOMICIDE_RATE_DECREASE, citation=None)
    node = nodes(hb.to_jsonld(replace_everywhere(hb.BRIEF, hb.HOMICIDE_RATE_DECREASE, uncited)))
    assert "citation" not in node["homicide-rate-decrease-2012-2013"]
    assert "span" not in node["homicide-rate-decrease-2012-2013"]


def test_without_public_domain_there_is_no_licence() -> None:
    """A source not said to be in the public domain gets no schema:license."""
    for public_domain in (False, None):
        page = attrs.evolve(pages.PAGE, public_domain=public_domain, rights="All rights reserved.")
        node = nodes(hb.to_jsonld(pages.brief(page)))["source"]
        assert "license" not in node
        assert node["copyrightNotice"] == "All rights reserved."
    node = nodes(hb.to_jsonld(pages.brief(attrs.evolve(pages.PAGE, public_domain=True))))["source"]
    assert node["license"] == "https://creativecommons.org/publicdomain/mark/1.0/"


# --- Another page: its own namespace, its own text, what it says of itself ---------------


@pytest.fixture(scope="module")
def other() -> dict[str, object]:
    """A brief of the Gettysburg Address's opening as JSON-LD."""
    return hb.to_jsonld(pages.brief())


def test_another_page_has_a_namespace_of_its_own(other: dict[str, object]) -> None:
    """Its ids are relative to a base named by its text's digest, never the shipped page's."""
    context = other["@context"]
    assert isinstance(context, dict)
    key = pages.PAGE.key.removeprefix("sha256:")
    assert context["@base"] == f"{BASE}sha256-{key}/" == hb.namespace(pages.PAGE)
    assert hb.namespace(hb.SOURCE) == BASE
    ours, shipped = (
        {line.split(" ")[0] for line in quads(d).splitlines() if line.startswith(f"<{BASE}")}
        for d in (other, hb.to_jsonld())
    )
    assert f"<{BASE}sha256-{key}/our-fathers>" in ours
    assert ours.isdisjoint(shipped)


def test_two_briefs_with_the_same_ids_never_share_an_iri() -> None:
    """A sister page with a record 'inl' of its own: the two 'inl' IRIs differ."""
    text = "The Bureau of International Narcotics and Law Enforcement Affairs works in Guatemala."
    page = hb.Source(text=text, title="A sister page")
    inl = hb.Actor(
        id="inl",
        name="Bureau of International Narcotics and Law Enforcement Affairs",
        kind=hb.ActorKind.US_GOVERNMENT,
        mentions=(page.cite("Bureau of International Narcotics and Law Enforcement Affairs"),),
    )
    sister = hb.Brief(
        source=page,
        challenges=(),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(inl,),
        places=(),
    )
    subjects = {
        line.split(" ")[0]
        for line in quads(hb.to_jsonld(sister)).splitlines()
        if "schema:name" in line or "name>" in line
    }
    assert f"<{hb.namespace(page)}inl>" in subjects
    assert f"<{BASE}inl>" not in subjects


def test_another_page_is_described_by_what_it_says_of_itself(other: dict[str, object]) -> None:
    """No publisher, bureau, country or address invented: the page node has the title, years, digest."""
    page = nodes(other)["source"]
    assert set(page) == {"@id", "@type", "name", "temporalCoverage", "inLanguage", "encoding"}
    assert (page["name"], page["temporalCoverage"]) == (
        "Gettysburg Address (Bliss copy)",
        "1863/1863",
    )
    assert page["encoding"]["sha256"] == pages.PAGE.sha256
    named = attrs.evolve(pages.PAGE, url="https://example.org/g", publisher="A Press", years=())
    page = nodes(hb.to_jsonld(pages.brief(named)))["https://example.org/g"]
    assert page["publisher"] == {"@type": "Organization", "name": "A Press"}
    assert "temporalCoverage" not in page


def test_another_page_s_annotations_select_its_own_words(other: dict[str, object]) -> None:
    """Quote and position selectors read the page's own text; no section where it has none."""
    by_id = nodes(other)
    mention = pages.brief().actors[0].mentions[0]
    node = by_id[f"citation/{mention.start}-{mention.end}"]
    assert "section" not in node
    assert node["target"]["source"] == "source"
    quote, position = node["target"]["selector"]
    assert quote["exact"] == "our fathers"
    assert quote["prefix"] == pages.TEXT[: mention.start]
    assert (position["start"], position["end"]) == (mention.start, mention.end)
    expanded = jsonld.expand(other, {"documentLoader": refuse})
    ids = {n["@id"] for n in expanded if "@id" in n}
    assert f"{hb.namespace(pages.PAGE)}source" in ids


def test_the_same_brief_gives_the_same_document(doc: dict[str, object]) -> None:
    """The document is plain JSON, and the same for the same brief."""
    assert json.dumps(hb.to_jsonld(hb.BRIEF)) == json.dumps(doc)


def test_refuses_what_is_not_a_brief() -> None:
    """Anything but a Brief is refused with an error naming 'brief'."""
    with pytest.raises(TypeError, match=r"^'brief' must be a Brief, got 'x' of type str$"):
        hb.to_jsonld("x")  # type: ignore[arg-type]


def test_the_command_line_exports_json_ld(doc: dict[str, object], tmp_path: Path) -> None:
    """`export --format jsonld` prints the document, or writes it with -o."""
    done = run("export", "--format", "jsonld")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == doc
    assert done.stdout == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    target = tmp_path / "brief.jsonld"
    assert run("export", "--format", "jsonld", "-o", str(target)).stdout == ""
    assert target.read_text(encoding="utf-8") == done.stdout
