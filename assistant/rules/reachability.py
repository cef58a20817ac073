"""Reachability self-test: can a user who words a question from a rule's own data reach that rule?

For every rule and every language (da/nb/sv/en) a few natural questions are built from the rule's own data —
its label in that language, the question word its kind calls for (time, amount or share), its conditions
(English) and the country's name in that language — and ``route()`` is asked. Each question ends in one of:

- ``hit``: the router returns the rule, or a rule stating the same value and unit (a sibling quoting the
  same sentence, or a rule with the same number under a neighbouring heading);
- ``no_rule``: no fact (the pipeline then says the source does not state it: safe, but a miss);
- ``wrong``: a rule with a different value or unit (a wrong number with a correct citation: the costly miss).

A rule counts as reachable in a language when at least one of its questions hits. ``wrong`` is counted over
all questions, so a router change that trades misses for wrong numbers shows up.

``python -m assistant.rules reachability [--json]``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from assistant.rules.schema import HOUR_UNITS, TIME_UNITS, Rule, load_rules

LANGUAGES = ("da", "nb", "sv", "en")

# What the kind of number calls for: a time, an amount of money, or a share (percent/fraction).
# The question words per language and quantity; {label} is the rule's label (first letter lower-cased),
# {country} the country's name in that language, {cond} the first clause of the English conditions.
QUESTION_WORDS = {
    "da": {"time": "Hvor lang tid er", "amount": "Hvor meget er", "share": "Hvor stor er"},
    "nb": {"time": "Hvor lang tid er", "amount": "Hvor mye er", "share": "Hvor stor er"},
    "sv": {"time": "Hur lång tid är", "amount": "Hur mycket är", "share": "Hur stor är"},
    "en": {"time": "How long is", "amount": "How much is", "share": "How large is"},
}
TEMPLATES: dict[str, tuple[str, ...]] = {
    "da": ("Hvad er {label} i {country}?",
           "{qword} {label} i {country}?",
           "Jeg har en sag i {country}. {qword} {label}?"),
    "nb": ("Hva er {label} i {country}?",
           "{qword} {label} i {country}?",
           "Jeg har en sak i {country}. {qword} {label}?"),
    "sv": ("Vad är {label} i {country}?",
           "{qword} {label} i {country}?",
           "Jag har ett ärende i {country}. {qword} {label}?"),
    "en": ("What is the {label} in {country}?",
           "{qword} the {label} in {country}?",
           "In {country}: {cond}. {qword} the {label}?"),
}


def quantity(rule: Rule) -> str:
    """time | share | amount: the kind of number the rule states."""
    if rule.unit in TIME_UNITS or rule.unit in HOUR_UNITS:
        return "time"
    if rule.unit in ("percent", "fraction"):
        return "share"
    return "amount"


def _lower_first(text: str) -> str:
    # keep acronyms and proper nouns at the start ("High Courts …", "EU …")
    if len(text) > 1 and text[1].isupper() or text.split(" ", 1)[0] in ("High", "Circuit", "District", "Master's",
                                                                         "Supreme", "Court"):
        return text
    return text[:1].lower() + text[1:]


def _first_clause(conditions: str) -> str:
    clause = conditions.split(";")[0].split(". ")[0].strip().rstrip(".")
    return clause[:1].lower() + clause[1:] if clause else ""


def questions(rule: Rule, language: str) -> list[str]:
    from assistant.countries import registry
    country = registry()[rule.country].names[language].split(" / ")[0]
    label = _lower_first(getattr(rule.labels, language))
    qword = QUESTION_WORDS[language][quantity(rule)]
    out = []
    for template in TEMPLATES[language]:
        if "{cond}" in template and not rule.conditions:
            continue
        q = template.format(label=label, country=country, qword=qword, cond=_first_clause(rule.conditions or ""))
        out.append(q[:1].upper() + q[1:])
    return out


@dataclass
class Outcome:
    rule_id: str
    language: str
    question: str
    status: str  # hit | no_rule | wrong
    returned: list[str] = field(default_factory=list)


def check_rule(rule: Rule, language: str) -> list[Outcome]:
    from assistant.rules.router import route
    from assistant.rules.selection import siblings
    rules = load_rules()
    out = []
    for q in questions(rule, language):
        result = route(q)
        returned = [rules[i] for i in result.rule_ids if i in rules]
        stated = returned + [s for r in returned for s in siblings(r)]
        if any(r.id == rule.id or r.same_number(rule) for r in stated):
            status = "hit"
        elif returned:
            status = "wrong"
        else:
            status = "no_rule"
        out.append(Outcome(rule.id, language, q, status, [r.id for r in returned]))
    return out


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def run() -> dict:
    rules = sorted(load_rules().values(), key=lambda r: r.id)
    reach: dict[str, dict[str, list[int]]] = {"language": defaultdict(lambda: [0, 0]), "kind": defaultdict(lambda: [0, 0]),
                                               "quantity": defaultdict(lambda: [0, 0]),
                                               "country": defaultdict(lambda: [0, 0])}
    misses, wrong = [], []
    hits = total = n_questions = n_wrong = n_no_rule = 0
    for rule in rules:
        for lang in LANGUAGES:
            outcomes = check_rule(rule, lang)
            ok = any(o.status == "hit" for o in outcomes)
            hits += ok
            total += 1
            for key, value in (("language", lang), ("kind", rule.kind), ("quantity", quantity(rule)),
                               ("country", rule.country)):
                reach[key][value][0] += ok
                reach[key][value][1] += 1
            n_questions += len(outcomes)
            for o in outcomes:
                n_wrong += o.status == "wrong"
                n_no_rule += o.status == "no_rule"
                if o.status == "wrong":
                    wrong.append({"rule": o.rule_id, "language": lang, "question": o.question, "returned": o.returned})
            if not ok:
                misses.append({"rule": rule.id, "language": lang,
                               "outcomes": [[o.status, o.question, o.returned] for o in outcomes]})
    return {
        "rules": len(rules),
        "reachable": _share(hits, total), "reachable_n": hits, "pairs": total,
        "questions": n_questions, "wrong_rule": n_wrong, "no_rule": n_no_rule,
        **{f"by_{k}": {v: {"reachable": _share(h, t), "n": t} for v, (h, t) in sorted(d.items())}
           for k, d in reach.items()},
        "misses": misses, "wrong": wrong,
    }


def main(argv: list[str]) -> int:
    report = run()
    if "--json" in argv:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"reachable: {report['reachable']:.3f} ({report['reachable_n']}/{report['pairs']} rule×language); "
          f"questions {report['questions']}: wrong-rule {report['wrong_rule']}, no-rule {report['no_rule']}")
    for key in ("language", "quantity", "kind", "country"):
        cells = ", ".join(f"{v} {s['reachable']:.2f}" for v, s in report[f"by_{key}"].items())
        print(f"by {key}: {cells}")
    print(f"\nwrong-rule returns ({len(report['wrong'])}):")
    for w in report["wrong"]:
        print(f"  {w['rule']} [{w['language']}] {w['question']!r} -> {', '.join(w['returned'])}")
    print(f"\nunreachable rule×language ({len(report['misses'])}):")
    for m in report["misses"]:
        print(f"  {m['rule']} [{m['language']}]: " + " | ".join(f"{s}: {q}" for s, q, _ in m["outcomes"][:1]))
    return 0
