"""Wave 104 H: a speaker's topic is not his act. "In his speech, focusing on trade talks between Peru and
Chile, Jan Bolt said …" and "Jan Bolt focused on the talks between Peru and Chile": a verb and preposition
that only name a speaker's topic (words.tsv topic_turns, now with "focus on" and "dwell on") reach no party
of an event whose own parties "between" names. The talks are Peru's and Chile's (rule event_noun); no edge
from the speaker to either (voice.topic_turn for the participle, rules._event_between_others_in_topic for a
finite verb, rule noun_prep). Talks with a party the verb's subject holds stay. The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "In his speech, focusing on trade talks between Peru and Chile, Senator Jan Bolt said a deal was near."
_FOCUSING_ON_TALKS_BETWEEN = """
In           in           ADP   IN   17  prep      -
his          his          PRON  PRP$ 3   poss      -
speech       speech       NOUN  NN   1   pobj      -
,            ,            PUNCT ,    17  punct     -
focusing     focus        VERB  VBG  17  advcl     -
on           on           ADP   IN   5   prep      -
trade        trade        NOUN  NN   8   compound  -
talks        talk         NOUN  NNS  6   pobj      -
between      between      ADP   IN   8   prep      -
Peru         Peru         PROPN NNP  9   pobj      GPE
and          and          CCONJ CC   10  cc        -
Chile        Chile        PROPN NNP  10  conj      GPE
,            ,            PUNCT ,    17  punct     -
Senator      Senator      PROPN NNP  16  compound  -
Jan          Jan          PROPN NNP  16  compound  PERSON
Bolt         Bolt         PROPN NNP  17  nsubj     I-PERSON
said         say          VERB  VBD  0   ROOT      -
a            a            DET   DT   19  det       -
deal         deal         NOUN  NN   20  nsubj     -
was          be           AUX   VBD  17  ccomp     -
near         near         ADJ   JJ   20  acomp     -
.            .            PUNCT .    17  punct     -
"""

# "Senator Jan Bolt focused on the talks between Peru and Chile."
_FOCUSED_ON_TALKS_BETWEEN = """
Senator      Senator      PROPN NNP  3   compound  -
Jan          Jan          PROPN NNP  3   compound  PERSON
Bolt         Bolt         PROPN NNP  4   nsubj     I-PERSON
focused      focus        VERB  VBD  0   ROOT      -
on           on           ADP   IN   4   prep      -
the          the          DET   DT   7   det       -
talks        talk         NOUN  NNS  5   pobj      -
between      between      ADP   IN   7   prep      -
Peru         Peru         PROPN NNP  8   pobj      GPE
and          and          CCONJ CC   9   cc        -
Chile        Chile        PROPN NNP  9   conj      GPE
.            .            PUNCT .    4   punct     -
"""

# "Bolivia hosted the talks between Peru and Chile."
_HOSTED_TALKS_BETWEEN = """
Bolivia      Bolivia      PROPN NNP  2   nsubj     GPE
hosted       host         VERB  VBD  0   ROOT      -
the          the          DET   DT   4   det       -
talks        talk         NOUN  NNS  2   dobj      -
between      between      ADP   IN   4   prep      -
Peru         Peru         PROPN NNP  5   pobj      GPE
and          and          CCONJ CC   6   cc        -
Chile        Chile        PROPN NNP  6   conj      GPE
.            .            PUNCT .    2   punct     -
"""


def _from(triples: set[tuple[str, str, str]], subject: str) -> set[tuple[str, str, str]]:
    return {t for t in triples if t[0] == subject and t[2] in ("Peru", "Chile")}


def test_a_participle_focusing_on_talks_between_two_is_no_act_of_the_speaker() -> None:
    triples = read_triples(_FOCUSING_ON_TALKS_BETWEEN)
    assert not _from(triples, "Jan Bolt")
    assert ("Peru", "meet with", "Chile") in triples


def test_a_verb_focused_on_talks_between_two_is_no_act_of_the_speaker() -> None:
    triples = read_triples(_FOCUSED_ON_TALKS_BETWEEN)
    assert not _from(triples, "Jan Bolt")
    assert ("Peru", "meet with", "Chile") in triples


def test_hosting_talks_between_two_still_reaches_them() -> None:
    assert _from(read_triples(_HOSTED_TALKS_BETWEEN), "Bolivia")


# "Jan Bolt spoke of the collaboration between his agency and Acme."
_SPOKE_OF_HIS_SIDES_COLLABORATION = """
Jan            Jan            PROPN NNP  2   compound  PERSON
Bolt           Bolt           PROPN NNP  3   nsubj     I-PERSON
spoke          speak          VERB  VBD  0   ROOT      -
of             of             ADP   IN   3   prep      -
the            the            DET   DT   6   det       -
collaboration  collaboration  NOUN  NN   4   pobj      -
between        between        ADP   IN   6   prep      -
his            his            PRON  PRP$ 9   poss      -
agency         agency         NOUN  NN   7   pobj      -
and            and            CCONJ CC   9   cc        -
Acme           Acme           PROPN NNP  9   conj      ORG
.              .              PUNCT .    3   punct     -
"""


def test_speaking_of_his_own_sides_collaboration_still_reaches_the_partner() -> None:
    triples = read_triples(_SPOKE_OF_HIS_SIDES_COLLABORATION)
    assert ("Jan Bolt", "speak of collaboration between", "Acme") in triples
