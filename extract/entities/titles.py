"""Titles and roles of people: the words before or around a name ("Iraqi Foreign Minister", "Secretary of
State", "US Ambassador to Germany") turned into one normalised role label ("foreign minister",
"secretary of state", "ambassador").

Country words are skipped here (the caller reads them with geokg.extract.entities.countries); what
comes after a preposition that is not part of a known title ("to Germany", "in Baghdad") is not part
of the role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import pycountry
from geokg.extract.entities.countries import lookup_country
from geokg.extract.lexicon.entity_words import (
    FEMALE_TITLES,
    MALE_TITLES,
    MINISTRY_PORTFOLIO_WORDS,
    ORGANISATION_HEADS,
    PORTFOLIO_STOP_WORDS,
    STATE_OFFICES,
)
from geokg.extract.lexicon.loader import Lists
from geokg.extract.lexicon.words import COMPANY_NOUNS, GENERIC_INSTITUTIONS
from spacy.tokens import Token

_TITLES = Lists("titles.tsv")
# The lists and their purpose are documented in data/titles.tsv.
ROLE_NOUNS: frozenset[str] = _TITLES.words("role_nouns")
_MODIFIERS = _TITLES.words("title_modifiers")
_QUALIFIERS = _TITLES.words("qualifiers")
HONORIFIC_ROLES: dict[str, str] = _TITLES.mapping("honorific_roles")
HONORIFICS: frozenset[str] = frozenset(HONORIFIC_ROLES)
# "Dr. X at Saint Mary's": what an honorific says a person is at the institution named after the name.
_HONORIFIC_OCCUPATIONS = _TITLES.mapping("honorific_occupations")
_WORD_VARIANTS = _TITLES.mapping("word_variants")
_TITLE_PHRASES = _TITLES.mapping("title_phrases")
_PORTFOLIOS = _TITLES.words("portfolios")
_ROLES_AS_MODIFIERS = _TITLES.words("roles_as_modifiers")
# "vice", "shadow", "deputy": words that make a title with a head noun another office than the noun alone
_OTHER_OFFICE_MODIFIERS = _TITLES.words("other_office_modifiers")
_BODY_LEADER_MODIFIERS = _TITLES.words("body_leader_modifiers")
# "leader", "head": nouns of whoever heads a body, and the titles of such heads ("chief executive")
_RANKS_BEFORE_BODY = _TITLES.words("ranks_before_body")
_PARTY_GROUP_CHAMBERS = _TITLES.words("party_group_chambers")
# "treasury" -> "the treasury": a department named by its portfolio before "Secretary" and after a rank
_DEPARTMENT_PORTFOLIOS = _TITLES.mapping("department_portfolios")
_CHAMBER_HEAD_TITLES = {k: frozenset(v.split(";")) for k, v in _TITLES.mapping("chamber_head_titles").items()}
_CHAMBER_MEMBER_TITLES = _TITLES.mapping("chamber_member_titles")
_BODY_HEAD_NOUNS = _TITLES.words("body_head_nouns")
_HEADING_TITLES = _TITLES.words("heading_titles")
# "presidency" -> "president": the title held through a term named after the holder ("X's presidency").
OFFICE_TERMS: dict[str, str] = _TITLES.mapping("office_terms")
_TIME_QUALIFIERS = _TITLES.mapping("time_qualifiers")
# "newly appointed", "recently named": words of when an office began (data/titles.tsv)
TENURE_ADVERBS = _TITLES.words("tenure_adverbs")
TENURE_PARTICIPLES = _TITLES.words("tenure_participles")
_TIME_LABELS = frozenset(_TIME_QUALIFIERS.values())
_PAST_LABELS = _TITLES.words("past_time_labels")
RULING_VERBS: frozenset[str] = _TITLES.words("ruling_verbs")
_MILITARY_RANKS = _TITLES.words("military_ranks")
_ELECTION_TITLES = _TITLES.words("election_titles")
_OCCUPATIONS = _TITLES.words("occupations")
_PLACELESS_TITLES = _TITLES.words("placeless_titles")
_CONSTITUENCY_TITLES = _TITLES.words("constituency_titles")
_CORPORATE_TITLES = _TITLES.words("corporate_titles")
_PORTFOLIO_HEAD_NOUNS = _TITLES.words("portfolio_head_nouns")
_COMPANY_PORTFOLIO_TITLES = _TITLES.words("company_portfolio_titles")
_VERB_OCCUPATIONS = _TITLES.mapping("verb_occupations")
_PARTY_TAG_LETTERS = _TITLES.words("party_tag_letters")
_US_STATE_ABBREVIATIONS = _TITLES.words("us_state_abbreviations")
_CONGRESS_TITLES = _TITLES.words("congress_titles")
_STATE_TITLES = _TITLES.mapping("state_titles")
_SPORTS_POSITIONS = _TITLES.mapping("sports_positions")
_STANDING_NOUNS = _TITLES.words("standing_nouns")
_UNIT_NOUNS = _TITLES.words("unit_nouns")
# "director", "manager", "spokesperson": role nouns a field's common nouns may stand before in one title
# ("conservation director", "marketing manager"), with no role that may modify another before them
_FIELD_ROLE_NOUNS = _TITLES.words("field_role_nouns")
# "head", "director": role nouns whose "of" may name a field of work at a body ("Acme's head of research")
_FIELD_AFTER_ROLE_NOUNS = _TITLES.words("field_after_role_nouns")
# Normalised title -> the offices of offices.tsv it names ("foreign secretary" -> foreign_minister).
OFFICE_TITLES: dict[str, frozenset[str]] = {
    title: frozenset(kinds.split(";")) for title, kinds in _TITLES.mapping("office_titles").items()
}

_TITLE_LABELS: frozenset[str] = (
    frozenset(_TITLE_PHRASES.values())
    | {f"{p} minister" for p in _PORTFOLIOS}
    | {f"secretary of {p}{affairs}" for p in _PORTFOLIOS for affairs in ("", " affairs")}
)

_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_MAX_PHRASE = max(len(p.split()) for p in _TITLE_PHRASES)


def _text(item: Any) -> str:
    return item if isinstance(item, str) else str(getattr(item, "text", item))


def _normalise_word(word: str) -> str:
    word = word.strip().replace("’", "'").casefold()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip(".,;:")
    word = _WORD_VARIANTS.get(word, word)
    if word.endswith("s") and word not in ROLE_NOUNS and word[:-1] in ROLE_NOUNS:
        word = _WORD_VARIANTS.get(word[:-1], word[:-1])  # "officials" -> "official"
    return word


# The labels role nouns fold into, which are roles too: "undersecretary" is written "under secretary".
_ROLE_LABELS = frozenset(label for word, label in _WORD_VARIANTS.items() if word in ROLE_NOUNS)


def _is_role(word: str) -> bool:
    return word in ROLE_NOUNS or _WORD_VARIANTS.get(word, word) in ROLE_NOUNS or word in _ROLE_LABELS


def sex_of_title(token: Token) -> str | None:
    """ "f" or "m" when the token is a capitalised title of one sex before a name ("Mrs", "Mr.", "King")."""
    if not token.text[:1].isupper():
        return None
    word = token.lower_.rstrip(".")
    return "f" if word in FEMALE_TITLES else "m" if word in MALE_TITLES else None


def is_role_word(word: str) -> bool:
    """True for a noun naming an office or role, singular or plural ("Minister", "officials", "Sen.")."""
    folded = _normalise_word(word)
    if not folded:
        return False
    if _is_role(folded) or HONORIFIC_ROLES.get(folded):
        return True
    return folded.endswith("s") and _is_role(folded[:-1])


def is_plural_role_word(word: str) -> bool:
    """True for a role noun written in the plural ("Advisers", "Governors", "Ministers"), never a singular
    one that ends in "s" ("boss")."""
    folded = word.strip().casefold().rstrip(".,;:")
    return folded.endswith("s") and not _is_role(folded) and _is_role(_normalise_word(folded))


def is_title_qualifier(word: str) -> bool:
    """ "former", "acting", "outgoing", "new": a word that qualifies how or when a title is held, no part of
    its office."""
    folded = _normalise_word(word)
    return folded in _QUALIFIERS or time_qualifier([folded]) is not None or is_present_qualifier(folded)


def is_swapped_role_word(word: str) -> bool:
    """ "Adivser" for "Adviser": a word of five letters or more, no role word itself, that is one by two
    neighbouring letters swapped (a typing slip a name is very unlikely to be)."""
    word = word.casefold()
    if len(word) < 5 or not word.isalpha() or is_role_word(word):
        return False
    swaps = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    return any(swap != word and is_role_word(swap) for swap in swaps)


def _title_head(words: list[str]) -> int:
    """Where a title's head noun stands: its last word, or the last before "of" ("secretary of state")."""
    return words.index("of") - 1 if "of" in words[1:] else len(words) - 1


