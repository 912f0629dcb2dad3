"""Wave 110 G4: "There are officials in the Farm Ministry, notably undersecretary Jan Bolt, who remain
opposed to a grain sale to the Soviets.": a titled name set in apposition to a plural of people by their
office whose "in" phrase names a body holds the title in that body (roles/before_name
._body_of_the_group_apposed), not in the state the story is about (the Soviets of the headline and of the
relative clause after the name). The parse is stated by hand (tests/hand_docs.py); the sentence and the
names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

# "SOVIETS SEEK GRAIN ¶ There are officials in the Farm Ministry, notably undersecretary Jan Bolt, who
# remain opposed to a grain sale to the Soviets."
_STORY = """
    SOVIETS        SOVIETS        PROPN NNPS 2  nsubj    NORP
    SEEK           seek           VERB  VBP  0  ROOT     -
    GRAIN          grain          NOUN  NN   2  dobj     -
    ¶              ¶              SPACE _SP  3  dep      -
    There          there          PRON  EX   6  expl     -
    are            be             VERB  VBP  0  ROOT     -
    officials      official       NOUN  NNS  6  attr     -
    in             in             ADP   IN   7  prep     -
    the            the            DET   DT   11 det      ORG
    Farm           Farm           PROPN NNP  11 compound I-ORG
    Ministry       Ministry       PROPN NNP  8  pobj     I-ORG
    ,              ,              PUNCT ,    7  punct    -
    notably        notably        ADV   RB   14 advmod   -
    undersecretary undersecretary ADJ   JJ   16 amod     -
    Jan            Jan            PROPN NNP  16 compound PERSON
    Bolt           Bolt           PROPN NNP  7  appos    I-PERSON
    ,              ,              PUNCT ,    16 punct    -
    who            who            PRON  WP   19 nsubj    -
    remain         remain         VERB  VBP  16 relcl    -
    opposed        opposed        ADJ   JJ   19 acomp    -
    to             to             ADP   IN   20 prep     -
    a              a              DET   DT   24 det      -
    grain          grain          NOUN  NN   24 compound -
    sale           sale           NOUN  NN   21 pobj     -
    to             to             ADP   IN   24 prep     -
    the            the            DET   DT   27 det      -
    Soviets        Soviets        PROPN NNPS 25 pobj     NORP
    .              .              PUNCT .    6  punct    -
    """


def test_a_title_before_a_name_apposed_to_officials_in_a_body_is_that_bodys() -> None:
    reading = read_doc(with_title_line(_STORY), scope="hand-built")
    label = {e.id: (e.label, e.country) for e in reading.entities.entities()}
    titles = {
        (label[r.subject.entity_id][0], r.predicate, label[r.object.entity_id][0])
        for r in reading.relations
        if r.rule.name == "title"
    }
    assert ("Jan Bolt", "under secretary of", "Farm Ministry") in titles
    assert not any(t[0] == "Jan Bolt" and t[2] == "Soviet Union" for t in titles)
    assert label[next(e.id for e in reading.entities.entities() if e.label == "Jan Bolt")][1] != "SUN"
