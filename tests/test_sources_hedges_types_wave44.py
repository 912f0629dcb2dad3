"""Sources, hedges and kinds of names (wave 44 D): plurals of firms ("commercial banks", "Japanese
lenders") are organisations, not groups of people, and "it" never stands for such a plural; a deed only
considered, weighed or thought about ("is considering buying X", "is thinking about selling Y") is a
possibility ("may"), not a deed done; what "it was learned", "it is reported" or "it is understood" tells
names no source and is "reportedly" (or "may"), on every verb of a coordination. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read


def _entity(table: str, label: str):
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity


def test_a_plural_of_banks_is_an_organisation_of_no_state() -> None:
    table = """
    Peru       Peru       PROPN NNP 2 nsubj GPE
    settled    settle     VERB  VBD 0 ROOT  -
    with       with       ADP   IN  2 prep  -
    its        its        PRON  PRP$ 6 poss -
    commercial commercial ADJ   JJ  6 amod  -
    banks      bank       NOUN  NNS 3 pobj  -
    .          .          PUNCT .   2 punct -
    """
    banks = _entity(table, "banks")
    assert (banks.type, banks.country) == ("ORG", None)


def test_a_states_lenders_are_its_organisations_and_its_investors_a_group() -> None:
    table = """
    Japanese  japanese  ADJ   JJ  2 amod  NORP
    lenders   lender    NOUN  NNS 3 nsubj -
    joined    join      VERB  VBD 0 ROOT  -
    Canadian  canadian  ADJ   JJ  5 amod  NORP
    investors investor  NOUN  NNS 3 dobj  -
    .         .         PUNCT .   3 punct -
    """
    reading = read(table)
    kinds = {e.label: (e.type, e.country) for e in reading.entities.entities()}
    assert kinds["Japanese banks"]  # lenders are banks (sectors.tsv) == ("ORG", "JPN")
    assert kinds["Canadian investors"] == ("NORP", "CAN")


def test_it_never_stands_for_a_plural_of_firms() -> None:
    table = """
    Foreign  foreign  ADJ   JJ  2  amod   -
    banks    bank     NOUN  NNS 3  nsubj  -
    lent     lend     VERB  VBD 0  ROOT   -
    Brazil   Brazil   PROPN NNP 3  dative GPE
    money    money    NOUN  NN  3  dobj   -
    .        .        PUNCT .   3  punct  -
    Ana      Ana      PROPN NNP 8  compound PERSON
    Lopez    Lopez    PROPN NNP 9  nsubj  I-PERSON
    said     say      VERB  VBD 0  ROOT   -
    it       it       PRON  PRP 12 nsubj  -
    would    would    AUX   MD  12 aux    -
    help     help     VERB  VB  9  ccomp  -
    Peru     Peru     PROPN NNP 12 dobj   GPE
    .        .        PUNCT .   9  punct  -
    """
    found = facts_with_roots(table)
    # banks lend by trade (06, wave 44 A); "foreign" stays in the class's name (lead 96)
    assert ("foreign banks", "lend money to", "Brazil", "06") in found
    assert not any(s.endswith("banks") and o == "Peru" for s, _, o, _ in found)


def _modalities(table: str) -> dict[tuple[str, str, str], str | None]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]): r.modality
        for r in reading.relations
    }


def test_a_deed_under_consideration_is_only_possible() -> None:
    table = """
    Peru        Peru        PROPN NNP 3 nsubj GPE
    is          be          AUX   VBZ 3 aux   -
    considering consider    VERB  VBG 0 ROOT  -
    buying      buy         VERB  VBG 3 xcomp -
    wheat       wheat       NOUN  NN  4 dobj  -
    from        from        ADP   IN  4 prep  -
    Chile       Chile       PROPN NNP 6 pobj  GPE
    .           .           PUNCT .   3 punct -
    """
    assert _modalities(table) == {("Peru", "consider buy wheat from", "Chile"): "may"}


def test_a_deed_being_weighed_is_only_possible_and_keeps_its_chain() -> None:
    table = """
    Peru     Peru     PROPN NNP 3 nsubj GPE
    is       be       AUX   VBZ 3 aux   -
    weighing weigh    VERB  VBG 0 ROOT  -
    selling  sell     VERB  VBG 3 xcomp -
    copper   copper   NOUN  NN  4 dobj  -
    to       to       ADP   IN  4 prep  -
    Chile    Chile    PROPN NNP 6 pobj  GPE
    .        .        PUNCT .   3 punct -
    """
    assert _modalities(table) == {("Peru", "weigh sell copper to", "Chile"): "may"}


def test_a_deed_thought_about_is_only_possible() -> None:
    table = """
    Peru     Peru     PROPN NNP 3 nsubj GPE
    is       be       AUX   VBZ 3 aux   -
    thinking think    VERB  VBG 0 ROOT  -
    about    about    ADP   IN  3 prep  -
    buying   buy      VERB  VBG 4 pcomp -
    wheat    wheat    NOUN  NN  5 dobj  -
    from     from     ADP   IN  5 prep  -
    Chile    Chile    PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   3 punct -
    """
    assert _modalities(table) == {("Peru", "think about buy wheat from", "Chile"): "may"}


def test_a_refusal_to_consider_a_deed_took_place() -> None:
    table = """
    Peru     Peru     PROPN NNP 2 nsubj GPE
    refused  refuse   VERB  VBD 0 ROOT  -
    to       to       PART  TO  4 aux   -
    consider consider VERB  VB  2 xcomp -
    buying   buy      VERB  VBG 4 xcomp -
    wheat    wheat    NOUN  NN  5 dobj  -
    from     from     ADP   IN  5 prep  -
    Chile    Chile    PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """
    assert _modalities(table) == {("Peru", "refuse to consider buy wheat from", "Chile"): None}


def test_what_it_was_learned_that_a_state_did_is_reported() -> None:
    table = """
    It      it      PRON  PRP 3 nsubjpass -
    was     be      AUX   VBD 3 auxpass   -
    learned learn   VERB  VBN 0 ROOT      -
    that    that    SCONJ IN  6 mark      -
    Peru    Peru    PROPN NNP 6 nsubj     GPE
    bought  buy     VERB  VBD 3 ccomp     -
    wheat   wheat   NOUN  NN  6 dobj      -
    from    from    ADP   IN  6 prep      -
    Chile   Chile   PROPN NNP 8 pobj      GPE
    .       .       PUNCT .   3 punct     -
    """
    assert _modalities(table) == {("Peru", "buy wheat from", "Chile"): "reportedly"}


def test_every_deed_of_a_coordination_it_was_learned_is_reported() -> None:
    table = """
    Peru    Peru    PROPN NNP 2  nsubj     GPE
    bought  buy     VERB  VBD 14 ccomp     -
    wheat   wheat   NOUN  NN  2  dobj      -
    from    from    ADP   IN  2  prep      -
    Chile   Chile   PROPN NNP 4  pobj      GPE
    and     and     CCONJ CC  2  cc        -
    sold    sell    VERB  VBD 2  conj      -
    copper  copper  NOUN  NN  7  dobj      -
    to      to      ADP   IN  7  prep      -
    Bolivia Bolivia PROPN NNP 9  pobj      GPE
    ,       ,       PUNCT ,   14 punct     -
    it      it      PRON  PRP 14 nsubjpass -
    was     be      AUX   VBD 14 auxpass   -
    learned learn   VERB  VBN 0  ROOT      -
    .       .       PUNCT .   14 punct     -
    """
    assert _modalities(table) == {
        ("Peru", "buy wheat from", "Chile"): "reportedly",
        ("Peru", "sell copper to", "Bolivia"): "reportedly",
    }


def test_what_a_state_learned_stays_a_fact() -> None:
    table = """
    Chile   Chile   PROPN NNP 2 nsubj GPE
    learned learn   VERB  VBD 0 ROOT  -
    that    that    SCONJ IN  5 mark  -
    Peru    Peru    PROPN NNP 5 nsubj GPE
    bought  buy     VERB  VBD 2 ccomp -
    wheat   wheat   NOUN  NN  5 dobj  -
    from    from    ADP   IN  5 prep  -
    Bolivia Bolivia PROPN NNP 7 pobj  GPE
    .       .       PUNCT .   2 punct -
    """
    assert _modalities(table)[("Peru", "buy wheat from", "Bolivia")] is None


def _sources(table: str) -> dict[tuple[str, str, str], str | None]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]): r.attributed_to
        for r in reading.relations
    }


def test_a_deed_the_newspaper_reports_is_the_papers_word() -> None:
    table = """
    Peru      Peru      PROPN NNP 2 nsubj GPE
    bought    buy       VERB  VBD 9 ccomp -
    wheat     wheat     NOUN  NN  2 dobj  -
    from      from      ADP   IN  2 prep  -
    Chile     Chile     PROPN NNP 4 pobj  GPE
    ,         ,         PUNCT ,   9 punct -
    the       the       DET   DT  8 det   -
    newspaper newspaper NOUN  NN  9 nsubj -
    said      say       VERB  VBD 0 ROOT  -
    .         .         PUNCT .   9 punct -
    """
    [source] = _sources(table).values()
    assert source == "source:newspaper"


def test_a_closing_according_to_tells_every_verb_of_the_coordination() -> None:
    table = """
    Peru      Peru      PROPN NNP 2  nsubj GPE
    bought    buy       VERB  VBD 0  ROOT  -
    wheat     wheat     NOUN  NN  2  dobj  -
    from      from      ADP   IN  2  prep  -
    Chile     Chile     PROPN NNP 4  pobj  GPE
    and       and       CCONJ CC  2  cc    -
    sold      sell      VERB  VBD 2  conj  -
    copper    copper    NOUN  NN  7  dobj  -
    to        to        ADP   IN  7  prep  -
    Bolivia   Bolivia   PROPN NNP 9  pobj  GPE
    ,         ,         PUNCT ,   7  punct -
    according accord    VERB  VBG 7  prep  -
    to        to        ADP   IN  12 prep  -
    the       the       DET   DT  15 det   -
    daily     daily     NOUN  NN  13 pobj  -
    Zorvath   Zorvath   PROPN NNP 15 appos ORG
    .         .         PUNCT .   2  punct -
    """
    sources = _sources(table)
    assert sources[("Peru", "buy wheat from", "Chile")] == sources[("Peru", "sell copper to", "Bolivia")]
    assert sources[("Peru", "buy wheat from", "Chile")] not in (None, "")


def test_a_closing_report_the_parser_makes_a_relative_clause_tells_every_verb() -> None:
    table = """
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    bought    buy       VERB  VBD 0  ROOT     -
    wheat     wheat     NOUN  NN  2  dobj     -
    from      from      ADP   IN  2  prep     -
    Chile     Chile     PROPN NNP 4  pobj     GPE
    and       and       CCONJ CC  2  cc       -
    sold      sell      VERB  VBD 2  conj     -
    copper    copper    NOUN  NN  7  dobj     -
    to        to        ADP   IN  7  prep     -
    Bolivia   Bolivia   PROPN NNP 9  pobj     GPE
    ,         ,         PUNCT ,   7  punct    -
    the       the       DET   DT  13 det      -
    newspaper newspaper NOUN  NN  7  npadvmod -
    Zorvath   Zorvath   PROPN NNP 15 nsubj    ORG
    reported  report    VERB  VBD 13 relcl    -
    .         .         PUNCT .   2  punct    -
    """
    sources = _sources(table)
    assert sources[("Peru", "buy wheat from", "Chile")] == sources[("Peru", "sell copper to", "Bolivia")]
    assert sources[("Peru", "buy wheat from", "Chile")] not in (None, "")


_SPEAKER_THEN_KIND = """
    Zorvath   Zorvath   PROPN NNP 2  nsubj PERSON
    said      say       VERB  VBD 0  ROOT  -
    Peru      Peru      PROPN NNP 4  nsubj GPE
    bought    buy       VERB  VBD 2  ccomp -
    wheat     wheat     NOUN  NN  4  dobj  -
    from      from      ADP   IN  4  prep  -
    Chile     Chile     PROPN NNP 6  pobj  GPE
    .         .         PUNCT .   2  punct -
    The       the       DET   DT  10 det   -
    KIND      KIND      NOUN  NN  11 nsubj -
    said      say       VERB  VBD 0  ROOT  -
    Peru      Peru      PROPN NNP 13 nsubj GPE
    paid      pay       VERB  VBD 11 ccomp -
    Chile     Chile     PROPN NNP 13 dobj  GPE
    .         .         PUNCT .   11 punct -
    """


def test_a_speaker_the_next_sentence_calls_the_newspaper_is_a_body() -> None:
    table = _SPEAKER_THEN_KIND.replace("KIND", "newspaper")
    zorvath = _entity(table, "Zorvath")
    assert (zorvath.type, zorvath.country) == ("ORG", None)


def test_a_speaker_the_next_sentence_calls_the_bank_is_a_body() -> None:
    assert _entity(_SPEAKER_THEN_KIND.replace("KIND", "bank"), "Zorvath").type == "ORG"


def test_a_speaker_followed_by_a_minister_stays_a_person() -> None:
    assert _entity(_SPEAKER_THEN_KIND.replace("KIND", "minister"), "Zorvath").type == "PERSON"


def test_officials_from_a_named_body_act_for_it() -> None:
    table = """
    Officials official NOUN  NNS 5 nsubj    -
    from      from     ADP   IN  1 prep     -
    Zorvath   Zorvath  PROPN NNP 4 compound ORG
    Bank      Bank     PROPN NNP 2 pobj     I-ORG
    met       meet     VERB  VBD 0 ROOT     -
    Peruvian  peruvian ADJ   JJ  7 amod     NORP
    officials official NOUN  NNS 5 dobj     -
    .         .        PUNCT .   5 punct    -
    """
    assert ("Zorvath Bank", "meet with", "Peru", "04") in facts_with_roots(table)


def test_people_from_a_state_are_not_its_acts() -> None:
    table = """
    People  people  NOUN  NNS 4 nsubj -
    from    from    ADP   IN  1 prep  -
    Peru    Peru    PROPN NNP 2 pobj  GPE
    visited visit   VERB  VBD 0 ROOT  -
    Chile   Chile   PROPN NNP 4 dobj  GPE
    .       .       PUNCT .   4 punct -
    """
    assert not any(s == "Peru" for s, _, _, _ in facts_with_roots(table))


def test_a_plan_under_study_is_the_studiers_possible_deed() -> None:
    table = """
    Peru     Peru     PROPN NNP 3 nsubj GPE
    is       be       AUX   VBZ 3 aux   -
    studying study    VERB  VBG 0 ROOT  -
    a        a        DET   DT  5 det   -
    plan     plan     NOUN  NN  3 dobj  -
    to       to       PART  TO  7 aux   -
    buy      buy      VERB  VB  5 acl   -
    wheat    wheat    NOUN  NN  7 dobj  -
    from     from     ADP   IN  7 prep  -
    Chile    Chile    PROPN NNP 9 pobj  GPE
    .        .        PUNCT .   3 punct -
    """
    assert _modalities(table) == {("Peru", "plan to buy wheat from", "Chile"): "may"}


def test_a_bare_presidents_body_is_never_firms_by_their_kind() -> None:
    table = """
    Commercial commercial ADJ   JJ  2 amod     -
    banks      bank       NOUN  NNS 4 nsubj    -
    will       will       AUX   MD  4 aux      -
    lend       lend       VERB  VB  9 ccomp    -
    ,          ,          PUNCT ,   9 punct    -
    president  president  NOUN  NN  8 compound -
    Jane       Jane       PROPN NNP 8 compound PERSON
    Doe        Doe        PROPN NNP 9 nsubj    I-PERSON
    said       say        VERB  VBD 0 ROOT     -
    .          .          PUNCT .   9 punct    -
    """
    assert not any(p == "president of" for _, p, _, _ in facts_with_roots(table))


def test_a_source_set_off_inside_the_clause_tells_it() -> None:
    table = """
    Peru      Peru      PROPN NNP 7 nsubj     GPE
    ,         ,         PUNCT ,   4 punct     -
    diplomats diplomat  NOUN  NNS 4 nsubj     -
    said      say       VERB  VBD 7 parataxis -
    ,         ,         PUNCT ,   4 punct     -
    had       have      AUX   VBD 7 aux       -
    sold      sell      VERB  VBN 0 ROOT      -
    copper    copper    NOUN  NN  7 dobj      -
    to        to        ADP   IN  7 prep      -
    Chile     Chile     PROPN NNP 9 pobj      GPE
    .         .         PUNCT .   7 punct     -
    """
    assert _sources(table) == {("Peru", "sell copper to", "Chile"): "source:diplomats"}
