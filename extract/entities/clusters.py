"""Entities: mentions of one article clustered into canonical real-world things with stable ids.

"Kerry" and "John Kerry" are one person; "U.S.", "the United States" and "American" are one country.
Pronouns and nominal references are resolved later (extract/coref.py) onto these clusters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from geokg.extract.entities.actors import STATE_SECTORS, with_actors
from geokg.extract.entities.countries import (
    Country,
    adjective,
    all_countries,
    country_by_code,
    lookup_country,
)
from geokg.extract.entities.events import event_label
from geokg.extract.entities.former_places import adjective_then, body_then, name_then, state_then
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import (
    Mention,
    find_mentions,
    fold,
    headline_end,
    is_form_before_name,
    is_legal_form,
    is_person_honorific,
    names_a_firm,
    summit_group_label,
)
from geokg.extract.entities.organisations import (
    COMPANY_KIND,
    arm_state,
    body_sector,
    generic_institution,
    lookup_organisation,
    named_as_outlet,
    party_name,
)
from geokg.extract.entities.places import place_country
from geokg.extract.entities.retyping import analysts_firm, clipped_in_brackets
from geokg.extract.entities.titles import is_role_word, sex_of_title
from geokg.extract.lexicon.entity_words import (
    BODY_HEADS,
    BODY_TAILS,
    CHAMBER_NOUNS,
    COMPANY_NAME_ENDS,
    COMPANY_NAME_STARTS,
    FACILITY_NOUNS,
    FIRM_NAME_ANDS,
    FIRM_SECTOR_WORDS,
    FIRM_TRADE_ENDS,
    FOREIGN_NAME_JOINS,
    FORMING_VERBS,
    GIVEN_NAMES,
    KIN_NOUNS,
    LAW_HEADS,
    LEGAL_FORM_KEYS,
    MONARCH_TITLES,
    NAME_JOINS,
    NAME_SUFFIXES,
    NAMING_VERBS,
    ORGANISATION_HEADS,
    OTHER_BODY_WORDS,
    PARTY_ROLES,
    PLACE_KIND_NOUNS,
    PLACE_NAMED_BANK_HEADS,
    ROYAL_KIN_TITLES,
    WIFE_NOUNS,
)
from geokg.extract.lexicon.words import (
    COMPANY_NOUNS,
    DIRECTIONS,
    FEMALE_WORDS,
    FOREIGN_INITIAL_SKIP_WORDS,
    GENERIC_INSTITUTIONS,
    GROUP_FORMS,
    INITIAL_SKIP_WORDS,
    MALE_WORDS,
    NAME_PARTICLES,
    ORG_SUFFIXES,
    ORGANISATION_VARIANTS,
)
from geokg.extract.records import Entity
from spacy.tokens import Doc, Span, Token

_TYPE_PREFIX = {
    "PERSON": "person",
    "ORG": "org",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "event",
}


PLACE_ID_PREFIX = "place:"


def _facility_name(text: str) -> bool:
    """A name of two words or more ending in a head noun of facilities ("Tahrir Square"; a lone "Square"
    may be a surname)."""
    words = text.split()
    return len(words) > 1 and FACILITY_NOUNS.get(words[-1].lower()) == "FAC"


# entity_id, _generic_body and slug are pure in their strings; a cluster's id asks them on every use.
@lru_cache(maxsize=1 << 14)
def entity_id(label: str, entity_type: str) -> str:
    """The canonical id of a non-country entity: its kind and its slugged label ("person:john_kerry")."""
    return f"{_TYPE_PREFIX.get(entity_type.upper(), 'thing')}:{slug(label)}"


@lru_cache(maxsize=1 << 14)
def _generic_body(label: str) -> str | None:
    """The institution every state has that a name with its state's words names: "Tunisian Parliament",
    "Parliament of Tunisia", "US Senate" -> "parliament", "parliament", "senate"."""
    words = label.split()
    if " of " in f" {label} ":
        cut = words.index("of")
        if lookup_country(" ".join(words[cut + 1 :])) is not None:
            words = words[:cut]
    for size in (3, 2, 1):
        if len(words) > size and lookup_country(" ".join(words[:size])) is not None:
            words = words[size:]
            break
    rest = fold(" ".join(words))
    return rest if generic_institution(rest) and rest != fold(label) else None


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_") or "unnamed"


@dataclass
class Cluster:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None  # ISO-3 when the cluster is a country
    country_name: str | None = None
    canonical: str | None = None  # from ORGANISATION_VARIANTS
    affiliation: str | None = None  # ISO-3 of the state a person or organisation acts for
    titled: bool = False  # some mention follows a personal title ("Chancellor Olaf Scholz")
    addressed: bool = False  # some mention follows an honorific only persons bear ("Mr", "Dr")
    scope: str = ""  # the article: a bare "Parliament" is that article's parliament, not every country's
    sector: str | None = None  # CAMEO sector of a state body or unnamed actor ("LEG", "MIL")
    fixed_type: str | None = None  # a type the evidence settles against the tagger ("Omsk" is a place)
    actor: str | None = None  # an unnamed actor's name without its state ("military"): ids by state
    bare: bool = False  # an unnamed actor no state word names: the article's state's, or no entity
    named_bare: bool = False  # a named body that also stands for such an actor ("police"): of that state
    placed: bool = False  # an actor named by a place inside its state: its name says it ("Montana residents")
    honorific: str | None = None  # "Mrs": a surname the text gives a woman's title, kept with it in the label
    married_name: str | None = None  # "Howard": the surname of a wife the text names by her first name
    day: str | None = None  # the article's date, for a state's adjective of then ("West German military")
    # Type and label, remembered for the mentions they were worked out from: clustering asks for them
    # often, and mentions are only ever added.
    _memo: dict[tuple[str, int, bool], str] = field(default_factory=dict, repr=False, compare=False)

    def _remembered(self, what: str, work_out: Callable[[], str]) -> str:
        key = (what, len(self.mentions), self.titled)
        if key not in self._memo:
            self._memo[key] = work_out()
        return self._memo[key]

    @property
    def labels(self) -> Counter[str]:
        """NER votes weighted by mention length: "Mahan Air" (ORG) outvotes a stray "Mahan" (PERSON)."""
        votes: Counter[str] = Counter()
        for m in self.mentions:
            votes["ORG" if m.label == "FAC" else m.label] += m.end - m.start
        return votes

    @property
    def type(self) -> str:
        return self._remembered("type", self._type)

    def settle_type(self, entity_type: str) -> None:
        """Fix the type the evidence settles ("Hage Geingob", tagged ORG, is a known office holder)."""
        self.fixed_type = entity_type
        self._memo.clear()

    def _type(self) -> str:
        if self.country:
            return "GPE"
        if self.fixed_type:
            return self.fixed_type
        if any(m.label == "EVENT" for m in self.mentions):
            return "EVENT"  # "Brexit", "anti-Brexit"
        if self.canonical in GROUP_FORMS.values():
            return "NORP"  # "Houthis", whatever the tagger called one of its mentions
        if self.canonical is not None:
            return "ORG"  # the known variants are all organisations ("al-Qaida", "ISIS", "NATO")
        party = lookup_organisation(self.label) if self.mentions else None
        if party is not None and party.kind == "party":
            return "ORG"  # "the Liberal Democrats", whom the tagger may call people
        if _international_body(self.label):
            return "ORG"  # "Mercosur", tagged a place: a body of states is no place
        if is_firm(self):
            return "ORG"  # "Kessel Chemical Industries Ltd ... Kessel Chemical (PERSON) said": a firm's part
        if any(named_as_outlet(m.text) for m in self.mentions):
            return "ORG"  # "the official Peking Review": a paper's name, whatever title stands before it
        if party is not None and party.kind == COMPANY_KIND and not (self.titled or self.addressed):
            return "ORG"  # "Lockheed Martin", tagged a person wherever it stands: a firm the table knows
        if self.titled or any(m.label == "PERSON" and m.end - m.start > 1 for m in self.mentions):
            return "PERSON"
        if any(_facility_name(m.text) for m in self.mentions):
            return "FAC"  # "Al Noor Mosque", "Freedom Plaza": a place things happen at, not an organisation
        votes = self.labels
        if _coined(self.label):
            votes["PERSON"] = 0  # "EastMed", "WhatsApp": a coined name is a project or a company
        # Ties go to the earlier type in this order: organisations are likelier than people in news.
        order = ["ORG", "PERSON", "NORP", "GPE", "LOC"]
        return max(order, key=lambda t: (votes[t], -order.index(t)))

    @property
    def label(self) -> str:
        return self._remembered("label", self._label)

    def _label(self) -> str:
        if self.country_name:
            return self.country_name
        if self.fixed_type == "EVENT":
            # "twin bombings", "the bombings": the fullest wording of the best word names the event
            return event_label([m.text for m in sorted(self.mentions, key=lambda m: m.start)])
        if self.actor:
            if self.placed or not self.affiliation:
                return self.actor
            return f"{adjective_then(self.affiliation, self.day) or adjective(self.affiliation)} {self.actor}"
        if self.canonical:
            return self.canonical
        if self.married_name:
            return f"{self.mentions[0].text} {self.married_name}"
        if self.honorific:
            return f"{self.honorific} {self.mentions[0].text}"
        # The longest form is the most specific ("John Kerry" over "Kerry"); ties go to the most frequent.
        # A named body that also stands for an unnamed actor keeps its name ("Harbour City Police", not
        # "police officer").
        named = [m for m in self.mentions if m.actor is None] or self.mentions
        counts = Counter(m.text for m in named)
        return max(counts, key=lambda t: (len(t.split()), counts[t], -len(t)))

    @property
    def id(self) -> str:
        if self.country:
            return f"country:{self.country}"
        base = entity_id(self.label, self.type)
        if self.actor:
            # "Turkish troops" in one article and "Turkey's army" in another are one actor; an event is its
            # article's.
            base = entity_id(self.label if self.type == "EVENT" else self.actor, self.type)
            local = self.type == "EVENT" or not self.affiliation
            qualifier = slug(self.scope or "unknown") if local else str(self.affiliation).lower()
            if self.type == "EVENT" and "#" in self.actor:
                # another event of the same label the article tells apart ("an attack in X ... another
                # attack in Y", events.py numbers its key): an entity of its own
                qualifier += "_" + self.actor.rsplit("#", 1)[1]
            return f"{base}@{qualifier}"
        generic = _generic_body(self.label) if self.affiliation else None
        if generic:
            # "the Tunisian Parliament" and a bare "parliament" of Tunisia are one body.
            return f"{entity_id(generic, self.type)}@{self.affiliation.lower()}"
        if generic_institution(self.label):
            # "Parliament" in a Serbian story and in a British one are two bodies.
            qualifier = self.affiliation.lower() if self.affiliation else slug(self.scope or "unknown")
            return f"{base}@{qualifier}"
        if self.affiliation and base.startswith(PLACE_ID_PREFIX):
            # "Vienna, Va." and the Austrian capital are two places of one name: a place's id carries the
            # state it lies in where the article says or the gazetteer knows it; one of no known state
            # keeps the name's id.
            return f"{base}-{self.affiliation.lower()}"
        return base

    def to_entity(self) -> Entity:
        aliases = tuple(sorted({m.text for m in self.mentions}))
        return Entity(
            id=self.id,
            label=self.label,
            type=self.type,
            country=self.country or self.affiliation,
            aliases=aliases,
            mentions=len(self.mentions),
            sector=self.sector,
        )


def _international_body(name: str) -> bool:
    """A name the table of international bodies knows that names no place as well ("Mercosur", "ASEAN"; not
    "Brussels", a city the EU is also called by)."""
    return lookup_igo(name) is not None and not place_country(name).known


_SURNAME_PREFIX = re.compile(r"^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z]")
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]")
# "Moon Jae-in", "Park Won-soon": a family name, then a given name of two hyphened syllables.
_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")


def _coined(label: str) -> bool:
    """A one-word name with a capital inside ("EastMed") that no surname prefix explains ("McGurk")."""
    return " " not in label and bool(_INNER_CAPITAL.match(label)) and not _SURNAME_PREFIX.match(label)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w not in INITIAL_SKIP_WORDS)


# A French or Italian article or "of" elided onto the word after it ("l'Union", "d'Italia"), lower case: a
# capital "D'" opens a surname ("D'Amato").
_ELIDED = re.compile(r"^[ld]['’](?=\w)")
# What an acronym of a foreign name skips besides the English words: its particles, its "and"s and its
# articles ("Banque de l'Union Mediterraneenne" is BUM, "Banco Bilbao y Vizcaya" BBV)
_FOREIGN_SKIP = frozenset(
    fold(w) for w in INITIAL_SKIP_WORDS | FOREIGN_NAME_JOINS | FIRM_NAME_ANDS | FOREIGN_INITIAL_SKIP_WORDS
)


def spells(acronym: str, name: str) -> bool:
    """Does `acronym` ("BUM") spell the name as written ("Banque de l'Union Mediterraneenne"), skipping the
    words an acronym skips in English or in the name's own language?"""
    words = fold(name).split()
    return len(words) > 1 and acronym.lower() in (_initials(words), _foreign_initials(name))


