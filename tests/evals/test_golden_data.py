"""The golden data in evals/golden/: schema, counts, proportions, and every quote checked against the corpus.

Quotes are looked up in the sections produced by ``ingest.parser.parse_corpus`` (section text = body
lines with portal noise removed; sub-headings inside their parent's text). A quote must sit inside one
line of the cited country's cited section and must not be (part of) the section's heading.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from functools import lru_cache

import pytest

from evals.golden_schema import (
    COVERED,
    ORIGINAL_QA_CASES,
    ORIGINAL_RETRIEVAL_ROWS,
    QA_PATH,
    RETRIEVAL_PATH,
    QACase,
    RetrievalCase,
    load_qa,
    load_retrieval,
)

pytestmark = pytest.mark.unit

LANGS = ("da", "nb", "sv", "en")
RETRIEVAL_SHARE = {"da": 0.60, "nb": 0.15, "sv": 0.10, "en": 0.15}
KIND_MIN = {"factual": 50, "numeric": 25, "calculation": 15, "multi_turn": 25, "comparison": 15,
            "paraphrase": 25, "abstention": 35}
# One disclosed change since the split was frozen (2026-11-23): q-180's must_include "innfri" → "reinfri",
# the corpus's own word; "innfri" occurs nowhere in the corpus (see test_must_include_terms_occur_in_the_corpus).
FROZEN_QA_TEST_SHA256 = "fc1fbfc5aa2d1ce5577dee630c7327fa4585b034776c605849931f4a3b71c36a"
FROZEN_RETRIEVAL_TEST_SHA256 = "61bff78e83ed853a60b997764069fcc778c881374561304cd19465efaab185df"
# q-500 … q-559: written blind on 2026-11-23, scored once at the end of session 4 (H1, dev since session 6)
FROZEN_QA_HOLDOUT_SHA256 = "ffd0ef8e4a85166fcac78019008182277456b1bb7ebabe2abf34ac694c5637ff"
# q-610 … q-669: a second holdout set, written blind on 2026-11-23 in session 5 (H2, dev since session 6)
FROZEN_QA_HOLDOUT2_SHA256 = "c69e27ea64da7b48a053465392a6d62ae171cea48834f8bce299d575cf264e88"
# q-720 … q-779: a third holdout set, written blind on 2026-11-23 in session 6
FROZEN_QA_HOLDOUT3_SHA256 = "6fb678922630b6390b936f804a34bc77a9d30312dc52d2515ebea124972a221c"
# q-830 … q-889: a fourth holdout set (H4), written blind on 2026-11-23 in session 7 (dev since session 8)
FROZEN_QA_HOLDOUT4_SHA256 = "e1d180c7bc632ac14888da7dea0843fe47bb1038c1fc400b95815001ce7dc628"
# q-940 … q-999: a fifth holdout set (H5), written blind on 2026-11-23 in session 8 (dev since session 9)
FROZEN_QA_HOLDOUT5_SHA256 = "a3343cebeabcd21680b8cbe48a2eeeae743b39a1449d31428a079311309f282d"
# q-1050 … q-1109: a sixth holdout set (H6), written blind on 2026-11-23 in session 9 (dev since session 10)
FROZEN_QA_HOLDOUT6_SHA256 = "985ee0b0d63f8dc3787a9dca3ad4d10c881fd0840ee3e3ff91093f83d1c6b68a"
# q-1270 … q-1329: a seventh holdout set (H7), written blind on 2026-11-24 in session 10 (dev since session 11)
FROZEN_QA_HOLDOUT7_SHA256 = "ca51e1bb0a794af336447dac847f5ac3f676916b8d9809e14c748f011d100640"
# q-1450 … q-1509: an eighth holdout set (H8), written blind on 2026-11-24 in session 11
FROZEN_QA_HOLDOUT8_SHA256 = "3ac1f3fa70574546bd09b183946a1336bcb11feea0df07cca7e1b174e9287a8a"
FROZEN_QA_HOLDOUT9_SHA256 = "3337d3bf6f8d900fa86c78c1b1dac8f05ef8a5468c5eaa7a464b24c5ca02ba14"
FROZEN_QA_HOLDOUT10_SHA256 = "63923523423c06f01e84db121426890e2c73a4f232e521c20bad43c76113e035"
FROZEN_QA_HOLDOUT11_SHA256 = "20534f8bcdd54aa61593dcf3e7d5e9c73b1daf1489aebfdb41297b0975d0f4b5"
FROZEN_QA_HOLDOUT12_SHA256 = "1b33c379722afa2f4707bde06705ab84353bd0f9e5131793697ddfbbf8605c7d"
# q-2149 … q-2208: the thirteenth holdout set (H13), written blind on 2026-11-24 in session 17
FROZEN_QA_HOLDOUT13_SHA256 = "c00e0ee63fa4999a5977b7b7e75df0246485880cc77bc6f836847a9b2876564f"
# q-2269 … q-2328: the fourteenth holdout set (H14), written blind on 2026-11-24 in session 18 (dev since session 19)
FROZEN_QA_HOLDOUT14_SHA256 = "22e175e193f140d45d5d3d45931c75b79cf535993f0f02704552f35a944b892d"
# q-2389 … q-2448: the fifteenth holdout set (H15), written blind on 2026-11-24 in session 19 (dev since session 20)
FROZEN_QA_HOLDOUT15_SHA256 = "9100b27a4788ce4524d5d6303e07bcc63bcd5755b0b4c70a5f3cb790f1bbfefe"
# q-2509 … q-2568: the sixteenth holdout set (H16), written blind on 2026-11-24 in session 20 (dev since session 21)
FROZEN_QA_HOLDOUT16_SHA256 = "98b1cf613150f081f37ef8b7b2f738c909abce9256a0e62cd4b74c1fa42009c1"
# q-2629 … q-2688: the seventeenth holdout set (H17), written blind on 2026-11-25 in session 21
FROZEN_QA_HOLDOUT17_SHA256 = "48f8ce78d1163fb945ea9174958b503e0029088bb9bcfbaa05b20ab6c085c032"
# r-001 … r-185, dev and test, byte for byte, as committed before dev rows were added (a48a089)
FROZEN_RETRIEVAL_ORIGINAL_SHA256 = "0f45c33b2f1146bfbe62f2bae0596940fe76301ea45ef8f07f8a5eb997f52762"
E_JUSTICE_MAIN = ("1", "2", "3.1", "3.2", "4.1", "4.2", "4.3", "5", "6")


@pytest.fixture(scope="module")
def retrieval() -> list[RetrievalCase]:
    return load_retrieval()


@pytest.fixture(scope="module")
def qa() -> list[QACase]:
    return load_qa()


@lru_cache(maxsize=1)
def _sections() -> dict[tuple[str, str], object]:
    from ingest.parser import parse_corpus

    return {(s.country, s.number): s for s in parse_corpus()}


def _quote_problem(country: str, section: str, quote: str) -> str | None:
    sec = _sections().get((country, section))
    if sec is None:
        return f"{country}:{section} is not a parsed section"
    if quote not in sec.text:
        where = [k for k, s in _sections().items() if quote in s.text]
        return f"not found verbatim in {country}:{section}" + (f" (found in {where})" if where else "")
    if not any(quote in line for line in sec.text.split("\n")):
        return f"spans several lines of {country}:{section}"
    heading = f"{sec.number} {sec.title}"
    if quote in heading or quote in sec.title:
        return f"is the heading of {country}:{section}"
    return None


# ------------------------------------------------------------------------------------------ schema & ids

def test_files_are_valid_jsonl_with_unique_ids() -> None:
    for path in (RETRIEVAL_PATH, QA_PATH):
        ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        dupes = [i for i, n in Counter(ids).items() if n > 1]
        assert not dupes, f"{path.name}: duplicate ids {dupes}"


def test_schema_loads(retrieval: list[RetrievalCase], qa: list[QACase]) -> None:
    assert retrieval and qa


def test_ids_are_sequential(retrieval: list[RetrievalCase], qa: list[QACase]) -> None:
    assert [r.id for r in retrieval] == [f"r-{n:03d}" for n in range(1, len(retrieval) + 1)]
    assert [c.id for c in qa] == [f"q-{n:03d}" for n in range(1, len(qa) + 1)]


def test_questions_are_unique(retrieval: list[RetrievalCase], qa: list[QACase]) -> None:
    rq = Counter(r.question.casefold() for r in retrieval)
    assert not [q for q, n in rq.items() if n > 1]
    first = Counter(c.turns[0].question.casefold() for c in qa)
    assert not [q for q, n in first.items() if n > 1]


# ------------------------------------------------------------------------------------ retrieval counts

def test_retrieval_size_and_languages(retrieval: list[RetrievalCase]) -> None:
    assert len(retrieval) >= 170
    share = Counter(r.language for r in retrieval)
    for lang, target in RETRIEVAL_SHARE.items():
        got = share[lang] / len(retrieval)
        assert abs(got - target) <= 0.05, f"{lang}: {got:.1%} (target about {target:.0%})"


def test_retrieval_covers_every_country(retrieval: list[RetrievalCase]) -> None:
    per_country = Counter(r.country for r in retrieval)
    thin = {c: per_country[c] for c in COVERED if per_country[c] < 5}
    assert not thin, f"countries with fewer than 5 questions: {thin}"


def test_retrieval_covers_every_section(retrieval: list[RetrievalCase]) -> None:
    per_section = Counter(s for r in retrieval if r.country != "NO" for s in r.sections)
    for s in E_JUSTICE_MAIN:
        assert per_section[s] >= 8, f"section {s}: only {per_section[s]} questions"
    assert sum(r.country == "NO" for r in retrieval) >= 5


def test_retrieval_styles_and_section_counts(retrieval: list[RetrievalCase]) -> None:
    styles = Counter(r.style for r in retrieval)
    assert styles["lay"] >= 0.2 * len(retrieval) and styles["legal"] >= 0.2 * len(retrieval)
    single = sum(len(r.sections) == 1 for r in retrieval)
    assert single >= 0.8 * len(retrieval), "most questions should have exactly one acceptable section"


def test_retrieval_split_is_balanced_per_language(retrieval: list[RetrievalCase]) -> None:
    # the alternation applies to the original rows; later ones are pinned to dev (see build.py)
    for lang in LANGS:
        c = Counter(r.split for r in retrieval if r.language == lang and int(r.id[2:]) <= ORIGINAL_RETRIEVAL_ROWS)
        assert abs(c["dev"] - c["test"]) <= 1, f"{lang}: {dict(c)}"


def test_retrieval_rows_after_the_original_set_are_all_dev(retrieval: list[RetrievalCase]) -> None:
    late = [r.id for r in retrieval if int(r.id[2:]) > ORIGINAL_RETRIEVAL_ROWS and r.split != "dev"]
    assert not late, f"rows added after r-{ORIGINAL_RETRIEVAL_ROWS:03d} must be pinned to dev: {late}"


def test_original_retrieval_rows_are_frozen() -> None:
    """r-001 … r-185 (both splits) are unchanged byte for byte: ids, labels and splits stay put."""
    lines = RETRIEVAL_PATH.read_bytes().splitlines(keepends=True)[:ORIGINAL_RETRIEVAL_ROWS]
    assert hashlib.sha256(b"".join(lines)).hexdigest() == FROZEN_RETRIEVAL_ORIGINAL_SHA256


def test_retrieval_questions_name_their_country(retrieval: list[RetrievalCase]) -> None:
    from assistant.countries import registry

    reg = registry()
    patterns = {
        code: re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for name in c.names.values() for n in name.split(" / ")),
                         re.IGNORECASE)
        for code, c in reg.items() if code != "EU"
    }
    bad = []
    for r in retrieval:
        named = {code for code, p in patterns.items() if p.search(r.question)}
        if named != {r.country}:
            bad.append((r.id, r.country, sorted(named)))
    assert not bad, f"questions must name exactly their one country: {bad}"


# ------------------------------------------------------------------------------------------ qa counts

def test_qa_size_kinds_and_languages(qa: list[QACase]) -> None:
    assert len(qa) >= 210
    kinds = Counter(c.kind for c in qa)
    short = {k: (kinds[k], n) for k, n in KIND_MIN.items() if kinds[k] < n}
    assert not short, f"kinds below their minimum (have, need): {short}"
    langs = Counter(c.language for c in qa)
    assert 0.55 <= langs["da"] / len(qa) <= 0.66, f"Danish share {langs['da'] / len(qa):.1%}"
    for lang in ("nb", "sv", "en"):
        assert langs[lang] >= 15, f"too few {lang} cases"


def test_qa_split_is_balanced_per_kind(qa: list[QACase]) -> None:
    # the alternation applies to the original cases; later ones are pinned to dev (see build.py)
    for kind in KIND_MIN:
        c = Counter(x.split for x in qa if x.kind == kind and int(x.id[2:]) <= ORIGINAL_QA_CASES)
        assert abs(c["dev"] - c["test"]) <= 1, f"{kind}: {dict(c)}"


def test_cases_after_the_original_set_are_dev_or_holdout(qa: list[QACase]) -> None:
    late = [c.id for c in qa if int(c.id[2:]) > ORIGINAL_QA_CASES and c.split not in ("dev", "holdout")]
    assert not late, f"cases added after q-{ORIGINAL_QA_CASES:03d} must be pinned to dev or holdout: {late}"
    early = [c.id for c in qa if int(c.id[2:]) <= ORIGINAL_QA_CASES and c.split == "holdout"]
    assert not early, f"holdout cases are new cases, not moved ones: {early}"


def _test_rows_sha256(path, split: str = "test", ids: range | None = None, was: str | None = None) -> tuple[int, str]:
    """Count and SHA-256 of the rows of one split, byte for byte; ``ids`` (numbers, e.g. range(500, 560))
    limits it to one batch, so each holdout set is frozen on its own and a later one never moves the hash.
    ``was``: the rows' split when they were frozen (a batch moved from holdout to dev is hashed with its
    old split written back, so the move is the only change allowed)."""
    rows = [line for line in path.read_bytes().splitlines(keepends=True)
            if (row := json.loads(line))["split"] == split and (ids is None or int(row["id"][2:]) in ids)]
    if was is not None:
        old, new = f'"split": "{split}"'.encode(), f'"split": "{was}"'.encode()
        rows = [line.replace(old, new, 1) for line in rows]
    return len(rows), hashlib.sha256(b"".join(rows)).hexdigest()


def test_test_split_is_frozen() -> None:
    """The held-back TEST rows (ids and content, byte for byte) as they were before dev cases were added.
    Hashes taken from the committed files before the change; if this fails, a test case moved or changed."""
    assert _test_rows_sha256(QA_PATH) == (119, FROZEN_QA_TEST_SHA256)
    assert _test_rows_sha256(RETRIEVAL_PATH) == (92, FROZEN_RETRIEVAL_TEST_SHA256)


def test_earlier_holdout_sets_moved_to_dev_unchanged() -> None:
    """H1 (q-500 … q-559, scored at the end of session 4), H2 (q-610 … q-669, session 5), H3 (q-720 …
    q-779, session 6), H4 (q-830 … q-889, session 7), H5 (q-940 … q-999, session 8), H6 (q-1050 … q-1109,
    session 9), H7 (q-1270 … q-1329, session 10), H8 (q-1450 … q-1509, session 11), H9 (q-1669 … q-1728,
    session 12), H10 (q-1789 … q-1848, session 13), H11 (q-1909 … q-1968, session 14), H12 (q-2029 … q-2088,
    session 16), H13 (q-2149 … q-2208, session 17), H14 (q-2269 … q-2328, session 18), H15 (q-2389 … q-2448,
    session 19) and H16 (q-2509 … q-2568, session 20) were read after they were scored, so they became dev cases
    (H1 and H2 in session 6, H3 in session 7, H4 in session 8, H5 in session 9, H6 in session 10, H7 in session 11,
    H8 in session 12, H9 in session 13, H10 in session 14, H11 in session 15, H12 in session 17, H13 in session 18,
    H14 in session 19, H15 in session 20, H16 in session 21; tuning on them is open, not hidden).
    Only their split changed: with "holdout" written back, each still hashes to the value it was frozen with."""
    assert _test_rows_sha256(QA_PATH, "dev", range(500, 560), was="holdout") == (60, FROZEN_QA_HOLDOUT_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(610, 670), was="holdout") == (60, FROZEN_QA_HOLDOUT2_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(720, 780), was="holdout") == (60, FROZEN_QA_HOLDOUT3_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(830, 890), was="holdout") == (60, FROZEN_QA_HOLDOUT4_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(940, 1000), was="holdout") == (60, FROZEN_QA_HOLDOUT5_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(1050, 1110), was="holdout") == (60, FROZEN_QA_HOLDOUT6_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(1270, 1330), was="holdout") == (60, FROZEN_QA_HOLDOUT7_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(1450, 1510), was="holdout") == (60, FROZEN_QA_HOLDOUT8_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(1669, 1729), was="holdout") == (60, FROZEN_QA_HOLDOUT9_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(1789, 1849), was="holdout") == (60, FROZEN_QA_HOLDOUT10_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(1909, 1969), was="holdout") == (60, FROZEN_QA_HOLDOUT11_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(2029, 2089), was="holdout") == (60, FROZEN_QA_HOLDOUT12_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(2149, 2209), was="holdout") == (60, FROZEN_QA_HOLDOUT13_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(2269, 2329), was="holdout") == (60, FROZEN_QA_HOLDOUT14_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(2389, 2449), was="holdout") == (60, FROZEN_QA_HOLDOUT15_SHA256)
    assert _test_rows_sha256(QA_PATH, "dev", range(2509, 2569), was="holdout") == (60, FROZEN_QA_HOLDOUT16_SHA256)


def test_seventeenth_holdout_set_is_frozen() -> None:
    """The HOLDOUT rows q-2629 … q-2688 (ids and content, byte for byte): a seventeenth holdout set (H17), written
    blind on 2026-11-25 in session 21 by a writer who read only the corpus. If this fails, a case of it moved or changed."""
    assert _test_rows_sha256(QA_PATH, "holdout", range(2629, 2689)) == (60, FROZEN_QA_HOLDOUT17_SHA256)


def test_holdout_rows_all_belong_to_a_frozen_set() -> None:
    """Every holdout row sits in the frozen range of H17, so no unfrozen holdout case can slip in."""
    stray = [c["id"] for c in map(json.loads, QA_PATH.read_bytes().splitlines())
             if c["split"] == "holdout" and not 2629 <= int(c["id"][2:]) < 2689]
    assert not stray, stray


def test_qa_covers_every_country_twice(qa: list[QACase]) -> None:
    per_country = Counter(c for case in qa for t in case.turns for c in t.countries)
    thin = {c: per_country[c] for c in COVERED if per_country[c] < 2}
    assert not thin, f"covered countries expected fewer than twice: {thin}"


def test_multi_turn_patterns(qa: list[QACase]) -> None:
    multi = [c for c in qa if c.kind == "multi_turn"]
    clarify_first = [c for c in multi if c.turns[0].clarify and not c.turns[1].clarify and c.turns[1].countries]
    switches = [c for c in multi if c.turns[0].countries and c.turns[1].countries
                and c.turns[0].countries != c.turns[1].countries]
    dated = [c for c in multi if sum(any(n.unit == "date" for n in t.numbers) for t in c.turns) >= 2]
    assert len(clarify_first) >= 3 and len(switches) >= 5 and len(dated) >= 2


def test_abstention_variety(qa: list[QACase]) -> None:
    abst = [c for c in qa if c.kind == "abstention"]
    mentioned = Counter(x for c in abst for t in c.turns for x in t.mentioned_countries)
    for code in ("DK", "PT", "LT"):
        assert mentioned[code] >= 1, f"no abstention about {code}"
    injections = [c for c in abst if re.search(r"ignor|glem|system:", c.turns[0].question, re.IGNORECASE)]
    assert {c.language for c in injections} == set(LANGS), "injection attempts in all four languages"


def test_calculations_show_their_arithmetic(qa: list[QACase]) -> None:
    for c in qa:
        if c.kind == "calculation":
            assert "→" in c.notes or "=" in c.notes, c.id


# ------------------------------------------------------------------------------------ quotes vs corpus

def test_retrieval_quotes_are_verbatim_in_their_section(retrieval: list[RetrievalCase]) -> None:
    problems = []
    for r in retrieval:
        for e in r.evidence:
            if (p := _quote_problem(r.country, e.section, e.quote)) is not None:
                problems.append(f"{r.id} {r.country}:{e.section} {e.quote[:60]!r}: {p}")
    assert not problems, "\n".join(problems)


def test_qa_quotes_are_verbatim_in_their_section(qa: list[QACase]) -> None:
    problems = []
    for c in qa:
        for t in c.turns:
            for e in t.evidence:
                if (p := _quote_problem(e.country, e.section, e.quote)) is not None:
                    problems.append(f"{c.id} {e.country}:{e.section} {e.quote[:60]!r}: {p}")
    assert not problems, "\n".join(problems)


def test_acceptable_sections_exist_in_the_corpus(retrieval: list[RetrievalCase], qa: list[QACase]) -> None:
    keys = set(_sections())
    missing = [(r.id, r.country, s) for r in retrieval for s in r.sections if (r.country, s) not in keys]
    missing += [(c.id, cc, s) for c in qa for t in c.turns for cc, s in t.section_pairs() if (cc, s) not in keys]
    assert not missing, missing


def test_expected_sections_are_not_empty(retrieval: list[RetrievalCase], qa: list[QACase]) -> None:
    secs = _sections()
    empty = [(r.id, r.country, s) for r in retrieval for s in r.sections if not secs[(r.country, s)].text.strip()]
    empty += [(c.id, cc, s) for c in qa for t in c.turns for cc, s in t.section_pairs() if not secs[(cc, s)].text.strip()]
    assert not empty, empty


def test_must_include_terms_occur_in_the_corpus(qa: list[QACase]) -> None:
    """A must_include term is a corpus term (whitespace- and case-insensitive, as the metric compares): a
    term the corpus never contains can never be met, whatever the answer."""
    import re

    from ingest.parser import parse_corpus

    norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " ")).casefold()  # noqa: E731
    corpus = norm(" ".join(s.text for s in parse_corpus()))
    missing = [(c.id, i, t) for c in qa for i, turn in enumerate(c.turns) for t in turn.must_include
               if norm(t) not in corpus]
    assert not missing, missing
