"""Wave 100 E, item 3: a firm or body that leads another, said in a relative clause after its name
("Kestrel Bank, which chairs Peru's bank advisory committee, ..."): the clause states the firm's office
there, as "X, who chairs ..." states a person's: chairman of the unnamed unit at the state or body that owns
it, or of a named body. Only the verbs a body leads another with (chair, head, lead: a firm that runs a
plant holds no office of it), and the title is none the text later calls the firm by ("the chairman" is a
person). Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "The ministry said Kestrel Bank, which chairs Peru's bank advisory committee, received the cables."
_CHAIRS_A_UNIT = """
The        the        DET   DT  2  det      -
ministry   ministry   NOUN  NN  3  nsubj    -
said       say        VERB  VBD 0  ROOT     -
Kestrel    Kestrel    PROPN NNP 5  compound ORG
Bank       Bank       PROPN NNP 15 nsubj    I-ORG
,          ,          PUNCT ,   5  punct    -
which      which      PRON  WDT 8  nsubj    -
chairs     chair      VERB  VBZ 5  relcl    -
Peru       Peru       PROPN NNP 13 poss     GPE
's         's         PART  POS 9  case     -
bank       bank       NOUN  NN  13 compound -
advisory   advisory   ADJ   JJ  13 amod     -
committee  committee  NOUN  NN  8  dobj     -
,          ,          PUNCT ,   5  punct    -
received   receive    VERB  VBD 3  ccomp    -
the        the        DET   DT  17 det      -
cables     cable      NOUN  NNS 15 dobj     -
.          .          PUNCT .   3  punct    -
"""

# "Kestrel Bank, which heads the Andean Creditors Committee, received the cables."
_HEADS_A_BODY = """
Kestrel    Kestrel    PROPN NNP 2  compound ORG
Bank       Bank       PROPN NNP 11 nsubj    I-ORG
,          ,          PUNCT ,   2  punct    -
which      which      PRON  WDT 5  nsubj    -
heads      head       VERB  VBZ 2  relcl    -
the        the        DET   DT  9  det      ORG
Andean     Andean     PROPN NNP 9  compound I-ORG
Creditors  Creditors  PROPN NNPS 9 compound I-ORG
Committee  Committee  PROPN NNP 5  dobj     I-ORG
,          ,          PUNCT ,   2  punct    -
received   receive    VERB  VBD 0  ROOT     -
the        the        DET   DT  13 det      -
cables     cable      NOUN  NNS 11 dobj     -
.          .          PUNCT .   11 punct    -
"""

# the first sentence, then "The chairman met Chilean officials." (the chairman is a person, no bank)
_THEN_THE_CHAIRMAN = (
    _CHAIRS_A_UNIT
    + """
The        the        DET   DT  20 det      -
chairman   chairman   NOUN  NN  21 nsubj    -
met        meet       VERB  VBD 21 ROOT     -
Chilean    chilean    ADJ   JJ  23 amod     NORP
officials  official   NOUN  NNS 21 dobj     -
.          .          PUNCT .   21 punct    -
"""
)


def test_a_firm_that_chairs_a_states_committee_is_its_chairman_there() -> None:
    assert ("Kestrel Bank", "chairman of bank advisory committee at", "Peru") in read_triples(_CHAIRS_A_UNIT)


def test_a_firm_that_heads_a_named_body_is_its_head() -> None:
    assert ("Kestrel Bank", "head of", "Andean Creditors Committee") in read_triples(_HEADS_A_BODY)


def test_a_firm_that_runs_a_states_committee_holds_no_office() -> None:
    # a guard: "run" is no verb a body leads another with (passes with and without the change)
    table = _CHAIRS_A_UNIT.replace("chairs      chair ", "runs       run   ")
    assert not any(s == "Kestrel Bank" and p.startswith("head") for s, p, _ in read_triples(table))


def test_the_chairman_later_is_no_firm_that_chairs() -> None:
    # a guard: the firm's title describes it for no later "the chairman" (passes with and without the change)
    triples = read_triples(_THEN_THE_CHAIRMAN)
    assert not any(s == "Kestrel Bank" and p.startswith("meet") for s, p, _ in triples)


# "Acme Motor Corp, which leads Zenith Motor Co in car sales, said profits rose."
_FIRM_LEADS_A_RIVAL = """
Acme    Acme   PROPN NNP 3  compound ORG
Motor   Motor  PROPN NNP 3  compound I-ORG
Corp    Corp   PROPN NNP 14 nsubj    I-ORG
,       ,      PUNCT ,   3  punct    -
which   which  PRON  WDT 6  nsubj    -
leads   lead   VERB  VBZ 3  relcl    -
Zenith  Zenith PROPN NNP 9  compound ORG
Motor   Motor  PROPN NNP 9  compound I-ORG
Co      Co     PROPN NNP 6  dobj     I-ORG
in      in     ADP   IN  6  prep     -
car     car    NOUN  NN  12 compound -
sales   sale   NOUN  NNS 10 pobj     -
,       ,      PUNCT ,   3  punct    -
said    say    VERB  VBD 0  ROOT     -
profits profit NOUN  NNS 16 nsubj    -
rose    rise   VERB  VBD 14 ccomp    -
.       .      PUNCT .   14 punct    -
"""


def test_a_firm_that_leads_a_rival_in_a_market_heads_no_body() -> None:
    # (the review of stop 47) a rival outranked "in car sales" is no body the firm heads
    triples = read_triples(_FIRM_LEADS_A_RIVAL)
    assert not any(s == "Acme Motor Corp" and p.endswith(" of") for s, p, _ in triples), triples
