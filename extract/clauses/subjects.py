"""Whose subject a verb shares when it names none of its own: the grammar of subject inheritance.

Both readers of clauses use it: the relation extractor (clauses/frame.py), which wants the entities that
act, and Open IE (openie/clauses.py), which wants the subject phrase. Each says how it reads a verb's own
subject and a noun; `find_subject` walks the steps below between them, so a repair made here reaches both.

The steps, tried in this order on a verb without a subject of its own:
- "Kerry said X and said Y" with the second "said" hung on the first report, or "said X, adding Y" with
  "adding" hung on X: the same speaker;
- "Russia attacked Ukraine and France condemned it" with "France" joined to the object: that noun
  (see voice.misparsed_subject);
- a coordinated verb shares its partner's subject (an active verb beside a passive one, the passive's
  subject: "Russia was condemned by France and responded"); a tensed verb after an infinitive continues
  the clause that governs the infinitive ("asked Ukraine to fire him but shielded the firm");
- an act a verb of perception takes is done by whom is perceived ("witnessed them torture detainees");
- an infinitive or participle clause takes its governor's subject, or the governor's object after a
  request ("urged Iraq to stop", "called on Russia to withdraw", "banned the airline from flying"), but
  not after a preposition of means or time ("welcomed Peru by saying …"); after a participle or
  adjective of schedule ("is expected to sign", "was due to meet"), the subject of "be": the event is
  the infinitive's (see raising_governor);
- the gerund of a wrong after a verb of charging is the accused's alleged act: the passive's subject
  ("Peru is accused of shelling X") or the object the parser hung the wrong on (see charged_wrong);
- a relative or participle clause is about the noun it modifies;
- the infinitive of a noun of aim is its owner's act: "Peru's plan to build X", "launched a bid to buy Y"
  (see intent_noun).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TypeVar

from geokg.extract.clauses.quotes import content_conjunct, quoted_as
from geokg.extract.clauses.voice import (
    POSSIBILITY_MODALITY,
    apposed_participle,
    choice_left,
    continued_report,
    headline_doer,
    is_negated,
    is_passive,
    listed_passive,
    listed_patient,
    misparsed_subject,
    modal_of,
    ordered_alongside,
    past_after_aside,
    perceived_doers,
    subjects_gerund,
)
from geokg.extract.entities.coref import expletive
from geokg.extract.lexicon.entity_words import (
    CRAFT_NOUNS,
    CURRENCY_WORDS,
    MAGNITUDE_ABBREVIATIONS,
    VESSEL_KIND_NOUNS,
)
from geokg.extract.lexicon.syntax import (
    AMOUNT_LABELS,
    AUXILIARY_DEPS,
    COMPLEMENT_CLAUSE_DEPS,
    CONTROLLER_DEPS,
    EXPLICIT_SUBJECT_DEPS,
    FINITE_TAGS,
    GOVERNED_CLAUSE_DEPS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    VERB_POS,
    acted_against,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ACT_REACTION_VERBS,
    ACTING_BODY_NOUNS,
    AGREEMENT_NOUNS,
    AIM_DROPPING_VERBS,
    AIM_PARTICIPLES,
    APPEAL_FOR_VERBS,
    CHARGE_VERBS,
    COMPANION_VERBS,
    CONTROL_PREPS,
    CONVEYING_VERBS,
    DEFERRAL_VERBS,
    DELIBERATION_VERBS,
    DESIRABILITY_PREDICATES,
    EXTRAPOSED_PREDICATES,
    FALSITY_ADJECTIVES,
    FOR_CLAUSE_JUDGES,
    GOAL_BRINGING_VERBS,
    HYPOTHETICAL_JUDGES,
    INTENT_NOUNS,
    LIGHT_VERBS,
    OBJECT_CONTROL_VERBS,
    OUTCOME_VERBS,
    PLAN_ADOPTING_VERBS,
    RAISING_PREDICATES,
    RAISING_VERBS,
    REFUSAL_NOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SEALING_VERBS,
    SEEMING_VERBS,
    SOURCE_PREPS,
    SPEECH_NOUNS,
    TRUTH_ADJECTIVES,
)
from spacy.tokens import Token

T = TypeVar("T")
# How a participle or adjective of schedule hangs on "be" or a verb of seeming ("seems poised to").
PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})
RAISING_DEPS = PREDICATIVE_DEPS | {"acl"}
MAX_STEPS = 5  # a longer chain of inheritance is a misparse more often than a sentence


@dataclass(frozen=True, slots=True)
class Step:
    """One step of inheritance: read the subject of `verb`, or take `nouns` as the subject."""

    how: str  # shared | control | participle | relative | reduced-passive
    verb: Token | None = None
    nouns: tuple[Token, ...] = ()
    # A passive verb sharing an active verb's subject (or an active clause governed by a passive one):
    # the shared subject is one verb's agent and the other's patient.
    voice_differs: bool = False


def inheritance(verb: Token) -> Step | None:
    """Where a verb that names no subject of its own takes it from, or None."""
    head = verb.head
    if listed_passive(verb):
        return Step("shared", verb=head)  # "was arrested by X, questioned and released": X questions too
    stolen_by_list = misparsed_subject(verb) if verb.dep_ in ("ccomp", "advcl") else None
    if stolen_by_list is not None:
        # "told Chile and Peru the U.S. would cut …", "with Peru seeking relief and Bolivia announcing …"
        return Step("shared", nouns=(stolen_by_list,))
    if verb.dep_ == "conj":
        reported = content_conjunct(verb)
        if reported is not None:
            return Step("shared", verb=reported)  # "says the UN wanted, and got, a vote"
        if verb.lemma_.lower() in REPORTING_VERBS:
            reporter = _reporting_ancestor(verb)
            if reporter is not None:
                return Step("shared", verb=reporter)
        stolen = misparsed_subject(verb)
        if stolen is not None:
            return Step("shared", nouns=(stolen,))
        if head.pos_ in VERB_POS:
            ordered = [c for c in head.children if c.dep_ in CONTROLLER_DEPS]
            if ordered and ordered_alongside(verb):
                # "sentenced Smith to ten years and to pay a fine": the sentenced pays, not the judge
                return Step("control", nouns=tuple(ordered))
            if (is_passive(verb) or _participle_set_after(verb, head)) and not is_passive(head):
                return Step("shared", verb=head, voice_differs=True)
            if is_passive(head) and not is_passive(verb):
                # "Russia was condemned by France and responded": the passive's subject acts, not its agent.
                # "Baker, asked about X, criticised Y": the subject the parser gave the participle
                apposed = apposed_participle(head)
                patients = tuple(
                    c
                    for c in head.children
                    if c.dep_ == "nsubjpass" or listed_patient(c) or (apposed and c.dep_ == "nsubj")
                )
                return (
                    Step("shared", nouns=patients)
                    if patients
                    else Step("shared", verb=head, voice_differs=True)
                )
            infinitive = head.tag_ == "VB" and head.dep_ in COMPLEMENT_CLAUSE_DEPS
            if infinitive and verb.tag_ in FINITE_TAGS and not _modal_infinitive_conjunct(verb, head):
                return Step("shared", verb=head.head)
            return Step("shared", verb=head)
    reporter = continued_report(verb)
    if reporter is not None:
        return Step("shared", verb=reporter)
    outcome = _outcome_subject(verb)
    if outcome is not None:
        return Step("participle", nouns=(outcome,))
    perceived = perceived_doers(verb)
    if perceived:
        return Step("control", nouns=perceived)
    aim = aimed_noun(verb)
    if aim is not None:
        return _aim_owner(aim)  # "launched a campaign aimed at isolating X": the campaign's owner
    left = choice_left(verb)
    if left is not None:
        return Step("shared", verb=left)  # "had no choice but to impose X": the one who had it imposed X
    vessel = _vessels_conveyance(verb)
    if vessel is not None:
        return Step("participle", nouns=(vessel,))  # "attacked a tanker, the X, carrying oil": the tanker's
    if _elliptic_as_clause(verb):
        return None  # "pays X as agreed with the banks": agreed by someone unnamed, not the payer's act
    reduced = _misread_reduced_relative(verb)
    if reduced is not None:
        return Step("reduced-passive", nouns=(reduced,))  # "aid donors grouped in X": the donors are
    if verb.dep_ in GOVERNED_CLAUSE_DEPS:
        return _from_governor(verb)
    if verb.dep_ == "relcl" and not _infinitive_of_aim(verb):
        return Step("relative", nouns=(head,))
    doer = headline_doer(verb)
    if doer is not None:
        return Step("control", nouns=(doer,))  # "Kerry to visit Iraq"
    if _infinitive_of_aim(verb):
        return _aim_owner(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return _issuer(verb) or Step("participle", nouns=(head,))
    if verb.dep_ == "acl" and past_after_aside(verb):
        return Step("participle", nouns=(head,))  # "Several states, including Japan, protested": they did
    if verb.dep_ == "acl" and _past_tense_on_root_noun(verb):
        return Step("participle", nouns=(head,))  # "The G-7 called on X to ...": the group did
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return Step("reduced-passive", nouns=(head,))
    return None


def _past_tense_on_root_noun(verb: Token) -> bool:
    """ "The G-7 called on West Germany to cut rates.": the parser may make the subject noun the root and
    its verb a clause on it; a verb the tagger marks a past tense (VBD, not a participle), with no subject
    of its own, on a noun that is the root of a body sentence ending in a full stop, is that sentence's main
    verb, the noun its doer."""
    head = verb.head
    if verb.tag_ != "VBD" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    if any(c.dep_ in EXPLICIT_SUBJECT_DEPS or c.dep_ in AUXILIARY_DEPS for c in verb.children):
        return False
    return verb.sent[-1].text in (".", "!", "?")


def _modal_infinitive_conjunct(verb: Token, head: Token) -> bool:
    """Is the tensed verb joined to a modal's infinitive really a second infinitive of that modal, tagged
    as a present tense (the two forms are one word): "the venture would process ore and aim to sell it,
    Garcia said" is one clause of the venture's? A past or third-person form cannot follow the modal
    ("predicted Trump would lose and asked voters to ...": the predicter asks), and continues the
    clause that governs the infinitive, as after any infinitive ("asked X to fire him but shielded Y"),
    when its tense is the governing verb's."""
    if verb.tag_ == "VBP" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True
    # "the venture would process ore and aims to sell it, Garcia said": a present tense beside a past
    # governor (or a past beside a present one) is not the governor's clause going on
    governor = head.head
    return governor.tag_ in FINITE_TAGS and (verb.tag_ == "VBD") != (governor.tag_ == "VBD")


