"""An object "it" whose sentence last put an accord in an object's place stands for the accord: "Garcia said
Chile was beginning to respect the treaty and that was why he was not renouncing it" gives no renouncing of
Chile. Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Garcia said Chile was beginning to respect the treaty and that was why he was not renouncing it."
RENOUNCING_IT = """
    Garcia     Garcia    PROPN NNP 2  nsubj  PERSON
    said       say       VERB  VBD 0  ROOT   -
    Chile      Chile     PROPN NNP 5  nsubj  GPE
    was        be        AUX   VBD 5  aux    -
    beginning  begin     VERB  VBG 2  ccomp  -
    to         to        PART  TO  7  aux    -
    respect    respect   VERB  VB  5  xcomp  -
    the        the       DET   DT  9  det    -
    treaty     treaty    NOUN  NN  7  dobj   -
    and        and       CCONJ CC  5  cc     -
    that       that      PRON  DT  12 nsubj  -
    was        be        AUX   VBD 5  conj   -
    why        why       SCONJ WRB 17 advmod -
    he         he        PRON  PRP 17 nsubj  -
    was        be        AUX   VBD 17 aux    -
    not        not       PART  RB  17 neg    -
    renouncing renounce  VERB  VBG 12 advcl  -
    it         it        PRON  PRP 17 dobj   -
    .          .         PUNCT .   2  punct  -
"""


def test_it_after_an_accord_in_an_objects_place_is_the_accord() -> None:
    reading = read(RENOUNCING_IT)
    label = {e.id: e.label for e in reading.entities.entities()}
    assert not [
        r for r in reading.relations if r.predicate == "renounce" and label[r.object.entity_id] == "Chile"
    ]
