"""A noun of a firm's trade or kind that a wire archive capitalised after an abbreviation ("of U.S. Packer
Henley Foods and Co", "a study by U.S. Research firm Dataline Inc") describes the firm named after it and
goes back to lower case (extract/io/archive_case.py), so the parser reads no "U.S. Packer" in the firm's
name and no firm "U.S. Research"; a name the noun opens keeps its capitals. The texts are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import lower_after_abbreviations


def test_a_trade_noun_before_a_firm_with_a_legal_form_or_before_a_firm_noun_goes_back_to_lower_case() -> None:
    text = (
        "Ada Renner, of U.S. Packer Marlow Foods and Co, said a study by U.S. Research firm Quillon Inc "
        "and U.S. Carrier Tandor Air Corp showed it."
    )
    fixed = lower_after_abbreviations(text)
    assert "of U.S. packer Marlow Foods and Co, said" in fixed
    assert "by U.S. research firm Quillon Inc" in fixed
    assert "U.S. carrier Tandor Air Corp" in fixed
    assert len(fixed) == len(text)  # offsets still point at the same words
    # a name the noun opens, or a body's word before a firm noun, keeps its capitals
    named = "U.S. Carrier Corp, U.S. Bank Holding Co and the U.S. Energy firm Voss said U.S. Maker Ltd grew."
    assert lower_after_abbreviations(named) == named
