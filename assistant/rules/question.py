"""Reading a numeric question: its countries, language, topic, what a fee is named after, and the text
its keywords are scored against. What quantity it asks for is ``asked.py``; keyword matching ``keywords.py``.

Pure functions over the question text; the router (``router.py``) and rule selection (``selection.py``)
build on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.rules.concepts import with_concepts
from assistant.rules.asked import LATEST_ASKED, asked_quantity
from assistant.rules.keywords import _negated
from assistant.rules.parsing import WAGE_REFERENCES, parse_dates
from assistant.query._text import nfc_casefold
from assistant.rules.schema import Rule

if TYPE_CHECKING:  # the router's conversation state; only its last rule and topic are read here
    from assistant.rules.router import RouterState

# --------------------------------------------------------------------------- countries

_fold = nfc_casefold  # NFC + casefold, accents kept


def _local_detect(text: str) -> tuple[list[str], list[str]]:
    """Fallback matcher over the registry names (all languages + native), whole words, genitive -s."""
    from assistant.countries import registry
    folded, covered, uncovered = _fold(text), [], []
    hits = []
    for c in registry().values():
        if c.code == "EU":
            continue
        for name in {n for n in c.names.values() for n in n.split(" / ")}:
            m = re.search(r"(?<!\w)" + re.escape(_fold(name)) + r"(?:s|'s)?(?!\w)", folded)
            if m:
                hits.append((m.start(), c.code, c.covered))
                break
    for _, code, is_covered in sorted(hits):
        (covered if is_covered else uncovered).append(code)
    return covered, uncovered


def detect_countries(text: str) -> tuple[list[str], list[str]]:
    """(covered, uncovered) ISO codes in order of mention. Uses the query module's full lexicon when
    present (adjectives, misspellings, bodies) and the local matcher otherwise."""
    try:
        from assistant.query.places import detect_countries as full
    except ImportError:
        return _local_detect(text)
    found = full(text)
    # A named country outranks one inferred from an enforcement body ("namsmannen", "kronofogden"):
    # "Hvor mye kan namsmannen ta av lønna i Finland" is about Finland.
    named = [c for s in found.spans if s.kind != "body" for c in s.codes]
    covered = sorted(found.covered, key=lambda c: (c not in named, found.covered.index(c)))
    return covered, list(found.uncovered)


def implied_only(text: str) -> list[str]:
    """Covered codes the text gives only through the asker's own word for the bailiff ("namsmannen" → NO,
    "kronofogden" → SE) and no country name: a Norwegian speaker says "namsmannen" of a Bulgarian bailiff too."""
    try:
        from assistant.query.places import detect_countries as full
    except ImportError:
        return []
    return list(full(text).implied)


# --------------------------------------------------------------------------- topics and language

# Checked in this order; the first topic with a hit wins, so "gebyr for udlæg i løn" is a fee question
# and "klage over lønindeholdelse" an appeal question.
_HOW_LONG_VALID = (r"hvor længe (?:gælder|varer|holder|er .* gyldig)|hvor lenge (?:gjelder|varer|er .* gyldig)|"
                   r"hur länge (?:gäller|varar|är .* giltig)|how long (?:does|do|is|are|will) .* (?:last|valid|remain)|"
                   # "Till vilket datum gäller den?", "Hvilken dato gælder kendelsen til?", "until what date is it valid"
                   r"(?:til|till|indtil|inntil|until|up to) (?:hvilken|hvilket|vilken|vilket|which|what) (?:dato|datum|date)\w* "
                   r"(?:gælder|gjelder|gäller|is|does|will)|"
                   r"(?:hvilken|hvilket|vilken|vilket) (?:dato|datum)\w* (?:gælder|gjelder|gäller) .*(?:til|till|indtil|inntil)\b")
# "Hur länge kan en dom verkställas?" asks how long an enforcement title stays enforceable: the limitation
# period (its neighbour, validity, is searched too). Verbs only: in "Hvor længe er en eksigibel dom gyldig?"
# the adjective names the judgment and "gyldig" asks for validity.
_HOW_LONG_ENFORCEABLE = (
    r"hvor længe kan .*(?:fuldbyrdes|tvangsfuldbyrdes|eksekveres|inddrives|gøres gældende)|"
    r"hvor lenge kan .*(?:fullbyrdes|tvangsfullbyrdes|håndheves|inndrives|gjøres gjeldende)|"
    r"hur länge kan .*(?:verkställas|drivas in|göras gällande|exekveras)|"
    r"how long can .*(?:be enforced|be executed|be collected|be recovered)")
# "How long can X last" with a modal and the subject between ("hvor længe kan arresten vare?", "hvor lenge kan
# arresten gjelde i Belgia?", "hur länge får kvarstaden gälla?", "how long can the attachment last?") asks how long
# a measure stays in force: validity (session 11, dev q-1310). The verb of lasting ends the clause, since Swedish
# "vara" is also "be" ("hur länge kan jag vara borta") and Danish "vare" also "goods". It is a weak cue, checked
# after the measures' own topics, as "lasts" is: "hvor længe kan lønindeholdelsen vare" is about the wage.
_HOW_LONG_CAN_LAST = (
    r"(?:hvor længe|hvor lenge|hur länge|how long) (?:kan|må|vil|skal|får|ska|skall|kommer|can|may|could|would|"
    r"might|should) (?:\w+ ){0,4}?(?:vare|vara|gælde|gjelde|gälla|holde|hålla|last|remain valid|stay valid|"
    r"be valid|remain in force|stay in force|be in force)(?: (?:i|in|på|ved|vid|for|för) \w+)?"
    r"(?=\s*(?:[?.!,;:]|$| (?:hvis|om|if|når|när|when|efter|etter|after|fra|från|from)(?!\w)))")
TOPIC_PATTERNS: list[tuple[str, str]] = [
    ("appeal", r"appel|anke|ankefrist|kære|klag|påklag|indsigelse|innsigelse|invänd|överklag|overklag|appeal|"
               r"object|complain|challenge|bestride|bestrid|anfægt|anfekt|contest|"
               # to attack a decision or a title's validity: "angribe/angripe/angripa giltigheten av dokumentet"
               r"angrib|angrip|"
               # the national names of the remedy, quoted untranslated in questions ("fristen for Rekurs")
               r"rekurs|beschwerde|berufung|recours|ricorso|recurso|odvolan|sprzeciw|zażalen|"
               # Italy's "opposizione agli atti esecutivi", France's "opposition", Spain's "oposición", NL "verzet"
               r"opposizion|opposition|oposici|oposiç|verzet|"
               # to refuse or oppose a decision or an arrangement made: "kan kreditor sige nej til den
               # (afdragsordningen)?", "si nei til vedtaket", "säga nej till beslutet", "say no to it", "modsætte
               # sig ordningen" — only with the decision/arrangement (or a pronoun for it) as the object, so
               # "sige nej til at fogeden kommer ind" (refusing entry) stays no appeal
               r"(?:sige nej|si nei|säga nej|say no|modsætte (?:sig|mig|dig|os)|motsette (?:seg|meg|deg|oss)|"
               r"motsätta (?:sig|mig|dig|oss)|oppose) (?:til |till |to )?(?:den|det|dem|denne|dette|detta|it|"
               r"them|this|that|\w*ordning\w*|\w*afgørelse\w*|\w*avgjørelse\w*|\w*beslut\w*|\w*vedtak\w*|"
               r"\w*kendelse\w*|\w*kjennelse\w*|decision|\w*plan\w*|\w*arrangement\w*|order)(?!\w)"),
    ("limitation", r"forældelse|forælde|foreldelse|forelde|preskri|limitation|time-barred|time barred|statute of|"
                   r"ikke længere|ikke lenger|inte längre|no longer|" + _HOW_LONG_ENFORCEABLE),
    # Fee stems also match inside compounds: "retsgebyret", "grundafgiften", "stempelafgift".
    ("fee", r"\w*gebyr|\w*afgift|\w*avgift|\w*omkostning|kostnad|kostnader|koster|kostar|fee\b|fees\b|cost|"
            r"charge|moms|vat\b|grundsats|stamp duty|duty\b|"
            # what a professional is paid: "fogedens salær", "auktionslederens honorar"
            r"\w*salær|\w*salær\w*|\w*honorar\w*|vederlag\w*|"
            # what one charges: "vad tar fogden betalt för …", "hva tar namsmannen betalt for", "hvad tager
            # fogeden sig betalt for" ("betalt for"/"betalt?", never the participle of paying: "tar de lønna selv
            # om jeg har betalt?" is no fee)
            r"(?:tar|ta|tager|tage)(?!\w)[^.?!]{0,60}?(?<!\w)(?<!har )(?<!ha )(?<!hade )(?<!havde )(?<!hadde )"
            r"(?<!er )(?<!är )(?<!blevet )(?<!blitt )(?<!blivit )(?<!ikke )(?<!inte )betalt(?= (?:for|för)(?!\w)|\s*\?)"),
    ("validity", _HOW_LONG_VALID),
    # compounds end in the wage word: "nettomånedsløn", "månadslönen", "bruttolønna"
    ("garnishment", r"\w*(?:løn|lønn|lön)(?:nen|na|en|a|ne|s)?(?!\w)|løn|lønn|lön|wage|salary|salaries|garnish|nettoløn|pension|pensjon|indkomst|inntekt|inkomst|income|mindsteløn"),
    ("exempt", r"fritage|fritaget|undtaget|unntatt|undantag|exempt|protected|beskyttet|beskyttes|skyddad|skyddas|fødevare|mat\b|livsmedel|food|kontanter|cash|"
                # "can they take the tools I work with?" asks what is exempt
                r"værktøj|verktøy|verktyg|tools?\b|arbejdsredskab|arbeidsredskap|arbetsredskap|"
                # "can he take the firewood we heat with?" asks whether fuel is exempt (the pages: "det brændstof,
                # der er nødvendigt til opvarmning … i tre måneder", "brændsel til opvarmning"); not the bare "ved"
                # (nb/da "at, by")
                r"brændsel|brændstof|brensel|brennstoff|bränsle|fuel\b|firewood|veden\b|fyringsved|brenneved|"
                r"fyrved|fyre med|fyrer med|fyra med|elda med|eldar med"),
    ("sale", r"salg|sælge|solgt|auktion|auksjon|sale\b|sell|sold|auction|försälj|säljas|selges|sælges"),
    ("waiting", r"vente|ventetid|väntetid|vänta|waiting|wait\b|tidligst|tidligste|tidigast|earliest|how soon|"
                # the first day on which a step may be taken is the earliest ("den første dag, jeg kan få
                # fuldbyrdelsen sat i gang", "første dag han kan", "första dagen jag får", "the first day I can"):
                # the end of the wait before it, not a deadline (dev q-2356)
                r"(?:første|första|first) (?:dag|dagen|dato|datoen|datum|datumet|day|date)\b.*\b(?:kan|can|får|may|må)\b|"
                # from which day a step may be taken is the same ("från vilket datum kan den verkställas", "fra
                # hvilken dato kan dommen fuldbyrdes", "from what date can it be enforced"; dev q-1700)
                r"(?:fra|från|frå|from) (?:hvilken|hvilket|vilken|vilket|which|what) (?:dag|dato|datum|date)\b"
                r"(?: \w+){0,3}? (?:kan|can|får|may|må)\b|"
                r"hvornår kan .* (?:begynde|starte|gå i gang)|før .* kan (?:begynde|starte)|innan .* kan|"
                # how soon one MAY start ("hvor hurtigt må han gå i gang", "hur snabbt får han börja", "how quickly
                # can he start"): a speed word with a verb of permission and a verb of starting asks for the wait
                # before the step is allowed, not how fast a body must act (processing: "skal"/"must")
                r"(?:hvor hurtigt|hvor raskt|hur snabbt|how quickly|how fast) (?:må|kan|får|may|can|could) "
                r"(?:\w+ ){0,3}?(?:gå i gang|gå i gong|sætte i gang|sette i gang|sätta igång|sätta i gång|"
                r"begynde|begynne|börja|starte|starta|start|begin|commence|iværksætte|iverksette)(?!\w)|"
                # the time that passes between two steps: "hvor lang tid går der fra påbuddet, til …", "hvor mange
                # dage efter dommen kan der fuldbyrdes", "how many days after … can"
                r"(?:går der|går det|der gå|det gå|passes|pass|goes by|go by)\b.*\b(?:til|till|until|before|før|innan)\b|"
                r"(?:dage|dager|dagar|days|uger|uker|veckor|weeks) (?:efter|etter|after) .* (?:kan|can|får|may)\b"),
    ("voluntary", r"frivillig|voluntar|comply|betale før|betala innan|pay before"),
    ("validity", r"gyldig|giltig|valid|varighed|varighet|lasts?\b(?! day)|udløber|utløper|löper ut|expire|bortfald|"
                 r"senest|senast|seinast|at the latest|" + LATEST_ASKED + "|" + _HOW_LONG_CAN_LAST),
    ("threshold", r"beløbsgrænse|grænse|beløpsgrense|grense|gräns|threshold|lav værdi|low.value"),
    ("processing", r"hvor hurtigt|hvor raskt|hur snabbt|how quickly|how fast|træffe afgørelse|"
                   # the verb phrase, as in Danish ("treffe en avgjørelse"): the noun alone names a decision made
                   # ("vi fikk en avgjørelse om foreldreansvar"), the title enforced, not a body deciding
                   r"treffe (?:en )?avgjørelse|decide"),
]
# Every cue of a topic in one pattern (a topic may have several rows above: "validity" has two, and
# dict(TOPIC_PATTERNS) would keep only the last).
TOPIC_CUES: dict[str, str] = {}
for _topic, _pattern in TOPIC_PATTERNS:
    TOPIC_CUES[_topic] = f"{TOPIC_CUES[_topic]}|(?:{_pattern})" if _topic in TOPIC_CUES else f"(?:{_pattern})"

# A question about the same facts under a neighbouring heading: the texts put "how long is a judgment
# valid" under limitation in one country and under validity in another.
TOPIC_FALLBACK = {"validity": "limitation", "limitation": "validity", "waiting": "voluntary",
                  "voluntary": "waiting", "exempt": "garnishment", "garnishment": "exempt"}

_LANG_MARKERS = {
    "sv": r"\b(?:hur|och|är|inte|jag|vad|måste|dagar|gäller|för att|överklaga|lön|lönen|efter|på sig|mycket)\b",
    "nb": r"\b(?:hva|hvor lenge|mye|ble|lønna|nettolønna|vedtaket?|eiendeler|foreldes|namsmannen|ikke|jeg|gjelder|dager|"
          r"etter|må|å)\b",
    "en": r"\b(?:what|how|the|is|can|does|days|deadline|if|my|of|when|much)\b",
    "da": r"\b(?:hvad|hvor længe|meget|blev|løn|lønnen|afgørelsen?|skyldner|fogeden|forældes|ikke|jeg|gælder|dage|"
          r"efter|skal|kan man|til at|fra)\b",
}


def detect_language(text: str) -> str:
    folded = _fold(text)
    scores = {lang: len(re.findall(p, folded)) for lang, p in _LANG_MARKERS.items()}
    if re.search(r"[æø]", folded) and not re.search(r"[äö]", folded):
        scores["da"] += 1
        scores["nb"] += 1
    if re.search(r"[äö]", folded):
        scores["sv"] += 2
    best = max(scores.values())
    for lang in ("da", "nb", "sv", "en"):  # Danish wins ties: it is the corpus language
        if scores[lang] == best:
            return lang
    return "da"


# "Hvornår udløber fristen, hvis afgørelsen blev forkyndt den 3. marts 2026?": "udløber" is a validity cue,
# but the question asks when a *deadline* ends, counted from the service of a decision.
_DEADLINE_WORD = re.compile(r"frist|deadline|time limit")
_EXPIRY_ONLY = re.compile(r"udløber|utløper|löper ut|går ut|expire|run out|runs out|senest|senast|at the latest")
_VALIDITY_WORD = re.compile(r"gyldig|giltig|valid|varighed|varighet|bortfald|" + _HOW_LONG_VALID)
_SERVED = re.compile(r"forkynd|forkynt|delgiv|delgav|delges|served|service of|notified|underrettet|meddelt")


def deadline_topic(question: str, topic: str | None, state: RouterState) -> str | None:
    """A deadline-expiry question whose only topic cue is "udløber"/"expire" is no validity question:
    in a conversation it follows the previous topic (None lets the follow-up logic keep it); otherwise a
    deadline counted from the service of a decision is the time to appeal or object."""
    folded = _fold(question)
    if topic is None and not state.last_rule_id and _SERVED.search(folded) and asked_quantity(question) == "time" \
            and parse_dates(question):
        # "Afgørelsen blev forkyndt den 1. marts 2026. Hvad er sidste dag?": a dated service of a decision and
        # a time asked, with nothing else named, is the time to appeal it, even without the word "frist"
        return "appeal"
    if topic not in (None, "validity") or not _DEADLINE_WORD.search(folded):
        return topic
    if topic == "validity" and (not _EXPIRY_ONLY.search(folded) or _VALIDITY_WORD.search(folded)):
        return topic
    if state.last_rule_id and state.topic:
        return None
    return "appeal" if _SERVED.search(folded) else topic


# "Hvor lang tid har domstolen på å avgjøre en klage?" asks how long a body has to DECIDE (processing), not
# how long one has to appeal: a verb of deciding (never the noun "afgørelse") with a time question. Where the
# text states no decision time, the appeal deadline is no answer to it (no fact rather than the wrong one).
_DECIDE_VERB = re.compile(r"(?<!\w)(?:afgøre|afgøres|avgjøre|avgjøres|avgöra|avgörs|avgöras|decide|decided|"
                          # to deal with a complaint: "hvor hurtigt skal retten behandle en klage"
                          r"behandle|behandles|behandla|behandlas|handlægge|handlægges|handlägga|handläggas|"
                          r"hear|heard|deal with|dealt with|"
                          r"træffe (?:en )?afgørelse|treffe (?:en )?avgjørelse|fatta (?:ett )?beslut|rule on|"
                          # to take a position on it ("tage stilling til klagen", "ta stilling til", "ta ställning
                          # till"): deciding it (dev q-2072)
                          r"tage stilling|tager stilling|tages stilling|ta stilling|tar stilling|"
                          r"ta ställning|tar ställning|"
                          r"beslutte|besluttes|beslutter|besluta|beslutar|beslutas)(?!\w)")


# "Hvor mange år har jeg til at inddrive kravet?", "how long do I have to collect it?": a span of time asked
# about enforcing or collecting a claim, with no other topic, is the limitation period. Not when it asks how
# soon ("tidligst", "before") or how long enforcement takes ("tager", "takes"): those are a wait or a process.
_SPAN_ASKED = re.compile(r"(?<!\w)(?:hvor længe|hvor lenge|hur länge|how long|hvor mange år|hur många år|"
                         r"how many years|hvor lang tid|hur lång tid|"
                         # the span's last day: "til hvilken dato kan den tvangsfullbyrdes?", "indtil hvornår kan
                         # dommen fuldbyrdes?", "till vilket datum kan domen verkställas?", "until what date can it
                         # be enforced?" (dev q-2442)
                         r"(?:til|till|indtil|inntil|frem til|fram til|until|up to|up until) "
                         r"(?:(?:hvilken|hvilket|vilken|vilket|which|what) (?:dato|datum|date|dag|day)|"
                         r"hvornår|når|när|when))(?!\w)")
_ENFORCE_VERB = re.compile(r"(?<!\w)(?:tvangs)?(?:fuldbyrd|fullbyrd|inddriv|inndriv|eksekver|håndhæv|håndhev)\w*|"
                           r"(?<!\w)(?:verkställ\w*|driva in|drivas in|enforc\w*|collect\w*|recover\w*)")
# "before it is too late" ("før det er for sent", "innan det är för sent") names the end of the span, not how
# soon: "how long does the creditor have to apply for enforcement before it's too late?" is the limitation period
_TOO_LATE = re.compile(r"(?<!\w)(?:før|inden|innen|innan|före|before) (?:det|it)(?:'s|’s| is| er| är) "
                       r"(?:for|för|too) (?:sent|late)(?!\w)")
_NOT_A_LIMIT = re.compile(r"(?<!\w)(?:tidligst|tidligste|tidigast|earliest|før|innan|innen|before|dröjer|går der|"
                          r"vente|venter|vänta|wait|tager|tar|tog|takes|take|took|varer|varar|lasts?|"
                          # enforcing "directly" (without a new title) is a step's own window, not how long the
                          # title may be enforced at all ("indtil hvilken dato kan fogeden fuldbyrde afgørelsen
                          # direkte": FI's custody order, dev q-1022)
                          r"direkte|direkt|directly|umiddelbart|omedelbart|immediately)(?!\w)")


# A time limit for asking for enforcement ("Is there a deadline for applying to the bailiff?", "fristen for at
# begære tvangsfuldbyrdelse", "frist for å begjære tvangsfullbyrdelse", "tidsfrist för att ansöka om verkställighet"):
# how long the title may be enforced, the limitation period (dev q-2260). The deadline word, then the verb of
# applying with enforcement or the bailiff as its object; never a suspension or another step asked of him.
_APPLY_DEADLINE = re.compile(
    r"(?<!\w)(?:\w*frist\w*|deadline|time limit|time-limit|time bar)\s+(?:for|för|til|till|to|on|at)\s+"
    r"(?:(?:at|å|att)\s+)?(?:apply|applying|application|file|filing|ansøge|ansøgning|søke|søknad|ansöka|ansökan|"
    r"begære|begæring|begjære|begjæring|begära|begäran|indgive|inngi|ge in|lämna in|request|requesting)\s+"
    r"(?:(?:for|to|om|till|with|hos|til|en|ett|a|an|the)\s+){0,3}"
    r"(?:(?:tvangs)?fuldbyrdelse(?:n|r|rne)?|(?:tvangs)?fullbyrdelse(?:n|r|ne)?|verkställighet(?:en)?|"
    r"verkställande|enforcement|"
    r"execution|fogeden|foged|namsmannen|namsmann|kronofogden|bailiff|bailiffs|enforcement officer|"
    r"begæring om (?:tvangs)?fuldbyrdelse|begjæring om (?:tvangs)?fullbyrdelse)(?!\w)")


# "still" asked with an elapsed time ("for fire måneder siden", "for fire måneder sidan", "för fyra månader
# sedan", "four months ago"): whether a time limit has run (see detect_topic)
_STILL = re.compile(r"(?<!\w)(?:stadig|stadigvæk|endnu|fortsat|fortsatt|fremdeles|enda|ennå|fortfarande|"
                    r"ännu|still)(?!\w)")
# "still" with a verb of lasting, in either order, within a few words: "still hold", "still valid", "still in
# force", "stadig gælde", "gælder … stadig", "fortsatt gjelde", "fortfarande gälla", "holder det stadig"; and the
# lay words for a measure ending by itself: "lapse", "falde/falle/falla bort", "bortfalle/bortfaller" (nb/sv)
_HOLD_VERB = (r"(?:hold|holds|holde|holder|hålla|håller|valid|gyldig\w*|giltig\w*|in force|i kraft|gælde|gælder|"
              r"gjelde|gjelder|gälla|gäller|apply|applies|stand|stands|ved lag|ved magt|effective)")
_STILL_HOLDS = re.compile(r"(?<!\w)(?:" + _STILL.pattern.replace("(?<!\\w)", "").replace("(?!\\w)", "") + r")"
                          r"(?: \w+){0,3}? (?:be )?" + _HOLD_VERB + r"(?!\w)|"
                          r"(?<!\w)" + _HOLD_VERB + r"(?: \w+){0,3}? (?:stadig|stadigvæk|fortsat|fortsatt|fremdeles|"
                          r"fortfarande|still)(?!\w)|"
                          r"(?<!\w)(?:lapse|lapsed|lapses|falder bort|faldet bort|faller bort|falt bort|falla bort|"
                          r"fallit bort|bortfalle\w*|bortfaller)(?!\w)|"
                          # whether it holds forever ("Gælder udlægget for evigt?", "Gjelder utlegget for alltid?",
                          # "Gäller utmätningen för alltid?", "Does the seizure last forever?") asks how long it lasts
                          r"(?<!\w)(?:" + _HOLD_VERB + r"|last|lasts|vare|varer|vara|varar)(?: \w+){0,3}? "
                          r"(?:for evigt|for evig|for altid|for alltid|för evigt|för alltid|i al evighed|"
                          r"i all evighet|i evighet|forever|for ever|indefinitely|permanently|"
                          r"på ubestemt tid|på obestämd tid|uden tidsbegrænsning|uten tidsbegrensning|"
                          r"utan tidsbegränsning|without (?:a |any )?time limit)(?!\w)")


def _asked_sentences(folded: str) -> str:
    """The sentences that ask (ending in "?"), or the whole text when none does: "…, or the order lapses. How
    long …?" describes the lapse in a statement and asks something else."""
    asked = re.findall(r"[^.!?]*\?", folded)
    return " ".join(asked) if asked else folded


