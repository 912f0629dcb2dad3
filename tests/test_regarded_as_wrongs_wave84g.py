"""Things and parties regarded as wrongs (wave 84 G): "see (regard, view) X as a betrayal (an insult, an
affront, a provocation)" denounces X (111), "as a threat" disapproves of X (110); "as an ally" is no event.
The "as" the parser hangs on a passive's by-agent ("was seen by the opposition as a betrayal of Y") is the
verb's own; whom the noun of the "as" phrase reaches ("an insult to Y") is not what is regarded. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import codes_between, read

REGARDS = """
Peru     Peru     PROPN NNP 2 nsubj GPE
{verb}   {lemma}  VERB  VBZ 0 ROOT  -
Chile    Chile    PROPN NNP 2 dobj  GPE
as       as       ADP   IN  2 prep  -
a        a        DET   DT  6 det   -
{noun}   {noun}   NOUN  NN  4 pobj  -
.        .        PUNCT .   2 punct -
"""


def test_a_party_regarded_as_a_wrong_is_disapproved_of() -> None:
    threat = REGARDS.format(verb="regards", lemma="regard", noun="threat")
    assert codes_between(threat, "Peru", "Chile") == {"110"}
    provocation = REGARDS.format(verb="views", lemma="view", noun="provocation")
    assert codes_between(provocation, "Peru", "Chile") == {"111"}
    ally = codes_between(REGARDS.format(verb="sees", lemma="see", noun="ally"), "Peru", "Chile")
    assert not any(c and c.startswith("11") for c in ally), ally


SEEN = """
Peru       Peru       PROPN NNP 4  nsubjpass GPE
had        have       AUX   VBD 4  aux       -
been       be         AUX   VBN 4  auxpass   -
seen       see        VERB  VBN 0  ROOT      -
by         by         ADP   IN  4  agent     -
the        the        DET   DT  8  det       -
Bolivian   bolivian   ADJ   JJ  8  amod      NORP
opposition opposition NOUN  NN  5  pobj      -
as         as         ADP   IN  8  prep      -
a          a          DET   DT  11 det       -
betrayal   betrayal   NOUN  NN  9  pobj      -
of         of         ADP   IN  11 prep      -
Chile      Chile      PROPN NNP 12 pobj      GPE
.          .          PUNCT .   4  punct     -
"""


def test_as_hung_on_the_by_agent_is_the_regarding() -> None:
    reading = read(SEEN)
    label = {e.id: e.label for e in reading.entities.entities()}
    seen = {r.event_code for r in reading.relations if label[r.object.entity_id] == "Peru"}
    assert seen == {"111"}, [
        (label[r.subject.entity_id], r.predicate, r.event_code) for r in reading.relations
    ]
    # the one betrayed is not denounced
    assert not any(
        label[r.object.entity_id] == "Chile" and (r.event_code or "").startswith("11")
        for r in reading.relations
    )


INSULT = """
Peru     Peru     PROPN NNP 2 nsubj GPE
sees     see      VERB  VBZ 0 ROOT  -
Chile    Chile    PROPN NNP 2 dobj  GPE
as       as       ADP   IN  2 prep  -
an       an       DET   DT  6 det   -
insult   insult   NOUN  NN  4 pobj  -
to       to       ADP   IN  6 prep  -
Bolivia  Bolivia  PROPN NNP 7 pobj  GPE
.        .        PUNCT .   2 punct -
"""


def test_whom_the_wrong_reaches_is_not_regarded() -> None:
    assert codes_between(INSULT, "Peru", "Chile") == {"111"}
    assert not any(c and c.startswith("11") for c in codes_between(INSULT, "Peru", "Bolivia"))
