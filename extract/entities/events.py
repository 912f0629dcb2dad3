"""Events and documents as arguments: "twin bombings struck the cathedral", "the Prime Minister signed a
government decree", "she withdrew the extradition bill", "protesters marched against Brexit".

An unowned event or document noun (data/entity_words.tsv `event_nouns`) that is a verb's subject or
object, or the object of a preposition on such an argument ("claimed responsibility for the attacks", "a
couple of bombings"), becomes an EVENT entity of its article, named by its own words ("twin bombings",
"government decree"). One event noun of an article is one entity; a later mention of violence that points
back ("the blast", "these attacks", "last night's attack") is a violent event named before it, whatever its
word, unless its place or kind says otherwise ("the attack in Basra" after "an attack in Kirkuk"); "a
roadside bomb" is a new event, and violence in general ("attacks", "came under attack") is never the one
event named before it. A noun with a named owner or agent ("Russia's attack", "U.S. sanctions") stays what
the rules read it as: an event between its parties. Named events ("Brexit") are EVENT entities too. A
measure of trade or money policy a state or its organ puts in place, changes or lifts with no other party
named ("Peru raised import duties") is an EVENT entity of the same kind (_state_measure).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.mentions import Mention
from geokg.extract.lexicon.cameo import STATE_SECTORS
from geokg.extract.lexicon.entity_words import (
    AMOUNT_WORDS,
    ANAPHORIC_DETERMINERS,
    EVENT_NOUNS,
    MEASURE_CHANGING_VERBS,
    MONEY_BILL_MODIFIERS,
    NAMED_EVENTS,
    QUIT_CONTEST_NOUNS,
    QUITTING_VERBS,
    SEQUENCE_WORDS,
    TIME_OWNERS,
    TRADE_CONTEXT_MEASURE_NOUNS,
    TRADE_MEASURE_NOUNS,
    VAGUE_MODIFIERS,
    VIOLENT_EVENT_NOUNS,
    WEAPON_EVENT_NOUNS,
    WINNING_VERBS,
    WITHDRAWING_VERBS,
    WON_CONTEST_NOUNS,
)
from geokg.extract.lexicon.syntax import NOUN_MODIFIER_DEPS, entity_span, lemma_in
from geokg.extract.lexicon.words import (
    GROUP_PRONOUNS,
    MEASURE_IMPOSING_VERBS,
    MEASURE_NOUNS,
    ORGAN_NOUNS,
    PERSON_PRONOUNS,
    RECALLED_MEASURE_DETERMINERS,
    RECALLED_MEASURE_NOUNS,
    RECALLED_MEASURE_VERBS,
    THING_PRONOUNS,
    TRADE_WORDS,
)
from spacy.tokens import Doc, Span, Token

# Where an event noun is an argument of a verb: its subject, its object, or the object of a preposition
# hanging on the verb ("voted against the bill").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Prepositions that say where an event happened, not who took part in it ("a bombing in Yemen").
PLACE_PREPS = frozenset({"at", "in", "inside", "near", "outside", "within"})
VERB_HEADS = frozenset({"VERB", "AUX"})
# Names of the places an event happens in ("attacks in Baghdad").
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Verbs by which a state puts a measure of trade in place, changes or lifts it ("imposed", "raised",
# "suspended"), not those by which it faces, has or wants one.
MEASURE_VERBS = MEASURE_CHANGING_VERBS | MEASURE_IMPOSING_VERBS | RECALLED_MEASURE_VERBS


def _time_owner(token: Token) -> bool:
    """ "last night's attack", "Sunday's election": a possessive of time says when, not whose."""
    return token.lower_ in TIME_OWNERS or token.ent_type_ in ("DATE", "TIME")


def _owned(noun: Token, named: set[int], measure: bool = False) -> bool:
    """ "Russia's attack", "Houthi attacks", "the attack by X", "May's deal": the noun has a named party.
    A state's own measure ("Peru raised its import duties": `measure`, _state_measure) is owned by no one
    else: its pronoun is the state acting on it."""
    for child in noun.children:
        if child.dep_ in NOUN_MODIFIER_DEPS and child.i in named:
            return True
        if measure and child.dep_ == "poss" and child.lower_ in THING_PRONOUNS | GROUP_PRONOUNS:
            continue
        if child.dep_ == "poss" and not _time_owner(child):
            return True  # "his decree", "their attacks": owned by someone the rules resolve
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "between"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ not in PLACE_PREPS
            and any(p.i in named or _named_organ(p, named) for p in child.children)
        ):
            # "the agreement with Iran", "attacks on the US": an event between parties; so is "an agreement
            # with the French government", whose party is the state the organ's name says
            return True
    return False


def _named_organ(noun: Token, named: set[int]) -> bool:
    """Is the noun an organ its named modifier says whose it is ("the French government", "Iranian
    officials", "Chile's ministry": organ_nouns), which acts for that entity? Not a thing of it ("Peru's
    policies"): an attack on those is on no party."""
    if noun.pos_ != "NOUN" or (noun.lower_ not in ORGAN_NOUNS and noun.lemma_.lower() not in ORGAN_NOUNS):
        return False
    return any(c.dep_ in NOUN_MODIFIER_DEPS and c.i < noun.i and c.i in named for c in noun.children)


def _argument(token: Token) -> bool:
    """Is the noun an argument of a verb: its subject or object, the object of a preposition on the verb,
    or the object of a preposition on a noun that is one ("claimed responsibility for the attacks")?"""
    if token.dep_ not in ARGUMENT_DEPS:
        return False
    if token.dep_ != "pobj":
        return True
    holder = token.head.head  # the word the preposition hangs on
    if holder.pos_ in VERB_HEADS:
        return True
    if holder.pos_ != "NOUN" or holder.dep_ not in ARGUMENT_DEPS:
        return False  # "the search for the bombers": not an argument of a verb
    return holder.dep_ != "pobj" or holder.head.head.pos_ in VERB_HEADS


def _won_contest(noun: Token) -> bool:
    """ "won the Democratic Party's South Carolina primary", "secured the nomination": a contest that is
    the object of a winning verb is the contest won; its owner organises it and takes no part in the win.
    A contest placed by a preposition ("won the primaries in Florida") stays as the rules read it, so the
    place is kept ("win primary in Florida") and contests of other places and years are not merged."""
    verb = noun.head
    if any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in noun.children):
        return False
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in WON_CONTEST_NOUNS
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in WINNING_VERBS
    )


