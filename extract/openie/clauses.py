"""Verb-centred clauses read off a spaCy dependency parse: who (subject) did what (relation) to what (args).

Each verb or copula that heads a clause gives one `Clause`. Its relation folds in auxiliaries, negation,
particles, control verbs ("wants to buy") and, when there is no direct object, the preposition of the
first prepositional object ("was arrested in"). Subjects missing from the clause itself are recovered
from the grammar around it: a coordinated verb shares its partner's subject, a relative clause talks
about the noun it modifies, a participle clause about the subject of its main clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from geokg.extract.clauses.memo import per_token
from geokg.extract.clauses.subjects import find_subject
from geokg.extract.lexicon.syntax import (
    ADJUNCT_DEPS,
    AUXILIARY_DEPS,
    AUXILIARY_SHARING_TAGS,
    COMPLEMENT_DEPS,
    COPULA_COMPLEMENT_DEPS,
    NOT_CLAUSE_DEPS,
    NOUNISH_POS,
    PLURAL_NOUN_TAGS,
    PREP_OBJECT_DEPS,
    RELATIVE_CLAUSE_DEPS,
    SUBJECT_DEPS,
    VERB_ADVERB_DEPS,
    VERB_GROUP_DEPS,
    VERB_POS,
)
from geokg.extract.lexicon.words import DISCOURSE_ADVERBS, RELATIVE_ADVERBS, RELATIVE_PRONOUNS
from geokg.extract.openie.spans import (
    Phrase,
    argument_phrase,
    collect,
    conjunct_phrase,
    conjuncts,
    minus,
    trim,
    without_asides,
)
from spacy.tokens import Token


@dataclass
class Clause:
    """One predicate with its arguments, still as tokens; `origin` says which rule found the subject."""

    predicate: Token
    subject: Phrase
    relation: Phrase
    obj: Phrase = field(default_factory=list)
    extras: list[Phrase] = field(default_factory=list)
    origin: str = "own"
    # Words not in the sentence that the relation needs ("is" for a reduced passive).
    relation_prefix: str = ""


def is_clause_head(tok: Token) -> bool:
    """A verb (or a copula used as the main verb) that predicates something of a subject."""
    if tok.dep_ in NOT_CLAUSE_DEPS:
        return False
    if tok.pos_ == "VERB":
        return True
    # spaCy tags the copula AUX; it heads its clause when it is not hanging off another verb.
    return tok.pos_ == "AUX" and tok.dep_ not in VERB_GROUP_DEPS and tok.lemma_ == "be"


def is_folded_xcomp(tok: Token) -> bool:
    """An open complement verb ("wants to *buy*") that becomes part of its governor's relation."""
    return tok.dep_ == "xcomp" and tok.pos_ in VERB_POS and tok.i > tok.head.i and is_clause_head(tok.head)


def clauses_for(verb: Token) -> list[Clause]:
    """All clauses headed by `verb`: one per coordinated subject and object."""
    found = _subject_of(verb)
    if found is None:
        return []
    subject_head, subject, origin, rel_object = found
    relation, chain = _relation_chain(verb)
    antecedent = _antecedent(verb)
    obj_head, obj, extras, relation = _arguments(chain, relation, verb, rel_object, antecedent)
    relation = _absorb_inner_adverbs(relation, chain)
    in_relation = {t.i for t in relation}
    extras = [e for e in extras if not all(t.i in in_relation for t in e)]
    relation_prefix = ""
    if origin == "reduced-passive":
        relation_prefix = (
            "are" if subject_head is not None and subject_head.tag_ in PLURAL_NOUN_TAGS else "is"
        )
    extras = [e for e in extras if not _only_relative_word(e)]
    subjects = _split(subject_head, subject)
    objects = _split(obj_head, obj)
    if len(subjects) * len(objects) > 6:
        subjects, objects = [subject], [obj]
    return [Clause(verb, s, relation, o, extras, origin, relation_prefix) for s in subjects for o in objects]


def _split(head: Token | None, phrase: Phrase) -> list[Phrase]:
    """A coordinated noun phrase as its separate conjuncts ("A and B" -> [A, B])."""
    if head is None or not head.conjuncts or head.pos_ not in NOUNISH_POS:
        return [phrase]
    if any(t.pos_ not in NOUNISH_POS for t in head.conjuncts):
        return [phrase]
    members = [t for t in conjuncts(head) if t.i >= head.i]
    parts: list[Phrase] = []
    inside = {t.i for t in phrase}
    for member in members:
        part = [t for t in conjunct_phrase(member) if t.i in inside]
        if member.i == head.i:
            # Modifiers before the first conjunct ("the A and B") are shared, so each part keeps them.
            part = [t for t in phrase if t.i < head.i] + [t for t in part if t.i >= head.i]
        if part:
            parts.append(trim(part))
    return parts if len(parts) > 1 else [phrase]


