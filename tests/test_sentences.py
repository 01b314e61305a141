"""Statements as English sentences, held to their own words."""

from __future__ import annotations

import re

import attrs
import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, Factuality, Scope, Statement, Tense
from honduras_brief import _english as en
from honduras_brief import content as c
from honduras_brief._sentences import heads, sentence

STATEMENTS = BRIEF.statements
_HEDGES = {
    Factuality.POSSIBLE: ("could", "may", "might"),
    Factuality.PROBABLE: ("likely", "probably"),
    Factuality.PROBABLE_NOT: ("appear to", "unlikely", "probably"),
    Factuality.CERTAIN_NOT: ("not", "never"),
    Factuality.POSSIBLE_NOT: ("may not", "could not", "might not"),
    Factuality.UNDERSPECIFIED: ("may or may not",),
}


def statement_params() -> list[object]:
    """Every statement of the brief as a pytest param named by its id."""
    return [pytest.param(s, id=s.id) for s in STATEMENTS]


def _lemma(statement: Statement) -> str:
    match = re.search(r"\{v:(\w+)\}", statement.predicate.frame)
    assert match is not None, statement.predicate
    return match[1]


@pytest.mark.parametrize("statement", statement_params())
def test_a_statement_is_one_sentence(statement: Statement) -> None:
    """str() is one sentence: a capital, a full stop, no brackets or semicolons, single spaces."""
    text = str(statement)
    assert text == sentence(statement)
    assert text[0].isupper() and text.endswith("."), text
    assert not set(text) & set("[]();"), text
    assert "  " not in text and " ," not in text and ",," not in text, text
    assert text.count(". ") == 0 or "U.S. " in text or "St. " in text, text


@pytest.mark.parametrize("statement", statement_params())
def test_a_sentence_keeps_its_figures_hedges_grades_and_source(statement: Statement) -> None:
    """Each figure's words, the text's hedge, every grading word and a named source stand in it."""
    text = str(statement)
    for figure in statement.objects:
        if isinstance(figure, hb.Quantity):
            # A figure that names its subject by a pronoun ("A number of these
            # units") names it by its name instead.
            words = figure.text
            for alias in getattr(statement.subject, "aliases", ()):
                words = words.removesuffix(" " + alias)
            assert words in text, (figure.text, text)
    for grade in statement.grading:
        assert grade.value in text.lower(), (grade.value, text)
    if statement.factuality is not Factuality.CERTAIN:
        said = [h for h in _HEDGES[statement.factuality] if h in statement.citation.quote]
        assert said, statement.citation.quote
        assert any(h in text for h in said), (said, text)
    else:
        for hedge in ("could", "likely", "appear", "probably", "may "):
            assert hedge not in text.lower(), (hedge, text)
    if statement.reported_by is not None and statement.according_to != statement.subject:
        source = statement.according_to.name
        assert text.startswith(("According to ", f"The {source} ", f"{source} ")), text
    if statement.period is not None and statement.period.citation is not None:
        assert statement.period.citation.quote in text, text
    if statement.place is not None:
        assert f"in {statement.place.name}" in text or f"in the {statement.place.name}" in text


@pytest.mark.parametrize("statement", statement_params())
def test_an_open_list_reads_as_open(statement: Statement) -> None:
    """A list of examples says so: "such as", "including", "other", or a verb that says it."""
    if statement.scope is not Scope.EXAMPLES:
        return
    text = str(statement)
    markers = ("such as", "including", "for example", "other ", "among others", " include")
    assert any(m in text for m in markers), text


@pytest.mark.parametrize("statement", statement_params())
def test_the_tense_is_the_text_s(statement: Statement) -> None:
    """Where the quote uses the predicate's verb in one tense only, the statement has that tense."""
    lemma = _lemma(statement)
    if lemma == "be":
        return
    quote = statement.citation.quote.lower()
    # The base form is an infinitive or a noun as often as a verb ("to
    # remove", "provided support"): only the -s form and the past tell.
    used_present = re.search(rf"\b{en.third_person(lemma)}\b", quote) is not None
    used_past = re.search(rf"\b{en.past(lemma)}\b", quote) is not None
    if used_past and not used_present:
        assert statement.tense is Tense.PAST, statement.id
    if used_present and not used_past and " will " not in quote:
        assert statement.tense is Tense.PRESENT, statement.id


