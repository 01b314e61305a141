"""The source, the way quotes are cited, and the periods the text gives."""

from __future__ import annotations

from typing import Final

import pendulum

from honduras_brief._dates import DateRange, Precision
from honduras_brief._source import Citation

cite = Citation.of

# When the page was written, as far as the text tells: the only ground for
# the years it leaves unwritten. Neither the page nor its capture is dated.
WRITTEN: Final = (
    "The page gives the 2012 homicide rate as known and the 2013 rate as a "
    "projection, so it was written after 2012 ended and before the 2013 rate "
    "was final; the text gives no date of its own."
)
READING: Final = (
    "2013 is the reading taken, not a fact of the text: the accomplishments "
    "stand beside a projection for 2013, and a report that leaves a year "
    "unwritten is read as meaning the year it reports on last."
)


# Each range is written out as DateRange.parse reads its quoted words, with
# the reason given where the reading is an inference; tests/test_content.py
# checks that parse() gives exactly these. Parsing here instead would compile
# the parser's patterns at every first use of the data.
YEAR_2012: Final = DateRange(
    start=pendulum.date(2012, 1, 1),
    end=pendulum.date(2012, 12, 31),
    precision=Precision.YEAR,
    citation=cite("2012", within="corridor in 2012"),
)
HOMICIDE_YEAR_2012: Final = DateRange(
    start=pendulum.date(2012, 1, 1),
    end=pendulum.date(2012, 12, 31),
    precision=Precision.YEAR,
    citation=cite("2012", within="per 100,000 in 2012"),
)
HOMICIDE_YEAR_2013: Final = DateRange(
    start=pendulum.date(2013, 1, 1),
    end=pendulum.date(2013, 12, 31),
    precision=Precision.YEAR,
    citation=cite("2013"),
)
BY_MID_YEAR: Final = DateRange(  # parse("by mid-year", year=2013, reason=...)
    start=None,
    end=pendulum.date(2013, 6, 30),
    precision=Precision.HALF_YEAR,
    inferred=(
        "'by mid-year' gives an end and no start, and no year: the count holds at "
        f"mid-year, since a time the text does not give. {WRITTEN} The mid-year "
        "told as past is then that of 2013 if the page was written after June 2013, "
        f"but that of 2012 if it was written in the first half of 2013. {READING} "
        "'mid-year' is read as the end of June, the middle of the calendar year "
        "(the middle of a U.S. fiscal year would be the end of March)."
    ),
    citation=cite("by mid-year"),
)
NEPTUNE_DAYS: Final = DateRange(  # parse("September 19-26", year=2013, reason=...)
    start=pendulum.date(2013, 9, 19),
    end=pendulum.date(2013, 9, 26),
    precision=Precision.DAY,
    inferred=(
        f"The text gives the month and days but no year. {WRITTEN} A September "
        "19-26 told as past is then that of 2013 if the page was written after "
        "September 26, 2013, but that of 2012 if it was written before September "
        "19, 2013 (a page written during those days would not tell them as past); "
        f"the text does not say when it was written. {READING} The text dates "
        "the seizure by these days, not the operation as a whole, the planning, "
        "the participation or the travel."
    ),
    citation=cite("September 19-26"),
)
