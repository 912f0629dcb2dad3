"""Documents and descriptions taken for actors (wave 116 G): a government's paper or set-piece statement ("the
Green Paper", "the King's Speech") and a law's, a treaty's or a budget's word written alone after an article
or an owner ("the Treaty", "her Budget") are documents (EVENT, as laws are), never actors, so never the
subject of a fact; a firm's trade noun after a state's word ("Chilean winemaker X") gives the firm its
country and no title of the state; and brands said in the plural of a firm ("X, the distiller behind the A
and B brands") are the firm's, not the firm theirs. Each test states its parse by hand (tests/hand_docs.py);
the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

# "Minister Alan Dorsey unveiled the Green Paper on ferries."
GREEN_PAPER = """
Minister  Minister  PROPN NNP  3  compound  -
Alan      Alan      PROPN NNP  3  compound  PERSON
Dorsey    Dorsey    PROPN NNP  4  nsubj     I-PERSON
unveiled  unveil    VERB  VBD  0  ROOT      -
the       the       DET   DT   7  det       -
Green     Green     PROPN NNP  7  compound  ORG
Paper     Paper     PROPN NNP  4  dobj      I-ORG
on        on        ADP   IN   7  prep      -
ferries   ferry     NOUN  NNS  8  pobj      -
.         .         PUNCT .    4  punct     -
"""

# "Ministers praised the King's Speech."  (the tagger found "Speech" alone)
KINGS_SPEECH = """
Ministers  minister  NOUN  NNS  2  nsubj  -
praised    praise    VERB  VBD  0  ROOT   -
the        the       DET   DT   4  det    -
King       King      PROPN NNP  6  poss   -
's         's        PART  POS  4  case   -
Speech     Speech    PROPN NNP  2  dobj   ORG
.          .         PUNCT .    2  punct  -
"""

# "Farmers in Norway must ratify the Treaty creating a fund for the Arctic Council."
TREATY_ALONE = """
Farmers   farmer    NOUN  NNS  5  nsubj     -
in        in        ADP   IN   1  prep      -
Norway    Norway    PROPN NNP  2  pobj      GPE
must      must      AUX   MD   5  aux       -
ratify    ratify    VERB  VB   0  ROOT      -
the       the       DET   DT   7  det       -
Treaty    Treaty    PROPN NNP  5  dobj      ORG
creating  create    VERB  VBG  7  acl       -
a         a         DET   DT   10 det       -
fund      fund      NOUN  NN   8  dobj      -
for       for       ADP   IN   10 prep      -
the       the       DET   DT   14 det       -
Arctic    Arctic    PROPN NNP  14 compound  ORG
Council   Council   PROPN NNP  11 pobj      I-ORG
.         .         PUNCT .    5  punct     -
"""

# "Ann Vale told MPs a new Green Paper was a ploy."
SAID_OF_A_PAPER = """
Ann    Ann    PROPN NNP  2  compound  PERSON
Vale   Vale   PROPN NNP  3  nsubj     I-PERSON
told   tell   VERB  VBD  0  ROOT      -
MPs    MP     PROPN NNPS 3  dobj      -
a      a      DET   DT   8  det       -
new    new    ADJ   JJ   8  amod      -
Green  Green  PROPN NNP  8  compound  ORG
Paper  Paper  PROPN NNP  9  nsubj     I-ORG
was    be     AUX   VBD  3  ccomp     -
a      a      DET   DT   11 det       -
ploy   ploy   NOUN  NN   9  attr      -
.      .      PUNCT .    3  punct     -
"""

# "Oji Paper bought a mill."  (a firm whose name ends in "Paper")
PAPER_FIRM = """
Oji     Oji     PROPN NNP  2  compound  ORG
Paper   Paper   PROPN NNP  3  nsubj     I-ORG
bought  buy     VERB  VBD  0  ROOT      -
a       a       DET   DT   5  det       -
mill    mill    NOUN  NN   3  dobj      -
.       .       PUNCT .    3  punct     -
"""

# "Chilean winemaker Vinalta raised its prices."
WINEMAKER = """
Chilean    chilean    ADJ   JJ   2  amod      NORP
winemaker  winemaker  NOUN  NN   3  compound  -
Vinalta    Vinalta    PROPN NNP  4  nsubj     ORG
raised     raise      VERB  VBD  0  ROOT      -
its        its        PRON  PRP$ 6  poss      -
prices     price      NOUN  NNS  4  dobj      -
.          .          PUNCT .    4  punct     -
"""

# "Fenwick bought a stake in Tallis, the Dutch distiller behind the Vaska, Orrin and Brevik brands."
# (the parser's reading: "brands" coordinated onto the description, the brands' names split up)
BRANDS_BEHIND = """
Fenwick    Fenwick    PROPN NNP  2  nsubj     ORG
bought     buy        VERB  VBD  0  ROOT      -
a          a          DET   DT   4  det       -
stake      stake      NOUN  NN   2  dobj      -
in         in         ADP   IN   4  prep      -
Tallis     Tallis     PROPN NNP  5  pobj      ORG
,          ,          PUNCT ,    6  punct     -
the        the        DET   DT   10 det       -
Dutch      dutch      ADJ   JJ   10 amod      NORP
distiller  distiller  NOUN  NN   6  appos     -
behind     behind     ADP   IN   10 prep      -
the        the        DET   DT   13 det       -
Vaska      Vaska      PROPN NNPS 11 pobj      LOC
,          ,          PUNCT ,    10 punct     -
Orrin      Orrin      PROPN NNPS 10 conj      NORP
and        and        CCONJ CC   15 cc        -
Brevik     Brevik     PROPN NNP  18 compound  ORG
brands     brand      NOUN  NNS  15 conj      -
.          .          PUNCT .    2  punct     -
"""

# "Brevik, a Tallis brand, sold well."
ONE_BRAND = """
Brevik  Brevik  PROPN NNP  7  nsubj     ORG
,       ,       PUNCT ,    1  punct     -
a       a       DET   DT   5  det       -
Tallis  Tallis  PROPN NNP  5  compound  ORG
brand   brand   NOUN  NN   1  appos     -
,       ,       PUNCT ,    1  punct     -
sold    sell    VERB  VBD  0  ROOT      -
well    well    ADV   RB   7  advmod    -
.       .       PUNCT .    7  punct     -
"""


def _type(table: str, label: str) -> str:
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity.type


def test_a_government_paper_is_a_document_not_an_organisation() -> None:
    assert _type(GREEN_PAPER, "Green Paper") == "EVENT"


def test_a_speech_of_state_found_by_its_last_word_is_the_whole_document() -> None:
    assert _type(KINGS_SPEECH, "King's Speech") == "EVENT"


def test_a_treaty_written_alone_is_a_document_and_acts_on_nothing() -> None:
    assert _type(TREATY_ALONE, "Treaty") == "EVENT"
    assert not any(fact[0] == "Treaty" for fact in read_triples(TREATY_ALONE))


def test_a_claim_about_a_new_paper_is_said_of_the_paper() -> None:
    """Not an event in prospect ("a deal is near"): the paper there is is what the claim is about."""
    reading = read(SAID_OF_A_PAPER)
    types = {e.label: e.type for e in reading.entities.entities()}
    assert ("Ann Vale", "say", "Green Paper") in read_triples(SAID_OF_A_PAPER)
    assert types["Green Paper"] == "EVENT"


def test_a_firm_named_like_a_paper_stays_a_firm() -> None:
    assert _type(PAPER_FIRM, "Oji Paper") == "ORG"


def test_a_trade_noun_after_a_state_word_gives_the_firm_its_country_and_no_title() -> None:
    reading = read(WINEMAKER)
    assert country_of(reading, "Vinalta") == "CHL"
    assert not any(fact[0] == "Vinalta" and fact[2] == "Chile" for fact in read_triples(WINEMAKER))


def test_brands_said_in_the_plural_of_a_firm_are_the_firms() -> None:
    triples = read_triples(BRANDS_BEHIND)
    assert ("Brevik", "brand of", "Tallis") in triples
    assert ("Tallis", "brand of", "Brevik") not in triples


def test_a_name_apposed_to_a_firms_brand_is_that_firms_brand() -> None:
    assert ("Brevik", "brand of", "Tallis") in read_triples(ONE_BRAND)
