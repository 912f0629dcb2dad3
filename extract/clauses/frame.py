"""The clause frame: everything the rules need to know about one verb, read once and then frozen.

`ClauseReader.read(verb)` gives a `Clause`: the verb's voice, the chain of verbs that govern it, the
request that controls it, its negation and modality, who it is reported from, who does it (agents),
to whom it is done in a passive (patients), and the typed slots of what it acts on. Rules (rules.py)
read clauses; none of them looks at the parse again to find these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from geokg.extract.clauses.arguments import ArgumentResolver, Ref, filed_from
from geokg.extract.clauses.members import apposed_members, list_start, members_title
from geokg.extract.clauses.nouns import reciprocal
from geokg.extract.clauses.objects import (
    Slot,
    SlotReader,
    event_words,
    restricted,
    speech_occasion_on_object,
    through_noun,
    verb_arguments,
    verb_particles,
)
from geokg.extract.clauses.quotes import (
    AFFILIATION_BODIES,
    PERSON,
    Quote,
    affiliated_source,
    affiliated_speakers,
    appended_report,
    asked,
    belief_holders,
    closing_source_conjunct,
    compiled_by,
    content_conjunct,
    continued_source,
    coordinated_source,
    denied_hearsay,
    hearer_content_of,
    hearsay,
    hearsay_denier,
    in_answer,
    issued_content,
    named_speakers,
    parenthetical_report,
    pronoun_within_report,
    quoted_apart,
    quoted_as,
    refused_possibility,
    reports,
    said_as,
    set_against,
    source_apposition,
    speaker_at,
    stranded_source,
    unfounded,
    unnamed_source,
    unnamed_speakers,
    unowned_data_within_report,
    voiced_content,
    vouching_participle,
)
from geokg.extract.clauses.registry import Fact
from geokg.extract.clauses.stance import judgement, mandated, to_blame, verb_context, verdict, wrong_act
from geokg.extract.clauses.subjects import (
    PREDICATIVE_DEPS,
    Step,
    aim_modal,
    charged_wrong,
    deferred_by,
    dropped_aim,
    extraposed_denial,
    extraposed_likelihood,
    extraposed_wish,
    find_subject,
    goal_of_be,
    inheritance,
    intent_noun,
    judged_by,
    judged_for_clause,
    merely_weighed,
    planned_for_noun,
    raising_governor,
    weighed_for_clause,
)
from geokg.extract.clauses.voice import (
    PLAN_MODALITY,
    POSSIBILITY_MODALITY,
    accord_object,
    alleged,
    apposed_participle,
    auxiliary_host,
    bygone_judgement,
    capacity_lacked,
    capacity_noun,
    chain,
    chain_word,
    conditional_threat,
    conditioned,
    controller,
    counted_patient,
    counterfactual,
    denied_before,
    describes,
    ended_state,
    failed_accord,
    headline_passive,
    helped_by,
    hypothetical,
    impersonal_report,
    in_open_clause,
    is_negated,
    is_passive,
    listed_patient,
    located_name,
    modal_of,
    near_missed,
    negated_with_its_pair,
    obligation,
    on_condition,
    opens_contrast,
    owned_after_copula,
    owned_after_name,
    participle_as_subject,
    passive_relative,
    perceived_act,
    phrase_tokens,
    planned_aim,
    pledged_against,
    polarity,
    prevented_by,
    promised_on_condition,
    purpose,
    purpose_of_adjective,
    qualified_denial,
    scant_holding,
    set_off_subject,
    share_owned,
    shared_agent_partner,
    side_remark,
    speculated,
    stop_read_as_not,
    stop_under_chain,
    stranded_speaker,
    subordinators,
    superseded_plan,
    taken_subject,
    time_clause_host,
    to_be_shown,
    topic_turn,
    trailing_speakers,
    under_condition,
    unmeant,
    unmet_condition,
    unnamed_belief,
    verb_phrase,
)
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import position_between_names
from geokg.extract.entities.organisations import MEDIA_SECTOR
from geokg.extract.entities.roles.clauses import charge_of_portfolio
from geokg.extract.entities.titles import is_role_word
from geokg.extract.lexicon.cameo import (
    AID_ROOT,
    FORCE_ROOTS,
    HARM_ROOTS,
    PURPOSE_PREP,
    RECEIVED_OF_AGENT_ROOTS,
    REFUSED_DEED,
    STATE_ITSELF,
    STATE_OF_CAPITAL,
    STATE_OF_OFFICIAL,
    Sense,
    best_reading,
    eased_by_deferral,
    event_code,
    event_root,
    intent_to,
    noun_classes,
    sector_of,
)
from geokg.extract.lexicon.entity_words import PRODUCTION_SITE_NOUNS
from geokg.extract.lexicon.syntax import (
    ACTIVE_SUBJECT_DEPS,
    CONTROLLER_DEPS,
    COPULA_COMPLEMENT_DEPS,
    ENTITY_MODIFIER_DEPS,
    EXPLICIT_SUBJECT_DEPS,
    FINITE_TAGS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    PLACE_LABELS,
    PRENOMINAL_DEPS,
    REPORTED_CLAUSE_DEPS,
    VERB_POS,
    first_conjunct,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ABSENCE_PREPS,
    ADDRESSEE_VERBS,
    AGREEMENT_NOUNS,
    ALLEGATION_VERBS,
    APPOINTING_VERBS,
    ARMS_WORDS,
    ASKING_VERBS,
    CALL_PAYING_VERBS,
    CASUALTY_VERBS,
    CLEARING_VERBS,
    COMPELLING_VERBS,
    CONTRAST_CONJUNCTIONS,
    CONTRAST_MARKS,
    CONTROLLER_MODALS,
    DEATH_VERBS,
    DEBT_STANDING_NOUNS,
    DELIBERATION_VERBS,
    DENIAL_VERBS,
    DOUBT_DENYING_WORDS,
    DOUBT_WORDS,
    DOUBTED_WHEN_DENIED,
    DOUBTING_VERBS,
    EMPTY_VERBS,
    ENDORSING_VERBS,
    EVALUATIVE_VERBS,
    EXTRAPOSED_PREDICATES,
    FAILED_ATTEMPT_DEEDS,
    FAILING_VERBS,
    FALLING_DUE_VERBS,
    HANDING_VERBS,
    HARSHER_COMPARATIVES,
    HARSHER_MEASURE_NOUNS,
    HEARSAY_DENIAL_VERBS,
    HEDGE_MODALS,
    HOPING_VERBS,
    INSTRUMENT_NOUNS,
    INTENT_CHAIN_MODALS,
    INTENT_NOUNS,
    JOINING_VERBS,
    JOURNEYS_ON,
    LETTER_NOUNS,
    LETTER_VERBS,
    LIGHT_VERBS,
    MANDATIVE_VERBS,
    MEANS_PREPS,
    MEETING_INTENT_VERBS,
    MILITARY_SITE_MODIFIERS,
    MOTION_VERBS,
    NAMING_NOUNS,
    NEGATING_RAISING_PREDICATES,
    NEGATING_VERBS,
    PERCEPTION_VERBS,
    PERMISSION_VERBS,
    PLAIN_SPEECH_VERBS,
    PLAN_ADOPTING_VERBS,
    PREMISES_NOUNS,
    PRESENCE_SETTING_VERBS,
    PRESS_ROLES,
    PROMISE_MODALS,
    PROTESTED_PREPS,
    QUALITY_NOUNS,
    RAISING_PREDICATES,
    RECEIVING_VERBS,
    RECURRENCE_VERBS,
    REFUSAL_NOUNS,
    REFUSING_PREDICATES,
    REGARDING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REPRISAL_ADJECTIVES,
    REPRISAL_MANNER_WORDS,
    REPRISAL_RESPONSE_VERBS,
    REPRISAL_VERBS,
    REPRISAL_WORDS,
    REQUEST_VERBS,
    SOURCE_PREPS,
    SPEECH_ACT_NOUNS,
    SPEECH_REFUSAL_VERBS,
    STRIVING_VERBS,
    TIME_CLAUSE_MODALS,
    TOPIC_NAME_HEADS,
    TRANSFER_NOUN_VERBS,
    ULTIMATUM_VERBS,
    UNDECIDED_WHEN_DENIED,
    UNDOING_VERBS,
    UNIT_NOUNS,
    UNTIL_MARKS,
    UNVOUCHED_CHARGE_MODALS,
    VERDICT_VERBS,
    VISIT_OPENING_VERBS,
    VISITING_CALL_VERBS,
    VOW_VERBS,
    WANTING_VERBS,
    WARNED_FORCE_WORDS,
    WARNED_HARM_VERBS,
    WARNING_VERBS,
    WITHHELD_TOPIC_VERBS,
    YIELD_ATTEMPT_VERBS,
)
from geokg.extract.records import Entity
from spacy.tokens import Doc, Span, Token

# A bare statement (the code of "say", "write") and the roots of the acts a noun may name as what was
# said instead: praise ("congratulations"), an appeal. Not a threat or an attack: "spoke of threats to X"
# reports them.
BARE_STATEMENT = "010"
# "declined to comment on X": a statement withheld (CAMEO 011), not a rejection of X (12)
DECLINED_COMMENT = "011"
INTENT_ROOT = "03"
# A meeting or visit (04) only planned or wished for is an intent to meet (036), not the meeting.
MEET_ROOT = "04"
INTENT_TO_MEET = "036"
THREAT_ROOT = "13"
REJECT_ROOT = "12"  # reject: "rejected plans for X to be shared": what the plan says is no deed
YIELD_ROOT = "08"  # yield: "tried to meet U.S. demands" is an attempt to yield, kept as 08
HEARER_PRONOUNS = frozenset({"it", "they", "you"})  # who faces a penalty told on a condition (_told_penalty)
ULTIMATUM = "130"  # threaten, not specified below: "do X or face the consequences"
FORCE_THREAT = "138"  # threaten with military force
# "is weighing (considering, mulling) X": a policy option considered (CAMEO 014), read by what is weighed
WEIGHED_OPTION = "014"
# "in protest at X": X is protested against (CAMEO 140), by a hunger strike 142
PROTEST = "140"
HUNGER_STRIKE = "142"
SAID_ACT_ROOTS = frozenset({"02", "05"})
# The roots of the words a verb of handing over may deliver ("delivered a warning / a protest / an
# ultimatum / a rebuke to X"): a statement, an appeal, a demand, disapproval, a rejection, a threat, a
# protest.
HANDED_WORD_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "14"})
APPEAL_ROOT = "02"
# "wants to see a withdrawal of X's troops": an act of others wished to be seen is an appeal (CAMEO 020)
WISHED_FOR_ACT = "020"
# "called on President X in Cairo": paying a call on a person or an office is a visit (CAMEO 042)
PAID_CALL = "042"
# "flies to Bonn for talks with X": a journey for talks with a party is a visit (CAMEO 042)
TRIP_FOR_TALKS = "042"
# The preposition of a journey's destination ("flies to Brussels"; "arrived in Brussels" is where the talks
# are held: relations._venue_of_meeting)
DESTINATION_PREP = "to"
# "Minister X is due in Lima next week": a person due in a place will arrive there, read as "arrive in" is
# (cameo.tsv: a state's official or body arriving in another state or its capital visits it, 042)
DUE_WORD = "due"
DUE_PREP = "in"
ARRIVAL_VERB = "arrive"
# "plans to build a plant in Peru", "will open an office in Jakarta": a presence set up in a state, only
# planned, is an intent to cooperate economically (CAMEO 0311); the done act keeps its reading
PLANNED_PRESENCE = "0311"
# "approved British aid to X": approving another's act endorses it (CAMEO 051, praise or endorse)
ENDORSEMENT = "051"
# The prepositions of an act noun that name its doers: "aid by the U.K.", "a merger between A and B"
DOER_PREPS = frozenset({"by", "between"})
# whom a call is paid on: a person or a government body (an office), not a state (an appeal to it)
CALLED_ON_CLASSES = frozenset({"@PERSON", "@official", "@GOV"})

# The words and classes by which a CAMEO entry may recognise an argument (ArgumentResolver.sense_words).
Words = Callable[[Ref], frozenset[str]]


@dataclass(frozen=True, slots=True)
class Clause:
    verb: Token
    sentence: Span
    lemma: str  # the verb's lemma, lower case
    phrase: str  # the verb phrase with its governing chain and particle: "refuse to consider", "pull out"
    phrase_tokens: tuple[int, ...]  # the words of `phrase` in the sentence ("refused", "to", "consider")
    copula: bool  # "be" with an attribute or adjective: "X is the leader of Y"
    passive: bool
    # governing verbs whose meaning it takes in: [refuse] in "refused to meet", [plan] in "plans to visit"
    chain: tuple[Token, ...]
    controller: Token | None  # the request or permission governing an infinitive ("urged Iraq to stop")
    negated: bool
    modality: str | None  # will, would, could, should (asked to), may (allowed to), reportedly…
    speakers: tuple[Ref, ...]  # whom the clause is reported from
    cue: Token | None  # the reporting verb or "according" that attributes it
    agents: tuple[Ref, ...]  # who does it
    patients: tuple[Ref, ...]  # to whom it is done, in a passive clause
    slots: tuple[Slot, ...]  # what it acts on
    threat: bool  # a conditional promise of force: "if X does Y, I will destroy Z"
    # promised on a condition: "would take military action against X if …" (a threat where the act is force)
    conditioned: bool
    refusal: str | None  # "denied attacking", "refused to recognise": the refusal is the event
    # What an evaluative verb calls its object ("reckless" in "called the plan 'reckless'", "a threat" in
    # "described Russia as a threat"), and whom it calls so (the object, or the subject of a small clause).
    complement: Token | None = None
    judged: tuple[Ref, ...] = ()
    # A warning whose content promises force on the one warned ("warned Iran that attacks would justify firm
    # action"): a threat to the addressee (138).
    warned_force: bool = False
    # A warning whose content promises a reprisal by the speaker's side ("warned Chile it may take
    # retaliatory measures", "warned Chile that it would retaliate"): a threat to the addressee, of no
    # stated kind (130).
    warned_reprisal: bool = False
    # Reported by others than its doers ("analysts said Britain would …"): what it promises is no threat.
    foreseen: bool = False
    # Whose wrong a reprisal promised with no target answers, where the same sentence names it: "called the
    # U.S. attacks an escalation and promised retaliation" threatens the United States.
    reprisal_for: tuple[Ref, ...] = ()
    # Whose act a report with no hearer promises force in answer to: "said any U.S. interference would meet
    # a strong response" threatens the United States (138), as "warned the U.S. that ..." does.
    force_answering: tuple[Ref, ...] = ()
    # The agents and the speakers with the states they act for: nobody demands of their own side.
    agent_side: frozenset[str] = frozenset()
    speaker_side: frozenset[str] = frozenset()
    # The firms and bodies the agents who are people act for ("Kestrel Ltd chairman Jan Bolt"): the side a
    # speaker speaks of as their own (rules._own_side), as a state is its official's.
    served: frozenset[str] = frozenset()
    # The agents are people or bodies of no state the text gives and of no side of their own (no sector:
    # "Carter", "the Trade Department"; not "Amnesty", an NGO): nobody knows they are another side.
    agents_unplaced: bool = False
    particles: tuple[str, ...] = ()  # the verb's particle and prepositions: "pull out", "withdraw from"
    # What it acts on, by particle ("" for the direct object or passive subject): the nouns' lemmas.
    arguments: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The violent event named last before the verb: what "claimed responsibility" without "for" is about.
    prior_event: Ref | None = None
    # The state the headline or the sentence before says is visited, for a verb that opens a visit with no
    # destination of its own ("begins a state visit on Tuesday"; rules.visit_destination).
    visited: Ref | None = None
    # In an interviewee's answer (clauses.turns): the speaker's words, but not a quotation chosen to report.
    answered: bool = False
    # The bodies that speak through a reporting verb's unnamed subject ("analysts at Nomura said"), as a
    # named subject would: its speakers when it has no agents.
    voices: tuple[Ref, ...] = ()
    # The agents named in a list set off after their group's name ("the Group of Five -- the United States,
    # Japan and France -- met"), each with that group: (member, group) (clauses.members).
    listed_members: tuple[tuple[Ref, Ref], ...] = ()
    # The agents named after a member noun a body modifies ("OPEC members Iran and Iraq"): (member, body).
    titled_members: tuple[tuple[Ref, Ref], ...] = ()
    # The appositions on the agents' way to the subject that are no renaming but the rest of a list its
    # first name begins ("The United States, Italy, Spain and Greece agreed": "Italy"), by word index.
    listed_appositions: frozenset[int] = frozenset()
    # The commitment whose infinitive carries the deed's own "not" ("agreed not to cut X"): the event is the
    # commitment (03), not the deed it rules out.
    pledge: Token | None = None
    # The verb approves (clears, authorises) an act its object noun names as another's doing ("approved
    # British aid to X", "cleared Acme's takeover of Y"): the approver endorses the act and does none of it.
    endorsed_act: bool = False
    # The verb of deferral the act is put off by ("put off imposing duties on X": "put off"): the event is
    # the putting off (code_of), not the act.
    deferral: Token | None = None

    def slots_of(self, *kinds: str) -> list[Slot]:
        return [slot for slot in self.slots if slot.kind in kinds]

    def words_of(self, slot: Slot) -> tuple[int, ...]:
        """The words of the predicate `predicate(slot.tail)` in the sentence."""
        return (*self.phrase_tokens, *slot.tokens)

    def predicate(self, tail: str) -> str:
        """The relation's words for a slot: "be leader of" after a copula, else the verb phrase and tail."""
        if self.copula and not self.passive:
            return f"be {tail}".strip()
        return f"{self.phrase} {tail}".strip()

    def _noun_preps_through(self, fact: Fact) -> list[tuple[str, frozenset[str]]]:
        """ "made an application for membership in X": the event noun's own preposition on the way to the
        fact's object, with the words of its object, which select the noun's sense too ("application for
        membership")."""
        if not fact.noun or not fact.event or fact.settled:
            return []
        doc = self.verb.doc
        out = []
        for i in fact.tokens:
            prep = doc[i]
            if prep.dep_ == "prep" and prep.lower_ != fact.prep and prep.head.lemma_.lower() == fact.event:
                nouns = {w for g in prep.children if g.dep_ == "pobj" for w in (g.lower_, g.lemma_.lower())}
                out.append((prep.lower_, frozenset(nouns)))
        return out

    def code_of(self, fact: Fact, words: Words) -> str | None:
        """The CAMEO code of a fact read from this clause: that of its event word (the verb, or an event
        noun) in the sense its preposition and arguments select, else that of the event noun it reaches
        ("arranged a meeting"); a threat is 13, a refusal the refusal's code; a copula is no event unless
        its noun is one ("X is a critic of Y")."""
        if self.deferral is not None and not fact.settled:
            # "put off imposing duties on X": a measure put off is eased for the time (085 for a sanction);
            # any other act put off is no event CAMEO codes
            deed = replace(self, deferral=None).code_of(fact, words)
            return eased_by_deferral(deed) if deed else None
        if self.threat:  # a harm short of force promised on a condition threatens, unspecified (130)
            return FORCE_THREAT if event_root(self.lemma) in FORCE_ROOTS else ULTIMATUM
        if not fact.settled and _ultimatum(self.verb):
            return ULTIMATUM
        if self.warned_force and not fact.settled and self._addressee(fact.object):
            return FORCE_THREAT  # "warned Iran that continued attacks would justify firm action"
        if not fact.settled and any(r.entity_id == fact.object.entity_id for r in self.force_answering):
            return FORCE_THREAT  # "said any U.S. interference would meet a strong response"
        if self.warned_reprisal and not fact.settled and self._addressee(fact.object):
            return ULTIMATUM
        objects = {particle: frozenset(nouns) for particle, nouns in self.arguments}
        if fact.prep == "as" and fact.fallback and self.lemma in REGARDING_VERBS:
            # "sees the plan as an insult to X": what the regarded thing is held to be (cameo.tsv see as
            # object=insult) is said of the thing, not of whom the noun reaches
            objects.pop("as", None)
        if not fact.fallback or self._own_argument(fact.object):
            # the entity is the argument itself, not reached through a noun (even when the verb's object
            # noun is in the predicate: "discussed his role with Wikinews")
            objects[fact.prep] = objects.get(fact.prep, frozenset()) | words(fact.object)
        if self._patient_as_subject(fact):
            # "X was captured in Y" (no agent named): the passive's subject is what the verb acts on, so its
            # class selects the verb's sense as a direct object's would (a person captured is detained)
            objects[""] = objects.get("", frozenset()) | words(fact.subject)
        for slot in self.slots_of("prep", "sense"):
            # the verb's other partners select its sense too: "discussed the court with Reuters" is an
            # interview (the outlet), whichever argument the fact links
            if slot.prep != fact.prep:
                objects[slot.prep] = objects.get(slot.prep, frozenset()) | words(slot.ref)
        looked_through = self._noun_preps_through(fact)
        for particle, nouns in looked_through:
            objects[particle] = objects.get(particle, frozenset()) | nouns
        particles = tuple(
            dict.fromkeys(p for p in (fact.prep, *self.particles, *(p for p, _ in looked_through)) if p)
        )
        agents = words(fact.subject)
        context = verb_context(self.verb)
        if fact.noun and fact.event:
            # the light verb's event noun may read the sentence too ("took retaliatory action" over trade)
            context |= verb_context(self.verb, fact.event)
        sense = Sense(particles, _abroad(objects, agents), agents, context)
        if self.pledge is not None:
            # "promised not to attack X", "agreed not to cut imports from Y": an intent stated (03), never
            # the deed it rules out; a choice of no such code ("decided not to attend") keeps the deed's
            pledged = event_code(self.pledge.lemma_.lower(), sense=Sense(agents=agents))
            if pledged and pledged[:2] == INTENT_ROOT:
                return pledged
        if not self.refusal and not fact.settled and stop_under_chain(self.verb, self.chain):
            # "promised to stop attacking X", "pledged to cease attacks on Y": as "promised not to attack X",
            # an intent stated (03); the deed's own code (a vow of force, a sale) is what is given up
            pledged = event_code(chain_word(self.chain[0]), sense=Sense(agents=agents))
            if pledged and pledged[:2] == INTENT_ROOT:
                return pledged
        if (fact.noun or fact.fallback) and not fact.settled and self.lemma in UNDOING_VERBS:
            # "overturned the conviction": the noun's act is undone, not done; only the verb's own sense
            return event_code(self.lemma, sense=sense)
        if self._declined_comment(fact, sense):
            return DECLINED_COMMENT
        if self.copula and fact.fallback and charge_of_portfolio(self.verb, fact.fallback):
            return None  # "X is responsible for foreign investment in Y": an office's charge, no act
        if self.copula and fact.prep == DUE_PREP and not fact.settled and _due_in(self.verb):
            # "Minister X is due in Lima": will arrive there, a visit where "arrived in Lima" would be one
            arrival = event_code(ARRIVAL_VERB, sense=sense)
            if arrival:
                return arrival
        code = None
        no_event = False  # the word's reading in this sense is no event: its object noun's act is not its
        if not self.copula or fact.noun or fact.settled:  # a speaker's act on a copula's content is one
            # a fact the refusal denies ("failed to win concessions from X") is coded by its own event
            event = (fact.event if fact.settled or fact.denied else self.refusal or fact.event) or ""
            if event == self.refusal and " " in event:
                # "ruled out attacking X": the refusal's own particle ("rule out") selects its code
                event, particle_word = event.split(" ", 1)
                sense = Sense((particle_word,), sense.objects, sense.agents)
            if event and event == self.refusal:
                # "are resisting signing X": the refusal of a deed has a sense of its own, which a verb that
                # refuses only in it (no "resisted the attack") lists (cameo.tsv particle "deed")
                sense = Sense((*sense.particles, REFUSED_DEED), sense.objects, sense.agents, sense.context)
            reading = best_reading(event, noun=fact.noun and (fact.denied or not self.refusal), sense=sense)
            code = reading.code if reading else None
            no_event = reading is not None and code is None
            if reading is None and event == self.refusal and fact.event:
                # "failed to keep an agreement with X": a refusal with no reading of its own is no event
                # where the deed refused is none in its sense (keeping an accord signs none), and the deed's
                # object noun lends it no code
                deed = best_reading(fact.event, noun=fact.noun, sense=sense)
                no_event = deed is not None and deed.code is None
                if self.refusal in FAILING_VERBS and fact.event in FAILED_ATTEMPT_DEEDS and not fact.noun:
                    # "failed to persuade X": the persuading was tried, and the attempt is the appeal
                    code = deed.code if deed is not None else None
                elif self.refusal in FAILING_VERBS and deed is None:
                    # "failed to fulfil (implement) the agreement with X": a deed not done, with no reading of
                    # its own, takes none from its object noun either (no accord signed, no cooperation)
                    no_event = True
        if code is None and not fact.settled and self._trip_for_talks(sense):
            if fact.fallback and fact.prep == PURPOSE_PREP:
                # "flies to Brussels for talks with the Community": the talks' own code (04), which the
                # reading of the destination as a mere location ("fly to" a city) does not deny them
                no_event = False
            elif not fact.fallback and fact.prep == DESTINATION_PREP:
                # the destination of that trip is visited, as "flew to Bonn for talks" is: the journey
                # is for talks with a party the text names, wherever they are held
                code = TRIP_FOR_TALKS
        if code is None and not no_event and not fact.settled and self._planned_presence(fact, sense, words):
            code = PLANNED_PRESENCE
        if code is None and not no_event and fact.prep in PROTESTED_PREPS and _in_protest(self.verb):
            # "went on hunger strike in protest at X's decision", "resigned in protest over Y": what the
            # protest is at (the parser hangs it on the verb) is protested against; a hunger strike is 142
            code = HUNGER_STRIKE if _on_hunger_strike(self.verb) else PROTEST
        weighed = code == WEIGHED_OPTION and fact.fallback and not fact.settled
        if weighed and not self.chain and not self.copula:
            # "is weighing imports of flour", "is considering a move to X": an option only weighed is no
            # public statement; the act weighed decides (_weighed_act)
            return self._weighed_act(fact, sense, words)
        if self.endorsed_act and not fact.settled and not self.copula:
            # "the Commission approved U.K. aid to X": the aid is the U.K.'s, the Commission only endorses
            # it (not the object=aid reading of an approver that funds, nor the noun's own code)
            code = ENDORSEMENT
        if self.lemma in ENDORSING_VERBS and fact.prep == "to" and not fact.settled and not self.copula:
            # "approved the sale of missiles to X": the approver lets the goods pass to X, the sale's own act
            code = self._passed_goods(fact, sense) or code
        if code and code[:2] == APPEAL_ROOT and (self._paid_call(sense) or self._paid_call_noun(fact)):
            code = PAID_CALL
        if code == BARE_STATEMENT and fact.fallback and fact.prep == "to" and not fact.settled:
            # "wrote congratulations to X", "wrote an appeal to Y": the noun names what was said to them
            # (not on a medium: "posted an invitation on Facebook" stays a statement)
            said = event_code(fact.fallback, noun=True, sense=Sense((fact.prep,), {}, sense.agents))
            code = said if said and said[:2] in SAID_ACT_ROOTS else code
        if (
            code
            and code[:2] == AID_ROOT
            and fact.fallback
            and not fact.settled
            and self.lemma in HANDING_VERBS
        ):
            # "delivered a warning to Japan", "gave a stern rebuke to X": the words handed over are the act
            # (the noun's code), no aid as in "delivered food to X"
            handed = event_code(
                fact.fallback, noun=True, sense=Sense((fact.prep,) if fact.prep else (), {}, sense.agents)
            )
            code = handed if handed and handed[:2] in HANDED_WORD_ROOTS else code
        if code == BARE_STATEMENT and fact.fallback and fact.prep == "with" and not fact.settled:
            # "described (recounted, mentioned) his discussions with X": the speech reports a meeting held
            # with X, the noun's own act (04); what is said to X stays the statement
            met = event_code(fact.fallback, noun=True, sense=Sense((fact.prep,), {}, sense.agents))
            code = met if met and met[:2] == MEET_ROOT else code
        if code == BARE_STATEMENT and not fact.prep and not fact.settled:
            code = self._said_to(fact.object) or code
        if code is None and fact.fallback and not no_event and not self._not_its_act(fact):
            # "received criticism": the subject is not who criticised, the verb's reading says no event.
            code = self._noun_code(fact, sense, words)
        if code is None and fact.noun and not self.copula:
            code = event_code(self.lemma, sense=sense)  # "offered a reward": the light verb's own sense
        if code is None and not self.copula and not no_event:
            # "bombings took place in X", "X faces attacks": an event named as an argument is the event
            # An event entity is unowned: no state is known to carry it out ("faces attacks" is 18, not 19).
            unowned = Sense(agents=frozenset({"@nonstate"}))
            # "held a rally", "staged protests": after a light verb the subject carries the event out
            held = Sense(agents=sense.agents) if self.lemma in LIGHT_VERBS and not self.passive else unowned
            # "X's policies face fierce attack": what the event is on selects its sense too (criticism)
            on = _event_on(self.sentence.doc[fact.object.token]) if "@EVENT" in words(fact.object) else None
            if on:
                held = Sense(("on",), {"on": on}, held.agents)
            for side, event_sense in ((sense.agents, unowned), (sense.objects.get("", frozenset()), held)):
                if "@EVENT" in side:
                    code = next(
                        (c for w in sorted(side) if (c := event_code(w, noun=True, sense=event_sense))), None
                    )
                    if code:
                        break
        if code is None and not self.copula and self.lemma in JOINING_VERBS and fact.prep == "in":
            # "the United States joined in the attack (on the plan)": who joins in an event carries it out
            # with the others, and the event joined is the act, in the sense what it is on selects
            joined = self.sentence.doc[fact.object.token]
            if "@EVENT" in words(fact.object):
                on = _event_on(joined)
                joined_sense = Sense(("on",) if on else (), {"on": on} if on else {}, sense.agents)
                code = event_code(joined.lemma_.lower(), noun=True, sense=joined_sense)
        if code is None and self.chain and not self.copula:
            # "proposed converting X", "committed to sending troops": the deed is not done, and when it
            # names no event of its own, the pledge or proposal that governs it is the event. What the deed
            # is done to selects the governing verb's sense: "planned to join the AfCFTA" (a body) states
            # an intent, "intending to land at X" none (cameo.tsv: plan, intend)
            planned = Sense(objects={"": sense.objects.get("", frozenset())}, agents=sense.agents)
            pledged = event_code(self.chain[0].lemma_.lower(), sense=planned)
            code = pledged if pledged and pledged[:2] == INTENT_ROOT else None
        if code and code[:2] in FORCE_ROOTS and self._promised_reprisal(fact):
            return FORCE_THREAT  # "Iran will retaliate against X", "said it would take reprisals against Y"
        if code and code[:2] in FORCE_ROOTS and self._force_on_condition(fact):
            return FORCE_THREAT  # "said it would take military action against X if its ships were attacked"
        planned_meeting = self.chain and self.chain[0].lemma_.lower() in MEETING_INTENT_VERBS
        if code and code[:2] == MEET_ROOT and planned_meeting:
            return INTENT_TO_MEET  # "was planning to visit X", "hopes to meet Y": no meeting took place yet
        if code and code[:2] == APPEAL_ROOT and self.chain and self.chain[0].lemma_.lower() in HOPING_VERBS:
            # "hope to persuade reluctant states to release X", "wants to urge Y": a wish to appeal states
            # the wish; no appeal has been made to them yet
            return BARE_STATEMENT
        if code and self.chain and not self.copula:
            # "threatened to cut aid": the aid is not cut, the threat is the event (CAMEO codes the threat,
            # 13, whatever it threatens)
            governing = event_code(_verb_of_chain(self.chain[0]), sense=Sense(agents=sense.agents))
            if governing and governing[:2] == THREAT_ROOT:
                return governing
            if self.chain[0].lemma_.lower() in VOW_VERBS:
                return FORCE_THREAT if self._vowed_reprisal() else self._vowed(code)
            if governing and governing[:2] == INTENT_ROOT:
                # "agreed to cooperate with X", "offered to provide aid to Y": the act is only agreed to or
                # offered, an intent to cooperate of its kind (031, 033), not yet the cooperation
                return intent_to(code) or code
            wanting = self.chain[0].lemma_.lower()
            if wanting in HOPING_VERBS and self.lemma in PERCEPTION_VERBS and intent_to(code):
                # "wants to see a phased withdrawal of X's troops", "hopes to see more aid to Y": the act is
                # one the wisher would see others do, a call on them (an appeal, as hoping_verbs), never
                # the wisher's own intent to cooperate
                return WISHED_FOR_ACT
            if wanting in WANTING_VERBS and not (code[:2] == YIELD_ROOT and wanting in YIELD_ATTEMPT_VERBS):
                # "wants to increase its exports to X", "seeking to invest in Y": an act of cooperation only
                # wanted or tried for is not yet done, an intent of its kind (031) as an offered one is;
                # hostile acts have no intent to cooperate and keep their code. A yielding tried for ("tried
                # to meet U.S. demands") stays the yielding that may come (relations._not_yet_done).
                return intent_to(code) or code
            if code[:2] in FORCE_ROOTS and self.chain[0].lemma_.lower() in DELIBERATION_VERBS:
                # "is considering how to retaliate against X", "is weighing strikes on Y": force only thought
                # over is not used; made known, it threatens the one it would hit (138), a possibility
                return FORCE_THREAT
        return code

    def _planned_presence(self, fact: Fact, sense: Sense, words: Words) -> bool:
        """ "plans to build a car plant in Peru", "will open an office in Indonesia", "is to set up a
        subsidiary in X": a site or a unit of the subject's (premises, production sites, units) set up "in" a
        state, told as to come ("will": a plan, an intent, "is to"). Done ("opened an office in X"),
        it is the subject's presence there, no act of cooperation with anyone."""
        if self.modality != PLAN_MODALITY or self.passive or self.copula or fact.prep != "in":
            return False
        verbs = {self.lemma, *(f"{self.lemma} {p}" for p in self.particles)}
        # a state, not a city in one: a city after "in" of an intent is where it is stated
        # (relations._venue_of_act), and a state's own plant in its city is no cooperation
        if not verbs & PRESENCE_SETTING_VERBS or "@state" not in words(fact.object):
            return False
        sites = PREMISES_NOUNS | PRODUCTION_SITE_NOUNS | UNIT_NOUNS
        if not sense.objects.get("", frozenset()) & sites:
            return False
        # "Iran plans to build a nuclear plant in X": a state's military or nuclear site in another state
        # is a strategic act, no economic cooperation; a firm's plant of any kind stays one
        return "@state" not in words(fact.subject) or not self._military_site(sites)

    def _military_site(self, sites: frozenset[str]) -> bool:
        """ "a nuclear plant", "a military factory", "an arms factory": a site the verb sets up whose
        modifiers make it a military or nuclear one (military_site_modifiers, arms_words)."""
        marks = MILITARY_SITE_MODIFIERS | ARMS_WORDS
        return any(
            c.dep_ in ("amod", "compound") and (c.lower_ in marks or c.lemma_.lower() in marks)
            for site in self.verb.children
            if site.dep_ == "dobj" and site.lemma_.lower() in sites
            for c in site.children
        )

    def _trip_for_talks(self, sense: Sense) -> bool:
        """ "flies to Brussels for talks with Community officials", "arrived in Geneva for talks with GATT":
        the subject's own journey (a verb of motion with no direct object: not "flew the envoy to X") for
        talks, a meeting or a visit that names a party it is held with (a noun of the "for" of purpose
        reaching an entity). Its edges are a consultation: the talks' (04) and the destination's (042)."""
        if self.lemma not in MOTION_VERBS or self.passive or sense.objects.get(""):
            return False
        if "@talks" not in sense.objects.get(PURPOSE_PREP, frozenset()):
            return False
        return any(slot.kind == "prep_noun" and slot.prep == PURPOSE_PREP for slot in self.slots)

    def _paid_call(self, sense: Sense) -> bool:
        """ "The minister called on President X in Cairo": a verb of appeal with its particle
        (visiting_call_verbs) on a person or an office, with no "to" clause saying what they are asked to do
        ("called on X to release Y", "called on X to be freed") and no "for" what is asked ("called on X
        for restraint"), is a call paid on them, a visit; on a state it stays an appeal."""
        verb = self.verb
        particles = [p for p in self.particles if f"{self.lemma} {p}" in VISITING_CALL_VERBS]
        if not particles or self.chain or self.passive or "for" in self.particles:
            return False
        if not any(CALLED_ON_CLASSES & sense.objects.get(p, frozenset()) for p in particles):
            return False
        asked = ("xcomp", "ccomp")
        if any(c.dep_ in asked or (c.dep_ == "advcl" and to_infinitive(c)) for c in verb.children):
            return False
        called = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in particles for g in c.children]
        return not any(
            c.dep_ in ("acl", "relcl", "xcomp") and to_infinitive(c) for g in called for c in g.children
        )

    def _paid_call_noun(self, fact: Fact) -> bool:
        """ "paid a call on President X": a call (visiting_call_verbs, as a noun) that a verb of paying it
        (call_paying_verbs) takes is a visit, as the bare verb's "called on President X" is; "made a call on
        X to do Y", "renewed its call on X" stay appeals."""
        if not fact.noun or fact.settled or self.passive or self.lemma not in CALL_PAYING_VERBS:
            return False
        return f"{fact.event} {fact.prep}" in VISITING_CALL_VERBS

    def _noun_code(self, fact: Fact, sense: Sense, words: Words) -> str | None:
        """The code of the event noun a fact falls back on, in the sense its prepositions select. What the
        noun is taken to selects its sense too: "took the fight to X" (a rival) is no war."""
        reached = {fact.prep: words(fact.object)} if fact.prep else {}
        # the noun's own prepositions select its sense too: "waged a war on drugs in X" is no war
        own = {p: w for p, w in self._noun_preps(fact).items() if p != fact.prep}
        particles = tuple(dict.fromkeys(p for p in (fact.prep, *own) if p))
        noun_sense = Sense(particles, {**own, **reached}, sense.agents)
        return event_code(self._event_words(fact), noun=True, sense=noun_sense)

    def _weighed_act(self, fact: Fact, sense: Sense, words: Words) -> str | None:
        """The code of weighing (considering, mulling) the act a noun names: an act of cooperation weighed
        ("is weighing imports of Spanish flour", "is considering talks with X") is an intent to cooperate
        of its kind (intent_to: 031, 036); force weighed threatens whom it would hit (138), as "is weighing
        how to retaliate" does; any other act weighed toward a party (sanctions against X, a proposal from Y)
        is the policy option considered (014, CAMEO's own code for it); a noun that names no act ("a move to
        X") is no event. A noun of trade with no code of its own ("purchases", "imports") is its verb's deed
        (transfer_noun_verbs)."""
        act = self._noun_code(fact, sense, words) or self._passed_goods(fact, sense)
        if act is None:
            # "is weighing a move to Bermuda": the noun names no act toward a party, so nothing is weighed
            # toward the place it reaches
            return None
        if act[:2] in FORCE_ROOTS:
            return FORCE_THREAT
        # "is considering sanctions against X", "a proposal from Y": an act toward a party with no intent
        # reading is CAMEO's own "consider policy option" (014, root 01)
        return intent_to(act) or WEIGHED_OPTION

    def _passed_goods(self, fact: Fact, sense: Sense) -> str | None:
        """The code of passing goods to the fact's object where the verb approves a noun of their passing
        (words.tsv transfer_noun_verbs: "the sale of missiles to X" is "sell" with the goods of its "of" as
        the object, arms military aid), or None where the noun is none."""
        noun = (fact.fallback or "").rsplit(" ", 1)[-1]
        passing = TRANSFER_NOUN_VERBS.get(noun)
        if passing is None:
            return None
        listed = self._event_words(fact)
        if listed != noun and (code := event_code(listed, noun=True)) is not None:
            return code  # "approved the arms sale to X": the pair cameo.tsv lists ("arms sale", 072)
        goods = self._noun_preps(fact).get("of", frozenset())
        return event_code(
            passing,
            sense=Sense(("to",), {"": goods, "to": sense.objects.get("to", frozenset())}, sense.agents),
        )

    def _event_words(self, fact: Fact) -> str:
        """The event noun a fact falls back on, with the word before it where cameo.tsv lists the pair
        ("lost a court fight with X" is no fight, "formed a joint venture with Y" a business venture)."""
        doc = self.sentence.doc
        nouns = [doc[i] for i in fact.tokens if doc[i].lemma_.lower() == fact.fallback]
        return event_words(nouns[0]) if nouns else fact.fallback or ""

    def _noun_preps(self, fact: Fact) -> dict[str, frozenset[str]]:
        """The prepositions of the event noun a fact falls back on, among its words, with the lemmas and
        classes of their objects (cameo.noun_classes): "on" -> {"drug", "@ill"} of "a war on drugs"."""
        doc = self.sentence.doc
        out: dict[str, frozenset[str]] = {}
        for i in fact.tokens:
            if doc[i].lemma_.lower() != fact.fallback:
                continue
            for prep in doc[i].children:
                if prep.dep_ == "prep":
                    nouns = [g for g in prep.children if g.dep_ == "pobj"]
                    found = {w for g in nouns for w in (g.lemma_.lower(), *noun_classes(g.lower_, g.lemma_))}
                    out[prep.lower_] = out.get(prep.lower_, frozenset()) | found
        return out

    def _promised_reprisal(self, fact: Fact) -> bool:
        """Is the fact a reprisal (words.tsv reprisal_verbs, reprisal_words) promised to come, "will" or
        "would" with no verb of its own governing it, by its doers themselves (or in the text's own voice)?
        Force in return, promised, is a threat (138), as a vow of it is; one taken ("retaliated", "took
        reprisals") is the force, and one others foresee ("analysts said Iran would retaliate") no threat."""
        if self.chain or self.copula or self.negated:
            return False
        # "warned that it may retaliate against X": in a warning the hedge is the promise, as in
        # _warned_reprisal; elsewhere "may retaliate" is a possibility only
        warned = self.cue is not None and self.cue.lemma_.lower() in WARNING_VERBS and bool(self.speakers)
        if self.modality not in PROMISE_MODALS and not (warned and self.modality in HEDGE_MODALS):
            return False
        if self.speakers and not self.speaker_side & self.agent_side:
            return False
        return self.lemma in REPRISAL_VERBS or (fact.fallback or "") in REPRISAL_WORDS

    def _addressee(self, ref: Ref) -> bool:
        """Is the argument the one the verb speaks to: its direct or indirect object ("warned Iran that"), or
        whom the letter it speaks in goes to ("said in a letter to Iran that")?"""
        word = first_conjunct(self.verb.doc[ref.token])
        if word.head.i == self.verb.i and word.dep_ in ("dobj", "dative"):
            return True
        to, letter = word.head, word.head.head
        return (
            word.dep_ == "pobj"
            and to.lower_ == "to"
            and letter.lemma_.lower() in LETTER_NOUNS
            and letter.dep_ == "pobj"
            and letter.head.head.i == self.verb.i
        )

    def _force_on_condition(self, fact: Fact) -> bool:
        """Is force named by a noun ("would take military action against X if its ships were attacked")
        promised on a condition by its doers themselves (or in the text's own voice)? A conditional promise
        of force is a threat (138), as one made with a verb of force is (voice.conditional_threat); force
        that others foresee on a condition ("analysts said X would take military action if …") is none."""
        if not self.conditioned or self.chain or self.copula or self.negated or not fact.noun:
            return False
        return not self.foreseen

    def _vowed_reprisal(self) -> bool:
        """Is the deed vowed a response the words make a reprisal ("vowed to react strongly to X", "to hit
        back at Y": words.tsv reprisal_response_verbs, reprisal_manner_words)? A vowed reprisal threatens
        (138)."""
        return _struck_back(self.verb)

    @staticmethod
    def _vowed(code: str) -> str:
        """The code of a deed only vowed: "vowed to attack X" threatens X (a promise of force, not yet the
        attack), "pledged to help Y" states an intent to aid Y; other deeds keep their own code ("vowed to
        leave the EU" is coded as the leaving, as the gold does)."""
        if code[:2] in FORCE_ROOTS:
            return FORCE_THREAT
        return intent_to(code) or code

    def _not_its_act(self, fact: Fact) -> bool:
        """ "acted without approval from X": the noun's act did not happen; "won approval for the plan",
        "gained the backing of X": the subject gains a backing someone else gives. Neither noun lends the
        clause its code."""
        doc = self.sentence.doc
        if any(doc[i].dep_ == "prep" and doc[i].lower_ in ABSENCE_PREPS for i in fact.tokens):
            return True
        gained = event_root(fact.fallback or "", noun=True) in RECEIVED_OF_AGENT_ROOTS
        return gained and self.lemma in RECEIVING_VERBS and not self.passive

    def _declined_comment(self, fact: Fact, sense: Sense) -> bool:
        """Does the clause refuse to make a statement ("declined to speculate on X", "refused to say")?"""
        if self.refusal not in SPEECH_REFUSAL_VERBS or fact.settled or not fact.event:
            return False
        reading = best_reading(fact.event, noun=fact.noun, sense=sense)
        if reading is not None and reading.code == BARE_STATEMENT:
            return True
        # "declined to discuss the talks with Japan", "refused to discuss Japan's proposal": a remark withheld
        # on a topic that names the party is no rejection of it; only a partner of the talking itself
        # ("refused to discuss the matter with Japan", the "with" on the verb) is refused talks (12)
        if fact.noun or fact.event not in WITHHELD_TOPIC_VERBS:
            return False
        party = self.sentence.doc[fact.object.token]
        partner = party.dep_ == "pobj" and party.head.lower_ == "with" and party.head.head.pos_ in VERB_POS
        return not partner

    def _said_to(self, ref: Ref) -> str | None:
        """The code of a praise or appeal noun that the words address to the entity, whatever the parse
        made of them: 'wrote, "Congratulations to [X] on ..."' is praise of X (the quote's editorial
        brackets often make X the verb's object)."""
        doc = self.sentence.doc
        start = ref.token
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        before = [t for t in doc[max(0, start - 4) : start] if not (t.is_punct and t.lower_ in "[(")]
        if len(before) < 2 or before[-1].lower_ != "to" or before[-2].pos_ != "NOUN":
            return None
        code = event_code(before[-2].lemma_.lower(), noun=True)
        return code if code and code[:2] in SAID_ACT_ROOTS else None

    def _patient_as_subject(self, fact: Fact) -> bool:
        """Is the fact's subject the patient of a passive that names no agent ("X was captured in Y": X), so
        that the fact links the patient to a phrase of the verb?"""
        if not self.passive or self.agents or not fact.prep:
            return False
        return any(patient.entity_id == fact.subject.entity_id for patient in self.patients)

    def _own_argument(self, ref: Ref) -> bool:
        """Is the entity the object of one of the verb's own prepositions, or a conjunct of that object
        ("bought gold in Belgium and Austria": Austria is where, as Belgium is)?"""
        token = self.sentence.doc[ref.token]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.head == self.verb


