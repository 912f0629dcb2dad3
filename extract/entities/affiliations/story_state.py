"""People and companies of a story set in one state: "HARTFORD, Conn. -- X is competent to stand trial,
a judge ruled" makes X of the United States, as a reader takes him to be.

Domestic wire copy seldom names the country: its dateline, its places and its bodies do. Where every one of
them is of one state (context.sole_state), the people and the companies of no state the article names are
of it too. A state named anywhere else in the story leaves them open, as does a correspondent's outlet,
and what the text or a table says of an entity always stands (a visitor "Dutch tourist X" stays Dutch).
A state named only where money or goods go ("Acme Bank Inc expects a loss on its loans to Brazil",
"BRAZILIAN LOANS", "exports to Japan") ties no firm or person to it: a lender is seldom the borrower's.
Its bare state bodies and their staff are still the state's, and a dateline or another place of the
state still sets the story there."""

from __future__ import annotations

import re

from geokg.extract.entities.affiliations.context import (
    AffiliationContext,
    is_party_name,
    opens_with_a_word_of,
)
from geokg.extract.entities.affiliations.offices import local_title, state_title
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import Mention, is_legal_form
from geokg.extract.entities.offices import holding
from geokg.extract.entities.organisations import (
    arm_state,
    body_sector,
    generic_institution,
    lookup_organisation,
    state_named_group,
)
from geokg.extract.lexicon.entity_words import (
    BARE_OFFICE_BODIES,
    FIRM_SECTOR_WORDS,
    LOCATIVE_PREPS,
    STATE_OBJECT_PREPS,
)
from geokg.extract.lexicon.syntax import stands_as_place
from geokg.extract.lexicon.words import (
    DEBT_TROUBLE_WORDS,
    MONEY_FLOW_WORDS,
    MONEY_LOSS_WORDS,
    NATIONAL_NAME_WORDS,
    PAYER_VERBS,
)
from spacy.tokens import Token

# Where a name stands as a side of its verb's clause.
CLAUSE_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent"})
# The verb's children that are the other sides of the clause (whom it meets, where): not what is said.
SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "prep", "agent", "attr", "oprd"})


def _international(cl: Cluster) -> bool:
    """A body the tables know as of no one state: an international one ("WHO", "Amnesty International")."""
    for m in cl.mentions:
        known = lookup_organisation(m.text)
        if lookup_igo(m.text) is not None or (known is not None and not known.country):
            return True
    return False


def _open_organisation(cl: Cluster) -> bool:
    """A named organisation no table places; a generic institution ("Parliament") is the unnamed actors'
    pass's."""
    if cl.type != "ORG" or generic_institution(cl.label):
        return False
    if any(state_named_group(m.text) for m in cl.mentions):
        return False  # "the Consultative Group on Peru": other states' group, none of Peru's bodies
    return all(lookup_organisation(m.text) is None and lookup_igo(m.text) is None for m in cl.mentions)


def _serving_abroad(ctx: AffiliationContext, by_key: dict[str, Cluster]) -> set[str]:
    """The people who hold an office in, or speak for, an international body ("X, the head of the WHO"):
    they come from any state, not the story's."""
    return {
        role.holder
        for role in ctx.found.roles
        if (target := by_key.get(role.target)) is not None and _international(target)
    }


