"""The verb group: voice (passives, including headline and shared-auxiliary ones), negation, modality,
particles, the chain of verbs that govern an infinitive ("refused to consider"), the request that
controls it ("urged Iraq to stop"), and a repair for a common coordination misparse."""

from __future__ import annotations

from geokg.extract.clauses.memo import per_token
from geokg.extract.clauses.predicates import phrasal_verb
from geokg.extract.entities.titles import is_role_word
from geokg.extract.lexicon.cameo import FORCE_ROOTS, HARM_ROOTS, event_root
from geokg.extract.lexicon.entity_words import SEQUENCE_WORDS
from geokg.extract.lexicon.syntax import (
    AUXILIARY_DEPS,
    AUXILIARY_SHARING_TAGS,
    COPULA_COMPLEMENT_DEPS,
    CORE_ARGUMENT_DEPS,
    EXPLICIT_SUBJECT_DEPS,
    FINITE_TAGS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    OWN_CLAUSE_DEPS,
    PLACE_LABELS,
    TIME_LABELS,
    VERB_POS,
    indefinite,
    to_infinitive,
    written_year,
)
from geokg.extract.lexicon.words import (
    ACCORD_FAILING_WORDS,
    ACCORD_NOUNS,
    AGE_PARTICIPLES,
    AGREEING_VERBS,
    AGREEMENT_NOUNS,
    ALLEGATION_NOUNS,
    AWAITED_CONDITION_OPENERS,
    AWAITED_EVENT_PREPS,
    BACKSHIFTED_MODALS,
    BELIEF_VERBS,
    BYGONE_STATE_WORDS,
    CAPACITY_HOLDING_VERBS,
    CAPACITY_NOUNS,
    CHAIN_PREPOSITIONS,
    CHAIN_VERBS,
    CHOOSING_VERBS,
    COMPARISON_MARKS,
    COMPARISON_VERBS,
    CONCESSIVE_CONDITION_WORDS,
    CONDITION_MARKS,
    CONSEQUENCE_VERBS,
    CONTINUING_SPEECH_VERBS,
    CONTRACTED_MODALS,
    CONTRAST_CONJUNCTIONS,
    CONTRAST_PHRASES,
    DEGREE_DENIAL_ADVERBS,
    DELIBERATION_VERBS,
    DEMAND_MODALS,
    DESCRIPTIVE_PARTICIPLES,
    DESIRE_VERBS,
    DOUBLE_OBJECT_VERBS,
    EARLIER_TIME_WORDS,
    EFFORT_VERBS,
    ELICITING_VERBS,
    ELLIPTIC_AUXILIARIES,
    ENDED_STATE_ADVERBS,
    ENVISIONING_VERBS,
    EVIDENTIAL_ADVERBS,
    EXCHANGE_OPENERS,
    FORESEEING_MODALS,
    FUTURE_DATING_PREPS,
    FUTURE_TIME_WORDS,
    HEADLINE_PLAN_REPORTING_VERBS,
    HEDGE_MODALS,
    HEDGED_DENIAL_WORDS,
    HEDGING_ADVERBS,
    HELPING_VERBS,
    IDIOM_PHRASES,
    IMPERSONAL_REPORT_VERBS,
    IMPLICATIVE_VERBS,
    INTENT_CHAIN_MODALS,
    INTRANSITIVE_VERBS,
    INVERTED_CONDITION_AUXILIARIES,
    ITINERARY_WORDS,
    MEANS_VERBS,
    MOTION_VERBS,
    NEAR_MISS_ADVERBS,
    NEGATIVE_PRONOUNS,
    NO_CHOICE_NOUNS,
    NOT_ONLY_WORDS,
    OBLIGATION_MODALS,
    OBLIGATION_VERBS,
    OPEN_QUESTION_MARKS,
    PARTIAL_DENIAL_ADVERBS,
    PARTIAL_DENIAL_NOUNS,
    PARTIAL_DENIAL_QUANTIFIERS,
    PARTICIPLE_OPENERS,
    PARTICLE_ADVERBS,
    PERCEPTION_VERBS,
    PERMISSION_VERBS,
    PLANNING_MODALS,
    PLEDGE_AGAINST_VERBS,
    PREVENTION_VERBS,
    PRINCIPLE_HEDGED_VERBS,
    PROMISE_MODALS,
    PROOF_VERBS,
    PURPOSE_ADJECTIVES,
    PURPOSE_OPENERS,
    READINESS_ADJECTIVES,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    RESTRICTION_OPENERS,
    SCANT_QUANTITY_WORDS,
    SEALING_VERBS,
    SERIAL_VERBS,
    SETTING_RELATIVES,
    SHARE_NOUNS,
    SOMEDAY_PHRASES,
    SPECULATION_NOUNS,
    SPECULATION_VERBS,
    SPEECH_VERBS,
    STAKE_VERBS,
    STOP_VERBS,
    SUBJECT_GERUND_PREPS,
    SUPERSEDED_PLAN_WORDS,
    SUPERSEDING_PLAN_ADVERBS,
    TIME_CLAUSE_OPENERS,
    TIME_CLAUSE_WORDS,
    TIME_COUNT_NOUNS,
    TOPIC_TURNS,
    UNMET_CONDITION_MARKS,
    UNSCHEDULING_TIME_WORDS,
)
from spacy.tokens import Token


def _not_only(neg: Token) -> bool:
    """ "it is not only the park that suffers (but also ...)": "not only" adds, it denies nothing."""
    following = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in NOT_ONLY_WORDS


def qualified_denial(verb: Token) -> bool:
    """ "does not necessarily want X", "did not always back Y": a "not" that a hedge follows denies nothing;
    "in some years it had not imported any", "sometimes did not pay", "at times": a denial limited to part
    of the time is no flat denial. "will not ask X to liberalize fully", "did not demand that X withdraw
    completely": a degree in the act requested takes the weight of the "not" (a lesser request may stand), no
    flat denial either. Either way the clause is asserted neither way: the caller reads no fact."""
    doc = verb.doc
    if _denied_degree_of_request(verb):
        return True
    for child in verb.children:
        if child.dep_ == "neg" and child.i + 1 < len(doc) and doc[child.i + 1].lower_ in HEDGED_DENIAL_WORDS:
            return True
        if child.dep_ == "advmod" and child.lower_ in PARTIAL_DENIAL_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "at"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if f"{child.lower_} {pobj.lower_}" in PARTIAL_DENIAL_ADVERBS:
                    return True  # "at times"
                quantified = any(g.lower_ in PARTIAL_DENIAL_QUANTIFIERS for g in pobj.children)
                if pobj.lemma_.lower() in PARTIAL_DENIAL_NOUNS and quantified:
                    return True  # "in some years", "on some days", "in certain cases"
    return False


def _denied_degree_of_request(verb: Token) -> bool:
    """ "will not ask Tokyo to liberalize fully its market", "did not demand that X withdraw completely": a
    denied request whose requested act carries an adverb of degree (the parser may hang it on that act's
    object, "liberalize fully its market")."""
    if verb.lemma_.lower() not in REQUEST_VERBS or not is_negated(verb):
        return False
    for act in verb.children:
        if act.dep_ not in ("xcomp", "ccomp") or act.pos_ not in ("VERB", "AUX"):
            continue
        words = [*act.children, *(g for c in act.children if c.dep_ in ("dobj", "prep") for g in c.children)]
        if any(w.dep_ == "advmod" and w.lower_ in DEGREE_DENIAL_ADVERBS for w in words):
            return True
    return False


def _quoted_apart(word: Token, verb: Token) -> bool:
    """'"... which still does not," Smith said': a word before a closing quotation mark is the quotation's,
    whatever verb after the mark the parser hangs it on."""
    if word.i > verb.i:
        return False
    return any(t.tag_ == "''" for t in verb.doc[word.i + 1 : verb.i])


@per_token
def is_negated(verb: Token) -> bool:
    """ "not", "n't", "never", "no longer", and a clause whose subject or object is "no X"/"nothing"
    ("found no traces", "no country recognises")."""
    for child in verb.children:
        if child.dep_ == "neg" and (_not_only(child) or _quoted_apart(child, verb)):
            continue
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ == "aux" and any(g.dep_ == "neg" for g in child.children):
            return True
        if (
            child.dep_ == "advmod"
            and child.lower_ == "longer"
            and any(g.lower_ == "no" for g in child.children)
        ):
            return True
        if child.dep_ in CORE_ARGUMENT_DEPS and _none_of(child):
            return True
        if _near_miss(child, verb):
            return True  # "nearly attacked X", "was almost forced to sell Y": it did not happen
        if child.dep_ == "advmod" and child.lower_ in EARLIER_TIME_WORDS and _denied_time(child):
            return True  # "has never before recognised X": the parser hangs "never" on "before"
    if _set_aside(verb):
        return True  # "will lease the port rather than sell it to X": the act not chosen
    # "came to power without facing elections", "took the town without fighting Peru": what "without" rules
    # did not happen
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "without"


def _set_aside(verb: Token) -> bool:
    """ "planned to privatise rather than keep X", "will talk rather than fight X", "Rather than fight X,
    Y will talk", "leased it instead of selling it to X": a verb "rather than" or "instead of" introduces
    is the act not done, whether the parser joins it to the main verb (the phrase's last word a "cc"),
    hangs it on the main verb with that word as its "mark", or makes it the object of that word
    ("pcomp"). The main verb keeps its own polarity."""
    if verb.dep_ == "pcomp":
        return opens_contrast(verb.head)  # "instead of selling it", ", rather than keeping it"
    if verb.dep_ == "conj":
        # "privatise rather than keep X"; only the conjunction nearest the verb joins it ("talk rather than
        # fight, and signed a pact with X": the pact is signed)
        head = verb.head
        joins = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
        return bool(joins) and opens_contrast(joins[-1])
    # "Rather than fight X, Y will talk": "than" the mark of the verb's clause
    return any(c.dep_ == "mark" and c.i < verb.i and opens_contrast(c) for c in verb.children)


def opens_contrast(word: Token) -> bool:
    """Is the word the last of a contrast phrase ("than" of "rather than", "of" of "instead of")?"""
    return word.i > 0 and f"{word.doc[word.i - 1].lower_} {word.lower_}" in CONTRAST_PHRASES


def negated_with_its_pair(verb: Token) -> bool:
    """ "would neither confirm nor deny that X …", "would not confirm or deny a report that …": is the verb
    negated, or the second of a pair a negation governs (joined by "nor", or by "or" to a negated verb)?
    "deny" so coordinated is withheld, no denial: the speaker says nothing of the content either way."""
    if is_negated(verb):
        return True
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i:
        return False
    joins = {c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i}
    neither = any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children)
    return "nor" in joins or ("or" in joins and (is_negated(head) or neither))


def _denied_time(adverb: Token) -> bool:
    """Does "never" or "not" deny the adverb of earlier time ("never before", "not previously")?"""
    return any(g.dep_ == "neg" or g.lower_ == "never" for g in adverb.children)


def denied_before(verb: Token) -> bool:
    """ "Smith and Jones, who had not met before, discussed X", "Chile, which had not previously recognised
    Peru, signed …", "who have not met since 1985": a denial in a relative clause that an adverb or a
    preposition of earlier time limits denies only the past the clause looks back on, not the event the
    sentence tells (which may be that very meeting): no denied fact is read from it."""
    if verb.dep_ != "relcl" or not is_negated(verb):
        return False
    return any(c.dep_ in ("advmod", "prep") and c.lower_ in EARLIER_TIME_WORDS for c in verb.children)


def bygone_judgement(judge: Token) -> bool:
    """ "X, which until recently has been reluctant to criticise Y, joined the attack", "was previously
    unable to pay", "Z, which had long been unwilling to": an adjective of unwillingness or inability
    whose copula a word of earlier time limits (words.tsv bygone_state_words; "long" only in a relative
    clause, beside the act the sentence tells) says the deed was not done then; it may be done now. No
    denied fact is read from it."""
    copula = judge.head if judge.dep_ in ("acomp", "oprd") else judge
    words = {c.lower_ for c in copula.children if c.dep_ == "advmod"}
    # "until recently": the parser hangs "until" and "recently" on the copula apart, or "recently" on "until"
    phrases = (c for c in copula.children if c.dep_ == "prep" and c.i + 1 < len(c.doc))
    words |= {f"{c.lower_} {c.nbor().lower_}" for c in phrases}
    if words & BYGONE_STATE_WORDS:
        return True
    return "long" in words and copula.dep_ == "relcl"


def failed_accord(verb: Token) -> Token | None:
    """ "X and Y failed to agree on Z", "X was unable to agree with Y", "failed to reach (sign) an agreement
    with Y": a failure to agree denies the agreement, between the sides the clause names. The failing word
    ("failed", "unable") whose infinitive the verb is, when the verb agrees or concludes (sealing_verbs) an
    accord; None otherwise (the failure of another deed is no agreement denied: "failed to persuade X" is
    still tried, "failed to keep an agreement" made one)."""
    failing = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or failing.lemma_.lower() not in ACCORD_FAILING_WORDS:
        return None
    lemma = verb.lemma_.lower()
    if lemma in AGREEING_VERBS or (lemma in SEALING_VERBS and accord_object(verb) is not None):
        return failing  # not "failed to keep (honour) an agreement": an accord made, not kept
    return None


def accord_object(verb: Token) -> Token | None:
    """The accord the verb takes as its object ("reached an agreement", "signed a pact"), or None."""
    accords = AGREEMENT_NOUNS | ACCORD_NOUNS
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in accords), None)


def near_missed(verb: Token) -> bool:
    """ "nearly attacked X", "was almost forced to": a near miss on the verb (is_negated takes it too)."""
    return any(_near_miss(c, verb) for c in verb.children)


def _near_miss(adverb: Token, verb: Token) -> bool:
    """ "nearly" or "almost" right before a verb (its auxiliaries between): the deed came close, not done."""
    if adverb.dep_ != "advmod" or adverb.lower_ not in NEAR_MISS_ADVERBS or verb.pos_ != "VERB":
        return False
    between = verb.doc[adverb.i + 1 : verb.i]
    return adverb.i < verb.i and all(t.head == verb and t.dep_ in AUXILIARY_DEPS for t in between)


