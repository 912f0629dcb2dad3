"""Verbal attacks, blame and denunciation of a body's or a state's course of action, and "call on" as a
visit (sentences of our own, parsed by hand):

- "attacked the plans / the ideas" is criticism (root 11), even where the tagger takes a plural noun after a
  name for a verb ("attacked Commission plans": "plans" VBZ, a second direct object);
- the name before the thing criticised, blamed or denounced ("denounced EC subsidies", "blamed EC policies
  for …") is the one disapproved of, as its possessive ("the EC's subsidies") is;
- "called on President X in Y" (a person, no "to" clause) is a visit (042, root 04); "called on X to do Y"
  stays an appeal (02)."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Chile attacked Commission plans to tax farmers." The tagger takes "plans" for a verb (VBZ) and the
# parser makes it a second direct object beside "Commission".
PLANS_TAKEN_FOR_A_VERB = """
Chile       Chile       PROPN NNP 2 nsubj GPE
attacked    attack      VERB  VBD 0 ROOT  -
Commission  Commission  PROPN NNP 2 dobj  ORG
plans       plan        VERB  VBZ 2 dobj  -
to          to          PART  TO  6 aux   -
tax         tax         VERB  VB  4 xcomp -
farmers     farmer      NOUN  NNS 6 dobj  -
.           .           PUNCT .   2 punct -
"""

# "Chile attacked Peruvian ideas."
ATTACKED_IDEAS = """
Chile     Chile     PROPN NNP 2 nsubj GPE
attacked  attack    VERB  VBD 0 ROOT  -
Peruvian  peruvian  ADJ   JJ  4 amod  NORP
ideas     idea      NOUN  NNS 2 dobj  -
.         .         PUNCT .   2 punct -
"""

# "Chile denounced EC subsidies as unfair."
DENOUNCED_BODY_SUBSIDIES = """
Chile      Chile      PROPN NNP 2 nsubj GPE
denounced  denounce   VERB  VBD 0 ROOT  -
EC         EC         PROPN NNP 4 compound ORG
subsidies  subsidy    NOUN  NNS 2 dobj  -
as         as         ADP   IN  2 prep  -
unfair     unfair     ADJ   JJ  5 amod  -
.          .          PUNCT .   2 punct -
"""

# "Chile praised EC subsidies." (no criticism: the name before the subsidies is not made the object)
PRAISED_BODY_SUBSIDIES = """
Chile      Chile      PROPN NNP 2 nsubj GPE
praised    praise     VERB  VBD 0 ROOT  -
EC         EC         PROPN NNP 4 compound ORG
subsidies  subsidy    NOUN  NNS 2 dobj  -
.          .          PUNCT .   2 punct -
"""

# "Senator Mensah blamed EC policies for the fall in exports."
BLAMED_BODY_POLICIES = """
Senator   Senator   PROPN NNP 2 compound -
Mensah    Mensah    PROPN NNP 3 nsubj PERSON
blamed    blame     VERB  VBD 0 ROOT  -
EC        EC        PROPN NNP 5 compound ORG
policies  policy    NOUN  NNS 3 dobj  -
for       for       ADP   IN  3 prep  -
the       the       DET   DT  8 det   -
fall      fall      NOUN  NN  6 pobj  -
in        in        ADP   IN  8 prep  -
exports   export    NOUN  NNS 9 pobj  -
.         .         PUNCT .   3 punct -
"""

# "Minister Mensah called on President Kofi in Lome on Monday."
CALLED_ON_A_PRESIDENT = """
Minister   Minister   PROPN NNP 2 compound -
Mensah     Mensah     PROPN NNP 3 nsubj PERSON
called     call       VERB  VBD 0 ROOT  -
on         on         ADP   IN  3 prep  -
President  President  PROPN NNP 6 compound -
Kofi       Kofi       PROPN NNP 4 pobj  PERSON
in         in         ADP   IN  3 prep  -
Lome       Lome       PROPN NNP 7 pobj  GPE
on         on         ADP   IN  3 prep  -
Monday     Monday     PROPN NNP 9 pobj  DATE
.          .          PUNCT .   3 punct -
"""

# "Minister Mensah called on Kofi to release the prisoners."
CALLED_ON_TO_DO = """
Minister   Minister   PROPN NNP 2 compound -
Mensah     Mensah     PROPN NNP 3 nsubj PERSON
called     call       VERB  VBD 0 ROOT  -
on         on         ADP   IN  3 prep  -
Kofi       Kofi       PROPN NNP 4 pobj  PERSON
to         to         PART  TO  7 aux   -
release    release    VERB  VB  3 xcomp -
the        the        DET   DT  9 det   -
prisoners  prisoner   NOUN  NNS 7 dobj  -
.          .          PUNCT .   3 punct -
"""

# "Minister Mensah called on Togo." (a state: an appeal to it, no visit)
CALLED_ON_A_STATE = """
Minister   Minister   PROPN NNP 2 compound -
Mensah     Mensah     PROPN NNP 3 nsubj PERSON
called     call       VERB  VBD 0 ROOT  -
on         on         ADP   IN  3 prep  -
Togo       Togo       PROPN NNP 4 pobj  GPE
.          .          PUNCT .   3 punct -
"""


def test_attacking_plans_tagged_as_a_verb_is_criticism() -> None:
    assert ("Chile", "attack", "Commission", "11") in facts_with_roots(PLANS_TAKEN_FOR_A_VERB)


def test_attacking_ideas_is_criticism() -> None:
    assert ("Chile", "attack", "Peru", "11") in facts_with_roots(ATTACKED_IDEAS)


def test_the_body_named_before_denounced_subsidies_is_denounced() -> None:
    found = facts_with_roots(DENOUNCED_BODY_SUBSIDIES)
    assert ("Chile", "denounce", "EC", "11") in found
    assert not any(f[2] != "EC" for f in found if f[0] == "Chile")  # "as unfair" is the charge


def test_the_body_named_before_praised_subsidies_is_not_their_object() -> None:
    assert not any(f[2] == "EC" for f in facts_with_roots(PRAISED_BODY_SUBSIDIES))


def test_the_body_named_before_blamed_policies_is_blamed() -> None:
    found = facts_with_roots(BLAMED_BODY_POLICIES)
    assert {(f[0], f[2], f[3]) for f in found if f[1].startswith("blame")} == {("Mensah", "EC", "11")}


def test_calling_on_a_president_is_a_visit() -> None:
    found = facts_with_roots(CALLED_ON_A_PRESIDENT)
    assert ("Mensah", "call on", "Kofi", "04") in found
    assert not any(f[3] == "02" for f in found)


def test_calling_on_someone_to_do_something_is_an_appeal() -> None:
    assert ("Mensah", "call on", "Kofi", "02") in facts_with_roots(CALLED_ON_TO_DO)


def test_calling_on_a_state_is_an_appeal() -> None:
    assert ("Mensah", "call on", "Togo", "02") in facts_with_roots(CALLED_ON_A_STATE)


# "Chile blamed the fall on EC policies."
BLAMED_ON_BODY_POLICIES = """
Chile     Chile     PROPN NNP 2 nsubj GPE
blamed    blame     VERB  VBD 0 ROOT  -
the       the       DET   DT  4 det   -
fall      fall      NOUN  NN  2 dobj  -
on        on        ADP   IN  2 prep  -
EC        EC        PROPN NNP 7 compound ORG
policies  policy    NOUN  NNS 5 pobj  -
.         .         PUNCT .   2 punct -
"""


def test_the_body_named_before_the_policies_blame_is_laid_on_is_blamed() -> None:
    found = facts_with_roots(BLAMED_ON_BODY_POLICIES)
    assert {(f[0], f[2], f[3]) for f in found if f[1].startswith("blame")} == {("Chile", "EC", "11")}


# "Chile denounced the tax as unfair to Peru." The parser hangs "to Peru" on the verb beside "as unfair".
CHARGE_COMPLETED = """
Chile      Chile      PROPN NNP 2 nsubj GPE
denounced  denounce   VERB  VBD 0 ROOT  -
the        the        DET   DT  4 det   -
tax        tax        NOUN  NN  2 dobj  -
as         as         ADP   IN  2 prep  -
unfair     unfair     ADJ   JJ  5 amod  -
to         to         ADP   IN  2 prep  -
Peru       Peru       PROPN NNP 7 pobj  GPE
.          .          PUNCT .   2 punct -
"""


def test_a_phrase_completing_the_charge_names_no_party() -> None:
    assert not any(f[2] == "Peru" for f in facts_with_roots(CHARGE_COMPLETED))


# "Chile condemned the Cuba embargo." / "Chile condemned EC tariffs."
def _condemned(owner: str, owner_label: str, det: bool, noun: str, lemma: str) -> str:
    rows = ["Chile Chile PROPN NNP 2 nsubj GPE", "condemned condemn VERB VBD 0 ROOT -"]
    n = 3
    if det:
        rows.append(f"the the DET DT {n + 2} det -")
        n += 1
    rows.append(f"{owner} {owner} PROPN NNP {n + 1} compound {owner_label}")
    rows.append(f"{noun} {lemma} NOUN NN{'S' if noun != lemma else ''} 2 dobj -")
    rows.append(". . PUNCT . 2 punct -")
    return "\n".join(rows)


def test_a_state_named_before_a_measure_aimed_at_states_is_not_condemned() -> None:
    # the Cuba embargo is aimed at Cuba, not Cuba's
    found = facts_with_roots(_condemned("Cuba", "GPE", True, "embargo", "embargo"))
    assert not any(f[2] == "Cuba" for f in found)


def test_a_body_named_before_a_measure_aimed_at_states_is_condemned() -> None:
    found = facts_with_roots(_condemned("EC", "ORG", False, "tariffs", "tariff"))
    assert ("Chile", "condemn", "EC", "11") in found
