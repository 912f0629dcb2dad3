"""The extraction rules, one registered function each (see registry.py for the table they form).

Clause rules read a `Clause` (frame.py): its agents, patients and typed slots (objects.py). A clause
rule yields facts only; negation, modality, attribution, the CAMEO root and the confidence are the
frame's and the policy's business. Each rule has a test on a hand-built Doc in tests/test_rules.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from geokg.extract.clauses.arguments import (
    ACTOR_TYPES,
    STATES_OWN_NOUNS,
    Ref,
    gives_examples,
    goods_noun,
    heads_one_of_several_parties,
    proposed_words,
    rebuffed_claim,
)
from geokg.extract.clauses.frame import Clause, Words, opened_visit
from geokg.extract.clauses.nouns import EventNoun
from geokg.extract.clauses.objects import (
    STATEMENT_ROOT,
    Slot,
    coordinated_rest,
    economy_of_a_state,
    prep_objects,
    regarded_as,
)
from geokg.extract.clauses.quotes import (
    Voiced,
    document_content,
    hearer_content,
    named_speakers,
    office_holder,
    refused_possibility,
    reports,
    said_as,
    voiced_noun,
)
from geokg.extract.clauses.registry import Fact, rule
from geokg.extract.clauses.stance import (
    accusing,
    hoped_stance,
    judgement,
    mandated,
    natural_force,
    stance,
    verb_context,
    wrong_act,
)
from geokg.extract.clauses.subjects import extraposed_likelihood, extraposed_wish
from geokg.extract.clauses.voice import is_passive, modal_of, names_nobody
from geokg.extract.entities.coref import quote_groups
from geokg.extract.entities.countries import is_demonym
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.organisations import MEDIA_KIND, lookup_organisation
from geokg.extract.entities.roles import Role
from geokg.extract.entities.titles import is_role_word
from geokg.extract.lexicon.cameo import (
    RECEIVED_OF_AGENT_ROOTS,
    Sense,
    event_root,
    has_particle,
    sector_of,
    verb_roots,
)
from geokg.extract.lexicon.entity_words import VIOLENT_EVENT_NOUNS
from geokg.extract.lexicon.syntax import (
    COPULA_COMPLEMENT_DEPS,
    EXPLICIT_SUBJECT_DEPS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    PLACE_LABELS,
    QUOTATION_MARKS,
    SINGLE_QUOTES,
    TIME_LABELS,
    VERB_POS,
    first_conjunct,
    indefinite,
    relation_noun,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ACCORD_NOUNS,
    ACCORD_VERBS,
    ACT_PROSPECT_VERBS,
    ADDRESSEE_VERBS,
    ADMISSION_NOUNS,
    ADMISSION_VERBS,
    AGREEMENT_NOUNS,
    AIMED_MEASURE_NOUNS,
    APPEAL_NOUNS,
    BEHEST_PREPS,
    BELIEF_VERBS,
    BILL_NOUNS,
    BLAMING_SPEECH_VERBS,
    BODY_MEASURE_NOUNS,
    BROADCAST_OUTLET_NOUNS,
    CENSURED_MEASURE_NOUNS,
    CHARGING_SPEECH_VERBS,
    CIRCUMSTANCE_MARKS,
    COMMITMENT_NOUNS,
    COMPELLING_VERBS,
    CONCEDING_VERBS,
    CONDUCT_NOUNS,
    CONTENT_OBJECT_VERBS,
    CONTINUING_VERBS,
    COUNTERPART_NOUNS,
    DEATH_VERBS,
    DEED_VENUE_PREPS,
    DENIAL_VERBS,
    DOCUMENT_NOUNS,
    EMPTY_PREDICATES,
    EXAMPLE_PREPS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PRONOUNS,
    FOLLOWED_MEETING_NOUNS,
    FORECAST_MODALS,
    FORECAST_NOUNS,
    FRONTED_TOPIC_PREPS,
    GROUP_NOUNS,
    HAVING_VERBS,
    HEARER_PREPS,
    HEDGE_MODALS,
    HOLDING_VERBS,
    INCLUSION_VERBS,
    JOINT_ACT_WORDS,
    KEPT_FROM_PREPS,
    LIGHT_VERBS,
    LOSING_VERBS,
    MANDATIVE_VERBS,
    MEANS_PREPS,
    MEDIUM_NOUNS,
    MEETING_PARTICIPATION_VERBS,
    MEMBER_NOUNS,
    MENTION_NOUNS,
    MIND_HAVING_PHRASES,
    MONEY_FLOW_WORDS,
    MOTION_VERBS,
    NEGATED_PLACE_PREPS,
    NEWS_AGENCIES,
    OCCASION_TOPIC_PREPS,
    OPINION_VERBS,
    ORGAN_NOUNS,
    OUTLET_PREPS,
    OUTLET_SPEECH_PREPS,
    PART_OWNING_WORDS,
    PARTITIVE_WORDS,
    PASSAGE_VERBS,
    PEOPLE_NOUNS,
    PLACE_NOUNS,
    PLAIN_SPEECH_VERBS,
    PREDICTION_VERBS,
    PRESS_AUDIENCES,
    PRESS_OCCASION_NOUNS,
    PREVENTION_VERBS,
    PROMISE_MODALS,
    PROPOSAL_NOUNS,
    REACHING_IT_VERBS,
    REACTION_NOUNS,
    RECEIVING_VERBS,
    RECIPROCAL_OBJECTS,
    RECIPROCAL_PARTNER_PREPS,
    RECIPROCAL_PRONOUN_WORDS,
    RECIPROCAL_TOPIC_VERBS,
    RECIPROCAL_VERBS,
    REGARDING_VERBS,
    REPORTING_VERBS,
    REPRISAL_NOUNS,
    REQUEST_VERBS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    RESPONSIBILITY_VERBS,
    RESTRICTION_MEASURES,
    SHARE_NOUNS,
    SIDING_VERBS,
    SPEAKING_PARTICIPLES,
    SPEECH_ACT_NOUNS,
    SPEECH_NOUNS,
    SPEECH_OCCASION_NOUNS,
    SPEECH_TOPIC_PREPS,
    SPEECH_VENUE_PREPS,
    SPOKEN_FOR_PREPS,
    STAKE_AMOUNT_WORDS,
    STAKE_NOUNS,
    STAKE_VERBS,
    TIME_COUNT_NOUNS,
    TIME_ORDER_VERBS,
    TIME_PREPS,
    TIME_SPENDING_VERBS,
    TOPIC_TURNS,
    UNDER_VERBS,
    VENUE_HEADS,
    VENUE_NAMES,
    WARNING_VERBS,
)
from spacy.tokens import Doc, Span, Token


def _with_patients(clause: Clause) -> bool:
    """A passive clause that names to whom it is done: the passive rules read it, the others do not."""
    return clause.passive and bool(clause.patients)


def _light(clause: Clause) -> bool:
    """ "held talks with Iran", "launched attacks on Kurds": the event is in the noun, not the verb. A verb
    of keeping a measure in force is light only before an event noun ("maintained its suspension of
    payments to X", "kept sanctions on Y"); "kept troops in Z" is the verb's own act."""
    if clause.passive or clause.copula:
        return False
    if clause.lemma in LIGHT_VERBS:
        return True
    if clause.lemma not in CONTINUING_VERBS:
        return False
    objects = [c for c in clause.verb.children if c.dep_ == "dobj"]
    return any(event_root(o.lemma_.lower(), noun=True) is not None for o in objects)


# Verbs whose subject has or had a backing someone else gives or gave
HELD_VERBS = HOLDING_VERBS | LOSING_VERBS


def _asker(clause: Clause, slot: Slot) -> bool:
    """ "at Peru's request", "per the request of Peru": who asked (rule `behest`), not a place or target."""
    if slot.prep not in BEHEST_PREPS:
        return False  # "did not accede to X's demands": X is whom the answer is to
    if slot.kind == "prep_noun":
        return slot.noun in APPEAL_NOUNS
    return slot.ref.via == "possessor" and clause.sentence.doc[slot.ref.token].lemma_.lower() in APPEAL_NOUNS


def _demanding(clause: Clause) -> str | None:
    """The demand or appeal a verb of telling carries ("told Iraq that it must stop" demands, "that it
    should stop" urges), or None."""
    if clause.lemma not in ADDRESSEE_VERBS and not _by_letter(clause):
        return None
    doc = clause.sentence.doc
    asked = {
        stance(doc[slot.clause], slot.ref.entity_id in clause.agent_side)
        for slot in clause.slots_of("content")
        if slot.tail != "patient" and not slot.believed  # ("told Iraq he thought it should stop": a view)
    }
    return "demand" if "demand" in asked else "urge" if "urge" in asked else None


def _by_letter(clause: Clause) -> bool:
    """Is a word of reporting spoken to whom a letter goes ("sent Peru a letter saying that Peru must
    stop"): an addressee (object) that is none of the verb's own dependents, which frame.py gives it?"""
    own = {c.i for c in clause.verb.subtree}
    return reports(clause.verb) and any(s.ref.token not in own for s in clause.slots_of("object"))


def _rebuffed_claim(clause: Clause, fact: Fact) -> str:
    """ "dismissed Labour's suggestion that a Green vote would help the Tories", "rejected claims by the
    Greens that …": the claim (rebuffed_claim_nouns) a verb of rejection (CAMEO 12, "brush off" with its
    particle) or of denial rebuffs its maker over is what the rebuff is about; its "that" clause's words
    are the content of the edge to the maker. (The claimed deed itself is no fact of the article: it is
    told negated and attributed to the one who rebuffs it.) "" for any other object."""
    doc = clause.sentence.doc
    noun = doc[fact.object.token]
    if noun.dep_ == "poss":
        noun = noun.head
    if noun.head != clause.verb or not rebuffed_claim(noun):
        return ""
    said = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    return claim_words(said[0]) if said else ""


def _told(clause: Clause) -> str:
    """What a word spoken to someone says ("warned Peru that its ports would close", "sent Peru a letter
    warning that …"): the reported clause's words, the claim the edge to the addressee carries; "" when
    the verb reports nothing ("warned Peru", "met Peru")."""
    if clause.passive or not reports(clause.verb) or clause.lemma in BELIEF_VERBS | OPINION_VERBS:
        return ""  # "thinks X that …": a view held, no word spoken to X
    return _content_words(clause.verb)


# CAMEO roots of a request made in words: an appeal (02: "urged", "called on") and a demand (10: "pressed")
ASKED_ROOTS = frozenset({"02", "10"})


def _asked_to_do(clause: Clause, prep: str | None = None) -> str:
    """ "urged Peru to withdraw the tariff", "called on Peru to withdraw it", "told Peru to stop": what a
    request in words asks of the one it is made to is the "to" infinitive after it, its content as the
    reported clause is of "told Peru that …"; its words without the "to" ("withdraw the tariff"). `prep`
    is the preposition the one asked is reached through ("on", "to"). "" for a request made by no word
    ("forced Peru to withdraw it", "sentenced him to serve"), and for an infinitive with a subject of its
    own, which is reported content (rule speech_content)."""
    verb = clause.verb
    if clause.passive or clause.lemma not in REQUEST_VERBS:
        return ""
    # "called on Chile to act" with "on" read as the verb's particle and Chile as its object: the particle
    # makes the verb a request as the preposition does
    preps = (prep,) if prep else (None, *clause.particles)
    if not reports(verb) and not any(
        event_root(clause.lemma, particle_or_prep=p) in ASKED_ROOTS for p in preps
    ):
        return ""
    return _asked_infinitive(verb, "xcomp")


def _asked_of_noun(frame: EventNoun) -> str:
    """ "the request to 30 trading houses by the Ministry to restrict dollar sales", "U.S. pressure on Japan
    to open its markets": what a request, an appeal or a demand named by a noun asks of the one it is made
    to is the "to" infinitive hung on the noun, as "urged X to ..." carries it (_asked_to_do); "" for a
    noun of another act ("a plan to expand") or one with no such infinitive, or one with a subject of its
    own."""
    if frame.code[:2] not in ASKED_ROOTS:
        return ""
    return _asked_infinitive(frame.noun, "acl")


def _asked_infinitive(word: Token, dep: str) -> str:
    """The words of the one "to" infinitive after the word ("urged Peru to withdraw it": xcomp; "a request
    to X to restrict sales": acl) with no subject of its own; "" when there is none or more than one."""
    acts = [
        c
        for c in word.children
        if c.dep_ == dep
        and c.i > word.i
        and to_infinitive(c)
        and not any(s.dep_ in EXPLICIT_SUBJECT_DEPS for s in c.children)
    ]
    return _asked_words(acts[0]) if len(acts) == 1 else ""


def _asked_words(act: Token) -> str:
    """The words of an infinitive asked for, without its "to" and any aside set off after it."""
    words = claim_words(act)
    first = act.doc[act.left_edge.i]
    if first.lower_ == "to" and first.head.i == act.i:
        words = words[len(first.text) :].lstrip()  # the "to" marks the form, no word of what is asked
    aside = _set_off_aside(act)
    if aside is not None:
        # "urged him to move forward with the transition, such as X, who …": what the parser hung on the
        # infinitive after a comma or dash is an aside (often of the sentence's other words), not the ask
        words = words[: words.find(aside.text)].rstrip() if aside.text in words else words
    return words


# Marks that set an aside off inside a clause
ASIDE_MARKS = frozenset({",", "—", "–", "--"})


def _set_off_aside(act: Token) -> Token | None:
    """The first mark in an infinitive's words that opens an aside: a dash, or a comma before a phrase that
    is no further item of a list or coordination ("to revoke Article 50 — the treaty clause — …", "to
    investigate X and his son, Y", "to support it, which I endorse"); None when there is none."""
    for word in act.subtree:
        if word.i <= act.i or word.text not in ASIDE_MARKS or word.i + 1 >= len(act.doc):
            continue
        if word.text != ",":
            return word
        phrase = act.doc[word.i + 1]
        while phrase.head.i != phrase.i and phrase.head.left_edge.i == phrase.i and phrase.head.i != act.i:
            phrase = phrase.head
        if phrase.dep_ not in ("conj", "cc") and phrase.lower_ not in ("and", "or", "but"):
            return word
    return None


def _content_words(verb: Token) -> str:
    """The words of the one reported clause after a verb of speech that has a subject of its own, or ""."""
    contents = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(contents) > 1:
        # "I think they bribed him, the police told me that they would …": a clause before the verb that the
        # parser hung on it as well is another statement; what is told follows the verb
        contents = [c for c in contents if c.i > verb.i]
    if len(contents) != 1 or not any(c.dep_ in EXPLICIT_SUBJECT_DEPS for c in contents[0].children):
        return ""  # "told the Post recently gave them a copy": a clause without its subject is a misparse
    return claim_words(contents[0])


def _occasion_told(clause: Clause) -> str:
    """ "Speaking to the Asia Society, Yeutter said that it is in their interest …", "Addressing the forum,
    X said that …": a participle of speaking to an audience (words.tsv speaking_participles) set on a verb
    of speech is that same speech; the edge to its hearer carries what the main verb reports, as "told the
    Asia Society that …" does. "" for any other clause."""
    verb = clause.verb
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.lemma not in SPEAKING_PARTICIPLES:
        return ""
    main = verb.head
    if main.pos_ != "VERB" or not reports(main) or is_passive(main) or main.lemma_.lower() in BELIEF_VERBS:
        return ""
    return _content_words(main)


def _fronted_topic(clause: Clause, fact: Fact) -> bool:
    """ "For Taiwan, Yeutter said that it was difficult to defend the tariffs", "On Japan, X said …": a phrase
    of "for"/"on" (words.tsv fronted_topic_preps) set before the subject of a verb of speech and closed by
    a comma names the topic of what is said, no one the words are said for."""
    if fact.prep not in FRONTED_TOPIC_PREPS or not reports(clause.verb) or clause.passive:
        return False
    if fact.object.via != "name":
        return False  # "On the party's website, X wrote …": where the words were put, no topic
    return _fronted_phrase(clause, clause.sentence.doc[fact.object.token])


def _fronted_phrase(clause: Clause, noun: Token) -> bool:
    """Is the noun the object of a preposition on the clause's verb, set before its subject and closed by a
    comma ("On Japan, X said …")?"""
    doc = clause.sentence.doc
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.i != clause.verb.i or noun.dep_ != "pobj":
        return False
    subjects = [c for c in clause.verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    comma = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(doc) else None
    return bool(subjects) and prep.i < subjects[0].i and comma is not None and comma.text == ","


def _own_side_spoken_for(clause: Clause, fact: Fact) -> bool:
    """ "For the Greens, Ann Kerr said Britain should cut its aid", "For Acme, its spokesman said Chile had
    broken the contract": a body fronted after "for" (words.tsv spoken_for_preps) before a person's verb of
    speech, which is his own side (a political party, or a body the article's roles say he acts for), is
    whom he speaks for, no target of his claim; its edge is dropped where the reported clause names
    another actor (that actor's edge carries the claim). A state ("For Taiwan, X said …") or a body he has
    no tie to ("For Acme, analyst X said …") is the topic, and keeps its edge."""
    if fact.prep not in SPOKEN_FOR_PREPS or not fact.subject.entity_id.startswith("person:"):
        return False
    body = fact.object.entity_id
    if not body.startswith("org:"):
        return False
    doc = clause.sentence.doc
    noun = doc[fact.object.token]
    if body not in clause.served and not _party_named(noun):
        return False
    verb = clause.verb
    named = {t.i for t in noun.subtree}
    return any(
        t.ent_type_ in ACTOR_TYPES and t.i not in named
        for content in verb.children
        if content.dep_ == "ccomp" and content.i > verb.i
        for t in content.subtree
    )


def _party_named(noun: Token) -> bool:
    """Does the noun name a political party of the organisations table ("the Greens", "the Tories")?"""
    name = " ".join(t.text for t in noun.subtree if t.ent_type_ in ("ORG", "NORP"))
    found = lookup_organisation(name) if name else None
    return found is not None and found.kind == "party"


def _of_fronted_topic(clause: Clause, fact: Fact) -> bool:
    """ "On Peru's import potential, X said …", "On the Peruvian economy, X said …": the state is only the
    owner or modifier of the topic a fronted, comma-closed "on"/"for" phrase names before a verb of speech;
    saying "on" it relates the speaker to nothing (the words are about the topic, the topic is no party),
    so the plain "say on" edge to it is empty. An edge reached through the topic's noun ("said nothing on
    Peru's debt": "say on debt of") is another reading and stays."""
    if fact.prep not in FRONTED_TOPIC_PREPS or not reports(clause.verb) or clause.passive:
        return False
    if fact.predicate != f"{clause.phrase} {fact.prep}":
        return False
    word = clause.sentence.doc[fact.object.token]
    if fact.object.via == "name" and word.dep_ == "pobj":
        return False  # the topic itself ("On Japan, …"): `_fronted_topic`
    while word.dep_ in ("poss", "compound", "amod", "nmod") and word.head.i != word.i:
        word = word.head  # "Peru's import potential": the phrase's own noun
    return _fronted_phrase(clause, word)


def _having(clause: Clause, slot: Slot) -> bool:
    """ "Chile has two ports in Peru", "had cool relations in the region": where things are
    that someone has says nothing that anyone did (having talks with someone does). The event one has is
    its object: a noun after a preposition ("as near as they will ever have to a concession from X") is
    no event the subject had."""
    if clause.lemma not in HAVING_VERBS or not slot.noun:
        return False
    doc = clause.verb.doc
    # the noun the slot is reached through, read by relation_noun as the parse repair and content readings are
    related = any(relation_noun(doc[i]) for i in slot.tokens if doc[i].lemma_.lower() == slot.noun)
    if clause.negated and related and slot.prep == "with" and slot.kind != "prep_noun":
        # "has no relations with Y", "Y, with which X has no ties": a stated lack of them is listed
        # (`_lacked_relations`)
        return False
    return slot.kind == "prep_noun" or event_root(slot.noun, noun=True) is None


def _received(clause: Clause, slot: Slot) -> bool:
    """ "faced criticism from X", "drew condemnation from X", "came under attack from X", "won the backing
    of X": the subject suffers or gains the event its noun names, and X does it."""
    if clause.passive:
        return False
    if slot.kind == "prep" and slot.tail == "from" and _under(clause) is not None:
        return True  # "came under fire from X" (the parser hangs "from X" on the verb): no origin
    if not slot.noun or event_root(slot.noun, noun=True) is None:
        return False
    backing = event_root(slot.noun, noun=True) in RECEIVED_OF_AGENT_ROOTS
    if slot.tail.endswith(" of"):
        return slot.kind == "object_noun" and backing and clause.lemma in RECEIVING_VERBS | HELD_VERBS
    if not slot.tail.endswith(" from"):
        return False
    if slot.kind in ("object_noun", "prep"):  # the parser may hang "from X" on the verb
        return clause.lemma in RECEIVING_VERBS or (backing and clause.lemma in HELD_VERBS)
    return slot.kind == "prep_noun" and slot.prep == "under" and clause.lemma in UNDER_VERBS


def _under_event(clause: Clause, slot: Slot) -> bool:
    """ "came under attack", "found himself under attack": the event one is under is done to one, by someone
    else or nobody named; one does nothing to it."""
    return slot.prep == "under" and clause.lemma in UNDER_VERBS and slot.ref.entity_id.startswith("event:")


def _under(clause: Clause) -> Token | None:
    """ "came under attack", "is under pressure": the noun a subject is said to be under."""
    if clause.lemma not in UNDER_VERBS:
        return None
    nouns = [
        pobj
        for prep in clause.verb.children
        if prep.dep_ == "prep" and prep.lower_ == "under"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
    ]
    return nouns[0] if nouns else None


def _respective(clause: Clause, slots: list[Slot]) -> bool:
    """ "Chile and Peru expelled the envoys of Bolivia and Ecuador, respectively": as many agents as
    objects, paired in order."""
    return (
        len(clause.agents) > 1
        and len(clause.agents) == len(slots)
        and any(c.lower_ == "respectively" for c in clause.verb.children)
    )


def _inclusion(clause: Clause) -> bool:
    """ "includes", "comprising", "the bloc, grouping Peru and Chile", "which brings together Peru and
    Chile": a verb (with its adverb) that lists what a whole is made of (inclusion_verbs)."""
    if clause.lemma in INCLUSION_VERBS:
        return True
    verb = clause.verb
    return any(
        f"{clause.lemma} {c.lower_}" in INCLUSION_VERBS
        for c in verb.children
        if c.dep_ in ("prt", "advmod") and c.i > verb.i
    )


def _state_in_state(clause: Clause, agent: Ref, slot: Slot) -> bool:
    """ "Italy groups France": a state read as including another is a list of a group's members misread
    (the group's name taken from its list), no act of one state on another."""
    return (
        _inclusion(clause)
        and agent.entity_id.startswith("country:")
        and slot.ref.entity_id.startswith("country:")
    )


def _not_a_member(clause: Clause, slot: Slot) -> bool:
    """ "The alliance includes France" (or "consists of France", "includes the French government") lists a
    member. "The summit included the ministers of Belgium", "included Belgian officials" list people who
    hold Belgium's offices, not Belgium; "included talks with Spain" lists no member (inclusion_verbs)."""
    if not _inclusion(clause):
        return False
    if slot.noun or slot.kind not in ("object", "prep") or (slot.kind == "prep" and slot.tail != "of"):
        return True
    head = clause.sentence.doc[slot.ref.token]
    lemma = head.lemma_.lower()
    return slot.ref.via != "name" and (is_role_word(lemma) or lemma in PEOPLE_NOUNS)


def _from_its_list(clause: Clause, agent: Ref) -> bool:
    """ "members, which include Democrats and Republicans": a subject found among the members listed was
    read from the list itself (a misparse or a group noun resolved through its members), not the whole."""
    if not _inclusion(clause):
        return False
    return any(slot.ref.entity_id == agent.entity_id for slot in clause.slots)


def _generic_whole(clause: Clause, agent: Ref) -> bool:
    """ "Other firms that have sued in India include A and B", "critics include C": a plural common noun
    standing for a kind of actor lists examples of the kind; "firms include A" says nothing of A (the
    members do what the group's relative clause says, arguments.examples)."""
    if not _inclusion(clause) or clause.passive or agent.via != "name":
        return False
    word = clause.sentence.doc[agent.token]
    plural_noun = word.pos_ == "NOUN" and word.tag_ == "NNS"
    return plural_noun and word.dep_ == "nsubj" and word.head.i == clause.verb.i


def _inclusion_of_a_state(clause: Clause, agent: Ref, slot: Slot) -> bool:
    """ "NATO includes Turkey", "the pact, which comprises Bolivia and Peru", "the Community consists of
    France and Italy": a body of no state that includes a state (inclusion_verbs) has it as a member."""
    if not _inclusion(clause) or clause.passive or not slot.ref.entity_id.startswith("country:"):
        return False
    if not agent.entity_id.startswith("org:") or "@" in agent.entity_id:
        return False
    # no state's body: the states on the agents' side are the agents that are states themselves (a bloc's
    # members named in its relative clause may be read as agents beside it)
    states = {ref.entity_id for ref in clause.agents if ref.entity_id.startswith("country:")}
    return not any(side.startswith("country:") and side not in states for side in clause.agent_side)


def _agents_act_on(clause: Clause, *kinds: str) -> Iterator[Fact]:
    """Each agent does the clause's verb to each slot of these kinds (or to its own, "respectively")."""
    slots = [slot for slot in clause.slots_of(*kinds) if not _not_a_member(clause, slot)]
    paired = _respective(clause, slots)
    for n, agent in enumerate(clause.agents):
        if _from_its_list(clause, agent) or _generic_whole(clause, agent):
            continue
        for slot in [slots[n]] if paired else slots:
            if (
                _asker(clause, slot)
                or _having(clause, slot)
                or _received(clause, slot)
                or _under_event(clause, slot)
            ):
                continue  # the asker, what one has, and who does what one faces are not acted on
            if _state_in_state(clause, agent, slot):
                continue
            if _inclusion_of_a_state(clause, agent, slot):
                # "the alliance, which includes Ghana and Peru": Ghana is a member of it, no act of the body
                yield Fact(slot.ref, "member of", agent)
                continue
            yield Fact(
                agent,
                clause.predicate(slot.tail),
                slot.ref,
                clause.lemma,
                prep=slot.prep,
                fallback=slot.noun or None,
                tokens=clause.words_of(slot),
            )


@rule("svo", confidence=0.9, version=223)
def svo(clause: Clause) -> Iterator[Fact]:
    """The subject acts on the direct object: "Russia attacked Ukraine"."""
    if clause.copula or _with_patients(clause) or clause.complement is not None:
        return
    demand = _demanding(clause)
    told = _told(clause)
    asked = _asked_to_do(clause)
    voiced = voiced_noun(clause.verb)
    for fact in _agents_act_on(clause, "object"):
        if _press_audience(clause, fact.object):
            continue  # "told reporters that Chile had signed": the press hears it, no party to it
        if _own_word_voiced(clause, fact.object, voiced):
            continue  # "repeated the U.S. demand that Japan lift …": the side the speaker voices it for
        if _time_order(clause, fact):
            continue  # "the attack followed an appeal by X": when it happened, no fact about X
        if _measure_compels(clause, fact):
            continue  # "a bill that would force the president to retaliate": the bill is no actor
        if _denied_at_a_place(clause, fact):
            continue  # "does not make trucks in Brazil": not made there (rule prep), maybe made elsewhere
        if _counted_class(clause, fact):
            continue  # "he now has 45 firms using its screens": a count of clients, no relation to them
        if _had_in_mind(clause, fact):
            continue  # "she clearly had Japan in mind": what she thinks of or aims at, not held nor acted on
        if _doer_of_a_prospect(clause, fact):
            continue  # "refused to rule out Chilean retaliation": Chile would retaliate, nothing done to it
        if _origin_of_goods_sent(clause, fact):
            continue  # "will ship Spanish corn to Italy": where the corn is from, no party to the shipment
        # "Addressing the forum, X said that …"; "urged Peru to withdraw the tariff": what it is asked to do;
        # "dismissed X's claims that …": what X claimed
        told_here = told or _occasion_told(clause) or asked or _rebuffed_claim(clause, fact)
        fact = replace(fact, content=told_here) if told_here else fact
        if _passed_by_chamber(clause, fact):
            # "the bill passed the Senate": the Senate passed the bill
            fact = replace(fact, subject=fact.object, object=fact.subject)
        if _claim_of_a_gerund(clause, fact):
            # "MEXICO DENIES BRITISH BANKS BALKING AT DEAL": what is denied is a claim about the banks, a
            # statement (CAMEO 01, as "denied that the banks were balking"), no rejection of them
            fact = replace(fact, event="say")
        held = _held_as(clause)
        if held:
            # "counts X as its house bank", "sees Japan as a promising market": without what the thing is
            # held to be the verb says nothing of it; that stays in the predicate
            fact = replace(fact, predicate=f"{fact.predicate} as {held}")
        # "told his counterpart that Peru must stop": the telling is a demand made of the addressee
        yield replace(fact, event=demand) if demand else fact


def _held_as(clause: Clause) -> str:
    """The words of the common noun a verb of regarding (regarding_verbs) holds its object to be, after
    "as" on the verb, its object or its by-agent ("regards the U.S. as an ally" -> "ally", "counts X as its
    house bank" -> "house bank"), its adjectives and compounds with it; else ""."""
    verb = clause.verb
    if clause.lemma not in REGARDING_VERBS:
        return ""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"] + regarded_as(verb)
    nouns = [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if len(nouns) != 1:
        return ""
    noun = nouns[0]
    before = [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound")]
    return " ".join((*before, noun.lemma_.lower()))


def _claim_of_a_gerund(clause: Clause, fact: Fact) -> bool:
    """Is the direct object of a verb of denial (denial_verbs) the doer of a gerund right after it ("denies
    British banks balking at the deal", "denied Chilean troops crossing the border"), hung on the verb or on
    the object? The denial is of what the gerund says of the object, a claim about it. "denied Chile a
    visa", "denied Chile's request" (no gerund) and "denied Chile access, saying …" (a gerund of the
    subject's, set off) still reject."""
    if clause.lemma not in DENIAL_VERBS or clause.passive:
        return False
    doc = clause.sentence.doc
    word = doc[fact.object.token]
    if word.dep_ != "dobj" or word.head != clause.verb:
        return False
    gerunds = [c for c in clause.verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > word.i]
    gerunds += [c for c in word.children if c.dep_ == "acl" and c.i > word.i]
    return any(
        gerund.tag_ == "VBG"
        and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in gerund.children)
        and not any(t.is_punct for t in doc[word.i + 1 : gerund.i])
        for gerund in gerunds
    )


def _counted_class(clause: Clause, fact: Fact) -> bool:
    """Is the object of "have" a number of a class of actors, a plural common noun ("he now has 45 firms
    using its screens", "the bank has 12 foreign banks as clients"), and the subject no state? A person or
    a body that has so many of a kind counts its clients, staff or units: the class is no party it deals
    with. A state that has them ("Turkey has two million refugees", "Iran has 52 hostages") hosts or holds
    them, which stays; so does "have" with a name ("had one child, X")."""
    if clause.lemma != "have" or clause.passive or fact.subject.entity_id.startswith("country:"):
        return False
    word = clause.sentence.doc[fact.object.token]
    if word.pos_ != "NOUN" or word.tag_ != "NNS":
        return False
    return any(c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod")) for c in word.children)


def _had_in_mind(clause: Clause, fact: Fact) -> bool:
    """Is "have" with its object an idiom of thinking or aiming ("had Japan in mind", "has the title in
    sight", "has tariffs on its agenda", "has Peru's interests at heart")? The object is what the subject
    thinks of or aims at: nothing it holds, and no party it acts on. The parser hangs the closing phrase on
    the verb or on the object. A place after "in" is no idiom ("Iran has troops in Syria")."""
    if clause.lemma != "have" or clause.passive:
        return False
    word = clause.sentence.doc[fact.object.token]
    for prep in (*clause.verb.children, *word.children):
        if prep.dep_ != "prep":
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        if any(f"{prep.lower_} {noun.lemma_.lower()}" in MIND_HAVING_PHRASES for noun in nouns):
            return True
    return False


def _direct_object_verb(clause: Clause, fact: Fact) -> Token | None:
    """The verb the object's noun is the direct object (or passive subject) of, in the clause or its chain
    ("refused to rule out X": "rule"; "X was ruled out"), when the object is a common noun that stands for
    its owner or its user ("Chilean retaliation": a force's doer is its "organ", arguments.resolve_one);
    else None."""
    word = clause.sentence.doc[fact.object.token]
    if fact.object.via not in ("possessor", "organ") or word.pos_ != "NOUN":
        return None
    if word.dep_ not in ("dobj", "nsubjpass"):
        return None
    return word.head if word.head.pos_ in VERB_POS else None


def _doer_of_a_prospect(clause: Clause, fact: Fact) -> bool:
    """Is the object an act (a noun with an event code) that a verb only foresees, weighs, rules out or talks
    over (act_prospect_verbs), standing for the state or body named on it by its adjective, name or
    possessive ("refused to rule out Chilean retaliation", "expects U.S. sanctions", "the banks discussed
    Peru's suspension of payments")? That owner is the act's doer: the verb does nothing to it, nor talks
    with it. A verb of reaction ("condemned Chilean retaliation", "resisted U.S. pressure") answers the doer,
    who stays its object."""
    verb = _direct_object_verb(clause, fact)
    if verb is None:
        return False
    noun = clause.sentence.doc[fact.object.token]
    if event_root(noun.lemma_.lower(), noun=True) is None:
        return False  # "discussed Peru's debt": a thing of the owner's, kept as "discuss debt of"
    if noun.i in fact.tokens:
        # "declined to discuss Kenya's proposal": the relation names the owner's thing ("discuss proposal of",
        # objects.SlotReader._keep_noun), no act on the owner
        return False
    lemma = verb.lemma_.lower()
    phrasal = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    return any(words in ACT_PROSPECT_VERBS for words in (lemma, *phrasal))


def _origin_of_goods_sent(clause: Clause, fact: Fact) -> bool:
    """Is the object goods a word of sending or selling moves (money_flow_words: "ship", "sell", "export",
    "supply", "shipment"), standing for the state its adjective or name says they come from ("will ship
    Spanish corn to Italy", "sold U.S. wheat", "halted shipments of Spanish corn to Italy", "supplied Italy
    with Spanish flour")? Where goods come from is no party to their sale or shipment: the buyer, after "to"
    or as the object of "supply", is. After "of" on a noun of sending only with a buyer named: "suspended
    shipments of Nicaraguan coffee" is a measure against Nicaragua. A possessive owner ("sold Spain's
    corn") and a verb of buying ("bought Spanish corn": "buy corn of" Spain, the seller) keep the state."""
    noun = clause.sentence.doc[fact.object.token]
    if fact.object.via != "possessor" or noun.pos_ != "NOUN" or goods_noun(noun) is None:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return _goods_mover(noun) in MONEY_FLOW_WORDS


def _goods_mover(noun: Token) -> str:
    """The lemma of the word that moves the goods the noun names: the verb it is the direct object or
    passive subject of ("ship corn", "corn was shipped"), the noun it follows "of" on ("shipments of corn"),
    or the verb it follows "with" on ("supplied Italy with corn"); "" when none."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in VERB_POS:
        return noun.head.lemma_.lower()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return ""
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        # "halted shipments of Soviet grain to Cuba": the buyer is the party, the origin only says where the
        # grain is from; with no buyer named ("suspended shipments of Nicaraguan coffee") the halt is a
        # measure against the state the goods come from, which stays the party
        return prep.head.lemma_.lower() if _receiver_named(noun, prep.head) else ""
    if prep.lower_ == "with" and prep.head.pos_ in VERB_POS:
        return prep.head.lemma_.lower()
    return ""


def _receiver_named(goods: Token, mover: Token) -> bool:
    """Is a receiver of the goods a noun of sending moves named after "to", where the parser hangs it: on
    the goods ("shipments of grain to Cuba"), on the noun of sending, or on the verb that noun is the object
    of ("halted shipments of grain | to Cuba")?"""
    holders = [goods, mover]
    if mover.dep_ == "dobj" and mover.head.pos_ in VERB_POS:
        holders.append(mover.head)
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to" and any(c.dep_ == "pobj" for c in prep.children)
        for holder in holders
        for prep in holder.children
    )


def _denied_at_a_place(clause: Clause, fact: Fact) -> bool:
    """Is the clause denied with a place the verb takes through "in" or "at" ("Acme does not make trucks in
    Brazil", "Chile did not hold prisoners at the base")? The denial may be of the place only: the deed is
    not said to be undone elsewhere, so the edge to the object without the place would say more than the
    text; the edge with the place (rule prep) stays."""
    if not clause.negated:
        return False
    for prep in clause.verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in NEGATED_PLACE_PREPS:
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.ent_type_ in PLACE_LABELS and place.i != fact.object.token:
                return True
    return False


def _own_word_voiced(clause: Clause, ref: Ref, voiced: Voiced | None) -> bool:
    """Is the object the owner of a noun of speech the subject voices, and the subject's own side ("Lyng
    repeated the U.S. demand that Japan lift its quotas", "renewed Chile's threat that …")? The speaker
    says it for that side, which is no party the word is made to (rule speech_content reads whom it is
    made of); another's word echoed ("echoed Peru's warning") stays."""
    if voiced is None or ref.token != voiced.noun.i or ref.via != "possessor":
        return False
    return _own_side(clause, ref)


def _measure_compels(clause: Clause, fact: Fact) -> bool:
    """Is a bill, law or proposal the subject of a verb of compulsion ("a bill that would force the
    president to retaliate", "the measure compels Peru to pay")? A measure forces no one by itself: its
    makers and those who enact it do, and what it would make the object do is that object's deed (read
    under the verb's modality), no act of the measure on anyone."""
    if clause.lemma not in COMPELLING_VERBS:
        return False
    noun = clause.sentence.doc[fact.subject.token].lemma_.lower()
    return noun in BILL_NOUNS or noun in RESTRICTION_MEASURES or noun in PROPOSAL_NOUNS


def _time_order(clause: Clause, fact: Fact) -> bool:
    """Does a verb that only orders two things in time ("followed", "preceded": time_order_verbs) relate an
    act to the owner of another ("the attack followed Perez de Cuellar's appeal for restraint", "Iraq's raid
    preceded the U.S. visit"), or an event to what is no event? One act coming after another is a time
    relation, no fact between them or their doers; an event after an event stays ("the decree followed the
    bombings"). Nor does a list's order: "the leaders were Brazil and Chile, followed by Peru" ranks Peru
    after them, a participle hung on the names, with no act of Peru's."""
    if clause.lemma not in TIME_ORDER_VERBS:
        return False
    if clause.passive and clause.verb.dep_ == "acl" and clause.verb.tag_ == "VBN":
        return True
    if fact.subject.via == "possessor" or fact.object.via == "possessor":
        return True
    events = [ref.entity_id.startswith("event:") for ref in (fact.subject, fact.object)]
    return events[0] != events[1]


def _bare_violence(ref: Ref, doc: Doc) -> bool:
    """Is the argument a bare event of violence: an EVENT entity named by a violent event noun with no owner
    and no name ("the attack", "continued attacks"; entity_words violent_event_nouns)? Its doer, where the
    story says who, is resolved before (arguments.ArgumentResolver._deed_doer)."""
    return ref.entity_id.startswith("event:") and doc[ref.token].lemma_.lower() in VIOLENT_EVENT_NOUNS


def _passed_by_chamber(clause: Clause, fact: Fact) -> bool:
    """Does a bill pass or clear a legislature ("the bill passed the Senate", "the measure cleared the
    House")? News says so of the chamber that passed it: the chamber acts on the bill, not the reverse."""
    if clause.lemma not in PASSAGE_VERBS or clause.passive:
        return False
    doc = clause.sentence.doc
    bill, chamber = doc[fact.subject.token], doc[fact.object.token]
    chamber_sectors = (sector_of(chamber.lower_), sector_of(chamber.lemma_))
    return bill.lemma_.lower() in BILL_NOUNS and "LEG" in chamber_sectors


@rule("prep", confidence=0.8, version=203)
def prep(clause: Clause) -> Iterator[Fact]:
    """The subject acts through a preposition: "Kerry flew to Baghdad", "X is in talks with Y"."""
    if _with_patients(clause):
        return
    # "said to Peruvian officials that Lima would cut …": the word spoken to the hearer carries what it says,
    # as "told U.S. officials that …" does
    heard = hearer_content(clause.verb) if not clause.passive else None
    # "complained to Chilean officials that Peru was dumping …": the clause on the verb itself, likewise
    told = _told(clause) if heard is None else ""
    # "Speaking to the Asia Society, X said that …": the speech the participle names is the main verb's
    spoken_at = _occasion_told(clause)

    for fact in _agents_act_on(clause, "prep"):
        if _venue_of_deed(clause, fact):
            continue  # "destroyed an Iranian platform in the Gulf": destroy Iran; where adds nothing
        if _placed_like_its_subject(clause, fact):
            continue  # "traders in Peru received 300 tonnes, in Chile 200": other traders, not a place
        if _kept_out_of(clause, fact):
            continue  # "exclude Peruvian airlines from Lima": where they are kept from; their own edge stays
        if _origin_of_goods_sent(clause, fact):
            continue  # "supplied Italy with Spanish flour": where the flour is from, no party to the supply
        if clause.lemma in DEATH_VERBS and is_event(fact.object) and fact.prep in MEANS_PREPS:
            continue  # "died in the attack": the attack killed them (rule event_victim)
        if fact.predicate in EMPTY_PREDICATES:
            continue  # "are the nations with surpluses with X": the phrase the parser left says nothing
        if fact.prep is not None and fact.prep == _reached(clause):
            continue  # "have made it into Valdor": "it" is no thing made; the place is where one got to
        if _inside_judgement(clause, fact):
            continue  # "called the plan a breach of its obligations under the GATT": the breach's phrase
        if fact.prep != "under" and _under(clause) is not None:
            continue  # "came under fire in Congress": where one came under it (rule received reads who)
        if _spoken_in_event(clause, fact):
            continue  # "said in a referendum they wanted to stay French": when it was said, no party
        occasion = next((w for w in fact.predicate.split() if w in PRESS_OCCASION_NOUNS), "")
        if fact.prep in HEARER_PREPS and _press_audience(clause, fact.object, occasion):
            continue  # "said to journalists", "gave an interview to reporters": the press is no party
        if heard is not None and fact.prep == heard.head.head.lower_:
            fact = replace(fact, content=claim_words(heard))
        elif told and fact.prep in _TOLD_PREPS and fact.predicate == f"{clause.phrase} {fact.prep}":
            fact = replace(fact, content=told)
        elif spoken_at and fact.prep in _TOLD_PREPS:
            fact = replace(fact, content=spoken_at)
        elif (
            fact.prep in _ASKED_PREPS
            and fact.predicate == f"{clause.phrase} {fact.prep}"
            and (asked := _asked_to_do(clause, fact.prep))
        ):
            fact = replace(fact, content=asked)  # "called on Peru to withdraw the tariff": what it is asked
        elif told and _said_on_outlet(clause, fact):
            fact = replace(fact, content=told)  # "said on NBC television a pact would be hard": its words
        if _of_fronted_topic(clause, fact):
            continue  # "On Peru's import potential, X said …": the topic's owner, no one said "on"
        if told and _fronted_topic(clause, fact):
            if _own_side_spoken_for(clause, fact):
                continue  # "For the Greens, X said Britain …": whom he speaks for, no party to his claim
            # "For Taiwan, X said that …": X says it of Taiwan, a statement with its content
            fact = replace(fact, predicate=clause.lemma, event=clause.lemma, prep="", content=told)
        yield _stay(clause, fact)


# The event word of a stay in a place (cameo.tsv "stay in"): "spent two days in Ghana" is coded as
# "stayed in Ghana" is
STAY_EVENT = "stay"


def _stay(clause: Clause, fact: Fact) -> Fact:
    """ "X spent two days in Ghana", "will spend the weekend in Rome": a span of time (a date or time the
    tagger names, or a noun of one: time_count_nouns) spent (time_spending_verbs) in a place is a stay
    there, a visit: `visit` Ghana, coded as a stay (cameo.tsv "stay in": a visit where a state's official
    stays in another state, a location fact else), not a bare `spend in`. Only of a person or a state (its
    unnamed officials); money or effort spent there ("spent $5bn in Iraq") is no stay, and keeps its words."""
    if clause.lemma not in TIME_SPENDING_VERBS or clause.passive or fact.prep != "in":
        return fact
    place = fact.object.entity_id.startswith(("country:", "place:"))
    if fact.predicate != f"{clause.phrase} in" or not place:
        return fact
    if not fact.subject.entity_id.startswith(("person:", "country:")):
        return fact  # "troops spent two months in X", "the firm spent years in Y": a posting, no visit
    spans = [
        c
        for c in clause.verb.children
        if c.dep_ in ("dobj", "npadvmod")
        and (c.ent_type_ in TIME_LABELS or c.lemma_.lower() in TIME_COUNT_NOUNS)
        and c.pos_ == "NOUN"
    ]
    if not spans or any(c.dep_ == "dobj" and c not in spans for c in clause.verb.children):
        return fact
    words = clause.phrase.split()
    at = len(words) - 1 - words[::-1].index(clause.lemma) if clause.lemma in words else len(words) - 1
    predicate = " ".join([*words[:at], "visit", *words[at + 1 :]])
    return replace(fact, predicate=predicate, event=STAY_EVENT, fallback=None)



def _said_on_outlet(clause: Clause, fact: Fact) -> bool:
    """ "said on the NBC television network a fair pact would be hard", "said on Soviet television that …":
    a verb of speech "on" a broadcast outlet (words.tsv outlet_speech_preps; the phrase's noun a
    broadcast_outlet_noun, or a news outlet's name) speaks through it; the edge to the outlet carries what
    is reported, as "told NBC that …" does. A topic after "on" ("said on Iran that …") is none."""
    if fact.prep not in OUTLET_SPEECH_PREPS or fact.predicate != f"{clause.phrase} {fact.prep}":
        return False
    word = clause.sentence.doc[fact.object.token]
    while word.dep_ in ("compound", "amod", "nmod") and word.head.i != word.i:
        word = word.head  # "the NBC television network": the phrase's own noun
    if word.dep_ != "pobj" or word.head.head.i != clause.verb.i:
        return False
    if word.lemma_.lower() in BROADCAST_OUTLET_NOUNS:
        return True
    if word.ent_type_ != "ORG":
        return False
    outlet = lookup_organisation(" ".join(t.text for t in word.subtree if t.ent_type_ == "ORG"))
    return outlet is not None and outlet.kind == MEDIA_KIND  # "said on NBC that …"


def named_venue(doc: Doc, ref: Ref) -> bool:
    """Does the argument name a building where leaders meet or stay, whatever the tagger typed it: a name of
    two words or more ending in a venue's head ("the Elysee Palace", "the White House", "the Hilton Hotel";
    words.tsv venue_heads) or a known venue ("Camp David"; venue_names)? No state, person or group is one."""
    if not ref.entity_id.startswith(("org:", "place:")) or ref.via != "name":
        return False
    head = doc[ref.token]
    if head.pos_ != "PROPN":
        return False
    words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
    name = " ".join(w.lower_ for w in words)
    return name in VENUE_NAMES or (len(words) > 1 and head.lower_ in VENUE_HEADS)


def _venue_of_talks(clause: Clause, slot: Slot) -> bool:
    """ "held talks with Y at the Elysee Palace": a building leaders meet in after "at"/"in"/"on" of a light
    verb's noun, which another of its phrases already gives a partner ("with Y", "a visit to Y"), is where it
    was held, no party to it."""
    if slot.prep not in DEED_VENUE_PREPS or not named_venue(clause.sentence.doc, slot.ref):
        return False
    partners = (
        other.ref
        for other in clause.slots_of("object_noun", "prep_noun")
        if other is not slot and other.prep not in DEED_VENUE_PREPS
    )
    return _another_actor(partners, slot.ref)


def _another_actor(partners: Iterable[Ref], place: Ref) -> bool:
    """Does one of the act's partners name an actor other than the place itself?"""
    return any(o.entity_id.startswith(ACTOR_KINDS) and o.entity_id != place.entity_id for o in partners)


def _reached(clause: Clause) -> str | None:
    """ "have made it into Valdor", "made it to the final": the preposition right after the dummy "it" of a
    verb that with it says the subject got somewhere (reaching_it_verbs); None if the clause has none, or
    "it" is the object of a small clause ("made it clear to X that ...")."""
    verb = clause.verb
    if clause.passive or verb.lemma_.lower() not in REACHING_IT_VERBS:
        return None
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
        return None
    doc = verb.doc
    for it in verb.children:
        if it.dep_ == "dobj" and it.lower_ == "it" and it.i + 1 < len(doc):
            after = doc[it.i + 1]
            if after.dep_ == "prep" and after.head.i == verb.i:
                return after.lower_
    return None


def _placed_like_its_subject(clause: Clause, fact: Fact) -> bool:
    """ "Traders in Peru received 300 tonnes, in Chile 200 and in Bolivia 100": the subject is placed by the
    same preposition the verb's phrase has, which then lists the other places' share, the subject gapped."""
    if fact.prep is None or fact.predicate != f"{clause.phrase} {fact.prep}":
        return False
    subject = clause.verb.doc[fact.subject.token]
    return any(c.dep_ == "prep" and c.lower_ == fact.prep for c in subject.children)


def _kept_out_of(clause: Clause, fact: Fact) -> bool:
    """ "vowed to exclude Peruvian airlines from Lima", "barred Acme from the EU", "kept X out of the
    market": after a verb of prevention (prevention_verbs) with a direct object, the place, market or body
    after "from" (or "out of") is where the object is kept from, not whom the verb is done to; the object
    is (the edge to it stays). A gerund there ("barred Acme from bidding") is the act prevented, no noun.
    Only where the object is a party the clause relates (an object slot): goods kept out ("banned beef
    from Peru") come from the state after "from", whom the ban is aimed at."""
    if fact.prep not in KEPT_FROM_PREPS or clause.lemma not in PREVENTION_VERBS:
        return False
    verb = clause.verb
    if not any(c.dep_ == "dobj" for c in verb.children) or not clause.slots_of("object"):
        return False
    word = verb.doc[fact.object.token]
    while word.dep_ != "pobj" and word.head.i != word.i and word.i in {t.i for t in verb.subtree}:
        word = word.head  # a name's head word, or the possessor of the thing kept from
    prep = word.head
    if prep.dep_ == "prep" and prep.head.dep_ == "prep" and prep.head.lower_ == "out":
        prep = prep.head  # "out of the market": the parser hangs "of" on "out"
    return word.dep_ == "pobj" and prep.head.i == verb.i


# The prepositions of whom a word is spoken to ("said to X that …", "complained to X that …").
_TOLD_PREPS = frozenset({"to"})
# The prepositions of whom a request is made ("called on Peru to …", "appealed to Peru to …"); "asked in a
# call" names where, no one asked
_ASKED_PREPS = frozenset({"on", "upon", "to"})

# The prepositions of an occasion a word is said in ("said in a referendum", "said during the campaign")
_SPOKEN_IN_PREPS = frozenset({"in", "during"})


def _spoken_in_event(clause: Clause, fact: Fact) -> bool:
    """ "Most Corsicans said in a referendum they wanted to stay French", "said during the campaign that …":
    an event a verb of speech is said in is when and how the words were said, no party to them."""
    return (
        fact.prep in _SPOKEN_IN_PREPS
        and is_event(fact.object)
        and fact.predicate == f"{clause.phrase} {fact.prep}"
        and _speaks(clause)
    )


# Kinds of entity that act: a deed done to one of them has an actor object
ACTOR_KINDS = ("country:", "org:", "person:", "group:")


def _venue_of_deed(clause: Clause, fact: Fact) -> bool:
    """ "U.S. warships destroyed an Iranian platform in the Gulf", "Bentsen met Japanese officials on
    Capitol Hill": a deed or a meeting whose verb already acts on an actor in its clause (destroy Iran, meet
    Japan), directly or with a partner ("talked with U.S. officials in Washington"), is placed by
    "in"/"at"/"on" (deed_venue_preps); the place adds nothing an analyst wants. A verb with no actor object
    keeps its place ("shelled a platform in the Gulf", "the ministers met in Geneva"), and so do a state
    ("bombed guerrillas in Lebanon"), a verb of going ("visited troops in Okinawa", "landed marines on the
    island": motion_verbs), the topic of a word ("briefed senators on Kashmir"), an event's place ("the
    bombing killed X in Hodeida") and a verb with no code in any reading. A building leaders meet in,
    however typed ("met Y at the Elysee Palace", "at Camp David": `named_venue`), is a place too."""
    if clause.passive or fact.prep not in DEED_VENUE_PREPS or fact.object.via != "name":
        return False
    if is_event(fact.subject):
        return False  # "the bombing killed X in Hodeida": where the event happened, a fact of its own
    if not fact.object.entity_id.startswith("place:") and not named_venue(clause.sentence.doc, fact.object):
        return False  # "bombed guerrillas in Lebanon": a state reached on its soil stays a party
    if fact.predicate != f"{clause.phrase} {fact.prep}":
        return False  # "stood in talks in X": reached through a noun
    roots = verb_roots(clause.lemma)  # "sank a Chilean frigate": a deed by forces, as the verb's readings say
    if not roots or clause.lemma in MOTION_VERBS:
        return False  # a verb that is no deed, or one of going ("arrived in Lima"), keeps its place
    if fact.prep in SPEECH_TOPIC_PREPS and (STATEMENT_ROOT in roots or clause.lemma in REPORTING_VERBS):
        return False  # "briefed senators on Kashmir": what was said is about the place
    partners = (
        slot.ref
        for slot in clause.slots
        if slot.kind == "object" or (slot.kind == "prep" and slot.prep in RECIPROCAL_PARTNER_PREPS)
    )
    return _another_actor(partners, fact.object)


def _press_audience(clause: Clause, hearer: Ref, occasion: str = "") -> bool:
    """Is whom a verb of speech addresses the press as its audience ("told reporters", "said to
    journalists", "spoke to the media": press_audiences), or the press an occasion of speech is held with
    ("gave an interview to reporters", "a news conference with journalists": press_occasion_nouns)? It is no
    party of the statement, and an edge to it adds nothing; nor is a news agency told the words ("told
    Reuters that …": `_news_agency`). A paper or broadcaster named ("told the Lima Gazette") or an
    official ("told the Senate") stays, and so do journalists told to do something ("told journalists to
    leave"): an order to them."""
    if not _speaks(clause) and occasion not in PRESS_OCCASION_NOUNS:
        return False
    kind, _, name = hearer.entity_id.partition(":")
    press = kind == "group" and name.partition("@")[0] in PRESS_AUDIENCES
    if not press and not _news_agency(clause.sentence.doc[hearer.token]):
        return False
    return not any(c.dep_ == "xcomp" for c in clause.verb.children)


def _news_agency(word: Token) -> bool:
    """Is the word a news agency's name ("Reuters", "the Associated Press": words.tsv news_agencies), or a
    name the text calls one ("the Kuwaiti news agency KUNA")? A wire
    told the words gathers them as reporters do; the words are what it reports, it is no party to them."""
    if word.ent_type_ != "ORG":
        return False
    start = min(t.i for t in word.subtree if t.ent_type_ == "ORG")
    if start >= 2 and [t.lower_ for t in word.doc[start - 2 : start]] == ["news", "agency"]:
        return True  # "told the Kuwaiti news agency KUNA": the text says what it is
    outlet = lookup_organisation(" ".join(t.text for t in word.subtree if t.ent_type_ == "ORG"))
    return outlet is not None and outlet.name.lower() in NEWS_AGENCIES


@rule("received", confidence=0.65, version=12)
def received(clause: Clause) -> Iterator[Fact]:
    """Who does to the subject what it faces: "Chile faced criticism from Peru" -> Peru criticise Chile.
    What the subject failed (refused) to win never came: "Chile failed to win concessions from Peru" ->
    Peru NOT concession Chile."""
    for slot in clause.slots_of("object_noun", "prep_noun", "prep"):
        if not _received(clause, slot):
            continue
        noun, words = _received_noun(clause, slot)
        if event_root(noun, noun=True) is None:
            continue  # "came under fire from X": criticism or shots, the noun does not say
        denied = clause.refusal is not None  # the refusal is the subject's; the agent's event is denied
        for agent in clause.agents:
            if not _backs_nothing(clause, agent):
                yield Fact(slot.ref, noun, agent, noun, noun=True, tokens=words, denied=denied)


def _backs_nothing(clause: Clause, agent: Ref) -> bool:
    """ "lost the support of X": X backs the subject no more; "the bill has the support of X": a bill or
    plan is no actor, and what it has is said of it, not done to it."""
    return clause.lemma in LOSING_VERBS or (clause.lemma in HOLDING_VERBS and is_event(agent))


def _received_noun(clause: Clause, slot: Slot) -> tuple[str, tuple[int, ...]]:
    """The event noun a received slot is reached through, and its word; for "from X" on the verb, the noun
    the subject came under."""
    under = _under(clause)
    if not slot.noun and under is not None:
        return under.lemma_.lower(), (under.i,)
    return slot.noun, tuple(t for t in slot.tokens if clause.sentence.doc[t].lemma_.lower() == slot.noun)[:1]


@rule("noun_prep", confidence=0.7, version=155)
def noun_prep(clause: Clause) -> Iterator[Fact]:
    """The subject reaches an entity through a noun: "France sent aid to Mali", "spoke of threats to Iran"."""
    if _with_patients(clause) or _light(clause):
        return
    # "ARGENTINA SAYS NEAR ACCORD WITH BANKS": what a verb of saying takes as its object is what is said,
    # whose words name no party the saying reaches
    said = clause.copula or clause.lemma in CONTENT_OBJECT_VERBS
    # "said in a letter to Kenyan officials that Ghana would retaliate": the word sent to the document's
    # addressee carries what it says, as "said to Kenyan officials that …" does (rule prep)
    told = _told(clause) or _document_told(clause)
    # (an active clause only: a real passive's refusal is passive_prep's)
    admitting = None if clause.passive else _admission_noun_of(clause)
    for fact in _agents_act_on(clause, *(("prep_noun",) if said else ("object_noun", "prep_noun"))):
        admission = _lost_passive_of_admission(clause, admitting, fact) if admitting is not None else None
        if admission is not None:
            # "six Kurds refused entry to Peru": Peru refused them, read off the subject as in a passive
            yield _admission_by_a_state(clause, admission, fact.object, fact.subject)
            continue
        if _stake_object(clause, fact):
            continue  # "keeps a 10 pct stake in Y": rule `stake`
        if _occasion_topic_or_venue(clause, fact):
            continue  # "told a forum on U.S. trade", "told a press conference in Rio": no one told there
        if _inside_judgement(clause, fact):
            continue  # "called the plan a breach of X's obligations": what the plan is said to be
        if _one_of_several_parties(clause, fact):
            continue  # "heading one of three U.S. trade delegations": a party of its people, not the state
        if _others_act_in_time(clause, fact):
            continue  # "will follow visits to Y by British ministers": the ministers' visits, not his
        if _event_between_others_in_topic(clause, fact):
            continue  # "focused on the talks between Peru and Chile": their talks (rule event_noun), not his
        if _origin_of_goods_sent(clause, fact):
            continue  # "halted shipments of Spanish corn": where the corn is from, no party to the halt
        if told and _addressed_document(fact):
            fact = replace(fact, content=told)
        yield _in_outlet(clause, _share_as_stake(clause, fact))


def _share_as_stake(clause: Clause, fact: Fact) -> Fact:
    """ "Acme bought 45% of Zeta", "sold 12 pct of Zeta": a counted share of a firm (share_nouns with a
    number: "%", "pct", "percent") that a verb of trade takes as its object is a stake in the firm, as "bought
    a 45% stake in Zeta" is: `buy stake in`, not `buy % of` (the number is dropped, the sign kept). The whole
    of it ("bought 100% of Zeta") is the firm itself: `buy` Zeta. A share of a state's thing ("35 pct of
    Brazil's debt") or of no firm is left as it is."""
    share = fact.fallback or ""
    if share not in SHARE_NOUNS or share in STAKE_NOUNS or fact.predicate != clause.predicate(f"{share} of"):
        return fact
    if fact.object.via == "possessor" or not fact.object.entity_id.startswith("org:"):
        return fact
    doc = clause.sentence.doc
    noun = next((doc[t] for t in fact.tokens if doc[t].lemma_.lower() == share), None)
    if noun is None or noun.dep_ != "dobj" or noun.head != clause.verb:
        return fact
    numbers = [c for c in noun.children if c.dep_ == "nummod" or c.like_num]
    if not numbers:
        return fact  # "bought most of Zeta", "half of it": no counted share
    words = tuple(t for t in fact.tokens if t != noun.i and doc[t].lower_ != "of")
    if all(c.lower_ in ("100", "100.0") for c in numbers):
        return replace(fact, predicate=clause.predicate(""), prep=None, fallback=None, tokens=words)
    return replace(fact, predicate=clause.predicate("stake in"), prep="in", fallback="stake", tokens=words)


def _admission_to_a_state(clause: Clause, noun: int, place: Ref) -> bool:
    """Is the clause a state's letting in or keeping out ("refused entry to Peru", "granted asylum in
    Chile"): does the noun of admission the clause's verb of admission takes (`noun`, from
    _admission_noun_of) reach a state through "to", "into" or "in"? Only the state whose border it is admits
    or refuses."""
    doc = clause.sentence.doc
    prep = doc[place.token].head
    return (
        prep.lower_ in ("to", "into", "in")
        # "entry to Peru", or the place hung on the verb: "were granted asylum in Chile"
        and prep.head.i in (noun, clause.verb.i)
        and place.entity_id.startswith("country:")
    )


def _admission_noun_of(clause: Clause) -> int | None:
    """The noun of admission (admission_nouns) a verb of admission (admission_verbs) takes as its object
    ("refused entry"), or None."""
    if clause.lemma not in ADMISSION_VERBS:
        return None
    for child in clause.verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ADMISSION_NOUNS:
            return child.i
    return None


def _lost_passive_of_admission(clause: Clause, noun: int, fact: Fact) -> int | None:
    """ "took up the case of six Kurds refused entry to Peru", "Two reporters, denied visas to Chile, flew
    home": the parser read a reduced passive as an active verb with the people as its subject. People do
    not let anyone into a state; where the subject is people (a group or persons, or ones counted by a
    number: "six Kurds") and the active clause's noun of admission (`noun`) reaches a state, the subject is
    the one refused. The noun of admission ("entry"), or None."""
    if not _admission_to_a_state(clause, noun, fact.object):
        return None
    if fact.subject.entity_id.startswith("country:"):
        return None
    doc = clause.sentence.doc
    counted = any(c.dep_ == "nummod" for c in doc[fact.subject.token].children)
    return noun if counted or fact.subject.entity_id.startswith(("group:", "person:")) else None


def _admission_by_a_state(clause: Clause, admission: int, state: Ref, person: Ref) -> Fact:
    """The state lets the person in or keeps them out through the noun of admission at `admission`: "X were
    refused entry to Peru" is Peru refuse entry to X."""
    noun = clause.sentence.doc[admission]
    return Fact(
        state,
        f"{clause.lemma} {noun.lemma_.lower()} to",
        person,
        clause.lemma,
        prep="to",
        fallback=noun.lemma_.lower(),
        tokens=(clause.verb.i, noun.i),
    )


def _document_told(clause: Clause) -> str:
    """ "said in a statement to X that …": the words of the content clause the parser hung on the document
    a verb of speech speaks in (quotes.document_content), or ""."""
    if clause.passive:
        return ""
    content = document_content(clause.verb)
    return claim_words(content) if content is not None else ""


def _addressed_document(fact: Fact) -> bool:
    """Does the fact reach whom a document of speech is sent or spoken to ("say in letter to", "say in
    message to"): a noun of speech (speech_nouns) with its hearer's preposition last?"""
    return fact.fallback in SPEECH_NOUNS and fact.predicate.rsplit(" ", 1)[-1] in _TOLD_PREPS


def _others_act_in_time(clause: Clause, fact: Fact) -> bool:
    """ "King X will follow visits to Y by British ministers", "preceded Chile's talks with Peru": a verb
    that only orders two things in time (time_order_verbs) reaches no one through an act whose doer the text
    names after "by" or as its owner; the act is that doer's (rule event_noun), the subject only comes after
    or before it."""
    if clause.lemma not in TIME_ORDER_VERBS:
        return False
    doc = clause.sentence.doc
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
        for t in fact.tokens
        if doc[t].dep_ == "dobj" and doc[t].head == clause.verb
        for c in doc[t].children
    )


def _event_between_others_in_topic(clause: Clause, fact: Fact) -> bool:
    """ "X focused on (commented on, referred to) the talks between Peru and Chile": a verb and preposition
    that only name a speaker's topic (words.tsv topic_turns) reach no one through an event whose own parties
    "between" names; the event is theirs (rule event_noun: Peru meet with Chile), the speaker only spoke of
    it. Not where a party is the speaker's own ("spoke of the collaboration between his agency and Acme"):
    he speaks of his side's act."""
    doc = clause.sentence.doc
    party = doc[fact.object.token]
    while party.dep_ == "conj":
        party = party.head  # "between Peru and Chile": Chile is Peru's conjunct
    between = party.head
    if party.dep_ != "pobj" or between.lower_ != "between" or between.dep_ != "prep":
        return False
    if any(t.tag_ == "PRP$" or t.pos_ == "PRON" for t in between.subtree):
        return False  # "between his agency and Acme", "between us and Peru": the speaker's side is a party
    topic = between.head.head  # the preposition the event noun hangs on
    return (
        topic.dep_ == "prep" and topic.head == clause.verb and f"{clause.lemma} {topic.lower_}" in TOPIC_TURNS
    )


def _one_of_several_parties(clause: Clause, fact: Fact) -> bool:
    """ "X, heading one of three U.S. producer delegations": the one of several delegations of a state's
    people that the subject heads (arguments.heads_one_of_several_parties) reaches no state through "of"."""
    doc = clause.sentence.doc
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(heads_one_of_several_parties(doc[t], p) for p in prep.children if p.dep_ == "pobj")
        for t in fact.tokens
        for prep in (doc[t].children if doc[t].dep_ == "dobj" else ())
    )


def _inside_judgement(clause: Clause, fact: Fact) -> bool:
    """ "called the proposal a breach of the EC's obligations under the GATT", "termed it a violation of
    Iran's rights": the noun an evaluative verb calls its object is what the speaker says the object is,
    no event of the speaker's; whom it names (the owner of the obligations, the accord broken) is no party
    the calling reaches (rule evaluation reads the judgement). The parser may hang the noun's own phrase on
    the verb right after it ("under the GATT"): that phrase is the noun's too, unless it is where or to
    whom the words were said ("in a letter", "to reporters")."""
    complement = clause.complement
    if complement is None or complement.pos_ not in NOUN_POS:
        return False
    doc = clause.sentence.doc
    span = range(complement.left_edge.i, complement.right_edge.i + 1)
    if any(t in span for t in fact.tokens if t != clause.verb.i):
        return True
    if not fact.prep or fact.prep in SPEECH_VENUE_PREPS | HEARER_PREPS:
        return False
    return any(
        doc[t].dep_ == "prep" and doc[t].head == clause.verb and t == complement.right_edge.i + 1
        for t in fact.tokens
    )


def _occasion_topic_or_venue(clause: Clause, fact: Fact) -> bool:
    """ "told a forum on U.S.-Soviet trade", "told a press conference in Rio", "spoke at a seminar on Japan":
    what a verb of speech reaches through the occasion it addresses (speech_occasion_nouns) by the occasion's
    topic (occasion_topic_preps) or its place (speech_venue_preps) is told nothing. Its hearers stay ("told
    a meeting of OPEC ministers"), and so does the body told ("told the Senate committee": no occasion)."""
    if fact.fallback not in SPEECH_OCCASION_NOUNS:
        return False
    if fact.prep not in OCCASION_TOPIC_PREPS | SPEECH_VENUE_PREPS:
        return False
    return _speaks(clause)


def _speaks(clause: Clause) -> bool:
    """Is the clause's verb one of speech: reporting ("said", "pointed out"), addressing ("told") or plain
    speaking ("spoke", "talked")?"""
    return reports(clause.verb) or clause.lemma in ADDRESSEE_VERBS | PLAIN_SPEECH_VERBS


def _in_outlet(clause: Clause, fact: Fact) -> Fact:
    """ "wrote in an article in Nature", "argued in a column for the Times": the piece is only where the
    words appeared; they were written in the outlet (as "wrote in the Times"), which is the fact's object."""
    piece, _, outlet_prep = fact.predicate.removeprefix(clause.phrase).strip().rpartition(" ")
    if not fact.prep or fact.fallback not in MEDIUM_NOUNS or outlet_prep not in OUTLET_PREPS:
        return fact
    if piece.split()[:1] != [fact.prep] or clause.copula:
        return fact  # "published an article in Nature" names what was published, not where
    words = tuple(t for t in fact.tokens if clause.sentence.doc[t].lower_ == fact.prep)[:1]
    return replace(fact, predicate=clause.predicate(fact.prep), fallback=None, tokens=(clause.verb.i, *words))


@rule("light_verb", confidence=0.7, version=67)
def light_verb(clause: Clause) -> Iterator[Fact]:
    """A light verb's noun is the event: "Iraq held talks with Iran" is a meeting (CAMEO from "talk")."""
    if not _light(clause):
        return
    for agent in clause.agents:
        for slot in clause.slots_of("object_noun", "prep_noun"):
            if _having(clause, slot) or _received(clause, slot):
                continue  # "has the support of X" is X's backing (rule `received`)
            if _stake_noun(clause, slot) is not None:
                continue  # "holds a 26 pct stake in Y": rule `stake`
            if _venue_of_talks(clause, slot):
                continue  # "held talks with Y at the Elysee Palace": where, not with whom
            if clause.negated and slot.noun in MENTION_NOUNS and slot.ref.via == "possessor":
                continue  # "made no mention of Y's rates": a mention denied relates X to nothing of Y's
            predicate = clause.predicate(slot.tail)
            event = _named_event(clause, slot)
            yield Fact(
                agent, predicate, slot.ref, event, noun=True, prep=slot.prep, tokens=clause.words_of(slot)
            )


def _named_event(clause: Clause, slot: Slot) -> str:
    """The event a light verb's noun names with the word right before it, where cameo.tsv lists the two as
    one noun: "took military action against X" is force, "paid a courtesy call on Y" a visit, where "took
    action against X" (a suit, a trade measure) and "a call on Y" (an appeal) are not. Reached through a
    response ("took defensive action in response to X's attack", "in retaliation for"), the deed is the
    verb's own noun, done against X. Else the noun."""
    doc = clause.sentence.doc
    nouns = [doc[i] for i in slot.tokens if doc[i].lemma_.lower() == slot.noun]
    if slot.kind == "prep_noun" and slot.noun in RESPONSE_NOUNS | REPRISAL_NOUNS:
        nouns = [doc[i] for i in slot.tokens if doc[i].dep_ == "dobj" and doc[i].head == clause.verb]
    elif slot.kind == "prep_noun" and event_root(slot.noun, noun=True) is None:
        # "put tariffs on imports of X": the noun the party is reached through names no act, the verb's
        # object does (the tariffs put on them)
        objects = [c for c in clause.verb.children if c.dep_ == "dobj"]
        if objects and event_root(lemma := objects[0].lemma_.lower(), noun=True) is not None:
            return lemma
    for noun in nouns:
        lemma = noun.lemma_.lower()
        before = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1]
        if not before:
            continue
        words = f"{before[0].lower_} {lemma}"
        # a pair may name an event only in a sentence about something ("retaliatory measures" over trade)
        if event_root(words, noun=True, sense=Sense(context=verb_context(clause.verb, words))) is not None:
            return words
    return slot.noun


@rule("stake", confidence=0.8, version=7)
def stake(clause: Clause) -> Iterator[Fact]:
    """A share of a firm held is one standing fact, `X -hold stake in-> Y`, no event: "X owns 60 pct of Y",
    "has a 30 pct interest in Y", "holds a stake in Y", "which owns 40 pct of Y", "Y is 60 pct (majority-)
    owned by X", "Y, which is majority-owned by X", "Y, majority-owned by X, said", "Y, 60 pct owned by X,
    said". Only a firm or a body is owned so ("holds 20 pct of the vote", "of Brazil's debt": none); the
    whole of it owned is `own` (rules svo, passive)."""
    words = clause.phrase.split()
    chain = words[: len(words) - 1 - words[::-1].index(clause.lemma)] if clause.lemma in words else []
    predicate = " ".join([*chain, "hold stake in"])
    for slot in clause.slots_of("object_noun", "prep"):
        if _stake_noun(clause, slot) is not None:
            for agent in clause.agents:
                yield Fact(agent, predicate, slot.ref, tokens=clause.words_of(slot))
    if _with_patients(clause) and _part_owned(clause):
        for patient in clause.patients:
            if patient.entity_id.startswith("org:") and patient.via != "possessor":
                for agent in clause.agents:
                    yield Fact(agent, predicate, patient, tokens=clause.phrase_tokens)


def _stake_noun(clause: Clause, slot: Slot) -> Token | None:
    """The noun of a share of a firm the subject owns ("60 pct of Y", "a 30 pct interest in Y", "a stake
    in Y", "shares in Y"), or the passive's by-agent does ("60 pct of Y is held by X"), or None. The firm
    may be a relative's antecedent ("Y, in which X owns a 44 pct stake"): the frame reads the verb's "in
    which" with its object noun as the stake's "in"."""
    if clause.copula or clause.lemma not in STAKE_VERBS or slot.kind not in ("object_noun", "prep"):
        return None
    if slot.kind == "prep" and not _relative_stake(clause, slot):
        return None
    if slot.ref.via == "possessor" or not slot.ref.entity_id.startswith("org:"):
        return None  # "holds 35 pct of Brazil's debt": no share of Brazil
    doc = clause.sentence.doc
    noun = next((doc[i] for i in slot.tokens if doc[i].lemma_.lower() == slot.noun), None)
    if noun is None or slot.prep not in ("in", "of"):
        return None
    if clause.passive and not (noun.dep_ == "nsubjpass" and noun.head == clause.verb and clause.agents):
        # "Y is owned by X" is the whole of Y owned (rule passive); "60 pct of Y is held by X" a share
        return None
    if coordinated_rest(noun):
        return noun  # "and the balance is held by Z": the rest of the share of Y the clause before holds
    lemma = noun.lemma_.lower()
    counted = any(
        c.like_num or c.dep_ == "nummod" or c.lemma_.lower() in SHARE_NOUNS | STAKE_AMOUNT_WORDS
        for c in noun.children
    )
    if lemma in STAKE_NOUNS:
        return noun if lemma == "stake" or (lemma == "share" and noun.tag_ == "NNS") or counted else None
    if lemma in SHARE_NOUNS and slot.prep == "of":
        # "owns 60 pct of Y", "half of Y"; "holds a majority of Y" with no number may be seats or votes
        return noun if counted or clause.lemma == "own" or lemma in ("half", "third", "quarter") else None
    return None


def _relative_stake(clause: Clause, slot: Slot) -> bool:
    """Is the verb's prepositional slot a relative "in which" (or "of which") that the frame joined to the
    stake noun the verb owns ("in which X owns a stake": `stake in`)?"""
    doc = clause.sentence.doc
    preps = [doc[i] for i in slot.tokens if doc[i].dep_ == "prep" and doc[i].head == clause.verb]
    if len(preps) != 1 or preps[0].lower_ not in ("in", "of"):
        return False
    if not any(c.dep_ == "pobj" and c.tag_ in ("WDT", "WP") for c in preps[0].children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == slot.noun for c in clause.verb.children)


def _stake_object(clause: Clause, fact: Fact) -> bool:
    """Is the fact's object reached through a share of it the subject owns (rule `stake`)?"""
    return any(
        slot.ref == fact.object and _stake_noun(clause, slot) is not None
        for slot in clause.slots_of("object_noun")
    )


def _part_owned(clause: Clause) -> bool:
    """ "Y is 60 pct owned by X", "majority-owned by X", "partly owned by X": a passive of owning that
    says only a part is owned."""
    verb = clause.verb
    if not clause.passive or clause.lemma not in STAKE_VERBS:
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in SHARE_NOUNS and verb.head.dep_ in ("attr", "appos"):
        return True  # the parser hung "owned" on "pct"
    return any(
        c.dep_ in ("npadvmod", "advmod", "amod", "nmod", "dobj")
        and (c.lemma_.lower() in SHARE_NOUNS or c.lower_ in PART_OWNING_WORDS)
        for c in verb.children
    )


@rule("copula", confidence=0.75, version=26)
def copula(clause: Clause) -> Iterator[Fact]:
    """What the subject is: "Navalny is a critic of Putin", "X is Trump's envoy", "X is critical of Y"."""
    if _subjectless_comparison(clause):
        return  # "Chile will grow, as will be the case in Peru": how the main clause compares, no relation
    if clause.copula and not _with_patients(clause):
        for fact in _agents_act_on(clause, "object", "object_noun", "owner", "adjective"):
            if _bare_violence(fact.subject, clause.sentence.doc):
                continue  # "the attack was a response to X" with no doer the story names: nobody's deed
            if _nationality_of_a_kind(clause, fact.object) or _kind_noun_of_complement(clause, fact.object):
                continue  # "Benetton is an Italian clothing maker": where it is from, not a maker of Italy
            if _past_a_gerunds_object(clause, fact.object):
                continue  # "was instrumental in returning Y to Z": Y is returned to Z, not the subject
            if not _example_of_complement(clause, fact.object):
                yield fact


# Pronouns that stand for a person a gerund acts on ("instrumental in returning him to the party").
_PERSONAL_OBJECTS = frozenset({"him", "her"})


def _past_a_gerunds_object(clause: Clause, ref: Ref) -> bool:
    """ "X was instrumental in returning Y to Z", "X is key to bringing Y into the bloc": a name reached
    through the phrase of a gerund (or other verb) under the complement of "be", past that verb's own
    direct object that names an actor, is where that actor goes or what it is joined to; the subject does
    nothing to it by being so, and the one acted on would be lost."""
    doc = clause.sentence.doc
    word = doc[ref.token]
    while word.head.i != word.i and word.head != clause.verb:
        word = word.head
        if word.pos_ != "VERB":
            continue
        if any(_actor_object(child, ref.token) for child in word.children):
            return True
    return False


def _actor_object(child: Token, past: int) -> bool:
    """Is the child a direct object that names an actor, and does not hold the token `past`?"""
    if child.dep_ != "dobj" or child.left_edge.i <= past <= child.right_edge.i:
        return False
    return bool(child.ent_type_) or child.pos_ == "PROPN" or child.lower_ in _PERSONAL_OBJECTS


def _subjectless_comparison(clause: Clause) -> bool:
    """Is the clause an "as" clause of "be" with no subject of its own ("as will be the case in Peru", "as
    was true of Chile")? The parser lends it the main clause's subject, which is in no relation to what
    the comparison names."""
    children = list(clause.verb.children)
    return (
        clause.verb.lemma_ == "be"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children)
    )


def _nationality_of_a_kind(clause: Clause, ref: Ref) -> bool:
    """Is the object a state's adjective on the complement noun of "be" that names a kind of thing, no
    office ("is a large Italian clothing maker", "is a Japanese company")? The state is where the subject is
    from (entities/roles reads it), no owner of it; "is a French diplomat" keeps its office reading, "is an
    Australian citizen" its citizenship."""
    word = clause.sentence.doc[ref.token]
    noun = word.head
    if word.pos_ != "ADJ" or word.dep_ != "amod" or noun.dep_ not in ("attr", "acomp"):
        return False
    lemma = noun.lemma_.lower()
    return not (is_role_word(lemma) or lemma in PEOPLE_NOUNS)  # "is an Australian citizen" stays


def _kind_noun_of_complement(clause: Clause, ref: Ref) -> bool:
    """Is the object a common noun that says what kind of thing the subject is: compounded onto the
    complement of "be" ("is the largest bank group") or the complement itself, alone or as "one of" a kind
    ("and one of the biggest lenders")? The unnamed actors such a noun stands for elsewhere ("banks") are no
    party to the subject; a name keeps its reading ("is a Google engineer"), and so does a noun reached
    through a preposition ("is a critic of the government")."""
    word = clause.sentence.doc[ref.token]
    counted = word.like_num or word.lemma_.lower() in PARTITIVE_WORDS
    if counted and word.dep_ == "attr" and word.head == clause.verb:
        # "is one of the biggest lenders in X", "are some of the firms at the show": the kind, counted out
        return any(g.pos_ == "NOUN" for g in prep_objects(word, {"of"}))
    if word.pos_ not in ("NOUN", "NUM") or word.dep_ not in ("compound", "conj"):
        return False  # the complement itself stands for what the subject is to a name after it
    word = first_conjunct(word)
    if word.dep_ == "compound":
        word = word.head
    return word.dep_ in ("attr", "acomp") and word.head == clause.verb


def _example_of_complement(clause: Clause, ref: Ref) -> bool:
    """ "members who are price hawks, including X and Y", "the states are exporters, such as X": the names
    given as examples of what the subject is are members of the subject itself, which is related to
    nothing by them."""
    word = first_conjunct(clause.sentence.doc[ref.token])
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or not gives_examples(prep):
        return False
    complement = prep.head
    return complement.head == clause.verb and complement.dep_ in COPULA_COMPLEMENT_DEPS


@rule("circumstance_event", confidence=0.65, version=28)
def circumstance_event(clause: Clause) -> Iterator[Fact]:
    """An event noun that places the clause has its subject as agent: "X spoke during talks with Y". A
    negation denies the clause, not the event that places it ("At a news conference, Baker would not be
    specific": the conference was held), but for "be" in the event ("Peru is not in talks with Chile")."""
    verb = clause.verb
    if clause.passive and not any(c.dep_ == "agent" for c in verb.children):
        # (a passive's by-agents are its doers: "the accord was signed by A and B after talks with C" has A
        # and B meet C, as the active does; with no by-agent the subject is done to, and in no event)
        return
    own_event = verb.lemma_ == "be" and not any(c.dep_ in COPULA_COMPLEMENT_DEPS for c in verb.children)
    settled = clause.negated and not own_event
    if settled and clause.modality is not None:
        return  # "would not be specific at a conference": whether the conference is to come is not said
    if clause.lemma in SIDING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return  # "backed Iraq in the war against Iran": the war is the side's, not the backer's
    for agent in clause.agents:
        for slot in clause.slots_of("circumstance"):
            if agent.entity_id.startswith("country:") and agent.entity_id in slot.side:
                continue  # "India and Russia signed it during a meeting between India's minister A and B"
            if slot.noun in PRESS_OCCASION_NOUNS and _press_audience(clause, slot.ref, slot.noun):
                continue  # "said in an interview with reporters": the press is no party of what is said
            if _gathering_spoken_at(clause, slot):
                continue  # "speaking at a conference of the IMF": the body is met by no one
            if _place_of_statement(slot):
                # "in an interview in the United States": where the words were said, a venue with no code
                yield Fact(
                    agent, slot.tail, slot.ref, None, prep=slot.prep, tokens=slot.tokens, settled=settled
                )
                continue
            if slot.noun in REPRISAL_NOUNS and event_root(clause.lemma) is not None:
                # "imposed sanctions in retaliation for X's failure": the clause's deed is done against X,
                # coded as that deed (sanctions, 16), not as force; it holds as the clause does
                yield Fact(agent, slot.tail, slot.ref, clause.lemma, prep=slot.prep, tokens=slot.tokens)
                continue
            yield Fact(
                agent,
                slot.tail,
                slot.ref,
                slot.noun,
                noun=True,
                prep=slot.prep,
                tokens=slot.tokens,
                settled=settled,
                content=_spoken_in(clause, slot),
            )


def _place_of_statement(slot: Slot) -> bool:
    """ "In an interview in the United States, X said", "in a speech in Lima": the place (by its name) a
    statement is made in (an event noun coded as one: "interview", "speech", "statement") is where the words
    were said, no party to them. The edge to it stays as a venue with no code, as "at a news conference in
    Quito" has (test_attended_meetings_wave83g); a meeting's place keeps its code ("a meeting in Quito")."""
    if slot.prep not in SPEECH_VENUE_PREPS or event_root(slot.noun, noun=True) != STATEMENT_ROOT:
        return False
    return slot.ref.via == "name" and slot.ref.entity_id.startswith(("place:", "country:"))


def _gathering_spoken_at(clause: Clause, slot: Slot) -> bool:
    """ "speaking at a conference of the IMF", "said at the annual meeting of Y": a verb of speech placed at
    or in a gathering (speech_occasion_nouns) that is a body's has the speaker attend it, not meet the body.
    Whom it is held with stays ("at a meeting with Y"), and so does a gathering a deed is done at ("signed
    the accord at a meeting of OPEC")."""
    if slot.prep != "of" or slot.noun not in SPEECH_OCCASION_NOUNS or not _speaks(clause):
        return False
    doc = clause.sentence.doc
    occasion = next((doc[t] for t in slot.tokens if doc[t].lemma_.lower() == slot.noun), None)
    return occasion is not None and occasion.dep_ == "pobj" and occasion.head.lower_ in SPEECH_VENUE_PREPS


def _spoken_in(clause: Clause, slot: Slot) -> str:
    """ "'We will act against them,' X told Parliament, in a warning to Japan": a noun of a speech act
    (speech_act_nouns) or of speech (speech_nouns) that places a verb of speech is that same speech, and the
    edge to its addressee carries what the verb reports, quoted before it or after; "" for any other
    circumstance ("said during talks with Y": the talks are no words)."""
    if slot.noun not in SPEECH_ACT_NOUNS and slot.noun not in SPEECH_NOUNS:
        return ""
    return _told(clause)


@rule("passive", confidence=0.85, version=51)
def passive(clause: Clause) -> Iterator[Fact]:
    """A passive with its by-agent is read actively: "Israel was condemned by Turkey"; a state's goods as
    its patient keep their noun, as an active's object does ("Canadian lumber was banned by Japan" is "ban
    lumber of" Canada, objects._keep_noun)."""
    if not _with_patients(clause) or _judges(clause) or _part_owned(clause):
        return  # "Y is 60 pct owned by X": a stake held (rule `stake`)
    if {a.entity_id for a in clause.agents} & {p.entity_id for p in clause.patients}:
        # "Asked whom he meant, Smith said X; Y": the participle's one understood subject, read as both
        # its patients and its agents, asks nobody of them (the asker is unnamed)
        return
    for patient in clause.patients:
        phrase, tokens = clause.phrase, clause.phrase_tokens
        owned = clause.sentence.doc[patient.token] if patient.via == "possessor" else None
        goods = goods_noun(owned) if owned is not None else None
        measure = _body_measure_word(owned) if owned is not None else None
        proposed = proposed_words(owned) if owned is not None else None
        if goods:
            phrase, tokens = f"{phrase} {goods} of", (*tokens, patient.token)
        elif proposed:
            # "the compromise proposed by Belgium was backed by France" is "back compromise of" Belgium, as
            # the active says (objects._keep_noun)
            phrase, tokens = f"{phrase} {proposed} of", (*tokens, patient.token)
        elif measure:
            # "the OPEC quota was rejected by Iraq" is "reject quota of" OPEC, as the active says
            phrase, tokens = f"{phrase} {measure} of", (*tokens, patient.token)
        for agent in clause.agents:
            fact = Fact(agent, phrase, patient, clause.lemma, tokens=tokens)
            if _time_order(clause, fact):
                continue
            if _doer_of_a_prospect(clause, fact) or _origin_of_goods_sent(clause, fact):
                continue  # "Chilean retaliation was ruled out by X", "Spanish corn was shipped": as actively
            yield fact


def _body_measure_word(noun: Token) -> str | None:
    """The word of a body's rule, limit or pact with the body's name before it ("the OPEC quota": "quota"),
    whose owner the resolver makes the patient (arguments.body_measure); None for any other noun."""
    lemma = noun.lemma_.lower()
    if lemma not in BODY_MEASURE_NOUNS | PROPOSAL_NOUNS:
        return None
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return None
    named = any(c.dep_ == "compound" and c.i < noun.i and c.ent_type_ == "ORG" for c in noun.children)
    return lemma if named else None


def _judges(clause: Clause) -> bool:
    """Does what the clause calls someone carry a judgement ("was hailed as a hero", "called reckless")?
    Then rule `evaluation` reads it as praise, criticism or an accusation."""
    complement = clause.complement
    return complement is not None and (
        judgement(complement) is not None or accusing(complement) or wrong_act(complement)
    )


def _counted_among(clause: Clause, slot: Slot) -> bool:
    """ "X and Y were considered potential candidates", "X was considered one of the candidates": the
    passive's complement counts its subject among a group, which says what the subject is; the group
    is no party to the act ("was elected president of Peru" names its office, and keeps it)."""
    if slot.kind != "object":
        return False
    word = clause.sentence.doc[slot.ref.token]
    if word.dep_ not in ("oprd", "attr"):
        return False
    group = word.pos_ == "NOUN" and word.tag_ == "NNS" and slot.ref.via != "organ_of"
    return group or word.pos_ == "NUM" or word.lemma_.lower() in PARTITIVE_WORDS


@rule("passive_prep", confidence=0.6, version=28)
def passive_prep(clause: Clause) -> Iterator[Fact]:
    """A passive without an agent keeps its patient as subject: "X was detained in Belarus"."""
    if not _with_patients(clause) or clause.agents:
        return
    kinds = ("object", "object_noun", "owner", "prep", "prep_noun", "adjective")
    admission = _admission_noun_of(clause)
    for patient in clause.patients:
        if patient.via == "possessor" and _had_done_to_its_own(clause):
            continue  # "Brazil, which would have had its quota reduced under the plan": its quota, not Brazil
        if _states_thing_undergoes(patient):
            continue  # "Bahrain's currency is linked to …", "West Germany's objections were put in a letter"
        for slot in clause.slots_of(*kinds):
            if _counted_among(clause, slot):
                continue
            if admission is not None and _admission_to_a_state(clause, admission, slot.ref):
                # "X were refused entry to Peru": Peru refused X, who is no doer of the refusal
                yield _admission_by_a_state(clause, admission, slot.ref, patient)
                continue
            if clause.lemma in BELIEF_VERBS and slot.prep == "from":
                continue  # "the main opposition was expected from Britain": a forecast, no relation
            if _regarded_where(clause, slot):
                continue  # "was regarded in the party as a loyal colleague": where he is so regarded
            auxiliaries = tuple(c.i for c in clause.verb.children if c.dep_ == "auxpass")
            predicate = f"be {clause.verb.lower_} {slot.tail}".strip()
            tokens = (*auxiliaries, clause.verb.i, *slot.tokens)
            yield Fact(patient, predicate, slot.ref, clause.lemma, prep=slot.prep, tokens=tokens)


def _regarded_where(clause: Clause, slot: Slot) -> bool:
    """ "X was regarded in the party as a loyal colleague", "is seen in Ankara as a reliable partner": a
    passive of regarding (regarding_verbs) with what the subject is held to be after "as" relates the subject
    to the phrase of where (or among whom) it is so held by no act of its own; the "as" phrase is what
    is said of it, and a bare `be regarded in` says nothing. Its own "as" slot ("was seen as a rival of Y")
    stays."""
    if clause.lemma not in REGARDING_VERBS or slot.prep == "as" or slot.kind not in ("prep", "prep_noun"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in clause.verb.children)


def _states_thing_undergoes(patient: Ref) -> bool:
    """Is the passive's subject a thing a state or body owns, named by its possessor ("Bahrain's currency
    is linked to the IMF basket", "West Germany's objections were put in a letter from Kohl", "OPEC's
    output was cut")? What the thing undergoes is no act of its owner and puts the owner in no relation to
    the phrases after the verb; a person's own ("Park's body was found at …") stands for the person."""
    return patient.via == "possessor" and patient.entity_id.startswith(("country:", "org:"))


def _had_done_to_its_own(clause: Clause) -> bool:
    """ "had its quota reduced", "got its licence revoked": a participle whose subject is the owner's thing,
    under "have" or "get"; what was done, was done to the thing."""
    verb = clause.verb
    return (
        verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ("have", "get")
    )


def _shared_thing(clause: Clause) -> bool:
    """ "Chile and Peru signed NAFTA", "… won the election": a named or definite object is one thing each
    subject acts on, not a deed between them; "signed a deal", "fought a war" introduce a new thing of
    their own, which is mutual, and what they discuss or negotiate they talk over with each other ("the
    two discussed Iran"). An accord they sign, reaffirm or renew together, named or known as it may be,
    makes them parties to it with each other ("signed the Pacific accord": _accord_of_parties)."""
    if clause.lemma in RECIPROCAL_TOPIC_VERBS or _accord_of_parties(clause):
        return False
    if any(not is_event(slot.ref) for slot in clause.slots_of("object")):
        return True  # an actor or a named thing ("signed NAFTA"); an event is judged by its words below
    for obj in clause.verb.children:
        if obj.dep_ != "dobj" or obj.lower_ in RECIPROCAL_PRONOUN_WORDS or _reciprocal_pronoun(obj):
            continue  # (what the parties do to "each other" is mutual: "fought each other")
        if _lacked_relations(clause, obj):
            continue  # "have no relations": "no" denies them, it picks out no known thing
        if _known_thing(obj) and obj != _mutual_object(clause):
            # "NAFTA", "the accord", "this treaty", "their pact": one known already; not the object that
            # makes the act mutual ("worked out their dispute", "held the talks"): theirs with each other
            return True
    return False


def _kinds_joining_an_accord(clause: Clause) -> bool:
    """ "French, Swiss and Canadian banks signed the accord": the subjects are kinds of one class noun, told
    apart by the state words listed before it, and the accord is one the story knows (definite or named).
    The noun names the signers of an accord made with someone else (the debtor, the host), not parties to
    one among them; a word of a joint act ("jointly", "together", "the accord between them", "with each
    other") keeps them parties with each other. States ("Chile and Peru signed the treaty") stay parties."""
    doc = clause.verb.doc
    tokens = {agent.token for agent in clause.agents}
    if len(clause.agents) < 2 or len(tokens) != 1:
        return False
    noun = doc[tokens.pop()]
    # the states told apart by words listed before the noun, not after it ("ministers of Peru and Chile")
    listed = any(
        c.i < noun.i and c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for c in noun.children
    )
    if noun.pos_ != "NOUN" or not listed:
        return False
    accords = [n for n in _accord_nouns(clause.verb) if n.lemma_.lower() in ACCORD_NOUNS]
    if not accords or not all(_known_thing(n) for n in accords):
        return False
    # (the subjects' own words are no such word: "banks in between" says where they are)
    subjects = {w.i for c in clause.verb.children if c.dep_ in EXPLICIT_SUBJECT_DEPS for w in c.subtree}
    words = [w for w in clause.verb.subtree if w.i not in subjects]
    return not any(w.lower_ in JOINT_ACT_WORDS or w.lower_ in RECIPROCAL_PRONOUN_WORDS for w in words)


def _accord_of_parties(clause: Clause) -> bool:
    """ "Chile and Peru reaffirmed the accord", "renewed their pact", "signed the Lima accord", "agreed on
    the treaty", "reaffirmed their commitment to the accord": an accord (accord_nouns) that coordinated
    subjects sign, reaffirm or renew together (accord_verbs) makes them parties to it with each other,
    named or known already as it may be."""
    if clause.lemma not in ACCORD_VERBS:
        return False
    return any(noun.lemma_.lower() in ACCORD_NOUNS for noun in _accord_nouns(clause.verb))


def _accord_nouns(verb: Token) -> list[Token]:
    """The nouns an accord verb acts on: its object, the object of its "on" or "to" ("agreed on the
    treaty"), and what a commitment it reaffirms is to ("reaffirmed their commitment to the accord")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            found.append(child)
        if child.dep_ == "prep" and child.lower_ in ("on", "to"):
            found += [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "dobj" and child.lemma_.lower() in COMMITMENT_NOUNS:
            # "reaffirmed their commitment to the accord": the commitment is to the accord
            found += [g for p in child.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
    return found


def _known_thing(obj: Token) -> bool:
    """Is the noun one thing known already: a name, or a noun with a definite determiner or owner ("the
    accord", "this treaty", "their pact") or a name before it ("the NAFTA accord")?"""
    if obj.pos_ == "PROPN" or obj.ent_type_:
        return True
    determined = any(c.dep_ in ("det", "poss") for c in obj.children)
    if determined and not indefinite(obj):
        return True
    return any(c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_) for c in obj.children)


# How a verb hands its subject to an infinitive or participle it governs ("pledged to cooperate", "met …,
# agreeing to …") or to a verb coordinated with it ("met C and discussed trade").
_SUBJECT_SHARING_DEPS = frozenset({"xcomp", "advcl", "conj"})


def _party(noun: Token) -> bool:
    """Is the noun someone an act may be done with: a name, a person or group noun ("officials",
    "rebels", "police"), or a personal pronoun; not "each other", nor a thing ("a deal", "trade")."""
    lemma = noun.lemma_.lower()
    if (
        lemma in RECIPROCAL_PRONOUN_WORDS
        or noun.lower_ in RECIPROCAL_PRONOUN_WORDS
        or _reciprocal_pronoun(noun)
    ):
        return False
    if noun.pos_ == "PROPN" or noun.ent_type_ or (noun.pos_ == "PRON" and noun.tag_ == "PRP"):
        return True
    words = PEOPLE_NOUNS | GROUP_NOUNS | MEMBER_NOUNS | ORGAN_NOUNS | COUNTERPART_NOUNS
    return lemma in words or noun.lower_ in words or is_role_word(lemma) or sector_of(lemma) is not None


def _partner_phrase(word: Token) -> bool:
    """Does the word carry a phrase naming a partner ("with C", "against C"), other than each other?"""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in RECIPROCAL_PARTNER_PREPS
        and any(
            pobj.dep_ == "pobj"
            and pobj.pos_ in ("NOUN", "PROPN", "PRON")
            and pobj.lower_ not in RECIPROCAL_PRONOUN_WORDS
            for pobj in prep.children
        )
        for prep in word.children
    )


