"""Offices: the table of who held which office when, and the state a title written without one names.

"Prime Minister X" (the table knows X) -> prime minister of the United Kingdom; "Defence Secretary Y" in a
story set in Kenya -> defence secretary of Kenya; "King Z" -> the king of the story's monarchy."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from geokg.extract.clauses.voice import modal_of, own_infinitive
from geokg.extract.entities.affiliations.context import AffiliationContext, is_news_outlet, is_party_name
from geokg.extract.entities.affiliations.listed import coordinated_state, owner_of_the_first_title
from geokg.extract.entities.clusters import Cluster, is_firm
from geokg.extract.entities.coref import quote_groups
from geokg.extract.entities.countries import has_ministries, lookup_country
from geokg.extract.entities.igos import igo_by_key, lookup_igo
from geokg.extract.entities.mentions import Mention, fold, headline_end
from geokg.extract.entities.offices import COLUMNS as OFFICE_COLUMNS
from geokg.extract.entities.offices import (
    Holding,
    governed_state,
    holders_on,
    holding,
    holds,
    names_office,
    office_kinds,
)
from geokg.extract.entities.organisations import body_sector
from geokg.extract.entities.places import division_type, place_country
from geokg.extract.entities.roles import Role
from geokg.extract.entities.roles.nouns import its_owner
from geokg.extract.entities.titles import (
    is_corporate_title,
    is_election_title,
    is_international_office,
    is_military_rank,
    is_ministry_field,
    is_occupation,
    is_portfolio,
    is_portfolio_head,
    is_role_word,
    is_us_state_abbreviation,
    member_chamber,
    office_of,
    title_head,
)
from geokg.extract.lexicon.cameo import STATE_SECTORS
from geokg.extract.lexicon.entity_words import (
    BARE_OFFICE_BODIES,
    BODY_KINDS,
    BODY_LEVELS,
    DIVISION_GOVERNMENT_WORDS,
    DIVISIONAL_OFFICES,
    DIVISIONAL_TITLES,
    LOCAL_OFFICE_NOUNS,
    LOCAL_TITLE_WORDS,
    MONARCH_TITLES,
    NATIONAL_TITLES,
    OFFICE_BODIES,
    ROYAL_BODIES,
    ROYAL_KIN_TITLES,
    STAFF_TITLES,
)
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.syntax import (
    PLACE_LABELS,
    stands_as_place,
)
from geokg.extract.lexicon.words import (
    AIM_NOUNS,
    APPEAL_MODALS,
    DELEGATION_NOUNS,
    DEMAND_MODALS,
    GENERIC_INSTITUTIONS,
    GOVERNMENT_WORDS,
    HEADING_VERBS,
    INTENT_CHAIN_MODALS,
    INTENTION_VERBS,
    MEETING_VERBS,
    MOTION_VERBS,
    OBLIGATION_VERBS,
    RECIPROCAL_VERBS,
    SOJOURN_VERBS,
    SPEECH_VERBS,
    TRAVEL_AWAY_VERBS,
    TRIP_WORDS,
)
from spacy.tokens import Doc, Span, Token

# The words before a subject that name the state owning or qualifying it ("Kenya's debt", "Kenyan officials").
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
_COUNTY = re.compile(r"\s(?:County|Parish|Shire)$")


def state_title(role: str) -> bool:
    """An office of a state's ("defence secretary", "senator") or a monarch's title ("king", "emir")."""
    return _national(role) or office_of(role) in MONARCH_TITLES


def local_title(role: str) -> bool:
    """A title only a state's parts or its courts have ("county sheriff", "mayor", "judge"): whoever
    bears it in a story of one state holds it there, not in a state the reader must be told."""
    # the first word only: "state senator" is a part's, "secretary of state" the state's
    return role.split()[0] in LOCAL_TITLE_WORDS or office_of(role).split()[-1] in LOCAL_OFFICE_NOUNS


def _national(role: str) -> bool:
    if is_corporate_title(role) or is_international_office(role):
        return False  # "Senior vice president X" is a company's, "Secretary-General Y" a body of states'
    # "former national security adviser": the office without its qualifier; not a past candidacy ("then-
    # Libertarian presidential nominee X"), whose party the text may name in a way no owner is read from
    office = office_of(role)
    qualified = office in NATIONAL_TITLES and not is_election_title(office)
    if is_portfolio_head(office):
        return True  # "budget director X", "trade chief Y": the head of a state's department
    # "secretary of trade and industry": a title written "<office> of <portfolio>" is headed before its "of"
    return (
        role in NATIONAL_TITLES
        or qualified
        or role.split()[-1] in NATIONAL_TITLES
        or title_head(office) in NATIONAL_TITLES
    )


@cache
def _monarchies() -> dict[str, int]:
    """Each state the office table gives a reigning monarch (a head of state titled king, sultan, emir ...),
    with how many states that monarch reigns over: a king of several realms (the Commonwealth's) is the
    sovereign of each, but an untitled "King X" in an Australian story is no Australian."""
    realms: dict[str, set[str]] = defaultdict(set)
    states: dict[str, set[str]] = defaultdict(set)
    for row in read_table("offices.tsv", OFFICE_COLUMNS):
        if row["office"] == "head_of_state" and row["title"] in MONARCH_TITLES and row["country"]:
            realms[row["holder"]].add(row["country"])
    for holder, countries in realms.items():
        for country in countries:
            states[country].add(holder)
    return {country: max(len(realms[h]) for h in holders) for country, holders in states.items()}


def offices(ctx: AffiliationContext) -> None:
    """People the office table knows: their state, and the role of each title the text writes for them
    without saying whose office it is."""
    named = ctx.article_countries() | _states_of_places(ctx)
    for cl in list(ctx.clusters.clusters):
        if cl.type != "PERSON" or cl.country:
            continue
        written = ctx.found.titles.get(cl.key, ())
        # "Chancellor of the Exchequer X": a title whose words name its body is that body's office, not
        # one more office of the state the table gives
        tied = {(role, token) for role, token, target in written if target}
        untied = [(role, token) for role, token, target in written if not (target or (role, token) in tied)]
        names = {m.text for m in cl.mentions}
        # a former office chooses the term as a current one does ("former President X" -> his term)
        held = holding(names, ctx.day, [office_of(role) for role, _ in untied], named)
        if held is None:
            continue
        titled = any(_public_title(ctx, target) for _, _, target in ctx.found.titles[cl.key])
        if not titled and held.country and held.country not in named and not _in_office_then(held, ctx.day):
            continue  # a bare "Ben Wallace" of a 2004 story that names no Britain is not the minister of 2019
        stated = ctx.state_of(cl)
        if stated and held.country and stated != held.country:
            continue  # the text says otherwise: a namesake, or a table gap
        if held.country and not stated:
            ctx.found.affiliations[cl.key] = held.country
        # "National security adviser X", whom the table knows as a later foreign minister: the written
        # title is an office of the state the table gives, as national_titles reads it for anyone else
        terms = [(role, token, held.term_for(office_of(role))) for role, token in untied]
        unlisted = {token for _, token, term in terms if term is None}
        if unlisted and held.country and not stated:
            state_offices(ctx, cl, held.country, unlisted)
        for role, token, term in terms:
            if term is None:
                continue
            if term.country:
                target: Cluster | None = ctx.clusters.country_cluster(term.country)
            else:
                target = _igo_cluster(ctx, term.org or "")
            if target is not None:
                ctx.found.roles.append(Role(cl.key, role, "of", target.key, token))
                ctx.found.affiliated_people[target.key].append(cl.key)


def bodies_of_titled_holders(ctx: AffiliationContext) -> None:
    """A state's body named bare ("a Treasury spokesman", "the Finance Ministry said") is the body of the
    state whose holder of its office, titled so, the story named before it: "Chancellor of the Exchequer X
    ... a Treasury spokesman" is the British Treasury. Only where the holders named before it are of one
    state; a state's holder named only later ("... U.S. Treasury Secretary Y") says nothing of it."""
    holders = _titled_holders(ctx)
    if not holders:
        return
    start = ctx.clusters.title_end
    for cl in ctx.clusters.clusters:
        if cl.type != "ORG" or ctx.state_of(cl) or cl.actor:
            continue
        office, _, word = BARE_OFFICE_BODIES.get(re.sub(r"^the ", "", cl.label.lower()), "").partition(";")
        body = [m.start for m in cl.mentions if m.start > start]
        if not office or not body:
            continue
        states = {
            state
            for at, kind, role, state in holders
            if kind == office and start < at < min(body) and (not word or word in role.split())
        }
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def bodies_in_holders_titles(ctx: AffiliationContext) -> None:
    """A state's body named in its holder's title with no state of its own ("Treasury Secretary X", "a
    Defence Ministry spokesman Y", "Secretary of the Treasury Z") is the body of the state its holder
    serves: a minister or spokesman speaks for his own state's ministry. Only where every holder the
    body's titles name is of one state."""
    states: dict[str, set[str]] = defaultdict(set)
    for body, holder in _stateless_bodies_held(ctx):
        if ctx.found.affiliations.get(body.key) == "":
            continue
        label = re.sub(r"^the ", "", body.label.lower())
        if label not in BARE_OFFICE_BODIES and body_sector(body.label) not in STATE_SECTORS:
            continue
        states[body.key].add(ctx.state_of(holder) or "")
    _settle_by_one_state(ctx, states)


def _stateless_bodies_held(ctx: AffiliationContext) -> Iterator[tuple[Cluster, Cluster]]:
    """(body, holder) of each title "of" an organisation the text gives no state, held by a person."""
    for role in ctx.found.roles:
        if role.prep != "of":
            continue
        body = ctx.clusters.cluster_keyed(role.target)
        holder = ctx.clusters.cluster_keyed(role.holder)
        if body is None or holder is None or holder.type != "PERSON":
            continue
        if body.country or body.actor or ctx.found.types.get(body.key, body.type) != "ORG":
            continue
        if not ctx.state_of(body):
            yield body, holder


def _settle_by_one_state(ctx: AffiliationContext, states: dict[str, set[str]]) -> None:
    """Each body whose holders all point to one state ("" for a holder pointing to none) is of it."""
    for key, found in states.items():
        if len(found) == 1 and "" not in found:
            ctx.found.affiliations[key] = found.pop()


def ministries_spoken_for(ctx: AffiliationContext) -> None:
    """ "X, Vice Minister of the International Trade and Industry Ministry, said Japan would consult GATT": a
    state's ministry named with no state ("the Finance Ministry", a ministry of portfolios), whose officers
    speak for one state (the subject of what they say, as `_state_spoken_for` reads it) and for no other, is
    that state's, where the story's setting gave it none (run after article_actors). Its officers are then
    of it (along_roles)."""
    states: dict[str, set[str]] = defaultdict(set)
    for body, holder in _stateless_bodies_held(ctx):
        if ctx.state_of(holder) or body.key in ctx.found.affiliations or _state_word_before(ctx, body):
            continue
        label = re.sub(r"^the ", "", body.label.lower())
        if label not in BARE_OFFICE_BODIES and body_sector(body.label) not in STATE_SECTORS:
            continue  # "Treasury Secretary X said Argentina will ask ...": the bare Treasury a state's body
        states[body.key].add(_state_spoken_for(ctx, holder, intents=True) or "")
    _settle_by_one_state(ctx, states)


def _state_word_before(ctx: AffiliationContext, body: Cluster) -> bool:
    """Does a state's name or word stand right before a mention of the body ("U.S. [Treasury] Secretary X",
    however the parser hangs it)? The text gives the body a state, if not one the parse tied to it."""
    return any(ctx.clusters.state_modifying(m, parsed=False) for m in body.mentions)


def _titled_holders(ctx: AffiliationContext) -> list[tuple[int, str, str, str]]:
    """(title token, office, title, state) of each title of a person of known state that names one office of
    the office table: the person's own term in the table where it has one ("Chancellor" of a finance
    minister), else the one office the title names ("Finance Minister Y")."""
    found = []
    for cl in ctx.clusters.clusters:
        state = ctx.state_of(cl)
        titles = ctx.found.titles.get(cl.key, ())
        if cl.type != "PERSON" or not state or not titles:
            continue
        held = holding({m.text for m in cl.mentions}, ctx.day, [office_of(role) for role, _, _ in titles])
        for role, token, _ in titles:
            term = held.term_for(office_of(role)) if held is not None and held.country == state else None
            kinds = {term.office} if term is not None else office_kinds(office_of(role))
            if len(kinds) == 1:
                found.append((token, next(iter(kinds)), office_of(role), state))
    return found


def _states_of_places(ctx: AffiliationContext) -> set[str]:
    """The states of the places an article names ("London" -> GBR): a story told from London names Britain
    as surely as one that says "Britain", for whom a name the table knows belongs to."""
    states = set()
    for cl in ctx.clusters.clusters:
        if cl.type in PLACE_LABELS and not cl.country:
            found = place_country(cl.label, day=ctx.day)
            if found.known and found.country:
                states.add(found.country)
    return states


def _in_office_then(held: Holding, day: str | None) -> bool:
    """Did the person hold one of the table's offices on the article's day? (Unknown without a date.)"""
    return day is not None and any(term.held_on(day) for term in held.terms)


def named_governments(ctx: AffiliationContext) -> None:
    """A person whose name names a government ("the Blair government", "the Putin regime", "Obama's
    administration") heads it: of the state the office table knows a head of that name of, where that
    state is the article's or one it names, else of the article's state where the sentence names no
    other (a candidate's "Smith administration")."""
    named = ctx.article_countries()
    setting = ctx.setting()
    for cl in ctx.clusters.clusters:
        if cl.type != "PERSON" or cl.country or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        heading = [m for m in cl.mentions if _names_a_government(ctx, m)]
        if not heading:
            continue
        state = governed_state({m.text for m in cl.mentions}, named)
        if state and setting and state != setting and state not in _states_in_article(ctx):
            # "the Johnson administration" in a US story that never names Britain: an older head of the
            # story's own state the table does not reach back to, or the foreign one; neither is sure
            continue
        if state is None and setting and not ctx.other_state_near(heading[0].start, setting):
            state = setting
        if state:
            ctx.found.affiliations[cl.key] = state


def _states_in_article(ctx: AffiliationContext) -> set[str]:
    """The states the article names or names anyone or anything of ("British troops")."""
    return {state for cl in ctx.clusters.clusters if (state := ctx.state_of(cl))}


def _names_a_government(ctx: AffiliationContext, mention: Mention) -> bool:
    name = ctx.doc[mention.start : mention.end].root
    return name.dep_ in ("compound", "poss") and name.head.lower_ in GOVERNMENT_WORDS


def _public_title(ctx: AffiliationContext, target: str | None) -> bool:
    """Is a title the text writes one a state's office may be: of no body named, of a state, of a body of
    states, of a state's own body or of a party? A firm's ("BP chief executive Lord Browne") says nothing of
    an office the table knows a namesake in."""
    if target is None or target.startswith("country:"):
        return True
    cluster = ctx.clusters.cluster_keyed(target)
    if cluster is None:
        return True
    public = lookup_igo(cluster.label) is not None or ctx.state_body(cluster) or is_party_name(cluster.label)
    return cluster.type != "ORG" or public


def _igo_cluster(ctx: AffiliationContext, key: str) -> Cluster | None:
    """The article's cluster of an international body, made (without mentions) when the text never names
    it, as a state's is: "Secretary-General X", whom the table knows, heads the UN in any story."""
    igo = igo_by_key(key)
    if igo is None:
        return None
    for cl in ctx.clusters.clusters:
        if cl.type == "ORG" and lookup_igo(cl.label) == igo:
            return cl
    cl = Cluster(key=fold(igo.label), canonical=igo.label, scope=ctx.clusters.scope)
    ctx.clusters.clusters.append(cl)
    return cl


def national_titles(ctx: AffiliationContext) -> None:
    """A person with a state's title and no state of their own ("Defence Secretary X", "Senator Y",
    "X, a member of parliament") holds that office in the article's state, where it has one; an officer's
    bare lower-case title ("chairman X said") is the office of the organisation the sentence or the story
    names; in a story datelined abroad about another state's visiting officers, the host's."""
    setting = ctx.setting()
    host = ctx.host_state()
    for cl in ctx.clusters.clusters:
        if cl.type != "PERSON" or cl.country or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        titles = ctx.found.titles.get(cl.key, ())
        if any(target for _, _, target in titles):
            continue  # an owner the text names ("LTDH president X"), of no state we know
        if owner_of_the_first_title(ctx, cl, titles):
            continue
        body = _body_of_the_sentence(ctx, cl, titles)
        if body is not None:
            # "China will borrow from the Asian Development Bank, president X said": the body's head
            for role, token, _ in titles:
                if office_of(role).split()[-1] in STAFF_TITLES:
                    ctx.found.roles.append(Role(cl.key, role, "of", body.key, token))
            if state := ctx.state_of(body):
                ctx.found.affiliations[cl.key] = state
            continue
        if not any(_national(role) for role, _, _ in titles):
            continue
        # "Israeli prime minister X and energy minister Y": the state word is said for both.
        written = coordinated_state(ctx, cl)
        state = written or _delegation_state(ctx, cl)
        state = state or _member_chamber_state(ctx, titles) or _state_spoken_in(ctx, cl)
        # "Venezuela's ministry of energy and mines said ... Energy and Mines Minister X said": the minister
        # of the one state whose ministry of that portfolio the story names
        state = state or _state_of_the_portfolios_ministry(ctx, titles)
        # "X, economics minister in Bonn": the seat the title is held in, over the sentence's other states
        state = _seat_of_the_title(ctx, cl) or state
        # "Brazil failed to win concessions, and Finance Minister X rejected ...": the state the holder's own
        # sentence is about, before the paragraph's
        state = state or _state_of_the_sentence(ctx, cl, titles)
        spoken = _state_spoken_for(ctx, cl, intents=True) if state is None else None
        if spoken and spoken in (ctx.dateline_state(), ctx.headline_subject_state()):
            # "LONDON - Trade Secretary X said Britain would act against Japan": the state whose intent he
            # tells is the dateline's (or the one the headline opens with: "VENEZUELA TO LEND ECUADOR OIL"),
            # over a paragraph or story mostly about the other side
            state = spoken
        # "Britain wants Japan to open its markets, Trade Minister X said": what a state wants, seeks or urges
        # is told by its own officers, over a story set mostly in the other state
        state = state or _state_spoken_for(ctx, cl, wants=True)
        # "Kenya is happy ... Finance Minister X said": the state the paragraph is about, before the story's
        state = state or _state_of_the_paragraph(ctx, titles)
        if state is None:
            ranks = all(is_military_rank(role) for role, _, _ in titles if _national(role))
            state = _forces_state(ctx, setting) if ranks else (host or setting)
            if state is None and not ranks:
                # "Argentina will ask its banks for loans, Economy Minister X said" in a story of two
                # states that sets it in neither: the state whose own plans the officer tells
                state = _state_spoken_for(ctx, cl, intents=True)
            # "U.S. Secretary X met Trade Minister Y in Manila": the host's officer, where a place says who
            # hosts; none where nothing does and the story's state is the visitor's
            met, meeting_host = _host_of_the_meeting(ctx, cl)
            if met:
                state = meeting_host or (state if state not in met else None)
            away = _destinations(ctx, cl) | _trips(ctx, cl)
            # "Foreign Minister X arrived in Kenya", "... spent two days in Kenya": a story set in the state
            # only by where the holder goes or is says nothing of whose office he holds; one that also sets
            # it there otherwise (its dateline, enough other places and bodies) still does
            only_the_setting = state and state == setting and state != ctx.dateline_state()
            if only_the_setting and ctx.setting(apart=_where_he_is(ctx, cl)) != state:
                away.add(state)
            if state in away:
                # "Economics Minister X, who flies to Washington", "X, back from talks in Tokyo": no officer
                # of where he goes or went; of the state he speaks for ("said Britain could ..."), if any
                state = _state_spoken_for(ctx, cl)
                if state in away:
                    continue
        if state and state != written and has_ministries(state) and _secretary_of_portfolio(ctx, titles):
            # "Undersecretary of Commerce X said Canada complied": a secretary of a department, in a story
            # mostly about a state with ministries, is of the one state the story names whose offices are
            # departments (countries.py has_ministries); not "Secretary of State for Trade Y" (British)
            state = _department_state(ctx) or state
        if state and state != written and not has_ministries(state) and _portfolio_minister(ctx, titles):
            # "Some U.S. officials fear the ouster of Planning minister X": a state whose offices are
            # departments has no ministers; a bare portfolio minister is of the one other state the story
            # names that has ministries, else of none
            state = _ministry_state(ctx, state)
            if state is None:
                continue
        if state and state != written and _office_held_elsewhere(ctx, cl, titles, state):
            # "The United States urged restraint. Prime Minister X said Greece was prepared ...": no prime
            # minister of a state the table gives another head of government (the US its president) on the
            # article's day; of the state he speaks for, where the table does not say the same of it
            state = _state_spoken_for(ctx, cl)
            if state and _office_held_elsewhere(ctx, cl, titles, state):
                continue
        for chamber in {member_chamber(role) for role, _, _ in titles} - {None}:
            # "Senator X" in a story set in Japan: no member of a chamber the state does not have
            state = ctx.chamber_state(chamber, state)
        if not state or _held_by_another(ctx, cl, titles, state):
            continue
        ctx.found.affiliations[cl.key] = state
        state_offices(ctx, cl, state)


def _secretary_of_portfolio(ctx: AffiliationContext, titles: list[tuple[str, int, str | None]]) -> bool:
    """Is one of the titles written "(Under/Assistant/Deputy) Secretary of <portfolio>" before the name
    ("Undersecretary of Commerce X", "Assistant Secretary of Agriculture and Trade Y"), a department's
    officer's title, not "Secretary of State for Trade"?"""
    doc = ctx.doc
    for role, token, target in titles:
        if target or office_of(role).split()[-1] != "secretary":
            continue
        k = token - 1
        words: list[Token] = []
        while k >= 0 and doc[k].lower_ != "of" and (doc[k].text.istitle() or doc[k].lower_ == "and"):
            words.insert(0, doc[k])
            k -= 1
        if k < 1 or doc[k].lower_ != "of" or not doc[k - 1].lower_.endswith("secretary"):
            continue
        named = [w.lower_ for w in words if w.lower_ != "and"]
        if named and named[0] != "state" and all(is_portfolio(w) for w in named):
            return True
    return False


def _department_state(ctx: AffiliationContext) -> str | None:
    """The one state whose offices are departments (countries.py has_ministries) the story names."""
    states = {s for s in _states_of_clusters(ctx, ("GPE", "ORG")) if not has_ministries(s)}
    return states.pop() if len(states) == 1 else None


def _states_of_clusters(ctx: AffiliationContext, types: tuple[str, ...]) -> set[str]:
    """The states the story's clusters of these types are, or act for."""
    found = {cl.country or ctx.state_of(cl) for cl in ctx.clusters.clusters if cl.type in types}
    return {s for s in found if s}


def _portfolio_minister(ctx: AffiliationContext, titles: list[tuple[str, int, str | None]]) -> bool:
    """Is one of the titles a bare minister of a portfolio ("Planning minister X", "Finance Minister Y"),
    with no owner the text names? The portfolio is in the title, or the words just before a bare "minister"
    ("Planning minister X", whose title reads "minister"). Not "Prime Minister Z", a head of government."""
    for role, token, target in titles:
        words = office_of(role).split()
        if target or words[-1:] != ["minister"]:
            continue
        if len(words) == 1:
            # the title's token is its word or the name's first, just after it
            k = token if ctx.doc[token].lower_ == "minister" else token - 1
            k = k - 1 if k >= 0 and ctx.doc[k].lower_ == "minister" else -1
            while k >= 0 and is_ministry_field(ctx.doc[k].lower_):
                words.insert(0, ctx.doc[k].lower_)
                k -= 1
        if len(words) > 1 and all(is_ministry_field(w) for w in words[:-1]):
            return True
    return False


def _state_of_the_portfolios_ministry(
    ctx: AffiliationContext, titles: list[tuple[str, int, str | None]]
) -> str | None:
    """The one state whose ministry of a bare minister's portfolio the story names ("Venezuela's ministry of
    energy" for "Energy and Mines Minister X"; "the Peruvian Finance Ministry" for "Finance Minister Y")."""
    fields = {
        w
        for role, _, target in titles
        if not target and office_of(role).split()[-1:] == ["minister"]
        for w in office_of(role).split()[:-1]
        if is_ministry_field(w)
    }
    if not fields:
        return None
    states = {
        state
        for body in ctx.clusters.clusters
        if body.type == "ORG"
        and "ministry" in (words := set(body.label.lower().split()))
        and words & fields
        and (state := ctx.state_of(body))
    }
    return states.pop() if len(states) == 1 else None


def _ministry_state(ctx: AffiliationContext, department_state: str) -> str | None:
    """The one state other than `department_state` the story names whose government has ministries."""
    named = _states_of_clusters(ctx, ("GPE", "NORP", "ORG"))
    states = {s for s in named if s != department_state and has_ministries(s)}
    return states.pop() if len(states) == 1 else None


def _state_of_the_sentence(
    ctx: AffiliationContext, cl: Cluster, titles: list[tuple[str, int, str | None]]
) -> str | None:
    """The state the main clause of the holder's own sentence is about, where the holder is the subject of a
    clause coordinated with it ("Brazil failed to win concessions, and Finance Minister X rejected calls",
    "Kenya's debt rose and Finance Minister Y said ...") or the source the main clause is told "according
    to" ("Kenya may lose $1bn, according to tourism minister Z"): one state, or None."""
    held = [token for role, token, _ in titles if _national(role)]
    if not held:
        return None
    sent = ctx.doc[min(held)].sent
    root = sent.root
    for m in cl.mentions:
        head = ctx.doc[m.start : m.end].root
        if head.sent.start != sent.start:
            continue
        coordinated = head.dep_ == "nsubj" and head.head.dep_ == "conj" and head.head.head.i == root.i
        if not (coordinated or _source_according_to(head, root)):
            continue
        found = _states_of_the_clause(ctx, root, sent)
        return next(iter(found)) if len(found) == 1 else None
    return None


def _source_according_to(name: Token, verb: Token) -> bool:
    """Is the name the source the verb's clause is told "according to"?"""
    to = name.head
    if name.dep_ != "pobj" or to.lower_ != "to":
        return False
    return to.head.lower_ == "according" and to.head.head == verb


def _ministerial(role: str) -> bool:
    """A minister's portfolio of one holder a state at a time ("finance minister", "foreign secretary")."""
    kinds = office_kinds(office_of(role))
    return bool(kinds) and all(kind.endswith("_minister") for kind in kinds)


def _held_by_another(
    ctx: AffiliationContext, cl: Cluster, titles: list[tuple[str, int, str | None]], state: str
) -> bool:
    """Is a minister's portfolio this person's titles name held in `state` by another person the article
    names ("West German Finance Minister X ... Finance Minister Y": Y is no second finance minister of West
    Germany)? Only current titles count ("former finance minister Z" held it once)."""
    offices = {office_of(role) for role, _, _ in titles if role == office_of(role) and _ministerial(role)}
    if not offices:
        return False
    for other in ctx.clusters.clusters:
        if other.key == cl.key or other.type != "PERSON" or ctx.state_of(other) != state:
            continue
        if any(role in offices for role, _, _ in ctx.found.titles.get(other.key, ())):
            return True
    return False


def _office_held_elsewhere(
    ctx: AffiliationContext, cl: Cluster, titles: list[tuple[str, int, str | None]], state: str
) -> bool:
    """Does the office table deny a person the office a bare title names ("Prime Minister X", "Finance
    Minister Y") in `state` on the article's day? Where the state has no office of that title (the United
    States' head of government is its president, so no "Prime Minister X" is his); and where another held
    it that day and the person speaks in the story ("Finance Minister Y said"): one who only appears in it
    may be a holder of long ago ("President Franklin Roosevelt, who led the country in the war"), before the
    table's years. Only current titles count ("former prime minister Z" held it once), and only where the
    table covers the state's office on that day."""
    if ctx.day is None:
        return False
    names = [m.text for m in cl.mentions]
    for role, _, target in titles:
        if target or role != office_of(role):
            continue
        terms = holders_on(state, role, ctx.day)
        if not terms or any(holds(names, term) for term in terms):
            continue
        if not any(names_office(role, term) for term in terms) or _speaks(ctx, cl):
            return True
    return False


def _speaks(ctx: AffiliationContext, cl: Cluster) -> bool:
    """Is the person the subject of a verb of speech in the story ("X said", "X told reporters")?"""
    heads = (ctx.doc[m.start : m.end].root for m in cl.mentions)
    return any(h.dep_ == "nsubj" and h.head.lemma_.lower() in SPEECH_VERBS for h in heads)


# Verbs by which a person goes somewhere: of motion, and "leave for".
TRAVEL_VERBS = MOTION_VERBS | TRAVEL_AWAY_VERBS
# Verbs by which a person goes or stays somewhere (a visitor's places: _where_he_is).
GOING_OR_STAYING_VERBS = TRAVEL_VERBS | SOJOURN_VERBS


def _destinations(ctx: AffiliationContext, cl: Cluster) -> set[str]:
    """The states a person travels to ("X, who flies to Washington", "X will visit Japan", "X left for
    Lima"): a state's officer travels abroad, so the story's state, where it is one of these, is no sign of
    whose office he holds."""
    doc = ctx.doc
    states: set[str] = set()
    for m in cl.mentions:
        head = doc[m.start : m.end].root
        verbs = [c for c in head.children if c.dep_ == "relcl"]
        if head.dep_ == "nsubj":
            verbs.append(head.head)
        for verb in verbs:
            if verb.lemma_.lower() not in TRAVEL_VERBS:
                continue
            places = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "visit"]
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
            places += [g for c in preps for g in c.children if g.dep_ == "pobj"]
            for place in places:
                where = ctx.clusters.cluster_at(place.i)
                if where is not None and (state := ctx.state_of(where)):
                    states.add(state)
    return states


