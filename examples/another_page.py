"""A brief of another text, built with the public API alone, verified and annotated.

The text is the opening of the Gettysburg Address (the Bliss copy, 1863), in
the public domain; it is written out below, so nothing is downloaded and the
package ships no other page. The records use the library's own types, with
words of this text where the shipped vocabularies lack them ("founders",
"continent", "brought forth").

Run: ``python examples/another_page.py [PAGE.html]``. With a path it writes
the annotated page there; without one it writes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import honduras_brief as hb

TEXT = (
    "Four score and seven years ago our fathers brought forth on this continent, a new "
    "nation, conceived in Liberty, and dedicated to the proposition that all men are "
    "created equal.\n\nNow we are engaged in a great civil war, testing whether that "
    "nation, or any nation so conceived and so dedicated, can long endure.\n"
)


def build() -> hb.Brief:
    """The brief of the text: its source, two places, two actors and two statements."""
    page = hb.Source(
        text=TEXT,
        title="Gettysburg Address (Bliss copy), opening",
        publisher="Abraham Lincoln",
        years=(1863,),
        public_domain=True,
        rights="Published in 1863, and so in the public domain.",
    )
    cite = page.cite  # every citation is of this text, found by its words
    speaker = hb.Actor(id="lincoln", name="Abraham Lincoln", kind=hb.ActorKind.PERSON)
    fathers = hb.Actor(
        id="our-fathers",
        name="our fathers",
        kind=hb.ActorKind("founders"),  # a kind the library did not ship
        generic=True,
        mentions=(cite("our fathers"),),
    )
    continent = hb.Place(
        id="this-continent",
        name="this continent",
        kind=hb.PlaceKind("continent"),
        mentions=(cite("this continent"),),
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
        place=continent,
        tense=hb.Tense.PAST,
    )
    war = hb.Statement(
        id="we-are-engaged-in-a-great-civil-war",
        citation=cite("we are engaged in a great civil war"),
        subject=hb.Role("we"),
        predicate=hb.Predicate("engaged-in"),
        objects=(hb.Activity("civil war"),),
        according_to=speaker,
        grading=(hb.Grade("great"),),
    )
    first, second = TEXT.strip().split("\n\n")
    address = hb.Challenge(
        id="the-founding-and-the-war",
        title="The founding and the war",
        citations=(cite(first), cite(second)),
        statements=(founded, war),
        actors=(fathers,),
        places=(continent, nation),
        activities=(hb.Activity("civil war"),),
    )
    return hb.Brief(
        source=page,
        challenges=(address,),
        goals=(),
        accomplishments=(),
        operations=(),
        actors=(speaker, fathers),
        places=(continent, nation),
    )


def main(argv: list[str] | None = None) -> int:
    """Build, verify, round-trip and (given a path) annotate the brief."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, help="where to write the annotated page")
    args = parser.parse_args(argv)
    brief = build()
    for statement in brief.statements:
        print(statement)
    result = hb.verify(brief)
    print(f"verified: {result.citations} citations, {len(result.failures)} failures")
    if not result.ok:
        for failure in result.failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    same = hb.from_json(hb.to_json(brief), hb.Brief) == brief
    print(f"read back from its JSON: {'the same brief' if same else 'A DIFFERENT BRIEF'}")
    if args.page is None:
        print("give a path to write the annotated page:")
        print("  python examples/another_page.py PAGE.html")
        return 0
    args.page.write_text(hb.annotated_html(brief), encoding="utf-8")
    print(f"wrote {args.page}")
    return 0


if __name__ == "__main__":
    try:
        status = main()
        sys.stdout.flush()  # inside the try, so that a closed pipe shows here
    except BrokenPipeError:
        # The reader left (``| head``): say nothing more. Python flushes
        # stdout again at exit, so point it at devnull first (the signal
        # module's note on SIGPIPE), and exit 141, as the package's command
        # line does and a shell reports a process that SIGPIPE ended.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    sys.exit(status)