def _own_partner(verb: Token, down: bool = True) -> bool:
    """Does the verb name a partner of its own: a party as its object ("A and B met C", "met officials";
    not a topic, "discussed Iran"), a phrase with "with" or "against" on it, on its object or on its
    prepositional object ("met with C", "signed an accord with C", "agreed to a truce with C"), or, with
    `down`, in the infinitive it governs ("agreed to cooperate with C")? Then the coordinated subjects
    each act with that partner."""
    if _partner_phrase(verb):
        return True
    for child in verb.children:
        if child.dep_ == "dobj" and _partner_phrase(child):
            return True
        if child.dep_ == "dobj" and _party(child) and verb.lemma_.lower() not in RECIPROCAL_TOPIC_VERBS:
            return True  # (what the parties discuss or negotiate is their topic: "discussed Iran")
        # (not a phrase that only dates the act: "signed the accord after talks with C" is no accord with C;
        # the talks are the subjects' own meeting with C, objects._followed_meeting)
        dating = child.lower_ in TIME_PREPS and child.lower_ not in MEANS_PREPS
        partner = any(g.dep_ == "pobj" and _partner_phrase(g) for g in child.children)
        if child.dep_ == "prep" and partner and not dating:
            return True
        if down and child.dep_ == "xcomp" and child.pos_ in VERB_POS and _own_partner(child):
            return True
    return False


