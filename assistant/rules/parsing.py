"""Argument parsing for the router: dates and amounts as people write them in da/nb/sv/en.

Dates: "1. marts 2024", "1 mars 2024", "3:e mars 2024", "2024-03-01", "March 1, 2024", "1st of March 2024",
"1/3/2024" and "01.03.2024" (day first, as in all four languages). An impossible date ("30. februar
2023") is reported, never clamped. Amounts: "1.800 EUR", "1 800 €", "EUR 1,800.50", "1800 kr",
"1.234,56 kr". Money becomes Decimal; nothing is converted between currencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction

# Month names (da/nb/sv/en) and the usual abbreviations; the audit reads the names in the corpus too.
MONTH_NAMES = {
    "januar": 1, "januari": 1, "january": 1, "februar": 2, "februari": 2, "february": 2,
    "marts": 3, "mars": 3, "march": 3, "april": 4, "maj": 5, "mai": 5, "may": 5, "juni": 6, "june": 6,
    "juli": 7, "july": 7, "august": 8, "augusti": 8, "september": 9, "oktober": 10, "october": 10,
    "november": 11, "december": 12, "desember": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "dec": 12, "des": 12,
}
MONTHS = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?P<y>\d{4})"

_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./]" + _YEAR + r"\b"),
    # "1. marts 2024", "1 mars 2024", "1st of March 2024", "den 1. mars 2024", Swedish "3:e mars 2024"
    re.compile(r"\b(?P<d>\d{1,2})(?:\.|st|nd|rd|th|:e|:a)?\s*(?:of\s+)?(?P<mn>" + _MONTH_RE + r")\.?,?\s+" + _YEAR + r"\b",
               re.IGNORECASE),
    # "March 1, 2024", "March 1st 2024"
    re.compile(r"\b(?P<mn>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b", re.IGNORECASE),
]


@dataclass(frozen=True)
class ParsedDate:
    value: date | None
    text: str
    error: str | None = None


def parse_dates(text: str) -> list[ParsedDate]:
    """All dates in order of appearance; overlapping matches keep the first pattern's."""
    found: list[tuple[int, int, ParsedDate]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            day, year = int(m.group("d")), int(m.group("y"))
            month = MONTHS[m.group("mn").lower()] if "mn" in m.groupdict() and m.group("mn") else int(m.group("m"))
            try:
                parsed = ParsedDate(date(year, month, day), m.group(0))
            except ValueError:
                parsed = ParsedDate(None, m.group(0), f"not a valid calendar date: {m.group(0)!r}")
            found.append((m.start(), m.end(), parsed))
    return [p for _, _, p in sorted(found, key=lambda t: t[0])]


CURRENCIES = {
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
    "kr": "kr", "kr.": "kr", "kroner": "kr", "kronor": "kr", "dkk": "DKK", "nok": "NOK", "sek": "SEK",
    "ron": "RON", "lei": "RON", "huf": "HUF", "ft": "HUF", "pln": "PLN", "zł": "PLN", "zl": "PLN",
    "czk": "CZK", "kč": "CZK", "bgn": "BGN", "лв": "BGN", "hrk": "HRK", "kn": "HRK",
}
_CUR_RE = r"(?:€|zł|kč|лв|kr\.?|" + "|".join(c for c in CURRENCIES if c.isalpha() and c not in ("kr",)) + r")"
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT_AFTER = re.compile(r"(?<![\w.,])(?P<n>" + _NUM + r")\s?(?P<c>" + _CUR_RE + r")(?![\w])", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"(?<![\w])(?P<c>" + _CUR_RE + r")\s?(?P<n>" + _NUM + r")(?![\d])", re.IGNORECASE)
# A bare number only counts as money right after an amount word ("beløbet er 2000", "amount of 2,000").
_AMOUNT_WORDS = (r"beløb(?:et)?|belopp(?:et)?|beløp(?:et)?|amount|sum|summen|kravet|claim|gæld(?:en)?|gjeld(?:en)?"
                 r"|skuld(?:en)?|debt|løn(?:nen)?|lønn(?:a|en)?|lön(?:en)?|salary|pay|nettoløn(?:nen)?|nettolønn(?:a|en)?|nettolön(?:en)?")
_AMOUNT_BARE = re.compile(r"\b(?:" + _AMOUNT_WORDS + r")\s+(?:er|är|is|of|på|paa|=|:)?\s*(?P<n>" + _NUM + r")(?![\d.,]?\d)(?!\s*(?:%|procent|prosent|percent|år|dage|days|dagar|dager))",
                          re.IGNORECASE)


@dataclass(frozen=True)
class ParsedAmount:
    value: Decimal
    currency: str | None
    start: int
    end: int


def parse_number(raw: str) -> Decimal:
    """'1.800' → 1800, '1 800' → 1800, '1,800.50' → 1800.50, '1.234,56' → 1234.56, '2,5' → 2.5."""
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    if "." in s and "," in s:
        decimal_sep = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal_sep == "." else "."
        s = s.replace(thousands, "").replace(decimal_sep, ".")
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        groups = s.split(sep)
        if len(groups) > 2 or (len(groups) == 2 and len(groups[1]) == 3):
            s = "".join(groups)  # thousands separators: "1.800", "1,800", "1.000.000"
        else:
            s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ValueError(f"not a number: {raw!r}") from None


def parse_amounts(text: str) -> list[ParsedAmount]:
    found: list[ParsedAmount] = []
    for pattern in (_AMOUNT_AFTER, _AMOUNT_BEFORE, _AMOUNT_BARE):
        for m in pattern.finditer(text):
            if any(a.start < m.end() and m.start() < a.end for a in found):
                continue
            cur = m.groupdict().get("c")
            currency = CURRENCIES.get(cur.lower().rstrip(".") if cur else "", None) if cur else None
            if cur and cur.lower().startswith("kr"):
                currency = "kr"
            found.append(ParsedAmount(parse_number(m.group("n")), currency, m.start(), m.end()))
    return sorted(found, key=lambda a: a.start)


# Number words: Danish/Norwegian in full (the corpus states "tre uger", "halvandet år"; the audit reads them),
# Swedish and English up to six (counts in questions: "två barn", "two accounts").
NUMBER_WORDS: dict[str, int | Fraction] = {
    "en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "sju": 7,
    "otte": 8, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30,
    "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90,
    "hundrede": 100, "tusind": 1000, "halvandet": Fraction(3, 2), "halvanden": Fraction(3, 2),
    "ett": 1, "två": 2, "fyra": 4, "sex": 6, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}
# A count in a question ("2 børn", "tre konti", "två barn") is a small whole number (one to six, as before).
_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and n <= 6}
_DEPENDANTS = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:børn|barn|children|child|kids|"
                         r"forsørgede|dependants|dependents|personer jeg forsørger)\b", re.IGNORECASE)


