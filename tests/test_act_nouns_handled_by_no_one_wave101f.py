"""Wave 101 F: an event noun a passive acts on with no by-agent is no actor ("when the ban on X is lifted":
no "ban -ban-> X"). Since stop 48 a measure is never its own subject, handled by anyone or active (only
events of cameo.OCCURRENCE_ROOTS are: tests/test_unowned_measures_lead109.py), which replaced wave 101 F's
passive check; these tests keep the three shapes covered. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

LIFTED = """
Traders   trader    NOUN  NNS 2  nsubj     -
waited    wait      VERB  VBD 0  ROOT      -
until     until     SCONJ IN  10 mark      -
the       the       DET   DT  5  det       -
ban       ban       NOUN  NN  10 nsubjpass -
on        on        ADP   IN  5  prep      -
Peruvian  peruvian  ADJ   JJ  8  amod      NORP
institutions institution NOUN NNS 6  pobj      -
was       be        AUX   VBD 10 auxpass   -
{verb}    {lemma}   VERB  VBN 2  advcl     -
{agent}
.         .         PUNCT .   2  punct     -
"""


def test_an_act_noun_handled_by_no_one_named_is_no_actor() -> None:
    for verb, lemma in (("lifted", "lift"), ("eased", "ease")):
        triples = read_triples(LIFTED.format(verb=verb, lemma=lemma, agent=""))
        assert not any(s == "ban" for s, _, _ in triples), triples


BY_THE_JUNTA = """
by        by        ADP   IN  10 agent     -
the       the       DET   DT  13 det       -
junta     junta     NOUN  NN  11 pobj      -"""


def test_an_act_noun_whose_handler_is_named_is_no_actor_either() -> None:
    triples = read_triples(LIFTED.format(verb="lifted", lemma="lift", agent=BY_THE_JUNTA))
    assert not any(s == "ban" for s, _, _ in triples), triples


def test_a_measure_in_an_active_clause_is_no_actor_either() -> None:
    active = """
    The       the       DET   DT  2  det       -
    ban       ban       NOUN  NN  6  nsubj     -
    on        on        ADP   IN  2  prep      -
    Peruvian  peruvian  ADJ   JJ  5  amod      NORP
    institutions institution NOUN NNS 3  pobj      -
    began     begin     VERB  VBD 0  ROOT      -
    .         .         PUNCT .   6  punct     -
    """
    triples = read_triples(active)
    assert not any(s == "ban" for s, _, _ in triples), triples
