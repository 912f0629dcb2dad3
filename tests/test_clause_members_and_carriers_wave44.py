"""Wave 44 C: lists and appositions of members, and words an outlet carries for their owner."""

from __future__ import annotations

from hand_docs import read

# "Radio Lima broadcast the Foreign Ministry's denial." (my own sentence)
BROADCAST_DENIAL = """
Radio     Radio     PROPN NNP 2 compound ORG
Lima      Lima      PROPN NNP 3 nsubj    I-ORG
broadcast broadcast VERB  VBD 0 ROOT     -
the       the       DET   DT  6 det      ORG
Foreign   Foreign   PROPN NNP 6 compound I-ORG
Ministry  Ministry  PROPN NNP 8 poss     I-ORG
's        's        PART  POS 6 case     -
denial    denial    NOUN  NN  3 dobj     -
.         .         PUNCT .   3 punct    -
"""

# "Chile criticised the Foreign Ministry's denial." (my own sentence)
CRITICISED_DENIAL = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
criticised criticise  VERB  VBD 0 ROOT     -
the        the        DET   DT  5 det      ORG
Foreign    Foreign    PROPN NNP 5 compound I-ORG
Ministry   Ministry   PROPN NNP 7 poss     I-ORG
's         's         PART  POS 5 case     -
denial     denial     NOUN  NN  2 dobj     -
.          .          PUNCT .   2 punct    -
"""


# "Radio Lima broadcast the Foreign Ministry's denial, which accused Chile." (my own sentence)
BROADCAST_DENIAL_WHICH = """
Radio     Radio     PROPN NNP 2 compound ORG
Lima      Lima      PROPN NNP 3 nsubj    I-ORG
broadcast broadcast VERB  VBD 0 ROOT     -
the       the       DET   DT  6 det      ORG
Foreign   Foreign   PROPN NNP 6 compound I-ORG
Ministry  Ministry  PROPN NNP 8 poss     I-ORG
's        's        PART  POS 6 case     -
denial    denial    NOUN  NN  3 dobj     -
,         ,         PUNCT ,   8 punct    -
which     which     PRON  WDT 11 nsubj   -
accused   accuse    VERB  VBD 8 relcl    -
Chile     Chile     PROPN NNP 11 dobj    GPE
.         .         PUNCT .   3 punct    -
"""

# "Radio Lima carried a statement by the Foreign Ministry that accused Chile." (my own sentence)
CARRIED_STATEMENT_BY = """
Radio     Radio     PROPN NNP 2 compound ORG
Lima      Lima      PROPN NNP 3 nsubj    I-ORG
carried   carry     VERB  VBD 0 ROOT     -
a         a         DET   DT  5 det      -
statement statement NOUN  NN  3 dobj     -
by        by        ADP   IN  5 prep     -
the       the       DET   DT  9 det      ORG
Foreign   Foreign   PROPN NNP 9 compound I-ORG
Ministry  Ministry  PROPN NNP 6 pobj     I-ORG
that      that      PRON  WDT 11 nsubj   -
accused   accuse    VERB  VBD 5 relcl    -
Chile     Chile     PROPN NNP 11 dobj    GPE
.         .         PUNCT .   3 punct    -
"""


def _pairs(table: str) -> set[tuple[str, str, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_an_outlet_carrying_anothers_words_does_nothing_to_their_owner() -> None:
    assert not any(obj == "Foreign Ministry" for _, _, obj in _pairs(BROADCAST_DENIAL))


def test_what_carried_words_say_is_their_owners_act() -> None:
    pairs = _pairs(BROADCAST_DENIAL_WHICH)
    assert ("Foreign Ministry", "accuse", "Chile") in pairs
    assert not any(obj == "Foreign Ministry" for _, _, obj in pairs)
    assert ("Foreign Ministry", "accuse", "Chile") in _pairs(CARRIED_STATEMENT_BY)


def test_a_stance_on_anothers_words_still_reaches_their_owner() -> None:
    assert ("Chile", "criticise", "Foreign Ministry") in _pairs(CRITICISED_DENIAL)


# "Two airlines, Norva and Tessel, signed a pact with Chile." (my own sentence, made-up names)
TWO_AIRLINES = """
Two      two      NUM   CD  2 nummod  CARDINAL
airlines airline  NOUN  NNS 8 nsubj   -
,        ,        PUNCT ,   2 punct   -
Norva    Norva    PROPN NNP 2 appos   PERSON
and      and      CCONJ CC  4 cc      -
Tessel   Tessel   PROPN NNP 4 conj    PERSON
,        ,        PUNCT ,   2 punct   -
signed   sign     VERB  VBD 0 ROOT    -
a        a        DET   DT  10 det    -
pact     pact     NOUN  NN  8 dobj    -
with     with     ADP   IN  10 prep   -
Chile    Chile    PROPN NNP 11 pobj   GPE
.        .        PUNCT .   8 punct   -
"""

# "Two envoys, Norva and Tessel, signed a pact with Chile." (my own sentence): people, as typed
TWO_ENVOYS = TWO_AIRLINES.replace("airlines airline", "envoys   envoy  ")

# "The airline Norva signed a pact with Chile." (my own sentence)
THE_AIRLINE = """
The      the      DET   DT  3 det      -
airline  airline  NOUN  NN  3 compound -
Norva    Norva    PROPN NNP 4 nsubj    PERSON
signed   sign     VERB  VBD 0 ROOT     -
a        a        DET   DT  6 det      -
pact     pact     NOUN  NN  4 dobj     -
with     with     ADP   IN  6 prep     -
Chile    Chile    PROPN NNP 7 pobj     GPE
.        .        PUNCT .   4 punct    -
"""


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_names_in_apposition_to_a_group_of_airlines_are_airlines() -> None:
    types = _types(TWO_AIRLINES)
    assert types["Norva"] == "ORG"
    assert types["Tessel"] == "ORG"
    assert ("Norva", "sign pact with", "Chile") in _pairs(TWO_AIRLINES)


def test_names_in_apposition_to_a_group_of_people_stay_people() -> None:
    types = _types(TWO_ENVOYS)
    assert types["Norva"] == "PERSON"
    assert types["Tessel"] == "PERSON"


def test_a_name_after_the_noun_airline_is_an_airline() -> None:
    assert _types(THE_AIRLINE)["Norva"] == "ORG"


# "Several states, including Peru, protested to Chile." (my own sentence): the tagger's participle after the
# aside, the root with its subject, as a headline's passive would be
PROTESTED_ROOT = """
Several   several   ADJ   JJ  2 amod  -
states    state     NOUN  NNS 7 nsubj -
,         ,         PUNCT ,   2 punct -
including include   VERB  VBG 2 prep  -
Peru      Peru      PROPN NNP 4 pobj  GPE
,         ,         PUNCT ,   2 punct -
protested protest   VERB  VBN 0 ROOT  -
to        to        ADP   IN  7 prep  -
Chile     Chile     PROPN NNP 8 pobj  GPE
.         .         PUNCT .   7 punct -
"""

# "Several states, including Peru and Bolivia, protested to Chile." (my own sentence): the noun the root,
# the verb a participle on it
PROTESTED_ACL = """
Several   several   ADJ   JJ  2 amod  -
states    state     NOUN  NNS 0 ROOT  -
,         ,         PUNCT ,   2 punct -
including include   VERB  VBG 2 prep  -
Peru      Peru      PROPN NNP 4 pobj  GPE
and       and       CCONJ CC  5 cc    -
Bolivia   Bolivia   PROPN NNP 5 conj  GPE
,         ,         PUNCT ,   2 punct -
protested protest   VERB  VBN 2 acl   -
to        to        ADP   IN  9 prep  -
Chile     Chile     PROPN NNP 10 pobj GPE
.         .         PUNCT .   2 punct -
"""

# "Peru, backed by Bolivia, protested to Chile." (my own sentence): a participle with its by-agent stays
# a passive on its noun
BACKED = """
Peru      Peru      PROPN NNP 7 nsubj GPE
,         ,         PUNCT ,   1 punct -
backed    back      VERB  VBN 1 acl   -
by        by        ADP   IN  3 agent -
Bolivia   Bolivia   PROPN NNP 4 pobj  GPE
,         ,         PUNCT ,   1 punct -
protested protest   VERB  VBD 0 ROOT  -
to        to        ADP   IN  7 prep  -
Chile     Chile     PROPN NNP 8 pobj  GPE
.         .         PUNCT .   7 punct -
"""


def test_a_past_tense_after_an_aside_on_the_subject_is_the_members_act() -> None:
    assert _pairs(PROTESTED_ROOT) == {("Peru", "protest to", "Chile")}


def test_a_past_tense_hung_on_a_root_noun_after_an_aside_is_the_members_act() -> None:
    assert _pairs(PROTESTED_ACL) == {("Peru", "protest to", "Chile"), ("Bolivia", "protest to", "Chile")}


def test_a_participle_with_a_by_agent_after_its_noun_stays_passive() -> None:
    assert ("Bolivia", "back", "Peru") in _pairs(BACKED)


# "Peru attacked Chile and Bolivia asked Brazil for help." (my own sentence): the parser's complement put
# before its verb, "Chile and Bolivia" that verb's subject
ATTACKED_AND_ASKED = """
Peru     Peru     PROPN NNP 2 nsubj GPE
attacked attack   VERB  VBD 6 ccomp -
Chile    Chile    PROPN NNP 6 nsubj GPE
and      and      CCONJ CC  3 cc    -
Bolivia  Bolivia  PROPN NNP 3 conj  GPE
asked    ask      VERB  VBD 0 ROOT  -
Brazil   Brazil   PROPN NNP 6 dobj  GPE
for      for      ADP   IN  6 prep  -
help     help     NOUN  NN  8 pobj  -
.        .        PUNCT .   6 punct -
"""

# "Peru said Chile and Bolivia asked Brazil for help." (my own sentence): a complement after its verb
SAID_AND_ASKED = """
Peru     Peru     PROPN NNP 2 nsubj GPE
said     say      VERB  VBD 0 ROOT  -
Chile    Chile    PROPN NNP 6 nsubj GPE
and      and      CCONJ CC  3 cc    -
Bolivia  Bolivia  PROPN NNP 3 conj  GPE
asked    ask      VERB  VBD 2 ccomp -
Brazil   Brazil   PROPN NNP 6 dobj  GPE
for      for      ADP   IN  6 prep  -
help     help     NOUN  NN  8 pobj  -
.        .        PUNCT .   6 punct -
"""


def test_the_first_of_a_list_after_a_verb_put_before_the_next_is_its_object() -> None:
    pairs = _pairs(ATTACKED_AND_ASKED)
    assert ("Peru", "attack", "Chile") in pairs
    assert ("Bolivia", "ask", "Brazil") in pairs
    assert ("Chile", "ask", "Brazil") not in pairs


def test_a_list_after_a_verb_of_speech_is_the_reported_clauses_subject() -> None:
    pairs = _pairs(SAID_AND_ASKED)
    assert ("Chile", "ask", "Brazil") in pairs
    assert ("Bolivia", "ask", "Brazil") in pairs


# "Arab states, including Egypt, condemned Chile." (my own sentence): the group is named by its people
ARAB_STATES_INCLUDING = """
Arab      Arab      ADJ   JJ  2 amod  NORP
states    state     NOUN  NNS 7 nsubj -
,         ,         PUNCT ,   2 punct -
including include   VERB  VBG 2 prep  -
Egypt     Egypt     PROPN NNP 4 pobj  GPE
,         ,         PUNCT ,   2 punct -
condemned condemn   VERB  VBD 0 ROOT  -
Chile     Chile     PROPN NNP 7 dobj  GPE
.         .         PUNCT .   7 punct -
"""


def test_members_named_right_after_their_group_act_with_it() -> None:
    assert ("Egypt", "condemn", "Chile") in _pairs(ARAB_STATES_INCLUDING)


# "Peru borrowed from Japan, as Chile had from Brazil." (my own sentence): "had" stands for "borrowed"
AS_CHILE_HAD = """
Peru     Peru     PROPN NNP 2 nsubj  GPE
borrowed borrow   VERB  VBD 0 ROOT   -
from     from     ADP   IN  2 prep   -
Japan    Japan    PROPN NNP 3 pobj   GPE
,        ,        PUNCT ,   2 punct  -
as       as       SCONJ IN  8 mark   -
Chile    Chile    PROPN NNP 8 nsubj  GPE
had      have     VERB  VBD 2 advcl  -
from     from     ADP   IN  8 prep   -
Brazil   Brazil   PROPN NNP 9 pobj   GPE
.        .        PUNCT .   2 punct  -
"""


def test_an_auxiliary_standing_for_a_compared_verb_relates_nobody() -> None:
    assert _pairs(AS_CHILE_HAD) == {("Peru", "borrow from", "Japan")}


# "Peru followed Chile in recognising Israel." (my own sentence)
FOLLOWED_IN = """
Peru       Peru      PROPN NNP 2 nsubj GPE
followed   follow    VERB  VBD 0 ROOT  -
Chile      Chile     PROPN NNP 2 dobj  GPE
in         in        ADP   IN  2 prep  -
recognising recognise VERB VBG 4 pcomp -
Israel     Israel    PROPN NNP 5 dobj  GPE
.          .         PUNCT .   2 punct -
"""

# "Peru joined Chile in condemning Israel." (my own sentence)
JOINED_IN = FOLLOWED_IN.replace("followed   follow ", "joined     join   ").replace(
    "recognising recognise", "condemning  condemn  "
)


def test_who_follows_another_in_an_act_does_it_the_followed_did_it_before() -> None:
    pairs = _pairs(FOLLOWED_IN)
    assert ("Peru", "recognise", "Israel") in pairs
    assert ("Chile", "recognise", "Israel") not in pairs


def test_who_joins_another_in_an_act_does_it_with_the_other() -> None:
    pairs = _pairs(JOINED_IN)
    assert ("Peru", "condemn", "Israel") in pairs
    assert ("Chile", "condemn", "Israel") in pairs


# "Radio Lima quoted Fujimori as saying Peru would help Chile." (my own sentence)
QUOTED_AS_SAYING = """
Radio    Radio    PROPN NNP 2 compound ORG
Lima     Lima     PROPN NNP 3 nsubj    I-ORG
quoted   quote    VERB  VBD 0 ROOT     -
Fujimori Fujimori PROPN NNP 3 dobj     PERSON
as       as       ADP   IN  3 prep     -
saying   say      VERB  VBG 5 pcomp    -
Peru     Peru     PROPN NNP 9 nsubj    GPE
would    would    AUX   MD  9 aux      -
help     help     VERB  VB  6 ccomp    -
Chile    Chile    PROPN NNP 9 dobj     GPE
.        .        PUNCT .   3 punct    -
"""


def test_an_outlet_quoting_someone_as_saying_does_nothing_to_them() -> None:
    pairs = _pairs(QUOTED_AS_SAYING)
    assert not any(subject == "Radio Lima" for subject, _, _ in pairs)
    assert ("Peru", "help", "Chile") in pairs


# "Radio Lima carried a Foreign Ministry statement saying Peru would help Chile." (my own sentence)
MINISTRY_STATEMENT_SAYING = """
Radio     Radio     PROPN NNP 2 compound ORG
Lima      Lima      PROPN NNP 3 nsubj    I-ORG
carried   carry     VERB  VBD 0 ROOT     -
a         a         DET   DT  7 det      -
Foreign   Foreign   PROPN NNP 6 compound ORG
Ministry  Ministry  PROPN NNP 7 compound I-ORG
statement statement NOUN  NN  3 dobj     -
saying    say       VERB  VBG 7 acl      -
Peru      Peru      PROPN NNP 11 nsubj   GPE
would     would     AUX   MD  11 aux     -
help      help      VERB  VB  8 ccomp    -
Chile     Chile     PROPN NNP 11 dobj    GPE
.         .         PUNCT .   3 punct    -
"""


def test_what_a_named_bodys_statement_says_is_attributed_to_that_body() -> None:
    reading = read(MINISTRY_STATEMENT_SAYING)
    label = {e.id: e.label for e in reading.entities.entities()}
    [relation] = [r for r in reading.relations if r.predicate == "help"]
    assert label.get(relation.attributed_to) == "Foreign Ministry"


# "Some states, including Peru, said they would help Chile." (my own sentence)
SAID_THEY_WOULD = """
Some      some      DET   DT  2 det   -
states    state     NOUN  NNS 7 nsubj -
,         ,         PUNCT ,   2 punct -
including include   VERB  VBG 2 prep  -
Peru      Peru      PROPN NNP 4 pobj  GPE
,         ,         PUNCT ,   2 punct -
said      say       VERB  VBD 0 ROOT  -
they      they      PRON  PRP 10 nsubj -
would     would     AUX   MD  10 aux  -
help      help      VERB  VB  7 ccomp -
Chile     Chile     PROPN NNP 10 dobj GPE
.         .         PUNCT .   7 punct -
"""


def test_they_in_what_a_group_of_named_members_says_is_those_members() -> None:
    assert ("Peru", "help", "Chile") in _pairs(SAID_THEY_WOULD)


# "Peru attacked Chile, Bolivia and Brazil said." (my own sentence): the speakers in the object's list
ATTACKED_THEY_SAID = """
Peru     Peru     PROPN NNP 2 nsubj GPE
attacked attack   VERB  VBD 8 ccomp -
Chile    Chile    PROPN NNP 2 dobj  GPE
,        ,        PUNCT ,   3 punct -
Bolivia  Bolivia  PROPN NNP 3 conj  GPE
and      and      CCONJ CC  5 cc    -
Brazil   Brazil   PROPN NNP 5 conj  GPE
said     say      VERB  VBD 0 ROOT  -
.        .        PUNCT .   8 punct -
"""


def test_speakers_after_the_last_comma_of_an_object_list_say_it() -> None:
    reading = read(ATTACKED_THEY_SAID)
    label = {e.id: e.label for e in reading.entities.entities()}
    attacks = {
        (label[r.object.entity_id], label.get(r.attributed_to))
        for r in reading.relations
        if r.predicate == "attack"
    }
    assert attacks == {("Chile", "Bolivia")}
