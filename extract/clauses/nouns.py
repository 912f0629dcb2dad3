"""The event-noun frame: an event noun with the parties it names, read without a verb.

"U.S. sanctions on Iran", "Russia's attack on Ukraine": the noun's modifier is the agent and its
prepositional objects are the targets; "a meeting between Giuliani and Yermak": the parties of
"between" did it with each other.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from geokg.extract.clauses.arguments import DEED_ROOTS, ArgumentResolver, Ref, market_demand, market_quantity
from geokg.extract.clauses.objects import (
    Reach,
    event_words,
    prep_objects,
    scope_of_parties_named,
    through_noun,
)
from geokg.extract.clauses.predicates import canonical
from geokg.extract.clauses.registry import Fact
from geokg.extract.clauses.voice import (
    PLAN_MODALITY,
    POSSIBILITY_MODALITY,
    chain,
    is_negated,
    is_passive,
    modal_of,
    polarity,
    scheduled_by_time,
)
from geokg.extract.entities.countries import lookup_capital, lookup_country
from geokg.extract.entities.places import place_country
from geokg.extract.lexicon.cameo import (
    FROM_AGENT_ROOTS,
    OCCURRENCE_ROOTS,
    Sense,
    best_reading,
    event_code,
    event_root,
    noun_classes,
)
from geokg.extract.lexicon.syntax import (
    ENTITY_MODIFIER_DEPS,
    EXPLICIT_SUBJECT_DEPS,
    RELATIVE_CLAUSE_DEPS,
    TIME_LABELS,
    VERB_POS,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ACCORD_LOSING_VERBS,
    ACCORD_NOUNS,
    ALLEGATION_NOUNS,
    APPEAL_NOUNS,
    CANCEL_VERBS,
    COINCIDING_VERBS,
    CONDITION_NOUNS,
    DOUBTED_WHEN_DENIED,
    DOUBTING_VERBS,
    EVENT_AGENDA_NOUNS,
    EVENT_AWAITING_PHRASES,
    EVENT_CAUSING_VERBS,
    EVENT_COMPLETING_VERBS,
    EVENT_COURSE_VERBS,
    EVENT_DOUBTING_ADJECTIVES,
    EVENT_FORESEEING_VERBS,
    EVENT_HEDGING_MODIFIERS,
    EVENT_HOSTING_VERBS,
    EVENT_JUDGING_VERBS,
    EVENT_RAISING_VERBS,
    EVENT_REFUSING_VERBS,
    EVENT_SCHEDULE_PREDICATES,
    EVENT_TIME_TO_COME_WORDS,
    EVENT_WISHING_PHRASES,
    EVIDENCE_NOUNS,
    EVIDENTIAL_ADVERBS,
    FALSE_CLAIM_WORDS,
    FALSITY_ADJECTIVES,
    HEARSAY_DENIAL_VERBS,
    HEARSAY_NOUNS,
    INTENT_NOUNS,
    INTENTION_VERBS,
    INTRANSITIVE_EVENT_NOUNS,
    NECESSITY_WORDS,
    NEGATING_VERBS,
    OBTAINING_VERBS,
    OCCURRENCE_VERBS,
    PATIENT_NOUNS,
    POSSIBILITY_HEADS,
    PROSPECT_DENYING_WORDS,
    PROSPECT_FAILING_VERBS,
    PROSPECT_MODALS,
    PROSPECT_NOUNS,
    QUANTITY_NOUNS,
    RECEIVING_VERBS,
    RECIPROCAL_VERBS,
    ROUTE_NOUNS,
    SOURCE_VERBS,
    SPEECH_VERBS,
    STAKE_AMOUNT_WORDS,
    STATE_MEMBER_NOUNS,
    STRIVING_VERBS,
    SUPPOSING_MODALS,
    UNDER_VERBS,
    UNMADE_EVENT_DETERMINERS,
    UNREALISED_MODIFIERS,
    UNSCHEDULING_TIME_WORDS,
    WAY_OPENING_PHRASES,
    WITHHELD_TOPIC_VERBS,
)
from spacy.tokens import Span, Token

Speakers = Callable[[Token], tuple[list[Ref], Token | None]]
# The modality of a verb's clause, as the clause reader reads it (None where it reads none).
ClauseModality = Callable[[Token], str | None]
# the modals of a clause told in the future
FUTURE_MODALS = ("will", "shall", "would")
# CAMEO root of reducing relations: an accord a verb of this root acts on is ended, not signed
REDUCE_ROOT = "16"
# CAMEO code of defying norms or law (128): an accord a verb of it acts on ("violated (broke, breached,
# reneged on) its pact with X") is breached; the breach is the event, not the pact's making
BREACH_CODE = "128"
# words that call a report false ("the claims were wrong (untrue, nonsense)")
_FALSE_WORDS = FALSITY_ADJECTIVES | FALSE_CLAIM_WORDS


@dataclass(frozen=True, slots=True)
class EventNoun:
    noun: Token
    sentence: Span
    lemma: str
    code: str  # the noun's CAMEO code, whatever its parties
    agents: tuple[Ref, ...]  # its possessor or modifier: "Russia's", "U.S."
    pairs: tuple[tuple[Ref, Ref], ...]  # the parties of "between", two by two, when it names no agent
    targets: tuple[Reach, ...]  # (noun + preposition, entity, words): ("sanction on", Iran, …)
    speakers: tuple[Ref, ...]  # whom it is reported from
    negated: bool = False  # only a cancelled event ("the trip, which was cancelled") is negated
    modality: str | None = None
    prior_event: Ref | None = None  # the violent event named last before it ("condemnation came from X")
    # its prepositions and the words of their objects ("of" -> {"support"}): they select its sense too
    preps: tuple[tuple[str, frozenset[str]], ...] = ()

    def code_of(self, fact: Fact, words: Callable[[Ref], frozenset[str]]) -> str | None:
        """The noun's code in the sense its preposition and parties select (an attack by a state or not)."""
        # "the withdrawal of support from X": the noun's other prepositions select its sense too
        others = [(p, w) for p, w in self.preps if p != fact.prep]
        particles = tuple(dict.fromkeys(p for p in (fact.prep, *(p for p, _ in others)) if p))
        reached = words(fact.object)
        if "@possessor" in reached:
            # "the attack on Libya's trade policies": the owner is reached through the thing it owns, whose
            # words select the sense too (an attack on policies is criticism, 111)
            reached |= dict(self.preps).get(fact.prep, frozenset())
        objects = {**dict(others), fact.prep: reached}
        sense = Sense(particles, objects, words(fact.subject))
        reading = best_reading(self.lemma, noun=True, sense=sense)
        # a reading the sense selects decides, even as no event ("a trip to a city"); with none, the
        # noun's own code (one it has only with another preposition: "under rebel control")
        return reading.code if reading is not None else self.code


def _asked_act(noun: Token) -> Token | None:
    """The act an appeal noun (appeal_nouns) asks for by a "to" infinitive with no subject of its own ("a call
    by X to impose penalties", "X's demand to expel the envoy"), or None; one act only."""
    if noun.lemma_.lower() not in APPEAL_NOUNS:
        return None
    acts = [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.i > noun.i
        and to_infinitive(c)
        and not any(s.dep_ in EXPLICIT_SUBJECT_DEPS for s in c.children)
    ]
    return acts[0] if len(acts) == 1 else None


def _preps(noun: Token) -> list[str]:
    return [c.lower_ for c in noun.children if c.dep_ == "prep"]


