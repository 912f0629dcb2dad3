"""Members of groups and blocs (wave 56 F). A list of states set off after a group's name by a pair of marks
("the Group of Five -- Britain, France and Japan -- met", "the Paris Club, Britain, France and Japan,
agreed") names the group's members: none of them meets or agrees with the group or with another member,
and each is a member of it (rule listed_member); "OPEC members Iran and Iraq" and "Members of OPEC, Libya
and Algeria," name members too. A body of no state that includes a state ("NATO, which includes Turkey")
has it as a member, no act of inclusion. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read


def _mutual(table: str) -> set[frozenset[str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        frozenset((label[r.subject.entity_id], label[r.object.entity_id]))
        for r in reading.relations
        if r.rule.name == "reciprocal"
    }


DASHED_LIST = """
    Finance    finance    NOUN  NN  2  compound -
    ministers  minister   NOUN  NNS 15 nsubj    -
    of         of         ADP   IN  2  prep     -
    the        the        DET   DT  5  det      ORG
    Group      Group      PROPN NNP 3  pobj     I-ORG
    of         of         ADP   IN  5  prep     I-ORG
    Five       Five       PROPN NNP 6  pobj     I-ORG
    --         --         PUNCT :   2  punct    -
    Britain    Britain    PROPN NNP 2  appos    GPE
    ,          ,          PUNCT ,   9  punct    -
    France     France     PROPN NNP 9  conj     GPE
    and        and        CCONJ CC  11 cc       -
    Japan      Japan      PROPN NNP 11 conj     GPE
    --         --         PUNCT :   9  punct    -
    met        meet       VERB  VBD 0  ROOT     -
    in         in         ADP   IN  15 prep     -
    London     London     PROPN NNP 16 pobj     GPE
    on         on         ADP   IN  15 prep     -
    Monday     Monday     PROPN NNP 18 pobj     DATE
    .          .          PUNCT .   15 punct    -
"""


def test_a_list_between_dashes_names_the_groups_members_who_meet_nobody_of_it() -> None:
    acts = facts_with_roots(DASHED_LIST)
    assert _mutual(DASHED_LIST) == set()
    members = {(s, o) for s, p, o, root in acts if p == "member of" and root is None}
    assert members == {(state, "Group of Five") for state in ("United Kingdom", "France", "Japan")}


COMMA_LIST = """
    The        the        DET   DT  3  det      ORG
    Paris      Paris      PROPN NNP 3  compound I-ORG
    Club       Club       PROPN NNP 11 nsubj    I-ORG
    ,          ,          PUNCT ,   3  punct    -
    Britain    Britain    PROPN NNP 3  conj     GPE
    ,          ,          PUNCT ,   5  punct    -
    France     France     PROPN NNP 5  conj     GPE
    and        and        CCONJ CC  7  cc       -
    Japan      Japan      PROPN NNP 7  conj     GPE
    ,          ,          PUNCT ,   3  punct    -
    agreed     agree      VERB  VBD 0  ROOT     -
    on         on         ADP   IN  11 prep     -
    Monday     Monday     PROPN NNP 12 pobj     DATE
    to         to         PART  TO  15 aux      -
    reschedule reschedule VERB  VB  11 xcomp    -
    the        the        DET   DT  17 det      -
    debt       debt       NOUN  NN  15 dobj     -
    .          .          PUNCT .   11 punct    -
"""


def test_a_list_between_commas_before_the_verb_names_the_groups_members() -> None:
    acts = facts_with_roots(COMMA_LIST)
    assert _mutual(COMMA_LIST) == set()
    members = {(s, o) for s, p, o, root in acts if p == "member of" and root is None}
    assert members == {(state, "Paris Club") for state in ("United Kingdom", "France", "Japan")}


PLAIN_COORDINATION = """
    The        the        DET   DT  3  det      ORG
    Paris      Paris      PROPN NNP 3  compound I-ORG
    Club       Club       PROPN NNP 8  nsubj    I-ORG
    ,          ,          PUNCT ,   3  punct    -
    Canada     Canada     PROPN NNP 3  conj     GPE
    and        and        CCONJ CC  5  cc       -
    Italy      Italy      PROPN NNP 5  conj     GPE
    agreed     agree      VERB  VBD 0  ROOT     -
    on         on         ADP   IN  8  prep     -
    Monday     Monday     PROPN NNP 9  pobj     DATE
    to         to         PART  TO  12 aux      -
    reschedule reschedule VERB  VB  8  xcomp    -
    the        the        DET   DT  14 det      -
    debt       debt       NOUN  NN  12 dobj     -
    .          .          PUNCT .   8  punct    -