def title_head(role: str) -> str:
    """The head noun of a role label: "secretary" of "secretary of trade and industry" and of "deputy
    secretary", "minister" of "minister of state"."""
    words = role.split()
    return words[_title_head(words)] if words else ""


def holds_bare_title(titles: Iterable[str], noun: str, *, heads: bool = False) -> bool:
    """Do the titles the article gives one holder (descriptions: whole titles and their last words) make
    them the holder of the office a bare definite title of this head noun names ("the chancellor")? A
    title headed by the noun does ("Chancellor X", "Prime Minister Y" for "the minister", "Secretary of
    State Z" for "the secretary"), unless a word before the head makes it another office: "Vice
    President X" is no "the president", "shadow chancellor Y" no "the chancellor". A bare word alongside
    only such titles is their last word, which says nothing more. With `heads` (the body is named: "the
    Hong Kong leader"), a noun of whoever heads a body is also the holder of a title that heads one
    ("Chief Executive X"), not of another ("Tory MP Y" is no "the Tory leader")."""
    head = _normalise_word(noun)
    split = [[_normalise_word(w) for w in _HYPHEN.sub(" ", title).split()] for title in titles]
    split = [words for words in split if words]
    # the last words of titles of another office ("president" of "vice president"): no title of their own
    others = {
        words[_title_head(words)]
        for words in split
        if any(w in _OTHER_OFFICE_MODIFIERS for w in words[: _title_head(words)])
    }
    for words in split:
        at = _title_head(words)
        if any(w in _OTHER_OFFICE_MODIFIERS for w in words[:at]) or (len(words) == 1 and words[0] in others):
            continue
        if words[at] == head:
            return True
        if heads and head in _BODY_HEAD_NOUNS and " ".join(words) in _HEADING_TITLES:
            return True  # "the Hong Kong leader" of "Chief Executive X"
    return False


