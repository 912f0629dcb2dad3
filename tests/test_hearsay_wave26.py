"""Hearsay introduced by a noun wherever the noun stands (wave 26): what charges, rumours or speculation
say is no fact of the article, whether the noun is the subject of a verb of appearing with its clause put
after the verb ("Rumours spread that …") or the object of a denial ("denied charges that …").

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def test_a_rumour_put_after_its_verb_is_no_fact() -> None:
    """ "Rumours quickly spread that Peru had shelled Chile": the clause is what the rumours say."""
    reading = read("""
    Rumours  rumour   NOUN  NNS 3  nsubj  -
    quickly  quickly  ADV   RB  3  advmod -
    spread   spread   VERB  VBD 0  ROOT   -
    that     that     SCONJ IN  7  mark   -
    Peru     Peru     PROPN NNP 7  nsubj  GPE
    had      have     AUX   VBD 7  aux    -
    shelled  shell    VERB  VBN 3  ccomp  -
    Chile    Chile    PROPN NNP 7  dobj   GPE
    .        .        PUNCT .   3  punct  -
    """)
    assert not any("shell" in r.predicate for r in reading.relations)


def test_charges_put_after_their_verb_are_no_fact() -> None:
    """ "Charges emerged that Peru had armed Bolivia": an allegation's content, told by no one named."""
    reading = read("""
    Charges  charge   NOUN  NNS 2  nsubj  -
    emerged  emerge   VERB  VBD 0  ROOT   -
    that     that     SCONJ IN  6  mark   -
    Peru     Peru     PROPN NNP 6  nsubj  GPE
    had      have     AUX   VBD 6  aux    -
    armed    arm      VERB  VBN 2  ccomp  -
    Bolivia  Bolivia  PROPN NNP 6  dobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)


def test_charges_a_state_denies_are_no_fact() -> None:
    """ "Chile denied charges that Peru had armed Bolivia": the article does not say it, and Chile says it
    is false (wave 36: the denial of a charge is read as "denied that …" is, negated in Chile's word)."""
    reading = read("""
    Chile    Chile    PROPN NNP 2  nsubj  GPE
    denied   deny     VERB  VBD 0  ROOT   -
    charges  charge   NOUN  NNS 2  dobj   -
    that     that     SCONJ IN  7  mark   -
    Peru     Peru     PROPN NNP 7  nsubj  GPE
    had      have     AUX   VBD 7  aux    -
    armed    arm      VERB  VBN 3  acl    -
    Bolivia  Bolivia  PROPN NNP 7  dobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    armed = [r for r in reading.relations if r.predicate == "arm"]
    assert armed and all(r.negated and r.attributed_to == "country:CHL" for r in armed)


def test_a_clause_after_a_verb_with_another_subject_stays_a_fact() -> None:
    """ "Fighting resumed after Peru shelled Chile": only a noun of hearsay makes the clause hearsay."""
    reading = read("""
    Fighting  fighting  NOUN  NN  2  nsubj  -
    resumed   resume    VERB  VBD 0  ROOT   -
    after     after     SCONJ IN  5  mark   -
    Peru      Peru      PROPN NNP 5  nsubj  GPE
    shelled   shell     VERB  VBD 2  advcl  -
    Chile     Chile     PROPN NNP 5  dobj   GPE
    .         .         PUNCT .   2  punct  -
    """)
    assert any("shell" in r.predicate for r in reading.relations)
