"""The extractor's word lists, by name: each one is read from data/words.tsv, where its entries and the
comment saying what it is for live. This module only names them, so that every list has one spelling
in code; `unused_lists()` finds a list in the file that no name here reads.
"""

from __future__ import annotations

from geokg.extract.lexicon.loader import Lists, read_table

_WORDS = Lists("words.tsv")

# Verbs
SPEECH_VERBS = _WORDS.words("speech_verbs")
CHARGING_SPEECH_VERBS = _WORDS.words("charging_speech_verbs")
BLAMING_SPEECH_VERBS = _WORDS.words("blaming_speech_verbs")
SPECULATION_VERBS = _WORDS.words("speculation_verbs")
HEADLINE_VIEW_VERBS = _WORDS.words("headline_view_verbs")
REPORTING_VERBS = SPEECH_VERBS | _WORDS.words("reporting_verbs") | CHARGING_SPEECH_VERBS | SPECULATION_VERBS
SPEECH_VENUE_PREPS = _WORDS.words("speech_venue_preps")
DEED_VENUE_PREPS = _WORDS.words("deed_venue_preps")
NEGATED_PLACE_PREPS = _WORDS.words("negated_place_preps")
VENUE_HEADS = _WORDS.words("venue_heads")
VENUE_NAMES = _WORDS.words("venue_names")
MEETING_VENUE_PREPS = _WORDS.words("meeting_venue_preps")
VENUE_ACT_ROOTS = _WORDS.words("venue_act_roots")
SPEECH_TOPIC_PREPS = _WORDS.words("speech_topic_preps")
EMPTY_OBJECT_IDIOMS = _WORDS.words("empty_object_idioms")
TOPIC_NAME_HEADS = _WORDS.words("topic_name_heads")
PARTICLE_SPEECH_VERBS = _WORDS.words("particle_speech_verbs")
SIGNALLING_VERBS = _WORDS.words("signalling_verbs")
BELIEF_STATES = _WORDS.words("belief_states")
DENIAL_VERBS = _WORDS.words("denial_verbs")
DOUBTING_VERBS = _WORDS.words("doubting_verbs")
DOUBT_WORDS = _WORDS.words("doubt_words")
DOUBT_DENYING_WORDS = _WORDS.words("doubt_denying_words")
UNDECIDED_WHEN_DENIED = _WORDS.words("undecided_when_denied")
ALLEGATION_VERBS = _WORDS.words("allegation_verbs")
NEGATING_VERBS = _WORDS.words("negating_verbs")
ENTERTAINED_NOUNS = _WORDS.words("entertained_nouns")  # "rejected any idea that X should …"
SPEECH_REFUSAL_VERBS = _WORDS.words("speech_refusal_verbs")
VOW_VERBS = _WORDS.words("vow_verbs")
PLEDGE_AGAINST_VERBS = _WORDS.words("pledge_against_verbs")
GOAL_BRINGING_VERBS = _WORDS.words("goal_bringing_verbs")
CHAIN_VERBS = _WORDS.words("chain_verbs")
CHAIN_PREPOSITIONS = _WORDS.words("chain_prepositions")
STOP_VERBS = _WORDS.words("stop_verbs")
DEVELOPMENT_LENDER_WORDS = _WORDS.words("development_lender_words")
DEVELOPMENT_LENDER_HEADS = _WORDS.words("development_lender_heads")
COUNTERING_VERBS = _WORDS.words("countering_verbs")
IMPLICATIVE_VERBS = _WORDS.words("implicative_verbs")
CHOOSING_VERBS = _WORDS.words("choosing_verbs")
PREVENTION_VERBS = _WORDS.words("prevention_verbs")
KEPT_FROM_PREPS = _WORDS.words("kept_from_preps")  # "barred X from the EU": where X is kept from
RESTRICTION_VERBS = _WORDS.words("restriction_verbs")
OUTCOME_VERBS = _WORDS.mapping("outcome_verbs")
PASSAGE_VERBS = _WORDS.words("passage_verbs")
BILL_NOUNS = _WORDS.words("bill_nouns")
RESTRICTION_MEASURES = _WORDS.words("restriction_measures")
SERIAL_VERBS = _WORDS.words("serial_verbs")
REQUEST_VERBS = _WORDS.words("request_verbs")
HOME_REQUEST_VERBS = _WORDS.words("home_request_verbs")  # a state asking its own firms (entities/actors.py)
ULTIMATUM_VERBS = _WORDS.words("ultimatum_verbs")
PERMISSION_VERBS = _WORDS.words("permission_verbs")
# "will never accept that X should …", "cannot allow that X …": a permission is a letting be too
ADMITTING_VERBS = _WORDS.words("admitting_verbs") | PERMISSION_VERBS
DESIRE_VERBS = _WORDS.words("desire_verbs")
CONTROLLER_MODALS = _WORDS.mapping("controller_modals")
VERB_LEMMA_FIXES = _WORDS.mapping("verb_lemma_fixes")
NOUN_LEMMA_FIXES = _WORDS.mapping("noun_lemma_fixes")
RECALLING_PHRASES = _WORDS.mapping("recalling_phrases")  # "called X home": recalled (an envoy)
NOUN_TAGGED_SPEECH_VERBS = _WORDS.words("noun_tagged_speech_verbs")  # "the OECD forecast that …"
HELPING_VERBS = _WORDS.words("helping_verbs")
PLAN_ADOPTING_VERBS = _WORDS.words("plan_adopting_verbs")
ENDORSING_VERBS = _WORDS.words("endorsing_verbs")
TRANSFER_NOUN_VERBS = _WORDS.mapping("transfer_noun_verbs")
LODGED_GRIEVANCE_NOUNS = _WORDS.words("lodged_grievance_nouns")
GRIEVANCE_BODY_PREPS = _WORDS.words("grievance_body_preps")
COINCIDING_VERBS = _WORDS.words("coinciding_verbs")
HYPHEN_PREFIXES = _WORDS.mapping("hyphen_prefixes")  # "re-examine": one word; "re" -> "same"
NEAR_MISS_ADVERBS = _WORDS.words("near_miss_adverbs")
OBJECT_CONTROL_VERBS = REQUEST_VERBS | DESIRE_VERBS | _WORDS.words("object_control_verbs")
BARE_INFINITIVE_OBJECT_VERBS = _WORDS.words("bare_infinitive_object_verbs")
PERCEPTION_VERBS = _WORDS.words("perception_verbs")
RECIPROCAL_VERBS = _WORDS.words("reciprocal_verbs")
RECIPROCAL_OBJECTS = _WORDS.words("reciprocal_objects")  # "exchanged fire", "held talks": mutual
ACCORD_VERBS = _WORDS.words("accord_verbs")
ACCORD_NOUNS = _WORDS.words("accord_nouns")
ACCORD_LOSING_VERBS = _WORDS.words("accord_losing_verbs")  # "lost its deal with X": no signing
COMMITMENT_NOUNS = _WORDS.words("commitment_nouns")
RECIPROCAL_TOPIC_VERBS = _WORDS.words("reciprocal_topic_verbs")
RECIPROCAL_PARTNER_PREPS = _WORDS.words("reciprocal_partner_preps")
RECIPROCAL_PRONOUN_WORDS = _WORDS.words("reciprocal_pronoun_words")
JOINT_ACT_WORDS = _WORDS.words("joint_act_words")
INCLUSION_VERBS = _WORDS.words("inclusion_verbs")
SPENDING_VERBS = _WORDS.words("spending_verbs")
POSSESSIVE_VERBS = _WORDS.words("possessive_verbs")
EXPERIENCER_VERBS = _WORDS.words("experiencer_verbs")
CAUSAL_DEMAND_VERBS = _WORDS.words("causal_demand_verbs")
STANDING_NOUNS = _WORDS.words("standing_nouns")
HAVING_VERBS = _WORDS.words("having_verbs")
LIGHT_VERBS = _WORDS.words("light_verbs")
CONTINUING_VERBS = _WORDS.words("continuing_verbs")  # "maintained its suspension of": the noun's code
GIVEN_AS_NOUNS = _WORDS.words("given_as_nouns")  # "provided X as a grant to Y": `provide grant to`
HANDING_VERBS = _WORDS.words("handing_verbs")  # "delivered a warning to X": the words, no aid
SUPPORT_VERBS = _WORDS.words("support_verbs")
EMPTY_VERBS = _WORDS.words("empty_verbs")
ELLIPTIC_AUXILIARIES = _WORDS.words("elliptic_auxiliaries")
COMPANION_VERBS = _WORDS.mapping("companion_verbs")
CONVEYING_VERBS = _WORDS.words("conveying_verbs")
COMPARISON_MARKS = _WORDS.words("comparison_marks")
DESCRIPTIVE_PARTICIPLES = _WORDS.words("descriptive_participles")
MOTION_VERBS = _WORDS.words("motion_verbs")
TRAVEL_AWAY_VERBS = _WORDS.words("travel_away_verbs")  # "left for Lima": a trip, as motion verbs are
SOUGHT_FOR_VERBS = _WORDS.words("sought_for_verbs")  # "filed for bankruptcy in X": what is sought
TIME_SPENDING_VERBS = _WORDS.words("time_spending_verbs")  # "spent two days in X": a stay
JOURNEYS_ON = _WORDS.words("journeys_on")  # "on a visit to Lima": a journey that places the clause
ROUND_JOURNEYS = _WORDS.words("round_journeys")  # "on a tour of Asia": Asia is toured
TRIP_WORDS = _WORDS.words("trip_words")  # "back from Tokyo", "after a visit to Lima"
SOJOURN_VERBS = _WORDS.words("sojourn_verbs")  # "is in Lima", "spent a week in Peru": where one is
EVENT_AGENDA_NOUNS = _WORDS.words("event_agenda_nouns")  # "the agenda of his talks": the event's own
ITINERARY_NOUNS = _WORDS.words("itinerary_nouns")  # "a tour which includes X": places on it, no members
MEETING_VERBS = _WORDS.words("meeting_verbs")  # "met", "received", "held talks with"
ACT_REACTION_VERBS = _WORDS.words("act_reaction_verbs")
INTENTION_VERBS = _WORDS.words("intention_verbs")
EFFORT_VERBS = _WORDS.words("effort_verbs")
STRIVING_VERBS = _WORDS.words("striving_verbs")
NAMING_NOUNS = _WORDS.words("naming_nouns")  # "known by its Spanish initials as FDN"
PURPOSE_ADJECTIVES = _WORDS.words("purpose_adjectives")  # "necessary to prevent X", "designed to punish Y"
OBTAINING_VERBS = _WORDS.words("obtaining_verbs")
MEANS_VERBS = _WORDS.words("means_verbs")
PLANNING_MODALS = _WORDS.words("planning_modals")
CANCEL_VERBS = _WORDS.words("cancel_verbs")
UNDOING_VERBS = _WORDS.words("undoing_verbs")
ADDRESSEE_VERBS = _WORDS.words("addressee_verbs")
PLAIN_SPEECH_VERBS = _WORDS.words("plain_speech_verbs")
CONTINUING_SPEECH_VERBS = _WORDS.words("continuing_speech_verbs")
MEETING_INTENT_VERBS = _WORDS.words("meeting_intent_verbs")
DOUBLE_OBJECT_VERBS = _WORDS.words("double_object_verbs")
RESPONSE_VERBS = _WORDS.words("response_verbs")
SOURCE_VERBS = _WORDS.words("source_verbs")
TIME_ORDER_VERBS = _WORDS.words("time_order_verbs")
ADMISSION_VERBS = _WORDS.words("admission_verbs")
ADMISSION_NOUNS = _WORDS.words("admission_nouns")
CONTINUED_VIOLENCE_WORDS = _WORDS.words("continued_violence_words")
AGE_PARTICIPLES = _WORDS.words("age_participles")
TOPIC_TURNS = _WORDS.words("topic_turns")  # "Turning to Brazil, X said"
COMPARISON_VERBS = _WORDS.words("comparison_verbs")