_TIME_UNIT = (r"(?:dag|dage|dagen|dagar|døgn|dygn|days?|uge|uger|uke|uker|vecka|veckor|weeks?|måned|måneder|månad|"
              r"månader|months?|år|years?)")
_ELAPSED = re.compile(r"(?<!\w)(?:for|för) (?:\w+ ){1,3}?" + _TIME_UNIT + r" (?:siden|sidan|sedan)(?!\w)|"
                      r"(?<!\w)(?:\w+ ){1,3}?" + _TIME_UNIT + r" ago(?!\w)")


# "Hvor mange dage har jeg til at betale?": the time a debtor is given to pay is the voluntary-compliance period
# (only with a time question: "what happens if I ignore an order to pay?" asks for no period).
_TIME_TO_PAY = re.compile(r"(?<!\w)(?:at|to|att|å) (?:betale|betala|pay)(?!\w)")
# Someone asking the debtor to pay ("bad mig om at betale", "ba meg om å betale", "bad mig att betala", "asked me to
# pay", "anmodede skyldneren om at betale"), or a deadline to pay ("fristen for at betale", "fristen til å betale",
# "fristen att betala", "the deadline to pay"). Not a court's order ("dømte/pålagde … at betale", "ordered … to pay"):
# that is the judgment's content, whose enforcement may be what is asked. A date may stand between the person asked
# and the payment ("bad mig den 24. februar 2025 om at betale").
# A court ordering payment ("A Polish court ordered my debtor to pay me back", "dømte ham til at betale", "dømt til
# å betale", "dömde henne att betala", "pålagde mig at betale"): the judgment's content, not time given to pay
# (dev q-2260). Left out before the time-to-pay check; an order to the asker ("har pålagt mig at betale … Hvor mange
# dage har jeg?") is their time to comply.
_COURT_ORDERED_PAY = re.compile(
    r"(?<!\w)(?:ordered|orders|order|sentenced|dømte|dømt|idømt|pålagde|pålagt|påla|pålegger|ålade|ålagt|ålägger|"
    r"dömde|dömd|dömdes|dømmer|dömer)\s+(?!(?:mig|meg|mej|me|os|oss|us|jeg|jag|eg|i)\s)(?:[\w.,]+\s+){0,4}?"
    r"(?:til\s+|om\s+)?(?:at|å|att|to)\s+"
    r"(?:betale|betala|pay)(?!\w)")
