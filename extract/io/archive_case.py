"""Words a wire archive capitalised after an abbreviation: "the U.S. Has not called on Japan", "100 mln U.S.
Dlrs", "a request to the U.S. For it to raise its rate".

Some archives restored case by capitalising every word after a full stop, abbreviations' stops included.
The parser then reads "U.S. Has" as a sentence's end and start, and "U.S. Dlrs" or "U.S. Operations" as
names. A story shows the fault when a function word follows an abbreviation capitalised ("U.S. Has", "U.K.
For"): no writer does that. In such a story a capitalised word after an abbreviation goes back to lower
case where the story writes it in lower case elsewhere, or where it is a function word; a word that opens
sentences ("The", "It") stays, since a sentence may really end in "U.S.". One character for one: offsets
into the text still point at the same words.

A common noun of people or groups after an abbreviation ("U.S. Officials said", "called on U.S. Allies",
"the U.S. Delegation") is no name either: the parser would read "U.S. Allies" as an organisation of the
state acting for it. Such a noun in the plural goes back to lower case in any story, since no writer
capitalises "Officials" there; in a story that shows the fault, a singular of people or a group too
("Delegation"). The plurals are those of the word lists of people, groups, organs and sectors; the
singulars only those of people, groups and delegations, since a state's institution is named by its
singular ("U.S. Army", "U.S. Congress", "U.S. Embassy" keep their capitals in any story). A noun followed
by another capitalised word keeps its capital: it may open a longer name ("U.S. Forces Korea") or a
title-case headline ("U.S. Officials Say ...").

A noun of an act or a stance after an abbreviation ("announcing the U.S. Sanctions", "the U.S. Action") is
no name either, in any story, where it is plural or the story writes it in lower case elsewhere: the parser
would read "U.S. Sanctions" as an organisation, and a pronoun for the sanctions ("lift them") as the state.

A common noun of markets, an economy or money after an abbreviation ("exports to the U.S. Market", "the
U.S. Economy", "U.S. Securities", "the U.S. Dollar") is no name either: the parser would read "U.S. Market"
as an organisation. Such a noun (words.tsv market_words, economy_nouns; entity_words.tsv currency_words)
goes back to lower case in any story that writes the same word in lower case elsewhere, fault or no fault:
the story itself shows the word common. One that opens a longer name keeps its capital ("U.S. Securities
and Exchange Commission"), and a word of no such list is untouched ("U.S. Steel", "U.S. Trade
Representative").

A common noun of a firm's trade or kind after an abbreviation ("F.C. Baker, of U.S. Packer Henley Foods and
Co", "a study by U.S. Research firm Dataline Inc") is no part of the firm's name either: the parser would
read "U.S. Packer Henley Foods and Co" as one name, or "U.S. Research" as a firm the named one belongs to.
Such a noun goes back to lower case in any story where it describes a name after it: a noun of firms or
their kinds (words.tsv company_nouns, firm_descriptor_words, firm_kind_nouns, or a business sector's
singular such as "packer") before a capitalised name that ends in a legal form ("Inc", "Co", "Ltd"), or any
capitalised word before lower-case nouns that end in such a noun, up to three words on ("Research firm",
"Drug maker", "Financial services company", "Steel makers"). A body's word
("U.S. Energy firm", "U.S. Army group") keeps its capital, and a noun that is the name's own first word
("U.S. Carrier Corp", "U.S. Bank Holding Co") is left alone. So does an adjective of no sector before a
lower-case plural of people or groups ("U.S. Governmental agencies", "U.S. Federal officials"), which
describes the group: the parser would read "U.S. Governmental" as a body the agencies belong to.

Some archives also wrote an apostrophe as a double quote before "s" ('against China"s admission', 'the
bank"s board'): the parser then reads a quotation mark and a word "s", and the possessive is lost. A double
quote between a letter and an "s" that ends the word is that apostrophe, and becomes one; a real quotation
mark stands before or after a space or a punctuation mark ('"Yes," he said', 'called it "vital"'), never
between a word and an "s".

Wire copy also sets the headline in capitals ("ECUADOR TO IMPOSE SANCTIONS ON BOLIVIA"), and the tagger
then reads most of it as proper nouns: the verb, the infinitive and the objects become one name, and the
line gives no clause. A first line set wholly in capitals, over a story written in ordinary case, is set as
the same headline in ordinary case would be, one character for one: a name takes the case ordinary text
gives it, every other word goes to lower case, the first word with a capital initial ("Ecuador to impose
sanctions on Bolivia"). A word is a name in the form the story's body writes it mid-sentence, where that is
more often capitalised than in lower case ("Vell", "OPEC", "McLean"); for a word the body has not, a state,
its people or its capital ("Ecuador", "Bolivian", "Quito") in title case, an abbreviation of a state, a
body or an institution the gazetteers know as written ("USSR", "EC", "GATT", "NATO"), and a title word
before a name ("Treasury Secretary Vell") in title case. Abbreviations with stops ("U.S.") stay, and the
letters after an apostrophe ("ECUADOR'S") go to lower case. An initial keeps its capital too ("S. AFRICA",
"C. BOLT"), as do letters joined by stops ("S.AFRICA"); the word after an initial is a name unless it is a
common word. A run of words the body writes as one capitalised name takes the body's form whole ("AMERICAN
STOCK EXCHANGE" over "the American Stock Exchange"), though its words one by one are common words of the
body. A function word ("IS", "WHO", "US") takes no abbreviation's capitals the gazetteers give it
("CHINA, IT IS SAID", "WHO WILL PAY"), unless the body names the body or state it abbreviates (the World
Health Organization, the U.S.). A firm the body names only at a sentence's start ("Kestrel Ltd said") keeps
its capital: a sentence's first word that opens a name counts where the body has no other form of it.
"""

