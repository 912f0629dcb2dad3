"""A state reporting its own organs' deeds accuses nobody: "Afghan officials said Afghan troops killed
Taliban fighters" is a statement, "… said Pakistani troops shelled …" an accusation (sentences of our own,
parses written by hand)."""

from __future__ import annotations

from hand_docs import by_rule, read

TABLE = """
{speaker}  {speaker}  ADJ   JJ  2 amod   NORP
officials  official   NOUN  NNS 3 nsubj  -
said       say        VERB  VBD 0 ROOT   -
{doer}     {doer}     ADJ   JJ  5 amod   NORP
troops     troop      NOUN  NNS 6 nsubj  -
killed     kill       VERB  VBD 3 ccomp  -
Taliban    Taliban    PROPN NNP 8 compound ORG
fighters   fighter    NOUN  NNS 6 dobj   -
.          .          PUNCT .   3 punct  -
"""


def _speech(speaker: str, doer: str) -> set[tuple[str, str]]:
    reading = read(TABLE.format(speaker=speaker, doer=doer))
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(r.predicate, label[r.object.entity_id]) for r in by_rule(reading, "speech_content")}


def test_a_state_reporting_its_own_troops_deed_accuses_nobody() -> None:
    # (and the deed is the content's own fact, the state's word: no plain `say` edge beside it, wave 34)
    assert _speech("Afghan", "Afghan") == set()


def test_a_state_reporting_another_state_s_troops_deed_accuses_them() -> None:
    assert _speech("Afghan", "Pakistani") == {("accuse", "Pakistani military")}
