"""What one candidate sentence states, as terms of its score: a figure with a unit, a definition of the
asked term, a line labelled with the question's own word, a negated residence (living abroad).

Each test looks at the sentence (and the question's asked term where it needs one); ``sentences`` turns
the answers into the score's features. ``has_figure`` is also the pipeline's test of whether a text
states a number at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.pipeline.lexicon import danish_words
from assistant.pipeline.term_weights import question_words, stems

# "States a figure": a number (digits or a number word) followed by a unit – not a list marker "1."
# or an article number "artikel 1566".
_FIGURE = re.compile(
    r"(\d[\d.,]*|\b(?:en|et|én|ét|to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|elleve|tolv|tretten|fjorten|"
    r"femten|seksten|sytten|atten|nitten|tyve|tjue|tredive|tretti|fyrre|førti|halvtreds|hundrede|hundre|tusind|"
    r"tusen))\s*(%|procent|prosent|dage|dag|døgn|dager|uger|uge|uker|uke|måneder|måned|år|timer|"
    r"arbejdsdage|virkedager|ha|hektar|eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)"
    # a share in words, also plural ("to tredjedele", "tre femtedele", "to tredjedeler") and a multiple ("fem gange
    # mindstelønnen"): the sources state limits that way as often as in digits
    r"|\b(halvdelen|halvparten|(?:tredje|fjerde|femte|sjette)del(?:e|en|ene|er|erne)?)\b"
    r"|\b(?:to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|\d+)\s+(?:gange|ganger|gånger)\b"
    # a time of day answers "when": "senest kl. 10.00", "klokken 21", "kl. 6-21"
    r"|\b(?:kl\.|klokken|klockan)\s*\d{1,2}(?:[.:]\d{2})?", re.IGNORECASE)


_MONEY = re.compile(r"\d[\d .,]*\s*(eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)"
                    r"|(eur|€)\s*\d", re.IGNORECASE)


# a part of a whole: a percentage, or a fraction in words ("en tredjedel", "halvdelen")
_SHARE = re.compile(r"\d[\d.,]*\s*(%|procent|prosent|percent)(?!\w)"
                    r"|\b(halvdelen|halvparten|(?:tredje|fjerde|femte|sjette)del(?:e|en|ene|er|erne)?)\b", re.IGNORECASE)


def has_figure(text: str, money: bool = False, share: bool = False) -> bool:
    """The text states a figure with a unit (``money``: an amount of money; ``share``: a percentage or a
    fraction)."""
    return bool((_MONEY if money else _SHARE if share else _FIGURE).search(text))


# a negated residence in a named place ("Hvis barnet ikke er bosat i Sverige", "som ikke har bopæl i Danmark") is
# living abroad: a question saying "bor i udlandet", "lives abroad" shares no word with it but the residence, since
# the country's name is dropped from the match (retrieval fixed the country already)
NOT_RESIDENT = re.compile(r"\b(?:ikke|ikkje|inte|not)\s+(?:er\s+|har\s+|længere\s+)?"
                           r"(?:bosat|bosatt|bor|bopæl|hjemmehørende)\s+(?:[^\W\d_]+\s+)?i\s+(?-i:[A-ZÆØÅ])", re.IGNORECASE)


@lru_cache(maxsize=1)
def abroad_stems() -> frozenset[str]:
    return stems("udlandet")


@lru_cache(maxsize=1)
def deadline_stems() -> frozenset[str]:
    """"frist" as the head of a compound ("søgsmålsfrist", "klagefrist") names a time limit."""
    return stems("frist")


@lru_cache(maxsize=1)
def unit_stems() -> frozenset[str]:
    """Units and currencies: a sentence sharing only "SEK" with the question is not about it."""
    words = ("procent prosent dage dag døgn dager uger uge uker uke måneder måned år timer arbejdsdage "
             "virkedager eur euro kr kroner lev leva ron lei huf forint czk pln zloty sek nok days weeks months "
             "years dagar veckor månader")
    return stems(words)


ASKS_DEFINITION = re.compile(r"\b(?:hvad|hva|vad) (?:er|är|betyder|betyr|innebærer|indebærer|innebär)\b|"
                              r"\bwhat (?:is|are|does)\b|\bhvad forstås\b", re.IGNORECASE)
_DEFINES = re.compile(r"^\W*([^\W\d_]+)\W* (?:er|betyder|betyr|är|indebærer|innebærer|forstås)\b")


def is_definition(sentence: str, asked: frozenset[str]) -> bool:
    """"Tvangsfuldbyrdelsesgrundlag er: …" answers "Hvad er et tvangsfuldbyrdelsesgrundlag?": the sentence
    opens with the asked term (``asked_term``) followed by "er"/"betyder"."""
    m = _DEFINES.match(sentence)
    return bool(m) and bool(stems(m.group(1)) & asked)


# Words between "hvad er" and the asked term: articles and numerals ("Hva er de tre vilkårene …?").
_DETERMINERS = frozenset("de den det dem en et ei ett a an the to tre fire fem seks syv sju otte åtte ni ti "
                         "två fyra sex åtta nio tio two three four five six seven eight nine ten".split())


def asked_term(question: str) -> frozenset[str]:
    """Stems of the term a "what is X?" question asks about: X and its glossary translations. Only X: in
    "Hva er de tre vilkårene for at det kan tas utlegg i eiendeler?" a sentence that defines "løsøre"
    (a translation of "eiendeler") answers nothing about the three conditions."""
    m = ASKS_DEFINITION.search(question)
    words = [w for w in re.findall(r"[^\W\d_]+", question[m.end():].lower())[:4] if w not in _DETERMINERS] if m else []
    if not words:
        return frozenset()
    return stems(" ".join(question_words(words[0]))) | stems(danish_words(words[0]))


# A line labelled with one word: "* **Skyldner:** Motta varsel …", "– Løn: kendelse om lønindeholdelse".
_LABEL = re.compile(r"^[\s*•\-–]*\**([^\W\d_]+)\**\s*:\s*\**\s*[^\W\d_]")


def labels_asked_term(sentence: str, weights: dict[str, float]) -> bool:
    """The sentence is a labelled line whose label is a word of the question itself (a role or an asset
    the question names), so it states what holds for exactly that."""
    m = _LABEL.match(sentence)
    return bool(m) and any(weights.get(st) == 1.0 for st in stems(m.group(1)))


# A yes/no question whether something stops, pauses or suspends the enforcement ("Stopper trekket mens klagen
# behandles?", "Skal fogeden holde pause, mens anken behandles?", "Does an appeal stop the sale?", "Har klagen
# oppsettende virkning?"). Its answer is the sentence that states whether it suspends ("Indgivelse af et kæreskrift
# suspenderer normalt ikke fuldbyrdelsessagen", "Appellen har ikke opsættende virkning", "… er ikke til hinder
# for …"): the asker's lay word ("stop", "pause") shares no stem with "suspenderer", and the appeal's other
# sentences, full of the question's words, outranked it. A wh-question ("Hvordan stopper jeg …?", "How can I stop
# …?") asks for a way, not whether, and does not match; nor does a stop word after an infinitive marker ("gå til
# appelretten for at stoppe …", "ask the court to stop …"): that asks about a remedy, not whether it suspends.
_SUSPEND_ASK = re.compile(
    r"(?<!\bat\s)(?<!\bå\s)(?<!\batt\s)(?<!\bto\s)"
    r"\b(?:stop|stopper|stoppe|stoppes|stoppet|stops|stopped|stoppar|stoppas|stoppa|standse[rs]?|stanse[rs]?|"
    r"pause|pauser|pausen|paus|pausa|pausar|on hold|i bero|suspend\w*|suspensiv\w*|opsættende|oppsettende|"
    r"uppskjutande)\b", re.IGNORECASE)
_WH_OPENING = re.compile(r"^\W*(?:og\s+|and\s+|och\s+|men\s+|but\s+)?(?:hvordan|hvorledes|hvad|hva|hvilke\w*|hvem|"
                         r"hvorfor|hur|vad|vilke?\w*|vem|varför|how|what|which|who|why)\b", re.IGNORECASE)
_SUSPENDS = re.compile(r"\bsuspender\w*|\bopsættende virkning|\bi bero\b|\btil hinder for\b", re.IGNORECASE)


def asks_suspension(question: str) -> bool:
    """A yes/no question whether something stops, pauses or suspends (the enforcement, a deduction, a sale)."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", question.strip()) if _SUSPEND_ASK.search(p)]
    return any(not _WH_OPENING.match(p) for p in parts)