def _prep_words(noun: Token) -> tuple[tuple[str, frozenset[str]], ...]:
    """The noun's prepositions with the words of their objects."""
    out: dict[str, frozenset[str]] = {}
    for prep in noun.children:
        if prep.dep_ == "prep":
            words = {
                w
                for g in prep.children
                if g.dep_ == "pobj"
                for w in (g.lower_, g.lemma_.lower(), *noun_classes(g.lower_, g.lemma_))
            }
            out[prep.lower_] = out.get(prep.lower_, frozenset()) | words
    return tuple(out.items())


def _hedged(noun: Token) -> str | None:
    """ "the alleged plot by X", "a reported attack by Y": the adjective hedges the event as its adverb
    ("allegedly", "reportedly") hedges a clause, and the event keeps that adverb as its modality."""
    return next(
        (
            c.lower_ + "ly"
            for c in noun.children
            if c.dep_ == "amod" and c.lower_ + "ly" in EVIDENTIAL_ADVERBS
        ),
        None,
    )


def _foretold(noun: Token, its_own_doer: bool = False) -> str | None:
    """ "Talks between X and Y are expected next week", "the visit is planned for May", "the summit is due on
    Monday", "a meeting will take place next week", "talks are to resume in Lima", "the summit takes place
    next week": the clause the event noun is the subject of says it is still to come, and the event keeps
    that as its modality (the clause's modal where it has one, else "will"; "is likely" only "may"). So
    does an event an adjective puts to come or in doubt ("an imminent attack", "the suspected attack"), and
    one a verb fears or awaits ("feared an attack by X", "warned of an invasion by Y")."""
    hedge = next(
        (c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in EVENT_HEDGING_MODIFIERS), None
    )
    # "a suspected bombing in Lima killed five": an event no one is named to do is doubted in its kind, not
    # in having happened; a time to come ("the upcoming summit in Lima") still holds
    if hedge is not None and not (its_own_doer and EVENT_HEDGING_MODIFIERS[hedge] == POSSIBILITY_MODALITY):
        return EVENT_HEDGING_MODIFIERS[hedge]
    foreseen = _wished(noun) or _foreseen_by(noun) or _awaited(noun) or _there_is(noun) or _way_opened(noun)
    foreseen = foreseen or _on_an_agenda_to_come(noun) or _due_for(noun) or _modal_of_its_clause(noun)
    if foreseen is not None:
        return foreseen
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in VERB_POS:
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in EVENT_SCHEDULE_PREDICATES and is_passive(verb):
        return EVENT_SCHEDULE_PREDICATES[lemma]
    if lemma == "be":
        for child in verb.children:
            if child.dep_ == "acomp" and child.lemma_.lower() in EVENT_SCHEDULE_PREDICATES:
                return EVENT_SCHEDULE_PREDICATES[child.lemma_.lower()]
            if _occurs(child) and child.dep_ == "xcomp" and to_infinitive(child):
                return modal_of(verb) or PLAN_MODALITY  # "talks are to resume"
        return None
    if lemma not in OCCURRENCE_VERBS:
        return _dated_for_a_future_clause(noun, verb) or _supposed(noun, verb)
    return modal_of(verb) or (PLAN_MODALITY if scheduled_by_time(verb) else None)


def _modal_of_its_clause(noun: Token) -> str | None:
    """ "The talks with X will focus on aid" (event_course_verbs), "the move could increase pressure from X on
    Y" (event_raising_verbs): an event whose course its clause tells, as that clause's subject, or which the
    clause makes more of, as its object, is no surer than the clause; it keeps the clause's modal (its own,
    or one its chain shares: "is expected to focus"). A past or plain present ("the talks focused on aid",
    "increases pressure") says nothing of it."""
    verb = noun.head
    if noun.dep_ == "nsubj":
        words = EVENT_COURSE_VERBS
    elif noun.dep_ == "dobj":
        words = EVENT_RAISING_VERBS
    else:
        return None
    if not _cancelling(verb, words):
        return None
    return polarity(verb, chain(verb))[1]


def _due_for(noun: Token) -> str | None:
    """ "X, due here tomorrow from Oman for his first official visit to the UAE, said": an event a schedule
    word ("due", "set", "scheduled") with a time to come brings its holder for is itself to come."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    schedule = prep  # up through the phrases it may hang on ("due tomorrow from Oman for a visit")
    while schedule.dep_ == "prep" and schedule.head.i != schedule.i:
        schedule = schedule.head.head if schedule.head.dep_ == "pobj" else schedule.head
    word = schedule.lemma_.lower()
    if word not in EVENT_SCHEDULE_PREDICATES or schedule.pos_ not in ("ADJ", "VERB"):
        return None
    times = (c for c in schedule.children if c.dep_ in ("npadvmod", "advmod", "prep"))
    return EVENT_SCHEDULE_PREDICATES[word] if any(_time_to_come_of_noun(c) for c in times) else None


def _on_an_agenda_to_come(noun: Token) -> str | None:
    """ "Debt is expected to figure high on the agenda of his talks with X", "trade will top the agenda of
    the summit": an event whose agenda (words.tsv event_agenda_nouns) a clause still to come speaks of is
    itself to come, and keeps that clause's modality: its future modal, a schedule it is raised from ("is
    expected to", "is due to"), or a present tense with a time to come ("tops the agenda of the talks next
    week")."""
    if (
        noun.dep_ != "pobj"
        or noun.head.lower_ != "of"
        or noun.head.head.lemma_.lower() not in EVENT_AGENDA_NOUNS
    ):
        return None
    agenda = noun.head.head
    verb = agenda.head.head if agenda.dep_ == "pobj" else agenda.head
    if verb.pos_ not in VERB_POS:
        return None
    modal = modal_of(verb)
    if modal in FUTURE_MODALS:
        return modal
    governor = verb.head
    if verb.dep_ == "xcomp" and to_infinitive(verb):
        # "is expected to figure", "is due to top"
        schedule = governor.lemma_.lower()
        if schedule in EVENT_SCHEDULE_PREDICATES and (is_passive(governor) or governor.pos_ == "ADJ"):
            return EVENT_SCHEDULE_PREDICATES[schedule]
    return PLAN_MODALITY if scheduled_by_time(verb) else None


def _way_opened(noun: Token) -> str | None:
    """ "The visit could pave the way for a withdrawal by X", "may open the door to talks with Y", "could lead
    to sanctions on Z": under a modal, the event a verb opens the way to (way_opening_phrases) is no more
    than the modal says, and keeps it; without one ("led to talks") the clause says nothing of it."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    holder = prep.head
    if holder.pos_ in VERB_POS:
        # "could open the door to talks": the parser may hang the preposition on the verb, by its object
        verb, middles = holder, ["", *(f"{c.lemma_.lower()} " for c in holder.children if c.dep_ == "dobj")]
    elif holder.pos_ == "NOUN" and holder.dep_ == "dobj" and holder.head.pos_ in VERB_POS:
        verb, middles = holder.head, [f"{holder.lemma_.lower()} "]
    else:
        return None
    phrases = {f"{verb.lemma_.lower()} {middle}{prep.lower_}" for middle in middles}
    return modal_of(verb) if phrases & WAY_OPENING_PHRASES else None


def _doubted(noun: Token) -> bool:
    """ "A meeting between X and Y is unlikely" ("looks doubtful", "seems remote", "is not expected", "is not
    likely"): the clause the event noun is the subject of doubts it; "prospects appear slim for a meeting",
    "chances of talks with X are dim", "little hope of a summit": the clause doubts its prospects. The
    event is at most possible, and denied (negated, "may"), as "X is unlikely to meet Y" is."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return _doubting_clause(noun.head) or _doubted_to_occur(noun.head)
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    holder = noun.head.head  # "prospects for", "chances of"; or the adjective: "appear slim for"
    if holder.pos_ == "ADJ" and holder.dep_ in ("acomp", "oprd"):
        verb = holder.head
        return (
            holder.lower_ in EVENT_DOUBTING_ADJECTIVES
            and verb.lemma_.lower() in EVENT_JUDGING_VERBS
            and not is_negated(verb)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in PROSPECT_NOUNS for c in verb.children)
        )
    if holder.pos_ != "NOUN" or holder.lemma_.lower() not in PROSPECT_NOUNS:
        return False
    denying = PROSPECT_DENYING_WORDS | EVENT_DOUBTING_ADJECTIVES
    if any(c.dep_ in ("det", "amod") and c.lower_ in denying for c in holder.children):
        return True  # "slim hopes of a summit", "little chance of talks"
    if holder.dep_ != "nsubj":
        return False
    lost = holder.head.lemma_.lower() in PROSPECT_FAILING_VERBS and not is_negated(holder.head)
    return lost or _doubting_clause(holder.head)  # "hopes for talks have faded"


