"""Clauses: dependency patterns over a parsed sentence -> entity-to-entity relations.

Each verb is read as a clause: its subjects (inherited through coordination, control and relative
clauses), its objects (direct, dative, prepositional, and entities reached through a noun: "launched
assaults on Iraqis"), its polarity, modality and the speaker a clause is reported from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from geokg.extract.clauses.arguments import ArgumentResolver, Ref
from geokg.extract.clauses.quotes import Quote, speaker_at
from geokg.extract.clauses.voice import (
    headline_passive,
    is_negated,
    is_passive,
    misparsed_subject,
    modal_of,
    particle,
    stolen_by_next_clause,
)
from geokg.extract.lexicon.cameo import FORCE_ROOTS, event_root
from geokg.extract.lexicon.syntax import ACTIVE_SUBJECT_DEPS, OBJECT_DEPS
from geokg.extract.lexicon.words import (
    CHAIN_VERBS,
    CIRCUMSTANCE_PREPS,
    CONDITION_MARKS,
    CONTRAST_CONJUNCTIONS,
    CONTRAST_MARKS,
    CONTROL_PREPS,
    DENIAL_VERBS,
    EMPTY_VERBS,
    EVENT_PARTNER_PREPS,
    LIGHT_VERBS,
    NEGATING_VERBS,
    NOUN_PREPS,
    OBJECT_CONTROL_VERBS,
    OPEN_QUESTION_MARKS,
    PERMISSION_VERBS,
    POSSESSIVE_VERBS,
    PROMISE_MODALS,
    QUANTITY_NOUNS,
    RECIPROCAL_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SOURCE_PREPS,
    STOP_VERBS,
    TARGET_PREPS,
)
from spacy.tokens import Doc, Span, Token

RULE_VERSION = "1"
BASE_CONFIDENCE = {
    "svo": 0.9,
    "passive": 0.85,
    "prep": 0.8,
    "noun_prep": 0.7,
    "event_noun": 0.65,
    "copula": 0.75,
    "passive_prep": 0.6,
    "speech_content": 0.5,
    "reciprocal": 0.6,
}
VIA_FACTOR = {
    "name": 1.0,
    "organ": 0.9,
    "organ_of": 0.9,
    "possessor": 0.8,
    "pronoun": 0.8,
    "nominal": 0.75,
    "role": 0.75,
}


@dataclass(frozen=True, slots=True)
class Relation:
    subject: Ref
    predicate: str
    object: Ref
    negated: bool
    modality: str | None
    attributed_to: str | None  # entity id of the speaker the clause is reported from
    event_root: str | None
    confidence: float
    rule: str
    sentence: Span


class ClauseReader:
    def __init__(self, doc: Doc, resolver: ArgumentResolver, quotes: list[Quote]) -> None:
        self.doc = doc
        self.args = resolver
        self.quotes = quotes

    # --- subjects -------------------------------------------------------------------------------------

    def subjects(self, verb: Token, depth: int = 0) -> list[Ref]:
        """Who does what `verb` says: its own subject, or the one it inherits."""
        refs: list[Ref] = []
        headline = headline_passive(verb)
        for child in verb.children:
            if child.dep_ in ACTIVE_SUBJECT_DEPS and not headline:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    refs.extend(self.args.resolve(verb.head))
                else:
                    refs.extend(self.args.resolve(child))
            elif child.dep_ == "agent":
                refs.extend(
                    r for pobj in child.children if pobj.dep_ == "pobj" for r in self.args.resolve(pobj)
                )
            elif child.dep_ == "aux" and not refs:
                # The parser sometimes hangs the subject on an auxiliary ("The US has been encouraging").
                refs.extend(
                    r for sub in child.children if sub.dep_ == "nsubj" for r in self.args.resolve(sub)
                )
        explicit = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
        if refs or explicit or depth > 4:
            return refs  # a subject that names no entity ("a drone strike killed…") is not inherited
        has_own_patient = any(c.dep_ == "nsubjpass" for c in verb.children)
        head = verb.head
        if verb.dep_ == "conj" and verb.lemma_.lower() in REPORTING_VERBS:
            # "Kerry said X and said Y": the parser often hangs the second "said" off the first report's
            # content; it is the same speaker speaking again.
            reporter = self._reporting_ancestor(verb)
            if reporter is not None:
                return self.subjects(reporter, depth + 1)
        stolen = misparsed_subject(verb)
        if stolen is not None:
            return self.args.resolve(stolen)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not has_own_patient:
            if is_passive(verb) and not is_passive(head):
                return []
            infinitive = head.tag_ == "VB" and head.dep_ in ("xcomp", "ccomp", "advcl")
            if infinitive and verb.tag_ in ("VBD", "VBZ", "VBP"):
                # "asked Ukraine to fire him but shielded the firm": a tensed verb cannot share the
                # infinitive's subject; it continues the clause that governs the infinitive.
                return self.subjects(head.head, depth + 1)
            return self.subjects(head, depth + 1)
        if verb.dep_ in ("xcomp", "advcl", "pcomp") or (verb.dep_ == "conj" and head.dep_ == "xcomp"):
            governor = head.head if verb.dep_ == "pcomp" else head
            if governor.pos_ not in ("VERB", "AUX"):
                return refs
            governed = [c for c in governor.children if c.dep_ in ("dobj", "dative")]
            infinitive = verb.dep_ == "xcomp" or (
                verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            )
            if not governed and infinitive:
                # "called on Russia to withdraw", "appealed to Iran to release"
                governed = [
                    p
                    for c in governor.children
                    if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            if infinitive and governor.lemma_.lower() in OBJECT_CONTROL_VERBS and governed:
                return [r for c in governed for r in self.args.resolve(c)]
            if verb.dep_ == "pcomp" and governed:
                # "stop weapons from flowing", "banned the airline from flying": the object does it.
                return [r for c in governed for r in self.args.resolve(c)]
            if is_passive(governor) and verb.dep_ != "xcomp":
                return []
            return self.subjects(governor, depth + 1)
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            return self.args.resolve(head)
        return refs

    @staticmethod
    def _reporting_ancestor(verb: Token) -> Token | None:
        node = verb
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_ == verb.lemma_:
                return node.head
            node = node.head
        return None

    def patients(self, verb: Token) -> list[Ref]:
        refs: list[Ref] = []
        headline = headline_passive(verb)
        for child in verb.children:
            if child.dep_ == "nsubjpass" and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                refs.extend(self.args.resolve(verb.head))  # "Northern Cyprus, which is recognised by…"
            elif child.dep_ == "nsubjpass" or (headline and child.dep_ == "nsubj"):
                refs.extend(self.args.resolve(child))
        if not refs and verb.dep_ == "conj" and is_passive(verb) and verb.head.pos_ == "VERB":
            return self.patients(verb.head)
        if not refs and verb.dep_ == "acl" and verb.tag_ == "VBN":
            return self.args.resolve(verb.head)
        return refs

    # --- predicate, polarity, attribution --------------------------------------------------------------

    def chain(self, verb: Token) -> list[Token]:
        """Verbs of an infinitive chain that shape its meaning: [refuse] in "refuse to consider"."""
        out: list[Token] = []
        node = verb
        while True:
            while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
                node = node.head  # "refused to consider X or accept Y": both under "refuse"
            governor = node.head
            if (
                node.dep_ == "xcomp"
                and governor.pos_ in ("VERB", "AUX")
                and governor.lemma_.lower() in CHAIN_VERBS
            ):
                out.insert(0, governor)
                node = governor
                continue
            return out

    @staticmethod
    def _auxiliary_host(verb: Token) -> Token | None:
        """ "did not condemn Russia or criticise Belarus": the second verb shares the first one's auxiliary,
        negation and modality."""
        if (
            verb.dep_ != "conj"
            or verb.head.pos_ not in ("VERB", "AUX")
            or verb.tag_ not in ("VB", "VBN", "VBG")
        ):
            return None
        own = {c.dep_ for c in verb.children}
        if own & {"nsubj", "nsubjpass", "aux", "auxpass", "neg"}:
            return None
        before = (c for c in verb.head.children if c.i < verb.i)
        if any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS for c in before):
            return None
        return verb.head

    @staticmethod
    def _controller(verb: Token) -> Token | None:
        """The request or permission verb whose object is this infinitive's subject, if any."""
        node = verb
        while True:
            # "urged Iraq to stop X and end Y" shares the request; a tensed "…but interfered" does not.
            while node.dep_ == "conj" and node.head.pos_ == "VERB" and node.tag_ == "VB":
                node = node.head
            # "urged Ethiopia to stop attacking": look through the chain to the request.
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in CHAIN_VERBS:
                node = node.head
                continue
            break
        governor = node.head
        lemma = governor.lemma_.lower()
        infinitive = node.dep_ == "xcomp" or (
            node.dep_ in ("ccomp", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        )
        if infinitive and lemma in REQUEST_VERBS | PERMISSION_VERBS:
            return governor
        return None

    def polarity(self, verb: Token) -> tuple[bool, str | None]:
        """Negation and modality of a clause, including what it shares with its chain and auxiliaries."""
        negated, modality = is_negated(verb), modal_of(verb)
        host = self._auxiliary_host(verb)
        while host is not None:
            negated = negated or is_negated(host)
            modality = modality or modal_of(host)
            host = self._auxiliary_host(host)
        for governor in self.chain(verb):
            negated = negated or is_negated(governor)
            modality = modality or modal_of(governor)
        return negated, modality

    def speaker_of(self, verb: Token) -> tuple[list[Ref], Token | None]:
        """Who a clause is reported from: the subject of a reporting verb above it, or 'according to'."""
        node = verb
        while True:
            for child in node.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    for to in child.children:
                        if to.lower_ != "to":
                            continue  # "according to which…": a relative clause, nobody's words
                        for pobj in to.children:
                            if pobj.dep_ != "pobj" or pobj.lower_ in RELATIVE_PRONOUNS:
                                continue
                            refs = self.args.resolve(pobj) or [
                                ref for _, ref in self.through_noun(pobj, preps=SOURCE_PREPS)
                            ]
                            if refs:
                                return refs, child
            if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in REPORTING_VERBS:
                return self.subjects(node.head), node.head
            if node.head.i == node.i:
                break
            if node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in node.children
            ):
                break  # "…said they would help, although Russia insisted…": the writer's contrast, not theirs
            node = node.head
        speaker = speaker_at(self.quotes, verb.i)
        return ([Ref(speaker, verb.i, "name")], None) if speaker else ([], None)

    def verb_phrase(self, verb: Token) -> str:
        """The verb's lemma with its particle, after the chain that governs it ("refuse to consider",
        "deny attack")."""
        chain = self.chain(verb)
        phrase = ""
        for governor, governed in zip(chain, [*chain[1:], verb][: len(chain)], strict=True):
            if governor.lemma_.lower() in STOP_VERBS:
                continue  # "cease to be part of" is read as a negated "be part of"
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in governed.children)
            phrase += f"{governor.lemma_.lower()}{' to' if infinitive else ''} "
        return f"{phrase}{verb.lemma_.lower()} {particle(verb)}".strip()

    # --- objects ----------------------------------------------------------------------------------------

    def through_noun(
        self, noun: Token, depth: int = 0, preps: frozenset[str] = NOUN_PREPS
    ) -> list[tuple[str, Ref]]:
        """Entities reached from a non-entity noun through its prepositions: (noun lemma + prep, ref)."""
        out: list[tuple[str, Ref]] = []
        lemma = noun.lemma_.lower()
        if lemma in QUANTITY_NOUNS:
            # "a wave of strikes on Lebanon", even when the parser hangs "on Lebanon" on "wave".
            events = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            lemma = events[0].lemma_.lower() if events and events[0].pos_ == "NOUN" else lemma
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                refs = self.args.resolve(pobj)
                if refs:
                    out.extend((f"{lemma} {prep.lower_}", r) for r in refs)
                    if event_root(lemma, noun=True):
                        # "a meeting at the State Department with Zebari": the parser hangs the second
                        # phrase on the first; both belong to the event.
                        for inner in pobj.children:
                            if inner.dep_ == "prep" and inner.lower_ in EVENT_PARTNER_PREPS:
                                for obj in inner.children:
                                    out.extend((f"{lemma} {inner.lower_}", r) for r in self.args.resolve(obj))
                elif depth == 0 and prep.lower_ == "of" and noun.lemma_.lower() in QUANTITY_NOUNS:
                    out.extend(self.through_noun(pobj, depth + 1))
        return out

    def owners(self, noun: Token) -> list[Ref]:
        """ "(X is) Trump's envoy", "(X is) a Russian opposition leader": whom the role belongs to."""
        refs: list[Ref] = []
        for child in noun.children:
            if child.dep_ == "poss" or (
                child.dep_ in ("amod", "compound") and child.i in self.args.entities.token_entity
            ):
                refs.extend(self.args.resolve(child))
        return refs

    def _keep_noun(self, tail: str, ref: Ref) -> str:
        """ "became leader of the party", "was elected as a member of Parliament": when the object was
        reached through "<noun> of", the noun is part of the relation."""
        if ref.via != "organ_of":
            return tail
        noun = self.doc[ref.token].lemma_.lower()
        if tail.endswith(noun):
            return f"{tail} of"
        return f"{tail} {noun} of".strip()

    def objects(self, verb: Token, copula: bool) -> list[tuple[str, Ref, str]]:
        """(predicate tail, object ref, rule) for everything the verb acts on."""
        found: list[tuple[str, Ref, str]] = []
        for child in verb.children:
            # "sent aid to Pakistan": the parser calls the "to" phrase a dative.
            child_dep = "prep" if child.dep_ == "dative" and child.pos_ == "ADP" else child.dep_
            if child_dep in OBJECT_DEPS:
                refs = [r for r in self.args.resolve(child) if not stolen_by_next_clause(self.doc[r.token])]
                if refs:
                    tail = child.lemma_.lower() if copula and child.dep_ == "attr" else ""
                    found.extend((self._keep_noun(tail, r), r, "copula" if copula else "svo") for r in refs)
                    continue
                for noun in (child, *child.conjuncts):
                    for phrase, ref in self.through_noun(noun):
                        found.append((phrase, ref, "copula" if copula else "noun_prep"))
                    if copula and child.dep_ == "attr":
                        found.extend(
                            (f"{noun.lemma_.lower()} of", ref, "copula") for ref in self.owners(noun)
                        )
            elif child_dep == "prep" and child.lower_ != "according":
                prep = child.lower_
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    refs = [
                        r for r in self.args.resolve(pobj) if r.via != "possessor" or prep in TARGET_PREPS
                    ]
                    if refs:
                        found.extend((self._keep_noun(prep, r), r, "prep") for r in refs)
                        continue
                    for noun in (pobj, *pobj.conjuncts):
                        for phrase, ref in self.through_noun(noun):
                            if prep in CIRCUMSTANCE_PREPS and event_root(noun.lemma_.lower(), noun=True):
                                found.append((f"@{phrase}", ref, "event_noun"))
                            else:
                                found.append((f"{prep} {phrase}", ref, "noun_prep"))
            elif child.dep_ == "acomp" and copula:
                adjective = child.lemma_.lower()
                for prep in child.children:
                    if prep.dep_ != "prep":
                        continue
                    for pobj in prep.children:
                        refs = self.args.resolve(pobj)
                        for r in refs:
                            found.append((f"{adjective} {prep.lower_}", r, "copula"))
                        if not refs:
                            for phrase, r in self.through_noun(pobj):
                                found.append((f"{adjective} {prep.lower_} {phrase}", r, "copula"))
        return found

    # --- the clause -------------------------------------------------------------------------------------

    def read(self, verb: Token) -> list[Relation]:
        lemma = verb.lemma_.lower()
        copula = verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children)
        if (verb.pos_ != "VERB" and not copula) or lemma in EMPTY_VERBS:
            return []
        if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION_MARKS for c in verb.children):
            return []  # "whether it received warrants", "if Turkey does anything": not asserted
        passive = is_passive(verb)
        agents = self.subjects(verb)
        patients = self.patients(verb) if passive else []
        negated, modality = self.polarity(verb)
        controller = self._controller(verb)
        chain = self.chain(verb)
        if sum(v.lemma_.lower() in STOP_VERBS for v in chain) % 2:
            negated = not negated  # "would cease to be part of the EU"
        # "denied attacking", "refused to recognise": the refusal is the event.
        refusal = chain[0].lemma_.lower() if chain and chain[0].lemma_.lower() in NEGATING_VERBS else None
        speakers, cue = self.speaker_of(verb)
        if cue is not None and cue.lemma_.lower() in DENIAL_VERBS and cue.i != verb.i:
            negated = not negated  # the speaker says the reported content is false
        if controller is not None:
            # "Trump asked Zelensky to investigate Biden": Trump's wish, not a fact.
            wish = "may" if controller.lemma_.lower() in PERMISSION_VERBS else "should"
            modality = modality or modal_of(controller) or wish
            speakers = speakers or self.subjects(controller)
        attributed = speakers[0].entity_id if speakers else None
        phrase = self.verb_phrase(verb)
        threat = self._conditional_threat(verb, modality)
        if threat:
            phrase = f"threaten to {phrase}"
        sentence = verb.sent
        out: list[Relation] = []

        def emit(subj: Ref, predicate: str, obj: Ref, rule: str, root_lemma: str, noun: bool) -> None:
            if subj.entity_id == obj.entity_id:
                return
            if obj.via == "possessor" and lemma in POSSESSIVE_VERBS:
                return  # "it has Iran's largest fleet" relates it to the fleet, not to Iran
            confidence = BASE_CONFIDENCE[rule] * VIA_FACTOR[subj.via] * VIA_FACTOR[obj.via]
            if attributed:
                confidence *= 0.9
            root = None if copula else ("13" if threat else event_root(refusal or root_lemma, noun=noun))
            out.append(
                Relation(
                    subj,
                    predicate,
                    obj,
                    negated,
                    modality,
                    attributed,
                    root,
                    round(confidence, 3),
                    rule,
                    sentence,
                )
            )

        objects = self.objects(verb, copula)
        if passive:
            for patient in patients:
                for agent in agents:
                    emit(agent, phrase, patient, "passive", lemma, False)
                if not agents:
                    for tail, obj, _rule in objects:
                        if tail.startswith("@"):
                            continue
                        emit(patient, f"be {verb.lower_} {tail}".strip(), obj, "passive_prep", lemma, False)
            if not patients:
                for agent in agents:
                    for tail, obj, rule in objects:
                        if not tail.startswith("@"):
                            emit(agent, f"{phrase} {tail}".strip(), obj, rule, lemma, False)
            return out
        for subj in agents:
            for tail, obj, rule in objects:
                if tail.startswith("@"):
                    noun_phrase = tail[1:]
                    emit(subj, noun_phrase, obj, rule, noun_phrase.split()[0], True)
                elif copula:
                    emit(subj, f"be {tail}".strip(), obj, rule, lemma, False)
                elif rule == "noun_prep" and lemma in LIGHT_VERBS:
                    emit(subj, f"{phrase} {tail}", obj, rule, tail.split()[0], True)
                else:
                    emit(subj, f"{phrase} {tail}".strip(), obj, rule, lemma, False)
        if lemma in RECIPROCAL_VERBS and len(agents) > 1:
            # "Turkey and Libya signed a deal": each did it with the other.
            for i, first in enumerate(agents):
                for second in agents[i + 1 :]:
                    emit(first, f"{phrase} with", second, "reciprocal", lemma, False)
        if lemma in REPORTING_VERBS and not negated:
            self._speech_content(verb, agents, emit)
        if cue is not None and cue.lower_ == "according" and cue.head.i == verb.i:
            # "X does Y, according to Z": Z says it about X.
            for speaker in speakers:
                for subj in agents:
                    emit(speaker, "say", subj, "speech_content", "say", False)
        return out

    @staticmethod
    def _conditional_threat(verb: Token, modality: str | None) -> bool:
        """ "If Turkey does X, I will destroy its economy": a conditional promise of force is a threat."""
        head = verb.head if verb.dep_ == "conj" else verb
        modality = modality or modal_of(head)
        if modality not in PROMISE_MODALS:
            return False
        conditional = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
            for c in head.children
        )
        root = event_root(verb.lemma_.lower())
        return conditional and root in FORCE_ROOTS

    def _speech_content(self, verb: Token, speakers: list[Ref], emit: Callable[..., None]) -> None:
        """ "Germany said Navalny was poisoned" -> (Germany, say, Navalny): who the report is about."""
        for child in verb.children:
            if child.dep_ != "ccomp":
                continue
            for subj_tok in child.children:
                if subj_tok.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                for about in self.args.resolve(subj_tok):
                    for speaker in speakers:
                        emit(
                            speaker, verb.lemma_.lower(), about, "speech_content", verb.lemma_.lower(), False
                        )

    def _between(self, noun: Token) -> list[tuple[Ref, Ref]]:
        parties = [
            r
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for r in self.args.resolve(pobj)
        ]
        return [(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :] if a.entity_id != b.entity_id]

    def nominal_events(self, sentence: Span) -> list[Relation]:
        """Event nouns with an agent and a target: "U.S. sanctions on Iran", "Russia's attack on Ukraine"."""
        out: list[Relation] = []
        for noun in sentence:
            if noun.pos_ != "NOUN":
                continue
            lemma = noun.lemma_.lower()
            root = event_root(lemma, noun=True)
            if root is None:
                continue
            agents = [
                r
                for c in noun.children
                if c.dep_ in ("poss", "compound", "amod")
                for r in self.args.resolve(c)
            ]
            pairs = [] if agents else self._between(noun)
            if not agents and not pairs:
                continue
            speakers, _ = self.speaker_of(noun.head if noun.head.pos_ in ("VERB", "AUX") else noun)
            speaker = speakers[0].entity_id if speakers else None
            # "a meeting between Giuliani and Yermak"; "U.S. sanctions on Iran"
            found = [(first, f"{lemma} with", second) for first, second in pairs]
            found += [
                (agent, phrase, target) for phrase, target in self.through_noun(noun) for agent in agents
            ]
            for agent, phrase, target in found:
                if agent.entity_id == target.entity_id:
                    continue
                confidence = BASE_CONFIDENCE["event_noun"] * VIA_FACTOR[agent.via] * VIA_FACTOR[target.via]
                out.append(
                    Relation(
                        agent,
                        phrase,
                        target,
                        False,
                        None,
                        speaker,
                        root,
                        round(confidence, 3),
                        "event_noun",
                        sentence,
                    )
                )
        return out


def read_clauses(doc: Doc, resolver: ArgumentResolver, quotes: list[Quote] | None = None) -> list[Relation]:
    reader = ClauseReader(doc, resolver, quotes or [])
    out: list[Relation] = []
    for sentence in doc.sents:
        for token in sentence:
            if token.pos_ in ("VERB", "AUX"):
                out.extend(reader.read(token))
        out.extend(reader.nominal_events(sentence))
    return out
