"""The country a city, region, landmark or institution lies in.

"Omsk" -> Russia (places.py table); "Springfield, Illinois" -> United States; "the University of Ohio"
-> United States; "Baker Street" in a London story -> United Kingdom."""

from __future__ import annotations

from typing import NamedTuple

from geokg.extract.entities.actors import STATE_SECTORS, sector_of_word
from geokg.extract.entities.affiliations.context import AffiliationContext, head_words
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.mentions import Mention, fold
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.places import (
    UNKNOWN,
    PlaceCountry,
    abbreviated_seat,
    division_states,
    division_type,
    has_town_in,
    is_named_division,
    namesake_states,
    place_country,
    settled_by_name,
)
from geokg.extract.entities.retyping import named_in_full_as_person
from geokg.extract.entities.titles import is_role_word, is_us_state, is_us_state_abbreviation
from geokg.extract.lexicon.entity_words import (
    BODY_KIND_NOUNS,
    BODY_SEATS,
    DIVISION_NOUNS,
    FACILITY_NOUNS,
    LOCAL_INSTITUTION_NOUNS,
    LOCATED_VERBS,
    METRO_PREFIXES,
    PLACE_KIND_NOUNS,
    PLACE_VERBS,
    SEAT_PARTICIPLES,
    SETTLEMENT_NOUNS,
    SITE_PREPS,
    STREET_NOUNS,
    TOWN_GOVERNMENT_HEADS,
    VENUE_NOUNS,
)
from geokg.extract.lexicon.syntax import PLACE_LABELS, held_in, stands_as_place
from spacy.tokens import Token

_LONGEST_DIVISION = 3  # capitalised words of a subdivision's name ("New South Wales")
_DIVISION_MISTAGS = frozenset({"ORG", "NORP"})  # what the tagger calls a state it does not know


def places(ctx: AffiliationContext) -> None:
    """Cities, regions and landmarks lie in a country (places.py): "Omsk" -> Russia, "London" (as a
    place, not acting for the state) -> the United Kingdom. A name the tagger took for an organisation
    or a person is a place when the gazetteer knows it and the text uses it as one ("flew from Omsk",
    "the storm hit the Azores"). A name several states' places share goes to the state the story names,
    itself or as its bodies' and people's ("Brest" in a story on the French Navy is the French port)."""
    named = ctx.article_countries()
    told = _told_states(ctx)
    divisions = [cl for cl in ctx.clusters.clusters if division_type(cl.label) is not None]
    others = [cl for cl in ctx.clusters.clusters if cl not in divisions]
    for cl in others:
        _place(ctx, cl, (named, named | told.places, named | told.places | told.acting))
    # A state's name that a town abroad shares ("Ontario", a Canadian province and a Californian city) is
    # read after the article's other places, whose countries tell which one the story means.
    located = {ctx.found.affiliations.get(cl.key) for cl in others if cl.type in PLACE_LABELS}
    around = named | {state for state in located if state}
    for cl in divisions:
        _place(ctx, cl, (around, around | told.acting))
    _parishes_abroad(ctx, divisions, named | told.places | told.acting)


def _parishes_abroad(ctx: AffiliationContext, divisions: list[Cluster], told: set[str]) -> None:
    """ "Acme will expand its smelter in Victoria ... the Portland plant": a name the gazetteer knows only as
    a subdivision of a state the story names nowhere (a Jamaican parish), in a story whose states and
    provinces lie in one other state, is a town of that state the gazetteer lacks (it lists towns of 15,000
    people and more). Not a name the tables write out as a state ("Bavaria"), nor a capital."""
    regions = [cl for cl in divisions if all(is_named_division(m.text) for m in cl.mentions)]
    evidence = {state for cl in regions if (state := ctx.found.affiliations.get(cl.key) or ctx.state_of(cl))}
    if len(evidence) != 1:
        return
    (state,) = evidence
    for cl in divisions:
        found = ctx.found.affiliations.get(cl.key)
        if cl in regions or cl.country or cl.actor or cl.type not in PLACE_LABELS or found in (None, state):
            continue
        others = (other for other in ctx.clusters.clusters if other is not cl)
        if found in told or any(ctx.state_of(other) == found for other in others):
            continue  # the story names the parish's state, or another place in it
        names = {m.text for m in cl.mentions}
        if any(settled_by_name(name) or found not in division_states(name) for name in names):
            continue
        ctx.found.affiliations[cl.key] = state


