"""Reported words of the press (wave 59 T): a reporter, correspondent or journalist ("Agence France-Presse
correspondent X", "X of the Lima Gazette") reports the deed, whatever state the outlet is of; the plain word
of speech accuses nobody. An outlet itself (a state's news agency) still speaks for its side. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import quoting_verbs
from geokg.extract.pipeline import read_doc
from hand_docs import parse, read


def _said(table: str) -> set[tuple[str, str, str]]:
    """(speaker, predicate, spoken of) of every speech_content relation read."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in reading.relations
        if r.rule.name == "speech_content"
    }


def test_a_correspondent_of_an_outlet_by_title_accuses_nobody() -> None:
    said = _said("""
    Agence         Agence         PROPN  NNP   4  compound ORG
    France         France         PROPN  NNP   4  compound I-ORG
    -              -              PUNCT  HYPH  4  punct    I-ORG
    Presse         Presse         PROPN  NNP   5  compound I-ORG
    correspondent  correspondent  NOUN   NN    7  compound -
    Maria          Maria          PROPN  NNP   7  compound PERSON
    Lopez          Lopez          PROPN  NNP   8  nsubj    I-PERSON
    reported       report         VERB   VBD   0  ROOT     -
    that           that           SCONJ  IN    13 mark     -
    Chilean        chilean        ADJ    JJ    11 amod     NORP
    gunboats       gunboat        NOUN   NNS   13 nsubj    -
    had            have           AUX    VBD   13 aux      -
    shelled        shell          VERB   VBN   8  ccomp    -
    the            the            DET    DT    15 det      -
    port           port           NOUN   NN    13 dobj     -
    .              .              PUNCT  .     8  punct    -
    """)
    assert not any(p == "accuse" for _, p, _ in said), said


def test_a_person_of_a_news_outlet_accuses_nobody() -> None:
    said = _said("""
    Maria    Maria    PROPN  NNP  2  compound PERSON
    Lopez    Lopez    PROPN  NNP  7  nsubj    I-PERSON
    of       of       ADP    IN   2  prep     -
    the      the      DET    DT   6  det      ORG
    Lima     Lima     PROPN  NNP  6  compound I-ORG
    Gazette  Gazette  PROPN  NNP  3  pobj     I-ORG
    said     say      VERB   VBD  0  ROOT     -
    Chilean  chilean  ADJ    JJ   9  amod     NORP
    gunboats gunboat  NOUN   NNS  11 nsubj    -
    had      have     AUX    VBD  11 aux      -
    shelled  shell    VERB   VBN  7  ccomp    -
    the      the      DET    DT   13 det      -
    port     port     NOUN   NN   11 dobj     -
    .        .        PUNCT  .    7  punct    -
    """)
    assert not any(p == "accuse" for _, p, _ in said), said


def test_a_state_news_agency_itself_still_accuses() -> None:
    said = _said("""
    TASS     TASS     PROPN  NNP  2  nsubj    ORG
    said     say      VERB   VBD  0  ROOT     -
    Georgian georgian ADJ    JJ   4  amod     NORP
    troops   troop    NOUN   NNS  6  nsubj    -
    had      have     AUX    VBD  6  aux      -
    shelled  shell    VERB   VBN  2  ccomp    -
    the      the      DET    DT   8  det      -
    village  village  NOUN   NN   6  dobj     -
    .        .        PUNCT  .    2  punct    -
    """)
    assert any(s == "TASS" and p == "accuse" for s, p, _ in said), said


