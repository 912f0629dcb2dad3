"""Approving another's act (wave 85 G): a verb of approving (words.tsv endorsing_verbs: approve, authorise,
clear, endorse) whose object noun names its act as another's doing ("approved British aid to X", "cleared
Acme's takeover of Y") endorses that act (051); the approver gives no aid and makes no merger. Its own act
("Ruritania approved its aid to X") and an unowned one a lender approves ("approved a loan to X") keep the
act's code. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

APPROVED = """
The        the        DET   DT  3 det      -
Bank       Bank       PROPN NNP 3 compound ORG
Council    Council    PROPN NNP 4 nsubj    I-ORG
approved   approve    VERB  VBD 0 ROOT     -
{owner}
aid        aid        NOUN  NN  4 dobj     -
to         to         ADP   IN  {to} prep  -
Zorvania   Zorvania   PROPN NNP {zor} pobj GPE
.          .          PUNCT .   4 punct    -
"""


def _codes(table: str) -> dict[tuple[str, str], set[str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    out: dict[tuple[str, str], set[str | None]] = {}
    for r in reading.relations:
        out.setdefault((label[r.subject.entity_id], label[r.object.entity_id]), set()).add(r.event_code)
    return out


OWN_AID = """
The        the        DET   DT  3 det      -
Bank       Bank       PROPN NNP 3 compound ORG
Council    Council    PROPN NNP 4 nsubj    I-ORG
approved   approve    VERB  VBD 0 ROOT     -
aid        aid        NOUN  NN  4 dobj     -
to         to         ADP   IN  5 prep     -
Zorvania   Zorvania   PROPN NNP 6 pobj     GPE
.          .          PUNCT .   4 punct    -
"""


def test_approving_a_states_aid_endorses_it_unowned_aid_stays_aid() -> None:
    # "The Bank Council approved Ruritanian aid to Zorvania." endorses Ruritania's aid
    owned = APPROVED.format(owner="Ruritanian  ruritanian ADJ   JJ  6 amod     NORP", to="6", zor="7")
    codes = _codes(owned)
    to_zorvania = codes.get(("Bank Council", "Zorvania"), set())
    assert to_zorvania and all(c and c.startswith("05") for c in to_zorvania), codes
    assert not any(
        c and c.startswith("07") for (s, _), cs in codes.items() if s == "Bank Council" for c in cs
    )
    # "The Bank Council approved aid to Zorvania.": the council's own grant, as "voted aid to X"
    codes = _codes(OWN_AID)
    assert any(c and c.startswith("07") for c in codes.get(("Bank Council", "Zorvania"), set())), codes


CLEARED = """
The        the        DET   DT  2 det      -
Commission Commission PROPN NNP 3 nsubj    ORG
cleared    clear      VERB  VBD 0 ROOT     -
the        the        DET   DT  5 det      -
merger     merger     NOUN  NN  3 dobj     -
between    between    ADP   IN  5 prep     -
Acme       Acme       PROPN NNP 6 pobj     ORG
and        and        CCONJ CC  7 cc       -
Bantor     Bantor     PROPN NNP 7 conj     ORG
.          .          PUNCT .   3 punct    -
"""


def test_clearing_a_merger_between_firms_endorses_it() -> None:
    # "The Commission cleared the merger between Acme and Bantor.": the firms merge, the Commission
    # endorses their merger (no material cooperation of its own)
    codes = _codes(CLEARED)
    cleared = {c for (s, _), cs in codes.items() if s == "Commission" for c in cs}
    assert cleared and all(c and c.startswith("05") for c in cleared), codes
