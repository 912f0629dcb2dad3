"""Who said it, and what (wave 53): a plain word of a speaker of no side the text gives reports a deed of
force, it accuses nobody; "said to X that …" carries its content as "told X that …" does; a participle
of reporting with its by-agent on a clause's subject ("The attack, confirmed by X, …") names the clause's
source, not its doer; a "he said" goes on with the unnamed source who spoke last, past sentences that
report nothing and name no person. Sentences written for these tests, parses by hand
(tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

TOLD_SHELLED = """
    Carter       Carter       PROPN NNP  2   nsubj     PERSON
    told         tell         VERB  VBD  0   ROOT      -
    a            a            DET   DT   5   det       -
    news         news         NOUN  NN   5   compound  -
    conference   conference   NOUN  NN   2   dobj      -
    that         that         SCONJ IN   9   mark      -
    Peruvian     peruvian     ADJ   JJ   8   amod      NORP
    gunboats     gunboat      NOUN  NNS  9   nsubj     -
    shelled      shell        VERB  VBD  2   ccomp     -
    Chile        Chile        PROPN NNP  9   dobj      GPE
    .            .            PUNCT .    2   punct     -
"""


def _labels(reading):  # type: ignore[no-untyped-def]
    return {e.id: e.label for e in reading.entities.entities()}


def test_a_plain_word_of_a_speaker_of_no_known_side_reports_the_deed_without_accusing() -> None:
    # "Carter told a news conference that Peruvian gunboats shelled Chile": Carter may speak for Peru; the
    # deed is its own edge, his source; his word accuses nobody
    reading = read(TOLD_SHELLED)
    said = facts(reading, "speech_content")
    assert not any(predicate == "accuse" for _, predicate, _ in said)
    label = _labels(reading)
    shelled = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert [(label[r.subject.entity_id], label[r.object.entity_id]) for r in shelled] == [
        ("Peru", "Chile")
    ]
    assert [r.attributed_to for r in shelled] == ["person:carter"]


def test_a_verb_of_blame_accuses_whoever_speaks() -> None:
    reading = read("""
    Carter       Carter       PROPN NNP  2   nsubj     PERSON
    alleged      allege       VERB  VBD  0   ROOT      -
    that         that         SCONJ IN   6   mark      -
    Peruvian     peruvian     ADJ   JJ   5   amod      NORP
    gunboats     gunboat      NOUN  NNS  6   nsubj     -
    shelled      shell        VERB  VBD  2   ccomp     -
    Chile        Chile        PROPN NNP  6   dobj      GPE
    .            .            PUNCT .    2   punct     -
    """)
    assert ("Carter", "accuse", "Peru") in facts(reading, "speech_content")


def test_said_to_a_hearer_that_carries_what_was_said_and_attributes_it() -> None:
    # the parser reads "officials that Peru would cut …" as a relative clause on the hearer
    reading = read("""
    Carter       Carter       PROPN NNP  2   nsubj     PERSON
    said         say          VERB  VBD  0   ROOT      -
    to           to           ADP   IN   2   prep      -
    Chilean      chilean      ADJ   JJ   5   amod      NORP
    officials    official     NOUN  NNS  3   pobj      -
    that         that         SCONJ IN   9   mark      -
    Peru         Peru         PROPN NNP  9   nsubj     GPE
    would        would        AUX   MD   9   aux       -
    cut          cut          VERB  VB   5   acl       -
    its          its          PRON  PRP$ 11  poss      -
    tariffs      tariff       NOUN  NNS  9   dobj      -
    on           on           ADP   IN   11  prep      -
    Bolivia      Bolivia      PROPN NNP  12  pobj      GPE
    .            .            PUNCT .    2   punct     -
    """)
    label = _labels(reading)
    told = [r for r in by_rule(reading, "prep") if label[r.subject.entity_id] == "Carter"]
    assert [(r.predicate, label[r.object.entity_id], r.content) for r in told] == [
        ("say to", "Chile", "Peru would cut its tariffs on Bolivia")
    ]
    cut = [r for r in reading.relations if label[r.subject.entity_id] == "Peru"]
    assert cut and all(r.attributed_to == "person:carter" for r in cut)


def test_a_confirming_participle_on_the_subject_names_the_source_not_the_doer() -> None:
    reading = read("""
    The          the          DET   DT   2   det       -
    attack       attack       NOUN  NN   8   nsubj     -
    ,            ,            PUNCT ,    2   punct     -
    confirmed    confirm      VERB  VBN  2   acl       -
    by           by           ADP   IN   4   agent     -
    Carter       Carter       PROPN NNP  5   pobj      PERSON
    ,            ,            PUNCT ,    2   punct     -
    killed       kill         VERB  VBD  0   ROOT      -
    two          two          NUM   CD   10  nummod    CARDINAL
    Chileans     chilean      NOUN  NNS  8   dobj      NORP
    .            .            PUNCT .    8   punct     -
    """)
    label = _labels(reading)
    killed = [r for r in reading.relations if r.predicate == "kill"]
    assert killed and all(label[r.subject.entity_id] == "attack" for r in killed)
    assert all(r.attributed_to == "person:carter" for r in killed)
    # the confirmation itself is Carter's own word, reported by the article
    confirmed = [r for r in by_rule(reading, "passive") if r.predicate == "confirm"]
    assert confirmed and all(r.attributed_to is None for r in confirmed)


def test_he_said_goes_on_with_the_unnamed_source_past_a_sentence_that_reports_nothing() -> None:
    # "Smith said … A spokesman for the council said … Chile buys oil from Peru. He said …": the
    # spokesman spoke last; Smith, named before him, is no nearer
    reading = read("""
    Smith        Smith        PROPN NNP  2   nsubj     PERSON
    said         say          VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  5   nsubj     GPE
    would        would        AUX   MD   5   aux       -
    leave        leave        VERB  VB   2   ccomp     -
    .            .            PUNCT .    2   punct     -
    A            a            DET   DT   8   det       -
    spokesman    spokesman    NOUN  NN   12  nsubj     -
    for          for          ADP   IN   8   prep      -
    the          the          DET   DT   11  det       -
    council      council      NOUN  NN   9   pobj      -
    said         say          VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  15  nsubj     GPE
    was          be           AUX   VBD  15  aux       -
    studying     study        VERB  VBG  12  ccomp     -
    the          the          DET   DT   17  det       -
    matter       matter       NOUN  NN   15  dobj      -
    .            .            PUNCT .    12  punct     -
    Chile        Chile        PROPN NNP  20  nsubj     GPE
    buys         buy          VERB  VBZ  0   ROOT      -
    oil          oil          NOUN  NN   20  dobj      -
    from         from         ADP   IN   20  prep      -
    Peru         Peru         PROPN NNP  22  pobj      GPE
    .            .            PUNCT .    20  punct     -
    He           he           PRON  PRP  26  nsubj     -
    said         say          VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  29  nsubj     GPE
    would        would        AUX   MD   29  aux       -
    sue          sue          VERB  VB   26  ccomp     -
    Peru         Peru         PROPN NNP  29  dobj      GPE
    .            .            PUNCT .    26  punct     -
    """)
    sued = [r for r in by_rule(reading, "svo") if r.predicate == "sue"]
    assert sued and all(r.attributed_to is not None for r in sued)
    assert all(r.attributed_to.endswith("spokesman") for r in sued)  # an unnamed source keeps its words


def test_a_confirming_participle_vouches_for_its_own_clause_not_one_below_it() -> None:
    # "came after Peru shelled Chile": when the attack came is the writer's; Carter confirmed the attack
    reading = read("""
    The          the          DET   DT   2   det       -
    attack       attack       NOUN  NN   8   nsubj     -
    ,            ,            PUNCT ,    2   punct     -
    confirmed    confirm      VERB  VBN  2   acl       -
    by           by           ADP   IN   4   agent     -
    Carter       Carter       PROPN NNP  5   pobj      PERSON
    ,            ,            PUNCT ,    2   punct     -
    came         come         VERB  VBD  0   ROOT      -
    after        after        SCONJ IN   11  mark      -
    Peru         Peru         PROPN NNP  11  nsubj     GPE
    shelled      shell        VERB  VBD  8   advcl     -
    Chile        Chile        PROPN NNP  11  dobj      GPE
    .            .            PUNCT .    8   punct     -
    """)
    shelled = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert shelled and all(r.attributed_to is None for r in shelled)


def test_a_participle_of_reporting_speaks_with_the_he_of_its_verb() -> None:
    # '"We regret it," he said, adding Chile would sue Peru': "adding" has no subject of its own; its "he"
    # goes on with the spokesman of the sentence before
    reading = read("""
    Smith        Smith        PROPN NNP  2   nsubj     PERSON
    said         say          VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  5   nsubj     GPE
    would        would        AUX   MD   5   aux       -
    leave        leave        VERB  VB   2   ccomp     -
    .            .            PUNCT .    2   punct     -
    A            a            DET   DT   8   det       -
    spokesman    spokesman    NOUN  NN   12  nsubj     -
    for          for          ADP   IN   8   prep      -
    the          the          DET   DT   11  det       -
    council      council      NOUN  NN   9   pobj      -
    said         say          VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  15  nsubj     GPE
    would        would        AUX   MD   15  aux       -
    respond      respond      VERB  VB   12  ccomp     -
    .            .            PUNCT .    12  punct     -
    "            "            PUNCT ``   24  punct     -
    We           we           PRON  PRP  19  nsubj     -
    regret       regret       VERB  VBP  24  ccomp     -
    it           it           PRON  PRP  19  dobj      -
    ,            ,            PUNCT ,    24  punct     -
    "            "            PUNCT ''   24  punct     -
    he           he           PRON  PRP  24  nsubj     -
    said         say          VERB  VBD  0   ROOT      -
    ,            ,            PUNCT ,    24  punct     -
    adding       add          VERB  VBG  24  advcl     -
    Chile        Chile        PROPN NNP  29  nsubj     GPE
    would        would        AUX   MD   29  aux       -
    sue          sue          VERB  VB   26  ccomp     -
    Peru         Peru         PROPN NNP  29  dobj      GPE
    .            .            PUNCT .    24  punct     -
    """)
    sued = [r for r in by_rule(reading, "svo") if r.predicate == "sue"]
    assert sued and all(r.attributed_to is not None and r.attributed_to.endswith("spokesman") for r in sued)


def test_an_international_body_is_a_side_of_its_own_and_accuses() -> None:
    reading = read("""
    The          the          DET   DT   3   det       ORG
    United       United       PROPN NNP  3   compound  I-ORG
    Nations      Nations      PROPN NNP  4   nsubj     I-ORG
    told         tell         VERB  VBD  0   ROOT      -
    a            a            DET   DT   7   det       -
    news         news         NOUN  NN   7   compound  -
    conference   conference   NOUN  NN   4   dobj      -
    that         that         SCONJ IN   11  mark      -
    Peruvian     peruvian     ADJ   JJ   10  amod      NORP
    gunboats     gunboat      NOUN  NNS  11  nsubj     -
    shelled      shell        VERB  VBD  4   ccomp     -
    Chile        Chile        PROPN NNP  11  dobj      GPE
    .            .            PUNCT .    4   punct     -
    """)
    assert ("United Nations", "accuse", "Peru") in facts(reading, "speech_content")


def test_said_to_a_hearer_with_the_clause_on_the_verb_carries_it_too() -> None:
    reading = read("""
    Carter       Carter       PROPN NNP  2   nsubj     PERSON
    said         say          VERB  VBD  0   ROOT      -
    to           to           ADP   IN   2   prep      -
    Chile        Chile        PROPN NNP  3   pobj      GPE
    that         that         SCONJ IN   8   mark      -
    Peru         Peru         PROPN NNP  8   nsubj     GPE
    would        would        AUX   MD   8   aux       -
    leave        leave        VERB  VB   2   ccomp     -
    .            .            PUNCT .    2   punct     -
    """)
    told = [r for r in by_rule(reading, "prep") if r.predicate == "say to"]
    assert [r.content for r in told] == ["Peru would leave"]
