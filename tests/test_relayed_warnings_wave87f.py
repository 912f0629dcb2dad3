"""A state's warning relayed by its broadcaster (wave 87 F): "Iran denied the reports and said any U.S.
interference would meet a strong response, Tehran Radio said." The second verb of the reported pair shares
the first one's subject: the state speaks and the outlet after the clause is its source, not the speaker
(subjects._reporting_ancestor follows only a report that comes before). A state's word that another state's
act ("U.S. interference", "Turkish interference") would meet force, told to no hearer, threatens that state
(138), as "warned the U.S. that …" does (frame.Clause.force_answering, rule answered_reprisal); others who
speak for no state ("analysts said") forecast. Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_attributed

WARNING = """
Syria         Syria         PROPN NNP  2  nsubj    GPE
said          say           VERB  VBD  0  ROOT     -
any           any           DET   DT   5  det      -
Turkish       Turkish       ADJ   JJ   5  amod     NORP
interference  interference  NOUN  NN   7  nsubj    -
would         would         AUX   MD   7  aux      -
meet          meet          VERB  VB   2  ccomp    -
a             a             DET   DT   10 det      -
strong        strong        ADJ   JJ   10 amod     -
response      response      NOUN  NN   7  dobj     -
.             .             PUNCT .    2  punct    -
"""

RELAYED = """
Iran          Iran          PROPN NNP  2  nsubj    GPE
denied        deny          VERB  VBD  18 ccomp    -
the           the           DET   DT   4  det      -
reports       report        NOUN  NNS  2  dobj     -
and           and           CCONJ CC   2  cc       -
said          say           VERB  VBD  2  conj     -
any           any           DET   DT   9  det      -
U.S.          U.S.          PROPN NNP  9  compound GPE
interference  interference  NOUN  NN   11 nsubj    -
would         would         AUX   MD   11 aux      -
meet          meet          VERB  VB   6  ccomp    -
a             a             DET   DT   14 det      -
strong        strong        ADJ   JJ   14 amod     -
response      response      NOUN  NN   11 dobj     -
,             ,             PUNCT ,    18 punct    -
Tehran        Tehran        PROPN NNP  17 compound ORG
Radio         Radio         PROPN NNP  18 nsubj    I-ORG
said          say           VERB  VBD  0  ROOT     -
.             .             PUNCT .    18 punct    -
"""


def test_force_promised_to_a_states_act_threatens_that_state() -> None:
    assert ("Syria", "threaten", "Turkey", "13") in facts_with_roots(WARNING)


def test_a_forecast_by_speakers_of_no_state_threatens_nobody() -> None:
    analysts = WARNING.replace(
        "Syria         Syria         PROPN NNP  2  nsubj    GPE",
        "Analysts      analyst       NOUN  NNS  2  nsubj    -",
    )
    assert not {f for f in facts_with_roots(analysts) if f[1] == "threaten"}


def test_the_relaying_outlet_is_the_source_not_the_speaker() -> None:
    found = read_attributed(RELAYED)
    assert ("Iran", "threaten", "United States", "Tehran Radio") in found
    assert not {f for f in found if f[0] == "Tehran Radio"}


# (the lead's review of wave 87 F) "Chile said Peruvian troops would launch a new offensive soon.": the
# force is the troops' own deed, forecast, no answer to an act of theirs
FORECAST_OF_FORCE = """
Chile     Chile     PROPN NNP 2 nsubj  GPE
said      say       VERB  VBD 0 ROOT   -
Peruvian  peruvian  ADJ   JJ  4 amod   NORP
troops    troop     NOUN  NNS 6 nsubj  -
would     would     AUX   MD  6 aux    -
launch    launch    VERB  VB  2 ccomp  -
a         a         DET   DT  9 det    -
new       new       ADJ   JJ  9 amod   -
offensive offensive NOUN  NN  6 dobj   -
soon      soon      ADV   RB  6 advmod -
.         .         PUNCT .   2 punct  -
"""


def test_force_the_doers_themselves_will_use_threatens_nobody() -> None:
    assert not {f for f in facts_with_roots(FORECAST_OF_FORCE) if f[3] == "13"}
