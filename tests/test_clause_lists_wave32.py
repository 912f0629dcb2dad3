"""Lists of parties and places after a verb (wave 32): a preposition repeated for each item, and a
partner added with "as well as", keep every item, not only the first."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

# "Peru sold arms to Chile and to Bolivia." (my own sentence)
REPEATED_TO = """
Peru     Peru     PROPN NNP 2 nsubj  GPE
sold     sell     VERB  VBD 0 ROOT   -
arms     arm      NOUN  NNS 2 dobj   -
to       to       ADP   IN  2 dative -
Chile    Chile    PROPN NNP 4 pobj   GPE
and      and      CCONJ CC  4 cc     -
to       to       ADP   IN  4 conj   -
Bolivia  Bolivia  PROPN NNP 7 pobj   GPE
.        .        PUNCT .   2 punct  -
"""


def test_a_preposition_repeated_in_a_list_reaches_every_party() -> None:
    assert facts(read(REPEATED_TO), "prep") == {
        ("Peru", "sell arm to", "Chile"),
        ("Peru", "sell arm to", "Bolivia"),
    }


# "Repsol found gas off Peru, in Chile and in Bolivia." (my own sentence)
FOUND_IN = """
Repsol   Repsol   PROPN NNP 2 nsubj  ORG
found    find     VERB  VBD 0 ROOT   -
gas      gas      NOUN  NN  2 dobj   -
off      off      ADP   IN  2 prep   -
Peru     Peru     PROPN NNP 4 pobj   GPE
,        ,        PUNCT ,   2 punct  -
in       in       ADP   IN  2 prep   -
Chile    Chile    PROPN NNP 7 pobj   GPE
and      and      CCONJ CC  7 cc     -
in       in       ADP   IN  7 conj   -
Bolivia  Bolivia  PROPN NNP 10 pobj  GPE
.        .        PUNCT .   2 punct  -
"""


def test_places_listed_after_a_verb_of_finding_stay_places() -> None:
    reading = read(FOUND_IN)
    # "off Peru" only places the find near the state (a placing phrase, wave 56 G: words.tsv placing_preps),
    # no object of it; the listed "in" places stay
    assert facts(reading, "prep") == {
        ("Repsol", "find gas in", "Chile"),
        ("Repsol", "find gas in", "Bolivia"),
    }
    # where the gas was found, no partner of an event
    assert {r.event_root for r in by_rule(reading, "prep")} == {None}


# "Peru signed deals with Chile as well as Bolivia." (my own sentence)
AS_WELL_AS = """
Peru     Peru     PROPN NNP 2 nsubj  GPE
signed   sign     VERB  VBD 0 ROOT   -
deals    deal     NOUN  NNS 2 dobj   -
with     with     ADP   IN  2 prep   -
Chile    Chile    PROPN NNP 4 pobj   GPE
as       as       ADV   RB  8 advmod -
well     well     ADV   RB  8 advmod -
as       as       CCONJ CC  5 cc     -
Bolivia  Bolivia  PROPN NNP 8 pobj   GPE
.        .        PUNCT .   2 punct  -
"""


def test_a_partner_added_with_as_well_as_is_a_partner_too() -> None:
    assert facts(read(AS_WELL_AS), "prep") == {
        ("Peru", "sign deal with", "Chile"),
        ("Peru", "sign deal with", "Bolivia"),
    }


# "Peru was condemned by Chile and by Bolivia." (my own sentence)
REPEATED_BY = """
Peru      Peru      PROPN NNP 3 nsubjpass GPE
was       be        AUX   VBD 3 auxpass   -
condemned condemn   VERB  VBN 0 ROOT      -
by        by        ADP   IN  3 agent     -
Chile     Chile     PROPN NNP 4 pobj      GPE
and       and       CCONJ CC  4 cc        -
by        by        ADP   IN  4 conj      -
Bolivia   Bolivia   PROPN NNP 7 pobj      GPE
.         .         PUNCT .   3 punct     -
"""


def test_a_by_agent_repeated_in_a_list_gives_every_doer() -> None:
    assert facts(read(REPEATED_BY), "passive") == {
        ("Chile", "condemn", "Peru"),
        ("Bolivia", "condemn", "Peru"),
    }


# "Peru held talks with Chile and with Bolivia." (my own sentence)
TALKS_WITH_EACH = """
Peru      Peru      PROPN NNP 2 nsubj     GPE
held      hold      VERB  VBD 0 ROOT      -
talks     talk      NOUN  NNS 2 dobj      -
with      with      ADP   IN  3 prep      -
Chile     Chile     PROPN NNP 4 pobj      GPE
and       and       CCONJ CC  4 cc        -
with      with      ADP   IN  4 conj      -
Bolivia   Bolivia   PROPN NNP 7 pobj      GPE
.         .         PUNCT .   2 punct     -
"""


def test_talks_with_each_of_a_list_are_talks_with_all() -> None:
    assert facts(read(TALKS_WITH_EACH), "light_verb") == {
        ("Peru", "meet with", "Chile"),
        ("Peru", "meet with", "Bolivia"),
    }
