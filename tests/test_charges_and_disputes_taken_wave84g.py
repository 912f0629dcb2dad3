"""Charges laid and disputes taken before a body (wave 84 G): "charged X and a body with unfair practices"
(a violation, a breach, dumping) accuses them (112), whoever is charged, where a crime charged stays a charge
at law (173); taking a matter to an international body is an official complaint (114), to a court a suit
(115); "force X to do Y" (and "compel") coerces (170), with whatever modality the clause gives it. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

CHARGED = """
Peru      Peru      PROPN NNP 2  nsubj    GPE
charged   charge    VERB  VBD 0  ROOT     -
Chile     Chile     PROPN NNP 2  dobj     GPE
and       and       CCONJ CC  3  cc       -
the       the       DET   DT  8  det      -
Pacific   Pacific   PROPN NNP 8  compound ORG
Fishing   Fishing   PROPN NNP 8  compound I-ORG
Board     Board     PROPN NNP 3  conj     I-ORG
with      with      ADP   IN  2  prep     -
unfair    unfair    ADJ   JJ  11 amod     -
{noun}    {lemma}   NOUN  NNS 9  pobj     -
.         .         PUNCT .   2  punct    -
"""


def _codes(table: str, subject: str) -> dict[str, set[str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    out: dict[str, set[str | None]] = {}
    for r in reading.relations:
        if label[r.subject.entity_id] == subject:
            out.setdefault(label[r.object.entity_id], set()).add(r.event_code)
    return out


def test_a_body_charged_with_unfair_practices_is_accused() -> None:
    for noun, lemma in (("practices", "practice"), ("violations", "violation")):
        codes = _codes(CHARGED.format(noun=noun, lemma=lemma), "Peru")
        board = [k for k in codes if k.endswith("Board")]
        assert board and codes[board[0]] == {"112"}, (noun, codes)
        assert codes.get("Chile") == {"112"}, (noun, codes)


TAKEN = """
Peru      Peru      PROPN NNP 3  nsubj    GPE
will      will      AUX   MD  3  aux      -
take      take      VERB  VB  0  ROOT     -
the       the       DET   DT  5  det      -
{matter}  {matter}  NOUN  NN  3  dobj     -
to        to        ADP   IN  3  prep     -
the       the       DET   DT  9  det      -
United    United    PROPN NNP 9  compound ORG
Nations   Nations   PROPN NNP 6  pobj     I-ORG
.         .         PUNCT .   3  punct    -
"""


def test_a_matter_taken_to_an_international_body_is_a_complaint() -> None:
    for matter in ("issue", "matter"):
        codes = _codes(TAKEN.format(matter=matter), "Peru")
        nations = [k for k in codes if "Nations" in k]
        assert nations and codes[nations[0]] == {"114"}, (matter, codes)


FORCED = """
Peru      Peru      PROPN NNP  3  nsubj  GPE
will      will      AUX   MD   3  aux    -
seek      seek      VERB  VB   0  ROOT   -
to        to        PART  TO   5  aux    -
{verb}    {lemma}   VERB  VB   3  xcomp  -
Chile     Chile     PROPN NNP  5  dobj   GPE
to        to        PART  TO   8  aux    -
open      open      VERB  VB   5  xcomp  -
its       its       PRON  PRP$ 10 poss   -
markets   market    NOUN  NNS  8  dobj   -
.         .         PUNCT .    3  punct  -
"""


def test_an_object_forced_to_act_is_coerced() -> None:
    for verb in ("force", "compel"):
        codes = _codes(FORCED.format(verb=verb, lemma=verb), "Peru")
        assert codes.get("Chile") == {"170"}, (verb, codes)


TO_COURT = """
Peru      Peru      PROPN NNP 3  nsubj    GPE
will      will      AUX   MD  3  aux      -
take      take      VERB  VB  0  ROOT     -
Chile     Chile     PROPN NNP 3  dobj     GPE
to        to        ADP   IN  3  prep     -
court     court     NOUN  NN  5  pobj     -
.         .         PUNCT .   3  punct    -
"""


def test_a_state_taken_to_court_is_sued() -> None:
    codes = _codes(TO_COURT, "Peru")
    assert codes.get("Chile") == {"115"}, codes
