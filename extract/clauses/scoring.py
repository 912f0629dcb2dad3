"""The confidence policy: one place that turns a rule's base confidence into a triple's confidence.

A fact is as trustworthy as the rule that read it (its base confidence), discounted for arguments found
indirectly (a pronoun, a state's organ, a possession) and for facts the article only reports (someone
said it). The numbers are data (extract/lexicon/data/confidence.tsv): the base confidences are measured
on human audits of unseen news and the development gold (`geokg eval --calibration --audit`), so that a
confidence reads as the probability that the triple is right on unseen news.
"""

from __future__ import annotations

from geokg.extract.clauses.arguments import Ref
from geokg.extract.clauses.quotes import UNNAMED_SOURCE
from geokg.extract.clauses.registry import Rule
from geokg.extract.lexicon.confidence import confidence_policy

_POLICY = confidence_policy()
# How an argument was found (Ref.via) -> how far it is trusted.
VIA_FACTOR = _POLICY.via
# A fact reported from someone ("…, Peskov said") rather than asserted by the article.
ATTRIBUTION_FACTOR = _POLICY.attribution


def confidence(rule: Rule, subject: Ref, obj: Ref, attributed: bool) -> float:
    score = rule.confidence * _trust(subject) * _trust(obj)
    if attributed:
        score *= ATTRIBUTION_FACTOR
    return round(score, 3)


def _trust(ref: Ref) -> float:
    """How far an argument is trusted, by how it was found. A source named only by its words ("according
    to traders": a group, not an entity) is never a side of a kept fact (the pipeline drops such facts) and
    has no discount of its own."""
    return 1.0 if ref.entity_id.startswith(UNNAMED_SOURCE) else VIA_FACTOR[ref.via]
