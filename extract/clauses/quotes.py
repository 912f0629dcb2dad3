"""Quotations and their speakers: what is inside quotation marks is the speaker's claim, and "I" is them.

A quotation's speaker is the subject of the clause outside the marks in the sentence that opens or
closes it (`"…," Kerry said.`, `Trump defended his decision, "…"`), preferring reporting verbs. A
quotation left open at a paragraph's end continues in the next paragraph (news style), so its speaker
may be named only at the very end.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from geokg.extract.clauses.arguments import ArgumentResolver, Ref, filed_from
from geokg.extract.clauses.voice import chain_word, is_negated, negated_with_its_pair, trailing_speakers
from geokg.extract.entities.coref import Antecedent, expletive, quotation_goes_on, quote_groups
from geokg.extract.entities.mentions import is_person_noun
from geokg.extract.entities.titles import is_role_word
from geokg.extract.lexicon.syntax import (
    ACTOR_LABELS,
    NOMINAL_SUBJECT_DEPS,
    OPENING_QUOTES,
    PLURAL_NOUN_TAGS,
    QUOTATION_MARKS,
    REPORTED_CLAUSE_DEPS,
    STRAIGHT_QUOTES,
    TIME_LABELS,
    VERB_POS,
    indefinite,
    lemma_in,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ACT_NOUNS,
    ADDRESSEE_VERBS,
    ADMITTING_VERBS,
    AFFILIATION_PREPS,
    ALLEGATION_NOUNS,
    ASKING_VERBS,
    BELIEF_STATES,
    BELIEF_VERBS,
    CONTINUING_PRONOUNS,
    CONTRAST_CONNECTIVES,
    DENIAL_VERBS,
    DENIED_STATEMENT_NOUNS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    ENTERTAINED_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FEMALE_WORDS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PRONOUNS,
    GROUP_PRONOUNS,
    HEARER_PREPS,
    HEARSAY_DENIAL_VERBS,
    HEARSAY_NOUNS,
    IMPLICATION_VERBS,
    ISSUING_VERBS,
    LEAST_AMOUNT_SUPERLATIVES,
    MALE_WORDS,
    MOUTHPIECE_NOUNS,
    NEGATING_VERBS,
    OPINION_VERBS,
    OWN_COUNTRY_NOUNS,
    PARTICLE_SPEECH_VERBS,
    PERSON_PRONOUNS,
    PROXIMITY_ADJECTIVES,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    REPORT_SOURCE_NOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SECOND_PERSON_PRONOUNS,
    SIGNALLING_VERBS,
    SOURCE_GROUP_NOUNS,
    SPEAKER_VOICING_VERBS,
    SPEECH_ACT_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    THING_PRONOUNS,
    TOPIC_PREPS,
    UNNAMED_BODY_NOUNS,
    UNNAMED_SOURCE_NOUNS,
    VOICING_VERBS,
    WH_WORDS,
)
from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first token inside the marks
    end: int  # token after the last one inside
    speaker: str | None  # entity id
    question: bool = False  # an interviewer's turn (clauses.turns): its questions assert nothing
    addressee: str | None = None  # entity id of whom an interviewer's turn asks: "you" there
    answer: bool = False  # an interviewee's answer (clauses.turns), not a quotation
    topic: str | None = None  # entity id of whom the words are said ("said of Putin, '…'")
    voice: tuple[int, ...] = ()  # the "he" of `"…," he added` that coreference left open: the speaker


# How a clause that the sentence's question ends hangs on its question: coordinated, governed or content.
_QUESTION_CLAUSE_DEPS = frozenset({"ROOT", "conj", "xcomp", "ccomp", "advcl", "parataxis"})


def _question_mark(clause: Token) -> Token | None:
    """The question mark that ends a clause (before its closing quotation marks, or right after them)."""
    doc, i = clause.doc, clause.right_edge.i
    while i > clause.i and (doc[i].text in QUOTATION_MARKS or doc[i].is_space):
        i -= 1
    if doc[i].text == "?":
        return doc[i]
    j = clause.right_edge.i + 1
    while j < len(doc) and (doc[j].text in QUOTATION_MARKS or doc[j].is_space):
        j += 1
    return doc[j] if j < len(doc) and doc[j].text == "?" else None


def _asks(clause: Token) -> bool:
    """Is the clause itself the question its question mark ends: not a speaker of a quoted question
    (`He said: "Why pay?"`), nor one asking a question that follows (`She asked him: will Peru attack?`)?"""
    mark = _question_mark(clause)
    if mark is None:
        return False
    between = clause.doc[clause.i + 1 : mark.i]
    if any(t.text in OPENING_QUOTES or t.text in STRAIGHT_QUOTES for t in between):
        return False  # the question is a quotation that the clause reports
    if clause.lemma_.lower() in ASKING_VERBS | SPEECH_VERBS:
        return not any(c.dep_ in ("ccomp", "parataxis") and c.i > clause.i for c in clause.children)
    return True


def asked(verb: Token) -> bool:
    """Is the clause a question, which asserts nothing: a direct question (`Why should voters back X?`,
    `"Will Peru attack?" the senator asked`) or an open question that a verb of asking or discussing takes
    (`asked why Chile sold arms`, `to discuss how the ticket is the best choice`)? A relative clause in a
    question ("the deal that Iran signed") is presupposed, not asked; so is a noun's event ("the conflict
    between A and B"), which no clause reads. A gerund under a preposition is in the clause the
    preposition hangs on, and is asked with it ("asked what the policy is on offering wheat to X")."""
    node = verb
    while True:
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in VERB_POS:
            node = node.head.head  # "asked what the policy is on offering wheat to X": the policy's clause
            continue
        if node.dep_ in ("acl", "relcl") and _aim_of_clause(node):
            node = node.head.head  # "is the party's aim to ruin X?": the aim is asked, and its deed with it
            continue
        if node.dep_ not in _QUESTION_CLAUSE_DEPS:
            return False
        if _asks(node):
            return True
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in ASKING_VERBS and _open(node):
            return True
        if node.head.i == node.i or node.head.pos_ not in VERB_POS:
            return False
        node = node.head


def _aim_of_clause(verb: Token) -> bool:
    """Is the verb the "to"-infinitive of a noun that is its clause's subject or attribute ("is the party's
    job to destroy X?", "the aim is to ..."), so that what that clause asks or states it asks or states?"""
    noun = verb.head
    return to_infinitive(verb) and noun.dep_ in ("nsubj", "attr") and noun.head.pos_ in VERB_POS


class Issued(NamedTuple):
    document: Token  # the statement, letter or release whose "that" clause the content is
    owners: tuple[Token, ...]  # whose it is, by its possessive or "from"/"by" ("Acme's statement")
    verb: Token | None  # else the verb it was said in or issued by ("said in a statement that …")


def issued_content(clause: Token) -> Issued | None:
    """ "X said in a statement that it would buy Y", "X issued a statement that …", "a letter from X that
    …": the parser hangs the content clause on the document noun; it is said by whoever issued that
    document (speech_nouns). So is the content of a noun of speech or stance its maker voices ("X voiced
    concern that …", "X's warning that …", "X's fear is that …": `voiced_content`). None for any other
    clause (a relative one: "the statement that X read")."""
    voiced = voiced_content(clause)
    if voiced is not None:
        return voiced
    document = clause.head
    if clause.dep_ not in ("acl", "ccomp") or document.lemma_.lower() not in SPEECH_NOUNS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or _relative(clause):
        return None
    owners = _owners(document)
    governor = document.head.head if document.dep_ == "pobj" else document.head
    verb = governor if document.dep_ in ("dobj", "pobj") and governor.pos_ in VERB_POS else None
    return Issued(document, owners, verb) if owners or verb is not None else None


class Voiced(NamedTuple):
    noun: Token  # the noun of speech or stance ("warning", "concern")
    clause: Token  # the verb of its content clause
    verb: str  # the verb of speech it stands for ("warn", "worry"), whose code and stance it takes


