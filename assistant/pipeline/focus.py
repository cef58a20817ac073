"""The question's interrogative focus, and whether a source sentence has the form of its answer.

Shared words say what a sentence is about; they do not say whether it answers the question asked. "May
I still sell my car after it was seized?" is answered by the rule that forbids or allows it ("må
skyldner ikke disponere over …", "… er ugyldig", "medmindre fogeden har tilladt det"), not by the
sentence that shares most words with it ("Tvangssalg sker ved offentlig auktion"). So a yes/no
question about what the asker may do (a permission question) favours the sentences that state a
permission, a prohibition, the nullity of a forbidden act or the loss of a right. General modal
vocabulary only; nothing names a country's rule.
"""

from __future__ import annotations

import re

# "Må jeg …?", "Får jag …?", "Får man …?", "May I …?" opening the question (or its last sentence), and
# "can I still …?" in any of the four languages. A question opened by an interrogative word ("Hvor meget
# mad må jeg beholde?") asks for an amount, not for a permission, and does not match.
_PERMISSION = re.compile(
    r"(?:^|[.!?]\s+)(?:og\s+|and\s+|och\s+)?(?:må|får|may)\s+(?:jeg|jag|eg|vi|man|i|we|skyldner\w*|"
    r"gäldenär\w*|debitor\w*|the\s+debtor)\b"
    r"|\b(?:can|may|kan)\s+(?:i|we|jeg|jag|vi|man|the\s+debtor|skyldner\w*|gäldenär\w*)\s+(?:still|stadig|"
    r"fortsat|fortsatt|fortfarande|ändå|fremdeles|likevel)\b"
    r"|\b(?:am\s+i|is\s+the\s+debtor|are\s+we)\s+(?:still\s+)?(?:allowed|permitted)\b"
    # what follows if I sell / use / move it anyway, and may I be punished for it: the same rule answers
    r"|\b(?:hvad\s+sker\s+der|hva\s+skjer|vad\s+händer|what\s+happens)\W+(?:hvis|om|if)\s+(?:jeg|jag|eg|i|man|"
    r"the\s+debtor|skyldner\w*)\s+(?:alligevel\s+|likevel\s+|ändå\s+)?(?:sælger|selger|säljer|sell|sells|bruger|"
    r"bruker|använder|use|flytter|flyttar|move|giver\s+væk|gir\s+bort|ger\s+bort|give\s+away)\b"
    r"|\b(?:could|can|will|may)\s+i\s+be\s+(?:punished|fined|prosecuted)\b"
    r"|\b(?:er|är)\s+det\s+(?:strafbart|straffbart|ulovligt|ulovlig|olagligt|forbudt|förbjudet)\s+at{1,2}\b"
    r"|\bis\s+it\s+(?:a\s+crime|an\s+offence|an\s+offense|illegal|unlawful|forbidden)\s+to\b"
    r"|\b(?:kan|vil)\s+(?:jeg|jag|eg)\s+(?:blive\s+|bli\s+)?(?:straffe[ts]|straffas|straffes|idømmes)\b",
    re.IGNORECASE)

# A sentence of the (Danish) sources that says what may or may not be done: a prohibition ("må ikke",
# "forbudt"), a permission ("tilladt", "tilladelse", "samtykke"), the nullity of a forbidden act
# ("ugyldig") or the loss of a right ("ikke længere", "mister retten").
_DEONTIC = re.compile(
    r"\bmå\s+(?:[^\W\d_]+\s+){0,3}?ikke\b|\bikke\s+(?:[^\W\d_]+\s+){0,2}?må\b|\bforbud\w*|\bforbudt\w*"
    r"|\bugyldig\w*|\btilladt\b|\btilladelse\w*|\bsamtykke\w*|\bikke\s+længere\b|\bmister\s+(?:\w+\s+)?ret"
    r"|\bstraf\b|\bstraffe[ns]?\b|\bstrafbar\w*|\blovovertrædelse\w*",
    re.IGNORECASE)


def asks_permission(question: str) -> bool:
    """The question asks whether the asker (or the debtor) may do something."""
    return bool(_PERMISSION.search(question.strip()))


def states_permission(sentence: str) -> bool:
    """The sentence states a permission, a prohibition, a nullity or the loss of a right."""
    return bool(_DEONTIC.search(sentence))