def _trips(ctx: AffiliationContext, cl: Cluster) -> set[str]:
    """The states of the places a person went to or came back from, as said beside the name or on the verb
    he is the subject of ("X, back from a week of talks in Tokyo, said", "Returning from Bonn, X said",
    "X said after a visit to Lima"): a place on a word of a trip (TRIP_WORDS), not in what he says."""
    doc = ctx.doc
    states: set[str] = set()
    for m in cl.mentions:
        head = doc[m.start : m.end].root
        tops = [
            c for c in head.children if c.dep_ in ("appos", "advmod", "advcl", "acl", "relcl", "prep", "amod")
        ]
        if head.dep_ == "nsubj":
            tops += [c for c in head.head.children if c.dep_ in ("advcl", "prep", "npadvmod")]
        for top in tops:
            for place in top.subtree:
                where = ctx.clusters.cluster_at(place.i)
                if where is None or where.type not in PLACE_LABELS or not (state := ctx.state_of(where)):
                    continue
                if place.lemma_.lower() in TRIP_WORDS or _on_a_trip(place, top):
                    states.add(state)
    return states


def _where_he_is(ctx: AffiliationContext, cl: Cluster) -> frozenset[int]:
    """The first tokens of the mentions of the places a person is said to go to, arrive in, tour, spend time
    in or be in, in the clauses he is the subject of or the relative clauses on his name ("X arrived in
    Kenya", "X spent a week in Peru", "X, who is in Lima", "X is on a tour of Chile"): where a state's
    officer goes or stays, which may be abroad. (Not what he says, nor where an act of his happens: "X
    presented the budget in Nairobi" is no trip; nor where he comes from, which may be his home.)"""
    doc = ctx.doc
    tokens: set[int] = set()
    for m in cl.mentions:
        # (from the name's last word, as story_state.own_clauses reads it: a particle the parser takes for a
        # verb, "Juan dos Santos visited ...", makes no other word the name's head)
        head = doc[m.end - 1]
        while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i:
            head = head.head
        verbs = [c for c in head.children if c.dep_ == "relcl"]
        if head.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(head.head)
        for verb in verbs:
            going = verb.lemma_.lower() in GOING_OR_STAYING_VERBS
            sides = [c for c in verb.children if c.dep_ in ("prep", "dobj") and c.i != head.i]
            for side in sides:
                for place in side.subtree:
                    where = ctx.clusters.cluster_at(place.i)
                    if where is None or ctx.found.types.get(where.key, where.type) not in PLACE_LABELS:
                        continue
                    if not ((going and _stands_where(place, verb)) or _on_a_trip(place, side)):
                        continue
                    tokens |= {w.start for w in where.mentions if w.start <= place.i < w.end}
    return frozenset(tokens)


