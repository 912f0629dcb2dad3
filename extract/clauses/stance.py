"""A speaker's stance toward whom they speak of: a demand, an accusation, criticism or praise, read from
what they say or call them.

"Chile told Peru that Peru must stop the flights" demands (CAMEO 10); "the mayor claimed the militia
shelled a village" and "said the militia are the culprits" accuse (11); "the senator said the minister is
trying ... a deeply reckless way to govern" and "Chile called Peru's plan absurd"
criticise (11); "called the accord historic" and "said the minister was a brave and tireless negotiator"
praise (05). The words of judgement are lists in words.tsv;
a negated or hedged statement ("said Iraq had not provided arms") takes no stance, and nobody demands of
their own side.
"""

from __future__ import annotations

from itertools import pairwise

from geokg.extract.clauses.objects import verb_arguments, verb_particles
from geokg.extract.clauses.subjects import judged_for_clause
from geokg.extract.clauses.voice import is_negated, is_passive, modal_of
from geokg.extract.entities.actors import sector_of_noun
from geokg.extract.lexicon.cameo import (
    ACCUSING_CODES,
    ACCUSING_ROOTS,
    Sense,
    event_code,
    event_root,
    sentence_classes,
)
from geokg.extract.lexicon.entity_words import EVENT_NOUNS
from geokg.extract.lexicon.syntax import (
    COPULA_COMPLEMENT_DEPS,
    NOMINAL_SUBJECT_DEPS,
    RELATIVE_CLAUSE_DEPS,
    acted_against,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ACCUSATION_WORDS,
    ACT_NAMING_NOUNS,
    ADVISORY_OBLIGATION_VERBS,
    ALLEGATION_ADJECTIVES,
    APPEAL_MODALS,
    CONCESSION_PREPS,
    COUNTERING_VERBS,
    DEGREE_ADVERBS,
    DEMAND_MODALS,
    DOCUMENT_NOUNS,
    EFFORT_CALLS,
    EVIDENCE_NOUNS,
    EXCESS_ADVERBS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PRONOUNS,
    FORECAST_MEASURE_VERBS,
    FORECAST_NOUNS,
    FORECAST_VERB_DEEDS,
    FORECAST_VERBS,
    HEDGE_MODALS,
    HOPING_VERBS,
    INFERRED_STATES,
    MANDATIVE_VERBS,
    MEASURE_NOUNS,
    NATURAL_FORCES,
    NEGATIVE_WORDS,
    OBLIGATION_VERBS,
    PATIENT_NOUNS,
    PERSON_PRONOUNS,
    POSITIVE_WORDS,
    PROMISE_MODALS,
    RECEIVING_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPURIOUS_THING_WORDS,
    TIME_PREPS,
    WRONG_ACT_NOUNS,
)
from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Tags of a report told in the past, after which a statement's verb is backshifted ("insisted that X had
# complied") and a bare base form is a subjunctive ("insisted that X comply").
_PAST_REPORT_TAGS = frozenset({"VBD", "VBN"})
# Words of a singular subject, after which a present verb without "-s" is a subjunctive ("that Japan open").
_SINGULAR_SUBJECT_TAGS = frozenset({"NN", "NNP"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
# What names the state a verb of being or having is in ("be aware", "have information", "make a match").
_STATE_COMPLEMENT_DEPS = COPULA_COMPLEMENT_DEPS | {"dobj"}


def natural_force(name: Token) -> bool:
    """Is the one spoken of a force of nature ("Typhoon Haima", "the earthquake"), which harms but does
    no wrong: a report of what it did is a report, never an accusation?"""
    words = [c for c in name.lefts if c.dep_ in ("compound", "amod")] + [name]
    return any(w.lemma_.lower() in NATURAL_FORCES or w.lower_ in NATURAL_FORCES for w in words)


def judgement(words: Token, spoken_of: Token | None = None) -> str | None:
    """The predicate of what a phrase calls someone: "criticise" for words of blame, "praise" for
    words of praise, None when neither (or both) are there. With `spoken_of` (the verb of the clause about
    the one judged), a clause within that has a subject of its own says nothing of them, and its words
    judge nobody: "the insurgents are learning that threats will not stop the brave people", "the economy
    is great, the insurgents are learning …" praise no insurgent."""
    subtree = list(words.subtree)
    conceded = {t.i for c in subtree if _concession(c, words) for t in c.subtree}
    subtree = [t for t in subtree if t.i not in conceded]
    # "settled a case alleging unfair subsidies": what a case, complaint or report claims is its author's
    # judgement, not the speaker's
    claimed = {t.i for c in subtree if _nested_claim(c, words) for t in c.subtree}
    # "to impose penalties on X for purported dumping": an alleged wrong is someone's allegation,
    # which judges nobody in the speaker's words
    claimed |= {t.i for c in subtree if _alleged(c) for t in c.subtree}
    subtree = [t for t in subtree if t.i not in claimed]
    if spoken_of is not None:
        others = {t.i for c in subtree if _other_clause(c, words, spoken_of) for t in c.subtree}
        subtree = [t for t in subtree if t.i not in others]
        # "said Reagan took the right step in admitting mistakes", "… after failures": what an adjunct of
        # the clause's verb is about (a gerund's matter, a time) is no judgement of its doer
        adjunct = {t.i for c in subtree if _adjunct_matter(c, words) for t in c.subtree}
        # "advised on whether to impose penalties on X for unfair subsidies": the wrong a reprisal is for
        # is the one of whom it is done to (as coref reads "against X for breaking its pact"), not its doer's
        adjunct |= {t.i for c in subtree if _reprisal_reason(c) for t in c.subtree}
        subtree = [t for t in subtree if t.i not in adjunct]
        # "said customs had turned away 100,000 pairs of fake shoes": the goods are fake, not their handler
        subtree = [t for t in subtree if not _spurious_thing(t)]
    # "greater conditions on loans", "greater veto powers": a comparative measures (more of a thing), it
    # judges no one, as "great" or "a great leader" may
    subtree = [t for t in subtree if t.tag_ != "JJR"]
    found = {t.lemma_.lower() for t in subtree} | {t.lower_ for t in subtree}
    # "a missed opportunity", "missed opportunities": a pair that judges where neither word does
    found |= {f"{a.lower_} {b.lemma_.lower()}" for a, b in pairwise(subtree)}
    negative, positive = bool(found & NEGATIVE_WORDS), bool(found & POSITIVE_WORDS)
    negative = negative or any(_excess(t) for t in subtree)
    if negative == positive:
        return None
    return "criticise" if negative else "praise"


def _excess(word: Token) -> bool:
    """Is the word an adverb of excess grading a quality ("keeps the reins too short", "overly cautious":
    words.tsv excess_adverbs), which blames it, and not one a "to" infinitive or a "for" phrase completes
    ("too early to say", "too weak to resist", "too big for a single sale": what the excess is measured
    against or prevents, a description)?"""
    quality = word.head
    if word.dep_ != "advmod" or word.lower_ not in EXCESS_ADVERBS or quality.pos_ not in ("ADJ", "ADV"):
        return False
    measured = any(c.dep_ == "prep" and c.lower_ == "for" for c in quality.children)
    return not measured and not any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in quality.children)


def _spurious_thing(word: Token) -> bool:
    """Is the word an adjective calling a thing not genuine or not lawful ("fake shoes", "illegal weapons":
    words.tsv spurious_thing_words) on a noun that names no act, event, words or record ("an illegal
    occupation", "a fake election", "fake information" judge their maker)?"""
    noun = word.head
    if word.dep_ != "amod" or word.lower_ not in SPURIOUS_THING_WORDS or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in EVENT_NOUNS or lemma in WRONG_ACT_NOUNS or lemma in ACT_NAMING_NOUNS:
        return False  # "a fake election", "an illegal decree": the event is its maker's
    if lemma in SPEECH_NOUNS or lemma in DOCUMENT_NOUNS or lemma in EVIDENCE_NOUNS:
        return False  # "spread fake information", "issued fake statements": the words are their maker's
    return event_root(lemma, noun=True) is None


def _concession(word: Token, top: Token) -> bool:
    """Is the word, below `top`, a preposition of what is conceded ("despite its failure to ...")?"""
    return word.i != top.i and word.dep_ == "prep" and word.lower_ in CONCESSION_PREPS


def _adjunct_matter(word: Token, top: Token) -> bool:
    """Is the word, below `top`, what an adjunct is about, not how the one judged acts or is: the object of
    a time preposition ("acted after failures") or an argument of a gerund after a preposition ("took the
    right step in admitting mistakes"; the gerund itself and its adverbs stay: "by lying", "by brutally
    crushing protests")? What a judgement noun itself heads keeps its word ("made a mistake in …")."""
    if word.i == top.i:
        return False
    head = word.head
    if word.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        return head.lower_ in TIME_PREPS
    if word.dep_ == "dobj" and head.lemma_.lower() in COUNTERING_VERBS:
        return True  # "agreed to curb the unfair practice of subsidies": the ill curbed, not its curber
    return word.dep_ in _GERUND_MATTER_DEPS and head.tag_ == "VBG" and head.dep_ == "pcomp"


# A gerund's arguments: what it acts on or speaks of.
_GERUND_MATTER_DEPS = frozenset({"dobj", "prep", "attr", "acomp", "ccomp", "xcomp", "dative", "oprd"})


def _nested_claim(word: Token, top: Token) -> bool:
    """Is the word, below `top`, a verb of reporting that modifies a noun ("a case alleging …", "a report
    that said …")?"""
    return word.i != top.i and word.dep_ in RELATIVE_CLAUSE_DEPS and word.lemma_.lower() in REPORTING_VERBS


def _alleged(word: Token) -> bool:
    """Is the word a noun the writer does not vouch for ("alleged abuses": allegation_adjectives)?"""
    return word.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in ALLEGATION_ADJECTIVES for c in word.children
    )