"""


def test_a_group_coordinated_with_states_is_no_list_of_its_members() -> None:
    """Guard: no closing comma, a coordination: the club and the two states agree with each other."""
    acts = facts_with_roots(PLAIN_COORDINATION)
    assert not any(p == "member of" for _, p, _, _ in acts)
    assert frozenset(("Paris Club", "Canada")) in _mutual(PLAIN_COORDINATION)


INCLUDING_BLOC = """
    NATO       NATO       PROPN NNP 9  nsubj    ORG
    ,          ,          PUNCT ,   1  punct    -
    which      which      PRON  WDT 4  nsubj    -
    includes   include    VERB  VBZ 1  relcl    -
    Turkey     Turkey     PROPN NNP 4  dobj     GPE
    and        and        CCONJ CC  5  cc       -
    Greece     Greece     PROPN NNP 5  conj     GPE
    ,          ,          PUNCT ,   5  punct    -
    condemned  condemn    VERB  VBD 0  ROOT     -
    Syria      Syria      PROPN NNP 9  dobj     GPE
    .          .          PUNCT .   9  punct    -
"""


def test_a_bloc_that_includes_states_has_them_as_members() -> None:
    acts = facts_with_roots(INCLUDING_BLOC)
    assert ("Turkey", "member of", "NATO", None) in acts
    assert ("Greece", "member of", "NATO", None) in acts
    assert not any(p == "include" for _, p, _, _ in acts)


TITLED_MEMBERS = """
    OPEC       OPEC       PROPN NNP 2  compound ORG
    members    member     NOUN  NNS 6  nsubj    -
    Iran       Iran       PROPN NNP 2  appos    GPE
    and        and        CCONJ CC  3  cc       -
    Iraq       Iraq       PROPN NNP 3  conj     GPE
    condemned  condemn    VERB  VBD 0  ROOT     -
    Kuwait     Kuwait     PROPN NNP 6  dobj     GPE
    .          .          PUNCT .   6  punct    -
"""


def test_states_named_after_a_bodys_member_noun_are_its_members() -> None:
    acts = facts_with_roots(TITLED_MEMBERS)
    assert ("Iran", "member of", "OPEC", None) in acts
    assert ("Iraq", "member of", "OPEC", None) in acts
    assert ("Iran", "condemn", "Kuwait", "11") in acts


MEMBERS_OF_BODY = """
    Members    member     NOUN  NNS 9  nsubj    -
    of         of         ADP   IN  1  prep     -
    OPEC       OPEC       PROPN NNP 2  pobj     ORG
    ,          ,          PUNCT ,   3  punct    -
    Libya      Libya      PROPN NNP 3  conj     GPE
    and        and        CCONJ CC  5  cc       -
    Algeria    Algeria    PROPN NNP 5  conj     GPE
    ,          ,          PUNCT ,   1  punct    -
    condemned  condemn    VERB  VBD 0  ROOT     -
    Kuwait     Kuwait     PROPN NNP 9  dobj     GPE
    .          .          PUNCT .   9  punct    -
"""


def test_members_of_a_body_named_between_commas_are_its_members() -> None:
    acts = facts_with_roots(MEMBERS_OF_BODY)
    assert ("Libya", "member of", "OPEC", None) in acts
    assert ("Algeria", "member of", "OPEC", None) in acts


APPOSED_TO_GROUP = """
    The     the     DET   DT  2  det    -
    Group   Group   PROPN NNP 14 nsubj  -
    of      of      ADP   IN  2  prep   -
    Ten     Ten     PROPN NNP 3  pobj   -
    --      --      PUNCT :   2  punct  -
    Sweden  Sweden  PROPN NNP 2  appos  GPE
    ,       ,       PUNCT ,   6  punct  -
    Belgium Belgium PROPN NNP 6  conj   GPE
    and     and     CCONJ CC  8  cc     -
    Italy   Italy   PROPN NNP 8  conj   GPE
    --      --      PUNCT :   14 punct  -
    did     do      AUX   VBD 14 aux    -
    not     not     PART  RB  14 neg    -
    back    back    VERB  VB  0  ROOT   -
    the     the     DET   DT  16 det    -
    plan    plan    NOUN  NN  14 dobj   -
    .       .       PUNCT .   14 punct  -
"""


def test_a_list_hung_on_the_group_as_its_apposition_names_members_whatever_the_verbs_polarity() -> None:
    reading = read(APPOSED_TO_GROUP)
    label = {e.id: e.label for e in reading.entities.entities()}
    members = {
        (label[r.subject.entity_id], label[r.object.entity_id], r.negated)
        for r in reading.relations
        if r.predicate == "member of"
    }
    assert members == {(state, "Group of Ten", False) for state in ("Sweden", "Belgium", "Italy")}