def parse_dependants(text: str) -> int | None:
    m = _DEPENDANTS.search(text)
    if not m:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS[n]


# A spouse or partner the asker names as their own ("min kone", "mannen min", "min sambo", "my wife"): a member of
# the debtor's family, whom a text counting each family member ("hvert medlem af dennes familie") counts beside
# the children. Only with a possessive: "mand"/"man" alone is also "a man"/"one".
_SPOUSE = re.compile(r"(?<!\w)(?:(?:min|mi|my) (?:kone|hustru|mand|ægtefælle|samlever|kæreste|mann|ektefelle|"
                     r"samboer|kjæreste|fru|man|make|maka|sambo|wife|husband|spouse|partner)|"
                     r"(?:kona|konen|mannen|ektefellen|samboeren) (?:min|mi))(?!\w)", re.IGNORECASE)


def parse_spouse(text: str) -> bool:
    """The asker names their own spouse or partner."""
    return _SPOUSE.search(text) is not None


# Things a text states an amount "per" (per bank account …): the rule's params.item names one of these.
ITEMS = {"account": r"(?:bank)?(?:konti|kontoer|konton|kontiene|accounts?)",
         # instalments paid: "12 månedlige rater", "sju delbetalningar", "five instalments"
         "instalment": r"(?:rater|raterne|ratene|raterna|afdrag|avdrag|delbetalning\w*|avbetalning\w*|"
                       r"instal(?:l)?ments?)",
         # enforcement titles, counted by what they are: "två olika domar", "to domme", "three judgments"
         # (a fee charged per title to be enforced: Sweden's basic fee)
         "title": r"(?:\w*fuldbyrdelsesgrundlag|\w*fullbyrdelsesgrunnlag|tvangsgrunnlag|eksekutionsgrundlag|"
                  r"exekutionstitlar|exekutionstitlarna|enforcement titles?|titles?|"
                  r"domme|dommene|dommer|domar|domarna|judg(?:e)?ments?|"
                  r"afgørelser|afgørelserne|avgjørelser|avgjørelsene|avgöranden|avgörandena|decisions?)",
         # witnesses the bailiff brings along, paid per witness (Greece): "to vidner", "två vittnen", "two witnesses"
         "witness": r"(?:vidner|vidnerne|vitner|vitnene|vittnen|vittnena|witnesses)"}
