"""A relation broken off, told in a participle: "X may ask Bolivia to restore relations with Peru, broken off
by Chile last year". The participle with its by-agent is the agent's act on the relations: Chile -break off
relation with-> Peru (16), whatever clause the relations stand in."""

from __future__ import annotations

from geokg.extract.io.nlp import relations_participles
from hand_docs import facts_with_roots, parse

# "The envoy may ask Bolivia to restore relations with Peru, broken off by Chile last year." as the parser
# hangs it: the participle on "ask", as if the envoy were broken off.
ADVERBIAL = """
    The        the        DET   DT  2  det      -
    envoy      envoy      NOUN  NN  4  nsubj    -
    may        may        AUX   MD  4  aux      -
    ask        ask        VERB  VB  0  ROOT     -
    Bolivia    Bolivia    PROPN NNP 4  dobj     GPE
    to         to         PART  TO  7  aux      -
    restore    restore    VERB  VB  4  xcomp    -
    relations  relation   NOUN  NNS 7  dobj     -
    with       with       ADP   IN  8  prep     -
    Peru       Peru       PROPN NNP 9  pobj     GPE
    ,          ,          PUNCT ,   4  punct    -
    broken     break      VERB  VBN 4  advcl    -
    off        off        ADP   RP  12 prt      -
    by         by         ADP   IN  12 agent    -
    Chile      Chile      PROPN NNP 14 pobj     GPE
    last       last       ADJ   JJ  17 amod     DATE
    year       year       NOUN  NN  12 npadvmod I-DATE
    .          .          PUNCT .   4  punct    -
    """

# "The envoy discussed ties with Peru, severed by Chile last year.": the participle on the noun already
REDUCED = """
    The        the        DET   DT  2  det      -
    envoy      envoy      NOUN  NN  3  nsubj    -
    discussed  discuss    VERB  VBD 0  ROOT     -
    ties       tie        NOUN  NNS 3  dobj     -
    with       with       ADP   IN  4  prep     -
    Peru       Peru       PROPN NNP 5  pobj     GPE
    ,          ,          PUNCT ,   4  punct    -
    severed    sever      VERB  VBN 4  acl      -
    by         by         ADP   IN  8  agent    -
    Chile      Chile      PROPN NNP 9  pobj     GPE
    last       last       ADJ   JJ  12 amod     DATE
    year       year       NOUN  NN  8  npadvmod I-DATE
    .          .          PUNCT .   3  punct    -
    """


def test_participle_after_relations_hung_on_the_verb_describes_the_relations() -> None:
    doc = relations_participles(parse(ADVERBIAL))
    assert (doc[11].dep_, doc[11].head.i) == ("acl", 7)


def test_participle_after_another_noun_stays_where_it_was() -> None:
    # "may ask Bolivia to restore its envoy to Peru, greeted by Chile": no relations broken off
    doc = relations_participles(parse(ADVERBIAL.replace("relations  relation ", "envoys     envoy    ")))
    assert (doc[11].dep_, doc[11].head.i) == ("advcl", 3)


def test_repaired_participle_is_the_agents_break_of_relations() -> None:
    doc = relations_participles(parse(ADVERBIAL))
    table = "\n".join(
        f"{t.text} {t.lemma_} {t.pos_} {t.tag_} {0 if t.head.i == t.i else t.head.i + 1} {t.dep_} "
        f"{('I-' if t.ent_iob_ == 'I' else '') + t.ent_type_ if t.ent_type_ else '-'}"
        for t in doc
    )
    assert ("Chile", "break off relation with", "Peru", "16") in facts_with_roots(table)


def test_reduced_passive_on_ties_is_the_agents_act_on_them() -> None:
    assert ("Chile", "sever tie with", "Peru", "16") in facts_with_roots(REDUCED)