class ClauseReader:
    """Reads the clause of each verb of a Doc, given the article's entities (through the resolver)."""

    def __init__(self, doc: Doc, resolver: ArgumentResolver, quotes: list[Quote]) -> None:
        self.doc = doc
        self.args = resolver
        self.quotes = quotes
        self.slot_reader = SlotReader(doc, resolver)
        # What one verb says about every verb coordinated with it, asked once.
        self._own: dict[int, list[Ref] | None] = {}
        self._according: dict[int, tuple[list[Ref], Token] | None] = {}

    def _sides_of_talks(self, failing: Token) -> list[Ref]:
        """The sides of the talks that failed to agree ("talks between X and Y failed to reach an
        agreement", "negotiations between X and Y were unable to agree"): the parties of "between" on a
        noun of a mutual act (a meeting, talks) that is the failing word's subject; [] for any other."""
        holder = failing.head if failing.pos_ == "ADJ" else failing  # "were unable": the copula's subject
        talks = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if talks is None or talks.pos_ != "NOUN" or not reciprocal(talks.lemma_.lower()):
            return []
        sides = [
            ref
            for prep in talks.children
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for ref in self.args.resolve(pobj)
        ]
        return list({ref.entity_id: ref for ref in sides}.values())

    def _accord_sides(self, verb: Token, failing: Token | None, copula: bool) -> list[Slot]:
        """The verb's slots; of an accord that failed ("X failed to reach an agreement"), not the accord
        itself: it is no side of the agreement denied, and nothing was reached."""
        slots = self.slot_reader.slots(verb, copula)
        accord = accord_object(verb) if failing is not None else None
        if accord is None:
            return slots
        return [s for s in slots if not (s.kind == "object" and s.ref.token == accord.i)]

    def read(self, verb: Token, sentence: Span | None = None) -> Clause | None:
        """The verb's clause; None for a verb that heads none worth reading (auxiliaries, "do", open
        questions such as "whether it received warrants"). `sentence` is the verb's, if known."""
        lemma = verb.lemma_.lower()
        copula = verb.lemma_ == "be" and (
            any(c.dep_ in COPULA_COMPLEMENT_DEPS for c in verb.children) or _in_an_event(verb)
        )
        if (verb.pos_ != "VERB" and not copula) or lemma in EMPTY_VERBS or attribution_cue(verb):
            return None
        planned = planned_aim(verb)  # "will send a mission to negotiate with Z": the aim is to come
        if in_open_clause(verb) or (purpose(verb) and planned is None) or describes(verb) or unmeant(verb):
            return None
        if purpose_of_adjective(verb):
            return None  # "they were necessary to prevent X from Y": what something is for, no deed
        # "X denied reports (charges) that it was bidding for Y": X's word, not hearsay
        if (alleged(verb) or hearsay(verb)) and denied_hearsay(verb) is None:
            return None  # "amid reports that X attacked Y", "allegations the firm tried to": no fact
        if unfounded(verb):
            return None  # "there is no evidence that X armed Y", "no sign that X will attack Y": no fact
        if refused_possibility(verb):
            return None  # "will never accept that X should confine us", "rejected any idea that X …": no fact
        if side_remark(verb):
            return None  # "aged 78, at X", "compared to Y": a side fact or a comparison, no act
        if topic_turn(verb):
            return None  # "Turning to Brazil, X said": the sentence's topic, no act of X's
        if position_between_names(verb.doc, verb.i) or _title_between_names(verb) or _bracketed_title(verb):
            return None  # "Knicks guard X", "Airbus head Y": a position or a title between two names
        if _naming(verb):
            return None  # "X, known by its Spanish initials as FDN": a naming, no act between actors
        if _falls_due(verb):
            return None  # "export bills falling due for Japanese exporters": a debt payable, no act
        if _opens_a_name(verb):
            return None  # "the governor of the state Orestes Quercia": a name the parser read as a verb
        if to_blame(verb):
            return None  # "X is to blame": X is at fault (stance.py), not blaming
        if asked(verb):
            return None  # "Why should voters back X?": a question asserts nothing
        charging = charged_wrong(verb)
        if charging is not None and charging.lemma_.lower() in CLEARING_VERBS:
            return None  # "was acquitted of smuggling arms": no one found that the smuggling happened
        passive = is_passive(verb)
        verbs_of_chain = chain(verb)
        negated, modality = polarity(verb, verbs_of_chain)
        pledge = pledged_against(verb, verbs_of_chain)
        if pledge is not None:
            # "agreed not to cut X", "promised never to attack Y": the deed denied is to come, the commitment
            # made (coded by code_of): no "NOT agree to cut X", which would read as a refusal
            verbs_of_chain = []
            modality = modality or INTENT_CHAIN_MODALS.get(pledge.lemma_.lower()) or PLAN_MODALITY
        if any(extraposed_denial(v) for v in (verb, *verbs_of_chain)):
            negated = True  # "it was not true that X had threatened Y": denied
        if any(chain_word(v) in UNDECIDED_WHEN_DENIED and is_negated(v) for v in verbs_of_chain):
            return None  # "has not decided to lift the sanctions": the lifting is still open, no fact
        if negated and any(qualified_denial(v) for v in (verb, *verbs_of_chain)):
            return None  # "does not necessarily want X", "in some years had not imported any": not asserted
        if negated and denied_before(verb):
            return None  # "X, who had not met Y before, discussed Z": only the past is denied, no fact
        failing = failed_accord(verb)
        if failing is not None and failing in verbs_of_chain:
            # "X and Y failed to agree on Z": no agreement (the "not" of "unable" is its schedule's, below)
            negated = not negated
            verbs_of_chain = [v for v in verbs_of_chain if v != failing]
        # "is expected to continue to attack": the schedule may govern the chain rather than the verb
        # "is ready to help defend X": the readiness governs the aid and so the act helped
        aid = helped_by(verbs_of_chain[0] if verbs_of_chain else verb)
        aid_chain = chain(aid) if aid is not None else []
        if aid_chain and chain_word(aid_chain[0]) in NEGATING_VERBS:
            # "refused to help defend X", "declined to help rebuild Y": a refusal of the aid is a refusal
            # (its code) of the act helped, which is no more done than the aid
            verbs_of_chain = [*aid_chain, aid, *verbs_of_chain]
        governed = [verb, *verbs_of_chain, *([aid, *aid_chain] if aid is not None else [])]
        holder = scant_holding(verb, verbs_of_chain)
        if holder is not None:
            governed.append(holder)  # "appears to have little to offer": the hedge is the holding's
        scheduled = next(filter(None, map(raising_governor, governed)), None)
        if scheduled is None and (scheduled := extraposed_likelihood(verb)) is not None:
            # "it is unlikely that X will sign": the judged likelihood, not the clause's future, says when
            modality = None if modality in PROMISE_MODALS else modality
        if (
            scheduled is not None
            and judged_by(scheduled) in NEGATING_RAISING_PREDICATES
            and bygone_judgement(scheduled)
        ):
            return None  # "X, which until recently was reluctant to criticise Y, …": no denial of it now
        if scheduled is not None:
            negated, modality, verbs_of_chain = _on_schedule(scheduled, negated, modality, verbs_of_chain)
        elif _doubted(verb):
            negated, modality = not negated, POSSIBILITY_MODALITY  # "X is sceptical that Y will attack Z"
        if scheduled is None and extraposed_wish(verb) is not None and modality in (None, *PROMISE_MODALS):
            modality = "should"  # "it is essential that X withdraws (will withdraw)": X should withdraw
        if scheduled is None and modality in (None, *PROMISE_MODALS):
            # "the only solution is for X to join Y", "the plan is for X to visit Y": advised or planned
            modality = judged_for_clause(verb) or modality
            # "the goal is to get Shell to stop selling X", "our aim is to isolate Y": a wish, not a deed
            modality = goal_of_be(verbs_of_chain[0] if verbs_of_chain else verb) or modality
        if _rejected_plan_content(verb):
            return None  # "voters rejected plans for the island to be shared between X and Y": no deed
        if scheduled is None and modality in (None, *PROMISE_MODALS) and merely_weighed(verb):
            return None  # "it would be foolish for X to attack Y": a course judged, no act of X's
        weighed = weighed_for_clause(verb) if modality in (None, *PROMISE_MODALS) else None
        if scheduled is None and weighed is not None:
            # "it would be foolish for X to attack Y": weighed, not done; "it is impossible for X to pay Y"
            negated, modality = negated != weighed[0], weighed[1]
        modality = modality or _foreseen_on_schedule(verb)  # "is likely to see X buy Y": X may buy Y
        modality = modality or planned
        if modality is None and _due_in(verb):
            modality = PLAN_MODALITY  # "is due in Lima next week": will be there
        capacity = capacity_noun(verb)
        if capacity is not None and modality in (None, *PROMISE_MODALS):
            # "will retain powers to withdraw X": may withdraw; "has no right to expel Y": may not
            modality = POSSIBILITY_MODALITY
            negated = negated != capacity_lacked(capacity)
        if verbs_of_chain and stop_read_as_not(verbs_of_chain, verbs_of_chain[0]):
            negated = not negated  # "would cease to be part of the EU"; not "agreed to stop selling X"
        elif copula and stop_under_chain(verb, verbs_of_chain):
            # "agreed to stop being hostile to X": a copula's phrase shows no chain ("be hostile to"), so
            # the stop has no word there and is read as the "not" it would otherwise lose
            negated = not negated
        first = chain_word(verbs_of_chain[0]) if verbs_of_chain else None  # "refuse", "rule out"
        speakers, cue = self.speaker_of(verb)
        if cue is not None and cue.lemma_.lower() in DENIAL_VERBS | HEARSAY_DENIAL_VERBS and cue.i != verb.i:
            if negated_with_its_pair(cue):
                # "X did not deny that it held talks with Y", "X would neither confirm nor deny that …":
                # neither said nor said false
                return None
            negated = not negated  # the speaker says the reported content (or the reports of it) false
            if cue.lemma_.lower() in DOUBTING_VERBS:
                modality = POSSIBILITY_MODALITY  # "X doubts Y will attack Z": in X's view Y may not attack Z
        if cue is not None and cue.lemma_.lower() in ALLEGATION_VERBS and cue.i != verb.i:
            return None  # "X claimed Y was paid by Z": X's claim (read off the cue's clause), not a fact
        if charging is not None and (cue is None or cue.i != charging.i):
            # "X has been accused of insulting Y", "was charged with bribing Z": a charge no one named lays
            # leaves the wrong alleged, not done (a named accuser is the source: "Peru accused Chile of …")
            modality = modality or UNVOUCHED_CHARGE_MODALS.get(charging.lemma_.lower())
        if cue is not None and cue.i != verb.i and _withheld(cue):
            return None  # "X declined to confirm that Y sent troops": X said nothing of it; nor did the text
        request = controller(verb)
        if request is not None and request.lemma_.lower() in COMPELLING_VERBS and not _sought(request):
            # "Chile was forced to devalue", "Peru forced Chile to expel them": the deed compelled was done
            # (or will be, as the compelling: "will force Chile to pay"), and the text, not the one who
            # compelled it, says so; "was not forced to pay" says nothing of a payment
            if near_missed(request):
                negated = True  # "was almost forced to sell X": it came close to selling, and did not
            elif is_negated(request):
                return None
            modality = modality or modal_of(request)
        elif request is not None:
            # "Trump asked Zelensky to investigate Biden": Trump's wish, not a fact; so is a compulsion only
            # sought ("tried to force Peru to pay")
            if is_negated(request):
                return None  # "the bill does not require X to withdraw", "did not ask X to leave": no wish
            asking = request.lemma_.lower()
            wish = CONTROLLER_MODALS.get(asking) or ("may" if asking in PERMISSION_VERBS else "should")
            # The wish's own modal, not the request's: "would press the US to act" does not say the US would.
            modality = modality or wish
            askers = self.agents(request)
            doers = {ref.entity_id for ref in self.agents(verb)}
            if not speakers or {ref.entity_id for ref in speakers} & doers:
                # "I've heard from voters who want me to run": the speaker only reports a wish about himself
                speakers = askers or speakers
        elif (asker := _mandating(verb)) is not None:
            # "Peru demanded that Chile withdraw": a wish, as "demanded Chile to withdraw" is; "did not
            # demand that Chile withdraw" wishes nothing
            if is_negated(asker):
                return None
            modality = modality or CONTROLLER_MODALS.get(asker.lemma_.lower()) or "should"
            # "Chile urged that Peru withdraw": wished by Chile, as "urged Peru to withdraw" is
            speakers = speakers or self.agents(asker)
        elif (voiced := voiced_content(verb)) is not None and said_as(voiced.document) in MANDATIVE_VERBS:
            # "repeated the demand that Chile withdraw", "Peru's demand that Chile withdraws (its troops be
            # withdrawn)": a noun of asking voiced or owned wishes its clause, whatever the clause's form
            modality = modality or "should"
        if unreal(verb, verbs_of_chain, request) or hypothetical(verb, modality):
            return None  # what would have happened, or might under a condition, did not happen
        hindrance = prevented_by(verb)
        if hindrance is not None:
            if not _plain_deed(hindrance):
                return None  # "sued to prevent X from releasing", "did not stop X from": an aim, a doubt
            negated = not negated  # "prevented the firm from releasing the records": no release
        agents = self.agents(verb)
        if self._press_question(verb, agents):
            return None  # "asked by reporters if X would retaliate, Y replied": a question, no appeal
        # "Analysts said Britain would attack Iran if …": force others than its doers foresee on a condition
        # is no threat by anyone; said by the doers' own side, or with no doer named, it is one
        foreseen = self.others_than_doers(speakers, agents)
        threat = conditional_threat(verb, modality) and not foreseen
        conditioned = promised_on_condition(verb, modality)
        # "will take military action against X unless …": force a light verb's noun names, promised on a
        # condition by its doers, is a threat (Clause.code_of) and keeps its "will", as a verb of force does
        noun_threat = conditioned and _force_noun_of_light_verb(verb) and not foreseen
        if not threat and not noun_threat:
            modality = on_condition(verb, modality)  # "will withdraw only if …": may withdraw
            modality = under_condition(verb, verbs_of_chain, modality)  # "will sue if …": may sue
        if not named_speakers(speakers):
            modality = unnamed_belief(cue, verb, modality)  # "many believe that X …": X may
            modality = impersonal_report(cue, verb, modality)  # "it was learned that X …": reportedly
        modality = speculated(cue, verb, modality)  # "traders speculated that X would sell Y": X may
        modality = to_be_shown(verb, modality)  # "would have to show that X had widened Y": X must
        phrase = verb_phrase(verb, verbs_of_chain)
        tokens = phrase_tokens(verb, verbs_of_chain)
        ended = ended_state(verb)
        if ended is not None:
            phrase, tokens = f"{ended.lower_} {phrase}", (ended.i, *tokens)
        governing = tuple(verbs_of_chain)
        # "has no plans to try to renegotiate X": the aim governs the whole chain, from its first verb
        aimed = intent_noun(governing[0] if governing else verb)
        if aimed is not None:
            # "launched a bid to buy X", "plans to visit Y": the noun of aim governs the deed as its verb
            # would ("offered to buy", "planned to visit": no visit yet), the owner's deed not yet done
            aim, maker = aimed
            phrase, tokens = f"{aim.lemma_.lower()} to {phrase}", (aim.i, *tokens)
            refused = REFUSAL_NOUNS.get(aim.lemma_.lower())
            if aim.lemma_.lower() in SPEECH_ACT_NOUNS:
                # "Peru's threat to impose tariffs on X": read as "Peru threatened to impose tariffs on X",
                # the words said the event (code_of)
                phrase = f"{SPEECH_ACT_NOUNS[aim.lemma_.lower()]} {phrase.split(' ', 1)[1]}"
            if refused is not None:
                # "Peru's refusal to meet Chile": read as "Peru refused to meet Chile", the refusal the event
                phrase, first = f"{refused} {phrase.split(' ', 1)[1]}", refused
            if maker is not None and aim.lemma_.lower() in AGREEMENT_NOUNS:
                # "signed a contract to sell": the agreement is the deed done, its terms to come
                phrase, tokens = f"{maker.lemma_.lower()} {phrase}", (maker.i, *tokens)
            governing = (aim, *governing)
            negated = negated or (maker is not None and is_negated(maker))  # "made no offer to buy X"
            if dropped_aim(aim) is not None:
                # "abandoned its plan to sell X to Y": no longer meant; the act is denied, as an aim
                negated = True
                modality = modality or INTENT_CHAIN_MODALS.get(aim.lemma_.lower()) or PLAN_MODALITY
            if maker is not None and maker.lemma_.lower() in DELIBERATION_VERBS:
                modality = modality or POSSIBILITY_MODALITY  # "is studying a plan to buy X": only weighed
            modality = modality or INTENT_CHAIN_MODALS.get(aim.lemma_.lower())  # "announced plans to buy X"
            if maker is not None and maker.lemma_.lower() in PLAN_ADOPTING_VERBS:
                modality = modality or PLAN_MODALITY  # "endorsed a proposal to buy X": adopted, to come
            modality = modality or aim_modal(verb)  # "launched a campaign aimed at isolating X": will
        deferral = deferred_by(verbs_of_chain[0] if verbs_of_chain else verb)
        if deferral is not None:
            # "put off imposing tariffs on X", "agreed to hold up sending Y": the act is put off, no more
            # denied than done; the predicate says so ("agree to hold up impose duty on"), and the code is
            # that of putting it off (code_of). The act keeps its own modality, else the deferral's ("will
            # delay imposing X")
            put_off = chain(deferral)
            phrase = f"{verb_phrase(deferral, put_off)} {phrase}"
            tokens = (*phrase_tokens(deferral, put_off), *tokens)
            modality = modality or modal_of(deferral)
        # "will sign X before meeting Y": will meet Y; "will drop X once Y begins honouring Z": will honour
        modality = modality or self._time_of_host(verbs_of_chain[0] if verbs_of_chain else verb)
        if failing is not None and len(agents) < 2:
            # "talks between X and Y failed to reach an agreement": the two sides failed to agree
            agents = self._sides_of_talks(failing) or agents
        complement = evaluated(verb) if lemma in EVALUATIVE_VERBS else None
        if complement is not None and lemma in VERDICT_VERBS and not verdict(complement):
            complement = None  # "held two sailors captive" is no verdict: the plain reading stands
        return Clause(
            verb=verb,
            sentence=sentence if sentence is not None else verb.sent,
            lemma=lemma,
            phrase=f"threaten to {phrase}" if threat else phrase,
            phrase_tokens=tokens,
            copula=copula,
            passive=passive,
            chain=governing,
            controller=request,
            negated=negated,
            modality=modality,
            speakers=tuple(speakers),
            cue=cue,
            agents=tuple(agents),
            patients=tuple(self.patients(verb)) if passive else (),
            slots=tuple(
                self._sided(_unrestricted(self._accord_sides(verb, failing, copula), negated, verb), agents)
                + self._letter_addressees(verb)
            ),
            threat=threat,
            conditioned=conditioned,
            refusal=first if first in NEGATING_VERBS else None,
            complement=complement,
            judged=tuple(self._judged(verb, complement)) if complement is not None else (),
            warned_force=self._warned_force(verb, lemma, agents),
            warned_reprisal=(
                self._warned_reprisal(verb, lemma, agents)
                or self._told_penalty(verb, lemma)
                or self._penalty_on_condition(verb, lemma, agents)
            ),
            foreseen=self.others_than_doers(speakers, agents),
            reprisal_for=tuple(self._reprisal_for(verb, lemma)),
            force_answering=tuple(self._force_answering(verb, lemma, agents)),
            agent_side=self.side(agents),
            served=self.bodies_served(agents),
            speaker_side=self.side(speakers),
            agents_unplaced=self.unplaced(agents),
            particles=verb_particles(verb),
            arguments=verb_arguments(verb),
            prior_event=self.args.prior_event(verb),
            visited=self.args.visited_state(verb) if opened_visit(verb, lemma) is not None else None,
            answered=cue is None and in_answer(self.quotes, verb.i),
            voices=self._voices(verb, lemma, agents),
            listed_members=self._listed_members(agents),
            titled_members=self._titled_members(agents),
            listed_appositions=self._listed_appositions(agents),
            pledge=pledge,
            endorsed_act=self._endorsed_act(verb, lemma, passive, agents),
            deferral=deferral,
        )

    def _endorsed_act(self, verb: Token, lemma: str, passive: bool, agents: list[Ref]) -> bool:
        """Does a verb of approving (words.tsv endorsing_verbs) take an act noun whose doer the noun names
        as another than the approver: its possessor, a state or body before it, its "by" or "between"
        ("approved British aid to X", "cleared Acme's bid for Y", "authorised aid by the U.K.")?"""
        if lemma not in ENDORSING_VERBS:
            return False
        own = {ref.entity_id for ref in agents}
        objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        for noun in objects:
            if event_code(noun.lemma_.lower(), noun=True) is None:
                continue
            doers = [
                g
                for c in noun.children
                for g in (
                    [c]
                    if c.dep_ == "poss" or (c.dep_ in PRENOMINAL_DEPS and c.i < noun.i)
                    else [p for p in c.children if p.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ in DOER_PREPS
                    else []
                )
            ]
            owners = {ref.entity_id for g in doers for t in (g, *g.conjuncts) for ref in self.args.resolve(t)}
            if owners and not owners & own:
                return True
        return False

    def _listed_appositions(self, agents: list[Ref]) -> frozenset[int]:
        """The appositions above the agents' words that continue a list rather than rename their head
        (arguments `continues_list`)."""
        found: set[int] = set()
        for ref in agents:
            step = self.doc[ref.token]
            while step.dep_ in ("conj", "appos") and step.head.i != step.i:
                if step.dep_ == "appos" and self.args.continues_list(step.head, step):
                    found.add(step.i)
                step = step.head
        return frozenset(found)

    def _listed_members(self, agents: list[Ref]) -> tuple[tuple[Ref, Ref], ...]:
        """The states among the agents named in a list set off after the name of a body of no state ("the
        Group of Five, the United States, Japan and Britain, agreed", "ministers of the Group of Five --
        Britain, France and Japan -- met"), each with the body."""
        named = {ref: self._name_of(ref) for ref in agents if ref.entity_id.startswith("country:")}
        states = {ref: name for ref, name in named.items() if name is not None}
        out: list[tuple[Ref, Ref]] = []
        for ref, name in states.items():
            body = self._body_before_list(name, set(states.values()))
            if body is not None and name in apposed_members(self.doc[body.token], list(states.values())):
                out.append((ref, body))
        at = self.args.entities.entity_id_at
        for ref in agents:
            # "The Group of Seven -- the United States, Japan, ... -- did not agree": a list the parser hung
            # on the body as an apposition, which the body's own reading takes for another name of it
            entity = self.args.entities.entity(ref.entity_id)
            word = self.doc[ref.token]
            if entity is None or entity.type != "ORG" or entity.country or at(word.i) != ref.entity_id:
                continue
            names = [
                t for t in word.subtree if (i := at(t.i)) and i.startswith("country:") and at(t.head.i) != i
            ]
            for name in apposed_members(word, names):
                member = Ref(at(name.i) or "", name.i, "name")
                if all(m.entity_id != member.entity_id for m, _ in out):
                    out.append((member, ref))
        return tuple(out)

    def _body_before_list(self, name: Token, names: set[Token]) -> Ref | None:
        """The body of no state whose name ends right before the mark that opens the list of state names
        the name is in."""
        first = name
        while first.dep_ == "conj" and first.head.i < first.i and first.head in names:
            first = first.head
        before = list_start(first) - 2
        at = self.args.entities.entity_id_at
        body_id = at(before) if before >= 0 else None
        entity = self.args.entities.entity(body_id) if body_id else None
        if entity is None or entity.type != "ORG" or entity.country:
            return None
        word = self.doc[before]
        while word.head != word and at(word.head.i) == body_id and word.head.i < first.i:
            word = word.head
        return Ref(entity.id, word.i, "name")

    def _titled_members(self, agents: list[Ref]) -> tuple[tuple[Ref, Ref], ...]:
        """The states among the agents named after a member noun a body of no state modifies ("OPEC members
        Iran and Iraq"), each with the body."""
        out: list[tuple[Ref, Ref]] = []
        for ref in agents:
            name = self._name_of(ref) if ref.entity_id.startswith("country:") else None
            body = members_title(name) if name is not None else None
            body_id = self.args.entities.entity_id_at(body.i) if body is not None else None
            entity = self.args.entities.entity(body_id) if body_id else None
            if body is not None and entity is not None and entity.type == "ORG" and not entity.country:
                out.append((ref, Ref(entity.id, body.i, "name")))
        return tuple(out)

    def _name_of(self, ref: Ref) -> Token | None:
        """The head word of the name an agent was read from: its own token, or the name inside the noun it
        was resolved through ("Members of OPEC" -> OPEC, "OPEC members Iran" -> Iran)."""
        at = self.args.entities.entity_id_at
        word = self.doc[ref.token]
        if at(word.i) == ref.entity_id:
            return word
        found = [t for t in word.subtree if at(t.i) == ref.entity_id and at(t.head.i) != ref.entity_id]
        return found[0] if len(found) == 1 else None

    def _letter_addressees(self, verb: Token) -> list[Slot]:
        """ "sent Peru a letter warning that …", "wrote to Peru, warning that …", "sent a letter to Peru
        urging it to …": the word a letter carries is spoken to whom the letter goes, as "warned Peru that"
        is. The addressee of the sending or writing is the object of the participle of speech."""
        # (a participle, whatever tag the parser gives it: "a letter warning that" is often tagged VBD)
        participle = verb.tag_ == "VBG" or (verb.dep_ == "acl" and verb.lower_.endswith("ing"))
        if not participle or not reports(verb) or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return []
        letter = verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in LETTER_NOUNS else None
        send = letter.head if letter is not None and letter.dep_ == "dobj" else None
        if letter is None and verb.dep_ in ("advcl", "xcomp") and verb.head.i < verb.i:
            send = verb.head
        if send is None or send.pos_ != "VERB" or send.lemma_.lower() not in LETTER_VERBS:
            return []
        if letter is None and send.lemma_.lower() != "write":
            letters = [c for c in send.children if c.dep_ == "dobj" and c.lemma_.lower() in LETTER_NOUNS]
            if not letters:
                return []  # "sent troops to Peru, saying …": no letter carries the word
            letter = letters[0]
        hearers: list[Token] = []
        for head in (send, letter):
            for child in head.children if head is not None else ():
                if child.dep_ == "dative" and child.pos_ != "ADP" and head is send:
                    hearers.append(child)  # "sent Peru a letter"
                elif child.dep_ in ("dative", "prep") and child.lower_ == "to":
                    hearers += [g for g in child.children if g.dep_ == "pobj"]  # "(a letter) to Peru"
        return [Slot("object", "", ref) for hearer in hearers for ref in self.args.resolve(hearer)]

    def _voices(self, verb: Token, lemma: str, agents: list[Ref]) -> tuple[Ref, ...]:
        if agents or lemma not in REPORTING_VERBS:
            return ()
        # "an analyst at Nomura said": Nomura speaks; "sources close to X said": X is their source, no voice
        return tuple(affiliated_speakers(verb, self.args, close=False))

    def others_than_doers(
        self, speakers: list[Ref] | tuple[Ref, ...], doers: list[Ref] | tuple[Ref, ...]
    ) -> bool:
        """Are the speakers known to be others than the doers: none of them of the doers' side, and none a
        person whose state the text does not give (who may speak for the doers: "Thatcher said Britain
        would …")?"""
        if not speakers or not doers or self.side(list(speakers)) & self.side(list(doers)):
            return False
        unplaced = [
            r for r in speakers if r.entity_id.startswith("person:") and not _has_state(self.side([r]))
        ]
        return not unplaced

    def _reprisal_for(self, verb: Token, lemma: str) -> list[Ref]:
        """ "called the U.S. attacks an escalation and promised retaliation": a reprisal vowed (vow_verbs)
        with no target of its own, coordinated after a verb that calls another's act a wrong
        (evaluative_verbs: an escalation, a provocation, reckless), answers that act: its doer is the
        reprisal's target. Where it was promised ("in a speech to X") names no target."""
        if lemma not in VOW_VERBS or verb.dep_ != "conj" or is_negated(verb):
            return []
        reprisals = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REPRISAL_WORDS]
        named = [
            c for r in reprisals for c in r.children if c.dep_ == "prep" and not speech_occasion_on_object(c)
        ]
        if not reprisals or named:
            return []  # "promised retaliation against X" names its target
        judging = verb.head
        if judging.lemma_.lower() not in EVALUATIVE_VERBS or is_negated(judging):
            return []
        complement = evaluated(judging)
        if complement is None or not (wrong_act(complement) or judgement(complement) == "criticise"):
            return []
        return self._judged(judging, complement)

    def _warned_force(self, verb: Token, lemma: str, agents: list[Ref]) -> bool:
        """ "warned Iran that continued attacks would justify firm action in self-defence", "cautioned Peru
        that Chile would use force": does a warning's content promise ("will", "would") force on the one
        warned, brought by the hearer's own acts or by the speaker's side, or faced by the hearer ("that it
        would face retaliation")? Force a third party is said to
        use ("warned Iran that Iraq would attack") is a forecast, not the speaker's threat."""
        if lemma not in WARNING_VERBS or is_negated(verb):
            return False
        for content in verb.children:
            modal = modal_of(content)
            if content.dep_ != "ccomp" or is_negated(content) or modal not in PROMISE_MODALS | HEDGE_MODALS:
                continue
            doers = [r for r in self.agents(content) if not r.entity_id.startswith("event:")]
            hearers = [r for c in verb.children if c.dep_ in ("dobj", "dative") for r in self.args.resolve(c)]
            if doers and not self.side(doers) & (self.side(agents) | self.side(hearers)):
                continue  # a third party's force ("warned Iran that Iraq would attack") is a forecast
            if modal not in PROMISE_MODALS and not (doers and self.side(doers) & self.side(agents)):
                # "warned Peru that Chile could use force": a hedge keeps it a threat where the warner's own
                # side is the one that may strike (as _warned_reprisal); the hearer's deeds that "could" bring
                # force on it are a forecast
                continue
            subjects = {t.i for c in content.children if c.dep_ in NOMINAL_SUBJECT_DEPS for t in c.subtree}
            if any(t.i not in subjects and _force_word(t) for t in content.subtree):
                return True
        return False

    def _force_answering(self, verb: Token, lemma: str, agents: list[Ref]) -> list[Ref]:
        """ "Iran said any U.S. interference would meet a strong response": a state's word, told to no hearer,
        that promises ("will", "would") force (_force_word) to another state's act, whose owner the act's
        noun names ("U.S. interference", "Iraq's aggression"), threatens that owner; the speaker's side is
        the one that answers. Speakers of no state ("analysts said") forecast; a warning told to the owner
        is _warned_force's; the speaker's own side's act answered is no threat to it."""
        if is_negated(verb) or not (reports(verb) or lemma in WARNING_VERBS):
            return []
        if any(c.dep_ in ("dobj", "dative") for c in verb.children) or not _has_state(self.side(agents)):
            return []
        out: list[Ref] = []
        for content in verb.children:
            if content.dep_ != "ccomp" or is_negated(content) or modal_of(content) not in PROMISE_MODALS:
                continue
            # the act's noun names an act, not its doers ("Iraqi troops would launch an offensive" is a
            # forecast of their deed, no answer to it): a common noun of no sector
            acts = [
                c
                for c in content.children
                if c.dep_ in NOMINAL_SUBJECT_DEPS
                and c.pos_ == "NOUN"
                and sector_of(c.lower_) is None
                and sector_of(c.lemma_.lower()) is None
            ]
            within = {t.i for act in acts for t in act.subtree}
            if not any(t.i not in within and _force_word(t) and not _met_from(t) for t in content.subtree):
                continue
            # whose act it is: "U.S. interference", "Iraq's aggression", "Syrian intervention"
            owners = [c for a in acts for c in a.children if c.dep_ in ENTITY_MODIFIER_DEPS and c.i < a.i]
            for ref in (r for owner in owners for r in self.args.resolve(owner)):
                if _has_state(self.side([ref])) and not self.side([ref]) & self.side(agents):
                    out.append(ref)
        return out

    def _told_penalty(self, verb: Token, lemma: str) -> bool:
        """ "told Peru that unless it withdrew its troops it would face sanctions", "warned X that it would
        risk retaliation if it did not pay": content told to a hearer that promises ("will", "would") the
        hearer a penalty (words.tsv ultimatum_verbs "face", "risk", "suffer" with a noun of reprisal, of a
        sanction, coercion or force) on a condition not met is a threat by the teller to the hearer (130), as
        "to pay or face sanctions" is. A penalty a third party faces is none to the hearer; one with no
        condition is a forecast."""
        if lemma not in WARNING_VERBS | ADDRESSEE_VERBS or is_negated(verb):
            return False
        hearers = [r for c in verb.children if c.dep_ in ("dobj", "dative") for r in self.args.resolve(c)]
        if not hearers:
            return False
        for content in verb.children:
            if (
                content.dep_ != "ccomp"
                or is_negated(content)
                or content.lemma_.lower() not in ULTIMATUM_VERBS
            ):
                continue
            if modal_of(content) not in PROMISE_MODALS or not unmet_condition(content):
                continue
            doers = [r for r in self.agents(content) if not r.entity_id.startswith("event:")]
            # "told Peru that unless it withdrew, it would face sanctions": a third person's pronoun there is
            # the hearer's, whatever the nearer subject
            told = any(c.dep_ == "nsubj" and c.lower_ in HEARER_PRONOUNS for c in content.children)
            if not told and (not doers or not self.side(doers) & self.side(hearers)):
                continue  # "told Peru that unless Chile paid, Chile would face sanctions": no threat to Peru
            penalties = [c for c in content.children if c.dep_ == "dobj"]
            if any(_penalty(p) for p in penalties):
                return True
        return False

    def _penalty_on_condition(self, verb: Token, lemma: str, agents: list[Ref]) -> bool:
        """ "warned Peru that stiffer legislation would be considered if the violations continue", "said in a
        letter to Peru that retaliatory measures would cover more goods if the tax was imposed": content of
        a warning or a statement, promised ("will", "would") on a condition ("if", "unless", "should X"),
        whose subject or object is a penalty (a reprisal, "retaliatory measures", a sanction or force:
        _penalty, _reprisal_noun; a measure made harsher: "tougher measures") or whose verb hits back, is a
        threat to whom it is told (130; Clause.code_of reads the hearer). A penalty a third party brings
        ("warned Peru that Chile would retaliate if …") is a forecast; one without a condition is an intent
        or a forecast."""
        if lemma not in WARNING_VERBS | ADDRESSEE_VERBS | PLAIN_SPEECH_VERBS or is_negated(verb):
            return False
        for content in verb.children:
            if content.dep_ != "ccomp" or is_negated(content) or modal_of(content) not in PROMISE_MODALS:
                continue
            if not conditioned(content):
                continue
            doers = [r for r in self.agents(content) if not r.entity_id.startswith("event:")]
            if doers and not self.side(doers) & self.side(agents):
                continue  # "warned Peru that Chile would retaliate if …": another's act foreseen
            if content.lemma_.lower() in REPRISAL_VERBS or _struck_back(content):
                return True
            nouns = _content_nouns(content)
            if any(_penalty(n) or _reprisal_noun(n, CONTENT_NOUN_DEPS) or _harsher_measure(n) for n in nouns):
                return True
        return False

    def _warned_reprisal(self, verb: Token, lemma: str, agents: list[Ref]) -> bool:
        """Does a warning's content say the speaker's side will (or may) hit back: a verb of reprisal
        ("retaliate") or a reprisal's noun ("retaliation", "retaliatory measures"), done by the warner's side?
        A hedge ("may", "could") keeps it a threat: the warning is the promise."""
        if lemma not in WARNING_VERBS or is_negated(verb) or not agents:
            return False
        hearers = [r for c in verb.children if c.dep_ in ("dobj", "dative") for r in self.args.resolve(c)]
        for content in _warning_contents(verb):
            if is_negated(content) or modal_of(content) not in PROMISE_MODALS | HEDGE_MODALS:
                continue
            doers = [r for r in self.agents(content) if not r.entity_id.startswith("event:")]
            if not doers and hearers and _has_state(self.side(agents)) and _past_repeated(content):
                # "warned Chile, saying the clashes of 1979 could be repeated": the warner's to bring again
                return True
            if not doers or not self.side(doers) & self.side(agents):
                continue  # "warned Chile that Peru may retaliate" foresees another's act
            if content.lemma_.lower() in REPRISAL_VERBS or any(_reprisal_noun(c) for c in content.children):
                return True
            if _struck_back(content):
                return True  # "warned Paris that it might strike back (hit back, respond firmly)"
            if hearers and _harm_to_hearer(content, self.side(hearers), self):
                return True  # "warned Zenith it may sue", "warned Chile that it would respond"
        return False

    def _judged(self, verb: Token, complement: Token) -> list[Ref]:
        """Whom an evaluative verb calls something: its object ("called Y's plan reckless"), or the subject of
        the small clause the parser makes ("labelled the deal illegal")."""
        objects = [
            c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i and c != complement
        ]
        objects += [c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")]
        if complement.pos_ == "VERB" and wrong_act(complement):
            # "called the U.S. attacks an escalation", read as a clause "the U.S. attacks an escalation": the
            # name before the act's word is its doer
            objects += [c for c in complement.children if c.dep_ == "compound" and c.i < complement.i]
        if complement.pos_ == "VERB" and complement.lower_ in AGREEMENT_NOUNS | TOPIC_NAME_HEADS:
            # "called the Iran arms deal a mistake", read as a clause "deal a mistake": the words just before
            # "deal" modify it (the deal's topic or partner), they are not what is judged
            objects = [o for o in objects if o.right_edge.i + 1 != complement.i]
        if any(o.lower_ in ("it", "them") for o in objects):
            # "commented on the accord, calling it void": "it" is what the main verb acts on
            refs = [r for o in _main_objects(verb) for r in self.args.resolve(o)]
            if refs:
                return refs
        return [r for o in objects for r in self.args.resolve(o)]

    def _sided(self, slots: list[Slot], agents: list[Ref]) -> list[Slot]:
        return [
            replace(s, side=self.side([s.ref])) if s.kind == "circumstance" else s
            for s in slots
            if s.kind != "circumstance" or not self._another_states_event(s, agents)
        ]

    def _another_states_event(self, slot: Slot, agents: list[Ref]) -> bool:
        """Is a circumstance's event noun given a state by its adjective ("in European trade with X",
        "during U.S. talks with Y") that none of the clause's agents is or acts for? The event is that
        state's (rule event_noun reads it), and the subject only works within it ("the Community is trying to
        target problem areas in European trade with Chile" does not trade with Chile itself); a subject of
        that state ("the U.S. envoy spoke during U.S. talks with Japan") takes part in it, and so may a person
        the text gives no state ("Jan Bolt spoke during U.S. talks with Japan": likely its negotiator)."""
        if not slot.tokens or not agents:
            return False
        entities = [self.args.entities.entity(ref.entity_id) for ref in agents]
        if any(e is None or (e.type == "PERSON" and not e.country) for e in entities):
            return False
        noun = self.doc[slot.tokens[0]]
        states = [
            ref
            for child in noun.children
            if child.dep_ in PRENOMINAL_DEPS and child.i < noun.i and child.ent_type_ in ("GPE", "NORP")
            for ref in self.args.resolve(child)
        ]
        return bool(states) and not self.side(states) & self.side(agents)

    def side(self, refs: list[Ref]) -> frozenset[str]:
        """The entities and the states they act for."""
        out: set[str] = set()
        for ref in refs:
            out.add(ref.entity_id)
            entity = self.args.entities.entity(ref.entity_id)
            if entity is not None and entity.country:
                out.add(f"country:{entity.country}")
        return frozenset(out)

    def bodies_served(self, refs: list[Ref]) -> frozenset[str]:
        """The firms and bodies the people among the refs act for ("Kestrel Ltd chairman Jan Bolt"): their
        own side, as a state is its official's; nobody demands of, blames or praises their own firm."""
        people = {ref.entity_id for ref in refs if ref.entity_id.startswith(PERSON)}
        return frozenset(
            body
            for body, staff in self.args.affiliated_people.items()
            if body.startswith(AFFILIATION_BODIES) and people.intersection(staff)
        )

    def unplaced(self, refs: list[Ref]) -> bool:
        """Are all the refs people or bodies the text gives no state and no sector of their own? An
        international body (igos.tsv: "the United Nations") is a side of its own. The press's own people
        ("Reuters correspondent X", "X, a journalist") report for no side, whatever state their outlet is
        of; an outlet itself (a state's news agency) is left as it is."""
        found = [self.args.entities.entity(ref.entity_id) for ref in refs]
        return bool(found) and all(
            entity is not None
            and (
                self._of_the_press(entity)
                or (
                    not entity.country
                    and not entity.sector
                    and entity.type in _PERSON_OR_BODY
                    and lookup_igo(entity.label) is None
                )
            )
            for entity in found
        )

    def _press_question(self, verb: Token, agents: list[Ref]) -> bool:
        """ "Asked by reporters if Chile would retaliate, X replied": the press putting a question, in the
        passive, to the one who answers makes no request of them (CAMEO 02) and takes no side. Only verbs
        both of asking and of request ("ask") can be misread so; one with a "to"-infinitive asks for a deed
        ("was asked by reporters to leave"), and is kept. The active "Reuters asked X why ..." keeps its
        older reading (an "ask" with no code)."""
        if verb.lemma_.lower() not in ASKING_VERBS & REQUEST_VERBS or not agents or not is_passive(verb):
            return False
        if any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children):
            return False
        found = [self.args.entities.entity(ref.entity_id) for ref in agents]
        return all(
            entity is not None and (entity.sector == MEDIA_SECTOR or self._of_the_press(entity))
            for entity in found
        )

    def _of_the_press(self, person: Entity) -> bool:
        """A person whose stated role is one of the press (press_roles: "correspondent", "journalist") or
        who acts for a news outlet (sector MED: "Ali Saleh of Reuters")."""
        if person.type != "PERSON":
            return False
        if self.args.descriptions.get(person.id, set()) & PRESS_ROLES:
            return True
        return any(
            person.id in people
            and (outlet := self.args.entities.entity(body)) is not None
            and outlet.sector == MEDIA_SECTOR
            for body, people in self.args.affiliated_people.items()
        )

    # --- who does it ----------------------------------------------------------------------------------

    def agents(self, verb: Token) -> list[Ref]:
        """Who does what `verb` says: its own subject or by-agent, or the subject it inherits."""
        partner = shared_agent_partner(verb) if is_passive(verb) else None
        if partner is not None:
            # "was financed and armed by Iran": Iran finances too (but a third verb with a phrase of its
            # own, "… and registered in Y", does not inherit the borrowed agent)
            return [
                ref
                for agent in partner.children
                if agent.dep_ == "agent"
                for ref in self._resolve_children(agent, "pobj")
            ]
        return find_subject(verb, self._own_agents, self._subject_noun, _acts)[0]

    def _subject_noun(self, noun: Token, verb: Token) -> list[Ref]:
        """The referents of a noun a verb takes as its subject; a reduced or relative clause's noun without
        the list items after the clause ("Chevron, based in Ohio, and Mobil": Chevron is)."""
        if verb.dep_ in ("relcl", "acl") and noun == verb.head:
            return self.args.antecedent(verb, doer=True)
        refs = self.args.resolve(noun)
        if noun.dep_ in CONTROLLER_DEPS and noun.head == verb.head and noun.head.pos_ in VERB_POS:
            # "X warned his troops to expect attacks from Y": the one told does the infinitive's act; a
            # controller that stands only for its owner, the teller ("his troops", "its allies"), is no
            # doer, so the teller never becomes one
            tellers = {ref.entity_id for ref in self._own_agents(noun.head) or []}
            refs = [ref for ref in refs if ref.entity_id not in tellers]
        return refs

    def _own_agents(self, verb: Token) -> list[Ref] | None:
        if verb.i not in self._own:
            self._own[verb.i] = self._read_own_agents(verb)
        return self._own[verb.i]

    def _read_own_agents(self, verb: Token) -> list[Ref] | None:
        refs: list[Ref] = []
        # "Baker, asked about X, said …": the parser's subject of a participle set off after it is its patient
        headline = headline_passive(verb) or apposed_participle(verb) or participle_as_subject(verb)
        source = source_apposition(verb)  # "According to the mayor, Jane Doe, police …": not a subject
        second = coordinated_source(verb)  # "According to reports from X, and Y, a rights group, …": nor this
        stranded = stranded_source(verb)  # "According to agency X, the prosecutor Y said": Y says it, not X
        relative = passive_relative(verb)  # "Y, which is wholly-owned by X": no doer
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ACTIVE_SUBJECT_DEPS and not listed_patient(c) and c != relative
        ]
        for child in verb.children:
            if (
                child in (source, second, relative)
                or _listed_in_other_subject(child)
                or listed_patient(child)
            ):
                continue
            if after_contrast(child):
                continue  # "Blair rather than Howard should lead": Howard does not
            if stranded is not None and child == stranded.source:
                refs.extend(self.args.resolve(stranded.speaker))
                continue
            if len(subjects) > 1 and child in subjects and quoted_apart(self.quotes, child, verb):
                continue  # `Remarked Jane Doe, "Peru must act."`: the speaker is no subject of the quotation
            if len(subjects) > 1 and child in subjects and _describes_name_after(child, subjects):
                continue  # "Peru's news agency KNA said": the noun describes the name, no speaker of its own
            if len(subjects) > 1 and child in subjects and _subject_of_lost_verb(child, subjects):
                continue  # "Lind, in Paris, noted curbs applied to X": Lind notes, the curbs apply
            if child.dep_ in ACTIVE_SUBJECT_DEPS and not headline:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    if not nested_antecedent(verb):
                        refs.extend(self.args.antecedent(verb, doer=True))
                elif (subject := set_off_subject(child)) is not None:
                    refs.extend(self.args.resolve(subject))
                elif located := self._located_doer(child):
                    refs.extend(located)
                elif child.lower_ == "they" and (continued := continued_source(verb, self.args)):
                    # "Officials said … Firms asked for X, they told Reuters": the officials tell, not the
                    # firms the sentence names (an unnamed source: no side of any relation)
                    refs.extend(continued)
                elif taken_subject(child):
                    # "Iraq attacked Kuwait and Saudi Arabia asked …": Kuwait is the first clause's object
                    refs.extend(r for r in self.args.resolve(child) if r.token != child.i)
                else:
                    refs.extend(self.args.resolve(child))
            elif child.dep_ == "agent" and not subjects:
                # a by-phrase is a passive's doer; beside an active subject it is a misparse, most often of
                # an adjective's ("remained unconfirmed by the Senate"): the Senate does not remain
                refs.extend(self._resolve_children(child, "pobj"))
            elif child.dep_ == "aux" and not refs:
                # The parser sometimes hangs the subject on an auxiliary ("The US has been encouraging").
                refs.extend(self._resolve_children(child, "nsubj"))
        if not refs and not subjects:
            # "The spokesman, asked about X, said …": the parser hung the subject on the participle set off
            # after it, which it made the verb's content
            refs = [
                ref
                for child in verb.children
                if child.dep_ == "ccomp" and child.i < verb.i and apposed_participle(child)
                for subject in child.children
                if subject.dep_ == "nsubj"
                for ref in self.args.resolve(subject)
            ]
        if not refs:
            # "Iraq attacked Kuwait, Saudi Arabia and Qatar said.": speakers the parser put in the object list
            refs = [r for word in trailing_speakers(verb) for r in self.args.resolve(word)]
        if not refs and is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
            refs = (
                self._appointer(verb)
                or self._charger_after_sum(verb)
                or self._agents_of_means(verb)
                or self._event_of_casualties(verb)
            )
        if not refs and not subjects:
            # "..., the Organization for Economic Cooperation and Development said": the speaker's long
            # name, hung on the words before the verb as an apposition
            refs = [ref for name in stranded_speaker(verb) for ref in self.args.resolve(name)]
        # "Jones was worried by Smith's lack of experience", "Spanish imports rose, reflecting …": a quality
        # or measure of its owner's acts, not the owner
        refs = [ref for ref in refs if not self._owned_quality(ref)]
        if refs or any(c.dep_ in EXPLICIT_SUBJECT_DEPS for c in verb.children):
            return refs  # a subject that names no entity ("a drone strike killed…") is not inherited
        return None

    def _owned_quality(self, ref: Ref) -> bool:
        """Does the ref stand for its owner only through a quality or measure of theirs (quality_nouns:
        "Smith's lack of experience", "Spanish imports"), which is no doer of the verb?"""
        word = self.doc[ref.token]
        quality = word.lemma_.lower() in QUALITY_NOUNS or word.lower_ in QUALITY_NOUNS
        return ref.via == "possessor" and quality

    def _located_doer(self, subject: Token) -> list[Ref]:
        """ "the Assembly of Upper Ostria, Ruritania voted": the named body or place, when the subject is a
        country set after it by a comma (see voice.located_name); nothing otherwise."""
        name = located_name(subject)
        if name is None:
            return []
        own = self.args.resolve(subject)
        located = self.args.resolve(name)
        if not own or not all(r.entity_id.startswith("country:") for r in own):
            return []
        if not located or any(r.entity_id.startswith("country:") for r in located):
            return []  # "Yesterday, Germany, France voted": a list of states, not a located name
        return located

    def _appointer(self, verb: Token) -> list[Ref]:
        """ "was appointed ambassador to Chile by Peru": the parser hangs a passive verb of appointing's
        by-phrase on the office it gives; who is after "by" appoints."""
        if verb.lemma_.lower() not in APPOINTING_VERBS:
            return []
        return [
            ref
            for office in verb.children
            if office.dep_ in ("oprd", "attr") and office.pos_ in NOUN_POS
            for by in office.children
            if by.dep_ == "prep" and by.lower_ == "by"
            for ref in self._resolve_children(by, "pobj")
        ]

    def _charger_after_sum(self, verb: Token) -> list[Ref]:
        """ "were each fined 2m euros by the regulator", "was charged $40 by the bank": the parser hangs a
        passive's by-phrase on the sum it states (a noun counted by a number); who is after "by" acts."""
        return [
            ref
            for total in verb.children
            if total.dep_ == "dobj" and total.pos_ in NOUN_POS and _counted(total)
            for by in total.children
            if by.dep_ == "prep" and by.lower_ == "by"
            for ref in self._resolve_children(by, "pobj")
        ]

    def _agents_of_means(self, verb: Token) -> list[Ref]:
        """ "killed in a French special forces raid", "condemned in a joint letter by Chile": a passive
        without a by-agent is done by whoever carries out the event or strike it happened in."""
        refs: list[Ref] = []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
                continue
            for noun in prep.children:
                lemma = noun.lemma_.lower()
                events = [r for r in self.args.resolve(noun) if r.entity_id.startswith("event:")]
                if noun.dep_ == "pobj" and events:
                    refs += events  # "were injured in the blast": the event did it
                    continue
                if noun.dep_ != "pobj" or (
                    lemma not in INSTRUMENT_NOUNS and not event_code(lemma, noun=True)
                ):
                    continue
                modifiers = [
                    c
                    for c in noun.subtree
                    if c.i < noun.i and c.dep_ in NOUN_MODIFIER_DEPS and c.head.i <= noun.i
                ]
                refs += [r for c in modifiers for r in self.args.resolve(c)]
                refs += [
                    r
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "by"
                    for r in self._resolve_children(c, "pobj")
                ]
        return refs

    def _event_of_casualties(self, verb: Token) -> list[Ref]:
        """ "Five died in the attack; twenty more were injured": casualties counted beside those of an
        event were its casualties too (a passive verb of harm with neither agent nor event of its own, next
        to a verb of harm or death in that event)."""
        if verb.lemma_.lower() not in CASUALTY_VERBS:
            return []
        near = [verb.head, *verb.children] if verb.head.i != verb.i else list(verb.children)
        for other in near:
            if other.pos_ == "VERB" and other.lemma_.lower() in CASUALTY_VERBS | DEATH_VERBS:
                events = [
                    r
                    for prep in other.children
                    if prep.dep_ == "prep" and prep.lower_ in MEANS_PREPS
                    for noun in prep.children
                    if noun.dep_ == "pobj"
                    for r in self.args.resolve(noun)
                    if r.entity_id.startswith("event:")
                ]
                if events:
                    return events
        return []

    def _resolve_children(self, token: Token, dep: str) -> list[Ref]:
        return [r for child in token.children if child.dep_ == dep for r in self.args.resolve(child)]

    def _copula_subject(self, subject: Token) -> list[Ref]:
        """Whom the subject of "is" stands for: for a relative "which", the noun its clause hangs on ("Y,
        which is majority-owned by X")."""
        be = subject.head
        if subject.lower_ in RELATIVE_PRONOUNS and be.dep_ == "relcl":
            return [] if nested_antecedent(be) else self.args.antecedent(be)
        return self.args.resolve(subject)

    def patients(self, verb: Token) -> list[Ref]:
        """To whom a passive verb is done: its passive subject, or its partner's, or the noun it modifies."""
        refs: list[Ref] = []
        headline = headline_passive(verb) or apposed_participle(verb)
        subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        for child in verb.children:
            if len(subjects) > 1 and child in subjects and _subject_of_lost_verb(child, subjects):
                continue  # "Lind, in Paris, noted curbs applied to X": the curbs are applied, not Lind
            if child.dep_ == "nsubjpass" and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                if not nested_antecedent(verb):
                    refs.extend(self.args.antecedent(verb))  # "Northern Cyprus, which is recognised by…"
            elif child.dep_ == "nsubjpass" or (headline and child.dep_ == "nsubj") or listed_patient(child):
                refs.extend(self.args.resolve(child))
        if not refs and passive_relative(verb) is not None and not nested_antecedent(verb):
            refs.extend(self.args.antecedent(verb))  # "Y, which is wholly-owned by X"
        conj = verb.dep_ == "conj" and is_passive(verb) and verb.head.pos_ in VERB_POS
        own = [c for c in verb.children if c.dep_ in EXPLICIT_SUBJECT_DEPS and not c.like_num]
        if not refs and conj and not own:
            # "was airlifted and transferred": the partner's patient; "Russia attacked Ukraine and was
            # condemned by France": the active partner's subject is this passive's patient (not when this one
            # names its own: "X should not be blamed and more powers should be given to Y"; a bare number,
            # "six were killed and seven injured", counts the partner's)
            return self.patients(verb.head) if is_passive(verb.head) else self.agents(verb.head)
        if not refs and (counted := counted_patient(verb)) is not None:
            return self.args.resolve(counted)  # "X, the third president to be impeached by Congress"
        if not refs and (owned := share_owned(verb) or owned_after_copula(verb) or owned_after_name(verb)):
            # "Widget Ltd is 60 pct owned by Acme", "Gulf Air is majority-owned by X": the subject of "is";
            # "Gulf Air, majority-owned by X, said": the name the participle is set off after
            return self._copula_subject(owned)
        if not refs and verb.dep_ == "acl" and verb.tag_ == "VBN":
            return self.args.antecedent(verb)
        if not refs and raising_governor(verb) is not None and not _own_subject(verb):
            # "Peru is expected to be criticised by Chile": the passive infinitive is done to the subject
            # of "be" (not after a wish: "hopes to be recognised by Spain" is no recognition, see chain)
            step = inheritance(verb)
            if step is not None and step.verb is not None:
                return self.agents(step.verb)
            return [ref for noun in step.nouns for ref in self.args.resolve(noun)] if step else []
        if not refs and obligation(verb) is not None and not _own_subject(verb):
            # "Iran would have to be approved by the UN": what is owed is done to whom it is owed by
            return self.agents(verb.head)
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if not refs and verb.dep_ in ("advcl", "pcomp") and head.pos_ in VERB_POS and not _own_subject(verb):
            # "two reporters were hurt after being beaten by guards": the main clause's subject
            return self.patients(head) if is_passive(head) else self.agents(head)
        return refs

    # --- who says it ----------------------------------------------------------------------------------

    def _time_of_host(self, verb: Token) -> str | None:
        """The modality a clause of time takes from the verb it hangs on ("hopes to reach a deal before
        starting talks with Y": may start; "will visit X after it meets Y": will meet), or None."""
        host = time_clause_host(verb)
        shared = verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and not _own_subject(verb)
        if host is None and shared:
            # "until Turkey recognises X and withdraws its troops": the second verb shares the first's time
            verb = verb.head
            host = time_clause_host(verb)
        clause = self.read(host) if host is not None else None
        if clause is None or clause.modality not in TIME_CLAUSE_MODALS:
            return None
        marks = [m.lower_ for m in subordinators(verb)]
        if clause.negated and marks and marks[0] in UNTIL_MARKS:
            # "will not negotiate until Turkey withdraws": a condition set, which Turkey may never meet
            return POSSIBILITY_MODALITY
        return clause.modality

    def speaker_of(self, word: Token) -> tuple[list[Ref], Token | None]:
        """Who a clause (or an event noun) is reported from: the subject of a reporting verb above it,
        "according to", or the speaker of the quotation it stands in; and the word that says so."""
        node = word
        while True:
            according = self._according_to(node)
            closing = closing_source_conjunct(node) if according is None else None
            if closing is not None:
                # "X bought Y and sold Z, according to W": the closing source tells both verbs
                according = self._according_to(closing)
            if according is not None:
                return according
            # "The raid, confirmed by Carter, destroyed two Chilean boats": Carter's word, not his deed
            vouching = vouching_participle(node) if _own_clause(word, node) else None
            vouched = vouching is not None and not vouching.left_edge.i <= word.i <= vouching.right_edge.i
            if vouched and vouching is not None and (vouchers := self.agents(vouching)):
                return vouchers, vouching
            aside = parenthetical_report(node)
            if aside is not None:
                # "Iran, diplomats said, had sold oil to Japan": the aside's speaker tells the clause
                speakers = self.agents(aside) or affiliated_speakers(aside, self.args)
                speakers = speakers or unnamed_speakers(aside)
                if speakers:
                    return speakers, aside
            denier = hearsay_denier(node)
            if denier is not None:
                # "X dismissed reports that it was bidding for Y"; "a spokesman for X denied a report that
                # ...": an unnamed source's denial is the body's word it speaks for, as its "said" is
                deniers = self.agents(denier) or affiliated_speakers(denier, self.args)
                return deniers or unnamed_speakers(denier), denier
            issued = issued_content(node)
            if issued is not None:
                # "X said in a statement that it would buy Y": the statement's issuer says it
                owners = [ref for owner in issued.owners for ref in self.args.resolve(owner)]
                speakers = owners or (self.agents(issued.verb) if issued.verb is not None else [])
                if speakers:
                    return speakers, issued.document
            told = hearer_content_of(node)
            if told is not None and (tellers := self.agents(told)):
                return tellers, told  # "X said to Peruvian officials that Lima would …": X says it
            outlet = self._quoting_outlet(node)
            if outlet is not None:
                return outlet  # "Lima Radio quoted X as saying …": the outlet reports X's words
            charging = charged_wrong(node)
            accusers = self.agents(charging) if charging is not None else []
            if charging is not None and not accusers:
                # "one senior banking official blamed Washington for obstructing talks": the source's charge
                accusers = affiliated_speakers(charging, self.args) or unnamed_speakers(charging)
            if charging is not None and accusers:
                return accusers, charging  # "Peru accused Chile of shelling X": Peru's claim, not a fact
            held = belief_holders(node)
            holders = [ref for w in held or [] for ref in self.args.resolve(w)]
            holders = holders or [ref for w in held or [] if (ref := unnamed_source(w)) is not None]
            if holders:
                return holders, node.head  # "officials were convinced exporters complied": their belief
            reported = node.dep_ in REPORTED_CLAUSE_DEPS or content_conjunct(node) is not None
            if reported and reports(node.head):
                if set_against(node):
                    break  # "X reached out to Y, however Y said …": the writer's clause, not Y's words
                # "Dealers said … They said …", "Officials said … Firms have asked for X, they told Reuters":
                # a pronoun reporting right after unnamed sources goes on with them, before any group its
                # own sentence names (coreference would take the firms)
                continued = continued_source(node.head, self.args)
                # "A senior official said …": a source named by its words only speaks as a named one does
                speakers = continued or self.agents(node.head) or affiliated_speakers(node.head, self.args)
                # "X was quoted as saying …": X said it
                speakers = speakers or [ref for w in quoted_as(node.head) for ref in self.args.resolve(w)]
                speakers = speakers or unnamed_speakers(node.head)
                if not speakers and (
                    pronoun_within_report(node.head) or unowned_data_within_report(node.head)
                ):
                    # "Dealers said they expect X to meet": the "they" the outer report has no entity for
                    # is its speaker, so the content is the outer speaker's; the cue stays the inner verb,
                    # whose expecting hedges the content; so is data no one is named as making ("Amnesty
                    # said figures suggested …": what the figures show is Amnesty's claim)
                    speakers = self.speaker_of(node.head)[0]
                return speakers, node.head
            if node.head.i == node.i:
                break
            if node.dep_ == "advcl" and _marked(node, CONTRAST_MARKS) and not _fronted_in_clause(node):
                break  # "…said they would help, although Russia insisted…": the writer's contrast, not theirs
            if _contrasted_conjunct(node):
                break  # "X and Y said the deal would hurt Z, but W disagreed": W's own, not X's words
            node = node.head
        speaker = speaker_at(self.quotes, word.i)
        return ([Ref(speaker, word.i, "name")], None) if speaker else ([], None)

    def _quoting_outlet(self, node: Token) -> tuple[list[Ref], Token] | None:
        """ "Lima Radio quoted X as saying …", "X was quoted by the newspaper as saying …", "the agency cited
        X as saying …": the words of a verb of speech the governing verb of quoting reports are its
        subject's (the by-agent of a passive) to vouch for, as "according to Lima Radio" would be; the
        source and the verb of quoting, or None (also when the text names no one that quotes)."""
        if not quoted_as(node):
            return None
        quoting = node.head.head
        if is_passive(quoting):
            # "X was quoted by the agency as saying": the by-agent quotes, never the one quoted
            quoters = [
                p for a in quoting.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
            ]
            unnamed = [ref for p in quoters if (ref := unnamed_source(p)) is not None]
            outlets = self.agents(quoting) or unnamed
        else:
            outlets = (
                self.agents(quoting) or affiliated_speakers(quoting, self.args) or unnamed_speakers(quoting)
            )
        return (list(outlets), quoting) if outlets else None

    def _according_to(self, node: Token) -> tuple[list[Ref], Token] | None:
        if node.i not in self._according:
            self._according[node.i] = self._read_according_to(node)
        return self._according[node.i]

    def _read_according_to(self, node: Token) -> tuple[list[Ref], Token] | None:
        source = source_apposition(node)
        named = self.args.resolve(source) if source is not None else []
        second = coordinated_source(node)
        also = self.args.resolve(second) if second is not None else []  # a second source beside the first
        stranded = stranded_source(node)
        if stranded is not None and (refs := self.args.resolve(stranded.source)):
            return refs, stranded.cue
        appended = appended_report(node)
        if appended is not None and (refs := self.args.resolve(appended[0])):
            return refs, appended[1]  # "X sold Y, the newspaper W reported", misparsed: W's word
        for child in node.children:
            if child.dep_ != "prep" or child.lower_ != "according":
                continue
            for to in child.children:
                if to.lower_ != "to":
                    continue  # "according to which…": a relative clause, nobody's words
                for pobj in to.children:
                    if pobj.dep_ != "pobj" or pobj.lower_ in RELATIVE_PRONOUNS:
                        continue
                    refs = named or self.args.resolve(pobj)
                    # (not "according to reports from Tokyo": the press's word from there, no state's)
                    reached = (
                        through_noun(self.args, pobj, preps=SOURCE_PREPS) if filed_from(pobj) is None else []
                    )
                    refs = refs or [reach.ref for reach in reached]
                    refs = refs or affiliated_source(pobj, self.args)
                    # "according to figures compiled by Amnesty": the maker of the data
                    refs = refs or [ref for maker in compiled_by(pobj) for ref in self.args.resolve(maker)]
                    refs = refs or [ref for ref in [unnamed_source(pobj)] if ref is not None]
                    if refs or also:
                        return [*refs, *also], child
        return None


