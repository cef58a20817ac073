"""Every public function takes any string: empty, odd Unicode, very long input; fast enough per call."""

from __future__ import annotations

import time

import pytest

from assistant.query import (
    detect_countries,
    detect_language,
    detect_out_of_scope,
    detect_topic,
    expand_query,
    looks_like_injection,
)

pytestmark = pytest.mark.unit

ODD = [
    "", " ", "\n\t", "?", "\x00", "🙂🇩🇰🇸🇪", "ﬁ ligature", "İstanbul", "ΣΊΣΥΦΟΣ", "مرحبا", "שלום", "中文问题",
    "Ø" * 50, "'s", "-", "a" * 5000, "Tyskland " * 500, "ae oe aa ue", "Å Æ Ø ä ö ü é",
    "e\u0301 combining accent (Belgie\u0301)", "Hvad\u00a0med\u00a0Sverige?",
]
FUNCTIONS = [detect_countries, detect_language, detect_out_of_scope, detect_topic, expand_query, looks_like_injection]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_any_string_is_accepted(text: str) -> None:
    for fn in FUNCTIONS:
        fn(text)
    assert detect_language(text) in {"da", "nb", "sv", "en"}
    assert expand_query(text).startswith(text)


def test_nfd_input_and_no_break_spaces() -> None:
    assert detect_countries("Hvad med Belgie\u0301n og \u00d8strig?").covered in (["AT"], ["BE", "AT"])
    assert detect_countries("Hvad\u00a0med\u00a0Sverige?").covered == ["SE"]
    assert detect_countries("O\u0308sterreich").covered == ["AT"]  # NFD "Ö"


def test_long_question_stays_fast() -> None:
    text = "Hvordan fungerer udlæg i løn og bankkonto i Tyskland, Sverige og Norge? " * 40
    start = time.perf_counter()
    for fn in FUNCTIONS:
        fn(text)
    assert time.perf_counter() - start < 1.0
    assert detect_countries(text).covered == ["DE", "SE", "NO"]
