"""Organisations: the state a known body, an organisation's own name or the article's setting gives it.

"Syrian Democratic Forces", "Socialist Party USA", "Ohio Department of Health", "the Second Circuit Court
of Appeals" -> the state the name carries; "the police", "protesters" -> the article's state."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from geokg.extract.entities.actors import GOVERNING_SECTORS, STATE_SECTORS, creditors_body
from geokg.extract.entities.affiliations.context import AffiliationContext, head_words, is_party_name
from geokg.extract.entities.affiliations.story_state import (
    bare_office_body,
    borrowers_named,
    firm_name,
    money_flows,
    own_clauses,
)
from geokg.extract.entities.clusters import Cluster, is_firm, spells, trade_named
from geokg.extract.entities.countries import (
    Country,
    country_of_institution,
    has_ministries,
    is_demonym,
    lookup_capital,
    lookup_country,
    sovereign_of,
)
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import (
    Mention,
    acronym_word,
    doctrine_or_notion,
    fold,
    is_form_before_name,
    is_legal_form,
    names_a_firm,
)
from geokg.extract.entities.organisations import (
    MEDIA_SECTOR,
    PORTFOLIO_MINISTRY_SECTOR,
    SPORTS_KINDS,
    STATE_BODY_KIND,
    Organisation,
    arm_state,
    body_sector,
    foreign_commercial_bank,
    generic_institution,
    lookup_organisation,
    named_as_outlet,
)
from geokg.extract.entities.places import division_type, place_country
from geokg.extract.entities.titles import is_role_word
from geokg.extract.lexicon.entity_words import (
    AWARD_HEADS,
    AWARD_NAMES,
    BODY_LEVELS,
    BROADCAST_NAME_WORDS,
    BUSINESS_NAME_ENDS,
    CITY_BODY_NAMES,
    CLUB_SUFFIXES,
    COMPANY_NAME_ENDS,
    COMPANY_NAME_STARTS,
    FACILITY_NOUNS,
    FIRM_SECTOR_WORDS,
    LAW_HEADS,
    LEGAL_FORM_STATES,
    LOCAL_INSTITUTION_NOUNS,
    MARKET_FUND_NOUNS,
    MEMBER_BODY_HEADS,
    PARTY_NOUNS,
    PLACE_NAMED_BANK_HEADS,
    PRESS_HEADS,
    PRODUCTION_SITE_NOUNS,
    REGIONAL_BODY_NOUNS,
    SHARED_AGENCY_NAMES,
    SITE_WORKING_VERBS,
    STATE_BACKING_MODIFIERS,
    US_JUDICIAL_CIRCUITS,
)
from geokg.extract.lexicon.syntax import NOMINAL_SUBJECT_DEPS, PLACE_LABELS
from geokg.extract.lexicon.words import (
    ADDRESSING_WORDS,
    AGENCY_PART_NOUNS,
    CHAMBER_STATES,
    DIRECTIONS,
    EVENT_MAKING_VERBS,
    FIRM_ORIGIN_NOUNS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SOVEREIGN_INSTITUTIONS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    THING_PRONOUNS,
)
from spacy.tokens import Token

# "Los Angeles Lakers", "Golden State Warriors": a town of one or two words and the club's own word.
MAX_CLUB_WORDS = 3
_OF_A_PLACE = re.compile(r"\s(?:of|in|de|di|do|da|del|du)\s+(?:the\s+)?(?P<place>[A-Z].*)$")


# "University of Texas at Austin": the place a name is of ends before the campus's.
_CAMPUS = re.compile(r"\s(?:at|in)\s|,\s")


def _country_in_name(name: str) -> str | None:
    """The state a name carries: in a closing "of/in [country]", else in its first words ("Syrian
    Democratic Forces", "Cyprus Mail"), or a state's own institution there ("White House Task Force"), or
    in its last ("Sustainable Australia");
    a party's name anywhere ("Socialist Party USA"); never from a name that is all country ("South
    Sudan"). A state's name before the legal forms closing a firm's names its arm there ("Kestrel Canada
    Ltd"). First a state's short name in brackets inside the name, by which a firm's local arm is named
    ("Kestrel Securities (HK) Ltd", "Kestrel (Japan)"): the state it is set up in."""
    if (arm := arm_state(name)) is not None:
        return arm
    located = _OF_A_PLACE.search(name)
    country = lookup_country(located["place"]) if located else None
    if country is not None:
        return country.iso3
    if (of_state := _state_opening_of_phrase(name)) is not None:
        return of_state
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            prefix = " ".join(words[:size])
            country = lookup_country(prefix) or country_of_institution(prefix)
            country = country or _capitals_ministry(words, size)
            if country is not None:
                return country.iso3
    # a firm's local arm named by its state before its legal forms: "Kestrel Canada Ltd", "Orvan Sweden AB"
    bare = list(words)
    while len(bare) > 2 and is_legal_form(bare[-1]):
        bare.pop()
    for size in (2, 1):
        # a state's name closing the name: "Sustainable Australia", "Radio Canada", "Amnesty International UK"
        if len(bare) > size and bare[-size - 1][:1].isupper() and lookup_country(" ".join(bare)) is None:
            suffix = " ".join(bare[-size:])
            country = lookup_country(suffix)
            if country is not None and not is_demonym(suffix):
                return country.iso3
    if is_party_name(name):
        # a state's name or code, not its demonym: "the Hungarian Coalition Party" is Slovakia's
        named = {
            found.iso3
            for size in (3, 2, 1)
            for start in range(1, len(words) - size + 1)
            if (found := lookup_country(" ".join(words[start : start + size])))
            and not is_demonym(" ".join(words[start : start + size]))
        }
        if len(named) == 1:
            return named.pop()
    return None


def _state_opening_of_phrase(name: str) -> str | None:
    """ "Federation of Hong Kong Industry", "Confederation of British Industry": a state's name or demonym
    opening the "of" phrase that closes the name, before one or two words of what is of it (or the plural
    of its members, in lower case: "Association of Dutch growers"). Not a body of
    several states ("Organization of American States" is in the IGO table and never gets here)."""
    if lookup_igo(name) is not None or is_party_name(name):
        return None  # "Party of the Hungarian Coalition" is Slovakia's: a party's state is its name's state
    words = name.split()
    if "of" not in words:
        return None
    after = words[words.index("of") + 1 :]
    if after[:1] == ["the"]:
        after = after[1:]
    for size in (2, 1):
        rest = after[size:]
        # "Association of Dutch growers": the members' plural may be written in lower case
        members = len(rest) == 1 and rest[0].islower() and rest[0].endswith("s")
        if not 1 <= len(rest) <= 2 or not (members or all(w[:1].isupper() for w in rest)):
            continue
        country = lookup_country(" ".join(after[:size]))
        if country is not None and all(lookup_country(w) is None for w in rest):
            return country.iso3
    return None


def _capitals_ministry(words: list[str], size: int) -> Country | None:
    """ "the Bonn Finance Ministry", "the Tokyo Foreign Ministry": a capital before a ministry of state (or
    of its forces) names the state whose government sits there, as "the Tokyo government" does; not a city's
    own body ("Paris Police") nor a body named after a city ("the Paris Club")."""
    if size > 2 or body_sector(" ".join(words[size:])) not in GOVERNING_SECTORS:
        return None
    capital = lookup_capital(" ".join(words[:size]))
    if capital is not None and _ministry_name(" ".join(words[size:])) and not has_ministries(capital.iso3):
        return None  # "the Washington Finance Ministry": the US government has departments, no ministries
    return capital


_MINISTRY_WORD = re.compile(r"\bministr(?:y|ies)\b", re.IGNORECASE)


def _ministry_name(name: str) -> bool:
    """ "Finance Ministry", "Ministry of Trade": a body named a ministry."""
    return _MINISTRY_WORD.search(name) is not None


def _state_with_ministries(ctx: AffiliationContext, state: str) -> str:
    """The state a ministry the story would give `state`, one whose offices are departments (countries.py
    has_ministries), is of instead: the state the story names most after it that has ministries, "" (none)
    where no one such state is named most."""
    named = [(s, n) for s, n in _states_named(ctx).most_common() if s != state and has_ministries(s)]
    if not named or (len(named) > 1 and named[0][1] == named[1][1]):
        return ""
    return named[0][0]


def _us_circuit_court(name: str) -> str | None:
    """ "the Second Circuit Court of Appeals", "the Court of Appeals for the Third Circuit", "the D.C.
    Circuit": the United States' federal courts of appeals are named by their circuits."""
    words = [fold(w).replace(".", "") for w in name.split()]
    named = any(word == "circuit" and before in US_JUDICIAL_CIRCUITS for before, word in pairwise(words))
    return "USA" if named else None


def _states_named(ctx: AffiliationContext) -> Counter[str]:
    """How often the article names each state, by the mentions of states and of places in one, and of its
    people by their demonym ("the British public" names Britain as "Britain" does)."""
    named: Counter[str] = Counter()
    for cl in ctx.clusters.clusters:
        state = cl.country or (ctx.found.affiliations.get(cl.key) if cl.type in ("GPE", "LOC") else None)
        state = state or (cl.affiliation if cl.type == "NORP" else None)
        if state:
            named[state] += len(cl.mentions)
    return named


def _shared_name_of(name: str, first: set[str], named: set[str]) -> Organisation | None:
    """The organisation a name stands for, that of the state the article names most when it has one."""
    org = lookup_organisation(name, first) if first else None
    return org if org is not None and org.country in first else lookup_organisation(name, named)


def organisations(ctx: AffiliationContext) -> None:
    """Organisations the tables know (organisations.py): international bodies belong to no state,
    state bodies, parties, armed groups, media and companies to theirs; and a state body's sector. A name
    several states' organisations share goes by the states the article names, its places' too, the state
    named most first ("ABC" in a story from Brisbane is Australia's broadcaster, though one suburb's name is
    also a US town's)."""
    named_by = _states_named(ctx)
    named = set(named_by)
    first = {named_by.most_common(1)[0][0]} if named_by else set()
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or cl.type not in ("ORG", "NORP", "FAC", "PERSON"):
            continue
        names = sorted({m.text for m in cl.mentions} | {cl.label}, key=len, reverse=True)
        if len(names[0].split()) > 1:
            # "Massachusetts Institute of Technology (MIT)": the full name decides, not the acronym; but an
            # acronym the full name opens with is written in it ("KLM" of "KLM Royal Dutch Airlines")
            names = [n for n in names if not n.isupper() or n == names[0].split()[0]]
        if cl.type == "PERSON":
            # "Greek daily Kathimerini" tagged as a person: the table knows the paper, and no title or
            # second name says it is someone. A club's or league's name is never a person's, whatever words
            # it has or stands after ("Bundesliga leaders Werder Bremen").
            org = lookup_organisation(cl.label, named)
            personal = cl.titled or len(cl.label.split()) > 1
            if org is None or (personal and org.kind not in SPORTS_KINDS) or ctx.state_of(cl):
                continue
            ctx.found.types[cl.key] = "ORG"
        if any(lookup_igo(name) for name in names if not _head_word_again(name, names)):
            ctx.found.affiliations[cl.key] = ""  # "a union of states" is none of its members
            continue
        found = next(((n, o) for n in names if (o := _shared_name_of(n, first, named))), None)
        org = found[1] if found else None
        if found and _local_arm(names, found):
            org = None  # "Shell Canada Limited ... Shell's participation": the arm is of the state it names
        sector = org.sector if org else next((s for s in map(body_sector, names) if s), None)
        if not sector and cl.type == "ORG" and any(named_as_outlet(name) for name in names):
            sector = MEDIA_SECTOR  # "the Peking Review", "Tehran Radio": a paper's or broadcaster's name
        if sector:
            ctx.found.sectors.setdefault(cl.key, sector)
            if cl.type == "NORP" and org is None:
                # "Belarusian KGB": the tagger took the demonym for a group, the body's name says a body
                ctx.found.types[cl.key] = "ORG"
        if org is not None and not ctx.state_of(cl) and ctx.found.affiliations.get(cl.key) != "":
            # (a body a description calls of several states, "X, a European consortium", stays of none)
            foreign = _acronym_from_abroad(ctx, names, org.country, named)
            state = "" if foreign else _actors_chamber(ctx, cl) or org.country or ""
            ctx.found.affiliations[cl.key] = (
                _shared_agency_state(ctx, cl, org) or _stated_body_state(ctx, cl, org) or state
            )
    _owned_by_a_state(ctx)
    _firms_of_headline_states(ctx)
    _member_bodies_of_headline_states(ctx)


def _stated_body_state(ctx: AffiliationContext, cl: Cluster, org: Organisation) -> str | None:
    """ "the Belarusian KGB", "Belarus's KGB": a state body's name the table fixes to one state (the KGB to
    the Soviet Union's) that a state's word or possessive right before it gives to one other state is that
    state's body (a successor that kept the name). None where no mention says so, or mentions disagree."""
    if org.kind != STATE_BODY_KIND or not org.country:
        return None
    stated = {s for m in cl.mentions if (s := ctx.clusters.state_modifying(m))}
    return stated.pop() if len(stated) == 1 and org.country not in stated else None


def _shared_agency_state(ctx: AffiliationContext, cl: Cluster, org: Organisation) -> str | None:
    """ "The miner filed with the Securities and Exchange Commission (SEC)", "... with the SEC" in a story
    set in the Philippines: a name the table gives one state's agency though many states' agencies bear it
    (data: shared_agency_names) is the setting state's where the setting is another state (not a territory
    of the row's state) and no word on a mention names a state ("the U.S. SEC", "America's SEC", "the SEC
    in Washington", "filed with the SEC in Washington": that state's). None (the row's reading) otherwise,
    as where the story names its state only as a borrower or a market ("a loss on its loans to Brazil"):
    the story is of a firm that lends there, not set there."""
    if not org.country or fold(org.name) not in SHARED_AGENCY_NAMES:
        return None
    setting = ctx.setting(apart=borrowers_named(ctx, money_flows(ctx)))
    if not setting or setting == org.country or sovereign_of(setting) == org.country:
        return None
    for m in cl.mentions:
        if named := ctx.clusters.state_modifying(m) or _capital_after_body(ctx, m) or _place_of_deed(ctx, m):
            return named
        if named := _state_of_the_noun_before(ctx, m):
            return named
    return _place_after(ctx, cl) or setting


def _state_of_the_noun_before(ctx: AffiliationContext, m: Mention) -> str | None:
    """ "a suit brought by the US financial watchdog, the Securities and Exchange Commission": the state's
    word on the common noun the name follows after a comma, which the name restates (read by the words'
    order, as the parser may hang the name anywhere)."""
    i = m.start - 1
    if i > 0 and ctx.doc[i].lower_ == "the":
        i -= 1
    if i < 1 or ctx.doc[i].text != ",":
        return None
    noun = ctx.doc[i - 1]
    if noun.pos_ != "NOUN":
        return None
    states = {
        state.country.iso3
        for c in noun.lefts
        if c.dep_ in ("nmod", "amod", "compound", "poss")
        and (state := ctx.clusters.mention_of_token.get(c.i)) is not None
        and state.country is not None
    }
    return states.pop() if len(states) == 1 else None


def _place_of_deed(ctx: AffiliationContext, m: Mention) -> str | None:
    """The state of the place the verb a mention's phrase hangs on is done "in" ("filed with the SEC in
    Washington")."""
    head = ctx.doc[m.start : m.end].root.head
    verb = head.head if head.dep_ == "prep" else head
    states = {ctx.state_of(place) for place in ctx.named_in(verb) if place.type in PLACE_LABELS}
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _actors_chamber(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "Prime Minister X (of Canada) opened a debate in the House of Commons": a chamber several states
    have by that name (words.tsv chamber_states) is the one of the state of the person acting in or on it,
    the subject of the clause the chamber's mention is in, where that state has such a chamber."""
    chamber = fold(cl.label)
    if chamber not in CHAMBER_STATES:
        return None
    for m in cl.mentions:
        verb = ctx.doc[m.start : m.end].root
        for _ in range(4):  # up through "in", "debate in", "opened a debate in"
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            actor = ctx.clusters.cluster_at(subject.i) if subject.dep_ in NOMINAL_SUBJECT_DEPS else None
            state = ctx.state_of(actor) if actor is not None and actor.type == "PERSON" else None
            if state and ctx.chamber_state(chamber, state) == state:
                return state
    return None


def _local_arm(names: list[str], found: tuple[str, Organisation]) -> bool:
    """Does a longer name of the cluster than the one the table knows carry another state ("Shell Canada
    Limited" beside the table's "Shell")? That name is the firm's arm in that state (names_with_a_country)."""
    name, org = found
    return any(
        len(other) > len(name) and (state := _country_in_name(other)) is not None and state != org.country
        for other in names
    )


def _head_word_again(name: str, names: list[str]) -> bool:
    """ "the Commission" after "Japan's Fair Trade Commission": the last word of the body's longer name,
    by which news names it again, is no name of its own (the table's "Commission" of the European Union
    says nothing of another commission)."""
    return " " not in name and any(n.split()[-1] == name for n in names if n != name)


def _acronym_from_abroad(ctx: AffiliationContext, names: list[str], country: str, named: set[str]) -> bool:
    """ "WASHINGTON - ... an analyst at CSIS": a body the article names only by an acronym, which the table
    knows as the acronym of another state's body than the dateline's, in a story that never names that
    state, may be any body of that name (a Washington think tank, not Canada's service): of no state."""
    if not country or any(not name.isupper() or len(name.split()) > 1 for name in names):
        return False
    dateline = ctx.dateline_state()
    return bool(dateline) and dateline != country and country not in named


def _owned_by_a_state(ctx: AffiliationContext) -> None:
    """An institution a state or a state's body owns is that state's, wherever it was founded or stands:
    "the Navy's Y Academy", "the Army started its Y School in Z" (the owner the subject "its" points back
    to). Read before the place an institution lies in (`located`): a state's school abroad is still its."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) not in ("ORG", "FAC"):
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        state = next((s for m in cl.mentions if (s := _owner_state(ctx, m))), None)
        if state:
            ctx.found.affiliations[cl.key] = state


def _owner_state(ctx: AffiliationContext, m: Mention) -> str | None:
    """The state of the mention's possessive owner where that is a state or a state's body."""
    root = ctx.doc[m.start : m.end].root
    for poss in (c for c in root.children if c.dep_ == "poss"):
        if poss.lower_ in THING_PRONOUNS:
            # "its": the subject of the clause the owned body is the object of
            verb = root.head if root.dep_ == "dobj" else None
            owners = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            found = _state_of_owner(ctx, ctx.clusters.cluster_at(owners[0].i)) if len(owners) == 1 else None
        elif m.start <= poss.i < m.end:
            # the tagger took the owner into the name: "[the Army's Y School]"
            words = [
                t.text for t in ctx.doc[max(poss.left_edge.i, m.start) : poss.i + 1] if t.lower_ != "the"
            ]
            found = _state_named(ctx, " ".join(words))
        else:
            found = _state_of_owner(ctx, ctx.clusters.cluster_at(poss.i))
        if found:
            return found
    return None


def _firms_of_headline_states(ctx: AffiliationContext) -> None:
    """ "JAPAN'S KITAMURA TO OPEN LONDON OFFICE" over "Kitamura Securities Co will open an office": a state's
    possessive in the headline on the first word of a firm the story names in full is that firm's state,
    though the tagger, reading a headline's capitals, found no name after the possessive to own. Only where
    one firm's name opens with the word (two firms sharing it are neither named by it)."""
    doc, end = ctx.doc, ctx.clusters.title_end
    for mark in doc[1:end]:
        owner = ctx.clusters.cluster_at(mark.i - 1)
        if mark.tag_ != "POS" or mark.i + 1 >= end or owner is None or not owner.country:
            continue
        word = doc[mark.i + 1]
        if not (word.is_alpha and word.text[:1].isupper()) or not _own_name_word(word.lower_):
            continue
        firms = [cl for cl in ctx.clusters.clusters if _firm_named_first(ctx, cl, word)]
        if len(firms) == 1 and not ctx.state_of(firms[0]):
            ctx.found.affiliations[firms[0].key] = owner.country


def _member_bodies_of_headline_states(ctx: AffiliationContext) -> None:
    """ "U.S. GROWERS URGE CURBS ON PERU" over "The Kestrel Growers Association urged the administration ...":
    a headline whose subject names members of a trade by one state's word ("U.S. growers", "Japanese
    chipmakers") tells of the body that speaks for them, of that state, where the story's body has one body
    of members (member_body_heads) as the subject of the headline's verb, or one whose name holds the
    headline's noun ("Growers"). Narrow on purpose: one state word, one such body."""
    doc, end = ctx.doc, ctx.clusters.title_end
    heads = [t for t in doc[:end] if t.dep_ in NOMINAL_SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX")]
    if len(heads) != 1:
        return
    subject = heads[0]
    verb = subject.head.lemma_.lower()
    modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound", "nmod") and c.i < subject.i]
    states = {c.iso3 for m in modifiers if (c := lookup_country(m.text)) is not None}
    if len(states) != 1 or len([m for m in modifiers if lookup_country(m.text)]) != 1:
        return
    noun = subject.lower_
    bodies = [cl for cl in ctx.clusters.clusters if _speaks_in_body(ctx, cl, end, verb, noun)]
    if len(bodies) == 1:
        ctx.found.affiliations[bodies[0].key] = states.pop()


def _speaks_in_body(ctx: AffiliationContext, cl: Cluster, end: int, verb: str, noun: str) -> bool:
    """Is `cl` a body of members of no known state that the story's body has as a subject of the verb, or
    whose name holds the noun?"""
    if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
        return False
    if cl.key in ctx.found.affiliations or ctx.state_of(cl):
        return False
    words = fold(cl.label).split()
    if not words or words[-1] not in MEMBER_BODY_HEADS:
        return False
    roots = [ctx.doc[m.start : m.end].root for m in cl.mentions if m.start >= end]
    subjects = [r for r in roots if r.dep_ in NOMINAL_SUBJECT_DEPS]
    return any(r.head.lemma_.lower() == verb for r in subjects) or (bool(subjects) and noun in words)


def _own_name_word(word: str) -> bool:
    """A word that may be a firm's own name: no state's, place's, title's or trade's word ("Japan's
    Securities Firms", "France's Minister")."""
    return (
        word not in FIRM_SECTOR_WORDS
        and not is_role_word(word)
        and lookup_country(word) is None
        and not place_country(word).known
    )


def _firm_named_first(ctx: AffiliationContext, cl: Cluster, word: Token) -> bool:
    """Is `cl` a firm (a name with a legal form or a trade's words) whose name the story opens with `word`,
    or a body whose name the headline's acronym spells ("FRANCE'S BUM" over "Banque de l'Union
    Mediterraneenne")?"""
    if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
        return False
    if acronym_word(word) and any(spells(word.text, m.text) for m in cl.mentions):
        return True
    if not (is_firm(cl) or trade_named(cl)):
        return False
    return any(fold(m.text).split()[:1] == [word.lower_] for m in cl.mentions if " " in m.text)


def _state_of_owner(ctx: AffiliationContext, owner: Cluster | None) -> str | None:
    """The owner's state where the owner is a state, or a body or unnamed actor of one's government."""
    if owner is None or not (owner.country or owner.actor or ctx.state_body(owner)):
        return None
    return ctx.state_of(owner)


def _state_named(ctx: AffiliationContext, name: str) -> str | None:
    """The state of an owner written inside another's name: a state's name, or a body the article names
    on its own too."""
    key = fold(name)
    owner = next((cl for cl in ctx.clusters.clusters if any(fold(m.text) == key for m in cl.mentions)), None)
    if owner is not None:
        return _state_of_owner(ctx, owner)
    country = lookup_country(name)
    return country.iso3 if country is not None and not is_demonym(name) else None


def names_with_a_country(ctx: AffiliationContext) -> None:
    """An organisation whose name says its state: "Federal Aviation Office of Germany", "Democratic
    Rally in Cyprus", "Syrian Democratic Forces", "Cyprus Mail"."""
    for cl in ctx.clusters.clusters:
        if (
            cl.country
            or cl.actor
            or ctx.found.types.get(cl.key, cl.type) != "ORG"
            or cl.key in ctx.found.affiliations
            or ctx.state_of(cl)
        ):
            continue
        if _market_fund(cl.label):
            continue  # "Japan Fund Inc": named after the market it invests in, of no stated state
        state = (
            _country_in_name(cl.label)
            or _us_circuit_court(cl.label)
            or _place_in_name(ctx, cl.label)
            or _seat_in_name(ctx, cl.label)
            or _place_after(ctx, cl)
        )
        if state and _site_named_for_elsewhere(ctx, cl.label, state):
            continue
        if state:
            ctx.found.affiliations[cl.key] = state


def _market_fund(name: str) -> bool:
    """Is the name a fund's named after the market it invests in: a state's name, a fund's noun (data:
    market_fund_nouns) and legal forms at most ("Japan Fund Inc", "the Mexico Fund")? Not a demonym's
    ("Saudi Fund"), nor a name the tables know ("the Kuwait Fund", the state's development fund)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 2 and is_legal_form(words[-1]):
        words.pop()
    if len(words) < 2 or words[-1].lower() not in MARKET_FUND_NOUNS or lookup_organisation(name) is not None:
        return False
    market = " ".join(words[:-1])  # a region's name ("Asia Pacific Fund") gives no state anyway
    return lookup_country(market) is not None and not is_demonym(market)


def _legal_form_key(cl: Cluster) -> str | None:
    """The legal form an organisation's name ends in, as the tables key it ("kk", "plc", "spa"), or the one
    written before it ("PT Kestrel Mining": "pt", company_name_starts), or None."""
    for name in sorted({cl.label, *(m.text for m in cl.mentions)}, key=len, reverse=True):
        words = name.rstrip(".").split()
        if len(words) < 2:
            continue
        first = words[0]
        if is_form_before_name(first):
            return first.lower()
        if not words[-1][:1].isupper():
            continue
        key = words[-1].lower().replace(".", "")
        if is_legal_form(words[-1]) or key in LEGAL_FORM_STATES:
            return key
    return None


def firms_by_legal_form(ctx: AffiliationContext) -> None:
    """ "Tanaka Shoji KK", "Ferro Tessile S.p.A.": a form of one state's company law alone (data:
    legal_form_states) makes a firm that state's where nothing the text or the tables say placed it; a form
    of several states' law ("PLC": Britain or Ireland; "GmbH": Germany, Austria or Switzerland) places it
    nowhere. A firm a state's word opens or such a form places ("Canadian Pacific Ltd", "Tanaka Shoji KK")
    is that state's business (BUS). So is any firm whose name ends in a form firms write abbreviated or in
    "Bank" or "Group" (data: business_name_ends), placed or not ("Acme Bank System Inc", as the table's
    "Montedison SpA" is); a spelled-out form may be a band's ("Blues Incorporated"), and gives none."""
    for cl in ctx.clusters.clusters:
        if ctx.found.types.get(cl.key, cl.type) == "ORG" and any(
            foreign_commercial_bank(m.text) for m in cl.mentions
        ):
            ctx.found.sectors.setdefault(cl.key, "BUS")  # "Banque Paribas": a bank named in its own language
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
            continue
        if _business_name(cl):
            ctx.found.sectors.setdefault(cl.key, "BUS")
        form = _legal_form_key(cl)
        if form is None:
            state = ctx.state_of(cl)
            if state and names_a_firm(cl.label.split()) and state == _country_in_name(cl.label):
                ctx.found.sectors.setdefault(cl.key, "BUS")  # "Japan Tobacco", "British Steel"
            continue
        states = [state for state in LEGAL_FORM_STATES.get(form, "").split(";") if state]
        placed = cl.key in ctx.found.affiliations or ctx.state_of(cl)
        # a form written before the name is the firm's own incorporation: "PT Inco, a unit of Inco Ltd of
        # Canada" is Indonesia's, its parent's state notwithstanding; not a state's firm the text names as
        # such ("Peru's Pt Kestrel Machinery": roles/descriptions gave it the state as its origin)
        named = cl.key in ctx.found.origins
        if len(states) == 1 and (not placed or (form in COMPANY_NAME_STARTS and not named)):
            ctx.found.affiliations[cl.key] = states[0]
        state = ctx.state_of(cl)
        if state and (state == _country_in_name(cl.label) or states == [state]):
            ctx.found.sectors.setdefault(cl.key, "BUS")


def firms_of_owners_and_sites(ctx: AffiliationContext) -> None:
    """A firm nothing else places ("X Corp, which is owned by the state-run Bank of Y and the National Bank
    of Y", "X Corp has not run its plant in Z since 1985") is of the one state its owners are all of, and
    its own production sites are in (data: production_site_nouns); none where they name two states. Runs
    after the legal forms: a firm's form says where it is incorporated, its sites only where it works."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        if not (is_firm(cl) or (ctx.found.sectors.get(cl.key) or cl.sector) == "BUS"):
            continue
        states: set[str | None] = set()
        for m in cl.mentions:
            root = ctx.doc[m.start : m.end].root
            states |= {ctx.state_of(owner) for owner in _owners_of(ctx, root)}
            states |= _states_of_own_sites(ctx, root)
        state = states.pop() if len(states) == 1 else None
        if state:
            ctx.found.affiliations[cl.key] = state


def _owners_of(ctx: AffiliationContext, root: Token) -> list[Cluster]:
    """The named owners of "X, which is owned by A and B" and "X is owned by A": the agents of a passive
    "own" the name is the subject of, directly or through "which"."""
    verbs = [root.head] if root.dep_ == "nsubjpass" else [c for c in root.children if c.dep_ == "relcl"]
    owners: list[Cluster] = []
    for verb in verbs:
        if verb.lemma_.lower() != "own" or verb.tag_ != "VBN":
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                for owner in (pobj, *pobj.conjuncts):
                    found = ctx.clusters.cluster_at(owner.i)
                    if found is not None:
                        owners.append(found)
    return owners


def _states_of_own_sites(ctx: AffiliationContext, root: Token) -> set[str | None]:
    """The states of the places the subject works its own production sites "in" (site_working_verbs): "X
    has not run its plant in Chile", "X closed its mine in Peru" -> Chile, Peru; not "X will open its mine in
    Peru", which a foreign investor says too."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SITE_WORKING_VERBS:
        return set()
    states: set[str | None] = set()
    for site in root.head.children:
        if site.dep_ != "dobj" or site.lemma_.lower() not in PRODUCTION_SITE_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in site.children):
            continue
        # (the parser hangs "in Z" on the site or on the verb: "will open its mine in Peru")
        preps = [c for c in (*site.children, *root.head.children) if c.dep_ == "prep" and c.lower_ == "in"]
        for prep in preps:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = ctx.clusters.cluster_at(pobj.i)
                if place is not None and ctx.found.types.get(place.key, place.type) in PLACE_LABELS:
                    states.add(ctx.state_of(place))
    return states


def _business_name(cl: Cluster) -> bool:
    """Does a mention of the organisation end in a business's form (data: business_name_ends: "Acme Bank
    System Inc", "Kestrel Steel Corp", "Acme Banking Group")? "Bank" and "Group" only where no table knows
    the body and no place or state is named in it ("Bank of Japan", "the Minsk Group")."""
    if any(lookup_organisation(m.text) is not None or lookup_igo(m.text) is not None for m in cl.mentions):
        return False
    for m in cl.mentions:
        words = m.text.rstrip(".").split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        key = words[-1].lower().replace(".", "")
        if key not in BUSINESS_NAME_ENDS:
            continue
        if key in ORG_HEAD_FORMS:
            placed = any(lookup_country(w) or place_country(w).known for w in words[:-1])
            if placed or not words[0][:1].isupper():
                continue
            return True
        if is_legal_form(words[-1]):
            return True
    return False


# Heads of names that are a business's only where nothing else names the body ("Acme Bank", "Acme Group").
ORG_HEAD_FORMS = frozenset({"bank", "group"})


def laws_of_a_state(ctx: AffiliationContext) -> None:
    """ "the U.S. Farm Act", "Japan's Trade Act", "the Japanese Trade Act": a law named with a state's
    adjective, its abbreviation or its possessive is that state's, not the article's or another state's the
    sentence names ("the U.S. Farm Act made Thai rice dearer"). A state's bare name before a law's is what
    the law is about, no owner ("the Iraq Liberation Act" is a US law)."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.key in ctx.found.affiliations or ctx.found.types.get(cl.key, cl.type) != "EVENT":
            continue
        words = cl.label.split()
        if len(words) < 2 or words[-1].lower() not in LAW_HEADS:
            continue
        states = {s for m in cl.mentions if (s := _state_owning_law(ctx, m))}
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def _state_owning_law(ctx: AffiliationContext, m: Mention) -> str | None:
    """The state whose word opens a law's name or stands before it as its owner ("U.S.", "Japanese",
    "Japan's"), if one does."""
    doc = ctx.doc
    first = doc[m.start]
    if m.end - m.start >= 2 and _owners_word(first.text) and first.i + 1 < m.end:
        return lookup_country(first.text).iso3  # type: ignore[union-attr]
    state = ctx.clusters.state_modifying(m)
    if state is None or m.start == 0:
        return None
    before = doc[m.start - 1]
    return state if before.tag_ == "POS" or _owners_word(before.text) else None


def _owners_word(word: str) -> bool:
    """A state's adjective ("Japanese") or abbreviation ("U.S.", "UK"), which says whose a law is."""
    if lookup_country(word) is None:
        return False
    return is_demonym(word) or (len(word) <= 5 and word.replace(".", "").isupper())