def states_suspension(sentence: str) -> bool:
    """The sentence states whether something suspends the enforcement ("suspenderer ikke", "har ikke opsættende
    virkning", "er ikke til hinder for")."""
    return bool(_SUSPENDS.search(sentence))


# A question whether there is a limit on how long or until when ("Is there a maximum time they can keep him locked
# up?", "Is there a deadline for applying?", "Er der en grænse for …?", "Finns det någon tidsgräns …?", "Udløber
# udlægget?", "Slutar beslutet att gälla efter en viss tid?"). Its answer is often a NEGATIVE statement: "Der er
# derfor ikke nogen grænse for, hvor længe en person kan holdes fængslet", "der er ingen tidsfrist for indgivelse
# af en begæring": it shares one or two words with the question, states no figure, and the section's sentences
# full of the question's other words (and of figures) outranked it (D19 q-2222, q-2260).
_LIMIT_ASK = re.compile(
    r"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:\w+\s+){0,2}(?:maximum|limit|time\s+limit|deadline|cap|end\s+date)\b"
    r"|\b(?:er|finnes|findes|fins|gives?|finns|har)\s+(?:der|det)\s+(?:en|et|ei|nogen|noen|någon|något|ett|et)?\s*"
    r"(?:\w+\s+){0,2}(?:\w*grænse|\w*grense|\w*gräns|\w*frist|maksim\w*|maxim\w*|tidsbegræns\w*|tidsbegrens\w*|"
    r"tidsbegräns\w*|øvre|övre|slutdato|slutdatum)\b"
    r"|\b(?:expire[sd]?|udløber|utløper|løper\s+ut|går\s+ut|upphör|slutar\s+\w+\s+(?:att\s+)?gälla|ophører|"
    r"opphører|holder\s+op\s+med\s+at\s+gælde|slutter\s+å\s+gjelde|stop\w*\s+(?:being\s+)?(?:valid|applying))\b"
    r"|\b(?:how\s+long|hvor\s+længe|hvor\s+lenge|hur\s+länge)\s+(?:can|may|kan|må|får)\b",
    re.IGNORECASE)
