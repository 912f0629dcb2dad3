from __future__ import annotations

import pytest
from geokg.extract.lexicon.cameo import CAMEO_ROOTS, Sense, event_code, event_root, lexicon_size, root_name
from geokg.extract.lexicon.words import NEGATING_VERBS, SPEECH_VERBS


def test_roots_are_the_twenty_cameo_categories() -> None:
    assert sorted(CAMEO_ROOTS) == [f"{n:02d}" for n in range(1, 21)]
    assert root_name("163") == "reduce relations"
    assert root_name("99") is None


def test_lexicon_is_broad() -> None:
    assert lexicon_size() >= 400


@pytest.mark.parametrize(
    ("lemma", "particle", "root"),
    [
        ("say", None, "01"),
        ("urge", None, "02"),
        ("call", "for", "02"),
        ("pledge", None, "03"),
        ("meet", None, "04"),
        ("discuss", None, "04"),
        ("visit", None, "04"),
        ("praise", None, "05"),
        ("sign", None, "05"),
        ("cooperate", None, "06"),
        ("provide", None, "07"),
        ("supply", None, "07"),
        ("withdraw", "from", "08"),
        ("pull", "out", "08"),
        ("investigate", None, "09"),
        ("demand", None, "10"),
        ("insist", "on", "10"),
        ("criticize", None, "11"),
        ("accuse", None, "11"),
        ("condemn", None, "11"),
        ("reject", None, "12"),
        ("deny", None, "01"),  # a bare denial is a statement; denied requests, visas, entry: rows of 12
        ("dismiss", None, "12"),
        ("threaten", None, "13"),
        ("protest", None, "14"),
        ("deploy", None, "15"),
        ("sanction", None, "16"),
        ("ban", None, "16"),
        ("arrest", None, "17"),
        ("assassinate", None, "18"),
        ("kill", None, "18"),
        ("attack", None, "19"),
        ("invade", None, "19"),
        ("massacre", None, "20"),
        ("Condemn", None, "11"),  # lemmas are matched case-insensitively
    ],
)
def test_verb_roots(lemma: str, particle: str | None, root: str) -> None:
    assert event_root(lemma, particle_or_prep=particle) == root


def test_particle_changes_or_keeps_the_meaning() -> None:
    assert event_root("insist") == "01"
    assert event_root("insist", particle_or_prep="on") == "10"
    assert event_root("give") == "07"
    assert event_root("give", particle_or_prep="up") == "08"
    assert event_root("call") is None  # bare "call": a phone call or a label, too ambiguous
    assert event_root("call", particle_or_prep="for") == "02"
    # An unlisted preposition leaves the verb's own meaning.
    assert event_root("criticize", particle_or_prep="for") == "11"
    assert event_root("strike") == "19"
    assert event_root("strike", particle_or_prep="down") is None  # a court striking down a law


@pytest.mark.parametrize(
    ("noun", "root"),
    [
        ("meeting", "04"),
        ("meetings", "04"),
        ("talks", "04"),
        ("visit", "04"),
        ("attack", "19"),
        ("attacks", "19"),
        ("assault", "18"),
        ("sanctions", "16"),
        ("ban", "16"),
        ("withdrawal", "08"),
        ("criticism", "11"),
        ("demand", "10"),
        ("threat", "13"),
        ("warrant", "17"),
        ("arrest  warrant", "17"),
        ("inquiries", "09"),
        ("suicide bombing", "18"),
        ("airstrike", "19"),
    ],
)
def test_noun_roots(noun: str, root: str) -> None:
    assert event_root(noun, noun=True) == root


def test_sub_codes_are_kept() -> None:
    assert event_code("sanction") == "163"
    assert event_code("arrest") == "173"
    assert event_code("ceasefire", noun=True) == "0871"


@pytest.mark.parametrize("word", ["table", "be", "have", "the", "", "news", "bus"])
def test_non_event_words(word: str) -> None:
    assert event_root(word) is None
    assert event_root(word, noun=True) is None


