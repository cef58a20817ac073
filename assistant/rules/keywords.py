"""How a rule's hand-written keywords score against a question: word starts across æ/ø ↔ ä/ö, short keywords
as whole words, long ones also as compound heads, negation (and the rules about a failure, where a negation
is the case), and the words that ask for a kind of number, which are never keywords.

The question is scored as ``question._scoring_text`` prepares it (reference wages, pay deductions and the
words asking for a date left out; everyday words for legal concepts joined by the rules' terms).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.query._text import nfc_casefold as _fold
from assistant.rules.asked import _ASKS_AMOUNT, _ASKS_TIME
from assistant.rules.schema import Rule

# A keyword the question negates names the case it is NOT about: "en almindelig gæld, der ikke er
# underholdsbidrag" rules the maintenance rule out. A negation counts up to three words before the keyword,
# within its clause (no punctuation and no "men"/"but" in between).
_NEGATION = re.compile(r"(?<!\w)(?:ikke|ikkje|inte|icke|not|non|never|aldrig|aldri|uden|uten|utan|without|"
                       r"andet end|andre end|annet enn|andre enn|annat än|andra än|other than|except|bortset fra|"
                       r"undtagen|utom|isn't|aren't|doesn't|don't|"
                       # a negating pronoun as the subject: "ingen har appelleret/överklagat", "nobody appealed"
                       r"ingen|nobody|no one|no-one|none)(?!\w)")
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]|(?<!\w)(?:men|but|og|and|och|eller|or)(?!\w)")


# "når det ikke drejer sig om underholdsbidrag", "if it is not about maintenance": saying what a case is about
# is one word ("er") for the window, so the negation still reaches the keyword
_IS_ABOUT = re.compile(r"(?<!\w)(?:drejer sig om|handler om|dreier seg om|handlar om|gäller|angår|vedrører|gælder|"
                       r"gjelder|concerns|is about|relates to|er tale om|är fråga om)(?!\w)")


# Forgetting or failing to do something denies the act as a negation does: "har glemt at betale retsgebyret",
# "glömde att betala avgiften", "forgot to pay the court fee", "undlod at møde" describe the failure to act (dev
# q-1825). Only for an act (with its infinitive marker or a verb after it), never in a case-denying contrast.
_FORGOT = re.compile(r"(?<!\w)(?:glemt|glemte|glemmer|glemme|glömt|glömde|glömmer|glömma|forgot|forgotten|forget|"
                     r"forgets|undladt|undlod|undlader|unnlot|unnlatt|unnlater|underlät|underlåtit|underlåter|"
                     r"failed|fails|fail|neglected)(?: (?:at|å|att|to))?(?!\w)")


def _negated(folded: str, start: int) -> bool:
    """Whether the word starting at ``start`` is negated: a negation (or a verb of forgetting or failing to act)
    among the three words before it, with no clause break in between."""
    before = _IS_ABOUT.sub("er", _CLAUSE_BREAK.split(folded[:start])[-1])
    window = " ".join(before.split()[-3:])
    return bool(_NEGATION.search(window) or _FORGOT.search(window))


# A rule about a failure to act ("Non-payment of child support", "fails to appear") has the negated act as its
# case: "betaler ikke børnebidrag", "hvis jeg ikke møder op" describe it, so there a negated keyword counts for it.
_FAILURE_CASE = re.compile(r"\b(?:non-(?:payment|appearance|compliance)|fails? to|failure to|does not comply)\b", re.IGNORECASE)
# The same case in the passive, as a condition about a thing: "If the preservation fee is not paid with the
# application, …", "if the goods are not auctioned within this period". "Hvis jeg ikke betaler gebyret", "if I don't
# pay the fee" is it, but only with that thing named in the same clause (a cue of the rule's topic): "en, der ikke
# betaler sit børnebidrag" fails to pay something else.
_PASSIVE_FAILURE = re.compile(r"\bif\b[^,.;]*?\b(?:is|are) not (?:paid|made|done|given|sold|held|\w+ed)\b", re.IGNORECASE)


def _clause(folded: str, start: int) -> str:
    """The clause of ``folded`` around the word starting at ``start``."""
    before = _CLAUSE_BREAK.split(folded[:start])[-1]
    return before + _CLAUSE_BREAK.split(folded[start:])[0]


# A negation that denies the case itself, not an act: a contrast ("en almindelig gæld og ikke børnebidrag", "an
# ordinary debt, not child support", "och inte underhållsbidrag": the negation opens its clause and only an
# article or preposition stands before the keyword) or a copula ("det er ikke børnebidrag", "hvis det ikke er
# barnebidrag", "it is not maintenance"). Such a keyword never describes a failure to pay or to act, which needs
# the negated verb ("betaler ikke børnebidrag", "if I do not pay child support").
_FILLER = r"(?:(?:en|et|ett|a|an|the|noget|noe|något|nogen|noen|någon|for|för|om|til|till|of|about|af|av|på|paa|on|with|med)\s+){0,2}"
_COPULA = r"(?:er|var|är|is|are|was|were|være|vara|be|været|varit|been)"
_DENIES_CASE = re.compile(r"^\s*(?:" + _NEGATION.pattern + r")\s+" + _FILLER + r"$|"
                          r"(?<!\w)" + _COPULA + r"\s+(?:" + _NEGATION.pattern + r")\s+" + _FILLER + r"$|"
                          r"(?<!\w)(?:" + _NEGATION.pattern + r")\s+" + _COPULA + r"\s+" + _FILLER + r"$")


def _denies_case(folded: str, start: int) -> bool:
    """The negation before the keyword at ``start`` denies the case rather than an act (see ``_DENIES_CASE``)."""
    before = _IS_ABOUT.sub("er", _CLAUSE_BREAK.split(folded[:start])[-1])
    return _DENIES_CASE.search(before) is not None


# A keyword that is the object of a negated verb of paying names the claim left unpaid, which is the case of
# every enforcement: "betaler ikke børnebidrag", "har ikke betalt underholdsbidraget", "betalar inte
# underhållsbidrag", "doesn't pay child support" are about maintenance, not about some other debt. The negation
# denies the payment, not the claim (a copula or contrast, "det er ikke børnebidrag", still denies it).
_PAY_VERB = (r"(?:betaler|betale|betalt|betalte|betala|betalar|betalat|betalade|pay|pays|paid|paying|"
             r"afdrager|avdrar|overfører|overför|sender|sendt|skickar)")
_UNPAID_OBJECT = re.compile(
    r"(?<!\w)(?:" + _PAY_VERB + r"\s+(?:" + _NEGATION.pattern + r")|(?:" + _NEGATION.pattern + r"|" + _FORGOT.pattern
    + r")\s+(?:\w+\s+)?" + _PAY_VERB + r")(?:\s+\S+){0,3}\s*$")


def _unpaid_claim(folded: str, start: int) -> bool:
    """The negated keyword at ``start`` is what a negated verb of paying leaves unpaid (see ``_UNPAID_OBJECT``)."""
    if _denies_case(folded, start):
        return False
    return _UNPAID_OBJECT.search(_CLAUSE_BREAK.split(folded[:start])[-1]) is not None


def _failure_counts(rule: Rule, folded: str, start: int) -> bool:
    """Whether a negated keyword at ``start`` describes the failure the rule is about."""
    if _denies_case(folded, start):
        return False
    if _FAILURE_CASE.search(rule.conditions or ""):
        return True
    if not _PASSIVE_FAILURE.search(rule.conditions or ""):
        return False
    from assistant.rules.question import TOPIC_CUES  # question.py imports this module
    cue = TOPIC_CUES.get(rule.topic)
    if cue and re.search(r"(?<!\w)(?:" + cue + r")", _clause(folded, start)):
        return True
    # "Hva skjer hvis jeg ikke betaler det med en gang?" after the fee was asked: the verb's object points back
    # to the thing of the conversation's topic, which is what the rule is about
    return bool(_POINTED_OBJECT.match(_CLAUSE_BREAK.split(folded[start:])[0]))


_POINTED_OBJECT = re.compile(r"\w+\s+(?:det|den|dem|it|them)(?!\w)")


# A keyword of up to three letters ("dom", "ha", "bil") is a whole word with at most an inflection ending:
# as a prefix it would match "domstolen", "har", "bilag".
_SHORT_KEYWORD = 3
_INFLECTION = r"(?:e|en|et|er|erne|s|es|n|ne|na|a|ar|arna|or|orna)?(?!\w)"
_COMPOUND_HEAD = 8  # a keyword this long is a word of its own, also as the head of a compound


# A short keyword followed by a linking "s" and a further word is the modifier of a compound, not its subject:
# "salgsprovenyet" (the sale's proceeds) is proceeds, so the sale rule's "salg" does not count there (the
# compound's head names what is asked about; reachability: BE distribution). A keyword of _COMPOUND_HEAD letters or more is a word of its own
# in any place of a compound ("tinglysningsregistret" is the land register), as it is as a compound's head.
# A fee or time limit named by what it is for ("salgsgebyret", "försäljningsavgiften", "klagefristen") is that
# thing's number: before such a head the modifier still names the subject.
_NUMBER_HEADS = r"(?:gebyr|gebyrer|afgift|avgift|fee|frist|omkostning|omkostninger|kostnad|kostnader|salær)"
_NOT_MODIFIER = r"(?!s(?!" + _NUMBER_HEADS + r"\w*)\w{4,})"


def cross_fold(text: str) -> str:
    """Danish/Norwegian æ, ø written as the Swedish ä, ö, so one language's keyword finds the cognate of
    another ("begæring"/"begäran", "gæld"/"gäld", "løn"/"lön"); same length, so offsets are kept."""
    return text.replace("æ", "ä").replace("ø", "ö")


def _quantity_word(keyword: str) -> bool:
    """Words asking for a kind of number ("procent", "andel", "how much", "hvor længe", "frist") say what is
    asked, not which rule answers it: as keywords they would pick a rule for every percentage question."""
    return bool(_ASKS_TIME.fullmatch(keyword) or _ASKS_AMOUNT.fullmatch(keyword))


def _keyword_hits(keyword: str, text: str) -> tuple[list[int], list[int]]:
    """Where a folded keyword starts a word of ``text`` (cross-folded), and where it is instead the head (last
    part) of a compound word ("sagsomkostninger", "retsafgiften"): the compound's start. Short keywords are
    whole words; only long ones are compound heads."""
    k = re.escape(cross_fold(keyword))
    ending = _INFLECTION if len(keyword) <= _SHORT_KEYWORD else ""
    modifier = _NOT_MODIFIER if len(keyword) < _COMPOUND_HEAD else ""
    direct = [m.start() for m in re.finditer(r"(?<!\w)" + k + ending + modifier, text)]
    heads = [m.start() for m in re.finditer(r"(?<!\w)\w{4,}" + k + _INFLECTION, text)] \
        if len(keyword) >= _COMPOUND_HEAD else []
    return direct, heads


# A keyword naming the party who acts (the bailiff) counts for a rule about that party's own step only when the
# question makes the party the actor. In the genitive ("fogedens anmodning", "namsmannens begjæring",
# "kronofogdens ansökan", "the bailiff's request") it says whose document another body deals with, and when the
# question names a court ("skal retten behandle fogedens anmodning", "must the court decide on the bailiff's
# request") the court is the one acting: the court's time limit, not the bailiff's.
_ACTOR_KEYWORDS = frozenset({"fogeden", "fogden", "kronofogden", "namsmannen", "bailiff", "the bailiff"})
_GENITIVE = re.compile(r"(?:s|'s|’s|')(?!\w)")
_COURT = re.compile(r"(?<!\w)(?:retten|rettens|domstol\w*|tingret\w*|tingsret\w*|skifteret\w*|rätten|rättens|"
                    r"tingsrätt\w*|courts?|court's)(?!\w)")


# The court as the one who must act in the question's own clause: "how quickly must the court rule", "skal retten
# træffe afgørelse", "hvor raskt må retten", "hur snabbt måste rätten", "the court has to decide"
_COURTS = r"(?:the )?(?:court|retten|rätten|domstolen|tingretten|tingsretten|tingsrätten|fogedretten|skifteretten)"
_MODALS = r"(?:must|should|shall|will|does|do|has to|have to|skal|må|ska|skall|måste|bør|bör|skulle)"
_COURT_ACTS = re.compile(r"(?<!\w)(?:" + _MODALS + r" " + _COURTS + r"|" + _COURTS + r" " + _MODALS + r")(?!\w)")
# A clause that sets the case rather than asks: "if a bailiff does take the case", "hvis fogeden tager sagen",
# "om kronofogden tar ärendet", "når namsmannen har tatt saken", "once/when the bailiff …"
_CONDITION_OPENS = re.compile(r"^\s*(?:(?:and|but|og|men|och|enn)\s+)?(?:if|hvis|om|dersom|ifall|når|när|when|once)(?!\w)")
_CLAUSE_PUNCT = re.compile(r"[,.;:!?()]")


def _case_clause_only(text: str, hits: list[int]) -> bool:
    """Every hit stands in a conditional clause that sets the case, while the court acts in another clause."""
    if not _COURT_ACTS.search(text):
        return False
    for h in hits:
        start = max((m.end() for m in _CLAUSE_PUNCT.finditer(text, 0, h)), default=0)
        if not _CONDITION_OPENS.match(text[start:h + 1]) or _COURT_ACTS.search(_CLAUSE_PUNCT.split(text[start:])[0]):
            return False
    return True


def _owner_only(keyword: str, text: str, hits: list[int]) -> bool:
    """The actor keyword is used only as the owner of what a court deals with, or only in a condition setting the
    case while the court is the one asked about (see ``_ACTOR_KEYWORDS``): "And if a bailiff does take the case,
    how quickly must the court rule on the declaration?" asks for the court's time limit (dev q-2138)."""
    if keyword not in _ACTOR_KEYWORDS or not hits or not _COURT.search(text):
        return False
    k = cross_fold(keyword)
    return all(_GENITIVE.match(text, h + len(k)) for h in hits) or _case_clause_only(text, hits)