def _vessels_conveyance(verb: Token) -> Token | None:
    """ "Iran attacked a tanker, the Bridgeton, carrying oil to Kuwait": the parser hangs the participle of
    what a vessel carries or flies (conveying_verbs) on the governing verb, after the vessel it acts on and
    that vessel's name; it is a reduced relative on the vessel (craft_nouns, vessel_kind_nouns), not the
    attacker's deed. The vessel's noun, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in CONVEYING_VERBS:
        return None
    if any(c.dep_ in EXPLICIT_SUBJECT_DEPS or c.dep_ in ("mark", "prt") for c in verb.children):
        return None  # "carrying out", "while flying to X": the doer's own
    vessels = CRAFT_NOUNS | VESSEL_KIND_NOUNS
    for noun in verb.head.children:
        if noun.dep_ != "dobj" or noun.i > verb.i or noun.lemma_.lower() not in vessels:
            continue
        between = [t for t in verb.doc[noun.right_edge.i + 1 : verb.i] if not t.is_punct]
        if not between:
            return noun
    return None


def _elliptic_as_clause(verb: Token) -> bool:
    """ "pays the debt as agreed with the banks", "as planned by the council": "as" with a bare past form and
    no subject or auxiliary of its own is an elliptic passive ("as [was] agreed"), a manner of the governing
    clause whose doer is unnamed; the governing subject is not its doer (the terms may have been agreed by
    anyone), and its verb is no statement of that subject's."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return False
    return not any(c.dep_ in EXPLICIT_SUBJECT_DEPS or c.dep_ in AUXILIARY_DEPS for c in verb.children)


