"""Number audit: every number the corpus states is either a rule or knowingly not one.

``python -m assistant.rules audit [--json]`` scans every parsed section of every country for numbers —
digits ("30 dage", "10 %", "EUR 1 000", "2 535,00"), Danish number words with a unit ("tre uger",
"seks måneder", "et år"), fractions ("1/3", "to femtedele", "halvdelen") and dates — and explains each:

- ``rule``: a rule of that country quotes the very span (its quote or extra quote, at that place in the
  section), or states the same value and unit in the same section;
- ``reference``: the audit's heuristics recognise it as no figure a user could ask about: an article,
  paragraph or statute number ("artikel 1386", "lov nr. 123 af 1987"), a statute's year or date, a
  heading or list number, a footnote, a URL;
- ``allowlisted``: reviewed in ``not_rules.toml`` (country, section, span, one-line reason);
- ``unexplained``: none of the above — a new rule or an allowlist entry is due (the unit test requires
  zero, and the CLI exits 1).

Matching is by position: a rule covers a mention when the mention lies inside an occurrence of the
rule's quote in the rule's section. Allowlist entries match every otherwise unexplained mention with that
exact span (whitespace-normalised) in that section; an entry matching nothing is reported as stale.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from pathlib import Path

from assistant.rules.parsing import MONTH_NAMES, NUMBER_WORDS
from assistant.rules.schema import DATA_DIR, Rule, load_rules, to_fraction

# Beside data/, not in it: every *.toml in data/ is a country's rule file (schema.load_rules and the
# pipeline's fake rule table read them all).
ALLOWLIST = DATA_DIR.parent / "not_rules.toml"

# --------------------------------------------------------------------------- lexicon

_S = r"[ \u00a0\u202f]"  # the corpus writes "15\u00a0dage", "2\u00a0000\u00a0EUR"
# "to femtedele", "en tredjedel", "halvdelen": exact fractions written out
DENOMINATORS = {"halvdel": 2, "tredjedel": 3, "fjerdedel": 4, "femtedel": 5, "sjettedel": 6, "syvendedel": 7,
                "ottendedel": 8, "niendedel": 9, "tiendedel": 10}
UNITS = [  # (regex, unit); longest first where they share a prefix
    (r"arbejdsdag(?:e|es|ene)?|hverdag(?:e|es)?|bankdag(?:e|es)?|virkedag(?:e|es)?", "working_day"),
    (r"kalenderdag(?:e|es)?|dag(?:e|es|ene|en)?|døgn", "day"),
    (r"ug(?:e|er|ers|es|erne)", "week"),
    (r"måned(?:er|ers|s|en|erne)?", "month"),
    (r"år(?:s|et|ene)?", "year"),
    (r"tim(?:e|er|ers)", "hour"),
    (r"%|procent|pct\.?|procentpoint", "percent"),
    (r"gange", "times"),
    (r"EUR|euro|€", "EUR"), (r"RON|lei", "RON"), (r"HUF|forint", "HUF"), (r"PLN|zloty|złoty", "PLN"),
    (r"CZK|Kč|tjekkiske kroner", "CZK"), (r"BGN|leva|lev", "BGN"), (r"HRK|kuna|kn", "HRK"),
    (r"SEK|svenske kroner|kronor", "SEK"), (r"DKK|kr\.?", "DKK"), (r"NOK", "NOK"), (r"GBP|£|pund", "GBP"),
]
_UNIT_RE = "|".join(f"(?P<u{i}>{rx})" for i, (rx, _) in enumerate(UNITS))
CURRENCIES = {u for _, u in UNITS if u.isupper()}  # ISO codes
_CUR_BEFORE = re.compile(r"(?<![\w])(?P<cur>EUR|€|RON|HUF|PLN|CZK|BGN|HRK|SEK|GBP|£)" + _S + r"?(?=\d)")

_DIGITS = r"\d{1,3}(?:" + _S + r"\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_WORD_NUM = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_FRACTION_WORDS = re.compile(
    r"(?<!\w)(?:(?P<num>" + _WORD_NUM + r")" + _S + r"+)?(?P<den>" + "|".join(DENOMINATORS) + r")(?:e|en|ene|s)?(?!\w)",
    re.IGNORECASE)
_DIGIT_FRACTION = re.compile(r"(?<![\w/.,])(?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\w/]|,\d)")
_NUMBER = re.compile(r"(?<![\w.,/])(?P<n>" + _DIGITS + r")(?![\w])|(?<!\w)(?P<w>" + _WORD_NUM + r")(?!\w)",
                     re.IGNORECASE)
_UNIT_AFTER = re.compile(r"(?:" + _S + r"?|-)(?P<scale>(?:mio\.|millioner|million|mia\.|milliarder)" + _S + r"?)?(?:" +
                         _UNIT_RE + r")(?![\w])", re.IGNORECASE)
_SCALE = {"mio.": 10**6, "millioner": 10**6, "million": 10**6, "mia.": 10**9, "milliarder": 10**9}
# "591-6 500 EUR", "tre eller seks måneder", "mellem 50 000 og 80 000 RON": the unit of the range's end
_RANGE_LINK = re.compile(_S + r"?(?:-|–|til|og|eller|à)" + _S + r"?", re.IGNORECASE)

MONTHS = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})(?:\." + _S + r"?(?:(?P<mn>" + MONTHS + r")(?:" + _S + r"(?P<y>\d{4}))?|(?P<m>\d{1,2})\.(?P<y2>\d{4}))"
    r"|" + _S + r"(?P<mn4>" + MONTHS + r")" + _S + r"(?P<y4>\d{4}))"
    r"|(?<![\w/])(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>\d{4})(?!\d)", re.IGNORECASE)

# --------------------------------------------------------------------------- reference heuristics

_REF_KEYWORDS = (
    r"artikel|artiklerne|artikler|artiklen|art\.|§§|§|stk\.|nr\.|nummer|punkt|punkterne|punkter|pkt\.|"
    r"kapitel|kapitlerne|kap\.|afsnit|afsnittene|bog|bilag|tabel|spørgsmål|litra|afdeling|paragraf|"
    r"article|articles|section|sections|rule|rules|order|regel|reglerne|part|del|titel|afsnittet|chapter|"
    r"underafsnit|nr|no\.|sag|sagsnummer|bekendtgørelse|cap\.|c\.|s\.|arr\." + _S + r"?cass\.(?:" + _S + r"?\d{4})?|"
    r"s\." + _S + r"?i\."
)
_REF_NUM = (r"(?:[LRDA]\.?" + _S + r"?)?\d+(?:[a-z](?![a-zæøå]))?(?:/[A-Z\d]+)?(?:\(\d+\)\d*\)?)*"
            r"(?:[-–\u2011.]\d+[a-z]?(?:/[A-Z\d]+)?)*(?:" + _S + r"?(?:ff|f)\.)?")
_REF_LINK = r"(?:" + _S + r"?(?:,|og|til|eller|-|–|samt|and|or|to)" + _S + r"?)"
_REFERENCE = re.compile(
    r"(?<!\w)(?:" + _REF_KEYWORDS + r")" + _S + r"*(?:\(\w+\)" + _S + r"*(?:nr\." + _S + r"*)?)?" + _REF_NUM +
    r"(?:" + _REF_LINK + r"(?:(?:" + _REF_KEYWORDS + r")" + _S + r"*)?" + _REF_NUM + r"(?!" + _S + r"?(?:" + _UNIT_RE +
    r")(?!\w)))*", re.IGNORECASE)
_STATUTE_NO = re.compile(r"(?<![\w/])\d{1,4}/(?:1[89]\d\d|20\d\d|\d{2})(?:/[A-Z]+)?(?![\w/])")  # 99/1963, 112/12
_EU_ACT = re.compile(r"(?<!\w)(?:\(EU\)|\(EF\)|\(EØF\)|EU|EF)" + _S + r"?(?:nr\." + _S + r"?)?\d+/\d+", re.IGNORECASE)
_HEADING = re.compile(r"(?m)^[ \t]*\d+(?:\.\d+)+\.?(?=[ \t\u00a0])")
_LIST_ITEM = re.compile(r"(?m)^[ \t\u00a0|•–-]*(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)](?=[ \t\u00a0])|\[\d+\]")
# "Den civile retsplejelov (474-482)PDF(64 Kb)": a linked annex, its article range and its file size
_ATTACHMENT = re.compile(r"\(\d+(?:[-–]\d+)?\)(?=PDF|DOC|Word)|(?<=\()\d+" + _S + r"?[KkMm][Bb](?=\))")
# "kl. 6.00", "kl. 12": a time of day — no quantity the schema models, so never auto-explained
_CLOCK = re.compile(r"(?<!\w)kl\." + _S + r"?\d{1,2}(?:[.:]\d{2})?(?!\d)", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_YEAR = re.compile(r"(?<![\w.,/])(?:1[89]\d\d|20\d\d)(?![\w])")
# A year right after these words, or inside a statute's name, is the statute's or an event's year.
_STATUTE_WORDS = re.compile(
    r"(?:lov|loven|love|lovens|lovgivning|act|acts|forordning|forordningen|direktiv|dekret|kongeligt dekret|"
    r"bekendtgørelse|kodeks|code|konvention|konventionen|traktat|traktaten|cirkulære|lovtidende|statute|"
    r"regulation|rules|vedtaget|ændret|ændring|ændringer|reform|retsplejelov|procedure|amendment|gazette|"
    r"tidende|udgave|nr\.|ordonnance|decree|lovdekret|gældende|trådte i kraft|ikrafttræden|forfatning\w*|boe|"
    r"\w*protokol\w*|s\.\s?i\.|cass\.|besluit)(?!\w)(?:[^.\n]|\.(?!\s+[A-ZÆØÅ]))" + r"{0,80}$",
    re.IGNORECASE)


@dataclass
class Mention:
    country: str
    section: str
    start: int
    end: int
    span: str
    value: str | None  # exact number as a fraction string, None for dates and references
    unit: str | None
    category: str  # quantity | number | date | reference
    status: str = "unexplained"  # rule | reference | allowlisted | unexplained
    explanation: str = ""
    context: str = ""


@dataclass
class AuditReport:
    mentions: list[Mention] = field(default_factory=list)
    stale_allowlist: list[dict] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Mention]:
        return [m for m in self.mentions if m.status == "unexplained"]

    def summary(self) -> dict:
        counts = Counter(m.status for m in self.mentions)
        figures = [m for m in self.mentions if m.category != "reference"]
        return {
            "mentions": len(self.mentions),
            "figures": len(figures),  # quantities, bare numbers and dates (not references)
            "by_status": {k: counts.get(k, 0) for k in ("rule", "reference", "allowlisted", "unexplained")},
            "figures_by_status": dict(Counter(m.status for m in figures)),
            "by_category": dict(Counter(m.category for m in self.mentions)),
            "stale_allowlist": len(self.stale_allowlist),
        }


# --------------------------------------------------------------------------- extraction

def _norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def _number_value(raw: str) -> Fraction:
    word = raw.lower()
    if word in NUMBER_WORDS:
        return Fraction(NUMBER_WORDS[word])
    return Fraction(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))


def _unit_of(match: re.Match) -> str:
    for i, (_, unit) in enumerate(UNITS):
        if match.group(f"u{i}") is not None:
            return unit
    raise AssertionError("unit group missing")


def _references(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) for spans the heuristics recognise as no figure."""
    found = []
    for rx, reason in ((_URL, "URL"), (_EU_ACT, "EU act number"), (_STATUTE_NO, "statute number"),
                       (_REFERENCE, "article/paragraph/statute number"), (_HEADING, "heading number"),
                       (_LIST_ITEM, "list or footnote number")):
        found += [(m.start(), m.end(), reason) for m in rx.finditer(text)]
    for m in _DATE.finditer(text):
        year = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
        before = text[max(0, m.start() - 100):m.start()]
        if year and _STATUTE_WORDS.search(before) and re.search(r"(?:af|of|fra|den|dated|van|cass\.)" + _S + r"*$", before, re.I):
            found.append((m.start(), m.end(), "date of a statute"))
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 100):m.start()]
        if _STATUTE_WORDS.search(before) or re.search(r"\((?:[^()]{0,40})$", before):
            found.append((m.start(), m.end(), "year of a statute or an amendment"))
        elif re.search(r"(?:siden|since)" + _S + r"$", before, re.IGNORECASE):
            found.append((m.start(), m.end(), "historic year ('siden 1996')"))
    found += [(m.start(), m.end(), "attachment: article range and file size")
              for m in _ATTACHMENT.finditer(text)]
    return found


