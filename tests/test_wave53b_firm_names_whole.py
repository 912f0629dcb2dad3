"""Hand-built parses: a firm's name stays whole where the tagger cuts it. Words joined by a foreign "and"
before a legal form ("Metall und Rohstoff AG"), a name cut at a foreign particle ("Banque Generale du
Luxembourg") and a name ending in its house's city ("Acme Trading London") are one firm, not two firms, a
place or a state."""

from __future__ import annotations

from hand_docs import facts, read


def _labels(reading) -> set[str]:
    return {e.label for e in reading.entities.entities()}


def _entity(reading, label: str):
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity


SUED = """
Metall   Metall   PROPN NNP 4 compound -
und      und      PROPN NNP 4 compound -
Rohstoff Rohstoff PROPN NNP 4 compound ORG
AG       AG       PROPN NNP 5 nsubj    I-ORG
sued     sue      VERB  VBD 0 ROOT     -
Peru     Peru     PROPN NNP 5 dobj     GPE
.        .        PUNCT .   5 punct    -
"""


def test_a_foreign_and_inside_a_firms_name_before_its_legal_form_keeps_it_whole() -> None:
    # "Metall und Rohstoff AG sued Peru."
    reading = read(SUED)
    assert facts(reading, "svo") == {("Metall und Rohstoff AG", "sue", "Peru")}
    assert "Rohstoff AG" not in _labels(reading)


HOUSE = """
Acme     Acme     PROPN NNP 3  compound -
Trading  Trading  PROPN NNP 3  compound -
London   London   PROPN NNP 11 nsubj    -
,        ,        PUNCT ,   3  punct    -
a        a        DET   DT  6  det      -
unit     unit     NOUN  NN  3  appos    -
of       of       ADP   IN  6  prep     -
Acme     Acme     PROPN NNP 9  compound ORG
Corp     Corp     PROPN NNP 7  pobj     I-ORG
,        ,        PUNCT ,   3  punct    -
sued     sue      VERB  VBD 0  ROOT     -
Peru     Peru     PROPN NNP 11 dobj     GPE
.        .        PUNCT .   11 punct    -
"""


def test_a_firms_name_ending_in_its_houses_city_is_the_firm_not_the_city() -> None:
    # "Acme Trading London, a unit of Acme Corp, sued Peru."
    reading = read(HOUSE)
    assert facts(reading, "svo") == {("Acme Trading London", "sue", "Peru")}
    assert "United Kingdom" not in _labels(reading)


def test_a_trade_word_and_a_city_with_no_name_before_stay_apart() -> None:
    # "Trading London, a unit of Acme Corp, sued Peru." (no firm's own name: left as read)
    rows = HOUSE.strip().splitlines()[1:]
    table = "\n".join(
        " ".join(str(int(c) - 1) if n == 4 and c != "0" else c for n, c in enumerate(row.split()))
        for row in rows
    )
    assert "Trading London" not in _labels(read(table))


LENT = """
Banque     Banque     PROPN NNP 2 compound ORG
Generale   Generale   PROPN NNP 4 nmod     I-ORG
du         du         ADP   IN  4 compound -
Luxembourg Luxembourg PROPN NNP 5 nsubj    GPE
lent       lend       VERB  VBD 0 ROOT     -
money      money      NOUN  NN  5 dobj     -
to         to         ADP   IN  5 dative   -
Peru       Peru       PROPN NNP 7 pobj     GPE
.          .          PUNCT .   5 punct    -
"""


def test_a_foreign_particle_inside_a_banks_name_keeps_it_whole_not_a_state() -> None:
    # "Banque Generale du Luxembourg lent money to Peru."
    reading = read(LENT)
    assert facts(reading, "prep") == {("Banque Generale du Luxembourg", "lend money to", "Peru")}
    assert "Luxembourg" not in _labels(reading)