# Modality and polarity
CONTRACTED_MODALS = _WORDS.mapping("contracted_modals")
OBLIGATION_MODALS = _WORDS.mapping("obligation_modals")
EVIDENTIAL_ADVERBS = _WORDS.words("evidential_adverbs")
ALLEGATION_ADJECTIVES = _WORDS.words("allegation_adjectives")  # "for purported dumping"
HEDGING_ADVERBS = _WORDS.mapping("hedging_adverbs")
PRINCIPLE_HEDGED_VERBS = _WORDS.words("principle_hedged_verbs")
PROMISE_MODALS = _WORDS.words("promise_modals")
READINESS_ADJECTIVES = _WORDS.words("readiness_adjectives")
RESTRICTION_OPENERS = _WORDS.words("restriction_openers")
AWAITED_CONDITION_OPENERS = _WORDS.words("awaited_condition_openers")
PURPOSE_OPENERS = _WORDS.words("purpose_openers")
EXCHANGE_OPENERS = _WORDS.words("exchange_openers")
BELIEF_VERBS = _WORDS.words("belief_verbs")
SPECULATION_NOUNS = _WORDS.words("speculation_nouns")
TIME_CLAUSE_WORDS = _WORDS.words("time_clause_words")
TIME_CLAUSE_MODALS = _WORDS.words("time_clause_modals")
UNTIL_MARKS = _WORDS.words("until_marks")
# "it could be weeks before X answers", "… until Y": a span up to a clause, after an empty "it"
ELAPSED_TIME_MARKS = _WORDS.words("elapsed_time_marks") | UNTIL_MARKS
TIME_CLAUSE_OPENERS = _WORDS.words("time_clause_openers")
BACKSHIFTED_MODALS = _WORDS.words("backshifted_modals")
CONDITIONED_EASING_VERBS = _WORDS.words("conditioned_easing_verbs")
CONDITIONED_MEASURE_NOUNS = _WORDS.words("conditioned_measure_nouns")
RECALLED_MEASURE_VERBS = _WORDS.words("recalled_measure_verbs")
RECALLED_MEASURE_NOUNS = _WORDS.words("recalled_measure_nouns")
RECALLED_MEASURE_DETERMINERS = _WORDS.words("recalled_measure_determiners")
SETTING_RELATIVES = _WORDS.words("setting_relatives")
ITINERARY_WORDS = _WORDS.mapping("itinerary_words")
NEGATIVE_PRONOUNS = _WORDS.words("negative_pronouns")
SCANT_QUANTITY_WORDS = _WORDS.words("scant_quantity_words")
HEDGE_MODALS = _WORDS.words("hedge_modals")
SUPPOSING_MODALS = _WORDS.words("supposing_modals")  # "a pact between X and Y could spur trade"
UNMADE_EVENT_DETERMINERS = _WORDS.words("unmade_event_determiners")
ENVISIONING_VERBS = _WORDS.words("envisioning_verbs")
SOMEDAY_PHRASES = _WORDS.words("someday_phrases")
FORESEEING_MODALS = _WORDS.words("foreseeing_modals")
VERB_ONLY_ENDINGS = tuple(sorted(_WORDS.words("verb_only_endings")))
CONSEQUENCE_VERBS = _WORDS.words("consequence_verbs")
AWAITED_EVENT_PREPS = _WORDS.words("awaited_event_preps")
DEMAND_MODALS = _WORDS.words("demand_modals")
APPEAL_MODALS = _WORDS.words("appeal_modals")
HOPING_VERBS = _WORDS.words("hoping_verbs")
WANTING_VERBS = _WORDS.words("wanting_verbs")  # "wants to invest in X": an intent (03)
OBLIGATION_VERBS = _WORDS.words("obligation_verbs")
ADVISORY_OBLIGATION_VERBS = _WORDS.words("advisory_obligation_verbs")
EFFORT_CALLS = _WORDS.words("effort_calls")
PROOF_VERBS = _WORDS.words("proof_verbs")  # "would have to show that X did Y": a condition
INFERRED_STATES = _WORDS.words("inferred_states")
FORECAST_VERBS = _WORDS.words("forecast_verbs")
FORECAST_VERB_DEEDS = _WORDS.words("forecast_verb_deeds")
FORECAST_MEASURE_VERBS = _WORDS.words("forecast_measure_verbs")
FAILING_VERBS = _WORDS.words("failing_verbs")
ACCORD_FAILING_WORDS = _WORDS.words("accord_failing_words")
AGREEING_VERBS = _WORDS.words("agreeing_verbs")
FAILED_ATTEMPT_DEEDS = _WORDS.words("failed_attempt_deeds")
REPRISAL_NOUNS = _WORDS.words("reprisal_nouns")
REPRISAL_WORDS = _WORDS.words("reprisal_words")
ARMS_WORDS = _WORDS.words("arms_words")
TRADE_WORDS = _WORDS.words("trade_words")
ECONOMIC_CONTEST_WORDS = _WORDS.words("economic_contest_words")
REPRISAL_ADJECTIVES = _WORDS.words("reprisal_adjectives")
REPRISAL_VERBS = _WORDS.words("reprisal_verbs")
WARNED_HARM_VERBS = _WORDS.words("warned_harm_verbs")
RECURRENCE_VERBS = _WORDS.words("recurrence_verbs")
REPRISAL_RESPONSE_VERBS = _WORDS.words("reprisal_response_verbs")
RESPONSE_NOUNS = _WORDS.words("response_nouns")
REPRISAL_MANNER_WORDS = _WORDS.words("reprisal_manner_words")
RECEPTION_NOUNS = _WORDS.words("reception_nouns")
REBUFF_MANNER_WORDS = _WORDS.words("rebuff_manner_words")
PROTESTED_PREPS = _WORDS.words("protested_preps")
HARSHER_COMPARATIVES = _WORDS.words("harsher_comparatives")  # "tougher measures would follow if …"
HARSHER_MEASURE_NOUNS = _WORDS.words("harsher_measure_nouns")
REGARDING_VERBS = _WORDS.words("regarding_verbs")  # "saw the pact as a betrayal": see cameo.tsv see as
VALUE_PARTICIPLES = _WORDS.words("value_participles")
HEARSAY_NOUNS = _WORDS.words("hearsay_nouns")
EVIDENCE_NOUNS = _WORDS.words("evidence_nouns")
LEAST_AMOUNT_SUPERLATIVES = _WORDS.words("least_amount_superlatives")
EVIDENCE_VERBS = _WORDS.words("evidence_verbs")
IMPLICATION_VERBS = _WORDS.words("implication_verbs")
MENTION_NOUNS = _WORDS.words("mention_nouns")
HEARSAY_DENIAL_VERBS = _WORDS.words("hearsay_denial_verbs")
DENIED_STATEMENT_NOUNS = _WORDS.words("denied_statement_nouns")
FORECAST_NOUNS = _WORDS.words("forecast_nouns")

