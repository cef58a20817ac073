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
    r"|\b(?:kan|vil)\s+(?:jeg|jag|eg)\s+(?:blive\s+|bli\s+)?(?:straffe[ts]|straffas|straffes|idømmes)\b"
    # may the other side act while a step is pending ("Kan fogeden sælge computeren i mellemtiden?", "Can the
    # creditor sell it meanwhile?"): answered by what may not be done in that period ("må ikke sælges i perioden …")
    r"|\b(?:kan|må|får|can|may)\s+(?:fogeden|fogden|kronofogden|kreditor\w*|borgenär\w*|the\s+(?:bailiff|creditor)|"
    r"han|hun|hon|he|she|de|they)\s+(?:[^\W\d_]+\s+){0,4}?(?:i\s+mellemtiden|i\s+mellomtiden|under\s+tiden|"
    r"så\s+länge|meanwhile|in\s+the\s+meantime|imens|imedens|mens\s+\w+|medan\s+\w+|"
    r"while\s+\w+)\b",
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


# A yes/no question whether something costs the asker anything: "Skal jeg betale for udskriften?", "Koster
# det noget at …?", "Må jeg betale for …?", "Kostar det något?", "Behöver jag betala för …?", "Do I have to pay
# for …?", "Is it free?". Its answer is the sentence that states a charge or its absence ("Udskriften er
# gratis.", "Der opkræves ingen afgift"), which is often short and shares few words with the question.
# A question opened by an interrogative word ("Hvor meget skal jeg betale?", "Hvem betaler …?") asks for an
# amount or a payer, not whether there is a charge, and does not match.
_COST_ASK = re.compile(
    r"(?:^|[.!?,]\s+)(?:og\s+|and\s+|och\s+|men\s+|but\s+)?(?:skal|må|behøver|behøves|ska|måste|behöver|"
    r"slipper)\s+(?:jeg|jag|eg|vi|man|skyldner\w*|kreditor\w*|fordringshaver\w*|borgenär\w*|gäldenär\w*)\s+"
    r"(?:\w+\s+)?(?:at\s+|å\s+|att\s+)?(?:betale|betala)\b"
    r"|(?:^|[.!?,]\s+)(?:og\s+|och\s+)?(?:koster|kostar)\s+(?:det|den|de|det\s+noget|det\s+noe|det\s+något)\b"
    r"|(?:^|[.!?,]\s+)(?:og\s+|och\s+)?(?:er|är)\s+(?:det|den|de)\s+(?:gratis|kostnadsfri\w*|avgiftsfri\w*|"
    r"vederlagsfri\w*)\b"
    r"|(?:^|[.!?,]\s+)(?:and\s+)?(?:do|does|will|must|would)\s+(?:i|we|you|the\s+\w+)\s+(?:have\s+to|need\s+to|"
    r")?\s*pay\b"
    r"|(?:^|[.!?,]\s+)(?:and\s+)?(?:does|will|would)\s+(?:it|this|that|the\s+\w+)\s+cost\b"
    r"|(?:^|[.!?,]\s+)(?:and\s+)?(?:is|are)\s+(?:it|this|that|they|the\s+\w+)\s+(?:free|free\s+of\s+charge)\b"
    r"|\bis\s+there\s+(?:a|any)\s+(?:fee|charge|cost)\b|\ber\s+der\s+(?:et|noget|nogen)\s+(?:gebyr|afgift)\b"
    r"|\ber\s+det\s+(?:et|noe)\s+(?:gebyr|avgift)\b|\bfinns\s+det\s+(?:en|någon)\s+avgift\b",
    re.IGNORECASE)

# A (Danish or Norwegian) source sentence that states what something costs or that it costs nothing:
# "gratis", "vederlagsfri", "uden beregning", "ingen afgift/gebyr/omkostninger", "koster", "et gebyr på",
# an amount of money.
_STATES_COST = re.compile(
    r"\bgratis\b|\bvederlagsfri\w*|\bomkostningsfri\w*|\bkostnadsfri\w*|\bgebyrfri\w*|\bafgiftsfri\w*"
    r"|\buden\s+(?:beregning|betaling|omkostninger|udgifter)\b|\buten\s+(?:kostnad|betaling)\b"
    r"|\b(?:ingen|intet|ikke\s+noget|ikkje)\s+(?:\w+\s+)?(?:afgift\w*|gebyr\w*|omkostning\w*|avgift\w*|"
    r"kostnad\w*|betaling\w*)"
    r"|\bkoster\b|\bkostar\b|\bgebyr\w*\s+(?:på|er|udgør|utgjør)\b"
    r"|\d[\d .,]*\s*(?:eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)",
    re.IGNORECASE)


