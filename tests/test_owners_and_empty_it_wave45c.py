"""Owners and an empty "it" that are no parties (sentences of our own, parses written by hand): the owner of
a quality or measure does not do what it does ("Jane Doe was not worried by John Roe's lack of experience",
"Chilean imports would rise, reflecting …"), and "is finding it hard to …" relates its subject to nothing
the phrase names."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Jane Doe was not worried by John Roe's lack of experience."
WORRIED_BY_LACK = """
Jane       Jane       PROPN NNP 2  compound PERSON
Doe        Doe        PROPN NNP 5  nsubjpass I-PERSON
was        be         AUX   VBD 5  auxpass  -
not        not        PART  RB  5  neg      -
worried    worry      VERB  VBN 0  ROOT     -
by         by         ADP   IN  5  agent    -
John       John       PROPN NNP 8  compound PERSON
Roe        Roe        PROPN NNP 10 poss     I-PERSON
's         's         PART  POS 8  case     -
{noun}     {noun}     NOUN  NN  6  pobj     -
of         of         ADP   IN  10 prep     -
experience experience NOUN  NN  11 pobj     -
.          .          PUNCT .   5  punct    -
"""

# "Chilean imports would rise, reflecting strong demand and entry to the EU."
IMPORTS_REFLECTING = """
Chilean    chilean    ADJ   JJ  2  amod     NORP
imports    import     NOUN  NNS 4  nsubj    -
would      would      AUX   MD  4  aux      -
rise       rise       VERB  VB  0  ROOT     -
,          ,          PUNCT ,   4  punct    -
reflecting reflect    VERB  VBG 4  advcl    -
strong     strong     ADJ   JJ  8  amod     -
demand     demand     NOUN  NN  6  dobj     -
and        and        CCONJ CC  8  cc       -
entry      entry      NOUN  NN  8  conj     -
to         to         ADP   IN  8  prep     -
the        the        DET   DT  13 det      -
EU         EU         PROPN NNP 11 pobj     ORG
.          .          PUNCT .   4  punct    -
"""

# "Jane Doe is finding it hard to make a mark in Tokyo." (the parser hangs "in Tokyo" on the verb)
FINDING_IT_HARD = """
Jane    Jane    PROPN NNP 2  compound PERSON
Doe     Doe     PROPN NNP 4  nsubj    I-PERSON
is      be      AUX   VBZ 4  aux      -
finding find    VERB  VBG 0  ROOT     -
it      it      PRON  PRP 6  nsubj    -
hard    hard    ADJ   JJ  4  ccomp    -
to      to      PART  TO  8  aux      -
make    make    VERB  VB  6  xcomp    -
a       a       DET   DT  10 det      -
mark    mark    NOUN  NN  8  dobj     -
in      in      ADP   IN  4  prep     -
Tokyo   Tokyo   PROPN NNP 11 pobj     GPE
.       .       PUNCT .   4  punct    -
"""

# "Jane Doe is finding work in Tokyo." : no empty "it", the place stays
FINDING_WORK = """
Jane    Jane    PROPN NNP 2  compound PERSON
Doe     Doe     PROPN NNP 4  nsubj    I-PERSON
is      be      AUX   VBZ 4  aux      -
finding find    VERB  VBG 0  ROOT     -
work    work    NOUN  NN  4  dobj     -
in      in      ADP   IN  4  prep     -
Tokyo   Tokyo   PROPN NNP 6  pobj     GPE
.       .       PUNCT .   4  punct    -
"""


def _subjects(table: str) -> set[str]:
    return {subject for subject, _, _, _ in facts_with_roots(table)}


def test_the_owner_of_a_lack_worries_nobody():
    assert "John Roe" not in _subjects(WORRIED_BY_LACK.format(noun="lack"))


def test_the_owner_of_a_plan_still_acts():
    assert "John Roe" in _subjects(WORRIED_BY_LACK.format(noun="plan"))


def test_a_states_imports_reflect_nothing_for_it():
    assert not {fact for fact in facts_with_roots(IMPORTS_REFLECTING) if fact[0] == "Chile"}


def test_finding_it_hard_relates_to_no_place():
    assert not {fact for fact in facts_with_roots(FINDING_IT_HARD) if fact[2] == "Tokyo"}


def test_finding_work_somewhere_keeps_the_place():
    assert {fact for fact in facts_with_roots(FINDING_WORK) if fact[2] == "Tokyo"}


# "Chile said remarkable sales to all markets, including Japan, raised copper exports."
SALES_INCLUDING = """
Chile      Chile      PROPN NNP 2  nsubj    GPE
said       say        VERB  VBD 0  ROOT     -
remarkable remarkable ADJ   JJ  4  amod     -
sales      sale       NOUN  NNS 12 nsubj    -
to         to         ADP   IN  4  prep     -
all        all        DET   DT  7  det      -
markets    market     NOUN  NNS 5  pobj     -
,          ,          PUNCT ,   4  punct    -
including  include    VERB  VBG 4  prep     -
Japan      Japan      PROPN NNP 9  pobj     GPE
,          ,          PUNCT ,   12 punct    -
raised     raise      VERB  VBD 2  ccomp    -
copper     copper     NOUN  NN  14 compound -
exports    export     NOUN  NNS 12 dobj     -
.          .          PUNCT .   2  punct    -
"""

# "Chile said Arab states, including Egypt, had shelled the village."
STATES_INCLUDING = """
Chile     Chile     PROPN NNP 2  nsubj    GPE
said      say       VERB  VBD 0  ROOT     -
Arab      Arab      ADJ   JJ  4  amod     NORP
states    state     NOUN  NNS 10 nsubj    -
,         ,         PUNCT ,   4  punct    -
including include   VERB  VBG 4  prep     -
Egypt     Egypt     PROPN NNP 6  pobj     GPE
,         ,         PUNCT ,   4  punct    -
had       have      AUX   VBD 10 aux      -
shelled   shell     VERB  VBN 2  ccomp    -
the       the       DET   DT  12 det      -
village   village   NOUN  NN  10 dobj     -
.         .         PUNCT .   2  punct    -
"""


def test_a_name_in_a_phrase_of_the_reported_subject_is_no_topic():
    assert not {fact for fact in facts_with_roots(SALES_INCLUDING) if fact[2] == "Japan"}


def test_members_named_after_their_group_are_spoken_of_with_it():
    assert ("Chile", "accuse", "Egypt", "11") in facts_with_roots(STATES_INCLUDING)