def _misread_reduced_relative(verb: Token) -> Token | None:
    """ "told the meeting of aid donors grouped in the IGG that ...": a participle in "-ed" right after a
    noun of the governing clause, read as a clause of the governing verb (reported or adverbial) with no
    subject of its own, is a reduced relative on that noun (as "acl" would have it). The noun, or None."""
    if verb.dep_ not in ("ccomp", "advcl") or verb.tag_ != "VBD" or not verb.lower_.endswith("ed"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    governor = verb.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        # (a name is no such noun: "flying from Tomsk in Siberia headed for Moscow" heads for Moscow)
        return None
    return noun if governor in noun.ancestors else None


def intent_noun(verb: Token) -> tuple[Token, Token | None] | None:
    """The noun of aim whose "to"-infinitive the verb is, when the aim's owner is named ("bid" in
    "launched a bid to buy X", "plans" in "Peru's plans to build Y"), or whose participle of aim the verb's
    gerund completes ("campaign" in "launched a campaign aimed at isolating X"): the owner's act, not yet
    done. With the noun, the light verb that makes it, if that is how its owner is named ("launched")."""
    aim = verb.head if _infinitive_of_aim(verb) else aimed_noun(verb)
    if aim is None:
        return None
    owner = _aim_owner(aim)
    return (aim, owner.verb) if owner is not None else None


def aim_participle(verb: Token) -> Token | None:
    """The participle of aim ("aimed" in "a campaign aimed at isolating X", words.tsv aim_participles)
    whose preposition the gerund completes, on the noun it modifies; or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    participle = prep.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.pos_ != "NOUN":
        return None
    return participle if f"{participle.lemma_.lower()} {prep.lower_}" in AIM_PARTICIPLES else None


def aim_modal(verb: Token) -> str | None:
    """The modal of a deed stated as an aim by a participle of aim ("aimed at cutting": will), or None."""
    participle = aim_participle(verb)
    if participle is None:
        return None
    return AIM_PARTICIPLES.get(f"{participle.lemma_.lower()} {verb.head.lower_}")


def aimed_noun(verb: Token) -> Token | None:
    """The noun of aim a gerund states the aim of through a participle of aim ("a plan aimed at cutting
    tariffs on X": plan); not a noun of no aim ("the strikes aimed at Y")."""
    participle = aim_participle(verb)
    return participle.head if participle is not None and _aim_noun(participle.head) else None


def _aim_owner(aim: Token) -> Step | None:
    """Whose aim it is: its possessor, or the subject of the light verb that makes it ("made an offer",
    "announced plans"); not the subject of another verb ("rejected the plan to build X")."""
    owners = tuple(c for c in aim.children if c.dep_ == "poss")
    if owners:
        return Step("control", nouns=owners)
    dropper = dropped_aim(aim) if aim.lemma_.lower() in INTENT_NOUNS else None
    if dropper is not None and aim.dep_ == "pobj":
        return Step("control", verb=dropper)  # "backed down on plans to give X": the dropper's own aim
    governor = aim.head
    if aim.dep_ != "dobj" or governor.pos_ not in VERB_POS:
        return None
    verb = governor.lemma_.lower()
    if verb in LIGHT_VERBS or (aim.lemma_.lower() in AGREEMENT_NOUNS and verb in SEALING_VERBS):
        return Step("control", verb=governor)
    if dropped_aim(aim) is not None and aim.lemma_.lower() in INTENT_NOUNS:
        return Step("control", verb=governor)  # "abandoned plans to impose X": the dropper's own aim
    if verb in PLAN_ADOPTING_VERBS and aim.lemma_.lower() in INTENT_NOUNS:
        return Step("control", verb=governor)  # "approved plans to send X": the approver's deed to come
    if verb in DELIBERATION_VERBS and aim.lemma_.lower() in INTENT_NOUNS and not _authored(aim):
        return Step("control", verb=governor)  # "is studying a plan to buy X": the studier's deed, maybe
    return None


def dropped_aim(aim: Token) -> Token | None:
    """ "Spain abandoned its plan to sell X", "is backing down on its offer to buy Y": the verb by which the
    aim is dropped (aim_dropping_verbs), not denied ("did not abandon its plan"), or None."""
    governor = aim.head
    through = None
    particles: tuple[str, ...] = ()
    if aim.dep_ == "pobj" and governor.dep_ == "prep":
        through, governor = governor, governor.head  # "backed away from its plan"
        if governor.dep_ == "advmod" and governor.head.pos_ in VERB_POS:
            # "is backing away from its plans": the parser reads the particle as an adverb and hangs the
            # preposition on it; the phrasal verb is the particle's head with it
            particles, governor = (governor.lower_,), governor.head
    elif aim.dep_ not in ("dobj", "nsubjpass"):
        return None
    if governor.pos_ not in VERB_POS or is_negated(governor):
        return None
    lemma = governor.lemma_.lower()
    particles += tuple(c.lower_ for c in governor.children if c.dep_ == "prt")
    phrasal = " ".join((lemma, *particles))
    if phrasal in AIM_DROPPING_VERBS and phrasal != lemma:
        return governor  # "gave up its plan", "backed down on its plan"
    if lemma in AIM_DROPPING_VERBS and (through is None or lemma == "retreat"):
        return governor  # "scrapped its plan", "retreated from its plan"
    return None


def deferred_by(verb: Token) -> Token | None:
    """ "Chile put off imposing tariffs on Peru", "agreed to hold up sending troops", "held off on buying X":
    the verb of deferral (deferral_verbs) whose gerund the act is, not denied itself ("did not delay
    imposing X" imposed it), or None. A deferred act is put off, not denied (Frame: the deferral leads its
    predicate and codes it)."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in VERB_POS:
        node = node.head  # "postponed buying X and selling Y": both put off
    if node.tag_ != "VBG":
        return None
    governor = node.head
    if node.dep_ == "pcomp" and governor.dep_ == "prep" and governor.lower_ == "on":
        governor = governor.head  # "held off on imposing X"
    elif node.dep_ not in ("xcomp", "advcl", "dobj"):
        return None
    if governor.pos_ not in VERB_POS or is_negated(governor):
        return None
    lemma = governor.lemma_.lower()
    phrasal = " ".join((lemma, *(c.lower_ for c in governor.children if c.dep_ == "prt")))
    return governor if phrasal in DEFERRAL_VERBS or lemma in DEFERRAL_VERBS else None


def _authored(aim: Token) -> bool:
    """Does a noun of aim name its maker in a phrase ("a proposal by Chile to sell X", "a plan from Y")?"""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in aim.children)


def _infinitive_of_aim(verb: Token) -> bool:
    """ "a bid to buy X", "a deal to supply Y" (which the parser may also hang on the noun as a relative
    clause): the "to"-infinitive of a noun of aim or agreement."""
    return verb.dep_ in ("acl", "relcl") and to_infinitive(verb) and _aim_noun(verb.head)


def _aim_noun(noun: Token) -> bool:
    """A noun of aim ("bid", "plan") or of agreement ("contract", "deal"), whose "to"-infinitive is its
    owner's deed to come, or of refusal ("refusal"), whose infinitive is its owner's deed refused."""
    lemma = noun.lemma_.lower()
    return lemma in INTENT_NOUNS or lemma in AGREEMENT_NOUNS or lemma in REFUSAL_NOUNS


def _outcome_subject(verb: Token) -> Token | None:
    """ "led to the city using the army", "resulted in the state closing schools": the parser hangs the
    gerund on the verb of outcome, but its subject is the noun of what came of it, right before it (an
    accusative subject), not whoever led to it (outcome_verbs)."""
    governor = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or governor.pos_ not in VERB_POS:
        return None
    prep = OUTCOME_VERBS.get(governor.lemma_.lower())
    for child in governor.children:
        if child.dep_ == "prep" and child.lower_ == prep and child.i < verb.i:
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.right_edge.i == verb.i - 1:
                    return noun
    return None


def raising_governor(verb: Token) -> Token | None:
    """The participle or adjective of schedule whose infinitive the verb is ("expected" in "Peru is
    expected to sign X", "due" in "was due to meet Y", "set" in "Chile, set to host Z"): it says when
    the event comes, not who does it, and neither the expecting nor the schedule is the event."""
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in VERB_POS
        and not any(c.dep_ in EXPLICIT_SUBJECT_DEPS for c in verb.children)
    ):
        verb = verb.head  # "is expected to sign X and meet Y": both under "expected"
    governor = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or governor.lemma_.lower() not in RAISING_PREDICATES:
        return None
    if governor.dep_ in RAISING_DEPS or is_passive(governor):
        return governor
    if governor.pos_ in VERB_POS and governor.lemma_.lower() in SEEMING_VERBS:
        return governor  # "the Senate appears to have blocked X"
    return None


def extraposed_likelihood(verb: Token) -> Token | None:
    """ "It is unlikely that X will attack Y", "it is thought highly likely that ...": the adjective of
    likelihood whose extraposed clause the verb heads, which judges the event as "X is unlikely to attack
    Y" does (raising_governor); the expletive "it" does nothing. Also the adjectives only extraposed, of
    judged impossibility ("it is inconceivable that X would yield to Y": X may not yield)."""
    adjective = _extraposing_adjective(verb, RAISING_PREDICATES.keys() | EXTRAPOSED_PREDICATES.keys())
    return adjective or _extraposing_phrase(verb)


def judged_by(scheduled: Token) -> str:
    """The entry a word or phrase of schedule or likelihood is listed under: its lemma, or for a phrase
    on the copula ("it is out of the question that ...") its words up to the noun the clause hangs on."""
    if scheduled.dep_ != "prep":
        return scheduled.lemma_.lower()
    return scheduled.doc[scheduled.i : _phrase_end(scheduled).i + 1].text.lower()


def _phrase_end(preposition: Token) -> Token:
    """The last word of a prepositional phrase down its chain of prepositions and their objects ("out of
    the question": "question"), not into a clause."""
    node = preposition
    while (step := next((c for c in node.children if c.dep_ in ("prep", "pobj")), None)) is not None:
        node = step
    return node


def _extraposing_phrase(verb: Token) -> Token | None:
    """ "It is out of the question that X would attack Y": the phrase on the copula, whose last noun
    carries the extraposed clause, when it is listed (extraposed_predicates); its preposition, or None."""
    if verb.dep_ not in ("acl", "ccomp") or not _that_clause(verb):
        return None
    noun = verb.head
    if noun.dep_ != "pobj":
        return None
    top = noun.head
    while top.dep_ in ("prep", "pobj") and top.head.pos_ not in VERB_POS:
        top = top.head
    clause = top.head
    if top.dep_ != "prep" or clause.lemma_ != "be" or _phrase_end(top).i != noun.i:
        return None
    if judged_by(top) not in EXTRAPOSED_PREDICATES:
        return None
    return top if _it_subject(clause) else None


def extraposed_wish(verb: Token) -> Token | None:
    """ "It is important that Japan listens to U.S. views", "it is essential that X withdraws": the
    adjective of what should be whose extraposed clause the verb heads; the clause is wished, not done."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head  # "it is vital that X withdraws and pays": both wished
    adjective = _extraposing_adjective(verb, DESIRABILITY_PREDICATES)
    if adjective is None or is_negated(adjective) or is_negated(adjective.head):
        return None  # "it is not essential that X attends" wishes nothing
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None  # "it was crucial that X withdrew (had withdrawn)": a deed done, judged
    return adjective


def judged_for_clause(verb: Token) -> str | None:
    """ "The only solution is for Britain to join X", "it would be better for X to sign Y", "the plan is for X
    to visit Y": an infinitive with its own subject after "for", hung on a "be" whose subject or predicative
    is a word of advice or of a plan (for_clause_judges), is recommended or planned, not done: that word's
    modality, or None. Not under a denied "be" ("it would not be wise for X to ..."), which says nothing
    the act's modality can carry."""
    found = _for_clause_judges(verb) or _advising_noun(verb)
    if found is None or is_negated(found[0]):
        return None
    # the parser lemmatises "better" as "well": the word as written first
    return next((FOR_CLAUSE_JUDGES[w] for w in found[1] if w in FOR_CLAUSE_JUDGES), None)


def goal_of_be(verb: Token) -> str | None:
    """ "An immediate goal is to get Shell to stop selling fuel to X", "our aim is to isolate Y": the
    infinitive after a "be" whose subject is a word of aim or advice (for_clause_judges: goal, aim, plan,
    solution, ...) states a wish, not a deed: that word's modality; and an act another is to be brought to
    ("to get (have, persuade) X to V") is asked of X: "should". None otherwise, and under a denied "be"."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    brought = None
    bringer = verb.head
    own_subject = any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)
    if verb.dep_ in ("ccomp", "xcomp") and bringer.lemma_.lower() in GOAL_BRINGING_VERBS and own_subject:
        brought, verb = verb, bringer  # "to get Shell to stop": Shell is asked to stop
    be = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or be.lemma_ != "be" or is_negated(be):
        return None
    subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < verb.i]
    words = [s.lemma_.lower() for s in subjects]
    modal = next((FOR_CLAUSE_JUDGES[w] for w in words if w in FOR_CLAUSE_JUDGES), None)
    if modal is None:
        return None
    return "should" if brought is not None else modal


HYPOTHETICAL_MODALS = ("would", "could", "might", "may")


def weighed_for_clause(verb: Token) -> tuple[bool, str] | None:
    """ "It would be foolish (difficult, a mistake) for X to attack Y", "it is hard for X to cut Y": an act
    whose doer follows "for", weighed by a judgement (hypothetical_judges) on a "be" with an empty "it", is
    not said to be done: whether it is denied and its modality (the copula's modal, else "may"), or None.
    "Impossible" denies it ("could"), and so does "not possible" ("not easy" only weighs it). Not a past
    judgement without a modal ("it was a mistake for X to invade Y"): the deed was done. The frame drops an
    act only weighed (merely_weighed) before it asks this, so "weigh" reaches here only in the past."""
    judged = _hypothetical_judge(verb)
    if judged is None:
        return None
    be, kind = judged
    modal, denied = modal_of(be), is_negated(be)
    if (kind == "deny" and not denied) or (kind == "allow" and denied):
        return True, modal or "could"  # "it is impossible (not possible) for X to pay Y": X could not pay Y
    if modal is None and be.tag_ == "VBD" and kind == "weigh":
        return None  # "it was wrong for X to attack Y": X attacked Y
    return False, modal if modal in HYPOTHETICAL_MODALS else POSSIBILITY_MODALITY


def merely_weighed(verb: Token) -> bool:
    """ "It would be foolish (a mistake, unwise) for X to attack Y", "it is hard for X to cut Y": an act a
    judgement of its sense or ease ("weigh" in hypothetical_judges) weighs for its doer after "for" is no act
    of that doer's, not even one that would be: the speaker judges a course, nobody says X takes it. Not a
    past judgement without a modal ("it was wrong for X to invade Y": the deed was done)."""
    judged = _hypothetical_judge(verb)
    if judged is None or judged[1] != "weigh":
        return False
    be = judged[0]
    return not (modal_of(be) is None and be.tag_ == "VBD")


def _hypothetical_judge(verb: Token) -> tuple[Token, str] | None:
    """The "be" with an empty "it" that a "for X to <verb>" clause hangs on, judged by a word of
    hypothetical_judges, and that word's kind (weigh, deny, allow); or None."""
    found = _for_clause_judges(verb) or _judging_noun(verb)
    if found is None or not _it_subject(found[0]):
        return None
    be, words = found
    kind = next((HYPOTHETICAL_JUDGES[w] for w in words if w in HYPOTHETICAL_JUDGES), None)
    return None if kind is None else (be, kind)


def _judging_noun(verb: Token) -> tuple[Token, list[str]] | None:
    """ "It would be a mistake for X to attack Y": the parser hangs the infinitive on the predicative noun;
    the "be" of that noun, and the noun's words."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl", "advcl") or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" and c.i < verb.i for c in verb.children)
    own_subject = any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)
    if not marked or not own_subject or not to_infinitive(verb):
        return None
    return noun.head, [noun.lower_, noun.lemma_.lower()]


def planned_for_noun(verb: Token) -> Token | None:
    """The noun of advice or of a plan a "for"-infinitive with its own subject completes ("plans for the
    island to be shared between X and Y": plans), or None."""
    found = _advising_noun(verb)
    return found[0] if found is not None else None


def _advising_noun(verb: Token) -> tuple[Token, list[str]] | None:
    """ "the need (call, pressure) for Brazil to present X", "it is time for Japan to open Y": a
    "for"-infinitive with its own subject hung on a noun of advice or of a plan (for_clause_judges) that it
    completes, with no "be" between them; the noun, and its words."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head  # "the need for X to cut Y and pay Z": both advised
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl", "advcl") or noun.pos_ not in NOUN_POS or noun.i > verb.i:
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" and c.i < verb.i for c in verb.children)
    own_subject = any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)
    if not marked or not own_subject or not to_infinitive(verb):
        return None
    words = [noun.lower_, noun.lemma_.lower()]
    return (noun, words) if any(w in FOR_CLAUSE_JUDGES for w in words) else None


def _for_clause_judges(verb: Token) -> tuple[Token, list[str]] | None:
    """The "be" an infinitive with its own subject after "for" hangs on, and the words (as written and
    lemmatised) of that "be"'s subject and predicative that may judge it."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head  # "the answer is for X to leave Y and pay Z": both recommended
    be = verb.head
    if verb.dep_ not in ("advcl", "ccomp", "xcomp") or be.lemma_ != "be" or be.i == verb.i:
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" and c.i < verb.i for c in verb.children)
    own_subject = any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)
    if not marked or not own_subject or not to_infinitive(verb):
        return None
    judges = [c for c in be.children if c.dep_ in ("nsubj", "acomp", "attr") and c.i < verb.i]
    if any(j.dep_ == "acomp" for j in judges):
        # "the way is now clear for X to join Y": the adjective judges, and an open way advises nothing
        judges = [j for j in judges if j.dep_ == "acomp"]
    return be, [w for j in judges for w in (j.lower_, j.lemma_.lower())]


def _extraposing_adjective(verb: Token, words: Collection[str]) -> Token | None:
    if verb.dep_ != "ccomp" or not (_that_clause(verb) or _bare_clause(verb)):
        return None
    head = verb.head
    adjectives = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ in PREDICATIVE_DEPS]
    for adjective in adjectives:
        if adjective.pos_ != "ADJ" or adjective.lemma_.lower() not in words:
            continue
        clause = adjective.head if adjective.dep_ in PREDICATIVE_DEPS else adjective
        if _it_subject(clause):
            return adjective
    return None


def extraposed_denial(verb: Token) -> bool:
    """ "it was not true that X had threatened Y", "it is untrue (false, baseless) that X attacked Y": the
    clause extraposed after a judgement of truth (falsity_adjectives, truth_adjectives) that denies it did
    not happen."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head  # "it is false that X attacked and occupied Y": both denied
    adjective = _extraposing_adjective(verb, FALSITY_ADJECTIVES | TRUTH_ADJECTIVES)
    if adjective is None or adjective.dep_ != "acomp" or adjective.head.lemma_ != "be":
        return False
    denied = is_negated(adjective.head)
    return adjective.lemma_.lower() in (TRUTH_ADJECTIVES if denied else FALSITY_ADJECTIVES)


def _that_clause(verb: Token) -> bool:
    """Is the verb's clause marked by "that" (an extraposed clause: "it is unlikely that X ...")?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _bare_clause(verb: Token) -> bool:
    """ "It is unlikely Jones will sign": an extraposed clause without its "that", after the copula's
    adjective, with a subject of its own and no other mark ("whether", "if")."""
    if verb.i < verb.head.i or any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(c.dep_ in EXPLICIT_SUBJECT_DEPS and c.lower_ != "it" for c in verb.children)


def _it_subject(clause: Token) -> bool:
    """Has the clause an "it" for its subject (the expletive an extraposed clause leaves behind)?"""
    return any(c.dep_ in EXPLICIT_SUBJECT_DEPS and c.lower_ == "it" for c in clause.children)


def _raised_subject(verb: Token) -> Step | None:
    """Whose event an infinitive after a participle or adjective of schedule is: the subject of "be"
    (or the noun a reduced clause modifies: "Chile, set to host the summit")."""
    governor = raising_governor(verb) if verb.dep_ == "xcomp" else None
    if governor is None:
        return None
    passive = _passive_subject(governor)
    if passive is not None:
        return passive
    if governor.dep_ in PREDICATIVE_DEPS and governor.head.pos_ in VERB_POS:
        hedged = _passive_subject(governor.head) if is_passive(governor.head) else None
        # "X is thought likely to attend": the thinking is a hedge; X attends, not the unnamed thinkers
        return hedged or Step("control", verb=governor.head)  # "is due to meet", "seems poised to attack"
    if not is_passive(governor) and governor.lemma_.lower() in SEEMING_VERBS:
        return Step("control", verb=governor)
    return None


def _passive_subject(participle: Token) -> Step | None:
    """Whom a passive participle is said of: its passive subject, the noun a relative pronoun stands for
    ("Merkel, who is expected to meet X"), or the noun a reduced clause modifies ("Peru, accused of …")."""
    raised = tuple(c for c in participle.children if c.dep_ == "nsubjpass")
    if any(c.lower_ in RELATIVE_PRONOUNS for c in raised) and participle.dep_ == "relcl":
        return Step("control", nouns=(participle.head,))
    if raised:
        return Step("control", nouns=raised)
    if participle.dep_ == "acl":
        return Step("control", nouns=(participle.head,))
    return None


def charged_wrong(verb: Token) -> Token | None:
    """The verb of charging whose wrong a gerund names ("accused" in "Peru is accused of shelling X",
    "charged" in "charged Y with smuggling arms"), the preposition hung on that verb or, as the parser
    often does, on the accused after it; None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    charging = prep.head
    if charging.pos_ in NOUN_POS and charging.dep_ == "dobj":
        charging = charging.head  # "accused Peru of shelling X" with "of" on "Peru"
    if charging.pos_ not in VERB_POS or CHARGE_VERBS.get(charging.lemma_.lower()) != prep.lower_:
        return None
    return charging


def _accused(verb: Token) -> Step | None:
    """ "Peru is accused of shelling X", "Y, charged with smuggling arms": the gerund of a wrong is the
    accused's (alleged) act, not the accuser's; the passive's subject, or the object the parser hung the
    wrong on. (An active verb's object does it as after any preposition of control.)"""
    charging = charged_wrong(verb)
    if charging is None:
        return None
    if verb.head.head.i != charging.i:
        return Step("control", nouns=(verb.head.head,))
    return _passive_subject(charging) if is_passive(charging) else None


def _from_governor(verb: Token) -> Step | None:
    raised = _raised_subject(verb) or _accused(verb)
    if raised is not None:
        return raised
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if governor.pos_ not in VERB_POS:
        return None
    quoted = quoted_as(verb)
    if quoted:
        # "X was quoted by the paper as saying …": the one quoted speaks, never the by-agent who quotes
        return Step("control", nouns=tuple(quoted))
    # "called for the creation of a fund to help Peru": the fund helps, as if the parser had hung the
    # infinitive on it; so does "rejected (backed) Smith's Global Aid Facility to raise aid to X": the
    # facility's purpose, not a deed of the one who judges it. An aim noun's is its owner's ("pressed for a
    # plan to …": no one named), never the judge's.
    body = _body_before_infinitive(verb, governor)
    if body is None:
        body = _judged_body_before_infinitive(verb, governor)
    if body is not None:
        return _aim_owner(body) if _aim_noun(body) else Step("relative", nouns=(body,))
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))
    lemma = governor.lemma_.lower()
    raising = verb.dep_ == "xcomp" and lemma in RAISING_VERBS
    if is_passive(governor) and (raising or (infinitive and lemma in OBJECT_CONTROL_VERBS)):
        # "a bombing was reported to have killed X": the report's subject does the reported act; "Iran was
        # urged by France to cooperate": the one urged acts, never the by-agent who urged
        raised = tuple(c for c in governor.children if c.dep_ == "nsubjpass")
        if raised:
            return Step("control", nouns=raised)
    governed = [c for c in governor.children if c.dep_ in CONTROLLER_DEPS]
    if not governed and infinitive:
        # "called on Russia to withdraw", "appealed to Iran to release"; "called for President X
        # immediately to force Y ...", where the parser takes the "for" for a preposition of the verb rather
        # than the mark of the clause's subject: a named actor asked for acts, as after "called on"
        governed = [
            p
            for c in governor.children
            if c.dep_ == "prep" and (c.lower_ in CONTROL_PREPS or _asked_for_by_name(c, verb))
            for p in c.children
            if p.dep_ == "pobj"
        ]
    if verb.dep_ == "pcomp" and governed and all(_sum_of_money(g) for g in governed):
        governed = []  # "spent 400m euros on buying X", "paid $4m for breaking Y": the payer's act
    if verb.dep_ == "pcomp" and not subjects_gerund(verb):
        governed = [_acted_against(g, verb) or g for g in governed]
    companion = _companion(verb, governor, governed)
    if companion is not None:
        return companion
    if verb.dep_ == "pcomp" and subjects_gerund(verb):
        speaker = _impersonal_report(governor)
        if speaker is not None:
            return Step("participle", verb=speaker)
    if governed and (
        (infinitive and lemma in OBJECT_CONTROL_VERBS) or (verb.dep_ == "pcomp" and not subjects_gerund(verb))
    ):
        # "urged Iraq to stop"; "stop weapons from flowing", "banned the airline from flying"
        return Step("control", nouns=tuple(governed))
    how = "control" if verb.dep_ == "xcomp" else "participle"
    return Step(how, verb=governor, voice_differs=verb.dep_ != "xcomp" and is_passive(governor))


def _sum_of_money(noun: Token) -> bool:
    """ "400m euros", "$4m", "400 m": an amount the tagger marks, or a currency or scale word with its
    number; a sum does no act of a gerund of control, as an object actor does ("stopped the firm from
    selling")."""
    if noun.ent_type_ in AMOUNT_LABELS:
        return True
    if noun.lower_ not in CURRENCY_WORDS and noun.lower_ not in MAGNITUDE_ABBREVIATIONS:
        return False
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    counted = before is not None and (before.like_num or before.lower_ in MAGNITUDE_ABBREVIATIONS)
    return counted or any(c.dep_ == "nummod" for c in noun.children)


def _participle_set_after(verb: Token, head: Token) -> bool:
    """ "X is fighting the sale of Y, auctioned off last year to pay a tax bill": a bare past participle (no
    subject, auxiliary nor object of its own) set off by a comma after a verb in the present or in "-ing"
    shares no tense with it; it is a reduced passive said of a thing, and the head's subject neither does
    it nor what it is done for."""
    doc = verb.doc
    if verb.tag_ != "VBN" or head.tag_ not in ("VBG", "VBZ", "VBP") or verb.i < head.i + 2:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent", "cc") for c in verb.children):
        return False
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False  # "is fighting and won": a list of the head's own deeds
    return doc[verb.left_edge.i - 1].text == ","


def _acted_against(act: Token, gerund: Token) -> Token | None:
    """ "levied duties on Peru for flouting its accord", "sanctions against X for violating its pledge":
    an object that is an act, not a party (no name of its own), names the one it is done to after "against"
    or "on" before the gerund (syntax.acted_against); that one is the gerund's doer, as the object is in
    "fined Peru for breaking its pact" (coref reads the gerund's possessive the same way). One named party
    only, else None."""
    if act.ent_type_ or act.pos_ != "NOUN":
        return None
    found = acted_against(act, gerund.i)
    return found[0] if len(found) == 1 else None


def _body_before_infinitive(verb: Token, governor: Token) -> Token | None:
    """ "Arana called for the establishment of an Andean fund to help Peru": a "to"-infinitive the parser
    hangs on the verb right after a body, fund or means (acting_body_nouns) or an aim (intent_nouns) that the
    verb takes as its object, or after a preposition, or through that noun's "of" or "for", says what the body
    would do, not what the verb's subject does. The noun, or None. A named party there is no such noun: "urged
    Peru to help Bolivia" (Peru acts, by control), "asked for time to study it" (the asker studies)."""
    if verb.dep_ != "advcl" or not to_infinitive(verb) or verb.left_edge.i == 0:
        return None
    noun = verb.doc[verb.left_edge.i - 1]
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.right_edge.i != noun.i:
        return None
    lemma = noun.lemma_.lower()
    if lemma not in ACTING_BODY_NOUNS and lemma not in INTENT_NOUNS:
        return None
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep = node.head
        if prep.head.i == governor.i:
            return noun
        if prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
            return None
        node = prep.head  # "the establishment of a fund", "a call for a force"
    return noun if node.dep_ == "dobj" and node.head.i == governor.i else None


def _judged_body_before_infinitive(verb: Token, governor: Token) -> Token | None:
    """ "cannot support Smith's Global Aid Facility to raise aid to X", "rejected the Dutch plan to cut Y": a
    "to"-infinitive right after the object of a verb that judges an act or a measure (act_reaction_verbs),
    where that object is a body, fund or means (acting_body_nouns) or an aim (intent_nouns), named or not,
    says what the thing is for, not what the one who judges it does (the parser hangs it on the verb, as it
    would "urged Peru to help X"). The noun, or None."""
    if verb.dep_ not in ("xcomp", "advcl") or not to_infinitive(verb) or verb.left_edge.i == 0:
        return None
    if governor.lemma_.lower() not in ACT_REACTION_VERBS:
        return None
    noun = verb.doc[verb.left_edge.i - 1]
    if noun.dep_ != "dobj" or noun.head.i != governor.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = noun.lemma_.lower()
    return noun if lemma in ACTING_BODY_NOUNS or lemma in INTENT_NOUNS else None


def _asked_for_by_name(prep: Token, verb: Token) -> bool:
    """ "called (appealed, pressed) for President X to force Y": a "for" phrase naming an actor (a person,
    body or state) before the infinitive, on a verb that asks for something (appeal_for_verbs), names who is
    asked to act; not "pressed for years to win X", "asked for time to study it", where the asker acts."""
    if prep.lower_ != "for" or prep.head.lemma_.lower() not in APPEAL_FOR_VERBS or prep.i > verb.i:
        return False
    return any(p.dep_ == "pobj" and p.ent_type_ in ISSUER_LABELS | {"NORP"} for p in prep.children)


def _companion(verb: Token, governor: Token, governed: list[Token]) -> Step | None:
    """ "Peru joined Chile in condemning X": both condemn; "Peru followed Chile in recognising X": Peru
    recognises, as Chile did in another event before it (companion_verbs). Never the object alone."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.i != governor.i:
        return None
    kind = COMPANION_VERBS.get(governor.lemma_.lower())
    if kind is None or is_passive(governor) or not _plainly_done(governor):
        return None
    subjects = tuple(c for c in governor.children if c.dep_ in EXPLICIT_SUBJECT_DEPS)
    if kind == "both" and subjects:
        return Step("control", nouns=subjects + tuple(governed))
    return Step("participle", verb=governor)


def _plainly_done(verb: Token) -> bool:
    """Is the verb a plain tense of its own, with no modal nor negation, and governed by no verb (whose
    modality a gerund after it would not share: "will follow Chile in recognising X" is not yet done)?"""
    if verb.tag_ not in FINITE_TAGS and verb.tag_ != "VBN":
        return False
    if verb.dep_ in GOVERNED_CLAUSE_DEPS or verb.dep_ == "ccomp":
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _impersonal_report(clause: Token) -> Token | None:
    """ "X said that after meeting Y, it was clear that ...": a reported clause whose subject is an
    expletive "it" leaves a gerund of time or means no doer of its own; the speaker did it (his meeting,
    not the judgment's). The reporting verb, or None."""
    reporter = clause.head
    if (
        clause.dep_ == "ccomp"
        and reporter.lemma_.lower() in REPORTING_VERBS
        and any(expletive(c) for c in clause.children)
    ):
        return reporter
    return None


# The kinds of names that issue a document named before it ("a Foreign Ministry statement", "a UN report").
ISSUER_LABELS = frozenset({"ORG", "GPE", "PERSON"})


def _issuer(verb: Token) -> Step | None:
    """ "issued a statement saying X", "in a letter arguing X", "Peru's statement noting X", "a report by
    Amnesty saying X": a document says what whoever issued it says."""
    document = verb.head
    if verb.lemma_.lower() not in REPORTING_VERBS or document.lemma_.lower() not in SPEECH_NOUNS:
        return None
    owners = tuple(c for c in document.children if c.dep_ == "poss")
    # "a Foreign Ministry statement saying X": the name before the document is its issuer
    owners += tuple(
        c
        for c in document.children
        if c.dep_ == "compound" and c.i < document.i and c.ent_type_ in ISSUER_LABELS
    )
    owners += tuple(
        p
        for c in document.children
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS and c.lower_ != "of"
        for p in c.children
        if p.dep_ == "pobj"
    )
    if owners:
        return Step("participle", nouns=owners)
    governor = document.head.head if document.dep_ == "pobj" else document.head
    if document.dep_ in ("dobj", "pobj") and governor.pos_ in VERB_POS:
        return Step("participle", verb=governor)
    return None


def _reporting_ancestor(verb: Token) -> Token | None:
    """ "Kerry said X and said Y": the parser often hangs the second "said" off the first report's
    content; it is the same speaker speaking again. A report that follows ("Iran denied X and said Y,
    Tehran Radio said") is the outlet relaying both verbs: the second shares the first one's subject."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_ == verb.lemma_:
            return node.head if node.head.i < verb.i else None
        node = node.head
    return None


def find_subject(
    verb: Token,
    own: Callable[[Token], list[T] | None],
    noun: Callable[[Token, Token], list[T]],
    follows: Callable[[Step], bool] = lambda step: True,
    depth: int = 0,
) -> tuple[list[T], str]:
    """The subject of `verb` as its reader reads it, and how it was found ("own" or a Step's `how`).

    `own(verb)` reads a verb's own subject: None when the verb names none (inheritance then starts), a
    list (even an empty one: "a drone strike killed…" names a subject that is no entity) when it does.
    `noun(noun, verb)` reads a noun that a step names as the subject of `verb`. `follows(step)` says
    which steps this reader accepts.
    """
    found = own(verb)
    if found is not None or depth >= MAX_STEPS:
        return found or [], "own"
    step = inheritance(verb)
    if step is None or not follows(step):
        return [], "none"
    if step.verb is not None:
        return find_subject(step.verb, own, noun, follows, depth + 1)[0], step.how
    return [x for n in step.nouns for x in noun(n, verb)], step.how
