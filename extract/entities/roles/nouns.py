"""The role a title noun states for its holder, and whom it ties them to (shared by the readers of
titles, appositions and clauses).

"X, the US ambassador to the United Nations" -> (X, ambassador of, United States), (X, ambassador to, UN);
"the Democratic Speaker of the House X": the party is a membership, the office the state's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from geokg.extract.entities.clusters import Cluster, MentionClusters
from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.igos import has_member_states, lookup_igo
from geokg.extract.entities.mentions import is_person_noun
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.roles.context import RoleContext
from geokg.extract.entities.titles import (
    heads_a_field,
    is_occupation_of_a_place,
    is_portfolio,
    is_role_word,
    is_title_modifier,
    is_title_qualifier,
    is_unit_noun,
    qualify,
    role_phrase,
    time_qualifier,
    unlisted_portfolio,
)
from geokg.extract.lexicon.entity_words import (
    BODY_PARTS,
    PARTY_ROLES,
    PLACE_KIND_NOUNS,
    PORTFOLIO_TITLES,
    STATE_PORTFOLIO_TITLES,
    TEAM_NOUNS,
)
from geokg.extract.lexicon.syntax import NOUN_MODIFIER_DEPS, NOUN_POS, PRENOMINAL_DEPS
from geokg.extract.lexicon.words import (
    BODY_OWNER_NOUNS,
    COMPANY_NOUNS,
    COUNTERPART_NOUNS,
    FIRM_KIND_NOUNS,
    GENERIC_INSTITUTIONS,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    IGO_ENVOY_ROLES,
    REGION_ADJECTIVES,
    RELATIONAL_NOUNS,
    STAFF_PREPS,
    STATE_PARTY_NOUNS,
    STATE_PARTY_TEAM_WORDS,
    TITLE_OBJECTS,
    TITLE_PREPS,
)
from spacy.tokens import Doc, Token


def _no_title_word(token: Token) -> bool:
    return not (is_role_word(token.lower_) or is_title_modifier(token.lower_))


def _joined_portfolio(ctx: RoleContext, modifier: Token) -> list[Token]:
    """The "and" and the second modifier the parser hung on a title's modifier ("energy and mines
    minister", "trade and industry secretary"): with it they are one portfolio."""
    if not is_title_modifier(modifier.lower_):
        return []
    doc = ctx.doc
    for conj in modifier.children:
        if conj.dep_ != "conj" or conj.i != modifier.i + 2 or ctx.named(conj):
            continue
        if doc[modifier.i + 1].lower_ == "and" and is_title_modifier(conj.lower_):
            return [doc[modifier.i + 1], conj]
    return []


def _field_compounds(ctx: RoleContext, modifier: Token) -> list[Token]:
    """The common nouns the parser hung on a title's common noun modifier ("investor" of "investor relations
    officer"): with it they name the field of the title."""
    if modifier.dep_ != "compound" or modifier.tag_ not in ("NN", "NNS"):
        return []
    return [
        c
        for c in modifier.children
        if c.dep_ == "compound" and c.i == modifier.i - 1 and c.tag_ in ("NN", "NNS") and not ctx.named(c)
    ]


def state_word_ends(doc: Doc, k: int) -> bool:
    """Does a state's name or word (one to three words, a possessive's "'s" after it) end at `k`:
    "Britain['s]", "British", "U.S.", "the United States'"?"""
    if k > 0 and doc[k].tag_ == "POS":
        k -= 1
    return any(k - size + 1 >= 0 and lookup_country(doc[k - size + 1 : k + 1].text) for size in (3, 2, 1))


def portfolio_role(ctx: RoleContext, words: Sequence[Token], role: str) -> str:
    """The role of a title whose portfolio words the title tables do not know ("Economic Planning
    Minister" read as "minister"): the portfolio kept before the role noun ("economic planning minister").
    A secretary's only after a state's word or a body's name ("Britain's Employment Secretary", "Treasury
    Financial Secretary": a rank in the body); bare, "Party Secretary" may name a body of its own."""
    titles = PORTFOLIO_TITLES | STATE_PORTFOLIO_TITLES
    # any office right after its owner keeps its field ("EC [Industrial Policy] Director")
    owned = bool(words) and is_role_word(role) and role == words[-1].lower_
    owned = owned and owner_word_ends(ctx, words[0].i - 1)
    if not words or ((role not in titles or words[-1].lower_ not in titles) and not owned):
        return role
    first = next((k for k, w in enumerate(words) if not is_title_qualifier(w.lower_)), len(words))
    portfolio = words[first:-1]  # "Acting [Economic Planning] Minister"
    if not portfolio or not all(w.text.istitle() and w.is_alpha for w in portfolio):
        return role
    if words[-1].lower_ not in PORTFOLIO_TITLES and not owner_word_ends(ctx, words[0].i - 1):
        return role
    return " ".join([*(w.lower_ for w in portfolio), role])


def owner_word_ends(ctx: RoleContext, k: int) -> bool:
    """Does a state's name or word, or a body's name, end at `k` (a possessive's "'s" after it)? The owner a
    secretary's rank or portfolio words follow ("Britain's [Employment] Secretary", "Treasury [Financial]
    Secretary")."""
    if k < 0:
        return False
    if state_word_ends(ctx.doc, k):
        return True
    if ctx.doc[k].tag_ == "POS":
        k -= 1
    body = ctx.clusters.cluster_at(k) if ctx.mention_of(k, ending=True) is not None else None
    return body is not None and body.type == "ORG" and not ctx.place(body)


def _portfolio_words(ctx: RoleContext, noun: Token, mods: list[Token]) -> list[Token]:
    """The Title Case modifiers right before a title noun in apposition, up to three and none a name or a
    state's word ("X, Britain's [Research] Minister"): a portfolio's words, for portfolio_role."""
    doc, run = ctx.doc, [noun]
    k = noun.i - 1
    while k >= 0 and len(run) <= 3 and doc[k] in mods and doc[k].is_alpha and doc[k].text.istitle():
        if ctx.named(doc[k]) or lookup_country(doc[k].text) is not None:
            break
        run.insert(0, doc[k])
        k -= 1
    return run