@pytest.mark.parametrize(
    ("ident", "expected"),
    [
        (
            "subsequent-flights-head-north",
            "Subsequent flights head north.",
        ),
        (
            "transnational-gangs-contribute-to-violence",
            "Transnational gangs contribute to violence and trafficking in Honduras.",
        ),
        (
            "honduras-is-a-major-transit-country-for-cocaine",
            "Honduras is a major transit country for cocaine.",
        ),
        (
            "homicide-rate-was-85-5-in-2012",
            (
                "According to the Violence Observatory, the homicide rate in Honduras was "
                "85.5 per 100,000 in 2012."
            ),
        ),
        (
            "homicide-rate-could-fall-to-80-in-2013",
            (
                "According to the Violence Observatory, the homicide rate in Honduras could "
                "fall to 80 per 100,000 for 2013."
            ),
        ),
        (
            "los-cachiros-is-the-largest-dto",
            "Los Cachiros is the largest drug trafficking organization in Honduras.",
        ),
        (
            "cocaine-flow-transited-the-central-american-corridor",
            (
                "The United States Government estimates that more than 80 percent of the primary "
                "flow of the cocaine first transited through the Central American corridor in 2012."
            ),
        ),
        (
            "honduran-government-aims-to-reduce-the-narcotics-flow",
            "The Government of Honduras aims to reduce the flow of illicit narcotics.",
        ),
        (
            "gangs-conduct-other-illicit-activities",
            (
                "Transnational gangs conduct illicit activities such as extortion, "
                "kidnapping, and human trafficking."
            ),
        ),
        (
            "inl-trains-and-assists-police-officers",
            (
                "The Bureau of International Narcotics and Law Enforcement Affairs provides "
                "training and assistance to officers throughout the Honduran National Police."
            ),
        ),
        (
            "united-states-trained-police-prosecutors-and-judges",
            (
                "The United States Government provided training for more than 1,200 police, "
                "prosecutors, and judges on a variety of topics."
            ),
        ),
        (
            "colombia-trained-honduran-staff",
            (
                "Colombia trained staff of the HNP, the Public Ministry, and the Supreme Court in "
                "a variety of skills as part of U.S.-Colombian cooperation."
            ),
        ),
        (
            "supreme-court-suspended-judges",
            (
                "The Supreme Court suspended 16 judges by mid-year after a review of the work "
                "performed by all judges."
            ),
        ),
        (
            "some-vetted-units-received-us-supported-training",
            "A number of the units and task forces received training.",
        ),
        (
            "honduran-government-seized-assets-in-operation-neptune",
            (
                "The Government of Honduras seized between $500 and $800 million worth of assets, "
                "including properties, vehicles, bank accounts, and businesses, during Operation "
                "Neptune on September 19-26."
            ),
        ),
        (
            "operation-neptune-was-coordinated-with-a-designation",
            (
                "Operation Neptune was coordinated with the U.S. Treasury designation of seven "
                "individuals as drug kingpins."
            ),
        ),
        (
            "inl-advisor-facilitated-travel",
            "An INL advisor was pivotal in facilitating the travel of more than 200 participants.",
        ),
    ],
)
def test_sentences_the_issue_named(ident: str, expected: str) -> None:
    """The sentences a reader found wrong before read as the text does now."""
    assert str(BRIEF.lookup(ident)) == expected


def test_nested_sources_are_held() -> None:
    """INL reports what the Observatory says; what INL says itself, nobody reports."""
    rate = BRIEF.lookup("homicide-rate-could-fall-to-80-in-2013", kind=Statement)
    assert (rate.according_to, rate.reported_by) == (c.VIOLENCE_OBSERVATORY, c.INL)
    own = BRIEF.lookup("inl-trains-and-assists-police-officers", kind=Statement)
    assert (own.according_to, own.reported_by) == (c.INL, None)
    assert all((s.reported_by is None) == (s.according_to is c.INL) for s in STATEMENTS)


def test_tense_defaults_to_the_predicate_s_and_is_kept_where_the_text_changes_it() -> None:
    """'We provide' is present, 'the United States provided' past: one predicate, two tenses."""
    ours = BRIEF.lookup("inl-trains-and-assists-police-officers", kind=Statement)
    theirs = BRIEF.lookup("united-states-trained-police-prosecutors-and-judges", kind=Statement)
    assert ours.predicate is theirs.predicate is hb.Predicate.PROVIDES
    assert (ours.tense, theirs.tense) == (Tense.PRESENT, Tense.PAST)
    assert hb.Predicate.DISMISSED.tense is Tense.PAST
    assert attrs.evolve(ours, tense=Tense.FUTURE).tense is Tense.FUTURE
    with pytest.raises(TypeError, match="'tense' must be"):
        attrs.evolve(ours, tense="past")


