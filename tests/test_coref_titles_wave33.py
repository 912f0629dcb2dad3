"""A definite title refers to whom the article named with a title of that head word (wave 33): "the
president" is not the vice president named last, "the chancellor" not the shadow chancellor, and "the
Peruvian leader" not the one Peruvian MP the article names; a noun of whoever heads a body ("leader") is
also the one named with a title that heads it ("Prime Minister X").

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import holds_bare_title
from hand_docs import facts, read


def _acts(table: str) -> set[tuple[str, str, str]]:
    return facts(read(table), "svo")


def test_a_bare_title_is_held_by_a_title_of_its_head_word_without_another_office() -> None:
    assert holds_bare_title({"chancellor"}, "chancellor")
    assert holds_bare_title({"minister", "prime minister"}, "minister")
    assert holds_bare_title({"state", "secretary of state"}, "secretary")
    assert holds_bare_title({"spokesperson"}, "spokesman")  # the same title in another spelling
    assert not holds_bare_title({"chancellor", "shadow chancellor"}, "chancellor")
    assert not holds_bare_title({"president", "vice president"}, "President")
    assert not holds_bare_title({"general", "attorney general"}, "general")
    assert not holds_bare_title({"member", "mp"}, "leader")


def test_whoever_heads_a_body_is_its_leader_only_where_the_body_is_named() -> None:
    assert holds_bare_title({"minister", "prime minister"}, "leader", heads=True)
    assert holds_bare_title({"executive", "chief executive"}, "leader", heads=True)
    assert not holds_bare_title({"minister", "prime minister"}, "leader")
    assert not holds_bare_title({"president", "vice president"}, "leader", heads=True)
    assert not holds_bare_title({"member", "mp"}, "leader", heads=True)


_TITLED = """
    {title}
    Ann         Ann         PROPN NNP {n3} compound  PERSON
    Roe         Roe         PROPN NNP {n4} nsubj     I-PERSON
    met         meet        VERB  VBD 0  ROOT      -
    Peru        Peru        PROPN NNP {n4} dobj      GPE
    .           .           PUNCT .   {n4} punct     -
    The         the         DET   DT  {n8} det       -
    president   president   NOUN  NN  {n9} nsubj     -
    criticised  criticise   VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP {n9} dobj      GPE
    .           .           PUNCT .   {n9} punct     -