def voiced_noun(verb: Token) -> Voiced | None:
    """ "issued a warning that Peru would retaliate", "voiced concern that Peru was arming", "expressed
    hope the talks would resume": the verb's object is a noun of speech (speech_act_nouns, after a verb of
    issuing or voicing) or of stance (stance_nouns, after a verb of voicing) whose content clause the
    subject states, as "warned that …" does. None for any other verb ("ignored warnings that …", "gave
    hope that …")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in VERB_POS or lemma not in VOICING_VERBS | ISSUING_VERBS:
        return None
    voicing = lemma in VOICING_VERBS or (lemma in SPEAKER_VOICING_VERBS and _spoken_by_actor(verb))
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        said = said_as(noun)
        if said is None or (not voicing and _noun_word(noun) not in SPEECH_ACT_NOUNS):
            continue
        content = _noun_content(noun) or _content_after(noun, verb)
        if content is not None:
            return Voiced(noun, content, said)
    return None


def document_content(verb: Token) -> Token | None:
    """ "Chile said in a statement that Peru had …": the content clause of the document (speech_nouns) a
    verb of speech speaks in, which the parser hangs on the document; None for any other verb."""
    if not reports(verb) or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for document in prep.children:
            if document.dep_ == "pobj" and document.lemma_.lower() in SPEECH_NOUNS:
                content = _noun_content(document)
                if content is not None and any(c.dep_ == "mark" for c in content.children):
                    return content
    return None


def hearer_content(verb: Token) -> Token | None:
    """ "X said to Peruvian officials that Lima would cut its tariffs": the content clause of a verb of
    speech the parser hangs on the hearer after "to" (reading "officials that Lima would …" as a relative
    clause), as "told U.S. officials that …" carries it: opened by "that", with a subject of its own, and no
    relative pronoun in it. None for any other verb, or one with a content clause of its own."""
    if not reports(verb) or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in HEARER_PREPS or prep.i < verb.i:
            continue
        for hearer in prep.children:
            if hearer.dep_ != "pobj":
                continue
            for clause in hearer.children:
                if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.i < hearer.i or _relative(clause):
                    continue
                that = clause.left_edge
                opens = that.dep_ == "mark" and that.lower_ == "that" and that.head.i == clause.i
                if opens and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in clause.children):
                    return clause
    return None


def vouching_participle(verb: Token) -> Token | None:
    """ "The raid, confirmed by Carter, destroyed two boats", "the attack, first announced by the
    Pentagon, killed …": a participle of a verb of reporting set on the clause's subject, with its by-agent,
    names the source of the clause, as "according to" does; the by-agent confirms the deed, it does not do
    it. The participle, or None (also for one of denial: "the raid, denied by X, …" vouches for nothing)."""
    if verb.pos_ not in VERB_POS:
        return None
    for subject in verb.children:
        if subject.dep_ not in NOMINAL_SUBJECT_DEPS:
            continue
        for participle in subject.children:
            if participle.dep_ != "acl" or participle.tag_ != "VBN" or not reports(participle):
                continue
            if participle.lemma_.lower() in DENIAL_VERBS or is_negated(participle):
                continue
            if any(c.dep_ == "agent" for c in participle.children):
                return participle
    return None


def hearer_content_of(clause: Token) -> Token | None:
    """The verb of speech whose content hung on its hearer the clause is (`hearer_content`), or None."""
    hearer = clause.head
    if clause.dep_ not in ("acl", "relcl", "ccomp") or hearer.dep_ != "pobj" or hearer.head.dep_ != "prep":
        return None
    verb = hearer.head.head
    return verb if hearer_content(verb) == clause else None


def _spoken_by_actor(verb: Token) -> bool:
    """Is the verb's subject a named actor or a person ("Chile raised concerns", "she raised fears"), who
    voices what the noun holds, not a thing that caused it ("the move raised fears")?"""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.ent_type_ in ACTOR_LABELS or s.lower_ in PERSON_PRONOUNS or is_person_noun(s.lemma_.lower())
        for s in subjects
    )


def _content_after(noun: Token, verb: Token) -> Token | None:
    """ "gave assurances Chile would pay": the parser may hang the noun's content clause on the verb; it
    opens right after the noun (its "that" left out or not) and has a subject of its own."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.left_edge.i != noun.right_edge.i + 1 or _relative(clause):
            continue
        if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in clause.children):
            return clause
    return None


def _owners(document: Token) -> tuple[Token, ...]:
    """Whose a document or word is, by its possessive or "from"/"by" ("Acme's statement", "a warning from
    Peru")."""
    owners = tuple(c for c in document.children if c.dep_ == "poss")
    return owners + tuple(
        p
        for c in document.children
        if c.dep_ == "prep" and c.lower_ in ("from", "by")
        for p in c.children
        if p.dep_ == "pobj"
    )


def voiced_content(clause: Token) -> Issued | None:
    """The maker of the noun of speech or stance whose content the clause is: the verb's subject that
    voices it (`voiced_noun`), or its owner ("Chile's warning that Peru would …", "Chile's concern is that
    Peru is arming …", where the parser makes the clause the copula's); else None."""
    noun = clause.head
    voiced = voiced_noun(noun) if clause.dep_ == "ccomp" else None
    if voiced is not None and voiced.clause == clause:
        owners = tuple(c for c in voiced.noun.children if c.dep_ == "poss")
        return Issued(voiced.noun, owners, noun)  # "gave assurances Chile would pay", hung on the verb
    if clause.dep_ == "ccomp" and noun.lemma_ == "be":
        subjects = [c for c in noun.children if c.dep_ == "nsubj" and said_as(c) is not None]
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        owners = tuple(o for s in subjects for o in s.children if o.dep_ == "poss")
        return Issued(subjects[0], owners, None) if owners and marked and clause.i > noun.i else None
    if said_as(noun) is None or _noun_content(noun) != clause:
        return None
    owners = _owners(noun)  # "Chile's warning that …", "the warning from Chile that …"
    voiced = voiced_noun(noun.head) if noun.dep_ == "dobj" else None
    verb = noun.head if voiced is not None and voiced.noun == noun else None
    return Issued(noun, owners, verb) if owners or verb is not None else None


