"""Company names. One that starts with a shorter company's name (extract/entities/clusters.py) is the same
company ("Mahan" of "Mahan Air"), unless the text gives the longer name to a new body or to the other's
parent or unit; a name that "its" points back to is a body, whatever the tagger says (retyping.py). Sentences
of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read


def _aliases(table: str) -> dict[str, set[str]]:
    return {e.id: set(e.aliases) for e in read(table).entities.entities()}


def test_a_name_given_to_the_combined_company_is_not_the_bought_one() -> None:
    ids = _aliases("""
    Orbis     Orbis     PROPN NNP 3 nsubj ORG
    will      will      AUX   MD  3 aux   -
    buy       buy       VERB  VB  0 ROOT  -
    Lumen     Lumen     PROPN NNP 3 dobj  ORG
    ,         ,         PUNCT ,   3 punct -
    and       and       CCONJ CC  3 cc    -
    the       the       DET   DT  9 det   -
    combined  combine   VERB  VBN 9 amod  -
    company   company   NOUN  NN  3 conj  -
    ,         ,         PUNCT ,   9 punct -
    to        to        PART  TO  13 aux  -
    be        be        AUX   VB  13 auxpass -
    called    call      VERB  VBN 9 relcl -
    Lumen     Lumen     PROPN NNP 15 compound ORG
    Holdings  Holdings  PROPN NNP 13 oprd I-ORG
    ,         ,         PUNCT ,   9 punct -
    will      will      AUX   MD  18 aux  -
    grow      grow      VERB  VB  3 conj  -
    .         .         PUNCT .   3 punct -
    """)
    assert ids["org:lumen"] == {"Lumen"}
    assert ids["org:lumen_holdings"] == {"Lumen Holdings"}


def test_a_company_a_merger_forms_is_not_the_one_whose_name_it_starts_with() -> None:
    ids = _aliases("""
    Orbis     Orbis     PROPN NNP 5  nsubj    ORG
    and       and       CCONJ CC  1  cc       -
    Lumen     Lumen     PROPN NNP 1  conj     ORG
    will      will      AUX   MD  5  aux      -
    merge     merge     VERB  VB  0  ROOT     -
    to        to        PART  TO  7  aux      -
    form      form      VERB  VB  5  advcl    -
    Lumen     Lumen     PROPN NNP 9  compound ORG
    Holdings  Holdings  PROPN NNP 7  dobj     I-ORG
    .         .         PUNCT .   5  punct    -
    """)
    assert ids["org:lumen"] == {"Lumen"}
    assert ids["org:lumen_holdings"] == {"Lumen Holdings"}


def test_a_company_said_to_be_created_is_a_new_body() -> None:
    ids = _aliases("""
    Lumen     Lumen     PROPN NNP 2  compound ORG
    Holdings  Holdings  PROPN NNP 5  nsubjpass I-ORG
    will      will      AUX   MD  5  aux      -
    be        be        AUX   VB  5  auxpass  -
    created   create    VERB  VBN 0  ROOT     -
    .         .         PUNCT .   5  punct    -
    Lumen     Lumen     PROPN NNP 8  nsubj    ORG
    agreed    agree     VERB  VBD 0  ROOT     -
    .         .         PUNCT .   8  punct    -
    """)
    assert ids["org:lumen"] == {"Lumen"}


def test_a_company_a_merger_does_not_form_takes_its_short_name() -> None:
    ids = _aliases("""
    Orbis     Orbis     PROPN NNP 2  nsubj    ORG
    met       meet      VERB  VBD 0  ROOT     -
    Lumen     Lumen     PROPN NNP 4  compound ORG
    Holdings  Holdings  PROPN NNP 2  dobj     I-ORG
    .         .         PUNCT .   2  punct    -
    Lumen     Lumen     PROPN NNP 7  nsubj    ORG
    agreed    agree     VERB  VBD 0  ROOT     -
    .         .         PUNCT .   7  punct    -
    """)
    assert ids["org:lumen_holdings"] == {"Lumen Holdings", "Lumen"}


def test_a_parent_named_in_apposition_is_not_the_company_it_owns() -> None:
    ids = _aliases("""
    Lumen     Lumen     PROPN NNP 3 poss  ORG
    's        's        PART  POS 1 case  -
    parent    parent    NOUN  NN  7 nsubj -
    ,         ,         PUNCT ,   3 punct -
    Lumen     Lumen     PROPN NNP 6 compound ORG
    Group     Group     PROPN NNP 3 appos I-ORG
    cut       cut       VERB  VBD 0 ROOT  -
    jobs      job       NOUN  NNS 7 dobj  -
    .         .         PUNCT .   7 punct -
    """)
    assert "org:lumen" in ids
    assert ids["org:lumen_group"] == {"Lumen Group"}


def test_a_short_name_of_a_company_named_in_full_before_is_that_company() -> None:
    ids = _aliases("""
    Lumen     Lumen     PROPN NNP 2 compound ORG
    Group     Group     PROPN NNP 3 nsubj I-ORG
    cut       cut       VERB  VBD 0 ROOT  -
    jobs      job       NOUN  NNS 3 dobj  -
    .         .         PUNCT .   3 punct -
    Lumen     Lumen     PROPN NNP 7 nsubj ORG
    said      say       VERB  VBD 0 ROOT  -
    so        so        ADV   RB  7 advmod -
    .         .         PUNCT .   7 punct -
    """)
    assert ids["org:lumen_group"] == {"Lumen Group", "Lumen"}


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_name_that_its_points_back_to_is_a_body_not_a_person() -> None:
    types = _types("""
    Velora    Velora    PROPN NNP 2 nsubj PERSON
    said      say       VERB  VBD 0 ROOT  -
    its       its       PRON  PRP$ 4 poss -
    sales     sale      NOUN  NNS 5 nsubj -
    fell      fall      VERB  VBD 2 ccomp -
    .         .         PUNCT .   2 punct -
    """)
    assert types["Velora"] == "ORG"


def test_its_after_another_noun_says_nothing_of_the_subject() -> None:
    types = _types("""
    Velora    Velora    PROPN NNP 2 nsubj PERSON
    said      say       VERB  VBD 0 ROOT  -
    the       the       DET   DT  4 det   -
    bank      bank      NOUN  NN  5 nsubj -
    lost      lose      VERB  VBD 2 ccomp -
    its       its       PRON  PRP$ 7 poss -
    licence   licence   NOUN  NN  5 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert types["Velora"] == "PERSON"
