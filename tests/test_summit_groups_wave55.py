"""Summit groups of states as actors (wave 55 D): "the Group of Ten", "G-7", "the five leading industrial
democracies" are one international body each (igos.tsv, kind group), with no country and none of its
members; it acts on states ("urged Italy to ..."), is acted on ("asked the seven ... nations for help") and
is what a speaker's claim is about. A verb the parser hung as a clause on its subject noun made the root
("The G-7 called on X") is the sentence's main verb. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read


def _entities(table: str) -> dict[str, tuple[str, str | None]]:
    """label -> (type, country) of every entity read."""
    return {e.label: (e.type, e.country) for e in read(table).entities.entities()}


NUMBERED_CLUB = """
    The         the         DET   DT  5  det    -
    five        five        NUM   CD  5  nummod CARDINAL
    leading     lead        VERB  VBG 5  amod   -
    industrial  industrial  ADJ   JJ  5  amod   -
    democracies democracy   NOUN  NNS 6  nsubj  -
    urged       urge        VERB  VBD 0  ROOT   -
    Italy       Italy       PROPN NNP 6  dobj   GPE
    to          to          PART  TO  9  aux    -
    curb        curb        VERB  VB  6  xcomp  -
    its         its         PRON  PRP$ 12 poss  -
    budget      budget      NOUN  NN  12 compound -
    deficit     deficit     NOUN  NN  9  dobj   -
    .           .           PUNCT .   6  punct  -
"""


def test_the_five_leading_industrial_democracies_are_the_group_of_five() -> None:
    assert ("Group of Five", "urge", "Italy", "02") in facts_with_roots(NUMBERED_CLUB)
    entities = _entities(NUMBERED_CLUB)
    assert entities["Group of Five"] == ("ORG", None)  # a body of states, of none of them
    assert entities["Italy"] == ("GPE", "ITA")


def test_group_of_a_number_is_the_body_the_tagger_missed() -> None:
    acts = facts_with_roots("""
    The     the     DET   DT  2  det   -
    Group   Group   PROPN NNP 5  nsubj -
    of      of      ADP   IN  2  prep  -
    Ten     Ten     PROPN NNP 3  pobj  -
    pressed press   VERB  VBD 0  ROOT  -
    Belgium Belgium PROPN NNP 5  dobj  GPE
    to      to      PART  TO  8  aux   -
    lower   lower   VERB  VB  5  xcomp -
    its     its     PRON  PRP$ 10 poss -
    tariffs tariff  NOUN  NNS 8  dobj  -
    .       .       PUNCT .   5  punct -
    """)
    assert ("Group of Ten", "press", "Belgium", "10") in acts


def test_a_lower_case_group_of_ten_is_no_body() -> None:
    entities = _entities("""
    A           a          DET   DT  2  det   -
    group       group      NOUN  NN  6  nsubj -
    of          of         ADP   IN  2  prep  -
    ten         ten        NUM   CD  5  nummod CARDINAL
    riders      rider      NOUN  NNS 3  pobj  -
    crossed     cross      VERB  VBD 0  ROOT  -
    Belgium     Belgium    PROPN NNP 6  dobj  GPE
    .           .          PUNCT .   6  punct -
    """)
    assert "Group of Ten" not in entities


def test_the_numbered_nations_are_the_group_the_article_names() -> None:
    story = """
    The     the     DET   DT  2  det    -
    Group   Group   PROPN NNP 5  nsubj  -
    of      of      ADP   IN  2  prep   -
    Ten     Ten     PROPN NNP 3  pobj   CARDINAL
    met     meet    VERB  VBD 0  ROOT   -
    in      in      ADP   IN  5  prep   -
    Rome    Rome    PROPN NNP 6  pobj   GPE
    .       .       PUNCT .   5  punct  -
    The     the     DET   DT  11 det    -
    ten     ten     NUM   CD  11 nummod CARDINAL
    nations nation  NOUN  NNS 12 nsubj  -
    warned  warn    VERB  VBD 0  ROOT   -
    Spain   Spain   PROPN NNP 12 dobj   GPE
    .       .       PUNCT .   12 punct  -
    """
    acts = facts_with_roots(story)
    assert ("Group of Ten", "warn", "Spain", "01") in acts
    assert [label for label in _entities(story) if label.startswith("Group")] == ["Group of Ten"]


def test_the_numbered_nations_alone_name_no_group() -> None:
    entities = _entities("""
    The     the     DET   DT  3  det    -
    ten     ten     NUM   CD  3  nummod CARDINAL
    nations nation  NOUN  NNS 4  nsubj  -
    warned  warn    VERB  VBD 0  ROOT   -
    Spain   Spain   PROPN NNP 4  dobj   GPE
    .       .       PUNCT .   4  punct  -
    """)
    assert not [label for label in entities if label.startswith("Group")]


def test_the_group_as_the_object_of_a_request() -> None:
    acts = facts_with_roots("""
    Brazil     Brazil     PROPN NNP 2  nsubj  GPE
    asked      ask        VERB  VBD 0  ROOT   -
    the        the        DET   DT  7  det    -
    seven      seven      NUM   CD  7  nummod CARDINAL
    leading    lead       VERB  VBG 7  amod   -
    industrial industrial ADJ   JJ  7  amod   -
    nations    nation     NOUN  NNS 2  dobj   -
    for        for        ADP   IN  2  prep   -
    help       help       NOUN  NN  8  pobj   -
    .          .          PUNCT .   2  punct  -
    """)
    assert ("Brazil", "ask", "Group of Seven", "02") in acts


def test_a_speaker_says_what_the_numbered_nations_agreed() -> None:
    reading = read("""
    Lawson      Lawson      PROPN NNP 2  nsubj  PERSON
    said        say         VERB  VBD 0  ROOT   -
    the         the         DET   DT  6  det    -
    seven       seven       NUM   CD  6  nummod CARDINAL
    industrial  industrial  ADJ   JJ  6  amod   -
    nations     nation      NOUN  NNS 8  nsubj  -
    had         have        AUX   VBD 8  aux    -
    agreed      agree       VERB  VBN 2  ccomp  -
    to          to          PART  TO  10 aux    -
    step        step        VERB  VB  8  xcomp  -
    up          up          ADP   RP  10 prt    -
    cooperation cooperation NOUN  NN  10 dobj   -
    .           .           PUNCT .   2  punct  -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    claim = ("Lawson", "say", "Group of Seven")
    said = [
        r
        for r in reading.relations
        if (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) == claim
    ]
    assert said and all(r.event_root == "01" for r in said)


