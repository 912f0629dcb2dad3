"""A person the headline names and the body names again tells no setting twice (wave 106 E mend): "BOLT
URGES EXCHANGE RATE STABILITY PLAN", set in ordinary case ("Bolt urges ..."), over a story datelined in
Washington about a U.S. trade bill and a later line on French Prime Minister Jan Bolt made the story France's
(the headline's "Bolt" and the body's "Jan Bolt" counting for France twice), and the bill's bare "the
president" France. The headline's mention of such a person counts for no setting
(affiliations/context.py `_evidence`). Through the model: the setting is entity behaviour. The sentences are
ours."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.io.wrapping import as_prose
from geokg.extract.pipeline import ArticleResult

BODY = (
    "WASHINGTON, March 19 - The U.S. administration is seeking to tone down a tough trade bill which would "
    "require the president to retaliate against unfair trade practices, officials said. French Prime "
    "Minister Jan Bolt urged a plan to keep exchange rates stable."
)


def test_a_headlines_person_leaves_the_story_where_the_body_sets_it(
    run: Callable[[str], ArticleResult],
) -> None:
    result = run(as_prose(f"BOLT URGES EXCHANGE RATE STABILITY PLAN\n\n{BODY}"))
    found = {(t.subject, t.predicate, t.object) for t in result.triples}
    assert ("tough trade bill", "require", "United States") in found
    french = [t for t in result.triples if "France" in (t.subject, t.object)]
    assert {t.predicate for t in french} <= {"prime minister of"}
