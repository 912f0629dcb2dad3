"""A state's word in a description said of a name gives the named its state ("two Canadian grocery chains,
A and B"), and a state only such a description names is not the article's: its state does not pass to the
article's bare institutions ("Parliament ... a Belgian insurer, X"). Sentences of our own, parses by hand."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import read


def _countries(reading: Reading) -> dict[str, str | None]:
    return {e.label: e.country for e in reading.entities.entities() if e.type in ("ORG", "PERSON")}


def test_a_plural_description_gives_each_coordinated_name_its_state() -> None:
    reading = read("""
    Two       two       NUM   CD  4  nummod   CARDINAL
    Canadian  Canadian  ADJ   JJ  4  amod     NORP
    grocery   grocery   NOUN  NN  4  compound -
    chains    chain     NOUN  NNS 10 nsubj    -
    ,         ,         PUNCT ,   4  punct    -
    Norvo     Norvo     PROPN NNP 4  appos    ORG
    and       and       CCONJ CC  6  cc       -
    Brenlock  Brenlock  PROPN NNP 6  conj     PERSON
    ,         ,         PUNCT ,   4  punct    -
    agreed    agree     VERB  VBD 0  ROOT     -
    to        to        PART  TO  12 aux      -
    merge     merge     VERB  VB  10 xcomp    -
    .         .         PUNCT .   10 punct    -
    """)
    assert _countries(reading) == {"Norvo": "CAN", "Brenlock": "CAN"}


def test_a_plural_noun_compounded_before_coordinated_names_is_said_of_each() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  2 amod     NORP
    brewers   brewer    NOUN  NNS 3 compound -
    Holmgaard Holmgaard PROPN NNP 6 nsubj    ORG
    and       and       CCONJ CC  3 cc       -
    Tveskov   Tveskov   PROPN NNP 3 conj     ORG
    closed    close     VERB  VBD 0 ROOT     -
    two       two       NUM   CD  8 nummod   CARDINAL
    plants    plant     NOUN  NNS 6 dobj     -
    .         .         PUNCT .   6 punct    -
    """)
    assert _countries(reading) == {"Holmgaard": "DNK", "Tveskov": "DNK"}


def test_a_singular_noun_before_coordinated_names_describes_the_first_only() -> None:
    reading = read("""
    Danish    Danish    ADJ   JJ  2 amod     NORP
    brewer    brewer    NOUN  NN  3 compound -
    Holmgaard Holmgaard PROPN NNP 6 nsubj    ORG
    and       and       CCONJ CC  3 cc       -
    Tveskov   Tveskov   PROPN NNP 3 conj     ORG
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  8 det      -
    deal      deal      NOUN  NN  6 dobj     -
    .         .         PUNCT .   6 punct    -
    """)
    assert _countries(reading) == {"Holmgaard": "DNK", "Tveskov": None}


def test_a_state_word_inside_a_hyphened_word_describes_no_state() -> None:
    reading = read("""
    Police    police    NOUN  NNS  2 nsubj    -
    arrested  arrest    VERB  VBD  0 ROOT     -
    members   member    NOUN  NNS  2 dobj     -
    of        of        ADP   IN   3 prep     -
    a         a         DET   DT   9 det      -
    Chilean   Chilean   ADJ   JJ   8 npadvmod NORP
    -         -         PUNCT HYPH 8 punct    -
    funded    fund      VERB  VBN  9 amod     -
    network   network   NOUN  NN   4 pobj     -
    ,         ,         PUNCT ,    9 punct    -
    Ardelio   Ardelio   PROPN NNP  9 appos    ORG
    .         .         PUNCT .    2 punct    -
    """)
    assert _countries(reading)["Ardelio"] is None


def test_a_state_only_a_description_names_is_not_the_articles() -> None:
    reading = read("""
    Parliament  Parliament  PROPN NNP 2  nsubj    ORG
    questioned  question    VERB  VBD 0  ROOT     -
    the         the         DET   DT  4  det      -
    role        role        NOUN  NN  2  dobj     -
    of          of          ADP   IN  4  prep     -
    a           a           DET   DT  8  det      -
    Belgian     Belgian     ADJ   JJ  8  amod     NORP
    insurer     insurer     NOUN  NN  5  pobj     -
    ,           ,           PUNCT ,   8  punct    -
    Vantrel     Vantrel     PROPN NNP 8  appos    ORG
    ,           ,           PUNCT ,   8  punct    -
    in          in          ADP   IN  2  prep     -
    the         the         DET   DT  14 det      -
    scheme      scheme      NOUN  NN  12 pobj     -
    .           .           PUNCT .   2  punct    -
    """)
    assert _countries(reading) == {"Parliament": None, "Vantrel": "BEL"}


def test_a_description_counts_for_a_state_the_article_names_otherwise() -> None:
    reading = read("""
    Belgian     Belgian     ADJ   JJ  2  amod     NORP
    insurer     insurer     NOUN  NN  3  compound -
    Vantrel     Vantrel     PROPN NNP 4  nsubj    ORG
    left        leave       VERB  VBD 0  ROOT     -
    Belgium     Belgium     PROPN NNP 4  dobj     GPE
    .           .           PUNCT .   4  punct    -
    Parliament  Parliament  PROPN NNP 8  nsubj    ORG
    objected    object      VERB  VBD 0  ROOT     -
    .           .           PUNCT .   8  punct    -
    """)
    assert _countries(reading) == {"Parliament": "BEL", "Vantrel": "BEL"}
