"""search(): any word, stemmed, ranked by BM25F, each hit with its own snippet."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import honduras_brief as hb
from honduras_brief import BRIEF, Statement, search
from honduras_brief import content as c
from honduras_brief._search import stem

QUERIES = (
    "cachiros",
    "Los Cachiros",
    "pivotal",
    "largest dto",
    "possible",
    "Violence Observatory",
    "homicide rate will fall",
    "judges dismissed",
    "operation neptune",
    "vetted units",
    "U.S.",
    "the",
    "remain highest",
)


@pytest.mark.parametrize(
    ("query", "first", "where"),
    [
        ("Los Cachiros", "los-cachiros", "name"),  # exact: the name, which is also the id's words
        ("los-cachiros", "los-cachiros", "name"),
        ("HNP", "honduran-national-police", "alias"),  # an acronym
        ("U.S. Treasury", "us-treasury", "alias"),
        ("cachiros", "los-cachiros", "name"),  # a name that holds the word
        ("judges dismissed", "judges-dismissed", "id"),  # exact, though others hold both words
        ("HONDURÁN national", "honduran-national-police", "name"),  # case and accents aside
        ("Violence Observatory", "violence-observatory", "name"),
    ],
)
def test_the_best_hit_comes_first(query: str, first: str, where: str) -> None:
    """The strongest match ranks first, and says where it matched."""
    hit = search(query)[0]
    assert (hit.record.id, hit.where) == (first, where)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("homicide rate will fall", "homicide-rate-could-fall-to-80-in-2013"),
        ("homicide rate falling", "homicide-rate-could-fall-to-80-in-2013"),
        ("extortion", "gangs-conduct-other-illicit-activities"),  # the clause before the challenge
        ("polygraphs disclosures", "financial-disclosures-and-polygraphs-are-vetting"),
        ("remain highest", "homicide-rate-will-likely-remain-the-highest"),  # both words
        ("largest dto", "los-cachiros-is-the-largest-dto"),
    ],
)
def test_the_statement_that_says_it_comes_first(query: str, first: str) -> None:
    """A statement holding the query's rarer words ranks above those holding its common ones."""
    assert search(query)[0].record.id == first


def test_homicide_rate_will_fall_finds_could_fall_first() -> None:
    """'will' says only tense: 'homicide rate will fall' finds the 'could fall' statement first."""
    hits = search("homicide rate will fall")
    assert hits[0].record is BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013")
    assert type(hits[0].record) is Statement
    assert hits[0].where in {"sentence", "quote", "id"}
    remain = [h.record.id for h in hits].index("homicide-rate-will-likely-remain-the-highest")
    assert remain > 0


def test_violence_observatory_finds_everything_it_is_the_source_of() -> None:
    """Every statement whose source is the Observatory is a hit for its name."""
    found = {h.record.id for h in search("Violence Observatory")}
    said = {s.id for s in BRIEF.statements if s.according_to == c.VIOLENCE_OBSERVATORY}
    assert len(said) == 5
    assert said <= found
    assert {h.record.id for h in search("observatory")} >= said


def test_any_word_may_match() -> None:
    """A hit need not hold every word; a word no record holds changes nothing."""
    both = search("remain highest")
    ids = [h.record.id for h in both]
    assert "homicide-rate-was-the-highest-in-the-world" in ids  # "highest" only
    assert "homicide-rate-will-likely-remain-the-highest" in ids
    assert search("homicide atlantis") == search("homicide")
    assert search("Atlantis") == ()


@pytest.mark.parametrize(
    ("forms", "term"),
    [
        (("falls", "fall", "falling"), "fall"),
        (("planned", "plans", "plan", "planning"), "plan"),
        (("vetted", "vetting"), "vet"),
        (("estimate", "estimates", "estimated"), "estimat"),
        (("designation", "designated", "designate", "designations"), "designat"),
        (("countries", "country"), "country"),
        (("supplied", "supply"), "supply"),
        (("processes", "process"), "process"),
        (("status",), "status"),
        (("analysis",), "analysis"),
        (("united",), "united"),  # not "unit"
        (("nation",), "nation"),
        (("sing",), "sing"),
        (("gps",), "gps"),
        (("85.5",), "85.5"),
        (("2013",), "2013"),
    ],
)
def test_stem_gives_one_term_for_a_words_forms(forms: tuple[str, ...], term: str) -> None:
    """The suffix rules take each form of a word to one term, and leave short words and figures."""
    assert [stem(f) for f in forms] == [term] * len(forms)


def test_a_query_matches_every_form_of_its_words() -> None:
    """'falls', 'fall' and 'falling' find the same records in the same order."""
    ranked = [[h.record.id for h in search(q)] for q in ("falls", "fall", "falling")]
    assert ranked[0] == ranked[1] == ranked[2]
    assert "homicide-rate-could-fall-to-80-in-2013" in ranked[0]


