"""Forecasts are no appeals; a refusal of help refuses; the roots of persuasion, credit and trips (wave 43).

"said Acme should outperform Zenith" forecasts, it asks Acme nothing; "refused to help defend Bolivia" is a
refusal (12); "is trying to persuade Peru", "failed to persuade Peru" appeal (02); a development body's credit
line to a state is aid (07), a firm's to a firm economic cooperation (06); an official leaving for another
state's capital visits that state (042).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read


def _relations(table: str) -> set[tuple[str, str, str, str | None, str | None, bool]]:
    """(subject, predicate, object, CAMEO code, modality, negated) of every relation read."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    found = set()
    for r in reading.relations:
        subject, obj = label[r.subject.entity_id], label[r.object.entity_id]
        found.add((subject, r.predicate, obj, r.event_code, r.modality, r.negated))
    return found


def _stances(table: str) -> set[str]:
    return {r.predicate for r in by_rule(read(table), "speech_content")}


# --- forecasts after "should" ---


def test_should_outperform_is_a_forecast_not_an_appeal() -> None:
    """ "Chile said Acme Corp should outperform Zenith Inc": nobody can be asked to outperform; Chile
    states a forecast about Acme, and Acme's claimed edge over Zenith keeps its "should"."""
    table = """
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    said       say        VERB  VBD 0 ROOT     -
    Acme       Acme       PROPN NNP 4 compound ORG
    Corp       Corp       PROPN NNP 6 nsubj    I-ORG
    should     should     AUX   MD  6 aux      -
    outperform outperform VERB  VB  2 ccomp    -
    Zenith     Zenith     PROPN NNP 8 compound ORG
    Inc        Inc        PROPN NNP 6 dobj     I-ORG
    .          .          PUNCT .   2 punct    -
    """
    assert "urge" not in _stances(table)
    assert ("Acme Corp", "outperform", "Zenith Inc", None, "should", False) in _relations(table)


def test_should_be_riding_a_wave_is_a_forecast() -> None:
    """ "Chile said Acme Corp should be riding a good wave": the verb of a progressive befalls Acme."""
    stances = _stances("""
    Chile  Chile  PROPN NNP 2  nsubj    GPE
    said   say    VERB  VBD 0  ROOT     -
    Acme   Acme   PROPN NNP 4  compound ORG
    Corp   Corp   PROPN NNP 7  nsubj    I-ORG
    should should AUX   MD  7  aux      -
    be     be     AUX   VB  7  aux      -
    riding ride   VERB  VBG 2  ccomp    -
    a      a      DET   DT  10 det      -
    good   good   ADJ   JJ  10 amod     -
    wave   wave   NOUN  NN  7  dobj     -
    .      .      PUNCT .   2  punct    -
    """)
    assert "urge" not in stances


def test_should_reach_an_agreement_still_urges() -> None:
    """ "Chile said Peru should reach an agreement with Bolivia": reaching an accord is a deed one can be
    asked to do (forecast_verb_deeds), so Chile urges Peru, as before."""
    stances = _stances("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 nsubj GPE
    should    should    AUX   MD  5 aux   -
    reach     reach     VERB  VB  2 ccomp -
    an        an        DET   DT  7 det   -
    agreement agreement NOUN  NN  5 dobj  -
    with      with      ADP   IN  7 prep  -
    Bolivia   Bolivia   PROPN NNP 8 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert "urge" in stances


# --- a refusal of help ---


def test_refusing_to_help_defend_is_a_refusal() -> None:
    """ "Peru refused to help defend Bolivia": the refusal of the aid refuses the defence (12), which is
    not reported as done."""
    found = _relations("""
    Peru    Peru    PROPN NNP 2 nsubj GPE
    refused refuse  VERB  VBD 0 ROOT  -
    to      to      PART  TO  4 aux   -
    help    help    VERB  VB  2 xcomp -
    defend  defend  VERB  VB  4 xcomp -
    Bolivia Bolivia PROPN NNP 5 dobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert {(s, p, o, c[:2] if c else None) for s, p, o, c, _, _ in found} == {
        ("Peru", "refuse to help defend", "Bolivia", "12")
    }
