"""The word lists of the entity stages (data/entity_words.tsv), by name, like words.py for the rules."""

from __future__ import annotations

from geokg.extract.lexicon.loader import Lists

_WORDS = Lists("entity_words.tsv")

LOCATIVE_PREPS = _WORDS.words("locative_preps")
PLACE_KIND_NOUNS = _WORDS.words("place_kind_nouns")
PLACE_VERBS = _WORDS.words("place_verbs")
LOCAL_INSTITUTION_NOUNS = _WORDS.words("local_institution_nouns")
REGIONAL_BODY_NOUNS = _WORDS.words("regional_body_nouns")
PARTY_NOUNS = _WORDS.words("party_nouns")
PARTY_BODY_NOUNS = _WORDS.words("party_body_nouns")
ELECTION_NOUNS = _WORDS.words("election_nouns")
ELECTIVE_OFFICES = _WORDS.words("elective_offices")
CANDIDACY_NOUNS = _WORDS.words("candidacy_nouns")
VAGUE_MODIFIERS = _WORDS.words("vague_modifiers")
TITLE_ADJECTIVES = _WORDS.words("title_adjectives")
OFFICE_SUBJECT_VERBS = _WORDS.words("office_subject_verbs")
OFFICE_OBJECT_VERBS = _WORDS.words("office_object_verbs")
NATIONAL_TITLES = _WORDS.words("national_titles")
MEMBERSHIP_NOUNS = _WORDS.words("membership_nouns")
PARTY_ROLES = _WORDS.words("party_roles")
CHAMBER_NOUNS = _WORDS.words("chamber_nouns")
CHAMBER_BODY_NOUNS = _WORDS.words("chamber_body_nouns")
NOT_DESCRIPTIONS = _WORDS.words("not_descriptions")
FOREIGN_MODIFIERS = _WORDS.words("foreign_modifiers")
COMPANY_SUFFIXES = _WORDS.words("company_suffixes")
EVENT_NOUNS = _WORDS.words("event_nouns")
VIOLENT_EVENT_NOUNS = _WORDS.words("violent_event_nouns")
ANAPHORIC_DETERMINERS = _WORDS.words("anaphoric_determiners")
TIME_OWNERS = _WORDS.words("time_owners")
WEAPON_EVENT_NOUNS = _WORDS.words("weapon_event_nouns")
NAMED_EVENTS = _WORDS.words("named_events")
LOCAL_TITLE_WORDS = _WORDS.words("local_title_words")
FACILITY_NOUNS = _WORDS.mapping("facility_nouns")
KIN_NOUNS = _WORDS.words("kin_nouns")
STORM_WORDS = _WORDS.words("storm_words")
PERSON_HONORIFICS = _WORDS.words("person_honorifics")
PERSON_NOUNS = _WORDS.words("person_nouns")
SITE_NOUNS = _WORDS.words("site_nouns")
ORGANISATION_HEADS = _WORDS.words("organisation_heads")
BODY_TAILS = _WORDS.words("body_tails")
MOUNT_WORDS = _WORDS.words("mount_words")


def unused_lists() -> list[str]:
    """Lists of entity_words.tsv that no constant here reads."""
    return _WORDS.unused()
