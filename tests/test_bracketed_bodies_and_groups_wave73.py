"""A body's name the tagger read as a law, spelt by the acronym in brackets after it, and summit groups the
tagger cut to "Group" (wave 73 E). Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def test_a_name_on_its_subject_spelt_by_its_bracketed_acronym_is_one_body() -> None:
    triples = read_triples("""
    Peru       Peru       PROPN NNP   2  nsubj    GPE
    entered    enter      VERB  VBD   0  ROOT     -
    the        the        DET   DT    5  det      LAW
    Northern   Northern   PROPN NNP   5  compound I-LAW
    Compact    Compact    PROPN NNP   2  dobj     I-LAW
    on         on         ADP   IN    5  prep     I-LAW
    Fisheries  Fisheries  PROPN NNPS  6  pobj     I-LAW
    and        and        CCONJ CC    7  cc       I-LAW
    Ports      Ports      PROPN NNP   7  conj     I-LAW
    (          (          PUNCT -LRB- 11 punct    -
    NCFP       NCFP       PROPN NNP   7  appos    ORG
    )          )          PUNCT -RRB- 5  punct    -
    in         in         ADP   IN    2  prep     -
    1990       1990       NUM   CD    13 pobj     DATE
    .          .          PUNCT .     2  punct    -
    """)
    assert ("Peru", "enter", "Northern Compact on Fisheries and Ports") in triples
    assert not any(t[2] == "NCFP" or "compact" in t[1] for t in triples)


def test_brackets_that_do_not_spell_the_name_before_them_stay_apart() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP   2  nsubj    GPE
    entered    enter      VERB  VBD   0  ROOT     -
    the        the        DET   DT    5  det      LAW
    Northern   Northern   PROPN NNP   5  compound I-LAW
    Compact    Compact    PROPN NNP   2  dobj     I-LAW
    on         on         ADP   IN    5  prep     I-LAW
    Fisheries  Fisheries  PROPN NNPS  6  pobj     I-LAW
    (          (          PUNCT -LRB- 9  punct    -
    IMF        IMF        PROPN NNP   7  appos    ORG
    )          )          PUNCT -RRB- 5  punct    -
    .          .          PUNCT .     2  punct    -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert "Northern Compact on Fisheries" not in labels


def test_a_summit_group_the_tagger_cut_to_group_is_the_whole_group() -> None:
    reading = read("""
    Ana     Ana     PROPN NNP 2  nsubj  PERSON
    said    say     VERB  VBD 0  ROOT   -
    the     the     DET   DT  4  det    -
    Group   Group   PROPN NNP 7  nsubj  ORG
    of      of      ADP   IN  4  prep   -
    Eight   Eight   PROPN NNP 5  pobj   CARDINAL
    had     have    VERB  VBD 2  ccomp  -
    common  common  ADJ   JJ  9  amod   -
    ground  ground  NOUN  NN  7  dobj   -
    .       .       PUNCT .   2  punct  -
    """)
    groups = [(e.label, e.type, e.country) for e in reading.entities.entities() if e.type == "ORG"]
    assert groups == [("Group of Eight", "ORG", None)]


def test_a_summit_group_in_digits_the_tagger_cut_is_the_whole_group() -> None:
    reading = read("""
    Ana     Ana     PROPN NNP 2  nsubj  PERSON
    said    say     VERB  VBD 0  ROOT   -
    the     the     DET   DT  4  det    -
    Group   Group   PROPN NNP 7  nsubj  ORG
    of      of      ADP   IN  4  prep   -
    8       8       NUM   CD  5  pobj   CARDINAL
    had     have    VERB  VBD 2  ccomp  -
    common  common  ADJ   JJ  9  amod   -
    ground  ground  NOUN  NN  7  dobj   -
    .       .       PUNCT .   2  punct  -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert "Group" not in labels and "Group of Eight" in labels
