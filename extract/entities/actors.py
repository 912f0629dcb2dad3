"""Unnamed actors: a state's organs and the groups of a society, named by a common noun.

"Turkish troops shelled …", "a Kenyan court jailed …", "Iran's foreign ministry said …", "protesters
marched …": the actor of most news events is a state plus a sector, not a named person (CAMEO codes them
TUR MIL, KEN JUD, IRN GOV, OPP). data/sectors.tsv lists the nouns, their sector and the actor each names:
- the state itself ("Iraqi officials", "the government"): the state, with sector GOV on the triple;
- one actor of the state or of the article ("Turkish troops", "Turkey's army" -> the Turkish military;
  "Iran's foreign ministry"; "protesters"), made an entity here with its sector and state.

The state comes from the noun phrase (a demonym or country name before the noun, a possessive, "of" or
"in" a country: "the army of Myanmar", "police in Belgrade"); coordinated states give one actor each
("French and German activists"). A noun without a state ("the police", "protesters", "parliament") belongs
to the article's state when the sectors table allows it and the article has one (`article_state`). A
business plural with no state word after one state's business actor of that name ("Japanese banks ... the
banks said", "... businesses said") is that actor again (`_business_back`); a business plural never takes
the article's state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Sequence, Set
from dataclasses import dataclass, replace
from functools import cache

from geokg.extract.dates import NUMBER_WORDS
from geokg.extract.entities.countries import (
    Country,
    adjective,
    country_by_code,
    is_demonym,
    lookup_capital,
    lookup_country,
)
from geokg.extract.entities.events import event_mentions
from geokg.extract.entities.language import foreign_tokens
from geokg.extract.entities.mentions import Mention, plural_noun_before_list
from geokg.extract.entities.organisations import body_sector, lookup_organisation
from geokg.extract.entities.places import place_country
from geokg.extract.entities.titles import is_role_word
from geokg.extract.io.turns import paragraphs
from geokg.extract.io.wire import DATELINE_MAX_TOKENS, HEAD_PARAGRAPHS, ends_dateline
from geokg.extract.lexicon.entity_words import (
    ADVERBIAL_IDIOMS,
    FIRM_OR_WORKER_NOUNS,
    FOREIGN_MODIFIERS,
    HOME_MODIFIERS,
    OWN_STATE_NOUNS,
    RELATED_PARTY_NOUNS,
    STATE_EMPLOY_PARTICIPLES,
    STATE_ORGAN_FIRM_WORDS,
    SUBJECT_IDIOMS,
    VAGUE_MODIFIERS,
    WEAPON_NOUNS,
)
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.syntax import NOMINAL_SUBJECT_DEPS, fronted, stands_as_place
from geokg.extract.lexicon.words import (
    ACTIVITY_GROUPS,
    CLASS_PLURAL_KINDS,
    COMPANY_NOUNS,
    COUNTRY_NOUNS,
    CREDITOR_BODY_NOUNS,
    CREDITOR_BODY_WORDS,
    CROWD_NOUNS,
    DIPLOMATIC_MISSION_NOUNS,
    GOVERNMENT_VOICE_RANKS,
    GOVERNMENT_WORDS,
    HOME_REQUEST_VERBS,
    KIND_LABEL_WORDS,
    ORGANISATION_ACTORS,
    PAIR_WORDS,
    PARTITIVE_WORDS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    STANCE_PREFIXES,
    STANCE_STATING_VERBS,
    STANCE_TO_NOUNS,
)
from geokg.extract.token_arrays import with_pos
from spacy.tokens import Doc, Token

COLUMNS = ("phrase", "sector", "head", "actor", "bare", "ambiguous")
# Sectors of a state's own bodies: their actors are organisations; the other sectors' actors are groups.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# The labels of a state's name or its people's word ("Peru's", "Peruvian", "a U.S. firm"): an office's owner
# here, a state word before a noun in coref.py.
STATE_WORD_LABELS = frozenset({"GPE", "NORP"})
# Sectors of a state's governing bodies, its government and its military: those that speak for its own forces,
# and a state's ministries ("Finance Ministry", "Defence Ministry": organisations.body_sector).
GOVERNING_SECTORS = frozenset({"GOV", "MIL"})
# The sector of firms and traders ("Japanese banks"): a later plural of theirs goes back to them.
BUSINESS_SECTOR = "BUS"
MAX_MODIFIERS = 3
# A singular group noun whose clause or apposition names a person is that one person, not the group.
DESCRIBED_DEPS = frozenset({"acl", "relcl", "appos"})
# A noun that says what its clause's subject or object is ("were considered candidates", "they are
# protesters") names that argument again, not an actor of its own.
PREDICATE_DEPS = frozenset({"oprd", "attr"})
# The only dependants a noun of bare value "alone" may have to stand for the article's state.
ALONE_DEPS = frozenset({"det", "punct", "cc", "conj"})
# A state is the article's when it has this share of the article's mentions of states, or is the one
# state of the title and the most mentioned (measured on the development articles: see README).
DOMINANT_SHARE = 0.5
TITLE_WEIGHT = 3


@dataclass(frozen=True, slots=True)
class SectorPhrase:
    phrase: str  # "riot police"
    sector: str  # "COP"
    actor: str  # "state", "holder", "~" (the phrase itself), a canonical word ("police") or "" (none)
    bare: str  # without a state word: "yes" the article's state's actor, "no" the group alone, "needs" none


@cache
def _phrases() -> dict[str, SectorPhrase]:
    rows = read_table("sectors.tsv", COLUMNS, ("phrase", "sector", "head", "bare"))
    return {
        row["phrase"]: SectorPhrase(row["phrase"], row["sector"], row["actor"], row["bare"]) for row in rows
    }


def sector_of_word(word: str) -> str | None:
    """The sector a noun states ("officials" -> GOV, "troops" -> MIL), for the triple's sector fields."""
    found = _phrases().get(word.lower())
    return found.sector if found else None


def sector_of_noun(noun: Token) -> str | None:
    """The sector a noun token states, by its word or its lemma ("troops", "troop")."""
    return sector_of_word(noun.lower_) or sector_of_word(noun.lemma_)


def phrase_sector(noun: Token) -> str | None:
    """The sector of the longest listed phrase ending at the noun, its own modifiers included ("top union
    leader" -> "union leader", LAB; "opposition leader", OPP; "foreign minister" -> the noun's own)."""
    matched = _match(noun, _modifiers(noun, frozenset()))
    return matched[0].sector if matched is not None else None


@dataclass(frozen=True, slots=True)
class Actor:
    """An unnamed actor read off a noun phrase."""

    head: int  # the head noun
    start: int  # first token of the mention (a state word, a modifier, or the head)
    phrase: SectorPhrase
    name: str  # canonical name without the state: "military", "foreign ministry"
    states: tuple[tuple[Country, int], ...]  # the states the phrase names, with the token naming each
    own_state_word: bool  # the state word stands inside the phrase ("Turkish troops"), not "Turkey's"
    place: str | None = None  # the place inside a state that names it instead ("Montana residents")
    story: bool = False  # "the country's banks" with no state subject: the story's state's (bare)


