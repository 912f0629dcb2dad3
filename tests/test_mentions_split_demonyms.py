"""A state's two-word demonym the tagger splits ("[Saudi] [Arabian King Fahd]", "[Saudi] [Arabian Crown]
Prince X") names the state, its tail is no word of the name or title after it; a currency's word that opens a
title ("Jordanian Crown Prince X") names no money. Parses are built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_demonyms_tail_run_into_a_kings_name_is_the_states() -> None:
    facts = facts_with_roots(
        """
    Saudi      saudi      ADJ   JJ   2   amod      NORP
    Arabian    arabian    ADJ   JJ   3   compound  PERSON
    King       King       PROPN NNP  4   compound  I-PERSON
    Fahd       Fahd       PROPN NNP  5   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Reagan     Reagan     PROPN NNP  5   dobj      PERSON
    .          .          PUNCT .    5   punct     -
    """
    )
    assert ("Fahd", "king of", "Saudi Arabia", None) in facts
    assert ("Fahd", "meet with", "Reagan", "04") in facts


def test_a_demonyms_tail_run_into_a_title_leaves_the_title_whole() -> None:
    facts = facts_with_roots(
        """
    Saudi      saudi      ADJ   JJ   5   amod      NORP
    Arabian    arabian    ADJ   JJ   5   compound  NORP
    Crown      Crown      PROPN NNP  5   compound  I-NORP
    Prince     Prince     PROPN NNP  5   compound  PERSON
    Abdullah   Abdullah   PROPN NNP  6   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Reagan     Reagan     PROPN NNP  6   dobj      PERSON
    .          .          PUNCT .    6   punct     -
    """
    )
    assert ("Abdullah", "crown prince of", "Saudi Arabia", None) in facts
    assert not any("Arabian" in fact[2] or "Crown" in fact[2] for fact in facts)


def test_a_crown_that_opens_a_title_is_no_currency() -> None:
    facts = facts_with_roots(
        """
    Jordanian  jordanian  ADJ   JJ   4   amod      NORP
    Crown      Crown      PROPN NNP  4   compound  -
    Prince     Prince     PROPN NNP  4   compound  PERSON
    Hassan     Hassan     PROPN NNP  5   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Reagan     Reagan     PROPN NNP  5   dobj      PERSON
    .          .          PUNCT .    5   punct     -
    """
    )
    assert ("Hassan", "crown prince of", "Jordan", None) in facts
