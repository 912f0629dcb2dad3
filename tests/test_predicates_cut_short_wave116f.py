"""Wave 116 F: predicates cut to fragments. What a verb of seeking is "for" is part of its relation to the
phrase after it ("Velora filed for creditor protection in Ohio" is `file for creditor protection in`, not
`file in`). A counted share of a firm bought or sold is a stake in it ("Daimler bought 62.5% of Vodafone"
is `buy stake in`, as "bought a 62.5% stake in" is; not `buy % of`), and the whole of it is the firm bought
A day spent in a state is a visit, a tour of it is `tour`, and where someone is regarded as something
("was regarded in the party as a loyal colleague") is no relation (sentences of our own, parses written by
hand)."""

from __future__ import annotations

from hand_docs import facts, facts_with_roots, read

SHARE_BOUGHT = """
Daimler   Daimler   PROPN NNP  2  nsubj     ORG
bought    buy       VERB  VBD  0  ROOT      -
62.5      62.5      NUM   CD   4  nummod    PERCENT
%         %         NOUN  NN   2  dobj      I-PERCENT
of        of        ADP   IN   4  prep      -
Vodafone  Vodafone  PROPN NNP  5  pobj      ORG
in        in        ADP   IN   2  prep      -
May       May       PROPN NNP  7  pobj      DATE
.         .         PUNCT .    2  punct     -
"""

STAKE_BOUGHT = """
Daimler   Daimler   PROPN NNP  2  nsubj     ORG
bought    buy       VERB  VBD  0  ROOT      -
a         a         DET   DT   6  det       -
62.5      62.5      NUM   CD   5  nummod    PERCENT
%         %         NOUN  NN   6  compound  I-PERCENT
stake     stake     NOUN  NN   2  dobj      -
in        in        ADP   IN   6  prep      -
Vodafone  Vodafone  PROPN NNP  7  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

SHARE_SOLD = """
Unilever  Unilever  PROPN NNP  2  nsubj     ORG
sold      sell      VERB  VBD  0  ROOT      -
14        14        NUM   CD   4  nummod    PERCENT
percent   percent   NOUN  NN   2  dobj      I-PERCENT
of        of        ADP   IN   4  prep      -
Vodafone  Vodafone  PROPN NNP  5  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

WHOLE_BOUGHT = """
Daimler   Daimler   PROPN NNP  2  nsubj     ORG
acquired  acquire   VERB  VBD  0  ROOT      -
100       100       NUM   CD   4  nummod    PERCENT
%         %         NOUN  NN   2  dobj      I-PERCENT
of        of        ADP   IN   4  prep      -
Vodafone  Vodafone  PROPN NNP  5  pobj      ORG
.         .         PUNCT .    2  punct     -
"""


def test_counted_share_bought_is_a_stake() -> None:
    assert facts(read(SHARE_BOUGHT), "noun_prep") == {("Daimler", "buy stake in", "Vodafone")}


def test_share_and_stake_give_one_predicate() -> None:
    # guard: passes with or without the change
    assert facts(read(STAKE_BOUGHT), "noun_prep") == {("Daimler", "buy stake in", "Vodafone")}


def test_counted_share_sold_is_a_stake() -> None:
    assert facts(read(SHARE_SOLD), "noun_prep") == {("Unilever", "sell stake in", "Vodafone")}


def test_whole_of_a_firm_bought_is_the_firm() -> None:
    assert facts(read(WHOLE_BOUGHT), "noun_prep") == {("Daimler", "acquire", "Vodafone")}


FILED_FOR = """
Velora     Velora     PROPN NNP  2  nsubj     ORG
filed      file       VERB  VBD  0  ROOT      -
for        for        ADP   IN   2  prep      -
creditor   creditor   NOUN  NN   5  compound  -
protection protection NOUN  NN   3  pobj      -
in         in         ADP   IN   2  prep      -
Ohio       Ohio       PROPN NNP  6  pobj      GPE
on         on         ADP   IN   2  prep      -
Tuesday    Tuesday    PROPN NNP  8  pobj      DATE
.          .          PUNCT .    2  punct     -
"""

APPLIED_FOR = """
Velora     Velora     PROPN NNP  2  nsubj     ORG
applied    apply      VERB  VBD  0  ROOT      -
for        for        ADP   IN   2  prep      -
a          a          DET   DT   5  det       -
licence    licence    NOUN  NN   3  pobj      -
in         in         ADP   IN   2  prep      -
Austria    Austria    PROPN NNP  6  pobj      GPE
.          .          PUNCT .    2  punct     -
"""

FILED_FOR_YEARS = """
Velora     Velora     PROPN NNP  2  nsubj     ORG
filed      file       VERB  VBD  0  ROOT      -
in         in         ADP   IN   2  prep      -
Ohio       Ohio       PROPN NNP  3  pobj      GPE
for        for        ADP   IN   2  prep      -
years      year       NOUN  NNS  5  pobj      DATE
.          .          PUNCT .    2  punct     -
"""


def test_what_is_filed_for_stays_in_the_predicate() -> None:
    assert facts(read(FILED_FOR), "prep") == {("Velora", "file for creditor protection in", "Ohio")}


def test_what_is_applied_for_stays_in_the_predicate() -> None:
    assert facts(read(APPLIED_FOR), "prep") == {("Velora", "apply for licence in", "Austria")}


