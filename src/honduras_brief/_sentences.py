"""
A statement written out as one English sentence.

A predicate carries a sentence frame (:attr:`Predicate.frame`) such as
``"{s} {v:contribute} to {o}"``: ``{s}`` is the subject, ``{v:LEMMA}`` the
verb, made to agree with the subject and put in the statement's tense and
factuality, ``{o}`` the objects, ``{o:Type|Type}`` the objects of those
types (``{o:Role#1}`` the first of them only), ``{g}`` the grading words the
text does not tie to a subject or an object (``{g:highest}`` when there are
none), ``{m}`` what the first figure measures, ``{e}`` the text's words for
an open list ("such as", "including"), and ``{a}`` "a" or "an" for the word
after it. A part in ``[...]`` is left out when its slots are empty.

The rest is read from the statement's own words, so that the sentence says
what they say: the determiner before a term ("the cocaine", "a high
homicide rate"), the grading word before a subject or an object ("violent
drug trafficking organizations"), the noun a figure counts ("57 judges"),
the preposition before a period ("for 2013"), and the hedge ("could",
"will likely", "do not appear to"). A source other than the page's author
is named first ("According to the Violence Observatory, ...").
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from . import _english as en
from ._actors import Actor, ActorKind, Place
from ._operations import Designation, Operation
from ._quantities import Quantity
from ._vocabulary import Aim, Grade

if TYPE_CHECKING:
    from ._statements import Argument, Statement

_DETERMINERS: Final = ("a", "an", "the", "its", "their")
_CUES: Final = {
    # factuality value: the hedges that say it, most specific first (FactBank's cues)
    "possible": ("could", "might", "may"),
    "probable": ("will likely", "will probably", "is likely to", "are likely to", "likely"),
    "probable-not": ("do not appear to", "does not appear to", "is unlikely to", "unlikely to"),
    "possible-not": ("could not", "might not", "may not"),
    "certain-not": ("do not", "does not", "did not", "is not", "are not", "was not", "never"),
    "underspecified": ("may or may not",),
}
_DEFAULT_CUES: Final = {
    "possible": "may",
    "probable": "will likely",
    "probable-not": "probably do not",
    "possible-not": "may not",
    "certain-not": "do not",
    "underspecified": "may or may not",
}
_OPEN_MARKERS: Final = ("such as", "including", "for example", "for instance", "among them")
# Words that may stand before an open predicate's own words in its quote.
_AUXILIARIES: Final = "(?:is|are|was|were|has|have|had|will|shall|be|been|being|not)"
_PERIOD_PREPOSITIONS: Final = ("in", "for", "on", "by", "since", "during", "from", "until", "at")
_OPEN_VERBS: Final = frozenset({"include"})
_REPORTING: Final = "estimates|estimated|reports|reported|says|said|believes|believed|finds|found"
"""Verbs by which a text reports what a source holds ("The United States estimates that")."""
"""Verbs that say a list is not complete by themselves."""
_INSTITUTIONS: Final = frozenset(
    [
        "Government",
        "Forces",
        "Force",
        "Police",
        "Court",
        "Ministry",
        "School",
        "Cartel",
        "Observatory",
        "Department",
        "Agency",
        "Council",
        "Army",
        "Navy",
        "Commission",
        "Office",
        "Bureau",
        "University",
        "Highway",
        "Corridor",
    ]
)
"""Head nouns of names that English writes with "the" ("the Honduran Armed Forces")."""
_LONGEST_DETERMINER: Final = max(map(len, _DETERMINERS))
_DETERMINER: Final = re.compile(rf"\b({'|'.join(_DETERMINERS)})\s+$", re.IGNORECASE)
_SLOT: Final = re.compile(r"\{(?P<kind>[a-z])(?::(?P<arg>[^}]*))?\}")


def _words(argument: object) -> str:
    # A term's words, a figure's, a record's name, what a designation designates.
    if isinstance(argument, enum.Enum):
        return str(argument.value)
    found = (getattr(argument, n, None) for n in ("text", "name", "designation"))
    return next(w for w in found if isinstance(w, str))


class _Found:
    # Where _find found the words: the span a match of its pattern would have.
    # (A plain class: a NamedTuple costs ten times as much to make at import.)
    __slots__ = ("at", "to")

    def __init__(self, at: int, to: int) -> None:
        self.at = at
        self.to = to

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


# Characters that re.IGNORECASE takes for an ASCII letter though str.lower()
# does not ("ı" for "i", "ſ" for "s"); "İ" lowers to two characters.
_OTHER_CASES: Final = ("\u0131", "\u017f")


def _safely_lowered(text: str) -> str | None:
    # *text* lowered where each character lowers to one at the same place and
    # a search of ASCII words in it finds what re.IGNORECASE would; else None.
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _OTHER_CASES):
        return None
    return lowered


_lowered: Final = functools.lru_cache(maxsize=1024)(_safely_lowered)  # quotes, looked in often
_lowered_text: Final = functools.lru_cache(maxsize=1)(_safely_lowered)  # the source text


def _wordish(text: str, at: int) -> bool:
    # Whether the character at *at* is one of [\w-] (False outside the text).
    if not 0 <= at < len(text):
        return False
    ch = text[at]
    return ch.isalnum() or ch in "_-"


def _find(words: str, quote: str) -> _Found | None:
    # The first of *words* in *quote*, case aside, not inside a longer word:
    # what re.search(r"(?<![\w-])WORDS(?![\w-])", quote, re.IGNORECASE) finds,
    # found without compiling a pattern where the words are ASCII.
    lowered = _lowered(quote) if words.isascii() and words else None
    if lowered is None:
        found = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", quote, re.IGNORECASE)
        return None if found is None else _Found(*found.span())
    wanted = words.lower()
    at = lowered.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        if not _wordish(quote, at - 1) and not _wordish(quote, end):
            return _Found(at, end)
        at = lowered.find(wanted, at + 1)
    return None


def _is_word(text: str, at: int) -> bool:
    # Whether the character at *at* is a \w (False outside the text).
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


_SPACED_WORD: Final = re.compile(r"\s+(\w+)\s+")
_THE: Final = re.compile(r"the\s+", re.IGNORECASE)


def _between(first: str, names: list[str], quote: str) -> str | None:
    # The word between *first* and one of *names* in *quote*, case aside:
    # group 1 of re.search(rf"FIRST\s+(\w+)\s+(?:the\s+)?(?:NAME|...)\b",
    # quote, re.IGNORECASE), found without compiling a pattern for the
    # names where they and *first* are ASCII. Each \s+ and \w+ there takes
    # all it can (what follows it cannot start inside it, as no name starts
    # with a space), so only where each name starts is left to try.
    lowered = _lowered(quote)
    plain = names and all(n.isascii() and not n[:1].isspace() for n in (first, *names))
    if lowered is None or not plain:
        either = "|".join(re.escape(n) for n in names)
        pattern = rf"{re.escape(first)}\s+(\w+)\s+(?:the\s+)?(?:{either})\b"
        match = re.search(pattern, quote, re.IGNORECASE)
        return None if match is None else match[1]
    wanted = [n.lower() for n in names]
    at = lowered.find(first.lower())
    while at >= 0:
        spaced = _SPACED_WORD.match(quote, at + len(first))
        if spaced is not None:
            after = spaced.end()
            the = _THE.match(quote, after)
            for start in (after,) if the is None else (the.end(), after):
                for name in wanted:
                    end = start + len(name)
                    if lowered.startswith(name, start) and _is_word(quote, end - 1) != _is_word(
                        quote, end
                    ):
                        return spaced[1]
        at = lowered.find(first.lower(), at + 1)
    return None


@functools.lru_cache(maxsize=1024)  # a few dozen names, in every sentence that names them
def _has_the(text: str, name: str) -> bool:
    # Whether *text* writes "the NAME" (case aside) as a whole word: what
    # re.search(rf"\bthe {re.escape(name)}\b", text, re.IGNORECASE) finds.
    lowered = _lowered_text(text) if name.isascii() else None
    if lowered is None:
        return re.search(rf"\bthe {re.escape(name)}\b", text, re.IGNORECASE) is not None
    wanted = f"the {name}".lower()
    at = lowered.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        if not _is_word(text, at - 1) and _is_word(text, end - 1) != _is_word(text, end):
            return True
        at = lowered.find(wanted, at + 1)
    return False


def _singular(words: str) -> str:
    head, sep, tail = words.partition(" of ")
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head + sep + tail


class _Writer:
    """One statement's sentence, put together from its frame and its words."""

    def __init__(self, statement: Statement) -> None:
        self.statement = statement
        self.quote = statement.citation.quote
        self.grades: list[Grade] = list(statement.grading)
        self.objects: list[Argument] = list(statement.objects)
        self.figures = [o for o in self.objects if isinstance(o, Quantity)]
        self.opened = False
        self.lemma = next(
            (arg for kind, arg, _ in _parsed(self.frame()).fills if kind == "v"), None
        )

    def frame(self) -> str:
        """
        The predicate's frame; for an open one, its words as the quote has them.

        The quote gives what the slug cannot: the auxiliary before the words
        ("we are engaged in" for ``engaged-in``).
        """
        predicate = self.statement.predicate
        if predicate.shipped:
            return predicate.frame
        words = r"\s+".join(re.escape(word) for word in predicate.words.split())
        found = re.search(rf"\b((?:{_AUXILIARIES}\s+)*{words})\b", self.quote, re.IGNORECASE)
        if found is None:
            return predicate.frame
        return f"{{s}} {' '.join(found.group(1).split())} {{o}}"

    # --- noun phrases -------------------------------------------------------

    def name(self, record: Actor | Place | Operation) -> str:
        """A record's name, as the text would write it in this sentence."""
        acronym = getattr(record, "acronym", None)
        name = acronym if acronym and _find(acronym, self.quote) else record.name
        if isinstance(record, Actor) and record.kind is ActorKind.PERSON:
            return f"{en.indefinite(name)} {name}"
        if getattr(record, "generic", False) or name[:1].islower():
            return name
        last = name.split()[-1]
        if (
            _has_the(self.statement.citation.source.text, name)
            or " of " in name
            or " for " in name
            or last in _INSTITUTIONS
        ):
            return f"the {name}"
        return name

    def phrase(self, argument: Argument) -> str:
        """
        A subject or an object as a noun phrase, with the words the text puts before it.

        A grading word or a determiner that stands just before the
        argument's words in the quote goes with it; so does a figure that
        counts it ("dozens of police").
        """
        if isinstance(argument, Quantity):
            return self.figure(argument)
        if isinstance(argument, Designation):
            return self.designation(argument)
        proper = isinstance(argument, (Actor, Place, Operation)) and not (
            getattr(argument, "generic", False) or argument.name[:1].islower()
        )
        if isinstance(argument, (Actor, Place, Operation)):
            core = self.name(argument)
            found = _find(core.removeprefix("the "), self.quote)
        else:
            core = _words(argument)
            found = _find(core, self.quote)
        if found is None and not proper and _find(_singular(core), self.quote):
            core = _singular(core)
            found = _find(core, self.quote)
        before = self.quote[: found.start()] if found else ""
        grades = self._grades_before(before)
        det = ""
        if not proper and found:
            rest = before[: len(before) - sum(len(g.value) + 1 for g in grades)]
            # A determiner ends where the white space at the end of *rest*
            # begins, so the search starts as many characters before it as
            # the longest has (IGNORECASE matches one character for one).
            start = len(rest.rstrip()) - _LONGEST_DETERMINER
            match = _DETERMINER.search(rest, max(start, 0))
            det = match[1].lower() if match else ""
        words = " ".join([*(g.value for g in grades), core])
        if det:
            words = f"{det} {words}"
        figure = self._figure_for(argument)
        if figure is not None:
            words = f"{figure} {words if figure.endswith(' of') else words.removeprefix('the ')}"
        return words

    def _grades_before(self, before: str) -> list[Grade]:
        # The statement's grading words that stand right before an
        # argument's words belong to it ("some chemical precursors").
        taken: list[Grade] = []
        rest = before.rstrip()
        moved = True
        while moved:
            moved = False
            for grade in self.grades:
                if rest.lower().endswith(" " + grade.value) or rest.lower() == grade.value:
                    taken.insert(0, grade)
                    self.grades.remove(grade)
                    rest = rest[: -len(grade.value)].rstrip()
                    moved = True
                    break
        return taken

    def _figure_for(self, argument: Argument) -> str | None:
        # A figure counts the argument whose words follow it in the quote,
        # with at most the words "of" or "worth of" between.
        if not self.figures:
            return None
        words = _words(argument)
        heads = (words.lower(), _singular(words).lower())
        for figure in self.figures:
            # A figure's words stand in its statement's quote (the statement checks it).
            at = self.quote.casefold().find(figure.text.casefold())
            after = self.quote[at + len(figure.text) :]
            lowered = after.lower()
            for joiner in (" ", " of ", " worth of ", " of the "):
                if lowered.startswith((joiner + heads[0], joiner + heads[1])) and _find(
                    words, after
                ):
                    self.figure(figure)
                    self.objects = [o for o in self.objects if o is not figure]
                    return figure.text + joiner.rstrip().removesuffix(" the")
        return None

    def figure(self, figure: Quantity) -> str:
        """A figure by its own words, marked as used."""
        self.figures = [f for f in self.figures if f is not figure]
        return figure.text

    def designation(self, designation: Designation) -> str:
        """A designation as the text writes one: who made it, of how many, as what."""
        aliases = designation.by.aliases
        by = next((f"the {a}" for a in aliases if _find(a, self.quote)), None)
        count = designation.designees.text
        # The noun the text puts after the count, if it puts one: "seven individuals".
        noun = re.search(
            rf"{re.escape(count)}\s+(?!(?:as|of|and|or|to)\b)([a-z]+)\b",
            designation.citation.quote,
        )
        counted = f"{count} {noun[1]}" if noun else count
        who = by or self.name(designation.by)
        return f"{who} designation of {counted} as {designation.designation}"

    def listed(self, items: list[Argument]) -> str:
        """Objects as a list: joined with "and", a preposition the text puts between kept."""
        phrases: list[str] = []
        figures = [o for o in items if isinstance(o, Quantity)]
        items = [o for o in items if not isinstance(o, Quantity)]
        index = 0
        while index < len(items):
            phrase = self.phrase(items[index])
            loose = [f for f in figures if f in self.figures]
            if loose and not phrase[:1].isdigit() and not isinstance(items[index], Actor | Place):
                phrase = f"{self.figure(loose[0])} {phrase.removeprefix('the ')}"
            rest = items[index + 1 :]
            if rest and isinstance(items[index], enum.Enum):
                link = self._link(items[index], rest[0])
                if link is not None:
                    phrase = f"{phrase} {link} {self.listed(rest)}"
                    phrases.append(phrase)
                    break
            phrases.append(phrase)
            index += 1
        phrases += [self.figure(f) for f in figures if f in self.figures]
        return en.join(phrases)

    def _link(self, first: Argument, second: Argument) -> str | None:
        # "staff of the HNP", "personnel from the HNP", "officers throughout
        # the HNP": a preposition between two objects in the quote joins them.
        names = [_words(second), getattr(second, "acronym", None), *getattr(second, "aliases", ())]
        found = _between(_words(first), [n for n in names if n], self.quote)
        if found is None or found.lower() not in en._PREPOSITIONS:
            return None
        link = found.lower()
        self.grades = [g for g in self.grades if g.value != link]  # "throughout" said once
        return link

    # --- the verb -----------------------------------------------------------

    def cue(self) -> str | None:
        """The hedge that says the statement's factuality, in the text's words if it has them."""
        value = self.statement.factuality.value
        if value == "certain":
            return None
        for cue in _CUES[value]:
            if _find(cue, self.quote):
                return cue
        return _DEFAULT_CUES[value]

    def verb(self, lemma: str, *, plural: bool) -> str:
        """The verb phrase: hedge, tense and agreement, and adverbs where the text puts them."""
        tense = self.statement.tense
        adverbs_before, adverbs_after = [], []
        for grade in list(self.grades):
            found = _find(grade.value, self.quote)
            if found is None or grade.value.endswith(("est", "in the world")):
                continue
            frame = re.match(r"\s+in\s+\w+ing\b", self.quote[found.end() :])
            before = self.quote[: found.start()].split()
            if frame is not None and before and before[-1].lower() in {"is", "are", "was", "were"}:
                self.grades.remove(grade)
                be = en.finite("be", tense, plural=plural)
                return f"{be} {grade.value} in {en.gerund(lemma)}"
            if grade.value.endswith("ly") or grade.value == "first":
                self.grades.remove(grade)
                following = self.quote[found.end() :].split()
                if following and following[0].lower().startswith(lemma[:4].lower()):
                    adverbs_before.append(grade.value)
                else:
                    adverbs_after.append(grade.value)
        cue = self.cue()
        if cue is not None:
            phrase = f"{en.agree(cue, plural=plural)} {' '.join(adverbs_before)} {lemma}"
        elif lemma == "be":
            phrase = f"{en.finite(lemma, tense, plural=plural)} {' '.join(adverbs_before)}"
        else:
            phrase = f"{' '.join(adverbs_before)} {en.finite(lemma, tense, plural=plural)}"
        return f"{phrase} {' '.join(adverbs_after)}"

    # --- the sentence -------------------------------------------------------

    def take(self, kinds: str) -> list[Argument]:
        """The objects of these types (``Role|Actor``, ``Role#1`` for the first), taken."""
        limits = {}
        for alternative in kinds.split("|"):
            name, _, count = alternative.partition("#")
            limits[name] = int(count) if count else len(self.objects)
        taken = []
        for item in self.objects:
            name = type(item).__name__
            if limits.get(name, 0) > 0:
                taken.append(item)
                limits[name] -= 1
        for item in taken:
            self.objects.remove(item)
        return taken

    def examples(self) -> str:
        """The text's words for an open list, if the statement's list is open."""
        if self.statement.scope.value != "examples":
            return "namely"
        for marker in _OPEN_MARKERS:
            if _find(marker, self.quote):
                return marker
        return "including"

    def objects_phrase(self, items: list[Argument], lemma: str | None) -> str:
        """Objects as a list, an open list marked as open (once a sentence)."""
        if self.statement.scope.value != "examples" or lemma in _OPEN_VERBS or self.opened:
            return self.listed(items)
        self.opened = True
        marker = self.examples()
        classes = heads(self.statement)
        heads_ = [o for o in items if o in classes]
        rest = [o for o in items if o not in heads_]
        if not heads_ or not rest:
            listed = self.listed(items)
            if any(_words(o).lower().startswith("other ") for o in items):
                return listed
            return f"{listed}, among others"
        comma = "" if marker == "such as" else ","
        return f"{self.listed(heads_)}{comma} {marker} {self.listed(rest)},"

    def aims(self, aims: Sequence[Argument]) -> str:
        """
        Aims as the text words them: "to counter ...", "at building ...", "to promote ...".

        An aim is an infinitive where the quote puts "to" before it, or
        before the aim it is listed after ("to counter X; reduce Y"); the
        verb between "to" and a noun is kept ("to promote
        professionalization").
        """
        groups: dict[str, list[str]] = {}
        previous: tuple[str, int] | None = None
        for aim in sorted(aims, key=lambda a: self._at(_words(a))):
            words = _words(aim)
            at = self._at(words)
            before = self.quote[:at] if at >= 0 else ""
            verb = re.search(r"\bto\s+(?:(\w+)\s+)?$", before, re.IGNORECASE)
            if verb is not None:
                lead = f"to {verb[1]}" if verb[1] else "to"
            elif previous is not None and re.fullmatch(r"[,;]?\s*(and\s+)?", before[previous[1] :]):
                lead = previous[0]
            elif re.search(r"\bto\s+(?:[^,;.]+[,;]\s*)+(?:and\s+)?$", before, re.IGNORECASE):
                lead = "to"  # the last of a list of infinitives: "to counter X; reduce Y"
            else:
                lead = "at"
            groups.setdefault(lead, []).append(words)
            previous = (lead, at + len(words)) if at >= 0 else None
        return " and ".join(f"{lead} {en.join(items)}" for lead, items in groups.items())

    def _at(self, words: str) -> int:
        found = _find(words, self.quote)
        return found.start() if found is not None else -1

    def write(self, frame: str) -> str:
        """The sentence."""
        statement = self.statement
        subject = statement.subject
        subject_words = self.phrase(subject)
        for figure in list(self.figures):
            # "A number of these units": a figure that names the subject is its subject.
            for alias in (*getattr(subject, "aliases", ()), _words(subject)):
                if figure.text.lower().endswith(" of " + alias.lower()):
                    head = figure.text[: -len(alias)]
                    subject_words = f"{head}the {subject_words.removeprefix('the ')}"
                    self.figures.remove(figure)
                    self.objects.remove(figure)
                    break
        place = ""
        if statement.place is not None and not isinstance(subject, (Actor, Place, Operation)):
            # "the homicide rate in Honduras": a place after a term makes it definite.
            definite = re.sub(r"^(?!(?:the|a|an|its|their|other) )", "the ", subject_words)
            subject_words = f"{definite} in {self.name(statement.place)}"
        elif statement.place is not None:
            place = f"{self.place_preposition(statement.place)} {self.name(statement.place)}"
        plural = self._plural(subject)
        aims_words = ""
        if "{o:Aim}" in frame:
            aims = [o for o in self.objects if isinstance(o, Aim)]
            for aim in aims:
                self.objects.remove(aim)
            aims_words = self.aims(aims)
            for item in [o for o in self.objects if _find(_words(o), aims_words)]:
                self.objects.remove(item)
        parsed = _parsed(frame)
        # {t} puts the period where the frame wants it; by default it ends the sentence.
        period = self.period()
        # Objects first, so that they claim the grading words and figures
        # that stand with them; the verb and the free grading words after.
        filled = [self._slot(kind, arg, aims_words, plural) for kind, arg, _ in parsed.fills]
        fixed = {"s": subject_words, "a": "\x00", "t": period}
        pieces = []
        for optional, literals, slots in parsed.parts:
            values = [fixed.get(kind, "") if at < 0 else filled[at] for kind, at in slots]
            if optional and not any(
                value for (kind, _), value in zip(slots, values, strict=True) if kind in "eogm"
            ):
                continue
            words = [literals[0]]
            for value, literal in zip(values, literals[1:], strict=True):
                words += (value, literal)
            pieces.append("".join(words))
        body = " ".join(pieces)
        if "\x00" in body:
            body = re.sub(r"\x00\s*(\S+)", lambda m: f"{en.indefinite(m[1])} {m[1]}", body)
        at_end = "" if "{t}" in frame else period
        sentence = " ".join(w for w in (self.attribution(), body, place, at_end) if w)
        return en.tidy(sentence.replace(",,", ",").replace(", ,", ","))

    def _slot(self, kind: str, arg: str | None, aims_words: str, plural: bool) -> str:
        if kind == "v":
            return self.verb(arg or "be", plural=plural)
        if kind == "e":
            marker = self.examples()
            self.opened = self.opened or bool(marker)
            return marker
        if kind == "g":
            words = " ".join(g.value for g in self.grades) or (arg or "")
            self.grades.clear()
            return words
        if kind == "p":
            # A preposition the frame leaves to the text: the first of them it uses.
            choices = (arg or "").split("/")
            return next((c for c in choices if _find(c, self.quote)), choices[0])
        if kind == "m":
            first = next((o for o in self.statement.objects if isinstance(o, Quantity)), None)
            return first.measure if first is not None else ""
        if arg == "Aim":
            return aims_words
        items = self.take(arg) if arg else list(self.objects)
        if not arg:
            self.objects.clear()
        return self.objects_phrase(items, self.lemma) if items else ""

    def _plural(self, subject: Argument) -> bool:
        if isinstance(subject, (Actor, Place)):
            if subject.generic or " and " in subject.name:
                return en.is_plural(subject.name)
            return False
        if isinstance(subject, (Operation, Designation, Quantity)):
            return False
        return en.is_plural(_words(subject))

    def attribution(self) -> str:
        """
        Who says it, where the text reports what another says.

        The text's own reporting verb where it has one ("The United States
        estimates that"), else "According to X,".
        """
        statement = self.statement
        source = statement.according_to
        if statement.reported_by is None or source == statement.subject:
            return ""
        names = [source.name, *source.aliases, *([source.acronym] if source.acronym else [])]
        either = "|".join(re.escape(n) for n in names)
        verb = re.search(rf"\b(?:{either})\s+({_REPORTING})\s+that\b", self.quote)
        if verb is not None:
            return f"{self.name(source)} {verb[1]} that"
        return f"According to {self.name(source)},"

    def place_preposition(self, place: Place) -> str:
        """The preposition the quote puts before the place ("on this continent"), else "in"."""
        for name in (place.name, *place.aliases):
            found = re.search(
                rf"\b(in|on|at|across|throughout|within)\s+(?:the\s+)?{re.escape(name)}\b",
                self.quote,
                re.IGNORECASE,
            )
            if found:
                return found.group(1).lower()
        return "in"

    def period(self) -> str:
        """When, in the text's words, with the preposition it puts before them."""
        period = self.statement.period
        if period is None or period.citation is None:
            return ""
        words = period.citation.quote
        if words.split()[0].lower() in _PERIOD_PREPOSITIONS:
            return words
        before = period.citation.source.text[: period.citation.start].split()
        preposition = before[-1].lower() if before else ""
        if preposition not in _PERIOD_PREPOSITIONS:
            preposition = "in" if words.isdigit() else "on"
        return f"{preposition} {words}"


