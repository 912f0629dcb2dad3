"""A speaker's own belief inside his report is what he reports (wave 89 F): "Sam Grant said he was convinced
Japan was moving in the right direction", "… said he thought Japan would open its market". The middle clause
is the speaker's ("he") belief or certainty (a verb of opinion, words.tsv opinion_verbs, or "be" with a
state of belief, belief_states; quotes.held_belief), so the clause it holds is his content as if said
directly (objects.SlotReader._speakers_belief): "Sam Grant -say-> Japan" with its words. Another's belief
("said Peru was sure Japan would …") stays what he reports of that other, and a belief of what ought to be
("said he thought Peru should …") asks nothing of anyone (rules.speech_content). Parses are built by hand as
the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

CONVINCED = """
Sam       Sam       PROPN NNP 2  compound PERSON
Grant     Grant     PROPN NNP 3  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
he        he        PRON  PRP 5  nsubj    -
was       be        AUX   VBD 3  ccomp    -
convinced convince  VERB  VBN 5  acomp    -
Japan     Japan     PROPN NNP 9  nsubj    GPE
was       be        AUX   VBD 9  aux      -
moving    move      VERB  VBG 6  ccomp    -
in        in        ADP   IN  9  prep     -
the       the       DET   DT  13 det      -
right     right     ADJ   JJ  13 amod     -
direction direction NOUN  NN  10 pobj     -
.         .         PUNCT .   3  punct    -
"""

THOUGHT = """
Sam     Sam    PROPN NNP  2  compound PERSON
Grant   Grant  PROPN NNP  3  nsubj    I-PERSON
said    say    VERB  VBD  0  ROOT     -
he      he     PRON  PRP  5  nsubj    -
thought think  VERB  VBD  3  ccomp    -
Japan   Japan  PROPN NNP  8  nsubj    GPE
would   would  AUX   MD   8  aux      -
open    open   VERB  VB   5  ccomp    -
its     its    PRON  PRP$ 10 poss     -
market  market NOUN  NN   8  dobj     -
.       .      PUNCT .    3  punct    -
Sam       Sam     PROPN NNP 13 compound  PERSON
Grant     Grant   PROPN NNP 14 nsubj     I-PERSON
explained explain VERB  VBD 0  ROOT      -
why       why     SCONJ WRB 17 advmod    -
he        he      PRON  PRP 17 nsubj     -
thinks    think   VERB  VBZ 14 ccomp     -
Peru      Peru    PROPN NNP 20 nsubjpass GPE
is        be      AUX   VBZ 20 auxpass   -
poised    poise   VERB  VBN 17 ccomp     -
to        to      PART  TO  22 aux       -
grow      grow    VERB  VB  20 xcomp     -
.         .       PUNCT .   14 punct     -
"""

# The parser may hang the held clause on "was" rather than on the adjective; the speaker named again.
SURE_ON_BE = """
Sam    Sam    PROPN NNP  2  compound PERSON
Grant  Grant  PROPN NNP  3  nsubj    I-PERSON
said   say    VERB  VBD  0  ROOT     -
Grant  Grant  PROPN NNP  5  nsubj    PERSON
was    be     AUX   VBD  3  ccomp    -
sure   sure   ADJ   JJ   5  acomp    -
that   that   SCONJ IN   10 mark     -
Japan  Japan  PROPN NNP  10 nsubj    GPE
would  would  AUX   MD   10 aux      -
open   open   VERB  VB   5  ccomp    -
its    its    PRON  PRP$ 12 poss     -
market market NOUN  NN   10 dobj     -
.      .      PUNCT .    3  punct    -
"""

# His belief of what Peru ought to do, his certainty about Japan, then Peru's certainty about Japan.
OUGHT_AND_OTHERS = """
Sam     Sam    PROPN NNP  2  compound PERSON
Grant   Grant  PROPN NNP  3  nsubj    I-PERSON
said    say    VERB  VBD  0  ROOT     -
he      he     PRON  PRP  5  nsubj    -
thought think  VERB  VBD  3  ccomp    -
Peru    Peru   PROPN NNP  8  nsubj    GPE
should  should AUX   MD   8  aux      -
open    open   VERB  VB   5  ccomp    -
its     its    PRON  PRP$ 10 poss     -
market  market NOUN  NN   8  dobj     -
.       .      PUNCT .    3  punct    -
Sam     Sam    PROPN NNP  13 compound PERSON
Grant   Grant  PROPN NNP  14 nsubj    I-PERSON
said    say    VERB  VBD  0  ROOT     -
he      he     PRON  PRP  16 nsubj    -
was     be     AUX   VBD  14 ccomp    -
sure    sure   ADJ   JJ   16 acomp    -
Japan   Japan  PROPN NNP  20 nsubj    GPE
would   would  AUX   MD   20 aux      -
open    open   VERB  VB   17 ccomp    -
its     its    PRON  PRP$ 22 poss     -
market  market NOUN  NN   20 dobj     -
.       .      PUNCT .    14 punct    -
Sam     Sam    PROPN NNP  25 compound PERSON
Grant   Grant  PROPN NNP  26 nsubj    I-PERSON
said    say    VERB  VBD  0  ROOT     -
Peru    Peru   PROPN NNP  28 nsubj    GPE
was     be     AUX   VBD  26 ccomp    -
sure    sure   ADJ   JJ   28 acomp    -
Japan   Japan  PROPN NNP  32 nsubj    GPE
would   would  AUX   MD   32 aux      -
open    open   VERB  VB   29 ccomp    -
its     its    PRON  PRP$ 34 poss     -
market  market NOUN  NN   32 dobj     -
.       .      PUNCT .    26 punct    -
"""


def _said(table: str) -> set[tuple[str, str, str, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.content)
        for r in reading.relations
        if r.rule.name == "speech_content"
    }


def test_what_the_speaker_is_convinced_of_is_what_he_says() -> None:
    assert _said(CONVINCED) == {("Sam Grant", "say", "Japan", "Japan was moving in the right direction")}


def test_what_the_speaker_thinks_is_what_he_says() -> None:
    # (why he thinks Peru is poised to grow tells his grounds: no word of his on Peru)
    assert _said(THOUGHT) == {("Sam Grant", "say", "Japan", "Japan would open its market")}


def test_a_certainty_hung_on_be_held_by_the_speaker_named_again() -> None:
    assert _said(SURE_ON_BE) == {("Sam Grant", "say", "Japan", "Japan would open its market")}


def test_a_belief_of_what_ought_to_be_asks_nothing_and_only_his_own_belief_is_his_word() -> None:
    # no demand on Peru from his view of what it should do; his certainty about Japan is his word on Japan;
    # Peru's certainty is what he says of Peru, no word of his on Japan
    assert _said(OUGHT_AND_OTHERS) == {
        ("Sam Grant", "say", "Japan", "Japan would open its market"),
        ("Sam Grant", "say", "Peru", "Peru was sure Japan would open its market"),
    }