from __future__ import annotations

import re
from collections import Counter

from geokg.extract.lexicon.cameo import event_root, sector_of
from geokg.extract.lexicon.entity_words import (
    COMPANY_NAME_ENDS,
    CURRENCY_WORDS,
    FIRM_SECTOR_WORDS,
    FIRM_UNIT_WORDS,
    ORGANISATION_HEADS,
)
from geokg.extract.lexicon.words import (
    ADJECTIVE_ENDINGS,
    COLLECTIVE_PLURALS,
    DEED_NOUNS,
    DELEGATION_NOUNS,
    ECONOMY_NOUNS,
    FIRM_DESCRIPTOR_WORDS,
    FIRM_KIND_NOUNS,
    GROUP_NOUNS,
    MARKET_WORDS,
    ORGAN_NOUNS,
    PEOPLE_NOUNS,
    SENTENCE_OPENERS,
)
from spacy.lang.en.stop_words import STOP_WORDS

# An abbreviation of two or more capital letters with stops ("U.S.", "U.K.", "U.N.") and the next word.
_AFTER_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}[ \t]+([A-Z][a-z]+)\b")
# The word after that one, if it is capitalised: "U.S. Forces Korea", "U.S. Officials Say".
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
# "U.S. Agency for International Development": a word, a preposition or "and", then a capital.
_NAME_CONTINUES = re.compile(r"[ \t]+(?:[A-Z]|(?:of|for|on|and|to|in)[ \t]+[A-Z])")
# The capitalised words of a firm's name after a descriptor, with "and", "&" or "of" inside it ("Henley Foods
# and Co", "Dataline Inc."), up to six words.
_NAME_WORDS = re.compile(r"(?:[ \t]+(?:[A-Z][\w&'.-]*|and|&|of)){1,6}")
# A noun in lower case right after the capitalised word ("U.S. Research firm").
_LOWER_NEXT = re.compile(r"[ \t]+([a-z]+)\b")
# Endings of nouns of acts, stances and policies ("Interference", "Strategy", "Currency"); the bodies some of
# them end ("Agency", "Commission", "Alliance", "Presidency") are told apart by the body word lists.
_ABSTRACT_ENDINGS = ("ence", "ance", "ency", "ancy", "icy", "egy", "ism", "ness", "sion", "ure")
# 'China"s': a double quote written for the apostrophe of a possessive (or "it"s", "there"s").
_QUOTE_FOR_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')
# The words of a headline in capitals: a word with a stop (letters joined by stops, "U.S.", "S.AFRICA", or
# an initial, "S.", "C."), or a run of letters.
_HEADLINE_WORD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)+\.?|\b[A-Za-z]\.|[A-Za-z]+")
# An initial: one letter and its stop ("C. BOLT", "S. AFRICA").
_INITIAL = re.compile(r"[A-Za-z]\.")
# A line's text ending in an initial or an abbreviation's stop ("C.", "U.S."): the word after it opens no
# sentence.
_ENDS_IN_INITIAL = re.compile(r"(?:^|[^A-Za-z])(?:[A-Za-z]\.)+$")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
# A line's opening run of words in capitals: a dateline's place ("NEW YORK, May 4 - ...").
_OPENING_CAPITALS = re.compile(r"[A-Z][A-Z.'& -]*\b")
# A body's name of capitalised words, with "of", "for" or "the" inside ("Bank of Peru"; no "and", which
# joins two names as often: "the Exchange and Kestrel Ltd said").
_BODY_NAME = re.compile(r"\b[A-Z][A-Za-z]+(?:[ \t]+(?:(?:of|for|the)[ \t]+)?[A-Z][A-Za-z]+)+\b")
# A figure after a capitalised word: a date's month ("May 4", "March 3"), no name.
_FIGURE_AFTER = re.compile(r"[ \t]+\d")
# A body's abbreviation: letters with stops ("U.S.", "U.N.") or a word in capitals ("WHO", "US").
_BODY_ABBREVIATION = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,}|\b[A-Z]{2,}\b")
# A headline in capitals has at least this many words of letters.
MIN_HEADLINE_WORDS = 2