def story_state(ctx: AffiliationContext) -> None:
    """The people and open organisations of a story set in one state are of it."""
    state = ctx.sole_state()
    if not state:
        return
    by_key = {cl.key: cl for cl in ctx.clusters.clusters}
    reporting = ctx.correspondents() | _serving_abroad(ctx, by_key)
    flows = money_flows(ctx)
    # a place or body of the state besides where money goes to it ("RIO DE JANEIRO - ... loans to Brazil")
    tied = not flows or ctx.sole_state(least=1, apart=borrowers_named(ctx, flows)) == state
    open_ones = [
        cl
        for cl in ctx.clusters.clusters
        if not (cl.country or cl.actor or cl.bare or cl.named_bare or cl.key in reporting)
        and not (ctx.state_of(cl) or cl.key in ctx.found.affiliations)
    ]
    # the bodies first: "Acme Rail chief executive X" is of the state the story gives Acme Rail
    for cl in open_ones:
        if _open_organisation(cl):
            if bare_office_body(cl) and ctx.sole_state(least=1, apart=own_clauses(ctx, cl)) != state:
                continue  # "Assistant Treasury Secretary X met Japanese officials": not Japan's Treasury
            if firm_name(cl) and _acts_on_the_state(ctx, cl, state):
                continue  # "Acme Corp lowered its rating of Finland's debt": an outside party to the state
            if firm_name(cl) and _parent_of_an_arm(ctx, cl, state):
                continue  # "Acme Motor Corp ... its unit Acme Motor (USA) Corp": the arm is the state's
            if tied or bare_office_body(cl):
                ctx.found.affiliations[cl.key] = state
    for cl in open_ones:
        private = tied and _private(ctx, cl, state)
        if cl.type == "PERSON" and (private or _serves_in(ctx, cl, state, by_key)):
            office = any(state_title(role) for role, _, _ in ctx.found.titles.get(cl.key, ()))
            if office and ctx.sole_state(least=1, apart=own_clauses(ctx, cl)) != state:
                continue  # the story's state is that of the ones he meets and where he is, not his office's
            ctx.found.affiliations[cl.key] = state


def _acts_on_the_state(ctx: AffiliationContext, cl: Cluster, state: str) -> bool:
    """Is the body the doer of an act whose object names the story's state ("Acme Corp lowered its rating of
    Finland's debt", "Acme criticised the government of Finland", "Acme sued Finland")? A rating agency, a
    critic or a litigant of a state is an outside party to it, not one of its firms. Not where it acts
    ("opened a plant in Finland": locative phrases are no objects)."""
    places = {
        m.start
        for other in ctx.clusters.clusters
        if other is not cl and other.type == "GPE" and ctx.state_of(other) == state
        for m in other.mentions
    }
    for m in cl.mentions:
        head = ctx.doc[m.end - 1]
        while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in STATE_OBJECT_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(t.i in places and not _placed(t, o) for o in objects for t in o.subtree):
            return True
    return False


def _parent_of_an_arm(ctx: AffiliationContext, cl: Cluster, state: str) -> bool:
    """Is the firm the parent of a local arm the story names, one named by the state in brackets and opening
    with the firm's first word ("Tokai Motor Corp" beside "Tokai Motor Manufacturing (USA) Corp")? A firm
    names an arm for a state it is not of: the story's state is the arm's, not the parent's."""
    first = _first_word(cl.label)
    return any(
        other is not cl and arm_state(other.label) == state and _first_word(other.label) == first
        for other in ctx.clusters.clusters
    )


def _first_word(name: str) -> str:
    words = [w for w in name.lower().split() if w != "the"]
    return words[0] if words else ""


def firm_name(cl: Cluster) -> bool:
    """A company by its name: one the table knows as such, or a name ending in a legal form ("Acme Corp")
    or a word of a firm's trade; not a group or a society ("X Rights Fund" suing its state is its own)."""
    for m in cl.mentions:
        known = lookup_organisation(m.text)
        if known is not None:
            return known.kind == "company"
    return any(
        len(words := m.text.split()) >= 2
        and not body_sector(m.text)
        and (is_legal_form(words[-1]) or words[-1].lower() in FIRM_SECTOR_WORDS)
        for m in cl.mentions
    )


def _placed(token: Token, top: Token) -> bool:
    """Is the token, inside the object `top`, in a locative phrase ("a plant in Finland")?"""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in LOCATIVE_PREPS:
            return True
        token = token.head
    return False


