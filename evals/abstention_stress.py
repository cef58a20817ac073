"""Abstention stress test: does the assistant say "not covered" when a covered country is swapped for one the
corpus lacks, and still answer the unswapped question?

    python -m evals.abstention_stress [--json] [--all-targets] [--examples N]

Built from DEV golden cases only (never test/holdout; the blind validation range q-1789…q-1848 is skipped):
answerable single-turn questions in da/nb/sv/en that name exactly one covered country.

* swap    - every mention of that country (its name, genitive, and adjective in any inflection: "Sverige",
            "Sveriges", "svenska", "Swedish") is replaced by an uncovered place in the question's language
            (Danmark, Portugal, Litauen, Island, Schweiz, Storbritannien, USA). Must abstain as uncovered.
            Questions whose mention cannot be swapped cleanly (a city, a national body, a nationality noun such as
            "polak", an ISO code) are left out rather than swapped badly. One target per question, in turn
            (--all-targets: every target).
* local   - the country phrase ("i Sverige", "in Sweden") is removed and the asker's bailiff word is replaced by
            the uncovered country's own term (Portuguese "agente de execução", Lithuanian "antstolis"). Must
            abstain as uncovered: the term names the country.
* danish  - Danish questions that say "fogedretten"/"fogeden" with the country phrase removed. NOT a swap:
            Danish is the corpus's own language (the Danish pages call every state's bailiff "foged"), so
            "fogedretten" names no country: the right reply asks which country (clarify); an "uncovered" or any
            other abstention here counts as a false abstention.
* control - the same questions unswapped. Must still answer (any abstention counts as false).

Prints recall on swaps (strict: the "uncovered" reply; loose: any abstention), false-abstention rates on
control/danish, per language and per target country, and the first examples of each failure type.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from evals.golden_schema import QA_PATH

VALIDATION = (1789, 1848)  # blind validation range (inclusive): never used here
LANGUAGES = ("da", "nb", "sv", "en")
# The uncovered EU states and the usual non-EU ones, then states the lexicon may not know at all (Chile, Tunisia,
# Kenya, Saudi Arabia): a place the lexicon lacks must still not be answered as if it were covered.
TARGETS = ("DK", "PT", "LT", "IS", "CH", "GB", "US", "TR", "CL", "TN", "KE", "SA")

# (name, genitive, adjective stem) per target and language; the adjective takes the source's inflection suffix
# ("svenske" -> "danske"), English adjectives are invariable.
FORMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "DK": {"da": ("Danmark", "Danmarks", "dansk"), "nb": ("Danmark", "Danmarks", "dansk"),
           "sv": ("Danmark", "Danmarks", "dansk"), "en": ("Denmark", "Denmark's", "Danish")},
    "PT": {"da": ("Portugal", "Portugals", "portugisisk"), "nb": ("Portugal", "Portugals", "portugisisk"),
           "sv": ("Portugal", "Portugals", "portugisisk"), "en": ("Portugal", "Portugal's", "Portuguese")},
    "LT": {"da": ("Litauen", "Litauens", "litauisk"), "nb": ("Litauen", "Litauens", "litauisk"),
           "sv": ("Litauen", "Litauens", "litauisk"), "en": ("Lithuania", "Lithuania's", "Lithuanian")},
    "IS": {"da": ("Island", "Islands", "islandsk"), "nb": ("Island", "Islands", "islandsk"),
           "sv": ("Island", "Islands", "isländsk"), "en": ("Iceland", "Iceland's", "Icelandic")},
    "CH": {"da": ("Schweiz", "Schweiz'", "schweizisk"), "nb": ("Sveits", "Sveits'", "sveitsisk"),
           "sv": ("Schweiz", "Schweiz", "schweizisk"), "en": ("Switzerland", "Switzerland's", "Swiss")},
    "GB": {"da": ("Storbritannien", "Storbritanniens", "britisk"),
           "nb": ("Storbritannia", "Storbritannias", "britisk"),
           "sv": ("Storbritannien", "Storbritanniens", "brittisk"),
           "en": ("the United Kingdom", "the United Kingdom's", "British")},
    "US": {"da": ("USA", "USA's", "amerikansk"), "nb": ("USA", "USAs", "amerikansk"),
           "sv": ("USA", "USA:s", "amerikansk"), "en": ("the United States", "the United States'", "American")},
    "TR": {"da": ("Tyrkiet", "Tyrkiets", "tyrkisk"), "nb": ("Tyrkia", "Tyrkias", "tyrkisk"),
           "sv": ("Turkiet", "Turkiets", "turkisk"), "en": ("Turkey", "Turkey's", "Turkish")},
    "CL": {"da": ("Chile", "Chiles", "chilensk"), "nb": ("Chile", "Chiles", "chilensk"),
           "sv": ("Chile", "Chiles", "chilensk"), "en": ("Chile", "Chile's", "Chilean")},
    "TN": {"da": ("Tunesien", "Tunesiens", "tunesisk"), "nb": ("Tunisia", "Tunisias", "tunisisk"),
           "sv": ("Tunisien", "Tunisiens", "tunisisk"), "en": ("Tunisia", "Tunisia's", "Tunisian")},
    "KE": {"da": ("Kenya", "Kenyas", "kenyansk"), "nb": ("Kenya", "Kenyas", "kenyansk"),
           "sv": ("Kenya", "Kenyas", "kenyansk"), "en": ("Kenya", "Kenya's", "Kenyan")},
    "SA": {"da": ("Saudi-Arabien", "Saudi-Arabiens", "saudiarabisk"),
           "nb": ("Saudi-Arabia", "Saudi-Arabias", "saudiarabisk"),
           "sv": ("Saudiarabien", "Saudiarabiens", "saudiarabisk"),
           "en": ("Saudi Arabia", "Saudi Arabia's", "Saudi")},
}
# The uncovered country's own word for its enforcement agent (local-term variant).
LOCAL_TERMS = {"PT": "agente de execução", "LT": "antstolis"}
# The asker's generic word for the bailiff, replaced by a local term (longest first).
_BAILIFF = re.compile(
    r"\b(?:the\s+)?(?:fogedretten|fogeden|fogden|namsmannen|kronofogden|bailiffs?|enforcement agents?|"
    r"enforcement officers?)\b", re.IGNORECASE)
_DANISH_TERM = re.compile(r"\bfoged(?:retten|en)\b", re.IGNORECASE)
_PREPOSITIONS = r"(?:i|in|på|fra|från|from|til|till|to)"
_SCANDI_SUFFIXES = ("", "e", "a", "t", "s", "en", "ne", "er", "erne", "ene", "ar", "arna", "es")
_ENGLISH_NOUNS = re.compile(r"(?:s|Swede|Dane|Pole|Finn|Turk|Scot|Greek|Czech)$")


@dataclass(frozen=True)
class Stress:
    kind: str  # swap | local | danish | control
    case_id: str
    language: str
    source: str  # the covered country of the dev case
    target: str  # the swapped-in place ("" for control/danish)
    question: str


def _adjective_stems(code: str) -> list[str]:
    from assistant.query import places
    raw = places._load_raw()
    for place in raw["place"]:
        if place["code"] == code:
            return list(place.get("adjectives", []))
    return []


def _names(code: str) -> set[str]:
    from assistant.query import places
    from assistant.query._text import fold
    return {fold(n) for n in places.known_places().get(code, [])}


def _match_case(replacement: str, surface: str) -> str:
    if surface[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _replacement(surface: str, kind: str, source: str, target: str, language: str) -> str | None:
    """The target's form for one mention of the source country, or None when it cannot be swapped cleanly."""
    from assistant.query._text import fold
    name, genitive, adjective = FORMS[target][language]
    folded = fold(surface)
    if kind == "name":
        names = _names(source)
        if folded in names:
            return name
        for suffix in ("'s", "s"):
            if folded.endswith(suffix) and folded[: -len(suffix)] in names:
                return genitive
        return None  # a city ("Stockholm"): not the country's name
    if kind != "adjective":
        return None
    if language == "en":
        return None if _ENGLISH_NOUNS.search(surface) else adjective
    for stem in sorted(_adjective_stems(source), key=len):
        fstem = fold(stem)
        if not (stem[:1].islower() and fstem.endswith("sk") and folded.startswith(fstem)):
            continue
        suffix = folded[len(fstem):]
        if suffix in _SCANDI_SUFFIXES:
            return _match_case(adjective + surface[len(surface) - len(suffix):] if suffix else adjective, surface)
    return None  # a nationality noun ("polak", "franskmand")