def extract(country: str, section: str, text: str) -> list[Mention]:
    """Every number in ``text`` as a Mention (status still unexplained, or reference)."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(s: int, e: int, value, unit, category, status="unexplained", why=""):
        taken.append((s, e))
        ctx = _norm(text[max(0, s - 60):min(len(text), e + 40)])
        mentions.append(Mention(country, section, s, e, text[s:e], None if value is None else str(value), unit,
                                category, status, why, ctx))

    refs = _references(text)

    # 1. dates that are not a statute's ("fra 1. januar 2017") — a user may ask about them
    for m in _DATE.finditer(text):
        if not (m.group("mn") or m.group("m") or m.group("m3") or m.group("mn4")):
            continue
        why = next((r for a, b, r in refs if a <= m.start() and m.end() <= b), None)
        add(m.start(), m.end(), None, "date", "reference" if why else "date", "reference" if why else "unexplained",
            why or "")
    for m in _CLOCK.finditer(text):
        add(m.start(), m.end(), None, "clock", "clock")
    # 2. written-out fractions ("to femtedele", "halvdelen") and digit fractions ("1/3")
    for m in _FRACTION_WORDS.finditer(text):
        if free(m.start(), m.end()):
            num = _number_value(m.group("num")) if m.group("num") else Fraction(1)
            add(m.start(), m.end(), num / DENOMINATORS[m.group("den").lower()], "fraction", "quantity")
    for m in _DIGIT_FRACTION.finditer(text):
        if not free(m.start(), m.end()) or any(a <= m.start() and m.end() <= b for a, b, _ in refs):
            continue
        if int(m.group("den")) and 0 < int(m.group("num")) < int(m.group("den")) <= 100:
            add(m.start(), m.end(), Fraction(int(m.group("num")), int(m.group("den"))), "fraction", "quantity")
    # 3. numbers with a unit after them, or a currency before them; ranges take the unit of their end
    numbers = [m for m in _NUMBER.finditer(text) if free(m.start(), m.end())]
    units: dict[int, tuple[str, int]] = {}
    for i in range(len(numbers) - 1, -1, -1):
        m = numbers[i]
        u = _UNIT_AFTER.match(text, m.end())
        if u:
            scale = _SCALE[u.group("scale").strip(" \u00a0\u202f").lower()] if u.group("scale") else 1
            units[i] = (_unit_of(u), u.end(), scale)
            continue
        before = _CUR_BEFORE.search(text, max(0, m.start() - 5), m.start() + 1)
        if before and before.end() == m.start() and m.group("n"):
            units[i] = (_currency(before.group("cur")), m.end(), 1)
            continue
        link = _RANGE_LINK.match(text, m.end())
        if link and i + 1 < len(numbers) and numbers[i + 1].start() == link.end() and i + 1 in units:
            units[i] = (units[i + 1][0], m.end(), units[i + 1][2])
    for i, m in enumerate(numbers):
        if not free(m.start(), m.end()):
            continue
        start = m.start()
        if i in units:
            unit, end, scale = units[i]
            before = _CUR_BEFORE.search(text, max(0, m.start() - 5), m.start() + 1)
            if before and before.end() == m.start() and unit in CURRENCIES:
                start = before.start()
            # number words only count with a unit: "en" and "et" are also articles
            if m.group("w") and unit == "times" and m.group("w").lower() in ("en", "et", "én", "ét"):
                continue
            add(start, end, _number_value(m.group(0)) * scale, unit, "quantity")
        elif m.group("n"):
            why = next((r for a, b, r in refs if a <= m.start() and m.end() <= b), None)
            add(m.start(), m.end(), _number_value(m.group("n")), None, "reference" if why else "number",
                "reference" if why else "unexplained", why or "")
    return sorted(mentions, key=lambda x: x.start)


def _currency(code: str) -> str:
    return {"€": "EUR", "£": "GBP"}.get(code, code.upper())


# --------------------------------------------------------------------------- explanation

def _rule_values(rule: Rule) -> set[tuple[Fraction, str | None]]:
    unit = rule.unit if rule.unit != "minimum_wage" else "times"
    out = {(rule.number, unit)}
    if rule.value_max is not None:
        out.add((to_fraction(rule.value_max), unit))
    money = rule.unit if rule.unit in CURRENCIES else None
    for b in rule.brackets:
        for v, u in ((b.upto, money), (b.fixed, money), (b.rate, "percent")):
            if v is not None:
                out.add((Fraction(v), u))
    for v in rule.params.values():
        try:
            out.add((to_fraction(v), money))
        except (ValueError, ZeroDivisionError):
            pass
    return out


_SENTENCE_END = re.compile(r"[.!?:;](?=[ \u00a0]+[A-ZÆØÅ(\d])|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) containing text[start:end] (ends at '. X', ';', ':' or a line break)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def explain(mentions: list[Mention], text: str, rules: list[Rule], section: str) -> None:
    """Mark mentions covered by a rule (in place). ``rules`` are the country's; a rule covers a mention that
    lies inside an occurrence of its quote — in its own section, or where a section repeats the quote
    verbatim — or, in its own section, states the same value and unit."""
    spans: list[tuple[int, int, str]] = []
    values: dict[tuple[Fraction, str | None], list[tuple[int, int, str]]] = {}
    for rule in rules:
        own = rule.section == section
        for quote in (rule.quote, *rule.extra_quotes):
            i = text.find(quote)
            while i >= 0:
                spans.append((i, i + len(quote), rule.id if own else f"{rule.id} (quote repeated from section {rule.section})"))
                if own:
                    # the sentence(s) the quote is part of: a restatement there is the same figure
                    around = _sentence(text, i, i + len(quote))
                    for key in _rule_values(rule):
                        values.setdefault(key, []).append((*around, rule.id))
                i = text.find(quote, i + 1)
    for m in mentions:
        if m.status != "unexplained":
            continue
        inside = next((rid for a, b, rid in spans if a <= m.start and m.end <= b), None)
        if inside:
            m.status, m.explanation = "rule", inside
            continue
        if m.value is not None:
            # same value and unit in the same section — and in the very sentence of the rule's quote, so a
            # coincidence ("2 200 RON" of the next table row, "en måned" in another sentence) never counts
            hit = next((rid for a, b, rid in values.get((Fraction(m.value), m.unit), ()) if a <= m.start and m.end <= b), None)
            if hit:
                m.status, m.explanation = "rule", f"{hit} (same value and unit in the quote's sentence)"


def load_allowlist(path: Path = ALLOWLIST) -> list[dict]:
    if not path.exists():
        return []
    with path.open("rb") as fh:
        entries = tomllib.load(fh).get("not_rule", [])
    for e in entries:
        missing = {"country", "section", "span", "reason"} - set(e)
        if missing or not str(e.get("reason", "")).strip():
            raise ValueError(f"{path.name}: entry {e} lacks {sorted(missing) or ['a reason']}")
    return entries


def apply_allowlist(mentions: list[Mention], entries: list[dict]) -> list[dict]:
    """Mark allowlisted mentions (in place); returns the entries that matched nothing (stale)."""
    stale = []
    for e in entries:
        hit = False
        for m in mentions:
            if (m.country, m.section) == (e["country"], str(e["section"])) and _norm(m.span) == _norm(e["span"]) \
                    and m.status in ("unexplained", "allowlisted"):
                m.status, m.explanation, hit = "allowlisted", e["reason"], True
        if not hit:
            stale.append(e)
    return stale


def audit_sections(sections, rules: list[Rule] | None = None, allowlist: list[dict] | None = None) -> AuditReport:
    """Audit ``sections`` (objects with country, number, text) against ``rules`` and ``allowlist``."""
    rules = list(load_rules().values()) if rules is None else rules
    allowlist = load_allowlist() if allowlist is None else allowlist
    report = AuditReport()
    for s in sections:
        found = extract(s.country, s.number, s.text)
        explain(found, s.text, [r for r in rules if r.country == s.country], s.number)
        report.mentions += found
    report.stale_allowlist = apply_allowlist(report.mentions, allowlist)
    return report


def audit() -> AuditReport:
    from ingest.parser import parse_corpus
    return audit_sections(parse_corpus())


# --------------------------------------------------------------------------- CLI

def render(report: AuditReport) -> str:
    s = report.summary()
    by_country: dict[str, Counter] = {}
    for m in report.mentions:
        by_country.setdefault(m.country, Counter())[m.status] += 1
    head = f"{'CC':<4}{'all':>6}{'rule':>6}{'ref':>6}{'allow':>7}{'unexp':>7}"
    lines = [head, "-" * len(head)]
    for cc, c in by_country.items():
        lines.append(f"{cc:<4}{sum(c.values()):>6}{c['rule']:>6}{c['reference']:>6}{c['allowlisted']:>7}{c['unexplained']:>7}")
    b = s["by_status"]
    lines += ["-" * len(head),
              f"{s['mentions']} numbers ({s['figures']} figures, {s['by_category'].get('reference', 0)} references): "
              f"{b['rule']} covered by rules, {b['reference']} recognised as references, "
              f"{b['allowlisted']} allowlisted (not_rules.toml), {b['unexplained']} unexplained"]
    if report.unexplained:
        lines += ["", "Unexplained (add a rule or a not_rules.toml entry):"]
        lines += [f"  {m.country}:{m.section} {_norm(m.span)!r} [{m.unit or m.category}] … {m.context} …"
                  for m in report.unexplained]
    if report.stale_allowlist:
        lines += ["", "Stale allowlist entries (match nothing):"]
        lines += [f"  {e['country']}:{e['section']} {e['span']!r}" for e in report.stale_allowlist]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    report = audit()
    if "--json" in argv:
        print(json.dumps({"summary": report.summary(), "mentions": [asdict(m) for m in report.mentions],
                          "stale_allowlist": report.stale_allowlist}, ensure_ascii=False, indent=1))
    else:
        print(render(report))
    return 1 if report.unexplained or report.stale_allowlist else 0
