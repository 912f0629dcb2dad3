"""CAMEO event lexicon: verb and event-noun lemmas -> CAMEO event codes (root "01".."20").

The word list lives in data/cameo.tsv (ours; codes from the CAMEO codebook). Each row holds the most
specific CAMEO code we mean, so a reader can see which sub-category a word was put under; callers usually
need only the two-digit root.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from geokg.extract.lexicon.entity_words import CURRENCY_WORDS
from geokg.extract.lexicon.loader import Row, header_of, read_table
from geokg.extract.lexicon.words import (
    ARMS_WORDS,
    FOUGHT_ILLS,
    HYPHEN_PREFIXES,
    MARKET_WORDS,
    REPRISAL_WORDS,
    TRADE_WORDS,
)

CAMEO_ROOTS: dict[str, str] = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}

# Roots of force: exhibit force posture, coerce, assault, fight, unconventional mass violence.
FORCE_ROOTS: frozenset[str] = frozenset({"15", "17", "18", "19", "20"})
# Roots of events that happen with no doer named and stand as their own subject ("a bombing in Yemen",
# "protests against the government"): protest, assault, fight, mass violence. Not measures ("the ban on
# foreign dealers in the U.S.", "sanctions on X"), which someone imposes, nor meetings or talks.
OCCURRENCE_ROOTS: frozenset[str] = frozenset({"14", "18", "19", "20"})
# Roots of harms short of force that, promised on a condition ("will block X unless …"), threaten (13):
# reject, reduce relations, coerce (17 is also force).
HARM_ROOTS: frozenset[str] = frozenset({"12", "16", "17"})
# Roots of acts that, reported of someone, accuse them: coerce, assault, fight, mass violence.
ACCUSING_ROOTS: frozenset[str] = frozenset({"17", "18", "19", "20"})
# Codes below those roots whose act, reported of someone, is a wrong laid on them: defying norms or law
# ("said Greece had violated the accord", "breached the truce", "flouted the ruling").
ACCUSING_CODES: frozenset[str] = frozenset({"128"})
# Roots of events whose "from" names who acts ("pressure from the US", "criticism from Turkey"), unlike
# movements and cuts, whose "from" is a place or body left ("withdrawal from Syria"), or attacks (an origin).
FROM_AGENT_ROOTS: frozenset[str] = frozenset(
    {"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13", "17"}
)
# Roots of events whose "of" names who acts when the subject wins or receives them ("won the backing of X",
# "gained the approval of X"); a disapproval's "of" is more often what is judged ("drew criticism of the
# war").
RECEIVED_OF_AGENT_ROOTS: frozenset[str] = frozenset({"05"})
# An act of cooperation only agreed to, promised or offered ("agreed to cooperate", "pledged to provide
# aid") is an intent to cooperate (03), coded by the kind of act intended (CAMEO 031-039): the longest
# prefix of the act's code listed here names its intent ("provide aid" 070 -> 033, "mediate" 045 -> 039,
# "withdraw troops" 0874 -> 0356). Roots of hostility have no intent to cooperate: none listed.
_INTENT_OF_ACT: dict[str, str] = {
    "04": "036",  # meet or negotiate
    "045": "039",  # mediate
    "05": "032",  # diplomatic cooperation
    "06": "031",  # material cooperation
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",  # aid
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",  # yield
    "081": "0351",
    "082": "0352",
    "083": "034",  # political reform
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}


# A measure put off ("put off imposing duties on X", "agreed to hold up sanctions against Y") is eased for
# the time, coded by the measure's kind: the CAMEO code of easing what a code imposes, by its longest listed
# prefix ("impose embargo, boycott or sanctions" 163 -> "ease economic sanctions" 085, "impose
# administrative sanctions" 172 -> "ease administrative sanctions" 081). Any other deed put off is no event.
_EASING_OF_MEASURE: dict[str, str] = {
    "163": "085",
    "172": "081",
}


def eased_by_deferral(code: str) -> str | None:
    """The CAMEO code of putting off an act of this code ("163" -> "085"), or None where putting it off is
    no event CAMEO codes (a visit, a shipment)."""
    for size in range(min(len(code), 3), 1, -1):
        if (eased := _EASING_OF_MEASURE.get(code[:size])) is not None:
            return eased
    return None


def intent_to(code: str) -> str | None:
    """The CAMEO code of the intent to do an act of this code ("060" -> "031"), or None for an act no
    intent to cooperate is coded by (a statement, an appeal, a hostile act)."""
    for size in range(min(len(code), 3), 1, -1):
        if (intent := _INTENT_OF_ACT.get(code[:size])) is not None:
            return intent
    return None


_SPACES = re.compile(r"[\s_]+")
LEXICON_FILE = "cameo.tsv"
COLUMNS = ("pos", "lemma", "particle", "argument", "code", "note")
SECTORS_FILE = "sectors.tsv"
# context=@CLASS: a class a noun of the verb's sentence names (noun_classes: "intervened heavily since the
# dollar fell" is about a currency, no force); it ranks below any condition on an argument or a particle
# purpose=@CLASS: the object of the verb's "for" of purpose ("went to Moscow for talks": @talks), beside its
# own particle's object
# direct=@CLASS: the verb's direct object even on a row with a particle, whose object= reads the particle's
# ("moved warships into the Gulf": what is moved, not where; "moved into Kuwait" has none); direct=@none: the
# verb has no direct object ("applied to the ministry" asks it, "applied pressure to X" takes the noun's code)
NO_DIRECT_OBJECT = "@none"
ARGUMENT_ROLES = ("object", "agent", "context", "purpose", "direct")
# Classes an argument condition may name besides a word: the entity's type, whether it is a state or one of
# its organs, a force of nature (words.tsv natural_forces),
# and the CAMEO sector of its head noun (sectors.tsv).
ENTITY_TYPE_CLASSES = frozenset({"@PERSON", "@GPE", "@ORG", "@NORP", "@LOC", "@FAC", "@EVENT"})
# @restricts: a document (law, decree, order) that a verb of restriction describes (arguments.sense_words)
# @capital: a place that is a state's capital ("flew to Beijing"), where a visit to the state is paid
# @official: a person the text gives an office of the state they act for ("French President X")
# @possessor: an argument that owns the thing acted on ("questioned the President's power"), not the thing
# @ill, @market, @currency: an ill or abstraction fought without a foe ("inflation", words.tsv fought_ills), a
# market or price (words.tsv market_words), a currency (entity_words.tsv currency_words): read off a noun's
# word by noun_classes; @reprisal a noun of reprisal (words.tsv reprisal_words: "reprisals", "retaliation");
# @rebuff a noun of reception a word before it makes cold ("a frosty reception": objects._rebuff);
# @arms a noun of arms (words.tsv arms_words: "weapons", "missiles"), which shipped or sent are military aid;
# @trade a noun of trade or its measures (words.tsv trade_words: "tariffs", "imports");
# @goods goods of trade ("oil", "wheat", "30 pct of its crude oil imports": objects.traded_goods), read off
# the noun by objects.verb_arguments;
# @talks a noun of consultation (one this lexicon codes 04 as a noun: "talks", "a meeting", "a visit"), read
# off the noun by objects.verb_arguments for purpose= rows ("went to Moscow for talks" visits);
# @contest a fight, battle or war the word before it makes a contest with no force, a pair this lexicon lists
# with no code ("a legal battle", "a proxy fight", "a trade war": objects.event_words);
# @igo an international body igos.tsv knows ("took the issue to the UN": arguments.sense_words)
# @lender a commercial lender: a firm or a bank (@BUS), or an organisation the text names that is no state's
# body, no international body and has no sector of its own ("Kessel Union has loans to Brazil"): its loans
# are business (061), where a state's or a development body's are aid (arguments.sense_words)
ENTITY_CLASSES = ENTITY_TYPE_CLASSES | {
    "@lender",
    "@ill",
    "@market",
    "@currency",
    "@reprisal",
    "@rebuff",
    "@arms",
    "@trade",
    "@goods",
    "@contest",
    "@igo",
    "@state",
    "@nonstate",
    "@hazard",
    "@restricts",
    "@capital",
    "@official",
    "@possessor",
    "@talks",
    NO_DIRECT_OBJECT,
}
# Words sense_words adds beside @capital and @official: the state of the capital or of the official
# ("capital-of:CHN", "official-of:JPN"), so that an official's own capital is no visit (frame._abroad);
STATE_OF_CAPITAL = "capital-of:"
STATE_OF_OFFICIAL = "official-of:"
# and beside @state for a country named as such ("country-itself:JPN"), so that an official's own state is no
# visit either ("will leave for Japan" of a Japanese minister)
STATE_ITSELF = "country-itself:"
CONSULT_ROOT = "04"  # a noun of this root is @talks
# Aid (07): what a verb of handing over delivers ("provide", "supply", "give", "protect").
# Aid: what a verb of handing over delivers, unless it is words (frame.HANDED_WORD_ROOTS). Aid only vowed is
# an intent to provide aid (033, intent_to), as the gold codes "pledged to help X" (03).
AID_ROOT = "07"
# Fights with conventional military force; a fight of trade or money is none (objects._economic_contest).
FIGHT_ROOT = "19"
PURPOSE_PREP = "for"  # the preposition of purpose a purpose= condition reads ("went to X for talks")
# The sense word (cameo.tsv particle column) a verb of refusal has when it refuses a deed its complement names
# ("are resisting signing X", "refused to meet Y"): the refusal, not the deed, is the event (Clause.code_of),
# and a row may code the refusal of a deed where the bare word is no refusal ("resisted the attack")
REFUSED_DEED = "deed"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class Sense:
    """What selects the sense of an event word: the verb's particle and prepositions ("withdraw from",
    "talk about"), the words and classes of what it acts on, directly ("withdraw troops", "suspend
    parliament", "leave @ORG") or through a preposition ("ask for a resignation"), and those of who acts
    ("troops leave", an attack by a @nonstate actor)."""

    particles: tuple[str, ...] = ()  # the argument's own preposition first, then the verb's others
    # "" (the direct object) or a particle -> the words and classes of that argument
    objects: Mapping[str, frozenset[str]] = field(default_factory=dict)
    agents: frozenset[str] = frozenset()
    # the classes the nouns of the verb's sentence name (sentence_classes), read by context= rows only
    context: frozenset[str] = frozenset()

    def with_particle(self, particle: str) -> Sense:
        return Sense((particle, *self.particles), self.objects, self.agents, self.context)


@dataclass(frozen=True, slots=True)
class Entry:
    particle: str  # "" for any
    # "" for any argument, else "object" (of the particle, else the direct object), "agent", "context",
    # "purpose" or "direct" (the direct object even where the entry has a particle)
    role: str
    value: str  # the word or @class the argument must have
    code: str | None  # None: this reading is no event
    # A second condition both must meet ("object=@PERSON & agent=@PERSON": one person attacking another)
    also: tuple[str, str] | None = None

    def matches(self, sense: Sense) -> bool:
        if self.particle and self.particle not in sense.particles:
            return False
        if self.also is not None and not self._meets(sense, *self.also):
            return False
        return self._meets(sense, self.role, self.value)

    def _meets(self, sense: Sense, role: str, value: str) -> bool:
        if role == "object":
            # The object of a preposition ("withdraw from a treaty"), or for a verb particle, which takes
            # no object of its own, the direct object ("call off the talks").
            objects = sense.objects.get(self.particle) if self.particle in sense.objects else None
            return value in (objects if objects is not None else sense.objects.get("", ()))
        if role == "agent":
            return value in sense.agents
        if role == "context":
            return value in sense.context
        if role == "purpose":
            return value in sense.objects.get(PURPOSE_PREP, ())
        if role == "direct":
            if value == NO_DIRECT_OBJECT:
                # none at all, or only the object of the verb's purpose (objects.verb_arguments)
                direct = sense.objects.get("", ())
                return not direct or NO_DIRECT_OBJECT in direct
            return value in sense.objects.get("", ())
        return True

    def rank(self, sense: Sense) -> tuple[int, int, int, int]:
        """An argument condition outranks a particle, which outranks the bare word; two conditions outrank
        one; of two conditions, a word or a narrow class (@hazard, @state) outranks an entity type (a
        typhoon is an @EVENT too, but what it strikes is no attack); of two particles, the one the sense
        names first (the argument's own preposition) wins."""
        where = sense.particles.index(self.particle) if self.particle else len(sense.particles)
        narrow = bool(self.role) and self.value not in ENTITY_TYPE_CLASSES
        argued = bool(self.role) and self.role != "context"
        specific = 4 * argued + 2 * bool(self.particle) + int(self.role == "context")
        return (specific, int(self.also is not None), int(narrow), -where)


@lru_cache(maxsize=1 << 14)  # pure, and asked of every verb and noun of every clause
def _normalise(word: str) -> str:
    return _SPACES.sub(" ", word.strip().casefold())


@cache
def _lexicon() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """The packaged lexicon, read once."""
    return parse_lexicon(read_table(LEXICON_FILE, COLUMNS, ("pos", "lemma")))


def _arguments(row: Row) -> tuple[tuple[str, str], tuple[str, str] | None]:
    """The row's argument condition, and a second one joined to it by "&" (or None)."""
    first, _, second = row["argument"].partition("&")
    return _argument(row, first.strip()), (_argument(row, second.strip()) if second.strip() else None)


def _argument(row: Row, cell: str) -> tuple[str, str]:
    if not cell:
        return "", ""
    role, _, value = cell.partition("=")
    role, value = role.strip(), value.strip()
    if role not in ARGUMENT_ROLES or not value:
        choices = (
            "object=WORD, object=@CLASS, agent=WORD, agent=@CLASS, direct=WORD, direct=@CLASS, "
            "context=@CLASS or purpose=@CLASS"
        )
        raise row.error(f"argument is {choices}, not {cell!r}")
    if value.startswith("@") and value not in ENTITY_CLASSES and value[1:] not in _sector_names():
        raise row.error(f"unknown class {value!r} (entity types, @state, @nonstate or a CAMEO sector)")
    return role, value if value.startswith("@") else _normalise(value)


def parse_lexicon(rows: Iterable[Row]) -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(pos "V"/"N", lemma) -> its entries in file order; a bad row fails at its line."""
    table: dict[tuple[str, str], list[Entry]] = {}
    seen: set[tuple[str, str, str, str, str, str]] = set()
    for row in rows:
        pos, code = row["pos"], row["code"]
        if pos not in {"V", "N"}:
            raise row.error(f"pos is V or N, not {pos!r}")
        if code and (not code.isdigit() or code[:2] not in CAMEO_ROOTS or len(code) > 4 or len(code) < 2):
            raise row.error(f"not a CAMEO code: {code!r}")
        (role, value), also = _arguments(row)
        particle = _normalise(row["particle"])
        if not code and not particle and not role and not row["note"]:
            # a bare word that is no event in any sense ("receive" a thing) must say why
            raise row.error("a row without a particle, argument or code needs a note saying why")
        key = (pos, _normalise(row["lemma"]), particle, role, value, "=".join(also or ()))
        if key in seen:
            raise row.error(f"duplicate entry {key}")
        seen.add(key)
        table.setdefault(key[:2], []).append(Entry(particle, role, value, code or None, also))
    return {key: tuple(entries) for key, entries in table.items()}


@cache
def _sector_table() -> dict[str, str]:
    """One-word agent nouns (and their singular heads) -> CAMEO sector code, from sectors.tsv (the entity
    readers' table: only its phrase, sector and head columns are read here, whatever else it holds)."""
    out: dict[str, str] = {}
    for row in read_table(SECTORS_FILE, header_of(SECTORS_FILE), ("phrase", "sector")):
        phrase = row["phrase"].lower()
        if " " not in phrase:
            out.setdefault(phrase, row["sector"])
            if row["head"]:
                out.setdefault(row["head"].lower(), row["sector"])
    return out


@cache
def _sector_names() -> frozenset[str]:
    return frozenset(_sector_table().values())


def noun_classes(noun: str, lemma: str) -> frozenset[str]:
    """The classes a common noun names by its word (its form or its lemma): @ill ("inflation"), @market
    ("markets", "prices"), @currency ("the dollar", "the franc"), @reprisal ("revenge"), @arms ("weapons"),
    @trade ("tariffs", "imports"), @talks (a noun of consultation: "talks", "a meeting", "a visit")."""
    words = {_normalise(noun), _normalise(lemma)}
    named = frozenset(name for name, listed in _NOUN_CLASSES if words & listed)
    if any(event_root(word, noun=True) == CONSULT_ROOT for word in words):
        named |= {"@talks"}  # "talks", "consultations", "a meeting", "a visit": purpose= rows
    return named


_NOUN_CLASSES = (
    ("@ill", FOUGHT_ILLS),
    ("@market", MARKET_WORDS),
    ("@currency", CURRENCY_WORDS),
    ("@reprisal", REPRISAL_WORDS),
    ("@arms", ARMS_WORDS),
    ("@trade", TRADE_WORDS),
)


def sentence_classes(lemma: str, nouns: Iterable[tuple[str, str]], *, noun: bool = False) -> frozenset[str]:
    """The classes the nouns of a verb's sentence name (noun_classes of each (form, lemma)), for the verb's
    context= rows, or with `noun` for an event noun's ("took retaliatory action" in a sentence about trade);
    empty, and nothing read, for a word that has none."""
    if not any(entry.role == "context" for entry in _entries("N" if noun else "V", _normalise(lemma))):
        return frozenset()
    return frozenset(name for noun, noun_lemma in nouns for name in noun_classes(noun, noun_lemma))


def sector_of(word: str) -> str | None:
    """The CAMEO sector an agent noun names ("troops" -> MIL, "parliament" -> LEG), or None."""
    return _sector_table().get(_normalise(word))


def _entries(pos: str, word: str) -> tuple[Entry, ...]:
    table = _lexicon()
    entries = table.get((pos, word), ())
    if not entries and pos == "N" and word.endswith("ies") and len(word) > 4:
        entries = table.get((pos, word[:-3] + "y"), ())
    if not entries and pos == "N" and word.endswith("s") and len(word) > 3:
        entries = table.get((pos, word[:-1]), ())
    prefix, hyphen, stem = word.partition("-")
    if not entries and hyphen and prefix in HYPHEN_PREFIXES and stem:
        # "co-ordinate" is "coordinate"; "re-examine" examines again, the same event ("same")
        entries = _entries(pos, prefix + stem)
        if not entries and HYPHEN_PREFIXES[prefix] == "same":
            entries = _entries(pos, stem)
    return entries


def listed_noun(words: str) -> bool:
    """Does the lexicon list this noun at all, as an event or as no event ("trade war": no fight)?"""
    return bool(_entries("N", _normalise(words)))


def has_particle(lemma: str, particle: str) -> bool:
    """Does the lexicon list the verb with this particle ("step down", "call off")?"""
    word = _normalise(particle)
    return any(entry.particle == word for entry in _entries("V", _normalise(lemma)))


@lru_cache(maxsize=1 << 12)
def verb_roots(lemma: str) -> frozenset[str]:
    """The CAMEO roots a verb has in any reading without a particle, whatever its arguments ("sink": 19, by
    forces; "destroy": 17 and 19): what kinds of deed the verb can be."""
    entries = _entries("V", _normalise(lemma))
    return frozenset(entry.code[:2] for entry in entries if entry.code and not entry.particle)


def event_code(
    lemma: str, *, noun: bool = False, particle_or_prep: str | None = None, sense: Sense | None = None
) -> str | None:
    """The CAMEO code (2-4 digits, e.g. "163") for a verb lemma, or for an event noun when `noun` is set.

    The most specific entry that fits decides: one whose argument condition the `sense` meets, then one
    whose particle or preposition it has ("call for", "pull out", "withdraw from"), then the bare word.
    Nouns may be multi-word ("arrest warrant") and plural nouns fall back to their singular ("sanctions"
    is listed, "meetings" finds "meeting").
    """
    if sense is None:
        return _code_of_words(lemma, noun, particle_or_prep)
    if particle_or_prep:
        sense = sense.with_particle(_normalise(particle_or_prep))
    best = best_reading(lemma, noun=noun, sense=sense)
    return best.code if best else None


def best_reading(lemma: str, *, noun: bool = False, sense: Sense) -> Entry | None:
    """The lexicon entry that decides the word's reading in this sense, or None when no entry fits. An
    entry with no code is a reading that is no event ("a trip to a city"), unlike a word with no entry."""
    word = _normalise(lemma)
    best: Entry | None = None
    for entry in _entries("N" if noun else "V", word) if word else ():
        if entry.matches(sense) and (best is None or entry.rank(sense) > best.rank(sense)):
            best = entry
    return best


_NO_SENSE = Sense()


@lru_cache(maxsize=1 << 15)
def _code_of_words(lemma: str, noun: bool, particle_or_prep: str | None) -> str | None:
    """event_code without a sense: the same words always give the same code (most calls are these)."""
    return event_code(lemma, noun=noun, particle_or_prep=particle_or_prep, sense=_NO_SENSE)


def event_root(
    lemma: str, *, noun: bool = False, particle_or_prep: str | None = None, sense: Sense | None = None
) -> str | None:
    """The two-digit CAMEO root ("01".."20") for a verb lemma or event noun, or None if not an event word."""
    code = event_code(lemma, noun=noun, particle_or_prep=particle_or_prep, sense=sense)
    return code[:2] if code else None


def root_name(root: str) -> str | None:
    """CAMEO root name for a code of any depth: "163" -> "reduce relations"."""
    return CAMEO_ROOTS.get(root[:2])


def lexicon_size() -> int:
    """How many entries the lexicon holds."""
    return sum(len(entries) for entries in _lexicon().values())