# "ingen tidsfrist", "ikke nogen grænse", "inte någon tidsgräns", "no time limit", "ikke tidsbegrænset",
# "uden tidsbegrænsning", "ubegrænset": the sentence states that there is none
_NO_LIMIT_STATED = re.compile(
    r"\b(?:ingen|ikke\s+nogen|ikke\s+noen|ikkje\s+nokon|inte\s+någon|inte\s+något|no|uden|uten|utan|without)\s+"
    r"(?:\w+\s+)?(?:\w*grænse\w*|\w*grense\w*|\w*gräns\w*|\w*frist\w*|tidsbegræns\w*|tidsbegrens\w*|tidsbegräns\w*|"
    r"maksim\w*|maxim\w*|(?:time\s+)?limit\w*|deadline\w*)"
    r"|\b(?:ikke|ikkje|inte|not)\s+(?:\w+\s+)?(?:tidsbegrænset|tidsbegrenset|tidsbegränsad|time-limited|limited\s+in\s+time)"
    r"|\b(?:ubegrænset|ubegrenset|obegränsad|obegränsat|unlimited|indefinitely|på\s+ubestemt\s+tid|på\s+obestämd\s+tid)\b",
    re.IGNORECASE)


def asks_limit(question: str) -> bool:
    """The question asks whether there is a maximum, a time limit or a deadline, or whether something expires."""
    return bool(_LIMIT_ASK.search(question))


def states_no_limit(sentence: str) -> bool:
    """The sentence states that there is no limit, deadline or time limit ("ingen tidsfrist", "ikke nogen grænse")."""
    return bool(_NO_LIMIT_STATED.search(sentence))