def _doubted_to_occur(verb: Token) -> bool:
    """ "X doubted (that) a meeting with Y would take place": the event's occurrence is what a verb of doubt
    holds, as "X doubts Y will meet Z" holds the meeting (the clause's own reading)."""
    doubter = verb.head
    return (
        _occurs(verb)
        and verb.dep_ == "ccomp"
        and doubter.lemma_.lower() in DOUBTING_VERBS
        and not is_negated(doubter)
        and not is_negated(verb)
    )


def _present(verb: Token) -> bool:
    """Is the clause told in the present ("is", "are", "seems"), or with a modal ("will not be expected")?"""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ in ("VBZ", "VBP", "MD") for w in words)


def _doubting_clause(verb: Token) -> bool:
    """Does the clause judge its subject unlikely ("is unlikely", "looks doubtful", "appear slim"), or deny
    that it is expected or likely ("is not expected", "is not likely")? Not "is not unlikely"."""
    if verb.pos_ not in VERB_POS:
        return False
    lemma = verb.lemma_.lower()
    if lemma in DOUBTED_WHEN_DENIED and is_passive(verb):
        # "is not expected"; "the attack was not expected" tells a surprise, which happened
        return is_negated(verb) and _present(verb)
    if lemma not in EVENT_JUDGING_VERBS:
        return False
    for child in verb.children:
        if child.dep_ not in ("acomp", "oprd"):
            continue
        word = child.lemma_.lower()
        if child.lower_ in EVENT_DOUBTING_ADJECTIVES:
            return not is_negated(verb)
        possible = word in DOUBTED_WHEN_DENIED or EVENT_SCHEDULE_PREDICATES.get(word) == POSSIBILITY_MODALITY
        if possible and is_negated(verb):
            return True  # "is not likely"
    return False


def _dated_for_a_future_clause(noun: Token, verb: Token) -> str | None:
    """ "X's talks with Y on Wednesday will focus on trade": an event its own words date, the subject of a
    clause told in the future, is still to come; it keeps the clause's modal. Undated ("the talks will
    help") it may be over already, and a past date ("talks last week will help") says it is."""
    modal = modal_of(verb)
    if modal not in FUTURE_MODALS or noun.dep_ != "nsubj" or _dated_past(noun):
        return None
    return modal if _dates_on(noun) else None


def _supposed(noun: Token, verb: Token) -> str | None:
    """ "A free trade pact between X and Y could spur both economies", "an accord with Z would help": a new
    event (an indefinite article, unmade_event_determiners) that is the subject of a clause supposed by its
    modal (supposing_modals) is not yet made; it keeps that modal. One the text makes ("the pact between X
    and Y, signed last year, could collapse", "a pact that was signed in May would …", "a 1988 pact …") or
    one it refers back to ("the pact") stays a made one."""
    modal = modal_of(verb)
    if modal not in SUPPOSING_MODALS or noun.dep_ != "nsubj" or _dated_past(noun):
        return None
    if not any(c.dep_ == "det" and c.lower_ in UNMADE_EVENT_DETERMINERS for c in noun.children):
        return None
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        if clause.tag_ in ("VBD", "VBN") and modal_of(clause) is None:
            return None  # "a pact signed last year", "a pact that was signed …": made
    return modal


def _dates_on(word: Token) -> list[Token]:
    """The dates a word carries: "on Wednesday", "for Friday", "next week" on it."""
    dated = [
        g
        for c in word.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in TIME_LABELS
    ]
    return dated + [c for c in word.children if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in TIME_LABELS]


def _awaited(noun: Token) -> str | None:
    """ "ahead of his visit to Tokyo next week", "the talks, scheduled for Thursday", "the trade show Seoul
    will hold in May": the words around the event noun put it still to come; "will" (or the hosting
    clause's own modal). Not an event its own words date in the past ("ahead of the 1990 invasion")."""
    if _dated_past(noun):
        return None
    for child in noun.children:
        if child.dep_ in ("npadvmod", "tmod", "advmod") and _time_to_come_of_noun(child):
            return PLAN_MODALITY  # "his visit to Tokyo next week"
        if child.dep_ == "poss" and child.ent_type_ in TIME_LABELS and _time_to_come_of_noun(child):
            return PLAN_MODALITY  # "next week's IMF meeting", "tomorrow's talks": a time to come owns it
        if _scheduling_participle(child) and not _done_by_its_clause(noun):
            return EVENT_SCHEDULE_PREDICATES[child.lemma_.lower()]  # "the talks, scheduled for Friday"
        if child.dep_ in RELATIVE_CLAUSE_DEPS and child.pos_ in VERB_POS:
            hosting = child.lemma_.lower() in EVENT_HOSTING_VERBS | OCCURRENCE_VERBS
            modal = modal_of(child)
            if hosting and not is_negated(child) and modal in ("will", "shall", "would"):
                return modal  # "the trade show Seoul will hold in May", "the summit that would open Monday"
            if hosting and scheduled_by_time(child):
                return PLAN_MODALITY  # "the summit he attends next week"
    if _coincided_with(noun):
        return PLAN_MODALITY  # "could start in May, perhaps coinciding with the OECD meeting in Paris"
    return PLAN_MODALITY if _awaiting_phrase(noun) else None


def _coincided_with(noun: Token) -> bool:
    """ "could start soon, perhaps coinciding with the meeting in Paris", "may coincide with the summit": an
    event another is timed to (words.tsv coinciding_verbs) in a clause of a modal or a hedge, its own or
    the one it hangs on, is still to come; "coincided with the summit" tells of one held."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in COINCIDING_VERBS:
        return False
    verb = prep.head
    hosts = [verb, verb.head] if verb.dep_ in ("advcl", "xcomp", "conj") else [verb]
    return any(modal_of(host) is not None for host in hosts)


def _time_to_come_of_noun(phrase: Token) -> bool:
    """ "next week", "tomorrow": a time to come from the day of writing; "the next day" counts from the
    story's own time, which may be past."""
    words = [t.lower_ for t in phrase.subtree]
    if "next" in words and any(c.dep_ == "det" and c.lower_ == "the" for c in phrase.children):
        return False
    # "later" alone may count from a past time ("a visit later"), but "later this month" counts from today
    later_this = any(a == "later" and b == "this" for a, b in itertools.pairwise(words))
    return later_this or any(w in EVENT_TIME_TO_COME_WORDS for w in words)


