"""Who said it, and on whose word (audit round 22): a "he said" that goes on after a quotation is the
voice before it, never a person named only inside the quoted words nor one the sentence names in passing;
what a source the text does not name says ("a senior official said", "according to official sources") is
attributed to the source's words, as a named speaker's is to the speaker.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it; the sentences are
ours."""

from __future__ import annotations

from geokg.extract.clauses.quotes import UNNAMED_SOURCE
from geokg.extract.clauses.relations import Relation
from geokg.extract.io.reader import Article
from geokg.extract.pipeline import Reading, extract_doc
from hand_docs import by_rule, facts, parse, read

# '"Chile will win," Pablo Soto said.' opens each text: Soto is the voice the next quotation goes on with.
SOTO_SAID = """
    "         "         PUNCT ``   9  punct    -
    Chile     Chile     PROPN NNP  4  nsubj    GPE
    will      will      AUX   MD   4  aux      -
    win       win       VERB  VB   9  ccomp    -
    ,         ,         PUNCT ,    9  punct    -
    "         "         PUNCT ''   9  punct    -
    Pablo     Pablo     PROPN NNP  8  compound PERSON
    Soto      Soto      PROPN NNP  9  nsubj    I-PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    9  punct    -
"""


def test_he_added_after_a_quotation_naming_a_person_is_the_speaker_before() -> None:
    # '"Luis Vega betrayed Peru," he added.': Vega is what is said, Soto who says it.
    reading = read(
        SOTO_SAID
        + """
    "         "         PUNCT ``   19 punct    -
    Luis      Luis      PROPN NNP  13 compound PERSON
    Vega      Vega      PROPN NNP  14 nsubj    I-PERSON
    betrayed  betray    VERB  VBD  19 ccomp    -
    Peru      Peru      PROPN NNP  14 dobj     GPE
    ,         ,         PUNCT ,    19 punct    -
    "         "         PUNCT ''   19 punct    -
    he        he        PRON  PRP  19 nsubj    -
    added     add       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    19 punct    -
    """
    )
    betrayals = [r for r in by_rule(reading, "svo") if r.predicate == "betray"]
    assert [r.attributed_to for r in betrayals] == ["person:pablo_soto"]
    # what Soto said of Vega is the betrayal's own fact, his word: no plain `add` edge beside it (wave 34)
    said = facts(reading, "speech_content")
    assert not any(subject == "Luis Vega" for subject, _, _ in said)


def test_he_added_after_a_long_quotation_goes_on_with_the_voice_before() -> None:
    # '"Luis Vega lied. Vega fled. Peru attacked Bolivia," he added.': nobody outside the marks in the
    # sentences before "he" is near enough for coreference; the quotation goes on with Soto's voice.
    reading = read(
        SOTO_SAID
        + """
    "         "         PUNCT ``   14 punct    -
    Luis      Luis      PROPN NNP  13 compound PERSON
    Vega      Vega      PROPN NNP  14 nsubj    I-PERSON
    lied      lie       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    14 punct    -
    Vega      Vega      PROPN NNP  17 nsubj    PERSON
    fled      flee      VERB  VBD  0  ROOT     -
    .         .         PUNCT .    17 punct    -
    Peru      Peru      PROPN NNP  20 nsubj    GPE
    attacked  attack    VERB  VBD  25 ccomp    -
    Bolivia   Bolivia   PROPN NNP  20 dobj     GPE
    ,         ,         PUNCT ,    25 punct    -
    "         "         PUNCT ''   25 punct    -
    he        he        PRON  PRP  25 nsubj    -
    added     add       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    25 punct    -
    """
    )
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [r.attributed_to for r in attacks] == ["person:pablo_soto"]
    assert not any(subject == "Luis Vega" for subject, _, _ in facts(reading, "speech_content"))


