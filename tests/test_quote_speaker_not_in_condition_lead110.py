"""Lead, after round 176: where a verb of speech outside a quotation says who speaks it, even a "he" that
coreference leaves open, the doer of another verb of the sentence is not the speaker ('If the Farm Ministry
decides to go ahead, he said, "Bolt will not ..."': the ministry of the condition says nothing). The parse
is stated by hand (tests/hand_docs.py, the model's own parse of our sentences)."""

from __future__ import annotations

from hand_docs import read_attributed

# 'Jan Bolt has decided not to oppose any grain sale to Peru, a Foreign Ministry official said. "Bolt
# fought the battle last year. It is now the Farm Ministry who has to decide," the official said. If the
# Farm Ministry decides to go ahead with a sale to Peru, he said, "Bolt will not wage a campaign against it.
# He will not go to the President."'
_CONDITION_BEFORE_HE_SAID = """
Jan        Jan        PROPN NNP  2   compound  -
Bolt       Bolt       PROPN NNP  4   nsubj     -
has        have       AUX   VBZ  4   aux       -
decided    decide     VERB  VBN  18  ccomp     -
not        not        PART  RB   7   neg       -
to         to         PART  TO   7   aux       -
oppose     oppose     VERB  VB   4   xcomp     -
any        any        DET   DT   10  det       -
grain      grain      NOUN  NN   10  compound  -
sale       sale       NOUN  NN   7   dobj      -
to         to         ADP   IN   10  prep      -
Peru       Peru       PROPN NNP  11  pobj      GPE
,          ,          PUNCT ,    18  punct     -
a          a          DET   DT   17  det       -
Foreign    Foreign    PROPN NNP  16  compound  ORG
Ministry   Ministry   PROPN NNP  17  compound  I-ORG
official   official   NOUN  NN   18  nsubj     -
said       say        VERB  VBD  0   ROOT      -
.          .          PUNCT .    18  punct     -
"          "          PUNCT ``   22  punct     -
Bolt       Bolt       PROPN NNP  22  nsubj     PERSON
fought     fight      VERB  VBD  0   ROOT      -
the        the        DET   DT   24  det       -
battle     battle     NOUN  NN   22  dobj      -
last       last       ADJ   JJ   26  amod      DATE
year       year       NOUN  NN   22  npadvmod  I-DATE
.          .          PUNCT .    22  punct     -
It         it         PRON  PRP  29  nsubj     -
is         be         AUX   VBZ  42  ccomp     -
now        now        ADV   RB   29  advmod    -
the        the        DET   DT   33  det       ORG
Farm       Farm       PROPN NNP  33  compound  I-ORG
Ministry   Ministry   PROPN NNP  29  attr      I-ORG
who        who        PRON  WP   35  nsubj     -
has        have       VERB  VBZ  33  relcl     -
to         to         PART  TO   37  aux       -
decide     decide     VERB  VB   35  xcomp     -
,          ,          PUNCT ,    42  punct     -
"          "          PUNCT ''   42  punct     -
the        the        DET   DT   41  det       -
official   official   NOUN  NN   42  nsubj     -
said       say        VERB  VBD  0   ROOT      -
.          .          PUNCT .    42  punct     -
If         if         SCONJ IN   48  mark      -
the        the        DET   DT   47  det       ORG
Farm       Farm       PROPN NNP  47  compound  I-ORG
Ministry   Ministry   PROPN NNP  48  nsubj     I-ORG
decides    decide     VERB  VBZ  65  advcl     -
to         to         PART  TO   50  aux       -
go         go         VERB  VB   48  xcomp     -
ahead      ahead      ADV   RB   50  advmod    -
with       with       ADP   IN   50  prep      -
a          a          DET   DT   54  det       -
sale       sale       NOUN  NN   52  pobj      -
to         to         ADP   IN   54  prep      -
Peru       Peru       PROPN NNP  55  pobj      GPE
,          ,          PUNCT ,    59  punct     -
he         he         PRON  PRP  59  nsubj     -
said       say        VERB  VBD  65  parataxis -
,          ,          PUNCT ,    59  punct     -
"          "          PUNCT ``   59  punct     -
Bolt       Bolt       PROPN NNP  65  nsubj     PERSON
will       will       AUX   MD   65  aux       -
not        not        PART  RB   65  neg       -
wage       wage       VERB  VB   0   ROOT      -
a          a          DET   DT   67  det       -
campaign   campaign   NOUN  NN   65  dobj      -
against    against    ADP   IN   67  prep      -
it         it         PRON  PRP  68  pobj      -
.          .          PUNCT .    65  punct     -
He         he         PRON  PRP  74  nsubj     -
will       will       AUX   MD   74  aux       -
not        not        PART  RB   74  neg       -
go         go         VERB  VB   0   ROOT      -
to         to         ADP   IN   74  prep      -
the        the        DET   DT   77  det       -
President  President  PROPN NNP  75  pobj      -
.          .          PUNCT .    74  punct     -
"          "          PUNCT ''   74  punct     -
"""


def test_the_doer_of_a_condition_is_not_the_quotations_speaker() -> None:
    read = read_attributed(_CONDITION_BEFORE_HE_SAID)
    assert any(s == "Bolt" and p == "go to" for s, p, _, _ in read)
    assert not any(s == "Farm Ministry" and p == "say" for s, p, _, _ in read)
    assert not any(source == "Farm Ministry" for _, _, _, source in read)