def creditor_committees(ctx: AffiliationContext) -> None:
    """ "Peru's Bank Advisory Committee", "Chile's Creditor Steering Committee": the committee of the foreign
    banks that lent to the debtor, whose possessive names only whose debt it is on: of no state (the banks
    are of many), a body of business (BUS), never the debtor's. Runs before any step that would give it the
    possessor's or the story's state."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
            continue
        if any(creditors_body(ctx.doc[m.start : m.end].root) for m in cl.mentions):
            ctx.found.affiliations.setdefault(cl.key, "")
            ctx.found.sectors.setdefault(cl.key, "BUS")


def states_before_names(ctx: AffiliationContext) -> None:
    """ "the UK Hadley Centre", "Britain's X Institute": a state's name or word the tagger left outside an
    organisation's name, modifying it, says whose the organisation is, where nothing said so before. Not a
    person's ("US Senator X" is a title, read by the roles), nor a place's."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) not in ("ORG", "FAC"):
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        states = {s for m in cl.mentions if (s := ctx.clusters.state_modifying(m))}
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


# "UK sportswear firm X": at most this many lower-case words of a trade between the state and the firm's noun
MAX_TRADE_WORDS = 2


def firms_after_a_states_noun(ctx: AffiliationContext) -> None:
    """ "UK sportswear firm X", "Dutch shoe maker Y": a state's name or word, a few lower-case words of a
    trade and a firm's noun (words.FIRM_ORIGIN_NOUNS) written right before a body's name say where the firm
    is from, however the parser hangs them (it may take "sportswear" for a verb, with the state its
    subject), where nothing said so before; not the second of two states joined by a hyphen ("US-German
    carmaker X": a firm of both), nor two different states for one body."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        states = {s for m in cl.mentions if (s := _state_before_firms_noun(ctx, m.start))}
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def _state_before_firms_noun(ctx: AffiliationContext, start: int) -> str | None:
    """The state whose word stands before a firm's noun and the trade's words before the name at `start`."""
    doc = ctx.doc
    noun = start - 1
    if noun < 0 or not doc[noun].is_lower or doc[noun].lemma_.lower() not in FIRM_ORIGIN_NOUNS:
        return None
    sent_start = doc[noun].sent.start
    k = noun - 1
    while k >= sent_start and noun - k <= MAX_TRADE_WORDS and doc[k].is_lower and doc[k].is_alpha:
        k -= 1
    state = ctx.clusters.mention_at(k) if k >= sent_start else None
    if state is None or state.end != k + 1 or state.country is None:
        return None
    joined = state.start - 2 >= sent_start and doc[state.start - 1].text == "-"
    return None if joined else state.country.iso3


def ministries_in_capitals(ctx: AffiliationContext) -> None:
    """ "A Foreign Ministry official in Tokyo said", "the Trade Ministry in Seoul": a state's ministry (or a
    body of its forces) written with no state but "in" or "at" a capital city is the ministry of the state
    whose government sits there, as "the Tokyo Foreign Ministry" is (_capitals_ministry); any other city
    says nothing of whose it is. Runs before the article's state is given to the bodies no word places."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        if body_sector(cl.label) not in GOVERNING_SECTORS:
            continue
        states = {s for m in cl.mentions if (s := _capital_after_body(ctx, m))}
        if _ministry_name(cl.label):
            states = {s for s in states if has_ministries(s)}  # "a Foreign Ministry official in Washington"
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def _capital_after_body(ctx: AffiliationContext, m: Mention) -> str | None:
    """The state whose capital stands "in" or "at" after the body's name, or after the noun the name
    modifies ("a Foreign Ministry official in Tokyo")."""
    root = ctx.doc[m.start : m.end].root
    nouns = [root] + ([root.head] if root.dep_ in ("compound", "nmod") and root.head.i >= m.end else [])
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for pobj in prep.children:
                place = ctx.clusters.mention_at(pobj.i) if pobj.dep_ == "pobj" else None
                capital = lookup_capital(place.text) if place is not None else None
                if capital is not None and place is not None and place.label in PLACE_LABELS:
                    return capital.iso3
    return None


