"""Coordination (wave 33): coordinated subjects of a symmetric verb that names a partner of its own act on
that partner, not on each other; a relative or reduced clause on one item of a list says nothing of the
items after it; the items of a list the parser split off it are items still; a verb coordinated with
another that the tagger took for an adjective is a verb.

Every sentence is my own; each parse is stated by hand (tests/hand_docs.py)."""

from __future__ import annotations

from geokg.extract.io.nlp import conjoined_verbs
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read

# "Peru and Chile pledged to cooperate with Bolivia."
PLEDGED_WITH = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
pledged    pledge     VERB  VBD 0 ROOT   -
to         to         PART  TO  6 aux    -
cooperate  cooperate  VERB  VB  4 xcomp  -
with       with       ADP   IN  6 prep   -
Bolivia    Bolivia    PROPN NNP 7 pobj   GPE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_pledging_to_cooperate_with_a_partner_do_not_cooperate_with_each_other() -> None:
    reading = read(PLEDGED_WITH)
    assert facts(reading, "reciprocal") == set()
    assert facts(reading, "prep") == {
        ("Peru", "pledge to cooperate with", "Bolivia"),
        ("Chile", "pledge to cooperate with", "Bolivia"),
    }


# "Peru and Chile met officials on Monday."
MET_OFFICIALS = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
officials  official   NOUN  NNS 4 dobj   -
on         on         ADP   IN  4 prep   -
Monday     Monday     PROPN NNP 6 pobj   DATE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_who_met_officials_did_not_meet_each_other() -> None:
    assert facts(read(MET_OFFICIALS), "reciprocal") == set()


# "Peru and Chile met with each other."
MET_EACH_OTHER = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
with       with       ADP   IN  4 prep   -
each       each       DET   DT  7 det    -
other      other      ADJ   JJ  5 pobj   -
.          .          PUNCT .   4 punct  -
"""

# "Peru and Chile met on Monday."
MET_ALONE = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
on         on         ADP   IN  4 prep   -
Monday     Monday     PROPN NNP 5 pobj   DATE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_who_met_no_one_else_met_each_other() -> None:
    assert facts(read(MET_EACH_OTHER), "reciprocal") == {("Peru", "meet with", "Chile")}
    assert facts(read(MET_ALONE), "reciprocal") == {("Peru", "meet with", "Chile")}


# "Peru and Chile met with Bolivia to discuss trade."
MET_WITH_TO_DISCUSS = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
with       with       ADP   IN  4 prep   -
Bolivia    Bolivia    PROPN NNP 5 pobj   GPE
to         to         PART  TO  8 aux    -
discuss    discuss    VERB  VB  4 advcl  -
trade      trade      NOUN  NN  8 dobj   -
.          .          PUNCT .   4 punct  -
"""


def test_what_subjects_meet_a_partner_to_discuss_they_discuss_with_that_partner() -> None:
    reading = read(MET_WITH_TO_DISCUSS)
    assert facts(reading, "reciprocal") == set()
    assert facts(reading, "prep") == {("Peru", "meet with", "Bolivia"), ("Chile", "meet with", "Bolivia")}


# "Peru and Chile signed an accord with Bolivia."
ACCORD_WITH = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
signed     sign       VERB  VBD 0 ROOT   -
an         a          DET   DT  6 det    -
accord     accord     NOUN  NN  4 dobj   -
with       with       ADP   IN  6 prep   -
Bolivia    Bolivia    PROPN NNP 7 pobj   GPE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_signing_an_accord_with_a_partner_did_not_sign_with_each_other() -> None:
    assert facts(read(ACCORD_WITH), "reciprocal") == set()


# "Peru signed deals with Chile, which borders Argentina, and Bolivia."
RELATIVE_ON_FIRST_ITEM = """
Peru       Peru       PROPN NNP 2  nsubj  GPE
signed     sign       VERB  VBD 0  ROOT   -
deals      deal       NOUN  NNS 2  dobj   -
with       with       ADP   IN  2  prep   -
Chile      Chile      PROPN NNP 4  pobj   GPE
,          ,          PUNCT ,   5  punct  -
which      which      PRON  WDT 8  nsubj  -
borders    border     VERB  VBZ 5  relcl  -
Argentina  Argentina  PROPN NNP 8  dobj   GPE
,          ,          PUNCT ,   5  punct  -
and        and        CCONJ CC  5  cc     -
Bolivia    Bolivia    PROPN NNP 5  conj   GPE
.          .          PUNCT .   2  punct  -
"""