def _unlisted_portfolio_after(ctx: RoleContext, pobj: Token) -> list[str]:
    """ "minister of [financial institutions]": the words of an "of" object that is a plain phrase, none
    named or of an entity type ("minister of many years": DATE), no article or possessor and no phrase of
    its own (not "minister of a small state", "of his country"), when they make a portfolio the title words
    do not know (titles.unlisted_portfolio); else none."""
    if (
        pobj.dep_ != "pobj"
        or pobj.pos_ != "NOUN"
        or is_portfolio(pobj.lower_)
        or pobj.lower_ in TITLE_OBJECTS
    ):
        return []
    phrase = list(pobj.subtree)
    if phrase[-1] is not pobj or any(
        ctx.named(t) or t.ent_type_ or (t is not pobj and t.dep_ not in ("amod", "compound")) for t in phrase
    ):
        return []
    if not unlisted_portfolio([t.lower_ for t in phrase]):
        return []
    return ["of", *(t.text for t in phrase)]


def role_of_noun(
    ctx: RoleContext, holder: Cluster, noun: Token, token: int, pronoun_owners: tuple[Cluster, ...] = ()
) -> None:
    """The role a title noun states for its holder, with whom it ties them to: its possessor or named
    modifier ("Trump's lawyer", "the US ambassador") and its of/to/for objects ("the ambassador to the
    United Nations"); "secretary of state" keeps its own words."""
    doc = ctx.doc
    first = noun.i
    while first >= 2 and ctx.joining_hyphen(first - 1, 0) and doc[first - 2].is_alpha:
        first -= 2  # "vice-president", "ex-minister": the parser may split the words apart
    # "X, Acme Corp's executive vice-president": the split words' modifiers may hang on the first piece
    children = [*noun.children, *(c for k in range(first, noun.i) for c in doc[k].children if c.i < first)]
    children += _employer_on_the_name(ctx, holder, noun)
    mods = [
        c
        for c in children
        if not ctx.named(c)
        and (c.dep_ in PRENOMINAL_DEPS or (c.dep_ == "nmod" and is_title_modifier(c.lower_)))
    ]
    mods = sorted([*mods, *(t for c in mods for t in _joined_portfolio(ctx, c))], key=lambda t: t.i)
    mods = sorted([*mods, *(t for c in mods for t in _field_compounds(ctx, c))], key=lambda t: t.i)
    # the modifiers as tokens: a field's common noun before the role noun is part of the title ("research
    # director"), which the title words read from its tag
    words: list[Token | str] = [*(c for c in mods if c.i < first), *doc[first : noun.i + 1].text.split()]
    # "former US President", "former vice-president": a qualifier modifying the title or its first word
    title = doc[first : noun.i + 1]
    said = [c for t in title for c in t.children if c.i < t.i and c.dep_ in ("amod", "advmod")]
    # "his ex-model wife": a qualifier joined by a hyphen to a word before the title qualifies that word
    said = [
        c
        for c in said
        if not (c.i + 2 < first and ctx.joining_hyphen(c.i + 1, 0) and _no_title_word(doc[c.i + 2]))
    ]
    qualifier = ctx.qualifier_said(said)
    if qualified_title(ctx, noun):
        qualifier = qualifier or time_qualifier([noun.lower_])  # "bishop emeritus"
    if any(c.dep_ == "nummod" and ctx.past_year(c) for c in noun.children):
        qualifier = qualifier or "former"  # "the party's 2016 nominee"

    if first < noun.i:
        # "the then-manager", "an ex-minister": the hyphen joins the qualifier to the title
        qualifier = qualifier or time_qualifier([title.text])
    qualifier = qualifier or ctx.qualifier_before(first - 1, ctx.sentence_start[first])
    pair = noun.dep_ == "conj" and noun.head.dep_ != "conj" and not noun.head.conjuncts[1:]
    pair = pair and not any(t.text == "," for t in doc[noun.head.i : noun.i])
    if qualifier is None and pair and is_role_word(noun.head.lower_):
        # "X, the former governor and senator": the first title's qualifier is said of both (not of a
        # longer list, "former minister, mayor and MP", where it may be the first item's only)
        first_said = [c for c in noun.head.children if c.i < noun.head.i and c.dep_ in ("amod", "advmod")]
        qualifier = ctx.qualifier_said(first_said)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            # "secretary of state", "the minister of the interior", "the secretary of trade and industry"
            words += [
                word
                for pobj in prep.children
                if pobj.lower_ in TITLE_OBJECTS or is_portfolio(pobj.lower_)
                for word in ("of", pobj.text, *(t.text for t in _joined_portfolio(ctx, pobj)))
            ]
            if noun.lemma_.lower() in PORTFOLIO_TITLES:
                # "X, Chile's minister of financial institutions": a portfolio the title words do not know,
                # kept as before a name (titles.role_phrase reads it)
                words += [w for pobj in prep.children for w in _unlisted_portfolio_after(ctx, pobj)]
    lemma = noun.lemma_.lower()
    if first > 0 and f"{doc[first - 1].lower_} {lemma}" in RELATIONAL_NOUNS:
        lemma = f"{doc[first - 1].lower_} {lemma}"  # "his running mate": a relation of two words
    # "X, Britain's Research Minister": a portfolio the title tables do not know is kept, as before a name
    phrase = role_phrase(words)
    phrase = portfolio_role(ctx, _portfolio_words(ctx, noun, mods), phrase) if phrase else phrase
    role = qualify(phrase or lemma, qualifier)
    institution = _institution_compound(ctx, noun)
    if institution and institution not in role:
        role = qualify(f"{institution} {phrase or lemma}", qualifier)
    linked = False
    # "X, Acme's head of research": the title heads a field of the body's work, held at the body
    field = _field_headed(ctx, holder, noun, role)
    envoy = _envoy_to_a_body(ctx, holder, role, children)
    if envoy is not None:
        # "X, Chile's U.N. envoy", "the Peruvian UN delegate, Y": the state's envoy to the body, never the
        # body's own officer; the state owns the title however the parser hangs its word
        body, sender = envoy
        ctx.add(holder, role, "to", body, token)
        ctx.add(holder, role, "of", sender, token)
        linked = True
        children = [c for c in children if ctx.clusters.cluster_at(c.i) not in (body, *_envoy_states(ctx, c))]
    if any(c.dep_ == "poss" and c.lemma_.lower() in PLACE_KIND_NOUNS and not ctx.named(c) for c in children):
        ctx.found.local_titles.add((holder.key, token))  # "the city's home minister"
    for child in children:
        if child.dep_ == "poss" and child.pos_ == "PRON" and pronoun_owners:
            # "the parties chose X as their nominee": the possessive is the clause's subject
            for owner in pronoun_owners:
                ctx.add(holder, role, "of", owner, token)
            linked = True
        elif (
            child.dep_ == "poss" and child.tag_ == "PRP$" and (body := _subject_its_names(ctx, holder, child))
        ):
            ctx.add(holder, role, "of", body, token)  # "Acme said its chairman, X, would resign"
            linked = True
        elif child.dep_ == "poss" and child.tag_ == "PRP$":
            ctx.pronoun_owned(holder, role, child.i, token)  # "X, his elected successor"
        elif child.dep_ == "poss" and (body := firm_the_noun_names(ctx, holder, child)) is not None:
            ctx.add(holder, role, "of", body, token)  # "Acme said ... The company's chairman, X, said"
            linked = True
        elif child.dep_ == "poss" and (state := _state_of_an_unnamed_firm(ctx, child)) is not None:
            ctx.origin(holder, state)  # "the Canadian company's chairman, X": of the firm's state
        elif child.dep_ == "poss" and child.lemma_.lower() == "party" and not ctx.named(child):
            # "the Green Party nominated X, the party's 1996 nominee": the party named before it
            party = ctx.party_before(child.i)
            if party is not None and party is not holder:
                ctx.add(holder, role, "of", party, token)
                linked = True
        elif child.dep_ == "poss" or (child.dep_ in NOUN_MODIFIER_DEPS and ctx.named(child)):
            owner = ctx.clusters.cluster_at(child.i)
            if owner and child.dep_ != "poss" and _region_scope(child):
                continue  # "X, Asian director for Acme": the region the title covers, no body of its own
            if owner and child.dep_ != "poss" and is_occupation_of_a_place(role) and ctx.place(owner):
                ctx.origin(holder, owner)  # "X, a Texas lawyer"
            elif owner and child.dep_ != "poss" and _place_of_a_body(ctx, holder, noun, child, owner):
                ctx.origin(holder, owner)  # "the West Bank leader of Fatah": where, not whose
            elif owner and _creed_adjective(ctx, holder, child, owner):
                continue  # "a Pentecostal church": the kind of church, not whose it is
            elif owner and child.dep_ != "poss" and _kind_of_body(holder, noun) and ctx.place(owner):
                if not ctx.second_of_two_states(child.i):  # "X, a US-German carmaker": of neither state
                    ctx.origin(holder, owner)  # "X, a Chinese car maker": where the body is from, no office
            elif owner and _states_firm(ctx, holder, noun) and ctx.place(owner):
                ctx.origin(holder, owner)  # "X, Japan's largest chip maker": the state's firm, no office
            elif owner and child.dep_ != "poss" and lemma in COUNTERPART_NOUNS and ctx.place(owner):
                ctx.origin(holder, owner)  # "his Peruvian counterpart, X": X is Peru's, no office "of Peru"
            elif owner and child.dep_ != "poss" and ctx.trade_role(holder, lemma, owner):
                ctx.origin(holder, owner)  # "its Philippine agent, X": X trades there, no office "of" it
            elif owner and child.dep_ != "poss" and party_adjective(ctx, holder, owner, role, noun):
                ctx.add(holder, "member", "of", owner, token)  # "the Democratic Speaker of the House"
            elif owner and owner is not holder and field and owner.type in ("ORG", "PERSON"):
                ctx.add(holder, role, "at", owner, token, unit=field)  # "Acme's head of research"
                linked = True
            elif owner and owner is not holder:
                ctx.add(holder, role, "of", owner, token)
                for partner in _slash_partners(ctx, child):
                    ctx.add(holder, role, "of", partner, token)  # "the Acme/Zenith venture": Acme's too
                linked = True
        elif child.dep_ == "prep" and _inside_a_name(ctx, noun, child):
            continue  # "head of People for the American Way": the name's own "for", no title's
        elif child.dep_ == "prep" and (
            child.lower_ in TITLE_PREPS
            or (child.lower_ in STAFF_PREPS and (is_person_noun(lemma) or is_role_word(lemma)))
        ):
            for pobj in child.children:
                owner = ctx.clusters.cluster_at(pobj.i)
                if owner is None and child.lower_ == "of" and _states_party(ctx, holder, role, pobj, token):
                    linked = True
                    continue
                if owner is None and pobj.pos_ in NOUN_POS and _national_team_of(ctx, holder, pobj):
                    continue
                if owner is None and child.lower_ == "of" and (named := _body_named_after(ctx, holder, pobj)):
                    # "X, the chairman of Spain's biggest lender, Acme Bank": the body the noun is named as
                    ctx.add(holder, role, "of", named, token)
                    linked = True
                    continue
                if owner is None and child.lower_ == "of" and _unnamed_firm(ctx, holder, role, pobj, token):
                    linked = True
                    continue
                if owner is None and child.lower_ == "of" and (unit := _named_unit(ctx, holder, pobj)):
                    # "X, chairman of Acme Plc's Zenith Ltd unit": he chairs the unit, a body of its own name
                    ctx.add(holder, role, "of", unit, token)
                    linked = True
                    continue
                if owner is None and child.lower_ == "of" and (body := unit_of_a_body(ctx, holder, pobj)):
                    # "X, deputy manager of Acme Co's fund department": a deputy manager of the fund
                    # department at Acme (not of Acme: "chairman of X's works council" chairs no X)
                    ctx.add(holder, role, "at", body, token, unit=unit_words(pobj))
                    linked = True
                    continue
                works_in = child.lower_ == "at" or child.lower_ in STAFF_PREPS
                if owner is None and works_in and (body := unit_of_a_body(ctx, holder, pobj)):
                    # "X, a senior executive at Acme's London bond operation": one works at the unit, so
                    # for the body that owns it; the title is the body's (the unit heads nothing of X's)
                    ctx.add(holder, role, child.lower_, body, token)
                    linked = True
                    continue
                if (
                    owner is None
                    and child.lower_ == "of"
                    and _unit_of_an_unnamed_firm(ctx, holder, role, pobj, token)
                ):
                    linked = True
                    continue
                portfolio = owner is None and child.lower_ == "for"
                at_body = _body_of_portfolio(ctx, holder, pobj) if portfolio else None
                if at_body is not None:
                    # "X, vice minister for trade affairs at the Ministry of Y": the ministry's vice minister
                    ctx.add(holder, role, "at", at_body, token)
                    linked = True
                    continue
                if owner is None and pobj.pos_ in NOUN_POS:
                    owner = _named_modifier(ctx, child.lower_, pobj)
                if owner is None and child.lower_ == "of":
                    owner = _owner_after_portfolio(ctx, pobj)
                if owner and child.lower_ == "of" and _portfolio_taken_for_body(pobj, owner):
                    continue  # "Chile's Minister of International Trade and Industry": the role's portfolio
                if owner and child.lower_ == "for" and ctx.place(owner) and _firms_officer(ctx, holder, noun):
                    continue  # "X, Acme Securities general manager for Canada": the firm's business there
                if owner and child.lower_ == "for" and _employer_at(ctx, holder, noun):
                    continue  # "vice president for International Services at Acme": a line of its business
                if owner and field and child.lower_ == "at":
                    ctx.add(holder, role, "at", owner, token, unit=field)  # "head of research at Acme"
                    linked = True
                elif owner:
                    ctx.add(holder, role, child.lower_, owner, token)
                    linked = True
    # ("X, the central bank's vice president": the bank's office, which no name says; no state's)
    if not linked and not any(c.dep_ == "poss" and body_possessive(ctx, c) for c in children):
        ctx.add(holder, role, "of", None, token)


