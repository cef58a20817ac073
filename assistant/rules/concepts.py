"""Everyday words for the legal concepts the rules are written in.

A citizen asks about "a private individual", "alimony", "being evicted" or "not showing up"; the rules' labels
and keywords say "natural person", "maintenance", "eviction", "appear". Each concept lists the words people
use (da/nb/sv/en, folded, as regex alternatives that start a word) and the rules' terms; a question using one
is scored as if it also used the terms. Only concepts whose everyday words are unambiguous in enforcement
questions belong here ("udsættelse" is both eviction and postponement, so it is a term, never a cue).
"""

from __future__ import annotations

import re

from pydantic import BaseModel


class Concept(BaseModel):
    cues: str       # regex alternatives, matched at a word start in the folded question
    terms: str      # the words the rules use for it, appended to the scoring text; "; " separates terms that
                    # are each the end of a keyword phrase ("kreditor er en fysisk person", "creditor is a
                    # natural person"): each is written after the words before the cue, so every phrase reads on


# The person put out of a home when it is not the asker: the tenant or occupant, bare, definite or with a possessive
# before or after ("min lejer", "lejeren", "leietakeren min", "hyresgästen", "my tenant"), as the object between
# a particle verb and its particle ("sætte min lejer ud", "kastet leietakeren ut", "satte ut hyresgästen",
# "put the tenants out")
_OCCUPANT = (r"(?:(?:min|mine|mit|mi|mitt|mina|vores|vår|våre|våra|sin|sine|sina|hans|hendes|hennes|deres|"
             r"my|our|his|her|their|the|a) )?"
             r"(?:lejer|lejere|lejeren|lejerne|beboer|beboere|beboeren|beboerne|leietaker|leietakere|leietakeren|"
             r"leietakerne|leieboer|leieboere|leieboeren|leieboerne|hyresgäst|hyresgäster|hyresgästen|hyresgästerna|"
             r"tenant|tenants|occupant|occupants|occupier|occupiers|lodger|lodgers)"
             r"(?: (?:min|mi|mine|mitt|mina|vår|våre|våra))?")


# What may not be seized is what is protected: "hvor meget må ikke beslaglægges", "det som ikke kan tas utlegg i",
# "får inte utmätas", "cannot be seized" say in a negated verb what the rules call protected or exempt
NOT_SEIZED = (r"(?:ikke|ikkje|inte|not|cannot|can't) (?:(?:må|kan|får|be|blive|bli|bliva) )?"
              r"(?:beslaglægges|beslaglegges|udlægges|utleggsbeslaglegges|utmätas|utmäts|seized|garnished|attached|"
              # the lay verb "touch": what the bailiff "må ikke røre", "ikke får røre", "får inte röra", "cannot touch"
              # is what is protected from him (dev q-2118)
              r"røre|røres|rørt|röra|röras|rört|touch|touched)")


# "Vad kan hända?", "What can happen to me?": a question for the consequence of what the asker did (or failed
# to do) asks for the sanction the text sets, which the rules call a fine or detention (session 17, dev q-1777,
# q-1668). Only the modal form ("can/could/will happen", "kan der ske"): a bare "what happens if" also asks for
# procedure ("hvad sker der, hvis jeg ikke betaler?" is answered by the next step, not a penalty).
ASKS_CONSEQUENCE = (r"(?:hvad|hva|vad|what) (?:kan|kunne|vil|can|could|will|may|might) (?:der |det )?"
                    r"(?:ske|skje|hände|hända|happen)(?!\w)")
# Whether someone can be locked up for it ("Kan han havne i fengsel …?", "Kan jeg komme i fængsel?", "Kan hon hamna
# i fängelse?", "Can he go to prison?", "be jailed"): the sanction asked for by name, the detention the text sets
# (dev q-2496). A modal and a verb of ending up or being put there, or a passive of imprisoning.
ASKS_IMPRISONMENT = (r"(?:kan|kunne|vil|risikerer|risikere|riskerar|riskera|can|could|will|may|might|risks?) "
                     r"(?:\w+ ){0,2}?(?:havne|havna|hamne|hamna|ende|enda|komme|kome|komma|gå|ga|sendes|sættes|settes|"
                     r"sättas|end up|go|be sent|be put|get) (?:\w+ ){0,1}?(?:i|in|to|into) "
                     r"(?:fængsel|fængslet|fengsel|fengselet|fengslet|fängelse|fängelset|prison|jail)(?!\w)|"
                     r"(?:fængsles|fengsles|fängslas|imprisoned|jailed|be detained)(?!\w)")