def _noun_word(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return lemma if lemma in SPEECH_ACT_NOUNS or lemma in STANCE_NOUNS else noun.lower_


def said_as(noun: Token) -> str | None:
    """The verb of speech a noun of speech or stance stands for ("warnings": warn), or None."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    word = _noun_word(noun)
    return SPEECH_ACT_NOUNS.get(word) or STANCE_NOUNS.get(word)


def _noun_content(noun: Token) -> Token | None:
    """The content clause of a noun: hung on it with its "that" ("warnings that Brazil should cut …", past
    the noun's own phrases: "a warning to Peru that …"; not a relative clause, "the warning that came"),
    or with "that" left out, right after it and with a subject of its own ("hope the talks would resume");
    or None."""
    own = {t.i for t in noun.subtree}
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.i < noun.i or _relative(clause):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" and c.i == noun.i + 1 for c in clause.children):
            return clause
        # "issued a warning to Peru that …", "voiced concern on Monday that …": past the noun's own phrases
        that = clause.left_edge
        opens = that.dep_ == "mark" and that.lower_ == "that" and that.head.i == clause.i
        if opens and clause.dep_ != "relcl" and all(i in own for i in range(noun.i + 1, that.i)):
            return clause
        bare = clause.dep_ in ("acl", "ccomp") and clause.left_edge.i == noun.i + 1
        unmarked = not any(c.dep_ == "mark" for c in clause.children)
        if bare and unmarked and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in clause.children):
            return clause
    return None


def reports(verb: Token) -> bool:
    """Does a verb report what is said, alone ("said", "believed") or with its particle ("pointed out"), or
    as a document or data do ("estimates from the IEA show that …")?"""
    lemma = verb.lemma_.lower()
    if lemma in REPORTING_VERBS:
        return True
    if lemma in DOCUMENT_VERBS:
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)
    if _signals(verb):
        return True
    return any(f"{lemma} {c.lower_}" in PARTICLE_SPEECH_VERBS for c in verb.children if c.dep_ == "prt")


def belief_holders(clause: Token) -> list[Token] | None:
    """ "Officials were convinced (that) exporters were complying", "Japan is confident Iraq armed them": a
    clause after a state of belief said with "be" (belief_states) is the belief of the state's subject,
    no fact the writer vouches for. The holders' words ([] when the state has no subject of its own); None
    for any other clause."""
    if clause.dep_ != "ccomp":
        return None
    state = clause.head
    if state.lower_ not in BELIEF_STATES:
        return None
    if state.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in state.children):
        return [c for c in state.children if c.dep_ == "nsubjpass"]
    if state.dep_ == "acomp" and state.head.lemma_.lower() == "be":
        return [c for c in state.head.children if c.dep_ == "nsubj"]
    return None


def held_belief(clause: Token) -> tuple[list[Token], Token] | None:
    """ "(said) he thought Japan would open its market", "he reckoned Japan …", "he was sure (that) Japan
    would …", "he was convinced Japan …": a clause of belief or certainty that is no word of its own (a verb
    of opinion, which alone only hedges, rules._held_view; a verb of belief that reports nothing, "reckon";
    "be" with a state of belief, belief_states), the holders' words and the clause it holds; or None. A
    belief verb that reports ("believed", "expected", "hoped") says its clause itself, with its own stance."""
    lemma = clause.lemma_.lower()
    if lemma in BELIEF_VERBS and (lemma not in REPORTING_VERBS or lemma in OPINION_VERBS):
        heads = [clause]
    elif lemma == "be":
        # the parser hangs the held clause on the adjective ("sure Japan would") or on "be" itself
        states = [c for c in clause.children if c.dep_ == "acomp" and c.lower_ in BELIEF_STATES]
        heads = [clause, *states] if states else []
    elif clause.lower_ in BELIEF_STATES and any(c.dep_ == "auxpass" for c in clause.children):
        heads = [clause]  # "he was persuaded (that) Japan would …" read as a passive
    else:
        heads = []
    held = [g for head in heads for g in head.children if g.dep_ == "ccomp"]
    holders = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    # "explained why he thinks the city is poised to grow": the grounds of the belief are told, no claim
    asked = any(c.lower_ in WH_WORDS and c.i < clause.i for c in clause.children)
    if not held or not holders or asked:
        return None
    return holders, held[0]


def _signals(verb: Token) -> bool:
    """Does a speaker signal, hint or make clear a clause ("France signalled it would retaliate against
    the EC", "had made clear that it would vote against X"; signalling_verbs)? What it states is its word, as
    "said it would" is; not when a thing or an act signals ("the move signalled that ..."), evidence no
    one stated."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in VERB_POS:
        return False
    # "made clear that ...": the adjective right after the verb, on it or on the clause the parser hung it on
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else verb
    words = [after] if after.pos_ == "ADJ" and (after.head.i == verb.i or after.head.head.i == verb.i) else []
    if lemma not in SIGNALLING_VERBS and not any(f"{lemma} {c.lower_}" in SIGNALLING_VERBS for c in words):
        return False
    if not any(c.dep_ == "ccomp" and c.pos_ in VERB_POS for c in verb.children):
        return False
    things = EVIDENCE_NOUNS | DOCUMENT_NOUNS | ACT_NOUNS.keys()
    subjects = (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    return not any(c.lemma_.lower() in things for c in subjects)


def _open(clause: Token) -> bool:
    """Does a content clause open with a question word ("why Chile sold arms", "how it works")?"""
    return clause.left_edge.lower_ in WH_WORDS


def hearsay(verb: Token) -> bool:
    """Is the clause what reports or speculation say, which the article does not vouch for ("declined to
    comment on reports that Iran had armed the militia", "prompted speculation that he has agreed to
    testify", "amid rumours the two will merge")? Like an allegation's content (voice.alleged) it is no
    fact, and no one named said it. Up through coordinated, chained and subordinate verbs and the reports
    they quote ("reports that X said it had attacked Y, killing Z")."""
    return _hearsay_clause(verb) is not None


def denied_hearsay(verb: Token) -> Token | None:
    """The verb that denies the hearsay the clause stands in ("dismissed reports that it was bidding for
    X", `hearsay_denier`): what the reports say is then the denier's word that it is false, no longer
    hearsay that nobody vouches for. None when the clause is no hearsay or the hearsay is not denied."""
    clause = _hearsay_clause(verb)
    return hearsay_denier(clause) if clause is not None else None


def _hearsay_clause(verb: Token) -> Token | None:
    """The clause, the verb's or one above it, that is the content of a noun of hearsay (`hearsay`)."""
    return _content_clause_of(verb, _hearsay_of, SPEECH_VERBS)


def _content_clause_of(
    verb: Token, content_of: Callable[[Token], Token | None], reporting: frozenset[str]
) -> Token | None:
    """The clause, the verb's or one above it through coordinated, chained, reported (by one of the
    `reporting` verbs) and adverbial clauses, four steps at most, whose noun `content_of` finds; or None."""
    node = verb
    for _ in range(4):
        while node.dep_ in ("conj", "xcomp") and node.head.pos_ in VERB_POS:
            node = node.head
        if content_of(node) is not None:
            return node
        head = node.head
        quoted = node.dep_ == "ccomp" and head.lemma_.lower() in reporting
        if not (quoted or node.dep_ == "advcl") or head.i == node.i:
            return None
        node = head
    return None


def _hearsay_of(clause: Token) -> Token | None:
    """The noun of hearsay the clause is the complement of: hung on it ("reports that X attacked"; not a
    relative clause, "the report that found …"), or opening right after it and its "that", however the
    parser hung it ("reports that Iran had armed X", where "armed" modifies X); or None."""
    if _relative(clause):
        return None
    marked = any(c.dep_ == "mark" for c in clause.children)
    if clause.dep_ == "relcl" and not marked:
        return None  # "the report Iran published": the noun is what the clause is about, not its content
    if clause.dep_ in ("acl", "ccomp", "relcl") and _hearsay_noun(clause.head):
        return clause.head  # the parser takes a content clause with its "that" for a relative one too
    carrier = clause.head
    if clause.dep_ == "ccomp" and _saying_participle(carrier) and _hearsay_noun(carrier.head):
        return carrier.head  # "denied a press report saying it was discussing X": the report's words
    extraposed = _extraposed_from_hearsay(clause, marked)
    if extraposed is not None:
        return extraposed
    # "said in its report, the fault makes …": set off, it is what a named speaker says
    before = _word_before(clause)
    if before is None or before < 0:
        return None
    return clause.doc[before] if _hearsay_noun(clause.doc[before]) else None


def _saying_participle(word: Token) -> bool:
    """ "a report saying", "rumours claiming": a verb of speech as a participle on a noun, which carries the
    noun's content as "that" does."""
    return word.dep_ == "acl" and word.tag_ == "VBG" and word.lemma_.lower() in SPEECH_VERBS


def _word_before(clause: Token) -> int | None:
    """Where the word stands that a clause opens right after, past its "that" and a time between them
    ("reports that X ...", "a report last week that X ...", "no evidence that X ..."); None when the clause
    is set off by punctuation."""
    if clause.left_edge.is_punct:
        return None
    doc = clause.doc
    before = clause.left_edge.i - 1
    if before >= 0 and doc[before].lower_ == "that":
        before -= 1
    # "a report earlier this week that X had asked Y", "rumours last month that …": the time of the report
    # stands between the noun and its content (and the parser then hangs the content on the sentence's verb)
    while before >= 0 and doc[before].ent_type_ in TIME_LABELS:
        before -= 1
    return before


def hearsay_denier(clause: Token) -> Token | None:
    """The verb that denies the hearsay whose content the clause is: "dismissed reports that it was bidding
    for X", "denied rumours that Y would sell Z" (the noun its object) say, as "denied that …" does, that
    the content is false. Not a denial that is itself negated ("did not deny reports that …"): that leaves
    the hearsay what it was. None when the clause is no such content."""
    noun = _hearsay_of(clause)
    if noun is None:
        return None
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "denied reports and rumours that …"
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in HEARSAY_DENIAL_VERBS or negated_with_its_pair(verb):
        return None  # "would neither confirm nor deny reports that …": the reports stay hearsay
    return verb


def unfounded(verb: Token) -> bool:
    """Is the clause the content of evidence denied ("there is no evidence that X armed Y", "saw no sign
    that X will attack Y", "there was no information to suggest that X had broken off talks with Y",
    "nothing to indicate X left")? No one asserts it, and the text does not: no fact. Up through
    coordinated, chained and reported verbs, as for hearsay."""
    return _content_clause_of(verb, _denied_evidence_of, SPEECH_VERBS | EVIDENCE_VERBS) is not None


def refused_possibility(verb: Token) -> bool:
    """Is the clause a possibility refused: the that-clause of a denied or refused verb of letting be
    ("will never accept that Chile should confine us", "cannot allow that X blocks Y", "refused to accept
    that …": admitting_verbs), or of a thought rejected ("rejected any idea that X should Y", "will not
    accept the notion that …": entertained_nouns)? Nobody claims its act, neither the speaker nor the text.
    Up through coordinated and chained verbs."""
    return _content_clause_of(verb, _refused_in, frozenset()) is not None


def _refused_in(clause: Token) -> Token | None:
    """The word of refusal the clause is the content of (`refused_possibility`), or None."""
    head = clause.head
    if head.i == clause.i or _relative(clause):
        return None
    if clause.dep_ == "ccomp" and head.lemma_.lower() in ADMITTING_VERBS:
        return head if refused(head) else None
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ in ("acl", "ccomp", "relcl") and marked and head.lemma_.lower() in ENTERTAINED_NOUNS:
        # "rejected any idea that X should …": the noun, the object of a refusal or of a denied acceptance
        governor = head.head
        refusing = _refusing(governor) or (governor.lemma_.lower() in ADMITTING_VERBS and refused(governor))
        return head if head.dep_ == "dobj" and refusing else None
    return None


def refused(verb: Token) -> bool:
    """Is the verb denied ("will never accept", "cannot allow") or what a refusal takes ("refused to
    accept")?"""
    return is_negated(verb) or (verb.dep_ == "xcomp" and _refusing(verb.head))


def _refusing(verb: Token) -> bool:
    """Is the verb one of refusal (negating_verbs: "refuse", "reject", "rule out"), not itself denied?"""
    return chain_word(verb) in NEGATING_VERBS and not is_negated(verb)


def _denied_evidence_of(clause: Token) -> Token | None:
    """The denied noun of evidence the clause is the content of: hung on it ("no evidence that X armed
    Y"), its infinitive of inference ("no information to suggest that ..."), or opening right after it and
    its "that"; or None."""
    if _relative(clause):
        return None
    marked = any(c.dep_ == "mark" for c in clause.children)
    head = clause.head
    if clause.dep_ in ("acl", "relcl") and _inferring(clause) and _denied_evidence(head):
        return None  # the inference itself ("no reason to believe"): its own clause is the content
    if (clause.dep_ in ("acl", "ccomp") or (clause.dep_ == "relcl" and marked)) and _denied_evidence(head):
        return head
    if clause.dep_ == "pcomp" and head.lower_ == "of" and _denied_evidence(head.head):
        return head.head  # "there was no sign of X withdrawing its troops": the gerund is the sign's content
    if clause.dep_ == "ccomp" and _denied_implication(head):
        return head  # "that did not mean Europe would support X", "denied the move meant Y would leave Z"
    if (
        clause.dep_ == "ccomp"
        and head.dep_ in ("acl", "relcl")
        and _inferring(head)
        and _denied_evidence(head.head)
    ):
        return head.head  # "no information to suggest that X had broken off talks"
    if clause.dep_ == "ccomp" and marked and head.i < clause.i:
        # "No sign emerged that X would attack Y", "nothing suggests that ...": the denied evidence is the
        # subject of the verb the clause is put after
        subjects = [c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and _denied_evidence(c)]
        if subjects:
            return subjects[0]
    before = _word_before(clause)
    # in the clause's own sentence: a headline without its stop ("No sign of X") does not govern the next
    if before is None or before < clause.sent.start:
        return None
    return clause.doc[before] if _denied_evidence(clause.doc[before]) else None


def _denied_implication(verb: Token) -> bool:
    """A verb of implication denied: negated ("did not mean", "does not necessarily signal"), or the content
    of a denial not itself negated ("denied that the move meant ...")."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in IMPLICATION_VERBS:
        return False
    if is_negated(verb):
        return True
    denier = verb.head
    return verb.dep_ == "ccomp" and denier.lemma_.lower() in DENIAL_VERBS and not is_negated(denier)


def _inferring(verb: Token) -> bool:
    """An infinitive of inference ("to suggest", "to believe")."""
    return verb.lemma_.lower() in EVIDENCE_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _denied_evidence(word: Token) -> bool:
    """A noun of evidence denied: "no evidence", "not any sign" (its verb negated: "did not find any
    indication"), or "nothing" itself."""
    if word.pos_ not in ("NOUN", "PRON") or word.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    if word.lower_ == "nothing":
        return True
    determiners = {c.lower_ for c in word.children if c.dep_ == "det"}
    if "no" in determiners:
        return True
    if word.dep_ == "attr" and is_negated(word.head):
        return True  # "the vote was not a sign (signal) that ..."
    governor = word.head.head if word.dep_ == "pobj" else word.head
    if word.head.i == word.i or not is_negated(governor):
        return False
    # "had not seen the slightest evidence that ...": the least amount denied is none, as "any" denied is
    least = any(c.dep_ == "amod" and c.lower_ in LEAST_AMOUNT_SUPERLATIVES for c in word.children)
    return "any" in determiners or least


def _extraposed_from_hearsay(clause: Token, marked: bool) -> Token | None:
    """The noun of hearsay, its verb's subject, whose content the clause is, put after the verb ("Charges
    surfaced that X attacked Y", "Speculation grew that X would buy Y"), or None. A verb of speech with
    such a subject ("reports said X attacked Y") reports the clause as its own content instead."""
    verb = clause.head
    if clause.dep_ != "ccomp" or not marked or verb.i > clause.i or verb.lemma_.lower() in REPORTING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and _hearsay_noun(c)), None)


# What a noun of hearsay or of allegation says ("rumours that …", "charges that X lied") is no fact.
_HEARSAY_WORDS = HEARSAY_NOUNS | ALLEGATION_NOUNS


def _hearsay_noun(word: Token) -> bool:
    # by its form: a sentence's capitalised first word ("Rumours that …") is often tagged a name
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    if word.lower_ in DENIED_STATEMENT_NOUNS:
        # "dismissed statements that Japan might retaliate": words denied are as hearsay denied
        verb = word.head
        return word.dep_ == "dobj" and verb.lemma_.lower() in HEARSAY_DENIAL_VERBS and not is_negated(verb)
    return word.lower_ in _HEARSAY_WORDS


def _relative(clause: Token) -> bool:
    """Does a relative pronoun open the clause as its subject or object ("the report that found …")?"""
    return any(c.dep_ in _GAP_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


# Where a relative pronoun stands in its clause when it is the noun the clause is about.
_GAP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def content_conjunct(verb: Token) -> Token | None:
    """ "X says the UN wanted, and got, a vote to send a signal to Y": the parser hangs "got" on the verb
    of speech, but a verb set off by ", and …," right after the reported verb, which lacks the object
    that follows, shares that object and its subject (the two verbs are the report's, and what "got" is
    for is the UN's, not the speaker's). The reported verb, or None."""
    speech = verb.head
    if verb.dep_ != "conj" or speech.lemma_.lower() not in REPORTING_VERBS:
        return None
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children) or verb.i + 1 >= len(verb.doc):
        return None
    reported = [c for c in speech.children if c.dep_ in REPORTED_CLAUSE_DEPS and speech.i < c.i < verb.i]
    if not reported or verb.nbor(1).text != ",":
        return None
    content = reported[-1]
    between = [t.lower_ for t in verb.doc[content.right_edge.i + 1 : verb.i]]
    if between not in ([",", "and"], [",", "but"], [",", "or"]) or content.right_edge.i != content.i:
        return None  # the reported verb ends its clause: it has no object of its own
    return content if any(c.dep_ == "dobj" for c in verb.children) else None


def set_against(clause: Token) -> bool:
    """Is a clause before a verb of speech the writer's, set against the report by a connective, not its
    content: "Reuters reached out to Ivanov, however Ivanov said he would not comment" (the parser takes
    the first clause for what Ivanov said, as in "Peru shelled Arica, Chile said")?"""
    verb = clause.head
    if clause.i > verb.i or clause.dep_ not in ("ccomp", "parataxis"):
        return False
    # "The FSB denies X; reports describe Y": a semicolon closes the writer's clause before the report's
    if any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : verb.i]):
        return True
    return any(c.lower_ in CONTRAST_CONNECTIVES and clause.right_edge.i < c.i < verb.i for c in verb.children)