def swap_country(question: str, source: str, target: str, language: str) -> str | None:
    """``question`` with every mention of ``source`` replaced by ``target``'s form in ``language``; None when a
    mention cannot be swapped (city, national body, nationality noun, ISO code) or the source is not found."""
    from assistant.query.places import detect_countries
    det = detect_countries(question)
    mentions = [s for s in det.spans if source in s.codes and not (s.kind == "generic" and not s.covered)]
    if not mentions or det.covered != [source]:
        return None
    out, last = [], 0
    for span in mentions:
        repl = _replacement(span.text, span.kind, source, target, language)
        if repl is None:
            return None
        before = question[last:span.start]
        if repl.startswith("the ") and re.search(r"\bthe\s+$", before, re.IGNORECASE):
            repl = repl[4:]
        if span.start == 0 or re.search(r"[.?!]\s*$", question[:span.start]):
            repl = repl[:1].upper() + repl[1:]
        out += [before, repl]
        last = span.end
    out.append(question[last:])
    return "".join(out)


def drop_country(question: str, source: str) -> str | None:
    """``question`` without its country phrase ("i Sverige", "in Sweden"); None unless every mention of the
    source is a name after a preposition."""
    from assistant.query.places import detect_countries
    det = detect_countries(question)
    mentions = [s for s in det.spans if source in s.codes and not (s.kind == "generic" and not s.covered)]
    if not mentions or det.covered != [source] or any(s.kind != "name" for s in mentions):
        return None
    out, last = [], 0
    for span in mentions:
        m = re.search(rf"\s+{_PREPOSITIONS}\s+(?:the\s+)?$", question[last:span.start], re.IGNORECASE)
        if m is None:
            return None
        out.append(question[last:last + m.start()])
        last = span.end
    out.append(question[last:])
    return re.sub(r"\s+([?.!,])", r"\1", "".join(out)).strip()