def _function_word(word: str) -> bool:
    return word.lower() in STOP_WORDS and word.lower() not in SENTENCE_OPENERS


def _group_noun(word: str) -> bool:
    """A common noun of people or groups ("allies", "officials", "producers", "troops")."""
    lower = word.lower()
    listed = COLLECTIVE_PLURALS | DELEGATION_NOUNS | GROUP_NOUNS | ORGAN_NOUNS | PEOPLE_NOUNS
    return lower in listed or sector_of(lower) is not None


def _one_of_a_group(word: str) -> bool:
    """A singular of people or a group ("delegation", "leader"), no state's institution ("army")."""
    return word.lower() in DELEGATION_NOUNS | GROUP_NOUNS | PEOPLE_NOUNS


def _plural(word: str) -> bool:
    lower = word.lower()
    return lower in COLLECTIVE_PLURALS or (lower.endswith("s") and not lower.endswith(("ss", "us")))


def _starts_name(text: str, end: int) -> bool:
    return _NEXT_CAPITALISED.match(text, end) is not None


def _abstract_noun(word: str, text: str, end: int) -> bool:
    """A noun of an act, a stance or a policy ("Interference", "Demands", "Strategy", "Concern" written
    "U.S. Interference"): by its ending or as an event noun of the lexicon; none that opens a longer name
    ("U.S. Agency for International Development", "U.S. Conference of Mayors")."""
    lower = word.lower()
    if _NAME_CONTINUES.match(text, end) is not None or lower in ORGANISATION_HEADS | ORGAN_NOUNS:
        return False  # "U.S. Agency", "U.N. Commission", "U.S. Presidency": a body, as named
    # a state's deed ("U.S. Action", "U.S. Move", "U.S. Decision") is one too, whatever its ending
    act = lower in DEED_NOUNS or event_root(lower, noun=True) is not None
    return lower.endswith(_ABSTRACT_ENDINGS) or act


def _market_noun(word: str, text: str, end: int) -> bool:
    """A common noun of markets, an economy or money ("Market", "Economy", "Securities", "Dollar") that
    opens no longer name ("U.S. Securities and Exchange Commission", "U.S. Dollar Index")."""
    if _NAME_CONTINUES.match(text, end) is not None:
        return False
    return word.lower() in MARKET_WORDS | ECONOMY_NOUNS | CURRENCY_WORDS