def _quit_contest(noun: Token) -> bool:
    """ "ended her presidential bid", "dropped out of the race", "withdrew from the race": a candidate's
    contest given up; a possessive on it is the candidate who quits, not another party to it."""
    if noun.lemma_.lower() not in QUIT_CONTEST_NOUNS:
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in QUITTING_VERBS
    if noun.dep_ != "pobj" or head.lower_ not in ("of", "from"):
        return False
    verb = head.head
    if head.lower_ == "of" and verb.lower_ == "out" and verb.dep_ in ("prt", "advmod", "prep"):
        verb = verb.head  # "dropped out of the race": "of" may hang on "out"
    elif head.lower_ == "of" and not any(c.lower_ == "out" for c in verb.children):
        return False  # "dropped of ...": only "out of" is a way out
    return verb.pos_ == "VERB" and verb.lemma_.lower() in WITHDRAWING_VERBS


def event_mentions(doc: Doc, names: Iterable[Mention]) -> list[Mention]:
    names = list(names)
    named = {i for m in names for i in range(m.start, m.end)}
    states = {i for m in names if _of_a_state(m) for i in range(m.start, m.end)}
    state_words = {i for m in names if m.country is not None for i in range(m.start, m.end)}
    found: list[Mention] = []
    violence = _Violence(next(iter(doc.sents)).end if len(doc) else 0)
    for token in doc:
        lemma = token.lemma_.lower()
        kind = _kind_of_named_event(token)
        if kind is not None:
            if _argument(token):
                found.append(kind)
            continue
        won = token.pos_ == "NOUN" and token.i not in named and (_won_contest(token) or _quit_contest(token))
        measure = token.i not in named and _state_measure(token, named, states, state_words)
        if not (won or measure) and (token.pos_ != "NOUN" or lemma not in EVENT_NOUNS or token.i in named):
            continue
        if not won and (not _argument(token) or _owned(token, named, measure) or _idiom(token)):
            continue
        if _money_bill(token):
            continue  # "export bills falling due": papers of money, no law nor any event
        if lemma in WEAPON_EVENT_NOUNS and not _acting(token):
            continue  # "planted a bomb", "the bomb was placed": a weapon, not yet the event
        if _verb_after_pronoun(token):
            continue
        start = _label_start(token, named)
        text = "".join(t.lower_ + t.whitespace_ for t in doc[start : token.i + 1]).strip()
        key = violence.key(token, doc[start : token.i]) if lemma in VIOLENT_EVENT_NOUNS else lemma
        found.append(Mention(start, token.i + 1, text, "EVENT", None, actor=key))
    return found