def money_flows(ctx: AffiliationContext) -> frozenset[int]:
    """The first tokens of the mentions of states that name where money or goods go (data:
    money_flow_words): "its loans [to Brazil]", "[BRAZILIAN] LOANS", "exports [to Japan]", "sold wheat [to
    Egypt]", "a loss [on Brazil]"; or who owes or pays for them, the borrower or client (data: payer_verbs):
    "the loans, which [Brazil] stopped paying interest on", "[Brazil] owes the banks 60 billion dlrs"; or
    who owns a crisis of debt (data: debt_trouble_words): "the [Brazilian] debt crisis"."""
    tokens: set[int] = set()
    for cl in ctx.clusters.clusters:
        if not cl.country:
            continue
        for m in cl.mentions:
            root = ctx.doc[m.start : m.end].root
            if root.dep_ == "nsubj" and _payer(root.head):
                tokens.add(m.start)
                continue
            if root.dep_ in ("amod", "compound", "nmod"):
                flow = root.head  # "Brazilian loans"
                if _debt_trouble(flow):
                    tokens.add(m.start)  # "the Brazilian debt crisis": the state is the debtor
                    continue
            elif root.dep_ == "pobj" and root.head.lower_ in ("to", "on"):
                flow = root.head.head  # "loans to Brazil", "sold steel to Japan", "a loss on Brazil"
            else:
                continue
            # (or the object of the word the "to" hangs on: "cut its lending to Brazil", "a loss on its
            # loans to Brazil"; or the word right before the preposition, which a headline's parse seldom
            # hangs it on: "ESTIMATES LOSS ON BRAZIL")
            objects = _objects(flow) if root.dep_ == "pobj" else []
            # (and what those objects are counted in: "has 168 mln dlrs in loans ... to Brazil")
            objects += [inner for o in objects for inner in _objects(o)]
            opens = root.head.i == root.head.sent.start  # no word of another sentence stands before it
            before = [ctx.doc[root.head.i - 1]] if root.dep_ == "pobj" and not opens else []
            flows = MONEY_FLOW_WORDS if root.head.lower_ == "to" else MONEY_FLOW_WORDS | MONEY_LOSS_WORDS
            if any(_money_flow_word(t, flows) for t in (flow, *objects, *before)):
                tokens.add(m.start)
    return frozenset(tokens)


def borrowers_named(ctx: AffiliationContext, flows: frozenset[int]) -> frozenset[int]:
    """The money flows and the mentions of the names of the states they go to, but where they stand as a
    place ("its plant in Peru"): a lender's story names the borrower as an actor too ("Brazil suspended
    interest payments", "Brazil's action would cut its income"), which sets the story there no more than
    "its loans to Brazil" does; its places and bodies still do ("RIO DE JANEIRO - ...")."""
    states = [cl for cl in ctx.clusters.clusters if cl.country]
    borrowers = {cl.country for cl in states if any(m.start in flows for m in cl.mentions)}
    return flows | {
        m.start
        for cl in states
        if cl.country in borrowers
        for m in cl.mentions
        if not stands_as_place(ctx.doc[m.start : m.end].root)
    }


def _debt_trouble(word: Token) -> bool:
    """Is the word one of trouble named by a money word ("the debt crisis", "the loan problem"; data:
    money_flow_words, debt_trouble_words)? A state that owns it, "the Brazilian debt crisis", is the
    debtor, as in "Brazilian debt"."""
    if not _money_flow_word(word, DEBT_TROUBLE_WORDS):
        return False
    return any(c.dep_ == "compound" and _money_flow_word(c, MONEY_FLOW_WORDS) for c in word.children)


def _payer(verb: Token) -> bool:
    """Is the verb, or the verb it governs ("stopped paying", "failed to repay"), one of owing or paying
    (data: payer_verbs), or a relative clause on a word of money going ("the loans [Brazil] received")? Its
    subject is a borrower or a client, not a lender's or seller's state."""
    if verb.dep_ == "relcl" and _money_flow_word(verb.head, MONEY_FLOW_WORDS):
        return True
    governed = [c for c in verb.children if c.dep_ == "xcomp"]
    return any(t.lemma_.lower() in PAYER_VERBS for t in (verb, *governed) if t.pos_ in ("VERB", "AUX"))