def _firm_noun(lower: str) -> bool:
    """A noun of firms or of their kinds or trades ("company", "maker", "carrier", "packer")."""
    listed = FIRM_DESCRIPTOR_WORDS | FIRM_KIND_NOUNS
    return lower in listed or (not _plural(lower) and sector_of(lower) == "BUS")


def _legal_form(word: str) -> bool:
    return word.lower().rstrip(",;:") in COMPANY_NAME_ENDS


def _lower_firm_noun_follows(text: str, end: int) -> bool:
    """A noun of firms in lower case within the next three words, all in lower case and none a function
    word: "Research firm", "Financial services company", "Steel makers" (a plural too, since "makers" is
    no sector's singular, but only as the next word: in "Steel hired investment banks" the plural is the
    object of a verb after a name). None after a past verb ("U.S. Steel joined rival firms"): the capitalised
    word ended a name its verb follows."""
    for i in range(3):
        following = _LOWER_NEXT.match(text, end)
        if following is None or following.group(1) in STOP_WORDS:
            return False
        lower = following.group(1)
        if _firm_noun(lower) or (i == 0 and _plural(lower) and _firm_noun(lower[:-1])):
            return True
        if lower.endswith("ed"):
            return False
        end = following.end()
    return False


def _describes_lower_group(word: str, text: str, end: int) -> bool:
    """An adjective of no sector before a lower-case plural of people or groups ("U.S. Governmental
    agencies", "U.S. Federal officials"): a description of the group, no name; not a body's word or one of
    a sector ("U.S. Naval officers", "U.S. Congressional leaders" keep theirs)."""
    lower = word.lower()
    if not lower.endswith(ADJECTIVE_ENDINGS) or sector_of(lower):
        return False
    if lower in ORGANISATION_HEADS | ORGAN_NOUNS:
        return False
    following = _LOWER_NEXT.match(text, end)
    return following is not None and _plural(following.group(1)) and _group_noun(following.group(1))


def _firm_descriptor(word: str, text: str, end: int) -> bool:
    """A noun of a firm's trade or kind that describes the name after it: "U.S. Packer Henley Foods and Co"
    (a firm noun before a name with a legal form), "U.S. Research firm Dataline Inc", "U.K. Financial
    services company" (any word before lower-case nouns that end in a firm noun); none that a body is
    named by ("U.S. Energy firm") or that opens the firm's own name ("U.S. Carrier Corp", "U.S. Bank
    Holding Co")."""
    lower = word.lower()
    if lower in ORGANISATION_HEADS - FIRM_DESCRIPTOR_WORDS or lower in ORGAN_NOUNS:
        return False
    if _LOWER_NEXT.match(text, end) is not None:
        return _lower_firm_noun_follows(text, end)
    if not _firm_noun(lower):
        return False
    run = _NAME_WORDS.match(text, end)
    if run is None:
        return False
    words = run.group(0).split()
    # the name's first word is a name of its own, neither a legal form nor a word of a firm's business or
    # unit that would run on the noun's own name ("U.S. Bank Holding Co", "U.S. Steel Group Inc")
    first = words[0].rstrip(",;:").lower()
    business = ORGANISATION_HEADS | FIRM_DESCRIPTOR_WORDS | FIRM_SECTOR_WORDS | FIRM_UNIT_WORDS
    if _legal_form(words[0]) or first in business or first + "s" in business:
        return False
    return any(_legal_form(w) for w in words[1:])


