"""Amounts and dates in a user turn, for re-running a rule calculation ("Hvad hvis beløbet er 2.000 EUR?").

Danish/Norwegian/Swedish write "2.000" and "2,5"; English "2,000" and "2.5": ``parse_number`` reads
both. Dates: ISO, "1. april 2024", "1/4/2024", and the year-less "den 10. marts" of a follow-up.
"""

from __future__ import annotations

import math
import re
from datetime import date

_CURRENCY = r"(?:EUR|€|euro|kr\.?|kroner|kronor|DKK|NOK|SEK|CZK|Kč|PLN|zł|HUF|Ft|RON|lei|BGN|лв|HRK|kuna)"
_AMOUNT = re.compile(rf"(?:{_CURRENCY}\s*(\d[\d .,]*\d|\d))|(?:(\d[\d .,]*\d|\d)\s*{_CURRENCY}(?!\w))",
                     re.IGNORECASE)
_MONTHS = {
    "januar": 1, "january": 1, "januari": 1, "februar": 2, "february": 2, "februari": 2, "marts": 3,
    "mars": 3, "march": 3, "april": 4, "maj": 5, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7,
    "july": 7, "august": 8, "augusti": 8, "september": 9, "oktober": 10, "october": 10,
    "november": 11, "december": 12, "desember": 12,
}
_DATE_WORDS = re.compile(r"(\d{1,2})\.?\s+([a-zæøåäö]+)\s+(\d{4})", re.IGNORECASE)
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_NUM = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


_DAY_MONTH = re.compile(r"(\d{1,2})\.?\s+([a-zæøåäö]+)(?!\s*\d{4})", re.IGNORECASE)


def year_less_date(text: str) -> re.Match[str] | None:
    """'den 10. marts' (no year): a follow-up that keeps the year of the date before it."""
    for m in _DAY_MONTH.finditer(text):
        if m[2].lower() in _MONTHS:
            return m
    return None


def parse_number(token: str) -> float | None:
    """'2.000' → 2000, '2,5' → 2.5, '1 500,75' → 1500.75, '2,000.50' → 2000.5."""
    t = token.replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif t.count(".") == 1 and len(t.split(".")[1]) == 3:
        t = t.replace(".", "")           # Scandinavian thousands separator
    elif t.count(",") == 1 and len(t.split(",")[1]) == 3:
        t = t.replace(",", "")           # English thousands separator
    elif "," in t:
        t = t.replace(",", ".")
    else:
        t = t.replace(".", "") if t.count(".") > 1 else t
    try:
        value = float(t)
    except ValueError:
        return None
    # a run of hundreds of digits overflows to inf, which no calculation can use and JSON cannot carry
    return value if math.isfinite(value) else None


def parse_amount(text: str) -> float | None:
    m = _AMOUNT.search(text)
    return parse_number(m.group(1) or m.group(2)) if m else None


def parse_date(text: str) -> date | None:
    try:
        if m := _DATE_ISO.search(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _DATE_WORDS.search(text)) and m[2].lower() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        if m := _DATE_NUM.search(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None