def _field_headed(ctx: RoleContext, holder: Cluster, noun: Token, role: str) -> str:
    """The field of a body's work a person's title heads, written bare after its "of" ("head of research",
    "director of Trade Policy", "head of corporate affairs"; titles.tsv field_after_role_nouns): its words,
    lower-cased, else "". No name, unit, board, article or possessive there ("head of the Acme unit", "head
    of its research department" say whose), and no title whose words took the "of" in ("head of state")."""
    lemma = noun.lemma_.lower()
    if holder.type != "PERSON" or not heads_a_field(lemma) or role.split()[-1] != lemma:
        return ""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ not in NOUN_POS or ctx.named(pobj):
                continue
            if is_unit_noun(pobj.lemma_) or pobj.lemma_.lower() in BODY_PARTS | TITLE_OBJECTS:
                continue
            words = [t for t in pobj.subtree if t.i <= pobj.i]
            if any(t.dep_ in ("det", "poss", "punct") or ctx.named(t) for t in words):
                continue
            return " ".join(t.lower_ for t in words)
    return ""


def _slash_partners(ctx: RoleContext, owner: Token) -> list[Cluster]:
    """The named bodies joined to a title's named modifier by a slash ("the [Acme]/Zenith joint venture",
    the parser hanging the first on the second): owners of the title's body with it."""
    doc = ctx.doc
    return [
        partner
        for c in owner.children
        if c.i + 2 == owner.i
        and doc[c.i + 1].text == "/"
        and (partner := ctx.clusters.cluster_at(c.i)) is not None
        and partner.type == "ORG"
    ]