def ended_state(verb: Token) -> Token | None:
    """ "Acme was formerly owned by X", "X formerly ran the mint": the adverb that puts the relation in the
    past, which the predicate keeps (it is no longer so, nor is it denied)."""
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ENDED_STATE_ADVERBS), None)


def _none_of(word: Token) -> bool:
    """ "nothing", "nobody", "no country": an argument that names no one; "neither X nor Y": nor either of
    the two."""
    return word.lower_ in NEGATIVE_PRONOUNS or any(
        (g.dep_ == "det" and g.lower_ == "no") or (g.dep_ in ("det", "preconj") and g.lower_ == "neither")
        for g in word.children
    )


def names_nobody(verb: Token) -> bool:
    """Is the clause's subject "no X" or "nobody" ("said no protest would be lodged")? A report of it is
    about nothing that exists, so it is no word about anyone the subject's modifiers name."""
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS and _none_of(c) for c in verb.children)


def continued_report(verb: Token) -> Token | None:
    """ "X said Peru would act, adding that …": the parser hangs the participle of a verb that goes on
    speaking on the reported clause, but it is the speaker who adds, not the content's subject. (A
    "saying" there may be the content subject's own: "said the Senate rejected it, saying …".)"""
    content = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in CONTINUING_SPEECH_VERBS:
        return None
    reporter = content.head
    if content.dep_ != "ccomp" or reporter.i > content.i or reporter.lemma_.lower() not in REPORTING_VERBS:
        return None
    return reporter


@per_token
def modal_of(verb: Token) -> str | None:
    """The modal auxiliary ("must", "could", "will"), or an evidential adverb ("reportedly")."""
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD" and not _parted_from_subject(child, verb):
            lemma = child.lemma_.lower()
            return CONTRACTED_MODALS.get(lemma, lemma)
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in EVIDENTIAL_ADVERBS:
            return child.lower_
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in HEDGING_ADVERBS:
            return HEDGING_ADVERBS[child.lower_]  # "tentatively agreed to sell": not final, may
    if verb.lemma_.lower() in PRINCIPLE_HEDGED_VERBS and _in_principle(verb):
        return POSSIBILITY_MODALITY  # "agreed in principle to sell X": the terms are still open
    return None


def _in_principle(verb: Token) -> bool:
    """ "agreed in principle": the phrase "in principle" on the verb."""
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in")
    return any(g.dep_ == "pobj" and g.lower_ == "principle" for p in preps for g in p.children)


def _parted_from_subject(modal: Token, verb: Token) -> bool:
    """ "Europe can, Peru told the paper, help Chile": the parser hangs the content's modal on the inserted
    speech verb; a comma between a modal and the verb's own subject after it says the modal is another
    clause's (an inversion, "nor will Peru say", has none)."""
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > modal.i), None)
    if subject is None:
        return False
    return any(t.text == "," for t in verb.doc[modal.i + 1 : subject.left_edge.i])


def misparsed_subject(verb: Token) -> Token | None:
    """ "US troops defeated ISIS and Turkey would be moving…", "Russia attacked Ukraine and France
    condemned it": the parser joins "Turkey"/"France" to the first verb's object and leaves the second
    verb without a subject. A coordinated verb that opens with its own auxiliary or tense, right after a
    noun conjoined to the first verb's object, has that noun as its subject."""
    if verb.dep_ == "advcl" and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return _absolute_subject(verb)
    if verb.dep_ not in ("conj", "ccomp") or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return None
    opener = verb.left_edge  # the first word of the verb's clause
    finite = opener.i == verb.i and verb.tag_ in FINITE_TAGS
    if opener.i == 0 or not (opener.dep_ in AUXILIARY_DEPS or finite):
        return None
    noun = verb.doc[opener.i - 1]
    joined_to_object = noun.head.dep_ in ("dobj", "pobj", "attr") and noun.head.head.i == verb.head.i
    if noun.dep_ != "conj" or not joined_to_object:
        return None
    if verb.dep_ == "ccomp" and not _joined_bare(noun):
        return None
    return noun


def _absolute_subject(verb: Token) -> Token | None:
    """ "with Peru joining Chile in seeking relief and Bolivia announcing a moratorium": in an absolute of
    two participle clauses joined by "and", the parser joins the second's subject to an object inside the
    first and hangs the second participle on the first. A participle with no subject of its own, right
    after a name joined by "and" to an object inside the clause of a participle that has its own subject,
    has that name as its subject."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.left_edge.i != verb.i or verb.i == 0 or head.tag_ != "VBG":
        return None
    if not any(c.dep_ == "nsubj" for c in head.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ != "PROPN" or noun.head.dep_ not in ("dobj", "pobj"):
        return None
    joined = any(c.dep_ == "cc" and c.lower_ == "and" and c.i < noun.left_edge.i for c in noun.head.children)
    inside = head.i in {a.i for a in noun.head.ancestors}
    return noun if joined and inside else None


def _joined_bare(item: Token) -> bool:
    """ "told the ministers of Chile and Peru the U.S. would cut its deficit": a list item with no comma nor
    conjunction before it is no item; the parser ran the reported clause's subject into the list."""
    start = item.left_edge.i
    return start > 0 and item.doc[start - 1].dep_ not in ("cc", "punct")


@per_token
def taken_object(verb: Token) -> Token | None:
    """ "Iraq attacked Kuwait and Saudi Arabia asked the US for help": the parser makes the first of two
    clauses joined by "and" a complement put before the second verb, and the list after the first verb
    ("Kuwait and Saudi Arabia") the second verb's subject. English puts no complement before its verb with
    no comma or quotation mark between: a complement verb with a subject before it and nothing after it,
    right before a list joined by "and" that is the subject of the verb it completes, takes the list's
    first noun as its object; the other items are the second verb's subject. That first noun, or None.
    (Not a complement after its verb: "Iraq said Kuwait and Chile asked" is said, not done.)"""
    doc = verb.doc
    if verb.dep_ != "ccomp" or verb.head.i < verb.i or verb.tag_ not in FINITE_TAGS:
        return None
    if verb.i + 1 >= len(doc) or any(c.i > verb.i for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    noun = doc[verb.i + 1]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ != "nsubj" or noun.head.i != verb.head.i or noun.left_edge.i != verb.i + 1:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children):
        return None
    return noun if any(c.dep_ == "conj" and c.i > noun.i for c in noun.children) else None


@per_token
def shared_object(verb: Token) -> Token | None:
    """ "killed or wounded 500 soldiers", "condemned and rejected the plan": a verb of an event with no
    object or phrase of its own, joined by "and"/"or" straight to a verb with no subject of its own, shares
    that verb's object (the parser gives it only to the nearer one). The object, or None."""
    if verb.pos_ != "VERB" or event_root(verb.lemma_.lower()) is None:
        return None
    own = OBJECT_DEPS | {"prep", "prt", "ccomp", "xcomp", "agent"}
    if any(c.dep_ in own for c in verb.children):
        return None
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or"):
        return None
    joined = doc[verb.i + 2]
    if joined.dep_ != "conj" or joined.head.i != verb.i or joined.pos_ != "VERB":
        return None
    if any(c.dep_ in EXPLICIT_SUBJECT_DEPS or c.dep_ == "auxpass" for c in joined.children):
        return None
    return next((c for c in joined.children if c.dep_ == "dobj" and c.i > joined.i), None)


@per_token
def trailing_speakers(verb: Token) -> list[Token]:
    """ "Iraq attacked Kuwait, Saudi Arabia and Qatar said.": a verb of speech after its content, with no
    subject, whose speakers the parser added to the list of the content's object. The items after the
    list's last comma are the speakers (an object list "X, Y and Z" would leave the verb no subject); the
    first of them (its later items are its conjuncts), or []. Not without a comma: "attacked X and Y said"
    does not say where the list ends."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH_VERBS or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return []
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not content or verb.i == 0:
        return []
    last = doc[verb.i - 1]
    while last.dep_ == "compound" and last.head.i > last.i:
        last = last.head
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == last.i or first.dep_ not in ("dobj", "pobj") or last.right_edge.i != verb.i - 1:
        return []
    if not any(a.i == content[0].i for a in first.ancestors):
        return []
    commas = [t.i for t in doc[first.i : verb.i] if t.text == ","]
    if not commas:
        return []
    items = sorted(c for c in first.conjuncts if c.i > commas[-1])
    return items[:1]


def trailing_speaker(token: Token) -> bool:
    """Is the token one of the speakers the parser put in the object list of their words (see
    trailing_speakers)?"""
    node = token
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    verb = node.head.head if node.dep_ == "pobj" else node.head
    while verb.dep_ != "ccomp" and verb.head.i != verb.i and verb.i < token.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return False
    speakers = trailing_speakers(verb.head)
    return bool(speakers) and token.i >= speakers[0].i


def taken_subject(subject: Token) -> bool:
    """Is this subject the object of the verb right before it (see taken_object)?"""
    start = subject.left_edge.i
    return start > 0 and taken_object(subject.doc[start - 1]) == subject


def set_off_subject(clause: Token) -> Token | None:
    """ "Protesters, carrying placards asking X to Y, marched to Z": the parser makes the participle
    clause the verb's subject and hangs "Protesters" on it; the noun before the comma is the subject."""
    if clause.dep_ != "csubj" or clause.tag_ != "VBG" or clause.i > clause.head.i:
        return None
    for child in clause.children:
        between = clause.doc[child.i + 1 : clause.i]
        if child.dep_ == "nsubj" and child.i < clause.i and any(t.text == "," for t in between):
            return child
    return None


def located_name(subject: Token) -> Token | None:
    """ "Yesterday, the Assembly of Upper Ostria (UO), Ruritania voted to …": the parser makes the country
    after the comma the subject and hangs the name before it on the comma; the ", Country" only locates
    that name, which is the doer. The head of the name that opens the clause (at the sentence's start or
    after a comma), or None; the caller checks that the subject is a country and the name is not."""
    doc = subject.doc
    if (
        subject.dep_ != "nsubj"
        or subject.ent_type_ != "GPE"
        or subject.i < 2
        or doc[subject.i - 1].text != ","
        or any(c.i < subject.i or c.dep_ == "conj" for c in subject.children)
        or any(c.dep_ in ("nsubj", "nsubjpass") and c != subject for c in subject.head.children)
    ):
        return None
    end = subject.i - 1  # the comma
    if doc[end - 1].text == ")":  # a bracketed short form: "(UO)"
        opening = next((t.i for t in reversed(doc[: end - 1]) if t.text == "("), None)
        if opening is None or end - 1 - opening > 3:
            return None
        end = opening
    last = doc[end - 1]
    # a body or place is located by ", Country"; a person set off by commas is a source or an apposition
    if last.ent_type_ not in ("ORG", "GPE", "LOC", "FAC"):
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    opener = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if opener > doc[subject.i].sent.start and doc[opener - 1].text != ",":
        return None  # "In Paris, France voted": a place after a preposition is a setting, not the name
    return doc[start:end].root


def stolen_by_next_clause(token: Token) -> bool:
    """Is this object in fact the subject of the next, coordinated clause (see misparsed_subject)?"""
    if token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    verb = nxt.head if nxt.dep_ in AUXILIARY_DEPS else nxt
    if verb.dep_ not in ("conj", "ccomp", "advcl"):
        return False
    subject = misparsed_subject(verb)
    return subject is not None and subject.i == token.i


@per_token
def headline_passive(verb: Token) -> bool:
    """A participle with a subject and no auxiliary is a passive in headlines ("Navalny poisoned with…").
    Not with a direct object: "A jury convicted X", "an earthquake hit X" are past tenses the tagger took
    for participles (round 15); only a verb of two objects keeps one in the passive ("X awarded a medal")."""
    return (
        (verb.tag_ == "VBN" or _headline_participle(verb))
        and verb.dep_ in ("ROOT", "ccomp")
        and not any(c.dep_ in AUXILIARY_DEPS for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and (verb.lemma_.lower() in DOUBLE_OBJECT_VERBS or not any(c.dep_ == "dobj" for c in verb.children))
        and not past_after_aside(verb)
        and not _reports_a_that_clause(verb)
    )


def _reports_a_that_clause(verb: Token) -> bool:
    """ "The ABC television network reported on Friday that Iraq had ...": a verb of speech with a "that"
    clause after it, in a body sentence, is a past tense the tagger took for a participle; no headline's
    passive reports a clause so ("Navalny poisoned with ...")."""
    if verb.lemma_.lower() not in REPORTING_VERBS or in_headline(verb):
        return False
    marks = (m for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for m in c.children)
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in marks)


# What sets an aside off on the noun before the verb: "Several states, including Japan, protested",
# "Two airlines, X and Y, signed", "Many states, among them X, objected".
ASIDE_DEPS = frozenset({"prep", "appos", "acl", "relcl", "amod"})


@per_token
def past_after_aside(verb: Token) -> bool:
    """ "Several states, including Japan, protested to Iraq.": after an aside set off by commas on the
    subject, the tagger takes a regular past tense for a participle, and the parser makes it a headline's
    passive (the root, with its subject) or a participle on the noun (the noun the root). In a body
    sentence, with no auxiliary nor by-agent, it is the sentence's main verb, its subject the doer."""
    sentence = verb.sent
    if verb.tag_ != "VBN" or not verb.lower_.endswith("ed") or verb.i == sentence.start:
        return False
    if sentence[-1].text not in (".", "!", "?") or in_headline(verb) or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in AUXILIARY_DEPS or c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    elif verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in NOUN_POS:
        subjects = [verb.head]
    else:
        return False
    return any(_aside_between(subject, verb) for subject in subjects)


def _aside_between(subject: Token, verb: Token) -> bool:
    """Does an aside on the subject stand between it and the verb, opened by a comma right after it?"""
    opener = subject.i + 1
    if opener >= verb.i - 1 or subject.doc[opener].text != ",":
        return False
    return any(opener < c.i < verb.i - 1 and c.dep_ in ASIDE_DEPS for c in subject.children)