def opened_visit(verb: Token, lemma: str) -> Token | None:
    """The noun of a visit the verb opens or makes (words.tsv visit_opening_verbs) when the sentence gives it
    no place ("begins a four-day state visit on Tuesday"; not "a visit to Spain", "pays a visit in Lima"),
    or None."""
    if lemma not in VISIT_OPENING_VERBS:
        return None
    visit = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "visit"), None)
    if visit is None:
        return None
    places = (t for t in verb.subtree if t.ent_type_ in PLACE_LABELS and t.i > verb.i)
    return None if any(places) else visit


def _in_an_event(verb: Token) -> bool:
    """ "Peru is in talks with Chile", "a union is in dispute with X": "be" with "in" and an event noun
    states the subject's part in the event, as "remains in talks with" does; so does a debtor's standing
    ("Peru is in arrears to the IMF": words.tsv debt_standing_nouns), a relation to its creditor, and a
    journey the subject is "on" ("X is on a four-day tour of Asia", "on a visit to Peru": journeys_on)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            n.dep_ == "pobj" and (event_root(n.lemma_.lower(), noun=True) or n.lower_ in DEBT_STANDING_NOUNS)
            for n in prep.children
        )
        for prep in verb.children
    ) or any(
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and prep.i > verb.i
        and any(n.dep_ == "pobj" and n.lemma_.lower() in JOURNEYS_ON for n in prep.children)
        for prep in verb.children
    )


def evaluated(verb: Token) -> Token | None:
    """What an evaluative verb calls its object: a predicative complement ("called the decision a
    disgrace"), an "as" phrase ("described Russia as a threat") or a quoted word after the object ("called
    the plan 'reckless'").

    A verb whose particle makes it an appeal names nothing: "called on Peru to withdraw" asks Peru to act
    (cameo.tsv "call on", root 02), whatever the parse hangs on it."""
    if _appealing_particle(verb):
        return None
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and child.i > verb.i:
            return child  # what it is called follows the calling: a clause before it is another's words
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "VERB" and wrong_act(child):
            # "called the U.S. attacks an escalation": the parser may read the act's noun as a verb, object
            # of the calling, with what it is called as its own object
            return child
        if child.dep_ == "dobj":
            # "called the plan "reckless"": the parser may hang the quoted adjective on the object
            after = [
                a
                for a in child.children
                if a.i > child.i and (a.dep_ == "amod" or (a.dep_ == "acl" and a.pos_ == "ADJ"))
            ]
            if after:
                return after[0]
            for prep in child.children:  # the parser may hang "as" on the object
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _appealing_particle(verb: Token) -> bool:
    """Does a particle, or a preposition right after the verb, make the verb an appeal (CAMEO root 02:
    "called on/upon Chile to act", "called for a vote"), where the bare verb is none?"""
    lemma = verb.lemma_.lower()
    if event_root(lemma) == APPEAL_ROOT:
        return False
    return any(
        event_root(lemma, particle_or_prep=child.lower_) == APPEAL_ROOT
        for child in verb.children
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == verb.i + 1)
    )


def _rejected_plan_content(verb: Token) -> bool:
    """ "voters rejected plans for the island to be shared between X and Y", "opposed a proposal for Peru to
    buy Z": what a plan says (a "for"-infinitive with its own subject on a noun of a plan) that the verb
    governing the plan rejects (CAMEO root 12) is no deed, done or to come: nothing is read from it (the
    rejection is the governing verb's own fact)."""
    noun = planned_for_noun(verb)
    if noun is None or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    governor = noun.head
    if governor.pos_ not in VERB_POS:
        return False
    particles = [c.lower_ for c in governor.children if c.dep_ == "prt"]
    code = event_code(governor.lemma_.lower(), particle_or_prep=particles[0] if particles else None)
    return code is not None and code[:2] == REJECT_ROOT


def _force_noun_of_light_verb(verb: Token) -> bool:
    """Is the verb a light verb whose object names force ("take military action", "launch retaliation")?"""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return False
    return any(c.dep_ == "dobj" and _force_word(c) for c in verb.children)


def _has_state(side: frozenset[str]) -> bool:
    return any(e.startswith("country:") for e in side)


def _force_word(noun: Token) -> bool:
    """Does the noun name force ("military action", "retaliation": a noun of force in cameo.tsv; "firm
    action", "force", "self-defence": words.tsv warned_force_words), alone or with the word before it?"""
    if noun.pos_ not in NOUN_POS:
        return False
    lemma = noun.lemma_.lower()
    words = {lemma}
    before = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    for word in before[-1:]:
        joined = noun.doc[word.i + 1].tag_ == "HYPH"
        words |= {f"{word.lower_} {lemma}", f"{word.lower_}-{lemma}" if joined else ""}
    if words & WARNED_FORCE_WORDS:
        return True
    return any(event_root(w, noun=True) in FORCE_ROOTS for w in words if w)


def _event_on(noun: Token) -> frozenset[str]:
    """The words of what an event noun is on, which select its sense ("an attack on the plan" is criticism):
    its own "on" object; else, as the object of a verb, that verb's subject noun ("X's policies face
    attack": the policies); else, for a definite noun that names neither ("joined in the attack"), what the
    same word named last before it is on ("attacked X's policies ... joined in the attack")."""
    own = _on_words(noun)
    if own or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return own
    lemma = noun.lemma_.lower()
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.lemma_.lower() == lemma and (found := _on_words(earlier)):
            return found
    return frozenset()


def _on_words(word: Token) -> frozenset[str]:
    """What one mention of an event word is on: the noun's "on" object or the subject noun of the verb whose
    object it is; the verb's direct object (of a common noun: a name selects nothing here)."""
    if word.pos_ in VERB_POS:
        targets = [c for c in word.children if c.dep_ == "dobj"]
    else:
        targets = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
        targets = [g for g in targets if g.dep_ == "pobj"]
        if not targets and word.dep_ == "dobj" and word.head.lemma_.lower() not in LIGHT_VERBS:
            targets = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return frozenset(w for t in targets if t.pos_ == "NOUN" for w in (t.lower_, t.lemma_.lower()))


def _warning_contents(verb: Token) -> list[Token]:
    """The content clauses of a warning: its own ("warned X that it would respond") and those of a speech
    participle beside it ("warned X not to interfere, saying the clashes of 1979 could be repeated"), whose
    words are the warning's."""
    contents = [c for c in verb.children if c.dep_ == "ccomp"]
    sayings = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and reports(c)]
    return contents + [c for s in sayings for c in s.children if c.dep_ == "ccomp"]


def _past_repeated(content: Token) -> bool:
    """ "the clashes of 1979 could be repeated": a verb of recurrence (words.tsv recurrence_verbs) whose
    subject is dated past events, which in a state's warning to another are a harm it may bring again."""
    if content.lemma_.lower() not in RECURRENCE_VERBS:
        return False
    subjects = [c for c in content.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(t.ent_type_ == "DATE" for s in subjects for t in s.subtree)


def _harm_to_hearer(content: Token, hearer_side: frozenset[str], clause: ClauseReader) -> bool:
    """Is the content a harm verb (words.tsv warned_harm_verbs: "may sue", "would respond") left bare or
    done to the one warned? "would respond to its concerns" or "would sue its suppliers" is no harm to it."""
    if content.lemma_.lower() not in WARNED_HARM_VERBS:
        return False
    objects = [c for c in content.children if c.dep_ == "dobj"]
    targets = [c for c in content.children if c.dep_ == "prep" and c.lower_ in ("to", "against")]
    objects += [g for c in targets for g in c.children if g.dep_ == "pobj"]
    return all(clause.side(clause.args.resolve(o)) & hearer_side for o in objects)


def _struck_back(verb: Token) -> bool:
    """Is a verb a response the words make a reprisal ("strike back", "hit back", "respond firmly": words.tsv
    reprisal_response_verbs with reprisal_manner_words), as a vowed one is (Clause._vowed_reprisal)?"""
    if verb.lemma_.lower() not in REPRISAL_RESPONSE_VERBS:
        return False
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in REPRISAL_MANNER_WORDS for c in verb.children)


def _in_protest(verb: Token) -> bool:
    """Is the verb done "in protest" ("resigned in protest at the cuts")?"""
    ins = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    return any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for p in ins for g in p.children)