def test_common_words_are_dropped_unless_they_are_all_there_is() -> None:
    """'the' and 'of' do not rank a query's hits; a query of them alone still finds them."""
    assert search("the cachiros of") == search("cachiros")
    assert search("does these cachiros") == search("cachiros")  # stop words, though stemmed
    assert len(search("the")) > 50


def test_the_index_holds_hedges() -> None:
    """A statement is found by its factuality's words and its quote's hedges."""
    assert {h.record.id for h in search("possible")} == {
        "homicide-rate-could-fall-to-80-in-2013",
        "homicide-rate-could-decrease-by-6-4-percent",
    }
    assert search("possible")[0].where == "hedge"
    assert {h.record.id for h in search("probable")} == {
        "homicide-rate-will-likely-remain-the-highest",
        "gangs-not-part-of-the-logistics-chain",  # "probable not"
    }
    assert "gangs-not-part-of-the-logistics-chain" in {h.record.id for h in search("appear")}


def test_the_index_holds_sources() -> None:
    """A statement is found by its source's acronym, where nothing else of it says it."""
    source = hb.Actor(
        id="zeta-institute", name="Zeta Institute", kind=hb.ActorKind.ACADEMIC, acronym="ZQI"
    )
    could = BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013", kind=Statement)
    said = attrs.evolve(could, according_to=source)
    challenge = attrs.evolve(c.CHALLENGES[0], statements=(said,))
    small = attrs.evolve(BRIEF, challenges=(challenge,), goals=(), accomplishments=())
    (hit,) = search("ZQI", small)
    assert (hit.record, hit.where, hit.snippet) == (said, "source", "ZQI")


def test_vocabulary_matches_a_term() -> None:
    """A record matches by the words of a term it holds, and says so."""
    hits = [(h.record.id, h.where, h.snippet) for h in search("extortion")]
    assert ("gangs", "vocabulary", "extortion") in hits


@pytest.mark.parametrize("query", QUERIES)
def test_no_two_hits_show_the_same_snippet(query: str) -> None:
    """Each hit of a search shows words of its own."""
    snippets = [h.snippet for h in search(query)]
    assert len(snippets) == len(set(snippets))
    assert all(type(s) is str and s for s in snippets)


def test_a_statement_sharing_a_clause_shows_its_own_words() -> None:
    """Statements on one clause show their sentence, not the clause twice."""
    hits = search("cachiros")
    belonged = [h for h in hits if h.record.id.endswith("-belonged-to-los-cachiros")]
    assert len(belonged) == 4
    assert len({h.snippet for h in belonged}) == 4


def test_records_alike_in_every_word_are_told_apart_by_their_ids() -> None:
    """When every other snippet of a hit is taken, its sentence, then its id, is shown."""
    one = BRIEF.lookup("honduras-suffers-from-violence", kind=Statement)
    copies = tuple(attrs.evolve(one, id=f"honduras-suffers-from-violence-{n}") for n in range(5))
    challenge = attrs.evolve(c.CHALLENGES[0], statements=(one, *copies))
    small = attrs.evolve(
        BRIEF, challenges=(challenge,), goals=(), accomplishments=(), operations=()
    )
    hits = search("suffers", small)
    assert [h.record for h in hits] == [one, *copies]
    shown = {h.snippet for h in hits}
    assert len(shown) == 6
    assert {str(one), one.citation.quote} <= shown  # the clause once, the sentence once
    assert (hits[-1].where, hits[-1].snippet) == ("id", "honduras-suffers-from-violence-4")


def test_a_hit_without_a_sentence_shows_more_context_then_its_name() -> None:
    """A record whose matched words another hit shows gets more of them, then its name."""
    neptune = attrs.evolve(c.OPERATION_NEPTUNE, travellers=None)
    twin = attrs.evolve(neptune, id="operation-neptune-twin", name="Operation Neptune, again")
    small = attrs.evolve(
        BRIEF,
        challenges=(),
        goals=(),
        accomplishments=(),
        operations=(neptune, twin),
    )
    hits = search("pivotal", small)
    assert [(h.record.id, h.where) for h in hits] == [
        ("operation-neptune", "quote"),
        ("operation-neptune-twin", "quote"),  # the same quote, with more context
    ]
    assert len(hits[1].snippet) > len(hits[0].snippet)
    many = attrs.evolve(
        small,
        operations=tuple(
            attrs.evolve(neptune, id=f"operation-{i}", name=f"Operation {i}") for i in range(12)
        ),
    )
    shown = [(h.where, h.snippet) for h in search("pivotal", many)]
    assert ("name", "Operation 11") in shown
    assert len({s for _, s in shown}) == 12


def test_scores_are_floats_in_rank_order_and_exact_matches_lead() -> None:
    """Scores are BM25F floats, highest first; an exact match scores above all others."""
    for query in QUERIES:
        scores = [h.score for h in search(query)]
        assert all(type(s) is float for s in scores)
        assert scores == sorted(scores, reverse=True)
    exact, second, *_ = search("Los Cachiros")
    assert exact.record is c.LOS_CACHIROS
    assert exact.score > 2 * second.score
    judges = search("judges dismissed")
    assert judges[0].score > 2 * judges[1].score