def local_term_variant(question: str, source: str, target: str) -> str | None:
    """Country phrase removed, the bailiff word replaced by ``target``'s own term (PT/LT)."""
    dropped = drop_country(question, source)
    if dropped is None or not _BAILIFF.search(dropped):
        return None
    term = LOCAL_TERMS[target]
    return _BAILIFF.sub(lambda m: _match_case(term, m.group(0)) if m.start() == 0 else term, dropped, count=1)


def eligible_cases(path: Path = QA_PATH) -> list[dict]:
    """Answerable single-turn dev cases in our four languages naming exactly one covered country."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            if case.get("split") != "dev" or len(case["turns"]) != 1 or case["language"] not in LANGUAGES:
                continue
            number = int(case["id"].split("-")[1])
            if VALIDATION[0] <= number <= VALIDATION[1]:
                continue
            turn = case["turns"][0]
            if turn["abstain"] or turn["clarify"] or len(turn["countries"]) != 1:
                continue
            out.append(case)
    return out


def build(cases: list[dict], all_targets: bool = False) -> list[Stress]:
    items: list[Stress] = []
    n = 0
    for case in cases:
        turn, lang = case["turns"][0], case["language"]
        source, question = turn["countries"][0], turn["question"]
        targets = TARGETS if all_targets else (TARGETS[n % len(TARGETS)],)
        swaps = [(t, swap_country(question, source, t, lang)) for t in targets]
        swaps = [(t, s) for t, s in swaps if s is not None]
        if not swaps:
            continue
        n += 1
        items.append(Stress("control", case["id"], lang, source, "", question))
        items += [Stress("swap", case["id"], lang, source, t, s) for t, s in swaps]
        local_target = ("PT", "LT")[n % 2]
        local = local_term_variant(question, source, local_target)
        if local is not None:
            items.append(Stress("local", case["id"], lang, source, local_target, local))
        if lang == "da" and _DANISH_TERM.search(question):
            dropped = drop_country(question, source)
            if dropped is not None:
                items.append(Stress("danish", case["id"], lang, source, "", dropped))
    return items


def outcome(reply) -> str:
    stage = (reply.debug or {}).get("stage", "")
    if reply.clarification:
        return "clarify"
    if reply.abstained:
        return "uncovered" if stage == "uncovered" else f"abstain:{stage}"
    return "answered"


def run(items: list[Stress]) -> list[tuple[Stress, str]]:
    import assistant.settings  # noqa: F401  (offline environment first)
    from assistant.cli import make_assistant
    assistant = make_assistant(False)
    assistant.warm_up()
    return [(item, outcome(assistant.ask(assistant.new_session(), item.question))) for item in items]


def summarize(results: list[tuple[Stress, str]], examples: int = 5) -> dict:
    def rate(rows, ok) -> dict:
        hits = sum(ok(o) for _, o in rows)
        return {"n": len(rows), "ok": hits, "rate": round(hits / len(rows), 3) if rows else None}

    strict = lambda o: o == "uncovered"  # noqa: E731
    loose = lambda o: o == "uncovered" or o.startswith("abstain")  # noqa: E731
    false_abstain = lambda o: o == "uncovered" or o.startswith("abstain")  # noqa: E731
    by_kind: dict[str, list] = defaultdict(list)
    for item, o in results:
        by_kind[item.kind].append((item, o))
    out: dict = {}
    for kind in ("swap", "local"):
        rows = by_kind.get(kind, [])
        out[kind] = {"strict": rate(rows, strict), "loose": rate(rows, loose),
                     "by_language": {l: rate([r for r in rows if r[0].language == l], strict) for l in LANGUAGES},
                     "by_target": {t: rate([r for r in rows if r[0].target == t], strict)
                                   for t in sorted({r[0].target for r in rows})},
                     "outcomes": dict(Counter(o for _, o in rows))}
    for kind in ("control", "danish"):
        rows = by_kind.get(kind, [])
        out[kind] = {"false_abstention": rate(rows, false_abstain),
                     "by_language": {l: rate([r for r in rows if r[0].language == l], false_abstain)
                                     for l in LANGUAGES},
                     "outcomes": dict(Counter(o for _, o in rows))}
    fails: dict[str, list] = defaultdict(list)
    for item, o in results:
        bad = (item.kind in ("swap", "local") and o != "uncovered") or (item.kind in ("control", "danish")
                                                                         and false_abstain(o))
        if bad and len(fails[f"{item.kind}:{o}"]) < examples:
            fails[f"{item.kind}:{o}"].append(f"{item.case_id} {item.source}->{item.target or '-'}: {item.question}")
    out["failures"] = dict(fails)
    return out


def _print(summary: dict) -> None:
    for kind in ("swap", "local"):
        s = summary[kind]
        print(f"{kind}: recall {s['strict']['ok']}/{s['strict']['n']} = {s['strict']['rate']} (uncovered reply); "
              f"any abstention {s['loose']['rate']}; outcomes {s['outcomes']}")
        print("  by language: " + ", ".join(f"{l} {v['ok']}/{v['n']}" for l, v in s["by_language"].items()))
        print("  by target:   " + ", ".join(f"{t} {v['ok']}/{v['n']}" for t, v in s["by_target"].items()))
    for kind in ("control", "danish"):
        s = summary[kind]
        f = s["false_abstention"]
        print(f"{kind}: false abstention {f['ok']}/{f['n']} = {f['rate']}; outcomes {s['outcomes']}")
        print("  by language: " + ", ".join(f"{l} {v['ok']}/{v['n']}" for l, v in s["by_language"].items()))
    for key, rows in sorted(summary["failures"].items()):
        print(f"-- {key}")
        for row in rows:
            print("   " + row)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--all-targets", action="store_true", help="swap every question to every target")
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args(argv)
    items = build(eligible_cases(), all_targets=args.all_targets)
    summary = summarize(run(items), examples=args.examples)
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