# counts of items go higher than counts of dependants: up to twelve in words ("tolv rater")
_ITEM_WORDS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and n <= 12}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(_ITEM_WORDS, key=len, reverse=True)) + r")"


def parse_item_counts(text: str) -> dict[str, int]:
    """{"account": 2} for "two bank accounts" / "to konti" / "tre olika bankkonton" (one word between)."""
    out: dict[str, int] = {}
    for item, noun in ITEMS.items():
        m = re.search(r"\b" + _COUNT + r"\s+(?:[^\W\d]+\s+)?(?:" + noun + r")\b", text, re.IGNORECASE)
        if m:
            n = m.group("n").lower()
            out[item] = int(n) if n.isdigit() else _ITEM_WORDS[n]
    return out


# The last of the counted payments is the one settling what is left of the debt ("fire rater, hvor den fjerde rate
# er restgælden", "the fourth one paying off the balance"): a text charging per instalment "dog ikke ved betaling af
# restgælden" (params.except_item = "balance") does not charge that one. Only when an ordinal (or "the last") names
# one of the counted payments as the balance: "four instalments and then the remaining balance" is a payment beside
# them, and all four are charged. The word family for what remains of a debt in all four languages.
_BALANCE_WORD = (r"(?:rest(?:gæld|gælden|beløb|beløbet|gjeld|gjelden|gjelda|beløp|beløpet|skuld|skulden|belopp|"
                 r"beloppet)|balance|remainder)")
_ORDINAL = (r"(?:tredje|fjerde|fjärde|femte|sjette|sjätte|syvende|sjuende|sjunde|ottende|åttende|åttonde|niende|"
            r"nionde|tiende|tionde|tolvte|tolfte|sidste|siste|sista|third|fourth|fifth|sixth|seventh|eighth|ninth|"
            r"tenth|twelfth|last)")
_BALANCE = re.compile(r"(?<!\w)" + _ORDINAL + r"(?!\w)[^.?!;]{0,40}?(?<!\w)" + _BALANCE_WORD + r"(?!\w)",
                      re.IGNORECASE)


def parse_balance_item(text: str) -> bool:
    """One of the counted instalments is the payment of the balance ("den fjerde rate er restgælden")."""
    return _BALANCE.search(text) is not None


# A variant of a counted item that the text prices apart ("30 EUR til hver og 60 EUR, hvis vidnet er en foged"): how
# many of the items are that variant. Only when the question sets those items apart as *other* ones of their kind
# ("en anden foged", "en annen namsmann", "en annan kronofogde", "another bailiff") or as some "of them" ("én af
# dem er foged", "one of them is a bailiff"): a bare "en foged" is as likely the bailiff who acts.
VARIANTS = {"bailiff": r"(?:foged|fogeder|fogder|namsmann|namsmenn|kronofogde|kronofogdar|bailiffs?)"}
_OTHER = r"(?:anden|andet|andre|annen|annet|annan|annat|andra|other)"
_OF_THEM = (r"\s+(?:af|av|of)\s+(?:dem|them|whom|disse|dessa|these)\s+(?:er|var|är|is|was|are|were)\s+"
            r"(?:(?:en|et|ett|a|an)\s+)?(?:[^\W\d]+\s+)?")


