"""Who speaks when the subject of a reporting verb names no one (wave 31): a document by or from an
author ("a survey by X warned …") is its author's word.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from geokg.extract.pipeline import Reading
from hand_docs import by_rule, facts, read

SURVEY_BY = """
    A        a        DET   DT  2 det      -
    {noun}   {noun}   NOUN  NN  5 nsubj    -
    {prep}   {prep}   ADP   IN  2 prep     -
    Amnesty  Amnesty  PROPN NNP 3 pobj     ORG
    warned   warn     VERB  VBD 0 ROOT     -
    that     that     SCONJ IN  9 mark     -
    Russia   Russia   PROPN NNP 9 nsubj    GPE
    had      have     AUX   VBD 9 aux      -
    shelled  shell    VERB  VBN 5 ccomp    -
    Georgia  Georgia  PROPN NNP 9 dobj     GPE
    .        .        PUNCT .   5 punct    -
"""


def test_a_survey_by_a_body_is_its_word() -> None:
    reading = read(SURVEY_BY.format(noun="survey", prep="by"))
    assert ("Amnesty", "accuse", "Russia") in facts(reading, "speech_content")
    shelled = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert shelled and all(r.attributed_to == "org:amnesty" for r in shelled)


def test_a_letter_from_a_body_is_its_word() -> None:
    reading = read(SURVEY_BY.format(noun="letter", prep="from"))
    assert ("Amnesty", "accuse", "Russia") in facts(reading, "speech_content")


def test_a_report_of_a_body_is_no_word_of_it() -> None:
    # "a report of X" may be about X: only "by" or "from" names the author
    reading = read(SURVEY_BY.format(noun="report", prep="of"))
    assert not facts(reading, "speech_content")


ANALYSTS_AT = """
    {noun}   {lemma}  NOUN  NNS 4 nsubj    -
    {prep}   {prep}   ADP   IN  1 prep     -
    Nomura   Nomura   PROPN NNP 2 pobj     ORG
    said     say      VERB  VBD 0 ROOT     -
    Russia   Russia   PROPN NNP 7 nsubj    GPE
    had      have     AUX   VBD 7 aux      -
    shelled  shell    VERB  VBN 4 ccomp    -
    Georgia  Georgia  PROPN NNP 7 dobj     GPE
    .        .        PUNCT .   4 punct    -
"""


def test_analysts_at_a_firm_speak_for_it() -> None:
    reading = read(ANALYSTS_AT.format(noun="Analysts", lemma="analyst", prep="at"))
    assert ("Nomura", "accuse", "Russia") in facts(reading, "speech_content")


def test_analysts_from_a_firm_speak_for_it() -> None:
    reading = read(ANALYSTS_AT.format(noun="Analysts", lemma="analyst", prep="from"))
    assert ("Nomura", "accuse", "Russia") in facts(reading, "speech_content")


def test_customers_at_a_firm_do_not_speak_for_it() -> None:
    # a customer holds no occupation at the firm: the speakers name nobody
    reading = read(ANALYSTS_AT.format(noun="Customers", lemma="customer", prep="at"))
    assert not facts(reading, "speech_content")


GROUP_INSISTS = """
    {word}   {lemma}  {pos}  {tag} 2 nsubj    -
    {verb}   {vlemma} VERB  VBP 0 ROOT     -
    Russia   Russia   PROPN NNP 6 nsubj    GPE
    will     will     AUX   MD  6 aux      -
    not      not      PART  RB  6 neg      -
    shell    shell    VERB  VB  2 ccomp    -
    Georgia  Georgia  PROPN NNP 6 dobj     GPE
    .        .        PUNCT .   2 punct    -
"""


def _shelling(table: str) -> list[Relation]:
    return _shelling_in(read(table))


def test_what_a_bare_group_insists_is_its_claim() -> None:
    table = GROUP_INSISTS.format(
        word="Ministers", lemma="minister", pos="NOUN", tag="NNS", verb="insist", vlemma="insist"
    )
    shelled = _shelling(table)
    assert shelled and all(r.attributed_to == "source:ministers" for r in shelled)


def test_a_group_tagged_as_a_name_at_the_start_is_one_too() -> None:
    table = GROUP_INSISTS.format(
        word="Ministers", lemma="Ministers", pos="PROPN", tag="NNPS", verb="insist", vlemma="insist"
    )
    shelled = _shelling(table)
    assert shelled and all(r.attributed_to == "source:ministers" for r in shelled)


def test_what_a_bare_group_expects_stays_a_possibility() -> None:
    table = GROUP_INSISTS.format(
        word="Economists", lemma="economist", pos="NOUN", tag="NNS", verb="expect", vlemma="expect"
    )
    shelled = _shelling(table)
    assert shelled and all(r.modality == "may" for r in shelled)


SOURCES_CLOSE = """
    Sources  source   NOUN  NNS 6 nsubj    -
    {adj}    {adj}    ADJ   JJ  1 amod     -
    to       to       ADP   IN  2 prep     -
    Vladimir Vladimir PROPN NNP 5 compound PERSON
    Putin    Putin    PROPN NNP 3 pobj     I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    Russia   Russia   PROPN NNP 9 nsubj    GPE
    had      have     AUX   VBD 9 aux      -
    shelled  shell    VERB  VBN 6 ccomp    -
    Georgia  Georgia  PROPN NNP 9 dobj     GPE
    .        .        PUNCT .   6 punct    -
"""


def test_sources_close_to_a_person_speak_for_them() -> None:
    reading = read(SOURCES_CLOSE.format(adj="close"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to == "person:vladimir_putin" for r in shelled)


def test_sources_hostile_to_a_person_do_not() -> None:
    reading = read(SOURCES_CLOSE.format(adj="hostile"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to == "source:sources" for r in shelled)


def _shelling_in(reading: Reading) -> list[Relation]:
    return [r for r in by_rule(reading, "svo") if r.predicate == "shell"]


PAPER_AGAIN = """
    The      the      DET   DT  3 det      -
    Glasgow  Glasgow  PROPN NNP 3 compound ORG
    Herald   Herald   PROPN NNP 4 nsubj    I-ORG
    reported report   VERB  VBD 0 ROOT     -
    the      the      DET   DT  6 det      -
    deal     deal     NOUN  NN  4 dobj     -
    .        .        PUNCT .   4 punct    -
    The      the      DET   DT  9 det      -
    {noun}   {noun}   NOUN  NN  10 nsubj   -
    said     say      VERB  VBD 0 ROOT     -
    Russia   Russia   PROPN NNP 13 nsubj   GPE
    had      have     AUX   VBD 13 aux     -
    shelled  shell    VERB  VBN 10 ccomp   -
    Georgia  Georgia  PROPN NNP 13 dobj    GPE
    .        .        PUNCT .   10 punct   -
"""


def test_the_paper_is_the_newspaper_named_before() -> None:
    reading = read(PAPER_AGAIN.format(noun="paper"))
    shelled = _shelling_in(reading)
    assert shelled and all(r.attributed_to == "org:glasgow_herald" for r in shelled)
