"""A commercial lender's loans are no aid (wave 93 G): "Kessel Union has about 300 mln dlrs in loans to
Brazil" tells a lender's business with Brazil, an economic exchange (061), as a firm's or a bank's loan is
(cameo.tsv agent=@lender rows); an organisation the text names that is no state's body and no international
body, with no sector of its own, lends as a firm does (arguments.sense_words @lender: the "Union" of its
name is no trade union). "The World Bank approved a loan to Peru" stays aid (07), as a state's loan does,
and so does a development bank or fund the list of international bodies does not know: "The Caspian
Development Bank lent 20 mln dlrs to Sudan" (words.tsv development_lender_words and _heads).
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences and the firm are
ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

LOANS_OF_A_FIRM = """
Kessel     Kessel     PROPN NNP  2  compound ORG
Union      Union      PROPN NNP  3  nsubj    I-ORG
has        have       VERB  VBZ  0  ROOT     -
about      about      ADV   RB   5  advmod   CARDINAL
300        300        NUM   CD   7  nummod   I-CARDINAL
mln        mln        NOUN  NN   7  compound -
dlrs       dlrs       NOUN  NN   3  dobj     -
in         in         ADP   IN   7  prep     -
loans      loan       NOUN  NNS  8  pobj     -
to         to         ADP   IN   9  prep     -
Brazil     Brazil     PROPN NNP  10 pobj     GPE
.          .          PUNCT .    3  punct    -
"""

LOAN_OF_A_DEVELOPMENT_BANK = """
The        the        DET   DT   3  det      ORG
World      World      PROPN NNP  3  compound I-ORG
Bank       Bank       PROPN NNP  4  nsubj    I-ORG
approved   approve    VERB  VBD  0  ROOT     -
a          a          DET   DT   6  det      -
loan       loan       NOUN  NN   4  dobj     -
to         to         ADP   IN   4  prep     -
Peru       Peru       PROPN NNP  7  pobj     GPE
.          .          PUNCT .    4  punct    -
"""

LOAN_OF_A_DEVELOPMENT_BANK_BY_ITS_NAME = """
The         the         DET   DT   4  det      ORG
Caspian     Caspian     PROPN NNP  4  compound I-ORG
Development Development PROPN NNP  4  compound I-ORG
Bank        Bank        PROPN NNP  5  nsubj    I-ORG
lent        lend        VERB  VBD  0  ROOT     -
20          20          NUM   CD   8  nummod   CARDINAL
mln         mln         NOUN  NN   8  amod     -
dlrs        dlrs        NOUN  NN   5  dobj     -
to          to          ADP   IN   5  prep     -
Sudan       Sudan       PROPN NNP  9  pobj     GPE
.           .           PUNCT .    5  punct    -
"""


def _roots(table: str) -> dict[tuple[str | None, str | None], set[str | None]]:
    reading = read_doc(parse(table), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    out: dict[tuple[str | None, str | None], set[str | None]] = {}
    for r in reading.relations:
        pair = (label.get(r.subject.entity_id), label.get(r.object.entity_id))
        out.setdefault(pair, set()).add(r.event_root)
    return out


def test_a_named_lenders_loans_are_business_and_a_development_banks_stay_aid() -> None:
    assert _roots(LOANS_OF_A_FIRM)[("Kessel Union", "Brazil")] == {"06"}
    assert _roots(LOAN_OF_A_DEVELOPMENT_BANK)[("World Bank", "Peru")] == {"07"}


def test_a_development_bank_by_its_name_lends_aid_not_business() -> None:
    assert _roots(LOAN_OF_A_DEVELOPMENT_BANK_BY_ITS_NAME)[("Caspian Development Bank", "Sudan")] == {"07"}