def _on_hunger_strike(verb: Token) -> bool:
    """Is the verb's protest a hunger strike ("went on hunger strike", "began a hunger strike")?"""
    strikes = [c for c in verb.children if c.dep_ == "dobj"]
    strikes += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    return any(
        s.lemma_.lower() == "strike" and any(c.lower_ == "hunger" for c in s.children if c.dep_ == "compound")
        for s in strikes
    )


def _met_from(noun: Token) -> bool:
    """Is a response said to come from others ("would meet a strong response from investors")? It is how the
    act is received there, no force the speaker's side promises."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "among") for c in noun.children)


CONTENT_NOUN_DEPS = ("nsubj", "nsubjpass", "dobj")  # the nouns of a content clause (_content_nouns)


def _content_nouns(content: Token) -> list[Token]:
    """The subject and object nouns of a content clause ("that retaliatory measures would cover more goods"),
    with the object of a subject the parser made a clause ("that stiffer legislation would be considered",
    with "stiffer" taken for a verb)."""
    found = [c for c in content.children if c.dep_ in CONTENT_NOUN_DEPS]
    clauses = [c for c in content.children if c.dep_ in ("csubj", "csubjpass")]
    found += [g for c in clauses for g in c.children if g.dep_ == "dobj"]
    return [n for n in found if n.pos_ in NOUN_POS]


def _harsher_measure(noun: Token) -> bool:
    """ "tougher measures", "stiffer legislation": a measure (words.tsv harsher_measure_nouns) right after a
    comparative that makes it harsher (harsher_comparatives), whatever tag or link the parser gave that."""
    if noun.lemma_.lower() not in HARSHER_MEASURE_NOUNS or noun.i == 0:
        return False
    return noun.doc[noun.i - 1].lower_ in HARSHER_COMPARATIVES


def _reprisal_noun(word: Token, deps: tuple[str, ...] = ("dobj",)) -> bool:
    """Is a verb's object a reprisal ("retaliation") or a step called one ("retaliatory measures")?"""
    if word.dep_ not in deps or word.pos_ not in NOUN_POS:
        return False
    if word.lemma_.lower() in REPRISAL_WORDS:
        return True
    return any(c.dep_ == "amod" and c.lower_ in REPRISAL_ADJECTIVES for c in word.children)