# The fuel a home is heated with, in everyday words: the firewood, what one heats with ("Kan han ta veden vi skal fyre
# med?"); the rules say "brændsel"/"brændstof" and "fuel". Not the bare "ved" (nb/da "at, by"). The concept below
# adds the rules' words; the router answers such an exempt question only with a rule naming the fuel (``_FUEL``).
FUEL_CUES = (r"firewood|fire wood|veden\b|fyringsved|brenneved|fyrved|brænde\b|brændet\b|fyre med|fyrer med|"
             r"fyra med|fyrar med|elda med|eldar med|heat (?:the|our|my) (?:house|home)")


CONCEPTS: list[Concept] = [
    # the consequence asked for: the sanctions' terms (see ASKS_CONSEQUENCE)
    Concept(cues=ASKS_CONSEQUENCE, terms="bøde bot böter fine hæfte forvaring häkte detention"),
    # a court's ban on doing something is the duty to refrain ("har förbjudit mig att …", "brutit mot förbudet",
    # "an injunction", "forbød mig at …")
    Concept(cues=r"forbud|förbud|forbyd|forbød|forbudt|forbuden|förbjud|prohibit|injunction|forbidden|forbade|forbid",
            terms="undladelse refrain"),
    # the creditor or debtor as a person, not a company
    Concept(cues=r"private? (?:individual|person|citizen)|privatperson|privatpersoner|enskild person|"
                 r"enkeltperson|almindelig borger|vanlig person",
            terms="natural person; fysisk person"),
    # maintenance between (former) spouses, in everyday words
    Concept(cues=r"alimony|spousal support|ægtefællebidrag|hustrubidrag|ektefellebidrag|bidrag til (?:min )?ex",
            terms="maintenance underholdsbidrag underhåll"),
    # turning up where the bailiff or the court summons one
    Concept(cues=r"show up|turn up|shows up|turns up|showing up|møde op|møder op|mødte op|møte opp|møter opp|"
                 r"infinna sig|infinner sig|dyka upp|dyker upp|utevaro|utebli|uteblivelse|uteblir|non-appearance",
            terms="appear møde udeblivelse"),
    # being put out of one's home; the particle verb also with its object between verb and particle ("satte mig
    # ud af lejligheden", "kastet meg ut", "kastade ut oss", "threw us out")
    Concept(cues=r"evict|vräk|avhys|utkast|sat ud af|sættes ud af|sætte ud af|smidt ud|kastet ut|kastes ut|"
                 r"kaste ut|kastas ut|"
                 r"(?:sat|satte|sætte|sætter|smed|smidt|smide|smider) "
                 r"(?:mig|dig|os|jer|ham|hende|dem|" + _OCCUPANT + r") ud|"
                 r"(?:kastet|kastes|kaste|kaster|satt|satte|sette|setter) "
                 r"(?:meg|deg|oss|dere|ham|henne|dem|" + _OCCUPANT + r") ut|"
                 r"(?:kastade|kastat|kasta|kastar|slängde|slängt|slänga|satte) "
                 r"(?:mig|dig|oss|er|honom|henne|dem|" + _OCCUPANT + r") ut|"
                 r"(?:kastade|slängde) ut|"
                 r"(?:satte|sätta|sätter) ut (?:mig|dig|oss|er|honom|henne|dem|" + _OCCUPANT + r")|"
                 r"(?:threw|thrown|throw|kicked|kick|put|turned) (?:me|us|them|him|her|you|" + _OCCUPANT + r") out",
            terms="eviction udsættelse utkastelse avhysning"),
    # a part of the income the debtor keeps, named by the seizure it escapes (one term: the rules list
    # "protected" beside its translations, and one concept is one keyword's worth)
    Concept(cues=NOT_SEIZED, terms="protected"),
    # working for oneself
    Concept(cues=r"own business|own company|self employed|sole trader|freelanc|egen virksomhed|eget firma|"
                 r"egen firma|egen bedrift|eget företag|egenföretag|enskild firma|enskild näringsidkare",
            terms="self-employed selvstændig erhvervsdrivende"),
    # putting off a sale or a measure ("få auktionen udsat": the Danish participle, not "udsat for", exposed to)
    Concept(cues=r"postpone|put off|udskyd|udskud|skjutas upp|skjuta upp|skjuts upp|skjuter upp|sköt upp|skjutit upp|"
                 r"uppskjut|utsett|utsatt|"
                 r"udsat(?:te)?(?!\w)(?! for)|udsætte(?:s)?(?!\w)(?! for)",
            terms="suspension suspend suspended udsættes uppskov"),
    # deprivation of liberty as a sanction
    Concept(cues=r"detain|jail|imprison|prison|locked up|fængsl|fengsl|fängsla|häkta|afsone|sone|"
                 r"fængsel|fengsel|fängelse",
            terms="detention hæfte prison fængsel"),
    # the fuel a home is heated with (see FUEL_CUES)
    Concept(cues=FUEL_CUES, terms="brændsel brændstof fuel"),
    # selling what was attached
    Concept(cues=r"sælge|sælges|solgt|selge|selges|sälja|säljas|såld|sell|sold|selling",
            terms="salg sale försäljning"),
    # a company as creditor or debtor
    # ("own company", "eget firma", "enskild firma" are the self-employed above, not a legal person)
    Concept(cues=r"(?<!own )(?<!eget )(?<!egen )(?<!enskild )(?:firma|firmaet|selskab|selskabet|selskap|selskapet|"
                 r"company|bolag|bolaget|foretak|företag|aktieselskab|aktiebolag|corporation)",
            terms="juridisk person legal person legal entity"),
    # the bailiff's travel to the debtor
    Concept(cues=r"køre ud|kører ud|kørsel|kjøre ut|kjører ut|kjøring|åka ut|åker ut|resekostnad|travel|"
                 r"drive out|drives out|come out|comes out|transportudgift|transportkostnad",
            terms="travel rejse reise resa"),
    # who runs the auction
    # (the rules' own terms too, so they outweigh the auction the question also names: "hvad tager auktionarius
    # ved en tvangsauktion"); a notary named beside the auction or sale is the one who runs it ("notaren, der
    # leder tvangsauktionen", "the notary conducting the sale"), never a notarial deed
    Concept(cues=r"auktionsleder|auktionsholder|auksjonarius|auksjonsleder|auktionsförrättare|utropare|"
                 r"auktionarius|auctioneer|"
                 r"notar(?:en|erne|ius|ie|ien|y|ies|ens|iens|y's)?(?:,? \w+){0,4}? \w*(?:auktion|auksjon|auction|salg|"
                 r"sale|försäljning)",
            terms="auctioneer auktionarius"),
    # the debtor's home
    Concept(cues=r"mit hus|mitt hus|my house|huset mitt|vores hus|our house|min bolig|min lejlighed|"
                 r"min leilighet|min lägenhet|my flat|my apartment|mitt hem|mit hjem|mitt hjem",
            terms="home bolig hjem bostad"),
    # a party's time to reply to what another has filed ("hvor lang tid har kreditor til at svare?", "att svara",
    # "to respond"): the verb's infinitive after "til at/att/å/to", never the noun "svar" ("hvornår får jeg svar?"
    # asks when a decision comes)
    Concept(cues=r"(?:til at|at|att|å|to) (?:svare|besvare|svara|besvara|respond|answer|kommentere|kommentera|"
                 r"udtale sig|uttale seg|yttra sig)(?!\w)",
            terms="reply bemærkninger"),
    # the bailiff passing collected money on to the creditor (also "sent on": "sendes videre", "skickas vidare",
    # "forwarded")
    Concept(cues=r"pass(?:ed|es)? on|paid out|pay out|videregive|videregiver|viderebetal|utbetal|betala ut|"
                 r"betalas ut|föra över|förs över|(?:sendes|sende|sendt|skickas|skicka|skickad) (?:videre|vidare)|"
                 r"vidarebefordra|forward(?:ed|s)?\b",
            terms="transfer overfør udbetal"),
    # a claim falling due again and again, in everyday words: rent ("husleje", "husleien", "hyran", "the rent"),
    # payments named by their period ("månedlige betalinger", "monthly instalments", "hver måned") or by
    # falling due later ("fremtidige ydelser", "future payments"): the rules call it a periodic or recurring
    # obligation (EE 3 years from the end of the calendar year, PL 3 years, NL 5 years; dev q-2261, q-2260).
    # One term, one keyword's worth; "rent" only as a noun after a determiner or before "payment(s)"/"arrears"
    # (Danish "rent" is "purely"), "monthly" only before a payment noun (a monthly wage is no periodic claim).
    Concept(cues=r"husleje|huslejen|husleie|husleien|hyra|hyran|hyror|hyrorna|hyresskuld|lejerestance|"
                 r"husleierestanse|"
                 r"(?:the|my|his|her|their|unpaid|monthly|of) rent(?:s)?(?!\w)|rent (?:payments?|arrears)|"
                 r"(?:monthly|future|recurring|periodic) (?:payments?|instalments?|installments?|amounts?|sums?)|"
                 r"(?:månedlige?|månedsvise?|fremtidige?|løbende) (?:betaling|betalinger|ydelse|ydelser|ytelse|"
                 r"ytelser|beløb|beløp|rate|rater|afdrag|avdrag)|"
                 r"(?:månatliga?|månadsvisa?|framtida|löpande) (?:betalning|betalningar|belopp|avgift|avgifter|"
                 r"avbetalning|avbetalningar)|"
                 r"hver måned|hver månad|varje månad|every month|each month|fall(?:s|ing)? due in the future",
            terms="periodisk"),
]
_COMPILED = [(re.compile(r"(?<!\w)(?:" + c.cues + r")"), c.terms) for c in CONCEPTS]