def _outside_verbs(sentence: Span, start: int, end: int, group: list[tuple[int, int]]) -> list[Token]:
    """The verbs that may say who speaks a quotation (one span of it, [start, end), of all its spans,
    `group`): its reporting verbs first ("Kerry said"), then the sentence's main verb ("Trump defended…").
    Not a verb inside what another word of speech outside the marks reports ('"…," the spokesman told
    Reuters, commenting on a report saying Acme could sell a stake': Acme sells, and says nothing), nor one
    inside another span of the quotation (_quoted_in)."""
    verbs = [
        t
        for t in sentence
        if t.pos_ in VERB_POS and not (start <= t.i < end) and not _reported_by(t, start, end)
    ]
    reporting = [v for v in verbs if v.lemma_.lower() in SPEECH_VERBS]
    # 'If Acme decides to sell, he said, "…"': where a verb of speech says who speaks, even a "he" left
    # open, the doer of another verb of the sentence (here of a condition) is not the speaker
    outside = [v for v in reporting or verbs if not _quoted_in(group, v.i)]
    return sorted(outside, key=lambda v: v.dep_ != "ROOT")


def _reported_by(verb: Token, start: int, end: int) -> bool:
    """Does the verb hang below a verb of speech outside the quotation's marks?"""
    return any(a.lemma_.lower() in SPEECH_VERBS and not (start <= a.i < end) for a in verb.ancestors)