def _portfolio_taken_for_body(pobj: Token, owner: Cluster) -> bool:
    """Is the name after a title's "of" its portfolio, which the role took in ("Minister of [International
    Trade and Industry]": a trade minister), tagged as a body the tables do not know and no state owns? It
    is no body the title is held at; the title's owner is the one written before it ("Chile's")."""
    portfolio = pobj.lower_ in TITLE_OBJECTS or is_portfolio(pobj.lower_)
    known = lookup_organisation(owner.label) is not None or lookup_igo(owner.label) is not None
    return portfolio and owner.type == "ORG" and not owner.country and not known


def envoys_state(
    ctx: RoleContext, holder: Cluster, body: Cluster | None, role: str, state: Cluster | None
) -> Cluster | None:
    """The state (its country's cluster) a person speaks for at an international body, when a state's word
    ("Peruvian", "Chile's") stands before the body's name before an envoy's title (igo_envoy_roles):
    "Peruvian U.N. Ambassador X", "Chile's U.N. spokesman Y"; None otherwise."""
    if holder.type != "PERSON" or body is None or role.split()[-1] not in IGO_ENVOY_ROLES:
        return None
    if not has_member_states(lookup_igo(body.label)):
        # "Chilean Red Cross spokesman X": a society of the movement, no body states send envoys to
        return None
    if state is None or not state.country or state.type not in ("GPE", "NORP"):
        return None
    return ctx.clusters.country_cluster(state.country)


def _envoy_states(ctx: RoleContext, word: Token) -> list[Cluster]:
    """The states named by the word or by a possessive or modifier hung on it ("Peru's", "Chilean" on the
    title or on the body's name: "the Chilean U.N. spokesman" may hang "Chilean" on "U.N.")."""
    words = [word, *(c for c in word.children if c.dep_ == "poss" or c.dep_ in PRENOMINAL_DEPS)]
    found = [ctx.clusters.cluster_at(w.i) for w in words]
    return [c for c in found if c is not None and c.type in ("GPE", "NORP") and c.country]


def _envoy_to_a_body(
    ctx: RoleContext, holder: Cluster, role: str, children: list[Token]
) -> tuple[Cluster, Cluster] | None:
    """The international body and the sending state of an envoy's title written as a noun with both
    before it ("Peru's U.N. Representative", "the Chilean UN spokesman"), or None."""
    bodies = [
        body
        for c in children
        if c.dep_ in NOUN_MODIFIER_DEPS
        and (body := ctx.clusters.cluster_at(c.i)) is not None
        and body is not holder
        and body.type == "ORG"
    ]
    states = [state for c in children for state in _envoy_states(ctx, c)]
    for body in bodies:
        for state in states:
            sender = envoys_state(ctx, holder, body, role, state)
            if sender is not None:
                return body, sender
    return None


