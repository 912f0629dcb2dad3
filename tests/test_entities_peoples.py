"""A plural demonym standing as a noun ("Peruvians protested") stands for the state, as the annotation
guide reads it ("Iraqis" is an alias of Iraq); a state's people as a whole is only named as such ("the
Peruvian people"). Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_plural_demonym_is_the_state() -> None:
    reading = read("""
    Peruvians Peruvian PROPN NNPS 2 nsubj NORP
    protested protest  VERB  VBD  0 ROOT  -
    against   against  ADP   IN   2 prep  -
    Chile     Chile    PROPN NNP  3 pobj  GPE
    .         .        PUNCT .    2 punct -
    """)
    assert facts(reading, "prep") == {("Peru", "protest against", "Chile")}


def test_the_plural_demonym_after_the_is_the_state() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP  2 nsubj GPE
    warned   warn     VERB  VBD  0 ROOT  -
    the      the      DET   DT   4 det   -
    Peruvians Peruvian PROPN NNPS 2 dobj  NORP
    .        .        PUNCT .    2 punct -
    """)
    assert facts(reading, "svo") == {("Chile", "warn", "Peru")}


def _ids(reading) -> dict[str, tuple[str, str | None, str | None]]:
    return {e.label: (e.id, e.country, e.sector) for e in reading.entities.entities()}


def test_a_counted_plural_demonym_protesting_is_its_state_s_protesters() -> None:
    reading = read("""
    Some      some      DET   DT   2 det   -
    Chileans  Chilean   PROPN NNPS 4 nsubj NORP
    have      have      AUX   VBP  4 aux   -
    protested protest   VERB  VBN  0 ROOT  -
    against   against   ADP   IN   4 prep  -
    the       the       DET   DT   7 det   -
    reform    reform    NOUN  NN   5 pobj  -
    .         .         PUNCT .    4 punct -
    """)
    assert _ids(reading)["Chilean protesters"] == ("group:protesters@chl", "CHL", "OPP")
    assert "Chile" not in _ids(reading)


def test_a_plural_demonym_protesting_against_no_state_is_its_protesters() -> None:
    reading = read("""
    Peruvians Peruvian PROPN NNPS 2 nsubj NORP
    marched   march    VERB  VBD  0 ROOT  -
    against   against  ADP   IN   2 prep  -
    the       the      DET   DT   5 det   -
    tax       tax      NOUN  NN   3 pobj  -
    .         .        PUNCT .    2 punct -
    """)
    assert _ids(reading)["Peruvian protesters"] == ("group:protesters@per", "PER", "OPP")


def test_thousands_of_a_people_are_its_people_not_its_state() -> None:
    reading = read("""
    Thousands thousand NOUN  NNS  4 nsubj -
    of        of       ADP   IN   1 prep  -
    Finns     Finn     PROPN NNPS 2 pobj  NORP
    signed    sign     VERB  VBD  0 ROOT  -
    a         a        DET   DT   6 det   -
    letter    letter   NOUN  NN   4 dobj  -
    to        to       ADP   IN   4 prep  -
    Russia    Russia   PROPN NNP  7 pobj  GPE
    .         .        PUNCT .    4 punct -
    """)
    people = _ids(reading)
    assert people["Finnish people"] == ("group:people@fin", "FIN", "PPL")
    assert "Finland" not in people
    assert facts(reading, "prep") == {("Finnish people", "sign letter to", "Russia")}


def test_a_counted_plural_demonym_is_people_and_a_bare_one_still_the_state() -> None:
    reading = read("""
    Many      many      ADJ   JJ   2 amod  -
    Kenyans   Kenyan    PROPN NNPS 3 nsubj NORP
    criticised criticise VERB VBD  0 ROOT  -
    the       the       DET   DT   5 det   -
    Ugandans  Ugandan   PROPN NNPS 3 dobj  NORP
    .         .         PUNCT .    3 punct -
    """)
    assert facts(reading, "svo") == {("Kenyan people", "criticise", "Uganda")}


def test_a_demonym_of_two_words_counted_is_its_people_too() -> None:
    reading = read("""
    Many      many      ADJ   JJ   3 amod     -
    South     South     PROPN NNP  3 compound NORP
    Koreans   Korean    PROPN NNPS 4 nsubj    I-NORP
    rallied   rally     VERB  VBD  0 ROOT     -
    .         .         PUNCT .    4 punct    -
    """)
    protesters = _ids(reading)["South Korean protesters"]
    assert protesters == ("group:protesters@kor", "KOR", "OPP")


def test_a_plural_demonym_the_tagger_left_a_common_noun_is_still_read() -> None:
    reading = read("""
    Albanians Albanian NOUN  NNS  2 nsubj -
    marched   march    VERB  VBD  0 ROOT  -
    in        in       ADP   IN   2 prep  -
    Tirana    Tirana   PROPN NNP  3 pobj  GPE
    .         .        PUNCT .    2 punct -
    """)
    assert _ids(reading)["Albanian protesters"] == ("group:protesters@alb", "ALB", "OPP")