def test_he_added_after_a_body_spoke_is_nobody_the_quotation_names() -> None:
    # '"Chile will win," the ministry said. "… Vega fled. Peru attacked Bolivia," he added.': a "he" does
    # not go on with a body's voice; unknown, the words are nobody's rather than Vega's.
    reading = read("""
    "         "         PUNCT ``   9  punct    -
    Chile     Chile     PROPN NNP  4  nsubj    GPE
    will      will      AUX   MD   4  aux      -
    win       win       VERB  VB   9  ccomp    -
    ,         ,         PUNCT ,    9  punct    -
    "         "         PUNCT ''   9  punct    -
    the       the       DET   DT   8  det      -
    Navy      Navy      PROPN NNP  9  nsubj    ORG
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    9  punct    -
    "         "         PUNCT ``   14 punct    -
    Luis      Luis      PROPN NNP  13 compound PERSON
    Vega      Vega      PROPN NNP  14 nsubj    I-PERSON
    lied      lie       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    14 punct    -
    Vega      Vega      PROPN NNP  17 nsubj    PERSON
    fled      flee      VERB  VBD  0  ROOT     -
    .         .         PUNCT .    17 punct    -
    Peru      Peru      PROPN NNP  20 nsubj    GPE
    attacked  attack    VERB  VBD  25 ccomp    -
    Bolivia   Bolivia   PROPN NNP  20 dobj     GPE
    ,         ,         PUNCT ,    25 punct    -
    "         "         PUNCT ''   25 punct    -
    he        he        PRON  PRP  25 nsubj    -
    added     add       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    25 punct    -
    """)
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [r.attributed_to for r in attacks] == [None]


def test_he_added_does_not_go_on_with_a_speaker_the_article_calls_she() -> None:
    # 'Ana Soto said she would win. "Chile betrayed Peru," Soto said. "Luis Vega lied. Vega fled. Peru
    # attacked Bolivia," he added.': "he" is someone else than the woman who spoke before.
    reading = read("""
    Ana       Ana       PROPN NNP  2  compound PERSON
    Soto      Soto      PROPN NNP  3  nsubj    I-PERSON
    said      say       VERB  VBD  0  ROOT     -
    she       she       PRON  PRP  6  nsubj    -
    would     would     AUX   MD   6  aux      -
    win       win       VERB  VB   3  ccomp    -
    .         .         PUNCT .    3  punct    -
    "         "         PUNCT ``   15 punct    -
    Chile     Chile     PROPN NNP  10 nsubj    GPE
    betrayed  betray    VERB  VBD  15 ccomp    -
    Peru      Peru      PROPN NNP  10 dobj     GPE
    ,         ,         PUNCT ,    15 punct    -
    "         "         PUNCT ''   15 punct    -
    Soto      Soto      PROPN NNP  15 nsubj    PERSON
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    15 punct    -
    "         "         PUNCT ``   20 punct    -
    Luis      Luis      PROPN NNP  19 compound PERSON
    Vega      Vega      PROPN NNP  20 nsubj    I-PERSON
    lied      lie       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    20 punct    -
    Vega      Vega      PROPN NNP  23 nsubj    PERSON
    fled      flee      VERB  VBD  0  ROOT     -
    .         .         PUNCT .    23 punct    -
    Peru      Peru      PROPN NNP  26 nsubj    GPE
    attacked  attack    VERB  VBD  31 ccomp    -
    Bolivia   Bolivia   PROPN NNP  26 dobj     GPE
    ,         ,         PUNCT ,    31 punct    -
    "         "         PUNCT ''   31 punct    -
    he        he        PRON  PRP  31 nsubj    -
    added     add       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    31 punct    -
    """)
    betrayals = [r for r in by_rule(reading, "svo") if r.predicate == "betray"]
    assert [r.attributed_to for r in betrayals] == ["person:ana_soto"]  # her own quotation is hers
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [r.attributed_to for r in attacks] == [None]


