"""Wave 79 E (second task): a capitalised word that could open a title ("International", "National",
"General") standing inside a firm's name before its legal form is a word of the name ("Acme National Metals
Inc", not "Metals Inc"); a person's name the tagger left untagged after a lower-case title, "of" and a
body's name ("director general of the Dutch Economics Ministry Frans Engering said") is the title's holder."""

from __future__ import annotations

import pytest
from hand_docs import read

# "GEORGETOWN, March 3 - Acme National Metals Inc urged Guyana to change its policies."
_FIRM = """
GEORGETOWN  GEORGETOWN  PROPN NNP  10 npadvmod GPE
,           ,           PUNCT ,    10 punct    -
March       March       PROPN NNP  10 npadvmod DATE
3           3           NUM   CD   3  nummod   I-DATE
-           -           PUNCT :    3  punct    -
Acme        Acme        PROPN NNP  9  compound -
{word}      {word}      PROPN NNP  9  compound -
Metals      Metals      PROPN NNPS 9  compound -
Inc         Inc         PROPN NNP  10 nsubj    -
urged       urge        VERB  VBD  0  ROOT     -
Guyana      Guyana      PROPN NNP  10 dobj     GPE
to          to          PART  TO   13 aux      -
change      change      VERB  VB   10 xcomp    -
its         its         PRON  PRP$ 15 poss     -
policies    policy      NOUN  NNS  13 dobj     -
.           .           PUNCT .    10 punct    -
"""


def _labels(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities()}


@pytest.mark.parametrize("word", ["National", "International", "General"])
def test_a_title_word_inside_a_firms_name_is_part_of_it(word: str) -> None:
    found = _labels(_FIRM.format(word=word))
    assert f"Acme {word} Metals Inc" in found
    assert "Metals Inc" not in found


# "Prices will fall, director general of the Dutch Economics Ministry Frans Engering said."
_BODY_HOLDER = """
Prices     price      NOUN  NNS  3  nsubj    -
will       will       AUX   MD   3  aux      -
fall       fall       VERB  VB   14 ccomp    -
,          ,          PUNCT ,    3  punct    -
director   director   NOUN  NN   6  compound -
general    general    ADJ   JJ   14 nsubj    -
of         of         ADP   IN   6  prep     -
the        the        DET   DT   13 det      ORG
Dutch      Dutch      PROPN NNP  11 compound I-ORG
Economics  Economics  PROPN NNP  11 compound I-ORG
Ministry   Ministry   PROPN NNP  13 compound I-ORG
Frans      Frans      PROPN NNPS 13 compound -
Engering   Engering   PROPN NNP  7  pobj     -
said       say        VERB  VBD  0  ROOT     -
.          .          PUNCT .    14 punct    -
"""


def test_an_untagged_name_after_a_titled_body_is_its_officer() -> None:
    reading = read(_BODY_HOLDER)
    found = {e.label: e for e in reading.entities.entities()}
    assert found["Frans Engering"].type == "PERSON"
    label = {e.id: e.label for e in reading.entities.entities()}
    roles = {
        (label[r.subject.entity_id], r.predicate, label.get(r.object.entity_id) if r.object else None)
        for r in reading.relations
    }
    assert ("Frans Engering", "director general of", "Dutch Economics Ministry") in roles
    assert found["Dutch Economics Ministry"].country == "NLD"