# the words before a cue, within its clause, that a keyword phrase may start with ("kreditor er en")
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]")
_PHRASE_WORDS = 4
# focus adverbs between a party and its predicate ("borgenären också är en privatperson", "the creditor too is
# a private individual") are no part of a keyword phrase, so they are left out of the repeated words
_FOCUS_ADVERBS = frozenset({"også", "också", "also", "too", "selv", "själv", "ligeledes", "likeledes", "likaså",
                            "dessutom", "heller"})


def _written(folded: str, m: re.Match, terms: str) -> str:
    first, *more = [t.strip() for t in terms.split(";")]
    if not more:
        return f"{first} {m.group(0)}"
    raw = _CLAUSE_BREAK.split(folded[:m.start()])[-1].split()
    words = [w for w in raw if w not in _FOCUS_ADVERBS]
    context = " ".join(words[-_PHRASE_WORDS:])
    # the first term reads on from the question's own words, unless an adverb was left out of them
    lead = first if len(words) == len(raw) else f"{context} {first}".strip()
    return " ".join([lead, *(f"{context} {t}".strip() for t in more), m.group(0)])


# The asker describing themself as a private person while being the creditor ("I'm a private individual and I
# won a money judgment", "jeg har som privatperson vundet en dom", "jag är privatperson och min gäldenär …"): the
# rules name that case "the creditor is a natural person" (FI: 20 years instead of 15). The self-description
# alone says nothing about the role (a debtor may be one too), so only with a first-person creditor's words:
# the asker won the case (also in a clause going on from theirs: "… og har vundet"), is owed the money, or has
# a debtor.
_PRIVATE_PERSON = (r"private? (?:individual|person|citizen)|privatperson|enskild person|enkeltperson|"
                   r"almindelig borger|vanlig person")
