"""A state's word in a description said of a name: "two American retail icons, Acme and Zenith", "the
German carmaker X", "X, a Japanese electronics firm" -> the named bodies are of that state.

Such a description tells a reader where a body is from, often because the story is set elsewhere (a
paper's "a French bank" in a report on Congress): a state the article names only in such descriptions is
not the article's state (`foreign_evidence`, read by context.setting), so the body's state does not spread
to the article's unnamed institutions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geokg.extract.entities.clusters import Cluster, MentionClusters
from geokg.extract.entities.coref import DESCRIBED_FIRM_DEPS, LOOKBACK_SENTENCES, firm_of_its_kind_beside
from geokg.extract.entities.mentions import is_legal_form, plural_noun_before_list
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.places import abbreviated_seat, place_country
from geokg.extract.entities.titles import is_role_word
from geokg.extract.lexicon.entity_words import BODY_KIND_NOUNS, SEAT_PARTICIPLES
from geokg.extract.lexicon.syntax import PLACE_LABELS
from geokg.extract.lexicon.words import (
    COMPANY_NOUNS,
    COUNTRY_OWNER_NOUNS,
    FIRM_KIND_NOUNS,
    FIRM_NOUNS,
    REGION_ADJECTIVES,
    TRADE_ROLE_NOUNS,
    TRANSNATIONAL_ADJECTIVES,
)
from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:  # the context asks this module which evidence is foreign
    from geokg.extract.entities.affiliations.context import AffiliationContext

_MODIFIERS = ("amod", "compound", "nmod")
_DESCRIBED_TYPES = ("ORG", "PERSON")


@dataclass(frozen=True)
class Description:
    """A common noun said of a named body, with the one state its modifiers name."""

    described: Cluster
    noun: Token
    state: str
    state_word: Token


def _said_of(name: Token, clusters: MentionClusters) -> Iterator[Token]:
    """The common nouns in apposition to a name or compounded before it ("X, a firm", "the firm X", "firm
    X"), or said of it by "be" ("X is a Dutch bank"); a name coordinated after another shares the first
    one's plural nouns ("icons, A and B", "brewers A and B"), not a singular one's ("carmaker A and B"
    describes A)."""
    first = name
    while first.dep_ == "conj" and clusters.cluster_at(first.head.i) is not None:
        first = first.head
    nouns = [c for c in first.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < first.i)]
    if (carrier := _firm_noun_after(first)) is not None:
        # "the Zentek group, the main Dutch shareholder": the apposition hangs on the noun after the name
        nouns += [c for c in carrier.children if c.dep_ == "appos"]
    if first.dep_ == "appos":
        nouns.append(first.head)
    elif (group := plural_noun_before_list(first)) is not None:
        nouns.append(group)  # "oil companies X and Y applied": two subjects to the parser, one in fact
    verb = first.head
    if (
        first is name
        and first.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and not any(c.dep_ == "neg" for c in verb.children)
    ):
        nouns += [c for c in verb.children if c.dep_ == "attr"]  # "Acme is a Dutch bank"
    for noun in nouns:
        if first is name or noun.tag_ in ("NNS", "NNPS"):
            yield noun


def _firm_noun_after(name: Token) -> Token | None:
    """ "group" of "the Zentek group": a lower-case firm's noun right after the name the name is the compound
    of, which stands for the firm in the parse; None otherwise."""
    head = name.head
    if name.dep_ != "compound" or head.i != name.i + 1 or not head.is_lower:
        return None
    return head if head.lemma_ in COMPANY_NOUNS | FIRM_KIND_NOUNS else None


def _state_word(noun: Token, doc: Doc, clusters: MentionClusters) -> tuple[Token, str] | None:
    """The one state word modifying a description noun ("American retail icons"), or owning one of a kind of
    firm or body ("Japan's largest insurer"), and its state; None for none, for two ("French and German
    banks"), or for one inside a hyphened word ("Iranian-backed")."""
    found: dict[str, Token] = {}
    for child in noun.children:
        owned = child.dep_ == "poss" and _body_kind(noun)
        if (child.dep_ not in _MODIFIERS and not owned) or child.i > noun.i:
            continue
        hyphened = any(0 <= i < len(doc) and doc[i].text == "-" for i in (child.i - 1, child.i + 1))
        state = clusters.cluster_at(child.i)
        if state is not None and state.country and not hyphened:
            found[state.country] = child
        elif owned and (meant := _country_meant(child, clusters)):
            found[meant] = child  # "X, the country's largest insurer"
    return next((word, state) for state, word in found.items()) if len(found) == 1 else None


def _country_meant(owner: Token, clusters: MentionClusters) -> str | None:
    """ "the country", "the nation" as an owner: the one state the text names in its sentence before it and
    in the sentence before that ("South Korea raised tariffs. X, the country's largest steelmaker, ..."); None
    for two ("Japan sued South Korea. X, the country's ...": which?) or none."""
    dets = [c.lower_ for c in owner.children if c.dep_ == "det"]
    if owner.lemma_.lower() not in COUNTRY_OWNER_NOUNS or dets != ["the"]:
        return None
    sent = owner.sent
    start = owner.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named = {
        cl.country
        for cl in clusters.clusters
        if cl.country and not cl.actor
        for m in cl.mentions
        if start <= m.start < owner.i
    }
    return named.pop() if len(named) == 1 else None


# Nouns of a kind of firm or body; of those, the ones no person is.
_BODY_KIND_LEMMAS = COMPANY_NOUNS | FIRM_KIND_NOUNS | BODY_KIND_NOUNS
_NO_PERSON_BODY_LEMMAS = COMPANY_NOUNS | BODY_KIND_NOUNS


def _body_kind(noun: Token) -> bool:
    """A noun of a kind of firm or body ("insurer", "chemicals group", "party"), which a state's possessive
    describes as that state's ("X, Japan's largest insurer"); not one of a relation ("Japan's partner")."""
    return noun.lemma_.lower() in _BODY_KIND_LEMMAS


def state_descriptions(doc: Doc, clusters: MentionClusters, types: Mapping[str, str]) -> list[Description]:
    """Every description with a state's word said of a named body or person (`types`: the types the
    evidence settled); a title ("the French minister, X") is an office, which the roles read, and no
    description."""
    found: list[Description] = []
    for cl in clusters.clusters:
        if types.get(cl.key, cl.type) not in _DESCRIBED_TYPES or cl.country or cl.actor:
            continue
        for mention in cl.mentions:
            for noun in _said_of(doc[mention.start : mention.end].root, clusters):
                named = clusters.cluster_at(noun.i) is not None
                # a body's role of trade ("its Philippine agent, X") describes the body, though "agent"
                # titles people too
                trade = types.get(cl.key, cl.type) != "PERSON" and noun.lemma_.lower() in TRADE_ROLE_NOUNS
                if noun.pos_ != "NOUN" or named or (is_role_word(noun.lower_) and not trade):
                    continue
                if _verbless_headline_apposition(noun, clusters.title_end):
                    continue
                said = _state_word(noun, doc, clusters)
                if said is not None:
                    found.append(Description(cl, noun, said[1], said[0]))
    return found


def _verbless_headline_apposition(noun: Token, title_end: int) -> bool:
    """ "American Stock Exchange, U.K. firm plan market": in a headline a comma joins two subjects as often
    as it sets off a description, and where the parser found no verb in the line (it read "plan" as a
    noun) the "apposition" is the second subject and the line's verb run together, no description of
    the first."""
    if noun.i >= title_end or not (noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children)):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in noun.doc[:title_end])


