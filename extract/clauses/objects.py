"""What a verb acts on, as typed slots: each slot is one entity with the words that link it to the verb.

Slot kinds (the rules in rules.py choose theirs):
- object: a direct object, dative, attribute or predicate ("attacked Ukraine", "is the leader of X");
- object_noun: an entity reached through a non-entity object ("launched assaults on Iraqis");
- owner: whose role a copula's attribute is ("X is Trump's envoy");
- prep: a prepositional object ("sent aid to Pakistan");
- prep_noun: an entity reached through a prepositional object's noun ("spoke about the threat from Iran");
- circumstance: an event noun that places the clause ("during talks with Iran"): the noun is the event;
- adjective: a copula's adjective with its preposition ("is critical of Russia");
- content: the subject of reported content ("said that Navalny was poisoned");
- object_place: a place the parser hung on the direct object ("killed X in Hodeida"): where the act was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from geokg.extract.clauses.arguments import (
    TOPIC_ID_PREFIX,
    ArgumentResolver,
    Ref,
    goods_noun,
    proposed_words,
    rebuffed_claim,
)
from geokg.extract.clauses.quotes import (
    document_content,
    hearer_content,
    held_belief,
    refused,
    reports,
    set_against,
    voiced_noun,
)
from geokg.extract.clauses.subjects import extraposed_likelihood, find_subject, judged_for_clause
from geokg.extract.clauses.voice import (
    apposed_participle,
    in_headline,
    is_negated,
    is_passive,
    misparsed_subject,
    opens_time,
    particle_words,
    shared_object,
    stolen_by_next_clause,
    subordinators,
    taken_object,
    trailing_speaker,
)
from geokg.extract.entities.actors import sector_of_noun
from geokg.extract.entities.coref import expletive
from geokg.extract.entities.countries import is_demonym, lookup_country
from geokg.extract.entities.events import PLACE_PREPS
from geokg.extract.entities.mentions import is_person_noun, product_of_firm
from geokg.extract.entities.places import is_sea
from geokg.extract.entities.roles.clauses import one_of_roles
from geokg.extract.entities.titles import is_body_leader_modifier, is_role_word, is_title_modifier
from geokg.extract.io.wire import is_dateline_dash
from geokg.extract.lexicon.cameo import (
    AID_ROOT,
    FIGHT_ROOT,
    FORCE_ROOTS,
    NO_DIRECT_OBJECT,
    Sense,
    best_reading,
    event_root,
    has_particle,
    listed_noun,
    noun_classes,
    sector_of,
    verb_roots,
)
from geokg.extract.lexicon.entity_words import (
    AMOUNT_WORDS,
    CURRENCY_WORDS,
    MAGNITUDE_ABBREVIATIONS,
    OWN_STATE_NOUNS,
    PERSON_NOUNS,
    PLACE_KIND_NOUNS,
    VAGUE_MODIFIERS,
    WITHDRAWING_VERBS,
)
from geokg.extract.lexicon.syntax import (
    AMOUNT_LABELS,
    COPULA_COMPLEMENT_DEPS,
    FINITE_TAGS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    PARTY_LABELS,
    PLACE_LABELS,
    PRENOMINAL_DEPS,
    TIME_LABELS,
    VERB_POS,
    after_particle,
    first_conjunct,
    fronted,
    lemma_in,
    preposition_of,
    relation_noun,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ABSOLUTE_PREPS,
    ABSOLUTE_STANDING_PREPS,
    ACCORD_NOUNS,
    ACCORD_VERBS,
    ACT_NOUNS,
    ADDED_PARTY_PREPS,
    AIMED_MEASURE_NOUNS,
    ALLEGATION_NOUNS,
    APPEAL_FOR_VERBS,
    APPEAL_NOUNS,
    ATTENDED_MEETING_NOUNS,
    ATTENDING_VERBS,
    BARE_INFINITIVE_OBJECT_VERBS,
    BEHALF_NOUNS,
    BEHEST_PREPS,
    BENEFICIARY_NOUNS,
    BROADCAST_SERVICE_NOUNS,
    CAUSE_PREPS,
    CHARGE_VERBS,
    CIRCUMSTANCE_PREPS,
    COMPANY_NOUNS,
    COMPARISON_NOUNS,
    COMPARISON_PREPS,
    CONDITION_MARKS,
    CONDITIONED_EASING_VERBS,
    CONDITIONED_MEASURE_NOUNS,
    CONDUCT_NOUNS,
    CONFORMITY_PHRASES,
    CONTENT_PREPS,
    CONTEST_VERBS,
    DATING_EVENT_PREPS,
    DEATH_VERBS,
    DEBT_STANDING_NOUNS,
    DEED_NOUNS,
    DEFIANCE_PREPS,
    DEFIED_NOUNS,
    DENIAL_VERBS,
    DOCUMENT_NOUNS,
    ECONOMIC_CONTEST_WORDS,
    ECONOMY_NOUNS,
    EMPTY_OBJECT_IDIOMS,
    EVENT_PARTNER_PREPS,
    EXISTENTIAL_CLAIM_NOUNS,
    EXPERIENCER_PREPS,
    FACT_NOUNS,
    FAULT_NOUNS,
    FIRM_NOUNS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PRONOUNS,
    FIRST_PREPOSITION_WORDS,
    FOLLOWED_MEETING_NOUNS,
    FOLLOWED_MEETING_PREPS,
    FORUM_NOUNS,
    FORUM_TAKING_VERBS,
    GENERIC_INSTITUTIONS,
    GIVEN_AS_NOUNS,
    GO_BETWEEN_NOUNS,
    GOODS_MEASURE_NOUNS,
    GOODS_NOUNS,
    GOODS_PARTNER_PREPS,
    GRIEVANCE_PREPS,
    GROUP_NOUNS,
    HARSHER_MEASURE_NOUNS,
    HEADLINE_VIEW_VERBS,
    HEARSAY_NOUNS,
    IDENTITY_NOUNS,
    INDEPENDENT_POSSESSIVES,
    INTENT_NOUNS,
    INTRANSITIVE_EVENT_NOUNS,
    INVESTIGATED_DEED_PREPS,
    ISSUING_VERBS,
    JOINING_VERBS,
    JOURNEYS_ON,
    LOCATED_THING_NOUNS,
    LODGED_GRIEVANCE_NOUNS,
    LOOK_THROUGH_PREPS,
    MAGNITUDE_NOUNS,
    MEANS_PREPS,
    MEASURE_ACT_NOUNS,
    MEASURE_NOUNS,
    MEDIUM_PREPS,
    MEMBERSHIP_NOUN_PREPS,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_POSITION_PREPS,
    MOTION_VERBS,
    NAMING_NOUNS,
    NOUN_PREPS,
    OCCASION_NOUNS,
    OCCASION_PREPS,
    OFFICE_LEAVING_VERBS,
    ORGAN_NOUNS,
    ORIGIN_CLASS_NOUNS,
    OWNED_THING_NOUNS,
    OWNING_VERBS,
    PARTITIVE_WORDS,
    PEOPLE_NOUNS,
    PERCENT_NOUNS,
    PERMISSION_VERBS,
    PLACE_NOUNS,
    PLACING_HEADS,
    PLACING_PREPS,
    PLATFORM_TARGET_WORDS,
    PLATFORMS,
    POINTING_NOUNS,
    PREFERENCE_PREPS,
    PRICE_MOVE_VERBS,
    PROPOSAL_NOUNS,
    PURPOSE_PREPS,
    QUALITY_NOUNS,
    QUANTITY_NOUNS,
    QUANTITY_PAIRS,
    QUESTION_MARKS,
    RANGE_TOPIC_NOUNS,
    RANKING_VERBS,
    REBUFF_MANNER_WORDS,
    RECALLED_MEASURE_DETERMINERS,
    RECALLED_MEASURE_NOUNS,
    RECALLED_MEASURE_VERBS,
    RECEPTION_NOUNS,
    RECIPROCAL_VERBS,
    REFLEXIVE_PRONOUNS,
    REGARDING_VERBS,
    RELATIONAL_NOUNS,
    RELATIVE_PRONOUNS,
    RELATUM_PREPS,
    REMOTE_SPEECH_NOUNS,
    REMOTE_SPEECH_VERBS,
    REPORTING_VERBS,
    REPRISAL_MANNER_WORDS,
    REPRISAL_NOUNS,
    REPRISAL_RESPONSE_VERBS,
    REQUEST_VERBS,
    REQUIREMENT_NOUNS,
    RESPECT_PHRASES,
    RESPONSE_NOUNS,
    REST_SHARE_WORDS,
    RESTRICTIVE_RELATIVES,
    RIVAL_NOUNS,
    ROUND_JOURNEYS,
    ROUTE_PREPS,
    RUNNING_VERBS,
    SECOND_PREPOSITION_WORDS,
    SHARE_NOUNS,
    SHOWN_QUALITIES,
    SOUGHT_FOR_VERBS,
    SPEECH_OCCASION_NOUNS,
    SPEECH_OCCASION_PREPS,
    SPEECH_TOPIC_PREPS,
    SPEECH_VENUE_PREPS,
    SPEECH_VERBS,
    SPENDING_VERBS,
    STAKE_NOUNS,
    STAKE_VERBS,
    STANDING_NOUNS,
    STATE_SETTING_VERBS,
    STATUS_PUTTING_VERBS,
    STATUS_WORDS,
    SUBSTITUTE_NOUNS,
    SUFFERED_NOUNS,
    TARGET_PREPS,
    TASK_HELD_PHRASES,
    TIME_COUNT_NOUNS,
    TIME_FRAME_NOUNS,
    TIME_PREPS,
    TOPIC_TURNS,
    TRADE_FLOW_NOUNS,
    TRADE_WORDS,
    TRADED_GOODS_NOUNS,
    TRANSFER_VERBS,
    TREND_NOUNS,
    UNIT_NOUNS,
    UNNAMED_BODY_NOUNS,
    VALUE_ADJECTIVES,
    VALUE_PARTICIPLES,
    VIEWPOINT_NOUNS,
    VIEWPOINT_PREPS,
    VOICING_VERBS,
    WHEN_PREPS,
    WRONG_ACT_NOUNS,
)
from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class Slot:
    # object | object_noun | owner | prep | prep_noun | circumstance | adjective | content | object_place |
    # sense (a phrase that only selects the verb's sense: no relation of its own) | defied (another's
    # stance the deed is done against: "despite Peru's objections"; its tail is the stance's predicate)
    kind: str
    # The predicate's words after the verb ("to", "aid to", "leader of"); for a circumstance, the event
    # noun with its preposition ("talk with"), which is the whole predicate.
    tail: str
    ref: Ref
    prep: str = ""  # the preposition linking the slot to the verb (or, through a noun, to that noun)
    noun: str = ""  # the noun the entity is reached through ("meeting" in "arranged a meeting between X")
    tokens: tuple[int, ...] = ()  # the words of `tail` in the sentence ("talks", "with")
    clause: int = -1  # of a content slot: the verb of the reported clause the entity is the subject of
    scope: int = -1  # of a content slot: the verb heading all that is reported (where a stance is read)
    # of a content slot: the reported clause acts on the speaker ("X said Y had asked her to sing"), so
    # its own fact relates the two, and a plain word "about" Y adds nothing
    to_speaker: bool = False
    # of a content slot: the clause is the speaker's own belief inside the report ("X said he was sure Y
    # would …"), read as said directly, though a view of what ought to be asks nothing of anyone
    believed: bool = False
    # of a circumstance slot: the entity and the state it acts for ("a meeting between India's minister A
    # and B" sides A with India, which then meets no one of its own); of a topic slot of a claim's own deed
    # ("said he would raise taxes"), the doer the claim's pronoun stands for
    side: frozenset[str] = frozenset()


class Reach(NamedTuple):
    """An entity reached from a noun through a preposition: "sanctions on Iran" -> ("sanction on", Iran)."""

    phrase: str  # the noun's lemma and the preposition
    ref: Ref
    tokens: tuple[int, ...]  # the noun and the preposition in the sentence


def _name_start(noun: Token) -> int:
    """Where the proper name whose last word is `noun` starts ("Mirage" of "the Super Mirage")."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].pos_ == "PROPN" and noun.doc[start - 1].head.i == noun.i:
        start -= 1
    return start


def _sides_mediated(args: ArgumentResolver, noun: Token, prep: Token, pobj: Token) -> list[tuple[Ref, int]]:
    """The parties, with their "between", of the quarrel a go-between noun (words.tsv go_between_nouns) is
    "in" or "of": "a mediator in the dispute between X and Y" mediates between X and Y. A quarrel whose
    parties are not named with it ("a mediator in the dispute") gives none: they are not guessed."""
    if noun.lemma_.lower() not in GO_BETWEEN_NOUNS or prep.lower_ not in ("in", "of"):
        return []
    if not relation_noun(pobj):
        return []
    return [
        (ref, between.i)
        for between in pobj.children
        if between.dep_ == "prep" and between.lower_ == "between"
        for side in between.children
        if side.dep_ == "pobj"
        for ref in args.resolve(side)  # (a name resolves its conjuncts)
    ]


def through_noun(
    args: ArgumentResolver,
    noun: Token,
    preps: frozenset[str] = NOUN_PREPS,
    depth: int = 0,
    look_through: bool = False,
) -> list[Reach]:
    """Entities reached from a non-entity noun through its prepositions. With `look_through`, an event
    noun's plain object leads on one step: "withholding of loans to Peru", "an inquiry into
    abuses by the governor"."""
    out: list[Reach] = []
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" and product_of_firm(noun.doc, _name_start(noun), noun.i + 1):
        return out  # "narrowed its options to the Falcon of Dassault": the firm's product, no party
    if lemma in TIME_FRAME_NOUNS or lemma in COMPARISON_NOUNS:
        return out  # "the third impeachment in the history of X", "grew in contrast to Y": no party
    # "speak the languages of X", "adopted the name of Y": whose language or name, no party; but "accepted the
    # language of X's proposal" is the wording of a thing of X's, and reaches X as "accept proposal of" does
    identity = (lemma in IDENTITY_NOUNS or lemma in NAMING_NOUNS) and noun.pos_ == "NOUN"
    if _time_count(noun):
        return out  # "assigned rates for the first time in Japan": how often, and where; no party
    if _relational(noun):
        preps = preps - RELATUM_PREPS  # "bought a stake in a rival to X", "an alternative to X's plan"
    if _range_of_topics(noun):
        preps = preps - {"from", "to"}  # "on issues from Iraq to school fees": examples, no party reached
    investigation = event_root(lemma, noun=True) == INVESTIGATE_ROOT
    head = noun
    summed = _sum_of_things(noun)
    if lemma in QUANTITY_NOUNS or summed:
        # "a wave of strikes on Lebanon", even when the parser hangs "on Lebanon" on "wave"; "20 billion dlrs
        # of Mexico's debt": the sum says how much of it
        counted = _after_of(noun)
        if counted is not None:
            lemma, head = counted.lemma_.lower(), counted
    out.extend(_membership_body(args, noun))
    topic = _trend_topic(args, noun)
    if topic is not None:
        # "worried about a rise in protectionism in the U.S. Congress": about protectionism there
        lemma, head = topic.lemma_.lower(), topic
        out.extend(through_noun(args, topic, preps, depth, look_through))
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or _origin(prep) or remote_place(prep):
            continue
        if topic is not None and topic.head == prep:
            continue  # the trend's own topic, read above
        if depth == 0 and speech_occasion_on_object(prep):
            continue  # "promised retaliation in a speech to X": the speech places the verb's act
        reached = len(out)
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or medium(prep, pobj) or respect_phrase(prep, pobj):
                continue
            if _partitive(noun, prep, pobj):
                continue  # "scored the biggest coup of the U.S. firms": among them, not of them
            if absolute_subject(prep, pobj):
                continue
            if _claim_looked_into(noun, prep, pobj):
                continue  # "an inquiry into U.S. claims": the claimant is no one the inquiry is into
            refs = [r for r in args.resolve(pobj) if not _state_waters(prep, pobj, r)]
            if identity:
                refs = [r for r in refs if r.via == "possessor" and pobj.pos_ == "NOUN"]
                if not refs:
                    continue  # the state, people or name itself after "of" (see above): no further reading
            if _act_site(noun, prep):
                refs = [r for r in refs if not r.entity_id.startswith("place:")]
            if occasion(prep, pobj):
                refs = [r for r in refs if r.via != "possessor"]
            if lemma in SHARE_NOUNS and not any(c.dep_ == "poss" for c in pobj.children):
                refs = [r for r in refs if r.via != "possessor"]  # "45% of the Indian market": not of India
            owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in pobj.children)
            if owned and prep.lower_ in PURPOSE_PREPS:
                # "convicted of fraud for their actions": the owner of what a charge is for is no party to it
                refs = [r for r in refs if r.via != "possessor"]
            if look_through and depth == 0 and investigation and _sufferers(args, pobj):
                # "an inquiry into X's death" looks into what happened to X (protesting X's arrest is not
                # protesting X: only an investigation is about the one it happened to)
                refs = list({r.entity_id: r for r in _sufferers(args, pobj)}.values())
            if refs:
                out.extend(
                    Reach(f"{lemma} {prep.lower_}{_goods_of(r, pobj)}", r, (head.i, prep.i)) for r in refs
                )
                if event_root(lemma, noun=True):
                    # "a meeting at the State Department with Zebari": the parser hangs the second
                    # phrase on the first; both belong to the event.
                    for inner in pobj.children:
                        if inner.dep_ == "prep" and inner.lower_ in EVENT_PARTNER_PREPS:
                            for obj in inner.children:
                                out.extend(
                                    Reach(f"{lemma} {inner.lower_}", r, (head.i, inner.i))
                                    for r in args.resolve(obj)
                                )
            elif depth == 0 and (sides := _sides_mediated(args, noun, prep, pobj)):
                # "offered himself as a mediator in the dispute between X and Y": the mediator of a quarrel
                # stands between its parties, the same reach as "a mediator between X and Y"
                out.extend(Reach(f"{lemma} between", r, (head.i, i)) for r, i in sides)
            elif depth == 0 and pobj.pos_ == "NOUN" and (partners := _partners_on_goods(args, lemma, pobj)):
                # "placed an order for six aircraft with X": the parser hangs the event's other party on
                # what the event is for; the event's row with that preposition says X is its party
                out.extend(Reach(f"{lemma} {p}", r, (head.i, i)) for p, r, i in partners)
            elif depth == 0 and prep.lower_ == "on" and not look_through and _flow_of_goods(pobj):
                # "eased export controls on sales to the Soviet Union": a measure on goods moving to a buyer
                # reaches the buyer through the flow ("control on sale to"), as an event noun looked through
                # does ("a ban on shipments to Iran", below)
                out.extend(
                    Reach(f"{lemma} on {r.phrase}", r.ref, (head.i, prep.i, *r.tokens))
                    for r in through_noun(args, pobj, preps=frozenset({"to"}), depth=depth + 1)
                )
            elif prep.lower_ == "of" and _measure_act(noun, pobj):
                # "called for the imposition of sanctions on X", "the lifting of tariffs on imports from Y":
                # an act on a measure reaches the measure's target through it; the measure stays in the
                # phrase ("imposition of sanction on"), the act's word is the event (lifting imposes nothing)
                out.extend(
                    Reach(f"{lemma} of {r.phrase}", r.ref, (head.i, prep.i, *r.tokens))
                    for r in through_noun(args, pobj, frozenset(_TARGET_PREPS), depth, _event_noun(pobj))
                )
            elif depth == 0 and prep.lower_ == "of" and (noun.lemma_.lower() in QUANTITY_NOUNS or summed):
                # (before the owned things: "a series of loans to Peru" is the loans' own "to")
                out.extend(through_noun(args, pobj, depth=depth + 1))
            elif (
                depth == 0
                and not look_through
                and pobj.pos_ == "NOUN"
                and pobj.lemma_.lower() in OWNED_THING_NOUNS
            ):
                # "warned against forgiveness of the debt of Latin America": the owner of a thing held or owed
                # that the act is on is reached through it, the thing kept ("forgiveness of debt of")
                out.extend(
                    Reach(f"{lemma} {prep.lower_} {r.phrase}", r.ref, (head.i, prep.i, *r.tokens))
                    for r in through_noun(args, pobj, preps=frozenset({"of"}), depth=depth + 1)
                )
            elif depth == 0 and pobj.lemma_.lower() in UNIT_NOUNS:
                # "in dispute with a subsidiary of Acme": a firm's unit unnamed is reached through its owner
                out.extend(
                    Reach(f"{lemma} {prep.lower_} {r.phrase}", r.ref, (head.i, prep.i, *r.tokens))
                    for r in through_noun(args, pobj, preps=frozenset({"of"}), depth=depth + 1)
                )
            elif depth == 0 and pobj.pos_ == "NOUN" and (look_through or _membership_of(lemma, pobj)):
                # "a call for a quota on migrants" calls for the quota, not for the migrants: the noun looked
                # through stays in the phrase; the plain object of "of" is the event's own ("withholding of
                # aid to Peru" withholds from Peru)
                inner_preps = LOOK_THROUGH_PREPS
                if investigation:
                    # "his investigation of the sale of arms to Libya" investigates the sale and who made it,
                    # not the state the arms went to
                    inner_preps = INVESTIGATED_DEED_PREPS
                if pobj.lemma_.lower() in MEMBERSHIP_NOUNS:
                    inner_preps = inner_preps | MEMBERSHIP_NOUN_PREPS  # "application for membership in X"
                inner = through_noun(args, pobj, preps=inner_preps, depth=depth + 1)
                out.extend(
                    Reach(
                        f"{lemma} {prep.lower_}" + ("" if prep.lower_ == "of" else f" {r.phrase}"),
                        r.ref,
                        (head.i, prep.i) if prep.lower_ == "of" else (head.i, prep.i, *r.tokens),
                    )
                    for r in inner
                )
        if placing_phrase(prep):
            # "an offensive north of Baghdad", "an assault near the port of Basra": where, not on whom
            out[reached:] = [reach for reach in out[reached:] if not _a_place(reach.ref)]
    # "duties on European exports to the Gulf": goods bound for a region go to a market, no party
    return [r for r in out if not (_bound_for(r.phrase) and _stateless_place(args, r.ref))]


def _measure_act(noun: Token, measure: Token) -> bool:
    """Is the noun an act that puts on or takes off a measure (measure_act_nouns: "imposition", "lifting")
    and the object of its "of" such a measure ("of sanctions", "of penalties")?"""
    if noun.lemma_.lower() not in MEASURE_ACT_NOUNS or measure.pos_ != "NOUN":
        return False
    return measure.lemma_.lower() in AIMED_MEASURE_NOUNS | HARSHER_MEASURE_NOUNS


def _event_noun(noun: Token) -> bool:
    """Does the noun name an event (cameo.tsv), whose plain objects lead on one step (through_noun)?"""
    return event_root(noun.lemma_.lower(), noun=True) is not None


def _act_site(noun: Token, prep: Token) -> bool:
    """ "separate elimination of missiles in Europe", "opposed deployment of troops in Asia": an act noun
    with its own object after "of" (a common noun, no sum: "investment of 5 bln dlrs in X" says what went
    where) says with "in" where the act is done; the place (a region or town, not a state) is no partner of
    the verb. "sent troops to Europe", "aid to Europe" are no "in"."""
    if prep.lower_ != "in" or noun.pos_ != "NOUN":
        return False
    for of in noun.children:
        if of.dep_ != "prep" or of.lower_ != "of" or of.i > prep.i:
            continue
        for thing in of.children:
            if thing.dep_ != "pobj" or thing.pos_ != "NOUN" or thing.ent_type_:
                continue
            lemma = thing.lemma_.lower()
            counted = any(c.dep_ == "nummod" for c in thing.children)
            if lemma in QUANTITY_NOUNS or lemma in UNIT_NOUNS or counted:
                continue
            return True
    return False


