"""Help given by a holder of an office of the body helped is his job, no aid between two sides (wave 85 H):
"Zentex chairman Tom Vale helped Zentex win the contract" keeps "Tom Vale -help-> Zentex" with no event code;
a helper of no office of the body ("Tom Vale helped Zentex win") still gives aid (07)
(relations._aid_to_own_body). The parse is built by hand as the parser gave it (tests/hand_docs.py); the
sentence and the names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

TITLED = """
Zentex     Zentex     PROPN NNP  3  compound ORG
chairman   chairman   NOUN  NN   3  compound -
Tom        Tom        PROPN NNP  4  compound PERSON
Vale       Vale       PROPN NNP  5  nsubj    I-PERSON
helped     help       VERB  VBD  0  ROOT     -
Zentex     Zentex     PROPN NNP  7  nsubj    ORG
win        win        VERB  VB   5  ccomp    -
the        the        DET   DT   9  det      -
contract   contract   NOUN  NN   7  dobj     -
.          .          PUNCT .    5  punct    -
"""

UNTITLED = """
Tom        Tom        PROPN NNP  2  compound PERSON
Vale       Vale       PROPN NNP  3  nsubj    I-PERSON
helped     help       VERB  VBD  0  ROOT     -
Zentex     Zentex     PROPN NNP  5  nsubj    ORG
win        win        VERB  VB   3  ccomp    -
the        the        DET   DT   7  det      -
contract   contract   NOUN  NN   5  dobj     -
.          .          PUNCT .    3  punct    -
"""


def _helps(rows: str) -> list[tuple[str, str | None]]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [(label[r.object.entity_id], r.event_root) for r in reading.relations if r.predicate == "help"]


def test_an_officer_helping_his_own_body_gives_it_no_aid() -> None:
    assert _helps(TITLED) == [("Zentex", None)]
    assert _helps(UNTITLED) == [("Zentex", "07")]  # a helper of no office of it still aids