# the asker as the passive's subject ("jeg er dømt til at betale", "jag har dömts att betala", "I was ordered to pay"):
# the order is to the asker, whose time to comply is asked (dev q-1631)
_ASKER_PASSIVE = re.compile(r"(?<!\w)(?:jeg|jag|eg|i|vi|we)\s+(?:er|är|blev|ble|vart|har været|har vært|har varit|"
                            r"har blitt|har blivit|am|was|were|have been|['’]ve been|['’]m)\s+$")


def _others_order_left_out(folded: str) -> str:
    """``folded`` without a court's order to pay addressed to someone other than the asker."""
    return _COURT_ORDERED_PAY.sub(
        lambda m: m.group(0) if _ASKER_PASSIVE.search(folded[max(0, m.start() - 30):m.start()]) else " ", folded)


_PAY_REQUESTED = re.compile(
    r"(?<!\w)(?:bad|bedt|beder|ba|bedd|ber|anmod\w*|opfordr\w*|uppman\w*|begärde|begärt|asked|asks|requested|"
    r"requests|called on|calls on)\s+(?:(?:mig|meg|mej|os|oss|me|us|him|her|ham|hende|henne|honom|"
    r"skyldner\w*|gäldenär\w*|(?:the |my )?debtor)\s+)?(?:[\w.,]+\s+){0,4}?(?:om\s+)?(?:at|å|att|to)\s+(?:betale|betala|pay)(?!\w)|"
    # without the infinitive marker, right after the person asked: "bad mig betale gælden", "ba meg betale",
    # "bad mig betala" (colloquial; dev q-2478)
    r"(?<!\w)(?:bad|bedt|beder|ba|bedd|ber|begärde|begärt)\s+(?:mig|meg|mej|os|oss|ham|hende|henne|honom|"
    r"skyldner\w*|gäldenär\w*)\s+(?:betale|betala)(?!\w)|"
    r"(?<!\w)(?:frist\w*|deadline|time limit)\s+(?:for|til|till|to)\s+(?:(?:at|å|att)\s+)?(?:betale|betala|betaling\w*|"
    r"betalning\w*|pay|paying|payment)(?!\w)")