def test_the_acronym_takes_the_groups_name() -> None:
    acts = facts_with_roots("""
    The    the    DET   DT  2 det   -
    G7     G7     PROPN NNP 3 nsubj GPE
    warned warn   VERB  VBD 0 ROOT  -
    Iran   Iran   PROPN NNP 3 dobj  GPE
    .      .      PUNCT .   3 punct -
    """)
    assert ("Group of Seven", "warn", "Iran", "01") in acts


def test_an_untagged_hyphened_acronym_called_on_a_state() -> None:
    # the parser made "G-7" the root and "called" a clause on it; the tagger named no entity
    acts = facts_with_roots("""
    The      the      DET   DT  2  det      -
    G-7      g-7      NOUN  NN  0  ROOT     -
    called   call     VERB  VBD 2  acl      -
    on       on       ADP   IN  3  prep     -
    West     West     PROPN NNP 6  compound GPE
    Germany  Germany  PROPN NNP 4  pobj     I-GPE
    to       to       PART  TO  8  aux      -
    cut      cut      VERB  VB  3  advcl    -
    interest interest NOUN  NN  10 compound -
    rates    rate     NOUN  NNS 8  dobj     -
    .        .        PUNCT .   2  punct    -
    """)
    assert any(a[0] == "Group of Seven" and a[1] == "call on" and a[3] == "02" for a in acts)


def test_a_past_tense_hung_on_its_subject_made_the_root_is_the_main_verb() -> None:
    acts = facts_with_roots("""
    The    the    DET   DT  2 det   -
    OECD   OECD   PROPN NNP 0 ROOT  ORG
    called call   VERB  VBD 2 acl   -
    on     on     ADP   IN  3 prep  -
    Canada Canada PROPN NNP 4 pobj  GPE
    to     to     PART  TO  7 aux   -
    raise  raise  VERB  VB  3 advcl -
    taxes  tax    NOUN  NNS 7 dobj  -
    .      .      PUNCT .   2 punct -
    """)
    assert ("OECD", "call on", "Canada", "02") in acts