def _partnered(clause: Clause) -> bool:
    """ "Germany and France pledged to cooperate with Poland", "Japan and Korea met with China to discuss
    trade", "A and B met C and discussed trade": the verb, or the verb whose subject it shares, has a
    partner of its own; the subjects did it with that partner (rules prep, svo), not with each other."""
    verb = clause.verb
    if _own_partner(verb):
        return True
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    governor = verb.head
    return (
        not own_subject
        and verb.dep_ in _SUBJECT_SHARING_DEPS
        and governor.pos_ in VERB_POS
        and _own_partner(governor, down=False)
    )


# The nouns of an accord that a reciprocal act keeps in its phrase ("sign treaty with").
_ACCORD_WORDS = AGREEMENT_NOUNS | ACCORD_NOUNS


@rule("reciprocal", confidence=0.6, version=28)
def reciprocal(clause: Clause) -> Iterator[Fact]:
    """Coordinated subjects of a mutual action did it with each other: "Turkey and Libya signed a deal",
    "… reaffirmed the Cartagena accord" (parties to an accord: `_accord_of_parties`); not "… signed NAFTA"
    (each signed it, `_shared_thing`), nor "… signed a deal with Peru", "… met officials" (each did it with
    that partner, `_partnered`)."""
    if clause.passive:
        yield from _joint_passive(clause)
        return
    mutual_object = _mutual_object(clause)
    mutual = clause.lemma in RECIPROCAL_VERBS or _accord_of_parties(clause) or mutual_object is not None
    if not mutual or _shared_thing(clause) or _partnered(clause) or _kinds_joining_an_accord(clause):
        return
    if _body_named_on_noun(mutual_object if mutual_object is not None else clause.verb):
        return  # "Iraq and Afghanistan held WTO talks": each talks with the body, not with the other
    # "reaffirmed the accord", "signed a trade pact": the accord stays in the phrase ("reaffirm accord with"),
    # as does the object that makes the act mutual ("exchange fire with")
    accords = [c for c in clause.verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ACCORD_WORDS]
    if mutual_object is not None and mutual_object.lemma_.lower() not in clause.phrase.split():
        accords = [mutual_object]
    phrase = f"{clause.phrase} {accords[0].lemma_.lower()} with" if accords else f"{clause.phrase} with"
    tokens = (*clause.phrase_tokens, accords[0].i) if accords else clause.phrase_tokens
    # "held talks": the noun, an event of its own, names the act ("meet with", 04)
    # ("worked out their dispute": a verb the lexicon lists with its particle is the act, 057, not the
    # dispute's own disapproval)
    phrasal = any(c.dep_ == "prt" and has_particle(clause.lemma, c.lower_) for c in clause.verb.children)
    event_noun = (
        mutual_object is not None
        and event_root(mutual_object.lemma_.lower(), noun=True) is not None
        and not phrasal
    )
    event = mutual_object.lemma_.lower() if event_noun and mutual_object is not None else clause.lemma
    # "X and Y agreed to pursue the policy": what they agreed to do codes the act (030), not the "with" the
    # phrase adds ("agree with", a view shared)
    prep = None if not event_noun and any(_to_clause(c) for c in clause.verb.children) else "with"
    for fact in _each_with_other(clause, phrase, tokens, event, event_noun, prep):
        yield fact
        if mutual_object is not None and _lacked_relations(clause, mutual_object):
            # a lack of relations is each side's with the other: either one's relations list it
            yield replace(fact, subject=fact.object, object=fact.subject)


