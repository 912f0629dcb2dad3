"""Charges (wave 35): a claim that an actor broke, violated or flouted a norm ("said Chile had violated the
treaty") is the speaker's accusation of that actor (CAMEO 11), with the reported clause as the content of
the accusation and its own fact attributed to the speaker (breaking an accord is one, a record none); a denial
of the breach accuses nobody. A charge
("charged that X was arming the rebels") accuses X. A proposal rejected "by" its party ("rejected the
proposal by X") rejects X, as "X's proposal" does. An act ruled out ("ruled out attacking X") is a refusal,
as "refused to attack X" is, never the act. Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

# "Peru said Chile had violated the fishing treaty."
SAID_VIOLATED = """
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  5  nsubj  GPE
    had        have       AUX   VBD  5  aux    -
    violated   violate    VERB  VBN  2  ccomp  -
    the        the        DET   DT   8  det    -
    fishing    fishing    NOUN  NN   8  compound -
    treaty     treaty     NOUN  NN   5  dobj   -
    .          .          PUNCT .    2  punct  -
"""

# "Bolivia claimed Paraguay was flouting the ruling."
CLAIMED_FLOUTING = """
    Bolivia    Bolivia    PROPN NNP  2  nsubj  GPE
    claimed    claim      VERB  VBD  0  ROOT   -
    Paraguay   Paraguay   PROPN NNP  5  nsubj  GPE
    was        be         AUX   VBD  5  aux    -
    flouting   flout      VERB  VBG  2  ccomp  -
    the        the        DET   DT   7  det    -
    ruling     ruling     NOUN  NN   5  dobj   -
    .          .          PUNCT .    2  punct  -
"""

# "Peru said Chile had not violated the fishing treaty."
SAID_NOT_VIOLATED = """
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  6  nsubj  GPE
    had        have       AUX   VBD  6  aux    -
    not        not        PART  RB   6  neg    -
    violated   violate    VERB  VBN  2  ccomp  -
    the        the        DET   DT   9  det    -
    fishing    fishing    NOUN  NN   9  compound -
    treaty     treaty     NOUN  NN   6  dobj   -
    .          .          PUNCT .    2  punct  -
"""


def test_a_claimed_breach_of_a_treaty_accuses_the_breaker() -> None:
    found = facts_with_roots(SAID_VIOLATED)
    assert ("Peru", "accuse", "Chile", "11") in found
    assert ("Peru", "say", "Chile", "01") not in found


def test_the_breach_itself_stays_the_speakers_claim() -> None:
    [breach] = [r for r in read(SAID_VIOLATED).relations if r.predicate == "violate"]
    assert breach.attributed_to == "country:PER" and not breach.negated


def test_flouting_a_ruling_is_a_breach_too() -> None:
    assert ("Bolivia", "accuse", "Paraguay", "11") in facts_with_roots(CLAIMED_FLOUTING)


def test_a_breach_denied_accuses_nobody() -> None:
    found = facts_with_roots(SAID_NOT_VIOLATED)
    assert not any(p == "accuse" for _, p, _, _ in found)
    [breach] = [r for r in read(SAID_NOT_VIOLATED).relations if r.predicate.endswith("violate")]
    assert breach.negated


def _charged(clause: str, content: str) -> str:
    """ "Peru charged that Chile <clause>" with the content's rows (heads counted from its first word, 3)."""
    return f"""
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    charged    charge     VERB  VBD  0  ROOT   -
    that       that       SCONJ IN   {clause}  mark   -
    Chile      Chile      PROPN NNP  {clause}  nsubj  GPE
{content}
    """


# "Peru charged that Chile was arming the rebels."
CHARGED_ARMING = _charged(
    "6",
    """    was        be         AUX   VBD  6  aux    -
    arming     arm        VERB  VBG  2  ccomp  -
    the        the        DET   DT   8  det    -
    rebels     rebel      NOUN  NNS  6  dobj   -
    .          .          PUNCT .    2  punct  -""",
)

# "Peru charged that Chile had not paid its dues."
CHARGED_NOT_PAID = _charged(
    "7",
    """    had        have       AUX   VBD  7  aux    -
    not        not        PART  RB   7  neg    -
    paid       pay        VERB  VBN  2  ccomp  -
    its        its        PRON  PRP$ 9  poss   -
    dues       due        NOUN  NNS  7  dobj   -
    .          .          PUNCT .    2  punct  -""",
)

