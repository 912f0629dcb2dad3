"""Coreference of our own: pronouns and nominal anaphora ("the country", "the airline") onto entities.

No coreference model works offline here, so these are rules, tuned to abstain rather than guess:
- he/him/his, she/her: the nearest earlier person in the same sentence; otherwise, from the previous
  sentences, the only person mentioned there, or the person who is the grammatical subject there. A
  person named in passing (in a relative clause, in a noun's "of"/"with" phrase) yields to another.
- it/its: the only organisation or country that is a subject in the same or the previous sentence.
- they/them/their: the only group or organisation that is a subject in the same or previous sentence.
- "the country", "the nation": the latest country mentioned before, other than the clause's own subject.
- "the minister", "the airline": the latest entity whose title or description has that noun.
- "the company", "the agency" as a subject: the one organisation of that kind in the recent sentences;
  of several, the subject of the main clause before ("X said its unit Y earned … The company plans …": X);
  in a prepositional phrase, the one of that kind its sentence named before as an object ("X bought a stake
  in Y and will merge with the company": Y).
- "the former", "the latter": the first or the second of the two entities coordinated just before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from geokg.extract.entities.actors import (
    STATE_WORD_LABELS,
    mixed_group,
    pair_determined,
    sector_of_word,
    the_companies,
)
from geokg.extract.entities.clusters import DocEntities
from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import headline_end, is_legal_form, party_member_description
from geokg.extract.entities.offices import office_kinds
from geokg.extract.entities.organisations import MEDIA_SECTOR, lookup_organisation
from geokg.extract.entities.places import division_type
from geokg.extract.entities.titles import holds_bare_title, is_role_word, role_phrase, sex_of_title
from geokg.extract.io.turns import Label, speaker_labels
from geokg.extract.lexicon.cameo import event_code
from geokg.extract.lexicon.entity_words import (
    IGO_KIND_NOUNS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    PRESS_HEADS,
    STORM_WORDS,
    TROPICAL_STORM_WORDS,
)
from geokg.extract.lexicon.syntax import (
    CLOSING_QUOTES,
    CORE_ARGUMENT_DEPS,
    ENTITY_MODIFIER_DEPS,
    NAME_DEPS,
    NOMINAL_SUBJECT_DEPS,
    OPENING_QUOTES,
    PRONOUN_TAGS,
    QUOTATION_MARKS,
    SINGLE_QUOTES,
    STRAIGHT_QUOTES,
    TIME_LABELS,
    VERB_POS,
    acted_against,
    indefinite,
)
from geokg.extract.lexicon.words import (
    ACCORD_NOUNS,
    ACTOR_DESCRIPTION_NOUNS,
    AGENT_NOUN_ENDINGS,
    ANTECEDENT_THING_NOUNS,
    COLLECTIVE_PLURALS,
    COMPANY_NOUNS,
    CONTENDER_NOUNS,
    CONTINUING_SPEECH_VERBS,
    COUNTRY_NOUNS,
    DIVISION_TYPES,
    DOCUMENT_NOUNS,
    ELAPSED_TIME_MARKS,
    EPITHET_NOUNS,
    FEMALE_WORDS,
    FIRM_NOUNS,
    GOVERNMENT_WORDS,
    GRIEVANCE_PREPS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    HEADED_GOVERNMENT_NOUNS,
    KIND_LABEL_WORDS,
    KIND_SECTORS,
    MALE_WORDS,
    MOUTHPIECE_NOUNS,
    NATIONAL_ADDRESS_WORDS,
    OBJECT_CONTROL_PREPS,
    OBJECT_PRONOUNS,
    OFFICER_BODY_NOUNS,
    PAIR_WORDS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    PURPOSE_PREPS,
    REFERRING_GROUP_NOUNS,
    RELATIONAL_NOUNS,
    REPORTING_VERBS,
    SPEAKER_CONTINUING_ADVERBS,
    SPEECH_VERBS,
    STATE_BODY_COMPOUND_NOUNS,
    STATE_PAIR_NOUNS,
    STATE_SOURCE_NOUNS,
    STYLE_NOUNS,
    SUSPECT_NOUNS,
    THING_PRONOUNS,
    UNNAMED_PERSON_NOUNS,
    VERBAL_EVENT_ROOTS,
    WEATHER_ADJECTIVES,
    WEATHER_VERBS,
)
from geokg.extract.records import Entity
from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from geokg.extract.entities.roles.records import Role

LOOKBACK_SENTENCES = 2
# Where "the U.S. company" may stand for the firm the sentence before had as its subject: as a subject, and
# as an object ("the deal gives the U.S. firm capital", "analysts are upbeat about the Japanese insurer").
DESCRIBED_FIRM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
# Named things that "it" may stand for but that act for nobody: a storm, a law, a product, a work.
THING_TYPES = frozenset({"EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
# "assurances from the US", "a pledge by Peru": the body a promise or a report comes from.
SOURCE_PREPS = frozenset({"from", "by"})
# A noun in these positions says what something is, not which thing it is.
PREDICATIVE_DEPS = frozenset({"attr", "oprd", "appos", "acomp"})
# "the former" is the first of the two things just named, "the latter" the second.
ORDINAL_REFERENCES = {"former": 0, "latter": 1}
# Links by which a name hangs in a side phrase of a clause, not in the clause itself: a relative or other
# clause of a noun, an adverbial clause ("Roe, who beat Doe, …", "after meeting Doe, …"). An apposition
# is not one: "the opposition candidate, Jan Roe," names the clause's argument itself.
SIDE_LINKS = frozenset({"relcl", "acl", "advcl"})


@dataclass(frozen=True, slots=True)
class Antecedent:
    entity_id: str
    kind: str  # "pronoun" or "nominal"
    others: tuple[str, ...] = ()  # further referents of a plural reference ("the two", "both")


@dataclass(frozen=True, slots=True)
class _Seen:
    token: int
    entity_id: str
    type: str
    subject: bool
    sentence: int
    owner_of_role: bool = False  # "Obama's vice president": the person meant is someone else
    sex: str | None = None  # "f" or "m" when the words that refer here say it ("his daughter", "she")
    # a plural common noun ("tech companies", "creditor banks"): a group of bodies, never what "it" stands for
    plural: bool = False
    # a plural people's name ("the Saudis", "the Americans"): what a "they" stands for, never an "it"
    plural_name: bool = False
    # a body named by the plural of what its members are called ("the Tories", "the Democrats"): a "they"
    members_plural: bool = False


def _body_name(label: str) -> bool:
    """Does a name of two words or more end in a head noun of organisations ("U.S. Embassy", "Kyiv Post",
    "Lima Gazette")? Then it names a body, whatever type the tagger gave it."""
    words = label.split()
    head = words[-1].lower() if len(words) > 1 and words[-1][:1].isupper() else ""
    return head in ORGANISATION_HEADS or head in PRESS_HEADS


def _body_of_its_speaker(noun: Token) -> bool:
    """Is the noun a state's body named bare before one who speaks or acts for it ("a ministry spokesman",
    "embassy officials", "ministry sources") or before a document that speaks for it ("the ministry
    document said", "a ministry forecast": document_nouns), which is the body the text named before, as
    "the ministry" is? Not the government ("a government spokesman" is the story's state's, actors.py)."""
    lemma, speaker = noun.lemma_.lower(), noun.head.lemma_.lower()
    # (tagged a name where it opens the sentence: "Ministry officials said")
    if noun.dep_ != "compound" or noun.tag_ not in ("NN", "NNP") or any(True for _ in noun.children):
        return False
    if lemma not in STATE_BODY_COMPOUND_NOUNS or lemma in GOVERNMENT_WORDS:
        return False
    return is_role_word(speaker) or speaker in STATE_SOURCE_NOUNS or speaker in DOCUMENT_NOUNS


def _owner_of_role(head: Token) -> bool:
    owned = head.head
    return head.dep_ == "poss" and (is_role_word(owned.lower_) or owned.lemma_.lower() in RELATIONAL_NOUNS)


# The types of named mentions (a thing the text names, a bill or a report, is none)
_NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _is_subject(token: Token) -> bool:
    """Subjects, their conjuncts, and modifiers of a subject noun ("an *Interpol* spokesperson stated"), not
    of one a name is in apposition to: "the *German* carmaker Volkswagen said it …" is said by the
    carmaker, and "it" is never Germany; a name in apposition to a subject noun is that subject ("Japan's
    biggest bank, *X*, said it …")."""
    if token.dep_ in ENTITY_MODIFIER_DEPS and token.head.pos_ == "NOUN":
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.head.children):
            return False
        if token.ent_type_ in STATE_WORD_LABELS and token.head.lemma_.lower() in FIRM_NOUNS:
            return False  # "the American company said it …": the firm speaks, and "it" is never the state
        if token.dep_ == "poss" and _ranked_one_of(token.head):
            return False  # "Opec's second-biggest producer has ...; it will supply X": one of its members
        token = token.head
    if token.dep_ == "conj":
        token = token.head
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        token = token.head  # "Japan's biggest bank, X, said it …": the name renames the subject noun
    return token.dep_ in NOMINAL_SUBJECT_DEPS


def _ranked_one_of(noun: Token) -> bool:
    """ "Opec's second-biggest producer", "Japan's largest bank": a noun ranked by a superlative picks one of
    its owner's members or things, which is what acts, never the owner."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_.endswith("-biggest")) for c in noun.children)


def _of_a_state(noun: Token) -> bool:
    """Is a noun modified by a state's name or adjective, or a place's "-based", and nothing else ("the U.S.
    company", "the Japanese bank", "the Tokyo-based firm"), not by words that say more ("the big U.S.
    company"), nor renamed by a name in apposition ("the Chinese developer X" is X) or told by "of"?"""
    if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return False  # "the German maker of the drones" says which maker
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    return bool(modifiers) and all(_state_word(c) for c in modifiers)


def firm_of_its_kind_beside(noun: Token, sentence: Span) -> bool:
    """Does a sentence name, outside its subject, a firm whose name ends in an object noun's own word
    ("Kestrel sold a stake to Ostara Bank. Analysts said the deal helps the British bank")? That firm may
    be the one the noun describes, so the subject is no longer the only firm it may go on with. A subject
    noun goes on with the subject whatever else the sentence names (wire style)."""
    if noun.dep_ in NOMINAL_SUBJECT_DEPS:
        return False
    kind = noun.lemma_.lower()
    for word in sentence:
        if word.ent_type_ != "ORG" or word.lemma_.lower() != kind:
            continue
        name = word
        while name.dep_ == "compound" and name.head.ent_type_ == "ORG":
            name = name.head
        if name.dep_ not in NOMINAL_SUBJECT_DEPS:
            return True
    return False


def _state_words(noun: Token) -> list[Token]:
    """The words naming the state or place of "the U.S. company", "the Tokyo-based firm"."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return [p for w in words for p in ([w] if w.lower_ != "based" else list(w.children))]


def _state_word(word: Token) -> bool:
    """A state's name or adjective ("U.S.", "Japanese"), or a place's "-based" ("the Tokyo-based firm")."""
    if word.lower_ == "based":
        places = [c for c in word.children if c.dep_ in ("npadvmod", "compound") and c.i < word.i]
        return bool(places) and all(c.ent_type_ == "GPE" for c in places)
    return word.ent_type_ in STATE_WORD_LABELS and all(
        _state_word(c) for c in word.children if c.dep_ in ("compound", "amod")
    )


def _may_name_people(noun: Token) -> bool:
    """Could this plural noun be what "they" stands for: people, a group or a body of people? Agent nouns
    ("workers", "detainees", "migrants") and the listed nouns are; "rocks", "measures" are not."""
    words = {noun.lower_, noun.lemma_.lower()}
    if words & (PEOPLE_NOUNS | GROUP_NOUNS | COLLECTIVE_PLURALS) or any(sector_of_word(w) for w in words):
        return True
    return noun.lower_.endswith(AGENT_NOUN_ENDINGS)


def _plural_name(head: Token) -> bool:
    """Is a name's head a plural people's name ("the Saudis", "the Kuwaitis", which the tagger may call
    singular)?"""
    return head.tag_ == "NNPS" or (
        head.ent_type_ == "NORP" and head.pos_ == "PROPN" and head.lower_.endswith("s")
    )


def _members_plural(name: Span) -> bool:
    """Is a name the plural of what a people's or a party's members are called ("the Tories", "the
    Conservatives", "the Democrats", "the Saudis"), grammatically plural and so never what "it" stands for?
    A firm's or a state's name that only looks plural ("General Motors", "the Philippines") is none: it is
    neither tagged a people's nor listed as a party's name."""
    head = name.root
    if not _plural_name(head):
        return False
    if head.ent_type_ == "NORP":
        return True
    words = [t.text for t in name if t.tag_ != "DT" and not t.is_punct]
    party = lookup_organisation(" ".join(words)) if words else None
    return party is not None and party.kind == "party"


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in (the word itself when it is one, the root at the most)."""
    verb = token
    while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _object_controlled_gerund(verb: Token) -> bool:
    """ "accused Japan [of sending] …", "warned NATO [against moving] …": a gerund that is the object of a
    preposition whose doer is the object of the verb above (object_control_preps); not "before moving",
    which the subject does."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in OBJECT_CONTROL_PREPS
        and prep.head.i != prep.i
    )


def _governing_verb(verb: Token) -> Token:
    """The verb above a controlled clause: an infinitive's head, the verb a gerund's preposition is on."""
    return verb.head.head if verb.dep_ == "pcomp" else verb.head


def _after_of(noun: Token) -> list[Token]:
    """The words an "of" after the noun governs ("the state of [Ohio]", "the state of the [economy]")."""
    return [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for o in prep.children]


def _raised_patient(token: Token) -> bool:
    """ "expects it to be lifted", "wants it to be scrapped": the subject of a passive infinitive under
    another verb."""
    verb = token.head
    return (
        token.dep_ == "nsubjpass"
        and verb.dep_ in ("ccomp", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)


def _reporting_subject(token: Token) -> Token | None:
    """The one subject of the verb of speech whose content clause the pronoun opens as its subject ("X
    said he …"), not across a quotation's edge and not a coordinated pair; None otherwise."""
    if token.dep_ not in NOMINAL_SUBJECT_DEPS or token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in SPEECH_VERBS or _quoted_apart(token, verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    return subjects[0]


def _quoted_apart(pronoun: Token, verb: Token) -> bool:
    """Does a quotation mark stand between a pronoun and the verb of speech (`"He was a giant," wrote
    X`)? Then the pronoun is in the speaker's own words, where the speaker is "I" and "he" someone else."""
    first, last = sorted((pronoun.i, verb.i))
    return any(t.text in QUOTATION_MARKS for t in pronoun.doc[first + 1 : last])


def _sex(token: Token) -> str | None:
    word = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
    return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None


def _same_sex(token: Token, seen: _Seen, known: str | None = None) -> bool:
    """May a pronoun refer to what was seen, as far as the words tell their sex (`known`: what the article
    has told of that entity elsewhere)?"""
    sex = _sex(token)
    if sex is None:
        return True
    return all(other is None or other == sex for other in (seen.sex, known))


def _sex_of_descriptions(descriptions: Mapping[str, set[str]]) -> dict[str, str]:
    """Entity id -> "f" or "m" when what the text calls the entity says it ("his widow Jane Roe", "the
    spokeswoman"): a later "he" is someone else."""
    found: dict[str, str] = {}
    for entity_id, nouns in descriptions.items():
        sexes = {"f" if noun in FEMALE_WORDS else "m" for noun in nouns if noun in FEMALE_WORDS | MALE_WORDS}
        if len(sexes) == 1:
            found[entity_id] = sexes.pop()
    return found


# Where "the accused" stands as a noun phrase; CAMEO codes of charging someone: accuse (112), convict (116),
# arrest, detain, charge, indict (173).
SUSPECT_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})
SUSPECT_CODES = ("112", "116", "173")


def _charged(verb: Token) -> list[Token]:
    """Whom a verb of charging acts on: its object ("police arrested X"), its passive subject ("X was
    charged"), or, for a participle with no subject of its own, the subject of the clause it hangs on ("X
    appeared in court, charged with murder")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    own_subject = any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)
    if not own_subject and verb.tag_ == "VBN" and verb.dep_ == "advcl":
        found += [c for c in verb.head.children if c.dep_ == "nsubj"]
    elif not own_subject and verb.tag_ == "VBN" and verb.dep_ == "acl":
        found.append(verb.head)
    return [t for head in found for t in (head, *head.conjuncts)]  # "X and Y were charged": both


def body_named_before_title(noun: Token) -> bool:
    """Does a body's noun stand before the title ("the Argentine central bank president", "the Chilean
    senate committee chairman")? Then the title is that body's, not its state's."""
    return any(
        c.dep_ == "compound" and c.i < noun.i and c.lemma_.lower() in OFFICER_BODY_NOUNS
        for c in noun.children
    )


def not_the_named_holder(noun: Token, holder_country: str | None) -> bool:
    """Is an official the text describes by an office ("a senior Foreign Ministry official", "the Japanese
    ministry spokesman") someone else than the one person the article names in that office or body? An
    indefinite one is someone the text leaves unnamed; one whose words give another state than the named
    holder's ("Japanese" of a Chinese minister, "the representative of Chile" beside Peru's)
    holds another office. An apposition or a predicate
    describes whom it is said of ("Jane Doe, a Toronto lawyer"), who may be that holder."""
    if indefinite(noun) and noun.dep_ not in PREDICATIVE_DEPS:
        return True
    for word in noun.subtree:
        # (the state's word may open the body's name: "the Peruvian Foreign Ministry")
        if word.i < noun.i and word.pos_ in ("ADJ", "PROPN") and word.dep_ in ("amod", "compound"):
            country = lookup_country(word.text)
            if country is not None and holder_country and country.iso3 != holder_country:
                return True
    return of_another_state(noun, holder_country)


def of_another_state(noun: Token, holder_country: str | None) -> bool:
    """Does an office noun's "of" phrase name another state than the holder's ("the representative of Chile"
    beside Peru's named representative)?"""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or not holder_country:
            continue
        for pobj in prep.children:
            named = " ".join(w.text for w in pobj.subtree if w.dep_ != "det") if pobj.dep_ == "pobj" else ""
            country = lookup_country(named) if named else None
            if country is not None and country.iso3 != holder_country:
                return True
    return False


def expletive(token: Token) -> bool:
    """ "found it curious he was called …", "it was reported that …", "it is unclear whether …": an
    "it" that stands before the clause it anticipates refers to nothing."""
    if token.lower_ != "it" or token.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    head = token.head
    later = [c for c in head.children if c.i > token.i]
    if _weather(head, later):
        return True  # "it was mostly dry in X", "it turned colder", "it rained": the weather, no one
    if head.pos_ in ("ADJ", "NOUN"):  # a small clause: "found it curious (that) …", "made it hard to …"
        return any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in later)
    clause = any(c.dep_ in ("ccomp", "csubj") for c in later)
    if head.lemma_ == "be":
        # "it is unclear whether …", not "it is ready to fight" (a to-infinitive may be its own)
        told = [c for c in later if c.dep_ in ("acomp", "attr")]
        cleft = _cleft(told) or _span_of_time(later)
        subject_clause = any(_for_to_clause(c) for c in [*later, *(c for t in told for c in t.children)])
        return clause or any(c.dep_ == "ccomp" for t in told for c in t.children) or cleft or subject_clause
    return token.dep_ == "nsubjpass" and clause  # "it was reported that …"


def _for_to_clause(word: Token) -> bool:
    """Is the word the verb of a "for X to do" clause ("it was a breakthrough for the lenders to offer
    relief", "it is vital for Peru to act")? Such a clause, with its own subject, is what the "it" before
    "be" anticipates; "it is ready to fight" (no "for", no subject of its own) is not one."""
    children = list(word.children)
    return (
        word.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _span_of_time(later: list[Token]) -> bool:
    """Is an "it is" followed by a span of time up to or from a clause ("it could be two weeks before X
    answers", "it will be weeks until Y", "it has been years since Z": elapsed_time_marks)? The span is the
    clause's, the "it" no one. The parser hangs the span on "be" or on the clause. Only when the span is all
    "be" says: with a phrase, noun or adjective of its own the span merely dates it ("it will be in talks
    with Y next week before Z votes": "it" is a party that meets Y)."""
    for clause in later:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ELAPSED_TIME_MARKS for c in clause.children
        ):
            continue
        spans = [c for c in later if c.dep_ in ("attr", "npadvmod") and c.i < clause.i]
        spans += [c for c in clause.children if c.dep_ == "npadvmod" and c.i < clause.i]
        said = [c for c in later if c.dep_ in ("prep", "attr", "acomp") and c not in spans]
        if not said and any(span.ent_type_ in TIME_LABELS for span in spans):
            return True
    return False


def _weather(head: Token, later: list[Token]) -> bool:
    """Is an "it" the subject of the weather: a verb of the weather with no object ("it rained", "it snowed";
    not "hailed", which also praises) or a weather adjective it is said to be or become ("it was mostly
    dry", "it turned colder", weather_adjectives)?"""
    if head.lemma_.lower() in WEATHER_VERBS:
        return not any(c.dep_ == "dobj" for c in head.children)  # not "it rained shells on X"
    said = [c for c in later if c.dep_ in ("acomp", "oprd")]
    said += [c for t in said for c in t.conjuncts]
    return any(_weather_adjective(t.lower_) for t in said)


def _weather_adjective(word: str) -> bool:
    """ "dry", "drier", "driest", "colder", "wetter": a weather adjective or its comparative."""
    if word in WEATHER_ADJECTIVES:
        return True
    for ending in ("er", "est"):
        stem = word.removesuffix(ending)
        if stem == word:
            continue
        forms = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem, stem[:-1] + "y")
        if any(f in WEATHER_ADJECTIVES for f in forms if stem[-1:] != "i" or f.endswith("y")):
            return True
    return False


def _style(pronoun: Token) -> bool:
    """ "Her Majesty", "His Excellency", "His Holiness": a possessive that is part of a style of address
    (style_nouns), which names its bearer by itself."""
    owned = pronoun.head
    return pronoun.dep_ == "poss" and owned.text[:1].isupper() and owned.lower_ in STYLE_NOUNS


def _under_own_possession(token: Token) -> bool:
    """Is "the nation's" (an owner) inside a phrase of a noun owned by "its", below the clause's verb ("its
    policies on the nation's lifestyle")? Then "its" and "the nation" are the one state, the subject's."""
    if token.dep_ != "poss":
        return False
    step = token.head
    while step.i != step.head.i and step.pos_ not in VERB_POS:
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in step.children):
            return True
        step = step.head
    return False


