"""Wave 103 E, item 1: a state's word (possessive or adjective) before "U.N." before an envoy's title
(representative, ambassador, envoy, delegate, spokesman) names the state's envoy to the U.N.: the holder is
the state's, and the title is "to" the U.N., never an office "of" it. Written as a title noun in apposition
("Peru's U.N. Representative, Ambassador X"), and with the tagger running the state's adjective into the
body's name ("[Chilean U.N.] Spokesman Y"). Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "Taking part were Peru's U.N. Representative, Ambassador Jan Bolt, and others."
_APPOSED = """
Taking         take           VERB  VBG 3  csubj    -
part           part           NOUN  NN  1  dobj     -
were           be             AUX   VBD 0  ROOT     -
Peru           Peru           PROPN NNP 7  poss     GPE
's             's             PART  POS 4  case     -
U.N.           U.N.           PROPN NNP 7  compound ORG
Representative Representative PROPN NNP 3  nsubj    -
,              ,              PUNCT ,   7  punct    -
Ambassador     Ambassador     PROPN NNP 11 compound -
Jan            Jan            PROPN NNP 11 compound PERSON
Bolt           Bolt           PROPN NNP 7  appos    I-PERSON
,              ,              PUNCT ,   11 punct    -
and            and            CCONJ CC  11 cc       -
others         other          NOUN  NNS 11 conj     -
.              .              PUNCT .   3  punct    -
"""

# "The Chilean U.N. spokesman, Carl Berg, said the talks would resume."
_CHILEAN_APPOSED = """
The       the       DET   DT  4  det      -
Chilean   Chilean   PROPN NNP 3  compound ORG
U.N.      U.N.      PROPN NNP 4  compound I-ORG
spokesman spokesman NOUN  NN  9  nsubj    -
,         ,         PUNCT ,   4  punct    -
Carl      Carl      PROPN NNP 7  compound PERSON
Berg      Berg      PROPN NNP 4  appos    I-PERSON
,         ,         PUNCT ,   4  punct    -
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  11 det      -
talks     talk      NOUN  NNS 13 nsubj    -
would     would     AUX   MD  13 aux      -
resume    resume    VERB  VB  9  ccomp    -
.         .         PUNCT .   9  punct    -
"""

# "Chilean U.N. Spokesman Carl Berg said the talks would resume."
_CHILEAN_BEFORE = """
Chilean   Chilean   PROPN NNP 3  compound ORG
U.N.      U.N.      PROPN NNP 3  compound I-ORG
Spokesman Spokesman PROPN NNP 5  compound -
Carl      Carl      PROPN NNP 5  compound PERSON
Berg      Berg      PROPN NNP 6  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  8  det      -
talks     talk      NOUN  NNS 10 nsubj    -
would     would     AUX   MD  10 aux      -
resume    resume    VERB  VB  6  ccomp    -
.         .         PUNCT .   6  punct    -
"""


def _offices_of_the_un(triples: set[tuple[str, str, str]], holder: str) -> set[tuple[str, str, str]]:
    return {t for t in triples if t[0] == holder and t[2] == "United Nations" and t[1].endswith(" of")}


def test_a_states_un_representative_in_apposition_is_the_states_envoy_to_the_un() -> None:
    triples = read_triples(_APPOSED)
    assert ("Jan Bolt", "representative of", "Peru") in triples, triples
    assert ("Jan Bolt", "representative to", "United Nations") in triples, triples
    assert not _offices_of_the_un(triples, "Jan Bolt"), triples


def test_a_state_adjective_on_the_un_before_a_spokesman_in_apposition() -> None:
    triples = read_triples(_CHILEAN_APPOSED)
    assert ("Carl Berg", "spokesperson of", "Chile") in triples, triples
    assert ("Carl Berg", "spokesperson to", "United Nations") in triples, triples
    assert not _offices_of_the_un(triples, "Carl Berg"), triples


def test_a_state_adjective_the_tagger_ran_into_the_uns_name_before_a_title() -> None:
    triples = read_triples(_CHILEAN_BEFORE)
    assert ("Carl Berg", "spokesperson of", "Chile") in triples, triples
    assert ("Carl Berg", "spokesperson to", "United Nations") in triples, triples
    assert not any(o == "Chilean U.N." for _, _, o in triples), triples
    assert not _offices_of_the_un(triples, "Carl Berg"), triples
