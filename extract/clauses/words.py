"""Word lists the clause reader keys on, and the confidence each reading starts from.

Kept apart from extract/clauses.py so that the rules read as rules and the vocabulary as vocabulary.
"""

from __future__ import annotations

from geokg.extract.events import SPEECH_VERBS

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
# Verbs that take another verb's subject into their own meaning: "refuse to consider" is a refusal.
CHAIN_VERBS = frozenset(
    {
        "refuse",
        "decline",
        "fail",
        "try",
        "seek",
        "want",
        "plan",
        "agree",
        "continue",
        "threaten",
        "promise",
        "begin",
        "start",
        "vow",
        "attempt",
        "hope",
        "intend",
        "aim",
        "decide",
        "deny",
        "pledge",
        "offer",
        "expect",
        "prepare",
        "move",
        "stop",
        "cease",
        "quit",
        "halt",
        "discontinue",
    }
)
# Attribution of content: reporting verbs beyond plain speech.
REPORTING_VERBS = SPEECH_VERBS | frozenset(
    {
        "claim",
        "allege",
        "believe",
        "think",
        "report",
        "suggest",
        "accuse",
        "suspect",
        "fear",
        "hope",
        "argue",
        "insist",
        "deny",
        "estimate",
        "predict",
        "expect",
        "assert",
        "conclude",
        "find",
    }
)
NOUN_PREPS = frozenset(
    {
        "with",
        "on",
        "against",
        "for",
        "from",
        "to",
        "of",
        "over",
        "into",
        "toward",
        "towards",
        "about",
        "between",
        "at",
        "in",
        "upon",
    }
)
# "according to a statement by X": whose words they are.
SOURCE_PREPS = frozenset({"by", "from", "of"})
# "a series of assaults on X": look through the quantity noun to the event.
QUANTITY_NOUNS = frozenset(
    {
        "series",
        "wave",
        "number",
        "round",
        "string",
        "spate",
        "lot",
        "host",
        "range",
        "set",
        "kind",
        "type",
        "part",
        "flurry",
        "barrage",
        "campaign",
    }
)
NEGATIVE_PRONOUNS = frozenset({"nothing", "nobody", "none", "no-one", "noone"})
# Reporting verbs whose content the speaker says is false ("denied that he made a deal").
DENIAL_VERBS = frozenset({"deny", "refute", "dispute", "reject"})
# Requests and permissions: what the asked party is to do is wished for, not done.
REQUEST_VERBS = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "encourage",
        "press",
        "call",
        "invite",
        "request",
        "require",
        "order",
        "pressure",
        "push",
        "persuade",
        "force",
        "instruct",
        "demand",
        "appeal",
    }
)
PERMISSION_VERBS = frozenset({"allow", "permit", "enable", "authorize", "authorise", "let"})
# Verbs whose object is also the subject of their infinitive ("urged Iraq to stop").
OBJECT_CONTROL = REQUEST_VERBS | frozenset({"allow", "help"})
# Actions two parties do together: coordinated subjects did it with each other.
RECIPROCAL_VERBS = frozenset(
    {
        "sign",
        "agree",
        "meet",
        "talk",
        "negotiate",
        "clash",
        "fight",
        "discuss",
        "cooperate",
        "trade",
        "reconcile",
        "spar",
        "quarrel",
        "disagree",
        "ally",
        "compete",
        "collaborate",
        "confer",
        "consult",
        "settle",
    }
)
# Prepositions that aim a verb at a thing's owner ("sanctions on Iran's oil", "talked about Hezbollah's
# efforts"); through others ("thanked him for his service") the owner is not the target.
TARGET_PREPS = frozenset(
    {
        "on",
        "against",
        "to",
        "from",
        "with",
        "into",
        "at",
        "over",
        "toward",
        "towards",
        "about",
        "regarding",
        "concerning",
    }
)
# Subordinators of a clause the writer sets against a report rather than one the report contains.
CONTRAST_MARKS = frozenset({"although", "though", "while", "whereas", "but", "even"})
# Verbs that end what their infinitive says: "cease to be", "stop supplying".
STOP_VERBS = frozenset({"cease", "stop", "quit", "halt", "discontinue"})
# Verbs that say nothing by themselves ("I've done it before").
EMPTY_VERBS = frozenset({"do"})
# Subordinators of clauses that are open questions or conditions rather than facts.
OPEN_QUESTION_MARKS = frozenset({"whether", "if", "unless"})
# Verbs of having and being: their object's owner is not what the clause is about.
POSSESSIVE_VERBS = frozenset(
    {
        "have",
        "be",
        "include",
        "become",
        "own",
        "remain",
        "hand",
        "give",
        "send",
        "deliver",
        "submit",
        "present",
        "show",
        "receive",
        "pass",
        "sign",
    }
)
# Prepositions that place an event in a clause rather than make it the verb's object.
CIRCUMSTANCE_PREPS = frozenset({"during", "in", "at", "after", "before", "amid", "following", "since"})
# Light verbs: the event is in the noun ("held talks with", "had a conversation with").
LIGHT_VERBS = frozenset(
    {
        "have",
        "hold",
        "make",
        "take",
        "give",
        "conduct",
        "carry",
        "stage",
        "raise",
        "launch",
        "mount",
        "wage",
        "impose",
        "issue",
        "level",
        "lodge",
        "file",
        "announce",
    }
)

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