def _objects(word: Token) -> list[Token]:
    """The word's direct object and the objects of its prepositions."""
    found = [c for c in word.children if c.dep_ == "dobj"]
    return found + [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _money_flow_word(token: Token, flows: frozenset[str]) -> bool:
    words = {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")}
    return bool(words & flows)


def bare_office_body(cl: Cluster) -> bool:
    """A state's body named bare, with no state of its own ("the Treasury", "the Defense Ministry")."""
    return re.sub(r"^the ", "", cl.label.lower()) in BARE_OFFICE_BODIES


def own_clauses(ctx: AffiliationContext, cl: Cluster) -> frozenset[int]:
    """The tokens of the other sides of the clauses an entity's mentions (or the titles they stand in) are
    sides of, not what it is said to say: "Assistant Treasury Secretary X met Japanese officials in Tokyo"
    names the state of the people he meets and of the city he is in, which says nothing of whose official
    he is, or whose Treasury."""
    tokens: set[int] = set()
    for m in cl.mentions:
        head = ctx.doc[m.end - 1]
        while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ not in CLAUSE_SIDE_DEPS or verb.pos_ not in ("VERB", "AUX"):
            continue
        # (a dateline hung on the verb, "CHICAGO - X met ...", is no side: only the verb's arguments)
        sides = [c for c in verb.children if c.dep_ in SIDE_DEPS and c.i != head.i]
        tokens |= {t.i for side in sides for t in side.subtree}
    return frozenset(tokens)


def national_bodies(ctx: AffiliationContext) -> None:
    """ "WASHINGTON - X, chairman of the Federal Energy Commission, said ...": a body whose name opens with
    a state's word for its own ("National", "Federal") and that no table places is of the one state a story
    names, one place of it being enough (a national body is no visitor's), and its officers with it. A
    story that names another state leaves it open: the name says national, not whose."""
    state = ctx.sole_state(least=1)
    if not state:
        return
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        if opens_with_a_word_of(cl, NATIONAL_NAME_WORDS) and _open_organisation(cl):
            ctx.found.affiliations[cl.key] = state


def _serves_in(ctx: AffiliationContext, person: Cluster, state: str, by_key: dict[str, Cluster]) -> bool:
    """Does the person hold a role in a body of the story's state ("chief executive of Acme Rail", "judge
    of the county court")? Whatever other title they bear, they work there."""
    return any(
        role.holder == person.key
        and (body := by_key.get(role.target)) is not None
        and ctx.found.types.get(body.key, body.type) == "ORG"
        and ctx.state_of(body) == state
        for role in ctx.found.roles
    )


def _private(ctx: AffiliationContext, person: Cluster, state: str) -> bool:
    """A person the office passes had no say on. One with a state's title (not a body's the text names:
    "President of the X Society") that they left open ("King X" in a realm whose monarch reigns elsewhere
    too), or with a name the office table gives another state ("the Blair administration" in a US story),
    is left so: the holder of another state may be meant. The table's holder of the story's own state is
    the story's ("Gordon Brown" in an undated British story). A title only a state's parts have ("Judge X",
    "Mayor Y") is no such office: the story's state's judges and mayors are the ones it names."""
    titles = ctx.found.titles.get(person.key, ())
    if any(state_title(role) and not owner and not local_title(role) for role, _, owner in titles):
        return False
    held = holding([m.text for m in person.mentions])
    return held is None or held.country == state


def party_voices(ctx: AffiliationContext) -> None:
    """A person of no state who, in a story about one state, argues over that state's parties and no other
    state's ("Mr X said the Tories would cut taxes", "campaign chief Y accused Labour of lying") is of it:
    a country's party politics is argued by its own people, and a foreign voice has a demonym or a title
    that settled them before."""
    setting = ctx.setting()
    if not setting:
        return
    reporting = ctx.correspondents()
    for cl in list(ctx.stateless_people()):
        if cl.key in reporting or not _private(ctx, cl, setting):
            continue
        if any(_argues_over_parties(ctx, cl, m, setting) for m in cl.mentions):
            ctx.found.affiliations[cl.key] = setting


def _argues_over_parties(ctx: AffiliationContext, person: Cluster, m: Mention, setting: str) -> bool:
    """Is the mention the subject of a clause that names a party of the setting's state and no entity of
    another state, in a sentence that names none either?"""
    subject = ctx.doc[m.start : m.end].root
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ != "nsubj":
        return False
    states: set[str] = set()
    party = False
    for token in subject.head.subtree:
        other = ctx.clusters.cluster_at(token.i)
        if other is None or other is person:
            continue
        state = ctx.state_of(other)
        states |= {state} if state else set()
        # a party named as an actor, not as a word of a noun ("the Republican nomination")
        named = token.dep_ not in ("amod", "compound")
        party = party or (state == setting and named and _party(ctx, other))
    return party and states == {setting} and not ctx.other_state_near(m.start, setting)


def _party(ctx: AffiliationContext, cl: Cluster) -> bool:
    """A political party the table knows or whose name says so ("the Green Party")."""
    if ctx.found.types.get(cl.key, cl.type) != "ORG":
        return False
    countries = ctx.article_countries()
    known = (lookup_organisation(m.text, countries) for m in cl.mentions)
    return is_party_name(cl.label) or any(org is not None and org.kind == "party" for org in known)