def _foreign_initials(text: str) -> str:
    """ "bum" of "Banque de l'Union Mediterraneenne": the initials of a name as written, skipping the
    particles, "and"s and articles of French, Spanish, Portuguese, Italian and German names and the article
    elided onto a word. The key folds "l'Union" to "lunion", whose initial is the article's."""
    words = (fold(_ELIDED.sub("", w)) for w in text.split())
    return "".join(w[0] for w in words if w and w not in _FOREIGN_SKIP)


def _without_initials(key: str) -> str:
    """ "john r bolton" -> "john bolton": a middle initial does not make another person."""
    words = key.split()
    if len(words) < 3:
        return key
    return " ".join(w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1))


def _without_suffix(words: list[str]) -> list[str]:
    """ "john james conyers jr" -> "john james conyers": a generational suffix is no part of the surname."""
    return words[:-1] if len(words) > 2 and words[-1] in NAME_SUFFIXES else words


# What follows a firm's own name in its full name: words of its trade, "and", its legal form.
_FIRM_TAIL_WORDS = ORG_SUFFIXES | FIRM_SECTOR_WORDS | COMPANY_NAME_ENDS | {"and"}


def is_firm(cluster: Cluster) -> bool:
    """Some mention of the cluster ends in a firm's legal form ("Acme Steel Corp") or opens with one ("PT
    Kestrel Machinery Industries")."""
    return any(
        " " in m.text and (is_legal_form((words := m.text.split())[-1]) or is_form_before_name(words[0]))
        for m in cluster.mentions
    )


def trade_named(cluster: Cluster) -> bool:
    """Some mention of the cluster names a firm by its own first word and words of its trade alone
    ("Kestrel Securities", "Kestrel Tobacco"), without a legal form."""
    return any(names_a_firm(m.text.split()) for m in cluster.mentions)


def _firms_own_word(word: str) -> bool:
    """ "Acme" of "Acme of Canada": one capitalised word that names no kind of body, office or place
    ("Bank of Japan", "Church of England", "Government of Canada" keep their "of")."""
    folded = word.lower()
    generic = ORGANISATION_HEADS | BODY_HEADS.keys() | COMPANY_NOUNS | GENERIC_INSTITUTIONS | OTHER_BODY_WORDS
    return (
        word.istitle()
        and folded not in generic
        and folded not in FIRM_SECTOR_WORDS
        and not is_role_word(folded)
        and lookup_country(word) is None
        and not place_country(word).known
    )


# The tagger's labels of a name it reads as no place: a body's or a person's.
_NAME_LABELS = frozenset({"ORG", "PERSON"})


def _firms_first_word(short: Cluster) -> bool:
    """A one-word name that may be a firm's short name: no state, no title word, and no known place's or
    state's name unless the tagger reads it as a body's or a person's name wherever it stands alone
    ("Delta" of "Delta Instruments Inc", "Nippon" of "Nippon Mutual Insurance Co"); tagged a place, it is
    the place ("Ohio" of "Ohio Edison Co")."""
    word = short.mentions[0].text
    if short.country or not word.istitle() or is_role_word(word.lower()):
        return False
    named_place = lookup_country(word) is not None or place_country(word).known
    return not named_place or all(m.label in _NAME_LABELS for m in short.mentions)


def _shared_by_firms(short: Cluster, names: list[Cluster]) -> bool:
    """ "Delta Instruments Inc and Delta Chemical Corp agreed to merge. Delta will …": a one-word name that
    begins the full names of two firms of the story names neither for sure; it joins none. Unless one firm
    is named by that word and its legal form alone ("Acme GmbH" beside its unit "Acme Technik GmbH"): the
    short name is that one's (_firm_of_its_own_name)."""
    if " " in short.key or _firm_of_its_own_name(short, names) is not None:
        return False
    firms = [
        c
        for c in names
        if c is not short
        and c.type == "ORG"
        and " " in c.key
        and _past_initials(c.key.split())[0] == short.key
        and (is_firm(c) or trade_named(c))
    ]
    return len(firms) > 1


def _firm_of_its_own_name(short: Cluster, names: list[Cluster]) -> Cluster | None:
    """The one firm of the story whose name is the short name and a legal form ("Krupp GmbH" for "Krupp");
    else the one firm the short name opens the name of beside local arms named by a state in brackets
    ("Tokai" of "Tokai Motor Corp" beside "Tokai Motor Manufacturing (USA) Corp"): news names an arm in
    full, with its state, and the parent short."""
    own = [
        c
        for c in names
        if c is not short
        and c.type == "ORG"
        and any(
            len(words := m.text.split()) == 2 and words[0].lower() == short.key and is_legal_form(words[1])
            for m in c.mentions
        )
    ]
    if len(own) == 1:
        return own[0]
    opened = [
        c
        for c in names
        if c is not short
        and c.type == "ORG"
        and " " in c.key
        and c.key.split()[0] == short.key
        and is_firm(c)
    ]
    parents = [c for c in opened if arm_state(c.label) is None]
    return parents[0] if len(parents) == 1 and len(opened) > 1 else None