def _scheduling_participle(child: Token) -> bool:
    """A participle of schedule after the noun with the time it puts the event at: "scheduled for Friday",
    "set for next week" ("the attack, planned for months by X" gives a time of planning, no date)."""
    if child.dep_ != "acl" or child.tag_ != "VBN" or child.lemma_.lower() not in EVENT_SCHEDULE_PREDICATES:
        return False
    if is_negated(child):
        return False
    dated = _dates_on(child)
    return any(not any(t.lower_ in UNSCHEDULING_TIME_WORDS for t in d.subtree) for d in dated) and not any(
        t.lower_ in UNSCHEDULING_TIME_WORDS for t in child.subtree
    )


def _done_by_its_clause(noun: Token) -> bool:
    """ "The talks, scheduled for Friday, opened in Lima": a past (or perfect) tense the noun is the subject
    of tells the event as held."""
    verb = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ in VERB_POS
        and verb.tag_ in ("VBD", "VBN")  # the parser may tag a past tense VBN; "have opened" is done too
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and modal_of(verb) is None
        and not called_off(noun)
    )


def _dated_past(noun: Token) -> bool:
    """Does a date in the noun's own words put it in the past ("the 1990 invasion", "his visit last week",
    "talks in March 2019")?"""
    for token in noun.subtree:
        if token.ent_type_ not in TIME_LABELS:
            continue
        if token.lower_ in UNSCHEDULING_TIME_WORDS or (token.like_num and len(token.text) == 4):
            return True
    return False


def _awaiting_phrase(noun: Token) -> bool:
    """Is the noun the object of "ahead of", "in advance of", "in preparation for"?"""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep = noun.head
    word = prep.head
    if word.dep_ == "advmod":
        words = [word.lower_, prep.lower_]  # "ahead of"
    elif word.dep_ == "pobj" and word.head.dep_ == "prep":
        words = [word.head.lower_, word.lower_, prep.lower_]  # "in advance of"
    else:
        return False
    return " ".join(words) in EVENT_AWAITING_PHRASES


def _wished(noun: Token) -> str | None:
    """ "Chile has a keen interest in an agreement between X and Y", "renewed his call for talks with Z",
    "there is a need for a summit": an event that is the object of a noun of wish or need (words.tsv
    event_wishing_phrases, by the noun's lemma and its preposition) is wanted, not done; "should"."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    holder = noun.head.head
    if holder.pos_ != "NOUN":
        return None
    # "holds a 40 pct (a controlling) interest in the venture between X and Y": a share held, no wish
    if any(t.like_num or t.lower_ in STAKE_AMOUNT_WORDS for left in holder.lefts for t in left.subtree):
        return None
    return EVENT_WISHING_PHRASES.get(f"{holder.lemma_.lower()} {noun.head.lower_}")


def _foreseen_by(noun: Token) -> str | None:
    """The modality of an event noun a verb of fear or expectation takes: "feared an attack by X", "expects
    talks with Y", "warned of an invasion by Z"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "about") and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ not in VERB_POS:
        return None
    return EVENT_FORESEEING_VERBS.get(head.lemma_.lower())


def _occurs(verb: Token) -> bool:
    return verb.pos_ in VERB_POS and verb.lemma_.lower() in OCCURRENCE_VERBS


def _completes(verb: Token) -> bool:
    return verb.pos_ in VERB_POS and verb.lemma_.lower() in EVENT_COMPLETING_VERBS


def _did_not_occur(noun: Token) -> bool:
    """ "The meeting did not take place", "talks will not resume", "talks are not to resume": no event. Nor
    is one its clause calls off: "the minister's meeting with X was postponed", "talks were called off"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if noun.dep_ == "nsubjpass" and _cancelling(verb) and not is_negated(verb):
        return True
    if _occurs(verb):
        return is_negated(verb)
    if verb.lemma_ == "be" and is_negated(verb):
        return any(_occurs(c) and c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)
    return False


def _no_longer_under(noun: Token) -> bool:
    """ "Peru is no longer under pressure from Chile", "did not come under attack from X", "Peru is not the
    target of sanctions by Chile": the clause that puts its subject under the event (under_verbs) or makes
    it the event's patient (patient_nouns) denies it, and the event done to the subject is denied with it
    (not "under no pressure", which _none_such reads)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "under" and prep.head.pos_ in VERB_POS and prep.head.lemma_.lower() in UNDER_VERBS:
        return is_negated(prep.head)
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PATIENT_NOUNS and prep.head.dep_ == "attr":
        return prep.head.head.pos_ in VERB_POS and is_negated(prep.head.head)
    return False


def _none_such(noun: Token) -> bool:
    """ "There was no meeting between X and Y", "no talks between X and Y are planned": a denied event. So
    is one whose quantity or evidence is denied: "there will be no wave of investment in X" (quantity_nouns),
    "there has been no sign of an attack on Y" (evidence_nouns)."""
    return any(c.dep_ == "det" and c.lower_ == "no" for w in (noun, *_holders(noun)) for c in w.children)


def _hearsay_holder(noun: Token) -> Token | None:
    """The reports (rumours, allegations: hearsay_nouns, allegation_nouns) whose "of" holds the event, the
    first of coordinated ones ("reports and rumours of ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holder = noun.head.head
    if holder.pos_ not in ("NOUN", "PROPN") or holder.lower_ not in HEARSAY_NOUNS | ALLEGATION_NOUNS:
        return None
    while holder.dep_ == "conj" and holder.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head
    return holder


def _hearsay_verb(noun: Token) -> Token | None:
    """The verb that takes the reports (rumours, allegations: hearsay_nouns, allegation_nouns) whose "of"
    holds the event: "denied reports of an attack on X", "would not comment on rumours of a merger"."""
    holder = _hearsay_holder(noun)
    if holder is None:
        return None
    if holder.dep_ == "dobj":
        verb = holder.head
    elif holder.dep_ == "pobj" and holder.head.dep_ == "prep":
        verb = holder.head.head  # "commented on reports of"
    else:
        return None
    return verb if verb.pos_ in VERB_POS else None


def _denied_hearsay(noun: Token) -> bool:
    """ "X denied (dismissed, rejected) reports of an attack on Y": X says the event did not happen."""
    verb = _hearsay_verb(noun)
    return (
        verb is not None
        and verb.lemma_.lower() in HEARSAY_DENIAL_VERBS
        and not is_negated(verb)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _hearsay_called_false(noun: Token) -> bool:
    """ "claims of a rift between X and Y were wrong", "the rumours of a merger with Z are false (nonsense)",
    "said reports of an attack on Y were untrue": the reports (allegations) that hold the event are called
    false (falsity_adjectives, false_claim_words) by the clause they are the subject of, so the event is
    denied. Not when that clause is itself denied ("the claims of a rift were not wrong")."""
    holder = _hearsay_holder(noun)
    if holder is None:
        return False
    verb = holder.head
    if holder.dep_ != "nsubj" or verb.lemma_ != "be" or is_negated(verb):
        return False
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in _FALSE_WORDS for c in verb.children)


def _withheld_hearsay(noun: Token) -> bool:
    """ "could not confirm reports of an attack on Y", "would not comment on (declined to comment on)
    reports of a merger", "did not deny reports of ...": the speaker says nothing of the event, and the
    reports are no one's word; no fact."""
    verb = _hearsay_verb(noun)
    if verb is None or verb.lemma_.lower() not in SPEECH_VERBS | HEARSAY_DENIAL_VERBS:
        return False
    if is_negated(verb):
        return True
    governing = chain(verb)
    return bool(governing) and governing[0].lemma_.lower() in NEGATING_VERBS


