"""An act in the gerund of a verb of resisting, refusing or opposing (wave 68 F): "resisted recognising X",
"opposed admitting X", "balked at recognising X" tell of a refusal, as "refused to recognise X" does, not of
the act, which has not happened. "stopped resisting recognising X" or "did not resist recognising X" is no
refusal. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _between(acts: set, subject: str, obj: str) -> list:
    return [a for a in acts if a[0] == subject and a[2] == obj]


def test_resisted_recognising_is_a_refusal_not_the_recognition() -> None:
    acts = read_modal_acts("""
    Chile       Chile      PROPN NNP 2 nsubj GPE
    resisted    resist     VERB  VBD 0 ROOT  -
    recognising recognise  VERB  VBG 2 xcomp -
    Peru        Peru       PROPN NNP 3 dobj  GPE
    .           .          PUNCT .   2 punct -
    """)
    found = _between(acts, "Chile", "Peru")
    assert found and all(a[1] == "resist recognise" and not a[5] for a in found)


def test_opposed_admitting_is_a_refusal_not_the_admission() -> None:
    acts = read_modal_acts("""
    Chile     Chile    PROPN NNP 2 nsubj GPE
    opposed   oppose   VERB  VBD 0 ROOT  -
    admitting admit    VERB  VBG 2 xcomp -
    Peru      Peru     PROPN NNP 3 dobj  GPE
    into      into     ADP   IN  3 prep  -
    the       the      DET   DT  7 det   -
    alliance  alliance NOUN  NN  5 pobj  -
    .         .        PUNCT .   2 punct -
    """)
    found = _between(acts, "Chile", "Peru")
    assert found and all(a[1] == "oppose admit" for a in found)


def test_balked_at_recognising_is_a_refusal_not_the_recognition() -> None:
    acts = read_modal_acts("""
    Chile       Chile     PROPN NNP 2 nsubj GPE
    balked      balk      VERB  VBD 0 ROOT  -
    at          at        ADP   IN  2 prep  -
    recognising recognise VERB  VBG 3 pcomp -
    Peru        Peru      PROPN NNP 4 dobj  GPE
    .           .         PUNCT .   2 punct -
    """)
    found = _between(acts, "Chile", "Peru")
    assert found and all(a[1] == "balk at recognise" for a in found)


def test_stopped_resisting_is_no_refusal() -> None:
    acts = read_modal_acts("""
    Chile       Chile     PROPN NNP 2 nsubj GPE
    stopped     stop      VERB  VBD 0 ROOT  -
    resisting   resist    VERB  VBG 2 xcomp -
    recognising recognise VERB  VBG 3 xcomp -
    Peru        Peru      PROPN NNP 4 dobj  GPE
    .           .         PUNCT .   2 punct -
    """)
    found = _between(acts, "Chile", "Peru")
    assert all(a[5] for a in found if "resist" in a[1])  # no "resist recognise" asserted as done


def test_did_not_resist_is_no_refusal() -> None:
    acts = read_modal_acts("""
    Chile       Chile     PROPN NNP 4 nsubj GPE
    did         do        AUX   VBD 4 aux   -
    not         not       PART  RB  4 neg   -
    resist      resist    VERB  VB  0 ROOT  -
    recognising recognise VERB  VBG 4 xcomp -
    Peru        Peru      PROPN NNP 5 dobj  GPE
    .           .         PUNCT .   4 punct -
    """)
    found = _between(acts, "Chile", "Peru")
    assert all(a[5] for a in found if "resist" in a[1])