def test_a_time_after_for_is_nothing_sought() -> None:
    # guard: passes with or without the change
    assert facts(read(FILED_FOR_YEARS), "prep") == {("Velora", "file in", "Ohio")}


DAYS_SPENT = """
Italian   Italian   ADJ   JJ   5  amod      NORP
Prime     Prime     PROPN NNP  3  compound  -
Minister  Minister  PROPN NNP  5  compound  -
Marco     Marco     PROPN NNP  5  compound  PERSON
Bellini   Bellini   PROPN NNP  6  nsubj     I-PERSON
spent     spend     VERB  VBD  0  ROOT      -
three     three     NUM   CD   8  nummod    DATE
days      day       NOUN  NNS  6  dobj      I-DATE
in        in        ADP   IN   6  prep      -
Kenya     Kenya     PROPN NNP  9  pobj      GPE
.         .         PUNCT .    6  punct     -
"""

MONTHS_POSTED = """
Italian   Italian   ADJ   JJ   2  amod      NORP
troops    troop     NOUN  NNS  3  nsubj     -
spent     spend     VERB  VBD  0  ROOT      -
six       six       NUM   CD   5  nummod    DATE
months    month     NOUN  NNS  3  dobj      I-DATE
in        in        ADP   IN   3  prep      -
Kenya     Kenya     PROPN NNP  6  pobj      GPE
.         .         PUNCT .    3  punct     -
"""

ON_A_TOUR = """
Marco     Marco     PROPN NNP  2  compound  PERSON
Bellini   Bellini   PROPN NNP  3  nsubj     I-PERSON
is        be        AUX   VBZ  0  ROOT      -
on        on        ADP   IN   3  prep      -
a         a         DET   DT   9  det       -
five      five      NUM   CD   8  nummod    DATE
-         -         PUNCT HYPH 8  punct     I-DATE
day       day       NOUN  NN   9  compound  I-DATE
tour      tour      NOUN  NN   4  pobj      -
of        of        ADP   IN   9  prep      -
Kenya     Kenya     PROPN NNP  10 pobj      GPE
.         .         PUNCT .    3  punct     -
"""

TOURING_SPEAKER = """
Marco     Marco     PROPN NNP  2  compound  PERSON
Bellini   Bellini   PROPN NNP  10 nsubj     I-PERSON
,         ,         PUNCT ,    10 punct     -
on        on        ADP   IN   10 prep      -
a         a         DET   DT   6  det       -
tour      tour      NOUN  NN   4  pobj      -
of        of        ADP   IN   6  prep      -
Kenya     Kenya     PROPN NNP  7  pobj      GPE
,         ,         PUNCT ,    10 punct     -
met       meet      VERB  VBD  0  ROOT      -
farmers   farmer    NOUN  NNS  10 dobj      -
.         .         PUNCT .    10 punct     -
"""


def test_days_an_official_spends_abroad_are_a_visit() -> None:
    assert ("Marco Bellini", "visit", "Kenya", "04") in facts_with_roots(DAYS_SPENT)
    assert not any(fact[1] == "spend in" for fact in facts_with_roots(DAYS_SPENT))


def test_months_troops_spend_abroad_are_no_visit() -> None:
    # guard: passes with or without the change
    assert not any(fact[1] == "visit" for fact in facts_with_roots(MONTHS_POSTED))


def test_being_on_a_tour_of_a_state_tours_it() -> None:
    assert facts(read(ON_A_TOUR), "circumstance_event") == {("Marco Bellini", "tour", "Kenya")}


def test_a_tour_of_a_state_is_no_other_travellers() -> None:
    assert facts(read(TOURING_SPEAKER), "circumstance_event") == {("Marco Bellini", "tour", "Kenya")}


REGARDED_IN = """
Anna      Anna      PROPN NNP  2  compound  PERSON
Keller    Keller    PROPN NNP  4  nsubjpass I-PERSON
was       be        AUX   VBD  4  auxpass   -
regarded  regard    VERB  VBN  0  ROOT      -
in        in        ADP   IN   4  prep      -
the       the       DET   DT   8  det       -
Green     Green     PROPN NNP  8  compound  ORG
Party     Party     PROPN NNP  5  pobj      I-ORG
as        as        ADP   IN   4  prep      -
a         a         DET   DT   12 det       -
steady    steady    ADJ   JJ   12 amod      -
organiser organiser NOUN  NN   9  pobj      -
.         .         PUNCT .    4  punct     -
"""

SEEN_AS = """
Anna      Anna      PROPN NNP  2  compound  PERSON
Keller    Keller    PROPN NNP  4  nsubjpass I-PERSON
was       be        AUX   VBD  4  auxpass   -
seen      see       VERB  VBN  0  ROOT      -
as        as        ADP   IN   4  prep      -
a         a         DET   DT   7  det       -
rival     rival     NOUN  NN   5  pobj      -
of        of        ADP   IN   7  prep      -
Peter     Peter     PROPN NNP  10 compound  PERSON
Lind      Lind      PROPN NNP  8  pobj      I-PERSON
.         .         PUNCT .    4  punct     -
"""


def test_where_one_is_regarded_as_something_is_no_relation() -> None:
    assert facts(read(REGARDED_IN), "passive_prep") == set()


def test_what_one_is_regarded_as_stays() -> None:
    # guard: passes with or without the change
    assert facts(read(SEEN_AS), "passive_prep") == {("Anna Keller", "be seen as rival of", "Peter Lind")}