def parse_variant_counts(text: str) -> dict[str, int]:
    """{"bailiff": 1} for "en almindelig voksen og en anden foged" / "another bailiff" / "one of them is a bailiff"."""
    out: dict[str, int] = {}
    for variant, noun in VARIANTS.items():
        m = re.search(r"\b" + _COUNT + r"(?:\s+" + _OTHER + r"\s+|" + _OF_THEM + r")" + noun + r"\b", text, re.IGNORECASE)
        if m:
            n = m.group("n").lower()
            out[variant] = int(n) if n.isdigit() else _ITEM_WORDS[n]
        elif re.search(r"\banother\s+" + noun + r"\b", text, re.IGNORECASE):
            out[variant] = 1
    return out


# How long an official act lasted: "fem timmar", "5 timer", "4,5 hours", "halvanden time" (not "kl. 5").
_HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("en", "et", "én", "ét", "ett", "one")}
_HOURS = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{1,2})?|" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) +
                    r")\s+(?:timer|timers|timmar|timme|time|hours?|hrs?)\b", re.IGNORECASE)


# ... and the minutes beyond the whole hours ("4 timer og 20 minutter", "fyra timmar och tjugo minuter",
# "4 hours 20 minutes", "4 h 20 min"): a fee per *started* hour counts them as a further hour begun, so they are
# part of the duration (minutes in words as a duration is said: five to fifty-five in fives, a quarter, a half)
_MINUTE_WORDS = {"fem": 5, "five": 5, "ti": 10, "tio": 10, "ten": 10, "femten": 15, "femton": 15, "fifteen": 15,
                 "tyve": 20, "tjue": 20, "tjugo": 20, "twenty": 20, "femogtyve": 25, "tjuefem": 25, "tjugofem": 25,
                 "twenty-five": 25, "tredive": 30, "tretti": 30, "trettio": 30, "thirty": 30, "femogtredive": 35,
                 "trettifem": 35, "trettiofem": 35, "thirty-five": 35, "fyrre": 40, "førti": 40, "fyrtio": 40,
                 "forty": 40, "femogfyrre": 45, "førtifem": 45, "fyrtiofem": 45, "forty-five": 45, "halvtreds": 50,
                 "femti": 50, "femtio": 50, "fifty": 50, "femoghalvtreds": 55, "femtifem": 55, "femtiofem": 55,
                 "fifty-five": 55}
_QUARTERS = {"kvarter": 15, "kvart": 15, "quarter": 15, "halv": 30, "halvt": 30, "half": 30}
_MINUTES = re.compile(
    r"\s*(?:,\s*|\s(?:og|och|and)\s+)?(?:"
    r"(?P<m>\d{1,2}|" + "|".join(sorted(_MINUTE_WORDS, key=len, reverse=True)) +
    r")\s*(?:minutter|minuttar|minuter|minutes?|mins?|min\.?)(?!\w)|"
    r"(?:et|ett|en|a|an)\s+(?P<q>kvarter|kvart|quarter|halv|halvt|half)(?:\s+(?:time|timme|hour))?(?!\w))",
    re.IGNORECASE)
# "4 h 20 min", "4h20m": the bare letter h only with minutes after it
_H_MINUTES = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})\s*h\s*(?P<m>\d{1,2})\s*(?:min\.?|mins?|m)?(?!\w)",
                        re.IGNORECASE)