def test_search_takes_any_brief() -> None:
    """The brief searched is BRIEF by default, or the one given; each has its own index."""
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
    others = [
        attrs.evolve(small, actors=(attrs.evolve(c.LOS_CACHIROS, id=f"x-{i}"),)) for i in range(6)
    ]
    assert [search("cachiros", b)[0].record.id for b in others] == [f"x-{i}" for i in range(6)]
    assert [h.record for h in search("cachiros", small)] == [c.LOS_CACHIROS]


@pytest.mark.parametrize(
    ("query", "brief", "error", "message"),
    [
        ("", None, ValueError, "'query' must have words in it, got ''"),
        ("   ", None, ValueError, "'query' must have words in it"),
        ("...", None, ValueError, "'query' must have words in it"),
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


def test_words_that_fold_longer_are_found_in_place() -> None:
    """A character that folds to two ("ﬁ") keeps the snippet on the original words."""
    small = _one_place_brief()
    (place,) = small.places
    (hit,) = search("paraiso", small)
    assert (hit.where, hit.snippet) == ("name", "The ﬁnca El Paraíso")
    assert search("FINCA", small)[0].record is place


@pytest.mark.parametrize("query", ["cachiros", "80 per", "sinaloa", "supreme court", "remain"])
def test_a_snippet_is_cut_between_words(query: str) -> None:
    """A snippet starts and ends on a word's edge, so no word or figure is shown cut."""
    for hit in hb.search(query):
        shown = hit.snippet.removeprefix("\u2026").removesuffix("\u2026")
        at = hb.SOURCE_TEXT.find(shown)
        if at < 0:  # a name, an id or a sentence, not a quote
            continue
        before = hb.SOURCE_TEXT[at - 1 : at]
        after = hb.SOURCE_TEXT[at + len(shown) : at + len(shown) + 1]
        assert not before.isalnum() and not after.isalnum(), (hit.record.id, hit.snippet)


def _walked(value: object) -> Iterator[object]:
    # The walk _parts stands for: every value, depth first, not into an actor or a place.
    if isinstance(value, hb.Actor | hb.Place):
        return
    yield value
    if isinstance(value, tuple):
        for item in value:
            yield from _walked(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walked(getattr(value, field.name))


def test_parts_are_the_citations_and_terms_of_the_walk() -> None:
    """_parts, remembering each record's, gives what the whole walk gives, in its order."""
    from honduras_brief._search import _parts

    memo: dict[int, list[object]] = {}
    for record in [*hb.BRIEF, hb.BRIEF]:
        for _ in range(2):  # the second time from the memo
            walked = [v for v in _walked(record) if isinstance(v, hb.Citation | enum.Enum)]
            assert [id(v) for v in _parts(record, memo)] == [id(v) for v in walked]


@given(st.text(alphabet="abcAB é’',.-1 0\u2028ﬁİß\u0301", max_size=40))
@example("The ﬁnca El Paraíso, U.S. 100,000 and Cachiros’ 85.5")
@example("İstanbul Straße")  # İ casefolds to two characters, ß to "ss"
def test_terms_are_the_terms_of_the_tokens(words: str) -> None:
    """_terms gives the terms of _tokens, in order, without their places."""
    from honduras_brief._search import _terms, _tokens

    assert _terms(words) == tuple(term for _, _, term in _tokens(words))


def test_the_index_counts_what_the_tokens_give() -> None:
    """Each field counts the terms of its words' tokens; holding counts the documents of each."""
    from honduras_brief._search import _read, _tokens

    for brief in (BRIEF, _one_place_brief()):
        index = _read(brief)
        holding: Counter[str] = Counter()
        for record, document in index.documents:
            for field in document.values():
                terms = [term for words in field.values for _, _, term in _tokens(words)]
                assert (field.counts, field.length) == (Counter(terms), len(terms))
            holding.update({t for field in document.values() for t in field.counts})
            if isinstance(record, Statement):
                assert document["sentence"].values == (str(record),)
        assert index.holding == holding


def _one_place_brief() -> hb.Brief:
    place = attrs.evolve(
        c.HONDURAS, id="finca", name="The ﬁnca El Paraíso", aliases=(), mentions=()
    )
    return attrs.evolve(
        BRIEF,
        challenges=(),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(),
        places=(place,),
    )


def test_a_statement_hit_shows_the_sentence_the_index_wrote() -> None:
    """Where a statement's snippet is its sentence, it is the statement's str()."""
    shown = [hit for query in QUERIES for hit in search(query) if hit.where == "sentence"]
    assert shown
    for hit in shown:
        assert hit.snippet == str(hit.record) or hit.snippet.strip("\u2026") in str(hit.record)
