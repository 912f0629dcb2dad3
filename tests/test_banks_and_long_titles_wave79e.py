"""Wave 79 E: a role word written as an adjective before a bank's name ("the official Bank of Ghana") is no
personal title, and a bank named after its place is never a titled person; a long lower-case title before a
name ("deputy director of the Trade Ministry's export credit division Henrik Mortensen") ends at the name,
which is the title's holder (a person), not the division's name."""

from __future__ import annotations

from hand_docs import read

# "The buyers rejected a guarantee from the official Bank of Ghana."
_OFFICIAL_BANK = """
The        the        DET   DT  2  det      -
buyers     buyer      NOUN  NNS 3  nsubj    -
rejected   reject     VERB  VBD 0  ROOT     -
a          a          DET   DT  5  det      -
guarantee  guarantee  NOUN  NN  3  dobj     -
from       from       ADP   IN  5  prep     -
the        the        DET   DT  9  det      -
official   official   {pos} {tag} 9 {dep} -
Bank       Bank       PROPN NNP 6  pobj     ORG
of         of         ADP   IN  9  prep     I-ORG
Ghana      Ghana      PROPN NNP 10 pobj     I-ORG
.          .          PUNCT .   3  punct    -
"""


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_an_adjective_official_before_a_bank_is_no_title() -> None:
    found = _types(_OFFICIAL_BANK.format(pos="ADJ", tag="JJ", dep="amod"))
    assert found.get("Bank of Ghana") == "ORG"


def test_a_bank_named_after_its_state_is_never_a_titled_person() -> None:
    found = _types(_OFFICIAL_BANK.format(pos="NOUN", tag="NN", dep="compound"))
    assert found.get("Bank of Ghana") == "ORG"


# "Exports will fall, deputy director of the Danish Trade Ministry's export credit division Henrik Mortensen
# said."
_LONG_TITLE = """
Exports    export     NOUN  NNS 3  nsubj    -
will       will       AUX   MD  3  aux      -
fall       fall       VERB  VB  18 ccomp    -
,          ,          PUNCT ,   3  punct    -
deputy     deputy     NOUN  NN  6  compound -
director   director   NOUN  NN  18 nsubj    -
of         of         ADP   IN  6  prep     -
the        the        DET   DT  11 det      ORG
Danish     Danish     PROPN NNP 11 compound I-ORG
Trade      Trade      PROPN NNP 11 compound I-ORG
Ministry   Ministry   PROPN NNP 15 poss     I-ORG
's         's         PART  POS 11 case     I-ORG
export     export     NOUN  NN  14 compound -
credit     credit     NOUN  NN  15 compound -
division   division   NOUN  NN  17 compound -
Henrik     Henrik     PROPN NNP 17 compound PERSON
Mortensen  Mortensen  PROPN NNP 7  pobj     I-PERSON
said       say        VERB  VBD 0  ROOT     -
.          .          PUNCT .   18 punct    -
"""


def test_a_long_title_before_a_name_ends_at_the_name() -> None:
    reading = read(_LONG_TITLE)
    found = {e.label: e.type for e in reading.entities.entities()}
    assert found.get("Henrik Mortensen") == "PERSON"
    label = {e.id: e.label for e in reading.entities.entities()}
    roles = {(label[r.subject.entity_id], r.predicate) for r in reading.relations}
    assert ("Henrik Mortensen", "export credit division of") not in roles