# "Petra quoted Interior Minister Omar Haddad as saying Syrian troops had shelled Jordanian positions.", as
# the parser may read it: "quoted" a modifier of the title, the name the sentence's root.
QUOTED_AS_MODIFIER = """
Petra     Petra     PROPN NNP 2  nsubj    -
quoted    quote     VERB  VBD 4  amod     -
Interior  Interior  PROPN NNP 4  compound -
Minister  Minister  PROPN NNP 6  compound -
Omar      Omar      PROPN NNP 6  compound PERSON
Haddad    Haddad    PROPN NNP 0  ROOT     I-PERSON
as        as        ADP   IN  6  prep     -
saying    say       VERB  VBG 7  pcomp    -
Syrian    syrian    ADJ   JJ  10 amod     NORP
troops    troop     NOUN  NNS 12 nsubj    -
had       have      AUX   VBD 12 aux      -
shelled   shell     VERB  VBN 8  ccomp    -
Jordanian jordanian ADJ   JJ  14 amod     NORP
positions position  NOUN  NNS 12 dobj     -
.         .         PUNCT .   6  punct    -
"""


def test_a_verb_of_quoting_taken_for_a_modifier_heads_its_sentence() -> None:
    doc = quoting_verbs(parse(QUOTED_AS_MODIFIER))
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "quoted")
    assert (doc[6].dep_, doc[6].head.text) == ("prep", "quoted")
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    shelled = [r for r in reading.relations if r.predicate == "shell"]
    assert shelled and all(r.attributed_to and label.get(r.attributed_to) == "Omar Haddad" for r in shelled)


def test_a_title_before_a_name_that_nobody_quotes_is_left_alone() -> None:
    doc = quoting_verbs(parse(QUOTED_AS_MODIFIER.replace("quoted    quote ", "noted     note  ")))
    assert (doc[1].dep_, doc[5].dep_) == ("amod", "ROOT")


def test_a_state_s_act_as_the_subject_of_what_is_said_makes_the_word_about_that_state() -> None:
    said = _said("""
    Chile     Chile     PROPN NNP 2  nsubj    GPE
    told      tell      VERB  VBD 0  ROOT     -
    reporters reporter  NOUN  NNS 2  dobj     -
    the       the       DET   DT  6  det      -
    Bolivian  bolivian  ADJ   JJ  6  amod     NORP
    threats   threat    NOUN  NNS 8  nsubj    -
    had       have      AUX   VBD 8  aux      -
    alarmed   alarm     VERB  VBN 2  ccomp    -
    investors investor  NOUN  NNS 8  dobj     -
    .         .         PUNCT .   2  punct    -
    """)
    assert ("Chile", "say", "Bolivia") in said


def test_a_thing_of_a_state_s_as_the_subject_of_what_is_said_is_no_word_about_the_state() -> None:
    said = _said("""
    Chile     Chile     PROPN NNP 2  nsubj     GPE
    said      say       VERB  VBD 0  ROOT      -
    Bolivia   Bolivia   PROPN NNP 6  poss      GPE
    's        's        PART  POS 3  case      -
    national  national  ADJ   JJ  6  amod      -
    stadium   stadium   NOUN  NN  8  nsubjpass -
    was       be        AUX   VBD 8  auxpass   -
    closed    close     VERB  VBN 2  ccomp     -
    .         .         PUNCT .   2  punct     -
    """)
    assert not any(o == "Bolivia" for _, _, o in said), said


def test_what_is_told_is_the_clause_after_the_verb_not_a_clause_spliced_before_it() -> None:
    reading = read("""
    Peru    Peru    PROPN NNP 2  nsubj  GPE
    wanted  want    VERB  VBD 6  ccomp  -
    talks   talk    NOUN  NNS 2  dobj   -
    ,       ,       PUNCT ,   6  punct  -
    Chile   Chile   PROPN NNP 6  nsubj  GPE
    told    tell    VERB  VBD 0  ROOT   -
    Bolivia Bolivia PROPN NNP 6  dobj   GPE
    that    that    SCONJ IN  12 mark   -
    the     the     DET   DT  10 det    -
    border  border  NOUN  NN  12 nsubj  -
    would   would   AUX   MD  12 aux    -
    stay    stay    VERB  VB  6  ccomp  -
    closed  closed  ADJ   JJ  12 acomp  -
    .       .       PUNCT .   6  punct  -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    told = [r for r in reading.relations if r.rule.name == "svo" and r.predicate == "tell"]
    assert told and label[told[0].object.entity_id] == "Bolivia"
    assert told[0].content == "the border would stay closed"
