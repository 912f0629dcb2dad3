"""The CAMEO code of each relation, as the frame reads it: the sense its preposition and arguments select,
the event noun a verb without a code reaches, a copula's event noun, and who acts (hand-built parses of
sentences of our own)."""

from __future__ import annotations

import pytest
from geokg.extract.clauses.arguments import ArgumentResolver, Ref
from hand_docs import by_rule, read
from spacy.tokens import Token


def _codes(table: str, rule: str) -> dict[tuple[str, str], str | None]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(r.predicate, label[r.object.entity_id]): r.event_code for r in by_rule(reading, rule)}


def test_troops_withdrawing_from_a_country_retreat() -> None:
    codes = _codes(
        """
    Chile      Chile     PROPN NNP 2 nsubj GPE
    withdrew   withdraw  VERB  VBD 0 ROOT  -
    its        its       PRON  PRP$ 4 poss -
    troops     troop     NOUN  NNS 2 dobj  -
    from       from      ADP   IN  2 prep  -
    Peru       Peru      PROPN NNP 5 pobj  GPE
    .          .         PUNCT .   2 punct -
    """,
        "prep",
    )
    assert codes == {("withdraw from", "Peru"): "0874"}


def test_a_state_leaving_a_union_reduces_relations() -> None:
    codes = _codes(
        """
    Chile      Chile     PROPN NNP 2 nsubj GPE
    left       leave     VERB  VBD 0 ROOT  -
    NATO       NATO      PROPN NNP 2 dobj  ORG
    .          .         PUNCT .   2 punct -
    """,
        "svo",
    )
    assert codes == {("leave", "NATO"): "160"}


def test_talking_about_a_third_party_is_a_statement_talking_with_one_a_consultation() -> None:
    reading = read("""
    Chile      Chile     PROPN NNP 4 nsubj GPE
    and        and       CCONJ CC  1 cc    -
    Peru       Peru      PROPN NNP 1 conj  GPE
    talked     talk      VERB  VBD 0 ROOT  -
    about      about     ADP   IN  4 prep  -
    Bolivia    Bolivia   PROPN NNP 5 pobj  GPE
    .          .         PUNCT .   4 punct -
    """)
    [about, *_] = [r for r in by_rule(reading, "prep") if r.object.entity_id == "country:BOL"]
    assert about.event_code == "010"
    [mutual] = by_rule(reading, "reciprocal")
    assert (mutual.predicate, mutual.event_code, mutual.event_root) == ("talk with", "040", "04")


def test_a_verb_without_a_code_takes_its_event_nouns() -> None:
    codes = _codes(
        """
    Chile      Chile     PROPN NNP 2 nsubj GPE
    arranged   arrange   VERB  VBD 0 ROOT  -
    talks      talk      NOUN  NNS 2 dobj  -
    with       with      ADP   IN  3 prep  -
    Peru       Peru      PROPN NNP 4 pobj  GPE
    .          .         PUNCT .   2 punct -
    """,
        "noun_prep",
    )
    assert codes == {("arrange talk with", "Peru"): "040"}


def test_a_copula_is_an_event_when_its_noun_is_one() -> None:
    codes = _codes(
        """
    Sweden     Sweden    PROPN NNP 2 nsubj GPE
    is         be        AUX   VBZ 0 ROOT  -
    a          a         DET   DT  5 det   -
    harsh      harsh     ADJ   JJ  5 amod  -
    critic     critic    NOUN  NN  2 attr  -
    of         of        ADP   IN  5 prep  -
    Russia     Russia    PROPN NNP 6 pobj  GPE
    .          .         PUNCT .   2 punct -
    """,
        "copula",
    )
    assert codes == {("be critic of", "Russia"): "111"}