def lower_after_abbreviations(text: str) -> str:
    """`text` with the words its archive capitalised after abbreviations in lower case again."""
    found = list(_AFTER_ABBREVIATION.finditer(text))
    if not found:
        return text
    faulted = any(_function_word(m.group(1)) for m in found)
    written_lower = set(_LOWER_WORD.findall(text))
    chars = list(text)
    for m in found:
        word = m.group(1)
        lower = word.lower()
        if lower in SENTENCE_OPENERS:
            continue
        # a function word, a word the story writes in lower case, or a noun of an act or a stance
        # ("U.S. Interference", "U.S. Demands"), in a story with the fault
        written = lower in STOP_WORDS or lower in written_lower or _abstract_noun(word, text, m.end(1))
        written = faulted and written
        # a noun of markets or money the story writes in lower case elsewhere, in any story: the story
        # shows the word common ("exports to the U.S. Market" where it tells of "the market")
        market = lower in written_lower and _market_noun(word, text, m.end(1))
        # a noun of an act or a stance in the plural, or one the story writes in lower case elsewhere, in
        # any story: no writer names "U.S. Sanctions" or "U.S. Demands", and a parser that read one as an
        # organisation would make the state the thing a later "lift them" acts on
        act = (_plural(word) or lower in written_lower) and _abstract_noun(word, text, m.end(1))
        # a noun of people or groups: a plural anywhere, a singular in a story with the fault
        plural = _plural(word) and _group_noun(word)
        group = (plural or (faulted and _one_of_a_group(word))) and not _starts_name(text, m.end(1))
        # a noun of a firm's trade or kind that describes the firm named after it, in any story
        descriptor = _firm_descriptor(word, text, m.end(1)) or _describes_lower_group(word, text, m.end(1))
        if written or group or market or act or descriptor:
            chars[m.start(1)] = lower[0]
    return "".join(chars)


def apostrophes_from_quotes(text: str) -> str:
    """`text` with each double quote the archive wrote for an apostrophe before "s" ('China"s') an
    apostrophe again; real quotation marks stay. One character for one."""
    if '"s' not in text:
        return text
    return _QUOTE_FOR_APOSTROPHE.sub("'", text)


def _body_cases(body: str) -> dict[str, Counter[str]]:
    """How often the body writes each word (folded) in each form: a lower-case form anywhere, a capitalised
    one mid-sentence only, since a sentence's first word is capitalised whatever it is, save one that opens
    a name ("Kestrel Ltd said") where the body has no other form of it. A line with no
    lower-case letter (a table) shows no word's case, nor a dateline's place or a date's month ("NEW
    YORK, May 4 -": "May" is no name in "ECUADOR MAY IMPOSE ...")."""
    cases: dict[str, Counter[str]] = {}
    openers: dict[str, Counter[str]] = {}  # sentences' first words that open a name ("Kestrel Ltd said")
    for line in body.split("\n"):
        if not any(ch.islower() for ch in line):
            continue
        opening = _OPENING_CAPITALS.match(line)
        dateline = opening.end() if opening is not None else 0
        for m in _LETTERS.finditer(line):
            word = m.group()
            if word.islower():
                cases.setdefault(word, Counter())[word] += 1
                continue
            # a sentence's first word, a dateline's place or month ("NEW YORK, May 4 -") tells nothing
            before = line[: m.start()].rstrip(" \t\"“'‘([")
            # (a stop after an initial ends no sentence: "S. Africa", "C. Bolt" are written mid-sentence)
            stop = before[-1:] == "." and _ENDS_IN_INITIAL.search(before) is None
            if m.end() <= dateline:
                continue
            if not before or before[-1] in "!?:" or stop:
                if _opens_name(word, line, m.end()):
                    openers.setdefault(word.lower(), Counter())[word] += 1
                continue
            if _FIGURE_AFTER.match(line, m.end()) is not None:
                continue
            cases.setdefault(word.lower(), Counter())[word] += 1
    # a firm the body names only at a sentence's start ("Kestrel Ltd said ...") is still a name: its first
    # word counts where the body has no other form of it, in lower case or mid-sentence
    for lower, seen in openers.items():
        cases.setdefault(lower, seen)
    return cases


def _opens_name(word: str, line: str, end: int) -> bool:
    """A sentence's first word that opens a name of capitalised words ("Kestrel Ltd said", "Acme Heavy
    said"): no function word or opener ("The Exchange said"), nor a role word or a title's field ("Prime
    Minister Bolt said", "Foreign Minister ..."), which head a title, no name of a firm."""
    from geokg.extract.entities.titles import is_role_word, is_title_modifier

    lower = word.lower()
    if lower in STOP_WORDS or lower in SENTENCE_OPENERS or is_role_word(lower) or is_title_modifier(lower):
        return False
    return _starts_name(line, end)


