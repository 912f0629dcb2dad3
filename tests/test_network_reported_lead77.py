"""A broadcaster named before the words of its kind reports (lead, stop 42): in "The ABC television network
reported on Friday that Iraq had moved troops", the tagger may take "reported" for a participle, and a
participle with a subject and no auxiliary reads as a headline's passive, so the report had no source; and
the name hangs on "television", not on "network". A verb of speech with a "that" clause after it in a
body sentence is a past tense, and a kind's noun whose own label word carries the name is that name's
organisation. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

REPORTED = """
    The        the        DET   DT  4  det      -
    ABC        ABC        PROPN NNP 3  compound ORG
    television television NOUN  NN  4  compound -
    network    network    NOUN  NN  5  nsubj    -
    reported   report     VERB  VBN 0  ROOT     -
    on         on         ADP   IN  5  prep     -
    Friday     Friday     PROPN NNP 6  pobj     DATE
    that       that       SCONJ IN  11 mark     -
    Iraq       Iraq       PROPN NNP 11 nsubj    GPE
    had        have       AUX   VBD 11 aux      -
    moved      move       VERB  VBN 5  ccomp    -
    troops     troop      NOUN  NNS 11 dobj     -
    to         to         ADP   IN  11 prep     -
    the        the        DET   DT  15 det      -
    Gulf       Gulf       PROPN NNP 13 pobj     LOC
    .          .          PUNCT .   5  punct    -
    """


def _facts(table: str) -> set[tuple[str, str, str, str | None]]:
    reading = read_doc(parse(table), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], label.get(r.attributed_to or ""))
        for r in reading.relations
    }


def test_the_network_is_the_source_of_its_report() -> None:
    assert ("Iraq", "move troop to", "Gulf", "ABC") in _facts(REPORTED)


def test_the_name_on_the_kind_word_reports_in_the_past_tense() -> None:
    table = REPORTED.replace("reported   report     VERB  VBN", "reported   report     VERB  VBD")
    assert ("Iraq", "move troop to", "Gulf", "ABC") in _facts(table)


def test_a_report_tagged_as_participle_keeps_its_source() -> None:
    table = REPORTED.replace("NOUN  NN  4  compound -", "ADJ   JJ  4  amod     -")
    table = table.replace("ABC        ABC        PROPN NNP 3", "ABC        ABC        PROPN NNP 4")
    assert ("Iraq", "move troop to", "Gulf", "ABC") in _facts(table)