# "Where is it lodged?" ("Hvor skal en appel mod fogedens foranstaltninger indgives?", "where do I lodge an objection",
# "Var ska jag lämna in överklagandet?"): the answer names the place the document goes to ("Appeller skal indgives via
# fogeden ved den regionale domstol", "Indsigelsen skal indgives til fogeden"). It shares only the filing verb with the
# question; the section's sentences about who may appeal and on what grounds share the rest. A where-word followed by
# a modal keeps "hvor længe", "hvor meget" out.
_FILED_ASK = re.compile(
    r"\b(?:hvor|hvorhen|where|var|vart|kvar)\s+(?:skal|kan|må|bør|do|does|should|can|must|shall|ska|skall|bör|måste|"
    r"lämnar|indgiver|sender|sendes|indgives|lodges?|files?|submits?|sends?)\b[^?.]{0,80}?"
    r"\b(?:indgiv\w*|indsend\w*|send\w*|lodg\w*|file|filed|submit\w*|lämna\w*\s+in|lämnas\s+in|skick\w*|lever\w*|"
    r"innlever\w*|inngi\w*|ge\w*\s+in|ges\s+in|klage\w*|klaga\w*|överklag\w*|anke\w*|appel\w*|appeal\w*|object\w*)",
    re.IGNORECASE)
_FILED_WITH = re.compile(
    r"\b(?:indgives|indgivet|indsendes|indleveres|sendes|inngis|lämnas\s+in|ges\s+in)\s+(?:\w+\s+){0,2}?"
    r"(?:til|via|hos|ved|gennem|through|to|with|till)\b", re.IGNORECASE)


def asks_where_filed(question: str) -> bool:
    """The question asks where (to whom) a document is lodged: an appeal, an objection, a request."""
    return bool(_FILED_ASK.search(question))


def states_where_filed(sentence: str) -> bool:
    """The sentence states where a document is lodged ("skal indgives til fogeden", "indgives via fogeden")."""
    return bool(_FILED_WITH.search(sentence))


# A question whether the seized things are taken away ("Skal de så fjernes fra min lejlighed med det samme?", "Skal jeg
# aflevere den med det samme?", "will they just drive it away?", "Hämtar de bilen direkt?"). Its answer states where the
# seized assets stay ("Aktiverne forbliver dog i skyldnerens besiddelse.", "Medmindre køretøjet er taget i forvaring, kan
# skyldner bruge køretøjet, indtil det er solgt.", "aktiverne flyttes ikke"): it shares no word with the asker's verb of
# removal, and the section's sentences about the loss of the right to dispose, full of "udlæg" and "aktiver", outranked it.
_REMOVAL_ASK = re.compile(
    r"\b(?:fjerne[ts]?|fjernet|bortfjern\w*|afhente[ts]?|afhenter|aflevere|udlevere|levere\s+(?:\w+\s+)?fra\s+(?:meg|mig|seg|sig)|"
    r"lämna\s+ifrån|hämta[rs]?|hämtas|bortforsla\w*|"
    r"(?:tage?[rs]?|tager|taget|ta|tar|tas)\s+(?:[^\W\d_]+\s+){0,2}?med(?:\s+seg|\s+sig)?|"
    r"(?:køre?r?|kjøre?r?|köra?|kör)\s+(?:[^\W\d_]+\s+){0,2}?(?:væk|bort|vekk|iväg)|"
    r"remov\w*|(?:take[sn]?|took|taking|drive[sn]?|driving|drove|tow\w*|carr(?:y|ies|ied))\s+(?:[^\W\d_]+\s+){0,2}?(?:away|off)|"
    r"hand\w*\s+(?:[^\W\d_]+\s+){0,2}?over)\b", re.IGNORECASE)
_CUSTODY = re.compile(
    r"\b(?:forbliver|fortsat|stadig|længere)\s+(?:[^\W\d_]+\s+){0,2}?i\s+(?:skyldner\w*|debitor\w*|sin|hans|dennes)\s+besiddelse"
    r"|\b(?:tages|taget|tage|tog)\s+i\s+forvaring"
    r"|\bflyttes\s+ikke\b|\bikke\s+flyttes\b|\bkan\s+fjernes\b"
    r"|\bkan\s+(?:skyldner\w*|debitor\w*)\s+(?:\w+\s+og\s+)?(?:bruge|benytte)\b", re.IGNORECASE)


# "fjerne en gjenstand fra listen" asks about the list of things to be sold, not about taking them away
_FROM_LIST = re.compile(r"\b(?:fra|från|from|af|av)\s+(?:the\s+)?(?:listen|lista|listan|list)\b", re.IGNORECASE)


def asks_removal(question: str) -> bool:
    """The question asks whether the seized things are taken away, removed or must be handed over."""
    return bool(_REMOVAL_ASK.search(question)) and not _FROM_LIST.search(question)


