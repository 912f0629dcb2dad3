"""Questions put to a speaker who answers (wave 83 H): "Asked whether (if, how, why) …, he replied
(answered, said): …" opens with the participle of a verb of asking and a question word; a long question
leads the parser to make the participle the root (or a noun of the question the head of the verb of
speech) and to hang the question's words on the verb of speech, so that the speaker, or a name in the
question, seems to "reply as part of" a body the question names. The repair (io/nlp.py answered_questions)
makes the verb of speech the root and the participle its clause, and gives the question's words back to
the question, where they are asked, no fact (this wave's change); a right parse is left alone (a guard).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import answered_questions
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# The model's parse of "Asked whether Peru would accept the demand of the Andean Pact that any declaration
# name Quito as part of the Pact, he replied: "We have our position."": the participle is the root.
ASKED_WHETHER_THE_ROOT = """
Asked        ask         VERB  VBN 0  ROOT     -
whether      whether     SCONJ IN  5  mark     -
Peru         Peru        PROPN NNP 5  nsubj    GPE
would        would       AUX   MD  5  aux      -
accept       accept      VERB  VB  1  ccomp    -
the          the         DET   DT  7  det      -
demand       demand      NOUN  NN  5  dobj     -
of           of          ADP   IN  7  prep     -
the          the         DET   DT  11 det      -
Andean       Andean      PROPN NNP 11 compound ORG
Pact         Pact        PROPN NNP 8  pobj     I-ORG
that         that        SCONJ IN  25 dobj     -
any          any         DET   DT  14 det      -
declaration  declaration NOUN  NN  15 compound -
name         name        VERB  VBP 16 compound -
Quito        Quito       PROPN NNP 25 nsubj    GPE
as           as          ADP   IN  25 prep     -
part         part        NOUN  NN  17 pobj     -
of           of          ADP   IN  18 prep     -
the          the         DET   DT  22 det      -
Andean       Andean      PROPN NNP 22 compound ORG
Pact         Pact        PROPN NNP 19 pobj     I-ORG
,            ,           PUNCT ,   25 punct    -
he           he          PRON  PRP 25 nsubj    -
replied      reply       VERB  VBD 1  ccomp    -
:            :           PUNCT :   25 punct    -
We           we          PRON  PRP 28 nsubj    -
have         have        VERB  VBP 25 ccomp    -
our          our         PRON  PRP$ 30 poss    -
position     position    NOUN  NN  28 dobj     -
.            .           PUNCT .   1  punct    -
"""

# The model's parse of "Asked if Peru would accept the Andean Pact's demand that any declaration name Quito
# as part of the Pact, Vargas replied: "We will see."": the verb of speech hangs on the question's noun, and
# the participle is tagged a past tense.
ASKED_IF_ON_THE_NOUN = """
Asked        ask         VERB  VBD 0  ROOT     -
if           if          SCONJ IN  5  mark     -
Peru         Peru        PROPN NNP 5  nsubj    GPE
would        would       AUX   MD  5  aux      -
accept       accept      VERB  VB  1  ccomp    -
the          the         DET   DT  8  det      -
Andean       Andean      PROPN NNP 8  compound ORG
Pact         Pact        PROPN NNP 10 poss     I-ORG
's           's          PART  POS 8  case     -
demand       demand      NOUN  NN  5  dobj     -
that         that        SCONJ IN  23 mark     -
any          any         DET   DT  13 det      -
declaration  declaration NOUN  NN  14 nsubj    -
name         name        VERB  VBP 11 prep     -
Quito        Quito       PROPN NNP 14 dobj     GPE
as           as          ADP   IN  23 prep     -
part         part        NOUN  NN  16 pobj     -
of           of          ADP   IN  17 prep     -
the          the         DET   DT  20 det      -
Pact         Pact        PROPN NNP 18 pobj     ORG
,            ,           PUNCT ,   23 punct    -
Vargas       Vargas      PROPN NNP 23 nsubj    PERSON
replied      reply       VERB  VBD 10 acl      -
:            :           PUNCT :   23 punct    -
We           we          PRON  PRP 27 nsubj    -
will         will        AUX   MD  27 aux      -
see          see         VERB  VB  23 ccomp    -
.            .           PUNCT .   1  punct    -
"""

# A right parse: "Asked whether Peru would sign, Vargas said talks would go on."
ASKED_RIGHTLY = """
Asked    ask      VERB  VBN 8  advcl -
whether  whether  SCONJ IN  5  mark  -
Peru     Peru     PROPN NNP 5  nsubj GPE
would    would    AUX   MD  5  aux   -
sign     sign     VERB  VB  1  ccomp -
,        ,        PUNCT ,   8  punct -
Vargas   Vargas   PROPN NNP 8  nsubj PERSON
said     say      VERB  VBD 0  ROOT  -
talks    talk     NOUN  NNS 11 nsubj -
would    would    AUX   MD  11 aux   -
go       go       VERB  VB  8  ccomp -
on       on       ADP   RP  11 prt   -
.        .        PUNCT .   8  punct -
"""


def _triples(doc: object) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_question_the_parser_made_the_root_is_put_to_the_speaker() -> None:
    doc = answered_questions(parse(ASKED_WHETHER_THE_ROOT))
    assert (doc[24].dep_, doc[24].head.i) == ("ROOT", 24)
    assert (doc[0].dep_, doc[0].head.text) == ("advcl", "replied")
    assert doc[15].head.text == "accept" and doc[30].head.text == "replied"
    triples = _triples(doc)
    assert not any(t[1].startswith("reply") for t in triples), triples


def test_a_verb_of_speech_hung_on_the_questions_noun_answers_it() -> None:
    doc = answered_questions(parse(ASKED_IF_ON_THE_NOUN))
    assert (doc[22].dep_, doc[0].head.text, doc[15].head.text) == ("ROOT", "replied", "accept")
    triples = _triples(doc)
    assert not any(t[1].startswith("reply") for t in triples), triples


def test_a_right_parse_of_an_answered_question_is_left_alone() -> None:
    doc = parse(ASKED_RIGHTLY)
    before = [(t.head.i, t.dep_) for t in doc]
    assert [(t.head.i, t.dep_) for t in answered_questions(doc)] == before
