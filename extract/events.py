"""CAMEO event lexicon: verb and event-noun lemmas -> CAMEO event codes (root "01".."20").

The word list lives in data/cameo_lexicon.tsv (ours; codes from the CAMEO codebook). Each row holds the most
specific CAMEO code we mean, so a reader can see which sub-category a word was put under; callers usually
need only the two-digit root.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

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

# Reporting verbs: their clausal complement is what the subject said, not what the subject did.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "announce", "state", "claim", "add", "declare", "comment", "remark", "note",
        "explain", "assert", "insist", "emphasize", "emphasise", "stress", "underline", "underscore",
        "highlight", "reiterate", "repeat", "acknowledge", "admit", "concede", "warn", "caution", "write",
        "tweet", "post", "report", "describe", "mention", "suggest", "indicate", "argue", "contend",
        "maintain", "allege", "respond", "reply", "answer", "confirm", "reveal", "disclose", "predict",
        "observe", "recall", "agree", "vow", "promise", "pledge", "boast", "complain", "speculate",
        "testify", "brief", "inform", "notify",
    }
)  # fmt: skip

# Verbs that negate their complement: "X denied that Y attacked Z", "X refused to meet Y".
NEGATING_VERBS: frozenset[str] = frozenset(
    {"deny", "refuse", "decline", "reject", "fail", "refute", "disavow", "neglect", "dismiss"}
)

# Roots of force: exhibit force posture, coerce, assault, fight, unconventional mass violence.
FORCE_ROOTS: frozenset[str] = frozenset({"15", "17", "18", "19", "20"})

_SPACES = re.compile(r"[\s_]+")
_LEXICON_FILE = "cameo_lexicon.tsv"


def _normalise(word: str) -> str:
    return _SPACES.sub(" ", word.strip().casefold())


@cache
def _lexicon() -> dict[tuple[str, str, str], str]:
    """(pos "V"/"N", lemma, particle or "") -> CAMEO code, read once from the data file."""
    text = resources.files("geokg.extract").joinpath("data", _LEXICON_FILE).read_text(encoding="utf-8")
    table: dict[tuple[str, str, str], str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 4:
            raise ValueError(f"{_LEXICON_FILE}:{number}: expected 4 tab-separated columns: {line!r}")
        pos, lemma, particle, code = (cell.strip() for cell in cells[:4])
        if pos not in {"V", "N"} or not code.isdigit() or code[:2] not in CAMEO_ROOTS or len(code) > 4:
            raise ValueError(f"{_LEXICON_FILE}:{number}: bad row {line!r}")
        key = (pos, _normalise(lemma), "" if particle == "-" else _normalise(particle))
        if key in table:
            raise ValueError(f"{_LEXICON_FILE}:{number}: duplicate entry {key}")
        table[key] = code
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
        if pos == "V" and particle in _PARTICLE_ONLY_VERBS.get(word, ()):
            return None
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


# Verb + particle pairs whose sense is not the bare verb's and that are no event: a court "strikes down" a
# law; without this they would fall back to "strike" (fight).
_PARTICLE_ONLY_VERBS: dict[str, frozenset[str]] = {
    "strike": frozenset({"down"}),
}
