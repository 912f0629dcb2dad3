"""A pair noun whose number repeats a group the text counted before ("two rival firms ... the merger of
the two firms") names that group, not the last two firms named in between (coref.py
_group_counted_before); with no such group the pair is the last two named, as before. The texts are ours."""

from __future__ import annotations

from extraction_helpers import Run, none, one

COUNTED_BEFORE = (
    "Merger urged\n\n"
    "The move aims at the planned merger of two rival firms seeking to compete with Delta Corp. "
    "Gamma Corp holds a 20 pct share in Beta Inc. Acme Inc and Zeta Corp hold three and 10 pct shares. "
    "The Trade Ministry has urged the merger of the two firms."
)


def test_the_two_firms_after_two_rival_firms_is_that_group(run: Run) -> None:
    result = run(COUNTED_BEFORE)
    none(result, "Trade Ministry", "Acme Inc", "merger")
    none(result, "Trade Ministry", "Zeta Corp", "merger")


def test_the_two_firms_with_no_group_counted_before_are_the_last_two_named(run: Run) -> None:
    result = run(
        "Merger urged\n\nAcme Inc and Zeta Corp hold three and 10 pct shares in Beta. "
        "The Trade Ministry has urged the merger of the two firms."
    )
    one(result, "Trade Ministry", "merger", "Acme Inc")
    one(result, "Trade Ministry", "merger", "Zeta Corp")
