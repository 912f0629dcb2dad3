"""Wave 122 F: firms the tagger types as people or places, and one firm named twice. A name ending in a
word of a service trade ("Varnia Telecom", tagged a person's) is a firm (mentions._firm_by_trade, data:
firm_trade_ends), and "owner" before it is no personal title (clusters._personal_title_before); a unit noun
with a state's word ("the Japanese subsidiary Tosu") names a firm (retyping._named_as_a_unit); what owners
hold "in" a name ("a stake in X", "bought the shares in X", also where the tagger left that mention
untagged) makes it a firm and no place (syntax.held_in; affiliations.places._used_as_place); a firm's
clipped name in brackets ("Kestrelgaz (Kestrel)") is the firm at each mention (retyping.clipped_firm_names,
clusters._acronyms); a firm's name before its "of" part ("Meridian Bank" after "Meridian Bank of Asia") is
the same firm (clusters._firm_before_of). The sentences are ours and their parses are written by hand
(tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import read


def _entities(table: str) -> dict[str, tuple[str, str | None]]:
    return {e.label: (e.type, e.country) for e in read(table).entities.entities()}


# "Varnia Telecom posted higher profits." (the firm tagged a person's name)
TRADE_END = """
Varnia    Varnia    PROPN NNP  2  compound PERSON
Telecom   Telecom   PROPN NNP  3  nsubj    I-PERSON
posted    post      VERB  VBD  0  ROOT     -
higher    high      ADJ   JJR  5  amod     -
profits   profit    NOUN  NNS  3  dobj     -
.         .         PUNCT .    3  punct    -
"""

# "Profits rose at owner Varnia Telecom." (tagged a body's; "owner" is no title of a person here)
OWNER_BEFORE = """
Profits   profit    NOUN  NNS  2  nsubj    -
rose      rise      VERB  VBD  0  ROOT     -
at        at        ADP   IN   2  prep     -
owner     owner     NOUN  NN   6  compound -
Varnia    Varnia    PROPN NNP  6  compound ORG
Telecom   Telecom   PROPN NNP  3  pobj     I-ORG
.         .         PUNCT .    2  punct    -
"""

# "The Japanese subsidiary Tosu lost money." (a town's name too, tagged a person's)
STATES_SUBSIDIARY = """
The        the        DET   DT   4  det      -
Japanese   japanese   ADJ   JJ   4  amod     NORP
subsidiary subsidiary NOUN  NN   4  compound -
Tosu       Tosu       PROPN NNP  5  nsubj    PERSON
lost       lose       VERB  VBD  0  ROOT     -
money      money      NOUN  NN   5  dobj     -
.          .          PUNCT .    5  punct    -
"""

# "Orvan said its unit Tosu grew. Orvan will sell its stake in Tosu." (the stake's "in" is no place's)
STAKE_IN_A_TOWNS_NAME = """
Orvan     Orvan     PROPN NNP  2  nsubj    ORG
said      say       VERB  VBD  0  ROOT     -
its       its       PRON  PRP$ 4  poss     -
unit      unit      NOUN  NN   5  compound -
Tosu      Tosu      PROPN NNP  6  nsubj    PERSON
grew      grow      VERB  VBD  2  ccomp    -
.         .         PUNCT .    2  punct    -
Orvan     Orvan     PROPN NNP  10 nsubj    ORG
will      will      AUX   MD   10 aux      -
sell      sell      VERB  VB   10 ROOT     -
its       its       PRON  PRP$ 12 poss     -
stake     stake     NOUN  NN   10 dobj     -
in        in        ADP   IN   12 prep     -
Tosu      Tosu      PROPN NNP  13 pobj     PERSON
.         .         PUNCT .    10 punct    -
"""

# "Ostrel will buy the shares in Quenby." (the parser hangs "in" on the verb; Quenby tagged a place)
SHARES_IN_ON_THE_VERB = """
Ostrel    Ostrel    PROPN NNP  3  nsubj    ORG
will      will      AUX   MD   3  aux      -
buy       buy       VERB  VB   0  ROOT     -
the       the       DET   DT   5  det      -
shares    share     NOUN  NNS  3  dobj     -
in        in        ADP   IN   3  prep     -
Quenby    Quenby    PROPN NNP  6  pobj     GPE
.         .         PUNCT .    3  punct    -
"""

# "Quenby grew. Ostrel holds a stake in Quenby." (only the first mention tagged, a place's)
STAKE_IN_UNTAGGED = """
Quenby    Quenby    PROPN NNP  2  nsubj    GPE
grew      grow      VERB  VBD  0  ROOT     -
.         .         PUNCT .    2  punct    -
Ostrel    Ostrel    PROPN NNP  5  nsubj    ORG
holds     hold      VERB  VBZ  0  ROOT     -
a         a         DET   DT   7  det      -
stake     stake     NOUN  NN   5  dobj     -
in        in        ADP   IN   7  prep     -
Quenby    Quenby    PROPN NNP  8  pobj     -
.         .         PUNCT .    5  punct    -
"""

# "Ostrel sold Kestrelgaz (Kestrel). Dorrow bought into Kestrel." (the short form tagged a place)
CLIPPED_IN_BRACKETS = """
Ostrel     Ostrel     PROPN NNP   2  nsubj    ORG
sold       sell       VERB  VBD   0  ROOT     -
Kestrelgaz Kestrelgaz PROPN NNP   2  dobj     ORG
(          (          PUNCT -LRB- 5  punct    -
Kestrel    Kestrel    PROPN NNP   3  appos    GPE
)          )          PUNCT -RRB- 5  punct    -
.          .          PUNCT .     2  punct    -
Dorrow     Dorrow     PROPN NNP   9  nsubj    ORG
bought     buy        VERB  VBD   0  ROOT     -
into       into       ADP   IN    9  prep     -
Kestrel    Kestrel    PROPN NNP   10 pobj     GPE
.          .          PUNCT .     9  punct    -
"""

# "Meridian Bank of Asia will merge. Meridian Bank is the largest." (the short form: the same bank)
NAMED_BEFORE_OF = """
Meridian  Meridian  PROPN NNP  2  compound ORG
Bank      Bank      PROPN NNP  6  nsubj    I-ORG
of        of        ADP   IN   2  prep     I-ORG
Asia      Asia      PROPN NNP  3  pobj     I-ORG
will      will      AUX   MD   6  aux      -
merge     merge     VERB  VB   0  ROOT     -
.         .         PUNCT .    6  punct    -
Meridian  Meridian  PROPN NNP  9  compound ORG
Bank      Bank      PROPN NNP  10 nsubj    I-ORG
is        be        AUX   VBZ  0  ROOT     -
the       the       DET   DT   12 det      -
largest   large     ADJ   JJS  10 attr     -
.         .         PUNCT .    10 punct    -
"""

# "Anne Bank posted higher profits." (a given name opens it: a person)
GIVEN_NAME_AND_TRADE_WORD = """
Anne      Anne      PROPN NNP  2  compound PERSON
Bank      Bank      PROPN NNP  3  nsubj    I-PERSON
posted    post      VERB  VBD  0  ROOT     -
higher    high      ADJ   JJR  5  amod     -
profits   profit    NOUN  NNS  3  dobj     -
.         .         PUNCT .    3  punct    -
"""


def test_name_ending_in_a_service_trade_is_a_firm() -> None:
    assert _entities(TRADE_END)["Varnia Telecom"][0] == "ORG"


def test_owner_before_a_firms_name_is_no_personal_title() -> None:
    assert _entities(OWNER_BEFORE)["Varnia Telecom"][0] == "ORG"


def test_a_states_subsidiary_is_a_firm_of_that_state() -> None:
    assert _entities(STATES_SUBSIDIARY)["Tosu"] == ("ORG", "JPN")


def test_stake_in_a_firm_with_a_towns_name_is_no_place() -> None:
    assert _entities(STAKE_IN_A_TOWNS_NAME)["Tosu"] == ("ORG", None)


def test_shares_in_a_name_the_parser_hangs_on_the_verb() -> None:
    assert _entities(SHARES_IN_ON_THE_VERB)["Quenby"][0] == "ORG"


def test_stake_in_an_untagged_mention_types_the_name() -> None:
    assert _entities(STAKE_IN_UNTAGGED)["Quenby"][0] == "ORG"


def test_clipped_name_in_brackets_is_the_firm() -> None:
    entities = _entities(CLIPPED_IN_BRACKETS)
    kinds = [kind for label, (kind, _) in entities.items() if label.startswith("Kestrel")]
    assert kinds == ["ORG"]  # one firm under either name


def test_firms_name_before_its_of_part_is_the_same_firm() -> None:
    labels = [label for label in _entities(NAMED_BEFORE_OF) if label.startswith("Meridian")]
    assert labels == ["Meridian Bank of Asia"]


def test_given_name_before_a_trade_word_stays_a_person() -> None:
    # guard: passes with or without the change
    assert _entities(GIVEN_NAME_AND_TRADE_WORD)["Anne Bank"][0] == "PERSON"
