"""search(): ranked hits across names, aliases, quotes and vocabulary, with what matched."""

from __future__ import annotations

import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, search
from honduras_brief import content as c


@pytest.mark.parametrize(
    ("query", "first", "where"),
    [
        ("Los Cachiros", "los-cachiros", "id"),  # exact: the id's words
        ("HNP", "honduran-national-police", "alias"),  # an acronym
        ("U.S. Treasury", "us-treasury", "alias"),
        ("cachiros", "los-cachiros", "name"),  # a name that holds the word
        ("extortion", "gangs-conduct-other-illicit-activities", "quote"),  # the clause first
        ("pivotal", "inl-advisor-assisted-the-hondurans", "quote"),
        ("HONDURÁN national", "honduran-national-police", "name"),  # case and accents aside
        ("polygraphs disclosures", "financial-disclosures-and-polygraphs-are-vetting", "quote"),
    ],
)
def test_the_best_hit_comes_first(query: str, first: str, where: str) -> None:
    """The strongest match ranks first, and says where it matched."""
    hit = search(query)[0]
    assert (hit.record.id, hit.where) == (first, where)


def test_every_word_must_match_and_hits_say_what_matched() -> None:
    """A hit holds every word of the query; its snippet shows them in their context."""
    hits = search("remain highest")
    assert [h.record.id for h in hits] == [
        "homicide-rate-was-the-highest-in-the-world",
        "homicide-rate-will-likely-remain-the-highest",
        "violence-and-homicide",
        "homicide-rate-2012",
        "homicide-rate-2013",
        "homicide-rate-decrease-2012-2013",
    ]
    assert all("remain" in h.snippet for h in hits)
    assert hits[0].snippet.startswith("\u2026")  # cut at the start: a long quote
    assert search("Atlantis") == ()


def test_vocabulary_matches_a_term_that_no_quote_of_the_record_holds() -> None:
    """A record matches by the words of a term it holds."""
    vocabulary = [h for h in search("bank accounts") if h.where == "vocabulary"]
    assert [h.record.id for h in vocabulary] == []  # the quotes hold the words too
    (hit,) = [
        h
        for h in search("formal-part-of")
        if h.record.id == "gangs-not-part-of-the-logistics-chain"
    ]
    assert (hit.where, hit.snippet) == ("vocabulary", "formal-part-of")


def test_scores_order_exact_names_quotes_and_ids() -> None:
    """An exact name scores above a name, an alias, a quote, a term and an id that hold the words."""
    assert search("Los Cachiros")[0].score == 100
    assert {h.where: h.score for h in search("cachiros")} == {"name": 50, "quote": 30}
    assert [(h.record.id, h.where, h.score) for h in search("largest dto")] == [
        ("los-cachiros-is-the-largest-dto", "id", 10)  # "dto" is only in the id
    ]


def test_search_takes_any_brief() -> None:
    """The brief searched is BRIEF by default, or the one given."""
    small = hb.Brief(
        source=c.SOURCE,
        challenges=(),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(c.LOS_CACHIROS,),
        places=(),
    )
    assert [h.record for h in search("cachiros", small)] == [c.LOS_CACHIROS]
    assert search("cachiros", BRIEF) == search("cachiros")


@pytest.mark.parametrize(
    ("query", "brief", "error", "message"),
    [
        ("", None, ValueError, "'query' must have words in it, got ''"),
        ("   ", None, ValueError, "'query' must have words in it"),
        (None, None, TypeError, "'query' must be a str, got None"),
        ("gangs", "BRIEF", TypeError, "'brief' must be a Brief, got 'BRIEF'"),
    ],
)
def test_bad_queries_are_refused(
    query: object, brief: object, error: type[Exception], message: str
) -> None:
    """An empty query would match everything: it is refused, as is anything but a str."""
    with pytest.raises(error, match=message):
        search(query, brief)  # type: ignore[arg-type]


def test_a_record_matches_in_its_own_quotes_not_those_of_the_actors_it_names() -> None:
    """'HNP' stands in the text, but not in the goal that names the Honduran National Police."""
    ids = {hit.record.id for hit in hb.search("hnp")}
    assert "honduran-national-police" in ids  # its alias
    assert "police-internal-controls" in ids  # its own quote says "the HNP"
    assert "police-professionalization" not in ids  # says "Honduran National Police"
    assert "operation-neptune" not in ids


@pytest.mark.parametrize("query", ["cachiros", "80 per", "sinaloa", "supreme court", "remain"])
def test_a_snippet_is_cut_between_words(query: str) -> None:
    """A snippet starts and ends on a word's edge, so no word or figure is shown cut."""
    for hit in hb.search(query):
        shown = hit.snippet.removeprefix("\u2026").removesuffix("\u2026")
        at = hb.SOURCE_TEXT.find(shown)
        if at < 0:  # a name or an id, not a quote
            continue
        before = hb.SOURCE_TEXT[at - 1 : at]
        after = hb.SOURCE_TEXT[at + len(shown) : at + len(shown) + 1]
        assert not before.isalnum() and not after.isalnum(), (hit.record.id, hit.snippet)