def test_a_relative_clause_on_one_item_says_nothing_of_the_items_after_it() -> None:
    reading = read(RELATIVE_ON_FIRST_ITEM)
    assert facts(reading, "svo") == {("Chile", "border", "Argentina")}
    assert facts(reading, "prep") == {
        ("Peru", "sign deal with", "Chile"),
        ("Peru", "sign deal with", "Bolivia"),
    }


# "Peru criticised Chile and Bolivia, which borders Brazil." (the parser hangs the clause on the list)
SINGULAR_AFTER_LIST = """
Peru        Peru        PROPN NNP 2 nsubj  GPE
criticised  criticise   VERB  VBD 0 ROOT   -
Chile       Chile       PROPN NNP 2 dobj   GPE
and         and         CCONJ CC  3 cc     -
Bolivia     Bolivia     PROPN NNP 3 conj   GPE
,           ,           PUNCT ,   3 punct  -
which       which       PRON  WDT 8 nsubj  -
borders     border      VERB  VBZ 3 relcl  -
Brazil      Brazil      PROPN NNP 8 dobj   GPE
.           .           PUNCT .   2 punct  -
"""

# "Peru criticised Chile and Bolivia, which border Brazil."
PLURAL_AFTER_LIST = """
Peru        Peru        PROPN NNP 2 nsubj  GPE
criticised  criticise   VERB  VBD 0 ROOT   -
Chile       Chile       PROPN NNP 2 dobj   GPE
and         and         CCONJ CC  3 cc     -
Bolivia     Bolivia     PROPN NNP 3 conj   GPE
,           ,           PUNCT ,   5 punct  -
which       which       PRON  WDT 8 nsubj  -
border      border      VERB  VBP 5 relcl  -
Brazil      Brazil      PROPN NNP 8 dobj   GPE
.           .           PUNCT .   2 punct  -
"""


def test_a_relative_clause_after_a_list_is_of_the_items_its_verb_agrees_with() -> None:
    assert facts(read(SINGULAR_AFTER_LIST), "svo") >= {("Bolivia", "border", "Brazil")}
    assert ("Chile", "border", "Brazil") not in facts(read(SINGULAR_AFTER_LIST), "svo")
    assert {("Chile", "border", "Brazil"), ("Bolivia", "border", "Brazil")} <= facts(
        read(PLURAL_AFTER_LIST), "svo"
    )


# "Peru criticised Chile, backed by Bolivia, and Ecuador."
REDUCED_ON_FIRST_ITEM = """
Peru        Peru       PROPN NNP 2  nsubj  GPE
criticised  criticise  VERB  VBD 0  ROOT   -
Chile       Chile      PROPN NNP 2  dobj   GPE
,           ,          PUNCT ,   3  punct  -
backed      back       VERB  VBN 3  acl    -
by          by         ADP   IN  5  agent  -
Bolivia     Bolivia    PROPN NNP 6  pobj   GPE
,           ,          PUNCT ,   3  punct  -
and         and        CCONJ CC  3  cc     -
Ecuador     Ecuador    PROPN NNP 3  conj   GPE
.           .          PUNCT .   2  punct  -
"""


def test_a_reduced_clause_on_one_item_says_nothing_of_the_items_after_it() -> None:
    reading = read(REDUCED_ON_FIRST_ITEM)
    assert facts(reading, "passive") == {("Bolivia", "back", "Chile")}
    assert facts(reading, "svo") == {("Peru", "criticise", "Chile"), ("Peru", "criticise", "Ecuador")}


# "Peru suspended payments to Chile and froze credit lines to Bolivia." ("froze" tagged an adjective)
FROZE_AS_ADJECTIVE = """
Peru       Peru       PROPN NNP 2  nsubj     GPE
suspended  suspend    VERB  VBD 0  ROOT      -
payments   payment    NOUN  NNS 2  dobj      -
to         to         ADP   IN  3  prep      -
Chile      Chile      PROPN NNP 4  pobj      GPE
and        and        CCONJ CC  2  cc        -
froze      freeze     ADJ   JJ  2  conj      -
credit     credit     NOUN  NN  9  compound  -
lines      line       NOUN  NNS 7  dobj      -
to         to         ADP   IN  7  prep      -
Bolivia    Bolivia    PROPN NNP 10 pobj      GPE
.          .          PUNCT .   2  punct     -
"""