def related_party(head: Token) -> bool | None:
    """Does the noun name others by how they stand to someone ("creditor banks", "trading partners",
    "allies": related_parties.tsv)? None when not; else whether a demonym before it names the one they
    stand to ("U.S. allies") rather than their own state ("Japanese creditors")."""
    if head.lemma_.lower() in RELATED_PARTY_NOUNS:
        return RELATED_PARTY_NOUNS[head.lemma_.lower()]
    words = (c.lemma_.lower() for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod"))
    return next((RELATED_PARTY_NOUNS[w] for w in words if w in RELATED_PARTY_NOUNS), None)


def creditors_body(head: Token) -> bool:
    """Is the noun a committee of the banks that lent to a debtor ("Peru's bank advisory committee", "its
    12-bank steering committee", "Chile's creditor committee")? A lender's word anywhere in its modifiers
    before it, outside its possessor ("creditor" hangs on "steering" as often as on "committee"), makes it
    the lenders' body, whose debtor the possessive names; "Peru's finance committee" is the state's own, as
    is its state bank's ("Peru's central bank committee": state_organ_firm_words before the bank's word)."""
    if head.lemma_.lower() not in CREDITOR_BODY_NOUNS:
        return False
    owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    doc = head.doc
    return any(
        t.lemma_.lower() in CREDITOR_BODY_WORDS
        and t.dep_ in ("compound", "nmod", "amod")
        and t.i not in owned
        and not (t.i > 0 and doc[t.i - 1].lower_ in STATE_ORGAN_FIRM_WORDS)
        for t in doc[head.left_edge.i : head.i]
    )


def _plain(token: Token) -> bool:
    return token.is_alpha or ("-" in token.text and token.text.replace("-", "").isalpha())


def _modifiers(head: Token, states: Set[int], names: Container[int] = ()) -> list[Token]:
    # `states` and `names` are the tokens of names before the head: a name ends the run of plain words
    # (two containers, so that no union of all the article's names is built for every noun).
    """The words just before the head inside its phrase that may name its kind ("riot", "foreign",
    "pro-democracy"), nearest last; state words, determiners and numbers end the run."""
    run: list[Token] = []
    i = head.i - 1
    doc = head.doc
    while i >= head.left_edge.i and len(run) < MAX_MODIFIERS:
        tok = doc[i]
        if _hyphen(tok) and run and i - 1 >= head.left_edge.i and _counted(doc[i - 1]):
            run.pop(0)  # "three-judge court", "a five-member panel": a size, not a kind ("- judge court")
            break
        if _hyphen(tok) and run and i - 1 >= head.left_edge.i and _plain(doc[i - 1]):
            run.insert(0, tok)  # "pro - democracy": one modifier in three tokens
            i -= 1
            continue
        if (i in states or i in names) and not stance_named(tok):
            break
        if tok.dep_ in ("det", "poss", "nummod", "punct", "cc") or not _plain(tok):
            break
        if tok.head.i != head.i and tok.head.i not in {t.i for t in run}:
            break
        run.insert(0, tok)
        i -= 1
    return run


def _infinitive(word: Token) -> bool:
    """ "expanded the powers of its commissions to police these sectors": a word right after "to" that the
    tagger marks a verb's base form, or that takes a direct object of its own, is the infinitive, whatever
    the parser hung it on ("to" read as a preposition, the verb as its object); "handed the case to police"
    keeps its noun."""
    doc = word.doc
    if word.i == 0 or doc[word.i - 1].lower_ != "to":
        return False
    return word.tag_ == "VB" or any(c.dep_ == "dobj" for c in word.children)


def _state_employed(word: Token) -> bool:
    """ "state employed", "state-owned": a participle of employing or owning (state_employ_participles)
    with "state" hung on it."""
    return word.lower_ in STATE_EMPLOY_PARTICIPLES and any(c.lower_ == "state" for c in word.children)


def _counted(token: Token) -> bool:
    """A number before a hyphen: "three" of "three-judge", "5" of "5-member"."""
    return token.like_num or token.dep_ == "nummod"


def _hyphen(token: Token) -> bool:
    return token.text in ("-", "\u2013")


def pair_determined(noun: Token) -> bool:
    """ "the two countries", "both firms", "both the governments": a plural counted as a pair (not "both
    X and Y", which lists its two)."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.conjuncts:
        return False
    before = [c for c in noun.children if c.i < noun.i and c.dep_ not in ("punct", "case")]
    if any(c.dep_ not in ("det", "predet", "nummod") for c in before):
        return False  # "the other two companies", "both rival firms" say which two
    words = {c.lower_ for c in before}
    return "both" in words or ("the" in words and bool(words & PAIR_WORDS))


def the_companies(noun: Token) -> bool:
    """ "the two companies said", "both firms", "the carmakers", "those firms": a company noun's plural
    counted as a pair, or definite or demonstrative with no word that says which, refers back to companies
    the text has named (coref.py finds them), not to business at large ("companies" alone does)."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in COMPANY_NOUNS:
        return False
    dependents = [c.lower_ for c in noun.children if c.dep_ not in ("punct", "case")]  # the words on the noun
    return dependents in (["the"], ["these"], ["those"]) or pair_determined(noun)  # a lone determiner


def a_firm_unnamed(noun: Token) -> bool:
    """ "a Bolivian firm agreed to sell X": a company noun in the singular after "a" is one of a state's
    firms the text leaves unnamed (its businesses, as "a Japanese buyer" is its buyers); after "the", "this"
    or no article it is a firm the text names ("Acme ... the Bolivian firm said"), which coref.py finds. Not
    a possessor ("a Japanese company's interest in X"): one firm's thing is no act of its state's business."""
    if noun.dep_ == "poss":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def stance_named(token: Token) -> bool:
    """ "pro-Beijing", "anti-Kremlin": a name after a stance prefix says whom a group is for or against,
    not whose it is ("pro-Russian separatists" are not Russia's)."""
    doc = token.doc
    return token.i >= 2 and _hyphen(doc[token.i - 1]) and doc[token.i - 2].lower_ in STANCE_PREFIXES


def _owned_stance(noun: Token) -> bool:
    """ "softened its opposition to the plan", "Turkey's opposition to the deal": a noun an owner holds
    toward something (a possessive before it, "to" after it) is the owner's stance, not a group of people."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children)


def _joined(words: Iterable[str]) -> str:
    return " ".join(words).replace(" - ", "-").replace(" \u2013 ", "-")


def _match(head: Token, run: Sequence[Token]) -> tuple[SectorPhrase, int] | None:
    """The longest listed phrase ending at the head: (row, number of modifier words it takes)."""
    table = _phrases()
    words = [t.lower_ for t in run]
    for form in dict.fromkeys((head.lower_, head.lemma_.lower())):
        for k in range(len(words) + 1):
            phrase = " ".join([*words[k:], form])
            if phrase in table:
                return table[phrase], len(words) - k
    return None


class ActorReader:
    def __init__(self, doc: Doc, names: Iterable[Mention]) -> None:
        self.doc = doc
        self.name_at = {i: m for m in names for i in range(m.start, m.end)}

    def _country_at(self, token: Token) -> Country | None:
        mention = self.name_at.get(token.i)
        if mention is not None:
            return mention.country or mention.affiliation or _country_of_place(mention)
        return lookup_country(token.text) if token.text[:1].isupper() else None

    def _names_listed_after(self, noun: Token) -> bool:
        """Is the noun a plural the parser gave the one role of the list of names right after it ("oil
        companies X and Y applied": mentions.plural_noun_before_list), which it describes?"""
        mention = self.name_at.get(noun.i + 1)
        if mention is None or mention.start != noun.i + 1:
            return False
        return plural_noun_before_list(noun.doc[mention.start : mention.end].root) == noun

    def _owns_a_title(self, noun: Token) -> bool:
        """ "Police director X", "army chief Y", "Coast Guard Commandant Z": a body named before a title is
        the body the title is held in (unless the two words are one listed phrase: "police officers")."""
        title = noun.head
        if not is_role_word(title.lower_) or title.i in self.name_at:
            return False
        return _match(title, _modifiers(title, self.name_at.keys())) is None

    def _start_of(self, token: Token) -> int:
        """Where the name a token is part of begins ("Hong" of "Hong Kong")."""
        mention = self.name_at.get(token.i)
        return mention.start if mention is not None else token.i

    def _class_word(self, head: Token) -> Token | None:
        """ "called on Western nations to act": a name right before the noun that makes a listed class of
        states with it (sectors.tsv "western nations") is a word of the class, not a name whose people the
        noun are (as "Houthi rebels" are the Houthis)."""
        if head.i == 0:
            return None
        word = head.doc[head.i - 1]
        if word.head.i != head.i or word.i not in self.name_at or self._country_at(word) is not None:
            return None
        matched = _match(head, [word])
        return word if matched is not None and matched[1] == 1 else None

    def _named_modifier(self, child: Token) -> bool:
        mention = self.name_at.get(child.i)
        return (
            mention is not None
            and not stance_named(child)
            and child.dep_ in ("amod", "compound", "nmod", "poss")
            and mention.country is None
            and mention.affiliation is None
            and _country_of_place(mention) is None
        )

    def _states(self, head: Token) -> tuple[list[tuple[Country, int]], bool]:
        """The states the phrase names, and whether a state word stands inside the phrase."""
        found: list[tuple[Country, int]] = []
        inside = False
        related = related_party(head)
        for child in head.children:
            if stance_named(child):
                continue
            if related is not None and (child.dep_ == "poss" or (related and child.dep_ == "amod")):
                continue  # "Brazil's creditor banks", "U.S. allies": others, who stand to the state
            if child.i < head.i and child.dep_ in ("amod", "compound", "nmod", "npadvmod"):
                country = self._country_at(child)
                if country is not None:
                    inside = True
                    found.append((country, self._start_of(child)))
                    for conj in child.conjuncts:
                        other = self._country_at(conj)
                        if other is not None:
                            found.append((other, self._start_of(conj)))
            elif child.dep_ == "poss":
                country = self._country_at(child)
                if country is not None:
                    found.append((country, child.i))
        if found:
            return found, inside
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
                continue
            if related is not None and prep.lower_ == "of":
                continue  # "the creditors of Brazil", "the allies of Iran": others, not Brazil's or Iran's
            if prep.lower_ == "in" and head.lemma_.lower() in DIPLOMATIC_MISSION_NOUNS:
                continue  # "Western embassies in Lima": other states' missions there, never the host's
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                country = self._country_at(pobj)
                if country is None and pobj.text[:1].isupper():
                    country = lookup_capital(pobj.text)  # "police in Belgrade"
                if country is not None:
                    found.append((country, pobj.i))
                    # "the navies of China, India and Japan": each listed state has its own
                    listed = ((self._country_at(conj), conj.i) for conj in pobj.conjuncts)
                    found.extend((other, i) for other, i in listed if other is not None)
        return found, False

    def _stance_to_thing(self, noun: Token) -> bool:
        """ "led the opposition to the plans", "the opposition to Brexit": a stance noun followed by "to" and
        a thing (no actor's name: a person, body, people or state) is the act of opposing that thing, not the
        parliamentary opposition of a state ("the opposition to Putin" may still be the group)."""
        if noun.lemma_.lower() not in STANCE_TO_NOUNS and noun.lower_ not in STANCE_TO_NOUNS:
            return False
        things = [
            pobj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        return any(not self._actor_name(pobj) for pobj in things)

    def _actor_name(self, token: Token) -> bool:
        """Does the token name an actor (a person, body or people, or a state or its capital), not a thing
        (a plan, an accord, "Brexit" even where the parser takes it for a place)?"""
        mention = self.name_at.get(token.i)
        if mention is None:
            return False
        if mention.label in ("PERSON", "ORG", "NORP"):
            return True
        return mention.country is not None or lookup_capital(mention.text) is not None

    def read(self, head: Token, named_back: bool = False) -> Actor | None:
        """The unnamed actor the noun heads, if any; `named_back`: also "the banks", which `the_companies`
        leaves to the named firms, for the caller to give the business actor it goes back to."""
        if head.i in self.name_at:
            return self._people_of(head)
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        if head.pos_ == "PROPN" and not head.text.istitle():
            return None
        if _infinitive(head):
            return None  # "powers to police these sectors": the verb after "to", no police
        if head.dep_ == "compound" and not self._owns_a_title(head):
            return None  # "police oversight council": the noun names a kind of council
        if head.dep_ in PREDICATE_DEPS:
            return None  # "were considered potential candidates": what the subject is, no second actor
        if the_companies(head) and not (named_back and not pair_determined(head)):
            return None  # "the two companies said": the two just named (coref.py), not "businesses"
        if head.tag_ == "NN" and head.lemma_.lower() in COMPANY_NOUNS and not a_firm_unnamed(head):
            return None  # "the Bolivian firm said": the firm the text names (coref.py), not "businesses"
        if head.dep_ == "dobj" and head.head.lemma_.lower() in STANCE_STATING_VERBS:
            return None  # "expressed opposition to the plan": a stance, not the opposition
        if _owned_stance(head):
            return None  # "softened its opposition to the plan": the owner's stance, not the opposition
        if self._stance_to_thing(head):
            return None  # "led the opposition to the plans": the act of opposing them, not the opposition
        if (head.dep_ == "appos" and head.head.i in self.name_at) or any(
            c.dep_ == "appos" and c.i in self.name_at for c in head.children
        ):
            return None  # "Parliament, the legislature of Serbia": the noun describes a name (roles.py)
        if self._names_listed_after(head):
            return None  # "oil companies X and Y applied": the noun describes the names the parser ran on
        class_word = self._class_word(head)
        if any(self._named_modifier(child) and child != class_word for child in head.children):
            return None  # "YPG militia", "Houthi rebels", "Navalny's associates": the name is the actor
        states, inside = self._states(head)
        state_tokens = {i for _, i in states}
        run = _modifiers(head, state_tokens, self.name_at)
        if class_word is not None and not run:
            run = [class_word]  # "leading Western nations": the name ends the run, yet is the class's word
        matched = _match(head, run)
        acting = _named_by_activity(head)
        if acting is not None:
            matched = (acting, 0)  # "a million people marched": they are marchers, i.e. protesters
        if matched is None:
            return None
        phrase, used = matched
        if not phrase.actor or phrase.actor == "holder":
            return None
        home = self._home_word(head, phrase) if not states else None
        story = False
        if home is not None:
            subject = self._subject_state(head)
            if subject is not None:
                states = [(subject, home.i)]  # "Japan will ask the nation's companies": Japan's
            else:
                story = True  # "The country's largest banks agreed": the story's state's
        if not states and home is None and phrase.sector == "MIL" and phrase.actor == "military":
            # "Chad said troops killed 300 Libyan soldiers": a state's own report of bare forces
            said = self._reported_forces_state(head)
            if said is not None:
                states = [(said, head.i)]
        if not states and home is None and phrase.bare == "yes" and phrase.actor != "state":
            # "In Chile, the government raised taxes": a bare state's actor is the fronted setting's state's
            setting = self._setting_state(head)
            if setting is not None:
                states = [(setting, head.i)]
        if (
            phrase.sector == "PPL"
            and phrase.actor != "~"
            and any(t.pos_ == "NOUN" for t in run[: len(run) - used])
        ):
            # "awards voters", "union voters": a kind of voters, not a state's people ("party candidates" are
            # named by their kind, "~")
            return None
        trade = [t for t in run[: len(run) - used] if t.pos_ == "NOUN"]
        if head.lemma_.lower() in FIRM_OR_WORKER_NOUNS and trade and home is None:
            return None  # "Australian gold miners sold shares": firms that mine, or their workers: unsure
        if head.tag_ == "NN" and _names_the_person(head):
            return None  # "a protester using the pseudonym Katya": one person the text identifies
        kept = (
            [t for t in run if t.lower_ not in VAGUE_MODIFIERS]
            if phrase.actor == "~"
            else run[len(run) - used :]
        )
        name = _joined([*(t.lower_ for t in kept), head.lower_]) if phrase.actor == "~" else phrase.actor
        outsider = [
            c for c in head.children if c.dep_ == "amod" and c.i < head.i and c.lower_ in FOREIGN_MODIFIERS
        ]
        outsider = outsider if not states and home is None and phrase.actor != "~" else []
        outsider = [t for t in outsider if t.lower_ not in name.split()]  # "international community"
        if outsider:
            name = f"{outsider[0].lower_} {name}"  # "foreign investors": not the host's own investors
        # A stance the name keeps ("pro-Beijing candidates") is part of the mention, not a place of its own.
        stance = [t.i for t in kept if stance_named(t)] if phrase.actor == "~" else []
        first = min(
            [head.i, *(t.i for t in run[len(run) - used :])]
            + ([min(state_tokens)] if inside else [])
            + ([stance[0] - 2] if stance else [])
            + [t.i for t in outsider]
        )
        place = self._place_naming(states, inside)
        return Actor(head.i, first, phrase, name, tuple(states), inside, place, story)

    def _home_word(self, head: Token, phrase: SectorPhrase) -> Token | None:
        """The word that says an actor is of a state the phrase does not name: "the nation's", "the
        country's", "the state's" owning it (own_state_nouns), or "domestic", "local" before a group that
        takes no state by itself (home_modifiers; sectors.tsv bare "no": "domestic companies", "local
        farmers") or a state's firms of a trade ("domestic producers": BUS, bare "needs", which "domestic"
        supplies)."""
        trade = phrase.sector == "BUS"
        for child in head.children:
            if child.i > head.i or child.i in self.name_at:
                continue
            if child.dep_ == "poss" and child.lemma_.lower() in OWN_STATE_NOUNS:
                if child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in child.children):
                    # "the three countries' ministries": each listed state's, or none; never one state's
                    continue
                dets = [c.lower_ for c in child.children if c.dep_ == "det"]
                if dets == ["the"] and not any(c.dep_ in ("amod", "compound") for c in child.children):
                    return child
            if child.dep_ == "amod" and child.lower_ in HOME_MODIFIERS and (phrase.bare == "no" or trade):
                return child
            if child.dep_ == "amod" and _state_employed(child) and phrase.bare == "no":
                return child  # "1,300 state employed miners": the state's workers
        return None

    def _subject_state(self, head: Token) -> Country | None:
        """The state the nearest clause above the noun has for its subject ("Japan will ask the nation's
        companies to ...", "Brazil said the country's banks would ...", "Peru's Minister of Trade, X, will
        meet the nation's largest companies": the state, its body or its office holder, `_acting_state`),
        which names the state meant even in a story of two; None where that subject is no state's, or the
        noun is the only subject ("The country's banks agreed")."""
        for verb in head.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i != head.i]
            if not subjects:
                continue
            # (by the country it names: a state the tagger took for a firm, "[Chile] said", still names it)
            return self._acting_state(subjects[0])
        return None

    def _people_of(self, head: Token) -> Actor | None:
        """ "Some Brazilians protested", "thousands of Serbians", "Chileans marched against the reform": a
        plural demonym stands for its state ("Iraqis" are Iraq), except where it is counted out of its
        people or is the crowd of a protest (ANNOTATION.md: "Hong Kong protesters" are an actor with a
        country). A protest against another state stays the state's ("Peruvians protested against Chile")."""
        mention = self.name_at[head.i]
        state = mention.country
        if state is None or mention.label != "NORP" or head.i != mention.end - 1:
            return None
        one = _one_national(head)
        plural = head.tag_ in ("NNS", "NNPS")
        if not (plural or one) or head.dep_ in PREDICATE_DEPS or not is_demonym(mention.text):
            return None
        agent = _crowd_of(head) or head
        counted = one or agent is not head or any(_counts(c) for c in head.children)
        counted = counted or _the_whole_people(head, state)
        group = _protest_group(agent.head) if agent.dep_ == "nsubj" else None
        if group is None and not counted:
            return None
        if group is not None and not counted and self._protests_another_state(agent.head, state):
            return None
        # "four Britons", "the two Americans": so few of them are persons of the state, its citizens
        # "handed back an Israeli": one of them, a citizen of the state
        phrase = group or _phrases()["citizens" if one or _few_counted(head) else "people"]
        return Actor(head.i, mention.start, phrase, phrase.actor, ((state, mention.start),), True)

    def _reported_forces_state(self, noun: Token) -> Country | None:
        """ "Chad said troops killed 300 Libyan soldiers", "the Chadian high command said government forces
        took the town": bare forces (no other state's word, no modifier but the government's) that do what a
        state or one of its bodies reports are that speaker's state's military. None for a speaker of no
        state (an analyst, a firm, a person), of several, or with no state word of its own ("officials
        said": whose they are is settled later, by the story, and the forces need not follow)."""
        if not _bare_force(noun):
            return None
        speaker = _report_speaker(noun)
        if speaker is None:
            return None
        state = self._governing_speaker_state(speaker)
        if state is None:
            return None
        # "Iraq sent troops into Kuwait. The United States said troops were massing": forces the story
        # already gave another state are that state's, whoever reports them now
        earlier = self._earlier_force_states(noun)
        return state if earlier in (frozenset(), frozenset({state})) else None

    def _setting_state(self, noun: Token) -> Country | None:
        """ "In Chile, the government raised taxes", "In Lima, the army said": the state a named state or
        place after "in" names, fronted before the clause's subject (the noun) and closed by a comma
        (syntax.fronted); the clause happens there, and its bare state actor is that state's, not the
        story's. A city sets its state only where the story names that state as an actor or the dateline
        is in it: talks, bodies and delegations meet in cities of states that are no party ("In Geneva,
        the government said it would cut tariffs" is no Swiss act). None where the noun is no subject or
        the clause has no such setting."""
        if noun.dep_ not in NOMINAL_SUBJECT_DEPS:
            return None
        verb = noun.head
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or not fronted(prep, verb):
                continue
            for pobj in prep.children:
                mention = self.name_at.get(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is None:
                    continue
                if mention.country is not None:
                    return mention.country
                state = self._country_at(pobj)
                return state if state is not None and state in self._story_states(mention) else None
        return None

    def _story_states(self, setting: Mention) -> set[Country]:
        """The states the story names as actors (a state's name or word anywhere but as a place after a
        preposition, "in Peru"; the setting itself left out) and the state of its dateline's place."""
        named = {
            m.country
            for m in self.name_at.values()
            if m.country is not None and m is not setting and not stands_as_place(self.doc[m.end - 1])
        }
        for paragraph in paragraphs(self.doc)[:HEAD_PARAGRAPHS]:
            end = min(paragraph.end, paragraph.start + DATELINE_MAX_TOKENS)
            dash = next(
                (t for t in self.doc[paragraph.start : end] if ends_dateline(self.doc, paragraph.start, t)),
                None,
            )
            if dash is None:
                continue
            places = (
                self._country_at(self.doc[i]) for i in range(paragraph.start, dash.i) if i in self.name_at
            )
            named.update(state for state in places if state is not None)
            break  # an article has one dateline
        return named

    def _governing_speaker_state(self, speaker: Token) -> Country | None:
        """The state whose government or military the speaker is: a state's name (whatever the tagger took
        it for: "Chad" a person, or a body where "its" follows), a named body of the state's government or
        military ("the Defence Ministry", "the Pentagon"), or an unnamed one with one state word ("the
        Chadian high command", "Iraqi officials"). None for its police, courts, parliament or media, whose
        reports need not be of the state's own forces."""
        mention = self.name_at.get(speaker.i)
        if mention is not None:
            if mention.country is not None:
                return mention.country
            return mention.affiliation if _governing_body(mention) else None
        actor = self.read(speaker)
        if actor is None or actor.phrase.sector not in GOVERNING_SECTORS:
            return None
        named = {country for country, _ in actor.states}
        return named.pop() if len(named) == 1 else None

    def _asking_state(self, noun: Token) -> Country | None:
        """The state that asks a bare class of firms to act ("Peru will ask companies to boost imports",
        "Peru's trade minister urged producers to cut output"): a state, or a body or office holder of its
        government, asking its own economy; its firms are that state's. None where the asker is no state's
        government (OPEC, a bank, a firm: "called on producers to curb output" is a class of no state). Only
        a home request verb (home_request_verbs: not "invited companies to bid", which asks foreign bidders),
        and no lenders or other parties that stand to the state ("asked banks to reschedule its debt": its
        creditors, class_plural_kinds and related_parties.tsv)."""
        verb = _request_verb(noun)
        if verb is None or verb.lemma_.lower() not in HOME_REQUEST_VERBS or not _bare_class(noun):
            return None
        if CLASS_PLURAL_KINDS.get(noun.lemma_.lower()) or related_party(noun) is not None:
            return None
        while verb.dep_ == "conj" and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
            verb = verb.head  # "Peru cut duties and asked companies to": the subject of the first verb
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return self._acting_state(subjects[0]) if subjects else None

    def _acting_state(self, subject: Token) -> Country | None:
        """The state a clause's subject acts for: a state, a body of its government (by
        `_governing_speaker_state`), or the holder of an office a state's word owns ("Peru's Minister of
        Trade, X", "Peruvian Trade Minister X"), whose person is of no state yet at this stage."""
        state = self._governing_speaker_state(subject)
        if state is not None:
            return state
        before = [c for c in subject.children if c.i < subject.i]
        titles = [subject] if is_role_word(subject.lower_) else []
        titles += [c for c in before if c.dep_ == "compound" and is_role_word(c.lower_)]
        if not titles:
            return None  # "Peru's largest bank": a firm the state's word owns, no office of its government
        words = before + [c for title in titles for c in title.children if c.i < title.i]
        for word in words:
            mention = self.name_at.get(word.i)
            # (the state's own name or people's word, not a firm's or a person's state: "Kestrel's chairman")
            if (
                word.dep_ in ("poss", "compound", "amod")
                and mention is not None
                and mention.label in STATE_WORD_LABELS
                and mention.country is not None
            ):
                return mention.country
        return None

    def _earlier_force_states(self, noun: Token) -> frozenset[Country]:
        """The states of the nearest force of the noun's word the story named before it with a state of its
        own: a state word in its phrase ("Iraqi troops", "Iraq's troops", "troops of Iraq") or a state that
        moves it ("Iraq sent 100,000 troops"); empty where no earlier force of that word has one."""
        lemma = noun.lemma_.lower()
        for token in reversed(self.doc[: noun.i]):
            if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
                continue
            states = {country for country, _ in self._states(token)[0]}
            mover = self._mover_state(token)
            if not states and mover is not None:
                states = {mover}
            if states:
                return frozenset(states)
        return frozenset()

    def _mover_state(self, noun: Token) -> Country | None:
        """The state named as the subject of the verb the noun (or the first of its conjuncts) is the object
        of ("Iraq sent 100,000 troops", "Iraq massed troops and tanks")."""
        while noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ != "dobj":
            return None
        subjects = [c for c in noun.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if len(subjects) != 1:
            return None
        mention = self.name_at.get(subjects[0].i)
        return mention.country if mention is not None else None

    def _reports_bodies_only(self, noun: Token) -> bool:
        """Is the noun the subject of a verb of speech whose reported clauses have only named bodies of no
        state for subjects ("The IMF and the World Bank will assist Ecuador, officials said")? Those who
        speak are then as likely the bodies' officials as the story's state's: the noun stands for none."""
        verb = noun.head
        if noun.dep_ not in NOMINAL_SUBJECT_DEPS or verb.lemma_.lower() not in REPORTING_VERBS:
            return False
        subjects = [
            s
            for clause in verb.children
            if clause.dep_ == "ccomp"
            for c in clause.children
            if c.dep_ in NOMINAL_SUBJECT_DEPS
            for s in (c, *c.conjuncts)
        ]
        return bool(subjects) and all(self._stateless_body(s) for s in subjects)

    def _stateless_body(self, token: Token) -> bool:
        """Is the token part of a named organisation of no state (an international body, a firm)?"""
        mention = self.name_at.get(token.i)
        return (
            mention is not None
            and mention.label == "ORG"
            and mention.country is None
            and mention.affiliation is None
            and _country_of_place(mention) is None
        )

    def _protests_another_state(self, verb: Token, state: Country) -> bool:
        """Is what the protest is against (its object, or the object of its preposition) another state?"""
        targets = [c for c in verb.children if c.dep_ == "dobj"]
        targets += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        countries = (self._country_at(t) for t in targets)
        return any(country is not None and country != state for country in countries)

    def _place_naming(self, states: list[tuple[Country, int]], inside: bool) -> str | None:
        """The name of the one place inside a state that stands as the phrase's state word ("Montana" of
        "Montana residents"), or None when a country (or nothing) names it."""
        if not inside or len(states) != 1:
            return None
        mention = self.name_at.get(states[0][1])
        if mention is not None and mention.place is not None:
            return mention.place  # "Texan voters", "Native American groups"
        if mention is None or mention.country is not None or mention.affiliation is not None:
            return None
        return mention.text if _country_of_place(mention) is not None else None

    def mentions(self) -> list[Mention]:
        """One mention per unnamed actor of the Doc (and one more per further state it is coordinated with),
        and one country mention per bare "the government" of the article's state."""
        found: list[Mention] = []
        stated: dict[str, set[Stated]] = {}  # business actors so far: name -> the actors a state word made
        last: dict[str, int] = {}  # business actors so far: name -> where the last one stated ends
        for token in with_pos(self.doc, ("NOUN", "PROPN")):  # `read` finds no actor at other words
            actor = self.read(token)
            companies = the_companies(token)
            if actor is None and companies:
                # "Japanese banks ... the banks said": the business actor named before, else nothing; but
                # firms named since ("... X Bank and Y Bank sued. The banks said") are the ones meant
                actor = self.read(token, named_back=True)
                if actor is not None and self._firms_named_between(last.get(actor.name, token.i), token.i):
                    actor = None
            if actor is not None and _business_back(token, actor, stated):
                # "Japanese banks ... the banks", "... businesses": the one actor a state's word made
                (named,) = stated[actor.name]
                found.append(self._mention_back(actor, named))
                continue
            if companies and actor is not None and self._class_named_by_plural(token, actor, stated):
                companies = False  # "the banks" of a story that names no bank: banks at large, as "banks"
            if actor is None or companies:
                continue
            mentions = self._mentions_of(actor)
            for m in mentions:
                if m.sector == BUSINESS_SECTOR and m.affiliation is not None and m.actor:
                    base = m.actor.removeprefix(f"{m.place} ") if m.place else m.actor
                    stated.setdefault(base, set()).add(Stated(m.actor, m.place, m.affiliation.iso3))
                    last[base] = m.end
            found.extend(mentions)
        return found

    def _class_named_by_plural(self, noun: Token, actor: Actor, stated: dict[str, set[Stated]]) -> bool:
        """ "Argentina wants a margin of one pct, but the banks are refusing": a definite plural of firms
        (class_plural_kinds) in a story that names no firm of its kind before it (no name with a word of the
        kind), no state's or place's actor of its name, and not the two firms its sentence or the one before
        names (which coref.py may pair it with), goes back to nothing: it is the class, as "banks" alone is.
        Not "the two banks", "both lenders": a pair counted is two the story names."""
        kind = CLASS_PLURAL_KINDS.get(noun.lemma_.lower())
        if kind is None or pair_determined(noun) or actor.name in stated:
            return False
        words = KIND_LABEL_WORDS.get(kind, frozenset())
        for i, mention in self.name_at.items():
            named = {w.strip(".,'").lower() for w in mention.text.replace("-", " ").split()}
            if i < noun.i and mention.label == "ORG" and named & words:
                return False  # "Kessler Bank said ... the banks": the banks the story names (coref.py)
        before = self.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else 0
        return not self._firms_named_between(before, noun.i)

    def _firms_named_between(self, start: int, end: int) -> bool:
        """Are two organisations or more named between the tokens (the two a definite plural may stand
        for, coref.py)?"""
        named = {m.start for i, m in self.name_at.items() if start <= i < end and m.label == "ORG"}
        return len(named) >= 2

    def _mention_back(self, actor: Actor, named: Stated) -> Mention:
        """The mention of a business plural that goes back to an actor a state or place word made ("the banks"
        after "Frankfurt banks" are the Frankfurt banks)."""
        head = self.doc[actor.head]
        text = self.doc[actor.start : actor.head + 1].text
        kind = _kind(actor.phrase, actor.name)
        state = country_by_code(named.state)
        sector = actor.phrase.sector
        back = Mention(actor.start, head.i + 1, text, kind, None, state, sector, None, named.actor)
        return replace(back, place=named.place)

    def _mentions_of(self, actor: Actor) -> list[Mention]:
        phrase = actor.phrase
        head = self.doc[actor.head]
        states = list(actor.states)
        if not actor.own_state_word and any(c.dep_ == "poss" for c in head.children):
            states = states[:1]  # "Iran's foreign ministry": the possessor stays the country it names
        # Without a state word: the article's state's actor (settled once the article's evidence is in,
        # affiliations.py), the group alone, or nothing.
        # "foreign security forces" are no one's in particular, and not the article's state's
        foreign = any(t.lower_ in FOREIGN_MODIFIERS for t in self.doc[head.left_edge.i : head.i])
        # "officials from major nations", "ministers of industrial states": no particular state's either
        foreign = foreign or _of_states_at_large(head)
        alone = phrase.bare == "alone" and _alone(head)
        # "a government spokesman", "government officials": the words of the government's own people
        own = phrase.bare == "own" and _government_voice(head, phrase)
        if not states and not foreign and not actor.story and phrase.sector == BUSINESS_SECTOR:
            asker = self._asking_state(head)
            if asker is not None:
                states = [(asker, head.i)]  # "Peru will ask companies to boost imports": Peru's companies
        bare = not states and not foreign and (phrase.bare == "yes" or alone or own or actor.story)
        # "called on oil producers to curb output": a class of firms asked to act is an actor of no state
        asked = phrase.bare == "needs" and phrase.sector == BUSINESS_SECTOR and _asked_to_act(head)
        if not states and not bare and not asked and phrase.bare in ("needs", "alone"):
            return []
        if _idiom(head):
            return []  # "mentioned the obvious in public": openly, no public that hears it
        if _subject_idiom(head):
            return []  # "the jury is still out on the plan": undecided, no jury of any court
        if _machines(head):
            return []  # "captured 11 Soviet-made L-39 bombers": aircraft, no attackers
        if _court_of_the_ball(head):
            return []  # "the ball is in Iran's court": whose move it is, no court of law
        if not states and _international_body_named_before(head):
            return []  # "the International Court of Justice ... said the court was": that court, no state's
        if phrase.bare == "inside" and not actor.own_state_word:
            return []  # "prisoners in Iran" may be anyone's; "Iranian prisoners" are Iran's people
        if phrase.actor == "state":
            plural = head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() != "authority"
            # "Officials said" stands alone for the state; "administrations", the plural of a singular
            # phrase, are offices, not a government
            listed_plural = head.lower_ == phrase.phrase.split()[-1]
            # (the government they speak for is the one of the story, whatever their own article and number)
            many = plural and (phrase.bare != "alone" or not listed_plural)
            definite = own or (_definite(head) and not many)
            if not bare or not definite:
                return []  # "Iraqi officials" already stand for Iraq (arguments.py); "the governments"
            if not own and self._reports_bodies_only(head):
                return []  # "the IMF will assist Ecuador, officials said": the bodies' officials, no state's
            # "In Chile, the government raised taxes", "In Chile, government officials said": the fronted
            # setting's state, not the story's; not bare officials (bare "alone"), people who speak wherever
            # their state sends them, as a delegation
            setting = self._setting_state(head) if phrase.bare == "yes" or own else None
            return [
                Mention(
                    actor.head,
                    actor.head + 1,
                    head.text,
                    "GPE",
                    setting,
                    None,
                    phrase.sector,
                    None,
                    "state",
                    bare=setting is None,
                )
            ]
        kind = _kind(phrase, actor.name if phrase.actor == "~" else phrase.actor)  # "foreign banks" are banks

        def mention(start: int, end: int, state: Country | None, partner_of: int | None = None) -> Mention:
            text = self.doc[start:end].text
            return Mention(
                start, end, text, kind, None, state, phrase.sector, None, actor.name, partner_of, bare
            )

        if not states:
            return [mention(actor.start, actor.head + 1, None)]
        if actor.place is not None:
            # "Montana residents", "Gainesville police": a group or a body of a place inside a state, with
            # that state's code
            start, state = actor.start, states[0][0]
            named = f"{actor.place} {actor.name}"
            text = self.doc[start : actor.head + 1].text
            placed = Mention(start, actor.head + 1, text, kind, None, state, phrase.sector, None, named)
            return [replace(placed, place=actor.place)]
        # "French and German activists": "German activists" is one actor, "French" stands for the other.
        *others, (nearest, token) = states
        start = token if actor.own_state_word and others else actor.start
        found = [mention(start, actor.head + 1, nearest)]
        found += [mention(i, i + 1, state, partner_of=actor.head) for state, i in others]
        return found


# Words before a plural of states that point back to states the story names ("both countries", "these
# nations", "the two states"), not to states at large.
_NAMED_BACK_DETS = frozenset({"both", "these", "those", "such"})


def _asked_to_act(head: Token) -> bool:
    """ "called on oil producers to curb output", "urged producers to cut prices", "appealed to producers to
    hold output": the class a request verb (request_verbs) asks to do something with a "to"-infinitive, as
    a named state would be asked; its members are whoever is of that class, of no one state."""
    return _request_verb(head) is not None


def _request_verb(head: Token) -> Token | None:
    """The request verb (request_verbs) that asks the noun to do something with a "to"-infinitive ("urged
    producers to cut prices", "called on producers to", "appealed to producers to"), or None."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("on", "upon", "to"):
        verb = verb.head  # "called on", "appealed to"
    elif head.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REQUEST_VERBS:
        return None
    infinitive = any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > head.i and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return verb if infinitive else None


def _bare_class(head: Token) -> bool:
    """Is the business plural a bare class ("producers", "companies", "the largest firms"): no owner, no
    word of a trade or a name before it ("oil producers" may be the producing states of an oil market, and
    "its producers" are the owner's)?"""
    return not any(
        c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and c.pos_ in ("NOUN", "PROPN"))
        for c in head.children
        if c.i < head.i
    )


def _of_states_at_large(head: Token) -> bool:
    """ "senior officials from major nations", "delegates from several countries", "ministers of industrial
    states": people "from" or "of" a plural of states that names none ("nation", "country", "state": data
    country_nouns) are of no particular state, no more the story's than any other's. Not "officials from
    both countries", "of the two nations", "of these states", "of their countries", "of the nations"
    (alone after "the"): the states the story names."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for states in prep.children:
            if states.dep_ != "pobj" or states.tag_ != "NNS" or states.lemma_.lower() not in COUNTRY_NOUNS:
                continue
            words = list(states.children)
            if any(w.dep_ in ("nummod", "poss") or w.lower_ in _NAMED_BACK_DETS for w in words):
                continue
            if any(w.lower_ == "the" for w in words) and not any(
                w.dep_ in ("amod", "compound") for w in words
            ):
                continue
            return True
    return False


def _kind(phrase: SectorPhrase, name: str) -> str:
    """The entity type of an unnamed actor: a state's organ is an organisation (a class of states is a
    group: `_class_of_states`), and so are firms by their kind ("commercial banks", "creditor banks",
    "lenders", "banking sources" are the actor "banks"; organisation_actors), which are bodies, not a
    people or a group of persons ("investors", "traders", "protesters" stay groups). By the actor's name,
    so that all its phrases give one entity."""
    if _class_of_states(phrase):
        return "NORP"
    if phrase.sector in STATE_SECTORS or name in ORGANISATION_ACTORS:
        return "ORG"
    return "NORP"


def _class_of_states(phrase: SectorPhrase) -> bool:
    """ "developing countries", "creditor nations", "western governments": states of one kind, named as a
    class (a government's sector, an actor of its own and no state's: sectors.tsv bare "no"), are a group
    of many, no one state's organ, so a group (NORP) as other groups are; their sector stays the
    government's, since the states act through their governments."""
    return phrase.sector == "GOV" and phrase.bare == "no" and phrase.actor not in ("", "state", "holder", "~")


@dataclass(frozen=True, slots=True)
class Stated:
    """A business actor a state's word or a place's made: "Japanese banks", "Frankfurt banks"."""

    actor: str  # "banks", "Frankfurt banks"
    place: str | None  # "Frankfurt"
    state: str  # ISO-3


def _business_back(noun: Token, actor: Actor, stated: dict[str, set[Stated]]) -> bool:
    """ "Japanese banks cut rates ... The banks said", "... businesses said": a business plural with no
    state word and no word that says which (not "many banks", "small businesses", "other firms"), after one
    state's or one place's (and no other's) business actor of that name, is that actor again. Without one
    it stays no state's: the article's setting alone gives business no state (sectors.tsv bare "no")."""
    if actor.states or actor.phrase.sector != BUSINESS_SECTOR or noun.tag_ not in ("NNS", "NNPS"):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    own = range(actor.start, noun.i)  # the phrase's own words ("trading" of "the trading houses")
    said = [c for c in noun.children if c.dep_ not in ALONE_DEPS and c.i not in own]
    if noun.dep_ == "compound" or said or dets not in ([], ["the"], ["these"], ["those"]):
        return False
    return len(stated.get(actor.name, ())) == 1


def _country_of_place(mention: Mention) -> Country | None:
    """ "Texas police", "Kenosha prosecutors": a place in a state names the state its bodies belong to."""
    if mention.label != "GPE":
        return None
    found = place_country(mention.text).country
    return country_by_code(found) if found else None


def _names_the_person(noun: Token) -> bool:
    """Does a clause or apposition of the noun name the one person it is ("a protester named Ana", "a
    protester using the pseudonym Katya")? "a police officer surrounded by protesters" names no one."""
    return any(t.ent_type_ == "PERSON" for c in noun.children if c.dep_ in DESCRIBED_DEPS for t in c.subtree)


def _the_whole_people(noun: Token, state: Country) -> bool:
    """ "the Japanese", "the French": a people's adjective made a noun by "the" names the people as a whole,
    no state (its government is "Japan", "the Japanese government"). A plural in -s is a count noun that
    news uses for the state's side ("told the Ukrainians", "the Iraqis attacked"), and stays the state."""
    if noun.lower_ != adjective(state.iso3).lower():
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i < noun.i for c in noun.children)


# Up to this many of a people, counted, are so many persons ("four Britons"), not a crowd of the people.
MAX_PERSONS_COUNTED = 99


def _few_counted(noun: Token) -> bool:
    """ "four Britons", "the two Americans", "12 Iranians": a small number before a people's plural."""
    for c in noun.children:
        if c.dep_ == "nummod" and c.i < noun.i:
            text = c.lower_.replace(",", "")
            value = int(text) if text.isdigit() else NUMBER_WORDS.get(text)
            return value is not None and value <= MAX_PERSONS_COUNTED
    return False


def _one_national(noun: Token) -> bool:
    """ "handed back an Israeli", "police arrested a Syrian": a people's word used as a noun after "a" or
    "an", the one an act is done to (the object, or a passive's subject), is one person of the state (its
    citizen), not the state. Elsewhere it tells someone's nationality ("As a Swede, I ...", "An Australian,
    Ana Ruiz, said"), which the roles read."""
    if noun.pos_ not in ("PROPN", "NOUN") or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(c.dep_ == "appos" for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < noun.i for c in noun.children)


def _counts(modifier: Token) -> bool:
    """ "some", "many", "two", "thousands": a word before a people's plural that counts some of them."""
    if modifier.i > modifier.head.i or modifier.dep_ not in ("det", "amod", "nummod", "quantmod"):
        return False
    return modifier.dep_ == "nummod" or modifier.lemma_.lower() in PARTITIVE_WORDS


def _crowd_of(noun: Token) -> Token | None:
    """The number or crowd word a plural is counted by ("thousands" of "thousands of Serbians")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    crowd = prep.head
    counting = crowd.lemma_.lower() in PARTITIVE_WORDS or crowd.lower_ in CROWD_NOUNS or crowd.pos_ == "NUM"
    return crowd if counting and crowd.i < noun.i else None


def _protest_group(verb: Token) -> SectorPhrase | None:
    """The protesters or rioters whose act the verb (or the verb it leads to: "took to the streets to
    protest") is; None for any other act ("voted" makes voters, who are not a protest's crowd)."""
    acts = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")]
    for act in acts:
        group = ACTIVITY_GROUPS.get(act.lemma_.lower())
        if group is not None and _phrases()[group].sector == "OPP":
            return _phrases()[group]
    return None


def _named_by_activity(head: Token) -> SectorPhrase | None:
    """ "A million people marched in London", "thousands protested", "2.9 million people voted": a crowd
    named only by its number is the group its act makes it (data: words.tsv activity_groups)."""
    if head.lemma_.lower() not in CROWD_NOUNS and head.lower_ not in CROWD_NOUNS:
        return None
    if head.dep_ != "nsubj" or any(c.dep_ == "poss" for c in head.children):
        return None
    verb = head.head
    acts = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")]
    for act in acts:
        group = ACTIVITY_GROUPS.get(act.lemma_.lower())
        if group is not None:
            return _phrases()[group]
    return None


def _machines(head: Token) -> bool:
    """ "11 Czech-made L-39 bombers", "B-52 bombers": a noun of people that also names a weapon (weapon_nouns:
    "bombers") is the weapon where a model's designation (a word with a figure) or a maker's "-made",
    "-built" stands before it; "suicide bombers" have neither."""
    if head.lemma_.lower() not in WEAPON_NOUNS:
        return False
    before = head.doc[head.left_edge.i : head.i]
    designated = any(any(ch.isdigit() for ch in t.text) and not t.like_num for t in before)
    # "Soviet - made" as three words, or "U.S.-made" as one
    made = any(
        (t.lower_ in ("made", "built") and t.i > 0 and head.doc[t.i - 1].text == "-")
        or t.lower_.endswith(("-made", "-built"))
        for t in before
    )
    return designated or made


def _idiom(head: Token) -> bool:
    """ "in public": a sector's noun with no determiner after the preposition of an adverbial idiom
    (adverbial_idioms) is part of the idiom, no actor."""
    if head.dep_ != "pobj" or any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children):
        return False
    return f"{head.head.lower_} {head.lower_}" in ADVERBIAL_IDIOMS


def _subject_idiom(head: Token) -> bool:
    """ "the jury is still out on X": a sector's noun as the subject of an idiom (subject_idioms: noun, verb,
    particle) whose particle or verb takes the "on" of what is undecided is part of the idiom, no actor."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i == head.i:
        return False
    for particle in verb.children:
        if f"{head.lemma_.lower()} {verb.lemma_.lower()} {particle.lower_}" not in SUBJECT_IDIOMS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in (*particle.children, *verb.children)):
            return True
    return False


def _international_body_named_before(head: Token) -> bool:
    """Does a name the tables know as an international body, with the bare noun as one of its words, come
    before it in the article ("refer the issue to the International Court of Justice ... the court was not
    the only way")? The bare noun names that body again, not a body of the article's state."""
    from geokg.extract.entities.igos import lookup_igo  # igos reads mentions, as this module does

    word = head.lower_
    return any(
        ent.end <= head.i and any(t.lower_ == word for t in ent) and lookup_igo(ent.text) is not None
        for ent in head.doc.ents
    )


def _court_of_the_ball(head: Token) -> bool:
    """ "the ball is in Iran's court", "put the ball in Washington's court": the idiom says whose move it is;
    the court is no court of law, nor a body of the state named before it."""
    if head.lemma_.lower() != "court" or head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    clause = head.head.head
    holders = ("nsubj", "nsubjpass", "dobj")
    return any(c.dep_ in holders and c.lemma_.lower() == "ball" for c in clause.children)


def _sector_word(mention: Mention) -> bool:
    phrase = _phrases().get(mention.text.lower())
    return (
        mention.country is None
        and mention.affiliation is None
        and phrase is not None
        and phrase.actor not in ("", "holder")
    )


def _bare_force(noun: Token) -> bool:
    """ "troops", "the army", "50 soldiers", "government forces", "its troops": a force noun with no word of
    its own that could make it another's ("rebel troops", "foreign forces", "troops of the alliance",
    "troops loyal to X"); only the government's word, an owner pronoun, a determiner or a number."""
    for child in noun.children:
        if child.dep_ in ("det", "nummod", "punct", "cc", "conj"):
            continue
        if child.i < noun.i and child.dep_ in ("compound", "amod") and child.lower_ in GOVERNMENT_WORDS:
            continue
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            continue
        return False
    return True


def _governing_body(mention: Mention) -> bool:
    """Is the named organisation a body of a state's government or military ("the Defence Ministry", "the
    Pentagon", "the Foreign Ministry"), by the organisation table or the pattern of its name?"""
    if mention.label != "ORG" or mention.affiliation is None:
        return False
    known = lookup_organisation(mention.text)
    sector = known.sector if known is not None else body_sector(mention.text)
    return sector in GOVERNING_SECTORS


def _report_speaker(noun: Token) -> Token | None:
    """The one subject of the verb of speech whose reported clause the noun (or the first of its conjuncts) is
    the subject of ("Chad said troops killed ...", "Troops killed ..., Chad said"); None where the noun does
    nothing in a report or more than one speaks."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    clause = noun.head
    verb: Token | None = clause.head if clause.dep_ == "ccomp" else None
    if verb is None:
        # "Troops killed 300 soldiers, Chad said": the parser hangs the closing report on the clause
        verb = next((c for c in clause.children if c.dep_ in ("ccomp", "parataxis") and c.i > clause.i), None)
        if verb is not None and any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
            return None
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    return subjects[0]


def _alone(noun: Token) -> bool:
    """ "Officials said": the noun with no word that could make it a company's, a hospital's or a club's
    ("company officials", "officials at the hospital", "its officials", "officials who ...")."""
    if noun.dep_ == "compound" or not all(c.dep_ in ALONE_DEPS for c in noun.children):
        return False
    return not mixed_group(noun)


def mixed_group(noun: Token) -> bool:
    """ "officials and delegates said", "officials, delegates and bankers": joined with people of no state's
    sector, the group is a mixed one of no particular state ("officials and ministers" stay the state's)."""
    return any(sector_of_noun(c) not in STATE_SECTORS for c in noun.conjuncts)


def _government_voice(head: Token, phrase: SectorPhrase) -> bool:
    """Is the noun one of the government's own people with no other word of theirs than a rank ("a senior
    government spokesman"), not of a province's or a city's government, nor a past one ("local government
    officials", "a former government spokesman")?"""
    words = set(phrase.phrase.split())
    before = head.doc[head.left_edge.i : head.i]
    return all(
        t.dep_ in ("det", "punct", "nummod") or t.lower_ in words or t.lower_ in GOVERNMENT_VOICE_RANKS
        for t in before
    )


def _definite(token: Token) -> bool:
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    return dets == ["the"] or (not dets and token.tag_ in ("NNS", "NNPS"))


def dominant_state(evidence: Iterable[tuple[str, bool]]) -> str | None:
    """The state an article is about, from its mentions of states: (ISO-3, in the title) per mention of a
    state, of someone or something acting for one, or of a place in one. A mention in the title counts
    `TITLE_WEIGHT` times. The state is the article's when it has `DOMINANT_SHARE` of the weight (and at
    least two mentions), or when the title names that one state and no other state is mentioned as often;
    of states mentioned equally often, the one the title names when it names no other."""
    counts: Counter[str] = Counter()
    in_title: set[str] = set()
    for state, title in evidence:
        counts[state] += TITLE_WEIGHT if title else 1
        if title:
            in_title.add(state)
    if not counts:
        return None
    (top, n), *rest = counts.most_common()
    if rest and rest[0][1] == n:
        # a tie: the headline decides where it names one state only, one of the tied
        tied = {state for state, count in counts.items() if count == n}
        return next(iter(in_title)) if len(in_title) == 1 and in_title <= tied else None
    if n >= DOMINANT_SHARE * sum(counts.values()) and n >= 2:
        return top
    return top if in_title == {top} else None


def with_actors(doc: Doc, names: list[Mention]) -> list[Mention]:
    """The named mentions plus the unnamed actors; a state word inside an actor ("Turkish" in "Turkish
    troops") is part of the actor, not a mention of the state of its own."""
    # "Police" tagged as a place at a headline's start is the common noun, not a town in Poland.
    names = [m for m in names if not (m.label in ("GPE", "LOC") and _sector_word(m))]
    foreign = foreign_tokens(doc)
    actors = _bare_bodies_of_the_place(
        [m for m in ActorReader(doc, names).mentions() if m.start not in foreign]
    )
    taken = {i for m in actors for i in range(m.start, m.end)}
    actors += [
        m
        # (an unnamed actor is a party as a name is: "airstrikes against the rebels" are an act on them)
        for m in event_mentions(doc, names + actors)
        if m.start not in foreign and not any(i in taken for i in range(m.start, m.end))
    ]
    taken = {i for m in actors for i in range(m.start, m.end)}
    kept = [m for m in names if not any(i in taken for i in range(m.start, m.end))]
    return sorted(kept + actors, key=lambda m: m.start)


def _bare_bodies_of_the_place(actors: list[Mention]) -> list[Mention]:
    """ "Gainesville police arrested X ... Police said": where one place names every body of a kind the
    article names, the bare body of that kind is that place's body too, not the state's."""
    kinds: dict[str, set[tuple[str, str | None, Country | None]]] = {}
    for m in actors:
        if not m.bare and m.actor and m.sector in STATE_SECTORS:
            base = m.actor.removeprefix(f"{m.place} ") if m.place else m.actor
            kinds.setdefault(base, set()).add((m.actor, m.place, m.affiliation))
    out: list[Mention] = []
    for m in actors:
        named = kinds.get(m.actor or "", set()) if m.bare and m.sector in STATE_SECTORS else set()
        if len(named) == 1:
            actor, place, state = next(iter(named))
            if place is not None:
                m = replace(m, actor=actor, place=place, affiliation=state, bare=False)
        out.append(m)
    return out