def _stands_where(place: Token, verb: Token) -> bool:
    """Is the place where the verb goes or is: in a locative phrase on the verb ("in Kenya", "to Lima") or on
    the time spent there ("spent two days in Peru"), or the object of a verb of going ("toured Chile")? A
    place set beside another ("in Nairobi, Kenya", "to Lima and Quito") stands where that one does."""
    while place.dep_ in ("appos", "conj") and place.head.i != place.i:
        place = place.head
    if place.dep_ == "dobj":
        return place.head.i == verb.i and verb.lemma_.lower() != "be"
    if not stands_as_place(place) or place.head.lower_ == "from":
        return False  # (where he comes from may be his home: "arrived from Nairobi")
    on = place.head.head  # the word the locative phrase hangs on
    return on.i == verb.i or (on.dep_ == "dobj" and on.head.i == verb.i)


def _on_a_trip(place: Token, side: Token) -> bool:
    """Does the place hang on a word of a trip ("on a tour of Chile", "for talks in Lima")?"""
    word = place
    while word.i != side.i and word.head.i != word.i:
        word = word.head
        if word.lemma_.lower() in TRIP_WORDS:
            return True
    return False


def _state_spoken_for(
    ctx: AffiliationContext, cl: Cluster, intents: bool = False, wants: bool = False
) -> str | None:
    """The state a person's words have as their subject ("X said Britain could impose sanctions"): the one
    he speaks for, where his title names none and the story's state is where he went. With `intents`, only
    what a state would, will or could do ("said Japan would consult GATT"): an officer tells his own state's
    intentions, while a state judged in the past or present tense ("said the United States was wrong") is
    as often another's. With `wants`, only what a state wants, seeks or urges ("said Britain wants Japan to
    ..."): a state's will is told by its own officers."""
    doc = ctx.doc
    states: set[str] = set()
    for m in cl.mentions:
        head = doc[m.start : m.end].root
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        for content in verb.children:
            if content.dep_ != "ccomp":
                continue
            if intents and not _told_intent(ctx, content):
                continue
            if wants and content.lemma_.lower() not in INTENTION_VERBS:
                continue
            states |= _states_of_the_clause(ctx, content, content.sent)
    return states.pop() if len(states) == 1 else None


