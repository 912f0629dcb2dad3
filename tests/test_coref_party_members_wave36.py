"""A party's member noun said of one person ("the Ohio Democrat said", wave 36): a description of the
politician the text named before, found as a "he" would be, but never one the text makes a member of
another party; never the party itself. "The Democrats" (plural) stay the party.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import _party_named
from geokg.extract.entities.mentions import party_member_description
from hand_docs import facts, parse, read


def _acts(table: str) -> set[tuple[str, str, str]]:
    return facts(read(table), "svo")


# "Senator Ann Roe met Peru. The Ohio Democrat criticised Chile."
_ONE_SENATOR = """
    Senator      Senator      PROPN NNP  3   compound  -
    Ann          Ann          PROPN NNP  3   compound  PERSON
    Roe          Roe          PROPN NNP  4   nsubj     I-PERSON
    met          meet         VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  4   dobj      GPE
    .            .            PUNCT .    4   punct     -
    The          the          DET   DT   9   det       -
    Ohio         Ohio         PROPN NNP  9   compound  GPE
    Democrat     Democrat     PROPN NNP  10  nsubj     NORP
    criticised   criticise    VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  10  dobj      GPE
    .            .            PUNCT .    10  punct     -
"""

# "Republican Senator Tom Doe praised Democratic Senator Ann Roe. The Ohio Democrat criticised Chile.
# The Democrats thanked Peru."
_TWO_PARTIES = """
    Republican   republican   ADJ   JJ   2   amod      NORP
    Senator      Senator      PROPN NNP  4   compound  -
    Tom          Tom          PROPN NNP  4   compound  PERSON
    Doe          Doe          PROPN NNP  5   nsubj     I-PERSON
    praised      praise       VERB  VBD  0   ROOT      -
    Democratic   democratic   ADJ   JJ   7   amod      NORP
    Senator      Senator      PROPN NNP  9   compound  -
    Ann          Ann          PROPN NNP  9   compound  PERSON
    Roe          Roe          PROPN NNP  5   dobj      I-PERSON
    .            .            PUNCT .    5   punct     -
    The          the          DET   DT   13  det       -
    Ohio         Ohio         PROPN NNP  13  compound  GPE
    Democrat     Democrat     PROPN NNP  14  nsubj     NORP
    criticised   criticise    VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  14  dobj      GPE
    .            .            PUNCT .    14  punct     -
    The          the          DET   DT   18  det       -
    Democrats    Democrats    PROPN NNPS 19  nsubj     NORP
    thanked      thank        VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  19  dobj      GPE
    .            .            PUNCT .    19  punct     -
"""


def test_the_state_and_party_description_is_the_politician_named_before() -> None:
    acts = _acts(_ONE_SENATOR)
    assert ("Ann Roe", "criticise", "Chile") in acts
    assert not any(subject == "Democratic Party" for subject, _, _ in acts)


def test_the_description_is_no_member_of_another_party() -> None:
    # Tom Doe, the subject before, is a Republican: the Democrat is the one Democrat named
    acts = _acts(_TWO_PARTIES)
    assert ("Ann Roe", "criticise", "Chile") in acts
    assert ("Tom Doe", "criticise", "Chile") not in acts
    assert ("Democratic Party", "criticise", "Chile") not in acts
    # the plural is the party
    assert ("Democratic Party", "thank", "Peru") in acts


def test_only_a_singular_member_noun_heading_a_definite_phrase_describes_a_person() -> None:
    doc = parse(_TWO_PARTIES)
    assert party_member_description(doc[12])  # "The Ohio Democrat"
    assert not party_member_description(doc[17])  # "The Democrats"
    assert not party_member_description(doc[0])  # "Republican Senator"


# "Ann Roe wrote in The Socialist."
_PAPER = """
    Ann          Ann          PROPN NNP  2   compound  PERSON
    Roe          Roe          PROPN NNP  3   nsubj     I-PERSON
    wrote        write        VERB  VBD  0   ROOT      -
    in           in           ADP   IN   3   prep      -
    The          the          DET   DT   6   det       -
    Socialist    Socialist    PROPN NNP  4   pobj      ORG
    .            .            PUNCT .    3   punct     -
"""


def test_a_capital_the_within_the_sentence_opens_the_name_of_a_paper() -> None:
    doc = parse(_PAPER)
    assert not party_member_description(doc[5])


# "Senator Tom Doe praised Democratic Senator Ann Roe. The Ohio Democrat criticised Chile."
_ONE_DEMOCRAT = """
    Senator      Senator      PROPN NNP  3   compound  -
    Tom          Tom          PROPN NNP  3   compound  PERSON
    Doe          Doe          PROPN NNP  4   nsubj     I-PERSON
    praised      praise       VERB  VBD  0   ROOT      -
    Democratic   democratic   ADJ   JJ   6   amod      NORP
    Senator      Senator      PROPN NNP  8   compound  -
    Ann          Ann          PROPN NNP  8   compound  PERSON
    Roe          Roe          PROPN NNP  4   dobj      I-PERSON
    .            .            PUNCT .    4   punct     -
    The          the          DET   DT   12  det       -
    Ohio         Ohio         PROPN NNP  12  compound  GPE
    Democrat     Democrat     PROPN NNP  13  nsubj     NORP
    criticised   criticise    VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  13  dobj      GPE
    .            .            PUNCT .    13  punct     -
"""

# "The Liberal Democrat criticised Chile."
_LIBERAL = """
    The          the          DET   DT   3   det       -
    Liberal      Liberal      PROPN NNP  3   compound  NORP
    Democrat     Democrat     PROPN NNP  4   nsubj     I-NORP
    criticised   criticise    VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  4   dobj      GPE
    .            .            PUNCT .    4   punct     -
"""


def test_the_one_member_of_the_party_goes_before_a_subject_of_no_known_party() -> None:
    acts = _acts(_ONE_DEMOCRAT)
    assert ("Ann Roe", "criticise", "Chile") in acts
    assert ("Tom Doe", "criticise", "Chile") not in acts


def test_the_member_noun_names_its_party_with_the_words_before_it() -> None:
    doc = parse(_LIBERAL)
    assert _party_named(doc[2]) == "Liberal Democrats"
    assert _party_named(parse(_ONE_SENATOR)[8]) == "Democratic Party"
