"""Wave 119 G: event codes of receptions, missed meetings and planned arrivals. Each test states its parse by
hand (tests/hand_docs.py); the sentences and names are ours.

- "X's offer met a frosty reception from Y": how words are received by others (cameo.tsv "meet
  object=reception"), no meeting (04) between the owner of the words and whoever received them.
- "Peru gave Chile a frosty (cool, hostile) reception": a cold reception given (objects._rebuff, class
  @rebuff) disapproves (110); a warm one stays no event, as any reception given is no aid.
- "X misses an address to delegates from Y", "X skipped the meeting with Y": a meeting (a speech) not
  attended is no consultation; the noun missed lends the verb no code (cameo.tsv miss, skip).
- "President X is due in Chile next week": a person due in a place will arrive there, read as "arrive in"
  is (a visit, 042, to another state or its capital; modality "will"); the official's own state is none.
- A title line that opens with a bare verb in the imperative, then "X tells Y" ("Drop 'levy' plan Rojas tells
  Chile"): Y is told to do it, an appeal (02), as "told Chile to drop the plan" is; a headline that opens
  with a clause of its own ("Trade 'war' looms, Rojas tells Chile") stays a statement.
"""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import facts_with_roots, read_modal_acts, with_title_line

# "Mr Kowalski's offer met a frosty reception from Mr Dlamini."
_MET_RECEPTION = """
Mr        Mr        PROPN NNP 2  compound -
Kowalski  Kowalski  PROPN NNP 4  poss     PERSON
's        's        PART  POS 2  case     -
offer     offer     NOUN  NN  5  nsubj    -
met       meet      VERB  VBD 0  ROOT     -
a         a         DET   DT  8  det      -
frosty    frosty    ADJ   JJ  8  amod     -
reception reception NOUN  NN  5  dobj     -
from      from      ADP   IN  8  prep     -
Mr        Mr        PROPN NNP 11 compound -
Dlamini   Dlamini   PROPN NNP 9  pobj     PERSON
.         .         PUNCT .   5  punct    -
"""


def test_words_meeting_a_reception_are_no_meeting() -> None:
    roots = {f[3] for f in facts_with_roots(_MET_RECEPTION) if f[1].startswith("meet")}
    assert "04" not in roots


# "Peru gave Chile a frosty reception."
_FROSTY = """
Peru      Peru      PROPN NNP 2 nsubj  GPE
gave      give      VERB  VBD 0 ROOT   -
Chile     Chile     PROPN NNP 2 dative GPE
a         a         DET   DT  6 det    -
frosty    frosty    ADJ   JJ  6 amod   -
reception reception NOUN  NN  2 dobj   -
.         .         PUNCT .   2 punct  -
"""


def test_a_frosty_reception_given_disapproves() -> None:
    assert {f[3] for f in facts_with_roots(_FROSTY) if f[0] == "Peru" and f[2] == "Chile"} == {"11"}


def test_a_warm_reception_given_is_no_disapproval() -> None:
    warm = _FROSTY.replace("frosty    frosty ", "warm      warm   ")
    assert {f[3] for f in facts_with_roots(warm) if f[0] == "Peru" and f[2] == "Chile"} <= {None}


# "Mr Kowalski misses an address to delegates from Mr Dlamini."
_MISS_ADDRESS = """
Mr        Mr        PROPN NNP 2  compound -
Kowalski  Kowalski  PROPN NNP 3  nsubj    PERSON
misses    miss      VERB  VBZ 0  ROOT     -
an        an        DET   DT  5  det      -
address   address   NOUN  NN  3  dobj     -
to        to        ADP   IN  5  prep     -
delegates delegate  NOUN  NNS 6  pobj     -
from      from      ADP   IN  5  prep     -
Mr        Mr        PROPN NNP 10 compound -
Dlamini   Dlamini   PROPN NNP 8  pobj     PERSON
.         .         PUNCT .   3  punct    -
"""