def sports_role(word: str) -> str | None:
    """The role in a team a player's position or a coach's word before a name gives ("Lakers guard X" is a
    member of the Lakers, "Celtics coach Y" their coach), singular or plural ("centers")."""
    folded = word.casefold()
    return _SPORTS_POSITIONS.get(folded) or (
        _SPORTS_POSITIONS.get(folded[:-1]) if folded.endswith("s") else None
    )


def honorific_occupation(word: str) -> str | None:
    """The occupation an honorific states at an institution: "Dr." -> "doctor", "Prof" -> "professor"."""
    folded = _normalise_word(word)
    return _HONORIFIC_OCCUPATIONS.get(folded) or HONORIFIC_ROLES.get(folded) or None


def is_standing_noun(word: str) -> bool:
    """A company's standing in its market ("giant", "heavyweight", "major"): the word before it names the
    market, or the company's state, never its owner."""
    return word.casefold() in _STANDING_NOUNS


def is_unit_noun(lemma: str) -> bool:
    """A unit of a body ("operation", "mission", "office"): its head heads the unit, not the body."""
    return lemma.casefold() in _UNIT_NOUNS


def is_title_modifier(word: str) -> bool:
    """A word that forms a title with a following role noun: "foreign", "development", "police"."""
    return _normalise_word(word) in _MODIFIERS


def is_body_leader_modifier(word: str) -> bool:
    """ "parliamentary", "opposition", "party": a word that makes a leader one of a chamber or a party."""
    return _normalise_word(word) in _BODY_LEADER_MODIFIERS


def is_rank_before_body(word: str) -> bool:
    """ "assistant", "deputy": a rank written before the body that owns a title ("Assistant Treasury
    Secretary X" is assistant secretary of the Treasury)."""
    return word.lower() in _RANKS_BEFORE_BODY


def party_group_chamber(word: str) -> str | None:
    """ "senate" for "Senate" in "Senate Republican Leader X": the chamber whose party group a leader's title
    written with it before the party's name is of; None for any other word."""
    lower = word.lower()
    return lower if lower in _PARTY_GROUP_CHAMBERS else None


def department_portfolio(word: str) -> str | None:
    """The portfolio a department's one-word name gives its secretary ("Treasury" -> "the treasury",
    "Defense" -> "defense"), None for any other word."""
    return _DEPARTMENT_PORTFOLIOS.get(_normalise_word(word))


def department_title(words: Sequence[Any]) -> str | None:
    """ "Assistant Defense Secretary" -> "assistant secretary of defense": a rank, a department named by
    its portfolio alone and "Secretary" are the rank's secretary of the portfolio; None for other words."""
    folded = [_normalise_word(_text(w)) for w in words]
    if len(folded) != 3 or folded[0] not in _RANKS_BEFORE_BODY or folded[2] != "secretary":
        return None
    portfolio = _DEPARTMENT_PORTFOLIOS.get(folded[1])
    return f"{folded[0]} secretary of {portfolio}" if portfolio else None


