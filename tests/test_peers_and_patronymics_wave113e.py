"""People the tagger typed as bodies or split (wave 113 E): a name after a title of the peerage ("Lord X",
"Baroness Y") or in a list a plural one opens ("Lords X, Y and Z", the judges who sat) is a person's, the
title no part of it; a name written in full with a patronymic ("Given Patronymic-uly Surname") is one
person's name, its surname no body of its own. Each test states its parse by hand (tests/hand_docs.py);
the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read, then_abroad

# "Lady Moss, sitting with Lords Adair, Fenwick and Keel, said the appeal failed."
LORDS_LISTED = """
Lady      Lady      PROPN NNP   2 compound  PERSON
Moss      Moss      PROPN NNP   13 nsubj    I-PERSON
,         ,         PUNCT ,     13 punct    -
sitting   sit       VERB  VBG   13 advcl    -
with      with      ADP   IN    4 prep      -
Lords     Lords     PROPN NNP   7 compound  ORG
Adair     Adair     PROPN NNP   5 pobj      I-ORG
,         ,         PUNCT ,     7 punct     -
Fenwick   Fenwick   PROPN NNP   7 conj      ORG
and       and       CCONJ CC    9 cc        -
Keel      Keel      PROPN NNP   9 conj      -
,         ,         PUNCT ,     13 punct    -
said      say       VERB  VBD   0 ROOT      -
the       the       DET   DT    15 det      -
appeal    appeal    NOUN  NN    16 nsubj    -
failed    fail      VERB  VBD   13 ccomp    -
.         .         PUNCT .     13 punct    -
"""

# "Lord Tarrant and Lord Bexley dissented."  (one name tagged without the title, one with it)
TWO_LORDS = """
Lord       Lord       PROPN NNP  2 compound  -
Tarrant    Tarrant    PROPN NNP  6 nsubj     ORG
and        and        CCONJ CC   2 cc        -
Lord       Lord       PROPN NNP  5 compound  ORG
Bexley     Bexley     PROPN NNP  2 conj      I-ORG
dissented  dissent    VERB  VBD  0 ROOT      -
.          .          PUNCT .    6 punct     -
"""

# "The Lords rejected the bill."  (the chamber: no name follows the title)
THE_LORDS = """
The       the       DET   DT   2 det     -
Lords     Lords     PROPN NNPS 3 nsubj   ORG
rejected  reject    VERB  VBD  0 ROOT    -
the       the       DET   DT   5 det     -
bill      bill      NOUN  NN   3 dobj    -
.         .         PUNCT .    3 punct   -
"""

# "Kyrgyzstan has been run by its president Bolat Kairat-uly Temirov."  (the tagger ends the person on the
# patronymic and calls the surname a place)
PATRONYMIC = """
Kyrgyzstan  Kyrgyzstan  PROPN NNP  4 nsubjpass GPE
has         have        AUX   VBZ  4 aux       -
been        be          AUX   VBN  4 auxpass   -
run         run         VERB  VBN  0 ROOT      -
by          by          ADP   IN   4 agent     -
its         its         PRON  PRP$ 7 poss      -
president   president   NOUN  NN   5 pobj      -
Bolat       Bolat       PROPN NNP  9 compound  PERSON
Kairat      Kairat      PROPN NNP  11 compound I-PERSON
-           -           PUNCT HYPH 11 punct    I-PERSON
uly         uly         PROPN NNP  12 compound I-PERSON
Temirov     Temirov     PROPN NNP  7 appos     GPE
.           .           PUNCT .    4 punct     -
"""

# "Oleg Sidorenko Bank said profits rose."  (no patronymic: the tagger's two names stay as they are)
NO_PATRONYMIC = """
Oleg       Oleg       PROPN NNP  2 compound  PERSON
Sidorenko  Sidorenko  PROPN NNP  4 nsubj     I-PERSON
Kestrel    Kestrel    PROPN NNP  4 compound  ORG
said       say        VERB  VBD  0 ROOT      -
profits    profit     NOUN  NNS  6 nsubj     -
rose       rise       VERB  VBD  4 ccomp     -
.          .          PUNCT .    4 punct     -
"""


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(then_abroad(table)).entities.entities()}


def test_each_lord_of_a_list_the_plural_title_opens_is_a_person() -> None:
    types = _types(LORDS_LISTED)
    assert {name: types.get(name) for name in ("Adair", "Fenwick", "Keel")} == {
        "Adair": "PERSON",
        "Fenwick": "PERSON",
        "Keel": "PERSON",
    }
    assert "Lords Adair" not in types


def test_a_lord_the_tagger_called_a_body_is_a_person_without_the_title() -> None:
    types = _types(TWO_LORDS)
    assert (types.get("Tarrant"), types.get("Bexley")) == ("PERSON", "PERSON")
    assert "Lord Bexley" not in types


def test_the_chamber_named_lords_is_no_person() -> None:
    # guard: the title alone names no peer
    assert "PERSON" not in _types(THE_LORDS).values()


def test_a_name_with_a_patronymic_runs_on_over_its_surname() -> None:
    types = _types(PATRONYMIC)
    assert types.get("Bolat Kairat-uly Temirov") == "PERSON"
    assert "Temirov" not in types


def test_a_name_with_no_patronymic_does_not_run_on() -> None:
    # guard: the name ends where the tagger ended it
    assert _types(NO_PATRONYMIC).get("Oleg Sidorenko") == "PERSON"


# "Producer Rosa Lord Kenwick edited the film."  (the title's word is a surname's, after a given name the
# tagger reads as a name of its own)
TITLE_WORD_IN_A_SURNAME = """
Producer  producer  NOUN  NN   4 compound  -
Rosa      Rosa      PROPN NNP  4 compound  PERSON
Lord      Lord      PROPN NNP  4 compound  ORG
Kenwick   Kenwick   PROPN NNP  5 nsubj     I-ORG
edited    edit      VERB  VBD  0 ROOT      -
the       the       DET   DT   7 det       -
film      film      NOUN  NN   5 dobj      -
.         .         PUNCT .    5 punct     -
"""


def test_a_title_word_after_a_given_name_stays_in_the_name() -> None:
    assert "Kenwick" not in _types(TITLE_WORD_IN_A_SURNAME)