def _said(words: str, factuality: Factuality, **changes: object) -> Statement:
    statement = Statement(
        id="user-statement",
        citation=hb.Citation.of(words),
        subject=c.HONDURAS,
        predicate=hb.Predicate.SUFFERS_FROM,
        objects=(hb.Activity.VIOLENCE,),
        according_to=c.INL,
        factuality=factuality,
    )
    return attrs.evolve(statement, **changes)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("factuality", "expected"),
    [
        (Factuality.CERTAIN, "Honduras suffers from violence."),
        (Factuality.POSSIBLE, "Honduras may suffer from violence."),
        (Factuality.PROBABLE, "Honduras will likely suffer from violence."),
        (Factuality.CERTAIN_NOT, "Honduras does not suffer from violence."),
        (Factuality.PROBABLE_NOT, "Honduras probably does not suffer from violence."),
        (Factuality.POSSIBLE_NOT, "Honduras may not suffer from violence."),
        (Factuality.UNDERSPECIFIED, "Honduras may or may not suffer from violence."),
    ],
)
def test_words_without_a_hedge_take_the_factuality_s_own(
    factuality: Factuality, expected: str
) -> None:
    """A statement whose words carry no hedge is written with its factuality's plain one."""
    assert str(_said("Honduras suffers from violence", factuality)) == expected


def test_a_user_s_statement_names_its_source_and_tense() -> None:
    """A statement another reports is attributed; the past and the future are kept."""
    reported = _said(
        "Honduras suffers from violence",
        Factuality.CERTAIN,
        according_to=c.VIOLENCE_OBSERVATORY,
        reported_by=c.INL,
        tense=Tense.PAST,
    )
    assert (
        str(reported) == "According to the Violence Observatory, Honduras suffered from violence."
    )
    future = _said("Honduras suffers from violence", Factuality.CERTAIN, tense=Tense.FUTURE)
    assert str(future) == "Honduras will suffer from violence."


def test_the_heads_of_an_open_list() -> None:
    """The class an open list gives examples of is the term before "such as" or "including"."""
    seized = BRIEF.lookup("honduran-government-seized-assets-in-operation-neptune", kind=Statement)
    assert heads(seized) == (hb.AssetKind.ASSETS,)
    assert (
        heads(BRIEF.lookup("transnational-gangs-include-ms-and-18th-street", kind=Statement)) == ()
    )
    assert heads(BRIEF.lookup("honduras-suffers-from-violence", kind=Statement)) == ()


@pytest.mark.parametrize(
    ("lemma", "tense", "plural", "expected"),
    [
        ("be", Tense.PRESENT, True, "are"),
        ("have", Tense.PAST, False, "had"),
        ("carry", Tense.PRESENT, False, "carries"),
        ("focus", Tense.PRESENT, False, "focuses"),
        ("stay", Tense.PRESENT, False, "stays"),
        ("stay", Tense.PAST, False, "stayed"),
        ("plan", Tense.PAST, True, "planned"),
        ("remain", Tense.FUTURE, True, "will remain"),
        ("take", Tense.PRESENT, True, "take"),
    ],
)
def test_verb_forms(lemma: str, tense: Tense, plural: bool, expected: str) -> None:
    """The verb agrees with its subject and takes its tense, irregular verbs included."""
    assert en.finite(lemma, tense, plural=plural) == expected


def test_the_little_grammar() -> None:
    """Articles, plurals, lists, gerunds and tidying, at their edges."""
    assert en.indefinite("HNP unit") == "an" and en.indefinite("GPS") == "a"
    assert en.indefinite("U.S. advisor") == "a"
    assert en.is_plural("analysis") is False and en.is_plural("") is False
    assert en.is_plural("weapons") is True and en.is_plural("Los Cachiros's") is False
    assert en.join(["a"]) == "a" and en.join([]) == ""
    assert en.gerund("see") == "seeing" and en.gerund("assist") == "assisting"
    assert en.agree("could", plural=False) == "could"
    assert en.agree("has been", plural=True) == "have been"
    assert en.tidy("") == "" and en.tidy("done?") == "Done?"