def office_holder(word: Token) -> Token | None:
    """The name of whoever holds an office that the parser hung on its owner (`"…," said the University
    of X, Y's chancellor, Jane Doe`: "chancellor, Jane Doe" coordinated with or apposed to the
    university): the holder speaks, not the owner of the office."""
    for office in word.children:
        if office.dep_ in ("conj", "appos") and office.pos_ == "NOUN":
            for name in office.children:
                if name.dep_ == "appos" and name.pos_ == "PROPN":
                    return name
    return None


def source_apposition(verb: Token) -> Token | None:
    """ "According to the mayor, Jane Doe, police were searching …": the parser takes the name set off
    by commas right after the according-to phrase for a second subject of the verb; it names the source."""
    according = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not according or len(subjects) < 2:
        return None
    doc, end, name = verb.doc, according[0].right_edge.i, subjects[0]
    after = name.right_edge.i + 1
    if name.pos_ != "PROPN" or name.left_edge.i != end + 2 or after >= len(doc):
        return None
    return name if doc[end + 1].text == "," and doc[after].text == "," else None


class StrandedSource(NamedTuple):
    cue: Token  # the word "according"
    source: Token  # whom the words are reported from
    speaker: Token  # who says them


def stranded_source(verb: Token) -> StrandedSource | None:
    """ "According to news agency X, the prosecutor Jane Doe said …": the parser leaves "to" without its
    object and makes the source the verb's subject, with the speaker set off after it as an apposition.
    The source and the speaker's name, or None."""
    according = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"]
    if len(according) != 1:
        return None
    to = [c for c in according[0].children if c.lower_ == "to"]
    if len(to) != 1 or any(c.dep_ == "pobj" for c in to[0].children):
        return None
    for source in verb.children:
        if source.dep_ != "nsubj" or source.left_edge.i != to[0].i + 1:
            continue
        speaker = _set_off_apposition(source)
        if speaker is not None:
            return StrandedSource(according[0], source, speaker)
    return None


def _sentence_end(token: Token) -> int:
    """The last word of the token's sentence that is not punctuation."""
    sent = token.sent
    end = sent.end - 1
    while end > sent.start and token.doc[end].is_punct:
        end -= 1
    return end


def _set_off(phrase: Token) -> bool:
    """Is the phrase set off by a comma before it and does it close its sentence ("…, according to X.")?"""
    start = phrase.left_edge.i
    return start > 0 and phrase.doc[start - 1].text == "," and phrase.right_edge.i == _sentence_end(phrase)


def appended_report(verb: Token) -> tuple[Token, Token] | None:
    """ "X bought Y and sold Z, the newspaper W reported.": the parser may hang the closing report on the
    last verb, its source a bare noun with the verb of speech a relative clause of it ("newspaper" ←
    "reported" → "W"); the report is the sentence's source all the same. (The source, the verb of speech),
    or None: not a relative clause that has its own object or clause ("…, the paper that said so")."""
    for noun in verb.children:
        if noun.dep_ not in ("npadvmod", "appos", "dobj") or noun.i < verb.i or not _set_off(noun):
            continue
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.i != _sentence_end(noun) or not reports(clause):
                continue
            subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
            if any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
                continue
            if len(subjects) == 1 and subjects[0].i > noun.i and subjects[0].lower_ not in RELATIVE_PRONOUNS:
                return subjects[0], clause
    return None


def parenthetical_report(verb: Token) -> Token | None:
    """ "Iran, diplomats said, had sold oil to Japan", "The deal, the paper reported, is worth …": a verb of
    speech set off by commas inside the clause it tells, with its own subject and nothing said of its own
    (no object, no clause), which the parser hangs on the clause's verb as a parataxis, or, when it
    follows an opening adverb ("Also, traders point out, …"), as a clause before its head; or None."""
    for aside in verb.children:
        if aside.dep_ not in ("parataxis", "ccomp") or aside.i > verb.i or not reports(aside):
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in aside.children):
            continue
        subjects = [c for c in aside.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if not subjects:
            continue
        # the parser may give the aside the sentence's opening adverb ("Also, traders point out, …")
        opening = [c for c in aside.children if c.dep_ == "advmod" and c.i < subjects[0].left_edge.i]
        words = [t.i for t in aside.subtree if not t.is_punct and all(t not in o.subtree for o in opening)]
        start, end = min(words), max(words)
        doc = verb.doc
        if start > 0 and doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ",":
            return aside
    return None


def closing_source_conjunct(verb: Token) -> Token | None:
    """ "X bought Y and sold Z, according to W", "…, the newspaper W reported": a source that closes the
    sentence, set off by a comma, tells every verb of the coordination, though the parser hangs it on the
    last one; that last verb, when it carries such a source and the verb is the first of its coordination,
    or None."""
    if verb.dep_ == "conj":
        return None
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS and c.i > verb.i]
    if not later:
        return None
    last = later[-1]
    while more := [c for c in last.children if c.dep_ == "conj" and c.pos_ in VERB_POS and c.i > last.i]:
        last = more[-1]
    according = [c for c in last.children if c.dep_ == "prep" and c.lower_ == "according" and _set_off(c)]
    return last if according or appended_report(last) is not None else None


def _set_off_apposition(name: Token) -> Token | None:
    """The last name of an apposition chain after a comma ("X, the prosecutor Jane Doe"): a person's
    name, or None."""
    comma = name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == ","
    node, found = name, None
    while comma:
        nxt = [c for c in node.children if c.dep_ == "appos" and c.i > node.i]
        if len(nxt) != 1:
            break
        node = nxt[0]
        if node.pos_ == "PROPN":
            found = node
    return found


def coordinated_source(verb: Token) -> Token | None:
    """ "According to reports from the ministry, and Jane Doe, a rights group, on Monday, 500 people
    attended": the parser hangs the second source, coordinated after the according-to phrase and set off
    by a comma, on the verb as a first subject; it is a source, not who attended."""
    according = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not according or len(subjects) < 2:
        return None
    doc, end, name = verb.doc, according[0].right_edge.i, subjects[0]
    joint, after = doc[end], name.right_edge.i + 1
    if joint.dep_ != "cc" or joint.head.i != according[0].i or name.left_edge.i != end + 1:
        return None
    return name if name.pos_ == "PROPN" and after < len(doc) and doc[after].text == "," else None


