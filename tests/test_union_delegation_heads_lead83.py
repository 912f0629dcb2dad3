"""'X, head of the EC delegation': a union of states sends its delegation as a state does, so its head
holds the delegation's office of the union (no state's country for him)."""

from __future__ import annotations

from hand_docs import country_of, read

TABLE = """
    Ana        Ana        PROPN NNP 2  compound PERSON
    Ruiz       Ruiz       PROPN NNP 9  nsubj    PERSON
    ,          ,          PUNCT ,   2  punct    -
    head       head       NOUN  NN  2  appos    -
    of         of         ADP   IN  4  prep     -
    the        the        DET   DT  8  det      -
    EC         EC         PROPN NNP 8  compound ORG
    delegation delegation NOUN  NN  5  pobj     -
    spoke      speak      VERB  VBD 0  ROOT     -
    .          .          PUNCT .   9  punct    -
    """


DAY = "1987-03-19"  # "EC" is the European Community on a story's day before 1993


def _offices(table: str) -> set[tuple[str, str, str]]:
    reading = read(table, day=DAY)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_head_of_a_unions_delegation_holds_its_office() -> None:
    assert ("Ana Ruiz", "delegation head of", "European Community") in _offices(TABLE)


def test_the_head_gets_no_state() -> None:
    assert country_of(read(TABLE, day=DAY), "Ana Ruiz") is None


def test_a_firms_delegation_is_no_office() -> None:
    firm = TABLE.replace("EC         EC         PROPN NNP 8", "Acme       Acme       PROPN NNP 8")
    assert not any(p == "delegation head of" for _, p, _ in _offices(firm))
