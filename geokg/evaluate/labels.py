"""The shared measure's text rules: how labels and predicates are normalised before they are compared.

They follow ../shared/eval/score.py step by step, so that `geokg eval` and the shared scorer resolve
and match exactly the same labels.
"""

from __future__ import annotations

import re

# A predicate holding one of these besides the fact's own verb states that verb's negation.
NEGATING_VERBS = frozenset(
    {"refuse", "refused", "decline", "declined", "deny", "denied", "reject", "rejected", "fail", "failed"}
)
# Unresolved pronouns must not score as the entity whose alias they happen to spell ("us", "it").
PRONOUNS = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them"}
    | {"his", "its", "their", "our"}
)
_POSSESSIVE = re.compile(r"'s\b|'$")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(the|a|an) ")
_PATH_SEPARATORS = re.compile(r"[\\/]")


def normalise_label(text: str) -> str:
    """Case, punctuation and article folding so that "the U.S.'s" and "US" compare equal.

    The order of the steps is part of the measure: the possessive is stripped before whitespace
    is collapsed, and one leading article is dropped last.
    """
    folded = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    folded = folded.replace(".", "").replace("-", " ").replace("_", " ")
    folded = _POSSESSIVE.sub("", folded)
    folded = _SPACES.sub(" ", folded).strip()
    return _LEADING_ARTICLE.sub("", folded)


def is_bare_pronoun(label: str) -> bool:
    """True for "it", "They", "us"; all-capital spellings ("US", "U.S.") are names, not pronouns."""
    bare = label.replace(".", "").strip()
    return bare.lower() in PRONOUNS and not bare.isupper()


def predicate_words(predicate: str) -> frozenset[str]:
    """Each word of the normalised predicate, plus the whole phrase (so "pull out" can match as one)."""
    phrase = normalise_label(predicate)
    return frozenset(phrase.split()) | {phrase}


def article_key(source: str) -> str:
    """The file stem of a source path ("a/b/2020-x.txt" -> "2020-x"); it selects the gold article."""
    name = _PATH_SEPARATORS.split(source)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