_SELF_PRIVATE = re.compile(r"(?<!\w)(?:i['’]m|i am|jeg er|jag är|eg er|as|som)(?: an?| en| ett)? (?=(?:"
                           + _PRIVATE_PERSON + r")(?!\w))")
_ASKER_CREDITOR = re.compile(
    r"(?<!\w)(?:i (?:have )?(?:\w+ ){0,2}won|i['’]ve won|and (?:have )?won|"
    r"(?:jeg|eg) (?:har )?(?:\w+ ){0,2}(?:vundet|vandt|vunnet|vant)|og (?:har )?(?:vundet|vandt|vunnet|vant)|"
    r"jag (?:har )?(?:\w+ ){0,2}(?:vunnit|vann)|och (?:har )?(?:vunnit|vann)|owes? me|owed to me|skylder (?:mig|meg)|skyldig mig|skuldar mig|"
    r"my debtor|min skyldner|min skyldnar|min gäldenär|mine skyldnere|mina gäldenärer|"
    # the asker got (or holds) a judgment against someone else: "jag … har fått en dom mot en annan privatperson",
    # "jeg har fået en dom mod min nabo", "and I obtained a judgment against him" (dev q-2411); never against
    # the asker ("har fått en dom mot mig")
    r"(?:jeg|eg|jag|i|og|och|and)(?: (?:har|have|has|['’]ve|nu|no|nå|også|också|also|now|fået|fik|fått|fikk|fekk|"
    r"fick|opnået|opnåede|erhållit|got|gotten|obtained|received|hold|holds)){1,3} (?:en |ett |ei |a |an )?"
    r"(?:\w+ )?(?:dom|domstolsafgørelse|betalingsdom|judgment|judgement) (?:\w+ ){0,2}?(?:mod|mot|against) "
    r"(?!(?:mig|meg|me|os|oss|us)(?!\w))\w+)(?!\w)")