def _main_objects(verb: Token) -> list[Token]:
    """What the clause a participle hangs on acts on: "criticised the deal, calling it …" -> the deal."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return []
    head = verb.head
    found = [c for c in head.children if c.dep_ == "dobj"]
    found += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return found


def _unrestricted(slots: list[Slot], negated: bool, verb: Token) -> list[Slot]:
    """ "I don't know one convert who found it easy": a denial about the objects a relative clause
    restricts says nothing of the object alone ("does not know converts" would be false): no such slot."""
    if not negated:
        return slots
    return [s for s in slots if s.kind != "object" or not restricted(verb.doc[s.ref.token])]


def _on_schedule(
    scheduled: Token, negated: bool, modality: str | None, verbs_of_chain: list[Token]
) -> tuple[bool, str | None, list[Token]]:
    """ "X is expected to sign Y", "was not due to meet Z": the event is the infinitive's, still to come
    (or not), and the expecting is no step of its chain: no "expect to sign"."""
    # "is not due to": "not" hangs on "is"
    on_copula = scheduled.dep_ in PREDICATIVE_DEPS or scheduled.dep_ == "prep"  # "is not out of the question"
    denied = is_negated(scheduled) or (on_copula and is_negated(scheduled.head))
    negated = negated or denied
    judged = judged_by(scheduled)
    if judged in NEGATING_RAISING_PREDICATES:
        negated = not negated  # "is unlikely to attend": may not attend; "is not unlikely to": may attend
    foretold = RAISING_PREDICATES.get(judged) or EXTRAPOSED_PREDICATES[judged]
    if judged in REFUSING_PREDICATES and not denied:
        # "is unwilling to countenance X": a refusal, denied outright, no possibility ("is not unwilling
        # to" only allows the deed: may)
        foretold = None
    if denied and judged in DOUBTED_WHEN_DENIED:
        # "is not expected to approve X" says no approval is expected, not that it will not come: it may not
        foretold = POSSIBILITY_MODALITY
    modality = modality or foretold
    return negated, modality, [v for v in verbs_of_chain if v != scheduled]


def _foreseen_on_schedule(verb: Token) -> str | None:
    """ "The deal is likely to see Acme buy Zenith", "is expected to see Chile send troops", "looks set to
    see X leave": an act perceived under a participle or adjective of schedule or likelihood is still to
    come, with that word's modality (as "will see X leave" is: voice.envisioned)."""
    act = perceived_act(verb)  # "is likely to see Acme and Zenith build a plant and open an office"
    if act is None:
        return None
    perceiver = act.head
    if perceiver.lemma_.lower() not in PERCEPTION_VERBS:
        return None
    governor = raising_governor(perceiver)
    return None if governor is None else RAISING_PREDICATES[governor.lemma_.lower()]


