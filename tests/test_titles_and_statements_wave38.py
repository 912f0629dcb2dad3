"""Titles whose portfolio is two words joined by "and", and reminders as statements (wave 38 C).

"Energy and mines minister X", "trade and industry secretary Y", "foreign and commonwealth secretary Z":
the whole portfolio is the title, not its second half ("mines minister"), and not two titles. "President
and CEO X" stays two titles. "X reminded Y that ..." is a statement to Y (CAMEO 01).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import role_phrase
from geokg.extract.lexicon.cameo import event_code
from hand_docs import country_of, facts, facts_with_roots, read


def test_two_portfolio_words_joined_by_and_make_one_role() -> None:
    assert role_phrase(["Energy", "and", "Mines", "Minister"]) == "energy and mines minister"
    assert (
        role_phrase(["foreign", "and", "commonwealth", "secretary"]) == "foreign and commonwealth secretary"
    )
    # two titles joined by "and" stay two: the first is the role
    assert role_phrase(["President", "and", "CEO"]) == "president"


def test_energy_and_mines_minister_before_a_name_is_one_title_of_the_state() -> None:
    """ "Chile's energy and mines minister Ana Ruiz visited Bolivia." """
    reading = read("""
    Chile     Chile     PROPN NNP 6  poss     GPE
    's        's        PART  POS 1  case     -
    energy    energy    NOUN  NN  6  nmod     -
    and       and       CCONJ CC  3  cc       -
    mines     mine      NOUN  NNS 3  conj     -
    minister  minister  NOUN  NN  8  compound -
    Ana       Ana       PROPN NNP 8  compound PERSON
    Ruiz      Ruiz      PROPN NNP 9  nsubj    I-PERSON
    visited   visit     VERB  VBD 0  ROOT     -
    Bolivia   Bolivia   PROPN NNP 9  dobj     GPE
    .         .         PUNCT .   9  punct    -
    """)
    titles = facts(reading, "title")
    assert ("Ana Ruiz", "energy and mines minister of", "Chile") in titles
    assert not any(p in ("mines minister of", "energy minister of") for _, p, _ in titles)
    assert country_of(reading, "Ana Ruiz") == "CHL"


def test_trade_and_industry_minister_with_the_name_in_apposition_is_one_title() -> None:
    """ "Britain's trade and industry minister Tom Hale met Indian officials." (the name parsed as the
    apposition of the title noun, the second portfolio word as a conjunct of the first)"""
    reading = read("""
    Britain   Britain   PROPN NNP 6  poss     GPE
    's        's        PART  POS 1  case     -
    trade     trade     NOUN  NN  6  nmod     -
    and       and       CCONJ CC  3  cc       -
    industry  industry  NOUN  NN  3  conj     -
    minister  minister  NOUN  NN  9  nsubj    -
    Tom       Tom       PROPN NNP 8  compound PERSON
    Hale      Hale      PROPN NNP 6  appos    I-PERSON
    met       meet      VERB  VBD 0  ROOT     -
    Indian    indian    ADJ   JJ  11 amod     NORP
    officials official  NOUN  NNS 9  dobj     -
    .         .         PUNCT .   9  punct    -
    """)
    titles = facts(reading, "title")
    assert ("Tom Hale", "trade and industry minister of", "United Kingdom") in titles
    assert not any(p in ("trade minister of", "industry minister of") for _, p, _ in titles)


def test_a_reminder_to_a_state_is_a_statement() -> None:
    """ "Norway reminded Sweden that the treaty had lapsed." """
    assert event_code("remind") is not None and event_code("remind")[:2] == "01"
    found = facts_with_roots("""
    Norway    Norway    PROPN NNP 2  nsubj  GPE
    reminded  remind    VERB  VBD 0  ROOT   -
    Sweden    Sweden    PROPN NNP 2  dobj   GPE
    that      that      SCONJ IN  8  mark   -
    the       the       DET   DT  6  det    -
    treaty    treaty    NOUN  NN  8  nsubj  -
    had       have      AUX   VBD 8  aux    -
    lapsed    lapse     VERB  VBN 2  ccomp  -
    .         .         PUNCT .   2  punct  -
    """)
    assert ("Norway", "remind", "Sweden", "01") in found


# --- travel of a state's official to a state or its capital: a visit (042) ---

_WENT_TO_BERLIN = """
    French    french    ADJ   JJ  2  amod     NORP
    President President PROPN NNP 4  compound -
    Anne      Anne      PROPN NNP 4  compound PERSON
    Morel     Morel     PROPN NNP 5  nsubj    I-PERSON
    went      go        VERB  VBD 0  ROOT     -
    to        to        ADP   IN  5  prep     -
    {place}   {place}   PROPN NNP 6  pobj     GPE
    for       for       ADP   IN  5  prep     -
    talks     talk      NOUN  NNS 8  pobj     -
    .         .         PUNCT .   5  punct    -
    """


def test_an_official_going_to_another_states_capital_visits_it() -> None:
    """ "French President Anne Morel went to Berlin for talks." """
    found = facts_with_roots(_WENT_TO_BERLIN.format(place="Berlin"))
    assert ("Anne Morel", "go to", "Berlin", "04") in found


def test_an_official_going_to_a_state_visits_it() -> None:
    """ "French President Anne Morel went to Germany for talks." """
    found = facts_with_roots(_WENT_TO_BERLIN.format(place="Germany"))
    assert ("Anne Morel", "go to", "Germany", "04") in found


def test_an_official_going_to_their_own_capital_visits_no_state() -> None:
    """ "French President Anne Morel went to Paris for talks." """
    found = facts_with_roots(_WENT_TO_BERLIN.format(place="Paris"))
    assert ("Anne Morel", "go to", "Paris", None) in found


def test_an_official_who_will_travel_to_a_capital_visits_its_state() -> None:
    """ "Japan's foreign minister Ken Sato will travel to Beijing." (the name as the title's apposition)"""
    found = facts_with_roots("""
    Japan     Japan     PROPN NNP 4  poss     GPE
    's        's        PART  POS 1  case     -
    foreign   foreign   ADJ   JJ  4  amod     -
    minister  minister  NOUN  NN  8  nsubj    -
    Ken       Ken       PROPN NNP 6  compound PERSON
    Sato      Sato      PROPN NNP 4  appos    I-PERSON
    will      will      AUX   MD  8  aux      -
    travel    travel    VERB  VB  0  ROOT     -
    to        to        ADP   IN  8  prep     -
    Beijing   Beijing   PROPN NNP 9  pobj     GPE
    .         .         PUNCT .   8  punct    -
    """)
    assert {f[3] for f in found if f[:3] == ("Ken Sato", "travel to", "Beijing")} == {"04"}


def test_a_private_persons_flight_to_a_capital_is_no_visit() -> None:
    """ "Ken Sato, a retired teacher, flew to Paris." """
    found = facts_with_roots("""
    Ken       Ken       PROPN NNP 2  compound PERSON
    Sato      Sato      PROPN NNP 8  nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    a         a         DET   DT  6  det      -
    retired   retired   ADJ   JJ  6  amod     -
    teacher   teacher   NOUN  NN  2  appos    -
    ,         ,         PUNCT ,   2  punct    -
    flew      fly       VERB  VBD 0  ROOT     -
    to        to        ADP   IN  8  prep     -
    Paris     Paris     PROPN NNP 9  pobj     GPE
    .         .         PUNCT .   8  punct    -
    """)
    assert ("Ken Sato", "fly to", "Paris", None) in found


_ARRIVED_IN = """
    French    french    ADJ   JJ  2  amod     NORP
    President President PROPN NNP 4  compound -
    Anne      Anne      PROPN NNP 4  compound PERSON
    Morel     Morel     PROPN NNP 5  nsubj    I-PERSON
    arrived   arrive    VERB  VBD 0  ROOT     -
    in        in        ADP   IN  5  prep     -
    {place}   {place}   PROPN NNP 6  pobj     GPE
    .         .         PUNCT .   5  punct    -
    """


def test_an_official_arriving_in_another_states_capital_visits_it() -> None:
    """ "French President Anne Morel arrived in Berlin." (a capital after "in" is no meeting's venue here)"""
    found = facts_with_roots(_ARRIVED_IN.format(place="Berlin"))
    assert ("Anne Morel", "arrive in", "Berlin", "04") in found


def test_an_official_arriving_in_their_own_capital_visits_no_state() -> None:
    """ "French President Anne Morel arrived in Paris." """
    found = facts_with_roots(_ARRIVED_IN.format(place="Paris"))
    assert ("Anne Morel", "arrive in", "Paris", None) in found