_CREDITOR_NATURAL = "creditor is a natural person kreditor er en fysisk person borgenären är en fysisk person "
# A third party described as a private person who holds (or won, or got) the judgment against the asker: the
# creditor is that person ("naboen min, en privatperson, som har dommen mot meg", "en privatperson, der har
# vundet en dom mod mig", "en privatperson som har fått dom mot mig", "a private individual who has a judgment
# against me"). The relative clause names the role, so no first-person creditor's words are needed.
_JUDGMENT_HOLDER = re.compile(
    r"(?<!\w)(?:" + _PRIVATE_PERSON + r")(?!\w),? (?:(?:som|der|who|that) )?(?:har|has|have|holds|hold|had|fik|fikk|fick|"
    r"got|won|vandt|vant|vann)(?: \w+){0,2}? (?:dom|dommen|domen|domstolsafgørelse|judgment|judgement|"
    r"(?:a|an|the|en|ett) (?:dom|judgment|judgement))(?: \w+)? (?:mod|mot|against) (?:mig|meg|me|os|oss|us)(?!\w)")


def _creditor_role(folded: str) -> str:
    """The creditor-is-a-natural-person terms written after the asker's self-description as a private person
    ("i'm a creditor is a natural person … private individual"), when the asker is the creditor."""
    folded = _JUDGMENT_HOLDER.sub(lambda m: _CREDITOR_NATURAL + m.group(0), folded, count=1)
    if not _ASKER_CREDITOR.search(folded):
        return folded
    return _SELF_PRIVATE.sub(lambda m: m.group(0) + _CREDITOR_NATURAL, folded, count=1)


def with_concepts(folded: str) -> str:
    """The folded question with the rules' terms written before every everyday word for a concept, in
    place, so a keyword phrase still reads on ("the creditor is a private individual" → "… is a natural person
    … is a fysisk person private individual": the words before the cue repeated before each further term, so a
    phrase in any language reads on) and a negation before the word still governs the terms."""
    folded = _creditor_role(folded)
    for cue, terms in _COMPILED:
        folded = cue.sub(lambda m, t=terms, f=folded: _written(f, m, t), folded)
    return folded