def _withheld_topic(noun: Token) -> bool:
    """ "said he could not comment on the impact of Peru's moratorium on X", "declined to comment on Y's
    sanctions", "refused to discuss the merger with Z": the event lies inside what the speaker would not
    speak about (through nouns and their "of"), and is no claim of his."""
    node = noun
    for _ in range(5):
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
            verb = head.head  # "comment on (about) X"
        elif node.dep_ == "dobj" and head.pos_ in VERB_POS:
            verb = head  # "discuss X"
        elif node.dep_ in ("pobj", "poss", "compound", "conj") and head.i != node.i:
            node = head if node.dep_ != "pobj" else head.head
            if node.pos_ not in ("NOUN", "PROPN"):
                return False
            continue
        else:
            return False
        if verb.lemma_.lower() not in WITHHELD_TOPIC_VERBS:
            return False
        if is_negated(verb):
            return True
        governing = chain(verb)
        return bool(governing) and governing[0].lemma_.lower() in NEGATING_VERBS
    return False


def _holders(noun: Token) -> list[Token]:
    """The nouns of quantity or evidence whose "of" holds the event, innermost first: "a wave of
    investment", "no sign of a wave of attacks"."""
    out: list[Token] = []
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and len(out) < 3:
        holder = noun.head.head
        if holder.pos_ != "NOUN" or holder.lemma_.lower() not in QUANTITY_NOUNS | EVIDENCE_NOUNS:
            break
        out.append(holder)
        noun = holder
    return out


def _there_is(noun: Token) -> str | None:
    """ "there will be no investment in X", "there could be an attack on Y", "there will be no wave of
    attacks": the existential clause's modal, which the event (or its quantity) is what there is of."""
    what = ([noun, *_holders(noun)])[-1]
    verb = what.head
    if what.dep_ != "attr" or verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return modal_of(verb)


def _cancelling(verb: Token, words: frozenset[str] = CANCEL_VERBS) -> bool:
    """A verb that calls an event off: "postponed", "cancelled", "called off" (with its particle); or, with
    other `words`, one that refuses it ("ruled out", "rejected")."""
    if verb.pos_ not in VERB_POS:
        return False
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    return any(word in words for word in (lemma, *particles))


def _named_as(reach: Reach, noun: Token, words: str) -> Reach:
    """The reach's phrase with the event's words for the head noun's ("strike action against")."""
    head = noun.lemma_.lower()
    if words == head or not reach.phrase.startswith(f"{head} ") or noun.i not in reach.tokens:
        return reach
    return reach._replace(phrase=f"{words}{reach.phrase[len(head) :]}")


def _by_on_verb(noun: Token) -> list[Token]:
    """ "condemned the attack on X by Y": the parser hangs the event's "by" on the active verb whose object
    the event is. An active verb has no by-agent of its own, and a "by" of means takes a verb ("by sending"),
    so an entity after it is who did the event."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or verb.pos_ not in VERB_POS
        or any(c.dep_ in ("auxpass", "agent") for c in verb.children)
    ):
        return []
    return [pobj for pobj in prep_objects(verb, {"by"}) if pobj.i > noun.i]


def reciprocal(lemma: str) -> bool:
    """ "merger", "meeting", "talks": a noun whose verb two parties do with each other ("merge with")."""
    verb = canonical(f"{lemma} with", lemma).split()
    return len(verb) == 2 and verb[1] == "with" and verb[0] in RECIPROCAL_VERBS


def _done_to(lemma: str) -> str:
    """The noun's phrase for the one it is done to when no preposition names them: its "of" where that
    names the patient ("prosecution of" -> prosecute), else the noun alone ("bid")."""
    phrase = f"{lemma} of"
    return phrase if canonical(phrase, lemma) != phrase else lemma


def called_off(noun: Token) -> bool:
    """ "the planned trip, which was cancelled", "the cancelled summit": the event did not take place. The
    parser often hangs the relative clause on the event's last word ("a trip to Lima, which was
    cancelled"); a place is not cancelled, so it is the event's."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in CANCEL_VERBS for c in noun.children):
        return True
    places = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        c.dep_ in RELATIVE_CLAUSE_DEPS and c.lemma_.lower() in CANCEL_VERBS
        for holder in (noun, *places)
        for c in holder.children
    )


def unrealised(noun: Token) -> bool:
    """ "a planned trip", "a proposed meeting", "arranged a meeting between", "called for talks": the
    event is a plan or a wish, not something that happened. Nor is one put off or called off by the verb
    whose object it is ("postponed a visit to X by its minister"), nor one it refuses ("ruled out a meeting
    between X and Y"): the verb's own fact says so (`postpone visit to`, 16), and no meeting, held or not, is
    read from the noun."""
    if any(c.dep_ == "amod" and c.lower_ in UNREALISED_MODIFIERS for c in noun.children):
        return True
    if _only_possible(noun) or _only_needed(noun):
        return True
    if noun.dep_ == "dobj" and (_cancelling(noun.head) or _cancelling(noun.head, EVENT_REFUSING_VERBS)):
        return True  # "ruled out (rejected) a meeting between X and Y": no meeting, held or to come
    if _cut_through(noun) or _ends_itself(noun):
        return True  # "ended its treaty with X", "said its deal with X would end": no signing
    if noun.dep_ == "dobj" and (_judged_infinitive(noun.head) or _caused_in_prospect(noun.head)):
        return True  # "it would not be sensible to provoke a dispute with X", "could spark a war with Y"
    if noun.dep_ == "dobj" and _sought_through(noun.head):
        return True  # "efforts to secure a ceasefire between X and Y", "tried to broker talks with Z"
    head = noun.head.head if noun.dep_ == "pobj" else noun.head  # "called for talks"
    return noun.dep_ in ("dobj", "pobj") and head.pos_ in VERB_POS and head.lemma_.lower() in INTENTION_VERBS


def _judged_infinitive(verb: Token) -> bool:
    """ "It would not be sensible (it is important, it would be a mistake) to provoke a dispute with X": a
    "to"-infinitive that completes "it is <judgement>" weighs or urges an act, which the text does not say
    was done."""
    if verb.pos_ not in VERB_POS or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return False
    be = verb.head
    if be.lemma_ != "be":
        return False
    if be.tag_ == "VBD" and not any(c.dep_ == "aux" for c in be.children):
        return False  # "it was a mistake to start the war with X": a deed done, judged
    it = [c for c in be.children if c.dep_ in ("nsubj", "expl") and c.lower_ == "it"]
    judged = [c for c in be.children if c.dep_ in ("acomp", "attr") and c.i < verb.i]
    return bool(it) and bool(judged)


def _caused_in_prospect(verb: Token) -> bool:
    """ "The move could spark (provoke, trigger) a dispute between X and Y": an event a verb of causing
    brings only under a modal of possibility is a risk, not an event."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in EVENT_CAUSING_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS for c in verb.children)


def _sought_through(verb: Token) -> bool:
    """Is the verb a "to"-infinitive of getting (obtaining_verbs) under an effort or aim ("efforts to obtain",
    "a bid to arrange", intent_nouns) or a trying ("tried to broker", striving_verbs)? What it would get is
    sought, not had: "secured a ceasefire" is one, "efforts to secure a ceasefire" are none yet; "tried to
    double its aid" is aid already given."""
    if verb.pos_ not in VERB_POS or verb.dep_ not in ("acl", "xcomp") or not to_infinitive(verb):
        return False
    if verb.lemma_.lower() not in OBTAINING_VERBS:
        return False
    governor = verb.head
    if governor.pos_ == "NOUN":
        return governor.lemma_.lower() in INTENT_NOUNS
    return governor.pos_ in VERB_POS and governor.lemma_.lower() in STRIVING_VERBS