def _mandating(verb: Token) -> Token | None:
    """The verb of asking whose mandative "that" clause the verb is (stance.mandated): "demanded that Chile
    withdraw". A bare conjunct of that clause's verb is asked too ("demanded that Chile withdraw its troops
    and pay damages"); a tensed one ("... and Peru paid") is told as a fact."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in VERB_POS and node.tag_ == "VB":
        node = node.head
    if node.dep_ == "ccomp" and mandated(node.head, node) is not None:
        return node.head
    return None


def _sought(request: Token) -> bool:
    """ "tried (sought, wants) to force Peru to negotiate with X": a compulsion only tried for or wished
    (the compelling verb under a verb of wanting or striving) has made no one do anything; what it would
    make its object do is the one compelling's wish, as with any request, no deed. So is one a noun of aim
    holds ("an attempt (a bid, a move) by Peru to force Chile to pay": intent_nouns)."""
    if request.dep_ == "acl" and request.head.lemma_.lower() in INTENT_NOUNS and to_infinitive(request):
        return True
    return any(chain_word(v) in WANTING_VERBS | STRIVING_VERBS for v in chain(request))


def _doubted(verb: Token) -> bool:
    """Does a word of doubt hold the verb's that-clause ("X is sceptical that Y will attack Z", "expressed
    doubt that Y will", "has doubts that")? Not a doubt denied ("no doubt that", "is not sceptical that")."""
    holder = verb.head
    if verb.dep_ not in ("ccomp", "acl") or holder.i == verb.i or holder.lemma_.lower() not in DOUBT_WORDS:
        return False
    if holder.pos_ not in ("ADJ", "NOUN") or any(c.lower_ in ("whether", "if") for c in verb.children):
        return False
    denied = any(
        c.dep_ in ("det", "amod", "neg") and c.lower_ in DOUBT_DENYING_WORDS for c in holder.children
    )
    return not (denied or is_negated(holder) or is_negated(holder.head))