def described(ctx: AffiliationContext) -> None:
    """A named body or person a description gives one state is of that state, where nothing said so
    before; a body described with two states in one article is left open, and one described as of a
    region or of several states ("X, a European consortium") is of none, whatever a table or the
    article's state would say."""
    states: dict[str, set[str]] = {}
    by_key: dict[str, Cluster] = {}
    for description in state_descriptions(ctx.doc, ctx.clusters, ctx.found.types):
        states.setdefault(description.described.key, set()).add(description.state)
        by_key[description.described.key] = description.described
    for key, named in states.items():
        cl = by_key[key]
        if len(named) == 1 and not ctx.state_of(cl) and key not in ctx.found.affiliations:
            ctx.found.affiliations[key] = named.pop()
    for cl in _transnational(ctx.doc, ctx.clusters, ctx.found.types):
        if cl.key not in states and not cl.country and cl.key not in ctx.found.affiliations:
            ctx.found.affiliations[cl.key] = ""


def firms_described_by_a_place(ctx: AffiliationContext) -> None:
    """ "X Holdings, a Tokyo insurer", "Y Mining, a Sao Paulo-based gold producer": a noun of a firm's or
    a body's kind said of a name, with a place before it or a place it is based in, gives the name the
    place's state, whatever type the tagger gave the name (a name it took for a person is a firm all the
    same: the noun says so). A place is where the firm is, and still evidence of the story's state."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or ctx.found.types.get(cl.key, cl.type) not in _DESCRIBED_TYPES:
            continue
        if cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        states = {
            state
            for m in cl.mentions
            for noun in _said_of(ctx.doc[m.start : m.end].root, ctx.clusters)
            if noun.pos_ == "NOUN" and _firm_for(cl, noun, ctx) and not ctx.clusters.cluster_at(noun.i)
            for place in _places_before(noun)
            if (state := _state_of_place(ctx, place))
        }
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def firms_of_a_town(ctx: AffiliationContext) -> None:
    """ "Zenith Bankcorp Inc, of Chicago, might buy banks": a firm's name with its legal form, then "of" and
    a town (set off by commas or not), is the firm of the town's state, as wire copy places firms."""
    for cl in ctx.clusters.clusters:
        if cl.country or cl.actor or cl.type != "ORG" or cl.key in ctx.found.affiliations or ctx.state_of(cl):
            continue
        states = {
            state
            for m in cl.mentions
            if is_legal_form(ctx.doc[m.end - 1].text)
            for town in _town_after_of(ctx.doc[m.start : m.end].root)
            if (state := _state_of_place(ctx, town))
        }
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def _town_after_of(name: Token) -> Iterator[Token]:
    """The place of an "of" phrase on a name's head: "Chicago" of "X Inc, of Chicago"."""
    for prep in name.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > name.i:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _firm_for(cl: Cluster, noun: Token, ctx: AffiliationContext) -> bool:
    """Does the noun say the name is a firm or a body? For a name the tagger took for a person, only a noun
    no person is ("insurer", "bank", "company"; not "producer" or "broker": "X, a Paris-based film
    producer" is a person based there, of any state)."""
    if ctx.found.types.get(cl.key, cl.type) == "PERSON":
        return noun.lemma_.lower() in _NO_PERSON_BODY_LEMMAS
    return _body_kind(noun)


