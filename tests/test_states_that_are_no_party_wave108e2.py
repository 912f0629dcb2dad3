"""Wave 108 E2: more states named on a noun that are no party to the act. The origin of goods that a noun or
a verb of sending moves ("halted shipments of Danish corn", "supplied Finland with Danish flour":
rules._origin_of_goods_sent, now read after "of" and "with" too); the owner of a noun of others named by how
they stand to it ("Norway's neighbours", "Norway's foes", "Asia's outsiders": related_parties.tsv, read
by arguments.resolve_one as "Norway's allies" was); the owner after "of" of a noun of identity or a name
("speak the language of Norway", "adopted the name of Y": words.tsv identity_nouns, objects.through_noun).
The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Zenith halted shipments of Danish corn to Finland." ("to Finland" hung on the verb, as the parser does;
# with no buyer named the origin stays the party: test_goods_origin_and_wording_owner_wave109e.py)
_HALTED_SHIPMENTS = """
Zenith    Zenith   PROPN NNP 2  nsubj  ORG
halted    halt     VERB  VBD 0  ROOT   -
shipments shipment NOUN  NNS 2  dobj   -
of        of       ADP   IN  3  prep   -
Danish    danish   ADJ   JJ  6  amod   NORP
corn      corn     NOUN  NN  4  pobj   -
to        to       ADP   IN  2  prep   -
Finland   Finland  PROPN NNP 7  pobj   GPE
.         .        PUNCT .   2  punct  -
"""

# "Zenith halted purchases of Danish corn."
_HALTED_PURCHASES = """
Zenith    Zenith   PROPN NNP 2  nsubj  ORG
halted    halt     VERB  VBD 0  ROOT   -
purchases purchase NOUN  NNS 2  dobj   -
of        of       ADP   IN  3  prep   -
Danish    danish   ADJ   JJ  6  amod   NORP
corn      corn     NOUN  NN  4  pobj   -
.         .        PUNCT .   2  punct  -
"""

# "Zenith supplied Finland with Danish flour."
_SUPPLIED_WITH = """
Zenith   Zenith   PROPN NNP 2  nsubj  ORG
supplied supply   VERB  VBD 0  ROOT   -
Finland  Finland  PROPN NNP 2  dobj   GPE
with     with     ADP   IN  2  prep   -
Danish   danish   ADJ   JJ  6  amod   NORP
flour    flour    NOUN  NN  4  pobj   -
.        .        PUNCT .   2  punct  -
"""

# "Norway's neighbours criticised Sweden."
_NEIGHBOURS_CRITICISED = """
Norway     Norway     PROPN NNP 3  poss   GPE
's         's         PART  POS 1  case   -
neighbours neighbour  NOUN  NNS 4  nsubj  -
criticised criticise  VERB  VBD 0  ROOT   -
Sweden     Sweden     PROPN NNP 4  dobj   GPE
.          .          PUNCT .   4  punct  -
"""

# "Sweden criticised Norway's foes."
_CRITICISED_FOES = """
Sweden     Sweden     PROPN NNP 2  nsubj  GPE
criticised criticise  VERB  VBD 0  ROOT   -
Norway     Norway     PROPN NNP 5  poss   GPE
's         's         PART  POS 3  case   -
foes       foe        NOUN  NNS 2  dobj   -
.          .          PUNCT .   2  punct  -
"""

# "Asia's outsiders doubt the reach of the League."
_OUTSIDERS_FEAR = """
Asia      Asia      PROPN NNP 3  poss     LOC
's        's        PART  POS 1  case     -
outsiders outsider  NOUN  NNS 4  nsubj    -
doubt     doubt     VERB  VBP 0  ROOT     -
the       the       DET   DT  6  det      -
reach     reach     NOUN  NN  4  dobj     -
of        of        ADP   IN  6  prep     -
the       the       DET   DT  9  det      -
League    League    PROPN NNP 7  pobj     ORG
.         .         PUNCT .   4  punct    -
"""

# "The Danes speak the language of Norway."
_SPEAK_LANGUAGE = """
The      the      DET   DT  2  det    -
Danes    Danes    PROPN NNPS 3 nsubj  NORP
speak    speak    VERB  VBP 0  ROOT   -
the      the      DET   DT  5  det    -
language language NOUN  NN  3  dobj   -
of       of       ADP   IN  5  prep   -
Norway   Norway   PROPN NNP 6  pobj   GPE
.        .        PUNCT .   3  punct  -
"""

# "Zenith adopted the name of Acme."
_ADOPTED_NAME = """
Zenith  Zenith  PROPN NNP 2  nsubj  ORG
adopted adopt   VERB  VBD 0  ROOT   -
the     the     DET   DT  4  det    -
name    name    NOUN  NN  2  dobj   -
of      of      ADP   IN  4  prep   -
Acme    Acme    PROPN NNP 5  pobj   ORG
.       .       PUNCT .   2  punct  -
"""

# "Sweden insulted the flag of Norway."
_INSULTED_FLAG = """
Sweden   Sweden   PROPN NNP 2  nsubj  GPE
insulted insult   VERB  VBD 0  ROOT   -
the      the      DET   DT  4  det    -
flag     flag     NOUN  NN  2  dobj   -
of       of       ADP   IN  4  prep   -
Norway   Norway   PROPN NNP 5  pobj   GPE
.        .        PUNCT .   2  punct  -
"""


def _objects(table: str) -> set[str]:
    return {obj for _, _, obj in read_triples(table)}


def test_the_origin_of_goods_shipped_after_of_is_no_party() -> None:
    assert "Denmark" not in _objects(_HALTED_SHIPMENTS)
    assert "Finland" in _objects(_HALTED_SHIPMENTS)  # the buyer is the party
    # a noun of buying keeps the seller ("halt purchase of" Denmark)
    assert ("Zenith", "halt purchase of", "Denmark") in read_triples(_HALTED_PURCHASES)


def test_the_origin_of_goods_supplied_with_is_no_party() -> None:
    triples = read_triples(_SUPPLIED_WITH)
    assert "Denmark" not in {obj for _, _, obj in triples}
    assert ("Zenith", "supply", "Finland") in triples


def test_a_states_neighbours_are_not_the_state() -> None:
    assert "Norway" not in {subj for subj, _, _ in read_triples(_NEIGHBOURS_CRITICISED)}
    assert "Norway" not in _objects(_CRITICISED_FOES)


def test_a_regions_outsiders_are_not_the_region() -> None:
    assert "Asia" not in {subj for subj, _, _ in read_triples(_OUTSIDERS_FEAR)}


def test_the_owner_of_a_language_or_name_is_no_party() -> None:
    assert "Norway" not in _objects(_SPEAK_LANGUAGE)
    assert "Acme" not in _objects(_ADOPTED_NAME)
    # a state's emblem stays the state's: an act on it is aimed at the state
    assert ("Sweden", "insult flag of", "Norway") in read_triples(_INSULTED_FLAG)
