"""Weapons installed or troops stationed (lead, stop 42): "Iraq had installed new missiles along the Gulf"
is a show of force (CAMEO 154, as "deploy"), and "installed" is the verb "install" (the lemmatizer gives
"instal"). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import verb_lemmas
from geokg.extract.pipeline import read_doc
from hand_docs import parse

INSTALLED = """
    Syria     Syria     PROPN NNP 3  nsubj    GPE
    had       have      AUX   VBD 3  aux      -
    installed install   VERB  VBN 0  ROOT     -
    new       new       ADJ   JJ  5  amod     -
    missiles  missile   NOUN  NNS 3  dobj     -
    along     along     ADP   IN  3  prep     -
    the       the       DET   DT  8  det      -
    Gulf      Gulf      PROPN NNP 6  pobj     LOC
    .         .         PUNCT .   3  punct    -
    """


def _roots(table: str) -> dict[str, str | None]:
    reading = read_doc(parse(table), scope="hand-built")
    return {r.predicate: r.event_root for r in reading.relations}


def test_missiles_installed_show_force() -> None:
    assert _roots(INSTALLED).get("install missile along") == "15"


def test_a_leader_installed_is_no_show_of_force() -> None:
    table = INSTALLED.replace("missiles  missile ", "leaders   leader  ")
    assert "15" not in _roots(table).values()


def test_troops_stationed_show_force() -> None:
    table = INSTALLED.replace("installed install ", "stationed station ").replace(
        "missiles  missile ", "troops    troop   "
    )
    assert _roots(table).get("station troop along") == "15"


def test_installed_is_lemmatised_as_install() -> None:
    table = INSTALLED.replace("installed install ", "installed instal   ")
    assert verb_lemmas(parse(table))[2].lemma_ == "install"