Subject = tuple[Token, Phrase, str, Token | None]  # head, phrase, origin, noun a relative clause acts on


def _subject_of(verb: Token) -> Subject | None:
    """(subject head, subject phrase, how it was found, noun acting as relative object) or None."""
    found, how = find_subject(verb, _own_subject, _inherited_noun)
    if not found:
        return None
    head, phrase, origin, target = found[0]
    return (head, phrase, origin, target) if how == "own" else (head, phrase, how, None)


@per_token
def _own_subject(verb: Token) -> list[Subject] | None:
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not own:
        return None
    if verb.dep_ in RELATIVE_CLAUSE_DEPS and verb.head.pos_ in NOUNISH_POS:
        # The noun a relative or participle clause modifies, without that clause itself.
        noun = verb.head
        if own[0].lower_ in RELATIVE_PRONOUNS:
            return [(noun, minus(without_asides(noun), verb.subtree), "relative", None)]
        # "the report (that) the committee published": the noun is what the clause acts on,
        # unless the clause has an object of its own ("the fact that she published a book").
        target = noun if _lacks_object(verb) else None
        return [(own[0], _subject_phrase(own[0]), "own", target)]
    return [(own[0], _subject_phrase(own[0]), "own", None)]


def _inherited_noun(noun: Token, verb: Token) -> list[Subject]:
    """A noun that names the subject of `verb` from outside its clause, without that clause."""
    return [(noun, minus(without_asides(noun), verb.subtree), "", None)]


def _lacks_object(verb: Token) -> bool:
    """No object except perhaps a relative pronoun, and no relative adverb ("the town where ...")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in VERB_POS:
            # "the book she wants to write": the object slot belongs to the last verb of the chain.
            if not _lacks_object(child):
                return False
        elif child.dep_ in {"dobj", "attr", "ccomp", "xcomp"} and child.lower_ not in RELATIVE_PRONOUNS:
            return False
        if child.lower_ in RELATIVE_ADVERBS or (child.dep_ == "prep" and _relative_pobj(child)):
            return False
    return True


def _relative_pobj(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ in RELATIVE_PRONOUNS for c in prep.children)


def _only_relative_word(phrase: Phrase) -> bool:
    return len(phrase) == 1 and phrase[0].lower_ in RELATIVE_PRONOUNS


def _subject_phrase(head: Token) -> Phrase:
    if head.dep_ in {"csubj", "csubjpass"}:
        return collect(head)
    return without_asides(head)


def _relation_chain(verb: Token) -> tuple[Phrase, list[Token]]:
    """Relation tokens for `verb` and the chain of folded control verbs ("agreed to buy")."""
    relation: list[Token] = []
    chain: list[Token] = []
    current: Token | None = verb
    while current is not None:
        chain.append(current)
        relation.extend(_verb_group(current))
        nxt = [c for c in current.children if is_folded_xcomp(c)]
        current = nxt[0] if nxt else None
    if not any(c.dep_ in AUXILIARY_DEPS for c in verb.children) and verb.dep_ == "conj":
        # "has bought and sold": the second verb shares the first one's auxiliaries.
        shared = [c for c in verb.head.children if c.dep_ in AUXILIARY_DEPS and c.i < verb.head.i]
        if shared and verb.tag_ in AUXILIARY_SHARING_TAGS:
            relation.extend(shared)
    relation = sorted(set(relation), key=lambda t: t.i)
    return relation, chain


def _absorb_inner_adverbs(relation: Phrase, chain: list[Token]) -> Phrase:
    """Adverbs standing between relation words ("is *hopelessly* behind") belong to the relation."""
    if not relation:
        return relation
    low, high = relation[0].i, relation[-1].i
    inner = [
        c
        for member in chain
        for c in member.children
        if c.dep_ in VERB_ADVERB_DEPS and low < c.i < high and not list(c.children)
    ]
    return sorted(set(relation) | set(inner), key=lambda t: t.i)


def _verb_group(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negation, particle and adverbs that sit inside the verb group."""
    group = [verb]
    group += [c for c in verb.children if c.dep_ in VERB_GROUP_DEPS or c.dep_ == "prt"]
    first = min(t.i for t in group)
    # "has sharply improved": an adverb between auxiliary and verb belongs to the verb group.
    group += [
        c for c in verb.children if c.dep_ == "advmod" and first < c.i < verb.i and not list(c.children)
    ]
    return group


def _antecedent(verb: Token) -> Phrase:
    """For a relative clause, the noun phrase it modifies (without the clause); else nothing."""
    if verb.dep_ not in RELATIVE_CLAUSE_DEPS or verb.head.pos_ not in NOUNISH_POS:
        return []
    return minus(without_asides(verb.head), verb.subtree)