def presided_chambers(role: str) -> frozenset[str]:
    """The words of the chambers a presiding title's holder presides over ("speaker" -> house, parliament,
    ...); empty for any other title."""
    return _CHAMBER_HEAD_TITLES.get(role.lower(), frozenset())


def member_chamber(role: str) -> str | None:
    """The word of the chamber a member's title sits in ("senator" -> senate); None for any other title."""
    return _CHAMBER_MEMBER_TITLES.get(office_of(role).lower())


def is_portfolio(word: str) -> bool:
    """A minister's portfolio: "interior", "finance", "information"."""
    return _normalise_word(word) in _PORTFOLIOS


def is_ministry_field(word: str) -> bool:
    """A minister's portfolio or a word a ministry's field is named with ("external", "posts": data
    ministry_portfolio_words); the word in lower case."""
    return is_portfolio(word) or word in MINISTRY_PORTFOLIO_WORDS


def is_title_phrase(text: str) -> bool:
    """True when every word is part of a title and one names an office: "National Security Advisor",
    "Supreme Leader", "Foreign Secretary" (tagged as names, they are no entity)."""
    words = [_normalise_word(w) for w in _HYPHEN.sub(" ", text).split()]
    if " ".join(words) in _TITLE_PHRASES:
        return True  # "Chief of Staff"
    fillers = {"of", "the", "for", "and"}
    return any(_is_role(w) for w in words) and all(
        _is_role(w) or w in _MODIFIERS or w in _QUALIFIERS or w in fillers for w in words
    )


def is_present_qualifier(word: str) -> bool:
    """A qualifier that keeps its title a current one ("current", "new", "interim"): unlike "former" or
    "then", it changes nothing of the role and may stand between a title and its owner."""
    folded = _normalise_word(word)
    return folded in _QUALIFIERS and folded not in _TIME_QUALIFIERS


def is_title_word(word: str) -> bool:
    """A word a title before a name may be made of: a role noun, a title modifier or a qualifier."""
    return is_role_word(word) or is_title_modifier(word) or _normalise_word(word) in _QUALIFIERS


_CORPORATE_MODIFIERS = _TITLES.words("corporate_title_modifiers")


def capitalised_office(words: Sequence[str]) -> bool:
    """Are the words a title written in capitals, a modifier or more before a singular role noun ("Chief
    Economist", "Worldwide Treasurer", "Senior Strategist"): an office, which after a name and a comma is
    that person's, never a name of its own (nor the weekly "The Economist")?"""
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or is_plural_role_word(words[-1]):
        return False
    modifiers = (_normalise_word(w) for w in words[:-1])
    return is_role_word(words[-1]) and all(is_title_word(w) or w in _CORPORATE_MODIFIERS for w in modifiers)


def is_known_title(text: str) -> bool:
    """True when the words are one title of the title phrases: "International Master", "Crown Prince"."""
    return " ".join(_normalise_word(w) for w in _HYPHEN.sub(" ", text).split()) in _TITLE_PHRASES


