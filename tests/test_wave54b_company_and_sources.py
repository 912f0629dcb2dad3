"""Wave 54 B: whom "the company" and an unnamed government source stand for. "The company also said" goes on
with the speaker of the report before, not with a firm named inside it; a story's main firm (the subject of
its first sentence) is "the company" over firms named only as objects. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

# "Norvane Chemical Corp said that Tasker Resins, its largest customer, had cancelled orders."
_NORVANE_SAID = """
    Norvane      Norvane      PROPN NNP  3   compound ORG
    Chemical     Chemical     PROPN NNP  3   compound I-ORG
    Corp         Corp         PROPN NNP  4   nsubj    I-ORG
    said         say          VERB  VBD  0   ROOT     -
    that         that         SCONJ IN   14  mark     -
    Tasker       Tasker       PROPN NNP  7   compound ORG
    Resins       Resins       PROPN NNP  14  nsubj    I-ORG
    ,            ,            PUNCT ,    7   punct    -
    its          its          PRON  PRP$ 11  poss     -
    largest      large        ADJ   JJS  11  amod     -
    customer     customer     NOUN  NN   7   appos    -
    ,            ,            PUNCT ,    7   punct    -
    had          have         AUX   VBD  14  aux      -
    cancelled    cancel       VERB  VBN  4   ccomp    -
    orders       order        NOUN  NNS  14  dobj     -
    .            .            PUNCT .    4   punct    -