# the debtor's own payment by a time: "skal jeg senest have betalt", "må jeg betale senest", "måste jag senast ha
# betalat", "must I pay by"; and the other acts a judgment orders the debtor to do by a time, which are complying
# with it just as paying is (session 11, dev q-1298): moving out of a dwelling ("skal jeg senest være flyttet",
# "må jeg senest flytte ut", "måste jag senast ha flyttat", "must I move out by"), handing something over, or
# complying itself ("opfylde", "oppfylle", "fullgöra", "comply")
_BY_AUXILIARIES = r"(?:(?:senest|senast|seinast|have|ha|være|vere|vara|be|have been|været|vært|varit)\s+){0,2}"
_PAID = r"betalt|betale|betala|betalat|paid|pay"
_MUST_PAY_BY = re.compile(
    r"(?<!\w)(?:skal|må|ska|skall|måste|must|have to|do i have to)\s+(?:jeg|jag|i|we|vi|man)\s+" + _BY_AUXILIARIES +
    r"(?:" + _PAID + r"|"
    r"flyttet|flytte|flyttat|flytta|fraflyttet|fraflytte|moved|move|vacated|vacate|forladt|forlade|forlatt|forlate|"
    r"lämnat|lämna|left|leave|rømt|rømme|ryddet|rydde|utrymt|utrymma|ude|ute|out|"
    r"udleveret|udlevere|utlevert|utlevere|afleveret|aflevere|overdraget|overdrage|handed|hand|"
    r"opfyldt|opfylde|oppfylt|oppfylle|fullgjort|fullgjøre|fullgöra|complied|comply|"
    r"efterkommet|efterkomme|etterkommet|etterkomme|efterkommit|efterkomma)(?!\w)")


