"""A bare office takes the state of the sentence before where that sentence is about a state ("Peru raised
its duties. Tariffs will rise, Commerce Secretary X said"), but not across a paragraph break against the
dateline's state (wave 106 H): in "WASHINGTON - Peru raised its duties.\\n\\nTariffs will rise, Commerce
Secretary X said" the earlier paragraph only names Peru nearby, and no office is better than Peru's
(affiliations/offices._state_said_before, read by national_titles and organisations._paragraph_state).
Sentences written for this test; the parse is hand-built, "¶" standing for a line break."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc

from tests.hand_docs import with_title_line

# "Tariffs ¶ WASHINGTON, March 3 - Peru raised its duties. ¶ Tariffs will rise, Commerce Secretary Jan
# Bolt said."  (head numbers 1-based; the second "¶" is left out for the same paragraph)
_ROWS = [
    ("Tariffs", "tariff", "NOUN", "NNS", "Tariffs", "ROOT", "-"),
    ("¶", "¶", "SPACE", "_SP", "Tariffs", "dep", "-"),
    ("WASHINGTON", "WASHINGTON", "PROPN", "NNP", "WASHINGTON", "ROOT", "GPE"),
    (",", ",", "PUNCT", ",", "WASHINGTON", "punct", "-"),
    ("March", "March", "PROPN", "NNP", "WASHINGTON", "npadvmod", "DATE"),
    ("3", "3", "NUM", "CD", "March", "nummod", "I-DATE"),
    ("-", "-", "PUNCT", ":", "March", "punct", "-"),
    ("Peru", "Peru", "PROPN", "NNP", "raised", "nsubj", "GPE"),
    ("raised", "raise", "VERB", "VBD", "raised", "ROOT", "-"),
    ("its", "its", "PRON", "PRP$", "duties", "poss", "-"),
    ("duties", "duty", "NOUN", "NNS", "raised", "dobj", "-"),
    (".", ".", "PUNCT", ".", "raised", "punct", "-"),
    ("¶", "¶", "SPACE", "_SP", ".", "dep", "-"),
    ("Tariffs", "tariff", "NOUN", "NNS", "rise", "nsubj", "-"),
    ("will", "will", "AUX", "MD", "rise", "aux", "-"),
    ("rise", "rise", "VERB", "VB", "said", "ccomp", "-"),
    (",", ",", "PUNCT", ",", "said", "punct", "-"),
    ("Commerce", "Commerce", "PROPN", "NNP", "Secretary", "compound", "-"),
    ("Secretary", "Secretary", "PROPN", "NNP", "Bolt", "compound", "-"),
    ("Jan", "Jan", "PROPN", "NNP", "Bolt", "compound", "PERSON"),
    ("Bolt", "Bolt", "PROPN", "NNP", "said", "nsubj", "I-PERSON"),
    ("said", "say", "VERB", "VBD", "said", "ROOT", "-"),
    (".", ".", "PUNCT", ".", "said", "punct", "-"),
]


def _table(paragraph_break: bool) -> str:
    rows = [row for n, row in enumerate(_ROWS) if paragraph_break or n != 12]
    # heads named by word, resolved to the nearest token of that word at or before the next root
    lines = []
    for n, (word, lemma, pos, tag, head, dep, ent) in enumerate(rows):
        if dep == "ROOT":
            at = 0
        else:
            near = [i for i, row in enumerate(rows) if row[0] == head]
            at = min(near, key=lambda i: abs(i - n)) + 1
        lines.append(f"{word} {lemma} {pos} {tag} {at} {dep} {ent}")
    return "\n".join(lines)


def _bolts_state(paragraph_break: bool) -> str | None:
    reading = read_doc(with_title_line(_table(paragraph_break)), scope="hand-built")
    [bolt] = [e for e in reading.entities.entities() if e.label == "Jan Bolt"]
    return bolt.country


def test_a_state_of_the_paragraph_before_yields_to_the_dateline() -> None:
    assert _bolts_state(paragraph_break=True) is None


def test_a_state_of_the_sentence_before_in_the_paragraph_still_gives_the_office() -> None:
    # guard: "Peru raised its duties. Tariffs will rise, Commerce Secretary X said" in one paragraph
    assert _bolts_state(paragraph_break=False) == "PER"
