"""A wire headline set wholly in capitals (wave 106 E2): the tagger reads most of "ECUADOR TO IMPOSE
SANCTIONS ON BOLIVIA" as proper nouns, and the line gives no clause. Read (io/archive_case.py
headline_in_ordinary_case, through as_prose and a JSON line's title), the line is set as the same headline
in ordinary case: names in the form the body writes them mid-sentence or the gazetteers know, every other
word in lower case, one character for one. The sentences are ours."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from geokg.extract.io.archive_case import headline_in_ordinary_case
from geokg.extract.io.reader import read_articles
from geokg.extract.io.wrapping import as_prose
from geokg.extract.pipeline import ArticleResult

BODY = (
    "QUITO, May 4 - Ecuador's trade minister, Ann Vell, said on Monday that her government would ask the EC "
    "and firms of the Orlen Trade Group to buy more tin. She said trade with Bolivia had fallen and trade "
    "talks would resume."
)


def _headline(line: str, body: str = BODY) -> str:
    text = f"{line}\n\n{body}"
    done = headline_in_ordinary_case(text)
    assert len(done) == len(text) and done.endswith(body)  # one character for one; the body untouched
    return done.split("\n", 1)[0]


def test_a_capitals_headline_takes_the_case_of_ordinary_text() -> None:
    # states and their people by the gazetteers, the first word with a capital initial
    assert _headline("ECUADOR TO IMPOSE SANCTIONS ON BOLIVIA") == "Ecuador to impose sanctions on Bolivia"
    assert _headline("SANCTIONS ON BOLIVIAN TIN LIKELY") == "Sanctions on Bolivian tin likely"
    assert _headline("ECUADOR WILL ASK FIRMS TO BOOST IMPORTS") == "Ecuador will ask firms to boost imports"
    # the dateline's month ("May 4") is no name of the body's
    assert _headline("ECUADOR MAY CURB TIN IMPORTS") == "Ecuador may curb tin imports"
    # a name as the body writes it; a word the body writes in lower case more often than capitalised
    # ("trade", once in a firm's name) is no name; a role word before a name, and its field, are a title
    assert _headline("VELL SAYS EC TRADE TALKS TO RESUME") == "Vell says EC trade talks to resume"
    assert _headline("TRADE MINISTER VELL URGES TIN DEAL") == "Trade Minister Vell urges tin deal"
    # abbreviations with stops stay, a possessive's "s" goes to lower case, an abbreviation the gazetteers
    # know keeps its capitals though the body has none of it
    assert _headline("ECUADOR'S VELL ASKS U.S.-BASED FIRMS TO JOIN GATT") == (
        "Ecuador's Vell asks U.S.-based firms to join GATT"
    )
    assert _headline("U.S. URGES ECUADOR TO CURB TIN EXPORTS") == "U.S. urges Ecuador to curb tin exports"
    # left as written: a headline in ordinary case, a story wholly in capitals, a first line of one word
    for line, body in (
        ("Ecuador to impose sanctions on Bolivia", BODY),
        ("ECUADOR TO IMPOSE SANCTIONS", BODY.upper()),
        ("ECUADOR", BODY),
    ):
        text = f"{line}\n\n{body}"
        assert headline_in_ordinary_case(text) == text


def test_articles_read_set_a_capitals_headline_in_ordinary_case(tmp_path: Path) -> None:
    line = "ECUADOR TO IMPOSE SANCTIONS ON BOLIVIA"
    assert as_prose(f"{line}\n\n{BODY}").startswith("Ecuador to impose sanctions on Bolivia\n")
    feed = tmp_path / "wire.jsonl"
    feed.write_text(json.dumps({"id": "a1", "title": line, "text": BODY}) + "\n")
    (article,) = read_articles([feed])
    assert article.text.startswith("Ecuador to impose sanctions on Bolivia\n")


def test_a_capitals_headline_gives_its_clause(run: Callable[[str], ArticleResult]) -> None:
    body = "QUITO, May 4 - The weather in the capital was fine on Monday."
    for line, modality in (
        ("ECUADOR TO IMPOSE SANCTIONS ON BOLIVIA", "will"),
        ("ECUADOR IMPOSES SANCTIONS ON BOLIVIA", None),
    ):
        result = run(as_prose(f"{line}\n\n{body}"))
        found = {(t.subject, t.predicate, t.object, t.modality) for t in result.triples}
        assert ("Ecuador", "sanction", "Bolivia", modality) in found
