"""Passives in harder frames (wave 31): a passive owed by a verb of obligation, and the agent phrases
a passive names."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


# "Peru would have to be approved by the Senate." / "Peru will need to be approved by the Senate."
def _owed(modal: str, verb: str) -> str:
    return f"""
    Peru       Peru      PROPN NNP 3 nsubj     GPE
    {modal}    {modal}   AUX   MD  3 aux       -
    {verb}     {verb}    VERB  VB  0 ROOT      -
    to         to        PART  TO  6 aux       -
    be         be        AUX   VB  6 auxpass   -
    approved   approve   VERB  VBN 3 xcomp     -
    by         by        ADP   IN  6 agent     -
    the        the       DET   DT  9 det       -
    Senate     Senate    PROPN NNP 7 pobj      ORG
    .          .         PUNCT .   3 punct     -
    """


def test_a_passive_owed_by_its_subject_is_done_to_that_subject() -> None:
    reading = read(_owed("would", "have"))
    assert facts(reading, "passive") == {("Senate", "approve", "Peru")}
    [relation] = by_rule(reading, "passive")
    assert relation.modality == "must"


def test_a_passive_the_subject_needs_is_done_to_it_as_what_should_be() -> None:
    [relation] = by_rule(read(_owed("will", "need")), "passive")
    assert relation.modality == "should"


# "Chile is thought likely to recognise Peru." (my own sentence)
HEDGED = """
Chile      Chile     PROPN NNP 3 nsubjpass GPE
is         be        AUX   VBZ 3 auxpass   -
thought    think     VERB  VBN 0 ROOT      -
likely     likely    ADJ   JJ  3 oprd      -
to         to        PART  TO  6 aux       -
recognise  recognise VERB  VB  4 xcomp     -
Peru       Peru      PROPN NNP 6 dobj      GPE
.          .         PUNCT .   3 punct     -
"""


def test_a_hedged_subject_does_the_inner_verb_as_a_possibility() -> None:
    reading = read(HEDGED)
    assert facts(reading, "svo") == {("Chile", "recognise", "Peru")}
    [relation] = by_rule(reading, "svo")
    assert relation.modality == "may"
    assert by_rule(reading, "passive") == by_rule(reading, "passive_prep") == []


def test_a_likely_act_is_the_subjects_possibility() -> None:
    reading = read("""
    Chile      Chile     PROPN NNP 2 nsubj     GPE
    is         be        AUX   VBZ 0 ROOT      -
    likely     likely    ADJ   JJ  2 acomp     -
    to         to        PART  TO  5 aux       -
    recognise  recognise VERB  VB  3 xcomp     -
    Peru       Peru      PROPN NNP 5 dobj      GPE
    .          .         PUNCT .   2 punct     -
    """)
    [relation] = by_rule(reading, "svo")
    assert relation.modality == "may"


# "Canada was criticised by one of Labour's most senior figures." (my own sentence)
def _one_of(modifier: str, lemma: str, noun: str) -> str:
    return f"""
    Canada      Canada      PROPN NNP  3  nsubjpass GPE
    was         be          AUX   VBD  3  auxpass   -
    criticised  criticise   VERB  VBN  0  ROOT      -
    by          by          ADP   IN   3  agent     -
    one         one         NUM   CD   4  pobj      CARDINAL
    of          of          ADP   IN   5  prep      -
    Labour      Labour      PROPN NNP  10 poss      ORG
    's          's          PART  POS  7  case      -
    {modifier}  {modifier}  ADJ   JJ   10 amod      -
    {noun}      {lemma}     NOUN  NNS  6  pobj      -
    .           .           PUNCT .    3  punct     -
    """


def test_an_unnamed_one_of_a_partys_figures_acts_for_the_party() -> None:
    # the person is unnamed, and a party's senior figure speaks for it in news style, as "a Labour
    # official" does: the party is the agent (the person is no entity to put there)
    reading = read(_one_of("senior", "figure", "figures"))
    assert facts(reading, "passive") == {("Labour Party", "criticise", "Canada")}


def test_one_of_a_partys_critics_is_no_agent_for_the_party() -> None:
    assert facts(read(_one_of("fierce", "critic", "critics")), "passive") == set()


def test_an_agentless_passive_borrows_no_agent_from_the_speaker() -> None:
    # "Tony Blair said more powers should be given to Canada." (my own sentence)
    reading = read("""
    Tony        Tony        PROPN NNP  2  compound  PERSON
    Blair       Blair       PROPN NNP  3  nsubj     I-PERSON
    said        say         VERB  VBD  0  ROOT      -
    more        more        ADJ   JJR  5  amod      -
    powers      power       NOUN  NNS  8  nsubjpass -
    should      should      AUX   MD   8  aux       -
    be          be          AUX   VB   8  auxpass   -
    given       give        VERB  VBN  3  ccomp     -
    to          to          ADP   IN   8  dative    -
    Canada      Canada      PROPN NNP  9  pobj      GPE
    .           .           PUNCT .    3  punct     -
    """)
    assert not [r for r in reading.relations if "give" in r.predicate]


# "Hezbollah, financed and armed by Syria, rejected the plan." (my own sentence)
SHARED_AGENT = """
Hezbollah   Hezbollah   PROPN NNP  9  nsubj     ORG
,           ,           PUNCT ,    1  punct     -
financed    finance     VERB  VBN  1  acl       -
and         and         CCONJ CC   3  cc        -
armed       arm         VERB  VBN  3  conj      -
by          by          ADP   IN   5  agent     -
Syria       Syria       PROPN NNP  6  pobj      GPE
,           ,           PUNCT ,    1  punct     -
rejected    reject      VERB  VBD  0  ROOT      -
the         the         DET   DT   11 det       -
plan        plan        NOUN  NN   9  dobj      -
.           .           PUNCT .    9  punct     -
"""


def test_participles_joined_by_and_share_the_by_agent_of_the_second() -> None:
    assert facts(read(SHARED_AGENT), "passive") == {
        ("Syria", "finance", "Hezbollah"),
        ("Syria", "arm", "Hezbollah"),
    }


def test_a_participle_after_one_with_its_own_agent_is_done_to_the_same_noun() -> None:
    # "Hezbollah, funded by Syria and armed by Iran, rejected the plan." (my own sentence)
    reading = read("""
    Hezbollah   Hezbollah   PROPN NNP  11 nsubj     ORG
    ,           ,           PUNCT ,    1  punct     -
    funded      fund        VERB  VBN  1  acl       -
    by          by          ADP   IN   3  agent     -
    Syria       Syria       PROPN NNP  4  pobj      GPE
    and         and         CCONJ CC   3  cc        -
    armed       arm         VERB  VBN  3  conj      -
    by          by          ADP   IN   7  agent     -
    Iran        Iran        PROPN NNP  8  pobj      GPE
    ,           ,           PUNCT ,    1  punct     -
    rejected    reject      VERB  VBD  0  ROOT      -
    the         the         DET   DT   13 det       -
    plan        plan        NOUN  NN   11 dobj      -
    .           .           PUNCT .    11 punct     -
    """)
    assert facts(reading, "passive") == {("Syria", "fund", "Hezbollah"), ("Iran", "arm", "Hezbollah")}


def test_passives_joined_by_and_share_the_by_agent_of_the_second() -> None:
    # "Hezbollah was condemned and sanctioned by Germany." (my own sentence)
    reading = read("""
    Hezbollah   Hezbollah   PROPN NNP  3  nsubjpass ORG
    was         be          AUX   VBD  3  auxpass   -
    condemned   condemn     VERB  VBN  0  ROOT      -
    and         and         CCONJ CC   3  cc        -
    sanctioned  sanction    VERB  VBN  3  conj      -
    by          by          ADP   IN   5  agent     -
    Germany     Germany     PROPN NNP  6  pobj      GPE
    .           .           PUNCT .    3  punct     -
    """)
    assert facts(reading, "passive") == {
        ("Germany", "condemn", "Hezbollah"),
        ("Germany", "sanction", "Hezbollah"),
    }


def test_a_third_passive_with_a_phrase_of_its_own_borrows_no_agent() -> None:
    # "Hezbollah is financed and armed by Syria and also registered in Lebanon." (my own sentence; the
    # parser may hang the third participle on the first)
    reading = read("""
    Hezbollah   Hezbollah   PROPN NNP  3  nsubjpass ORG
    is          be          AUX   VBZ  3  auxpass   -
    financed    finance     VERB  VBN  0  ROOT      -
    and         and         CCONJ CC   3  cc        -
    armed       arm         VERB  VBN  3  conj      -
    by          by          ADP   IN   5  agent     -
    Syria       Syria       PROPN NNP  6  pobj      GPE
    and         and         CCONJ CC   3  cc        -
    also        also        ADV   RB   10 advmod    -
    registered  register    VERB  VBN  3  conj      -
    in          in          ADP   IN   10 prep      -
    Lebanon     Lebanon     PROPN NNP  11 pobj      GPE
    .           .           PUNCT .    3  punct     -
    """)
    assert facts(reading, "passive") == {("Syria", "finance", "Hezbollah"), ("Syria", "arm", "Hezbollah")}
    assert facts(reading, "passive_prep") == {("Hezbollah", "be registered in", "Lebanon")}