# The debtor's own time to pay asked in the third person ("Hvad er den sidste dag, han skal have betalt?", "når må
# skyldneren betale?", "by when must he pay?"), in either word order: the judgment ordering him to pay stays the case,
# but this asks the time he has to comply (a court's order to pay someone else is left out of the time-to-pay check,
# ``_others_order_left_out``; without this the question beside it was lost, and CZ's court deadline answered instead
# of its three days: H16 q-2551). Paying only; moving out or handing over is asked of the asker above.
_OTHER_MUST_PAY = re.compile(
    r"(?<!\w)(?:(?:skal|må|ska|skall|måste|must|has to|have to)\s+(?:han|hun|hon|hen|he|she|they|de|"
    r"skyldneren|skyldnaren|gäldenären|debitor|debitoren|the debtor|my debtor|debtor)|"
    r"(?:han|hun|hon|hen|he|she|skyldneren|skyldnaren|gäldenären|debitor|debitoren|debtor)\s+"
    r"(?:skal|må|ska|skall|måste|must|has to))\s+" + _BY_AUXILIARIES + r"(?:" + _PAID + r")(?!\w)")


# Answering someone else's complaint ("kommentere en indsigelse", "reply to an objection") is a step of the
# proceedings, like deciding one: with a time question it asks for that time, not for the appeal deadline.
_ANSWER_COMPLAINT = re.compile(
    r"(?<!\w)(?:kommentere|kommentera|besvare|besvara|svare på|svara på|udtale sig om|uttale seg om|yttra sig över|"
    r"reply to|respond to|comment on|answer) (?:\w+ ){0,3}?(?:indsigelse|innsigelse|invändning|klage|klagen|"
    r"klagan|objection|complaint|appeal|appel|anke|överklagande)\w*"
    # the noun of the same act, the body's dealing with a complaint: "frist for behandling af klage", "behandlingen
    # av klagen", "prövning av klagomål", "handläggningen av överklagandet", "the hearing of the complaint": the time
    # a court or bailiff has to deal with it (processing), not the complainant's time to lodge it (appeal)
    r"|(?:behandling|behandlingen|prøvning|prøvningen|prövning|prövningen|handläggning|handläggningen|"
    r"handlæggelse|handlæggelsen|hearing|processing|examination) (?:af|av|of) (?:\w+ ){0,2}?"
    r"(?:indsigelse|innsigelse|invändning|klage|klagen|klagemål|klagomål|klagan|objection|complaint|appeal|"
    r"appel|anke|överklagande)\w*"
    # the complaint "taken up" by the court, in the passive ("klagomålet ska tas upp", "klagen skal tages op",
    # "klagen skal tas opp", "the complaint must be taken up") or active ("ta upp klagomålet", "tage klagen op",
    # "take up the complaint"): the court hearing it, the processing time (H16 q-2533); "prövas"/"prøves" likewise
    r"|(?:indsigelse|innsigelse|invändning|klage|klagen|klagemål|klagemålet|klagomål|klagomålet|klagan|objection|"
    r"complaint|appeal|appel|appellen|anke|anken|överklagande|överklagandet)(?: \w+){0,3}? (?:tas upp|tages op|"
    r"tas opp|tages opp|bli tatt opp|blive taget op|be taken up|taken up|prövas|prøves|prøvet|prövad)(?!\w)"
    r"|(?<!\w)(?:ta upp|tar upp|tage op|tager op|ta opp|tar opp|take up|takes up) (?:\w+ ){0,2}?"
    r"(?:indsigelse|innsigelse|invändning|klage|klagen|klagemål|klagomål|klagomålet|klagan|objection|complaint|"
    r"appeal|anke|överklagande)\w*"
    r"|(?<!\w)(?:tage|tager|tages) (?:\w+ ){0,1}?(?:klagen|klagemålet|indsigelsen|anken) op(?!\w)")


