"""Entity types the tagger gets wrong, set from the article's own text after the names are read
(mentions.py): a people named like an organisation ("the Neandertals"), a person named like an organisation
("Perttu Ahola ... Ahola said"), a surname tagged as a place or read as a capital ("Amman"), a site or
settlement tagged as a person ("the site Abri Blanc"), and "Georgia" the US state in an article placed in the
US. Each pass reads the list of mentions of one article and returns it with labels (and countries)
corrected."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pycountry
from geokg.extract.entities.countries import (
    Country,
    adjective,
    country_by_code,
    is_demonym,
    lookup_capital,
    lookup_country,
    people_of_state,
)
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import (
    Mention,
    acronym_word,
    capitalised_headline,
    firm_description,
    fold,
    headline_end,
    is_club_name,
    is_legal_form,
    is_person_honorific,
    names_a_firm,
    party_before_its_title,
    plural_noun_before_list,
    team_before_position,
)
from geokg.extract.entities.offices import is_holder_surname
from geokg.extract.entities.organisations import (
    JOURNAL_KIND,
    MEDIA_KIND,
    SPORTS_KINDS,
    body_sector,
    first_words,
    foreign_bank_name,
    lookup_organisation,
    named_as_outlet,
    party_name,
)
from geokg.extract.entities.places import is_sea, place_country
from geokg.extract.entities.titles import is_role_word, is_title_modifier
from geokg.extract.io.turns import paragraphs
from geokg.extract.lexicon.entity_words import (
    ANIMAL_NOUNS,
    AWARD_HEADS,
    AWARD_NAMES,
    BAND_NOUNS,
    BODY_HELD_TITLES,
    BODY_KIND_NOUNS,
    BODY_PARTS,
    CHAIR_NOUNS,
    CLUB_NOUNS,
    CRAFT_NOUNS,
    DEGREE_WORDS,
    DOCUMENT_NAMES,
    ELECTORATE_NOUNS,
    EXPERTISE_NOUNS,
    FIELD_NOUNS,
    FIRM_BID_MODIFIERS,
    FIRM_BID_NOUNS,
    FIRM_DEAL_NOUNS,
    FIRM_DEAL_VERBS,
    FIRM_EXECUTIVE_NOUNS,
    FIRM_RESEARCH_WORDS,
    FIRM_STAFF_NOUNS,
    FIRM_STAKE_NOUNS,
    FIRM_TRADE_HEADS,
    FOREIGN_BODY_HEADS,
    FUND_HEADS,
    GIVEN_NAMES,
    GROUP_MEMBER_KINDS,
    GROUP_NAME_WORDS,
    HEADLINE_ACT_NOUNS,
    HEADLINE_SMALL_WORDS,
    KIN_GROUP_NOUNS,
    KIN_GROUP_WORDS,
    KIN_NOUNS,
    LANDFORM_NOUNS,
    LAW_HEADS,
    LOCATIVE_PREPS,
    MATCH_VERBS,
    ORGANISATION_HEADS,
    OUTLET_KIND_NOUNS,
    PLACE_KIND_NOUNS,
    PLACE_NAME_OPENERS,
    PLACE_NAMED_BODY_HEADS,
    PRODUCTION_SITE_NOUNS,
    PROGRAMME_NOUNS,
    PROGRAMME_PEOPLE,
    RELIGIONS,
    SEAT_DIRECTION_WORDS,
    SHARED_CLUB_NOUNS,
    SITE_NOUNS,
    STATE_BACKING_MODIFIERS,
    STORM_WORDS,
    STUDY_NOUNS,
    THING_NOUNS,
    TITLE_SMALL_WORDS,
    TREATY_HEADS,
    WORK_NOUNS,
)
from geokg.extract.lexicon.syntax import PLACE_LABELS, after_particle, held_in, stands_as_place
from geokg.extract.lexicon.words import (
    COMMERCIAL_TERM_NOUNS,
    COMPANY_NOUNS,
    EXAMPLE_PREPS,
    FIRM_DESCRIPTOR_WORDS,
    FIRM_KIND_NOUNS,
    FIRM_NOUNS,
    GROUP_FORMS,
    MARKET_QUANTITY_NOUNS,
    NAME_PARTICLES,
    PERSON_PRONOUNS,
    PRODUCING_VERBS,
    REPORTING_VERBS,
    SITE_MAKING_VERBS,
    SPEECH_VERBS,
    THING_PRONOUNS,
    TRADE_FLOW_NOUNS,
    TRADE_ROLE_NOUNS,
    TRANSFER_VERBS,
    UNIT_NOUNS,
)
from spacy.tokens import Doc, Span, Token


def retype(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The article's mentions with the types its text settles."""
    found = journals(found)
    found = outlets_by_their_name(found)
    found = known_bodies_taken_for_places(found)
    found = outlets_by_their_kind(doc, found)
    found = works_and_animals_dropped(doc, found)
    found = headline_acts(doc, found)
    found = headline_words_dropped(doc, found)
    found = capitalised_headline_names_dropped(doc, found)
    found = things_and_landforms(doc, found)
    found = goods_named(doc, found)
    found = fields_dropped(doc, found)
    named = {word for m in found if m.end - m.start > 1 for word in m.text.split()}
    found = [m for m in found if not _a_degree(m) and not _capitalised_common_word(doc, m, named)]
    found = [m for m in found if not _new_title_words(doc, m)]
    found = programmes_laws_and_awards(doc, found)
    peoples = _peoples(doc)
    found = [replace(m, label="NORP") if m.label == "ORG" and m.text in peoples else m for m in found]
    found = peoples_by_their_use(doc, found)
    found = kin_groups(doc, found)
    found = states_of_a_federation(found)
    found = people_tagged_as_groups(doc, found)
    found = people_by_an_apposed_title(doc, found)
    found = people_named_with_a_particle(doc, found)
    found = people_by_surname(found)
    found = holders_of_a_bare_title(doc, found)
    found = surnames_taken_for_names(found)
    found = first_names_taken_for_names(found)
    found = lone_names_speaking(doc, found)
    found = places_taken_for_people(found)
    found = towns_named_like_people(doc, found)
    found = units_named_by_their_parent(found)
    found = relatives_named(doc, found)
    places = {m.text: kind for m in found if (kind := _named_as_place(doc, m)) is not None}
    places |= {m.text: "LOC" for m in found if _sea_taken_for_a_people(doc, m)}
    found = [replace(m, label=places[m.text]) if m.text in places else m for m in found]
    found = surnames_taken_for_capitals(found)
    found = storms_by_name(doc, found)
    found = bodies_by_their_words(doc, found)
    found = firms_by_their_noun(doc, found)
    found = forces_taken_for_peoples(found)
    found = bodies_named_after_places(found)
    found = foreign_banks(found)
    found = members_by_their_group(doc, found)
    found = speakers_taken_up_by_a_body_noun(doc, found)
    found = units_of_an_owner(doc, found)
    found = firms_a_state_owns(doc, found)
    # last: a band's name may end in a word used alone ("the Dead"), which the surname passes call a person
    found = firms_traded_taken_for_places(doc, seats_by_their_direction(bands_and_electorates(doc, found)))
    found = clipped_firm_names(doc, found)
    return clubs_of_a_sports_story(doc, clubs_by_context(doc, found))