# What a past tense has beside it when it is one ("X announced that …", "X said Y", "X voted against").
ACTIVE_PAST_DEPS = frozenset({"ccomp", "xcomp", "dative", "attr", "acomp", "prt", "oprd"})


def _headline_participle(verb: Token) -> bool:
    """ "Union announced at summit", "Engineer killed at station": in a headline (the first sentence, with
    no full stop) a regular "-ed" form with no object nor complement is a participle the tagger took for a
    past tense: headlines report the active in the present ("Union announces"). Not of a verb that
    takes no object ("Talks collapsed at summit")."""
    sentence = verb.sent
    return (
        verb.tag_ == "VBD"
        and verb.lower_.endswith("ed")
        and sentence.start == 0
        and sentence[-1].text not in (".", "!", "?")
        and verb.lemma_.lower() not in INTRANSITIVE_VERBS
        and not any(c.dep_ in ACTIVE_PAST_DEPS for c in verb.children)
    )


@per_token
def is_passive(verb: Token) -> bool:
    if _passive_marked(verb) or headline_passive(verb):
        return True
    if _reduced_passive(verb) or participle_as_subject(verb):
        return True
    if listed_passive(verb) or opening_participle(verb) or apposed_participle(verb):
        return True
    if owned_after_copula(verb) is not None or owned_after_name(verb) is not None:
        return True
    # "was airlifted to Berlin and transferred to a hospital": the auxiliary is shared.
    head = verb.head
    return (
        verb.dep_ == "conj"
        and _participle_alone(verb)
        and head.pos_ == "VERB"
        and (_passive_marked(head) or listed_passive(head) or _reduced_passive(head))
    )


def opening_participle(verb: Token) -> bool:
    """ "Asked about the claims, the spokesman said ...", "When interviewed by the BBC, X said": a bare
    participle opening the sentence before its main clause is done to the main clause's subject (he was
    asked), not by him: one with a by-agent, or of a verb that asks a speaker for words (eliciting_verbs).
    Others may tell the subject's own deed ("Graduated in Lima, X moved ...")."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or head.i <= verb.i or not _bare_passive(verb):
        return False
    if verb.lemma_.lower() not in ELICITING_VERBS and not any(c.dep_ == "agent" for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i]
    return all(
        t.dep_ in ("mark", "advmod") and t.head.i == verb.i and t.lower_ in PARTICIPLE_OPENERS for t in before
    )


def apposed_participle(verb: Token) -> bool:
    """ "Baker, asked about the dollar, said ...", "The spokesman, when asked whether ..., said nothing": a
    bare participle of a verb that asks a speaker for words (eliciting_verbs), set off by commas right
    after the subject of the main clause, is done to that subject (he was asked), however the parser hangs
    it (a clause of the main verb, or a past tense with the subject as its own and the main verb as its
    partner or content)."""
    if verb.lemma_.lower() not in ELICITING_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children):
        return False  # "Baker asked Japan", "Baker has asked": his own question
    start = verb.i
    doc = verb.doc
    while start > 0 and doc[start - 1].lower_ in PARTICIPLE_OPENERS and doc[start - 1].head.i == verb.i:
        start -= 1  # "when asked"
    if start < 2 or doc[start - 1].text != ",":
        return False
    subject = doc[start - 2]
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own:
        # the parser took the subject for the participle's: the main verb is its partner or its governor
        main = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"]
        governed = verb.dep_ == "ccomp" and verb.head.i > verb.i
        return subject.i in {t.i for t in own[0].subtree} and (bool(main) or governed)
    # "Baker, when asked about Japan, criticised Tokyo": a clause of the main verb after its subject
    head = verb.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    after_subject = any(subject.i in {t.i for t in c.subtree} for c in subjects)
    return verb.dep_ == "advcl" and head.i > verb.i and after_subject


def _participle_alone(verb: Token) -> bool:
    """A participle (or a past tense that may be one) with no subject or auxiliary of its own."""
    return (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _may_be_participle(verb))) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children
    )


@per_token
def listed_passive(verb: Token) -> bool:
    """ "was arrested by police, questioned for two days and released": in a list of three passives the
    parser hangs the middle one on the first as a clause of its own. A bare participle set off by a comma
    right after a passive verb, with a partner of its own after "and", is the list's second member: it
    shares the first one's auxiliary and agent, as "was arrested by police and questioned" does. Without
    the partner the participle may be a side remark ("was elected by parliament, defeated only by X")."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.i < head.i or not _bare_passive(verb) or not _passive_marked(head):
        return False
    if verb.left_edge.i != verb.i or verb.doc[verb.i - 1].text != ",":
        return False  # "…, after questioned": a clause with an opener of its own is no list member
    return any(c.dep_ == "conj" and _bare_passive(c) for c in verb.children) and any(
        c.dep_ == "cc" for c in verb.children
    )


def _bare_passive(verb: Token) -> bool:
    """A participle alone that has no direct object ("…, hit by floods, damaged roads": an active past)."""
    return _participle_alone(verb) and not any(c.dep_ == "dobj" for c in verb.children)


def _may_be_participle(verb: Token) -> bool:
    """Could a past-tense form be a participle that shares a passive auxiliary? Not an irregular past ("was
    briefed and flew to X"), nor a verb with a direct object ("was arrested and waived extradition")."""
    return verb.lower_.endswith("ed") and not any(c.dep_ == "dobj" for c in verb.children)


def _reduced_passive(verb: Token) -> bool:
    """ "Hamas, backed by Iran, …": a participle with its by-agent after the noun it is done to. Not after
    a prepositional object, where the parser often hangs a participle that belongs further back ("a study
    was published in Nature, conducted by X"), nor after an indefinite noun ("a police officer
    surrounded by protesters"), which names nobody the article knows."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "agent" for c in verb.children) and shared_agent_partner(verb) is None:
        return False
    head = verb.head
    return head.dep_ != "pobj" and not indefinite(head)


def participle_as_subject(verb: Token) -> bool:
    """ "U.S. banks given equal rights would be able to ...": the parser may read a noun and the bare
    participle after it as a clause that is the main verb's subject. No active clause has a past participle
    without an auxiliary: the participle is done to the noun (banks were given rights), not by it."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("csubj", "csubjpass"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def shared_agent_partner(verb: Token) -> Token | None:
    """ "was financed and armed by Iran", "Hamas, financed and armed by Iran": two participles joined by
    "and" with nothing else between them share the by-agent the parser hangs on the second one. The
    partner that holds it, or None (not when the first has a phrase of its own: "was arrested in Paris and
    questioned by police" may be two acts by different hands)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for partner in verb.children:
        if partner.dep_ != "conj" or not _bare_passive(partner):
            continue
        if not any(c.dep_ == "agent" for c in partner.children):
            continue
        between = verb.doc[verb.i + 1 : partner.i]
        if all(t.dep_ == "cc" or t.text == "," for t in between):
            return partner
    return None


def listed_patient(subject: Token) -> bool:
    """ "Smith from Ohio, and Bulls center Doe and Roe were suspended": in a long list of passive
    subjects the parser may make the first member, the one with a phrase of its own, an active subject of
    the passive verb and start the passive subject after the "and". Joined to that passive subject by a
    conjunction and nothing else, it is one more to whom the verb is done, never the doer (a passive's
    doer is its by-agent)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i == subject.i:
        return False
    following = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i > subject.i]
    if not following:
        return False
    doc = subject.doc
    gap = doc[subject.right_edge.i + 1 : following[0].left_edge.i]
    if any(not t.is_punct and t.dep_ != "cc" for t in gap):
        return False
    return any(t.dep_ == "cc" for t in (*subject.children, *gap))


def counted_patient(verb: Token) -> Token | None:
    """ "X, the third president to be impeached by Congress", "X became the first state to be admitted
    by the league": a passive infinitive on a noun counted in a series (an ordinal, "last") says the act
    was done to whom the noun is, which is the name it is in apposition to, or the subject it is said of
    after a copula. The noun otherwise ("the candidate to be chosen by the party" is yet to be chosen
    and is no one named: None)."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not to_infinitive(verb) or not _passive_marked(verb):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if any(c.dep_ == "appos" and c.i < verb.i and _in_series(c) for c in noun.children):
        return noun  # the parser may hang the infinitive on the name rather than on its apposition
    if not _in_series(noun):
        return None
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    return noun


def share_owned(verb: Token) -> Token | None:
    """ "Widget Ltd is 60 pct owned by Acme": the parser may hang the participle on the share ("pct", the
    attribute of "is"); what is owned is then the subject of "is" (rules.stake reads the part held). So in
    "Widget Ltd, 60 pct owned by Acme, said": the share is the firm's apposition; what is owned, the firm."""
    share = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or share.lemma_.lower() not in SHARE_NOUNS:
        return None
    if share.dep_ not in ("attr", "appos") or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if share.dep_ == "appos":
        # "Gulf Air, 60 pct owned by Acme, said": the share set off by commas is put beside the firm owned
        return share.head if share.head.pos_ in ("NOUN", "PROPN") and share.head.i < share.i else None
    return next((c for c in share.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)


def owned_after_copula(verb: Token) -> Token | None:
    """ "Gulf Air is majority-owned by X", "Y, which is wholly-owned by X": the parser reads a hyphenated
    participle of owning (stake_verbs) with its by-agent as the adjective of "is"; it is the passive of
    owning, done to the subject of "is" (for a relative "which", that of the noun the clause hangs on:
    FrameReader.patients). That subject, or None."""
    be = verb.head
    if not _owning_participle(verb, "acomp") or be.lemma_ != "be" or be.i > verb.i:
        return None
    return next((c for c in be.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < be.i), None)


def owned_after_name(verb: Token) -> Token | None:
    """ "Gulf Air, majority-owned by X, said": a hyphenated participle of owning (stake_verbs) with its
    by-agent, set off by a comma after a name, which the parser makes the name's adjective; it is the passive
    of owning done to that name (no "which is" before it: a reduced relative). That name, or None."""
    noun = verb.head
    if not _owning_participle(verb, "amod") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    return noun if any(t.text == "," for t in verb.doc[noun.i + 1 : verb.i]) else None


def _owning_participle(verb: Token, dep: str) -> bool:
    """Is the verb a participle of owning (stake_verbs) with a by-agent, in the relation the parser gave a
    hyphenated one ("majority-owned by X": the adjective of "is" or of the name before it)?"""
    return (
        verb.dep_ == dep
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in STAKE_VERBS
        and any(c.dep_ == "agent" for c in verb.children)
    )


@per_token
def passive_relative(verb: Token) -> Token | None:
    """ "Y, which is wholly-owned by X": before a passive auxiliary and a by-agent, the parser may call the
    relative the subject of the participle or of its auxiliary; it is what the clause is done to (the noun
    the clause hangs on), not its doer. That relative, or None."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxiliaries or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next(
        (
            c
            for holder in (verb, *auxiliaries)
            for c in holder.children
            if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
        ),
        None,
    )


def _in_series(noun: Token) -> bool:
    return any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in SEQUENCE_WORDS) for c in noun.children
    )


@per_token
def _passive_marked(verb: Token) -> bool:
    """A passive subject or auxiliary of its own."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


# Words that open a noun phrase: a preposition before one has an object, wherever the parser hung it.
NOMINAL_STARTS = frozenset({"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"})


def particle(verb: Token) -> str:
    """The verb's particles, then the preposition and noun of an idiom it forms ("put through paces")."""
    return " ".join(c.lower_ for c in (*particle_words(verb), *_idiom_words(verb)))


def particle_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if _particle_like(c)]


def _idiom_words(verb: Token) -> list[Token]:
    """ "was put through his paces", "came off the tracks": a preposition whose noun is no party but
    part of an idiom of the verb (idiom_phrases), as long as nothing hangs on the noun but its
    determiner, whose phrase could lead to an entity."""
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.ent_type_ or any(c.dep_ == "prep" for c in noun.children):
                continue
            if f"{lemma} {prep.lower_} {noun.lower_}" in IDIOM_PHRASES:
                return [prep, noun]
    return []


def _particle_like(child: Token) -> bool:
    """A particle, or a preposition left without an object after the verb: "swore her in" is "swear in"
    (the parser calls that "in" a preposition)."""
    if child.dep_ == "prt":
        return True
    if child.dep_ == "advmod":
        return _adverb_particle(child)
    if child.dep_ != "prep" or child.pos_ != "ADP" or child.i < child.head.i or list(child.children):
        return False
    # not a preposition whose object the parser hung elsewhere ("flying Trump to Walter Reed")
    after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return after is None or after.pos_ not in NOMINAL_STARTS


def _adverb_particle(adverb: Token) -> bool:
    """ "stepped down as chairman", "pulled out of the talks", "turned the firm around": the parser often
    calls the particle an adverb; right after the verb or right after its direct object, a particle adverb is
    one where the verb is known with it."""
    verb = adverb.head
    if adverb.lower_ not in PARTICLE_ADVERBS or verb.pos_ not in VERB_POS:
        return False
    if adverb.i != verb.i + 1 and not any(
        c.dep_ == "dobj" and c.right_edge.i + 1 == adverb.i for c in verb.children
    ):
        return False
    return phrasal_verb(verb.lemma_.lower(), adverb.lower_)