def _acronym_of_no_other_body(short: Cluster) -> bool:
    """An acronym ("KLM") that names no state, no international body and no body of the tables but a
    firm: the short name of the one whose full name it opens ("KLM Royal Dutch Airlines"), not a larger
    body whose unit's name it opens ("UN Development Agency")."""
    word = short.mentions[0].text
    if short.country or len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    if lookup_igo(word) is not None:
        return False
    known = lookup_organisation(word)
    return known is None or known.kind == "company"


def _past_initials(words: list[str]) -> list[str]:
    """ "olivetti and co" of "c olivetti and co": a firm's name from its first distinctive word, past the
    founder's initials written before it, which news drops when it names the firm short ("Olivetti"), and
    past a legal form written before it ("kestrel machinery" of "pt kestrel machinery": "Kestrel")."""
    start = 1 if len(words) > 2 and words[0] in COMPANY_NAME_STARTS else 0
    while start < len(words) - 1 and len(words[start]) == 1 and words[start].isalpha():
        start += 1
    return words[start:]


def _absorbs(long: Cluster, short: Cluster) -> bool:
    """Does the shorter cluster name the same thing as the longer one (surname, first word, acronym)?"""
    lw, sw = long.key.split(), short.key.split()
    if len(sw) >= len(lw):
        return False
    if long.type == "PERSON" and short.type == "PERSON" and _without_suffix(lw) != lw:
        lw = _without_suffix(lw)  # "john james conyers jr": the surname is "conyers"
        if len(sw) == 2 and lw[0] == sw[0] and lw[-1] == sw[1]:
            # "john conyers" is "john james conyers jr": middle names and suffix are extra. Only with the
            # suffix: without one, a middle name may be a maiden name ("Gloria Morgan Vanderbilt" is the
            # mother of "Gloria Vanderbilt").
            return True
        if len(sw) >= len(lw):
            return False
    # "the Fund" for "Acme Fund Inc", "the Bank" for "Harbour Bank Ltd": a firm's head word again
    head = _head_before_legal_form(lw) if long.type == "ORG" and len(sw) == 1 else None
    if head is not None and head == sw[0] and _bare_body_head(short):
        return True
    # the name before "of" and its state: "supreme council" of "Supreme Council of the United Arab Emirates"
    written = _name_before_its_state(long) if long.type == "ORG" else []
    own = [fold(w) for w in written]
    if long.type in ("LOC", "GPE") and lw[-len(sw) :] == sw and lw[0] in DIRECTIONS:
        return False  # "Europe" is not "Southern Europe": a region's part is named by its direction
    if lw[-len(sw) :] == sw:  # "kerry" in "john kerry", "al assad" in "bashar al assad"
        # but "ruritania north" in "parliament of ruritania north" is the place the body belongs to, and
        # "africa" in "commission for africa" what the body is for, as "emirates" in "supreme council of the
        # united arab emirates" is
        in_state = bool(own) and len(sw) < len(lw) - len(own)
        return lw[-len(sw) - 1] != "of" and lw[-len(sw) - 1] not in NAME_JOINS and not in_state
    if len(sw) == 1 and own[-1:] == sw:
        return True  # "the Council" for "the Supreme Council of the United Arab Emirates"
    if len(sw) == 1 and _bare_body_head(short) and _name_before_its_place(long)[-1:] == sw:
        return True  # "the Bank" for "the Bank of England": of a place the gazetteer knows, no state
    if long.type == "ORG" and lw[: len(sw)] == sw and is_firm(short) and set(lw[len(sw) :]) & LEGAL_FORM_KEYS:
        return False  # "General Electric Co" is not "General Electric Co Plc": each is a firm's full name
    if long.type == "ORG" and lw[: len(sw)] == sw and set(lw[len(sw) :]) <= ORG_SUFFIXES:
        return True  # "mahan" for "mahan air"; but "isis" is not "isis caliphate"
    if len(sw) >= 2 and own == sw:
        return True  # "royal bank" for "royal bank of canada": a body named without its home state
    if _firm_before_of(long, lw, sw):
        return True  # "united bank" for "united bank of africa": a firm named without its "of" part
    if long.type == "ORG" and short.type == "ORG" and len(sw) >= 2 and _named_without_its_state(lw, sw):
        return True  # "chamber of exporters" for "chamber of peru exporters"
    if (
        long.type == "ORG"
        and lw[: len(sw)] == sw
        and is_firm(long)
        and set(lw[len(sw) :]) <= _FIRM_TAIL_WORDS
    ):
        return True  # "acme" and "acme trust" for "acme trust and banking co ltd": the firm's own name
    if (
        long.type == "ORG"
        and len(sw) == 1
        and _past_initials(lw)[0] == sw[0]
        and is_firm(long)
        and _firms_first_word(short)
    ):
        # "Fording" for "Fording River Co", tagged a person or a place or not at all; "Olivetti" for "C.
        # Olivetti and Co"
        return True
    opens = long.type == "ORG" and len(sw) == 1 and len(lw) > 2 and lw[0] == sw[0]
    if opens and lw[-1] in ORG_SUFFIXES and _acronym_of_no_other_body(short):
        return True  # "KLM" for "KLM Royal Dutch Airlines": the acronym a firm's full name opens with
    if own[: len(sw)] == sw and is_legal_form(written[-1]) and (len(sw) > 1 or _firms_first_word(short)):
        # "Acme" and "Acme Corp" for "Acme Corp of Canada": the firm's name without its home
        return set(own[len(sw) :]) <= _FIRM_TAIL_WORDS
    if (
        long.type == "ORG"
        and len(sw) == 1
        and lw[0] == sw[0]
        and trade_named(long)
        and _firms_first_word(short)
    ):
        return True  # "Fording" for "Fording Securities": a firm named by its first word and its trade
    founder = _founders_surname(long, lw) if long.type == "ORG" and len(sw) == 1 else None
    if founder is not None and founder == sw[0] and _firms_first_word(short):
        return True  # "Halvorsen" for "Peter Halvorsen Mfg Co Inc": a firm named for its founder
    if long.type == "ORG" and len(sw) == 1 and _bodys_own_word(lw, sw[0]) and _firms_first_word(short):
        # "customs" for "us customs service": a body by its own word, not an unnamed actor ("police")
        return short.actor is None and not short.named_bare
    # family name first: "Kim" for "Kim Jong Un", "Moon" for "Moon Jae-in"; a Korean-style name
    # (hyphenated given name) owns its bare family name even when the tagger calls that an ORG.
    if (
        long.type == "PERSON"
        and len(sw) == 1
        and lw[0] == sw[0]
        and (
            short.type == "PERSON"
            or any(_FAMILY_FIRST.match(m.text) for m in long.mentions)
            or _unknown_name(short)
        )
    ):
        return True
    letters = _joined_letters(sw)
    if letters and long.type == "ORG" and is_firm(long):
        # "S and P" for "Standard and Poor's Corp": the initials of the firm's name before its legal form,
        # joined by "and" as wire copy writes "&"
        own = list(lw)
        while len(own) > 1 and own[-1] in LEGAL_FORM_KEYS:
            own.pop()
        return letters == _initials(own)
    if len(sw) == 1 and len(sw[0]) >= 2 and short.mentions[0].text.isupper():
        # "sdf" for "syrian democratic forces"; "ici" for "imperial chemical industries plc": a company's
        # legal form after its name is no letter of its acronym
        legal_form = long.type == "ORG" and len(lw) > 2 and lw[-1] in ORG_SUFFIXES
        if sw[0] in {_initials(lw), _initials(lw[:-1]) if legal_form else ""}:
            return True
        # "BUM" for "Banque de l'Union Mediterraneenne": a foreign name's acronym skips its particles and
        # articles as an English one skips "of" and "the"; the particles may also be letters of it ("PDV"
        # for "Petroleos de Venezuela", matched above)
        return long.type == "ORG" and any(
            sw[0] in {spelt, spelt[:-1] if legal_form else ""}
            for spelt in map(_foreign_initials, {m.text for m in long.mentions})
        )
    return False


def _firm_before_of(long: Cluster, lw: list[str], sw: list[str]) -> bool:
    """Is the short name the words of a firm's longer name before its "of" part, ending in a word of its
    trade ("Meridian Bank" for "Meridian Bank of Asia"; data: firm_sector_words)? News names the firm so
    after naming it in full; one word alone ("Meridian") may name another body."""
    if long.type != "ORG" or len(sw) < 2 or len(lw) < len(sw) + 2:
        return False
    return lw[: len(sw)] == sw and lw[len(sw)] == "of" and sw[-1] in FIRM_SECTOR_WORDS


def _named_without_its_state(lw: list[str], sw: list[str]) -> bool:
    """Is the shorter name the longer one with the name of its state left out, from inside or in front
    ("Chamber of Exporters" for "Chamber of Peru Exporters", "Federation of Small Businesses"
    for "Korea Federation of Small Businesses")? A story names the body in full once and shortens it later."""
    return any(
        lw[:i] + lw[j:] == sw and lookup_country(" ".join(lw[i:j]).title()) is not None
        for i in range(len(lw))
        for j in range(i + 1, len(lw) + 1)
    )


