"""A firm's short name is the firm, one node: the first word of its full name met in the same story, even
where that word is also a place's or a state's name the tagger does not read as a place here, and past
the founder's initials written before it; a short name two firms of the story begin with joins neither
(wave 89 E). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _aliases(table: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """label -> (id, type, aliases) of every entity read from the parse."""
    return {e.label: (e.id, e.type, e.aliases) for e in read(table).entities.entities()}


# "Kestrel Electric Co agreed to buy Delta Instruments Inc. Kestrel will close Delta's plants." "Delta" is
# also a town's name in the gazetteer; the tagger reads it as a body.
PLACE_NAMED_FIRM = """
Kestrel      Kestrel     PROPN NNP  3 compound ORG
Electric     Electric    PROPN NNP  3 compound I-ORG
Co           Co          PROPN NNP  4 nsubj    I-ORG
agreed       agree       VERB  VBD  0 ROOT     -
to           to          PART  TO   6 aux      -
buy          buy         VERB  VB   4 xcomp    -
Delta        Delta       PROPN NNP  9 compound ORG
Instruments  Instruments PROPN NNPS 9 compound I-ORG
Inc          Inc         PROPN NNP  6 dobj     I-ORG
.            .           PUNCT .    4 punct    -
Kestrel      Kestrel     PROPN NNP  13 nsubj   ORG
will         will        AUX   MD   13 aux     -
close        close       VERB  VB   0 ROOT     -
Delta        Delta       PROPN NNP  16 poss    ORG
's           's          PART  POS  14 case    -
plants       plant       NOUN  NNS  13 dobj    -
.            .           PUNCT .    13 punct   -
"""


def test_a_place_named_firms_short_name_is_the_firm() -> None:
    entities = _aliases(PLACE_NAMED_FIRM)
    assert "Delta" not in entities
    assert "Delta" in entities["Delta Instruments Inc"][2]


# "Nippon Mutual Insurance Co bought Acme Securities. Nippon will receive warrants." The tagger reads the
# second "Nippon" (which the gazetteer knows as Japan) as a body.
STATE_NAMED_FIRM = """
Nippon       Nippon      PROPN NNP  4 compound ORG
Mutual       Mutual      PROPN NNP  4 compound I-ORG
Insurance    Insurance   PROPN NNP  4 compound I-ORG
Co           Co          PROPN NNP  5 nsubj    I-ORG
bought       buy         VERB  VBD  0 ROOT     -
Acme         Acme        PROPN NNP  7 compound ORG
Securities   Securities  PROPN NNP  5 dobj     I-ORG
.            .           PUNCT .    5 punct    -
Nippon       Nippon      PROPN NNP  11 nsubj   ORG
will         will        AUX   MD   11 aux     -
receive      receive     VERB  VB   0 ROOT     -
warrants     warrant     NOUN  NNS  11 dobj    -
.            .           PUNCT .    11 punct   -
"""


def test_a_states_name_that_begins_a_firms_name_is_the_firm_there() -> None:
    entities = _aliases(STATE_NAMED_FIRM)
    assert "Japan" not in entities
    assert entities["Nippon Mutual Insurance Co"][2] == ("Nippon", "Nippon Mutual Insurance Co")


# "C. Tessaro and Co bought Acme Securities. Tessaro will pay 50 mln dlrs." The firm is named for its
# founder, whose initial comes first; news drops it.
FOUNDERS_INITIAL = """
C.           C.          PROPN NNP  4 compound ORG
Tessaro      Tessaro     PROPN NNP  4 compound I-ORG
and          and         CCONJ CC   4 cc       I-ORG
Co           Co          PROPN NNP  5 nsubj    I-ORG
bought       buy         VERB  VBD  0 ROOT     -
Acme         Acme        PROPN NNP  7 compound ORG
Securities   Securities  PROPN NNP  5 dobj     I-ORG
.            .           PUNCT .    5 punct    -
Tessaro      Tessaro     PROPN NNP  11 nsubj   ORG
will         will        AUX   MD   11 aux     -
pay          pay         VERB  VB   0 ROOT     -
50           50          NUM   CD   13 nummod  -
dlrs         dlr         NOUN  NNS  11 dobj    -
.            .           PUNCT .    11 punct   -
"""


def test_a_firms_short_name_skips_the_founders_initials() -> None:
    entities = _aliases(FOUNDERS_INITIAL)
    assert "Tessaro" not in entities
    assert "Tessaro" in entities["C. Tessaro and Co"][2]


# "Delta Instruments Inc and Delta Chemical Corp will merge. Delta will close plants." The tagger reads the
# second "Delta" as a place: which firm it means the text does not say.
TWO_FIRMS_ONE_WORD = """
Delta        Delta       PROPN NNP  3 compound ORG
Instruments  Instruments PROPN NNPS 3 compound I-ORG
Inc          Inc         PROPN NNP  9 nsubj    I-ORG
and          and         CCONJ CC   3 cc       -
Delta        Delta       PROPN NNP  7 compound ORG
Chemical     Chemical    PROPN NNP  7 compound I-ORG
Corp         Corp        PROPN NNP  3 conj     I-ORG
will         will        AUX   MD   9 aux      -
merge        merge       VERB  VB   0 ROOT     -
.            .           PUNCT .    9 punct    -
Delta        Delta       PROPN NNP  13 nsubj   GPE
will         will        AUX   MD   13 aux     -
close        close       VERB  VB   0 ROOT     -
plants       plant       NOUN  NNS  13 dobj    -
.            .           PUNCT .    13 punct   -
"""


def test_a_short_name_two_firms_begin_with_joins_neither() -> None:
    entities = _aliases(TWO_FIRMS_ONE_WORD)
    assert entities["Delta Chemical Corp"][2] == ("Delta Chemical Corp",)
    assert entities["Delta Instruments Inc"][2] == ("Delta Instruments Inc",)


def _acronym_opens(acronym: str) -> str:
    """ "<acronym> Royal Kestrel Airlines said it would buy Acme Air. <acronym> will pay 30 mln dlrs." """
    return f"""
{acronym}    {acronym}   PROPN NNP  4 compound ORG
Royal        Royal       PROPN NNP  4 compound I-ORG
Kestrel      Kestrel     PROPN NNP  4 compound I-ORG
Airlines     Airlines    PROPN NNPS 5 nsubj    I-ORG
said         say         VERB  VBD  0 ROOT     -
it           it          PRON  PRP  9 nsubj    -
would        would       AUX   MD   9 aux      -
buy          buy         VERB  VB   5 ccomp    -
Acme         Acme        PROPN NNP  11 compound ORG
Air          Air         PROPN NNP  8 dobj     I-ORG
.            .           PUNCT .    5 punct    -
{acronym}    {acronym}   PROPN NNP  14 nsubj   ORG
will         will        AUX   MD   14 aux     -
pay          pay         VERB  VB   0 ROOT     -
30           30          NUM   CD   16 nummod  -
dlrs         dlr         NOUN  NNS  14 dobj    -
.            .           PUNCT .    14 punct   -
"""


def test_an_acronym_a_firms_full_name_opens_with_is_the_firm() -> None:
    entities = _aliases(_acronym_opens("KRA"))
    assert "KRA" not in entities
    assert "KRA" in entities["KRA Royal Kestrel Airlines"][2]


def test_a_known_firms_acronym_opening_its_full_name_gives_the_firm_its_state() -> None:
    # the tables know the acronym's firm (and its state); the full name it opens is that firm, of that state
    [firm] = [e for e in read(_acronym_opens("BMW")).entities.entities() if "BMW" in e.aliases]
    assert (firm.label, firm.country) == ("BMW Royal Kestrel Airlines", "DEU")