def _plain_deed(verb: Token) -> bool:
    """Is the verb stated as done, in a tensed form or a participle, without negation, modal, chain or
    request over it? "barred X from running" is; "sued to bar", "could bar", "tried to bar", "did not
    bar" and an imperative "refrain from speculating" are aims or doubts."""
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")
        and not to_infinitive(verb)
        and not is_negated(verb)
        and modal_of(verb) is None
        and not chain(verb)
        and controller(verb) is None
        and not purpose(verb)
    )


def unreal(verb: Token, verbs_of_chain: list[Token], request: Token | None) -> bool:
    """Is the clause, or a verb whose auxiliary, chain or request governs it, counterfactual ("would have
    allowed China to extradite")?"""
    governors = [verb, *verbs_of_chain, *([request] if request is not None else [])]
    host = auxiliary_host(verb)
    while host is not None:
        governors.append(host)
        host = auxiliary_host(host)
    return any(counterfactual(v) for v in governors) or superseded_plan(verb)


def attribution_cue(verb: Token) -> bool:
    """ "According to X, ...": the tagger often makes "according" a verb; it names a source (the frame's
    speaker), never a relation "accord to X". Nor does "the agency quoted X as saying ...": the outlet passes
    on X's words (quotes.quoted_as makes X their speaker), and does nothing to X."""
    if verb.lower_ == "according" and any(c.lower_ == "to" for c in verb.children):
        return True
    return any(
        quoted_as(words) and words.head.head.i == verb.i
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for words in prep.children
        if words.dep_ == "pcomp"
    )


