"""A wage scale by minimum-wage multiples, stated band by band (``lookup_rule``): the table's headline value is
only one band's rate, and "how much of the pay between two and three times the minimum wage" asks for another."""

from __future__ import annotations

from assistant.models import Citation, Fact
from assistant.rules.schema import Rule

_BAND_WORDS = {  # a band of a wage scale by minimum-wage multiples: (first band, middle band, last band)
    "da": ("op til {hi} gange mindstelønnen", "over {lo} og op til {hi} gange mindstelønnen",
           "over {lo} gange mindstelønnen"),
    "nb": ("opptil {hi} ganger minstelønnen", "over {lo} og opptil {hi} ganger minstelønnen",
           "over {lo} ganger minstelønnen"),
    "sv": ("upp till {hi} gånger minimilönen", "över {lo} och upp till {hi} gånger minimilönen",
           "över {lo} gånger minimilönen"),
    "en": ("up to {hi} times the minimum wage", "above {lo} and up to {hi} times the minimum wage",
           "above {lo} times the minimum wage"),
}


def band_facts(rule: Rule, language: str, citation: Citation) -> list[Fact]:
    """Every band's rate of a wage scale by minimum-wage multiples: the table's headline value is one band of it,
    and "how much of the pay between two and three times the minimum wage" asks for another."""
    bands = rule.brackets
    if rule.effective_calc != "garnishment_brackets" or not bands or any(b.rate is None or b.upto is not None
                                                                          for b in bands):
        return []
    words = _BAND_WORDS.get(language, _BAND_WORDS["en"])
    facts, lo = [], None
    for i, band in enumerate(bands, 1):
        hi, rate = band.upto_multiple, band.rate
        # an exempt first band (rate 0) is the exemption rule's to state, not a rate the table quotes
        if rate != 0:
            text = (words[0] if lo is None else words[1] if hi is not None else words[2]).format(lo=lo, hi=hi)
            value = int(rate) if rate == rate.to_integral() else float(rate)
            facts.append(Fact(name=f"{rule.id}:band{i}", value=value,
                              unit="percent", label=f"{rule.label(language)} – {text}", citation=citation,
                              flags=list(rule.flags)))
        lo = hi
    return facts
