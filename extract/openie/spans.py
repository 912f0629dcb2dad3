"""Token-set helpers for Open IE: phrases as sorted token lists, cut out of dependency subtrees.

A phrase is a list of tokens in sentence order that may have holes (a subject without its relative
clause, an object without its coordinated siblings), so phrases are token lists rather than Spans.
"""

from __future__ import annotations

from collections.abc import Iterable

from geokg.extract.lexicon.syntax import ASIDE_DEPS, CONJ_DEPS, EDGE_JUNK_POS
from spacy.tokens import Token

Phrase = list[Token]

# Punctuation that may stay at an edge because it belongs to the words it touches.
_KEPT_EDGE_PUNCT = frozenset({"%", "$"})


def collect(head: Token, skip_deps: Iterable[str] = (), skip: Iterable[Token] = ()) -> Phrase:
    """`head`'s subtree in order, leaving out the head's own children with a dep in `skip_deps`
    (with their subtrees) and any token in `skip` (with its subtree)."""
    skipped_deps = frozenset(skip_deps)
    skipped = {t.i for t in skip}
    found: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        if tok.i in skipped:
            continue
        found.append(tok)
        for child in tok.children:
            if tok.i == head.i and child.dep_ in skipped_deps:
                continue
            stack.append(child)
    return trim(sorted(found, key=lambda t: t.i))


def trim(tokens: Phrase) -> Phrase:
    """Drop punctuation and bare conjunctions at both edges, and unbalanced brackets/quotes."""
    while True:
        start, end = 0, len(tokens)
        while start < end and _is_edge_junk(tokens[start]):
            start += 1
        while end > start and _is_edge_junk(tokens[end - 1]):
            if _closes(tokens[start : end - 1], tokens[end - 1]):
                break
            end -= 1
        trimmed = _balanced(tokens[start:end])
        if len(trimmed) == len(tokens):
            return trimmed
        tokens = trimmed


def _closes(before: Phrase, tok: Token) -> bool:
    """True when `tok` closes a bracket opened inside `before` ("Acme (ACM)" keeps its ")")."""
    opener = _CLOSERS.get(tok.text)
    return opener is not None and any(t.text == opener for t in before[1:])


def _is_edge_junk(tok: Token) -> bool:
    if tok.text in _KEPT_EDGE_PUNCT:
        return False
    return tok.is_punct or tok.pos_ in EDGE_JUNK_POS


_OPENERS = {"(": ")", "[": "]", "{": "}", "``": "''", "\u201c": "\u201d"}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}


def _balanced(tokens: Phrase) -> Phrase:
    """Remove brackets and quotes whose partner is not in the phrase, and pairs left empty."""
    drop: set[int] = set()
    open_stack: list[int] = []
    for pos, tok in enumerate(tokens):
        if tok.text in _OPENERS:
            open_stack.append(pos)
        elif tok.text in _CLOSERS:
            partner = next((p for p in reversed(open_stack) if _OPENERS[tokens[p].text] == tok.text), None)
            if partner is None:
                drop.add(pos)
                continue
            open_stack = open_stack[: open_stack.index(partner)]
            if pos == partner + 1:
                drop.update({partner, pos})
    drop.update(open_stack)
    # A plain double quote opens and closes alike: keep them only in pairs.
    plain = [pos for pos, tok in enumerate(tokens) if tok.text == '"']
    if len(plain) % 2:
        drop.update(plain)
    return [tok for pos, tok in enumerate(tokens) if pos not in drop]


def without_asides(head: Token) -> Phrase:
    """A noun phrase minus its comma-set-off relative clauses, appositions and participle clauses.

    A restrictive modifier ("the man who called") stays, since it says which man is meant; one set
    off by a comma ("Smith, who called") is a separate statement about the noun.
    """
    asides = [c for c in head.children if c.dep_ in ASIDE_DEPS and _after_comma(c)]
    # Coordinated nouns are kept: "Smith and Jones, who ..." still names both.
    return collect(head, skip=asides)


def _after_comma(child: Token) -> bool:
    first = child.left_edge  # the subtree's first token, without walking the subtree
    prev = child.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.text in {",", "--", "-", "("}


def argument_phrase(head: Token) -> Phrase:
    """`head`'s subtree without relative clauses set off by commas anywhere inside it.

    "He bought the house, which had burned down" states two facts; the second gets its own
    tuple from the relative clause, so the object is just "the house".
    """
    asides = [t for t in head.subtree if t.i != head.i and t.dep_ == "relcl" and _after_comma(t)]
    return collect(head, skip=asides)


def minus(phrase: Phrase, removed: Iterable[Token]) -> Phrase:
    """The phrase without some of its tokens, re-trimmed (a hole may leave a stray comma at an edge)."""
    gone = {t.i for t in removed}
    return trim([t for t in phrase if t.i not in gone])


def conjuncts(head: Token) -> list[Token]:
    """`head` and the words coordinated with it ("A, B and C" -> [A, B, C])."""
    return [head, *head.conjuncts] if head.conjuncts else [head]


def conjunct_phrase(tok: Token) -> Phrase:
    """One conjunct alone: its subtree without the coordinated siblings hanging off it."""
    return collect(tok, skip_deps=CONJ_DEPS)


def render(tokens: Phrase) -> str:
    """The phrase as text, keeping the sentence's own spacing between neighbouring tokens."""
    parts: list[str] = []
    for pos, tok in enumerate(tokens):
        parts.append(tok.text)
        nxt = tokens[pos + 1] if pos + 1 < len(tokens) else None
        if nxt is None:
            break
        parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    return "".join(parts).strip()
