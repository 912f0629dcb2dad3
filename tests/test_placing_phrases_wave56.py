"""Where a deed was done is not whom it was done to (wave 56 G): a compass point ("west of X"), nearness
("near X", "close to X"), a distance ("some 15 km from X"), "outside X" and "off the coast of X" place the
deed; the place or state they name (through "the border town of X" too) is no object of the verb or of its
noun (words.tsv placing_preps, placing_heads; objects.placing_phrase). The deed's own object stays, and the
deed's noun stays in the predicate when the parser takes the compass point for the object ("launched a
fresh offensive west of X against Y": launch offensive against Y, never "launch west of"). Each test states
its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_waves_repulsed_near_a_port_are_not_done_to_the_port() -> None:
    acts = facts_with_roots("""
    Chile     Chile     PROPN NNP  2  nsubj GPE
    said      say       VERB  VBD  0  ROOT  -
    its       its       PRON  PRP$ 4  poss  -
    forces    force     NOUN  NNS  5  nsubj -
    repulsed  repulse   VERB  VBD  2  ccomp -
    waves     wave      NOUN  NNS  5  dobj  -
    of        of        ADP   IN   6  prep  -
    attackers attacker  NOUN  NNS  7  pobj  -
    near      near      ADP   IN   5  prep  -
    the       the       DET   DT   11 det   -
    port      port      NOUN  NN   9  pobj  -
    of        of        ADP   IN   11 prep  -
    Arica     Arica     PROPN NNP  12 pobj  GPE
    .         .         PUNCT .    2  punct -
    """)
    assert not any(a[2] == "Arica" for a in acts), acts


def test_a_deed_near_a_city_acts_on_its_object_only() -> None:
    acts = facts_with_roots("""
    Chile   Chile   PROPN NNP 2 nsubj GPE
    shelled shell   VERB  VBD 0 ROOT  -
    Peru    Peru    PROPN NNP 2 dobj  GPE
    near    near    ADP   IN  2 prep  -
    Arica   Arica   PROPN NNP 4 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert ("Chile", "shell", "Peru", "19") in acts
    assert not any(a[2] == "Arica" for a in acts)


def test_an_offensive_west_of_a_city_with_no_party_gives_no_fact() -> None:
    # the parser takes "offensive" for an adjective and "west" for the object
    acts = facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    launched  launch    VERB  VBD 0 ROOT  -
    a         a         DET   DT  6 det   -
    fresh     fresh     ADJ   JJ  6 amod  -
    offensive offensive ADJ   JJ  6 amod  -
    west      west      NOUN  NN  2 dobj  -
    of        of        ADP   IN  6 prep  -
    Arica     Arica     PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert not any(a[2] == "Arica" for a in acts)
    assert not any("west" in a[1] for a in acts)


def test_an_offensive_west_of_a_city_against_troops_keeps_its_noun() -> None:
    acts = facts_with_roots("""
    Peru      Peru      PROPN NNP 2  nsubj GPE
    opened    open      VERB  VBD 0  ROOT  -
    a         a         DET   DT  6  det   -
    fresh     fresh     ADJ   JJ  6  amod  -
    offensive offensive ADJ   JJ  6  amod  -
    west      west      NOUN  NN  2  dobj  -
    of        of        ADP   IN  6  prep  -
    Arica     Arica     PROPN NNP 7  pobj  GPE
    against   against   ADP   IN  2  prep  -
    Chilean   Chilean   PROPN NNP 11 amod  NORP
    troops    troop     NOUN  NNS 9  pobj  -
    .         .         PUNCT .   2  punct -
    """)
    assert not any(a[2] == "Arica" for a in acts)
    assert not any("west" in a[1] for a in acts)
    assert any(a[0] == "Peru" and a[1] == "open offensive against" and a[3] == "19" for a in acts), acts


def test_a_push_halted_some_kilometres_from_a_city_is_not_done_to_it() -> None:
    acts = facts_with_roots("""
    Chile  Chile  PROPN NNP 2 nsubj    GPE
    halted halt   VERB  VBD 0 ROOT     -
    a      a      DET   DT  4 det      -
    push   push   NOUN  NN  2 dobj     -
    some   some   DET   DT  6 quantmod QUANTITY
    15     15     NUM   CD  7 nummod   I-QUANTITY
    km     km     NOUN  NN  2 npadvmod I-QUANTITY
    from   from   ADP   IN  2 prep     -
    Arica  Arica  PROPN NNP 8 pobj     GPE
    .      .      PUNCT .   2 punct    -
    """)
    assert not any(a[2] == "Arica" for a in acts)


def test_a_deed_off_the_coast_of_a_state_is_not_done_to_it() -> None:
    acts = facts_with_roots("""
    Chile   Chile   PROPN NNP 2 nsubj GPE
    shelled shell   VERB  VBD 0 ROOT  -
    a       a       DET   DT  4 det   -
    depot   depot   NOUN  NN  2 dobj  -
    off     off     ADP   IN  2 prep  -
    the     the     DET   DT  7 det   -
    coast   coast   NOUN  NN  5 pobj  -
    of      of      ADP   IN  7 prep  -
    Peru    Peru    PROPN NNP 8 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert not any(a[2] == "Peru" for a in acts)


def test_the_north_of_a_state_is_part_of_it() -> None:
    acts = facts_with_roots("""
    Peru     Peru     PROPN NNP 2 nsubj GPE
    attacked attack   VERB  VBD 0 ROOT  -
    the      the      DET   DT  4 det   -
    north    north    NOUN  NN  2 dobj  -
    of       of       ADP   IN  4 prep  -
    Chile    Chile    PROPN NNP 5 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert any(a[0] == "Peru" and a[2] == "Chile" and a[3] == "19" for a in acts)


def test_a_distance_travelled_from_a_place_says_whence() -> None:
    acts = facts_with_roots("""
    The       the       DET   DT  3  det      -
    Rotary    Rotary    PROPN NNP 3  compound ORG
    Club      Club      PROPN NNP 5  nsubj    I-ORG
    had       have      AUX   VBD 5  aux      -
    travelled travel    VERB  VBN 0  ROOT     -
    300       300       NUM   CD  7  nummod   QUANTITY
    miles     mile      NOUN  NNS 5  npadvmod I-QUANTITY
    from      from      ADP   IN  5  prep     -
    Ohio      Ohio      PROPN NNP 8  pobj     GPE
    .         .         PUNCT .   5  punct    -
    """)
    assert any(a[1] == "travel from" and a[2] == "Ohio" for a in acts), acts