def _addressed_nation(noun: Token) -> bool:
    """Is "the nation" or "the country" what a speaker addresses ("a speech to the nation", "addressed the
    nation", "his address to the country")?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        # "a speech to the nation", "gave a speech to the nation" (the parser hangs "to" on the verb)
        said = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")]
        return any(word.lemma_.lower() in NATIONAL_ADDRESS_WORDS for word in said)
    return noun.dep_ == "dobj" and head.lemma_.lower() == "address"


def _actor_noun(noun: Token) -> bool:
    """Does a common noun say what kind of actor something is ("a rogue state", "a terrorist organisation", "a
    close ally", "the regime")?"""
    lemma = noun.lemma_.lower()
    kinds = COUNTRY_NOUNS | ORGANISATION_HEADS | COMPANY_NOUNS | GROUP_NOUNS | RELATIONAL_NOUNS
    return (
        lemma in kinds | ACTOR_DESCRIPTION_NOUNS
        or is_role_word(lemma)
        or _may_name_people(noun)
        or sector_of_word(lemma) is not None
    )


def _described_as_a_thing(token: Token) -> bool:
    """ "Trump called it a 'terrible event'", "described it as a serious mistake": an object "it" that its
    verb calls by a common noun of no actor is a thing, an act or an event, never the body named before
    ("called it a rogue state" may be one)."""
    if token.lower_ != "it" or token.dep_ != "dobj":
        return False
    verb = token.head
    said = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > token.i]
    said += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(c.pos_ == "NOUN" and not _actor_noun(c) for c in said)


def _an_accord_before(token: Token) -> bool:
    """ "Japan began to adhere to the pact and that was why he was not terminating it": an object "it" whose
    sentence last put an accord in an object's place (accord_nouns) stands for the accord, not for the
    body named before it."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return False
    objects = ("dobj", "pobj")
    placed = [t for t in token.sent if t.i < token.i and t.dep_ in objects and t.pos_ in ("NOUN", "PROPN")]
    return bool(placed) and placed[-1].pos_ == "NOUN" and placed[-1].lemma_.lower() in ACCORD_NOUNS


def _thing_subject_above(token: Token) -> bool:
    """ "a trade bill that will be considered by the full House before it moves on to the Senate", "the plan
    was shelved after it failed": a subject "it" of an adverbial clause whose host clause has an unnamed
    thing for its subject (antecedent_thing_nouns, accord_nouns; through a relative "that"/"which", the noun
    the relative clause hangs on) stands for that thing, the nearest antecedent, which acts for no one: not
    for a body named in an agent's or object's place or in the sentence before. "The committee approved the
    bill before it adjourned" keeps its actor subject."""
    if token.lower_ != "it" or token.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb = token.head
    # only an adverbial clause: in a coordinated one ("the pact angered Japan and it retaliated") the object
    # as well may be who goes on
    if verb.dep_ != "advcl":
        return False
    host = verb.head
    subject = next((c for c in host.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < token.i), None)
    if subject is not None and subject.tag_ == "WDT" and host.dep_ == "relcl":
        subject = host.head  # "a bill that will be considered …": the relative stands for the bill
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return False
    return subject.lemma_.lower() in ANTECEDENT_THING_NOUNS or subject.lemma_.lower() in ACCORD_NOUNS


def _of_kind(entity: Entity, words: frozenset[str], sector: str | None) -> bool:
    """Does an organisation's name have a word of the kind ("bank", "airline") or its sector say it?"""
    named = {w.strip(".,").lower() for w in entity.label.split()}
    return bool(named & words) or (sector is not None and entity.sector == sector)


def _cleft(told: list[Token]) -> bool:
    """ "it was Peru that fired first", "it was X's leadership through the floods that earned him …": a
    definite focus followed by "that"/"who" doing the clause's act (the parser may hang the clause on any
    noun after the focus). "It is a country that has …" refers back, so an indefinite focus does not."""
    for focus in (t for t in told if t.dep_ == "attr"):
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in focus.children):
            continue
        if any(
            w.lower_ in ("that", "who")
            and w.dep_ in NOMINAL_SUBJECT_DEPS
            and w.head.dep_ in ("relcl", "ccomp")
            for w in focus.head.subtree
            if w.i > focus.i
        ):
            return True
    return False


def officials_named_before(token: Token) -> list[Token]:
    """ "U.S. military officials said … The officials said …": a bare "officials" refers back to the groups
    of officials the text named with a modifier earlier in its paragraph or the one before (the latest
    first), not to the story's state; [] for any other word. A group named only as "senior officials"
    names no one: the caller takes the first that resolves."""
    if not _bare_group(token):
        return []
    if mixed_group(token):
        return []  # "officials and delegates said": a wider group than the officials named before
    lemma, breaks, pending = token.lemma_.lower(), 0, False
    found: list[Token] = []
    for earlier in reversed(token.doc[: token.i]):
        if earlier.is_space:
            pending = pending or "\n" in earlier.text
            continue
        if pending or "\n" in earlier.whitespace_:
            breaks, pending = breaks + 1, False  # a paragraph ends with this word
            if breaks > 1:
                break
        if earlier.lemma_.lower() == lemma and earlier.tag_ == "NNS" and not _bare_group(earlier):
            found.append(earlier)
    return found


# How a noun is told whose it is: "U.S. officials", "the ministry's officials", "officials of Peru".
_WHOSE_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "poss"})


def _bare_group(noun: Token) -> bool:
    """Is the noun a plural of the officials kind that says nothing of whose they are ("the officials")?"""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in REFERRING_GROUP_NOUNS:
        return False
    return not any(
        c.dep_ in _WHOSE_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "from")) for c in noun.children
    )


def quotation_goes_on(doc: Doc, previous_end: int, start: int) -> bool:
    """Does a quotation open in the sentence right after the one where the previous quotation closed?"""
    if previous_end >= len(doc) or start >= len(doc):
        return False
    sentence_before = doc[start].sent.start - 1
    return sentence_before >= 0 and doc[sentence_before].sent.start <= previous_end


def quote_groups(doc: Doc) -> list[list[tuple[int, int]]]:
    """Spans inside quotation marks, grouped when one quotation runs over several paragraphs (the
    quotations of clauses.quotes; here too, since whom a speaker's pronoun means depends on them). A
    quotation runs on only into a paragraph that reopens it: news style opens the continued words with a
    mark, and a paragraph that does not is the writer's (a closing mark left out), whose own quotation
    is someone else's. Web copies mix their marks: a double mark may close words no double mark opened,
    and a typed "``" may close with a single apostrophe."""
    groups: list[list[tuple[int, int]]] = []
    open_at: int | None = None
    continuing = False
    paragraph_opens = True
    floor = 0  # no quotation left unopened reaches back past a paragraph's start or a closed quotation

    def add(span: tuple[int, int]) -> None:
        if not continuing:
            groups.append([])
        groups[-1].append(span)

    for token in doc:
        if token.is_space and "\n" in token.text:
            if open_at is not None:
                # An unclosed quotation runs on into the next paragraph, which reopens it.
                add((open_at, token.i))
                continuing, open_at = True, None
            else:
                continuing = False
            paragraph_opens = True
            floor = token.i + 1
            continue
        text = token.text
        if paragraph_opens and not token.is_space:
            paragraph_opens = False
            continuing = continuing and (text in OPENING_QUOTES or text in STRAIGHT_QUOTES)
        if open_at is not None and _apostrophe_closes_typed(doc, open_at, token):
            add((open_at, token.i))
            continuing, open_at, floor = False, None, token.i + 1
            continue
        if text not in OPENING_QUOTES and text not in CLOSING_QUOTES and text not in STRAIGHT_QUOTES:
            continue
        if open_at is None and _closes_unopened(token):
            continuing = False
            add((_unmarked_opening(doc, floor, token.i), token.i))
        elif open_at is None and text not in CLOSING_QUOTES:
            open_at = token.i + 1
        elif open_at is not None and _reopens(token):
            # 'she added: "We must act. "Time is short."' in a copy that lost its paragraph breaks: the
            # words ran on into a paragraph that reopened them, the same speaker's
            add((open_at, token.i))
            continuing, open_at = True, token.i + 1
        elif open_at is not None and text not in OPENING_QUOTES:
            add((open_at, token.i))
            continuing, open_at = False, None
        floor = token.i + 1
    return groups