class _StoryStates(NamedTuple):
    places: set[str]  # the states of the article's places no other state has a place of that name in
    acting: set[str]  # the states the evidence so far gives its bodies and people


def _told_states(ctx: AffiliationContext) -> _StoryStates:
    """The states the story tells of other than by naming them, in the order they settle a place's name:
    its places that lie in one state only ("England"), then its bodies and people (a name taken from the
    wrong namesake, "Hampshire County Council" read as New Hampshire's, must not outweigh "England")."""
    places: set[str] = set()
    acting: set[str] = set()
    for cl in ctx.clusters.clusters:
        if cl.type in PLACE_LABELS or ctx.found.types.get(cl.key) in PLACE_LABELS:
            states = {state for m in cl.mentions for state in namesake_states(m.text)}
            places |= states if len(states) == 1 else set()
        elif state := ctx.state_of(cl):
            acting.add(state)
    return _StoryStates(places, acting)


def _pick(name: str, tiers: tuple[set[str], ...], day: str | None = None) -> PlaceCountry:
    """The place of the name in the first of the story's tiers of states that holds one, else the
    gazetteer's choice; a place of a state of the past on the article's `day` is that state's."""
    found = UNKNOWN
    for named in tiers:
        found = place_country(name, named, day)
        if not found.known or found.country in named:
            break
    return found


def _place(ctx: AffiliationContext, cl: Cluster, tiers: tuple[set[str], ...]) -> None:
    """The country of one cluster the gazetteer may know, read with the story's states `tiers` (`_pick`)."""
    if cl.country or cl.actor or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
        return
    if cl.type not in PLACE_LABELS and not _named_division(ctx, cl) and not _may_be_a_place(ctx, cl):
        return  # "brought documents to Boeing": a company the tables know is no town
    if named_in_full_as_person(cl.mentions):
        return  # "John Horton Conway ... dedicated to Conway": a town's name as surname
    if cl.type in PLACE_LABELS and _us_state_abbreviation(cl):
        ctx.found.affiliations[cl.key] = "USA"  # "Va." on its own
        return
    stated, sure = _country_after_comma(ctx, cl) if cl.type in PLACE_LABELS else (None, False)
    if stated and (sure or _may_lie_in(cl, stated)):
        ctx.found.affiliations[cl.key] = stated  # "Mokha, Yemen", "Vienna, Va."
        return
    written = _division_written_after(ctx, cl) if cl.type in PLACE_LABELS else None
    if written and (_may_lie_in(cl, written) or not any(settled_by_name(m.text) for m in cl.mentions)):
        # "Portland in Victoria", "Portland, Victoria": a town the gazetteer knows only abroad (or not at
        # all) lies in the state or province written after it, whatever namesake the tables prefer
        ctx.found.affiliations[cl.key] = written
        return
    hosting = _state_of_a_body_in_it(ctx, cl) if cl.type in PLACE_LABELS else None
    if hosting and any(has_town_in(m.text, hosting) for m in cl.mentions):
        ctx.found.affiliations[cl.key] = hosting  # "Ohio University in Athens": not Greece's capital
        return
    # (a seat that stands for a body, "a reply from Brussels" in a story of the EC, is no place: mentions.py)
    names = {m.text for m in cl.mentions if not _ticker(m, cl) and not _seat_for_a_body(m)}
    for name in sorted(names, key=len, reverse=True):
        found = _pick(name, tiers, ctx.day)
        if found.known:
            if found.country:
                ctx.found.affiliations[cl.key] = found.country
            if cl.type not in PLACE_LABELS:
                ctx.found.types[cl.key] = "GPE"
            break
    else:
        if cl.type in PLACE_LABELS:
            _within_a_known_place(ctx, cl)
        if cl.key in ctx.found.affiliations:
            return
        if any(state := _place_it_is_located_in(ctx, m) for m in cl.mentions):
            ctx.found.affiliations[cl.key] = state  # "Groom is located in the state of Queensland"
            if cl.type not in PLACE_LABELS:
                ctx.found.types[cl.key] = "GPE"