def _only_needed(noun: Token) -> bool:
    """ "an agreement on loans to Poland was needed (is required, is necessary) before ...", "an endorsement
    of X's programme is a condition for Y": an event its clause calls needed or a condition has not
    happened yet (necessity_words, condition_nouns)."""
    head = noun.head
    if noun.dep_ == "nsubjpass":
        return head.lemma_.lower() in NECESSITY_WORDS
    if noun.dep_ != "nsubj" or head.lemma_ != "be":
        return False
    return any(
        (c.dep_ == "acomp" and c.lower_ in NECESSITY_WORDS)
        or (c.dep_ == "attr" and c.lemma_.lower() in CONDITION_NOUNS)
        for c in head.children
    )


def _cut_through(noun: Token) -> bool:
    """ "ended (terminated, tore up) its tax treaty with X", "withdrew from its accord with Y": an accord
    (accord_nouns) that the verb (or the noun of ending: "the termination of") acting on it cuts relations
    through, by the word's reading with the accord as its object (CAMEO root 16, cameo.tsv), is no signing;
    the verb's own fact (`end treaty with`, 16) says what was done. Nor is one it breaches ("violated (broke,
    reneged on) its pact with X", 128): `violate accord with` says it. Nor is one the subject lost ("lost its
    supply deal with X": accord_losing_verbs)."""
    if noun.lemma_.lower() not in ACCORD_NOUNS:
        return False
    if noun.dep_ == "dobj":
        verb, prep = noun.head, ""
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb, prep = noun.head.head, noun.head.lower_
    else:
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if verb.dep_ == "prep" and verb.head.pos_ in VERB_POS:
        particles, verb = [verb.lower_], verb.head  # "pulled out of its pact": the parser's "out" is a prep
    # a noun of ending too: "announced the termination of its treaty with X", "its withdrawal from the pact"
    ending_noun = bool(prep) and verb.pos_ == "NOUN"
    if verb.pos_ not in VERB_POS and not ending_noun:
        return False
    if not ending_noun and verb.lemma_.lower() in ACCORD_LOSING_VERBS:
        return True  # "lost its supply deal with X": the deal is gone, no signing with X
    sense = Sense(
        tuple(dict.fromkeys(p for p in (prep, *particles) if p)),
        {prep: frozenset({noun.lower_, noun.lemma_.lower()})},
    )
    code = event_code(verb.lemma_.lower(), noun=ending_noun, sense=sense)
    return code is not None and (code[:2] == REDUCE_ROOT or code == BREACH_CODE)


def _ends_itself(noun: Token) -> bool:
    """ "announced its agreement with X would end early", "said its pact with Y was terminated": an accord
    (accord_nouns) that is the subject of a verb which, with the accord as its object, cuts relations through
    (CAMEO root 16, as in `_cut_through`) is ended, no signing nor cooperation. Not an accord that ends
    something else ("the deal ended the strike": the verb has an object of its own)."""
    if noun.lemma_.lower() not in ACCORD_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.pos_ not in VERB_POS or any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
        return False
    sense = Sense((), {"": frozenset({noun.lower_, noun.lemma_.lower()})})
    code = event_code(verb.lemma_.lower(), sense=sense)
    return code is not None and code[:2] == REDUCE_ROOT