def asks_cost(question: str) -> bool:
    """The question asks whether something costs the asker anything (a yes/no question about a charge)."""
    return bool(_COST_ASK.search(question.strip()))


def states_cost(sentence: str) -> bool:
    """The sentence states a charge, a fee's amount or that something is free of charge."""
    return bool(_STATES_COST.search(sentence))


# "Which act governs …?", "Hvilken lov regulerer …?", "Vilken lag gäller …?", "What is the legal basis …?":
# the question asks for a law by name. Its answer is the line that names one ("Sager om tvangsfuldbyrdelse
# omfattet af lov om tvangsfuldbyrdelse (utsökningsbalken)", "Tvangsfullbyrdelsesloven: Regulering av …"),
# which shares few words with the question and is often a sub-heading rather than a sentence.
_LAW_ASK = re.compile(
    r"\b(?:hvilken|hvilke|hvilket|vilken|vilka|vilket|which|what)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:lov|love|lover|loven|lovene|lovgivning\w*|lag|lagar|lagen|lagstiftning\w*|act|acts|law|laws|statute\w*|"
    r"legislation)\b"
    # "Hvor i lovgivningen står betingelserne?", "Where in the law …?": the line naming the act and its section answers
    r"|\b(?:hvor|hvar|var|where)\s+i[n]?\s+(?:the\s+)?(?:lov|loven|lovene|lovgivning\w*|lag|lagen|lagarna|lagstiftning\w*|"
    r"law|laws|legislation|act|statute\w*|code)\b"
    # "Gäller samma lag om exekutorer som när det handlar om skulder?": the line naming the act that governs the case
    r"|\b(?:samme|samma|same)\s+(?:lov|loven|lovgivning\w*|lag|lagen|lagstiftning\w*|law|act|statute)\b"
    r"|\b(?:legal|statutory)\s+basis\b|\b(?:retsgrundlag|rettsgrunnlag|lovhjemmel|hjemmel|rättslig\s+grund)\w*",
    re.IGNORECASE)

# A source line that names a law: "lov om …", "… (utsökningsbalken)", "fuldbyrdelsesloven", "Tvangsfullbyrdelsesloven".
_NAMES_LAW = re.compile(r"\blov\s+om\b|\blag\s+om\b|\b[^\W\d_]{3,}(?:lov|loven|lovens|lova|lagen|lagens|balken|balkens)\b",
                        re.IGNORECASE)


def asks_law(question: str) -> bool:
    """The question asks which law (act, statute) governs something."""
    return bool(_LAW_ASK.search(question.strip()))


def names_law(sentence: str) -> bool:
    """The sentence (or heading) names a law."""
    return bool(_NAMES_LAW.search(sentence))


# "Hvilken domstol behandler …?", "Vilken domstol är behörig …?", "Which court hears …?", "Hvilken slags
# domstol …?": the question asks for a court by name. Its answer names one ("Byretterne (općinski sudovi) er
# sagligt kompetente …", "… træffes af distriktsdomstolene", "byretten i Sofia"), and with the court's own
# name it often shares no word with the question.
_COURT_ASK = re.compile(
    r"\b(?:hvilken|hvilke|hvilket|vilken|vilka|vilket|which|what)\s+(?:(?:slags|slag|type|typer|sorts?|kinds?\s+of|"
    r"types?\s+of)\s+)?(?:[^\W\d_]+\s+)?(?:domstol\w*|rett|retten|retter|rätt|rätten|court|courts|tribunal\w*)\b"
    # the Danish "Hvilken ret skal jeg gå til …?" (a court), not "Hvilken ret har jeg til …?" (a right)
    r"|\b(?:hvilken|hvilke)\s+(?:(?:slags|type)\s+)?ret\b(?!\s+(?:har\s+(?:jeg|man|vi|du|skyldner\w*|kreditor\w*)|til)\b)",
    re.IGNORECASE)

# A source sentence that names a court: "domstol(en/e/ene)", a compound ending in "-domstol…", "-ret(ten/terne)"
# ("byretterne", "fogedretten", "regionalret") or "-rett(en)"; "retten" (the court). Plain "ret" is left
# out: it is "a right" as often ("har ret til"); so is "-ret" after a vowel other than "y" ("byret"): a past
# participle ("registreret", "besvaret") or a noun's definite form ("agenturet", "kontoret") – "Finansagenturet"
# is an agency, not a court.
_NAMES_COURT = re.compile(
    r"\b[^\W\d_]*domstol\w*|\b[^\W\d_]{2,}(?:(?<![aeiouæøå])ret|retten|retter|retterne|rett|rettene|rätt|rätten)\b"
    r"|\bskifteret\b|\bretten\b"
    r"|\bretterne\b|\bcourt\b",
    re.IGNORECASE)


