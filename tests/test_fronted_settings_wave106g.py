"""Wave 106 G: a fronted, comma-closed "In <state or city>," sets where the whole clause happens. It is no
party to an act that is not force, a protest or a meeting ("In Bolivia, Zenith Corp sold its stake to
Kestrel Ltd" has no "sell stake in" Bolivia edge; "In Lebanon, Israeli jets bombed a village" keeps its
place), and a bare state actor of the clause is that state's ("In Chile, the government criticised Acme
Corp": Chile's government, whatever other state the story names). A firm battling proposals opposes them
(110), no use of force. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples, roots_between, then_abroad

# "In Bolivia, Zenith Corp sold its stake to Kestrel Ltd."
_FRONTED_SALE = """
In        in       ADP   IN  6  prep     -
Bolivia   Bolivia  PROPN NNP 1  pobj     GPE
,         ,        PUNCT ,   6  punct    -
Zenith    Zenith   PROPN NNP 5  compound ORG
Corp      Corp     PROPN NNP 6  nsubj    I-ORG
sold      sell     VERB  VBD 0  ROOT     -
its       its      PRON  PRP$ 8 poss     -
stake     stake    NOUN  NN  6  dobj     -
to        to       ADP   IN  6  dative   -
Kestrel   Kestrel  PROPN NNP 11 compound ORG
Ltd       Ltd      PROPN NNP 9  pobj     I-ORG
.         .        PUNCT .   6  punct    -
"""

# "In Lebanon, Israeli jets bombed a village."
_FRONTED_BOMBING = """
In        in       ADP   IN  6  prep     -
Lebanon   Lebanon  PROPN NNP 1  pobj     GPE
,         ,        PUNCT ,   6  punct    -
Israeli   israeli  ADJ   JJ  5  amod     NORP
jets      jet      NOUN  NNS 6  nsubj    -
bombed    bomb     VERB  VBD 0  ROOT     -
a         a        DET   DT  8  det      -
village   village  NOUN  NN  6  dobj     -
.         .        PUNCT .   6  punct    -
"""

# "In Chile, the government criticised Acme Corp."
_FRONTED_GOVERNMENT = """
In          in         ADP   IN  6  prep     -
Chile       Chile      PROPN NNP 1  pobj     GPE
,           ,          PUNCT ,   6  punct    -
the         the        DET   DT  5  det      -
government  government NOUN  NN  6  nsubj    -
criticised  criticise  VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 8  compound ORG
Corp        Corp       PROPN NNP 6  dobj     I-ORG
.           .          PUNCT .   6  punct    -
"""

# "Acme is battling against proposals in Peru."
_BATTLING_PROPOSALS = """
Acme       Acme       PROPN NNP 3  nsubj    ORG
is         be         AUX   VBZ 3  aux      -
battling   battle     VERB  VBG 0  ROOT     -
against    against    ADP   IN  3  prep     -
proposals  proposal   NOUN  NNS 4  pobj     -
in         in         ADP   IN  3  prep     -
Peru       Peru       PROPN NNP 6  pobj     GPE
.          .          PUNCT .   3  punct    -
"""


def test_a_fronted_place_is_no_party_to_an_act_short_of_force() -> None:
    sale = read_triples(_FRONTED_SALE)
    assert ("Zenith Corp", "sell stake to", "Kestrel Ltd") in sale
    assert not any(obj == "Bolivia" for _, _, obj in sale)
    assert ("Israel", "bomb village in", "Lebanon") in read_triples(_FRONTED_BOMBING)


def test_a_bare_government_is_the_fronted_states() -> None:
    assert ("Chile", "criticise", "Acme Corp") in read_triples(then_abroad(_FRONTED_GOVERNMENT))


def test_battling_proposals_is_no_use_of_force() -> None:
    assert roots_between(_BATTLING_PROPOSALS, "Acme", "Peru") == {"11"}
