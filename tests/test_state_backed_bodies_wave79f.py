"""Wave 79 F (second task): a state's agencies of a portfolio ("Board of Investments", "Bureau of Customs"),
bodies and programmes a state backs ("the government-backed X Program", "state-owned X Bank"), and people
named by where they belong after "by" on an act ("screens investments by foreigners and locals")."""

from __future__ import annotations

from tests.hand_docs import read, read_triples

STORY = """
Ghana          Ghana          PROPN  NNP     2 nsubj      GPE
warned         warn           VERB   VBD     0 ROOT       -
Japan          Japan          PROPN  NNP     2 dobj       GPE
.              .              PUNCT  .       2 punct      -
Ghana          Ghana          PROPN  NNP     7 nsubj      GPE
will           will           AUX    MD      7 aux        -
sell           sell           VERB   VB      0 ROOT       -
cocoa          cocoa          NOUN   NN      7 dobj       -
.              .              PUNCT  .       7 punct      -
The            the            DET    DT     16 det        -
government     government     NOUN   NN     13 npadvmod   -
-              -              PUNCT  HYPH   13 punct      -
backed         back           VERB   VBN    16 amod       -
Cocoa          Cocoa          PROPN  NNP    15 compound   ORG
Marketing      Marketing      PROPN  NNP    16 compound   I-ORG
Program        Program        PROPN  NNP    17 nsubj      I-ORG
criticised     criticise      VERB   VBD     0 ROOT       -
Japan          Japan          PROPN  NNP    17 dobj       GPE
.              .              PUNCT  .      17 punct      -
The            the            DET    DT     25 det        -
state          state          NOUN   NN     23 npadvmod   -
-              -              PUNCT  HYPH   23 punct      -
owned          own            VERB   VBN    25 amod       -
Volta          Volta          PROPN  NNP    25 compound   ORG
Bank           Bank           PROPN  NNP    26 nsubj      I-ORG
lent           lend           VERB   VBD     0 ROOT       -
money          money          NOUN   NN     26 dobj       -
to             to             ADP    IN     26 dative     -
Ghana          Ghana          PROPN  NNP    28 pobj       GPE
.              .              PUNCT  .      26 punct      -
The            the            DET    DT     32 det        ORG
Board          Board          PROPN  NNP    35 nsubj      I-ORG
of             of             ADP    IN     32 prep       I-ORG
Investments    Investments    PROPN  NNPS   33 pobj       I-ORG
praised        praise         VERB   VBD     0 ROOT       -
Japan          Japan          PROPN  NNP    35 dobj       GPE
.              .              PUNCT  .      35 punct      -
The            the            DET    DT     39 det        ORG
Bureau         Bureau         PROPN  NNP    42 nsubj      I-ORG
of             of             ADP    IN     39 prep       I-ORG
Customs        Customs        PROPN  NNP    40 pobj       I-ORG
screens        screen         VERB   VBZ     0 ROOT       -
investments    investment     NOUN   NNS    42 dobj       -
by             by             ADP    IN     42 prep       -
foreigners     foreigner      NOUN   NNS    44 pobj       -
and            and            CCONJ  CC     45 cc         -
locals         local          NOUN   NNS    45 conj       -
.              .              PUNCT  .      42 punct      -
"""


def _entity(label: str):
    [entity] = [e for e in read(STORY).entities.entities() if e.label == label]
    return entity


def test_board_of_a_portfolio_is_the_storys_agency():
    # "the Board of Investments", "the Bureau of Customs": agencies every state has, of the story's state
    assert (_entity("Board of Investments").country, _entity("Board of Investments").sector) == ("GHA", "GOV")
    assert _entity("Bureau of Customs").country == "GHA"


def test_government_backed_programme_is_the_storys_state_body():
    # a story that names another state too: the modifier alone makes the programme the story state's
    program = _entity("Cocoa Marketing Program")
    assert (program.country, program.sector) == ("GHA", "GOV")


def test_state_owned_firm_keeps_its_sector():
    # "the state-owned Volta Bank": the story state's bank, still a firm (no government body)
    bank = _entity("Volta Bank")
    assert bank.country == "GHA" and bank.sector != "GOV"


def test_people_by_where_they_belong_are_no_party_of_the_act():
    # "screens investments by foreigners and locals": a kind of investment, no residents the bureau screens
    assert not [t for t in read_triples(STORY) if t[0] == "Bureau of Customs"]