# The money passed on after a sale or a collection ("hvor hurtigt skal pengene sendes videre til kreditor?",
# "när ska pengarna betalas ut till borgenären", "how soon must the proceeds be passed on"): a verb of passing on,
# transferring or distributing with the money or the creditor it goes to, asked with a time, is the time the
# bailiff has to do it (processing); a sale named beside it ("har solgt min bil på auktion") is the circumstance.
# A particle verb often has the money as a pronoun between verb and particle ("pass it on to me", "sende dem
# videre", "skicka dem vidare", "betale det ud", "pay it out"): the pronoun refers back to the money named earlier.
_OBJ = r"(?:(?:det|den|dem|dei|it|them) )?"
_PASS_ON_VERB = (r"(?:sendes|sende|sendt|skickas|skicka|skickad|send|sent) " + _OBJ + r"(?:videre|vidare|on)|"
                 r"videregive\w*|videregi\w*|viderebetal\w*|vidarebefordra\w*|"
                 r"overfør\w*|överför\w*|(?:föras|förs|för) " + _OBJ + r"över|transferr?\w*|"
                 r"udbetal\w*|utbetal\w*|(?:betales|betalas|betale|betala) " + _OBJ + r"(?:ut|ud)|paid out|pay "
                 + _OBJ + r"out|fordele|fordeles|fordelt|fördela|fördelas|fördelat|distribut\w*|forward\w*|"
                 r"hand(?:ed|s)? " + _OBJ + r"over|pass(?:ed|es)? " + _OBJ + r"on")
