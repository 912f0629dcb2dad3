"""A wire headline's source after a dash (wave 106 E mend): "Peru will not cut discount rate-Diaz", "Acme Bank
hopeful on Brazil - President" end with who says it. The parser runs that part into the clause (the name
the verb's object, the role word a title of the state before the dash); the repair (io/nlp.py
headline_sources) cuts it off as a sentence of its own. Parses are built by hand, as the parser gave them
for the recased headlines; the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import headline_sources
from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

# "Peru will not cut discount rate-Diaz ¶ Tom Diaz said so."
NAMED = """
Peru      Peru      PROPN NNP 4  nsubj    GPE
will      will      AUX   MD  4  aux      -
not       not       PART  RB  4  neg      -
cut       cut       VERB  VB  0  ROOT     -
discount  discount  NOUN  NN  6  compound -
rate      rate      NOUN  NN  8  compound -
-         -         PUNCT HYPH 8 punct    -
Diaz      Diaz      PROPN NNP 4  dobj     PERSON
¶         ¶         SPACE _SP 8  dep      -
Tom       Tom       PROPN NNP 11 compound PERSON
Diaz      Diaz      PROPN NNP 12 nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
so        so        ADV   RB  12 advmod   -
.         .         PUNCT .   12 punct    -
"""

# "Acme Bank hopeful on Brazil - president ¶ Acme Bank president Jan Bolt said so."
ROLE = """
Acme      Acme      PROPN NNP 2  compound  ORG
Bank      Bank      PROPN NNP 3  nsubj     I-ORG
hopeful   hopeful   ADJ   JJ  0  ROOT      -
on        on        ADP   IN  3  prep      -
Brazil    Brazil    PROPN NNP 7  compound  GPE
-         -         PUNCT :   7  punct     -
president president NOUN  NN  4  pobj      -
¶         ¶         SPACE _SP 7  dep       -
Acme      Acme      PROPN NNP 10 compound  ORG
Bank      Bank      PROPN NNP 11 compound  I-ORG
president president NOUN  NN  13 compound  -
Jan       Jan       PROPN NNP 13 compound  PERSON
Bolt      Bolt      PROPN NNP 14 nsubj     I-PERSON
said      say       VERB  VBD 0  ROOT      -
so        so        ADV   RB  14 advmod    -
.         .         PUNCT .   14 punct     -
"""


def _facts(doc: object) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")  # type: ignore[arg-type]
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_headlines_closing_name_is_a_sentence_of_its_own() -> None:
    doc = headline_sources(with_title_line(NAMED))
    assert (doc[7].dep_, doc[7].head.i) == ("ROOT", 7) and doc[7].is_sent_start
    # the clause keeps its own words: "discount rate" is what is cut, the dash the clause's
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "cut")
    assert doc[6].head.text == "cut"
    assert not any("Diaz" in obj for _, _, obj in _facts(doc) if _ == "Peru")


def test_a_headlines_closing_role_word_is_no_title_of_the_state() -> None:
    doc = headline_sources(with_title_line(ROLE))
    assert (doc[6].dep_, doc[6].head.i) == ("ROOT", 6) and doc[6].is_sent_start
    assert (doc[4].dep_, doc[4].head.text) == ("pobj", "on")
    assert not {f for f in _facts(doc) if f[2] == "Brazil" and f[1].startswith("president")}
    # a hyphenated name ("Brazil-president" written with no spaces, as "Hewlett-Packard"): nothing moves
    hyphenated = with_title_line(ROLE.replace("PUNCT :   7  punct", "PUNCT HYPH 7 punct"))
    assert headline_sources(hyphenated)[6].dep_ == "pobj"
    # a state after the dash is the headline's own ("Talks on trade - Brazil"): nothing moves
    state = with_title_line(ROLE.replace("president president NOUN  NN", "Peru      Peru      PROPN NNP", 1))
    assert headline_sources(state)[6].dep_ == "pobj"