def _of_a_state(mention: Mention) -> bool:
    """Does the mention name a state ("Peru") or one of its organs ("the Chilean government", "the trade
    ministry", an unnamed one being the article's state's)?"""
    if mention.label == "GPE" and mention.country is not None and mention.sector is None:
        return True
    return mention.sector in STATE_SECTORS and (mention.affiliation is not None or mention.bare)


def _state_measure(noun: Token, named: set[int], states: set[int], state_words: set[int]) -> bool:
    """ "Peru raised import duties", "the Chilean government introduced new quotas on textile imports": a
    measure of trade or money policy (entity_words.tsv trade_measure_nouns; a curb, a restriction, a duty,
    a subsidy or a licence only with a word of trade on it) that a state or its organ puts in place,
    changes or lifts (MEASURE_VERBS) is the state's act on the measure even where the story names no other
    party. Where it names one ("imposed tariffs on Japan", "granted Chile licences") the act is on that
    party; a measure a state faces or wants ("faces sanctions") is none of its acts, and a firm's measures
    are no state's policy."""
    lemma = noun.lemma_.lower()
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in MEASURE_VERBS:
        return False
    named_on_trade = _on_trade(noun) or _named_before_on_trade(noun)
    trade_context = lemma_in(lemma, TRADE_CONTEXT_MEASURE_NOUNS) and named_on_trade
    if not lemma_in(lemma, TRADE_MEASURE_NOUNS) and not trade_context:
        return False
    if _names_a_party(verb, named) or _names_a_party(noun, named) or _recalled(noun):
        return False
    subject = _acting_subject(verb)
    # an organ a state's word places ("the Chilean government", "Peru's cabinet") acts for that state
    return subject is not None and (subject.i in states or _named_organ(subject, state_words))


def _recalled(noun: Token) -> bool:
    """ "Washington will impose the tariffs on April 17": a measure named again is the measure on the target
    it was named with before (objects.py SlotReader._recalled_targets), no act on the measure alone."""
    return (
        noun.lemma_.lower() in RECALLED_MEASURE_NOUNS
        and noun.head.lemma_.lower() in RECALLED_MEASURE_VERBS
        and any(c.dep_ == "det" and c.lower_ in RECALLED_MEASURE_DETERMINERS for c in noun.children)
    )


def _on_trade(noun: Token) -> bool:
    """ "import curbs", "restrictions on exports of rice": a word of trade on the measure or its verb's
    "on" phrase."""
    words = [c for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS]
    for holder in (noun, noun.head):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                words += [t for p in prep.children if p.dep_ == "pobj" for t in p.subtree]
    return any(t.lower_ in TRADE_WORDS for t in words)


