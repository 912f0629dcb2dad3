"""Wave 111 G: a committee of the banks that lent to a debtor ("Peru's bank advisory committee", "its 12-bank
steering committee", "Chile's creditor committee") is the lenders' body, whose possessive names only whose
debt it is on (actors.creditors_body; words.tsv creditor_body_nouns, creditor_body_words): talks with it are
never talks with the debtor, and a committee the tagger names is of no state, a business body (BUS), no part
of the debtor. A state's own committee ("Peru's finance committee") and its central bank's stay the state's.
The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def _met(owner: str, first: str, first_lemma: str, second: str) -> str:
    # "Finance Minister Ana Ruiz met Peru's <first> <second> committee."
    return f"""
Finance   Finance   PROPN NNP 2  compound -
Minister  Minister  PROPN NNP 4  compound -
Ana       Ana       PROPN NNP 4  compound PERSON
Ruiz      Ruiz      PROPN NNP 5  nsubj    I-PERSON
met       meet      VERB  VBD 0  ROOT     -
{owner}   {owner}   PROPN NNP 10 poss     GPE
's        's        PART  POS 6  case     -
{first}   {first_lemma} NOUN NN 9 compound -
{second}  {second}  NOUN  NN  10 compound -
committee committee NOUN  NN  5  dobj     -
.         .         PUNCT .   5  punct    -
"""


def test_meeting_the_creditor_committee_is_no_meeting_with_the_debtor() -> None:
    steering = _met("Peru", "creditor", "creditor", "steering")
    assert ("Ana Ruiz", "meet with", "Peru") not in read_triples(steering)
    # a state's own committee acts for it, as before
    assert ("Ana Ruiz", "meet with", "Peru") in read_triples(_met("Peru", "senate", "senate", "finance"))


def test_meeting_the_bank_advisory_committee_is_no_meeting_with_the_debtor() -> None:
    assert ("Ana Ruiz", "meet with", "Peru") not in read_triples(_met("Peru", "bank", "bank", "advisory"))
    # the committee of the state's central bank is the state's
    assert ("Ana Ruiz", "meet with", "Peru") in read_triples(_met("Peru", "central", "central", "bank"))


_NAMED = """
Chile     Chile     PROPN NNP 5 poss     GPE
's        's        PART  POS 1 case     -
Bank      Bank      PROPN NNP 5 compound ORG
Advisory  Advisory  PROPN NNP 5 compound I-ORG
Committee Committee PROPN NNP 6 nsubj    I-ORG
rejected  reject    VERB  VBD 0 ROOT     -
the       the       DET   DT  8 det      -
proposal  proposal  NOUN  NN  6 dobj     -
.         .         PUNCT .   6 punct    -
"""


def test_a_named_creditor_committee_is_a_business_body_of_no_state() -> None:
    [entity] = [e for e in read(_NAMED).entities.entities() if e.label == "Bank Advisory Committee"]
    assert (entity.country, entity.sector) == (None, "BUS")


def test_a_named_creditor_committee_is_no_part_of_the_debtor() -> None:
    assert ("Bank Advisory Committee", "part of", "Chile") not in read_triples(_NAMED)
