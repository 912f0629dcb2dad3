"""Wave 108 F2: a preposition the parser hangs on a phrasal verb's particle ("is backing away from giving X",
"would strike back against Y") is the verb's (nlp.particle_prepositions), and a name after a verb of two
objects made a modifier of the object ("giving X wider powers") is the verb's dative
(nlp.modifier_datives); balking at a deed refuses it (cameo.tsv balk, 12); striking or hitting back at a
party in a sentence about trade is a counter-measure (16), hitting back by arms force (19), a bare "hit back
at X" no event (cameo.tsv strike back, hit back). Each test states its parse by hand (tests/hand_docs.py),
as the parser gives it; the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import modifier_datives, particle_prepositions
from geokg.extract.pipeline import read_doc
from hand_docs import parse, roots_between


def _acts(table: str) -> set[tuple[str, str, str | None, str | None]]:
    """(subject, object, CAMEO root, modality) of each relation read once the repairs have run."""
    reading = read_doc(modifier_datives(particle_prepositions(parse(table))), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], label[r.object.entity_id], r.event_root, r.modality)
        for r in reading.relations
    }


def test_backing_away_from_giving_loans_yields() -> None:
    acts = _acts(
        """
    Lima       Lima       PROPN NNP 3 nsubj  GPE
    is         be         AUX   VBZ 3 aux    -
    backing    back       VERB  VBG 0 ROOT   -
    away       away       ADV   RB  3 advmod -
    from       from       ADP   IN  4 prep   -
    giving     give       VERB  VBG 5 pcomp  -
    loans      loan       NOUN  NNS 6 dobj   -
    to         to         ADP   IN  6 dative -
    Cusco      Cusco      PROPN NNP 8 pobj   GPE
    .          .          PUNCT .   3 punct  -
    """
    )
    # the capital reads as its state
    assert {act[2] for act in acts if act[:2] == ("Peru", "Cusco")} == {"08"}


def test_a_name_before_the_objects_adjective_is_the_dative() -> None:
    # "Lima is backing away from giving Cusco wider powers.", "Cusco" a modifier of "powers"
    acts = _acts(
        """
    Lima       Lima       PROPN NNP 3  nsubj  GPE
    is         be         AUX   VBZ 3  aux    -
    backing    back       VERB  VBG 0  ROOT   -
    away       away       ADV   RB  3  advmod -
    from       from       ADP   IN  4  prep   -
    giving     give       VERB  VBG 5  pcomp  -
    Cusco      Cusco      PROPN NNP 9  nmod   GPE
    wider      wide       ADJ   JJR 9  amod   -
    powers     power      NOUN  NNS 6  dobj   -
    .          .          PUNCT .   3  punct  -
    """
    )
    # the capital reads as its state
    assert {act[2] for act in acts if act[:2] == ("Peru", "Cusco")} == {"08"}


def test_a_name_sent_as_its_own_forces_stays_their_modifier() -> None:
    # "Lisbon sent Kestrel special forces.": the forces are Kestrel's, Kestrel is sent nothing
    doc = modifier_datives(
        parse(
            """
    Lisbon   Lisbon   PROPN NNP 2 nsubj GPE
    sent     send     VERB  VBD 0 ROOT  -
    Kestrel  Kestrel  PROPN NNP 5 nmod  GPE
    special  special  ADJ   JJ  5 amod  -
    forces   force    NOUN  NNS 2 dobj  -
    .        .        PUNCT .   2 punct -
    """
        )
    )
    assert doc[2].dep_ == "nmod"


def test_striking_back_over_tariffs_is_a_counter_measure_vowed() -> None:
    acts = _acts(
        """
    Chile    Chile    PROPN NNP  3 nsubj  GPE
    would    would    AUX   MD   3 aux    -
    strike   strike   VERB  VB   0 ROOT   -
    back     back     ADV   RB   3 advmod -
    against  against  ADP   IN   4 prep   -
    Peru     Peru     PROPN NNP  5 pobj   GPE
    for      for      ADP   IN   3 prep   -
    its      its      PRON  PRP$ 9 poss   -
    tariffs  tariff   NOUN  NNS  7 pobj   -
    .        .        PUNCT .    3 punct  -
    """
    )
    assert ("Chile", "Peru", "16", "would") in acts
    assert not any(act[2] == "19" for act in acts)


def test_hitting_back_over_quotas_is_a_counter_measure() -> None:
    assert roots_between(
        """
    Japan   Japan   PROPN NNP 2 nsubj  GPE
    hit     hit     VERB  VBD 0 ROOT   -
    back    back    ADV   RB  2 advmod -
    at      at      ADP   IN  2 prep   -
    Korea   Korea   PROPN NNP 4 pobj   GPE
    over    over    ADP   IN  2 prep   -
    quotas  quota   NOUN  NNS 6 pobj   -
    .       .       PUNCT .   2 punct  -
    """,
        "Japan",
        "Korea",
    ) == {"16"}


def test_hitting_back_with_artillery_in_a_trade_quarrel_is_force() -> None:
    assert roots_between(
        """
    Japan      Japan      PROPN NNP 2 nsubj  GPE
    hit        hit        VERB  VBD 0 ROOT   -
    back       back       ADV   RB  2 advmod -
    at         at         ADP   IN  2 prep   -
    Korea      Korea      PROPN NNP 4 pobj   GPE
    with       with       ADP   IN  2 prep   -
    artillery  artillery  NOUN  NN  6 pobj   -
    over       over       ADP   IN  2 prep   -
    quotas     quota      NOUN  NNS 8 pobj   -
    .          .          PUNCT .   2 punct  -
    """,
        "Japan",
        "Korea",
    ) == {"19"}


def test_balking_at_giving_loans_refuses_them() -> None:
    assert roots_between(
        """
    Canada  Canada  PROPN NNP 2 nsubj  GPE
    balked  balk    VERB  VBD 0 ROOT   -
    at      at      ADP   IN  2 prep   -
    giving  give    VERB  VBG 3 pcomp  -
    loans   loan    NOUN  NNS 4 dobj   -
    to      to      ADP   IN  4 dative -
    Peru    Peru    PROPN NNP 6 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """,
        "Canada",
        "Peru",
    ) == {"12"}
