"""Events and documents as arguments: "twin bombings struck the cathedral", "the Prime Minister signed a
government decree", "she withdrew the extradition bill", "protesters marched against Brexit".

An unowned event or document noun (data/entity_words.tsv `event_nouns`) that is a verb's subject or
object becomes an EVENT entity of its article, named by its own words ("twin bombings", "government
decree"); one event noun of an article is one entity. A noun with a named owner or agent ("Russia's
attack", "U.S. sanctions") stays what the rules read it as: an event between its parties. Named events
("Brexit") are EVENT entities too.
"""

from __future__ import annotations

from collections.abc import Iterable

from geokg.extract.entities.mentions import Mention
from geokg.extract.lexicon.entity_words import EVENT_NOUNS, VAGUE_MODIFIERS
from geokg.extract.lexicon.syntax import NOUN_MODIFIER_DEPS
from spacy.tokens import Doc, Token

# Where an event noun is an argument of a verb: its subject, its object, or the object of a preposition
# hanging on the verb ("voted against the bill").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _owned(noun: Token, named: set[int]) -> bool:
    """ "Russia's attack", "Houthi attacks", "the attack by X", "May's deal": the noun has a named party."""
    for child in noun.children:
        if child.dep_ in NOUN_MODIFIER_DEPS and child.i in named:
            return True
        if child.dep_ == "poss":
            return True  # "his decree", "their attacks": owned by someone the rules resolve
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "between"):
            return True
        if child.dep_ == "prep" and any(p.i in named for p in child.children):
            return True  # "the agreement with Iran", "attacks on the US": an event between parties
    return False


def event_mentions(doc: Doc, names: Iterable[Mention]) -> list[Mention]:
    named = {i for m in names for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in EVENT_NOUNS or token.i in named:
            continue
        if token.dep_ not in ARGUMENT_DEPS or _owned(token, named):
            continue
        if token.dep_ == "pobj" and token.head.head.pos_ not in ("VERB", "AUX"):
            continue  # "the search for the bombers": not an argument of a verb
        start = token.i
        while start > token.left_edge.i and _modifier(doc[start - 1], token, named):
            start -= 1
        text = " ".join(t.lower_ for t in doc[start : token.i + 1])
        found.append(Mention(start, token.i + 1, text, "EVENT", None, actor=lemma))
    return found


def _modifier(token: Token, head: Token, named: set[int]) -> bool:
    """Words that say which event: "twin", "suicide", "extradition", "government"; not "new", "the"."""
    return (
        token.i not in named
        and token.dep_ in ("amod", "compound")
        and token.is_alpha
        and token.lower_ not in VAGUE_MODIFIERS
        and (token.head.i == head.i or token.head.i > token.i)
    )
