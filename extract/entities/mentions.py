"""Named mentions: spaCy's entity spans, cleaned and typed, with countries recognised in every form."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from geokg.extract.dates import DAY_NAMES, MONTHS
from geokg.extract.entities.countries import (
    Country,
    country_by_code,
    country_of_institution,
    is_demonym,
    lookup_capital,
    lookup_country,
    people_of_state,
)
from geokg.extract.entities.language import foreign_tokens
from geokg.extract.entities.titles import (
    HONORIFICS,
    capitalised_office,
    is_known_title,
    is_ministry_field,
    is_plural_role_word,
    is_portfolio,
    is_role_word,
    is_swapped_role_word,
    is_title_modifier,
    is_title_phrase,
    is_title_word,
    sports_role,
    time_qualifier,
)
from geokg.extract.io.text import strip_accents
from geokg.extract.io.turns import paragraphs
from geokg.extract.io.wire import DATELINE_MAX_TOKENS, HEAD_PARAGRAPHS, furniture_tokens, is_dateline_dash
from geokg.extract.lexicon.cameo import event_code, sector_of
from geokg.extract.lexicon.entity_words import (
    AMOUNT_WORDS,
    AREA_FIRST_WORDS,
    BARE_ORGAN_NOUNS,
    BODIES_NAMED_FOR,
    BODY_HEADS,
    BODY_KIND_NOUNS,
    BODY_SEATS,
    BRANCH_REGIONS,
    CHAMBER_BODY_NOUNS,
    CHAMBER_NOUNS,
    CLOCK_WORDS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    COMMODITY_GRADES,
    COMMODITY_NAMES,
    COMPANY_NAME_ENDS,
    COMPANY_NAME_STARTS,
    COMPANY_SUFFIXES,
    COUNTERFEIT_WORDS,
    CURRENCY_WORDS,
    DISEASE_HEADS,
    DOCTRINES,
    FACILITY_NOUNS,
    FIRM_NAME_ANDS,
    FIRM_NAME_BREAKS,
    FIRM_PARTNER_WORDS,
    FIRM_SECTOR_WORDS,
    FIRM_TRADE_ENDS,
    FOREIGN_BODY_HEADS,
    FOREIGN_NAME_JOINS,
    FOREIGN_VERB_JOINS,
    FUTURES_PLACES,
    GATHERING_HEADS,
    GATHERING_NOUNS,
    GATHERING_RECURRENCE_WORDS,
    GATHERING_TITLE_HEADS,
    GIVEN_NAMES,
    GRADE_NOUNS,
    GROUP_PREFIXES,
    JOINED_HEADS,
    JOINTLY_OWNED_NOUNS,
    LAUNCHING_VERBS,
    LOCAL_INSTITUTION_NOUNS,
    LOCAL_TITLE_WORDS,
    MAGNITUDE_ABBREVIATIONS,
    MEASURE_NAMES,
    MINISTRY_PORTFOLIO_WORDS,
    MOUNT_WORDS,
    NAME_JOINS,
    NAME_LIKE_TITLES,
    NAMED_EVENTS,
    NOT_DESCRIPTIONS,
    NOTION_ENDINGS,
    OPERATION_HEADS,
    OPERATION_OPENERS,
    ORGANISATION_HEADS,
    PARTY_ROLES,
    PARTY_SEAT_TITLES,
    PATRONYMIC_ENDINGS,
    PEER_TITLES,
    PEOPLE_WEAPON_NOUNS,
    PERSON_HONORIFICS,
    PERSON_NOUNS,
    PLACE_GRADES,
    POLICE_NOUNS,
    PORTFOLIO_TITLES,
    PRODUCT_KIND_NOUNS,
    PROJECT_NOUNS,
    RANK_TITLES,
    RATING_WORDS,
    RELIGIONS,
    SEA_HEADS,
    SEAT_PARTICIPLES,
    STATE_COMMON_NOUNS,
    STATE_EMBLEMS,
    STATE_GOODS,
    STATE_GROUP_HEADS,
    STATE_GROUP_PREPOSITIONS,
    STATE_PORTFOLIO_TITLES,
    STORM_WORDS,
    SUMMIT_GROUP_MARKS,
    SUMMIT_GROUP_MODIFIERS,
    SUMMIT_GROUP_NOUNS,
    SURNAME_FACILITY_NOUNS,
    TITLE_ADJECTIVES,
    TITLE_TAIL_WORDS,
    TRADE_HOUSE_ENDINGS,
    TROPICAL_STORM_WORDS,
    VENUE_NOUNS,
    VESSEL_KIND_NOUNS,
    WEAPON_KIND_WORDS,
    WEAPON_NOUNS,
)
from geokg.extract.lexicon.regions import is_region
from geokg.extract.lexicon.syntax import ACTOR_LABELS, ARGUMENT_DEPS, NOMINAL_SUBJECT_DEPS, REGION_LABELS
from geokg.extract.lexicon.words import (
    ACTING_PREPS,
    ARTICLES,
    COMPANY_NOUNS,
    COMPASS_ADJECTIVES,
    COUNTERPART_NOUNS,
    COUNTRY_PARTS,
    DIRECTIONS,
    FIRM_DESCRIPTOR_WORDS,
    FIRM_KIND_NOUNS,
    FIRM_NAME_ENDINGS,
    GENERIC_INSTITUTIONS,
    GOVERNMENT_WORDS,
    GROUP_FORMS,
    IGO_ENVOY_ROLES,
    INITIAL_SKIP_WORDS,
    LIKENESS_SUFFIXES,
    LOCAL_TITLES,
    MOTION_VERBS,
    NAME_PARTICLES,
    NOT_ACTORS,
    NOT_REGIONS,
    ORG_SUFFIXES,
    PARTY_MEMBER_NOUNS,
    PLATFORMS,
    REGION_ADJECTIVES,
    SPEECH_VERBS,
    STANCE_PREFIXES,
    STRAY_TITLE_WORDS,
    TITLE_OBJECT_HEADS,
    TITLE_OBJECTS,
)
from geokg.extract.token_arrays import pos_ids
from spacy.symbols import ADJ, NUM, PROPN
from spacy.tokens import Doc, Span, Token

_QUOTES = "\"'“”‘’`«»[]"
_DOUBLE_QUOTES = frozenset({'"', "“", "”", "«", "»", "``", "''"})
OCCUPATION_ENDINGS = ("ologist", "ist", "ician")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token offsets in the Doc, end exclusive
    end: int
    text: str  # surface form without a leading article, possessive or quote marks
    label: str  # NER label as spaCy gave it
    country: Country | None  # set when the mention names a country (or its people/adjective)
    affiliation: Country | None = None  # the state an institution belongs to ("State Department" -> USA)
    # Unnamed actors (actors.py): "Turkish troops" is the Turkish military, sector MIL.
    sector: str | None = None  # CAMEO sector
    canonical: str | None = None  # the actor's label: "Turkish military"
    actor: str | None = None  # the actor's name without its state: "military"
    partner_of: int | None = None  # "French" in "French and German activists": the head it also stands for
    bare: bool = False  # an actor with no state word: the article's state's, if the article has one
    # A group named by a place inside a state ("Montana residents"): the place's name, which the group's
    # label keeps ("Montana residents", of the US, are not "US residents").
    place: str | None = None


_POSSESSIVE_END = re.compile(r"'s$|'$")
_NOT_WORD = re.compile(r"[^\w\s-]")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?")
# Words a name never ends with: "Bishop-Emeritus of" is a title the tagger cut short, no name.
# A surname written with an elided lower-case particle: "d'Estaing", "dell'Orto", "l'Hôpital".
_ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell|dall|degl)['’][A-ZÀ-Ý]\w*$")
_OPEN_ENDINGS = frozenset({"of", "for", "and", "the", "to", "from"})
# Parts of speech a name never starts with; written first in a sentence such a word is capitalised and the
# tagger may take it into the name that follows ("Will Red Hat employees …?", "Neither Dasbach nor …").
_OPENER_POS = frozenset({"AUX", "ADV", "CCONJ", "SCONJ", "PART", "INTJ", "ADP"})
_SEPARATORS = re.compile(r"[-\s]+")


def head_words(name: str) -> set[str]:
    """The name's words in lower case, possessives dropped ("Sheriff's Office" -> sheriff, office)."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()}


# Pure in its text, and asked of the same names thousands of times per article.
@lru_cache(maxsize=1 << 14)
def is_person_honorific(word: Token) -> bool:
    """Is the word a personal honorific ("Mr", "Mrs.", "Dr")?"""
    return word.lower_.rstrip(".") in PERSON_HONORIFICS


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key, so "Erdoğan" and "Erdogan" cluster together."""
    if not text.isascii():
        text = strip_accents(text).replace("’", "'")
    text = _POSSESSIVE_END.sub("", text.lower())
    text = _SEPARATORS.sub(" ", _NOT_WORD.sub("", text)).strip()
    return text[4:] if text.startswith("the ") else text


_LIST_MARK = re.compile(r"[-–—•*·]+")
# Wire archives set names in angle brackets ("<Exco International Plc>"): markup, never part of a name.
_ANGLE_BRACKETS = ("<", ">")


def _trim(span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in ARTICLES
        or doc[start].text in _QUOTES
        or doc[start].is_space
        or _LIST_MARK.fullmatch(doc[start].text)  # "- Keith Vaz": a list's dash or bullet opens no name
        or doc[start].text in _ANGLE_BRACKETS
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in _QUOTES
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].text in _ANGLE_BRACKETS
        # "[The Center for Biological Diversity and] Center for Food Safety": the list's "and" the tagger
        # took in ends the first name, it does not cut it
        or (doc[end - 1].lower_ == "and" and end - start > 1)
        # "to buy [Crime Control Inc of] Indiana": the "of" after a legal form opens the firm's seat, which
        # is no word of its name
        or (doc[end - 1].lower_ == "of" and end - start > 2 and _legal_form(doc[end - 2]))
    ):
        end -= 1
    if (
        end - start > 2
        and _region_word_of_next_noun(doc, end)
        and not _body_of_a_states_members(doc, start, end)
    ):
        # "the [Paris Club of Western] creditor governments": the region's adjective after "of" modifies the
        # noun after the name, which ends before the "of"
        return _trim(doc[start : end - 2])
    marks = [i for i in range(start, end) if doc[i].text in _DOUBLE_QUOTES]
    if len(marks) % 2:
        # 'said on Twitter "Youtube-dl is …': a quotation opens inside the span, the name ends before it (a
        # nickname in a pair of marks, Jeremy "Spike" Cohen, stays)
        return _trim(doc[start : marks[0]]) if marks[0] > start else (start, start)
    return start, end


# A dash or a run of punctuation standing as a word: a wire headline's break ("OUTPUT SEEN AT 4 MLN BPD -
# MEES", "U.S. AGENDA-- AGRICULTURE"), never a word of a name (a hyphen joining words with no space,
# "Moon Jae-in", "al-Assad", is; "&" and "." are words of names).
_BARE_PUNCT = re.compile(r"[-–—:;|=_~^]+")


def _demonym_ends_in_next_name(doc: Doc, start: int, end: int) -> bool:
    """Does the tagged span's demonym end in the first word of the next tagged name ("[Saudi] [Arabian King
    Fahd]")? That word is cut from the name (_after_demonym_begun_before) and belongs here."""
    if end >= len(doc) or doc[end].ent_iob_ != "B" or lookup_country(doc[end].text) is not None:
        return False
    return lookup_country(doc[start : end + 1].text) is not None


def _after_demonym_begun_before(doc: Doc, start: int, end: int) -> int:
    """Where a tagged span begins once the tail of a state's two-word demonym, begun by the tagged word before
    it, is cut off: "Saudi [Arabian King Fahd]", "Saudi [Arabian Crown] Prince X". The tagger splits such a
    demonym and runs its tail into the title and name after it; the tail alone names no state."""
    if start == 0 or end - start < 2 or doc[start - 1].ent_type_ not in ("NORP", "GPE"):
        return start
    run_on = lookup_country(doc[start].text) is None and lookup_country(doc[start - 1 : start + 1].text)
    return start + 1 if run_on else start


def _headline_break(doc: Doc, start: int, end: int) -> bool:
    """Does a span hold a dash or bare punctuation as a word of its own ("BPD - MEES"), or a word run into
    a double dash ("agenda--")? Then it is a piece of a wire headline, no name."""
    for token in doc[start:end]:
        if "--" in token.text:
            return True
        joining = not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_  # "al-Assad"
        if _BARE_PUNCT.fullmatch(token.text) and not joining:
            return True
    return False


def _finite_verb_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before a Title Case verb the tagger fused to it ("The U.S. Intends to table
    proposals"): a last word that is a finite verb of the sentence, with its subject inside the span and
    words of its own outside it (its object or infinitive), is the clause's verb, no word of the name."""
    if end - start < 2:
        return end
    last = doc[end - 1]
    if last.pos_ not in ("VERB", "AUX") or last.tag_ not in ("VBZ", "VBD", "VBP"):
        return end
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < end - 1 for c in last.children)
    outside = any(c.i >= end and c.dep_ not in ("punct",) for c in last.children)
    return end - 1 if subject and outside else end


def _amount_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before an amount the tagger ran it into ("agreed to lend [Mexico 5 billion] dlrs",
    "[Brazil 300 mln]"): a run of numbers at the span's end with a word of a figure's size in it
    (amount_words) is the sum lent or paid, no word of the name ("Apollo 11", "Boeing 737" keep theirs)."""
    k = end
    while k > start + 1 and (doc[k - 1].like_num or doc[k - 1].lower_ in AMOUNT_WORDS):
        k -= 1
    if k == end or doc[k].lower_ in AMOUNT_WORDS or doc[k - 1].like_num:
        return end
    return k if any(t.lower_ in AMOUNT_WORDS for t in doc[k:end]) else end


def _clause_verb(token: Token) -> bool:
    """Is the word the finite verb its sentence turns on, with a subject of its own: a verb, however it is
    capitalised, not a one-word name?"""
    finite = token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBZ", "VBD", "VBP")
    return finite and token.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Is token i the first word of its sentence (after any brackets, quotes or a speaker's mark)?"""
    if doc[i].is_sent_start or i == 0:
        return True
    before = doc[i - 1]
    while before.is_space and before.i > 0:
        before = doc[before.i - 1]
    return before.is_punct and before.text not in (",", "-", "–", "—", "/", "&", "'", "’")


def _sentence_opener_end(doc: Doc, start: int, end: int) -> int:
    """Where a name begins after the words that only open its sentence: a function word capitalised by its
    place ("Will Red Hat employees be barred?", "Neither Dasbach nor Mears", "Afterwards Trump visited"),
    a gerund of a preposition's use ("Regarding Ashodaya?") or the verb of an inverted quotation ("Remarked
    Center for X scientist Y, ..."). A given name the tagger reads as one
    ("Will Smith", a proper noun) stays."""
    if not _opens_sentence(doc, start):
        return start
    i = start
    while end - i > 1:
        token = doc[i]
        function_word = token.pos_ in _OPENER_POS and token.is_stop
        # (not a word the parser makes part of the name: "[Fording] Coal Co signed")
        gerund = token.pos_ == "VERB" and token.tag_ == "VBG" and not _compound_in(token, end)
        # "Remarked Center for Biological Diversity scientist X, ...": the verb of an inverted quotation
        speech = token.tag_ in ("VBD", "VBN") and token.lemma_.lower() in SPEECH_VERBS
        if not (function_word or gerund or speech) or not token.is_alpha:
            break
        i += 1
    return i


def _compound_in(token: Token, end: int) -> bool:
    """The parser makes the word part of a name that runs on to token `end` (exclusive)."""
    return token.dep_ == "compound" and token.i < token.head.i < end


def _infinitive(token: Token) -> bool:
    """A verb after the infinitive's "to" ("to Strengthen"), not the preposition of "donated to Save the
    Children"."""
    if token.i == 0 or token.tag_ != "VB":
        return False
    before = token.doc[token.i - 1]
    return before.tag_ == "TO" and before.dep_ == "aux" and before.head == token


def _surface(doc: Doc, start: int, end: int) -> str:
    text = doc[start:end].text
    if any(titled_bracket(doc, k) for k in range(start + 1, end - 1)):
        # "(Finance Minister [Luis) Alva]": the editors' bracket that completes the name is no part of it
        text = " ".join(t.text for t in doc[start:end] if t.text not in _EDITORS_BRACKETS.values())
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"\s+", " ", text).strip(_QUOTES + " ")


def _division_before_a_body(token: Token, found: list[Mention]) -> bool:
    """ "Ontario courts ruled", "Hesse officials said": one proper noun the tagger left untagged that is a
    first-level division of a state (a US or Australian state, a Canadian province, a German Land:
    places.division_type) modifying, right before it, the noun of a state's actor (sectors.tsv:
    "courts", "the Ontario government"): the division's body, whose state the place gives, as a tagged
    "Texas courts" is. Not before a person's role ("Kestrel spokesman X") when the word opens the full
    name of a firm of the story ("Kestrel Petroleum"): news names the firm short where its staff speak."""
    from geokg.extract.entities.actors import sector_of_noun
    from geokg.extract.entities.places import division_type, place_country

    head = token.head
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ not in ("compound", "nmod"):
        return False
    if head.i != token.i + 1 or head.pos_ != "NOUN" or sector_of_noun(head) is None:
        return False
    if is_role_word(head.lower_) and _opens_a_firms_name(token.text, found):
        return False
    return division_type(token.text) is not None and place_country(token.text).known


def _opens_a_firms_name(word: str, found: list[Mention]) -> bool:
    """Does the word open the full name of a firm the story names ("Kestrel" of "Kestrel Petroleum")?"""
    return any(m.label == "ORG" and m.text.split()[0] == word and names_a_firm(m.text.split()) for m in found)


def _town_before_a_seat(token: Token) -> bool:
    """ "Jeddah-based X": one proper noun the tagger left untagged, hyphened to a seat's participle (data:
    seat_participles), that the gazetteer knows as a place. The tagger misses many towns outside Europe and
    America in this spot; the seat is read from the place's mention (affiliations/places.located), so
    without one the firm after it would have no state."""
    from geokg.extract.entities.places import place_country

    if token.pos_ != "PROPN" or token.ent_type_ or not token.text.istitle():
        return False
    return _seat_before(token.doc, token.i + 1) and place_country(token.text).known


def _acts(token: Token) -> bool:
    """A capital stands for its government when it acts or speaks ("Moscow denied", "a claim from Berlin"),
    not when it is a place something happens in or goes to ("a hospital in Berlin")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "poss" and token.head.lower_ in LOCAL_TITLE_WORDS:
        return False  # "Moscow's mayor": an office below the state is the city's own
    if (
        token.dep_ == "compound"
        and token.head.i == token.i + 1
        and token.head.lower_ in GOVERNMENT_WORDS
        and token.head.lower_ != "officials"
    ):
        # "the Baghdad government", "the Tehran regime": the state ("city government": the city), unless the
        # story names the city's own offices ("the mayor of Seoul", "Seoul city"): then it is the city's
        return not _local_offices_named(token)
    if token.dep_ in ARGUMENT_DEPS:
        return True
    if token.dep_ != "pobj":
        return False
    prep, governor = token.head.lower_, token.head.head
    if prep in ACTING_PREPS:
        return True  # talks with Moscow, sanctions on Beijing, pressure over Tehran
    if prep == "from":
        return governor.pos_ == "NOUN"  # a claim from Berlin (but: flew from Berlin)
    # Weapons supplied to Kyiv went to the state; a leader who flew to Kyiv went to the city.
    return prep == "to" and governor.pos_ == "VERB" and governor.lemma_.lower() not in MOTION_VERBS


def _speaks_or_answers(token: Token) -> bool:
    """Does the seat act as a body does: as the subject ("Brussels rejected the request"), the agent, or
    after "from" or "by" on a noun ("a reply from Brussels")? Not as a place visited or gone to."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in NOMINAL_SUBJECT_DEPS or token.dep_ == "agent":
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("from", "by") and prep.head.pos_ == "NOUN"


def _seat_of_a_named_body(doc: Doc, start: int, end: int) -> bool:
    """Is the name a seat that stands for an international body (data: body_seats) in a story that names that
    body or one of its organs the data lists with it ("Brussels" in a story of the EC or the Commission)?"""
    from geokg.extract.entities.igos import igo_by_key, lookup_igo  # igos reads this module

    seat = doc[start:end].text.lower()
    bodies = BODY_SEATS.get(seat)
    if not bodies:
        return False
    for ent in doc.ents:
        if ent.text.lower() == seat:
            continue
        # "EC", "EEC": a body's key as written is its name too
        igo = lookup_igo(ent.text) or (igo_by_key(ent.text.replace(".", "")) if ent.text.isupper() else None)
        if igo is not None and igo.key in bodies:
            return True
    return False


def _local_offices_named(place: Token) -> bool:
    """Does the story name the place's own offices ("Lima city", "Lima mayor", "mayor of Lima")?"""
    doc = place.doc
    for t in doc:
        if t.text != place.text or t.i == place.i:
            continue
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        before = doc[t.i - 2 : t.i]
        if after in LOCAL_TITLE_WORDS or (
            len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in LOCAL_TITLE_WORDS
        ):
            return True
    return False


def _country_part(text: str) -> Country | None:
    """ "the Economy of Turkey", "Northern Syria": a part or aspect of a country stands for it."""
    words = text.split()
    if len(words) >= 3 and words[1].lower() == "of" and words[0].lower() in COUNTRY_PARTS:
        return lookup_country(" ".join(words[2:]))
    rest = " ".join(words[1:])
    if len(words) >= 2 and words[0].lower() in DIRECTIONS and text.lower() not in NOT_REGIONS:
        return None if is_demonym(rest) else lookup_country(rest)  # "South American" is no American
    return None


def _occupation(word: str) -> bool:
    """A capitalised occupation at the head of a name: "Immunologist", "Virologist", "Economist"."""
    return word.isalpha() and word.endswith(OCCUPATION_ENDINGS)


def _person_noun(word: str) -> bool:
    """A noun that names a person by occupation or fame ("podcaster", "star", "virologist")."""
    return word in PERSON_NOUNS or _occupation(word)


def is_person_noun(word: str) -> bool:
    """A noun of persons by occupation or fame ("businessman", "virologist"), for the role readers."""
    return _person_noun(word)