def choice_left(verb: Token) -> Token | None:
    """ "had no choice but to impose sanctions", "has little option but to expel them", "will have no
    alternative but to devalue": the deed after "but" is done (or to be done) by the subject of "have",
    whose verb carries its tense and modality; that "have", or None. The parser hangs the infinitive on
    "but" after the noun, on "have" as a clause of purpose, or as a verb joined to "have" by "but"."""
    if not to_infinitive(verb):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "but" and verb.head.dep_ in ("prep", "cc"):
        noun = verb.head.head
        have = noun.head
    elif verb.dep_ in ("advcl", "conj", "xcomp"):
        have = verb.head
        noun = next((c for c in have.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if noun is None:
            return None
        buts = [*noun.children, *have.children]
        if not any(b.lower_ == "but" and noun.i < b.i < verb.i for b in buts):
            return None
    else:
        return None
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in NO_CHOICE_NOUNS or have.lemma_.lower() != "have":
        return None
    return have


def chain_word(verb: Token) -> str:
    """A chain verb as the word lists name it: its lemma, with its particle where the two are listed
    together ("ruled out attacking X": "rule out"; "rule" alone chains nothing)."""
    lemma = verb.lemma_.lower()
    phrasal = " ".join([lemma, *(c.lower_ for c in particle_words(verb))])
    return phrasal if phrasal != lemma and phrasal in CHAIN_VERBS else lemma


def chain(verb: Token) -> list[Token]:
    """Verbs of an infinitive chain that shape its meaning: [refuse] in "refuse to consider"."""
    out: list[Token] = []
    node = verb
    while True:
        while node.dep_ == "conj" and node.head.pos_ in VERB_POS:
            node = _joined_with(node)  # "refused to consider X or accept Y": both under "refuse"
        governor = node.head
        if (
            node.dep_ == "xcomp"
            and governor.pos_ in VERB_POS
            and chain_word(governor) in CHAIN_VERBS
            and not _wished_of_another(node)
        ):
            out.insert(0, governor)
            node = governor
            continue
        if _chained_by_preposition(node):
            # "plans on leaving the EU": the plan, like "plans to leave", is not yet the leaving
            node = governor.head
            out.insert(0, node)
            continue
        return out


def _joined_with(conjunct: Token) -> Token:
    """The verb a conjunct is coordinated with. "called for Tokyo to stop selling chips and to open its
    market": a "to" infinitive the parser joined to a bare gerund (the complement of "stop") is joined to the
    infinitive that governs the gerund, for a gerund takes no "to"; the opening is asked as the stopping is,
    and is not stopped."""
    head = conjunct.head
    gerund = head.tag_ == "VBG" and head.dep_ == "xcomp" and not to_infinitive(head)
    return head.head if gerund and to_infinitive(conjunct) and head.head.pos_ in VERB_POS else head


def pledged_against(verb: Token, verbs_of_chain: list[Token]) -> Token | None:
    """ "Chile agreed not to cut imports", "promised never to attack Peru", "decided not to attend": the "not"
    of the infinitive is the deed's, not the commitment's. The commitment was made (it is no "did not agree
    to cut"); what it rules out is a deed denied to come. The commitment or choice (pledge_against_verbs) the
    verb is the negated infinitive of, when it is the verb's only chain verb and is not denied itself; None
    otherwise ("did not agree to cut X" is a refusal, read as before)."""
    if len(verbs_of_chain) != 1:
        return None
    pledge = verbs_of_chain[0]
    if chain_word(pledge) not in PLEDGE_AGAINST_VERBS or is_negated(pledge):
        return None
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in VERB_POS and node.head != pledge:
        node = node.head  # "agreed not to attack or invade Peru": both under the one "not"
    if node.dep_ != "xcomp" or node.head != pledge or not to_infinitive(node):
        return None
    host = verb
    while host is not None and host != pledge:
        if is_negated(host):
            return pledge
        host = auxiliary_host(host)
    return None


def _chained_by_preposition(node: Token) -> bool:
    """A gerund after a chain verb's preposition ("plans on leaving", "decided on holding"), or after the
    preposition a chain verb is listed with ("is thinking about buying X": "think about")."""
    prep = node.head
    if node.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ not in VERB_POS:
        return False
    if _listed_with_preposition(prep.head, prep):
        return True
    return prep.lower_ in CHAIN_PREPOSITIONS and prep.head.lemma_.lower() in CHAIN_VERBS


def _listed_with_preposition(governor: Token, prep: Token) -> bool:
    """Is the verb a chain verb with this preposition ("think about", "look into": chain_verbs), or with its
    particle and this preposition ("backed down on giving X": "back down on")?"""
    listed = (governor.lemma_.lower(), chain_word(governor))
    return any(f"{verb} {prep.lower_}" in CHAIN_VERBS for verb in listed)


def helped_by(verb: Token) -> Token | None:
    """ "is ready to help defend X", "plans to help rebuild Y": the verb of aid ("help") whose infinitive,
    bare or with "to", the verb is, when the aid has no object of its own; what governs the aid governs the
    act. Not "helped Iraq rebuild": Iraq's act, which the aid brings about."""
    aid = verb.head
    if verb.dep_ != "xcomp" or aid.pos_ not in VERB_POS or aid.lemma_.lower() not in HELPING_VERBS:
        return None
    if aid.i > verb.i or any(c.dep_ in ("dobj", "ccomp") for c in aid.children):
        return None
    return aid


def auxiliary_host(verb: Token) -> Token | None:
    """ "did not condemn Russia or criticise Belarus": the second verb shares the first one's auxiliary,
    negation and modality."""
    if listed_passive(verb):
        return verb.head  # "was not arrested by police, questioned or charged": none of the three
    if verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS or verb.tag_ not in AUXILIARY_SHARING_TAGS:
        return None
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return None
    contrast = _first_contrast(verb.head)
    if contrast is not None and contrast < verb.i:
        return None
    return verb.head


@per_token
def _first_contrast(verb: Token) -> int | None:
    """Where the first "but"/"yet" coordinating something with the verb stands."""
    return next((c.i for c in verb.children if c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS), None)


def _into_deed(verb: Token) -> bool:
    """Is the verb a gerund after "into" on a verb ("pressed X into giving Y")?"""
    into = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and into.lower_ == "into" and into.dep_ == "prep"


def controller(verb: Token) -> Token | None:
    """The request or permission verb whose object is this infinitive's subject, if any."""
    node = verb
    while True:
        if ordered_alongside(node):
            return node.head  # "was sentenced to five years and to pay a fine"
        # "urged Iraq to stop X and end Y" shares the request; a tensed "…but interfered" does not.
        while node.dep_ == "conj" and node.head.pos_ == "VERB" and node.tag_ == "VB":
            node = node.head
        # "urged Ethiopia to stop attacking": look through the chain to the request.
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in CHAIN_VERBS and not _wished_of_another(node):
            node = node.head
            continue
        if _serial(node):
            node = node.head  # "pushing prosecutors to go get him": the getting is what "go" is asked
            continue
        if _by_means(node):
            # "urged X to retaliate against Japan by raising tariffs": the means of the act asked for is
            # asked for with it, by the same asker
            node = node.head.head
            continue
        break
    governor = node.head
    infinitive = node.dep_ == "xcomp" or (node.dep_ in ("ccomp", "advcl") and to_infinitive(node))
    if infinitive and governor.lemma_.lower() in REQUEST_VERBS | PERMISSION_VERBS:
        return None if _asked_for_before(governor, node) else governor
    # "pressed the banks into giving Peru easier terms" asks the giving as "pressed them to give" does;
    # "forced Chile into paying" compels it
    if _into_deed(node) and governor.head.lemma_.lower() in REQUEST_VERBS:
        return governor.head
    # "voters who want me to run": their wish, not his run; "wants money to build X" is a purpose (advcl)
    if infinitive and node.dep_ != "advcl" and _wished_of_another(node):
        return governor
    return None


def _asked_for_before(request: Token, node: Token) -> bool:
    """ "asked Chile for its tankers to protect the shipments": a request to a hearer that names what it
    asks for ("for" and a common noun) before an infinitive has that infinitive for the asker's aim in
    asking, not for a deed asked of the hearer ("asked Chile to protect the shipments" asks the deed).
    With no hearer, "called for President X to force Y" names in "for" the one asked to act."""
    hearer = any(c.dep_ in ("dobj", "dative") and c.i < node.i for c in request.children)
    return (
        hearer
        and node.dep_ == "advcl"
        and any(
            prep.dep_ == "prep"
            and prep.lower_ == "for"
            and prep.i < node.i
            and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children)
            for prep in request.children
        )
    )


def _by_means(node: Token) -> bool:
    """ "by raising tariffs": a gerund after "by" on a verb is the means of that verb's act, done by its
    doer."""
    by = node.head
    return (
        node.dep_ == "pcomp"
        and node.tag_ == "VBG"
        and by.dep_ == "prep"
        and by.lower_ == "by"
        and by.head.pos_ in VERB_POS
    )


def _serial(node: Token) -> bool:
    """ "to go get him", "come see": a bare verb right after a verb of motion is the act gone to (the
    parser hangs it on the motion verb as a clause of its own)."""
    head = node.head
    return (
        node.dep_ in ("advcl", "xcomp", "conj", "dep")
        and node.tag_ == "VB"
        and node.i == head.i + 1
        and head.lemma_.lower() in SERIAL_VERBS
    )


def prevented_by(verb: Token) -> Token | None:
    """ "prevented the firm from releasing the records", "was barred from running", "abstains from
    adjudicating": the verb of prevention or abstention whose "from" gerund this verb is (also the
    gerund's coordinate: "from releasing or publishing"), or None."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "from":
        return None
    governor = prep.head
    return governor if governor.pos_ in VERB_POS and governor.lemma_.lower() in PREVENTION_VERBS else None


def subjects_gerund(verb: Token) -> bool:
    """ "welcomed the envoy by saying …", "arrested him after finding …": a gerund of means, manner or time
    is the act of the main clause's subject, even when that clause has an object (which does the act of a
    gerund of control: "stopped the firm from selling")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in SUBJECT_GERUND_PREPS:
        return False
    # "misconduct by sitting President X", "by acting Minister Y": a participle that qualifies a title,
    # which the parser takes for a gerund with the name as its object, is nobody's act
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is None or not is_role_word(after.text)


# How the parser hangs the act a verb of perception takes ("saw them attack", "heard them shouting").
_PERCEIVED_ACT_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
# The bare forms of a perceived act: "saw them attack", "saw them attacking" (VBP a tagger's slip for VB).
_PERCEIVED_ACT_TAGS = frozenset({"VB", "VBG", "VBP"})


def perceived_doers(verb: Token) -> tuple[Token, ...]:
    """ "witnessed them torture detainees", "soldiers were seen shooting civilians": the act a verb of
    perception takes, when the parser leaves it no subject, is done by whom is perceived (the verb's
    object, or its passive subject), never by the perceiver; () for any other clause. Not a clause of
    purpose ("watched the news to learn …") nor a subordinate one ("saw it as Peru attacked")."""
    governor = verb.head
    if (
        verb.dep_ not in _PERCEIVED_ACT_DEPS
        or verb.tag_ not in _PERCEIVED_ACT_TAGS
        or governor.pos_ not in VERB_POS
        or governor.lemma_.lower() not in PERCEPTION_VERBS
        or any(c.dep_ == "mark" for c in verb.children)
    ):
        return ()
    passive = is_passive(governor)
    if to_infinitive(verb) and not passive:
        return ()
    deps = ("nsubjpass",) if passive else ("dobj",)
    return tuple(c for c in governor.children if c.dep_ in deps and c.i < verb.i)


def ordered_alongside(node: Token) -> bool:
    """ "sentenced to five years and to pay a fine": an infinitive with its own "to" that the parser
    coordinates with a finite request verb is that verb's second order, not a deed of its own."""
    head = node.head
    return (
        node.dep_ == "conj"
        and node.tag_ == "VB"
        and to_infinitive(node)
        and head.lemma_.lower() in REQUEST_VERBS
        and not to_infinitive(head)
    )


def _wished_of_another(infinitive: Token) -> bool:
    """ "expected Peru to pay": a desire verb with its own object is no chain verb of the infinitive."""
    governor = infinitive.head
    return governor.lemma_.lower() in DESIRE_VERBS and _someone_else(infinitive, governor)