def _reprisal_reason(word: Token) -> bool:
    """Is the word the "for" of an act done against a named party ("retaliate against Chile for ...",
    "sanctions on Peru for ...": syntax.acted_against), whose phrase names that one's wrong? Not after a
    date ("acted on Monday for unfair reasons"): the reason is then the doer's own."""
    if word.dep_ != "prep" or word.lower_ != "for":
        return False
    return bool(acted_against(word.head, word.i))


def _other_clause(word: Token, top: Token, spoken_of: Token) -> bool:
    """Is the word, below `top`, the verb of a clause with a subject of its own that is not the clause about
    the one spoken of, nor holds it?"""
    if word.i == top.i or word.dep_ not in _OWN_CLAUSE_DEPS or word.i == spoken_of.i:
        return False
    if any(t.i == spoken_of.i for t in word.subtree):
        return False
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in word.children)


# How the parser hangs a clause of its own: a content, adverbial, sentential or coordinated one.
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj", "parataxis", "conj"})


def accusing(words: Token) -> bool:
    """Does a phrase name its subject the doer of a wrong ("responsible for the attack", "the culprits")?
    Not an adjective of degree ("a very responsible program"): that is a quality, praise if anything."""
    if words.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS for c in words.children):
        return False
    return words.lemma_.lower() in ACCUSATION_WORDS or words.lower_ in ACCUSATION_WORDS