def test_a_conjoined_verb_tagged_as_an_adjective_is_a_verb_with_its_partners_subject() -> None:
    doc = conjoined_verbs(parse(FROZE_AS_ADJECTIVE))
    assert (doc[6].pos_, doc[6].tag_) == ("VERB", "VBD")
    assert ("Peru", "freeze credit line to", "Bolivia") in facts(read_doc(doc, scope="hand-built"), "prep")


# "Peru signed deals with Acme Corp, Zenith Corp, Apex Corp and Delta Corp." (the second name hung on
# the first as an apposition, the rest on it)
APPOSED_LIST = """
Peru    Peru    PROPN NNP 2  nsubj     GPE
signed  sign    VERB  VBD 0  ROOT      -
deals   deal    NOUN  NNS 2  dobj      -
with    with    ADP   IN  2  prep      -
Acme    Acme    PROPN NNP 6  compound  ORG
Corp    Corp    PROPN NNP 4  pobj      I-ORG
,       ,       PUNCT ,   6  punct     -
Zenith  Zenith  PROPN NNP 9  compound  ORG
Corp    Corp    PROPN NNP 6  appos     I-ORG
,       ,       PUNCT ,   9  punct     -
Apex    Apex    PROPN NNP 12 compound  ORG
Corp    Corp    PROPN NNP 9  conj      I-ORG
and     and     CCONJ CC  12 cc        -
Delta   Delta   PROPN NNP 15 compound  ORG
Corp    Corp    PROPN NNP 12 conj      I-ORG
.       .       PUNCT .   2  punct     -
"""


def test_a_list_the_parser_hung_on_an_apposition_gives_every_item() -> None:
    assert facts(read(APPOSED_LIST), "prep") == {
        ("Peru", "sign deal with", "Acme Corp"),
        ("Peru", "sign deal with", "Zenith Corp"),
        ("Peru", "sign deal with", "Apex Corp"),
        ("Peru", "sign deal with", "Delta Corp"),
    }


# "Peru lent money to Acme Corp, Zenith Corp, and Apex Corp." (the last name hung on the verb)
CLOSING_ON_VERB = """
Peru    Peru    PROPN NNP 2  nsubj     GPE
lent    lend    VERB  VBD 0  ROOT      -
money   money   NOUN  NN  2  dobj      -
to      to      ADP   IN  2  dative    -
Acme    Acme    PROPN NNP 6  compound  ORG
Corp    Corp    PROPN NNP 4  pobj      I-ORG
,       ,       PUNCT ,   6  punct     -
Zenith  Zenith  PROPN NNP 9  compound  ORG
Corp    Corp    PROPN NNP 6  conj      I-ORG
,       ,       PUNCT ,   6  punct     -
and     and     CCONJ CC  2  cc        -
Apex    Apex    PROPN NNP 13 compound  ORG
Corp    Corp    PROPN NNP 2  conj      I-ORG
.       .       PUNCT .   2  punct     -
"""


def test_the_last_name_of_a_list_hung_on_the_verb_is_an_item_too() -> None:
    assert facts(read(CLOSING_ON_VERB), "prep") == {
        ("Peru", "lend money to", "Acme Corp"),
        ("Peru", "lend money to", "Zenith Corp"),
        ("Peru", "lend money to", "Apex Corp"),
    }


# "Chile sent envoys to Cusco, Peru, and Guayaquil." (a city and its state: one place, no list of three)
CITY_AND_STATE = """
Chile   Chile   PROPN NNP 2  nsubj  GPE
sent    send    VERB  VBD 0  ROOT   -
envoys  envoy   NOUN  NNS 2  dobj   -
to      to      ADP   IN  2  prep   -
Cusco   Cusco   PROPN NNP 4  pobj   GPE
,       ,       PUNCT ,   5  punct  -
Peru    Peru    PROPN NNP 5  appos  GPE
,       ,       PUNCT ,   5  punct  -
and     and     CCONJ CC  5  cc     -
Guayaquil Guayaquil PROPN NNP 5  conj   GPE
.       .       PUNCT .   2  punct  -
"""