def _founders_surname(long: Cluster, words: list[str]) -> str | None:
    """ "halvorsen" of "peter halvorsen mfg co inc": the surname of the person a firm is named for, after a
    given name (and an initial), where words of the firm's trade or its legal form follow. News calls such a
    firm by the surname alone ("Halvorsen will sell ..."); None for a firm of another name."""
    if not (is_firm(long) or trade_named(long)):
        return None
    given = 1 if words[0] in GIVEN_NAMES else 0
    if given and len(words) > 2 and len(words[1]) == 1:
        given = 2  # "peter j halvorsen co": a middle initial
    return words[given] if given and len(words) > given + 1 else None


def _joined_letters(words: list[str]) -> str:
    """ "sp" of "s and p", "aw" of "a and w": single letters joined by "and"; "" for any other key."""
    if len(words) != 3 or words[1] != "and" or len(words[0]) != 1 or len(words[2]) != 1:
        return ""
    return words[0] + words[2] if words[0].isalpha() and words[2].isalpha() else ""


def _head_before_legal_form(words: list[str]) -> str | None:
    """ "fund" of "acme fund inc": the last word of a firm's name before its legal form ("Inc", "Ltd"), the
    head word news uses alone for it ("the Fund said"); None when the name ends in no legal form."""
    own = list(words)
    while len(own) > 1 and own[-1] in LEGAL_FORM_KEYS:
        own.pop()
    return own[-1] if len(own) < len(words) else None


def _name_before_its_state(long: Cluster) -> list[str]:
    """The words of an organisation's name before "of" and a state, as the label or a mention writes them
    ("Supreme Council" of "Supreme Council of the United Arab Emirates", "Acme Corp" of "Acme Corp of
    Canada"); [] when no name of it ends in a state."""
    return _name_before_of(long, lambda rest: lookup_country(rest) is not None)


def _name_before_its_place(long: Cluster) -> list[str]:
    """The folded words of an organisation's name before "of" and a place the gazetteer knows ("bank" of
    "Bank of England"); [] when no name of it ends so."""
    if long.type != "ORG":
        return []
    return [fold(w) for w in _name_before_of(long, lambda rest: place_country(rest).known)]


def _name_before_of(long: Cluster, ends_it: Callable[[str], bool]) -> list[str]:
    """The words of the cluster's label or a mention before an "of" whose rest `ends_it` accepts."""
    for text in (long.label, *(m.text for m in long.mentions)):
        words = text.split()
        for k in range(1, len(words) - 1):
            if words[k].lower() == "of" and ends_it(" ".join(words[k + 1 :])):
                return words[:k]
    return []


def _bodys_own_word(words: list[str], word: str) -> bool:
    """Is the word the one before a body's generic last noun ("customs" of "us customs service",
    "immigration" of "immigration department"; data: body_tails)? News names the body by that word alone
    later."""
    return len(words) >= 2 and words[-2] == word and words[-1] in BODY_TAILS


def _chamber_in_a_seat(long: Cluster, short: Cluster) -> bool:
    """ "House leaders said ... the White House said": a bare chamber ("the House", "the Senate") is no
    short form of a state's body of another kind whose name ends in the chamber's word, a seat of
    government the tables know ("White House", "Blue House"), but a chamber of its own."""
    if short.key.split() != [short.key] or short.key not in CHAMBER_NOUNS or not long.key.endswith(short.key):
        return False
    body = lookup_organisation(long.label)
    return body is not None and body.kind == "state body" and body.sector != "LEG"


def _national_party(long: Cluster, short: Cluster) -> bool:
    """Is the shorter a party the table names ("Democrats" -> "Democratic Party") and the longer no name the
    table gives it? "the Maryland Democratic Party" is a state's branch, not the national party."""
    party = lookup_organisation(short.canonical) if short.canonical else None
    if party is None or party.kind != "party":
        return False
    longer = lookup_organisation(long.label)
    return longer is None or longer.name != party.name


def _of_other_states(long: Cluster, short: Cluster) -> bool:
    """Do the two names carry two states ("Japanese Foreign Ministry", "Chinese [Foreign Ministry]")? Then
    they are two states' bodies, however alike their names."""
    return bool(long.affiliation and short.affiliation and long.affiliation != short.affiliation)


_REGNAL_NUMBER = re.compile(r"^[ivx]+$")


def _royal_of_another_name(doc: Doc, long: Cluster, short: Cluster) -> bool:
    """ "Prince Ruprecht" is not "Ruprecht Meyer" named earlier: a royal is called by a title and given name,
    everyone else by the family name, so a given name only ever written after a royal title names someone
    other than a commoner whose full name opens with it. A regnal number or a patronymic ("King Olaf" for
    "Olaf V", "Sheikh Khalid" for "Khalid bin Zayed") still lets the longer name be the royal's."""
    lw, sw = long.key.split(), short.key.split()
    if long.type != "PERSON" or len(sw) != 1 or len(lw) != 2 or lw[0] != sw[0] or _REGNAL_NUMBER.match(lw[1]):
        return False
    return all(_after_royal_title(doc, m) for m in short.mentions) and not any(
        _after_royal_title(doc, m) for m in long.mentions
    )


def _after_royal_title(doc: Doc, mention: Mention) -> bool:
    """Is the mention written after a monarch's or a royal's title ("Prince X", "the Queen's son King X")?"""
    words = [t.lower_ for t in doc[max(0, mention.start - 1) : mention.end - 1]]
    return any(w in MONARCH_TITLES or w in ROYAL_KIN_TITLES for w in words)


def _named_apart(doc: Doc, long: Cluster, short: Cluster) -> bool:
    """ "X agreed to buy Y; the combined company, to be called Y Holdings, …", "Y's parent, Y Group": a
    company's name that starts with a shorter one and that the text gives to a new body, or to another's
    parent or unit, names that other body, not the company the shorter name is."""
    lw, sw = long.key.split(), short.key.split()
    if long.type != "ORG" or lw[: len(sw)] != sw:
        return False
    return any(_names_another_body(doc[m.start : m.end].root) for m in long.mentions)


def _names_another_body(name: Token) -> bool:
    """Is the name given to a new or related body: in apposition to it ("a new company, X Holdings"; "X
    Group, the parent of …"), by a verb of naming ("the combined company, to be called X"), or as what a
    verb of forming brings into being ("the merger will form X", "X will be created")?"""
    if name.dep_ in ("dobj", "nsubjpass") and name.head.lemma_.lower() in FORMING_VERBS:
        return True
    bodies = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        bodies.append(name.head)
    elif name.dep_ in ("oprd", "attr", "xcomp") and name.head.lemma_.lower() in NAMING_VERBS:
        verb = name.head
        bodies += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl"):
            bodies.append(verb.head)  # "the combined company, to be called X": the noun the clause is on
    return any(_another_body(body) for body in bodies)


def _another_body(noun: Token) -> bool:
    """ "the combined company", "a new firm", "its parent", "a subsidiary": a body other than the one an
    older or shorter name of the text is."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
    return any(w.lower_ in OTHER_BODY_WORDS or w.lemma_.lower() in OTHER_BODY_WORDS for w in words)


def _inner_name_of(long: Cluster, short: Cluster) -> bool:
    """ "Ricardo Rosselló Nevares … Rosselló said", "Andrés Manuel López Obrador … López": Spanish and
    Portuguese names carry two surnames, and news shortens them to the first, the second-to-last word of a
    name of three or more words; "Luiz Inácio Lula da Silva … Lula said": a name known by a byname inside
    it, past the given names (the third word or later). The bare word (one capitalised word, tagged a
    person or, as often, an organisation) is that person; "Nevares" alone is the last word, which the
    suffix rule already joins. Tried only when no name ends in the word: then it is no one's surname but
    this one's. "Paulo de Castro Meireles … de Castro praised": a particle-led run of the name's inner words
    (its first surname with its particle) is that person too."""
    lw, sw = long.key.split(), short.key.split()
    if long.type == "PERSON" and len(sw) >= 2 and _particle_led_inner_run(lw, sw):
        return short.type in ("PERSON", "ORG") and all(m.country is None for m in short.mentions)
    if long.type != "PERSON" or len(lw) < 3 or len(sw) != 1 or len(sw[0]) < 3:
        return False
    if lw[-2] != sw[0] and sw[0] not in lw[2:-1]:
        return False
    return short.type in ("PERSON", "ORG") and all(
        m.text.istitle() and " " not in m.text and m.country is None for m in short.mentions
    )


def _particle_led_inner_run(lw: list[str], sw: list[str]) -> bool:
    """Is `sw` ("de castro") a run of the words of `lw` ("paulo de castro meireles") past its given name,
    opened by a name's particle and ending before its last word (a run to the end is the suffix rule's)?"""
    if sw[0] not in NAME_PARTICLES or sw[-1] in NAME_PARTICLES:
        return False
    return any(lw[i : i + len(sw)] == sw for i in range(1, len(lw) - len(sw)))


def _compound_head(word: Token) -> Token:
    """The noun a name modifies as the first words of one name: "House" of "[Japan's] House Speaker X" ->
    "X". A state's word before the whole phrase ("Japan's House Speaker X") modifies the name in it too:
    the House is Japan's, whichever word the parser hangs the possessive on."""
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    return word


