"""Titles in multi-state wire stories: a state said once for a list of titled names, the place a minister
speaks in, an institution's word before a title, and states named only to liken (sentences of our own,
parses written by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "Brazil told Brazil's banks that Brazil would pay.": a story about Brazil (its setting).
BRAZIL_STORY = """
Brazil  Brazil  PROPN NNP 2  nsubj    GPE
told    tell    VERB  VBD 0  ROOT     -
Brazil  Brazil  PROPN NNP 5  poss     GPE
's      's      PART  POS 3  case     -
banks   bank    NOUN  NNS 2  dobj     -
that    that    SCONJ IN  9  mark     -
Brazil  Brazil  PROPN NNP 9  nsubj    GPE
would   would   AUX   MD  9  aux      -
pay     pay     VERB  VB  2  ccomp    -
.       .       PUNCT .   2  punct    -
"""

# "Pedro Alves met British Finance Minister Ann Lee, Foreign Secretary Tom Fry and Governor Sam Ray."
LISTED = """
Pedro     Pedro     PROPN NNP 12 compound PERSON
Alves     Alves     PROPN NNP 13 nsubj    I-PERSON
met       meet      VERB  VBD 0  ROOT     -
British   British   ADJ   JJ  16 amod     NORP
Finance   Finance   PROPN NNP 16 compound -
Minister  Minister  PROPN NNP 18 compound -
Ann       Ann       PROPN NNP 18 compound PERSON
Lee       Lee       PROPN NNP 13 dobj     I-PERSON
,         ,         PUNCT ,   18 punct    -
Foreign   Foreign   PROPN NNP 21 compound -
Secretary Secretary PROPN NNP 23 compound -
Tom       Tom       PROPN NNP 23 compound PERSON
Fry       Fry       PROPN NNP 18 conj     I-PERSON
and       and       CCONJ CC  23 cc       -
Governor  Governor  PROPN NNP 27 compound -
Sam       Sam       PROPN NNP 27 compound PERSON
Ray       Ray       PROPN NNP 23 conj     I-PERSON
.         .         PUNCT .   13 punct    -
"""


def _countries(table: str) -> dict[str, str | None]:
    return {e.label: e.country for e in read(table).entities.entities()}


def test_a_state_said_before_a_comma_list_of_titled_names_is_each_ones() -> None:
    countries = _countries(BRAZIL_STORY + LISTED)
    assert countries["Ann Lee"] == "GBR"
    assert countries["Tom Fry"] == "GBR"  # not the story's Brazil


# "Mining Minister Jaime Vela said in La Paz that Brazil would pay."
SPOKEN_IN = """
Mining    Mining    PROPN NNP 12 compound -
Minister  Minister  PROPN NNP 14 compound -
Jaime     Jaime     PROPN NNP 14 compound PERSON
Vela      Vela      PROPN NNP 15 nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
in        in        ADP   IN  15 prep     -
La        La        PROPN NNP 18 compound GPE
Paz       Paz       PROPN NNP 16 pobj     I-GPE
that      that      SCONJ IN  22 mark     -
Brazil    Brazil    PROPN NNP 22 nsubj    GPE
would     would     AUX   MD  22 aux      -
pay       pay       VERB  VB  15 ccomp    -
.         .         PUNCT .   15 punct    -
"""


def test_a_minister_with_no_state_is_of_the_state_he_speaks_in() -> None:
    assert _countries(BRAZIL_STORY + SPOKEN_IN)["Jaime Vela"] == "BOL"


# "Mines, Power and Steel Minister Ali Musa said in Lagos that Brazil would pay.": the name parsed as set
# beside the title's first word
BESIDE = """
Mines     Mines     PROPN NNP 19 nsubj    -
,         ,         PUNCT ,   11 punct    -
Power     Power     PROPN NNP 11 conj     -
and       and       CCONJ CC  13 cc       -
Steel     Steel     PROPN NNP 16 compound -
Minister  Minister  PROPN NNP 13 conj     -
Ali       Ali       PROPN NNP 18 compound PERSON
Musa      Musa      PROPN NNP 11 appos    I-PERSON
said      say       VERB  VBD 0  ROOT     -
in        in        ADP   IN  19 prep     -
Lagos     Lagos     PROPN NNP 20 pobj     GPE
that      that      SCONJ IN  25 mark     -
Brazil    Brazil    PROPN NNP 25 nsubj    GPE
would     would     AUX   MD  25 aux      -
pay       pay       VERB  VB  19 ccomp    -
.         .         PUNCT .   19 punct    -
"""


def test_a_minister_set_beside_his_title_is_of_the_state_he_speaks_in() -> None:
    assert _countries(BRAZIL_STORY + BESIDE)["Ali Musa"] == "NGA"


# "Its banks will pay, central bank president Ana Rosa said.", after the Brazil story's sentence
INSTITUTION = """
Its       its       PRON  PRP$ 12 poss     -
banks     bank      NOUN  NNS  14 nsubj    -
will      will      AUX   MD   14 aux      -
pay       pay       VERB  VB   21 ccomp    -
,         ,         PUNCT ,    21 punct    -
central   central   ADJ   JJ   17 amod     -
bank      bank      NOUN  NN   18 compound -
president president NOUN  NN   20 compound -
Ana       Ana       PROPN NNP  20 compound PERSON
Rosa      Rosa      PROPN NNP  21 nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    21 punct    -
"""


def test_an_institution_before_a_title_is_part_of_it() -> None:
    roles = facts(read(BRAZIL_STORY + INSTITUTION), "title")
    assert ("Ana Rosa", "central bank president of", "Brazil") in roles
    assert ("Ana Rosa", "president of", "Brazil") not in roles


# "Critics called the inquiry Soviet-style and French-style."
LIKENED = """
Critics  critic   NOUN  NNS  2  nsubj    -
called   call     VERB  VBD  0  ROOT     -
the      the      DET   DT   4  det      -
inquiry  inquiry  NOUN  NN   2  dobj     -
Soviet   Soviet   ADJ   JJ   7  amod     NORP
-        -        PUNCT HYPH 7  punct    -
style    style    NOUN  NN   2  oprd     -
and      and      CCONJ CC   7  cc       -
French   French   ADJ   JJ   11 amod     -
-        -        PUNCT HYPH 11 punct    -
style    style    NOUN  NN   7  conj     -
.        .        PUNCT .    2  punct    -
"""


def test_a_state_hyphened_to_style_or_era_is_no_mention_of_it() -> None:
    assert not {e.country for e in read(LIKENED).entities.entities()} & {"SUN", "FRA"}


# "Tony Blair met Ana Lind in London.": an undated story that names the holder's state only by a city.
IN_THE_CAPITAL = """
Tony    Tony    PROPN NNP 2 compound PERSON
Blair   Blair   PROPN NNP 3 nsubj    I-PERSON
met     meet    VERB  VBD 0 ROOT     -
Ana     Ana     PROPN NNP 5 compound PERSON
Lind    Lind    PROPN NNP 3 dobj     I-PERSON
in      in      ADP   IN  3 prep     -
London  London  PROPN NNP 6 pobj     GPE
.       .       PUNCT .   3 punct    -
"""


def test_a_full_name_the_office_table_knows_is_of_its_state_where_a_city_of_it_is_named() -> None:
    assert _countries(IN_THE_CAPITAL)["Tony Blair"] == "GBR"


# "A Treasury spokesman said Peru would pay. Peru met U.S. Treasury Secretary Ann Lee."
TREASURIES = """
A          a          DET   DT  3  det      -
Treasury   Treasury   PROPN NNP 3  compound ORG
spokesman  spokesman  NOUN  NN  4  nsubj    -
said       say        VERB  VBD 0  ROOT     -
Peru       Peru       PROPN NNP 7  nsubj    GPE
would      would      AUX   MD  7  aux      -
pay        pay        VERB  VB  4  ccomp    -
.          .          PUNCT .   4  punct    -
Peru       Peru       PROPN NNP 10 nsubj    GPE
met        meet       VERB  VBD 0  ROOT     -
U.S.       U.S.       PROPN NNP 12 compound ORG
Treasury   Treasury   PROPN NNP 13 compound I-ORG
Secretary  Secretary  PROPN NNP 15 compound -
Ann        Ann        PROPN NNP 15 compound PERSON
Lee        Lee        PROPN NNP 10 dobj     I-PERSON
.          .          PUNCT .   10 punct    -
"""


def test_a_bare_body_named_before_a_state_s_body_of_that_name_is_not_that_one() -> None:
    treasuries = {e.label: e.country for e in read(TREASURIES).entities.entities() if "Treasury" in e.label}
    assert treasuries.get("U.S. Treasury") == "USA"
    assert len(treasuries) == 2  # the spokesman's Treasury is another


def _after_brazil(rows: str) -> str:
    """Rows written with heads counted from their own sentence, moved after the Brazil story's ten tokens."""
    out = []
    for line in rows.strip().splitlines():
        word, lemma, pos, tag, head, dep, ent = line.split()
        out.append(f"{word} {lemma} {pos} {tag} {int(head) + 10 if head != '0' else 0} {dep} {ent}")
    return BRAZIL_STORY + "\n".join(out) + "\n"