def _someone_else(infinitive: Token, governor: Token) -> bool:
    """Does the infinitive have a subject of its own ("want me to run", "wanted the US to avoid"), so
    that the governor's subject only wishes it (unlike "I want to run", the subject's own intent)?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in infinitive.children) or any(
        c.dep_ == "dobj" and c.i < infinitive.i for c in governor.children
    )


def polarity(verb: Token, verbs_of_chain: list[Token]) -> tuple[bool, str | None]:
    """Negation and modality of a clause, including what it shares with its chain and auxiliaries."""
    negated, modality = is_negated(verb), modal_of(verb)
    host = auxiliary_host(verb)
    while host is not None:
        negated = negated or is_negated(host)
        modality = modality or modal_of(host)
        host = auxiliary_host(host)
    for governor in verbs_of_chain:
        negated = negated or is_negated(governor)
        modality = modality or modal_of(governor)
    left = choice_left(verb)
    if left is not None:
        modality = modality or modal_of(left)  # "will have no choice but to impose X": will impose X
    if _by_means(verb):
        # "will retaliate by raising tariffs", "should retaliate by raising tariffs": the means is to come
        # (or is advised) as the act it is the means of
        host = verb.head.head
        modality = modality or polarity(host, chain(host))[1]
    aiming = _aimed_through(verb, verbs_of_chain)
    modality = modality or _intent(aiming)
    if (
        modality is None
        and aiming
        and aiming[0].lemma_.lower() in DELIBERATION_VERBS
        and not is_passive(aiming[0])
    ):
        modality = POSSIBILITY_MODALITY  # "is considering buying X", "weighed selling Y": only thought over
    aid = helped_by(verbs_of_chain[0] if verbs_of_chain else verb)
    if aid is not None:
        # "plans to help defend X", "cannot help rebuild Y": the aid's plan, modal or "not" is the act's
        aid_negated, aid_modality = polarity(aid, chain(aid))
        negated, modality = negated or aid_negated, modality or aid_modality
    choice = choosing_governor(verb)
    if choice is not None:
        modality = modality or modal_of(choice)  # "may opt to sell X": the sale is what may be decided on
    achieved = implicative_governor(verb)
    if achieved is not None:
        # "did not manage to win X", "could not manage to", "never succeeded in securing Y": not done
        negated, modality = negated or is_negated(achieved), modality or modal_of(achieved)
    if not_yet(verb):
        return True, modality  # "Iran has yet to respond": no response so far, and none owed
    holder = scant_holding(verb, verbs_of_chain)
    if holder is not None:
        # "has little new to offer to settle X": next to nothing offered; "may have little to offer"
        negated, modality = True, modality or modal_of(holder)
    if headline_plan(verb):
        return negated, modality or PLAN_MODALITY  # "Japan to shift aid to India": what is planned
    plan = planning_be(verb)
    if plan is not None:
        # "is to meet Y", "is not to attend": a plan, its "not" and modal on "be"
        return negated or is_negated(plan), modality or modal_of(plan) or PLAN_MODALITY
    if modality is None and scheduled_by_time(verb):
        return negated, PLAN_MODALITY  # "X takes over in July", "meets Y next week": still to come
    if modality is None and (itinerary(verb) or scheduled_conjunct(verb)):
        return negated, PLAN_MODALITY  # "travels to X after Y", "flies to X on Monday and goes on to Y"
    caused = caused_under_modal(verb) or purpose_under_modal(verb)
    return negated, modality or obligation(verb) or envisioned(verb) or caused or awaited_gerund(verb)


def scant_holding(verb: Token, verbs_of_chain: list[Token]) -> Token | None:
    """ "appears to have little new to offer to settle X", "has nothing (no more, not much more) to offer
    Y": an infinitive of what one has next to nothing to do is no deed done nor promised; it is denied.
    The "have" (whose own hedge, "appears to have", the frame reads), or None. Only a bare quantity (a
    pronoun, adjective or adverb: "little", "nothing", "more") is had: "has little time to respond",
    "little choice but to impose" leave the deed open or done."""
    top = verbs_of_chain[0] if verbs_of_chain else verb
    if not to_infinitive(top):
        return None
    if top.dep_ == "xcomp" and top.head.lemma_.lower() == "have":
        holder = top.head
        had = next((c for c in holder.children if c.dep_ == "dobj" and c.i < top.i), None)
    elif top.dep_ in ("relcl", "acl") and top.head.dep_ == "dobj" and top.head.head.lemma_.lower() == "have":
        had, holder = top.head, top.head.head
    else:
        return None
    if had is None or (had.lower_ not in NEGATIVE_PRONOUNS and had.tag_ not in ("JJ", "JJR", "RB", "RBR")):
        return None
    if any(t.lower_ == "but" for t in top.doc[had.i : top.i]):
        return None
    words = [had, *had.children]
    scant = any(w.lower_ in SCANT_QUANTITY_WORDS | NEGATIVE_PRONOUNS for w in words)
    # "not much more", "no more": a denied quantity
    scant = scant or any(w.dep_ == "neg" or w.lower_ == "no" for w in words)
    return holder if scant else None


def _intent(aiming: list[Token]) -> str | None:
    """ "plans to sign", "aims to join", "is looking to buy": the act is still to come (not "wants Peru to
    pay": a wish of another's act, which the request reads); the modality of the first verb of plan or
    hope among the verbs the act is aimed through. ("is expected to approve": a passive of expectation is
    a schedule, read by the frame with its "not".)"""
    intents = (INTENT_CHAIN_MODALS.get(g.lemma_.lower()) for g in aiming if not is_passive(g))
    return next(filter(None, intents), None)


def _intended(verb: Token) -> str | None:
    """The modality of the plan or hope the verb itself is the infinitive of ("plans to use X")."""
    return _intent(_aimed_through(verb, chain(verb)))


def _aimed_through(verb: Token, verbs_of_chain: list[Token]) -> list[Token]:
    """The verbs the act is aimed through: its chain, and the verb whose own infinitive it is ("plans to
    sign"; not "wants Peru to pay", another's act)."""
    return [*verbs_of_chain, *([verb.head] if own_infinitive(verb) else [])]


def own_infinitive(verb: Token) -> bool:
    """Is the verb a "to"-infinitive of its governor's own subject's act ("Peru plans to sign", "expects to
    pay"), not of another's ("expects Peru to pay", "wants the US to act")?"""
    return verb.dep_ == "xcomp" and to_infinitive(verb) and not _someone_else(verb, verb.head)


def choosing_governor(verb: Token) -> Token | None:
    """The verb of deciding whose infinitive the deed is ("could decide to sell X", "may opt to sell Y"), or
    None. Only its hedge is the deed's: "did not choose to sell" leaves the sale open, not denied."""
    governor = verb.head
    if verb.dep_ == "xcomp" and to_infinitive(verb) and governor.lemma_.lower() in CHOOSING_VERBS:
        return governor
    return None


def implicative_governor(verb: Token) -> Token | None:
    """The verb of achievement the deed is done through ("managed to win X", "succeeded in securing Y"),
    whose "not" or modal is the deed's; None when the verb has none."""
    governor = verb.head
    if verb.dep_ == "xcomp" and to_infinitive(verb) and governor.lemma_.lower() in IMPLICATIVE_VERBS:
        return governor
    listed = f"{governor.head.lemma_.lower()} {governor.lower_}" in IMPLICATIVE_VERBS
    if verb.dep_ == "pcomp" and governor.dep_ == "prep" and governor.head.pos_ in VERB_POS and listed:
        return governor.head  # "succeeded in securing Y"
    return None


@per_token
def scheduled_by_time(verb: Token) -> bool:
    """ "X takes over in July", "steps down next month", "visits Peru on Monday", "is meeting Y tomorrow":
    a present tense (simple or progressive, active or passive) with a time to come on the verb is news style
    for a scheduled act, not one done. Not a verb of saying ("says on Monday"), nor a past, present or
    habitual time ("last week", "today", "every Monday")."""
    if verb.lemma_.lower() in REPORTING_VERBS or verb.lemma_ == "be":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    if verb.tag_ in ("VBZ", "VBP"):
        present = not auxiliaries
    elif verb.tag_ in ("VBG", "VBN"):
        # "is visiting", "is held": one present "be" and nothing else
        present = (
            len(auxiliaries) == 1 and auxiliaries[0].lemma_ == "be" and auxiliaries[0].tag_ in ("VBZ", "VBP")
        )
    else:
        present = False
    if not present:
        return False
    # "usually meets Y on Monday", "is held every year in July" (the parser may leave "every year" out of
    # the dates): a word of habit or of the past anywhere in the verb's adverbs makes no schedule
    adverbs = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "tmod")]
    if any(not _time_to_come(c) for c in adverbs):
        return False
    phrases = _time_phrases(verb)
    # "is held every year in July": one time of habit or of the past makes none of them a schedule
    if not phrases or not all(_time_to_come(phrase) for phrase in phrases):
        return False
    # A headline's present tells of deeds done ("Japan's exports rise in March"): there only a time to come
    # by its own words ("Bachelet visits Peru next week") makes a schedule.
    return not in_headline(verb) or any(t.lower_ in FUTURE_TIME_WORDS for p in phrases for t in p.subtree)


def _plain_present(verb: Token) -> bool:
    """Is the verb a simple present, with no auxiliary ("goes", "travel")?"""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in AUXILIARY_DEPS for c in verb.children)


@per_token
def itinerary(verb: Token) -> bool:
    """ "X travels to Bonn after London", "goes on to Tokyo", "then flies to Rome": a simple present of a verb
    of going with a word of an itinerary (a particle "on", "then", "after" a place) tells a leg of a journey
    still to come, as a time to come does (scheduled_by_time). Not in a headline, whose present tells of
    deeds done, nor with a word of habit or of the past ("usually goes on to X")."""
    if verb.lemma_.lower() not in MOTION_VERBS or not _plain_present(verb) or in_headline(verb):
        return False
    adverbs = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "tmod")]
    if any(t.lower_ in UNSCHEDULING_TIME_WORDS for c in adverbs for t in c.subtree):
        return False
    for child in verb.children:
        kind = ITINERARY_WORDS.get(child.lower_)
        if kind is None or child.dep_ != kind:
            continue
        if kind != "prep" or any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in child.children):
            return True
    return False


def scheduled_conjunct(verb: Token) -> bool:
    """ "X flies to Paris on Monday and goes on to Tokyo": a simple present coordinated, with no subject or
    time of its own, with a scheduled act (or a leg of a journey) is the next step of that schedule."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.pos_ not in VERB_POS or not _plain_present(verb):
        return False
    if verb.lemma_.lower() in REPORTING_VERBS or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    if _time_phrases(verb):
        return False  # its own time says whether it is to come (scheduled_by_time)
    return scheduled_by_time(head) or itinerary(head) or scheduled_conjunct(head)


@per_token
def time_clause_host(verb: Token) -> Token | None:
    """ "will sign X before meeting Y", "hopes to reach a deal before talks with Z start", "is due to visit X
    after it meets Y": the verb whose time a clause of time shares (a gerund after "before", "after",
    "until" …, or a simple present they open, as English tells a time to come after one); None for any
    other verb, and for a past or perfect in such a clause ("after it had met Y")."""
    if verb.dep_ == "pcomp":
        opener = verb.head
        host = opener.head
        timed = opener.dep_ == "prep" and opener.lower_ in TIME_CLAUSE_WORDS and host.pos_ in VERB_POS
        return host if timed and verb.tag_ == "VBG" and host.i != opener.i else None
    setting = _setting_of(verb)
    if setting is not None:
        return setting
    head = verb.head
    if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.pos_ in VERB_POS:
        head = head.head  # "will drop X as soon as Y begins …": the parser hangs the clause on "soon"
    if verb.dep_ == "relcl":
        head = _time_of_a_relative(verb)
        if head is None:
            return None
    elif verb.dep_ != "advcl" or head.pos_ not in VERB_POS:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    # "would be the theme when the UK took over the presidency": the parser may make "when" an adverb of
    # the clause rather than its subordinator
    marks = [c for c in subordinators(verb, wh_adverbs=True) if c.i < verb.i]
    if not marks or not opens_time(marks[0]):
        return None
    gerund = verb.tag_ == "VBG" and not auxiliaries
    # "once Japan has opened", "as soon as Seoul begins honouring" (a present the parser makes the gerund's
    # auxiliary): a present perfect or a present before the participle tells a time to come as well
    present = (
        auxiliaries and all(a.tag_ in ("VBZ", "VBP") for a in auxiliaries) and verb.tag_ in ("VBN", "VBG")
    )
    # "would lift the tariffs once Japan opened its market": the past of a time to come, told from the past
    backshifted = (verb.tag_ == "VBD" and not auxiliaries) or (
        verb.tag_ == "VBN" and [a.lower_ for a in auxiliaries] == ["had"]
    )
    future_in_past = backshifted and any(
        c.dep_ == "aux" and c.lower_ in BACKSHIFTED_MODALS for c in head.children
    )
    return head if gerund or present or future_in_past or _plain_present(verb) else None


def _time_of_a_relative(verb: Token) -> Token | None:
    """ "would be the key issues when the UK took over the presidency": a "when" clause the parser hangs on
    the copula's complement (or the verb's object) as a relative tells the time of that verb, which it
    returns (the caller asks for the "when"); None for a relative on a time ("would never forget the day
    when Chile invaded": a time told of, not a time to come) and for any other relative."""
    noun = verb.head
    host = noun.head
    if noun.dep_ not in ("attr", "dobj") or host.pos_ not in VERB_POS:
        return None
    if noun.ent_type_ in TIME_LABELS or noun.lower_ in TIME_COUNT_NOUNS:
        return None
    return host  # the clause's own "when" is asked for by the caller, as of any clause of time


def subordinators(verb: Token, wh_adverbs: bool = False) -> list[Token]:
    """The words that open an adverbial clause, in text order: its subordinators, which the parser may hang
    on the clause's auxiliary ("as soon as Seoul begins honouring"), and with `wh_adverbs` a "when" before
    the verb that it takes for an adverb of the clause."""
    words = (verb, *(c for c in verb.children if c.dep_ in AUXILIARY_DEPS))
    found = (
        c
        for w in words
        for c in w.children
        if c.dep_ == "mark" or (wh_adverbs and c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i)
    )
    return sorted(found, key=lambda c: c.i)


def opens_time(mark: Token) -> bool:
    """Does the subordinator open a clause of time: "once", "until", "when", or the last "as" of "as soon
    as"?"""
    if mark.lower_ in TIME_CLAUSE_WORDS:
        return True
    for opener in TIME_CLAUSE_OPENERS:
        words = opener.split()
        start = mark.i - len(words) + 1
        if start >= 0 and [t.lower_ for t in mark.doc[start : mark.i + 1]] == words:
            return True
    return False


def _setting_of(verb: Token) -> Token | None:
    """ "flies to Tokyo next week, where he meets X", "will go to Bonn, where she sees Y": the verb of the
    act at whose place or time a simple present opened by "where" or "when" is set (the parser hangs the
    clause on the place or on that verb), or None."""
    opens = any(c.dep_ == "advmod" and c.i < verb.i and c.lower_ in SETTING_RELATIVES for c in verb.children)
    if not opens or not _plain_present(verb):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ in VERB_POS:
        return head
    if verb.dep_ != "relcl":
        return None
    governor = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    return governor if head.dep_ in ("pobj", "dobj") and governor.pos_ in VERB_POS else None


def in_headline(word: Token) -> bool:
    """Is the word in the title line, before the first line break of an article that has one?"""
    return any("\n" in t.text for t in word.doc[word.i + 1 : word.sent.end + 1]) and not any(
        "\n" in t.text for t in word.doc[: word.i]
    )


def _time_phrases(verb: Token) -> list[Token]:
    """The heads of the time phrases on the verb: "next week", "tomorrow", "in July", "on Monday"."""
    phrases = [
        c
        for c in verb.children
        if c.dep_ in ("npadvmod", "advmod", "tmod")
        and (c.ent_type_ in TIME_LABELS or c.lower_ in FUTURE_TIME_WORDS)
    ]
    # "open talks on Monday": the parser may hang the verb's time on its object
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    phrases += [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in FUTURE_DATING_PREPS
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in TIME_LABELS
    ]
    # "attends next week's IMF meeting", "hosts tomorrow's talks": a time owning the object dates the act
    phrases += [
        c
        for holder in holders[1:]
        for c in holder.children
        if c.dep_ == "poss" and c.ent_type_ in TIME_LABELS
    ]
    return phrases


# The entity labels of a time phrase: a day or a date ("on Monday", "next week") and a time of day ("this
# evening", "at 10 a.m.": "is meeting the bankers this evening" is still to come).


def _time_to_come(head: Token) -> bool:
    """Does the time phrase leave the act to come: no word of the past, the present or a habit, and no full
    day with its year ("on October 14, 2020": the dated present of a photo caption, "Protesters march in
    Lima on October 14, 2020", tells of what was done)?"""
    words = list(head.subtree)
    if {t.lower_ for t in words} & UNSCHEDULING_TIME_WORDS:
        return False
    years = [t for t in words if written_year(t) is not None]
    return not (years and any(t.like_num and t not in years for t in words))


def envisioned(verb: Token) -> str | None:
    """ "we could one day see farmers suing Peru", "may see Chile leave", "imagine Peru attacking": an act
    pictured, or perceived in a time to come, is a possibility (the governing verb's modal, else "may"),
    not what happened. "Residents saw (could see) soldiers shooting" is a witness's."""
    act = perceived_act(verb)
    if act is None:
        return None
    governor = act.head
    verb = act
    lemma, modal = governor.lemma_.lower(), modal_of(governor)
    if lemma not in ENVISIONING_VERBS:
        if lemma not in PERCEPTION_VERBS and lemma not in CONSEQUENCE_VERBS:
            return None
        someday = any(_someday(c) for c in (*governor.children, *verb.children))
        if modal not in FORESEEING_MODALS and not someday:
            return None
    return modal or POSSIBILITY_MODALITY


def awaited_gerund(verb: Token) -> str | None:
    """ "would scrap the tax within two years of the party winning power", "will cut rates after Peru
    joining the bloc": a gerund with its own subject in a phrase of time on a verb under a modal (or any
    hedge or plan the verb's clause has) is the act awaited, the main act's condition: a possibility ("may"),
    no deed."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp" and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        prep = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.i == verb.i - 1:
        prep = verb.head.head  # the parser may hang the gerund on its subject: "of [the party] winning"
    else:
        return None
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.ent_type_ in ("DATE", "TIME"):
        prep = prep.head.head  # "within a year of X winning"
    host = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in AWAITED_EVENT_PREPS or host.pos_ not in VERB_POS:
        return None
    modality = polarity(host, chain(host))[1]
    return None if modality is None or modality in EVIDENTIAL_ADVERBS else POSSIBILITY_MODALITY


def perceived_act(verb: Token) -> Token | None:
    """The bare verb a verb of perceiving or picturing takes ("see Acme buy X", "imagine Peru attacking")
    that the verb is, itself or a later verb coordinated with it ("see Acme build a plant and open an
    office"), or None. The tagger may take a plural subject's bare infinitive for a present tense ("see the
    two firms build": VBP); one with a "that" or an auxiliary of its own is a clause of its own."""
    while verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP", "VBG") and verb.head.pos_ in VERB_POS:
        verb = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "dobj"):
        return None
    if verb.tag_ in ("VBG", "VB"):
        return verb
    own_clause = any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)
    return verb if verb.tag_ == "VBP" and not own_clause else None


