"""The extractor's word lists, by name: each one is read from data/words.tsv, where its entries and the
comment saying what it is for live. This module only names them, so that every list has one spelling
in code; `unused_lists()` finds a list in the file that no name here reads.
"""

from __future__ import annotations

from geokg.extract.lexicon.loader import Lists, read_table

_WORDS = Lists("words.tsv")

# Verbs
SPEECH_VERBS = _WORDS.words("speech_verbs")
REPORTING_VERBS = SPEECH_VERBS | _WORDS.words("reporting_verbs")
DENIAL_VERBS = _WORDS.words("denial_verbs")
ALLEGATION_VERBS = _WORDS.words("allegation_verbs")
NEGATING_VERBS = _WORDS.words("negating_verbs")
CHAIN_VERBS = _WORDS.words("chain_verbs")
CHAIN_PREPOSITIONS = _WORDS.words("chain_prepositions")
STOP_VERBS = _WORDS.words("stop_verbs")
PREVENTION_VERBS = _WORDS.words("prevention_verbs")
RESTRICTION_VERBS = _WORDS.words("restriction_verbs")
OUTCOME_VERBS = _WORDS.mapping("outcome_verbs")
PASSAGE_VERBS = _WORDS.words("passage_verbs")
BILL_NOUNS = _WORDS.words("bill_nouns")
RESTRICTION_MEASURES = _WORDS.words("restriction_measures")
SERIAL_VERBS = _WORDS.words("serial_verbs")
REQUEST_VERBS = _WORDS.words("request_verbs")
PERMISSION_VERBS = _WORDS.words("permission_verbs")
DESIRE_VERBS = _WORDS.words("desire_verbs")
CONTROLLER_MODALS = _WORDS.mapping("controller_modals")
OBJECT_CONTROL_VERBS = REQUEST_VERBS | DESIRE_VERBS | _WORDS.words("object_control_verbs")
PERCEPTION_VERBS = _WORDS.words("perception_verbs")
RECIPROCAL_VERBS = _WORDS.words("reciprocal_verbs")
RECIPROCAL_TOPIC_VERBS = _WORDS.words("reciprocal_topic_verbs")
INCLUSION_VERBS = _WORDS.words("inclusion_verbs")
POSSESSIVE_VERBS = _WORDS.words("possessive_verbs")
HAVING_VERBS = _WORDS.words("having_verbs")
LIGHT_VERBS = _WORDS.words("light_verbs")
SUPPORT_VERBS = _WORDS.words("support_verbs")
EMPTY_VERBS = _WORDS.words("empty_verbs")
DESCRIPTIVE_PARTICIPLES = _WORDS.words("descriptive_participles")
MOTION_VERBS = _WORDS.words("motion_verbs")
ACT_REACTION_VERBS = _WORDS.words("act_reaction_verbs")
INTENTION_VERBS = _WORDS.words("intention_verbs")
EFFORT_VERBS = _WORDS.words("effort_verbs")
CANCEL_VERBS = _WORDS.words("cancel_verbs")
UNDOING_VERBS = _WORDS.words("undoing_verbs")
ADDRESSEE_VERBS = _WORDS.words("addressee_verbs")
PLAIN_SPEECH_VERBS = _WORDS.words("plain_speech_verbs")
CONTINUING_SPEECH_VERBS = _WORDS.words("continuing_speech_verbs")
MEETING_INTENT_VERBS = _WORDS.words("meeting_intent_verbs")
DOUBLE_OBJECT_VERBS = _WORDS.words("double_object_verbs")
RESPONSE_VERBS = _WORDS.words("response_verbs")
SOURCE_VERBS = _WORDS.words("source_verbs")
AGE_PARTICIPLES = _WORDS.words("age_participles")
COMPARISON_VERBS = _WORDS.words("comparison_verbs")

# Modality and polarity
CONTRACTED_MODALS = _WORDS.mapping("contracted_modals")
OBLIGATION_MODALS = _WORDS.mapping("obligation_modals")
EVIDENTIAL_ADVERBS = _WORDS.words("evidential_adverbs")
PROMISE_MODALS = _WORDS.words("promise_modals")
NEGATIVE_PRONOUNS = _WORDS.words("negative_pronouns")
HEDGE_MODALS = _WORDS.words("hedge_modals")
DEMAND_MODALS = _WORDS.words("demand_modals")
APPEAL_MODALS = _WORDS.words("appeal_modals")
OBLIGATION_VERBS = _WORDS.words("obligation_verbs")

# Stance
NEGATIVE_WORDS = _WORDS.words("negative_words")
POSITIVE_WORDS = _WORDS.words("positive_words")
ACCUSATION_WORDS = _WORDS.words("accusation_words")
EVALUATIVE_VERBS = _WORDS.words("evaluative_verbs")

