"""Credit grades are no organisations (wave 96 G): in "Kestrel Ratings cut Ridge Bank's debt to BBB from
A-plus" the tagger takes "BBB" for a firm, and the preposition rule made an edge "Kestrel Ratings -cut to->
BBB". A credit grade after "to" or "from" in a sentence of ratings is the grade: no entity and no edge to it.
Real acronyms after "to" ("sold its unit to ABB") stay organisations. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

_GRADE = """
    Kestrel  Kestrel  PROPN NNP 2  compound ORG
    Ratings  Ratings  PROPN NNPS 3 nsubj    I-ORG
    cut      cut      VERB  VBD 0  ROOT     -
    Ridge    Ridge    PROPN NNP 5  compound ORG
    Bank     Bank     PROPN NNP 7  poss     I-ORG
    's       's       PART  POS 5  case     I-ORG
    debt     debt     NOUN  NN  3  dobj     -
    to       to       ADP   IN  3  prep     -
    BBB      BBB      PROPN NNP 8  pobj     ORG
    from     from     ADP   IN  3  prep     -
    A        A        NOUN  NN  10 pobj     -
    -        -        PUNCT HYPH 11 punct   -
    plus     plus     NOUN  NN  11 conj     -
    .        .        PUNCT .   3  punct    -
    """

_ACRONYM = """
    Ridge    Ridge    PROPN NNP 2  compound ORG
    Bank     Bank     PROPN NNP 3  nsubj    I-ORG
    sold     sell     VERB  VBD 0  ROOT     -
    its      its      PRON  PRP$ 5 poss     -
    unit     unit     NOUN  NN  3  dobj     -
    to       to       ADP   IN  3  prep     -
    ABB      ABB      PROPN NNP 6  pobj     ORG
    .        .        PUNCT .   3  punct    -
    """


def test_a_credit_grade_after_to_is_no_organisation_but_an_acronym_is() -> None:
    labels = {e.label for e in read(_GRADE).entities.entities()}
    assert "BBB" not in labels
    assert not any("BBB" in (f[0], f[2]) for f in read_triples(_GRADE))
    # "ABB" is a firm's acronym, no grade's form: still the firm the unit was sold to
    assert any(f[2] == "ABB" for f in read_triples(_ACRONYM))
