"""Wave 76 F: a title with a suffix of time joined by a hyphen before a name ("ASA president-elect X",
"prime minister-elect Y") is an office to come, of the body or state named before it (the label keeps the
qualifier, "incoming", as "former" is kept). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_body_s_president_elect_before_a_name_is_its_incoming_president() -> None:
    reading = read("""
    Canadian    canadian    ADJ   JJ   4  compound ORG
    Wheat       Wheat       PROPN NNP  4  compound I-ORG
    Growers     Growers     PROPN NNPS 4  compound I-ORG
    Association Association PROPN NNP  10 nsubj    I-ORG
    president   president   NOUN  NN   7  compound -
    -           -           PUNCT HYPH 7  punct    -
    elect       elect       NOUN  NN   9  compound -
    Mary        Mary        PROPN NNP  9  compound PERSON
    Holt        Holt        PROPN NNP  10 nsubj    I-PERSON
    said        say         VERB  VBD  0  ROOT     -
    prices      price       NOUN  NNS  13 nsubj    -
    would       would       AUX   MD   13 aux      -
    rise        rise        VERB  VB   10 ccomp    -
    .           .           PUNCT .    10 punct    -
    """)
    titles = facts(reading, "title")
    assert ("Mary Holt", "incoming president of", "Canadian Wheat Growers Association") in titles
    assert not any(role == "president of" for _, role, _ in titles)


def test_a_state_s_prime_minister_elect_is_its_incoming_prime_minister() -> None:
    reading = read("""
    Peru     Peru     PROPN NNP  6  poss     GPE
    's       's       PART  POS  1  case     -
    prime    prime    ADJ   JJ   6  amod     -
    minister minister NOUN  NN   6  compound -
    -        -        PUNCT HYPH 6  punct    -
    elect    elect    NOUN  NN   8  compound -
    Jorge    Jorge    PROPN NNP  8  compound PERSON
    Luna     Luna     PROPN NNP  9  nsubj    I-PERSON
    met      meet     VERB  VBD  0  ROOT     -
    the      the      DET   DT   11 det      -
    envoy    envoy    NOUN  NN   9  dobj     -
    .        .        PUNCT .    9  punct    -
    """)
    assert ("Jorge Luna", "incoming prime minister of", "Peru") in facts(reading, "title")
