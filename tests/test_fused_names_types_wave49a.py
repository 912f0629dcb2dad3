"""Wave 49 A: names run together across a verb of telling, a sentence cut after "U.S.", names typed wrong
(a given name and a surname that is also a place's noun, a firm its analysts work at, a bare title's
holder). Every sentence is written for these tests, with its parse built by hand."""

from __future__ import annotations

from geokg.extract.io.nlp import addressee_names, paragraph_breaks
from geokg.extract.pipeline import read_doc
from hand_docs import VOCAB, parse, read
from spacy.tokens import Doc


def _types(reading) -> dict[str, str]:
    return {e.label: e.type for e in reading.entities.entities()}


def test_a_given_name_and_a_surname_that_is_a_place_noun_is_a_person() -> None:
    # "Oil will rise, said John Hill, an analyst with Acme Securities.": a man, not a hill
    reading = read("""
    Oil         oil         NOUN  NN  3  nsubj    -
    will        will        AUX   MD  3  aux      -
    rise        rise        VERB  VB  5  ccomp    -
    ,           ,           PUNCT ,   5  punct    -
    said        say         VERB  VBD 0  ROOT     -
    John        John        PROPN NNP 7  compound PERSON
    Hill        Hill        PROPN NNP 5  nsubj    I-PERSON
    ,           ,           PUNCT ,   7  punct    -
    an          an          DET   DT  10 det      -
    analyst     analyst     NOUN  NN  7  appos    -
    with        with        ADP   IN  10 prep     -
    Acme        Acme        PROPN NNP 13 compound ORG
    Securities  Securities  PROPN NNP 11 pobj     I-ORG
    .           .           PUNCT .   5  punct    -
    """)
    assert _types(reading)["John Hill"] == "PERSON"


def test_a_place_noun_after_a_word_that_is_no_given_name_is_still_a_place() -> None:
    # "Troops took Gorse Hill.": no given name before "Hill"
    reading = read("""
    Troops  troop  NOUN  NNS 2 nsubj    -
    took    take   VERB  VBD 0 ROOT     -
    Gorse   Gorse  PROPN NNP 4 compound PERSON
    Hill    Hill   PROPN NNP 2 dobj     I-PERSON
    .       .      PUNCT .   2 punct    -
    """)
    assert _types(reading)["Gorse Hill"] == "LOC"


def test_the_firm_analysts_work_at_is_a_body_wherever_it_is_named() -> None:
    # "Oil will rise, analysts at L.F. Rothschild said. L.F. Rothschild expects a rise.": initials and a
    # family name that the tagger calls a person are the analysts' firm
    reading = read("""
    Oil         oil         NOUN  NN  3  nsubj    -
    will        will        AUX   MD  3  aux      -
    rise        rise        VERB  VB  9  ccomp    -
    ,           ,           PUNCT ,   9  punct    -
    analysts    analyst     NOUN  NNS 9  nsubj    -
    at          at          ADP   IN  5  prep     -
    L.F.        L.F.        PROPN NNP 8  compound PERSON
    Rothschild  Rothschild  PROPN NNP 6  pobj     I-PERSON
    said        say         VERB  VBD 0  ROOT     -
    .           .           PUNCT .   9  punct    -
    L.F.        L.F.        PROPN NNP 12 compound PERSON
    Rothschild  Rothschild  PROPN NNP 13 nsubj    I-PERSON
    expects     expect      VERB  VBZ 0  ROOT     -
    a           a           DET   DT  15 det      -
    rise        rise        NOUN  NN  13 dobj     -
    .           .           PUNCT .   13 punct    -
    """)
    assert _types(reading)["L.F. Rothschild"] == "ORG"


def test_the_one_word_holder_of_a_bare_title_is_a_person() -> None:
    # "Smith is chairman of the Joint Chiefs.": the tagger's organisation holds an office, a person
    reading = read("""
    Smith     Smith     PROPN NNP  2 nsubj    ORG
    is        be        AUX   VBZ  0 ROOT     -
    chairman  chairman  NOUN  NN   2 attr     -
    of        of        ADP   IN   3 prep     -
    the       the       DET   DT   7 det      ORG
    Joint     Joint     PROPN NNP  7 compound I-ORG
    Chiefs    Chiefs    PROPN NNPS 4 pobj     I-ORG
    .         .         PUNCT .    2 punct    -
    """)
    assert _types(reading)["Smith"] == "PERSON"