def _speaker_words(verb: Token) -> list[Token]:
    """Who a verb says speaks: its subject, or the object the parser makes of an inverted one
    (`"…," said a protester`), or the name an opening verb of speech is taken to modify (`Remarked
    biologist Jane Doe, "…"`), or the subject of the verb a coordinated one shares ("Officials would not
    comment, but said …"); the holder of an office rather than its owner."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    shared = verb
    while not subjects and shared.dep_ == "conj" and shared.head.pos_ in VERB_POS:
        shared = shared.head
        subjects = [c for c in shared.children if c.dep_ == "nsubj"]
    inverted = verb.i > 0 and verb.doc[verb.i - 1].is_punct  # right after the closing mark
    # The object of a verb of telling is its hearer, never an inverted speaker ('He was defiant, telling
    # Peruvian radio: "We …"': the radio hears the words, he says them).
    addressed = verb.lemma_.lower() in ADDRESSEE_VERBS
    if not subjects and inverted and not addressed and verb.lemma_.lower() in SPEECH_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if (
        not subjects
        and verb.i == verb.sent.start
        and verb.dep_ == "amod"
        and verb.lemma_.lower() in SPEECH_VERBS
    ):
        name = verb.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        subjects = [name]
    subjects = subjects or trailing_speakers(verb)  # "X attacked Y, Z and W said."
    return [office_holder(word) or word for word in subjects or quoted_as(verb)]


def quoted_as(verb: Token) -> list[Token]:
    """ "X was quoted as saying …", "the agency quoted X as saying …", "cited officials as saying …": the
    words of a reporting verb after "as", with no subject of its own, are those of the one the governing
    verb of quoting names (its passive subject, else its object); [] for any other verb."""
    opener = verb.head
    quoting = opener.head
    if verb.dep_ != "pcomp" or opener.dep_ != "prep" or opener.lower_ != "as" or quoting.i == opener.i:
        return []
    if quoting.lemma_.lower() not in QUOTING_VERBS or verb.lemma_.lower() not in SPEECH_VERBS:
        return []
    quoted = [c for c in quoting.children if c.dep_ == "nsubjpass"]
    return quoted or [c for c in quoting.children if c.dep_ == "dobj"]


# The id prefix of a source the text names by its words only ("a senior official"): no entity, so the
# pipeline gives the words as the attribution and makes no fact of them.
UNNAMED_SOURCE = "source:"
# Words that say more of an unnamed source ("a senior official", "diplomatic sources", "one aide").
_SOURCE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def unnamed_source(word: Token) -> Ref | None:
    """ "A senior official said …", "according to diplomatic sources": whom a report is from when the
    text names no one but by a noun of sources, as a reference to their words ("senior official"), which
    `attributed_to` then holds; None for any other word. A plural of an office or occupation that names
    no entity ("Ministers insist …", "critics say …") is such a group too (via "group"): what they say is
    their claim, never the article's."""
    lemma = word.lemma_.lower()
    # (a capitalised plural opening the sentence is often tagged as a name: "Ministers insist …"); the wire's
    # trades cited as a body, or one of them, are such groups too ("dealers said", "one trader said")
    trade = word.pos_ in ("NOUN", "PROPN") and _source_group(lemma)
    group = trade or (word.tag_ in PLURAL_NOUN_TAGS and is_role_word(lemma))
    # "press reports said …", "according to newspaper reports": reports no body is named as the author of
    reported = word.pos_ in ("NOUN", "PROPN") and lemma_in(lemma, REPORT_SOURCE_NOUNS)
    titled = _the_title(word)
    listed = word.pos_ == "NOUN" and lemma in UNNAMED_SOURCE_NOUNS
    if not group and not reported and not titled and not listed:
        return None
    said = [t for c in word.lefts if c.dep_ in _SOURCE_MODIFIER_DEPS for t in c.subtree]
    if lemma in UNNAMED_BODY_NOUNS and not said and not indefinite(word):
        # "Acme Corp Plc said … The group said …": wire copy's bare "the group" names the firm (or body) of
        # the story again, so its words are that firm's (coreference), not some body's left unnamed
        return None
    # "reports from Tokyo said": where the reports come from says whose they are, as "Tokyo sources" does
    place = filed_from(word) if reported else None
    said_after = [place.head, *place.subtree] if place is not None else []
    if titled:
        # "the MP for Kestrel Vale": whose seat or office says who, as the report's words
        seats = [p for p in word.children if p.dep_ == "prep" and p.lower_ in _SEAT_PREPS]
        said_after = [t for p in seats for t in p.subtree]
    words = [t.text if t.pos_ == "PROPN" else t.lower_ for t in said]
    head = word.text if titled and word.is_upper else word.lower_
    label = " ".join([*words, head, *(t.text if t.pos_ == "PROPN" else t.lower_ for t in said_after)])
    return Ref(f"{UNNAMED_SOURCE}{label}", word.i, "name" if lemma in UNNAMED_SOURCE_NOUNS else "group")


_SEAT_PREPS = frozenset({"for", "of"})


def _the_title(word: Token) -> bool:
    """ "The MP for Kestrel Vale said …", "the former trade secretary said …": one person the text calls by a
    title with "the" (and no owner) where coreference named no one; the report is still that person's word,
    never the writer's."""
    if word.pos_ not in ("NOUN", "PROPN") or word.tag_ not in ("NN", "NNP"):
        return False
    if not is_role_word(word.lemma_.lower()):
        return False
    if word.ent_type_ or any(c.dep_ == "poss" for c in word.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)


def _source_group(lemma: str) -> bool:
    """Is the word a trade cited as a body ("dealers", "Traders" opening a sentence, its lemma unfolded)?"""
    return lemma_in(lemma, SOURCE_GROUP_NOUNS)


def named_speakers(refs: list[Ref]) -> list[Ref]:
    """The speakers other than a bare group of an office or occupation ("analysts expect …"), whose
    belief stays a possibility (voice.unnamed_belief) as if nobody were named."""
    return [ref for ref in refs if ref.via != "group"]


def affiliated_source(word: Token, resolver: ArgumentResolver, *, close: bool = True) -> list[Ref]:
    """ "according to a senior strategist at Sony", "an analyst with Nomura said": a person the text names
    only by an occupation held at a body speaks for that body, and a spokesman for a person (or a body's or
    a person's spokesman: "Acme's spokesman said") speaks for that person or body; [] for any other word (a
    resident "of" a town, an expert "on" a state, a name). Without `close`, not those whom sources are
    close to ("sources close to X said": X is their source's entity, but X said nothing)."""
    lemma = word.lemma_.lower()
    sources = UNNAMED_SOURCE_NOUNS | SOURCE_GROUP_NOUNS
    occupation = is_role_word(lemma) or is_person_noun(lemma) or lemma in sources or lemma in MOUTHPIECE_NOUNS
    if word.pos_ != "NOUN" or not occupation:
        return []
    near = _close_to(word, resolver) if lemma in UNNAMED_SOURCE_NOUNS else []
    if near:
        return near if close else []
    mouthpiece = lemma in MOUTHPIECE_NOUNS
    bodies = [
        body
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS
        for body in prep.children
        if body.dep_ == "pobj"
    ]
    if mouthpiece:
        bodies += [owner for owner in word.children if owner.dep_ == "poss"]  # "Acme's spokesman said"
    return [
        ref
        for body in bodies
        for ref in resolver.resolve(body)
        if ref.entity_id.startswith(AFFILIATION_BODIES) or (mouthpiece and ref.entity_id.startswith(PERSON))
    ]


def _close_to(word: Token, resolver: ArgumentResolver) -> list[Ref]:
    """ "sources close to the chancellor said …": sources said to be close to someone speak for them. Not
    for a state ("a source close to the Peruvian delegation"): a state speaks through its organs and
    officials, and one near them is an unnamed source, whose words are theirs alone."""
    return [
        ref
        for near in word.children
        if near.dep_ == "amod" and near.lower_ in PROXIMITY_ADJECTIVES
        for prep in near.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for whom in prep.children
        if whom.dep_ == "pobj"
        for ref in resolver.resolve(whom)
        if not ref.entity_id.startswith(STATE)
    ]


# The bodies a person may be said to speak for by working there: companies, agencies, parties, media; and a
# state's or a society's actors named by a common noun ("officials at German banks": the banks of Germany).
AFFILIATION_BODIES = ("org:", "group:")
# Whom a spokesman may speak for besides a body: the person whose words they give.
PERSON = "person:"
# The id prefix of a state, which sources close to it do not speak for (_close_to).
STATE = "country:"


def affiliated_speakers(verb: Token, resolver: ArgumentResolver, *, close: bool = True) -> list[Ref]:
    """The bodies whose unnamed people a reporting verb says speak (`An economist at Nomura said …`); without
    `close`, not whom sources are close to (affiliated_source)."""
    return [ref for word in _speaker_words(verb) for ref in affiliated_source(word, resolver, close=close)]


def unnamed_speakers(verb: Token) -> list[Ref]:
    """The unnamed sources a reporting verb says speak (`A senior official said …`, `"…," said an
    aide`)."""
    return [ref for word in _speaker_words(verb) if (ref := unnamed_source(word)) is not None]


def continued_source(verb: Token, resolver: ArgumentResolver | None = None) -> list[Ref]:
    """ "Banking sources said X had stopped paying. They said it would resume …": a "they" that reports
    right after unnamed sources, a plural the text names by their words only, reported in the sentence
    before is those sources (coreference gives such a group no entity to point back to); so is a "he" or
    "she" right after one unnamed source ("A ministry official told Reuters … Washington has asked Seoul to
    cut tariffs, he added": the official, or the body he speaks for); [] otherwise. The source goes on
    through the same pronoun reporting again ("A spokesman said … 'We regret it,' he said. He said …") and
    past sentences between that report nothing and name no person ("A spokesman for the Commission said
    … The Community buys oil from Iran. ¶ He said …"): a person named before the spokesman is no nearer."""
    if pronoun_within_report(verb):
        return []  # "The officials also said they expect …": the report's own speaker, not an earlier source
    pronouns = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in CONTINUING_PRONOUNS]
    if not pronouns and _shares_subject(verb):
        # '"We regret it," he said, adding that Chile would sue': the participle speaks with its verb's "he"
        pronouns = [c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ in CONTINUING_PRONOUNS]
    if not pronouns:
        return []
    pronoun = pronouns[0]
    start = verb.sent.start
    for _ in range(_CONTINUED_REACH):
        if start == 0:
            return []
        previous = verb.doc[start - 1].sent
        found = _source_reported_in(previous, pronoun, resolver)
        if found is not None:
            return found
        if any(t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS for t in previous):
            return []  # a person the sentence names or speaks of may be whom the pronoun stands for
        start = previous.start
    return []


