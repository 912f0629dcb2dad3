"""A listener after "told" is no party to what is said about a named person after it (wave 106 E):
"Carl Berg told reporters Lt. Jan Bolt, 24, who served in Lima, was being held". The parser may run the
hearer into the name ("reporters" a compound of "Bolt", the name the object of "told"), leaving the clause
with no subject: the repair (io/nlp.py told_subjects) makes the hearer the verb's object and the name the
clause's subject, as it does for a common noun; a lone name after "told" stays its hearer. The hearer
before the title is no owner of it ("lieutenant of" the reporters), and a fact the name's relative clause
tells ("Bolt -serve in-> Lima") is no claim of the speaker's own about him: the statement edge keeps the
claim, as "X said Y was being held" does. Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import told_subjects
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Carl Berg told reporters Lt. Jan Bolt was being held.", as the parser gave it: the hearer run into
# the name, the name the object of "told"
FUSED_NAME = """
Carl      Carl      PROPN NNP 2  compound PERSON
Berg      Berg      PROPN NNP 3  nsubj    I-PERSON
told      tell      VERB  VBD 0  ROOT     -
reporters reporter  NOUN  NNS 7  compound -
Lt.       Lt.       PROPN NNP 7  compound -
Jan       Jan       PROPN NNP 7  compound PERSON
Bolt      Bolt      PROPN NNP 3  dobj     I-PERSON
was       be        AUX   VBD 10 aux      -
being     be        AUX   VBG 10 auxpass  -
held      hold      VERB  VBN 3  ccomp    -
.         .         PUNCT .   3  punct    -
"""

# "Carl Berg told Jan Bolt was being held." is no English the repair reads: a lone name is the hearer
LONE_NAME = """
Carl      Carl      PROPN NNP 2  compound PERSON
Berg      Berg      PROPN NNP 3  nsubj    I-PERSON
told      tell      VERB  VBD 0  ROOT     -
Jan       Jan       PROPN NNP 5  compound PERSON
Bolt      Bolt      PROPN NNP 3  dobj     I-PERSON
was       be        AUX   VBD 8  aux      -
being     be        AUX   VBG 8  auxpass  -
held      hold      VERB  VBN 3  ccomp    -
.         .         PUNCT .   3  punct    -
"""

# "Carl Berg told reporters Lt. Jan Bolt was being held.", repaired: the title reader sees "reporters"
# right before the title, the object of "told"
TOLD_REPORTERS_OF_A_LIEUTENANT = """
Carl      Carl      PROPN NNP 2  compound PERSON
Berg      Berg      PROPN NNP 3  nsubj    I-PERSON
told      tell      VERB  VBD 0  ROOT     -
reporters reporter  NOUN  NNS 3  dobj     -
Lt.       Lt.       PROPN NNP 7  compound -
Jan       Jan       PROPN NNP 7  compound PERSON
Bolt      Bolt      PROPN NNP 10 nsubjpass I-PERSON
was       be        AUX   VBD 10 aux      -
being     be        AUX   VBG 10 auxpass  -
held      hold      VERB  VBN 3  ccomp    -
.         .         PUNCT .   3  punct    -
"""

# "Carl Berg said Jan Bolt, who served in Lima, was being held."
SAID_OF_A_NAME_DESCRIBED = """
Carl      Carl      PROPN NNP 2  compound PERSON
Berg      Berg      PROPN NNP 3  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
Jan       Jan       PROPN NNP 5  compound PERSON
Bolt      Bolt      PROPN NNP 14 nsubjpass I-PERSON
,         ,         PUNCT ,   5  punct    -
who       who       PRON  WP  8  nsubj    -
served    serve     VERB  VBD 5  relcl    -
in        in        ADP   IN  8  prep     -
Lima      Lima      PROPN NNP 9  pobj     GPE
,         ,         PUNCT ,   5  punct    -
was       be        AUX   VBD 14 aux      -
being     be        AUX   VBG 14 auxpass  -
held      hold      VERB  VBN 3  ccomp    -
.         .         PUNCT .   3  punct    -
"""


def _relations(table: str, repaired: bool = True) -> set[tuple[str, str, str, str | None]]:
    doc = told_subjects(parse(table)) if repaired else parse(table)
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.content)
        for r in reading.relations
    }


def test_a_hearer_run_into_a_name_is_the_object_and_the_name_the_clauses_subject() -> None:
    doc = told_subjects(parse(FUSED_NAME))
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "told")
    assert (doc[6].dep_, doc[6].head.text) == ("nsubjpass", "held")
    # a lone name after "told" is its hearer: nothing moves
    lone = told_subjects(parse(LONE_NAME))
    assert (lone[4].dep_, lone[4].head.text) == ("dobj", "told")


def test_the_hearer_before_a_title_owns_no_title() -> None:
    relations = _relations(TOLD_REPORTERS_OF_A_LIEUTENANT, repaired=False)
    assert not [r for r in relations if r[1].startswith("lieutenant")]
    assert ("Carl Berg", "say", "Jan Bolt", "Lt. Jan Bolt was being held") in relations


def test_a_fact_of_the_names_relative_clause_leaves_the_claim_to_the_statement() -> None:
    relations = _relations(SAID_OF_A_NAME_DESCRIBED, repaired=False)
    assert ("Carl Berg", "say", "Jan Bolt", "Jan Bolt, who served in Lima, was being held") in relations
    assert ("Jan Bolt", "serve in", "Lima", None) in relations