_QUOTED_SENTENCE_ENDS = frozenset({",", ".", "?", "!"})
_TYPED_CLOSERS = frozenset({"''", "”"})
_REPORT_REACH = 6  # words from a closing mark to its verb of speech: ", the foreign minister said"


def _after_sentence_punctuation(mark: Token) -> bool:
    return mark.i > 0 and mark.doc[mark.i - 1].text in _QUOTED_SENTENCE_ENDS


def _reopens(mark: Token) -> bool:
    """Does a straight double mark inside an open quotation reopen it rather than close it: set off by a
    space from the sentence punctuation before it and touching the word after it ('act. "Time')? News style
    opens a paragraph that goes on with a quotation with a mark and leaves the last one unclosed; a copy
    that joined the paragraphs keeps the mark where the break was. A closing mark touches the punctuation."""
    doc = mark.doc
    if mark.text not in STRAIGHT_QUOTES or not _after_sentence_punctuation(mark) or mark.whitespace_:
        return False
    if not doc[mark.i - 1].whitespace_ or mark.i + 1 >= len(doc):
        return False
    after = doc[mark.i + 1]
    return not (after.is_punct or after.is_space)


def _closes_unopened(mark: Token) -> bool:
    """Does a double mark close a quotation whose opening double mark was never typed? Web copies of
    wire stories open with a single apostrophe, or with nothing, and close with a double mark: the mark
    ends a sentence's words and a report of who spoke them follows (', " said X', '," X said'). A verb
    of speech with its own content after it ('"He said Peru ...') is quoted words, not the report."""
    if mark.text in OPENING_QUOTES or mark.text == "``" or not _after_sentence_punctuation(mark):
        return False
    doc = mark.doc
    if doc[mark.i - 1].whitespace_ and not mark.whitespace_:
        return False  # 'told reporters. "Peru announced …': off the stop, touching its word, it opens
    for word in doc[mark.i + 1 : min(len(doc), mark.i + 1 + _REPORT_REACH)]:
        if word.is_punct or word.is_space:
            return False
        if word.pos_ in VERB_POS and word.lemma_.lower() in SPEECH_VERBS:
            return _reports_only(word, mark)
    return False


def _reports_only(verb: Token, mark: Token) -> bool:
    """A verb of speech whose speaker stands right after the mark with it (every word between the two
    is the speaker's: "As I have stated" is quoted words), and whose content does not follow it (it is
    before the mark)."""
    speakers = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > mark.i]
    spoken_by = {w.i for s in speakers for w in s.subtree}
    content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i]
    return bool(speakers) and not content and all(i in spoken_by for i in range(mark.i + 1, verb.i))


def _unmarked_opening(doc: Doc, floor: int, mark: int) -> int:
    """Where the words closed by an unopened double mark begin: after a single apostrophe at the start
    of a sentence, if the paragraph has one before the mark, or else at the start of the mark's
    sentence; never before `floor`."""
    for word in reversed(doc[floor:mark]):
        if word.text in SINGLE_QUOTES:
            if word.i == floor or word.is_sent_start or doc[word.i - 1].text in _QUOTED_SENTENCE_ENDS:
                return word.i + 1
            break  # a quotation's closing apostrophe: the words go back no further than it
    start = doc[mark - 1].sent.start if mark > 0 else mark
    for word in doc[max(start, floor) : mark]:
        if word.text in SINGLE_QUOTES and _after_sentence_punctuation(word):
            start = word.i + 1
    return max(start, floor)


def _apostrophe_closes_typed(doc: Doc, open_at: int, token: Token) -> bool:
    """Does a single apostrophe close a quotation opened by a typed pair ("``We are ready.' X said")?
    Only after sentence punctuation, when no quotation of its own opens inside, and when no typed
    closing pair follows in the paragraph to close it instead."""
    if token.text not in SINGLE_QUOTES or open_at == 0 or doc[open_at - 1].text != "``":
        return False
    if not _after_sentence_punctuation(token) or any(w.text in SINGLE_QUOTES for w in doc[open_at : token.i]):
        return False
    for word in doc[token.i + 1 :]:
        if word.is_space and "\n" in word.text:
            return True
        if word.text in _TYPED_CLOSERS:
            return False
    return True


def _in_passing(token: Token, within: Token | None = None) -> bool:
    """Is a name said in passing: in a side phrase ("Roe, who beat Doe by ten points, …", "a row with
    Doe over rates") of the clause it stands in, rather than an argument of that clause? Measured up to
    the nearest head it shares with `within` (the pronoun), or to the sentence's root."""
    stop = {t.i for t in within.ancestors} | {within.i} if within is not None else set()
    while token.head.i != token.i and token.i not in stop:
        if token.dep_ in SIDE_LINKS or (token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN")):
            return True
        token = token.head
    return False


def _name_of_a_thing(head: Token) -> bool:
    """ "After serving in the Attlee government, he became chancellor": a head's name that only says whose
    government it was ("the Attlee government", "the Wilson cabinet") names no one who acts in the story
    there, so no "he" goes back to it (a name before another noun may: "the Thatcher discomfort")."""
    noun = head.head
    if head.dep_ not in ("compound", "nmod") or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() in GOVERNMENT_WORDS or noun.lower_ in GOVERNMENT_WORDS


def bracketed_gloss(pronoun: Token) -> Token | None:
    """The noun in brackets right after a personal pronoun, hung on it as its apposition ("They (Chilean
    growers) are keen", "it (the ministry) said"), or a bare name in brackets after any personal pronoun
    ("His (Roe) remarks", "he (Roe) said"), wherever the parser hung it: the writer's gloss of whom the
    pronoun means."""
    if pronoun.tag_ not in PRONOUN_TAGS or pronoun.i + 1 >= len(pronoun.doc) or pronoun.nbor().text != "(":
        return None
    named = _bracketed_bare_name(pronoun.doc, pronoun.i + 1)
    if named is not None:
        return named
    if pronoun.tag_ != "PRP":
        return None
    for child in pronoun.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            end = max(t.i for t in child.subtree)  # the closing bracket, or the word before it
            if pronoun.doc[end].text == ")" or (
                end + 1 < len(pronoun.doc) and pronoun.doc[end + 1].text == ")"
            ):
                return child
    return None


def _bracketed_bare_name(doc: Doc, opening: int) -> Token | None:
    """The last word of a name standing alone in the brackets that open at `opening` ("(Roe)", "(Ann
    Roe)"): wire copy's way of saying whom a pronoun means. Only proper nouns inside, so an aside ("(in
    1990)", "(see below)") glosses nothing."""
    close = next((i for i in range(opening + 1, min(opening + 5, len(doc))) if doc[i].text == ")"), None)
    if close is None or close == opening + 1:
        return None
    inside = doc[opening + 1 : close]
    if not all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in inside):
        return None
    return inside[-1]


def _reporter_asides(pronoun: Token) -> set[int]:
    """The words of side phrases on the subject of a verb of speech whose content the pronoun opens
    ("X, whose name was floated as a successor to Y, said he had not been asked"): what is said there of
    the reporter, in passing, names nobody the report is about."""
    if pronoun.dep_ not in NOMINAL_SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return set()
    verb = pronoun.head.head
    if verb.lemma_.lower() not in SPEECH_VERBS or _quoted_apart(pronoun, verb):
        return set()  # in the reporter's own words, "he" is someone else: maybe whom the aside names
    return {
        t.i
        for subject in verb.children
        if subject.dep_ in NOMINAL_SUBJECT_DEPS
        for side in subject.children
        if side.dep_ in SIDE_LINKS
        for t in side.subtree
    }


def _reported_content(pronoun: Token) -> set[int]:
    """The words of the clauses a speaking pronoun's verb reports ("Smith knows the problems" in "Smith
    knows the problems, he said"): a name there is what is said, and the pronoun that says it cannot mean
    that name (he would be "Smith said he knows …"). Not a report of its own the parser hangs there
    (`"…," said X, the minister; he described …`: X speaks, and "he" goes on)."""
    verb = pronoun.head
    return {
        t.i
        for c in verb.children
        if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() not in SPEECH_VERBS
        for t in c.subtree
    }


def _name_head(words: Sequence[str]) -> str:
    """The noun a name is headed by: its last word, or the last before "of" ("Community of Democracies",
    "Organisation of African Unity"), which "the community", "the organisation" repeat."""
    cut = words.index("of") if "of" in words[1:] else len(words)
    return words[cut - 1]


