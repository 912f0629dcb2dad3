"""Definite descriptions of titles and bodies resolved to the article's entities (hand-built parses)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def svo(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in by_rule(reading, "svo")
    }


def test_a_bare_title_named_later_in_the_article_is_its_one_holder() -> None:
    reading = read("""
    The        the        DET   DT  2 det      -
    King       King       PROPN NNP 3 nsubj    PERSON
    dissolved  dissolve   VERB  VBD 0 ROOT     -
    the        the        DET   DT  5 det      -
    Folketing  Folketing  PROPN NNP 3 dobj     ORG
    .          .          PUNCT .   3 punct    -
    Officials  official   NOUN  NNS 8 nsubj    -
    thanked    thank      VERB  VBD 0 ROOT     -
    King       King       PROPN NNP 10 compound PERSON
    Frederik   Frederik   PROPN NNP 8 dobj     I-PERSON
    .          .          PUNCT .   8 punct    -
    """)
    assert ("Frederik", "dissolve", "Folketing") in svo(reading)


def test_the_ministry_is_the_ministry_named_before() -> None:
    reading = read("""
    Egypt     Egypt     PROPN NNP 4 poss     GPE
    's        's        PART  POS 1 case     -
    foreign   foreign   ADJ   JJ  4 amod     -
    ministry  ministry  NOUN  NN  5 nsubj    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    The       the       DET   DT  8 det      -
    ministry  ministry  NOUN  NN  9 nsubj    -
    summoned  summon    VERB  VBD 0 ROOT     -
    Lars      Lars      PROPN NNP 11 compound PERSON
    Holm      Holm      PROPN NNP 9 dobj     I-PERSON
    .         .         PUNCT .   9 punct    -
    """)
    assert ("Egyptian foreign ministry", "summon", "Lars Holm") in svo(reading)


def test_a_title_that_says_what_someone_was_is_not_a_reference_to_someone() -> None:
    reading = read("""
    Vaclav    Vaclav    PROPN NNP 2 compound PERSON
    Novak     Novak     PROPN NNP 3 nsubj    I-PERSON
    was       be        AUX   VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    President president PROPN NNP 3 attr     -
    of        of        ADP   IN  5 prep     -
    Czechia   Czechia   PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    found = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in by_rule(reading, "copula")
    }
    assert found == {("Vaclav Novak", "be president of", "Czech Republic")}


def _pronoun_object(first_object: str, first_lemma: str) -> set[tuple[str, str, str]]:
    reading = read(f"""
    Chilean    Chilean    ADJ   JJ  2 amod     NORP
    protesters protester  NOUN  NNS 3 nsubj    -
    threw      throw      VERB  VBD 0 ROOT     -
    {first_object} {first_lemma} NOUN NNS 3 dobj -
    .          .          PUNCT .   3 punct    -
    Chilean    Chilean    ADJ   JJ  7 amod     NORP
    police     police     NOUN  NNS 8 nsubj    -
    fired      fire       VERB  VBD 0 ROOT     -
    gas        gas        NOUN  NN  8 dobj     -
    at         at         ADP   IN  8 prep     -
    them       they       PRON  PRP 10 pobj    -
    .          .          PUNCT .   8 punct    -
    """)
    return facts(reading, "prep")


def test_they_after_a_group_that_acted_on_things_is_the_group() -> None:
    # "rocks" cannot be fired at as "them" the way people can: the group subject is the referent.
    assert ("Chilean police", "fire gas at", "Chilean protesters") in _pronoun_object("rocks", "rock")


def test_they_after_a_group_that_acted_on_people_stays_open() -> None:
    # "threw out the organisers": "them" may be the organisers as well as the protesters.
    assert not _pronoun_object("organisers", "organiser")