def states_custody(sentence: str) -> bool:
    """The sentence states where the seized assets stay: in the debtor's possession, taken into custody, not moved,
    removed at once, or still in the debtor's use."""
    return bool(_CUSTODY.search(sentence))


# A question whether someone may refuse to help the enforcement or must cooperate ("Min skyldners bank … vil ikke give
# retten oplysninger. Kan den bare nægte?", "Is our company obliged to cooperate?", "Are we obliged to hand them
# over?"). Its answer states the duty ("en forpligtelse for alle privatpersoner … til at bidrage til
# fuldbyrdelsesforanstaltningerne", "de har pligt til at udlevere de oplysninger", "En bank skal således afgive
# oplysning …"), in words the question does not use.
_DUTY_ASK = re.compile(
    r"\b(?:kan|må|får|can|may|could|vil|will)\s+(?:[^\W\d_]+\s+){0,3}?(?:nægte\w*|afvise|refuse|decline|vägra|neka|nekte)\b"
    r"|\b(?:obliged|obligated|required|bound|forpligtet|forpliktet|förpliktad|skyldig|skyldige|tvunget|tvungen)\s+"
    r"(?:til|to|att|å|at)\b"
    r"|\b(?:pligt|plikt|skyldighet|duty|obligation)\s+(?:til|to|att|å|at)\b", re.IGNORECASE)
_DUTY = re.compile(
    r"\b(?:pligt|forpligtet|forpligtelse\s+for\s+(?:[^\W\d_]+\s+){0,8}?)\s*til\s+at\s+(?:udlevere\s+(?:de\s+)?oplysning\w*|"
    r"oplyse|svare|afgive\s+oplysning\w*|give\s+oplysning\w*|bidrage|medvirke|samarbejde)\b"
    r"|\boplysningspligt\w*"
    r"|\bskal\s+(?:[^\W\d_]+\s+){0,2}?(?:oplyse|afgive\s+oplysning\w*|udlevere\s+oplysning\w*|medvirke|bistå|samarbejde)\b",
    re.IGNORECASE)


def asks_duty(question: str) -> bool:
    """The question asks whether someone may refuse to help the enforcement, or must cooperate."""
    return bool(_DUTY_ASK.search(question))


def states_duty(sentence: str) -> bool:
    """The sentence states a duty to help the enforcement ("pligt til", "en forpligtelse for alle …",
    "skal … afgive oplysning")."""
    return bool(_DUTY.search(sentence))


# "Hvad sker der, hvis jeg sælger det alligevel?", "What happens if I sell some of it anyway?", "Hva skjer hvis jeg gir
# bort verdisakene mine …?": the asker disposes of a seized thing and asks what follows. The answer is the sanction
# ("… begår skyldneren en lovovertrædelse", "kan idømmes en bøde", "ifalder … strafansvar"); the section's sentences
# saying the debtor may no longer dispose of it share more words and are closer in meaning, and lifted over it.
_SANCTION_ASK = re.compile(
    r"\b(?:hvad\s+sker\s+der|hva\s+skjer|vad\s+händer|what\s+happens)\W+(?:hvis|om|if)\s+(?:jeg|jag|eg|i|man|"
    r"the\s+debtor|skyldner\w*)\s+(?:alligevel\s+|likevel\s+|ändå\s+)?(?:sælger|selger|säljer|sell|sells|bruger|bruker|"
    r"använder|use|flytter|flyttar|move|giver\s+(?:\w+\s+)?væk|gir\s+bort|ger\s+bort|give\s+(?:\w+\s+)?away)\b", re.IGNORECASE)
_SANCTION = re.compile(r"\blovovertrædelse\w*|\bstrafbar\w*|\bstrafansvar\w*|\bforbrydelse\w*|\bstraf(?:fe[ns]?)?\b"
                       r"|\bbøde(?:n|r|rne|straf)?\b|\bfængsel\w*", re.IGNORECASE)


def asks_sanction(question: str) -> bool:
    """The asker disposes of (sells, gives away, uses, moves) a seized thing and asks what happens then."""
    return bool(_SANCTION_ASK.search(question))


def states_sanction(sentence: str) -> bool:
    """The sentence states a sanction: an offence, criminal liability, a fine or prison."""
    return bool(_SANCTION.search(sentence))