# Stance
NEGATIVE_WORDS = _WORDS.words("negative_words")
EXCESS_ADVERBS = _WORDS.words("excess_adverbs")
POSITIVE_WORDS = _WORDS.words("positive_words")
ACCUSATION_WORDS = _WORDS.words("accusation_words")
CHARGE_ADJECTIVES = _WORDS.words("charge_adjectives")
WARNING_VERBS = _WORDS.words("warning_verbs")
WARNED_FORCE_WORDS = _WORDS.words("warned_force_words")
SPEECH_OCCASION_PREPS = _WORDS.words("speech_occasion_preps")
WRONG_ACT_NOUNS = _WORDS.words("wrong_act_nouns")
ACT_NAMING_NOUNS = _WORDS.words("act_naming_nouns")
EVALUATIVE_VERBS = _WORDS.words("evaluative_verbs")

# Subordinators and conjunctions
OPEN_QUESTION_MARKS = _WORDS.words("open_question_marks")
QUESTION_MARKS = _WORDS.words("question_marks")
ASKING_VERBS = _WORDS.words("asking_verbs")
WH_WORDS = _WORDS.words("wh_words")
SPEECH_NOUNS = _WORDS.words("speech_nouns")
ADDRESSING_WORDS = _WORDS.words("addressing_words")
SPEECH_ACT_NOUNS = _WORDS.mapping("speech_act_nouns")
STANCE_NOUNS = _WORDS.mapping("stance_nouns")
VOICING_VERBS = _WORDS.words("voicing_verbs")
ISSUING_VERBS = _WORDS.words("issuing_verbs")
SPEAKER_VOICING_VERBS = _WORDS.words("speaker_voicing_verbs")
CONTRAST_CONNECTIVES = _WORDS.words("contrast_connectives")
CONDITION_MARKS = _WORDS.words("condition_marks")
UNMET_CONDITION_MARKS = _WORDS.words("unmet_condition_marks")
CONCESSIVE_CONDITION_WORDS = _WORDS.words("concessive_condition_words")
INVERTED_CONDITION_AUXILIARIES = _WORDS.words("inverted_condition_auxiliaries")
FUTURE_DATING_PREPS = _WORDS.words("future_dating_preps")
FUTURE_TIME_WORDS = _WORDS.words("future_time_words")
UNSCHEDULING_TIME_WORDS = _WORDS.words("unscheduling_time_words")
EARLIER_TIME_WORDS = _WORDS.words("earlier_time_words")
INTENT_CHAIN_MODALS = _WORDS.mapping("intent_chain_modals")
REFUSAL_NOUNS = _WORDS.mapping("refusal_nouns")  # "Peru's refusal to meet X": refuse
WITHHELD_TOPIC_VERBS = _WORDS.words("withheld_topic_verbs")  # "declined to comment on X"
SUPERSEDED_PLAN_WORDS = _WORDS.words("superseded_plan_words")  # "had planned to": given up
SUPERSEDING_PLAN_ADVERBS = _WORDS.words("superseding_plan_adverbs")  # "originally planned to"
DELIBERATION_VERBS = _WORDS.words("deliberation_verbs")
ACT_PROSPECT_VERBS = _WORDS.words("act_prospect_verbs")  # "ruled out Chilean retaliation": its doer
ORGANISATION_ACTORS = _WORDS.words("organisation_actors")
IMPERSONAL_REPORT_VERBS = _WORDS.mapping("impersonal_report_verbs")
AIM_PARTICIPLES = _WORDS.mapping("aim_participles")
EVENT_SCHEDULE_PREDICATES = _WORDS.mapping("event_schedule_predicates")
OCCURRENCE_VERBS = _WORDS.words("occurrence_verbs")
EVENT_HEDGING_MODIFIERS = _WORDS.mapping("event_hedging_modifiers")
EVENT_REFUSING_VERBS = _WORDS.words("event_refusing_verbs")
EVENT_DOUBTING_ADJECTIVES = _WORDS.words("event_doubting_adjectives")
EVENT_JUDGING_VERBS = _WORDS.words("event_judging_verbs")
PROSPECT_NOUNS = _WORDS.words("prospect_nouns")
PROSPECT_DENYING_WORDS = _WORDS.words("prospect_denying_words")
PROSPECT_FAILING_VERBS = _WORDS.words("prospect_failing_verbs")
EVENT_TIME_TO_COME_WORDS = FUTURE_TIME_WORDS - {"later"}  # "later" dates nothing to come on a noun
EVENT_AWAITING_PHRASES = _WORDS.words("event_awaiting_phrases")
EVENT_HOSTING_VERBS = _WORDS.words("event_hosting_verbs")
EVENT_FORESEEING_VERBS = _WORDS.mapping("event_foreseeing_verbs")
EVENT_WISHING_PHRASES = _WORDS.mapping("event_wishing_phrases")  # "an interest in talks": should
EVENT_COURSE_VERBS = _WORDS.words("event_course_verbs")  # "the talks will focus on aid": to come
EVENT_COMPLETING_VERBS = _WORDS.words("event_completing_verbs")  # "is due to complete its takeover"
EVENT_RAISING_VERBS = _WORDS.words("event_raising_verbs")  # "could increase pressure from X": could
CONTRAST_MARKS = _WORDS.words("contrast_marks")
CONTRAST_CONJUNCTIONS = _WORDS.words("contrast_conjunctions")

