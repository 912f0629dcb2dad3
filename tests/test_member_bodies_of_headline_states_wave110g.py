"""Wave 110 G4: "U.S. GROWERS URGE CURBS ON PERU" over "The Kestrel Growers Association urged the
administration to curb imports": a headline whose subject names a trade's members by one state's word tells
of the body that speaks for them; the one body of members (member_body_heads) that the story's body has as
the subject of the headline's verb is of that state (affiliations/organisations
._member_bodies_of_headline_states). The parses are stated by hand (tests/hand_docs.py); the sentences
and names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

# "<state> GROWERS URGE CURBS ON PERU ¶ The Kestrel Citrus Association urged the administration to curb
# imports from Peru."
_STORY = """
    {state}        {state}        PROPN NNP 2  compound {label}
    GROWERS        grower         NOUN  NNS 3  nsubj    -
    URGE           urge           VERB  VBP 0  ROOT     -
    CURBS          curb           NOUN  NNS 3  dobj     -
    ON             on             ADP   IN  4  prep     -
    PERU           PERU           PROPN NNP 5  pobj     GPE
    ¶              ¶              SPACE _SP 6  dep      -
    The            the            DET   DT  11 det      -
    Kestrel        Kestrel        PROPN NNP 11 compound ORG
    Citrus         Citrus         PROPN NNP 11 compound I-ORG
    Association    Association    PROPN NNP 12 nsubj    I-ORG
    urged          urge           VERB  VBD 0  ROOT     -
    the            the            DET   DT  14 det      -
    administration administration NOUN  NN  12 dobj     -
    to             to             PART  TO  16 aux      -
    curb           curb           VERB  VB  12 xcomp    -
    imports        import         NOUN  NNS 16 dobj     -
    from           from           ADP   IN  17 prep     -
    Peru           Peru           PROPN NNP 18 pobj     GPE
    .              .              PUNCT .   12 punct    -
    """


def _country(state: str, label: str) -> str | None:
    reading = read_doc(with_title_line(_STORY.format(state=state, label=label)), scope="hand-built")
    return {e.label: e.country for e in reading.entities.entities()}["Kestrel Citrus Association"]


def test_a_body_of_members_doing_its_headlines_act_is_of_the_headlines_state() -> None:
    assert _country("U.S.", "GPE") == "USA"
    assert _country("JAPANESE", "NORP") == "JPN"
