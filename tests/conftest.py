"""Shared fixtures: paths of the shipped seeds and of ../shared (skip cleanly without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: builds wheels or trains models (minutes)")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_gold(shared) -> dict[str, dict]:
    out = {}
    for line in open(shared / "corpus" / "seeds_labels.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        out[rec["file"]] = rec
    return out


@pytest.fixture(scope="session")
def nlp():
    import rbnlp

    return rbnlp.load()