# Prepositions
NOUN_PREPS = _WORDS.words("noun_preps")
TARGET_PREPS = _WORDS.words("target_preps")
CIRCUMSTANCE_PREPS = _WORDS.words("circumstance_preps")
DATING_EVENT_PREPS = _WORDS.words("dating_event_preps")
VIEWPOINT_PREPS = _WORDS.words("viewpoint_preps")
VIEWPOINT_NOUNS = _WORDS.words("viewpoint_nouns")
SHOWN_QUALITIES = _WORDS.words("shown_qualities")  # "as a demonstration of X's willingness": no event
TIME_PREPS = _WORDS.words("time_preps")
TIME_FRAME_NOUNS = _WORDS.words("time_frame_nouns")
TIME_COUNT_NOUNS = _WORDS.words("time_count_nouns")
COMPARISON_NOUNS = _WORDS.words("comparison_nouns")
IDENTITY_NOUNS = _WORDS.words("identity_nouns")  # "speak the languages of X": whose, no party
OCCASION_NOUNS = _WORDS.words("occasion_nouns")
OCCASION_PREPS = _WORDS.words("occasion_preps")
BEHEST_PREPS = _WORDS.words("behest_preps")
MEANS_PREPS = _WORDS.words("means_preps")
RAISING_VERBS = _WORDS.words("raising_verbs")
EXTRAPOSING_PREDICATES = _WORDS.words("extraposing_predicates")
RAISING_PREDICATES = _WORDS.mapping("raising_predicates")
REFUSING_PREDICATES = _WORDS.words("refusing_predicates")
EXTRAPOSED_PREDICATES = _WORDS.mapping("extraposed_predicates")
DESIRABILITY_PREDICATES = _WORDS.words("desirability_predicates")
FOR_CLAUSE_JUDGES = _WORDS.mapping("for_clause_judges")
# "Argentina's goal is to cut inflation": a state's own aim; the nouns of a planned for-clause, one list
AIM_NOUNS = frozenset(w for w, modal in FOR_CLAUSE_JUDGES.items() if modal == "will")
CAPACITY_NOUNS = _WORDS.words("capacity_nouns")
CAPACITY_HOLDING_VERBS = _WORDS.mapping("capacity_holding_verbs")
HYPOTHETICAL_JUDGES = _WORDS.mapping("hypothetical_judges")
AIM_DROPPING_VERBS = _WORDS.words("aim_dropping_verbs")
DEFERRAL_VERBS = _WORDS.words("deferral_verbs")
YIELD_ATTEMPT_VERBS = _WORDS.words("yield_attempt_verbs")
SANCTION_READYING_VERBS = _WORDS.words("sanction_readying_verbs")
SEEMING_VERBS = _WORDS.words("seeming_verbs")
NEGATING_RAISING_PREDICATES = _WORDS.words("negating_raising_predicates") | frozenset(EXTRAPOSED_PREDICATES)
DOUBTED_WHEN_DENIED = _WORDS.words("doubted_when_denied")
INTENT_NOUNS = _WORDS.words("intent_nouns")
AGREEMENT_NOUNS = _WORDS.words("agreement_nouns")
ACTING_BODY_NOUNS = _WORDS.words("acting_body_nouns")
DOCUMENT_PASSAGE_VERBS = _WORDS.words("document_passage_verbs")
SEALING_VERBS = _WORDS.words("sealing_verbs")
PREMISES_NOUNS = _WORDS.words("premises_nouns")
PRESENCE_SETTING_VERBS = _WORDS.words("presence_setting_verbs")
MILITARY_SITE_MODIFIERS = _WORDS.words("military_site_modifiers")
LOCATED_THING_NOUNS = _WORDS.words("located_thing_nouns")  # "growth in Japan": where, no partner
GOODS_NOUNS = _WORDS.words("goods_nouns")
TRADED_GOODS_NOUNS = _WORDS.words("traded_goods_nouns")  # "bought Canadian wheat": "buy wheat of" Canada
STATE_THING_NOUNS = _WORDS.words("state_thing_nouns")  # "the Bolivian pipeline": never the state
ECONOMY_NOUNS = _WORDS.words("economy_nouns")  # "Belgium's growth": a report on it is about the state
QUALITY_NOUNS = _WORDS.words("quality_nouns")  # "Smith's lack of experience worried Jones": no doer
ATTENDING_VERBS = _WORDS.words("attending_verbs")
NO_CHOICE_NOUNS = _WORDS.words("no_choice_nouns")
COMPELLING_VERBS = _WORDS.words("compelling_verbs")
ATTENDED_MEETING_NOUNS = _WORDS.words("attended_meeting_nouns")
ROUTE_PREPS = _WORDS.words("route_preps")
DEATH_VERBS = _WORDS.words("death_verbs")
CASUALTY_VERBS = _WORDS.words("casualty_verbs")
RESPONSIBILITY_VERBS = _WORDS.words("responsibility_verbs")
REACTION_NOUNS = _WORDS.mapping("reaction_nouns")
SOURCE_PREPS = _WORDS.words("source_preps")
AFFILIATION_PREPS = _WORDS.words("affiliation_preps")
MOUTHPIECE_NOUNS = _WORDS.words("mouthpiece_nouns")
CONTROL_PREPS = _WORDS.words("control_preps")
SUBJECT_GERUND_PREPS = _WORDS.words("subject_gerund_preps") | TIME_PREPS
ABSENCE_PREPS = _WORDS.words("absence_preps")
TOPIC_PREPS = _WORDS.words("topic_preps")
EVENT_PARTNER_PREPS = _WORDS.words("event_partner_preps")
GOODS_PARTNER_PREPS = _WORDS.words("goods_partner_preps")
LOOK_THROUGH_PREPS = _WORDS.words("look_through_preps")
INVESTIGATED_DEED_PREPS = _WORDS.words("investigated_deed_preps")
MEMBERSHIP_NOUNS = _WORDS.words("membership_nouns")
MEMBERSHIP_NOUN_PREPS = _WORDS.words("membership_noun_preps")
EXAMPLE_PREPS = _WORDS.words("example_preps")
ACTING_PREPS = _WORDS.words("acting_preps")
TITLE_PREPS = _WORDS.words("title_preps")
STAFF_PREPS = _WORDS.words("staff_preps")
CAUSE_PREPS = _WORDS.words("cause_preps")
FIRST_PREPOSITION_WORDS = _WORDS.words("first_preposition_words")
SECOND_PREPOSITION_WORDS = _WORDS.words("second_preposition_words")
PURPOSE_PREPS = _WORDS.words("purpose_preps")
PREFERENCE_PREPS = _WORDS.words("preference_preps")
GRIEVANCE_PREPS = _WORDS.words("grievance_preps")
CHARGE_VERBS = _WORDS.mapping("charge_verbs")
CLEARING_VERBS = _WORDS.words("clearing_verbs")
# "has been accused of insulting X": the charge no one named lays, and the modality it leaves the wrong
UNVOUCHED_CHARGE_MODALS = _WORDS.mapping("unvouched_charge_modals")
JOINING_VERBS = _WORDS.words("joining_verbs")
INTRANSITIVE_VERBS = _WORDS.words("intransitive_verbs")
PARTICLE_ADVERBS = _WORDS.words("particle_adverbs")
HEADLINE_PREPOSITIONS = _WORDS.words("headline_prepositions")  # "CALLS ON GREECE"
HEADLINE_PLAN_REPORTING_VERBS = _WORDS.words("headline_plan_reporting_verbs")  # "X says Y to buy Z"
HEADLINE_VERBS = _WORDS.words("headline_verbs")  # "Indian oil firm eyes Yukos assets"
OCCASION_PREPOSITIONS = _WORDS.words("occasion_prepositions")  # "told X in an interview that"
IDIOM_PHRASES = _WORDS.words("idiom_phrases")
MIND_HAVING_PHRASES = _WORDS.words("mind_having_phrases")  # "had Japan in mind"
REACHING_IT_VERBS = _WORDS.words("reaching_it_verbs")  # "made it into Valdor"
FALLING_DUE_VERBS = _WORDS.words("falling_due_verbs")  # "bills falling due for X"
CONTENT_PREPS = _WORDS.words("content_preps")
RESPECT_PHRASES = _WORDS.words("respect_phrases")
CONFORMITY_PHRASES = _WORDS.words("conformity_phrases")  # "in accord with": respect unless with a party
TASK_HELD_PHRASES = _WORDS.words("task_held_phrases")  # "in charge of": a task held, no charge laid
TRADE_FLOW_NOUNS = _WORDS.words("trade_flow_nouns")
COMMERCIAL_TERM_NOUNS = _WORDS.words("commercial_term_nouns")  # "agreed a price": a firm's act
REMOTE_SPEECH_NOUNS = _WORDS.words("remote_speech_nouns")
REMOTE_SPEECH_VERBS = _WORDS.words("remote_speech_verbs")
BROADCAST_OUTLET_NOUNS = _WORDS.words("broadcast_outlet_nouns")  # "said on NBC television that …"
BROADCAST_SERVICE_NOUNS = _WORDS.words("broadcast_service_nouns")  # "sang on Chicago radio": a medium
OUTLET_SPEECH_PREPS = _WORDS.words("outlet_speech_preps")
PLACING_PREPS = _WORDS.words("placing_preps")
MEMBERSHIP_POSITION_PREPS = _WORDS.words("membership_position_preps")  # "producers outside OPEC"
PLACING_HEADS = _WORDS.mapping("placing_heads")
CONTENT_OBJECT_VERBS = _WORDS.words("content_object_verbs")
THING_ANNOUNCING_VERBS = _WORDS.words("thing_announcing_verbs")
RELATION_NOUNS = _WORDS.words("relation_nouns")
GO_BETWEEN_NOUNS = _WORDS.words("go_between_nouns")
VISIT_OPENING_VERBS = _WORDS.words("visit_opening_verbs")
VISITOR_PARTICIPLES = _WORDS.words("visitor_participles")
NOUN_PARTICIPLES = _WORDS.words("noun_participles")
UNIT_NOUNS = _WORDS.words("unit_nouns")
OWNED_THING_NOUNS = _WORDS.words("owned_thing_nouns")
DEBT_STANDING_NOUNS = _WORDS.words("debt_standing_nouns")
PERCENT_NOUNS = _WORDS.words("percent_nouns")
PRICE_MOVE_VERBS = _WORDS.words("price_move_verbs")  # "shed 2% in Paris": where it traded
RUNNING_VERBS = _WORDS.words("running_verbs")  # "oversaw Acme's campaign": the campaign run, not Acme
AUTHORING_VERBS = _WORDS.words("authoring_verbs")
RELAYING_VERBS = _WORDS.words("relaying_verbs")
RELAYED_NOUNS = _WORDS.words("relayed_nouns")
RESTRICTIVE_RELATIVES = _WORDS.words("restrictive_relatives")
MEASURE_NOUNS = _WORDS.words("measure_nouns")
GOODS_MEASURE_NOUNS = _WORDS.words("goods_measure_nouns")  # "sold 500,000 tonnes of wheat": how much
VALUE_ADJECTIVES = _WORDS.words("value_adjectives")
BENEFICIARY_NOUNS = _WORDS.words("beneficiary_nouns")
BEHALF_NOUNS = _WORDS.words("behalf_nouns")
STATUS_PUTTING_VERBS = _WORDS.words("status_putting_verbs")  # "placed X on non-accrual status"
STATUS_WORDS = _WORDS.words("status_words")
FORUM_TAKING_VERBS = _WORDS.words("forum_taking_verbs")  # "took Argentina to GATT": one act at the forum
FORUM_NOUNS = _WORDS.words("forum_nouns")
STATE_SETTING_VERBS = _WORDS.words("state_setting_verbs")  # "left the Europeans cold": no act on them
OWNING_VERBS = _WORDS.words("owning_verbs")  # "has a Japanese network": the kind of thing had
RANKING_VERBS = _WORDS.words("ranking_verbs")  # "followed by the U.S. with 22 banks": a ranking
PROPOSAL_NOUNS = _WORDS.words("proposal_nouns")
REQUIREMENT_NOUNS = _WORDS.words("requirement_nouns")  # "met Peru's criteria": set by the owner
BODY_MEASURE_NOUNS = _WORDS.words("body_measure_nouns")
MANDATIVE_VERBS = _WORDS.mapping("mandative_verbs")
LETTER_NOUNS = _WORDS.words("letter_nouns")
LETTER_VERBS = _WORDS.words("letter_verbs")
DEFIANCE_PREPS = _WORDS.words("defiance_preps")
CONCESSION_PREPS = _WORDS.words("concession_preps")
DEFIED_NOUNS = _WORDS.mapping("defied_nouns")
PROPOSING_VERBS = _WORDS.words("proposing_verbs")
REFLEXIVE_PRONOUNS = _WORDS.words("reflexive_pronouns")
INDEPENDENT_POSSESSIVES = _WORDS.words("independent_possessives")
WHEN_PREPS = _WORDS.words("when_preps")
FOLLOWED_MEETING_NOUNS = _WORDS.words("followed_meeting_nouns")
# "took part in the talks": joining a meeting (followed_meeting_nouns) of others
MEETING_PARTICIPATION_VERBS = _WORDS.words("meeting_participation_verbs")
FOLLOWED_MEETING_PREPS = _WORDS.words("followed_meeting_preps")
APPOINTING_VERBS = _WORDS.words("appointing_verbs")
GROUPING_PARTICIPLES = _WORDS.words("grouping_participles")
OFFICE_LEAVING_VERBS = _WORDS.words("office_leaving_verbs")
DEED_NOUNS = _WORDS.words("deed_nouns")
AIMED_MEASURE_NOUNS = _WORDS.words("aimed_measure_nouns")
MEASURE_ACT_NOUNS = _WORDS.words("measure_act_nouns")
CENSURED_MEASURE_NOUNS = _WORDS.words("censured_measure_nouns")
MEASURE_REACTION_VERBS = _WORDS.words("measure_reaction_verbs")
MEASURE_IMPOSING_VERBS = _WORDS.words("measure_imposing_verbs")
VISITING_CALL_VERBS = _WORDS.words("visiting_call_verbs")
CALL_PAYING_VERBS = _WORDS.words("call_paying_verbs")
COMPARISON_PREPS = _WORDS.words("comparison_preps")
ADDED_PARTY_PREPS = _WORDS.words("added_party_preps")

