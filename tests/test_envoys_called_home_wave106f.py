"""An envoy called home or back is recalled (sentences of our own, parses written by hand): no call made from
the envoy's post, no naming of the envoy as "home"."""

from __future__ import annotations

from geokg.extract.io.nlp import recalled_envoys
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "The Foreign Ministry called Ambassador Jan Bolt home from Moscow for consultations.", as the parser gives
# it: "home" the complement of a naming "call"
CALLED_HOME = """
The            the            DET   DT  3  det      ORG
Foreign        Foreign        PROPN NNP 3  compound I-ORG
Ministry       Ministry       PROPN NNP 4  nsubj    I-ORG
called         call           VERB  VBD 0  ROOT     -
Ambassador     Ambassador     PROPN NNP 7  compound -
Jan            Jan            PROPN NNP 7  compound PERSON
Bolt           Bolt           PROPN NNP 4  dobj     I-PERSON
home           home           ADV   RB  4  oprd     -
from           from           ADP   IN  4  prep     -
Moscow         Moscow         PROPN NNP 9  pobj     GPE
for            for            ADP   IN  4  prep     -
consultations  consultation   NOUN  NNS 11 pobj     -
.              .              PUNCT .   4  punct    -
"""


def _facts(table: str) -> set[tuple[str, str, str, str | None]]:
    reading = read_doc(recalled_envoys(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in reading.relations
    }


def test_an_envoy_called_home_is_recalled() -> None:
    facts = _facts(CALLED_HOME)
    assert ("Foreign Ministry", "recall", "Jan Bolt", "16") in facts
    assert not any(fact[1] in ("describe", "call from") for fact in facts)


def test_home_is_no_complement_of_naming() -> None:
    doc = recalled_envoys(parse(CALLED_HOME))
    assert (doc[7].dep_, doc[3].lemma_) == ("advmod", "recall")


def test_a_person_called_back_with_no_envoy_title_is_left_as_parsed() -> None:
    # "The Foreign Ministry called Jan Bolt back.": a call returned, maybe; no recall read
    table = """
    The        the        DET   DT  3  det      ORG
    Foreign    Foreign    PROPN NNP 3  compound I-ORG
    Ministry   Ministry   PROPN NNP 4  nsubj    I-ORG
    called     call       VERB  VBD 0  ROOT     -
    Jan        Jan        PROPN NNP 6  compound PERSON
    Bolt       Bolt       PROPN NNP 4  dobj     I-PERSON
    back       back       ADV   RB  4  advmod   -
    .          .          PUNCT .   4  punct    -
    """
    assert recalled_envoys(parse(table))[3].lemma_ == "call"
