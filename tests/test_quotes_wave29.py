"""Quotation marks written the wrong way round in web copies of wire stories (audit round 31): a double
mark that ends a sentence's words before a report of who spoke them closes a quotation that no double
mark opened (a single apostrophe did, or nothing), and a quotation opened by a typed pair "``" may close
with a single apostrophe. Either way the narrative after it is the writer's again.

The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import quote_groups
from hand_docs import parse, read

# 'Chile will win the vote," said Ana Ruiz, a senior minister. Peru condemned Bolivia. "No," Luis said.
APOSTROPHE_THEN_DOUBLE = """
    '         '         PUNCT ``   9  punct    -
    Chile     Chile     PROPN NNP  4  nsubj    GPE
    will      will      AUX   MD   4  aux      -
    win       win       VERB  VB   9  ccomp    -
    the       the       DET   DT   6  det      -
    vote      vote      NOUN  NN   4  dobj     -
    ,         ,         PUNCT ,    9  punct    -
    "         "         PUNCT ''   9  punct    -
    said      say       VERB  VBD  0  ROOT     -
    Ana       Ana       PROPN NNP  11 compound PERSON
    Ruiz      Ruiz      PROPN NNP  9  nsubj    I-PERSON
    ,         ,         PUNCT ,    11 punct    -
    a         a         DET   DT   15 det      -
    senior    senior    ADJ   JJ   15 amod     -
    minister  minister  NOUN  NN   11 appos    -
    .         .         PUNCT .    9  punct    -
    Peru      Peru      PROPN NNP  18 nsubj    GPE
    condemned condemn   VERB  VBD  0  ROOT     -
    Bolivia   Bolivia   PROPN NNP  18 dobj     GPE
    .         .         PUNCT .    18 punct    -
    "         "         PUNCT ``   26 punct    -
    No        no        INTJ  UH   26 intj     -
    ,         ,         PUNCT ,    26 punct    -
    "         "         PUNCT ''   26 punct    -
    Luis      Luis      PROPN NNP  26 nsubj    PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    26 punct    -
"""

# Talks ended. Bolivia must leave," Ana Ruiz said. Peru closed the border.
NOTHING_THEN_DOUBLE = """
    Talks     talk      NOUN  NNS  2  nsubj    -
    ended     end       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    2  punct    -
    Bolivia   Bolivia   PROPN NNP  6  nsubj    GPE
    must      must      AUX   MD   6  aux      -
    leave     leave     VERB  VB   11 ccomp    -
    ,         ,         PUNCT ,    11 punct    -
    "         "         PUNCT ''   11 punct    -
    Ana       Ana       PROPN NNP  10 compound PERSON
    Ruiz      Ruiz      PROPN NNP  11 nsubj    I-PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    11 punct    -
    Peru      Peru      PROPN NNP  14 nsubj    GPE
    closed    close     VERB  VBD  0  ROOT     -
    the       the       DET   DT   16 det      -
    border    border    NOUN  NN   14 dobj     -
    .         .         PUNCT .    14 punct    -
"""

# Talks ended. "Ana said Peru would lose," Luis said.
OPENS_ON_QUOTED_SPEECH = """
    Talks     talk      NOUN  NNS  2  nsubj    -
    ended     end       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    2  punct    -
    "         "         PUNCT ``   13 punct    -
    Ana       Ana       PROPN NNP  6  nsubj    PERSON
    said      say       VERB  VBD  13 ccomp    -
    Peru      Peru      PROPN NNP  9  nsubj    GPE
    would     would     AUX   MD   9  aux      -
    lose      lose      VERB  VB   6  ccomp    -
    ,         ,         PUNCT ,    13 punct    -
    "         "         PUNCT ''   13 punct    -
    Luis      Luis      PROPN NNP  13 nsubj    PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    13 punct    -