# "fire og en halv time", "fyra och en halv timme", "four and a half hours": half an hour after a whole number.
# Spoken Danish/Norwegian/Swedish often drop the conjunction ("fire en halv time", "to en halv timme"), English
# hyphenates it ("four-and-a-half hours"), and the fraction sign is written too ("4½ timer", "4 ½ hours").
_AND_HALF = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) +
                       r")(?:(?:\s+(?:og|och|and)\s+|\s+|-and-)(?:en|ett|et|a)[\s-]+(?:halv|half)\s+|\s?½\s*)"
                       r"(?:timer|timmar|timme|time|hours?)\b",
                       re.IGNORECASE)


def parse_hours(text: str) -> str | None:
    """The first length of time in hours the question states, as a decimal string ("5", "4.5"); minutes after
    the hours are added as a part of an hour ("4 timer og 20 minutter" → 4 + 20/60)."""
    h = _H_MINUTES.search(text)
    m = _HOURS.search(text)
    if h and (not m or h.start() < m.start()):
        return _with_minutes(Decimal(h.group("n")), int(h.group("m")))
    half = _AND_HALF.search(text)
    if half and (not m or half.start() < m.start()):
        n = half.group("n").lower()
        whole = NUMBER_WORDS.get(n, None)
        if whole is None or isinstance(whole, int):
            return _with_minutes(Decimal(n) if whole is None else Decimal(whole), 30)
    if not m:
        return None
    n = m.group("n").lower()
    word = NUMBER_WORDS.get(n)  # an int or a Fraction ("halvanden"); both have numerator and denominator
    value = parse_number(n) if word is None else Decimal(word.numerator) / word.denominator
    after = _MINUTES.match(text, m.end())
    if after and value > 0 and value == int(value):
        minutes = (int(after.group("m")) if after.group("m") and after.group("m").isdigit()
                   else _MINUTE_WORDS[after.group("m").lower()] if after.group("m")
                   else _QUARTERS[after.group("q").lower()])
        return _with_minutes(value, minutes)
    return str(value) if value > 0 else None


def _with_minutes(hours: Decimal, minutes: int) -> str | None:
    """Hours and minutes as hours, to six decimals (below a whole hour: a started hour is never lost)."""
    if not 0 <= minutes < 60:
        return None
    value = hours + (Decimal(minutes) / 60).quantize(Decimal("0.000001"))
    return str(value.normalize()) if value > 0 else None


_MIN_WAGE = re.compile(r"mindsteløn\w*|minimumsløn\w*|minsteløn\w*|minstelønn\w*|minimilön\w*|minimum wage|smi\b",
                       re.IGNORECASE)
_AVG_WAGE = re.compile(r"(?:gennemsnit|gjennomsnitt|genomsnitt)\w*(?:\s+\w*(?:løn|lønn|lön)\w*)?|"
                       r"(?:average|avg\.?)(?:\s+(?:monthly|national))*\s+(?:wage|salary|pay)?", re.IGNORECASE)
# Reference wages are inputs, not the subject: "average wage" must not make a question about wages.
WAGE_REFERENCES = re.compile(_MIN_WAGE.pattern + "|" + _AVG_WAGE.pattern, re.IGNORECASE)
_NET_PAY = re.compile(r"nettoløn|nettolønn|nettolön|net pay|tjener|tjäna|earn|løn|lønn|lön|salary|wage", re.IGNORECASE)


# The protected (exempt) amount named as such: "fribeløb(et)", "fribeløp", "fribelopp", "skyddat belopp",
# "beskyttet beløb", "protected amount", "exempt amount", "förbehållsbelopp(et)"
_PROTECTED_AMOUNT = re.compile(r"(?<!\w)(?:fribeløb\w*|fribeløp\w*|fribelopp\w*|förbehållsbelopp\w*|"
                               r"(?:skyddat|skyddade|beskyttet|beskyttede|beskytta|protected|exempt) "
                               r"(?:belopp\w*|beløb\w*|beløp\w*|amount))(?!\w)", re.IGNORECASE)