def _name_after_person_noun(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name begins in a span the tagger did not call a person: after a noun of persons
    inside the span ("[porn star Stormy Daniels]", "[Historian Ann Lee]") or just before it ("novelist
    [Ana Ruiz]"); the name is two or three capitalised words and no country's, and does not end in a body's
    head ("[Economist Research Unit]": a body named for its trade, no person)."""
    if doc[end - 1].lower_ in BODY_HEADS:
        return None
    inside = [
        k
        for k in range(start, end - 1)
        if (doc[k].text.islower() or k == start) and _person_noun(doc[k].lower_)
    ]
    if inside:
        first = inside[-1] + 1
    elif start > 0 and _person_noun(doc[start - 1].lower_) and not doc[start - 1].ent_type_:
        first = start
    elif start > 0 and _counterpart_before(doc, start):
        first = start  # "his West German counterpart [Ulrich Bauer]": one person, the other side's
    else:
        return None
    name = doc[first:end]
    if 2 <= len(name) <= 3 and _capitalised_name(name) and lookup_country(name.text) is None:
        return first
    return None


def _counterpart_before(doc: Doc, start: int) -> bool:
    """Does a counterpart noun end just before `start`, written whole or with a hyphen ("his Dutch
    counterpart", "his Dutch counter-part": older wire copy splits the word)?"""
    word = doc[start - 1]
    if word.ent_type_:
        return False
    whole = word.lower_
    if start >= 3 and _word_hyphen(doc, start - 2):
        whole = doc[start - 3].lower_ + whole
    return whole in COUNTERPART_NOUNS


def _party_word(token: Token) -> bool:
    """A party's adjective or name in one word ("Republican", "Labour")."""
    from geokg.extract.entities.organisations import lookup_organisation

    known = lookup_organisation(token.text)
    return known is not None and known.kind == "party"


def _names_a_project(doc: Doc, start: int, end: int, label: str) -> bool:
    """Is a name the name of an undertaking it modifies ("the Tocantins River aluminium project", "the
    Carajas project", "the Kestrel Valley scheme"; data: project_nouns)? Such a project is no firm and no
    actor, and the name no side of what it does. Not a state's name, a body the tables know or a firm named
    with its legal form ("the Alcoa project", "the Orvan Ltd project" are the firm's)."""
    from geokg.extract.entities.organisations import lookup_organisation

    if end >= len(doc) or start == end or label in ("NORP", "EVENT"):
        return False
    name = doc[start:end].text
    if lookup_country(name) is not None or lookup_organisation(name) is not None or _legal_form(doc[end - 1]):
        return False
    word = doc[end - 1]
    while word.dep_ in ("compound", "nmod", "amod") and word.head.i > word.i:
        word = word.head
        if word.lower_ in PROJECT_NOUNS:
            return all(t.is_lower for t in doc[end : word.i])
    return False


def _futures_contract(doc: Doc, start: int, end: int) -> bool:
    """Is the place a futures exchange's named after a month's name that modifies it ("under July New York",
    "May London rose"): the month's contract on that exchange, no place? Not a month that dates the clause
    ("In July London said")."""
    if start == 0 or doc[start:end].text.lower() not in FUTURES_PLACES:
        return False
    month = doc[start - 1]
    if month.lower_.rstrip(".") not in MONTHS or not month.text[:1].isupper():
        return False
    if doc[end - 1].dep_ in ("nsubj", "nsubjpass") and start >= 2 and doc[start - 2].pos_ == "ADP":
        return False  # "In May London agreed": a preposition's month, which the parser hung on the subject
    return month.dep_ in ("compound", "nmod", "amod") and start <= month.head.i < end


def _likened(doc: Doc, end: int) -> bool:
    """Is the name ending at `end` hyphened to a word that likens to it or dates by it ("-style", "-era")?"""
    return _hyphened_to(doc, end, LIKENESS_SUFFIXES)


def _hyphened_to(doc: Doc, end: int, words: frozenset[str]) -> bool:
    """Is the name ending at `end` joined by a hyphen with no space to one of the words?"""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in words
    )


def mention_from_span(doc: Doc, start: int, end: int, label: str) -> Mention | None:
    span = doc[start:end]
    start, end = _trim(span)
    if label == "ORG":
        end = _members_after_a_demonym(doc, start, end)  # "[Association of Dutch] growers": the whole name
    saints_town = label in REGION_LABELS and end < span.end and _saints_town(doc, start, end)
    if saints_town:
        end += 1  # "St. John's": the possessive is part of the town's name
    if start < end:
        start = _sentence_opener_end(doc, start, end)
    if label in REGION_LABELS | {"NORP"} and _demonym_ends_in_next_name(doc, start, end):
        end += 1  # "[Saudi] Arabian King Fahd": the state's demonym ends in the name the tagger ran on
    if (cut := _after_demonym_begun_before(doc, start, end)) > start:
        start = cut  # "Saudi [Arabian King Fahd]"
        if all(is_title_word(token.text) for token in doc[start:end]):
            return None  # "Saudi [Arabian Crown] Prince X": the rest is the title's first words
    if _headline_break(doc, start, end):
        return None  # "SAUDI OUTPUT SEEN AT 4 MLN BPD - MEES": a headline's pieces, no name
    if _names_a_project(doc, start, end, label):
        return None  # "the Tocantins River aluminium project": the project's name, no place that acts
    if label in REGION_LABELS and _futures_contract(doc, start, end):
        return None  # "10 points under July New York": a futures contract, no place
    end = _finite_verb_end(doc, start, end)  # "The U.S. [Intends] to table proposals"
    end = _amount_end(doc, start, end)  # "lend [Mexico] 5 billion dlrs"
    if label in ("ORG", "PERSON") and _hyphened_time_qualifier(doc, start, end):
        # "[ex-Yukos] boss X", "[Ex-Acme] chairman": the past office's qualifier hyphened to the firm is no
        # word of its name; left outside it, the title after the name reads it as "former" (roles)
        start += 2
    if label == "ORG" and (party := _stance_before_a_party(doc, start, end)) is not None:
        start = party  # "[pro-war Labour] MP X": the stance is the MP's, the party's name one word
    if label == "PERSON":
        end = _before_common_words(doc, start, end)  # "[Acme third] quarter profit": "third" is no name
        end = _name_run_on(doc, start, end)  # "[Ali Akbar] Hashemi Rafsanjani": the tagger stopped early
    if end - start == 1 and _clause_verb(doc[start]):
        return None  # "DEBT RATIO PEAKS, MINISTER [SAYS]": a headline's verb the tagger took for a name
    if end - start > 1 and _infinitive(doc[start]) and doc[start + 1].pos_ == "PROPN":
        # "Commission to [Strengthen Social Security]": a Title Case verb is no word of the name that follows
        # it (a slogan, "opposed to [Defund the Police]", is a verb's phrase)
        start += 1
    storm = _storm_start(doc, start, end)
    if storm is not None:
        return Mention(storm, end, _surface(doc, storm, end), "EVENT", None)  # "Typhoon X" is no person
    operation = _operation_span(doc, start, end, label)
    if operation is not None:
        first, last = operation  # "Operation Desert Storm", "the Tet offensive", "launched Karbala-5": events
        return Mention(first, last, _surface(doc, first, last), "EVENT", None)
    if _body_gathering(doc, start, end):
        return None  # "at the annual congress of the X Association": that body's meeting, no legislature
    gathering = _gathering_title(doc, start, end, label)
    if gathering is not None:
        first, last = gathering  # "told the 8th Antwerp Oils and Fats Contact Days": a meeting, no body
        return Mention(first, last, _surface(doc, first, last), "EVENT", None)
    if label != "PERSON" and _after_person_honorific(doc, start, end):
        # "Dr Holm" tagged as an organisation is the person Holm
        start, label = start + is_person_honorific(doc[start]), "PERSON"
    if label in ("ORG", "PERSON", "NORP", "FAC") and _sea_named(doc, start, end):
        label = "LOC"  # "the western [Gulf of Tamarind]" tagged as a body: a sea
    if label == "PERSON" and _portfolio_of_a_title(doc, start, end):
        return None  # "the [Humanitarian Aid] Commissioner", "Commissioner for Trade and [Humanitarian Aid]"
    peer = _peer_named(doc, start, end)
    if peer is not None:
        start, label = peer, "PERSON"  # "Lord Keel", "Lords Adair, Keel and Pike" tagged as bodies: peers
    if label != "PERSON":
        named = _name_after_person_noun(doc, start, end)
        if named is not None:
            start, label = named, "PERSON"  # "porn star Stormy Daniels" tagged as an organisation
    if label == "PERSON" and _firm_by_trade(doc, start, end):
        label = "ORG"  # "Sumatra Coal", "Kestrel Nickel Mining" tagged as a person: a firm
    if label in TRADE_HOUSE_LABELS and _trade_house(doc, start, end):
        label = "ORG"  # "Stankoimport had asked for bids" tagged as a person: a trade house
    owner = None
    if label == "ORG" and (named := _after_state_abbreviation(doc, start, end)) > start:
        owner, start = lookup_country(doc[start].text), named  # the abbreviation still says whose it is
    if (
        label == "ORG"
        and end - start == 2
        and doc[end - 1].lower_ in CHAMBER_NOUNS
        and _party_word(doc[start])
    ):
        start += 1  # "the Republican Senate" is the Senate; the party is only its majority
    if label in ("ORG", "FAC"):
        # "Coast Guard Commandant Admiral X": the body's name ends before the title of the person it
        # introduces (left outside, the title is read by extract/roles.py).
        while end - start > 1 and is_role_word(doc[end - 1].lower_) and _introduces_a_person(doc, end):
            if _body_of_plural_title(doc, start, end):
                break  # "[Council of Economic Advisers] chairman X": the plural ends the body's own name
            end -= 1
    if label == "ORG":
        end = _party_before_its_officer(doc, start, end)  # "[Green Party] Co-Chairman": the title after it
    if label == "ORG" and end - start > 1 and _title_object_at(doc, start):
        return None  # "Secretary of [State for Economic Affairs] X": the title's own words, no body
    if label == "ORG":
        # "[EC External Trade] Commissioner X", "[EC Farm] Commissioner Y": a body's abbreviation and the
        # portfolio of its officer's title: the body alone, the portfolio left to the title (roles.py)
        end = _body_before_portfolio(doc, start, end)
        end = _body_before_rank(doc, start, end)  # "[Foreign Office] Permanent Secretary X"
        portfolio = _portfolio_before_title(doc, start, end)
        if portfolio == start:
            return None  # "[Development Supervision] Minister X": a portfolio, no body
        if portfolio is not None:
            end, label = portfolio, "GPE"  # "[U.K.] Corporate Affairs Minister Y": the state alone
    if label in ("ORG", "FAC", "NORP"):
        demonym = _state_before_title(doc, start, end)
        if demonym is not None:
            # "[Iranian International] Master X", "[Israeli Grand Master] Y": a state's word and a title of
            # the person named next, tagged as a body: the state word alone, the title left to roles.py
            start, end, label = start, demonym, "NORP"
    if label in ("ORG", "PERSON", "NORP", "PRODUCT", "FAC") and _opening_adjective(doc, start, end):
        # "[Initial U.S. Reaction] to the plan has been positive": the adjective is capitalised only as the
        # sentence's first word; the rest is a state's abbreviation and a wire-capitalised common noun
        start += 1
    if label in ("ORG", "PERSON", "NORP", "PRODUCT", "FAC") and _state_before_common_noun(doc, start, end):
        # "curbs on [U.S. Development] of SDI", "the [U.S. Current] account deficit": wire copy's capital on
        # a common noun after a state's abbreviation; the state alone is the mention
        end, label = start + 1, "GPE"
    if label == "ORG" and _place_of_a_described_firm(doc, start, end):
        # "Kestrel, an Alberta corp, which ...": a description of the name before it, no firm called
        # "Alberta Corp"; the place alone is a mention (and gives the described firm its state)
        end, label = end - 1, "GPE"
    if label in ("ORG", "PERSON", "NORP", "PRODUCT", "FAC"):
        goods = _state_before_goods(doc, start, end)
        if goods is not None:
            # "Japan will buy more [U.S. Wheat]", "[Thai Rice] lost ground": a state's goods are no body and
            # no one; the state's word alone is a mention, the goods are a common noun (GPE: its name)
            end = goods
            label = "NORP" if is_demonym(doc[start:end].text) else "GPE"
    if label == "PERSON":
        # "President Trump", "Taoiseach Leo Varadkar", "Crown Prince X" tagged whole: the title is not the
        # name, and left outside it is read as a title (extract/roles.py).
        if _title_words_from(doc, start, end) == end:
            return None  # "[Female Grand Master]", "[Vice President]": a title alone, nobody's name
        start = _after_leading_title(doc, start, end)
        while end - start > 1 and not _titled_given_name(doc, start) and (
            is_role_word(doc[start].lower_)
            or doc[start].lower_ in LOCAL_TITLES
            or doc[start].lower_.rstrip(".") in HONORIFICS  # "Dr Seager" is Seager
            or doc[start].lower_ in TITLE_TAIL_WORDS  # "Bishop Emeritus X" is X
            or (end - start > 2 and _person_noun(doc[start].lower_))  # "Immunologist Kristian Andersen"
            # "Economic Adivser Christopher Johnson": a title word mistyped (two letters swapped) before a
            # name of two words or more
            or (end - start > 2 and doc[start].is_title and is_swapped_role_word(doc[start].text))
        ):
            start += 1
        # "told NPR Hamza bin Laden had…": an acronym is a broadcaster or agency, not a given name.
        while end - start > 2 and doc[start].text.isupper() and len(doc[start].text) > 1:
            start += 1
    if label in ("PERSON", "GPE") and FACILITY_NOUNS.get(doc[end - 1].lower_) == "GPE":
        start, label = _settlement_start(doc, start, end), "GPE"  # "General Santos City" is a city
    if start >= end or _time_zone(doc, start, end) or _clock_word(doc, start, end):
        return None
    text = _surface(doc, start, end)
    if text.endswith(".") and _legal_form(doc[end - 1]) and _ends_sentence(doc, end - 1):
        text = text[:-1]  # "... a stake in Hoechst AG.": the sentence's full stop is no part of the name
    if saints_town:
        text = " ".join(doc[start:end].text.split())
    if not text or not any(c.isalpha() for c in text) or "[" in text or "]" in text:
        return None  # "[W]e": an editor's bracket, not a name
    if label == "PERSON" and any(t.text == "/" for t in doc[start:end]):
        label = "ORG"  # "Roe/Doe": a ticket of two candidates, as the tagger reads it elsewhere; no person
    if label == "PERSON" and any(c.isdigit() for c in text):
        return None  # "Magnitude 6.3", "Flight 302": a measure or a number, never a person's name
    if _price(doc, start, end) or _names_money(doc, start, end):
        return None  # "USD 26.95", "U.S. dlrs": an amount of money, never an actor
    if _names_grade(doc, start, end):
        return None  # "Britain's Brent", "Dubai crude": a grade of oil or goods, never an actor or place
    if _credit_grade(doc, start, end):
        return None  # "cut Acme's debt to BBB from A": a credit rating's grade, no organisation
    if label != "PERSON" and _names_commodity(doc, start, end):
        return None  # "Japanese [LNG] importers", "[LPG a year]": a good, never an actor
    if _plural_acronym(doc, start, end):
        return None  # "production of high-end [IC]'s": a count of things, never an actor
    if _likened(doc, end):
        return None  # "a Soviet-style inquiry": the state is a comparison, no actor
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in DISEASE_HEADS and words[-1][:1].isupper():
        return None  # "Multiple Sclerosis", "Lyme Disease": an illness, never an actor
    if len(words) >= 2 and words[-1].lower() in _OPEN_ENDINGS:
        return None
    if label == "PERSON" and len(text.split()) > 1 and not _given_name_and_surname(doc, start, end):
        # "Lenin Avenue", "Harlow Prison"; a lone "Park" or "Street" is a surname. "Software Foundation"
        last = text.split()[-1].lower()
        label = FACILITY_NOUNS.get(last) or BODY_HEADS.get(last) or label
    elif label in ("ORG", "FAC") and end - start > 1 and _place_head(text):
        # "Lakeside Cemetery", "Grey River": a place; but "The Hill" is a newspaper, and "Downing Street
        # said" the seat of a government speaking for it
        label = label if _seat_speaking(doc, start, end) else "LOC"
    if label in ("ORG", "FAC", "PERSON") and text.split()[0].lower() in MOUNT_WORDS and end - start > 1:
        label = "LOC"  # "Mount Kenya", "Mt. Hood"
    if label == "PERSON" and end - start > 1 and doc[end - 1].lower_ in BRANCH_REGIONS:
        label = "ORG"  # "Lycos Europe": a company's regional branch, no person
    if label in ("ORG", "FAC", "PERSON") and doc[start].lower_ in AREA_FIRST_WORDS and end - start > 1:
        label = "GPE"  # "County Kerry"
    if label in ("ORG", "FAC", "PERSON") and _names_a_gathering(doc, start, end):
        return Mention(start, end, text, "EVENT", None)  # "the Republican National Convention" is held
    if fold(text) in NAMED_EVENTS or doctrine_or_notion(text):
        # "Brexit", "the Qur'an", "Islamophobia": no actor, but an argument ("read the Qur'an")
        return Mention(start, end, text, "EVENT", None)
    if fold(text) in NOT_ACTORS:
        return None
    if label == "ORG" and len(words) == 1 and text.lower() in GOVERNMENT_WORDS:
        return None  # "the Administration said": a capitalised word of government is no name (as if small)
    if fold(text) in RELIGIONS or _prefixed_group(text):
        label = "NORP"  # "Islam", "ex-Muslims": a faith or a people's group, no body, person or place
    if fold(text) in PLATFORMS:
        label = "ORG"  # "wrote on Twitter": the tagger often takes platforms for people
    country = lookup_country(text) or _country_part(text)
    if country is None and label == "NORP":
        people = people_of_state(text)
        if people is not None:
            # "Montanans", "Native Americans": a group of its own, of the state, not the state itself
            return Mention(start, end, text, "NORP", None, affiliation=people, place=text)
    single_name = label != "PERSON" or end - start == 1
    if country is None and single_name and _acts(doc[start:end].root):
        if _speaks_or_answers(doc[start:end].root) and _seat_of_a_named_body(doc, start, end):
            return Mention(start, end, text, "ORG", None)  # "a reply from Brussels" in a story of the EC
        country = lookup_capital(text, after_the=_after_the(doc, start))
    seat_speaks = country is None and label == "LOC" and _seat_speaking(doc, start, end)
    if country is None and (label in ("ORG", "FAC", "GPE") or seat_speaks):
        # "Downing Street said", "the Elysee denied": the seat of a government speaks for it
        institution = country_of_institution(text)
        if institution is not None:
            if text.split()[-1].lower() in GOVERNMENT_WORDS:
                return Mention(start, end, text, "GPE", institution)
            return Mention(start, end, text, "ORG", None, affiliation=institution)
    if country is None and label in ("ORG", "FAC"):
        county = _county_of_body(text)
        if county is not None:
            return Mention(start, end, text, "ORG", None, affiliation=county)
    return Mention(start, end, text, label, country, affiliation=owner)


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Token i is its sentence's last word: only spaces, closing quotes or brackets follow it there."""
    for token in doc[i + 1 :]:
        if token.is_sent_start:
            return True
        if not (token.is_space or token.text in _QUOTES or token.text == ")"):
            return False
    return True


def _after_the(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ == "the"


def _names_a_gathering(doc: Doc, start: int, end: int) -> bool:
    """ "Republican National Convention", "California Primary": a name of two words or more whose last,
    capitalised, names a party gathering or vote."""
    last = doc[end - 1]
    return end - start >= 2 and last.lower_ in GATHERING_HEADS and last.text[:1].isupper()


def doctrine_or_notion(text: str) -> bool:
    """ "the Qur'an", "Sunnah" (a scripture or doctrine of a faith), "Islamophobia" (one word ending like a
    notion): no actor, whatever the tagger called it, but an argument like a law or an event."""
    if fold(text) in DOCTRINES:
        return True
    return " " not in text and any(text.lower().endswith(ending) for ending in NOTION_ENDINGS)


def _hyphened_time_qualifier(doc: Doc, start: int, end: int) -> bool:
    """ "[ex-Yukos] boss", "[then-Acme] chief": a span opening with a time qualifier (titles.tsv
    time_qualifiers) joined by a hyphen to a capitalised name; not a group ("ex-Muslims") nor a name the
    tables know whole ("Ex-Im Bank")."""
    if end - start < 3 or doc[start + 1].text != "-" or doc[start].whitespace_ or doc[start + 1].whitespace_:
        return False
    if not doc[start].is_alpha or time_qualifier([doc[start].lower_]) is None:
        return False
    if not doc[start + 2].text[:1].isupper():
        return False
    from geokg.extract.entities.igos import lookup_igo  # they read this module's fold()
    from geokg.extract.entities.organisations import lookup_organisation

    text = _surface(doc, start, end)
    return not _prefixed_group(text) and lookup_organisation(text) is None and lookup_igo(text) is None


def _stance_before_a_party(doc: Doc, start: int, end: int) -> int | None:
    """ "[pro-war Labour] MP X", "[anti-euro Conservative MPs]": a span opening with a stance prefix
    (words.tsv stance_prefixes) hyphened to what the stance is about, then a known party's one-word name
    after no other capitalised word and before nothing but title words: where the party's name is."""
    if end - start < 4 or doc[start].lower_ not in STANCE_PREFIXES or doc[start + 1].text != "-":
        return None
    for k in range(start + 3, end):
        if _party_word(doc[k]) and all(is_title_word(t.text) for t in doc[k + 1 : end]):
            return k
        if doc[k].text[:1].isupper():
            return None
    return None


def _prefixed_group(text: str) -> bool:
    """ "ex-Muslim", "non-Muslims", "anti-Muslim": a prefix hyphened to a people's or a faith's word names a
    group (or its member), which the tagger sometimes calls a person."""
    prefix, hyphen, rest = text.partition("-")
    if not hyphen or prefix.lower() not in GROUP_PREFIXES or not rest[:1].isupper():
        return False
    return fold(rest) in GROUP_FORMS or fold(rest) in RELIGIONS or is_demonym(rest)


_COUNTY_WORDS = frozenset({"county", "parish"})


def _county_of_body(text: str) -> Country | None:
    """ "Montgomery County Police Department", "Cook County Sheriff's Office": a body named by a county the
    gazetteer places in one country, followed by a body's noun, is of that county's country."""
    from geokg.extract.entities.places import place_country

    words = text.split()
    heads = {w.lower().removesuffix("'s") for w in words}
    for i in range(1, len(words) - 1):
        if words[i].lower() not in _COUNTY_WORDS:
            continue
        if not heads & BODY_HEADS.keys():
            return None
        found = place_country(" ".join(words[: i + 1]))
        return country_by_code(found.country) if found.known and found.country else None
    return None


@cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


_SEAT_VOICE_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _seat_speaking(doc: Doc, start: int, end: int) -> bool:
    """ "Downing Street said", "Downing Street's spokesman": a state institution's name (countries.tsv
    institutions) that may end like a place ("Street", "Hill") is that state's seat of government, which
    speaks and acts for the government, as a subject or possessor; "met them on Capitol Hill" is a place."""
    root = doc[start:end].root
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ in _SEAT_VOICE_DEPS and country_of_institution(doc[start:end].text) is not None


def _place_head(text: str) -> bool:
    return FACILITY_NOUNS.get(text.split()[-1].lower()) == "LOC"


def _price(doc: Doc, start: int, end: int) -> bool:
    """A currency code with a number: "USD 26.95", "EUR 1.2 million"."""
    words = doc[start:end]
    return (
        len(words) >= 2
        and words[0].text in _currency_codes()
        and any(any(c.isdigit() for c in t.text) for t in words[1:])
    )


def _currency_word(token: Token) -> bool:
    return token.lower_ in CURRENCY_WORDS and token.pos_ in ("NOUN", "PROPN")


_FUSED_AMOUNT = re.compile(r"\d[\d.,]*([a-z]*)")


def _amount_word(token: Token) -> bool:
    """ "420bn", "2.5", "million": a number, a number fused with its scale (magnitude_abbreviations, as
    amount_words), or a scale word."""
    if token.like_num or token.lower_ in AMOUNT_WORDS:
        return True
    fused = _FUSED_AMOUNT.fullmatch(token.lower_)
    scale = fused.group(1) if fused is not None else None
    return scale is not None and (not scale or scale in MAGNITUDE_ABBREVIATIONS or scale in AMOUNT_WORDS)


def _names_money(doc: Doc, start: int, end: int) -> bool:
    """ "150 mln [U.S. Dlrs]", "[U.S.] dlrs", "the [Canadian] dollar", "20 mln [Stg]": a currency (data:
    currency_words), or a state's name before one, names money, no actor ("Tom Marks" is a person, "Germany
    marks the day" acts)."""
    last = doc[end - 1]
    if _currency_word(last):
        if end - start > 1:
            if all(_amount_word(t) for t in doc[start : end - 1]):
                return True  # "totalling [420bn yuan]", "[2.5 million pesos]": an amount, typed as a name
            return lookup_country(doc[start : end - 1].text) is not None
        before = doc[start - 1] if start > 0 else None
        if last.ent_type_ in ("ORG", "GPE", "NORP", "PRODUCT"):
            return True  # "expects firm Sterling", "the Yen rose": a currency the tagger took for a name
        return before is not None and (
            before.like_num or before.lower_ in AMOUNT_WORDS or before.ent_type_ in ("MONEY", "CARDINAL")
        )
    # not "Jordanian [Crown] Prince X": a currency's word that opens a title
    titled = end + 1 < len(doc) and is_role_word(doc[end + 1].lower_)
    return (
        end < len(doc)
        and _currency_word(doc[end])
        and not titled
        and lookup_country(doc[start:end].text) is not None
    )


_GRADE_JOINS = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*")


def _names_grade(doc: Doc, start: int, end: int) -> bool:
    """ "Britain's Brent", "Nigeria's Bonny Light crude", "Indonesia's Minas and Duri", "Dubai crude": a grade
    of crude oil or of a commodity named after a field, port or region (data: commodity_grades) is a
    product, no actor, place or person. A grade that is also a place's name (place_grades: "Dubai") names
    the grade only as the modifier of a grade noun ending its phrase (grade_nouns: "Dubai crude fell";
    "Oman oil minister", "the Dubai crude market" keep the place)."""
    parts = [p for p in _GRADE_JOINS.split(fold(doc[start:end].text)) if p]
    if not parts or any(p not in COMMODITY_GRADES and p not in PLACE_GRADES for p in parts):
        return False
    if all(p in COMMODITY_GRADES for p in parts):
        return True
    if end >= len(doc) or doc[end].lower_ not in GRADE_NOUNS:
        return False
    return end + 1 >= len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN")


# Credit grades of the rating agencies, with a notch after them: S&P's and Fitch's letters ("AAA", "BBB-plus",
# "A-") and Moody's ("Aaa", "Baa1", "B3"). Only these forms, so acronyms ("ABB", "BBC") never match.
_CREDIT_GRADE = re.compile(
    r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|D|(?:Aaa|Aa|Baa|Ba|Caa|Ca)[123]?|[AB][123])(?:[-+]|-?plus|-?minus)?"
)


def _credit_grade(doc: Doc, start: int, end: int) -> bool:
    """ "downgraded Acme's debt to [BBB] from A", "raised its rating to [AA]": a credit grade right after "to"
    or "from" in a sentence of ratings (data: rating_words, lemmas) is the grade, no organisation the tagger
    took the letters for. "merged with ABB", "told the BBC" never match the grades' forms."""
    if start == 0 or doc[start - 1].lower_ not in ("to", "from"):
        return False
    if not _CREDIT_GRADE.fullmatch("".join(t.text for t in doc[start:end])):
        return False
    return any(t.lemma_.lower() in RATING_WORDS or t.lower_ in RATING_WORDS for t in doc[start].sent)


def _names_commodity(doc: Doc, start: int, end: int) -> bool:
    """ "Japanese [LNG] importers", "5 mln tonnes of [LPG a year]": a name that opens with a commodity's word
    (data: commodity_names) and has no capitalised word after it is the good, no actor ("LNG Japan Corp",
    a name going on in capitals, is a firm)."""
    if doc[start].lower_ not in COMMODITY_NAMES:
        return False
    return not any(t.text[:1].isupper() for t in doc[start + 1 : end])


# Longest acronym whose plural wire copy writes with "'s" ("IC's", "PC's", "VCR's")
_MAX_PLURAL_ACRONYM = 4


def _plural_acronym(doc: Doc, start: int, end: int) -> bool:
    """ "leads in production of high-end IC's", "sells PC's to Peru": a short all-capital word whose "'s"
    owns nothing (the word is no possessor, nor a predicate's "is NATO's") is an older plural of a thing's
    acronym, a product or a part counted, no actor; a state's, a body's or a known firm's name stays."""
    from geokg.extract.entities.igos import lookup_igo
    from geokg.extract.entities.organisations import lookup_organisation

    word = doc[start]
    if end - start != 1 or end >= len(doc) or doc[end].lower_ != "'s":
        return False
    if not (word.is_alpha and word.is_upper and 2 <= len(word.text) <= _MAX_PLURAL_ACRONYM):
        return False
    if word.dep_ in ("poss", "attr") or doc[end].dep_ == "poss":
        return False
    known = lookup_country(word.text) or lookup_organisation(word.text) or lookup_igo(word.text)
    return known is None


def _clock_word(doc: Doc, start: int, end: int) -> bool:
    """ "at 10.30 P.M. (2130 GMT)": a clock word (data: clock_words) right after a number is the time's,
    whatever the tagger took it for."""
    text = doc[start:end].text.lower()
    before = doc[start - 1] if start > 0 else None
    clock = before is not None and (before.like_num or bool(_CLOCK_TIME.fullmatch(before.lower_)))
    return text in CLOCK_WORDS and clock


def _time_zone(doc: Doc, start: int, end: int) -> bool:
    """ "9:54 a.m. ET", "at 14:00 CET": an all-capital word just after a clock time is its time zone."""
    word = doc[start]
    if end - start != 1 or start == 0 or not (word.is_alpha and word.is_upper and 2 <= len(word) <= 5):
        return False
    before = doc[start - 1]
    if before.lower_ in CLOCK_WORDS:
        # "2 pm ET", "9:54 a.m. ET"; but "I am FBI"
        return start >= 2 and (doc[start - 2].like_num or bool(_CLOCK_TIME.fullmatch(doc[start - 2].lower_)))
    return bool(_CLOCK_TIME.fullmatch(before.lower_))


def _settlement_start(doc: Doc, start: int, end: int) -> int:
    """Where a settlement's name ending in "City" or "Town" begins: a capitalised title word just before it
    is the name's own first word ("General Santos City"), not a title of a person called "Santos City"."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and end - start >= 2 and before.text.istitle() and not before.ent_type_:
        return start - 1 if is_role_word(before.lower_) else start
    return start


def _capitalised_name(tokens: Span) -> bool:
    return len(tokens) > 0 and all(t.is_alpha and t.text.istitle() for t in tokens)


def _storm_word(token: Token) -> bool:
    """ "Hurricane", "Typhoon", "Storm"; "Depression" after "Tropical" ("the Great Depression" is none)."""
    if not token.text.istitle():
        return False
    if token.lower_ in STORM_WORDS:
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return token.lower_ in TROPICAL_STORM_WORDS and before is not None and before.text == "Tropical"


_NUMBERED_NAME = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*[- ]\d{1,2}")


def _operation_span(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The span of a named military operation or campaign, an event: "Operation Desert Storm" (the opener
    tagged with the name or just before it), "the Tet offensive" (a name compounded on "offensive"; not a
    state's, "the Iran offensive", nor a person's), "launched Karbala-5" (a name with a number that a verb of
    launching takes as its object)."""
    if end - start >= 2 and doc[start].lower_ in OPERATION_OPENERS and doc[start].text.istitle():
        return (start, end) if _capitalised_name(doc[start + 1 : end]) else None
    if start > 0 and doc[start - 1].lower_ in OPERATION_OPENERS and doc[start - 1].text.istitle():
        return (start - 1, end) if _capitalised_name(doc[start:end]) else None
    root = doc[start:end].root
    text = doc[start:end].text
    if label == "PERSON" or lookup_country(text) is not None or is_demonym(text):
        return None
    if (
        end < len(doc)
        and doc[end].lower_ in OPERATION_HEADS
        and root.dep_ == "compound"
        and root.head.i == end
        and lookup_capital(text) is None
        and not _owned_offensive_on_a_place(doc, start, end, text)
    ):
        return start, end + 1
    if _NUMBERED_NAME.fullmatch(text) and root.dep_ == "dobj" and root.head.lemma_.lower() in LAUNCHING_VERBS:
        return start, end
    return None


def _owned_offensive_on_a_place(doc: Doc, start: int, end: int, text: str) -> bool:
    """ "Iran's Basra offensive", "its Basra offensive", "the Iranian Basra offensive": a known place
    compounded on an offensive that a state (a possessive or a state's word before the place) owns is
    where the owner attacks, not the name of an operation; the place stays a place, a party to the event.
    An unowned "the Basra offensive" stays a name, as "the Tet offensive" is."""
    from geokg.extract.entities.places import place_country  # (places imports this module)

    if not place_country(text).known:
        return False
    head = doc[end]
    if any(c.dep_ == "poss" for c in head.children):
        return True
    before = doc[head.left_edge.i : start]
    return any(lookup_country(t.text) is not None or is_demonym(t.text) for t in before)


MAX_GATHERING_TAIL = 5
_TITLE_JOINS = frozenset({"and", "of", "&", "on", "for"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def _gathering_title(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The span of a meeting's own title, an event: "the Pacific Rim Summit", "the 8th World Oils
    Conference", and "the 8th Antwerp Oils and Fats Contact Days" where the tagger named only its first words
    (the title goes on over untagged capitalised words and their joins to its head). Its last word is a
    meeting's (data: gathering_title_heads): "always" such, or "numbered", only after an ordinal or a year
    ("the Islamic Conference" may be a body)."""
    if label == "PERSON" or end - start < 1:
        return None
    last = end
    j = end
    while j < len(doc) and j - end < MAX_GATHERING_TAIL and not doc[j].ent_type_:
        word = doc[j]
        if word.lower_ in _TITLE_JOINS and j + 1 < len(doc) and doc[j + 1].text.istitle():
            j += 1
            continue
        if not (word.is_alpha and word.text.istitle()):
            break
        j += 1
        if word.lower_ in GATHERING_TITLE_HEADS:
            last = j
    if last == end and doc[end - 1].lower_ not in GATHERING_TITLE_HEADS:
        return None
    head = doc[last - 1]
    if last - start < 2 or not head.text.istitle() or lookup_country(doc[start:last].text) is not None:
        return None
    if GATHERING_TITLE_HEADS[head.lower_] == "numbered":
        before = doc[start - 1] if start > 0 else None
        if before is None or not (before.ent_type_ == "ORDINAL" or _YEAR.fullmatch(before.text)):
            return None
    return start, last


def _body_gathering(doc: Doc, start: int, end: int) -> bool:
    """A lower-case noun of a gathering (data: gathering_nouns) tagged as a name, which a word of recurrence
    or an ordinal ("the annual congress", "its 12th conference") or "of" and a body's name ("the congress of
    the Asian Bankers Association") makes a meeting: no legislature, no body (a state's "congress of Peru"
    stays its chamber)."""
    head = doc[end - 1]
    if not head.is_lower or head.lower_ not in GATHERING_NOUNS:
        return False
    for child in head.children:
        if child.i < head.i and (child.lower_ in GATHERING_RECURRENCE_WORDS or child.ent_type_ == "ORDINAL"):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            body = next((w for w in child.children if w.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ == "ORG" and lookup_country(body.text) is None:
                return True
    return False


def _storm_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a storm's name begins when the span names one: "Typhoon Phanfone", "Hurricane Ida" (the storm
    word tagged with the name or left just before it), with "Tropical" or "Super" before the storm word
    ("Tropical Storm Beta" tagged whole)."""
    if end - start >= 2 and _storm_word(doc[start]):
        first = start
    elif end - start >= 3 and doc[start].text in ("Tropical", "Super") and _storm_word(doc[start + 1]):
        first = start + 1
    elif start > 0 and _storm_word(doc[start - 1]):
        first = start - 1
    else:
        return None
    if not _capitalised_name(doc[first + 1 : end]):
        return None
    if first > 0 and doc[first - 1].lower_ in ("tropical", "super") and doc[first - 1].text.istitle():
        first -= 1
    return first


MAX_STORM_NAME_WORDS = 2


def _untagged_storms(doc: Doc, covered: set[int]) -> list[Mention]:
    """Storms the tagger left untagged ("Tropical Depression Three formed …"): a storm word and one or two
    capitalised words of a given name or a number after it, none tagged, and no body's noun among them
    ("Hurricane Center" is an office's name). An EVENT, like a tagged storm."""
    pos = pos_ids(doc)

    def storm_at(i: int) -> Mention | None:
        first = i + 1 if doc[i].text in ("Tropical", "Super") and i + 1 < len(doc) else i
        if first in covered or i in covered or not _storm_word(doc[first]) or doc[first].ent_type_:
            return None  # a tagged "Hurricane Nora" is read from the tagger's names ("Nora" the storm)
        if first == i and doc[i].lower_ == "storm":
            return None  # "Storm Area 51" may be a call to storm a place: "Storm" alone names no storm here
        end = first + 1
        while end < len(doc) and end not in covered and pos[end] in (PROPN, NUM) and doc[end].is_alpha:
            if (
                not doc[end].text.istitle()
                or doc[end].ent_type_
                or doc[end].lower_ in ORGANISATION_HEADS | VENUE_NOUNS
            ):
                return None
            end += 1
        if end == first + 1 or end - first - 1 > MAX_STORM_NAME_WORDS:
            return None
        if end < len(doc) and ((doc[end].text[:1].isupper() and pos[end] == PROPN) or doc[end].like_num):
            return None  # the run goes on into another name or a number: where the storm's ends is unsure
        return Mention(i, end, _surface(doc, i, end), "EVENT", None)

    return _scan(doc, storm_at, covered)


def _after_person_honorific(doc: Doc, start: int, end: int) -> bool:
    """ "Dr Holm", "Mrs Lind", "Mr Hulme-Cross": a name after an honorific that only persons bear, inside
    the tagged span or right before it."""
    if end - start >= 2 and is_person_honorific(doc[start]):
        return end - start <= 4 and _surname_words(doc[start + 1 : end])
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.text[:1].isupper()
        and is_person_honorific(before)
        and end - start <= 3
        and _surname_words(doc[start:end])
    )


def _sea_named(doc: Doc, start: int, end: int) -> bool:
    """ "the Gulf of Tamarind", "the Bay of Kestrels", "the Strait of Orun": a sea's head, "of" and one or two
    capitalised words, not ending in a body's head."""
    first = start + (doc[start].lower_ == "the")
    if not 3 <= end - first <= 4 or doc[first + 1].lower_ != "of":
        return False
    if not doc[first].text[:1].isupper() or doc[first].lower_ not in SEA_HEADS:
        return False
    rest = doc[first + 2 : end]
    heads = ORGANISATION_HEADS | BODY_HEADS.keys()
    return all(t.is_alpha and t.text[:1].isupper() for t in rest) and rest[-1].lower_ not in heads


MAX_PORTFOLIOS_LISTED = 4


def _portfolio_of_a_title(doc: Doc, start: int, end: int) -> bool:
    """ "the EU's [Humanitarian Aid] Commissioner", "Commissioner for Development and [Humanitarian Aid]":
    capitalised words of a portfolio alone (data: ministry_portfolio_words), right before a capitalised
    title's noun or after the "for" or "of" of one (over the portfolios listed before them), are the
    title's, no person's name."""
    words = [t for t in doc[start:end] if t.lower_ != "and"]
    if not words or not all(t.text[:1].isupper() and is_ministry_field(t.lower_) for t in words):
        return False
    if end < len(doc) and doc[end].text[:1].isupper() and is_role_word(doc[end].lower_):
        return True
    k = start - 1
    for _ in range(MAX_PORTFOLIOS_LISTED * 2):
        if k < 1:
            return False
        word = doc[k]
        if word.lower_ in ("for", "of"):
            return doc[k - 1].text[:1].isupper() and is_role_word(doc[k - 1].lower_)
        if not (word.text in (",", "and") or (word.text[:1].isupper() and is_ministry_field(word.lower_))):
            return False
        k -= 1
    return False


MAX_PEER_NAME_WORDS = 2
MAX_PEERS_LISTED = 8


def _peer_title(token: Token) -> bool:
    """A capitalised title of the peerage, singular or plural ("Lord", "Baroness", "Lords")."""
    return token.text[:1].isupper() and token.lower_ in PEER_TITLES


def _plural_peer_title(token: Token) -> bool:
    return _peer_title(token) and token.lower_.endswith("s") and not token.lower_.endswith("ss")


def _peer_named(doc: Doc, start: int, end: int) -> int | None:
    """Where the person's name begins in a span that names a peer: "[Lord Keel]", "Lord [Keel]", "[Lords
    Adair]", and each name of the list a plural title opens ("Lords Adair, [Keel] and [Pike]", the judges
    who sat). The name is one or two capitalised words; one the organisation table knows keeps its type
    (None)."""
    from geokg.extract.entities.organisations import lookup_organisation

    first = start + 1 if end - start >= 2 and _peer_title(doc[start]) else start
    if first > start and start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text.istitle():
        return None  # "Sacha [Lord Cohen]": the title word is the surname's, after a given name
    if first == start and not (_after_peer_title(doc, start) or _in_a_peers_list(doc, start)):
        return None
    if not 0 < end - first <= MAX_PEER_NAME_WORDS or not _surname_words(doc[first:end]):
        return None
    if lookup_organisation(doc[start:end].text) is not None or lookup_organisation(doc[first:end].text):
        return None
    return first


def _after_peer_title(doc: Doc, start: int) -> bool:
    return start > 0 and _peer_title(doc[start - 1])


def _in_a_peers_list(doc: Doc, start: int) -> bool:
    """ "Lords Adair, Keel and Pike": the name at `start` comes after a comma or "and" in a run of one-word
    names that a plural title of the peerage opens."""
    k = start - 1
    for _ in range(MAX_PEERS_LISTED):
        if k < 1 or not (doc[k].text == "," or doc[k].lower_ == "and"):
            return False
        k -= 1
        if doc[k].text == ",":
            k -= 1  # ", and"
        name = doc[k]
        if not (name.text.isalpha() and name.text.istitle()):
            return False
        if k > 0 and _plural_peer_title(doc[k - 1]):
            return True
        k -= 1
    return False


def _surname_words(tokens: Span) -> bool:
    """Capitalised words, a surname's joined by hyphens ("Hulme-Cross" is three tokens), and lower-case name
    particles before the last ("de Boer", "van der Berg"; data: name_particles)."""
    parts = [part for word in tokens.text.split() for part in word.split("-")]
    if not parts or not parts[-1].istitle():
        return False
    return all(part.isalpha() and (part.istitle() or part in NAME_PARTICLES) for part in parts)


def _title_words_from(doc: Doc, start: int, limit: int) -> int:
    """Where the title that begins at `start` ends (before `limit`): title modifiers closed by a role noun
    ("Crown Prince", "Woman Grand Master", "Vice President"); `start` when no such title begins there."""
    end = start
    for k in range(start, limit):
        word = doc[k].lower_
        if is_role_word(word):
            end = k + 1
        elif not is_title_word(word) or not doc[k].text[:1].isupper():
            break
    return end


def _after_leading_title(doc: Doc, start: int, end: int) -> int:
    """The start of a person's name after a capitalised title tagged as part of it ("[Crown Prince X]",
    "[International Master X]"); the name keeps at least one word. A role noun alone is left to the
    caller's loop, which also drops honorifics."""
    title_end = _title_words_from(doc, start, end - 1)
    opens_with_modifier = title_end > start and not is_role_word(doc[start].lower_)
    return title_end if opens_with_modifier else start


def _state_before_title(doc: Doc, start: int, end: int) -> int | None:
    """Where a state's name or demonym ends when the rest of a tagged span, with the words after it, is a
    title before a name: "[Iranian International] Master X", "[Israeli Grand Master] (GM) Y"."""
    for size in (3, 2, 1):
        cut = start + size
        if cut >= end or lookup_country(doc[start:cut].text) is None:
            continue
        title_end = _title_words_from(doc, cut, len(doc))
        # the tagged words end in a title's noun, or begin a title the list knows ("International [Master]");
        # not "[Turkish Foreign Ministry] spokesman X", a body of the state before its spokesman's title
        whole = is_role_word(doc[end - 1].lower_) or is_known_title(doc[cut:title_end].text)
        # "[West German Economics] Minister X": the tagged words after the state are a portfolio only, the
        # role noun after them closes the title (not "[Turkish Foreign Ministry] spokesman": a body's noun)
        whole = whole or (title_end > end and _portfolio_only(doc[cut:end]))
        return cut if title_end >= end and whole else None
    return None


def _portfolio_only(words: Iterable[Token]) -> bool:
    """Words of a portfolio alone, no body's noun: "Economics", "Foreign Trade", "National Security", and a
    ministry's field the tagger cut off from the rest ("[Nicaraguan External] Trade Minister X")."""
    heads = ORGANISATION_HEADS | BODY_HEADS.keys()
    folded = [t.lower_ for t in words]
    return any(is_ministry_field(w) for w in folded) and all(
        (is_ministry_field(w) or is_title_modifier(w)) and w not in heads for w in folded
    )


def _body_before_portfolio(doc: Doc, start: int, end: int) -> int:
    """Where a body's abbreviation, or an international body's name (igos.tsv), ends when the rest of a
    tagged span is the portfolio of a title before a name ("[EC External Trade] Commissioner X", "[OPEC
    Finance] Director Y", "[European Community Farm] Commissioner Z"): capitalised title modifiers
    up to a role noun that introduces a person; `end` when the span is no such thing."""
    from geokg.extract.entities.igos import igo_by_key, lookup_igo

    first = doc[start].text.replace(".", "")
    if end - start < 2:
        return end
    # "[European Community External Trade] Commissioner X": an international body's full name
    sizes = (n for n in (4, 3, 2) if start + n < end and lookup_igo(doc[start : start + n].text))
    body = next((start + n for n in sizes), None)
    if body is None and not (first.isalpha() and first.isupper() and len(first) > 1):
        return end
    if lookup_country(doc[start].text) is not None:
        return end  # "[U.S. Treasury] Secretary X": a state's own body (the state's words are read apart)
    # after an international body's name, any capitalised words but a body's head noun or a state's name
    # are its field ("[UN] Refugee Affairs Director X", "[EC] Industrial Policy Director Y": no UN body
    # "Refugee Affairs"); after another abbreviation, which may be a firm's ("NBC Sports"), title words only
    # ("EC" is a key of igos.tsv, whichever body it stood for on the article's day)
    known = (lookup_igo(doc[start].text), igo_by_key(first))
    international = body is not None or any(f is not None for f in known)
    body = body or start + 1
    if international:
        body = _known_body_end(doc, start, body, end)
        if body == end:
            return end  # "[UN Development Programme] Administrator X": the whole is one known body
    heads = ORGANISATION_HEADS | BODY_HEADS.keys()
    words = doc[body:end]
    if not all(
        t.text.istitle()
        and (is_title_modifier(t.lower_) or (international and t.is_alpha and lookup_country(t.text) is None))
        and not is_role_word(t.lower_)
        and t.lower_ not in heads
        for t in words
    ):
        return end
    if end < len(doc) and is_role_word(doc[end].lower_) and _introduces_a_person(doc, end):
        return body
    return end


def _known_body_end(doc: Doc, start: int, body: int, end: int) -> int:
    """Where the longest known international body's name (igos.tsv) that opens doc[start:end] ends,
    reading a short name that opens it as the body's full one ("UN Development Programme" is the "United
    Nations Development Programme"); `body` (where the short name doc[start:body] ends) when no longer one
    is known."""
    from geokg.extract.entities.igos import igo_by_key, lookup_igo

    for k in range(end, body, -1):
        if lookup_igo(doc[start:k].text):
            return k
        for cut in range(start + 1, body + 1):  # "UN" of "UN Environment Programme", itself an alias's start
            short = doc[start:cut].text
            igo = lookup_igo(short) or igo_by_key(short.replace(".", ""))
            if igo is not None and lookup_igo(f"{igo.label} {doc[cut:k].text}"):
                return k
    return body


def _body_before_rank(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends when the tagger ran it on over the rank of a secretary it introduces
    ("[Foreign Office Permanent] Secretary X"): its head noun ("Office", "Ministry"), then one Title Case
    word that is no head noun, right before "Secretary" and a person's name; `end` otherwise (the rank is
    the title's: "permanent secretary" of the Foreign Office)."""
    if end - start < 3 or end >= len(doc) or doc[end].lower_ not in STATE_PORTFOLIO_TITLES:
        return end
    heads = ORGANISATION_HEADS | BODY_HEADS.keys()
    last = doc[end - 1]
    rank = last.is_alpha and last.text.istitle() and last.lower_ not in heads
    return end - 1 if rank and doc[end - 2].lower_ in heads and _introduces_a_person(doc, end) else end


def _portfolio_before_title(doc: Doc, start: int, end: int) -> int | None:
    """Where a tagged span's state word ends when the rest is the portfolio of a minister's title before a
    name ("[U.K.] Corporate Affairs Minister Y"; `start` when no state word opens it: "Development
    Supervision Minister X"): Title Case words, none an organisation's head noun, two portfolios joined by
    "and" ("[British] Trade and Industry Secretary Z": a secretary's only so, after a state's word, as
    "Press Secretary" is a body's too), the tagger's span perhaps ending at the "and" ("[Venezuelan Energy]
    and Mines Minister X"); None for any other span."""
    end = _joined_portfolio_end(doc, end)
    if end >= len(doc) or not _introduces_a_person(doc, end):
        return None
    first = start + (lookup_country(doc[start].text) is not None)
    title, words = doc[end].lower_, doc[first:end]
    # a secretary's joined portfolios only ("[U.S.] Navy Secretary X" is the Navy's, read as a body)
    joined = first > start and any(t.lower_ == "and" for t in words)
    if title not in PORTFOLIO_TITLES and not (title in STATE_PORTFOLIO_TITLES and joined):
        return None
    heads = ORGANISATION_HEADS | BODY_HEADS.keys()
    if not words or words[0].lower_ == "and" or words[-1].lower_ == "and":
        return None
    # a head noun joined to another portfolio is a portfolio too ("Energy and Mines Minister")
    titled = (
        t.is_alpha and t.text.istitle() and (joined or t.lower_ not in heads)
        for t in words
        if t.lower_ != "and"
    )
    return first if all(titled) else None


def _joined_portfolio_end(doc: Doc, end: int) -> int:
    """Where the title word is when a tagged span stops at the "and" joining a second portfolio to its own
    ("[Venezuelan Energy] and Mines Minister X": the "Minister"); `end` otherwise."""
    if end >= len(doc) or doc[end].lower_ != "and":
        return end
    j = end + 1
    while j < len(doc) and doc[j].is_alpha and doc[j].text.istitle() and not is_role_word(doc[j].lower_):
        j += 1
    return j if j > end + 1 and j < len(doc) and is_role_word(doc[j].lower_) else end


def _state_before_goods(doc: Doc, start: int, end: int) -> int | None:
    """Where a state's name or word ends when the rest of a tagged span is its goods: "U.S. Wheat", "Thai
    Rice", "U.S. Products" (words state_goods knows; not a firm's name, which goes on with more words), or
    its emblem: "the U.S. Flag" (state_emblems), no body."""
    things = STATE_GOODS | STATE_EMBLEMS
    if end - start < 2 or doc[end - 1].lower_ not in things:
        return None
    for size in (3, 2, 1):
        cut = start + size
        if cut >= end or lookup_country(doc[start:cut].text) is None:
            continue
        return cut if all(doc[i].lower_ in things for i in range(cut, end)) else None
    return None


def _opening_adjective(doc: Doc, start: int, end: int) -> bool:
    """Does a tagged span open the sentence with an adjective before a state's abbreviation and one common
    noun wire copy capitalised ("Initial U.S. Reaction to the plan ...", "Strong U.S. Demand for ...")?
    The adjective's capital is the sentence's, so it makes no name of the rest."""
    first = doc[start]
    return (
        end - start == 3
        and first.is_sent_start
        and first.tag_ in ("JJ", "JJR", "JJS")
        and _state_before_common_noun(doc, start + 1, end)
    )


def _state_before_common_noun(doc: Doc, start: int, end: int) -> bool:
    """Is a tagged span of two words a state's abbreviation and ONE capitalised common noun that wire copy
    capitalised by accident, with lower-case words after it ("curbs on U.S. Development of SDI", "the U.S.
    Current account deficit", words state_common_nouns knows)? Not a name the tables know ("U.S. Steel"),
    nor one that goes on in capitals ("U.S. Trade Representative")."""
    from geokg.extract.entities.organisations import lookup_organisation

    if end - start != 2:
        return False
    first, word = doc[start].text, doc[start + 1]
    letters = first.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) > 1) or lookup_country(first) is None:
        return False
    plural = _common_plural(word.lower_)
    if not (word.text.istitle() and (word.lower_ in STATE_COMMON_NOUNS or plural)):
        return False
    after = doc[end] if end < len(doc) else None
    # "considered U.S. Helicopters, he said": a plural common noun may end the clause; a singular one must go
    # on in lower case ("U.S. Trade Representative" goes on in capitals: a body)
    lower_after = after is not None and after.is_alpha and after.is_lower
    if not lower_after and not (plural and (after is None or after.is_punct)):
        return False
    text = doc[start:end].text
    return lookup_organisation(text) is None and country_of_institution(text) is None


def firm_noun(noun: Token) -> bool:
    """Is the word, in any case, a common noun of a firm or a legal form ("company", "corp", "Co.")? After
    "a"/"an" it describes a firm, naming none."""
    return noun.lower_ in COMPANY_NOUNS or noun.lower_.rstrip(".") in COMPANY_NAME_ENDS


def _place_of_a_described_firm(doc: Doc, start: int, end: int) -> bool:
    """Is a tagged span a known place and a lower-case noun of a firm after "a"/"an" ("an Alberta corp", "a
    Delaware company")? An indefinite article makes it a description of some firm, and the lower case says
    "corp" is the common noun, not a name's legal form ("Alberta Corp", a firm of that name). Wire copy
    capitalises after a comma at times ("Kestrel, An Alberta Corp, which ..."): a capital "A"/"An" there is
    the same article, and then the noun's capital says nothing either."""

    if end - start < 2 or start == 0 or doc[start - 1].lower_ not in ("a", "an"):
        return False
    noun = doc[end - 1]
    if not firm_noun(noun):
        return False
    wire_capital = doc[start - 1].text in ("A", "An") and start >= 2 and doc[start - 2].text == ","
    if not noun.is_lower and not wire_capital:
        return False
    place = doc[start : end - 1].text
    return _known_place(place)


def _common_plural(word: str) -> bool:
    """Is a lower-cased word the plural of a common noun the state_common_nouns or weapon_nouns lists know
    ("helicopters", "cities", "missiles", "firms")?"""
    if not word.endswith("s") or len(word) < 4:
        return False
    nouns = STATE_COMMON_NOUNS | WEAPON_NOUNS
    singulars = {word[:-1], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    if word.endswith("es"):
        singulars.add(word[:-2])
    return bool(singulars & nouns)


def _body_of_plural_title(doc: Doc, start: int, end: int) -> bool:
    """Does the tagged span end in a role noun in the plural that is the last word of a body's name, not a
    title of the person named next? "Council of Economic Advisers chairman X", "Board of Governors
    chairman Y": an "of" joins it to the body's head, or a singular title follows it, the person's own
    ("Foreign Ministers X and Y" is a title of two people)."""
    last = doc[end - 1]
    if not (last.text.istitle() and is_plural_role_word(last.text)):
        return False
    if any(t.lower_ == "of" for t in doc[start : end - 1]):
        return True
    return end < len(doc) and is_role_word(doc[end].lower_) and not is_plural_role_word(doc[end].text)


def _party_before_its_officer(doc: Doc, start: int, end: int) -> int:
    """Where a party's tagged name ends when the tagger ran it on into the capitalised title of one of its
    officers ("The [Green Party Co-Chairman] said", "the [Labour Party Deputy Leader]"): the party's name
    ends in "Party" or is one the tables know, the title is one a party gives (entity_words.tsv
    party_roles), perhaps with "Co-", "Deputy" or another title word before it. The title is left to the
    roles and to coreference, which read "the co-chairman" as its holder. `end` when there is none."""
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold()

    if end - start < 2 or doc[end - 1].lower_ not in PARTY_ROLES:
        return end
    cut = end - 1
    while cut > start + 1 and doc[cut - 1].lower_ != "party":
        word = doc[cut - 1]
        if not (word.text == "-" or word.lower_ == "co" or is_title_modifier(word.lower_)):
            break
        cut -= 1
    if doc[cut - 1].lower_ == "party":
        return cut
    known = lookup_organisation(doc[start:cut].text)
    return cut if known is not None and known.kind == "party" else end


def _body_of_a_states_members(doc: Doc, start: int, end: int) -> bool:
    """ "The [Association of Dutch] growers warned": a body's head noun (entity_words.tsv body_heads), "of"
    and a state's adjective, tagged, that modifies the plural common noun right after them (the members the
    body is of) name one body with that noun; not a name's words before a description ("the [Paris Club of
    Western] creditor governments": a region's word, and a noun between)."""
    if end - start != 3 or end >= len(doc) or doc[end - 2].lower_ != "of":
        return False
    head, demonym, members = doc[start], doc[end - 1], doc[end]
    if not head.text[:1].isupper() or head.lower_ not in BODY_HEADS or lookup_country(demonym.text) is None:
        return False
    return members.tag_ == "NNS" and members.is_lower and demonym.head.i == members.i


def _members_after_a_demonym(doc: Doc, start: int, end: int) -> int:
    """Where a body's tagged name that leaves out the plural noun of its members ends
    (_body_of_a_states_members): after that noun. `end` otherwise."""
    return end + 1 if _body_of_a_states_members(doc, start, end) else end


def _introduces_a_person(doc: Doc, end: int) -> bool:
    """The tokens from `end` on are a person's name, perhaps after more title words."""
    while end < len(doc) and is_role_word(doc[end].lower_):
        end += 1
    return end < len(doc) and doc[end].ent_type_ == "PERSON"


def _inside_title(ent: Span) -> bool:
    """spaCy tags the "State" of "Secretary of State" (or the "Energy" of "Minister of Energy") as an
    organisation; it is part of a title."""
    if not _title_object_at(ent.doc, ent.start):
        return False
    # "Under Secretary of State for Economic Affairs": a portfolio after "for" is the title's too
    portfolio = ent[1:]
    return len(ent) == 1 or (
        len(ent) > 2 and portfolio[0].lower_ == "for" and all(t.text.istitle() for t in portfolio[1:])
    )


def _title_object_at(doc: Doc, i: int) -> bool:
    """The word at `i` completes the title before its "of": the "Commerce" of "Secretary of Commerce"."""
    return (
        i >= 2
        and doc[i - 1].lower_ == "of"
        and (doc[i].lower_ in TITLE_OBJECTS or is_portfolio(doc[i].lower_))
        and doc[i - 2].lower_ in TITLE_OBJECT_HEADS
    )


def _untagged_name_word(token: Token, opening: bool = False) -> bool:
    """A capitalised word outside the tagger's names (at a sentence's start only if `opening` allows)."""
    untagged = token.text.istitle() and token.is_alpha and not token.ent_type_
    return untagged and (opening or not token.is_sent_start)


_SAINT_WORDS = frozenset({"st.", "st", "saint"})
_POSSESSIVES = frozenset({"'s", "’s"})


def _saints_town(doc: Doc, start: int, end: int) -> bool:
    """ "St. John's", "St Mary's": a place named after a saint, tagged as a place with its possessive, keeps
    the possessive, which is part of the name (a building after it is read by _saints_building)."""
    return (
        end - start > 1
        and end < len(doc)
        and doc[start].lower_ in _SAINT_WORDS
        and doc[end].text in _POSSESSIVES
        and doc[end - 1].text[:1].isupper()
    )


def _saints_building(doc: Doc, ent: Span) -> Span:
    """ "[St. John's] Episcopal Church", "[St Mary's] Hospital": a saint's name the tagger takes for a place
    or person, whose possessive opens a building's name that runs on, untagged, to a building's noun."""
    if ent.label_ not in ("GPE", "PERSON", "ORG", "LOC") or doc[ent.start].lower_ not in _SAINT_WORDS:
        return ent
    end = ent.end
    if doc[end - 1].text not in _POSSESSIVES:
        if end >= len(doc) or doc[end].text not in _POSSESSIVES:
            return ent
        end += 1
    last = end
    while last < len(doc) and doc[last].pos_ == "PROPN" and _untagged_name_word(doc[last]):
        last += 1
    kind = FACILITY_NOUNS.get(doc[last - 1].lower_) if last > end else None
    return Span(doc, ent.start, last, label=kind) if kind is not None else ent


def _firm_and_partners(doc: Doc, ent: Span, ents: list[Span], i: int) -> tuple[Span, int]:
    """ "[Peter Lowe] and [Co]", "Hill and Sons": a name, "and", and a word a firm's name ends with (data:
    firm_partner_words) that ends the name there are one firm, whatever the tagger made of the parts. The
    entity span and the index of the next tagged entity not swallowed."""
    k = ent.end
    if ent.label_ not in ("PERSON", "ORG") or k + 1 >= len(doc) or not _firm_and(doc[k]):
        return ent, i  # ("Lazard Freres et Cie": a foreign "and", data: firm_name_ands)
    partner = doc[k + 1]
    if partner.lower_ not in FIRM_PARTNER_WORDS or not partner.text[:1].isupper():
        return ent, i
    if k + 2 < len(doc) and doc[k + 2].pos_ == "PROPN" and doc[k + 2].text[:1].isupper():
        return ent, i  # "Lowe and Company Holdings": a longer name the tagger may read whole
    while i < len(ents) and ents[i].start < k + 2:
        i += 1
    return Span(doc, ent.start, k + 2, label="ORG"), i


# Words a firm's name may have before its legal form ("Greenfield Mutual Life Insurance Co Ltd").
MAX_FIRM_WORDS = 6
# Tagged words that are no part of a firm's name before its legal form: a date, a time or a figure.
_NOT_FIRM_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
# How the parser attaches a word of a firm's name to a later one: "[Fording] Coal Co", "[British] Printing".
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def _region_word_of_next_noun(doc: Doc, end: int) -> bool:
    """Does a tagged span end in "of" and an adjective of a region or nation (compass_adjectives,
    region_adjectives, a demonym) that modifies a noun after the span ("of Western creditor governments",
    "of Arab states")?"""
    word = doc[end - 1]
    if doc[end - 2].lower_ != "of" or word.pos_ != "ADJ" or word.dep_ != "amod" or word.head.i < end:
        return False
    regional = word.lower_ in COMPASS_ADJECTIVES or word.lower_ in REGION_ADJECTIVES
    return regional or lookup_country(word.text) is not None


def _legal_form(token: Token) -> bool:
    return is_legal_form(token.text)


def is_legal_form(word: str) -> bool:
    """ "Co", "Ltd", "Inc.", "AG", "GmbH" (data: company_name_ends), written as a legal form is: with a
    capital, and in capitals when it has only two letters ("AG", "SA", "NV", "KK"; "Co" is written so)."""
    lower = word.lower()
    letters = word.replace(".", "")
    if lower in COMPANY_SUFFIXES and (
        letters.isupper() or (letters[:1].isupper() and lower.replace(".", "") in COMPANY_NAME_ENDS)
    ):
        return True  # "PLC.", "Plc." closing a sentence: one token (io/nlp.py), the form and the full stop
    if lower not in COMPANY_NAME_ENDS:
        return False
    return letters.isupper() or (letters[:1].isupper() and (len(letters) >= 3 or lower.startswith("co")))


def names_a_firm(words: list[str]) -> bool:
    """ "Kestrel River Co", "Kestrel Securities", "Kestrel Tobacco": a name of two or more words that ends in
    a legal form, or whose words after the first are all words of a trade (firm_sector_words): a firm's
    full name, whose first word news uses alone for the firm later."""
    if len(words) < 2:
        return False
    return is_legal_form(words[-1]) or all(w.istitle() and w.lower() in FIRM_SECTOR_WORDS for w in words[1:])


def _firm_word(token: Token) -> bool:
    """A capitalised word that may be part of a firm's name before its legal form."""
    if not token.text[:1].isupper() or not token.text.replace("-", "").replace(".", "").isalpha():
        return False
    if token.ent_type_ in _NOT_FIRM_LABELS or is_role_word(token.lower_) or is_title_modifier(token.lower_):
        return False
    if token.lower_ in DAY_NAMES:
        return False  # "On Monday Acme Co said", the tagger's date or not
    if token.lower_ in FIRM_SECTOR_WORDS:
        return True
    return token.pos_ == "PROPN" or (
        not token.is_stop and token.pos_ in ("NOUN", "ADJ") and not token.is_sent_start
    )


def _in_name(word: Token, end: int) -> bool:
    """The parser attaches the word into the firm's name that runs on to token `end` (exclusive): its head
    is a later word of the name, which it modifies ("[Fording] Coal Co", "British [Printing] and
    Communication Corp PLC"), not a verb or a preposition outside it ("In [Tokyo] Acme Corp said", "[IBM]
    and Acme Corp said")."""
    return word.dep_ in _NAME_DEPS and word.i < word.head.i < end


def _firm_name_word(word: Token, end: int) -> bool:
    """A capitalised word the parser attaches into the firm's name, whatever its part of speech: the first
    word of a sentence the tagger read as a verb or a noun ("[Fording] Coal Co signed", "[Reading] Steel
    Co")."""
    if _firm_word(word) or _title_word_inside_firm(word, end):
        return True
    if not word.text[:1].isupper() or not word.text.replace("-", "").isalpha() or word.is_stop:
        return False
    if word.ent_type_ in _NOT_FIRM_LABELS or is_role_word(word.lower_) or is_title_modifier(word.lower_):
        return False
    return word.lower_ not in DAY_NAMES and word.pos_ in ("VERB", "NOUN", "ADJ") and _in_name(word, end)


def _title_word_inside_firm(word: Token, end: int) -> bool:
    """ "Kestrel [International] Metals BV", "Acme [National] Metals Inc", "Acme [General] Metals Inc": a
    capitalised word that could open a title ("national security adviser", "general") standing between two
    words of the firm's name, neither of them a word of a title ("Finance Minister Acme Co" is no firm's
    name), is a word of the name."""
    doc = word.doc
    if word.i == 0 or word.i + 1 >= end or not word.text.istitle() or not word.is_alpha:
        return False
    if word.pos_ != "PROPN" or word.ent_type_ in _NOT_FIRM_LABELS or not is_title_word(word.lower_):
        return False
    before, after = doc[word.i - 1], doc[word.i + 1]
    return all(_firm_word(t) and not _legal_form(t) and not is_title_word(t.lower_) for t in (before, after))


def _founders(doc: Doc, first: int, second: int) -> bool:
    """ "Rohm and Haas Co", "Smith and Nephew PLC": two one-word names the tagger reads as people's or
    bodies' (alike or not: "[Marks] and [Spencer Plc]") joined before a legal form name one firm, not a
    state or a known holder and a firm ("Peru and Zendal Co", "Reagan and Acme Co"), nor two firms either
    of which the tables know alone or the first of which the article names alone ("Ford and Chrysler Corp",
    "Orvan and Kestrel Co ... Orvan said")."""
    from geokg.extract.entities.offices import holding
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold()

    one, two = doc[first], doc[second]
    opening = _opening_founder(one)
    if not (_firm_word(one) or opening) or _legal_form(one) or (first > 0 and _firm_word(doc[first - 1])):
        return False
    if not ((_founders_name(one) or opening) and _founders_name(two)):
        return False
    if any(lookup_organisation(f"{one.text} {join} {two.text}") is not None for join in ("and", "&")):
        return True  # the tables know the pair as one firm ("Marks & Spencer"), a town's name or not
    known = _known_place(one.text)
    if known or holding([one.text]) is not None:
        return False
    if any(lookup_organisation(t.text) is not None for t in (one, two)):
        return False
    pair = [doc[first + 1].text, two.text]
    return not any(
        t.text == one.text and t.i not in (first, second) and [w.text for w in doc[t.i + 1 : t.i + 3]] != pair
        for t in doc
    )


def _opening_founder(word: Token) -> bool:
    """ "[Cable] and Wireless PLC said": a sentence's first word, capitalised as every first word is, which
    the tagger reads as a singular common noun ("cable") may be a founder's one-word name before "and", a
    second name and a legal form; not a plural ("Officials and Acme Corp said"), a word of a title or an
    office ("Government", "Police"), a stop word or a day."""
    return (
        word.is_sent_start
        and word.tag_ == "NN"
        and word.is_alpha
        and word.text.istitle()
        and not word.is_stop
        and not word.ent_type_
        and not is_role_word(word.lower_)
        and not is_title_modifier(word.lower_)
        and word.lower_ not in DAY_NAMES
    )


def _founders_name(word: Token) -> bool:
    """A founder's one-word name: tagged a person's or a body's, or a proper noun left untagged ("Procter and
    Gamble Co", "Standard and Poor's Corp", which the tagger reads as no name at all)."""
    return word.ent_type_ in ("PERSON", "ORG") or (not word.ent_type_ and word.pos_ == "PROPN")


def _firm_and(word: Token) -> bool:
    """ "and" in any case, or a foreign one in lower case (data: firm_name_ands: "Metall und Rohstoff AG")."""
    return word.lower_ == "and" or word.text in FIRM_NAME_ANDS


def _firm_start(doc: Doc, form: int) -> int | None:
    """Where the name of a firm begins whose legal form starts at token `form`: back over its capitalised
    words, over "&" ("Mason & Fry PLC"), over one "and" between words of its trade ("Acme Trust and
    Banking Co Ltd", data: firm_sector_words) and over one "and" or "&" before the words a firm's name ends
    with ("Morgan Lowe and Co Ltd", "Hill and Sons Ltd", data: firm_partner_words). A place's name is the
    firm's first word only before words of its trade ("Osaka Gas Co"). None when no word of a name comes
    before the form."""
    end = form + 1  # the name runs on over the forms after this one ("Corp PLC")
    while end < len(doc) and _legal_form(doc[end]):
        end += 1
    k = _bracketed_place_before(doc, form)  # "Kestrel Oil (Australia) Ltd": the house's place in brackets
    # "Standard and Poor's Corp", "McDonald's Corp": a founder's possessive before the form, part of the name
    owned = int(k == form and _possessive_in_name(doc, form))
    k -= owned
    trade_only = True  # the words from k to the form are all words of a trade
    partners_only = True  # ... all words a firm's name ends with ("Sons"), or the form is one ("Co")
    crossed_and = False
    while k > 0 and form - k < MAX_FIRM_WORDS:
        word = doc[k - 1]
        founders = False  # set below when "and" joins two founders' one-word names
        partners = partners_only and (k < form or doc[form].lower_ in FIRM_PARTNER_WORDS)
        if word.text == "&" and k >= 2 and (k < form or partners) and _firm_word(doc[k - 2]):
            k -= 1
            trade_only = partners_only = False
            continue
        if (
            _firm_and(word)
            and not crossed_and
            and k >= 2
            and doc[k - 2].text[:1].isupper()
            and (
                (trade_only and k < form and doc[k - 2].lower_ in FIRM_SECTOR_WORDS)
                or (partners and _firm_word(doc[k - 2]) and not _legal_form(doc[k - 2]))
                # "Rohm and Haas Co", "Smith and Nephew PLC": two founders' names, one word each
                or (founders := k == form - 1 - owned and _founders(doc, k - 2, k))
                # "British Printing and Communication Corp PLC": the parser puts the coordination inside
                # the name, a word before "and" modifying a later word of it
                or (_firm_word(doc[k - 2]) and not _legal_form(doc[k - 2]) and _in_name(doc[k - 2], end))
            )
        ):
            if founders and _opening_founder(doc[k - 2]):
                return k - 2  # "[Cable] and Wireless PLC": the sentence's first word opens the name
            k -= 1
            crossed_and = True
            trade_only = partners_only = False
            continue
        if not _firm_name_word(word, end) or _legal_form(word):
            break  # "Orvan Corp. Kessel Bank Ltd": a legal form ends the name before
        hung = any(t.head == word for t in doc[k:end])
        if word.dep_ in ("dobj", "dative") and word.head.i < word.i and not hung:
            # "told [Reuters] Acme Corp had agreed": the object of a verb before, on which no word of the
            # firm's name hangs ("advised Hill and Sons Ltd" is one firm), is a name of its own
            break
        if word.ent_type_ in _PLACE_LABELS:
            # "Osaka Gas Co" before words of a trade; a state's word or a place the parser attaches into
            # the name at its start ("[Canadian] Pacific Ltd", "[British] Printing and Communication Corp")
            if not ((trade_only and k < form) or (k < form and _in_name(word, end))):
                break
            first = k - 1  # "New York Life Insurance Co": the whole of the place's name
            while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == word.ent_type_:
                first -= 1
            return first
        trade_only = trade_only and word.lower_ in FIRM_SECTOR_WORDS
        partners_only = partners_only and word.lower_ in FIRM_PARTNER_WORDS
        k -= 1
        if word.is_sent_start:
            break
    if k == form or _firm_and(doc[k]) or doc[k].text == "(":
        return None
    return k


def _possessive_in_name(doc: Doc, form: int) -> bool:
    """Is the word before the legal form at `form` a possessive ending written onto a capitalised word of the
    name ("Poor['s] Corp", "McDonald['s] Corp")?"""
    if form < 2 or doc[form - 1].text not in ("'s", "\u2019s"):
        return False
    word = doc[form - 2]
    return not word.whitespace_ and _firm_word(word) and not _legal_form(word)


# Words a bracketed place may have inside a firm's name ("(Hong Kong)", "(U.K.)").
MAX_BRACKETED_WORDS = 3


def _bracketed_place_before(doc: Doc, form: int) -> int:
    """Where the words of a firm's name before its legal form end when a place or a trade in brackets stands
    between them ("Kestrel Oil (Australia) Ltd", "Acme Trading (London) Ltd": the firm's house there, one
    name; "Acme Fleming (Securities) Ltd": its arm):
    the bracket's opening, or the form itself when there is none. A legal form before the bracket ("Rich and
    Co (UK) Ltd") names a firm of its own, left as it is."""
    if form < 4 or doc[form - 1].text != ")":
        return form
    opening = next(
        (j for j in range(form - 2, max(form - 3 - MAX_BRACKETED_WORDS, 0), -1) if doc[j].text == "("), None
    )
    if opening is None or opening == form - 2:
        return form
    inside = doc[opening + 1 : form - 1]
    if not all(t.text[:1].isupper() for t in inside):
        return form
    from geokg.extract.entities.places import place_country  # places reads this module's fold()

    # "Kestrel Fleming (Securities) Ltd", "Acme (Holdings) Ltd": the words of a trade in brackets name the
    # firm's arm, one name with the rest
    trade = all(t.lower_ in FIRM_SECTOR_WORDS and _firm_word(t) for t in inside)
    if not trade and lookup_country(inside.text) is None and not place_country(inside.text).known:
        return form
    before = doc[opening - 1]
    if not _firm_word(before) or _legal_form(before):
        return form
    return opening


def _firm_spans(doc: Doc) -> list[tuple[int, int]]:
    """The firms the text names with a legal form: "Acme Trust and Banking Co Ltd", "Rosen Textil GmbH". A
    legal form followed by another name is none ("Texas AG Ken Paxton", "Co Kerry")."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _legal_form(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and _legal_form(doc[end]):
            end += 1
        following = doc[end] if end < len(doc) else None
        name_after = following is not None and (
            # "Economic Co-operation": a word the form's letters begin
            (not doc[end - 1].whitespace_ and following.text in ("-", "–"))
            or (
                following.pos_ == "PROPN"
                and following.text[:1].isupper()
                and not following.is_sent_start
                and not is_role_word(following.lower_)
            )
        )
        start = _firm_start(doc, i)
        if start is not None and not name_after:
            start = _partners_before_comma(doc, start, i, end)
        if start is not None and not name_after and (not spans or spans[-1][1] <= start):
            spans.append((start, end))
        i = end
    return _joined_initials(doc, _joined_names_recurring(doc, _named_after_form(doc, spans)))


def _joined_initials(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """With the firms named by two capital letters joined by "and" (wire copy writes "&" so): "S and P
    said", "shares of A and W" are one name, not a letter and a name. Not letters that name the classes or
    items of a noun before them ("Class A and B shares", "vitamins A and E"), nor the pronoun "I"."""
    found = list(spans)
    for i, token in enumerate(doc[1:-1], start=1):
        if token.lower_ != "and" or any(start <= i < end for start, end in spans):
            continue
        one, two = doc[i - 1], doc[i + 1]
        if not (_capital_letter(one) and _capital_letter(two)):
            continue
        before = doc[i - 2] if i >= 2 else None
        if before is not None and (before.is_alpha or before.like_num) and before.pos_ in _LABELLED_POS:
            continue  # "Class A and B", "vitamins A and E", "Plan A and B"
        found.append((i - 1, i + 2))
    return sorted(found)


# What a letter after it labels ("Class A", "vitamins A", "Section 2 A").
_LABELLED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _capital_letter(token: Token) -> bool:
    """A capital or two standing for a word of a firm's name ("S", "AT" of "AT and T"); not the pronoun "I",
    nor a state's or an international body's ("UK and US officials", "the EC and UN envoys")."""
    from geokg.extract.entities.igos import lookup_igo  # igos reads mentions, as this module is read

    word = token.text
    if not (len(word) <= 2 and word.isupper() and token.is_alpha and word != "I"):
        return False
    return len(word) == 1 or (lookup_country(word) is None and lookup_igo(word) is None)


def _joined_names_recurring(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """With the firms whose name of words joined by "and" or "&" recurs without its legal form: "Cable and
    Wireless" after "Britain's Cable and Wireless Plc", as subject or object, is the one firm, not two
    names; so is such a pair the tables know as one firm ("Marks and Spencer"), named so alone. Only the
    pair standing alone ("Orvan Cable and Wireless" names something else)."""
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold()

    named: set[tuple[str, ...]] = set()
    for start, end in spans:
        form = next((k for k in range(start, end) if _legal_form(doc[k])), end)
        words = tuple(t.text for t in doc[start:form])
        if len(words) >= 3 and any(w.lower() in ("and", "&") for w in words[1:-1]):
            named.add(words)
    found = list(spans)
    for i, token in enumerate(doc):
        if not _firm_and(token) or i == 0 or i + 1 >= len(doc):
            continue
        for words in named:
            at = words.index(token.text) if token.text in words else -1
            start, end = i - at, i - at + len(words)
            if at < 0 or start < 0 or end > len(doc) or tuple(t.text for t in doc[start:end]) != words:
                continue
            found.append((start, end))
        one, two = doc[i - 1], doc[i + 1]
        if not (one.text[:1].isupper() and two.text[:1].isupper() and one.is_alpha and two.is_alpha):
            continue
        orgs = [lookup_organisation(f"{one.text} {join} {two.text}") for join in ("&", "and")]
        if any(org is not None and org.kind == "company" for org in orgs):
            found.append((i - 1, i + 2))
    alone = [
        (start, end)
        for start, end in found
        if (start, end) in spans
        or (
            not (start > 0 and _firm_word(doc[start - 1]) and not doc[start - 1].is_sent_start)
            and not (end < len(doc) and (_firm_word(doc[end]) or _legal_form(doc[end])))
            and not any(s <= start and end <= e for s, e in spans)
        )
    ]
    out: list[tuple[int, int]] = []
    for span in sorted(set(alone)):
        if not out or out[-1][1] <= span[0]:
            out.append(span)
    return out


def _named_after_form(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """With the firms named after a legal form written before the name ("PT Kestrel Nickel Mining", data:
    company_name_starts; the form in capitals): the form and the capitalised words after it, a place's among
    them ("PT [Kalimantan] Coal"), up to a legal form after them ("PT Kestrel Tbk") or any other word."""
    found = list(spans)
    for i, token in enumerate(doc[:-1]):
        if not _form_before_name(token):
            continue
        if any(start <= i < end for start, end in spans):
            continue
        end = i + 1
        while end < len(doc) and end - i <= MAX_FIRM_WORDS and _firm_word(doc[end]):
            end += 1
            if _legal_form(doc[end - 1]):
                break
        if end > i + 1 and not any(start < end and i < stop for start, stop in spans):
            found.append((i, end))
    return sorted(found)


def _firm_by_trade(doc: Doc, start: int, end: int) -> bool:
    """Is a name of capitalised words a firm's by the word of its trade that ends it ("Sumatra Coal",
    "Kestrel Nickel Mining", "Ruritania Telecom"; data: firm_trade_ends), not a person's whose given name
    opens it ("Ann Mines") nor a place the gazetteer knows ("West Bank")?"""
    words = doc[start:end]
    if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    if words[-1].lower_ not in FIRM_TRADE_ENDS or _given_name(words[0]):
        return False
    return not _known_place(words.text)


# The types the tagger gives a trade house's one-word name ("Machinoexport") that it is not.
TRADE_HOUSE_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def _trade_house(doc: Doc, start: int, end: int) -> bool:
    """Is the name one capitalised word run on into the ending of a foreign trade house's name
    ("Stankoimportexport", "Raznoimport", "Licensintorg"; data: trade_house_endings)? No person's or
    place's name ends so."""
    if end - start != 1 or not doc[start].is_alpha or not doc[start].text[:1].isupper():
        return False
    word = doc[start].lower_
    return any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in TRADE_HOUSE_ENDINGS)


def _form_before_name(token: Token) -> bool:
    return is_form_before_name(token.text)


def is_form_before_name(word: str) -> bool:
    """A legal form written before a firm's name ("PT Kestrel Nickel Mining"; data: company_name_starts), in
    capitals or with one capital, as archive copy writes every form ("Pt", as "Ltd"); without stops ("P.T.
    Barnum" is a man's initials)."""
    spelt = word.isupper() or word[1:].islower()
    return word.isalpha() and word[:1].isupper() and spelt and word.lower() in COMPANY_NAME_STARTS


def _partners_before_comma(doc: Doc, start: int, form: int, end: int) -> int:
    """Where a partnership's name begins whose partners a comma parts: "Towne, Hale Associates Inc", "Lehman
    Brothers, Kuhn Loeb Inc" are one firm. The name after the comma ends in a word a partnership's name
    ends with or in the legal form ("Associates", "Brothers", "Inc"), no "and" is in it (a list ends "X, Y
    and Z Inc"), and before the comma stands one surname, or one with a partners' word ("Lehman
    Brothers"), that no other name word or comma-joined name comes before. `start` when not so."""
    if start < 2 or doc[start - 1].text != "," or any(t.lower_ in ("and", "&") for t in doc[start:end]):
        return start
    if not any(t.lower_ in FIRM_PARTNER_WORDS for t in doc[start : end - 1]) and form - start > 2:
        return start
    if end < len(doc) and (is_role_word(doc[end].lower_) or doc[end].lower_ in _POSSESSIVES):
        return start  # "Smith, Hale Associates Inc chairman": a person, then his firm's title
    first = start - 2
    if doc[first].lower_ in FIRM_PARTNER_WORDS and first > 0 and _firm_word(doc[first - 1]):
        first -= 1  # "Lehman Brothers, Kuhn Loeb Inc"
    words = doc[first : start - 1]
    if not all(_firm_word(t) and not _legal_form(t) for t in words):
        return start
    before = doc[first - 1] if first > 0 else None
    if before is not None and (_firm_word(before) or before.lower_ in ("and", "&")):
        return start
    if before is not None and before.text == "," and first >= 2 and _firm_word(doc[first - 2]):
        return start  # "Orvan, Kessel, Hale Associates Inc": a list of firms

    if _known_place(words.text):
        return start  # "In Lima, Kessel Associates Inc sued": a place, then the firm
    return first


def _cut_after_legal_form(ent: Span) -> list[Span]:
    """ "sold to [Orvan Steel Corp. Kessel Bank Ltd] said": two firms the tagger ran into one name across the
    sentence the parser did not end after the first one's legal form and its full stop. Cut there when a
    capitalised word follows the form (not a second form: "Co. Ltd."); and at "and" between two names that
    each end in a legal form ("Orvan Inc and Kessel Inc")."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        after = doc[k + 1]
        if (
            doc[k].text.endswith(".")
            and _legal_form(doc[k])
            and after.text[:1].isupper()
            and not _legal_form(after)
        ):
            rest = Span(doc, k + 1, ent.end, label=ent.label_)
            return [Span(doc, ent.start, k + 1, label="ORG"), *_cut_after_legal_form(rest)]
        if (
            _legal_form(doc[k])
            and after.lower_ in ("and", "&")
            and k + 2 < ent.end - 1
            and doc[k + 2].text[:1].isupper()
            and not _legal_form(doc[k + 2])
            and _legal_form(doc[ent.end - 1])
        ):
            # "said underwriters [PaineWebber Inc and Advest Inc]": two firms, each with its legal form
            rest = Span(doc, k + 2, ent.end, label=ent.label_)
            return [Span(doc, ent.start, k + 1, label="ORG"), *_cut_after_legal_form(rest)]
        if _legal_form(doc[k]) and after.lower_ == "of" and _firm_seat(doc[k + 2 : ent.end]):
            # "[Noranda Inc of Toronto] sued": the place after the legal form's "of" is the firm's seat,
            # a place of its own, no word of the firm's name
            return [Span(doc, ent.start, k + 1, label="ORG"), Span(doc, k + 2, ent.end, label="GPE")]
    return [ent]


def _cut_state_descriptor(ent: Span) -> list[Span]:
    """ "owned by [U.S. Conglomerate Alcoa]", "[Chinese Giant Kestrel]": a state's word, a firm's noun wire
    copy capitalised (firm_descriptor_words, not a legal form) and a capitalised name tagged as one. The
    state is a mention of its own, the noun describes the firm (as "U.S. conglomerate Alcoa" does) and the
    name is the firm's; not a name the tables know ("U.S. Bank"), nor one whose rest is a legal form."""
    from geokg.extract.entities.organisations import lookup_organisation

    doc = ent.doc
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 2 or lookup_organisation(ent.text) is not None:
        return [ent]
    if ent.start > 0 and _state_descriptor(
        doc[ent.start], doc[ent.start + 1 : ent.end], doc[ent.start - 1 : ent.start]
    ):
        # "Chinese [Giant Kestrel]": the state's word left out, the firm's noun taken in
        return [Span(doc, ent.start + 1, ent.end, label="ORG")]
    for size in (1, 2):
        noun, rest = ent.start + size, ent.start + size + 1
        state = doc[ent.start : noun]
        if rest < ent.end and _state_descriptor(doc[noun], doc[rest : ent.end], state):
            return [
                Span(doc, ent.start, noun, label="NORP" if is_demonym(state.text) else "GPE"),
                Span(doc, rest, ent.end, label="ORG"),
            ]
    return [ent]


def _state_descriptor(word: Token, name: Span, state: Span) -> bool:
    """Is the word a firm's noun with a capital between a state's word and a capitalised name that is
    more than a legal form ("U.S. [Conglomerate] Alcoa")?"""
    described = word.text.istitle() and word.lower_ in FIRM_DESCRIPTOR_WORDS and not _legal_form(word)
    if not described or not len(name) or lookup_country(state.text) is None:
        return False
    if all(w.lower_ in FIRM_NAME_ENDINGS for w in name):
        return False  # "Malaysian Airline System": a name that ends in "System" is all of it, noun and all
    return all(w.text[:1].isupper() for w in name) and not all(_legal_form(w) for w in name)


def _cut_between_firm_names(ent: Span) -> list[Span]:
    """ "a joint venture between [Acme Aircraft Service International and Aerospace Industries]": two firms'
    names of two or more capitalised words each, the first ending in a word a firm's name ends in
    ("International", "Systems", "Corp"), that the tagger ran into one across "and", are two names. Not a
    body with "of" ("Bank of Trade and Industry"), one-word founders ("Marks and Spencer"), a name the
    tables know, nor a first part that ends in a word of a trade ("Hollis Fire and Marine Insurance")."""
    from geokg.extract.entities.organisations import lookup_organisation

    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 5 or lookup_organisation(ent.text) is not None:
        return [ent]
    joins = [t.i for t in ent if t.lower_ == "and"]
    if len(joins) != 1 or not all(t.text[:1].isupper() for t in ent if t.i != joins[0]):
        return [ent]
    k = joins[0]
    first, second = Span(doc, ent.start, k, label="ORG"), Span(doc, k + 1, ent.end, label="ORG")
    ending = doc[k - 1].lower_.rstrip(".")
    if len(first) < 2 or len(second) < 2 or ending not in ORG_SUFFIXES | FIRM_NAME_ENDINGS:
        return [ent]
    return [first, second]


def _firm_seat(words: Span) -> bool:
    """Are the words a town, province or state the gazetteer knows, or a state's name ("Toronto", "Eden
    Prairie", "Minnesota", "Japan"), all capitalised?"""
    from geokg.extract.entities.places import place_country  # places reads this module's fold()

    if not 1 <= len(words) <= 3 or not all(w.text[:1].isupper() for w in words):
        return False
    country = lookup_country(words.text)
    return (country is not None and not is_demonym(words.text)) or place_country(words.text).known


def _with_firms(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's entity spans with each firm named with a legal form made one organisation: its parts
    ("[Acme Trust] and [Banking Co Ltd]", "[Hollis Fire] and [Marine Insurance Co]", a person's name the
    tagger read into it) give way to it, and one it left untagged is added. A tagged name running on past
    the legal form is left as the tagger read it."""
    ents = [
        part
        for ent in ents
        for cut in _cut_state_descriptor(ent)
        for legal in _cut_after_legal_form(cut)
        for part in _cut_between_firm_names(legal)
    ]
    firms = _firm_spans(doc)
    if not firms:
        return ents
    kept: list[Span] = []
    taken: list[Span] = []
    for start, end in firms:
        inside = [e for e in ents if e.start < end and start < e.end]
        if any(e.end > end for e in inside):
            continue
        for e in inside:
            if e.start < start and e.label_ in ("ORG", "PERSON") and doc[e.start].lower_ not in DAY_NAMES:
                cut = next(
                    (k for k in range(start - 1, e.start, -1) if doc[k].text in FIRM_NAME_BREAKS), None
                )
                if cut is None:
                    start = e.start  # the tagger's name goes further back
                else:
                    # "sold [Orvan Press to Kessel NV]": the tagger's name before the preposition is another
                    kept.append(Span(doc, e.start, cut, label=e.label_))
        # any other name crossing into the firm's gives way ("On [Monday Acme Co]" as a title of a work)
        if _legal_form(doc[start]):
            continue
        taken.append(Span(doc, start, end, label="ORG"))
    for e in ents:
        if not any(e.start < t.end and t.start < e.end for t in taken):
            kept.append(e)
    return sorted(kept + taken, key=lambda e: e.start)


def _person_before_body_head(doc: Doc, ent: Span, after: Span) -> bool:
    """ "[Higashi Nippon]PERSON [House]ORG said": the tagger split a firm's or body's name, reading its first
    words as a person's; a person's span right before a one-word organisation that is a body's or firm's
    head noun (organisation_heads, firm_sector_words) and that the person's words modify is one body."""
    if ent.label_ != "PERSON" or after.label_ != "ORG" or after.start != ent.end or len(after) != 1:
        return False
    head = doc[after.start]
    if not head.text.istitle() or head.lower_ not in ORGANISATION_HEADS | FIRM_SECTOR_WORDS:
        return False
    return doc[ent.end - 1].dep_ == "compound" and doc[ent.end - 1].head.i == head.i


# The words that join a body's portfolios before its head ("Agriculture, Forestry and Fisheries Ministry").
_PORTFOLIO_LIST_JOINS = frozenset({"and", "&", ","})
_PORTFOLIO_ANDS = frozenset({"and", "&"})


def _portfolio_word(token: Token) -> bool:
    return token.text.istitle() and token.lower_ in MINISTRY_PORTFOLIO_WORDS


def _portfolios_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the [Fisheries] and Forestry Ministry", "the [Energy] and [Mines Ministry]": the tagger cuts a
    body named by two portfolios or more joined by "and" before its head (a capitalised organisation head:
    "Ministry", "Department", "Office") at the "and"; its pieces, one of them tagged an organisation, are the
    one body. The portfolios are words of ministry_portfolio_words only, so two bodies each with its own
    head ("the Finance Ministry and the Trade Ministry") stay apart."""
    merged: list[Span] = []
    for head in doc:
        if not head.text.istitle() or head.lower_ not in ORGANISATION_HEADS or head.i < 3:
            continue
        if not _portfolio_word(doc[head.i - 1]):
            continue
        start = head.i - 1
        while start > 0 and (
            _portfolio_word(doc[start - 1]) or doc[start - 1].lower_ in _PORTFOLIO_LIST_JOINS
        ):
            start -= 1
        while doc[start].lower_ in _PORTFOLIO_LIST_JOINS:
            start += 1  # "the Defence Ministry, Energy and Mines Ministry": a comma before it lists bodies
        if not any(doc[k].lower_ in _PORTFOLIO_ANDS for k in range(start, head.i)):
            continue
        parts = [e for e in ents if e.start <= head.i and start < e.end]
        if not any(e.label_ == "ORG" for e in parts) or (
            len(parts) == 1 and parts[0].start <= start < head.i < parts[0].end
        ):
            continue  # no tagged piece to repair, or the tagger's name holds it whole
        if any(
            e.end > head.i + 1 or any(t.lower_ not in ARTICLES for t in doc[e.start : start]) for e in parts
        ):
            continue  # "[Mines Ministry and Finance Ministry]": a piece running into other words is misread
        merged.append(Span(doc, min([start, *(e.start for e in parts)]), head.i + 1, label="ORG"))
        ents = [e for e in ents if e not in parts]
    return sorted([_portfolios_after_of(doc, e) for e in ents] + merged, key=lambda e: e.start)


def _portfolios_after_of(doc: Doc, ent: Span) -> Span:
    """ "the [Ministry of Energy] and Mines": a body named "<head> of" two portfolios or more, which the
    tagger cut at the "and", runs on over the capitalised portfolio words it left untagged; not where the
    last of them names what follows ("the Ministry of Finance and Trade Minister Ana Ruiz": a title)."""
    head = doc[ent.start + (doc[ent.start].lower_ in ARTICLES)]
    if (
        ent.label_ != "ORG"
        or len(ent) < 3
        or not head.text.istitle()
        or head.lower_ not in ORGANISATION_HEADS
    ):
        return ent
    if doc[head.i + 1].lower_ not in ("of", "for") or not _portfolio_word(doc[ent.end - 1]):
        return ent
    end = ent.end
    while end < len(doc) and (_portfolio_word(doc[end]) or doc[end].lower_ in _PORTFOLIO_LIST_JOINS):
        end += 1
    while end > ent.end and not _portfolio_word(doc[end - 1]):
        end -= 1  # "and" ends no name
    if (
        end == ent.end
        or doc[end - 1].ent_type_
        or not any(t.lower_ in _PORTFOLIO_ANDS for t in doc[ent.end : end])
    ):
        return ent
    if end < len(doc) and (doc[end].text.istitle() or doc[end - 1].head.i >= end):
        return ent  # the last portfolio word modifies the next word: a title's or another body's
    return Span(doc, ent.start, end, label="ORG")


def _bodies_joined(doc: Doc) -> list[Span]:
    """The tagger's entity spans, with a body's name it cut at "for", "without" or "on" made whole again:
    "[Center] for [Biological Diversity]", "Doctors Without [Borders]". The part before the word ends in a
    body's noun (tagged or not, capitalised), the part after is capitalised proper nouns that the tagger left
    untagged or called an organisation ("Jo Jorgensen for President" stays apart: no body's noun; "the
    Senate on Tuesday": a date)."""
    ents = _with_firms(doc, _portfolios_joined(doc, list(doc.ents)))
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        if ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 1].lower_ in NAME_JOINS:
            first = ent.start - 1  # "Doctors Without [Borders]": the untagged first part, back to its start
            while first > 0 and _untagged_name_word(doc[first - 1], opening=True):
                first -= 1
            if first < ent.start - 1 and doc[ent.start - 2].lower_ in ORGANISATION_HEADS | JOINED_HEADS:
                ent = Span(doc, first, ent.end, label="ORG")
        ent = _saints_building(doc, ent)
        ent, i = _firm_and_partners(doc, ent, ents, i)
        if i < len(ents) and _person_before_body_head(doc, ent, ents[i]):
            ent, i = Span(doc, ent.start, ents[i].end, label="ORG"), i + 1  # "[Higashi Nippon] [House]"
        if ent.start < (joined[-1].end if joined else 0):
            continue
        joined.append(ent)
        k = ent.end  # the joining word after the first part
        head = doc[k - 1]
        if (
            k + 1 >= len(doc)
            or doc[k].lower_ not in NAME_JOINS
            or ent.label_ not in ("ORG", "PERSON", "NORP")
            or not head.text.istitle()
            or head.lower_ not in ORGANISATION_HEADS | JOINED_HEADS
        ):
            continue
        end = k + 1
        if i < len(ents) and ents[i].start == k + 1:
            if ents[i].label_ != "ORG" or _the_body_named(ents[i]):
                continue
            end = ents[i].end
            i += 1
        else:
            while end < len(doc) and _untagged_name_word(doc[end]) and doc[end].pos_ == "PROPN":
                end += 1
            if end == k + 1:
                continue
        joined[-1] = Span(doc, ent.start, end, label="ORG")
    return _firms_at_cities(doc, _foreign_names_run_on(doc, _foreign_bodies_joined(doc, joined)))


def _the_body_named(ent: Span) -> bool:
    """ "prepared by the Apex Agency for [the Kestrel Review Committee]": a part after the joining word
    that opens with "the" and ends in a body's noun names a body of its own, for which the first acts; a
    body's own "for" phrase names its aim or field ("Center for [Biological Diversity]", "Committee for
    [the Defense of Peace]")."""
    return len(ent) > 2 and ent[0].lower_ == "the" and ent[-1].lower_ in ORGANISATION_HEADS


def _foreign_join(word: Token, ent: Span) -> bool:
    """A particle that joins the name `ent` to the words after it: one of foreign_name_joins, or one that is
    also an English word after a foreign body's first word only ("Banco do Brasil", not "the EU do Britain
    a favour"; data: foreign_verb_joins, foreign_body_heads)."""
    if word.lower_ in FOREIGN_NAME_JOINS:
        return True
    first = next((t for t in ent if t.dep_ != "det" and t.lower_ != "the"), None)
    return word.lower_ in FOREIGN_VERB_JOINS and first is not None and first.lower_ in FOREIGN_BODY_HEADS


def _foreign_bodies_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "[Banque Generale] du [Luxembourg]", "[Banco] do [Brasil]": a body's name the tagger cut at a
    particle of French, Spanish, Portuguese or Italian (data: foreign_name_joins) and whose rest it took for
    a place or left untagged is one body: the part before is a body's, the part after capitalised words (a
    place, a body, or words outside the tagger's names). Not a person's ("Charles de Gaulle"). A foreign
    body's first word the tagger left untagged before its particle ("the Banco do [Brasil]") opens one."""
    tagged = {i for e in ents for i in range(e.start, e.end)}
    heads = [
        Span(doc, i, i + 1, label="ORG")
        for i in range(len(doc) - 2)
        if i not in tagged
        and doc[i].text.istitle()
        and doc[i].lower_ in FOREIGN_BODY_HEADS
        and doc[i + 1].text in FOREIGN_NAME_JOINS | FOREIGN_VERB_JOINS
    ]
    if heads:
        ents = sorted([*ents, *heads], key=lambda e: e.start)
    out: list[Span] = []
    opened = {h.start for h in heads}
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        k = ent.end
        if ent.label_ != "ORG" or k + 1 >= len(doc) or not _foreign_join(doc[k], ent):
            _keep(out, ent, opened)
            continue
        if doc[k].text != doc[k].lower_ or not doc[k - 1].text[:1].isupper():
            _keep(out, ent, opened)
            continue
        end = k + 1
        if i < len(ents) and ents[i].start == k + 1:
            if ents[i].label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
                _keep(out, ent, opened)  # ("Banco do [Brasil]" the tagger may take for a person)
                continue
            end = ents[i].end
            i += 1
        else:
            while end < len(doc) and _untagged_name_word(doc[end]) and doc[end].pos_ in ("PROPN", "NOUN"):
                end += 1
            if end == k + 1:
                _keep(out, ent, opened)
                continue
        out.append(Span(doc, ent.start, end, label="ORG"))
    return out


def _foreign_name(ent: Span) -> bool:
    """A body's name in a foreign language: it opens with a foreign body's word or holds a particle joining
    its words ("Entreprise Nationale", "Nationale des Metaux"; data: foreign_body_heads,
    foreign_name_joins)."""
    words = [t for t in ent if t.lower_ != "the"]
    if words and words[0].text.istitle() and words[0].lower_ in FOREIGN_BODY_HEADS:
        return True
    return any(t.text in FOREIGN_NAME_JOINS for t in words[1:-1])


def _foreign_names_run_on(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Entreprise [Nationale des Metaux] et Produits Miniers": a foreign body's name the tagger cut is one
    body: an untagged capitalised foreign body's word just before an organisation's name opens it
    ("Entreprise", data: foreign_body_heads), and a foreign "and" in lower case after a foreign name
    ("et", "y", "und"; data: firm_name_ands, not English "and", which joins two bodies as often as it names
    one) carries it on over the capitalised words after it that the tagger left untagged."""
    out: list[Span] = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "ORG" and start > 0:
            before = doc[start - 1]
            opening = before.text.istitle() and before.lower_ in FOREIGN_BODY_HEADS and not before.ent_type_
            if opening and (not out or out[-1].end < start):
                start -= 1
        if ent.label_ == "ORG" and end + 1 < len(doc):
            joining = doc[end]
            whole = Span(doc, start, end)
            if joining.lower_ != "and" and joining.text in FIRM_NAME_ANDS and _foreign_name(whole):
                k = end + 1
                while k < len(doc) and _untagged_name_word(doc[k]) and doc[k].pos_ in ("PROPN", "NOUN"):
                    k += 1
                if k > end + 1:
                    end = k
        if (start, end) == (ent.start, ent.end):
            out.append(ent)
        else:
            out.append(Span(doc, start, end, label="ORG"))
    return out


def _keep(out: list[Span], ent: Span, opened: set[int]) -> None:
    """Keep the tagger's name as it is; a foreign body's first word it left untagged stays untagged."""
    if ent.start not in opened:
        out.append(ent)


def _tagged_city(ent: Span, i: int) -> bool:
    """A place the tagger tagged from token i, or a name it ran on from the trade word before i."""
    if ent.start == i:
        return ent.label_ in ("GPE", "LOC")
    return ent.start < i and ent.label_ in ("PERSON", "ORG")


def _city_end(doc: Doc, i: int, at: dict[int, Span]) -> int | None:
    """The end of the name of a city (not a state) that starts at token i: a place the tagger tagged, the
    end of a name the tagger ran on from the word before it ("Kestrel [Shipping Rotterdam]"), or a
    capitalised word outside its names that the gazetteer knows; None when none does."""
    from geokg.extract.entities.places import place_country  # places reads this module's fold()

    ent = at.get(i)
    if ent is None:
        if not (_untagged_name_word(doc[i]) and doc[i].pos_ == "PROPN"):
            return None
        end = i + 1
    elif _tagged_city(ent, i):
        end = ent.end
    else:
        return None
    name = doc[i:end].text
    if lookup_country(name) is not None or not place_country(name).known:
        return None
    return end


def _firms_at_cities(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Acme Trading London, a unit of Acme Corp", "Kestrel Shipping Rotterdam said": a firm's name of
    capitalised words ending in a word of its trade (data: firm_sector_words) and then a city's is the firm's
    house in that city, one organisation, not the city and its state. A name that goes on in capitals after
    the city, or a place's name before the trade word ("Tokyo Trading London"), is left as the tagger read
    it."""

    at = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    dropped: set[int] = set()
    i = 1
    while i < len(doc):
        trade = doc[i - 1]
        end = None
        if trade.text.istitle() and trade.lower_ in FIRM_SECTOR_WORDS and not trade.is_sent_start:
            end = _city_end(doc, i, at)
        if end is None or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            i += 1
            continue
        named = at.get(i - 1)  # the tagger's name that holds the trade word: "[Acme Trading] London"
        if named is not None and (named.end > end or named.label_ not in ("ORG", "PERSON")):
            i += 1
            continue
        start = named.start if named is not None else i - 1
        if named is not None and doc[start].dep_ == "det" and start < i - 1:
            start += 1  # "[The Asian Development Bank] Manila": the article is no word of the name
        while start > 0 and _untagged_name_word(doc[start - 1], opening=True) and not doc[start - 1].is_stop:
            start -= 1
        own = doc[start : i - 1]
        if not len(own) or own[0].lower_ in FIRM_SECTOR_WORDS or any(t.is_stop for t in own):
            i += 1
            continue  # a trade word alone ("Trading London"): no firm's own name before it
        if _known_place(own.text):
            i += 1
            continue  # "Tokyo Trading London": two places and a trade word, left to the tagger
        found.append(Span(doc, start, end, label="ORG"))
        dropped.update(e.start for e in ents if e.start < end and start < e.end)
        i = end + 1
    if not found:
        return ents
    kept = [e for e in ents if e.start not in dropped]
    return sorted(kept + found, key=lambda e: e.start)


MAX_DEMONYM_NAME_WORDS = 3


def _person_after_demonym(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where the name starts in "[Hungarian Laszlo Kovacs]" tagged as one person, or as a place: a state's
    adjective and then a person's name of two or three words ("Latvian Andris Piebalgs" is nobody's town).
    A place must not follow ("Persian Gulf", "British Virgin Islands"), nor a body's or a place's noun."""
    # "[The Briton Sam Oduya]", "[New Zealander Tom Diaz]": the tagger may take the article in, and a
    # people's word may be two words
    first = start + (doc[start].lower_ == "the")
    demonym_end = next((k for k in (first + 1, first + 2) if k < end and is_demonym(doc[first:k].text)), None)
    if label not in ("PERSON", "GPE") or demonym_end is None:
        return None
    rest = doc[demonym_end:end]
    if doc[demonym_end - 1].tag_ in ("NNS", "NNPS") or not 2 <= len(rest) <= MAX_DEMONYM_NAME_WORDS:
        return None  # "[Indian Railways]": one word after the state's is a body's more often than a surname
    if not all(_name_word(t) for t in rest) or rest[-1].pos_ != "PROPN":
        return None  # the tagger may take a foreign given name for a noun ("Estonian Siim Kallas")
    if any(is_role_word(t.lower_) or is_title_modifier(t.lower_) or t.lower_ in HONORIFICS for t in rest):
        return None  # "Iraqi President X": the title reader gives the state

    last = rest[-1].lower_
    if _known_place(rest.text) or _place_head(rest.text):
        return None
    if last in FACILITY_NOUNS or last in BODY_HEADS or last in ORGANISATION_HEADS:
        return None
    return demonym_end


# Brackets an editor sets in quoted copy around the words of a name the speaker left out: "(President)
# Sarney", "[Prime Minister] Tanaka", "(Finance Minister Luis) Alva".
_EDITORS_BRACKETS = {"(": ")", "[": "]"}
MAX_BRACKETED_NAME_WORDS = 6
_BRACKETED_NAME_JOINS = frozenset({"of", "the", "for", "and", "&"})


def bracket_opening(doc: Doc, close: int) -> int | None:
    """Where the editors' bracket that closes at `close` right before a capitalised word opens, when it holds
    only the words of a name and its title (capitalised, or an "of" of a title: "(Minister of Finance
    Luis)"), in the same sentence and a few words back; else None."""
    if not 0 < close < len(doc) - 1 or doc[close].text not in _EDITORS_BRACKETS.values():
        return None
    after = doc[close + 1]
    if not (after.is_alpha and after.text[:1].isupper()) or doc[close].sent.end <= after.i:
        return None
    sent_start = doc[close].sent.start
    for k in range(close - 1, max(sent_start, close - 1 - MAX_BRACKETED_NAME_WORDS) - 1, -1):
        word = doc[k]
        if word.text in _EDITORS_BRACKETS:
            if k == close - 1 or _EDITORS_BRACKETS[word.text] != doc[close].text:
                return None
            # (not a gloss after a title or a name: "Labour MP (Member of Parliament) X")
            # ("When [President Ana] Roca ...": a capitalised word of another kind may stand before it)
            before = doc[k - 1] if k > 0 else None
            glossed = before is not None and before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN")
            return None if glossed else k
        if not (word.is_alpha and word.text[:1].isupper()) and word.lower_ not in _BRACKETED_NAME_JOINS:
            return None
    return None


def titled_bracket(doc: Doc, close: int) -> bool:
    """Does the editors' bracket closing at `close` hold a title word or a state's word ("(Peruvian Finance
    Minister Luis) Alva", "(President) Sarney")? A bare pair of given names ("[Bashir al] Assad") does not:
    it may be an editor's misspelling, not the name's completion."""
    return _titled_opening(doc, close) is not None


def _titled_opening(doc: Doc, close: int) -> int | None:
    """Where a titled editors' bracket (titled_bracket) closing at `close` opens, or None."""
    opening = bracket_opening(doc, close)
    if opening is None or not any(_title_or_state_word(t.text) for t in doc[opening + 1 : close]):
        return None
    return opening


def _title_or_state_word(word: str) -> bool:
    return is_title_word(word) or is_demonym(word) or lookup_country(word) is not None


def _surname_end(doc: Doc, surname: int, end: int) -> int:
    """Where a name completed in brackets ends: at the surname after the bracket, and never past a capitalised
    verb the tagger ran on into the name ("(Prime Minister Narendra) Modi Announced a curfew")."""
    k = surname + 1
    while k < end and not (doc[k].tag_.startswith("VB") or doc[k].pos_ in ("VERB", "AUX")):
        k += 1
    return k


def _bracketed_given_names(doc: Doc, opening: int, close: int) -> int:
    """The first of the given names that end a bracket before a surname ("(Finance Minister Luis) Alva":
    Luis), after its title words and its state's word; `close` when the bracket holds only a title."""
    first = close
    while first - 1 > opening and doc[first - 1].pos_ == "PROPN":
        if _title_or_state_word(doc[first - 1].text):
            break
        first -= 1
    return first


def _bracketed_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "(Peruvian Finance Minister [Luis]) Alva", "(Peruvian Finance Minister Luis) [Alva]": a name an editor
    completed in brackets is one name, from the given names in the bracket to the surname after it."""
    opening = _titled_opening(doc, end) if end < len(doc) - 1 else None
    if opening is not None and opening < start:
        first = _bracketed_given_names(doc, opening, end)
        after = doc[end + 1]
        if first <= start and not is_title_word(after.text) and not after.tag_.startswith("VB"):
            return first, end + 2
    opening = _titled_opening(doc, start - 1) if start > 1 else None
    if opening is not None:
        first = _bracketed_given_names(doc, opening, start - 1)
        # (a title alone is the title's: before_name.py)
        return (first if first < start - 1 else start), _surname_end(doc, start, end)
    for close in range(start + 1, end - 1):
        if titled_bracket(doc, close):  # the tagger's span across the bracket: "Narendra ] Modi Announced"
            return start, _surname_end(doc, close + 1, end)
    return start, end


def _name_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Entity spans, repaired where the small model cuts names short: "Moon Jae" + "-in" (hyphenated
    given names), "Ursula von" + "der Leyen" (name particles), "the Liberal" + "Democrats" (a known
    organisation's first words), "President Alejandro" + "Toledo" (a given name before a place word)."""
    spans: list[tuple[int, int, str]] = []
    taken = 0
    person_starts = {ent.start: ent.end for ent in doc.ents if ent.label_ == "PERSON"}
    for ent in _bodies_joined(doc):
        if ent.start < taken or ent.label_ not in ACTOR_LABELS or _inside_title(ent):
            continue
        start, end, label = ent.start, ent.end, ent.label_
        if label == "PERSON" and _seat_before(doc, end):
            label = "GPE"  # "the [Bermuda]-based company": the firm's seat, no person (nor "Bermuda-based")
        elif label == "ORG" and _seat_before(doc, end) and _known_place(doc[start:end].text):
            label = "GPE"  # "a [Lyon]-based firm": a town the gazetteer knows is the firm's seat, no body
        elif label == "PERSON":
            end = _extend_name(doc, end)
            end = _rest_of_name(doc, start, end, person_starts)
            end = _surname_after_patronymic(doc, start, end)
            start = _given_name_before_particle(doc, start, end)
            start = _given_name_before(doc, start, end)
            start, end = _bracketed_name(doc, start, end)
        elif label == "ORG":
            end = _organisation_end(doc, start, end)
            start = max(taken, _organisation_start(doc, start, end))
        firm = _firm_before_state_name(doc, start, set(range(taken))) if end - start == 1 else None
        if firm is not None:
            start, label = firm, "ORG"  # "Acmebank [Nederland]": a firm of that state, no state
        known = _known_organisation_start(doc, start, end)
        if known is not None:
            start, label = known, "ORG"  # "the [Liberal] Democrats"
        elif _titled_place_word(doc, start, end, label):
            start, label = start - 1, "PERSON"  # "President [Alejandro] Toledo"
        start = _after_photo_credit(doc, start, end)
        group_end = _summit_group_name_end(doc, start + (doc[start].lower_ == "the"))
        if group_end is not None and group_end > end:
            end, label = group_end, "ORG"  # "the [Group] of Eight": the summit group's whole name, no "Group"
        if _police_after(doc, start, end):
            end, label = end + 1, "ORG"  # "the Dayton police": the town's force, one body
        second = _second_name_start(doc, start, end, label)
        if second is not None:
            # "Secretary of the Navy for Research [Tom Day]": the title's "for" phrase is no part of the body
            body_end = next((k for k in range(start + 1, second) if doc[k].lower_ == "for"), second)
            if not (body_end - start == 1 and _title_object_at(doc, start)):
                # ("Secretary of [Agriculture] Tom Day": a portfolio word is the title's, no body)
                spans.append((start, body_end, label))
            spans.append((second, end, "PERSON"))
            taken = end
            continue
        club = _club_name(doc, start, end, label, max(taken, spans[-1][1] if spans else 0))
        if club is not None:
            spans.append((*club, "ORG"))  # "[Leeds United] 2-1", "FC [Barcelona]": a club, no person or town
            taken = club[1]
            continue
        spans.extend(_split_fused(doc, start, end, label))
        taken = end
    return _longest_country_names(doc, spans)


MAX_AGENCY_WORDS = 3


def _after_photo_credit(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after a photo's credit a web page's layout ran into it ("Ann Roe/Getty Images
    SI.com's …": a photographer, a slash, an agency's capitalised words): the credit is no name of the
    story's; `start` when the span opens with none."""
    slash = next((k for k in range(start + 1, end - 1) if doc[k].text == "/"), None)
    if slash is None or doc[slash - 1].whitespace_ or doc[slash].whitespace_:
        return start
    if len(doc[slash - 1].text) < 2 or len(doc[slash + 1].text) < 2:
        return start  # "Salling Group A/S": a company's form
    k = slash + 1
    while k < end and k - slash <= MAX_AGENCY_WORDS and doc[k].is_alpha and doc[k].text.istitle():
        k += 1
    return k if slash + 1 < k < end else start


def _police_after(doc: Doc, start: int, end: int) -> bool:
    """ "the [Dayton] police": a place's name between "the" and a lower-case noun of a police force it
    modifies."""
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ != "the":
        return False
    noun = doc[end]
    return noun.lower_ in POLICE_NOUNS and noun.is_lower and doc[end - 1].head.i == end


def _name_run_on(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name the tagger cut short: name words after it that the parser joins into one
    name with it (each a compound of the last), whose last word the article names as a person elsewhere
    ("spokesman [Ali Akbar] Hashemi Rafsanjani ... Rafsanjani said"). Not "Reagan Administration"."""
    if start >= end or end >= len(doc):
        return end
    head = doc[end - 1].head
    if doc[end - 1].dep_ != "compound" or head.i < end or head.pos_ != "PROPN":
        return end
    rest = doc[end : head.i + 1]
    if any(t.ent_type_ or not _name_word(t) for t in rest):
        return end
    if any(t.dep_ != "compound" or t.head.i != head.i for t in rest[:-1]):
        return end
    elsewhere = any(t.text == head.text and t.ent_type_ == "PERSON" and t.i != head.i for t in doc)
    return head.i + 1 if elsewhere else end


def _before_common_words(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name the tagger ran on into the lower-case words after it ("[Halvorsen third]
    quarter sales rose"): a name ends in a capitalised word. A particle ("bin", "van") and the syllable
    after a hyphen ("Jong-un") are words of a name."""
    while end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].is_lower:
        word = doc[end - 1]
        if word.lower_ in NAME_PARTICLES or (doc[end - 2].text == "-" and not doc[end - 2].whitespace_):
            break
        end -= 1
    return end


def _given_name_and_surname(doc: Doc, start: int, end: int) -> bool:
    """ "John Hill", "Frank Church": a given name and a place's head noun that is also a family name (data:
    surname_facility_nouns), with at most an initial between them, is a person's name."""
    words = [t for t in doc[start:end] if not (len(t.text) == 2 and t.text.endswith("."))]
    return len(words) == 2 and _given_name(words[0]) and words[1].lower_ in SURNAME_FACILITY_NOUNS


def _given_name(token: Token) -> bool:
    return token.lower_ in GIVEN_NAMES and token.text.istitle()


def _name_word(token: Token) -> bool:
    return (
        token.text.istitle() and token.text.replace("'", "").isalpha() and token.lower_ not in NAME_PARTICLES
    )


def _recurs_alone(doc: Doc, start: int, end: int) -> bool:
    """The last word of the name doc[start:end] stands elsewhere in the article as a person's name without
    the words before it ("Tom Day ... Day said"): the name is one of its own."""
    surname, before = doc[end - 1].text, doc[end - 2].text
    return any(
        t.text == surname
        and t.ent_type_ == "PERSON"  # "the Lakers" recurs alone too, as a team
        and not start <= t.i < end
        and (t.i == 0 or doc[t.i - 1].text != before)
        for t in doc
    )


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """The words doc[start:end] stand elsewhere in the article with no capitalised word before them:
    "US Carnival Corporation ... Carnival Corporation said"."""
    words = [t.text for t in doc[start:end]]
    size = len(words)
    for t in doc[: len(doc) - size + 1]:
        if start - 1 <= t.i < end or [w.text for w in doc[t.i : t.i + size]] != words:
            continue
        if t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_sent_start:
            return True
    return False


def _after_state_abbreviation(doc: Doc, start: int, end: int) -> int:
    """Where a body's own name starts after a state's abbreviation the writer put before it ("the U.S.
    Libertarian Party", "US Carnival Corporation"): the abbreviation says whose the body is and is no part
    of its name when the rest is a body of that state the tables know, or stands alone elsewhere in the
    article. A spelt-out state word is kept ("Australian Broadcasting Corporation"), and so is a name the
    tables know with the abbreviation ("UK Independence Party")."""
    from geokg.extract.entities.organisations import lookup_organisation

    first = doc[start].text
    if end - start < 3 or not first.replace(".", "").isupper() or not first.replace(".", "").isalpha():
        return start
    state = lookup_country(first)
    text = doc[start:end].text
    if state is None or lookup_organisation(text) is not None or country_of_institution(text) is not None:
        return start
    rest = lookup_organisation(doc[start + 1 : end].text, (state.iso3,))
    if rest is not None and rest.kind == "state body":
        return start  # "US Department of Justice": the state's own organ, which institutions read whole
    if (rest is not None and rest.country == state.iso3) or _stands_alone(doc, start + 1, end):
        return start + 1
    return start


def _after_title_of(doc: Doc, start: int) -> bool:
    """The span is a title's body: "Secretary of [the Navy]", "Secretary of the [Navy]"."""
    of = start - 1 if start >= 1 and doc[start - 1].lower_ != "the" else start - 2
    return of >= 1 and doc[of].lower_ == "of" and is_role_word(doc[of - 1].lower_)


def _bare_surname(words: Span) -> bool:
    """Name words that are neither a body's nor a portfolio's nor a state's: a holder's surname."""
    return all(
        _name_word(t)
        and t.lower_ not in ORGANISATION_HEADS
        and not is_portfolio(t.lower_)
        and lookup_country(t.text) is None
        for t in words
    )


def _second_name_start(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where a second name begins in a span a web page's layout ran together: a byline into the next
    sentence's subject ("X's Ann Roe Tom Day should go"), a team into its player ("Lakers Tom Day"), a
    title's body into its holder ("Secretary of the Navy for Research Tom Day"). The second name (two
    words, the later one's verb's) starts with a common given name; in a person's span, the first does too
    or the second's family name recurs alone. A team is a plural name; a body after a title's "of"."""
    if label == "PERSON":
        if end - start < 4 or not all(_name_word(t) for t in doc[start:end]):
            return None
        for k in range(start + 2, end - 1):
            if not _given_name(doc[k]) or _given_name(doc[k - 1]):
                continue  # "Doris Mary Ann Roe": a second given name goes on the first name
            if _given_name(doc[start]) or _recurs_alone(doc, k, end):
                return k
        return None
    if label != "ORG":
        return None
    if end - start in (2, 3) and _title_object_at(doc, start) and _bare_surname(doc[start + 1 : end]):
        return start + 1  # "Secretary of [State Shultz]": the title's portfolio, then its holder's surname
    for k in range(max(start + 1, end - MAX_TITLED_NAME_WORDS), end - 1):
        if not all(_name_word(t) for t in doc[k:end]) or doc[k - 1].lower_ in _OPEN_ENDINGS:
            continue
        before = doc[k - 1]
        team = before.tag_ == "NNPS" or (
            before.text.istitle() and before.text.endswith("s") and before.is_alpha
        )
        if not (team or _after_title_of(doc, start)):
            continue
        if _given_name(doc[k]) or (team and k == end - 2 and _recurs_alone(doc, k, end)):
            return k
    return None


MAX_COUNTRY_NAME_WORDS = 4
_SCORE = re.compile(r"\d+(?:[-–]\d+)?|[-–]")


def _club_word(token: Token, words: frozenset[str]) -> bool:
    """A word of a club's name ("FC", "Real", "United") written as one: capitalised, a short one in
    capitals ("As Barcelona lost" opens no club's name)."""
    if token.lower_ not in words or not token.text[:1].isupper():
        return False
    return len(token.text) > 3 or token.text.isupper()


def _club_name(doc: Doc, start: int, end: int, label: str, free: int) -> tuple[int, int] | None:
    """The span of a sports club's name in a tagged name (`free`: where the tokens before it are no other
    name's): a club's word first ("Real Madrid", "FC" before "[Barcelona]") or last ("Leeds United"),
    without a score the tagger took in ("[Leeds United 2-1]"). A person's name takes no short prefix
    ("SC [Ann Lee]": a state's postal code)."""
    while end - start > 1 and _SCORE.fullmatch(doc[end - 1].text):
        end -= 1
    before = doc[start - 1] if start > free else None
    if (
        before is not None
        and not before.ent_type_
        and label != "PERSON"
        and _club_word(before, CLUB_PREFIXES)
    ):
        start -= 1
    if end - start < 2 or lookup_country(doc[start:end].text) is not None:
        return None
    if not any(c.islower() for c in doc[start + 1 : end].text):
        return None  # a line in capitals ("REAL ESTATE")
    if not all(t.is_alpha or t.text == "&" for t in doc[start:end]):
        return None  # "the 116th United [States Congress]" the tagger cut short
    short_prefix = label == "PERSON" and len(doc[start].text) <= 3
    if (_club_word(doc[start], CLUB_PREFIXES) and not short_prefix) or _club_word(
        doc[end - 1], CLUB_SUFFIXES
    ):
        return start, end
    return None


def is_club_name(doc: Doc, m: Mention) -> bool:
    """The mention is a sports club's name by its words ("Leeds United", "FC Porto")."""
    return _club_name(doc, m.start, m.end, m.label, m.start) == (m.start, m.end)


def position_between_names(doc: Doc, i: int) -> bool:
    """ "Lakers guard X", "Caloundra coach Y": the word at `i` is a player's position or a coach's word
    between a team's capitalised name and a person's, which the tagger may read as the verb of one acting
    on the other."""
    if i < 1 or i + 1 >= len(doc):
        return False
    team, word, name = doc[i - 1], doc[i], doc[i + 1]
    return (
        team.text.istitle()
        and team.is_alpha
        and _team_word(team)
        and word.is_lower
        and sports_role(word.text) is not None
        and name.text.istitle()
        and name.pos_ == "PROPN"
        and name.ent_type_ in ("PERSON", "")
    )


def _team_word(token: Token) -> bool:
    """A name, or a word the tagger calls a noun that names no kind of people: "Lakers" opening the
    sentence may be read as a noun, "Troops" ("Troops guard Ali Roe's house") or "Officers" is one."""
    from geokg.extract.entities.actors import sector_of_word  # actors reads this module's Mention

    if token.pos_ == "PROPN" or token.ent_type_:
        return True
    lower, lemma = token.lower_, token.lemma_.lower()
    return not (
        sector_of_word(lower)
        or _person_noun(lemma)
        or is_role_word(lower)
        or lemma in ORGANISATION_HEADS
        or lower in ORGANISATION_HEADS
    )


def team_before_position(doc: Doc, i: int) -> bool:
    """ "Lakers guard X", "Hawks center Y", "Yankees pitchers X and Y": the capitalised plural word at `i` is
    a team, a player's position or a coach's word between it and a person's name."""
    if i < 0 or not position_between_names(doc, i + 1):
        return False
    team, word = doc[i], doc[i + 1]
    plural = team.tag_ == "NNPS" or (team.text.endswith("s") and not team.text.endswith("ss"))
    return plural and word.pos_ in ("NOUN", "PROPN", "VERB")  # not "Pacers forward, X, …" read as an adverb


def _untagged_teams(doc: Doc, covered: set[int]) -> list[Mention]:
    """Teams the tagger left untagged before a player's position ("Hawks center X")."""
    return [
        Mention(i, i + 1, doc[i].text, "ORG", None)
        for i in range(len(doc))
        if i not in covered and team_before_position(doc, i)
    ]


def _untagged_clubs(doc: Doc, covered: set[int]) -> list[Mention]:
    """Clubs the tagger left untagged ("Leeds United will face …"): a run of two to four capitalised proper
    nouns outside other names with a club's word first or last."""
    pos = pos_ids(doc)

    def club_at(i: int) -> Mention | None:
        if i > 0 and i - 1 not in covered and pos[i - 1] == PROPN and doc[i - 1].text[:1].isupper():
            return None  # the run began before
        # a club's first word may be read as an adjective ("Real Sociedad")
        end = i + 1 if i not in covered and _club_word(doc[i], CLUB_PREFIXES) else i
        while end < len(doc) and end not in covered and pos[end] == PROPN and doc[end].text[:1].isupper():
            end += 1
        if not 2 <= end - i <= MAX_ORGANISATION_WORDS or any(doc[k].ent_type_ for k in range(i, end)):
            return None
        club = _club_name(doc, i, end, "ORG", i)
        return Mention(i, end, doc[i:end].text, "ORG", None) if club == (i, end) else None

    return _scan(doc, club_at, covered)


def _longest_country_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "American" + "Samoan", "American" + "Samoa": the tagger cuts some names of dependent territories and
    their peoples into a demonym and a shorter country's name. Adjacent names (and untagged proper nouns
    right after one) that together are one country's name or demonym are that one mention: the longer name
    wins over the shorter one it contains (American Samoa is not Samoa, nor the United States)."""
    joined: list[tuple[int, int, str]] = []
    starts = {start: (end, label) for start, end, label in spans}
    i = 0
    ordered = sorted(spans)
    while i < len(ordered):
        start, end, label = ordered[i]
        best, used = None, 0
        stop, k = end, i
        while stop - start < MAX_COUNTRY_NAME_WORDS and stop < len(doc):
            if stop in starts:
                k += 1
                stop = starts[stop][0]
            elif doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
                stop += 1
            else:
                break
            if stop - start > MAX_COUNTRY_NAME_WORDS or not doc[stop - 1].text[:1].isupper():
                break
            if lookup_country(doc[start:stop].text) is not None:
                best, used = stop, k
        if best is None:
            joined.append((start, end, label))
            i += 1
            continue
        text = doc[start:best].text
        joined.append((start, best, "NORP" if is_demonym(text) else "GPE"))
        i = used + 1
    return joined


def _split_fused(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """ "Crete and Cyprus", "Omsk in Siberia": the tagger fuses two places into one name. A span whose
    words after an inner "and"/"in" name a place is split there (unless the whole is one country's name,
    like "Bosnia and Herzegovina")."""
    after_title = (
        start >= 2 and doc[start - 1].lower_ in ("of", "from") and is_role_word(doc[start - 2].lower_)
    )
    person = _person_after_demonym(doc, start, end, label)
    if person is not None:
        return [(start, person, "NORP"), (person, end, "PERSON")]  # "[Latvian] [Andris Piebalgs]"
    joining = _two_people_joined(doc, start, end)
    if joining is not None:
        return [(start, joining, "PERSON"), (joining + 1, end, "PERSON")]  # "both [Lamar] and [Ana Roe]"
    if (label == "PERSON" and not after_title) or lookup_country(doc[start:end].text) is not None:
        return [(start, end, label)]
    joined = _hyphen_joined_bodies(doc, start, end, label)
    if joined is not None:
        return joined  # "the White House-Congress talks": two bodies, no one body
    owners = _slash_joined_owners(doc, start, end, label)
    if owners is not None:
        return owners  # "the Acme/Zenith joint venture": the venture's two owners
    if _state_then_event_noun(doc, start, end, label):
        return [(start, end - 1, "NORP" if is_demonym(doc[start : end - 1].text) else "GPE")]
    state_end = _state_before_international_body(doc, start, end, label)
    if state_end is not None:
        # "[Chilean U.N.] spokesman X": the state's word and the body it sends an envoy to, two mentions
        state = doc[start:state_end].text
        return [(start, state_end, "NORP" if is_demonym(state) else "GPE"), (state_end, end, label)]
    if label == "ORG" and end - start >= 3 and not _form_before_name(doc[start]):
        # "told NPR Hamza bin Laden had…", "Amnesty International Man-kei Tam said": a known
        # organisation, then a person's name
        person = _person_after_organisation(doc, start, end)
        if person is not None and doc[end - 1].lower_ in BODY_HEADS:
            # a known name going on into a body's head is no person: a unit of a body named by its own head
            # ("the Metropolitan Police Counter Terrorism Command"), else one body ("The Economist
            # Intelligence Unit")
            if doc[person - 1].lower_ in ORGANISATION_HEADS or doc[person - 1].lower_ in BODY_HEADS:
                return [(start, person, "ORG"), (person, end, "ORG")]
            return [(start, end, label)]
        if person is not None:
            return [(start, person, "ORG"), (person, end, "PERSON")]
    if after_title and end - start >= 3:
        # "First Minister of Scotland Nicola Sturgeon", "Senator from Vermont Ann Lee", "President of Peru Ana
        # Roe" tagged as one name:
        # the place, then the holder
        from geokg.extract.entities.places import place_country  # places reads this module's fold()

        def names_place(text: str) -> bool:  # a state ("Prime Minister of Peru Ana Roe") or a place in one
            # (not a demonym: "director of Greek Energy Forum Ana Roe" is a Greek body's director)
            return (lookup_country(text) is not None and not is_demonym(text)) or place_country(text).known

        for k in range(start + 1, end - 1):
            if names_place(doc[start : k + 1].text):
                continue  # "Abu" of "Abu Dhabi Media", "New" of "New Zealand": a place name is taken whole
            # "founder of the Free Software Foundation": a rest ending in a body's noun is no holder's
            # name, the whole is the body's; so is one ending in a firm's legal form ("president of Japan
            # Credit Rating Agency Ltd": the state's name opens the firm's)
            body = doc[end - 1].lower_ in ORGANISATION_HEADS or doc[end - 1].lower_ in BODY_HEADS
            body = body or _legal_form(doc[end - 1])
            if names_place(doc[start:k].text) and all(t.pos_ == "PROPN" for t in doc[k:end]) and not body:
                return [(start, k, "GPE"), (k, end, "PERSON")]
    if label == "PERSON":
        return [(start, end, label)]
    if _acronym_after_comma(doc, start, end):
        # "a new International Coffee Agreement, ICA, was adopted": the name, then its acronym set off by a
        # comma, which names the same thing (clusters join them); no label with ", ICA" in it
        return [(start, end - 2, label), (end - 1, end, label)]
    comma = next((k for k in range(start + 2, end - 2) if doc[k].text == ","), None)
    if label == "ORG" and comma is not None and doc[comma - 1].lower_ == doc[end - 1].lower_:
        # "the X Party, Y Party": a list of two bodies named with the same noun, fused across its comma
        return [(start, comma, label), (comma + 1, end, label)]
    if label == "ORG" and (parted := _parted_by_clause(doc, start, end)) is not None:
        return [(start, parted, label), (parted + 1, end, label)]
    for k in range(start + 1, end - 1):
        word = doc[k].lower_
        if word not in ("and", "in"):
            continue
        right = doc[k + 1 : end].text
        if word == "in" and all(t.pos_ == "PROPN" for t in doc[k + 1 : end]):
            return [(start, k, label)]  # "Omsk in Siberia" is Omsk, located in Siberia
        if word == "in" or (lookup_country(right) is None and lookup_capital(right) is None):
            continue
        return [(start, k, "GPE" if lookup_country(doc[start:k].text) else label), (k + 1, end, "GPE")]
    return [(start, end, label)]


def _state_before_international_body(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where a state's name or demonym ends when the rest of a tagged body's name is an international
    body's (igos.tsv) and an envoy's title follows (igo_envoy_roles): "[Chilean U.N.] spokesman X" names the
    state and the body it sends the envoy to; None otherwise (or when the whole is one body's name). Not
    "[Chilean Red Cross] spokesman X": a body of national societies (igos.tsv kind association), whose
    officer is no state's envoy."""
    from geokg.extract.entities.igos import has_member_states, lookup_igo  # igos reads mentions

    if label != "ORG" or end - start < 2 or lookup_igo(doc[start:end].text) is not None:
        return None
    if end >= len(doc) or doc[end].lower_ not in IGO_ENVOY_ROLES:
        return None
    for size in (3, 2, 1):
        cut = start + size
        state = cut < end and lookup_country(doc[start:cut].text) is not None
        if state and has_member_states(lookup_igo(doc[cut:end].text)):
            return cut
    return None


def _known_surname_before(doc: Doc, start: int, end: int) -> bool:
    """The name doc[start:end] ends in a word the article named before as a person's, alone or as the last
    word of a longer name ("Tom Lamar ... Lamar"), and not in the same pair ("Orvan and Kessel Plc ...
    Orvan and Kessel" is a firm named again, whatever the tagger called its first word)."""
    surname, partner = doc[end - 1].text, doc[end + 1].text if end + 1 < len(doc) else ""
    return any(
        t.text == surname
        and t.ent_type_ == "PERSON"
        and not (t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "and" and doc[t.i + 2].text == partner)
        for t in doc[:start]
    )


def _two_people_joined(doc: Doc, start: int, end: int) -> int | None:
    """ "invited both Lamar and Ana Roe": the tagger fuses two people joined by "and" into one name (often
    a body's). The "and" parts two people when "both" opens the pair or the words before it are a person
    the article named before, and the words after it are a person's name (a given name first, or a
    person's name elsewhere in the article). Names of one thing joined by "and" stay whole: a firm's
    ("Procter and Gamble", with a legal form or known to the tables, or the same word twice: "Johnson and
    Johnson"), a state's ("Trinidad and Tobago", read before this). The index of the "and", else None."""
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold()

    ands = [k for k in range(start + 1, end - 1) if doc[k].lower_ == "and"]
    if len(ands) != 1 or lookup_organisation(doc[start:end].text) is not None:
        return None
    k = ands[0]
    left, right = doc[start:k], doc[k + 1 : end]
    if not all(_name_word(t) for t in (*left, *right)) or any(_legal_form(t) for t in doc[start:end]):
        return None
    if left[-1].text == right[-1].text or any(lookup_country(s.text) is not None for s in (left, right)):
        return None
    both = start > 0 and doc[start - 1].lower_ == "both"
    if not (both or _known_surname_before(doc, start, k)):
        return None
    person = _given_name(right[0]) or any(
        t.text == right[-1].text and t.ent_type_ == "PERSON" and not start <= t.i < end for t in doc
    )
    return k if person else None


def _acronym_after_comma(doc: Doc, start: int, end: int) -> bool:
    """Does the span end in a comma and an acronym that the capitalised words before the comma spell
    ("International Coffee Agreement, ICA", "Multi-Fibre Arrangement, MFA")?"""
    if end - start < 4 or doc[end - 2].text != "," or not acronym_word(doc[end - 1]):
        return False
    spelt = spelt_out_start(doc, end - 2, doc[end - 1].text)
    return spelt is not None and spelt >= start


def _parted_by_clause(doc: Doc, start: int, end: int) -> int | None:
    """ "a meeting with Takeshita, Kyodo News Service said": the recogniser may fuse the last word of a
    clause and the source named after its comma into one name. The comma parts two names when the words
    before it hang on a word outside the name and the name after it is the subject of the sentence's verb
    of speech; the comma's index, else None."""
    for k in range(start + 1, end - 1):
        if doc[k].text != ",":
            continue
        before, after = doc[start:k].root, doc[k + 1 : end].root
        outside = not (start <= before.head.i < end) and not (start <= after.head.i < end)
        speaks = after.dep_ in NOMINAL_SUBJECT_DEPS and after.head.lemma_.lower() in SPEECH_VERBS
        if outside and speaks and before.dep_ not in ("nsubj", "appos", "compound"):
            return k
    return None


def _hyphen_joined_bodies(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]] | None:
    """ "the White House-Congress talks", "U.S.-Soviet relations": two states or state or international
    bodies the tables know, joined by a hyphen with no space into one tagged name, are two names (a firm
    named after two people, "Hewlett-Packard", is one: only the tables' states and bodies split)."""
    if label not in ("ORG", "GPE", "NORP"):
        return None
    hyphens = [k for k in range(start + 1, end - 1) if doc[k].text == "-" and not doc[k - 1].whitespace_]
    if len(hyphens) != 1 or doc[hyphens[0]].whitespace_:
        return None
    k = hyphens[0]
    from geokg.extract.entities.organisations import lookup_organisation

    if lookup_organisation(doc[start:end].text) is not None:
        return None  # "Mercedes-Benz"
    first = start + 1 if doc[start].lower_ == "the" else start
    sides = [(first, k), (k + 1, end)]
    labels = [_state_or_body_label(doc[a:b].text) for a, b in sides]
    if None in labels:
        return None
    return [(a, b, side) for (a, b), side in zip(sides, labels, strict=True) if side is not None]


def _slash_joined_owners(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]] | None:
    """ "the 50/50 Acme/Zenith joint venture": two capitalised names joined by a slash with no space into one
    tagged name before a noun of a firm owned together (data: jointly_owned_nouns, after its adjectives)
    are its two owners, two names; a ticket of two candidates ("Roe/Doe") before no such noun stays one."""
    if label != "ORG":
        return None
    slashes = [k for k in range(start + 1, end - 1) if doc[k].text == "/"]
    if len(slashes) != 1 or doc[slashes[0] - 1].whitespace_ or doc[slashes[0]].whitespace_:
        return None
    sides = [(start, slashes[0]), (slashes[0] + 1, end)]
    if not all(t.is_alpha and t.text[:1].isupper() for a, b in sides for t in doc[a:b]):
        return None
    after = end
    while after < len(doc) and doc[after].pos_ == "ADJ":
        after += 1  # "joint"
    if after >= len(doc) or doc[after].lemma_.lower() not in JOINTLY_OWNED_NOUNS:
        return None
    return [(a, b, label) for a, b in sides]


def _state_then_event_noun(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "the U.S. Raids", "Iranian Attacks": a state's name or adjective, then an event's noun the tagger
    took into the name because a headline capitalised it. The state is the name; the event is no body."""
    if label not in ("ORG", "GPE") or end - start < 2:
        return False
    last = doc[end - 1]
    if not (last.is_alpha and last.text[:1].isupper()) or event_code(last.lower_, noun=True) is None:
        return False
    first = start + 1 if doc[start].lower_ == "the" else start
    return first < end - 1 and lookup_country(doc[first : end - 1].text) is not None


def _state_or_body_label(text: str) -> str | None:
    """The label of a state's name ("GPE"), its people's word ("NORP"), or a state or international body
    the tables know ("ORG"); None for any other words."""
    from geokg.extract.entities.igos import lookup_igo
    from geokg.extract.entities.organisations import STATE_BODY_KIND, body_sector, lookup_organisation

    if lookup_country(text) is not None:
        return "NORP" if is_demonym(text) else "GPE"
    known = lookup_organisation(text)
    if (known is not None and known.kind == STATE_BODY_KIND) or body_sector(text) or lookup_igo(text):
        return "ORG"
    return None


def _organisation_end(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name ends: "Organisation of Islamic Cooperation (OIC" stops before its
    unclosed bracket (the acronym is a name of its own); "[Abu Dhabi] Media" takes the capitalised word the
    tagged words modify, when it is no title ("NATO Secretary-General") and starts no other name."""
    opening = next((k for k in range(start + 1, end) if doc[k].text == "("), None)
    if opening is not None and not any(doc[k].text == ")" for k in range(opening, end)):
        return opening
    state_end = _state_named_group_end(doc, start, end)
    if state_end is not None:
        return state_end
    while end < len(doc) and end - start < 6:
        last, word = doc[end - 1], doc[end]
        fits = (
            last.dep_ == "compound"
            and last.head.i == end
            and word.pos_ == "PROPN"
            and word.text.istitle()
            and word.is_alpha
            and not word.ent_type_
            and not is_role_word(word.lower_)
            and not is_title_modifier(word.lower_)
        )
        if not fits:
            break
        end += 1
    return end


def _state_named_group_end(doc: Doc, start: int, end: int) -> int | None:
    """ "the [Inter-Governmental Group] on Indonesia (IGGI)", "the [Consultative Group] for Peru": a group
    named for the state it is about, its capitalised head and the state's name right after; the whole is
    the group's name (its acronym's letters run over the state's), no body of that state."""
    last = doc[end - 1]
    if end + 1 >= len(doc) or last.lower_ not in STATE_GROUP_HEADS or not last.text.istitle():
        return None
    if end - start < 2 or doc[end].lower_ not in STATE_GROUP_PREPOSITIONS:
        return None
    state = next((e for e in doc.ents if e.start == end + 1), None)
    if state is None or state.label_ != "GPE" or lookup_country(state.text) is None:
        return None
    if state.end < len(doc) and doc[state.end].tag_ == "POS":
        return None  # "the Contact Group on Peru's debt": the state owns what the phrase names
    return state.end


MAX_CUT_WORDS = 2


def _organisation_start(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name starts when the tagger cut its first words off ("the Tobacco
    [Manufacturers' Association]": the possessive misleads it): capitalised words right before the name
    that modify a word of it are the name's own. A sentence's first word (capitalised by its place),
    words of a title and the last words of another name are left outside."""
    k = start
    while start - k < MAX_CUT_WORDS and k > 0:
        word = doc[k - 1]
        fits = (
            word.dep_ == "compound"
            and k <= word.head.i < end
            and word.is_alpha
            and word.text.istitle()
            and not word.ent_type_
            # "116th [United] States [Congress]": a word that ends another tagged name is that name's
            and not (k >= 2 and doc[k - 2].ent_type_)
            and not _opens_sentence(doc, k - 1)
            and not is_role_word(word.lower_)
            and not is_title_modifier(word.lower_)
        )
        if not fits:
            break
        k -= 1
    return k


def _person_after_organisation(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts after the longest known organisation's name that begins the span."""
    from geokg.extract.entities.organisations import lookup_organisation

    if lookup_organisation(doc[start:end].text) is not None or _legal_form(doc[end - 1]):
        return None  # "Goldman Sachs Group Inc": a name ending in a legal form is a firm's, no person's
    for k in range(end - 2, start, -1):
        # a one-word name only as an acronym ("NPR"): "Amazon Environmental Research Institute" is one name
        one_word = k - start == 1 and not doc[start].text.isupper()
        # a body's acronym the table may not know, run into a name that opens with a given name ("GATT
        # Ann Roe said"): an acronym is no word of a person's name
        acronym = k - start == 1 and acronym_word(doc[start]) and _given_name(doc[k])
        if one_word or (lookup_organisation(doc[start:k].text) is None and not acronym):
            continue
        if doc[k].text in FOREIGN_NAME_JOINS:
            return None  # "Societe Generale de Belgique": a known body's name going on after its particle
        rest = doc[k:end]
        hyphenated = [t for t in rest if t.text == "-" and not t.whitespace_]
        words = [t for t in rest if t not in hyphenated]
        name_like = all(
            (t.text.istitle() or t.lower_ in NAME_PARTICLES or (t.i > k and doc[t.i - 1] in hyphenated))
            and t.is_alpha
            and t.pos_ in ("PROPN", "X")  # "Capitol Hill [Occupied Protest]": a verb is in no one's name
            and not is_role_word(t.lower_)
            and not is_title_modifier(t.lower_)
            and t.lower_ not in LOCAL_INSTITUTION_NOUNS
            and t.lower_ not in ORG_SUFFIXES  # "Chase Manhattan Asia Ltd": a unit of the firm, no person
            for t in words
        )
        # "GM Hughes Electronics", "GM Delco Products": a name ending in a trade's word is the firm's unit
        trade = words[-1].text.istitle() and words[-1].lower_ in FIRM_SECTOR_WORDS
        return k if name_like and len(words) >= 2 and not trade else None
    return None


def acronym_word(token: Token) -> bool:
    """A word in capitals of two letters or more ("GATT", "EC"), as bodies' acronyms are written."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def _given_name_before_particle(doc: Doc, start: int, end: int) -> int:
    """ "Prince Sultan [bin Abdulaziz]": a person's name the tagger starts at its lower-case particle (data:
    name_particles) has its given name right before it, a capitalised proper noun of the same noun phrase;
    one that is also a title ("Sultan", "Emir") only where a title or honorific stands before it. Not an
    honorific ("Mr [van Dijk]", "Dr [de Groot]") nor a title alone ("President [van Rompuy]")."""
    if start == 0 or not (doc[start].is_lower and doc[start].lower_ in NAME_PARTICLES):
        return start
    word = doc[start - 1]
    given = (
        word.pos_ == "PROPN"
        and word.text.istitle()
        and word.is_alpha
        and not word.ent_type_
        and word.dep_ == "compound"
        and start <= word.head.i < end
        and word.lower_.rstrip(".") not in HONORIFICS
        and not is_title_modifier(word.lower_)
        and lookup_country(word.text) is None
    )
    if not given:
        return start
    return start - 1 if _titled_given_name(doc, start - 1) or not is_role_word(word.lower_) else start


def _titled_given_name(doc: Doc, i: int) -> bool:
    """ "Prince [Sultan] bin Abdulaziz", "Emir [Hamad] bin Khalifa": a capitalised word between a title (or an
    honorific) and a lower-case name particle (data: name_particles) is the given name, even where it is
    also a title's word ("Sultan"): the particle joins it to the surname."""
    if i < 1 or i + 1 >= len(doc):
        return False
    word, before, after = doc[i], doc[i - 1], doc[i + 1]
    if not (word.text.istitle() and word.is_alpha and after.is_lower and after.lower_ in NAME_PARTICLES):
        return False
    return before.text.istitle() and (is_role_word(before.lower_) or before.lower_.rstrip(".") in HONORIFICS)


def _given_name_before(doc: Doc, start: int, end: int) -> int:
    """ "Superintendent Yolanda [Yu Hoi-kwan]": a capitalised word the tagger left out before a name, part
    of it in the parse, and no title, state or organisation word, is the given name. Right after a title
    of office ("Trade Minister Ana Maria [Lopez]") up to three such words are: the title marks where the
    name begins, so the tagger's cut is no doubt about it."""

    def fits(word: Token) -> bool:
        return (
            word.pos_ == "PROPN"
            and word.text.istitle()
            and not word.ent_type_
            and word.dep_ == "compound"
            and word.i < word.head.i < end
            and not is_role_word(word.lower_)
            and not is_title_modifier(word.lower_)
            and word.lower_.rstrip(".") not in HONORIFICS
            and not _person_noun(word.lower_)
            and lookup_country(word.text) is None
            # "the New Zealander Tom Diaz": the tail of a state's two-word demonym is no given name
            and not (word.i > 0 and lookup_country(doc[word.i - 1 : word.i + 1].text) is not None)
            and time_qualifier([word.lower_]) is None  # "Bishop Emeritus X": the title's qualifier
            # "Secretary of the Navy for Research Tom Day": a title's portfolio before a given name
            and not (
                doc[word.i - 1].lower_ == "for" and _given_name(doc[word.i + 1]) and not _given_name(word)
            )
            # "Afterwards Trump visited": a function word the tagger calls a name only where it opens it
            and not (word.is_stop and _opens_sentence(doc, word.i))
        )

    if start == 0 or not fits(doc[start - 1]):
        return start
    k = start - 1
    while k > 0 and start - k < MAX_NAME_AFTER_TITLE_WORDS and fits(doc[k - 1]):
        k -= 1
    title = doc[k - 1] if k > 0 else None
    after_title = (
        title is not None
        and is_role_word(title.lower_)
        and not is_plural_role_word(title.text)
        and title.dep_ == "compound"
        and k <= title.head.i < end  # the title and the name one noun phrase
    )
    return k if after_title else start - 1


MAX_PERSON_NAME_WORDS = 5


def _rest_of_name(doc: Doc, start: int, end: int, person_starts: dict[int, int]) -> int:
    """ "Judge [Amy Berman] Jackson", "Judge [Amy Berman] [Jackson]": the tagger cuts a long name (often after
    a title) short, leaving its surname out or making it a person of its own. Proper nouns the parse makes
    part of the name's last word ("compound") are one name with it: an untagged surname, or a person's name
    that runs straight into the first."""
    if end >= len(doc) or not all(
        t.pos_ == "PROPN" and t.is_alpha and t.dep_ == "compound" and start < t.head.i for t in doc[start:end]
    ):
        return end
    head = doc[end - 1].head.i
    rest = person_starts.get(end)
    if rest is not None:
        one_phrase = end <= head < rest and all(t.head.i < rest for t in doc[start:end])
        return rest if one_phrase and rest - start <= MAX_PERSON_NAME_WORDS else end
    word = doc[end]
    surname = (
        head == end
        and end - start < MAX_PERSON_NAME_WORDS
        and word.pos_ == "PROPN"
        and word.is_alpha
        and word.text.istitle()
        and not word.ent_type_
        and all(t.head.i <= end for t in doc[start:end])
        and not is_role_word(word.lower_)
        and not _person_noun(word.lower_)
        and word.lower_ not in ORGANISATION_HEADS
        and word.lower_ not in FACILITY_NOUNS
        and word.lower_ not in VENUE_NOUNS
        and lookup_country(word.text) is None
    )
    return end + 1 if surname else end


def _surname_after_patronymic(doc: Doc, start: int, end: int) -> int:
    """ "[Bolat Kairat-uly] Temirov", "[Oleg Petrovich] Sidorenko": a person's name written in full with a
    patronymic (data: patronymic_endings) that the tagger ends on the patronymic goes on over the one
    capitalised surname after it, whatever type the tagger gave that word; not over a state's name, a
    title or a body's word, nor into a longer run of names."""
    if end - start < 2 or end >= len(doc):
        return end
    last = doc[end - 1]
    hyphened = doc[end - 2].text == "-" and not doc[end - 2].whitespace_
    ending = next((e for e in PATRONYMIC_ENDINGS if last.lower_.endswith(e)), None)
    if ending is None or not (hyphened or len(last.text) > len(ending) + 2) or not last.is_alpha:
        return end
    word = doc[end]
    surname = (
        word.pos_ == "PROPN"
        and word.is_alpha
        and word.text.istitle()
        and bool(last.whitespace_)
        and not (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper())
        and not is_role_word(word.lower_)
        and word.lower_ not in ORGANISATION_HEADS
        and word.lower_ not in FACILITY_NOUNS
        and lookup_country(word.text) is None
    )
    return end + 1 if surname else end


def _known_place(text: str) -> bool:
    """A state's name or a place the gazetteer puts in one ("Lyon", "Geneva")."""
    from geokg.extract.entities.places import place_country  # places reads this module's fold()

    return lookup_country(text) is not None or place_country(text).known


def _seat_before(doc: Doc, end: int) -> bool:
    """Is the name ending at `end` hyphened to a participle of where one is based ("Bermuda-based",
    "Oslo-headquartered"; data: seat_participles)?"""
    return _hyphened_to(doc, end, SEAT_PARTICIPLES)


def _extend_name(doc: Doc, end: int) -> int:
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        if doc[end].whitespace_ or not doc[end + 1].is_alpha:
            break
        end += 2
    particles = end
    while particles < len(doc) and doc[particles].lower_ in NAME_PARTICLES:
        particles += 1
    ends_in_particle = doc[end - 1].lower_ in NAME_PARTICLES or particles > end
    if ends_in_particle and particles < len(doc) and doc[particles].text[:1].isupper():
        return particles + 1
    if end < len(doc) and _ELIDED_PARTICLE.match(doc[end].text):
        return end + 1  # "Valéry Giscard" + "d'Estaing": an elided particle joined to the surname
    return end


def _title_word(mention: Mention, doc: Doc) -> bool:
    """A title or title modifier tagged as a name ("Caretaker Prime Minister…" at a sentence start,
    "named John Doe National Security Advisor", "Supreme" of "Supreme Leader")."""
    words = mention.text.lower().split()
    if mention.country is not None or mention.affiliation is not None:
        return False
    if len(words) == 1 and (is_role_word(words[0]) or words[0] in STRAY_TITLE_WORDS):
        return True
    following = doc[mention.end] if mention.end < len(doc) else None
    if len(words) == 1 and words[0] in NAME_LIKE_TITLES and following is not None:
        return following.lower_ == "of"  # "Dean of the House": the rank, not a Mr Dean
    if len(words) == 1 and words[0] in TITLE_ADJECTIVES and following is not None:
        return is_role_word(following.lower_)  # "Supreme" of "Supreme Leader"
    if len(words) == 1 and is_portfolio(words[0]) and following is not None:
        # "Interior" of "Kenya's Interior Minister X"; not "Labour" of "Labour deputy leader X", the party
        return is_role_word(following.lower_) and not party_before_its_title(mention, doc)
    if len(words) > 1 and following is not None and following.is_lower and is_role_word(following.lower_):
        # "Home Affairs" of "Home Affairs spokesman X": a field of several words before a title's noun in
        # lower case is the field he speaks on (a body has its head noun: "Foreign Affairs Committee")
        return _portfolio_only(t for t in doc[mention.start : mention.end] if t.lower_ != "and")
    if _title_acronym(mention, doc):
        return True
    if mention.label == "PERSON" and _office_in_capitals(doc, mention.start, mention.end):
        return True  # "Kurt Meyer, [Worldwide Treasurer] of Acme": his office, no person of that name
    if _portfolio_before_role(mention, words, following):
        return True
    return mention.label != "PERSON" and is_title_phrase(mention.text) and not _states_chamber(mention, doc)


def party_before_its_title(mention: Mention, doc: Doc) -> bool:
    """ "Labour leader X", "Labour deputy leader Y", "Labour MP Z": a party the tables know, capitalised,
    before a title its party gives (entity_words.tsv party_roles) or a seat its politicians hold
    (party_seat_titles: "MP", "peer", "MEP"), the title's words run on from it, is the party whose title it
    is; its name is no portfolio then, as "Labour" of "Labour Minister X" is. "Labour peer Lord X": the
    honorific after the seat makes the tagger read the party's name as an adjective; it is still the party."""
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold()

    if not mention.text[:1].isupper():
        return False
    org = lookup_organisation(mention.text)
    if org is None or org.kind != "party":
        return False
    last = None
    for token in doc[mention.end : mention.end + 4]:
        if token.tag_ == "HYPH" or token.lower_ == "co":
            continue  # "co-chairman" split by the tokenizer
        if token.lower_ in PARTY_SEAT_TITLES:
            last = token.lower_  # "peer" is no office's word, yet a seat the party's member holds
            continue
        if not is_title_word(token.lower_):
            break
        if is_role_word(token.lower_):
            last = token.lower_
    return last is not None and (last in PARTY_ROLES or last in PARTY_SEAT_TITLES)


def _office_in_capitals(doc: Doc, start: int, end: int) -> bool:
    """Do the words end a title written in capitals (titles.capitalised_office) that the capitalised
    modifiers before them begin: "[Worldwide Treasurer]", "Chief [Economist]"? Only where it stands as an
    office does, after a comma (an apposition to a name) or before "of" (the firm it is held at)."""
    first = start
    while first > 0 and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_sent_start:
        if not capitalised_office([t.text for t in doc[first - 1 : end]]):
            break
        first -= 1
    if not capitalised_office([t.text for t in doc[first:end]]):
        return False
    after_comma = first > 0 and doc[first - 1].text == ","
    return after_comma or (end < len(doc) and doc[end].lower_ == "of")


def _states_chamber(mention: Mention, doc: Doc) -> bool:
    """ "Japan's House of Representatives", "the Japanese House of Representatives": a chamber every state
    has, after a state's possessive or adjective, is that state's body, not a title ("Representative")."""
    if fold(mention.text) not in GENERIC_INSTITUTIONS or mention.start == 0:
        return False
    before = doc[mention.start - 1]
    if before.tag_ == "POS" and mention.start > 1:
        return lookup_country(doc[mention.start - 2].text) is not None
    return is_demonym(before.text)


def _portfolio_before_role(mention: Mention, words: list[str], following: Token | None) -> bool:
    """ "National Security" of "National Security Adviser X": words of a portfolio only (no body's noun
    such as "ministry" or "party") before the capitalised role noun they make a title with."""
    if mention.label == "PERSON" or following is None or not following.text[:1].isupper():
        return False
    # "[Deputy U.S. Trade] Representative X": a state's word may sit inside the title it qualifies
    own = [w for w in mention.text.split() if lookup_country(w) is None]
    if not own or not is_role_word(following.lower_) or not is_title_phrase(" ".join([*own, following.text])):
        return False
    if len(words) < 2 or not any(is_portfolio(w.lower()) for w in own):
        return False  # "Navy" of "Navy Commander X" is the body he commands
    heads = ORGANISATION_HEADS | BODY_HEADS.keys()
    lowered = [w.lower() for w in own]
    return all((is_portfolio(w) or is_title_modifier(w)) and w not in heads for w in lowered)


def _document_word(mention: Mention, doc: Doc) -> bool:
    """A document or act capitalised in a formal text ("will make an Order declaring …", "the Ruling
    says"): one such noun after a determiner is the paper, never an actor that acts or speaks."""
    if mention.end - mention.start != 1 or mention.text.lower() not in NOT_DESCRIPTIONS:
        return False
    return mention.start > 0 and doc[mention.start - 1].dep_ == "det"


def _title_acronym(mention: Mention, doc: Doc) -> bool:
    """ "Grand Master (GM)", "Woman Grand Master (WGM)": the bracketed initials of the title just before."""
    text, start = mention.text, mention.start
    if not text.isupper() or start < 2 or doc[start - 1].text != "(":
        return False
    if not is_role_word(doc[start - 2].lower_):
        return False
    first = _title_start(doc, start - 2)
    initials = "".join(t.text[0] for t in doc[first : start - 1] if t.is_alpha).upper()
    return initials.endswith(text) or initials == text


def _title_start(doc: Doc, last: int) -> int:
    """The first word of the capitalised title that ends at `last`."""
    k = last
    while (
        k > 0
        and doc[k - 1].text[:1].isupper()
        and (is_role_word(doc[k - 1].lower_) or is_title_modifier(doc[k - 1].lower_))
    ):
        k -= 1
    return k


# Where a party's member noun stands for one person: an argument of a clause or a possessor.
PARTY_MEMBER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"})


def party_member_description(token: Token) -> bool:
    """ "The Ohio Democrat said", "praised the veteran Republican", "the Tory's bid": a party's member noun,
    singular, heading a noun phrase with "the" (a state's or any other word may stand between), is one
    politician the text named before, not the party ("the Democrats", "Democrat voters", "the Democrat
    leader" are the party's), nor a paper so named ("The American Conservative")."""
    if token.lower_ not in PARTY_MEMBER_NOUNS or not token.text[:1].isupper():
        return False
    if token.tag_ not in ("NNP", "NN") or token.dep_ not in PARTY_MEMBER_DEPS:
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    if [d.lower_ for d in dets] != ["the"]:
        return False
    # "told The American Conservative", "wrote in The Socialist": a capital "The" within a sentence, or
    # one the tagger keeps in the name, opens the name of a paper
    return not dets[0].ent_type_ and (dets[0].text == "the" or dets[0].is_sent_start)


# A headline is set in capitals when it has this many words and none in lower case ("COLOMBO TO DEFEND
# WATERS").
MIN_CAPITALISED_HEADLINE_WORDS = 3


def headline_end(doc: Doc) -> int:
    """The token that ends the headline line (0 when the text has no line break, so no headline)."""
    return next((t.i for t in doc if "\n" in t.text), 0)


def capitalised_headline(doc: Doc) -> set[int]:
    """The tokens of a first line set wholly in capitals, as wire archives set headlines; empty otherwise."""
    end = headline_end(doc)
    words = [t for t in doc[:end] if t.is_alpha]
    if len(words) < MIN_CAPITALISED_HEADLINE_WORDS or not all(t.text.isupper() for t in words):
        return set()
    return {t.i for t in words}


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention in the Doc, in order; countries are recognised from names, demonyms and capitals.

    spaCy tags some demonyms as adjectives without an entity label ("Iraqi territory" usually is NORP, but
    "Iranian" before a company name sometimes is not), so adjectives and proper nouns outside entities are
    checked against the country table too.
    """
    # retyping.py and organisations.py read this module's Mention and fold: imported here, not at the top
    from geokg.extract.entities.organisations import is_product
    from geokg.extract.entities.retyping import retype

    found: list[Mention] = []
    covered: set[int] = set()
    for start, end, label in _name_spans(doc):
        mention = mention_from_span(doc, start, end, label)
        if mention is None or _title_word(mention, doc) or _document_word(mention, doc):
            continue
        found.append(mention)
        covered.update(range(min(start, mention.start), max(end, mention.end)))
    found = _bodies_around_acronyms(doc, found, covered)
    found = _chamber_bodies_after_chambers(doc, found, covered)
    pos_of = pos_ids(doc)
    shouted = capitalised_headline(doc)
    for i, pos in enumerate(pos_of):
        if i in covered or not (pos in (ADJ, PROPN) or i in shouted or _plural_demonym_noun(doc[i])):
            continue
        token = doc[i]
        if not token.text[:1].isupper() or _futures_contract(doc, i, i + 1):
            continue  # (nor "over May [London]": a contract, not the capital's state)
        longer = _longer_country_name(doc, i, pos_of, covered)
        if _likened(doc, longer[0] if longer is not None else i + 1):
            continue
        if _names_money(doc, i, longer[0] if longer is not None else i + 1):
            continue  # "150 mln U.S. dlrs"
        if longer is not None:
            end, country = longer
            label = "NORP" if is_demonym(doc[i:end].text) else "GPE"
            found.append(Mention(i, end, doc[i:end].text, label, country))
            covered.update(range(i, end))
            continue
        country = lookup_country(token.text)
        firm = _firm_before_state_name(doc, i, covered) if country is not None else None
        if firm is not None:
            # "Acmebank Nederland said": the tagger missed the firm; its state's name is no mention alone
            # (the firm's state is read from its name later, as for a tagged one)
            found.append(Mention(firm, i + 1, _surface(doc, firm, i + 1), "ORG", None))
            covered.update(range(firm, i + 1))
        elif country is not None:
            found.append(Mention(token.i, token.i + 1, token.text, "NORP", country))
        elif (token.pos_ == "PROPN" and _acts(token)) or i in shouted:
            # a capital in a headline set in capitals ("COLOMBO TO DEFEND WATERS") is its state's, as
            # headlines name states by their capitals; the tagger reads such a line as common nouns
            capital = lookup_capital(token.text, after_the=_after_the(doc, token.i))
            if capital is not None:
                found.append(Mention(token.i, token.i + 1, token.text, "GPE", capital))
                covered.add(token.i)
        if country is None and token.i not in covered and _division_before_a_body(token, found):
            found.append(Mention(token.i, token.i + 1, token.text, "GPE", None))
            covered.add(token.i)
        if country is None and token.i not in covered and _town_before_a_seat(token):
            found.append(Mention(token.i, token.i + 1, token.text, "GPE", None))
            covered.add(token.i)
    found.extend(_untagged_teams(doc, covered))
    found.extend(_untagged_clubs(doc, covered))  # before retyping: the other side of a match is a club
    found = retype(doc, found)
    found = _firms_state_arms(doc, found)
    found.extend(_summit_groups(doc, covered))
    found.extend(_untagged_bodies_for(doc, covered))  # before a table's "Commission" takes its head
    found.extend(_known_organisations(doc, covered))
    found.extend(_untagged_portfolio_ministries(doc, covered))
    found.extend(_untagged_joined_bodies(doc, covered))
    found.extend(_untagged_described_firms(doc, covered))
    found.extend(_known_office_holders(doc, covered))
    found.extend(_titled_names(doc, covered))
    found.extend(_peers_listed(doc, covered))
    found.extend(_names_after_titles(doc, covered))
    found.extend(_names_after_a_peoples_noun(doc, found, covered))
    found.extend(_names_after_titled_body(doc, found, covered))
    found.extend(_untagged_storms(doc, covered))
    found.extend(_bracketed_acronyms(doc, found, covered))
    found = _state_acronyms(doc, found)
    found.extend(_employers_before_staff(doc, found, covered))
    found.extend(_employers_before_titles(doc, found, covered))
    found = _owners_people(doc, found)
    found.extend(_repeated_names(doc, found, covered))
    found.extend(_firms_first_words(doc, found, covered))
    # A passage in another language gives no names: the English model reads junk into it. Nor does an
    # agency's furniture (bylines, credits): the agency and its writer are no actors of the story. Nor a
    # dateline the parser ran into a headline or a sentence: its place would be a title's holder or a
    # verb's subject. Nor is software or a device the tables know ("Linux", "Windows XP"), which the tagger
    # takes for a person or a place, and the passes above find again as a surname ("Rocky Linux"), nor one
    # the text names with its kind ("the browser Opera"), wherever the article names it.
    dropped = foreign_tokens(doc) | furniture_tokens(doc) | glued_dateline_tokens(doc)
    # "the Ohio Democrat said": a person the text named before (coref.py), not the party
    found = [m for m in found if not party_member_description(doc[m.end - 1])]
    # "the Board and Committee are weighing a new contract": a body's organs by their common nouns, no name
    found = [m for m in found if not bare_organs(m)]
    # "Japan's Gross National Product": a measure of the economy, no actor
    found = [m for m in found if fold(m.text) not in MEASURE_NAMES]
    # "the battleship Missouri": a ship, whatever state or place shares its name
    found = [m for m in found if not _named_as_vessel(doc, m)]
    # "a Silkworm missile", "Iraqi Mirage jets": a weapon's name, no actor (its state's word stays)
    found = weapons_dropped(doc, found)
    # "shipped 300 Camrys": a counted plural name is goods of that make, no firm; so is a brand's plural
    # after a word of fakes ("counterfeit Nikons") or the plural of a firm the story names ("Nikon")
    makers = _makers(found)
    found = [m for m in found if not _counted_goods(doc, m) and not _goods_plural(doc, m, makers)]
    # "will buy 12 new Halcon 310": a maker's name before a model's number, counted, is so many of its goods
    found = [m for m in found if not _counted_models(doc, m)]
    products = {m.text for m in found if m.country is None and _named_as_product(doc, m)}
    found = [
        m
        for m in found
        if m.start not in dropped
        and (m.country is not None or not (is_product(m.text) or m.text in products))
    ]
    found.sort(key=lambda m: m.start)
    return found


def bare_organs(m: Mention) -> bool:
    """ "The Board and Committee are weighing a new contract": an organisation's mention that is only two or
    more capitalised common nouns of a body's organs (data: bare_organ_nouns), joined, names no body: a story
    capitalises its own body's board and committee in its house style, and no one body's short name is two
    organs. One such noun alone ("the Council said") is kept: it may be the story's one council or board,
    which clustering and coreference tell."""
    words = [w for w in m.text.replace(",", " ").split() if w.lower() not in ARTICLES]
    organs = [w for w in words if w.lower() not in _PORTFOLIO_ANDS]
    if m.label != "ORG" or m.country is not None or not organs or len(organs) + 1 < len(words):
        return False
    if not all(w.istitle() and w.lower() in BARE_ORGAN_NOUNS for w in organs):
        return False
    return len(organs) > 1


# A dateline's tail after its place: a state, region or date ("Va.", "West Bank", "Jan. 23, 2019").
MAX_KIND_WORDS = 3  # "e-mail program"


def _kind_of_product(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is a kind of software ("browser", "e-mail program")."""
    return 0 <= start < end and doc[start:end].text.lower() in PRODUCT_KIND_NOUNS


def _named_as_product(doc: Doc, m: Mention) -> bool:
    """ "the Norwegian browser Opera", "the e-mail program Microsoft Outlook", "Opera, a web browser": a name
    written after a kind of software, or with one in apposition, is the product, no organisation; so is one a
    firm makes ("the Falcon of Dassault": product_of_firm)."""
    if product_of_firm(doc, m.start, m.end):
        return True
    if any(_kind_of_product(doc, m.start - size, m.start) for size in range(1, MAX_KIND_WORDS + 1)):
        return True
    root = doc[m.start : m.end].root
    said = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end]
    return any(
        _kind_of_product(doc, noun.i + 1 - size, noun.i + 1)
        for noun in said
        for size in range(1, MAX_KIND_WORDS + 1)
    )


def product_of_firm(doc: Doc, start: int, end: int) -> bool:
    """Are the capitalised words doc[start:end], after "the" and before "of", a product of the firm named
    after "of" ("the Falcon of Dassault", "the Cobra of Italian producer Agusta Spa": a name the tagger or
    the tables call a body, or one after a firm's noun, data firm_nouns)? Not a title ("the Chairman of
    Dassault"), nor a body's own head ("the Bank of England"), nor a state or a body the tables know."""
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold

    if start < 1 or end >= len(doc) or doc[start - 1].lower_ != "the" or doc[end].lower_ != "of":
        return False
    words = doc[start:end]
    if not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    heads = ORGANISATION_HEADS | BODY_KIND_NOUNS
    if any(is_role_word(t.lower_) or t.lower_ in heads or is_demonym(t.text) for t in words):
        return False
    if lookup_country(words.text) is not None or lookup_organisation(words.text) is not None:
        return False
    j = end + 1
    if j < len(doc) and is_demonym(doc[j].text):
        j += 1  # "of French firm Dassault"
    maker = j < len(doc) and doc[j].lower_ in COMPANY_NOUNS | FIRM_KIND_NOUNS
    j += maker
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if k == j or lookup_country(doc[j:k].text) is not None:
        return False
    return maker or any(e.label_ == "ORG" and e.start == j for e in doc.ents)


def _counted_goods(doc: Doc, m: Mention) -> bool:
    """ "has shipped 300 Camrys", "ordered 20 Airbuses": a plural name (tagged NNPS) counted by a number
    before it is so many goods of that make or model, no organisation (a state's "two Koreas" stays)."""
    from geokg.extract.entities.organisations import lookup_organisation  # it reads this module's fold

    head = doc[m.end - 1]
    if m.label != "ORG" or m.country is not None or head.tag_ != "NNPS" or not head.lower_.endswith("s"):
        return False
    if lookup_organisation(doc[m.start : m.end].text) is not None:
        return False  # "killed 15,000 Revolutionary Guards": members of a body the tables know, no goods
    return any(c.dep_ == "nummod" and c.i < m.start and c.like_num for c in head.children)


_MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d[\w-]*")
# a year after a make's name ("Euro 2004") is no model's number
_MODEL_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _counted_models(doc: Doc, m: Mention) -> bool:
    """ "bought 15 new Halcon 310", "will lease eight Ventra 42 aircraft", "ordered 20 Halcon K310s": a
    name followed by a model's number or designation, the lot counted by a number before the name, is so
    many goods of that make or model, no party to the deal (the maker's own acts, "Halcon said", stay).
    Not a state, nor a year after the name ("Euro 2004"), nor a name before staff ("two Channel 9 reporters":
    the employer stays)."""
    if m.country is not None or m.start == 0:
        return False
    words = list(doc[m.start : min(m.end + 1, len(doc))])  # the number may be left out of the name
    name = [t for t in words[:1] if t.is_alpha]
    designation = next((t for t in words[1:] if _MODEL_NUMBER.fullmatch(t.text)), None)
    if not name or designation is None or _MODEL_YEAR.fullmatch(designation.text):
        return False
    if any(not (t.is_alpha or t is designation) for t in words[: words.index(designation)]):
        return False
    counted = set(words[: words.index(designation) + 1])
    head = doc[m.start].head
    while head.i >= m.start and head.i < m.end and head.head.i != head.i:
        head = head.head  # the name's root within the mention
    if head.i >= m.end and head.pos_ in ("NOUN", "PROPN") and not is_person_noun(head.lemma_.lower()):
        counted.add(head)  # "eight Ventra 42 aircraft"
    for t in counted:
        for c in t.children:
            if c.dep_ == "nummod" and c.i < m.start and c.like_num and not _MODEL_YEAR.fullmatch(c.text):
                return True
    return False


def _makers(found: list[Mention]) -> set[str]:
    """The names of the story's firms and brands, a legal form dropped ("Nikon" of "Nikon Corp"): the
    singulars whose plural is their goods ("Nikons")."""
    names = set()
    for m in found:
        if m.label == "ORG" and m.country is None:
            words = m.text.split()
            names.add(m.text)
            if len(words) > 1 and all(is_legal_form(w) for w in words[1:]):
                names.add(words[0])
    return names


def _goods_plural(doc: Doc, m: Mention, makers: set[str]) -> bool:
    """ "counterfeit Nikons", "fake Rolexes", "Nikons are sold cheaply" (the story naming Nikon): a one-word
    name in the plural after a word of fakes (counterfeit_words), or the plural of a firm or brand the story
    names, stands for goods of that make, no actor. Not a body the tables know by its plural, a party's
    members ("Democrats"), or a plural the text makes a group of ("the Contras", "Contras said")."""
    from geokg.extract.entities.organisations import lookup_organisation, party_name  # they read fold

    head = doc[m.end - 1]
    if m.label not in ("ORG", "PERSON") or m.country is not None:
        return False
    if not (head.is_alpha and head.is_title and head.text.endswith("s")):
        return False
    before = doc[max(m.start - 1, 0) : m.end - 1]
    if any(t.lower_ not in COUNTERFEIT_WORDS for t in doc[m.start : m.end - 1]):
        return False  # "Revolutionary Guards": a name of more words is a body's, whatever its number
    if any(t.lower_ in COUNTERFEIT_WORDS for t in before):
        return True
    singulars = {head.text[:-1]} | ({head.text[:-2]} if head.text.endswith("es") else set())
    if not singulars & makers or lookup_organisation(head.text) is not None or party_name(head.text):
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or head.dep_ == "poss":
        return False
    return not (head.dep_ in NOMINAL_SUBJECT_DEPS and head.head.lemma_.lower() in SPEECH_VERBS)


def _named_as_vessel(doc: Doc, m: Mention) -> bool:
    """ "sent the battleship Missouri", "the frigate Stark was hit": a name right after a kind of ship
    (vessel_kind_nouns, one or two words) is the ship's."""
    kinds = (doc[m.start - size : m.start].text.lower() for size in (1, 2) if m.start - size >= 0)
    return any(kind in VESSEL_KIND_NOUNS for kind in kinds)


MAX_WEAPON_KIND_WORDS = 3  # "Tomahawk land-attack cruise missiles"


def _weapon_noun(token: Token, nouns: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in nouns or token.lower_ in nouns)


def _joined_to_weapon(doc: Doc, m: Mention | Span, nouns: frozenset[str]) -> bool:
    """Does the name modify a weapon noun written right after it, perhaps after words of its kind ("Exocet
    missiles", "Tomahawk cruise missiles")?"""
    root = doc[m.start : m.end].root
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    for j in range(m.end, min(len(doc), m.end + MAX_WEAPON_KIND_WORDS + 4)):
        if _weapon_noun(doc[j], nouns) and m.end <= root.head.i <= j:
            # "HIMARS rocket launchers": a weapon noun may be one of the kind words
            between = doc[m.end : j].text.lower().split()
            return all(w in WEAPON_KIND_WORDS or w in nouns or w.removesuffix("s") in nouns for w in between)
    return False


def _state_word_end(doc: Doc, m: Mention) -> int:
    """Where the words naming a state at the head of a mention end ("Iraqi" of "Iraqi Mirage"), or its
    start when it has none."""
    for end in range(m.end - 1, m.start, -1):
        if lookup_country(doc[m.start : end].text) is not None:
            return end
    return m.start


def weapons_dropped(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A name the tagger took for an actor that the text writes before a weapon noun ("a Silkworm missile",
    "Exocet missiles", "Iraqi Mirage jets": entity_words.tsv weapon_nouns) is the weapon's: no actor, and no
    part of the state that owns it. Every mention of the name goes (and of its plural, "the Silkworms"); a
    state's word the tagger ran into the name ("Iraqi Mirage") stays as its own mention. A body the tables
    know ("Hezbollah rockets", "Boeing jets") is kept; before a noun that also names people ("Mirage
    fighters", "ISIS fighters") only a name the article writes nowhere else is a weapon's."""
    # organisations.py reads this module's Mention: imported here, not at the top
    from geokg.extract.entities.organisations import lookup_organisation

    def name(m: Mention) -> str:
        end = _state_word_end(doc, m)
        return m.text if end == m.start else doc[end : m.end].text

    # a people's word is none ("Kurdish fighters")
    labels = (ACTOR_LABELS - {"NORP"}) | {"PRODUCT"}
    candidates = [m for m in found if m.country is None and m.label in labels and not is_demonym(m.text)]
    weapons = {name(m) for m in candidates if _joined_to_weapon(doc, m, WEAPON_NOUNS)}
    # a name the tagger took for a product there ("Silkworm missiles") is the weapon's wherever else it is
    # taken for an actor ("the Silkworms threaten Kuwait")
    weapons |= {e.text for e in doc.ents if e.label_ == "PRODUCT" and _joined_to_weapon(doc, e, WEAPON_NOUNS)}
    people_nouns = {name(m) for m in candidates if _joined_to_weapon(doc, m, PEOPLE_WEAPON_NOUNS)}
    elsewhere = {
        name(m) for m in candidates if not _joined_to_weapon(doc, m, WEAPON_NOUNS | PEOPLE_WEAPON_NOUNS)
    }
    # a body the tables know, or one its last word says is a force ("Israeli Army tanks"), owns the weapon
    weapons = {
        w
        for w in weapons | (people_nouns - elsewhere)
        if w and lookup_organisation(w) is None and sector_of(w.split()[-1]) is None
    }
    if not weapons:
        return found
    out: list[Mention] = []
    for m in found:
        weapon = name(m) in weapons or name(m).removesuffix("s") in weapons  # "the Silkworms"
        if m.country is not None or not weapon:
            out.append(m)
            continue
        end = _state_word_end(doc, m)
        if end > m.start:
            text = doc[m.start : end].text
            label = "NORP" if is_demonym(text) else "GPE"
            out.append(Mention(m.start, end, text, label, lookup_country(text)))
    return out


MAX_DATELINE_TAIL = 6
# An agency's credit: "(AP)", "(Agence France-Presse)".
MAX_CREDIT_WORDS = 4


def glued_dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of each dateline at an article's head that shares a sentence with other words: "[…]
    prosecutors ALEXANDRIA, Va. -- A former …" (a headline line run into it), "BOSTON -- A bank …" (no
    comma, so the sentence splitter let it open the first sentence). A dateline is a place in capitals,
    then perhaps a comma and a state, region or date, then perhaps an agency's credit, then a dash."""
    found: set[int] = set()
    for paragraph in paragraphs(doc)[:HEAD_PARAGRAPHS]:
        for i in range(paragraph.start + 1, paragraph.end - 1):
            if not is_dateline_dash(doc[i]):
                continue
            start = _dateline_start(doc, paragraph.start, i)
            if start is None or i - start > DATELINE_MAX_TOKENS:
                continue
            if not (doc[start].is_sent_start and doc[i + 1].is_sent_start):
                found.update(range(start, i))
            break  # a paragraph has one dateline
    return frozenset(found)


def _dateline_start(doc: Doc, first: int, dash: int) -> int | None:
    """Where the dateline that the dash at `dash` closes begins (not before token `first`), if one does."""
    k = dash - 1
    credited = doc[k].text == ")"
    if credited:
        opening = next(
            (j for j in range(k - 1, max(first, k - MAX_CREDIT_WORDS - 2), -1) if doc[j].text == "("), None
        )
        if opening is None:
            return None
        k = opening - 1
    tail = k
    while tail >= first and k - tail < MAX_DATELINE_TAIL and not _capitals_word(doc[tail]):
        token = doc[tail]
        if not (token.text[:1].isupper() or token.like_num or token.text in (",", ".")):
            return None
        tail -= 1
    if tail < first or not _capitals_word(doc[tail]):
        return None
    if tail < k and doc[tail + 1].text != ",":
        return None  # "ALEXANDRIA, Va.": a comma parts the place from its state
    start = tail
    while start > first and _capitals_word(doc[start - 1]):
        start -= 1
    if start > first and (doc[start - 1].lower_ in ARTICLES or doc[start - 1].pos_ == "ADP"):
        return None  # "officials of the WHO (World Health Organization) -- ": a name in a sentence
    place = doc[tail].ent_type_ in ("GPE", "LOC")
    return start if place or credited or tail < k else None


def _capitals_word(token: Token) -> bool:
    """A word in capitals, as a dateline's place is written ("BOSTON", "THE HAGUE")."""
    return token.is_alpha and token.is_upper and len(token.text) > 1


def _plural_demonym_noun(token: Token) -> bool:
    """ "Serbians protested": a people's plural the tagger took for a common noun, untagged."""
    return token.tag_ == "NNS" and token.text[:1].isupper() and is_demonym(token.text)


def _firm_before_state_name(doc: Doc, i: int, covered: set[int]) -> int | None:
    """Where a firm's name starts that ends in a state's name ("Acmebank Nederland", "Apex Deutschland",
    in the state's own language or in English): up to two capitalised proper nouns, untagged, that modify
    the state's name (compounds of it) and name no state, capital, title or region with it. The tagger
    reads such a name as the state alone, or tags only its last word; a firm named for its state's market
    is that state's firm, and the state says nothing. A sentence's first word counts: a proper noun
    compound to a state's name is no word capitalised by its place ("The Netherlands", "Acme said
    Nigeria" have none)."""
    name = doc[i]
    if not name.text[:1].isupper() or lookup_country(name.text) is None or is_demonym(name.text):
        return None
    k = i
    while k > 0 and i - k < MAX_CUT_WORDS and k - 1 not in covered:
        word = doc[k - 1]
        fits = (
            word.dep_ == "compound"
            and k <= word.head.i <= i
            and word.pos_ == "PROPN"
            and word.is_alpha
            and word.text[:1].isupper()
            and not word.ent_type_
            and lookup_country(word.text) is None
            and lookup_capital(word.text) is None
            and not is_role_word(word.lower_)
            and not is_title_modifier(word.lower_)
            and word.lower_.rstrip(".") not in HONORIFICS
        )
        if not fits:
            break
        k -= 1
    if k == i:
        return None
    whole = doc[k : i + 1].text
    if lookup_country(whole) is not None or is_region((whole,)):
        return None  # "Central America", "Latin America": a region's name, no firm
    return k


def _longer_country_name(
    doc: Doc, i: int, pos_of: list[int], covered: set[int]
) -> tuple[int, Country] | None:
    """ "American Samoa" left untagged: the longest run of capitalised adjectives and proper nouns from `i`
    (two words or more) that names a country or its people, over the one-word names inside it."""
    run = i
    while run < len(doc) and run - i < MAX_COUNTRY_NAME_WORDS and run not in covered:
        if _joining_hyphen(doc, run) and run > i:
            run += 1  # "Trinidad-Tobago": a hyphen with no space joins the name's words
            continue
        if pos_of[run] not in (ADJ, PROPN) or not doc[run].text[:1].isupper():
            break
        run += 1
    for end in range(run, i + 1, -1):
        country = lookup_country(doc[i:end].text)
        if country is not None:
            return end, country
    return None


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """Is the token a hyphen written with no space on either side, between two capitalised words?"""
    token = doc[i]
    if token.text != "-" or i + 1 >= len(doc) or token.whitespace_ or doc[i - 1].whitespace_:
        return False
    return doc[i + 1].text[:1].isupper()


MAX_ORGANISATION_WORDS = 4


def _titled_place_word(doc: Doc, start: int, end: int, label: str) -> bool:
    """Is the one-word place or body name at `start` the surname of a person a title names: "President
    Alejandro Toledo" with "Toledo" tagged a city? A title, an untagged capitalised name, then the word."""
    if label == "PERSON" or end - start != 1 or start < 2:
        return False
    given, title = doc[start - 1], doc[start - 2]
    named = given.pos_ == "PROPN" and given.is_alpha and given.text.istitle() and not given.ent_type_
    titled = title.text.istitle() and is_role_word(title.lower_) and not title.ent_type_
    return named and titled and not is_role_word(given.lower_) and lookup_country(given.text) is None


def _known_organisation_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a tagged name really starts when the tagger left off the first words of a known organisation's
    name: "the Liberal Democrats" tagged "Democrats" alone (the US party's) is the British party."""
    from geokg.extract.entities.organisations import lookup_organisation

    if lookup_organisation(doc[start:end].text) is None:
        return None  # only a name the tables know can stand for a longer one they know too
    for k in range(start - 1, max(start - MAX_ORGANISATION_WORDS, -1), -1):
        word = doc[k]
        if word.ent_type_ or word.pos_ == "DET" or not word.is_alpha or not word.text[:1].isupper():
            return None  # (not "The": the tables match names without their article)
        if lookup_organisation(doc[k:end].text) is not None:
            return k
    return None


def _known_organisations(doc: Doc, covered: set[int]) -> list[Mention]:
    """Organisations of the tables the tagger missed ("Labour MP X", "Hezbollah fighters"): a run of
    capitalised proper nouns outside other names that is exactly a known organisation's name."""
    # organisations.py and igos.py read this module's fold(): imported here, not at the top
    from geokg.extract.entities.igos import lookup_igo
    from geokg.extract.entities.organisations import first_words, lookup_organisation

    starts = first_words()
    candidate = [
        pos == PROPN and i not in covered and doc[i].text[:1].isupper() for i, pos in enumerate(pos_ids(doc))
    ]

    def organisation_at(i: int) -> Mention | None:
        word = doc[i]
        if i not in covered and not word.ent_type_ and word.pos != PROPN and word.text[:1].isupper():
            party = Mention(i, i + 1, word.text, "ORG", None)
            if party_before_its_title(party, doc):  # it asks the table whether the word is a party's
                # "ex-Labour MP X": a party's name the tagger took for an adjective, before a title its
                # party gives, is the party (as the same name tagged a proper noun is)
                return party
        if not (candidate[i] and fold(doc[i].text) in starts):
            return None
        for size in range(min(MAX_ORGANISATION_WORDS, len(doc) - i), 0, -1):
            if not all(candidate[i : i + size]):
                continue
            text = doc[i : i + size].text
            if lookup_organisation(text) is not None or lookup_igo(text) is not None:
                if _office_in_capitals(doc, i, i + size):
                    return None  # "Anna Berg, Chief [Economist] of Nordbank": her office, not the weekly
                return Mention(i, i + size, text, "ORG", None)
        return None

    return _scan(doc, organisation_at, covered)


def _untagged_portfolio_ministries(doc: Doc, covered: set[int]) -> list[Mention]:
    """ "The Ministry of Posts and Telecommunications said": a ministry named by "Ministry of" and the words
    of its portfolio (organisations.portfolio_ministry), which the tagger often leaves untagged where it
    opens a sentence, is a body as the tagged ones are."""
    from geokg.extract.entities.organisations import portfolio_ministry  # it reads this module's fold()

    def name_word(k: int) -> bool:
        token = doc[k]
        plain = k not in covered and not token.ent_type_ and not token.is_sent_start
        return plain and (token.text.istitle() or token.lower_ in ("and", "&"))

    def ministry_at(i: int) -> Mention | None:
        word = doc[i]
        if (
            word.text != "Ministry"
            or word.ent_type_
            or i in covered
            or i + 2 >= len(doc)
            or doc[i + 1].lower_ not in ("of", "for")
        ):
            return None
        end = i + 2
        while end < len(doc) and name_word(end):
            end += 1
        while end > i + 2 and not doc[end - 1].text.istitle():
            end -= 1  # "and" ends no name
        text = doc[i:end].text
        return Mention(i, end, text, "ORG", None) if end > i + 2 and portfolio_ministry(text) else None

    return _scan(doc, ministry_at, covered)


def _plain_name_word(doc: Doc, k: int, covered: set[int]) -> bool:
    """A capitalised word the tagger left out of every name and no other pass took."""
    token = doc[k]
    return token.is_alpha and token.text.istitle() and not token.ent_type_ and k not in covered


def _untagged_body_word(doc: Doc, k: int, covered: set[int]) -> bool:
    """A plain capitalised word (_plain_name_word) that is no title's word and no country's name."""
    token = doc[k]
    plain = _plain_name_word(doc, k, covered)
    return plain and not is_role_word(token.lower_) and lookup_country(token.text) is None


def _untagged_joined_bodies(doc: Doc, covered: set[int]) -> list[Mention]:
    """Bodies named by a plural noun and what they stand for, which the tagger leaves untagged wholly
    ("the non-profit Voters for Fair Taxes"; those it tags in part are read by _bodies_joined): a
    capitalised plural noun inside a sentence, a joining word ("for", "without"), then capitalised words,
    none tagged, a title's or a country's."""

    def name_word(k: int) -> bool:
        return _untagged_body_word(doc, k, covered)

    def body_at(i: int) -> Mention | None:
        if i + 2 >= len(doc) or doc[i].tag_ not in ("NNS", "NNPS") or doc[i + 1].lower_ not in NAME_JOINS:
            return None
        if not name_word(i) or _opens_sentence(doc, i):
            return None
        end = i + 2
        while end < len(doc) and name_word(end):
            end += 1
        return Mention(i, end, _surface(doc, i, end), "ORG", None) if end > i + 2 else None

    return _scan(doc, body_at, covered)


# The words that join a body's head noun to what it is for ("Commission for X", "Office of Y").
_BODY_JOINS = frozenset({"for", "of"})


def _untagged_bodies_for(doc: Doc, covered: set[int]) -> list[Mention]:
    """ "Commission for Racial Justice chairman X said", "the Office of Fair Trading": a capitalised body's
    head noun (entity_words.tsv bodies_named_for), "for" or "of", then capitalised proper nouns, none tagged,
    none a title's or a country's word, is one body's name, with the capitalised words before its head
    ("National Council for Y"); the tagger often leaves it untagged where it opens a sentence, and the
    passes after would read its parts apart ("Racial Justice" before the title, "Commission" as the
    speaker)."""

    def name_word(k: int) -> bool:
        return _untagged_body_word(doc, k, covered)

    def tail_word(k: int) -> bool:
        """A word of what the body is for: a title's word too ("for Social Justice"), unless a name
        follows it ("Commission for Trade Commissioner X")."""
        token = doc[k]
        if token.pos_ != "PROPN":
            return False
        if name_word(k):
            return True
        titled = k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON"
        return _plain_name_word(doc, k, covered) and is_role_word(token.lower_) and not titled

    def body_at(i: int) -> Mention | None:
        head = doc[i]
        if i + 2 >= len(doc) or head.lower_ not in BODIES_NAMED_FOR or head.pos_ != "PROPN":
            return None
        if not name_word(i) or doc[i + 1].lower_ not in _BODY_JOINS:
            return None
        end = i + 2
        while end < len(doc) and tail_word(end):
            end += 1
        if end == i + 2:
            return None
        start = i
        sent_start = doc[i].sent.start
        while start > sent_start and name_word(start - 1) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return Mention(start, end, _surface(doc, start, end), "ORG", None)

    return _scan(doc, body_at, covered)


def plural_noun_before_list(first: Token) -> Token | None:
    """ "Norwegian oil companies Norsk Hydro and Saga Petroleum have applied": with no comma, the parser may
    give a plural noun and the list of names right after it the one role in their clause (two subjects
    of one verb); that noun is the group the list is in apposition to, as "oil companies, X and Y" is.
    The noun before the list's first name, or None."""
    start = first.left_edge.i
    if start == 0:
        return None
    group = first.doc[start - 1]
    if group.tag_ != "NNS" or group.dep_ != first.dep_ or group.head.i == group.i:
        return None
    return group if group.head.i == first.head.i else None


def firm_description(noun: Token) -> bool:
    """ "a Japanese car maker", "a steel company": a noun of a firm (company_nouns), or a trade's word and
    "maker" written apart as "carmaker" is written together ("film maker", "policy maker" are people)."""
    lemma = noun.lemma_.lower()
    if lemma in COMPANY_NOUNS:
        return True
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    joined = before is not None and before.dep_ == "compound" and before.head.i == noun.i
    return joined and f"{before.lower_}{lemma}" in COMPANY_NOUNS


def _untagged_described_firms(doc: Doc, covered: set[int]) -> list[Mention]:
    """ "Suzuki, a Japanese car maker, is negotiating ...", "the Venezuelan state oil company Petroven said":
    a run of capitalised proper nouns the tagger left untagged, with a firm's description set off by a comma
    in apposition to it, or in apposition right after a firm's noun, names that firm."""

    def firm_at(i: int) -> Mention | None:
        token = doc[i]
        if token.pos_ != "PROPN" or not token.text.istitle() or i in covered or token.ent_type_:
            return None
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text.istitle() and end not in covered:
            end += 1
        root = doc[i:end].root
        # "the Venezuelan state oil company Petroven said": the name in apposition right after the noun
        after_noun = root.dep_ == "appos" and root.head.i == i - 1 and firm_description(root.head)
        if not after_noun and (end >= len(doc) or doc[end].text != "," or doc[end].ent_type_):
            return None
        described = after_noun or any(
            c.dep_ == "appos" and c.i > end and firm_description(c) for c in root.children
        )
        if not described or lookup_country(doc[i:end].text) is not None or is_role_word(token.lower_):
            return None
        if _title_words_from(doc, i, end) > i:
            # "Peru's central bank Vice Governor X Y said": wire copy capitalises a title before a name; the
            # run is a titled person (_names_after_titles), no firm in apposition to the bank
            return None
        return Mention(i, end, _surface(doc, i, end), "ORG", None)

    return _scan(doc, firm_at, covered)


def _holder_at(doc: Doc, covered: set[int], i: int) -> Mention | None:
    first = doc[i]
    if first.pos_ != "PROPN" or i in covered:
        return None
    # offices.py reads this module's fold(): imported here, not at the top (and only for a candidate)
    from geokg.extract.entities.offices import holder_first_words, is_holder_name

    if fold(first.text) not in holder_first_words():
        return None
    for size in range(MAX_ORGANISATION_WORDS, 1, -1):
        run = doc[i : i + size]
        names = len(run) == size and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in covered for t in run
        )
        if names and is_holder_name(run.text):
            return Mention(i, i + size, run.text, "PERSON", None)
    return None


def _known_office_holders(doc: Doc, covered: set[int]) -> list[Mention]:
    """Office holders of the table the tagger missed ("currently Queen Elizabeth II"): a run of capitalised
    proper nouns outside other names that is exactly the full name of a known holder; after a title, the
    longer name that follows it wins ("Elizabeth II" over "Queen Elizabeth")."""

    pos = pos_ids(doc)

    def holder_at(i: int) -> Mention | None:
        if pos[i] != PROPN and (i + 1 == len(pos) or pos[i + 1] != PROPN):
            return None  # neither a name here nor one after a title here
        match = _holder_at(doc, covered, i)
        if i + 1 < len(pos) and pos[i + 1] == PROPN and is_role_word(doc[i].lower_):
            after = _holder_at(doc, covered, i + 1)
            if after is not None and (match is None or after.end >= match.end):
                match = after
        return match

    return _scan(doc, holder_at, covered)


def _peers_listed(doc: Doc, covered: set[int]) -> list[Mention]:
    """ "sitting with Lords Adair, Keel and Pike": the one-word names of a list a plural title of the
    peerage opens, which the tagger left untagged, are persons."""
    pos = pos_ids(doc)

    def name_at(i: int) -> Mention | None:
        word = doc[i]
        if i in covered or pos[i] != PROPN or not (word.text.isalpha() and word.text.istitle()):
            return None
        if not (_in_a_peers_list(doc, i) or (i > 0 and _plural_peer_title(doc[i - 1]))):
            return None
        if i + 1 < len(doc) and pos[i + 1] == PROPN and doc[i + 1].text[:1].isupper():
            return None  # the run goes on: where the name ends is unsure
        return Mention(i, i + 1, word.text, "PERSON", None)

    return _scan(doc, name_at, covered)


MAX_TITLED_NAME_WORDS = 3


def _titled_names(doc: Doc, covered: set[int]) -> list[Mention]:
    """Persons' names the tagger left untagged after a title of rank or an honorific ("Princess X Y",
    "Sheikh Z"): one to three capitalised proper nouns, none tagged, right after the capitalised title.
    Not a longer run (where the name would end is unsure), nor one that ends in a place's or a venue's
    noun ("Queen Street"), nor a country's name."""
    titles = PERSON_HONORIFICS | RANK_TITLES
    pos = pos_ids(doc)

    def name_at(i: int) -> Mention | None:
        title = doc[i]
        if i in covered or not title.text[:1].isupper() or title.lower_.rstrip(".") not in titles:
            return None
        end = i + 1
        while end < len(doc) and end not in covered and pos[end] == PROPN and _untagged_name_word(doc[end]):
            end += 1
        after = doc[end] if end < len(doc) else None
        if end == i + 1 or end - i - 1 > MAX_TITLED_NAME_WORDS:
            return None
        if after is not None and after.text[:1].isupper() and pos[end] == PROPN:
            return None  # the run goes on into a tagged name or a covered one: not this rule's to cut
        last = doc[end - 1].lower_
        if last in FACILITY_NOUNS or is_role_word(last) or lookup_country(doc[i + 1 : end].text) is not None:
            return None
        return Mention(i + 1, end, doc[i + 1 : end].text, "PERSON", None)

    return _scan(doc, name_at, covered)


MAX_NAME_AFTER_TITLE_WORDS = 3


def _names_after_titles(doc: Doc, covered: set[int]) -> list[Mention]:
    """Persons' names the tagger left untagged right after a title of office, in either case ("central bank
    vice governor X Y met ...", "the bank's Deputy Governor X Y said"): two or three capitalised proper
    nouns, none tagged and none a title's word, whose last word the title's role noun is a compound of (the
    parser joined title and name into one noun phrase). The title is no part of the name. Not in the
    headline (a title-case line reads every word as a proper noun), nor a run going on into another name,
    nor one ending in a place's or venue's noun, a firm's legal form or a body's head, nor a state's name."""
    pos = pos_ids(doc)
    headline = headline_end(doc)

    def name_at(i: int) -> Mention | None:
        title = doc[i]
        if i < headline or i in covered or not is_role_word(title.lower_) or is_plural_role_word(title.text):
            return None
        end = i + 1
        while end < len(doc) and end not in covered and pos[end] == PROPN and _untagged_name_word(doc[end]):
            end += 1
        words = doc[i + 1 : end]
        if not 2 <= len(words) <= MAX_NAME_AFTER_TITLE_WORDS or title.dep_ != "compound":
            return None
        if title.head.i != end - 1 or any(t.dep_ != "compound" or t.head.i != end - 1 for t in words[:-1]):
            return None
        if end < len(doc) and doc[end].text[:1].isupper() and pos[end] == PROPN:
            return None  # the run goes on into a tagged or covered name: where this one ends is unsure
        if any(is_title_word(t.text) or t.lower_.rstrip(".") in HONORIFICS for t in words):
            return None
        last = words[-1]
        if not _bare_surname(words) or last.lower_ in FACILITY_NOUNS or _legal_form(last):
            return None
        return Mention(i + 1, end, words.text, "PERSON", None)

    return _scan(doc, name_at, covered)


def _names_after_a_peoples_noun(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """Persons' names the tagger left untagged right after a singular noun of a people ("the Frenchman Paul
    Rives said", "Briton Sam Oduya"): two or three capitalised proper nouns, none tagged, the last of which
    the noun is a compound of or stands in apposition to. The people's noun is no part of the name (it
    stays its state's mention, which gives the person that state). Not in the headline, nor a run going
    on into another name, nor one ending in a place's or venue's noun, a firm's legal form or a body's
    head, nor a state's name."""
    pos = pos_ids(doc)
    headline = headline_end(doc)
    people: list[Mention] = []
    for noun in found:
        last_word = doc[noun.end - 1]
        if noun.label != "NORP" or noun.start < headline or not is_demonym(noun.text):
            continue
        if last_word.tag_ not in ("NN", "NNP"):
            continue  # a noun of one person ("Frenchman", "Briton"), not a plural nor only an adjective
        end = noun.end
        while end < len(doc) and end not in covered and pos[end] == PROPN and _untagged_name_word(doc[end]):
            end += 1
        words = doc[noun.end : end]
        if not 2 <= len(words) <= MAX_NAME_AFTER_TITLE_WORDS:
            continue
        if end < len(doc) and doc[end].text[:1].isupper() and pos[end] == PROPN:
            continue  # the run goes on into a tagged or covered name: where this one ends is unsure
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
            continue  # "formed Chinese Precinct Chamber of Commerce": a body's name goes on after "of"
        last = words[-1]
        if any(t.dep_ != "compound" or t.head.i != last.i for t in words[:-1]):
            continue
        joined = (last_word.dep_ == "compound" and last_word.head.i == last.i) or (
            last.dep_ == "appos" and last.head.i == last_word.i
        )
        if not joined or any(is_title_word(t.text) or t.lower_.rstrip(".") in HONORIFICS for t in words):
            continue
        if not _bare_surname(words) or last.lower_ in FACILITY_NOUNS or _legal_form(last):
            continue
        people.append(Mention(noun.end, end, words.text, "PERSON", None))
        covered.update(range(noun.end, end))
    return people


def _names_after_titled_body(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """Persons' names the tagger left untagged after a lower-case title, "of" and a body's name ("director
    general of the Dutch Economics Ministry Frans Engering said", "head of the Kestrel Agency John Doe"):
    two capitalised proper nouns, none tagged and neither a title's word, right after a body's name that
    ends in an organisation's head noun ("Ministry", "Agency"). Not a run going on into another name, nor
    one ending in a place's or venue's noun, nor a country's name."""
    pos = pos_ids(doc)
    people: list[Mention] = []
    for body in found:
        if body.label != "ORG" or doc[body.end - 1].lower_ not in ORGANISATION_HEADS:
            continue
        k = body.start - 1 - int(body.start > 0 and doc[body.start - 1].lower_ == "the")
        if k < 1 or doc[k].lower_ != "of" or not (doc[k - 1].is_lower and is_role_word(doc[k - 1].lower_)):
            continue
        end = body.end
        while end < len(doc) and end not in covered and pos[end] == PROPN and _untagged_name_word(doc[end]):
            end += 1
        if end < len(doc) and doc[end].text[:1].isupper() and pos[end] == PROPN:
            continue  # the run goes on into a tagged or covered name
        # two words only: a longer run may open with the person's own title or a misspelt one ("...
        # Committee Represenative Adam Schiff"), where the name begins is unsure
        start = body.end
        words = doc[start:end]
        if len(words) != 2 or any(is_title_word(t.text) or t.lower_.rstrip(".") in HONORIFICS for t in words):
            continue
        if words[-1].lower_ in FACILITY_NOUNS or lookup_country(words.text) is not None:
            continue
        people.append(Mention(start, end, words.text, "PERSON", None))
        covered.update(range(start, end))
    return people


MAX_EMPLOYER_WORDS = 3


def _employers_before_staff(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """Organisations the tagger missed before what a person is for them and the person's name ("Acme
    spokesman John Doe", "U2 frontman Bono"): one to three capitalised proper nouns, none tagged, right
    before a lower-case title or person noun that is right before a tagged person. Not a word of a person
    the article names ("Trump aide X"), a title's own word ("Deputy spokesman X") or a country; opening a
    sentence, only a name no adjective could be ("U2", "IBM"): "Veteran singer X" may be one."""
    people = {word for m in found if m.label == "PERSON" for word in m.text.split()}
    person_starts = {m.start for m in found if m.label == "PERSON"}
    pos = pos_ids(doc)

    def name_word(k: int) -> bool:
        token = doc[k]
        if k in covered or pos[k] != PROPN or token.ent_type_ or not token.text[:1].isalnum():
            return False
        if token.text[:1].islower():
            return False
        return not token.is_sent_start or any(c.isdigit() for c in token.text) or token.text.isupper()

    def employer_at(i: int) -> Mention | None:
        if not name_word(i) or (i > 0 and pos[i - 1] == PROPN and doc[i - 1].text[:1].isupper()):
            return None
        end = i
        while end < len(doc) and end - i < MAX_EMPLOYER_WORDS and name_word(end):
            end += 1
        noun = doc[end] if end < len(doc) else None
        if noun is None or end + 1 not in person_starts or not noun.is_lower:
            return None
        if not (is_role_word(noun.lower_) or _person_noun(noun.lower_)):
            return None
        words = doc[i:end]
        if any(t.text in people or is_title_word(t.lower_) for t in words) or lookup_country(words.text):
            return None
        if all(_legal_form(t) for t in words):
            return None  # "Acme (Nominees) Ltd analyst X": the tail of a firm's name read apart names no firm
        return Mention(i, end, words.text, "ORG", None)

    return _scan(doc, employer_at, covered)


def _employers_before_titles(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """Firms the tagger missed before a capitalised title whose holder is set off by commas after it ("Acme
    Telecom Director of Corporate Strategy, Tom Reed, said", "Acme Telecom's Chairman, Tom Reed, said"):
    one to three capitalised proper nouns, none tagged, that modify the title's role noun (as compounds or
    a possessive), the title's words running in capitals (a portfolio after "of" or "for") to the comma
    before a tagged person in apposition to the role noun. Wire copy capitalises a firm's officer's title so;
    the words before it name the employer. Not a title's or a person's word, nor a state; opening a
    sentence, a run of two words at least (one capitalised word there may be an adjective or a rank)."""
    people = {word for m in found if m.label == "PERSON" for word in m.text.split()}
    person_starts = {m.start for m in found if m.label == "PERSON"}
    pos = pos_ids(doc)

    def name_word(k: int) -> bool:
        token = doc[k]
        if k in covered or pos[k] != PROPN or token.ent_type_ or not token.text[:1].isupper():
            return False
        return not is_title_word(token.lower_)  # the run stops where the title begins

    def titled_holder(role: Token) -> bool:
        holder = next((c for c in role.children if c.dep_ == "appos" and c.i > role.i), None)
        if holder is None or holder.left_edge.i not in person_starts:
            return False
        if doc[holder.left_edge.i - 1].text != ",":
            return False
        # the title's words up to the comma: capitalised, or the "of"/"for"/"and" of its portfolio
        title = doc[role.i : holder.left_edge.i - 1]
        return all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and") for t in title)

    def trade_before_portfolio_title(k: int) -> bool:
        # a firm's trade word that is a portfolio too ("Communications"), right before a role noun that has
        # a portfolio of its own after it ("Director of Marketing"), ends the firm's name, no title's word
        word, role = doc[k], doc[k + 1] if k + 1 < len(doc) else None
        if role is None or k in covered or word.ent_type_ or not word.text.istitle():
            return False
        if word.lower_ not in FIRM_SECTOR_WORDS or not is_role_word(role.lower_) or not role.text.istitle():
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in role.children)

    def employer_at(i: int) -> Mention | None:
        if not name_word(i) or (i > 0 and pos[i - 1] == PROPN and doc[i - 1].text[:1].isupper()):
            return None
        end = i
        while end < len(doc) and end - i < MAX_EMPLOYER_WORDS and name_word(end):
            end += 1
        if end > i and end < len(doc) and trade_before_portfolio_title(end):
            end += 1  # "Acme Communications Director of Marketing": the trade word is the firm's
        owned = end + 1 < len(doc) and doc[end].lower_ == "'s"
        title_end = _title_words_from(doc, end + owned, len(doc))  # "Vice President", "Chairman"
        role = doc[title_end - 1]
        if title_end == end + owned or not role.text.istitle():
            return None
        last = doc[end - 1]
        if last.head.i != role.i or last.dep_ != ("poss" if owned else "compound"):
            return None
        if any(t.dep_ != "compound" or t.head.i != last.i for t in doc[i : end - 1]):
            return None
        if doc[i].is_sent_start and end - i < 2:
            return None
        words = doc[i:end]
        if any(t.text in people for t in words) or lookup_country(words.text) or not titled_holder(role):
            return None
        return Mention(i, end, words.text, "ORG", None)

    return _scan(doc, employer_at, covered)


def _firms_state_arms(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Brazilian Bayer president X": a state's adjective right before a company the tables know of
    another state, modifying its name, names the firm's arm in that state, one organisation of that state,
    not the parent (whose officer X is not). Not the firm's own state's adjective ("German Bayer": the
    state's firm), nor a name the tables know whole ("American Express"), nor a firm named with its kind
    between ("German engineering group Bayer")."""
    # organisations reads this module's Mention and fold: imported here, not at the top
    from geokg.extract.entities.organisations import COMPANY_KIND, lookup_organisation

    at = {m.start: m for m in found}
    arms: dict[int, Mention] = {}  # the state's mention's start -> the arm it names with the firm
    for state in found:
        firm = at.get(state.end)
        if firm is None or state.country is None or state.label != "NORP" or firm.label != "ORG":
            continue
        known = lookup_organisation(firm.text)
        own_state = (None, state.country.iso3)
        if known is None or known.kind != COMPANY_KIND or known.country in own_state:
            continue
        # the adjective modifies the name, or the noun the name modifies ("Brazilian Bayer chairman",
        # parsed with both words on "chairman")
        head, last = doc[state.end - 1].head, doc[firm.end - 1]
        beside = last.dep_ == "compound" and head.i == last.head.i
        whole = doc[state.start : firm.end].text
        if not (head.i in range(firm.start, firm.end) or beside) or not is_demonym(state.text):
            continue
        if lookup_organisation(whole) is None:
            arm = Mention(state.start, firm.end, whole, "ORG", None, state.country, known.sector)
            arms[state.start] = arm
    firms = {arm.end for arm in arms.values()}
    merged = [arms.get(m.start, m) for m in found if not (m.end in firms and m.start not in arms)]
    return merged


def _bracketed_acronyms(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """ "the Pacific Fisheries Council (PFC)": the acronym in brackets after a body's name, which the tagger
    often leaves out or takes into the name, names the body too; as a mention of its own it is found again
    where it stands alone later ("the PFC said"), and the clusters join it to the name; likewise an acronym
    followed by its long form in brackets. A run of capitalised words whose initials spell the acronym is
    the body's name even where the tagger found none."""
    bodies = {m.end: m for m in found if m.label == "ORG" and m.country is None}
    added: list[Mention] = []
    for i in range(1, len(doc) - 2):
        word = doc[i + 1]
        acronym = doc[i].text == "(" and doc[i + 2].text == ")" and word.is_upper and word.is_alpha
        if not acronym or len(word) < 2 or is_role_word(word.lower_):
            continue
        if lookup_country(word.text) is not None:
            continue  # "Cargill (USA)", "Unilever (UK)": the firm's state in brackets, no name of the firm
        # the tagger may have found the acronym alone ("Ceylon Petroleum Corporation (CPC)" with only
        # "CPC" tagged): the words before that spell it are still the body's name, which the acronym
        # then names for the whole story, before any table's body of the same letters
        tagged = i + 1 in covered
        if tagged and i in bodies:
            continue
        spelt = spelt_out_start(doc, i, word.text)
        if i in bodies and spelt is not None and spelt < bodies[i].start:
            pieces = _absorbed_names(found, spelt, i)
            if pieces is None or len(pieces) < 2 or is_title_phrase(doc[spelt:i].text):
                continue  # "Member of Parliament (MP)": the acronym spells more than the body, a title
            # "the Indo-Pacific Fishing Authority (IPFA)" with "Indo" read as a place: the body the tagger
            # found is the tail of the name the acronym spells
            del bodies[i]
        inner = _absorbed_names(found, spelt, i) if spelt is not None and i not in bodies else None
        if inner:
            # "the Committee on Foreign Investment in the United States (CFIUS)": the tagger's pieces of the
            # spelt-out name (a body, the state after "in") are the one body the acronym names
            found[:] = [m for m in found if all(m is not n for n in inner)]
            covered.difference_update(range(spelt, i))
        if i not in bodies:
            if (
                spelt is None
                or any(k in covered for k in range(spelt, i))
                or is_title_phrase(doc[spelt:i].text)
                or (not inner and tagged and _tagged_otherwise(doc, spelt, i))
            ):
                # "International Master (IM)": a title, no body; nor a name the tagger read as another
                # thing than a body beside the acronym it tagged. A name it read as a law ("the General
                # Agreement on Tariffs and Trade (GATT)") is the name its acronym stands for: one body (a
                # law's name, "the Water Safety Act (WSA)", is retyped an argument by its last word)
                continue
            added.append(Mention(spelt, i, doc[spelt:i].text, "ORG", None))
            covered.update(range(spelt, i))
        if not tagged:
            added.append(Mention(i + 1, i + 2, word.text, "ORG", None))
            covered.add(i + 1)
    for m in bodies.values():
        # "KAWACO (Kaveri River Water Council)": the acronym first, its long form in brackets
        word = doc[m.start - 2] if m.start >= 2 else None
        if word is None or doc[m.start - 1].text != "(" or m.end >= len(doc) or doc[m.end].text != ")":
            continue
        # "decided to EOL (End of Life) the product": an acronym used as a verb names nothing
        named = word.is_upper and word.is_alpha and len(word) > 1 and word.pos_ == "PROPN"
        if named and word.i not in covered and not is_role_word(word.lower_):
            added.append(Mention(word.i, word.i + 1, word.text, "ORG", None))
            covered.add(word.i)
    return added


def _state_acronyms(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "the Central African Republic (CAR) signed ...", then "CAR officials met ...": an acronym in
    brackets right after a state's name that spells it is the story's short name of that state; it and each
    later bare use of it name the state, whatever the tagger made of them (an organisation, often, or
    nothing: the country table knows no such short form)."""
    short: dict[str, Country] = {}
    for m in found:
        k = m.end
        if m.country is None or is_demonym(m.text) or k + 2 >= len(doc):
            continue
        word = doc[k + 1]
        if doc[k].text != "(" or doc[k + 2].text != ")" or not (word.is_upper and word.is_alpha):
            continue
        if lookup_country(word.text) is None and spelt_out_start(doc, k, word.text) == m.start:
            short.setdefault(word.text, m.country)
    if not short:
        return found
    # the acronym alone, whether the tagger read it as a name or left it out; not inside a longer name
    # ("the CAR Farmers Council" stays the council)
    alone = [m for m in found if m.text not in short or m.end - m.start != 1]
    taken = {i for m in alone for i in range(m.start, m.end)}
    named = [
        Mention(t.i, t.i + 1, t.text, "GPE", short[t.text])
        for t in doc
        if t.text in short and t.i not in taken
    ]
    return sorted(alone + named, key=lambda m: m.start)


def _tagged_otherwise(doc: Doc, start: int, end: int) -> bool:
    """A word of `start:end` the tagger read as another thing than a body's name, a law's or a work's (it
    reads "an informal General Agreement on Tariffs and Trade (GATT) meeting" as a title of a work: the name
    its bracketed acronym spells is still the body's)."""
    return any(doc[k].ent_type_ not in ("", "LAW", "WORK_OF_ART") for k in range(start, end))


def _absorbed_names(found: list[Mention], start: int, end: int) -> list[Mention] | None:
    """The tagger's mentions inside the spelt-out name `start:end` of a bracketed acronym, where the name is
    one body read in pieces: each lies wholly inside it, and a state among them stands after the name's first
    word ("... in the United States"), not at its head ("United States Trade Representative (USTR)": the
    state's office, which the tables read)."""
    inner = [m for m in found if m.start < end and m.end > start]
    if not inner or any(m.start < start or m.end > end for m in inner):
        return None
    if any(m.country is not None and m.start <= start for m in inner):
        return None
    if len(inner) == 1 and inner[0].start == start and inner[0].end == end:
        return None  # the whole name already one mention: the reader below joins the acronym to it
    return inner


def _bodies_around_acronyms(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """ "The European Community (EC) Commission said": a body's name, its acronym in brackets and a body's
    head word after them that the name modifies is one body, the name and the head ("European Community
    Commission"): the organ of the first, no second mention of it; the acronym stays the first's."""
    joined: list[Mention] = []
    for m in found:
        k = m.end
        if m.label != "ORG" or m.country is not None or k + 3 >= len(doc):
            continue
        acronym, head = doc[k + 1], doc[k + 3]
        if doc[k].text != "(" or doc[k + 2].text != ")" or not acronym.is_upper:
            continue
        if spelt_out_start(doc, k, acronym.text) != m.start:
            continue
        if not head.text.istitle() or head.lower_ not in ORGANISATION_HEADS:
            continue
        after = doc[k + 4] if k + 4 < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.pos_ == "PROPN"):
            continue  # "(EC) Council of Ministers", "(EC) Court Auditors": a longer name, left as found
        if doc[m.start : m.end].root.head.i != head.i:
            continue  # the parse joins no name to the head word: two names side by side
        joined.append(Mention(m.start, k + 4, f"{m.text} {head.text}", "ORG", None))
    if not joined:
        return found
    spans = [(j.start, j.end) for j in joined]
    covered.update(i for start, end in spans for i in range(start, end))
    kept = [m for m in found if not any(start <= m.start and m.end <= end for start, end in spans)]
    return sorted(kept + joined, key=lambda m: m.start)


def _chamber_bodies_after_chambers(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """ "A House subcommittee voted to …", "a Senate panel said": the tagger tags the chamber alone and leaves
    the body inside it that the chamber's name modifies (entity_words chamber_body_nouns, lower case) out;
    the two are one body of the chamber ("House subcommittee"), which acts, not the whole chamber or no one
    (its state: affiliations.elections.chamber_bodies)."""
    joined: list[Mention] = []
    for m in found:
        k = m.end
        if m.label != "ORG" or m.country is not None or k >= len(doc) or m.end - m.start != 1:
            continue
        chamber, body = doc[m.start], doc[k]
        if chamber.lower_ not in CHAMBER_NOUNS or not body.is_lower or body.lower_ not in CHAMBER_BODY_NOUNS:
            continue
        if chamber.head.i != body.i or body.ent_type_:
            continue  # "the House [,] committee members": the parse joins no chamber to the body word
        joined.append(Mention(m.start, k + 1, f"{m.text} {body.text}", "ORG", None))
    if not joined:
        return found
    covered.update(i for j in joined for i in range(j.start, j.end))
    starts = {j.start for j in joined}
    return sorted([m for m in found if m.start not in starts] + joined, key=lambda m: m.start)


def spelt_out_start(doc: Doc, end: int, acronym: str) -> int | None:
    """Where the capitalised words before `end` start whose initials spell `acronym` ("Pacific Tuna Quota
    Board" before "(PTQB)"; small words inside the name such as "of", "in" and "the" spell nothing, and each
    part of a hyphenated word spells its own initial: "Asia-Pacific Economic Cooperation (APEC)")."""
    initials = ""
    start = end
    while start > 0 and len(initials) < len(acronym):
        token = doc[start - 1]
        if token.text[:1].isupper() and token.is_alpha:
            initials = token.text[0] + initials
        elif _word_hyphen(doc, start - 1) and start != end:
            pass
        elif token.lower_ not in INITIAL_SKIP_WORDS or start == end:
            return None
        start -= 1
    if initials.upper() != acronym or len(initials) < 2 or doc[start].lower_ in INITIAL_SKIP_WORDS:
        return None
    return start


def _word_hyphen(doc: Doc, i: int) -> bool:
    """ "Asia-Pacific": a hyphen joining two words with no space either side."""
    token = doc[i]
    if token.text != "-" or token.whitespace_ or i == 0 or doc[i - 1].whitespace_ or i + 1 >= len(doc):
        return False
    return doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _repeated_names(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """Names the tagger found once but missed elsewhere ("Later Mitsotakis met…", a law's acronym, a storm's
    name): an article's own names are matched against its untagged proper nouns, like a gazetteer built from
    the article."""
    known: dict[tuple[str, ...], str] = {}
    for m in found:
        if m.country is not None or m.label not in ("PERSON", "ORG", "EVENT"):
            continue
        words = tuple(m.text.split())
        known.setdefault(words, m.label)
        if m.label == "PERSON" and len(words) > 1 and not is_role_word(words[-1]):
            known.setdefault(words[-1:], "PERSON")  # the surname alone (not a title word: "Grand Master")
    longest = max((len(k) for k in known), default=0)
    # where each person's full name first stands: a bare surname after it is the person's
    surnames_from = {
        words[-1]: m.start
        for m in reversed(found)
        if m.label == "PERSON" and m.country is None and len(words := m.text.split()) > 1
    }

    pos = pos_ids(doc)

    def name_at(i: int) -> Mention | None:
        if i in covered or not doc[i].text[:1].isupper():
            return None
        if pos[i] != PROPN and not _surname_read_as_noun(doc[i], surnames_from):
            return None
        for size in range(min(longest, len(doc) - i), 0, -1):
            if any(j in covered for j in range(i, i + size)):
                continue
            words = tuple(t.text for t in doc[i : i + size])
            if words in known:
                return Mention(i, i + size, " ".join(words), known[words], None)
        return None

    return _scan(doc, name_at)


def _surname_read_as_noun(token: Token, surnames_from: dict[str, int]) -> bool:
    """ "Ana Ruiz said … Ruiz is Peru's envoy": the tagger reads a foreign surname opening a sentence as a
    common noun. A capitalised singular noun with no determiner or modifier of its own, the subject of its
    clause, that is the surname of a person the text named in full before it, is that person ("Church
    leaders said" after "Ann Church": a modifier of a noun, no subject)."""
    first = surnames_from.get(token.text)
    if first is None or first >= token.i or token.tag_ != "NN" or token.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children)


def _owners_people(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Kestrel's Berg added": a name and its possessive before the surname of a person the text named
    before is the body that person works for and the person, though the tagger took the whole for one
    organisation. Not a state's ("Japan's Abe" the tagger reads apart)."""
    surnames = {
        words[-1]: m.start
        for m in found
        if m.label == "PERSON" and len(words := m.text.split()) > 1 and not is_role_word(words[-1].lower())
    }
    kept: list[Mention] = []
    for m in found:
        owns = [k for k in range(m.start + 1, m.end - 1) if doc[k].tag_ == "POS"]
        if m.label == "PERSON" or m.country is not None or len(owns) != 1 or owns[0] + 2 != m.end:
            kept.append(m)
            continue
        surname, owner = doc[m.end - 1].text, doc[m.start : owns[0]].text
        if surnames.get(surname, m.start) >= m.start or lookup_country(owner) is not None:
            kept.append(m)
            continue
        kept.append(Mention(m.start, owns[0], owner, "ORG", None))
        kept.append(Mention(m.end - 1, m.end, surname, "PERSON", None))
    return kept


def _firms_first_words(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """ "Fording River Co agreed ... talks with Fording": a firm named in full with its legal form (or by its
    first word and words of its trade: "Fording Securities"), then by its first word alone, is that firm,
    though the tagger leaves the word untagged. Only after the full
    name, and not a word that names something itself: a place ("Osaka Gas Co", then "Osaka"), a title
    ("General Electric Co", then "General"), a trade ("Mining")."""

    firsts: dict[str, tuple[int, str]] = {}  # first word -> where the firm is first named, and its name
    for m in found:
        words = m.text.split()
        if m.label != "ORG" or m.country is not None or not names_a_firm(words):
            continue
        first = words[0]
        lower = first.lower()
        if not first.istitle() or not first.isalpha() or lower in FIRM_SECTOR_WORDS or doc[m.start].is_stop:
            continue
        if is_role_word(lower) or is_title_modifier(lower) or lower in DAY_NAMES:
            continue
        if _known_place(first):
            continue
        if first in firsts and firsts[first][1] != m.text:
            firsts[first] = (len(doc), "")  # two firms share the word: it names neither alone
            continue
        firsts.setdefault(first, (m.start, m.text))
    pos = pos_ids(doc)

    def name_at(i: int) -> Mention | None:
        named = firsts.get(doc[i].text)
        if named is None or i in covered or pos[i] != PROPN or i <= named[0] or doc[i].ent_type_:
            return None
        if i + 1 < len(doc) and pos[i + 1] == PROPN and doc[i + 1].text[:1].isupper():
            return None  # "Fording Avenue": the word opens another name
        return Mention(i, i + 1, doc[i].text, "ORG", None)

    return _scan(doc, name_at, covered)


def _summit_group(text: str) -> str | None:
    """The label of the summit group of states a name stands for ("G-7", "Group of Five"), or None."""
    from geokg.extract.entities.igos import GROUP_KIND, lookup_igo

    igo = lookup_igo(text)
    return igo.label if igo is not None and igo.kind == GROUP_KIND else None


def summit_group_label(m: Mention) -> str | None:
    """The label of the summit group a mention names ("G-7", "Group of Seven": "Group of Seven"), or that
    the scan gave it ("the seven industrial nations"); None for any other mention."""
    return m.canonical if m.canonical and m.actor is None else _summit_group(m.text)


def _summit_group_name_end(doc: Doc, i: int) -> int | None:
    """Where a summit group's name starting at token i ends: "Group of Seven", "Group of 77" (capitalised
    "Group", then "of" and a number: "a group of ten motorcycles" is none), "G-7", "G7"; None if none
    starts there."""
    word = doc[i].text
    if word == "Group" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].like_num:
        return i + 3 if _summit_group(doc[i : i + 3].text) else None
    if word[:1].isupper() and any(ch.isdigit() for ch in word) and _summit_group(word):
        return i + 1
    return None


def _summit_group_by_number(doc: Doc, i: int, named: set[str]) -> tuple[int, str] | None:
    """ "the seven leading industrial nations", "the five major industrial democracies": a number after
    "the", counting states (summit_group_nouns) with only words of such clubs between, names the summit
    group of that number when a word of industry says so (summit_group_marks), or when the article names
    the group ("the seven nations" after "the Group of Seven"). The end of the phrase and the group's
    label, or None."""
    number = doc[i]
    if i == 0 or doc[i - 1].lower_ != "the" or not number.like_num:
        return None
    noun = number.head
    if noun.i <= i or noun.lower_ not in SUMMIT_GROUP_NOUNS or noun.tag_ != "NNS":
        return None
    between = {t.lower_ for t in doc[i + 1 : noun.i]}
    if not between <= SUMMIT_GROUP_MARKS | SUMMIT_GROUP_MODIFIERS:
        return None
    label = _summit_group(f"Group of {number.text}")
    if label is None or not (between & SUMMIT_GROUP_MARKS or label in named):
        return None
    return noun.i + 1, label


def _summit_groups(doc: Doc, covered: set[int]) -> list[Mention]:
    """Summit groups of states the tagger missed or cut ("The Group of Seven urged ...", "The G-7 called
    on ...", "the seven leading industrial nations pressed ..."): each is one international body with no
    country (igos.tsv, kind group), none of its member states, and its mentions share the group's label."""
    named: set[str] = set()
    for i in range(len(doc)):
        end = _summit_group_name_end(doc, i)
        if end is not None:
            named.add(_summit_group(doc[i:end].text) or "")
    if not named and not any(t.lower_ in SUMMIT_GROUP_MARKS for t in doc):
        return []

    def group_at(i: int) -> Mention | None:
        if i in covered:
            return None
        end = _summit_group_name_end(doc, i)
        if end is not None:
            label = _summit_group(doc[i:end].text)
        else:
            by_number = _summit_group_by_number(doc, i, named)
            if by_number is None:
                return None
            end, label = by_number
        if any(k in covered for k in range(i, end)):
            return None
        return Mention(i, end, doc[i:end].text, "ORG", None, canonical=label)

    return _scan(doc, group_at, covered)


def _scan(
    doc: Doc, match_at: Callable[[int], Mention | None], covered: set[int] | None = None
) -> list[Mention]:
    """Left to right, the match `match_at` finds at each token; a match's tokens are not read again, and
    are added to `covered` when it is given."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        match = match_at(i)
        if match is None:
            i += 1
            continue
        found.append(match)
        if covered is not None:
            covered.update(range(match.start, match.end))
        i = match.end
    return found