# "Peru charged that Chile might attack."
CHARGED_MIGHT = _charged(
    "6",
    """    might      might      AUX   MD   6  aux    -
    attack     attack     VERB  VB   2  ccomp  -
    .          .          PUNCT .    2  punct  -""",
)


def test_a_charge_that_a_party_did_a_deed_accuses_it() -> None:
    found = facts_with_roots(CHARGED_ARMING)
    assert ("Peru", "accuse", "Chile", "11") in found
    [arming] = [r for r in read(CHARGED_ARMING).relations if r.predicate == "arm"]
    assert arming.attributed_to == "country:PER"


def test_a_charge_of_a_deed_left_undone_accuses_too() -> None:
    assert ("Peru", "accuse", "Chile", "11") in facts_with_roots(CHARGED_NOT_PAID)


def test_a_charge_of_what_might_be_is_a_statement_not_a_legal_charge() -> None:
    found = facts_with_roots(CHARGED_MIGHT)
    assert ("Peru", "say", "Chile", "01") in found
    assert not any(p in ("accuse", "charge") for _, p, _, _ in found)


# "Bolivia rejected the proposal by Paraguay." (the parser hangs "by" on the verb)
REJECTED_PROPOSAL_BY = """
    Bolivia    Bolivia    PROPN NNP  2  nsubj  GPE
    rejected   reject     VERB  VBD  0  ROOT   -
    the        the        DET   DT   4  det    -
    proposal   proposal   NOUN  NN   2  dobj   -
    by         by         ADP   IN   2  prep   -
    Paraguay   Paraguay   PROPN NNP  5  pobj   GPE
    .          .          PUNCT .    2  punct  -
"""

# "Bolivia praised a song by Paraguay." (a work by someone is no act of theirs)
PRAISED_SONG_BY = """
    Bolivia    Bolivia    PROPN NNP  2  nsubj  GPE
    praised    praise     VERB  VBD  0  ROOT   -
    a          a          DET   DT   4  det    -
    song       song       NOUN  NN   2  dobj   -
    by         by         ADP   IN   2  prep   -
    Paraguay   Paraguay   PROPN NNP  5  pobj   GPE
    .          .          PUNCT .    2  punct  -
"""


def test_rejecting_a_proposal_by_a_party_rejects_the_party() -> None:
    """As "rejected Paraguay's proposal" does (CAMEO 12, reject; the proposal, no actor, in the predicate)."""
    assert ("Bolivia", "reject proposal of", "Paraguay", "12") in facts_with_roots(REJECTED_PROPOSAL_BY)


def test_a_work_by_someone_is_not_their_act() -> None:
    assert not any(o == "Paraguay" for _, _, o, _ in facts_with_roots(PRAISED_SONG_BY))


# "Peru ruled out attacking Chile."
RULED_OUT_ATTACKING = """
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    ruled      rule       VERB  VBD  0  ROOT   -
    out        out        ADP   RP   2  prt    -
    attacking  attack     VERB  VBG  2  xcomp  -
    Chile      Chile      PROPN NNP  4  dobj   GPE
    .          .          PUNCT .    2  punct  -
"""


def test_an_act_ruled_out_is_a_refusal_never_the_act() -> None:
    """As "refused to attack Chile": the refusal is the event (CAMEO 12), never an attack asserted."""
    found = facts_with_roots(RULED_OUT_ATTACKING)
    assert ("Peru", "rule out attack", "Chile", "12") in found
    assert not any(p == "attack" for _, p, _, _ in found)


# "Peru said Chile was breaking the accord." / "... the record." (a record broken is no norm defied)
def _said_breaking(thing: str) -> str:
    return f"""
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  5  nsubj  GPE
    was        be         AUX   VBD  5  aux    -
    breaking   break      VERB  VBG  2  ccomp  -
    the        the        DET   DT   7  det    -
    {thing:10} {thing:10} NOUN  NN   5  dobj   -
    .          .          PUNCT .    2  punct  -
    """


def test_breaking_an_accord_is_a_breach_too() -> None:
    assert ("Peru", "accuse", "Chile", "11") in facts_with_roots(_said_breaking("accord"))


def test_breaking_a_record_accuses_nobody() -> None:
    assert not any(p == "accuse" for _, p, _, _ in facts_with_roots(_said_breaking("record")))