def _seat_for_a_body(m: Mention) -> bool:
    return m.label == "ORG" and m.text.lower() in BODY_SEATS


def _place_it_is_located_in(ctx: AffiliationContext, m: Mention) -> str | None:
    """ "X is located in Queensland", "X is centred around the city of Toowoomba": that place's state."""
    root = ctx.doc[m.start : m.end].root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in LOCATED_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = [pobj]
            if pobj.lemma_.lower() in PLACE_KIND_NOUNS | DIVISION_NOUNS:  # "the state of Queensland"
                named = [o for p in pobj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            for token in named:
                place = ctx.clusters.cluster_at(token.i)
                if place is not None and place is not ctx.clusters.cluster_at(root.i):
                    state = _state_of_token(ctx, token)  # a place the loop has not reached yet too
                    if state:
                        return state
    return None


def _within_a_known_place(ctx: AffiliationContext, cl: Cluster) -> None:
    """ "Dolgellau in Gwynedd": a village the gazetteer lacks, written as lying in a place it knows."""
    doc = ctx.doc
    for m in cl.mentions:
        if m.end < len(doc) and doc[m.end].lower_ == "in":
            state = _state_of_place_after(ctx, m.end, hops=1)
            if state:
                ctx.found.affiliations[cl.key] = state
                return


def _division_written_after(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """The country of the state or province written right after a mention of the place, after "in" or a
    comma ("Portland in Victoria", "Portland, Victoria, where"), or of the country written after "in"
    ("Portland in Australia"); None where the places do not agree, or the one after goes on as a list ("X,
    Bavaria and Tuscany") or an owner ("X in Victoria's west")."""
    doc = ctx.doc
    found: set[str] = set()
    for m in cl.mentions:
        if m.end + 1 >= len(doc) or doc[m.end].lower_ not in ("in", ","):
            continue
        after = ctx.clusters.mention_at(m.end + 1)
        if after is None or after.start != m.end + 1 or after.label not in PLACE_LABELS:
            continue
        follows = doc[after.end] if after.end < len(doc) else None
        if follows is not None and (follows.lower_ in ("and", "or", "'s", "'") or follows.dep_ == "case"):
            continue
        listed = follows is not None and follows.text == "," and ctx.clusters.mention_at(after.end + 1)
        if listed and doc[m.end].text == ",":
            continue  # "Paris, Bavaria, Tuscany": a list of places
        if after.country is not None:
            if doc[m.end].text == ",":
                continue  # "shelled Osaka, China": a known town before a country may be a list's item
            found.add(after.country.iso3)
        elif division_type(after.text) is not None:
            state = place_country(after.text, ctx.article_countries(), ctx.day).country
            if state:
                found.add(state)
    return found.pop() if len(found) == 1 else None


def _may_lie_in(cl: Cluster, country: str) -> bool:
    """A place the gazetteer does not know may lie anywhere; a known one only where one of its namesakes
    does ("Seoul, China" in a list of capitals is no Chinese Seoul)."""
    names = {m.text for m in cl.mentions}
    known = [place_country(name, [country]) for name in names]
    return not any(k.known for k in known) or any(k.country == country for k in known)


def _country_after_comma(ctx: AffiliationContext, cl: Cluster) -> tuple[str | None, bool]:
    """ "the port town of Mokha, Yemen", "Springfield, Illinois": a place written with the country or
    the state's part it lies in after a comma lies in that country, whatever the gazetteer says; and
    whether the form is sure of it over the place's namesakes abroad (a US state as AP style writes it:
    "Vienna, Va.", "Paris, Texas,")."""
    first: str | None = None
    found = False
    for m in cl.mentions:
        after = _state_after_comma(ctx, m)
        if after is None:
            continue
        if after[1]:
            return after
        if not found:
            first, found = after[0], True
    return first, False


def _state_after_comma(ctx: AffiliationContext, m: Mention) -> tuple[str | None, bool] | None:
    """The country written after the mention and a comma, and whether it is a US state in AP style; None
    where no place follows."""
    doc = ctx.doc
    if m.end + 1 >= len(doc) or doc[m.end].text != ",":
        return None
    if is_us_state_abbreviation(doc[m.end + 1].text):
        return "USA", True
    after = ctx.clusters.mention_at(m.end + 1)
    if after is None:
        state = _untagged_division_at(ctx, m.end + 1)
        return (state, False) if state else None  # "Cabixi, Rondonia": a state's part the tagger missed
    at_comma = after.start == m.end + 1
    closed = after.end >= len(doc) or doc[after.end].text in (",", ".", ";")
    if at_comma and after.country is None and is_us_state(after.text) and closed:
        return "USA", True  # not a state the tagger read as a country ("Tbilisi, Georgia")
    if not at_comma or after.label not in PLACE_LABELS:
        return None
    if after.end < len(doc) and doc[after.end].is_alpha and doc[after.end].text[:1].isupper():
        return None  # "Mokha, Yemen Airways": the name goes on
    if after.country is not None:
        return after.country.iso3, False
    if division_type(after.text) is not None:
        return place_country(after.text).country, False  # "Springfield, Illinois": Illinois's country
    return None


def _state_of_a_body_in_it(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """The state of a university, hospital or like body written as lying in the place ("X of Ohio University
    in Athens"), where its name holds a US state or the tables give it a state: the town is then that state's
    namesake."""
    doc = ctx.doc
    for m in cl.mentions:
        root = doc[m.start : m.end].root
        if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at") or root.head.i != m.start - 1:
            continue
        body = ctx.clusters.mention_at(root.head.i - 1)
        owner = ctx.clusters.cluster_at(root.head.i - 1)
        if body is None or owner is None or body.label not in ("ORG", "FAC"):
            continue
        if not body.start <= root.head.head.i < body.end:
            continue  # "sued Ohio University in Athens" read as where the suit is: no place of the body
        # a university or hospital is where its state is; a ministry, an outlet or a team goes abroad ("the
        # New York Times in Paris")
        if not head_words(body.text) & LOCAL_INSTITUTION_NOUNS:
            continue
        # the tables' state of a body read later (organisations.py): "Harvard University in Cambridge"
        known = lookup_organisation(body.text)
        state = ctx.state_of(owner) or (known.country if known is not None else None)
        state = state or ("USA" if _names_a_us_state(body.text) else None)
        if state:
            return state
    return None


def _names_a_us_state(name: str) -> bool:
    """ "Ohio University", "University of New Mexico": a US state's name among the words (not a postal
    code: "OR" and "IN" are words; nor "Georgia", a state abroad too)."""
    words = name.split()
    spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    return any(is_us_state(span) and not span.isupper() and lookup_country(span) is None for span in spans)


def _us_state_abbreviation(cl: Cluster) -> bool:
    return all(is_us_state_abbreviation(m.text) for m in cl.mentions)


def _untagged_division_at(ctx: AffiliationContext, start: int) -> str | None:
    """The country of a first-level subdivision written from `start` in capitalised words no entity
    covers, with or without its kind ("Rondonia", "Anbar province"), up to a comma or the sentence's end."""
    doc = ctx.doc
    end = start
    while end < len(doc) and end - start < _LONGEST_DIVISION and doc[end].pos_ == "PROPN":
        if not doc[end].text[:1].isupper() or ctx.clusters.mention_at(end) is not None:
            return None
        end += 1
    name = doc[start:end].text
    if end < len(doc) and doc[end].lower_ in DIVISION_NOUNS:
        end += 1  # "Inhambane province"
    closed = end >= len(doc) or doc[end].is_punct
    if not name or not closed or division_type(name) is None:
        return None
    return place_country(name, ctx.article_countries(), ctx.day).country


def _may_be_a_place(ctx: AffiliationContext, cl: Cluster) -> bool:
    """A name the tagger took for no place is one where the text uses it as a place and no title or body of
    the tables claims it."""
    return not cl.titled and not _known_body(cl) and _used_as_place(ctx, cl)


def _named_division(ctx: AffiliationContext, cl: Cluster) -> bool:
    """ "Maharashtra Chief Minister X", "the Punjab government": a state or province the tagger took for an
    organisation or a people is the place, wherever it stands in the sentence; one it took for a person is
    the place where it names an office ("Kerala Chief Minister X": a state has offices, a person none)."""
    if not all(is_named_division(m.text) for m in cl.mentions):
        return False
    return cl.type in _DIVISION_MISTAGS or (
        cl.type == "PERSON" and any(_before_a_title(ctx, m) for m in cl.mentions)
    )


def _before_a_title(ctx: AffiliationContext, m: Mention) -> bool:
    root = ctx.doc[m.start : m.end].root
    return root.dep_ == "compound" and root.head.i >= m.end and is_role_word(root.head.text)


def _known_body(cl: Cluster) -> bool:
    return any(lookup_organisation(m.text) is not None for m in cl.mentions)


def _ticker(m: Mention, cl: Cluster) -> bool:
    """ "Boeing (BA)": a short capital alias of a longer name (an acronym or a stock symbol) names no place
    of its own ("Ba" is a town in Fiji)."""
    short = m.text.isupper() and len(m.text) <= 4
    return short and any(len(other.text) > len(m.text) for other in cl.mentions)


def _used_as_place(ctx: AffiliationContext, cl: Cluster) -> bool:
    for m in cl.mentions:
        root = ctx.doc[m.start : m.end].root
        if stands_as_place(root):
            if held_in(root):
                continue  # "its stake in Fuso": a firm's name, though a town's too
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in PLACE_KIND_NOUNS:
            return True  # "the city of Omsk"
        if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_VERBS:
            return True
        if any(_town(ctx, conj) for conj in root.conjuncts):
            return True  # "attacked Fallujah and Basrah": a name listed with a town is one
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in LOCATED_VERBS:
            return True  # "X is located in Y"
        said_to_be = [c for c in root.head.children if c.dep_ == "attr"] if root.head.lemma_ == "be" else []
        if root.dep_ == "nsubj" and any(a.lemma_.lower() in DIVISION_NOUNS for a in said_to_be):
            return True  # "X is the most populous Australian state"
    return False


def _town(ctx: AffiliationContext, token: Token) -> bool:
    """A place the tagger named and the gazetteer knows that is no state (a state is listed with its
    leaders: "Israel and X"; a name the tagger alone calls a place may be a person's, "Anna and Mariya")."""
    cl = ctx.clusters.cluster_at(token.i)
    if cl is None or cl.type not in PLACE_LABELS or cl.country or cl.actor:
        return False
    return any(place_country(m.text).known for m in cl.mentions)


def located(ctx: AffiliationContext) -> None:
    """A hospital, university or foundation belongs to the country of the place it is in or based in:
    "a hospital in Berlin, Charité", "the Berlin-based non-profit X", "X, a clinic in Omsk"."""
    _bodies_of_towns(ctx)
    for cl in ctx.clusters.clusters:
        if (
            cl.country
            or cl.actor
            or cl.type not in ("ORG", "FAC", "GPE")
            or ctx.state_of(cl)
            or cl.key in ctx.found.affiliations
        ):
            continue
        for m in cl.mentions:
            if cl.type == "GPE":
                # "a hospital in Berlin, Charité": a name the tagger took for a place, which the
                # gazetteer does not know, in apposition to the institution's place
                state = _institution_named_after_its_place(ctx, m.start, m.end)
                if state:
                    ctx.found.types[cl.key] = "ORG"
            else:
                state = _place_of_institution(ctx, m.start, m.end) or _town_and_state_after(ctx, m)
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def _town_and_state_after(ctx: AffiliationContext, m: Mention) -> str | None:
    """ "the X Observatory, Cambridge, Mass., said": AP style places a body by its town and the town's US
    state in apposition; only the sure form counts (a bare "X, Cambridge" may be a list)."""
    doc = ctx.doc
    if m.end + 1 >= len(doc) or doc[m.end].text != ",":
        return None
    town = ctx.clusters.mention_at(m.end + 1)
    if town is None or town.start != m.end + 1 or town.label not in PLACE_LABELS or town.country is not None:
        return None
    after = _state_after_comma(ctx, town)
    return after[0] if after is not None and after[1] else None


def _bodies_of_towns(ctx: AffiliationContext) -> None:
    """ "the Gainesville Police Department", "the Moscow City Court": a state body named by a town or state
    is a body of that place's country, with the body's sector."""
    towns = {
        fold(m.text): place
        for place in ctx.clusters.clusters
        if place.type in PLACE_LABELS or ctx.found.types.get(place.key) in PLACE_LABELS
        for m in place.mentions
    }
    for cl in ctx.clusters.clusters:
        if cl.type != "ORG" or cl.country or cl.actor or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        for m in cl.mentions:
            found = _town_and_body(ctx, towns, m.text.split())
            if found is not None:
                ctx.found.affiliations[cl.key], sector = found
                ctx.found.sectors.setdefault(cl.key, sector)
                break


def _town_and_body(
    ctx: AffiliationContext, towns: dict[str, Cluster], words: list[str]
) -> tuple[str, str] | None:
    """The country and sector of a name made of a place and a state body's noun ("Gainesville" + "Police
    Department", "Moscow" + "City Court"); the place is one the article names as a place, or a state the
    places table writes out, so that a word a town abroad shares is none ("Central Police")."""
    for cut in range(1, min(len(words), _LONGEST_DIVISION + 1)):
        name = " ".join(words[:cut])
        town = towns.get(fold(name))
        state = ctx.state_of(town) if town is not None else None
        if state is None and is_named_division(name):
            state = place_country(name, ctx.article_countries(), ctx.day).country
        if state is None and cut > 1 and words[0].lower() in METRO_PREFIXES:
            state = _metropolitan_state(ctx, words[1:cut])
        sector = next((s for k in range(cut, len(words)) if (s := sector_of_word(" ".join(words[k:])))), None)
        town_named = town is not None or words[0].lower() in METRO_PREFIXES
        governs = cut == len(words) - 1 and words[-1].lower() in TOWN_GOVERNMENT_HEADS
        if sector is None and town_named and governs:
            sector = "GOV"  # "the Leeds Council", "the Greater Leeds Council": the town's own government
        if state and sector in STATE_SECTORS:
            return state, sector
    return None


def _metropolitan_state(ctx: AffiliationContext, city: list[str]) -> str | None:
    """The country of the city a metropolitan area's name holds after its prefix ("Greater Lisbon": Lisbon),
    where the gazetteer knows the city, capitalised, as a place."""
    if not all(word[:1].isupper() for word in city):
        return None
    found = place_country(" ".join(city), ctx.article_countries(), ctx.day)
    return found.country if found.known else None


def sites(ctx: AffiliationContext) -> None:
    """A building or venue written with the place it stands in or near lies in that place's country:
    "stabbed people at X Hall in London", "a fire at Y Hall near Dolgellau in Gwynedd, Wales". Only
    names the tagger took for facilities or that end in a building's noun: "a protest by Amnesty in
    London" does not make Amnesty British."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or cl.type not in ("ORG", "FAC"):
            continue
        if ctx.state_of(cl) or cl.key in ctx.found.affiliations or not _is_site(cl):
            continue
        for m in cl.mentions:
            state = _state_of_place_after(ctx, m.end)
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def settlements(ctx: AffiliationContext) -> None:
    """A name of a farm, village or shrine written with the place it lies in lies in that place's
    country: "the Santa Ana farm in X", "Y, a village in Z province". Not a person's or a people's name
    ("the Smith farm in W" is no British farm's owner's)."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or cl.type in ("PERSON", "NORP") or ctx.state_of(cl):
            continue
        if cl.key in ctx.found.affiliations:
            continue
        for m in cl.mentions:
            state = next(
                (s for noun in _settlement_nouns(ctx, cl, m) if (s := _state_placing(ctx, noun))), None
            )
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def _settlement_nouns(ctx: AffiliationContext, cl: Cluster, m: Mention) -> list[Token]:
    """The settlement nouns the mention names: the one it modifies ("the X farm") and those in apposition
    to it ("X, a village")."""
    root = ctx.doc[m.start : m.end].root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if root.dep_ in ("compound", "nmod"):
        nouns.append(root.head)
    return [n for n in nouns if n.lemma_.lower() in SETTLEMENT_NOUNS and not ctx.clusters.mention_at(n.i)]


def _state_placing(ctx: AffiliationContext, noun: Token) -> str | None:
    """The state of the place a preposition after the noun puts it in ("a farm in X", "near Y")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in SITE_PREPS:
            state = _state_of_place_after(ctx, prep.i)
            if state:
                return state
    return None


def _is_site(cl: Cluster) -> bool:
    for m in cl.mentions:
        words = m.text.split()
        last = words[-1].lower()
        if m.label == "FAC" or last in FACILITY_NOUNS or last in LOCAL_INSTITUTION_NOUNS:
            return True
        if len(words) > 1 and last in VENUE_NOUNS:
            return True
    return False


def _state_of_place_after(ctx: AffiliationContext, end: int, hops: int = 2) -> str | None:
    """The state of the place named right after `end` by "in", "near" or "outside" (or a comma, after a
    place): "in London", "near Dolgellau in Gwynedd" (a village the gazetteer lacks, in a county it
    knows)."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in SITE_PREPS:
        return None
    start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    place = ctx.clusters.cluster_at(start)
    mention = ctx.clusters.mention_at(start)
    if place is None or mention is None or mention.start != start or mention.label not in PLACE_LABELS:
        return None  # "dressed as the Grim Reaper in Whitehall": an untagged word is no sure place
    if place.type not in PLACE_LABELS and ctx.found.types.get(place.key) not in PLACE_LABELS:
        return None
    state = ctx.state_of(place) or place_country(place.label, ctx.article_countries(), ctx.day).country
    if state or hops <= 1:
        return state
    return _state_of_place_after(ctx, mention.end, hops - 1)


def place_of_institution(ctx: AffiliationContext, start: int, end: int) -> str | None:
    """The state of the place the text says a body is based in, at its mention ("X is based in Toronto",
    "the Berlin-based non-profit X"), or None."""
    return _place_of_institution(ctx, start, end)


def _place_of_institution(ctx: AffiliationContext, start: int, end: int) -> str | None:
    doc = ctx.doc
    root = doc[start:end].root
    seat = root.head
    if (
        root.dep_ == "nsubjpass"
        and seat.lower_ in SEAT_PARTICIPLES
        and not any(c.dep_ == "neg" for c in seat.children)
    ):
        # "X is based in Toronto", "Y is headquartered in Osaka"
        for place in _places_of(seat):
            state = _state_of_token(ctx, place)
            if state:
                return state
    # "the Bahrain-based banks, X and Y": Y, a conjunct, stands in apposition with X to the noun
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    nouns = (
        [root]
        + [t for t in (first.head,) if first.dep_ == "appos"]
        + [c for c in root.children if c.dep_ == "appos"]
    )
    for noun in nouns:
        # "X, a Berlin-based non-profit", "X, a company based in Bath, England", "X, which is based in Y":
        # "based" (or "headquartered") with its place
        for based in noun.children:
            if based.lower_ in SEAT_PARTICIPLES:
                for place in _places_of(based):
                    state = _state_of_token(ctx, place)
                    if state:
                        return state
        if noun.i != root.i and noun.lemma_.lower() not in LOCAL_INSTITUTION_NOUNS | BODY_KIND_NOUNS:
            continue  # "X, a software firm in Leeds"; but "Y, a critic in Paris" may be from anywhere
        if noun.i == root.i and not any(
            w.lower() in LOCAL_INSTITUTION_NOUNS for w in doc[start:end].text.split()
        ):
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for pobj in prep.children:
                    state = _state_of_token(ctx, pobj)
                    if state:
                        return state
    state = _institution_named_after_its_place(ctx, start, end)
    if state:
        return state
    # "the Berlin non-profit X Foundation": a place the tagger marks, and what the name is, before it
    # (not "London CBD", a part of the place)
    for place in root.children:
        described = place.i + 1 < start and all(t.is_lower or t.text == "-" for t in doc[place.i + 1 : start])
        if place.dep_ in ("compound", "nmod") and described and place.ent_type_ in PLACE_LABELS:
            state = _state_of_token(ctx, place)
            if state:
                return state
    # "the Berlin-based non-profit X", "Oslo-headquartered X": a place, a hyphen and the participle
    # just before the name; not before another name ("Tokyo-based Acme and Beta": Acme's seat, not Beta's).
    window = doc[max(0, start - 6) : start]
    for i, tok in enumerate(window):
        if tok.lower_ in SEAT_PARTICIPLES and i >= 2 and window[i - 1].text == "-":
            if any(ctx.clusters.mention_at(t.i) is not None for t in doc[tok.i + 1 : start]):
                continue
            return _state_of_token(ctx, window[i - 2])
    # "U.S.-based Harbor Economics", "the U.K.-based firm Kestrel Ltd": the nearest such word in the sentence
    for tok in reversed(doc[max(doc[start].sent.start, start - 6) : start]):
        if ctx.clusters.mention_at(tok.i) is not None:
            break
        if seat := abbreviated_seat(tok.text):
            return seat
    return None


def _places_of(based: Token) -> list[Token]:
    """The words that may name where something is based: "Berlin"(-based), or the place after "in"/"near"."""
    found: list[Token] = []
    for child in based.children:
        if child.dep_ == "prep" and child.lower_ in SITE_PREPS:
            found += [pobj for pobj in child.children if pobj.dep_ == "pobj"]
        else:
            found.append(child)
    return found


def _institution_named_after_its_place(ctx: AffiliationContext, start: int, end: int) -> str | None:
    """ "a hospital in Berlin, X": the parser hangs the name on the place, not on the institution."""
    root = ctx.doc[start:end].root
    place = root.head
    misattached = root.dep_ == "appos" and place.dep_ == "pobj" and place.head.lower_ in ("in", "at")
    if misattached and place.head.head.lemma_.lower() in LOCAL_INSTITUTION_NOUNS:
        return _state_of_token(ctx, place)
    return None


def _state_of_token(ctx: AffiliationContext, token: Token) -> str | None:
    cl = ctx.clusters.cluster_at(token.i)
    if cl is None:
        return None
    state = ctx.state_of(cl)
    if state:
        return state
    found = place_country(cl.label, ctx.article_countries(), ctx.day)
    return found.country


def streets(ctx: AffiliationContext) -> None:
    """A street or square the article names without its town ("Southbank Boulevard", "Elm Street") lies
    in the article's state, where it has one: news names the streets of the place it reports from."""
    setting = ctx.setting()
    if not setting:
        return
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        words = cl.label.split()
        if cl.type in PLACE_LABELS and len(words) > 1 and words[-1].lower() in STREET_NOUNS:
            ctx.found.affiliations[cl.key] = setting
