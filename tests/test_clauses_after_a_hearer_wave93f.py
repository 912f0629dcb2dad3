"""A reported clause told without "that" right after a hearer (wave 93 F): "Ann Roe told a Senate Finance
subcommittee the Group of Seven nations and Norway agreed in Oslo to seek a period of calm". The parser may
hang the clause's subject on the hearer as its apposition (no comma between them) and leave the clause's
finite verb with no subject, which read "Group of Seven -subcommittee of-> Senate" and "Roe -tell-> Norway"
with no content. The repair (io/nlp.py told_subjects) makes that phrase the clause's subject: Roe's word is
the clause ("say" its states, with the clause as content) and the clause's own act is read, attributed to
Roe. An apposition set off by a comma is a true one and is left alone. Parses are built by hand as the
parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import told_subjects
from geokg.extract.pipeline import read_doc
from hand_docs import parse

APPOSED = """
Ann          Ann          PROPN NNP  2  compound PERSON
Roe          Roe          PROPN NNP  3  nsubj    I-PERSON
told         tell         VERB  VBD  0  ROOT     -
a            a            DET   DT   7  det      -
Senate       Senate       PROPN NNP  7  compound ORG
Finance      Finance      PROPN NNP  7  compound -
subcommittee subcommittee NOUN  NN   3  dobj     -
the          the          DET   DT   9  det      ORG
Group        Group        PROPN NNP  7  appos    I-ORG
of           of           ADP   IN   9  prep     I-ORG
Seven        Seven        NUM   CD   12 nummod   I-ORG
nations      nation       NOUN  NNS  10 pobj     -
and          and          CCONJ CC   9  cc       -
Norway       Norway       PROPN NNP  9  conj     GPE
agreed       agree        VERB  VBD  3  ccomp    -
in           in           ADP   IN   15 prep     -
Oslo         Oslo         PROPN NNP  16 pobj     GPE
to           to           PART  TO   19 aux      -
seek         seek         VERB  VB   15 xcomp    -
a            a            DET   DT   21 det      -
period       period       NOUN  NN   19 dobj     -
of           of           ADP   IN   21 prep     -
calm         calm         NOUN  NN   22 pobj     -
.            .            PUNCT .    3  punct    -
"""


def _heads(table: str) -> list[tuple[str, str, str]]:
    doc = told_subjects(parse(table))
    return [(t.text, t.dep_, t.head.text) for t in doc]


def _read(table: str) -> set[tuple[str, str, str, str | None, str]]:
    reading = read_doc(told_subjects(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            label.get(r.attributed_to) if r.attributed_to else None,
            r.content,
        )
        for r in reading.relations
    }


def test_a_subject_hung_on_the_hearer_as_apposition_is_the_clauses_subject() -> None:
    heads = _heads(APPOSED)
    assert heads[6] == ("subcommittee", "dobj", "told")
    assert heads[8] == ("Group", "nsubj", "agreed")
    read = _read(APPOSED)
    # (wave 103 G: the agreement is the deed of both its sides, Ann Roe's claim; no bare "say" edge about
    # Norway beside it, as none about the Group of Seven)
    assert not {r for r in read if r[0] == "Ann Roe" and r[1] == "say"}
    assert ("Group of Seven", "agree with", "Norway", "Ann Roe", None) in read
    assert not {r for r in read if r[1] in ("tell", "subcommittee of")}
    # an apposition set off by a comma is a true one and stays the hearer's
    rows = APPOSED.strip().splitlines()
    comma = ",            ,            PUNCT ,    7  punct    -"
    # the indices after the comma move by one: rebuild the heads of the shifted table
    shifted = []
    for row in [*rows[:7], comma, *rows[7:]]:
        word, lemma, pos, tag, head, dep, ent = row.split()
        shifted.append(f"{word} {lemma} {pos} {tag} {int(head) + (int(head) > 7)} {dep} {ent}")
    heads = _heads("\n".join(shifted))
    assert heads[9] == ("Group", "appos", "subcommittee")
