"""Shared fixtures: ../shared (optional), the spaCy model (once per session), small hand-made results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from geokg.extract.io.nlp import load_model
from geokg.extract.io.reader import Article
from geokg.extract.pipeline import extract_text
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple
from spacy.language import Language

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository (evaluation gold, corpora); tests needing it skip without it."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is not available")
    return SHARED_DIR


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


def _make_triple(subject_ref: str, predicate: str, object_ref: str, **fields: object) -> Triple:
    """A triple between two canonical ids; the labels are the ids' tails unless given in `fields`."""
    values: dict[str, object] = {
        "subject": subject_ref.split(":", 1)[1],
        "subject_type": "PERSON",
        "object": object_ref.split(":", 1)[1],
        "object_type": "GPE",
        "subject_id": subject_ref,
        "object_id": object_ref,
        "article": "a1",
        "source": "a1.txt",
        "extractor": "test",
    }
    values.update(fields)
    return Triple(predicate=predicate, **values)  # type: ignore[arg-type]


@pytest.fixture
def make_triple() -> Callable[..., Triple]:
    return _make_triple


@pytest.fixture
def sample_results() -> list[ArticleResult]:
    """Two articles about overlapping entities: a repeated fact, a negated one, and a triple-only entity."""
    first = Article(id="a1", text="Kerry in Baghdad\n\n...", source="a1.txt", title="Kerry in Baghdad")
    second = Article(id="a2", text="Talks\n\n...", source="a2.txt", title="Talks")
    kerry = Entity("person:john_kerry", "John Kerry", "PERSON", "USA", ("John Kerry", "Kerry"), 3)
    iraq = Entity("country:IRQ", "Iraq", "GPE", "IRQ", ("Iraq", "Iraqi"), 2)
    usa = Entity("country:USA", "United States", "GPE", "USA", ("U.S.",), 1)
    kerry_again = Entity("person:john_kerry", "John Kerry", "PERSON", "USA", ("Secretary Kerry",), 2)
    iraq_again = Entity("country:IRQ", "Iraq", "GPE", "IRQ", ("Baghdad government",), 1)
    met = _make_triple(
        "person:john_kerry", "meet with", "country:IRQ", subject="Kerry", object="Iraq",
        sentence="Kerry met Iraqi leaders.", start=20, end=44, confidence=0.7, event_root="meet",
    )
    met_again = _make_triple(
        "person:john_kerry", "meet with", "country:IRQ", subject="John Kerry", object="Iraq",
        sentence="John Kerry met Iraq's prime minister.", start=5, end=42, confidence=0.9,
        event_root="meet", article="a2", source="a2.txt",
    )
    not_support = _make_triple(
        "country:USA", "support", "country:IRQ", subject="U.S.", subject_type="GPE", object="Iraq",
        sentence='The U.S. will not support "any partition" of Iraq, Kerry said.', start=50, end=110,
        negated=True, modality="will", attributed_to="John Kerry", confidence=0.8,
    )
    condemn = _make_triple(
        "org:united_nations", "condemn", "country:IRQ", subject="United Nations", subject_type="ORG",
        object="Iraq", sentence="The United Nations condemned the attack in Iraq.", start=120, end=170,
        article="a2", source="a2.txt",
    )
    return [
        ArticleResult(first, (kerry, iraq, usa), (met, not_support)),
        ArticleResult(second, (kerry_again, iraq_again), (met_again, condemn)),
    ]


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[[str], ArticleResult]:
    """Extraction of one short text, as an article with the id "test-article"."""
    return lambda text: extract_text(text, nlp, article_id="test-article")
