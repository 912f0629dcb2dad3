"""Passives and their agents (round 24): the members of a passive's subject are never agent and patient
of each other."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import by_rule, facts, read

# "Also, Brown from Utah, and Hawks center Green, Black and White were each suspended for leaving their
# bench" (or "… suspended by the NBA."): the parser makes the first member, with its "from" phrase and
# the "and", an active subject of the passive verb and starts the passive subject at "Green".
LISTED = """
Also        also        ADV   RB   17    advmod    -
,           ,           PUNCT ,    17    punct     -
Brown       Brown       PROPN NNP  17    nsubj     PERSON
from        from        ADP   IN   3     prep      -
Utah        Utah        PROPN NNP  4     pobj      GPE
,           ,           PUNCT ,    3     punct     -
and         and         CCONJ CC   3     cc        -
Hawks       Hawks       PROPN NNPS 9     compound  ORG
center      center      NOUN  NN   10    compound  -
Green       Green       PROPN NNP  17    nsubjpass PERSON
,           ,           PUNCT ,    10    punct     -
Black       Black       PROPN NNP  10    conj      PERSON
and         and         CCONJ CC   12    cc        -
White       White       PROPN NNP  12    conj      PERSON
were        be          AUX   VBD  17    auxpass   -
each        each        DET   DT   17    dep       -
suspended   suspend     VERB  VBN  0     ROOT      -
"""
NO_AGENT = """
for         for         ADP   IN   17    prep      -
leaving     leave       VERB  VBG  18    pcomp     -
their       their       PRON  PRP$ 21    poss      -
bench       bench       NOUN  NN   19    dobj      -
.           .           PUNCT .    17    punct     -
"""
WITH_AGENT = """
by          by          ADP   IN   17    agent     -
the         the         DET   DT   20    det       -
NBA         NBA         PROPN NNP  18    pobj      ORG
.           .           PUNCT .    17    punct     -
"""
PLAYERS = {"Brown", "Green", "Black", "White"}


def _listed(rest: str) -> Reading:
    return read(LISTED + rest)


def _pairs(reading: Reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_the_first_of_listed_passive_subjects_is_no_agent_of_the_others() -> None:
    pairs = _pairs(_listed(NO_AGENT))
    assert not {(s, o) for s, _, o in pairs if s in PLAYERS and o in PLAYERS}


def test_each_listed_passive_subject_is_a_patient_of_the_by_agent() -> None:
    pairs = _pairs(_listed(WITH_AGENT))
    assert {("NBA", "suspend", player) for player in PLAYERS} <= pairs
    assert not {(s, o) for s, _, o in pairs if s in PLAYERS and o in PLAYERS}


# "Jane Roe was detained by Chilean police, questioned for hours and released.": the parser hangs the
# second of three passives on the first as a clause of its own (advcl) and the third on the second.
DETAINED = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  4     nsubjpass I-PERSON
was         be          AUX   VBD  4     auxpass   -
detained    detain      VERB  VBN  0     ROOT      -
by          by          ADP   IN   4     agent     -
Chilean     chilean     ADJ   JJ   7     amod      NORP
police      police      NOUN  NNS  5     pobj      -
,           ,           PUNCT ,    4     punct     -
questioned  question    VERB  VBN  4     advcl     -
for         for         ADP   IN   9     prep      -
hours       hour        NOUN  NNS  10    pobj      -
and         and         CCONJ CC   9     cc        -
released    release     VERB  VBN  9     conj      -
.           .           PUNCT .    4     punct     -
"""
# "Jane Roe was not detained by Chilean police, questioned or charged."
NOT_DETAINED = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  5     nsubjpass I-PERSON
was         be          AUX   VBD  5     auxpass   -
not         not         PART  RB   5     neg       -
detained    detain      VERB  VBN  0     ROOT      -
by          by          ADP   IN   5     agent     -
Chilean     chilean     ADJ   JJ   8     amod      NORP
police      police      NOUN  NNS  6     pobj      -
,           ,           PUNCT ,    5     punct     -
questioned  question    VERB  VBN  5     advcl     -
or          or          CCONJ CC   10    cc        -
charged     charge      VERB  VBN  10    conj      -
.           .           PUNCT .    5     punct     -
"""
# "Jane Roe was praised by Chile, elected in 2010.": a participle with no partner is no list member.
PRAISED = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  4     nsubjpass I-PERSON
was         be          AUX   VBD  4     auxpass   -
praised     praise      VERB  VBN  0     ROOT      -
by          by          ADP   IN   4     agent     -
Chile       Chile       PROPN NNP  5     pobj      GPE
,           ,           PUNCT ,    4     punct     -
elected     elect       VERB  VBN  4     advcl     -
in          in          ADP   IN   8     prep      -
2010        2010        NUM   CD   9     pobj      DATE
.           .           PUNCT .    4     punct     -
"""