def _employer_on_the_name(ctx: RoleContext, holder: Cluster, noun: Token) -> list[Token]:
    """ "X, vice-president of finance at Acme Corp, said": the parser may hang the title's "at" phrase on
    the name the title is in apposition to; right after the title, inside its commas, and naming a body,
    it says where the title is held."""
    if noun.dep_ != "appos" or ctx.clusters.cluster_at(noun.head.i) is not holder:
        return []
    end = noun.right_edge.i
    return [
        prep
        for prep in noun.head.children
        if prep.dep_ == "prep"
        and prep.lower_ == "at"
        and prep.i == end + 1
        and (body := _body_at(ctx, holder, noun.head)) is not None
        and body.type == "ORG"
    ]


def _region_scope(modifier: Token) -> bool:
    """ "Asian Director", "Latin American manager": a continent's or world region's adjective (words.tsv
    region_adjectives) before a title is the scope of the office, of many states and no body."""
    words = " ".join(t.lower_ for t in modifier.subtree if t.dep_ in ("compound", "amod") or t is modifier)
    return modifier.lower_ in REGION_ADJECTIVES or words in REGION_ADJECTIVES


def _employer_at(ctx: RoleContext, holder: Cluster, noun: Token) -> bool:
    """Does the title noun name the body the holder works at ("director for Asia at the IMF")? What the
    title is "for" is then a portfolio or scope within that body, no body of its own."""
    return _body_at(ctx, holder, noun) is not None


def _body_at(ctx: RoleContext, holder: Cluster, word: Token) -> Cluster | None:
    """The named body (not the holder) in an "at" phrase of the word ("... at the IMF"), or None."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for pobj in prep.children:
            body = ctx.clusters.cluster_at(pobj.i) if pobj.dep_ == "pobj" else None
            if body is not None and body is not holder and body.type == "ORG":
                return body
    return None


def _firms_officer(ctx: RoleContext, holder: Cluster, noun: Token) -> bool:
    """The title noun is a firm's, named before it ("Acme Securities general manager", "Acme's manager", "the
    company's manager") or after "of"/"at" ("general manager of Acme Co for Asia"): what it is "for" is
    where the firm does business, no office of that place."""
    if holder.type != "PERSON":
        return False
    owners = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ in NOUN_MODIFIER_DEPS and c.i < noun.i)]
    owners += [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    # "the company's general manager for Canada": a firm the text names by its noun
    unnamed = any(t.dep_ == "poss" and not ctx.named(t) and t.lemma_.lower() in COMPANY_NOUNS for t in owners)
    return unnamed or any(ctx.named(t) and ctx.firm(ctx.clusters.cluster_at(t.i)) for t in owners)


def _institution_compound(ctx: RoleContext, noun: Token) -> str | None:
    """ "Brazil's central bank president", "the Iraqi army chief": an institution every state has, written
    unnamed before the title noun, whose title it is (the state's central bank's president, not its
    president). Not a relation's noun ("her Senate opponent")."""
    if noun.lemma_.lower() in RELATIONAL_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ != "compound" or child.i > noun.i or ctx.named(child):
            continue
        words = [t for t in child.subtree if t.dep_ not in ("poss", "case", "det") and not ctx.named(t)]
        phrase = " ".join(t.lower_ for t in words)
        if phrase in GENERIC_INSTITUTIONS:
            return phrase
    return None


def _unnamed_firm(ctx: RoleContext, holder: Cluster, role: str, noun: Token, token: int) -> bool:
    """ "president of Brazil's central bank", "chairman of the bank": a title of an unnamed bank or firm
    is held there, not in the story's state ("president" alone would be read as its head of state). A
    state's own institution keeps its state: "central bank president" of Brazil. True when so."""
    if noun.lemma_.lower() not in COMPANY_NOUNS or ctx.named(noun):
        return False
    kind = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not ctx.named(c)]
    institution = " ".join([*(c.lower_ for c in kind), noun.lower_])
    owners = [
        c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i and ctx.named(c)
    ]
    state = ctx.clusters.cluster_at(owners[-1].i) if owners else None
    if institution in GENERIC_INSTITUTIONS and state is not None and state.country and ctx.place(state):
        ctx.add(holder, f"{institution} {role}", "of", state, token)
    else:
        ctx.add(holder, f"{noun.lemma_.lower()} {role}", "of", None, token)
    return True


def _body_named_after(ctx: RoleContext, holder: Cluster, noun: Token) -> Cluster | None:
    """The organisation a title's unnamed object is named as in apposition right after it ("chairman of
    Spain's biggest lender, Acme Bank": Acme Bank), where the name follows the noun's comma directly; None
    where no organisation's name does, or another person's ("the head of the firm, Ann Roe, said")."""
    if noun.pos_ not in NOUN_POS or ctx.named(noun) or noun.i + 2 >= len(ctx.doc):
        return None
    if ctx.doc[noun.i + 1].text != ",":
        return None
    mention = ctx.mention_of(noun.i + 2, lambda b: b is not holder and b.type == "ORG" and not ctx.place(b))
    if mention is None:
        return None
    if any(c.dep_ == "appos" and mention.start <= c.i < mention.end for c in noun.children):
        return ctx.clusters.cluster_at(mention.start)
    return None


def _inside_a_name(ctx: RoleContext, noun: Token, prep: Token) -> bool:
    """ "head of Friends for the Open Road", "head of People for the American Way": a preposition right
    after a capitalised object of "of" that the name goes on with (inside its mention, or, unnamed, before
    another capitalised word) is a word of the body's name, not a second object of the title. Not a
    portfolio ("Minister of Finance for Ontario") nor a name that ends before it ("head of Hamas for
    Gaza")."""
    if prep.lower_ == "of" or prep.i == 0:
        return False
    before = ctx.doc[prep.i - 1]
    of = before.head if before.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.head.i != noun.i or not before.is_title:
        return False
    if before.lower_ in TITLE_OBJECTS or is_portfolio(before.lower_):
        return False
    mention = ctx.clusters.mention_at(before.i)
    if mention is not None:
        return mention.end > prep.i
    after = [t for t in ctx.doc[prep.i + 1 : prep.right_edge.i + 1] if t.dep_ != "det"]
    return bool(after) and after[0].is_title