def _told_intent(ctx: AffiliationContext, content: Token) -> bool:
    """Does reported content tell what its subject would, will or could do, plans, expects or aims at ("said
    Japan would consult GATT", "said Argentina expects to sign", "said Argentina's goal is to cut
    inflation")? Not what it must, should or has to do ("said Argentina must pay"): a demand made of a state,
    by another state's officer as often as by its own. Nor a forecast ("said Argentina expects a surplus",
    "expects prices to rise") or an aim no state owns ("the goal of the talks is ..."), which anyone's
    officer may tell: a verb of a chain plans only with an infinitive of the state's own act (a verb of
    intention, "plans new loans", "hopes for", is the state's will with any object, as `wants` reads it)."""
    modal = modal_of(content)
    if modal in DEMAND_MODALS | APPEAL_MODALS:
        return False
    lemma = content.lemma_.lower()
    if lemma in OBLIGATION_VERBS and any(c.dep_ == "xcomp" for c in content.children):
        return False  # "would have to pay", "will need to cut"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in content.children):
        return True
    if lemma in INTENT_CHAIN_MODALS and any(own_infinitive(c) for c in content.children):
        return True  # "Argentina expects to sign"; not "expects a surplus", "expects prices to rise"
    if lemma in INTENTION_VERBS:
        return True  # "plans to ask", "seeks new loans"
    # "Argentina's goal is to cut inflation": the aim the state owns is its own; not "the goal of the talks"
    aims = (c for c in content.children if c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS)
    owners = (o for aim in aims for o in aim.children if o.dep_ in OWNER_DEPS and o.i < aim.i)
    return lemma == "be" and any(_country_at(ctx, o) for o in owners)


