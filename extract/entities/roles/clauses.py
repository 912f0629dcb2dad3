"""Offices stated by a verb.

"X served as the US ambassador to the UN", "Y, who is the secretary of state", "the party elected W as
its leader", "Biden named Antony Blinken secretary of state" -> the title is the named person's."""

from __future__ import annotations

from geokg.extract.clauses.voice import modal_of
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.mentions import Mention
from geokg.extract.entities.roles.context import RoleContext
from geokg.extract.entities.roles.nouns import role_of_noun, unit_of_a_body, unit_owner, unit_words
from geokg.extract.entities.titles import is_occupation, is_portfolio, is_role_word
from geokg.extract.lexicon.entity_words import (
    BECOMING_VERBS,
    BODY_LEADING_VERBS,
    NARRATIVE_LATER_ADVERBS,
    OFFICE_LEADING_VERBS,
    OFFICE_OBJECT_VERBS,
    OFFICE_SUBJECT_VERBS,
)
from geokg.extract.lexicon.syntax import COPULA_COMPLEMENT_DEPS, NOUN_POS, VERB_POS
from geokg.extract.lexicon.words import CHARGE_ADJECTIVES, CONDITION_MARKS
from spacy.tokens import Token


def office_clause(ctx: RoleContext, verb: Token) -> None:
    """Offices stated by a verb: "X served as the US ambassador to the UN", "Y, who succeeded him as
    Foreign Secretary", "Z, who is the secretary of state", "the party elected W as its leader"."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        _charge_in_a_state(ctx, verb)
    if lemma in OFFICE_LEADING_VERBS and verb.dep_ == "relcl":
        _leads_a_body(ctx, verb, OFFICE_LEADING_VERBS[lemma])
    elif lemma in OFFICE_LEADING_VERBS and leads_now(verb):
        _person_leads_a_body(ctx, verb, OFFICE_LEADING_VERBS[lemma])
    if lemma in OFFICE_SUBJECT_VERBS and office_to_come(verb):
        return  # "X would become prime minister", "if Y became chairman": an office to come, none held
    if lemma in OFFICE_SUBJECT_VERBS or (lemma == "be" and verb.dep_ == "relcl"):
        holder_deps = ("nsubj",)
    elif lemma == "be" and verb.dep_ == "ROOT" and _states_an_office(ctx, verb):
        holder_deps = ("nsubj",)  # "X is Peru's director of public credit": the state's office is X's
    elif lemma == "be" and verb.dep_ == "ROOT" and _one_of_a_bodys_roles(ctx, verb):
        holder_deps = ("nsubj",)  # "X is one of 12 union leaders": one of the body's office holders
    elif lemma in OFFICE_OBJECT_VERBS:
        holder_deps = ("dobj", "nsubjpass")
    else:
        return
    if lemma in OFFICE_OBJECT_VERBS:
        _fused_object(ctx, verb)
    titles = [
        t
        for c in verb.children
        for t in ([c] if c.dep_ in ("attr", "oprd") else [p for p in c.children if p.dep_ == "pobj"])
        if c.dep_ in ("attr", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    titles = [t for t in titles for t in (t, *t.conjuncts)]
    titles = [r for t in titles for r in (one_of_roles(t) or [t])]
    titles = [t for t in titles if t.pos_ in NOUN_POS and is_role_word(t.lower_)]
    if not titles:
        return
    for child in verb.children:
        if child.dep_ not in holder_deps:
            continue
        token = _antecedent_of_relative(ctx, verb, child)
        holder = ctx.clusters.cluster_at(token.i)
        if holder is None and is_role_word(token.lower_):
            # "President of the United States X became the party's nominee": the title heads the parse
            named = [c for c in token.children if c.dep_ == "appos" and ctx.named(c)]
            holder = ctx.clusters.cluster_at(named[0].i) if named else None
            token = named[0] if named else token
        if holder is None or holder.type != "PERSON":
            continue
        for title in titles:
            if not ctx.named(title):
                role_of_noun(ctx, holder, title, token.i, _choosers(ctx, verb))


def office_to_come(verb: Token) -> bool:
    """ "X will become president", "Y could become the bank's chairman", "if Z became prime minister", "how
    good a prime minister W would make": a verb of becoming (entity_words.tsv becoming_verbs) under a modal
    or a condition tells of an office to come or imagined, none held. A story's "would" with "later"
    ("X, who would later become president") tells of one that did come."""
    if verb.lemma_.lower() not in BECOMING_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return True
    modal = modal_of(verb)
    later = any(c.dep_ == "advmod" and c.lower_ in NARRATIVE_LATER_ADVERBS for c in verb.children)
    if modal == "would" and later:
        return False
    return modal is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# Tags of the question words that front a verb's complement ("how good a …", "what kind of …").
_QUESTION_TAGS = frozenset({"WRB", "WDT", "WP"})


def fronted_complement(title: Token) -> bool:
    """ "how good a prime minister X will make", "what kind of president Y would make": a question word
    fronts the complement of a verb of becoming under a modal (office_to_come), and the parser hangs the
    title and the name it stands before or beside on the verb as its subject; the title is what the person
    may become, no office held. A verb with its own complement after it ("President X will make a speech")
    fronts none."""
    node = title
    while node.head.i != node.i and node.head.pos_ not in VERB_POS:
        node = node.head
    verb = node.head
    if verb.i == node.i or node.dep_ != "nsubj" or not office_to_come(verb):
        return False
    if any(c.dep_ in ("dobj", "attr", "oprd") and c.i > verb.i for c in verb.children):
        return False
    before = verb.doc[verb.left_edge.i : title.left_edge.i]
    return any(w.tag_ in _QUESTION_TAGS and verb in w.ancestors for w in before)


def one_of_roles(complement: Token) -> list[Token]:
    """ "X became one of 12 union leaders", "Y is one of the party's deputies": a complement "one of" a
    plural of a role noun makes its subject one holder of that role (the role noun, with the body named
    before or after it); nothing for any other complement."""
    if complement.lower_ != "one":
        return []
    return [
        noun
        for prep in complement.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.tag_ in ("NNS", "NNPS") and is_role_word(noun.lower_)
    ]


def _one_of_a_bodys_roles(ctx: RoleContext, verb: Token) -> bool:
    """ "X is one of 12 FESTA leaders": a main clause's "is one of" a plural role noun (no occupation) that a
    named body modifies states that body's office, as "X became one of ..." does."""
    return any(
        not is_occupation(role.lower_) and any(ctx.named(c) for c in role.children if c.dep_ == "compound")
        for attr in verb.children
        if attr.dep_ == "attr"
        for role in one_of_roles(attr)
    )