def _time_count(noun: Token) -> bool:
    """ "for the first time in X", "for a second year in Y": a count of occasions or spans (time_count_nouns)
    after "for" says how often or how long, and the place in it only where."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.lower_ in TIME_COUNT_NOUNS


def _relational(noun: Token) -> bool:
    """Does the noun name an actor or thing by its relation to another (relational_nouns but people and
    groups, as "supporters of X", whom acting on is acting on X's side; substitute_nouns: "a rival to X",
    "a partner of X", "an alternative to X's plan"), as no predicate of the subject ("Y is (much more of) a
    rival of X", "Y, a partner of X", "ran as the running mate of X" say the relation itself)? What is done
    to it is not done to the other, whom its relatum_preps name; "colleagues in X" are X's own people."""
    lemma = noun.lemma_.lower()
    if lemma not in (RELATIONAL_NOUNS - GROUP_NOUNS - PEOPLE_NOUNS) | SUBSTITUTE_NOUNS:
        return False
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        if node.head.lower_ == "as":
            return False  # "went as the running mate of X"
        node = node.head.head
    return node.dep_ not in ("attr", "oprd", "appos", "acomp")


def _of_quality(noun: Token) -> bool:
    """Does the noun name, after "of", a quality a thing has for someone ("areas of particular concern to
    X", "a project of great importance for Y"; quality_nouns)? Its "to"/"for" says who is concerned, whom
    the verb acting on the thing does nothing to ("posed a threat to X", "expressed concern to X" are no
    such "of" phrase)."""
    return (
        noun.lemma_.lower() in QUALITY_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ == "of"
    )


def _quality_experiencer(prep: Token) -> bool:
    """Is a verb's "to"/"for" right after "of (particular) concern" (_of_quality) the one concerned, which
    the parser hung on the verb ("named several areas of particular concern to X")?"""
    if prep.lower_ not in EXPERIENCER_PREPS or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.i != prep.head.i and before.pos_ == "NOUN" and _of_quality(before)


def _trend_topic(args: ArgumentResolver, noun: Token) -> Token | None:
    """The topic of a noun of a trend ("a rise in protectionism", "the spread of terrorism"): the common
    noun its "in" or "of" names, which stands for nobody and is no sum ("a rise of 5 pct" has none). The
    trend is no part of a predicate the topic can carry: "worried about a rise in protectionism in X" is
    worried about protectionism in X."""
    if noun.lemma_.lower() not in TREND_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or amount_word(pobj) or _counted(pobj):
                continue
            if pobj.lemma_.lower() in TIME_FRAME_NOUNS or args.resolve(pobj):
                continue  # "a rise in Japan's exports" is reached through its owner as it stands
            return pobj
    return None


def _owned_unit(noun: Token) -> bool:
    """A firm's unit ("Zenith's subsidiary") or a thing of its owner with a name of its own ("Acme's KXYZ-TV
    station", "Zenith's Mobile Tire unit"): no part of the owner the owner could stand for. Nor is anything
    of an owner that changes hands ("sold Acme's broadcast properties", transfer_verbs): the owner is not
    sold."""
    if noun.pos_ != "NOUN":
        return False
    item = noun
    while item.dep_ == "conj":
        item = item.head  # "sold its tire business and Acme's broadcast properties"
    if item.dep_ == "dobj" and item.head.lemma_.lower() in TRANSFER_VERBS:
        return True
    owners = [c.i for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return noun.lemma_.lower() in UNIT_NOUNS
    # a name after the owner's possessive is the thing's own, not its owner's ("the G7's action" has none)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > owners[0] for c in noun.children)
    return named or noun.lemma_.lower() in UNIT_NOUNS


def _after_of(noun: Token) -> Token | None:
    """The common noun of a noun's first "of" ("a wave of strikes", "dozens of vessels"), or None."""
    things = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return things[0] if things and things[0].pos_ == "NOUN" else None


def counted_things(noun: Token) -> Token | None:
    """ "hit dozens of vessels", "launched a wave of attacks": the things a quantity noun (words.tsv
    quantity_nouns) counts, which are what the verb acts on as much as the count is, or None."""
    return _after_of(noun) if noun.lemma_.lower() in QUANTITY_NOUNS else None


def _sum_of_things(noun: Token) -> bool:
    """ "20 billion dlrs of Mexico's debt", "two mln barrels of Iraqi oil": a sum or a measure of a thing,
    looked through to the thing; not a share ("45 pct of the Indian market" is no share of India,
    share_nouns)."""
    return amount_word(noun) and noun.ent_type_ != "PERCENT" and noun.lemma_.lower() not in SHARE_NOUNS


def _membership_body(args: ArgumentResolver, noun: Token) -> list[Reach]:
    """ "requested EC membership", "applied for NATO membership": the body named before a noun of membership
    is the body to be joined, as in "membership of the EC" ("membership of" it). Only an organisation, and
    only where the noun has no "of"/"in" phrase of its own; a state before it is the member ("Spain's NATO
    membership" is read through the state's own words)."""
    if noun.lemma_.lower() not in MEMBERSHIP_NOUNS:
        return []
    if any(c.dep_ == "prep" and c.lower_ in MEMBERSHIP_NOUN_PREPS for c in noun.children):
        return []
    bodies = _bodies_named_before(args, noun, ("compound", "nmod"))
    return [Reach(f"{noun.lemma_.lower()} of", ref, (noun.i,)) for ref in bodies]


def _bodies_named_before(
    args: ArgumentResolver, noun: Token, deps: tuple[str, ...], conjuncts: bool = False
) -> list[Ref]:
    """The organisations the modifiers before the noun name ("the IMF meeting", "EC membership"), by the
    modifiers' dependencies; with `conjuncts`, each coordinated one ("the IMF and World Bank meetings")."""
    holders = [c for c in noun.children if c.i < noun.i and c.dep_ in deps]
    return [
        ref
        for holder in holders
        for name in ((holder, *holder.conjuncts) if conjuncts else (holder,))
        for ref in args.resolve(name)
        if ref.entity_id.startswith("org:")
    ]


def _membership_of(lemma: str, noun: Token) -> bool:
    """ "made an application for membership in X": an event's membership leads on to the body it is of,
    wherever the event noun stands (an object of a light verb too)."""
    return noun.lemma_.lower() in MEMBERSHIP_NOUNS and event_root(lemma, noun=True) is None


def _partners_on_goods(args: ArgumentResolver, lemma: str, goods: Token) -> list[tuple[str, Ref, int]]:
    """The parties of an event noun that the parser hangs on the noun of what it is for ("an order for six
    aircraft with X", "a contract for ten ships from Y"), where the event noun's own CAMEO row with that
    preposition takes them and gives a code (cameo.tsv "order with object=@ORG", "contract from"; a bare
    row does not do: "a meeting on trade with X" is read as it was): (preposition, party, its token)."""
    found = []
    for inner in goods.children:
        if inner.dep_ != "prep" or inner.lower_ not in GOODS_PARTNER_PREPS:
            continue
        for obj in inner.children:
            for ref in args.resolve(obj) if obj.dep_ == "pobj" else []:
                sense = Sense((inner.lower_,), {inner.lower_: args.sense_words(obj, ref)})
                reading = best_reading(lemma, noun=True, sense=sense)
                if reading is not None and reading.code and reading.particle == inner.lower_:
                    found.append((inner.lower_, ref, inner.i))
    return found


def _goods_of(ref: Ref, pobj: Token) -> str:
    """ "tariff cuts on U.S. goods": an act on a state's goods keeps them in its phrase ("on goods of"); so
    does a noun reached through the owner's own going ("the advantages of the UK's entry": "advantage of
    entry of" the UK, not the UK's advantages)."""
    if ref.via == "possessor" and _owners_going(pobj):
        return f" {pobj.lemma_.lower()} of"
    return f" {pobj.lower_} of" if ref.via == "possessor" and pobj.lower_ in GOODS_NOUNS else ""


def _owners_going(noun: Token) -> bool:
    """Is the noun one of an event its owner does alone (intransitive_event_nouns: "the UK's entry",
    "Peru's withdrawal")? Reached through it, the owner's act stays in the phrase."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in INTRANSITIVE_EVENT_NOUNS


def _second_preposition(prep: Token) -> Token | None:
    """ "dropped out of the race", "pulled out of the deal": the parser hangs "of" on "out", so the phrase
    has no object of its own; its second word carries the object of the whole two-word preposition. Only
    on a verb of withdrawing: "won with 92 votes out of 160" is a share, not a way out."""
    if prep.lower_ not in FIRST_PREPOSITION_WORDS or any(c.dep_ == "pobj" for c in prep.children):
        return None
    if prep.head.lemma_.lower() not in WITHDRAWING_VERBS:
        return None
    inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ in SECOND_PREPOSITION_WORDS]
    return inner[0] if len(inner) == 1 else None


def _bound_for(phrase: str) -> bool:
    """Does a reach's phrase end in goods moving to it ("export to", "shipment to": trade_flow_nouns)?"""
    words = phrase.split()
    return len(words) >= 2 and words[-1] == "to" and words[-2] in TRADE_FLOW_NOUNS


def _stateless_place(args: ArgumentResolver, ref: Ref) -> bool:
    """Is the entity a region or another place of no state (a LOC: "the Gulf", "Asia")?"""
    entity = args.entities.entity(ref.entity_id)
    return entity is not None and entity.type == "LOC"


def _apposed_second_object(obj: Token) -> bool:
    """Is a direct object set off by a comma after an earlier one of the same verb (or of a verb joined to it)
    a description of the name before it ("hosting a dinner for X and had invited Y, the union's leader") that
    the parser hung on the verb?"""
    start = obj.left_edge.i
    if start == 0 or obj.doc[start - 1].text != ",":
        return False
    verb = obj.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    return any(c.dep_ == "dobj" and c.i < start and c != obj for v in verbs for c in v.children)


def _holders_of(prep: Token) -> bool:
    """Is a verb's "of" right after the person it acts on ("met King Fahd of Saudi Arabia", "received
    President Roca of Peru") the person's, whose state or body it names, which the parser hung on the verb?"""
    if prep.lower_ != "of" or prep.head.pos_ not in ("VERB", "AUX") or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    person = before.ent_type_ == "PERSON" and before.dep_ in ("dobj", "dative") and before.head == prep.head
    named = any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in prep.children)
    return person and named


def _members_kept_apart(prep: Token) -> bool:
    """Is a verb's "outside"/"inside" (words.tsv membership_position_preps) right after a common noun of a
    class it acts on ("called on oil producers outside OPEC to curb output", "urged exporters inside the
    group to ...") the class's own bound, the body its members are or are not in, which the parser hung on
    the verb? That body is no party to the verb."""
    if prep.lower_ not in MEMBERSHIP_POSITION_PREPS or prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    before = prep.doc[prep.i - 1]
    if before.pos_ != "NOUN" or before.dep_ not in ("dobj", "pobj") or prep.head not in before.ancestors:
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in prep.children)


def _flow_destination(prep: Token) -> bool:
    """Is a verb's "to"/"into" right after a noun of goods moving ("imports", "exports", "shipments",
    words.tsv trade_flow_nouns) the goods' destination, which the parser hung on the verb?"""
    if prep.lower_ not in ("to", "into") or prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return _flow_of_goods(prep.doc[prep.i - 1])


def _range_of_topics(noun: Token) -> bool:
    """ "felt let down on issues from Iraq to school fees", "on matters from farm aid to Cuba": a plural noun
    of topics (words.tsv range_topic_nouns) whose "from" phrase is closed by "to" spans a range; its two
    ends are examples of the topics, no party nor place the verb reaches."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in RANGE_TOPIC_NOUNS:
        return False
    doc = noun.doc
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == noun.i + 1:
            after = prep.right_edge.i + 1
            return after < len(doc) and doc[after].lower_ == "to"
    return False


def _end_of_a_range(prep: Token) -> bool:
    """Is a verb's "to" the end of a range of topics the parser hung on the verb ("on issues from Iraq to
    school fees": _range_of_topics)?"""
    if prep.lower_ != "to" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    doc = prep.doc
    return any(
        t.dep_ == "prep" and t.lower_ == "from" and t.right_edge.i == prep.i - 1 and _range_of_topics(t.head)
        for t in doc[max(0, prep.i - 12) : prep.i]
    )


def _flow_of_goods(noun: Token) -> bool:
    """Is the noun a common noun of goods moving from one market to another ("sales", "shipments": words.tsv
    trade_flow_nouns) that names nobody itself?"""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in TRADE_FLOW_NOUNS or noun.lower_ in TRADE_FLOW_NOUNS)


def respect_phrase(prep: Token, noun: Token) -> bool:
    """ "in terms of the ban", "with regard to Peru": a preposition made of a preposition and a noun says
    in what respect; "in the aftermath of X's pact", "in the run-up to the talks" say when; what follows is
    no party to the act nor its place (respect_phrases). "in accord with the ministry's guidelines" says what
    the act conforms to, but "in accord with Chile" an agreement with a party (conformity_phrases)."""
    lemma = noun.lemma_.lower()
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].tag_ == "HYPH" and doc[noun.i - 2].head.i == noun.i:
        lemma = f"{doc[noun.i - 2].lower_}-{lemma}"  # "run-up", "lead-up": the parser splits the word
    phrase = f"{prep.lower_} {lemma}"
    if phrase in CONFORMITY_PHRASES:
        return not _with_party(noun)
    return phrase in RESPECT_PHRASES


def _task_held(prep: Token, noun: Token) -> bool:
    """ "is in charge of the ministry", "the official in charge of the talks": a preposition and a bare event
    noun (no determiner) that say who holds a task (task_held_phrases) name no event of the noun's own."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "in the charge of the police": in its custody
    return f"{prep.lower_} {noun.lemma_.lower()}" in TASK_HELD_PHRASES


def _with_party(noun: Token) -> bool:
    """Does the noun's "with" object, or one of its conjuncts, name a party: a name of a state, body, people
    or person, or an actor's noun ("the government")? "with the ministry's guidelines" names a thing."""
    return any(
        target.ent_type_ in PARTY_LABELS or sector_of_noun(target) is not None
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for target in (pobj, *pobj.conjuncts)
    )


def _experiencer(prep: Token, verb: Token, copula: bool) -> bool:
    """ "the charity is part-time for me", "it was hard for Peru": after a copula with its attribute, "for"
    names whose view or lot the attribute is, not a party the subject acts on. So does a viewpoint: "in the
    eyes of X", "in X's view" (viewpoint_nouns) with any verb, and "To Lima, the fund is the root of all
    evil" (viewpoint_preps) fronted before a copular clause's subject and closed by a comma ("is a threat to
    Lima" after the attribute stays the attribute's)."""
    if prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in VIEWPOINT_NOUNS and _of_someone(c) for c in prep.children
    ):
        return True
    if not copula:
        return False
    if prep.lower_ in VIEWPOINT_PREPS:
        return fronted(prep, verb)
    if prep.lower_ not in PURPOSE_PREPS:
        return False
    return any(c.dep_ in COPULA_COMPLEMENT_DEPS for c in verb.children)


def _of_someone(noun: Token) -> bool:
    """Does a viewpoint noun name whose it is ("X's view", "the eyes of X")? "in view of the crisis", with no
    article, gives a cause, which other readings handle."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return owned or (of and any(c.dep_ == "det" for c in noun.children))


def _author_of_object(prep: Token, verb: Token) -> bool:
    """ "is reading a novel by X", "sang a song by Y": in an active clause, "by" after the direct object
    names who made the object (the parser hangs it on the verb), not whom the verb acts on."""
    if prep.lower_ != "by" or any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        return False  # "a lawsuit filed by X": the participle's doer
    return any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


def _inside_name(word: Token) -> bool:
    """Is a copula's attribute word only part of an entity's name, not its last word ("ex" and "-" of
    "ex-Muslim", which the parser may each make an attribute)?"""
    following = word.i + 1 < len(word.doc) and word.doc[word.i + 1].ent_iob_ == "I"
    return bool(word.ent_type_) and following


def restricted(obj: Token) -> bool:
    """Does a relative clause with no comma before it restrict the object ("one convert who found it easy",
    "any minister that backed the plan")? Whatever the parser hangs the clause on, the relative word
    right after the object's words marks it."""
    if any(c.dep_ == "relcl" and c.i > obj.i for c in obj.children):
        return not (obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].text == ",")
    end = obj.right_edge.i + 1
    while end < len(obj.doc) and obj.doc[end].ent_iob_ == "I":
        end += 1  # the rest of the object's name, when the parser split it ("ex", "-", "Muslim")
    return end < len(obj.doc) and obj.doc[end].lower_ in RESTRICTIVE_RELATIVES


def _adjunct(prep: Token, acted_on: str) -> bool:
    """A phrase of cause ("due to a love interest in X") always, and one of purpose ("endorsed X for the
    election", "commended X for his empathy towards Y") or preference ("supported X over Y") once the
    verb has its entity object, says why or instead of whom the verb acts, not on whom. A passive's
    subject is its object, but "X was blamed for the bombing" names only through "for" what X is blamed
    for: there only a noun's reach is dropped ("was commended for his empathy towards Y")."""
    word = prep.lower_
    return word in CAUSE_PREPS or (acted_on == "object" and word in PURPOSE_PREPS | PREFERENCE_PREPS)


def medium(prep: Token, pobj: Token) -> bool:
    """ "said on Twitter", "gave his condolences via Twitter", "posted a message on Facebook": a platform
    after a preposition of publishing is the medium of the act, no party to it, whatever word the parser
    hangs the phrase on. Not after a word whose "on" names its target ("a ban on TikTok", "relies on
    YouTube"); and a platform's thing ("commented on Facebook's decision") is not the platform. So is a
    broadcaster's service a deed other than speech goes out on ("sang on Chicago radio", "appeared on
    Iranian television"), and a state's service words are said on ("said on U.S. television that ...",
    "said on Peruvian radio"): no named outlet, only the medium; words said on a named one are its to carry
    (rules._said_on_outlet: "said on NBC television that ...")."""
    if prep.lower_ not in MEDIUM_PREPS or prep.head.lemma_.lower() in PLATFORM_TARGET_WORDS:
        return False
    verb = prep.head
    service = pobj.lemma_.lower() in BROADCAST_SERVICE_NOUNS and verb.pos_ in VERB_POS
    if service and (not reports(verb) or _states_service(pobj)):
        return True
    names = [t.lower_ for t in pobj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return pobj.lower_ in PLATFORMS or " ".join([*names, pobj.lower_]) in PLATFORMS


def _states_service(service: Token) -> bool:
    """ "U.S. television", "Peruvian radio", "official Chilean television": a broadcaster's service named only
    by a state's word (and plain adjectives), no outlet's name ("NBC television")."""
    mods = [t for t in service.lefts if t.dep_ != "det"]
    states = [t for t in mods if is_demonym(t.text) or lookup_country(t.text) is not None]
    return bool(states) and all(t in states or (t.dep_ == "amod" and not t.ent_type_) for t in mods)


def absolute_subject(prep: Token, pobj: Token) -> bool:
    """ "returned to the side with Smith again taking the gloves": "with" and a noun followed by a participle
    of its own is an absolute clause, the noun its subject and no companion of the verb. The parser hangs
    the participle on the main verb; one it hangs on the noun ("met with officials representing the union")
    describes the noun and is left alone."""
    if prep.lower_ not in ABSOLUTE_PREPS:
        return False
    if _standing_given(prep, pobj):
        return True
    for word in pobj.doc[pobj.right_edge.i + 1 : pobj.right_edge.i + 4]:
        if word.dep_ == "advmod":
            continue  # "with Smith again taking"
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
        return word.tag_ in ("VBG", "VBN") and word.dep_ == "advcl" and not subject
    return False


def _standing_given(prep: Token, pobj: Token) -> bool:
    """ "greeted by crowds, with the singer Anna Berg and Tom Hale among the supporters": the names after
    "with" have a place of their own (an "among" phrase, hung on a name or right after the names on the
    verb), so the phrase is an absolute clause and the names no companions of the greeting."""
    names = (pobj, *pobj.conjuncts)
    standings = [c for n in names for c in n.children if c.dep_ == "prep"]
    after = prep.right_edge.i + 1
    if after < len(prep.doc) and prep.doc[after].dep_ == "prep":
        standings.append(prep.doc[after])
    return any(s.lower_ in ABSOLUTE_STANDING_PREPS and _standing_place(s) for s in standings)


def _standing_place(standing: Token) -> bool:
    """ "among his supporters" places the names; "among others" / "among them" only says they were not alone
    ("met with Berg among others"), so the "with" phrase stays the verb's."""
    places = [c for c in standing.children if c.dep_ == "pobj"]
    return any(p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in ("other", "others") for p in places)


def _framing_accord(prep: Token, pobj: Token) -> bool:
    """ "under a separate agreement", "under the pact": an accord (accord_nouns) after "under" is the frame
    an act is done under, never its object."""
    return prep.lower_ == "under" and pobj.lemma_.lower() in ACCORD_NOUNS


def occasion(prep: Token, pobj: Token) -> bool:
    """ "announced the plan at the party's debate", "spoke during the government's briefing": an occasion
    after at/during says when the act was done, and its owner only hosts it: no party to the act (a named
    occasion, "spoke at the Munich Security Conference", stays the place of the act)."""
    return prep.lower_ in OCCASION_PREPS and pobj.lemma_.lower() in OCCASION_NOUNS


def _set_off(prep: Token, verb: Token) -> bool:
    """A comparison ("Unlike Peru, Chile …", "acted like a dictator") is never what the verb acts on; nor is
    a "with" phrase fronted before the subject and set off by a comma ("With so many students in the city,
    the mayor can seize the chance"): it sets the scene for the whole clause. A verb of joint action or
    speech keeps its partner there ("With reporters, the minister discussed the plan")."""
    if prep.lower_ in COMPARISON_PREPS:
        return True
    if prep.lower_ != "with" or prep.i > verb.i or verb.lemma_.lower() in RECIPROCAL_VERBS | SPEECH_VERBS:
        return False
    return fronted(prep, verb)


def _added_party(prep: Token) -> bool:
    """ "In addition to Acme Bank, telexes were sent by Beta Bank", "Besides Kenya, Chile criticised Peru",
    "along with Peru": a preposition that adds a party doing the same (added_party_preps) names no object or
    partner of the verb, whatever the parser hangs its words on (syntax.preposition_of)."""
    return any(
        word.dep_ == "pobj" and preposition_of(word) in ((prep, phrase) for phrase in ADDED_PARTY_PREPS)
        for word in prep.subtree
    )


def _gapped_place(obj: Token, verb: Token) -> bool:
    """ "because of measures Peru has been taking in the Pacific": a relative clause with a subject of its
    own and no relative word (a contact clause) has the noun it is on for its object; a place the parser
    makes the verb's object right after a preposition it took for a particle ("in" as RP) is where the verb
    acts, not what it acts on."""
    # (a sea the tagger took for a people, "the Adriatic", is a place too: entities/retyping reads it so)
    if obj.dep_ != "dobj" or verb.dep_ != "relcl" or obj.ent_type_ not in (*PLACE_LABELS, "NORP"):
        return False
    if any(c.lower_ in RESTRICTIVE_RELATIVES or c.tag_ in RELATIVE_TAGS for c in verb.children):
        return False  # "the ships that sail in the Gulf": a relative word, which may be the subject
    if not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    return after_particle(obj, PLACE_PREPS)


# The tags of relative words ("which", "who", "whose", "where")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _enclosed_apart(word: Token, verb: Token) -> bool:
    """ "had not intended when it passed the bill -- overriding President X's veto -- to hurt Y": a word
    inside a parenthetical set off by dashes or brackets, with the verb outside it, is the parenthetical's,
    never the verb's object, whatever head the parser gives it."""
    sent = word.sent
    before = [t for t in word.doc[sent.start : word.i] if is_dateline_dash(t) or t.text in ("(", ")")]
    after = [t for t in word.doc[word.i + 1 : sent.end] if is_dateline_dash(t) or t.text in ("(", ")")]
    if not before or not after:
        return False
    opening, closing = before[-1], after[0]
    dashes = is_dateline_dash(opening) and is_dateline_dash(closing)
    brackets = (opening.text, closing.text) == ("(", ")")
    return (dashes or brackets) and not opening.i < verb.i < closing.i


def _occasion_in(prep: Token, refs: list[Ref], has_patient: bool) -> bool:
    """ "suffered wounds in the attack", "In the 1988 election, X served as …": an event the verb happens
    "in", once the verb has what it acts on or when the phrase opens the clause before its subject, is the
    occasion of the act, not a party to it ("died in the attack" keeps it: its victim rule reads it, and
    "took part in the election" has no other object)."""
    if prep.lower_ != "in" or not refs or not all(r.entity_id.startswith("event:") for r in refs):
        return False
    subjects = [c.i for c in prep.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    return has_patient or (bool(subjects) and prep.i < min(subjects))


def _role_played(prep: Token, pobj: Token) -> bool:
    """ "ran as the Reform Party nominee", "designated X as the nation's security minister": an office
    after "as" is the role the subject or object plays, never another party, whoever else coreference or
    the office's owner ("the nation's") makes of it; its "of" phrase stays ("served as president of X")."""
    return prep.lower_ == "as" and is_role_word(pobj.lemma_.lower())


def _taken_for(prep: Token, pobj: Token) -> bool:
    """ "took the families in as refugees", "backs Peru as a U.S. ally": a common noun after "as" says
    what the object or subject is taken for, and is no other party, whatever entity it or its modifiers
    resolve to. A place in something is a relation to that ("elected as a member of Parliament")."""
    if prep.lower_ != "as":
        return False
    if pobj.pos_ == "PROPN" and _likeness(pobj):
        return True
    pobj = _member_of_kind(pobj)
    return pobj.pos_ == "NOUN" and not any(c.dep_ == "prep" for c in pobj.children)


def _likeness(name: Token) -> bool:
    """ "described the plan as a 'farmers' NATO'": a name with an indefinite article and an owner or quotes
    of its own is a likeness, not its bearer; "served as a Republican" names the party he belongs to."""
    children = list(name.children)
    articled = any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ARTICLES for c in children)
    return articled and any(c.dep_ == "poss" or c.tag_ in ("``", "''") for c in children)


_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _member_of_kind(pobj: Token) -> Token:
    """ "chosen as one of the country's new industries": after "as", one or some of a kind say what the
    thing is taken for as the kind's noun does ("industries"), whoever owns the kind; else the word itself."""
    counted = pobj.pos_ == "NUM" and pobj.dep_ != "nummod"
    if not counted and pobj.lemma_.lower() not in PARTITIVE_WORDS:
        return pobj
    kinds = [
        k
        for of in pobj.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for k in of.children
        if k.dep_ == "pobj" and k.pos_ == "NOUN" and k.tag_ == "NNS"
    ]
    return kinds[0] if len(kinds) == 1 else pobj


def _charge_phrase(verb: Token) -> tuple[Token, Token] | None:
    """ "accused the U.S. of torture", "charged X with fraud": the preposition that names the wrong (on the
    verb or, as the parser often hangs it, on the accused) and the wrong's noun."""
    word = CHARGE_VERBS.get(verb.lemma_.lower())
    if word is None:
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == word):
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                return prep, noun
    return None


