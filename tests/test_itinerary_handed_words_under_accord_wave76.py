"""Wave 76 G: places named in a relative clause of inclusion on a journey or list ("opened a tour which
includes Bolivia") are no objects of the verb; a verb of handing over with an object noun naming words said
("delivered a warning to Japan") takes the noun's code, not aid (07); an accord after "under" ("Under a
separate agreement, Chile agreed to provide ... as a grant to Peru") is the frame of the act, with no edge
to or from it through "under"; and the form a sum is given "as" names the thing given (`provide grant
to`). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_modal_acts

TOUR = """
Mr        Mr        PROPN NNP 2 compound -
Smith     Smith     PROPN NNP 3 nsubj    PERSON
opened    open      VERB  VBD 0 ROOT     -
a         a         DET   DT  5 det      -
tour      tour      NOUN  NN  3 dobj     -
which     which     PRON  WDT 7 nsubj    -
includes  include   VERB  VBZ 5 relcl    -
Bolivia   Bolivia   PROPN NNP 7 dobj     GPE
and       and       CCONJ CC  8 cc       -
Guatemala Guatemala PROPN NNP 8 conj     GPE
.         .         PUNCT .   3 punct    -
"""

WARNING = """
The       the       DET   DT  2 det      -
EC        EC        PROPN NNP 3 nsubj    ORG
delivered deliver   VERB  VBD 0 ROOT     -
a         a         DET   DT  5 det      -
warning   warning   NOUN  NN  3 dobj     -
to        to        ADP   IN  3 prep     -
Japan     Japan     PROPN NNP 6 pobj     GPE
.         .         PUNCT .   3 punct    -
"""

FOOD = """
Chile     Chile     PROPN NNP 2 nsubj    GPE
delivered deliver   VERB  VBD 0 ROOT     -
food      food      NOUN  NN  2 dobj     -
to        to        ADP   IN  2 prep     -
Peru      Peru      PROPN NNP 4 pobj     GPE
.         .         PUNCT .   2 punct    -
"""

UNDER_ACCORD = """
Under     under     ADP   IN  7  prep     -
a         a         DET   DT  4  det      -
separate  separate  ADJ   JJ  4  amod     -
agreement agreement NOUN  NN  1  pobj     -
,         ,         PUNCT ,   7  punct    -
Chile     Chile     PROPN NNP 7  nsubj    GPE
agreed    agree     VERB  VBD 0  ROOT     -
to        to        PART  TO  9  aux      -
provide   provide   VERB  VB  7  xcomp    -
five      five      NUM   CD  12 nummod   CARDINAL
mln       mln       ADJ   JJ  12 amod     -
dlrs      dlrs      NOUN  NN  9  dobj     -
as        as        ADP   IN  9  prep     -
a         a         DET   DT  15 det      -
grant     grant     NOUN  NN  13 pobj     -
to        to        ADP   IN  15 prep     -
Peru      Peru      PROPN NNP 16 pobj     GPE
.         .         PUNCT .   7  punct    -
"""


def test_places_on_a_tour_are_no_objects_of_opening_it() -> None:
    acts = read_modal_acts(TOUR)
    assert not [a for a in acts if a[0] == "Smith" and a[2] in ("Bolivia", "Guatemala")]


def test_a_warning_delivered_is_the_warning_not_aid() -> None:
    acts = read_modal_acts(WARNING)
    delivered = [a for a in acts if a[0] == "EC" and a[2] == "Japan"]
    assert delivered and all(a[3] == "01" for a in delivered)


def test_food_delivered_stays_aid() -> None:
    acts = read_modal_acts(FOOD)
    assert ("Chile", "deliver food to", "Peru", "07", None, False) in acts


def test_an_accord_under_which_an_act_is_done_is_no_party_to_it() -> None:
    reading = read(UNDER_ACCORD)
    accords = {e.id for e in reading.entities.entities() if e.label == "separate agreement"}
    assert accords, "the accord is an entity of the article"
    assert not [r for r in reading.relations if {r.subject.entity_id, r.object.entity_id} & accords]


def test_a_sum_given_as_a_grant_is_a_grant_given() -> None:
    acts = read_modal_acts(UNDER_ACCORD)
    # agreed to, the grant is an intent to provide aid (03, wave 83 G), not yet given
    assert ("Chile", "agree to provide grant to", "Peru", "03", None, False) in acts