"""


def test_the_company_that_also_says_goes_on_with_the_speaker_before() -> None:
    reading = read(
        _NORVANE_SAID
        + """
    The          the          DET   DT   18  det      -
    company      company      NOUN  NN   20  nsubj    -
    also         also         ADV   RB   20  advmod   -
    said         say          VERB  VBD  0   ROOT     -
    Pellar       Pellar       PROPN NNP  23  compound ORG
    Plastics     Plastics     PROPN NNPS 23  compound I-ORG
    Co           Co           PROPN NNP  24  nsubj    I-ORG
    refused      refuse       VERB  VBD  20  ccomp    -
    to           to           PART  TO   26  aux      -
    pay          pay          VERB  VB   24  xcomp    -
    a            a            DET   DT   28  det      -
    debt         debt         NOUN  NN   26  dobj     -
    .            .            PUNCT .    20  punct    -
    """
    )
    said = facts(reading, "speech_content")
    assert ("Norvane Chemical Corp", "say", "Pellar Plastics Co") in said
    assert not any(f[0] == "Tasker Resins" for f in said)


def test_the_company_is_the_first_sentences_subject_over_a_firm_named_as_its_object() -> None:
    reading = read("""
    Norvane      Norvane      PROPN NNP  3   compound ORG
    Chemical     Chemical     PROPN NNP  3   compound I-ORG
    Corp         Corp         PROPN NNP  4   nsubj    I-ORG
    sued         sue          VERB  VBD  0   ROOT     -
    Tasker       Tasker       PROPN NNP  6   compound ORG
    Resins       Resins       PROPN NNP  4   dobj     I-ORG
    on           on           ADP   IN   4   prep     -
    Friday       Friday       PROPN NNP  7   pobj     DATE
    .            .            PUNCT .    4   punct    -
    The          the          DET   DT   11  det      -
    company      company      NOUN  NN   12  nsubj    -
    said         say          VERB  VBD  0   ROOT     -
    Pellar       Pellar       PROPN NNP  15  compound ORG
    Plastics     Plastics     PROPN NNPS 15  compound I-ORG
    Co           Co           PROPN NNP  17  nsubj    I-ORG
    had          have         AUX   VBD  17  aux      -
    refused      refuse       VERB  VBN  12  ccomp    -
    to           to           PART  TO   19  aux      -
    pay          pay          VERB  VB   17  xcomp    -
    a            a            DET   DT   21  det      -
    debt         debt         NOUN  NN   19  dobj     -
    .            .            PUNCT .    12  punct    -
    """)
    assert ("Norvane Chemical Corp", "say", "Pellar Plastics Co") in facts(reading, "speech_content")


def test_the_company_stays_unresolved_when_the_other_firm_was_a_subject_too() -> None:
    reading = read("""
    Norvane      Norvane      PROPN NNP  3   compound ORG
    Chemical     Chemical     PROPN NNP  3   compound I-ORG
    Corp         Corp         PROPN NNP  4   nsubj    I-ORG
    sued         sue          VERB  VBD  0   ROOT     -
    Tasker       Tasker       PROPN NNP  6   compound ORG
    Resins       Resins       PROPN NNP  4   dobj     I-ORG
    .            .            PUNCT .    4   punct    -
    Tasker       Tasker       PROPN NNP  9   compound ORG
    Resins       Resins       PROPN NNP  10  nsubj    I-ORG
    appealed     appeal       VERB  VBD  0   ROOT     -
    .            .            PUNCT .    10  punct    -
    The          the          DET   DT   13  det      -
    company      company      NOUN  NN   14  nsubj    -
    said         say          VERB  VBD  0   ROOT     -
    Pellar       Pellar       PROPN NNP  17  compound ORG
    Plastics     Plastics     PROPN NNPS 17  compound I-ORG
    Co           Co           PROPN NNP  18  nsubj    I-ORG
    refused      refuse       VERB  VBD  14  ccomp    -
    to           to           PART  TO   20  aux      -
    pay          pay          VERB  VB   18  xcomp    -
    a            a            DET   DT   22  det      -
    debt         debt         NOUN  NN   20  dobj     -
    .            .            PUNCT .    14  punct    -
    """)
    assert not facts(reading, "speech_content")


def test_an_unnamed_government_source_of_a_states_act_is_that_states() -> None:
    """ "Chile told Peru it would close the border if Peru raises its fees, a senior government official
    said": Peru, the story's most named state, is only the hearer and named in the condition; the official
    who reports Chile's act is Chile's."""
    reading = read("""
    Chile        Chile        PROPN NNP  2   nsubj    GPE
    told         tell         VERB  VBD  19  ccomp    -
    Peru         Peru         PROPN NNP  2   dobj     GPE
    it           it           PRON  PRP  6   nsubj    -
    would        would        AUX   MD   6   aux      -
    close        close        VERB  VB   2   ccomp    -
    the          the          DET   DT   8   det      -
    border       border       NOUN  NN   6   dobj     -
    if           if           SCONJ IN   11  mark     -
    Peru         Peru         PROPN NNP  11  nsubj    GPE
    raises       raise        VERB  VBZ  6   advcl    -
    its          its          PRON  PRP$ 13  poss     -
    fees         fee          NOUN  NNS  11  dobj     -
    ,            ,            PUNCT ,    19  punct    -
    a            a            DET   DT   18  det      -
    senior       senior       ADJ   JJ   18  amod     -
    government   government   NOUN  NN   18  compound -
    official     official     NOUN  NN   19  nsubj    -
    said         say          VERB  VBD  0   ROOT     -
    .            .            PUNCT .    19  punct    -
    """)
    told = [r for r in reading.relations if r.predicate == "tell"]
    assert told and {r.attributed_to for r in told} == {"country:CHL"}


# "Chilean officials met in Santiago. Chile raised its copper output. Peru's mining agency Minperu has the
# backing of the government, since copper was named by the energy ministry as one of the country's key
# exports." Chile is the story's state; the last sentence is about a body of Peru.
_MINPERU = """
    Chilean      chilean      ADJ   JJ   2   amod      NORP
    officials    official     NOUN  NNS  3   nsubj     -
    met          meet         VERB  VBD  0   ROOT      -
    in           in           ADP   IN   3   prep      -
    Santiago     Santiago     PROPN NNP  4   pobj      GPE
    .            .            PUNCT .    3   punct     -
    Chile        Chile        PROPN NNP  8   nsubj     GPE
    raised       raise        VERB  VBD  0   ROOT      -
    its          its          PRON  PRP$ 11  poss      -
    copper       copper       NOUN  NN   11  compound  -
    output       output       NOUN  NN   8   dobj      -
    .            .            PUNCT .    8   punct     -
    Peru         Peru         PROPN NNP  16  poss      GPE
    's           's           PART  POS  13  case      -
    mining       mining       NOUN  NN   16  compound  -
    agency       agency       NOUN  NN   18  nsubj     -
    Minperu      Minperu      PROPN NNP  16  appos     ORG
    has          have         VERB  VBZ  0   ROOT      -
    the          the          DET   DT   20  det       -
    backing      backing      NOUN  NN   18  dobj      -
    of           of           ADP   IN   20  prep      -
    the          the          DET   DT   23  det       -
    government   government   NOUN  NN   21  pobj      -
    ,            ,            PUNCT ,    18  punct     -
    since        since        SCONJ IN   28  mark      -
    copper       copper       NOUN  NN   28  nsubjpass -
    was          be           AUX   VBD  28  auxpass   -
    named        name         VERB  VBN  18  advcl     -
    by           by           ADP   IN   28  agent     -
    the          the          DET   DT   32  det       ORG
    energy       energy       NOUN  NN   32  compound  I-ORG
    ministry     ministry     PROPN NNP  29  pobj      I-ORG
    as           as           ADP   IN   28  prep      -
    one          one          NUM   CD   33  pobj      -
    of           of           ADP   IN   34  prep      -
    the          the          DET   DT   37  det       -
    country      country      NOUN  NN   40  poss      -
    's           's           PART  POS  37  case      -
    key          key          ADJ   JJ   40  amod      -
    exports      export       NOUN  NNS  35  pobj      -
    .            .            PUNCT .    18  punct     -