def _acronym_owner(name: str, acronym: str) -> str:
    """ "the Parliament of Ruritania North (RN)": a bracketed acronym spelling the place after "of", not
    the whole name, is the place's short form; the body keeps its own name ("Organisation of Islamic
    Cooperation (OIC)" spells the whole and stays the body's)."""
    words = name.split()
    if _initials([w.lower() for w in words]) == acronym.lower() or "of" not in words[1:-1]:
        return name
    tail = words[len(words) - 1 - words[::-1].index("of") + 1 :]
    return " ".join(tail) if _initials([w.lower() for w in tail]) == acronym.lower() else name


def _hyphen_pair(text: str) -> bool:
    parts = text.split("-")
    return " " not in text and len(parts) == 2 and all(p[:1].isupper() for p in parts)


def _introduced_as_kin(doc: Doc, cluster: Cluster) -> bool:
    """ "his daughter Nettie Ruiz", "Ruiz's widow, Ana Ruiz": every mention names the person as somebody's
    relative, the way news names a family member it quotes, not the person the story is about."""
    for m in cluster.mentions:
        i = m.start - 1
        while i >= 0 and doc[i].is_punct:
            i -= 1
        if i < 0 or doc[i].lemma_.lower() not in KIN_NOUNS:
            return False
    return True


def _told_sex(doc: Doc, cluster: Cluster) -> str | None:
    """ "m" or "f" when the word right before the person's names says it, alike each time: a title ("Mr
    Ruiz", "Mrs Ruiz") or a relative's noun ("her husband, Luis Ruiz")."""
    told: set[str] = set()
    for m in cluster.mentions:
        i = m.start - 1
        while i >= 0 and doc[i].is_punct:
            i -= 1
        if i < 0:
            continue
        lemma = doc[i].lemma_.lower()
        kin = "f" if lemma in FEMALE_WORDS & KIN_NOUNS else "m" if lemma in MALE_WORDS & KIN_NOUNS else None
        sex = sex_of_title(doc[i]) or kin
        if sex is not None:
            told.add(sex)
    return told.pop() if len(told) == 1 else None


def _other_sex(doc: Doc, one: Cluster, other: Cluster) -> bool:
    """Do the words before their names tell the two of different sexes ("her husband, Luis Ruiz" and "Mrs
    Ruiz")? Then they are two people."""
    sexes = {_told_sex(doc, one), _told_sex(doc, other)}
    return sexes == {"f", "m"}


def _bearer_named_before(doc: Doc, short: Cluster, candidates: list[Cluster]) -> Cluster | None:
    """ "Ana Ruiz … Ruiz said … her brother Luis Ruiz …": news uses a bare surname for the person it has
    introduced; a relative named later keeps his full name, and so does one introduced as a relative
    ("Ana Ruiz died … her son Luis Ruiz confirmed … Ruiz had been ill"). None when two bearers came first.
    A surname with a man's or a woman's title is no bearer the text names as of the other sex, and is the
    one it names as of its own ("Ana Ruiz … her husband, Luis Ruiz … Mr Ruiz said" is Luis)."""
    first_use = min(m.start for m in short.mentions)
    # "the Ruiz-Ortega debate": names paired by a hyphen are no bearer of the second name.
    bearers = [c for c in candidates if not all(_hyphen_pair(m.text) for m in c.mentions)]
    sex = _told_sex(doc, short)
    if sex is not None:
        bearers = [c for c in bearers if _told_sex(doc, c) in (None, sex)]
        alike = [c for c in bearers if _told_sex(doc, c) == sex]
        if len(alike) == 1 and min(m.start for m in alike[0].mentions) < first_use:
            bearers = alike
    named = [c for c in bearers if not _introduced_as_kin(doc, c)]
    bearers = named or bearers
    earlier = [c for c in bearers if min(m.start for m in c.mentions) < first_use]
    if _bare_body_head(short) and all(c.type == "ORG" for c in candidates):
        return _body_named_last(earlier, first_use)
    if len(earlier) != 1 or short.type != "PERSON" or any(c.type != "PERSON" for c in candidates):
        return None
    return earlier[0]


def _bare_body_head(short: Cluster) -> bool:
    """ "the Commission", "the Agency", "the Board": a body's head word alone, capitalised, as news names
    again the body it has just named in full (data: organisation_heads)."""
    return (
        short.type == "ORG"
        and len(short.key.split()) == 1
        and short.key in ORGANISATION_HEADS
        and all(m.text.istitle() for m in short.mentions)
    )


def _body_named_last(bodies: list[Cluster], first_use: int) -> Cluster | None:
    """Of the bodies named in full before a bare head word that ends all their names ("Japan's Fair Trade
    Commission met the European Commission … the Commission said"), the one named last before it."""
    if not bodies:
        return None
    return max(bodies, key=lambda c: max(m.start for m in c.mentions if m.start < first_use))


def _wife_of(doc: Doc, m: Mention, surname: str) -> bool:
    """ "Howard's wife Sandra", "Mr Howard and his wife, Sandra": the name just after a wife's noun whose
    owner is the bearer of the surname, by name or as "his" after him in the same sentence."""
    i = m.start - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in WIFE_NOUNS:
        return False
    owners = [c for c in doc[i].children if c.dep_ == "poss"]
    if len(owners) != 1:
        return False
    owner = owners[0]
    if owner.lower_ != "his":
        return owner.text == surname
    # "Mr Lind met Mr Roe and his wife Ana": "his" is the nearest man named before it
    named = [t for t in doc[doc[i].sent.start : owner.i] if t.ent_type_ == "PERSON"]
    return bool(named) and named[-1].text == surname


def _unknown_name(cluster: Cluster) -> bool:
    """A one-word name the tagger took for a place or a body that no table knows as one ("Zhai said", after
    "Zhai Guang Ming"): with a person named by it first, it is that person's family name."""
    word = cluster.mentions[0].text
    return (
        cluster.type in ("GPE", "LOC", "ORG")
        and lookup_country(word) is None
        and not place_country(word).known
        and lookup_organisation(word) is None
        and lookup_igo(word) is None
    )


def _written_as_place(doc: Doc, cluster: Cluster) -> bool:
    """Is the name, tagged a place, written with the state or district it lies in ("Washington, D.C.",
    "Austin, Texas")? Then it is a town, whoever else bears the name."""
    if cluster.type not in ("GPE", "LOC"):
        return False
    return any(
        m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].ent_type_ == "GPE"
        for m in cluster.mentions
    )


def _named_body_of(bare: Cluster, names: list[Cluster]) -> Cluster | None:
    """ "The Harbour City Police Service arrested … Police said …": an unnamed actor with no state word
    ("police") is the one body of that kind the article names, not a generic national actor."""
    if not bare.bare or bare.actor is None or bare.actor == "state" or bare.sector not in STATE_SECTORS:
        return None
    word = fold(bare.actor)
    bodies = [
        c
        for c in names
        if c.actor is None
        and not c.country
        and c.type == "ORG"
        and c.key != word
        and _headed_by(c.key.split(), word)
    ]
    return bodies[0] if len(bodies) == 1 else None


# Determiners by which a noun points back to something named before ("the bill", "this bill").
_BACK_DETERMINERS = frozenset({"the", "this", "that"})


def _named_law_of(doc: Doc, event: Cluster, names: list[Cluster]) -> Cluster | None:
    """ "Governor X signed the Harbour Safety Act … The bill bans …": an article's unnamed document whose
    noun is the last word of a law's name ("bill", "act") is the one law the article names, when every
    mention of it is definite ("the bill", "this bill", never "a bill") and comes after that name. None when
    the article names two laws (which one the bill is, the text alone says)."""
    if event.actor is None or event.fixed_type != "EVENT" or fold(event.actor) not in LAW_HEADS:
        return None
    laws = [c for c in names if c.actor is None and not c.country and _names_a_law(c)]
    if len(laws) != 1:
        return None
    first = min(m.start for m in laws[0].mentions)
    for m in event.mentions:
        noun = doc[m.end - 1]
        dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
        if m.start < first or len(dets) != 1 or dets[0] not in _BACK_DETERMINERS:
            return None
    return laws[0]


def _names_a_law(cluster: Cluster) -> bool:
    """A law's name of two words or more ending in a law's noun ("Patriot Act", "Clean Water Bill")."""
    return any(
        len(words := m.text.split()) >= 2 and words[-1].lower() in LAW_HEADS and words[-1].istitle()
        for m in cluster.mentions
    )


def _modifier(span: Span) -> bool:
    """A name that modifies a noun after it ("Western" of "Western non-Muslims"), not a noun phrase's head."""
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.i >= span.end