def wrong_act(words: Token) -> bool:
    """Does a phrase call an act a wrong ("an escalation", "a provocation", "an act of aggression")? Said of
    another's act ("called the U.S. attacks an escalation"), it accuses the doer. The parser may read "the
    U.S. attacks an escalation" as a clause; then the wrong is the object of that verb."""
    nouns = [words]
    if words.pos_ == "VERB":
        nouns = [c for c in words.children if c.dep_ == "dobj"]
    for noun in nouns:
        if noun.lemma_.lower() in ACT_NAMING_NOUNS:
            nouns += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(n.lemma_.lower() in WRONG_ACT_NOUNS and n.pos_ == "NOUN" for n in nouns)


def verdict(words: Token) -> bool:
    """Is a phrase a judgement of whom it is said of: blame, praise or an accusation?"""
    return judgement(words) is not None or accusing(words) or wrong_act(words)


def stance(content: Token, own: bool, scope: Token | None = None, doer: bool = False) -> str | None:
    """The speaker's stance toward the subject of reported content (`content` is the verb of its clause,
    `scope` that of all that is reported, where words of judgement count), as the predicate of a speech
    act: "demand", "urge", "accuse", "criticise", "praise", or None for a plain statement. `own`: the
    subject is the speaker's own side, of whom nobody demands and whom nobody criticises or praises
    (self-praise is no act between two actors); `doer`: the one spoken of is the by-agent of a passive
    content ("said the envoy was abducted by the militia")."""
    if is_negated(content) or modal_of(content) in HEDGE_MODALS:
        return None
    if not own and not doer and (obliged := _obliged(content)):
        return obliged
    if not own and _accused(content, doer) and not _forces_against_armed_foes(content):
        return "accuse"  # not "officials said Afghan forces killed 20 militants": one's own side's deed
    if not doer and _suffers(content):
        return None  # "said Ukraine was the victim of a brutal attack": the blame is not Ukraine's
    found = judgement(scope if scope is not None else content, content)
    return found if found is not None and not own else None