def _named_before_on_trade(noun: Token) -> bool:
    """ "Pakistan's decision to suspend tea import licences ... Pakistan had suspended the licences": a
    measure named again with "the" is the one named last before it, of trade where a word of trade was on
    that one ("granted fishing licences ... suspended the licences" is not)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    before = [t for t in noun.doc[: noun.i] if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
    return bool(before) and _on_trade(before[-1])


def _names_a_party(word: Token, named: set[int]) -> bool:
    """Is a named party in a phrase on the word other than one of place ("tariffs on Japanese cars",
    "lifted sanctions against Chile"), or its indirect object ("granted Chile licences")?"""
    return any(
        (child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ not in PLACE_PREPS))
        and any(t.i in named for t in child.subtree)
        for child in word.children
    )


def _acting_subject(verb: Token) -> Token | None:
    """Who does the verb: its subject, the subject of the verb it is joined to ("Peru raised duties and
    suspended licences"), or for an infinitive the one its verb tells to act ("urged Peru to lift curbs"),
    else that verb's subject ("Peru plans to raise duties")."""
    while True:
        for child in verb.children:
            if child.dep_ == "nsubj":
                return child
        if verb.dep_ == "xcomp":
            told = [c for c in verb.head.children if c.dep_ == "dobj"]
            if told:
                return told[0]
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _money_bill(noun: Token) -> bool:
    """ "discounted export bills", "Treasury bills", "the import bill": a bill with a word of money papers
    or payments before it (entity_words.tsv money_bill_modifiers) is a paper of money or a cost, no bill
    of a legislature."""
    if noun.lemma_.lower() != "bill":
        return False
    return any(c.dep_ in NOUN_MODIFIER_DEPS and c.lower_ in MONEY_BILL_MODIFIERS for c in noun.children)


def _verb_after_pronoun(noun: Token) -> bool:
    """ "IRAN SAYS IT ATTACKS IRAQI SHIPS": in a line set in capitals the tagger may take a pronoun and the
    verb after it for a name and a noun; a pronoun never names an event, so the noun is that verb."""
    if noun.i == 0:
        return False
    before = noun.doc[noun.i - 1]
    pronoun = before.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | {"we"}
    return pronoun and before.head.i == noun.i and before.dep_ in ("compound", "nmod")


def _label_start(noun: Token, named: set[int]) -> int:
    """Where the words that name the event begin: its modifiers, with a hyphenated compound whole
    ("rocket-propelled grenade attack", not "propelled grenade attack")."""
    doc = noun.doc
    start = noun.i
    while start > noun.left_edge.i and _modifier(doc[start - 1], noun, named):
        start -= 1
    while start - 2 >= noun.left_edge.i and _joined_by_hyphen(doc[start - 2], doc[start - 1]):
        if doc[start - 2].i in named or not doc[start - 2].is_alpha:
            return _next_word(start, noun)  # "Saudi-led airstrike": "airstrike", never "led airstrike"
        start -= 2
    return _past_amount(start, noun)


def _past_amount(start: int, noun: Token) -> int:
    """ "a 15 pct duty", "a ten percent tariff", "20 mln dlr subsidies": an amount before the event says how
    much, no word of its name; its number (a figure stops the label before it) and the words of its unit
    after the number (words.tsv measure_nouns: pct, dlr; entity_words.tsv amount_words: mln) are left out."""
    doc = noun.doc
    counted = start > noun.left_edge.i and doc[start - 1].like_num
    while start < noun.i:
        if doc[start].like_num and start + 1 < noun.i and _unit(doc[start + 1]):
            counted = True  # "ten percent": a number in words may be a modifier the label would keep
        elif not (counted and _unit(doc[start])):
            break
        start += 1
    return start


def _unit(word: Token) -> bool:
    """A word of the unit of an amount: "pct", "dlr", "mln"."""
    return word.lower_ in AMOUNT_WORDS or lemma_in(word.lemma_.lower(), MEASURE_NOUNS)


def _next_word(start: int, noun: Token) -> int:
    """The word after the hyphenated word whose tail begins at `start`."""
    doc = noun.doc
    while start < noun.i and not doc[start].whitespace_:
        start += 1
    return min(start + 1, noun.i)


def _joined_by_hyphen(word: Token, hyphen: Token) -> bool:
    return hyphen.text == "-" and not word.whitespace_ and not hyphen.whitespace_


# How a mention of violence is worded, which says whether it may be an event named before (_Violence).
_NEW = "new"  # "a roadside bomb", "another attack": an event of its own
_BACK = "back"  # "the blast", "these attacks", "last night's attack", "a second bomb": one named before
_GENERIC = "generic"  # "attacks", "came under attack", "two bombings": violence of no one event


def _form(noun: Token) -> str:
    for child in noun.children:
        if child.dep_ in ("det", "predet") and child.lower_ in ("a", "an", "another"):
            return _BACK if child.lower_ != "another" and _in_sequence(noun) else _NEW
        if child.dep_ in ("det", "predet") and child.lower_ in ANAPHORIC_DETERMINERS:
            return _BACK
        if child.dep_ == "poss":
            return _BACK  # only a time owns an event mention ("last night's attack")
    return _GENERIC


def _in_sequence(noun: Token) -> bool:
    """ "a second bomb", "a first blast": one of a series of blasts named together ("twin bombings")."""
    return any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in SEQUENCE_WORDS) for c in noun.children
    )


