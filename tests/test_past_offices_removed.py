"""Hand-built parse: a title written before the name of someone the clause removes from office ("Parliament
sacked Vietnamese Prime Minister Le Tam") is an office now over; one threatened or denied is still held."""

from __future__ import annotations

from hand_docs import facts, read

SACKED = """
Parliament Parliament PROPN NNP 2 nsubj    ORG
{verb:10} {lemma:9} VERB  {tag} 0  ROOT     -
Vietnamese vietnamese ADJ JJ  5  amod     NORP
Prime     Prime     PROPN NNP 5  compound -
Minister  Minister  PROPN NNP 7  compound -
Le        Le        PROPN NNP 7  compound PERSON
Tam       Tam       PROPN NNP 2  dobj     I-PERSON
.         .         PUNCT .   2  punct    -
"""

def test_a_title_of_someone_sacked_is_a_former_office() -> None:
    # "Parliament sacked Vietnamese Prime Minister Le Tam."
    reading = read(SACKED.format(verb="sacked", lemma="sack", tag="VBD"))
    assert facts(reading, "title") == {("Le Tam", "former prime minister of", "Vietnam")}


def test_a_title_of_someone_praised_is_held() -> None:
    # "Parliament praised Vietnamese Prime Minister Le Tam."
    reading = read(SACKED.format(verb="praised", lemma="praise", tag="VBD"))
    assert facts(reading, "title") == {("Le Tam", "prime minister of", "Vietnam")}


BOTH = """
Parliament Parliament PROPN NNP 2 nsubj    ORG
sacked    sack      VERB  VBD 0  ROOT     -
Vietnamese vietnamese ADJ JJ  5  amod     NORP
Prime     Prime     PROPN NNP 5  compound -
Minister  Minister  PROPN NNP 7  compound -
Le        Le        PROPN NNP 7  compound PERSON
Tam       Tam       PROPN NNP 2  dobj     I-PERSON
and       and       CCONJ CC  7  cc       -
President President PROPN NNP 11 compound -
Vo        Vo        PROPN NNP 11 compound PERSON
Kim       Kim       PROPN NNP 7  conj     I-PERSON
.         .         PUNCT .   2  punct    -
"""


def test_every_one_sacked_of_a_list_leaves_his_office() -> None:
    # "Parliament sacked Vietnamese Prime Minister Le Tam and President Vo Kim."
    assert ("Vo Kim", "former president of", "Vietnam") in facts(read(BOTH), "title")
