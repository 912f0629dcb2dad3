"""Action by force, calls paid and responses by force (sentences of our own, parsed by hand):

- "took military (defensive, armed) action against X" is force (19), read off the light verb's noun with
  the word before it; "took action against X" (a suit, a trade measure) has no root, "took legal action
  against X" is a suit (115, root 11: wave 113 F); reached through "in
  response to X's attack", the action is still the deed done against X;
- "paid a (courtesy) call on President X" is a visit (042, root 04), as the bare verb "called on" is;
  "made a call on X to do Y" stays an appeal (02);
- "would respond to X's challenges with force" (the parser hangs "with force" on what is answered) is
  force (19); a response with a statement stays a statement (01)."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Chile took military action against Peru on Monday."
MILITARY_ACTION = """
Chile     Chile     PROPN NNP 2 nsubj GPE
took      take      VERB  VBD 0 ROOT  -
military  military  ADJ   JJ  4 amod  -
action    action    NOUN  NN  2 dobj  -
against   against   ADP   IN  4 prep  -
Peru      Peru      PROPN NNP 5 pobj  GPE
on        on        ADP   IN  2 prep  -
Monday    Monday    PROPN NNP 7 pobj  DATE
.         .         PUNCT .   2 punct -
"""

# "Chile took legal action against Peru." (a suit: no force)
LEGAL_ACTION = """
Chile    Chile    PROPN NNP 2 nsubj GPE
took     take     VERB  VBD 0 ROOT  -
legal    legal    ADJ   JJ  4 amod  -
action   action   NOUN  NN  2 dobj  -
against  against  ADP   IN  4 prep  -
Peru     Peru     PROPN NNP 5 pobj  GPE
.        .        PUNCT .   2 punct -
"""

# "Chile took defensive action in response to a Peruvian attack."
DEFENSIVE_ACTION_IN_RESPONSE = """
Chile      Chile      PROPN NNP 2 nsubj GPE
took       take       VERB  VBD 0 ROOT  -
defensive  defensive  ADJ   JJ  4 amod  -
action     action     NOUN  NN  2 dobj  -
in         in         ADP   IN  2 prep  -
response   response   NOUN  NN  5 pobj  -
to         to         ADP   IN  6 prep  -
a          a          DET   DT  10 det  -
Peruvian   peruvian   ADJ   JJ  10 amod NORP
attack     attack     NOUN  NN  7 pobj  -
.          .          PUNCT .   2 punct -
"""

# "Prince Faisal paid a courtesy call on President Kofi on Monday."
COURTESY_CALL = """
Prince     Prince     PROPN NNP 2 compound -
Faisal     Faisal     PROPN NNP 3 nsubj PERSON
paid       pay        VERB  VBD 0 ROOT  -
a          a          DET   DT  6 det   -
courtesy   courtesy   ADJ   JJ  6 amod  -
call       call       NOUN  NN  3 dobj  -
on         on         ADP   IN  6 prep  -
President  President  PROPN NNP 9 compound -
Kofi       Kofi       PROPN NNP 7 pobj  PERSON
on         on         ADP   IN  3 prep  -
Monday     Monday     PROPN NNP 10 pobj DATE
.          .          PUNCT .   3 punct -
"""

# "Prince Faisal paid a call on President Kofi."
PAID_CALL = """
Prince     Prince     PROPN NNP 2 compound -
Faisal     Faisal     PROPN NNP 3 nsubj PERSON
paid       pay        VERB  VBD 0 ROOT  -
a          a          DET   DT  5 det   -
call       call       NOUN  NN  3 dobj  -
on         on         ADP   IN  5 prep  -
President  President  PROPN NNP 8 compound -
Kofi       Kofi       PROPN NNP 6 pobj  PERSON
.          .          PUNCT .   3 punct -
"""

# "Prince Faisal made a call on Kofi to free the prisoners." (an appeal)
MADE_CALL_TO_DO = """
Prince     Prince     PROPN NNP 2 compound -
Faisal     Faisal     PROPN NNP 3 nsubj PERSON
made       make       VERB  VBD 0 ROOT  -
a          a          DET   DT  5 det   -
call       call       NOUN  NN  3 dobj  -
on         on         ADP   IN  5 prep  -
Kofi       Kofi       PROPN NNP 6 pobj  PERSON
to         to         PART  TO  9 aux   -
free       free       VERB  VB  5 acl   -
the        the        DET   DT  11 det  -
prisoners  prisoner   NOUN  NNS 9 dobj  -
.          .          PUNCT .   3 punct -
"""

# "Chile would respond to Peruvian challenges with force."
RESPOND_WITH_FORCE = """
Chile       Chile       PROPN NNP 3 nsubj GPE
would       would       AUX   MD  3 aux   -
respond     respond     VERB  VB  0 ROOT  -
to          to          ADP   IN  3 prep  -
Peruvian    peruvian    ADJ   JJ  6 amod  NORP
challenges  challenge   NOUN  NNS 4 pobj  -
with        with        ADP   IN  6 prep  -
force       force       NOUN  NN  7 pobj  -
.           .           PUNCT .   3 punct -
"""

# "Chile responded to the Peruvian letter with a statement."
RESPOND_WITH_STATEMENT = """
Chile      Chile      PROPN NNP 2 nsubj GPE
responded  respond    VERB  VBD 0 ROOT  -
to         to         ADP   IN  2 prep  -
the        the        DET   DT  6 det   -
Peruvian   peruvian   ADJ   JJ  6 amod  NORP
letter     letter     NOUN  NN  3 pobj  -
with       with       ADP   IN  6 prep  -
a          a          DET   DT  9 det   -
statement  statement  NOUN  NN  7 pobj  -
.          .          PUNCT .   2 punct -
"""


def _roots(found: set[tuple[str, str, str, str | None]], subject: str, obj: str) -> set[str | None]:
    return {root for s, _, o, root in found if s == subject and o == obj}


def test_military_action_against_a_state_is_force() -> None:
    assert _roots(facts_with_roots(MILITARY_ACTION), "Chile", "Peru") == {"19"}


def test_legal_action_against_a_state_is_no_force() -> None:
    assert _roots(facts_with_roots(LEGAL_ACTION), "Chile", "Peru") == {"11"}


def test_defensive_action_in_response_to_an_attack_is_force() -> None:
    assert _roots(facts_with_roots(DEFENSIVE_ACTION_IN_RESPONSE), "Chile", "Peru") == {"19"}


def test_a_courtesy_call_paid_on_a_president_is_a_visit() -> None:
    assert _roots(facts_with_roots(COURTESY_CALL), "Faisal", "Kofi") == {"04"}


def test_a_call_paid_on_a_president_is_a_visit() -> None:
    assert _roots(facts_with_roots(PAID_CALL), "Faisal", "Kofi") == {"04"}


def test_a_call_made_on_someone_to_do_something_is_an_appeal() -> None:
    assert _roots(facts_with_roots(MADE_CALL_TO_DO), "Faisal", "Kofi") == {"02"}


def test_a_response_with_force_is_force() -> None:
    assert _roots(facts_with_roots(RESPOND_WITH_FORCE), "Chile", "Peru") == {"19"}


def test_a_response_with_a_statement_is_a_statement() -> None:
    assert _roots(facts_with_roots(RESPOND_WITH_STATEMENT), "Chile", "Peru") == {"01"}


# "Chile had a phone conversation with Peru." (the two-word event keeps the noun's canonical predicate)
PHONE_CONVERSATION = """
Chile         Chile         PROPN NNP 2 nsubj GPE
had           have          VERB  VBD 0 ROOT  -
a             a             DET   DT  5 det   -
phone         phone         NOUN  NN  5 compound -
conversation  conversation  NOUN  NN  2 dobj  -
with          with          ADP   IN  5 prep  -
Peru          Peru          PROPN NNP 6 pobj  GPE
.             .             PUNCT .   2 punct -
"""


def test_a_two_word_event_keeps_its_nouns_canonical_predicate() -> None:
    assert ("Chile", "talk with", "Peru", "04") in facts_with_roots(PHONE_CONVERSATION)


# "Prince Faisal paid courtesy calls on President Kofi." (the tagger makes "courtesy" a compound noun, and
# the predicate keeps the listed pair, as "hunger strike against" does)
COURTESY_CALLS = """
Prince     Prince     PROPN NNP 2 compound -
Faisal     Faisal     PROPN NNP 3 nsubj PERSON
paid       pay        VERB  VBD 0 ROOT  -
courtesy   courtesy   NOUN  NN  5 compound -
calls      call       NOUN  NNS 3 dobj  -
on         on         ADP   IN  5 prep  -
President  President  PROPN NNP 8 compound -
Kofi       Kofi       PROPN NNP 6 pobj  PERSON
.          .          PUNCT .   3 punct -
"""


def test_courtesy_calls_paid_are_a_visit() -> None:
    assert _roots(facts_with_roots(COURTESY_CALLS), "Faisal", "Kofi") == {"04"}