@rule("each_other", confidence=0.6, version=1)
def each_other(clause: Clause) -> Iterator[Fact]:
    """Coordinated subjects of a one-way act done to "each other" ("Chile and Peru accused each other of
    breaking the truce", "blamed one another for the collapse") each did it to the other: two edges, one
    each way, in the verb's own sense. Mutual verbs ("fought each other", "met") are rule `reciprocal`'s."""
    if clause.passive or clause.lemma in RECIPROCAL_VERBS or len(clause.agents) < 2:
        return
    if not any(_reciprocal_pronoun(c) for c in clause.verb.children if c.dep_ == "dobj"):
        return
    for first in clause.agents:
        for second in clause.agents:
            if first.entity_id != second.entity_id:
                yield Fact(first, clause.phrase, second, clause.lemma, tokens=clause.phrase_tokens)


def _reciprocal_pronoun(noun: Token) -> bool:
    """ "each other", "one another" (which the parser may head by "one"): the object word and its
    determiner."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "amod")}
    if noun.lower_ == "one":
        return bool(words & RECIPROCAL_PRONOUN_WORDS)
    return noun.lower_ in RECIPROCAL_PRONOUN_WORDS and bool(words & {"each", "one"})


def _joint_passive(clause: Clause) -> Iterator[Fact]:
    """ "The accord was signed by Chile and Peru", "the treaty was negotiated by A and B": an accord
    (accord_nouns, agreement_nouns) that coordinated by-agents sign, conclude or negotiate (accord_verbs,
    reciprocal_verbs) makes them parties to it with each other, as the active "Chile and Peru signed the
    accord" does ("sign accord with"); so do talks held by them ("hold talk with", reciprocal_objects).
    One agent, a named thing ("NAFTA was signed by …"), an actor done to ("Peru was met by A and B") or a
    partner of its own ("… by A with C") is no act between them."""
    if len(clause.agents) < 2 or _partnered(clause):
        return
    if any(not is_event(patient) for patient in clause.patients):
        return
    for noun in clause.verb.children:
        lemma = noun.lemma_.lower()
        if noun.dep_ != "nsubjpass":
            continue
        phrase, tokens = f"{clause.phrase} {lemma} with", (*clause.phrase_tokens, noun.i)
        if f"{clause.lemma} {lemma}" in RECIPROCAL_OBJECTS and lemma not in clause.phrase.split():
            # "talks were held by A and B": the noun, an event of its own, names the act, as the active's
            event_noun = event_root(lemma, noun=True) is not None
            event = lemma if event_noun else clause.lemma
            yield from _each_with_other(clause, phrase, tokens, event, event_noun, "with")
            return
        if lemma in _ACCORD_WORDS and (clause.lemma in ACCORD_VERBS or clause.lemma in RECIPROCAL_VERBS):
            yield from _each_with_other(clause, phrase, tokens, clause.lemma, False, "with")
            return


def _each_with_other(
    clause: Clause, phrase: str, tokens: tuple[int, ...], event: str, event_noun: bool, prep: str | None
) -> Iterator[Fact]:
    """Each pair of the clause's agents did the act with each other."""
    doc = clause.verb.doc
    # "the Group of Five -- the United States, Japan and France -- met": the list names the group's members,
    # whose meeting is the group's; none of them meets the group or another member
    listed = {member.entity_id for member, _ in clause.listed_members}
    listing = clause.listed_appositions
    for i, first in enumerate(clause.agents):
        for second in clause.agents[i + 1 :]:
            one, other = doc[first.token], doc[second.token]
            if _within_either(one, other, listing) and _within_either(
                _name_restating(doc, first), _name_restating(doc, second), listing
            ):
                continue  # "the bloc, which includes Ghana and Peru, will meet": no member meets its group
            if first.entity_id in listed or second.entity_id in listed:
                continue
            yield Fact(first, phrase, second, event, noun=event_noun, prep=prep, tokens=tokens)