# A court or an official named as such, not only the word: a compound whose first part says which court or office
# ("Byretterne", "distriktsdomstolene", "fogedretten", "byretten i Sofia", "justitssekretæren",
# "Kronofogdemyndigheten", "justitsministeren", "notarius publicus"), or the word followed by the institution's own
# name in brackets ("… den domstol i første instans (Tribunal de Primera Instancia)", "Fogeder (huissiers de justice)").
# "domstole", "retten", "fogeden" alone are the word only: a sentence using it ("… ved at indgive en begæring til
# retten") says nothing about which court.
_ACTOR_WORDS = (r"domstol(?:e|en|ene|ens|enes)?|retten|retter|retterne|rett|rettene|rätt|rätten|rätter|"
                r"myndighed|myndigheden|myndigheder|myndighet|myndigheten|myndigheter|sekretær\w*|sekreterare\w*|"
                r"foged|fogeden|fogeder|fogederne|fogd|fogden|fogdar|notar|notaren|notarer|notarius")
_ACTOR = r"(?:" + _ACTOR_WORDS + r")"
_DEFINITE = (r"(?:domstolen|domstolene|retten|retterne|rettene|rätten|rätterna|myndigheden|myndighederne|myndigheten|"
             r"myndigheterna|sekretæren|sekretærerne|sekreteraren|sekreterarna|fogeden|fogederne|fogden|fogdarna|"
             r"notaren|notarerne|ministeren|ministeriet|ministern|departementet)")
_NAMED_ACTOR = re.compile(
    # a compound: a specifying first part of 2+ letters ("by", "foged", "distrikts", "justits", "Kronofogde")
    # in its definite form ("byretten", "distriktsdomstolene"): "voldgiftsretter", "en handelsret" name a kind of court
    r"\b[^\W\d_]{2,}" + _DEFINITE + r"\b"
    # the word with the institution's own name in brackets, at most four words on (plain "ret" is a right as often)
    # ("(f.eks. …)", "(se …)", "(herefter: …)" are asides, not names)
    r"|\b(?:[^\W\d_]*" + _ACTOR + r"|[^\W\d_]{2,}(?<![aeiouæøå])ret)(?:\s+[^\W\d_]+){0,4}\s+"
    r"\((?!(?:f|fx|bl|jf|se|sml|dvs|herefter|hereafter|i|e|eg|ie|cf|see|eller|og|or|and|som|der|which)\b)"
    r"[^\W\d_]{2,}(?![.])\b"
    # the court of a named place: "retten i Sofia", "domstolen i Luxembourg"
    r"|\b[^\W\d_]*" + _ACTOR + r"\s+i\s+(?-i:[A-ZÆØÅÄÖ])[^\W\d_]+"
    # an office by its Latin title
    r"|\bnotarius\s+publicus\b",
    re.IGNORECASE)
# "-myndighed" compounds that describe a function rather than name an office ("fuldbyrdelsesmyndigheden",
# "tvangsfuldbyrdelsesmyndighed"): the word only
_DESCRIPTIVE = re.compile(r"(?:fuldbyrdelses|fullbyrdelses|verkställighets|enforcement)\w*$", re.IGNORECASE)
# "Fogedmyndigheden" is the Danish pages' general word for the bailiffs' authority ("Fogedmyndigheden træffer derfor
# beslutning om f.eks. udlæg."), as "the enforcement authority" is; "Kronofogdemyndigheten" is the Swedish office's own
# name, "fogedretten" a court
_GENERIC_AUTHORITY = re.compile(r"^(?:foged|fogde|fogd|namsmanns?)(?:myndighed\w*|myndighet\w*)$", re.IGNORECASE)


# The head of a named court ("Byretterne", "distriktsdomstolene", "fogedretten", "domstol i første instans
# (Tribunal de Primera Instancia)", "byretten i Sofia"), as against an office or an official ("justitssekretæren",
# "Kronofogdemyndigheten", "Fogeder (huissiers de justice)", "justitsministeren", "notarius publicus").
# the actor word a named compound ends in ("justits|sekretæren", "fuldbyrdelses|myndigheden", "by|ret"): what comes
# before it says which one, or only what it does (``_DESCRIPTIVE``)
_ACTOR_HEAD = re.compile(r"(?:ret|" + _ACTOR_WORDS + r")$", re.IGNORECASE)
_COURT_HEAD = re.compile(r"(?:domstol(?:e|en|ene|ens|enes)?|ret|retten|retter|retterne|rett|rettene|rätt|rätten|"
                         r"rätter|rätterna)$", re.IGNORECASE)


