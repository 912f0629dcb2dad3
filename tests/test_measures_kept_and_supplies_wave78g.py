"""Measures kept in force and goods supplied (wave 78 G): a verb of keeping a measure in force ("maintain",
"keep", "continue", "extend", "prolong") with an event noun for object takes the noun's code, as a light
verb does ("will maintain its suspension of imports from X" is the suspension, 16, not a plain 01); with
any other object ("kept troops in X") it stays the verb's own act. Goods of trade supplied ("supplied X
with 20 pct of its wheat imports", "supplied gas to Y") are trade (061), not aid (07); arms supplied stay
military aid (072). Content told to a hearer that it "would face sanctions (retaliation)" unless it does
something is a threat by the teller to the hearer (13), not a plain statement. Each test states its parse
by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

MAINTAINED = """
Chile      Chile      PROPN NNP  3 nsubj GPE
will       will       AUX   MD   3 aux   -
{verb}     {lemma}    VERB  VB   0 ROOT  -
its        its        PRON  PRP$ 5 poss  -
suspension suspension NOUN  NN   3 dobj  -
of         of         ADP   IN   5 prep  -
imports    import     NOUN  NNS  6 pobj  -
from       from       ADP   IN   7 prep  -
Bolivia    Bolivia    PROPN NNP  8 pobj  GPE
.          .          PUNCT .    3 punct -
"""


def test_a_suspension_maintained_is_the_suspension() -> None:
    for verb in ("maintain", "extend", "prolong"):
        found = facts_with_roots(MAINTAINED.format(verb=verb, lemma=verb))
        kept = {f for f in found if f[0] == "Chile" and f[2] == "Bolivia" and f[1].startswith(verb)}
        assert kept and all(f[3] == "16" for f in kept), (verb, found)


TROOPS = """
Bolivia Bolivia PROPN NNP 2 nsubj GPE
kept    keep    VERB  VBD 0 ROOT  -
troops  troop   NOUN  NNS 2 dobj  -
in      in      ADP   IN  2 prep  -
Chile   Chile   PROPN NNP 4 pobj  GPE
.       .       PUNCT .   2 punct -
"""


def test_troops_kept_are_no_event_noun() -> None:
    found = facts_with_roots(TROOPS)
    kept = {f for f in found if f[0] == "Bolivia" and f[2] == "Chile"}
    assert kept and all(f[1] == "keep troop in" for f in kept), found


SHIPS = """
Brazilian brazilian ADJ   JJ   2  amod     NORP
ships     ship      NOUN  NNS  3  nsubj    -
supplied  supply    VERB  VBD  0  ROOT     -
Angola    Angola    PROPN NNP  3  dobj     GPE
with      with      ADP   IN   3  prep     -
20        20        NUM   CD   7  nummod   CARDINAL
pct       pct       NOUN  NN   5  pobj     -
of        of        ADP   IN   7  prep     -
its       its       PRON  PRP$ 11 poss     -
{goods}   {lemma}   NOUN  NN   11 compound -
imports   import    NOUN  NNS  8  pobj     -
.         .         PUNCT .    3  punct    -
"""


def test_goods_of_trade_supplied_with_are_trade() -> None:
    found = facts_with_roots(SHIPS.format(goods="wheat", lemma="wheat"))
    supplied = {f for f in found if f[0] == "Brazil" and f[2] == "Angola" and "supply" in f[1]}
    assert supplied and all(f[3] == "06" for f in supplied), found


GAS = """
Bolivia  Bolivia PROPN NNP 2 nsubj GPE
supplied supply  VERB  VBD 0 ROOT  -
{goods}  {lemma} NOUN  {tag} 2 dobj  -
to       to      ADP   IN  2 prep  -
Chile    Chile   PROPN NNP 4 pobj  GPE
.        .       PUNCT .   2 punct -
"""


def test_goods_of_trade_supplied_to_are_trade_and_arms_stay_aid() -> None:
    gas = {f for f in facts_with_roots(GAS.format(goods="gas", lemma="gas", tag="NN")) if f[2] == "Chile"}
    assert gas and all(f[3] == "06" for f in gas), gas
    weapons = GAS.format(goods="weapons", lemma="weapon", tag="NNS")
    arms = {f for f in facts_with_roots(weapons) if f[2] == "Chile"}
    assert arms and all(f[3] == "07" for f in arms), arms


TOLD = """
Chilean   chilean  ADJ   JJ  2  amod  NORP
diplomats diplomat NOUN  NNS 3  nsubj -
told      tell     VERB  VBD 0  ROOT  -
Bolivia   Bolivia  PROPN NNP 3  dobj  GPE
that      that     SCONJ IN  13 mark  -
{mark}    {mark}   SCONJ IN  8  mark  -
it        it       PRON  PRP 8  nsubj -
paid      pay      VERB  VBD 13 advcl -
the       the      DET   DT  10 det   -
debt      debt     NOUN  NN  8  dobj  -
it        it       PRON  PRP 13 nsubj -
would     would    AUX   MD  13 aux   -
face      face     VERB  VB  3  ccomp -
sanctions sanction NOUN  NNS 13 dobj  -
.         .        PUNCT .   3  punct -
"""


def test_told_it_would_face_sanctions_unless_it_acts_is_a_threat() -> None:
    told = {f for f in facts_with_roots(TOLD.format(mark="unless")) if f[2] == "Bolivia" and f[1] == "tell"}
    assert told and all(f[3] == "13" for f in told), told


def test_told_it_would_face_sanctions_once_it_acts_is_no_threat() -> None:
    told = {f for f in facts_with_roots(TOLD.format(mark="once")) if f[2] == "Bolivia" and f[1] == "tell"}
    assert told and all(f[3] == "01" for f in told), told
