"""Wave 30: roots of verb + preposition and verb + object events. A person heading for a state visits it,
an envoy sent to a state is a visit by proxy, joining a treaty accedes to it, approval given endorses,
loans extended are aid, a court finding someone in contempt sanctions them; a deal struck is an agreement,
while "struck a chord", "hit a snag" and "fought shy of" are figures of speech with no root. Lexicon rows
are checked through cameo.Sense; the frame's reading of them on hand-built parses of sentences of our own."""

from __future__ import annotations

import pytest
from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import facts_with_roots


def _sense(particles: tuple[str, ...] = (), objects: dict | None = None, agents: set | None = None) -> Sense:
    return Sense(particles, {k: frozenset(v) for k, v in (objects or {}).items()}, frozenset(agents or ()))


CITY = {"@GPE", "@nonstate"}
STATE = {"@GPE", "@state"}
PERSON = {"@PERSON", "@nonstate"}
STORM = {"@EVENT", "@hazard", "@nonstate"}


@pytest.mark.parametrize(
    ("lemma", "sense", "code"),
    [
        # a person heading for a state visits it; for a city, or a storm heading for a state, no visit
        ("head", _sense(("for",), {"for": STATE}, PERSON), "042"),
        ("head", _sense(("to",), {"to": STATE}, {"@GOV", "@state"}), "042"),
        ("head", _sense(("towards",), {"towards": STATE}, STORM), None),
        ("head", _sense(("to",), {"to": CITY}, PERSON), None),
        ("head", _sense(objects={"": {"@ORG", "@nonstate"}}, agents=PERSON), None),  # "heads the party"
        # an envoy or a delegation sent is a visit by proxy; a letter sent stays a statement
        ("send", _sense(("to",), {"": {"envoy"}, "to": STATE}), "042"),
        ("send", _sense(("to",), {"": {"delegation"}, "to": STATE}), "042"),
        ("dispatch", _sense(("to",), {"": {"mission"}, "to": STATE}), "042"),
        ("send", _sense(("to",), {"": {"letter"}, "to": STATE}), "010"),
        # joining a treaty accedes to it; joining a party or a band is membership, no event
        ("join", _sense(objects={"": {"pact", "@ORG"}}), "057"),
        ("join", _sense(objects={"": {"alliance", "@ORG"}}), "050"),
        ("join", _sense(objects={"": {"party", "@ORG"}}), None),
        # approval given endorses; aid given stays aid
        ("give", _sense(("to",), {"": {"approval"}, "to": STATE}), "051"),
        ("give", _sense(("to",), {"": {"aid"}, "to": STATE}), "070"),
        ("extend", _sense(("to",), {"": {"loan"}, "to": STATE}), "071"),
        ("find", _sense(("in",), {"": {"@ORG"}, "in": {"contempt"}}), "172"),
        # striking a deal agrees; striking a chord or a tone is a figure of speech; striking a state fights
        ("strike", _sense(("with",), {"": {"deal"}, "with": STATE}), "057"),
        ("strike", _sense(("with",), {"": {"chord"}, "with": STATE}), None),
        ("strike", _sense(("with",), {"": {"tone"}, "with": STATE}), None),
        ("strike", _sense(objects={"": STATE}), "190"),
        ("hit", _sense(objects={"": {"snag"}}, agents={"@EVENT", "@nonstate"}), None),
        ("fight", _sense(("of",), {"of": STATE}, STATE), None),
        ("fight", _sense(("against",), {"against": STATE}, STATE), "190"),
    ],
)
def test_the_verbs_object_or_preposition_selects_the_root(lemma: str, sense: Sense, code: str | None) -> None:
    assert event_code(lemma, sense=sense) == code


def test_a_person_heading_for_a_state_visits_it() -> None:
    facts = facts_with_roots(
        """
    Ana        Ana        PROPN NNP  2 compound PERSON
    Lopez      Lopez      PROPN NNP  4 nsubj    I-PERSON
    is         be         AUX   VBZ  4 aux      -
    heading    head       VERB  VBG  0 ROOT     -
    for        for        ADP   IN   4 prep     -
    Chile      Chile      PROPN NNP  5 pobj     GPE
    .          .          PUNCT .    4 punct    -
    """
    )
    assert facts == {("Ana Lopez", "head for", "Chile", "04")}


def test_a_chord_struck_with_a_people_is_no_fight() -> None:
    facts = facts_with_roots(
        """
    Ana        Ana        PROPN NNP  2 compound PERSON
    Lopez      Lopez      PROPN NNP  5 nsubj    I-PERSON
    has        have       AUX   VBZ  5 aux      -
    not        not        PART  RB   5 neg      -
    struck     strike     VERB  VBN  0 ROOT     -
    a          a          DET   DT   7 det      -
    chord      chord      NOUN  NN   5 dobj     -
    with       with       ADP   IN   7 prep     -
    Chile      Chile      PROPN NNP  8 pobj     GPE
    .          .          PUNCT .    5 punct    -
    """
    )
    assert facts == {("Ana Lopez", "strike chord with", "Chile", None)}