def _only_possible(noun: Token) -> bool:
    """ "the risk of an Iranian attack on X", "in the event of any strike against Y", "fears of reprisals",
    "had no capacity to carry out attacks": a noun of possibility (possibility_heads) holds the event as
    something that may come, or may not; nothing has happened."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holder = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.dep_ in ("acl", "xcomp"):
        holder = noun.head.head  # "the capacity to carry out attacks"
    else:
        return False
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in POSSIBILITY_HEADS


def _modifier_name(modifier: Token) -> str:
    """The proper name a modifier before an event noun spells, without a date the parser hangs on it ("the
    February 22 Paris pact": "February" is the pact's day, not part of the city's name)."""
    return " ".join(
        t.text for t in modifier.subtree if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")
    )


def _named_after_a_place(noun: Token, modifier: Token) -> bool:
    """ "the Cartagena accord", "the Bonn agreement", "the Kyoto treaty": an accord (accord_nouns) is named
    after the city where it was made; the name is no party to it, no actor, whatever the tagger calls it
    (an organisation, a place). A state's name ("the Iran deal") or a body's ("the EU deal") stays its
    party; a capital in the name is the city ("the Moscow agreement"), not the state. So is the city before
    a meeting's noun its venue ("the Paris meeting of the Group of Six", "the Geneva talks", "the Venice
    summit"): no party, unlike a state ("the U.S.-Soviet talks") or a government's possessive ("Washington's
    talks")."""
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN":
        return False
    lemma = noun.lemma_.lower()
    if lemma not in ACCORD_NOUNS and (event_code(lemma, noun=True) or "")[:2] != _CONSULT_ROOT:
        return False
    name = _modifier_name(modifier)
    if lookup_capital(name) is not None:
        return True
    return lookup_country(name) is None and place_country(name).known


def _place_attacked(noun: Token, modifier: Token, code: str) -> bool:
    """ "Iran's Basra offensive", "the Iranian Basra offensive": a known place (no state) compounded on an
    owned act of force is where the owner strikes, as in "Iran's offensive against Basra"; it does not act.
    Unowned ("the Basra offensive") the place is the event's name, not a party."""
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN" or code[:2] not in DEED_ROOTS:
        return False
    name = _modifier_name(modifier)
    if lookup_country(name) is not None or not place_country(name).known:
        return False
    return bool(_owners_of_place_attacked(noun, modifier))


def _owners_of_place_attacked(noun: Token, place: Token) -> list[Token]:
    """The noun's possessor and a state's word before the place ("the Iranian Basra offensive", which the
    parser may hang on the place)."""
    return [
        c
        for c in (*noun.children, *place.children)
        if c.dep_ == "poss"
        or (c.dep_ in ("compound", "amod") and c.i < place.i and c.ent_type_ in ("GPE", "NORP"))
    ]


class EventNounReader:
    def __init__(self, resolver: ArgumentResolver, speaker_of: Speakers, modality_of: ClauseModality) -> None:
        self.args = resolver
        self.speaker_of = speaker_of
        self.modality_of = modality_of

    def _carried_through(self, noun: Token) -> str | None:
        """ "Acme is due to complete its takeover of Zenith next month", "will finalise its purchase of Y",
        "the merger is to be sealed in May": an event a verb carries through to its end
        (event_completing_verbs), as its object or its passive's subject, is no surer than that verb's
        clause, and keeps its modality (none for "completed its takeover of X": done). So does one a reduced
        clause of schedule puts to come: "the takeover, due (expected, set) to be completed next month"."""
        if noun.dep_ in ("dobj", "nsubjpass") and _completes(noun.head):
            return self.modality_of(noun.head)
        for schedule in noun.children:
            word = schedule.lemma_.lower()
            if schedule.dep_ not in ("amod", "acl") or word not in EVENT_SCHEDULE_PREDICATES:
                continue
            if schedule.pos_ == "VERB" and schedule.tag_ != "VBN":
                continue  # "the takeover, expecting to …" is no schedule of it
            if any(c.dep_ == "xcomp" and to_infinitive(c) and _completes(c) for c in schedule.children):
                return EVENT_SCHEDULE_PREDICATES[word]
        return None

    def read(self, noun: Token, sentence: Span | None = None) -> EventNoun | None:
        """The noun's event frame; None for a noun that is no event or names no party."""
        if noun.pos_ != "NOUN" or market_demand(noun):
            return None  # "falling demand from Japan for Taiwanese steel": a market's, no one's appeal
        lemma = event_words(noun)
        above = [noun.head.lower_] if noun.dep_ == "pobj" else []  # "fell under rebel control"
        code = event_code(lemma, noun=True) or next(
            (c for p in (*_preps(noun), *above) if (c := event_code(lemma, noun=True, particle_or_prep=p))),
            None,
        )
        asked = _asked_act(noun)
        if code is None and asked is not None:
            # "a call by the Senate to impose penalties": an appeal for an act, as "a call for" one is
            code = event_code(lemma, noun=True, particle_or_prep="for")
        by_parties = code is None
        if by_parties:
            # "Acme's takeover of Zenith": an event only with some parties (a company taken over)
            code = next((c for _, c in self._coded_targets(noun, lemma)), None)
        if code is None:
            return None
        agents = self._agents(noun, lemma, code)
        itself = self.args.entities.entity_id_at(noun.i)
        unowned = (
            not agents and itself is not None and itself.startswith("event:") and code[:2] in OCCURRENCE_ROOTS
        )
        if unowned:
            # "a bombing in Yemen", "protests against the government": an unowned event is its own
            # subject (a measure never is: "when the ban on X is lifted" names no doer of the ban)
            agents = [Ref(itself, noun.i, "name")]
        agent_ids = {a.entity_id for a in agents}
        reached = (
            [reach for reach, _ in self._coded_targets(noun, lemma)]
            if by_parties
            else self._reached(noun, lemma)
        )
        targets = [_named_as(reach, noun, lemma) for reach in reached if reach.ref.entity_id not in agent_ids]
        targets += [  # "Iran's Basra offensive": against Basra
            Reach(f"{lemma} against", r, (noun.i,))
            for c in noun.children
            if _place_attacked(noun, c, code)
            for r in self.args.resolve(c)
            if r.entity_id not in agent_ids
        ]
        if not unowned:  # "X found himself under attack": an attack by nobody named is no fact about X
            targets += self._patients(noun, lemma)
        if asked is not None:
            targets += [r for r in self._asked_targets(lemma, asked) if r.ref.entity_id not in agent_ids]
        pairs = [] if agents else self._between(noun)
        if not agents and not pairs:
            return None
        cancelled = called_off(noun)
        if not cancelled and unrealised(noun):
            return None
        if _withheld_hearsay(noun):
            return None  # "could not confirm reports of an attack on X": no one's word of it
        speakers, _ = self.speaker_of(noun.head if noun.head.pos_ in VERB_POS else noun)
        if _withheld_topic(noun):
            speakers = []  # "could not comment on the impact of X's moratorium": not his word
        its_own_doer = bool(agents) and all(a.entity_id.startswith("event:") for a in agents)
        doubted = _doubted(noun)  # "a meeting with X is unlikely": it may not take place
        return EventNoun(
            noun=noun,
            sentence=sentence if sentence is not None else noun.sent,
            lemma=lemma,
            code=code,
            agents=tuple(agents),
            pairs=tuple(pairs),
            targets=tuple(targets),
            speakers=tuple(speakers),
            negated=cancelled
            or _did_not_occur(noun)
            or doubted
            or _none_such(noun)
            or _denied_hearsay(noun)
            or _hearsay_called_false(noun)
            or _no_longer_under(noun),
            modality=POSSIBILITY_MODALITY
            if doubted
            else _hedged(noun) or _foretold(noun, its_own_doer) or self._carried_through(noun),
            preps=_prep_words(noun),
            prior_event=self.args.prior_event(noun),
        )

    def _asked_targets(self, lemma: str, act: Token) -> list[Reach]:
        """Whom the act an appeal noun asks for acts on, through the act's object: "a call by the Senate to
        impose penalties on Chilean goods" is the Senate's call for penalties on Chile ("call for impose
        penalty on goods of"), "a demand by X to expel Y's envoy" one on Y; the act stays in the phrase."""
        found: list[Reach] = []
        for obj in (c for c in act.children if c.dep_ == "dobj"):
            phrase = f"{lemma} for {act.lemma_.lower()}"
            refs = self.args.resolve(obj)
            found += [Reach(phrase, r, (act.i,)) for r in refs if r.via != "possessor"]
            if not refs:
                event = event_root(obj.lemma_.lower(), noun=True) is not None
                found += [
                    Reach(f"{phrase} {r.phrase}", r.ref, (act.i, *r.tokens))
                    for r in through_noun(self.args, obj, look_through=event)
                ]
        return found

    def _coded_targets(self, noun: Token, lemma: str) -> list[tuple[Reach, str]]:
        """The noun's targets whose words select a reading with a code, and that code."""
        out: list[tuple[Reach, str]] = []
        for reach in self._reached(noun, lemma):
            prep = reach.phrase.split()[-1]
            words = self.args.sense_words(noun.doc[reach.ref.token], reach.ref)
            # the noun's other prepositions select its sense too: "application for membership in X"
            # (the "in" of the looked-through "membership")
            others = {p: w for p, w in _prep_words(noun) if p != prep}
            sense = Sense(tuple(dict.fromkeys((prep, *others))), {**others, prep: words})
            code = event_code(lemma, noun=True, sense=sense)
            if code:
                out.append((reach, code))
        return out

    def _reached(self, noun: Token, lemma: str) -> list[Reach]:
        """The entities the noun reaches through its prepositions, and an owner the event is done to."""
        return [*through_noun(self.args, noun, look_through=True), *self._owner_patients(noun, lemma)]

    def _by_agents(self, noun: Token) -> list[Ref]:
        return [
            r for pobj in (*prep_objects(noun, {"by"}), *_by_on_verb(noun)) for r in self.args.resolve(pobj)
        ]

    def _owner_patients(self, noun: Token, lemma: str) -> list[Reach]:
        """ "Zenith's takeover by Acme", "Enron's prosecution by the state": with its agent after "by", the
        noun's possessor is the one it is done to, as in "the takeover of Zenith by Acme"."""
        if not self._by_agents(noun):
            return []
        phrase = _done_to(lemma)
        return [
            Reach(phrase, r, (noun.i,))
            for c in noun.children
            if c.dep_ == "poss"
            for r in self.args.resolve(c)
        ]

    def _agents(self, noun: Token, lemma: str, code: str) -> list[Ref]:
        """Who acts: the noun's possessor or modifier ("Russia's", "U.S."), its "by" ("an attack by X"),
        its "from" for acts of speech, pressure or aid ("pressure from the US"), its "of" for events
        without a patient ("the exit of Chile from the pact"), or the source of the clause it is the subject
        of ("condemnation came from X", "statements were made by X", "statements of condemnation came from
        X"). Not a modifier that measures a market ("a Canadian demand for MTBE": no demand by Canada)."""
        # a possessor is the patient when "by" names the agent ("Zenith's takeover by Acme")
        owner_deps = ENTITY_MODIFIER_DEPS - {"poss"} if self._by_agents(noun) else ENTITY_MODIFIER_DEPS
        refs = [
            r
            for c in noun.children
            if c.dep_ in owner_deps
            and not _named_after_a_place(noun, c)
            and not market_quantity(noun, c)
            and not _place_attacked(noun, c, code)
            for r in self.args.resolve(c)
            if not scope_of_parties_named(noun, r)  # "Spain's biggest merger, between A and B": A and B's
        ]
        refs += [  # "the Iranian Basra offensive": the state's word the parser hung on the place
            r
            for c in noun.children
            if _place_attacked(noun, c, code)
            for o in _owners_of_place_attacked(noun, c)
            if o.head.i == c.i
            for r in self.args.resolve(o)
        ]
        by = {"by"} | ({"from"} if code[:2] in FROM_AGENT_ROOTS else set())
        if noun.dep_ == "pobj" and noun.head.lower_ == "under":
            by.add("from")  # "found himself under attack from X": X attacks, whatever the root
        if lemma in INTRANSITIVE_EVENT_NOUNS and len(_preps(noun)) > 1:
            by.add("of")  # "the exit of Chile from the pact"; "the visit of the envoy" alone stays a patient
        refs += [r for pobj in (*prep_objects(noun, by), *_by_on_verb(noun)) for r in self.args.resolve(pobj)]
        refs += self._agents_on_patient(noun)
        holder = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            holder = noun.head.head  # "statements of condemnation came from X"
        verb = holder.head
        if holder.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in SOURCE_VERBS:
            refs += [r for pobj in prep_objects(verb, {"from", "by"}) for r in self.args.resolve(pobj)]
            refs += [
                r
                for c in verb.children
                if c.dep_ == "agent"
                for p in c.children
                for r in self.args.resolve(p)
            ]
        return list({r.entity_id: r for r in refs}.values())

    def _agents_on_patient(self, noun: Token) -> list[Ref]:
        """ "the expulsion of Peru's envoys by Chile": the parser hangs the by-agent on the one the event is
        done to. Only on a party (a thing's "by" is its maker: "the sale of paintings by X")."""
        return [
            r
            for patient in prep_objects(noun, {"of"})
            if self.args.resolve(patient)
            for pobj in prep_objects(patient, {"by"})
            for r in self.args.resolve(pobj)
        ]

    def _patients(self, noun: Token, lemma: str) -> list[Reach]:
        """To whom a clause says the event is done: "Peru is under Chilean sanctions", "the city fell under
        rebel control", "the airline has been the subject of U.S. sanctions"."""
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS and self._by_agents(noun):
            # "Zenith faces a hostile bid by Acme": the subject undergoes what the "by" agent does
            return self._subjects_of(noun.head, _done_to(lemma), noun)
        if noun.dep_ != "pobj":
            return []
        prep = noun.head
        clause: Token | None = None
        if prep.lower_ == "under" and prep.head.pos_ in VERB_POS and lemma not in ACCORD_NOUNS:
            # (not "under the agreement, X agreed to …": the accord is the act's frame, no deed done to X)
            clause = prep.head
        elif prep.lower_ == "of" and prep.head.lemma_.lower() in PATIENT_NOUNS and prep.head.dep_ == "attr":
            clause = prep.head.head
        if clause is None:
            return []
        phrase = f"{lemma} {prep.lower_}" if prep.lower_ == "under" else lemma
        return self._subjects_of(clause, phrase, noun)

    def _subjects_of(self, clause: Token, phrase: str, noun: Token) -> list[Reach]:
        return [
            Reach(phrase, r, (noun.i,))
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for r in self.args.resolve(c)
        ]

    def _between(self, noun: Token) -> list[tuple[Ref, Ref]]:
        """The parties of "a meeting between A and B", or of "the merger of A and B" for an event two do
        with each other; not the two ends of a route ("the trip between A and B")."""
        if noun.lemma_.lower() in ROUTE_NOUNS:
            return []
        preps = {"between", "of"} if reciprocal(noun.lemma_.lower()) else {"between"}
        doc = noun.doc
        parties: list[tuple[Ref, tuple[int, bool] | None, int | None]] = []  # each party, with its side
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    split = _first_side_apart(pobj)
                    # "between the EU and Mercosur members Peru and Chile": the name before the "and" in the
                    # member noun's modifiers is a side of its own
                    before = self._side_before_members(pobj)
                    # "a conflict between the two powers -- Peru and Chile --": a group that is all there is
                    # between names the sides themselves
                    sides_apart = bool(before) or any(c.dep_ == "conj" for c in pobj.children)
                    parties += [
                        (
                            r,
                            None if split is None else (pobj.i, r.token < split),
                            _listed_group(doc[r.token]) if sides_apart else None,
                        )
                        for r in self.args.resolve(pobj)
                    ]
                    parties += [(r, None, None) for r in before]
        pairs = [
            (a, b)
            for i, (a, side, group) in enumerate(parties)
            for b, other, other_group in parties[i + 1 :]
            # "between A and B, C and D": A is one side, the list the other; B and C do not meet
            if (side is None or side != other)
            # "between A and the big buyers - B, C and D": the members of one side do not meet each other
            and (group is None or group != other_group)
        ]
        pairs = [(a, b) for a, b in pairs if a.entity_id != b.entity_id]
        # "the meetings of the IMF and the World Bank": each body's own sessions, no meeting of the two
        return [] if _bodies_own_sessions(noun, pairs) else pairs

    def _side_before_members(self, pobj: Token) -> list[Ref]:
        """ "between the EU and Mercosur members Peru and Chile": the parser reads one phrase, the member
        noun (state_member_nouns) with the states in apposition and "the EU and Mercosur" as its modifier;
        the first of the coordinated modifiers is the other side (the last is the body the members are of)."""
        if pobj.lower_ not in STATE_MEMBER_NOUNS or not any(c.dep_ == "appos" for c in pobj.children):
            return []
        return [
            ref
            for first in pobj.children
            if first.dep_ in ("nmod", "compound") and first.i < pobj.i and first.ent_type_
            for body in first.children
            if body.dep_ == "conj" and body.i == pobj.i - 1
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)
            for ref in [self.args.resolve_one(first)]
            if ref is not None
        ]