def names_actor(sentence: str, *, courts_only: bool = False) -> bool:
    """The sentence names a court or an official by its name (a specifying compound, the institution's own name in
    brackets, the court of a named place), not only the word "domstol", "retten", "fogeden".

    ``courts_only``: a court by its name only ("Byretterne", "den domstol i første instans (Tribunal de Primera
    Instancia)"); an office or an official ("Justitssekretærerne (Letrados …)", "Kronofogdemyndigheten") is no
    answer to "which court?"."""
    for m in _NAMED_ACTOR.finditer(sentence):
        word = re.sub(r"\W+$", "", m.group(0).split()[0])
        head = _ACTOR_HEAD.search(word)
        if head is not None and _DESCRIPTIVE.search(word[:head.start()]):
            continue
        if "(" not in m.group(0) and _GENERIC_AUTHORITY.match(word):
            continue  # the general word, not with the office's own name in brackets
        if courts_only and not _COURT_HEAD.search(word):
            continue
        return True
    return False


# "Hvem …?", "Vem …?", "Who …?": the question asks who does something. Its answer names the court or the official
# ("… er det justitssekretæren, der fører tilsyn …", "Fuldbyrdelsen gennemføres af den svenske fogedmyndighed
# (Kronofogdemyndigheten)"), which the question, in lay words, rarely shares.
# Only as the question's opening (or a clause's, after a comma or a dash): "a debtor who lives abroad" is a relative.
_WHO_ASK = re.compile(r"(?:^|[,;:–—-]\s*|[.?!]\s+)\W*(?:(?:og|and|och|men|but|so|så)\s+)?(?:hvem|vem|who)\b",
                      re.IGNORECASE)