"""


def _titled(title_rows: list[str]) -> str:
    k = len(title_rows)
    return _TITLED.format(title="\n    ".join(title_rows), n3=k + 2, n4=k + 3, n8=k + 7, n9=k + 8)


def test_the_president_is_not_the_vice_president_named_last() -> None:
    # "Vice President Ann Roe met Peru. The president criticised Chile."
    table = _titled(
        [
            "Vice        Vice        PROPN NNP 2  compound  -",
            "President   President   PROPN NNP 4  compound  -",
        ]
    )
    assert ("Ann Roe", "criticise", "Chile") not in _acts(table)


def test_the_president_is_the_one_named_president() -> None:
    # "President Ann Roe met Peru. The president criticised Chile."
    table = _titled(["President   President   PROPN NNP 3  compound  -"])
    assert ("Ann Roe", "criticise", "Chile") in _acts(table)


def test_the_states_leader_is_not_its_one_mp() -> None:
    # "Peruvian MP Jan Roe criticised Chile. The Peruvian leader condemned Bolivia."
    assert ("Jan Roe", "condemn", "Bolivia") not in _acts("""
    Peruvian    peruvian    ADJ   JJ  2  amod      NORP
    MP          MP          PROPN NNP 4  compound  -
    Jan         Jan         PROPN NNP 4  compound  PERSON
    Roe         Roe         PROPN NNP 5  nsubj     I-PERSON
    criticised  criticise   VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 5  dobj      GPE
    .           .           PUNCT .   5  punct     -
    The         the         DET   DT  10 det       -
    Peruvian    peruvian    ADJ   JJ  10 amod      NORP
    leader      leader      NOUN  NN  11 nsubj     -
    condemned   condemn     VERB  VBD 0  ROOT      -
    Bolivia     Bolivia     PROPN NNP 11 dobj      GPE
    .           .           PUNCT .   11 punct     -
    """)


def test_the_states_leader_is_its_prime_minister() -> None:
    # "Peruvian Prime Minister Jan Roe criticised Chile. The Peruvian leader condemned Bolivia."
    assert ("Jan Roe", "condemn", "Bolivia") in _acts("""
    Peruvian    peruvian    ADJ   JJ  3  amod      NORP
    Prime       Prime       PROPN NNP 3  compound  -
    Minister    Minister    PROPN NNP 5  compound  -
    Jan         Jan         PROPN NNP 5  compound  PERSON
    Roe         Roe         PROPN NNP 6  nsubj     I-PERSON
    criticised  criticise   VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 6  dobj      GPE
    .           .           PUNCT .   6  punct     -
    The         the         DET   DT  11 det       -
    Peruvian    peruvian    ADJ   JJ  11 amod      NORP
    leader      leader      NOUN  NN  12 nsubj     -
    condemned   condemn     VERB  VBD 0  ROOT      -
    Bolivia     Bolivia     PROPN NNP 12 dobj      GPE
    .           .           PUNCT .   12 punct     -
    """)


def test_the_states_leader_is_the_one_of_its_people_named_to_lead_it() -> None:
    # "Peruvian Prime Minister Jan Roe criticised Chile. Peruvian MP Tom Harris backed Bolivia. The Peruvian
    # leader condemned Ecuador."
    assert ("Jan Roe", "condemn", "Ecuador") in _acts("""
    Peruvian    peruvian    ADJ   JJ  3  amod      NORP
    Prime       Prime       PROPN NNP 3  compound  -
    Minister    Minister    PROPN NNP 5  compound  -
    Jan         Jan         PROPN NNP 5  compound  PERSON
    Roe         Roe         PROPN NNP 6  nsubj     I-PERSON
    criticised  criticise   VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 6  dobj      GPE
    .           .           PUNCT .   6  punct     -
    Peruvian    peruvian    ADJ   JJ  10 amod      NORP
    MP          MP          PROPN NNP 12 compound  -
    Tom         Tom         PROPN NNP 12 compound  PERSON
    Harris      Harris      PROPN NNP 13 nsubj     I-PERSON
    backed      back        VERB  VBD 0  ROOT      -
    Bolivia     Bolivia     PROPN NNP 13 dobj      GPE
    .           .           PUNCT .   13 punct     -
    The         the         DET   DT  18 det       -
    Peruvian    peruvian    ADJ   JJ  18 amod      NORP
    leader      leader      NOUN  NN  19 nsubj     -
    condemned   condemn     VERB  VBD 0  ROOT      -
    Ecuador     Ecuador     PROPN NNP 19 dobj      GPE
    .           .           PUNCT .   19 punct     -
    """)


def test_of_two_holders_named_together_the_minister_is_the_subject() -> None:
    # "Oil Minister Tom Harris met Oil Minister Peter Hale in Lima. The minister criticised Chile."
    found = _acts("""
    Oil         Oil         PROPN NNP 2  compound  -
    Minister    Minister    PROPN NNP 4  compound  -
    Tom         Tom         PROPN NNP 4  compound  PERSON
    Harris      Harris      PROPN NNP 5  nsubj     I-PERSON
    met         meet        VERB  VBD 0  ROOT      -
    Oil         Oil         PROPN NNP 7  compound  -
    Minister    Minister    PROPN NNP 9  compound  -
    Peter       Peter       PROPN NNP 9  compound  PERSON
    Hale        Hale        PROPN NNP 5  dobj      I-PERSON
    in          in          ADP   IN  5  prep      -
    Lima        Lima        PROPN NNP 10 pobj      GPE
    .           .           PUNCT .   5  punct     -
    The         the         DET   DT  14 det       -
    minister    minister    NOUN  NN  15 nsubj     -
    criticised  criticise   VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 15 dobj      GPE
    .           .           PUNCT .   15 punct     -
    """)
    assert ("Tom Harris", "criticise", "Chile") in found
    assert ("Peter Hale", "criticise", "Chile") not in found
