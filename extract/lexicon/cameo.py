"""CAMEO event lexicon: verb and event-noun lemmas -> CAMEO event codes (root "01".."20").

The word list lives in data/cameo.tsv (ours; codes from the CAMEO codebook). Each row holds the most
specific CAMEO code we mean, so a reader can see which sub-category a word was put under; callers usually
need only the two-digit root.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from geokg.extract.lexicon.loader import Row, read_table

CAMEO_ROOTS: dict[str, str] = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}

# Roots of force: exhibit force posture, coerce, assault, fight, unconventional mass violence.
FORCE_ROOTS: frozenset[str] = frozenset({"15", "17", "18", "19", "20"})

_SPACES = re.compile(r"[\s_]+")
LEXICON_FILE = "cameo.tsv"
COLUMNS = ("pos", "lemma", "particle", "code", "note")


def _normalise(word: str) -> str:
    return _SPACES.sub(" ", word.strip().casefold())


@cache
def _lexicon() -> dict[tuple[str, str, str], str | None]:
    """The packaged lexicon, read once."""
    return parse_lexicon(read_table(LEXICON_FILE, COLUMNS, ("pos", "lemma")))


def parse_lexicon(rows: Iterable[Row]) -> dict[tuple[str, str, str], str | None]:
    """(pos "V"/"N", lemma, particle or "") -> CAMEO code, None for no event; a bad row fails at its line."""
    table: dict[tuple[str, str, str], str | None] = {}
    for row in rows:
        pos, code = row["pos"], row["code"]
        if pos not in {"V", "N"}:
            raise row.error(f"pos is V or N, not {pos!r}")
        if code and (not code.isdigit() or code[:2] not in CAMEO_ROOTS or len(code) > 4):
            raise row.error(f"not a CAMEO code: {code!r}")
        if not code and not row["particle"]:
            raise row.error("a row without a particle needs a code")
        key = (pos, _normalise(row["lemma"]), _normalise(row["particle"]))
        if key in table:
            raise row.error(f"duplicate entry {key}")
        table[key] = code or None
    return table


def event_code(lemma: str, *, noun: bool = False, particle_or_prep: str | None = None) -> str | None:
    """The CAMEO code (2-4 digits, e.g. "163") for a verb lemma, or for an event noun when `noun` is set.

    A verb's particle or preposition ("call for", "pull out", "withdraw from") is tried first; when that
    combination is not listed the bare verb decides. Nouns may be multi-word ("arrest warrant") and plural
    nouns fall back to their singular ("sanctions" is listed, "meetings" finds "meeting").
    """
    table = _lexicon()
    word = _normalise(lemma)
    if not word:
        return None
    pos = "N" if noun else "V"
    if particle_or_prep:
        particle = _normalise(particle_or_prep)
        if (pos, word, particle) in table:
            return table[(pos, word, particle)]
    code = table.get((pos, word, ""))
    if code is None and noun and word.endswith("ies") and len(word) > 4:
        code = table.get((pos, word[:-3] + "y", ""))
    if code is None and noun and word.endswith("s") and len(word) > 3:
        code = table.get((pos, word[:-1], ""))
    return code


def event_root(lemma: str, *, noun: bool = False, particle_or_prep: str | None = None) -> str | None:
    """The two-digit CAMEO root ("01".."20") for a verb lemma or event noun, or None if not an event word."""
    code = event_code(lemma, noun=noun, particle_or_prep=particle_or_prep)
    return code[:2] if code else None


def root_name(root: str) -> str | None:
    """CAMEO root name for a code of any depth: "163" -> "reduce relations"."""
    return CAMEO_ROOTS.get(root[:2])


def lexicon_size() -> int:
    return len(_lexicon())