_PASSED_MONEY = (r"penge\w*|pengar\w*|beløb\w*|beløp\w*|belopp\w*|midler\w*|medel|medlen|provenu\w*|"
                 r"proveny\w*|overskud\w*|overskudd\w*|överskott\w*|indtægt\w*|inntekt\w*|"
                 r"intäkt\w*|money|proceeds|amount|funds|sum|kreditor\w*|borgenär\w*|fordringshaver\w*|"
                 r"fordringsägare\w*|creditor\w*|sagsøger\w*|saksøker\w*|claimant\w*")
_WAIT_WORD = re.compile(r"(?<!\w)(?:vent\w*|vänt\w*|wait\w*|tidligst\w*|tidigast\w*|earliest)(?!\w)")
_MONEY_PASSED_ON = re.compile(r"(?<!\w)(?:" + _PASSED_MONEY + r")(?!\w)[^.?!]{0,60}?(?<!\w)(?:" + _PASS_ON_VERB
                              + r")(?!\w)|(?<!\w)(?:" + _PASS_ON_VERB + r")(?!\w)[^.?!]{0,60}?(?<!\w)(?:"
                              + _PASSED_MONEY + r")(?!\w)")
# The money named in an earlier sentence and a pronoun for it in the asked one ("… og fået pengene ind på sin
# konto. Hvor hurtigt skal han sende dem videre til mig?", "… got the money. How soon must he pass it on?"): the
# pronoun object of a particle verb of passing on refers back across the sentence boundary (dev q-2171).
_PRONOUN_PASS_ON = (r"(?:sendes|sende|sendt|skickas|skicka|skickad|send|sent) (?:det|den|dem|dei|it|them) "
                    r"(?:videre|vidare|on)|(?:föras|förs|för) (?:det|den|dem|it|them) över|"
                    r"(?:betales|betalas|betale|betala) (?:det|den|dem|dei) (?:ut|ud)|pay (?:it|them) out|"
                    r"hand(?:ed|s)? (?:it|them) over|pass(?:ed|es)? (?:it|them) on|"
                    r"(?:overføre|overføres|överföra|överförs|transfer|videregive|videregi|udbetale|utbetale|"
                    r"utbetala|forward) (?:det|den|dem|dei|it|them)")
_MONEY_THEN_PRONOUN = re.compile(r"(?<!\w)(?:" + _PASSED_MONEY + r")(?!\w).{0,160}?(?<!\w)(?:" + _PRONOUN_PASS_ON
                                 + r")(?!\w)", re.S)


def detect_topic(text: str) -> str | None:
    # net-pay wording ("efter skatt och pensionsavgift", "after tax and social charges") is no fee asked about
    folded = _fold(_BESIDES_COSTS.sub(" ", _PAY_DEDUCTIONS.sub(" ", text)))
    time = asked_quantity(text) == "time"
    if (_DECIDE_VERB.search(folded) or _ANSWER_COMPLAINT.search(folded)) and time:
        return "processing"
    topic = _pattern_topic(folded)
    # "how soon" alone is a speed, not a wait: "how soon must he pass the money on" is the bailiff's time
    # (processing); a wait word ("vente", "vänta", "wait", "tidligst", "earliest") keeps the waiting topic
    if (topic in (None, "sale") or topic == "waiting" and not _WAIT_WORD.search(folded)) and time \
            and (_MONEY_PASSED_ON.search(folded) or _MONEY_THEN_PRONOUN.search(folded)):
        return "processing"
    if topic is None and _SPAN_ASKED.search(folded) and _ENFORCE_VERB.search(folded) \
            and not _NOT_A_LIMIT.search(_TOO_LATE.sub(" ", folded)):
        return "limitation"
    if topic is None and _APPLY_DEADLINE.search(folded):
        return "limitation"
    if topic in (None, "sale", "waiting") and _STILL_HOLDS.search(_asked_sentences(folded)):
        # "Does the seizure still hold?", "Gælder udlægget stadig?", "Står beslaget fortsatt ved lag?", "Gäller
        # utmätningen fortfarande?": whether a measure still holds asks how long it lasts (validity), whatever
        # the case around it names (an auction that never came: dev q-2115)
        return "validity"
    if topic is None and _STILL.search(folded) and _ELAPSED.search(folded):
        # "forkyndte et precetto for fire måneder siden … Kan han stadig …?", "four months ago … can he still …":
        # whether a step is still possible after a stated lapse of time asks whether its time limit has run
        return "validity"
    if topic is None and time and (_TIME_TO_PAY.search(_others_order_left_out(folded))
                                   or _OTHER_MUST_PAY.search(folded)):
        return "voluntary"
    if topic == "validity" and not _VALIDITY_WORD.search(folded) and (
            _MUST_PAY_BY.search(folded) or _OTHER_MUST_PAY.search(folded)
            # "bad mig om at betale gælden … Hvornår udløber fristen?", "asked me to pay … when does the time limit
            # expire?": a deadline whose only topic cue is its expiry, with a request to pay or a deadline to pay,
            # is the time given to pay (dev q-2177); a judgment ordering payment ("dømte … til at betale i rater
            # … fristen for at tvangsfuldbyrde") is the case, not the deadline asked (dev q-802, q-2178), and
            # without the deadline word ("udløber udlægget, hvis jeg ikke når at betale") validity is asked
            or time and _DEADLINE_WORD.search(folded) and _EXPIRY_ONLY.search(folded)
            and _PAY_REQUESTED.search(folded)):
        # "Hvornår skal jeg senest have betalt?": "senest" is the only validity cue, and it is the time the
        # debtor has to pay (comply), not how long a measure lasts
        return "voluntary"
    return topic


# A negated appeal cue is a condition of the case, not what is asked: "by what date must it be sold, if I
# don't object in writing?" asks about the sale ("hvis jeg ikke klager", "om jag inte överklagar").
_CONDITION_ONLY = ("appeal",)


# In a Scandinavian main clause the negation follows the finite verb: "jeg anker ikke", "jag överklagar inte",
# "eg klagar ikkje", "jeg klager ikke over den" deny the appeal as much as "hvis jeg ikke anker" (dev q-1700)
_NEGATED_AFTER = re.compile(r"\w+ (?:ikke|ikkje|inte|icke)(?!\w)")


