"""Pronouns and the people they may mean (wave 33): a person the words have twice called "he" is no later
"she", though the article states nothing else of their sex; an object pronoun is not the subject its
coordinated verb shares ("X ran against Y and did not endorse her" is Y).

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_she_is_not_the_man_twice_called_he() -> None:
    # "Tom Harris chose Mary Collins as his deputy for his campaign. Collins met Harris in Leeds while she
    # visited Peru."
    found = facts(
        read("""
    Tom         Tom         PROPN NNP 2  compound  PERSON
    Harris      Harris      PROPN NNP 3  nsubj     I-PERSON
    chose       choose      VERB  VBD 0  ROOT      -
    Mary        Mary        PROPN NNP 5  compound  PERSON
    Collins     Collins     PROPN NNP 3  dobj      I-PERSON
    as          as          ADP   IN  3  prep      -
    his         his         PRON  PRP$ 8  poss      -
    deputy      deputy      NOUN  NN  6  pobj      -
    for         for         ADP   IN  8  prep      -
    his         his         PRON  PRP$ 11 poss      -
    campaign    campaign    NOUN  NN  9  pobj      -
    .           .           PUNCT .   3  punct     -
    Collins     Collins     PROPN NNP 14 nsubj     PERSON
    met         meet        VERB  VBD 0  ROOT      -
    Harris      Harris      PROPN NNP 14 dobj      PERSON
    in          in          ADP   IN  14 prep      -
    Leeds       Leeds       PROPN NNP 16 pobj      GPE
    while       while       SCONJ IN  20 mark      -
    she         she         PRON  PRP 20 nsubj     -
    visited     visit       VERB  VBD 14 advcl     -
    Peru        Peru        PROPN NNP 20 dobj      GPE
    .           .           PUNCT .   14 punct     -
    """),
        "svo",
    )
    assert ("Mary Collins", "visit", "Peru") in found
    assert ("Tom Harris", "visit", "Peru") not in found


def test_an_object_pronoun_is_not_the_subject_its_verb_shares() -> None:
    # "Tom Harris ran against Mary Collins and did not endorse her."
    found = facts(
        read("""
    Tom         Tom         PROPN NNP 2  compound  PERSON
    Harris      Harris      PROPN NNP 3  nsubj     I-PERSON
    ran         run         VERB  VBD 0  ROOT      -
    against     against     ADP   IN  3  prep      -
    Mary        Mary        PROPN NNP 6  compound  PERSON
    Collins     Collins     PROPN NNP 4  pobj      I-PERSON
    and         and         CCONJ CC  3  cc        -
    did         do          AUX   VBD 10 aux       -
    not         not         PART  RB  10 neg       -
    endorse     endorse     VERB  VB  3  conj      -
    her         she         PRON  PRP 10 dobj      -
    .           .           PUNCT .   3  punct     -
    """),
        "svo",
    )
    assert ("Tom Harris", "endorse", "Mary Collins") in found


def test_he_goes_on_with_the_subject_of_the_main_clause_before() -> None:
    # "While Tom Harris ran the campaign, Peter Hale stayed in Lima. He later visited Chile."
    found = facts(
        read("""
    While       while       SCONJ IN  4  mark      -
    Tom         Tom         PROPN NNP 3  compound  PERSON
    Harris      Harris      PROPN NNP 4  nsubj     I-PERSON
    ran         run         VERB  VBD 10 advcl     -
    the         the         DET   DT  6  det       -
    campaign    campaign    NOUN  NN  4  dobj      -
    ,           ,           PUNCT ,   10 punct     -
    Peter       Peter       PROPN NNP 9  compound  PERSON
    Hale        Hale        PROPN NNP 10 nsubj     I-PERSON
    stayed      stay        VERB  VBD 0  ROOT      -
    in          in          ADP   IN  10 prep      -
    Lima        Lima        PROPN NNP 11 pobj      GPE
    .           .           PUNCT .   10 punct     -
    He          he          PRON  PRP 16 nsubj     -
    later       later       ADV   RB  16 advmod    -
    visited     visit       VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 16 dobj      GPE
    .           .           PUNCT .   16 punct     -
    """),
        "svo",
    )
    assert ("Peter Hale", "visit", "Chile") in found


def test_an_object_pronoun_is_not_its_subjects_antecedent_from_the_sentence_before() -> None:
    # "Mary Collins met Tom Harris in Leeds. She later praised him."
    found = facts(
        read("""
    Mary        Mary        PROPN NNP 2  compound  PERSON
    Collins     Collins     PROPN NNP 3  nsubj     I-PERSON
    met         meet        VERB  VBD 0  ROOT      -
    Tom         Tom         PROPN NNP 5  compound  PERSON
    Harris      Harris      PROPN NNP 3  dobj      I-PERSON
    in          in          ADP   IN  3  prep      -
    Leeds       Leeds       PROPN NNP 6  pobj      GPE
    .           .           PUNCT .   3  punct     -
    She         she         PRON  PRP 11 nsubj     -
    later       later       ADV   RB  11 advmod    -
    praised     praise      VERB  VBD 0  ROOT      -
    him         he          PRON  PRP 11 dobj      -
    .           .           PUNCT .   11 punct     -
    """),
        "svo",
    )
    assert ("Mary Collins", "praise", "Tom Harris") in found


_HUSBAND = """
    Mary        Mary        PROPN NNP 2  compound  PERSON
    Collins     Collins     PROPN NNP 3  nsubj     I-PERSON
    visited     visit       VERB  VBD 0  ROOT      -
    Peru        Peru        PROPN NNP 3  dobj      GPE
    .           .           PUNCT .   3  punct     -
    Her         her         PRON  PRP$ 7  poss      -
    husband     husband     NOUN  NN  12 nsubj     -
    ,           ,           PUNCT ,   7  punct     -
    Tom         Tom         PROPN NNP 10 compound  PERSON
    Collins     Collins     PROPN NNP 7  appos     I-PERSON
    ,           ,           PUNCT ,   7  punct     -
    stayed      stay        VERB  VBD 0  ROOT      -
    in          in          ADP   IN  12 prep      -
    Leeds       Leeds       PROPN NNP 13 pobj      GPE
    .           .           PUNCT .   12 punct     -
    {title}     {title}     PROPN NNP 17 compound  -
    Collins     Collins     PROPN NNP 19 nsubj     PERSON
    later       later       ADV   RB  19 advmod    -
    visited     visit       VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 19 dobj      GPE
    .           .           PUNCT .   19 punct     -