def _headed_by(words: list[str], word: str) -> bool:
    """ "toronto police", "metropolitan police service", "parliament of ghana" are bodies of the kind
    "police"/"parliament" names; "police officer" and the slogan "defund the police" are not."""
    if words[-1] == word:
        return len(words) < 2 or words[-2] != "the"  # "Defund the Police" is a slogan
    if len(words) > 2 and words[0] == word and words[1] == "of":
        return True
    return len(words) > 2 and words[-2] == word and words[-1] in BODY_TAILS


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)?$")


def _numbered_units(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The 199th FSB supplied the brigade": a number or ordinal before an acronym that heads its phrase
    makes a unit of that number (a battalion, a squadron), not the body the acronym alone may name; the
    unit is a name of its own, with no state the acronym's body would give it."""
    return [
        Mention(m.start - 1, m.end, doc[m.start - 1 : m.end].text, "ORG", None) if _numbered(doc, m) else m
        for m in mentions
    ]


def _numbered(doc: Doc, mention: Mention) -> bool:
    """Is the mention an acronym a number before it numbers? Not where the acronym modifies the noun after
    it ("the 25th UN climate conference": the body's), nor after a year ("in 2019 NATO met"), nor a
    country's."""
    word = doc[mention.start]
    if mention.end - mention.start != 1 or mention.country is not None or mention.start == 0:
        return False
    number = doc[mention.start - 1]
    acronym = len(word.text) > 1 and word.text.isupper() and word.dep_ not in ("compound", "nmod")
    numbers = bool(_ORDINAL.match(number.text)) and number.head.i == word.i and number.ent_type_ != "DATE"
    return acronym and numbers


@lru_cache(maxsize=1)
def _shared_tails() -> dict[str, frozenset[str]]:
    """Ends of states' names that two states or more share and that name no state or place alone: "Korea"
    (South and North Korea), "Congo" (the two Congos), "Virgin Islands", folded, with the states that share
    them; not a kind of place ("Islands") nor "Guinea", a state of its own."""
    states: dict[str, set[str]] = {}
    for country in all_countries():
        words = country.name.split()
        for size in range(1, len(words)):
            tail = words[-size:]
            if tail[0][:1].isupper() and tail[0].lower().removesuffix("s") not in PLACE_KIND_NOUNS:
                states.setdefault(" ".join(tail), set()).add(country.iso3)
    return {
        fold(tail): frozenset(codes)
        for tail, codes in states.items()
        if len(codes) > 1 and lookup_country(tail) is None and not place_country(tail).known
    }


def _tails_of_named_states(mentions: list[Mention]) -> list[Mention]:
    """ "South Korea … Korea will cut tariffs": the end of a state's name that another state's name ends
    in too is the one of them the article names ("Korea" in a story naming South Korea and not North
    Korea). Where the article names both, or neither, it stays a place of its own (the peninsula)."""
    named = {m.country.iso3 for m in mentions if m.country is not None}
    found: list[Mention] = []
    for m in mentions:
        sharing = (
            _shared_tails().get(fold(m.text)) if m.country is None and m.label in ("GPE", "LOC") else None
        )
        meant = sharing & named if sharing else set()
        if len(meant) == 1:
            m = replace(m, country=country_by_code(next(iter(meant))))
        found.append(m)
    return found


def _firms_state_words(mentions: list[Mention]) -> list[Mention]:
    """ "Nippon Mutual Insurance Co agreed to buy … Nippon will also receive warrants": a one-word name of a
    state that the tagger reads as a body's or a person's name, where the story names a firm whose full name
    begins with that word, is the firm's short name, not the state; tagged a place or a people it stays the
    state."""
    firsts = {
        fold(m.text.split()[0])
        for m in mentions
        if m.country is None and m.label == "ORG" and names_a_firm(m.text.split())
    }
    return [replace(m, country=None) if _names_a_firm_here(m, firsts) else m for m in mentions]


def _names_a_firm_here(m: Mention, firsts: set[str]) -> bool:
    """Is the mention one word, a state's name, read as a body's or a person's name, that begins the full
    name of a firm of the story (`firsts`, folded)?"""
    one_word = m.end - m.start == 1
    return m.country is not None and m.label in _NAME_LABELS and one_word and fold(m.text) in firsts


def _state_of_the_day(mention: Mention, day: str | None) -> Mention:
    """A capital that stands for its state stands for the state it was the capital of on the article's day:
    "Moscow said" in a 1987 story is the Soviet Union; so is the seat of its government, "the Kremlin said",
    and a body named by the place, "Moscow police" (former_places.py)."""
    if mention.country is not None and mention.label == "GPE":
        then = state_then(mention.text, day, mention.country.iso3)
        return replace(mention, country=country_by_code(then)) if then else mention
    if mention.affiliation is not None and mention.country is None:
        # "Moscow police": a body named by a place is of the place's state of the day
        then = state_then(mention.place or mention.text, day, mention.affiliation.iso3)
        return replace(mention, affiliation=country_by_code(then)) if then else mention
    return mention


def _personal_title_before(before: Token, m: Mention) -> bool:
    """Is the word before a name a personal title ("Chancellor Olaf Scholz", "official Saeb Erekat")? Not
    when it is an adjective ("the official Bank of Brazil": state-run) nor before a body's name: a bank
    named after its place ("Bank of Ghana", "Banco do Brasil") or a name ending in an organisation's head
    ("the official Ghana Central Bank"); nor a verb spelt as a title's plural ("X, who heads Volvo", "X
    chairs Acme": the body led, no person)."""
    if not (before.is_alpha and is_role_word(before.lower_)) or before.pos_ in ("ADJ", "VERB"):
        return False
    if m.label == "ORG" and analysts_firm(before):
        return False  # "market analyst X": a firm of analysts (retyping), no analyst's name
    words = m.text.split()
    if len(words) < 2:
        return True
    bank = words[0].lower() in PLACE_NAMED_BANK_HEADS and words[1].islower()
    if m.label == "ORG" and words[-1].lower() in FIRM_TRADE_ENDS:
        return False  # "owner Ruritania Telecom": a firm's name by its trade, no owner's
    return not bank and not (words[-1].istitle() and words[-1].lower() in ORGANISATION_HEADS)


class MentionClusters:
    """The mentions of one Doc grouped into clusters, before roles have said whom each one acts for.

    Clusters are addressed by their `key` here; their ids are fixed by `finalise`, once the affiliations
    that roles find are known, because an institution's id depends on its state ("Parliament" of Serbia
    is `org:parliament@srb`).
    """

    def __init__(
        self, doc: Doc, mentions: list[Mention] | None = None, scope: str = "", day: str | None = None
    ) -> None:
        self.doc = doc
        self.scope = scope
        self.day = day
        names = find_mentions(doc) if mentions is None else mentions
        names = [_state_of_the_day(m, day) for m in names]
        names = _firms_state_words(_tails_of_named_states(_numbered_units(doc, names)))
        self.mentions = [_state_of_the_day(m, day) for m in with_actors(doc, names)]
        self.mention_of_token = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self._state_keyed: dict[str, str] = {}  # key with the state's word -> the name as written
        self.clusters: list[Cluster] = self._cluster()
        self._cluster_of_mention = {m.start: cl for cl in self.clusters for m in cl.mentions}

    def _mention_starting(self, index: int) -> Mention | None:
        mention = self.mention_of_token.get(index)
        return mention if mention is not None and mention.start == index else None

    def _acronyms(self) -> dict[str, str]:
        """ "the Kurdistan Workers' Party (PKK)": the bracketed short form names the same thing."""
        found: dict[str, str] = {}
        doc = self.doc
        for m in self.mentions:
            if m.country is not None or m.end + 2 >= len(doc):
                continue
            spelt = self._spelt_out(m)
            if doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].text.isupper():
                short = fold(doc[m.end + 1].text)
                named = _acronym_owner(m.text, doc[m.end + 1].text)
                found.setdefault(short, fold(ORGANISATION_VARIANTS.get(fold(named), named)))
            elif clipped_in_brackets(doc, m):
                found.setdefault(fold(doc[m.end + 1].text), fold(m.text))
            elif spelt is not None:
                found.setdefault(fold(m.text), fold(ORGANISATION_VARIANTS.get(fold(spelt.text), spelt.text)))
            elif doc[m.end].text == "," and doc[m.end + 1].lower_ == "or":
                # "the G7, or the Group of Seven,": the second name glosses the first.
                other = self._mention_starting(m.end + 2) or self._mention_starting(m.end + 3)
                # but a word that only modifies the noun after it glosses nothing: "Muslims, or Western
                # non-Muslims" names two groups
                glossing = other is not None and not _modifier(doc[other.start : other.end])
                if other is not None and other.country is None and glossing:
                    found.setdefault(fold(other.text), fold(ORGANISATION_VARIANTS.get(fold(m.text), m.text)))
        return found

    def _spelt_out(self, m: Mention) -> Mention | None:
        """ "NORAD (North American Aerospace Defense Command)", "the CTL (the Chilean Labour Organisation)":
        the name in brackets after an acronym, with or without "the", the acronym's long form (the same
        thing written the other way round from "the X Party (XP)"), which need not spell it (a foreign
        name's)."""
        doc = self.doc
        if m.end - m.start != 1 or not m.text.isupper() or len(m.text) < 2 or doc[m.end].text != "(":
            return None
        named = self._mention_starting(m.end + 1)
        if named is None and m.end + 2 < len(doc) and doc[m.end + 1].lower_ == "the":
            named = self._mention_starting(m.end + 2)  # "the COB (the Ruritanian Labour Organisation)"
        if named is None or named.country is not None or named.end >= len(doc) or doc[named.end].text != ")":
            return None
        return named if len(named.text.split()) > 1 else None

    def _by_key(self) -> dict[str, Cluster]:
        by_key: dict[str, Cluster] = {}
        acronyms = self._acronyms()
        for m in self.mentions:
            if m.country is not None:
                key = f"country:{m.country.iso3}"
                cl = by_key.setdefault(
                    key, Cluster(key=key, country=m.country.iso3, country_name=self.country_name(m.country))
                )
            elif m.actor is not None:
                key = f"actor:{fold(m.actor)}@{m.affiliation.iso3 if m.affiliation else ''}"
                cl = by_key.setdefault(
                    key,
                    Cluster(
                        key=key,
                        sector=m.sector,
                        fixed_type=m.label,
                        actor=m.actor,
                        bare=m.bare,
                        placed=m.place is not None,
                        day=self.day,
                    ),
                )
            elif (owner := self._state_word_before(m)) is not None:
                # "Chinese [Foreign Ministry]" is not the article's "Japanese Foreign Ministry": keyed as
                # if the tagger had kept the state's word in the name
                key = fold(f"{adjective(owner)} {m.text}")
                cl = by_key.setdefault(key, Cluster(key=key))
                self._state_keyed[key] = fold(m.text)
                cl.affiliation = owner
            else:
                folded = fold(m.text)
                canonical = (
                    # "EC" in a 1987 story: the European Community; so is "Brussels" standing for a body
                    (body_then(m.text, self.day) if m.label == "ORG" or m.text.isupper() else None)
                    or ORGANISATION_VARIANTS.get(folded)
                    or summit_group_label(m)  # "G-7", "the seven industrial nations": the Group of Seven
                    or (GROUP_FORMS.get(folded) if m.label in ("NORP", "PERSON", "ORG") else None)
                    or self._party_of_adjective(m)
                    or self._party_short_form(m)
                )
                key = fold(canonical) if canonical else acronyms.get(folded, _without_initials(folded))
                honorific = None if canonical else self._female_title_before(m)
                if honorific is not None:
                    # "Mrs Howard" in a story that also writes "Mr Howard" is another person than he: a
                    # woman's title on a bare surname keeps it apart from the name's other bearers
                    key = fold(f"{honorific} {m.text}")
                cl = by_key.setdefault(key, Cluster(key=key, canonical=canonical, honorific=honorific))
            cl.mentions.append(m)
            if m.affiliation is not None:
                cl.affiliation = m.affiliation.iso3
            before = self.doc[m.start - 1] if m.start > 0 else None
            if m.country is None and before is not None and _personal_title_before(before, m):
                cl.titled = True  # the tagger calls some titled names ORG ("Chancellor Olaf Scholz")
            if before is not None and is_person_honorific(before):
                cl.addressed = True  # "Mr Morgan Stanley": a man of a firm's name
        for cl in by_key.values():
            cl.scope = self.scope
        return by_key

    def _join_wives(self, names: list[Cluster], merged_into: dict[str, Cluster]) -> None:
        """ "Mr Howard and his wife Sandra … Mrs Howard": the woman the story calls by her husband's
        surname with a woman's title is the one it introduced by her first name as his wife, one person
        labelled with both names ("Sandra Howard"). Only when one first name is so introduced; a wife named
        with no "Mrs <surname>" keeps her first name alone, since a wife need not bear her husband's name."""
        for titled in names:
            if titled.honorific is None or titled.key in merged_into:
                continue
            surname = titled.mentions[0].text
            wives = [
                c
                for c in names
                if c.key not in merged_into
                and c.honorific is None
                and c.type == "PERSON"
                and all(m.end - m.start == 1 for m in c.mentions)
                and any(_wife_of(self.doc, m, surname) for m in c.mentions)
            ]
            if len(wives) == 1:
                (wife,) = wives
                wife.mentions.sort(key=lambda m: m.start)
                wife.mentions.extend(titled.mentions)
                wife.married_name = surname
                merged_into[titled.key] = wife

    def _female_title_before(self, m: Mention) -> str | None:
        """ "Mrs", "Ms", "Lady" as written before a one-word name (its surname), when the story also gives
        the surname a man's title ("Mr Howard")."""
        if m.end - m.start != 1 or m.start == 0 or m.label not in ("PERSON", "ORG"):
            return None
        title = self.doc[m.start - 1]
        if sex_of_title(title) != "f":
            return None
        return title.text if m.text in self._surnames_of_men else None

    @cached_property
    def _surnames_of_men(self) -> frozenset[str]:
        return frozenset(t.nbor().text for t in self.doc[:-1] if sex_of_title(t) == "m")

    def _state_word_before(self, m: Mention) -> str | None:
        """The state (ISO-3) whose word the tagger left outside a body every state has: "Chinese [Foreign
        Ministry]", "China's [Foreign Ministry]"; the word must modify the body's name."""
        if m.country is not None or m.affiliation is not None or m.label != "ORG" or m.start == 0:
            return None
        if fold(m.text) not in GENERIC_INSTITUTIONS and body_sector(m.text) is None:
            return None
        return self.state_modifying(m)

    def state_modifying(self, m: Mention, *, parsed: bool = True) -> str | None:
        """The state (ISO-3) whose name or word stands right before a name and modifies it, outside the
        tagger's span: "the UK [Hadley Centre]", "Britain's [Met Office]". With `parsed` False any state's
        name or word right before the name counts, however the tagger spans it and the parser hangs it
        ("U.S. [Treasury] Secretary X", where the parser may hang "U.S." on the title)."""
        if m.start == 0:
            return None
        i = m.start - 1
        if self.doc[i].tag_ == "POS" and i > 0:
            i -= 1
        state = self.mention_of_token.get(i)
        if state is None or state.country is None:
            return None
        if not parsed:
            return state.country.iso3
        if state.end != i + 1:
            return None
        word = self.doc[state.start : state.end].root
        if word.dep_ not in ("compound", "amod", "poss", "nmod"):
            return None
        owns = m.start <= word.head.i < m.end or word.head == _compound_head(self.doc[m.start : m.end].root)
        return state.country.iso3 if owns else None

    def _party_of_adjective(self, m: Mention) -> str | None:
        """ "Democratic mayor", "Republican leadership": a party's adjective before a noun, which the tagger
        calls a people (NORP), names the party (ORG), not a group "Democratic"."""
        word = self.doc[m.start]
        if m.label != "NORP" or m.end - m.start != 1 or word.dep_ not in ("amod", "compound"):
            return None
        title = word.head
        if title.lower_ in PARTY_ROLES and any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children):
            return None  # "the Democratic chairman of the committee": the committee's chair, not the party's
        party = lookup_organisation(m.text)
        return party.name if party is not None and party.kind == "party" and party.name != m.text else None

    def _party_short_form(self, m: Mention) -> str | None:
        """ "Tories", "Lib Dem": a party's short form of the table is the party, one entity under the row's
        name however the story calls it; not a place's or a country's name."""
        if m.label not in ("ORG", "NORP", "PERSON"):
            return None
        return party_name(m.text, {n.country.iso3 for n in self.mentions if n.country is not None})

    def _claims(self, long: Cluster, short: Cluster, words: Mapping[str, int]) -> bool:
        """Does the longer name take in the shorter? One written with a state's word the tagger left out
        ("Argentine [congress]") is also taken in as written by a longer name that carries no state
        ("National Congress"), which then is that state's; not by one that names its own ("White House" is
        no "US [House]"). A surname with a woman's title ("Mrs Howard") takes in no other mention of the
        name."""
        if long.honorific is not None:
            return False
        if _chamber_in_a_seat(long, short):
            return False
        if self._titles_bare_body(short) and self._named_with_a_state(long, len(short.key.split())):
            return False
        if words[long.key] > words[short.key] and _absorbs(long, short):
            return not _national_party(long, short) and not self._named_for_a_state_later(long, short)
        written = self._state_keyed.get(short.key)
        if written is None or long.affiliation is not None or words[long.key] <= len(written.split()):
            return False
        return _absorbs(long, replace(short, key=written))

    def _named_for_a_state_later(self, long: Cluster, short: Cluster) -> bool:
        """ "a Treasury spokesman said ... U.S. Treasury Secretary X": a body named bare in the story before
        any mention names it with a state's word ("U.S.", "British") is not that state's (more likely the
        story's own state's); a headline's bare name may look ahead."""
        if long.type != "ORG" or not self._named_with_a_state(long, len(short.key.split())):
            return False
        body = [m.start for m in short.mentions if m.start > self.title_end]
        return bool(body) and min(body) < min(m.start for m in long.mentions)

    def _named_with_a_state(self, long: Cluster, size: int) -> bool:
        """Does a name of the body carry a state's name or word before its last `size` words ("United States
        Treasury"), or stand after one the tagger left out ("Japan's [House]")?"""
        if long.key in self._state_keyed:
            return True
        return any(lookup_country(" ".join(m.text.split()[:-size])) for m in long.mentions if " " in m.text)

    def _titles_bare_body(self, short: Cluster) -> bool:
        """ "Treasury Secretary Juan Perez", "Reserve Bank Governor X": a body's bare name, with no state's
        word, only ever written as the first words of a personal title. The title says no state, so the body
        is no other state's body named in full elsewhere in the story ("talks with the United States
        Treasury"): it stays the office of no state, whichever comes first."""
        if short.affiliation is not None or short.key in self._state_keyed:
            return False
        doc = self.doc
        return all(
            m.country is None
            and m.end < len(doc)
            and doc[m.end].is_title
            and is_role_word(doc[m.end].lower_)
            # "U.S. Treasury Secretary X": the title says its state
            and self.state_modifying(m, parsed=False) is None
            for m in short.mentions
        )

    def _cluster(self) -> list[Cluster]:
        by_key = self._by_key()
        names = [c for c in by_key.values() if not c.country]
        # Longest first, so "Kerry" joins "John Kerry" and never the other way round.
        words = {c.key: len(c.key.split()) for c in names}  # keys never change
        names.sort(key=lambda c: -words[c.key])
        merged_into: dict[str, Cluster] = {}
        for short in names:
            candidates = [
                c
                for c in names
                if c is not short
                and c.key not in merged_into
                and not _of_other_states(c, short)
                and self._claims(c, short, words)
                and not _named_apart(self.doc, c, short)
                and not _royal_of_another_name(self.doc, c, short)
                and not _other_sex(self.doc, c, short)
            ] or [
                # only when nothing else claims the word: "Pierluisi" is "Pedro Pierluisi"'s surname first
                c
                for c in names
                if c.key not in merged_into and _inner_name_of(c, short)
            ]
            if not candidates:
                continue
            # A bare surname names a person before it names "Associates of Navalny".
            people = [c for c in candidates if c.type == "PERSON"]
            if people and _written_as_place(self.doc, short):
                people = []  # "Washington, D.C." is the city, never "George Washington"
                candidates = [c for c in candidates if c.type != "PERSON"]
                if not candidates:
                    continue
            if not people and _shared_by_firms(short, [c for c in names if c.key not in merged_into]):
                continue
            own = _firm_of_its_own_name(short, candidates) if not people else None
            candidates = [own] if own is not None else people or candidates
            top = candidates[0]
            # A surname shared by two different people ("Bush") is ambiguous: keep it apart rather than guess,
            # unless only one of them had been named when the surname was first used alone.
            if not all(c is top or _absorbs(top, c) for c in candidates):
                top = _bearer_named_before(self.doc, short, candidates)
            if top is not None:
                top.mentions.extend(short.mentions)
                top.affiliation = top.affiliation or short.affiliation  # "the Argentine congress" says whose
                merged_into[short.key] = top
        self._join_wives(names, merged_into)
        for bare in by_key.values():
            named = _named_body_of(bare, [c for c in names if c.key not in merged_into])
            if named is not None:
                named.mentions.extend(bare.mentions)
                named.sector = named.sector or bare.sector
                named.named_bare = True
                merged_into[bare.key] = named
                continue
            law = _named_law_of(self.doc, bare, [c for c in names if c.key not in merged_into])
            if law is not None:
                law.mentions.extend(bare.mentions)
                merged_into[bare.key] = law
        return _join_same_ids(cl for key, cl in by_key.items() if key not in merged_into)

    @cached_property
    def title_end(self) -> int:
        """The token that ends the headline line (0 when the text has no line break, so no headline)."""
        return headline_end(self.doc)

    def cluster_keyed(self, key: str) -> Cluster | None:
        """The article's cluster of this key, if any."""
        return next((cl for cl in self.clusters if cl.key == key), None)

    def country_name(self, country: Country) -> str:
        """The state's name in the article's day: "West Germany" before German unity (former_places.py)."""
        return name_then(country.iso3, self.day) or country.name

    def country_cluster(self, iso3: str) -> Cluster:
        """The article's cluster of a country, made (without mentions) when the text never names it: an
        office the table knows ("Prime Minister X" in a British story that never says "Britain")."""
        key = f"country:{iso3}"
        found = self.cluster_keyed(key)
        if found is not None:
            return found
        name = self.country_name(country_by_code(iso3))
        cl = Cluster(key=key, country=iso3, country_name=name, scope=self.scope)
        self.clusters.append(cl)
        return cl

    def cluster_at(self, token_i: int) -> Cluster | None:
        mention = self.mention_of_token.get(token_i)
        return self._cluster_of_mention[mention.start] if mention is not None else None

    def mention_at(self, token_i: int) -> Mention | None:
        return self.mention_of_token.get(token_i)

    def finalise(
        self,
        affiliations: Mapping[str, str],
        sectors: Mapping[str, str] | None = None,
        types: Mapping[str, str] | None = None,
    ) -> DocEntities:
        """The article's entities, with the affiliations found (cluster key -> ISO-3, "" for none), and the
        sectors and types the evidence settled, applied."""
        sectors, types = sectors or {}, types or {}
        updated = [
            replace(
                cl,
                mentions=list(cl.mentions),
                affiliation=affiliations.get(cl.key, cl.affiliation) or None,
                sector=sectors.get(cl.key, cl.sector),
                fixed_type=types.get(cl.key, cl.fixed_type),
                _memo={},
            )
            for cl in self.clusters
        ]
        kept: list[Cluster] = []
        for cl in updated:
            if cl.bare and not cl.affiliation and (cl.sector in STATE_SECTORS or cl.actor == "state"):
                continue  # "the police" of an article about no one state: no entity
            # "protesters", "civilians", "voters" of no one state are still actors, of no state
            if cl.actor == "state" and cl.affiliation:
                # "the government" of the article's state is that state
                cl = replace(
                    cl,
                    country=cl.affiliation,
                    country_name=self.country_name(country_by_code(cl.affiliation)),
                    actor=None,
                    affiliation=None,
                    fixed_type=None,
                    _memo={},
                )
            kept.append(cl)
        ids = {cl.key: cl.id for cl in kept}
        entities = DocEntities(self.mentions, _join_same_ids(kept), ids)
        entities.country_name = lambda iso3: self.country_name(country_by_code(iso3))
        return entities


