"""Event roots that misfire (sentences of our own, parses written by hand): failing to keep an agreement
signs none, and coming home from a trip returns no one."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

# "Thailand said the United States failed to {verb} an agreement with Japan."
FAILED = """
Thailand  Thailand  PROPN NNP 2  nsubj    GPE
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  5  det      -
United    United    PROPN NNP 5  compound GPE
States    States    PROPN NNP 6  nsubj    I-GPE
failed    fail      VERB  VBD 2  ccomp    -
to        to        PART  TO  8  aux      -
{verb}    {verb}    VERB  VB  6  xcomp    -
an        an        DET   DT  10 det      -
agreement agreement NOUN  NN  8  dobj     -
with      with      ADP   IN  10 prep     -
Japan     Japan     PROPN NNP 11 pobj     GPE
.         .         PUNCT .   2  punct    -
"""

# "John Smith returned home from a trip to Japan."
TRIP_HOME = """
John     John     PROPN NNP 2  compound PERSON
Smith    Smith    PROPN NNP 3  nsubj    I-PERSON
returned return   VERB  VBD 0  ROOT     -
home     home     ADV   RB  3  advmod   -
from     from     ADP   IN  3  prep     -
a        a        DET   DT  7  det      -
trip     trip     NOUN  NN  5  pobj     -
to       to       ADP   IN  7  prep     -
Japan    Japan    PROPN NNP 8  pobj     GPE
.        .        PUNCT .   3  punct    -
"""


def _roots(table: str) -> dict[str, str | None]:
    return {predicate: root for _, predicate, _, root in facts_with_roots(table)}


def test_failing_to_keep_an_agreement_signs_none() -> None:
    roots = _roots(FAILED.format(verb="keep"))
    assert roots["fail to keep agreement with"] is None


def test_failing_to_honour_an_agreement_signs_none() -> None:
    roots = _roots(FAILED.format(verb="honour"))
    assert roots["fail to honour agreement with"] is None


def test_failing_to_sign_an_agreement_keeps_the_agreements_code() -> None:
    # the deed failed is the signing itself: a signing denied, with the agreement's code (wave 47: no longer
    # "fail to sign agreement with" read as a deal done)
    found = {(r.predicate, r.negated, r.event_root) for r in read(FAILED.format(verb="sign")).relations}
    assert ("sign agreement with", True, "05") in found
    assert not any(predicate.startswith("fail") for predicate, _, _ in found)


def test_coming_home_from_a_trip_returns_no_one() -> None:
    roots = _roots(TRIP_HOME)
    assert roots and all(root is None for root in roots.values()), roots
