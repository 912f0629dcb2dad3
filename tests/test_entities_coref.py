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


def test_a_title_of_several_words_is_the_one_holder_of_that_whole_title() -> None:
    # "the deputy prime minister" is the deputy, not the prime minister whose title it contains
    reading = read("""
    Prime      Prime      PROPN NNP 2 compound -
    Minister   Minister   PROPN NNP 4 compound -
    Lars       Lars       PROPN NNP 4 compound PERSON
    Holm       Holm       PROPN NNP 5 nsubj    I-PERSON
    met        meet       VERB  VBD 0 ROOT     -
    Deputy     Deputy     PROPN NNP 8 compound -
    Prime      Prime      PROPN NNP 8 compound -
    Minister   Minister   PROPN NNP 10 compound -
    Ana        Ana        PROPN NNP 10 compound PERSON
    Vik        Vik        PROPN NNP 5 dobj     I-PERSON
    .          .          PUNCT .   5 punct    -
    The        the        DET   DT  15 det     -
    deputy     deputy     ADJ   JJ  15 amod    -
    prime      prime      ADJ   JJ  15 amod    -
    minister   minister   NOUN  NN  16 nsubj   -
    criticised criticise  VERB  VBD 0 ROOT     -
    Norway     Norway     PROPN NNP 16 dobj    GPE
    .          .          PUNCT .   16 punct   -
    The        the        DET   DT  21 det     -
    prime      prime      ADJ   JJ  21 amod    -
    minister   minister   NOUN  NN  22 nsubj   -
    thanked    thank      VERB  VBD 0 ROOT     -
    Sweden     Sweden     PROPN NNP 22 dobj    GPE
    .          .          PUNCT .   22 punct   -
    """)
    found = svo(reading)
    assert ("Ana Vik", "criticise", "Norway") in found
    assert ("Lars Holm", "thank", "Sweden") in found
    assert ("Lars Holm", "criticise", "Norway") not in found


def test_she_is_not_the_man_the_article_has_shown_to_be_he() -> None:
    # Holm reports as "he", so the "she" after him is the woman named before, not the last name
    reading = read("""
    Ana        Ana        PROPN NNP 2 compound PERSON
    Vik        Vik        PROPN NNP 3 nsubj    I-PERSON
    met        meet       VERB  VBD 0 ROOT     -
    Lars       Lars       PROPN NNP 5 compound PERSON
    Holm       Holm       PROPN NNP 3 dobj     I-PERSON
    .          .          PUNCT .   3 punct    -
    Lars       Lars       PROPN NNP 8 compound PERSON
    Holm       Holm       PROPN NNP 9 nsubj    I-PERSON
    said       say        VERB  VBD 0 ROOT     -
    he         he         PRON  PRP 12 nsubj   -
    would      would      AUX   MD  12 aux     -
    resign     resign     VERB  VB  9 ccomp    -
    .          .          PUNCT .   9 punct    -
    She        she        PRON  PRP 15 nsubj   -
    criticised criticise  VERB  VBD 0 ROOT     -
    Norway     Norway     PROPN NNP 15 dobj    GPE
    .          .          PUNCT .   15 punct   -
    """)
    found = svo(reading)
    assert ("Ana Vik", "criticise", "Norway") in found
    assert ("Lars Holm", "criticise", "Norway") not in found


def test_he_after_an_unnamed_person_the_story_follows_stays_open() -> None:
    # "Lars Holm met Ana Vik. The attacker fled. He criticised Norway.": "he" is the attacker, not Holm
    reading = read("""
    Lars       Lars       PROPN NNP 2  compound PERSON
    Holm       Holm       PROPN NNP 3  nsubj    I-PERSON
    met        meet       VERB  VBD 0  ROOT     -
    Ana        Ana        PROPN NNP 5  compound PERSON
    Vik        Vik        PROPN NNP 3  dobj     I-PERSON
    .          .          PUNCT .   3  punct    -
    The        the        DET   DT  8  det      -
    attacker   attacker   NOUN  NN  9  nsubj    -
    fled       flee       VERB  VBD 0  ROOT     -
    .          .          PUNCT .   9  punct    -
    He         he         PRON  PRP 12 nsubj    -
    criticised criticise  VERB  VBD 0  ROOT     -
    Norway     Norway     PROPN NNP 12 dobj     GPE
    .          .          PUNCT .   12 punct    -
    """)
    assert not any(obj == "Norway" for _, _, obj in svo(reading))