def _depth(token: Token) -> int:
    """How many heads lie between a token and its sentence's root."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


class Resolver:
    """Walks an article once, left to right, remembering which entities were mentioned where."""

    def __init__(
        self,
        doc: Doc,
        entities: DocEntities,
        descriptions: Mapping[str, set[str]],
        labels: Sequence[Label],
        parties: Mapping[str, set[str]] | None = None,
        officers: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.doc = doc
        self.entities = entities
        # body id -> the people the text titled as its officers ("Fiat chairman X")
        self.officers = officers or {}
        self.parties = parties or {}  # person id -> the parties (table names) the text makes them a member of
        self.descriptions = descriptions  # entity id -> title/description nouns ("minister", "airline")
        self.sent_index = {}
        self.sentences = list(doc.sents)
        for n, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self.sent_index[i] = n
        self.seen: list[_Seen] = []
        self.resolved: dict[int, Antecedent] = {}
        # "((Jane Roe))  He founded …": an interview's speaker label names who speaks, whom the answer's
        # "I" is; "he" there is someone else.
        self.labels = {i for label in labels for i in range(label.start, label.end)}
        # What the article tells of each person's sex, so that "she" does not land on the man named last
        # ("… sent Joe Biden a letter. She claimed …"); a name alone says nothing.
        self.sex_of = self._sexes(descriptions)
        # The sexes of the words that referred to each person so far ("Sanders … his bid"): a later pronoun
        # of the other sex is someone else, even before the article says more of them.
        self.called: dict[str, list[str]] = {}
        self._suspects: set[str] | None = None  # the people the article charges or calls suspects
        # token -> the quotation (its group of spans) it stands in
        self.quote_groups = quote_groups(doc)
        self.quotation = {
            i: n
            for n, group in enumerate(self.quote_groups)
            for start, end in group
            for i in range(start, end)
        }
        self.quoted = set(self.quotation)

    def _sexes(self, descriptions: Mapping[str, set[str]]) -> dict[str, str]:
        """Entity id -> "f" or "m": the pronoun with which a named person reports ("Jane Roe said she
        …"), the one reading sure enough to learn from (a pronoun read from the nearest name would spread
        its own error); else what the text calls them ("his widow Jane Roe"), which a misparse can pin on
        the wrong name, so it yields to the reports."""
        reported: dict[str, set[str]] = {}
        for token in self.doc:
            sex = _sex(token) if token.pos_ == "PRON" else None
            if sex is None:
                continue
            reporter = self._named_reporter(token)
            if reporter is not None:
                reported.setdefault(reporter, set()).add(sex)
        found = _sex_of_descriptions(descriptions)
        found.update(self._sex_of_titles())
        for entity_id, sexes in reported.items():
            if len(sexes) == 1:
                found[entity_id] = next(iter(sexes))
            else:
                found.pop(entity_id, None)
        return found

    def _sex_of_titles(self) -> dict[str, str]:
        """Entity id -> "f" or "m" from the titles its names bear ("Princess X", "Mrs Y", "King Z"), when
        they agree: a title stands next to the name, surer than a description a parse attaches."""
        titled: dict[str, set[str]] = {}
        for mention in self.entities.mentions:
            entity_id = self.entities.entity_id_at(mention.start)
            if entity_id is None or self._type(entity_id) != "PERSON":
                continue
            for k in (mention.start - 1, mention.start):
                sex = sex_of_title(self.doc[k]) if k >= 0 else None
                if sex is not None:
                    titled.setdefault(entity_id, set()).add(sex)
        return {e: sexes.pop() for e, sexes in titled.items() if len(sexes) == 1}

    def _named_reporter(self, token: Token) -> str | None:
        """The one named person whose own verb of speech governs the clause the pronoun opens ("Jane Roe
        said she …"); not a participle's or a chain's ("X met Y, saying she …" may report for either)."""
        speaker = _reporting_subject(token)
        if speaker is None:
            return None
        entity_id = self.entities.entity_id_at(speaker.i)
        return entity_id if entity_id and self._type(entity_id) == "PERSON" else None

    def _known_sex(self, entity_id: str) -> str | None:
        """ "f" or "m": what the article tells of the person's sex (titles, reports, descriptions), or else
        what the words that referred to them so far agree on, more than once (one reading may be the
        error of a misparse: "Her Majesty" in a quotation taken for the prime minister's)."""
        told = self.sex_of.get(entity_id)
        if told is not None:
            return told
        called = self.called.get(entity_id, [])
        return called[0] if len(called) > 1 and len(set(called)) == 1 else None

    def _type(self, entity_id: str) -> str:
        entity = self.entities.entity(entity_id)
        if entity is None:
            return "ORG"
        if entity.type == "PERSON" and _body_name(entity.label):
            return "ORG"  # "the U.S. Embassy" or "the Kyiv Post" the tagger took for a person: no "he"
        return entity.type

    def run(self) -> dict[int, Antecedent]:
        mention_starts = {m.start: m for m in self.entities.mentions}
        for token in self.doc:
            mention = mention_starts.get(token.i)
            if mention is not None and token.i in self.labels:
                continue
            if mention is not None:
                entity_id = self.entities.entity_id_at(token.i)
                head = self.doc[mention.start : mention.end].root
                if entity_id:
                    self.seen.append(
                        _Seen(
                            token.i,
                            entity_id,
                            self._type(entity_id),
                            _is_subject(head),
                            self.sent_index[token.i],
                            _owner_of_role(head),
                            plural=head.tag_ == "NNS",
                            plural_name=_plural_name(head),
                            members_plural=_members_plural(self.doc[mention.start : mention.end]),
                        )
                    )
                continue
            found = self._resolve(token)
            if found is not None:
                self.resolved[token.i] = found
                sex = _sex(token)
                if sex is not None and self._type(found.entity_id) == "PERSON" and not found.others:
                    self.called.setdefault(found.entity_id, []).append(sex)
                self.seen.append(
                    _Seen(
                        token.i,
                        found.entity_id,
                        self._type(found.entity_id),
                        _is_subject(token),
                        self.sent_index[token.i],
                        sex=_sex(token),
                    )
                )
        return self.resolved

    def _resolve(self, token: Token) -> Antecedent | None:
        lower = token.lower_
        if lower in PAIR_WORDS and token.dep_ in NOMINAL_SUBJECT_DEPS and self._is_pair_reference(token):
            pair = self._last_two(token, lambda seen: seen.type == "PERSON")
            return Antecedent(pair[0], "nominal", pair[1:]) if pair else None
        if lower in ORDINAL_REFERENCES and self._standalone(token):
            found = self._of_pair(token, ORDINAL_REFERENCES[lower])
            return Antecedent(found, "nominal") if found else None
        if token.pos_ == "PRON" or token.tag_ in PRONOUN_TAGS:
            if bracketed_gloss(token) is not None:
                return None  # "They (Chilean growers) are keen": the gloss says whom, not who came before
            if lower in PERSON_PRONOUNS and _style(token):
                found = None  # "the Prime Minister's advice to Her Majesty": a style, no one named before
            elif lower in PERSON_PRONOUNS:
                found = self._person(token)
            elif lower in THING_PRONOUNS:
                thing = expletive(token) or _described_as_a_thing(token) or _an_accord_before(token)
                thing = thing or _thing_subject_above(token)
                named = self._thing_named_before(token)
                if named is not None:
                    found = self.entities.entity_id_at(named.i)
                    found = found if found and self._type(found) in THING_TYPES else None
                else:
                    found = None if thing else self._thing(token)
            elif lower in GROUP_PRONOUNS and self._thing_named_before(token) is not None:
                found = None  # "Brazil wants Washington to cut them" after "tariffs on Brazilian shoes"
            elif lower in GROUP_PRONOUNS:
                plural = self._plural_reporters(token)
                if plural is not None:
                    return plural
                found = self._unique_subject(token, {"ORG", "NORP", "GPE"})
            else:
                found = None
            return Antecedent(found, "pronoun") if found else None
        if self._suspect_word(token):
            found = self._suspect()
            return Antecedent(found, "nominal") if found else None
        nominal = token.pos_ in ("NOUN", "PROPN") and token.i not in self.entities.token_entity
        if nominal and party_member_description(token):
            found = self._party_member(token)
            return Antecedent(found, "nominal") if found else None
        kind = self._kind_of_pair(token) if nominal else None
        if kind is not None and _group_counted_before(token):
            return None  # "the merger of two rival firms ... urged the merger of the two firms": that group
        if kind is not None:
            pair = self._last_two(token, kind, back=1)
            return Antecedent(pair[0], "nominal", pair[1:]) if pair else None
        if nominal and self._possessed_relation(token):
            found = self._described_as(token.lemma_.lower())
            return Antecedent(found, "nominal") if found else None
        if nominal and _body_of_its_speaker(token):
            # "a ministry spokesman said", "embassy officials said": the ministry or embassy named before
            named = self._named_with_head(token, token.lemma_.lower())
            return Antecedent(named.pop(), "nominal") if len(named) == 1 else None
        if nominal:
            found = (self._nominal(token) if self._definite(token) else None) or self._holder_for_state(token)
            return Antecedent(found, "nominal") if found else None
        return None

    def _thing_named_before(self, token: Token) -> Token | None:
        """ "The U.S. raised tariffs on Brazilian shoes. Brazil wants Washington to cut them": a "them" (an
        "it") in an object's place whose own sentence before it or the sentence before names a measure, goods,
        a plan or a law of its number (antecedent_thing_nouns), the latest noun of that number there being no
        actor, or a document (document_nouns), stands for that thing, not for a state or body named near it.
        The noun, or None. An "it"
        that a verb makes do something ("asked it to stop") is an actor."""
        lower = token.lower_
        if lower not in ("it", "them") or token.dep_ not in ("dobj", "pobj"):
            return None
        if lower == "it" and any(c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in token.head.children):
            return None
        here = self.sent_index[token.i]
        words = list(self.sentences[here - 1]) if here > 0 else []
        words += [t for t in self.sentences[here] if t.i < token.i]
        tags = ("NNS",) if lower == "them" else ("NN",)
        deps = CORE_ARGUMENT_DEPS | {"pobj", "conj"}
        # (a noun inside a name is the name's: "for the Kestrel Review committee, which released it")
        nouns = [
            t
            for t in words
            if t.pos_ == "NOUN" and t.tag_ in tags and t.dep_ in deps and not self._in_a_name(t)
        ]
        # a document too ("The report was prepared by X for Y, which released it"): what is released,
        # published or rejected, never the state or body the text named near it
        kinds = ANTECEDENT_THING_NOUNS | DOCUMENT_NOUNS
        things = [t for t in nouns if {t.lemma_.lower(), t.lower_} & kinds]
        if not things or _actor_noun(nouns[-1]):
            return None
        return things[-1]

    def _in_a_name(self, token: Token) -> bool:
        """Is the noun a word of a named body's, state's or person's mention (not a thing's, as a bill)?"""
        entity_id = self.entities.entity_id_at(token.i)
        return entity_id is not None and self._type(entity_id) in _NAME_TYPES

    def _party_member(self, token: Token) -> str | None:
        """ "Senator Jane Roe … The Ohio Democrat said": the one person of the recent sentences the text makes
        a member of the party ("Republican X met Democratic Senator Y. The Ohio Democrat said …": Y); else the
        person a "he" there would be, unless the text makes them a member of another party."""
        name = _party_named(token)
        same, before = self._window(token)
        if name is not None:
            members = {
                s.entity_id
                for s in before + same
                if s.type == "PERSON" and name in self.parties.get(s.entity_id, ())
            }
            if len(members) == 1:
                return members.pop()
        found = self._person(token)
        named_here = {s.entity_id for s in same if token.doc[s.token].pos_ in ("PROPN", "NOUN")}
        if found in named_here:
            # "if he thought Gates would be confirmed, the Georgia Democrat shot back": a description stands
            # for one named before, not for one this sentence names; the last subject before it
            subjects = [
                s
                for s in reversed(before)
                if s.type == "PERSON" and s.subject and s.entity_id not in named_here
            ]
            found = subjects[0].entity_id if subjects else None
        if found is not None and (name is None or name in self.parties.get(found, {name})):
            return found
        return None

    def _holder_for_state(self, token: Token) -> str | None:
        """ "China's ambassador to Fiji said … Ambassador X said", "the Chilean president met Y": a title a
        state owns or its adjective qualifies, said with no other word, is the one holder of that title the
        article gives that state (a "'s" names one office holder, as "the" does)."""
        lemma = token.lemma_.lower()
        if token.tag_ != "NN" or not is_role_word(lemma):
            return None
        owners = [c for c in token.children if c.dep_ not in ("prep", "punct", "case", "det")]
        if len(owners) != 1 or owners[0].dep_ not in ("poss", "amod"):
            return None  # "China's new ambassador" may be another than the one named
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if owners[0].dep_ == "amod" and not the:
            return None  # "a Chilean diplomat": one of many
        owner = self.entities.entity_id_at(owners[0].i)
        state = self.entities.entity(owner) if owner and owner.startswith("country:") else None
        if state is None:
            return None
        # the bare title only: "China's president" is not "Vice President X"
        holders = {
            e
            for e, nouns in self.descriptions.items()
            if lemma in nouns and not any(n.endswith(f" {lemma}") for n in nouns)
        }
        people = [self.entities.entity(e) for e in holders]
        if len(people) != 1 or people[0] is None or people[0].type != "PERSON":
            return None
        return people[0].id if people[0].country == state.country else None

    def _suspect_word(self, token: Token) -> bool:
        """ "the accused", "the suspect", "the alleged gunman" standing as a noun phrase of their own (the
        parser may read "the accused" as a participle, so its dependency, not its part of speech, says it
        is one); "the suspect in the shooting" too, not "the two suspects" nor "the suspect vehicle"."""
        if token.lower_ not in SUSPECT_NOUNS and token.lemma_.lower() not in SUSPECT_NOUNS:
            return False
        if token.i in self.entities.token_entity or token.dep_ not in SUSPECT_ARGUMENT_DEPS:
            return False
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        said_more = [c for c in token.children if c.dep_ in ("compound", "nmod", "nummod")]
        return dets == ["the"] and not said_more and token.tag_ not in ("NNS", "NNPS")

    def _suspect(self) -> str | None:
        """The one person the article charges, arrests or accuses ("X appeared in court, charged with
        murder", "police arrested X"), or calls a suspect, attacker or gunman; None when there are several
        or none (then "the accused" may be anyone)."""
        if self._suspects is None:
            found = {e for e, nouns in self.descriptions.items() if nouns & SUSPECT_NOUNS}
            for verb in self.doc:
                code = event_code(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
                if code is None or not code.startswith(SUSPECT_CODES):
                    continue
                # "An Australian, X, appeared in court, charged with …": the apposition names the one charged
                named = [
                    n for p in _charged(verb) for n in (p, *(c for c in p.children if c.dep_ == "appos"))
                ]
                for patient in named:
                    entity_id = self.entities.entity_id_at(patient.i)
                    if entity_id and self._type(entity_id) == "PERSON":
                        found.add(entity_id)
            found = {e for e in found if self._type(e) == "PERSON"}
            self._suspects = found
        return next(iter(self._suspects)) if len(self._suspects) == 1 else None

    @staticmethod
    def _standalone(token: Token) -> bool:
        """ "the latter said", "with the former confirming": the word stands for a noun phrase itself
        ("the former president" is an adjective of a noun that says who)."""
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        return dets == ["the"] and token.dep_ not in ("amod", "compound") and token.pos_ in ("ADJ", "NOUN")

    def _of_pair(self, token: Token, position: int) -> str | None:
        """The first (`position` 0) or second (1) of the two entities coordinated last before the word, in
        its sentence or the one before ("… by the FAA and the NTSB, with the latter confirming …")."""
        same, before = self._window(token)
        here = self.sent_index[token.i]
        pool = same + [s for s in before if s.sentence == here - 1]
        for seen in sorted(pool, key=lambda s: s.token, reverse=True):
            head = self._mention_head(seen)
            if head.dep_ != "conj":
                continue
            first = self.entities.entity_id_at(head.head.i) or (
                self.resolved[head.head.i].entity_id if head.head.i in self.resolved else None
            )
            if first is None or first == seen.entity_id:
                return None
            return (first, seen.entity_id)[position]
        return None

    def _mention_head(self, seen: _Seen) -> Token:
        head = self.doc[seen.token]
        while head.head.i != head.i and self.entities.entity_id_at(head.head.i) == seen.entity_id:
            head = head.head
        return head

    @staticmethod
    def _is_pair_reference(token: Token) -> bool:
        if token.lower_ == "both":
            return not any(c.dep_ in ("prep", "compound") for c in token.children)
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)

    def _last_two(
        self, token: Token, fits: Callable[[_Seen], bool], back: int = LOOKBACK_SENTENCES
    ) -> tuple[str, str] | None:
        """ "Kerry also said the two discussed…", "Acme and Zenith will merge, the two companies said": the
        two entities that fit of the sentence and the `back` ones before it, when exactly two."""
        same, before = self._window(token)
        first = self.sent_index[token.i] - back
        found: list[str] = []
        for seen in reversed(before + same):
            if seen.sentence >= first and fits(seen) and seen.entity_id not in found:
                found.append(seen.entity_id)
        return (found[0], found[1]) if len(found) == 2 else None

    def _kind_of_pair(self, token: Token) -> Callable[[_Seen], bool] | None:
        """What a plural that stands for two named ones must be: companies for "the two companies", "both
        firms" or "the carmakers", states for "the two countries" or "both governments"; None for any other
        word or a plural that says which ("the other companies", "companies in the index")."""
        if token.dep_ in PREDICATIVE_DEPS or token.dep_ == "compound":
            return None
        lemma = token.lemma_.lower()
        if the_companies(token):
            return self._company
        if lemma in STATE_PAIR_NOUNS and pair_determined(token):
            return lambda seen: seen.entity_id.startswith("country:")
        return None

    def _company(self, seen: _Seen) -> bool:
        """A company the text names (not a plural of firms it names by their kind: "Danish lenders")."""
        entity = self.entities.entity(seen.entity_id)
        named = entity is not None and entity.type == "ORG" and entity.sector == KIND_SECTORS["company"]
        return named and not seen.plural

    @staticmethod
    def _possessed_relation(token: Token) -> bool:
        """ "his daughter", "her lawyer": a relative or associate of someone, named by a pronoun owner."""
        children = list(token.children)
        return (
            token.tag_ == "NN"
            and token.lemma_.lower() in RELATIONAL_NOUNS
            and len(children) == 1
            and children[0].dep_ == "poss"
            and children[0].tag_ in PRONOUN_TAGS
        )

    def _described_as(self, noun: str) -> str | None:
        """The one entity of the article that the text describes with this noun ("his daughter Ann Roe")."""
        holders = {e for e, nouns in self.descriptions.items() if noun in nouns}
        return holders.pop() if len(holders) == 1 else None

    @staticmethod
    def _definite(token: Token) -> bool:
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        return dets == ["the"] or dets == ["this"]

    def _window(self, token: Token) -> tuple[list[_Seen], list[_Seen]]:
        here = self.sent_index[token.i]
        same = [s for s in self.seen if s.sentence == here and s.token < token.i]
        before = [s for s in self.seen if here - LOOKBACK_SENTENCES <= s.sentence < here]
        return same, before

    def _person(self, token: Token) -> str | None:
        same, before = self._window(token)
        if self._speaks(token):
            # `"… under the government of Y," he added`: the speaker is who spoke before, outside the marks;
            # a person named only inside the quoted words is what is said, never who says it; nor is one
            # the sentence names in passing (`Speaking to Y of PBS, he said`), whom the speaker addresses.
            # Nor is one named in the words it reports ("Smith knows the problems, he said": he is not Smith).
            content = _reported_content(token)
            same = [
                s
                for s in same
                if s.token not in self.quoted
                and s.token not in content
                and not _in_passing(self._mention_head(s), token)
            ]
            before = [s for s in before if s.token not in self.quoted]
        # "X, whose name was floated as Y's successor, told reporters he …": the reporter's own side phrase
        aside = _reporter_asides(token)
        same = [s for s in same if s.token not in aside and not _name_of_a_thing(self._mention_head(s))]
        before = [s for s in before if not _name_of_a_thing(self._mention_head(s))]
        mates = self._clause_subjects_of_object(token) | self._relative_antecedent(token)
        # `"… He must apologise," said X`: in a quotation, the speaker is "I", never "he"
        speakers = self._speakers_of_quotation(token)
        mates |= speakers
        same = [s for s in same if _same_sex(token, s, self._known_sex(s.entity_id))]
        # (nor, in the sentences before, is an object pronoun its own clause's subject: "She described him")
        before = [
            s
            for s in before
            if _same_sex(token, s, self._known_sex(s.entity_id)) and s.entity_id not in mates
        ]
        described = self._named_in_apposition(token)
        people = [
            s
            for s in same
            if s.type == "PERSON" and not s.owner_of_role and s.entity_id not in mates | described
        ]
        parallel = self._coordinated_subject(token) or self._reporter(token)
        if parallel in mates:
            parallel = None  # "X ran against Y and did not endorse her": the object is not the doer
        if parallel is None and self._unnamed_reporter(token):
            return None  # "The French president said he would …": the unnamed speaker, not the last name
        sex = _sex(token)
        if parallel is not None and sex is not None and (self._known_sex(parallel) or sex) != sex:
            parallel = None  # "Biden thanked Warren, stating she …": she is not the man reporting it
        if parallel is not None:
            return parallel
        doer = self._doer_of_adjunct(token)
        if doer is not None:
            return doer
        if self._relative_antecedent(token):
            # "She married A and B, whom she divorced": the pronoun the main clause used, not a name listed
            said_before = [s for s in same if s.sex is not None and s.sex == sex and s.token < token.i]
            if said_before:
                return said_before[-1].entity_id
        # "Roe, who beat Doe by ten points, thanked her staff": a person named in a side phrase of the
        # sentence is not whom the pronoun in its main clause means, when another person is there; but
        # not one outside the quotation the pronoun stands in ("Roe, who knew Doe, said: 'He was …'").
        people = [
            s
            for s in people
            if not _in_passing(self._mention_head(s), token) and not _quoted_apart(token, self.doc[s.token])
        ] or people
        women = [s for s in people if sex == "f" and self.sex_of.get(s.entity_id) == "f"]
        if people:
            # "Princess X met Y, and she …": a woman the text says is one goes before a later name that
            # tells no sex (most people named in news are men: "he" keeps to the nearest name)
            return (women or people)[-1].entity_id
        if speakers and self._first_person_quoted(token):
            # a tribute: `"I knew how hard the loss of his wife was," he said`: the speaker is "I", and the
            # "his" of his words is the one the story is about, not the last other person named before
            about = self._story_person(token)
            if about is not None and about not in mates and sex in (None, self._known_sex(about) or sex):
                return about
        # Walk back sentence by sentence: the first sentence with a person decides, or one whose subject is
        # an unnamed person ("The attacker was shot. He lived in X": not the prosecutor named before).
        here = self.sent_index[token.i]
        if self._unnamed_subject(here, token, before=token.i):
            return None
        woman = {s.entity_id for s in before if s.type == "PERSON" and self.sex_of.get(s.entity_id) == "f"}
        if sex == "f" and len(woman) == 1 and not self._person_subject_near(before, here):
            # "Princess X was chosen … Critics praised Y. She studied …": the one woman the recent
            # sentences name goes before a nearer name that tells no sex (most named in news are men, so
            # "he" keeps to the nearest subject)
            return woman.pop()
        passing: list[_Seen] = []
        for sentence in range(here - 1, here - LOOKBACK_SENTENCES - 1, -1):
            if sentence < 0:
                break
            there = [s for s in before if s.sentence == sentence and s.type == "PERSON"]
            if not there and self._unnamed_subject(sentence, token):
                break
            if there and self._speaks(token) and self._unnamed_speaker_before(sentence, token, there):
                # "The official told Dagens Nyheter that … He added …": the unnamed speaker goes on, not
                # whom the sentence names only as the hearer or in what was said
                return None
            if not there:
                continue
            if passing:
                # "Roe resigned. It followed a row with Doe. He said …": the subject the paragraph is about,
                # before a person the sentence between named only in passing; not the speaker of a quotation
                # the pronoun stands in.
                subjects = {
                    s.entity_id
                    for s in there
                    if s.subject
                    and not _in_passing(self._mention_head(s))
                    and not _quoted_apart(token, self.doc[s.token])
                }
                return subjects.pop() if len(subjects) == 1 else self._most_likely(passing, token)
            # a person the sentence comes back to ("X, who ran on his record, died") is not named in passing
            once = len({s.entity_id for s in there}) == len(there)
            if once and all(_in_passing(self._mention_head(s)) for s in there):
                passing = there
                continue
            return self._most_likely(there, token)
        return self._most_likely(passing, token) if passing else None

    def _doer_of_adjunct(self, token: Token) -> str | None:
        """ "X met Prime Minister Y on his first visit to Z": a possessive in a phrase on the verb (not in its
        object) is the clause subject's, when that subject is a person it may mean (named, or resolved
        before), also when the phrase opens the sentence ("During his visit, X met Y"); a reason's
        possessive only a passive subject's ("For his work, X was awarded …")."""
        if token.dep_ != "poss" or token.head.dep_ != "pobj":
            return None
        prep = token.head.head
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ not in VERB_POS:
            return None
        deps = NOMINAL_SUBJECT_DEPS
        if prep.lower_ in PURPOSE_PREPS | GRIEVANCE_PREPS:
            # "praised Y for his courage", "sued Y over his claim": the reason is the object's, which a
            # passive makes its subject ("For his work, X was awarded the medal", "Y was sued over his claim")
            deps = frozenset({"nsubjpass"})
        sex = _sex(token)
        for child in verb.children:
            if child.dep_ not in deps:
                continue
            entity_id = self.entities.entity_id_at(child.i) or (
                self.resolved[child.i].entity_id if child.i in self.resolved else None
            )
            if entity_id and self._type(entity_id) == "PERSON" and (self._known_sex(entity_id) or sex) == sex:
                return entity_id
        return None

    def _named_in_apposition(self, token: Token) -> set[str]:
        """ "X, his commanding officer", "her lawyer, Y": the one a possessive's noun stands in apposition
        to is the noun's holder, not whose they are. A noun with a name of its own describes that name
        only ("X himself, his wife Y, and ...": his is X's, a list the parser read as an apposition)."""
        owned = token.head
        if token.dep_ != "poss" or owned.i == token.i:
            return set()
        own = {e for c in owned.children if c.dep_ == "appos" and (e := self._entity_at(c)) is not None}
        if own or owned.dep_ != "appos":
            return own
        described = self._entity_at(owned.head)
        return {described} if described is not None else set()

    def _speaks(self, token: Token) -> bool:
        """Is the pronoun, outside quotation marks, the subject of a verb of speech (`"…," he said`, `She
        added: "…"`)?"""
        if token.i in self.quoted or token.dep_ not in NOMINAL_SUBJECT_DEPS:
            return False
        return token.head.lemma_.lower() in SPEECH_VERBS

    def _most_likely(self, there: list[_Seen], pronoun: Token) -> str | None:
        """Of the people one sentence names, the one, or the one who is a subject there; of several
        subjects, the one of the sentence's main clause ("Baker said, after meeting Miyazawa, that the
        minister had promised action. He said …": Baker goes on), unless a quotation the pronoun stands in
        leaves it outside (`X praised Y: "Tony was the best. His work …"`: X speaks, and is "I" there)."""
        if len({s.entity_id for s in there}) == 1:
            return there[0].entity_id
        subjects = {s.entity_id for s in there if s.subject}
        if len(subjects) > 1:
            subjects = {
                s.entity_id
                for s in there
                if s.subject and self._main_subject(s) and not self._outside_quotation(s, pronoun)
            }
        return subjects.pop() if len(subjects) == 1 else None

    def _outside_quotation(self, seen: _Seen, pronoun: Token) -> bool:
        """Is the pronoun quoted, and the mention outside its quotation?"""
        quotation = self.quotation.get(pronoun.i)
        return quotation is not None and self.quotation.get(seen.token) != quotation

    def _main_subject(self, seen: _Seen) -> bool:
        """Is the mention the subject of its sentence's main clause (its root, or a verb coordinated with
        it)?"""
        head = self._mention_head(seen)
        if head.dep_ == "conj":
            head = head.head  # "X and Y said": coordinated subjects
        verb = head.head
        if verb.dep_ == "conj":
            verb = verb.head
        return head.dep_ in NOMINAL_SUBJECT_DEPS and verb.dep_ == "ROOT"

    def _person_subject_near(self, before: list[_Seen], here: int) -> bool:
        """Is a person the subject of the nearest earlier sentence that names one? Then that subject is
        the likelier referent, whatever the text says of another person's sex."""
        for sentence in range(here - 1, here - LOOKBACK_SENTENCES - 1, -1):
            people = [s for s in before if s.sentence == sentence and s.type == "PERSON"]
            if people:
                return any(s.subject for s in people)
        return False

    def _unnamed_subject(self, sentence: int, pronoun: Token, before: int | None = None) -> bool:
        """Is a clause subject of the sentence (before the given token) a singular person the text does not
        name ("the attacker", "a suspect", "a Downing Street spokesman", "the prime minister" when no one
        is named with that title), whom the pronoun may mean by its sex ("his daughter said he died": not
        she)?"""
        for token in self.sentences[sentence]:
            if before is not None and token.i >= before:
                break
            lemma = token.lemma_.lower()
            if (
                token.dep_ in NOMINAL_SUBJECT_DEPS
                and token.tag_ == "NN"
                and (lemma in UNNAMED_PERSON_NOUNS or is_role_word(lemma))
                and not token.ent_type_
                and self._named_by(token) is None
                and {_sex(token), _sex(pronoun)} != {"f", "m"}
            ):
                return True
        return False

    def _unnamed_speaker_before(self, sentence: int, pronoun: Token, named: list[_Seen]) -> bool:
        """Is a sentence before a pronoun that speaks ("He added …") one whose speaker is a singular person
        the text does not name ("The official told X that …"), while the people it names are no subjects
        of it?"""
        if any(s.subject for s in named):
            return False
        return any(
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and token.head.lemma_.lower() in SPEECH_VERBS
            and token.i not in self.quoted
            and self._unnamed_subject(sentence, pronoun, before=token.i + 1)
            for token in self.sentences[sentence]
        )

    def _clause_subjects_of_object(self, token: Token) -> set[str]:
        """ "May appointed him", "Johnson succeeding her": an object pronoun (not reflexive) is never the
        subject of its own verb, nor of the verb whose subject a coordinated verb shares ("X ran against Y
        and did not endorse her")."""
        if token.dep_ not in ("dobj", "dative", "pobj") or token.lower_.endswith(("self", "selves")):
            return set()
        verb = token.head.head if token.dep_ == "pobj" else token.head
        while not _has_subject(verb) and verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
            verb = verb.head
        found = set()
        for child in verb.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS:
                entity_id = self._entity_at(child)
                if entity_id:
                    found.add(entity_id)
        return found

    def _relative_antecedent(self, token: Token) -> set[str]:
        """ "expects Jones, who he met last week, to return": a pronoun subject of a relative clause is never
        the noun the clause is on (were it, the relative word would be the subject)."""
        verb = token.head
        if token.dep_ not in NOMINAL_SUBJECT_DEPS or verb.dep_ != "relcl":
            return set()
        antecedent = self._entity_at(verb.head)
        return {antecedent} if antecedent is not None else set()

    def _coordinated_subject(self, token: Token) -> str | None:
        """ "Navalny is a critic of Putin, and his associates…": a pronoun opening a coordinated clause
        continues the first clause's subject, not its last-mentioned person."""
        verb = _clause_verb(token)
        if verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS:
            return None
        own = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if own and not any(c.left_edge.i <= token.i <= c.right_edge.i for c in own):
            return None  # "X met Y, and Z met her": a clause with a subject of its own goes on about Z
        for child in verb.head.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS:
                entity_id = self.entities.entity_id_at(child.i) or (
                    self.resolved[child.i].entity_id if child.i in self.resolved else None
                )
                if entity_id and self._type(entity_id) == "PERSON":
                    return entity_id
        return None

    def _reporter(self, token: Token) -> str | None:
        """ "Watson called May's deal lousy and said he would…", "… , saying he would …": "he" opening the
        content of a report is, in news style, the person reporting it."""
        reporters = self._reporters(token)
        found = reporters[0] if reporters else None
        return found if found and self._type(found) == "PERSON" else None

    def _reporters(self, token: Token) -> list[str]:
        """Who reports the clause a subject pronoun opens: the subject (with its conjuncts) of the verb of
        speech governing it, or of the clause that verb hangs on ("… , stating he was …", "refused to say
        whether they would …")."""
        if token.dep_ not in NOMINAL_SUBJECT_DEPS or token.head.dep_ != "ccomp":
            return []
        verb = token.head.head
        if verb.lemma_.lower() not in SPEECH_VERBS or _quoted_apart(token, verb):
            return []
        while True:
            for child in verb.children:
                if child.dep_ in NOMINAL_SUBJECT_DEPS:
                    if {_sex(token), _sex(child)} == {"f", "m"}:
                        return []  # "his daughter said he died": he is not she
                    found = [self._named_by(t) for t in (child, *child.conjuncts)]
                    return [e for e in found if e] if found[0] else []
            # "Biden thanked Warren, stating he was proud": a participle reports for its clause's subject,
            # and "refused to answer whether they…" for the subject of "refused"
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            if verb.dep_ not in ("conj", "xcomp") and not participle:
                return []
            verb = verb.head

    def _speakers_of_quotation(self, token: Token) -> set[str]:
        """Who speaks the quotation a pronoun stands in: the subjects of the verbs of speech outside its marks
        in the sentences where it opens and closes (`"…," said X`, `X said: "…"`)."""
        n = self.quotation.get(token.i)
        if n is None:
            return set()
        found = self._speakers_of_group(n, token)
        if not found and n > 0 and self._goes_on(n):
            # `"…," he said. "He was a kind man who helped me."`: no report of its own, the voice goes on
            found = self._speakers_of_group(n - 1, token)
        return found

    def _goes_on(self, n: int) -> bool:
        """Does quotation n open in the sentence right after the one where quotation n - 1 closes?"""
        return quotation_goes_on(self.doc, self.quote_groups[n - 1][-1][1], self.quote_groups[n][0][0])

    def _speakers_of_group(self, n: int, token: Token) -> set[str]:
        group = self.quote_groups[n]
        inside = {i for start, end in group for i in range(start, end)}
        found: set[str] = set()
        for start, end in group:
            for i in (start - 1, end):
                if not 0 <= i < len(self.doc):
                    continue
                for verb in self.doc[i].sent:
                    if (
                        verb.i in inside
                        or verb.lemma_.lower() not in SPEECH_VERBS
                        or verb.pos_ not in VERB_POS
                    ):
                        continue
                    # (`"…," said X`: the parser may take an inverted subject for an object; not the object
                    # of a verb with a subject of its own: `said X, who described Smith as …`)
                    inverted = not any(c.dep_ == "nsubj" for c in verb.children)
                    for child in verb.children:
                        after = child.dep_ == "dobj" and child.i > verb.i
                        speaks = child.dep_ == "nsubj" or (after and inverted)
                        if speaks and child.i not in inside and (speaker := self._speaker_at(child, token)):
                            found.add(speaker)
        return found

    def _first_person_quoted(self, token: Token) -> bool:
        """Does the quotation the pronoun stands in speak as "I" ("I", "me", "my")?"""
        n = self.quotation.get(token.i)
        if n is None:
            return False
        words = (self.doc[i] for start, end in self.quote_groups[n] for i in range(start, end))
        return any(w.lower_ in ("me", "my") or w.text == "I" for w in words)

    def _story_person(self, token: Token) -> str | None:
        """The person the story is about: named in its first sentence (the headline) and mentioned, up to the
        pronoun, at least twice as often as any other person; None when no one is."""
        counts = Counter(s.entity_id for s in self.seen if s.type == "PERSON" and s.token < token.i)
        if not counts:
            return None
        ranked = counts.most_common(2)
        top, times = ranked[0]
        if len(ranked) > 1 and times < 2 * ranked[1][1]:
            return None
        headline = {s.entity_id for s in self.seen if s.sentence == 0}
        return top if top in headline and times >= 3 else None

    def _speaker_at(self, word: Token, pronoun: Token) -> str | None:
        """Whom the subject of a verb of speech stands for. A "he" or "she" after the quotation (`"I knew
        how his wife …," he said`) is not resolved yet when a pronoun inside it is: it is resolved here, so
        that the speaker, who is "I" in his own words, is not also the "his" of them."""
        found = self._named_by(word)
        if found is not None or word.i <= pronoun.i or word.lower_ not in ("he", "she"):
            return found
        speaker = self._resolve(word)
        return speaker.entity_id if speaker is not None and not speaker.others else None

    def _unnamed_reporter(self, token: Token) -> bool:
        """Does the pronoun open what a person the text does not name reports ("Mr Chirac's spokesman said
        he would not comment", "the French president said he would visit Iraq", with no French president
        named)? Then "he" is that speaker, whom no name stands for; not when the report's subject is of the
        other sex ("his daughter said he had died")."""
        speaker = _reporting_subject(token)
        if speaker is None:
            return False
        lemma = speaker.lemma_.lower()
        person = is_role_word(lemma) or lemma in UNNAMED_PERSON_NOUNS
        return (
            speaker.tag_ == "NN"
            and person
            and self._named_by(speaker) is None
            and {_sex(token), _sex(speaker)} != {"f", "m"}
        )

    def _named_by(self, token: Token) -> str | None:
        """The entity a word stands for, or that a name in apposition to it does ("Mr X's deputy, Y,")."""
        found = self._entity_at(token)
        if found is not None:
            return found
        named = [self._entity_at(c) for c in token.children if c.dep_ == "appos"]
        return named[0] if len(named) == 1 else None

    def _entity_at(self, token: Token) -> str | None:
        return self.entities.entity_id_at(token.i) or (
            self.resolved[token.i].entity_id if token.i in self.resolved else None
        )

    def _plural_reporters(self, token: Token) -> Antecedent | None:
        """ "Biden and Harris refused to answer whether they would …": "they" opening what coordinated
        people report is those people."""
        reporters = [e for e in dict.fromkeys(self._reporters(token)) if self._type(e) == "PERSON"]
        return Antecedent(reporters[0], "pronoun", tuple(reporters[1:])) if len(reporters) > 1 else None

    def _unique_subject(self, token: Token, types: set[str]) -> str | None:
        controller = self._controller(token, types)
        if controller is not None:
            return controller
        same, before = self._window(token)
        group = self._plural_beside_singular_subject(token, same, types)
        if group is not None:
            return group or None
        if token.lower_ in THING_PRONOUNS and token.i in self.quoted:
            same, before = self._same_quotation(token, same), self._same_quotation(token, before)
        here = self.sent_index[token.i]
        plural = token.lower_ in GROUP_PRONOUNS
        # "police fired tear gas at them": an object pronoun is not its own clause's subject.
        own = self._clause_subjects(token) if token.lower_ in OBJECT_PRONOUNS else set()
        sentences = [(same, here), ([s for s in before if s.sentence == here - 1], here - 1)]
        if token.lower_ in THING_PRONOUNS and _raised_patient(token):
            # "… backed the plan to lift the embargo. He expects it to be lifted": what "it" is to undergo,
            # in someone's expectation or wish, is a thing the last sentence named, not its state or company
            sentences = sentences[:1]
        only_groups = False
        speaks = token.lower_ == "it" and token.dep_ in NOMINAL_SUBJECT_DEPS
        speaks = speaks and token.head.lemma_.lower() in SPEECH_VERBS
        # "Israel, Cyprus and Saudi Arabia were the main buyers, it said": a name anywhere in the words the
        # "it" reports, a listed one too, is what is said, never who says it
        content = _reported_content(token) if speaks else set()
        for pool, sentence in sentences:
            thing = any(s.subject and s.type in THING_TYPES and s.entity_id not in own for s in pool)
            if thing and not plural:
                # "Dorian slowed as it left the Bahamas": the nearer subject is a named thing (a storm, a
                # law), which "it" stands for before any body named in an object or another sentence.
                return None
            candidates = {
                s.entity_id
                for s in pool
                if s.subject
                and (s.type in types or (speaks and self._place_that_spoke(s)))
                and not ((s.plural or s.members_plural) and token.lower_ in THING_PRONOUNS)
                and not (speaks and (s.token in content or self._spoken_of(s.token, token.head)))
                and (speaks or not self._paper_reporting_after(s))
            }
            subjects = candidates - own
            if only_groups:
                subjects = {e for e in subjects if self._is_group(e)}
            if candidates and not subjects:
                # The clause's own subject was the one candidate: look back only for a group of people.
                only_groups = True
                continue
            if plural and self._plural_nouns(sentence, before_token=token.i if sentence == here else None):
                # "…holding ISIS detainees. They are…": a plural noun that may name people is the likelier
                # referent; "protesters … threw rocks. They tried…": things do not try, the group does.
                groups = {e for e in subjects if self._is_group(e)}
                if len(subjects) == 1 and groups and not self._plural_nouns(sentence, token.i, people=True):
                    return groups.pop()
                return None
            if len(subjects) == 1:
                return subjects.pop()
            if len(subjects) > 1:
                return self._speaker_goes_on(token, pool, subjects)
        return None

    def _paper_reporting_after(self, seen: _Seen) -> bool:
        """Is the mention a paper or broadcaster (sector MED) that only reports the sentence after its content
        ("A delegation visited X, the Financial Times reported")? The "it" of a sentence that follows speaks
        of what was reported, not of the paper, unless that "it" speaks itself."""
        entity = self._entity_of_token(self.doc[seen.token])
        if entity is None or entity.sector != MEDIA_SECTOR:
            return False
        head = self._mention_head(seen)
        verb = head.head
        return (
            head.dep_ == "nsubj"
            and verb.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "ccomp" and c.i < head.i for c in verb.children)
        )

    def _plural_beside_singular_subject(self, token: Token, same: list[_Seen], types: set[str]) -> str | None:
        """ "Acme cancelled a purchase from the Saudis after they refused …": a "they" in a clause after the
        main one, whose subject is one singular name (a firm or a state is "it" in wire copy), stands for the
        plural people's name or group of people that clause named ("the Saudis", "the rebels", "the banks").
        The group's id; "" when several such groups leave "they" open; None when the rule does not apply."""
        if token.lower_ != "they" or token.dep_ not in NOMINAL_SUBJECT_DEPS:
            return None
        if _clause_verb(token).dep_ == "ROOT":
            return None
        subjects = [s for s in same if s.subject]
        if len({s.entity_id for s in subjects}) != 1 or any(s.plural or s.plural_name for s in subjects):
            return None
        if any(self.doc[s.token].dep_ == "conj" or self.doc[s.token].conjuncts for s in subjects):
            return None
        groups = {
            s.entity_id
            for s in same
            if not s.subject
            and s.type in types
            and (s.plural_name or (s.plural and self._is_group(s.entity_id)))
        }
        # "cut its loans to the banks after they refused": a plural noun of people no name stands for leaves
        # "they" open, never the singular subject's
        unnamed = any(
            t.tag_ == "NNS" and t.i not in self.entities.token_entity and _may_name_people(t)
            for t in token.sent
            if t.i < token.i and t.dep_ in ("dobj", "pobj", "dative", "conj")
        )
        if not groups:
            return "" if unnamed else None
        return groups.pop() if len(groups) == 1 and not unnamed else ""

    def _place_that_spoke(self, seen: _Seen) -> bool:
        """ "Downing Street said she was speaking as a lawyer. It said …": a place that is the subject of a
        verb of speech stands for the office seated there, which a speaking "it" goes on quoting."""
        head = self._mention_head(seen)
        return (
            seen.type in ("LOC", "FAC")
            and head.dep_ in NOMINAL_SUBJECT_DEPS
            and head.head.lemma_.lower() in SPEECH_VERBS
        )

    def _spoken_of(self, i: int, speaking: Token) -> bool:
        """ "The communique said Japan could help. 'Japan could …,' it said.": the subject of what the "it"
        says, or of what a document or other unnamed thing said, is spoken of, never the "it" that goes on
        speaking (the document, whose issuer the text may name before)."""
        word = self.doc[i]
        if word.dep_ in NOMINAL_SUBJECT_DEPS and word.head.dep_ == "ccomp":
            verb = word.head.head
            if verb.i == speaking.i or (verb.lemma_.lower() in SPEECH_VERBS and self._document_speaks(verb)):
                return True
        return self._in_unnamed_report(word)

    def _in_unnamed_report(self, word: Token) -> bool:
        """ "The report said the fall in Iraqi attacks allowed Iran's output to rise. It said …", "It said it
        expected the OECD to post a deficit. It said …": a name anywhere in what a document (a speaker that
        is a common noun, no one named) or a speaking "it" reports is spoken of, the owner of a subject
        too; the "it" that goes on is the document or the body that spoke before."""
        for clause in word.ancestors:
            if clause.dep_ != "ccomp":
                continue
            verb = clause.head
            if verb.lemma_.lower() in SPEECH_VERBS:
                speakers = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
                return self._document_speaks(verb) or any(c.lower_ == "it" for c in speakers)
        return False

    def _document_speaks(self, verb: Token) -> bool:
        """Are the subjects of a verb of speech all singular common nouns no name stands for ("the report",
        "the communique")?"""
        speakers = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        return bool(speakers) and all(
            c.pos_ == "NOUN" and c.i not in self.entities.token_entity and c.tag_ == "NN" for c in speakers
        )

    def _speaker_goes_on(self, token: Token, pool: list[_Seen], subjects: set[str]) -> str | None:
        """ "Amnesty said Russia had tortured prisoners. It accused Moscow of …": an "it" that speaks,
        appeals or takes a stance (verbal_event_roots) is the body whose verb of speech was the sentence's
        main clause, not a subject of what that body said; a deed ("It released the crew") may be either's."""
        verb = token.head
        if token.lower_ != "it" or token.dep_ not in NOMINAL_SUBJECT_DEPS or token.i in self.quoted:
            return None
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")] or [None]
        codes = {event_code(verb.lemma_.lower(), particle_or_prep=p) for p in particles}
        if verb.pos_ != "VERB" or not any(c and c[:2] in VERBAL_EVENT_ROOTS for c in codes):
            return None
        speakers = set()
        for seen in pool:
            head = self._mention_head(seen)
            said = head.head
            if seen.entity_id not in subjects or not self._main_subject(seen):
                continue
            if said.lemma_.lower() not in SPEECH_VERBS:
                return None  # a main clause of a deed: the sentence is no report
            others = [s for s in pool if s.entity_id in subjects and s.entity_id != seen.entity_id]
            if all(said in self._mention_head(o).ancestors for o in others):
                speakers.add(seen.entity_id)
        return speakers.pop() if len(speakers) == 1 else None

    def _controller(self, token: Token, types: set[str]) -> str | None:
        """ "Britain urged Rwanda not to carry out its threats": in an infinitive with no subject of its own
        under a verb with an object, the object is who does it, and a possessive there is the doer's."""
        if token.dep_ != "poss":
            return None
        verb = _clause_verb(token)
        # "China accused Japan of sending its ships", "warned NATO against moving its troops": a gerund with
        # no subject of its own in a phrase on a verb with an object; the object does it, as in an
        # infinitive ("urged Japan to send its ships")
        controlled = verb.dep_ == "xcomp" or _object_controlled_gerund(verb)
        if not controlled or _has_subject(verb) or _governing_verb(verb).pos_ not in VERB_POS:
            return None
        for child in _governing_verb(verb).children:
            if child.dep_ == "dobj" and child.i < verb.i:
                entity_id = self.entities.entity_id_at(child.i) or self._acted_against(child, verb)
                return entity_id if entity_id and self._type(entity_id) in types else None
        return None

    def _acted_against(self, act: Token, gerund: Token) -> str | None:
        """ "levied duties on Japan for flouting its accord", "imposed sanctions on X for
        violating its pledge": an object that is an act, not a party, names the one it is done to after
        "against" or "on" (syntax.acted_against); that one is the gerund's doer, as the object is in
        "fined Japan for breaking its pact". One named party only, before the gerund."""
        found = [e for pobj in acted_against(act, gerund.i) if (e := self.entities.entity_id_at(pobj.i))]
        return found[0] if len(set(found)) == 1 else None

    def _same_quotation(self, token: Token, pool: list[_Seen]) -> list[_Seen]:
        """A speaker's "it" means a thing of their own words: `"It is a fast gain for Y," said X` speaks
        of what the talk is about, a matter or an idea, rarely of the body the writer named last outside
        the marks; only what the same quotation names is its antecedent."""
        quotation = self.quotation[token.i]
        return [s for s in pool if self.quotation.get(s.token) == quotation]

    def _thing(self, token: Token) -> str | None:
        return (
            self._unique_subject(token, {"ORG", "GPE"})
            or self._source_of_content(token)
            or self._sole_reporting_body(token)
        )

    def _sole_reporting_body(self, token: Token) -> str | None:
        """ "The Agriculture Department said Peru bought wheat. Corn sales were up. Bolivia was the main
        buyer, it said.": a speaking "it" that no body in its own sentence or the one before stands for (a
        name in what it reports is spoken of, never the speaker) is the one body the story has quoted so far,
        the organisation that was the subject of a verb of speech before it (wire copy goes on reporting for
        it over sentences of figures). None when another body or a state reported too, or when the "it" is
        in a quotation."""
        verb = token.head
        if token.lower_ != "it" or token.dep_ not in NOMINAL_SUBJECT_DEPS or token.i in self.quoted:
            return None
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        here, content = self.sent_index[token.i], _reported_content(token)
        near = [
            s
            for s in self.seen
            if here - 1 <= s.sentence and s.token < token.i and s.subject and s.type in ("ORG", "GPE")
        ]
        if any(not (s.token in content or self._spoken_of(s.token, verb)) for s in near):
            return None  # a body the nearer sentences name as a subject: the nearer rules' to judge
        speakers: set[str] = set()
        for s in self.seen:
            head = self._mention_head(s)
            if s.token >= token.i or s.token in self.quoted or s.type not in ("ORG", "GPE"):
                continue
            if s.members_plural:
                continue  # "The Tories said …": a plural name is a "they", never the "it" that goes on
            if head.dep_ in NOMINAL_SUBJECT_DEPS and head.head.lemma_.lower() in SPEECH_VERBS:
                speakers.add(s.entity_id)
        if len(speakers) != 1:
            return None
        (body,) = speakers
        return body if self._type(body) == "ORG" else None

    def _source_of_content(self, token: Token) -> str | None:
        """The body whose promise or report the clause of "it" is: "assurances from the US that it would
        not allow …", "Peru's pledge that it will pay": a noun of speech with its source and its content."""
        verb = token.head
        if token.dep_ not in NOMINAL_SUBJECT_DEPS or verb.dep_ not in ("acl", "ccomp"):
            return None
        if (
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            or verb.head.pos_ != "NOUN"
        ):
            return None
        noun = verb.head
        sources = [c for c in noun.children if c.dep_ == "poss"]
        sources += [
            w for p in noun.children if p.dep_ == "prep" and p.lower_ in SOURCE_PREPS for w in p.children
        ]
        bodies = {self.entities.entity_id_at(w.i) for w in sources if w.i < token.i}
        bodies = {e for e in bodies if e and self._type(e) in ("ORG", "GPE")}
        return bodies.pop() if len(bodies) == 1 else None

    def _is_group(self, entity_id: str) -> bool:
        """An unnamed group of people or a state's force ("protesters", "police"), not a named body."""
        entity = self.entities.entity(entity_id)
        return entity is not None and entity.sector is not None and entity.type in ("NORP", "ORG")

    def _plural_nouns(self, sentence: int, before_token: int | None, people: bool = False) -> bool:
        """Plural common nouns among the core arguments of a sentence (with `people`: only those that
        may name people or bodies, which a plural pronoun could stand for)."""
        sent = self.sentences[sentence] if sentence >= 0 else []
        return any(
            t.tag_ == "NNS"
            and t.dep_ in CORE_ARGUMENT_DEPS
            and t.i not in self.entities.token_entity
            and (before_token is None or t.i < before_token)
            and (not people or _may_name_people(t))
            for t in sent
        )

    def _nominal(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        if token.dep_ in PREDICATIVE_DEPS:
            return None  # "Mubarak was the President of Egypt": the title says what he was, not who
        titled = token.tag_ == "NNP" and is_role_word(lemma)  # "the Queen", "the President"
        if token.tag_ == "NN" and lemma in EPITHET_NOUNS | PERSON_NOUNS and _of_a_state(token):
            return self._epithet_holder(token)
        if lemma in FIRM_NOUNS and token.dep_ in DESCRIBED_FIRM_DEPS and _of_a_state(token):
            return self._company_going_on(token)
        if is_role_word(lemma) and any(c.dep_ in ("amod", "compound") for c in token.children):
            return self._holder_of_title(token)
        if (token.tag_ != "NN" and not titled) or any(
            c.dep_ in ("amod", "compound", "nmod", "nummod") for c in token.children
        ):
            # "the European nation" says more than "the nation", and "the two countries" are not one.
            return None

        if lemma in DIVISION_TYPES.values() and self._names_after_of(token):
            return None  # "the state of Montana" is Montana (arguments.py), not the state said before
        if lemma in ("nation", "country") and _addressed_nation(token):
            return None  # "a speech to the nation": the speaker's own people, no state named before
        if lemma in COUNTRY_NOUNS and self._of_a_thing(token):
            return None  # "the state of climate science", "a state of emergency": a condition, no country
        setting = self._setting_named_first() if lemma in COUNTRY_NOUNS and self._spoken_here(token) else None
        if setting is not None:
            # `"Investors in this country are confident," U.S. Ambassador X said` in a story the headline and
            # lead set in the Philippines: the country the speaker speaks in, not the one last named (his own)
            return setting
        if lemma in ("nation", "country") and _under_own_possession(token):
            # "Peru must change its policies on the nation's lifestyle": the state whose own ("its")
            # phrase holds the noun is the clause's subject, not a state named before
            states = [e for e in self._clause_subjects(token) if e.startswith("country:")]
            if len(states) == 1:
                return states[0]
        if lemma in COUNTRY_NOUNS or lemma in DIVISION_TYPES.values():
            own_subjects = self._clause_subjects(token)
            countries = [
                s
                for s in self.seen
                if (lemma in COUNTRY_NOUNS and s.entity_id.startswith("country:"))
                or self._division_of(s, lemma)
            ]
            if token.dep_ in NOMINAL_SUBJECT_DEPS:
                # "Britain criticised Iran. The country also…": a subject continues the last subject.
                countries = [s for s in countries if s.subject] or countries
            for seen in reversed(countries):
                if seen.entity_id not in own_subjects:
                    return seen.entity_id
            return None
        body = self._body_after_of(token) if is_role_word(lemma) else None
        if body is not None:
            # "the president of the central bank" is the bank's officer, never the state's president named
            # elsewhere: only a holder the text titled with the body ("central bank president X"), or as an
            # officer of the company named ("Fiat chairman X": "the chairman of Fiat", "of the company")
            holders = [
                s
                for s in self.seen
                if self._described_with(s.entity_id, lemma) and self._officer_of(s.entity_id, body)
            ]
            return self._likeliest_holder(holders) if holders else None
        spoken_for = self._body_its_mouthpiece_speaks_for(token) if lemma in COMPANY_NOUNS else None
        if spoken_for is not None:
            # "X, a spokesman for Acme's lawyers, said the company stands by …": the firm he speaks for,
            # named in the same sentence, before any firm named or described in the sentences before
            return spoken_for
        # an owner ("the party's nominee") is left to the descriptions: resolved, it takes the place of the
        # noun's own arguments ("won the party's primaries in X")
        named = self._named_with_head(token, lemma) if token.dep_ != "poss" else set()
        if named:
            # several bodies of that name just before ("… the X Party and the Y Party …"): unsure which
            return named.pop() if len(named) == 1 else None
        described = [
            s
            for s in self.seen
            if self._described_with(s.entity_id, lemma) and self._may_hold(token, s.entity_id)
        ]
        if described:
            return self._likeliest_holder(described) if is_role_word(lemma) else described[-1].entity_id
        if (
            lemma in COMPANY_NOUNS
            and token.dep_ in NOMINAL_SUBJECT_DEPS
            and (body := self._reporting_body(token))
        ):
            return body  # "Acme said the company had sued X", "an Acme spokesman said the company …"
        if lemma in KIND_LABEL_WORDS and token.dep_ in NOMINAL_SUBJECT_DEPS:
            return self._one_of_kind(token)
        if lemma in KIND_LABEL_WORDS and token.dep_ == "pobj":
            return self._object_of_kind_before(token)
        if is_role_word(lemma):
            # "The Queen suspended parliament … Johnson asked Queen Elizabeth II": a title whose one holder
            # in the article is named only later.
            holders = {
                e for e in self.descriptions if self._described_with(e, lemma) and self._may_hold(token, e)
            }
            if len(holders) == 1:
                return holders.pop()
        return None

    def _company_going_on(self, token: Token) -> str | None:
        """ "Zenith Corp agreed to buy Boltron. The U.S. company said …": a company noun with only its
        state's word, as a subject or an object ("the deal gives the U.S. company capital"), goes on with
        the organisation that was the subject of the sentence before, or of the one before that where the
        sentence between has none (wire style names the firm, then describes it); None when that sentence
        had no one such, or names another firm of the noun's kind outside its subject."""
        here = self.sent_index[token.i]
        own = self._clause_subjects(token)
        found: set[str] = set()
        # the nearest of the two sentences before that has one: "Acme said it won an order. The order is
        # worth 20 mln dlrs. The West German company will …" goes on with Acme across a sentence of no firm
        for sentence in range(here - 1, here - LOOKBACK_SENTENCES - 1, -1):
            found = {
                s.entity_id
                for s in self.seen
                if s.sentence == sentence and s.subject and s.type == "ORG" and s.entity_id not in own
            }
            if found:
                break
        if len(found) != 1 or firm_of_its_kind_beside(token, self.sentences[sentence]):
            return None
        (firm_id,) = found
        # "Tokai Power, a Japanese utility, ... The German company said": a firm of another state is another
        firm = self.entities.entity(firm_id)
        told = {e.country for w in _state_words(token) if (e := self._entity_of_token(w)) and e.country}
        if firm is not None and firm.country and told and told != {firm.country}:
            return None
        return firm_id

    def _entity_of_token(self, token: Token) -> Entity | None:
        entity_id = self.entities.entity_id_at(token.i)
        return self.entities.entity(entity_id) if entity_id else None

    def _body_its_mouthpiece_speaks_for(self, token: Token) -> str | None:
        """The one organisation whose spokesman or lawyer, the subject of the verb of speech above "the
        company" or a name in apposition to such a noun, speaks for it: "a spokesman for Acme", "Acme's
        lawyer", and through the people he speaks for, "X, a spokesman for Acme's lawyers" (their owner)."""
        verb = token.head.head
        if token.dep_ not in NOMINAL_SUBJECT_DEPS or token.head.dep_ != "ccomp":
            return None
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        mouths = [
            m
            for subject in verb.children
            if subject.dep_ in NOMINAL_SUBJECT_DEPS
            for m in (subject, *(c for c in subject.children if c.dep_ == "appos"))
            if m.lemma_.lower() in MOUTHPIECE_NOUNS and m.i not in self.entities.token_entity
        ]
        return self._one_organisation([w for mouth in mouths for w in self._spoken_for(mouth, clients=True)])

    def _reporting_body(self, token: Token) -> str | None:
        """The organisation whose words a clause opened by "the company" reports: the subject of the verb of
        speech above it, or the body its spokesman or other unnamed source speaks for ("an Acme
        spokesman", "Acme's spokesman", "a spokesman for Acme")."""
        verb = token.head.head
        if token.head.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        for subject in (c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS):
            mouth = subject.lemma_.lower() in MOUTHPIECE_NOUNS
            return self._one_organisation(self._spoken_for(subject, clients=False) if mouth else [subject])
        return None

    def _spoken_for(self, mouth: Token, clients: bool) -> list[Token]:
        """The words naming whom a spokesman or lawyer speaks for: his compound or possessive ("an Acme
        spokesman", "Acme's lawyer") and the object of his "for" or "of" ("a spokesman for Acme"); with
        `clients`, also the owner of the unnamed people he speaks for ("a spokesman for Acme's lawyers")."""
        words = [c for c in mouth.children if c.dep_ in ("compound", "poss")]
        for prep in (c for c in mouth.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for group in (g for g in prep.children if g.dep_ == "pobj"):
                words.append(group)
                if clients and group.i not in self.entities.token_entity and group.pos_ == "NOUN":
                    words += [c for c in group.children if c.dep_ == "poss"]
        return words

    def _one_organisation(self, words: list[Token]) -> str | None:
        """The one organisation the words name, or None (none or several)."""
        bodies = {e for w in words if (e := self._entity_at(w)) and self._type(e) == "ORG"}
        return bodies.pop() if len(bodies) == 1 else None

    def _may_hold(self, noun: Token, entity_id: str) -> bool:
        """May the one the text described with the noun's title be the one the noun names? Not where the
        noun's "of" phrase names another state than theirs ("the representative of Chile")."""
        entity = self.entities.entity(entity_id)
        return not of_another_state(noun, entity.country if entity else None)

    def _likeliest_holder(self, described: list[_Seen]) -> str:
        """Of the holders of a title the text named, the one a bare "the minister" goes on with: of several
        named in the nearest sentence that names any, the subject of its main clause, not one named in
        passing ("Saudi Oil Minister X said …, after talks with Kuwaiti Oil Minister Y. The minister told
        reporters …" is X); else the one named last."""
        last = described[-1].sentence
        there = [s for s in described if s.sentence == last]
        if len({s.entity_id for s in there}) > 1:
            main = {s.entity_id for s in there if s.subject and self._main_subject(s)}
            if len(main) == 1:
                return main.pop()
        return described[-1].entity_id

    def _described_with(self, entity_id: str, noun: str) -> bool:
        """Does the text call the entity by the noun: a description ("the airline"), or for a title the
        office itself, named with a title of that head word ("Chancellor X" for "the chancellor"), not
        another office of it ("shadow chancellor Y", "Vice President Z" for "the president")?"""
        nouns = self.descriptions.get(entity_id, ())
        if is_role_word(noun):
            return holds_bare_title(nouns, noun)
        return noun in nouns or self._igo_of_kind(entity_id, noun)

    def _igo_of_kind(self, entity_id: str, noun: str) -> bool:
        """ "Opec ministers met ... The cartel saw no reason to cut output": an international body the news
        calls by a common noun of its kind (entity_words.tsv igo_kind_nouns), once named."""
        keys = IGO_KIND_NOUNS.get(noun)
        entity = self.entities.entity(entity_id) if keys else None
        igo = lookup_igo(entity.label) if entity is not None and entity.type == "ORG" else None
        return igo is not None and igo.key in keys

    def _named_with_head(self, token: Token, noun: str) -> set[str]:
        """ "The Prohibition Party has access … In 2018, the party nominated …": the bodies, laws and storms
        of the recent sentences whose own name is headed by the noun ("the act", "the community" of the
        "X Community of Nations"), or has it as a storm's kind ("the depression" of "Tropical Depression
        Three"); one of them is meant before any other the text once described with it in a paragraph
        further back. Of several, one the text names as an argument of its clause before one it names in
        passing ("members of the X Union"), then the one of the nearest sentence naming any, and there the
        one nearest its root ("X founded the Unity Party with backers of a campaign for the Democratic
        Party's nomination": the Unity Party), not one named in a title; a description that is a subject
        prefers, there, one that was a subject, of the main clause first. Never the clause's own subject."""
        same, before = self._window(token)
        own = self._clause_subjects(token)
        acts = token.dep_ in NOMINAL_SUBJECT_DEPS
        # entity id -> rank of its best mention
        found: dict[str, tuple[bool, int, bool, bool, bool, int, int]] = {}
        for seen in before + same:
            entity = self.entities.entity(seen.entity_id)
            if entity is None or entity.type not in ("ORG", "EVENT") or seen.entity_id in own:
                continue
            words = [w.lower() for w in entity.label.split()]
            # a storm is named by its kind too: "Tropical Depression Three … the depression"
            storm = entity.type == "EVENT" and noun in STORM_WORDS | TROPICAL_STORM_WORDS and noun in words
            if _name_head(words) == noun or storm:
                head = self._mention_head(seen)
                # a name inside a title ("X Party nominee Y") or said in passing ("members of the X
                # Union signed …") is not what the text goes on about
                core = not _in_passing(head)
                # one that speaks or acts ("Fuji Bank bought Kyowa Bank. The bank said …", "After Fuji Bank
                # bought Kyowa Bank, the bank sued …") goes on with the one that acted there, a clause's
                # subject (of the main clause first), not a bank named as an object
                acting = acts and seen.subject
                topic = acting and self._main_subject(seen)
                named = head.dep_ not in ("compound", "nmod")
                rank = (core, seen.sentence, acting, topic, named, -_depth(head), seen.token)
                found[seen.entity_id] = max(rank, found.get(seen.entity_id, rank))
        if len(found) > 1:
            return {max(found, key=lambda e: found[e])}
        return set(found)

    def _epithet_holder(self, token: Token) -> str | None:
        """ "William Jones, president of Acme Bank, said ... the Canadian banker said he had suggested": one
        person, of a trade or standing said with a state's word only, is the one person of the sentences
        just before (the one such subject, if several) whom the story gives no other state; never the state
        itself as an actor."""
        states = {
            entity.country
            for word in _state_words(token)
            if (found := self.entities.entity_id_at(word.i)) and (entity := self.entities.entity(found))
        }
        if len(states) != 1:
            return None
        same, before = self._window(token)
        people = [
            s
            for s in before + [s for s in same if s.token < token.i]
            if s.type == "PERSON"
            and (entity := self.entities.entity(s.entity_id))
            and entity.country in (None, *states)
        ]
        subjects = {s.entity_id for s in people if s.subject} or {s.entity_id for s in people}
        return subjects.pop() if len(subjects) == 1 else None

    def _holder_of_title(self, token: Token) -> str | None:
        """ "the Prime Minister said", "the chief executive added": a title of several words, written
        whole, is the one person the article gave exactly that title ("Prime Minister Jane Roe"); "the vice
        president" is not the president, and "the 64-year-old mayor" says more than a title."""
        words = [token]
        while words[0].i > 0:
            before = words[0].nbor(-1)
            if before.text == "-" and before.head.i == token.i and before.i > 0:
                before = before.nbor(-1)  # "the co-chairman": the hyphen joins the title's words
                if before.head.i != token.i or before.dep_ not in ("amod", "compound"):
                    return None
            if before.head.i != token.i or before.dep_ not in ("amod", "compound"):
                break
            words.insert(0, before)
        if words[0].i == 0 or words[0].nbor(-1).lower_ != "the":
            return None  # a word that says more stands between ("the new prime minister") or no "the"
        if any(c.dep_ in ("amod", "compound", "nmod", "nummod") and c.i < words[0].i for c in token.children):
            return None
        if any(c.dep_ == "prep" for c in token.children):
            return None  # "the prime minister of Spain" names whose, which the title alone does not
        title = " ".join([w.lower_ for w in words[:-1]] + [token.lemma_.lower()])
        # the title as the roles write it ("co chairperson" of "the co-chairman"), each word a title's
        written = role_phrase([w.text for w in words]) if len(words) > 1 else None
        titles = {title, written} if written and len(written.split()) == len(words) else {title}
        holders = {e for e, nouns in self.descriptions.items() if titles & nouns}
        if not holders and token.lemma_.lower() in CONTENDER_NOUNS:
            holders = self._contenders(" ".join(w.lower_ for w in words[:-1]))
        if not holders and not any(title in nouns for nouns in self.descriptions.values()):
            holders = self._head_of_government_named(title, token)
        return holders.pop() if len(holders) == 1 else None

    def _head_of_government_named(self, title: str, token: Token) -> set[str]:
        """ "He accused Mr Roe's government of delay. The prime minister should ...": a title of the head of
        a government (offices.tsv: head_of_government) that no one in the article bears is the person whose
        government (administration, cabinet) the text named before it, by a possessive or a name before the
        noun ("the Roe government"); the people so named (one, to be sure)."""
        if "head_of_government" not in office_kinds(title):
            return set()
        found: set[str] = set()
        for seen in self.seen:
            if seen.token >= token.i or seen.type != "PERSON":
                continue
            named = self.doc[seen.token]
            while named.dep_ == "compound" and self.entities.entity_id_at(named.head.i) == seen.entity_id:
                named = named.head
            ruled = named.head
            if named.dep_ in ("poss", "compound") and ruled.lemma_.lower() in HEADED_GOVERNMENT_NOUNS:
                found.add(seen.entity_id)
        return found

    def _contenders(self, side: str) -> set[str]:
        """ "opposition leader X … the opposition candidate claimed victory": the people the article calls
        the side's candidate, leader or nominee by another of those nouns."""
        return {
            e
            for e, nouns in self.descriptions.items()
            if self._type(e) == "PERSON"
            and any(n.rpartition(" ")[0] == side and n.rpartition(" ")[2] in CONTENDER_NOUNS for n in nouns)
        }

    def _body_after_of(self, token: Token) -> str | None:
        """The noun of a body no name tells that the noun's "of" governs ("the president of the [bank]", "the
        chairman of the Argentine [committee]"), or the id of a company it names ("the president of [Fiat]",
        whose officer no state's holder is); None for any other."""
        named = self.entities.token_entity
        for o in _after_of(token):
            if o.dep_ != "pobj":
                continue
            if o.pos_ == "NOUN" and o.i not in named and o.lemma_.lower() in OFFICER_BODY_NOUNS:
                return o.lemma_.lower()
            entity = self._entity_of_token(o)
            if entity is not None and entity.type == "ORG" and self._is_company(entity):
                return entity.id
        return None

    def _officer_of(self, person: str, body: str) -> bool:
        """Is the person titled an officer of the body: of the body named (its id), or with its noun in the
        title ("central bank president"), or of a company for a company's noun ("the company")?"""
        if body in self.officers:
            return person in self.officers[body]
        if any(body in n.split() for n in self.descriptions.get(person, ())):
            return True
        return body in COMPANY_NOUNS and any(
            person in people
            for key, people in self.officers.items()
            if (entity := self.entities.entity(key)) is not None and self._is_company(entity)
        )

    @staticmethod
    def _is_company(entity: Entity) -> bool:
        org = lookup_organisation(entity.label)
        return entity.sector == "BUS" or (org is not None and org.kind == "company")

    def _of_a_thing(self, token: Token) -> bool:
        """Is the noun followed by "of" and a common noun that names nothing ("the state of the economy")?"""
        named = self.entities.token_entity
        return any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i not in named for o in _after_of(token))

    def _names_after_of(self, token: Token) -> bool:
        named = self.entities.token_entity
        return any(o.i in named for o in _after_of(token))

    def _division_of(self, seen: _Seen, noun: str) -> bool:
        """Is the place seen a country's part of the kind the noun names ("the state" after "Montana")?"""
        if not seen.entity_id.startswith("place:") or seen.type != "GPE":
            return False
        entity = self.entities.entity(seen.entity_id)
        if entity is None:
            return False
        kind = division_type(entity.label, [entity.country] if entity.country else [])
        return kind is not None and DIVISION_TYPES.get(kind) == noun

    def _one_of_kind(self, token: Token) -> str | None:
        """ "PG&E Corp. … The company said …": the one organisation of the recent sentences whose name or
        sector is of the kind the noun says. None when another organisation there may be of that kind too:
        one of no known sector, where the kind has a sector (a company's name need not say "company")."""
        noun = token.lemma_.lower()
        words, sector = KIND_LABEL_WORDS[noun], KIND_SECTORS.get(noun)
        same, before = self._window(token)
        fitting: set[str] = set()
        possible: set[str] = set()
        for seen in before + same:
            entity = self.entities.entity(seen.entity_id)
            if entity is None or entity.type != "ORG":
                continue
            if _of_kind(entity, words, sector):
                fitting.add(seen.entity_id)
            elif sector is not None and entity.sector is None:
                possible.add(seen.entity_id)
        if len(fitting) > 1 and not possible and len({self._firm_stem(e) for e in fitting}) == 1:
            # "X Ltd said its U.S. unit, X Inc, won ...", "X Inc, a unit of X Ltd, won ... The company
            # said": a firm and its unit of one name with another legal form; the company is the one the
            # last sentence naming them is about, its subject named last there
            seen = [s for s in before + same if s.entity_id in fitting]
            last = max(s.sentence for s in seen)
            return max((s for s in seen if s.sentence == last), key=lambda s: (s.subject, s.token)).entity_id
        if len(fitting) == 1 and not possible:
            return fitting.pop()
        candidates = fitting | possible
        if len(candidates) < 2 or not fitting:
            return None
        return (
            self._speaker_going_on(token, candidates)
            or self._topic_going_on(token, candidates)
            or self._main_body(candidates)
        )

    def _object_of_kind_before(self, token: Token) -> str | None:
        """ "Acme Corp bought a stake in Zenith Inc and will merge with the company": a description in a
        prepositional phrase is the one organisation of its kind its own sentence named before it as no
        subject (an object), other than its clause's subject; None for none or several."""
        noun = token.lemma_.lower()
        words, sector = KIND_LABEL_WORDS[noun], KIND_SECTORS.get(noun)
        same, _ = self._window(token)
        own = self._clause_subjects(token)
        found: set[str] = set()
        for seen in same:
            entity = self.entities.entity(seen.entity_id)
            # "one of the rival firms ... a stake in the company": a plural of firms is no one company
            if entity is None or entity.type != "ORG" or seen.entity_id in own or seen.plural:
                continue
            if not _of_kind(entity, words, sector):
                continue
            if seen.subject:
                return None  # a firm of that kind acts in the sentence too: which is not sure
            found.add(seen.entity_id)
        return found.pop() if len(found) == 1 else None

    def _topic_going_on(self, token: Token, candidates: set[str]) -> str | None:
        """ "Acme said its unit Zenith earned 20 mln dlrs. The company plans …": a description that speaks
        or acts goes on with the topic, the candidate that is the subject of the main clause of the nearest
        sentence before that names any candidate, not one it named in what was said or as an object; None
        when that sentence's main subject is none of them ("Analysts said Acme would buy Zenith"), or when
        another candidate was the main subject of a sentence of the recent ones too ("Acme sued Zenith.
        Zenith appealed. The company said …": which is not sure)."""
        if token.dep_ not in NOMINAL_SUBJECT_DEPS:
            return None
        _, before = self._window(token)
        named = [s for s in before if s.entity_id in candidates]
        if not named:
            return None
        last = max(s.sentence for s in named)
        main = [s for s in named if s.subject and self._main_subject(s)]
        topics = {s.entity_id for s in main}
        if len(topics) != 1 or not any(s.sentence == last for s in main):
            return None
        return topics.pop()

    def _speaker_going_on(self, token: Token, candidates: set[str]) -> str | None:
        """ "Acme said Zenith had stopped deliveries. The company also said …", "The company added …": a
        description that reports again goes on with the speaker of the nearest report before it (the subject
        of that sentence's main verb of speech), not with another body named in what was said."""
        verb = token.head
        if token.dep_ not in NOMINAL_SUBJECT_DEPS or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        going_on = verb.lemma_.lower() in CONTINUING_SPEECH_VERBS or any(
            c.dep_ == "advmod" and c.lower_ in SPEAKER_CONTINUING_ADVERBS for c in verb.children
        )
        if not going_on:
            return None
        _, before = self._window(token)
        for sentence in sorted({s.sentence for s in before}, reverse=True):
            # the nearest sentence whose main clause a candidate is the subject of: its report's speaker,
            # or nobody when it did something else there ("Zenith denied it" reports; "Zenith sued" not)
            main = [s for s in before if s.sentence == sentence and self._main_subject(s)]
            speakers = {s.entity_id for s in main if s.entity_id in candidates}
            if not speakers:
                continue
            reports = all(self._mention_head(s).head.lemma_.lower() in REPORTING_VERBS for s in main)
            return speakers.pop() if len(speakers) == 1 and reports else None
        return None

    def _spoken_here(self, token: Token) -> bool:
        """Is the noun "this country" ("this nation") in the words someone says: in quotation marks, or in
        the clause a speech verb reports ("He said investors in this country ...")?"""
        if [c.lower_ for c in token.children if c.dep_ == "det"] != ["this"]:
            return False
        if token.i in self.quoted:
            return True
        speech = ("ccomp", "parataxis")
        return any(a.dep_ in speech and a.head.lemma_.lower() in SPEECH_VERBS for a in token.ancestors)

    def _setting_named_first(self) -> str | None:
        """The one state both the headline and the lead name ("ENVOY SEES BRIGHT FUTURE FOR PHILIPPINES /
        The Philippines is poised for growth, ..."): where the story is set. None without a headline, or
        where the two do not agree on one."""
        end = headline_end(self.doc)
        if not end or end + 1 >= len(self.doc):
            return None
        # (the lead: the first paragraph's first two sentences, a dateline the parser cut off counted apart)
        lead = self.sent_index[end + 1]
        stop = next((t.i for t in self.doc[end + 1 :] if "\n" in t.text), len(self.doc))
        first = {
            s.entity_id
            for s in self.seen
            if s.entity_id.startswith("country:") and lead <= s.sentence <= lead + 1 and end < s.token < stop
        }
        # (a headline set in capitals is often left untagged: its words and pairs of words are looked up)
        words = [t.text for t in self.doc[:end] if t.is_alpha or t.text.endswith(".")]
        phrases = [*words, *(" ".join(pair) for pair in pairwise(words))]
        headline = {country.id for text in phrases if (country := lookup_country(text.title())) is not None}
        both = headline & first
        return both.pop() if len(both) == 1 else None

    def _main_body(self, candidates: set[str]) -> str | None:
        """The story's main body among the candidates for "the company": the subject of the main clause of
        the headline, else of the first sentence, when every other candidate the text named so far was
        named only as an object, never as a subject ("Acme sued Zenith … The company said …")."""
        end = headline_end(self.doc)
        first = [s for s in self.seen if s.sentence == 0]
        if end and first and self.sentences[0].end <= end + 1:
            main = {s.entity_id for s in first if self._main_subject(s)}
            if not main & candidates:
                first = [s for s in self.seen if s.sentence == 1]
        main = {s.entity_id for s in first if self._main_subject(s)}
        if len(main) != 1 or not main <= candidates:
            return None
        (body,) = main
        others = candidates - main
        if any(s.subject for s in self.seen if s.entity_id in others):
            return None
        return body

    def _firm_stem(self, entity_id: str) -> str:
        """A firm's name without its legal forms ("Orvan Telecom" of "Orvan Telecom Ltd" and "... Inc")."""
        entity = self.entities.entity(entity_id)
        words = entity.label.split() if entity is not None else [entity_id]
        while len(words) > 1 and is_legal_form(words[-1]):
            words.pop()
        return " ".join(words).lower()

    def _clause_subjects(self, token: Token) -> set[str]:
        verb = _clause_verb(token)
        # "Russia pledged to support the country": the subject may sit on a governing verb.
        while verb.dep_ in ("xcomp", "conj") and not _has_subject(verb):
            verb = verb.head
        subjects: set[str] = set()
        for child in verb.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS:
                # The subject and its name parts, not places inside it ("the Democratic Rally in Cyprus").
                for tok in (child, *child.conjuncts, *(m for m in child.children if m.dep_ in NAME_DEPS)):
                    entity_id = self.entities.entity_id_at(tok.i) or (
                        self.resolved[tok.i].entity_id if tok.i in self.resolved else None
                    )
                    if entity_id:
                        subjects.add(entity_id)
        return subjects


def resolve_references(
    doc: Doc,
    entities: DocEntities,
    descriptions: Mapping[str, set[str]] | None = None,
    labels: Sequence[Label] | None = None,
    parties: Mapping[str, set[str]] | None = None,
    officers: Mapping[str, Sequence[str]] | None = None,
) -> dict[int, Antecedent]:
    """Token index of each resolved pronoun or definite description -> its antecedent entity. `labels`:
    the interview's speaker labels (io.turns.speaker_labels, read here when not given), whose names are no
    antecedents; `parties`: person id -> the parties the text makes them a member of (party_memberships);
    `officers`: body or state id -> the people titled as acting for it (RoleFacts.affiliated_people)."""
    found = speaker_labels(doc) if labels is None else labels
    return Resolver(doc, entities, descriptions or {}, found, parties, officers).run()


def _party_named(token: Token) -> str | None:
    """The party (its name in organisations.tsv) a member noun names with the words before it that the table
    knows: "the Liberal Democrat" is of the Liberal Democrats, "the Ohio Democrat" of the Democratic Party."""
    words = [token]
    while (
        words[0].i > 0
        and (before := words[0].nbor(-1)).head.i == token.i
        and before.dep_ in ("compound", "amod")
    ):
        words.insert(0, before)
    for n in range(len(words)):
        party = lookup_organisation(" ".join(w.text for w in words[n:]))
        if party is not None and party.kind == "party":
            return party.name
    return None


def party_memberships(roles: Iterable[Role], entities: DocEntities) -> dict[str, set[str]]:
    """Person id -> the names of the parties (organisations.tsv) the role facts make them a member of
    ("Democratic Senator X", "Labour leader Y": a title of the party's, not a relation to it such as "a
    critic of the party")."""
    found: dict[str, set[str]] = {}
    for role in roles:
        relation = role.role.split()[-1] in RELATIONAL_NOUNS
        entity = None if relation else entities.entity(role.target)
        party = lookup_organisation(entity.label) if entity is not None and entity.type == "ORG" else None
        if party is not None and party.kind == "party":
            found.setdefault(role.holder, set()).add(party.name)
    return found


def _group_counted_before(noun: Token) -> bool:
    """Did the text count a group of the noun before with the same number and no article ("two rival
    firms" before "the two firms")? The definite then names that group, which two lines of names in
    between (the holders of shares in one of them, say) need not be."""
    numbers = {c.lower_ for c in noun.children if c.dep_ == "nummod"}
    if not numbers:
        return False
    lemma = noun.lemma_.lower()
    for earlier in noun.doc[: noun.i]:
        if earlier.lemma_.lower() != lemma or earlier.tag_ not in ("NNS", "NNPS"):
            continue
        counted = {c.lower_ for c in earlier.children if c.dep_ == "nummod"}
        definite = any(c.dep_ == "det" for c in earlier.children)
        if counted == numbers and not definite:
            return True
    return False
