"""Review 106, finding 11 (wave 106 H mend): one reader of a minister's portfolio the title words do not
know (titles.unlisted_portfolio, on lower-case words), which the readers of the tokens before a name
(roles/before_name) and after it (roles/nouns) ask, with one constant; words of no portfolio
(portfolio_stop_words: "state") are no portfolio."""

from __future__ import annotations

from geokg.extract.entities.titles import unlisted_portfolio


def test_one_reader_of_unlisted_portfolio_words() -> None:
    assert unlisted_portfolio(["financial", "institutions"])
    assert not unlisted_portfolio(["state"])  # "minister of state" is a rank
    assert not unlisted_portfolio(["of", "the", "small", "states"])  # past the longest portfolio
