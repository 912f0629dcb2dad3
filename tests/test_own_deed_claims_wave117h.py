"""Wave 117 H: a named speaker's claim about his own deed, which names no second actor, is about what the
deed acts on: "Lena Hart said she would not raise fees" is `Lena Hart -say-> fees` (a TOPIC), the claim its
content with its negation; "Orbis Mining denied that it would close the smelter" keeps the verb's own
predicate ("deny", a statement, 01), as does a deed denied by its gerund ("denied cutting funds"). A claim
that an act was not done ("no decision had been made", "there was no plan to raise fees") is about that
act. No topic where the pronoun stands for another actor (that actor's edge carries the claim), nor for a
noun that only points back ("make a decision") or an idiom's object that is no thing ("made sense to
sell"), nor for a noun after "there was no" that names no act ("no need"). The sentences are ours and their
parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import named_edges

Edge = tuple[str, str, str, str, str | None, bool, str | None]


def edges(table: str) -> set[Edge]:
    """(rule, subject, predicate, object, content, negated, root) of every relation read; a topic's label
    is its words."""
    read = named_edges(table)
    return {(rule, s, p, o, content, negated, root) for rule, s, p, o, content, _, negated, root in read}


def topics(table: str) -> set[Edge]:
    return {edge for edge in edges(table) if edge[0] == "speech_topic"}


def test_a_speakers_own_deed_is_about_what_it_acts_on() -> None:
    # "Lena Hart said she would not raise fees."
    assert topics(
        """
    Lena   Lena   PROPN NNP 2 compound PERSON
    Hart   Hart   PROPN NNP 3 nsubj    I-PERSON
    said   say    VERB  VBD 0 ROOT     -
    she    she    PRON  PRP 7 nsubj    -
    would  would  AUX   MD  7 aux      -
    not    not    PART  RB  7 neg      -
    raise  raise  VERB  VB  3 ccomp    -
    fees   fee    NOUN  NNS 7 dobj     -
    .      .      PUNCT .   3 punct    -
    """
    ) == {("speech_topic", "Lena Hart", "say", "fees", "she would not raise fees", False, "01")}


def test_a_firms_denial_of_its_own_deed_keeps_its_verb() -> None:
    # "Orbis Mining denied that it would close the smelter."
    assert topics(
        """
    Orbis   Orbis   PROPN NNP 2 compound ORG
    Mining  Mining  PROPN NNP 3 nsubj    I-ORG
    denied  deny    VERB  VBD 0 ROOT     -
    that    that    SCONJ IN  7 mark     -
    it      it      PRON  PRP 7 nsubj    -
    would   would   AUX   MD  7 aux      -
    close   close   VERB  VB  3 ccomp    -
    the     the     DET   DT  9 det      -
    smelter smelter NOUN  NN  7 dobj     -
    .       .       PUNCT .   3 punct    -
    """
    ) == {("speech_topic", "Orbis Mining", "deny", "smelter", "it would close the smelter", False, "01")}


def test_an_own_deed_on_a_noun_that_points_back_gives_no_topic() -> None:
    # "Lena Hart said she would make a decision."
    assert not topics(
        """
    Lena     Lena     PROPN NNP 2 compound PERSON
    Hart     Hart     PROPN NNP 3 nsubj    I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    she      she      PRON  PRP 6 nsubj    -
    would    would    AUX   MD  6 aux      -
    make     make     VERB  VB  3 ccomp    -
    a        a        DET   DT  8 det      -
    decision decision NOUN  NN  6 dobj     -
    .        .        PUNCT .   3 punct    -
    """
    )


def test_another_actors_deed_is_theirs_no_topic() -> None:
    # "Peruvian farmers protested on Monday. Lena Hart said they would block the roads."
    found = edges(
        """
    Peruvian  peruvian  ADJ   JJ  2  amod     NORP
    farmers   farmer    NOUN  NNS 3  nsubj    -
    protested protest   VERB  VBD 0  ROOT     -
    on        on        ADP   IN  3  prep     -
    Monday    Monday    PROPN NNP 4  pobj     DATE
    .         .         PUNCT .   3  punct    -
    Lena      Lena      PROPN NNP 8  compound PERSON
    Hart      Hart      PROPN NNP 9  nsubj    I-PERSON
    said      say       VERB  VBD 0  ROOT     -
    they      they      PRON  PRP 12 nsubj    -
    would     would     AUX   MD  12 aux      -
    block     block     VERB  VB  9  ccomp    -
    the       the       DET   DT  14 det      -
    roads     road      NOUN  NNS 12 dobj     -
    .         .         PUNCT .   9  punct    -
    """
    )
    assert not {edge for edge in found if edge[0] == "speech_topic"}
    assert {edge[3] for edge in found if edge[0] == "speech_content"} == {"Peruvian farmers"}


def test_an_act_denied_with_no_is_the_claims_topic() -> None:
    # "Lena Hart said no decision had been made."
    assert topics(
        """
    Lena     Lena     PROPN NNP 2 compound  PERSON
    Hart     Hart     PROPN NNP 3 nsubj     I-PERSON
    said     say      VERB  VBD 0 ROOT      -
    no       no       DET   DT  5 det       -
    decision decision NOUN  NN  8 nsubjpass -
    had      have     AUX   VBD 8 aux       -
    been     be       AUX   VBN 8 auxpass   -
    made     make     VERB  VBN 3 ccomp     -
    .        .        PUNCT .   3 punct     -
    """
    ) == {("speech_topic", "Lena Hart", "say", "decision", "no decision had been made", False, "01")}


def test_an_act_named_again_still_only_points_back() -> None:
    # "Lena Hart said the decision was final."
    assert not topics(
        """
    Lena     Lena     PROPN NNP 2 compound PERSON
    Hart     Hart     PROPN NNP 3 nsubj    I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    the      the      DET   DT  5 det      -
    decision decision NOUN  NN  6 nsubj    -
    was      be       AUX   VBD 3 ccomp    -
    final    final    ADJ   JJ  6 acomp    -
    .        .        PUNCT .   3 punct    -
    """
    )


def test_an_act_there_was_none_of_is_the_claims_topic() -> None:
    # "Lena Hart said there was no plan to raise fees."
    assert topics(
        """
    Lena   Lena   PROPN NNP 2 compound PERSON
    Hart   Hart   PROPN NNP 3 nsubj    I-PERSON
    said   say    VERB  VBD 0 ROOT     -
    there  there  PRON  EX  5 expl     -
    was    be     VERB  VBD 3 ccomp    -
    no     no     DET   DT  7 det      -
    plan   plan   NOUN  NN  5 attr     -
    to     to     PART  TO  9 aux      -
    raise  raise  VERB  VB  7 acl      -
    fees   fee    NOUN  NNS 9 dobj     -
    .      .      PUNCT .   3 punct    -
    """
    ) == {("speech_topic", "Lena Hart", "say", "plan", "there was no plan to raise fees", False, "01")}


def test_no_need_names_no_act() -> None:
    # "Lena Hart said there was no need to raise fees."
    assert not topics(
        """
    Lena   Lena   PROPN NNP 2 compound PERSON
    Hart   Hart   PROPN NNP 3 nsubj    I-PERSON
    said   say    VERB  VBD 0 ROOT     -
    there  there  PRON  EX  5 expl     -
    was    be     VERB  VBD 3 ccomp    -
    no     no     DET   DT  7 det      -
    need   need   NOUN  NN  5 attr     -
    to     to     PART  TO  9 aux      -
    raise  raise  VERB  VB  7 acl      -
    fees   fee    NOUN  NNS 9 dobj     -
    .      .      PUNCT .   3 punct    -
    """
    )


def test_an_idiom_whose_object_is_no_thing_gives_no_topic() -> None:
    # "Orbis Mining said it made sense to sell the smelter."
    assert not topics(
        """
    Orbis   Orbis   PROPN NNP 2  compound ORG
    Mining  Mining  PROPN NNP 3  nsubj    I-ORG
    said    say     VERB  VBD 0  ROOT     -
    it      it      PRON  PRP 5  nsubj    -
    made    make    VERB  VBD 3  ccomp    -
    sense   sense   NOUN  NN  5  dobj     -
    to      to      PART  TO  8  aux      -
    sell    sell    VERB  VB  5  advcl    -
    the     the     DET   DT  10 det      -
    smelter smelter NOUN  NN  8  dobj     -
    .       .       PUNCT .   3  punct    -
    """
    )


def test_a_denied_deed_named_by_its_gerund_is_the_speakers_own() -> None:
    # "Lena Hart denied cutting funds for schools."
    assert topics(
        """
    Lena    Lena    PROPN NNP 2 compound PERSON
    Hart    Hart    PROPN NNP 3 nsubj    I-PERSON
    denied  deny    VERB  VBD 0 ROOT     -
    cutting cut     VERB  VBG 3 xcomp    -
    funds   fund    NOUN  NNS 4 dobj     -
    for     for     ADP   IN  4 prep     -
    schools school  NOUN  NNS 6 pobj     -
    .       .       PUNCT .   3 punct    -
    """
    ) == {("speech_topic", "Lena Hart", "deny", "funds", "cutting funds for schools", False, "01")}


def test_a_gerund_after_a_plain_word_of_speech_is_no_denied_deed() -> None:
    # "Lena Hart began cutting funds." (no word of speech: no claim)
    assert not topics(
        """
    Lena    Lena    PROPN NNP 2 compound PERSON
    Hart    Hart    PROPN NNP 3 nsubj    I-PERSON
    began   begin   VERB  VBD 0 ROOT     -
    cutting cut     VERB  VBG 3 xcomp    -
    funds   fund    NOUN  NNS 4 dobj     -
    .       .       PUNCT .   3 punct    -
    """
    )


def test_a_bare_unit_acted_on_gives_no_topic() -> None:
    # "Orbis Mining said it would sell 30 pct."
    assert not topics(
        """
    Orbis  Orbis  PROPN NNP 2 compound ORG
    Mining Mining PROPN NNP 3 nsubj    I-ORG
    said   say    VERB  VBD 0 ROOT     -
    it     it     PRON  PRP 6 nsubj    -
    would  would  AUX   MD  6 aux      -
    sell   sell   VERB  VB  3 ccomp    -
    30     30     NUM   CD  8 nummod   -
    pct    pct    NOUN  NN  6 dobj     -
    .      .      PUNCT .   3 punct    -
    """
    )