def _body_names(body: str) -> dict[tuple[str, ...], list[str]]:
    """The names of two or more capitalised words the body writes ("American Stock Exchange", "Bank of
    Peru"), by their words folded, in the body's form; a name opening a sentence also without its first
    word ("The American Stock Exchange said"). "of", "for" and "the" may stand inside a name."""
    names: dict[tuple[str, ...], list[str]] = {}
    for line in body.split("\n"):
        if not any(ch.islower() for ch in line):
            continue
        opening = _OPENING_CAPITALS.match(line)
        dateline = opening.end() if opening is not None else 0
        for m in _BODY_NAME.finditer(line):
            if m.start() < dateline:
                continue  # a dateline's place ("NEW YORK, May 4 -") shows no case
            written = m.group().split()
            words = written
            while words and words[0].lower() in STOP_WORDS:
                words = words[1:]  # "The American Stock Exchange": the article is no word of the name
            before = line[: m.start()].rstrip(" \t\"“'‘([")
            runs = [words]
            if words == written and (not before or before[-1] in ".!?:-"):
                runs.append(words[1:])  # the sentence's capital may be no part of the name ("Kestrel")
            for run in runs:
                if len(run) > 1 and run[-1][:1].isupper():
                    names.setdefault(tuple(w.lower() for w in run), run)
    return names


def _names_in_body_form(
    words: list[str], forms: list[str | None], names: dict[tuple[str, ...], list[str]]
) -> None:
    """A run of headline words the body writes as one capitalised name ("AMERICAN STOCK EXCHANGE" over
    "the American Stock Exchange") takes the body's form, word for word, the longest run first: its words
    one by one may be common words of the body ("stock", "exchange"), and the headline would otherwise
    name a different thing ("American stock exchange")."""
    if not names:
        return
    longest = max(len(k) for k in names)
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 1, -1):
            form = names.get(tuple(w.lower() for w in words[i : i + size]))
            if form is not None and all("." not in w for w in words[i : i + size]):
                forms[i : i + size] = form
                i += size - 1
                break
        i += 1


def _known_name(word: str) -> str | None:
    """The form a name the gazetteers know takes in ordinary text: a state, its people or its capital in
    title case ("Peru", "Chilean", "Lima"); a state's, an international body's or an institution's
    abbreviation as written ("USSR", "EC", "OPEC", "NATO"); None for any other word."""
    from geokg.extract.entities.countries import country_of_institution, lookup_capital, lookup_country
    from geokg.extract.entities.igos import igo_by_key, lookup_igo
    from geokg.extract.entities.organisations import lookup_organisation

    title = word.title()
    if lookup_country(title) is not None or lookup_capital(title) is not None:
        return title
    known = (lookup_country, lookup_igo, igo_by_key, country_of_institution, lookup_organisation)
    return word if any(lookup(word) is not None for lookup in known) else None


def _referent(name: str) -> tuple[str, str] | None:
    """The international body or the state a name stands for ("WHO", "World Health Organization"; "US",
    "U.S.", "United States"), None for any other; a state's people ("American") name no state here."""
    from geokg.extract.entities.countries import is_demonym, lookup_country
    from geokg.extract.entities.igos import lookup_igo

    igo = lookup_igo(name)
    if igo is not None:
        return ("igo", igo.key)
    country = lookup_country(name)
    return ("state", country.iso3) if country is not None and not is_demonym(name) else None


def _named_in_body(word: str, body: str, body_names: dict[tuple[str, ...], list[str]]) -> bool:
    """Does the body name the body or state a function word in capitals abbreviates ("WHO" over the World
    Health Organization or its "WHO", "US" over the "U.S." or the "United States")?"""
    referent = _referent(word)
    if referent is None:
        return False
    names = [m.group() for m in _BODY_ABBREVIATION.finditer(body)]
    names += [" ".join(form) for form in body_names.values()]
    return any(_referent(name) == referent for name in names)