PARTNERS = """
Morel   Morel   PROPN NNP 2 compound ORG
Freres  Freres  PROPN NNP 3 compound I-ORG
et      et      NOUN  NN  5 npadvmod -
Cie     Cie     PROPN NNP 5 nsubj    ORG
advised advise  VERB  VBD 0 ROOT     -
Peru    Peru    PROPN NNP 5 dobj     GPE
.       .       PUNCT .   5 punct    -
"""


def test_a_foreign_and_before_the_word_for_company_keeps_the_partnership_whole() -> None:
    # "Morel Freres et Cie advised Peru."
    reading = read(PARTNERS)
    assert facts(reading, "svo") == {("Morel Freres et Cie", "advise", "Peru")}
    assert "Cie" not in _labels(reading)


KNOWN_BODY = """
Peru     Peru     PROPN NNP 2 nsubj GPE
sued     sue      VERB  VBD 0 ROOT  -
Societe  Societe  PROPN NNP 6 nmod  ORG
Generale Generale PROPN NNP 6 nmod  I-ORG
de       de       X     FW  6 nmod  I-ORG
Belgique Belgique PROPN NNP 2 dobj  I-ORG
.        .        PUNCT .   2 punct -
"""


def test_a_known_bodys_name_going_on_after_a_particle_is_no_person_after_it() -> None:
    # "Peru sued Societe Generale de Belgique." (a known bank's name, then its particle and more)
    reading = read(KNOWN_BODY)
    assert facts(reading, "svo") == {("Peru", "sue", "Societe Generale de Belgique")}
    assert "de Belgique" not in _labels(reading)


UNTAGGED_HEAD = """
Peru     Peru     PROPN NNP 2 nsubj GPE
borrowed borrow   VERB  VBD 0 ROOT  -
from     from     ADP   IN  2 prep  -
the      the      DET   DT  5 det   -
Banco    Banco    PROPN NNP 3 pobj  -
do       do       AUX   VBP 2 dep   -
Rio      Rio      PROPN NNP 2 dobj  PERSON
.        .        PUNCT .   2 punct -
"""


def test_a_foreign_bodys_first_word_left_untagged_opens_its_name() -> None:
    # "Peru borrowed from the Banco do Rio." (the tagger left "Banco" untagged and took "Rio" for a person)
    reading = read(UNTAGGED_HEAD)
    assert "Banco do Rio" in _labels(reading)
    assert "Rio" not in _labels(reading)


FAVOUR = """
Could  could  AUX   MD  4 aux    -
the    the    DET   DT  3 det    -
OECD   OECD   PROPN NNP 4 nsubj  ORG
do     do     VERB  VB  0 ROOT   -
Peru   Peru   PROPN NNP 4 dative GPE
a      a      DET   DT  7 det    -
favour favour NOUN  NN  4 dobj   -
?      ?      PUNCT .   4 punct  -
"""


def test_an_english_verb_after_a_body_joins_no_name() -> None:
    # "Could the OECD do Peru a favour?": "do" joins a name only after a foreign body's first word
    labels = _labels(read(FAVOUR))
    assert "OECD do Peru" not in labels
    assert "Peru" in labels


BRACKETED = """
Acme    Acme    PROPN NNP   2 compound -
Trading Trading PROPN NNP   6 nmod     -
(       (       PUNCT -LRB- 6 punct    -
London  London  PROPN NNP   6 nmod     -
)       )       PUNCT -RRB- 6 punct    -
Ltd     Ltd     PROPN NNP   7 nsubj    -
sued    sue     VERB  VBD   0 ROOT     -
Peru    Peru    PROPN NNP   7 dobj     GPE
.       .       PUNCT .     7 punct    -
"""


def test_a_bracketed_place_inside_a_firms_name_before_its_legal_form_keeps_it_whole() -> None:
    # "Acme Trading (London) Ltd sued Peru."
    reading = read(BRACKETED)
    # (a hand-built Doc spaces its brackets: "Acme Trading ( London ) Ltd")
    [(firm, verb, sued)] = facts(reading, "svo")
    assert (firm.replace(" ", ""), verb, sued) == ("AcmeTrading(London)Ltd", "sue", "Peru")
