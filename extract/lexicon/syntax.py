"""Dependency labels, part-of-speech tags and entity labels the rules key on, each set defined once.

These are the labels of spaCy's English pipelines (ClearNLP dependencies, Penn Treebank tags, OntoNotes
entity types). They are code, not data: a model with another label scheme needs other rules, not other
lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geokg.extract.lexicon.entity_words import FIRM_HOLDING_NOUNS, LOCATIVE_PREPS, PAST_ADVERBS
from geokg.extract.lexicon.words import ACTED_AGAINST_PREPS, RELATION_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# --- subjects ---------------------------------------------------------------------------------------------
# Every grammatical subject, nominal or clausal, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Subjects of an active verb: who does what the verb says.
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Nominal subjects, active or passive: the subjects a pronoun or a name can be.
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A clause with any of these states its own subject, even one that names no entity (an expletive "it").
EXPLICIT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})

# --- objects and complements ------------------------------------------------------------------------------
# What a copula says its subject is: "is the leader", "is critical of".
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "acomp"})
# What a verb acts on directly ("attacked Ukraine", "gave Iraq aid", "is the leader", "named him envoy").
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Objects a request or permission verb passes on as its infinitive's subject ("urged Iraq to stop").
CONTROLLER_DEPS = frozenset({"dobj", "dative"})
# Everything that completes what a verb says about its subject, clauses and adjectives included.
COMPLEMENT_DEPS = OBJECT_DEPS | {"acomp", "ccomp", "xcomp"}
# Dependents that add where, when or how.
ADJUNCT_DEPS = frozenset({"prep", "agent", "npadvmod", "advmod", "tmod"})
# Clauses whose subject comes from the verb that governs them.
GOVERNED_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "pcomp"})
# Clauses that report or govern an infinitive ("said that…", "refused to…", "came to…").
COMPLEMENT_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
# Clauses that carry reported content.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})

# --- the verb group ---------------------------------------------------------------------------------------
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# The auxiliaries and the negation that make up a verb group with the verb.
VERB_GROUP_DEPS = AUXILIARY_DEPS | {"neg"}
# What a coordinated verb with its own subject or auxiliary does not share with the first verb.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg"})
# Adverbs inside a verb group: "has *not* improved", "is *hopelessly* behind".
VERB_ADVERB_DEPS = frozenset({"advmod", "neg"})
# A verb depending on its governor through these heads no clause of its own.
NOT_CLAUSE_DEPS = frozenset({"amod", "compound", "aux", "auxpass", "nmod", "npadvmod", "pobj", "dobj"})

# --- noun phrases -----------------------------------------------------------------------------------------
# Modifiers inside a noun phrase that may name another entity ("U.S. troops", "Iraq's government").
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Modifiers of a noun that name an entity it belongs to or acts for: who does what an event noun says
# ("Russia's attack", "U.S. sanctions"), whose a weapon or a subject noun is ("an Interpol spokesperson").
ENTITY_MODIFIER_DEPS = frozenset({"poss", "compound", "amod"})
# Modifiers inside a noun phrase before its head: "Iranian airline", "Foreign Ministry spokesman".
PRENOMINAL_DEPS = frozenset({"amod", "compound"})
# The parts of a name phrase: its modifiers and an apposition.
NAME_DEPS = NOUN_MODIFIER_DEPS | {"appos"}
# Non-restrictive asides inside a noun phrase.
ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})
# Coordination.
CONJ_DEPS = frozenset({"conj", "cc", "preconj"})
# Where a noun can stand as an actor of a clause: subject, by-agent, possessor, object.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss", "dobj"})
# A clause's subject and direct object: "no country", "nothing" there negates the clause.
CORE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Relative and participle clauses that modify a noun.
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Objects of a preposition: a noun, or a clause ("from flying").
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})

# --- part-of-speech tags ----------------------------------------------------------------------------------
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NOUNISH_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Tokens that never start or end a phrase.
EDGE_JUNK_POS = frozenset({"PUNCT", "CCONJ"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verb forms that can share a preceding verb's auxiliary ("has bought and sold").
AUXILIARY_SHARING_TAGS = frozenset({"VB", "VBN", "VBG"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})

# --- punctuation -----------------------------------------------------------------------------------------
# Quotation marks as the tokenizer leaves them: curly and guillemet marks say which side they open, straight
# ones (and the `` '' of converted text) do not.
OPENING_QUOTES = frozenset({"“", "«"})
STRAIGHT_QUOTES = frozenset({'"', "``", "''"})
CLOSING_QUOTES = frozenset({"”", "»"})
QUOTATION_MARKS = OPENING_QUOTES | STRAIGHT_QUOTES | CLOSING_QUOTES
# Single marks: an apostrophe, or a quotation inside a quotation; web copies also open or close whole
# quotations with them.
SINGLE_QUOTES = frozenset({"'", "‘", "’"})
# The marks that set off an aside inside a sentence, by the mark that opens it: the marks that can close
# it ("the Group of Five -- the United States, Japan and France -- met"); wire copy's single " - " dash, which
# also joins words, closes only its own kind.
ASIDE_MARKS = {
    ",": frozenset({","}),
    "--": frozenset({"--", "—", "–"}),
    "—": frozenset({"--", "—", "–"}),
    "–": frozenset({"--", "—", "–"}),
    "-": frozenset({"-"}),
    "(": frozenset({")"}),
}

# --- named entities ---------------------------------------------------------------------------------------
# NER labels of actors and of places an actor can act on; dates, numbers and works are not nodes.
ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})
# NER labels of places, sites and buildings included ("Kenya", "the Alps", "Heathrow Airport").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# NER labels of sums and measures ("$2 billion", "500 tonnes"), not counts of things.
AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY"})
# NER labels of times ("Thursday", "next week", "9 a.m.").
TIME_LABELS = frozenset({"DATE", "TIME"})
# NER labels of places that are areas, no site or building: countries, cities, regions ("Kenya", "the Alps").
REGION_LABELS = frozenset({"GPE", "LOC"})
# NER labels of a party an act is done to ("sanctions on Peru", "against the Andean Party"): a person, a
# state, a body or a people; a date or a sum after "on" ("acted on Monday") is none.
PARTY_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})


# --- tests of a token's own dependants, made in several rules ---------------------------------------------
def entity_span(token: Token) -> tuple[int, int]:
    """The first and last-plus-one index of the tagger's entity span the token lies in (the token alone
    when it is in none)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def first_conjunct(token: Token) -> Token:
    """The first member of the list the token is a later member of ("Japan" for "West Germany" in "in Japan
    and West Germany"): the word that stands where the list stands in the clause; the token itself when it
    is no list's later member."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def preposition_of(pobj: Token) -> tuple[Token, str]:
    """The first word and the lower-cased words of the preposition, of one word or of several, whose object
    the token is: "to" for "sent to X"; "in addition to" for "in addition to X" (the parser hangs "to" on
    the noun "addition", itself the object of "in"); "along with", "apart from" (it hangs "with" on "along",
    "from" on "apart"). Only words right before each other make one preposition."""
    prep = first = pobj.head
    while first.dep_ == "prep" and first.head.i == first.i - 1:
        above = first.head
        if above.dep_ in ("prep", "advmod"):
            first = above  # "along with", "apart from"
        elif above.dep_ == "pobj" and above.head.i == above.i - 1:
            first = above.head  # "in addition to"
        else:
            break
    return first, " ".join(t.lower_ for t in pobj.doc[first.i : prep.i + 1])


def lemma_in(lemma: str, words: frozenset[str]) -> bool:
    """Is the lemma, or a plural the tagger left unfolded ("Reports" opening a sentence), one of the words?"""
    return lemma in words or lemma.removesuffix("s") in words


def to_infinitive(verb: Token) -> bool:
    """Is the verb a "to"-infinitive ("to release", "to go")? A "to" with its own noun is a preposition
    the parser hung on the verb as its marker: "has to date granted loans", "to this day", a time phrase
    in a perfect, owes nothing."""
    return any(
        c.dep_ == "aux" and c.lower_ == "to" and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def acted_against(act: Token, before: int) -> list[Token]:
    """The named parties an act is done to, after "against" or "on" (words.tsv acted_against_preps) on the
    act's word before index `before` (a "for" phrase or a gerund that follows): [Peru] for "levied higher
    tariffs against Peru for ...", "retaliate against Peru for ...". Only a named party (PARTY_LABELS): in
    "acted on Monday for unfair reasons" the "on" phrase is a date, and the "for" phrase is the doer's
    own reason. One reading for subjects (who does the gerund), coref (whose "its") and stance (whose wrong
    the "for" phrase names), so they never disagree."""
    return [
        pobj
        for prep in act.children
        if prep.dep_ == "prep" and prep.lower_ in ACTED_AGAINST_PREPS and prep.i < before
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ in PARTY_LABELS
    ]


def indefinite(noun: Token) -> bool:
    """Does the noun have an indefinite article ("a police officer", "an Australian")?"""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def relation_noun(noun: Token) -> bool:
    """Is the word a noun of relations between sides (words.tsv relation_nouns: "relations", "talks",
    "dispute")? Its lemma or, where the lemmatizer leaves a form of the list alone, the word itself: one test
    for the parse repair (io/nlp.py) and for the readings of reported content (clauses/objects.py, rules.py),
    so they never disagree on a word."""
    return noun.lemma_.lower() in RELATION_NOUNS or noun.lower_ in RELATION_NOUNS


# Determiners that pick one member out of a group: "an Australian, X", "another Italian, Y", "one Briton, Z".
ONE_OF_A_GROUP_DETERMINERS = frozenset({"a", "an", "another", "one"})


def named_one_of_a_people(token: Token) -> list[Token]:
    """The appositions that name one of a people or party: [X] for "An Australian, X", "another Italian, X"
    or "a Republican, X"; none unless the token is such a group's word picked out by its determiner."""
    if token.ent_type_ != "NORP" or not any(
        c.dep_ in ("det", "nummod") and c.lower_ in ONE_OF_A_GROUP_DETERMINERS for c in token.children
    ):
        return []
    return [c for c in token.children if c.dep_ == "appos"]


