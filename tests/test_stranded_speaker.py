"""Hand-built parse: "Japan should cut its deficit, the Organization for Economic Cooperation and
Development said": the parser hangs the speaker's long name on the words' last noun as an apposition and
leaves the reporting verb with no subject. The name is the speaker, no renaming of the deficit."""

from __future__ import annotations

from hand_docs import facts, read

OECD = "Organization for Economic Cooperation and Development"

STRANDED = """
Japan        Japan        PROPN NNP  3  nsubj    GPE
should       should       AUX   MD   3  aux      -
cut          cut          VERB  VB   14 ccomp    -
its          its          PRON  PRP$ 5  poss     -
deficit      deficit      NOUN  NN   3  dobj     -
,            ,            PUNCT ,    5  punct    -
the          the          DET   DT   8  det      ORG
Organization Organization PROPN NNP  5  appos    I-ORG
for          for          ADP   IN   8  prep     I-ORG
Economic     Economic     PROPN NNP  11 compound I-ORG
Cooperation  Cooperation  PROPN NNP  9  pobj     I-ORG
and          and          CCONJ CC   11 cc       I-ORG
Development  Development  PROPN NNP  11 conj     I-ORG
{verb:12} {lemma:12} VERB VBD 0  ROOT     -
.            .            PUNCT .    14 punct    -
"""


def test_a_long_name_hung_before_the_reporting_verb_speaks() -> None:
    reading = read(STRANDED.format(verb="said", lemma="say"))
    assert facts(reading, "speech_content") == {(OECD, "urge", "Japan")}
    assert not facts(reading, "svo")  # Japan cuts its deficit, not the OECD


def test_the_apposition_before_another_verb_is_no_speaker() -> None:
    # "Japan should cut its deficit, the Organization ... grew.": no reporting verb, no speaker
    reading = read(STRANDED.format(verb="grew", lemma="grow"))
    assert not facts(reading, "speech_content")


CLOSING = """
Growth       growth       NOUN  NN   3  nsubj    -
will         will         AUX   MD   3  aux      -
remain       remain       VERB  VB   0  ROOT     -
weak         weak         ADJ   JJ   3  acomp    -
in           in           ADP   IN   3  prep     -
Belgium      Belgium      PROPN NNP  5  pobj     GPE
,            ,            PUNCT ,    1  punct    -
the          the          DET   DT   9  det      ORG
Organisation Organisation PROPN NNP  1  appos    I-ORG
for          for          ADP   IN   9  prep     I-ORG
Economic     Economic     PROPN NNP  12 nmod     I-ORG
Cooperation  Cooperation  PROPN NNP  15 nmod     I-ORG
and          and          CCONJ CC   12 cc       I-ORG
Development  Development  PROPN NNP  12 conj     I-ORG
{said:12} {lemma:12} NOUN  NN   10 pobj     -
.            .            PUNCT .    3  punct    -
"""


def test_a_source_closing_the_sentence_is_no_renaming_of_its_subject() -> None:
    # "Growth will remain weak in Belgium, the Organisation for ... Development forecast.": the parser reads
    # "forecast" as a noun in the name and hangs the name on "growth"; the OECD remains nowhere
    reading = read(CLOSING.format(said="forecast", lemma="forecast"))
    assert not [r for r in reading.relations if r.predicate == "remain in"]