def _host_of_the_meeting(ctx: AffiliationContext, cl: Cluster) -> tuple[set[str], str | None]:
    """ "U.S. Commerce Secretary X met Trade Minister Y in Manila": the states of the officers a person
    meets (MEETING_VERBS: "met", "received", "held talks with"), and the host's state: the place of the
    meeting ("in Manila", on the verb or the person), else the dateline's ("MANILA, April 13 - "), where it
    is not the visitor's. ({}, None) where no named state's officer meets the person, or meets them in the
    officer's own state (a meeting at home says nothing against the story's state)."""
    doc = ctx.doc
    visitors: set[str] = set()
    places: list[Cluster] = []
    for m in cl.mentions:
        head = doc[m.start : m.end].root
        verb, others = _meeting_of(head)
        if verb is None:
            continue
        for other in others:
            them = ctx.clusters.cluster_at(other.i)
            if (
                them is not None
                and them is not cl
                and ctx.found.types.get(them.key, them.type) == "PERSON"
                and (state := ctx.state_of(them))
            ):
                visitors.add(state)
        # "in Manila" on the verb, on the person met or on the meeting's noun ("held talks in Canberra")
        words = [
            verb,
            head,
            *(d for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() in MEETING_VERBS),
        ]
        places += [where for t in words for where in ctx.named_in(t) if where.type in PLACE_LABELS]
    if not visitors:
        return set(), None
    where = {state for place in places if (state := ctx.state_of(place))}
    if not places and (dateline := ctx.dateline_state()):
        where = {dateline}
    hosts = where - visitors
    if where and not hosts:
        # "WASHINGTON - U.S. Secretary X met Budget Director Y": at home, the story's state
        return set(), None
    return visitors, hosts.pop() if len(hosts) == 1 else None


def _meeting_of(head: Token) -> tuple[Token | None, list[Token]]:
    """The verb of meeting a person's name is an argument of, and the other side's heads: "X met Y", "Y
    was received by X", "X held talks with Y", "X conferred with Y"."""

    def with_objects(word: Token) -> list[Token]:
        return [
            g
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children
            if g.dep_ == "pobj"
        ]

    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
        if verb.dep_ == "dobj" and verb.lemma_.lower() in MEETING_VERBS:  # "held talks with Y"
            verb = verb.head
        elif verb.pos_ != "VERB":
            return None, []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return (verb, subjects) if _meets(verb) else (None, [])
    if head.dep_ == "pobj" and verb.dep_ == "agent":  # "Y was received by X"
        agents = [g for g in verb.children if g.dep_ == "pobj"]
        return (verb.head, agents) if _meets(verb.head) else (None, [])
    if not _meets(verb):
        return None, []
    if head.dep_ in ("dobj", "nsubjpass"):
        agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return verb, [c for c in verb.children if c.dep_ == "nsubj"] + agents
    if head.dep_ == "nsubj":
        others = [c for c in verb.children if c.dep_ == "dobj"] + with_objects(verb)
        others += [g for d in verb.children if d.dep_ == "dobj" for g in with_objects(d)]
        return verb, others
    return None, []


def _meets(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in MEETING_VERBS
        or any(d.dep_ == "dobj" and d.lemma_.lower() in MEETING_VERBS for d in verb.children)
    )


def _body_of_the_sentence(
    ctx: AffiliationContext, cl: Cluster, titles: list[tuple[str, int, str | None]]
) -> Cluster | None:
    """ "China is likely to borrow from the Asian Development Bank, president X said", "Acme Corp's profit
    rose, chairman Y said": a head's title written bare and in lower case (wire style for an officer, never
    for a head of state) before a name, in a sentence that names one organisation besides, none of a
    state's government, a party or a news outlet (nor firms by their kind), is that organisation's office."""
    if len(titles) != 1 or office_of(titles[0][0]).split()[-1] not in STAFF_TITLES:
        return None
    if _institution_title(office_of(titles[0][0])):
        return None  # "central bank president X", "army chief Y": the head of a state's institution
    token = titles[0][1]
    doc = ctx.doc
    mention = next((m for m in cl.mentions if m.start <= token < m.end), None)
    if mention is None or mention.start == 0:
        return None
    title_word = doc[mention.start - 1]
    if not title_word.is_alpha or not title_word.is_lower or not is_role_word(title_word.lower_):
        return None  # "President X": a capitalised title may be a state's
    sent = doc[token].sent
    bodies = {
        other.key: other
        for other in ctx.clusters.clusters
        if other is not cl
        and ctx.found.types.get(other.key, other.type) == "ORG"
        and not other.actor  # "its banks will pay, president X said": firms by their kind, no named body
        and not (ctx.state_body(other) or is_party_name(other.label) or is_news_outlet(other.label))
        # (a body named only before a thing's noun, "the CERB payments", is what the story is about)
        and not all(_modifier(doc, m) for m in other.mentions)
    }
    # '"A sale of Y is still possible," chief executive X said': a body named only inside the quotation
    # is what the officer speaks of; the story's own firm, if it has one, is whose officer he is
    quoted = {i for group in quote_groups(doc) for start, end in group for i in range(start, end)}
    in_sentence = [
        b
        for b in bodies.values()
        if any(sent.start <= m.start < sent.end and m.start not in quoted for m in b.mentions)
    ]
    spoken_of = [
        b
        for b in bodies.values()
        if b not in in_sentence and any(sent.start <= m.start < sent.end for m in b.mentions)
    ]
    if spoken_of and not in_sentence:
        main = _main_body(ctx, bodies)
        if main is not None and main not in spoken_of:
            return main
        in_sentence = spoken_of
    if len(in_sentence) == 1:
        return in_sentence[0]
    if in_sentence:
        return None
    # "... the bank's earnings," chairman X said: a sentence naming none, in a story of one organisation
    if len(bodies) == 1:
        return next(iter(bodies.values()))
    return _firm_of_the_lead(ctx, cl, sent, bodies)


def _firms_by_their_kind(ctx: AffiliationContext, cl: Cluster) -> bool:
    """An unnamed actor of businesses ("the banks", "lenders"), of no state."""
    return bool(cl.actor) and (ctx.found.sectors.get(cl.key) or cl.sector) == "BUS" and not ctx.state_of(cl)


