"""A possessive in a gerund after "for" whose verb's object is an act done to a party ("levied higher
tariffs against Chile for breaking its accord with Peru"): the party acted against is the gerund's doer and
whose the possessive is, as an object party is ("fined Chile for breaking its accord"), not the subject of
the sentence (sentences of our own, parsed by hand). Since wave 102 G a breached accord is no pact made (no
"accord with", 05): the breach's own fact (`break accord with`, 12) shows whose the accord is."""

from __future__ import annotations

from hand_docs import facts, read

# "Bolivia levied higher tariffs against Chile for breaking its accord with Peru."
ACTION_AGAINST_FOR_BREAKING_ITS_ACCORD = """
Bolivia   Bolivia   PROPN NNP  2  nsubj    GPE
levied    levy      VERB  VBD  0  ROOT     -
higher    high      ADJ   JJR  4  amod     -
tariffs   tariff    NOUN  NNS  2  dobj     -
against   against   ADP   IN   4  prep     -
Chile     Chile     PROPN NNP  5  pobj     GPE
for       for       ADP   IN   2  prep     -
breaking  break     VERB  VBG  7  pcomp    -
its       its       PRON  PRP$ 10 poss     -
accord    accord    NOUN  NN   8  dobj     -
with      with      ADP   IN   10 prep     -
Peru      Peru      PROPN NNP  11 pobj     GPE
.         .         PUNCT .    2  punct    -
"""


def test_its_after_for_is_the_party_the_act_is_against() -> None:
    found = facts(read(ACTION_AGAINST_FOR_BREAKING_ITS_ACCORD), "noun_prep")
    assert ("Chile", "break accord with", "Peru") in found
    assert ("Bolivia", "break accord with", "Peru") not in found


def test_its_after_for_is_the_party_sanctions_are_on() -> None:
    table = (
        ACTION_AGAINST_FOR_BREAKING_ITS_ACCORD.replace(
            "higher    high      ADJ   JJR  4  amod     -", "new       new       ADJ   JJ   4  amod     -"
        )
        .replace("tariffs   tariff    NOUN  NNS", "sanctions sanction  NOUN  NNS")
        .replace("against   against ", "on        on      ")
    )
    found = facts(read(table), "noun_prep")
    assert ("Chile", "break accord with", "Peru") in found
    assert ("Bolivia", "break accord with", "Peru") not in found