def test_verbs_and_nouns_are_separate() -> None:
    assert event_root("meeting") is None  # "meeting" is listed only as a noun
    assert event_root("discuss", noun=True) is None


def test_speech_and_negating_verbs() -> None:
    for lemma in (
        "say",
        "tell",
        "announce",
        "state",
        "claim",
        "add",
        "emphasize",
        "acknowledge",
        "insist",
        "warn",
        "write",
        "tweet",
    ):
        assert lemma in SPEECH_VERBS
    assert {"deny", "refuse", "decline", "reject", "fail"} <= NEGATING_VERBS
    assert not SPEECH_VERBS & NEGATING_VERBS
    assert "attack" not in SPEECH_VERBS


def _sense(particles: tuple[str, ...] = (), objects: dict | None = None, agents: set | None = None) -> Sense:
    return Sense(particles, {k: frozenset(v) for k, v in (objects or {}).items()}, frozenset(agents or ()))


@pytest.mark.parametrize(
    ("lemma", "sense", "code"),
    [
        # what is withdrawn or left decides: troops retreat (08), a state leaving a union reduces ties (16)
        ("withdraw", _sense(objects={"": {"troop", "@MIL"}}), "0874"),
        ("withdraw", _sense(objects={"": {"bill"}}), "080"),
        ("withdraw", _sense(("from",), {"from": {"treaty"}}), "160"),
        ("withdraw", _sense(("from",), {"from": {"@GPE", "@state"}}), "0874"),
        ("leave", _sense(objects={"": {"@ORG", "@nonstate"}}), "160"),
        ("leave", _sense(objects={"": {"@GPE"}}, agents={"@MIL", "@state"}), "0874"),
        ("leave", _sense(objects={"": {"@GPE"}}, agents={"@PERSON"}), None),  # a trip is no event
        # a force entering a country occupies it (19); entering into an agreement or talks is cooperation
        ("enter", _sense(objects={"": {"@GPE"}}, agents={"@MIL", "@state"}), "192"),
        # shaking hands is a meeting; shaking a country (an earthquake) is no event
        ("shake", _sense(("with",), {"": {"hand"}, "with": {"@PERSON"}}), "040"),
        ("shake", _sense(objects={"": {"@GPE"}}), None),
        ("enter", _sense(("into",), {"into": {"contract"}}, agents={"@MIL", "@state"}), "057"),
        ("enter", _sense(("into",), {"into": {"talk"}}, agents={"@GOV", "@state"}), "046"),
        ("suspend", _sense(objects={"": {"parliament", "@LEG"}}), "172"),
        ("suspend", _sense(objects={"": {"talk"}}), "164"),
        ("suspend", _sense(objects={"": {"aid"}}), "162"),
        ("suspend", _sense(objects={"": {"membership"}}), "160"),
        ("ask", _sense(("for",), {"for": {"resignation"}}), "1041"),
        # a storm is an EVENT and a hazard: the narrow class decides, whatever the rows' order
        ("strike", _sense(agents={"@EVENT", "@hazard"}), None),
        ("strike", _sense(agents={"@EVENT"}), "180"),
        # talking with a news outlet is an interview (a statement, 01); with a counterpart it consults (04)
        ("discuss", _sense(("with",), {"with": {"outlet", "@MED"}}), "010"),
        ("speak", _sense(("to",), {"to": {"@MED"}}), "010"),
        ("talk", _sense(("with",), {"with": {"@PERSON"}}), "040"),
        # an outlet that reaches out to or speaks with someone interviews them (01); a minister consults (04)
        ("reach", _sense(("out", "to"), agents={"@ORG", "@MED"}), "010"),
        ("reach", _sense(("out", "to"), agents={"@PERSON", "@GOV"}), "040"),
        ("speak", _sense(("with",), agents={"@MED"}), "010"),
        ("interview", _sense(agents={"@COP", "@state"}), "090"),  # police questioning a suspect
        ("interview", _sense(agents={"@MED"}), "010"),
        # honours, standings and contest results are no events; a political election is (05)
        ("elect", _sense(("as",), {"as": {"fellow"}}), None),
        ("elect", _sense(("as",), {"as": {"president"}}), "051"),
        ("admit", _sense(("to",), {"to": {"@ORG"}}), None),
        ("admit", _sense(), "015"),  # admitted the charges: a concession
        ("maintain", _sense(("over",), {"": {"lead"}}), None),
        ("receive", _sense(objects={"": {"vote"}}), None),
        ("receive", _sense(objects={"": {"delegation"}}), "043"),
        ("receive", _sense(("from",), {"": {"doctorate"}, "from": {"@ORG"}}), None),  # a career fact
        ("receive", _sense(("from",), {"": {"delegation"}, "from": {"@GPE"}}), "043"),
        ("suspend", _sense(objects={"": {"campaign"}}), None),
        ("abandon", _sense(objects={"": {"bid"}}), None),
        # the act a statement carries
        ("address", _sense(objects={"": {"allegation"}}), "010"),
        ("tweet", _sense(("for",), {"": {"support"}}), "051"),
        ("ask", _sense(("for",), {"for": {"help"}}), "020"),
        ("attribute", _sense(("to",), {"to": {"@ORG"}}), "112"),  # attributed the bombing to X: blames X
        ("attribute", _sense(), None),
        # the preposition named first (the fact's own) wins over the verb's other ones
        ("talk", _sense(("about", "with")), "010"),
        ("talk", _sense(("with", "about")), "040"),
        # who acts: a state's attack is military force (19), a group's or a private person's assault (18)
        ("attack", _sense(agents={"@GPE", "@state"}), "190"),
        ("attack", _sense(agents={"@ORG", "@nonstate"}), "180"),
        ("fire", _sense(objects={"": {"@PERSON"}}), "170"),  # fired his adviser
        (
            "fire",
            _sense(("at",), {"at": {"@PERSON"}}, {"@state"}),
            "190",
        ),  # an object of "at" is no dismissal
        ("fire", _sense(("at",), agents={"@COP", "@state"}), "175"),
        ("fire", _sense(objects={"": {"gas"}}, agents={"@COP"}), "175"),
        # phrasal verbs
        ("reach", _sense(("out", "to")), "040"),
        ("rely", _sense(("on",)), "060"),
        ("call", _sense(("off",), {"": {"talk"}}), "164"),
        ("take", _sense(("over",), {"": {"@GPE"}}), "192"),
        ("take", _sense(("over",), {"": {"@ORG"}}), None),
        # sending a letter is a written statement; sending troops is not
        ("send", _sense(("to",), {"": {"letter"}, "to": {"@PERSON"}}), "010"),
        ("send", _sense(("to",), {"": {"troop"}, "to": {"@GPE"}}), None),
        # pressing someone to act is an appeal; a push into a place is not
        ("push", _sense(objects={"": {"@PERSON", "@state"}}), "020"),
        ("push", _sense(objects={"": {"@GPE", "@state"}}), "020"),
        ("push", _sense(("into",), {"into": {"@GPE"}}), None),
        # a split with a leader is disapproval, a state's break with a state cuts relations
        ("break", _sense(("with",), {"with": {"@PERSON", "@state"}}), "110"),
        ("break", _sense(("with",), {"with": {"@GPE", "@state"}}), "161"),
    ],
)
def test_arguments_and_prepositions_select_the_sense(lemma: str, sense: Sense, code: str | None) -> None:
    assert event_code(lemma, sense=sense) == code