def test_whom_a_speaker_addresses_in_a_participle_is_not_the_speaker() -> None:
    # 'Pablo Soto visited Chile. Speaking to Luis Vega, he said Peru attacked Bolivia.'
    reading = read("""
    Pablo     Pablo     PROPN NNP  2  compound PERSON
    Soto      Soto      PROPN NNP  3  nsubj    I-PERSON
    visited   visit     VERB  VBD  0  ROOT     -
    Chile     Chile     PROPN NNP  3  dobj     GPE
    .         .         PUNCT .    3  punct    -
    Speaking  speak     VERB  VBG  12 advcl    -
    to        to        ADP   IN   6  prep     -
    Luis      Luis      PROPN NNP  9  compound PERSON
    Vega      Vega      PROPN NNP  7  pobj     I-PERSON
    ,         ,         PUNCT ,    12 punct    -
    he        he        PRON  PRP  12 nsubj    -
    said      say       VERB  VBD  0  ROOT     -
    Peru      Peru      PROPN NNP  14 nsubj    GPE
    attacked  attack    VERB  VBD  12 ccomp    -
    Bolivia   Bolivia   PROPN NNP  14 dobj     GPE
    .         .         PUNCT .    12 punct    -
    """)
    attacks = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert [r.attributed_to for r in attacks] == ["person:pablo_soto"]
    assert not any(subject == "Luis Vega" for subject, _, _ in facts(reading, "speech_content"))


def test_a_person_named_in_a_relative_clause_on_the_reporter_is_not_whom_the_report_is_about() -> None:
    # 'The senator, whose name was floated as a successor to Luis Vega, said he would visit Chile.'
    reading = read("""
    The       the       DET   DT   2  det       -
    senator   senator   NOUN  NN   15 nsubj     -
    ,         ,         PUNCT ,    2  punct     -
    whose     whose     DET   WP$  5  poss      -
    name      name      NOUN  NN   7  nsubjpass -
    was       be        AUX   VBD  7  auxpass   -
    floated   float     VERB  VBN  2  relcl     -
    as        as        ADP   IN   7  prep      -
    a         a         DET   DT   10 det       -
    successor successor NOUN  NN   8  pobj      -
    to        to        ADP   IN   10 prep      -
    Luis      Luis      PROPN NNP  13 compound  PERSON
    Vega      Vega      PROPN NNP  11 pobj      I-PERSON
    ,         ,         PUNCT ,    2  punct     -
    said      say       VERB  VBD  0  ROOT      -
    he        he        PRON  PRP  18 nsubj     -
    would     would     AUX   MD   18 aux       -
    visit     visit     VERB  VB   15 ccomp     -
    Chile     Chile     PROPN NNP  18 dobj      GPE
    .         .         PUNCT .    15 punct     -
    """)
    assert not any(subject == "Luis Vega" for subject, _, _ in facts(reading, "svo"))


def test_he_in_the_reporters_own_words_may_be_whom_their_aside_names() -> None:
    # 'The senator, who toured with Luis Vega, stated "He betrayed Chile."': in the quoted words "he" is
    # someone other than the speaker, so the person of the aside stays a candidate.
    reading = read("""
    The       the       DET   DT   2  det       -
    senator   senator   NOUN  NN   10 nsubj     -
    ,         ,         PUNCT ,    2  punct     -
    who       who       PRON  WP   5  nsubj     -
    toured    tour      VERB  VBD  2  relcl     -
    with      with      ADP   IN   5  prep      -
    Luis      Luis      PROPN NNP  8  compound  PERSON
    Vega      Vega      PROPN NNP  6  pobj      I-PERSON
    ,         ,         PUNCT ,    2  punct     -
    stated    state     VERB  VBD  0  ROOT      -
    "         "         PUNCT ``   10 punct     -
    He        he        PRON  PRP  13 nsubj     -
    betrayed  betray    VERB  VBD  10 ccomp     -
    Chile     Chile     PROPN NNP  13 dobj      GPE
    .         .         PUNCT .    10 punct     -
    "         "         PUNCT ''   10 punct     -
    """)
    assert ("Luis Vega", "betray", "Chile") in facts(reading, "svo")