def _arguments(
    chain: list[Token],
    relation: Phrase,
    verb: Token,
    rel_object: Token | None,
    antecedent: Phrase,
) -> tuple[Token | None, Phrase, list[Phrase], Phrase]:
    """(object head, object phrase, extra argument phrases, relation) for a verb chain.

    `rel_object` is the noun a relative clause's verb acts on ("the book *that* she wrote"), which
    takes the object's place; `antecedent` is that noun's phrase, standing in for a relative word
    inside a prepositional phrase ("the firm *for which* she works" -> for the firm).
    """
    in_relation = {t.i for t in relation}
    chain_ids = {t.i for t in chain}
    objects: list[Token] = []
    modifiers: list[Token] = []
    for member in chain:
        for child in member.children:
            if child.i in in_relation or child.i in chain_ids or _beyond_semicolon(child, member):
                continue
            if child.dep_ in COMPLEMENT_DEPS:
                objects.append(child)
            elif child.dep_ in ADJUNCT_DEPS and child.lower_ not in DISCOURSE_ADVERBS:
                modifiers.append(child)
    objects.sort(key=lambda t: t.i)
    modifiers.sort(key=lambda t: t.i)
    objects = [o for o in objects if not (rel_object is not None and o.lower_ in RELATIVE_PRONOUNS)]
    relation = list(relation)
    obj_head: Token | None = None
    obj: Phrase = []
    if rel_object is not None:
        obj_head, obj = rel_object, antecedent
        extras = [argument_phrase(o) for o in objects] + [_modifier_phrase(m, antecedent) for m in modifiers]
    elif objects:
        obj_head = objects[0]
        obj = argument_phrase(obj_head)
        rest = [argument_phrase(o) for o in objects[1:]]
        if obj_head.dep_ in COPULA_COMPLEMENT_DEPS and obj_head.pos_ == "ADJ":
            folded = _fold_adjective(obj_head, relation)
            if folded is not None:
                obj_head, obj, relation = folded
        extras = rest + [_modifier_phrase(m, antecedent) for m in modifiers]
    else:
        # No object: the first prepositional phrase after the verb supplies it, its preposition
        # joining the relation ("was arrested in | Paris").
        after = [m for m in modifiers if m.dep_ in {"prep", "agent"} and m.i > verb.i and _pobj(m)]
        extras_heads = list(modifiers)
        if after:
            prep = after[0]
            pobj = _pobj(prep)
            assert pobj is not None
            relation = sorted([*relation, prep], key=lambda t: t.i)
            obj_head, obj = pobj, argument_phrase(pobj)
            if pobj.lower_ in RELATIVE_PRONOUNS and antecedent:
                obj_head, obj = verb.head, antecedent
            extras_heads.remove(prep)
        extras = [_modifier_phrase(m, antecedent) for m in extras_heads]
    if obj_head is not None and obj_head.dep_ == "ccomp":
        # A reported clause is one argument, however many conjuncts hang inside it.
        obj_head = None
    extras = [e for e in extras if e]
    return obj_head, obj, extras, relation


def _modifier_phrase(modifier: Token, antecedent: Phrase) -> Phrase:
    """The modifier's words, with a relative pronoun object replaced by the noun it stands for."""
    phrase = argument_phrase(modifier)
    if not antecedent:
        return phrase
    pobj = _pobj(modifier)
    if pobj is not None and pobj.lower_ in RELATIVE_PRONOUNS and len(phrase) == 2:
        return [modifier, *antecedent]
    return phrase


def _beyond_semicolon(child: Token, verb: Token) -> bool:
    """A dependent on the far side of a semicolon is a clause of its own, not an argument of `verb`."""
    low, high = sorted((child.i, verb.i))
    return any(t.text == ";" for t in verb.doc[low + 1 : high])


def _pobj(prep: Token) -> Token | None:
    found = [c for c in prep.children if c.dep_ in PREP_OBJECT_DEPS]
    return found[0] if found else None


def _fold_adjective(adj: Token, relation: Phrase) -> tuple[Token, Phrase, Phrase] | None:
    """A predicative adjective with a prepositional object joins the relation ("is aware of | X")."""
    preps = [c for c in adj.children if c.dep_ == "prep" and c.i > adj.i and _pobj(c)]
    if not preps:
        return None
    prep = preps[0]
    pobj = _pobj(prep)
    assert pobj is not None
    before = [c for c in adj.children if c.i < adj.i and c.dep_ in VERB_ADVERB_DEPS]
    relation = sorted([*relation, *before, adj, prep], key=lambda t: t.i)
    return pobj, argument_phrase(pobj), relation