def _place_of_a_body(ctx: RoleContext, holder: Cluster, noun: Token, modifier: Token, place: Cluster) -> bool:
    """ "the West Bank leader of Fatah", "Fatah's West Bank leader", "a West Bank militia leader": a place
    written before a title whose body is named otherwise (its possessor or its "of" object), or by a group
    noun between them, says where the holder serves, not that the office is the place's ("the Texas
    governor" is)."""
    if not ctx.place(place):
        return False
    between = [c for c in noun.children if c.dep_ == "compound" and modifier.i < c.i < noun.i]
    if any(c.lower_ in GROUP_NOUNS and not ctx.named(c) for c in between):
        return True
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lower_ not in TITLE_OBJECTS and not is_portfolio(pobj.lower_)
    ]
    bodies = [ctx.clusters.cluster_at(owner.i) for owner in owners]
    return any(
        body is not None and body is not holder and body.type == "ORG" and not ctx.place(body)
        for body in bodies
    )


# The entity types a state's adjective, name or possessive before a party's noun has ("Soviet", "Peru's")
STATE_TYPES = ("GPE", "NORP")


def _states_party(ctx: RoleContext, holder: Cluster, role: str, noun: Token, token: int) -> bool:
    """ "X, head of the Soviet delegation", "Y, a member of Peru's delegation", "Z, chief of the U.S.
    negotiating team": a person who heads or serves in a party a state sends (words.tsv state_party_nouns; a
    team only with a word of talks, state_party_team_words) acts for that state: an office of the state's
    party ("delegation head of" the state), and its country. The state is named before the noun, as an
    adjective, a modifier or a possessive. True when so."""
    if holder.type != "PERSON" or ctx.named(noun) or noun.pos_ not in NOUN_POS:
        return False
    kinds = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not ctx.named(c)]
    talks = [c.lower_ for c in kinds if c.lower_ in STATE_PARTY_TEAM_WORDS]
    lemma = noun.lemma_.lower()
    if lemma not in STATE_PARTY_NOUNS and not (lemma in TEAM_NOUNS and talks):
        return False
    owners = [
        ctx.clusters.cluster_at(c.i)
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i and ctx.named(c)
    ]
    states = {
        o.key: o
        for o in owners
        if o is not None
        and o is not holder
        and ((o.country and o.type in STATE_TYPES) or (lemma == "delegation" and _union_of_states(o)))
    }
    if len(states) != 1:
        return False
    party = "negotiating team" if lemma.startswith("negotiator") else " ".join([*talks, lemma])
    ctx.add(holder, f"{party} {role}", "of", next(iter(states.values())), token)
    return True


def _union_of_states(owner: Cluster) -> bool:
    """ "head of the EC delegation": a union of states sends its delegation as a state does (a delegation
    only: "the UNICEF relief mission" is the mission's, not the body's)."""
    return owner.type == "ORG" and lookup_igo(owner.label) is not None


def _national_team_of(ctx: RoleContext, holder: Cluster, noun: Token) -> bool:
    """ "X, a member of the Kenyan national team", "the captain of the Ghana squad": a team a state names
    is the state's, and its member one of that state's people (no office of the state). True when so."""
    if holder.type != "PERSON" or noun.lemma_.lower() not in TEAM_NOUNS:
        return False
    for modifier in noun.children:
        state = ctx.clusters.cluster_at(modifier.i) if modifier.dep_ in ("amod", "compound") else None
        if state is not None and state.country and modifier.i < noun.i:
            ctx.origin(holder, state)
            return True
    return False


def _subject_its_names(ctx: RoleContext, holder: Cluster, pronoun: Token) -> Cluster | None:
    """ "Acme said its chairman, X, would resign", "Acme, a Dutch bank, said profits rose, and its chairman,
    X, ...", "Chile said its finance minister, Y, ...": a person's title owned by "its" is the body's or the
    state's that is the subject of the clause the title stands in, or of a clause above it, before the
    pronoun: the one thing "its" can name there (coreference runs only once the entities are fixed)."""
    if holder.type != "PERSON":
        return None
    return its_owner(ctx, pronoun, holder)


class _Text(Protocol):
    """What reading "its" needs of a stage's context: the Doc and its clusters."""

    doc: Doc
    clusters: MentionClusters


def its_owner(ctx: _Text, pronoun: Token, holder: Cluster | None = None) -> Cluster | None:
    """The body or state "its" names: the named subject of the clause it stands in or of one above it,
    before it, with no other body named or a firm's noun written between ("Chile said the bank and its
    chairman": the bank's); at a sentence's opening, the subject of the sentence before
    (`_subject_of_the_sentence_before`). None when the text leaves it open."""
    if pronoun.lower_ != "its":
        return None
    return _owner_above_or_before(ctx, pronoun, holder)


def _owner_above_or_before(ctx: _Text, pronoun: Token, holder: Cluster | None) -> Cluster | None:
    """The named body or state the owner word stands for (`its_owner`): the subject of its clause or one
    above it, before it, else the subject of the sentence before."""
    word = pronoun.head
    while word.head.i != word.i:
        word = word.head
        if word.pos_ not in ("VERB", "AUX"):
            continue
        for subject in word.children:
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i > pronoun.i:
                continue
            body = _named_subject(ctx, subject)
            if body is None or body is holder or not (body.type == "ORG" or body.country):
                continue
            if _another_owner_between(ctx, body, subject.right_edge.i, pronoun.i):
                return None  # "Chile said the bank and its chairman, X, were fined": the bank's
            return body
    return _subject_of_the_sentence_before(ctx, pronoun)