@pytest.mark.parametrize(
    ("lemma", "noun", "code"),
    [
        ("overthrow", False, "170"),
        ("oust", False, "170"),
        ("defeat", False, "190"),
        ("counter", False, "120"),
        ("subpoena", False, "1013"),
        ("pressure", False, "100"),
        ("critic", True, "111"),
        ("exit", True, "160"),
        ("ram", False, "190"),
        ("elect", False, "051"),
        ("disqualify", False, "172"),
        ("lambast", False, "111"),
        ("assail", False, "111"),
        ("deride", False, "111"),
        ("champion", False, "051"),
        ("reassert", False, "010"),
        ("congratulation", True, "051"),
        ("repel", False, "190"),
        ("repulse", False, "190"),
        ("counterattack", True, "190"),
    ],
)
def test_verbs_news_needs_coded(lemma: str, noun: bool, code: str) -> None:
    assert event_code(lemma, noun=noun) == code


def test_an_attack_on_a_decision_is_criticism_not_force() -> None:
    state = frozenset({"@state"})
    assert event_code("attack", sense=Sense((), {"": frozenset({"ruling"})}, state)) == "111"
    assert event_code("attack", sense=Sense((), {"": frozenset({"@GPE"})}, state)) == "190"


def test_an_attack_over_a_policy_is_criticism_not_force() -> None:
    over_policy = Sense(("over",), {"": frozenset({"@PERSON"}), "over": frozenset({"policy"})})
    assert event_code("attack", sense=over_policy) == "111"  # "attacked the minister over his policy"
    over_weekend = Sense(("over",), {"": frozenset({"@GPE"}), "over": frozenset({"weekend"})})
    assert event_code("attack", sense=over_weekend) != "111"  # "attacked the town over the weekend"