"""

# ``We are ready to sign.' Peru said it would wait.
TYPED_THEN_APOSTROPHE = """
    ``        ``        PUNCT ``   3  punct    -
    We        we        PRON  PRP  3  nsubj    -
    are       be        AUX   VBP  0  ROOT     -
    ready     ready     ADJ   JJ   3  acomp    -
    to        to        PART  TO   6  aux      -
    sign      sign      VERB  VB   4  xcomp    -
    .         .         PUNCT .    3  punct    -
    '         '         PUNCT ''   3  punct    -
    Peru      Peru      PROPN NNP  10 nsubj    GPE
    said      say       VERB  VBD  0  ROOT     -
    it        it        PRON  PRP  13 nsubj    -
    would     would     AUX   MD   13 aux      -
    wait      wait      VERB  VB   10 ccomp    -
    .         .         PUNCT .    10 punct    -
"""

# ``Ana told us, 'go.' We left,'' Luis said.
TYPED_WITH_ITS_OWN_CLOSER = """
    ``        ``        PUNCT ``   3  punct    -
    Ana       Ana       PROPN NNP  3  nsubj    PERSON
    told      tell      VERB  VBD  12 ccomp    -
    us        we        PRON  PRP  3  dobj     -
    ,         ,         PUNCT ,    3  punct    -
    '         '         PUNCT ``   7  punct    -
    go        go        VERB  VB   3  ccomp    -
    .         .         PUNCT .    7  punct    -
    '         '         PUNCT ''   7  punct    -
    We        we        PRON  PRP  11 nsubj    -
    left      leave     VERB  VBD  12 ccomp    -
    ,         ,         PUNCT ,    12 punct    -
    ''        ''        PUNCT ''   12 punct    -
    Luis      Luis      PROPN NNP  12 nsubj    PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    12 punct    -
"""


def _quoted(table: str) -> list[str]:
    doc = parse(table)
    return [doc[start:end].text for group in quote_groups(doc) for start, end in group]


def test_a_double_mark_before_its_report_closes_what_an_apostrophe_opened() -> None:
    assert _quoted(APOSTROPHE_THEN_DOUBLE) == ["Chile will win the vote,", "No,"]


def test_a_double_mark_before_its_report_closes_its_sentence_when_nothing_opened_it() -> None:
    assert _quoted(NOTHING_THEN_DOUBLE) == ["Bolivia must leave,"]


def test_the_narrative_after_a_double_mark_closing_unopened_words_is_the_writers() -> None:
    reading = read(APOSTROPHE_THEN_DOUBLE)
    condemned = [r for r in reading.relations if r.predicate == "condemn"]
    assert condemned and all(r.attributed_to is None for r in condemned)


def test_a_double_mark_before_quoted_speech_still_opens() -> None:
    assert _quoted(OPENS_ON_QUOTED_SPEECH) == ["Ana said Peru would lose,"]


def test_an_apostrophe_after_sentence_punctuation_closes_a_typed_opening() -> None:
    assert _quoted(TYPED_THEN_APOSTROPHE) == ["We are ready to sign."]


def test_a_typed_opening_closed_by_its_typed_pair_keeps_the_apostrophes_inside() -> None:
    assert _quoted(TYPED_WITH_ITS_OWN_CLOSER) == ["Ana told us, ' go. ' We left,"]


# Ana spoke, "As I said, Peru will pay."
OPENS_ON_AN_ASIDE = """
    Ana       Ana       PROPN NNP  2  nsubj    PERSON
    spoke     speak     VERB  VBD  0  ROOT     -
    ,         ,         PUNCT ,    2  punct    -
    "         "         PUNCT ``   11 punct    -
    As        as        SCONJ IN   7  mark     -
    I         I         PRON  PRP  7  nsubj    -
    said      say       VERB  VBD  11 advcl    -
    ,         ,         PUNCT ,    11 punct    -
    Peru      Peru      PROPN NNP  11 nsubj    GPE
    will      will      AUX   MD   11 aux      -
    pay       pay       VERB  VB   2  ccomp    -
    .         .         PUNCT .    2  punct    -
    "         "         PUNCT ''   2  punct    -
"""


def test_a_double_mark_before_an_aside_of_speech_still_opens() -> None:
    # "As I said" is quoted words: its first word is no speaker's
    assert _quoted(OPENS_ON_AN_ASIDE) == ["As I said, Peru will pay."]