def heads(statement: Statement) -> tuple[Argument, ...]:
    """
    The terms an open list gives examples of: those before "such as" or "including".

    In "other illicit activities such as extortion" the activities are the
    class and extortion an example; a check of what a record holds counts
    the examples, not the class.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> heads(BRIEF.lookup("gangs-conduct-other-illicit-activities"))
        (<Activity.ILLICIT_ACTIVITIES: 'illicit activities'>,)
    """
    if statement.scope.value != "examples":
        return ()
    quote = statement.citation.quote
    marker = next((m for m in (_find(w, quote) for w in _OPEN_MARKERS) if m), None)
    if marker is None:
        return ()
    return tuple(
        o
        for o in statement.objects
        if isinstance(o, enum.Enum)
        and (at := _find(_words(o), quote)) is not None
        and at.start() < marker.start()
    )


class _Frame:
    # A frame read once: each part's words around its slots, and the slots
    # that _Writer._slot fills, in the order it fills them.
    __slots__ = ("fills", "parts")

    def __init__(
        self,
        parts: tuple[tuple[bool, tuple[str, ...], tuple[tuple[str, int], ...]], ...],
        fills: tuple[tuple[str, str | None, int], ...],
    ) -> None:
        self.parts = parts
        """(optional, the words around the slots, each slot's kind and place in *fills* or -1)."""
        self.fills = fills
        """(kind, arg, part): the slots _slot fills, objects first, then m, v, g, p."""


