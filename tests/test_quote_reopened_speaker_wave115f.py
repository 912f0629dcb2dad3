"""Wave 115 F: who speaks a quotation that runs on into a paragraph it reopens (quotes._speaker, _voices,
_quoted_in). A copy that lost its paragraph breaks keeps the reopening mark, which the parser hangs on the
next paragraph's sentence: `Pia Novak said: "Omar is a friend. "He has done much and I am glad he will
serve Chile."`. The verbs of that sentence are the speaker's words, not a report of who speaks, so the "he"
they are said of (Omar) is never the speaker; the "said" frame before the quotation names her. The
sentences are ours and their parses are written by hand (tests/hand_docs.py); the marks touch the words
they open or close, as in the copy."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse
from spacy.tokens import Doc

# "Omar Haddad will leave Paris. Pia Novak said: "Omar is a friend. "He has done much and I am glad he
# will serve Chile.""
RUN_ON = """
Omar      Omar      PROPN NNP  2  compound PERSON
Haddad    Haddad    PROPN NNP  4  nsubj    I-PERSON
will      will      AUX   MD   4  aux      -
leave     leave     VERB  VB   0  ROOT     -
Paris     Paris     PROPN NNP  4  dobj     GPE
.         .         PUNCT .    4  punct    -
Pia       Pia       PROPN NNP  8  compound PERSON
Novak     Novak     PROPN NNP  9  nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
:         :         PUNCT :    9  punct    -
"         "         PUNCT ``   13 punct    -
Omar      Omar      PROPN NNP  13 nsubj    PERSON
is        be        AUX   VBZ  9  ccomp    -
a         a         DET   DT   15 det      -
friend    friend    NOUN  NN   13 attr     -
.         .         PUNCT .    9  punct    -
"         "         PUNCT ``   20 punct    -
He        he        PRON  PRP  20 nsubj    -
has       have      AUX   VBZ  20 aux      -
done      do        VERB  VBN  0  ROOT     -
much      much      ADJ   JJ   20 dobj     -
and       and       CCONJ CC   20 cc       -
I         I         PRON  PRP  24 nsubj    -
am        be        AUX   VBP  20 conj     -
glad      glad      ADJ   JJ   24 acomp    -
he        he        PRON  PRP  28 nsubj    -
will      will      AUX   MD   28 aux      -
serve     serve     VERB  VB   25 ccomp    -
Chile     Chile     PROPN NNP  28 dobj     GPE
.         .         PUNCT .    20 punct    -
"         "         PUNCT ''   20 punct    -
"""

# 0-based positions of the words no space follows: the opening marks touch the word they open, and the last
# full stop touches the closing mark
TOUCHING = {10, 16, 29}


def _as_typed(table: str) -> Doc:
    doc = parse(table)
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) and t.i not in TOUCHING for t in doc],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_the_run_on_quotation_is_spoken_by_whom_the_said_frame_names() -> None:
    doc = _as_typed(RUN_ON)
    assert 'said: "Omar is a friend. "He has' in doc.text
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    served = {
        (label[r.subject.entity_id], label.get(r.attributed_to or ""))
        for r in reading.relations
        if label.get(r.object.entity_id) == "Chile"
    }
    assert served == {("Omar Haddad", "Pia Novak")}