def _someday(word: Token) -> bool:
    """Is the word the head of "one day", "someday": a time to come that no one names?"""
    if word.dep_ not in ("npadvmod", "advmod"):
        return False
    return " ".join(t.lower_ for t in word.subtree) in SOMEDAY_PHRASES


# What "be to" + infinitive says of the infinitive's event: it is planned, still to come.
PLAN_MODALITY = "will"
# What a condition or an unnamed belief leaves of an act: a possibility.
POSSIBILITY_MODALITY = "may"


def _coordination_head(verb: Token) -> Token:
    """The first verb of a coordination the verb shares its subject with ("is to meet X and sign Y")."""
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in VERB_POS
        and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)
    ):
        verb = verb.head
    return verb


def _infinitive_of(verb: Token, lemmas: tuple[str, ...]) -> Token | None:
    """The governor, of one of `lemmas`, whose bare "to"-infinitive complement the verb is."""
    verb = _coordination_head(verb)
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i or not to_infinitive(verb):
        return None
    return governor if governor.lemma_.lower() in lemmas else None


@per_token
def planning_be(verb: Token) -> Token | None:
    """The "be" of a plan whose infinitive the verb is: "the minister is to meet Y on Monday", "the
    leaders are to sign X", "was to visit Z" (news style for what is scheduled); None for any other verb,
    and for "is yet to" (not_yet). "Is to blame" is a judgement, read elsewhere (stance.to_blame)."""
    plan = _infinitive_of(verb, ("be",))
    if plan is None or _has_yet(plan):
        return None
    if any(c.dep_ in COPULA_COMPLEMENT_DEPS for c in plan.children):
        return None  # "is the third MP to defect": the infinitive says what makes him third, done already
    return plan


def headline_plan(verb: Token) -> bool:
    """ "Japan to shift aid focus to India", "Peru not to renew the deal": in a headline a subject and a
    "to"-infinitive with no finite verb above them is news style for what is planned, not done."""
    verb = _coordination_head(verb)
    if not to_infinitive(verb) or any(_tensed_auxiliary(c) for c in verb.children):
        return False  # "X has until May to release it": "has" is the finite verb the parser hung low
    if verb.dep_ == "ROOT" or _reported_in_headline(verb):
        return any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    return headline_doer(verb) is not None


def _reported_in_headline(verb: Token) -> bool:
    """ "Bolt says Peru to impose sanctions": the clause a headline's verb of report (words.tsv
    headline_plan_reporting_verbs) says, a plan as the bare "Peru to impose sanctions" is."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in HEADLINE_PLAN_REPORTING_VERBS
        and in_headline(verb)
    )


def _tensed_auxiliary(word: Token) -> bool:
    return word.dep_ in AUXILIARY_DEPS and (word.tag_ in FINITE_TAGS or word.tag_ == "MD")


def headline_doer(verb: Token) -> Token | None:
    """ "Kerry to visit Iraq": the parser makes the name the root and the infinitive its modifier; the
    name is who is to act. None for any other verb (a noun's infinitive in a sentence: "the bid to buy")."""
    head = verb.head
    # (or its relative clause, as the parser reads "IMF, WORLD BANK TO ASSIST ECUADOR" in capitals)
    if verb.dep_ not in ("acl", "relcl") or head.dep_ != "ROOT" or head.pos_ != "PROPN" or head.i > verb.i:
        return None
    if verb.dep_ == "relcl" and not in_headline(verb):
        return None
    return head if to_infinitive(verb) else None


def _own_subject_or_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in (*NOMINAL_SUBJECT_DEPS, "aux", "auxpass") for c in verb.children)


def not_yet(verb: Token) -> bool:
    """ "Iran has yet to respond", "the bill is yet to be signed": the act has not happened so far."""
    governor = _infinitive_of(verb, ("be", "have"))
    return governor is not None and _has_yet(governor)


def _has_yet(governor: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children)


def obligation(verb: Token) -> str | None:
    """ "Iran had to release the sailors", "Peru needs to act": the infinitive is owed, not done; so is a
    bare verb or participle joined to it ("has to be considered by X and signed by Y": the signing too).
    Under a hedging modal ("might have to go") the modal: a possibility, no obligation."""
    while verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN") and not _own_subject_or_auxiliary(verb):
        verb = verb.head
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ not in VERB_POS:
        return None
    if not to_infinitive(verb):
        return None
    owed = OBLIGATION_MODALS.get(head.lemma_.lower())
    hedge = modal_of(head) if owed is not None else None
    if hedge in HEDGE_MODALS:
        return hedge  # "might (may, could) have to go": the obligation itself only possible, a hedge
    return owed


def stop_read_as_not(verbs_of_chain: list[Token], governor: Token) -> bool:
    """Is this chain verb a verb of stopping read as the deed's own "not" ("stopped selling X", "would cease
    to be part of Y": NOT sell X, NOT be part of Y)? Only at the head of the chain: under another chain verb
    ("agreed to stop selling X", "refused to stop selling X", "did not agree to stop selling X") the stopping
    is what was agreed, refused or not agreed, and keeps its word in the phrase; read as a "not" it would
    climb onto the agreeing ("NOT agree to sell X") and deny a commitment the text says was made."""
    return bool(verbs_of_chain) and governor == verbs_of_chain[0] and governor.lemma_.lower() in STOP_VERBS


def stop_under_chain(verb: Token, verbs_of_chain: list[Token]) -> bool:
    """Does a verb of stopping stand under a chain verb, in the chain ("agreed to stop selling X") or as the
    clause's own verb ("vowed to cease attacks on Y")? What is agreed or vowed is then the end of the deed,
    not the deed."""
    if verbs_of_chain and verb.lemma_.lower() in STOP_VERBS:
        return True
    return any(
        v.lemma_.lower() in STOP_VERBS and not stop_read_as_not(verbs_of_chain, v) for v in verbs_of_chain
    )


def verb_phrase(verb: Token, verbs_of_chain: list[Token]) -> str:
    """The verb's lemma with its particle, after the chain that governs it ("refuse to consider")."""
    phrase = ""
    governed = [*verbs_of_chain[1:], verb] if verbs_of_chain else []
    for governor, complement in zip(verbs_of_chain, governed, strict=True):
        if stop_read_as_not(verbs_of_chain, governor):
            continue  # "cease to be part of" is read as a negated "be part of"
        infinitive = to_infinitive(complement) or _shares_to(complement)
        # "plans on leaving" reads as "plan to leave", the phrase the same plan has elsewhere
        link = " to" if infinitive or complement.dep_ == "pcomp" else ""
        if complement.dep_ == "pcomp" and _listed_with_preposition(governor, complement.head):
            link = f" {complement.head.lower_}"  # "is thinking about buying X": "think about buy"
        phrase += f"{chain_word(governor)}{link} "  # "ruled out attacking X": "rule out attack"
    return f"{phrase}{verb.lemma_.lower()} {particle(verb)}".strip()


def _shares_to(verb: Token) -> bool:
    """ "agreed to buy X and sell Y": a bare verb coordinated with a "to"-infinitive is one too, under the
    same governor ("agree to sell", as "agree to buy")."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ == "aux" for c in verb.children)
        and to_infinitive(verb.head)
    )


def phrase_tokens(verb: Token, verbs_of_chain: list[Token]) -> tuple[int, ...]:
    """The words of `verb_phrase` in the sentence: chain verbs with their "to", the verb, its particle."""
    out: list[int] = []
    governed = [*verbs_of_chain[1:], verb] if verbs_of_chain else []
    for governor, complement in zip(verbs_of_chain, governed, strict=True):
        if stop_read_as_not(verbs_of_chain, governor):
            continue
        out.append(governor.i)
        if chain_word(governor) != governor.lemma_.lower():
            out += [c.i for c in particle_words(governor)]  # "ruled out": the particle is the chain's word
        marked = complement.head if _shares_to(complement) else complement
        out += [c.i for c in marked.children if c.dep_ == "aux" and c.lower_ == "to"]
        if complement.dep_ == "pcomp":
            out.append(complement.head.i)
    out.append(verb.i)
    out += [c.i for c in (*particle_words(verb), *_idiom_words(verb))]
    return tuple(out)


def counterfactual(verb: Token) -> bool:
    """ "would have allowed", "could have stopped": a modal perfect says what did not happen; so does a
    past plan's perfect ("was to have met Y": the meeting was planned and did not take place)."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VBN" or not any(a.lemma_.lower() == "have" for a in auxiliaries):
        return False
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True
    plan = planning_be(verb)
    return plan is not None and plan.tag_ == "VBD"


def superseded_plan(verb: Token) -> bool:
    """ "Toyota had originally planned to use X, but is now considering Y", "had intended to buy Z", "had been
    due to meet W", "initially planned to": the verb is the infinitive of a plan in the past perfect or marked
    as the first plan, one given up or overtaken, no current intent (as "was to have met Y" is)."""
    node = verb
    for _ in range(4):
        if node.dep_ == "conj" and node.tag_ == "VB" and not any(c.dep_ == "aux" for c in node.children):
            node = node.head  # "had planned to buy X and sell Y": "sell" shares the plan
            continue
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() not in SUPERSEDED_PLAN_WORDS:
            continue
        holder = node.head if node.dep_ == "acomp" else node  # "had been due to": the perfect is the copula's
        perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in holder.children)
        marks = (*node.children, *holder.children)
        first = any(c.dep_ == "advmod" and c.lower_ in SUPERSEDING_PLAN_ADVERBS for c in marks)
        return perfect or first
    return False


def in_open_clause(verb: Token) -> bool:
    """Does the verb stand in an open question or a condition: marked by "if", "whether" or "unless"
    itself, or governed through an infinitive, a content clause or a coordination by a verb so marked
    ("if they are going to make this work", "if Peru attacks X and seizes Y", "whether Z said …"), or in a
    clause of the time or terms of an act still to come ("would end it as soon as Peru signs": _awaited)? The
    clause states no fact."""
    node = verb
    while not (_open_mark(node) or _awaited(node)):
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head.i == node.i:
            return False
        if node.head.pos_ not in VERB_POS:
            return False
        node = node.head
    return True


def _open_mark(clause: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION_MARKS for c in clause.children):
        return True
    # "Had Peru signed the pact, …", "Should Labour win, …": a condition opened by its own auxiliary (put
    # before the main clause, which the parser may take it for the content of)
    fronted = clause.dep_ == "ccomp" and clause.i < clause.head.i
    if (clause.dep_ == "advcl" or fronted) and _inverted_condition(clause):
        return True
    # "Were Peru to invade Chile, …": the parser makes "were" the clause and the infinitive its own
    return _inverted_be(clause) or (clause.dep_ in ("advcl", "xcomp") and _inverted_be(clause.head))