def test_an_address_missed_is_no_consultation() -> None:
    """Nor a statement (the address's own 010): the one who misses it says nothing to the speaker."""
    missed = facts_with_roots(_MISS_ADDRESS)
    assert {f[3] for f in missed if f[0] == "Kowalski" and f[2] == "Dlamini"} == {None}


# "Chile skipped the meeting with Peru."
_SKIPPED = """
Chile   Chile   PROPN NNP 2 nsubj GPE
skipped skip    VERB  VBD 0 ROOT  -
the     the     DET   DT  4 det   -
meeting meeting NOUN  NN  2 dobj  -
with    with    ADP   IN  4 prep  -
Peru    Peru    PROPN NNP 5 pobj  GPE
.       .       PUNCT .   2 punct -
"""


def test_a_meeting_skipped_is_no_consultation() -> None:
    assert {f[3] for f in facts_with_roots(_SKIPPED) if f[0] == "Chile" and f[2] == "Peru"} == {None}


# "Peruvian President Ana Rojas is due in Chile next week."
_DUE_IN = """
Peruvian  peruvian  ADJ   JJ  2  amod     NORP
President President PROPN NNP 4  compound -
Ana       Ana       PROPN NNP 4  compound PERSON
Rojas     Rojas     PROPN NNP 5  nsubj    I-PERSON
is        be        AUX   VBZ 0  ROOT     -
due       due       ADJ   JJ  5  acomp    -
in        in        ADP   IN  6  prep     -
Chile     Chile     PROPN NNP 7  pobj     GPE
next      next      ADJ   JJ  10 amod     DATE
week      week      NOUN  NN  6  npadvmod I-DATE
.         .         PUNCT .   5  punct    -
"""


def test_an_official_due_in_another_state_will_visit_it() -> None:
    acts = read_modal_acts(_DUE_IN)
    assert any(a[0] == "Ana Rojas" and a[2] == "Chile" and a[3] == "04" and a[4] == "will" for a in acts)


def test_an_official_due_in_her_own_state_visits_none() -> None:
    home = _DUE_IN.replace("Chile     Chile ", "Peru      Peru  ")
    assert not any(a[2] == "Peru" and a[3] == "04" for a in read_modal_acts(home))


# "Drop 'levy' plan Rojas tells Chile" as a title line, then "Rojas spoke." (the tagger took "Drop" for a
# noun, as it does with a headline's bare verb)
_IMPERATIVE_HEADLINE = """
Drop   drop   NOUN  NN  5  nmod     -
'      '      PUNCT ``  3  punct    -
levy   levy   NOUN  NN  5  nmod     -
'      '      PUNCT ''  5  punct    -
plan   plan   NOUN  NN  7  nsubj    -
Rojas  Rojas  PROPN NNP 7  nsubj    PERSON
tells  tell   VERB  VBZ 0  ROOT     -
Chile  Chile  PROPN NNP 7  dobj     GPE
¶      ¶      SPACE _SP 8  dep      -
Rojas  Rojas  PROPN NNP 11 nsubj    PERSON
spoke  speak  VERB  VBD 0  ROOT     -
.      .      PUNCT .   11 punct    -
"""


def _tell_roots(table: str) -> set[str | None]:
    reading = read_doc(with_title_line(table), scope="hand-built")
    return {r.event_root for r in reading.relations if r.predicate == "tell"}


def test_an_imperative_headline_told_to_a_party_appeals_to_it() -> None:
    assert _tell_roots(_IMPERATIVE_HEADLINE) == {"02"}


def test_a_headline_opening_with_a_clause_of_its_own_tells_a_statement() -> None:
    """ "Trade 'war' looms Rojas tells Chile": the opening words have a finite verb, no imperative."""
    clause = _IMPERATIVE_HEADLINE.replace("Drop   drop ", "Trade  trade")
    clause = clause.replace("plan   plan   NOUN  NN  7  nsubj", "looms  loom   VERB  VBZ 7  ccomp")
    assert _tell_roots(clause) == {"01"}
