"""The country registry, read from reviewable data (assistant/data/countries.toml)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from assistant.models import Country

_DATA = Path(__file__).parent / "data" / "countries.toml"

# The portal's own introduction is parsed as a pseudo-country so no source line is orphaned.
EU_INTRO = Country(code="EU", names={"da": "EU", "nb": "EU", "sv": "EU", "en": "EU", "native": "EU"},
                   covered=True, eu=True,
                   url="https://e-justice.europa.eu/52/EN/how_to_enforce_a_court_decision")


@lru_cache(maxsize=1)
def registry() -> dict[str, Country]:
    with _DATA.open("rb") as fh:
        rows = tomllib.load(fh)["country"]
    countries = {row["code"]: Country(**row) for row in rows}
    countries["EU"] = EU_INTRO
    return countries


def get(code: str) -> Country:
    return registry()[code.upper()]


def covered_codes() -> list[str]:
    """The 24 e-Justice countries plus Norway (not the EU introduction)."""
    return [c.code for c in registry().values() if c.covered and c.code != "EU"]


def by_danish_name() -> dict[str, Country]:
    return {c.names["da"]: c for c in registry().values() if c.code != "EU"}