# Pronouns, determiners, adverbs
RELATIVE_PRONOUNS = _WORDS.words("relative_pronouns")
PERSONAL_RELATIVES = _WORDS.words("personal_relatives")
RELATIVE_ADVERBS = _WORDS.words("relative_adverbs")
DISCOURSE_ADVERBS = _WORDS.words("discourse_adverbs")
THEN_TIME_PREPOSITIONS = _WORDS.words("then_time_prepositions")  # "since then": no title's qualifier
BODY_OWNER_NOUNS = _WORDS.words("body_owner_nouns")  # "the bank's vice president X": the bank's
PERSON_PRONOUNS = _WORDS.words("person_pronouns")
THING_PRONOUNS = _WORDS.words("thing_pronouns")
GROUP_PRONOUNS = _WORDS.words("group_pronouns")
OBJECT_PRONOUNS = _WORDS.words("object_pronouns")
ANTECEDENT_THING_NOUNS = _WORDS.words("antecedent_thing_nouns")
POINTING_NOUNS = _WORDS.words("pointing_nouns")
RANGE_TOPIC_NOUNS = _WORDS.words("range_topic_nouns")
AGENT_NOUN_ENDINGS = tuple(sorted(_WORDS.words("agent_noun_endings")))
COLLECTIVE_PLURALS = _WORDS.words("collective_plurals")
FIRST_PERSON_PRONOUNS = _WORDS.words("first_person_pronouns")
FIRST_PERSON_PLURAL = _WORDS.words("first_person_plural")  # "we": the speaker's side
SECOND_PERSON_PRONOUNS = _WORDS.words("second_person_pronouns")  # an interviewer's "you"
INTERVIEWER_LABELS = _WORDS.words("interviewer_labels")
ANSWER_LABELS = _WORDS.words("answer_labels")
PAIR_WORDS = _WORDS.words("pair_words")
COMPANY_NOUNS = _WORDS.words("company_nouns")  # "the two companies", "both carmakers"
# "the president of the central bank": a body's officer, no state's
OFFICER_BODY_NOUNS = _WORDS.words("officer_body_nouns") | COMPANY_NOUNS
# "U.S. Conglomerate Alcoa", "Chinese Giant X": a firm's noun wire copy capitalises between a state's word and
# the firm's name, no word of the name
FIRM_DESCRIPTOR_WORDS = COMPANY_NOUNS | _WORDS.words("firm_descriptor_words")
FIRM_KIND_NOUNS = _WORDS.words("firm_kind_nouns")  # "X, Germany's biggest chemicals group"
# The nouns of a firm's kind no state is called by: "the Brazilian miner said" is a firm of Brazil, never
# Brazil itself ("the Iranian exporter" may be Iran).
FIRM_NOUNS = (COMPANY_NOUNS | FIRM_KIND_NOUNS) - _WORDS.words("state_firm_kind_nouns")
# Firm nouns after a state's word that say only where the firm is from ("Japanese car maker X"): no title
# of the state; flag carriers and banks may be the state's own ("Iranian airline X")
FIRM_ORIGIN_NOUNS = FIRM_NOUNS - _WORDS.words("national_firm_nouns")
PLACED_WAR_NOUNS = _WORDS.words("placed_war_nouns")  # "the Iraq war": fought there, no side
PLACED_HOLDING_NOUNS = _WORDS.words("placed_holding_nouns")  # "the US assets of Acme": Acme's, there
BALLOT_NOUNS = _WORDS.words("ballot_nouns")  # "the vote on the government's laws": no vote on it
STATE_PAIR_NOUNS = _WORDS.words("state_pair_nouns")  # "the two countries", "both governments"
ADDRESS_WORDS = _WORDS.words("address_words")
ARTICLES = _WORDS.words("articles")
INITIAL_SKIP_WORDS = _WORDS.words("initial_skip_words")
FOREIGN_INITIAL_SKIP_WORDS = _WORDS.words("foreign_initial_skip_words")