def _shares_subject(verb: Token) -> bool:
    """Is the verb of reporting one with no subject of its own that speaks with the reporting verb it hangs
    on ("he said, adding that …", "he said and added that …")?"""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not own and verb.dep_ in ("advcl", "conj", "xcomp") and reports(verb.head)


def pronoun_within_report(verb: Token) -> bool:
    """ "Dealers said they expect X to meet Y", "analysts said they believe Japan will …": is the reporting
    verb's only subject a "they", "he" or "she" and the verb itself a clause another verb reports? Such a
    pronoun is the outer speaker, who says what he expects; when coreference finds it no entity (an unnamed
    source has none), the outer verb's speaker is whom the content is from."""
    words = _speaker_words(verb)
    if not words or any(word.lower_ not in CONTINUING_PRONOUNS for word in words):
        return False
    return verb.dep_ in REPORTED_CLAUSE_DEPS and reports(verb.head)


def unowned_data_within_report(verb: Token) -> bool:
    """ "Amnesty said figures suggested Afghans were stopped more often", "X says new data show …": is the
    reporting verb's subject a document or data (document_nouns) that names no maker (no possessive, no
    "from"/"by", no name of its own), and the verb itself a clause another verb reports? The outer speaker
    reads the data, and what they are said to show is that speaker's claim."""
    words = _speaker_words(verb)
    if not words or verb.dep_ not in REPORTED_CLAUSE_DEPS or not reports(verb.head):
        return False
    return all(
        word.lemma_.lower() in DOCUMENT_NOUNS
        and not word.ent_type_
        and not _owners(word)
        and not compiled_by(word)
        for word in words
    )


def compiled_by(noun: Token) -> tuple[Token, ...]:
    """ "according to figures compiled by X", "data released by Y": who made the document or data (document_
    nouns) by a participle and its "by" (compiled, published, released): the words after "by", or ()."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return ()
    return tuple(
        p
        for participle in noun.children
        if participle.dep_ == "acl" and participle.tag_ == "VBN"
        for agent in participle.children
        if agent.dep_ == "agent"
        for p in agent.children
        if p.dep_ == "pobj"
    )



# How many sentences back a pronoun that reports may find the unnamed source it goes on with.
_CONTINUED_REACH = 3


def _source_reported_in(
    sentence: Span, pronoun: Token, resolver: ArgumentResolver | None
) -> list[Ref] | None:
    """The unnamed source a sentence reports from that a "he", "she" or "they" goes on with ([] when its
    report has another speaker); None when the sentence reports nothing."""
    plural = pronoun.lower_ == "they"
    reported = False
    for reporting in sentence:
        if reporting.pos_ not in VERB_POS or not reports(reporting):
            continue
        for word in _speaker_words(reporting):
            reported = True
            if word.lower_ == pronoun.lower_ and word.i != pronoun.i:
                # "Officials said … Firms asked for X, they told Reuters. … they added": still the officials
                earlier = continued_source(reporting, resolver)
                if earlier:
                    return [Ref(r.entity_id, pronoun.i, r.via) for r in earlier]
            if plural != (word.tag_ in PLURAL_NOUN_TAGS):
                continue
            if not plural and word.lemma_.lower() not in UNNAMED_SOURCE_NOUNS:
                continue  # "X's lawyer said … he added": a "he" after a person's role is coreference's
            named = resolver.resolve(word) if resolver is not None and not plural else []
            ref = unnamed_source(word)
            found = [*named] or ([ref] if ref is not None else [])
            if found:
                return [Ref(r.entity_id, pronoun.i, r.via) for r in found]
    return [] if reported else None


def _subject_entity(verb: Token, resolver: ArgumentResolver) -> str | None:
    for child in _speaker_words(verb):
        if child.dep_ != "nsubjpass":
            refs = resolver.resolve(child)
            if len(refs) == 1:
                return refs[0].entity_id
    return None


def _voices(doc: Doc, group: list[tuple[int, int]]) -> list[Token]:
    """Who the reporting verbs outside the marks say speaks (`"…," said a protester`, `"…," he added`),
    named or not."""
    found: list[Token] = []
    for start, end in group:
        for i in (end, start - 1):
            if 0 <= i < len(doc):
                for verb in _outside_verbs(doc[i].sent, start, end, group):
                    if verb.lemma_.lower() in SPEECH_VERBS:
                        found.extend(w for w in _speaker_words(verb) if w not in found)
    return found


def _quoted_in(group: list[tuple[int, int]], i: int) -> bool:
    """Is the token inside one of the quotation's spans? `…said: "A is a friend. "He has done much and I
    am glad he stays."`: the mark that reopens the quotation stands in the sentence of its next paragraph,
    whose verbs (and the "he" they are said of) are the speaker's words, never who speaks."""
    return any(start <= i < end for start, end in group)


def _pronoun_voice(voices: list[Token]) -> bool:
    """Is the quotation's speaker only a "he" or "she" that coreference left open? It goes on with the
    voice before (`"…," Roe said. "… Doe … ," he added`), never with a person the quoted words name."""
    return bool(voices) and all(word.lower_ in PERSON_PRONOUNS for word in voices)


def _speaker(
    doc: Doc, group: list[tuple[int, int]], resolver: ArgumentResolver
) -> tuple[str | None, Token | None]:
    """The speaker's entity id and the verb whose subject they are; an unnamed source's words and no verb
    (it is no entity whose words are said of anyone); or (None, None)."""
    for start, end in reversed(group):
        sentences: list[Span] = []
        for i in (end, start - 1, end - 1, start):
            if 0 <= i < len(doc) and doc[i].sent not in sentences:
                sentences.append(doc[i].sent)
        for sentence in sentences:
            for verb in _outside_verbs(sentence, start, end, group):
                speaker = _subject_entity(verb, resolver)
                if speaker:
                    return speaker, verb
    return _unnamed_speaker(doc, group), None


def _unnamed_speaker(doc: Doc, group: list[tuple[int, int]]) -> str | None:
    """`"…," a senior official said`: the one unnamed source the quotation's reporting verbs name."""
    found = {ref.entity_id for word in _voices(doc, group) if (ref := unnamed_source(word)) is not None}
    return found.pop() if len(found) == 1 else None


def _topic(verb: Token, resolver: ArgumentResolver) -> str | None:
    """The one entity a verb of speech says its words are of ("said of Putin", "spoke about Iran")."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS:
            refs = [r for c in prep.children if c.dep_ == "pobj" for r in resolver.resolve(c)]
            if len(refs) == 1:
                return refs[0].entity_id
    return None


def find_quotes(doc: Doc, resolver: ArgumentResolver) -> list[Quote]:
    quotes: list[Quote] = []
    groups = quote_groups(doc)
    own = [_speaker(doc, group, resolver) for group in groups]
    for n, group in enumerate(groups):
        speaker, verb = own[n]
        voices = _voices(doc, group) if speaker is None else []
        if speaker is None and not _described_voice(voices):
            speaker = _named_later(doc, groups, own, n)
        voice: tuple[int, ...] = ()
        if speaker is None and quotes and quotation_goes_on(doc, quotes[-1].end, group[0][0]):
            speaker, voice = _voice_going_on(voices, quotes[-1].speaker, resolver)
        topic = _topic(verb, resolver) if verb is not None else None
        spans = [(start, end) for start, end in group if end > start]
        # what is said of someone is said where the quotation opens, not in the paragraphs it runs on into
        quotes.extend(
            Quote(start, end, speaker, topic=topic if n == 0 else None, voice=voice if n == 0 else ())
            for n, (start, end) in enumerate(spans)
        )
    return quotes


def _described_voice(voices: list[Token]) -> bool:
    """Does a reporting verb of the quotation's own (`voices`) name its speaker by a noun coreference could
    not resolve (`"…," the retired envoy said`)? Its words are that person's, not those of whoever the
    paragraph names next."""
    return any(word.pos_ in ("NOUN", "PROPN") for word in voices)


def _named_later(
    doc: Doc, groups: list[list[tuple[int, int]]], own: list[tuple[str | None, Token | None]], n: int
) -> str | None:
    """The speaker of a quotation with no report of its own, named with a later quotation of its
    paragraph (`"France let us down. It broke its word." The Tory spokesman, X, added: "We ..."`): news
    style names a paragraph's speaker once, with its last words, not the one of the paragraph before."""
    end = groups[n][-1][1]
    for later, (speaker, _) in zip(groups[n + 1 :], own[n + 1 :], strict=True):
        if _paragraph_break(doc, end, later[0][0]) or _narration_between(doc, end, later[0][0]):
            return None
        if speaker is not None:
            return speaker
        end = later[-1][1]
    return None


