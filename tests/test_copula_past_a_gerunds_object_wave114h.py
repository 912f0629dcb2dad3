"""Wave 114 H: "Jane Doe, who was instrumental in returning Acme to Peru, resigned" read as Jane Doe "be
instrumental in return to" Peru, the one returned (Acme) lost: a name reached through the phrase of a
gerund under the complement of "be", past the gerund's own object that names an actor, is not what the
subject is to. A gerund whose object names no actor keeps its reading ("is keen on selling the stake to
Peru"). Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read_triples

RETURNING = """
Jane         Jane         PROPN NNP  2  compound PERSON
Doe          Doe          PROPN NNP  13 nsubj    I-PERSON
,            ,            PUNCT ,    2  punct    -
who          who          PRON  WP   5  nsubj    -
was          be           AUX   VBD  2  relcl    -
instrumental instrumental ADJ   JJ   5  acomp    -
in           in           ADP   IN   6  prep     -
returning    return       VERB  VBG  7  pcomp    -
Acme         Acme         PROPN NNP  8  dobj     ORG
to           to           ADP   IN   8  prep     -
Peru         Peru         PROPN NNP  10 pobj     GPE
,            ,            PUNCT ,    2  punct    -
resigned     resign       VERB  VBD  0  ROOT     -
.            .            PUNCT .    13 punct    -
"""

SELLING = """
Chile   Chile   PROPN NNP  2  nsubj  GPE
is      be      AUX   VBZ  0  ROOT   -
keen    keen    ADJ   JJ   2  acomp  -
on      on      ADP   IN   3  prep   -
selling sell    VERB  VBG  4  pcomp  -
the     the     DET   DT   7  det    -
stake   stake   NOUN  NN   5  dobj   -
to      to      ADP   IN   5  prep   -
Peru    Peru    PROPN NNP  8  pobj   GPE
.       .       PUNCT .    2  punct  -
"""


def test_name_past_a_gerunds_actor_object_is_not_the_subjects() -> None:
    assert not {t for t in read_triples(RETURNING) if t[0] == "Jane Doe" and t[2] == "Peru"}


def test_gerund_with_an_object_of_no_actor_keeps_its_reading() -> None:
    # guard: passes with or without the change
    assert {t for t in read_triples(SELLING) if t[0] == "Chile" and t[2] == "Peru"}