@rule("listed_member", confidence=0.7, version=2)
def listed_member(clause: Clause) -> Iterator[Fact]:
    """States listed after their group's name are its members: "the Group of Five -- the United States,
    Japan and France -- met" -> United States member of Group of Five (whatever the verb's polarity); and
    after a member noun the body modifies: "OPEC members Iran and Iraq" -> Iran member of OPEC."""
    for member, group in (*clause.listed_members, *clause.titled_members):
        yield Fact(member, "member of", group, settled=True)


def _name_restating(doc: Doc, ref: Ref) -> Token:
    """The word an agent is named by: "Kenyan banks Acme Bank and Zenith Bank agreed to merge" reads the
    first bank from the kind noun the names restate in apposition; that noun is no group the second bank is
    named within (a pair is named within only if it is so from both words: "X and his counterpart Y" is no
    group either way). A kind noun standing for a group of its own (a "group:" entity) stays as it is."""
    word = doc[ref.token]
    if word.pos_ != "NOUN" or ref.entity_id.startswith("group:"):
        return word
    names = [c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return names[0] if len(names) == 1 else word


def _within_either(one: Token, other: Token, listing: frozenset[int]) -> bool:
    return _named_within(one, other, listing) or _named_within(other, one, listing)


def _named_within(group: Token, member: Token, listing: frozenset[int] = frozenset()) -> bool:
    """Is the member named inside the group's own phrase, in a clause or phrase describing it ("the
    alliance, which includes Ghana", "the bloc, including Peru") rather than as a conjunct of it? An
    apposition in `listing` is the rest of a list the group's name begins ("The United States, Italy,
    Spain and Greece agreed"), a conjunct of it in all but the parser's label."""
    step = member
    while step.i != step.head.i and step != group:
        if step.dep_ == "appos" and step.i in listing:
            step = step.head
            continue
        if step.dep_ in ("relcl", "acl", "appos") or (step.dep_ == "prep" and step.lower_ in EXAMPLE_PREPS):
            return group in step.ancestors
        step = step.head
    return False


def _to_clause(child: Token) -> bool:
    return child.dep_ == "xcomp" and child.pos_ in VERB_POS and to_infinitive(child)


def _body_named_on_noun(noun: Token) -> bool:
    """ "held WTO talks", "in IMF talks": an organisation named as a modifier of the meeting noun (or of a
    headline's "talks" the tagger took for the verb) is the other side of the talks (a state's name there,
    "Iraq talks", may be their topic)."""
    named = [c for c in noun.children if c.dep_ == "compound"]
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ in ("compound", "pobj"):
        named.append(before)  # a headline's "X and Y in WTO talks", the parser's "in WTO" on the subject
    return any(c.ent_type_ == "ORG" or lookup_igo(c.text) is not None for c in named)


def _mutual_object(clause: Clause) -> Token | None:
    """The object that makes the verb's act mutual: "exchanged fire", "held talks" (reciprocal_objects)."""
    for child in clause.verb.children:
        # a verb with its particle is listed whole ("worked out their dispute": "work out dispute")
        mutual = {f"{verb} {child.lemma_.lower()}" for verb in (clause.lemma, clause.phrase)}
        if child.dep_ == "dobj" and mutual & RECIPROCAL_OBJECTS:
            return child
        if child.dep_ == "dobj" and _lacked_relations(clause, child):
            return child  # "Chile and Peru have no relations": neither has them with the other
    # "A and B took part in the talks": the meeting they joined is theirs, as talks they held are
    part = any(c.dep_ == "dobj" and c.lower_ == "part" for c in clause.verb.children)
    verb = f"{clause.lemma} part" if part else clause.lemma
    if verb not in MEETING_PARTICIPATION_VERBS:
        return None
    for prep in clause.verb.children:
        for noun in prep.children if prep.dep_ == "prep" and prep.lower_ == "in" else ():
            if noun.dep_ == "pobj" and noun.lemma_.lower() in FOLLOWED_MEETING_NOUNS:
                return noun
    return None


def _lacked_relations(clause: Clause, noun: Token) -> bool:
    """ "X has no (diplomatic) relations with Y", "X and Y have no ties", "does not have relations with
    Y": relations one has are a standing state of the pair, no deed, but a stated lack of them is a fact an
    analyst lists (a negated edge, X -NOT have relation with-> Y). The having verb is the clause's."""
    return clause.negated and clause.lemma in HAVING_VERBS and relation_noun(noun) and not clause.copula


def _stance_toward(ref: Ref, said: str | None) -> str | None:
    """An event is not accused of what it did ("six were killed in the attack, according to Z" reports a
    toll): the accusation belongs to whoever carried it out. Nor is it told or urged to do anything ("said
    the election should decide the matter" infers what the vote will settle; nobody can obey)."""
    return None if said in _DEEDLESS_STANCES and is_event(ref) else said


# Stances that hold the one spoken of to a deed, which an event neither does wrong nor can be asked to do.
_DEEDLESS_STANCES = frozenset({"accuse", "demand", "urge"})


@rule("speech_content", confidence=0.5, version=105)
def speech_content(clause: Clause) -> Iterator[Fact]:
    """A report is about what it reports on, with the speaker's stance: "Chile said Peru's envoy left".

    "told Peru it must stop" demands, "claimed the militia shelled a village" accuses, "said Y's decision
    was a betrayal" criticises; otherwise the report is a statement (say, claim, announce ...). A plain
    word of speakers the text gives no side of ("Carter told reporters Peruvian gunboats shelled X")
    accuses nobody: only a speaker of another side does, or a verb of blame (blaming_speech_verbs). A noun of
    speech or stance voiced by the verb says its content as the verb it stands for: "issued a warning that
    Peru would retaliate" as "warned that …", "voiced concern that …" as a worry (quotes.voiced_noun)."""
    voiced = voiced_noun(clause.verb)
    if voiced is not None:
        clause = replace(clause, lemma=voiced.verb)
    # "demanded that Japan open its market", "insisted that the Community comply": a verb of asking with a
    # mandative subjunctive asks it of the content's subject (stance.mandated), reporting verb or not
    # "repeated the demand that Japan lift its quotas": a noun of asking voiced asks it as its verb does
    asking = clause.lemma in MANDATIVE_VERBS
    spoken = voiced or reports(clause.verb) or asking
    if clause.passive or clause.negated or not spoken or _held_view(clause):
        return
    # "X told reporters Y was …": Y is spoken about, not told; the addressee has its own fact (svo). A verb
    # that speaks only with its particle ("pointed out") says, where its lemma alone ("point") would not.
    # A charge that lays no deed on the one spoken of says no more of them than a statement ("charged that
    # Chile might attack"); it is no legal charge (CAMEO 173).
    predicate = _speech_predicate(clause.lemma)
    act = _statement_act(clause.lemma)
    doc = clause.sentence.doc
    speakers = _speakers(clause)
    voices = {agent.entity_id for agent in clause.agents}
    # "told the Lima Gazette that it …", "said in an interview with Reuters": whom the word is spoken to
    hearers = {s.ref.entity_id for s in clause.slots if s.kind == "object" or s.prep in HEARER_PREPS}
    # the nouns of the content that stand for someone themselves ("Arab states, including Egypt, …")
    named_nouns = {slot.ref.token for slot in clause.slots_of("content")}
    # the reported clauses one of whose doers is the speaker's own side ("said Chile and Peru had shelled
    # the village", of a Chilean): a deed the speaker's own state shares is reported, laid on none of them
    shared = {s.clause for s in clause.slots_of("content") if not s.tail and _own_side(clause, s.ref)}
    for slot in clause.slots_of("content"):
        if slot.ref.entity_id in voices:
            continue  # "Chile and Peru said they would …": the speakers speak of themselves, not each other
        if any(r.entity_id == slot.ref.entity_id for r in clause.force_answering):
            continue  # "said any U.S. attack would meet a strong response" threatens (answered_reprisal)
        if names_nobody(doc[slot.clause]):
            continue  # "said no Chinese protest was lodged": the report is of nothing China did
        if refused_possibility(doc[slot.clause]):
            continue  # "said Peru would never accept that Chile should …": a possibility refused, no appeal
        if _adverbial(doc[slot.scope]):
            continue  # "minutes before the committee voted, X claimed …": when X spoke, not what X said
        if slot.tail == "blamed":
            # "said the slump was partly the fault of Peru": the speaker lays the wrong on Peru; the hedge
            # ("partly", "largely") grades it, out of the predicate. Not of one's own side, nor under "may"
            hedged = modal_of(doc[slot.clause]) in HEDGE_MODALS
            if not hedged and not _own_side(clause, slot.ref) and clause.lemma not in DENIAL_VERBS:
                for speaker in speakers:
                    yield Fact(speaker, "accuse", slot.ref, "accuse", tokens=(clause.verb.i,))
            continue
        if _some_of_a_people(doc[slot.ref.token]):
            continue  # "said Peruvians on the boat were afraid": some people of Peru, not the state
        if _event_in_prospect(slot.ref, doc[slot.clause]):
            continue  # "an agreement seems close, X said": of no event there is yet, nor of a party to it
        noun = _phrase_noun(doc[slot.ref.token], doc[slot.clause])
        if noun is not None and noun.i not in named_nouns and not _relations_of(noun, doc[slot.clause]):
            continue  # "said strong sales to markets, including Japan, rose": of the sales, not of Japan
        own, doer = _own_side(clause, slot.ref) or _own_kind(clause, slot.ref), slot.tail == "by"
        # "denied that Y attacked Z" defends Y: no stance is taken against what is denied
        # a prediction foretells, it does not accuse ("predicted Peru defeats Chile")
        foretold = clause.lemma in PREDICTION_VERBS
        # a deed conceded ("admitted Iran took two villages") is granted, not laid on its doer
        conceded = clause.lemma in CONCEDING_VERBS
        blameless = clause.lemma in DENIAL_VERBS or foretold or conceded or natural_force(doc[slot.ref.token])
        # what the content acts on is no doer: "said a blast hit the Acme plant" accuses nobody
        blameless = blameless or slot.tail == "patient"
        # "declined to say whether Y attacked Z" says nothing of Y: only the refusal to speak is a fact
        blameless = blameless or clause.refusal is not None
        said = None if blameless else stance(doc[slot.clause], own, doc[slot.scope], doer)
        # "said the U.S. hopes Japan will make great efforts": an appeal to Japan, never praise (stance)
        hoped = "" if blameless or own or doer or slot.tail else hoped_stance(doc[slot.clause], clause.verb)
        said = said if hoped == "" else hoped
        if said == "accuse" and clause.agents_unplaced and clause.lemma not in BLAMING_SPEECH_VERBS:
            # "Carter told reporters Peruvian gunboats shelled a port": a plain word of a speaker
            # of no side the text gives reports the deed; it accuses only from another side, or as blame
            said = None
        asked_as = voiced.verb if voiced is not None else None
        asks_them = asking and not own and not doer
        mandate = mandated(clause.verb, doc[slot.clause], asked_as) if asks_them else None
        if asks_them and asked_as and mandate is None and not is_passive(doc[slot.clause]):
            mandate = MANDATIVE_VERBS[asked_as]  # "renewed its demand that Japan opens its market": asked
        if asking and mandate is None and not reports(clause.verb) and voiced is None:
            continue  # "demanded that Japan had …" misparsed or a fact: no words of reporting to say it
        said = mandate or said
        if said is None and not blameless and not own and _charged(clause, doc[slot.clause]):
            said = "accuse"  # "Peru charged that Chile was arming the rebels": a charge lays a deed on Chile
        if _forecast_of_a_thing(slot.ref, said, doc[slot.clause]):
            said = None
        said = _stance_toward(slot.ref, said)
        if said == "accuse" and not slot.tail and slot.clause in shared:
            said = None
        if said in ("demand", "urge") and (clause.lemma in BELIEF_VERBS or slot.believed) and hoped != "urge":
            # "believes students should pay fees", "said he was sure Peru should pay": a view of what ought
            # to be, no appeal to them
            continue
        if said is None and slot.ref.entity_id in hearers:
            continue  # the outlet or person the word is told to, named again in it, is no topic of it
        if said is None and _bare_violence(slot.ref, doc):
            continue  # "warned that continued attacks would …": a plain word about violence of nobody named
        if said is None and slot.tail == "patient" and not _speakers_own_deed(doc[slot.clause]):
            continue  # "said a gas leak hit the Acme plant": the plant is what the content acts on, no topic
        # "the OECD said Belgian growth would slow": a report on another's economy is about that state
        economy = economy_of_a_state(slot.ref, doc) and not own
        # "told Reuters the U.S. threats had hurt the moderates": the content is of what the state did
        acted = _owners_act(slot.ref, doc[slot.clause])
        if said is None and (
            (slot.ref.via == "possessor" and not economy and not acted)
            or slot.clause != slot.scope
            or slot.to_speaker
            or (_place_of(slot.ref, doc) and not economy)
            or (_forecast_of_a_state(clause, slot.ref, doc[slot.clause]) and not economy)
        ):
            # "said the firm's licence was revoked" says nothing of the firm, "said of the submarine,
            # 'Japan's waters were violated'" nothing of Japan, where the state is only the place; nor a
            # deep clause; "said Y had asked her to sing" relates Y to the speaker in its own fact
            continue
        words = clause.phrase_tokens if clause.refusal else (clause.verb.i,)
        words = (*words, voiced.noun.i) if voiced is not None else words
        sense = "" if said else _view_shared(clause, doc[slot.clause])
        claim = claim_words(doc[slot.scope])
        for speaker in speakers:
            if said:
                word, event = said, said
            else:
                word, event = _made_of(doc[slot.clause], slot.ref, _spoken(clause, predicate)), act
            yield Fact(speaker, word, slot.ref, event, tokens=words, prep=sense, content=claim, own_word=True)


# The word whose code a foretelling verb with none of its own takes: "expects", "anticipates" state what is
# to come as "forecast" does.
FORETELLING = "forecast"


def _statement_act(lemma: str) -> str:
    """The act a verb of speech states when it takes no stance: its own lemma, or "say" for a charge that
    lays no deed ("charged that Chile might attack": no legal charge, CAMEO 173) and for a denial of a
    claim ("denied that British banks were balking": a statement about it, 01, not a rejection of whoever it
    names, 12 being for requests and proposals); a word of foretelling with no code of its own ("said he
    expects the Bank to lend") states what is to come as "forecast" does (01)."""
    act = "say" if lemma in DENIAL_VERBS | CHARGING_SPEECH_VERBS else lemma
    return FORETELLING if lemma in PREDICTION_VERBS and event_root(act) is None else act


def _speakers(clause: Clause) -> list[Ref]:
    """Who speaks a report: its agents but an office holder's owner (`said the University of X, Y's
    chancellor, Jane Doe`: the chancellor, not her university), else the bodies its unnamed people speak for
    ("an analyst at Nomura said": Nomura)."""
    doc = clause.sentence.doc
    speakers = [agent for agent in clause.agents if office_holder(doc[agent.token]) is None]
    return speakers or list(clause.voices)


@rule("speech_topic", confidence=0.45, version=9)
def speech_topic(clause: Clause) -> Iterator[Fact]:
    """A named speaker's claim about what is no actor is about that thing: "Zenith said tin ore output would
    fall" (Zenith -say-> tin ore output, the claim its content).

    The topic is the reported clause's subject, a common noun that names no entity (objects.claim_topic),
    or, where that subject is a pronoun for the speaker or the speaker's own side ("Berg said he would not
    raise taxes", "Kestrel denied it would cut jobs"), the common noun the clause acts on; only where
    speech_content has no edge of that claim, and only a speaker the text names: a group of an occupation
    ("analysts said") is nobody's word. The predicate is the one speech_content gives a plain statement; no
    stance, which needs someone to take it toward."""
    topics = clause.slots_of("topic")
    # "would say", "might argue": a word not (yet) spoken; a report inside another's ("X said Y had
    # indicated that …") is the other's word, whose own content is what they report
    if not topics or clause.passive or clause.negated or clause.refusal is not None or clause.modality:
        return
    if any(s.entity_id not in {a.entity_id for a in clause.agents} for s in clause.speakers):
        return
    voiced = voiced_noun(clause.verb)
    reading = clause if voiced is None else replace(clause, lemma=voiced.verb)
    if not (voiced or reports(clause.verb)) or _held_view(reading):
        return
    doc = clause.sentence.doc
    # a people or a crowd ("activists", "residents", "emergency workers") is no speaker the text names
    speakers = [s for s in named_speakers(_speakers(clause)) if not s.entity_id.startswith("group:")]
    # "a report by the Kestrel Institute said", "the research, led by Bolt, reported": the document speaks,
    # not the author its modifiers name, and an unnamed document is no speaker of a topic (a named one, "the
    # Brundtland Report", is its own entity)
    speakers = [s for s in speakers if not _unnamed_document(doc[s.token])]
    if not speakers:
        return
    # one edge per claim: a claim speech_content already reads of someone is theirs
    claimed = {fact.content for fact in speech_content(clause)}
    act = _statement_act(reading.lemma)
    # a statement about a thing (01) whatever else the verb may code toward a party ("agreed", "alleged")
    act = act if event_root(act) == "01" else "say"
    predicate = _speech_predicate(reading.lemma)
    words = (clause.verb.i,) if voiced is None else (clause.verb.i, voiced.noun.i)
    for slot in topics:
        claim = claim_words(doc[slot.scope])
        if claim in claimed:
            continue
        if not all(_own_entity(clause, doer) for doer in slot.side):
            continue  # "Berg said they would raise taxes" of another's deed: theirs to be read, not a topic
        for speaker in speakers:
            # "Bolt said he believed inflation would ease": his own view nested in his own report is his
            # word, attributed to no one (not to himself), as speech_content's is
            yield Fact(speaker, predicate, slot.ref, act, tokens=words, content=claim, own_word=True)


def _unnamed_document(word: Token) -> bool:
    """Is the word a document by its common noun ("the report", "a study", "the research"), no part of a
    name? It speaks for the author it is read of, whom a topic's claim does not name as its speaker."""
    return word.lemma_.lower() in DOCUMENT_NOUNS and not word.ent_type_


def _event_in_prospect(ref: Ref, verb: Token) -> bool:
    """Is the content's subject an indefinite event noun whose clause only says what state it is in ("an
    agreement seems close", "a deal is near", "a settlement is likely")? The report foresees an event there
    is not yet; it says nothing about one. An event noun the content acts on ("we proposed a bill") or one
    that did something ("an attack killed five") is still what is said, and so is a named document ("a new
    White Paper was a ploy": a paper there is, said of)."""
    noun = verb.doc[ref.token]
    if not is_event(ref) or noun.dep_ not in NOMINAL_SUBJECT_DEPS or noun.head.i != verb.i:
        return False
    if noun.pos_ == "PROPN":
        return False
    complement = any(c.dep_ in PREDICATIVE_COMPLEMENT_DEPS for c in verb.children)
    return indefinite(noun) and complement


# A complement saying what state the subject is in: "is near" (acomp), "seems close" (oprd), "is a matter
# of days" (attr).
PREDICATIVE_COMPLEMENT_DEPS = COPULA_COMPLEMENT_DEPS | {"oprd"}


def _owners_act(ref: Ref, verb: Token) -> bool:
    """Is the content's subject an act or a measure of the state or body named before it ("said the U.S.
    threats had hurt the moderates", "said Japan's tariffs cost Peru dearly": a noun of appeal, proposal,
    statement or deed, or a measure aimed at others), so that the content speaks of what its owner did? A
    thing of its owner's ("the firm's licence was revoked") is not, nor an act named elsewhere in the
    content."""
    noun = verb.doc[ref.token]
    if ref.via != "possessor" or noun.dep_ not in NOMINAL_SUBJECT_DEPS or noun.head.i != verb.i:
        return False
    lemma = noun.lemma_.lower()
    return lemma in STATES_OWN_NOUNS or lemma in AIMED_MEASURE_NOUNS or lemma in CENSURED_MEASURE_NOUNS


def _speech_predicate(lemma: str) -> str:
    """The predicate of a speaker's plain word by a verb of speech: its own lemma ("claim", "warn"), or
    "say" for a verb of telling ("told", whose hearer has its own fact), of charging, or one that reports
    only through a noun or particle ("voiced concern": worry)."""
    plain = lemma in ADDRESSEE_VERBS | CHARGING_SPEECH_VERBS or lemma not in REPORTING_VERBS
    return "say" if plain else lemma


# Punctuation that ends a reported clause, or sets it off from the words of reporting around it.
CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "...", "…", "-", "–", "—", *QUOTATION_MARKS})