def _narration_between(doc: Doc, start: int, end: int) -> bool:
    """Does a whole sentence outside the marks stand between the two tokens (`"… without him." X said that
    he and Y became friends. "I saw …," he said`)? The later quotation's speaker is the one that sentence
    brings in, not the speaker of the words before it."""
    sentences = {doc[i].sent.start for i in range(start, end)}
    return any(
        begin > start and doc[begin].sent.end <= end and not doc[begin].is_punct for begin in sentences
    )


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """Does a paragraph end between the two tokens?"""
    return any("\n" in t.text or "\n" in t.whitespace_ for t in doc[max(start - 1, 0) : end])


def _voice_going_on(
    voices: list[Token], before: str | None, resolver: ArgumentResolver
) -> tuple[str | None, tuple[int, ...]]:
    """The speaker of a quotation that opens right after another whose speaker is `before`, when its own
    reporting verbs name none: the same voice goes on (`"…," Macron said. "I condemned…"`), unless someone
    we cannot name speaks (`"…," said a protester`); a "he" or "she" whom coreference left open goes on
    with a person's voice, unless the article called that person by the other sex's pronoun. Also the
    tokens of that pronoun, which then stand for the speaker (`voices`: the quotation's own reporting
    words)."""
    if not voices:
        return before, ()
    entity = resolver.entities.entity(before) if before else None
    if entity is None or entity.type != "PERSON" or not _pronoun_voice(voices):
        return None, ()
    if _called_otherwise(voices, entity.id, resolver):
        return None, ()  # `"…," Roe said` of a "she", then `"…," he added`: someone else speaks
    return before, tuple(word.i for word in voices)


def _called_otherwise(pronouns: list[Token], person: str, resolver: ArgumentResolver) -> bool:
    """Has the article called the person by a pronoun of the other sex than these?"""
    doc = pronouns[0].doc
    theirs = {doc[i].lower_ for i, found in resolver.antecedents.items() if found.entity_id == person}
    for word in (p.lower_ for p in pronouns):
        other = MALE_WORDS if word in FEMALE_WORDS else FEMALE_WORDS if word in MALE_WORDS else frozenset()
        if theirs & other:
            return True
    return False


def first_person_antecedents(doc: Doc, quotes: list[Quote], person_ids: set[str]) -> dict[int, Antecedent]:
    """ "I", "me", "my" inside a quotation are its speaker, when the speaker is a person; "we", "us",
    "our" are its speaker when that is a body, a state or a group (`"We will take Montana to court," the
    union said`). A person's "we" is their side, which the words do not name. "You" in an interviewer's
    turn is the interviewee. The "he" of a quotation's `he added` that goes on with the voice before is
    that speaker."""
    found: dict[int, Antecedent] = {}
    for quote in quotes:
        if quote.addressee is not None:
            # "You ran for mayor in 2010." in an interviewer's turn: "you" is the interviewee.
            for token in doc[quote.start : quote.end]:
                if token.lower_ in SECOND_PERSON_PRONOUNS and token.pos_ == "PRON":
                    found.setdefault(token.i, Antecedent(quote.addressee, "pronoun"))
        if quote.speaker is None or quote.speaker.startswith(("event:", UNNAMED_SOURCE)):
            continue  # an unnamed source is no entity that "I" or "we" could point to
        for i in quote.voice:
            found.setdefault(i, Antecedent(quote.speaker, "pronoun"))
        person = quote.speaker in person_ids
        pronouns = FIRST_PERSON_PRONOUNS if person else FIRST_PERSON_PLURAL
        for token in doc[quote.start : quote.end]:
            if person and _our_country(token):
                # "'Our country will not pay,' the Peruvian minister said": the person's state, as "his
                # country" is (arguments: own_country_nouns); of no known state, no one
                found.setdefault(token.i, Antecedent(quote.speaker, "pronoun"))
            if person and _performed_appeal(token):
                # `"We urge Chile to reconsider," he said`: saying it is the speaker's own act of appeal
                found.setdefault(token.i, Antecedent(quote.speaker, "pronoun"))
            if token.lower_ in pronouns and token.pos_ == "PRON":
                # A quotation inside an interview's answer comes first in `quotes`: its speaker is "I" there.
                found.setdefault(token.i, Antecedent(quote.speaker, "pronoun"))
    return found


def _performed_appeal(token: Token) -> bool:
    """Is the token the "we" of an appeal its words perform ("We urge Chile to …", "we call on Peru to …",
    words.tsv request_verbs): a present verb, with no modal or negation, whose saying is the act? A "we"
    of any other verb is the speaker's side, which the words do not name."""
    verb = token.head
    if token.lower_ != "we" or token.dep_ != "nsubj" or verb.tag_ != "VBP" or is_negated(verb):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "we would urge", "we have asked": no appeal made in the saying
    lemma = verb.lemma_.lower()
    called = lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
    return called or (lemma in REQUEST_VERBS and any(c.dep_ == "dobj" for c in verb.children))


def _our_country(token: Token) -> bool:
    """The "our" of "our country", "our nation", "our government" (own_country_nouns)."""
    head = token.head
    return (
        token.lower_ == "our"
        and token.dep_ == "poss"
        and head.tag_ == "NN"
        and head.lemma_.lower() in OWN_COUNTRY_NOUNS
    )


def _topic_pronouns(kind: str | None) -> frozenset[str]:
    if kind == "PERSON":
        return PERSON_PRONOUNS
    if kind in ("GPE", "ORG"):
        return THING_PRONOUNS | GROUP_PRONOUNS
    return GROUP_PRONOUNS if kind == "NORP" else frozenset()


def topic_antecedents(doc: Doc, quotes: list[Quote], types: Mapping[str, str]) -> dict[int, Antecedent]:
    """ "Biden said of Putin, 'He is a killer'", "the minister said of the United States: 'It bullies
    us'": a third-person pronoun of the words said of someone stands for them, when its kind fits theirs
    (`types`: entity id to type), until the words name anyone else. Not the speaker, nor whoever the
    speaker's own titles and country put nearest."""
    found: dict[int, Antecedent] = {}
    for quote in quotes:
        if quote.topic is None:
            continue
        pronouns = _topic_pronouns(types.get(quote.topic))
        for token in doc[quote.start : quote.end]:
            if token.ent_type_ in ACTOR_LABELS:
                break
            if token.pos_ == "PRON" and token.lower_ in pronouns and not expletive(token):
                found[token.i] = Antecedent(quote.topic, "pronoun")
    return found


# A stray single quotation mark after a question's mark ("… popular?'"); a double one closes a quoted
# question that the sentence reports ('… answered with "What is X?"'), which is not the turn's question.
_CLOSING_MARKS = frozenset({"'", "’"})


def interview_question(quotes: list[Quote], sentence: Span) -> bool:
    """Is the sentence a question of an interviewer's turn (clauses.turns): one that ends asking?"""
    doc, last = sentence.doc, sentence.end - 1
    while last > sentence.start and (doc[last].is_space or doc[last].text in _CLOSING_MARKS):
        last -= 1
    if doc[last].text != "?":
        return False
    return any(quote.question and quote.start <= sentence.start < quote.end for quote in quotes)


def in_answer(quotes: list[Quote], token_i: int) -> bool:
    """Is the token in an interviewee's answer, outside any quotation there?"""
    for quote in quotes:
        if quote.start <= token_i < quote.end:
            return quote.answer
    return False


def quoted_apart(quotes: list[Quote], word: Token, verb: Token) -> bool:
    """Does a quotation hold the verb but not the word (`Remarked Jane Doe, "Peru must act."`, where the
    parser makes the speaker a second subject of "act")? Interview turns are no such quotation."""
    for quote in quotes:
        if quote.start <= verb.i < quote.end and not (quote.question or quote.answer):
            return not quote.start <= word.i < quote.end
    return False


def speaker_at(quotes: list[Quote], token_i: int) -> str | None:
    for quote in quotes:
        if quote.start <= token_i < quote.end:
            return quote.speaker
    return None