# "Er det dommeren selv, der står for …?", "Er det en domstol eller en foged, der …?", "Är det domstolen som …?",
# "Is it the judge who …?": a cleft that offers the asker's guess at who acts and asks which one it is – the same
# question as "Hvem står for …?". Its answer names the office ("… er det justitssekretæren, der fører tilsyn …").
# Not "Er det noget, der …?" (something), "Er det muligt, at …?" (no "der"/"som" after the subject).
_CLEFT_ASK = re.compile(
    r"(?:^|[,;:–—-]\s*|[.?!]\s+)\W*(?:(?:og|and|och|men|but|so|så)\s+)?(?:er|är|is)\s+(?:det|it)\s+"
    r"(?!(?:noget|nogen|noe|noen|något|någon|nogle|some\w*|any\w*|det|dette|this|that|her|der|här|there|here)\b)"
    r"(?:[^\W\d_]+\s+){0,5}[^\W\d_]+,?\s+(?:der|som|who|that)\b",
    re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")


def asks_who(question: str) -> bool:
    """The question asks who (which person, office or body) does something.

    Only in a sentence that asks (ends with "?", or is the last one): "… men jeg aner ikke, hvem der er hans
    arbejdsgiver. Hvad skal jeg så oplyse?" states what the asker does not know and asks something else."""
    q = question.strip()
    for m in _WHO_ASK.finditer(q):
        end = _SENTENCE_END.search(q, m.end())
        if end is None or end.group(0).startswith("?"):
            return True
    return False


# "… who actually orders the concrete enforcement steps — the judge?", "Hvem står for udlægget – dommeren?": a
# who-question closing on the asker's guess at the office (a party, "– kun skyldneren?", is no office)
_GUESSED_OFFICE = re.compile(
    r"(?:[–—-]|,)\s*(?:(?:the|a|an|kun|only|bare|endast|selve)\s+)?(?:judges?|dommer\w*|domare\w*|domstol\w*|courts?|"
    r"retten|rätten|bailiffs?|foged\w*|fogd\w*|namsmann\w*|kronofogd\w*|notar\w*|notary|notaries)"
    r"(?:\s+(?:selv|self|himself|itself|själv))?\s*\?\s*$",
    re.IGNORECASE)


def asks_which_actor(question: str) -> bool:
    """The question offers its guess at who acts and asks whether it is that one ("Er det dommeren selv, der …?",
    "Er det en domstol eller en foged, der …?", "Who orders the steps — the judge?"): it is about the offices, unlike a "who" that may ask for a party
    ("Hvem får det, som er til overs?")."""
    q = question.strip()
    return bool(_CLEFT_ASK.search(q) or (asks_who(q) and _GUESSED_OFFICE.search(q)))


def asks_court(question: str) -> bool:
    """The question asks which court (or which kind of court) does or decides something."""
    return bool(_COURT_ASK.search(question.strip()))


def names_court(sentence: str) -> bool:
    """The sentence names a court."""
    return bool(_NAMES_COURT.search(sentence))


# "the only X" in the question ("det eneste sted, jeg har at bo", "min enda bil", "my only home") is what the
# sources state as "no other X" ("hvis skyldner … ikke har anden bolig", "ikke har noget andet
# forsørgelsesgrundlag"). The tokenizer drops "anden"/"andet"/"andre" as stop words, so no shared word links
# the two: the grammatical pattern does. (English only after a determiner: "if I only want to …" is no "only X".)
_ONLY_ASK = re.compile(r"\b(?:eneste|einaste|enda|ende)\b|\b(?:the|my|our|his|her|their|its)\s+(?:only|sole)\b",
                       re.IGNORECASE)
_NO_OTHER = re.compile(r"\b(?:ikke|ingen|intet)\s+(?:[^\W\d_]+\s+){0,2}?(?:anden|andet|andre)\b"
                       r"|\buden\s+(?:anden|andet|andre)\b", re.IGNORECASE)


def asks_only(question: str) -> bool:
    """The question speaks of "the only" thing of its kind (the only home, the only car)."""
    return bool(_ONLY_ASK.search(question))


def states_no_other(sentence: str) -> bool:
    """The sentence states that there is no other thing of a kind ("ikke har anden bolig")."""
    return bool(_NO_OTHER.search(sentence))


# "… træffes af distriktsdomstolene", "… fastsættes tidspunktet af retten", "Domme fuldbyrdes normalt af den advokat, …",
# "… beregnes af justitssekretæren": a Danish s-passive ("-es") whose agent ("af" + an actor) says who does the act. It
# answers "Hvem …?" / "Vilken domstol …?" in lay words it rarely shares ("sköter", "ender med at betale"), whether the
# actor is named ("distriktsdomstolene") or only a kind ("den advokat", "retten", "skyldneren"). The passive participle
# ("en afgørelse truffet af en almindelig domstol") says where a decision came from, not who acts, and does not match;
# nor does a genitive after "af" ("af skyldnerens …": a possession, not an agent).
_AGENT_NOUNS = (r"[^\W\d_]*(?:domstol|retten|retterne|rett|rettene|rätten|foged|fogd|namsm|advokat|notar|myndighed|"
                r"myndighet|sekretær|sekreterar|dommer|domare|politi|skyldner|kreditor|fordringshaver|rekvirent|"
                r"ministe|embedsm)[^\W\d_]*(?<!s)")
_PASSIVE_AGENT = re.compile(
    r"\b(?!(?:deres|des|dines|mines|sines)\b)([^\W\d_]{3,}es)\s+(?:[^\W\d_]+\s+){0,3}?af\s+"
    r"(?:(?:den|det|de|en|et)\s+)?(?:[^\W\d_]+\s+)?" + _AGENT_NOUNS + r"\b(?![-'’])",
    re.IGNORECASE)
# the passive of deciding or setting ("træffes", "afgøres", "besluttes", "bestemmes", "fastsættes", "fastlægges")
_DECIDED = re.compile(r"^(?:træffes|afgøres|besluttes|bestemmes|fastsættes|fastlægges)$", re.IGNORECASE)
# "Hvem bestemmer …?", "Vilken domstol beslutar …?", "Who decides …?", "Hvem fastsætter fristen?": the question asks who
# decides or sets something
_DECIDE_ASK = re.compile(
    r"\b(?:bestem\w*|beslut\w*|afgør\w*|avgjør\w*|avgör\w*|fastsæt\w*|fastsett\w*|fastställ\w*|decide\w*|decision\w*|"
    r"sets?|træffer\s+afgørelse|fatter\s+beslut\w*|fattar\s+beslut\w*)\b",
    re.IGNORECASE)


def states_agent(sentence: str) -> bool:
    """The sentence says who does an act by the passive's agent ("… træffes af distriktsdomstolene", "Domme
    fuldbyrdes normalt af den advokat, …")."""
    return bool(_PASSIVE_AGENT.search(sentence))


def states_decider(sentence: str) -> bool:
    """The sentence says who decides or sets something ("… træffes af distriktsdomstolene", "… fastsættes tidspunktet
    af retten …")."""
    return any(_DECIDED.match(m.group(1)) for m in _PASSIVE_AGENT.finditer(sentence))


def asks_decider(question: str) -> bool:
    """The question asks who decides or sets something ("Hvem bestemmer fristen?", "Vilken domstol beslutar om …?")."""
    return bool(_DECIDE_ASK.search(question))
