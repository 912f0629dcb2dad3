"""A body the text names by its kind only speaks as an unnamed source (wave 108 G): in "Zenith Corp may close
its refinery in Norway, a government committee said" (or "an industry group said", "a parliamentary panel
said") the closure is the committee's claim, attributed to its words ("government committee"), never the
writer's fact; so is what "a study said" or "according to a survey" (words.tsv unnamed_source_nouns and
report_source_nouns). The parse is built by hand as the parser gives it (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read

COMMITTEE = """
Zenith     Zenith     PROPN NNP  2  compound ORG
Corp       Corp       PROPN NNP  4  nsubj    I-ORG
may        may        AUX   MD   4  aux      -
close      close      VERB  VB   13 ccomp    -
its        its        PRON  PRP$ 6  poss     -
refinery   refinery   NOUN  NN   4  dobj     -
in         in         ADP   IN   6  prep     -
Norway     Norway     PROPN NNP  7  pobj     GPE
,          ,          PUNCT ,    13 punct    -
a          a          DET   DT   12 det      -
government government NOUN  NN   12 compound -
committee  committee  NOUN  NN   13 nsubj    -
said       say        VERB  VBD  0  ROOT     -
.          .          PUNCT .    13 punct    -
"""

GROUP = COMMITTEE.replace("government government", "industry   industry  ").replace(
    "committee  committee ", "group      group     "
)
PANEL = (
    COMMITTEE.replace("government government NOUN  NN", "parliamentary parliamentary ADJ  JJ")
    .replace("committee  committee ", "panel      panel     ")
    .replace("12 compound", "12 amod    ")
)
STUDY = """
Zenith     Zenith     PROPN NNP  2  compound ORG
Corp       Corp       PROPN NNP  4  nsubj    I-ORG
may        may        AUX   MD   4  aux      -
close      close      VERB  VB   12 ccomp    -
its        its        PRON  PRP$ 6  poss     -
refinery   refinery   NOUN  NN   4  dobj     -
in         in         ADP   IN   6  prep     -
Norway     Norway     PROPN NNP  7  pobj     GPE
,          ,          PUNCT ,    12 punct    -
a          a          DET   DT   11 det      -
study      study      NOUN  NN   12 nsubj    -
said       say        VERB  VBD  0  ROOT     -
.          .          PUNCT .    12 punct    -
"""


def _attribution(rows: str) -> str | None:
    """The attribution of the refinery's closing."""
    reading = read(rows)
    closing = [r for r in reading.relations if r.predicate.startswith("close")]
    assert closing, [r.predicate for r in reading.relations]
    return closing[0].attributed_to


def test_a_body_named_by_its_kind_is_the_claims_source() -> None:
    assert _attribution(COMMITTEE) == "source:government committee"
    assert _attribution(GROUP) == "source:industry group"
    assert _attribution(PANEL) == "source:parliamentary panel"


def test_a_study_is_the_claims_source() -> None:
    assert _attribution(STUDY) == "source:study"
