"""A sanction, duty or tariff imposed on a state (wave 39 C): the event noun a relative or participle clause
is on is what its verb acts on ("the tariffs Ruritania placed on Canadian timber" as "placed tariffs on
Canadian timber", "the sanctions that Ruritania imposed on Zenda" as "imposed sanctions on Zenda"); with no
imposer named, no fact. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_the_tariffs_a_state_placed_on_goods_of_another_sanction_it() -> None:
    found = facts_with_roots("""
    The       the       DET   DT  2  det      -
    tariffs   tariff    NOUN  NNS 8  nsubj    -
    Ruritania Ruritania PROPN NNP 4  nsubj    GPE
    placed    place     VERB  VBD 2  relcl    -
    on        on        ADP   IN  4  prep     -
    Canadian  canadian  ADJ   JJ  7  amod     NORP
    timber    timber    NOUN  NN  5  pobj     -
    hurt      hurt      VERB  VBD 0  ROOT     -
    trade     trade     NOUN  NN  8  dobj     -
    .         .         PUNCT .   8  punct    -
    """)
    # (the timber stays in the predicate, as "goods of" does: words.tsv traded_goods_nouns)
    assert ("Ruritania", "place tariff on timber of", "Canada", "16") in found


def test_the_sanctions_that_a_state_imposed_are_its_sanction() -> None:
    found = facts_with_roots("""
    The       the       DET   DT  2  det       -
    sanctions sanction  NOUN  NNS 9  nsubjpass -
    that      that      PRON  WDT 5  dobj      -
    Ruritania Ruritania PROPN NNP 5  nsubj     GPE
    imposed   impose    VERB  VBD 2  relcl     -
    on        on        ADP   IN  5  prep      -
    Zenda     Zenda     PROPN NNP 6  pobj      GPE
    were      be        AUX   VBD 9  auxpass   -
    lifted    lift      VERB  VBN 0  ROOT      -
    .         .         PUNCT .   9  punct     -
    """)
    assert ("Ruritania", "sanction", "Zenda", "16") in found


def test_the_sanctions_imposed_by_a_state_are_its_sanction_and_with_no_imposer_no_fact() -> None:
    by = """
    The       the       DET   DT  2  det       -
    sanctions sanction  NOUN  NNS 9  nsubjpass -
    imposed   impose    VERB  VBN 2  acl       -
    against   against   ADP   IN  3  prep      -
    Zenda     Zenda     PROPN NNP 4  pobj      GPE
    by        by        ADP   IN  3  agent     -
    Ruritania Ruritania PROPN NNP 6  pobj      GPE
    were      be        AUX   VBD 9  auxpass   -
    lifted    lift      VERB  VBN 0  ROOT      -
    .         .         PUNCT .   9  punct     -
    """
    assert ("Ruritania", "sanction", "Zenda", "16") in facts_with_roots(by)
    unnamed = """
    The       the       DET   DT  2  det       -
    sanctions sanction  NOUN  NNS 7  nsubjpass -
    imposed   impose    VERB  VBN 2  acl       -
    against   against   ADP   IN  3  prep      -
    Zenda     Zenda     PROPN NNP 4  pobj      GPE
    were      be        AUX   VBD 7  auxpass   -
    lifted    lift      VERB  VBN 0  ROOT      -
    .         .         PUNCT .   7  punct     -
    """
    assert not facts_with_roots(unnamed)


def test_an_event_noun_that_does_the_deed_is_no_object_of_it() -> None:
    found = facts_with_roots("""
    The       the       DET   DT  2  det       -
    sanctions sanction  NOUN  NNS 7  nsubjpass -
    that      that      PRON  WDT 4  nsubj     -
    hurt      hurt      VERB  VBD 2  relcl     -
    Zenda     Zenda     PROPN NNP 4  dobj      GPE
    were      be        AUX   VBD 7  auxpass   -
    lifted    lift      VERB  VBN 0  ROOT      -
    .         .         PUNCT .   7  punct     -
    """)
    assert not any("sanction" in predicate for _, predicate, _, _ in found)