# "Ana Rosa, president of Brazil's central bank, said it would pay."
PRESIDENT_OF_ITS_BANK = """
Ana       Ana       PROPN NNP 2  compound PERSON
Rosa      Rosa      PROPN NNP 11 nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
president president NOUN  NN  2  appos    -
of        of        ADP   IN  4  prep     -
Brazil    Brazil    PROPN NNP 9  poss     GPE
's        's        PART  POS 6  case     -
central   central   ADJ   JJ  9  amod     -
bank      bank      NOUN  NN  5  pobj     -
,         ,         PUNCT ,   2  punct    -
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 14 nsubj    -
would     would     AUX   MD  14 aux      -
pay       pay       VERB  VB  11 ccomp    -
.         .         PUNCT .   11 punct    -
"""


def test_the_president_of_a_states_central_bank_is_not_its_president() -> None:
    roles = facts(read(_after_brazil(PRESIDENT_OF_ITS_BANK)), "title")
    assert ("Ana Rosa", "central bank president of", "Brazil") in roles
    assert ("Ana Rosa", "president of", "Brazil") not in roles


# "Ana Rosa, president of the bank, said it would pay."
PRESIDENT_OF_THE_BANK = """
Ana       Ana       PROPN NNP 2  compound PERSON
Rosa      Rosa      PROPN NNP 9  nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
president president NOUN  NN  2  appos    -
of        of        ADP   IN  4  prep     -
the       the       DET   DT  7  det      -
bank      bank      NOUN  NN  5  pobj     -
,         ,         PUNCT ,   2  punct    -
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 12 nsubj    -
would     would     AUX   MD  12 aux      -
pay       pay       VERB  VB  9  ccomp    -
.         .         PUNCT .   9  punct    -
"""