def _kinds(modifiers: Span) -> frozenset[str]:
    """ "suicide car bomb", "rocket-propelled grenade attack": the nouns that say which kind of violence."""
    return frozenset(t.lemma_.lower() for t in modifiers if t.pos_ in ("NOUN", "PROPN"))


def _places(noun: Token) -> frozenset[tuple[str, bool]]:
    """Where the event happened, as (name, whether a country): "attacks in Baghdad", "a bomb exploded near
    Kirkuk"."""
    scopes = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in VERB_HEADS:
        scopes += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    found = set()
    for scope in scopes:
        for t in scope.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.ent_type_ in PLACE_TYPES:
                name = _entity_text(t)
                found.add((name, lookup_country(name) is not None))
    return frozenset(found)


def _entity_text(token: Token) -> str:
    start, end = entity_span(token)
    return token.doc[start:end].text.lower()


@dataclass
class _Event:
    key: str
    plural: bool
    in_headline: bool
    introduced_until: int  # the end of the sentence that named it first
    places: set[tuple[str, bool]] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)

    def shares(self, places: frozenset[tuple[str, bool]], kinds: frozenset[str]) -> bool:
        return bool(self.kinds & kinds) or any(_same_place(a, b) for a in self.places for b in places)

    def conflicts(self, places: frozenset[tuple[str, bool]], kinds: frozenset[str]) -> bool:
        """Another place ("in Baghdad" after "in Kirkuk"; a city and the country it may lie in are no
        conflict) or another kind ("a roadside bomb" after "the suicide car bomb")."""
        if self.kinds and kinds and not self.kinds & kinds:
            return True
        if self.shares(places, frozenset()):
            return False
        return any(mine[1] == theirs[1] for mine in self.places for theirs in places)