# "Må jeg sælge den på nettet før auktionen?", "Kan jeg stadig selge bilen?", "May I still sell it?" about a seized thing:
# a may-I question whose answer is the prohibition ("kan således ikke afhænde løsøret", the ``permission`` term) and
# then what follows if the debtor does it anyway ("… begår skyldneren en lovovertrædelse"). The "what happens if I sell
# it" wording above (``asks_sanction``) missed it; a seizure word keeps a plain "Kan jeg sælge min ejendom i mindelighed?"
# (selling with the court's leave) out.
_SALE_PERMISSION_ASK = re.compile(
    r"\b(?:må|kan|får|kunne)\s+(?:jeg|jag|eg|vi)\s+(?:(?:stadig|stadigvæk|fortsat|fortsatt|fremdeles|fortfarande|ändå|"
    r"alligevel|likevel|godt|gerne|gjerne|selv|sjølv|själv|så|bare|dog|ennå|endnu)\s+)*"
    r"(?:sælge|selge|sälja|give\s+(?:\w+\s+)?væk|gi\s+(?:\w+\s+)?bort|ge\s+(?:\w+\s+)?bort)\b"
    r"|\b(?:may|can|could)\s+(?:i|we)\s+(?:still\s+|just\s+)?(?:sell|give\s+(?:\w+\s+)?away)\b"
    r"|\b(?:am|are)\s+(?:i|we)\s+(?:still\s+)?allowed\s+to\s+(?:sell|give\s+(?:\w+\s+)?away)\b", re.IGNORECASE)
_SEIZED = re.compile(r"\b(?:udlæg\w*|utlegg\w*|utmät\w*|beslag\w*|seiz\w*|attach\w*|arrest\w*|distrain\w*|pfänd\w*)",
                     re.IGNORECASE)


def asks_sale_permission(question: str) -> bool:
    """A may-I question whether the asker may sell (or give away) a thing that has been seized."""
    return bool(_SALE_PERMISSION_ASK.search(question)) and bool(_SEIZED.search(question))


# "Gælder der andre regler, når det er fogeden og ikke domstolen, der står for fuldbyrdelsen?", "Is it any different
# when …?", "Gäller samma regler …?": the question asks whether one case differs from another. Its answer states the
# sameness or the difference ("Fogedproceduren er … identisk med domstolenes procedure", "på samme måde", "i modsætning
# til"): it shares one word with the question, and the section's sentences full of its other words outranked it.
# "forskellige" ("de forskellige fuldbyrdelsesordrer") means "various" and is left out.
_SAMENESS_ASK = re.compile(
    r"\b(?:andre|andra|other|different|anderledes|annerledes|annorlunda|særlige|særskilte|egne)\s+(?:regler|rules|procedure\w*|"
    r"prosedyre\w*|procedur\w*|fremgangsmåde|framgangsmåte|tillvägagångssätt)\b"
    r"|\b(?:samme|samma|same)\s+(?:regler|rules|procedure\w*|prosedyre\w*|procedur\w*|fremgangsmåde|framgangsmåte)\b"
    r"|\b(?:forskel|forskjell|skillnad|difference)\b"
    r"|\b(?:anderledes|annerledes|annorlunda|differently)\b", re.IGNORECASE)
_SAMENESS = re.compile(
    r"\bidentisk\w*|\b(?:de\s+)?samme\s+(?:regler|procedure|fremgangsmåde|betingelser)\b|\bpå\s+(?:samme|tilsvarende)\s+måde\b"
    r"|\btilsvarende\b|\bsvarer\s+til\b|\bensartet\w*|\bi\s+modsætning\s+til\b|\badskiller\s+sig\b|\bafviger\s+fra\b",
    re.IGNORECASE)


def asks_sameness(question: str) -> bool:
    """The question asks whether other rules apply, or whether one case differs from another."""
    return bool(_SAMENESS_ASK.search(question))


def states_sameness(sentence: str) -> bool:
    """The sentence states that something is the same as, or differs from, another ("identisk med", "på samme måde",
    "i modsætning til")."""
    return bool(_SAMENESS.search(sentence))


