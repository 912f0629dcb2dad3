"""The word lists of the entity stages (data/entity_words.tsv), by name, like words.py for the rules."""

from __future__ import annotations

from geokg.extract.lexicon.loader import Lists, read_table

_WORDS = Lists("entity_words.tsv")

LOCATIVE_PREPS = _WORDS.words("locative_preps")
# "filed suit against Finland": besides a direct object, how a firm's act takes a state as its object
STATE_OBJECT_PREPS = _WORDS.words("state_object_preps")
PLACE_KIND_NOUNS = _WORDS.words("place_kind_nouns")
# "state", "province": a place's kind written after its name ("Sao Paulo state")
PLACE_KINDS_AFTER_NAMES = PLACE_KIND_NOUNS | _WORDS.words("place_kinds_after_names")
PLACE_VERBS = _WORDS.words("place_verbs")
PLACE_ARTICLES = _WORDS.words("place_articles")
LOCAL_INSTITUTION_NOUNS = _WORDS.words("local_institution_nouns")
PLACE_NAMED_BANK_HEADS = _WORDS.words("place_named_bank_heads")
CITY_BODY_NAMES = _WORDS.words("city_body_names")
SHARED_AGENCY_NAMES = _WORDS.words("shared_agency_names")
PRODUCTION_SITE_NOUNS = _WORDS.words("production_site_nouns")
SITE_WORKING_VERBS = _WORDS.words("site_working_verbs")
PRESS_HEADS = _WORDS.words("press_heads")
NAME_JOINS = _WORDS.words("name_joins")
BODIES_NAMED_FOR = _WORDS.words("bodies_named_for")
JOINED_HEADS = _WORDS.words("joined_heads")
FIRM_PARTNER_WORDS = _WORDS.words("firm_partner_words")
FIRM_NAME_ANDS = _WORDS.words("firm_name_ands")
FOREIGN_NAME_JOINS = _WORDS.words("foreign_name_joins")
FOREIGN_VERB_JOINS = _WORDS.words("foreign_verb_joins")
FOREIGN_BODY_HEADS = _WORDS.words("foreign_body_heads")
FIRM_NAME_BREAKS = _WORDS.words("firm_name_breaks")
FIRM_SECTOR_WORDS = _WORDS.words("firm_sector_words")
# "Reserve Bank", "People's Bank": a name of a firm's trade words that a state's organ takes
STATE_ORGAN_FIRM_WORDS = _WORDS.words("state_organ_firm_words")
STATE_ORGAN_WORDS = _WORDS.words("state_organ_words")  # "Norway's Mapping Office": a part of the state
# "Bankverein", "Sparkasse", "Banco": a bank's name word, in the languages of its land
BANK_NAME_WORDS = _WORDS.words("bank_name_words")
# "Banque", "Bankhaus": a word of another language that opens a bank's name
FOREIGN_BANK_OPENERS = _WORDS.words("foreign_bank_openers")
# "Capital Markets", "Securities International": a firm's unit run into the firm's name
FIRM_UNIT_WORDS = _WORDS.words("firm_unit_words")
COMPANY_NAME_STARTS = _WORDS.words("company_name_starts")
FIRM_TRADE_ENDS = _WORDS.words("firm_trade_ends")
PROJECT_NOUNS = _WORDS.words("project_nouns")
CURRENCY_WORDS = _WORDS.words("currency_words")
AMOUNT_WORDS = _WORDS.words("amount_words")
# "$3.4m", "2bn": the short forms of a sum's magnitude, which the tokenizer splits off the number
MAGNITUDE_ABBREVIATIONS = _WORDS.words("magnitude_abbreviations")
OUTLET_SERVICES = _WORDS.words("outlet_services")
BROADCAST_NAME_WORDS = _WORDS.words("broadcast_name_words")
OUTLET_NAME_HEADS = _WORDS.words("outlet_name_heads")
TOWN_PAPER_HEADS = _WORDS.words("town_paper_heads")
US_JUDICIAL_CIRCUITS = _WORDS.words("us_judicial_circuits")
REGIONAL_BODY_NOUNS = _WORDS.words("regional_body_nouns")
PARTY_NOUNS = _WORDS.words("party_nouns")
PARTY_BODY_NOUNS = _WORDS.words("party_body_nouns")
ELECTION_NOUNS = _WORDS.words("election_nouns")
ELECTIVE_OFFICES = _WORDS.words("elective_offices")
CANDIDACY_NOUNS = _WORDS.words("candidacy_nouns")
CANDIDACY_VERBS = _WORDS.words("candidacy_verbs")
VAGUE_MODIFIERS = _WORDS.words("vague_modifiers")
TITLE_ADJECTIVES = _WORDS.words("title_adjectives")
NAME_LIKE_TITLES = _WORDS.words("name_like_titles")
NAME_SUFFIXES = _WORDS.words("name_suffixes")
GIVEN_NAMES = _WORDS.words("given_names")
POLICE_NOUNS = _WORDS.words("police_nouns")
OFFICE_SUBJECT_VERBS = _WORDS.words("office_subject_verbs")
BECOMING_VERBS = _WORDS.words("becoming_verbs")
NARRATIVE_LATER_ADVERBS = _WORDS.words("narrative_later_adverbs")
OFFICE_OBJECT_VERBS = _WORDS.words("office_object_verbs")
OFFICE_LEADING_VERBS = _WORDS.mapping("office_leading_verbs")
BODY_LEADING_VERBS = _WORDS.words("body_leading_verbs")
MEMBERSHIP_VERBS = _WORDS.mapping("membership_verbs")
NATIONAL_TITLES = _WORDS.words("national_titles")
MONARCH_TITLES = _WORDS.words("monarch_titles")
ROYAL_KIN_TITLES = _WORDS.words("royal_kin_titles")
ROYAL_BODIES = _WORDS.words("royal_bodies")
STAFF_TITLES = _WORDS.words("staff_titles")
DIPLOMATIC_TITLES = _WORDS.words("diplomatic_titles")
MEMBERSHIP_NOUNS = _WORDS.words("membership_nouns")
NATIONALITY_NOUNS = _WORDS.words("nationality_nouns")
PLACED_PERSON_NOUNS = _WORDS.words("placed_person_nouns")
COMPATRIOT_NOUNS = _WORDS.words("compatriot_nouns")
EXPERTISE_NOUNS = _WORDS.words("expertise_nouns")
FIRM_STAFF_NOUNS = _WORDS.words("firm_staff_nouns")
SEAT_PARTICIPLES = _WORDS.words("seat_participles")
PRODUCT_KIND_NOUNS = _WORDS.words("product_kind_nouns")
ADVERBIAL_IDIOMS = _WORDS.words("adverbial_idioms")
SUBJECT_IDIOMS = _WORDS.words("subject_idioms")  # "the jury is still out on X": undecided, no jury
VESSEL_KIND_NOUNS = _WORDS.words("vessel_kind_nouns")
# "counterfeit", "fake": a brand's plural after one is its goods ("fake Rolexes")
COUNTERFEIT_WORDS = _WORDS.words("counterfeit_words")
# "adviser", "host": a title set off after a name that a body holds too
BODY_HELD_TITLES = _WORDS.words("body_held_titles")
# "-export", "-import": the ending of a trade house's one-word name ("Stankoimport")
TRADE_HOUSE_ENDINGS = _WORDS.words("trade_house_endings")
WEAPON_NOUNS = _WORDS.words("weapon_nouns")
PEOPLE_WEAPON_NOUNS = _WORDS.words("people_weapon_nouns")
WEAPON_KIND_WORDS = _WORDS.words("weapon_kind_words")
STATE_GOODS = _WORDS.words("state_goods")
STATE_EMBLEMS = _WORDS.words("state_emblems")
STATE_COMMON_NOUNS = _WORDS.words("state_common_nouns")
COMMODITY_GRADES = _WORDS.words("commodity_grades")
COMMODITY_NAMES = _WORDS.words("commodity_names")
PLACE_GRADES = _WORDS.words("place_grades")
GRADE_NOUNS = _WORDS.words("grade_nouns")
# "rating", "downgrade", "debt": a sentence of credit ratings, whose "to AA" is a grade
RATING_WORDS = _WORDS.words("rating_words")
FUTURES_PLACES = _WORDS.words("futures_places")
SHARED_ORIGIN_WORDS = _WORDS.words("shared_origin_words")
PARTY_ROLES = _WORDS.words("party_roles")
PARTY_SEAT_TITLES = _WORDS.words("party_seat_titles")
CHAMBER_NOUNS = _WORDS.words("chamber_nouns")
CHAMBER_BODY_NOUNS = _WORDS.words("chamber_body_nouns")
BARE_ORGAN_NOUNS = _WORDS.words("bare_organ_nouns")
NOT_DESCRIPTIONS = _WORDS.words("not_descriptions")
FOREIGN_MODIFIERS = _WORDS.words("foreign_modifiers")
OWN_STATE_NOUNS = _WORDS.words("own_state_nouns")
HOME_MODIFIERS = _WORDS.words("home_modifiers")
STATE_EMPLOY_PARTICIPLES = _WORDS.words("state_employ_participles")
FIRM_OR_WORKER_NOUNS = _WORDS.words("firm_or_worker_nouns")
COMPANY_SUFFIXES = _WORDS.words("company_suffixes")
COMPANY_NAME_ENDS = _WORDS.words("company_name_ends")
# The legal forms as names' keys write them: lower case, no stops ("co", "ag", "plc").
LEGAL_FORM_KEYS = frozenset(word.replace(".", "") for word in COMPANY_NAME_ENDS)
LEGAL_FORM_STATES = _WORDS.mapping("legal_form_states")
BODY_SEATS = {seat: frozenset(keys.split()) for seat, keys in _WORDS.mapping("body_seats").items()}
BUSINESS_NAME_ENDS = _WORDS.words("business_name_ends")
PARTNER_CONJUNCTIONS = _WORDS.words("partner_conjunctions")
JOINTLY_OWNED_NOUNS = _WORDS.words("jointly_owned_nouns")
STATE_GROUP_HEADS = _WORDS.words("state_group_heads")
STATE_GROUP_PREPOSITIONS = _WORDS.words("state_group_prepositions")
EVENT_NOUNS = _WORDS.words("event_nouns")
TRADE_MEASURE_NOUNS = _WORDS.words("trade_measure_nouns")
TRADE_CONTEXT_MEASURE_NOUNS = _WORDS.words("trade_context_measure_nouns")
MEASURE_CHANGING_VERBS = _WORDS.words("measure_changing_verbs")
MONEY_BILL_MODIFIERS = _WORDS.words("money_bill_modifiers")  # "export bills", "Treasury bills"
WON_CONTEST_NOUNS = _WORDS.words("won_contest_nouns")
WINNING_VERBS = _WORDS.words("winning_verbs")
QUIT_CONTEST_NOUNS = _WORDS.words("quit_contest_nouns")
QUITTING_VERBS = _WORDS.words("quitting_verbs")
WITHDRAWING_VERBS = _WORDS.words("withdrawing_verbs")
VIOLENT_EVENT_NOUNS = _WORDS.words("violent_event_nouns")
ANAPHORIC_DETERMINERS = _WORDS.words("anaphoric_determiners")
TIME_OWNERS = _WORDS.words("time_owners")
WEAPON_EVENT_NOUNS = _WORDS.words("weapon_event_nouns")
SEQUENCE_WORDS = _WORDS.words("sequence_words")
NAMED_EVENTS = _WORDS.words("named_events")
LOCAL_TITLE_WORDS = _WORDS.words("local_title_words")
LOCAL_OFFICE_NOUNS = _WORDS.words("local_office_nouns")
DIVISIONAL_TITLES = _WORDS.mapping("divisional_titles")
DIVISIONAL_OFFICES = _WORDS.mapping("divisional_offices")
DIVISION_GOVERNMENT_WORDS = _WORDS.words("division_government_words")
FACILITY_NOUNS = _WORDS.mapping("facility_nouns")
SURNAME_FACILITY_NOUNS = _WORDS.words("surname_facility_nouns")
KIN_NOUNS = _WORDS.words("kin_nouns")
WIFE_NOUNS = _WORDS.words("wife_nouns")
PERSONAL_TITLES = _WORDS.words("personal_titles")
STORM_WORDS = _WORDS.words("storm_words")
TROPICAL_STORM_WORDS = _WORDS.words("tropical_storm_words")
GATHERING_HEADS = _WORDS.words("gathering_heads")
GATHERING_TITLE_HEADS = _WORDS.mapping("gathering_title_heads")
GATHERING_NOUNS = _WORDS.words("gathering_nouns")
GATHERING_RECURRENCE_WORDS = _WORDS.words("gathering_recurrence_words")
OPERATION_OPENERS = _WORDS.words("operation_openers")
OPERATION_HEADS = _WORDS.words("operation_heads")
LAUNCHING_VERBS = _WORDS.words("launching_verbs")
PERSON_HONORIFICS = _WORDS.words("person_honorifics")
RANK_TITLES = _WORDS.words("rank_titles")
PATRONYMIC_ENDINGS = _WORDS.words("patronymic_endings")  # "Kairat-uly", "Petrovich"
PLACE_NAME_OPENERS = _WORDS.words("place_name_openers")  # "Sidi X", "Ain Y": places
SEA_HEADS = _WORDS.words("sea_heads")  # "the Gulf of X": a place
PEER_TITLES = _WORDS.words("peer_titles")  # "Lord X", "Lords X, Y and Z": persons
FEMALE_TITLES = _WORDS.words("female_titles")
MALE_TITLES = _WORDS.words("male_titles")
PERSON_NOUNS = _WORDS.words("person_nouns")
SITE_NOUNS = _WORDS.words("site_nouns")
ORGANISATION_HEADS = _WORDS.words("organisation_heads")
MEMBER_BODY_HEADS = _WORDS.words("member_body_heads")  # "the Kestrel Growers Association": speaks for members
PLACE_NAMED_BODY_HEADS = _WORDS.words("place_named_body_heads")  # "the Asia Society": a body
OUTLET_KIND_NOUNS = _WORDS.words("outlet_kind_nouns")  # "the Kuwaiti daily al-Qabas": an outlet
BODY_TAILS = _WORDS.words("body_tails")
MOUNT_WORDS = _WORDS.words("mount_words")
CLOCK_WORDS = _WORDS.words("clock_words")
DISEASE_HEADS = _WORDS.words("disease_heads")
LAW_HEADS = _WORDS.words("law_heads")
FUND_HEADS = _WORDS.words("fund_heads")
TREATY_HEADS = _WORDS.words("treaty_heads")  # "Agreement" of "the International Coffee Agreement"
DOCUMENT_NAMES = _WORDS.words("document_names")  # "the White Paper", "the Queen's Speech": no actors
PROGRAMME_NOUNS = _WORDS.words("programme_nouns")
PROGRAMME_PEOPLE = _WORDS.words("programme_people")
WORK_NOUNS = _WORDS.words("work_nouns")
TITLE_SMALL_WORDS = _WORDS.words("title_small_words")
TITLE_TAIL_WORDS = _WORDS.words("title_tail_words")
ANIMAL_NOUNS = _WORDS.words("animal_nouns")
AREA_FIRST_WORDS = _WORDS.words("area_first_words")
BODY_HEADS = _WORDS.mapping("body_heads")
BAND_NOUNS = _WORDS.words("band_nouns")
ELECTORATE_NOUNS = _WORDS.words("electorate_nouns")
SEAT_DIRECTION_WORDS = _WORDS.words("seat_direction_words")  # "Leicester South": a seat
FIRM_DEAL_VERBS = _WORDS.words("firm_deal_verbs")  # "X was auctioned off": X is a firm
FIRM_DEAL_NOUNS = _WORDS.words("firm_deal_nouns")  # "the sale of X": X is a firm
FIRM_STAKE_NOUNS = _WORDS.words("firm_stake_nouns")  # "X's shares": X is a firm
FIRM_HOLDING_NOUNS = _WORDS.words("firm_holding_nouns")  # "a stake in X": X is a firm
FIRM_BID_NOUNS = _WORDS.words("firm_bid_nouns")  # "X's bid for Y": X is a firm
FIRM_BID_MODIFIERS = _WORDS.words("firm_bid_modifiers")  # "a hostile bid"
FIRM_EXECUTIVE_NOUNS = _WORDS.words("firm_executive_nouns")  # "X's chief executive": X is a firm
FIRM_RESEARCH_WORDS = _WORDS.words("firm_research_words")  # "market analyst X": X is a firm
FIRM_TRADE_HEADS = _WORDS.words("firm_trade_heads")  # "miner X": X is a firm
FIELD_NOUNS = _WORDS.words("field_nouns")
DEGREE_WORDS = _WORDS.words("degree_words")
STUDY_NOUNS = _WORDS.words("study_nouns")
CHAIR_NOUNS = _WORDS.words("chair_nouns")
VENUE_NOUNS = _WORDS.words("venue_nouns")
SITE_PREPS = _WORDS.words("site_preps")
SETTLEMENT_NOUNS = _WORDS.words("settlement_nouns")
TEAM_NOUNS = _WORDS.words("team_nouns")
OFFICE_BODIES = _WORDS.mapping("office_bodies")
BARE_OFFICE_BODIES = _WORDS.mapping("bare_office_bodies")
BODY_KINDS = _WORDS.mapping("body_kinds")
BODY_LEVELS = _WORDS.mapping("body_levels")
NOMINATION_NOUNS = _WORDS.words("nomination_nouns")
DIVISION_NOUNS = _WORDS.words("division_nouns")
LOCATED_VERBS = _WORDS.words("located_verbs")
STREET_NOUNS = _WORDS.words("street_nouns")
AWARD_HEADS = _WORDS.words("award_heads")
AWARD_NAMES = _WORDS.words("award_names")

