"""Wave 118 G: titles and purposes given to the right actor. Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours.

- Two titled people joined in one phrase, where the parser hangs both names on the first title as its
  appositions ("Chile's trade minister Ms Rojas and Peruvian energy minister Carlos Vega"): the first
  title is the first name's only; the second name keeps the title written right before it. Coordinated
  titles each set against a name of its own ("Chile's trade minister, Ana Souza, and Peru's energy minister
  Ivan Petrov") are not shared between the two.
- A plural common noun with a relative clause, the subject of "include" ("Other firms that have taken
  action in Chile include A, B and C"): the named members do what the relative clause says, and
  "firms include A" (a kind of actor listing examples of itself) is no triple.
- "from X to Y" after a plural noun of topics ("on issues from Chile to Peru"): a range of examples of the
  topics; neither end is the verb's object nor where it reaches.
- A bare past participle set off by a comma after a verb in the present or in "-ing" ("X is contesting the
  sale of Y, auctioned off in May to pay a tax bill"): a reduced passive said of a thing; the head's subject
  neither does it nor its purpose.
"""

from __future__ import annotations

from hand_docs import facts, read

# "Officials said Chile's trade minister Ms Rojas and Peruvian energy minister Carlos Vega would meet on
# Friday."
_TWO_MINISTERS = """
Officials  official  NOUN  NNS 2  nsubj    -
said       say       VERB  VBD 0  ROOT     -
Chile      Chile     PROPN NNP 6  poss     GPE
's         's        PART  POS 3  case     -
trade      trade     NOUN  NN  6  compound -
minister   minister  NOUN  NN  16 nsubj    -
Ms         Ms        PROPN NNP 8  compound PERSON
Rojas      Rojas     PROPN NNP 6  appos    I-PERSON
and        and       CCONJ CC  8  cc       -
Peruvian   peruvian  ADJ   JJ  12 amod     NORP
energy     energy    NOUN  NN  12 compound -
minister   minister  NOUN  NN  8  conj     -
Carlos     Carlos    PROPN NNP 14 compound PERSON
Vega       Vega      PROPN NNP 6  appos    I-PERSON
would      would     AUX   MD  16 aux      -
meet       meet      VERB  VB  2  ccomp    -
on         on        ADP   IN  16 prep     -
Friday     Friday    PROPN NNP 17 pobj     DATE
.          .         PUNCT .   2  punct    -
"""


def test_a_title_is_not_given_to_a_second_name_hung_on_it() -> None:
    titles = facts(read(_TWO_MINISTERS), "title")
    assert ("Carlos Vega", "trade minister of", "Chile") not in titles
    assert ("Carlos Vega", "energy minister of", "Peru") in titles
    assert any(f[1] == "trade minister of" and f[2] == "Chile" and "Rojas" in f[0] for f in titles)


# "Other firms that have taken action in Chile include Kestrel Foods, Vardo and Lumen Motors."
_FIRMS_INCLUDE = """
Other    other    ADJ   JJ  2  amod     -
firms    firm     NOUN  NNS 9  nsubj    -
that     that     PRON  WDT 5  nsubj    -
have     have     AUX   VBP 5  aux      -
taken    take     VERB  VBN 2  relcl    -
action   action   NOUN  NN  5  dobj     -
in       in       ADP   IN  5  prep     -
Chile    Chile    PROPN NNP 7  pobj     GPE
include  include  VERB  VBP 0  ROOT     -
Kestrel  Kestrel  PROPN NNP 11 compound ORG
Foods    Foods    PROPN NNP 9  dobj     I-ORG
,        ,        PUNCT ,   11 punct    -
Vardo    Vardo    PROPN NNP 11 conj     ORG
and      and      CCONJ CC  13 cc       -
Lumen    Lumen    PROPN NNP 16 compound ORG
Motors   Motors   PROPN NNP 13 conj     I-ORG
.        .        PUNCT .   9  punct    -
"""


def test_a_kind_of_actor_including_named_ones_lists_no_members() -> None:
    """ "firms include X" says nothing of X: no triple of inclusion from a plural common noun."""
    assert not facts(read(_FIRMS_INCLUDE), "svo")


def test_the_named_members_do_what_the_groups_relative_clause_says() -> None:
    acts = facts(read(_FIRMS_INCLUDE), "prep")
    for firm in ("Kestrel Foods", "Vardo", "Lumen Motors"):
        assert (firm, "take action in", "Chile") in acts