def _places_before(noun: Token) -> Iterator[Token]:
    """The words before a noun that may name a place it is of or based in: "Tokyo" of "a Tokyo insurer",
    "Sao Paulo" of "a Sao Paulo-based producer"."""
    for child in noun.children:
        if child.i > noun.i:
            continue
        if child.dep_ in ("compound", "nmod"):
            yield child
        elif child.dep_ == "amod" and child.lower_ in SEAT_PARTICIPLES:
            yield from (c for c in child.children if c.dep_ in ("npadvmod", "compound") and c.i < child.i)
        elif child.dep_ == "amod" and abbreviated_seat(child.text):
            yield child  # "a U.S.-based consultancy": one word


def _state_of_place(ctx: AffiliationContext, word: Token) -> str | None:
    """The state of the place (no state itself: state_descriptions reads those) a word names, or of the
    state's abbreviation in a seat's one word ("U.S.-based", which names no state entity)."""
    if seat := abbreviated_seat(word.text):
        return seat
    place = ctx.clusters.cluster_at(word.i)
    if place is None or place.country or ctx.found.types.get(place.key, place.type) not in PLACE_LABELS:
        return None
    return ctx.state_of(place) or place_country(place.label, ctx.article_countries(), ctx.day).country


def firms_described_after(ctx: AffiliationContext) -> None:
    """ "Zenith Corp bought X. The U.S. company said …": a company noun with only its state's word, as the
    subject (or an object: "the deal gives the U.S. company capital") after a sentence whose one
    organisation subject it goes on with (wire style names the firm,
    then describes it), gives that firm the state (coreference makes the noun the firm:
    entities/coref.py `_company_going_on`); never the state itself."""
    for firm, word, _ in _firms_described_after(ctx.doc, ctx.clusters, ctx.found.types):
        state = word.country or ctx.state_of(word)  # "the Tokyo-based company": the city's state
        if state and not firm.country and not firm.actor and firm.key not in ctx.found.affiliations:
            if _based_elsewhere(ctx, firm, state):
                continue
            ctx.found.affiliations[firm.key] = state


def _based_elsewhere(ctx: AffiliationContext, firm: Cluster, state: str) -> bool:
    """Does the text (or the table of organisations) base the firm in another state than a later "the
    <state's word> bank" would give it? "UK-based Acme said it would buy a Thai bank ... The Thai bank will
    make up a fifth of its assets": the noun is the bank bought, and the firm's own base stands."""
    from geokg.extract.entities.affiliations.places import place_of_institution  # (places reads context)

    known = lookup_organisation(firm.label)
    if known is not None and known.country and known.country != state:
        return True
    based = (place_of_institution(ctx, m.start, m.end) for m in firm.mentions)
    return any(base is not None and base != state for base in based)


