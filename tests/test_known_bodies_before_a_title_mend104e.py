"""Review mend 104 E, item 2: a title's field after an international body's short name is not read into a
longer known body's name: "UN Development Programme Administrator X" is the administrator of the UN
Development Programme (igos.tsv knows "United Nations Development Programme"), not a "development
programme administrator" of the U.N.; "UN Environment Programme" is not the body "UN Environment" with a
field "Programme" (mentions._known_body_end in _body_before_portfolio). The field after the short name of
a body no longer name is known for still splits. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples


def _before_a_name(words: list[str], title: str) -> str:
    """'<words> <title> Jan Bolt said the plan would fail.', the words and the title tagged one ORG."""
    n = len(words)
    rows = [f"{w} {w} PROPN NNP {n + 1} compound {'ORG' if i == 0 else 'I-ORG'}" for i, w in enumerate(words)]
    rows += [
        f"{title} {title} PROPN NNP {n + 3} compound I-ORG",
        f"Jan Jan PROPN NNP {n + 3} compound PERSON",
        f"Bolt Bolt PROPN NNP {n + 4} nsubj I-PERSON",
        "said say VERB VBD 0 ROOT -",
        f"the the DET DT {n + 6} det -",
        f"plan plan NOUN NN {n + 8} nsubj -",
        f"would would AUX MD {n + 8} aux -",
        f"fail fail VERB VB {n + 4} ccomp -",
        f". . PUNCT . {n + 4} punct -",
    ]
    return "\n".join(rows)


def test_a_known_programme_after_the_uns_short_name_is_the_titles_body() -> None:
    triples = read_triples(_before_a_name(["UN", "Development", "Programme"], "Administrator"))
    assert ("Jan Bolt", "administrator of", "UN Development Programme") in triples, triples
    assert not any(o == "United Nations" for _, _, o in triples), triples


def test_a_known_programme_is_not_cut_after_a_known_alias() -> None:
    triples = read_triples(_before_a_name(["UN", "Environment", "Programme"], "Director"))
    assert ("Jan Bolt", "director of", "UN Environment Programme") in triples, triples
    assert not any(o == "UN Environment" for _, _, o in triples), triples


def test_a_field_after_the_uns_short_name_still_splits() -> None:
    triples = read_triples(_before_a_name(["UN", "Refugee", "Affairs"], "Director"))
    assert ("Jan Bolt", "refugee affairs director of", "United Nations") in triples, triples
