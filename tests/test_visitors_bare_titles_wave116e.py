"""A visitor's bare title is not the host's (wave 116 E): a title with no state word ("Foreign Minister X")
takes the story's state only where the story is set there by more than the places the holder goes to,
arrives in, spends time in or is in ("X arrived in Nairobi, Kenya", "X spent two days in ...", "X is in
..."): an officer travels abroad. A dateline of the state, or a place where he only acts ("presented the
budget in Nairobi"), still gives it. Each test states its parse by hand (tests/hand_docs.py); the sentences
and names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import country_of, facts, read, with_title_line

# "Foreign Minister Jan Berg arrived in Nairobi, Kenya, on Monday."
ARRIVED = """
Foreign  Foreign  PROPN NNP 2  compound -
Minister Minister PROPN NNP 4  compound -
Jan      Jan      PROPN NNP 4  compound PERSON
Berg     Berg     PROPN NNP 5  nsubj    I-PERSON
arrived  arrive   VERB  VBD 0  ROOT     -
in       in       ADP   IN  5  prep     -
Nairobi  Nairobi  PROPN NNP 6  pobj     GPE
,        ,        PUNCT ,   7  punct    -
Kenya    Kenya    PROPN NNP 7  appos    GPE
,        ,        PUNCT ,   7  punct    -
on       on       ADP   IN  5  prep     -
Monday   Monday   PROPN NNP 11 pobj     DATE
.        .        PUNCT .   5  punct    -
"""

# "Foreign Minister Jan Berg spent two days in Nairobi, Kenya, last week."
SPENT = """
Foreign  Foreign  PROPN NNP 2  compound -
Minister Minister PROPN NNP 4  compound -
Jan      Jan      PROPN NNP 4  compound PERSON
Berg     Berg     PROPN NNP 5  nsubj    I-PERSON
spent    spend    VERB  VBD 0  ROOT     -
two      two      NUM   CD  7  nummod   DATE
days     day      NOUN  NNS 5  dobj     I-DATE
in       in       ADP   IN  7  prep     -
Nairobi  Nairobi  PROPN NNP 8  pobj     GPE
,        ,        PUNCT ,   9  punct    -
Kenya    Kenya    PROPN NNP 9  appos    GPE
,        ,        PUNCT ,   9  punct    -
last     last     ADJ   JJ  14 amod     DATE
week     week     NOUN  NN  5  npadvmod I-DATE
.        .        PUNCT .   5  punct    -
"""

# "Foreign Minister Jan Berg is in Nairobi, Kenya, this week."
IS_IN = """
Foreign  Foreign  PROPN NNP 2  compound -
Minister Minister PROPN NNP 4  compound -
Jan      Jan      PROPN NNP 4  compound PERSON
Berg     Berg     PROPN NNP 5  nsubj    I-PERSON
is       be       AUX   VBZ 0  ROOT     -
in       in       ADP   IN  5  prep     -
Nairobi  Nairobi  PROPN NNP 6  pobj     GPE
,        ,        PUNCT ,   7  punct    -
Kenya    Kenya    PROPN NNP 7  appos    GPE
,        ,        PUNCT ,   7  punct    -
this     this     DET   DT  12 det      DATE
week     week     NOUN  NN  5  npadvmod I-DATE
.        .        PUNCT .   5  punct    -
"""

# "Finance Minister Jan Berg presented the budget in Nairobi, Kenya, on Monday."
PRESENTED = """
Finance   Finance  PROPN NNP 2  compound -
Minister  Minister PROPN NNP 4  compound -
Jan       Jan      PROPN NNP 4  compound PERSON
Berg      Berg     PROPN NNP 5  nsubj    I-PERSON
presented present  VERB  VBD 0  ROOT     -
the       the      DET   DT  7  det      -
budget    budget   NOUN  NN  5  dobj     -
in        in       ADP   IN  7  prep     -
Nairobi   Nairobi  PROPN NNP 8  pobj     GPE
,         ,        PUNCT ,   9  punct    -
Kenya     Kenya    PROPN NNP 9  appos    GPE
,         ,        PUNCT ,   9  punct    -
on        on       ADP   IN  5  prep     -
Monday    Monday   PROPN NNP 13 pobj     DATE
.         .        PUNCT .   5  punct    -
"""

# "Talks ¶ NAIROBI, May 4 -- Foreign Minister Jan Berg arrived in Mombasa, Kenya, on Monday."
DATELINED = """
Talks    talk     NOUN  NNS 1  ROOT     -
¶        ¶        SPACE _SP 1  dep      -
NAIROBI  Nairobi  PROPN NNP 3  ROOT     GPE
,        ,        PUNCT ,   3  punct    -
May      May      PROPN NNP 3  npadvmod DATE
4        4        NUM   CD  5  nummod   I-DATE
--       --       PUNCT :   5  punct    -
Foreign  Foreign  PROPN NNP 9  compound -
Minister Minister PROPN NNP 11 compound -
Jan      Jan      PROPN NNP 11 compound PERSON
Berg     Berg     PROPN NNP 12 nsubj    I-PERSON
arrived  arrive   VERB  VBD 0  ROOT     -
in       in       ADP   IN  12 prep     -
Mombasa  Mombasa  PROPN NNP 13 pobj     GPE
,        ,        PUNCT ,   14 punct    -
Kenya    Kenya    PROPN NNP 14 appos    GPE
,        ,        PUNCT ,   14 punct    -
on       on       ADP   IN  12 prep     -
Monday   Monday   PROPN NNP 18 pobj     DATE
.        .        PUNCT .   12 punct    -
"""


# "President Juan dos Santos visited Santiago, Chile, on Monday.", its particle parsed as a verb ("does")
PARTICLE_AS_VERB = """
President President PROPN NNP 2  compound -
Juan      Juan      PROPN NNP 3  nsubj    PERSON
dos       do        VERB  VBZ 0  ROOT     -
Santos    Santos    PROPN NNP 5  nsubj    PERSON
visited   visit     VERB  VBD 3  ccomp    -
Santiago  Santiago  PROPN NNP 5  dobj     GPE
,         ,         PUNCT ,   6  punct    -
Chile     Chile     PROPN NNP 6  appos    GPE
,         ,         PUNCT ,   5  punct    -
on        on        ADP   IN  5  prep     -
Monday    Monday    PROPN NNP 10 pobj     DATE
.         .         PUNCT .   3  punct    -
"""

def _titles(table: str) -> set[tuple[str, str, str]]:
    return facts(read(table), "title")


def test_the_state_he_arrives_in_is_not_his_office() -> None:
    reading = read(ARRIVED)
    assert ("Jan Berg", "foreign minister of", "Kenya") not in facts(reading, "title")
    assert country_of(reading, "Jan Berg") is None


def test_the_state_he_spends_days_in_is_not_his_office() -> None:
    assert ("Jan Berg", "foreign minister of", "Kenya") not in _titles(SPENT)


def test_the_state_he_is_in_is_not_his_office() -> None:
    assert ("Jan Berg", "foreign minister of", "Kenya") not in _titles(IS_IN)


def test_where_he_only_acts_still_gives_the_office() -> None:
    assert ("Jan Berg", "finance minister of", "Kenya") in _titles(PRESENTED)


def test_a_dateline_of_the_state_still_gives_the_office() -> None:
    reading = read_doc(with_title_line(DATELINED), scope="hand-built")
    assert country_of(reading, "Jan Berg") == "KEN"
    assert ("Jan Berg", "foreign minister of", "Kenya") in facts(reading, "title")


def test_a_name_whose_particle_is_parsed_as_a_verb_is_read_from_its_last_word() -> None:
    titles = _titles(PARTICLE_AS_VERB)
    assert ("Juan dos Santos", "president of", "Chile") not in titles


def test_where_he_comes_from_still_gives_the_office() -> None:
    # "Foreign Minister Jan Berg arrived from Nairobi, Kenya, on Monday.": he may be going home or away
    came_from = ARRIVED.replace("in       in       ADP   IN  5  prep", "from     from     ADP   IN  5  prep")
    assert ("Jan Berg", "foreign minister of", "Kenya") in _titles(came_from)