def test_where_one_comes_from_and_a_show_one_hosts_are_no_events() -> None:
    assert event_code("hail", particle_or_prep="from") is None  # "hails from Ohio"
    assert event_root("hail") == "05"  # "hailed the deal": praise
    assert event_code("host", sense=Sense(objects={"": frozenset({"show"})})) is None
    assert event_root("host") == "04"  # hosting talks or a visit


def test_one_sided_shootings_and_stabbings_are_assault_not_fighting() -> None:
    unowned = Sense(agents=frozenset({"@nonstate"}))
    assert event_root("shooting", noun=True, sense=unowned) == "18"
    assert event_root("mass shooting", noun=True) == "18"
    assert event_root("stabbing", noun=True) == "18"
    assert event_root("shooting", noun=True) == "19"  # no agent known: small-arms fighting stays 19


def test_an_impeachment_inquiry_investigates() -> None:
    assert event_root("impeachment inquiry", noun=True) == "09"
    assert event_root("impeachment hearing", noun=True) == "09"


def test_an_outlet_catching_up_or_in_touch_with_someone_interviews_them() -> None:
    outlet = {"@ORG", "@MED"}
    assert event_root("catch", sense=_sense(("up", "with"), agents=outlet)) == "01"
    assert event_root("catch", sense=_sense(("up", "with"), agents={"@PERSON"})) is None
    assert event_root("touch", noun=True, sense=_sense(("in",), agents=outlet)) == "01"
    assert event_root("touch", noun=True, sense=_sense(("in",), agents={"@GPE", "@state"})) == "04"


def test_people_gathering_in_a_place_meet_and_a_crowd_does_not() -> None:
    assert event_root("gather", sense=_sense(("in",), agents={"@PERSON"})) == "04"
    assert event_root("gather", sense=_sense(("in",), agents={"@GPE", "@state"})) == "04"
    assert event_root("assemble", sense=_sense(("in",), agents={"@GPE", "@state"})) is None  # builds
    assert event_root("gather", sense=_sense(("in",), agents={"@NORP", "@OPP", "@nonstate"})) is None


def test_a_signal_sent_or_given_is_a_statement_not_aid() -> None:
    for verb in ("give", "send"):
        assert event_code(verb, sense=Sense((), {"": frozenset({"signal"})})) == "010"
    assert event_root("give") == "07"  # giving as such is still aid


def test_harm_inflicted_on_a_side_and_a_thrust_against_it_are_fighting() -> None:
    assert event_code("inflict", particle_or_prep="on") == "190"
    assert event_code("thrust", noun=True, particle_or_prep="against") == "190"
    # the bare noun (the thrust of an argument) is no event
    assert event_code("thrust", noun=True) is None


def test_seeing_an_official_is_a_meeting() -> None:
    assert event_code("see", sense=Sense((), {"": frozenset({"@PERSON", "@official"})})) == "040"
    assert event_code("see", sense=Sense((), {"": frozenset({"rise"})})) is None