def _done_to_roe(table: str) -> set[tuple[str, str, bool]]:
    """(agent, predicate, negated) of each passive relation whose patient is Jane Roe."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, r.negated)
        for r in by_rule(reading, "passive")
        if label[r.object.entity_id] == "Jane Roe"
    }


def test_a_list_of_passives_shares_the_first_ones_agent() -> None:
    assert _done_to_roe(DETAINED) == {
        ("Chilean police", "detain", False),
        ("Chilean police", "question", False),
        ("Chilean police", "release", False),
    }


def test_a_negated_list_of_passives_denies_each_member() -> None:
    assert {(p, negated) for _, p, negated in _done_to_roe(NOT_DETAINED)} == {
        ("detain", True),
        ("question", True),
        ("charge", True),
    }


def test_a_participle_without_a_partner_is_no_member_of_a_list() -> None:
    assert {p for _, p, _ in _done_to_roe(PRAISED)} == {"praise"}


# "Jane Roe was fired by the director-general, John Doe, on Monday.": the tagger takes "-general" for an
# adjective and makes it the agent's head, with the name in apposition to it.
FIRED = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  4     nsubjpass I-PERSON
was         be          AUX   VBD  4     auxpass   -
fired       fire        VERB  VBN  0     ROOT      -
by          by          ADP   IN   4     agent     -
the         the         DET   DT   9     det       -
director    director    NOUN  NN   9     compound  -
-           -           PUNCT HYPH 9     punct     -
general     general     ADJ   JJ   5     pobj      -
,           ,           PUNCT ,    9     punct     -
John        John        PROPN NNP  12    compound  PERSON
Doe         Doe         PROPN NNP  9     appos     I-PERSON
,           ,           PUNCT ,    4     punct     -
on          on          ADP   IN   4     prep      -
Monday      Monday      PROPN NNP  14    pobj      DATE
.           .           PUNCT .    4     punct     -
"""


def test_a_hyphened_title_before_the_agents_name_keeps_the_agent() -> None:
    assert ("John Doe", "fire", False) in _done_to_roe(FIRED)


# "Jane Roe was praised by Chile, thanked Peru and left.": a past tense with an object of its own is the
# subject's own act, not a passive of the list (even tagged as a participle).
THANKED = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  4     nsubjpass I-PERSON
was         be          AUX   VBD  4     auxpass   -
praised     praise      VERB  VBN  0     ROOT      -
by          by          ADP   IN   4     agent     -
Chile       Chile       PROPN NNP  5     pobj      GPE
,           ,           PUNCT ,    4     punct     -
thanked     thank       VERB  VBN  4     advcl     -
Peru        Peru        PROPN NNP  8     dobj      GPE
and         and         CCONJ CC   8     cc        -
left        leave       VERB  VBN  8     conj      -
.           .           PUNCT .    4     punct     -
"""


def test_a_participle_with_an_object_is_no_member_of_a_list() -> None:
    assert {p for _, p, _ in _done_to_roe(THANKED)} == {"praise"}


# "Brown from Utah, and Green were suspended and sued the NBA.": both sue, the first member too.
SUED = """
Brown       Brown       PROPN NNP  8     nsubj     PERSON
from        from        ADP   IN   1     prep      -
Utah        Utah        PROPN NNP  2     pobj      GPE
,           ,           PUNCT ,    1     punct     -
and         and         CCONJ CC   1     cc        -
Green       Green       PROPN NNP  8     nsubjpass PERSON
were        be          AUX   VBD  8     auxpass   -
suspended   suspend     VERB  VBN  0     ROOT      -
and         and         CCONJ CC   8     cc        -
sued        sue         VERB  VBD  8     conj      -
the         the         DET   DT   12    det       -
NBA         NBA         PROPN NNP  10    dobj      ORG
.           .           PUNCT .    8     punct     -
"""


def test_each_listed_passive_subject_does_the_active_verb_coordinated_with_it() -> None:
    assert {("Brown", "sue", "NBA"), ("Green", "sue", "NBA")} <= _pairs(read(SUED))


# "Jane Roe was killed by a United States military airstrike.": the parser hangs a name of two words
# before the weapon on it as a nominal modifier (nmod), not as the compound a one-word name is.
STRUCK = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  4     nsubjpass I-PERSON
was         be          AUX   VBD  4     auxpass   -
killed      kill        VERB  VBN  0     ROOT      -
by          by          ADP   IN   4     agent     -
a           a           DET   DT   10    det       -
United      United      PROPN NNP  8     nmod      GPE
States      States      PROPN NNP  10    nmod      I-GPE
military    military    ADJ   JJ   10    amod      -
airstrike   airstrike   NOUN  NN   5     pobj      -
.           .           PUNCT .    4     punct     -
"""


