"""A bare state office in a paragraph about a state (wave 39 B).

"Ghana, the fund's largest borrower, is happy with its role. Finance Minister X met ...": a state's office
written with no state, held by someone the office table does not know, is the office of the state the
sentence just before is about (its subject, or the state owning or naming its subject), before the state
the story is set in. A state that sentence names only in passing, and a state the title's own phrase
states, leave it as it was (affiliations/offices.py).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

# "Peru worries about its debt. Peru is worried.": a story set in Peru
PERU_STORY = """
    Peru      Peru      PROPN NNP 2  nsubj  GPE
    worries   worry     VERB  VBZ 0  ROOT   -
    about     about     ADP   IN  2  prep   -
    its       its       PRON  PRP$ 5 poss   -
    debt      debt      NOUN  NN  3  pobj   -
    .         .         PUNCT .   2  punct  -
    Peru      Peru      PROPN NNP 8  nsubj  GPE
    is        be        AUX   VBZ 0  ROOT   -
    worried   worried   ADJ   JJ  8  acomp  -
    .         .         PUNCT .   8  punct  -
"""


def _minister_met(first: int, people: str) -> str:
    """ "Finance Minister Kofi Mensah met <people> officials on Monday.", its first token at `first`."""
    n = first - 1  # heads are written from the sentence's own first token
    return f"""
    Finance   Finance   PROPN NNP {n + 2} compound -
    Minister  Minister  PROPN NNP {n + 4} compound -
    Kofi      Kofi      PROPN NNP {n + 4} compound PERSON
    Mensah    Mensah    PROPN NNP {n + 5} nsubj    I-PERSON
    met       meet      VERB  VBD 0  ROOT     -
    {people}  {people.lower()} ADJ JJ {n + 7} amod NORP
    officials official  NOUN  NNS {n + 5} dobj     -
    on        on        ADP   IN  {n + 5} prep     -
    Monday    Monday    PROPN NNP {n + 8} pobj     DATE
    .         .         PUNCT .   {n + 5} punct    -
    """


def test_a_bare_office_after_a_sentence_about_a_state_is_that_states() -> None:
    """ "... Ghana, the fund's largest borrower, is happy with its role. Finance Minister Kofi Mensah met
    Peruvian officials": Ghana's finance minister, in a story set in Peru."""
    reading = read(
        PERU_STORY
        + """
    Ghana     Ghana     PROPN NNP 19 nsubj  GPE
    ,         ,         PUNCT ,   11 punct  -
    the       the       DET   DT  14 det    -
    fund      fund      NOUN  NN  17 poss   -
    's        's        PART  POS 14 case   -
    largest   large     ADJ   JJS 17 amod   -
    borrower  borrower  NOUN  NN  11 appos  -
    ,         ,         PUNCT ,   11 punct  -
    is        be        AUX   VBZ 0  ROOT   -
    happy     happy     ADJ   JJ  19 acomp  -
    with      with      ADP   IN  20 prep   -
    its       its       PRON  PRP$ 23 poss  -
    role      role      NOUN  NN  21 pobj   -
    .         .         PUNCT .   19 punct  -
    """
        + _minister_met(25, "Peruvian")
    )
    assert country_of(reading, "Kofi Mensah") == "GHA"


def test_a_state_named_in_passing_gives_no_office() -> None:
    """ "... Peru sold gold to Ghana. Finance Minister Kofi Mensah met Chilean officials": Ghana is only
    named, the sentence is about Peru: Peru's minister."""
    reading = read(
        PERU_STORY
        + """
    Peru      Peru      PROPN NNP 12 nsubj  GPE
    sold      sell      VERB  VBD 0  ROOT   -
    gold      gold      NOUN  NN  12 dobj   -
    to        to        ADP   IN  12 dative -
    Ghana     Ghana     PROPN NNP 14 pobj   GPE
    .         .         PUNCT .   12 punct  -
    """
        + _minister_met(17, "Chilean")
    )
    assert country_of(reading, "Kofi Mensah") == "PER"


def test_the_state_a_report_is_about_gives_the_office() -> None:
    """ "... The fund said Ghana was its largest borrower. Finance Minister Kofi Mensah met Peruvian
    officials": the report's subject names no state, what it reports is about Ghana: Ghana's minister."""
    reading = read(
        PERU_STORY
        + """
    The       the       DET   DT  12 det    -
    fund      fund      NOUN  NN  13 nsubj  -
    said      say       VERB  VBD 0  ROOT   -
    Ghana     Ghana     PROPN NNP 15 nsubj  GPE
    was       be        AUX   VBD 13 ccomp  -
    its       its       PRON  PRP$ 18 poss  -
    largest   large     ADJ   JJS 18 amod   -
    borrower  borrower  NOUN  NN  15 attr   -
    .         .         PUNCT .   13 punct  -
    """
        + _minister_met(20, "Peruvian")
    )
    assert country_of(reading, "Kofi Mensah") == "GHA"