# Nouns that arguments are read through
ORGAN_NOUNS = _WORDS.words("organ_nouns")
MEMBER_STATE_NOUNS = _WORDS.words("member_state_nouns")
BODY_STAFF_NOUNS = _WORDS.words("body_staff_nouns")
MEMBER_ENVOY_NOUNS = _WORDS.words("member_envoy_nouns")  # "U.N. diplomats": its members' envoys
ORGAN_FROM_NOUNS = _WORDS.words("organ_from_nouns")
STATE_BODY_COMPOUND_NOUNS = _WORDS.words("state_body_compound_nouns")
STATE_SOURCE_NOUNS = _WORDS.words("state_source_nouns")
GOVERNMENT_VOICE_RANKS = _WORDS.words("government_voice_ranks")
PLACE_NOUNS = _WORDS.words("place_nouns")
PLURAL_PLACE_NOUNS = _WORDS.words("plural_place_nouns")  # "Peruvian waters", no "mineral water"
DIVISION_NOUNS = _WORDS.words("division_nouns")
DIVISION_TYPES = _WORDS.mapping("division_types")
GROUP_NOUNS = _WORDS.words("group_nouns")
ORIGIN_CLASS_NOUNS = _WORDS.words("origin_class_nouns")
MEMBER_NOUNS = _WORDS.words("member_nouns")
STATE_MEMBER_NOUNS = _WORDS.words("state_member_nouns")
REGION_ADJECTIVES = _WORDS.words("region_adjectives")
COMPASS_ADJECTIVES = _WORDS.words("compass_adjectives")
RELATIONAL_NOUNS = _WORDS.words("relational_nouns")
SUBSTITUTE_NOUNS = _WORDS.words("substitute_nouns")
RELATUM_PREPS = _WORDS.words("relatum_preps")
EXPERIENCER_PREPS = _WORDS.words("experiencer_preps")
# Nouns and pronouns of one sex: "his daughter" is never the "he" of the next clause.
FEMALE_WORDS = _WORDS.words("female_nouns") | _WORDS.words("female_pronouns")
MALE_WORDS = _WORDS.words("male_nouns") | _WORDS.words("male_pronouns")
INSTRUMENT_NOUNS = _WORDS.words("instrument_nouns")
EXERTED_NOUNS = _WORDS.words("exerted_nouns")  # "U.S. pressure": the state presses
PEOPLE_NOUNS = _WORDS.words("people_nouns")
UNNAMED_PERSON_NOUNS = _WORDS.words("unnamed_person_nouns")
EPITHET_NOUNS = _WORDS.words("epithet_nouns")  # "the Canadian banker said": a person named before
SUSPECT_NOUNS = _WORDS.words("suspect_nouns")
PARTY_MEMBER_NOUNS = _WORDS.words("party_member_nouns")
OBJECT_CONTROL_PREPS = _WORDS.words("object_control_preps")
ACTED_AGAINST_PREPS = _WORDS.words("acted_against_preps")
VERBAL_EVENT_ROOTS = _WORDS.words("verbal_event_roots")
ACTOR_DESCRIPTION_NOUNS = _WORDS.words("actor_description_nouns")
STYLE_NOUNS = _WORDS.words("style_nouns")
WEATHER_ADJECTIVES = _WORDS.words("weather_adjectives")  # "it was mostly dry": an "it" of nothing
WEATHER_VERBS = _WORDS.words("weather_verbs")  # "it rained": an "it" of nothing
CONTENDER_NOUNS = _WORDS.words("contender_nouns")
RIVAL_NOUNS = _WORDS.words("rival_nouns")  # "lost orders to rivals in Korea": the rivals are in Korea
STANCE_STATING_VERBS = _WORDS.words("stance_stating_verbs")
STANCE_TO_NOUNS = _WORDS.words("stance_to_nouns")
CONTEST_VERBS = _WORDS.words("contest_verbs")
COUNTERPART_NOUNS = _WORDS.words("counterpart_nouns")
MINISTERIAL_TITLES = _WORDS.words("ministerial_titles")
TRADE_ROLE_NOUNS = _WORDS.words("trade_role_nouns")  # "its Philippine agent": a market, no office
BRAND_NOUNS = _WORDS.words("brand_nouns")  # "X, a Kestrel brand": X is Kestrel's
IGO_ENVOY_ROLES = _WORDS.words("igo_envoy_roles")
QUANTITY_NOUNS = _WORDS.words("quantity_nouns")
MAGNITUDE_NOUNS = _WORDS.words("magnitude_nouns")  # "the size of the deficit": a measure of a thing
QUANTITY_PAIRS = _WORDS.words("quantity_pairs")
TREND_NOUNS = _WORDS.words("trend_nouns")  # "a rise in protectionism in X": of protectionism in X
SHARE_NOUNS = _WORDS.words("share_nouns")
STAKE_VERBS = _WORDS.words("stake_verbs")  # a share of a firm held: rules.stake
STAKE_NOUNS = _WORDS.words("stake_nouns")
STAKE_AMOUNT_WORDS = _WORDS.words("stake_amount_words")
PART_OWNING_WORDS = _WORDS.words("part_owning_words")
REST_SHARE_WORDS = _WORDS.words("rest_share_words")  # "the balance", "the remaining 26 pct"
PARTITIVE_WORDS = _WORDS.words("partitive_words")
# Participles after a hyphen that say whose a thing is ("Kuwaiti-owned", "Liberian-registered"):
# the word before them owns the noun, as a state's adjective does (arguments._owners_by_participle).
OWNING_PARTICIPLES = _WORDS.words("owning_participles")
TICKET_NOUNS = _WORDS.words("ticket_nouns")
CROWD_NOUNS = _WORDS.words("crowd_nouns")
STANCE_PREFIXES = _WORDS.words("stance_prefixes")
ACTIVITY_GROUPS = _WORDS.mapping("activity_groups")
COUNTRY_NOUNS = _WORDS.words("country_nouns")
LED_BODY_HEAD_NOUNS = _WORDS.words("led_body_head_nouns")  # "the Greens leader": a body's head
OWN_COUNTRY_NOUNS = _WORDS.words("own_country_nouns")  # "his country": the person's state
COUNTRY_OWNER_NOUNS = COUNTRY_NOUNS - {"state"}  # "X, the country's largest insurer"
ALLEGATION_NOUNS = _WORDS.words("allegation_nouns")
REBUFFED_CLAIM_NOUNS = _WORDS.words("rebuffed_claim_nouns")  # "rejected claims by X"
INTRANSITIVE_EVENT_NOUNS = _WORDS.words("intransitive_event_nouns")
ROUTE_NOUNS = _WORDS.words("route_nouns")
PATIENT_NOUNS = _WORDS.words("patient_nouns")
NATURAL_FORCES = _WORDS.words("natural_forces")
FOUGHT_ILLS = _WORDS.words("fought_ills")
MARKET_WORDS = _WORDS.words("market_words")
MARKET_QUANTITY_NOUNS = _WORDS.words("market_quantity_nouns")  # "a Canadian demand for oil": no act
MARKET_DEMAND_MODIFIERS = _WORDS.words("market_demand_modifiers")  # "falling demand": a market's
PRODUCING_VERBS = _WORDS.words("producing_verbs")  # "a plant to produce X": X is a product
SITE_MAKING_VERBS = _WORDS.words("site_making_verbs")  # "X were built at the plant": X is a product
PREDICTION_VERBS = _WORDS.words("prediction_verbs")
CONCEDING_VERBS = _WORDS.words("conceding_verbs")
DEGREE_ADVERBS = _WORDS.words("degree_adverbs")
SIDING_VERBS = _WORDS.words("siding_verbs")
OPINION_VERBS = _WORDS.words("opinion_verbs")
KIND_LABEL_WORDS = {k: frozenset(v.split()) for k, v in _WORDS.mapping("kind_label_words").items()}
KIND_SECTORS = _WORDS.mapping("kind_sectors")
CLASS_PLURAL_KINDS = _WORDS.mapping("class_plural_kinds")  # "the banks" of a story naming no bank
SPEAKER_CONTINUING_ADVERBS = _WORDS.words("speaker_continuing_adverbs")
APPEAL_NOUNS = _WORDS.words("appeal_nouns")
CONDUCT_NOUNS = _WORDS.words("conduct_nouns")
APPEAL_FOR_VERBS = _WORDS.words("appeal_for_verbs")
FACT_NOUNS = _WORDS.words("fact_nouns")
# "there is a perception (signs, a belief) that X did Y": the list's own nouns of perception, the nouns of
# evidence and the stance nouns of believing, read from their lists so the readings never disagree
EXISTENTIAL_CLAIM_NOUNS = (
    _WORDS.words("existential_claim_nouns")
    | EVIDENCE_NOUNS
    | frozenset(noun for noun, verb in STANCE_NOUNS.items() if verb == "believe")
)
FAULT_NOUNS = _WORDS.words("fault_nouns")
RECEIVING_VERBS = _WORDS.words("receiving_verbs")
HOLDING_VERBS = _WORDS.words("holding_verbs")
LOSING_VERBS = _WORDS.words("losing_verbs")
UNDER_VERBS = _WORDS.words("under_verbs")
WAY_OPENING_PHRASES = _WORDS.words("way_opening_phrases")
NOT_ONLY_WORDS = _WORDS.words("not_only_words")
# "does not necessarily want X": a hedge, not a denial; "in some years (sometimes) did not": a partial one
HEDGED_DENIAL_WORDS = _WORDS.words("hedged_denial_words")
PARTIAL_DENIAL_ADVERBS = _WORDS.words("partial_denial_adverbs")
DEGREE_DENIAL_ADVERBS = _WORDS.words("degree_denial_adverbs")
PARTIAL_DENIAL_NOUNS = _WORDS.words("partial_denial_nouns")
PARTIAL_DENIAL_QUANTIFIERS = _WORDS.words("partial_denial_quantifiers")
# "was formerly owned by X": a state that held once and holds no more
ENDED_STATE_ADVERBS = _WORDS.words("ended_state_adverbs")
SENTENCE_OPENERS = _WORDS.words("sentence_openers")
CONTINUING_PRONOUNS = _WORDS.words("continuing_pronouns")
CONTRAST_PHRASES = _WORDS.words("contrast_phrases")
SUFFERED_NOUNS = _WORDS.words("suffered_nouns")
VERDICT_VERBS = _WORDS.words("verdict_verbs")
CAUSE_NOUNS = _WORDS.words("cause_nouns")
DOCUMENT_NOUNS = _WORDS.words("document_nouns")
AUTHOR_PREPS = _WORDS.words("author_preps")
DOCUMENT_VERBS = _WORDS.words("document_verbs")
FORECAST_MODALS = _WORDS.words("forecast_modals")
TRANSNATIONAL_ADJECTIVES = _WORDS.words("transnational_adjectives")
UNREALISED_MODIFIERS = _WORDS.words("unrealised_modifiers")
POSSIBILITY_HEADS = _WORDS.words("possibility_heads")
PARTICIPLE_OPENERS = _WORDS.words("participle_openers")
COMPASS_POINTS = _WORDS.words("compass_points")
ELICITING_VERBS = _WORDS.words("eliciting_verbs")
TRANSFER_VERBS = _WORDS.words("transfer_verbs")
APPLIED_AIMS = _WORDS.words("applied_aims")  # with entity_words.FORMING_VERBS: aims with no recipient
ACQUISITION_NOUNS = _WORDS.words("acquisition_nouns")
EMPTY_PREDICATES = _WORDS.words("empty_predicates")
FALSITY_ADJECTIVES = _WORDS.words("falsity_adjectives")
FALSE_CLAIM_WORDS = _WORDS.words("false_claim_words")  # with FALSITY_ADJECTIVES: a claim called false
TRUTH_ADJECTIVES = _WORDS.words("truth_adjectives")
NECESSITY_WORDS = _WORDS.words("necessity_words")
CONDITION_NOUNS = _WORDS.words("condition_nouns")
# bodies by their kind ("a government committee"): unnamed sources only when described (quotes.unnamed_source)
UNNAMED_BODY_NOUNS = _WORDS.words("unnamed_body_nouns")
UNNAMED_SOURCE_NOUNS = _WORDS.words("unnamed_source_nouns") | UNNAMED_BODY_NOUNS
# a committee of the banks that lent to a debtor ("Peru's bank advisory committee"): actors.creditors_body
CREDITOR_BODY_NOUNS = _WORDS.words("creditor_body_nouns")
CREDITOR_BODY_WORDS = _WORDS.words("creditor_body_words")
PROXIMITY_ADJECTIVES = _WORDS.words("proximity_adjectives")
SOURCE_GROUP_NOUNS = _WORDS.words("source_group_nouns")
QUOTING_VERBS = _WORDS.words("quoting_verbs")
REPORT_SOURCE_NOUNS = _WORDS.words("report_source_nouns")
REFERRING_GROUP_NOUNS = _WORDS.words("referring_group_nouns")

