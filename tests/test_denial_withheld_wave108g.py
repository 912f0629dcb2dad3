"""Who denies a report, and a denial withheld (wave 108 G2). "A spokesman for Zenith Corp denied a report
that Zenith Corp would buy Larkin Ltd": the purchase, denied, is the body's word the spokesman speaks for
(attributed to Zenith Corp), as his "said" would be, never the writer's. "Zenith Corp, which owns Acme Corp,
would neither confirm nor deny that it would buy Larkin Ltd" (or "would not confirm or deny"): "deny" in a
pair a negation governs is no denial; the speaker says nothing of the purchase either way, so no fact, as
"did not deny that" gives none, while the ownership the sentence states is still read. The parses are built
by hand as the parser gives them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

SPOKESMAN = """
A          a          DET   DT   2  det      -
spokesman  spokesman  NOUN  NN   6  nsubj    -
for        for        ADP   IN   2  prep     -
Zenith     Zenith     PROPN NNP  5  compound ORG
Corp       Corp       PROPN NNP  3  pobj     I-ORG
denied     deny       VERB  VBD  0  ROOT     -
a          a          DET   DT   8  det      -
report     report     NOUN  NN   6  dobj     -
that       that       SCONJ IN   13 mark     -
Zenith     Zenith     PROPN NNP  11 compound ORG
Corp       Corp       PROPN NNP  13 nsubj    I-ORG
would      would      AUX   MD   13 aux      -
buy        buy        VERB  VB   8  acl      -
Larkin     Larkin     PROPN NNP  15 compound ORG
Ltd        Ltd        PROPN NNP  13 dobj     I-ORG
.          .          PUNCT .    6  punct    -
"""

NEITHER = """
Zenith     Zenith     PROPN NNP  2  compound ORG
Corp       Corp       PROPN NNP  11 nsubj    I-ORG
,          ,          PUNCT ,    2  punct    -
which      which      PRON  WDT  5  nsubj    -
owns       own        VERB  VBZ  2  relcl    -
Acme       Acme       PROPN NNP  7  compound ORG
Corp       Corp       PROPN NNP  5  dobj     I-ORG
,          ,          PUNCT ,    2  punct    -
would      would      AUX   MD   11 aux      -
neither    neither    CCONJ CC   11 preconj  -
confirm    confirm    VERB  VB   0  ROOT     -
nor        nor        CCONJ CC   11 cc       -
deny       deny       VERB  VB   11 conj     -
that       that       SCONJ IN   17 mark     -
it         it         PRON  PRP  17 nsubj    -
would      would      AUX   MD   17 aux      -
buy        buy        VERB  VB   13 ccomp    -
Larkin     Larkin     PROPN NNP  19 compound ORG
Ltd        Ltd        PROPN NNP  17 dobj     I-ORG
.          .          PUNCT .    11 punct    -
"""

NOT_OR = NEITHER.replace(
    "neither    neither    CCONJ CC   11 preconj", "not        not        PART  RB   11 neg    "
).replace("nor        nor        CCONJ CC", "or         or         CCONJ CC")


def _purchases(rows: str) -> list[tuple[bool, str | None]]:
    """(negated, attributed_to) of each reading of the purchase."""
    return [(r.negated, r.attributed_to) for r in read(rows).relations if r.predicate == "buy"]


def test_a_spokesmans_denial_is_his_bodys_word() -> None:
    purchases = _purchases(SPOKESMAN)
    assert purchases, "no purchase read"
    assert all(negated and source == "org:zenith_corp" for negated, source in purchases), purchases


def _ownership_read(rows: str) -> bool:
    """Is the sentence's other fact still read ("Zenith Corp, which owns Acme Corp, …")? A reading that
    silenced the sentence whole would give no purchase either, and is no pass."""
    return ("Zenith Corp", "own", "Acme Corp") in read_triples(rows)


def test_neither_confirm_nor_deny_is_no_denial() -> None:
    assert _purchases(NEITHER) == []
    assert _ownership_read(NEITHER)


def test_not_confirm_or_deny_is_no_denial() -> None:
    assert _purchases(NOT_OR) == []
    assert _ownership_read(NOT_OR)
