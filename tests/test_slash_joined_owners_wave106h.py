"""Two firms' names joined by a slash before a noun of a firm owned together ("Kestrel Ltd, the Acme/Zenith
joint venture"), which the tagger tags as one name, are the venture's two owners (wave 106 H;
mentions._slash_joined_owners splits the name, data: jointly_owned_nouns; roles/nouns._slash_partners
gives the title to both, the parser hanging the first on the second). Sentences written for this test; the
parse is hand-built, the slash written without spaces as news writes it."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from spacy.tokens import Doc

from tests.hand_docs import parse

# "Kestrel Ltd, the Acme/Zenith joint venture, will build a plant."
VENTURE = """
    Kestrel Kestrel PROPN NNP 2  compound ORG
    Ltd     Ltd     PROPN NNP 12 nsubj    I-ORG
    ,       ,       PUNCT ,   2  punct    -
    the     the     DET   DT  9  det      -
    Acme    Acme    PROPN NNP 7  nmod     ORG
    /       /       SYM   SYM 7  punct    I-ORG
    Zenith  Zenith  PROPN NNP 9  nmod     I-ORG
    joint   joint   ADJ   JJ  9  amod     -
    venture venture NOUN  NN  2  appos    -
    ,       ,       PUNCT ,   2  punct    -
    will    will    AUX   MD  12 aux      -
    build   build   VERB  VB  0  ROOT     -
    a       a       DET   DT  14 det      -
    plant   plant   NOUN  NN  12 dobj     -
    .       .       PUNCT .   12 punct    -
"""


def _slash_unspaced(doc: Doc) -> Doc:
    """The parse with no space on either side of its slash ("Acme/Zenith")."""
    spaces = [bool(t.whitespace_) and t.text != "/" and t.nbor(1).text != "/" for t in doc[:-1]]
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[*spaces, False],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_a_slash_between_two_firms_names_the_ventures_two_owners() -> None:
    reading = read_doc(_slash_unspaced(parse(VENTURE)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    owners = {
        label[r.object.entity_id]
        for r in reading.relations
        if label[r.subject.entity_id] == "Kestrel Ltd" and r.predicate == "venture of"
    }
    assert owners == {"Acme", "Zenith"}