def _join_same_ids(clusters: Iterable[Cluster]) -> list[Cluster]:
    """Clusters that come out with one id are one entity ("Parliament" and "the Parliament")."""
    by_id: dict[str, Cluster] = {}
    for cl in clusters:
        if cl.id in by_id:
            by_id[cl.id].mentions.extend(cl.mentions)
        else:
            by_id[cl.id] = cl
    return list(by_id.values())


class DocEntities:
    """The final entities of one Doc, by id, and which tokens mention them."""

    def __init__(self, mentions: list[Mention], clusters: list[Cluster], ids: Mapping[str, str]) -> None:
        self.mentions = mentions
        self.id_of_cluster = ids  # cluster key (as roles name clusters) -> entity id
        self.mention_of_token = {i: m for m in mentions for i in range(m.start, m.end)}
        self._entities = {entity.id: entity for entity in (cl.to_entity() for cl in clusters)}
        self.token_entity: dict[int, str] = {}
        self.country_name: Callable[[str], str] | None = None  # a state's name on the article's day
        for cl, entity in zip(clusters, self._entities.values(), strict=True):
            for m in cl.mentions:
                for i in range(m.start, m.end):
                    self.token_entity[i] = entity.id
        # "French and German activists": the head noun also stands for the actor of "French".
        self._partners: dict[int, list[str]] = {}
        for m in mentions:
            if m.partner_of is not None and m.start in self.token_entity:
                self._partners.setdefault(m.partner_of, []).append(self.token_entity[m.start])

    def partners_at(self, token_i: int) -> list[str]:
        """Further actors a head noun stands for, beyond `entity_id_at` ("French and German activists")."""
        return self._partners.get(token_i, [])

    def entity_id_at(self, token_i: int) -> str | None:
        return self.token_entity.get(token_i)

    def state(self, iso3: str) -> str:
        """The id of the article's entity of a state, made (without mentions) when the text never names
        the state itself: an office or a government the text gives it ("the Reagan administration")."""
        key = f"country:{iso3}"
        if key not in self._entities:
            name = self.country_name(iso3) if self.country_name else country_by_code(iso3).name
            self._entities[key] = Entity(id=key, label=name, type="GPE", country=iso3)
        return key

    def entity(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def mention_at(self, token_i: int) -> Mention | None:
        return self.mention_of_token.get(token_i)

    def entities(self) -> list[Entity]:
        return list(self._entities.values())