def _inverted_be(clause: Token) -> bool:
    """ "Were Peru to invade Chile, …": an auxiliary of condition heading the clause it opens, before its
    subject."""
    if clause.dep_ != "advcl" or clause.left_edge.i != clause.i:
        return False
    if clause.lower_ not in INVERTED_CONDITION_AUXILIARIES:
        return False
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > clause.i for c in clause.children)


def _awaited(clause: Token) -> bool:
    """ "would end the tariffs as soon as (once, until, provided that) Peru signs the deal": a clause of the
    time or terms on which an act still to come (its verb has a modal) will happen is its condition, as an
    "if" clause is, no claim that it will happen; so is one under a refusal ("will not negotiate until Peru
    withdraws": a precondition). Its opening words, up to its subject, are read through the
    word the parser hangs it on ("soon" of "as soon as", "provided"); a past main verb ("lifted the tariffs
    once Peru signed") leaves the clause a fact."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i:
        return False
    opener, governor = clause, clause.head
    if governor.i < clause.i and governor.dep_ in ("advmod", "prep") and governor.head.i != governor.i:
        opener, governor = governor, governor.head  # "as soon as": the clause hangs on "soon"
    elif clause.dep_ == "ccomp":
        return False  # a content clause of the verb itself, no condition
    # "as soon as Peru begins meeting X", "begins" parsed as the auxiliary: its subject is the clause's
    heads = (clause, *(c for c in clause.children if c.dep_ == "aux"))
    subjects = sorted(c.i for h in heads for c in h.children if c.dep_ in NOMINAL_SUBJECT_DEPS)
    if not subjects or governor.pos_ not in VERB_POS:
        return False
    start = opener.left_edge.i
    # "as soon as Peru begins meeting X" with "as soon" hung on the main verb and only "as" on the clause
    openings = {" ".join(t.lower_ for t in clause.doc[s : subjects[0]]) for s in (start, max(start - 2, 0))}
    if not openings & (AWAITED_CONDITION_OPENERS | RESTRICTION_OPENERS):
        return False
    # "will not sign until Peru recognises X" too: a refusal's terms are a precondition, no claim that Peru
    # will recognise X (nor, "may", that it might); the refusal itself is the main clause's edge
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in governor.children)


def on_condition(verb: Token, modality: str | None) -> str | None:
    """ "X will withdraw from the race only if the party holds a primary", "will sign unless Y objects",
    "provided that …": an act made to hang on a condition is a possibility, not a plain or "will" fact
    (often the speaker does not expect it)."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    if any(_restricts(head, child) for head in heads for child in head.children):
        return _as_possibility(modality)
    if any(_exchanged(head) for head in heads):
        return _as_possibility(modality)
    return modality


def _exchanged(verb: Token) -> bool:
    """ "agreed to the deal in return for Chile giving Peru an order": is the verb the gerund of a phrase
    naming what something is done in return for (words.tsv exchange_openers)? It is the price asked, a
    condition, no deed the text says was done."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.pos_ != "ADP":
        return False
    # "in return for": the parser hangs "for" on "return", the object of "in"
    noun = verb.head.head
    start = noun.head.i if noun.dep_ == "pobj" and noun.head.pos_ == "ADP" else noun.i
    opening = " ".join(t.lower_ for t in verb.doc[start : verb.head.i + 1])
    return opening in EXCHANGE_OPENERS


def under_condition(verb: Token, verbs_of_chain: list[Token], modality: str | None) -> str | None:
    """ "Chile will sue Peru if the border stays shut", "if approved, the deal will give X control of Y": an
    act promised on a condition ("if", "unless") is a possibility ("may"), not a "will" fact. "Would" stays:
    it already says the act hangs on something. A plain tense is left as it is: "I urge you, if you cannot
    govern, to step down" urges, whatever the condition; nor do "even if", "as if" make a condition."""
    if modality not in FUTURE_MODALS:
        return modality
    nodes = [verb, *verbs_of_chain]
    node = verb
    while node.dep_ in ("conj", "xcomp") or bare_infinitive(node):
        if node.head.i == node.i or node.head.pos_ not in VERB_POS:
            break
        if node.dep_ == "conj" and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in node.children):
            break  # "Peru will sue if the deal fails, and Chile will leave": the condition is the first's
        node = node.head
        nodes.append(node)
    if any(_conditioned(n) for n in nodes):
        return POSSIBILITY_MODALITY
    return modality


def conditioned(verb: Token) -> bool:
    """Does a condition ("if …", "unless …", "should the talks fail"; not "even if") hang on the verb? After
    a promise's verb the parser often makes the condition a clausal complement ("would be considered if
    the violations continue", "would follow should the talks fail"): one that comes after the verb with a
    mark of condition, or opened by its own auxiliary, counts too."""
    if _conditioned(verb):
        return True
    return any(c.dep_ == "ccomp" and c.i > verb.i and _condition_clause(c) for c in verb.children)


def _conditioned(verb: Token) -> bool:
    """Does a clause of condition ("if …", "unless …", "if approved", "should the talks fail") hang on the
    verb?"""
    return any(c.dep_ == "advcl" and _condition_clause(c) for c in verb.children)


def _condition_clause(clause: Token) -> bool:
    """Is the clause one of condition: opened by its own auxiliary, or marked by "if", "unless" … with no
    "even" or "as" before the mark ("even if", "as if")?"""
    if _inverted_condition(clause):
        return True
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS]
    if not marks:
        return False
    before = clause.doc[marks[0].i - 1] if marks[0].i > 0 else None
    return before is None or before.lower_ not in CONCESSIVE_CONDITION_WORDS


def _inverted_condition(clause: Token) -> bool:
    """ "Should the talks fail, …": the clause opens with its own auxiliary, before its subject."""
    opener = clause.left_edge
    if opener.head != clause or opener.dep_ != "aux" or opener.lower_ not in INVERTED_CONDITION_AUXILIARIES:
        return False
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > opener.i for c in clause.children)


def bare_infinitive(verb: Token) -> bool:
    """ "let Chile buy jets", "help Peru win", "make Bolivia pay": a bare infinitive with no auxiliary of its
    own, the complement of the verb above it."""
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.head.i != verb.i
        and verb.head.pos_ in VERB_POS
    )


def caused_under_modal(verb: Token) -> str | None:
    """ "the deal will let Chile buy jets", "could make Peru pay": what a verb under a modal lets, makes or
    helps another do is as far from done as the letting (its modal); "will not let Chile buy" leaves the
    buying a possibility at most ("may")."""
    # "could see Acme and Zenith build a plant and open an office": the later coordinated verb, and the
    # plural's bare infinitive the tagger takes for a present tense, are as far from done
    act = perceived_act(verb)
    if act is None:
        return None
    seen = act.tag_ == "VBP" and act.head.pos_ in VERB_POS and act.head.lemma_.lower() in PERCEPTION_VERBS
    if not (bare_infinitive(act) or seen):
        return None
    governor = act.head
    modal = modal_of(governor)
    if modal is None or modal in EVIDENTIAL_ADVERBS:
        return None
    return POSSIBILITY_MODALITY if is_negated(governor) else modal


def purpose_under_modal(verb: Token) -> str | None:
    """ "could promote changes to enable banks to X", "will cut rates to help Peru": a purpose infinitive
    (or one the parser joined to its verb, "could promote X to foster Y and to enable Z") is as far from
    done as the act it is the aim of (its modal); "will not cut rates to help Peru" leaves the help a
    possibility at most ("may")."""
    if verb.dep_ not in ("advcl", "conj") or not to_infinitive(verb):
        return None
    governor = verb.head
    if governor.i == verb.i or governor.pos_ not in VERB_POS or to_infinitive(governor):
        return None
    if governor.lemma_ == "be" and _judged_for_clause(verb):
        return None  # "it would not be possible for X to discuss Y": judged (subjects.weighed_for_clause)
    modal = modal_of(governor)
    if modal is None or modal in EVIDENTIAL_ADVERBS:
        return None
    return POSSIBILITY_MODALITY if is_negated(governor) else modal


def _judged_for_clause(verb: Token) -> bool:
    """Is the infinitive one with its own subject after "for" ("for X to discuss Y") on a "be" whose
    subject is an empty "it"? Such a clause is the act a judgement weighs, no purpose of the "be"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" and c.i < verb.i for c in verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.head.children)
    return marked and own_subject and it


# Modals of a plain future: under a condition they become a possibility.
FUTURE_MODALS = frozenset({"will", "shall"})


def _as_possibility(modality: str | None) -> str | None:
    """A plain or promised act becomes a possibility; a stronger modal ("must", "can") stays."""
    return POSSIBILITY_MODALITY if modality is None or modality in PROMISE_MODALS else modality


def _restricts(head: Token, child: Token) -> bool:
    """Does a phrase on the verb open with words of restriction ("only if", "unless", "as long as")?"""
    if child.dep_ not in ("advcl", "prep", "advmod"):
        return False
    start = child.left_edge.i
    opening = " ".join(t.lower_ for t in child.doc[start : start + 3])
    if any(opening == o or opening.startswith(o + " ") for o in RESTRICTION_OPENERS):
        return True
    # "will only recognise Peru if …": the parser hangs the "only" on the verb, away from its "if"
    only = any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < child.i for c in head.children)
    return only and child.dep_ == "advcl" and f"only {child.left_edge.lower_}" in RESTRICTION_OPENERS


def unnamed_belief(cue: Token | None, verb: Token, modality: str | None) -> str | None:
    """ "Many believe that X can rein in Y", "analysts expect Z will sign": content believed, expected or
    hoped by people the text does not name (the caller found no speaker) is a possibility, not the
    article's fact."""
    if cue is None or cue.i == verb.i or cue.lemma_.lower() not in BELIEF_VERBS:
        return modality
    return _as_possibility(modality)


def impersonal_report(cue: Token | None, verb: Token, modality: str | None) -> str | None:
    """ "It was learned that X bought Y", "X bought Y, it is reported", "it is understood that X will sign
    Z": a report in the passive with an empty "it" (or no subject) names no source, and the text does not
    assert what it reports: the content takes the report's hedge (impersonal_report_verbs: "reportedly",
    or "may" for what is only understood), as "X is said to have bought Y" does."""
    content = verb
    while content.dep_ == "conj" and content.head.pos_ in VERB_POS:
        content = content.head  # "X bought Y and sold Z, it was learned": both reported
    if cue is None and content.dep_ == "ccomp" and content.head.pos_ in VERB_POS:
        cue = content.head  # "learn" is no verb of speech: the frame finds no cue in it
    if cue is None or cue.i == verb.i or modality is not None or not is_passive(cue):
        return modality
    hedge = IMPERSONAL_REPORT_VERBS.get(cue.lemma_.lower())
    subjects = [c for c in cue.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if hedge is None or any(c.lower_ != "it" for c in subjects):
        return modality
    return hedge


def speculated(cue: Token | None, verb: Token, modality: str | None) -> str | None:
    """ "Traders speculated that the bank would sell X", "X conjectured that Y had bought Z", "market rumours
    said Y would buy Z": content only speculated or rumoured, by whomever, is a possibility of its doer
    ("may"), never their plan or deed; a stronger modal stays ("must")."""
    if cue is None or cue.i == verb.i:
        return modality
    rumoured = any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.lower_ in SPECULATION_NOUNS for c in cue.children)
    if not rumoured and cue.lemma_.lower() not in SPECULATION_VERBS:
        return modality
    return _as_possibility(modality)


def _clause_head(verb: Token) -> Token:
    """The verb whose condition the verb shares: the first of a coordination without a subject of its own
    ("will attack X and seize Y if …"), else the verb itself ("Peru will sue if …, and Bolivia will go")."""
    if verb.dep_ == "conj" and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return verb.head
    return verb


def to_be_shown(verb: Token, modality: str | None) -> str | None:
    """ "Japan would have to show that it had widened access", "Peru must prove it stopped arming the
    rebels": what one is bound to show or prove is a condition put to them, no fact the text asserts; the
    content takes the obligation ("must"). What was shown ("Peru proved that it stopped") stays a fact."""
    content = verb
    while content.dep_ in ("xcomp", "conj") and content.head.i != content.i:
        content = content.head  # "prove it stopped arming X": the chain's first verb is the content
    proof = content.head
    if content.dep_ != "ccomp" or proof.i == content.i or proof.lemma_.lower() not in PROOF_VERBS:
        return modality
    node = proof
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head  # "would have to show", "will need to prove"
    bound = node is not proof and node.lemma_.lower() in OBLIGATION_VERBS
    if modality is None and (bound or modal_of(proof) in DEMAND_MODALS):
        return "must"
    return modality


def hypothetical(verb: Token, modality: str | None) -> bool:
    """ "Chile and Peru might end up in court if the talks fail": a hedged possibility under a
    condition."""
    head = _clause_head(verb)
    hedged = (modality or modal_of(verb) or modal_of(head)) in HEDGE_MODALS
    return hedged and (_has_condition(verb) or _has_condition(head))