"""


def test_a_surname_with_a_mans_title_is_the_husband_not_the_woman_named_first() -> None:
    # "Mary Collins visited Peru. Her husband, Tom Collins, stayed in Leeds. Mr Collins later visited Chile."
    found = facts(read(_HUSBAND.format(title="Mr")), "svo")
    assert ("Tom Collins", "visit", "Chile") in found
    assert ("Mary Collins", "visit", "Chile") not in found


def test_a_surname_with_a_womans_title_is_never_the_husband() -> None:
    # "... Her husband, Tom Collins, stayed in Leeds. Mrs Collins later visited Chile."
    assert ("Tom Collins", "visit", "Chile") not in facts(read(_HUSBAND.format(title="Mrs")), "svo")


def test_mrs_with_a_surname_is_not_the_one_bearer_introduced_as_a_husband() -> None:
    # "Mrs Collins visited Peru. Her husband, Tom Collins, stayed in Leeds."
    found = facts(
        read("""
    Mrs         Mrs         PROPN NNP 2  compound  -
    Collins     Collins     PROPN NNP 3  nsubj     PERSON
    visited     visit       VERB  VBD 0  ROOT      -
    Peru        Peru        PROPN NNP 3  dobj      GPE
    .           .           PUNCT .   3  punct     -
    Her         her         PRON  PRP$ 7  poss      -
    husband     husband     NOUN  NN  12 nsubj     -
    ,           ,           PUNCT ,   7  punct     -
    Tom         Tom         PROPN NNP 10 compound  PERSON
    Collins     Collins     PROPN NNP 7  appos     I-PERSON
    ,           ,           PUNCT ,   7  punct     -
    stayed      stay        VERB  VBD 0  ROOT      -
    in          in          ADP   IN  12 prep      -
    Leeds       Leeds       PROPN NNP 13 pobj      GPE
    .           .           PUNCT .   12 punct     -
    """),
        "svo",
    )
    assert ("Tom Collins", "visit", "Peru") not in found


def test_he_reported_by_an_unnamed_official_is_that_speaker_not_the_last_name() -> None:
    # "Tom Harris met Peter Hale in Lima. The French president said he would visit Iraq." (no French
    # president named)
    found = facts(
        read("""
    Tom         Tom         PROPN NNP 2  compound  PERSON
    Harris      Harris      PROPN NNP 3  nsubj     I-PERSON
    met         meet        VERB  VBD 0  ROOT      -
    Peter       Peter       PROPN NNP 5  compound  PERSON
    Hale        Hale        PROPN NNP 3  dobj      I-PERSON
    in          in          ADP   IN  3  prep      -
    Lima        Lima        PROPN NNP 6  pobj      GPE
    .           .           PUNCT .   3  punct     -
    The         the         DET   DT  11 det       -
    French      french      ADJ   JJ  11 amod      NORP
    president   president   NOUN  NN  12 nsubj     -
    said        say         VERB  VBD 0  ROOT      -
    he          he          PRON  PRP 15 nsubj     -
    would       would       AUX   MD  15 aux       -
    visit       visit       VERB  VB  12 ccomp     -
    Iraq        Iraq        PROPN NNP 15 dobj      GPE
    .           .           PUNCT .   12 punct     -
    """),
        "svo",
    )
    assert not {fact for fact in found if fact[1] == "visit"}


def test_he_after_an_unnamed_spokesman_is_not_the_name_before_him() -> None:
    # "Tom Harris visited Lima. A spokesman criticised Chile. He later condemned Bolivia."
    found = facts(
        read("""
    Tom         Tom         PROPN NNP 2  compound  PERSON
    Harris      Harris      PROPN NNP 3  nsubj     I-PERSON
    visited     visit       VERB  VBD 0  ROOT      -
    Lima        Lima        PROPN NNP 3  dobj      GPE
    .           .           PUNCT .   3  punct     -
    A           a           DET   DT  7  det       -
    spokesman   spokesman   NOUN  NN  8  nsubj     -
    criticised  criticise   VERB  VBD 0  ROOT      -
    Chile       Chile       PROPN NNP 8  dobj      GPE
    .           .           PUNCT .   8  punct     -
    He          he          PRON  PRP 13 nsubj     -
    later       later       ADV   RB  13 advmod    -
    condemned   condemn     VERB  VBD 0  ROOT      -
    Bolivia     Bolivia     PROPN NNP 13 dobj      GPE
    .           .           PUNCT .   13 punct     -
    """),
        "svo",
    )
    assert ("Tom Harris", "condemn", "Bolivia") not in found


def test_he_reported_by_a_named_apposition_is_that_name() -> None:
    # "Tom Harris's deputy, Peter Hale, said he would visit Chile."
    found = facts(
        read("""
    Tom         Tom         PROPN NNP 2  compound  PERSON
    Harris      Harris      PROPN NNP 4  poss      I-PERSON
    's          's          PART  POS 2  case      -
    deputy      deputy      NOUN  NN  9  nsubj     -
    ,           ,           PUNCT ,   4  punct     -
    Peter       Peter       PROPN NNP 7  compound  PERSON
    Hale        Hale        PROPN NNP 4  appos     I-PERSON
    ,           ,           PUNCT ,   4  punct     -
    said        say         VERB  VBD 0  ROOT      -
    he          he          PRON  PRP 12 nsubj     -
    would       would       AUX   MD  12 aux       -
    visit       visit       VERB  VB  9  ccomp     -
    Chile       Chile       PROPN NNP 12 dobj      GPE
    .           .           PUNCT .   9  punct     -
    """),
        "svo",
    )
    assert ("Peter Hale", "visit", "Chile") in found


def test_a_quoted_he_is_never_the_quotations_speaker() -> None:
    # 'Tom Harris visited Lima. "He must apologise to Chile," said Harris.'
    reading = read("""
    Tom         Tom         PROPN NNP 2  compound  PERSON
    Harris      Harris      PROPN NNP 3  nsubj     I-PERSON
    visited     visit       VERB  VBD 0  ROOT      -
    Lima        Lima        PROPN NNP 3  dobj      GPE
    .           .           PUNCT .   3  punct     -
    "           "           PUNCT ``  9  punct     -
    He          he          PRON  PRP 9  nsubj     -
    must        must        AUX   MD  9  aux       -
    apologise   apologise   VERB  VB  14 ccomp     -
    to          to          ADP   IN  9  prep      -
    Chile       Chile       PROPN NNP 10 pobj      GPE
    ,           ,           PUNCT ,   14 punct     -
    "           "           PUNCT ''  14 punct     -
    said        say         VERB  VBD 0  ROOT      -
    Harris      Harris      PROPN NNP 14 nsubj     PERSON
    .           .           PUNCT .   14 punct     -
    """)
    assert ("Tom Harris", "apologise to", "Chile") not in facts(reading, "prep")
