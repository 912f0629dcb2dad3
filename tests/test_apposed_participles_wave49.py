"""A participle of asking set off by commas right after the subject ("Mensah, asked about Togo, criticised
Benin"; "when asked") is done to the subject, however the parser hangs it: the subject is asked, asks
nothing, and still does what the main verb says (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Mensah, asked about Togo, criticised Benin." The parser makes "asked" the root, with Mensah its subject.
ASKED_AS_ROOT = """
Mensah      Mensah     PROPN NNP 3 nsubj  PERSON
,           ,          PUNCT ,   1 punct  -
asked       ask        VERB  VBD 0 ROOT   -
about       about      ADP   IN  3 prep   -
Togo        Togo       PROPN NNP 4 pobj   GPE
,           ,          PUNCT ,   3 punct  -
criticised  criticise  VERB  VBD 3 conj   -
Benin       Benin      PROPN NNP 7 dobj   GPE
.           .          PUNCT .   3 punct  -
"""

# "Mensah, when asked about Togo, criticised Benin."
WHEN_ASKED = """
Mensah      Mensah     PROPN NNP 8 nsubj  PERSON
,           ,          PUNCT ,   8 punct  -
when        when       SCONJ WRB 4 advmod -
asked       ask        VERB  VBN 8 advcl  -
about       about      ADP   IN  4 prep   -
Togo        Togo       PROPN NNP 5 pobj   GPE
,           ,          PUNCT ,   8 punct  -
criticised  criticise  VERB  VBD 0 ROOT   -
Benin       Benin      PROPN NNP 8 dobj   GPE
.           .          PUNCT .   8 punct  -
"""

# "Mensah, asked about Togo, said Benin had closed the border." The parser hangs Mensah on "asked" and makes
# that the content of "said".
ASKED_AS_CONTENT = """
Mensah   Mensah   PROPN NNP 3  nsubj  PERSON
,        ,        PUNCT ,   1  punct  -
asked    ask      VERB  VBD 7  ccomp  -
about    about    ADP   IN  3  prep   -
Togo     Togo     PROPN NNP 4  pobj   GPE
,        ,        PUNCT ,   7  punct  -
said     say      VERB  VBD 0  ROOT   -
Benin    Benin    PROPN NNP 10 nsubj  GPE
had      have     AUX   VBD 10 aux    -
closed   close    VERB  VBN 7  ccomp  -
the      the      DET   DT  12 det    -
border   border   NOUN  NN  10 dobj   -
.        .        PUNCT .   7  punct  -
"""


def _asks(found: set[tuple[str, str, str, str | None]]) -> set[tuple[str, str, str, str | None]]:
    return {f for f in found if f[0] == "Mensah" and f[1].startswith("ask")}


def test_a_participle_hung_as_the_root_is_done_to_its_subject() -> None:
    found = facts_with_roots(ASKED_AS_ROOT)
    assert not _asks(found)
    assert ("Mensah", "criticise", "Benin", "11") in found


def test_when_asked_after_the_subject_is_done_to_it() -> None:
    found = facts_with_roots(WHEN_ASKED)
    assert not _asks(found)
    assert ("Mensah", "criticise", "Benin", "11") in found


def test_the_subject_of_an_apposed_participle_is_the_speaker() -> None:
    found = facts_with_roots(ASKED_AS_CONTENT)
    assert not _asks(found)
    assert any(f[0] == "Mensah" and f[2] == "Benin" for f in found)