def kin_groups(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "the ethnic Albanian party", "ethnic Russians", "the Hungarian minority": a people's word that names
    kin of a state living in another one. The group is no state: no link to the kin state, nor evidence
    that the story is that state's (whose people would take its country)."""
    return [
        replace(m, label="NORP", country=None, actor=f"ethnic {adjective(m.country.iso3)}")
        if m.country is not None and _kin_group(doc, m)
        else m
        for m in found
    ]


def _kin_group(doc: Doc, m: Mention) -> bool:
    if not is_demonym(m.text):
        return False
    if m.start > 0 and doc[m.start - 1].lower_ in KIN_GROUP_WORDS:
        return True  # "ethnic Albanians", "the ethnic Albanian party"
    word = doc[m.end - 1]
    return word.dep_ in ("amod", "compound") and word.head.lower_ in KIN_GROUP_NOUNS


def _peoples(doc: Doc) -> set[str]:
    """Names of peoples the tagger may take for organisations: a capitalised adjective that modifies a common
    noun ("Neandertal tools", "Hmong villages") and whose plural is used too ("the Neandertals"). Both forms
    are returned; a known organisation ("Democrat voters", "Democrats") is none."""
    words = {t.text for t in doc}
    found: set[str] = set()
    for t in doc:
        # an adjective, as a demonym is: "Trump campaign" (a compound) makes no people of "the Trumps"
        modifies = (t.dep_ == "amod" or t.tag_ == "JJ") and t.head.pos_ == "NOUN" and t.head.text.islower()
        if not (modifies and t.is_alpha and t.text.istitle() and t.text + "s" in words):
            continue
        if lookup_organisation(t.text + "s") is None and lookup_organisation(t.text) is None:
            found |= {t.text, t.text + "s"}
    return found


def peoples_by_their_use(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "many Sorbi fled ... than non-Sorbi travellers", "six Sorbi Slovaks were turned back": a name the text
    uses as a people's, written after "non-" or before a state's plural demonym, is a people (NORP) where the
    tagger called it a body or a person, alone or with the demonym after it."""
    peoples = _peoples_by_their_use(doc)
    if not peoples:
        return found

    def people(m: Mention) -> bool:
        words = m.text.split()
        first = words[0].removeprefix("non-")  # "non-Sorbi Slovaks" are a people too
        if m.label not in ("ORG", "PERSON") or m.country is not None or first not in peoples:
            return False
        return len(words) == 1 or (len(words) == 2 and is_demonym(words[1]))

    return [replace(m, label="NORP") if people(m) else m for m in found]


def _peoples_by_their_use(doc: Doc) -> set[str]:
    """One-word names the text uses as a people's: after "non-" ("non-Sorbi travellers"), or as a compound
    before a state's plural demonym ("Sorbi Slovaks"); not a state's or a known organisation's name."""
    found: set[str] = set()
    for t in doc:
        word: Token | None = None
        if t.lower_ == "non" and t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
            word = doc[t.i + 2]  # "non-Sorbi"
        elif t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.text.endswith("s"):
            word = t if is_demonym(t.head.text) and not is_demonym(t.text) else None  # "Sorbi Slovaks"
        if word is None or not (word.is_alpha and word.text.istitle()):
            continue
        if lookup_country(word.text) is None and lookup_organisation(word.text) is None:
            found.add(word.text)
    return found


def _named_as_place(doc: Doc, mention: Mention) -> str | None:
    """ "the site Abri Blanc", "a cave called Grotte Noire", "the village of Kalani": a person's or an
    organisation's name that the text calls a site (LOC) or a settlement (GPE); None otherwise."""
    if mention.label not in ("PERSON", "ORG", "NORP") or mention.country is not None:
        return None
    root = doc[mention.start : mention.end].root
    kind: Token | None = None
    if root.dep_ == "appos" or (root.dep_ == "pobj" and root.head.lower_ == "of"):
        kind = root.head if root.dep_ == "appos" else root.head.head
    elif root.dep_ == "oprd" and root.head.lemma_.lower() in ("call", "name") and root.head.dep_ == "acl":
        kind = root.head.head
    if kind is None or kind.pos_ != "NOUN" or any(c.dep_ == "compound" for c in kind.children):
        return None  # "the news site Wikinews" is a medium
    lemma = kind.lemma_.lower()
    if lemma in SITE_NOUNS:
        return "LOC"
    return "GPE" if lemma in PLACE_KIND_NOUNS and root.dep_ != "pobj" else None


def _sea_taken_for_a_people(doc: Doc, mention: Mention) -> bool:
    """ "moved frigates toward the Adriatic", "patrols in the Baltic": a sea or region named by "the" and a
    word like an adjective, placed by a preposition (locative_preps), which the tagger may take for a people;
    the gazetteer knows it, alone or with "Sea". Not a state's people ("aid to the French"), nor a plural
    ("arms to the Kurds")."""
    if mention.label != "NORP" or mention.country is not None or mention.end - mention.start != 1:
        return False
    word = doc[mention.start]
    if word.tag_ != "NNP" or mention.start == 0 or doc[mention.start - 1].lower_ != "the":
        return False
    if not (stands_as_place(word) or (word.dep_ == "dobj" and after_particle(word, LOCATIVE_PREPS))):
        return False
    if is_demonym(word.text) or lookup_country(word.text) is not None:
        return False
    return is_sea(word.text) or is_sea(f"{word.text} Sea") or place_country(word.text).known


def people_tagged_as_groups(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Surin Pitsuwan said ...", "Anand Panyarachun, the prime minister, told ...": a two-word name the
    tagger called a group (NORP), both words capitalised and neither a people's, a faith's, a creed's or a
    state's word ("Catholic Church", "Sunni Muslims", "Coptic Christians" stay groups), that is the
    subject of a verb or has a title in apposition, is a given name and a surname: a person. Every mention
    with that text becomes one, so that a later first name alone can be read as that person."""
    names = {m.text for m in found if _group_named_like_a_person(doc, m)}
    if not names:
        return found
    return [
        replace(m, label="PERSON", country=None) if m.label == "NORP" and m.text in names else m
        for m in found
    ]


def _group_named_like_a_person(doc: Doc, m: Mention) -> bool:
    words = m.text.split()
    if m.label != "NORP" or m.country is not None or len(words) != 2 or m.end - m.start != 2:
        return False
    if not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    folded = [w.lower() for w in words]
    if fold(m.text) in GROUP_FORMS or any(
        w in GROUP_NAME_WORDS or w in GROUP_FORMS or w in RELIGIONS or w in ORGANISATION_HEADS for w in folded
    ):
        return False
    if any(is_demonym(w) or lookup_country(w) for w in words) or lookup_organisation(m.text) is not None:
        return False
    head = doc[m.end - 1]
    if doc[m.start].head.i != head.i or head.tag_ == "NNPS":
        return False
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ == "appos" and c.i > head.i and is_role_word(c.text) for c in head.children)


# The types the tagger may give a person's name that a title set off after it shows to be a person's.
TITLED_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
MAX_APPOSED_NAME_WORDS = 4  # "P. K. Ivan Ivanov": initials, given name and surname


def people_by_an_apposed_title(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "P.K. Ivanov, Deputy Trade Minister at the embassy, told ...", "Orlov, a spokesman for the firm,
    said": a name of one to four capitalised words or initials, which no table knows and no word of which
    is a body's head or a legal form, set off by a comma before a singular title in apposition to it, is a
    person's, whatever type the tagger gave it. Not a title a body holds too ("Acme, adviser to the bidder":
    body_held_titles). Every mention of the name, and of its last word alone, takes the type."""
    names = {m.text for m in found if _named_before_a_title(doc, m)}
    if not names:
        return found
    surnames = {name.split()[-1] for name in names}
    return [
        replace(m, label="PERSON", affiliation=None)
        if m.label in TITLED_NAME_LABELS and m.country is None and (m.text in names or m.text in surnames)
        else m
        for m in found
    ]


def _named_before_a_title(doc: Doc, m: Mention) -> bool:
    if m.label not in TITLED_NAME_LABELS or m.country is not None or m.affiliation is not None:
        return False
    words = m.text.split()
    if not 1 <= len(words) <= MAX_APPOSED_NAME_WORDS or m.end >= len(doc) or doc[m.end].text != ",":
        return False
    if not all(_name_word(w) for w in words) or not any(w.isalpha() and len(w) > 1 for w in words):
        return False
    if any(w.lower() in ORGANISATION_HEADS or is_legal_form(w) for w in words):
        return False
    if lookup_organisation(m.text) is not None or lookup_igo(m.text) is not None or lookup_country(m.text):
        return False
    if len(words) == 1 and place_country(m.text).known:
        return False
    root = doc[m.start : m.end].root
    title = next((c for c in root.children if c.dep_ == "appos" and c.i > m.end), None)
    if title is None or title.tag_ not in ("NN", "NNP") or not is_role_word(title.text):
        return False
    if title.lemma_.lower() not in BODY_HELD_TITLES and title.lower_ not in BODY_HELD_TITLES:
        return True
    return _states_own_title(title)


def _states_own_title(title: Token) -> bool:
    """Is a title a body may hold too a state's own, by the state's demonym before it ("X, the Austrian
    representative, ...": a person speaking for Austria), with no body after it whose title it is ("the
    Austrian representative of a bank" may be a firm)?"""
    return any(c.dep_ == "amod" and is_demonym(c.text) for c in title.children) and not any(
        c.dep_ == "prep" for c in title.children
    )


def _name_word(word: str) -> bool:
    """A capitalised word of a name ("Ivanov") or initials ("P.K.", "J.")."""
    if word.isalpha():
        return word[:1].isupper() and not word.isupper()
    letters = word.replace(".", "")
    return word.endswith(".") and letters.isalpha() and letters.isupper() and len(letters) <= 3


def people_named_with_a_particle(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Former banker Jean de Valmont said", "Herve de Valmont, chairman of Acme, said": the tagger takes
    a personal name with a particle ("de", "van", "von") for a body's. A name of a capitalised given name,
    particles and a capitalised surname, no word of which is a body's, is a person's where a title stands
    right before it, a title is set in apposition after it, or it is the subject of a verb of speech
    before it. Every mention of the name, and of its surname alone tagged a body's, takes the type."""
    names = {m.text for m in found if m.label == "ORG" and _particle_name(m) and _said_of_a_person(doc, m)}
    if not names:
        return found
    surnames = {name.split()[-1] for name in names}
    return [
        replace(m, label="PERSON", affiliation=None)
        if m.label == "ORG" and (m.text in names or m.text in surnames)
        else m
        for m in found
    ]


def _particle_name(m: Mention) -> bool:
    """ "Jean de Valmont", "Luc van der Berg": a given name, one or two particles, a surname; not a body's
    name with a particle ("Banco di Roma": a body's first word; "Banque de France": a state's name)."""
    words = m.text.split()
    if not 3 <= len(words) <= MAX_APPOSED_NAME_WORDS:
        return False
    if not all(w.lower() in NAME_PARTICLES for w in words[1:-1]):
        return False
    if not (_name_word(words[0]) and _name_word(words[-1]) and words[0].isalpha() and words[-1].isalpha()):
        return False
    heads = ORGANISATION_HEADS | FOREIGN_BODY_HEADS
    if any(w.lower() in heads or is_legal_form(w) for w in words):
        return False
    last = words[-1]
    return (
        lookup_organisation(m.text) is None and lookup_country(last) is None and not place_country(last).known
    )


def _said_of_a_person(doc: Doc, m: Mention) -> bool:
    """A title right before the name ("banker Jean de Valmont"), one in apposition after it ("X, chairman of
    Acme,"), or a verb of speech the name is the subject of ("X said")."""
    if m.start > 0 and doc[m.start - 1].tag_ in ("NN", "NNP") and is_role_word(doc[m.start - 1].lower_):
        return True
    root = doc[m.start : m.end].root
    if any(c.dep_ == "appos" and c.i >= m.end and is_role_word(c.lower_) for c in root.children):
        return True
    return root.dep_ == "nsubj" and root.head.i > root.i and root.head.lemma_.lower() in SPEECH_VERBS


def people_by_surname(found: list[Mention]) -> list[Mention]:
    """ "Perttu Ahola talks about his game ... Ahola said": a two- or three-word name the tagger called an
    organisation, whose last word is used alone as a name elsewhere, is a person and the bare word their
    surname (organisations are shortened by their first words, "Amnesty"; a name ending in an organisation's
    head noun, a place or a known organisation is left alone). Of a three-word name, the second-to-last word
    written alone and tagged a person is a first surname ("Ricardo Rosselló Nevares … Rosselló")."""
    alone = {m.text for m in found if len(m.text.split()) == 1}
    people_alone = {m.text for m in found if len(m.text.split()) == 1 and m.label == "PERSON"}
    surnames: set[str] = set()
    names: set[str] = set()
    for m in found:
        words = m.text.split()
        # "Ricardo Rosselló Nevares … Rosselló said": of two surnames news keeps the first, the
        # second-to-last word; that word alone must be tagged a person somewhere, the surer sign
        surname = (
            words[-1]
            if words[-1] in alone
            else words[-2]
            if len(words) == 3 and words[-2] in people_alone
            else None
        )
        fits = (
            m.label == "ORG"
            and m.country is None
            and m.affiliation is None
            and 2 <= len(words) <= 3
            and all(w.isalpha() and w.istitle() for w in words)
            and surname is not None
            and not {words[-1].lower(), surname.lower()} & ORGANISATION_HEADS
        )
        if not fits or surname is None or lookup_organisation(m.text) is not None:
            continue
        if any(lookup_country(w) or place_country(w).known for w in (words[0], surname, words[-1])):
            continue
        if len(words) == 3 and lookup_country(" ".join(words[:2])):
            continue  # "United States Treasury … Treasury": a body named with its state's name of two words
        names.add(m.text)
        surnames.add(surname)
    if not names:
        return found
    return [
        replace(m, label="PERSON") if m.text in names or (m.text in surnames and m.label == "ORG") else m
        for m in found
    ]


def holders_of_a_bare_title(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Smith is chairman of the Joint Chiefs", "Roe was prime minister": a one-word name the tagger called
    an organisation that is the subject of "be" with a title and no article ("chairman", not "a leader of
    the market") is a person; every mention of the name takes the type."""
    names = {
        m.text
        for m in found
        if m.label == "ORG"
        and m.end - m.start == 1
        and m.country is None
        and m.affiliation is None
        and m.text.isalpha()
        and m.text.istitle()
        and lookup_organisation(m.text) is None
        and _holds_a_bare_title(doc[m.start])
    }
    if not names:
        return found
    return [replace(m, label="PERSON") if m.text in names and m.label == "ORG" else m for m in found]


def _holds_a_bare_title(name: Token) -> bool:
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    for attr in (c for c in verb.children if c.dep_ == "attr" and c.i > name.i):
        words = [attr] + [c for c in attr.children if c.dep_ == "compound"]
        if any(c.dep_ in ("det", "poss") for c in attr.children) or attr.tag_ != "NN":
            return False
        return all(w.is_lower for w in words) and is_role_word(attr.lower_)
    return False


def _after_kin_noun(doc: Doc, m: Mention) -> bool:
    """ "his wife Amanda", "her son, Ali,": the name just after a noun of kin (or after it and a comma, in
    apposition to it)."""
    k = m.start - 1
    if k >= 1 and doc[k].text == "," and doc[m.start : m.end].root.dep_ == "appos":
        k -= 1
    return k >= 0 and _common_noun(doc[k], KIN_NOUNS)


def relatives_named(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "According to his wife, Amanda, ...": a name of one to three capitalised words the tagger called an
    organisation or a place, given as someone's relative, is a person (a country's or a known organisation's
    name is left alone)."""
    names = {
        m.text
        for m in found
        if m.label in ("ORG", "GPE", "NORP", "LOC")
        and m.country is None
        and m.affiliation is None
        and 1 <= len(m.text.split()) <= 3
        and all(w.isalpha() and w.istitle() for w in m.text.split())
        and lookup_organisation(m.text) is None
        and _after_kin_noun(doc, m)
    }
    if not names:
        return found
    return [
        replace(m, label="PERSON") if m.text in names and m.country is None and m.affiliation is None else m
        for m in found
    ]


def places_taken_for_people(found: list[Mention]) -> list[Mention]:
    """ "Banda Aceh was hit by the waves": a name of two or more words the tagger called a person, which the
    gazetteer knows as a place, is the place (not when it opens with a given name: "Charlotte Amalie" is a
    town, but "Florence Hill" more often a woman)."""
    return [
        replace(m, label="GPE")
        if m.label == "PERSON"
        and m.country is None
        and len(words := m.text.split()) > 1
        and words[0].lower() not in GIVEN_NAMES
        and place_country(m.text).country is not None
        and lookup_organisation(m.text) is None  # "Rio Tinto": the firm the news names, not the town
        else m
        for m in found
    ]


def towns_named_like_people(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "fired tear gas in Sidi Farouk, a town south of X", "the Kasba region and Ain Lamri": a name of two
    or more words the tagger called a person, which the gazetteer does not know, is a town (GPE) where an
    apposition after it says it is one ("X, a town ..."), or where it opens with a word of place names
    (data: place_name_openers) and its sentence uses it as a place: after a locative preposition, or joined
    by "and" to a place or a place's noun."""
    places = {m.start for m in found if m.label in PLACE_LABELS}

    def town(m: Mention) -> bool:
        if m.label != "PERSON" or m.country is not None or m.end - m.start < 2:
            return False
        root = doc[m.start : m.end].root
        if any(_place_noun(c) for c in root.children if c.dep_ == "appos"):
            return True
        if doc[m.start].lower_ not in PLACE_NAME_OPENERS:
            return False
        if stands_as_place(root):
            return True
        if root.dep_ != "conj":
            return False
        head = root.head
        return (
            _place_noun(head)
            or head.i in places
            or any(c.i in places for c in head.children if c.dep_ == "compound")
        )

    return [replace(m, label="GPE") if town(m) else m for m in found]


def _place_noun(token: Token) -> bool:
    """A common noun of a settlement or area ("town", "village", "region"), not one compounded ("city
    councillor" is a person's)."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in PLACE_KIND_NOUNS
        and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children)
    )


def units_named_by_their_parent(found: list[Mention]) -> list[Mention]:
    """ "ICI Pharma", "Siemens Energy": a name the tagger called a person whose first word is, in capitals,
    an organisation the article names on its own is that organisation's unit, a body."""
    acronyms = {m.text for m in found if m.label == "ORG" and len(m.text) > 1 and m.text.isupper()}
    return [
        replace(m, label="ORG")
        if m.label == "PERSON" and len(words := m.text.split()) > 1 and words[0] in acronyms
        else m
        for m in found
    ]


def surnames_taken_for_names(found: list[Mention]) -> list[Mention]:
    """ "Donald Trump ... Trump said", tagged as an organisation the second time: a one-word name that is the
    surname of a person named in full in the article, and no known organisation or place, is that surname."""
    surnames = {m.text.split()[-1] for m in found if m.label == "PERSON" and len(m.text.split()) > 1}
    return [
        replace(m, label="PERSON")
        if m.label in ("ORG", "GPE", "LOC", "NORP")
        and m.country is None
        and m.affiliation is None
        and m.text in surnames
        and lookup_organisation(m.text) is None
        and not place_country(m.text).known
        else m
        for m in found
    ]


def _unknown_single_name(m: Mention, places: bool = True) -> bool:
    """A one-word name the tagger called a body or a place that no table knows as one ("Adi", "Ratna"); with
    `places` false, a town's name is let through ("Surin" is a Thai town and a Thai first name)."""
    word = m.text
    return (
        m.label in ("ORG", "GPE", "LOC")  # a one-word NORP is a people or a faith ("Catholic"), no person
        and m.country is None
        and m.affiliation is None
        and word.isalpha()
        and word.istitle()
        and " " not in word
        and lookup_organisation(word) is None
        and lookup_organisation(word.upper()) is None
        and lookup_igo(word) is None
        and lookup_igo(word.upper()) is None
        and lookup_country(word) is None
        and not (places and place_country(word).known)
    )


def first_names_taken_for_names(found: list[Mention]) -> list[Mention]:
    """ "Ratna Sari chairs the group ... Ratna said": Indonesian, Thai and other news names a person in full
    once, then by the FIRST name. A one-word name the tagger called a body or a place, no table knows, that is
    the first word of exactly one person named in full before it and the last word of none, is that person."""
    firsts: dict[str, set[str]] = {}
    lasts: set[str] = set()
    first_seen: dict[str, int] = {}
    for m in found:
        words = m.text.split()
        if m.label != "PERSON" or len(words) < 2 or is_role_word(words[0].lower()):
            continue
        firsts.setdefault(words[0], set()).add(m.text)
        lasts.add(words[-1])
        first_seen[words[0]] = min(first_seen.get(words[0], m.start), m.start)
    return [
        replace(m, label="PERSON")
        if _unknown_single_name(m, places=False)
        and len(firsts.get(m.text, ())) == 1
        and m.text not in lasts
        and first_seen[m.text] < m.start
        else m
        for m in found
    ]


def lone_names_speaking(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Adi said the group had common ground with consumers. He urged ...": a one-word name the tagger called
    a body or a place, that no table knows, opening a sentence as the subject of a verb of speech ("said",
    "told", "added"), is a person where the text goes on about them as "he" or "she" in the next sentence or
    the name is a known given name. Bodies speak too ("Opec said", "Tencent said"): the tables and "it" keep
    them bodies."""
    speakers: set[str] = set()
    for m in found:
        if m.end - m.start != 1 or not _unknown_single_name(m):
            continue
        token = doc[m.start]
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS or verb.i < token.i:
            continue
        modified = any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)
        if not token.is_sent_start or modified:
            continue  # "the Adi said": no lone name
        taken_up = _taken_up_as_he_or_she(doc, token) and not _person_near(found, token)
        if taken_up or m.text.lower() in GIVEN_NAMES:
            speakers.add(m.text)
    if not speakers:
        return found
    return [
        replace(m, label="PERSON") if m.text in speakers and _unknown_single_name(m) else m for m in found
    ]


def _person_near(found: list[Mention], token: Token) -> bool:
    """A person named in the name's sentence or the one before it, whom a "he" after it may stand for."""
    sentence = token.sent
    start = sentence.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    return any(m.label == "PERSON" and start <= m.start < sentence.end for m in found)


def _taken_up_as_he_or_she(doc: Doc, token: Token) -> bool:
    """The next sentence's subject is "he" or "she"."""
    sentence_end = token.sent.end
    if sentence_end >= len(doc):
        return False
    subject = next((t for t in doc[sentence_end].sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("he", "she")


def named_in_full_as_person(mentions: list[Mention]) -> bool:
    """A name of two or more words the tagger called a person ("John Horton Conway"), and no known place's
    name, makes a person of every mention clustered with it: that the bare surname ("Conway") is also a
    town's name does not make the person a place."""
    return any(
        m.label == "PERSON" and len(m.text.split()) > 1 and not place_country(m.text).known for m in mentions
    )


def surnames_taken_for_capitals(found: list[Mention]) -> list[Mention]:
    """ "Khalid Amman … Amman had been released": a bare word that is the surname of a person the article
    names is that person, not the capital it also spells (only a capital: a country's own name, "Jordan",
    stays a country)."""
    surnames = {
        fold(m.text.split()[-1]) for m in found if m.label == "PERSON" and m.country is None and " " in m.text
    }
    return [
        replace(m, label="PERSON", country=None)
        if m.country is not None
        and m.end - m.start == 1
        and fold(m.text) in surnames
        and lookup_country(m.text) is None
        else m
        for m in found
    ]


def storms_by_name(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Hurricane Dorian strengthened … Dorian reached the Bahamas": a storm's given name written alone
    (the tagger calls it a person, a people or an organisation) is the storm, an event, of no state. The
    storms are read off the text, whatever the tagger made of "Hurricane Dorian"."""
    storms = {
        fold(doc[t.i + 1].text)
        for t in doc[:-1]
        if t.lower_ in STORM_WORDS and t.text.istitle() and doc[t.i + 1].pos_ == "PROPN"
    }
    return [
        replace(m, label="EVENT", country=None, affiliation=None)
        if m.label in ("PERSON", "ORG", "GPE", "NORP") and m.end - m.start == 1 and fold(m.text) in storms
        else m
        for m in found
    ]


# Kinds of ISO 3166-2 subdivisions that are states of a federation, as news names them ("Georgia").
FEDERATED_KINDS = ("State", "Province")


@cache
def _federated_states() -> dict[str, str]:
    """Folded names of states and provinces that are also another country's name -> the federation's ISO-3
    ("georgia" -> USA)."""
    shared: dict[str, str] = {}
    for division in pycountry.subdivisions:
        owner = pycountry.countries.get(alpha_2=division.country_code).alpha_3
        named = lookup_country(division.name)
        if division.type in FEDERATED_KINDS and named is not None and named.iso3 != owner:
            shared[fold(division.name)] = owner
    return shared


@cache
def _subdivisions() -> frozenset[str]:
    """Folded names of every state, province and region the ISO 3166-2 tables list ("texas", "bavaria")."""
    return frozenset(fold(division.name) for division in pycountry.subdivisions)


def states_of_a_federation(found: list[Mention]) -> list[Mention]:
    """ "Georgia" is the US state, not the country, in an article that places itself in the US: two other
    places of the federation (states, cities; not its name or capital) and none of the country's. The
    mention is then a place, whose country the places stage settles."""
    shared = {m.text: _federated_states().get(fold(m.text)) for m in found if m.country is not None}
    if not any(shared.values()):
        return found
    located: dict[str, set[str]] = {}
    for m in found:
        if m.country is None and m.label in ("GPE", "LOC") and lookup_capital(m.text) is None:
            state = place_country(m.text).country
            if state:
                located.setdefault(state, set()).add(m.text)
    out: list[Mention] = []
    for m in found:
        owner = shared.get(m.text) if m.country is not None and not is_demonym(m.text) else None
        if owner and len(located.get(owner, ())) >= 2 and not located.get(m.country.iso3):
            m = replace(m, label="GPE", country=None)
        out.append(m)
    return out


def _common_noun(token: Token, nouns: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and token.text.islower() and token.lemma_.lower() in nouns


def _outlet_ending_at(doc: Doc, i: int) -> bool:
    """Does a news outlet's name ("the BBC", "Radio 4", a name the tables list as media) or an outlet's
    kind noun ("the paper") end at token `i`?"""
    if _common_noun(doc[i], OUTLET_KIND_NOUNS):
        return True
    name = next((e for e in doc.ents if e.end == i + 1), None)
    if name is None:
        return False
    known = lookup_organisation(name.text)
    return (known is not None and known.kind == MEDIA_KIND) or named_as_outlet(name.text)


def _outlets_state(doc: Doc, m: Mention) -> Country | None:
    """The state of the outlet the table knows whose possessive stands right before a programme's name
    ("the BBC's Evening Hour" is a British programme)."""
    if m.start < 2 or doc[m.start - 1].tag_ != "POS":
        return None
    name = next((e for e in doc.ents if e.end == m.start - 1), None)
    known = lookup_organisation(name.text) if name is not None else None
    if known is None or known.kind != MEDIA_KIND or known.country is None:
        return None
    return country_by_code(known.country)


def _outlets_programme(doc: Doc, m: Mention) -> bool:
    """ "told the BBC's Evening Hour", "on Radio 3's Forum programme", "the paper's City Diary": a name the
    tagger took for a person's right after a news outlet's possessive is the outlet's programme or column
    when a programme's noun follows it, or when it opens with no known given name and is what a verb or a
    preposition takes ("the BBC's Ann Lee reported" stays one of its reporters)."""
    if m.label != "PERSON" or m.start < 2 or doc[m.start - 1].tag_ != "POS":
        return False
    if not _outlet_ending_at(doc, m.start - 2):
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and _common_noun(after, PROGRAMME_NOUNS):
        return True
    root = doc[m.start : m.end].root
    return m.text.split()[0].lower() not in GIVEN_NAMES and root.dep_ in _TAKEN_DEPS


# A name a verb or a preposition takes: what is told or spoken on, not who speaks.
_TAKEN_DEPS = frozenset({"dobj", "pobj"})


def _names_a_programme(doc: Doc, m: Mention) -> bool:
    """ "on the television program X", "his podcast X" (the noun just before the name, and joined to it),
    "X host Ann Lee" (the name modifies a noun of a programme's people), "the BBC's X programme" (an
    outlet's possessive before it: _outlets_programme)."""
    if _outlets_programme(doc, m):
        return True
    root = doc[m.start : m.end].root
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and _common_noun(before, PROGRAMME_NOUNS):
        joined = (before.dep_ == "compound" and m.start <= before.head.i < m.end) or (
            root.dep_ == "appos" and root.head.i == before.i
        )
        if joined:
            return True
    after = doc[m.end] if m.end < len(doc) else None
    return (
        after is not None
        and root.dep_ == "compound"
        and root.head.i == after.i
        and _common_noun(after, PROGRAMME_PEOPLE)
    )


def _names_a_band(doc: Doc, m: Mention) -> bool:
    """ "the rock band the X", "the supergroup X", "their new group, the X": a name just after a noun of
    musical groups (and "the"), or in apposition to one."""
    root = doc[m.start : m.end].root
    if root.dep_ == "appos" and root.head.i < m.start and _common_noun(root.head, BAND_NOUNS):
        return True
    k = m.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and _common_noun(doc[k], BAND_NOUNS)


def _names_an_electorate(doc: Doc, m: Mention) -> bool:
    """ "the 2020 X by-election", "the X electorate", "ran in the seat of X": a name before a noun of
    electoral districts, or after one and "of"."""
    if m.end < len(doc) and _common_noun(doc[m.end], ELECTORATE_NOUNS):
        return True
    if "".join(t.text for t in doc[m.end : m.end + 3]).lower() in ELECTORATE_NOUNS:
        return True  # "by-election", which the tokenizer splits
    of = m.start >= 2 and doc[m.start - 1].lower_ == "of"
    return of and _common_noun(doc[m.start - 2], ELECTORATE_NOUNS)


def _seat_by_its_direction(m: Mention, named: frozenset[str]) -> Country | None:
    """ "voters in Dunmore South", "the race in Avonport North West": a town's name and the directions a
    constituency's name ends with, opening with no given name, is a seat of the town's state where the
    gazetteer places the town in a state the story names ("Kanye West", of a town in a state the story
    does not name, stays a person)."""
    words = m.text.split()
    town = list(words)
    while len(town) > 1 and town[-1].istitle() and town[-1].lower() in SEAT_DIRECTION_WORDS:
        town.pop()
    if len(town) == len(words) or words[0].lower() in GIVEN_NAMES:
        return None
    place = place_country(" ".join(town), named)
    return country_by_code(place.country) if place.known and place.country in named else None


def seats_by_their_direction(found: list[Mention]) -> list[Mention]:
    """A constituency named by its town and a direction ("Leicester South", "Hull North West") that the
    tagger took for a person, or for a place of no state, is a seat (GPE) of the state its town lies in, if
    the story names that state. Every mention of the name takes the type; the person checks before this
    one may have taken it for a surname's bearer, so it runs after them."""
    named = frozenset(
        state.iso3 for m in found for state in (m.country, m.affiliation) if state is not None
    )
    if not named:
        return found
    seats = {
        m.text: state
        for m in found
        if m.label in _SEAT_TAKEN_LABELS and m.country is None and m.affiliation is None
        and (state := _seat_by_its_direction(m, named)) is not None
    }
    if not seats:
        return found
    return [
        replace(m, label="GPE", affiliation=seats[m.text])
        if m.text in seats and m.label in _SEAT_TAKEN_LABELS and m.country is None and m.affiliation is None
        else m
        for m in found
    ]


# The labels a firm's short name is taken for: a place's (not a building's, which is sold too).
_FIRM_TAKEN_LABELS = frozenset({"GPE", "LOC"})
# Where a firm's name stands to the verb that sells or merges it: what is sold, bought or merged.
_DEALT_DEPS = frozenset({"nsubjpass", "dobj", "nsubj"})
# Where a firm's name stands to the noun of what its owners hold: "X's shares", "X shareholders".
_HOLDING_DEPS = frozenset({"poss", "compound"})


def _traded_as_a_firm(doc: Doc, m: Mention) -> bool:
    """ "Volgaz was auctioned off", "Rosneft bought Volgaz", "Volgaz merged with Y", "Volgaz's shares fell",
    "the sale of Volgaz, auctioned off to Y": a name a verb or noun of a firm's sale or merger takes, that
    such a verb's participle describes, or that owns a noun of shares, is a firm. The subject counts only
    for a merger ("Volgaz bought ..." may be a town's council buying)."""
    root = doc[m.start : m.end].root
    described = any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FIRM_DEAL_VERBS for c in root.children
    )
    head = root.head
    if described or head.i == root.i:
        return described
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in FIRM_DEAL_NOUNS
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and root.dep_ in _DEALT_DEPS and lemma in FIRM_DEAL_VERBS:
        return root.dep_ != "nsubj" or lemma == "merge"
    return head.pos_ == "NOUN" and root.dep_ in _HOLDING_DEPS and lemma in FIRM_STAKE_NOUNS


def firms_traded_taken_for_places(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A name the tagger took for a place that neither the country tables nor the gazetteer know, and that
    the text sells, buys, merges or counts shares of, is a firm (ORG): "Yugansk was auctioned off" names
    a company by a short form. So is a name the text bids for or with, whose chief executive or
    shareholders it names, or that it calls a firm of a trade (_taken_over_or_run), also where the tagger
    took it for a person's (_no_persons_name). The evidence may stand at a mention tagged a body's too
    ("X's shareholders ... a bid by X"). Every mention of the name tagged a place, or a person, takes the
    type."""
    unknown = [
        m
        for m in found
        if m.label in _FIRM_EVIDENCE_LABELS and m.country is None and m.affiliation is None
        and lookup_country(m.text) is None and not place_country(m.text).known
    ]
    firms = {m.text for m in unknown if _traded_as_a_firm(doc, m) and not _a_persons_holding(doc, m)}
    firms |= {m.text for m in unknown if _taken_over_or_run(doc, m)}
    firms |= {m.text for m in _written_untagged(doc, unknown, found) if _taken_over_or_run(doc, m)}
    if not firms:
        return found
    named_like_people = {text for text in firms if _no_persons_name(doc, text, found)}

    def retyped(m: Mention) -> bool:
        if m.text not in firms or m not in unknown:
            return False
        return m.label in _FIRM_TAKEN_LABELS or (m.label == "PERSON" and m.text in named_like_people)

    return [replace(m, label="ORG") if retyped(m) else m for m in found]


def _written_untagged(doc: Doc, names: list[Mention], found: list[Mention]) -> list[Mention]:
    """The names written again where the tagger tagged nothing ("X's shares ... buy the shares in X" with
    only the first X tagged): a mention of the same words at each such place, for the evidence there."""
    covered = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    for text in {m.text for m in names}:
        first = next(m for m in names if m.text == text)
        size = first.end - first.start
        for i in range(len(doc) - size + 1):
            if doc[i].text == doc[first.start].text and doc[i : i + size].text == text and i not in covered:
                out.append(replace(first, start=i, end=i + size))
    return out


def clipped_in_brackets(doc: Doc, m: Mention) -> bool:
    """ "Kestrelneftegaz (Kestrel)": a firm's one-word name with its clipped start in brackets after it, the
    short form the story goes on with (a bracketed word that is no start of the name is another thing)."""
    if m.label != "ORG" or m.end - m.start != 1 or m.end + 2 >= len(doc):
        return False
    if doc[m.end].text != "(" or doc[m.end + 2].text != ")":
        return False
    short, name = doc[m.end + 1].text, m.text
    clipped = name.startswith(short) and name != short
    return clipped and short.isalpha() and short.istitle() and len(short) >= 4


def clipped_firm_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Kestrelneftegaz (Kestrel) ... bought into Kestrel": the clipped short form of a firm's name, which
    the tagger takes for a place or a person's, is the firm (ORG) at every mention of no state."""
    clipped = {doc[m.end + 1].text for m in found if clipped_in_brackets(doc, m)}
    if not clipped:
        return found

    def retyped(m: Mention) -> bool:
        unplaced = m.country is None and m.affiliation is None
        return unplaced and m.text in clipped and m.label in _FIRM_EVIDENCE_LABELS

    return [replace(m, label="ORG") if retyped(m) else m for m in found]


def _a_persons_holding(doc: Doc, m: Mention) -> bool:
    """ "Varley's shares": a person holds shares too; only a firm is sold or bought."""
    return m.label == "PERSON" and doc[m.start : m.end].root.dep_ in _HOLDING_DEPS


# The labels of the mentions that may show a name to be a firm's: a place's, a person's or a body's.
_FIRM_EVIDENCE_LABELS = frozenset({"GPE", "LOC", "PERSON", "ORG"})


def _no_persons_name(doc: Doc, text: str, found: list[Mention]) -> bool:
    """May a name tagged a person's be a firm's? Not where it opens with a known given name ("John Barrow"),
    is the surname of a longer person's name in the article ("Ann Varley ... Varley's bid"), an office
    holder's known surname, or follows a personal title at any of its mentions ("Mr Varley")."""
    words = text.split()
    if words[0].lower() in GIVEN_NAMES or is_holder_surname(text):
        return False
    if any(m.label == "PERSON" and m.text != text and m.text.endswith(f" {text}") for m in found):
        return False
    return not any(
        m.text == text and m.start > 0 and is_person_honorific(doc[m.start - 1])
        for m in found
    )


# Verbs of buying whose subject, where what it buys is a firm, is a firm: "X acquired Y".
_BUYING_VERBS = frozenset({"acquire", "buy", "purchase"})


def _taken_over_or_run(doc: Doc, m: Mention) -> bool:
    """ "X's bid for Y", "the X offer", "a bid by X", "X launched a hostile bid", "X acquired Y", "shares in
    X", "X's chief executive", "an executive at X", "X, the mining group", "miner X": the language of a
    takeover or of a firm's staff and trade names X a firm."""
    root = doc[m.start : m.end].root
    head = root.head
    held = root.dep_ in _HOLDING_DEPS and head.i != root.i and head.pos_ == "NOUN"
    if held and (_takeover_bid(head) or head.lower_ in FIRM_EXECUTIVE_NOUNS):
        return True  # "X's bid for Y", "X's chief executive", "X shareholders"
    if root.dep_ == "pobj" and head.head.pos_ == "NOUN":
        owner = head.head
        if head.lower_ == "by" and owner.lemma_.lower() in FIRM_BID_NOUNS | FIRM_DEAL_NOUNS:
            return True  # "a bid by X", "the takeover by X"
        if head.lower_ == "at" and owner.lower_ in FIRM_EXECUTIVE_NOUNS:
            return True  # "an executive at X"
    if held_in(root):
        return True  # "shares in X", "a stake in X", "buy the shares in X"
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and _subject_of_a_takeover(head):
        return True
    return _firm_of_a_trade(doc, m, root)


def _takeover_bid(noun: Token) -> bool:
    """ "a hostile bid", "the takeover offer", "its bid for Y" (Y a body's name): a bid for a firm."""
    if noun.lemma_.lower() not in FIRM_BID_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in FIRM_BID_MODIFIERS for c in noun.children):
        return True
    targets = (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children)
    return any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in targets)


def _subject_of_a_takeover(verb: Token) -> bool:
    """ "X launched a hostile bid", "X acquired Y" (Y a body's name), "X bought a copper miner": a verb whose
    object is a takeover bid, or a verb of buying whose object is a firm."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _takeover_bid(obj):
            return True
        if verb.lemma_.lower() in _BUYING_VERBS and (
            obj.ent_type_ == "ORG" or obj.lemma_.lower() in COMPANY_NOUNS | FIRM_KIND_NOUNS
        ):
            return True
    return False


def _firm_of_a_trade(doc: Doc, m: Mention, root: Token) -> bool:
    """ "X, the mining group", "miner X", "market analyst X": a noun of a kind of firm no person is called by
    (firm_trade_heads, firm_descriptor_words: not "X, a film producer") in apposition after the name where
    a word of a trade modifies it ("mining", "copper"), or joined right before the name; or analysts of
    the market before it (analysts_firm)."""
    nouns = FIRM_TRADE_HEADS | FIRM_DESCRIPTOR_WORDS
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower and (
        before.lemma_.lower() in nouns or analysts_firm(before)
    ):
        joined = before.dep_ == "compound" and m.start <= before.head.i < m.end
        if joined or root.head.i == before.i:
            return True  # "miner X", "the mining group X"
    if m.end >= len(doc) or doc[m.end].text != ",":
        return False
    return any(
        c.dep_ == "appos" and c.i > m.end and c.lemma_.lower() in nouns and _trade_word_before(c)
        for c in root.children
    )


def analysts_firm(noun: Token) -> bool:
    """ "market analyst X", "research analysts X": analysts of the market before a name are its firm's."""
    if noun.lower_ not in FIRM_STAFF_NOUNS:
        return False
    return any(c.dep_ == "compound" and c.lower_ in FIRM_RESEARCH_WORDS for c in noun.children)


def _trade_word_before(noun: Token) -> bool:
    """ "the mining group", "a copper producer": a lower-case trade's word modifies the noun."""
    return any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and c.text.islower()
        and (c.pos_ == "NOUN" or c.tag_ == "VBG" or c.lower_.endswith("ing"))
        for c in noun.children
    )


# The labels a seat's name is taken for: a person's, or a place's of no state.
_SEAT_TAKEN_LABELS = frozenset({"PERSON", "GPE", "LOC"})


def bands_and_electorates(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Names the tagger took for people that the text calls a band (an organisation, ORG) or an electoral
    district (a place, GPE). Every mention of the name takes the type."""
    people = [m for m in found if m.label == "PERSON" and m.country is None]
    # "the band Van Halen" is also Eddie Van Halen's surname: a band named after a member is left alone
    surnames = {m.text.split(" ", 1)[1] for m in people if " " in m.text}
    bands = {m.text for m in people if _names_a_band(doc, m)} - surnames
    districts = {m.text for m in people if _names_an_electorate(doc, m)} - bands
    if not bands and not districts:
        return found
    return [
        replace(m, label="ORG")
        if m.text in bands and m.country is None
        else replace(m, label="GPE")
        if m.text in districts and m.label == "PERSON" and m.country is None
        else m
        for m in found
    ]


def _capitalised_common_word(doc: Doc, m: Mention, named: set[str]) -> bool:
    """ "Backlash from the statement led …", "'Bloody hell,' he said": a lone common noun or adjective (as the
    tagger reads it: lower-case lemma) capitalised only because it opens a sentence or a quotation is no
    name, unless it is a word of a longer name in the article ("Robert Hunter … Hunter wrote"). A word the
    tagger calls a proper noun is common too when the article writes it in lower case elsewhere ("Lava does
    not …" and "where the lava entered")."""
    one_word = m.end - m.start == 1 and m.text not in named
    if not one_word or m.country is not None or m.label not in ("PERSON", "ORG", "GPE"):
        return False
    if m.label == "GPE" and place_country(m.text).known:
        return False  # "Kent police said": a place the gazetteer knows opens the sentence
    token = doc[m.start]
    # "[...] Lava does": after an editor's bracket, too
    opens = token.i == token.sent.start or doc[token.i - 1].text in _OPENING_MARKS | {"]"}
    if not opens or team_before_position(doc, m.start):  # "Knicks guard X said": a team opens the sentence
        return False
    if token.dep_ != "compound" and party_name(m.text) is not None:
        return False  # "Labour attacked …": a party's short name is also a common noun
    if party_before_its_title(m, doc):
        return False  # "Labour peer Lord X said": the party whose seat the title is, read as an adjective
    # a place's name the tagger reads as a noun ("Northamptonshire police") is still a place; an adjective
    # ("Amateur researcher") is none
    common = ("ADJ",) if m.label == "GPE" else ("NOUN", "ADJ")
    if _acronym(token):
        return False  # "USDA officials said": initials are a name wherever they stand, whatever their tag
    if token.pos_ in common and token.lemma_.islower():
        return True
    return token.text.lower() in _lower_case_words(doc)


def _acronym(token: Token) -> bool:
    """Is the word a body's initials, in capitals in a line that is not itself set in capitals ("USDA
    officials said", not "BACKLASH GROWS")?"""
    if not acronym_word(token):
        return False
    return any(t.is_alpha and not t.is_upper for t in token.sent if t.i != token.i)


def _new_title_words(doc: Doc, m: Mention) -> bool:
    """ "New Home Secretary X": "new" and a title's own words before its role word, which the tagger may
    take for a body's name, are the title, no body."""
    words = m.text.split()
    if m.label not in ("ORG", "GPE") or len(words) < 2 or words[0].lower() != "new" or m.end >= len(doc):
        return False
    return all(is_title_modifier(w.lower()) for w in words[1:]) and is_role_word(doc[m.end].lower_)


def _lower_case_words(doc: Doc) -> set[str]:
    """The article's words written in lower case, as common nouns or adjectives."""
    return {t.text for t in doc if t.pos_ in ("NOUN", "ADJ") and t.text.islower()}


def _a_degree(m: Mention) -> bool:
    """ "completed a Master of Business Affairs", "a Bachelor of Arts from X": a degree's name is no actor."""
    words = m.text.split()
    return m.country is None and len(words) >= 3 and words[0].lower() in DEGREE_WORDS and words[1] == "of"


def _field_lists(doc: Doc) -> set[int]:
    """The tokens of the names listed as examples after a noun of fields of business ("industries such as X,
    Y and Z", "sectors including X"): capitalised words, commas and "and" up to the first other word."""
    inside: set[int] = set()
    for t in doc:
        if not _common_noun(t, FIELD_NOUNS) or t.i + 1 >= len(doc):
            continue
        k = t.i + 1
        if doc[k].lower_ == "such" and k + 1 < len(doc) and doc[k + 1].lower_ == "as":
            k += 2
        elif doc[k].lower_ in EXAMPLE_PREPS:
            k += 1
        else:
            continue
        inside |= _capitalised_run(doc, k, t.sent.end)
    for t in doc:
        k = _field_of_study_start(doc, t)
        if k is not None:
            inside |= {i for i in _capitalised_run(doc, k, t.sent.end) if _may_name_a_field(doc, i)}
    return inside


def _capitalised_run(doc: Doc, start: int, end: int) -> set[int]:
    """Capitalised words, commas, "&" and "and" from `start`, up to the first other word."""
    run: set[int] = set()
    k = start
    while k < end and (doc[k].text[:1].isupper() or doc[k].text in (",", "&") or doc[k].lower_ == "and"):
        run.add(k)
        k += 1
    return run


def _may_name_a_field(doc: Doc, i: int) -> bool:
    """A person or a place the gazetteer knows after "a degree in" is where or with whom one studied ("a
    degree in Paris"); a name the tagger calls a place but the gazetteer lacks is a field ("Molecular
    Genetics")."""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is None:
        return True
    if ent.label_ in ("PERSON", "NORP"):
        return False
    return ent.label_ not in PLACE_LABELS or not place_country(ent.text).known


def _field_of_study_start(doc: Doc, noun: Token) -> int | None:
    """Where the field named after a noun of study begins: "a degree in X", "master's degrees, in X",
    "professor of Y"."""
    chair = _common_noun(noun, CHAIR_NOUNS)
    if noun.lower_ not in STUDY_NOUNS and not chair:  # "a Master's in X", "a PhD in Y": any case
        return None
    k = noun.i + 1
    while k < len(doc) and doc[k].text in ("'s", "’s", ","):
        k += 1
    preps = ("in", "of") if chair else ("in",)
    if k + 1 < len(doc) and doc[k].lower_ in preps and doc[k + 1].text[:1].isupper():
        return k + 1
    return None


def _studied_state(doc: Doc, m: Mention) -> bool:
    """ "a longtime China watcher", "Russia expert X": a state's name before a noun of expertise is the field
    the person studies, not their state. Not a demonym ("a Chinese expert" is Chinese), nor an abbreviation,
    which news writes for the adjective ("a US expert")."""
    root = doc[m.start : m.end].root
    noun = root.head
    return (
        m.country is not None
        and root.dep_ in ("compound", "amod", "nmod")
        and noun.i > root.i
        and noun.lower_ in EXPERTISE_NOUNS
        and not m.text.isupper()
        and not is_demonym(m.text)
    )


def fields_dropped(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Names listed as examples of a field of business ("attract industries such as Robotics") are fields, no
    actors: they are no entities (a country named there, "sectors like Peru's", is kept). Nor is a state
    named as the field of an expert ("a China watcher"), which would give the expert its state."""
    inside = _field_lists(doc)
    found = [m for m in found if not _studied_state(doc, m)]
    return [m for m in found if m.country is not None or m.start not in inside]


# The last words of names that are arguments, no actors: laws ("the X Act") and funds ("Official Development
# Assistance").
_ARGUMENT_HEADS = LAW_HEADS | FUND_HEADS | TREATY_HEADS


def _law_acronyms(doc: Doc) -> set[str]:
    """ "the Ballot Interference Prevention Act (BIPA)", "Official Development Assistance (ODA)": the acronym
    in brackets after a law's, a fund's or a treaty's name."""
    found: set[str] = set()
    for t in doc[1 : len(doc) - 2]:
        before, acronym, closing = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2]
        bracketed = t.text == "(" and closing.text == ")" and acronym.is_upper and acronym.is_alpha
        if bracketed and before.lower_ in _ARGUMENT_HEADS and before.text.istitle():
            found.add(acronym.text)
    return found


def programmes_laws_and_awards(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A name the text calls a broadcast programme ("the podcast X", "X host Ann Lee") is a medium (ORG),
    never a person; a law's or a fund's name ("the X Act", "Official Development Assistance") or its acronym
    ("(XA)"), a government's paper ("the White Paper", "the Treaty" written alone), and a prize or a
    contest's title the tagger calls a person or an organisation ("nominated for the Oscar", "won the TNT
    Championship"), are arguments like a bill or an event (EVENT), never actors.
    Every mention of the name takes the type."""
    programmes = {m.text for m in found if m.country is None and _names_a_programme(doc, m)}
    arguments = _law_acronyms(doc)
    starts = {m.end: _document_start(doc, m) for m in found if m.country is None}
    documents = {end: start for end, start in starts.items() if start is not None}
    found = _documents_whole(found, documents, doc)
    for m in found:
        if m.country is None and (_names_a_law(doc, m) or m.end in documents):
            arguments.add(m.text)
    arguments |= {m.text for m in found if m.country is None and _names_an_award(doc, m)}
    if not programmes and not arguments:
        return found
    owners = {m.text: state for m in found if m.text in programmes and (state := _outlets_state(doc, m))}
    return [
        replace(m, label="EVENT", affiliation=None)
        if m.text in arguments
        else replace(m, label="ORG", affiliation=m.affiliation or owners.get(m.text))
        if m.text in programmes
        else m
        for m in found
    ]


_DOCUMENT_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her"})


def _names_a_law(doc: Doc, m: Mention) -> bool:
    """ "the X Act", "Official Development Assistance", "the Y Agreement"; and one such word alone after an
    article or an owner, "the Treaty", "his Budget", "Labour's Constitution" (not "Bill" the person's name,
    nor a word opening a sentence)."""
    words = m.text.split()
    if not words or words[-1].lower() not in _ARGUMENT_HEADS or not words[-1].istitle():
        return False
    if len(words) >= 2:
        return True
    if m.start == 0 or m.label == "PERSON":
        return False
    before = doc[m.start - 1]
    return before.lower_ in _DOCUMENT_DETERMINERS or before.tag_ in ("PRP$", "POS")


def _document_start(doc: Doc, m: Mention) -> int | None:
    """ "the White Paper", "a Green Paper", "the King's Speech" (of which the tagger may find "Speech" alone):
    where the name of one of a government's papers or set-piece statements (document_names) that the mention
    ends with begins, if it ends with one."""
    if m.label == "PERSON" or not doc[m.end - 1].text[:1].isupper():
        return None
    sentence = doc[doc[m.start].sent.start : m.end]
    tail = sentence.text.lower().replace("\u2019", "'")
    for name in DOCUMENT_NAMES:
        if tail.endswith(name) and (len(tail) == len(name) or not tail[-len(name) - 1].isalnum()):
            first = sentence.char_span(len(tail) - len(name), len(tail), alignment_mode="expand")
            return first.start if first is not None else m.start
    return None


def _documents_whole(found: list[Mention], starts: dict[int, int], doc: Doc) -> list[Mention]:
    """A document's name the tagger found the end of ("Speech" of "the King's Speech") is the whole name,
    where no other mention holds the words before (`starts`: where the name that ends where a mention ends
    begins)."""
    held = {i for m in found for i in range(m.start, m.end)}
    widened = []
    for m in found:
        start = starts.get(m.end, m.start)
        if start < m.start and not held & set(range(start, m.start)):
            m = replace(m, start=start, text=doc[start : m.end].text)
        widened.append(m)
    return widened


def _names_an_award(doc: Doc, m: Mention) -> bool:
    """ "the Nobel Peace Prize", "an Academy Award", "the Oscar", "two Emmys" (not "Oscar Lopez")."""
    words = m.text.split()
    last = words[-1].lower()
    if not words[-1][:1].isupper():
        return False
    if len(words) >= 2:
        return last in AWARD_HEADS or last in AWARD_NAMES
    if last not in AWARD_NAMES or m.start == 0:
        return False
    before = doc[m.start - 1]
    return before.pos_ in ("DET", "NUM") or before.tag_ in ("PRP$", "POS")


def _work_title_end(doc: Doc, start: int) -> int:
    """Where a work's title that begins at `start` ends: its capitalised words and the small words between
    them ("Band on the Run", cut before "with Paul")."""
    end = start
    sentence_end = doc[start].sent.end
    while end < sentence_end:
        after = end
        while after < sentence_end and doc[after].lower_ in TITLE_SMALL_WORDS:
            after += 1  # "of the" in "Bird of the Night"
        word = doc[after] if after < sentence_end else None
        if word is None or not (word.is_alpha and word.text[:1].isupper()):
            break
        end = after + 1
    return end


def _animal_named(doc: Doc, m: Mention) -> bool:
    """ "a lion named X", "her dog X", "three lions: X, Y and Z": a name given to an animal."""
    if m.start == 0 or m.label != "PERSON":
        return False
    before = doc[m.start - 1]
    if _common_noun(before, ANIMAL_NOUNS):
        return True
    named = before.lemma_.lower() in ("name", "call") and m.start >= 2
    if named and _common_noun(doc[m.start - 2], ANIMAL_NOUNS):
        return True
    # a list after a colon: walk back over names, commas and "and"
    k, sentence_start = m.start - 1, doc[m.start].sent.start
    while (
        k > sentence_start
        and m.start - k < 16
        and (doc[k].text in (",", "and") or (doc[k].is_alpha and doc[k].text.istitle()))
    ):
        k -= 1
    return doc[k].text == ":" and k > sentence_start and _common_noun(doc[k - 1], ANIMAL_NOUNS)


_QUOTE_MARKS = frozenset("\"'“”‘’")
_OPENING_MARKS = frozenset("(\"'“‘")
_CLOSING_MARKS = frozenset(")\"'”’")
MAX_TITLE_TOKENS = 10


def _quoted_titles(doc: Doc) -> set[int]:
    """The tokens of a title in quotation marks or brackets just before a work's or programme's noun ("the
    'Bird of Night' album") or just after it ("his podcast (My Fellow Britons)")."""
    inside: set[int] = set()
    opening: int | None = None
    for t in doc:
        if t.text not in _QUOTE_MARKS:
            continue
        if opening is None or t.i - opening > MAX_TITLE_TOKENS or doc[opening].sent != t.sent:
            opening = t.i
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and _common_noun(after, WORK_NOUNS | PROGRAMME_NOUNS):
            inside.update(range(opening + 1, t.i))
        opening = None
    for t in doc:
        # "his podcast (((My Fellow Americans)))", 'the film "Home"': the marked title after the noun
        if not _common_noun(t, WORK_NOUNS | PROGRAMME_NOUNS):
            continue
        first = t.i + 1
        while first < len(doc) and doc[first].text in _OPENING_MARKS:
            first += 1
        if first == t.i + 1:
            continue
        last = first
        while last < min(len(doc), first + MAX_TITLE_TOKENS) and doc[last].text not in _CLOSING_MARKS:
            last += 1
        if last < len(doc) and doc[last].text in _CLOSING_MARKS:
            inside.update(range(first, last))
    return inside


def outlets_by_their_kind(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "The Kuwaiti daily al-Qabas reported", "the German weekly Der Spiegel": a name right after a
    lower-case noun of a kind of news outlet (outlet_kind_nouns) that it names is that outlet, an
    organisation."""
    return [replace(m, label="ORG") if m.label != "ORG" and _after_outlet_kind(doc, m) else m for m in found]


def _after_outlet_kind(doc: Doc, m: Mention) -> bool:
    if m.start == 0:
        return False
    kind = doc[m.start - 1]
    if not kind.is_lower or kind.lower_ not in OUTLET_KIND_NOUNS:
        return False
    name = doc[m.start : m.end].root
    # the noun modifies the name ("daily al-Qabas") or the name stands beside it ("the daily, al-Qabas")
    return kind.head.i == name.i or name.head.i == kind.i or kind.head.i == name.head.i


def journals(found: list[Mention]) -> list[Mention]:
    """A journal the tables know is an organisation whatever the tagger called it: "wrote in Nature" is no
    place. (Software and devices they know are no actors at all: find_mentions drops them.)"""
    return [
        replace(m, label="ORG", affiliation=None)
        if m.label != "ORG" and m.country is None and _journal(m.text)
        else m
        for m in found
    ]


# The types the tagger gives a news outlet's name ("the official Peking Review criticised" a person's,
# "Tehran Radio said" a place's) that its name makes an organisation's.
OUTLET_MISREAD_LABELS = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def outlets_by_their_name(found: list[Mention]) -> list[Mention]:
    """ "The official Peking Review criticised Japan", "Tehran Radio said": a name that its own words make a
    news outlet's (a paper's, an agency's or a broadcaster's: organisations.named_as_outlet) is an
    organisation, however the tagger typed it; not a name that is a place's or a people's itself."""
    return [
        replace(m, label="ORG")
        if m.label in OUTLET_MISREAD_LABELS and m.country is None and named_as_outlet(m.text)
        else m
        for m in found
    ]


def known_bodies_taken_for_places(found: list[Mention]) -> list[Mention]:
    """ "told Bloomberg", "a deal with Gazprom": a name the tagger typed a place that the organisations table
    knows (organisations.tsv) and neither the country tables nor the gazetteer know as a place is that
    organisation; "Liverpool", a club and a city, stays the place the tagger saw."""
    return [
        replace(m, label="ORG")
        if m.label in ("GPE", "LOC")
        and m.country is None
        and lookup_organisation(m.text) is not None
        and not place_country(m.text).known
        else m
        for m in found
    ]


def _journal(text: str) -> bool:
    known = lookup_organisation(text)
    return known is not None and known.kind == JOURNAL_KIND


def works_and_animals_dropped(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Names that are no actors: the title of a work after its noun ("the album X", "his novel X"), whose
    capitalised words the tagger may read as people ("Band on the Run"), and a name given to an animal."""
    inside: set[int] = set()
    for m in found:
        before = doc[m.start - 1] if m.start > 0 else None
        if m.country is None and before is not None and _common_noun(before, WORK_NOUNS):
            inside.update(range(m.start, _work_title_end(doc, m.start)))
    inside.update(_quoted_titles(doc))
    animals = {m.text for m in found if m.country is None and _animal_named(doc, m)}
    return [m for m in found if m.start not in inside and m.text not in animals]


def _kind_noun_joined(doc: Doc, m: Mention, nouns: frozenset[str]) -> bool:
    """ "the Kilauea volcano" (the name modifies the noun after it), "the research ship X", "the genus X" (the
    noun just before it, joined to it), "X zoui, a dinosaur" (a noun phrase in apposition just after it)."""
    root = doc[m.start : m.end].root
    after = doc[m.end] if m.end < len(doc) else None
    modifies = after is not None and root.dep_ == "compound" and root.head.i == after.i
    if modifies and _common_noun(after, nouns):
        return True
    if _noun_joined_before(doc, m, nouns):
        return True
    # the name's own lower-case word ("X zoui", a species of the genus X) may come first
    own = after is not None and after.is_alpha and (m.start <= after.head.i < m.end or after.text.islower())
    k = m.end + (1 if own else 0)
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an", "the"):
        k += 2
        while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
            k += 1
        # the phrase's own noun, not its owner's ("X, the party's nominee" is a person of the party)
        owner = k + 1 < len(doc) and doc[k + 1].tag_ == "POS"
        if not owner and doc[k].dep_ not in ("poss", "compound") and _common_noun(doc[k], nouns):
            return True
    # "X, an internet monitoring company": nouns before the apposition's own, which the parser says it is
    return any(c.dep_ == "appos" and c.i > root.i and _common_noun(c, nouns) for c in root.children)


def _a_work_by(doc: Doc, m: Mention) -> bool:
    """ "The Atheist Muslim by Ali Rizvi": a name followed by "by" and a person's name, the "by" hanging on
    the name itself (no passive verb's agent), is a work's title."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "by" or doc[m.end].dep_ != "prep":
        return False
    if not m.start <= doc[m.end].head.i < m.end:
        return False
    return doc[m.end + 1].ent_type_ == "PERSON"


def things_and_landforms(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Names the tagger took for actors that the text calls a thing: a genus, a dinosaur or a comet is no
    actor; a work by a person ("X by Ann Lee") is an argument like a law (EVENT); a ship or a rover is a
    craft (FAC); a volcano or a reef is a site (LOC). Every mention of the name takes the reading."""
    candidates = [m for m in found if m.country is None and m.label in ("PERSON", "ORG", "GPE", "NORP")]
    things = {m.text for m in candidates if _kind_noun_joined(doc, m, THING_NOUNS)}
    kinds = {m.text: "EVENT" for m in candidates if _a_work_by(doc, m)}
    kinds |= {m.text: "FAC" for m in candidates if _kind_noun_joined(doc, m, CRAFT_NOUNS)}
    kinds |= {m.text: "LOC" for m in candidates if _kind_noun_joined(doc, m, LANDFORM_NOUNS)}
    if not things and not kinds:
        return found
    return [
        replace(m, label=kinds[m.text], affiliation=None) if m.text in kinds and m.country is None else m
        for m in found
        if m.text not in things or m.country is not None
    ]


# where a name acts, owns or is named again: a body or a person, whatever else the text calls it
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "appos"})


def _goods_slot(token: Token) -> bool:
    """Is the noun in the place of goods: after "of" on a noun of production or trade ("production of X",
    "imports of X", market_quantity_nouns and trade_flow_nouns), after "for" on a noun of demand ("demand
    for X"), or the object of a verb that makes goods ("a plant to produce X", producing_verbs)?"""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in PRODUCING_VERBS
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    noun = token.head.head
    if noun.pos_ != "NOUN":
        return False
    if token.head.lower_ == "of":
        return noun.lower_ in MARKET_QUANTITY_NOUNS or noun.lower_ in TRADE_FLOW_NOUNS
    return token.head.lower_ == "for" and noun.lemma_.lower() == "demand"


def _made_at_a_site(token: Token) -> bool:
    """Is the noun the passive subject of a verb that makes goods with "at" or "in" a production site
    ("the Zephyrs were built at Acme's Kentucky plant", site_making_verbs, producing_verbs): a product made
    there, whatever the tagger calls its name?"""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() not in SITE_MAKING_VERBS | PRODUCING_VERBS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("at", "in")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in PRODUCTION_SITE_NOUNS for g in prep.children)
        for prep in verb.children
    )


def _acting(doc: Doc, m: Mention) -> bool:
    """Does the mention act or own ("X said", "X's plant", "by X")?"""
    root = doc[m.start : m.end].root
    if root.dep_ in ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def goods_named(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "demand for MTBE", "production of Nylon", "a plant to produce X", "imports of X copiers": a name the
    tagger took for a body or a person that stands where goods do (the noun it names, or the goods noun it
    is a compound of) is a product, no actor, and is dropped as the things are (things_and_landforms),
    unless the tables know it as a state or a body or the article has it act anywhere ("X said", "X's
    plant"). Every mention of the name takes the reading."""
    goods = set()
    for m in found:
        if m.country is not None or m.label not in ("ORG", "PERSON"):
            continue
        root = doc[m.start : m.end].root
        named = root.dep_ == "compound" and root.head.i == m.end and root.head.pos_ == "NOUN"
        if _goods_slot(root.head if named else root) or _made_at_a_site(root):  # "imports of X copiers"
            goods.add(m.text)
    goods = {g for g in goods if lookup_organisation(g) is None and lookup_country(g) is None}
    # (a thing made at a plant is its verb's subject, no doer: "the Zephyrs were built at …")
    goods -= {m.text for m in found if _acting(doc, m) and not _made_at_a_site(doc[m.start : m.end].root)}
    return [m for m in found if m.text not in goods or m.country is not None]


def _a_body_part(noun: Token) -> bool:
    """ "members", "website", "headquarters" with no noun before them to say whose kind ("family members",
    "a personal website" are a person's)."""
    return _common_noun(noun, BODY_PARTS) and not any(c.dep_ in ("compound", "amod") for c in noun.children)


def _used_as_a_body(doc: Doc, m: Mention) -> bool:
    """ "X's website", "X's members" (a thing only a body has), "a member of X", "X is registered as a
    charity" (a body's kind after "as")."""
    root = doc[m.start : m.end].root
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.tag_ == "POS" and _a_body_part(root.head):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _a_body_part(root.head.head):
        return True
    if root.dep_ in ("nsubj", "nsubjpass"):
        for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"):
            if any(_common_noun(c, BODY_KIND_NOUNS | ORGANISATION_HEADS) for c in prep.children):
                return True
    return False


def _owner_of_its(doc: Doc, m: Mention) -> bool:
    """ "X said its sales rose", "X announced its results": the subject that the next "its" of its own clause
    points back to, no other noun coming between, is a thing or a body, not a person ("his", "her")."""
    root = doc[m.start : m.end].root
    if root.dep_ != "nsubj":
        return False
    its = _its_before_other_nouns(doc[m.end : root.sent.end])  # ("X said the firm lost its licence": none)
    if its is None:
        return False
    if its.head.dep_ == "appos" and its.head.head.i == root.i:
        return False  # "X, its chairman, said": the name is the title's holder, "its" another's
    return root.head in its.ancestors


def _its_before_other_nouns(tokens: Span) -> Token | None:
    """The first possessive "its" of the words, where no other noun or pronoun (a date's aside) comes
    before it: the one "its" that points back to a name before the words."""
    for token in tokens:
        if token.lower_ in THING_PRONOUNS and token.dep_ == "poss":
            return token
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.ent_type_ not in ("DATE", "TIME"):
            return None
    return None


def _owner_of_the_next_its(doc: Doc, m: Mention, found: list[Mention]) -> bool:
    """ "K. Halloran said world output would fall. In its weekly report it put ...": the one name of a
    sentence, its speaker, that the next sentence's "its" points back to before any other noun is a body.
    Not a name opening with a given name: "its" there more likely goes back to a firm named before."""
    root = doc[m.start : m.end].root
    if root.dep_ != "nsubj" or root.head.dep_ != "ROOT" or m.text.split()[0].lower() in GIVEN_NAMES:
        return False
    sentence = root.sent
    others = any(o is not m and sentence.start <= o.start < sentence.end for o in found)
    if others or sentence.end >= len(doc):
        return False  # "K. Halloran said Ruritania would ...": "its" may be Ruritania's
    return _its_before_other_nouns(doc[sentence.end].sent) is not None


def _initials_and_surname(words: list[str]) -> bool:
    """ "K. Halloran", "E.D. Halloran": a name of initials and one word, as trading houses are named."""
    initials = words[:-1]
    return bool(initials) and words[-1].isalpha() and all(_name_word(w) and not w.isalpha() for w in initials)


def _firm_noun_before(doc: Doc, m: Mention) -> bool:
    """ "broker K. Halloran says", "London broker E.D. Halloran said": a noun of a kind of firm
    (company_nouns, firm_kind_nouns) joined right before a name of initials and a surname names the firm. A
    given name after the noun names a person of that trade ("developer John Smith")."""
    if m.start == 0 or not _initials_and_surname(m.text.split()):
        return False
    before = doc[m.start - 1]
    if before.lemma_.lower() not in COMPANY_NOUNS | FIRM_KIND_NOUNS:
        return False
    root = doc[m.start : m.end].root
    return (before.dep_ == "compound" and m.start <= before.head.i < m.end) or root.head.i == before.i


def _described_as_a_firm(doc: Doc, m: Mention) -> bool:
    """ "Suzuki, a Japanese car maker, said": a firm's description in apposition right after the name,
    set off by a comma (mentions.firm_description)."""
    root = doc[m.start : m.end].root
    if m.end >= len(doc) or doc[m.end].text != ",":
        return False
    return any(c.dep_ == "appos" and c.i > m.end and firm_description(c) for c in root.children)


def _trade_named_in_a_trade_role(doc: Doc, m: Mention) -> bool:
    """ "its Philippine agent, Larka Trading,": a name of a firm's words ("Larka Trading": names_a_firm) in
    apposition to a role of trade (words.tsv trade_role_nouns) is the firm, not a person named so."""
    root = doc[m.start : m.end].root
    role = root.head if root.dep_ == "appos" else None
    if role is None or role.i > m.start or role.lemma_.lower() not in TRADE_ROLE_NOUNS:
        return False
    return names_a_firm(m.text.split())


def _firm_of_its_staff(doc: Doc, m: Mention) -> bool:
    """ "analysts at X", "an economist with X", "X analysts": the name the market's staff work at
    (firm_staff_nouns) is their firm."""
    root = doc[m.start : m.end].root
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "with"):
        return root.head.head.lower_ in FIRM_STAFF_NOUNS
    return root.dep_ == "compound" and root.head.lower_ in FIRM_STAFF_NOUNS and root.head.i == m.end


def bodies_by_their_words(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A name the tagger called a person that the text names with a noun of a body ("the law firm X", "the
    party X", "X, a non-profit"), uses as a body ("X's website", "a member of X") or points back to with
    "its" ("X said its sales rose") or that analysts or traders work at ("analysts at X") is an organisation
    (ORG): every mention of the name takes the type."""
    nouns = BODY_KIND_NOUNS | ORGANISATION_HEADS
    bodies = {
        m.text
        for m in found
        if m.label == "PERSON"
        and not team_before_position(doc, m.start - 2)  # "Knicks guard X": a player, no guard's name
        and (
            _kind_noun_joined(doc, m, nouns)
            or _used_as_a_body(doc, m)
            or _owner_of_its(doc, m)
            or _firm_noun_before(doc, m)
            or _described_as_a_firm(doc, m)
            or _trade_named_in_a_trade_role(doc, m)
            or _owner_of_the_next_its(doc, m, found)
        )
    }
    # "analysts at X" (however X was typed there) makes a body of X where the tagger called it a person
    bodies |= {m.text for m in found if m.label in ("PERSON", "FAC") and _firm_of_its_staff(doc, m)}
    if not bodies:
        return found
    return [replace(m, label="ORG") if m.text in bodies and m.label == "PERSON" else m for m in found]


def firms_by_their_noun(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Chilean brewer Andebev", "brewing giant Zumbev", "Polish conglomerate Lomax Group": a name the tagger
    called a people or a place, and that no table places, is a firm (ORG) where a noun of a firm is joined to
    it (before it, after it or in apposition: words.tsv company_nouns; firm_descriptor_words only before
    it), and that is no people of a state ("Native American groups"); one it
    called a person is where the noun is a firm's own (company_nouns: "brewer", "conglomerate", not
    "giant") and the name opens with no given name. Every mention of the name takes the type, also where
    the mention with the noun was tagged a body ("Brewing giant [Zumbev] agreed ... [Zumbev] bought")."""

    def firm(m: Mention) -> bool:
        if m.country is not None or m.label not in ("NORP", "GPE", "PERSON", "ORG"):
            return False  # (a mention the tagger got right says it of the name's other mentions too)
        if lookup_country(m.text) is not None or place_country(m.text).known or is_demonym(m.text):
            return False
        if people_of_state(m.text) is not None:
            return False  # "Native American groups": a people of a state
        if m.label == "PERSON":
            first = m.text.split()[0].lower()
            return first not in GIVEN_NAMES and _kind_noun_joined(doc, m, COMPANY_NOUNS)
        return _kind_noun_joined(doc, m, COMPANY_NOUNS) or _noun_joined_before(doc, m, FIRM_DESCRIPTOR_WORDS)

    firms = {m.text for m in found if firm(m)}
    if not firms:
        return found
    return [
        replace(m, label="ORG")
        if m.text in firms and m.label in ("NORP", "GPE", "PERSON") and m.country is None
        else m
        for m in found
    ]


def _noun_joined_before(doc: Doc, m: Mention, nouns: frozenset[str]) -> bool:
    """ "the research ship X", "brewing giant Zumbev": one of the nouns just before the name and joined to it
    (the noun's compound head is in the name, or the name hangs on it)."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is None or not _common_noun(before, nouns):
        return False
    root = doc[m.start : m.end].root
    return (before.dep_ == "compound" and m.start <= before.head.i < m.end) or root.head.i == before.i


def forces_taken_for_peoples(found: list[Mention]) -> list[Mention]:
    """ "Marine Cpl. X", "a third U.S. Marine": a service of a state's forces the tagger called a people
    (NORP) is the forces, an organisation, as "the Army" and "the Navy" are (state_bodies.tsv, sector MIL)."""
    forces = {m.text for m in found if m.label == "NORP" and body_sector(m.text) == "MIL"}
    return [replace(m, label="ORG") if m.text in forces else m for m in found]


def bodies_named_after_places(found: list[Mention]) -> list[Mention]:
    """ "Speaking to the Asia Society", "the Pacific Basin Institute": a name of two words or more the tagger
    typed as a place (LOC, or GPE naming no country) that ends in a body's head noun (data:
    place_named_body_heads) is an organisation, whatever continent or place its first words name."""
    return [replace(m, label="ORG") if _named_after_a_place(m) else m for m in found]


def foreign_banks(found: list[Mention]) -> list[Mention]:
    """ "Bankhaus Lampe bought shares", "Banque Paribas arranged a loan": a name opening with a bank's word of
    another language (organisations.foreign_bank_name) is an organisation, never a person or a place."""
    labels = ("PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT")
    return [replace(m, label="ORG") if m.label in labels and foreign_bank_name(m.text) else m for m in found]


def _named_after_a_place(m: Mention) -> bool:
    words = m.text.split()
    return (
        m.label in ("LOC", "GPE")
        and len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].lower() in PLACE_NAMED_BODY_HEADS
        and lookup_country(m.text) is None
    )


# The types a member named in apposition to its group may have been given and take the group's kind instead.
RETYPED_MEMBER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def members_by_their_group(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Two airlines, X and Y, signed a pact", "three banks, X, Y and Z, lent ...": names listed in
    apposition to a plural noun of a kind of body or of state (group_member_kinds) are its members, of that
    kind (airline: ORG, state: GPE), however the tagger typed them; every mention of a name takes the type."""
    kinds = {}
    for m in found:
        kind = _group_kind(doc, m)
        if kind is not None and m.label != kind and m.label in RETYPED_MEMBER_LABELS:
            kinds[m.text] = kind
    if not kinds:
        return found
    return [
        replace(m, label=kinds[m.text]) if m.text in kinds and m.label in RETYPED_MEMBER_LABELS else m
        for m in found
    ]


def speakers_taken_up_by_a_body_noun(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Al-Qabas said Kuwait bought X. The newspaper said …", "Midland said it would sell Y. The bank said
    …": a name the tagger called a person or a place (never a state), with no given name or fuller name in
    the text, that speaks as a verb's subject and that the next sentence takes up as the subject of a verb
    of speech by a definite noun of a body's kind ("the newspaper", "the bank", "the broker": outlet kinds
    and firm nouns), no organisation named between, is that body (ORG, of no place's state); every mention
    of the name takes the type. A name of initials and a surname ("K. Halloran") is a trading house's as
    well; a speaker the sentence goes on about as "he" or "she" is a person."""
    names = {m.text for m in found if m.end - m.start > 1 and m.label == "PERSON"}
    by_start = sorted(found, key=lambda m: m.start)
    bodies: set[str] = set()
    for m in by_start:
        if m.label not in ("PERSON", "GPE") or m.text in bodies or m.country is not None:
            continue
        if lookup_country(m.text) is not None or any(m.text in n.split() for n in names if n != m.text):
            continue
        if is_holder_surname(m.text):
            continue  # "Putin said …": a known holder of an office
        if m.label == "GPE" and (lookup_capital(m.text) is not None or fold(m.text) in _subdivisions()):
            continue  # "Texas said …": a state's or a capital's government speaks
        root = doc[m.start : m.end].root
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in REPORTING_VERBS:
            continue
        if " " in m.text and not _initials_and_surname(m.text.split()):
            continue  # "K. Halloran said …. The broker said": a trading house's initials, no given name
        if any(t.lower_ in PERSON_PRONOUNS for t in doc[m.end : root.sent.end]):
            continue  # "K. Halloran said he …": a person
        if _taken_up_by_body_noun(doc, root, by_start):
            bodies.add(m.text)
    if not bodies:
        return found
    return [
        replace(m, label="ORG", country=None, affiliation=None)
        if m.text in bodies and m.label in ("PERSON", "GPE")
        else m
        for m in found
    ]


# The types a firm's unit named in apposition to its unit noun may have been given and become ORG.
RETYPED_UNIT_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def firm_unit_noun(token: Token) -> bool:
    """A body's unit written in lower case ("unit", "subsidiary", "affiliate"; words.tsv unit_nouns)."""
    return token.pos_ == "NOUN" and token.text.islower() and token.lemma_.lower() in UNIT_NOUNS


def _owned(doc: Doc, noun: Token, named: set[int]) -> bool:
    """Does the noun have an owner: "its", a name with "'s" ("Acme's unit"), or "of" a name ("a unit of
    Acme")? Another pronoun ("his unit") is a person's, whose unit is no body's."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in THING_PRONOUNS or child.i in named):
            return True
        of = child.dep_ == "prep" and child.lower_ == "of"
        if of and any(c.dep_ == "pobj" and c.i in named for c in child.children):
            return True
    return False


def _named_as_a_unit(doc: Doc, m: Mention, named: set[int]) -> bool:
    """ "its unit X", "Acme's subsidiary X", "X, a unit of Acme", "X, its affiliate": the name is in
    apposition to an owned unit noun (or the noun is written right before it as its compound, or the name
    as the noun's: "Acme's X unit"). Not after a lower-case title and "of" ("director general of the
    ministry's trade division X"): a long title before a name ends at the name, which is its holder."""
    root = doc[m.start : m.end].root
    if _title_of_before(root.head if root.dep_ == "appos" else root):
        return False
    if root.dep_ == "appos" and firm_unit_noun(root.head) and root.head.i < root.i:
        return _owned(doc, root.head, named)
    if root.dep_ == "compound" and root.head.i == m.end and firm_unit_noun(root.head):
        return _owned(doc, root.head, named)  # "Acme's X unit", "its X subsidiary": the unit's own name
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and firm_unit_noun(child):
            return _owned(doc, child, named)
        if child.dep_ == "compound" and child.i == m.start - 1 and firm_unit_noun(child):
            # "its subsidiary X": the owner is the name's, the noun its compound; "the Japanese subsidiary
            # X": a state's word before the noun says whose market the unit serves, as an owner would
            return _owned(doc, root, named) or _owned(doc, child, named) or _states_word_before(doc, child)
    return False


def _states_word_before(doc: Doc, noun: Token) -> bool:
    """ "the Japanese subsidiary X": a state's adjective right before the unit noun."""
    before = doc[noun.i - 1] if noun.i > 0 else None
    return before is not None and before.ent_type_ == "NORP" and lookup_country(before.text) is not None


def _title_of_before(name: Token) -> bool:
    """ "director general of the ministry's trade division X": the name is the object of an "of" that
    follows a lower-case title (a role word, or its compound's), so the words between are the title's body."""
    of = name.head
    if name.dep_ != "pobj" or of.lower_ != "of":
        return False
    title = of.head
    words = [title] + [c for c in title.children if c.dep_ == "compound" and c.i < title.i]
    return title.i < of.i and any(w.is_lower and is_role_word(w.lower_) for w in words)


def units_of_an_owner(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Acme said its unit X earned ...", "X, a unit of Acme, said ...": a name the text calls the unit,
    subsidiary, affiliate, division or arm of an owner (its, Acme's, of Acme) is a body (ORG), however the
    tagger typed it; a name of a country stays the country. Every mention of the name takes the type."""
    # the tokens of names: an owner written as a name ("of Acme", "Acme's") is one of these
    named = {i for m in found for i in range(m.start, m.end)}
    units = {
        m.text
        for m in found
        if m.label in RETYPED_UNIT_LABELS and m.country is None and _named_as_a_unit(doc, m, named)
    }
    if not units:
        return found
    return [
        replace(m, label="ORG", affiliation=None)
        if m.text in units and m.label in RETYPED_UNIT_LABELS and m.country is None
        else m
        for m in found
    ]


def firms_a_state_owns(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Spain's Almaden agreed a price with Acme", "Brazil's Valdoro sold ore to Y": a name the tagger
    called a place, owned by a state's possessive and acting as a firm does (`_commercial_act`), that the
    gazetteer knows as no place of that state (nor as a state or a capital) is that state's firm (ORG);
    "Spain's Malaga" stays the city the gazetteer knows. Every mention of the name takes the type."""
    firms = {m.text for m in found if m.label in ("GPE", "LOC") and _firm_a_state_owns(doc, m)}
    if not firms:
        return found
    return [
        replace(m, label="ORG", affiliation=None) if m.text in firms and m.label in ("GPE", "LOC") else m
        for m in found
    ]


def _firm_a_state_owns(doc: Doc, m: Mention) -> bool:
    root = doc[m.start : m.end].root
    if m.country is not None or root.dep_ != "nsubj" or not _commercial_act(root.head):
        return False
    owners = [c for c in root.children if c.dep_ == "poss" and c.i < m.start]
    state = lookup_country(owners[0].text) if len(owners) == 1 else None
    if state is None or lookup_capital(m.text) is not None:
        return False
    return not place_country(m.text).known


def _commercial_act(verb: Token) -> bool:
    """Does the verb do what only a firm does: buy, sell or make (transfer_verbs, producing_verbs), or
    agree, set or win a firm's term (commercial_term_nouns: "agreed a price", "won a contract")?"""
    if verb.lemma_.lower() in TRANSFER_VERBS | PRODUCING_VERBS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in COMMERCIAL_TERM_NOUNS for c in verb.children)


def _group_kind(doc: Doc, m: Mention) -> str | None:
    """The kind of the group a name is listed in apposition to, or None. The first name of the list is the
    group noun's apposition, the others its conjuncts. A body's noun in the singular names one body's kind
    ("Indonesia's state oil company, Pertamina,")."""
    first = doc[m.start : m.end].root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    group = first.head if first.dep_ == "appos" else plural_noun_before_list(first)
    if group is None or group.i >= first.i or group.tag_ not in ("NNS", "NN"):
        return None
    if not group.text.islower():
        return None
    kind = GROUP_MEMBER_KINDS.get(group.lemma_.lower())
    if group.tag_ == "NN" and kind != "ORG":
        return None  # "the state, X": a one body's noun names its kind, a state's may be a place's
    return kind


def _taken_up_by_body_noun(doc: Doc, speaker: Token, found: list[Mention]) -> bool:
    """Does the next sentence open its report with "the <body kind>" speaking, no organisation named
    between the speaker and it?"""
    end = speaker.sent.end
    if end >= len(doc):
        return False
    following = doc[end].sent
    for noun in following:
        if noun.dep_ != "nsubj" or noun.lemma_.lower() not in OUTLET_KIND_NOUNS | FIRM_NOUNS:
            continue  # "the newspaper", "the bank", "the broker"
        if noun.tag_ != "NN" or not _definite_body_noun(noun):
            continue
        if noun.head.lemma_.lower() not in REPORTING_VERBS:
            continue
        return not any(m.label == "ORG" and speaker.i < m.start < noun.i for m in found)
    return False


def _definite_body_noun(noun: Token) -> bool:
    """ "the bank", "the state-owned firm": "the" and at most a modifier of state backing before the noun
    (state_backing_modifiers), which says whose the body is, not which other one it is; nothing after it."""
    first = noun.left_edge
    if first.lower_ != "the" or any(c.i > noun.i for c in noun.children):
        return False
    between = "".join(t.text for t in noun.doc[first.i + 1 : noun.i]).lower()
    return not between or between in STATE_BACKING_MODIFIERS


# A match's score ("2-1"): a higher count is a set's or a game's of another sport ("6-3", "98-87"), whose
# sides are often people.
MAX_GOALS = 5
MATCH_PREPS = frozenset({"to", "against", "with"})


def clubs_by_context(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Names the tagger took for people or places that the text shows to be sports clubs: after a club's
    noun ("Dutch side Ajax"), before a match's score ("beat Celtic 2-1"), or the other side of a match
    with a club ("Leeds United will face Fenerbahce"). Every mention of such a person's name is the club's;
    a town's name only where it is so used ("beat Lyon 2-0", not "arrived in Lyon")."""
    by_token = {k: m for m in found for k in range(m.start, m.end)}
    clubs = {m.start for m in found if m.label == "ORG" and is_club_name(doc, m)}
    candidates = [m for m in found if m.label in ("PERSON", "GPE", "LOC") and m.country is None]
    changed = True
    while changed:
        changed = False
        for m in candidates:
            if m.start in clubs:
                continue
            if _after_club_noun(doc, m) or _plays_a_club(doc, m, by_token, clubs):
                clubs.add(m.start)
                changed = True
    names = {m.text for m in candidates if m.start in clubs and m.label == "PERSON"}
    return [
        replace(m, label="ORG")
        if m in candidates and (m.start in clubs or (m.text in names and m.label == "PERSON"))
        else m
        for m in found
    ]


def clubs_of_a_sports_story(doc: Doc, found: list[Mention]) -> list[Mention]:
    """In a story of sports clubs (it names a league or a club the tables know, or a club by its words), a
    league or club of the tables is an organisation whatever the tagger called it ("Werder Bremen", "the
    Bundesliga"); a town's name on one side of a match verb is the town's club, of the town's state
    ("Liverpool were drawn against ...", "Milan will face ..."); and a state's word before a club's noun
    with no name ("drawn against a German side") names an unnamed club, not the state: no mention."""
    if not _sports_story(doc, found):
        return found
    found = [
        replace(m, label="ORG", country=None) if m.label != "ORG" and _sports_body(m.text) else m
        for m in found
        if m.country is None or not _before_unnamed_club(doc, m)
    ]
    by_token = {k: m for m in found for k in range(m.start, m.end)}
    return [
        replace(m, label="ORG", country=None, affiliation=state)
        if (state := _town_playing(doc, m, by_token))
        else m
        for m in found
    ]


MAX_KNOWN_CLUB_WORDS = 4


def _sports_body(text: str) -> bool:
    known = lookup_organisation(text)
    return known is not None and known.kind in SPORTS_KINDS


def _sports_story(doc: Doc, found: list[Mention]) -> bool:
    if any(m.label == "ORG" and is_club_name(doc, m) for m in found):
        return True
    starts = first_words()
    return any(
        _sports_body(doc[i : i + size].text)
        for i, token in enumerate(doc)
        if token.text[:1].isupper() and fold(token.text) in starts
        for size in range(1, min(MAX_KNOWN_CLUB_WORDS, len(doc) - i) + 1)
    )


def _town_playing(doc: Doc, m: Mention, by_token: dict[int, Mention]) -> Country | None:
    """The state of a town whose name is one side of a match verb; None for anything else. A name the
    tagger took for a person's only where an organisation plays it ("Chelsea face Porto")."""
    if m.label not in ("GPE", "LOC", "ORG", "PERSON") or m.affiliation is not None:
        return None
    if lookup_country(m.text) is not None or lookup_organisation(m.text) is not None:
        return None
    verb = _match_verb(doc, m)
    if verb is None or (m.label == "PERSON" and not _plays_an_organisation(verb, m, by_token)):
        return None
    place = place_country(m.text)
    return country_by_code(place.country) if place.known and place.country else None


def _plays_an_organisation(verb: Token, m: Mention, by_token: dict[int, Mention]) -> bool:
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [o for p in verb.children if p.lower_ in MATCH_PREPS for o in p.children if o.dep_ == "pobj"]
    others = (by_token.get(c.i) for c in sides if not m.start <= c.i < m.end)
    return any(other is not None and other.label == "ORG" for other in others)


def _match_verb(doc: Doc, m: Mention) -> Token | None:
    """The match verb the name is a side of: its subject, object or the object of "to", "against" or
    "with" after it ("lost to X", "were drawn against X")."""
    root = doc[m.start : m.end].root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in MATCH_PREPS:
        verb = root.head.head
    else:
        return None
    return verb if verb.lemma_.lower() in MATCH_VERBS else None


def _before_unnamed_club(doc: Doc, m: Mention) -> bool:
    """ "a German side", "an Italian club": a people's word before a club's noun that no name follows."""
    word = doc[m.end - 1]
    noun = word.head
    if word.dep_ not in ("amod", "compound") or noun.i <= word.i or not is_demonym(m.text):
        return False
    if CLUB_NOUNS.isdisjoint((noun.lower_, noun.lemma_.lower())) or not noun.text.islower():  # "German sides"
        return False
    named = noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN"
    return not named and not any(c.dep_ == "appos" for c in noun.children)


def _after_club_noun(doc: Doc, m: Mention) -> bool:
    """ "Dutch side Ajax", "German club Schalke": the name just after a club's noun; a score after it
    ("beat Celtic 2-1") or a noun said of people too ("champions") only for a name of one word: "beat Ann
    Lee 2-1" in sets, "doubles champions Ann Lee and …" are people."""
    noun = doc[m.start - 1] if m.start > 0 else None
    # as written: "champions", not "world champion X"
    after = noun is not None and noun.pos_ == "NOUN" and noun.text.islower() and noun.lower_ in CLUB_NOUNS
    if m.end - m.start == 1 or m.label != "PERSON":
        return after or _before_score(doc, m)
    return after and noun is not None and noun.lower_ not in SHARED_CLUB_NOUNS


def _before_score(doc: Doc, m: Mention) -> bool:
    """ "Ajax beat Celtic 2-1": a score of a match (no set's) just after the name."""
    after = "".join(t.text for t in doc[m.end : m.end + 3])
    goals = after.replace("–", "-").split("-")
    return len(goals) == 2 and all(g.isdigit() and int(g) <= MAX_GOALS for g in goals)


def _plays_a_club(doc: Doc, m: Mention, by_token: dict[int, Mention], clubs: set[int]) -> bool:
    """The name is one side of a match verb ("face", "beat") whose other side is a club."""
    root = doc[m.start : m.end].root
    side = "nsubj" if root.dep_ == "nsubj" else "dobj"
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in MATCH_PREPS else root.head
    if (root.dep_ not in ("nsubj", "dobj") and verb is root.head) or verb.lemma_.lower() not in MATCH_VERBS:
        return False
    # "lost to Bayern Munich": the side after a preposition of the match is the verb's object
    others = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.dep_ != side]
    return any((other := by_token.get(c.i)) is not None and other.start in clubs for c in others)


# A headline in Title Case: its words longer than this are all capitalised.
SHORT_WORD = 3
MIN_HEADLINE_WORDS = 4
# Capitalised words of a headline outside the tagger's names: its verbs and common nouns.
MIN_UNTAGGED_CAPITALS = 2


def _title_case_lines(doc: Doc) -> set[int]:
    """The tokens of lines written in Title Case ("Bush to Propose Major Overhaul of Social Security
    Benefits"): four words or more longer than three letters, all capitalised (but "with", "from" …), two or
    more of them outside the tagger's names, so no line that only lists names, and a verb among them."""
    found: set[int] = set()
    for paragraph in paragraphs(doc):
        words = [t for t in doc[paragraph.start : paragraph.end] if t.is_alpha]
        long = [t for t in words if len(t.text) > SHORT_WORD and t.lower_ not in HEADLINE_SMALL_WORDS]
        untagged = [t for t in long if not t.ent_type_]
        if len(long) < MIN_HEADLINE_WORDS or len(untagged) < MIN_UNTAGGED_CAPITALS:
            continue
        if not any(t.tag_.startswith("VB") for t in untagged):
            continue  # a caption ("Marty McFly from Back to the Future"), not a headline's clause
        if all(t.text[:1].isupper() for t in long):
            found.update(range(paragraph.start, paragraph.end))
    return found


def capitalised_headline_names_dropped(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A headline set wholly in capitals ("SENATE BACKS U.S. RETALIATION IN GULF") gives the tagger no
    case to read, so it runs names into verbs and common words ("SENATE BACKS U.S.", "BAKER MEETS"). A name
    found there is kept only when the story below writes every word of it again, capitalised, or the
    tables know it (a country, a known body, an international body by its acronym: "IMF"); the body's own
    mentions carry the facts."""
    headline = capitalised_headline(doc)
    if not headline:
        return found
    end = headline_end(doc)
    body = {t.lower_ for t in doc[end:] if t.is_alpha and t.text[:1].isupper()}

    def unconfirmed(m: Mention) -> bool:
        if m.start >= end or not headline.intersection(range(m.start, m.end)):
            return False
        if m.country is not None and (m.label in PLACE_LABELS or m.label == "NORP"):
            return False  # a state by its name, people or capital ("LIMA TO DEFEND COAST")
        if lookup_country(m.text) is not None or lookup_organisation(m.text) is not None:
            return False
        if lookup_igo(m.text) is not None:
            return False  # an international body the tables know ("IMF, WORLD BANK TO ASSIST X")
        return any(t.lower_ not in body for t in doc[m.start : m.end] if t.is_alpha)

    return [m for m in found if not unconfirmed(m)]


def headline_acts(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "U.S. Decision Based on False Data", "EC Plan Welcomed by Japan": a headline (the first line, or a
    line in Title Case) capitalises the act a state or body makes (headline_act_nouns), and the tagger runs
    the state's word and the act (and what follows) into one body. Such a name is no body: a state or a body
    the tables know before the act noun is its owner and keeps a mention of its own; the rest is dropped."""
    headline = set(range(headline_end(doc))) | _title_case_lines(doc)
    if not headline:
        return found
    out: list[Mention] = []
    for m in found:
        act = next(
            (
                t.i
                for t in doc[m.start : m.end]
                if t.lower_ in HEADLINE_ACT_NOUNS and t.i > m.start and t.text[:1].isupper()
            ),
            None,
        )
        if m.label != "ORG" or m.start not in headline or act is None:
            out.append(m)
            continue
        owner = doc[m.start : act].text
        country = lookup_country(owner)
        if country is not None:
            out.append(Mention(m.start, act, owner, "GPE", country))
        elif lookup_organisation(owner) is not None:
            out.append(Mention(m.start, act, owner, "ORG", None))
    return out


def headline_words_dropped(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A Title Case headline capitalises its common words, which the tagger takes for names ("Major
    Overhaul" a person). A person's or body's name found only in such lines, none of whose words the rest
    of the article writes capitalised inside a sentence, is no name; a country or a known body stays."""
    # a headline set wholly in capitals is judged by capitalised_headline_names_dropped, by the words the
    # story writes again in any case ("ROE" of "Ann Roe")
    headline = _title_case_lines(doc) - capitalised_headline(doc)
    if not headline:
        return found
    elsewhere = {
        t.text
        for t in doc
        if t.i not in headline and t.text[:1].isupper() and not t.is_sent_start and t.is_alpha
    }

    def fragment(m: Mention) -> bool:
        if m.start not in headline or m.label not in ("PERSON", "ORG") or m.country or m.affiliation:
            return False
        if lookup_organisation(m.text) is not None:
            return False
        return not any(word in elsewhere for word in m.text.split())

    return [m for m in found if not fragment(m)]