def _charge(verb: Token) -> tuple[str, tuple[int, ...]]:
    """The wrong a verb of charging names is part of its relation to the accused ("accuse of torture");
    a tail and its words, or nothing."""
    found = _charge_phrase(verb)
    if found is None:
        return "", ()
    prep, noun = found
    return f"{prep.lower_} {noun.lemma_.lower()}", (prep.i, noun.i)


def _after_charge(prep: Token) -> bool:
    """ "accused X of torture at Camp Y", "charged X with fraud in Z": once the accused is the object, the
    phrase of the wrong is the predicate, and a place phrase says where the wrong (or the charge) was
    done; neither is a second party."""
    found = _charge_phrase(prep.head)
    return found is not None and (prep == found[0] or prep.lower_ in PLACE_PREPS)


def _joined_from(prep: Token) -> bool:
    """ "will join the Union from the Andean Community": once a verb of joining has the body joined, a
    "from" phrase is where the subject comes from, not a second body it joins."""
    return prep.lower_ == "from" and prep.head.lemma_.lower() in JOINING_VERBS


def _role_to_be(verb: Token) -> tuple[str, tuple[int, ...]]:
    """ "tapped X to be its vice presidential nominee", "picked X to be envoy": the role the object is
    given is part of the relation ("tap as nominee"); a tail and its words, or nothing."""
    for xcomp in verb.children:
        if xcomp.dep_ != "xcomp" or xcomp.lemma_ != "be":
            continue
        for attr in xcomp.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and is_role_word(attr.lemma_.lower()):
                return f"as {attr.lemma_.lower()}", (attr.i,)
    return "", ()


def _journey_on(noun: Token) -> bool:
    """ "on a four-day visit to Peru", "on his trip to Chile": a journey of the subject's own (an
    indefinite one, or one a possessive pronoun gives him), no one else's ("commented on the visit to Peru
    by Chile's president": what he spoke of). The "of" of a journey round a place ("on a week-long tour of
    Asia": round_journeys) is the place toured, no other traveller."""
    lemma = noun.lemma_.lower()
    if lemma not in JOURNEYS_ON:
        return False
    own = any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "poss" and c.tag_ == "PRP$")
        for c in noun.children
    )
    travellers = ("by",) if lemma in ROUND_JOURNEYS else ("by", "of")
    others = any(c.dep_ in ("prep", "agent") and c.lower_ in travellers for c in noun.children)
    return own and not others


def _when(prep: str, refs: list[Ref]) -> bool:
    """Does a prepositional object say when or where the verb acted rather than on whom: any object of
    "after", "following", "since" …, and an event placed by "at", "amid" … ("declared at the rally"); an
    event the verb happens "in" or "during" is its means ("died in the attack", rule event_victim)."""
    if prep in WHEN_PREPS:
        return True
    events = prep in CIRCUMSTANCE_PREPS and prep not in MEANS_PREPS
    return events and all(r.entity_id.startswith("event:") for r in refs)


def _dated_by_event(prep: str, pobj: Token, refs: list[Ref]) -> bool:
    """ "During the Chilean bombing of targets in X, Peru refused …", "amid Iraq's offensive", "before the
    Soviet invasion": an event noun after a preposition of time (dating_event_preps) says when the verb
    acted; the parties it reaches through its owner or its modifiers, or as the organ that did it ("the
    Chilean offensive"), did the event (rule event_noun), and are no party of the verb. An event itself
    named stays for the other readings (`_when`), and so does the doer of what one died in ("died during
    the Peruvian attack")."""
    if prep not in DATING_EVENT_PREPS or event_root(pobj.lemma_.lower(), noun=True) is None:
        return False
    if pobj.head.head.lemma_.lower() in DEATH_VERBS:
        return False
    return not any(r.entity_id.startswith("event:") for r in refs)


def _participle_of(verb: Token) -> bool:
    """ "a lawsuit filed against X over his claim": a past participle describing a noun has that noun for
    what it acts on."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _parties_of_a_broken_pact(prep: str, noun: Token, ref: Ref, doc: Doc) -> bool:
    """ "recommended sanctions against Japan for violations of the U.S.-Japanese chip pact", "fined X over
    breaches of the Franco-German accord": a wrong (wrong_act_nouns) that is the reason for the verb's act
    (after "for" or "over") reaches the parties its accord (accord_nouns) is named by, its owners; they are
    no party to the act. The one the act is done to is named apart ("against Japan"), and the other party
    ("U.S.") kept the pact, it did not break it."""
    if prep not in PURPOSE_PREPS | GRIEVANCE_PREPS or noun.lemma_.lower() not in WRONG_ACT_NOUNS:
        return False
    return ref.via == "possessor" and doc[ref.token].lemma_.lower() in ACCORD_NOUNS


def _grievance(prep: str, refs: list[Ref]) -> bool:
    """ "expelled the ambassador over the agreement", "sued X over his claim to the office": once the verb
    has what it acts on, "over" an event or someone's thing gives the cause; a party named outright
    ("kept his lead over Y") stays."""
    if prep not in GRIEVANCE_PREPS:
        return False
    return all(r.via == "possessor" or r.entity_id.startswith("event:") for r in refs)


def _scope_of_content(verb: Token, prep: str, phrase: str, ref: Ref) -> bool:
    """ "agreed on borders in the Eastern Mediterranean", "called for cooperation in the region": after a
    verb of agreeing, speaking or asking and its preposition of content, the noun is what is agreed, said
    or asked, and a place it is in is its scope, not where the subject acted nor a party ("stopped on the
    campaign trail in X" places its subject, and stays)."""
    if prep not in CONTENT_PREPS or phrase.split()[-1] not in PLACE_PREPS:
        return False
    if verb.lemma_.lower() not in RECIPROCAL_VERBS | SPEECH_VERBS | APPEAL_FOR_VERBS:
        return False
    return ref.entity_id.startswith(("place:", "country:"))


def sum_named(obj: Token) -> Token | None:
    """ "extended $2 billion in loans", "paid 500 euros in fines": a sum is named by the common noun after
    its "in" (what was lent or paid), whether the parser hangs that phrase on the sum or, right after the
    sum, on the verb (there only a plural or an event noun). After a verb of spending the phrase is where the
    sum goes, whichever word the parser hangs it on: "invested $2 billion in infrastructure"."""
    # a count of things is no sum: "reported sixteen deaths in the nation"
    amount = obj.ent_type_ in AMOUNT_LABELS or obj.lemma_.lower() in MEASURE_NOUNS
    if not amount or obj.head.lemma_.lower() in SPENDING_VERBS:
        return None
    right_after = [c for c in obj.head.children if c.i == obj.right_edge.i + 1]
    for prep in (*obj.children, *right_after):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.ent_type_:
                continue
            if prep.head == obj or noun.tag_ == "NNS" or event_root(noun.lemma_.lower(), noun=True):
                return noun
    return None


def rest_of_share(noun: Token) -> bool:
    """Is the noun the rest of a share ("the balance", "the rest", "the remaining 26 pct", "the other
    half")? Not with an "of" phrase of its own that is no share and no firm: "the balance of power", "the
    rest of its reserves", "the balance of payments" are rests of something else ("the balance of 26 pct",
    "the rest of Y", "the rest of the company" stay)."""
    lemma = noun.lemma_.lower()
    rest = lemma in REST_SHARE_WORDS or (
        lemma in SHARE_NOUNS and any(c.dep_ == "amod" and c.lower_ in REST_SHARE_WORDS for c in noun.children)
    )
    shares_or_firms = SHARE_NOUNS | STAKE_NOUNS | FIRM_NOUNS
    of_other = any(
        pobj.lemma_.lower() not in shares_or_firms and pobj.pos_ != "PROPN" and pobj.ent_type_ != "ORG"
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )
    return rest and not of_other


def coordinated_rest(noun: Token) -> bool:
    """ "X owns 74 pct of Y, and the balance is held by Z", "and Z holds the remaining 25 pct": is the noun
    the rest of a share, held in a clause of owning coordinated with another clause of owning? Only there
    is a rest a share of the firm the clause before holds (SlotReader._rest_of_stake, rules.stake); "X holds
    the balance of power in Y" alone is no share of Y."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.dep_ != "conj" or not rest_of_share(noun):
        return False
    return verb.lemma_.lower() in STAKE_VERBS and verb.head.lemma_.lower() in STAKE_VERBS


def amount_word(noun: Token) -> bool:
    """ "owes 68 billion dlrs to X", "lent Y 500 mln yen", "sold 500,000 tonnes of wheat": a sum, a share
    of a sum or a measure of goods says how much, and is no part of the predicate (a stake or a share is a
    thing: "buy stake in"). A currency or a share word counts only with its number: "attacked the peso in
    X" acts on the currency itself."""
    lemma = noun.lemma_.lower()
    if noun.ent_type_ in AMOUNT_LABELS and noun.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        return True
    if lemma in GOODS_MEASURE_NOUNS or _written_magnitude(noun):
        return True
    return (lemma in MEASURE_NOUNS or noun.lower_ in CURRENCY_WORDS) and _counted(noun)


def _kinds_and_noun(head: Token) -> tuple[str, tuple[int, ...]]:
    """The noun with the nouns compounded before it that say its kind ("advertising campaign", "credit
    guarantee"), and their words."""
    kinds = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i]
    return " ".join([*(c.lower_ for c in kinds), head.lemma_.lower()]), (*(c.i for c in kinds), head.i)


def _written_magnitude(noun: Token) -> bool:
    """ "paid $3.4m to a broker", "pumped 2 bn into farms": the short form of a magnitude, split off its
    number by the tokenizer and left without an entity label, is the sum when the number stands just
    before it (the parser may even make the number a second object)."""
    return noun.lower_ in MAGNITUDE_ABBREVIATIONS and noun.i > 0 and noun.doc[noun.i - 1].like_num


def _counted(noun: Token) -> bool:
    """Does a number go with the noun ("68 billion dlrs", "a 20 pct stake": the stake's number is the
    share's)?"""
    holders = (noun, noun.head) if noun.dep_ == "compound" else (noun,)
    return any(
        c.dep_ in ("nummod", "compound", "amod", "quantmod")
        and (c.like_num or c.lower_ in AMOUNT_WORDS or c.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY"))
        for holder in holders
        for c in holder.children
    )


def measured_goods(amount: Token) -> Token | None:
    """ "sold 500,000 tonnes of wheat", "owes 5 billion dlrs of debt": the common noun after an amount's
    "of" is what the verb acts on; an amount of nothing named (None) leaves the predicate its verb's."""
    for prep in amount.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and not noun.ent_type_ and not amount_word(noun):
                return noun
    return None


def _compound_name(noun: Token) -> tuple[str, tuple[int, ...]]:
    """A thing's name with the common nouns compounded before it ("town hall", "ring name"), an -ing
    word right before it ("running mate") or a role's title words ("chief executive", "deputy head") and
    their words; an event noun keeps its lemma alone ("peace talks" is a talk: predicates.tsv and
    cameo.tsv know it by that), unless the lexicon lists the two words as no event ("trade war")."""
    lemma = noun.lemma_.lower()
    role = is_role_word(lemma)
    # "re-incorporation", "co-founder": the noun's own prefix before its hyphen is part of the word
    own = _hyphenated(noun)[:-1]
    compounds = [
        c
        for c in noun.children
        if c.i < noun.i
        and c not in own
        and not c.ent_type_
        and (
            (c.dep_ == "compound" and c.pos_ == "NOUN" and not amount_word(c))
            or (c.dep_ == "amod" and c.tag_ == "VBG" and c.i == noun.i - 1)
            or (role and c.dep_ in ("amod", "compound", "nmod") and is_title_modifier(c.lower_))
        )
    ]
    if own and not event_root(lemma, noun=True):
        lemma = "".join(t.lower_ for t in own) + lemma  # "seek re-incorporation", not "seek re incorporation"
    else:
        own = []
    if not compounds:
        return lemma, (*(t.i for t in own), noun.i)
    if event_root(lemma, noun=True) is not None:
        # "a trade war": two words the lexicon lists as no event are not the event their head names
        before = [c for c in compounds if c.i == noun.i - 1]
        two = f"{before[0].lower_} {lemma}" if before else ""
        if not two or not listed_noun(two) or event_root(two, noun=True) is not None:
            return lemma, (noun.i,)
        return two, (before[0].i, noun.i)
    spans = [_hyphenated(c) for c in compounds]
    words = " ".join([*("".join(t.lower_ for t in span) for span in spans), lemma])
    return words, (*(t.i for span in spans for t in span), *(t.i for t in own), noun.i)


def _hyphenated(word: Token) -> list[Token]:
    """ "fact-finding": a word written with a hyphen is one word, its parts the tokens the parser split."""
    doc, start = word.doc, word.i
    while start >= 2 and doc[start - 1].tag_ == "HYPH" and doc[start - 2].head.i == word.i:
        start -= 2
    return list(doc[start : word.i + 1])


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _reduced_passive_with_agent(verb: Token) -> bool:
    """Is the verb a past participle with a by-agent that describes a noun naming no entity ("relations
    with X, broken off by Y")?"""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and _has_agent(verb)
        and noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.i < verb.i
    )


INVESTIGATE_ROOT = "09"
# What someone claims, reports or lodges: its owner or maker is the one who claims.
_CLAIM_NOUNS = ALLEGATION_NOUNS | HEARSAY_NOUNS | LODGED_GRIEVANCE_NOUNS


def _claim_looked_into(noun: Token, prep: Token, pobj: Token) -> bool:
    """ "proposed an investigation of American claims that X dumps shoes", "a review of Peru's complaints",
    "an inquiry into charges by Chile": an inquiry (a noun whose row with its preposition is CAMEO 09) into
    a claim, a report or a grievance (allegation_nouns, hearsay_nouns, lodged_grievance_nouns) looks into
    what is claimed; the claim's owner, or its maker after "by", is the claimant, no one the inquiry is
    into. (Other acts on a claim do reach its maker: "a settlement of U.S. claims" settles with the U.S.)"""
    if pobj.pos_ != "NOUN" or not lemma_in(pobj.lemma_.lower(), _CLAIM_NOUNS):
        return False
    return event_root(noun.lemma_.lower(), noun=True, particle_or_prep=prep.lower_) == INVESTIGATE_ROOT


def _sufferers(args: ArgumentResolver, noun: Token) -> list[Ref]:
    """Who suffers what a noun names, in the possessive or after "of": "an inquiry into the death of X",
    "a probe into X's arrest" look into what happened to X."""
    if noun.lemma_.lower() not in SUFFERED_NOUNS:
        return []
    return [
        r
        for c in noun.children
        for holder in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
        for r in args.resolve(holder)
    ]


def _asked_for(verb: Token, clause: Token, asking: frozenset[str] = APPEAL_FOR_VERBS) -> Token | None:
    """ "called (pressed, appealed) for Japan to lift its quotas": the subject of an infinitive clause opened
    by "for" after a verb that asks for something (appeal_for_verbs), or a noun of asking ("its call for
    Japan to lift …"), who is asked to act; else None."""
    if verb.lemma_.lower() not in asking or not to_infinitive(clause):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)


def _asked_open(clause: Token) -> bool:
    """Is the clause an indirect question ("whether Peru will sign", "if Chile agrees")?"""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def _asked_to_give(verb: Token, clause: Token) -> Token | None:
    """ "Kuwait asked if protection could be provided by U.S. destroyers", "asked whether Britain would
    supply arms": an indirect question ("if", "whether") after a verb of asking (request_verbs) whether a
    party can or will give, supply or protect (a verb of aid, CAMEO 07) asks that party for it, as "asked
    the United States for protection" does. The giver: the by-agent of a passive, else the subject."""
    if verb.lemma_.lower() not in REQUEST_VERBS or event_root(clause.lemma_.lower()) != AID_ROOT:
        return None
    if not _asked_open(clause):
        return None
    if not any(c.tag_ == "MD" for c in clause.children) or any(c.dep_ == "neg" for c in clause.children):
        return None  # "asked if aid was provided by X" asks what happened, no one for anything
    if not is_passive(clause):
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents[0] if agents else None


# The prepositions of the forum a party is taken to ("took X to GATT", "brought X before the court").
_FORUM_PREPS = frozenset({"to", "before"})


def _forum_words(forum: Token) -> tuple[str, tuple[int, ...]]:
    """The words of a forum as the predicate writes them, with their tokens: a name as written, without its
    article ("World Court", "International Court of Justice"), a common noun in lower case ("court")."""
    first = forum
    for word in reversed(list(forum.lefts)):
        if word.i != first.i - 1 or word.dep_ not in ("compound", "amod", "nmod"):
            break
        first = word
    last = forum.i
    while last + 1 < len(forum.doc) and forum.ent_type_ and forum.doc[last + 1].ent_iob_ == "I":
        last += 1  # "the International Court of Justice": the rest of the name
    words = forum.doc[first.i : last + 1]
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words), tuple(t.i for t in words)


def _status_put(verb: Token) -> tuple[str, tuple[int, ...]] | None:
    """ "placed the loans on non-accrual status", "put the talks on hold", "took it off nonaccrual", "put X
    in charge of Y": the status a verb of putting sets its object in (status_words), as the predicate's
    words ("on non-accrual", "in charge") and their tokens; None for any other verb or phrase ("placed an
    order on Monday")."""
    if verb.lemma_.lower() not in STATUS_PUTTING_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "off", "in"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() in STATUS_WORDS or noun.lower_ in STATUS_WORDS:
                return f"{prep.lower_} {noun.lemma_.lower()}", (prep.i, noun.i)
            modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "punct")]
            if not modifiers:
                continue
            words = "".join(
                t.lower_
                if t.i == modifiers[0].i or t.lower_ == "-" or t.nbor(-1).lower_ == "-"
                else f" {t.lower_}"
                for t in verb.doc[modifiers[0].i : noun.i]
            )
            if words in STATUS_WORDS:
                return f"{prep.lower_} {words}", (prep.i, *range(modifiers[0].i, noun.i))
    return None


def _object_in_state(obj: Token) -> bool:
    """ "The U.S. charges left the Europeans cold", "made Iran angry", "kept Spain informed": a verb of
    setting in a state (state_setting_verbs) with an adjective or a bare participle after its object (an
    object predicative, parsed oprd, ccomp, acomp or xcomp) says how the object ended up, and is no act of
    leaving, making or keeping on it. Not "left Beirut", "made a proposal": no adjective follows."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in STATE_SETTING_VERBS:
        return False
    return any(
        c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")
        and c.i > obj.i
        and (c.pos_ == "ADJ" or (c.tag_ in ("VBN", "VBD") and not any(True for _ in c.children)))
        for c in verb.children
    )


def _ranked_by_count(prep: Token, verb: Token) -> bool:
    """ "(Japan was first,) followed by the U.S. with 22 banks", "led the list with 30 banks": a "with"
    phrase counting things on a verb of ranking (ranking_verbs) is the measure of the rank, no partner."""
    if prep.lower_ != "with" or verb.lemma_.lower() not in RANKING_VERBS:
        return False
    return any(
        pobj.like_num or any(c.dep_ == "nummod" for c in pobj.children)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _owned_kind(verb: Token, slot: Slot) -> bool:
    """ "has the largest Japanese bank network", "operates Japan's biggest network": a state named on the
    object of a verb of having or running (owning_verbs) says what kind of thing is had, and is no object
    of the verb; people held stay its partners ("holds British diplomats"), and so do a state's goods or
    units, which keep their noun ("hold bond of" Japan, _keep_noun)."""
    if slot.kind != "object" or verb.lemma_.lower() not in OWNING_VERBS:
        return False
    if not slot.ref.entity_id.startswith("country:") or slot.ref.via not in ("organ", "possessor"):
        return False
    thing = verb.doc[slot.ref.token]
    if thing.pos_ != "NOUN" or thing.head != verb:
        return False
    lemma = thing.lemma_.lower()
    if is_role_word(lemma) or lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or thing.lower_ in GROUP_NOUNS:
        return False
    return slot.ref.via != "possessor" or (goods_noun(thing) is None and not _owned_unit(thing))


def _with_sought(slot: Slot, sought: tuple[int, str, tuple[int, ...]]) -> Slot:
    """ "filed for bankruptcy protection in Texas": what the subject seeks (SlotReader._sought_for) goes
    before the phrase's preposition (`file for bankruptcy protection in` Texas); the slot's noun, which
    gives an event its code, stays."""
    if slot.kind not in ("prep", "prep_noun"):
        return slot
    _, words, tokens = sought
    return replace(slot, tail=f"{words} {slot.tail}", tokens=(*tokens, *slot.tokens))


def _with_status(slot: Slot, status: tuple[str, tuple[int, ...]] | None) -> Slot:
    """ "placed its loans to Brazil on non-accrual status": the status (_status_put) goes before the
    phrase's preposition, after the thing put ("place loan on non-accrual to" Brazil)."""
    if status is None or slot.kind not in ("prep", "prep_noun") or slot.prep in ("on", "off"):
        return slot
    words, tokens = status
    return replace(slot, tail=f"{words} {slot.tail}", tokens=(*tokens, *slot.tokens))