def _keyword_score(rule: Rule, folded: str, ignore: Callable[[str], bool] | None = None) -> int:
    """How many of the rule's keywords (folded; those ``ignore`` rejects left out) start a word of ``folded``
    or end a compound no other keyword of the rule starts ("fuldbyrdelseskendelse" counts once, not also as
    "kendelse"); a keyword the question only uses negated ("ikke er underholdsbidrag") counts against the rule,
    unless the rule is about that failure to act."""
    score, text = 0, cross_fold(folded)
    found = {k: _keyword_hits(k, text) for k in map(_fold, rule.keywords)
             if not (ignore and ignore(k)) and not _quantity_word(k)}
    found = {k: hits for k, hits in found.items() if not _owner_only(k, text, hits[0] + hits[1])}
    starts = {h for direct, _ in found.values() for h in direct}
    for direct, heads in found.values():
        hits = direct + [h for h in heads if h not in starts]
        if hits:
            score += 1 if any(not _negated(folded, h) or _failure_counts(rule, folded, h)
                              or _unpaid_claim(folded, h) for h in hits) else -1
    return score


def names_failure(rule: Rule, folded: str) -> bool:
    """The question describes the failure a rule is about, by one of its keywords negated: "hvis jeg ikke betaler
    gebyret" for "If the preservation fee is not paid …, the bailiff asks the creditor to pay within seven days"."""
    text = cross_fold(folded)
    return any(_negated(folded, h) and _failure_counts(rule, folded, h)
               for k in map(_fold, rule.keywords) if not _quantity_word(k) for h in _keyword_hits(k, text)[0])
