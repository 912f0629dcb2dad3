"""Forces moved are a posture (wave 86 G): a state moving, sending, stationing or massing warships,
troops, ships or a fleet into or to a place deploys them (154, exhibit force posture), not a fight; only a
state moving into a place itself occupies it (192). Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

MOVED = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
{verb}     {lemma}    VERB  VBD 0 ROOT     -
12         12         NUM   CD  4 nummod   -
{noun}     {noun_lemma} NOUN NNS 2 dobj    -
{prep}     {prep}     ADP   IN  2 prep     -
the        the        DET   DT  8 det      -
Velsk      Velsk      PROPN NNP 8 compound LOC
Sea        Sea        PROPN NNP 5 pobj     I-LOC
.          .          PUNCT .   2 punct    -
"""

MOVED_INTO_ITSELF = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
moved      move       VERB  VBD 0 ROOT     -
into       into       ADP   IN  2 prep     -
Peru       Peru       PROPN NNP 3 pobj     GPE
.          .          PUNCT .   2 punct    -
"""


def _roots(verb: str, lemma: str, noun: str, noun_lemma: str, prep: str) -> set[str | None]:
    table = MOVED.format(verb=verb, lemma=lemma, noun=noun, noun_lemma=noun_lemma, prep=prep)
    return {root for s, p, _, root in facts_with_roots(table) if s == "Chile" and p.startswith(lemma)}


def test_a_state_moving_or_sending_forces_into_a_place_shows_force() -> None:
    for verb, lemma, noun, noun_lemma, prep in (
        ("moved", "move", "warships", "warship", "into"),
        ("moved", "move", "troops", "troop", "into"),
        ("moved", "move", "ships", "ship", "into"),
        ("sent", "send", "ships", "ship", "to"),
        ("massed", "mass", "troops", "troop", "in"),
    ):
        roots = _roots(verb, lemma, noun, noun_lemma, prep)
        assert roots == {"15"}, (verb, noun, roots)
    # moving into a place itself stays an occupation
    assert ("Chile", "move into", "Peru", "19") in facts_with_roots(MOVED_INTO_ITSELF)
