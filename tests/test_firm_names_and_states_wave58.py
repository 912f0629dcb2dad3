"""Wave 58 (engineer M): names of firms. Two one-word founders' names the tagger reads differently (a
body's and a person's) before a legal form are one firm, but two firms the tables know alone or one the
article names alone are two; a state's name before a firm's legal form is the state of that arm of the firm.
Each test states its parse by hand (tests/hand_docs.py); the sentences and firms are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read


def _firms(table: str) -> dict[str, tuple[str, str | None, str | None]]:
    """label -> (type, country, sector) of every entity of the reading."""
    return {e.label: (e.type, e.country, e.sector) for e in read(table).entities.entities()}


# "Orvan and Wessel Plc sued Peru.": the tagger reads the first founder as a body, the second as a person
_FOUNDERS = """
Orvan    Orvan    PROPN NNP 5 nsubj    ORG
and      and      CCONJ CC  1 cc       -
Wessel   Wessel   PROPN NNP 4 compound PERSON
Plc      Plc      PROPN NNP 1 conj     I-PERSON
sued     sue      VERB  VBD 0 ROOT     -
Peru     Peru     PROPN NNP 5 dobj     GPE
.        .        PUNCT .   5 punct    -
"""


def test_founders_names_tagged_unalike_before_a_legal_form_are_one_firm() -> None:
    found = _firms(_FOUNDERS)
    assert "Orvan and Wessel Plc" in found
    assert "Wessel Plc" not in found and "Orvan" not in found
    reading = read(_FOUNDERS)
    labels = {e.id: e.label for e in reading.entities.entities()}
    assert {labels[r.subject.entity_id] for r in reading.relations if r.predicate == "sue"} == {
        "Orvan and Wessel Plc"
    }


def test_two_firms_the_tables_know_alone_are_not_one() -> None:
    # "Boeing and Nokia Corp sued Peru.": each a firm of the table, even tagged alike
    table = (
        _FOUNDERS.replace("Orvan    Orvan ", "Boeing   Boeing")
        .replace(
            "Wessel   Wessel   PROPN NNP 4 compound PERSON", "Nokia    Nokia    PROPN NNP 4 compound ORG"
        )
        .replace("I-PERSON", "I-ORG")
        .replace("Plc      Plc ", "Corp     Corp")
    )
    found = _firms(table)
    assert "Boeing and Nokia Corp" not in found
    assert "Boeing" in found and "Nokia Corp" in found


def test_a_first_name_the_article_uses_alone_is_a_firm_of_its_own() -> None:
    # "Orvan and Wessel Plc sued Peru. Orvan sued Chile.": Orvan stands alone, a firm apart from Wessel Plc
    table = (
        _FOUNDERS
        + """
Orvan    Orvan    PROPN NNP 9 nsubj    ORG
sued     sue      VERB  VBD 0 ROOT     -
Chile    Chile    PROPN NNP 9 dobj     GPE
.        .        PUNCT .   9 punct    -
"""
    )
    assert "Orvan and Wessel Plc" not in _firms(table)


def test_a_state_named_before_a_firm_s_legal_form_is_the_firm_s_state() -> None:
    # "Kestrel Canada Ltd cut jobs.": the firm's Canadian arm
    found = _firms("""
    Kestrel  Kestrel  PROPN NNP 3 compound ORG
    Canada   Canada   PROPN NNP 3 compound I-ORG
    Ltd      Ltd      PROPN NNP 4 nsubj    I-ORG
    cut      cut      VERB  VBD 0 ROOT     -
    jobs     job      NOUN  NNS 4 dobj     -
    .        .        PUNCT .   4 punct    -
    """)
    assert found["Kestrel Canada Ltd"][:2] == ("ORG", "CAN")


# "Algeria's Entreprise Nationale des Engrais et Produits Azotes signed a deal.": the tagger names only the
# middle, "Nationale des Engrais"; its foreign first word and the words after "et" are the body's too
_FOREIGN = """
Algeria     Algeria     PROPN NNP 6 poss     GPE
's          's          PART  POS 1 case     -
Entreprise  Entreprise  PROPN NNP 6 nmod     -
Nationale   Nationale   PROPN NNP 6 nmod     ORG
des         des         PROPN NNP 6 nmod     I-ORG
Engrais     Engrais     PROPN NNP 9 nmod     I-ORG
et          et          PROPN NNP 9 compound -
Produits    Produits    PROPN NNPS 9 compound -
Azotes      Azotes      PROPN NNP 10 nsubj   -
signed      sign        VERB  VBD 0 ROOT     -
a           a           DET   DT  12 det     -
deal        deal        NOUN  NN  10 dobj    -
.           .           PUNCT .   10 punct   -
"""


def test_a_foreign_body_s_name_cut_by_the_tagger_is_one_body() -> None:
    found = _firms(_FOREIGN)
    assert "Entreprise Nationale des Engrais et Produits Azotes" in found
    assert not any(label.startswith("Nationale") or label == "Produits Azotes" for label in found)


def test_english_and_after_a_foreign_name_carries_it_on_no_further() -> None:
    found = _firms(
        _FOREIGN.replace("et          et          PROPN NNP 9 compound -", "and and CCONJ CC 6 cc -")
    )
    assert not any("Produits" in label for label in found if "Engrais" in label)


# "Peru's news agency KNA said Chile had shelled a post.": the parser gives "said" two subjects, the noun
# that describes the agency and the agency's name
_AGENCY = """
Peru     Peru     PROPN NNP 4 poss     GPE
's       's       PART  POS 1 case     -
news     news     NOUN  NN  4 compound -
agency   agency   NOUN  NN  6 nsubj    -
KNA      KNA      PROPN NNP 6 nsubj    ORG
said     say      VERB  VBD 0 ROOT     -
Chile    Chile    PROPN NNP 9 nsubj    GPE
had      have     AUX   VBD 9 aux      -
shelled  shell    VERB  VBN 6 ccomp    -
a        a        DET   DT  11 det     -
post     post     NOUN  NN  9 dobj     -
.        .        PUNCT .   6 punct    -
"""


def test_a_noun_describing_the_speaker_s_name_is_no_speaker_of_its_own() -> None:
    speakers = {subject for subject, _, obj, _ in facts_with_roots(_AGENCY) if obj == "Chile"}
    assert speakers == {"KNA"}
