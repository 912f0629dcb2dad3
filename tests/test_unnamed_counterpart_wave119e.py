"""Wave 119 E: an unnamed counterpart with a state's word ("his Austrian counterpart", "her Austrian opposite
number") is that state's holder of the same office; the text naming no such holder, the state acts, as "the
Austrian foreign minister" does, and a meeting with the counterpart is a meeting with the state, never
"counterpart in" the place the meeting is in. A bare "the <nationality> minister" is the one person of the
article who holds a minister's office of that state by another title ("Foreign Secretary X"). Sentences of
our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "Dutch Trade Minister Pieter Vos met his Austrian counterpart in Oslo."
_COUNTERPART = """
Dutch        dutch        ADJ    JJ     4   amod       NORP
Trade        Trade        PROPN  NNP    3   compound   -
Minister     Minister     PROPN  NNP    5   compound   -
Pieter       Pieter       PROPN  NNP    5   compound   PERSON
Vos          Vos          PROPN  NNP    6   nsubj      I-PERSON
met          meet         VERB   VBD    0   ROOT       -
his          his          PRON   PRP$   9   poss       -
Austrian     austrian     ADJ    JJ     9   amod       NORP
counterpart  counterpart  NOUN   NN     6   dobj       -
in           in           ADP    IN     6   prep       -
Oslo         Oslo         PROPN  NNP    10  pobj       GPE
.            .            PUNCT  .      6   punct      -
"""

# "Dutch Trade Minister Pieter Vos met his Austrian opposite number in Oslo."
_OPPOSITE_NUMBER = """
Dutch        dutch        ADJ    JJ     4   amod       NORP
Trade        Trade        PROPN  NNP    3   compound   -
Minister     Minister     PROPN  NNP    5   compound   -
Pieter       Pieter       PROPN  NNP    5   compound   PERSON
Vos          Vos          PROPN  NNP    6   nsubj      I-PERSON
met          meet         VERB   VBD    0   ROOT       -
his          his          PRON   PRP$   10  poss       -
Austrian     austrian     ADJ    JJ     10  amod       NORP
opposite     opposite     ADJ    JJ     10  amod       -
number       number       NOUN   NN     6   dobj       -
in           in           ADP    IN     6   prep       -
Oslo         Oslo         PROPN  NNP    11  pobj       GPE
.            .            PUNCT  .      6   punct      -
"""

# "Brazilian Foreign Minister Paulo Reis met British Foreign Secretary Alan Pike. Reis warned the British
# minister about tariffs."
_BRITISH_MINISTER = """
Brazilian    brazilian    ADJ    JJ     5   amod       NORP
Foreign      Foreign      PROPN  NNP    3   compound   -
Minister     Minister     PROPN  NNP    5   compound   -
Paulo        Paulo        PROPN  NNP    5   compound   PERSON
Reis         Reis         PROPN  NNP    6   nsubj      I-PERSON
met          meet         VERB   VBD    0   ROOT       -
British      british      ADJ    JJ     9   amod       NORP
Foreign      Foreign      PROPN  NNP    9   compound   -
Secretary    Secretary    PROPN  NNP    11  compound   -
Alan         Alan         PROPN  NNP    11  compound   PERSON
Pike         Pike         PROPN  NNP    6   dobj       I-PERSON
.            .            PUNCT  .      6   punct      -
Reis         Reis         PROPN  NNP    14  nsubj      PERSON
warned       warn         VERB   VBD    0   ROOT       -
the          the          DET    DT     17  det        -
British      british      ADJ    JJ     17  amod       NORP
minister     minister     NOUN   NN     14  dobj       -
about        about        ADP    IN     14  prep       -
tariffs      tariff       NOUN   NNS    18  pobj       -
.            .            PUNCT  .      14  punct      -
"""


def test_a_meeting_with_an_unnamed_counterpart_is_with_the_counterparts_state() -> None:
    triples = read_triples(_COUNTERPART)
    assert [t for t in triples if t[0] == "Pieter Vos" and t[2] == "Austria" and "meet" in t[1]], triples
    assert not [t for t in triples if t[2] == "Oslo" and "counterpart" in t[1]], triples


def test_an_opposite_number_is_a_counterpart_too() -> None:
    triples = read_triples(_OPPOSITE_NUMBER)
    assert [t for t in triples if t[0] == "Pieter Vos" and t[2] == "Austria" and "meet" in t[1]], triples
    assert not [t for t in triples if t[2] == "Oslo" and "number" in t[1]], triples


def test_the_british_minister_is_the_one_british_minister_the_story_names_by_another_title() -> None:
    triples = read_triples(_BRITISH_MINISTER)
    assert [t for t in triples if t[0] == "Paulo Reis" and t[2] == "Alan Pike" and "warn" in t[1]], triples
    told_the_state = [t for t in triples if t[:1] == ("Paulo Reis",) and t[2] == "United Kingdom"]
    assert not told_the_state, triples


# "Interior Minister Tom Harlow met his EU counterparts in Vienna."
_BODY_COUNTERPARTS = """
Interior     Interior     PROPN  NNP    2   compound   -
Minister     Minister     PROPN  NNP    4   compound   -
Tom          Tom          PROPN  NNP    4   compound   PERSON
Harlow       Harlow       PROPN  NNP    5   nsubj      I-PERSON
met          meet         VERB   VBD    0   ROOT       -
his          his          PRON   PRP$   8   poss       -
EU           EU           PROPN  NNP    8   compound   ORG
counterparts counterpart  NOUN   NNS    5   dobj       -
in           in           ADP    IN     5   prep       -
Vienna       Vienna       PROPN  NNP    9   pobj       GPE
.            .            PUNCT  .      5   punct      -
"""


def test_counterparts_of_a_body_of_states_meet_as_the_body() -> None:
    triples = read_triples(_BODY_COUNTERPARTS)
    assert ("Tom Harlow", "meet with", "European Union") in triples, triples
    assert not [t for t in triples if t[2] == "Vienna" and "counterpart" in t[1]], triples


# "Dutch Trade Minister Pieter Vos met Austrian President Karl Brandl. Vos then met his Austrian counterpart."
_OTHER_OFFICE_NAMED = """
Dutch        dutch        ADJ    JJ     4   amod       NORP
Trade        Trade        PROPN  NNP    3   compound   -
Minister     Minister     PROPN  NNP    5   compound   -
Pieter       Pieter       PROPN  NNP    5   compound   PERSON
Vos          Vos          PROPN  NNP    6   nsubj      I-PERSON
met          meet         VERB   VBD    0   ROOT       -
Austrian     austrian     ADJ    JJ     10  amod       NORP
President    President    PROPN  NNP    10  compound   -
Karl         Karl         PROPN  NNP    10  compound   PERSON
Brandl       Brandl       PROPN  NNP    6   dobj       I-PERSON
.            .            PUNCT  .      6   punct      -
Vos          Vos          PROPN  NNP    14  nsubj      PERSON
then         then         ADV    RB     14  advmod     -
met          meet         VERB   VBD    0   ROOT       -
his          his          PRON   PRP$   17  poss       -
Austrian     austrian     ADJ    JJ     17  amod       NORP
counterpart  counterpart  NOUN   NN     14  dobj       -
.            .            PUNCT  .      14  punct      -
"""

# "Dutch Trade Minister Pieter Vos praised Austrian Trade Minister Eva Lind. Vos then met his Austrian
# counterpart."
_SAME_OFFICE_NAMED = """
Dutch        dutch        ADJ    JJ     4   amod       NORP
Trade        Trade        PROPN  NNP    3   compound   -
Minister     Minister     PROPN  NNP    5   compound   -
Pieter       Pieter       PROPN  NNP    5   compound   PERSON
Vos          Vos          PROPN  NNP    6   nsubj      I-PERSON
praised      praise       VERB   VBD    0   ROOT       -
Austrian     austrian     ADJ    JJ     11  amod       NORP
Trade        Trade        PROPN  NNP    9   compound   -
Minister     Minister     PROPN  NNP    11  compound   -
Eva          Eva          PROPN  NNP    11  compound   PERSON
Lind         Lind         PROPN  NNP    6   dobj       I-PERSON
.            .            PUNCT  .      6   punct      -
Vos          Vos          PROPN  NNP    15  nsubj      PERSON
then         then         ADV    RB     15  advmod     -
met          meet         VERB   VBD    0   ROOT       -
his          his          PRON   PRP$   18  poss       -
Austrian     austrian     ADJ    JJ     18  amod       NORP
counterpart  counterpart  NOUN   NN     15  dobj       -
.            .            PUNCT  .      15  punct      -
"""


def test_a_counterpart_is_no_holder_of_another_office_of_the_state() -> None:
    triples = read_triples(_OTHER_OFFICE_NAMED)
    met = {t[2] for t in triples if t[0] == "Pieter Vos" and "meet" in t[1]}
    assert "Austria" in met, triples


def test_a_counterpart_is_the_named_holder_of_the_same_office_of_the_state() -> None:
    triples = read_triples(_SAME_OFFICE_NAMED)
    assert ("Pieter Vos", "meet with", "Eva Lind") in triples, triples


def _shifted(table: str, by: int) -> str:
    """The rows of a parse moved `by` places on (its heads too), to follow another parse."""
    rows = [line.split() for line in table.strip().splitlines()]
    moved = [[*r[:4], str(int(r[4]) + by) if r[4] != "0" else "0", *r[5:]] for r in rows]
    return "\n".join(" ".join(row) for row in moved) + "\n"


def test_a_counterpart_is_the_holder_of_the_same_office_among_several_of_the_state() -> None:
    # "Dutch Trade Minister Pieter Vos met Austrian President Karl Brandl." then the story above
    table = "\n".join(_OTHER_OFFICE_NAMED.strip().splitlines()[:11]) + "\n" + _shifted(_SAME_OFFICE_NAMED, 11)
    triples = read_triples(table)
    assert ("Pieter Vos", "meet with", "Eva Lind") in triples, triples
    assert ("Pieter Vos", "meet with", "Austria") not in triples, triples