def _lead_sentence(doc: Doc) -> Span | None:
    """The story's first sentence after the headline that has a word."""
    start = headline_end(doc)
    return next((s for s in doc.sents if s.start >= start and any(t.is_alpha for t in s)), None)


def _main_body(ctx: AffiliationContext, bodies: dict[str, Cluster]) -> Cluster | None:
    """The organisation a story is about: the one body its lead names, named more often in the story than
    any other body (three times at least)."""
    lead = _lead_sentence(ctx.doc)
    if lead is None:
        return None
    in_lead = [b for b in bodies.values() if any(lead.start <= m.start < lead.end for m in b.mentions)]
    if len(in_lead) != 1:
        return None
    main = in_lead[0]
    count = len(main.mentions)
    if count < 3 or any(len(b.mentions) >= count for b in bodies.values() if b is not main):
        return None
    return main


def _firm_of_the_lead(
    ctx: AffiliationContext, cl: Cluster, sent: Span, bodies: dict[str, Cluster]
) -> Cluster | None:
    """ "Seed grower Vell Agri Ltd said its output fell ... Finance director X said ...": a bare
    officer's title in a later sentence that names no organisation, in a story whose lead names one firm
    (by its legal form) and no other organisation, is that firm's office, though the story names other
    bodies further on (a dealer, a regulator): the lead says whose story it is."""
    lead = _lead_sentence(ctx.doc)
    if lead is None or sent.start <= lead.start:
        return None

    def named_in(span: Span) -> list[Cluster]:
        return [
            other
            for other in ctx.clusters.clusters
            if other is not cl
            and ctx.found.types.get(other.key, other.type) == "ORG"
            and not _firms_by_their_kind(ctx, other)  # "sued a number of lenders": no named body
            and any(span.start <= m.start < span.end for m in other.mentions)
        ]

    if named_in(sent):
        return None  # a body of any kind in the officer's sentence may be the office's
    in_lead = named_in(lead)
    if len(in_lead) != 1 or in_lead[0].key not in bodies:
        return None
    # (a firm by its legal form, or the body the story names far more than any other, whose officer a
    # company's title is: not "its president X", an owned title, nor a state's office)
    if is_firm(in_lead[0]):
        return in_lead[0]
    if _main_body(ctx, bodies) is not in_lead[0] or not _company_title_bare(ctx, cl):
        return None
    return in_lead[0]


def _company_title_bare(ctx: AffiliationContext, cl: Cluster) -> bool:
    """Is the holder's one title written bare before the name ("new boss X", "said chief executive Y") and
    no state's office?"""
    titles = ctx.found.titles.get(cl.key, ())
    if len(titles) != 1 or _national(titles[0][0]):
        return False
    token = titles[0][1]
    mention = next((m for m in cl.mentions if m.start <= token < m.end), None)
    if mention is None:
        return False
    before = ctx.doc[max(mention.start - 4, 0) : mention.start]
    return not any(t.dep_ == "poss" or t.tag_ == "PRP$" for t in before)


def _institution_title(office: str) -> bool:
    """ "central bank president", "army chief": a title of an institution every state has
    (generic_institutions) is a state's office, no organisation's the sentence or story names."""
    words = office.split()
    return any(" ".join(words[:size]) in GENERIC_INSTITUTIONS for size in range(1, len(words)))


def _member_chamber_state(ctx: AffiliationContext, titles: list[tuple[str, int, str | None]]) -> str | None:
    """ "Sen. X" in a story about "a U.S. Senate team": a member's title, of a chamber the story names as one
    state's, is that state's office, though the senator speaks in Kuwait and of Britain and France."""
    chambers = {member_chamber(role) for role, _, _ in titles} - {None}
    if not chambers:
        return None
    states: set[str] = set()
    for other in ctx.clusters.clusters:
        words = fold(other.label).split()
        if other.type == "ORG" and words and words[-1] in chambers and (state := ctx.state_of(other)):
            states.add(state)
    return states.pop() if len(states) == 1 else None


def _modifier(doc: Doc, m: Mention) -> bool:
    """Is the mention a modifier of another noun ("the [CERB] payments")?"""
    return doc[m.start : m.end].root.dep_ in ("compound", "amod", "nmod")


