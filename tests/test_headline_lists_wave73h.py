"""Wave 73 H: a wire headline "A, B TO VERB C" in capitals tells what A and B will do: the comma between two
names of one kind stands for "and", and the infinitive the parser hangs on the first name as a relative
clause is the plan of both."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

HEADLINE = """
    ACME    ACME    PROPN NNP 2  compound ORG
    BANK    BANK    PROPN NNP 0  ROOT     I-ORG
    ,       ,       PUNCT ,   2  punct    -
    ZENITH  ZENITH  PROPN NNP 5  compound ORG
    BANK    BANK    PROPN NNP 2  appos    I-ORG
    TO      to      PART  TO  7  aux      -
    ASSIST  assist  VERB  VB  2  relcl    -
    PERU    PERU    PROPN NNP 7  dobj     GPE
    ¶       ¶       SPACE _SP 8  dep      -
    Acme    Acme    PROPN NNP 11 compound ORG
    Bank    Bank    PROPN NNP 15 nsubj    I-ORG
    and     and     CCONJ CC  11 cc       -
    Zenith  Zenith  PROPN NNP 14 compound ORG
    Bank    Bank    PROPN NNP 11 conj     I-ORG
    spoke   speak   VERB  VBD 0  ROOT     -
    .       .       PUNCT .   15 punct    -
"""


def _acts() -> set[tuple[str, str, str, str | None]]:
    reading = read_doc(with_title_line(HEADLINE), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.modality)
        for r in reading.relations
    }


def test_a_headlines_infinitive_on_a_name_is_a_plan() -> None:
    acts = _acts()
    assert any(a[:3] == ("ACME BANK", "assist", "Peru") and a[3] == "will" for a in acts), acts
    assert not any(a[1] == "assist" and a[3] is None for a in acts), acts


def test_a_headlines_comma_between_two_names_lists_both() -> None:
    acts = _acts()
    assert ("ZENITH BANK", "assist", "Peru", "will") in acts, acts
    assert ("ACME BANK", "assist", "Peru", "will") in acts, acts


SAID_STATE = """
    PERU       PERU       PROPN NNP 2  nsubj    GPE
    SAYS       say        VERB  VBZ 0  ROOT     -
    JAPANESE   japanese   ADJ   JJ  4  amod     NORP
    PACT       PACT       NOUN  NNS 2  dobj     -
    VERY       very       ADV   RB  6  advmod   -
    NEAR       NEAR       PROPN NNP 2  advcl    -
    ¶          ¶          SPACE _SP 6  dep      -
    Japan      Japan      PROPN NNP 9  nsubj    GPE
    agreed     agree      VERB  VBD 0  ROOT     -
    .          .          PUNCT .   9  punct    -
"""


def test_a_headlines_noun_before_what_is_said_of_it_is_no_hearer() -> None:
    reading = read_doc(with_title_line(SAID_STATE), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    said = {(r.predicate, label[r.object.entity_id]) for r in reading.relations if r.predicate == "say"}
    assert not any(obj == "Japan" for _, obj in said), said


IGO_HEADLINE = """
    IMF     IMF     PROPN NNP 0  ROOT     ORG
    ,       ,       PUNCT ,   1  punct    -
    ZENITH  ZENITH  PROPN NNP 4  compound ORG
    BANK    BANK    PROPN NNP 1  appos    I-ORG
    TO      to      PART  TO  6  aux      -
    ASSIST  assist  VERB  VB  1  relcl    -
    PERU    PERU    PROPN NNP 6  dobj     GPE
    ¶       ¶       SPACE _SP 7  dep      -
    Zenith  Zenith  PROPN NNP 10 compound ORG
    Bank    Bank    PROPN NNP 11 nsubj    I-ORG
    spoke   speak   VERB  VBD 0  ROOT     -
    .       .       PUNCT .   11 punct    -
"""


def test_an_international_bodys_acronym_in_a_capitalised_headline_is_kept() -> None:
    reading = read_doc(with_title_line(IGO_HEADLINE), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    acts = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    assert any(s in ("IMF", "International Monetary Fund") and p == "assist" for s, p, _ in acts), acts
