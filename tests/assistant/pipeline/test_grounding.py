import datetime as dt

import pytest

from assistant.models import Citation, Fact, Reply
from assistant.pipeline.grounding import numbers_in, unknown_markers, unsupported_numbers

pytestmark = pytest.mark.unit


def _cit(quote: str, key: int = 1) -> Citation:
    return Citation(key=key, country="SE", section="4.3", title="T", chunk_id="x", quote=quote,
                    url="https://e-justice.europa.eu/52/DA/x?SWEDEN&member=1", last_updated=dt.date(2020, 12, 16))


def test_markers_sections_and_dates_are_not_claims():
    r = Reply(text="Se [1]. Kilde: afsnit 4.3 – opdateret 2020-12-16", citations=[_cit("ingen tal her")])
    assert unsupported_numbers(r) == []


def test_number_in_quote_is_supported_in_any_notation():
    r = Reply(text="Beløbet er 2,000 EUR [1]", citations=[_cit("et beløb på 2.000 EUR")])
    assert unsupported_numbers(r) == []


def test_invented_number_is_reported():
    r = Reply(text="Fristen er 14 dage [1]", citations=[_cit("Fristen er tre uger.")])
    assert unsupported_numbers(r) == ["14"]


def test_fact_value_supports_number():
    f = Fact(name="x", value=10, unit="year", label="Gyldighed", citation=_cit("ti år"))
    assert unsupported_numbers(Reply(text="Gyldighed: 10 år [1]", facts=[f])) == []
    assert unsupported_numbers(Reply(text="Gyldighed: 11 år [1]", facts=[f])) == ["11"]


def test_metadata_digits_never_support_a_claim():
    # "12" occurs in the citation's date (2020-12-16) and "52" in its link: neither may vouch for a claim
    r = Reply(text="Fristen er 12 dage [1]. Kilde: afsnit 4.3 – 2020-12-16 – https://e-justice.europa.eu/52/DA/x?SWEDEN&member=1",
              citations=[_cit("ingen tal")])
    assert unsupported_numbers(r) == ["12"]


def test_input_problem_replies_are_skipped():
    r = Reply(text="Too long (5000 characters)", debug={"stage": "input"})
    assert unsupported_numbers(r) == []


def test_unknown_markers_and_tokenizer():
    assert unknown_markers(Reply(text="a [1] b [7]", citations=[_cit("q")])) == [7]
    assert numbers_in("[1] 2.000 og 3,5 samt 2024-04-01") == ["2.000", "3,5", "2024", "04", "01"]
