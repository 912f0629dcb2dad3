"""A bare "the group" names the firm of the story again (mend 109 G, review 108 finding 3). Wire copy calls a
company "the group": in "Kestrel Corp said profits rose. The group said it would close its refinery in
Norway" the closing is the firm's word, never that of some group left unnamed, so it is not attributed to
the words "group". A body by its kind is an unnamed source only with "a/an" or a word of its kind before
it ("a group said", "an industry group said": tests/test_unnamed_bodies_speak_wave108g.py). The parse is
built by hand as the parser gives it (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

THE_GROUP = """
Kestrel    Kestrel    PROPN NNP  2  compound ORG
Corp       Corp       PROPN NNP  3  nsubj    I-ORG
said       say        VERB  VBD  0  ROOT     -
profits    profit     NOUN  NNS  5  nsubj    -
rose       rise       VERB  VBD  3  ccomp    -
.          .          PUNCT .    3  punct    -
The        the        DET   DT   8  det      -
group      group      NOUN  NN   9  nsubj    -
said       say        VERB  VBD  0  ROOT     -
it         it         PRON  PRP  12 nsubj    -
would      would      AUX   MD   12 aux      -
close      close      VERB  VB   9  ccomp    -
its        its        PRON  PRP$ 14 poss     -
refinery   refinery   NOUN  NN   12 dobj     -
in         in         ADP   IN   14 prep     -
Norway     Norway     PROPN NNP  15 pobj     GPE
.          .          PUNCT .    9  punct    -
"""

A_GROUP = THE_GROUP.replace("The        the        DET", "A          a          DET")


def _attributions(rows: str) -> list[str | None]:
    """The attribution of each reading of the refinery's closing."""
    reading = read(rows)
    closing = [r for r in reading.relations if r.predicate.startswith("close")]
    assert closing, [r.predicate for r in reading.relations]
    return [r.attributed_to for r in closing]


def test_the_group_is_the_firm_named_before() -> None:
    assert "source:group" not in _attributions(THE_GROUP)
    # with an indefinite article the group is another body, left unnamed: still its words
    assert _attributions(A_GROUP) == ["source:group"]
