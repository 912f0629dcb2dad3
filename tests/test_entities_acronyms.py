"""An acronym in brackets names the body it follows or spells out, written either way round."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.entities.mentions import find_mentions
from geokg.extract.records import ArticleResult
from hand_docs import parse

Run = Callable[[str], ArticleResult]


def _facts(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(t.subject_id, t.predicate, t.object_id) for t in result.triples}


def test_an_acronym_before_its_long_form_is_the_same_body(run: Run) -> None:
    result = run(
        "Dam talks stall\n\nKAWACO (Kaveri River Water Council) rejected the plan of India. "
        "Sri Lanka praised KAWACO on Friday."
    )
    ids = {e.id for e in result.entities}
    assert "org:kawaco" not in ids  # not its initials: only the brackets tell
    assert ("country:LKA", "praise", "org:kaveri_river_water_council") in _facts(result)


def test_an_acronym_the_tagger_left_untagged_is_found_again(run: Run) -> None:
    result = run(
        "Fishing row\n\nThe Pacific Tuna Quota Board (PTQB) met in Fiji on Monday. The PTQB criticised Japan."
    )
    assert ("org:pacific_tuna_quota_board", "criticise", "country:JPN") in _facts(result)


def test_a_titles_acronym_is_no_body(run: Run) -> None:
    result = run(
        "Vote in Ottawa\n\nMember of Parliament (MP) Ana Lima of the Green Party spoke. "
        "Liberal MP Tom Berg criticised France."
    )
    ids = {e.id for e in result.entities}
    assert "org:mp" not in ids
    assert not any(t.subject_id == "org:mp" or t.object_id == "org:mp" for t in result.triples)


def test_a_spelt_out_title_and_an_acronym_used_as_a_verb_are_no_bodies() -> None:
    title = parse("""
    Vali          Vali          PROPN NNP 2 nsubj    PERSON
    holds         hold          VERB  VBZ 0 ROOT     -
    International International PROPN NNP 4 compound -
    Master        Master        PROPN NNP 9 compound -
    (             (             PUNCT -LRB- 4 punct  -
    IM            IM            PROPN NNP 4 appos    -
    )             )             PUNCT -RRB- 4 punct  -
    status        status        NOUN  NN  9 compound -
    rank          rank          NOUN  NN  2 dobj     -
    .             .             PUNCT .   2 punct    -
    """)
    assert [m.text for m in find_mentions(title)] == ["Vali"]
    verb = parse("""
    Acme     Acme     PROPN NNP 2 nsubj  ORG
    decided  decide   VERB  VBD 0 ROOT   -
    to       to       PART  TO  4 aux    -
    EOL      EOL      VERB  VB  2 xcomp  -
    (        (        PUNCT -LRB- 7 punct -
    End      End      PROPN NNP 7 compound ORG
    of       of       ADP   IN  6 prep   I-ORG
    Life     Life     PROPN NNP 7 pobj   I-ORG
    )        )        PUNCT -RRB- 7 punct -
    .        .        PUNCT .   2 punct  -
    """)
    assert "EOL" not in [m.text for m in find_mentions(verb)]