def test_who_attacks_decides_between_assault_and_military_force() -> None:
    state = _codes(
        """
    Syria      Syria     PROPN NNP 2 nsubj GPE
    attacked   attack    VERB  VBD 0 ROOT  -
    Israel     Israel    PROPN NNP 2 dobj  GPE
    .          .         PUNCT .   2 punct -
    """,
        "svo",
    )
    group = _codes(
        """
    Hezbollah  Hezbollah PROPN NNP 2 nsubj ORG
    attacked   attack    VERB  VBD 0 ROOT  -
    Israel     Israel    PROPN NNP 2 dobj  GPE
    .          .         PUNCT .   2 punct -
    """,
        "svo",
    )
    assert (state, group) == ({("attack", "Israel"): "190"}, {("attack", "Israel"): "180"})


def test_suspending_a_parliament_is_coercion() -> None:
    codes = _codes(
        """
    Chile      Chile      PROPN NNP 2 nsubj GPE
    suspended  suspend    VERB  VBD 0 ROOT  -
    the        the        DET   DT  5 det   -
    Peruvian   Peruvian   ADJ   JJ  5 amod  NORP
    Parliament Parliament PROPN NNP 2 dobj  ORG
    .          .          PUNCT .   2 punct -
    """,
        "svo",
    )
    assert list(codes.values()) == ["172"]


def test_an_event_named_as_an_argument_lends_its_code(monkeypatch: pytest.MonkeyPatch) -> None:
    # Events become entities only where the entity stages make them (an EVENT entity): stand one in.
    plain = ArgumentResolver.sense_words

    def as_event(self: ArgumentResolver, token: Token, ref: Ref) -> frozenset[str]:
        found = plain(self, token, ref)
        return found | {"@EVENT"} if token.lower_ == "bombings" else found

    monkeypatch.setattr(ArgumentResolver, "sense_words", as_event)
    struck = _codes("""
    Bombings  bombing   NOUN  NNS 2 nsubj ORG
    struck    strike    VERB  VBD 0 ROOT  -
    Arica     Arica     PROPN NNP 2 dobj  GPE
    .         .         PUNCT .   2 punct -
    """, "svo")
    took_place = _codes("""
    Bombings  bombing   NOUN  NNS 2 nsubj ORG
    occurred  occur     VERB  VBD 0 ROOT  -
    in        in        ADP   IN  2 prep  -
    Peru      Peru      PROPN NNP 3 pobj  GPE
    .         .         PUNCT .   2 punct -
    """, "prep")
    assert (struck, took_place) == ({("strike", "Arica"): "180"}, {("occur in", "Peru"): "183"})


def test_who_acts_and_on_whom_chooses_protest_and_aid() -> None:
    stormed = _codes("""
    Protesters protester NOUN  NNS 2 nsubj NORP
    stormed    storm     VERB  VBD 0 ROOT  -
    Congress   Congress  PROPN NNP 2 dobj  ORG
    .          .         PUNCT .   2 punct -
    """, "svo")
    backed = _codes("""
    Chile      Chile     PROPN NNP 2 nsubj GPE
    backed     back      VERB  VBD 0 ROOT  -
    rebels     rebel     NOUN  NNS 2 dobj  NORP
    .          .         PUNCT .   2 punct -
    """, "svo")
    assert (list(stormed.values()), list(backed.values())) == (["145"], ["070"])


def test_a_verb_that_undoes_its_event_noun_does_not_take_its_code() -> None:
    codes = _codes(
        """
    Tribunal   Tribunal  PROPN NNP 2 nsubj ORG
    overturned overturn  VERB  VBD 0 ROOT  -
    the        the       DET   DT  4 det   -
    conviction conviction NOUN NN  2 dobj  -
    of         of        ADP   IN  4 prep  -
    Pedro      Pedro     PROPN NNP 7 compound PERSON
    Alves      Alves     PROPN NNP 5 pobj  PERSON
    .          .         PUNCT .   2 punct -
    """,
        "noun_prep",
    )
    assert codes == {("overturn conviction of", "Pedro Alves"): None}


def test_a_judge_upholding_a_conviction_still_takes_the_nouns_code() -> None:
    codes = _codes(
        """
    Tribunal   Tribunal  PROPN NNP 2 nsubj ORG
    upheld     uphold    VERB  VBD 0 ROOT  -
    the        the       DET   DT  4 det   -
    conviction conviction NOUN NN  2 dobj  -
    of         of        ADP   IN  4 prep  -
    Pedro      Pedro     PROPN NNP 7 compound PERSON
    Alves      Alves     PROPN NNP 5 pobj  PERSON
    .          .         PUNCT .   2 punct -
    """,
        "noun_prep",
    )
    assert codes == {("uphold conviction of", "Pedro Alves"): "116"}


