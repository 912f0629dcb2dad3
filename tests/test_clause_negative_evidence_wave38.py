"""Negative evidence and judged impossibility (wave 38 A): what denied evidence would show ("there is no
evidence that X armed Y", "no information to suggest that X broke off talks", "did not find any sign X had
shelled Y", "nothing to indicate that ...") is asserted by no one and is no fact; "it is inconceivable
(impossible) that X would ..." judges the clause as "it is unlikely that" does: X may not.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def test_no_evidence_that_is_no_fact() -> None:
    """ "There is no evidence that Peru armed Bolivia." """
    reading = read("""
    There        there        PRON  EX   2  expl    -
    is           be           VERB  VBZ  0  ROOT    -
    no           no           DET   DT   4  det     -
    evidence     evidence     NOUN  NN   2  attr    -
    that         that         SCONJ IN   7  mark    -
    Peru         Peru         PROPN NNP  7  nsubj   GPE
    armed        arm          VERB  VBD  4  acl     -
    Bolivia      Bolivia      PROPN NNP  7  dobj    GPE
    .            .            PUNCT .    2  punct   -
    """)
    assert not any("arm" in r.predicate for r in reading.relations)


def test_evidence_not_denied_keeps_its_clause() -> None:
    """ "There is evidence that Peru armed Bolivia": only denied evidence takes the fact away."""
    reading = read("""
    There        there        PRON  EX   2  expl    -
    is           be           VERB  VBZ  0  ROOT    -
    evidence     evidence     NOUN  NN   2  attr    -
    that         that         SCONJ IN   6  mark    -
    Peru         Peru         PROPN NNP  6  nsubj   GPE
    armed        arm          VERB  VBD  3  acl     -
    Bolivia      Bolivia      PROPN NNP  6  dobj    GPE
    .            .            PUNCT .    2  punct   -
    """)
    assert any(r.predicate == "arm" and not r.negated for r in reading.relations)


def test_no_information_to_suggest_that_is_no_fact() -> None:
    """ "A spokesman said there was no information to suggest that Peru had broken off talks with Chile":
    the clause hangs on the infinitive of inference, itself on the denied noun."""
    reading = read("""
    A            a            DET   DT   2  det     -
    spokesman    spokesman    NOUN  NN   3  nsubj   -
    said         say          VERB  VBD  0  ROOT    -
    there        there        PRON  EX   5  expl    -
    was          be           VERB  VBD  3  ccomp   -
    no           no           DET   DT   7  det     -
    information  information  NOUN  NN   5  attr    -
    to           to           PART  TO   9  aux     -
    suggest      suggest      VERB  VB   7  relcl   -
    that         that         SCONJ IN   13 mark    -
    Peru         Peru         PROPN NNP  13 nsubj   GPE
    had          have         AUX   VBD  13 aux     -
    broken       break        VERB  VBN  9  ccomp   -
    off          off          ADP   RP   13 prt     -
    talks        talk         NOUN  NNS  13 dobj    -
    with         with         ADP   IN   15 prep    -
    Chile        Chile        PROPN NNP  16 pobj    GPE
    .            .            PUNCT .    3  punct   -
    """)
    assert not any("break" in r.predicate or "talk" in r.predicate for r in reading.relations)


def test_not_any_sign_before_a_bare_clause_is_no_fact() -> None:
    """ "Chile did not find any sign Peru had shelled Bolivia": "any" under a negated verb denies the
    evidence; the clause without "that" opens right after its noun."""
    reading = read("""
    Chile        Chile        PROPN NNP  4  nsubj   GPE
    did          do           AUX   VBD  4  aux     -
    not          not          PART  RB   4  neg     -
    find         find         VERB  VB   0  ROOT    -
    any          any          DET   DT   6  det     -
    sign         sign         NOUN  NN   4  dobj    -
    Peru         Peru         PROPN NNP  9  nsubj   GPE
    had          have         AUX   VBD  9  aux     -
    shelled      shell        VERB  VBN  6  relcl   -
    Bolivia      Bolivia      PROPN NNP  9  dobj    GPE
    .            .            PUNCT .    4  punct   -
    """)
    assert not any("shell" in r.predicate for r in reading.relations)


def test_nothing_to_indicate_that_is_no_fact() -> None:
    """ "There is nothing to indicate that Peru attacked Chile." """
    reading = read("""
    There        there        PRON  EX   2  expl    -
    is           be           VERB  VBZ  0  ROOT    -
    nothing      nothing      PRON  NN   2  attr    -
    to           to           PART  TO   5  aux     -
    indicate     indicate     VERB  VB   3  relcl   -
    that         that         SCONJ IN   8  mark    -
    Peru         Peru         PROPN NNP  8  nsubj   GPE
    attacked     attack       VERB  VBD  5  ccomp   -
    Chile        Chile        PROPN NNP  8  dobj    GPE
    .            .            PUNCT .    2  punct   -
    """)
    assert not any("attack" in r.predicate for r in reading.relations)


def test_inconceivable_that_is_a_possibility_denied() -> None:
    """ "It is inconceivable that Peru would make concessions to Chile": Peru may not (as "unlikely")."""
    reading = read("""
    It            it            PRON  PRP  2  nsubj   -
    is            be            AUX   VBZ  0  ROOT    -
    inconceivable inconceivable ADJ   JJ   2  acomp   -
    that          that          SCONJ IN   7  mark    -
    Peru          Peru          PROPN NNP  7  nsubj   GPE
    would         would         AUX   MD   7  aux     -
    make          make          VERB  VB   2  ccomp   -
    concessions   concession    NOUN  NNS  7  dobj    -
    to            to            ADP   IN   7  prep    -
    Chile         Chile         PROPN NNP  9  pobj    GPE
    .             .             PUNCT .    2  punct   -
    """)
    made = [r for r in reading.relations if "concession" in r.predicate]
    assert made and all(r.negated and r.modality == "may" for r in made)


def test_not_impossible_that_is_a_possibility() -> None:
    """ "It is not impossible that Peru will attack Chile": the denied impossibility leaves "may"."""
    reading = read("""
    It           it           PRON  PRP  2  nsubj   -
    is           be           AUX   VBZ  0  ROOT    -
    not          not          PART  RB   2  neg     -
    impossible   impossible   ADJ   JJ   2  acomp   -
    that         that         SCONJ IN   8  mark    -
    Peru         Peru         PROPN NNP  8  nsubj   GPE
    will         will         AUX   MD   8  aux     -
    attack       attack       VERB  VB   2  ccomp   -
    Chile        Chile        PROPN NNP  8  dobj    GPE
    .            .            PUNCT .    2  punct   -
    """)
    attacks = [r for r in reading.relations if r.predicate == "attack"]
    assert attacks and all(not r.negated and r.modality == "may" for r in attacks)


MENTION = """
    The          the          DET   DT   3  det      -
    Chilean      chilean      ADJ   JJ   3  compound NORP
    minister     minister     NOUN  NN   4  nsubj    -
    made         make         VERB  VBD  0  ROOT     -
    {det}        {det}        DET   DT   6  det      -
    mention      mention      NOUN  NN   4  dobj     -
    of           of           ADP   IN   6  prep     -
    Peru         Peru         PROPN NNP  10 poss     GPE
    's           's           PART  POS  8  case     -
    tariffs      tariff       NOUN  NNS  7  pobj     -
    .            .            PUNCT .    4  punct    -
    """


def test_a_mention_denied_relates_the_speaker_to_no_owner() -> None:
    """ "The Chilean minister made no mention of Peru's tariffs": no "not mention" edge to Peru."""
    reading = read(MENTION.format(det="no"))
    assert not any("mention" in r.predicate for r in reading.relations)


def test_a_mention_made_still_reads() -> None:
    """ "... made a mention of Peru's tariffs": only the denied mention is dropped."""
    reading = read(MENTION.format(det="a"))
    assert any("mention" in r.predicate and not r.negated for r in reading.relations)


OUT_OF_THE_QUESTION = """
    It           it           PRON  PRP  2  nsubj   -
    is           be           AUX   VBZ  0  ROOT    -
    {neg}
    out          out          ADP   IN   2  prep    -
    of           of           ADP   IN   {of} prep    -
    the          the          DET   DT   {the} det     -
    question     question     NOUN  NN   {q} pobj    -
    that         that         SCONJ IN   {v} mark    -
    Peru         Peru         PROPN NNP  {v} nsubj   GPE
    would        would        AUX   MD   {v} aux     -
    attack       attack       VERB  VB   {the} acl     -
    Chile        Chile        PROPN NNP  {v} dobj    GPE
    .            .            PUNCT .    2  punct   -
    """


def _out_of_the_question(denied: bool) -> str:
    shift = 1 if denied else 0
    neg = "not not PART RB 2 neg -" if denied else ""
    return OUT_OF_THE_QUESTION.format(neg=neg, of=3 + shift, the=6 + shift, q=4 + shift, v=10 + shift)


def test_out_of_the_question_that_is_a_possibility_denied() -> None:
    """ "It is out of the question that Peru would attack Chile": the phrase judges as "unlikely" does."""
    attacks = [r for r in read(_out_of_the_question(False)).relations if r.predicate == "attack"]
    assert attacks and all(r.negated and r.modality == "may" for r in attacks)


def test_not_out_of_the_question_that_is_a_possibility() -> None:
    """ "It is not out of the question that Peru would attack Chile": Peru may attack."""
    attacks = [r for r in read(_out_of_the_question(True)).relations if r.predicate == "attack"]
    assert attacks and all(not r.negated and r.modality == "may" for r in attacks)


def test_denied_evidence_ending_a_headline_does_not_reach_the_next_sentence() -> None:
    """ "Peru found no evidence" as a headline without its stop, then "Chile attacked Bolivia.": the
    attack is no content of the evidence."""
    reading = read("""
    Peru         Peru         PROPN NNP  2  nsubj   GPE
    found        find         VERB  VBD  0  ROOT    -
    no           no           DET   DT   4  det     -
    evidence     evidence     NOUN  NN   2  dobj    -
    Chile        Chile        PROPN NNP  6  nsubj   GPE
    attacked     attack       VERB  VBD  0  ROOT    -
    Bolivia      Bolivia      PROPN NNP  6  dobj    GPE
    .            .            PUNCT .    6  punct   -
    """)
    assert any(r.predicate == "attack" for r in reading.relations)


def test_no_sign_emerged_that_is_no_fact() -> None:
    """ "No sign emerged that Peru would attack Chile": the denied evidence is the subject of the verb
    its clause is put after."""
    reading = read("""
    No           no           DET   DT   2  det     -
    sign         sign         NOUN  NN   3  nsubj   -
    emerged      emerge       VERB  VBD  0  ROOT    -
    that         that         SCONJ IN   7  mark    -
    Peru         Peru         PROPN NNP  7  nsubj   GPE
    would        would        AUX   MD   7  aux     -
    attack       attack       VERB  VB   3  ccomp   -
    Chile        Chile        PROPN NNP  7  dobj    GPE
    .            .            PUNCT .    3  punct   -
    """)
    assert not any(r.predicate == "attack" for r in reading.relations)


def test_evidence_emerged_that_stays_a_fact() -> None:
    """ "Evidence emerged that Peru would attack Chile": evidence not denied leaves the clause read."""
    reading = read("""
    Evidence     evidence     NOUN  NN   2  nsubj   -
    emerged      emerge       VERB  VBD  0  ROOT    -
    that         that         SCONJ IN   6  mark    -
    Peru         Peru         PROPN NNP  6  nsubj   GPE
    would        would        AUX   MD   6  aux     -
    attack       attack       VERB  VB   2  ccomp   -
    Chile        Chile        PROPN NNP  6  dobj    GPE
    .            .            PUNCT .    2  punct   -
    """)
    assert any(r.predicate == "attack" for r in reading.relations)
