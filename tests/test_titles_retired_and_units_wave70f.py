"""Wave 70 F: a body's unit stays in a title held at the body ("chairman of Acme's staff committee":
`chairperson of staff committee at Acme`); "retired" before a rank or title says a past office, like
"former" ("retired Navy Admiral X": `former admiral of Navy`, never a current one). Sentences of our own,
parses written by hand."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse


def test_retired_before_a_body_and_rank_is_a_past_office() -> None:
    reading = read_doc(
        parse("""
    The      the      DET   DT  2  det       -
    guns     gun      NOUN  NNS 4  nsubjpass -
    were     be       AUX   VBD 4  auxpass   -
    bought   buy      VERB  VBN 0  ROOT      -
    by       by       ADP   IN  4  agent     -
    retired  retire   VERB  VBN 12 amod      -
    Army     Army     PROPN NNP 8  compound  ORG
    Force    Force    PROPN NNP 12 compound  I-ORG
    major    major    ADJ   JJ  12 amod      -
    General  General  PROPN NNP 12 compound  -
    Tom      Tom      PROPN NNP 12 compound  PERSON
    Hale     Hale     PROPN NNP 5  pobj      I-PERSON
    .        .        PUNCT .   4  punct     -
    """),
        scope="hand-built",
    )
    assert facts(reading, "title") == {("Tom Hale", "former major general of", "Army Force")}


def test_retired_capitalised_before_a_rank_is_a_past_office() -> None:
    reading = read_doc(
        parse("""
    Retired  retired  ADJ   JJ  5 amod     -
    Navy     Navy     PROPN NNP 5 compound ORG
    Admiral  Admiral  PROPN NNP 5 compound -
    Tom      Tom      PROPN NNP 5 compound PERSON
    Hale     Hale     PROPN NNP 6 nsubj    I-PERSON
    met      meet     VERB  VBD 0 ROOT     -
    the      the      DET   DT  8 det      -
    senator  senator  NOUN  NN  6 dobj     -
    .        .        PUNCT .   6 punct    -
    """),
        scope="hand-built",
    )
    assert ("Tom Hale", "former admiral of", "Navy") in facts(reading, "title")


def test_the_chair_of_a_firms_committee_keeps_the_committee_in_the_title() -> None:
    """ "X, the chairman of Acme's staff committee": he chairs the committee, a unit of Acme, not Acme."""
    reading = read_doc(
        parse("""
    Karl      Karl      PROPN NNP 2  compound PERSON
    Brandt    Brandt    PROPN NNP 12 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    the       the       DET   DT  5  det      -
    chairman  chairman  NOUN  NN  2  appos    -
    of        of        ADP   IN  5  prep     -
    Acme      Acme      PROPN NNP 10 poss     ORG
    's        's        PART  POS 7  case     -
    staff     staff     NOUN  NN  10 compound -
    committee committee NOUN  NN  6  pobj     -
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  14 det      -
    talks     talk      NOUN  NNS 15 nsubj    -
    failed    fail      VERB  VBD 12 ccomp    -
    .         .         PUNCT .   12 punct    -
    """),
        scope="hand-built",
    )
    assert facts(reading, "title") == {("Karl Brandt", "chairperson of staff committee at", "Acme")}


def test_a_body_after_the_portfolio_of_a_title_owns_the_title() -> None:
    """ "X, deputy director for trade policy at the Ministry of Finance": the parse hangs "at" on the
    portfolio; the ministry still owns the title (never the story's state)."""
    reading = read_doc(
        parse("""
    Akira     Akira     PROPN NNP 2  compound PERSON
    Sato      Sato      PROPN NNP 15 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    deputy    deputy    NOUN  NN  5  compound -
    director  director  NOUN  NN  2  appos    -
    for       for       ADP   IN  5  prep     -
    trade     trade     NOUN  NN  8  compound -
    policy    policy    NOUN  NN  6  pobj     -
    at        at        ADP   IN  8  prep     -
    the       the       DET   DT  11 det      ORG
    Ministry  Ministry  PROPN NNP 9  pobj     I-ORG
    of        of        ADP   IN  11 prep     I-ORG
    Finance   Finance   PROPN NNP 12 pobj     I-ORG
    ,         ,         PUNCT ,   2  punct    -
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  17 det      -
    talks     talk      NOUN  NNS 18 nsubj    -
    failed    fail      VERB  VBD 15 ccomp    -
    .         .         PUNCT .   15 punct    -
    """),
        scope="hand-built",
    )
    assert facts(reading, "title") == {("Akira Sato", "deputy director at", "Ministry of Finance")}
