"""Wave 111 F: where something was said is no party to it. The place a statement (an interview, a speech)
is made in keeps rule circumstance_event's venue edge with no code, as a news conference's place does
(test_attended_meetings_wave83g); the body whose gathering a speaker only spoke at gets no edge. Whom the
occasion is with, and a gathering the clause's deed is done at, keep theirs. Sentences ours, parses built
by hand."""

from __future__ import annotations

from hand_docs import facts, facts_with_roots, read

# "In an interview in Brazil, Tom Diaz said Chile would pay."
_INTERVIEW_IN_A_STATE = """
In         in         ADP   IN  9  prep     -
an         an         DET   DT  3  det      -
interview  interview  NOUN  NN  1  pobj     -
in         in         ADP   IN  3  prep     -
Brazil     Brazil     PROPN NNP 4  pobj     GPE
,          ,          PUNCT ,   9  punct    -
Tom        Tom        PROPN NNP 8  compound PERSON
Diaz       Diaz       PROPN NNP 9  nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
Chile      Chile      PROPN NNP 12 nsubj    GPE
would      would      AUX   MD  12 aux      -
pay        pay        VERB  VB  9  ccomp    -
.          .          PUNCT .   9  punct    -
"""


def test_the_place_of_an_interview_is_a_venue_with_no_code() -> None:
    placed = {fact[1:] for fact in facts_with_roots(_INTERVIEW_IN_A_STATE) if fact[2] == "Brazil"}
    assert placed == {("interview in", "Brazil", None)}, placed


# "Tom Diaz, speaking at a conference of the IMF, said Peru would pay."
_SPOKE_AT_A_BODYS_CONFERENCE = """
Tom         Tom         PROPN NNP 2  compound PERSON
Diaz        Diaz        PROPN NNP 12 nsubj    I-PERSON
,           ,           PUNCT ,   12 punct    -
speaking    speak       VERB  VBG 12 advcl    -
at          at          ADP   IN  4  prep     -
a           a           DET   DT  7  det      -
conference  conference  NOUN  NN  5  pobj     -
of          of          ADP   IN  7  prep     -
the         the         DET   DT  10 det      -
IMF         IMF         PROPN NNP 8  pobj     ORG
,           ,           PUNCT ,   12 punct    -
said        say         VERB  VBD 0  ROOT     -
Peru        Peru        PROPN NNP 15 nsubj    GPE
would       would       AUX   MD  15 aux      -
pay         pay         VERB  VB  12 ccomp    -
.           .           PUNCT .   12 punct    -
"""


# "Tom Diaz, speaking at a meeting with the IMF, said Peru would pay."
_SPOKE_AT_A_MEETING_WITH_A_BODY = _SPOKE_AT_A_BODYS_CONFERENCE.replace(
    "conference  conference  NOUN  NN  5  pobj", "meeting     meeting     NOUN  NN  5  pobj"
).replace("of          of          ADP", "with        with        ADP")


# "Tom Diaz signed the accord at a meeting of OPEC."
_SIGNED_AT_A_BODYS_MEETING = """
Tom      Tom      PROPN NNP 2  compound PERSON
Diaz     Diaz     PROPN NNP 3  nsubj    I-PERSON
signed   sign     VERB  VBD 0  ROOT     -
the      the      DET   DT  5  det      -
accord   accord   NOUN  NN  3  dobj     -
at       at       ADP   IN  3  prep     -
a        a        DET   DT  8  det      -
meeting  meeting  NOUN  NN  6  pobj     -
of       of       ADP   IN  8  prep     -
OPEC     OPEC     PROPN NNP 9  pobj     ORG
.        .        PUNCT .   3  punct    -
"""


def test_a_body_whose_conference_one_spoke_at_is_not_met() -> None:
    found = facts(read(_SPOKE_AT_A_BODYS_CONFERENCE), "circumstance_event")
    assert not {f for f in found if f[2] == "IMF"}, found
    # the guards: whom the occasion is held with is met, and a deed done at a body's meeting keeps it
    with_body = facts(read(_SPOKE_AT_A_MEETING_WITH_A_BODY), "circumstance_event")
    assert {f for f in with_body if f[0] == "Tom Diaz" and f[2] == "IMF"}, with_body
    signed = facts(read(_SIGNED_AT_A_BODYS_MEETING), "circumstance_event")
    assert {f for f in signed if f[0] == "Tom Diaz" and f[2] == "OPEC"}, signed