def nested_antecedent(verb: Token) -> bool:
    """Does a relative clause hang on a place that itself sits in another noun's modifier clause? In "a
    coalition to patrol the Gulf which was joined by X" or "a coalition led by France, which was joined by
    X" the parser takes the nearest noun, but the clause may as well describe the outer one (the
    coalition): the antecedent is unknown, so the clause links no one. A person or an organisation there
    is most often meant ("a bus operated by X, which is run by Y"); a place much less often."""
    noun = verb.head
    if noun.ent_type_ not in PLACE_LABELS:
        return False
    if noun.dep_ == "dobj":
        governor = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        governor = noun.head.head
    else:
        return False
    outer = governor.head
    return governor.dep_ in ("relcl", "acl") and outer.pos_ in ("NOUN", "PROPN") and outer.i < noun.i


def _naming(verb: Token) -> bool:
    """ "the Nicaraguan Democratic Force, known by its Spanish initials as FDN", "is known as Hamas",
    "known by their French acronym FDLR": "known" with "as" a name, or by a noun of a name (naming_nouns),
    names something; it relates no actors (the name is an alias of the entity, found with the mentions)."""
    if verb.lemma_.lower() != "know" or verb.tag_ != "VBN":
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        by = child.dep_ in ("agent", "prep") and child.lower_ == "by"
        if by and any(_naming_noun(t) for t in child.subtree):
            return True  # "known by their Arabic acronym X", "known by its initials as Y"
    return False


def _falls_due(verb: Token) -> bool:
    """ "export bills falling due for Japanese exporters", "the loans came due in May": "fall" or "come"
    with "due" (words.tsv falling_due_verbs) says a debt or a paper becomes payable, no deed of it nor any
    relation to the party after it; "is due to meet X" (a plan, with "be") is another verb's."""
    if verb.lemma_.lower() not in FALLING_DUE_VERBS:
        return False
    return any(c.dep_ in ("acomp", "advmod", "oprd") and c.lower_ == "due" for c in verb.children)


def _due_in(verb: Token) -> bool:
    """ "Minister X is due in Lima next week": "be" with the adjective "due" and its own "in" of a place
    (not "is due to meet X", a plan the infinitive's verb reads, nor "fell due in May": _falls_due)."""
    if verb.lemma_.lower() != "be":
        return False
    return any(
        c.dep_ == "acomp"
        and c.lower_ == DUE_WORD
        and any(p.dep_ == "prep" and p.lower_ == DUE_PREP for p in c.children)
        for c in verb.children
    )


def _naming_noun(token: Token) -> bool:
    """A noun of a name: "initials", "acronym", "name" (naming_nouns), as written or by its lemma."""
    return token.pos_ == "NOUN" and (token.lower_ in NAMING_NOUNS or token.lemma_.lower() in NAMING_NOUNS)


def _title_between_names(verb: Token) -> bool:
    """ "Airbus head Jean Roe is set to leave": an uninflected title word between a body's name and a
    person's is the person's title, which the tagger may read as the body's verb."""
    doc, i = verb.doc, verb.i
    if i < 1 or i + 1 >= len(doc) or verb.tag_ not in ("VB", "VBP") or not is_role_word(verb.lower_):
        return False
    return doc[i - 1].ent_type_ in ("ORG", "GPE", "NORP") and doc[i + 1].ent_type_ == "PERSON"


MAX_BRACKETED_TITLE_WORDS = 8


def _bracketed_title(verb: Token) -> bool:
    """ "involving X, (fired National Security Council aide) Lt Col Y, …": a participle opening an editor's
    bracketed title before a name, which the tagger may read as a verb with the name before the bracket
    as its subject; it describes the name after the bracket, and no one does it."""
    doc, i = verb.doc, verb.i
    if i < 1 or doc[i - 1].text != "(":
        return False
    inside = doc[i + 1 : i + 1 + MAX_BRACKETED_TITLE_WORDS]
    close = next((t for t in inside if t.text in ("(", ")")), None)
    if close is None or close.text != ")" or close.i + 1 >= len(doc):
        return False
    titled = any(is_role_word(t.lower_) for t in doc[i + 1 : close.i])
    return titled and doc[close.i + 1].pos_ == "PROPN"


def after_contrast(subject: Token) -> bool:
    """ "Blair rather than Howard should lead": a subject (or any phrase) named after "rather than" or
    "instead of" is the one that does not do it (the parser hangs it on the verb as a second subject)."""
    start = subject.left_edge.i
    return start > 0 and opens_contrast(subject.doc[start - 1])


def _describes_name_after(noun: Token, subjects: list[Token]) -> bool:
    """ "Peru's news agency KNA said", "the state oil company Petrolia said": the parser made the common
    noun before a body's or a person's name a second subject of the verb; the noun describes the name that
    follows it at once, and names no actor of its own (its owner, "Peru", would speak else)."""
    if noun.pos_ != "NOUN":
        return False
    return any(
        other.i > noun.i and other.left_edge.i == noun.i + 1 and other.pos_ == "PROPN" and other.ent_type_
        for other in subjects
    )


def _subject_of_lost_verb(subject: Token, subjects: list[Token]) -> bool:
    """ "Mr Lind, visiting Paris, noted arms curbs applied to Cuba": the parser read the finite "noted" as a
    modifier of "curbs" and gave "applied" two subjects; a finite verb between a subject and a later subject
    of the same verb is the earlier subject's own verb, so that one does not do the later verb's act."""
    doc = subject.doc
    for other in subjects:
        if other.i <= subject.i:
            continue
        between = doc[subject.right_edge.i + 1 : other.i]
        if any(w.tag_ in FINITE_TAGS and w.dep_ in ("amod", "compound") for w in between):
            return True
    return False


def _listed_in_other_subject(subject: Token) -> bool:
    """ "Biden's victories in Arizona, Florida, and Illinois left him …": the parser may hang the last
    member of a list inside the subject's phrase on the verb as a second subject; a subject right after a
    conjunction that hangs on another subject of the same verb (one with a prepositional phrase the list
    belongs to) is that list's member, not a doer."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.left_edge.i == 0:
        return False
    verb = subject.head
    before = subject.doc[subject.left_edge.i - 1]
    if before.dep_ != "cc":
        return False
    other = before.head
    return (
        other is not subject
        and other.head == verb
        and other.dep_ == subject.dep_
        and other.i < subject.i
        and any(c.dep_ == "prep" for c in other.children)
    )


def _penalty(noun: Token) -> bool:
    """ "sanctions", "retaliation", "reprisals", "a blockade": a noun of reprisal or of an act that harms
    (a sanction, coercion: HARM_ROOTS) or uses force (FORCE_ROOTS)."""
    lemma = noun.lemma_.lower()
    if lemma in REPRISAL_WORDS or noun.lower_ in REPRISAL_WORDS:
        return True
    return event_root(lemma, noun=True) in HARM_ROOTS | FORCE_ROOTS


def _ultimatum(verb: Token) -> bool:
    """ "warned X to release the sailors or face consequences": a request whose act is joined by "or" to what
    befalls the one who does not comply."""
    if verb.lemma_.lower() not in REQUEST_VERBS:
        return False
    for act in verb.children:
        if act.dep_ != "xcomp":
            continue
        either = any(c.dep_ == "cc" and c.lower_ == "or" for c in (*act.children, *act.subtree))
        if either and any(c.dep_ == "conj" and c.lemma_.lower() in ULTIMATUM_VERBS for c in act.children):
            return True
    return False


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in EXPLICIT_SUBJECT_DEPS for c in verb.children)


def _withheld(cue: Token) -> bool:
    """Is the reporting verb refused ("declined to confirm that …", "refused to say that …", "was reluctant to
    confirm that …") or denied ("did not confirm that …", "never said that …": the speaker did not say it,
    and the text does not)?"""
    if is_negated(cue):
        return True
    governing = chain(cue)
    if governing and governing[0].lemma_.lower() in NEGATING_VERBS:
        return True
    # "was reluctant (unwilling, unable) to confirm that …": no more said than when declined
    judge = raising_governor(cue)
    if judge is None or judged_by(judge) not in NEGATING_RAISING_PREDICATES:
        return False
    return not (is_negated(judge) or (judge.dep_ in PREDICATIVE_DEPS and is_negated(judge.head)))


def _contrasted_conjunct(verb: Token) -> bool:
    """Is a verb with its own subject joined by ", but" (or ", yet"; a verb of reporting by a bare "but") to
    a reported clause the writer's contrast, not more of the report ("X said the deal would hurt Z, but W
    disagreed": the parser hangs "disagreed" on "hurt"; "X said A but the critics say B")? Not when "that"
    marks it as reported ("said A would go, but that B would not"), nor when a modal carries it as it
    carries the report ("said A would go, but B would stay")."""
    if verb.dep_ != "conj" or verb.i < verb.head.i or _marked(verb, frozenset({"that"})):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if not any(c.dep_ in EXPLICIT_SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return False
    doc = verb.doc
    own_report = verb.lemma_.lower() in REPORTING_VERBS
    return any(
        c.dep_ == "cc"
        and c.lower_ in CONTRAST_CONJUNCTIONS
        and c.i > 0
        and (own_report or doc[c.i - 1].text == ",")
        for c in verb.head.children
        if verb.head.i < c.i < verb.i
    )


def _marked(verb: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _fronted_in_clause(clause: Token) -> bool:
    """ "Although X will not oppose Y, obstacles remain, the official said": a subordinate clause put before
    the clause it hangs on, with no verb above that clause between them, opens that clause and is said with
    it (a reporting verb between, "Although X objected, Y said Z would help", keeps it the writer's)."""
    head = clause.head
    if clause.i > head.i:
        return False
    between = range(clause.right_edge.i + 1, head.i)
    return not any(above.i in between for above in head.ancestors)


def _acts(step: Step) -> bool:
    """Inheritance steps that give a verb's agent: not a passive sharing an active verb's subject (that
    subject is its patient), nor a reduced passive's noun ("the deal signed by X")."""
    return not step.voice_differs and step.how != "reduced-passive"


def _abroad(objects: dict[str, frozenset[str]], agents: frozenset[str]) -> dict[str, frozenset[str]]:
    """The arguments' words, where a capital of the state the subject acts for is no state's capital to
    them: an official going to their own capital ("flew back to Tokyo") visits no state."""
    home = {w.removeprefix(STATE_OF_OFFICIAL) for w in agents if w.startswith(STATE_OF_OFFICIAL)}
    if not home:
        return objects
    return {prep: _away(nouns, home) for prep, nouns in objects.items()}


def _away(nouns: frozenset[str], home: set[str]) -> frozenset[str]:
    """An argument's words, less @capital where it is the capital of the subject's own state, and less @state
    where it is that state itself ("will leave for Japan" of a Japanese minister is a journey home)."""
    if home & {w.removeprefix(STATE_OF_CAPITAL) for w in nouns if w.startswith(STATE_OF_CAPITAL)}:
        nouns = nouns - {"@capital"}
    if home & {w.removeprefix(STATE_ITSELF) for w in nouns if w.startswith(STATE_ITSELF)}:
        nouns = nouns - {"@state"}
    return nouns


# The entity types of speakers whose side a plain word of theirs leaves open.
_PERSON_OR_BODY = ("PERSON", "ORG")


def _own_clause(word: Token, verb: Token) -> bool:
    """Is the verb the word's own clause: the word itself, the verb its noun hangs on ("the attack …
    killed"), or the first of the verbs it is coordinated with ("destroyed X and killed Y")? A clause below
    it ("came after Iran hit a tanker") is not what a participle on its subject vouches for."""
    node = word
    if node.pos_ not in VERB_POS and node != verb:
        node = node.head
    while node != verb and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node == verb


def _opens_a_name(verb: Token) -> bool:
    """Is the "verb" the capitalised first word of a person's or body's name inside a sentence ("Orestes"
    of "Orestes Quercia" tagged a verb in -s)?"""
    if verb.i == verb.sent.start or not verb.text[:1].isupper() or verb.ent_iob_ != "B":
        return False
    return verb.ent_type_ in ("PERSON", "ORG") and verb.i + 1 < len(verb.doc) and verb.nbor().ent_iob_ == "I"


def _verb_of_chain(head: Token) -> str:
    """The verb lemma of a chain's head: a noun of words said is read as its verb ("threat" in "Peru's threat
    to impose tariffs": threaten), as the Clause's phrase reads it."""
    lemma = head.lemma_.lower()
    return SPEECH_ACT_NOUNS.get(lemma, lemma) if head.pos_ in NOUN_POS else lemma


def _counted(noun: Token) -> bool:
    """Is the noun a sum counted by a number ("2m euros", "$40", "500 dollars"), on it or on the compound
    before it ("2 m euros")?"""
    return any(
        c.dep_ == "nummod" or (c.dep_ == "compound" and any(g.dep_ == "nummod" for g in c.children))
        for c in noun.children
    )
