"""The loader validates data files: malformed rules fail at load time, not at answer time."""

from __future__ import annotations

import pytest

from assistant.rules.schema import RuleDataError, load_file, load_rules

pytestmark = pytest.mark.unit

GOOD = '''
country = "XX"
[[rule]]
id = "XX-appeal"
section = "5"
kind = "deadline"
topic = "appeal"
value = 14
unit = "day"
conditions = "c"
labels = { da = "a", nb = "b", sv = "c", en = "d" }
quote = "inden 14 dage"
'''


def write(tmp_path, text, name="XX.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_file_loads(tmp_path):
    (rule,) = load_file(write(tmp_path, GOOD))
    assert rule.id == "XX-appeal" and rule.effective_calc == "period"


@pytest.mark.parametrize("old,new", [
    ('kind = "deadline"', 'kind = "deadlinez"'),
    ('unit = "day"', 'unit = "fortnight"'),          # period kind without a time unit
    ('section = "5"', 'section = "7.1"'),
    ('id = "XX-appeal"', 'id = "YY-appeal"'),         # id prefix must be the country
    ('quote = "inden 14 dage"', 'quote = "x"'),
    ('value = 14', 'value = "abc"'),
    ('topic = "appeal"', 'topic = "appeal"\nflags = ["ambiguous"]'),  # flag without note
    ('topic = "appeal"', 'topic = "appeal"\nsurprise = 1'),          # unknown field
])
def test_bad_rule_is_rejected(tmp_path, old, new):
    with pytest.raises(RuleDataError):
        load_file(write(tmp_path, GOOD.replace(old, new)))


def test_country_must_match_file_name(tmp_path):
    with pytest.raises(RuleDataError):
        load_file(write(tmp_path, GOOD, name="YY.toml"))


def test_duplicate_ids_rejected(tmp_path):
    write(tmp_path, GOOD + GOOD.split('country = "XX"')[1])
    with pytest.raises(RuleDataError, match="duplicate"):
        load_rules(tmp_path)


def test_shipped_rules_load():
    rules = load_rules()
    assert len(rules) > 150
    assert all(r.flags == () or r.note for r in rules.values())


def test_same_number_compares_value_range_and_unit():
    from assistant.rules.schema import load_rules
    rules = load_rules()
    a, b = rules["AT-appeal"], rules["AT-objection"]  # both 14 days
    assert a.same_number(b)
    assert not a.same_number(rules["AT-retry-after-fruitless"])
    ranged = rules["IE-appeal-high-court"]  # 10–28 days
    assert not ranged.same_number(rules["IE-appeal-circuit"])  # 10 days, no range