# --- numbers and years written in the text ----------------------------------------------------------------
def written_number(token: Token) -> bool:
    """A number or a time or score written with digits ("2:05:46", "3-1")."""
    return token.like_num or token.pos_ == "NUM" or (token.text[:1].isdigit() and token.text[-1:].isdigit())


def written_year(token: Token) -> int | None:
    """The year a token writes ("1868", "2016"), or None."""
    text = token.text
    return int(text) if len(text) == 4 and text.isdigit() and text[:2] in ("17", "18", "19", "20") else None


def year_of_day(day: str | None) -> int | None:
    """The year of an article's date ("2020-05-01" -> 2020), or None when it has none."""
    return int(day[:4]) if day and day[:4].isdigit() else None


def after_particle(obj: Token, particles: frozenset[str]) -> bool:
    """Is the object right after a preposition the parser took for its verb's particle ("taking in the
    Pacific": "in" as RP, the place as the object)?"""
    start = obj.left_edge.i
    return any(c.dep_ == "prt" and c.lower_ in particles and c.i == start - 1 for c in obj.head.children)


def stands_as_place(name: Token) -> bool:
    """Does a name stand as where something is or happens ("in Peru", "at Lima", "into the Pacific")?"""
    return name.dep_ == "pobj" and name.head.lower_ in LOCATIVE_PREPS


def held_in(name: Token) -> bool:
    """Is the name what owners hold a part of ("a stake in X", "the shares in X", "minority shareholders in
    X"; data: firm_holding_nouns)? The noun stands right before "in", however the parser hangs the "in"
    ("buy the shares in X" on the verb): a firm, no place where something is."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "in" or prep.i == 0:
        return False
    noun = name.doc[prep.i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in FIRM_HOLDING_NOUNS


def fronted(prep: Token, verb: Token) -> bool:
    """Is the phrase set before all the verb's subjects and closed by a comma ("With X, the mayor …", "To
    Lima, the fund is …", "In Peru, Acme …")? Then it frames the whole clause."""
    subjects = [c.i for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    after = prep.right_edge.i + 1
    comma = after < len(prep.doc) and prep.doc[after].text == ","
    return comma and bool(subjects) and all(prep.i < s for s in subjects)


def former_name(name: Token) -> bool:
    """Is the name an apposition after a past adverb ("the Zenith Exchange, formerly the Kestrel Exchange"):
    what the thing was called, the same thing under its old name?"""
    past = any(c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS for c in name.children)
    return past and name.dep_ == "appos"
