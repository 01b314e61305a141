"""
The little English grammar that statements are written in.

Enough to write a sentence from a subject, a verb and its objects: the
verb's forms by tense and number, a or an, the number of a noun phrase,
and lists joined with commas and a conjunction. It knows English, not the
brief: nothing here names a word of the shipped page.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Final


class Tense(enum.Enum):
    """
    When the text puts what a statement says: its verb's tense.

    The text moves between them ("We provide training" against "the United
    States provided training"), and a sentence that retells it keeps them.
    """

    PRESENT = "present"
    PAST = "past"
    FUTURE = "future"


_IRREGULAR: Final = {
    # lemma: (third person singular present, plural present, past singular, past plural)
    "be": ("is", "are", "was", "were"),
    "have": ("has", "have", "had", "had"),
    "do": ("does", "do", "did", "did"),
    "take": ("takes", "take", "took", "took"),
    "run": ("runs", "run", "ran", "ran"),
    "give": ("gives", "give", "gave", "gave"),
    "make": ("makes", "make", "made", "made"),
    "fall": ("falls", "fall", "fell", "fell"),
    "lead": ("leads", "lead", "led", "led"),
    "go": ("goes", "go", "went", "went"),
    "send": ("sends", "send", "sent", "sent"),
    "say": ("says", "say", "said", "said"),
}
_DOUBLED: Final = frozenset({"plan", "ship", "stop", "drop", "commit", "admit"})
"""Verbs that double their last consonant before -ed and -ing ("planned")."""

_VOWEL_SOUND_LETTERS: Final = frozenset("AEFHILMNORSX")
"""Capitals whose names, spelled out in an initialism, start with a vowel sound."""


def third_person(lemma: str) -> str:
    """
    The verb's third person singular present: "is", "focuses", "carries".

    Examples:
        >>> third_person("focus"), third_person("carry"), third_person("head")
        ('focuses', 'carries', 'heads')
    """
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma][0]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def past(lemma: str, *, plural: bool = False) -> str:
    """
    The verb's simple past: "was", "planned", "carried", "seized".

    Examples:
        >>> past("plan"), past("carry"), past("seize"), past("be", plural=True)
        ('planned', 'carried', 'seized', 'were')
    """
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma][3 if plural else 2]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    if lemma in _DOUBLED:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def gerund(lemma: str) -> str:
    """
    The verb's -ing form: "assisting", "facilitating", "planning".

    Examples:
        >>> gerund("facilitate"), gerund("plan"), gerund("be")
        ('facilitating', 'planning', 'being')
    """
    if lemma.endswith("e") and lemma not in {"be", "see"}:
        return lemma[:-1] + "ing"
    if lemma in _DOUBLED:
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def finite(lemma: str, tense: Tense, *, plural: bool) -> str:
    """
    The verb as a clause's finite verb, agreeing with its subject.

    Examples:
        >>> finite("contribute", Tense.PRESENT, plural=True)
        'contribute'
        >>> finite("be", Tense.PAST, plural=False), finite("remain", Tense.FUTURE, plural=False)
        ('was', 'will remain')
    """
    if tense is Tense.FUTURE:
        return f"will {lemma}"
    if tense is Tense.PAST:
        return past(lemma, plural=plural)
    if plural:
        return _IRREGULAR[lemma][1] if lemma in _IRREGULAR else lemma
    return third_person(lemma)


def agree(words: str, *, plural: bool) -> str:
    """
    *words* with their first verb of support made to agree ("do not appear to").

    Only the auxiliaries change ("do", "does", "is", "are", "has", "have"),
    after any adverb before them; a modal ("could", "will") has one form.

    Examples:
        >>> agree("do not appear to", plural=False), agree("is likely to", plural=True)
        ('does not appear to', 'are likely to')
        >>> agree("probably do not", plural=False)
        'probably does not'
    """
    forms = {
        "do": ("does", "do"),
        "does": ("does", "do"),
        "is": ("is", "are"),
        "are": ("is", "are"),
        "has": ("has", "have"),
        "have": ("has", "have"),
    }
    tokens = words.split(" ")
    for index, token in enumerate(tokens):
        if token.lower() in forms:
            tokens[index] = forms[token.lower()][1 if plural else 0]
            break
    return " ".join(tokens)


def indefinite(words: str) -> str:
    """
    "a" or "an" before *words*, by how they sound.

    Examples:
        >>> indefinite("INL advisor"), indefinite("inventory"), indefinite("major country")
        ('an', 'an', 'a')
    """
    head = words.split(" ", 1)[0]
    if len(head) > 1 and head.isupper():  # an initialism, spelled out letter by letter
        return "an" if head[0] in _VOWEL_SOUND_LETTERS else "a"
    return "an" if head[:1].lower() in "aeiou" else "a"


_PREPOSITIONS: Final = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "with",
        "by",
        "through",
        "along",
        "during",
        "under",
        "over",
        "throughout",
    ]
)


def is_plural(words: str) -> bool:
    """
    Whether a noun phrase is plural, read from its head and its conjunctions.

    The head is the last word before a preposition ("the flow of the
    cocaine" is singular); "and" joins a plural; an initialism ("GPS") and a
    word in -ss, -us or -is are singular.

    Examples:
        >>> is_plural("chemical precursors"), is_plural("primary flow of the cocaine")
        (True, False)
        >>> is_plural("GPS in police cars"), is_plural("units and task forces")
        (False, True)
    """
    tokens = words.split()
    for index, token in enumerate(tokens):
        if token.lower() in _PREPOSITIONS and index > 0:
            tokens = tokens[:index]
            break
    if "and" in tokens:
        return True
    head = tokens[-1] if tokens else ""
    if head.isupper() or head.endswith(("ss", "us", "is", "'s")):
        return False
    return head.endswith("s")


def join(items: Sequence[str], conjunction: str = "and") -> str:
    """
    Items as a list is written: "a", "a and b", "a, b, and c".

    The serial comma goes before the conjunction of three or more, as the
    brief writes its lists.

    Examples:
        >>> join(["extortion", "kidnapping", "human trafficking"])
        'extortion, kidnapping, and human trafficking'
        >>> join(["flights", "maritime traffic"], "or")
        'flights or maritime traffic'
    """
    if len(items) <= 2:  # noqa: PLR2004 -- two items take no comma
        return f" {conjunction} ".join(items)
    return f"{', '.join(items[:-1])}, {conjunction} {items[-1]}"


_SPACES: Final = re.compile(r"\s+")


def tidy(sentence: str) -> str:
    """
    One sentence from its parts: single spaces, no space before a comma, a capital and a full stop.

    Examples:
        >>> tidy("  the region  is vulnerable , as it is ")
        'The region is vulnerable, as it is.'
    """
    words = _SPACES.sub(" ", sentence).strip().replace(" ,", ",")
    words = words.rstrip(",; ")
    if not words:
        return words
    return words[0].upper() + words[1:] + ("" if words.endswith((".", "?", "!")) else ".")
