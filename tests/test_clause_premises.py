"""Business nouns: a state's adjective on premises places them and names no owner ("sold its Thai stores"
sells nothing of Thailand's); banks are actors of business, a central bank is only a state's (sentences of
our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Orbis sold its 20 Thai and 40 Malaysian {noun} to Delta.", parsed as the tagger parses it: "Thai" as the
# object, the noun with its own state word in coordination with it.
SOLD = """
Orbis     Orbis     PROPN NNP  2  nsubj    ORG
sold      sell      VERB  VBD  0  ROOT     -
its       its       PRON  PRP$ 5  poss     -
20        20        NUM   CD   5  nummod   CARDINAL
Thai      Thai      PROPN NNP  2  dobj     NORP
and       and       CCONJ CC   5  cc       -
40        40        NUM   CD   9  nummod   CARDINAL
Malaysian Malaysian ADJ   JJ   9  amod     NORP
{noun}    {lemma}   NOUN  NNS  5  conj     -
to        to        ADP   IN   2  dative   -
Delta     Delta     PROPN NNP  10 pobj     ORG
.         .         PUNCT .    2  punct    -
"""


def _objects(noun: str, lemma: str) -> set[str]:
    return {o for _, _, o, _ in facts_with_roots(SOLD.format(noun=noun, lemma=lemma))}


def test_premises_a_state_word_places_are_no_possession_of_the_state() -> None:
    assert "Malaysia" not in _objects("stores", "store")
    assert "Delta" in _objects("stores", "store")


def test_a_state_word_on_other_things_names_their_owner() -> None:
    assert "Malaysia" in _objects("bonds", "bond")


# "Peru stopped payments to {adjective} banks."
PAID = """
Peru       Peru        PROPN NNP 2 nsubj    GPE
stopped    stop        VERB  VBD 0 ROOT     -
payments   payment     NOUN  NNS 2 dobj     -
to         to          ADP   IN  3 prep     -
{adjective} {adjective} ADJ  JJ  6 amod     -
banks      bank        NOUN  NNS 4 pobj     -
.          .           PUNCT .   2 punct    -
"""


def test_banks_are_actors_of_business_and_central_banks_none_alone() -> None:
    assert "banks" in _objects_of(PAID.format(adjective="commercial"))
    assert "banks" not in _objects_of(PAID.format(adjective="central"))


def _objects_of(table: str) -> set[str]:
    return {o for _, _, o, _ in facts_with_roots(table)}