def _suffers(verb: Token) -> bool:
    """Is the subject of the clause one to whom something is done: a passive's subject ("was attacked in
    a barbaric way"), the subject of a verb of undergoing ("suffered a terrible attack") or a victim ("is
    the target of a vicious campaign")?"""
    if is_passive(verb) and not _judging_participle(verb):
        return True
    if verb.lemma_.lower() in RECEIVING_VERBS:
        return True
    return any(c.dep_ in COPULA_COMPLEMENT_DEPS and c.lemma_.lower() in PATIENT_NOUNS for c in verb.children)


def _judging_participle(verb: Token) -> bool:
    """Is the passive's participle itself a word of judgement with no doer named ("Peru's policy is
    misguided", "the emphasis on its deficit is misplaced")? The parser reads the adjective as a passive,
    but nothing is done to the subject: it is judged, as "Peru's policy is wrong" judges it."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.lower_ in NEGATIVE_WORDS | POSITIVE_WORDS


def _obliged(verb: Token) -> str | None:
    """ "Iraq must stop", "has to leave" demand; "should end", "ought to" urge (advice is an appeal); not a
    past necessity ("had to speed up"), nor the speaker's inference ("must have known", `_inferred`)."""
    modal = modal_of(verb)
    if modal is None and verb.tag_ == "MD" and verb.lemma_.lower() in APPEAL_MODALS:
        # "said Peru ought to leave": the parser makes "ought" the clause's head, what is owed its infinitive
        owed = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
        if owed is not None and is_negated(owed):
            return None  # "said Peru ought not to leave", as "should not leave": no appeal read
        if owed is not None:
            verb, modal = owed, verb.lemma_.lower()
    if modal is None and judged_for_clause(verb) in APPEAL_MODALS:
        modal = "should"  # "said the only solution is (it would be better) for Peru to leave": advice
    if modal in APPEAL_MODALS | DEMAND_MODALS:
        if _inferred(verb) or (modal in APPEAL_MODALS and _forecast(verb)):
            return None
        return "urge" if modal in APPEAL_MODALS or _more_effort(verb) else "demand"
    if verb.lemma_.lower() not in OBLIGATION_VERBS or verb.tag_ not in PRESENT_TAGS:
        return None
    owed = [c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if not owed or any(_inferred(c) for c in owed):
        return None
    # "needs to cut its deficit" tells a need, "has to try harder" asks more effort: advice, no order
    advised = verb.lemma_.lower() in ADVISORY_OBLIGATION_VERBS or any(_more_effort(c) for c in owed)
    return "urge" if advised else "demand"


def _more_effort(verb: Token) -> bool:
    """Does the verb call for more effort ("do more", "try harder": words.tsv effort_calls)?"""
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {c.lemma_.lower()}" in EFFORT_CALLS for c in verb.children if c.dep_ in _EFFORT_DEPS)


_EFFORT_DEPS = frozenset({"dobj", "advmod", "npadvmod"})


def _inferred(verb: Token) -> bool:
    """Is what "must", "should" or "has to" governs the speaker's conclusion rather than an order: a
    perfect ("must have known", "has to have seen"), which nobody can be told to do, or a state (`inferred
    _states`: "should know", "must be aware", "should make a good match")? "Must stop the attacks" orders."""
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True
    lemma = verb.lemma_.lower()
    complements = (c.lemma_.lower() for c in verb.children if c.dep_ in _STATE_COMPLEMENT_DEPS)
    return lemma in INFERRED_STATES or any(f"{lemma} {word}" in INFERRED_STATES for word in complements)


def _forecast(verb: Token) -> bool:
    """Is what "should" governs something that befalls or becomes of the subject (words.tsv forecast_verbs:
    "should outperform the market", "should be riding a good wave", "should benefit from the deal"), which
    nobody can be asked to do, so a forecast, not advice? Not a deed one of those verbs makes with its object
    ("should reach an agreement", forecast_verb_deeds), nor a passive ("should be punished": punish). A verb
    of showing or posting (forecast_measure_verbs) forecasts with a measure for its object ("should show
    superior earnings", "should post a profit"), not otherwise ("should show restraint")."""
    lemma = verb.lemma_.lower()
    if is_passive(verb):
        return False
    measures = FORECAST_NOUNS | MEASURE_NOUNS
    if lemma in FORECAST_MEASURE_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in measures or c.lower_ in measures) for c in verb.children
    ):
        return True  # "should show superior earnings", "should post a profit": a measure foretold
    if lemma not in FORECAST_VERBS and verb.lower_ not in FORECAST_VERBS:
        return False
    objects = (c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
    return not any(f"{lemma} {word}" in FORECAST_VERB_DEEDS for word in objects)


def _accused(verb: Token, doer: bool = False) -> bool:
    """The one spoken of did a wrong: an act of force ("have shelled a village", "was abducted by
    the militia"), a breach of a norm ("had violated the accord") or is called its doer ("are the
    culprits", "is responsible for the attack")."""
    if is_passive(verb) != doer:
        return False  # the subject of a passive suffered the act; the by-agent of an active one is none
    if modal_of(verb) in PROMISE_MODALS:
        return False  # "said Peru would attack Chile": a deed foretold is no deed done (a warning)
    # The deed in the sense its particles and what it acts on select: "said Greece had violated (broken) the
    # accord" lays a breach of a norm on Greece; "said the bank intervened in the market (to buy dollars)",
    # "said X fought inflation" report no force (cameo.tsv @market, @ill)
    objects = {particle: frozenset(nouns) for particle, nouns in verb_arguments(verb)}
    # who acts selects it too, by its head word: "said the central bank (the Bundesbank) intervened"
    doers = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    agents = frozenset(w for c in doers for w in (c.lower_, c.lemma_.lower()))
    # and so does what the sentence is about ("said the five had intervened as the dollar fell": a market,
    # cameo.tsv context=), below a named place acted in ("intervened in Chad": @GPE) and who acts by
    # sector ("said the troops intervened": @MIL), which read force whatever else the sentence is about
    context = verb_context(verb)
    if context:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in objects):
            named = frozenset(f"@{g.ent_type_}" for g in prep.children if g.dep_ == "pobj" and g.ent_type_)
            objects[prep.lower_] |= named
        agents |= frozenset(f"@{sector}" for c in doers if (sector := sector_of_noun(c)) is not None)
    code = event_code(verb.lemma_.lower(), sense=Sense(verb_particles(verb), objects, agents, context))
    if code is not None and (code[:2] in ACCUSING_ROOTS or code in ACCUSING_CODES):
        return True
    for child in verb.children:
        if child.dep_ in COPULA_COMPLEMENT_DEPS and child.lemma_.lower() in ACCUSATION_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ == "behind" and verb.lemma_ == "be":
            return True  # "is behind the attack"
        if child.dep_ == "xcomp" and verb.lemma_ == "be" and to_blame(child):
            return True  # "is to blame for the attack"
    return False


