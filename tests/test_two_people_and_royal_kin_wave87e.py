"""Entities of wave 87 E: two people the tagger fused into one name across "and" ("invited both Sorel
and Victor Brun", after "Ana Sorel" was named) are two people. Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours.
A state's possessive before one of a group of the state's that is no office of it ("Chile's top union
leader", "Chile's opposition leader", "Chile's top banker") makes no act of the state; "Chile's foreign
minister" and "Chile's leader" stay the state."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Ana Sorel spoke on Monday. Tom Vance invited {both} Sorel and Victor Brun."
INVITED_TWO = """
Ana      Ana      PROPN NNP  2 compound PERSON
Sorel    Sorel    PROPN NNP  3 nsubj    I-PERSON
spoke    speak    VERB  VBD  0 ROOT     -
on       on       ADP   IN   3 prep     -
Monday   Monday   PROPN NNP  4 pobj     DATE
.        .        PUNCT .    3 punct    -
Tom      Tom      PROPN NNP  8 compound PERSON
Vance    Vance    PROPN NNP  9 nsubj    I-PERSON
invited  invite   VERB  VBD  9 ROOT     -
{both}
Sorel    Sorel    PROPN NNP  9 dobj     ORG
and      and      CCONJ CC   {sorel} cc I-ORG
Victor   Victor   PROPN NNP  {brun} compound I-ORG
Brun     Brun     PROPN NNP  {sorel} conj I-ORG
.        .        PUNCT .    9 punct    -
"""

BOTH = "both     both     DET   DT   11 preconj  -"

# "{Both} Orvan and Kestrel sued Tom Vance."  (no person named Orvan before, no given name after "and")
FIRM_PAIR = """
Orvan    Orvan    PROPN NNP  4 nsubj    ORG
and      and      CCONJ CC   1 cc       I-ORG
Kestrel  Kestrel  PROPN NNP  1 conj     I-ORG
sued     sue      VERB  VBD  0 ROOT     -
Tom      Tom      PROPN NNP  6 compound PERSON
Vance    Vance    PROPN NNP  4 dobj     I-PERSON
.        .        PUNCT .    4 punct    -
"""


def _invited(both: bool) -> str:
    if both:
        return INVITED_TWO.format(both=BOTH, sorel=11, brun=14)
    return INVITED_TWO.format(both="", sorel=10, brun=13)


def test_a_known_surname_and_another_name_are_two_people() -> None:
    triples = read_triples(_invited(both=False))
    assert {("Tom Vance", "invite", "Ana Sorel"), ("Tom Vance", "invite", "Victor Brun")} <= triples
    labels = {e.label: e.type for e in read(_invited(both=False)).entities.entities()}
    assert labels.get("Victor Brun") == "PERSON"
    assert "Sorel and Victor Brun" not in labels


# "Tom Vance invited both Lamar and Victor Brun."  (Lamar not named before)
BOTH_UNKNOWN = """
Tom      Tom      PROPN NNP  2 compound PERSON
Vance    Vance    PROPN NNP  3 nsubj    I-PERSON
invited  invite   VERB  VBD  0 ROOT     -
both     both     DET   DT   5 preconj  -
Lamar    Lamar    PROPN NNP  3 dobj     ORG
and      and      CCONJ CC   5 cc       I-ORG
Victor   Victor   PROPN NNP  8 compound I-ORG
Brun     Brun     PROPN NNP  5 conj     I-ORG
.        .        PUNCT .    3 punct    -
"""


def test_both_before_two_names_joined_by_and_marks_two_people() -> None:
    triples = read_triples(_invited(both=True))
    assert {("Tom Vance", "invite", "Ana Sorel"), ("Tom Vance", "invite", "Victor Brun")} <= triples
    triples = read_triples(BOTH_UNKNOWN)
    assert {("Tom Vance", "invite", "Lamar"), ("Tom Vance", "invite", "Victor Brun")} <= triples


def test_a_pair_of_names_of_no_known_person_stays_one_name() -> None:
    assert ("Orvan and Kestrel", "sue", "Tom Vance") in read_triples(FIRM_PAIR)


# "Chile's <modifiers> <noun> criticised Peru."  (a state's possessive before an unnamed holder)
HOLDER_OF_CHILE = """
Chile      Chile      PROPN NNP  {head} poss   GPE
's         's         PART  POS  1 case     -
{modifiers}
{noun}     {noun}     NOUN  NN   {verb} nsubj  -
criticised criticise  VERB  VBD  0 ROOT     -
Peru       Peru       PROPN NNP  {verb} dobj   GPE
.          .          PUNCT .    {verb} punct  -
"""


def _holder(noun: str, *modifiers: str) -> str:
    """The parse with each modifier before the noun: an adjective ("top", "foreign") or a compound noun."""
    head = 3 + len(modifiers)
    adjectives = {"top", "foreign"}
    rows = "\n".join(
        f"{w} {w} ADJ JJ {head} amod -" if w in adjectives else f"{w} {w} NOUN NN {head} compound -"
        for w in modifiers
    )
    return HOLDER_OF_CHILE.format(head=head, modifiers=rows, noun=noun, verb=head + 1)


def test_a_states_union_leader_or_banker_is_not_the_state() -> None:
    for table in (
        _holder("leader", "top", "union"),
        _holder("leader", "opposition"),
        _holder("banker", "top"),
    ):
        assert not any(t[0] == "Chile" for t in read_triples(table)), table


def test_a_states_foreign_minister_and_leader_stay_the_state() -> None:
    assert ("Chile", "criticise", "Peru") in read_triples(_holder("minister", "foreign"))
    assert ("Chile", "criticise", "Peru") in read_triples(_holder("leader"))
