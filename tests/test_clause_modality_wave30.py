"""Modality and attribution (wave 30): "has to date sent" is a perfect with a time phrase, no duty; a
headline's "X to do Y" is a plan; a speech verb the parser set inside its content keeps no modal of it; an
unnamed worker "at" a body speaks for the body; a bare "the officials" are the officials named just before.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from geokg.extract.entities.coref import officials_named_before
from hand_docs import VOCAB, read
from spacy.tokens import Doc


def _predicated(table: str, predicate: str) -> list[Relation]:
    return [r for r in read(table).relations if r.predicate == predicate]


def test_to_date_in_a_perfect_owes_nothing() -> None:
    """ "Chile has to date sent troops to Peru": the parser takes "to" for the infinitive's marker (with
    "date" as its object), which read "has to" as "must"."""
    sent = _predicated(
        """
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    has     have    VERB  VBZ 0 ROOT   -
    to      to      PART  TO  5 aux    -
    date    date    NOUN  NN  3 pobj   -
    sent    send    VERB  VBN 2 xcomp  -
    troops  troop   NOUN  NNS 5 dobj   -
    to      to      ADP   IN  5 dative -
    Peru    Peru    PROPN NNP 7 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """,
        "send troop to",
    )
    assert sent and all((r.modality, r.negated) == (None, False) for r in sent)


def test_a_phrase_after_the_value_of_the_object_is_the_verbs() -> None:
    """ "Chile sold arms worth $5 million to Peru": the parser hangs "to Peru" on "worth"."""
    assert _predicated(
        """
    Chile    Chile    PROPN NNP 2  nsubj     GPE
    sold     sell     VERB  VBD 0  ROOT      -
    arms     arm      NOUN  NNS 2  dobj      -
    worth    worth    ADJ   JJ  3  amod      -
    $        $        SYM   $   7  quantmod  MONEY
    5        5        NUM   CD  7  compound  I-MONEY
    million  million  NUM   CD  4  npadvmod  I-MONEY
    to       to       ADP   IN  4  prep      -
    Peru     Peru     PROPN NNP 8  pobj      GPE
    .        .        PUNCT .   2  punct     -
    """,
        "sell arm to",
    )


def _attributions(table: str, predicate: str) -> set[str | None]:
    return {r.attributed_to for r in read(table).relations if r.predicate == predicate}


def test_according_to_a_worker_at_a_firm_is_the_firm_word() -> None:
    """ "Chile distrusts Peru, according to an economist at Acme Bank": the unnamed economist speaks for
    the bank, not for nobody."""
    said = _attributions(
        """
    Chile       Chile       PROPN NNP 2  nsubj  GPE
    distrusts   distrust    VERB  VBZ 0  ROOT   -
    Peru        Peru        PROPN NNP 2  dobj   GPE
    ,           ,           PUNCT ,   2  punct  -
    according   accord      VERB  VBG 2  prep   -
    to          to          ADP   IN  5  prep   -
    an          an          DET   DT  8  det    -
    economist   economist   NOUN  NN  6  pobj   -
    at          at          ADP   IN  8  prep   -
    Acme        Acme        PROPN NNP 11 compound ORG
    Bank        Bank        PROPN NNP 9  pobj   I-ORG
    .           .           PUNCT .   2  punct  -
    """,
        "distrust",
    )
    assert said == {"org:acme_bank"}


def test_a_worker_at_a_firm_who_says_speaks_for_it() -> None:
    """ "An economist with Acme Bank said Chile distrusts Peru": the bank's word."""
    said = _attributions(
        """
    An          an          DET   DT  2  det    -
    economist   economist   NOUN  NN  6  nsubj  -
    with        with        ADP   IN  2  prep   -
    Acme        Acme        PROPN NNP 5  compound ORG
    Bank        Bank        PROPN NNP 3  pobj   I-ORG
    said        say         VERB  VBD 0  ROOT   -
    Chile       Chile       PROPN NNP 8  nsubj  GPE
    distrusts   distrust    VERB  VBZ 6  ccomp  -
    Peru        Peru        PROPN NNP 8  dobj   GPE
    .           .           PUNCT .   6  punct  -
    """,
        "distrust",
    )
    assert said == {"org:acme_bank"}