def verb_context(verb: Token, event: str | None = None) -> frozenset[str]:
    """The classes the nouns of the verb's sentence name, for its cameo.tsv context= rows: "said the five
    had intervened heavily since the dollar fell" is about a currency (@currency), which nobody fights. With
    `event`, for the context= rows of the event noun the verb takes instead ("took retaliatory action against
    X over a trade pact": a trade reprisal)."""
    nouns = ((t.lower_, t.lemma_.lower()) for t in verb.sent if t.pos_ in _CONTEXT_NOUN_POS)
    if event is not None:
        return sentence_classes(event, nouns, noun=True)
    return sentence_classes(verb.lemma_.lower(), nouns)


_CONTEXT_NOUN_POS = frozenset({"NOUN", "PROPN"})


def _forces_against_armed_foes(verb: Token) -> bool:
    """ "said Iraqi troops killed 20 insurgents": a state's forces fighting armed groups is an operation
    reported, whoever reports it, not a wrong the report lays on them."""
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(sector_of_noun(s) in _FORCE_SECTORS for s in subjects) and any(
        sector_of_noun(o) in _ARMED_FOE_SECTORS for o in objects
    )


# The sectors of a state's forces, and of the armed groups they fight (sectors.tsv).
_FORCE_SECTORS = frozenset({"MIL", "COP"})
_ARMED_FOE_SECTORS = frozenset({"REB", "UAF"})