RELIGIONS = _WORDS.words("religions")
GROUP_NAME_WORDS = _WORDS.words("group_name_words")
DOCTRINES = _WORDS.words("doctrines")
NOTION_ENDINGS = _WORDS.words("notion_endings")
GROUP_PREFIXES = _WORDS.words("group_prefixes")
THING_NOUNS = _WORDS.words("thing_nouns")
HEADLINE_ACT_NOUNS = _WORDS.words("headline_act_nouns")  # "U.S. Decision Based on ...": no body
CRAFT_NOUNS = _WORDS.words("craft_nouns")
LANDFORM_NOUNS = _WORDS.words("landform_nouns")
BODY_KIND_NOUNS = _WORDS.words("body_kind_nouns")
GROUP_MEMBER_KINDS = _WORDS.mapping("group_member_kinds")
BODY_PARTS = _WORDS.words("body_parts")
PAST_ADVERBS = _WORDS.words("past_adverbs")
OFFICE_LEAVING_VERBS = _WORDS.words("office_leaving_verbs")
DECADE_WORDS = _WORDS.mapping("decade_words")
DATING_PREPS = _WORDS.words("dating_preps")
UNDATING_VERBS = _WORDS.words("undating_verbs")
TERM_PREPS = _WORDS.words("term_preps")
TERM_UNITS = _WORDS.words("term_units")
FURNITURE_OPENERS = _WORDS.words("furniture_openers")
FURNITURE_MARKS = _WORDS.words("furniture_marks")
FURNITURE_WORDS = _WORDS.words("furniture_words")
BRANCH_REGIONS = _WORDS.words("branch_regions")
NAMING_VERBS = _WORDS.words("naming_verbs")
FORMING_VERBS = _WORDS.words("forming_verbs")
OTHER_BODY_WORDS = _WORDS.words("other_body_words")
CONTRIBUTION_CREDITS = _WORDS.words("contribution_credits")
CLUB_PREFIXES = _WORDS.words("club_prefixes")
CLUB_SUFFIXES = _WORDS.words("club_suffixes")
SUMMIT_GROUP_NOUNS = _WORDS.words("summit_group_nouns")
SUMMIT_GROUP_MARKS = _WORDS.words("summit_group_marks")
SUMMIT_GROUP_MODIFIERS = _WORDS.words("summit_group_modifiers")
CLUB_NOUNS = _WORDS.words("club_nouns")
SHARED_CLUB_NOUNS = _WORDS.words("shared_club_nouns")
MATCH_VERBS = _WORDS.words("match_verbs")
STATE_OFFICES = _WORDS.words("state_offices")
HEADLINE_SMALL_WORDS = _WORDS.words("headline_small_words")
PORTFOLIO_TITLES = _WORDS.words("portfolio_titles")
STATE_PORTFOLIO_TITLES = _WORDS.words("state_portfolio_titles")
MARKET_FUND_NOUNS = _WORDS.words("market_fund_nouns")
MINISTRY_PORTFOLIO_WORDS = _WORDS.words("ministry_portfolio_words")
PORTFOLIO_BODY_HEADS = _WORDS.words("portfolio_body_heads")
PORTFOLIO_HEADS_AFTER = _WORDS.words("portfolio_heads_after")
PORTFOLIO_BODY_OFFICERS = _WORDS.words("portfolio_body_officers")
STATE_BACKING_MODIFIERS = _WORDS.words("state_backing_modifiers")
PORTFOLIO_STOP_WORDS = _WORDS.words("portfolio_stop_words")  # "minister of state", "of religion"
MEASURE_NAMES = _WORDS.words("measure_names")
KIN_GROUP_NOUNS = _WORDS.words("kin_group_nouns")
KIN_GROUP_WORDS = _WORDS.words("kin_group_words")


def _related_party_nouns() -> dict[str, bool]:
    """related_parties.tsv: the nouns naming others by how they stand to someone, each with whether a
    demonym before it names the one they stand to ("U.S. allies") rather than their own state."""
    out: dict[str, bool] = {}
    for row in read_table("related_parties.tsv", ("noun", "demonym", "note"), ("noun",)):
        if row["demonym"] not in ("", "yes"):
            raise row.error(f"demonym is 'yes' or empty, not {row['demonym']!r}")
        if row["noun"] in out:
            raise row.error(f"{row['noun']!r} is listed twice")
        out[row["noun"]] = row["demonym"] == "yes"
    return out


RELATED_PARTY_NOUNS = _related_party_nouns()


METRO_PREFIXES = _WORDS.words("metro_prefixes")
TOWN_GOVERNMENT_HEADS = _WORDS.words("town_government_heads")

# "the cartel" -> {"OPEC"}: the international bodies a common noun may stand for once named
IGO_KIND_NOUNS = {noun: frozenset(keys.split(";")) for noun, keys in _WORDS.mapping("igo_kind_nouns").items()}


def unused_lists() -> list[str]:
    """Lists of entity_words.tsv that no constant here reads."""
    return _WORDS.unused()