"""


def test_the_government_in_a_sentence_about_one_states_body_is_that_states() -> None:
    reading = read(_MINPERU)
    backing = {(s, o) for s, p, o in facts(reading, "received") if p == "back"}
    assert backing == {("Peru", "Minperu")}


def test_as_one_of_a_kind_names_no_party() -> None:
    reading = read(_MINPERU)
    assert not [r for r in reading.relations if " as " in f" {r.predicate} "]


def test_the_company_that_also_says_is_nobody_after_another_firms_deed() -> None:
    """ "… Tasker Resins sued Norvane. The company also said …": the nearest sentence about a firm that may
    be "the company" tells of a deed, not a report: whose report goes on is not sure."""
    reading = read(
        _NORVANE_SAID
        + """
    Tasker       Tasker       PROPN NNP  18  compound ORG
    Resins       Resins       PROPN NNP  19  nsubj    I-ORG
    sued         sue          VERB  VBD  0   ROOT     -
    Norvane      Norvane      PROPN NNP  22  compound ORG
    Chemical     Chemical     PROPN NNP  22  compound I-ORG
    Corp         Corp         PROPN NNP  19  dobj     I-ORG
    .            .            PUNCT .    19  punct    -
    The          the          DET   DT   25  det      -
    company      company      NOUN  NN   27  nsubj    -
    also         also         ADV   RB   27  advmod   -
    said         say          VERB  VBD  0   ROOT     -
    Pellar       Pellar       PROPN NNP  30  compound ORG
    Plastics     Plastics     PROPN NNPS 30  compound I-ORG
    Co           Co           PROPN NNP  31  nsubj    I-ORG
    refused      refuse       VERB  VBD  27  ccomp    -
    to           to           PART  TO   33  aux      -
    pay          pay          VERB  VB   31  xcomp    -
    a            a            DET   DT   35  det      -
    debt         debt         NOUN  NN   33  dobj     -
    .            .            PUNCT .    27  punct    -
    """
    )
    assert not [f for f in facts(reading, "speech_content") if f[2] == "Pellar Plastics Co"]


def test_the_government_after_a_thing_a_state_owns_is_the_storys() -> None:
    """ "… Peru's copper surplus has the attention of the government": the subject is Peru's thing, not
    Peru or a body of it; the government stays the story's (Chile's)."""
    reading = read(
        _MINPERU.split("    Peru ")[0]
        + """
    Peru         Peru         PROPN NNP  16  poss     GPE
    's           's           PART  POS  13  case     -
    copper       copper       NOUN  NN   16  compound -
    surplus      surplus      NOUN  NN   17  nsubj    -
    has          have         VERB  VBZ  0   ROOT     -
    the          the          DET   DT   19  det      -
    attention    attention    NOUN  NN   17  dobj     -
    of           of           ADP   IN   19  prep     -
    the          the          DET   DT   22  det      -
    government   government   NOUN  NN   20  pobj     -
    .            .            PUNCT .    17  punct    -
    """
    )
    assert reading.entities.entity_id_at(21) == "country:CHL"
