"""Wave 120 G: talks between two sides, one of them a group noun whose members are listed after it
("talks between X and Europe's largest gas importers - A, B and C", "between X and Asean members A and
B"): the members of that side do not meet each other; each meets the other side when it names an actor,
else none is paired. Two named sides ("talks between X and Y") pair as before. Sentences of our own,
parses written by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "Talks between Qatar and Europe's largest gas importers - Spain, Italy and Greece - began in Rome."
_NAMED_SIDE = """
Talks      talk       NOUN   NNS  17  nsubj     -
between    between    ADP    IN   1   prep      -
Qatar      Qatar      PROPN  NNP  2   pobj      GPE
and        and        CCONJ  CC   3   cc        -
Europe     Europe     PROPN  NNP  9   poss      LOC
's         's         PART   POS  5   case      -
largest    large      ADJ    JJS  9   amod      -
gas        gas        NOUN   NN   9   compound  -
importers  importer   NOUN   NNS  3   conj      -
-          -          PUNCT  :    9   punct     -
Spain      Spain      PROPN  NNP  9   appos     GPE
,          ,          PUNCT  ,    11  punct     -
Italy      Italy      PROPN  NNP  11  conj      GPE
and        and        CCONJ  CC   13  cc        -
Greece     Greece     PROPN  NNP  13  conj      GPE
-          -          PUNCT  :    9   punct     -
began      begin      VERB   VBD  0   ROOT      -
in         in         ADP    IN   17  prep      -
Rome       Rome       PROPN  NNP  18  pobj      GPE
.          .          PUNCT  .    17  punct     -
"""

# "Talks between African exporters and Europe's largest importers - Spain, Italy and Greece - began in Rome."
_UNNAMED_SIDE = """
Talks      talk       NOUN   NNS  17  nsubj     -
between    between    ADP    IN   1   prep      -
African    african    ADJ    JJ   4   amod      NORP
exporters  exporter   NOUN   NNS  2   pobj      -
and        and        CCONJ  CC   4   cc        -
Europe     Europe     PROPN  NNP  9   poss      LOC
's         's         PART   POS  6   case      -
largest    large      ADJ    JJS  9   amod      -
importers  importer   NOUN   NNS  4   conj      -
-          -          PUNCT  :    9   punct     -
Spain      Spain      PROPN  NNP  9   appos     GPE
,          ,          PUNCT  ,    11  punct     -
Italy      Italy      PROPN  NNP  11  conj      GPE
and        and        CCONJ  CC   13  cc        -
Greece     Greece     PROPN  NNP  13  conj      GPE
-          -          PUNCT  :    9   punct     -
began      begin      VERB   VBD  0   ROOT      -
in         in         ADP    IN   17  prep      -
Rome       Rome       PROPN  NNP  18  pobj      GPE
.          .          PUNCT  .    17  punct     -
"""

# "Negotiations between Japan and Asean members Vietnam and Thailand resumed on Monday." (the parser reads
# "Japan and Asean" as the modifiers of "members")
_MEMBERS_OF_A_BODY = """
Negotiations  negotiation  NOUN   NNS  10  nsubj     -
between       between      ADP    IN   1   prep      -
Japan         Japan        PROPN  NNP  6   nmod      GPE
and           and          CCONJ  CC   3   cc        -
Asean         Asean        PROPN  NNP  3   conj      ORG
members       member       NOUN   NNS  2   pobj      -
Vietnam       Vietnam      PROPN  NNP  6   appos     GPE
and           and          CCONJ  CC   7   cc        -
Thailand      Thailand     PROPN  NNP  7   conj      GPE
resumed       resume       VERB   VBD  0   ROOT      -
on            on           ADP    IN   10  prep      -
Monday        Monday       PROPN  NNP  11  pobj      DATE
.             .            PUNCT  .    10  punct     -
"""

# "Talks between Norway and Canada ended.": two named sides meet.
_TWO_SIDES = """
Talks    talk     NOUN   NNS  6  nsubj  -
between  between  ADP    IN   1  prep   -
Norway   Norway   PROPN  NNP  2  pobj   GPE
and      and      CCONJ  CC   3  cc     -
Canada   Canada   PROPN  NNP  3  conj   GPE
ended    end      VERB   VBD  0  ROOT   -
.        .        PUNCT  .    6  punct  -
"""

_LISTED = ("Spain", "Italy", "Greece")


def _met(triples: set[tuple[str, str, str]], a: str, b: str) -> bool:
    # "meet with", "negotiate with": a meeting of the two
    return any(p.endswith(" with") and {s, o} == {a, b} for s, p, o in triples)


def test_the_members_of_a_listed_side_meet_the_other_side_not_each_other() -> None:
    triples = read_triples(_NAMED_SIDE)
    for member in _LISTED:
        assert _met(triples, "Qatar", member), triples
    for i, member in enumerate(_LISTED):
        for other in _LISTED[i + 1 :]:
            assert not _met(triples, member, other), triples


def test_the_members_meet_nobody_when_the_other_side_names_no_actor() -> None:
    triples = read_triples(_UNNAMED_SIDE)
    for i, member in enumerate(_LISTED):
        for other in _LISTED[i + 1 :]:
            assert not _met(triples, member, other), triples


def test_the_members_of_a_body_meet_the_side_named_before_it() -> None:
    triples = read_triples(_MEMBERS_OF_A_BODY)
    assert _met(triples, "Japan", "Vietnam") and _met(triples, "Japan", "Thailand"), triples
    assert not _met(triples, "Vietnam", "Thailand"), triples


def test_two_named_sides_still_meet() -> None:
    assert _met(read_triples(_TWO_SIDES), "Norway", "Canada")
