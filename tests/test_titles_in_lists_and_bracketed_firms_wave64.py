"""Titles given to the wrong name (wave 64 L): a list of "title, name" pairs gives each name the title
written right before it, never the first pair's title or owner; a firm's name with a bracketed word of its
trade before its legal form ("Acme (Securities) Ltd") is one name, and a legal form read apart from its
firm's name owns no title (nor does a firm of another sentence). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

# "Taking part were Kenya's U.N. Representative, Ambassador Otieno Kamau, and the director-general of the
# Ugandan Labour Ministry, Grace Nakato. Kamau and Nakato met Sudanese officials."
TWO_PAIRS = """
Taking         take           VERB   VBG  0  ROOT     -
part           part           NOUN   NN   1  dobj     -
were           be             AUX    VBD  1  aux      -
Kenya          Kenya          PROPN  NNP  7  poss     GPE
's             's             PART   POS  4  case     -
U.N.           U.N.           PROPN  NNP  7  compound ORG
Representative Representative PROPN  NNP  1  dobj     -
,              ,              PUNCT  ,    7  punct    -
Ambassador     Ambassador     PROPN  NNP  11 compound -
Otieno         Otieno         PROPN  NNP  11 compound PERSON
Kamau          Kamau          PROPN  NNP  7  conj     I-PERSON
,              ,              PUNCT  ,    11 punct    -
and            and            CCONJ  CC   11 cc       -
the            the            DET    DT   17 det      -
director       director       NOUN   NN   17 compound -
-              -              PUNCT  HYPH 17 punct    -
general        general        NOUN   NN   {general_head} conj     -
of             of             ADP    IN   17 prep     -
the            the            DET    DT   22 det      ORG
Ugandan        ugandan        ADJ    JJ   22 compound I-ORG
Labour         Labour         PROPN  NNP  22 compound I-ORG
Ministry       Ministry       PROPN  NNP  18 pobj     I-ORG
,              ,              PUNCT  ,    22 punct    -
Grace          Grace          PROPN  NNP  25 compound PERSON
Nakato         Nakato         PROPN  NNP  {nakato_head} {nakato_dep} I-PERSON
.              .              PUNCT  .    1  punct    -
Kamau          Kamau          PROPN  NNP  30 nsubj    PERSON
and            and            CCONJ  CC   27 cc       -
Nakato         Nakato         PROPN  NNP  27 conj     PERSON
met            meet           VERB   VBD  0  ROOT     -
Sudanese       sudanese       ADJ    JJ   32 amod     NORP
officials      official       NOUN   NNS  30 dobj     -
.              .              PUNCT  .    30 punct    -
"""


def _titles(table: str, name: str) -> set[tuple[str, str]]:
    return {(role, owner) for holder, role, owner in facts(read(table), "title") if holder == name}


def test_a_name_after_the_second_title_of_a_list_takes_that_title_only() -> None:
    # the parser hangs the second name on the second title's body as its apposition
    table = TWO_PAIRS.format(general_head=11, nakato_head=22, nakato_dep="appos")
    titles = _titles(table, "Grace Nakato")
    assert any(owner == "Ugandan Labour Ministry" for _, owner in titles)
    assert not any(owner in ("Kenya", "United Nations") for _, owner in titles)


def test_a_name_coordinated_after_the_second_title_takes_that_title_only() -> None:
    # the parser coordinates the second name with the first
    table = TWO_PAIRS.format(general_head=11, nakato_head=11, nakato_dep="conj")
    titles = _titles(table, "Grace Nakato")
    assert any(owner == "Ugandan Labour Ministry" for _, owner in titles)
    assert not any(owner in ("Kenya", "United Nations") for _, owner in titles)


def test_a_name_after_the_first_title_and_a_comma_takes_the_first_title() -> None:
    # "Kenya's U.N. Representative, Ambassador Otieno Kamau, and ...": the name the parser coordinates
    # with the title before it is the title's apposition
    table = TWO_PAIRS.format(general_head=11, nakato_head=22, nakato_dep="appos")
    assert ("representative of", "Kenya") in _titles(table, "Otieno Kamau")
    assert not any(owner == "Ugandan Labour Ministry" for _, owner in _titles(table, "Otieno Kamau"))


# "Tom Lee of Harbour Brothers Asia Ltd said prices fell. Olmeda Crane (Securities) Ltd analyst Ian Ward
# said Fiji would sell."
BRACKETED = """
Tom        Tom        PROPN NNP   2  compound PERSON
Lee        Lee        PROPN NNP   8  nsubj    I-PERSON
of         of         ADP   IN    2  prep     -
Harbour    Harbour    PROPN NNP   7  compound ORG
Brothers   Brothers   PROPN NNP   7  compound I-ORG
Asia       Asia       PROPN NNP   7  compound I-ORG
Ltd        Ltd        PROPN NNP   3  pobj     I-ORG
said       say        VERB  VBD   0  ROOT     -
prices     price      NOUN  NNS   10 nsubj    -
fell       fall       VERB  VBD   8  ccomp    -
.          .          PUNCT .     8  punct    -
Olmeda     Olmeda     PROPN NNP   13 compound PERSON
Crane      Crane      PROPN NNP   21 nsubj    I-PERSON
(          (          PUNCT -LRB- 13 punct    -
{bracketed} {bracketed} PROPN NNP 17 nmod     -
)          )          PUNCT -RRB- 17 punct    -
Ltd        Ltd        PROPN NNP   18 compound -
analyst    analyst    NOUN  NN    20 compound -
Ian        Ian        PROPN NNP   20 compound PERSON
Ward       Ward       PROPN NNP   13 appos    I-PERSON
said       say        VERB  VBD   0  ROOT     -
Fiji       Fiji       PROPN NNP   24 nsubj    GPE
would      would      AUX   MD    24 aux      -
sell       sell       VERB  VB    21 ccomp    -
.          .          PUNCT .     21 punct    -
"""


def test_a_bracketed_trade_before_a_legal_form_is_part_of_the_firm_s_name() -> None:
    table = BRACKETED.format(bracketed="Securities")
    # (hand-built Docs space the brackets: "Olmeda Crane ( Securities ) Ltd")
    titles = {(role, owner.replace(" ", "")) for role, owner in _titles(table, "Ian Ward")}
    assert titles == {("analyst of", "OlmedaCrane(Securities)Ltd")}


def test_a_legal_form_read_apart_owns_no_title_nor_does_another_sentence_s_firm() -> None:
    # "(Nominees)" is no word of a trade: the firm's name is not read whole, and its legal form alone
    # names no firm, the one of the sentence before least of all
    table = BRACKETED.format(bracketed="Nominees")
    assert not any(owner.endswith("Ltd") for _, owner in _titles(table, "Ian Ward"))