class SlotReader:
    def __init__(self, doc: Doc, args: ArgumentResolver) -> None:
        self.doc = doc
        self.args = args

    def owners(self, noun: Token) -> list[Ref]:
        """ "(X is) Trump's envoy", "(X is) a Russian opposition leader": whom the role belongs to."""
        refs: list[Ref] = []
        for child in noun.children:
            if child.dep_ == "poss" or (
                child.dep_ in PRENOMINAL_DEPS and child.i in self.args.entities.token_entity
            ):
                refs.extend(self.args.resolve(child))
        return refs

    def _office_left(self, prep: Token, role: Token) -> list[Slot]:
        """ "resigned as Peru's finance minister", "stepped down as the bank's chairman": whom an office the
        subject leaves belongs to is the body it leaves ("resign as minister of" Peru), as its "of" phrase
        would say ("resigned as minister of Peru", read through the noun)."""
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or not _leaves_office(verb):
            return []
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in role.children):
            return []  # "resigned as chairman of X": the "of" phrase names the body
        named = [c for c in role.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < role.i]
        lemma = " ".join([*(c.lower_ for c in named), role.lemma_.lower()])  # "finance minister"
        words = (prep.i, *(c.i for c in named), role.i)
        return [Slot("prep_noun", f"as {lemma} of", ref, "as", lemma, words) for ref in self.owners(role)]

    def _keep_noun(self, tail: str, ref: Ref, tokens: tuple[int, ...] = ()) -> tuple[str, tuple[int, ...]]:
        """ "became leader of the party", "was elected as a member of Parliament": when the object was
        reached through "<noun> of", the noun is part of the relation (and its words, of the tail's)."""
        head = self.doc[ref.token]
        if ref.via == "possessor" and head.lemma_.lower() in BEHALF_NOUNS:
            # "spoke on Peru's behalf" is "speak on behalf of" Peru
            return f"{tail} {head.lemma_.lower()} of", (*tokens, head.i)
        if ref.via == "possessor" and _accord_made(head) and self.args.body_measure(head) != ref:
            # "Ukraine strikes Turkmen gas deal", "sealed Peru's biggest arms deal": the party named before
            # the accord made is its other side, "strike deal with" Turkmenistan as "struck a deal with" it;
            # a bare "strike" would read as an attack. A body's own pact stays its ("sign pact of" NATO)
            return f"{tail} {head.lemma_.lower()} with".strip(), (*tokens, head.i)
        going = ref.via == "possessor" and tail and _owners_going(head)
        if going and not (head.head.lower_ == "for" and head.head.head.lemma_.lower() in APPEAL_FOR_VERBS):
            # "kept an open mind about the UK's entry": about its entry, not about the UK ("keep mind about
            # entry of"); a direct object keeps its owner ("welcomed Peru's withdrawal": Peru), and so does
            # an appeal for the owner's act ("pressed for Peru's withdrawal": "press for" Peru)
            return f"{tail} {head.lemma_.lower()} of", (*tokens, head.i)
        if ref.via == "possessor" and _run_thing(head):
            # "oversaw Acme's advertising campaign": the campaign is run, not Acme ("oversee campaign of")
            noun, words = _kinds_and_noun(head)
            return f"{tail} {noun} of".strip(), (*tokens, *words)
        goods = goods_noun(head) if ref.via == "possessor" else None
        if goods is not None:
            # "cut tariffs on U.S. goods" is "cut tariff on goods of" the U.S., "bought Canadian wheat" is
            # "buy wheat of" Canada: the act or the trade is on its goods, not on the state
            return f"{tail} {goods} of".strip(), (*tokens, head.i)
        if ref.via == "possessor" and _owned_unit(head):
            # "agreed to buy Zenith's tire unit", "sold Acme's KXYZ-TV station": a unit or a named thing of
            # the owner changes hands, not the owner: "buy unit of" Zenith
            return f"{tail} {head.lemma_.lower()} of".strip(), (*tokens, head.i)
        if ref.via == "possessor" and head.pos_ == "NOUN" and head.lemma_.lower() in OWNED_THING_NOUNS:
            # "accepted the bank's credit guarantees" is "accept credit guarantee of" the bank: a thing the
            # owner holds or owes is acted on, not its owner
            noun, words = _kinds_and_noun(head)
            return f"{tail} {noun} of".strip(), (*tokens, *words)
        owed = owned_thing_opening(head) if ref.via == "possessor" else None
        if owed is not None:
            # "will consider Yugoslavia's debt refinancing timetable" is "consider debt of" Yugoslavia: the
            # owner's thing that opens the compound is what the rest is about, as "consider its debt" is
            return f"{tail} {owed.lemma_.lower()} of".strip(), (*tokens, owed.i)
        proposed = proposed_words(head) if ref.via == "possessor" else None
        if proposed is not None:
            # "backed a compromise budget proposed by Belgium" is "back compromise budget of" Belgium: the
            # thing backed is what was put forward, its maker only owns it
            kinds = tuple(
                c.i for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i
            )
            return f"{tail} {proposed} of".strip(), (*tokens, *kinds, head.i)
        body = self.args.body_measure(head) if ref.via == "possessor" else None
        set_for_others = PROPOSAL_NOUNS | REQUIREMENT_NOUNS
        if ref.via == "possessor" and (head.lemma_.lower() in set_for_others or body == ref):
            # "rejected the Commission's proposal", "opposes the tax proposed by X": a stance on the measure,
            # which is no actor, toward its owner is "reject proposal of" X; so is a deed on the rule, limit
            # or pact of a body named before it ("rejected its OPEC quota": "reject quota of" OPEC); meeting
            # a requirement its owner set is no meeting with the owner ("met Peru's criteria")
            return f"{tail} {head.lemma_.lower()} of".strip(), (*tokens, head.i)
        if ref.via == "possessor" and _thing_spoken_of(head):
            # "referred to Peru's policy of limiting debt payments", "commented on Brazil's economy": what is
            # spoken of is the owner's thing, which the relation keeps ("refer to policy of" Peru), as it
            # keeps a proposal's ("comment on plan of"); the owner alone would stand for the thing
            return f"{tail} {head.lemma_.lower()} of".strip(), (*tokens, head.i)
        if ref.via != "organ_of":
            return tail, tokens
        noun = head.lemma_.lower()
        of = tuple(c.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of")[:1]
        if tail.endswith(noun):
            return f"{tail} of", (*tokens, *of)
        return f"{tail} {noun} of".strip(), (*tokens, head.i, *of)

    def slots(self, verb: Token, copula: bool) -> list[Slot]:
        """Every slot of the verb, in the order of its dependents; a verb of putting keeps the status it puts
        its object on or takes it off ("placed its loans to Brazil on non-accrual status" is "place loan on
        non-accrual to" Brazil, no new lending)."""
        status = _status_put(verb)
        found = [slot for slot in self._slots(verb, copula, status) if not _owned_kind(verb, slot)]
        found = self._taken_before_forum(verb, found)
        if status is None:
            return found
        words, tokens = status
        return [  # "put Brazil on credit watch" is "put on watch" Brazil
            replace(slot, tail=words, tokens=(*tokens, *slot.tokens))
            if slot.kind == "object" and not slot.tail
            else slot
            for slot in found
        ]

    def _taken_before_forum(self, verb: Token, found: list[Slot]) -> list[Slot]:
        """ "considering taking Argentina to GATT", "will take X to court", "brought Y before the World
        Court": a party taken to a forum (words.tsv forum_taking_verbs; the forum a court or tribunal, by its
        sector, arbitration, or a body igos.tsv knows) is one act against the party there. The forum goes into
        the party's predicate ("take to GATT" Argentina), as a status put does ("put on watch"), and is no
        party of its own: its phrase only selects the verb's sense (a suit, a complaint). Without a party
        taken ("took the dispute to GATT") the forum stays the relation's object."""
        if verb.lemma_.lower() not in FORUM_TAKING_VERBS or not any(s.kind == "object" for s in found):
            return found
        for prep in verb.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _FORUM_PREPS:
                continue
            for forum in (c for c in prep.children if c.dep_ == "pobj"):
                # the forum's own slot, where it is named ("to GATT"); none for "to court"
                named = [s for s in found if s.kind == "prep" and s.ref.token == forum.i]
                if not self._forum(forum, named):
                    continue
                words, tokens = _forum_words(forum)
                return [
                    replace(slot, tail=f"{prep.lower_} {words}", tokens=(prep.i, *tokens, *slot.tokens))
                    if slot.kind == "object" and not slot.tail
                    else replace(slot, kind="sense")
                    if slot in named
                    else slot
                    for slot in found
                ]
        return found

    def _forum(self, noun: Token, named: list[Slot]) -> bool:
        """Is the noun after "to"/"before" a forum a party is taken to: a court or tribunal (sector JUD),
        arbitration (words.tsv forum_nouns), or a body igos.tsv knows ("GATT", "the Security Council")?"""
        if noun.lemma_.lower() in FORUM_NOUNS or "JUD" in (sector_of(noun.lower_), sector_of(noun.lemma_)):
            return True
        return any("@igo" in self.args.sense_words(noun, slot.ref) for slot in named)

    def _slots(self, verb: Token, copula: bool, status: tuple[str, tuple[int, ...]] | None) -> list[Slot]:
        """Every slot of the verb, in the order of its dependents, the phrases' with the status put."""
        found: list[Slot] = []
        patient = None if copula else (self._thing_object(verb) or self._antecedent_object(verb))
        # "owes 68 billion dlrs to X" is `owe to`, "sold 500,000 tonnes of wheat to X" `sell wheat to`
        thing = measured_goods(patient) if patient is not None and amount_word(patient) else patient
        acted_on = "" if copula else self._acted_on(verb)
        # "filed for bankruptcy protection in Texas": what is sought is part of the relation after it
        sought = None if copula or patient is not None else self._sought_for(verb)
        unknown_object = not copula and self._bare_pronoun_object(verb)
        has_patient = bool(acted_on) or patient is not None or _participle_of(verb)
        misread = _object_outside(verb)
        if misread is not None:
            found += self._objects(misread, copula, verb)
        taken = taken_object(verb)
        if taken is not None:
            # "Iraq attacked Kuwait and Saudi Arabia asked …": the first of the next verb's subjects only
            found += [slot for slot in self._objects(taken, copula, verb) if slot.ref.token == taken.i]
        raised = shared_object(verb)
        if raised is not None:
            found += self._objects(raised, copula)  # "killed or wounded 500 soldiers": killed them too
        empty_it = _anticipating_it(verb)
        for child in verb.children:
            # "sent aid to Pakistan": the parser calls the "to" phrase a dative.
            child_dep = "prep" if child.dep_ == "dative" and child.pos_ == "ADP" else child.dep_
            if child_dep == "prep" and empty_it:
                continue  # "is finding it hard to make a mark in X": the verb relates its subject to no place
            if child_dep == "dative" and patient is not None:
                # "gave Kenya a loan" is "gave a loan to Kenya": the thing given is part of the relation
                found += [
                    self._with_object(
                        _with_status(replace(slot, kind="prep", tail="to", prep="to"), status), thing
                    )
                    for slot in self._objects(child, copula)
                    if slot.kind == "object"
                ]
            elif child_dep in OBJECT_DEPS and copula and (standing := _standing_of_sum(child)) is not None:
                # "is some 500 mln dlrs in arrears to the IMF": the parser hangs the debtor's standing on the
                # sum, which only says how much is owed; the standing is the subject's, as "is in arrears" is
                found += self._prepositional(standing)
            elif child_dep in OBJECT_DEPS and _headline_small_clause(child, verb):
                continue  # "OFFICIAL SAYS PHILIPPINE PACT VERY NEAR": the pact is near, no one is told
            elif child_dep in OBJECT_DEPS and _gapped_place(child, verb) and not self._names_state(child):
                continue  # "measures Peru has been taking in the Pacific": where it takes them, no party
            elif child_dep in OBJECT_DEPS and _enclosed_apart(child, verb):
                continue  # "intended -- overriding X's veto -- to hurt Y": the dashes' word, not the verb's
            elif child_dep in OBJECT_DEPS:
                found += self._objects(child, copula)
            elif child_dep == "prep" and (_adjunct(child, acted_on) or _set_off(child, verb)):
                found += self._defied(child)  # "despite Peru's objections": whose stance the deed defies
                continue  # why or what for, or a frame for the whole clause, not what the verb acts on
            elif child_dep == "prep" and _added_party(child):
                continue  # "in addition to X", "besides X": X does the same, it is not acted on
            elif child_dep == "prep" and _experiencer(child, verb, copula):
                continue  # "is part-time for me": whose view the attribute is
            elif child_dep == "prep" and _author_of_object(child, verb):
                # "is reading a novel by X": whose work the object is; "rejected the proposal by X": an act
                # by a party stands for it, as "X's proposal" does
                found += self._act_by(child, verb)
            elif child_dep == "prep" and acted_on == "object" and _after_charge(child):
                continue  # "accused X of torture at Y": the wrong is the predicate, its place no party
            elif child_dep == "prep" and acted_on == "object" and _joined_from(child):
                continue  # "joined the Union from the Andean pact": whence the members come
            elif child_dep == "prep" and thing is not None and thing.head == child:
                continue  # "paid $500 in fines": the sum's noun is what was paid, read as the object
            elif child_dep == "prep" and _ranked_by_count(child, verb):
                continue  # "was followed by the U.S. with 22 banks": by how much it ranks, no partner
            elif child_dep == "prep" and child.lower_ != "according":
                inner = _second_preposition(child)
                slots = (
                    self._prepositional(child, has_patient)
                    if inner is None
                    else self._prepositional(inner, has_patient, f"{child.lower_} {inner.lower_}")
                )
                if unknown_object:  # "postponed it in Ohio": what was done in Ohio is unknown
                    slots = [slot for slot in slots if slot.kind not in ("prep", "prep_noun")]
                if acted_on == "subject" and child.lower_ in PURPOSE_PREPS:
                    slots = [slot for slot in slots if slot.kind == "prep"]
                if thing is not None:  # "raised prices in Japan": where the prices are, no partner
                    slots = [
                        s for s in slots if s.kind != "prep" or not _located_by_thing(self.doc, s.ref, thing)
                    ]
                if sought is not None and sought[0] < child.i:
                    slots = [_with_sought(slot, sought) for slot in slots]
                found += [self._with_object(_with_status(slot, status), thing) for slot in slots]
            elif child_dep == "ccomp" and (giver := _asked_to_give(verb, child)) is not None:
                # "asked if protection could be provided by U.S. destroyers": asks the giver for it, in the
                # sense of "asked X for protection" (an appeal, 02), not of "asked X if …" (a question)
                found += [
                    Slot("object", "", ref, prep="for") for ref in self._givers_to_asker(verb, child, giver)
                ]
            elif child_dep == "ccomp" and (helped := _small_clause_subject(child)) is not None:
                found += self._objects(helped, copula)  # "will help Iraq rebuild its economy": helps Iraq
            elif child_dep == "advcl" and (asked := _asked_for(verb, child)) is not None:
                # "called for Japan to lift its quotas": asks it of Japan, as "called for Japan's exit" does
                mark = next(c.i for c in child.children if c.dep_ == "mark")
                refs = self.args.resolve(asked)
                found += [Slot("prep", "for", ref, prep="for", tokens=(mark,)) for ref in refs]
            elif child.dep_ == "acomp" and copula:
                found += self._adjective(child)
            elif child.dep_ == "nsubjpass" and acted_on != "subject" and _has_agent(verb):
                found += self._through_nouns(child)  # "the death of X was announced by Y"
        if _reduced_passive_with_agent(verb) and acted_on != "subject":
            # "relations with Syria, broken off by Spain last year": the noun the participle describes is
            # what its by-agent acts on, as a passive's subject noun is ("were broken off by Spain")
            found += self._through_nouns(verb.head, conjuncts=False)
        conditioned = self._conditioned_targets(verb)
        found += conditioned or self._recalled_targets(verb)
        for value in _value_words(verb):
            # "granted loans worth $3 billion to Vietnam": the parser hangs the verb's phrase on the value
            found += [
                self._with_object(_with_status(slot, status), thing)
                for prep in value.children
                if prep.dep_ == "prep"
                for slot in self._prepositional(prep, has_patient)
            ]
        for purpose in _purposes_of_objects(verb):
            # "will make proposals to ease the crisis at a meeting with X": the parser may hang the occasion
            # on the object's purpose; the meeting is where the proposals are made, the verb's occasion
            found += [
                slot
                for prep in purpose.children
                if prep.dep_ == "prep" and prep.lower_ in CIRCUMSTANCE_PREPS
                for slot in self._prepositional(prep, has_patient)
                if slot.kind == "circumstance"
            ]
        for prep in _speech_occasions_on_objects(verb):
            # "promised retaliation in a speech to Parliament": the parser may hang the occasion on the
            # object; it places the verb's act, as it does hung on the verb
            found += [slot for slot in self._prepositional(prep, has_patient) if slot.kind == "circumstance"]
        for prep in _reprisals_on_objects(verb):
            # "imposed sanctions in retaliation for X's refusal": the parser may hang the reprisal on the
            # object; it places the verb's deed, as it does hung on the verb
            found += [slot for slot in self._prepositional(prep, has_patient) if slot.kind == "circumstance"]
        # "appointed X to her post": the owner of the thing after a preposition is the object already, so
        # no relation; the phrase still selects the verb's sense ("attacked X on his record" is criticism)
        objects = {slot.ref.entity_id for slot in found if slot.kind == "object"}
        found = [
            replace(slot, kind="sense")
            if slot.kind == "prep" and slot.ref.via == "possessor" and slot.ref.entity_id in objects
            else slot
            for slot in found
        ]
        # "voiced concern that Peru was arming …": the content of the noun of speech the verb voices
        voiced = voiced_noun(verb)
        beyond = [voiced.clause] if voiced is not None and voiced.clause.head != verb else []
        beyond += [c for c in [document_content(verb)] if c is not None]  # "said in a statement that …"
        beyond += [c for c in [hearer_content(verb)] if c is not None]  # "said to U.S. officials that …"
        for child in (*verb.children, *beyond):
            # "X said he was convinced Y was moving …": what his own belief holds is his content
            belief = self._speakers_belief(verb, child)
            if belief is not None and is_negated(child):
                continue  # '"I'm not sure (I don't think) Peru can do more," he said': a doubt, no claim
            child = belief if belief is not None else child
            start = len(found)
            # "The spokesman, asked about X, said …": the parser's content is a participle set off after the
            # subject, which says nothing the speaker said
            content = (
                child.dep_ == "ccomp" and not set_against(child) and not apposed_participle(child)
            ) or (child in beyond)
            if content and (child.lemma_.lower() not in REPORTING_VERBS or _commitment(child)):
                # "…, the Lima Gazette reported": a report inside the content names a source, not a topic.
                # "the minister is trying to … — this is a reckless way to govern": the parser may put the
                # clause about someone one step down, under the clause that judges it.
                inner = [
                    g for g in child.children if g.dep_ == "ccomp" and g.lemma_.lower() not in REPORTING_VERBS
                ]
                # "said it was unlikely that Peru's move would lead to X": the parser may hang the clause the
                # empty "it" stands for on the adjective of likelihood; it is what is said, hedged
                inner += [
                    g
                    for a in child.children
                    if a.dep_ in ("acomp", "attr")
                    for g in a.children
                    if g.dep_ == "ccomp" and extraposed_likelihood(g) is not None
                ]
                # "said the only solution was for Peru to leave": the "for"-clause is about its own subject
                inner += [g for g in child.children if g.dep_ == "advcl" and judged_for_clause(g) is not None]
                # "cannot change the fact that the police acted unlawfully": the speaker holds it true
                inner += [
                    clause
                    for fact in child.children
                    if fact.dep_ in OBJECT_DEPS and fact.lemma_.lower() in FACT_NOUNS
                    for clause in fact.children
                    if clause.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in clause.children)
                ]
                # "said there was a perception Peru had reneged": the clause a claim is framed as existing
                # under is the content, as if said plainly
                claims = _existential_claims(child)
                inner += claims
                # "said it is possible that the airline …": the clause an empty "it" stands for is the content
                anticipated = any(expletive(s) for s in child.children) or bool(claims)
                if anticipated:
                    # "it is not clear (unclear) whether Peru will sign": an open question, no claim of it
                    inner = [g for g in inner if not _asked_open(g)]
                further = _further_contents(child)
                found += [
                    Slot(
                        "content",
                        "",
                        about,
                        clause=clause.i,
                        scope=clause.i if anticipated or clause in further else child.i,
                        to_speaker=self._acts_on_speaker(clause, verb),
                    )
                    for clause in (child, *inner, *further)
                    for subject in _content_subjects(clause)
                    for about in self.args.resolve(subject)
                    or self._states_of_economy(subject, clause)
                    or self._parties_of_relations(subject)
                ]
                if not any(slot.kind == "content" for slot in found) and _unnamed_subject(child):
                    # "said a gas leak hit the Acme plant", "we proposed a bill": with no entity for a
                    # subject, the report is about what its main clause acts on, when that is named; a
                    # count ("injured twelve soldiers") is a toll
                    found += [
                        Slot("content", "patient", about, clause=child.i, scope=child.i)
                        for obj in child.children
                        if obj.dep_ == "dobj" and not any(c.dep_ == "nummod" for c in obj.children)
                        for about in self.args.resolve(obj)
                        if about.via == "name"
                    ]
                if not any(slot.kind == "content" for slot in found) and _unnamed_subject(child):
                    found += self._denied_reached(verb, child)
                # "claimed the rioters were paid by the mayor": the content is about the doer too.
                found += [
                    Slot("content", "by", about, clause=child.i, scope=child.i)
                    for agent in child.children
                    if agent.dep_ == "agent"
                    for pobj in agent.children
                    if pobj.dep_ == "pobj"
                    for about in self.args.resolve(pobj)
                ]
                # "said the slump was partly the fault of Peru (was blamed on Peru)": the content lays the
                # wrong on Peru, whatever its subject (rules.speech_content accuses)
                found += [
                    Slot("content", "blamed", about, clause=clause.i, scope=child.i)
                    for clause, owner in _blamed_owners(child)
                    for about in self.args.resolve(owner)
                ]
                # "Zenith said tin ore output would fall": a claim whose subject names no one is about that
                # thing (rules.speech_topic); only the verb's own clause, not one inside what it reports
                found += [Slot("topic", "", ref, clause=child.i, scope=child.i) for ref in self._topic(child)]
                # "Berg said he would not raise taxes": a claim of the doer's own deed is about what it acts
                # on; the doer goes with it (`side`), for the rule to keep only the speaker's own
                doers, deed = self._own_deed_topic(child)
                found += [Slot("topic", "", ref, clause=child.i, scope=child.i, side=doers) for ref in deed]
            if belief is not None:
                found[start:] = [replace(slot, believed=True) for slot in found[start:]]
        # "Berg denied cutting funds": the deed a denial names by its gerund is the speaker's own, about what
        # it acts on
        doers = frozenset(self._speakers(verb)) if verb.lemma_.lower() in DENIAL_VERBS else frozenset()
        found += [
            Slot("topic", "", ref, clause=deed.i, scope=deed.i, side=doers)
            for deed in verb.children
            if doers and deed.dep_ == "xcomp" and deed.tag_ == "VBG"
            for ref in self._deed_topic(deed)
        ]
        return found

    def _topic(self, clause: Token) -> list[Ref]:
        """The thing a reported clause is about when its one subject is a common noun that names no entity,
        no state's economy and no relation's parties ("debtor nations", "the money supply"); [] for any
        other subject (claim_topic)."""
        subjects = _content_subjects(clause) or _denied_acts_there(clause)
        if len(subjects) != 1 or subjects[0].dep_ not in (*NOMINAL_SUBJECT_DEPS, "attr"):
            return []
        noun = subjects[0]
        refs = self._bare_topic(noun, clause)
        if not refs:
            return refs
        # "said there was no plan to attack Peru": a denied act that names an actor is no bare thing's
        if noun.dep_ == "attr" and any(t.i in self.args.entities.token_entity for t in noun.subtree):
            return []
        # "the big worries continue to dog Kestrel": a vague subject whose verb goes on to act on one actor
        # the text names is a claim about that actor
        return self._actor_acted_on(clause) or refs

    def _actor_acted_on(self, clause: Token) -> list[Ref]:
        """The one actor named by the direct object of a verb the clause's verb goes on with ("continue to
        dog Kestrel", "began to hurt Peru": its xcomp); [] when none or several."""
        chained = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
        refs = [
            ref
            for verb in chained
            for obj in verb.children
            if obj.dep_ == "dobj"
            for ref in self.args.resolve(obj)
            if not ref.entity_id.startswith(TOPIC_ID_PREFIX)
        ]
        return refs if len({ref.entity_id for ref in refs}) == 1 else []

    def _bare_topic(self, noun: Token, clause: Token) -> list[Ref]:
        """The topic a noun of a reported clause names (claim_topic), where it names no entity, no state's
        economy and no relation's parties, and neither its phrase nor the clause's verb names a party; []
        else."""
        topic = claim_topic(noun)
        if topic is None or self.args.resolve(noun) or self._states_of_economy(noun, clause):
            return []
        if self._parties_of_relations(noun) or any(t.i in self.args.entities.token_entity for t in topic):
            return []
        # "said the sanctions on Iran would be lifted", "said it would cut tariffs on Peru", "the plan would
        # help Mexico": a claim whose noun's own phrase or whose verb names a party is about that party
        # (speech_content's, or nothing), never about a bare generic word
        if any(self.args.resolve(party) for party in _parties_named(noun, clause)):
            return []
        return [Ref(topic_id(topic), noun.i, "topic")]

    def _own_deed_topic(self, clause: Token) -> tuple[frozenset[str], list[Ref]]:
        """ "Berg said he would not raise taxes", "Kestrel said it would cut 2,000 jobs": a reported clause
        whose one subject is a personal pronoun the text gives to an actor, and which acts on a common noun
        naming no entity and no party (claim_topic of its direct object), is about that noun. The pronoun's
        entities and the topic; (empty, []) for any other clause. Whether the doer is the speaker's own
        side is the rule's to judge (rules.speech_topic)."""
        subjects = _content_subjects(clause)
        nothing: tuple[frozenset[str], list[Ref]] = (frozenset(), [])
        if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].tag_ != "PRP":
            return nothing
        if expletive(subjects[0]):
            return nothing
        doers = frozenset(ref.entity_id for ref in self.args.resolve(subjects[0]))
        deed = self._deed_topic(clause)
        return (doers, deed) if doers and deed else nothing

    def _deed_topic(self, clause: Token) -> list[Ref]:
        """The topic of a deed's one direct object, a common noun naming no entity and no party, in no idiom
        whose object is no thing (words.tsv empty_object_idioms); [] for any other deed."""
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if len(objects) != 1:
            return []
        noun = objects[0]
        if f"{clause.lemma_.lower()} {noun.lemma_.lower()}" in EMPTY_OBJECT_IDIOMS:
            return []  # "said it made sense to merge": no thing made
        return self._bare_topic(noun, clause)

    def _speakers_belief(self, verb: Token, child: Token) -> Token | None:
        """ "Grant said he was convinced (sure, thought) Japan was moving in the right direction": where the
        reported clause is the speaker's own belief (quotes.held_belief) held by him ("he", his name again),
        the clause it holds is what he reports, as if said directly; that clause, or None. Another's belief
        ("said Peru was sure Chile would …") is what he reports of that other."""
        if child.dep_ != "ccomp":
            return None
        held = held_belief(child)
        if held is None:
            return None
        holders, clause = held
        own = {ref.entity_id for holder in holders for ref in self.args.resolve(holder)}
        return clause if own and own <= self._speakers(verb) else None

    def _speakers(self, verb: Token) -> set[str]:
        """The entities the verb's own subject names."""
        return {ref.entity_id for s in verb.children if s.dep_ == "nsubj" for ref in self.args.resolve(s)}

    def _givers_to_asker(self, verb: Token, clause: Token, giver: Token) -> list[Ref]:
        """Whom a question whether they can give asks for it (_asked_to_give): the giver, when what is given
        goes to no one or to the asker's own ("protection for its tankers"); a question whether Britain
        would supply arms to Iraq, put by others than Iraq, asks Britain for nothing."""
        askers = {r.entity_id for c in verb.children if c.dep_ == "nsubj" for r in self.args.resolve(c)}
        nouns = [clause, *(c for c in clause.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass"))]
        recipients = [
            g
            for n in nouns
            for p in n.children
            if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        found = {r.entity_id for g in recipients for r in self.args.resolve(g) + self.owners(g)}
        if found and not found & askers:
            return []
        return self.args.resolve(giver)

    def _denied_reached(self, verb: Token, content: Token) -> list[Slot]:
        """Whom a denied clause with no entity for a subject reaches through a preposition: "denied that any
        signal was being sent to Peru" denies something of Peru (an explicit denial is a fact the reader
        wants). Only a speaker's own denial: a plain report of such a clause ("said arms were sold to Peru")
        is about the arms, and reading it as about Peru would make a statement of every passing mention.
        Where the clause happens (in, at, during) is no one it reaches."""
        if verb.lemma_.lower() not in DENIAL_VERBS:
            return []
        if not any(c.dep_ == "nsubj" for c in verb.children):
            return []  # "wrote denying Samoans citizenship violated X": a gerund, no speaker's denial
        return [
            # its own tail: a "patient" of a blameless report is dropped as no topic (rules.speech_content)
            Slot("content", "reached", about, clause=content.i, scope=content.i)
            for prep in content.children
            if prep.dep_ in ("prep", "dative")
            and prep.lower_ in TARGET_PREPS
            and prep.lower_ not in CIRCUMSTANCE_PREPS
            for obj in prep.children
            if obj.dep_ == "pobj"
            for about in self.args.resolve(obj)
            if about.via == "name"
        ]

    def _states_of_economy(self, noun: Token, clause: Token) -> list[Ref]:
        """The states whose economy the subject of reported content measures (economy_nouns), where it names
        no entity of its own: "said Belgium's output would fall" (a state's yield, state_thing_nouns, is
        never the state itself), "said growth would remain weak in Belgium and the Netherlands" (the
        place of an unowned measure, on the noun or on the clause it is the doer of; where it is what is
        done to, the place is where that is done). The report is about those states."""
        if noun.lemma_.lower() not in ECONOMY_NOUNS and noun.lower_ not in ECONOMY_NOUNS:
            return []
        owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        states = [found[0] for c in owners if (found := self.args.entity_of(c)) is not None]
        if not owners:
            places = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"]
            if not places and noun.dep_ == "nsubj":  # ("said inflation would be discussed in X": a venue)
                places = [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"]
            names = [o for p in places for o in p.children if o.dep_ == "pobj"]
            names += [c for o in names for c in o.conjuncts]
            states = [found[0] for o in names if (found := self.args.entity_of(o)) is not None]
        states = [state for state in dict.fromkeys(states) if state.startswith("country:")]
        return [Ref(state, noun.i, "possessor") for state in states]

    def _parties_of_relations(self, noun: Token) -> list[Ref]:
        """The parties a noun of relations between sides (relation_nouns) names with "with" or "between",
        where the subject of reported content is such a noun: "said relations with Japan were strained",
        "said trade ties with Brazil had worsened" are about Japan, Brazil. A noun of anything else ("said
        strong sales to markets, including Japan, rose") is of that thing, not of whom its phrase names."""
        if not relation_noun(noun):
            return []
        names = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("with", "between")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return [ref for name in names for ref in self.args.resolve(name)]  # (a name resolves its conjuncts)

    def _acts_on_speaker(self, content: Token, verb: Token) -> bool:
        """Does the reported clause have the reporting verb's own subject for an object ("Jane Doe said
        Y had asked her to sing", "Chile said Peru had given it aid")?"""
        speakers = self._speakers(verb)
        objects = [c for c in content.children if c.dep_ in ("dobj", "dative")]
        objects += [p for c in content.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return any(ref.entity_id in speakers for obj in objects for ref in self.args.resolve(obj))

    def _acted_on(self, verb: Token) -> str:
        """Is an entity already what the verb acts on: its direct "object", a passive's "subject", or ""?"""
        for dep in ("dobj", "nsubjpass"):
            named = (c for c in verb.children if c.dep_ == dep and not _apposed_second_object(c))
            if any(self._named_object(c) for c in named):
                return "object" if dep == "dobj" else "subject"
        return ""

    def _sought_for(self, verb: Token) -> tuple[int, str, tuple[int, ...]] | None:
        """ "filed for bankruptcy protection in Texas", "applied for asylum in Austria": after a verb of
        seeking (sought_for_verbs) with no object of its own, a "for" phrase whose noun names no entity is
        what the subject seeks, part of the relation to the phrases after it (`file for bankruptcy protection
        in`, not a bare `file in`). The preposition's position, its words and their tokens, or None."""
        if verb.lemma_.lower() not in SOUGHT_FOR_VERBS:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in PURPOSE_PREPS or prep.i < verb.i:
                continue
            nouns = [c for c in prep.children if c.dep_ == "pobj"]
            if len(nouns) != 1:
                return None
            noun = nouns[0]
            if noun.pos_ != "NOUN" or noun.ent_type_ or self.args.resolve(noun):
                return None  # "filed for two years", "bid for Acme": a time or a party, no thing sought
            kinds = [
                c
                for c in noun.children
                if c.i < noun.i and c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_
            ]
            words = " ".join([prep.lower_, *(c.lower_ for c in kinds), noun.lemma_.lower()])
            return prep.i, words, (prep.i, *(c.i for c in kinds), noun.i)
        return None

    def _thing_object(self, verb: Token) -> Token | None:
        """The verb's direct object when it is a common noun that names no entity ("held a majority",
        "left a flag"): the relation through a preposition is about it too."""
        for child in verb.children:
            # "made landfall on": the tagger may take a bare noun object for an adjective. A linking verb's
            # complement noun ("investors become stockholders in local firms") is its thing too: `become
            # stockholder in`, not a bare `become in` (a copula "be" has no patient: never reaches here)
            if child.dep_ not in ("dobj", "attr") or child.ent_type_ in TIME_LABELS:
                continue  # "served eight years as mayor of X": how long, not what
            named_sum = sum_named(child)
            if named_sum is not None:
                return named_sum
            if _placing_point(child):
                # "opened a new offensive north of X", parsed with "north" the object and "offensive" its
                # modifier: the deed's noun is the thing, the compass point only where it was
                deed = child.doc[child.i - 1] if child.i > 0 else None
                if deed is not None and deed.head == child and deed.dep_ in ("amod", "compound"):
                    return deed
                continue
            if child.pos_ in ("NOUN", "ADJ") and not self._named_object(child):
                return child
            if child.pos_ == "NOUN" and self._only_events(child):
                return child  # "held primary elections in the state of X": `hold primary election in`
        return None

    def _names_state(self, word: Token) -> bool:
        """Does the word resolve to a state?"""
        return any(ref.entity_id.startswith("country:") for ref in self.args.resolve(word))

    def _antecedent_object(self, verb: Token) -> Token | None:
        """ "the tariffs Washington placed on Canadian lumber", "the sanctions it imposed on Japan", "the
        duties imposed on Japanese goods by X": the event noun a relative or participle clause is on is what
        its verb acts on, as the direct object is in "placed tariffs on X" (`place tariff on`, the noun's
        code where the verb has none); not a noun that does the deed ("the sanctions that hurt Japan")."""
        noun = verb.head
        if noun.pos_ != "NOUN" or self._named_object(noun):
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if event_root(noun.lemma_.lower(), noun=True) is None:
            # "a clean bill of health that Sudan could take to its creditors": a thing its relative pronoun
            # makes the clause's object is what the verb acts on (`take bill to`, not a bare `take to`);
            # without the pronoun a gap may be a time ("the day Peru went to X"), so events only
            relative = [c for c in objects if c.dep_ == "dobj" and c.lower_ in ("that", "which")]
            return noun if verb.dep_ == "relcl" and relative and len(objects) == 1 else None
        if any(c.lower_ not in RESTRICTIVE_RELATIVES for c in objects):
            return None  # "the sanctions that cost Japan its market": the clause has an object of its own
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return noun  # "the duties imposed on Japanese goods": a reduced passive, done to the noun
        if verb.dep_ != "relcl":
            return None
        subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if any(c.dep_ == "nsubjpass" for c in subjects) or objects:
            return noun  # "the sanctions that were imposed on X", "the sanctions that X imposed on Y"
        own = [c for c in subjects if c.lower_ not in RESTRICTIVE_RELATIVES]
        return noun if own else None  # "the tariffs Washington placed on X"; "the tariffs that hurt X" do

    def _only_events(self, noun: Token) -> bool:
        """Does an object noun name only events (no actor)?"""
        refs = self.args.resolve(noun)
        return bool(refs) and all(r.entity_id.startswith("event:") for r in refs)

    def _named_object(self, noun: Token) -> bool:
        """Does an object noun name an entity? "maintained his lead over Y" does not: a thing owned by a
        pronoun is the thing, and the phrase after it is about it ("maintain lead over", not "maintain
        over")."""
        refs = self.args.resolve(noun)
        # (but "rejected its OPEC quota": the quota is OPEC's, whom the deed is on, arguments.body_measure)
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        owned = owned and self.args.body_measure(noun) is None
        return bool(refs) and not (owned and all(r.via == "possessor" for r in refs))

    def _bare_pronoun_object(self, verb: Token) -> bool:
        """ "In Ohio, the governor postponed it": an object pronoun naming no entity leaves the verb's
        object unknown, and a phrase after the verb ("postpone in Ohio") would be read without it."""
        return any(
            c.dep_ == "dobj"
            and c.tag_ == "PRP"  # "it", "them"; a relative "that" stands for the noun its clause is on
            and c.lower_ not in REFLEXIVE_PRONOUNS
            and not self.args.resolve(c)
            for c in verb.children
        )

    @staticmethod
    def _with_object(slot: Slot, thing: Token | None) -> Slot:
        """ "Republicans hold a majority in the Senate" is `hold majority in`, not `hold in`; "sent aid to
        Pakistan" is `send aid to` (and a verb without a CAMEO code takes the noun's). Through a noun, the
        object joins the words only ("received votes with the ticket of X" is `receive vote with ticket
        of`): the noun reached stays the slot's ("per the request of X" is still a request)."""
        if thing is None or slot.kind not in ("prep", "prep_noun"):
            return slot
        noun = thing.lemma_.lower() if slot.kind == "prep" else slot.noun
        words, tokens = _compound_name(thing)
        if slot.kind == "prep" and len(tokens) == 2 and event_root(words, noun=True) is not None:
            noun = words  # "extended a credit line to X": the event the two words name, not a "line"
        return Slot(slot.kind, f"{words} {slot.tail}", slot.ref, slot.prep, noun, (*tokens, *slot.tokens))

    def _defied(self, prep: Token) -> list[Slot]:
        """ "went ahead despite Peru's objections", "despite opposition from Peru": a stance of another's
        (defied_nouns) that the deed is done against, with its owner, as a "defied" slot: no party the
        verb acts on, but the owner's stance toward the doer."""
        if prep.lower_ not in DEFIANCE_PREPS:
            return []
        found: list[Slot] = []
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = noun.lemma_.lower()
            if lemma not in DEFIED_NOUNS:
                continue
            refs = [r for r in self.args.resolve(noun) if r.via == "possessor"]
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
                refs += [r for g in by.children if g.dep_ == "pobj" for r in self.args.resolve(g)]
            found += [Slot("defied", DEFIED_NOUNS[lemma], r, noun=lemma, tokens=(noun.i,)) for r in refs]
        return found

    def _act_by(self, prep: Token, verb: Token) -> list[Slot]:
        """ "rejected the proposal by Turkey", "welcomed an offer by Acme": the parser hangs the object's
        "by" on the verb; when the object is an act (an event noun: proposal, offer, demand) with no party
        of its own, its doer after "by" is whom the verb reaches, as the owner of "Turkey's proposal" is."""
        [obj] = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i][:1] or [None]
        if obj is None or obj.pos_ != "NOUN" or event_root(obj.lemma_.lower(), noun=True) is None:
            return []
        if self.args.resolve(obj):
            return []  # "rejected Peru's proposal by a vote": the act already has its party
        # "rejected the proposal by Turkey" is "reject proposal of" Turkey, as "Turkey's proposal" is
        lemma = obj.lemma_.lower()
        tail, tokens = (f"{lemma} of", (obj.i,)) if lemma in PROPOSAL_NOUNS else ("", ())
        return [Slot("object", tail, ref, tokens=tokens) for ref in self._makers_by(prep, obj)]

    def _makers_by(self, by: Token, noun: Token) -> list[Ref]:
        """The parties after "by" that make the noun's act or claim, as its possessors; people named by where
        they belong ("screens investments by foreigners and locals") make a kind of act, no party's."""
        return [
            Ref(r.entity_id, noun.i, "possessor")
            for pobj in by.children
            if pobj.dep_ == "pobj"
            for r in self.args.resolve(pobj)
            if self.doc[r.token].lower_ not in ORIGIN_CLASS_NOUNS
        ]

    def _claim_makers(self, noun: Token) -> list[Ref]:
        """ "rejected claims by the Greens that …", "denied charges by Peru", "dismissed criticism by X": a
        claim (rebuffed_claim_nouns) that a verb of rejection (CAMEO 12) or of denial (denial_verbs) takes
        as its object, with its maker after "by" on the noun, is the maker's, as "the Greens' claims" is:
        the verb rebuffs the maker (the maker as the claim's possessor, so "deny" reads its
        `object=@possessor & direct=claim` row). Other verbs ("repeated claims by X") reach no maker."""
        if not rebuffed_claim(noun):
            return []
        bys = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by")
        return [ref for by in bys for ref in self._makers_by(by, noun)]

    def _objects(self, child: Token, copula: bool, verb: Token | None = None) -> list[Slot]:
        if child.lower_ in REFLEXIVE_PRONOUNS:
            return []  # "reversed himself": the subject acts on itself
        if child.dep_ == "attr" and one_of_roles(child):
            return []  # "became one of 12 FESTA leaders": the body's office (title rule), no "become" it
        if _object_in_state(child):
            return []  # "left the Europeans cold": how they ended up, nothing done to them
        if _given_a_standing(child):
            return []  # "giving the U.K. the largest exposure": a rank it came to hold, no gift to it
        if child.dep_ == "dobj" and _clause_inside(child) not in (None, verb):
            return []  # "the convention conducted online, the party nominated X": X is the party's
        if _modifier_of_next_object(child):
            return []  # "join Andean Community trade bloc": the bloc is joined, the name only names whose
        if child.dep_ == "dobj" and _apposed_second_object(child):
            return []  # "invited Ann Roe and Ed Poe, the miners' leader": who Poe is, no second guest
        if child.dep_ == "dobj" and _partner_in_deed(child):
            return []  # "joined Chile in seeking relief": a partner in the deed, nothing done to it
        if child.dep_ == "dobj" and self.args.closes_list(child):
            return []  # "sold jets to Delta, TWA, and Pan Am": an item of the "to" list, not what was sold
        holders = self._meeting_holders(child)
        if holders:
            return holders
        doers_own = False  # the object's owner was the doers' own, and is dropped (_without_doers_own)
        if _relative_object(child):
            # "Peru, which Chile has accused of terrorism": the relative pronoun is the noun the clause
            # hangs on
            refs = self.args.antecedent(child.head)
        else:
            refs = [
                r
                for r in self.args.resolve(child)
                if not stolen_by_next_clause(self.doc[r.token]) and not trailing_speaker(self.doc[r.token])
            ]
            if child.dep_ == "dobj" and not copula:
                kept = self._without_doers_own(child, refs)
                doers_own, refs = kept != refs, kept
            if child.dep_ == "dobj" and not copula and not refs:
                refs = self._claim_makers(child)
        if refs or doers_own:
            # (a thing of the doers' own whose owner is dropped is still the object: what its words name is
            # read as it would be with the owner, not as a bare noun's conjuncts)
            attribute = copula and child.dep_ == "attr"
            possessive = any(c.dep_ == "case" for c in child.children)  # "was Iran's first": whose
            named = all(r.via == "name" for r in refs)
            if attribute and not possessive and named and (child.pos_ == "PROPN" or _inside_name(child)):
                # "she was Jane Roe" (a birth name), "X was Peru capitol" (a misparse): a name as the
                # attribute leaves no relation noun; the copula would say the two are one. Nor does a word
                # of the name ("is ex-Muslim", parsed "ex", "-", "Muslim"): no "be ex", "be -"
                return []
            tail, tokens = (child.lemma_.lower(), (child.i,)) if attribute else ("", ())
            leads = [
                c for c in child.lefts if c.dep_ in ("amod", "compound") and is_body_leader_modifier(c.text)
            ]
            if attribute and leads and is_role_word(child.lemma_.lower()):
                # "X is the Iranian parliamentary leader": the chamber's leader, no "be leader" of Iran
                tail, tokens = f"{leads[-1].lower_} {tail}", (leads[-1].i, child.i)
            if not tail and child.dep_ == "dobj":
                tail, tokens = _role_to_be(child.head)
            if not tail and child.dep_ == "dobj":
                tail, tokens = _charge(child.head)
            slots = []
            for r in refs:
                if scope_of_parties_named(child, r):
                    continue  # "engineered Spain's biggest merger, between A and B": no act on Spain
                kept, kept_tokens = self._keep_noun(tail, r, tokens)
                slots.append(Slot("object", kept, r, tokens=kept_tokens))
            if child.dep_ == "dobj" and not copula and not self._named_object(child):
                # "softened its stance toward Peru", "froze their credit lines to X": the pronoun's thing is
                # the subject's own, and whom its phrase names is whom the verb reaches through it
                slots += self._through_nouns(child, conjuncts=False)
            return slots + ([] if copula else self._object_places(child))
        found: list[Slot] = []
        child = (sum_named(child) or child) if child.dep_ == "dobj" else child
        for noun in (child, *child.conjuncts):
            if noun is not child and noun.pos_ == "PROPN" and noun.i not in self.args.entities.token_entity:
                continue  # "is a farmer and a Master of Arts at X": a name that is no entity is no role
            found += self._through_nouns(noun, conjuncts=False)
            if copula and child.dep_ == "attr":
                lemma = noun.lemma_.lower()
                of = tuple(c.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")[:1]
                words: tuple[int, ...] = (noun.i, *of)
                before = self.doc[noun.i - 1] if noun.i > 0 else None
                two_words = f"{before.lower_} {lemma}" if before is not None and before.head == noun else ""
                if before is not None and two_words in RELATIONAL_NOUNS:
                    # "was Y's running mate": a relation written in two words keeps both
                    lemma, words = two_words, (before.i, *words)
                elif not is_role_word(lemma):
                    # "is Britain's largest export market": the thing keeps its field words ("be export
                    # market of"), as a title keeps them; a role's words are the title rule's
                    lemma, named = _compound_name(noun)
                    words = (*named, *of)
                owners = self.owners(noun)
                verb = child.head
                if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
                    # "selected X to be his running mate": X is the one who is (object control), the pronoun
                    # the chooser's; the clause's subject would be wrongly said to relate to it
                    # (not "turned out to be my adviser": the subject is the one who is)
                    owners = [r for r in owners if r.via != "pronoun"]
                found += [Slot("owner", f"{lemma} of", ref, "of", lemma, words) for ref in owners]
        return found

    def _without_doers_own(self, thing: Token, refs: list[Ref]) -> list[Ref]:
        """ "Big banks such as Acme are preparing to downgrade their Peru loans": a possessive pronoun on the
        verb's object that refers back to the clause's own subject (to it, or to one of those it names) owns
        the thing for the doers, whatever entity it was resolved to; its owner is not what they act on. A
        loan, debt or credit (owned_thing_nouns) is then the state named with it ("Peru loans", as "Peruvian
        loans": "loan of" Peru, its borrower); any other thing reaches no one through the pronoun."""
        pronouns = [c for c in thing.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
        if not pronouns:
            return refs
        owners = {r.entity_id for p in pronouns for r in self.args.resolve(p)}
        subjects, _ = find_subject(thing.head, _own_subjects, lambda noun, verb: [noun])
        if not owners & {r.entity_id for s in subjects for r in self.args.resolve(s)}:
            return refs  # "Peru's loans ... Chile bought their bonds": another's thing
        kept = [r for r in refs if not (r.via == "possessor" and r.entity_id in owners)]
        if thing.lemma_.lower() not in OWNED_THING_NOUNS:
            return kept
        named = [c for c in thing.children if c.dep_ == "compound" and c.i < thing.i]
        states = [found[0] for c in named if (found := self.args.entity_of(c)) is not None]
        states = [s for s in dict.fromkeys(states) if s.startswith("country:") and s not in owners]
        return kept + [Ref(s, thing.i, "possessor") for s in states if all(r.entity_id != s for r in kept)]

    def _conditioned_targets(self, verb: Token) -> list[Slot]:
        """ "would lift the tariffs once Japan opened its market", "will drop the duties as soon as Seoul
        begins honouring the accord", "will end the embargo if Peru withdraws": a measure eased on a condition
        (or at a time) that a state must meet is a measure on that state, when the text names no other
        target: slot "tariff on" the state named as the subject of the condition."""
        if verb.lemma_.lower() not in CONDITIONED_EASING_VERBS:
            return []
        measures = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in CONDITIONED_MEASURE_NOUNS
            and not any(g.dep_ in ("prep", "poss", "compound", "amod", "nmod") for g in c.children)
        ]
        if not measures:
            return []
        hosts = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "ADV")]
        found: list[Slot] = []
        for clause in (c for host in hosts for c in host.children if c.dep_ == "advcl"):
            words = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
            # "when Japan opens its market": the parser may make "when" an adverb of the clause
            marks = subordinators(clause, wh_adverbs=True)
            if not marks or not (opens_time(marks[0]) or marks[0].lower_ in CONDITION_MARKS):
                continue
            subjects = [c for w in words for c in w.children if c.dep_ == "nsubj"]
            refs = [
                ref
                for subject in subjects
                for ref in self.args.resolve(subject)
                if ref.entity_id.startswith("country:")
            ]
            for measure in measures:
                lemma = measure.lemma_.lower()
                found += [Slot("object_noun", f"{lemma} on", ref, "on", lemma, (measure.i,)) for ref in refs]
        return found

    def _recalled_targets(self, verb: Token) -> list[Slot]:
        """ "The U.S. announced tariffs on Brazilian shoes. Washington will impose the tariffs on April 17",
        "Chile will lift the embargo next week" after "Chile's embargo on Bolivia": a measure named again with
        "the" ("these", "such") and no target of its own, as the object of a verb that imposes or eases it,
        is the measure on the state or body it was last named with a few sentences before (slot "tariff on"
        it). Not when another side owned it then ("Peru's embargo on Bolivia ... Chile will lift the
        embargo": Peru's measure, no reading), nor on the verb's own subject."""
        if verb.lemma_.lower() not in RECALLED_MEASURE_VERBS:
            return []
        found: list[Slot] = []
        for measure in verb.children:
            lemma = measure.lemma_.lower()
            if measure.dep_ != "dobj" or lemma not in RECALLED_MEASURE_NOUNS or not _recalled(measure):
                continue
            earlier = _last_targeted(measure)
            if earlier is None:
                continue
            sides = {r.entity_id for s in _verb_subjects(verb) for r in self.args.resolve(s)}
            owners = self._measure_owners(earlier)
            if not sides or any(not self._same_side(o.entity_id, sides) for o in owners):
                continue  # another side's measure, or nobody the clause names to act
            for phrase, ref, _tokens in through_noun(self.args, earlier, frozenset(_TARGET_PREPS)):
                prep = phrase.split()[-1]
                if phrase.split()[0] != lemma or not ref.entity_id.startswith(("country:", "org:")):
                    continue
                if ref.entity_id in sides:
                    continue
                found.append(Slot("object_noun", f"{lemma} {prep}", ref, prep, lemma, (measure.i,)))
        return found

    def _measure_owners(self, noun: Token) -> list[Ref]:
        """Whose measure a mention names: its owner before it ("Chile's embargo", "U.S. tariffs"), else the
        subject of the verb it is the object of ("Peru imposed sanctions on X")."""
        owners = [
            r
            for c in noun.children
            if c.dep_ in ("poss", "compound", "nmod", "amod")
            for r in self.args.resolve(c)
            if r.entity_id.startswith(("country:", "org:", "person:"))
        ]
        if owners or noun.dep_ != "dobj":
            return owners
        return [
            r
            for s in _verb_subjects(noun.head)
            for r in self.args.resolve(s)
            if r.entity_id.startswith(("country:", "org:", "person:"))
        ]

    def _same_side(self, owner: str, sides: set[str]) -> bool:
        """Is the owner one of the sides, or a person acting for one (or a body one acts for)?"""
        people = self.args.affiliated_people
        return owner in sides or any(
            owner in people.get(side, ()) or side in people.get(owner, ()) for side in sides
        )

    def _meeting_holders(self, noun: Token) -> list[Slot]:
        """ "attended the IMF meeting", "will attend the bank's sessions": the body named before the
        gathering attended holds it, and the attendee meets with it as with "the meeting of the IMF"
        (slot "meeting of" the body); a state or place before the noun ("the Geneva summit") holds none."""
        lemma = noun.lemma_.lower()
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ATTENDING_VERBS:
            return []
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        if lemma not in ATTENDED_MEETING_NOUNS or of:
            return []  # "the meeting of the IMF" is read through its "of" (_through_nouns)
        # "the IMF and World Bank meetings": each body of the coordinated modifiers holds it
        holders = _bodies_named_before(self.args, noun, ("poss", "compound", "nmod"), conjuncts=True)
        return [Slot("object_noun", f"{lemma} of", ref, "of", lemma, (noun.i,)) for ref in holders]

    def _through_nouns(self, head: Token, conjuncts: bool = True) -> list[Slot]:
        """Entities reached through a non-entity object noun ("a subpoena for papers from X"), or through
        a passive's subject noun when a by-agent does the act to it: "the death of X was announced by Y"
        is Y announcing X's death, "sanctions on Iran were imposed by the US" the US imposing them."""
        found: list[Slot] = []
        for noun in (head, *head.conjuncts) if conjuncts else (head,):
            event = event_root(noun.lemma_.lower(), noun=True) is not None
            words, named = _compound_name(noun)
            summed = _sum_of_things(noun)
            for phrase, ref, tokens in through_noun(self.args, noun, look_through=event):
                if _located_by_thing(self.doc, ref):
                    continue  # "blamed weak demand in Europe": where the demand is, no partner
                lemma = phrase.split()[0]
                if summed and lemma == noun.lemma_.lower():
                    # "pledged 500 mln dlrs to Jordan", "bid 2.5 billion dlrs for X": the parser hangs the
                    # verb's phrase on the sum, which says how much and is no part of the relation
                    prep = phrase.split()[-1]
                    found.append(Slot("prep", prep, ref, prep=prep, tokens=tokens[1:]))
                    continue
                if lemma == noun.lemma_.lower() and named != (noun.i,):
                    # "scheduled a town hall on NBC": the words that name the thing stay with it
                    phrase, tokens = f"{words} {phrase.split(' ', 1)[1]}", (*named, *tokens[1:])
                    two_words = f"{self.doc[named[0]].lower_} {lemma}" if len(named) == 2 else ""
                    if two_words and event_root(two_words, noun=True) is not None:
                        lemma = two_words  # "announced tariff cuts": the event the two words name
                found.append(Slot("object_noun", phrase, ref, phrase.split()[-1], lemma, tokens))
            found += self._asked_through(noun)
            found += self._rest_of_stake(noun)
        return found

    def _rest_of_stake(self, noun: Token) -> list[Slot]:
        """ "X owns 74 pct of Y, and the balance (the rest, the remaining 26 pct) is held by Z", "and Z holds
        the remaining 25 pct": the rest of a share, held in a clause of owning coordinated with one that holds
        a share of a firm, is a share of that firm (slot "balance of" Y; rules.stake). Only where the first
        clause's share is of one firm: a rest of two firms, or after a share of no firm, reaches no one; a
        rest that names its own ("the rest of Y") is read through its own phrase."""
        if not coordinated_rest(noun):
            return []
        verb = noun.head
        if any(t.i in self.args.entities.token_entity for t in noun.subtree):
            return []
        firms = [
            firm
            for share in verb.head.children
            if share.dep_ == "dobj" and share.lemma_.lower() in SHARE_NOUNS | STAKE_NOUNS
            for prep in share.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
            for name in prep.children
            if name.dep_ == "pobj"
            for firm in (name, *name.conjuncts)
        ]
        refs = [ref for firm in firms for ref in self.args.resolve(firm)]
        if len(firms) != 1 or len(refs) != 1 or not refs[0].entity_id.startswith("org:"):
            return []
        lemma = noun.lemma_.lower()
        return [Slot("object_noun", f"{lemma} of", refs[0], "of", lemma, (noun.i,))]

    def _asked_through(self, noun: Token) -> list[Slot]:
        """ "renewed its call for Japan to lift its quotas": whom a noun of asking (appeal_nouns) asks to act
        by an infinitive opened with "for", as "renewed its call for Japan's exit" does."""
        made = noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING_VERBS | ISSUING_VERBS
        if noun.lemma_.lower() not in APPEAL_NOUNS or not made:
            return []  # "rejected the call for Japan to …": another's call, which asks nothing of the subject
        found: list[Slot] = []
        for clause in noun.children:
            asked = _asked_for(clause.head, clause, APPEAL_NOUNS) if clause.dep_ in ("advcl", "acl") else None
            if asked is None:
                continue
            mark = next(c.i for c in clause.children if c.dep_ == "mark")
            lemma = noun.lemma_.lower()
            refs = self.args.resolve(asked)
            found += [Slot("object_noun", f"{lemma} for", ref, "for", lemma, (noun.i, mark)) for ref in refs]
        return found

    def _object_places(self, obj: Token) -> list[Slot]:
        """ "killed Omar Haddad in the town of Hodeida": the parser hangs where the act happened on its
        object; a place there is where the verb's act took place (slot kind object_place)."""
        found: list[Slot] = []
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                # "in the port town of Mokha": the place a place noun names
                refs = self.args.resolve(pobj) or [
                    reach.ref for reach in through_noun(self.args, pobj, preps=frozenset({"of"}))
                ]
                for r in refs:
                    if r.entity_id.startswith(("place:", "country:")):
                        found.append(Slot("object_place", prep.lower_, r, prep=prep.lower_, tokens=(prep.i,)))
        return found

    def _actor_object(self, verb: Token) -> bool:
        """Does the verb's direct object name an actor ("welcomed Finland")?"""
        return any(c.dep_ == "dobj" and self.args.resolve(c) for c in verb.children)

    def _prepositional(self, child: Token, has_patient: bool = False, name: str | None = None) -> list[Slot]:
        """The slots of one prepositional phrase on the verb; `has_patient`: the verb already has what it
        acts on (a direct object, a passive subject, the noun its participle describes); `name`: the words
        of a two-word preposition whose second word is `child` ("out of")."""
        prep = name or child.lower_
        found: list[Slot] = []
        if _origin(child) or remote_place(child):
            return found  # "was won by X from Peru": where X is from, not whence the verb acts
        if _rivals_place(child):
            return found  # "lost orders to rivals in Korea": where the rivals are, not where it lost
        if _trading_place(child):
            return found  # "Acme shed 2% in Paris": where its shares traded, no place it acted in
        if _relatum_of_noun(child):
            return found  # "sought a stake in a rival to Zenith": whose rival, wherever the parser hangs it
        if _completes_charge(child):
            return found  # "denounced X as illegal under GATT": the charge's words, no party to the verb
        if _flow_destination(child):
            return found  # "raised tariffs on Japanese imports to the U.S.": where the imports go
        if _end_of_a_range(child):
            return found  # "let down on issues from Iraq to school fees": the end of a range of topics
        if _quality_experiencer(child):
            return found  # "named areas of concern to X": who is concerned, wherever the parser hangs it
        if _holders_of(child):
            return found  # "met King Fahd of Saudi Arabia": whose king, wherever the parser hangs it
        if _members_kept_apart(child):
            return found  # "called on producers outside OPEC": which producers, wherever the parser hangs it
        if prep == "into" and self._actor_object(child.head):
            return found  # "welcomed Finland into the alliance": where Finland goes, no party to the welcome
        status = _status_put(child.head)
        if status is not None and child.i in status[1]:
            # "put X in charge of the ministry": the status the object is put in is the predicate's ("put in
            # charge" X); what X is put in charge of is no party to the putting (nor a charge laid on it)
            return found
        for pobj in child.children:
            if pobj.dep_ != "pobj" or pobj.lower_ in REFLEXIVE_PRONOUNS | INDEPENDENT_POSSESSIVES:
                continue  # "with himself", "five percent in his" (race): no second party
            if pobj.ent_type_ in TIME_LABELS:
                continue  # "reopened at 2 p.m. ET", "met on Monday": when, whatever the parser hangs on it
            if pobj.lemma_.lower() in MEASURE_NOUNS:
                continue  # "set bail at 50,000 Georgian lari": an amount, though its modifier names a state
            if absolute_subject(child, pobj):
                continue  # "with Smith again taking the gloves": Smith is the participle's, no companion
            if respect_phrase(child, pobj):
                continue  # "bought it during the rule of X": when X governed, no party of the deed
            if medium(child, pobj) or pobj.ent_type_ == "LANGUAGE":
                # "wrote on Twitter": where the words were published, not whom they are about; "told the
                # guard in French": the tongue spoken, not the state it is named after
                continue
            if prep not in TARGET_PREPS and any(c.dep_ == "case" for c in pobj.children):
                continue  # 'declared it as "Peru's dullest race"': an owner whose thing the parser lost
            if has_patient and _grievance(prep, self.args.resolve(pobj)):
                continue  # "expelled the ambassador over the agreement": why, not a second patient
            # (a body's rule after a verb the lexicon lists with the preposition is the body's: "abide by
            # its OPEC quota", arguments.body_measure)
            body = has_particle(child.head.lemma_, prep) and self.args.body_measure(pobj) is not None
            if _fronted_relative(child, pobj):
                # "Saudi Arabia, to which Sudan owes X": the pronoun is the noun the clause hangs on
                refs = self.args.antecedent(child.head)
            else:
                refs = self.args.resolve(pobj)
            refs = [r for r in refs if r.via != "possessor" or prep in TARGET_PREPS or body]
            refs = [r for r in refs if not _styled_place(child, pobj, r) and not _venue_of_speech(child, r)]
            refs = [r for r in refs if not _state_waters(child, pobj, r, child.head)]
            refs = [r for r in refs if not self._route_over_water(child, r)]
            if _framing_accord(child, pobj):
                # "Under a separate agreement, Britain agreed to provide X": the accord is the frame the act
                # is done under, not what it is done to (its parties, "under an accord with Y", still reach)
                refs = [r for r in refs if not r.entity_id.startswith("event:")]
            if _role_played(child, pobj):
                refs = []  # "ran as the party's nominee": the role, not its holder nor its owner
                found += self._office_left(child, pobj)
            elif refs and _taken_for(child, pobj):
                continue
            if _occasion_in(child, refs, has_patient):
                continue  # "suffered wounds in the attack": when, not on whom
            if occasion(child, pobj):
                refs = [r for r in refs if r.via != "possessor"]  # "at the party's debate": its host
            undertaking = False
            if not refs and prep == "for" and child.head.lemma_.lower() in APPEAL_FOR_VERBS:
                refs = self._actors_of(pobj)  # "called for NATO action", "pressed for Iran's withdrawal"
                # "appealed for a greater Chilean effort to open its markets": an undertaking (intent_nouns)
                # is its owner's thing, kept with it ("appeal for effort of" Chile), as a proposal is; a bare
                # "appeal for" Chile would read as on Chile's behalf. An act asked for stays "call for" NATO
                undertaking = bool(refs) and pobj.lemma_.lower() in INTENT_NOUNS
            # "won gold at the World Championships": a contest is where its competitors win, not an occasion
            contest = prep not in WHEN_PREPS and child.head.lemma_.lower() in CONTEST_VERBS
            if refs and _dated_by_event(prep, pobj, refs):
                continue  # "During the Chilean bombing of X, Peru refused …": when; the bomber is no party
            if refs and _when(prep, refs) and not contest:
                continue  # "said after the court's ruling", "declared at the rally": when, not on whom
            if refs:
                for r in refs:
                    kept, tokens = self._keep_noun(prep, r, (child.i,))
                    if undertaking:
                        kept, tokens = f"{prep} {pobj.lemma_.lower()} of", (child.i, pobj.i)
                    found.append(Slot("prep", kept, r, prep=prep, tokens=tokens))
                if not _own_place(prep, pobj, refs) and not _own_accord(pobj, refs):
                    continue
            for noun in (pobj, *pobj.conjuncts):
                if respect_phrase(child, noun):
                    continue  # "in terms of the ban": in what respect, no party nor place
                held = _task_held(child, noun)  # "in charge of X": a task, no charge (nor its code)
                event = event_root(noun.lemma_.lower(), noun=True) is not None and not held
                if prep in TIME_PREPS and not event:
                    continue  # "since the closure of the mine": when, not what
                if noun.lemma_.lower() in MEASURE_NOUNS:
                    continue  # "led with 5 percent for X": a score, not whom the verb acts on
                if noun.lemma_.lower() in BENEFICIARY_NOUNS:
                    continue  # "called for it in the best interests of the country": for whom, no party
                if _member_of_kind(noun) is not noun and _taken_for(child, noun):
                    continue  # "chosen as one of the country's new industries": a kind, no party
                if prep == "as" and event and _sign_of_quality(noun):
                    continue  # "praised it as a demonstration of Japan's willingness": a sign, no event
                # "X, on an official visit to Peru, said": a journey the subject is "on" places the clause as
                # "during" does; its place is where he went (circumstance_event: "visit" Peru)
                placing = prep in CIRCUMSTANCE_PREPS or (prep == "on" and _journey_on(noun))
                if prep in CIRCUMSTANCE_PREPS and event and self._owned(noun):
                    continue  # "represented X in her lawsuit against Y": the lawsuit is its owner's
                met = _followed_meeting(prep, noun)
                # an event the clause comes before, after, since or until (any time but "during", which
                # places the clause inside it) only dates it
                dating = prep in TIME_PREPS and prep not in MEANS_PREPS
                if prep in CIRCUMSTANCE_PREPS and dating and event and not met:
                    # "reported the attack the deadliest since an assault in X", "spoke after talks with
                    # Y", "will meet just before the IMF meeting in Z": an event the clause follows or
                    # precedes only dates it; the text does not say the subject (least of all a reporter)
                    # took part in it, nor that Z is where the subject meets
                    continue
                words, named = _compound_name(noun)
                for phrase, ref, tokens in through_noun(self.args, noun):
                    if _scope_of_content(child.head, prep, phrase, ref):
                        continue  # "agreed on borders in the region": where the borders are, not a party
                    if not event and phrase.split()[-1] in PLACE_PREPS and _venue_of_speech(child, ref):
                        continue  # "told reporters at the embassy in X": where the words were spoken
                    if _located_by_thing(self.doc, ref):
                        continue  # "pointed to growth in Japan": where the growth is, no partner
                    if _reprised_events_target(noun, phrase):
                        continue  # "in retaliation for X's attack on Y's ship": the attack's target
                    if _parties_of_a_broken_pact(prep, noun, ref, self.doc):
                        continue  # "sanctions against X for violations of the U.S.-X pact": why, no party
                    lemma = phrase.split()[0]
                    if lemma == noun.lemma_.lower() and named != (noun.i,):
                        # "went in as the running mate of X": the words that name the thing stay with it
                        phrase, tokens = f"{words} {phrase.split(' ', 1)[1]}", (*named, *tokens[1:])
                    if met and phrase.split()[-1] != "with":
                        continue  # "after talks between X and Y": their meeting, which only dates the clause
                    # "at the request of X", "at the urging of X": the one who asked, no event the subject
                    # took part in (rules.behest: X ask the subject)
                    asked = prep in BEHEST_PREPS and lemma in APPEAL_NOUNS and phrase.endswith(f"{lemma} of")
                    if placing and event and not asked:
                        found.append(Slot("circumstance", phrase, ref, phrase.split()[-1], lemma, tokens))
                    elif prep == "as" and lemma in GIVEN_AS_NOUNS and lemma == noun.lemma_.lower():
                        # "provided 73 mln stg as a grant to India": the form of the thing given names it,
                        # as the object noun does ("provide grant to"), no role
                        found.append(Slot("prep_noun", phrase, ref, prep, lemma, tokens))
                    else:
                        noun_word = "" if held else lemma
                        found.append(
                            Slot("prep_noun", f"{prep} {phrase}", ref, prep, noun_word, (child.i, *tokens))
                        )
        if placing_phrase(child) and not posted_near(child):
            # "attacked Iraq near Basra", "foiled a thrust 10 km from the town of Fao": where the deed was
            found = [slot for slot in found if not _a_place(slot.ref)]
        return found

    def _owned(self, noun: Token) -> bool:
        """Does an event noun name its own agent, an entity in the possessive or after "by" ("her
        lawsuit", "the attack by X")? Then it is that agent's event (rule event_noun), not the clause
        subject's."""
        return any(
            (c.dep_ == "poss" and self.args.resolve(c))
            or (c.dep_ == "prep" and c.lower_ == "by" and any(self.args.resolve(g) for g in c.children))
            for c in noun.children
        )

    def _route_over_water(self, prep: Token, ref: Ref) -> bool:
        """ "shuttled across the Pacific", "shipped cars through the Strait of X": a sea crossed is the
        route, no party to the act and no place the act is done to."""
        if prep.lower_ not in ROUTE_PREPS or not ref.entity_id.startswith("place:"):
            return False
        entity = self.args.entities.entity(ref.entity_id)
        return entity is not None and is_sea(entity.label)

    def _actors_of(self, noun: Token) -> list[Ref]:
        """Who the act a noun names belongs to, from the entities that modify it ("NATO action", "a UN
        inquiry", "Iran's withdrawal"): whom an appeal for that act is made of."""
        return [
            Ref(ref.entity_id, noun.i, "possessor")
            for child in noun.children
            if (child.dep_ in PRENOMINAL_DEPS or child.dep_ == "poss") and child.i < noun.i
            for ref in self.args.resolve(child)
        ]

    def _adjective(self, adjective: Token) -> list[Slot]:
        lemma = adjective.lemma_.lower()
        found: list[Slot] = []
        for prep in adjective.children:
            if prep.dep_ != "prep":
                continue
            act = _thing_right_before(adjective, prep, self.args)
            for pobj in prep.children:
                refs = self.args.resolve(pobj)
                if act is not None:
                    # "is opposed to a grain subsidy to Peru" with "to Peru" hung on "opposed": the party
                    # is the act's, which is what is opposed, as the noun's own phrase reads it
                    found += [
                        Slot(
                            "adjective",
                            f"{lemma} {act.head.lower_} {act.lemma_.lower()} {prep.lower_}",
                            r,
                            prep.lower_,
                            act.lemma_.lower(),
                            (adjective.i, act.head.i, act.i, prep.i),
                        )
                        for r in refs
                    ]
                    continue
                found += [
                    Slot("adjective", f"{lemma} {prep.lower_}", r, prep.lower_, tokens=(adjective.i, prep.i))
                    for r in refs
                ]
                if not refs:
                    found += [
                        Slot(
                            "adjective",
                            f"{lemma} {prep.lower_} {phrase}",
                            r,
                            prep.lower_,
                            phrase.split()[0],
                            (adjective.i, prep.i, *tokens),
                        )
                        for phrase, r, tokens in through_noun(self.args, pobj)
                    ]
        return found


def _thing_right_before(adjective: Token, prep: Token, args: ArgumentResolver) -> Token | None:
    """The common noun that an earlier preposition of the same adjective takes, which ends right before
    this preposition ("opposed to grain sales | to Peru"): the parser hung the second phrase on the
    adjective, but it is the noun's (the sales are to Peru), so a party in it is no party to the adjective
    itself. None when no such noun, or when it names an entity (then both are the adjective's)."""
    for earlier in adjective.children:
        if earlier.dep_ != "prep" or earlier.i >= prep.i:
            continue
        for noun in earlier.children:
            ends_before = noun.right_edge.i + 1 == prep.i
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and ends_before and not args.resolve(noun):
                return noun
    return None


def _given_a_standing(dative: Token) -> bool:
    """ "giving the U.K. the third largest exposure", "gave Chile a lead over Peru": the first object of a
    verb of two objects whose second names a standing (standing_nouns) comes to hold that rank or
    position; nothing is handed to it, and the verb does nothing to it."""
    if dative.dep_ != "dative":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in STANDING_NOUNS for c in dative.head.children)


def _value_words(verb: Token) -> list[Token]:
    """The adjectives ("worth") and participles ("totalling") of value on the verb's direct objects, or
    on the verb itself where the parser hangs "worth" there ("impose tariffs worth 300 mln dlrs on X"), with
    the sum the adjective takes, which the parser may hang the verb's phrase on instead."""
    values = [
        value
        for obj in verb.children
        if obj.dep_ == "dobj"
        for value in obj.children
        if (value.dep_ == "amod" and value.lower_ in VALUE_ADJECTIVES)
        or (value.dep_ == "acl" and value.lemma_.lower() in VALUE_PARTICIPLES)
    ]
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    values += [
        c for c in verb.children if has_object and c.dep_ in ("oprd", "prep") and c.lower_ in VALUE_ADJECTIVES
    ]
    sums = [c for value in values for c in value.children if c.dep_ in ("npadvmod", "pobj")]
    return values + sums


def _existential_claims(content: Token) -> list[Token]:
    """ "said there was a perception (a feeling, signs) that Peru had reneged": under an empty "there", the
    clause of a noun of claim (EXISTENTIAL_CLAIM_NOUNS: its own list, evidence and believing) is what the
    speaker states, its own subject named; a possibility ("there is a risk that Peru will …") is none. The
    parser may hang an unmarked clause as a relative one; one whose relative pronoun is an argument ("a
    feeling which Peru shared") describes the noun. A denied one ("there is no sign that …") states
    nothing."""
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in content.children) or is_negated(content):
        return []
    nouns = [
        n
        for n in content.children
        if n.dep_ in ("attr", "nsubj")
        and n.pos_ == "NOUN"  # "there is nothing Peru can do" (an evidence word, a pronoun) claims nothing
        and n.lemma_.lower() in EXISTENTIAL_CLAIM_NOUNS
        and not any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)
    ]
    return [c for n in nouns for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and _own_clause(c)]


