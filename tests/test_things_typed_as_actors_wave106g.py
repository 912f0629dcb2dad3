"""Wave 106 G: things typed as actors. A short acronym whose "'s" owns nothing is an older plural of a
thing's acronym ("sells IC's to Peru"), no actor; a state's word and a wire-capitalised "Television" or
"Radio" is no named outlet ("said on U.S. Television that ..."), and words said on a state's television or
radio go out through a medium, not to a party (no "say on" edge; "said on NBC television" keeps its
outlet). The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Acme sells IC's to Peru."
_PLURAL_ACRONYM = """
Acme   Acme  PROPN NNP 2 nsubj ORG
sells  sell  VERB  VBZ 0 ROOT  -
IC     IC    PROPN NNP 2 dobj  PERSON
's     's    PART  POS 3 case  -
to     to    ADP   IN  2 prep  -
Peru   Peru  PROPN NNP 5 pobj  GPE
.      .     PUNCT .   2 punct -
"""

# "Tom Diaz said on U.S. Television that the talks would resume."
_STATE_TELEVISION = """
Tom         Tom         PROPN NNP 2  compound PERSON
Diaz        Diaz        PROPN NNP 3  nsubj    I-PERSON
said        say         VERB  VBD 0  ROOT     -
on          on          ADP   IN  3  prep     -
U.S.        U.S.        PROPN NNP 6  compound ORG
Television  Television  PROPN NNP 4  pobj     I-ORG
that        that        SCONJ IN  11 mark     -
the         the         DET   DT  9  det      -
talks       talk        NOUN  NNS 11 nsubj    -
would       would       AUX   MD  11 aux      -
resume      resume      VERB  VB  3  ccomp    -
.           .           PUNCT .   3  punct    -
"""

# "Tom Diaz said on Peruvian radio that Chile would resume the talks."
_STATE_RADIO = """
Tom       Tom       PROPN NNP 2  compound PERSON
Diaz      Diaz      PROPN NNP 3  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
on        on        ADP   IN  3  prep     -
Peruvian  peruvian  ADJ   JJ  6  amod     NORP
radio     radio     NOUN  NN  4  pobj     -
that      that      SCONJ IN  10 mark     -
Chile     Chile     PROPN NNP 10 nsubj    GPE
would     would     AUX   MD  10 aux      -
resume    resume    VERB  VB  3  ccomp    -
the       the       DET   DT  12 det      -
talks     talk      NOUN  NNS 10 dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_a_plural_acronym_is_no_actor() -> None:
    triples = read_triples(_PLURAL_ACRONYM)
    assert ("Acme", "sell to", "Peru") in triples
    assert not any("IC" in (s, o) for s, _, o in triples)


def test_a_states_television_is_no_named_outlet() -> None:
    named = {(e.label, e.country) for e in read(_STATE_TELEVISION).entities.entities()}
    assert not any(label == "U.S. Television" for label, _ in named)
    assert ("US media", "USA") in named  # the state's word alone: the state's media, no outlet of its own


def test_words_said_on_a_states_radio_reach_no_party() -> None:
    triples = read_triples(_STATE_RADIO)
    assert ("Tom Diaz", "say", "Chile") in triples  # the words said still reach whom they are about
    assert not [t for t in triples if t[1] == "say on"]
