"""Wave 121 H: who speaks in a tribute, and whom "he" means in the speaker's words. In `"His wife Eva
helped me," he said`, the speaker is "I" (the "he" after the quotation, resolved for it, is not the "his"
inside it); where the sentence before names only the speaker, the "his" is the person the story is about
(named in its first sentence, and mentioned at least twice as often as anyone else), not the last other
person named. A quotation with no report of its own that opens right after another goes on with that
voice, also for whom its "he" is; and it is not the speaker's of a later quotation when a sentence of
narration bringing in someone else stands between (`"… helped me." Jan Ott said that … "I met Marsh," he
said`). Sentences of our own, parses written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read

SPEAKER_AFTER_QUOTE = """
Ivo       Ivo       PROPN NNP  2  compound PERSON
Marsh     Marsh     PROPN NNP  3  nsubj    I-PERSON
died      die       VERB  VBD  0  ROOT     -
.         .         PUNCT .    3  punct    -
Tom       Tom       PROPN NNP  6  compound PERSON
Pell      Pell      PROPN NNP  7  nsubj    I-PERSON
praised   praise    VERB  VBD  0  ROOT     -
him       he        PRON  PRP  7  dobj     -
.         .         PUNCT .    7  punct    -
“         “         PUNCT ``   14 punct    -
His       his       PRON  PRP$ 12 poss     -
wife      wife      NOUN  NN   14 nsubj    -
Eva       Eva       PROPN NNP  12 appos    PERSON
helped    help      VERB  VBD  19 ccomp    -
me        I         PRON  PRP  14 dobj     -
,         ,         PUNCT ,    19 punct    -
”         ”         PUNCT ''   19 punct    -
he        he        PRON  PRP  19 nsubj    -
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    19 punct    -
"""

STORY_PERSON = """
Ivo       Ivo       PROPN NNP  2  compound PERSON
Marsh     Marsh     PROPN NNP  3  nsubj    I-PERSON
died      die       VERB  VBD  0  ROOT     -
.         .         PUNCT .    3  punct    -
Marsh     Marsh     PROPN NNP  6  nsubj    PERSON
led       lead      VERB  VBD  0  ROOT     -
Ruritania Ruritania PROPN NNP  6  dobj     GPE
.         .         PUNCT .    6  punct    -
Jan       Jan       PROPN NNP  10 compound PERSON
Ott       Ott       PROPN NNP  11 nsubj    I-PERSON
praised   praise    VERB  VBD  0  ROOT     -
him       he        PRON  PRP  11 dobj     -
.         .         PUNCT .    11 punct    -
Tom       Tom       PROPN NNP  15 compound PERSON
Pell      Pell      PROPN NNP  16 nsubj    I-PERSON
spoke     speak     VERB  VBD  0  ROOT     -
.         .         PUNCT .    16 punct    -
“         “         PUNCT ``   22 punct    -
His       his       PRON  PRP$ 20 poss     -
wife      wife      NOUN  NN   22 nsubj    -
Eva       Eva       PROPN NNP  20 appos    PERSON
helped    help      VERB  VBD  27 ccomp    -
me        I         PRON  PRP  22 dobj     -
,         ,         PUNCT ,    27 punct    -
”         ”         PUNCT ''   27 punct    -
he        he        PRON  PRP  27 nsubj    -
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    27 punct    -
"""

VOICE_GOES_ON = """
Ivo       Ivo       PROPN NNP  2  compound PERSON
Marsh     Marsh     PROPN NNP  3  nsubj    I-PERSON
died      die       VERB  VBD  0  ROOT     -
.         .         PUNCT .    3  punct    -
Tom       Tom       PROPN NNP  6  compound PERSON
Pell      Pell      PROPN NNP  7  nsubj    I-PERSON
praised   praise    VERB  VBD  0  ROOT     -
him       he        PRON  PRP  7  dobj     -
.         .         PUNCT .    7  punct    -
“         “         PUNCT ``   17 punct    -
I         I         PRON  PRP  12 nsubj    -
knew      know      VERB  VBD  17 ccomp    -
him       he        PRON  PRP  12 dobj     -
,         ,         PUNCT ,    17 punct    -
”         ”         PUNCT ''   17 punct    -
he        he        PRON  PRP  17 nsubj    -
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    17 punct    -
“         “         PUNCT ``   23 punct    -
His       his       PRON  PRP$ 21 poss     -
wife      wife      NOUN  NN   23 nsubj    -
Eva       Eva       PROPN NNP  21 appos    PERSON
helped    help      VERB  VBD  0  ROOT     -
me        I         PRON  PRP  23 dobj     -
.         .         PUNCT .    23 punct    -
”         ”         PUNCT ''   23 punct    -
Jan       Jan       PROPN NNP  28 compound PERSON
Ott       Ott       PROPN NNP  29 nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
that      that      SCONJ IN   32 mark     -
Marsh     Marsh     PROPN NNP  32 nsubj    PERSON
was       be        AUX   VBD  29 ccomp    -
kind      kind      ADJ   JJ   32 acomp    -
.         .         PUNCT .    29 punct    -
“         “         PUNCT ``   37 punct    -
I         I         PRON  PRP  37 nsubj    -
met       meet      VERB  VBD  42 ccomp    -
Marsh     Marsh     PROPN NNP  37 dobj     PERSON
,         ,         PUNCT ,    42 punct    -
”         ”         PUNCT ''   42 punct    -
he        he        PRON  PRP  42 nsubj    -
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    42 punct    -
"""


def test_his_in_the_words_of_a_he_said_after_them_is_not_the_speaker() -> None:
    assert facts(read(SPEAKER_AFTER_QUOTE), "title") == {("Eva", "wife of", "Ivo Marsh")}


def test_his_in_a_tribute_is_the_person_the_story_is_about() -> None:
    assert facts(read(STORY_PERSON), "title") == {("Eva", "wife of", "Ivo Marsh")}


def test_his_in_words_that_go_on_with_a_voice_is_not_that_speaker() -> None:
    assert facts(read(VOICE_GOES_ON), "title") == {("Eva", "wife of", "Ivo Marsh")}


def test_words_that_go_on_are_not_the_speaker_after_a_narrated_report() -> None:
    reading = read(VOICE_GOES_ON)
    assert ("Eva", "help", "Tom Pell") in facts(reading, "svo")
    assert ("Eva", "help", "Jan Ott") not in facts(reading, "svo")