def test_an_expert_on_a_state_is_no_voice_of_it() -> None:
    """ "according to an expert on Chile": the state is the field, not the speaker."""
    said = _attributions(
        """
    Peru        Peru        PROPN NNP 2  nsubj  GPE
    distrusts   distrust    VERB  VBZ 0  ROOT   -
    Bolivia     Bolivia     PROPN NNP 2  dobj   GPE
    ,           ,           PUNCT ,   2  punct  -
    according   accord      VERB  VBG 2  prep   -
    to          to          ADP   IN  5  prep   -
    an          an          DET   DT  8  det    -
    expert      expert      NOUN  NN  6  pobj   -
    on          on          ADP   IN  8  prep   -
    Chile       Chile       PROPN NNP 9  pobj   GPE
    .           .           PUNCT .   2  punct  -
    """,
        "distrust",
    )
    assert "country:CHL" not in said


def test_a_speech_verb_set_inside_the_content_keeps_no_modal_of_it() -> None:
    """ "Chile can, Ana Ruiz told El Tiempo, help Peru": the parser hangs "can" on "told"; the telling is
    a plain fact."""
    told = _predicated(
        """
    Chile   Chile   PROPN NNP 6  nsubj     GPE
    can     can     AUX   MD  6  aux       -
    ,       ,       PUNCT ,   6  punct     -
    Ana     Ana     PROPN NNP 5  compound  PERSON
    Ruiz    Ruiz    PROPN NNP 6  nsubj     I-PERSON
    told    tell    VERB  VBD 0  ROOT      -
    El      El      PROPN NNP 8  compound  ORG
    Tiempo  Tiempo  PROPN NNP 6  dobj      I-ORG
    ,       ,       PUNCT ,   6  punct     -
    help    help    VERB  VB  6  xcomp     -
    Peru    Peru    PROPN NNP 10 dobj      GPE
    .       .       PUNCT .   6  punct     -
    """,
        "tell",
    )
    assert told and all(r.modality is None for r in told)


def test_a_speaker_who_will_tell_keeps_the_modal() -> None:
    """ "Ana Ruiz will tell El Tiempo": the modal is the telling's own."""
    told = _predicated(
        """
    Ana     Ana     PROPN NNP 2  compound  PERSON
    Ruiz    Ruiz    PROPN NNP 4  nsubj     I-PERSON
    will    will    AUX   MD  4  aux       -
    tell    tell    VERB  VB  0  ROOT      -
    El      El      PROPN NNP 6  compound  ORG
    Tiempo  Tiempo  PROPN NNP 4  dobj      I-ORG
    .       .       PUNCT .   4  punct     -
    """,
        "tell",
    )
    assert told and all(r.modality == "will" for r in told)


def test_a_headline_subject_and_infinitive_is_a_plan() -> None:
    """ "Chile to send troops to Peru": a headline's bare infinitive is planned, not done."""
    sent = _predicated(
        """
    Chile   Chile   PROPN NNP 3  nsubj  GPE
    to      to      PART  TO  3  aux    -
    send    send    VERB  VB  0  ROOT   -
    troops  troop   NOUN  NNS 3  dobj   -
    to      to      ADP   IN  3  prep   -
    Peru    Peru    PROPN NNP 5  pobj   GPE
    """,
        "send troop to",
    )
    assert sent and all((r.modality, r.negated) == ("will", False) for r in sent)


def test_a_name_with_an_infinitive_in_a_headline_is_who_plans() -> None:
    """ "Ana Ruiz to visit Peru": the parser makes the name the root and the visit its modifier."""
    visits = _predicated(
        """
    Ana     Ana     PROPN NNP 2  compound  PERSON
    Ruiz    Ruiz    PROPN NNP 0  ROOT      I-PERSON
    to      to      PART  TO  4  aux       -
    visit   visit   VERB  VB  2  acl       -
    Peru    Peru    PROPN NNP 4  dobj      GPE
    """,
        "visit",
    )
    assert visits and all(r.modality == "will" for r in visits)


