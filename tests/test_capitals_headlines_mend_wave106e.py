"""Wire headlines in capitals, set in ordinary case (wave 106 E mend; io/archive_case.py
headline_in_ordinary_case): shapes the recasing exposed. The sentences are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import headline_in_ordinary_case

BODY = (
    "ZURICH, May 4 - Swiss banks will meet churches over their loans to South Africa, the Acme Heavy group "
    "said on Monday. The talks on the loans would be held in Zurich."
)


def _headline(line: str, body: str = BODY) -> str:
    text = f"{line}\n\n{body}"
    done = headline_in_ordinary_case(text)
    assert len(done) == len(text) and done.endswith(body)  # one character for one; the body untouched
    return done.split("\n", 1)[0]


def test_words_with_a_stop_and_names_after_initials_keep_their_capitals() -> None:
    # an initial keeps its capital, and so does the name after it ("Africa": no common word of the body)
    assert _headline("SWISS BANKS MEET CHURCHES OVER S. AFRICA LOANS") == (
        "Swiss banks meet churches over S. Africa loans"
    )
    # a person's initial and the name after it, which the body has not ("Bolt")
    assert _headline("ACME HEAVY, C. BOLT TO SELL STAKES") == "Acme Heavy, C. Bolt to sell stakes"
    # letters joined by stops keep their capitals
    assert _headline("NEW S.AFRICA ACCORD WITH BANKS") == "New S.AFRICA accord with banks"
    # a common word after an initial (one the body writes in lower case) stays in lower case
    assert _headline("BANKS TO CUT S. LOANS") == "Banks to cut S. loans"
    # the body's own "C. Bolt" writes the name mid-sentence: a stop after an initial ends no sentence
    body = "ZURICH, May 4 - The group said C. Bolt, its chief, would sell stakes."
    assert _headline("BANKS SAY BOLT TO SELL STAKES", body) == "Banks say Bolt to sell stakes"


def test_a_name_the_body_writes_in_capitals_keeps_the_bodys_form() -> None:
    body = (
        "NEW YORK, March 19 - The American Stock Exchange and Kestrel Securities Ltd of London said they "
        "would set up a market in options. The exchange said the stock traded on it would be British, and "
        "the Central Bank of Peru would watch it."
    )
    # "stock" and "exchange" are common words of the body, the three words together its name
    assert _headline("AMERICAN STOCK EXCHANGE, U.K. FIRM PLAN MARKET", body) == (
        "American Stock Exchange, U.K. firm plan market"
    )
    assert _headline("BANK OF PERU TO WATCH MARKET", body) == "Bank of Peru to watch market"
    # a part of a name is no name ("Stock Exchange" alone)
    assert _headline("PERU SEES STOCK EXCHANGE GAINS", body) == "Peru sees stock exchange gains"


def test_a_function_word_takes_an_abbreviations_capitals_only_where_the_body_names_its_referent() -> None:
    body = "Lima, May 4 - Peru is said to plan to buy 2 mln tonnes of wheat, traders who know the plan said."
    # "is", "who" and "us" are function words: no Islamic State, World Health Organization or United States
    assert _headline("PERU, IT IS SAID, WILL BUY US WHEAT", body) == "Peru, it is said, will buy us wheat"
    assert _headline("WHO WILL PAY FOR PERU WHEAT", body) == "Who will pay for Peru wheat"
    # a story of the U.S. and of the World Health Organization: the abbreviations name them
    body = (
        "Lima, May 4 - The World Health Organization said Peru, which asked for help, would buy U.S. wheat."
    )
    assert _headline("PERU WILL BUY US WHEAT", body) == "Peru will buy US wheat"
    assert _headline("WHO SAYS PERU WILL BUY WHEAT", body) == "WHO says Peru will buy wheat"
    # the body's own capitals tell it too ("the WHO said"), though it writes "who" in lower case as well
    body = "Lima, May 4 - Peru, which asked for help, will buy wheat, the WHO said. Traders who know agree."
    assert _headline("WHO SAYS PERU WILL BUY WHEAT", body) == "WHO says Peru will buy wheat"


def test_a_firm_the_body_names_only_at_a_sentences_start_keeps_its_capital() -> None:
    body = (
        "Lima, May 4 - Acme Heavy said on Monday it had bought a stake in a mining firm. Kestrel Ltd said "
        "the stake was ten pct. Talks on a second stake would begin soon."
    )
    assert _headline("ACME BUYS STAKE IN KESTREL", body) == "Acme buys stake in Kestrel"
    # a sentence's first word that opens no name is no name ("Talks will begin")
    assert _headline("ACME AND KESTREL HOLD TALKS", body) == "Acme and Kestrel hold talks"
