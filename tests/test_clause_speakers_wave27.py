"""Who says it in stories of many speakers (audit round 29): a belief the speaker holds ("I think they are
bluffing") is a hedge of their own words, no word about whom it names; and wire copy that types its
quotation marks as "``" and "''" pairs them as quotations, so no narrative after a closing mark becomes
another speaker's words.

The clause tests state their parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import quote_groups
from geokg.extract.pipeline import read_doc
from hand_docs import facts, read
from spacy.language import Language

# '"I believe Peru is bluffing," Pablo Soto said.'
I_BELIEVE = """
    "         "         PUNCT ``   11 punct    -
    I         I         PRON  PRP  3  nsubj    -
    believe   believe   VERB  VBP  11 ccomp    -
    Peru      Peru      PROPN NNP  6  nsubj    GPE
    is        be        AUX   VBZ  6  aux      -
    bluffing  bluff     VERB  VBG  3  ccomp    -
    ,         ,         PUNCT ,    11 punct    -
    "         "         PUNCT ''   11 punct    -
    Pablo     Pablo     PROPN NNP  10 compound PERSON
    Soto      Soto      PROPN NNP  11 nsubj    I-PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    11 punct    -
"""


def _believes(verb: str, lemma: str) -> str:
    """ "Chile <verb> Peru will lose."."""
    return f"""
    Chile     Chile     PROPN NNP  2  nsubj    GPE
    {verb}    {lemma}   VERB  VBZ  0  ROOT     -
    Peru      Peru      PROPN NNP  5  nsubj    GPE
    will      will      AUX   MD   5  aux      -
    lose      lose      VERB  VB   2  ccomp    -
    .         .         PUNCT .    2  punct    -
    """


def test_a_speakers_own_belief_is_no_word_about_whom_it_names() -> None:
    said = facts(read(I_BELIEVE), "speech_content")
    assert not any(obj == "Peru" for _, _, obj in said)


def test_an_opinion_is_no_word_about_whom_it_names_whoever_holds_it() -> None:
    assert facts(read(_believes("thinks", "think")), "speech_content") == set()


def test_a_belief_held_by_a_state_is_still_its_assessment() -> None:
    # "the US believes he is dead" reports what the state assessed of him
    assert facts(read(_believes("believes", "believe")), "speech_content") == {("Chile", "believe", "Peru")}


def test_typed_quotation_marks_pair(nlp: Language) -> None:
    # ``Peru must leave,'' Ana Ruiz said. Chile closed the border.
    doc = nlp.make_doc("``Peru must leave,'' Ana Ruiz said. Chile closed the border.")
    assert doc[0].text == "``"
    [[(start, end)]] = quote_groups(doc)
    assert doc[start:end].text == "Peru must leave,"


def test_narrative_after_a_typed_quotation_is_the_articles(nlp: Language) -> None:
    text = (
        "Talks end\n\n``Peru will win the vote,'' said Ana Ruiz, a senior minister. "
        "Chilean troops closed the border with Bolivia.\n\n"
        "``The people have spoken,'' said Luis Vega. Bolivia recalled its ambassador from Chile.\n"
    )
    reading = read_doc(nlp(text), scope="typed")
    told = [r for r in reading.relations if r.subject.entity_id.startswith(("country:", "org:"))]
    assert told, "the narrative's deeds are read"
    assert all(r.attributed_to is None for r in told)


def test_an_unclosed_quotation_runs_on_only_into_a_paragraph_that_reopens_it(nlp: Language) -> None:
    left_open = 'Ana Ruiz said: "Peru will sign.\n\n'
    writers = left_open + 'Chile shut the border, "a mistake," said Luis Vega.'
    reopened = left_open + '"Bolivia will join," she added.'
    assert [len(group) for group in quote_groups(nlp.make_doc(writers))] == [1, 1]
    assert [len(group) for group in quote_groups(nlp.make_doc(reopened))] == [2]