def _firms_described_after(
    doc: Doc, clusters: MentionClusters, types: Mapping[str, str]
) -> Iterator[tuple[Cluster, Cluster, Token]]:
    """Each firm a later "the <state's word> company" or "the <place>-based company" subject describes,
    with the state's or the place's cluster and its word."""
    for noun in doc:
        if noun.lemma_.lower() not in FIRM_NOUNS or noun.dep_ not in DESCRIBED_FIRM_DEPS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
            continue  # "the Chinese developer X sued ...": a name renames the noun (state_descriptions)
        words = [c for c in noun.children if c.dep_ in _MODIFIERS]
        if len(words) == 1 and words[0].lower_ == "based":  # "the Tokyo-based company"
            words = [c for c in words[0].children if c.dep_ in ("npadvmod", "compound") and c.i < noun.i]
        # "the Sao Paulo-based company": one place in two words
        found = {cl.key: cl for w in words if (cl := clusters.cluster_at(w.i)) is not None}
        whole = len(found) == 1 and all(clusters.cluster_at(w.i) is not None for w in words)
        state = next(iter(found.values())) if words and whole else None
        if state is None or state.type != "GPE":
            continue
        firms, sentence = _firm_subjects_before(noun, clusters, types)
        if len(firms) == 1 and sentence is not None and not firm_of_its_kind_beside(noun, sentence):
            yield firms[0], state, words[0]


def _firm_subjects_before(
    noun: Token, clusters: MentionClusters, types: Mapping[str, str]
) -> tuple[list[Cluster], Span | None]:
    """The organisations named as subjects of the nearest of the two sentences before the noun's that names
    any: "Acme said it won an order. The order is worth 20 mln dlrs. The West German company will …" goes on
    with Acme across a sentence that names no firm as its subject (as coref.py `_company_going_on` does)."""
    sentence = noun.sent
    for _ in range(LOOKBACK_SENTENCES):
        if sentence.start == 0:
            break
        sentence = noun.doc[sentence.start - 1].sent
        firms = {
            cl.key: cl
            for t in sentence
            if t.dep_ in ("nsubj", "nsubjpass")
            and (cl := clusters.cluster_at(t.i)) is not None
            and types.get(cl.key, cl.type) == "ORG"
        }
        if firms:
            return list(firms.values()), sentence
    return [], None


def _transnational(doc: Doc, clusters: MentionClusters, types: Mapping[str, str]) -> Iterator[Cluster]:
    """The named bodies a description calls of a region or of several states: "X, a European consortium",
    "the multinational group X"."""
    for cl in clusters.clusters:
        if types.get(cl.key, cl.type) != "ORG" or cl.country or cl.actor:
            continue
        nouns = [n for m in cl.mentions for n in _said_of(_name_head(doc[m.start : m.end].root), clusters)]
        if any(n.pos_ == "NOUN" and _regional(n) and not _seated(n) for n in nouns):
            yield cl


def _seated(noun: Token) -> bool:
    """ "the Bahrain-based international banks": a seat said with the region's word gives the body a home
    (affiliations/places.located); "international" then tells where it works, not that it has no state."""
    return any(c.dep_ == "amod" and c.i < noun.i and c.lower_ in SEAT_PARTICIPLES for c in noun.children)


def _name_head(word: Token) -> Token:
    """The head of the whole name a mention stands in ("Airbus" of "Airbus Industrie, a …")."""
    while word.dep_ == "compound" and word.head.pos_ == "PROPN" and word.head.i > word.i:
        word = word.head
    return word


def _regional(noun: Token) -> bool:
    words = REGION_ADJECTIVES | TRANSNATIONAL_ADJECTIVES
    return any(c.dep_ in _MODIFIERS and c.i < noun.i and c.lower_ in words for c in noun.children)


def foreign_evidence(doc: Doc, clusters: MentionClusters, types: Mapping[str, str]) -> dict[int, str]:
    """The mentions (by first token) that tell of no article's state, with the state they would tell
    of: the state words of descriptions, and the mentions of what they describe."""
    foreign: dict[int, str] = {}
    described = [(d.described, d.state, d.state_word) for d in state_descriptions(doc, clusters, types)]
    described += [(firm, word.country, at) for firm, word, at in _firms_described_after(doc, clusters, types)]
    for named, state, state_word in described:
        if not state:
            continue  # a city ("the Tokyo-based company") is where the firm is, and still of the story
        word = clusters.mention_at(state_word.i)
        if word is not None:
            foreign[word.start] = state
        foreign.update((m.start, state) for m in named.mentions)
    return foreign
