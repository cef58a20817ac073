"""How much of a rule's own description a question uses: label (and English conditions) words, stemmed.

Hand-written keywords only disambiguate rules sharing a topic; users word questions their own way, and the
words they use are mostly those of the rule's label in their language ("fristen for at klage over fogeden",
"maksimal bøde for udeblivelse"). Every rule's labels (da/nb/sv/en) and conditions are reduced to stems
(folded, stop-words and question words removed, cut to a prefix) and each stem weighted by how rare it is
among the country's rules (a word every rule of a country has — "frist", "fogedens" — says nothing about
WHICH rule). A question's label score for a rule is the weight of the rule's stems it uses, taking the best
of the four languages (a question detected as Danish may be Norwegian).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant.query._text import nfc_casefold as _fold
from assistant.rules.keywords import cross_fold
from assistant.rules.schema import Rule, load_rules

STEM = 5  # prefix length: "udeblivelse"/"udebliver", "forældelsesfrist"/"forældelsesfristen" share it
MIN_WORD = 4

# Function words and question words of the four languages, and words that name enforcement or a number in
# general (every rule is about enforcement and states a number): they never tell rules apart.
STOP_WORDS = frozenset("""
og eller for til fra med ved ved af på om i at der som den det de en et er har kan skal vil ikke når hvis
hvad hvor hvordan hvilken hvilket hvilke lang længe meget stor store mange tid efter før under over mod
og eller for til fra med ved av på om i at der som den det de en ett er har kan skal vil ikke når hvis hva
hvor hvordan hvilken hvilket hvilke lang lenge mye stor store mange tid etter før under over mot seg sin
och eller för till från med vid av på om i att som den det de en ett är har kan ska skall vill inte när
vad hur vilken vilket vilka lång länge mycket stor stora många tid efter före under över mot sig sin
and or for to from with at of on in that which the a an is are has have can shall will not when if what
how which long much many large time after before under over against its their this these those
frist fristen frister fristerna time limit period perioden periode deadline maksimal maksimale maximal
maximum minimum mindste minste minsta højst høyst högst mindst minst least most
beløb beløbet beløp beløpet belopp beloppet amount sats rate andel andelen share
sag sak ärende case jeg jag my mig meg mine
must should would could been being does done by also only then than such same other
måste skulle kunne kunna måtte burde bør bör blive bliver blir blev ble blev været vært varit
dag dage dagen dager dagar dato datoen datum datumet date dates day days uge uger uke uker vecka veckor week weeks
måned måneder månad månader month months year years time hours timer timmar
""".split())
# Words naming enforcement, its parties and its officers (da/nb/sv/en): nearly every question uses them, so
# they never tell which number is asked for. Label scoring drops their stems; the router's keyword fallback
# (selection.keyword_rule) ignores a keyword that is one of them.
GENERIC_WORDS = frozenset({
    "udlæg", "utlegg", "utmätning", "attach", "attachment", "seizure", "seize",
    "foged", "fogeden", "bailiff", "namsmann", "kronofogden",
    "fuldbyrdelse", "tvangsfuldbyrdelse", "fullbyrdelse", "verkställighet", "enforcement", "execution",
    "kreditor", "creditor", "borgenär", "skyldner", "debtor", "gäldenär",
})
GENERIC_STEMS = frozenset(w[:STEM] for w in GENERIC_WORDS)


def stems(text: str) -> set[str]:
    """Stems in the Swedish spelling of æ/ø (``cross_fold``): a Danish label's "begæring" is the stem of a
    Swedish question's "begära"."""
    words = re.findall(r"\w+", _fold(text))
    return {cross_fold(w[:STEM]) for w in words
            if len(w) >= MIN_WORD and w not in STOP_WORDS and not w.isdigit() and w[:STEM] not in GENERIC_STEMS}


def _rule_texts(rule: Rule) -> dict[str, str]:
    labels = rule.labels.model_dump()
    # the conditions are written in English: they describe the case in the words an English question uses
    labels["en"] = labels["en"] + " " + (rule.conditions or "")
    return labels


@lru_cache(maxsize=None)
def _index() -> dict[str, dict[str, dict[str, float]]]:
    """rule id → language → stem → weight (log-IDF over the country's rules in that language)."""
    rules = list(load_rules().values())
    by_country: dict[str, list[Rule]] = {}
    for r in rules:
        by_country.setdefault(r.country, []).append(r)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for country_rules in by_country.values():
        n = len(country_rules)
        per_rule = {r.id: {lang: stems(t) for lang, t in _rule_texts(r).items()} for r in country_rules}
        for lang in ("da", "nb", "sv", "en"):
            df: dict[str, int] = {}
            for s in per_rule.values():
                for stem in s[lang]:
                    df[stem] = df.get(stem, 0) + 1
            for rid, s in per_rule.items():
                out.setdefault(rid, {})[lang] = {st: math.log((n + 1) / df[st]) for st in s[lang]}
    return out


def label_score(rule: Rule, question: str, question_stems: set[str] | None = None) -> float:
    """Weight of the rule's label/condition stems the question uses, best language."""
    qs = stems(question) if question_stems is None else question_stems
    weights = _index().get(rule.id, {})
    return max((sum(w for st, w in ws.items() if st in qs) for ws in weights.values()), default=0.0)