# "Fra hvornår regnes gyldighedsperioden?", "Fra hvornår har udlægget retsvirkning?", "From when does the period run?",
# "När börjar fristen löpa?", "When does the seizure take effect?": the question asks when a period or an effect starts.
# Its answer states the starting point ("Denne tidsfrist begynder at løbe, så snart …", "… at regne fra afsigelsen",
# "Udlægget får retsvirkning, når det er blevet tinglyst"): in words the question does not use, while the section's
# sentences stating the period itself share them all.
_START_ASK = re.compile(
    r"\b(?:fra|från|from)\s+(?:hvornår|hvilket\s+tidspunkt|hvilken\s+dato|hvilken\s+dag|når|när|vilken\s+tidpunkt|"
    r"vilket\s+datum|vilken\s+dag|what\s+(?:date|day|time|point|moment)|when)\b"
    r"|\b(?:hvornår|når|när|when)\s+(?:[^\W\d_]+\s+){0,4}?(?:begynder|begynner|börjar|løber|løper|regnes|beregnes|"
    r"räknas|(?:begins?|starts?)\s+to\s+run|starts?\s+running)\b"
    r"|\b(?:take|takes|tager|tar|får)\s+(?:\w+\s+)?(?:effect|effekt|retsvirkning|rettsvirkning|rättsverkan|verkan|virkning)\b"
    r"|\b(?:træder|trer|träder)\s+(?:\w+\s+)?i\s+kraft\b", re.IGNORECASE)
_STARTS = re.compile(
    r"\bbegynder\s+(?:\w+\s+)?at\s+løbe\b|\bløber\s+fra\b|\bregnes\s+fra\b|\bat\s+regne\s+fra\b|\bberegnes\s+fra\b"
    r"|\bfra\s+(?:og\s+med\s+)?(?:det\s+tidspunkt|det\s+øjeblik|den\s+dag|datoen|dagen)\b"
    r"|\bfår\s+retsvirkning,?\s+(?:når|fra|ved)\b|\btræder\s+i\s+kraft\b", re.IGNORECASE)


def asks_start(question: str) -> bool:
    """The question asks from when a period runs or an effect starts."""
    return bool(_START_ASK.search(question))


def states_start(sentence: str) -> bool:
    """The sentence states when a period starts to run or an effect begins ("begynder at løbe", "at regne fra",
    "får retsvirkning, når")."""
    return bool(_STARTS.search(sentence))


# A yes/no question whether a decision can be appealed or challenged ("Kan fogedrettens afgørelse om udlæg i min løn
# ankes?", "Is there any way to challenge that decision?", "Kan beslutet överklagas?"). Its answer is the sentence that
# states the decision is open to an appeal ("Rettens afgørelse kan gøres til genstand for en appel eller en
# kassationsappel …", "Afgørelsen kan appelleres til …"): it shares one or two words with the question, and the appeal
# section's other sentences (what the appeal applies to, listing "udlæg i løn" and "fast ejendom") outranked it. A
# wh-question ("Hvordan anker jeg …?", "Which court hears the appeal?") asks for the way or the place, not whether.
_APPEAL_ASK = re.compile(
    r"\b(?:ankes|anke[sr]?|appelleres|appelleras|påklages|påklage[rs]?|kæres|overklages|overklage[rs]?|"
    r"överklagas|överklaga[rs]?|appealed|appeal|challenged?|contest(?:ed)?|dispute[ds]?)\b", re.IGNORECASE)
# (not a relative clause on finality: "endelige domme, som ikke længere kan appelleres", "… hvis de ikke kan appelleres")
_APPEALABLE = re.compile(
    r"(?<!\bder\s)(?<!\bsom\s)(?<!\bde\s)(?<!længere\s)(?<!\bder\sikke\s)(?<!\bsom\sikke\s)(?<!\bde\sikke\s)"
    r"\bkan\s+(?:[^\W\d_]+\s+){0,3}?(?:appelleres|ankes|påklages|kæres|indbringes\s+for|"
    r"gøres\s+til\s+genstand\s+for\s+(?:en\s+|et\s+)?(?:appel|anke|kære|klage|indsigelse|prøvelse))\b", re.IGNORECASE)