def _blamed_owners(content: Token) -> list[tuple[Token, Token]]:
    """Whom a reported clause lays a wrong on, with the clause that lays it: the owner of a noun of fault it
    is ("was partly the fault of Peru", "was Peru's fault"), the one a passive "blame" puts it on ("was
    blamed on Peru"); also in a "which" clause on the content or its subject ("hopes are high, which was
    the fault of Ruiz"). A denied one ("was not the fault of Peru") lays none."""
    heads = [content, *(s for s in content.children if s.dep_ in NOMINAL_SUBJECT_DEPS)]
    clauses = [content] + [
        r
        for h in heads
        for r in h.children
        if r.dep_ == "relcl" and any(w.tag_ == "WDT" and w.dep_ in NOMINAL_SUBJECT_DEPS for w in r.children)
    ]
    found: list[tuple[Token, Token]] = []
    for clause in clauses:
        if is_negated(clause):
            continue
        if clause.lemma_ == "be":
            faults = [a for a in clause.children if a.dep_ == "attr" and a.lemma_.lower() in FAULT_NOUNS]
            owners = [o for a in faults for o in a.children if o.dep_ == "poss"]
            owners += [o for a in faults for o in prep_objects(a, {"of"})]
        elif clause.lemma_.lower() == "blame" and is_passive(clause):
            owners = prep_objects(clause, {"on"})
        else:
            owners = []
        found += [(clause, owner) for owner in owners]
    return found