def test_the_president_of_an_unnamed_bank_holds_no_office_of_the_storys_state() -> None:
    roles = facts(read(_after_brazil(PRESIDENT_OF_THE_BANK)), "title")
    assert not [r for r in roles if r[0] == "Ana Rosa"]


# "Brazil's central bank president Ana Rosa said it would pay.": the parser may make the title the
# subject and the name its apposition.
ITS_BANK_PRESIDENT = """
Brazil    Brazil    PROPN NNP 5  poss     GPE
's        's        PART  POS 1  case     -
central   central   ADJ   JJ  4  amod     -
bank      bank      NOUN  NN  5  compound -
president president NOUN  NN  8  nsubj    -
Ana       Ana       PROPN NNP 7  compound PERSON
Rosa      Rosa      PROPN NNP 5  appos    I-PERSON
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 11 nsubj    -
would     would     AUX   MD  11 aux      -
pay       pay       VERB  VB  8  ccomp    -
.         .         PUNCT .   8  punct    -
"""


def test_a_states_central_bank_president_is_no_second_president_of_it() -> None:
    roles = facts(read(_after_brazil(ITS_BANK_PRESIDENT)), "title")
    assert ("Ana Rosa", "central bank president of", "Brazil") in roles
    assert ("Ana Rosa", "president of", "Brazil") not in roles


# "Central bank president Ana Rosa said it would pay."
OPENING_INSTITUTION = """
Central   central   ADJ   JJ  2  amod     -
bank      bank      NOUN  NN  3  compound -
president president NOUN  NN  5  compound -
Ana       Ana       PROPN NNP 5  compound PERSON
Rosa      Rosa      PROPN NNP 6  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 9  nsubj    -
would     would     AUX   MD  9  aux      -
pay       pay       VERB  VB  6  ccomp    -
.         .         PUNCT .   6  punct    -
"""


def test_an_institution_opening_a_sentence_is_part_of_the_title() -> None:
    roles = facts(read(_after_brazil(OPENING_INSTITUTION)), "title")
    assert ("Ana Rosa", "central bank president of", "Brazil") in roles
    assert ("Ana Rosa", "president of", "Brazil") not in roles
