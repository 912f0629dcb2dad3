"""Wave 110 G: a class of states named by its kind ("developing countries", "creditor nations", "debtor
countries", "poorer nations") is a group of many states, no one state's organ: a group (NORP) as other groups
are, of no state, with the government's sector (actors._class_of_states; sectors.tsv bare "no"). "Poorer
nations" are the developing countries; "debtor countries" a class of their own. The parse is stated by hand
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read


def _pressed(modifier: str, noun: str, lemma: str) -> str:
    # "The World Bank is pressing <modifier> <noun> to open their markets."
    return f"""
The        the        DET   DT   3 det      ORG
World      World      PROPN NNP  3 compound I-ORG
Bank       Bank       PROPN NNP  5 nsubj    I-ORG
is         be         AUX   VBZ  5 aux      -
pressing   press      VERB  VBG  0 ROOT     -
{modifier} {modifier} ADJ   JJ   7 amod     -
{noun}     {lemma}    NOUN  NNS  5 dobj     -
to         to         PART  TO   9 aux      -
open       open       VERB  VB   5 xcomp    -
their      their      PRON  PRP$ 11 poss    -
markets    market     NOUN  NNS  9 dobj     -
.          .          PUNCT .    5 punct    -
"""


def _class(table: str, label: str) -> tuple[str, str | None, str | None]:
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity.type, entity.country, entity.sector


def test_developing_countries_are_a_group_of_no_state() -> None:
    assert _class(_pressed("developing", "countries", "country"), "developing countries") == (
        "NORP",
        None,
        "GOV",
    )


def test_poorer_nations_are_the_developing_countries() -> None:
    assert _class(_pressed("poorer", "nations", "nation"), "developing countries") == ("NORP", None, "GOV")


def test_debtor_countries_are_a_class_of_their_own() -> None:
    assert _class(_pressed("debtor", "countries", "country"), "debtor countries") == ("NORP", None, "GOV")
