"""Others named by how they stand to a state (wave 55 C): "Peru's creditor banks", "Peru's lenders" are the
banks that lend to Peru, not a part of it, and hold none of its country (related_parties.tsv); "Peru's banks"
and "Japanese creditors" (a demonym before a creditor names its own state) still do. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _entities(table: str) -> tuple[dict[str, str | None], set[tuple[str, str, str]]]:
    """The country of each entity by id, and (subject id, predicate, object id) of every relation."""
    reading = read(table)
    countries = {e.id: e.country for e in reading.entities.entities()}
    facts = {(r.subject.entity_id, r.predicate, r.object.entity_id) for r in reading.relations}
    return countries, facts


def test_a_states_creditor_banks_are_no_part_of_it() -> None:
    countries, facts = _entities("""
    Peru     Peru     PROPN NNP 4 poss     GPE
    's       's       PART  POS 1 case     -
    creditor creditor NOUN  NN  4 compound -
    banks    bank     NOUN  NNS 5 nsubj    -
    sued     sue      VERB  VBD 0 ROOT     -
    Chile    Chile    PROPN NNP 5 dobj     GPE
    .        .        PUNCT .   5 punct    -
    """)
    banks = [key for key in countries if "bank" in key]
    assert banks and all(countries[key] is None for key in banks)
    assert not any(p == "part of" for _, p, _ in facts)
    assert any(s in banks and p == "sue" and o == "country:CHL" for s, p, o in facts)


def test_a_states_lenders_are_no_part_of_it() -> None:
    countries, facts = _entities("""
    Peru    Peru   PROPN NNP 3 poss  GPE
    's      's     PART  POS 1 case  -
    lenders lender NOUN  NNS 4 nsubj -
    sued    sue    VERB  VBD 0 ROOT  -
    Chile   Chile  PROPN NNP 4 dobj  GPE
    .       .      PUNCT .   4 punct -
    """)
    banks = [key for key in countries if "bank" in key]
    assert banks and all(countries[key] is None for key in banks)
    assert not any(p == "part of" for _, p, _ in facts)


def test_a_states_own_banks_stay_its_own() -> None:
    countries, _ = _entities("""
    Peru  Peru  PROPN NNP 3 poss  GPE
    's    's    PART  POS 1 case  -
    banks bank  NOUN  NNS 4 nsubj -
    sued  sue   VERB  VBD 0 ROOT  -
    Chile Chile PROPN NNP 4 dobj  GPE
    .     .     PUNCT .   4 punct -
    """)
    assert [countries[key] for key in countries if "bank" in key] == ["PER"]


def test_a_demonym_before_creditors_names_their_own_state() -> None:
    countries, _ = _entities("""
    Japanese  Japanese ADJ   JJ  2 amod  NORP
    creditors creditor NOUN  NNS 3 nsubj -
    sued      sue      VERB  VBD 0 ROOT  -
    Chile     Chile    PROPN NNP 3 dobj  GPE
    .         .        PUNCT .   3 punct -
    """)
    assert [countries[key] for key in countries if "creditor" in key] == ["JPN"]