def test_a_deadline_with_a_low_hung_finite_verb_is_no_headline() -> None:
    """ "Chile has until May to answer Peru": the parser hangs "has" on "answer" as its auxiliary; a
    finite verb is there, so this is no headline's plan."""
    answers = _predicated(
        """
    Chile   Chile   PROPN NNP 6  nsubj  GPE
    has     have    AUX   VBZ 6  aux    -
    until   until   ADP   IN  2  prep   -
    May     May     PROPN NNP 3  pobj   DATE
    to      to      PART  TO  6  aux    -
    answer  answer  VERB  VB  0  ROOT   -
    Peru    Peru    PROPN NNP 6  dobj   GPE
    .       .       PUNCT .   6  punct  -
    """,
        "answer",
    )
    assert answers and all(r.modality != "will" for r in answers)


def test_an_infinitive_of_a_noun_in_a_sentence_is_no_headline() -> None:
    """ "Chile rejected Peru's bid to join the bloc": no plan of anyone's is read from the noun's root."""
    joined = _predicated(
        """
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    rejected  reject    VERB  VBD 0  ROOT   -
    Peru      Peru      PROPN NNP 5  poss   GPE
    's        's        PART  POS 3  case   -
    bid       bid       NOUN  NN  2  dobj   -
    to        to        PART  TO  7  aux    -
    join      join      VERB  VB  5  acl    -
    Mercosur  Mercosur  PROPN NNP 7  dobj   ORG
    .         .         PUNCT .   2  punct  -
    """,
        "join",
    )
    assert all(r.subject.entity_id != "country:CHL" for r in joined)


_NAMED_THEN_BARE = """
    Chilean    Chilean    ADJ   JJ  2  amod   NORP
    officials  official   NOUN  NNS 3  nsubj  -
    met        meet       VERB  VBD 0  ROOT   -
    Lopez      Lopez      PROPN NNP 3  dobj   PERSON
    .          .          PUNCT .   3  punct  -
    The        the        DET   DT  7  det    -
    officials  official   NOUN  NNS 8  nsubj  -
    said       say        VERB  VBD 0  ROOT   -
    Peru       Peru       PROPN NNP 10 nsubj  GPE
    attacked   attack     VERB  VBD 8  ccomp  -
    Bolivia    Bolivia    PROPN NNP 10 dobj   GPE
    .          .          PUNCT .   8  punct  -
    """


def test_the_officials_are_those_named_just_before() -> None:
    """ "Chilean officials met Lopez. The officials said Peru attacked Bolivia": Chile's word."""
    assert _attributions(_NAMED_THEN_BARE, "attack") == {"country:CHL"}


def test_officials_named_two_paragraphs_back_are_not_referred_to() -> None:
    """A bare "officials" looks back through its paragraph and the one before, no further."""
    words = [
        "Chilean",
        "officials",
        "met",
        ".",
        "\n\n",
        "Talks",
        "ended",
        ".",
        "\n\n",
        "Officials",
        "said",
        ".",
    ]
    doc = Doc(
        VOCAB,
        words=words,
        tags=["JJ", "NNS", "VBD", ".", "_SP", "NNS", "VBD", ".", "_SP", "NNS", "VBD", "."],
        lemmas=[
            "chilean",
            "official",
            "meet",
            ".",
            "\n\n",
            "talk",
            "end",
            ".",
            "\n\n",
            "official",
            "say",
            ".",
        ],
        heads=[1, 2, 2, 2, 3, 6, 6, 6, 7, 10, 10, 10],
        deps=[
            "amod",
            "nsubj",
            "ROOT",
            "punct",
            "dep",
            "nsubj",
            "ROOT",
            "punct",
            "dep",
            "nsubj",
            "ROOT",
            "punct",
        ],
    )
    assert officials_named_before(doc[9]) == []
    assert officials_named_before(doc[1]) == []  # a named group refers to no one before it