def _leads_a_body(ctx: RoleContext, verb: Token, role: str) -> None:
    """ "X, who heads the IMF's legal department", "Y, who chairs the Acme Bank": a relative clause of
    leading a named body, or a unit a named body or state owns, states its subject's title there, as "X,
    head of the IMF's legal department" does. A firm or body leads so too ("Acme, which chairs Peru's bank
    advisory committee"), by the verbs a body leads another with (chair, head, lead; it runs a plant or
    directs a film): its title, no place it is from. Not "who led the protest": only a body or a unit."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS]
    if len(subjects) != 1 or len(objects) != 1:
        return
    token = _antecedent_of_relative(ctx, verb, subjects[0])
    holder = ctx.clusters.cluster_at(token.i)
    if holder is None or holder.type not in ("PERSON", "ORG"):
        return
    if holder.type == "ORG" and verb.lemma_.lower() not in BODY_LEADING_VERBS:
        return
    obj = objects[0]
    body = ctx.clusters.cluster_at(obj.i)
    ranked = any(c.dep_ == "prep" and c.lower_ in ("in", "by") for c in verb.children)
    if holder.type == "ORG" and (ranked or ctx.firm(body)):
        return  # "Acme, which leads Zenith Corp in car sales": a rival outranked, no body headed
    person = holder.type == "PERSON"  # a firm's title is none the text later calls it by ("the chairman")
    if body is not None and body is not holder and body.type == "ORG":
        ctx.add(holder, role, "of", body, token.i, describes=person)
    elif body is None and person and (owner := unit_of_a_body(ctx, holder, obj)) is not None:
        ctx.add(holder, role, "at", owner, token.i, unit=unit_words(obj))
    elif body is None and not person and (owner := unit_owner(ctx, holder, obj)) is not None:
        ctx.add(holder, role, "at", owner, token.i, unit=unit_words(obj), describes=False)


def leads_now(verb: Token) -> bool:
    """Is the verb of leading said in the present of its one subject, undenied ("X heads Acme", "X chairs
    the bank")? That states an office held now, as "X, who heads Acme" does; "X headed Acme" and "X will
    head Acme" say when, "X does not head Acme" denies it."""
    return verb.tag_ == "VBZ" and not any(c.dep_ in ("neg", "aux") for c in verb.children)


def _person_leads_a_body(ctx: RoleContext, verb: Token, role: str) -> None:
    """ "X heads Acme", "Y chairs the Zenith Bank": a named person's present leading of a named body, its
    object, states the person's title there, as the relative clause does (`_leads_a_body`); the body's
    country is then the person's. Not "X leads Acme in sales" (a rival outranked) nor a firm's leading
    (the relative clause reads those)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS]
    if len(subjects) != 1 or len(objects) != 1:
        return
    holder = ctx.clusters.cluster_at(subjects[0].i)
    body = ctx.clusters.cluster_at(objects[0].i)
    if holder is None or holder.type != "PERSON" or body is None or body is holder or body.type != "ORG":
        return
    if any(c.dep_ == "prep" and c.lower_ in ("in", "by") for c in verb.children):
        return
    ctx.add(holder, role, "of", body, subjects[0].i)


def _states_an_office(ctx: RoleContext, verb: Token) -> bool:
    """ "X is Peru's director of public credit", "X is the finance minister of Peru": a main clause's "is"
    states an office only when its complement is an office (a role noun, no occupation: "X is a critic of
    the Danish party" is none) of a state named by its possessive or by "of" ("X is the parliamentary
    leader" states no state's office)."""
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.pos_ not in NOUN_POS or not is_role_word(attr.lower_):
            continue
        if is_occupation(attr.lower_) or ctx.named(attr):
            continue
        owners = [c for c in attr.children if c.dep_ == "poss"]
        owners += [p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        for owner in owners:
            state = ctx.clusters.cluster_at(owner.i)
            if state is not None and state.type == "GPE" and state.country is not None:
                return True
    return False


def _fused_object(ctx: RoleContext, verb: Token) -> None:
    """ "Biden named Antony Blinken secretary of state": the parser makes the name a modifier of the
    title, one object; the title is the named person's."""
    for obj in verb.children:
        title = obj.dep_ in ("dobj", "oprd") and obj.pos_ in NOUN_POS and is_role_word(obj.lower_)
        if not title or ctx.named(obj):
            continue
        names = [c for c in obj.children if c.dep_ == "compound" and ctx.named(c)]
        holder = ctx.clusters.cluster_at(names[0].i) if names else None
        if holder is not None and holder.type == "PERSON":
            role_of_noun(ctx, holder, obj, names[0].i)


def _choosers(ctx: RoleContext, verb: Token) -> tuple[Cluster, ...]:
    """The bodies that choose someone for an office ("the parties chose X as their nominee"); none for
    verbs of holding an office ("X served as its envoy")."""
    if verb.lemma_.lower() not in OFFICE_OBJECT_VERBS:
        return ()
    subjects = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    found = [ctx.clusters.cluster_at(s.i) for s in subjects]
    return tuple(c for c in found if c is not None and c.type == "ORG")


def choosers_of(ctx: RoleContext, mention: Mention) -> tuple[Cluster, ...]:
    """The bodies that choose the named person in the clause the name is an object of."""
    token = ctx.doc[mention.start : mention.end].root
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass", "ROOT") or token.head.i == token.i:
            return ()
        if token.head.pos_ in ("VERB", "AUX"):
            return _choosers(ctx, token.head)
        token = token.head
    return ()


def charge_of_portfolio(verb: Token, portfolio: str | None = None) -> Token | None:
    """ "X is responsible for trade in Mexico": the portfolio noun (words.tsv charge_adjectives, titles.tsv
    portfolios; bare, no "the attack") a copula's adjective of charge is "for" (`portfolio` its lemma, if
    given), or None. Not "responsible for the attack": a charge of a wrong, not of an office."""
    for adjective in verb.children:
        if adjective.dep_ not in COPULA_COMPLEMENT_DEPS or adjective.lemma_.lower() not in CHARGE_ADJECTIVES:
            continue
        for prep in adjective.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for noun in prep.children:
                lemma = noun.lemma_.lower()
                bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
                if noun.dep_ == "pobj" and bare and is_portfolio(lemma) and portfolio in (None, lemma):
                    return noun
    return None


def _charge_in_a_state(ctx: RoleContext, verb: Token) -> None:
    """ "Ortega, who is responsible for foreign investment in Mexico": a charge of a portfolio in a state is
    an office held there; its holder is of that state (no office label: the text names none)."""
    portfolio = charge_of_portfolio(verb)
    if portfolio is None:
        return
    places = [
        ctx.clusters.cluster_at(pobj.i)
        for prep in portfolio.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    state = next((p for p in places if p is not None and p.type == "GPE" and p.country), None)
    if state is None:
        return
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        holder = ctx.clusters.cluster_at(_antecedent_of_relative(ctx, verb, child).i)
        if holder is not None and holder.type == "PERSON":
            ctx.origin(holder, state)


def _antecedent_of_relative(ctx: RoleContext, verb: Token, subject: Token) -> Token:
    """The word a relative clause's "who"/"that"/"which" subject stands for: the name just before it (the
    parser sometimes hangs the clause higher), else the noun the clause hangs on; any other subject
    itself."""
    if subject.lower_ not in ("who", "that", "which") or verb.dep_ != "relcl":
        return subject
    before = ctx.doc[subject.i - 2] if ctx.doc[subject.i - 1].text == "," else ctx.doc[subject.i - 1]
    return before if ctx.named(before) else verb.head
