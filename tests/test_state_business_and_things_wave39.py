"""A state's business actors and a state's things (wave 39 B).

- A demonym before a trade agent noun ("Argentine buyers", "Malaysian growers", "Thai millers") is that
  state's business actor (the demonym's country, sector BUS), neither the state nor nothing
  (lexicon/data/sectors.tsv).
- A demonym or a state's possessive before a thing of the state ("the Peruvian pipeline", "Brazil bought
  the Peruvian harvest", "Peru's reserves") makes no actor: the state does not stand for its thing
  (lexicon/data/words.tsv state_thing_nouns, clauses/arguments.py).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _actor(reading, label: str):
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity


def _pairs(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_demonyms_buyers_are_its_business_not_the_state() -> None:
    """ "Argentine buyers signed a deal with Chile": Argentina's buyers (BUS) deal with Chile."""
    reading = read("""
    Argentine  argentine  ADJ   JJ  2 amod   NORP
    buyers     buyer      NOUN  NNS 3 nsubj  -
    signed     sign       VERB  VBD 0 ROOT   -
    a          a          DET   DT  5 det    -
    deal       deal       NOUN  NN  3 dobj   -
    with       with       ADP   IN  3 prep   -
    Chile      Chile      PROPN NNP 6 pobj   GPE
    .          .          PUNCT .   3 punct  -
    """)
    pairs = _pairs(reading)
    subjects = {s for s, p, o in pairs if o == "Chile"}
    assert subjects and "Argentina" not in subjects
    signed = [r for r in reading.relations if r.predicate.startswith("sign")]
    [buyers] = {reading.entities.entity(r.subject.entity_id) for r in signed}
    assert buyers.type == "NORP" and buyers.country == "ARG" and buyers.sector == "BUS"


def test_a_demonyms_growers_sell_as_business() -> None:
    """ "Malaysian growers sold palm oil to Egypt": Malaysia's growers (BUS) are the sellers."""
    reading = read("""
    Malaysian  malaysian  ADJ   JJ  2 amod     NORP
    growers    grower     NOUN  NNS 3 nsubj    -
    sold       sell       VERB  VBD 0 ROOT     -
    palm       palm       NOUN  NN  5 compound -
    oil        oil        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 dative   -
    Egypt      Egypt      PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   3 punct    -
    """)
    sellers = [reading.entities.entity(r.subject.entity_id) for r in reading.relations]
    assert sellers
    assert all(e.country == "MYS" and e.sector == "BUS" and e.type == "NORP" for e in sellers)


def test_a_bought_harvest_is_not_its_state() -> None:
    """ "Brazil bought the Peruvian harvest": Brazil bought no Peru."""
    reading = read("""
    Brazil     Brazil     PROPN NNP 2 nsubj  GPE
    bought     buy        VERB  VBD 0 ROOT   -
    the        the        DET   DT  5 det    -
    Peruvian   peruvian   ADJ   JJ  5 amod   NORP
    harvest    harvest    NOUN  NN  2 dobj   -
    .          .          PUNCT .   2 punct  -
    """)
    assert not any("Peru" in (s, o) for s, p, o in _pairs(reading))


def test_a_sold_pipeline_is_not_its_state() -> None:
    """ "The Peruvian pipeline was sold to Chile": nothing of Peru's acts or is sold as Peru."""
    reading = read("""
    The        the        DET   DT  3 det       -
    Peruvian   peruvian   ADJ   JJ  3 amod      NORP
    pipeline   pipeline   NOUN  NN  5 nsubjpass -
    was        be         AUX   VBD 5 auxpass   -
    sold       sell       VERB  VBN 0 ROOT      -
    to         to         ADP   IN  5 prep      -
    Chile      Chile      PROPN NNP 6 pobj      GPE
    .          .          PUNCT .   5 punct     -
    """)
    assert not any("Peru" in (s, o) for s, p, o in _pairs(reading))


