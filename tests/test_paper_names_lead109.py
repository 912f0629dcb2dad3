"""Papers named by the time of day or week they come out ("the Kestrel Morning Post", "the Zenith Evening
Standard", "the Kestrel Sunday Mail") and a town's "Standard" are news outlets (lead, stop 48): the tagger had
made such a paper a place (data: outlet_name_heads, town_paper_heads). A two-word name ("the Evening
Standard") ends in one word only, as named_as_outlet reads names, and is left to the tables."""

from __future__ import annotations

from geokg.extract.entities.organisations import named_as_outlet


def test_papers_named_by_their_edition_are_outlets() -> None:
    for name in ("the Kestrel Morning Post", "the Zenith Evening Standard", "the Kestrel Sunday Mail"):
        assert named_as_outlet(name), name


def test_a_towns_standard_is_an_outlet() -> None:
    assert named_as_outlet("the Perth Standard")


def test_a_persons_name_is_no_outlet() -> None:
    assert not named_as_outlet("Emily Post")
    assert not named_as_outlet("Morning Post")  # the edition words alone name no paper of a place
