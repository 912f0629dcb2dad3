"""Wave 43: governments the text does not name by their state.

"The Carter administration asked Japan" is the United States only, not Carter (who acts only in a deed his
government's possessive owns, where the story names him in his own right); "the Conservative government"
is the government of the party's (the story's) state, not the party. Sentences written for these tests; the
parses are hand-built."""

from __future__ import annotations

from geokg.extract.pipeline import _Labeller

from tests.hand_docs import read

HEAD_NAMED_BEFORE = """
    President      President      PROPN NNP  2 compound -
    Carter         Carter         PROPN NNP  3 nsubj    PERSON
    spoke          speak          VERB  VBD  0 ROOT     -
    .              .              PUNCT .    3 punct    -
    The            the            DET   DT   7 det      -
    Carter         Carter         PROPN NNP  7 compound PERSON
    administration administration NOUN  NN   8 nsubj    -
    asked          ask            VERB  VBD  0 ROOT     -
    Japan          Japan          PROPN NNP  8 dobj     GPE
    to             to             PART  TO   11 aux     -
    act            act            VERB  VB   8 xcomp    -
    .              .              PUNCT .    8 punct    -
"""

# "President Carter spoke. The Carter administration's withholding of aid to Chile angered Congress."

HEAD_NAMED_BEFORE_DEED = """
    President      President      PROPN NNP  2 compound -
    Carter         Carter         PROPN NNP  3 nsubj    PERSON
    spoke          speak          VERB  VBD  0 ROOT     -
    .              .              PUNCT .    3 punct    -
    The            the            DET   DT   7 det      -
    Carter         Carter         PROPN NNP  7 compound PERSON
    administration administration NOUN  NN   9 poss     -
    's             's             PART  POS  7 case     -
    withholding    withholding    NOUN  NN   14 nsubj   -
    of             of             ADP   IN   9 prep     -
    aid            aid            NOUN  NN   10 pobj    -
    to             to             ADP   IN   9 prep     -
    Chile      Chile      PROPN NNP  12 pobj    GPE
    angered        anger          VERB  VBD  0 ROOT     -
    Congress       Congress       PROPN NNP  14 dobj    ORG
    .              .              PUNCT .    14 punct   -
"""

PARTY_GOVERNMENT = """
    Britain      Britain      PROPN NNP  2 nsubj GPE
    signed       sign         VERB  VBD  0 ROOT  -
    a            a            DET   DT   4 det   -
    deal         deal         NOUN  NN   2 dobj  -
    .            .            PUNCT .    2 punct -
    The          the          DET   DT   8 det   -
    Conservative conservative ADJ   JJ   8 amod  NORP
    government   government   NOUN  NN   9 nsubj -
    criticized   criticize    VERB  VBD  0 ROOT  -
    Argentina    Argentina    PROPN NNP  9 dobj  GPE
    .            .            PUNCT .    9 punct -
"""

PARTY_OFFICIALS = PARTY_GOVERNMENT.replace(
    "government   government   NOUN  NN ", "officials    official     NOUN  NNS"
)


def _facts(table: str) -> set[tuple[str, str, str, str | None]]:
    """(subject, predicate, object, subject sector) of every relation read."""
    reading = read(table)
    labels = _Labeller(reading.entities)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            labels.sector(r.subject, r.sentence.doc),
        )
        for r in reading.relations
    }


def test_government_named_after_a_head_the_story_names_is_still_the_state_only():
    # the head the story names in his own right is no actor of his government's clause
    found = _facts(HEAD_NAMED_BEFORE)
    assert ("United States", "ask", "Japan", "GOV") in found
    assert not any(subject == "Carter" and p == "ask" for subject, p, _, _ in found)


def test_deed_a_government_named_after_a_named_head_owns_is_his_too():
    # "the Carter administration's withholding of aid": the deed of the government, and of its named head
    subjects = {subject for subject, predicate, obj, _ in _facts(HEAD_NAMED_BEFORE_DEED) if obj == "Chile"}
    assert subjects == {"United States", "Carter"}


def test_party_adjective_before_government_is_the_story_state_government():
    found = _facts(PARTY_GOVERNMENT)
    assert ("United Kingdom", "criticize", "Argentina", "GOV") in found
    assert not any(subject == "Conservative Party" for subject, _, _, _ in found)


def test_party_adjective_before_officials_stays_the_party():
    # "Conservative officials" are the party's people, not the government
    found = _facts(PARTY_OFFICIALS)
    assert any(subject == "Conservative Party" for subject, _, _, _ in found)
    assert not any(subject == "United Kingdom" for subject, p, _, _ in found if p == "criticize")


# "Spain signed a deal. The Socialist government criticized Portugal.": no party of the table's
SOCIALIST_GOVERNMENT = """
    Spain        Spain        PROPN NNP  2 nsubj GPE
    signed       sign         VERB  VBD  0 ROOT  -
    a            a            DET   DT   4 det   -
    deal         deal         NOUN  NN   2 dobj  -
    .            .            PUNCT .    2 punct -
    The          the          DET   DT   8 det   -
    Socialist    socialist    ADJ   JJ   8 amod  NORP
    government   government   NOUN  NN   9 nsubj -
    criticized   criticize    VERB  VBD  0 ROOT  -
    Portugal     Portugal     PROPN NNP  9 dobj  GPE
    .            .            PUNCT .    9 punct -
"""


def test_party_word_before_government_is_the_story_state_government():
    found = _facts(SOCIALIST_GOVERNMENT)
    assert ("Spain", "criticize", "Portugal", "GOV") in found
    assert not any(subject == "Socialist" for subject, _, _, _ in found)


# the tagger sees no name in "Mitterrand"
UNTAGGED_HEAD_GOVERNMENT = """
    The          the          DET   DT   3 det      -
    Mitterrand   Mitterrand   PROPN NNP  3 compound -
    government   government   NOUN  NN   4 nsubj    -
    criticized   criticize    VERB  VBD  0 ROOT     -
    Britain      Britain      PROPN NNP  4 dobj     GPE
    .            .            PUNCT .    4 punct    -
"""

# ... or takes "Kohl" for a firm's name
HEAD_TAGGED_A_FIRM_GOVERNMENT = """
    The          the          DET   DT   3 det      -
    Kohl         Kohl         PROPN NNP  3 compound ORG
    government   government   NOUN  NN   4 nsubj    -
    criticized   criticize    VERB  VBD  0 ROOT     -
    France       France       PROPN NNP  4 dobj     GPE
    .            .            PUNCT .    4 punct    -
"""


def test_government_after_a_head_the_tagger_missed_is_the_head_state():
    assert ("France", "criticize", "United Kingdom", "GOV") in _facts(UNTAGGED_HEAD_GOVERNMENT)


def test_government_after_a_head_the_tagger_took_for_a_firm_is_the_head_state():
    found = _facts(HEAD_TAGGED_A_FIRM_GOVERNMENT)
    assert ("Germany", "criticize", "France", "GOV") in found
    assert len({subject for subject, _, _, _ in found}) == 1
