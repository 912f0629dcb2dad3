"""A state named as one of several parties, another of no one state ("Smith said the Kestrel Group and
Canada agreed"), does not make its sentence one about that state (wave 94 E): a bare state body named next
("Smith said the administration praised Lena Marsh") is not that state's, as it is after a sentence
about the state alone ("Smith said Canada agreed"; affiliations/offices._states_of_the_clause, read by
organisations._paragraph_state). None is better than a wrong state. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

JOINT = """
Smith          Smith          PROPN NNP   2  nsubj    PERSON
said           say            VERB  VBD   0  ROOT     -
the            the            DET   DT    5  det      -
Kestrel        Kestrel        PROPN NNP   5  compound ORG
Group          Group          PROPN NNP   8  nsubj    I-ORG
and            and            CCONJ CC    5  cc       -
Canada         Canada         PROPN NNP   5  conj     GPE
agreed         agree          VERB  VBD   2  ccomp    -
.              .              PUNCT .     2  punct    -
"""

ALONE = """
Smith          Smith          PROPN NNP   2  nsubj    PERSON
said           say            VERB  VBD   0  ROOT     -
Canada         Canada         PROPN NNP   4  nsubj    GPE
agreed         agree          VERB  VBD   2  ccomp    -
.              .              PUNCT .     2  punct    -
"""


def _administration(first: str) -> str:
    n = sum(1 for line in first.strip().splitlines() if line.strip())
    return (
        first.rstrip()
        + f"""
    Smith          Smith          PROPN NNP   {n + 2}  nsubj    PERSON
    said           say            VERB  VBD   0  ROOT     -
    the            the            DET   DT    {n + 4}  det      -
    administration administration NOUN  NN    {n + 5}  nsubj    -
    praised        praise         VERB  VBD   {n + 2}  ccomp    -
    Lena           Lena           PROPN NNP   {n + 7}  compound PERSON
    Marsh          Marsh          PROPN NNP   {n + 5}  dobj     I-PERSON
    .              .              PUNCT .     {n + 2}  punct    -
    """
    )


def _praisers(first: str) -> set[str]:
    """Who praises Lena Marsh: the administration, by the state it is given (none: no fact)."""
    return {who for who, predicate, _ in read_triples(_administration(first)) if predicate == "praise"}


def test_a_state_as_one_of_several_parties_gives_the_next_body_no_state() -> None:
    assert _praisers(JOINT) == set()


def test_a_state_alone_gives_the_next_body_its_state() -> None:
    # guard: the sentence before is about Canada alone
    assert _praisers(ALONE) == {"Canada"}
