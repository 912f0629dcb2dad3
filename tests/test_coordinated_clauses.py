"""A second clause's subject the parser takes for one more object of the first verb ("announced dams and
several firms promised ..."). Sentences written for these tests, parses built by hand as the parser gave
them."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses, visiting_hearers
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Brazil and Egypt announced new dams and several firms, including Acme Corp, promised to bid."
BARE_DEPENDENT = """
Brazil     Brazil     PROPN NNP 4  nsubj    GPE
and        and        CCONJ CC  1  cc       -
Egypt      Egypt      PROPN NNP 1  conj     GPE
announced  announce   VERB  VBD 0  ROOT     -
new        new        ADJ   JJ  6  amod     -
dams       dam        NOUN  NNS 4  dobj     -
and        and        CCONJ CC  6  cc       -
several    several    ADJ   JJ  9  amod     -
firms      firm       NOUN  NNS 6  conj     -
,          ,          PUNCT ,   9  punct    -
including  include    VERB  VBG 9  prep     -
Acme       Acme       PROPN NNP 13 compound ORG
Corp       Corp       PROPN NNP 11 pobj     I-ORG
,          ,          PUNCT ,   4  punct    -
promised   promise    VERB  VBD 4  dep      -
to         to         PART  TO  17 aux      -
bid        bid        VERB  VB  15 xcomp    -
.          .          PUNCT .   4  punct    -
"""

# "Chile bought frigates and Peru protested."
REPORTED_FIRST = """
Chile      Chile      PROPN NNP 2  nsubj    GPE
bought     buy        VERB  VBD 6  ccomp    -
frigates   frigate    NOUN  NNS 2  dobj     -
and        and        CCONJ CC  3  cc       -
Peru       Peru       PROPN NNP 3  conj     GPE
protested  protest    VERB  VBD 0  ROOT     -
.          .          PUNCT .   6  punct    -
"""


def _edges(doc) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_bare_verb_after_an_object_s_conjunct_makes_the_conjunct_its_subject() -> None:
    doc = coordinated_clauses(parse(BARE_DEPENDENT))
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "promised")
    assert (doc[14].dep_, doc[14].head.text) == ("conj", "announced")
    assert not any(obj == "Acme Corp" for _, _, obj in _edges(doc))


def test_a_subjectless_verb_reporting_a_clause_becomes_its_second_clause() -> None:
    doc = coordinated_clauses(parse(REPORTED_FIRST))
    assert doc[1].dep_ == "ROOT"
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "protested")
    assert ("Chile", "buy", "Peru") not in _edges(doc)


def test_without_the_repair_the_parse_gives_the_wrong_edges() -> None:
    # the repair is what removes them: the unrepaired parses read the second subject as the first's object
    assert any(obj == "Acme Corp" for _, _, obj in _edges(parse(BARE_DEPENDENT)))
    assert ("Chile", "buy", "Peru") in _edges(parse(REPORTED_FIRST))


# "Chile and Peru announced launch programs and several U.S. firms, including Acme Corp, promised to bid."
THING_AND_ACTOR_REPORTED = """
Chile      Chile      PROPN NNP 4  nsubj    GPE
and        and        CCONJ CC  1  cc       -
Peru       Peru       PROPN NNP 1  conj     GPE
announced  announce   VERB  VBN 0  ROOT     -
launch     launch     NOUN  NN  6  compound -
programs   program    NOUN  NNS 15 nsubj    -
and        and        CCONJ CC  6  cc       -
several    several    ADJ   JJ  10 amod     -
U.S.       U.S.       PROPN NNP 10 compound GPE
firms      firm       NOUN  NNS 6  conj     -
,          ,          PUNCT ,   10 punct    -
including  include    VERB  VBG 10 prep     -
Acme       Acme       PROPN NNP 14 compound ORG
Corp       Corp       PROPN NNP 12 pobj     I-ORG
promised   promise    VERB  VBD 4  ccomp    -
to         to         PART  TO  17 aux      -
bid        bid        VERB  VB  15 xcomp    -
.          .          PUNCT .   4  punct    -
"""


def test_a_reported_clause_whose_subject_joins_a_thing_and_an_actor_is_two_clauses() -> None:
    doc = coordinated_clauses(parse(THING_AND_ACTOR_REPORTED))
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "announced")
    assert (doc[9].dep_, doc[9].head.text) == ("nsubj", "promised")
    assert (doc[14].dep_, doc[14].head.text) == ("conj", "announced")
    assert not [e for e in _edges(doc) if e[1] == "announce"]


def test_a_report_by_a_verb_of_saying_keeps_its_coordinated_subject() -> None:
    table = THING_AND_ACTOR_REPORTED.replace("announced  announce ", "said       say      ")
    doc = coordinated_clauses(parse(table))
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "promised")


# "Chile and Peru have announced launch programs and several U.S. firms, including Acme Corp, promised to
# spend billions.": the second verb hung as what the first reports, with no subject
STRANDED_REPORTED = """
Chile      Chile      PROPN NNP 5  nsubj    GPE
and        and        CCONJ CC  1  cc       -
Peru       Peru       PROPN NNP 1  conj     GPE
have       have       AUX   VBP 5  aux      -
announced  announce   VERB  VBN 0  ROOT     -
launch     launch     NOUN  NN  7  compound -
programs   program    NOUN  NNS 5  dobj     -
and        and        CCONJ CC  7  cc       -
several    several    ADJ   JJ  11 amod     -
U.S.       U.S.       PROPN NNP 11 compound GPE
firms      firm       NOUN  NNS 7  conj     -
,          ,          PUNCT ,   11 punct    -
including  include    VERB  VBG 11 prep     -
Acme       Acme       PROPN NNP 15 compound ORG
Corp       Corp       PROPN NNP 13 pobj     I-ORG
promised   promise    VERB  VBD 5  ccomp    -
to         to         PART  TO  18 aux      -
spend      spend      VERB  VB  16 xcomp    -
billions   billion    NOUN  NNS 18 dobj     MONEY
.          .          PUNCT .   5  punct    -
"""


def test_a_subjectless_reported_verb_after_an_object_s_conjunct_takes_it_as_subject() -> None:
    assert [e for e in _edges(parse(STRANDED_REPORTED)) if e[1] == "announce" and e[2] == "Acme Corp"]
    doc = coordinated_clauses(parse(STRANDED_REPORTED))
    assert (doc[10].dep_, doc[10].head.text) == ("nsubj", "promised")
    assert not [e for e in _edges(doc) if e[1] == "announce" and e[2] != "launch programs"]


# "Peru may buy copper, Trade Minister Juan Soto told visiting Chilean envoy Pablo Ruiz on Tuesday."
TOLD_VISITING = """
Peru       Peru       PROPN NNP 3  nsubj    GPE
may        may        AUX   MD  3  aux      -
buy        buy        VERB  VB  10 ccomp    -
copper     copper     NOUN  NN  3  dobj     -
,          ,          PUNCT ,   10 punct    -
Trade      Trade      PROPN NNP 7  compound ORG
Minister   Minister   PROPN NNP 9  compound -
Juan       Juan       PROPN NNP 9  compound PERSON
Soto       Soto       PROPN NNP 10 nsubj    I-PERSON
told       tell       VERB  VBD 0  ROOT     -
visiting   visit      VERB  VBG 10 xcomp    -
Chilean    Chilean    ADJ   JJ  16 amod     NORP
envoy      envoy      NOUN  NN  16 compound -
Pablo      Pablo      PROPN NNP 16 compound PERSON
Ruiz       Ruiz       PROPN NNP 11 dobj     I-PERSON
on         on         ADP   IN  11 prep     -
Tuesday    Tuesday    PROPN NNP 17 pobj     DATE
.          .          PUNCT .   10 punct    -
"""


def test_a_visiting_hearer_is_told_not_visited() -> None:
    assert [e for e in _edges(parse(TOLD_VISITING)) if e[1] == "visit"]
    doc = visiting_hearers(parse(TOLD_VISITING))
    assert (doc[14].dep_, doc[14].head.text) == ("dobj", "told")
    assert (doc[10].dep_, doc[10].head.text) == ("amod", "Ruiz")
    edges = _edges(doc)
    assert not [e for e in edges if e[1] == "visit"]
    assert ("Juan Soto", "tell", "Pablo Ruiz") in edges


# "Prices fell after Chile said it would drill in the Andes and Peru warned it would object."
JOINED_TO_AN_EARLIER_CLAUSE = """
Prices     price      NOUN  NNS 2  nsubj    -
fell       fall       VERB  VBD 0  ROOT     -
after      after      SCONJ IN  5  mark     -
Chile      Chile      PROPN NNP 5  nsubj    GPE
said       say        VERB  VBD 2  advcl    -
it         it         PRON  PRP 8  nsubj    -
would      would      AUX   MD  8  aux      -
drill      drill      VERB  VB  5  ccomp    -
in         in         ADP   IN  8  prep     -
the        the        DET   DT  11 det      -
Andes      Andes      PROPN NNPS 9 pobj     LOC
and        and        CCONJ CC  11 cc       -
Peru       Peru       PROPN NNP 11 conj     GPE
warned     warn       VERB  VBD 2  conj     -
it         it         PRON  PRP 17 nsubj    -
would      would      AUX   MD  17 aux      -
object     object     VERB  VB  14 ccomp    -
.          .          PUNCT .   2  punct    -
"""


def test_an_actor_ending_a_place_phrase_before_a_subjectless_conjoined_verb_is_its_subject() -> None:
    doc = coordinated_clauses(parse(JOINED_TO_AN_EARLIER_CLAUSE))
    assert (doc[12].dep_, doc[12].head.text) == ("nsubj", "warned")
    assert doc[11].head.text == "fell"
    assert not any(obj == "Peru" for _, _, obj in _edges(doc))


# "Chile owns 60 pct of Acme Ltd, and Widget Co of Peru holds 40 pct."
NAME_WITH_OF_PHRASE = """
Chile   Chile   PROPN NNP 2  nsubj    GPE
owns    own     VERB  VBZ 0  ROOT     -
60      60      NUM   CD  4  nummod   CARDINAL
pct     pct     NOUN  NN  2  dobj     -
of      of      ADP   IN  4  prep     -
Acme    Acme    PROPN NNP 7  compound ORG
Ltd     Ltd     PROPN NNP 5  pobj     I-ORG
,       ,       PUNCT ,   4  punct    -
and     and     CCONJ CC  4  cc       -
Widget  Widget  PROPN NNP 11 compound ORG
Co      Co      PROPN NNP 4  conj     I-ORG
of      of      ADP   IN  11 prep     -
Peru    Peru    PROPN NNP 12 pobj     GPE
holds   hold    VERB  VBZ 2  conj     -
40      40      NUM   CD  16 nummod   CARDINAL
pct     pct     NOUN  NN  14 dobj     -
.       .       PUNCT .   2  punct    -
"""


def test_a_stranded_subject_ending_in_its_own_of_phrase_is_the_second_clauses() -> None:
    doc = coordinated_clauses(parse(NAME_WITH_OF_PHRASE))
    assert (doc[10].dep_, doc[10].head.text) == ("nsubj", "holds")
    assert not [e for e in _edges(doc) if e[2] == "Widget Co"]
