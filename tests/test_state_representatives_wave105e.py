"""A name the tagger called an organisation, set off before "the <demonym> representative" (a title a body
may hold too), is a person of that state."""

from hand_docs import read

# "Rolf Anker, the Austrian representative, walked out." with "Rolf Anker" tagged an organisation
APPOSED = """
Rolf           Rolf           PROPN NNP 2 compound ORG
Anker          Anker          PROPN NNP 8 nsubj    I-ORG
,              ,              PUNCT ,   2 punct    -
the            the            DET   DT  6 det      -
Austrian       Austrian       ADJ   JJ  6 amod     NORP
representative representative NOUN  NN  2 appos    -
,              ,              PUNCT ,   2 punct    -
walked         walk           VERB  VBD 0 ROOT     -
out            out            ADP   RP  8 prt      -
.              .              PUNCT .   8 punct    -
"""


def _typed(reading: object, label: str) -> tuple[str, str | None]:
    [entity] = [e for e in reading.entities.entities() if e.label == label]  # type: ignore[attr-defined]
    return entity.type, entity.country


def test_name_before_a_states_representative_is_its_person() -> None:
    assert _typed(read(APPOSED), "Rolf Anker") == ("PERSON", "AUT")