def prep_objects(head: Token, preps: set[str]) -> list[Token]:
    """The objects of the head's prepositions (or by-agent) among `preps` ("fault of Peru" -> Peru, "blamed
    on Peru"); not a place a speaker spoke from ("an interview from Washington")."""
    return [
        g
        for c in head.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps and not remote_place(c)
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _own_clause(clause: Token) -> bool:
    """Is a clause on a noun one with its own named subject and no relative pronoun ("that Peru had
    reneged", "Peru had reneged"), not one describing the noun ("which Peru took", "that grew")?"""
    children = list(clause.children)
    relative = any(c.tag_ in ("WDT", "WP") or (c.lower_ == "that" and c.dep_ != "mark") for c in children)
    return not relative and any(s.dep_ in NOMINAL_SUBJECT_DEPS for s in children)


def _further_contents(content: Token) -> list[Token]:
    """ "said Japan would help, and that the U.S. was willing to ...": a second "that"-clause the parser
    coordinates with the first is said too."""
    return [
        c
        for c in content.children
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def _commitment(verb: Token) -> bool:
    """ "said Japan had agreed to take part", "said Peru promised to pay": a verb of saying with a "to"-
    infinitive and no clause of its own commits its subject to a deed; it reports no words, so what the
    outer speaker says is about that subject."""
    children = list(verb.children)
    # (not "observed more planets to study": a thing observed, with what for)
    return any(c.dep_ == "xcomp" and to_infinitive(c) for c in children) and not any(
        c.dep_ in ("ccomp", "dobj") for c in children
    )


def speech_occasion_on_object(prep: Token) -> bool:
    """Is the phrase an occasion of speech ("in a speech", "during an address": words.tsv
    speech_occasion_nouns) hung on a verb's direct object ("promised retaliation in a speech to X")?"""
    noun = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in SPEECH_OCCASION_PREPS or noun.dep_ != "dobj":
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in SPEECH_OCCASION_NOUNS for c in prep.children)


def _hung_on_objects(verb: Token, keep: Callable[[Token], bool]) -> list[Token]:
    """The words `keep` picks among those the parser hangs on the verb's direct objects, where they often
    belong to the verb: occasions of speech, reprisals, purposes."""
    return [child for obj in verb.children if obj.dep_ == "dobj" for child in obj.children if keep(child)]


def _speech_occasions_on_objects(verb: Token) -> list[Token]:
    """The occasions of speech hung on the verb's direct objects (`speech_occasion_on_object`)."""
    return _hung_on_objects(verb, speech_occasion_on_object)


def _reprisal_phrase(prep: Token) -> bool:
    return (
        prep.dep_ == "prep"
        and prep.lower_ in CIRCUMSTANCE_PREPS
        and any(c.dep_ == "pobj" and c.lemma_.lower() in REPRISAL_NOUNS for c in prep.children)
    )


def _reprisals_on_objects(verb: Token) -> list[Token]:
    """The prepositions of a reprisal (words.tsv reprisal_nouns) hung on the verb's direct objects ("sanctions
    in retaliation for X")."""
    return _hung_on_objects(verb, _reprisal_phrase)


def _purposes_of_objects(verb: Token) -> list[Token]:
    """The "to"-infinitives of purpose on the verb's direct objects ("proposals to ease X")."""
    return _hung_on_objects(verb, lambda purpose: purpose.dep_ in ("acl", "relcl") and to_infinitive(purpose))


def _clause_inside(obj: Token) -> Token | None:
    """ "At the convention conducted online, the party nominated businessman X": the parser may make the
    first verb the clause's and hang the real one, with its own subject, on the object as a modifier
    ("nominated" amod of "businessman"). The finite verb with a subject inside the object's words before it
    is the object's verb."""
    for word in obj.subtree:
        if word.i >= obj.i:
            break
        finite = word.dep_ == "amod" and word.pos_ == "VERB" and word.tag_ in FINITE_TAGS
        if finite and any(c.dep_ == "nsubj" for c in word.children):
            return word
    return None


def _modifier_of_next_object(name: Token) -> bool:
    """ "Chile, Peru join Andean Community regional trade bloc": in headline style the parser may make a
    name a second object of the verb when it only modifies the common noun right after it; the object is
    that noun's thing (the bloc, a deal), not the name. The noun's words follow the name at once, with no
    comma or conjunction between. A contest named by its place is won or lost there ("wins Iowa
    caucus" wins Iowa, as election news says)."""
    if name.dep_ != "dobj" or name.pos_ != "PROPN":
        return False
    if name.head.lemma_.lower() in CONTEST_VERBS and any(t.ent_type_ in ORIGIN_TYPES for t in name.subtree):
        return False
    return any(
        other.dep_ == "dobj"
        and other.pos_ == "NOUN"
        and other.i > name.i
        and other.left_edge.i == name.right_edge.i + 1
        for other in name.head.children
    )


def _small_clause_subject(clause: Token) -> Token | None:
    """ "will help Iraq rebuild its economy", "refused to help Kuwait defend its ships": after a verb whose
    object takes a bare infinitive (bare_infinitive_object_verbs), the parser makes the object the subject
    of a clause of its own; that subject, which the verb acts on, or None. Not a tensed clause ("helped
    ensure Iraq was rebuilt") nor one with "to" or a subordinator."""
    verb = clause.head
    # (the tagger may take the bare verb after a plural for a present: "help the allies defend", VBP)
    if clause.tag_ not in ("VB", "VBP"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in PERMISSION_VERBS and to_infinitive(clause) and refused(verb):
        # "refused to allow Chile to use its ports", "will not let Chile use them": the one denied leave,
        # whom the parser makes the subject of the "to" clause, is the verb's object, as with "help" (a
        # leave given in passing, "thus allowing banks to recoup their losses", is no act on the banks)
        pass
    elif lemma not in BARE_INFINITIVE_OBJECT_VERBS or any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children
    ):
        return None
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not verb.i < subjects[0].i < clause.i:
        return None
    return subjects[0]


# What the parser makes of a headline's verbless predicate after the noun: "SAYS PACT NEAR" (advcl)
_SAID_STATE_DEPS = frozenset({"advcl", "xcomp", "oprd", "acomp", "ccomp"})


def _headline_small_clause(obj: Token, verb: Token) -> bool:
    """ "TREASURY OFFICIAL SAYS PHILIPPINE PACT VERY NEAR", "BANK SEES DOLLAR STABLE": a headline drops the
    verb of what is said, and the parser makes the noun the object of the verb of speech or view; the noun
    is the subject of that verbless clause, whose adjective or adverb follows it at once, not the one
    told or seen."""
    lemma = verb.lemma_.lower()
    if obj.dep_ != "dobj" or not (lemma in REPORTING_VERBS or lemma in HEADLINE_VIEW_VERBS):
        return False
    if not in_headline(verb) or obj.i < verb.i:
        return False
    following = obj.right_edge.i + 1
    if following >= obj.sent.end:
        return False
    word = obj.doc[following]
    # (an adverb only before the word it modifies: "VERY NEAR"; "WARNS JAPAN AGAIN" warns Japan)
    said = word.pos_ == "ADJ" or (word.pos_ == "ADV" and word.head.i > word.i)
    said = said or (word.head == verb and word.dep_ in _SAID_STATE_DEPS)
    return said and word.pos_ not in ("VERB", "AUX") and not word.like_num


def _anticipating_it(verb: Token) -> bool:
    """Is the verb's complement an empty "it" and an adjective before the infinitive or clause the "it"
    stands for ("is finding it hard to make a mark", "made it clear that …")? The verb then says how its
    subject finds or makes that deed, and relates its subject to nothing the phrase names."""
    for adjective in verb.children:
        if adjective.pos_ != "ADJ" or adjective.dep_ not in _SMALL_CLAUSE_DEPS:
            continue
        empty = [c for c in adjective.children if c.lower_ == "it" and c.i < adjective.i]
        empty += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i < adjective.i]
        deeds = [c for c in (*adjective.children, *verb.children) if c.i > adjective.i]
        if empty and any(c.dep_ in _ANTICIPATED_DEPS and c.pos_ in ("VERB", "AUX") for c in deeds):
            return True
    return False