# Names and mentions
NAME_PARTICLES = _WORDS.words("name_particles")
STRAY_TITLE_WORDS = _WORDS.words("stray_title_words")
LOCAL_TITLES = _WORDS.words("local_titles")
# "the prime minister" -> the states that have no such office (the United States: its head of government is
# its president)
OFFICE_LACKING_STATES = {
    title: frozenset(code.upper() for code in codes.split())
    for title, codes in _WORDS.mapping("office_lacking_states").items()
}
TITLE_FILLERS = _WORDS.words("title_fillers")
TITLE_OBJECTS = _WORDS.words("title_objects")
TITLE_OBJECT_HEADS = _WORDS.words("title_object_heads")
COUNTRY_PARTS = _WORDS.words("country_parts")
DIRECTIONS = _WORDS.words("directions")
WHOLE_DIVISION_WORDS = _WORDS.words("whole_division_words")
NOT_REGIONS = _WORDS.words("not_regions")
NOT_ACTORS = _WORDS.words("not_actors")
PLATFORMS = _WORDS.words("platforms")
ABSOLUTE_PREPS = _WORDS.words("absolute_preps")
ABSOLUTE_STANDING_PREPS = _WORDS.words("absolute_standing_preps")
MEDIUM_PREPS = _WORDS.words("medium_preps")
MEDIUM_NOUNS = _WORDS.words("medium_nouns")
OUTLET_PREPS = _WORDS.words("outlet_preps")
HEARER_PREPS = _WORDS.words("hearer_preps")
SPEAKING_PARTICIPLES = _WORDS.words("speaking_participles")
FRONTED_TOPIC_PREPS = _WORDS.words("fronted_topic_preps")
SPOKEN_FOR_PREPS = _WORDS.words("spoken_for_preps")  # "For the Greens, X said …": his own side
PRESS_AUDIENCES = _WORDS.words("press_audiences")
BYGONE_STATE_WORDS = _WORDS.words("bygone_state_words")  # "until recently was reluctant to"
SPURIOUS_THING_WORDS = _WORDS.words("spurious_thing_words")  # "fake shoes": of the thing, no one's deed
NEWS_AGENCIES = _WORDS.words("news_agencies")  # "told Reuters that …": the press, no party
PRESS_OCCASION_NOUNS = _WORDS.words("press_occasion_nouns")
SPEECH_OCCASION_NOUNS = _WORDS.words("speech_occasion_nouns")  # "told a forum on trade": no edge to it
OCCASION_TOPIC_PREPS = _WORDS.words("occasion_topic_preps")
PRESS_ROLES = _WORDS.words("press_roles")
CIRCUMSTANCE_MARKS = _WORDS.words("circumstance_marks")
PLATFORM_TARGET_WORDS = _WORDS.words("platform_target_words")
GOVERNMENT_WORDS = _WORDS.words("government_words")
PARTY_GOVERNMENT_NOUNS = _WORDS.words("party_government_nouns")
PARTY_GOVERNMENT_ADJECTIVES = _WORDS.words("party_government_adjectives")
DELEGATION_NOUNS = _WORDS.words("delegation_nouns")
HEADING_VERBS = _WORDS.words("heading_verbs")
STATE_PARTY_NOUNS = _WORDS.words("state_party_nouns")
STATE_PARTY_TEAM_WORDS = _WORDS.words("state_party_team_words")