def test_a_weapon_after_a_name_of_several_words_is_that_names() -> None:
    assert {(agent, p) for agent, p, _ in _done_to_roe(STRUCK)} == {("United States", "kill")}


# "Jane Roe, the first governor to be impeached by Congress, resigned.": the passive infinitive counts
# the noun in apposition to her among those it was done to.
COUNTED = """
Jane        Jane        PROPN NNP  2     compound  PERSON
Roe         Roe         PROPN NNP  13    nsubj     I-PERSON
,           ,           PUNCT ,    2     punct     -
the         the         DET   DT   6     det       -
first       first       ADJ   JJ   6     amod      ORDINAL
governor    governor    NOUN  NN   2     appos     -
to          to          PART  TO   9     aux       -
be          be          AUX   VB   9     auxpass   -
impeached   impeach     VERB  VBN  6     relcl     -
by          by          ADP   IN   9     agent     -
Congress    Congress    PROPN NNP  10    pobj      ORG
,           ,           PUNCT ,    2     punct     -
resigned    resign      VERB  VBD  0     ROOT      -
.           .           PUNCT .    13    punct     -
"""


def test_a_passive_infinitive_on_a_counted_noun_is_done_to_whom_it_renames() -> None:
    assert ("Congress", "impeach", False) in _done_to_roe(COUNTED)


def test_a_passive_infinitive_on_a_noun_counted_in_no_series_is_yet_to_be_done() -> None:
    # "Jane Roe, the new governor to be impeached by Congress, resigned."
    first = "first       first       ADJ   JJ   6     amod      ORDINAL"
    assert not _done_to_roe(COUNTED.replace(first, "new new ADJ JJ 6 amod -"))


def test_a_passive_infinitive_hung_on_the_name_before_its_counted_apposition() -> None:
    # the same sentence with the infinitive hung on "Roe" rather than on "governor"
    hung = COUNTED.replace(
        "impeached   impeach     VERB  VBN  6     relcl", "impeached   impeach     VERB  VBN  2     relcl"
    )
    assert ("Congress", "impeach", False) in _done_to_roe(hung)


def test_the_one_urged_in_a_passive_acts_never_the_by_agent() -> None:
    # "Peru was urged by Chile to leave Bolivia.": Peru is to leave; Chile only urges
    reading = read("""
    Peru     Peru     PROPN NNP 3 nsubjpass GPE
    was      be       AUX   VBD 3 auxpass   -
    urged    urge     VERB  VBN 0 ROOT      -
    by       by       ADP   IN  3 agent     -
    Chile    Chile    PROPN NNP 4 pobj      GPE
    to       to       PART  TO  7 aux       -
    leave    leave    VERB  VB  3 xcomp     -
    Bolivia  Bolivia  PROPN NNP 7 dobj      GPE
    .        .        PUNCT .   3 punct     -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    found = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    assert ("Peru", "leave", "Bolivia") in found
    assert ("Chile", "leave", "Bolivia") not in found


# "Canada was criticised and more funds were given to Peru.": the second passive names its own patient.
SECOND_PASSIVE_OWN_SUBJECT = """
Canada      Canada     PROPN NNP 3 nsubjpass GPE
was         be         AUX   VBD 3 auxpass   -
criticised  criticise  VERB  VBN 0 ROOT      -
and         and        CCONJ CC  3 cc        -
more        more       ADJ   JJR 6 amod      -
funds       fund       NOUN  NNS 8 nsubjpass -
were        be         AUX   VBD 8 auxpass   -
given       give       VERB  VBN 3 conj      -
to          to         ADP   IN  8 prep      -
Peru        Peru       PROPN NNP 9 pobj      GPE
.           .          PUNCT .   3 punct     -
"""


def test_a_coordinated_passive_with_a_subject_of_its_own_is_not_done_to_the_first_s() -> None:
    assert not any(
        subject == "Canada" for subject, _, _ in facts(read(SECOND_PASSIVE_OWN_SUBJECT), "passive_prep")
    )
