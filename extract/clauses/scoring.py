"""The confidence policy: one place that turns a rule's base confidence into a triple's confidence.

A fact is as trustworthy as the rule that read it (its base confidence, in the rule table), discounted
for arguments found indirectly (a pronoun, a state's organ, a possession) and for facts the article
only reports (someone said it). The numbers rank facts; they are not calibrated probabilities.
"""

from __future__ import annotations

from geokg.extract.clauses.arguments import Ref
from geokg.extract.clauses.registry import Rule

# How an argument was found (Ref.via) -> how far it is trusted.
VIA_FACTOR = {
    "name": 1.0,
    "organ": 0.9,
    "organ_of": 0.9,
    "possessor": 0.8,
    "pronoun": 0.8,
    "nominal": 0.75,
    "role": 0.75,
}
# A fact reported from someone ("…, Peskov said") rather than asserted by the article.
ATTRIBUTION_FACTOR = 0.9


def confidence(rule: Rule, subject: Ref, obj: Ref, attributed: bool) -> float:
    score = rule.confidence * VIA_FACTOR[subject.via] * VIA_FACTOR[obj.via]
    if attributed:
        score *= ATTRIBUTION_FACTOR
    return round(score, 3)
