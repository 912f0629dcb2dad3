"""An act taken as a sign of a quality (lead, stop 42): "Ann Cole praised the pact as a demonstration of
Chile's willingness to act" made `Ann Cole –demonstration of→ Chile` (a protest, 14): an "as" phrase of an
event noun whose "of" names a quality (words.tsv shown_qualities) says what the act shows, no event its
subject took part in. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

PRAISED = """
    Ann           Ann           PROPN NNP 2  compound PERSON
    Cole          Cole          PROPN NNP 3  nsubj    I-PERSON
    praised       praise        VERB  VBD 0  ROOT     -
    the           the           DET   DT  5  det      -
    pact          pact          NOUN  NN  3  dobj     -
    as            as            ADP   IN  3  prep     -
    a             a             DET   DT  8  det      -
    demonstration demonstration NOUN  NN  6  pobj     -
    of            of            ADP   IN  8  prep     -
    Chile         Chile         PROPN NNP 12 poss     GPE
    's            's            PART  POS 10 case     -
    willingness   willingness   NOUN  NN  9  pobj     -
    to            to            PART  TO  14 aux      -
    act           act           VERB  VB  12 acl      -
    .             .             PUNCT .   3  punct    -
    """


def _facts(table: str) -> set[tuple[str, str, str]]:
    reading = read_doc(parse(table), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_sign_of_willingness_is_no_protest() -> None:
    assert not any(p.startswith("demonstration") for _, p, _ in _facts(PRAISED))


def test_a_demonstration_of_people_is_still_read() -> None:
    # "Ann Cole praised the pact as a demonstration of Chile's farmers": no quality, the event stays
    table = PRAISED.replace("willingness   willingness ", "farmers       farmer      ").replace(
        "willingness", "farmers"
    )
    assert any(p.startswith("demonstration") for _, p, _ in _facts(table))