# --- on whose word: a source the text does not name ------------------------------------------------------


def _attributions(reading: Reading, predicate: str) -> list[str | None]:
    return [r.attributed_to for r in reading.relations if r.predicate == predicate]


def _unnamed_sides(reading: Reading) -> list[Relation]:
    return [r for r in reading.relations if UNNAMED_SOURCE in (r.subject.entity_id + r.object.entity_id)]


A_SENIOR_OFFICIAL_SAID = """
    A         a         DET   DT   3  det      -
    senior    senior    ADJ   JJ   3  amod     -
    official  official  NOUN  NN   4  nsubj    -
    said      say       VERB  VBD  0  ROOT     -
    Peru      Peru      PROPN NNP  6  nsubj    GPE
    attacked  attack    VERB  VBD  4  ccomp    -
    Chile     Chile     PROPN NNP  6  dobj     GPE
    .         .         PUNCT .    4  punct    -
"""


def test_what_an_unnamed_official_says_is_attributed_to_the_official() -> None:
    reading = read(A_SENIOR_OFFICIAL_SAID)
    assert _attributions(reading, "attack") == ["source:senior official"]
    assert _unnamed_sides(reading) == []  # whom it is from, never a side of a fact


def test_an_unnamed_source_is_its_words_in_the_triple_with_no_entity_id() -> None:
    doc = parse(A_SENIOR_OFFICIAL_SAID)
    result = extract_doc(doc, Article(id="hand-built", text=doc.text, source="hand-built"))
    attacks = [t for t in result.triples if t.predicate == "attack"]
    assert [(t.attributed_to, t.attributed_to_id) for t in attacks] == [("senior official", "")]
    assert {e.label for e in result.entities} == {"Peru", "Chile"}


def test_what_happened_according_to_official_sources_is_theirs() -> None:
    reading = read("""
    According accord    VERB  VBG  7  prep     -
    to        to        ADP   IN   1  prep     -
    official  official  ADJ   JJ   4  amod     -
    sources   source    NOUN  NNS  2  pobj     -
    ,         ,         PUNCT ,    7  punct    -
    Peru      Peru      PROPN NNP  7  nsubj    GPE
    attacked  attack    VERB  VBD  0  ROOT     -
    Chile     Chile     PROPN NNP  7  dobj     GPE
    .         .         PUNCT .    7  punct    -
    """)
    assert _attributions(reading, "attack") == ["source:official sources"]
    assert _unnamed_sides(reading) == []


def test_a_quotation_of_an_unnamed_official_goes_on_in_their_voice() -> None:
    # '"We will win," a senior official said. "Peru attacked Chile."'
    reading = read("""
    "         "         PUNCT ``   10 punct    -
    We        we        PRON  PRP  4  nsubj    -
    will      will      AUX   MD   4  aux      -
    win       win       VERB  VB   10 ccomp    -
    ,         ,         PUNCT ,    10 punct    -
    "         "         PUNCT ''   10 punct    -
    a         a         DET   DT   9  det      -
    senior    senior    ADJ   JJ   9  amod     -
    official  official  NOUN  NN   10 nsubj    -
    said      say       VERB  VBD  0  ROOT     -
    .         .         PUNCT .    10 punct    -
    "         "         PUNCT ``   14 punct    -
    Peru      Peru      PROPN NNP  14 nsubj    GPE
    attacked  attack    VERB  VBD  0  ROOT     -
    Chile     Chile     PROPN NNP  14 dobj     GPE
    .         .         PUNCT .    14 punct    -
    "         "         PUNCT ''   14 punct    -
    """)
    assert _attributions(reading, "attack") == ["source:senior official"]
    assert _unnamed_sides(reading) == []