def test_congratulations_written_to_someone_are_praise_not_a_bare_statement() -> None:
    codes = _codes(
        """
    Anna       Anna      PROPN NNP 2 compound PERSON
    Lind       Lind      PROPN NNP 3 nsubj PERSON
    wrote      write     VERB  VBD 0 ROOT  -
    congratulations congratulation NOUN NNS 3 dobj -
    to         to        ADP   IN  4 prep  -
    Karl       Karl      PROPN NNP 7 compound PERSON
    Berg       Berg      PROPN NNP 5 pobj  PERSON
    .          .         PUNCT .   3 punct -
    """,
        "noun_prep",
    )
    assert codes == {("write congratulation to", "Karl Berg"): "051"}


def test_a_statement_about_threats_stays_a_statement() -> None:
    codes = _codes(
        """
    Chile      Chile     PROPN NNP 2 nsubj GPE
    wrote      write     VERB  VBD 0 ROOT  -
    of         of        ADP   IN  2 prep  -
    threats    threat    NOUN  NNS 3 pobj  -
    to         to        ADP   IN  4 prep  -
    Peru       Peru      PROPN NNP 5 pobj  GPE
    .          .         PUNCT .   2 punct -
    """,
        "noun_prep",
    )
    assert codes == {("write of threat to", "Peru"): "010"}


def test_an_invitation_posted_on_a_medium_is_no_invitation_of_the_medium() -> None:
    # the platform is where the words were published, no party to them (objects.medium): no relation at
    # all, so neither an invitation (026) nor a statement to it
    codes = _codes(
        """
    Chile      Chile     PROPN NNP 2 nsubj GPE
    wrote      write     VERB  VBD 0 ROOT  -
    an         an        DET   DT  4 det   -
    invitation invitation NOUN NN  2 dobj  -
    on         on        ADP   IN  4 prep  -
    Facebook   Facebook  PROPN NNP 5 pobj  ORG
    .          .         PUNCT .   2 punct -
    """,
        "noun_prep",
    )
    assert codes == {}


def test_congratulations_to_a_bracketed_name_in_a_quote_are_praise_of_it() -> None:
    # 'Lind wrote, "Congratulations to [Karl Berg] on a fine campaign."': the brackets mislead the parser
    codes = _codes(
        """
    Anna       Anna      PROPN NNP 2 compound PERSON
    Lind       Lind      PROPN NNP 3 nsubj PERSON
    wrote      write     VERB  VBD 0 ROOT  -
    ,          ,         PUNCT ,   3 punct -
    "          "         PUNCT ``  3 punct -
    Congratulations congratulation NOUN NNS 11 nmod -
    to         to        ADP   IN  6 prep  -
    [          [         PUNCT -LRB- 11 punct -
    Karl       Karl      PROPN NNP 11 compound PERSON
    Carl       Carl      PROPN NNP 11 compound I-PERSON
    Berg       Berg      PROPN NNP 3 dobj  I-PERSON
    ]          ]         PUNCT -RRB- 3 punct -
    .          .         PUNCT .   3 punct -
    """,
        "svo",
    )
    assert list(codes.values()) == ["051"]


def test_a_written_statement_naming_someone_stays_a_statement() -> None:
    codes = _codes(
        """
    Anna       Anna      PROPN NNP 2 compound PERSON
    Lind       Lind      PROPN NNP 3 nsubj PERSON
    wrote      write     VERB  VBD 0 ROOT  -
    to         to        ADP   IN  3 prep  -
    Karl       Karl      PROPN NNP 6 compound PERSON
    Berg       Berg      PROPN NNP 4 pobj  I-PERSON
    .          .         PUNCT .   3 punct -
    """,
        "prep",
    )
    assert list(codes.values()) == ["010"]