def firm_the_noun_names(ctx: RoleContext, holder: Cluster, owner: Token) -> Cluster | None:
    """ "Acme said profits rose. The company's chairman, X, said ...", "Acme said the company's chairman, X,
    would resign": a person's title owned by a bare "the company" (a firm's noun, company_nouns, with only
    "the") is the firm's that "its" there would name (`its_owner`), where that is a firm; None otherwise
    ("the Swedish company's", "a company's", "the parent company's" name another, or none)."""
    if holder.type != "PERSON" or ctx.named(owner) or owner.lemma_.lower() not in COMPANY_NOUNS:
        return None
    if any(c.dep_ != "case" and (c.dep_, c.lower_) != ("det", "the") for c in owner.children):
        return None
    body = _owner_above_or_before(ctx, owner, holder)
    return body if ctx.firm(body) else None


def body_possessive(ctx: RoleContext, owner: Token) -> bool:
    """Is `owner` an unnamed body's noun that is no state, owning a title as a possessive: "the central
    bank's vice president", "the club's president" (company_nouns, body_owner_nouns)? The office is the
    body's, never the state's a title with no owner would fall to."""
    lemma = owner.lemma_.lower()
    named = ctx.named(owner) or not owner.is_lower
    return owner.pos_ == "NOUN" and not named and (lemma in COMPANY_NOUNS or lemma in BODY_OWNER_NOUNS)


def _state_of_an_unnamed_firm(ctx: RoleContext, owner: Token) -> Cluster | None:
    """The state a state word before a firm's noun names, where the firm is not named: "the Canadian
    company's chairman", "a Dutch bank's president" (the holder works for a firm of that state)."""
    if ctx.named(owner) or owner.lemma_.lower() not in COMPANY_NOUNS:
        return None
    for word in owner.children:
        state = (
            ctx.clusters.cluster_at(word.i)
            if word.dep_ in ("amod", "compound") and word.i < owner.i
            else None
        )
        if state is not None and state.country:
            return state
    return None


def _named_subject(ctx: _Text, subject: Token) -> Cluster | None:
    """The entity a subject names: its own name, or the name in apposition to a noun ("Japan's largest
    bank, Acme, said")."""
    body = ctx.clusters.cluster_at(subject.i)
    if body is None and subject.pos_ == "NOUN":
        named = [c for c in subject.children if c.dep_ == "appos" and ctx.clusters.mention_at(c.i)]
        body = ctx.clusters.cluster_at(named[0].i) if named else None
    return body


def _subject_of_the_sentence_before(ctx: _Text, pronoun: Token) -> Cluster | None:
    """ "Acme Corp said profits rose. Its chairman, X, said ...": "its" with no body or state before it in
    its sentence is the subject's of the sentence before, where that names no other body or state after
    its subject ("Acme said it bought Beta. Its chairman" may be either's)."""
    start = pronoun.sent.start
    if start == 0 or _another_owner_between(ctx, None, start - 1, pronoun.i):
        return None
    before = ctx.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    body = _named_subject(ctx, subjects[0]) if subjects else None
    if body is None or not (body.type == "ORG" or body.country):
        return None
    if _another_owner_between(ctx, body, subjects[0].right_edge.i, before.end):
        return None
    return body


def _another_owner_between(ctx: _Text, body: Cluster | None, start: int, end: int) -> bool:
    """Is another body or state named, or a firm's or a group's noun written ("the bank", "the group"),
    between the subject's phrase (with its apposition, "Acme, a Dutch bank,") and "its"? Then "its" may
    be that one's."""
    for token in ctx.doc[start + 1 : end]:
        other = ctx.clusters.cluster_at(token.i)
        if other is not None and other is not body and (other.type == "ORG" or other.country):
            return True
        if other is None and token.pos_ == "NOUN" and token.lemma_.lower() in COMPANY_NOUNS | GROUP_NOUNS:
            return True
    return False


def _owner_after_portfolio(ctx: RoleContext, portfolio: Token) -> Cluster | None:
    """ "the minister of economics of West Germany", "the secretary of state of Chile": the parser hangs the
    title's owner on its portfolio; the state or body named there owns the title."""
    if ctx.named(portfolio) or not (portfolio.lower_ in TITLE_OBJECTS or is_portfolio(portfolio.lower_)):
        return None
    for prep in portfolio.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            owner = ctx.clusters.cluster_at(pobj.i) if pobj.dep_ == "pobj" else None
            if owner is not None:
                return owner
    return None


def unit_of_a_body(ctx: RoleContext, holder: Cluster, noun: Token) -> Cluster | None:
    """ "X, head of the central bank's foreign exchange department", "Y, director of the ministry's
    finance bureau": a person who heads or serves in an unnamed unit of a named body, written as the
    body's possession, works for that body and is of its state; the title is held at the body, no office
    of the body itself (the title is the unit's). The body when so."""
    if holder.type != "PERSON":
        return None
    body = unit_owner(ctx, holder, noun)
    if body is not None:
        ctx.origin(holder, body)
    return body


def unit_owner(ctx: RoleContext, holder: Cluster, noun: Token) -> Cluster | None:
    """The named body or state whose unnamed unit the noun is, written as its possession ("the IMF's legal
    department", "Mexico's bank advisory committee") or after "of" ("the benefit board of the Zenith
    Church"), other than the holder; None for any other noun. A body's board (entity_words.tsv body_parts)
    is its unit here, though no unit of the name before it ("the Acme board" is Acme's own)."""
    lemma = noun.lemma_.lower()
    if ctx.named(noun) or not (is_unit_noun(lemma) or lemma in BODY_PARTS):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    for owner in owners:
        body = ctx.clusters.cluster_at(owner.i) if owner.dep_ in ("poss", "pobj") else None
        if body is not None and body is not holder and body.type in ("ORG", "GPE", "NORP"):
            return body
    return None


