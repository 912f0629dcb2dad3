"""A dismissal of claims rejects their maker (wave 90 F): "Jim Roe claimed Acme Corp had lied. Tom Ash
dismissed the claims as wild allegations" has Tom Ash reject (CAMEO 12) Jim Roe, as "dismissed Jim Roe's
claims" does. "dismiss" is a verb of reaction (words.tsv act_reaction_verbs), and a claim, an allegation,
an accusation or a charge is an act noun (act_nouns.tsv) whose maker is the doer of the nearest earlier
clause of claiming, alleging or accusing (ArgumentResolver._act_doer), or of a speaker whose words the
sentence just before reports ("Jim Roe said Acme Corp had lied. Tom Ash dismissed the claims": arguments.
_claim_said_before); a "said" further back may report anything. A person dismissed stays as before.
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

CLAIMS_DISMISSED = """
Jim         Jim        PROPN NNP 2  compound PERSON
Roe         Roe        PROPN NNP 3  nsubj    I-PERSON
claimed     claim      VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 5  compound ORG
Corp        Corp       PROPN NNP 7  nsubj    I-ORG
had         have       AUX   VBD 7  aux      -
lied        lie        VERB  VBN 3  ccomp    -
.           .          PUNCT .   3  punct    -
Tom         Tom        PROPN NNP 10 compound PERSON
Ash         Ash        PROPN NNP 11 nsubj    I-PERSON
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  13 det      -
claims      claim      NOUN  NNS 11 dobj     -
as          as         ADP   IN  13 prep     -
wild        wild       ADJ   JJ  16 amod     -
allegations allegation NOUN  NNS 14 pobj     -
.           .          PUNCT .   11 punct    -
"""

ACCUSATION_DISMISSED = """
Jim         Jim        PROPN NNP 2  compound PERSON
Roe         Roe        PROPN NNP 3  nsubj    I-PERSON
accused     accuse     VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 5  compound ORG
Corp        Corp       PROPN NNP 3  dobj     I-ORG
of          of         ADP   IN  3  prep     -
lying       lie        VERB  VBG 6  pcomp    -
.           .          PUNCT .   3  punct    -
Tom         Tom        PROPN NNP 10 compound PERSON
Ash         Ash        PROPN NNP 11 nsubj    I-PERSON
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  13 det      -
allegations allegation NOUN  NNS 11 dobj     -
.           .          PUNCT .   11 punct    -
"""

SAID_BEFORE = """
Jim         Jim        PROPN NNP 2  compound PERSON
Roe         Roe        PROPN NNP 3  nsubj    I-PERSON
said        say        VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 5  compound ORG
Corp        Corp       PROPN NNP 7  nsubj    I-ORG
had         have       AUX   VBD 7  aux      -
lied        lie        VERB  VBN 3  ccomp    -
.           .          PUNCT .   3  punct    -
Tom         Tom        PROPN NNP 10 compound PERSON
Ash         Ash        PROPN NNP 11 nsubj    I-PERSON
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  13 det      -
claims      claim      NOUN  NNS 11 dobj     -
.           .          PUNCT .   11 punct    -
"""

# the same, with a sentence between the report and the dismissal: the "said" is too far back
SAID_FURTHER_BACK = SAID_BEFORE.replace(
    """Tom         Tom        PROPN NNP 10 compound PERSON
Ash         Ash        PROPN NNP 11 nsubj    I-PERSON
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  13 det      -
claims      claim      NOUN  NNS 11 dobj     -
.           .          PUNCT .   11 punct    -""",
    """It          it         PRON  PRP 10 nsubj    -
rained      rain       VERB  VBD 0  ROOT     -
.           .          PUNCT .   10 punct    -
Tom         Tom        PROPN NNP 13 compound PERSON
Ash         Ash        PROPN NNP 14 nsubj    I-PERSON
dismissed   dismiss    VERB  VBD 0  ROOT     -
the         the        DET   DT  16 det      -
claims      claim      NOUN  NNS 14 dobj     -
.           .          PUNCT .   14 punct    -""",
)


def _dismissals(table: str) -> set[tuple[str, str, str, str | None]]:
    return {fact for fact in facts_with_roots(table) if fact[0] == "Tom Ash"}


def test_claims_dismissed_reject_whoever_claimed_them() -> None:
    assert _dismissals(CLAIMS_DISMISSED) == {("Tom Ash", "dismiss", "Jim Roe", "12")}


def test_allegations_dismissed_reject_whoever_made_the_accusation() -> None:
    assert _dismissals(ACCUSATION_DISMISSED) == {("Tom Ash", "dismiss", "Jim Roe", "12")}


def test_claims_dismissed_reject_whoever_said_them_in_the_sentence_before() -> None:
    assert _dismissals(SAID_BEFORE) == {("Tom Ash", "dismiss", "Jim Roe", "12")}
    assert _dismissals(SAID_FURTHER_BACK) == set()