def _sentence_of(text: str, pos: int) -> str:
    """The sentence around ``pos`` (a full stop inside a number, "1.000", does not end it)."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", text)]
    start = max([e for e in ends if e <= pos], default=0)
    end = min([e for e in ends if e > pos], default=len(text))
    return text[start:end]


def parse_arguments(question: str) -> dict:
    """start_date (ISO), amount + currency, minimum_wage, reference_wage, dependants, spouse — whatever is stated."""
    out: dict = {}
    dates = parse_dates(question)
    if dates:
        first = dates[0]
        if first.value is None:
            out["date_error"] = first.error
        else:
            out["start_date"] = first.value.isoformat()
    amounts = parse_amounts(question)
    plain = []
    for a in amounts:
        before = question[max(0, a.start - 40):a.start]
        # The label nearest before the number decides what it is.
        labels = [(m.end(), kind) for kind, rx in (("minimum_wage", _MIN_WAGE), ("reference_wage", _AVG_WAGE))
                  for m in rx.finditer(before)]
        net = [m.end() for m in _NET_PAY.finditer(WAGE_REFERENCES.sub(lambda m: " " * len(m.group(0)), before))]
        if labels and (not net or max(labels)[0] >= max(net)):
            out.setdefault(max(labels)[1], _money_str(a.value))
        else:
            plain.append(a)
        if a.currency and "currency" not in out:
            out["currency"] = a.currency
    if plain:
        out["amount"] = _money_str(plain[0].value)
        if _PROTECTED_AMOUNT.search(_sentence_of(question, plain[0].start)):
            # "Mit fribeløb … er normalt 1 000 EUR": the amount stated is the protected amount itself, which a
            # rule reducing that amount (params.amount_is = "protected") may compute with; a wage is not it
            out["amount_of"] = "protected"
    deps = parse_dependants(question)
    if deps is not None:
        out["dependants"] = deps
    if parse_spouse(question):
        out["spouse"] = 1
    counts = parse_item_counts(question)
    if counts:
        out["item_counts"] = counts
        if "instalment" in counts and parse_balance_item(question):
            out["balance_item"] = True
    variants = parse_variant_counts(question)
    if variants:
        out["variant_counts"] = variants
    hours = parse_hours(question)
    if hours is not None:
        out["hours"] = hours
    return out


# "… som delgavs mig samma dag", "served on the same day": the event happened on the date the conversation
# already gave, so that date is this turn's start date too (the router takes it from its state).
SAME_DAY = re.compile(r"(?<!\w)(?:(?:the )?same (?:day|date)|samme (?:dag|dagen|dato|datoen)|samma (?:dag|dagen|datum)|"
                      r"that (?:day|date)|den dagen|denne dag|denna dag|the very day)(?!\w)", re.IGNORECASE)
# ... but not negated ("kom ikke samme dag"), not another event's day ("samme dag som min konkurs") and not a
# day moved in time ("samme dag for ti år siden", "that day ten years ago", "samme dag om et halvt år")
_NOT_THAT_DAY = re.compile(
    r"(?<!\w)(?:ikke|inte|not|never|aldrig|aldri)\s+(?:\w+\s+)?(?:(?:the )?same|samme|samma|that|den|denne|denna)\s+"
    r"(?:day|date|dag|dagen|dato|datoen|datum)(?!\w)|"
    r"(?:same|samme|samma|that|den|denne|denna)\s+(?:day|date|dag|dagen|dato|datoen|datum)\s+(?:som|as|like)(?!\w)|"
    r"(?<!\w)(?:siden|sedan|ago|earlier|later|senere|senare|om et|om ett|om en|in a|in an|in \d+)(?!\w)", re.IGNORECASE)


def same_day(question: str) -> bool:
    """The question dates its event on the day the conversation already gave ("som delgavs mig samma dag")."""
    return bool(SAME_DAY.search(question)) and not _NOT_THAT_DAY.search(question)


def _money_str(value: Decimal) -> str:
    try:
        return str(value.quantize(Decimal("0.01")))
    except InvalidOperation:  # more digits than the decimal context holds: the calculators refuse it
        return str(value)
