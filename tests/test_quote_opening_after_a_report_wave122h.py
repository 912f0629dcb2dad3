"""Wave 122 H: a straight double mark set off by a space from the full stop before it and touching the
word after it opens a quotation, even when a verb of speech follows (`… told Reuters. "Dalmar announced`):
it does not close words nobody opened, so the reporting words of the quotation before are nobody's
quotation, and the speaker stays the speaker, not the firm named in the next quoted sentence (sentences of
our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.coref import quote_groups
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse
from spacy.tokens import Doc

UNION_REPLY = """
"          "          PUNCT ``   5  punct    -
We         we         PRON  PRP  3  nsubj    -
would      would      AUX   MD   3  aux      -
accept     accept     VERB  VB   24 ccomp    -
cuts       cut        NOUN  NNS  4  dobj     -
if         if         SCONJ IN   9  mark     -
Dalmar     Dalmar     PROPN NNP  9  nsubj    ORG
were       be         AUX   VBD  9  aux      -
losing     lose       VERB  VBG  4  advcl    -
money      money      NOUN  NN   9  dobj     -
,          ,          PUNCT ,    24 punct    -
"          "          PUNCT ''   24 punct    -
Petra      Petra      PROPN NNP  14 compound PERSON
Vasko      Vasko      PROPN NNP  24 nsubj    I-PERSON
,          ,          PUNCT ,    14 punct    -
a          a          DET   DT   18 det      -
regional   regional   ADJ   JJ   18 amod     -
officer    officer    NOUN  NN   14 appos    -
of         of         ADP   IN   18 prep     -
the        the        DET   DT   22 det      -
Dockers    Dockers    PROPN NNPS 22 compound ORG
Union      Union      PROPN NNP  19 pobj     I-ORG
,          ,          PUNCT ,    14 punct    -
told       tell       VERB  VBD  0  ROOT     -
Reuters    Reuters    PROPN NNP  24 dobj     ORG
.          .          PUNCT .    24 punct    -
"          "          PUNCT ``   29 punct    -
Dalmar     Dalmar     PROPN NNP  29 nsubj    ORG
announced  announce   VERB  VBD  0  ROOT     -
a          a          DET   DT   32 det      -
record     record     ADJ   JJ   32 amod     -
profit     profit     NOUN  NN   29 dobj     -
in         in         ADP   IN   29 prep     -
May        May        PROPN NNP  33 pobj     DATE
.          .          PUNCT .    29 punct    -
"          "          PUNCT ''   29 punct    -
"""


def _typed(table: str) -> Doc:
    """The parse with its marks spaced as typed: a closing mark touches the punctuation before it, an opening
    one the word after it."""
    doc = parse(table)
    words = [t.text for t in doc]
    spaces = []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        opening = word == '"' and doc[i].tag_ == "``"
        spaces.append(bool(after) and not opening and after not in {".", ",", "'s"} and not (
            after == '"' and doc[i + 1].tag_ == "''"
        ))
    return Doc(
        doc.vocab,
        words=words,
        spaces=spaces,
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_typed_spacing() -> None:
    assert _typed(UNION_REPLY).text.endswith('told Reuters. "Dalmar announced a record profit in May."')


def test_a_mark_touching_the_next_word_opens_a_quotation() -> None:
    assert quote_groups(_typed(UNION_REPLY)) == [[(1, 11)], [(27, 35)]]


def test_the_speaker_is_the_one_who_told_not_the_firm_quoted_next() -> None:
    said = facts(read_doc(_typed(UNION_REPLY), "t"), "quote_stance")
    assert ("Dalmar", "say", "Petra Vasko") not in said
    assert ("Petra Vasko", "say", "Dalmar") in said