# Subordinators and conjunctions
OPEN_QUESTION_MARKS = _WORDS.words("open_question_marks")
ASKING_VERBS = _WORDS.words("asking_verbs")
WH_WORDS = _WORDS.words("wh_words")
SPEECH_NOUNS = _WORDS.words("speech_nouns")
CONTRAST_CONNECTIVES = _WORDS.words("contrast_connectives")
CONDITION_MARKS = _WORDS.words("condition_marks")
CONTRAST_MARKS = _WORDS.words("contrast_marks")
CONTRAST_CONJUNCTIONS = _WORDS.words("contrast_conjunctions")

# Prepositions
NOUN_PREPS = _WORDS.words("noun_preps")
TARGET_PREPS = _WORDS.words("target_preps")
CIRCUMSTANCE_PREPS = _WORDS.words("circumstance_preps")
TIME_PREPS = _WORDS.words("time_preps")
TIME_FRAME_NOUNS = _WORDS.words("time_frame_nouns")
OCCASION_NOUNS = _WORDS.words("occasion_nouns")
OCCASION_PREPS = _WORDS.words("occasion_preps")
BEHEST_PREPS = _WORDS.words("behest_preps")
MEANS_PREPS = _WORDS.words("means_preps")
RAISING_VERBS = _WORDS.words("raising_verbs")
DEATH_VERBS = _WORDS.words("death_verbs")
CASUALTY_VERBS = _WORDS.words("casualty_verbs")
RESPONSIBILITY_VERBS = _WORDS.words("responsibility_verbs")
REACTION_NOUNS = _WORDS.mapping("reaction_nouns")
SOURCE_PREPS = _WORDS.words("source_preps")
CONTROL_PREPS = _WORDS.words("control_preps")
SUBJECT_GERUND_PREPS = _WORDS.words("subject_gerund_preps") | TIME_PREPS
TOPIC_PREPS = _WORDS.words("topic_preps")
EVENT_PARTNER_PREPS = _WORDS.words("event_partner_preps")
LOOK_THROUGH_PREPS = _WORDS.words("look_through_preps")
EXAMPLE_PREPS = _WORDS.words("example_preps")
ACTING_PREPS = _WORDS.words("acting_preps")
TITLE_PREPS = _WORDS.words("title_preps")
CAUSE_PREPS = _WORDS.words("cause_preps")
FIRST_PREPOSITION_WORDS = _WORDS.words("first_preposition_words")
SECOND_PREPOSITION_WORDS = _WORDS.words("second_preposition_words")
PURPOSE_PREPS = _WORDS.words("purpose_preps")
PREFERENCE_PREPS = _WORDS.words("preference_preps")
GRIEVANCE_PREPS = _WORDS.words("grievance_preps")
CHARGE_VERBS = _WORDS.mapping("charge_verbs")
JOINING_VERBS = _WORDS.words("joining_verbs")
INTRANSITIVE_VERBS = _WORDS.words("intransitive_verbs")
CONTENT_PREPS = _WORDS.words("content_preps")
RESPECT_PHRASES = _WORDS.words("respect_phrases")
AUTHORING_VERBS = _WORDS.words("authoring_verbs")
RESTRICTIVE_RELATIVES = _WORDS.words("restrictive_relatives")
MEASURE_NOUNS = _WORDS.words("measure_nouns")
BENEFICIARY_NOUNS = _WORDS.words("beneficiary_nouns")
REFLEXIVE_PRONOUNS = _WORDS.words("reflexive_pronouns")
INDEPENDENT_POSSESSIVES = _WORDS.words("independent_possessives")
WHEN_PREPS = _WORDS.words("when_preps")
COMPARISON_PREPS = _WORDS.words("comparison_preps")

# Pronouns, determiners, adverbs
RELATIVE_PRONOUNS = _WORDS.words("relative_pronouns")
RELATIVE_ADVERBS = _WORDS.words("relative_adverbs")
DISCOURSE_ADVERBS = _WORDS.words("discourse_adverbs")
PERSON_PRONOUNS = _WORDS.words("person_pronouns")
THING_PRONOUNS = _WORDS.words("thing_pronouns")
GROUP_PRONOUNS = _WORDS.words("group_pronouns")
OBJECT_PRONOUNS = _WORDS.words("object_pronouns")
AGENT_NOUN_ENDINGS = tuple(sorted(_WORDS.words("agent_noun_endings")))
COLLECTIVE_PLURALS = _WORDS.words("collective_plurals")
FIRST_PERSON_PRONOUNS = _WORDS.words("first_person_pronouns")
FIRST_PERSON_PLURAL = _WORDS.words("first_person_plural")  # "we": the speaker's side
SECOND_PERSON_PRONOUNS = _WORDS.words("second_person_pronouns")  # an interviewer's "you"
INTERVIEWER_LABELS = _WORDS.words("interviewer_labels")
ANSWER_LABELS = _WORDS.words("answer_labels")
PAIR_WORDS = _WORDS.words("pair_words")
ADDRESS_WORDS = _WORDS.words("address_words")
ARTICLES = _WORDS.words("articles")
INITIAL_SKIP_WORDS = _WORDS.words("initial_skip_words")

