"""Wave 101 G: a clause of the time or terms on which an act still to come will happen ("would lift the
tariffs as soon as (once, until) Peru recognised Bolivia") is the act's condition, as an "if" clause is: no
claim that it will happen, so no edge of its own (voice.in_open_clause through voice._awaited, words.tsv
awaited_condition_openers). Under a past main verb ("lifted the tariffs once Peru recognised Bolivia") the
clause stays a fact. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Chile would lift its tariffs as soon as Peru recognised Bolivia."
_AS_SOON_AS = """
Chile       Chile       PROPN NNP  3   nsubj  GPE
would       would       AUX   MD   3   aux    -
lift        lift        VERB  VB   0   ROOT   -
its         its         PRON  PRP$ 5   poss   -
tariffs     tariff      NOUN  NNS  3   dobj   -
as          as          ADV   RB   7   advmod -
soon        soon        ADV   RB   3   advmod -
as          as          SCONJ IN   10  mark   -
Peru        Peru        PROPN NNP  10  nsubj  GPE
recognised  recognise   VERB  VBD  7   advcl  -
Bolivia     Bolivia     PROPN NNP  10  dobj   GPE
.           .           PUNCT .    3   punct  -
"""

# "Chile would keep its tariffs until Peru recognised Bolivia."
_UNTIL = """
Chile       Chile       PROPN NNP  3   nsubj  GPE
would       would       AUX   MD   3   aux    -
keep        keep        VERB  VB   0   ROOT   -
its         its         PRON  PRP$ 5   poss   -
tariffs     tariff      NOUN  NNS  3   dobj   -
until       until       SCONJ IN   8   mark   -
Peru        Peru        PROPN NNP  8   nsubj  GPE
recognised  recognise   VERB  VBD  3   advcl  -
Bolivia     Bolivia     PROPN NNP  8   dobj   GPE
.           .           PUNCT .    3   punct  -
"""

# "Chile would lift its tariffs once Peru started to recognise Bolivia.": the chain under the condition
_ONCE_STARTED = """
Chile       Chile       PROPN NNP  3   nsubj  GPE
would       would       AUX   MD   3   aux    -
lift        lift        VERB  VB   0   ROOT   -
its         its         PRON  PRP$ 5   poss   -
tariffs     tariff      NOUN  NNS  3   dobj   -
once        once        ADV   RB   8   advmod -
Peru        Peru        PROPN NNP  8   nsubj  GPE
started     start       VERB  VBD  3   advcl  -
to          to          PART  TO   10  aux    -
recognise   recognise   VERB  VB   8   xcomp  -
Bolivia     Bolivia     PROPN NNP  10  dobj   GPE
.           .           PUNCT .    3   punct  -
"""

# "Chile would lift its tariffs provided that Peru recognised Bolivia.": the clause hung on "provided"
_PROVIDED_THAT = """
Chile       Chile       PROPN NNP  3   nsubj  GPE
would       would       AUX   MD   3   aux    -
lift        lift        VERB  VB   0   ROOT   -
its         its         PRON  PRP$ 5   poss   -
tariffs     tariff      NOUN  NNS  3   dobj   -
provided    provide     VERB  VBN  3   prep   -
that        that        SCONJ IN   9   mark   -
Peru        Peru        PROPN NNP  9   nsubj  GPE
recognised  recognise   VERB  VBD  6   ccomp  -
Bolivia     Bolivia     PROPN NNP  9   dobj   GPE
.           .           PUNCT .    3   punct  -
"""

# "Chile lifted its tariffs once Peru recognised Bolivia.": done, and the recognition with it
_LIFTED_ONCE = """
Chile       Chile       PROPN NNP  2   nsubj  GPE
lifted      lift        VERB  VBD  0   ROOT   -
its         its         PRON  PRP$ 4   poss   -
tariffs     tariff      NOUN  NNS  2   dobj   -
once        once        ADV   RB   7   advmod -
Peru        Peru        PROPN NNP  7   nsubj  GPE
recognised  recognise   VERB  VBD  2   advcl  -
Bolivia     Bolivia     PROPN NNP  7   dobj   GPE
.           .           PUNCT .    2   punct  -
"""


def _peru_to_bolivia(table: str) -> set[tuple[str, str | None]]:
    acts = read_modal_acts(table)
    return {(pred, mod) for subj, pred, obj, _, mod, _ in acts if (subj, obj) == ("Peru", "Bolivia")}


def test_as_soon_as_under_would_is_a_condition() -> None:
    assert _peru_to_bolivia(_AS_SOON_AS) == set()


def test_until_under_would_is_a_condition() -> None:
    assert _peru_to_bolivia(_UNTIL) == set()


def test_once_with_a_chain_under_would_is_a_condition() -> None:
    assert _peru_to_bolivia(_ONCE_STARTED) == set()


def test_provided_that_under_would_is_a_condition() -> None:
    assert _peru_to_bolivia(_PROVIDED_THAT) == set()


def test_once_under_a_past_verb_stays_a_fact() -> None:
    assert _peru_to_bolivia(_LIFTED_ONCE)
