"""Wave 122 G: parties that "agreed plans to merge" took up the plan's deed, as those that "approved" or
"adopted" plans to do it (words.tsv plan_adopting_verbs): two named firms agreeing plans to merge merge with
each other, still to come (061, will). Each parse is written by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

AGREED_PLANS = """
Tarn      Tarn      PROPN NNP 2 compound ORG
Foods     Foods     PROPN NNP 7 nsubj    I-ORG
and       and       CCONJ CC  2 cc       -
Velma     Velma     PROPN NNP 5 compound ORG
Dairies   Dairies   PROPN NNP 2 conj     I-ORG
have      have      AUX   VBP 7 aux      -
agreed    agree     VERB  VBN 0 ROOT     -
plans     plan      NOUN  NNS 7 dobj     -
to        to        PART  TO  10 aux     -
merge     merge     VERB  VB  8 acl      -
.         .         PUNCT .   7 punct    -
"""


def test_firms_agreeing_plans_to_merge_will_merge_with_each_other() -> None:
    acts = read_modal_acts(AGREED_PLANS)
    assert ("Tarn Foods", "plan to merge with", "Velma Dairies", "06", "will", False) in acts


def test_firms_agreeing_to_merge_still_merge() -> None:
    # guard: passes with or without the change
    acts = read_modal_acts("""
    Tarn      Tarn      PROPN NNP 2 compound ORG
    Foods     Foods     PROPN NNP 7 nsubj    I-ORG
    and       and       CCONJ CC  2 cc       -
    Velma     Velma     PROPN NNP 5 compound ORG
    Dairies   Dairies   PROPN NNP 2 conj     I-ORG
    have      have      AUX   VBP 7 aux      -
    agreed    agree     VERB  VBN 0 ROOT     -
    to        to        PART  TO  9 aux      -
    merge     merge     VERB  VB  7 xcomp    -
    .         .         PUNCT .   7 punct    -
    """)
    assert any(a[1].endswith("merge with") and a[0] == "Tarn Foods" for a in acts)


RESTATED_KIND = """
Danish    danish    ADJ   JJ  2  amod     NORP
lenders   lender    NOUN  NNS 9  nsubj    -
Tarn      Tarn      PROPN NNP 4  compound ORG
Bank      Bank      PROPN NNP 2  appos    I-ORG
and       and       CCONJ CC  4  cc       -
Velma     Velma     PROPN NNP 7  compound ORG
Bank      Bank      PROPN NNP 4  conj     I-ORG
will      will      AUX   MD  9  aux      -
merge     merge     VERB  VB  0  ROOT     -
.         .         PUNCT .   9  punct    -
"""


def test_names_restating_a_kind_noun_merge_with_each_other() -> None:
    # "Danish lenders Tarn Bank and Velma Bank will merge": the kind noun the names restate is the first
    # name, no group the second is named within
    acts = read_modal_acts(RESTATED_KIND)
    assert any(a[:3] == ("Tarn Bank", "merge with", "Velma Bank") for a in acts)


def test_a_counterpart_named_after_a_conjunct_still_agrees_with_the_first() -> None:
    # guard: "Lamb and his counterpart Holm agreed to meet": the pair is no group named within the other
    acts = read_modal_acts("""
    Lamb        Lamb        PROPN NNP 6 nsubj    PERSON
    and         and         CCONJ CC  1 cc       -
    his         his         PRON  PRP$ 4 poss    -
    counterpart counterpart NOUN  NN  1 conj     -
    Holm        Holm        PROPN NNP 4 appos    PERSON
    agreed      agree       VERB  VBD 0 ROOT     -
    to          to          PART  TO  8 aux      -
    meet        meet        VERB  VB  6 xcomp    -
    .           .           PUNCT .   6 punct    -
    """)
    assert any(a[0] == "Lamb" and a[2] == "Holm" and a[1].startswith("agree") for a in acts)
