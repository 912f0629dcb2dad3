"""Wave 101 H: a party challenged to do something, in a "to" infinitive, is demanded of (CAMEO 10: cameo.tsv
challenge to-infinitive); a claim that blames a party's conduct by an adverb of excess or of needlessness
("keeps the reins too short", "unnecessarily short", "overly cautious") criticises it (words.tsv
excess_adverbs, negative_words), where "too early to judge" does not; an unnamed source's phrase set off
after the reported clause is the subject of the verb of speech (geokg_closing_speakers), and a source close
to a state speaks for no state. Each test states its parse by hand (tests/hand_docs.py); the sentences and
names are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import closing_speakers
from geokg.extract.pipeline import read_doc
from hand_docs import parse, read_triples, roots_between

# "Rebel leader Juan Cruz challenged Chile, which controls the port, to match his offer."
_CHALLENGED = """
Rebel       rebel       NOUN  NN   2  compound -
leader      leader      NOUN  NN   4  compound -
Juan        Juan        PROPN NNP  4  compound PERSON
Cruz        Cruz        PROPN NNP  5  nsubj    I-PERSON
challenged  challenge   VERB  VBD  0  ROOT     -
Chile       Chile       PROPN NNP  5  dobj     GPE
,           ,           PUNCT ,    6  punct    -
which       which       PRON  WDT  9  nsubj    -
controls    control     VERB  VBZ  6  relcl    -
the         the         DET   DT   11 det      -
port        port        NOUN  NN   9  dobj     -
,           ,           PUNCT ,    6  punct    -
to          to          PART  TO   14 aux      -
match       match       VERB  VB   5  xcomp    -
his         his         PRON  PRP$ 16 poss     -
offer       offer       NOUN  NN   14 dobj     -
.           .           PUNCT .    5  punct    -
"""


def test_a_party_challenged_to_act_is_demanded_of() -> None:
    assert roots_between(_CHALLENGED, "Juan Cruz", "Chile") == {"10"}


def _keeps(adverb: str) -> str:
    """ "Chile says Acme Bank keeps the reins <adverb> short." """
    return f"""
Chile       Chile       PROPN NNP  2  nsubj    GPE
says        say         VERB  VBZ  0  ROOT     -
Acme        Acme        PROPN NNP  4  compound ORG
Bank        Bank        PROPN NNP  5  nsubj    I-ORG
keeps       keep        VERB  VBZ  2  ccomp    -
the         the         DET   DT   7  det      -
reins       rein        NOUN  NNS  5  dobj     -
{adverb}    {adverb}    ADV   RB   9  advmod   -
short       short       ADJ   JJ   5  oprd     -
.           .           PUNCT .    2  punct    -
"""


# "Chile said Acme Bank was overly cautious." blames; "… was too early to judge.", "… was too big for a sale."
# measure an excess against a purpose, and blame nobody
def _was(adverb: str, tail: str) -> str:
    rows = f"""
Chile       Chile       PROPN NNP  2  nsubj    GPE
said        say         VERB  VBD  0  ROOT     -
Acme        Acme        PROPN NNP  4  compound ORG
Bank        Bank        PROPN NNP  5  nsubj    I-ORG
was         be          AUX   VBD  2  ccomp    -
{adverb}    {adverb}    ADV   RB   7  advmod   -
{tail}      {tail}      ADJ   JJ   5  acomp    -
"""
    if tail == "big":
        rows += """
for         for         ADP   IN   7  prep     -
a           a           DET   DT   10 det      -
sale        sale        NOUN  NN   8  pobj     -
.           .           PUNCT .    2  punct    -
"""
    elif tail == "early":
        rows += """
to          to          PART  TO   9  aux      -
judge       judge       VERB  VB   7  xcomp    -
.           .           PUNCT .    2  punct    -
"""
    else:
        rows += """
.           .           PUNCT .    2  punct    -
"""
    return rows


def test_a_claim_blaming_by_excess_or_needlessness_criticises() -> None:
    assert ("Chile", "criticise", "Acme Bank") in read_triples(_keeps("too"))
    assert ("Chile", "criticise", "Acme Bank") in read_triples(_keeps("unnecessarily"))
    assert ("Chile", "criticise", "Acme Bank") in read_triples(_was("overly", "cautious"))
    assert ("Chile", "criticise", "Acme Bank") not in read_triples(_was("too", "early"))
    assert ("Chile", "criticise", "Acme Bank") not in read_triples(_was("too", "big"))


# "Peru will buy wheat from Chile, a source close to the Peruvian delegation said.", the source's phrase
# hung by the parser as the apposition of "Chile", "said" with no subject
_SOURCE_AFTER = """
Peru        Peru        PROPN NNP  3  nsubj    GPE
will        will        AUX   MD   3  aux      -
buy         buy         VERB  VB   15 ccomp    -
wheat       wheat       NOUN  NN   3  dobj     -
from        from        ADP   IN   3  prep     -
Chile       Chile       PROPN NNP  5  pobj     GPE
,           ,           PUNCT ,    6  punct    -
a           a           DET   DT   9  det      -
source      source      NOUN  NN   6  appos    -
close       close       ADJ   JJ   9  amod     -
to          to          ADP   IN   10 prep     -
the         the         DET   DT   14 det      -
Peruvian    peruvian    ADJ   JJ   14 amod     NORP
delegation  delegation  NOUN  NN   11 pobj     -
said        say         VERB  VBD  0  ROOT     -
.           .           PUNCT .    15 punct    -
"""


def test_an_unnamed_source_after_the_clause_is_the_speaker_and_speaks_for_no_state() -> None:
    doc = closing_speakers(parse(_SOURCE_AFTER))
    said, source = doc[14], doc[8]
    assert (source.head.i, source.dep_) == (said.i, "nsubj")
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    bought = [r for r in reading.relations if label[r.subject.entity_id] == "Peru" and "buy" in r.predicate]
    assert bought
    assert all(r.attributed_to is not None and r.attributed_to.startswith("source:") for r in bought)
