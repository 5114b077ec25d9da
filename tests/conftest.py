"""Shared fixtures: the seed page and a once-per-session pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "unreserved-support.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text):
    import dateline

    return dateline.extract(seed_text, date=dt.date(2024, 6, 19))


@pytest.fixture(scope="session")
def seed_article_undated(seed_text):
    import dateline

    return dateline.extract(seed_text)