def to_blame(verb: Token) -> bool:
    """ "(X is) to blame": the infinitive says X is at fault, not that X blames anyone."""
    return (
        verb.lemma_.lower() == "blame"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and to_infinitive(verb)
        and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children)
    )


def mandated(report: Token, content: Token, said: str | None = None) -> str | None:
    """The stance a verb of asking takes toward the subject of its "that" clause in the base form, a
    mandative subjunctive: "insisted that the Community comply" demands, "urged that Japan open its market"
    appeals, and so do such clauses with "should" or "must" ("demanded that Japan should open"); words.tsv
    mandative_verbs. A statement ("insisted that Japan had complied", "insists that Japan opens") is none.
    A negated subjunctive is a demand still ("demanded that Tokyo not raise tariffs"). A noun of asking the
    report voices (`said`, the verb it stands for) asks the same of its clause: "repeated the demand that
    Japan lift its quotas" as "demanded that Japan lift" (quotes.voiced_noun)."""
    asked = MANDATIVE_VERBS.get(said or report.lemma_.lower())
    clauses = ("ccomp", "acl", "relcl") if said else ("ccomp",)  # quotes._noun_content: a clause with "that"
    if asked is None or content.dep_ not in clauses or is_passive(content):
        return None  # "asked that Greece be suspended": Greece is what is to be done to, not who is asked
    if modal_of(content) in APPEAL_MODALS | DEMAND_MODALS:
        return asked
    auxiliaries = [c for c in content.children if c.dep_ in ("aux", "auxpass") and c.i < content.i]
    finite = auxiliaries[0] if auxiliaries else content
    if finite.tag_ not in ("VB", "VBP") or finite.lower_ != finite.lemma_.lower():
        return None  # "had complied", "opens", "is held", "will open": told as a fact or forecast
    if finite.tag_ == "VB" or finite.lower_ == "be" or report.tag_ in _PAST_REPORT_TAGS:
        return asked
    subjects = [c for c in content.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    singular = any(s.tag_ in _SINGULAR_SUBJECT_TAGS or s.lower_ in _SINGULAR_PRONOUNS for s in subjects)
    return asked if singular else None  # "insists that they open": a present statement as well


def hoped_for(content: Token, report: Token) -> bool:
    """Is the content what a verb of hoping (words.tsv hoping_verbs) wishes of its subject: "(X said the
    United States) hopes Japan will cut its tariffs", "wants Tokyo to open its markets", "(said) he wants
    Tokyo to make great efforts"? The hoping verb is the report's own, or one whose subject is the speaker
    ("he", "we"), and what is hoped is to come ("will", "would", an infinitive with its own subject)."""
    hoper = content.head
    if content.dep_ not in ("ccomp", "xcomp") or hoper.lemma_.lower() not in HOPING_VERBS:
        return False
    speaker = PERSON_PRONOUNS | FIRST_PERSON_PRONOUNS | FIRST_PERSON_PLURAL
    subjects = (c for c in hoper.children if c.dep_ in NOMINAL_SUBJECT_DEPS)
    if hoper.i != report.i and not any(c.lower_ in speaker for c in subjects):
        return False
    if not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in content.children) or is_negated(hoper):
        return False
    return modal_of(content) in PROMISE_MODALS or to_infinitive(content)


def hoped_stance(content: Token, report: Token) -> str | None:
    """The stance toward the subject of a deed hoped for (`hoped_for`): an appeal ("urge") to do it; none
    for what is not asked of it, a state or fortune ("hopes Japan will be wise", "will benefit"), a
    passive, or a deed hoped not done; "" where the content is no hope."""
    if not hoped_for(content, report):
        return ""
    if is_negated(content) or is_passive(content) or _forecast(content):
        return None
    return "urge"