def _site_named_for_elsewhere(ctx: AffiliationContext, label: str, state: str) -> bool:
    """A site named after a state the article is not about ("Japan Friendship Hospital" in a story
    from Dhaka): donors and twinned cities lend their names, so the name does not place the site. A
    state's adjective says whose it is ("German Aerospace Center"): donors lend their names, not that."""
    words = label.split()
    lent = words[-1].lower() in FACILITY_NOUNS and not is_demonym(words[0])
    return lent and state not in ctx.article_countries()


def _place_after(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "the Peace Party of Ohio", "the Sheriff's Office of Dade County" where the tagger ended the name
    before "of": a party or a regional body, and the place its name goes on with; a company "of" a town
    ("Acme Inc. of Provo") is based there; and any body "of" a state is that state's ("Novarex of
    Switzerland", as wire copy names a firm with its state)."""
    company = cl.label.split()[-1].lower() in COMPANY_NAME_ENDS
    placed = company or bool(head_words(cl.label) & (PARTY_NOUNS | REGIONAL_BODY_NOUNS))
    for m in cl.mentions:
        for place in ctx.named_after_of(m):
            if place.type in PLACE_LABELS:
                if not placed and not place.country:
                    continue  # "X of Provo" says where only for a company's, party's or region's name
                state = ctx.state_of(place)
                if state:
                    return state
    return None


def agencies_of_bodies(ctx: AffiliationContext) -> None:
    """ "the Grain Inspection Service of the U.S. Agriculture Department": an agency, service or office
    "of" a body of a state, where the tagger ended its name before "of", is part of that body, of its state.
    Runs once the bodies' own names have placed them."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) != "ORG":
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        if cl.label.split()[-1].lower() not in AGENCY_PART_NOUNS:
            continue
        states = {s for m in cl.mentions if (s := _state_of_body_after(ctx, cl, m))}
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def _state_of_body_after(ctx: AffiliationContext, cl: Cluster, m: Mention) -> str | None:
    """The state of the organisation right after the mention's "of", if one is named there."""
    for body in ctx.named_after_of(m):
        if body is not cl and ctx.found.types.get(body.key, body.type) == "ORG":
            return ctx.state_of(body)
    return None


def _place_in_name(ctx: AffiliationContext, name: str) -> str | None:
    """ "Haifa University", "University of Haifa", "Omsk Emergency Hospital": an institution named
    after the place it is in; so are the bodies of a region, county or city ("Ohio Department of
    Health", "Sheriff of Dade County") and a party "of" a region ("the Liberty Party of Ohio"; not
    "Unity Party", whose first word is also a place's name)."""
    words = name.split()
    heads = head_words(name)
    institution = bool(heads & LOCAL_INSTITUTION_NOUNS)
    body = bool(heads & REGIONAL_BODY_NOUNS)
    # "the Jakarta Post", "the Baltimore Sun": a paper named after its town (not "the Northern Echo": a
    # direction names no town)
    press = len(words) > 1 and (words[-1].lower() in PRESS_HEADS or named_as_outlet(name))
    club = _club_after_its_town(ctx, words)
    located = _OF_A_PLACE.search(name)
    # "Bank of Montreal", "Banco de Bilbao": a bank named after the town it was founded in
    bank = located is not None and words[0].lower() in PLACE_NAMED_BANK_HEADS
    if not institution and not body and not press and not club and not bank and not heads & PARTY_NOUNS:
        return None
    candidates = [located["place"]] if located else []
    if located and _CAMPUS.search(located["place"]):
        # "University of Hawaii at Mānoa": a campus named after its town inside the place named
        candidates.append(_CAMPUS.split(located["place"])[0])
    # an institution's own noun is never its place ("University College London" is not in the town
    # of University, Florida): first words with one are no candidates
    kinds = LOCAL_INSTITUTION_NOUNS | REGIONAL_BODY_NOUNS | PARTY_NOUNS
    first = [
        " ".join(words[:size])
        for size in (2, 1)
        if len(words) > size and not head_words(" ".join(words[:size])) & kinds
    ]
    if institution:
        candidates += first
        # "University College London", "King's College London": the place written after the noun
        last = max(i for i, w in enumerate(words) if head_words(w) & LOCAL_INSTITUTION_NOUNS)
        tail = words[last + 1 :]
        if 1 <= len(tail) <= 2 and all(w[:1].isupper() for w in tail):
            candidates.append(" ".join(tail))
    elif press or club:
        candidates += [c for c in first if c.lower() not in DIRECTIONS]
        if press and words[0].lower() in BROADCAST_NAME_WORDS and 1 <= len(words) - 1 <= 2:
            candidates.append(" ".join(words[1:]))  # "Radio Moscow": the broadcaster's town after its word
    elif body:
        # "Superior Court", "North Wales Police": a body's first word is a place only where the
        # article names that place on its own ("... in Kamloops. Kamloops Police said").
        places = _place_names(ctx)
        candidates += [words for words in first if fold(words) in places]
        # a state's or province's whole name is no town's or person's ("California Air Resources Board",
        # "Queensland Police"), so it places the body without being named on its own
        named_now = ctx.article_countries()
        candidates += [words for words in first if division_type(words, named_now)]
    named = ctx.article_countries()
    for candidate in candidates:
        found = place_country(candidate, named, ctx.day)
        if found.known:
            return found.country
    return None


def _seat_in_name(ctx: AffiliationContext, name: str) -> str | None:
    """ "the Milan Chamber of Commerce", "the Bombay High Court", "the Frankfurt Bourse": a city's own body,
    named by the city (or region) the gazetteer knows and then the body's kind, is in that place's state. A
    body of states named after the city where it first met ("the Paris Club", "the Warsaw Pact") is of no
    such kind."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for size in (1, 2):
        if len(words) > size and fold(" ".join(words[size:])) in CITY_BODY_NAMES:
            found = place_country(" ".join(words[:size]), ctx.article_countries(), ctx.day)
            if found.known and found.country:
                return found.country
    return None


def _club_after_its_town(ctx: AffiliationContext, words: list[str]) -> bool:
    """ "Leeds United", "Houston Rockets": a club named after its town by a club's word, or by a plural
    nickname in a story that names a sports league ("the NBA"), so the town is the club's state's."""
    if not 2 <= len(words) <= MAX_CLUB_WORDS or not words[-1][:1].isupper():
        return False
    if words[-1].lower() in CLUB_SUFFIXES:
        return True
    nickname = words[-1].endswith("s") and not words[-1].endswith("ss")
    return nickname and _names_a_league(ctx)


def _names_a_league(ctx: AffiliationContext) -> bool:
    return any(
        (org := lookup_organisation(m.text)) is not None and org.kind == "league"
        for cl in ctx.clusters.clusters
        for m in cl.mentions
    )


def _place_names(ctx: AffiliationContext) -> set[str]:
    """The folded names the article writes for places."""
    return {
        fold(m.text)
        for cl in ctx.clusters.clusters
        if cl.type in PLACE_LABELS or ctx.found.types.get(cl.key) in PLACE_LABELS
        for m in cl.mentions
    }


def _forces_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "U.S. warships shelled a platform and the Navy raided a rig, the Pentagon said": a state's forces
    named by their bare noun ("the Navy", "the Army", "the Air Force") are those of the one state whose
    forces their sentences name, else of the one state whose forces the story names, whatever state the
    story is most about. Forces it fights ("the Navy sank Iranian gunboats", "the Army repelled them") are
    not its own, and a story whose one state's forces fight another state ("Iraqi jets hit a U.S. frigate")
    does not say whose a bare "the Navy" of another sentence is; None where forces of several states are
    named."""
    if (ctx.found.sectors.get(cl.key) or cl.sector) != "MIL":
        return None
    sides = own_clauses(ctx, cl)
    clusters = ctx.clusters.clusters
    opponents = {other.key for other in clusters if any(m.start in sides for m in other.mentions)}
    forces = [
        (other, state)
        for other in clusters
        if other is not cl
        and other.key not in opponents
        and (ctx.found.sectors.get(other.key) or other.sector) == "MIL"
        and (state := ctx.state_of(other))
    ]
    in_sentences: set[str] = set()
    for m in cl.mentions:
        sent = ctx.doc[m.start].sent
        within = range(sent.start, sent.end)
        in_sentences |= {state for other, state in forces if any(o.start in within for o in other.mentions)}
    if in_sentences:
        return in_sentences.pop() if len(in_sentences) == 1 else None
    states = {state for _, state in forces}
    if len(states) != 1:
        return None
    state = states.pop()
    for other, _ in forces:
        fought = own_clauses(ctx, other)
        for token in fought:
            side = ctx.clusters.cluster_at(token)
            if side is not None and (side_state := ctx.state_of(side)) and side_state != state:
                return None
    return state


# The links from a speech noun up to the verb whose subject speaks ("said in a speech to", "gave a speech").
UP_TO_THE_VERB = frozenset({"pobj", "prep", "dobj"})


def _addressers_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "X said in a speech to Parliament", "Y told parliament": a bare chamber a speaker of a state addresses
    is that state's, whatever state the story is most about; None where its addressers' states disagree."""
    if (ctx.found.sectors.get(cl.key) or cl.sector) != "LEG":
        return None
    states: set[str] = set()
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        if word.dep_ == "pobj" and word.head.lower_ == "to":
            speech = word.head.head
            said = speech.lemma_.lower() in SPEECH_NOUNS | SPEECH_VERBS | ADDRESSING_WORDS
        else:
            speech = word.head
            said = word.dep_ in ("dobj", "dative") and speech.lemma_.lower() in ADDRESSING_WORDS
        if not said:
            continue
        verb = speech
        # up from the speech noun to the verb whose subject speaks ("said in a speech to")
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in UP_TO_THE_VERB and verb.head != verb:
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            speaker = ctx.clusters.cluster_at(subject.i)
            if speaker is not None and speaker is not cl and (state := ctx.state_of(speaker)):
                states.add(state)
    return states.pop() if len(states) == 1 else None


def _bare_state_actor(cl: Cluster) -> bool:
    """An unnamed actor of a state no state word names ("the authorities", "the government")."""
    return cl.bare and (cl.sector in STATE_SECTORS or cl.actor == "state")


def _regional_state_actor(ctx: AffiliationContext, cl: Cluster) -> bool:
    """ "the state government", "the provincial government": an unnamed state actor whose word of level
    (body_levels) says it is of a state's part, not of the nation."""
    if not _bare_state_actor(cl):
        return False
    for m in cl.mentions:
        head = ctx.doc[m.start : m.end].root
        words = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
        if any(BODY_LEVELS.get(w.lower_) == "regional" for w in words):
            return True
    return False


def _regions_states(ctx: AffiliationContext) -> set[str] | None:
    """The countries of the states and provinces the story names ("Victoria" -> Australia), None where it
    names none."""
    regions = [
        cl
        for cl in ctx.clusters.clusters
        if (cl.type in PLACE_LABELS or ctx.found.types.get(cl.key) in PLACE_LABELS)
        and not cl.country
        and any(division_type(m.text) is not None for m in cl.mentions)
    ]
    if not regions:
        return None
    return {state for cl in regions if (state := ctx.state_of(cl))}


def _placed_groups_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "In Latvia last spring, the minister was jeered by protesters", "protesters in Riga": a group of
    society (no state's organ) that every mention sets by "in" a place, on its own noun or on the verb of its
    clause, in one state is that state's, whatever state the story is mostly about. None where a mention is
    set in none or the places lie in two states."""
    if not cl.bare or not cl.actor or _bare_state_actor(cl):
        return None
    states: set[str] = set()
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        verb = word.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        placed = {
            state
            for holder in (word, verb)
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            and (place := ctx.clusters.cluster_at(pobj.i)) is not None
            and place.type in ("GPE", "LOC")
            and not place.actor
            and (state := ctx.state_of(place))
        }
        if len(placed) != 1:
            return None
        states |= placed
    return states.pop() if len(states) == 1 else None


def _paragraph_state(ctx: AffiliationContext, cl: Cluster, generic: bool) -> str | None:
    """ "Kuwait rejected Iran's charges. The Foreign Ministry said the boats were out fishing": a state's
    body named bare right after a sentence about a state is that state's, whatever state the story names
    most (as a bare office is, offices.paragraph_states): where it is first named, it is introduced."""
    if not generic and not _bare_state_actor(cl):
        return None
    paragraphs = ctx.found.paragraph_states
    first = min(cl.mentions, key=lambda m: m.start, default=None)
    if first is None:
        return None
    sent = ctx.doc[first.start].sent
    while sent.start not in paragraphs and sent.start > 0:
        before = ctx.doc[sent.start - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            return None  # the paragraph's first sentence follows none about a state
        sent = before.sent  # '"No truth in it. The boats were fishing," the ministry said': the quote's start
    return paragraphs.get(sent.start)


def _other_makers_states(ctx: AffiliationContext, cl: Cluster, setting: str | None) -> set[str | None] | None:
    """The states of the parties that make or reach every mention of the event ("Ghana lodged a protest",
    "the accord reached by the Cocoa Organization": None for an international body), when each is another
    party than the story's state; None when a mention has no such maker."""
    if not cl.mentions:
        return None
    states: set[str | None] = set()
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        if word.dep_ == "dobj":
            made = word.head.lemma_.lower() in EVENT_MAKING_VERBS
            agents = [c for c in word.head.children if c.dep_ == "nsubj"] if made else []
        else:
            # "the protest was lodged by Ghana", "the accord reached by the Cocoa Organization"
            verbs = [word.head] if word.dep_ == "nsubjpass" else []
            verbs += [c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            verbs = [v for v in verbs if v.lemma_.lower() in EVENT_MAKING_VERBS]
            bys = [c for v in verbs for c in v.children if c.dep_ == "agent"]
            agents = [g for c in bys for g in c.children if g.dep_ == "pobj"]
        makers = [found for a in agents if (found := ctx.clusters.cluster_at(a.i)) is not None]
        if not makers:
            return None
        for maker in makers:
            other, state = _another_party(ctx, maker, setting)
            if not other:
                return None
            states.add(state)
    return states


def _another_party(ctx: AffiliationContext, maker: Cluster, setting: str | None) -> tuple[bool, str | None]:
    """Is the maker another party than the story's state (a state of its own, a body of one, an
    international body), and of which state?"""
    if maker.type == "GPE" and maker.country:
        return maker.country != setting, maker.country
    if maker.type != "ORG":
        return False, None
    if lookup_igo(maker.label) is not None:
        return True, None
    # "Congress passed the textile bill" in a story set in Belgium: the US Congress's bill
    state = ctx.state_of(maker)
    return state is not None and setting is not None and state != setting, state


def _speakers_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "X said in Tokyo that government authorities were holding the shipment", "The authorities held it,
    X said in Tokyo": an unnamed state actor in what a speaker says in a place is the place's state's, not
    the story's, when every mention of it is so said and the places agree."""
    if not _bare_state_actor(cl):
        return None
    states = {_said_in_state(ctx, ctx.doc[m.start : m.end].root) for m in cl.mentions}
    return states.pop() if len(states) == 1 else None


def _reported_doers_state(ctx: AffiliationContext, cl: Cluster, other: str | None) -> str | None:
    """ "Brazil warned Argentina it would cut imports if Argentina raises its tariffs, a senior government
    official said": an unnamed state actor that reports what a state named as the doer did or will do is
    that state's (its officials speak of its acts), not the state it would else be (`other`: the paragraph's
    or the story's) when the report names that one only as the other side or in a condition. Only where
    every mention so reports the one state and `other` is named in the same sentence: "Iran is at war. A
    government spokesman said Iraq attacked the ship" is Iran's spokesman, and with no `other` it is
    nobody's."""
    if not other or not _bare_state_actor(cl) or not cl.mentions:
        return None
    doers: set[str] = set()
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        verb = word.head
        if word.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
            return None
        named = set()
        for report in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            for subject in (c for c in report.children if c.dep_ == "nsubj"):
                doer = ctx.clusters.cluster_at(subject.i)
                if doer is None or doer.type != "GPE" or not doer.country:
                    return None
                named.add(doer.country)
        if len(named) != 1:
            return None
        (doer_state,) = named
        if other != doer_state and other not in _states_of_words(ctx, cl, list(word.sent)):
            return None
        doers.add(doer_state)
    return doers.pop() if len(doers) == 1 else None


def _own_speakers_state(
    ctx: AffiliationContext, cl: Cluster, setting: str | None, other: str | None
) -> str | None:
    """ "Minister X said Ruritania had agreed to free the men. He said the government had sought their
    return for a year": an unnamed state actor that an officer of the story's own state (an office of the
    state, of one of its parties or bodies) first speaks of, or calls on, right after such an officer's
    report of another state's act, is the officer's own state's government, not the reported state's
    (`other`: the state the paragraph rule would give it). The other state was only reported, and a
    state's officers speak of their own government. Not where a foreign officer speaks of it in the story,
    nor where the words place it in another state ("the government in Kabul"), nor against a sentence
    whose own subject is the other state ("Ruritania voted. X said the government must …": Ruritania's);
    a visiting officer in a story set in the host state is no officer of the setting."""
    if not setting or not other or other == setting or not _bare_state_actor(cl) or not cl.mentions:
        return None
    first = min(cl.mentions, key=lambda m: m.start)
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        spoken = _speaker_of(ctx, word)
        if spoken is None:
            if m is first:
                return None
            continue
        speaker, clause = spoken
        state = _officers_state(ctx, speaker) if speaker is not None else None
        if m is first and state != setting:
            return None
        if state is not None and (state != setting or _placed_elsewhere(ctx, clause, setting)):
            return None
    sent = ctx.doc[first.start].sent
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    reporter = _reporter_of(ctx, before.root)
    if reporter is None or _officers_state(ctx, reporter) != setting:
        return None
    return setting


def _speaker_of(ctx: AffiliationContext, word: Token) -> tuple[Cluster | None, Token] | None:
    """Who speaks of the word, with the clause they say it in: the subject of the verb of saying whose
    reported clause holds it ("X said the government had sought", "The government erred, X said"), or of
    the verb that asks it ("X called on the government to act", "X urged the government"). None where no
    one speaks it; the speaker None where the subject is no entity."""
    if word.dep_ == "pobj" and word.head.lower_ == "on" and word.head.head.lemma_.lower() == "call":
        return _subject_of(ctx, word.head.head), word.head.head
    if word.dep_ == "dobj" and word.head.lemma_.lower() in REQUEST_VERBS:
        return _subject_of(ctx, word.head), word.head
    verb = word
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return _subject_of(ctx, verb.head), verb
    if verb.dep_ == "ROOT":
        sayers = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > word.i]
        for sayer in sayers:
            if sayer.lemma_.lower() in REPORTING_VERBS:
                return _subject_of(ctx, sayer), verb
    return None


def _reporter_of(ctx: AffiliationContext, root: Token) -> Cluster | None:
    """Who reports a sentence ("X said Y did it", "Y did it, X said"): the subject of its main verb of
    saying, or of one hung on its main verb."""
    if root.lemma_.lower() in REPORTING_VERBS:
        return _subject_of(ctx, root)
    for sayer in (c for c in root.children if c.dep_ in ("parataxis", "ccomp")):
        if sayer.lemma_.lower() in REPORTING_VERBS:
            return _subject_of(ctx, sayer)
    return None


def _subject_of(ctx: AffiliationContext, verb: Token) -> Cluster | None:
    """The entity that is the verb's subject (a coordinated verb's: "said it was pleased but called on");
    "he", "she": the person named last before the pronoun, as coreference will take it."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    found = ctx.clusters.cluster_at(subject.i)
    if found is not None or subject.lower_ not in PERSON_PRONOUNS:
        return found
    people = [
        (m.start, other)
        for other in ctx.clusters.clusters
        if ctx.found.types.get(other.key, other.type) == "PERSON"
        for m in other.mentions
        if m.start < subject.i
    ]
    return max(people, key=lambda pair: pair[0])[1] if people else None


def _officers_state(ctx: AffiliationContext, speaker: Cluster) -> str | None:
    """The state a person holds an office of, or of one of whose parties or state bodies they hold one
    ("Foreign Minister X" of a state, "Labour MP Y", "the party's spokesman Z"), where it is their state;
    None for anyone else (a lawyer, a group's director)."""
    state = ctx.state_of(speaker)
    if not state or ctx.found.types.get(speaker.key, speaker.type) != "PERSON":
        return None
    held = {role.target for role in ctx.found.roles if role.holder == speaker.key}
    for target in (other for other in ctx.clusters.clusters if other.key in held):
        if target.country == state or (
            ctx.state_of(target) == state and (is_party_name(target.label) or ctx.state_body(target))
        ):
            return state
    return None


def _placed_elsewhere(ctx: AffiliationContext, clause: Token, setting: str) -> bool:
    """Whether the clause sets something "in" a place of another state than the setting ("the government
    in Kabul must act", "elections in Iraq")."""
    for prep in clause.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = ctx.clusters.cluster_at(pobj.i)
            state = ctx.state_of(place) if place is not None and place.type in PLACE_LABELS else None
            if state is not None and state != setting:
                return True
    return False


def _constituents_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "X has raised her standing with voters", "X appealed to the public": a bare public (sector PPL:
    "voters", "the public", "the electorate") is the state of the person the clause it hangs in is about,
    where every mention so hangs on the nominal subject of its nearest verb and those persons share one
    state. A public is a state's people; the person courting or addressing it speaks to their own."""
    if not cl.bare or (ctx.found.sectors.get(cl.key) or cl.sector) != "PPL" or not cl.mentions:
        return None
    found: set[str] = set()
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        if word.dep_ in NOMINAL_SUBJECT_DEPS:
            return None  # "voters rejected the plan": no person's public
        # up through "with" and "standing" to the nearest verb with a subject ("raised her standing with
        # voters"; the tagger may read "her standing" as a gerund clause with the pronoun its subject: a
        # pronoun no entity holds is passed over for the subject of the verb above)
        verb, subjects = word.head, []
        for _ in range(4):
            subjects = [
                c
                for c in verb.children
                if c.dep_ in NOMINAL_SUBJECT_DEPS
                and (c.tag_ not in ("PRP", "PRP$") or ctx.clusters.cluster_at(c.i) is not None)
            ]
            if subjects or verb.head is verb:
                break
            verb = verb.head
        people = [ctx.clusters.cluster_at(s.i) for s in subjects]
        if len(people) != 1 or people[0] is None or people[0].type != "PERSON":
            return None
        state = ctx.state_of(people[0])
        if not state:
            return None
        found.add(state)
    return found.pop() if len(found) == 1 else None


def _subjects_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """ "Japan's space agency NASDA has the full support of the government": an unnamed state actor that is
    no subject, in a sentence whose main subject is one state or a body of it and that names no other state,
    is that state's, not the story's (a sentence about one state's body speaks of its government). Not a
    subject: "the government asked Japan to …" in a story set elsewhere acts on Japan, and is the story's."""
    if not _bare_state_actor(cl) or not cl.mentions:
        return None
    found: set[str] = set()
    for m in cl.mentions:
        word = ctx.doc[m.start : m.end].root
        if word.dep_ in NOMINAL_SUBJECT_DEPS:
            return None
        sent = word.sent
        named = _states_of_words(ctx, cl, [t for t in sent if t.i < m.start or t.i >= m.end])
        # the subject itself, or a name in apposition to it ("Japan's space agency NASDA"), not a thing
        # the state owns ("Japan's trade surplus worries the government": the story's government)
        subjects = [c for c in sent.root.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
        if len(named) != 1 or _states_of_words(ctx, cl, subjects) != named:
            return None
        found |= named
    return found.pop() if len(found) == 1 else None


def _states_of_words(ctx: AffiliationContext, cl: Cluster, words: list[Token]) -> set[str]:
    """The states of the clusters the words name, but for the cluster itself and other unnamed actors."""
    states: set[str] = set()
    for t in words:
        other = ctx.clusters.cluster_at(t.i)
        if other is None or other is cl or other.bare:
            continue
        state = ctx.state_of(other)
        if state:
            states.add(state)
    return states


def _said_in_state(ctx: AffiliationContext, word: Token) -> str | None:
    """The state of the place ("in Tokyo") where the speaker says the clause the word is in: the verb of
    saying the clause hangs on, or one hung on the clause's own verb ("..., X said in Tokyo")."""
    verb = word
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ == "ccomp":
        sayers = [verb.head]
    else:
        sayers = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > word.i]
    for sayer in sayers:
        if sayer.lemma_.lower() not in REPORTING_VERBS:
            continue
        for place in ctx.named_in(sayer):
            state = ctx.state_of(place)
            if state:
                return state
    return None


def article_actors(ctx: AffiliationContext) -> None:
    """Unnamed actors and institutions no state word names ("the police", "protesters", "Parliament",
    "the government") belong to the article's state, where it has one."""
    setting = ctx.setting()
    for cl in ctx.clusters.clusters:
        if cl.country or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        backed = not cl.actor and cl.type == "ORG" and _state_backed(ctx, cl)
        generic = not cl.actor and cl.type == "ORG" and (generic_institution(cl.label) or backed)
        if not cl.bare and not cl.named_bare and not generic and cl.type != "EVENT":
            continue  # events happen in the article's state too ("the bombings", "Brexit")
        if cl.type == "EVENT" and cl.label.split()[-1].lower() in AWARD_HEADS | AWARD_NAMES:
            continue  # but a prize is given, not held anywhere ("the Nobel Prize" in a US story)
        if cl.type == "EVENT" and doctrine_or_notion(cl.label):
            continue  # nor is a scripture or a notion ("the Qur'an", "Islamophobia") of any one state
        makers = _other_makers_states(ctx, cl, setting) if cl.type == "EVENT" else None
        if makers is not None:
            # "Ghana made a formal protest", "Congress passed a textile bill" in a story set elsewhere: the
            # maker's act (its state's), not an event held in the story's state; an international body's none
            if len(makers) == 1 and None not in makers:
                ctx.found.affiliations[cl.key] = next(iter(makers))  # type: ignore[assignment]
            continue
        # "US troops … the troops": the one state the article gives this actor, else the article's.
        same = [o for o in ctx.clusters.clusters if o.actor == cl.actor and o.type == cl.type != "EVENT"]
        named = {ctx.state_of(other) for other in same}
        named.discard(None)
        state = named.pop() if cl.actor and len(named) == 1 else _speakers_state(ctx, cl)
        regions = _regions_states(ctx) if _regional_state_actor(ctx, cl) else None
        if regions is not None:
            # "the state government", "the provincial government" of a story that names a state or province:
            # that region's government, of the country the region is in, never the story's other state
            if len(regions) == 1:
                ctx.found.affiliations[cl.key] = next(iter(regions))
            continue
        state = state or (_forces_state(ctx, cl) if generic else None)
        state = state or (_addressers_state(ctx, cl) if generic else None)
        # "Chilean President X has raised her standing with voters ... since her visit to
        # Peru": a public is the state's of the person whose standing or appeal it is, not the state the
        # story names most (here where she came back from)
        state = state or _constituents_state(ctx, cl)
        # (only against a story's state: a group placed in a story set nowhere keeps no state)
        state = state or (_placed_groups_state(ctx, cl) if setting else None)
        if not state:
            fallback = _paragraph_state(ctx, cl, generic) or setting
            # "Minister X said Ruritania agreed. He said the government had sought it": X's own government
            own = _own_speakers_state(ctx, cl, setting, fallback)
            state = own or _reported_doers_state(ctx, cl, fallback) or _subjects_state(ctx, cl) or fallback
        forces = (ctx.found.sectors.get(cl.key) or cl.sector) == "MIL"
        if state is None and generic and (fold(cl.label) in CHAMBER_STATES or forces):
            # "the House" in a story whose every place is of one state, too few to make it its setting
            # ("WASHINGTON - ... the House would vote"): that state's chamber; so too its forces
            # ("WASHINGTON - Army Staff Sgt. X was arrested, the Army said")
            state = ctx.sole_state(least=1)
        # "Congress", "the Senate": a chamber only some states have (context.chamber_state)
        state = ctx.chamber_state(fold(cl.label), state)
        if state and fold(cl.label) in SOVEREIGN_INSTITUTIONS:
            # "Congress" in a story set in Puerto Rico is still the US Congress: a territory has none
            state = sovereign_of(state) or state
        if state and not has_ministries(state) and _ministry_name(cl.label):
            # "the Finance Ministry was interested, a senior U.S. official said" in a US-Japan story: the
            # United States has departments, so the ministry is the other state's, or no one's
            ctx.found.affiliations[cl.key] = _state_with_ministries(ctx, state)
        elif state:
            ctx.found.affiliations[cl.key] = state
        if state and backed and not firm_name(cl):
            ctx.found.sectors.setdefault(cl.key, PORTFOLIO_MINISTRY_SECTOR)  # an agency or programme: GOV


def bodies_of_one_state(ctx: AffiliationContext) -> None:
    """ "Treasury Assistant Secretary X told a Senate subcommittee ... Sen Y (R-Tex) ... pressed Congress":
    a story whose only state is the one its named chamber is of ("Congress": context.chamber_state) names
    too little of that state to be set in it (article_actors, story_state), yet its other bare bodies of a
    state ("the Treasury", "the administration") are that state's, as a reader takes them. Only where some
    bare body of a state has that state and nothing in the story names another; a chamber or a ministry
    the state does not have stays open."""
    state = ctx.sole_state(least=1)
    if not state:
        return
    bodies = [cl for cl in ctx.clusters.clusters if not cl.country and _bare_state_body(cl)]
    if {ctx.state_of(cl) for cl in bodies} - {None} != {state}:
        return
    for cl in bodies:
        if ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        if ctx.chamber_state(fold(cl.label), state) != state:
            continue
        if not has_ministries(state) and _ministry_name(cl.label):
            continue  # "the Finance Ministry" beside Congress: no department of the United States
        ctx.found.affiliations[cl.key] = state


def _bare_state_body(cl: Cluster) -> bool:
    """A body of a state named with no state: an institution every state has ("Congress", "the Senate"), a
    ministry bare ("the Treasury") or an unnamed state actor ("the administration")."""
    generic = not cl.actor and cl.type == "ORG" and generic_institution(cl.label)
    return generic or bare_office_body(cl) or _bare_state_actor(cl)


def _state_backed(ctx: AffiliationContext, cl: Cluster) -> bool:
    """ "the government-backed Car Manufacturing Program", "the state-run Livestock Council", "state-owned
    Acme Bank": a name a modifier of state backing (data: state_backing_modifiers) stands before is its
    state's, as "Parliament" is, where no other state word names it."""
    doc = ctx.doc
    for m in cl.mentions:
        for size in (1, 3):  # "state-owned" one word or three ("state", "-", "owned")
            if m.start >= size and "".join(t.text for t in doc[m.start - size : m.start]).lower() in (
                STATE_BACKING_MODIFIERS
            ):
                return True
    return False