def strip_honorifics(name: str) -> str:
    """Drop leading honorifics and rank abbreviations from a name: "Mr. John Kerry" -> "John Kerry"."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").casefold() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _without_countries(words: list[str]) -> list[int]:
    """Where the original-cased words stand that are no country name or demonym (one to three words long)."""
    kept: list[int] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            if i + size <= len(words) and lookup_country(" ".join(words[i : i + size])) is not None:
                i += size
                break
        else:
            kept.append(i)
            i += 1
    return kept


def _field_noun(item: Any) -> bool:
    """Is the item a parsed common noun in lower case that may name a field before a role noun
    ("conservation", "research", "marketing")? Not a body's noun ("union spokesman", "bank director" speak
    for or direct the body), nor an adjective ("a close adviser"), nor a bare string (its sort unknown)."""
    if not isinstance(item, Token) or item.tag_ not in ("NN", "NNS"):
        return False
    text = item.text
    return text.isalpha() and text.islower() and text not in ORGANISATION_HEADS and text not in COMPANY_NOUNS


def _portfolio_at(words: list[str], i: int) -> tuple[int, int] | None:
    """ "[the] X [and Y] [affairs]" from `i`, X a portfolio -> where X starts and where the words end."""
    if words[i] == "the" and i + 1 < len(words):
        i += 1
    if words[i] not in _PORTFOLIOS:
        return None
    end = i + 1
    if _joined_field(words, end):
        end += 2  # "Minister of Trade and Industry": one portfolio of two fields, one office
    if end < len(words) and words[end] == "affairs":
        end += 1
    return i, end


def _joined_field(words: list[str], at: int) -> bool:
    """Does "and" at `at` join a second field to a portfolio written after "of"/"for" ("Secretary of Trade
    [and Industry]", "Minister of Energy [and Mines]")? The word after it is a portfolio or a title
    modifier that ends the title, not one that opens a second title ("Minister of Finance and Deputy Prime
    Minister", "... and Trade Minister")."""
    if at + 1 >= len(words) or words[at] != "and":
        return False
    field = words[at + 1]
    if field not in _PORTFOLIOS and (field not in _MODIFIERS or field in _ROLES_AS_MODIFIERS):
        return False
    # the field ends the portfolio: "Secretary of Finance and Public Credit" is no "... and public" office
    after = words[at + 2] if at + 2 < len(words) else ""
    return after in _PORTFOLIO_ENDINGS or not after.isalpha()  # the title's end ("") or a mark ends it too


# the words a portfolio's last field may stand before: its "affairs", or a word that opens what follows
_PORTFOLIO_ENDINGS = frozenset({"affairs", "and", "of", "for", "to", "in", "at"})


def _minister_of(words: list[str], start: int) -> tuple[str, int] | None:
    """ "minister of/for [the] X [affairs]" at `start` -> ("X minister", words consumed)."""
    if start + 2 >= len(words) or words[start] != "minister" or words[start + 1] not in {"of", "for"}:
        return None
    found = _portfolio_at(words, start + 2) or _unlisted_portfolio_at(words, start + 2)
    if found is None:
        return None
    i, end = found
    portfolio = [w for w in words[i:end] if w != "affairs"]  # "for foreign affairs" -> "foreign minister"
    return f"{' '.join(portfolio)} minister", end - start


# Most words of a portfolio the portfolios list does not know, after "minister of/for" (titles here, and the
# token readers of roles/before_name and roles/nouns)
MAX_UNLISTED_PORTFOLIO = 3


def unlisted_portfolio(words: Sequence[str]) -> bool:
    """Are the lower-case words, all those of a portfolio after "minister of/for", a portfolio the portfolios
    list does not know ("financial institutions", "higher education"), kept as the office's own words rather
    than lost to a bare "minister" (as portfolio_role keeps "Economic Planning Minister")? One to
    MAX_UNLISTED_PORTFOLIO plain words, none a role, a title's modifier of rank or a word of no portfolio
    (portfolio_stop_words: "minister of state" is a rank, "minister of religion" a clergyman). The one reader
    of such portfolios: the token readers collect their words and ask it."""
    return 0 < len(words) <= MAX_UNLISTED_PORTFOLIO and all(
        word.isalpha()
        and not is_role_word(word)
        and word not in _ROLES_AS_MODIFIERS
        and word not in PORTFOLIO_STOP_WORDS
        for word in words
    )


def _unlisted_portfolio_at(words: list[str], i: int) -> tuple[int, int] | None:
    """ "minister of [the] [financial institutions]": an unlisted portfolio (unlisted_portfolio) at `i`, up to
    the title's end or a word that opens what follows -> where it starts and ends; else None."""
    if i < len(words) and words[i] == "the":
        i += 1
    end = i
    while end < len(words) and words[end] not in _PORTFOLIO_ENDINGS:
        end += 1
    return (i, end) if unlisted_portfolio(words[i:end]) else None


def _secretary_of(words: list[str], start: int) -> tuple[str, int] | None:
    """ "secretary of [the] X [affairs]" at `start`, X a portfolio -> ("secretary of X", words consumed): the
    portfolio is part of the office ("Secretary of Commerce", "Secretary of Foreign Affairs")."""
    if start + 2 >= len(words) or words[start] != "secretary" or words[start + 1] != "of":
        return None
    found = _portfolio_at(words, start + 2)
    if found is None:
        return None
    i, end = found
    return "secretary of " + " ".join(words[i:end]), end - start


def _phrase_at(words: list[str], start: int) -> tuple[str, int] | None:
    """The longest known title phrase beginning at `start`: (label, words consumed)."""
    found = _minister_of(words, start)
    if found:
        return found
    for size in range(min(_MAX_PHRASE, len(words) - start), 1, -1):
        label = _TITLE_PHRASES.get(" ".join(words[start : start + size]))
        if label:
            return label, size
    return _secretary_of(words, start)


def role_phrase(tokens_or_words: Sequence[Any]) -> str | None:
    """Normalised role label for the title words before or around a name, or None if they hold no role.

    ["Iraqi", "Foreign", "Minister"] -> "foreign minister"; ["Secretary", "of", "State"] ->
    "secretary of state"; ["US", "Ambassador", "to", "Germany"] -> "ambassador"; ["Sen."] -> "senator".
    Accepts strings or spaCy tokens. Country words are skipped (the caller resolves them), as are
    qualifiers like "former" or "acting" and honorifics without a role ("Mr."). The first title wins:
    ["Foreign", "Minister", "and", "Deputy", "Prime", "Minister"] -> "foreign minister"; two modifiers
    joined by "and" are one portfolio: ["Energy", "and", "Mines", "Minister"] -> "energy and mines minister".
    """
    raw: list[str] = []
    nouns: set[int] = set()  # where a parsed common noun stands in raw
    for item in tokens_or_words:
        parts = _HYPHEN.sub(" ", _text(item)).split()
        if len(parts) == 1 and _field_noun(item):
            nouns.add(len(raw))
        raw += parts
    words: list[str] = []
    fields: set[int] = set()  # where a common noun that may name a field stands in words
    honorific_role = ""
    for k in _without_countries(raw):
        word = _normalise_word(raw[k])
        if not word or word in _QUALIFIERS:
            continue
        if word in HONORIFIC_ROLES and not _is_role(word):
            role = HONORIFIC_ROLES[word]
            if words and words[-1] in _MODIFIERS and _is_role(role) and role not in _MILITARY_RANKS:
                # "VICE PRES", "TREASURY SEC", "TRADE REP": an abbreviated office after a modifier is the
                # whole title (a headline's "vice president"), not an honorific; ranks ("Vice Adm.") are
                # read as ranks (rank_before)
                words.append(HONORIFIC_ROLES[word])
                continue
            honorific_role = honorific_role or HONORIFIC_ROLES[word]
            continue
        if k in nouns:
            fields.add(len(words))
        words.append(word)

    # the labels a phrase gave ("trade and industry minister" of "Minister of Trade and Industry"): offices
    phrases: set[str] = set()
    i = 0
    while i < len(words):
        parts: list[str] = []
        has_role = False
        modified = False  # the last word is a modifier waiting for its role noun
        j = i
        while j < len(words):
            # "deputy prime minister", "deputy emergency situations minister": a role that modifies the next
            open_title = not has_role or modified or parts[-1] in _ROLES_AS_MODIFIERS
            phrase = _phrase_at(words, j)
            if phrase and open_title:
                parts.append(phrase[0])
                phrases.add(phrase[0])
                has_role, modified = True, False
                j += phrase[1]
                continue
            word = words[j]
            if word == "and" and modified and j + 1 < len(words) and words[j + 1] in _MODIFIERS:
                # "energy and mines minister": two modifiers of one role noun make one portfolio
                parts.append(word)
                j += 1
                continue
            if _is_role(word) and open_title:
                parts.append(word)
                has_role, modified = True, False
            elif word in _MODIFIERS and open_title:
                parts.append(word)
                modified = True
            elif open_title and (field := _field_before_role(words, j, parts, fields)):
                # "chief debt negotiator", "deputy loan officer": a role that may modify another ("chief")
                # before the words of a field and a role noun heads a title of them all, not an office of
                # its own ("chief of Peru"); so do a field's common nouns before "director", "manager"
                # ("conservation director", "marketing manager": no plain director of the body)
                parts.extend(words[j : j + field])
                modified = True
                j += field
                continue
            else:
                break
            j += 1
        while parts and not (_is_role(parts[-1]) or parts[-1] in _TITLE_LABELS or parts[-1] in phrases):
            parts.pop()  # trailing modifiers name no office
        if has_role and parts:
            return " ".join(parts)
        i = max(j, i + 1)
    return honorific_role or None


# Words of a field between a role that may modify another and the role noun: at most two ("chief debt
# negotiator", "chief oil price negotiator" is none).
_MAX_FIELD_WORDS = 2


def _field_before_role(words: list[str], j: int, parts: list[str], fields: set[int]) -> int:
    """How many words of a field stand at `j`, after a title of one role that may modify another ("chief",
    "deputy"), before a role noun: 1 for "chief [debt] negotiator"; 0 where no role noun follows them.
    With no role before them (none, or modifiers: "senior"), the words must be parsed common nouns (`fields`)
    before a role noun a field names ("[conservation] director", "[investor relations] officer")."""
    chief = len(parts) == 1 and parts[0] in _ROLES_AS_MODIFIERS and parts[0] in _MODIFIERS
    if not chief and any(_is_role(p) for p in parts):
        return 0
    for n in range(1, _MAX_FIELD_WORDS + 1):
        if j + n >= len(words):
            return 0
        field = words[j : j + n]
        if not all(
            w.isalpha() and not _is_role(w) and w not in _MODIFIERS and w not in ("and", "of") for w in field
        ):
            return 0
        if not chief and not all(k in fields for k in range(j, j + n)):
            return 0
        if _is_role(words[j + n]) and (chief or words[j + n] in _FIELD_ROLE_NOUNS):
            return n
    return 0


def time_qualifier(tokens_or_words: Sequence[Any]) -> str | None:
    """The word saying that the office of these title words is not a current one: "former" for ["former",
    "Vice", "President"], ["ex-minister"], ["the", "late", "King"], ["then-Senator"]; "outgoing" for an office
    about to end. None when the words state a current office."""
    for item in tokens_or_words:
        for part in _HYPHEN.sub(" ", _text(item)).split():
            label = _TIME_QUALIFIERS.get(part.casefold())
            if label:
                return label
    return None


def qualify(role: str, qualifier: str | None) -> str:
    """The role label with its time qualifier in front: ("president", "former") -> "former president"."""
    return f"{qualifier} {role}" if qualifier and not role.startswith(f"{qualifier} ") else role


def office_of(role: str) -> str:
    """The office a role label names, without its time qualifier: "former president" -> "president"."""
    first, _, rest = role.partition(" ")
    return rest if first in _TIME_LABELS and rest else role


# the last words of a title that heads its body ("chairman" as written where no variant was applied)
_BODY_HEADS = _BODY_HEAD_NOUNS | {"chairman", "chairwoman"}


def heads_a_body(role: str) -> bool:
    """Does the title head the body it is of ("head", "chief", "chairman", "director general")?"""
    office = office_of(role)
    return office in _HEADING_TITLES or office.split()[-1] in _BODY_HEADS


def is_former(role: str) -> bool:
    """True for a role label of an office no longer held ("former president", "late king")."""
    first, _, rest = role.partition(" ")
    return bool(rest) and first in _PAST_LABELS


def is_election_title(role: str) -> bool:
    """A title of one election ("presidential nominee", "candidate"): past once its election year is."""
    return office_of(role).split()[-1] in _ELECTION_TITLES if role else False


def is_occupation(role: str) -> bool:
    """A private occupation, not an office of whatever place is written before it: "lawyer", "journalist"."""
    return office_of(role).split()[-1] in _OCCUPATIONS if role else False


def is_occupation_of_a_place(role: str) -> bool:
    """A role that a place or state written before it does not own but says where its holder works or comes
    from: an occupation ("a California lawyer"), or a title no state holds bare ("British director X")."""
    if is_occupation(role):
        return True
    words = office_of(role).split() if role else []
    # "Irish film director X": a field's words before a placeless title make it no office of a state either;
    # a title modifier or a body's word among them names a state's body ("intelligence director", "central
    # bank director")
    if not words or words[-1] not in _PLACELESS_TITLES:
        return False
    return " ".join(words[:-1]) not in GENERIC_INSTITUTIONS and not any(
        w in _MODIFIERS or w in ORGANISATION_HEADS or w in COMPANY_NOUNS for w in words[:-1]
    )


def is_military_rank(role: str) -> bool:
    """A rank of the armed forces: "lieutenant colonel", "major general" (not "attorney general")."""
    words = office_of(role).split() if role else []
    return bool(words) and all(word in _MILITARY_RANKS for word in words)


def state_of_title(words: list[str]) -> str | None:
    """The one state whose office a title written without its state names ("Shadow Home Secretary" -> GBR):
    the longest listed title the words end with."""
    folded = [w.lower().replace("á", "a") for w in words]
    for start in range(len(folded)):
        found = _STATE_TITLES.get(" ".join(folded[start:]))
        if found:
            return found
    return None


def is_constituency_title(role: str) -> bool:
    """A title held for a place: "senator", "governor", "mayor" ("Senator X of Ohio")."""
    return office_of(role).split()[-1] in _CONSTITUENCY_TITLES if role else False


def is_international_office(role: str) -> bool:
    """A title the office table gives only heads of international bodies ("secretary general", "director
    general"): held in a body of states, never in the state an article is set in."""
    kinds = OFFICE_TITLES.get(office_of(role), frozenset())
    return bool(kinds) and not kinds & STATE_OFFICES


def is_corporate_title(role: str) -> bool:
    """A company's title that ends in a state's title word: "senior vice president", "bank president"."""
    return office_of(role) in _CORPORATE_TITLES or role.split(" ", 1)[0] in COMPANY_NOUNS


def is_portfolio_head(role: str) -> bool:
    """A state department's head named by its portfolio: "budget director", "public finance director",
    "trade chief" (title modifiers, one a portfolio, before a head noun); not a title companies use too
    ("finance director")."""
    words = role.split()
    if len(words) < 2 or words[-1] not in _PORTFOLIO_HEAD_NOUNS or role in _COMPANY_PORTFOLIO_TITLES:
        return False
    modifiers = words[:-1]
    return all(w in _MODIFIERS for w in modifiers) and any(w in _PORTFOLIOS for w in modifiers)


def title_phrase_ending(words: Sequence[Any]) -> int:
    """How many of the last `words` form a title phrase with a preposition ("chief of staff", "secretary of
    state"), 0 when none: the phrase a title word loop would stop inside."""
    folded = [_normalise_word(_text(w)) for w in words]
    for size in range(min(_MAX_PHRASE, len(folded)), 2, -1):
        tail = folded[-size:]
        if "of" in tail and " ".join(tail) in _TITLE_PHRASES:
            return size
    return 0


def known_title_ending(words: Sequence[Any]) -> int:
    """How many of the last `words` (two or more) form one of the title phrases ("National Security
    Adviser", "Secretary General"), 0 when none: a title the tagger may have taken for a name."""
    folded = [_normalise_word(_text(w)) for w in words]
    for size in range(min(_MAX_PHRASE, len(folded)), 1, -1):
        if " ".join(folded[-size:]) in _NORMALISED_PHRASES:
            return size
    return 0


# the title phrases as their words are normalised ("national security advisor" is read "... adviser")
_NORMALISED_PHRASES = frozenset(" ".join(_normalise_word(w) for w in p.split()) for p in _TITLE_PHRASES)


def verb_occupation(lemma: str) -> str | None:
    """The occupation a verb says its subject has: "report" -> "reporter"; None for most verbs."""
    return _VERB_OCCUPATIONS.get(lemma.casefold())


def _fold_state(text: str) -> str:
    return re.sub(r"[.\s]", "", text).casefold()


@cache
def _us_states() -> frozenset[str]:
    """The folded names, postal codes and AP abbreviations of the US states and the federal district."""
    names = set(_US_STATE_ABBREVIATIONS)
    for division in pycountry.subdivisions.get(country_code="US") or ():
        if division.type in ("State", "District"):
            names |= {_fold_state(division.name), division.code.split("-")[1].casefold()}
    return frozenset(names)


def is_us_state(text: str) -> bool:
    """A US state's name, postal code or AP abbreviation ("Texas", "TX", "Tex.")."""
    return _fold_state(text) in _us_states()


def is_us_state_abbreviation(text: str) -> bool:
    """A US state abbreviated with a period, as AP style writes one after a town ("Vienna, Va.", "Albany,
    N.Y."); without the period "IN", "ME" or "OR" are words."""
    return len(text) > 1 and text.endswith(".") and _fold_state(text) in _us_states()


_PARTY_TAG = re.compile(r"([A-Za-z])\s*-\s*(.+)")


def is_party_state_tag(text: str) -> bool:
    """A US legislator's party and state written after the name: "R-N.Y.", "D-Calif", "I - Vermont"."""
    match = _PARTY_TAG.fullmatch(text.strip())
    if match is None or not match.group(1).isupper():
        return False
    return match.group(1).casefold() in _PARTY_TAG_LETTERS and _fold_state(match.group(2)) in _us_states()


def congress_title(honorific: str) -> str | None:
    """The seat in the US Congress an abbreviated honorific names: "Sen." -> "senator", "Rep." ->
    "representative"; None for others ("Gov.", "Dr.")."""
    role = HONORIFIC_ROLES.get(_normalise_word(honorific))
    return role if role in _CONGRESS_TITLES else None


def heads_a_field(lemma: str) -> bool:
    """May the role noun's "of" name a field of a body's work ("head of research", "director of
    communications"; titles.tsv field_after_role_nouns)?"""
    return lemma in _FIELD_AFTER_ROLE_NOUNS
