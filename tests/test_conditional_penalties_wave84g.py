"""Penalties promised on a condition (wave 84 G): a warning, or a statement told to someone (in a letter to
them), whose content promises ("will", "would") a penalty on a condition ("if", "unless", "should X") is a
threat to whom it is told (13), not a plain warning or statement (01): the penalty is a reprisal
("retaliatory measures"), a sanction, or a measure made harsher ("tougher measures", "stiffer laws"). A
penalty a third party brings, or content that names none, stays a statement. Each test states its parse by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

TOUGHER = """
Chile        Chile       PROPN NNP 2  nsubj     GPE
warned       warn        VERB  VBD 0  ROOT      -
Peru         Peru        PROPN NNP 2  dobj      GPE
that         that        SCONJ IN  9  mark      -
{adjective}  {adjective} ADJ   JJR 6  amod      -
{noun}       {lemma}     NOUN  NNS 9  nsubjpass -
would        would       AUX   MD  9  aux       -
be           be          AUX   VB  9  auxpass   -
considered   consider    VERB  VBN 2  ccomp     -
if           if          SCONJ IN  13 mark      -
the          the         DET   DT  12 det       -
{doers}      {doers}     NOUN  NNS 13 nsubj     -
continue     continue    VERB  VBP 9  {dep}     -
.            .           PUNCT .   2  punct     -
"""


def _warned(table: str) -> set[str | None]:
    return {f[3] for f in facts_with_roots(table) if f[:3] == ("Chile", "warn", "Peru")}


def test_harsher_measures_warned_of_on_a_condition_threaten() -> None:
    # the condition as the parser hangs it, an adverbial clause or a complement after the verb
    for dep in ("advcl", "ccomp"):
        table = TOUGHER.format(adjective="tougher", noun="measures", lemma="measure", doers="abuses", dep=dep)
        assert _warned(table) == {"13"}, (dep, facts_with_roots(table))
    # rising prices are no measure of the warner's: a pessimistic warning, as before
    table = TOUGHER.format(adjective="higher", noun="prices", lemma="price", doers="shortages", dep="advcl")
    assert "13" not in _warned(table), facts_with_roots(table)


LETTER = """
The         the         DET   DT  3  det    -
Chilean     chilean     ADJ   JJ  3  amod   NORP
minister    minister    NOUN  NN  4  nsubj  -
said        say         VERB  VBD 0  ROOT   -
in          in          ADP   IN  4  prep   -
a           a           DET   DT  7  det    -
letter      letter      NOUN  NN  5  pobj   -
to          to          ADP   IN  7  prep   -
Peru        Peru        PROPN NNP 8  pobj   GPE
that        that        SCONJ IN  14 mark   -
{adjective} {adjective} ADJ   JJ  12 amod   -
measures    measure     NOUN  NNS 14 nsubj  -
would       would       AUX   MD  14 aux    -
cover       cover       VERB  VB  4  ccomp  -
more        more        ADJ   JJR 16 amod   -
goods       good        NOUN  NNS 14 dobj   -
if          if          SCONJ IN  21 mark   -
the         the         DET   DT  19 det    -
levy        levy        NOUN  NN  21 nsubjpass -
was         be          AUX   VBD 21 auxpass -
imposed     impose      VERB  VBN 14 advcl  -
.           .           PUNCT .   4  punct  -
"""


def test_reprisal_told_in_a_letter_on_a_condition_threatens_its_addressee() -> None:
    found = facts_with_roots(LETTER.format(adjective="retaliatory"))
    said = {f[3] for f in found if f[0] == "Chile" and f[2] == "Peru" and f[1].startswith("say")}
    assert said == {"13"}, found
    # "new measures" are no penalty: the letter states
    found = facts_with_roots(LETTER.format(adjective="new"))
    said = {f[3] for f in found if f[0] == "Chile" and f[2] == "Peru" and f[1].startswith("say")}
    assert said and "13" not in said, found


SANCTIONS = """
Chile     Chile     PROPN NNP 2  nsubj GPE
told      tell      VERB  VBD 0  ROOT  -
Peru      Peru      PROPN NNP 2  dobj  GPE
that      that      SCONJ IN  7  mark  -
{doer}    {doer}    {pos} {tag} 7 nsubj {ent}
would     would     AUX   MD  7  aux   -
{verb}    {verb}    VERB  VB  2  ccomp -
should    should    AUX   MD  11 aux   -
the       the       DET   DT  10 det   -
talks     talk      NOUN  NNS 11 nsubj -
fail      fail      VERB  VB  7  ccomp -
.         .         PUNCT .   2  punct -
"""


def test_sanctions_told_on_an_inverted_condition_threaten() -> None:
    table = SANCTIONS.format(doer="sanctions", pos="NOUN", tag="NNS", ent="-", verb="follow")
    told = {f[3] for f in facts_with_roots(table) if f[:3] == ("Chile", "tell", "Peru")}
    assert told == {"13"}, facts_with_roots(table)
    # a third state's reprisal is foreseen, no threat of Chile's to Peru
    table = SANCTIONS.format(doer="Bolivia", pos="PROPN", tag="NNP", ent="GPE", verb="retaliate")
    told = {f[3] for f in facts_with_roots(table) if f[:3] == ("Chile", "tell", "Peru")}
    assert "13" not in told, facts_with_roots(table)