def claim_words(head: Token, source: Token | None = None) -> str:
    """What a reported clause says, as the text's words: the clause its verb heads, without the
    complementiser that opens it ("that"), quotation marks, and the punctuation that closes it ("said
    that Peru would close the border." -> "Peru would close the border"). A clause extraposed after a
    judging adjective keeps its judge ("said it is unlikely Peru will close it": not "Peru will close it").
    The phrase that names the clause's source inside it (`source`, "according to Z") is no part of what is
    said: "Peru, according to Z, shelled X" -> "Peru shelled X"."""
    judge = extraposed_likelihood(head) or extraposed_wish(head)
    if judge is not None:
        head = judge.head if judge.dep_ in ("acomp", "attr", "prep") else judge
    words = list(head.doc[head.left_edge.i : head.right_edge.i + 1])
    if source is not None and head.left_edge.i <= source.i <= head.right_edge.i:
        first, last = source.left_edge.i, source.right_edge.i
        words = [w for w in words if not first <= w.i <= last]
        # "Peru, according to Z, shelled X": the commas that set the source phrase off go with it
        # ("…; according to Z, he owed" keeps the semicolon only)
        doc = head.doc
        inside = first > head.left_edge.i and last < head.right_edge.i
        if inside and doc[first - 1].is_punct and doc[last + 1].text == ",":
            gone = (first - 1, last + 1) if doc[first - 1].text == "," else (last + 1,)
            words = [w for w in words if w.i not in gone]
    words = _up_to_its_sentence_end(words)
    while words and (words[0].is_punct or words[0].text in SINGLE_QUOTES) and words[0].text not in "([":
        words.pop(0)
    if words and words[0].dep_ == "mark" and words[0].lower_ == "that" and words[0].head.i == head.i:
        words.pop(0)
    while words and (words[-1].text in CLAUSE_END or words[-1].text in SINGLE_QUOTES or words[-1].is_space):
        words.pop()  # a sentence's own clause ends with its full stop and the line break after it
    text, kept = "", {word.i for word in words}
    for word in words:
        if text and not text.endswith(" ") and word.i - 1 not in kept:
            text += " "  # a gap where the source phrase was
        if word.text not in QUOTATION_MARKS:
            text += word.text_with_ws
        elif word.whitespace_ and not text.endswith(" "):
            text += " "  # 'the world," by supporting': the space after the dropped mark stays
    return text.strip()


# The marks that end a sentence, after which a capital opens the next one.
FULL_STOPS = frozenset({".", "!", "?"})


def _up_to_its_sentence_end(words: list[Token]) -> list[Token]:
    """The words of a reported clause up to the end of its sentence: where the parser hangs the next
    sentence on the clause ("said only Kestrel and Acme use it. Kestrel has ten now."), the text does not
    give that sentence to the speaker. A quotation still open there runs on with the speaker's words
    ('said "Acme uses it. Kestrel has ten."'); one closed at the stop ('… "Acme uses it." Kestrel …')
    does not."""
    doc = words[0].doc if words else None
    if doc is None or not any(w.text in FULL_STOPS for w in words[:-1]):
        return words
    quoted = {i for group in quote_groups(doc) for start, end in group for i in range(start, end)}
    last = None  # the last word before this one that is no quotation mark
    for n, word in enumerate(words):
        opens = word.text[:1].isupper() and word.i not in quoted
        if opens and last is not None and last.text in FULL_STOPS:
            return words[:n]
        if word.text not in QUOTATION_MARKS and not word.is_space:
            last = word
    return words


def _adverbial(content: Token) -> bool:
    """Is a clause the parser took for reported content opened by a subordinator of time or cause
    ("before", "after", "because"), which tells when or why the speaker spoke?"""
    return any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in content.children)


def _speakers_own_deed(content: Token) -> bool:
    """Is the reported clause the speaker's own deed ("we proposed a bill", "I signed the order"), which
    is a word about what it acts on?"""
    own = FIRST_PERSON_PRONOUNS | FIRST_PERSON_PLURAL
    subjects = [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lower_ in own for s in subjects)


def _view_shared(clause: Clause, content: Token) -> str:
    """ "agreed that the plan failed" shares a view, a statement; "agreed to talks" and "agreed that Peru
    would host the talks" settle what is to be done. A content clause of what is so selects the verb's
    statement sense (cameo.tsv lists it under "that", written or not): "that", else no sense."""
    if modal_of(content) in PROMISE_MODALS or not has_particle(clause.lemma, "that"):
        return ""
    return "that"


def _held_view(clause: Clause) -> bool:
    """Is the report a view its holder hedges rather than a word about anyone: "I think they are
    bluffing", "we hope Peru will sign", "X thinks the city is poised to grow"? Its content stays the
    holder's claim (attributed to them); "the US believes he is dead" is an assessment, a report of him."""
    if clause.lemma in OPINION_VERBS:
        return True
    if clause.lemma not in BELIEF_VERBS:
        return False
    doc = clause.sentence.doc
    own = FIRST_PERSON_PRONOUNS | FIRST_PERSON_PLURAL
    return any(agent.via == "pronoun" and doc[agent.token].lower_ in own for agent in clause.agents)


def _forecast_of_a_state(clause: Clause, ref: Ref, content: Token) -> bool:
    """Is the report a forecast or hedge about a state made by a firm, an outlet or another body that is
    no state's organ ("Acme said Brazil would cut rates"), or by the state's own side ("the government will
    withdraw the bill", its leader said)? The state is only the topic of the speaker's view: no plain
    statement edge to it (the content's own fact keeps the speaker as its source). One state's word of
    what another would do ("Chile said Peru would invade") stays a statement about it."""
    if not ref.entity_id.startswith("country:") or modal_of(content) not in FORECAST_MODALS:
        return False
    bodies = all(a.entity_id.startswith("org:") and "@" not in a.entity_id for a in clause.agents)
    return (bodies and bool(clause.agents)) or _own_side(clause, ref)


def _place_of(ref: Ref, doc: Doc) -> bool:
    """Does the argument name a state only through its ground ("Japan's waters", "Peru's airspace"), which
    stands for the state as a place, not as one that acts or is spoken of?"""
    return ref.via == "organ" and doc[ref.token].lemma_.lower() in PLACE_NOUNS


def _own_side(clause: Clause, ref: Ref) -> bool:
    """Is the one spoken of the speaker's own side: the speaker, the state, firm or body the speaker acts
    for ("Kestrel Ltd chairman X" of Kestrel), or an unnamed organ of that state ("Afghan officials said
    Afghan forces killed …": the state reports its army)? An organ's id names its state
    ("org:military@afg"); a group's ("group:…@afg") is no organ."""
    return _own_entity(clause, ref.entity_id)


def _own_entity(clause: Clause, entity_id: str) -> bool:
    """Is the entity the speaker's own side (_own_side)?"""
    if entity_id in clause.agent_side | clause.served:
        return True
    kind, _, state = entity_id.partition("@")
    return kind.startswith("org:") and bool(state) and f"country:{state.upper()}" in clause.agent_side


def _own_kind(clause: Clause, ref: Ref) -> bool:
    """Is the one spoken of a kind of firms or bodies the text names the speaker's own among ("firms like
    Kestrel", said Kestrel's chairman; "such as", "including")? What the speaker says firms of their own
    kind must do is their view of their own side's course, no demand on the kind."""
    noun = clause.sentence.doc[ref.token]
    members = {
        member.i
        for prep in noun.children
        if prep.dep_ == "prep" and gives_examples(prep)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for member in (pobj, *pobj.conjuncts)
    }
    return any(s.ref.token in members and _own_side(clause, s.ref) for s in clause.slots_of("content"))


def _forecast_of_a_thing(ref: Ref, said: str | None, content: Token) -> bool:
    """Is a demand or appeal put on a measure or standing of the owner's (forecast_nouns: "said Acme's
    costs should fall", "Zenith's reputation should help the deal"): what "should" says of them is a
    forecast, no order to their owner. The owner's acts and conduct ("Iraq's attacks must stop", "Iran's
    behaviour must change") and what is to be done to its things ("… must be dismantled") stay demands."""
    # ("Chile's economy should manage growth": the economy is a part of the state, read as its organ)
    if said not in ("demand", "urge") or ref.via not in ("possessor", "organ") or is_passive(content):
        return False
    thing = content.doc[ref.token]  # the possessor's Ref stands on what it owns ("costs")
    thing = thing.head if thing.dep_ == "poss" else thing
    if thing.lemma_.lower() in FORECAST_NOUNS or thing.lower_ in FORECAST_NOUNS:
        return True
    # "said Canada's pact should serve as a precedent": advice on what a thing should do or be is no appeal
    # to its owner, who is not the one asked to act; the owner's own acts ("Peru's raids should stop") are
    return said == "urge" and ref.via == "possessor" and not _owned_act(thing)


def _owned_act(noun: Token) -> bool:
    """Is an owned noun an act or conduct of its owner ("Peru's raids", "Iran's behaviour"), not a thing
    (its pact or treaty, a document however it was made)?"""
    lemma = noun.lemma_.lower()
    if lemma in AGREEMENT_NOUNS or lemma in ACCORD_NOUNS:
        return False
    return event_root(lemma, noun=True) is not None or lemma in CONDUCT_NOUNS


def _charged(clause: Clause, content: Token) -> bool:
    """Is the report a charge ("charged that Chile was arming the rebels"): a verb of charging over a deed
    of the one spoken of, done or left undone ("charged that Chile had not paid its dues" lays the failure
    on Chile), not one only hedged or foretold ("charged that Chile might attack"), nor one done to them?"""
    if clause.lemma not in CHARGING_SPEECH_VERBS or is_passive(content):
        return False
    return modal_of(content) not in HEDGE_MODALS | PROMISE_MODALS


def _made_of(reported: Token, ref: Ref, word: str) -> str:
    """ "The IMF declared Sudan ineligible for new loans": what the verb makes of its object, an adjective
    the parser hangs on the verb with the object as its subject, is in the predicate with its first phrase
    ("declare ineligible for loan"); a plain report keeps its word."""
    if reported.pos_ != "ADJ" or reported.dep_ not in ("ccomp", "oprd"):
        return word
    if not any(c.dep_ == "nsubj" and c.i == ref.token for c in reported.children):
        return word
    phrase = next(
        (
            f" {prep.lower_} {pobj.lemma_.lower()}"
            for prep in reported.children
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
        ),
        "",
    )
    return f"{word} {reported.lower_}{phrase}"


def _spoken(clause: Clause, predicate: str) -> str:
    """A speech refused keeps its refusal ("declined to say", "denied saying"): it is no statement made."""
    return clause.phrase if clause.refusal else predicate


def _some_of_a_people(word: Token) -> bool:
    """Is the word a people's name ("Peruvians", "a Chilean"), which the article's entities take for its
    state? In reported content it is some of that people, of whom the speaker says nothing as a state."""
    name = [t.text for t in word.lefts if t.dep_ == "compound"] + [word.text]
    return word.pos_ in ("PROPN", "NOUN") and is_demonym(" ".join(name))


def _phrase_noun(word: Token, verb: Token) -> Token | None:
    """The noun of the clause whose phrase the name is only inside ("sales to all markets, including Japan",
    "demand from Japan"), where the clause speaks of that noun, not of what its phrase names; None for a
    name that is the clause's argument itself, or the noun standing for it ("the government of Japan",
    "members of Hamas" stand on their head noun)."""
    found = None
    while word.head.i != word.i and word.i != verb.i and word.head.i != verb.i:
        if word.dep_ == "prep" and word.head.pos_ in NOUN_POS:
            found = word.head
        word = word.head
    return found


def _relations_of(noun: Token, verb: Token) -> bool:
    """Is the noun whose phrase names the content's entity the clause's subject, a noun of relations
    between sides (relation_nouns: "said relations with Japan were strained", "trade ties with Brazil had
    worsened")? Relations are about their parties, as sales or demand are not about whom they go to."""
    return relation_noun(noun) and noun.dep_ in NOMINAL_SUBJECT_DEPS and noun.head.i == verb.i


def _named_for_themselves(clause: Clause) -> list[Ref]:
    """The clause's agents but a name only inside a phrase hung on its subject ("remarkable sales to all
    markets, including Japan, rose, according to Chile"), unless that noun stands for someone itself
    (`_phrase_noun`): what is said of the sales is no word about Japan."""
    doc = clause.sentence.doc
    nouns = {agent.token for agent in clause.agents}
    return [
        agent
        for agent in clause.agents
        if (noun := _phrase_noun(doc[agent.token], clause.verb)) is None or noun.i in nouns
    ]


def _owned_by(ref: Ref) -> bool:
    """Is the argument only the owner of what the clause is about: a thing of X's ("X's permit"), or
    people around a person ("X's family members", "X's lawyers"), who act for themselves, not for X (a
    state's troops act for the state)?"""
    return ref.via == "possessor" or (
        ref.via in ("organ", "organ_of") and ref.entity_id.startswith("person:")
    )


@rule("according_to", confidence=0.5, version=27)
def according_to(clause: Clause) -> Iterator[Fact]:
    """ "X did Y, according to Z": Z says it about X, with Z's stance ("X shelled Y, according to Z"
    accuses X); "Y was armed by X, according to Z" is said of the doer X. So does Z's own noun of speech or
    stance ("Z's warning that X would default", "Z's concern is that X is arming Y"), as its verb would."""
    cue = clause.cue
    owned = _owned_word(clause)
    if cue is None or (owned is None and (cue.lower_ != "according" or cue.head.i != clause.verb.i)):
        return
    if names_nobody(clause.verb):
        return  # "according to Z, no Chinese troops crossed": Z speaks of nothing any party did
    words = (cue.i, *(c.i for c in cue.children if c.lower_ == "to"))
    claim = claim_words(clause.verb, source=cue)
    for speaker in clause.speakers:
        for agent in _named_for_themselves(clause):
            own = agent.entity_id in clause.speaker_side
            # "Typhoon X killed 20, according to officials" reports a toll; it accuses nobody
            blameless = natural_force(clause.sentence.doc[agent.token])
            said = None if blameless else stance(clause.verb, own, doer=clause.passive)
            if owned in MANDATIVE_VERBS and not own and not clause.passive:
                said = MANDATIVE_VERBS[owned]  # "Chile's demand that Peru withdraw": asks it of Peru
            said = _stance_toward(agent, said)
            if said is None and _owned_by(agent):
                continue  # "X's family filed a report, according to Z": Z speaks of the family, not of X
            if said is None and _bare_violence(agent, clause.sentence.doc):
                continue  # "six died in the attack, according to Z": Z's word is of the victims, no party
            word, event = (said, said) if said else (_speech_predicate(owned or "say"), owned or "say")
            # the source spoke whatever it says: "did not attack, according to Z" is still Z's word, and
            # the edge carries it ("X shelled Y, according to Z" -> "X shelled Y")
            yield Fact(speaker, word, agent, event, tokens=words, settled=True, content=claim)


def _owned_word(clause: Clause) -> str | None:
    """ "Chile's warning that Peru would invade", "Chile's concern is that Peru is arming": the verb of
    speech (quotes.said_as) of the owned noun of speech or stance whose content the clause is, which cues
    it; None for any other cue, and for a noun a verb voices ("Chile repeated its warning that …"), whose
    word is speech_content's."""
    cue, verb = clause.cue, clause.verb
    if cue is None or cue.pos_ not in NOUN_POS or not any(c.dep_ == "poss" for c in cue.children):
        return None
    if verb.head.i != cue.i and not (verb.dep_ == "ccomp" and cue.head.i == verb.head.i):
        return None
    voiced = voiced_noun(cue.head)
    return None if voiced is not None and voiced.noun.i == cue.i else said_as(cue)


def _opens_quote(clause: Clause, agent: Ref, voices: set[str]) -> bool:
    """Is a plain quoted statement about its named subject: the sentence that opens the quotation
    (`Chile said: "Peru wants a war …`), of a subject named there, not a pronoun, an owner or a speaker?"""
    if agent.via != "name" or agent.entity_id in voices:
        return False
    sentence = clause.sentence
    return any(t.text in QUOTATION_MARKS for t in sentence.doc[sentence.start : agent.token])


def _reporting_phrase(clause: Clause) -> Token | None:
    """The words that report a quotation inside its own sentence (`Chile told reporters, "Peru wants a
    war`, where the parser hangs the reporting verb on the quoted verb): a verb of reporting among the
    quoted verb's branches, outside the quotation marks; None when there is none."""
    verb = clause.verb
    doc = clause.sentence.doc
    for word in verb.children:
        if word.pos_ not in ("VERB", "AUX") or not reports(word):
            continue
        if any(t.text in QUOTATION_MARKS for t in doc[word.left_edge.i : word.right_edge.i + 1]):
            continue  # a reporting verb quoted ("Peru wants a war, as we said") is part of the quotation
        return word
    return None


@rule("quote_stance", confidence=0.5, version=18)
def quote_stance(clause: Clause) -> Iterator[Fact]:
    """A quotation's sentence is its speaker's word about whoever does what it says, with the speaker's
    stance: `"Peru shelled our villages," Chile said` (a second quoted sentence, which no reporting verb
    governs) accuses Peru; "… Peru's plan is a reckless gamble" criticises Peru. A plain statement is an
    edge only in the sentence that opens the quotation, to a subject named there (`Chile told reporters,
    "Peru wants a truce.` says Peru), never to whom a long quotation names further on."""
    if clause.cue is not None or not clause.speakers or clause.verb.dep_ != "ROOT":
        return  # a reported clause is speech_content's; a quotation's subclauses say nothing on their own
    if clause.answered:
        return  # a long interview answer is no quotation picked for its point: its wording is no stance
    doc = clause.sentence.doc
    voices = {speaker.entity_id for speaker in clause.speakers}
    claim = claim_words(clause.verb, source=_reporting_phrase(clause))
    for agent in _named_for_themselves(clause):
        if agent.via == "pronoun" and doc[agent.token].lower_ in FIRST_PERSON_PRONOUNS | FIRST_PERSON_PLURAL:
            continue  # the speaker's own "I" or "we": no edge to themselves
        own = agent.entity_id in clause.speaker_side
        said = None if natural_force(doc[agent.token]) else stance(clause.verb, own, doer=clause.passive)
        said = _stance_toward(agent, said)
        if said is None and not _opens_quote(clause, agent, voices):
            continue  # a plain statement deeper in a quotation is not an edge to whom it names (issue 7)
        for speaker in clause.speakers:
            # a plain statement is about whom its main clause is of (the gold's speaker -say-> topic); the
            # edge carries the quoted sentence
            yield Fact(speaker, said or "say", agent, said or "say", settled=True, content=claim)


@rule("evaluation", confidence=0.6, version=14)
def evaluation(clause: Clause) -> Iterator[Fact]:
    """What the subject calls someone is its stance: "Chile called Peru's plan 'reckless'" criticises Peru.

    "called the accord historic" praises its parties; "described Russia as a rival" only describes it;
    "Peru was hailed by Chile as a brave ally" praises Peru."""
    if clause.complement is None:
        return
    if clause.passive and not _judges(clause):
        return  # "was described by X as a rival": the passive rule reads it
    complement = clause.complement
    if wrong_act(complement):
        said = "accuse"  # "called the U.S. attacks an escalation": the doer of a wrong act is accused
    else:
        said = judgement(complement) or ("accuse" if accusing(complement) else "describe")
    # the edge carries what the subject calls them: "described France as 'America's oldest ally'"
    description = claim_words(complement)
    # "was hailed by X as a hero": the by-agent judges the passive's subject
    for agent in clause.agents:
        for judged in clause.patients if clause.passive else clause.judged:
            yield Fact(agent, said, judged, said, tokens=(clause.verb.i,), content=description)


@rule("answered_reprisal", confidence=0.6, version=4)
def answered_reprisal(clause: Clause) -> Iterator[Fact]:
    """A reprisal vowed with no target answers the wrong the same sentence lays on someone: "called the U.S.
    attacks an escalation and promised retaliation" -> threaten the United States (frame.Clause.reprisal_for);
    coded as the vow of reprisal (138).

    A state's word that another state's act would meet force answers that act too: "Iran said any U.S.
    interference would meet a strong response" -> Iran threaten the United States, a warning where the verb
    is one (frame.Clause.force_answering, 138), carrying what was said."""
    for agent in clause.agents:
        for target in clause.reprisal_for:
            if target.entity_id != agent.entity_id:
                yield Fact(agent, "threaten", target, clause.lemma, tokens=(clause.verb.i,))
    word = "warn" if clause.lemma in WARNING_VERBS else "threaten"
    answered = {r.entity_id: r for r in clause.force_answering}  # one edge a state, however often named
    for agent in clause.agents:
        for target in answered.values():
            if target.entity_id != agent.entity_id:
                content = claim_words(next(c for c in clause.verb.children if c.dep_ == "ccomp"))
                yield Fact(agent, word, target, clause.lemma, tokens=(clause.verb.i,), content=content)


@rule("defied", confidence=0.6)
def defied(clause: Clause) -> Iterator[Fact]:
    """Whose stance a deed defies: "India will send ships despite Sri Lanka's objections" -> Sri Lanka
    object to India.

    The objection stands whatever the deed's polarity or modality ("will go ahead despite", "did not
    stop despite"); nobody objects to themselves."""
    for slot in clause.slots_of("defied"):
        for agent in clause.agents:
            if agent.entity_id != slot.ref.entity_id:
                yield Fact(slot.ref, slot.tail, agent, slot.noun, noun=True, tokens=slot.tokens, settled=True)


@rule("behest", confidence=0.6, version=3)
def behest(clause: Clause) -> Iterator[Fact]:
    """Who asked whom: "the king complied with the request of the premier" -> the premier request the king.

    Also "at Peru's request, Chile closed its border": a request behind a deed."""
    if clause.passive:
        return
    doc = clause.sentence.doc
    answers = clause.lemma in RESPONSE_VERBS
    for slot in clause.slots_of("object_noun", "prep_noun", "prep"):
        # "postponed the deadline at Peru's request": the parser may hang the request on the object
        hung = slot.kind == "object_noun" and slot.ref.via == "possessor" and slot.prep in BEHEST_PREPS
        if slot.kind == "prep" or hung:  # "at Peru's request": the request stands for its owner
            noun = doc[slot.ref.token].lemma_.lower() if slot.ref.via == "possessor" else ""
            of_asker = bool(noun)
        else:
            noun, of_asker = slot.noun, slot.tail.endswith(f"{slot.noun} of")
        verb_prep = slot.prep if slot.kind != "object_noun" or hung else ""
        if noun not in APPEAL_NOUNS or not of_asker or not (answers or verb_prep in BEHEST_PREPS):
            continue
        words = tuple(t for t in (*slot.tokens, slot.ref.token) if doc[t].lemma_.lower() == noun)[:1]
        for agent in clause.agents:
            # "did not accede to X's demands": X still demanded
            yield Fact(slot.ref, noun, agent, noun, noun=True, tokens=words, settled=True)


def is_event(ref: Ref) -> bool:
    """Is the argument an event entity of its article ("the bombing", "Brexit")?"""
    return ref.entity_id.startswith("event:")


@rule("event_victim", confidence=0.75)
def event_victim(clause: Clause) -> Iterator[Fact]:
    """Who died in an event was killed by it: "five civilians died in the attack" -> attack kill civilians."""
    if clause.passive or clause.lemma not in DEATH_VERBS:
        return
    for slot in clause.slots_of("prep"):
        if slot.prep not in MEANS_PREPS or not is_event(slot.ref):
            continue
        for victim in clause.agents:
            if not is_event(victim):
                yield Fact(slot.ref, "kill", victim, "kill", tokens=(clause.verb.i, *slot.tokens))


@rule("event_place", confidence=0.6, version=2)
def event_place(clause: Clause) -> Iterator[Fact]:
    """An event acts where the place hung on its object is: "a bombing killed X in the town of Hodeida" ->
    bombing kill in Hodeida (the parser attaches "in Hodeida" to X). Not where an event it only follows
    in time took place ("the shooting followed three shootings in Texas": time_order_verbs)."""
    if clause.passive or clause.copula or clause.lemma in TIME_ORDER_VERBS:
        return
    for agent in clause.agents:
        if not is_event(agent):
            continue
        for slot in clause.slots_of("object_place"):
            yield Fact(
                agent,
                clause.predicate(slot.tail),
                slot.ref,
                clause.lemma,
                prep=slot.prep,
                tokens=clause.words_of(slot),
            )


@rule("claimed_event", confidence=0.6)
def claimed_event(clause: Clause) -> Iterator[Fact]:
    """Responsibility claimed without "for" is for the violent event named last: "Twin bombings struck a
    church … ISIL later claimed responsibility" -> ISIL claim responsibility for the twin bombings."""
    event = clause.prior_event
    if clause.passive or event is None or clause.lemma not in RESPONSIBILITY_VERBS:
        return
    objects = [c for c in clause.verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"]
    if not objects or any(c.dep_ == "prep" for c in objects[0].children) or clause.slots_of("prep"):
        return  # "claimed responsibility for X", "on behalf of X": the rules read what it names
    for agent in clause.agents:
        if not is_event(agent):
            yield Fact(
                agent,
                f"{clause.phrase} responsibility for",
                event,
                clause.lemma,
                tokens=(clause.verb.i, objects[0].i),
            )


@rule("visit_destination", confidence=0.6)
def visit_destination(clause: Clause) -> Iterator[Fact]:
    """A visit begun or paid with no place in its sentence is to the state the headline or the sentence before
    says is visited: "KING X VISITS SPAIN THIS WEEK ... King X of Norway begins a four-day state visit on
    Tuesday" -> X visit Spain (with the clause's time: will)."""
    state = clause.visited
    visit = opened_visit(clause.verb, clause.lemma)
    if clause.passive or state is None or visit is None:
        return
    for agent in clause.agents:
        if agent.entity_id != state.entity_id and state.entity_id not in clause.agent_side:
            yield Fact(agent, "visit", state, "visit", noun=True, tokens=(visit.i,))


@rule("reaction", confidence=0.55, version=3, reads="event noun")
def reaction(frame: EventNoun) -> Iterator[Fact]:
    """A reaction that names no object is to the violent event named last: "statements of condemnation
    came from X" -> X condemn the bombing."""
    predicate = REACTION_NOUNS.get(frame.lemma)
    event = frame.prior_event
    if predicate is None or event is None or frame.targets:
        return
    for agent in frame.agents:
        if not is_event(agent):
            yield Fact(agent, predicate, event, frame.lemma, noun=True, tokens=(frame.noun.i,))


@rule("event_noun", confidence=0.65, version=71, reads="event noun")
def event_noun(frame: EventNoun) -> Iterator[Fact]:
    """An event noun with its parties: "U.S. sanctions on Iran", "a meeting between A and B"."""
    for first, second in frame.pairs:
        yield Fact(
            first, f"{frame.lemma} with", second, frame.lemma, noun=True, prep="with", tokens=(frame.noun.i,)
        )
    asked = _asked_of_noun(frame)
    for phrase, target, tokens in frame.targets:
        prep = phrase.split()[-1]
        # "a request to X by Y to restrict sales": what is asked goes with the edge to the one asked
        content = asked if prep in _ASKED_PREPS else ""
        for agent in frame.agents:
            yield Fact(
                agent, phrase, target, frame.lemma, noun=True, prep=prep, tokens=tokens, content=content
            )


@dataclass(frozen=True, slots=True)
class Title:
    """The frame of a role fact: a title or apposition states it; nobody is quoted, nothing negated."""

    role: Role
    sentence: Span
    negated: bool = False
    modality: str | None = None
    speakers: tuple[Ref, ...] = ()

    def code_of(self, _fact: Fact, _words: Words) -> str | None:
        return None


@rule("title", confidence=0.9, version=134, reads="role")
def title(frame: Title) -> Iterator[Fact]:
    """A title or apposition names a role: "German Chancellor Olaf Scholz" -> chancellor of Germany."""
    role = frame.role
    holder, target = Ref(role.holder, role.token, "name"), Ref(role.target, role.token, "name")
    yield Fact(holder, f"{role.role} {role.prep}", target)