# How the parser hangs the adjective of "find it hard", and the infinitive or clause the "it" stands for.
_SMALL_CLAUSE_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp"})
_ANTICIPATED_DEPS = frozenset({"xcomp", "ccomp", "advcl"})


def _object_outside(verb: Token) -> Token | None:
    """The object a finite verb misparsed as a modifier acts on (see _clause_inside): the noun phrase it
    stands in."""
    if verb.dep_ != "amod" or verb.tag_ not in FINITE_TAGS:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.dep_ == "dobj" and _clause_inside(noun) == verb else None


ORIGIN_TYPES = frozenset({"GPE", "LOC"})
MOVED_DEPS = frozenset({"dobj", "dative", "nsubjpass"})


def _origin(prep: Token) -> bool:
    """ "the medal was won by X from Peru", "the races between A and Senator X from Vermont": a "from"
    phrase right after a person's name says where that person is from, wherever the parser hangs it. Not
    after whom the verb moves, its object ("expelled X from Peru"): there it says whence."""
    if prep.lower_ != "from" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    if before.ent_type_ != "PERSON" or before.i == prep.head.i:
        return False
    name = before
    while name.head.i != name.i and name.dep_ == "compound" and name.head.ent_type_ == "PERSON":
        name = name.head
    if name.dep_ in MOVED_DEPS and name.head.i == prep.head.i:
        return False
    places = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(places) and all(c.ent_type_ in ORIGIN_TYPES for c in places)


def _partitive(noun: Token, prep: Token, pobj: Token) -> bool:
    """Is "of" after a noun with a superlative ("the biggest coup of the U.S. firms", "the largest offer of
    the bidders") the group the noun's owner is the most of, a plural no party to the act?"""
    if prep.lower_ != "of" or pobj.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)


def remote_place(prep: Token) -> bool:
    """ "said in an interview from Washington", "in a broadcast from Tehran", "said from Toronto": the "from"
    of a word of speech at a distance (words.tsv remote_speech_nouns) or of a verb of speaking
    (remote_speech_verbs) followed by a place says where the speaker was, not who spoke nor to whom."""
    head = prep.head.lemma_.lower()
    nouns = prep.head.pos_ in ("NOUN", "PROPN")
    spoken = head in REMOTE_SPEECH_NOUNS if nouns else head in REMOTE_SPEECH_VERBS
    if prep.lower_ != "from" or not spoken:
        return False
    places = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(places) and all(c.ent_type_ in ("GPE", "LOC", "FAC") for c in places)


def placing_phrase(prep: Token) -> bool:
    """Does the preposition open a phrase that says where a deed was done ("attacked Iraq near Basra",
    "opened an offensive north of Baghdad", "foiled a thrust some 10 km from Fao", "shelled a tanker off the
    coast of Kuwait")? Such are a preposition that places by itself (words.tsv placing_preps) and one after
    the word that makes it place (placing_heads: a compass point with no article, as "the north of X" is a
    part of X, nearness, a distance), wherever the parser hangs it. Its place is no one the deed was done
    to; a distance a verb of going covers ("travelled 700 miles from X") says whence instead."""
    if prep.lower_ in PLACING_PREPS:
        return True
    if prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    if prep.lower_ not in (PLACING_HEADS.get(before.lower_), PLACING_HEADS.get(before.lemma_.lower())):
        return False
    if prep.lower_ == "from" and prep.head.lemma_.lower() in MOTION_VERBS:
        return False  # "had travelled 700 miles from Louisiana": how far from where it set out
    # "the north of Iraq", "its south": a part of the place, which the deed is done in
    article = prep.doc[before.i - 1] if before.i > 0 else None
    return article is None or not (article.lower_ == "the" or article.tag_ == "PRP$")


def posted_near(prep: Token) -> bool:
    """ "stationed missiles near the mouth of the Gulf", "deployed troops close to the border of X": the
    placing phrase of a verb of force posture (one cameo.tsv codes 15) whose direct object is arms or forces
    says where they are aimed, the place the posture is shown to (its object), not where a deed was done."""
    verb = prep.head
    if verb.pos_ != "VERB" or "15" not in verb_roots(verb.lemma_.lower()):
        return False
    direct = dict(verb_arguments(verb)).get("", ())
    return "@arms" in direct or "@MIL" in direct


def _placing_point(word: Token) -> bool:
    """Is the word one a placing phrase hangs on ("north" in "north of Baghdad", "close" in "close to X")?"""
    return word.lemma_.lower() in PLACING_HEADS and any(
        c.dep_ == "prep" and c.i == word.i + 1 and placing_phrase(c) for c in word.children
    )


def _a_place(ref: Ref) -> bool:
    """Is the entity a place or a state (what a placing phrase names: "near Basra", "north of Iraq")?"""
    return ref.entity_id.startswith(("place:", "country:"))


def scope_of_parties_named(noun: Token, ref: Ref) -> bool:
    """ "Spain's biggest bank merger, between A and B", "a Japanese car merger between X and Y": a state
    (or a place) before an event noun whose "between" phrase names its parties (`ref`, read from the noun
    or from its modifier) says where the event is, or whose record it is, not who does it nor to whom; the
    parties after "between" do it."""
    if ref.via not in ("possessor", "name") or not _a_place(ref):
        return False
    if event_root(noun.lemma_.lower(), noun=True) is None:
        return False
    return any(
        (pobj.ent_type_ in PARTY_LABELS or pobj.pos_ == "PROPN") and pobj.conjuncts
        for pobj in prep_objects(noun, {"between"})
    )


def _run_thing(noun: Token) -> bool:
    """Is the noun the direct object of a verb of running an undertaking (running_verbs: "oversaw the
    firm's campaign", "orchestrated Spain's biggest merger")?"""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in RUNNING_VERBS


def _accord_made(noun: Token) -> bool:
    """Is the noun an accord (accord_nouns) that a verb of making one (accord_verbs: strike, seal, sign) takes
    as its direct object ("struck a Turkmen gas deal")?"""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ACCORD_NOUNS or noun.dep_ != "dobj":
        return False
    return noun.head.lemma_.lower() in ACCORD_VERBS


def _trading_place(prep: Token) -> bool:
    """ "Acme shed 2.1% to 17 euros in Paris", "In Asia, Zenith fell 1.5%": a place after "in" on a verb of a
    price move (price_move_verbs) whose change is told as a percentage or a price is where the shares traded;
    the firm did nothing there, and an edge to the place would say nothing."""
    verb = prep.head
    if prep.lower_ != "in" or verb.lemma_.lower() not in PRICE_MOVE_VERBS:
        return False
    if not any(c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS for c in prep.children):
        return False
    return any(_price_change(c) for c in verb.children if c.i != prep.i)


def _price_change(child: Token) -> bool:
    """Does this dependent of a verb of a price move tell the change as a percentage or a price ("shed 2%",
    "fell 3 pct", "rose to 17 euros", "by 5%")?"""
    if child.dep_ in ("dobj", "npadvmod", "advmod", "attr"):
        return child.ent_type_ in ("PERCENT", "MONEY") or child.lemma_.lower() in PERCENT_NOUNS
    if child.dep_ == "prep" and child.lower_ in ("to", "by"):
        return any(c.dep_ == "pobj" and c.ent_type_ in ("PERCENT", "MONEY") for c in child.children)
    return False


def _rivals_place(prep: Token) -> bool:
    """ "Japan lost orders to rivals in South Korea", "sales fell to competitors in Brazil": an "in" phrase
    right after a noun of rivals says where the rivals are (a state's business, the ones who won), wherever
    the parser hangs it; the verb did not happen there."""
    if prep.lower_ != "in" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.i != prep.head.i and before.pos_ == "NOUN" and before.lemma_.lower() in RIVAL_NOUNS


def _relatum_of_noun(prep: Token) -> bool:
    """ "is seeking a stake in the proposed Japanese rival to Zenith", "bought a challenger to Zenith": a
    "to" (or relatum_preps) phrase right after a noun that names a thing by its relation to another
    (_relational: rival, successor, alternative, challenger) names that other, wherever the parser hangs it;
    the verb does nothing to it, as through the noun it does nothing (through_noun)."""
    if prep.lower_ not in RELATUM_PREPS | {"to"} or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.i != prep.head.i and before.pos_ == "NOUN" and _relational(before)


def _own_accord(pobj: Token, refs: list[Ref]) -> bool:
    """ "withdrew from its treaty with X", "pulled out of their pact with Y": an accord (accord_nouns) one's
    pronoun owns names its other party after it, whom the verb reaches through the accord (its owner is
    most often the subject itself)."""
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in pobj.children)
    return pobj.lemma_.lower() in ACCORD_NOUNS and owned and all(r.via == "possessor" for r in refs)


def _own_place(prep: str, pobj: Token, refs: list[Ref]) -> bool:
    """ "died at her home in Ica": a place one's pronoun owns stands for its owner (whom "fired at his
    car" targets), but where the verb happened is the place itself, and the phrase after it says where
    that is (`die at home in Ica`)."""
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in pobj.children)
    return prep in PLACE_PREPS and owned and all(r.via == "possessor" for r in refs)


def _located_by_thing(doc: Doc, ref: Ref, thing: Token | None = None) -> bool:
    """ "pointed to slower growth in Japan and West Germany", "spoke from the headquarters in Nashville",
    "raised prices in Japan": a place after "in"/"at" on a noun of a thing or a measure (located_thing_nouns),
    or on the verb whose object is such a noun (`thing`), says where the thing is or is measured; it is
    no partner of the verb's subject ("deployed troops in Syria", "deaths in Yemen" keep theirs)."""
    if not ref.entity_id.startswith(("place:", "country:")) or ref.via != "name":
        return False
    word = first_conjunct(doc[ref.token])  # "in Japan and West Germany"
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in PLACE_PREPS:
        return False
    noun = prep.head if thing is None else thing
    if thing is not None and prep.head.i != thing.head.i:
        return False  # the phrase is not on the verb whose object the thing is
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in LOCATED_THING_NOUNS


def _venue_of_speech(prep: Token, ref: Ref) -> bool:
    """ "said in Bangkok that …", "told reporters at Geneva", "said at the White House", "told reporters at
    the Brazilian Embassy", "reported from Homs": where words were spoken is no object of the verb of
    speech (its place, or the body whose building it is, is no party to the statement, and no topic of it)."""
    if prep.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    if prep.lower_ == "from":
        # "reported from Homs that …", "said from Geneva": where the speaker was when speaking
        return ref.via == "name" and ref.entity_id.startswith(("place:", "country:"))
    if prep.lower_ not in PLACE_PREPS:
        return False
    if prep.lower_ in SPEECH_VENUE_PREPS:
        # "at the embassy in Washington": a place reached through the venue is where too; "said at Jolfa": a
        # town the tagger took for a person is no one spoken to or of
        return ref.entity_id.startswith(("place:", "country:", "org:", "person:"))
    return ref.via == "name" and ref.entity_id.startswith(("place:", "country:"))


def _styled_place(prep: Token, pobj: Token, ref: Ref) -> bool:
    """ "met at an Irish pub", "dined in a Chinese restaurant": a state's adjective on the common noun of a
    place phrase says what kind of place it is, not that the act was done in or to that state (the
    possessive "at Peru's embassy" owns; "fired at an Israeli bus" takes "at" for its target)."""
    if prep.lower_ not in PLACE_PREPS or ref.via != "possessor" or ref.token != pobj.i:
        return False
    if pobj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in pobj.children):
        return False
    if event_root(pobj.lemma_.lower(), noun=True) is not None:
        return False  # "at the Swedish request", "in a Chinese crackdown": whose act it is
    aimed = best_reading(prep.head.lemma_.lower(), sense=Sense((prep.lower_,)))
    return aimed is None or aimed.particle != prep.lower_


def _state_waters(prep: Token, pobj: Token, ref: Ref, aimed_at: Token | None = None) -> bool:
    """ "attacked a tanker in Kuwaiti waters", "flew in Turkish airspace": a state's adjective on its waters,
    airspace or territory (place_nouns) after "in" or "at" says where the act was done, not that it was
    done to the state (a verb aimed with that preposition, "fired at Iranian territory", keeps it, and so
    do "into", "across" and the possessive "Kuwait's waters")."""
    if prep.lower_ in PLACE_PREPS and _split_from_its_place(pobj):
        return True  # "the strike in Kuwaiti waters" with "Kuwaiti" as the object and "waters" cut off
    if prep.lower_ not in PLACE_PREPS or ref.via != "organ" or ref.token != pobj.i:
        return False
    if pobj.lemma_.lower() not in PLACE_NOUNS or any(c.dep_ == "poss" for c in pobj.children):
        return False
    if aimed_at is None:
        return True
    aimed = best_reading(aimed_at.lemma_.lower(), sense=Sense((prep.lower_,)))
    return aimed is None or aimed.particle != prep.lower_


def _split_from_its_place(pobj: Token) -> bool:
    """ "cited the strike in Kuwaiti waters": the parser may take the state's adjective for the phrase's
    object and hang the place noun after it elsewhere; the adjective still only says whose waters."""
    doc = pobj.doc
    if pobj.i + 1 >= len(doc) or not is_demonym(pobj.text):
        return False
    place = doc[pobj.i + 1]
    return place.pos_ == "NOUN" and place.lemma_.lower() in PLACE_NOUNS and place.head.i != pobj.i


def _standing_of_sum(noun: Token) -> Token | None:
    """The "in" phrase of a debtor's standing (words.tsv debt_standing_nouns) on a sum of money that is the
    copula's complement ("is 500 mln dlrs in arrears to X": "in arrears"); None for any other noun."""
    if noun.lower_ not in CURRENCY_WORDS and noun.lemma_.lower() not in CURRENCY_WORDS:
        return None
    return next(
        (
            prep
            for prep in noun.children
            if prep.dep_ == "prep"
            and prep.lower_ == "in"
            and any(n.dep_ == "pobj" and n.lower_ in DEBT_STANDING_NOUNS for n in prep.children)
        ),
        None,
    )


def owned_thing_opening(noun: Token) -> Token | None:
    """The thing an owner holds or owes (owned_thing_nouns) that opens a compound of other nouns after the
    owner's possessive: "Yugoslavia's debt refinancing timetable", "Peru's debt payment schedule" (the
    timetable and the schedule are the debt's, and so its owner's); None for a noun that is itself such a
    thing (read as it is) or whose compound opens with another word ("Peru's trade debt timetable")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in OWNED_THING_NOUNS:
        return None
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    first = noun
    while True:
        before = [c for c in first.children if c.dep_ == "compound" and c.i < first.i]
        if not before:
            break
        first = min(before, key=lambda c: c.i)
    if first is noun or first.pos_ != "NOUN" or first.lemma_.lower() not in OWNED_THING_NOUNS:
        return None
    owner = next(c for c in noun.children if c.dep_ == "poss")
    # the thing follows the possessive right away: in "Peru's new debt timetable" the word between may say
    # which of the owner's things is meant ("new", "revised"), so the owner stays the timetable's alone
    after_owner = [t for t in noun.doc[owner.right_edge.i + 1 : first.i] if t.dep_ != "case"]
    return first if not after_owner else None


def economy_of_a_state(ref: Ref, doc: Doc) -> bool:
    """Does the argument name a state through a measure of its economy (economy_nouns: "Belgium's growth",
    "Belgian growth", "the Japanese economy", "growth in Belgium")? A report on it is about the state."""
    if not ref.entity_id.startswith("country:") or ref.via not in ("possessor", "organ"):
        return False
    noun = doc[ref.token]
    return noun.lemma_.lower() in ECONOMY_NOUNS or noun.lower_ in ECONOMY_NOUNS


def _unnamed_subject(clause: Token) -> bool:
    """Is the subject of reported content a common noun or the speaker's "we"/"I", not a third-person
    pronoun (whose referent, unresolved, may be what the content is about)?"""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    speaker = FIRST_PERSON_PRONOUNS | FIRST_PERSON_PLURAL
    return bool(subjects) and all(s.pos_ != "PRON" or s.lower_ in speaker for s in subjects)


def verb_particles(verb: Token) -> tuple[str, ...]:
    """The verb's particle first, then its prepositions, in order: ("out",), ("from", "to")."""
    particles = [c.lower_ for c in particle_words(verb) if c.dep_ != "prep"]
    particles += [
        c.lower_ for c in verb.children if c.dep_ in ("prep", "dative", "agent") and c.pos_ == "ADP"
    ]
    particles += [p.lower_ for p in _prepositions_hung_below(verb, verb.children)]
    # "asked Peru whether it would stop": the word opening an indirect question selects the verb's sense
    particles += [
        m.lower_
        for c in verb.children
        if c.dep_ == "ccomp"
        for m in c.children
        if m.dep_ == "mark" and m.lower_ in QUESTION_MARKS
    ]
    if _object_controls_infinitive(verb) or _headline_imperative(verb):
        particles.append(INFINITIVE_PARTICLE)  # "told Korea to do more": an appeal, not a statement
    return tuple(dict.fromkeys(particles))


# The sense word (cameo.tsv particle column) of a verb whose object is told, in a "to" infinitive, what to do
INFINITIVE_PARTICLE = "to-infinitive"


def _object_controls_infinitive(verb: Token) -> bool:
    """ "told Korea to do more", "Korea was told to cut its surplus": a verb with a direct object (or,
    passive, the subject that was its object) and a "to" infinitive that object is to carry out. Not a purpose
    ("told reporters ... in order to"), which the parser hangs as an adverbial clause, nor reported content
    with a subject of its own ("told Korea it had to act")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.i > verb.i
        and c.pos_ in ("VERB", "AUX")
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


# The words that may open what an imperative acts on, right after its verb: "Drop the plan", "Lift Peru's
# 'ban'", "Back Chile", "Stop 'tariff' war" (a quote mark); a noun only after a word tagged a verb
# ("Protect jobs"), not after one tagged a noun ("Trade deals help, X tells Y")
_IMPERATIVE_OBJECT_STARTS = frozenset({"DET", "PRON", "PROPN", "PUNCT"})
# The tags of a word that is no base form of a verb
_INFLECTED_TAGS = frozenset({"NNS", "NNPS", "VBD", "VBG", "VBN", "VBZ"})
# The tags of a finite verb, which makes the headline's opening words a statement of their own
_FINITE_VERB_TAGS = FINITE_TAGS | {"MD"}


def _headline_imperative(verb: Token) -> bool:
    """ "Drop 'tariff' plan, Chirac tells Spain", "Lift Peru 'ban' Rojas tells Chile": a title line that opens
    with a bare verb in the imperative (a base form cameo.tsv knows as a verb, before whatever it acts on),
    then names who tells (a named subject) and whom (the direct object). Written out, the headline is "Chirac
    tells Spain to drop the plan": the one told is to do it, an appeal, though the parser, seeing no verb in
    the headline's opening words, hangs them on the subject as a noun."""
    if not in_headline(verb) or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ and c.i < verb.i]
    first = verb.doc[verb.sent.start]
    if not subjects or first.i + 2 > subjects[0].i or not first.is_title or first.nbor(1).ent_iob_ == "I":
        return False  # (the tagger may take the capitalised verb for a one-word name: "Drop" a PERSON)
    if first.tag_ in _INFLECTED_TAGS or first.lower_ != first.lemma_.lower() or not verb_roots(first.lower_):
        return False
    opening = verb.doc[first.i + 1 : subjects[0].i]
    if any(t.tag_ in _FINITE_VERB_TAGS or (t.dep_ == "nsubj" and t.head != verb) for t in opening):
        return False  # "Trade 'war' looms, X tells Y": the opening words are a clause of their own
    if first.tag_ == "VB":
        return True  # "Protect jobs, X tells Y": the tagger saw the imperative
    after = first.nbor(1)
    return after.pos_ in _IMPERATIVE_OBJECT_STARTS and (after.pos_ != "PUNCT" or after.is_quote)


# Things of an owner's that a word about them speaks of, not of the owner: its conduct and policies, its
# deeds, its economy and what it holds or owes ("referred to Peru's policy", "spoke of Brazil's debt")
SPOKEN_THING_NOUNS = CONDUCT_NOUNS | DEED_NOUNS | ECONOMY_NOUNS | OWNED_THING_NOUNS
# CAMEO's root of a public statement: a verb that can be one speaks "on" (of, about) its topic
STATEMENT_ROOT = "01"


def _thing_spoken_of(noun: Token) -> bool:
    """Is the noun, after the preposition of a verb of speaking about (one that only turns to a topic,
    words.tsv topic_turns: "refer to", "comment on", or a statement's topic preposition: "talk about",
    "speak of"), an owner's thing of SPOKEN_THING_NOUNS?"""
    prep, lemma = noun.head, noun.lemma_.lower()
    verb = prep.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return False
    if lemma not in SPOKEN_THING_NOUNS and noun.lower_ not in SPOKEN_THING_NOUNS:
        return False
    said = verb.lemma_.lower()
    if f"{said} {prep.lower_}" in TOPIC_TURNS:
        return True
    topic = prep.lower_ in SPEECH_TOPIC_PREPS
    return topic and event_root(said, particle_or_prep=prep.lower_) == STATEMENT_ROOT


