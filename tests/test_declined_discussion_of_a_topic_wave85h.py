"""A refusal to discuss a topic that names a party is a comment declined (CAMEO 011), no rejection of that
party (wave 85 H): "Ann Roe declined to discuss Kenya's proposal" gives root 01, as "declined to comment on
Kenya's proposal" does; only a partner of the talking itself ("refused to discuss the matter with Kenya",
the "with" on the verb) is refused talks (12) (frame.Clause._declined_comment). The parses are built by hand
as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

TOPIC = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    I-PERSON
declined   decline    VERB  VBD  0  ROOT     -
to         to         PART  TO   5  aux      -
discuss    discuss    VERB  VB   3  xcomp    -
Kenya      Kenya      PROPN NNP  8  poss     GPE
's         's         PART  POS  6  case     -
proposal   proposal   NOUN  NN   5  dobj     -
.          .          PUNCT .    3  punct    -
"""

PARTNER = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    I-PERSON
refused    refuse     VERB  VBD  0  ROOT     -
to         to         PART  TO   5  aux      -
discuss    discuss    VERB  VB   3  xcomp    -
the        the        DET   DT   7  det      -
matter     matter     NOUN  NN   5  dobj     -
with       with       ADP   IN   5  prep     -
Kenya      Kenya      PROPN NNP  8  pobj     GPE
.          .          PUNCT .    3  punct    -
"""


def _roots(rows: str) -> list[tuple[str, str | None]]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [
        (label[r.object.entity_id], (r.event_code or "")[:2] or None)
        for r in reading.relations
        if label.get(r.object.entity_id) == "Kenya"
    ]


def test_a_topic_withheld_is_a_comment_declined_and_a_partner_refused_is_rejected() -> None:
    assert _roots(TOPIC) == [("Kenya", "01")]
    assert _roots(PARTNER) == [("Kenya", "12")]