def _headline_forms(
    words: list[str], cases: dict[str, Counter[str]], body: str, names: dict[tuple[str, ...], list[str]]
) -> list[str | None]:
    """The form each word of a headline in capitals takes in ordinary case, None where it is no name (it
    goes to lower case): the body's mid-sentence form where the body writes it capitalised more often
    than in lower case; where the body has no such word, the gazetteers' (_known_name). A function word
    ("IS", "WHO", "US") takes the gazetteers' abbreviation only where the body names what it abbreviates:
    "CHINA, IT IS SAID, WILL BUY" or "WHO WILL PAY" is no Islamic State's or World Health Organization's."""
    forms: list[str | None] = []
    for word in words:
        seen = cases.get(word.lower())
        function = _function_word(word)
        if function and _named_in_body(word, body, names):
            forms.append(word)  # "WHO SAYS ..." over a story of the World Health Organization
            continue
        if seen is None:
            forms.append(None if function else _known_name(word))
            continue
        capitalised = Counter({form: n for form, n in seen.items() if not form.islower()})
        named = capitalised.total() > seen[word.lower()]
        forms.append(capitalised.most_common(1)[0][0] if named else None)
    return forms


def _titles_before_names(words: list[str], forms: list[str | None]) -> None:
    """A role word right before a name, and a title's modifier right before such a role word, is a title
    ("TREASURY SECRETARY VELL SAYS": "Treasury Secretary Vell"), in title case."""
    from geokg.extract.entities.titles import is_role_word, is_title_modifier

    for i in range(len(words) - 2, -1, -1):
        if forms[i] is not None or forms[i + 1] is None:
            continue
        lower = words[i].lower()
        role_after = is_role_word(words[i + 1].lower())
        if is_role_word(lower) or (role_after and is_title_modifier(lower)):
            forms[i] = words[i].title()


def _names_after_initials(words: list[str], forms: list[str | None], cases: dict[str, Counter[str]]) -> None:
    """The word after an initial ("C. BOLT") is a name's, in title case, unless it is a common word: a
    function word, or one the body writes in lower case ("S. AFRICA LOANS": "loans" stays)."""
    for i in range(1, len(words)):
        if forms[i] is not None or not _INITIAL.fullmatch(words[i - 1]) or "." in words[i]:
            continue
        lower = words[i].lower()
        if lower in STOP_WORDS or lower in cases:
            continue  # a word the body has, capitalised or not, took the body's form already
        forms[i] = words[i].title()


def headline_in_ordinary_case(text: str) -> str:
    """`text` with a first line set wholly in capitals over a body in ordinary case set as the same
    headline in ordinary case: names in their ordinary form, other words in lower case, the first with a
    capital initial. One character for one."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return text
    line, body = text[start:end], text[end:]
    found = list(_HEADLINE_WORD.finditer(line))
    if (
        sum("." not in m.group() for m in found) < MIN_HEADLINE_WORDS
        or any(ch.islower() for ch in line)
        or not any(ch.islower() for ch in body)
    ):
        return text
    # a word after an apostrophe is a possessive's or a contraction's ("JAPAN'S", "DON'T"): lower case
    words = [m.group() for m in found]
    cases = _body_cases(body)
    names = _body_names(body)  # read once: both the function words and the runs of names consult it
    forms = _headline_forms(words, cases, body, names)
    for i, m in enumerate(found):
        if m.start() > 0 and line[m.start() - 1] in "'’":
            forms[i] = None
        if "." in m.group():
            forms[i] = m.group()  # a word with a stop keeps its capitals ("U.S.", "S.AFRICA", "C.")
    _names_in_body_form(words, forms, names)
    _titles_before_names(words, forms)
    _names_after_initials(words, forms, cases)
    chars = list(line.lower())
    if len(chars) != len(line):
        return text  # a letter whose lower case is two characters ("İ") would move every offset after it
    opening = _HEADLINE_WORD.search(line)
    for i, m in enumerate(found):
        form = forms[i]
        if form is None and opening is not None and m.start() == opening.start():
            form = m.group().capitalize()  # the headline's first word ("U.S. CALLS ON ...": no "Calls")
        if form is not None:
            chars[m.start() : m.end()] = form
    return text[:start] + "".join(chars) + body
