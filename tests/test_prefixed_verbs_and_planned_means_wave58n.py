"""Verbs of a hyphenated prefix and the plans behind a means (wave 58 N).

"X will re-examine its ties with Y": the tokenizer split "re", "-", "examine", so the parser hung "will" on
"re" and the deed lost its modality. A word of a prefix (words.tsv hyphen_prefixes) is now one token; a verb
keeps it, lemmatised by its stem ("re-elected" -> "re-elect"), and the CAMEO lexicon reads a re-done act as
the act ("re-examine" examines). Any other word ("co-founder") is split again as the title rules read it.

"X planned to use the loans to buy wheat from Y": the aim of a means under a plan is planned too ("will"),
under a hope only hoped ("may"), and under a plan denied no deed at all. The parses are built by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import PrefixedWords, _keep_prefixed_words
from geokg.extract.lexicon.cameo import event_code
from hand_docs import VOCAB, read_modal_acts
from spacy.tokens import Doc

# ------------------------------------------------------------------------------------------ the tokenizer


def _words(text: str) -> list[str]:
    nlp = spacy.blank("en")
    _keep_prefixed_words(nlp)
    return [t.text for t in nlp.tokenizer(text)]


def test_a_verb_of_a_prefix_and_a_hyphen_is_one_token() -> None:
    words = _words("Chile will re-examine the deal, co-operate with Peru and pre-empt a (re-opened) dispute.")
    assert {"re-examine", "co-operate", "pre-empt", "re-opened"} <= set(words)
    assert "re" not in words and "co" not in words


def test_other_hyphenated_words_are_still_split() -> None:
    words = _words("a pre-Christmas well-known anti-war deal")
    assert "pre-Christmas" not in words and "well-known" not in words and "anti-war" not in words
    assert {"pre", "Christmas", "well", "known", "anti", "war"} <= set(words)


# ------------------------------------------------------------------------------- lemmas and re-splitting


class _Lemmatizer:
    """A stand-in for spaCy's rule lemmatizer that knows the stems of the test's words."""

    def rule_lemmatize(self, token: spacy.tokens.Token) -> list[str]:
        return [{"elected": "elect", "founder": "founder"}.get(token.text, token.text)]


def test_a_prefixed_verb_is_lemmatised_by_its_stem_and_a_prefixed_noun_split_again() -> None:
    doc = Doc(
        VOCAB,
        words=["Garcia", ",", "co-founder", "of", "the", "party", ",", "was", "re-elected", "."],
        pos=["PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
        tags=["NNP", ",", "NN", "IN", "DT", "NN", ",", "VBD", "VBN", "."],
        heads=[8, 0, 0, 2, 5, 3, 0, 8, 8, 8],
        deps=["nsubjpass", "punct", "appos", "prep", "det", "pobj", "punct", "auxpass", "ROOT", "punct"],
        lemmas=["Garcia", ",", "co-founder", "of", "the", "party", ",", "be", "re-electe", "."],
    )
    doc = PrefixedWords(_Lemmatizer())(doc)
    assert [t.text for t in doc][:5] == ["Garcia", ",", "co", "-", "founder"]
    assert doc[4].head.text == "Garcia" and doc[4].dep_ == "appos"
    assert doc[2].head.i == doc[3].head.i == 4 and doc[3].tag_ == "HYPH"
    elected = next(t for t in doc if t.text == "re-elected")
    assert elected.lemma_ == "re-elect"


def test_a_re_done_act_has_the_act_s_code() -> None:
    assert event_code("re-examine") == event_code("examine") is not None
    assert event_code("re-impose", particle_or_prep=None) == event_code("impose")


# ------------------------------------------------------------------------------------------ the rule side


def test_a_prefixed_verb_keeps_its_modal() -> None:
    acts = read_modal_acts("""
    Chile      Chile      PROPN NNP  3 nsubj    GPE
    will       will       AUX   MD   3 aux      -
    re-examine re-examine VERB  VB   0 ROOT     -
    its        its        PRON  PRP$ 6 poss     -
    trade      trade      NOUN  NN   6 compound -
    ties       tie        NOUN  NNS  3 dobj     -
    with       with       ADP   IN   6 prep     -
    Peru       Peru       PROPN NNP  7 pobj     GPE
    .          .          PUNCT .    3 punct    -
    """)
    examined = [a for a in acts if a[0] == "Chile" and a[2] == "Peru" and "re-examine" in a[1]]
    assert examined and all(a[3] == "09" and a[4] == "will" for a in examined)


def test_the_aim_of_a_planned_means_is_planned() -> None:
    acts = read_modal_acts("""
    Chile   Chile   PROPN NNP 2  nsubj GPE
    planned plan    VERB  VBD 0  ROOT  -
    to      to      PART  TO  4  aux   -
    use     use     VERB  VB  2  xcomp -
    the     the     DET   DT  7  det   -
    new     new     ADJ   JJ  7  amod  -
    loans   loan    NOUN  NNS 4  dobj  -
    to      to      PART  TO  9  aux   -
    buy     buy     VERB  VB  4  xcomp -
    wheat   wheat   NOUN  NN  9  dobj  -
    from    from    ADP   IN  9  prep  -
    Peru    Peru    PROPN NNP 11 pobj  GPE
    .       .       PUNCT .   2  punct -
    """)
    bought = [a for a in acts if a[0] == "Chile" and a[2] == "Peru" and "buy" in a[1]]
    assert bought and all(a[4] == "will" and not a[5] for a in bought)


def test_the_aim_of_a_hoped_means_is_only_hoped() -> None:
    acts = read_modal_acts("""
    Chile Chile PROPN NNP 2 nsubj GPE
    hopes hope  VERB  VBZ 0 ROOT  -
    to    to    PART  TO  4 aux   -
    use   use   VERB  VB  2 xcomp -
    the   the   DET   DT  6 det   -
    talks talk  NOUN  NNS 4 dobj  -
    to    to    PART  TO  8 aux   -
    press press VERB  VB  4 xcomp -
    Peru  Peru  PROPN NNP 8 dobj  GPE
    .     .     PUNCT .   2 punct -
    """)
    pressed = [a for a in acts if a[0] == "Chile" and a[2] == "Peru" and "press" in a[1]]
    assert pressed and all(a[4] == "may" for a in pressed)


def test_the_aim_of_a_means_whose_plan_is_denied_is_no_deed() -> None:
    acts = read_modal_acts("""
    Chile Chile PROPN NNP 4  nsubj GPE
    did   do    AUX   VBD 4  aux   -
    not   not   PART  RB  4  neg   -
    plan  plan  VERB  VB  0  ROOT  -
    to    to    PART  TO  6  aux   -
    use   use   VERB  VB  4  xcomp -
    the   the   DET   DT  8  det   -
    loans loan  NOUN  NNS 6  dobj  -
    to    to    PART  TO  10 aux   -
    buy   buy   VERB  VB  6  xcomp -
    wheat wheat NOUN  NN  10 dobj  -
    from  from  ADP   IN  10 prep  -
    Peru  Peru  PROPN NNP 12 pobj  GPE
    .     .     PUNCT .   4  punct -
    """)
    assert not [a for a in acts if "buy" in a[1]]


# ------------------------------------------------------------------------------- an event as a condition


_AS_CONDITION = """
    An          an          DET   DT  3  det      -
    IMF         IMF         PROPN NNP 3  compound ORG
    endorsement endorsement NOUN  NN  8  nsubj    -
    of          of          ADP   IN  3  prep     -
    Ghana       Ghana       PROPN NNP 7  poss     GPE
    's          's          PART  POS 5  case     -
    programme   programme   NOUN  NN  4  pobj     -
    is          be          AUX   VBZ 0  ROOT     -
    a           a           DET   DT  10 det      -
    {word:11} {word:11} NOUN  NN  8  attr     -
    for         for         ADP   IN  10 prep     -
    the         the         DET   DT  13 det      -
    loan        loan        NOUN  NN  11 pobj     -
    .           .           PUNCT .   8  punct    -
    """


def test_an_event_called_a_condition_has_not_happened() -> None:
    acts = read_modal_acts(_AS_CONDITION.format(word="condition"))
    assert not [a for a in acts if a[0] == "IMF" and "endorse" in a[1]]


def test_an_event_called_a_success_still_happened() -> None:
    acts = read_modal_acts(_AS_CONDITION.format(word="success"))
    assert [a for a in acts if a[0] == "IMF" and "endorse" in a[1] and a[2] == "Ghana"]