def _same_place(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """ "Diyala" and "Diyala province" are one place."""
    words_a, words_b = set(a[0].split()), set(b[0].split())
    return a[1] == b[1] and (words_a <= words_b or words_b <= words_a)


class _Violence:
    """The violent events of one article, in the order they are named. A mention that points back ("the
    blast") is an event before it whose place and kind it does not contradict; a generic one ("attacks")
    is never a single event named before, only violence named in the plural; "a roadside bomb" is new."""

    def __init__(self, headline: int) -> None:
        self.headline = headline
        self.events: list[_Event] = []

    def key(self, noun: Token, modifiers: Span) -> str:
        places, kinds = _places(noun), _kinds(modifiers)
        plural = noun.tag_ == "NNS"
        event = self._named_before(noun, _form(noun), plural, places, kinds)
        if event is None:
            lemma = noun.lemma_.lower()
            key = lemma if all(e.key != lemma for e in self.events) else f"{lemma}#{len(self.events)}"
            event = _Event(key, plural, noun.i < self.headline, noun.sent.end)
            self.events.append(event)
        event.places |= places
        event.kinds |= kinds
        event.in_headline = event.in_headline and noun.i < self.headline
        return event.key

    def _named_before(
        self,
        noun: Token,
        form: str,
        plural: bool,
        places: frozenset[tuple[str, bool]],
        kinds: frozenset[str],
    ) -> _Event | None:
        if not self.events:
            return None
        if all(e.in_headline for e in self.events):
            # A headline names one event without determiners ("Car bomb ramming attack kills dozens"), and
            # the body introduces it again ("a bombing killed…").
            return self.events[-1]
        if form == _NEW:
            return None
        fitting = [e for e in self.events if not e.conflicts(places, kinds)]
        if form == _GENERIC:
            fitting = [e for e in fitting if e.plural]
        # One named in the same place or kind, else in the same number ("the attack on the shop" after
        # "attacks in Baghdad" is the attack named before them), else one named just before ("…a roadside
        # bomb killed two. The blast…"), else the article's first, the one it reports on.
        just_before = noun.sent.start
        return max(
            fitting,
            key=lambda e: (e.shares(places, kinds), e.plural == plural, e.introduced_until >= just_before),
            default=None,
        )


# Which word of a violent event names it best: the act before its effects and its weapon.
_LABEL_RANK = ("bombing", "shooting", "massacre", "airstrike", "attack", "explosion", "blast", "bomb")


def event_label(texts: list[str]) -> str:
    """The label of an event entity from its mentions' words, in order: the first of the best-ranked
    word with the most words ("twin bombings" over "bombs" and "the second blast")."""

    def rank(text: str) -> int:
        head = text.split()[-1]
        for word in (head, head[:-1] if head.endswith("s") else head):
            if word in _LABEL_RANK:
                return len(_LABEL_RANK) - _LABEL_RANK.index(word)
        return 0

    best = max(rank(t) for t in texts)
    candidates = [t for t in texts if rank(t) == best]
    most = max(len(t.split()) for t in candidates)
    return next(t for t in candidates if len(t.split()) == most)


def _kind_of_named_event(token: Token) -> Mention | None:
    """ "a no-deal Brexit", "a 'no deal' Brexit", "a hard Brexit": a named event with words before it
    that say which kind of it is another event than the bare name (None for a bare name or no event)."""
    if token.lower_ not in NAMED_EVENTS:
        return None
    kinds = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    if not kinds:
        return None
    start = min(c.left_edge.i for c in kinds)
    words = [t for t in token.doc[start : token.i + 1] if not t.is_quote]
    if any(t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") for t in words[:-1]):
        return None  # "the UK's Brexit", "May's Brexit": an owner, not a kind
    text = "".join(t.text + (t.whitespace_ or (" " if t.nbor(1).is_quote else "")) for t in words[:-1])
    text = f"{text.strip()} {token.text}"
    return Mention(start, token.i + 1, text, "EVENT", None, actor=text.lower())


def _idiom(noun: Token) -> bool:
    """ "resigned in protest", "in protest at": a manner, not an event taking part in the clause."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and noun.lower_ == "protest"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)
    )


def _acting(noun: Token) -> bool:
    """ "the bomb killed six", "the first bomb went off": a weapon that is the subject of an active verb
    stands for the event it made."""
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB"


def _modifier(token: Token, head: Token, named: set[int]) -> bool:
    """Words that say which event: "twin", "suicide", "extradition", "anti-government"; not "new", "the",
    "deplorable"."""
    hyphen = token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return (
        token.i not in named
        and token.dep_ in ("amod", "compound")
        and (token.is_alpha or hyphen)
        and token.lower_ not in VAGUE_MODIFIERS
        and (token.head.i == head.i or token.head.i > token.i)
    )
