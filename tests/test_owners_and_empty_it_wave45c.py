"""Owners, names and an empty "it" that are no parties, and praise of others that is no praise of them
(sentences of our own, parses written by hand): the owner of a quality or measure does not do what it does
("Jane Doe was not worried by John Roe's lack of experience", "Chilean imports would rise, reflecting …");
"is finding it hard to …" relates its subject to nothing the phrase names; a name in a phrase of the
reported subject ("sales to all markets, including Japan") is no topic; words of praise in a clause of
someone else ("… learning that threats will not stop the brave people") praise nobody spoken of."""

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


# `"Chilean rebels are learning that threats will not stop the brave people," Jane said. "Chilean rebels are
# learning that threats will not stop the brave people."`: the reported clause and the quotation's second
# sentence, which no verb of speech governs (quote_stance)
LEARNING_THAT = """
"        "        PUNCT ``  9  punct    -
Chilean  chilean  ADJ   JJ  3  amod     NORP
rebels   rebel    NOUN  NNS 5  nsubj    -
are      be       AUX   VBP 5  aux      -
learning learn    VERB  VBG 17 ccomp    -
that     that     SCONJ IN  10 mark     -
threats  threat   NOUN  NNS 10 nsubj    -
will     will     AUX   MD  10 aux      -
not      not      PART  RB  10 neg      -
stop     stop     VERB  VB  5  ccomp    -
the      the      DET   DT  13 det      -
brave    brave    ADJ   JJ  13 amod     -
people   people   NOUN  NNS 10 dobj     -
,        ,        PUNCT ,   17 punct    -
"        "        PUNCT ''  17 punct    -
Jane     Jane     PROPN NNP 17 nsubj    PERSON
said     say      VERB  VBD 0  ROOT     -
.        .        PUNCT .   17 punct    -
"        "        PUNCT ``  23 punct    -
Chilean  chilean  ADJ   JJ  21 amod     NORP
rebels   rebel    NOUN  NNS 23 nsubj    -
are      be       AUX   VBP 23 aux      -
learning learn    VERB  VBG 0  ROOT     -
that     that     SCONJ IN  28 mark     -
threats  threat   NOUN  NNS 28 nsubj    -
will     will     AUX   MD  28 aux      -
not      not      PART  RB  28 neg      -
stop     stop     VERB  VB  23 ccomp    -
the      the      DET   DT  31 det      -
brave    brave    ADJ   JJ  31 amod     -
people   people   NOUN  NNS 28 dobj     -
.        .        PUNCT .   23 punct    -
"        "        PUNCT ''  23 punct    -
"""

# "Jane said Chilean rebels were brave."
WERE_BRAVE = """
Jane    Jane    PROPN NNP 2  nsubj    PERSON
said    say     VERB  VBD 0  ROOT     -
Chilean chilean ADJ   JJ  4  amod     NORP
rebels  rebel   NOUN  NNS 5  nsubj    -
were    be      AUX   VBD 2  ccomp    -
brave   brave   ADJ   JJ  5  acomp    -
.       .       PUNCT .   2  punct    -
"""


def test_praise_inside_a_clause_of_others_judges_nobody():
    assert {predicate for _, predicate, _, _ in facts_with_roots(LEARNING_THAT)} == {"say"}


def test_praise_of_the_one_spoken_of_stays():
    assert ("Jane", "praise", "Chilean rebels", "05") in facts_with_roots(WERE_BRAVE)


# "Remarkable sales to all markets, including Japan, rose, according to Chile."
SALES_ACCORDING_TO = """
Remarkable remarkable ADJ   JJ  2  amod  -
sales      sale       NOUN  NNS 10 nsubj -
to         to         ADP   IN  2  prep  -
all        all        DET   DT  5  det   -
markets    market     NOUN  NNS 3  pobj  -
,          ,          PUNCT ,   2  punct -
including  include    VERB  VBG 2  prep  -
Japan      Japan      PROPN NNP 7  pobj  GPE
,          ,          PUNCT ,   10 punct -
rose       rise       VERB  VBD 0  ROOT  -
,          ,          PUNCT ,   10 punct -
according  accord     VERB  VBG 10 prep  -
to         to         ADP   IN  12 prep  -
Chile      Chile      PROPN NNP 13 pobj  GPE
.          .          PUNCT .   10 punct -
"""


def test_according_to_a_source_a_name_in_a_phrase_of_the_subject_is_no_topic():
    assert not {fact for fact in facts_with_roots(SALES_ACCORDING_TO) if fact[2] == "Japan"}


# `"Sales rose," Jane said. "Remarkable sales to all markets, including Japan, rose."` (quote_stance)
SALES_QUOTED = """
"          "          PUNCT ``  3  punct -
Sales      sale       NOUN  NNS 3  nsubj -
rose       rise       VERB  VBD 7  ccomp -
,          ,          PUNCT ,   7  punct -
"          "          PUNCT ''  7  punct -
Jane       Jane       PROPN NNP 7  nsubj PERSON
said       say        VERB  VBD 0  ROOT  -
.          .          PUNCT .   7  punct -
"          "          PUNCT ``  18 punct -
Remarkable remarkable ADJ   JJ  11 amod  -
sales      sale       NOUN  NNS 18 nsubj -
to         to         ADP   IN  11 prep  -
all        all        DET   DT  14 det   -
markets    market     NOUN  NNS 12 pobj  -
,          ,          PUNCT ,   11 punct -
including  include    VERB  VBG 11 prep  -
Japan      Japan      PROPN NNP 16 pobj  GPE
rose       rise       VERB  VBD 0  ROOT  -
.          .          PUNCT .   18 punct -
"          "          PUNCT ''  18 punct -
"""


def test_in_a_quotation_a_name_in_a_phrase_of_the_subject_is_no_topic():
    assert not {fact for fact in facts_with_roots(SALES_QUOTED) if fact[2] == "Japan"}