# Organisations and groups
ORGANISATION_VARIANTS = _WORDS.mapping("organisation_variants")
GROUP_FORMS = _WORDS.mapping("group_forms")
GENERIC_INSTITUTIONS = _WORDS.words("generic_institutions")
NATIONAL_NAME_WORDS = _WORDS.words("national_name_words")
AGENCY_PART_NOUNS = _WORDS.words("agency_part_nouns")
LIKENESS_SUFFIXES = _WORDS.words("likeness_suffixes")
SOVEREIGN_INSTITUTIONS = _WORDS.words("sovereign_institutions")
CHAMBER_STATES = {k: frozenset(v.split()) for k, v in _WORDS.mapping("chamber_states").items()}
ORG_SUFFIXES = _WORDS.words("org_suffixes")
FIRM_NAME_ENDINGS = _WORDS.words("firm_name_endings")  # "Malaysian Airline System"
MONEY_FLOW_WORDS = _WORDS.words("money_flow_words")
MONEY_LOSS_WORDS = _WORDS.words("money_loss_words")  # "a loss on Brazil"
PAYER_VERBS = _WORDS.words("payer_verbs")  # "Brazil stopped paying interest"
DEBT_TROUBLE_WORDS = _WORDS.words("debt_trouble_words")  # "the Brazilian debt crisis"


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


ADDITIVE_AFTER_NOT = _WORDS.words("additive_after_not")  # "not only X but also Y": both
NATIONAL_ADDRESS_WORDS = _WORDS.words("national_address_words")  # "a speech to the nation"
EVENT_MAKING_VERBS = _WORDS.words("event_making_verbs")  # "lodged a protest", "passed a bill"
EVENT_CAUSING_VERBS = _WORDS.words("event_causing_verbs")  # "could spark a dispute": a risk, no event
PROSPECT_MODALS = _WORDS.words("prospect_modals")  # "could", "may", "might"
DIPLOMATIC_MISSION_NOUNS = _WORDS.words("diplomatic_mission_nouns")
ADJECTIVE_ENDINGS = tuple(sorted(_WORDS.words("adjective_endings")))  # "Governmental", "Federal"
HEADED_GOVERNMENT_NOUNS = _WORDS.words("headed_government_nouns")