# "Farmers feel let down by Vardo Group on issues from Chile to Peru."
_RANGE = """
Farmers  farmer   NOUN  NNS 2  nsubj    -
feel     feel     VERB  VBP 0  ROOT     -
let      let      VERB  VBN 2  xcomp    -
down     down     ADP   RP  3  prt      -
by       by       ADP   IN  3  agent    -
Vardo    Vardo    PROPN NNP 7  compound ORG
Group    Group    PROPN NNP 5  pobj     I-ORG
on       on       ADP   IN  3  prep     -
issues   issue    NOUN  NNS 8  pobj     -
from     from     ADP   IN  9  prep     -
Chile    Chile    PROPN NNP 10 pobj     GPE
to       to       ADP   IN  3  prep     -
Peru     Peru     PROPN NNP 12 pobj     GPE
.        .        PUNCT .   2  punct    -
"""


def _objects(table: str) -> set[str]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {label[r.object.entity_id] for r in reading.relations}


def test_the_ends_of_a_range_of_topics_are_no_objects() -> None:
    """ "on issues from Chile to Peru": two examples of the issues, neither let down nor reached."""
    objects = _objects(_RANGE)
    assert "Chile" not in objects and "Peru" not in objects


# "Kestrel is contesting the sale of Vardo, auctioned off in May to pay a tax bill to Chile."
_AUCTIONED = """
Kestrel     Kestrel    PROPN NNP 3  nsubj    ORG
is          be         AUX   VBZ 3  aux      -
contesting  contest    VERB  VBG 0  ROOT     -
the         the        DET   DT  5  det      -
sale        sale       NOUN  NN  3  dobj     -
of          of         ADP   IN  5  prep     -
Vardo       Vardo      PROPN NNP 6  pobj     ORG
,           ,          PUNCT ,   3  punct    -
auctioned   auction    VERB  VBN 3  conj     -
off         off        ADP   RP  9  prt      -
in          in         ADP   IN  9  prep     -
May         May        PROPN NNP 11 pobj     DATE
to          to         PART  TO  14 aux      -
pay         pay        VERB  VB  9  xcomp    -
a           a          DET   DT  17 det      -
tax         tax        NOUN  NN  17 compound -
bill        bill       NOUN  NN  14 dobj     -
to          to         ADP   IN  14 dative   -
Chile       Chile      PROPN NNP 18 pobj     GPE
.           .          PUNCT .   3  punct    -
"""


def test_the_purpose_of_a_participle_set_after_a_verb_is_not_its_subjects() -> None:
    """The thing auctioned pays nothing, and the one contesting the sale is not said to pay either."""
    reading = read(_AUCTIONED, topics=True)
    label = {e.id: e.label for e in reading.entities.entities()}
    kestrel = [r.predicate for r in reading.relations if label[r.subject.entity_id] == "Kestrel"]
    assert not any(p.startswith(("pay", "auction")) for p in kestrel)


# "Chile's trade minister, Ana Souza, and Peru's energy minister Ivan Petrov signed the deal."
_TWO_TITLED_CONJUNCTS = """
Chile     Chile     PROPN NNP 4  poss     GPE
's        's        PART  POS 1  case     -
trade     trade     NOUN  NN  4  compound -
minister  minister  NOUN  NN  16 nsubj    -
,         ,         PUNCT ,   4  punct    -
Ana       Ana       PROPN NNP 7  compound PERSON
Souza     Souza     PROPN NNP 4  appos    I-PERSON
,         ,         PUNCT ,   4  punct    -
and       and       CCONJ CC  4  cc       -
Peru      Peru      PROPN NNP 13 poss     GPE
's        's        PART  POS 10 case     -
energy    energy    NOUN  NN  13 compound -
minister  minister  NOUN  NN  4  conj     -
Ivan      Ivan      PROPN NNP 15 compound PERSON
Petrov    Petrov    PROPN NNP 13 appos    I-PERSON
signed    sign      VERB  VBD 0  ROOT     -
the       the       DET   DT  18 det      -
deal      deal      NOUN  NN  16 dobj     -
.         .         PUNCT .   16 punct    -
"""


def test_coordinated_titles_each_with_its_own_name_are_not_shared() -> None:
    titles = facts(read(_TWO_TITLED_CONJUNCTS), "title")
    assert ("Ana Souza", "trade minister of", "Chile") in titles
    assert ("Ivan Petrov", "energy minister of", "Peru") in titles
    assert ("Ana Souza", "energy minister of", "Peru") not in titles
    assert ("Ivan Petrov", "trade minister of", "Chile") not in titles