def asks_appeal(question: str) -> bool:
    """A yes/no question whether a decision can be appealed or challenged."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", question.strip()) if _APPEAL_ASK.search(p)]
    return any(not _WH_OPENING.match(p) for p in parts)


def states_appealable(sentence: str) -> bool:
    """The sentence states that a decision can be appealed ("kan gøres til genstand for en appel", "kan appelleres")."""
    return bool(_APPEALABLE.search(sentence))


# A question placed after a point in the procedure or in time: "Hva skjer videre etter at namsmannen har tatt
# utleggspant …?", "Og hva skjer med pengene når eiendelene til slutt er solgt?", "Og når året er gået?", "What happens
# after the goods have been sold?". Its answer is what the source states next: the sentence after the one naming that
# point ("… gælder i ét år, fra den er afsagt. Efter dette tidspunkt skal der afsiges en ny …"; the table's next step,
# "5. Tvangssalg" after "4. Utleggspant"). That sentence shares none of the clause's words – it points back at the
# point ("Efter dette tidspunkt") or names the next step in words of its own – so the question's own words kept
# choosing the sentence that names the point, which the asker already knows.
# "når"/"when" opens such a clause only as a conjunction: its subject comes first ("når året er gået"); a verb right
# after it makes it the question word ("Når kan jeg klage?", "When is the sale?").
_AFTER_CLAUSE = re.compile(
    r"\b(?:efter\s+at|etter\s+at|efter\s+att|after|once|"
    r"(?:når|när|when)(?!\s+(?:kan|can|could|er|är|is|are|was|var|skal|ska|shall|må|must|will|would|does|do|did|"
    r"blir|bliver|får|gets?|har|have|has|gælder|gjelder|gäller|starter|begynder|begynner|börjar|starts?|begins?|"
    r"ophører|opphører|upphör|ends?|udløber|utløper|löper|expires?)\b))"
    r"\s+([^?.!,;–—]{3,120}?)\s*(?=[?.!,;–—]|$)", re.IGNORECASE)
# a clause of time or of a completed step has its verb in the perfect or the passive: "er gået", "har tatt", "er solgt",
# "has passed", "have been sold" ("efter at" / "after" need none: "after the sale")
_WHAT_HAPPENS = re.compile(r"\b(?:hva\s+skjer|hvad\s+sker|vad\s+händer|what\s+happens|hva\s+blir|what\s+then|"
                           r"neste\s+steg|næste\s+skridt|nästa\s+steg|next\s+step)\b", re.IGNORECASE)
_ELAPSED = re.compile(r"\b(?:er|är|has|have|is|har)\s+(?:gået|gått|passed|expired|over|forbi|ovre|udløbet|utløpt|"
                      r"utgått|udgået|runs?\s+out|run\s+out|løbet\s+ud|løpt\s+ut|löpt\s+ut)\b", re.IGNORECASE)
_BARE_WHEN = re.compile(r"^\s*(?:(?:og|and|och|men|but)\s+)?(?:når|när|when)\b", re.IGNORECASE)
_HOW_LONG = re.compile(r"\b(?:how\s+long|hvor\s+længe|hvor\s+lenge|hur\s+länge)\b", re.IGNORECASE)
_COMPLETED = re.compile(r"\b(?:er|är|is|are|har|hadde|havde|has|have|had|blir|bliver|been|was|were)\s+\S+",
                        re.IGNORECASE)


def after_clause(question: str) -> str | None:
    """The clause that places the question after a point ("etter at namsmannen har tatt utleggspant", "når året er
    gået"), or None. The last one counts: in a follow-up added to the earlier question, the turn's own clause."""
    found = None
    for m in _AFTER_CLAUSE.finditer(question):
        opener = m.group(0).split()[0].lower()
        if opener not in ("efter", "etter") and not _COMPLETED.search(m.group(1)):
            continue
        if opener in ("når", "när", "when") and not (_WHAT_HAPPENS.search(question) or _ELAPSED.search(m.group(1))
                                                       or _BARE_WHEN.match(question)):
            # "Hvor stort gebyr tar namsmannen, når et pengekrav blir inndrevet?", "Kan man miste sit kørekort, når
            # ens gæld bliver tvangsfuldbyrdet?": a condition, not a point the question is placed after; only "what
            # happens when …", a period that has run out ("når året er gået") or the clause alone ("Og når …?")
            continue
        if _HOW_LONG.search(question[:m.start()]):
            continue  # "How long after the judgment has been given can I …?" asks a duration, not the next step
        found = m.group(1)
    return found