def _relative_object(child: Token) -> bool:
    """ "Peru, which Chile attacked", "the envoy whom Lima expelled": a relative pronoun as the direct object
    of a relative clause with a subject of its own, hung on a name the text gives."""
    verb = child.head
    if child.dep_ != "dobj" or child.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.ent_type_ in PLACE_LABELS and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        return False  # "the incident in Lima, which police declared terrorism": the clause is the incident's
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    return noun.pos_ == "PROPN" and own_subject and not is_passive(verb)


def _fronted_relative(prep: Token, pobj: Token) -> bool:
    """ "Saudi Arabia, to which Sudan owes 1 bln dlrs", "the firm in which Acme holds a stake": a preposition
    fronted with its relative pronoun opens a relative clause with a subject of its own, on a noun."""
    verb = prep.head
    if pobj.lower_ not in ("which", "whom") or verb.dep_ != "relcl" or not prep.i < verb.i:
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in NOUN_POS:
        return False  # "a post on Twitter, in which she thanked X": the clause may be the post's
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i for c in verb.children)
    return own_subject and noun.pos_ in NOUN_POS


def _object_gap(verb: Token) -> bool:
    """Is the verb a relative clause whose missing object is the noun it hangs on ("the testimony he gave",
    "the loans that Japan granted"): a subject of its own, no object but a relative pronoun, no passive?"""
    if verb.dep_ != "relcl" or verb.head.pos_ not in NOUN_POS or verb.head == verb:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "ccomp", "xcomp")]
    return bool(subjects) and all(c.lower_ in RELATIVE_PRONOUNS for c in objects)


def _participle_gap(verb: Token) -> bool:
    """Is the verb a past participle hung on the noun it is done to ("100 mln dlrs voted by Congress", "the
    troops sent by X"), with no object or passive subject of its own?"""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in NOUN_POS or verb.head == verb:
        return False
    return not any(_own_object(c) for c in verb.children)


def _own_object(child: Token) -> bool:
    """Is a verb's child an object of its own (or a passive's subject)? A "to" the parser calls a dative
    ("the support given to X") is a preposition, whose noun is read as one."""
    if child.dep_ == "dative" and child.pos_ == "ADP":
        return False
    return child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass"


def verb_arguments(verb: Token) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The lemmas of the nouns the verb acts on, with the classes each names (its sector, cameo.noun_classes),
    by particle: "" for its direct objects (and a passive's subject), else the preposition:
    (("", ("troop", "@MIL")), ("from", ("syria",))). A verb with no object of its own acts on that of its
    purpose: "intervened to buy dollars" acts on the dollar."""
    found: dict[str, list[str]] = {}
    children = list(verb.children)
    if not any(_own_object(c) for c in children):
        purposes = [c for c in children if c.dep_ == "advcl" and to_infinitive(c)]
        taken = [c for purpose in purposes for c in purpose.children if c.dep_ == "dobj"]
        if taken:
            # the verb still has no object of its own: a row for a verb without one (cameo.tsv
            # direct=@none, "apply to X to form a cartel") reads it so
            found[""] = [NO_DIRECT_OBJECT]
        children += taken
    children += _prepositions_hung_below(verb, children)
    for child in (*children, verb.head):
        if child != verb.head and _own_object(child):
            # "extended $2 billion in loans": the loans are what the verb acts on, not the sum
            nouns, particle = [sum_named(n) or n for n in (child, *child.conjuncts)], ""
            # "hit dozens of vessels": the vessels select the verb's sense beside their count
            nouns += [t for n in nouns if (t := counted_things(n)) is not None]
        elif child.dep_ == "ccomp" and child.pos_ == "ADJ" and child.i > verb.i:
            # (an "oprd" adjective is one of OBJECT_DEPS, read above)
            # "declared Sudan ineligible for new loans": what the verb makes of its object is said by the
            # adjective, by its word only (cameo.tsv "declare object=ineligible")
            nouns, particle = [child], ""
        elif child.dep_ in ("prep", "dative", "agent") and child.pos_ == "ADP":
            nouns, particle = [g for g in child.children if g.dep_ == "pobj"], child.lower_
            inner = [p for p in child.children if p.dep_ == "prep" and p.pos_ == "ADP"]
            if not nouns and len(inner) == 1:
                # "pulled out of the pact": the parser hangs "of" on "out"; the pact is what "out of" takes
                nouns = [g for g in inner[0].children if g.dep_ == "pobj"]
                particle = f"{child.lower_} {inner[0].lower_}"
        elif child == verb.head and (_object_gap(verb) or _participle_gap(verb)):
            # "the testimony he gave to the committee": the noun a relative clause hangs on is its object;
            # "100 mln dlrs voted by Congress for X": so is the noun a passive participle describes
            nouns, particle = [child], ""
        else:
            continue
        for noun in nouns:
            if noun.pos_ in NOUN_POS or _plural_tagged_verb(noun):
                sector = sector_of(noun.lower_) or sector_of(noun.lemma_)
                found.setdefault(particle, []).extend(
                    [
                        noun.lemma_.lower(),
                        *([f"@{sector}"] if sector else []),
                        *sorted(noun_classes(noun.lower_, noun.lemma_)),
                        *(["@reprisal"] if _reprisal_response(noun) else []),
                        *(["@rebuff"] if _rebuff(noun) else []),
                        *(["@contest"] if contest(noun) else []),
                        *(["@goods"] if traded_goods(noun) else []),
                    ]
                )
            elif not particle and _bare_gerund(noun):
                # "cut off lending to X": a gerund with no object of its own names the activity acted on,
                # by its word only (cameo.tsv "suspend object=lending")
                found.setdefault(particle, []).append(noun.lower_)
            elif not particle and noun.pos_ == "ADJ":
                # "plans to import less from X": an amount said by an adjective is what the verb acts on,
                # by its word only (cameo.tsv "import object=less": a cut, no trade)
                found.setdefault(particle, []).extend(dict.fromkeys((noun.lower_, noun.lemma_.lower())))
    return tuple((particle, tuple(nouns)) for particle, nouns in found.items())


def _bare_gerund(noun: Token) -> bool:
    """Is the word a gerund with no object of its own ("cut off lending to X")?"""
    return noun.tag_ == "VBG" and not any(c.dep_ in OBJECT_DEPS for c in noun.children)


def _partner_in_deed(obj: Token) -> bool:
    """ "Peru joined Chile in seeking interest relief": the object of a verb of joining (words.tsv
    joining_verbs) with an "in" gerund is the joiner's partner in that deed; the deed is done alongside it,
    not to it (no "join" of the partner with no code)."""
    verb = obj.head
    if verb.lemma_.lower() not in JOINING_VERBS:
        return False
    ins = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"]
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for p in ins for g in p.children)


def _own_subjects(verb: Token) -> list[Token] | None:
    """A verb's own nominal subjects, or None where it names none (find_subject then looks above it)."""
    return [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS] or None


def traded_goods(noun: Token) -> bool:
    """ "supplied X with crude oil", "supplied wheat to Y", "with 30 pct of its crude oil imports": goods of
    trade (words.tsv traded_goods_nouns, goods_nouns), named by the noun, by what an amount of them counts,
    or by the word before a noun of trade ("oil imports", "grain exports"); cameo.tsv reads them as @goods
    (supplied, they are trade, not aid)."""
    if amount_word(noun):
        counted = measured_goods(noun)
        if counted is None:
            return False
        noun = counted
    if noun.lemma_.lower() in TRADED_GOODS_NOUNS | GOODS_NOUNS:
        return True
    if noun.lemma_.lower() not in TRADE_WORDS and noun.lower_ not in TRADE_WORDS:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in TRADED_GOODS_NOUNS
        for c in noun.children
        if c.i < noun.i
    )


def event_words(noun: Token) -> str:
    """The noun's lemma, or with the word right before it where cameo.tsv lists the two ("legal battle",
    "court fight", "joint venture", "trade war"): the pair names the event, or names none; so does a pair
    that says how much ("a great deal of": quantity_pairs). A fight of trade or money is a dispute
    (`_economic_contest`)."""
    lemma = noun.lemma_.lower()
    before = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    pair = f"{before[0].lemma_.lower()} {lemma}" if before else ""
    if pair and best_reading(pair, noun=True, sense=Sense()) is not None:
        return pair
    if pair in QUANTITY_PAIRS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return pair  # "a great deal of investment": how much, a pair the lexicon knows no event by
    return DISPUTE_NOUN if _economic_contest(noun) else lemma


# What the lexicon calls a quarrel with no force (cameo.tsv, 110): the event a conflict of trade is.
DISPUTE_NOUN = "dispute"


def _economic_contest(noun: Token) -> bool:
    """Is the noun a fight (conflict, war, battle: root 19) of trade or money, by a word on it or on the noun
    naming its parties (economic_contest_words: "the currency conflict between X and Y", "an economic war",
    "a conflict between the three major trading powers")? States that quarrel over tariffs or exchange
    rates use no force."""
    if event_root(noun.lemma_.lower(), noun=True) != FIGHT_ROOT:
        return False
    parties = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" for g in p.children]
    return any(
        c.dep_ in ("compound", "amod") and c.i < word.i and c.lemma_.lower() in ECONOMIC_CONTEST_WORDS
        for word in (noun, *parties)
        for c in word.children
    )


def contest(noun: Token) -> bool:
    """ "fought a long legal battle with X", "waged a proxy fight": a fight, battle or war (an event of force
    alone) that the word before it makes a contest with no force (a pair cameo.tsv lists with no code)."""
    words = event_words(noun)
    if words == noun.lemma_.lower() or event_root(noun.lemma_.lower(), noun=True) not in FORCE_ROOTS:
        return False
    reading = best_reading(words, noun=True, sense=Sense())
    return reading is not None and reading.code is None


def _made_by_manner(noun: Token, nouns: frozenset[str], manners: frozenset[str]) -> bool:
    """Is the noun one of `nouns` with an adjective of `manners` before it?"""
    if noun.lemma_.lower() not in nouns:
        return False
    return any(c.dep_ == "amod" and c.lower_ in manners for c in noun.children if c.i < noun.i)


def _reprisal_response(noun: Token) -> bool:
    """ "a crushing response", "a strong reaction": a noun of response (words.tsv response_nouns) the words
    before it make a reprisal (reprisal_manner_words), which a vow or a promise of it threatens."""
    return _made_by_manner(noun, RESPONSE_NOUNS, REPRISAL_MANNER_WORDS)


def _rebuff(noun: Token) -> bool:
    """ "a frosty reception", "a cool welcome", "a hostile response": a noun of how something is received
    (words.tsv reception_nouns) the words before it make cold (rebuff_manner_words), which whoever gives it
    disapproves of the thing received (cameo.tsv "give object=@rebuff")."""
    return _made_by_manner(noun, RECEPTION_NOUNS, REBUFF_MANNER_WORDS)


def _prepositions_hung_below(verb: Token, objects: Iterable[Token]) -> list[Token]:
    """The verb's own prepositions the parser hangs below its arguments, which select its sense as its
    particles do (verb_particles) and give it their words (verb_arguments): the "of" on a named object
    ("warned the United States of reprisals") and the "with" of means on what a response answers."""
    found = [p for c in objects if c.dep_ == "dobj" for p in _of_after_name(c)]
    return found + _means_after_answered(verb) + regarded_as(verb)


def regarded_as(verb: Token) -> list[Token]:
    """The "as" the parser hangs on the by-agent or on the object of a verb of regarding (words.tsv
    regarding_verbs: "was seen by the opposition as a betrayal of X", "regards the plan of Y as a threat"):
    the verb's own, what the thing is held to be (cameo.tsv see as object=betrayal)."""
    if verb.lemma_.lower() not in REGARDING_VERBS:
        return []
    holders = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    holders += [c for c in verb.children if c.dep_ == "dobj"]
    return [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as"]


def _means_after_answered(verb: Token) -> list[Token]:
    """The "with" the parser hangs on what a verb of response answers though it is the verb's means
    ("would respond to X's challenges with force", "reacted to the attack with force"): a "with" on the
    object of the verb's own "to" (words.tsv reprisal_response_verbs)."""
    if verb.lemma_.lower() not in REPRISAL_RESPONSE_VERBS:
        return []
    answered = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return [
        p for g in answered if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep" and p.lower_ == "with"
    ]


def _of_after_name(noun: Token) -> list[Token]:
    """The "of" the parser hangs on a named object though it is the verb's ("warned the United States of
    reprisals", "of" and a common noun outside the name); not an "of" inside the name ("the Bank of
    England") nor one naming another entity ("the president of France")."""
    if noun.pos_ != "PROPN" or not noun.ent_type_:
        return []
    return [
        p
        for p in noun.children
        if p.dep_ == "prep"
        and p.lower_ == "of"
        and not p.ent_type_
        and p.i > noun.i
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ for g in p.children)
    ]


def _completes_charge(prep: Token) -> bool:
    """ "denounced EC subsidies as illegal under GATT", "condemned the tax as unfair to farmers": a phrase
    right after an "as" with an adjective, which the parser hangs on the verb beside it, completes the
    adjective (what the charge is made under, whom it is unfair to), and names no party to the verb; not a
    place ("denounced it as unfair in Lima": where)."""
    if prep.lower_ in PLACE_PREPS:
        return False  # "denounced it as unfair in Lima": where the verb's act took place
    before = [c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i]
    if not before or before[-1].lower_ != "as" or before[-1].right_edge.i + 1 != prep.i:
        return False
    return any(c.pos_ == "ADJ" and c.dep_ in ("amod", "acomp", "pobj") for c in before[-1].children)


def _plural_tagged_verb(noun: Token) -> bool:
    """ "attacked Commission plans to fine farmers": the tagger may take a plural noun after a name for a
    present-tense verb ("plans" VBZ) and the parser make it a second direct object beside the name; no
    finite verb is a direct object, so it is the noun the verb acts on, and selects its sense ("attacked
    the plans" is criticism)."""
    return noun.dep_ == "dobj" and noun.tag_ == "VBZ" and noun.lower_.endswith("s")


def _reprised_events_target(noun: Token, phrase: str) -> bool:
    """ "struck X in retaliation for Iran's attack on a Kuwaiti ship": an entity reached through the event a
    reprisal answers (the attack's "on") is that event's target, not the reprisal's; the reprisal's own
    preposition ("for", "against") holds its party."""
    if noun.lemma_.lower() not in REPRISAL_NOUNS:
        return False
    own = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return phrase.split()[-1] not in own


def _followed_meeting(prep: str, noun: Token) -> bool:
    """ "After talks with X, Y said ...", "Following a meeting with X, Y left": the meeting the clause comes
    after is its subject's own (the subject met X), where any other event it follows only dates it."""
    return prep in FOLLOWED_MEETING_PREPS and noun.lower_ in FOLLOWED_MEETING_NOUNS


def _leaves_office(verb: Token) -> bool:
    """Is the verb, with its particle, one of leaving an office ("resigned", "stepped down", not "stepped
    in")?"""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    return lemma in OFFICE_LEAVING_VERBS or any(f"{lemma} {p}" in OFFICE_LEAVING_VERBS for p in particles)


def _parties_named(noun: Token, clause: Token) -> list[Token]:
    """The words that may name a party in a claim about a noun: the objects of the noun's own prepositions
    ("sanctions on Iran", "the merger with Kestrel") and the objects of the reported verb, direct or through
    a preposition or "by" ("would help Mexico", "would be signed with Kestrel"), with their conjuncts. The
    place of the noun ("air travel in Peru rose") is where the thing is, no party to the claim."""
    heads = [p for p in noun.children if p.dep_ == "prep" and p.lower_ not in PLACE_PREPS]
    heads += [p for p in clause.children if p.dep_ in ("prep", "agent", "dative")]
    words = [o for p in heads for o in p.children if o.dep_ in ("pobj", "pcomp")]
    words += [o for o in clause.children if o.dep_ in OBJECT_DEPS]
    return [w for word in words for w in (word, *word.conjuncts)]


def claim_topic(noun: Token) -> list[Token] | None:
    """The words of a claim's subject that name what the claim is about: the noun with its compounds and
    adjectives ("tin ore output", "debtor nations", "money supply"), without determiner, number or possessive,
    with its count ("3 million jobs", "two barges": how many is part of what is claimed); None for a subject
    that names no topic of its own: a pronoun, an expletive, a proper name, a number, amount, percent or time,
    a count of people ("the number of deaths"), a bare unit ("40 pct", "500 tonnes"), a noun that only points
    back ("the move", "the matter": pointing_nouns; "this announcement"; an act denied with "no" points back
    to nothing: "no decision had been made" is of "decision"), people ("the victims", "the gunman": someone,
    not something, whom a report names no better), a body that acts ("the assembly", "the ministry": an actor
    the text named before), a place or state by its kind ("our city", "the country"), a bare measure ("the
    size", "the estimated cost": of nothing named; "the size of the deficit" is "size of deficit"), or a thing
    of a named owner's ("bin Laden's son")."""
    lemma = noun.lemma_.lower()
    # "said no decision had been made": an act denied with "no" points back to no act named before; what
    # is denied is the claim's topic ("the decision was final" only points back)
    denied_act = _denied_act(noun)
    if noun.pos_ != "NOUN" or expletive(noun) or (lemma in POINTING_NOUNS and not denied_act):
        return None
    if noun.ent_type_ in AMOUNT_LABELS | TIME_LABELS | {"PERCENT", "CARDINAL", "ORDINAL", "PERSON", "NORP"}:
        return None
    # a place or a state by its kind ("our city would recover", "the country faces a hard year") is where
    # something is, or a state the text names (then its entity, read before: no topic); never a topic
    if lemma in PLACE_KIND_NOUNS or lemma in OWN_STATE_NOUNS:
        return None
    measure = lemma in MAGNITUDE_NOUNS
    if not measure and (lemma in QUANTITY_NOUNS or lemma in PARTITIVE_WORDS):
        return None
    # a bare unit ("would hold 40 pct", "500 tonnes would be shipped") measures nothing it names
    if lemma in PERCENT_NOUNS or lemma in GOODS_MEASURE_NOUNS:
        return None
    if lemma in PEOPLE_NOUNS or lemma in GROUP_NOUNS or lemma in PERSON_NOUNS:
        return None
    if is_role_word(lemma) or is_person_noun(lemma):
        return None
    if lemma in ORGAN_NOUNS or lemma in COMPANY_NOUNS or lemma in GENERIC_INSTITUTIONS:
        return None
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
        return None
    # a thing of an owner ("bin Laden's son", "the government's policy", "the union's demands") is the
    # owner's, an actor the text named before, not a thing of its own; a time's ("this year's count", "the
    # night's incidents") only dates the thing
    if any(c.dep_ == "poss" and c.ent_type_ not in TIME_LABELS for c in noun.children):
        return None
    # a body by its kind ("the committee approved"), a document by its noun ("the report showed"): an
    # actor or a source the text named before, which the claim only points back to (an act denied with
    # "no", "no decision", points back to none)
    if (lemma in UNNAMED_BODY_NOUNS or lemma in DOCUMENT_NOUNS) and not denied_act:
        return None
    # the unbroken run of modifiers before the noun: "the Bank's own money supply" -> "money supply"
    start = noun.i
    while start > noun.sent.start:
        word = noun.doc[start - 1]
        if word.tag_ == "HYPH" and word.whitespace_ == "" and start - 2 >= noun.sent.start:
            start -= 1  # "a cut-off": the hyphen joins the word before it to the noun's run
            continue
        if word.pos_ == "NUM" and word.dep_ in ("nummod", "compound") and start <= word.head.i <= noun.i:
            start -= 1  # "3 million jobs": the count
            continue
        if word.dep_ not in ("compound", "amod") or word.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        if word.ent_type_ in TIME_LABELS:
            break  # "said Tuesday oil demand would rise": the day it was said, no part of the thing
        if word.lower_ in VAGUE_MODIFIERS or word.lower_ in PARTITIVE_WORDS:
            break  # "other products", "many areas": which ones is no part of what they are
        if not start <= word.head.i <= noun.i:
            break
        start -= 1
    if noun.doc[start].tag_ == "HYPH":
        start += 1  # a hyphen whose word before it is no modifier ("anti-")
    words = list(noun.doc[start : noun.i + 1])
    # "the size would double" names no thing measured; "the deficit size", "the interest rate" name it in a
    # compound; "the size of the deficit" is "size of deficit": the measure, then the thing, as English says
    # it where it has no compound for it ("cost of living", "number of arrests")
    if measure and not any(w.dep_ == "compound" and w.pos_ in ("NOUN", "PROPN") for w in words[:-1]):
        measured = _thing_measured(noun)
        if measured is None:
            return None
        words = [*words, *measured]
    # a handle or a stray bracket the parser took for a noun ("@name", "a]n") is no topic
    return (
        words
        if all(w.text.replace("-", "").isalpha() or w.tag_ == "HYPH" or w.like_num for w in words)
        else None
    )


def _thing_measured(measure: Token) -> list[Token] | None:
    """The words of what a measure noun measures: "of" and the topic of its object ("size of the deficit"
    -> "of", "deficit"); None where there is no "of" phrase, or its object is no topic ("the number of
    victims", "the share of Japan": people, or an entity of the article)."""
    for prep in measure.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            topic = claim_topic(pobj) if pobj.dep_ == "pobj" else None
            if topic is not None:
                return [prep, *topic]
    return None


# Determiners that point back to what was named before: "this announcement", "these measures".
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def topic_id(words: list[Token]) -> str:
    """The id of a claim's topic: its words in lower case ("topic:tin_ore_output", "topic:cut-off"); the
    pipeline then makes it its article's (arguments.article_topic), so one word never joins two stories."""
    # the words as written, joined where the text joins them ("cut-off"); a gap the topic skips ("size of
    # the deficit" -> "size of deficit") is one space
    text = "".join(
        word.text + (word.whitespace_ if k + 1 < len(words) and words[k + 1].i == word.i + 1 else " ")
        for k, word in enumerate(words)
    )
    return TOPIC_ID_PREFIX + "_".join(text.lower().split())


def _denied_acts_there(clause: Token) -> list[Token]:
    """ "said there was no plan to raise fees", "there had been no decision": the act an empty "there"
    denies with "no" (act_nouns.tsv), which the claim is about as if it were its subject ("no plan existed");
    [] for any other clause. Another noun after "there is no" ("no need", "no doubt", "no chance") names no
    thing the claim is about."""
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in clause.children):
        return []
    return [noun for noun in clause.children if noun.dep_ == "attr" and _denied_act(noun)]


def _denied_act(noun: Token) -> bool:
    """An act noun (act_nouns.tsv) denied with "no": "no decision", "no plan"."""
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    return no and noun.lemma_.lower() in ACT_NOUNS


def _content_subjects(clause: Token) -> list[Token]:
    """The subjects of a reported clause: its own, or the noun the parser ran into the list of the
    addressees before it ("told the ministers of Chile and Peru the U.S. would cut its deficit": the U.S.
    is what is spoken of, no minister's state; see voice.misparsed_subject)."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    stolen = misparsed_subject(clause) if clause.dep_ == "ccomp" and not subjects else None
    return [stolen] if stolen is not None else subjects


# The prepositions that give a measure its target ("tariffs on X", "sanctions against X").
_TARGET_PREPS = ("on", "against")
# How many sentences before a measure named again its earlier mention may stand.
_RECALL_SENTENCES = 4


def _recalled(measure: Token) -> bool:
    """Is the measure named again ("the tariffs", "these sanctions", "such curbs") with no owner or target
    of its own (a phrase of time after it, "the tariffs on April 17", is none)?"""
    if not any(c.lower_ in RECALLED_MEASURE_DETERMINERS and c.i < measure.i for c in measure.children):
        return False
    for child in measure.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            return False
        if child.dep_ != "prep" or child.lower_ not in _TARGET_PREPS:
            continue
        if any(p.ent_type_ not in ("DATE", "TIME") for p in child.children if p.dep_ == "pobj"):
            return False
    return True


def _last_targeted(measure: Token) -> Token | None:
    """The last earlier mention of the measure's noun, a few sentences back at most, that names its target
    ("tariffs on Brazilian shoes", "Chile's embargo on Bolivia")."""
    doc, lemma = measure.doc, measure.lemma_.lower()
    sentences = [s for s in doc.sents if s.start <= measure.i]
    start = sentences[max(0, len(sentences) - 1 - _RECALL_SENTENCES)].start
    for token in reversed(doc[start : measure.i]):
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in token.children):
            return token
    return None


def _verb_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or of the verb it is joined to or depends on ("will meet and impose …",
    "decided to impose …"); of an infinitive after an object, that object ("urged Moscow to lift …")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects or verb.dep_ not in ("conj", "xcomp"):
        return subjects
    objects = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
    return objects or [c for c in verb.head.children if c.dep_ == "nsubj"]


def _sign_of_quality(noun: Token) -> bool:
    """ "as a demonstration (sign, show) of X's willingness": an event noun whose "of" names a quality
    (words.tsv shown_qualities) is a sign of it."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in SHOWN_QUALITIES
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )
