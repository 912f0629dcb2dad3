"""The rule engine: frames read from a parsed article, the registered rules run over them, relations out.

Each verb is read once into a `Clause` (frame.py), each event noun into an `EventNoun` (nouns.py), each
role into a `Title`; every rule registered for that kind of frame (rules.py, in table order) yields its
facts, and each fact becomes a `Relation` with the frame's polarity, attribution and CAMEO root and the
confidence policy's score (scoring.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from geokg.extract.clauses.arguments import ArgumentResolver, Ref, gives_examples, goods_noun
from geokg.extract.clauses.frame import (
    AID_ROOT,
    INTENT_TO_MEET,
    MEET_ROOT,
    Clause,
    ClauseReader,
    Words,
    after_contrast,
)
from geokg.extract.clauses.nouns import EventNounReader
from geokg.extract.clauses.objects import economy_of_a_state, event_words, owned_thing_opening
from geokg.extract.clauses.predicates import canonical
from geokg.extract.clauses.quotes import Quote, interview_question
from geokg.extract.clauses.registry import Fact, Rule, rules_reading
from geokg.extract.clauses.rules import Title
from geokg.extract.clauses.scoring import confidence
from geokg.extract.clauses.subjects import extraposed_likelihood
from geokg.extract.entities.offices import office_kinds
from geokg.extract.entities.roles import Role
from geokg.extract.entities.roles.clauses import leads_now
from geokg.extract.entities.titles import is_role_word, role_phrase
from geokg.extract.lexicon.cameo import ACCUSING_ROOTS, FORCE_ROOTS, STATE_SECTORS, event_code, event_root
from geokg.extract.lexicon.entity_words import OFFICE_LEADING_VERBS
from geokg.extract.lexicon.syntax import VERB_POS, fronted, relation_noun
from geokg.extract.lexicon.words import (
    ACCORD_NOUNS,
    ADDITIVE_AFTER_NOT,
    AGREEMENT_NOUNS,
    APPEAL_NOUNS,
    CAUSAL_DEMAND_VERBS,
    CONTRAST_PHRASES,
    EXPERIENCER_VERBS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    MEETING_VENUE_PREPS,
    MEETING_VERBS,
    MOTION_VERBS,
    OWNED_THING_NOUNS,
    PEOPLE_NOUNS,
    PERCENT_NOUNS,
    PERSON_PRONOUNS,
    PLAIN_SPEECH_VERBS,
    POSSESSIVE_VERBS,
    PROPOSAL_NOUNS,
    RECIPROCAL_VERBS,
    SANCTION_READYING_VERBS,
    SHARE_NOUNS,
    SPEECH_TOPIC_PREPS,
    SPENDING_VERBS,
    SUFFERED_NOUNS,
    THING_PRONOUNS,
    TOPIC_NAME_HEADS,
    VENUE_ACT_ROOTS,
    YIELD_ATTEMPT_VERBS,
)
from geokg.extract.token_arrays import with_pos
from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class Relation:
    subject: Ref
    predicate: str
    object: Ref
    negated: bool
    modality: str | None
    attributed_to: str | None  # entity id of the speaker the fact is reported from
    event_root: str | None
    confidence: float
    rule: Rule
    sentence: Span
    event_code: str | None = None  # the full CAMEO code ("1823"); event_root is its first two digits
    predicate_text: str = ""  # the predicate's words as the sentence has them ("held talks with")
    content: str | None = None  # of a speaker's word about someone: the reported clause's words
    tokens: tuple[int, ...] = ()  # the predicate's words in the sentence, if it has any


class Frame(Protocol):
    """What every frame tells the engine about the facts read from it."""

    @property
    def negated(self) -> bool: ...
    @property
    def modality(self) -> str | None: ...
    @property
    def speakers(self) -> tuple[Ref, ...]: ...
    @property
    def sentence(self) -> Span: ...
    def code_of(self, fact: Fact, words: Words) -> str | None: ...


def relations(rule: Rule, frame: Frame, facts: Iterable[Fact], words: Words) -> list[Relation]:
    """The rule's facts as relations; a fact relating an entity to itself says nothing."""
    attributed = frame.speakers[0].entity_id if frame.speakers else None
    out: list[Relation] = []
    for fact in facts:
        if fact.subject.entity_id == fact.object.entity_id:
            continue
        if _contrasted(fact.object, frame.sentence.doc):
            continue  # "sold oil to Japan, not to China", "rather than to China": no sale to China
        if any(_adjective_alone(end, frame.sentence.doc) for end in (fact.subject, fact.object)):
            continue  # "the leading force in European aviation" misread: an adjective is no actor
        if _class_beside_members(frame, fact):
            continue  # "Some banks, including A and B, plan to X": "banks" is no actor beside A and B
        code = frame.code_of(fact, words)
        if _venue_of_act(fact, code, words, frame.sentence.doc):
            continue  # "reaffirmed the accord in Lima": where they reaffirmed it, no party to it
        if _topic_only(fact, code, frame.sentence.doc):
            continue  # "spoke on the European Monetary System": a thing spoken of, no actor
        if _venue_of_joint_act(frame, fact, code, words):
            continue  # "Chile and Peru signed in Lima": they signed with each other; Lima is only where
        if _fronted_setting(frame, fact, code, words):
            continue  # "In Peru, Acme is battling proposals": where the clause happens, no party to it
        venue = (
            _venue_of_meeting(fact, code, words)
            and not _attended_meeting(rule, fact, frame.sentence.doc)
            and not _met_at_place(frame, fact)
        )
        if venue or _bare_venue(fact, code, words, frame.sentence.doc):
            code = None  # "held talks with Y in Lima", "signed in Lima": Lima is where, no party to it
        doc = frame.sentence.doc
        if _owner_of_a_thing(fact, code, doc):
            continue
        if _accord_acting(fact, doc):
            continue  # "the revised accord puts Taiwan on terms like Korea's": an accord does nothing
        text = " ".join(doc[i].text for i in sorted(set(fact.tokens))) if fact.tokens else fact.predicate
        # a speaker's own word is his statement, not a report of him by himself
        said_by = None if fact.own_word and attributed == fact.subject.entity_id else attributed
        out.append(
            Relation(
                fact.subject,
                canonical(fact.predicate, fact.event if fact.noun else fact.fallback),
                fact.object,
                frame.negated != fact.denied and not fact.settled,
                None
                if fact.settled
                else _not_yet_done(frame, fact, code) or frame.modality or _judged_likely(frame, fact),
                said_by,
                code[:2] if code else None,
                confidence(rule, fact.subject, fact.object, said_by is not None),
                rule,
                frame.sentence,
                code,
                text,
                fact.content or None,
                fact.tokens,
            )
        )
    return out


def _not_yet_done(frame: Frame, fact: Fact, code: str | None) -> str | None:
    """ "tried to meet U.S. demands", "is seeking to meet Japan's requests": an attempt to yield (CAMEO 08)
    is the yielding promised, not done; "is preparing (drafting) measures against X", "prepared an
    offensive against X": sanctions (16) or force (17-20) its object names are readied, not done. "May"
    when the clause has no modal of its own ("will try to meet" keeps its "will"), else None."""
    if not isinstance(frame, Clause) or frame.modality is not None or frame.negated or not code:
        return None  # an event noun's frame has no verb of its own that tries or readies
    if code.startswith(YIELD_ROOT) and frame.chain and frame.chain[0].lemma_.lower() in YIELD_ATTEMPT_VERBS:
        return POSSIBLE
    readied = not frame.chain and frame.lemma in SANCTION_READYING_VERBS and (fact.noun or fact.fallback)
    return POSSIBLE if readied and code[:2] in READIED_ROOTS else None


def _judged_likely(frame: Frame, fact: Fact) -> str | None:
    """ "Weber said it was unlikely that Brazil's suspension would lead to X": a speaker's claim (a fact with
    the words said) about what the reported clause judges only likely or unlikely (subjects.
    extraposed_likelihood) is hedged, "may", as the clause's own facts are."""
    if not isinstance(frame, Clause) or frame.modality is not None or not fact.content:
        return None
    for node in frame.sentence.doc[fact.object.token].ancestors:
        if node.i == frame.verb.i:
            return None
        if node.pos_ in VERB_POS and extraposed_likelihood(node) is not None:
            return POSSIBLE
    return None


# CAMEO's root of yielding; the roots of harms a noun names that readying them does not do (reduce relations,
# coerce, assault, fight, mass violence: "is preparing an offensive against X"); the modality of an act not
# yet done.
YIELD_ROOT = "08"
READIED_ROOTS = frozenset({"16", *ACCUSING_ROOTS})
POSSIBLE = "may"


def _contrasted(ref: Ref, doc: Doc) -> bool:
    """ "sold its oil to Japan, not to China", "to Japan rather than to China", "instead of China", "met
    Chile rather than Bolivia": a party set against the one the verb acts on is the one it does not act on
    (the clause's polarity is the other party's), so no fact of the clause's verb relates it."""
    if ref.via != "name":
        return False
    word = doc[ref.token]
    phrase = word.head if word.dep_ == "pobj" and word.head.i != word.i else word
    phrases = [phrase]
    if phrase.head.i != phrase.i and phrase.head.lower_ in _CONTRAST_ENDS:
        phrases.append(phrase.head)  # "rather than to China": the contrast's word heads the phrase
    return any(_contrast_on(doc, p) for p in phrases)


def _contrast_on(doc: Doc, phrase: Token) -> bool:
    """Does a contrast ("not", "rather than", "instead of") open the phrase, or head it?"""
    start = phrase.left_edge.i
    if start > 0 and doc[start - 1].lower_ == "not" and not _not_only(doc[start - 1]):
        return True
    if after_contrast(phrase):
        return True
    if phrase.i > 0 and f"{doc[phrase.i - 1].lower_} {phrase.lower_}" in CONTRAST_PHRASES:
        return True  # "rather than Bolivia", "instead of China"
    return any(c.dep_ == "neg" and not _not_only(c) for c in phrase.children)  # "not to China"


def _not_only(neg: Token) -> bool:
    """ "not only to Japan but also to China": an addition, no contrast."""
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in ADDITIVE_AFTER_NOT


# The last word of each contrast phrase ("than" of "rather than").
_CONTRAST_ENDS = frozenset(phrase.split()[-1] for phrase in CONTRAST_PHRASES)


def _adjective_alone(ref: Ref, doc: Doc) -> bool:
    """ "the leading force in European aviation", parsed with "European" the object of "in": a state's or
    a people's adjective that stands as a phrase's head with no article, as a preposition's object or
    before the noun it describes, is no actor, only a word of the thing it describes. Its people stay:
    "the Japanese said" (the article makes the adjective the people), a headline's "Japanese protest",
    "Japanese and European officials" (a modifier of a noun of people)."""
    if ref.via != "name":
        return False
    word = doc[ref.token]
    if word.pos_ != "ADJ" or word.dep_ in ("amod", "conj", "compound", "nmod"):
        return False
    if any(c.dep_ in ("det", "poss") for c in word.children):
        return False
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and _people_word(after):
        return False  # "talks with European officials", the noun misattached: the adjective is its people
    described = after is not None and after.pos_ == "NOUN" and after.head.i != word.i
    return word.dep_ == "pobj" or described


def _people_word(noun: Token) -> bool:
    """Does a noun name people ("officials", "leaders", "ministers", "protesters")?"""
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_NOUNS or lemma in GROUP_NOUNS or is_role_word(lemma)


# CAMEO's "make a visit"
VISIT_CODE = "042"
# Rules whose edge is the subject's taking part in the event noun that places its clause, where it was held
# ("At a meeting in Paris, Italy agreed": Italy -meeting in-> Paris): the edge is the meeting itself, whose
# code it keeps (04), unlike the venue a meeting with a named partner adds ("held talks with Y in Lima",
# _venue_of_meeting), where the partner's edge carries the meeting.
ATTENDING_RULES = frozenset({"circumstance_event"})
# Rules whose edge is the owner's own meeting with the place it is held ("the OECD meeting in Paris": OECD
# -meeting in-> Paris): the meeting itself (04), as an attended one, unless the noun names a partner
# (MEETING_PARTNER_PREPS: "Japan's talks with Peru in Lima"), whose edge carries the meeting.
OWN_MEETING_RULES = frozenset({"event_noun"})
MEETING_PARTNER_PREPS = frozenset({"with", "between"})
# Entity types of a place: after "in"/"at", where something happens
PLACE_CLASSES = frozenset({"@GPE", "@LOC", "@FAC"})


def _class_beside_members(frame: Frame, fact: Fact) -> bool:
    """ "Some banks, including A, B and C, are preparing to X": is the fact's subject a class noun (a bare
    plural common noun) whose members a phrase of examples names, who act in the same clause? Then the
    members are the actors and the class is none of its own beside them."""
    if not isinstance(frame, Clause):
        return False
    doc = frame.sentence.doc
    noun = doc[fact.subject.token]
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    listed = [p for p in noun.children if p.dep_ == "prep" and gives_examples(p)]
    others = {a.token for a in frame.agents if a.entity_id != fact.subject.entity_id}
    return any(p.left_edge.i <= i <= p.right_edge.i for p in listed for i in others)


def _venue_of_meeting(fact: Fact, code: str | None, words: Words) -> bool:
    """ "held talks with Y in Lima", "the summit in Venice", "met officials in Mexico City": a city or other
    place after "in"/"at" of a meeting (or one planned) is its venue, where it is held, not the other side;
    the fact says where and carries no meeting with the place ("Lima protested" keeps the city as an
    actor). A country stays the visited state, as CAMEO codes a stay abroad (042 make a visit)."""
    if code is None or (code[:2] != MEET_ROOT and code != INTENT_TO_MEET):
        return False
    if fact.object.entity_id.startswith("country:"):
        return False  # "spoke at a think tank in the US": a foreign leader's stay there is a visit (042)
    if code == VISIT_CODE and "@capital" in words(fact.object):
        return False  # "arrived in Lima": the lexicon's visit to a capital (cameo.tsv), a visit to its state
    return fact.prep in MEETING_VENUE_PREPS and bool(words(fact.object) & PLACE_CLASSES)


# The roots of acts whose place is a fact about it (force, a protest: "In Lebanon, jets bombed a village")
# or a stay there (a meeting, a visit): a fronted setting keeps its edge
PLACED_ACT_ROOTS = FORCE_ROOTS | {"14", MEET_ROOT}
# The preposition of a fronted setting ("In Peru, ...")
SETTING_PREP = "in"


def _fronted_setting(frame: Frame, fact: Fact, code: str | None, words: Words) -> bool:
    """ "In Peru, Acme is battling proposals", "In Bolivia, Zenith sold its stake to Kestrel": a state or
    other place after "in" set before the verb's subjects and closed by a comma (syntax.fronted) sets where
    the whole clause happens; it is no party to an act that is not force, a protest or a meeting
    (placed_act_roots) and has a counterparty ("Kestrel"), and the fact reaching it through that phrase is
    left out. Where the place is the act's only other party it is the relation of interest and stays ("In
    Peru, Acme will build a smelter", "In Peru, Chile opened an embassy"), as do an event's own place ("In
    Lima, a primary election was held": where the event was) and a going there (motion_verbs)."""
    if not isinstance(frame, Clause) or (code is not None and code[:2] in PLACED_ACT_ROOTS):
        return False
    if fact.subject.entity_id.startswith("event:") or frame.lemma in MOTION_VERBS:
        return False  # "In Peru, Garcia went to ...": a going there is the subject's own stay, as a visit
    if not (fact.object.entity_id.startswith("country:") or words(fact.object) & PLACE_CLASSES):
        return False
    place = frame.sentence.doc[fact.object.token]
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != SETTING_PREP or prep.head.i != frame.verb.i:
        return False
    if fact.predicate.split()[-1] != SETTING_PREP or not fronted(prep, frame.verb):
        return False
    return _counterparty(frame, fact, words)


# The kinds of slot an act's other party is reached through (its object, or a preposition's, directly or
# through the object noun): no owner, content, circumstance or place
COUNTERPARTY_SLOTS = frozenset({"object", "object_noun", "prep", "prep_noun"})


def _counterparty(frame: Clause, fact: Fact, words: Words) -> bool:
    """Does the clause act on another party than the fact's place and its own doers: a state, firm, body or
    person it names as an object ("sold its stake to Kestrel"), not a city or region ("in Cuzco")?"""
    own = {fact.object.entity_id, fact.subject.entity_id} | {ref.entity_id for ref in frame.agents}
    return any(
        slot.kind in COUNTERPARTY_SLOTS
        and slot.ref.entity_id not in own
        and (slot.ref.entity_id.startswith("country:") or not words(slot.ref) & PLACE_CLASSES)
        for slot in frame.slots
    )


def _met_at_place(frame: Frame, fact: Fact) -> bool:
    """ "Kalder and Osmond are scheduled to meet April 5-6 in Ottawa", "the ministers met in Geneva": the
    place edge of a verb of meeting itself (the verb's own phrase and preposition, no event noun it reaches)
    is the meeting held there, and keeps its code (04), as an attended meeting's does; a partner the verb
    meets in the clause ("met officials in Lima") already drops the place (rules._venue_of_deed), and a
    meeting noun's place ("held talks with Y in Lima") stays the venue its partner's edge carries."""
    if not isinstance(frame, Clause) or fact.noun or fact.fallback or not fact.prep:
        return False
    if frame.lemma not in MEETING_VERBS:
        return False  # "flying Trump to a hospital in Bethesda": a trip's place, no meeting held there
    return fact.predicate == f"{frame.phrase} {fact.prep}"


def _attended_meeting(rule: Rule, fact: Fact, doc: Doc) -> bool:
    """ "At a meeting in Paris, Italy agreed": is the fact the subject's taking part in the meeting that
    places its clause (ATTENDING_RULES), the meeting's noun read with the word before it a meeting still
    (a "news conference" is a statement's occasion, no meeting: cameo.tsv)?"""
    if rule.name not in ATTENDING_RULES | OWN_MEETING_RULES or not fact.noun:
        return False
    nouns = [doc[i] for i in fact.tokens if doc[i].lemma_.lower() == fact.event]
    if not nouns or event_root(event_words(nouns[0]), noun=True) != MEET_ROOT:
        return False
    partnered = any(c.dep_ == "prep" and c.lower_ in MEETING_PARTNER_PREPS for c in nouns[0].children)
    return rule.name in ATTENDING_RULES or not partnered


def _venue_host(fact: Fact, code: str | None, words: Words, doc: Doc) -> Token | None:
    """The word that a city or other place (not a country) after "in"/"at" hangs on, when the fact reaches
    the place through that phrase and its act is a statement, an appeal, an intent, a cooperation, a
    demand or a rebuke (venue_act_roots); None for any other fact."""
    if code is None or code[:2] not in VENUE_ACT_ROOTS:
        return None
    if fact.object.entity_id.startswith("country:") or not words(fact.object) & PLACE_CLASSES:
        return None  # "signed the accord in Peru": a stay abroad, as a meeting's (042)
    place = doc[fact.object.token]
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in MEETING_VENUE_PREPS:
        return None
    if fact.predicate.split()[-1] != prep.lower_:
        return None  # the fact reaches the place by another way than this phrase
    return prep.head


def _own_object(verb: Token, place: Token) -> bool:
    """Does the verb act on an object of its own, other than the place: its direct object, or a passive's
    subject that its by-agent acts on ("the accord was signed by Chile and Peru in Lima")?"""
    agent = any(c.dep_ == "agent" for c in verb.children)
    objects = ("dobj", "nsubjpass") if agent else ("dobj",)
    return any(c.dep_ in objects and c.i != place.i for c in verb.children)


def _occasion_verb(host: Token) -> Token | None:
    """ "signed the accord at a ceremony in Lima": the verb whose occasion (after "at"/"in") the noun is."""
    prep = host.head
    if host.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEETING_VENUE_PREPS:
        return None
    return prep.head if prep.head.pos_ in VERB_POS else None


def _venue_of_act(fact: Fact, code: str | None, words: Words, doc: Doc) -> bool:
    """ "Chile reaffirmed the accord in Lima", "signed the pact at Geneva", "issued a statement in Tokyo",
    "the accord was signed by Chile in Lima", "signed the accord at a ceremony in Lima": a city or other
    place (not a country) after "in"/"at" of an act that has its own object (a passive's subject, its
    by-agent acting on it), a statement, an appeal, an intent, a cooperation, a demand or a rebuke
    (venue_act_roots), is where the act was done; it is neither the act's object nor a party to it, and the
    fact is dropped. The parser hangs the place on the verb, on its object, on the occasion it was done at
    or on the accord it is done on ("agreed to the accord in New York"). Acts that are facts about the place
    (an attack, a protest, troops deployed: other roots) keep it; so does a place hung on an object noun
    that is no such act itself ("the bombing in Lima", "the policy in Lima": which one), and a meeting its
    where-fact (_venue_of_meeting)."""
    host = _venue_host(fact, code, words, doc)
    if host is None:
        return False
    place = doc[fact.object.token]
    if host.pos_ in VERB_POS:
        return _own_object(host, place)
    occasion = _occasion_verb(host)
    if occasion is not None:
        return _own_object(occasion, place)
    # the act's own object, or an accord it is done on ("agreed to the accord in New York")
    on_accord = host.dep_ == "pobj" and host.lemma_.lower() in ACCORD_NOUNS and host.head.dep_ == "prep"
    verb = host.head.head if on_accord else host.head
    if not (host.dep_ == "dobj" or on_accord) or host.pos_ != "NOUN" or verb.pos_ not in VERB_POS:
        return False
    # "criticised the election policy in California": a place on a thing that is no such act says which
    # thing (the state's policy), not where the act was done
    return event_root(host.lemma_.lower(), noun=True) in VENUE_ACT_ROOTS


def _bare_venue(fact: Fact, code: str | None, words: Words, doc: Doc) -> bool:
    """ "Chile signed in Lima", "agreed in Geneva": a city or other place after "in"/"at" of such an act
    (venue_act_roots) whose verb has no object of its own is where it was done, no party to it: the fact
    keeps the place, as a meeting's venue (_venue_of_meeting), without the act's code."""
    host = _venue_host(fact, code, words, doc)
    return host is not None and host.pos_ in VERB_POS and not _own_object(host, doc[fact.object.token])


def _venue_of_joint_act(frame: Frame, fact: Fact, code: str | None, words: Words) -> bool:
    """ "Chile and Peru signed in Lima": coordinated subjects of a mutual act did it with each other (rule
    reciprocal, "sign with" Peru), and the city is only where; the place edge says nothing more."""
    if not isinstance(frame, Clause) or len(frame.agents) < 2 or frame.lemma not in RECIPROCAL_VERBS:
        return False
    return _bare_venue(fact, code, words, frame.sentence.doc)


def _topic_only(fact: Fact, code: str | None, doc: Doc) -> bool:
    """ "Balladur spoke on the European Monetary System", "issued a statement on the Common Agricultural
    Policy": a statement (root 01) whose object is only its topic, a thing the tagger took for an
    organisation (a name that ends in a word of a system, a policy, a market, an accord: topic_name_heads),
    with no claim reported, relates the speaker to nothing that acts; the fact is left out. A state, a
    person or a body spoken of stays ("talked about Iran", "commented on Hezbollah")."""
    if code is None or code[:2] != "01" or fact.prep not in SPEECH_TOPIC_PREPS or fact.content:
        return False
    if not fact.object.entity_id.startswith("org:") or fact.object.via != "name":
        return False
    return doc[fact.object.token].lower_ in TOPIC_NAME_HEADS


def _accord_acting(fact: Fact, doc: Doc) -> bool:
    """An accord as the doer ("the accord gives Peru access", "the pact puts Taiwan on terms like Korea's"):
    what it provides is its parties' doing, and no actor acts; an event that strikes or kills still does."""
    subject = fact.subject
    return subject.entity_id.startswith("event:") and doc[subject.token].lemma_.lower() in ACCORD_NOUNS


def _owner_of_a_thing(fact: Fact, code: str | None, doc: Doc) -> bool:
    """ "continued Y's policies" says nothing of Y: a thing's owner is no object of a verb that is no
    event (or a mere statement) — unlike an event's agent ("would not allow Turkish operations") or the
    target of an act ("condemned Y's decision") or of a topic ("talked about Y's efforts"). Nor is the one to
    whom the possessed event was done ("Y's arrest"): whoever judges it judges the doer."""
    if fact.object.via != "possessor":
        return False
    if fact.content and economy_of_a_state(fact.object, doc):
        return False  # "said Belgian growth would slow": a report on a state's economy is about the state
    noun = doc[fact.object.token]
    if noun.lemma_.lower() in SUFFERED_NOUNS and any(c.dep_ == "poss" for c in noun.children):
        return True  # "condemned Navalny's arrest", "said Y's detention was illegal": Y is not judged
    if _share_of(noun) and noun.head.head.lemma_.lower() in PERCENT_NOUNS:
        return True  # "provide 25 per cent of Peru's quota": a percentage of its thing, no act on Peru
    if _share_of(noun):
        # "hold 35 pct of Brazil's debt" is no act on Brazil, as "hold Brazil's debt" is none; "bombed half
        # of Gaza's hospitals" is an attack on Gaza, as "bombed Gaza's hospitals" is
        return code is None or code.startswith("01")
    if fact.prep or (code is not None and not code.startswith("01")):
        return False
    lemma = noun.lemma_.lower()
    owed = owned_thing_opening(noun)
    if owed is not None and f" {owed.lemma_.lower()} of" in f" {fact.predicate}":
        return False  # "will consider Yugoslavia's debt refinancing timetable": "consider debt of", likewise
    if noun.pos_ == "NOUN" and lemma in OWNED_THING_NOUNS and f" {lemma} of" in f" {fact.predicate}":
        # "Switzerland represents U.S. interests", "will handle Peru's debt": the relation keeps the thing the
        # owner holds or owes ("represent interest of", objects.SlotReader._keep_noun), so it says what of
        # the owner's is acted on, no bare act on the owner
        return False
    return event_code(doc[fact.object.token].lemma_, noun=True) is None


def _share_of(noun: Token) -> bool:
    """Is the owned noun what a share of it is of ("35 pct of Brazil's debt", "a third of its reserves")?"""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SHARE_NOUNS


def _about_a_possession(clause: Clause, fact: Fact, resolver: ArgumentResolver) -> bool:
    """ "it has Iran's largest fleet" relates it to the fleet, not to Iran; "his awards include the X Prize"
    relates the awards to it, not him. A body's rule, limit or pact is the body's part in the deed ("signed
    the OPEC pact" is a pact with OPEC: arguments.body_measure)."""
    owned = fact.object.via == "possessor" or fact.subject.via == "possessor"
    if fact.object.via == "possessor" and resolver.body_measure(clause.sentence.doc[fact.object.token]):
        return False
    return owned and clause.lemma in POSSESSIVE_VERBS


def _own_possession(clause: Clause, fact: Fact, resolver: ArgumentResolver) -> bool:
    """ "Yang and Bennet suspended their campaigns", "Park cancelled his schedule": a possessive pronoun that
    agrees with the subject is the subject's own; the thing it owns is no event between two actors,
    whomever coreference gave the pronoun to. (An event noun keeps its owner: "condemned their attacks".)"""
    if fact.object.via != "possessor":
        return False
    doc = clause.sentence.doc
    noun = doc[fact.object.token]
    if event_code(noun.lemma_, noun=True) is not None:
        return False
    if resolver.body_measure(noun) is not None:
        return False  # "rejected its OPEC quota": the quota OPEC set for it, the deed is on OPEC
    owners = [c.lower_ for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not owners:
        return False
    subject = resolver.entities.entity(fact.subject.entity_id)
    person = subject is not None and subject.type == "PERSON"
    owner = owners[0]
    if owner in GROUP_PRONOUNS:
        return len(clause.agents) > 1 or not person
    if owner in PERSON_PRONOUNS:
        return person
    return owner in THING_PRONOUNS and not person


def _own_states_thing(clause: Clause, fact: Fact, resolver: ArgumentResolver, words: Words) -> bool:
    """ "the White House backed the US strong-dollar policy", "the minister vowed to protect Britain's
    rebate": a state's own organ or official acting on a thing of that state does nothing to the state; the
    owner as the object would read "the White House backed the United States". A stance against it
    (CAMEO 10-20: "the senator criticised the US policy") is news of the state and stays, as does an event
    of the state's ("condemned the British raid"), and so does a verb of no event, which the owner's thing
    keeps apart (_owner_of_a_thing)."""
    if fact.object.via != "possessor" or not fact.object.entity_id.startswith("country:"):
        return False
    subject = resolver.entities.entity(fact.subject.entity_id)
    if subject is None or subject.country is None or f"country:{subject.country}" != fact.object.entity_id:
        return False
    if subject.type != "PERSON" and subject.sector not in STATE_SECTORS:
        return False  # "the airline supports the Iranian regime's ambitions": a firm's backing is news
    if event_code(clause.sentence.doc[fact.object.token].lemma_, noun=True) is not None:
        return False
    code = clause.code_of(fact, words)
    # a statement on the thing ("underlined Turkey's rights") is the speaker's claim for his state: it stays
    return code is not None and "02" <= code[:2] < "10"


def _owner_as_doer(clause: Clause, fact: Fact, resolver: ArgumentResolver, words: Words) -> bool:
    """ "Jones's exit from the race left Brown the favourite", "his platform failed to resonate": what a
    person owns, as the subject, does not make the person the verb's doer. Only an act done through the
    thing is the owner's ("her letter urged Y", "his tweet attacked Y": a CAMEO event verb); a state's
    organ or a named undertaking is read otherwise (via organ, or a compound, not a possessive). A passive's
    subject is its patient, and there the owner is the one it is done to ("his services are no longer
    needed", "her assets were frozen"). Whatever the owner, a thing or act of its own that worries,
    angers or pleases someone (experiencer_verbs) is what they react to: the owner does nothing to them;
    and a state's or a body's thing, owned by its possessive or adjective ("the Mexican devaluation hurt
    X"), as its verb's own subject is the owner's deed only through an event verb, as a person's is."""
    if fact.subject.via != "possessor" or clause.passive:
        return False
    if clause.lemma in EXPERIENCER_VERBS:
        return True  # "the Brazilian suspension disturbed officials": they react to the thing, not its owner
    entity = resolver.entities.entity(fact.subject.entity_id)
    noun = clause.sentence.doc[fact.subject.token]
    if entity is None or entity.type != "PERSON":
        # "the Mexican devaluation hurt Citibank", "Brazil's moratorium hit U.S. banks": a state's or a
        # body's thing or act as the subject of a verb that is no event does it, not its owner (an
        # undertaking a compound names is the named one: "the EastMed project involves Greece")
        # (only the verb's own subject: one a participle takes over from another clause is a guess)
        owners = (resolver.entity_of(c) for c in noun.children if c.dep_ in ("poss", "amod"))
        owned = any(found is not None and found[0] == fact.subject.entity_id for found in owners)
        if owned and _causal_demand(clause, noun):
            return True  # "Brazil's suspension of payments may require X to": a cause, no demand of Brazil's
        return owned and _own_noun(clause.verb, noun) and clause.code_of(fact, words) is None
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    return clause.code_of(fact, words) is None


def _causal_demand(clause: Clause, noun: Token) -> bool:
    """Is the verb one of demanding or forcing (causal_demand_verbs: "require", "force") whose own subject
    is an act or event of its owner's ("Brazil's suspension of interest payments may require X to", "the
    Mexican devaluation forced Y to"): a cause of what the object must do, not the owner's demand of it?
    An appeal, proposal or accord of the owner's ("the U.S. plan requires Japan to") is still its demand."""
    if clause.lemma not in CAUSAL_DEMAND_VERBS or noun.pos_ != "NOUN" or noun.head.i != clause.verb.i:
        return False
    lemma = noun.lemma_.lower()
    return lemma not in APPEAL_NOUNS | PROPOSAL_NOUNS | AGREEMENT_NOUNS


def _own_noun(verb: Token, noun: Token) -> bool:
    """Is the noun the verb's own subject, or the noun its relative or reduced clause hangs on ("Kuwait's
    tankers carrying oil to Japan", "X's trucks to focus on Y" hung on the trucks): the clause is said of
    that noun, as a verb of its own subject is, and so is no deed of the noun's owner?"""
    return noun.head.i == verb.i or (verb.dep_ in ("acl", "relcl") and verb.head.i == noun.i)


def _goods_as_doer(clause: Clause, fact: Fact) -> bool:
    """ "Canadian hogs entering the United States face a duty", "Brazil's coffee reached Japan", "Korean
    cars flooded the market": livestock, goods or a commodity a state's adjective or possessive names, as
    the subject, is no actor of the state, whatever the verb (what is done to them, as the object, is the
    state's trade: "buy wheat of", objects._keep_noun); nor as a passive's patient without an agent
    ("Canadian lumber was banned in Japan": no deed of Canada's in Japan)."""
    if fact.subject.via != "possessor":
        return False
    return goods_noun(clause.sentence.doc[fact.subject.token]) is not None


# Rules whose edge is a speaker's word about whom the statement is of.
SPEECH_RULES = frozenset({"speech_content", "according_to", "quote_stance", "evaluation"})
# Rules whose edge is the act of both its sides ("X and Y signed an agreement": "sign agreement with").
MUTUAL_RULES = frozenset({"reciprocal"})
# Prepositions after a verb of speech that name what it is about ("said of Y", "spoke about Y").
TOPIC_PREPS = frozenset({"of", "about", "on"})


def _speech_edge(rel: Relation) -> bool:
    """Is the relation a speaker's word about someone: a speech rule's edge, a statement about a topic
    ("said of Y", "spoke about Y"), or a verb that judges whom it names ("lauded Y", "condemned Y"; a deed
    with a preposition, "voted for Y", is none). A speech verb's direct object is its addressee ("told Y"),
    another fact."""
    if rel.rule.name in SPEECH_RULES:
        return True
    code = rel.event_code or ""
    if rel.rule.reads != "clause" or not code:
        return False
    words = rel.predicate.split()
    if code.startswith("01"):
        # (a topic that is a thing of its owner's, "commented on agreement of" Y, is about Y the same way)
        owned_topic = len(words) == 4 and words[3] == "of"
        return (len(words) == 2 or owned_topic) and words[1] in TOPIC_PREPS
    return (code.startswith("051") or code.startswith("11")) and len(words) == 1


def _specificity(rel: Relation) -> tuple[int, float]:
    """How much a speech edge says: a stance (praise, accuse, demand) over a marked statement (claim,
    announce) over a plain one (say, describe); then the more direct rule's reading."""
    code = rel.event_code or ""
    if code and not code.startswith("01"):
        rank = 2
    else:
        rank = 0 if rel.predicate.split()[0] in PLAIN_SPEECH_VERBS else 1
    return rank, rel.rule.precedence


def _one_statement(rels: list[Relation]) -> list[Relation]:
    """One edge per speaker, whom the statement is about and sentence (issue 7, round 15): "X spoke of Y,
    describing him as …", "X lauded Y and claimed he …" are one statement each, not two or three edges;
    the edge whose verb says most is kept."""
    best: dict[tuple, Relation] = {}
    for rel in rels:
        if not _speech_edge(rel):
            continue
        key = (rel.subject.entity_id, rel.object.entity_id, rel.negated, rel.attributed_to)
        if key not in best or _specificity(rel) > _specificity(best[key]):
            best[key] = rel
    kept = {id(rel) for rel in best.values()}
    return [rel for rel in rels if id(rel) in kept or not _speech_edge(rel)]


def read_relations(
    doc: Doc, resolver: ArgumentResolver, quotes: list[Quote] | None = None, roles: Iterable[Role] = ()
) -> list[Relation]:
    """Every relation of the article: role facts first, then each sentence's clauses and event nouns."""
    clauses = ClauseReader(doc, resolver, quotes or [])
    nouns = EventNounReader(
        resolver, clauses.speaker_of, lambda verb: clause.modality if (clause := clauses.read(verb)) else None
    )
    clause_rules, noun_rules, role_rules = (rules_reading(k) for k in ("clause", "event noun", "role"))

    def words(ref: Ref) -> frozenset[str]:
        return resolver.sense_words(doc[ref.token], ref)

    def read_roles(found: Iterable[Role]) -> list[Relation]:
        read: list[Relation] = []
        for role in found:
            frame = Title(role, doc[role.token].sent)
            for rule in role_rules:
                read += relations(rule, frame, rule.apply(frame), words)
        return read

    titles = list(roles)
    out = read_roles(titles)
    for sentence in doc.sents:
        said: list[Relation] = []
        # An interviewer's question asserts nothing ("What made you leave X?"); the background the turn
        # states ("You ran for X in 2010.") and the events its nouns presuppose are read.
        verbs = (
            []
            if interview_question(quotes or [], sentence)
            else with_pos(doc, VERB_POS, sentence.start, sentence.end)
        )
        for token in verbs:
            clause = clauses.read(token, sentence)
            if clause is None:
                continue
            for rule in clause_rules:
                facts = (
                    f
                    for f in rule.apply(clause)
                    if not _about_a_possession(clause, f, resolver)
                    and not _own_possession(clause, f, resolver)
                    and not _owner_as_doer(clause, f, resolver, words)
                    and not _goods_as_doer(clause, f)
                    and not _own_states_thing(clause, f, resolver, words)
                )
                said += relations(rule, clause, facts, words)
        for token in sentence:
            event = nouns.read(token, sentence)
            if event is None:
                continue
            for rule in noun_rules:
                said += relations(rule, event, rule.apply(event), words)
        said = _agreed_act_in_fuller_edge(said)
        said = _signers_own_terms(said)
        said = _offices_titles_state(out, said)
        said = _aid_to_own_body(out, said)
        said = _market_spent_in(said)
        out += _one_statement(_claims_of_their_own(_noun_in_fuller_edge(doc, said)))
    return out + read_roles(_offices_held(titles, resolver))


def _offices_held(roles: list[Role], resolver: ArgumentResolver) -> list[Role]:
    """ "Tony Blair warned ... The prime minister said": a bare office of a state read as the one person of
    the article who holds it (arguments.py `_bare_state_office`) states his office as a title by the name
    would ("Prime Minister Tony Blair"): the role, once per holder and office, unless a title or apposition
    already gives him that office of the state, in these words or others ("Foreign Secretary X ... the
    foreign minister said"). The office's token places it in its sentence."""
    found: list[Role] = []

    def has_office(holder: str, title: str, state: str) -> bool:
        kinds = office_kinds(title)
        for role in (*roles, *found):
            target = resolver.entities.entity(role.target)
            if role.holder != holder or target is None or target.country != state:
                continue
            if role.role == title or kinds & office_kinds(role.role):
                return True
        return False

    for token_i, (holder, title, state) in sorted(resolver.offices_held.items()):
        if not has_office(holder, title, state):
            found.append(Role(holder, title, "of", resolver.entities.state(state), token_i))
    # "X attacked Y. The Greens leader said": the body's head read as the person just named (arguments.py
    # `_head_just_named`) is stated to lead it
    for token_i, (holder, title, body) in sorted(resolver.titles_stated.items()):
        if not any(r.holder == holder and r.role == title and r.target == body for r in (*roles, *found)):
            found.append(Role(holder, title, "of", body, token_i))
    return found


def _agreed_act_in_fuller_edge(rels: list[Relation]) -> list[Relation]:
    """ "A and B agreed to cooperate": each pair's mutual edge of the agreeing ("agree with", an intent of
    no kind, 030) says less than the same pair's mutual edge of the act agreed to ("agree to cooperate
    with", 031), which holds the agreement too, and is dropped; with no such edge ("A and B agreed to cut
    output": cutting is no mutual act) it stays, the pair's one edge."""

    def pair(rel: Relation) -> frozenset[str]:
        return frozenset({rel.subject.entity_id, rel.object.entity_id})

    mutual = [rel for rel in rels if rel.rule.name in MUTUAL_RULES]

    def fuller(rel: Relation) -> bool:
        if not rel.predicate.endswith(" with"):
            return False
        agreed = f"{rel.predicate.removesuffix(' with')} to "
        return any(
            pair(other) == pair(rel)
            and other.negated == rel.negated
            and other.attributed_to == rel.attributed_to
            and other.predicate.startswith(agreed)
            for other in mutual
        )

    return [rel for rel in rels if not (rel.rule.name in MUTUAL_RULES and fuller(rel))]


def _offices_titles_state(out: list[Relation], said: list[Relation]) -> list[Relation]:
    """ "X, who is Peru's chief debt negotiator, said ...": the copula's edge to the owner of an office
    ("be negotiator" Peru) repeats, cut to its last word, the office the title rule reads from the same
    words in the same sentence ("chief debt negotiator of" Peru), and is dropped; one of another office
    ("Finance Minister X is Peru's chief negotiator": "be negotiator") stays. So is the edge of a relative
    clause's verb of leading ("X, who heads Acme's legal department, said": "head" the department) that
    repeats the office the role stage reads from that clause ("head of" the department)."""
    if not said:
        return said
    sentence = said[0].sentence.start
    titled: set[tuple[str, str, str]] = set()  # (holder, target, the title's role noun)
    held: set[tuple[str, str]] = set()  # (holder, target) of an office the sentence states
    for rel in out:
        words = rel.predicate.split()
        if rel.rule.reads == "role" and rel.sentence.start == sentence:
            held.add((rel.subject.entity_id, rel.object.entity_id))
            if len(words) > 1:
                titled.add((rel.subject.entity_id, rel.object.entity_id, words[-2]))
    if not held:
        return said
    return [rel for rel in said if not _office_of_a_title(rel, titled) and not _office_led(rel, held)]


def _office_led(rel: Relation, held: set[tuple[str, str]]) -> bool:
    """Is the edge read from a relative clause's verb of leading ("who heads X", "who runs Y":
    entity_words.tsv office_leading_verbs), or a main clause's in the present ("X heads Y"), between a holder
    and a body an office of the sentence relates?"""
    if len(rel.tokens) != 1:
        return False
    verb = rel.sentence.doc[rel.tokens[0]]
    if not (verb.dep_ == "relcl" or leads_now(verb)) or verb.lemma_.lower() not in OFFICE_LEADING_VERBS:
        return False
    return (rel.subject.entity_id, rel.object.entity_id) in held


def _aid_to_own_body(out: list[Relation], said: list[Relation]) -> list[Relation]:
    """ "Acme chairman Tom Smith helped Acme win the contract": a holder of an office of the body (a title
    fact of the article, read before its sentences) works for it, and his help is his job, no aid (07)
    between actors of two sides; the edge stays, with no event code."""
    held = {(rel.subject.entity_id, rel.object.entity_id) for rel in out if rel.rule.reads == "role"}
    return [
        replace(rel, event_root=None, event_code=None)
        if rel.event_root == AID_ROOT and (rel.subject.entity_id, rel.object.entity_id) in held
        else rel
        for rel in said
    ]


# The CAMEO root of material cooperation: "invest in" (061) among its codes
MATERIAL_COOPERATION_ROOT = "06"


def _market_spent_in(said: list[Relation]) -> list[Relation]:
    """ "Acme plans to invest 80m euros in advertising in Chile", "Acme will invest $5m in Chile": a firm's
    money spent or invested (words.tsv spending_verbs) in a state, the state named after "in", goes to the
    state's market, no cooperation (06) with the state as an actor; the edge stays, with no event code. A
    state that invests ("Japan will invest in Chile"), or money put in another actor's firm ("invest in
    Minsur"), stays an event between the two."""
    return [
        replace(rel, event_root=None, event_code=None) if _spent_in_a_market(rel) else rel for rel in said
    ]


def _spent_in_a_market(rel: Relation) -> bool:
    if rel.event_root != MATERIAL_COOPERATION_ROOT or not rel.object.entity_id.startswith("country:"):
        return False
    kind, _, name = rel.subject.entity_id.partition(":")
    if kind != "org" or "@" in name:
        return False  # a state, or an organ of one ("org:army@chl"), acts for the state
    doc = rel.sentence.doc
    if not any(doc[i].lemma_.lower() in SPENDING_VERBS for i in rel.tokens):
        return False
    place = doc[rel.object.token]
    return place.dep_ == "pobj" and place.head.lower_ == "in"


def _office_of_a_title(rel: Relation, titled: set[tuple[str, str, str]]) -> bool:
    words = rel.predicate.split()
    if rel.rule.name != "copula" or len(words) != 2 or words[0] != "be" or not is_role_word(words[1]):
        return False
    noun = role_phrase([words[1]]) or words[1]  # "spokesman": the title's "spokesperson"
    return (rel.subject.entity_id, rel.object.entity_id, noun.split()[-1]) in titled


def _signers_own_terms(rels: list[Relation]) -> list[Relation]:
    """ "Peru and Chile signed an agreement to reschedule Peru's debt to Chile": an edge the accord's
    infinitive gives between the two signers themselves ("sign agreement to reschedule to") repeats the
    pair's mutual edge of the accord ("sign agreement with"), the one kept; the terms are what the two
    agreed between them, no further deed of one to the other yet. An edge to a third party ("... to sell
    copper to Japan") stays, as does one the text gives no mutual edge beside."""

    def pair(rel: Relation) -> frozenset[str]:
        return frozenset({rel.subject.entity_id, rel.object.entity_id})

    accords = {
        (pair(rel), rel.negated, rel.attributed_to, f"{rel.predicate.removesuffix(' with')} to ")
        for rel in rels
        if rel.rule.name in MUTUAL_RULES and rel.predicate.endswith(" with")
    }
    return [
        rel
        for rel in rels
        if rel.rule.name in MUTUAL_RULES
        or not any(
            pair(rel) == sides
            and rel.negated == negated
            and rel.attributed_to == said
            and rel.predicate.startswith(terms)
            for sides, negated, said, terms in accords
        )
    ]


def _noun_in_fuller_edge(doc: Doc, rels: list[Relation]) -> list[Relation]:
    """ "India signed an agreement to sell cars to Hungary", "X and Y signed an agreement on trade": the edge
    to the accord noun ("sign" agreement) says less than the same subject's edge of the sentence that takes
    the noun into its predicate ("sign agreement to sell car to" Hungary, "sign agreement with" Y), and is
    dropped; with no such edge it stays (the accord is what was signed)."""

    def sides(other: Relation) -> set[str]:
        # a reciprocal edge ("sign agreement with" Y) is the act of both its sides
        mutual = other.rule.name in MUTUAL_RULES
        return {other.subject.entity_id, other.object.entity_id} if mutual else {other.subject.entity_id}

    def fuller(rel: Relation, noun: str) -> bool:
        return any(
            other is not rel
            and rel.subject.entity_id in sides(other)
            and other.negated == rel.negated
            and other.predicate.startswith(f"{rel.predicate} {noun} ")
            for other in rels
        )

    accords = ACCORD_NOUNS | AGREEMENT_NOUNS
    nouns = [doc[rel.object.token].lemma_.lower() for rel in rels]
    return [rel for rel, noun in zip(rels, nouns, strict=True) if not (noun in accords and fuller(rel, noun))]


# The stances a speaker's word may take toward whom it is about (stance.py); any other predicate of a speech
# rule is a plain statement (say, claim, announce, warn ...).
STANCE_PREDICATES = frozenset({"accuse", "criticise", "demand", "praise", "urge"})


def _claims_of_their_own(rels: list[Relation]) -> list[Relation]:
    """ "X said Brazil would suspend imports from Argentina": the reported clause has its own fact about
    Brazil (`Brazil -suspend import from-> Argentina`, attributed to X), which is what X said of it; a plain
    statement edge `X -say-> Brazil` beside it only loses the claim. The edge stays where the content says
    nothing of its subject's own deed ("X said Peru was ready"; "said Y was poisoned" is news of what befell
    Y, whose doer the content's fact names) and where the speaker takes a stance ("claimed Peru shelled the
    town" accuses Peru). A party of a relation the content's subject names stays too ("said the dispute
    between Chile and Peru had hurt trade"): the relation's fact (`Chile -dispute with-> Peru`) puts one
    party first only by the order of the words, no deed of that party's own, and the other party keeps its
    edge."""
    held = {
        (rel.subject.entity_id, rel.subject.token)
        for rel in rels
        if rel.rule.name not in SPEECH_RULES and not _told_of_in_relative_clause(rel)
    }
    # a mutual edge ("Peru and Chile signed a pact": "sign pact with" Chile) is the deed of both its sides
    held |= {(rel.object.entity_id, rel.object.token) for rel in rels if rel.rule.name in MUTUAL_RULES}
    return [
        rel
        for rel in rels
        if rel.rule.name != "speech_content"
        or rel.predicate in STANCE_PREDICATES
        or (rel.object.entity_id, rel.object.token) not in held
        or _party_of_relations(rel.sentence.doc[rel.object.token])
    ]


def _told_of_in_relative_clause(rel: Relation) -> bool:
    """ "X said Jan Roe, who served in Lima, was arrested": a fact the relative clause on the content's
    subject tells (`Roe -serve in-> Lima`) only describes the one spoken of; it is not what X said of them,
    and leaves the statement edge with its claim."""
    subject = rel.sentence.doc[rel.subject.token]
    clauses = [c for c in subject.children if c.dep_ == "relcl"]
    return bool(rel.tokens) and all(
        any(c.left_edge.i <= i <= c.right_edge.i for c in clauses) for i in rel.tokens
    )


def _party_of_relations(name: Token) -> bool:
    """Is the name one of the parties a noun of relations names after "with" or "between" ("the dispute
    between Chile and Peru", "talks with Peru"), as objects.py `_parties_of_relations` reads them?"""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    prep = name.head
    return name.dep_ == "pobj" and prep.lower_ in ("with", "between") and relation_noun(prep.head)
