"""Hand-built parses: a person's possession as the subject is not the person acting, and an example list
("such as X") stands only for a noun that can have members, "in the interests of X" names no party, and
what one "has" after a preposition is no event one had."""

from __future__ import annotations

from hand_docs import facts, read


def _owned_subject(noun: str, verb: str, lemma: str) -> str:
    """ "Mara Kent's <noun> from the board <verb> Ivo Lind without an ally." """
    return f"""
    Mara       Mara       PROPN NNP 2  compound PERSON
    Kent       Kent       PROPN NNP 4  poss     I-PERSON
    's         's         PART  POS  2  case     -
    {noun}     {noun}     NOUN  NN   8  nsubj    -
    from       from       ADP   IN   4  prep     -
    the        the        DET   DT   7  det      -
    board      board      NOUN  NN   5  pobj     -
    {verb}     {lemma}    VERB  VBD  0  ROOT     -
    Ivo        Ivo        PROPN NNP 10 compound PERSON
    Lind       Lind       PROPN NNP 8  dobj     I-PERSON
    without    without    ADP   IN   8  prep     -
    an         an         DET   DT   13 det      -
    ally       ally       NOUN  NN   11 pobj     -
    .          .          PUNCT .    8  punct    -
    """


def test_a_persons_departure_is_not_the_person_acting() -> None:
    assert facts(read(_owned_subject("departure", "left", "leave")), "svo") == set()


def test_an_act_done_through_a_possession_is_the_owners() -> None:
    # "Mara Kent's tweet from the board attacked Ivo Lind without an ally"
    reading = read(_owned_subject("tweet", "attacked", "attack"))
    assert facts(reading, "svo") == {("Mara Kent", "attack", "Ivo Lind")}


def test_a_passive_subject_owned_by_a_person_is_done_to_the_owner() -> None:
    # "Ivo Lind's assets were frozen by Mara Kent": the owner is the patient, as before
    reading = read("""
    Ivo     Ivo     PROPN NNP 2 compound PERSON
    Lind    Lind    PROPN NNP 4 poss     I-PERSON
    's      's      PART  POS 2 case     -
    assets  asset   NOUN  NNS 6 nsubjpass -
    were    be      AUX   VBD 6 auxpass  -
    frozen  freeze  VERB  VBN 0 ROOT     -
    by      by      ADP   IN  6 agent    -
    Mara    Mara    PROPN NNP 9 compound PERSON
    Kent    Kent    PROPN NNP 7 pobj     I-PERSON
    .       .       PUNCT .   6 punct    -
    """)
    assert ("Mara Kent", "freeze", "Ivo Lind") in facts(reading, "passive") | facts(reading, "svo")


SUCH_AS = """
Ivo        Ivo        PROPN NNP 2  compound PERSON
Lind       Lind       PROPN NNP 3  nsubj    I-PERSON
urged      urge       VERB  VBD 0  ROOT     -
Mara       Mara       PROPN NNP 5  compound PERSON
Kent       Kent       PROPN NNP 3  dobj     I-PERSON
to         to         PART  TO  7  aux      -
push       push       VERB  VB  3  xcomp    -
ahead      ahead      ADV   RB  7  advmod   -
with       with       ADP   IN  7  prep     -
the        the        DET   DT  11 det      -
{noun}     {lemma}    NOUN  {tag} 9 pobj    -
,          ,          PUNCT ,   11 punct    -
such       such       ADJ   JJ  14 amod     -
as         as         ADP   IN  11 prep     -
Sam        Sam        PROPN NNP 16 compound PERSON
Dorn       Dorn       PROPN NNP 14 pobj     I-PERSON
.          .          PUNCT .   3  punct    -
"""


def test_an_example_hung_on_a_thing_is_not_the_verbs_partner() -> None:
    # "... to push ahead with the reform, such as Sam Dorn": Dorn is an example of someone else
    reading = read(SUCH_AS.format(noun="reform", lemma="reform", tag="NN"))
    assert not {f for f in facts(reading, "prep") if "Sam Dorn" in f}


def test_an_example_of_a_group_still_stands_for_it() -> None:
    # "... to push ahead with the lawmakers, such as Sam Dorn": the named member stands for the group
    reading = read(SUCH_AS.format(noun="lawmakers", lemma="lawmaker", tag="NNS"))
    assert ("Mara Kent", "push with", "Sam Dorn") in facts(reading, "prep")


def _acted(noun: str, lemma: str, tag: str) -> str:
    """ "Chile acted in the best <noun> of Peru." """
    return f"""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    acted    act      VERB  VBD 0 ROOT  -
    in       in       ADP   IN  2 prep  -
    the      the      DET   DT  6 det   -
    best     good     ADJ   JJS 6 amod  -
    {noun}   {lemma}  NOUN  {tag} 3 pobj -
    of       of       ADP   IN  6 prep  -
    Peru     Peru     PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """


def test_for_whose_good_a_thing_is_done_is_no_party() -> None:
    assert facts(read(_acted("interests", "interest", "NNS")), "noun_prep") == set()


def test_another_noun_still_reaches_its_party() -> None:
    # "Chile acted in the best schools of Peru": the same parse with any other noun keeps the party
    reading = read(_acted("schools", "school", "NNS"))
    assert facts(reading, "noun_prep") == {("Chile", "act in school of", "Peru")}


def test_what_one_has_after_a_preposition_is_no_event_of_the_subject() -> None:
    # "It is as close as Chile will ever have to a truce with Peru": no truce was had
    reading = read("""
    It      it      PRON  PRP 2  nsubj  -
    is      be      AUX   VBZ 0  ROOT   -
    as      as      ADV   RB  4  advmod -
    close   close   ADJ   JJ  2  acomp  -
    as      as      SCONJ IN  9  mark   -
    Chile   Chile   PROPN NNP 9  nsubj  GPE
    will    will    AUX   MD  9  aux    -
    ever    ever    ADV   RB  9  advmod -
    have    have    VERB  VB  4  advcl  -
    to      to      ADP   IN  9  prep   -
    a       a       DET   DT  12 det    -
    truce   truce   NOUN  NN  10 pobj   -
    with    with    ADP   IN  12 prep   -
    Peru    Peru    PROPN NNP 13 pobj   GPE
    .       .       PUNCT .   2  punct  -
    """)
    assert facts(reading, "light_verb") == set()


def test_an_event_one_has_as_object_is_still_read() -> None:
    reading = read("""
    Chile  Chile  PROPN NNP 2 nsubj GPE
    had    have   VERB  VBD 0 ROOT  -
    talks  talk   NOUN  NNS 2 dobj  -
    with   with   ADP   IN  3 prep  -
    Peru   Peru   PROPN NNP 4 pobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    assert facts(reading, "light_verb") == {("Chile", "meet with", "Peru")}