def _delegation_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "A Bolivian delegation headed by Finance Minister X", "the Peruvian team, led by Trade Minister Y":
    the holder of a bare title who heads a state's delegation, team or mission holds that state's office,
    whatever state the story is set in (the talks are mostly abroad)."""
    doc = ctx.doc
    states: set[str] = set()
    for m in cl.mentions:
        name = doc[m.start : m.end].root
        agent = name.head
        verb = agent.head
        if name.dep_ != "pobj" or agent.dep_ != "agent" or verb.lemma_.lower() not in HEADING_VERBS:
            continue
        party = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or party.lemma_.lower() not in DELEGATION_NOUNS:
            continue
        for word in party.children:
            if word.dep_ not in ("amod", "compound", "poss", "nmod") or word.i > party.i:
                continue
            owner = ctx.clusters.cluster_at(word.i)
            if owner is None and word.dep_ == "poss":
                owner = its_owner(ctx, word)  # "Japan said its delegation, led by Trade Minister X, ..."
            state = ctx.state_of(owner) if owner is not None else None
            if state is None and word.dep_ != "poss":
                found = lookup_country(word.text) if word.text[:1].isupper() else None
                state = found.iso3 if found is not None else None
            if state:
                states.add(state)
    return states.pop() if len(states) == 1 else None


def _state_spoken_in(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """The state of the place a titled person speaks in ("Mines Minister X said in Lagos", "told reporters
    in Lima"): a minister with no state of their own speaks at home far more often than abroad, and a wire
    story's other states (its dateline's, its subject's) say less of them than where they were heard."""
    doc = ctx.doc
    for m in cl.mentions:
        head = doc[m.start : m.end].root
        if head.dep_ == "appos":  # "Mines, Power and Steel Minister X said": the name set beside the title
            head = head.head
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        for where in ctx.named_in(verb):
            if where.type in PLACE_LABELS and (state := ctx.state_of(where)):
                return state
    return None


def _seat_of_the_title(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "X, economics minister in Bonn", "Y, who is a deputy finance minister in Tokyo": a state's title set
    beside the name with "in" and a named place is held in the place's state (the capital standing for its
    government), whatever other states the sentence or the story name. Not a rank ("a general in Kabul"
    may serve abroad), nor a title with no state's office ("the ambassador in Bonn" is posted there)."""
    doc = ctx.doc
    states: set[str] = set()
    for m in cl.mentions:
        head = doc[m.start : m.end].root
        # the title in apposition, or said by "who is" ("X, who is economics minister in Bonn,")
        nouns = [c for c in head.children if c.dep_ == "appos"]
        nouns += [
            attr
            for verb in head.children
            if verb.dep_ == "relcl" and verb.lemma_ == "be"
            for attr in verb.children
            if attr.dep_ == "attr"
        ]
        for title in nouns:
            if ctx.clusters.mention_at(title.i) is not None:
                continue
            titles = ctx.found.titles.get(cl.key, ())
            role = next((r for r, token, _ in titles if m.start <= token < m.end), None)
            if role is None or not _national(role) or is_military_rank(role):
                continue
            for prep in title.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    where = ctx.clusters.cluster_at(pobj.i)
                    if where is None and pobj.lemma_.lower() in GOVERNMENT_WORDS:
                        # "minister in the Bonn government": the state the government's modifier names
                        named = [c for c in pobj.children if c.dep_ in OWNER_DEPS and c.i < pobj.i]
                        where = ctx.clusters.cluster_at(named[-1].i) if named else None
                    if where is not None and where.type in PLACE_LABELS and (state := ctx.state_of(where)):
                        states.add(state)
    return states.pop() if len(states) == 1 else None


def _state_of_the_paragraph(ctx: AffiliationContext, titles: list[tuple[str, int, str | None]]) -> str | None:
    """ "Kenya is happy with its role. Finance Minister X said ...": a state's office written bare in the
    sentence right after one whose subject (or topic) is a state is that state's, whatever state the story
    is set in; a state named only in passing (an object, a prepositional phrase) says nothing of it."""
    held = [token for role, token, _ in titles if _national(role)]
    return ctx.found.paragraph_states.get(ctx.doc[min(held)].sent.start) if held else None


def paragraph_states(ctx: AffiliationContext) -> dict[int, str]:
    """The state each sentence follows one about (`_state_of_the_paragraph`), by the sentence's first token:
    whose a bare office there is ("Mexico's envoy said X. The foreign minister said Y", arguments.py)."""
    found: dict[int, str] = {}
    for sent in ctx.doc.sents:
        state = _state_said_before(ctx, sent.start)
        if state:
            found[sent.start] = state
    return found


def _state_said_before(ctx: AffiliationContext, token: int) -> str | None:
    """The state the sentence before the token's is about, but for the story's first sentence, and but for
    one in the paragraph before where the dateline names another state (the story's own)."""
    doc = ctx.doc
    end = doc[token].sent.start  # the sentence before ends here, after any line break
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    title_end = ctx.clusters.title_end
    if end == 0 or (title_end and doc[end - 1].sent.start <= title_end):
        return None  # the story's first sentence, or the one after the headline
    state = _state_of_the_subject(ctx, doc[end - 1].sent)
    broken = any("\n" in t.text or "\n" in t.whitespace_ for t in doc[end - 1 : doc[token].sent.start])
    if broken and state and (dateline := ctx.dateline_state()) and dateline != state:
        # "WASHINGTON - Peru raised its duties.\n\nTariffs will rise, Commerce Secretary X said": a state
        # an earlier paragraph is about does not carry over to the next one against the dateline's state
        return None
    return state


def _state_of_the_subject(ctx: AffiliationContext, sent: Span) -> str | None:
    """The state a sentence is about: its main clause's subject ("Kenya, the bank's largest borrower, is
    happy"), the state owning or naming that subject ("Kenya's debt rose", "Kenyan officials said"), or a
    fronted "In Kenya, ..."; where the main clause reports words and its subject names no state, the
    subject of what it reports ("The bank said Kenya was its largest borrower"). None where it names no
    state there, or two."""
    root = sent.root
    found = _states_of_the_clause(ctx, root, sent)
    if not found and root.lemma_.lower() in SPEECH_VERBS:
        for content in root.children:
            if content.dep_ == "ccomp":
                found |= _states_of_the_clause(ctx, content, sent)
    return next(iter(found)) if len(found) == 1 else None


def _states_of_the_clause(ctx: AffiliationContext, verb: Token, sent: Span) -> set[str]:
    """The states a clause's subject names, owns or qualifies, or its fronted "In <state>," names."""
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            parties = (child, *child.conjuncts)
            if len(parties) > 1 and any(_country_at(ctx, t) is None for t in parties):
                # "the Group of Five nations and Canada agreed": a state as one of several parties, another of
                # no one state, makes the sentence about the parties together, not about that state
                continue
            named = {c for t in parties if (c := _country_at(ctx, t))}
            owners = [t for t in child.children if t.dep_ in OWNER_DEPS and t.i < child.i]
            found |= named or {c for t in owners if (c := _country_at(ctx, t))}
        elif child.dep_ == "prep" and child.lower_ == "in" and child.i == sent.start:
            found |= {c for t in child.children if t.dep_ == "pobj" and (c := _country_at(ctx, t))}
    return found


def _country_at(ctx: AffiliationContext, token: Token) -> str | None:
    """The state a token names as a country (its name or its people's adjective), not a place in it."""
    cl = ctx.clusters.cluster_at(token.i)
    return cl.country if cl is not None and cl.country else None


def _forces_state(ctx: AffiliationContext, setting: str | None) -> str | None:
    """The state whose officers a story's "Lt. Col. X" are: that of the only forces it names, which may
    not be the state it is set in (US troops in Iraq); none where it names the forces of several states,
    or another state's and not the setting's; the setting's where it names no forces."""
    forces = {state for cl in ctx.clusters.clusters if cl.sector == "MIL" and (state := ctx.state_of(cl))}
    if not forces or forces == {setting}:
        return setting
    return next(iter(forces)) if len(forces) == 1 else None


def state_offices(ctx: AffiliationContext, cl: Cluster, state: str, tokens: set[int] | None = None) -> None:
    """The offices of a state the person's titles name ("X, the Defence Secretary, said"), in `state`;
    only the titles written at `tokens` where given."""
    titles = ctx.found.titles.get(cl.key, ())
    if any(target for _, _, target in titles):
        return  # an owner the text names holds the title
    chosen = [(role, token) for role, token, _ in titles if tokens is None or token in tokens]
    _offices_in(ctx, cl, state, chosen)


def titles_after_a_state_title(ctx: AffiliationContext) -> None:
    """ "Iran's war spokesman X said ... X, the parliamentary speaker, said": a person the text first
    titles as one named state's officer holds the state titles it writes later with no owner in that
    state, not in the state the story is most about; one whose titles name other owners too is left."""
    for cl in ctx.clusters.clusters:
        if ctx.found.types.get(cl.key, cl.type) != "PERSON":
            continue
        titles = ctx.found.titles.get(cl.key, ())
        owners = {target for _, _, target in titles if target}
        if len(owners) != 1:
            continue
        owner = owners.pop()
        state = owner.removeprefix("country:")
        if not owner.startswith("country:") or ctx.state_of(cl) not in (None, state):
            continue
        first = min(token for _, token, target in titles if target)
        owned = [set(role.split()) for role, _, target in titles if target]
        # ("U.S. District Judge X ... Judge X's ruling": the owned title again, shortened, is no other)
        later = [
            (role, token)
            for role, token, target in titles
            if target is None and token > first and not any(set(role.split()) <= words for words in owned)
        ]
        _offices_in(ctx, cl, state, later)


def _offices_in(ctx: AffiliationContext, cl: Cluster, state: str, titles: list[tuple[str, int]]) -> None:
    """The state offices among a person's titles, held in `state` (not a local one, nor a division's)."""
    for role, token in titles:
        # "regional governor", "opposition leader": held in the state, but not an office of it
        local = set(role.split()) & LOCAL_TITLE_WORDS or role == "opposition leader"
        local = local or (cl.key, token) in ctx.found.local_titles
        # "Premier X" in a federation whose premiers head its states: no office of the federation
        local = local or _divisional(office_of(role), state)
        # "Judge X" of a county court, "MP Y" of a state parliament: the part's office
        local = local or _in_a_regional_body(ctx, cl, role)
        if _national(role) and _divisions_office(ctx, role, state):
            # "X, the attorney general" in a story of a US state's governor's race: the state's office,
            # held in the one state the story names in full, else in none it says
            division = _division_named(ctx, state)
            if division is not None:
                ctx.found.roles.append(Role(cl.key, role, "of", division.key, token))
            continue
        if _national(role) and not local:
            country = ctx.clusters.country_cluster(state)
            ctx.found.roles.append(Role(cl.key, role, "of", country.key, token))


def _divisions_office(ctx: AffiliationContext, role: str, state: str) -> bool:
    """Is the title an office each division of the federation `state` has ("attorney general"), in a
    story about a division's own government (one it names, with its governor or legislature)?"""
    office = office_of(role)
    held_in = next((states for name, states in DIVISIONAL_OFFICES.items() if office.endswith(name)), "")
    if state not in held_in.split():
        return False
    if not any(t.lower_ in DIVISION_GOVERNMENT_WORDS for t in ctx.doc):
        return False
    return any(
        _names_a_division(m.text, state)
        for cl in ctx.clusters.clusters
        if ctx.state_of(cl) == state
        for m in cl.mentions
    )


def _names_a_division(name: str, state: str) -> bool:
    """Whether a mention names a division of `state`, alone ("Ohio", "Wash.") or in a body's name its
    place opens ("Nevada parliament")."""
    words = name.split()
    prefixes = (" ".join(words[:n]) for n in range(len(words), 0, -1))
    return is_us_state_abbreviation(name) or any(division_type(p, (state,)) for p in prefixes)


def _division_named(ctx: AffiliationContext, state: str) -> Cluster | None:
    """The one division of `state` the article names in full ("Ohio"), if it names only one."""
    named = [
        cl for cl in ctx.clusters.clusters if ctx.state_of(cl) == state and division_type(cl.label, (state,))
    ]
    return named[0] if len(named) == 1 else None


def _divisional(office: str, state: str) -> bool:
    """Does the office ("chief minister", or a title ending in "premier") head a division of `state`?"""
    states = DIVISIONAL_TITLES.get(office) or DIVISIONAL_TITLES.get(office.split()[-1], "")
    return state in states.split()


def titles_owned_unnamed(ctx: AffiliationContext) -> None:
    """ "Ruritania's ambassador to Fiji said ... Ambassador X said": a title the text gives a state
    without a name and a person without a state are one office holder, so the person holds it for that
    state; only where one state owns that title in the article and nobody else bears it."""
    by_noun: dict[str, list[tuple[Cluster, str, int]]] = defaultdict(list)
    for cl in ctx.clusters.clusters:
        if cl.type == "PERSON":
            for role, token, _ in ctx.found.titles.get(cl.key, ()):
                # the title's head noun: "secretary of state" is a secretary
                by_noun[office_of(role).split(" of ")[0].split()[-1]].append((cl, role, token))
    for noun, holders in by_noun.items():
        if len({cl.key for cl, _, _ in holders}) != 1:
            continue  # two ambassadors named: which one the unnamed title is, is not said
        cl, role, token = holders[0]
        if office_of(role) != noun:
            continue  # "Deputy Envoy X" is not "Norway's envoy", nor "Defence Minister Y" its minister
        if cl.country or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        if is_occupation(office_of(role)) or is_corporate_title(role):
            continue  # "Britain's top lawyer X", "the firm's vice president Y": no office of a state
        owners = _states_owning_unnamed(ctx, noun)
        if len(owners) != 1:
            continue
        state = owners.pop()
        ctx.found.affiliations[cl.key] = state
        ctx.found.roles.append(Role(cl.key, role, "of", ctx.clusters.country_cluster(state).key, token))


def _states_owning_unnamed(ctx: AffiliationContext, noun: str) -> set[str]:
    """The states written as the owner of this bare title where no name follows it: "China's ambassador",
    "the Ruritanian ambassador" (not "the ambassadors", nor "Ambassador X", a name's title)."""
    states: set[str] = set()
    for t in ctx.doc:
        if t.lower_ != noun or t.tag_ not in ("NN", "NNP") or ctx.clusters.cluster_at(t.i) is not None:
            continue
        if t.dep_ in ("compound", "nmod") and t.head.ent_type_ == "PERSON":
            continue
        # "the US secretary of state" is no bare secretary; "China's ambassador to Fiji" is an ambassador
        words = [c for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod") or c.lower_ == "of"]
        owners = [ctx.clusters.cluster_at(c.i) for c in words]
        if len(words) == 1 and owners[0] is not None and owners[0].country:
            # the bare title: "Norway's defence minister" is not the one "Minister X" holds
            states.add(owners[0].country)
    return states


def monarchy_titles(ctx: AffiliationContext) -> None:
    """A person with a monarch's title and no state ("Sultan X", "Crown Prince Y", "X became King") in a
    story set in a monarchy is of that monarchy, and so are its royal council and court: news of a
    kingdom names its own king and princes without the kingdom. Not where the sentence names another
    state ("King X of ... met Saudi ministers"), nor in a realm whose monarch reigns elsewhere too."""
    setting = ctx.setting()
    reigns = _monarchies().get(setting or "")
    if not setting or reigns is None:
        return
    for cl in ctx.clusters.clusters:
        if cl.country or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        if cl.type == "PERSON" and reigns == 1:
            titles = ctx.found.titles.get(cl.key, ())
            monarch = [t for role, t, owner in titles if not owner and office_of(role) in MONARCH_TITLES]
        elif cl.type == "ORG" and fold(cl.label) in ROYAL_BODIES:
            monarch = [m.start for m in cl.mentions]
        else:
            continue
        if monarch and not any(ctx.other_state_near(token, setting) for token in monarch):
            ctx.found.affiliations[cl.key] = setting


def royal_kin(ctx: AffiliationContext) -> None:
    """A person with a royal title and no state, named with "and" beside one of a monarchy ("the Queen and
    Prince Tomas", "Prince Tomas and Princess Mara will visit" once Tomas is Britain's), is of that
    monarchy: the tie the text makes to the royal house (a prince alone may be of any house). The one
    beside may be a bare monarch's title ("the Queen") whose one holder the story names with a state."""
    realms = _monarchies()
    royal = MONARCH_TITLES | ROYAL_KIN_TITLES
    changed = True
    while changed:  # "Prince Tomas and Princess Mara" after Tomas is placed by another tie
        changed = False
        for cl in ctx.clusters.clusters:
            if cl.type != "PERSON" or ctx.state_of(cl):
                continue
            titles = ctx.found.titles.get(cl.key, ())
            if not any(owner is None and office_of(role) in royal for role, _, owner in titles):
                continue
            for m in cl.mentions:
                root = ctx.doc[m.start : m.end].root
                if _parties_to_each_other(root):
                    continue
                states = {_realm_of(ctx, other) for other in root.conjuncts}
                states.discard(None)
                if len(states) == 1 and (state := states.pop()) in realms:
                    ctx.found.affiliations[cl.key] = state
                    changed = True
                    break


def _parties_to_each_other(token: Token) -> bool:
    """Are the names coordinated with the token parties to one another ("King X and Sheikh Y met", "talks
    between King X and Prince Y"), who may be of two states, not one house?"""
    first = min([token, *token.conjuncts], key=lambda t: t.i)
    head = first.head
    if first.dep_ == "pobj" and head.lower_ == "between":
        return True
    mutual = head.lemma_.lower() in RECIPROCAL_VERBS or head.lemma_.lower() in MEETING_VERBS
    return (
        first.dep_ in ("nsubj", "nsubjpass") and mutual and not any(c.dep_ == "dobj" for c in head.children)
    )


def _realm_of(ctx: AffiliationContext, token: Token) -> str | None:
    """The state of the person named at the token, or of the one holder of the bare monarch's title there
    ("the Queen": the one queen the story names with a state)."""
    other = ctx.clusters.cluster_at(token.i)
    if other is not None:
        return ctx.state_of(other) if other.type == "PERSON" else None
    if token.lower_ not in MONARCH_TITLES or token.tag_ not in ("NN", "NNP"):
        return None
    holders = {
        ctx.state_of(cl)
        for cl in ctx.clusters.clusters
        if cl.type == "PERSON"
        and any(office_of(role) == token.lower_ for role, _, _ in ctx.found.titles.get(cl.key, ()))
    }
    holders.discard(None)
    return holders.pop() if len(holders) == 1 else None


def _in_a_regional_body(ctx: AffiliationContext, cl: Cluster, role: str) -> bool:
    """Whether the body a title sits in ("judge": a court, "MP": a parliament) is a state's part's: the
    one the title's sentence names ("in California's Riverside County court, Judge X"), else every one
    the article names ("the Parliament of New South Wales ... MP Y")."""
    kind = OFFICE_BODIES.get(role.split()[-1])
    if kind is None:
        return False
    for m in cl.mentions:
        levels = {
            _body_level(ctx, t) for t in ctx.doc[m.start].sent if BODY_KINDS.get(t.lemma_.lower()) == kind
        }
        levels.discard(None)
        if levels:
            return levels == {"regional"}
    levels = {_body_level(ctx, t) for t in ctx.doc if BODY_KINDS.get(t.lemma_.lower()) == kind}
    levels.discard(None)
    return levels == {"regional"}


def _body_level(ctx: AffiliationContext, body: Token) -> str | None:
    """ "regional" for a body named with a state's part (a county, a US state, a province) or a level
    word ("county court"), "national" for one named with a state or "federal", None when unsaid."""
    modifiers = [c for c in body.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    modifiers += [
        o
        for p in body.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    modifiers += [g for m in list(modifiers) for g in m.children if g.dep_ in ("compound", "nmod")]
    own = ctx.clusters.cluster_at(body.i)
    named = ctx.article_countries()
    levels: set[str] = set()
    for word in modifiers:
        if word.lower_ in BODY_LEVELS:
            levels.add(BODY_LEVELS[word.lower_])
            continue
        place = ctx.clusters.cluster_at(word.i)
        if place is not None and place is not own:
            name, is_place = place.label, place.type in PLACE_LABELS and not place.country
            if place.country:
                levels.add("national")
        else:
            # "the Parliament of New South Wales": the place is inside the body's own name
            words = [c for c in word.children if c.dep_ in ("compound", "nmod") and c.i < word.i]
            name = ctx.doc[min([word.i, *(c.i for c in words)]) : word.i + 1].text
            is_place = lookup_country(name) is None
            if not is_place:
                levels.add("national")
        if is_place and (division_type(name, named) or _COUNTY.search(name)):
            levels.add("regional")
    if len(levels) == 1:
        return levels.pop()
    return "national" if "national" in levels else None


def stacked_titles(ctx: AffiliationContext) -> None:
    """A state's title stacked after a party's ("the party's candidate Congressman X") is held in the
    holder's state, which the party may have given (national_titles skips holders with a state)."""
    for key, role, token in ctx.found.stacked_titles:
        cl = ctx.clusters.cluster_keyed(key)
        state = ctx.state_of(cl) if cl is not None and _national(role) else None
        country = ctx.clusters.country_cluster(state) if state else None
        if country is None or any(r.holder == key and r.role == role for r in ctx.found.roles):
            continue
        ctx.found.roles.append(Role(key, role, "of", country.key, token))