def _pattern_topic(folded: str) -> str | None:
    for topic, pattern in TOPIC_PATTERNS:
        hits = [m.start() for m in re.finditer(r"(?<!\w)(?:" + pattern + r")", folded)]
        if hits and topic in _CONDITION_ONLY and all(_negated(folded, h) or _NEGATED_AFTER.match(folded, h)
                                                     for h in hits):
            continue
        if hits:
            return topic
    return None


# --------------------------------------------------------------------------- what a fee is for

# A fee named by what it is for ("försäljningsavgiften", "salgsgebyret", "the sales fee", "gebyr for salg")
# is that fee: another fee of the same country (a basic fee) does not answer it, and when no rule is about it
# the router returns nothing, so the answer can say the text states no such amount.
_FEE_SUBJECT_TOPICS = ("sale", "appeal")
_FEE_WORD = r"(?:gebyr|afgift|avgift|omkostning|kostnad|fee|fees|charge|charges)"
_FEE_SUBJECT = re.compile(
    r"(?<!\w)(\w+?)(?:gebyr|afgift|avgift|omkostning|kostnad)|"           # compounds: "salgsgebyret"
    r"(?<!\w)(\w+) (?:fee|fees|charge|charges)(?!\w)|"                     # "the sales fee"
    r"(?<!\w)" + _FEE_WORD + r"\w* (?:for|för|of|on|ved|vid) (?:(?:the|a|an|en|et|ett|at|att|å|af|av) )?(\w+)|"
    # "Hva koster salget?", "Hvad koster det at sælge …?", "what does it cost to sell …?"
    r"(?<!\w)(?:koster|kostar|kostet|cost|costs) (?:det |it )?(?:(?:at|att|å|to|en|et|ett|the|a|an) )?(\w+)")


def fee_subjects(question: str) -> set[str]:
    """The specific topics (sale, appeal) a question's fee is named after: {"sale"} for "salgsgebyr"."""
    found = set()
    for m in _FEE_SUBJECT.finditer(_fold(question)):
        word = next(g for g in m.groups() if g)
        for t in _FEE_SUBJECT_TOPICS:
            # a sale may end a compound ("tvangsauktionen"); appeal stems only start one ("anke", not "banken")
            find = re.search if t == "sale" else re.match
            if any(find(TOPIC_CUES[t], w) for w in {word, word.rstrip("s")} if w):
                found.add(t)
    return found


def _about(rule: Rule, subjects: set[str]) -> bool:
    """Whether a fee rule is the fee of every subject asked for (its keywords and labels name it)."""
    if not subjects or rule.topic != "fee":
        return True
    text = _fold(" ".join([*rule.keywords, *rule.labels.model_dump().values()]))
    return all(re.search(r"(?<!\w)\w*(?:" + TOPIC_CUES[t] + r")", text) for t in subjects)


# How a net wage is described ("efter skat og bidrag", "after tax and contributions") names no claim: its
# "bidrag" (social contributions) is not maintenance ("underholdsbidrag"), so it is no keyword. The deductions
# may be a list ("after tax, health insurance and pension contributions", "efter skat, AM-bidrag og
# pensionsbidrag", "etter skatt og pensjonsinnskudd"): the "pension" of a pension CONTRIBUTION is no pension
# being garnished (session 12, dev q-1481 took Hungary's pension rule for a wage question).
_PAY_DEDUCTION_ITEM = (r"(?:\w*bidrag|\w*afgifter|\w*afgift|\w*avgifter|\w*avgift|contributions?|social security|"
                       r"insurance|\w*forsikring|\w*forsikringer|\w*försäkring|\w*försäkringar|premiums?|"
                       r"\w*innskudd|\w*indbetalinger|\w*inbetalningar)")
_PAY_DEDUCTIONS = re.compile(
    r"(?:efter|etter|after|net of) (?:\w+ )?(?:skatten|skatter|skatt|skat|taxes|tax)(?!\w)"
    r"(?:(?:,\s*|\s+(?:og|and|och|&)\s+|,\s*(?:og|and|och)\s+)(?:[\w-]+ ){0,2}" + _PAY_DEDUCTION_ITEM + r"(?!\w))*",
    re.IGNORECASE)


# Costs named as what comes on top of the sum asked ("utöver kostnaderna", "ud over omkostningerne", "i tillegg til
# kostnadene", "in addition to the costs", "plus costs"): a condition of the payment asked about, never a fee asked
# for ("Hur mycket av skulden måste jag minst betala …, utöver kostnaderna?" asks a share of the debt: H16 q-2555)
_BESIDES_COSTS = re.compile(
    r"(?<!\w)(?:utöver|utover|ud over|udover|ut over|foruden|i tillæg til|i tillegg til|i tillägg till|"
    r"förutom|besides|in addition to|on top of|apart from|excluding|exclusive of|plus) "
    r"(?:(?:de|dei|the|alle|alla|all|eventuelle|eventuella|any|sagens|saksens|målets|mine|mina|my) )?"
    r"(?:\w*omkostning\w*|\w*kostnad\w*|\w*gebyr\w*|\w*afgift\w*|\w*avgift\w*|\w*costs?|fees?|expenses?|"
    r"charges?)(?!\w)", re.IGNORECASE)


# How a question asks for a date ("hvad er sidste dag", "senast vilket datum", "the last day") says WHAT is asked
# (a time, see _ASKS_TIME), never which rule: "sidste" there is no keyword of the rule on the LAST measure.
_DATE_ASKED = re.compile(
    r"(?<!\w)(?:(?:den|det|the) )?(?:sidste|seneste|siste|sista|senaste|last|latest|final|første|första|first) "
    r"(?:dag|dagen|dato|datoen|datum|datumet|day|date)(?!\w)|"
    r"(?<!\w)(?:senest|senast|seinast|at the latest|by)? ?(?:på |on )?(?:hvilken|hvilket|vilken|vilket|which|what) "
    r"(?:dato|datoen|datum|datumet|date|dag|day)(?!\w)", re.IGNORECASE)


def _scoring_text(question: str) -> str:
    """The question as keywords are scored against it: reference wages, pay deductions and the words asking
    for a date left out; the everyday words for a legal concept joined by the rules' own (``concepts.py``)."""
    return with_concepts(_fold(_DATE_ASKED.sub(" ", _PAY_DEDUCTIONS.sub(" ", WAGE_REFERENCES.sub(" ", question)))))