def test_a_body_that_is_a_leader_of_something_stays_a_body() -> None:
    # "Zorvex is the leader of the market.": a title with its article is no office held
    reading = read("""
    Zorvex  Zorvex  PROPN NNP 2 nsubj ORG
    is      be      AUX   VBZ 0 ROOT  -
    the     the     DET   DT  4 det   -
    leader  leader  NOUN  NN  2 attr  -
    of      of      ADP   IN  4 prep  -
    the     the     DET   DT  7 det   -
    market  market  NOUN  NN  5 pobj  -
    .       .       PUNCT .   2 punct -
    """)
    assert _types(reading)["Zorvex"] == "ORG"


def _tagged(words: list[str], tags: list[str], starts: list[bool | None]) -> Doc:
    return Doc(VOCAB, words=words, tags=tags, sent_starts=starts)


def test_no_sentence_ends_after_u_s_before_a_name_in_a_run_with_no_verb() -> None:
    # "The head of the U.S. Joint Staff, Ann Roe, said so.": the parser had cut after "U.S."
    words = ["The", "head", "of", "the", "U.S.", "Joint", "Staff", ",", "Ann", "Roe", ",", "said", "so", "."]
    tags = ["DT", "NN", "IN", "DT", "NNP", "NNP", "NNP", ",", "NNP", "NNP", ",", "VBD", "RB", "."]
    starts = [True] + [None] * 13
    doc = paragraph_breaks(_tagged(words, tags, starts))
    assert doc[5].is_sent_start is False


def test_a_sentence_with_a_verb_may_end_at_u_s() -> None:
    # "Peru sent envoys to the U.S. Chile objected.": the run before "U.S." has its verb
    words = ["Peru", "sent", "envoys", "to", "the", "U.S.", "Chile", "objected", "."]
    tags = ["NNP", "VBD", "NNS", "IN", "DT", "NNP", "NNP", "VBD", "."]
    doc = paragraph_breaks(_tagged(words, tags, [True] + [None] * 8))
    assert doc[6].is_sent_start is None  # left to the parser


TOLD_FUSED = """
A         a         DET   DT  3  det       -
Pentagon  Pentagon  PROPN NNP 3  compound  ORG
official  official  NOUN  NN  4  nsubj     -
told      tell      VERB  VBD 0  ROOT      -
Reuters   Reuters   PROPN NNP 6  compound  ORG
Congress  Congress  PROPN NNP 4  dobj      I-ORG
would     would     AUX   MD  10 aux       -
not       not       PART  RB  10 neg       -
be        be        AUX   VB  10 auxpass   -
warned    warn      VERB  VBN 4  ccomp     -
.         .         PUNCT .   4  punct     -
"""


def test_a_hearer_and_the_reported_clause_s_subject_run_together_are_two_names() -> None:
    doc = addressee_names(parse(TOLD_FUSED))
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents == [("Pentagon", "ORG"), ("Reuters", "ORG"), ("Congress", "ORG")]
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "told")
    assert (doc[5].dep_, doc[5].head.text) == ("nsubjpass", "warned")
    reading = read_doc(doc, scope="hand-built")
    labels = {e.label for e in reading.entities.entities()}
    assert "Reuters Congress" not in labels
    assert {"Reuters", "Congress"} <= labels


def test_a_hearer_s_name_with_that_after_it_is_left_whole() -> None:
    # "told Reuters Congress that ...": a clause with "that" leaves the hearer's name as parsed
    would, that = "would     would     AUX   MD  10 aux ", "that      that      SCONJ IN  10 mark"
    table = TOLD_FUSED.replace(would, that)
    doc = addressee_names(parse(table))
    assert "Reuters Congress" in [e.text for e in doc.ents]


def test_a_firm_s_name_before_its_legal_form_stops_at_the_object_of_a_verb_before_it() -> None:
    # "He told Reuters Zorvex Corp had agreed to buy Acme.", as the hearer's split leaves it
    reading = read("""
    He       he       PRON  PRP 2  nsubj    -
    told     tell     VERB  VBD 0  ROOT     -
    Reuters  Reuters  PROPN NNP 2  dobj     ORG
    Zorvex   Zorvex   PROPN NNP 5  compound ORG
    Corp     Corp     PROPN NNP 7  nsubj    I-ORG
    had      have     AUX   VBD 7  aux      -
    agreed   agree    VERB  VBN 2  ccomp    -
    to       to       PART  TO  9  aux      -
    buy      buy      VERB  VB  7  xcomp    -
    Acme     Acme     PROPN NNP 9  dobj     ORG
    .        .        PUNCT .   2  punct    -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert "Zorvex Corp" in labels
    assert "Reuters Zorvex Corp" not in labels