def _listed_group(word: Token) -> int | None:
    """The group noun a listed member stands in apposition to ("Asia's big buyers - Peru, Chile and Bolivia",
    "Mercosur members Peru and Chile"): a common noun whose list names its members, or None for a name
    that is a side of its own. The members of one group are one side of talks, not sides to each other."""

    def group(noun: Token) -> bool:
        return noun.tag_ in ("NN", "NNS") and not noun.ent_type_

    if group(word) and any(c.dep_ == "appos" for c in word.children):
        return word.i  # the first member, read through the group noun itself
    while word.dep_ in ("conj", "appos") and word.head.i < word.i:
        if word.dep_ == "appos" and group(word.head):
            return word.head.i
        word = word.head
    return None


_CONSULT_ROOT = "04"  # CAMEO's root of meetings and talks


def _first_side_apart(pobj: Token) -> int | None:
    """ "Talks between the banks and Peru, Chile and Bolivia": where the first of three or more items is
    joined by "and" and the rest are listed with commas, the first is one side and the list the other;
    the index where the other side begins, or None for one plain list ("between Peru, Chile and Bolivia")."""
    items = sorted([pobj, *pobj.conjuncts], key=lambda t: t.i)
    if len(items) < 3 or items[0] != pobj:
        return None

    def joints(left: Token, right: Token) -> set[str]:
        # the "and"s and commas hung on the two items, between them
        return {
            t.lower_
            for t in pobj.doc[left.i + 1 : right.left_edge.i]
            if t.dep_ in ("cc", "punct") and t.head in (left, right)
        }

    first, second, third = (
        joints(items[0], items[1]),
        joints(items[1], items[2]),
        joints(items[-2], items[-1]),
    )
    if first != {"and"} or "," not in second or "and" not in third:
        return None
    return items[1].left_edge.i


def _bodies_own_sessions(noun: Token, pairs: list[tuple[Ref, Ref]]) -> bool:
    """ "The annual meetings of the IMF and the World Bank", "the Interim Committee meeting of the Fund and
    the Bank": a meeting "of" two bodies (not "between" them) is the sessions each holds, where states and
    firms, not the bodies, meet; a meeting "of" two states or people is one between them."""
    if not pairs or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return False
    if (event_code(noun.lemma_.lower(), noun=True) or "")[:2] != _CONSULT_ROOT:
        return False
    return all(r.entity_id.startswith("org:") for pair in pairs for r in pair)