def test_a_figure_as_subject_and_an_open_list_without_a_marker() -> None:
    """A figure can be a subject; a list of examples the text does not mark ends 'among others'."""
    rate = c.HOMICIDE_RATE_2013
    s = Statement(
        id="user-figure",
        citation=rate.citation,
        subject=rate,
        predicate=hb.Predicate.IS_HIGHEST,
        objects=(),
        according_to=c.VIOLENCE_OBSERVATORY,
        reported_by=c.INL,
        grading=(hb.Grade.HIGHEST_IN_THE_WORLD,),
    )
    assert (
        str(s)
        == "According to the Violence Observatory, 80 per 100,000 is the highest in the world."
    )
    violence = BRIEF.lookup("honduras-suffers-from-violence", kind=Statement)
    assert str(attrs.evolve(violence, scope=Scope.EXAMPLES)) == (
        "Honduras suffers from violence, among others."
    )
    steps = BRIEF.lookup("ministry-of-security-took-steps", kind=Statement)
    assert str(attrs.evolve(steps, scope=Scope.COMPLETE)) == (
        "The Ministry of Security took steps that included, namely, an inventory and GPS in "
        "police cars."
    )


def test_a_period_after_no_preposition_takes_the_usual_one() -> None:
    """Words of a period with no preposition before them read 'in' a year, 'on' a day."""
    dismissed = BRIEF.lookup("supreme-court-suspended-judges", kind=Statement)
    period = attrs.evolve(dismissed.period, citation=hb.Citation.of("16", within="suspended 16"))
    assert str(attrs.evolve(dismissed, period=period)).endswith(
        " judges in 16 after a review of the work performed by all judges."
    )
    days = attrs.evolve(
        dismissed.period, citation=hb.Citation.of("judges", within="dismissed 57 judges")
    )
    assert " on judges " in str(attrs.evolve(dismissed, period=days))


def test_nouns_are_made_singular_where_the_text_counts_one() -> None:
    """'the largest drug trafficking organization': a plural name read in the singular."""
    from honduras_brief._sentences import _singular

    assert _singular("properties") == "property"
    assert _singular("drug trafficking organizations") == "drug trafficking organization"
    assert _singular("flow of the cocaine") == "flow of the cocaine"
    assert _singular("business") == "business"


# --- The patterns found without compiling them -------------------------------------------

from hypothesis import example, given  # noqa: E402 -- the tests of the finders below
from hypothesis import strategies as st  # noqa: E402

from honduras_brief import _sentences  # noqa: E402

# Letters that case or \w make tricky: "ı" and "ſ" match "i" and "s" under
# re.IGNORECASE, "İ" lowers to two characters, "K" (Kelvin) lowers to "k".
_LETTERS = st.sampled_from(list("aAiIsSkKtThHe -_.,\u00a0\u2019\u0131\u017f\u0130\u212a\u00e9xX1"))
_TEXTS = st.text(_LETTERS, max_size=24)
_WORDS = st.text(_LETTERS, min_size=0, max_size=5)


@given(_WORDS, _TEXTS)
@example("is", "This is")
@example("the", "ThE- the")
@example("s", "\u017f s")
@example("", "a")
def test_find_finds_what_its_pattern_finds(words: str, quote: str) -> None:
    """_find, by str.find where it can, finds the span the pattern it stands for finds."""
    pattern = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", quote, re.IGNORECASE)
    found = _sentences._find(words, quote)
    assert (None if found is None else (found.start(), found.end())) == (
        None if pattern is None else pattern.span()
    )


@given(_WORDS, _TEXTS)
@example("Hit", "in the hit")
@example("U.S.", "by the U.S.A.")
@example("U.S.", "by the U.S. and")
@example("K", "the \u212a")
@example("i", "the \u0131")
def test_has_the_finds_what_its_pattern_finds(name: str, text: str) -> None:
    """_has_the answers as the search for "the NAME" it stands for."""
    expected = re.search(rf"\bthe {re.escape(name)}\b", text, re.IGNORECASE) is not None
    assert _sentences._has_the(text, name) is expected


@given(_WORDS, st.lists(_WORDS, min_size=1, max_size=3), _TEXTS)
@example("a", ["kit"], "a  is the kit")
@example("a", ["the"], "A in the x")
@example("a", ["the k"], "a in the k")
@example("a", ["x", "s"], "a of  s")
@example("a", [" s"], "a of  s")
@example("\u0131", ["s"], "\u0131 of s")
def test_between_finds_what_its_pattern_finds(first: str, names: list[str], quote: str) -> None:
    """_between gives the word its pattern's group gives, or None where the pattern fails."""
    either = "|".join(re.escape(n) for n in names)
    pattern = rf"{re.escape(first)}\s+(\w+)\s+(?:the\s+)?(?:{either})\b"
    match = re.search(pattern, quote, re.IGNORECASE)
    assert _sentences._between(first, names, quote) == (None if match is None else match[1])