def test_a_state_in_apposition_to_its_city_is_no_item_of_a_list() -> None:
    objects = {obj for _, _, obj in facts(read(CITY_AND_STATE), "prep")}
    assert "Peru" not in objects


# "Peru and Chile fought each other."
FOUGHT_EACH_OTHER = """
Peru    Peru    PROPN NNP 4 nsubj  GPE
and     and     CCONJ CC  1 cc     -
Chile   Chile   PROPN NNP 1 conj   GPE
fought  fight   VERB  VBD 0 ROOT   -
each    each    DET   DT  6 det    -
other   other   ADJ   JJ  4 dobj   -
.       .       PUNCT .   4 punct  -
"""


def test_subjects_who_fought_each_other_fought_with_each_other() -> None:
    assert facts(read(FOUGHT_EACH_OTHER), "reciprocal") == {("Peru", "fight with", "Chile")}


# "Acme agreed to buy Zenith and sell Apex."
TO_BUY_AND_SELL = """
Acme    Acme    PROPN NNP 2 nsubj  ORG
agreed  agree   VERB  VBD 0 ROOT   -
to      to      PART  TO  4 aux    -
buy     buy     VERB  VB  2 xcomp  -
Zenith  Zenith  PROPN NNP 4 dobj   ORG
and     and     CCONJ CC  4 cc     -
sell    sell    VERB  VB  4 conj   -
Apex    Apex    PROPN NNP 7 dobj   ORG
.       .       PUNCT .   2 punct  -
"""


def test_a_bare_verb_coordinated_with_an_infinitive_keeps_the_governors_to() -> None:
    assert facts(read(TO_BUY_AND_SELL), "svo") == {
        ("Acme", "agree to buy", "Zenith"),
        ("Acme", "agree to sell", "Apex"),
    }


# "Peruvian and Chilean officials met Bolivian diplomats."
STATE_WORDS_LISTED = """
Peruvian   Peruvian   ADJ   JJ  4 amod   NORP
and        and        CCONJ CC  1 cc     -
Chilean    Chilean    ADJ   JJ  1 conj   NORP
officials  official   NOUN  NNS 5 nsubj  -
met        meet       VERB  VBD 0 ROOT   -
Bolivian   Bolivian   ADJ   JJ  7 amod   NORP
diplomats  diplomat   NOUN  NNS 5 dobj   -
.          .          PUNCT .   5 punct  -
"""


def test_officials_of_states_listed_before_their_noun_act_for_each_state() -> None:
    reading = read(STATE_WORDS_LISTED)
    assert facts(reading, "svo") == {("Peru", "meet with", "Bolivia"), ("Chile", "meet with", "Bolivia")}
    assert facts(reading, "reciprocal") == set()


# "Peru sold jets to Acme Corp, Zenith Corp, and Apex Corp." (the last name hung on the verb as its object)
CLOSING_AS_OBJECT = """
Peru    Peru    PROPN NNP 2  nsubj     GPE
sold    sell    VERB  VBD 0  ROOT      -
jets    jet     NOUN  NNS 2  dobj      -
to      to      ADP   IN  2  dative    -
Acme    Acme    PROPN NNP 6  compound  ORG
Corp    Corp    PROPN NNP 4  pobj      I-ORG
,       ,       PUNCT ,   6  punct     -
Zenith  Zenith  PROPN NNP 9  compound  ORG
Corp    Corp    PROPN NNP 6  conj      I-ORG
,       ,       PUNCT ,   9  punct     -
and     and     CCONJ CC  9  cc        -
Apex    Apex    PROPN NNP 13 compound  ORG
Corp    Corp    PROPN NNP 2  dobj      I-ORG
.       .       PUNCT .   2  punct     -
"""


def test_the_last_name_of_a_list_hung_on_the_verb_as_its_object_is_no_object() -> None:
    reading = read(CLOSING_AS_OBJECT)
    assert facts(reading, "svo") == set()
    assert facts(reading, "prep") == {
        ("Peru", "sell jet to", "Acme Corp"),
        ("Peru", "sell jet to", "Zenith Corp"),
        ("Peru", "sell jet to", "Apex Corp"),
    }
