"""A demand, appeal or request repeated, renewed or issued ("renewed the Chile demand that Peru lift its
tariffs", "issued a demand that …") is made by whoever voices it, as "demanded that Peru lift …" is: a
demand (10) or an appeal (02) of the clause's subject, whose deed is then only wished. The side the
speaker voices it for ("the Chile demand") is no party it is made to (sentences of our own, parsed by
hand)."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import by_rule, facts, read

# "Chilean Trade Minister Ana Ruiz renewed the Chile demand that Peru lift its tariffs."
RENEWED_DEMAND = """
Chilean   Chilean  PROPN NNP  3  compound NORP
Trade     Trade    PROPN NNP  3  compound -
Minister  Minister PROPN NNP  5  compound -
Ana       Ana      PROPN NNP  5  compound PERSON
Ruiz      Ruiz     PROPN NNP  6  nsubj    I-PERSON
renewed   renew    VERB  VBD  0  ROOT     -
the       the      DET   DT   9  det      -
Chile     Chile    PROPN NNP  9  compound GPE
demand    demand   NOUN  NN   6  dobj     -
that      that     SCONJ IN   12 mark     -
Peru      Peru     PROPN NNP  12 nsubj    GPE
lift      lift     VERB  VB   9  acl      -
its       its      PRON  PRP$ 14 poss     -
tariffs   tariff   NOUN  NNS  12 dobj     -
.         .        PUNCT .    6  punct    -
"""

# "Chile repeated its demand that Peru withdraw its troops from Bolivia."
REPEATED_DEMAND = """
Chile     Chile     PROPN NNP  2  nsubj  GPE
repeated  repeat    VERB  VBD  0  ROOT   -
its       its       PRON  PRP$ 4  poss   -
demand    demand    NOUN  NN   2  dobj   -
that      that      SCONJ IN   7  mark   -
Peru      Peru      PROPN NNP  7  nsubj  GPE
withdraw  withdraw  VERB  VB   4  acl    -
its       its       PRON  PRP$ 9  poss   -
troops    troop     NOUN  NNS  7  dobj   -
from      from      ADP   IN   7  prep   -
Bolivia   Bolivia   PROPN NNP  10 pobj   GPE
.         .         PUNCT .    2  punct  -
"""

# "Chile issued a demand that Peru opens its border." (the parser's relative clause, a present tense)
ISSUED_DEMAND = """
Chile   Chile   PROPN NNP  2 nsubj  GPE
issued  issue   VERB  VBD  0 ROOT   -
a       a       DET   DT   4 det    -
demand  demand  NOUN  NN   2 dobj   -
that    that    SCONJ IN   7 mark   -
Peru    Peru    PROPN NNP  7 nsubj  GPE
opens   open    VERB  VBZ  4 relcl  -
its     its     PRON  PRP$ 9 poss   -
border  border  NOUN  NN   7 dobj   -
.       .       PUNCT .    2 punct  -
"""

# "Chile renewed its appeal that Peru release the prisoners."
RENEWED_APPEAL = """
Chile      Chile     PROPN NNP  2 nsubj  GPE
renewed    renew     VERB  VBD  0 ROOT   -
its        its       PRON  PRP$ 4 poss   -
appeal     appeal    NOUN  NN   2 dobj   -
that       that      SCONJ IN   7 mark   -
Peru       Peru      PROPN NNP  7 nsubj  GPE
release    release   VERB  VB   4 acl    -
the        the       DET   DT   9 det    -
prisoners  prisoner  NOUN  NNS  7 dobj   -
.          .         PUNCT .    2 punct  -
"""


def test_a_renewed_demand_is_made_of_the_clauses_subject() -> None:
    reading = read(RENEWED_DEMAND)
    [said] = by_rule(reading, "speech_content")
    assert facts(reading, "speech_content") == {("Ana Ruiz", "demand", "Peru")}
    assert (said.event_root, said.content) == ("10", "Peru lift its tariffs")


def test_the_side_a_demand_is_voiced_for_is_no_object() -> None:
    # not "Ana Ruiz renew demand of Chile"; the deed asked for is read as wished (a state's own tariffs lifted
    # are its act on them since wave 108 H2: "Peru lift tariffs", should)
    reading = read(RENEWED_DEMAND)
    assert facts(reading, "svo") == {("Peru", "lift", "tariffs")}
    assert {r.modality for r in by_rule(reading, "svo")} == {"should"}


def test_the_deed_a_repeated_demand_asks_for_is_only_wished() -> None:
    reading = read(REPEATED_DEMAND)
    assert facts(reading, "speech_content") == {("Chile", "demand", "Peru")}
    label = {e.id: e.label for e in reading.entities.entities()}
    withdrawals = [r for r in reading.relations if label[r.subject.entity_id] == "Peru" and r.event_code]
    assert withdrawals and {r.modality for r in withdrawals} == {"should"}


def test_an_issued_demand_is_a_demand_whatever_its_tense() -> None:
    reading = read(ISSUED_DEMAND)
    assert facts(reading, "speech_content") == {("Chile", "demand", "Peru")}
    assert {r.event_root for r in by_rule(reading, "speech_content")} == {"10"}


def test_a_renewed_appeal_urges() -> None:
    reading = read(RENEWED_APPEAL)
    assert facts(reading, "speech_content") == {("Chile", "urge", "Peru")}
    assert {r.event_root for r in by_rule(reading, "speech_content")} == {"02"}


# "Chile's demand that Peru withdraw its troops was rejected."
OWNED_DEMAND = """
Chile     Chile     PROPN NNP  3  poss       GPE
's        's        PART  POS  1  case       -
demand    demand    NOUN  NN   10 nsubjpass  -
that      that      SCONJ IN   6  mark       -
Peru      Peru      PROPN NNP  6  nsubj      GPE
withdraw  withdraw  VERB  VB   3  acl        -
its       its       PRON  PRP$ 8  poss       -
troops    troop     NOUN  NNS  6  dobj       -
was       be        AUX   VBD  10 auxpass    -
rejected  reject    VERB  VBN  0  ROOT       -
.         .         PUNCT .    10 punct      -
"""


def test_the_owner_of_a_demand_demands_it_of_the_clauses_subject() -> None:
    reading = read(OWNED_DEMAND)
    assert facts(reading, "according_to") == {("Chile", "demand", "Peru")}
    assert {r.event_root for r in by_rule(reading, "according_to")} == {"10"}


# "Chile called for Peru to lift its tariffs." (the parser: "for" a mark, Peru the infinitive's subject)
CALLED_FOR_PERU_TO = """
Chile    Chile    PROPN NNP  2 nsubj  GPE
called   call     VERB  VBD  0 ROOT   -
for      for      SCONJ IN   6 mark   -
Peru     Peru     PROPN NNP  6 nsubj  GPE
to       to       PART  TO   6 aux    -
lift     lift     VERB  VB   2 advcl  -
its      its      PRON  PRP$ 8 poss   -
tariffs  tariff   NOUN  NNS  6 dobj   -
.        .        PUNCT .    2 punct  -
"""


def test_a_call_for_a_state_to_act_appeals_to_it() -> None:
    reading = read(CALLED_FOR_PERU_TO)
    assert facts(reading, "prep") == {("Chile", "call for", "Peru")}
    assert {r.event_root for r in by_rule(reading, "prep")} == {"02"}


def test_a_call_for_a_state_to_be_punished_asks_nothing_of_it() -> None:
    passive = CALLED_FOR_PERU_TO.replace(
        "Peru     Peru     PROPN NNP  6 nsubj ", "Peru     Peru     PROPN NNP  6 nsubjpass"
    )
    assert not facts(read(passive), "prep")


# "Chile renewed its call for Peru to lift its tariffs."
RENEWED_CALL_FOR_PERU_TO = """
Chile    Chile    PROPN NNP  2  nsubj  GPE
renewed  renew    VERB  VBD  0  ROOT   -
its      its      PRON  PRP$ 4  poss   -
call     call     NOUN  NN   2  dobj   -
for      for      SCONJ IN   8  mark   -
Peru     Peru     PROPN NNP  8  nsubj  GPE
to       to       PART  TO   8  aux    -
lift     lift     VERB  VB   4  advcl  -
its      its      PRON  PRP$ 10 poss   -
tariffs  tariff   NOUN  NNS  8  dobj   -
.        .        PUNCT .    2  punct  -
"""


def test_a_renewed_call_for_a_state_to_act_appeals_to_it() -> None:
    reading = read(RENEWED_CALL_FOR_PERU_TO)
    appeals = {(s, p, o) for s, p, o, root in _with_roots(reading) if root == "02"}
    assert appeals == {("Chile", "renew call for", "Peru")}


def test_anothers_call_rejected_asks_nothing_of_whom_it_names() -> None:
    rejected = RENEWED_CALL_FOR_PERU_TO.replace("renewed  renew ", "rejected reject").replace(
        "its      its      PRON  PRP$ 4 ", "the      the      DET   DT   4 "
    )
    assert not {f for f in _with_roots(read(rejected)) if f[2] == "Peru"}


def _with_roots(reading: Reading) -> set[tuple[str, str, str, str | None]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in reading.relations
    }