def test_a_states_possessed_reserves_are_not_the_state() -> None:
    """ "Peru's reserves were sold to Chile": the reserves, not Peru."""
    reading = read("""
    Peru       Peru       PROPN NNP 3 poss      GPE
    's         's         PART  POS 1 case      -
    reserves   reserve    NOUN  NNS 5 nsubjpass -
    were       be         AUX   VBD 5 auxpass   -
    sold       sell       VERB  VBN 0 ROOT      -
    to         to         ADP   IN  5 prep      -
    Chile      Chile      PROPN NNP 6 pobj      GPE
    .          .          PUNCT .   5 punct     -
    """)
    assert not any("Peru" in (s, o) for s, p, o in _pairs(reading))


def test_a_states_bid_still_stands_for_it() -> None:
    """ "Chile rejected the Peruvian bid": a bid is the state's own act, unlike its things."""
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj  GPE
    rejected   reject     VERB  VBD 0 ROOT   -
    the        the        DET   DT  5 det    -
    Peruvian   peruvian   ADJ   JJ  5 amod   NORP
    bid        bid        NOUN  NN  2 dobj   -
    .          .          PUNCT .   2 punct  -
    """)
    assert any(s == "Chile" and o == "Peru" for s, p, o in _pairs(reading))


def test_one_of_a_states_traders_is_its_business_not_the_state() -> None:
    """ "A Chilean trader sold copper to Egypt": one of Chile's traders (BUS), not Chile."""
    reading = read("""
    A          a          DET   DT  3 det      -
    Chilean    chilean    ADJ   JJ  3 amod     NORP
    trader     trader     NOUN  NN  4 nsubj    -
    sold       sell       VERB  VBD 0 ROOT     -
    copper     copper     NOUN  NN  4 dobj     -
    to         to         ADP   IN  4 dative   -
    Egypt      Egypt      PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   4 punct    -
    """)
    sellers = [reading.entities.entity(r.subject.entity_id) for r in reading.relations]
    assert sellers
    assert all(e.country == "CHL" and e.sector == "BUS" and e.type == "NORP" for e in sellers)


def test_a_states_thing_struck_by_force_is_the_state_struck() -> None:
    """ "Chile shelled the Peruvian pipeline": shelling a state's thing is an assault on the state."""
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj  GPE
    shelled    shell      VERB  VBD 0 ROOT   -
    the        the        DET   DT  5 det    -
    Peruvian   peruvian   ADJ   JJ  5 amod   NORP
    pipeline   pipeline   NOUN  NN  2 dobj   -
    .          .          PUNCT .   2 punct  -
    """)
    assert any(s == "Chile" and o == "Peru" for s, p, o in _pairs(reading))


def test_a_states_bought_wheat_keeps_the_wheat_in_the_predicate() -> None:
    """ "Japan bought Canadian wheat": a trade in Canada's wheat ("buy wheat of"), not a purchase of Canada
    (lead, after round 50)."""
    pairs = _pairs(
        read("""
    Japan     Japan     PROPN NNP 2 nsubj  GPE
    bought    buy       VERB  VBD 0 ROOT   -
    Canadian  canadian  ADJ   JJ  4 amod   NORP
    wheat     wheat     NOUN  NN  2 dobj   -
    .         .         PUNCT .   2 punct  -
    """)
    )
    assert ("Japan", "buy wheat of", "Canada") in pairs
    assert ("Japan", "buy", "Canada") not in pairs


def test_a_price_named_by_a_state_is_not_the_state() -> None:
    """ "Chile and Peru agreed on the Bolivian price": no agreement on Bolivia (lead, after round 50)."""
    pairs = _pairs(
        read("""
    Chile     Chile     PROPN NNP 4 nsubj  GPE
    and       and       CCONJ CC  1 cc     -
    Peru      Peru      PROPN NNP 1 conj   GPE
    agreed    agree     VERB  VBD 0 ROOT   -
    on        on        ADP   IN  4 prep   -
    the       the       DET   DT  8 det    -
    Bolivian  bolivian  ADJ   JJ  8 amod   NORP
    price     price     NOUN  NN  5 pobj   -
    .         .         PUNCT .   4 punct  -
    """)
    )
    assert not any(o == "Bolivia" for _, _, o in pairs)
