"""Subject inheritance, shared by the relation extractor and Open IE, on hand-built parses."""

from __future__ import annotations

from geokg.extract.clauses.subjects import inheritance
from geokg.extract.openie.clauses import clauses_for
from geokg.extract.openie.spans import render
from hand_docs import facts, parse, read

THREATENED = """
Russia      Russia    PROPN NNP 2 nsubj GPE
attacked    attack    VERB  VBD 0 ROOT  -
Ukraine     Ukraine   PROPN NNP 2 dobj  GPE
and         and       CCONJ CC  2 cc    -
threatened  threaten  VERB  VBD 2 conj  -
Poland      Poland    PROPN NNP 5 dobj  GPE
.           .         PUNCT .   2 punct -
"""

# The parser's common misparse: "France" joined to the first verb's object, "condemned" left without
# a subject.
MISPARSED = """
Russia     Russia    PROPN NNP 2 nsubj GPE
attacked   attack    VERB  VBD 0 ROOT  -
Ukraine    Ukraine   PROPN NNP 2 dobj  GPE
and        and       CCONJ CC  3 cc    -
France     France    PROPN NNP 3 conj  GPE
condemned  condemn   VERB  VBD 2 conj  -
it         it        PRON  PRP 6 dobj  -
.          .         PUNCT .   2 punct -
"""

CONDEMNED_BY = """
Russia     Russia    PROPN NNP 2 nsubj   GPE
attacked   attack    VERB  VBD 0 ROOT    -
Ukraine    Ukraine   PROPN NNP 2 dobj    GPE
and        and       CCONJ CC  2 cc      -
was        be        AUX   VBD 6 auxpass -
condemned  condemn   VERB  VBN 2 conj    -
by         by        ADP   IN  6 agent   -
France     France    PROPN NNP 7 pobj    GPE
.          .         PUNCT .   2 punct   -
"""

REDUCED_PASSIVE = """
The      the      DET   DT  2 det   -
deal     deal     NOUN  NN  6 nsubj -
signed   sign     VERB  VBN 2 acl   -
by       by       ADP   IN  3 agent -
Iran     Iran     PROPN NNP 4 pobj  GPE
angered  anger    VERB  VBD 0 ROOT  -
Israel   Israel   PROPN NNP 6 dobj  GPE
.        .        PUNCT .   6 punct -
"""


def test_a_coordinated_verb_shares_its_partners_subject() -> None:
    doc = parse(THREATENED)
    step = inheritance(doc[4])
    assert step is not None and (step.how, step.verb, step.voice_differs) == ("shared", doc[1], False)
    assert ("Russia", "threaten", "Poland") in facts(read(THREATENED), "svo")
    [clause] = clauses_for(doc[4])
    assert (render(clause.subject), clause.origin) == ("Russia", "shared")


def test_a_noun_the_parser_joined_to_the_object_is_the_next_verbs_subject() -> None:
    doc = parse(MISPARSED)
    step = inheritance(doc[5])
    assert step is not None and step.nouns == (doc[4],)
    # Both readers take the repair: the relation extractor ("it" is Russia) ...
    assert facts(read(MISPARSED), "svo") == {("Russia", "attack", "Ukraine"), ("France", "condemn", "Russia")}
    # ... and Open IE.
    [clause] = clauses_for(doc[5])
    assert render(clause.subject) == "France"


def test_a_passive_sharing_an_active_verbs_subject_changes_its_role() -> None:
    doc = parse(CONDEMNED_BY)
    step = inheritance(doc[5])
    assert step is not None and step.voice_differs
    # Russia is not who condemned: the by-agent is, and Russia is who was condemned (issue 7).
    assert facts(read(CONDEMNED_BY), "passive") == {("France", "condemn", "Russia")}
    assert ("Russia", "condemn", "Ukraine") not in facts(read(CONDEMNED_BY), "svo")
    # Open IE reads the grammatical subject, which is still Russia.
    [clause] = clauses_for(doc[5])
    assert render(clause.subject) == "Russia"


def test_a_reduced_passive_is_about_the_noun_it_modifies() -> None:
    doc = parse(REDUCED_PASSIVE)
    step = inheritance(doc[2])
    assert step is not None and (step.how, step.nouns) == ("reduced-passive", (doc[1],))
    [clause] = clauses_for(doc[2])
    assert (render(clause.subject), clause.relation_prefix) == ("The deal", "is")


# "Norway rather than Sweden will host Chile." as the parser reads it: the second name a second subject.
RATHER_THAN = """
Norway   Norway  PROPN NNP 6 nsubj  GPE
rather   rather  ADV   RB  3 advmod -
than     than    ADP   IN  1 cc     -
Sweden   Sweden  PROPN NNP 6 nsubj  GPE
will     will    AUX   MD  6 aux    -
host     host    VERB  VB  0 ROOT   -
Chile    Chile   PROPN NNP 6 dobj   GPE
.        .       PUNCT .   6 punct  -
"""


def test_a_subject_named_after_rather_than_does_not_do_the_act() -> None:
    found = facts(read(RATHER_THAN), "svo")
    assert ("Norway", "host", "Chile") in found
    assert not any(subject == "Sweden" for subject, _, _ in found)


# "Globex head Ann Ray quit." misread with "head" as the company's verb and her name its object.
TITLE_READ_AS_VERB = """
Globex  Globex  PROPN NNP 2 nsubj    ORG
head    head    VERB  VBP 0 ROOT     -
Ann     Ann     PROPN NNP 4 compound PERSON
Ray     Ray     PROPN NNP 2 dobj     I-PERSON
.       .       PUNCT .   2 punct    -
"""


def test_a_title_between_a_body_s_name_and_a_person_s_is_no_act() -> None:
    assert not facts(read(TITLE_READ_AS_VERB), "svo")
