"""The members of a group of states, named in a list set off after the group's name.

"Finance ministers of the Group of Five -- the United States, Japan, West Germany, France and Britain --
met in Paris", "The Group of Five, the United States, Japan, ..., and Britain, agreed": the list between
the marks names the group's members; it is no second party beside the group. The parser hangs the list on
the group (or on the noun the group's name is in) as conjuncts, so the members come out as agents of the
verb along with their group. "OPEC members Iran and Iraq" names them after a member noun the body modifies
(`titled_members`). `apposed_members` finds the list; frame.py records each member with its group
(`Clause.listed_members`), the members meet or agree with nobody of their own group (rules.py reciprocal)
and each is a member of it (rules.py listed_member).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geokg.extract.lexicon.syntax import ASIDE_MARKS, VERB_POS
from geokg.extract.lexicon.words import STATE_MEMBER_NOUNS
from spacy.tokens import Token

# The words a listed name's own phrase may have before it: "the United States", "West Germany".
_NAME_PARTS = frozenset({"det", "compound", "amod"})


def _conjuncts(first: Token) -> list[Token]:
    """The first item of a list and the items coordinated with it, in order."""
    items, todo = [], [first]
    while todo:
        item = todo.pop()
        items.append(item)
        todo.extend(c for c in item.children if c.dep_ == "conj")
    return sorted(items, key=lambda t: t.i)


def list_start(item: Token) -> int:
    """Where a listed name's phrase starts ("the United States": at "the")."""
    return min([item.i, *(c.i for c in item.children if c.dep_ in _NAME_PARTS and c.i < item.i)])


def _set_off_list(
    first: Token, marks: Mapping[str, frozenset[str]]
) -> tuple[Token, list[Token], Token] | None:
    """(opener, items, closer) of a list of two or more set off by a pair of marks, from its first item: a
    mark of `marks` right before the first item's phrase, one it pairs with right after the last item ("--
    the United States, Japan and France --"); None where the item starts no such list."""
    doc = first.doc
    opener_i = list_start(first) - 1
    if opener_i < 0 or doc[opener_i].text not in marks:
        return None
    items = _conjuncts(first)
    closers = marks[doc[opener_i].text]
    last = items[-1]
    end = last.i + 1
    # the last item's own words after its head ("... and Canada among them --") stand before the closer
    while end <= last.right_edge.i and end < len(doc) and doc[end].text not in closers:
        end += 1
    if len(items) < 2 or end >= len(doc) or doc[end].text not in closers:
        return None
    return doc[opener_i], items, doc[end]


def apposed_members(group: Token, candidates: Sequence[Token]) -> list[Token]:
    """The candidates (the heads of state names) that form a list set off after the group's name by a
    pair of marks (a comma and a comma before the verb, two dashes, brackets): "the Group of Five -- the
    United States, Japan and France --". Not a plain coordination ("the Group of Five, Canada and Italy
    agreed": no closing mark), nor a list followed by an aside of its own ("the G-7, the EC and Japan, the
    largest traders, agreed": a comma closing it must be followed by the verb). Empty when none is."""
    after = sorted((c for c in candidates if c.i > group.i), key=lambda t: t.i)
    if len(after) < 2:
        return []
    first = after[0]
    doc = group.doc
    found = _set_off_list(first, ASIDE_MARKS)
    if found is None:
        return []
    opener, items, closer = found
    if opener.i <= group.i:
        return []
    # the words between the group's head and the mark are its own name's ("Group of Five")
    if any(doc[i].is_punct or group not in (doc[i], *doc[i].ancestors) for i in range(group.i + 1, opener.i)):
        return []
    # the list hangs inside the subject's phrase: on the group, on the noun the group's name is in ("finance
    # ministers of the Group of Five -- ..."), or on the group's name under that noun ("Members of OPEC, ...")
    inside = first.head == group or first.head in group.ancestors or group in first.head.ancestors
    if not inside or first.dep_ not in ("conj", "appos"):
        return []
    if {t.i for t in items} != {t.i for t in after[: len(items)]}:
        return []  # an item that names no state (or no actor) of the candidates: not a list of members
    if opener.text == "," and (closer.i + 1 >= len(doc) or doc[closer.i + 1].pos_ not in VERB_POS):
        return []  # a comma closes the list only where the verb follows
    return items


def members_title(name: Token) -> Token | None:
    """The member noun a state's name is in apposition to, with the body that noun names the members of
    before it: "OPEC members Iran and Iraq", "NATO member Turkey" (state_member_nouns); the body's word (the
    last word of its name) or None."""
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if first.dep_ != "appos" or noun.i > first.i or noun.lower_ not in STATE_MEMBER_NOUNS:
        return None
    if noun.i + 1 != list_start(first):
        return None  # "members, Iran and Iraq": set off by a mark, the list is read as an aside
    body = noun.doc[noun.i - 1] if noun.i > 0 else None
    if body is None or body.head != noun or body.dep_ not in ("compound", "nmod") or not body.ent_type_:
        return None
    return body


# The marks that set a list off as an aside after a clause: dashes (wire copy's " - " too) and brackets, with
# the marks that close each; a comma is left out (after a clause it mostly opens a list of its own).
_ASIDE_DASHES = {k: v for k, v in ASIDE_MARKS.items() if k != ","}


def counted_group(noun: Token) -> bool:
    """Is the noun a plural counted as a group: "the five nations", "the three powers", "the two sides",
    "both countries"?"""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    return any(
        (c.dep_ == "nummod" and c.like_num) or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in noun.children
    )


def renamed_group(item: Token) -> Token | None:
    """The counted group noun a list the item is in renames: a list set off by dashes or brackets right
    after the clause that describes the group ("the five nations who agreed in Geneva to cut tariffs - Japan,
    Italy and Canada - must act"). The parser hangs such a list on the clause's last noun as its conjuncts;
    the items are the group's members, no objects of the clause's verbs. None when the item is in no such
    list."""
    first = item
    doc = item.doc
    while list_start(first) == 0 or doc[list_start(first) - 1].text not in _ASIDE_DASHES:
        if first.dep_ not in ("conj", "appos") or first.head.i >= first.i:
            return None
        first = first.head
    found = _set_off_list(first, _ASIDE_DASHES)
    if found is None or found[0].i == 0:
        return None
    opener = found[0]
    # the word before the mark ends a relative or reduced clause on the counted group ("who agreed … to cut
    # tariffs -")
    last = doc[opener.i - 1]
    for clause in (last, *last.ancestors):
        if clause.dep_ in ("relcl", "acl") and clause.head.i < clause.i and counted_group(clause.head):
            inside = clause in (first, *first.ancestors) or first.head == clause.head
            return clause.head if inside else None
    return None