# Nouns that arguments are read through
ORGAN_NOUNS = _WORDS.words("organ_nouns")
PLACE_NOUNS = _WORDS.words("place_nouns")
DIVISION_NOUNS = _WORDS.words("division_nouns")
DIVISION_TYPES = _WORDS.mapping("division_types")
GROUP_NOUNS = _WORDS.words("group_nouns")
REGION_ADJECTIVES = _WORDS.words("region_adjectives")
RELATIONAL_NOUNS = _WORDS.words("relational_nouns")
# Nouns and pronouns of one sex: "his daughter" is never the "he" of the next clause.
FEMALE_WORDS = _WORDS.words("female_nouns") | _WORDS.words("female_pronouns")
MALE_WORDS = _WORDS.words("male_nouns") | _WORDS.words("male_pronouns")
INSTRUMENT_NOUNS = _WORDS.words("instrument_nouns")
PEOPLE_NOUNS = _WORDS.words("people_nouns")
UNNAMED_PERSON_NOUNS = _WORDS.words("unnamed_person_nouns")
SUSPECT_NOUNS = _WORDS.words("suspect_nouns")
CONTENDER_NOUNS = _WORDS.words("contender_nouns")
STANCE_STATING_VERBS = _WORDS.words("stance_stating_verbs")
CONTEST_VERBS = _WORDS.words("contest_verbs")
COUNTERPART_NOUNS = _WORDS.words("counterpart_nouns")
QUANTITY_NOUNS = _WORDS.words("quantity_nouns")
PARTITIVE_WORDS = _WORDS.words("partitive_words")
TICKET_NOUNS = _WORDS.words("ticket_nouns")
CROWD_NOUNS = _WORDS.words("crowd_nouns")
STANCE_PREFIXES = _WORDS.words("stance_prefixes")
ACTIVITY_GROUPS = _WORDS.mapping("activity_groups")
COUNTRY_NOUNS = _WORDS.words("country_nouns")
ALLEGATION_NOUNS = _WORDS.words("allegation_nouns")
INTRANSITIVE_EVENT_NOUNS = _WORDS.words("intransitive_event_nouns")
PATIENT_NOUNS = _WORDS.words("patient_nouns")
NATURAL_FORCES = _WORDS.words("natural_forces")
PREDICTION_VERBS = _WORDS.words("prediction_verbs")
KIND_LABEL_WORDS = {k: frozenset(v.split()) for k, v in _WORDS.mapping("kind_label_words").items()}
KIND_SECTORS = _WORDS.mapping("kind_sectors")
APPEAL_NOUNS = _WORDS.words("appeal_nouns")
APPEAL_FOR_VERBS = _WORDS.words("appeal_for_verbs")
FACT_NOUNS = _WORDS.words("fact_nouns")
RECEIVING_VERBS = _WORDS.words("receiving_verbs")
SUFFERED_NOUNS = _WORDS.words("suffered_nouns")
VERDICT_VERBS = _WORDS.words("verdict_verbs")
CAUSE_NOUNS = _WORDS.words("cause_nouns")
DOCUMENT_NOUNS = _WORDS.words("document_nouns")
UNREALISED_MODIFIERS = _WORDS.words("unrealised_modifiers")

# Names and mentions
NAME_PARTICLES = _WORDS.words("name_particles")
STRAY_TITLE_WORDS = _WORDS.words("stray_title_words")
LOCAL_TITLES = _WORDS.words("local_titles")
TITLE_FILLERS = _WORDS.words("title_fillers")
TITLE_OBJECTS = _WORDS.words("title_objects")
TITLE_OBJECT_HEADS = _WORDS.words("title_object_heads")
COUNTRY_PARTS = _WORDS.words("country_parts")
DIRECTIONS = _WORDS.words("directions")
WHOLE_DIVISION_WORDS = _WORDS.words("whole_division_words")
NOT_REGIONS = _WORDS.words("not_regions")
NOT_ACTORS = _WORDS.words("not_actors")
PLATFORMS = _WORDS.words("platforms")
MEDIUM_PREPS = _WORDS.words("medium_preps")
PLATFORM_TARGET_WORDS = _WORDS.words("platform_target_words")
GOVERNMENT_WORDS = _WORDS.words("government_words")

# Organisations and groups
ORGANISATION_VARIANTS = _WORDS.mapping("organisation_variants")
GROUP_FORMS = _WORDS.mapping("group_forms")
GENERIC_INSTITUTIONS = _WORDS.words("generic_institutions")
SOVEREIGN_INSTITUTIONS = _WORDS.words("sovereign_institutions")
ORG_SUFFIXES = _WORDS.words("org_suffixes")


def _act_nouns() -> dict[str, tuple[tuple[str, str], ...]]:
    """act_nouns.tsv: act noun -> the (verb, particle) pairs that report its act ("-" verb: none)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("act_nouns.tsv", ("noun", "verb", "particle"), ("noun", "verb")):
        table.setdefault(row["noun"], [])
        if row["verb"] != "-":
            table[row["noun"]].append((row["verb"], row["particle"]))
    return {noun: tuple(verbs) for noun, verbs in table.items()}


ACT_NOUNS = _act_nouns()


def unused_lists() -> list[str]:
    """Lists of words.tsv that no constant here reads."""
    return _WORDS.unused()
