"""A headline's speaker saying what another plans (wave 106 E): "Bolt says Peru to impose sanctions on Chile"
is news style for "Bolt says Peru will impose sanctions on Chile", as "Peru to impose sanctions on Chile"
alone is Peru's plan. The parser takes Peru for the object of "says" and the infinitive for its complement
(as in "told Peru to impose", an appeal): the repair (io/nlp.py headline_reported_plans) makes Peru the
infinitive's subject and the infinitive the clause "says" reports, and that clause is a plan ("will"),
attributed to the speaker. Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import headline_reported_plans
from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

# "Bolt says Peru to impose sanctions on Chile ¶ The decision came on Tuesday.", as the parser gave it
AS_PARSED = """
Bolt      Bolt      PROPN NNP 2  nsubj    PERSON
{verb}    {lemma}   VERB  VBZ 0  ROOT     -
Peru      Peru      PROPN NNP 2  dobj     GPE
to        to        PART  TO  5  aux      -
impose    impose    VERB  VB  2  xcomp    -
sanctions sanction  NOUN  NNS 5  dobj     -
on        on        ADP   IN  6  prep     -
Chile     Chile     PROPN NNP 7  pobj     GPE
¶         ¶         SPACE _SP 8  dep      -
The       the       DET   DT  11 det      -
decision  decision  NOUN  NN  12 nsubj    -
came      come      VERB  VBD 0  ROOT     -
on        on        ADP   IN  12 prep     -
Tuesday   Tuesday   PROPN NNP 13 pobj     DATE
.         .         PUNCT .   12 punct    -
"""

# the same headline as the repair leaves it
REPAIRED = (
    AS_PARSED.format(verb="says", lemma="say")
    .replace("Peru      Peru      PROPN NNP 2  dobj ", "Peru      Peru      PROPN NNP 5  nsubj")
    .replace("impose    impose    VERB  VB  2  xcomp", "impose    impose    VERB  VB  2  ccomp")
)


def test_a_headlines_reported_subject_and_infinitive_are_the_reported_clause() -> None:
    doc = headline_reported_plans(with_title_line(AS_PARSED.format(verb="says", lemma="say")))
    assert (doc[2].dep_, doc[2].head.text) == ("nsubj", "impose")
    assert (doc[4].dep_, doc[4].head.text) == ("ccomp", "says")
    # "Bolt wants Peru to impose …" is a wish of Bolt's for Peru: nothing moves
    wanted = headline_reported_plans(with_title_line(AS_PARSED.format(verb="wants", lemma="want")))
    assert (wanted[2].dep_, wanted[4].dep_) == ("dobj", "xcomp")


def test_the_reported_plan_is_to_come_and_the_speakers_word() -> None:
    reading = read_doc(with_title_line(REPAIRED), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    found = {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            r.modality,
            label.get(r.attributed_to or ""),
        )
        for r in reading.relations
        if r.event_root == "16"
    }
    assert found == {("Peru", "sanction", "Chile", "will", "Bolt")}
