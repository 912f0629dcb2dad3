"""Names with a lower-case particle are one person (wave 116 E): the tagger cuts "Daniel arap Moi" at its
particle into two names, starts "Sultan bin Abdulaziz" at "bin" and takes "Mrs de Boer" for a body. A
person's name followed by a particle of names (words.tsv name_particles) and a capitalised word runs on
over them; one the tagger starts at its particle takes the given name before it, even a title's word
after a title ("Prince Sultan bin ..."), but no title alone ("President van Rompuy") nor honorific. Each
test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import facts, read

# "President Daniel arap Moi met the envoys in Nairobi.", tagged [Daniel arap] PERSON and [Moi] ORG
ARAP = """
President President PROPN NNP 2 compound -
Daniel    Daniel    PROPN NNP 3 compound PERSON
arap      arap      NOUN  NN  4 compound I-PERSON
Moi       Moi       PROPN NNP 5 nsubj    ORG
met       meet      VERB  VBD 0 ROOT     -
the       the       DET   DT  7 det      -
envoys    envoy     NOUN  NNS 5 dobj     -
in        in        ADP   IN  7 prep     -
Nairobi   Nairobi   PROPN NNP 8 pobj     GPE
.         .         PUNCT .   5 punct    -
"""

# "Prince Sultan bin Abdulaziz arrived in Cairo.", tagged [bin Abdulaziz] PERSON
BIN = """
Prince    Prince    PROPN NNP 4 compound -
Sultan    Sultan    PROPN NNP 4 compound -
bin       bin       PROPN NNP 4 compound PERSON
Abdulaziz Abdulaziz PROPN NNP 5 nsubj    I-PERSON
arrived   arrive    VERB  VBD 0 ROOT     -
in        in        ADP   IN  5 prep     -
Cairo     Cairo     PROPN NNP 6 pobj     GPE
.         .         PUNCT .   5 punct    -
"""

# "President van Rompuy arrived in Cairo.", tagged [van Rompuy] PERSON
TITLE_ALONE = """
President President PROPN NNP 3 compound -
van       van       PROPN NNP 3 compound PERSON
Rompuy    Rompuy    PROPN NNP 4 nsubj    I-PERSON
arrived   arrive    VERB  VBD 0 ROOT     -
in        in        ADP   IN  4 prep     -
Cairo     Cairo     PROPN NNP 5 pobj     GPE
.         .         PUNCT .   4 punct    -
"""

# "Mr van Dijk and Mrs de Boer met Belgian leaders.", tagged [van Dijk] PERSON and [Mrs de Boer] ORG
HONORIFIC = """
Mr      Mr      PROPN NNP 3  compound -
van     van     PROPN NNP 3  compound PERSON
Dijk    Dijk    PROPN NNP 8  nsubj    I-PERSON
and     and     CCONJ CC  3  cc       -
Mrs     Mrs     PROPN NNP 7  compound ORG
de      de      PROPN NNP 7  compound I-ORG
Boer    Boer    PROPN NNP 3  conj     I-ORG
met     meet    VERB  VBD 0  ROOT     -
Belgian belgian ADJ   JJ  10 amod     NORP
leaders leader  NOUN  NNS 8  dobj     -
.       .       PUNCT .   8  punct    -
"""

# "Berg and de Vries met Dutch leaders.": two people, never joined across the "and"
ACROSS_AND = """
Berg    Berg    PROPN NNP 5 nsubj    PERSON
and     and     CCONJ CC  1 cc       -
de      de      PROPN NNP 4 compound PERSON
Vries   Vries   PROPN NNP 1 conj     I-PERSON
met     meet    VERB  VBD 0 ROOT     -
Dutch   dutch   ADJ   JJ  7 amod     NORP
leaders leader  NOUN  NNS 5 dobj     -
.       .       PUNCT .   5 punct    -
"""


def _people(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities() if e.type == "PERSON"}


def test_a_name_cut_at_its_particle_is_one_person() -> None:
    reading = read(ARAP)
    people = {e.label for e in reading.entities.entities() if e.type == "PERSON"}
    assert people == {"Daniel arap Moi"}
    titles = facts(reading, "title")
    assert not any(role.startswith("arap") for _, role, _ in titles)
    assert ("Daniel arap Moi", "president of", "Kenya") in titles


def test_a_name_begun_at_its_particle_takes_the_given_name_before_it() -> None:
    assert _people(BIN) == {"Sultan bin Abdulaziz"}


def test_a_title_before_the_particle_stays_the_title() -> None:
    assert _people(TITLE_ALONE) == {"van Rompuy"}


def test_an_honorific_and_a_particle_name_a_person() -> None:
    assert _people(HONORIFIC) == {"van Dijk", "de Boer"}


def test_no_name_runs_across_an_and() -> None:
    assert _people(ACROSS_AND) == {"Berg", "de Vries"}