def _named_unit(ctx: RoleContext, holder: Cluster, noun: Token) -> Cluster | None:
    """ "X, chairman of Acme Plc's Zenith Ltd unit", "Y, president of its Zenith Ltd subsidiary": an owned
    unit (unit_nouns) whose own name is written as its compound is a body of that name, which the title is
    held in (the owner owns the unit, not the title). Not a state's or place's name ("Acme's U.S. unit":
    where the unit is), nor a name without an owner written ("head of the UN relief operation": the name
    may be the owner's). The unit's body when so."""
    if holder.type != "PERSON" or ctx.named(noun) or not is_unit_noun(noun.lemma_):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    mention = ctx.clusters.mention_at(noun.i - 1) if noun.i > 0 else None
    if not owners or mention is None or mention.end != noun.i:
        return None
    if not ctx.doc[mention.start].text[:1].isupper():
        return None  # "Acme Bank's treasury division": a unit's kind, no name (the tagger may tie it to one)
    unit = ctx.clusters.cluster_at(mention.start)
    if unit is None or unit is holder or unit.type != "ORG":
        return None
    if any(ctx.clusters.cluster_at(o.i) is unit for o in owners):
        return None
    return unit


def _unit_of_an_unnamed_firm(ctx: RoleContext, holder: Cluster, role: str, noun: Token, token: int) -> bool:
    """ "X, vice president of the bank's commercial paper unit", "Y, president of the firm's trading arm": a
    title in a unit (unit_nouns) of a firm the text does not name here (a firm's noun owns the unit) is
    the firm's, held there; never an office of the story's state ("vice president" alone would be read
    as one). Recorded as the firm's title ("bank vice president"), which names no state. True when so."""
    if holder.type != "PERSON" or ctx.named(noun) or not is_unit_noun(noun.lemma_):
        return False
    firms = [c for c in noun.children if c.dep_ == "poss" and not ctx.named(c) and c.lemma_ in COMPANY_NOUNS]
    if not firms:
        return False
    ctx.add(holder, f"{firms[0].lemma_.lower()} {role}", "of", None, token)
    return True


def _body_of_portfolio(ctx: RoleContext, holder: Cluster, noun: Token) -> Cluster | None:
    """ "minister for trade affairs at the Ministry of X", "director for Asia at the Fund": the named body the
    portfolio of a title is held at (the parse hangs "at" on the portfolio), which owns the title; a state
    body's holder is of its state. The body when so."""
    body = _body_at(ctx, holder, noun)
    if body is not None and body.country:
        ctx.origin(holder, body)
    return body


def unit_words(noun: Token) -> str:
    """The words naming a body's unit, without its owner and article: "works council" for "VW's works
    council", "foreign exchange department" for "the central bank's foreign exchange department"."""
    owners = {t.i for c in noun.children if c.dep_ in ("poss", "det") for t in c.subtree}
    words = [t.lower_ for t in noun.subtree if t.i <= noun.i and t.i not in owners and t.dep_ != "punct"]
    return " ".join(words)


def _named_modifier(ctx: RoleContext, prep: str, noun: Token) -> Cluster | None:
    """The entity named as a modifier of an unnamed object of a title: "envoy for Ukraine negotiations",
    "adviser to the Syria talks" (the subject's); "leader of the Hamas movement" (the body itself); "an
    official of the Tokyo government" (the state its capital stands for). Not a
    body's unit ("head of the UN relief operation" heads the operation, not the UN) nor a place's ("head
    of the Kenya office" says where the office is)."""
    named = [m for m in noun.children if m.dep_ == "compound" and ctx.named(m)]
    owner = ctx.clusters.cluster_at(named[-1].i) if named else None
    if prep == "of" and owner is not None and owner.country and noun.lemma_.lower() in GOVERNMENT_WORDS:
        return owner  # "an official of the Tokyo government": the state a capital names
    if prep == "of" and owner is not None and (owner.type != "ORG" or is_unit_noun(noun.lemma_)):
        return None
    return owner if prep in ("for", "to", "of") else None


def qualified_title(ctx: RoleContext, noun: Token) -> bool:
    """A qualifier written after its title, heading it in the parse: "bishop emeritus of Y"."""
    return time_qualifier([noun.lower_]) is not None and any(
        c.dep_ == "compound"
        and (c.i == noun.i - 1 or (c.i == noun.i - 2 and ctx.joining_hyphen(noun.i - 1, 0)))
        and is_role_word(c.lower_)
        for c in noun.children
    )


def _creed_adjective(ctx: RoleContext, holder: Cluster, modifier: Token, owner: Cluster) -> bool:
    """An adjective of no state and no party before an organisation's description ("a Pentecostal
    church", "a Sunni group"): it says what kind the organisation is, not whom it belongs to."""
    adjective = modifier.tag_ == "JJ" and modifier.dep_ == "amod"
    stateless = not owner.country and not ctx.affiliation(owner)
    return holder.type != "PERSON" and adjective and stateless and not ctx.party(owner)


def party_adjective(
    ctx: RoleContext, holder: Cluster, owner: Cluster, role: str, noun: Token | None = None
) -> bool:
    """A party named before a title the party does not give ("Democratic Speaker X", "the Republican
    chairman of the committee"): the holder's party; the office is the body's or the state's."""
    if holder.type != "PERSON" or not ctx.party(owner):
        return False
    of_another = noun is not None and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and ctx.named(pobj)
        for prep in noun.children
        for pobj in prep.children
    )
    return of_another or role.split()[-1] not in PARTY_ROLES


def _states_firm(ctx: RoleContext, holder: Cluster, noun: Token) -> bool:
    """ "Japan's largest chip maker", "Britain's biggest bank": a noun of a firm's kind (words.tsv
    company_nouns, firm_kind_nouns) a place's possessive says a named body is, is no office of that
    state ("maker of Japan" would make Japan) but where the firm is from. Not a body every state has
    ("Japan's central bank": generic_institutions), nor a person's title."""
    if holder.type == "PERSON" or noun.lemma_.lower() not in COMPANY_NOUNS | FIRM_KIND_NOUNS:
        return False
    kind = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not ctx.named(c)]
    return " ".join([*(c.lower_ for c in kind), noun.lower_]) not in GENERIC_INSTITUTIONS


def _kind_of_body(holder: Cluster, noun: Token) -> bool:
    """Does the noun say what kind of body a named body is ("a car maker", "an oil firm"), no office in it?"""
    return holder.type != "PERSON" and not is_role_word(noun.lemma_.lower())
