"""Titles and roles of people: the words before or around a name ("Iraqi Foreign Minister", "Secretary of
State", "US Ambassador to Germany") turned into one normalised role label ("foreign minister",
"secretary of state", "ambassador").

Country words are skipped here (the caller reads them with geokg.extract.entities.countries); what
comes after a preposition that is not part of a known title ("to Germany", "in Baghdad") is not part
of the role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from geokg.extract.entities.countries import lookup_country


def _words(space_separated: str) -> frozenset[str]:
    return frozenset(space_separated.split())


# Nouns that name an office, rank or public role (singular, lower case).
ROLE_NOUNS: frozenset[str] = _words(
    """
    president minister secretary undersecretary ambassador chancellor premier governor mayor senator
    congressman congresswoman lawmaker legislator parliamentarian mp deputy representative delegate
    spokesperson spokesman spokeswoman director envoy emissary negotiator mediator diplomat consul attache
    chargé commissioner inspector official officer administrator coordinator adviser advisor counsellor
    counselor aide chief head leader chairman chairwoman chairperson chair speaker prosecutor attorney judge
    justice magistrate lawyer general commander admiral colonel lieutenant captain sergeant brigadier marshal
    king queen monarch emperor emir sultan sheikh prince princess regent pope ayatollah cleric imam mufti
    patriarch archbishop bishop cardinal rabbi dictator strongman warlord critic dissident activist
    journalist reporter correspondent analyst expert professor economist candidate nominee founder ceo
    executive treasurer ombudsman auditor comptroller
    """
)

# Words that form a title together with a following role noun ("foreign minister", "deputy prime minister",
# "state department spokesperson", "opposition leader").
_MODIFIERS: frozenset[str] = _words(
    """
    foreign defense defence interior home finance justice health economy economic trade commerce energy oil
    agriculture education culture environment labor labour transport information intelligence security
    national homeland treasury state ministry department deputy vice assistant under associate acting prime
    chief special first executive supreme crown opposition party army military police navy naval air force
    government cabinet presidential kremlin pentagon white house embassy nuclear joint attorney high
    regional provincial district federal opposition press foreign-affairs affairs human rights immigration
    development industry senior principal managing grand major
    """
)

# Qualifiers that say when or how an office is held, not which office: dropped from the label.
_QUALIFIERS: frozenset[str] = _words(
    "former then ex outgoing incoming interim acting newly new top current late incumbent"
)

# Abbreviated honorifics and military/political ranks written before names; the value is the role they
# state, or "" when they state none ("Mr.").
HONORIFIC_ROLES: dict[str, str] = {
    "mr": "",
    "mrs": "",
    "ms": "",
    "miss": "",
    "mx": "",
    "dr": "",
    "prof": "professor",
    "sir": "",
    "dame": "",
    "lord": "",
    "lady": "",
    "rev": "",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cpt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "brig": "brigadier",
    "amb": "ambassador",
    "sec": "secretary",
    "atty": "attorney",
}
HONORIFICS: frozenset[str] = frozenset(HONORIFIC_ROLES)

# Spelling and gender variants folded into one label so that roles merge across articles.
_WORD_VARIANTS: dict[str, str] = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "advisor": "adviser",
    "defence": "defense",
    "labour": "labor",
    "counsellor": "counselor",
    "chairwoman": "chairperson",
    "chairman": "chairperson",
    "congresswoman": "congressman",
    "undersecretary": "under secretary",
    "attaché": "attache",
}

# Titles that need a preposition or a trailing "general", and spelled-out forms of the short labels.
_TITLE_PHRASES: dict[str, str] = {
    "secretary of state": "secretary of state",
    "secretary of defense": "secretary of defense",
    "secretary of the treasury": "secretary of the treasury",
    "secretary of homeland security": "secretary of homeland security",
    "secretary of the navy": "secretary of the navy",
    "secretary of the army": "secretary of the army",
    "secretary of energy": "secretary of energy",
    "minister of state": "minister of state",
    "minister without portfolio": "minister without portfolio",
    "chief of staff": "chief of staff",
    "chief of the general staff": "chief of the general staff",
    "chief of general staff": "chief of the general staff",
    "chief of mission": "chief of mission",
    "head of state": "head of state",
    "head of government": "head of government",
    "head of mission": "head of mission",
    "commander in chief": "commander in chief",
    "director of national intelligence": "director of national intelligence",
    "leader of the opposition": "opposition leader",
    "speaker of parliament": "speaker of parliament",
    "speaker of the house": "speaker of the house",
    "charge d'affaires": "charge d'affaires",
    "chargé d'affaires": "charge d'affaires",
    "prosecutor general": "prosecutor general",
    "procurator general": "prosecutor general",
    "attorney general": "attorney general",
    "secretary general": "secretary general",
    "director general": "director general",
    "inspector general": "inspector general",
    "consul general": "consul general",
    "governor general": "governor general",
    "surgeon general": "surgeon general",
    "foreign affairs minister": "foreign minister",
    "home affairs minister": "home minister",
    "national security advisor": "national security adviser",
    "president elect": "president-elect",
}

# Ministerial portfolios for "minister of/for (the) X (affairs)" -> "X minister".
_PORTFOLIOS: frozenset[str] = _words(
    """
    foreign defense interior home finance justice health economy trade commerce energy oil agriculture
    education culture environment labor transport information intelligence security industry
    development immigration
    """
)

# Role nouns that may stand before another role noun in one title: "chief prosecutor", "lieutenant general".
_ROLES_AS_MODIFIERS: frozenset[str] = _words(
    "chief deputy lieutenant brigadier executive justice attorney vice"
)

_TITLE_LABELS: frozenset[str] = frozenset(_TITLE_PHRASES.values()) | {f"{p} minister" for p in _PORTFOLIOS}

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


def _is_role(word: str) -> bool:
    return word in ROLE_NOUNS or _WORD_VARIANTS.get(word, word) in ROLE_NOUNS


def is_role_word(word: str) -> bool:
    """True for a noun naming an office or role, singular or plural ("Minister", "officials", "Sen.")."""
    folded = _normalise_word(word)
    if not folded:
        return False
    if _is_role(folded) or HONORIFIC_ROLES.get(folded):
        return True
    return folded.endswith("s") and _is_role(folded[:-1])


def strip_honorifics(name: str) -> str:
    """Drop leading honorifics and rank abbreviations from a name: "Mr. John Kerry" -> "John Kerry"."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").casefold() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _without_countries(words: list[str]) -> list[str]:
    """Original-cased words minus country names and demonyms (one to three words long)."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            if i + size <= len(words) and lookup_country(" ".join(words[i : i + size])) is not None:
                i += size
                break
        else:
            kept.append(words[i])
            i += 1
    return kept


def _minister_of(words: list[str], start: int) -> tuple[str, int] | None:
    """ "minister of/for [the] X [affairs]" at `start` -> ("X minister", words consumed)."""
    if start + 2 >= len(words) or words[start] != "minister" or words[start + 1] not in {"of", "for"}:
        return None
    i = start + 2
    if words[i] == "the" and i + 1 < len(words):
        i += 1
    if words[i] not in _PORTFOLIOS:
        return None
    end = i + 1
    if end < len(words) and words[end] == "affairs":
        end += 1
    return f"{words[i]} minister", end - start


def _phrase_at(words: list[str], start: int) -> tuple[str, int] | None:
    """The longest known title phrase beginning at `start`: (label, words consumed)."""
    found = _minister_of(words, start)
    if found:
        return found
    for size in range(min(_MAX_PHRASE, len(words) - start), 1, -1):
        label = _TITLE_PHRASES.get(" ".join(words[start : start + size]))
        if label:
            return label, size
    return None


def role_phrase(tokens_or_words: Sequence[Any]) -> str | None:
    """Normalised role label for the title words before or around a name, or None if they hold no role.

    ["Iraqi", "Foreign", "Minister"] -> "foreign minister"; ["Secretary", "of", "State"] ->
    "secretary of state"; ["US", "Ambassador", "to", "Germany"] -> "ambassador"; ["Sen."] -> "senator".
    Accepts strings or spaCy tokens. Country words are skipped (the caller resolves them), as are
    qualifiers like "former" or "acting" and honorifics without a role ("Mr."). The first title wins:
    ["Foreign", "Minister", "and", "Deputy", "Prime", "Minister"] -> "foreign minister".
    """
    raw = [part for item in tokens_or_words for part in _HYPHEN.sub(" ", _text(item)).split()]
    words: list[str] = []
    honorific_role = ""
    for word in (_normalise_word(w) for w in _without_countries(raw)):
        if not word or word in _QUALIFIERS:
            continue
        if word in HONORIFIC_ROLES and not _is_role(word):
            honorific_role = honorific_role or HONORIFIC_ROLES[word]
            continue
        words.append(word)

    i = 0
    while i < len(words):
        parts: list[str] = []
        has_role = False
        j = i
        while j < len(words):
            phrase = _phrase_at(words, j)
            if phrase and (not has_role or parts[-1] in _ROLES_AS_MODIFIERS):
                parts.append(phrase[0])
                has_role = True
                j += phrase[1]
                continue
            word = words[j]
            if _is_role(word) and (not has_role or parts[-1] in _ROLES_AS_MODIFIERS):
                parts.append(word)
                has_role = True
            elif word in _MODIFIERS and not has_role:
                parts.append(word)
            else:
                break
            j += 1
        while parts and not (_is_role(parts[-1]) or parts[-1] in _TITLE_LABELS):
            parts.pop()  # trailing modifiers name no office
        if has_role and parts:
            return " ".join(parts)
        i = max(j, i + 1)
    return honorific_role or None