def purpose(verb: Token) -> bool:
    """ "discussed the findings with her to know more": an infinitive of purpose states an aim, not a fact
    (unlike the infinitive of a request, "called on Russia to withdraw", which the frame reads as a wish)."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head.pos_ in VERB_POS and to_infinitive(verb.head):
        verb = verb.head  # "cut tariffs to help reduce the surplus", "to try to negotiate": the aim's chain
        while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
            verb = verb.head
    if _opens_content_clause(verb) or _purpose_phrase(verb):
        return True
    if verb.dep_ != "advcl" or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    if not to_infinitive(verb):
        return False
    if choice_left(verb) is not None:
        return False  # "had no alternative but to expel X": the deed done, no aim
    governor = verb.head.lemma_.lower()
    # "sought the removal of X's tariffs to reduce Y": a verb of a chain with an object of its own has the
    # infinitive for its aim, as any verb does
    chained = governor in CHAIN_VERBS and not any(c.dep_ == "dobj" for c in verb.head.children)
    if governor in EFFORT_VERBS or chained:
        return False  # "worked to arrange a meeting": the effort, not its purpose, is the clause
    return controller(verb) is None


def _purpose_phrase(verb: Token) -> bool:
    """ "sent troops in order to force Peru to negotiate", "so as to": a "to"-infinitive with no subject after
    words of purpose (words.tsv purpose_openers) is an aim, however the parser hangs it (on "order" as a
    noun's clause, mostly), no deed; nor is what it would make another do."""
    if not to_infinitive(verb) or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    start = verb.left_edge.i
    if start < 2 or verb.doc[start].lower_ != "to":
        return False
    return " ".join(t.lower_ for t in verb.doc[start - 2 : start]) in PURPOSE_OPENERS


def _opens_content_clause(verb: Token) -> bool:
    """ "is learning that to extract results from Peru, dramatic steps are needed": a "to"-infinitive with no
    subject that opens a content clause, right after its "that" and set off by a comma before the clause's
    own words, is that clause's aim (as "To win X, Chile must …" opening a sentence is), whatever verb before
    the "that" the parser made it the complement of."""
    if verb.dep_ not in ("xcomp", "advcl") or not to_infinitive(verb):
        return False
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    doc = verb.doc
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    if start == 0 or doc[start].lower_ != "to" or end >= len(doc):
        return False
    before = doc[start - 1]
    return before.lower_ == "that" and before.tag_ in ("IN", "WDT") and doc[end].text == ","


def purpose_of_adjective(verb: Token) -> bool:
    """ "They were necessary to prevent the EC from sliding into bankruptcy", "sanctions designed (meant,
    intended) to punish Y": the "to"-infinitive of a word of purpose (purpose_adjectives), as complement of
    its "be", of the adjective itself or of the passive participle, says what something is for; no one did
    it. Looked up through the infinitive's own chain ("needed to try to stop X") and its coordination."""
    node = verb
    while True:
        while node.dep_ == "conj" and node.head.pos_ in VERB_POS:
            node = node.head
        chained = node.dep_ == "xcomp" and node.head.pos_ in VERB_POS and chain_word(node.head) in CHAIN_VERBS
        if not (chained and to_infinitive(node.head)):
            break
        node = node.head  # "necessary to try to stop X": the chain is the aim's
    if node.dep_ not in ("xcomp", "advcl") or not to_infinitive(node):
        return False
    governor = node.head
    participle = governor.tag_ == "VBN" and (is_passive(governor) or governor.dep_ in ("acl", "acomp"))
    if governor.lower_ in PURPOSE_ADJECTIVES and (governor.pos_ == "ADJ" or participle):
        return True  # "necessary to prevent X", "were designed to punish Y"
    return governor.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in PURPOSE_ADJECTIVES and c.i < node.i for c in governor.children
    )


def aim_host(verb: Token) -> Token | None:
    """The verb whose aim a "to"-infinitive is: the governor of a purpose ("will send a mission to negotiate
    with Z") or a verb of means with its object ("will use the proceeds to increase its stake in Y"), looked
    up through the aim's own chain ("to help reduce", "to try to negotiate"); None for any other verb."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in VERB_POS:
        node = node.head
    while (
        node.dep_ == "xcomp"
        and node.head.pos_ in VERB_POS
        and to_infinitive(node.head)
        and not _means_with_object(node.head)  # "plans to use the loan to buy X": the aim of "use"
    ):
        node = node.head
        while node.dep_ == "conj" and node.head.pos_ in VERB_POS:
            node = node.head
    governor = node.head
    if governor.i == node.i or governor.pos_ not in VERB_POS or not to_infinitive(node):
        return None
    if node.dep_ == "advcl" and purpose(verb):
        # "will lend Iraq money to buy wheat", "will send troops to guard X": who pursues the aim is
        # unclear when the governor has objects; the subject's own journey ("will travel to Y to meet Z") is
        return None if any(c.dep_ in ("dobj", "dative") for c in governor.children) else governor
    return governor if node.dep_ == "xcomp" and _means_with_object(governor) else None


def _means_with_object(verb: Token) -> bool:
    """ "use the proceeds", "spend the loan": a verb of means with its object, whose infinitive is its aim."""
    return verb.lemma_.lower() in MEANS_VERBS and any(c.dep_ == "dobj" for c in verb.children)


def capacity_noun(verb: Token) -> Token | None:
    """ "retains powers to withdraw X", "reserved the right to impose Y": the noun of capacity whose
    "to"-infinitive the verb is (capacity_nouns), held or lacked through a verb of capacity_holding_verbs: an
    act its holder may do, not one done. The parser hangs the infinitive on the noun, or on the verb the noun
    is the object of, right after the noun."""
    if not to_infinitive(verb):
        return None
    if verb.dep_ == "acl":
        nouns = [verb.head]
    elif verb.dep_ == "xcomp":
        nouns = [c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == verb.left_edge.i - 1]
    else:
        return None
    held = (n for n in nouns if n.dep_ == "dobj" and n.head.lemma_.lower() in CAPACITY_HOLDING_VERBS)
    return next((n for n in held if n.lemma_.lower() in CAPACITY_NOUNS), None)


def capacity_lacked(noun: Token) -> bool:
    """ "lacks (lost) the power to X", "does not have the right to X", "has no authority to X"."""
    return CAPACITY_HOLDING_VERBS[noun.head.lemma_.lower()] == "lack" or is_negated(noun.head)


def planned_aim(verb: Token) -> str | None:
    """ "will send a mission to negotiate with Z", "will use the proceeds to increase its interest in Y":
    the aim of a deed still to come is itself to come ("will"); an aim of a deed done or of none keeps
    its own reading. "could use the loan to buy X": the aim of a verb of means takes its other modals."""
    host = aim_host(verb)
    if host is None or _means_denied(host):
        return None
    # "plans to use the loan to buy X", "hopes to use the talks to press Y": the plan or hope of the means
    modal = modal_of(host) or _intended(host)
    if modal in PLANNING_MODALS:
        return PLAN_MODALITY
    return modal if host.lemma_.lower() in MEANS_VERBS else None


def unmeant(verb: Token) -> bool:
    """ "did not use (will not use) the loan to buy X": a means denied says nothing of the aim's deed."""
    host = aim_host(verb)
    return host is not None and host.lemma_.lower() in MEANS_VERBS and _means_denied(host)


def _means_denied(host: Token) -> bool:
    """ "did not use the loan", "does not plan to use the loan": the means, itself or its plan, denied."""
    return is_negated(host) or any(is_negated(g) for g in chain(host))


# What an auxiliary has when it is a verb of its own ("as Chile has a deal with X"): no verb left out.
ELLIPSIS_FILLING_DEPS = frozenset({"dobj", "attr", "ccomp", "xcomp", "dative", "acomp", "oprd"})


def side_remark(verb: Token) -> bool:
    """ "died Saturday, aged 78, at a hospital in X": a participle of age with its number is a side fact
    about the subject; "fares well compared to Peru": a comparison without an object measures, nobody acts.
    Neither relates the subject to what the phrase after it names. Nor does an auxiliary standing for the
    verb a comparison leaves out ("borrowed from Japan, as Chile had from Germany")."""
    lemma = verb.lemma_.lower()
    if lemma in ELLIPTIC_AUXILIARIES and any(
        c.dep_ == "mark" and c.lower_ in COMPARISON_MARKS for c in verb.children
    ):
        return not any(c.dep_ in ELLIPSIS_FILLING_DEPS for c in verb.children)
    if lemma in AGE_PARTICIPLES and verb.tag_ == "VBN":
        return any(c.like_num for c in verb.children)
    if lemma in COMPARISON_VERBS:
        return not any(c.dep_ == "dobj" for c in verb.children)
    return False


def topic_turn(verb: Token) -> bool:
    """ "Turning to Brazil and Mexico, X made it clear that …", "Asked about Iran, Y said …": a participle
    that opens the sentence, or is set off by a comma, with no subject of its own and a preposition that only
    turns the sentence to its topic (words.tsv topic_turns) names what the sentence is about; its subject
    does nothing to the topic ("X turn to Brazil")."""
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ != "advcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in TOPIC_TURNS for c in verb.children):
        return False
    start = verb.left_edge.i
    return start == verb.sent.start or verb.doc[start - 1].text == ","


def describes(verb: Token) -> bool:
    """ "moved its offices to the northern district, covering three towns": a participle of extent or
    make-up set off by a comma tells what the noun before it spans; the clause's subject does nothing."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    if verb.lemma_.lower() not in DESCRIPTIVE_PARTICIPLES:
        return False
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def alleged(verb: Token) -> bool:
    """ "The accusation against the mayor is that he lied", "allegations the firm tried to": what an
    allegation says happened is a claim, not a fact."""
    node = verb
    for _ in range(4):  # up through the chain and coordination to the clause's anchor
        while node.dep_ in ("conj", "xcomp") and node.head.pos_ in VERB_POS:
            node = node.head
        head = node.head
        if node.dep_ in ("acl", "ccomp", "relcl") and _allegation(head):
            return True
        if node.dep_ in ("advcl", "ccomp", "acl") and _after_allegation(node):
            return True  # "arose from allegations the firm tried to …": the parser hangs it on the verb
        about = [c for c in head.children if c.dep_ == "nsubj"] if head.lemma_ == "be" else []
        if node.dep_ == "ccomp" and any(_allegation(c) for c in about):
            return True
        if node.dep_ not in ("ccomp", "advcl") or head.i == node.i:
            return False
        node = head
    return False


def _allegation(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.lower_ in ALLEGATION_NOUNS


def _after_allegation(verb: Token) -> bool:
    """Does the clause start right after an allegation noun (or its "that")?"""
    before = verb.left_edge.i - 1
    if before >= 0 and verb.doc[before].lower_ == "that":
        before -= 1
    return before >= 0 and _allegation(verb.doc[before])


def conditional_threat(verb: Token, modality: str | None) -> bool:
    """ "If Turkey does X, I will destroy its economy": a conditional promise of force is a threat; so is a
    readiness to use it on a condition ("If Tokyo fails to act, Britain is ready to retaliate"; a readiness
    alone is a deed that may come)."""
    if event_root(verb.lemma_.lower()) not in FORCE_ROOTS:
        return conditional_harm(verb, modality)
    head = _clause_head(verb)
    readiness = head.head
    if head.dep_ == "xcomp" and readiness.lemma_.lower() in READINESS_ADJECTIVES:
        return _has_condition(readiness.head)
    return promised_on_condition(verb, modality)


def promised_on_condition(verb: Token, modality: str | None) -> bool:
    """ "would take military action against X if its ships were attacked": is the act promised ("will",
    "would") on a condition ("if", "unless")? Whether that makes a threat depends on what the act is (a
    light verb's noun of force: frame.Clause.code_of) and on who promises it."""
    head = _clause_head(verb)
    return (modality or modal_of(head)) in PROMISE_MODALS and _has_condition(head)


def conditional_harm(verb: Token, modality: str | None) -> bool:
    """ "Britain will block new spending unless a ceiling is agreed", "said it would halt talks if X did not
    withdraw": a harm short of force (a rejection, a cut in relations, coercion: HARM_ROOTS) promised on a
    condition against the hearer ("unless", "if ... not") is a threat too. An unconditional one stays a
    statement of intent, and a harm on a plain "if" may be a forecast ("will cut rates if prices rise")."""
    if event_root(verb.lemma_.lower()) not in HARM_ROOTS:
        return False
    head = _clause_head(verb)
    modality = modality or modal_of(head)
    return modality in PROMISE_MODALS and _has_unmet_condition(head)


def unmet_condition(verb: Token) -> bool:
    """Is the verb's act promised on something not done: "unless X agrees", "if X does not agree"?"""
    return _has_unmet_condition(verb)


@per_token
def _has_unmet_condition(verb: Token) -> bool:
    """Does the verb carry a condition of something not done: "unless X agrees", "if X does not agree"?"""
    for clause in verb.children:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"} if clause.dep_ == "advcl" else set()
        if marks & UNMET_CONDITION_MARKS:
            return True
        if marks & CONDITION_MARKS and any(c.dep_ == "neg" for c in clause.children):
            return True
    return False


@per_token
def _has_condition(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def stranded_speaker(verb: Token) -> list[Token]:
    """ "Japan should cut its deficit, the Organization for Economic Cooperation and Development said": a
    reporting verb after its words with no subject of its own, where the parser hung the speaker's long name
    on the words' last noun as an apposition set off by a comma that ends right before the verb: that name
    is the speaker; [] for any other verb."""
    if verb.i == 0 or verb.lemma_.lower() not in SPEECH_VERBS:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    words = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    last = verb.doc[verb.i - 1]
    name = last
    while name.dep_ != "appos" and name.head.i != name.i and name.head.i < verb.i and name.i > name.head.i:
        name = name.head
    if name.dep_ != "appos" or name.right_edge.i != last.i or not words:
        return []
    opens = name.left_edge.i
    inside = words[0].left_edge.i <= name.i <= words[0].right_edge.i
    return [name] if inside and opens > 0 and verb.doc[opens - 1].text == "," else []


def is_stranded_speaker(name: Token) -> bool:
    """Is the apposition the speaker of the reporting verb right after it (see `stranded_speaker`), no
    renaming of the noun it hangs on ("cut its deficit, the OECD said": the deficit is not the OECD)?"""
    after = name.right_edge.i + 1
    return name.dep_ == "appos" and after < len(name.doc) and name in stranded_speaker(name.doc[after])


def is_closing_source(name: Token) -> bool:
    """ "Growth will remain sluggish in Belgium, the Organisation for Economic Cooperation and Development
    forecast.": a name set off by a comma before its sentence's last word, a word of speech the parser did
    not read as the verb, is the sentence's source, no renaming of the noun it hangs on."""
    if name.dep_ != "appos" or name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ",":
        return False
    doc, end = name.doc, name.sent.end
    k = name.i
    while k + 1 < end and doc[k + 1].ent_iob_ == "I":
        k += 1  # the rest of the name
    said = k + 1
    if said >= end or doc[said].lemma_.lower() not in SPEECH_VERBS:
        return False
    return all(t.is_punct or t.is_space for t in doc[said + 1 : end])