_FILLED: Final = "eomvgp"  # the order _Writer.write fills the slots in


@functools.lru_cache(maxsize=256)  # one per predicate's frame; an open one's from its quote
def _parsed(frame: str) -> _Frame:
    # The frame's parts, "[...]" being optional, each cut at its slots.
    cut: list[tuple[bool, tuple[str, ...], list[tuple[str, int]]]] = []
    found: list[tuple[int, str, str | None]] = []  # (part, kind, arg) of the slots _slot fills
    for match in re.finditer(r"\[([^\]]*)\]|([^\[]+)", frame):
        part = match[2] if match[1] is None else match[1]
        literals, slots, last = [], [], 0
        for slot in _SLOT.finditer(part):
            literals.append(part[last : slot.start()])
            slots.append((slot["kind"], len(found) if slot["kind"] in _FILLED else -1))
            if slot["kind"] in _FILLED:
                found.append((len(cut), slot["kind"], slot["arg"]))
            last = slot.end()
        literals.append(part[last:])
        cut.append((match[1] is not None, tuple(literals), slots))
    # Filled kind by kind, each kind by part and place (sorted() is stable).
    order = sorted(range(len(found)), key=lambda n: _FILLED.index(found[n][1]))
    place = {n: rank for rank, n in enumerate(order)}
    parts = tuple(
        (optional, literals, tuple((kind, place.get(n, -1)) for kind, n in slots))
        for optional, literals, slots in cut
    )
    return _Frame(parts, tuple((found[n][1], found[n][2], found[n][0]) for n in order))


def sentence(statement: Statement) -> str:
    """
    *statement* as one English sentence.

    Examples:
        >>> from honduras_brief import BRIEF
        >>> sentence(BRIEF.lookup("subsequent-flights-head-north"))
        'Subsequent flights head north.'
    """
    writer = _Writer(statement)
    return writer.write(writer.frame())
