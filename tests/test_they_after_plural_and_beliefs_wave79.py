"""Wave 79 (H): a "they" in a clause after the main one stands for the plural people's name or group that
clause named, not for its singular subject (a firm is "it" in wire copy); a clause after "were convinced
(confident, sure, satisfied)" is its holders' belief, and a coordinated "but said" reports for the subject
of the verb it is coordinated with (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Texaco halted its oil purchases from the Kuwaitis after they refused to accept a letter of credit from
# Chase." (the tagger calls "Kuwaitis" a singular name)
HALTED_AFTER_THEY_REFUSED = """
Texaco     Texaco     PROPN NNP  2  nsubj    ORG
halted     halt       VERB  VBD  0  ROOT     -
its        its        PRON  PRP$ 5  poss     -
oil        oil        NOUN  NN   5  compound -
purchases  purchase   NOUN  NNS  2  dobj     -
from       from       ADP   IN   5  prep     -
the        the        DET   DT   8  det      -
Kuwaitis   Kuwaitis   PROPN NNP  6  pobj     NORP
after      after      SCONJ IN   11 mark     -
they       they       PRON  PRP  11 nsubj    -
refused    refuse     VERB  VBD  2  advcl    -
to         to         PART  TO   13 aux      -
accept     accept     VERB  VB   11 xcomp    -
a          a          DET   DT   15 det      -
letter     letter     NOUN  NN   13 dobj     -
of         of         ADP   IN   15 prep     -
credit     credit     NOUN  NN   16 pobj     -
from       from       ADP   IN   15 prep     -
Chase      Chase      PROPN NNP  18 pobj     ORG
.          .          PUNCT .    2  punct    -
"""


def test_they_after_a_plural_people_s_name_is_that_people_not_the_firm() -> None:
    found = read_triples(HALTED_AFTER_THEY_REFUSED)
    refusals = {(s, o) for s, p, o in found if p.startswith("refuse")}
    assert refusals, found
    assert all(s != "Texaco" for s, _ in refusals), found


# "Texaco stopped lending to the bankers because they refused to pay Chase.": a plural of people no name
# stands for leaves "they" open
STOPPED_LENDING_TO_BANKERS = """
Texaco   Texaco   PROPN NNP  2  nsubj  ORG
stopped  stop     VERB  VBD  0  ROOT   -
lending  lend     VERB  VBG  2  xcomp  -
to       to       ADP   IN   3  prep   -
the      the      DET   DT   6  det    -
bankers  banker   NOUN  NNS  4  pobj   -
because  because  SCONJ IN   9  mark   -
they     they     PRON  PRP  9  nsubj  -
refused  refuse   VERB  VBD  2  advcl  -
to       to       PART  TO   11 aux    -
pay      pay      VERB  VB   9  xcomp  -
Chase    Chase    PROPN NNP  11 dobj   ORG
.        .        PUNCT .    2  punct  -
"""


def test_they_after_an_unnamed_plural_of_people_is_not_the_firm() -> None:
    found = read_triples(STOPPED_LENDING_TO_BANKERS)
    assert not any(s == "Texaco" and o == "Chase" for s, _, o in found), found


# "Trade officials would not comment, but said they were convinced all exporters were complying with the
# agreement."
CONVINCED_EXPORTERS_COMPLIED = """
Trade      trade     NOUN  NN   2  compound -
officials  official  NOUN  NNS  5  nsubj    -
would      would     AUX   MD   5  aux      -
not        not       PART  RB   5  neg      -
comment    comment   VERB  VB   0  ROOT     -
,          ,         PUNCT ,    5  punct    -
but        but       CCONJ CC   5  cc       -
said       say       VERB  VBD  5  conj     -
they       they      PRON  PRP  10 nsubj    -
were       be        AUX   VBD  8  ccomp    -
convinced  convince  VERB  VBN  10 acomp    -
all        all       DET   DT   13 det      -
exporters  exporter  NOUN  NNS  15 nsubj    -
were       be        AUX   VBD  15 aux      -
complying  comply    VERB  VBG  11 ccomp    -
with       with      ADP   IN   15 prep     -
the        the       DET   DT   18 det      -
agreement  agreement NOUN  NN   16 pobj     -
.          .         PUNCT .    5  punct    -
"""


def _attributions(table: str) -> dict[str, str | None]:
    reading = read(table)
    return {r.predicate: r.attributed_to for r in reading.relations}


def test_a_coordinated_said_reports_for_the_subject_it_shares() -> None:
    found = _attributions(CONVINCED_EXPORTERS_COMPLIED)
    complied = [a for p, a in found.items() if p.startswith("comply")]
    assert complied, found
    assert all(a and "officials" in a for a in complied), found


# "Japanese officials were confident Iraq was supplying arms to the rebels."
CONFIDENT_IRAQ_SUPPLIED = """
Japanese   Japanese   ADJ   JJ   2  amod   NORP
officials  official   NOUN  NNS  3  nsubj  -
were       be         AUX   VBD  0  ROOT   -
confident  confident  ADJ   JJ   3  acomp  -
Iraq       Iraq       PROPN NNP  7  nsubj  GPE
was        be         AUX   VBD  7  aux    -
supplying  supply     VERB  VBG  4  ccomp  -
arms       arm        NOUN  NNS  7  dobj   -
to         to         ADP   IN   7  prep   -
the        the        DET   DT   11 det    -
rebels     rebel      NOUN  NNS  9  pobj   -
.          .          PUNCT .    3  punct  -
"""


def test_a_clause_after_were_confident_is_the_holders_belief() -> None:
    found = _attributions(CONFIDENT_IRAQ_SUPPLIED)
    supplied = [a for p, a in found.items() if p.startswith("supply")]
    assert supplied, found
    assert all(a is not None for a in supplied), found
