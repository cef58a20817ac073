"""A small nb/sv/en → Danish word list for choosing the quote sentence (not for retrieval).

The corpus is Danish; a question in Norwegian, Swedish or English shares few words with the sentence
that answers it. ``assistant.query``'s glossary maps the legal terms (bailiff, attachment …); this list
adds the everyday words questions use around them ("appoint", "family", "sell", "belong", "conditions").
Keys are word starts (lower case) matched at the start of a question word; values are Danish corpus
words. General vocabulary only: every entry is a plain translation, none names a country's rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ENTRIES: dict[str, str] = {
    # appointing and supervising
    "appoint": "udnævne udnævnes udpeget udpeges", "utse": "udnævne udnævnes udpeget", "utnämn": "udnævne udnævnes",
    "utnevn": "udnævne udnævnes udpeget", "oppnevn": "udnævne udpeget", "supervis": "tilsyn kontrollerer",
    "tilsyn": "tilsyn", "tillsyn": "tilsyn",
    # choosing a bailiff or a court is appointing one: the pages say "kreditor har ret til at udpege en bestemt foged";
    # choosing what to seize is deciding it ("kreditor kan selv bestemme, hvilke aktiver der skal gøres udlæg i")
    # ("välja", "vælge", "velge", "choose" share no stem with "udpege")
    **dict.fromkeys(("välj", "vald", "vælg", "valgt", "velg", "choos", "chose", "select", "pick"),
                    "udpege udpeges vælge bestemme"),
    # "several"/"flera" are the pages' "flere" ("udlæg i flere aktiver samtidigt"); "at once" alone is "straks" in
    # other questions, so simultaneity is only the phrases further down
    **dict.fromkeys(("several", "flera"), "flere"),
    # several things named at once are several assets: "udlæg i både min bil, mit hus og min konto", "both my car and
    # my house"; asking that only some of them be taken is asking for a limit to selected ones: the pages say "begrænser
    # retten … fuldbyrdelsen til udvalgte aktiver"; askers write "kun at tage noget af det", "bara en del av det",
    # "only some of it" (phrases: "både" alone joins two countries, "noget" alone is anything)
    # whether enforcement goes through the courts is answered by the sentence saying it is a court or an out-of-court
    # procedure: the pages say "Tvangsfuldbyrdelse er en civil udenretslig procedure", "… identisk med domstolenes
    # procedure"; askers write "Foregår tvangsfuldbyrdelse ved domstolene?", "through the courts", "out of court"
    # (phrases: "retten"/"court" alone name the court that hears anything)
    **dict.fromkeys(("ved domstolene", "ved domstolane", "vid domstolarna", "gennem domstolene", "gjennom domstolene",
                     "via domstolene", "through the courts", "out of court", "utenrettslig",
                     "utomrättslig"), "udenretslig udenretslige"),
    # a new account opened after the seizure is an account opened in future: the pages say "konti, som skyldneren måtte
    # åbne i fremtiden"; askers write "åbner en ny konto", "opens a new account", "öppnar ett nytt konto"
    **dict.fromkeys(("ny konto", "nyt konto", "nytt konto", "ny bankkonto", "nyt bankkonto", "nytt bankkonto",
                     "new account", "new bank account", "another account", "en anden konto", "en annen konto",
                     "ett annat konto"), "fremtiden fremtidige"),
    **dict.fromkeys(("både min", "både mit", "både mine", "både mitt", "både mina", "both my"), "flere"),
    # can they take all of it is answered by the part they may take: the pages say "Der kan kun gøres udlæg i den del af
    # skyldners løn, som overstiger, hvad skyldner har brug for"; askers write "ta hela min lön", "tage hele min løn",
    # "take my whole salary" (phrases: "hele" alone is any whole, "hele landet")
    **dict.fromkeys(("hela min", "hela mitt", "hela mina", "hela lönen", "hele min", "hele mit", "hele mine",
                     "hele lønnen", "hele lønna", "hele pensionen", "hele pensjonen", "hela pensionen",
                     "my whole", "my entire", "all of my", "the whole salary", "the entire salary"),
                    "del overstiger"),
    **dict.fromkeys(("noget af det", "nogle af dem", "noe av det", "noen av dem", "något av det", "några av dem",
                     "en del av det", "only some of", "only part of", "just some of", "only one of them"),
                    "udvalgte begrænse begrænser"),
    # the asker's generic word for a bailiff: "exekutor"/"exekutör" (sv), "executor" (not "exekution…", a title)
    "exekutor": "foged fogeden", "exekutör": "foged fogeden", "executor": "foged fogeden",
    # whose right something is ("umgänget är hans rättighet som pappa", D23 q-2700): the pages' "rettighed" ("samværsret
    # i Finland er barnets rettighed, ikke forælderens rettighed"); the Swedish and Norwegian singular and definite
    "rättighet": "rettighed", "rettighet": "rettighed",
    # people and their needs
    "family": "familie", "familj": "familie", "famili": "familie", "need": "behov brug", "behov": "behov brug",
    "trenger": "behov brug", "daily": "levefod behov", "living": "levefod", "household": "husstand",
    "hushåll": "husstand", "husstand": "husstand", "child": "børn mindreårig mindreårige", "barn": "børn mindreårig mindreårige", "spouse": "ægtefælle",
    "make": "ægtefælle", "ektefelle": "ægtefælle",
    # a wife or husband is a spouse: the pages say "ægtefællernes løn … lægges sammen"; askers write "min kones løn",
    # "kona mi", "min hustru", "my wife's wages", "min mand" ("mand"/"mann"/"man" alone are any man: phrases only)
    **dict.fromkeys(("kone", "kona", "hustru", "wife", "wives", "husband", "ektemann", "äkta man", "min mand",
                     "min mann", "min man", "hendes mand", "hennes mann", "hennes man"), "ægtefælle"),
    # what may be done with the assets
    # selling is one way of transferring ("overdragelse") what is owned
    "sell": "sælge sælges afhænde salg overdrage overdragelse", "sold": "sælges salg", "sale": "salg",
    "sälj": "sælge afhænde salg overdrage overdragelse", "försälj": "salg overdragelse",
    "selg": "sælge afhænde salg overdrage overdragelse", "transfer": "overdrage overdragelse",
    "överlåt": "overdrage overdragelse", "overdra": "overdrage overdragelse", "dispos": "råde afhænde disponere disponeres",
    # moving money away from an account is disposing of it: the pages say "Enhver handling, hvor der disponeres over
    # disse penge"; askers write "overføre", "overføre til", "föra över", "move the money"
    **dict.fromkeys(("overfør", "överför", "för över", "move the money", "flytte pengene", "flytta pengarna"),
                    "disponere disponeres råde"),
    # taking out money that is owed to one (a wage, an account) is collecting it, disposing of the claim: the pages say
    # "Skyldneren får forbud imod at råde over sin fordring, navnlig ved at inkassere den"; askers write "hæve
    # pengene", "ta ut pengene", "ta ut lönen", "withdraw the money" (phrases: "hæve" alone is also lifting a measure)
    **dict.fromkeys(("hæve pengene", "hæve penge", "hæve lønnen", "hæve sin løn", "hæve beløbet",
                     "ta ut pengene", "ta ut penger", "ta ut lønnen", "ta ut lønna", "ta ut beløpet",
                     "ta ut pengarna", "ta ut pengar", "ta ut lönen", "ta ut beloppet",
                     "withdraw the money", "withdraw money", "withdraw the wage", "withdraw his wage",
                     "withdraw her wage", "withdraw the salary", "collect the money", "collect his wage"),
                    "råde disponere inkassere"),
    # a debt that is gone, settled, out of the world, is a claim discharged: the pages say "retsvirkningerne af at
    # indfri fordringen", "indfrielse"; askers write "er gjelden da ute av verden", "er gælden så væk", "är skulden
    # borta", "is the debt settled" (phrases: "betale gælden" alone asks how to pay, not whether it is discharged)
    **dict.fromkeys(("ute av verden", "ude af verden", "ur världen", "gælden væk", "gælden er væk", "gælden så væk",
                     "gælden ude", "gjelden borte", "gjelden vekk", "gjelden ute", "gjelda borte", "skulden borta",
                     "skulden är borta", "skulden ute", "debt gone", "debt is gone", "debt settled", "debt is settled",
                     "debt cleared", "debt is cleared", "debt discharged", "debt is discharged", "debt paid off",
                     "debt is paid off", "debt be settled", "debt be cleared", "debt be discharged"),
                    "indfri indfrielse indfriet"),
    "destroy": "ødelægge",
    "förstör": "ødelægge", "ødeleg": "ødelægge", "pledge": "pantsætte pant", "mortgag": "pant pantsætte",
    "pantsät": "pantsætte", "pantsett": "pantsætte", "belong": "tilhøre tilhører", "own": "ejer tilhører",
    "tillhör": "tilhøre tilhører", "tilhør": "tilhøre tilhører", "äg": "ejer", "eie": "ejer",
    "eiendel": "aktiver ejendele", "tillgång": "aktiver", "genomför": "gennemføre gennemføres gennemfører",
    "gjennomfør": "gennemføre gennemføres gennemfører", "carry out": "gennemføre gennemføres",
    # "may I …?" is answered by what is permitted ("medmindre fogeden har tilladt det")
    "får jag": "tilladt tilladelse", "får vi": "tilladt tilladelse", "may i": "tilladt tilladelse",
    "allowed": "tilladt tilladelse", "permit": "tilladt tilladelse", "tillåt": "tilladt tilladelse",
    "lov å": "tilladt tilladelse", "lov til": "tilladt tilladelse", "tillat": "tilladt tilladelse",
    # permission asked for beforehand: the pages say "skal være godkendt på forhånd", "uden rettens forudgående
    # tilladelse"; askers write "forhåndstillatelse", "förhandstillstånd", "prior authorisation", "prior permission"
    **dict.fromkeys(("forhåndstillat", "forhåndsgodkj", "forhåndsgodk", "förhandstillst", "förhandsgodk",
                     "prior authori", "prior permission", "prior approval", "advance permission",
                     "permission in advance", "permission beforehand"), "forhånd forudgående godkendt"),
    # conditions, law, steps
    "condition": "betingelse betingelser", "requirement": "betingelser krav", "villkor": "betingelse betingelser",
    "vilkår": "betingelse betingelser", "law": "lov lovgivning", "laws": "lov lovgivning", "act": "lov",
    "legislat": "lovgivning", "lag": "lov lovgivning", "lover": "lov lovgivning", "step": "skridt",
    "steg": "skridt", "trinn": "skridt", "stage": "skridt", "order": "kendelse afgørelse",
    # businesses, homes, tools, lists of assets
    "business": "virksomhed erhverv", "company": "virksomhed selskab", "företag": "virksomhed",
    "bedrift": "virksomhed", "virksomhet": "virksomhed", "tool": "redskaber værktøj", "verktyg": "redskaber",
    "verktøy": "redskaber",
    # the gear of a trade is its tools and accessories ("redskaber eller tilbehør, der er nødvendig for udøvelse af
    # … erhverv"): askers write "grej", "udstyr", "utstyr", "utrustning", "equipment"
    **dict.fromkeys(("grej", "udstyr", "utstyr", "utrustning", "equipment", "gear"), "redskaber tilbehør"),
    # an artist's or painter's work is artistic activity ("videnskabelige eller kunstneriske aktiviteter")
    **dict.fromkeys(("kunstner", "kunstnar", "konstnär", "artist", "painter", "painting", "maler", "male billeder",
                     "målar", "måla"), "kunstneriske kunstnerisk"),
    # somewhere to live is a home ("det eneste sted, jeg har at bo" ↔ "bolig", "bopæl"); "bor" a whole word only
    **dict.fromkeys(("har at bo", "har å bo", "har att bo", "sted at bo", "sted å bo", "ställe att bo", "plats att bo",
                     "place to live", "where to live", "somewhere to live", "bor"), "bolig bopæl"),
    "home": "bolig", "house": "bolig hus", "dwelling": "bolig", "bostad": "bolig",
    "hem": "bolig", "list": "fortegnelse opgørelse", "overview": "opgørelse fortegnelse",
    "oversikt": "opgørelse fortegnelse", "förteckning": "fortegnelse opgørelse", "formue": "aktiver formue",
    "förmögenhet": "aktiver formue", "wealth": "aktiver formue",
    # applications, payment plans, offices
    "applic": "begæring anmodning", "ansök": "begæring anmodning", "søknad": "begæring anmodning",
    "request": "anmodning begæring", "office": "kontor", "kontor": "kontor",
    # paying by instalments: the pages say "betale i rater", "ratevis", "afdrag" or "betalingsordning"; an asker
    # writes "afdragsordning", "nedbetalingsplan", "avbetalningsplan", "amortering", "payment plan" (Danish keys
    # too: the Danish asker's "afdragsordning" shares no stem with "betale i rater")
    **dict.fromkeys((
        "instal", "avbetal", "nedbetal", "payment plan", "pay in parts", "afdrag", "avdrag", "ratebetal", "ratevis",
        "delbetal", "amorter", "betalingsordning", "betalingsaftal", "betalingsavtal", "betalningsplan",
        "betalningsöverensk",
    ), "afdrag rater ratevis afdragsordning betalingsordning"),
    "debtor": "skyldner", "gäldenär": "skyldner", "creditor": "kreditor", "borgenär": "kreditor",
    # an address and its registration ("ikke har registreret en fast eller aktuel adresse"): the English words share no
    # stem with the Danish ones
    "address": "adresse", "adress": "adresse", "registered": "registreret", "registration": "registrering",
    # opening an account ("konti, som skyldneren måtte åbne i fremtiden"): "öppna", "åpne", "open"
    **dict.fromkeys(("öppn", "åpn", "open"), "åbne"),
    # not knowing a thing is not being acquainted with it: the pages say "Er han ikke bekendt hermed, må han skaffe sig
    # kendskab til …", "hvis kreditor kender …"; askers write "no idea", "ved ikke", "vet inte", "aner ikke"
    **dict.fromkeys(("no idea", "don't know", "do not know", "does not know", "doesn't know", "ved ikke", "vet ikke",
                     "vet inte", "veit ikkje", "aner ikke", "ingen anelse", "ingen aning", "aner ikkje", "ingen anning"),
                    "bekendt kendskab kender"),
    # whom the debtor works for is the employer ("hvem der er skyldnerens arbejdsgiver")
    **dict.fromkeys(("employs", "employed by", "works for", "arbejder for", "jobber for", "arbetar för",
                     "arbetsgivare", "arbeidsgiver"), "arbejdsgiver"),
    # a name made public ("Skyldners navn og adresse … offentliggøres")
    "name": "navn", "namn": "navn",
    # what a request or a title must contain; who is competent
    # a court hearing a complaint is dealing with it: the pages say "En klage skal behandles på et retsmøde"
    # ("hear" whole words only: "heart"; Swedish "pröva" a complaint is the court's examining it)
    **dict.fromkeys(("hear", "hears", "heard", "hearing", "hearings", "pröva", "prövar", "prövas", "prövad"),
                    "behandles behandle retsmøde"),
    "contain": "indeholde indeholder", "inneh": "indeholde indeholder", "behörig": "kompetent kompetence",
    "competent": "kompetent kompetence", "jurisdiction": "kompetence", "court": "domstol domstole retten",
    # a dispute or a disagreement about the enforcement is what the pages call a "tvist" ("alle tvister i forbindelse
    # med fuldbyrdelse"); askers write "strid", "uenig", "oenig", "konflikt", "dispute", "disagree"
    **dict.fromkeys(("strid", "tvist", "dispute", "disagree", "uenig", "oenig", "konflikt", "conflict"), "tvist tvister"),
    # a dispute settled is one the pages say is "bilagt" ("Tvister … bilægges i almindelighed inden for rammerne af en
    # hastesag"); askers write "strid afgøres", "tvisten avgjøres", "settle the dispute" (phrases: "afgør…" alone is a
    # decision, "afgørelse")
    **dict.fromkeys(("strid afgøres", "striden afgøres", "tvist afgøres", "tvisten afgøres", "tvister afgøres",
                     "afgøre striden", "afgøre tvisten", "strid avgjøres", "striden avgjøres", "tvisten avgjøres",
                     "avgjøre tvisten", "tvisten avgöras", "tvist avgöras", "avgöra tvisten", "striden avgöras",
                     "løse tvisten", "løse striden", "lösa tvisten", "settle the dispute", "settle a dispute",
                     "dispute settled", "dispute resolved", "resolve the dispute", "resolve a dispute",
                     "dispute be settled", "dispute be resolved", "disputes settled", "disputes resolved"),
                    "bilægges bilægge"),
    # complaining about how something was done is objecting to it: the pages say "rejse indsigelse … mod den måde,
    # hvorpå tvangsfuldbyrdelsen foregår"; askers write "klage over", "klaga på", "complain about", "object to",
    # "protestere", "invända" (phrases for "klage": alone it is the pages' own word for an appeal)
    **dict.fromkeys(("klage over", "klager over", "klage på", "klager på", "klaga på", "klagar på", "klaga över",
                     "klagar över", "klager jeg over", "klage jeg over", "klager jeg på", "klager eg over",
                     "klagar jag på", "klagar jag över",
                     "complain", "object to", "objection", "protest", "invänd", "innvend"),
                    "indsigelse indsigelser"),
    # refusing to give what is asked for is not complying with a duty: the pages answer "kan den nægte?" with "en
    # forpligtelse for alle … til at bidrage", "har pligt til at udlevere de oplysninger"; askers write "nægte",
    # "nekte", "vägra", "refuse"
    # (refusing is also opposing what is asked: the pages state the sanction for it as "Modsætter tredjemand sig dette,
    # kan sanktionsmidlerne være en bøde eller frihedsberøvelse"; "Hvad så hvis hans bror nægter at fortælle …?")
    **dict.fromkeys(("nægt", "nekt", "vägr", "refus"),
                    "pligt forpligtelse forpligtet efterkomme efterkommer modsætter"),
    # being obliged to cooperate is the same duty asked the other way round: the pages say "en forpligtelse for alle …
    # til at bidrage til fuldbyrdelsesforanstaltningerne"; askers write "obliged to", "forpliktet til", "skyldig att",
    # "cooperate", "samarbeide", "medverka"
    **dict.fromkeys(("obliged to", "obligated to", "forpliktet til", "forpliktet å", "förpliktad att", "förpliktade att",
                     "skyldig att", "skyldiga att", "cooperat", "samarbeid", "samarbet", "medvirk",
                     "medverk"), "pligt forpligtelse forpligtet bidrage"),
    # trying the same thing again: the pages say "fornyet prøvelse", "fornyede fogedforretninger"; askers write "igen",
    # "igjen", "again", "på nytt" (whole words: "igennem", "against")
    **dict.fromkeys(("igen", "igjen", "again", "på nytt"), "fornyet fornyede"),
    # things taken away or removed at once: the pages answer with where they stay ("Aktiverne forbliver dog i
    # skyldnerens besiddelse", "aktiverne flyttes ikke"); askers write "fjernes", "ta bort", "remove", "take away"
    # ("fjerne" covers "fjernes", "fjernet"; not "fjern…" alone: "fjernsyn" is a television)
    # (handing the seized thing over at once is the same question asked of the debtor: "Skal jeg aflevere den med det
    # samme?"; first-person phrases only: "nægter at aflevere vores søn" is a child not handed over)
    **dict.fromkeys(("fjerne", "remov", "ta bort", "tas bort", "tar bort", "tages bort", "take away", "taken away",
                     "takes away", "skal jeg aflevere", "skal jeg udlevere", "skal vi aflevere", "må jeg aflevere",
                     "skal jeg levere fra meg", "må jeg levere fra meg", "måste jag lämna ifrån mig",
                     "måste jag lämna över", "do i have to hand over", "must i hand over", "do i have to hand it over",
                     "must i hand it over"), "besiddelse forbliver flyttes"),
    # ignoring an order and asking what can happen is asking for the sanction: the pages say "kan idømme … en
    # bøde", "efterkommes ikke"; askers write "ignore", "ignorerer", "struntar i", "what can happen to me"
    **dict.fromkeys(("ignor", "strunta", "what can happen", "what will happen", "hvad kan der ske", "hva kan skje",
                     "vad kan hända", "vad händer med mig", "hvad sker der med mig", "hva skjer med meg"),
                    "bøde bødestraf efterkomme efterkommes"),
    # a public official is what the pages call an "embedsmand" ("op til 750 EUR, hvis vedkommende er embedsmand")
    **dict.fromkeys(("official", "officials", "tjenestemand", "tjenestemann", "tjänsteman", "embetsman", "embetsmann",
                     "offentligt ansat", "offentlig ansatt", "offentligt anställd", "civil servant"),
                    "embedsmand embedsmænd"),
    # living abroad is not being resident in the country: the pages say "Hvis barnet ikke er bosat i Sverige", "har
    # bopæl i udlandet"; askers write "bor i udlandet", "bor utomlands", "lives abroad" (phrases: "udland…" alone
    # is also a foreign judgment, "udenlandsk")
    **dict.fromkeys(("i udlandet", "i utlandet", "utomlands", "utenlands", "abroad", "in another country",
                     "i et andet land", "i et annet land", "i ett annat land", "uden for landet", "utenfor landet",
                     "utanför landet", "outside the country",
                     # not living in the country is living abroad ("Hvis barnet ikke er bosat i Sverige")
                     "ikke bor i", "bor ikke i", "inte bor i", "bor inte i", "ikkje bur i", "bur ikkje i",
                     "does not live in", "doesn't live in", "do not live in", "don't live in", "not living in",
                     "no longer lives in"), "bosat bopæl udlandet"),
    # sanctions and who applies them
    # (every prison word also gives the verb and the act, "fængsles"/"fængsling": the pages say "kan fængsles" and
    # name the order "fængslingskendelse", whose stem "fængsl" the noun "fængsel" does not share)
    # (and deprivation of liberty, the pages' other word for it: "Skyldneren kan således frihedsberøves")
    "prison": "fængsel fængselsstraf fængsles fængsling frihedsberøves frihedsberøvelse",
    "jail": "fængsel fængselsstraf fængsles fængsling frihedsberøves frihedsberøvelse",
    "imprison": "fængsles fængselsstraf fængsling", "fängelse": "fængsel fængselsstraf fængsles fængsling frihedsberøves frihedsberøvelse",
    "fängsl": "fængsles fængsling", "fengsel": "fængsel fængselsstraf fængsles fængsling frihedsberøves frihedsberøvelse",
    "fengsl": "fængsles fængsling", "fængsel": "fængsel fængselsstraf fængsles fængsling frihedsberøves frihedsberøvelse",
    "fine": "bøde bødestraf", "böter": "bøde bødestraf",
    "comply": "efterkomme efterkommer", "obey": "efterkomme efterkommer", "följer": "efterkomme efterkommer", "följa": "efterkomme efterkommer",
    # not doing what an order says is not complying with it: the pages say "ikke efterkommer rettens kendelse";
    # askers write "ikke rettet mig efter en kendelse", "inte rättat mig efter", "not complied with"
    **dict.fromkeys(("rettet mig efter", "rette mig efter", "retter mig efter", "rettet meg etter", "rette meg etter",
                     "retter meg etter", "rättat mig efter", "rätta mig efter", "rättar mig efter", "complied",
                     "complies"), "efterkomme efterkommer"),
    # being kept locked up is being imprisoned: the pages say "fængsles", "frihedsberøvelse"; askers write "holde mig
    # spærret inde", "sperret inne", "inlåst", "locked up" (phrases: "spærre" alone is blocking a door or an account)
    **dict.fromkeys(("spærret inde", "spærre mig inde", "spærrer mig inde", "sperret inne", "sperre meg inne",
                     "inlåst", "låst inne", "låst inde", "locked up", "lock me up", "locks me up"),
                    "fængsel fængselsstraf fængsles fængsling frihedsberøves frihedsberøvelse"),
    "police": "politiet", "polis": "politiet",
    # a fine ("bot" is a whole word only: "both", "bottom" are no fines)
    "bot": "bøde bødestraf", "boten": "bøde bødestraf", "bøte": "bøde bødestraf", "böt": "bøde bødestraf",
    # telling the authority what one owns is giving information ("afgive oplysninger")
    "fortel": "oplysninger oplyse", "berätt": "oplysninger oplyse", "opplys": "oplysninger oplyse",
    "uppgift": "oplysninger", "informat": "oplysninger", "disclos": "oplysninger oplyse",
    # keeping an eye on a debt is monitoring it: the pages say "anmode … om at overvåge en gæld i en periode på to
    # år"; askers write "holde øje med", "hålla ett öga på", "keep an eye on", "monitor", "bevaka"
    **dict.fromkeys(("holde øje", "holde et øje", "holde øye", "holde et øye", "hålla ett öga", "hålla öga",
                     "keep an eye", "keep track", "keep watch", "monitor", "overvåg", "overvåk", "övervak", "bevak"),
                    "overvåge"),
    # errors put right, lawyers, dignity
    "error": "fejl", "mistake": "fejl", "fel": "fejl", "felet": "fejl", "feil": "fejl", "uppenbar": "indlysende åbenbar",
    "obvious": "indlysende åbenbar", "åpenbar": "indlysende åbenbar", "correct": "rette", "rätta": "rette",
    "lawyer": "advokat advokatbistand", "attorney": "advokat advokatbistand", "advokat": "advokat advokatbistand",
    # ("free of charge", "kostnadsfri" → gratis: the glossary's free_of_charge entry, which retrieval reads too)
    "dignity": "værdighed", "värdighet": "værdighed", "verdighet": "værdighed",
    # being considered as a person is the debtor's dignity the court must respect ("pligt til at respektere skyldnerens
    # værdighed"): "hensyn til mig som person", "respekt", "treat me as a human being"
    **dict.fromkeys(("mig som person", "meg som person", "mig som menneske", "meg som menneske", "mig som människa",
                     "me as a person", "me as a human", "respekt", "respect"), "værdighed respektere"),
    # a sick child or debtor ("hvis barnet er sygt")
    "sjuk": "syg sygt sygdom", "syk": "syg sygt sygdom", "sykt": "syg sygt sygdom", "syke": "syg sygt sygdom",
    "sick": "syg sygt sygdom",
    # expecting a baby, or having just had one: the pages protect "en kvinde, som lige har født eller er højgravid";
    # askers write "venter barn", "väntar barn", "gravid", "pregnant", "due to give birth" ("føde"/"föda" alone are
    # phrases only: Swedish "föda" is also food)
    **dict.fromkeys(("gravid", "pregnan", "havande", "venter barn", "venter et barn", "vente barn", "venter en baby",
                     "väntar barn", "väntar ett barn", "vänta barn", "expecting a baby", "expecting a child",
                     "skal føde", "ska föda", "give birth", "gave birth", "given birth", "giving birth", "fött",
                     "nyfødt", "nyfödd", "newborn", "just had a baby"), "højgravid født"),
    # the time of day: enforcement "mellem solopgang og solnedgang"
    "natt": "solopgang solnedgang", "night": "solopgang solnedgang", "kveld": "solnedgang",
    "kväll": "solnedgang", "evening": "solnedgang",
    # (Danish "aften", "nat" and the dark itself – "når det er blevet mørkt", "när det är mörkt", "after dark" –
    # ask the same: the pages answer with sunrise and sunset; "nat"/"natten" whole words only: "national")
    "aften": "solnedgang", "nat": "solopgang solnedgang", "natten": "solopgang solnedgang",
    "mørk": "solopgang solnedgang", "mörk": "solopgang solnedgang", "dark": "solopgang solnedgang",
    # asking for the time of day itself ("Hvornår på døgnet må fogeden komme?", "what time of day", "vilken tid på
    # dygnet") is asking for those hours too (phrases only: "døgn" alone is a 24-hour period, "inden for et døgn")
    **dict.fromkeys(("på døgnet", "på døgnets", "på dygnet", "time of day", "times of day", "what time", "which hours",
                     "what hours", "tid på dagen", "tid på dygnet", "klokkeslæt", "klokkeslett", "klockslag"),
                    "solopgang solnedgang"),
    # freezing an account ("indefryse skyldners indeståender")
    "frys": "indefryse indefryses spærre", "freez": "indefryse indefryses spærre",
    "froze": "indefryse indefryses spærre",
    # money "locked" on an account is frozen ("Alle beløb … indefryses fra den dato …"): "låst", "locked" (whole
    # words: "låsesmed" is a locksmith, who opens a door)
    **dict.fromkeys(("låst", "låste", "låses", "låsta", "locked"), "indefryse indefryses spærre"),
    # remedies, measures, validity, value
    "remed": "retsmiddel retsmidler", "rättsmed": "retsmiddel retsmidler", "rettsmid": "retsmiddel retsmidler",
    "measure": "foranstaltning foranstaltninger", "åtgärd": "foranstaltning foranstaltninger",
    "tiltak": "foranstaltning foranstaltninger", "valid": "gyldig gyldige", "giltig": "gyldig gyldige",
    # "how long …?" is answered by "until …" or a time limit
    "hvor længe": "indtil tidsfrist", "hvor lenge": "indtil tidsfrist", "hur länge": "indtil tidsfrist",
    "how long": "indtil tidsfrist", "hvor lang tid": "indtil tidsfrist", "hur lång tid": "indtil tidsfrist",
    # asking whether a measure stops applying after a while, or holds forever: the pages say "Der er ingen
    # tidsbegrænsning for fuldbyrdelsesforanstaltningerne", "… bortfalder efter to år"; askers write "slutar gälla
    # efter en viss tid", "gælder det for evigt", "forever" (phrases only: "gælder"/"tid" alone ask anything)
    **dict.fromkeys(("slutar gälla", "slutar att gälla", "slutter å gjelde", "slutter at gælde", "holder op med at gælde",
                     "stop applying", "stops applying", "cease to apply", "ceases to apply", "efter en viss tid",
                     "etter en viss tid", "efter en vis tid", "efter et vist tidsrum", "after a certain time",
                     "after a certain period", "for evigt", "for alltid", "för alltid", "forever", "for ever"),
                    "tidsbegrænsning bortfalder"),
    "expir": "udløber bortfalder", "lapse": "bortfalder", "upphör": "ophører udløber", "utløp": "udløber",
    "value": "værdi handelsværdi", "värde": "værdi handelsværdi", "verdi": "værdi handelsværdi",
    # things nobody would buy have no market value ("Genstande, som ikke har nogen handelsværdi, kan ikke gøres til
    # genstand for tvangsfuldbyrdelse"): the asker says "ingen vil købe", "worthless", "värdelös" (phrases: "købe"
    # alone is any purchase)
    **dict.fromkeys(("vil købe", "vil kjøpe", "vill köpa", "would buy", "will buy", "wants to buy", "want to buy",
                     "værdiløs", "verdiløs", "värdelös", "worthless",
                     "ingen værdi", "ingen verdi", "inget värde",
                     "no value"), "handelsværdi værdi"),
    "amount": "beløb beløbet", "belopp": "beløb beløbet", "beløp": "beløb beløbet",
    "stop": "suspenderer opsættende bero hinder", "suspend": "suspenderer suspension",
    # "Does that stop / prevent the enforcement?" is answered by what is or is not "til hinder for" it ("Delvis
    # betaling er ikke til hinder for, at der træffes fuldbyrdelsesforanstaltninger"): "stop" (stopper, stoppar,
    # stoppe) and the prevent words in each language give "hinder" (not "forhindre": "den ret …, der forhindrer
    # tvangsfuldbyrdelsen" is a third party's right, not whether an appeal stops it)
    **dict.fromkeys(("prevent", "hindr", "forhindr", "standse", "stanse"),
                    "hinder suspenderer opsættende bero"),
    # sales, shares, farms, everyday belongings
    "auction": "auktion auktionarius", "auksjon": "auktion auktionarius", "share": "aktier andele",
    "aksje": "aktier andele", "farm": "landbrug", "lantbruk": "landbrug", "jordbruk": "landbrug",
    # household appliances the pages list as exempt ("køleskabe, komfurer og ovne, … vaskemaskiner")
    **dict.fromkeys(("fridge", "refrigerator", "kjøleskap", "kylskåp"), "køleskabe køleskab"),
    **dict.fromkeys(("washing machine", "vaskemaskin", "tvättmaskin"), "vaskemaskiner vaskemaskine"),
    # a driving licence: the pages say "inddragelse af et kørekort", "ret til at føre motorkøretøj"
    **dict.fromkeys(("driving licen", "driver's licen", "drivers licen", "driver licen", "førerkort", "körkort",
                     "førerrett"), "kørekort motorkøretøj"),
    "animal": "dyr", "djur": "dyr", "cloth": "tøj", "furniture": "møbler",
    # farm animals are named by kind on the pages ("en ko eller to geder eller tre moderfår" (Poland), "en ko eller ged
    # og en gris" (Latvia), "arbejds- og avlsdyr" (Slovenia), "kvæg"): the asker's "husdyr"/"livestock" shares no stem
    # with them
    **dict.fromkeys(("husdyr", "husdjur", "livestock", "farm animal", "buskap", "boskap", "bufe"),
                    "husdyr kvæg avlsdyr ko ged geder gris moderfår"),
    "seng": "seng", "säng": "seng", "møbl": "møbler", "möbl": "møbler",
    # hiding assets is a crime ("ifalder strafansvar, hvis han skjuler …"); a crime is also what the pages call an
    # offence or a punishment ("begår skyldneren en lovovertrædelse", "kan idømmes en straf"): askers write
    # "punished", "strafbart", "straffes", "offence" and share no stem with those sentences
    **dict.fromkeys(("crim", "brott", "straff", "forbryt", "kriminel", "punish", "strafbar", "bestraf", "offence",
                     "offense"), "strafansvar strafbar straf lovovertrædelse"), "hide": "skjuler skjule",
    "hiding": "skjuler skjule", "hidden": "skjuler skjule", "gjem": "skjuler skjule", "göm": "skjuler skjule",
    # vehicles ("car", "bil" are whole words only: "carry", "bilag" are no cars)
    "car": "køretøj køretøjer motorkøretøj", "cars": "køretøj køretøjer motorkøretøj",
    "vehicle": "køretøj køretøjer motorkøretøj", "bil": "køretøj køretøjer motorkøretøj",
    "bilen": "køretøj køretøjer motorkøretøj", "biler": "køretøj køretøjer motorkøretøj",
    "bilene": "køretøj køretøjer motorkøretøj", "bilar": "køretøj køretøjer motorkøretøj",
    "bilarna": "køretøj køretøjer motorkøretøj",
    # a van, a lorry and the general word in each language are vehicles too (the pages say "køretøj",
    # "motorkøretøjer"; "varebilen som jeg bruker i jobben", "skåpbilen", "lastebil", "kjøretøy", "fordon")
    **dict.fromkeys(("varebil", "varevogn", "skåpbil", "lastbil", "lastebil", "kjøretøy", "fordon", "truck",
                     "lorry", "van", "vans", "motorcykel", "motorsykkel", "motorcycle"),
                    "køretøj køretøjer motorkøretøj"),
    # using a thing, and driving a vehicle is using it: the pages say "kan skyldner bruge køretøjet, indtil det er
    # solgt"; askers write "bruke", "använda", "use", "kjøre bilen", "köra bilen", "keep driving"
    **dict.fromkeys(("bruk", "använd", "anvend", "use", "using", "kjøre", "köra", "kör", "driving"),
                    "bruge bruges benytte"),
    # "can I still …?" asks how long the thing goes on, or whether it has lapsed: the pages answer "… indtil det er
    # solgt", "fortsat", "I modsat fald bortfalder …", "ophører" ("still" is a whole word only: "stille" is to put)
    **dict.fromkeys(("stadig", "fortsatt", "fortfarande", "still", "keep"), "fortsat indtil bortfalder ophører"),
    # letting a case lie, waiting too long, acting late is delay: the pages say "Forsinket oppfølging kan gi skyldner
    # innsigelser", "forsinkelse"; askers write "lot saken ligge", "ventet for lenge", "väntade för länge", "waited too
    # long", "too late" (phrases: "vente"/"sent" alone are any waiting, any sending)
    **dict.fromkeys(("lot saken ligge", "lod sagen ligge", "lät saken ligga", "lot det ligge", "lod det ligge",
                     "lät det ligga", "ventet lenge", "ventet for lenge", "ventede længe", "ventede for længe",
                     "väntade länge", "väntade för länge", "vente for længe", "vente for lenge", "vänta för länge",
                     "waited too long", "waited a long time", "wait too long", "waiting too long", "left it too long",
                     "too late", "delay", "forsinkel", "försen", "nølt", "tøvet", "dröjde",
                     # the present tense asks the same ("hvis kreditor venter for lenge med å følge opp saken")
                     "venter for lenge", "venter for længe", "venter lenge", "venter længe", "väntar för länge",
                     "väntar länge", "waits too long", "waits a long time"),
                    "forsinket forsinkelse oversittede"),
    # following a case up is the pages' "oppfølging" ("Forsinket oppfølging kan gi skyldner innsigelser"): askers
    # write "følge opp", "følge op", "följa upp", "follow up" (phrases: "følge" alone is to follow anything)
    **dict.fromkeys(("følge opp", "følger opp", "fulgt opp", "følge op", "følger op", "fulgt op", "følge sagen op",
                     "följa upp", "följer upp", "följt upp", "follow up", "follows up", "followed up"),
                    "oppfølging"),
    # voting at a general meeting with seized shares is the voting right the pages keep ("Skyldneren beholder sin
    # stemmeret"): askers write "rösta", "rösträtt", "stemme på generalforsamlingen", "vote" ("stemme" alone is
    # also to agree, "stemmer overens": phrases only in da/nb)
    **dict.fromkeys(("rösta", "röstar", "röstade", "rösträtt", "röstning", "vote", "votes", "voting", "stemmerett",
                     "stemmeret", "stemme på", "stemmer på", "stemme ved", "stemme på generalforsamling",
                     "stemme på bolagsstämma"), "stemmeret"),
    # being told of a hearing or an appeal beforehand is notice: the pages say "Appellen behandles uden tilvarsling
    # af modparten"; askers write "be told", "be notified", "få besked", "bli varslet", "bli underrättad"
    **dict.fromkeys(("be told", "be notified", "be informed", "be warned", "get notice", "given notice",
                     "få besked", "få at vide", "underrettes", "underrettet", "bli varslet", "blir varslet",
                     "bli varsla", "bli informert", "få beskjed", "få vite", "bli underrättad", "blir underrättad",
                     "underrättas", "få veta", "varslas"), "tilvarsling"),
    # pushing the bailiff out, keeping the door shut, resisting is resistance: the pages say "gør fysisk modstand",
    # "Hvis skyldner modsætter sig fuldbyrdelsen … (normalt politiet)"; askers write "skubbede ham ud ad døren",
    # "spærre døren", "dyttet", "knuffade", "gör motstånd", "pushed him out", "block the door" (door phrases only:
    # "blokere"/"block" alone is also an account blocked; "push"/"skyve" alone is also to put off, "push back",
    # "skyve betalingen")
    **dict.fromkeys(("skub", "dytt", "knuff", "pushed him", "pushed her", "pushed the bailiff", "push him", "push her",
                     "push the bailiff", "shove", "resist", "obstruct", "motstand",
                     "motstånd", "motsett", "motsätt", "ud ad døren", "ut av døren", "ut genom dörren",
                     "out of the door", "out the door", "spærre døren", "spærrer døren", "spærret døren",
                     "sperre døren", "sperrer døren", "sperret døren", "spärra dörren", "spärrar dörren",
                     "spärrade dörren", "blokere døren", "blokkere døren", "blockera dörren", "block the door",
                     "blocked the door", "stenge døren", "stänga dörren", "nægte adgang", "nægter adgang",
                     "nekte adgang", "nekter adgang", "vägra tillträde", "vägrar tillträde", "refuse entry",
                     "refuses entry", "refused entry"), "modstand modstanden modsætter"),
    # taking what the creditor owes the debtor off the debt is set-off ("ses der bort fra ensidig modregning"):
    # askers write "trække det fra", "trekke det fra", "dra av", "kvitta", "set off", "offset" ("kvitt…" alone
    # is also a receipt, "kvittering", "kvitto": whole words and phrases only)
    **dict.fromkeys(("trække det fra", "trække det af", "trække beløbet fra", "trekke det fra", "trekke beløpet fra",
                     "dra av det", "dra det av", "dra av beloppet", "dra bort det", "motregn", "kvitta", "kvittar",
                     "kvittade", "kvittning", "set off", "set it off", "offset"), "modregning"),
    # a thing that is someone else's is a third party's: the pages say "Tredjeparter kan også gøre indsigelse",
    # "ikke aktiver tilhørende tredjemand"; askers write "tilhører egentlig søsteren min", "er faktisk mit",
    # "står i min kones navn og er hendes", "belongs to my wife" (phrases: "tilhører"/"belong" alone also ask what
    # the debtor owns)
    **dict.fromkeys(("tilhører egentlig", "tilhører faktisk", "tilhører min", "tilhører mit", "tilhører mine",
                     "tilhører søster", "tilhører bror", "tilhører kon", "tilhører ko", "tilhører andre",
                     "tilhører en anden", "tilhører en annen", "tillhör egentligen", "tillhör faktiskt", "tillhör min",
                     "tillhör mitt", "tillhör mina", "tillhör någon annan", "tillhör andra", "belongs to my",
                     "belong to my", "belongs to someone", "belong to someone", "actually belongs", "really belongs",
                     "er faktisk mit", "er faktisk min", "er faktisk mine", "er egentlig mit", "er egentlig min",
                     "er hendes", "er hans", "er hennes", "är hennes", "är hans", "is hers", "is his",
                     "i min kones navn", "i min manns navn", "i min mands navn", "i hendes navn", "i hans navn",
                     "i hennes navn", "i hennes namn", "i hans namn", "in her name", "in his name",
                     "someone else's", "somebody else's", "en andens", "någon annans", "noen andres",
                     # a thing borrowed from someone, or the asker's own thing kept at a relative's who owes, is not
                     # the debtor's: "som jeg havde lånt af min ven", "min cykel, som stod hjemme hos min søster, fordi
                     # hun skylder penge", "maskinen er min"
                     "lånt af", "lånt av", "lånat av", "lånte af", "lånte av", "borrowed from", "lent to me",
                     "min vens", "min venindes", "min venns", "min väns", "my friend's",
                     "hos min søster", "hos min bror", "hos mine forældre", "hos min mor", "hos min far",
                     "hos min syster", "hos mina föräldrar", "hos foreldrene mine",
                     "at my sister's", "at my brother's", "at my parents'",
                     "er min.", "er mit.", "er mine.", "is mine", "är min.", "är mitt.", "är mina."),
                    "tredjepart tredjeparter tredjemand"),
    # the debtor selling or giving away a thing is disposing of it: the pages say "må skyldner ikke disponere over
    # … ejendom", "forbuddet mod afhændelse"; askers write "må jeg sælge min bil", "can I sell", "give it away"
    # (first-person phrases only: "sælge" alone is the bailiff's sale, the pages' own word)
    **dict.fromkeys(("må jeg sælge", "må jeg stadig sælge", "kan jeg sælge", "kan jeg stadig sælge", "må jeg selge",
                     "må jeg fortsatt selge", "kan jeg selge", "kan jeg fortsatt selge", "får jag sälja",
                     "får jag fortfarande sälja", "kan jag sälja", "can i sell", "can i still sell", "may i sell",
                     "may i still sell", "give away", "give it away", "gi bort", "ge bort", "give væk", "forære"), "disponere afhænde afhændelse"),
    # keeping a seized thing at home asks whether it is taken away: the pages say "kan fjernes med det samme", "uden
    # nødvendigvis at beholde aktiverne i sin besiddelse" (phrases of keeping: "hjemme hos min bror" says only where)
    **dict.fromkeys(("beholde det derhjemme", "beholde den derhjemme", "beholde dem derhjemme", "beholde det hjemme",
                     "beholde den hjemme", "beholde dem hjemme", "have det derhjemme", "have den derhjemme",
                     "have dem derhjemme", "ha det hjemme", "ha den hjemme", "ha dem hjemme", "ha det heime",
                     "ha den heime", "behålla det hemma", "behålla den hemma", "behålla dem hemma", "ha kvar det hemma",
                     "ha kvar den hemma", "ha det hemma", "ha den hemma", "keep it at home", "keep them at home",
                     "keep it in my home", "keep it in the house"), "fjernes besiddelse"),
    # the same question asked as removal from the home ("Skal de så fjernes fra min lejlighed med det samme?"): the pages
    # answer that the assets stay "i skyldnerens besiddelse" or "kan fjernes med det samme"
    **dict.fromkeys(("fjernes fra min lejlighed", "fjernet fra min lejlighed", "fjernes fra mit hjem", "fjernet fra mit hjem",
                     "fjernes fra min bolig", "fjernes fra mit hus", "fjernes fra hjemmet", "fjernes fra leiligheten",
                     "fjernes fra boligen", "fjernet fra leiligheten", "fjernes fra huset", "tas bort från min lägenhet",
                     "tas bort från mitt hem", "tas bort från bostaden", "tas bort från lägenheten", "tas bort från hemmet",
                     "removed from my home", "removed from my house", "removed from my flat", "removed from my apartment",
                     "taken out of my home", "taken out of my house", "taken out of my flat"), "fjernes besiddelse"),
    # paying one's ordinary bills is a routine transaction: the pages say "skal skyldner indskrænke sig til rutinemæssige
    # retshandler"; askers write "betala mina vanliga räkningar", "betale regningene", "pay my bills"
    **dict.fromkeys(("räkningar", "räkningarna", "regninger", "regningene", "regningerne", "bills", "daglige udgifter",
                     "dagliga utgifter", "daglige utgifter", "everyday expenses", "daily expenses", "løbende udgifter"),
                    "rutinemæssige retshandler"),
    # a written agreement between the parties is a contract ("anerkender Finland ikke kontrakter mellem private parter")
    **dict.fromkeys(("aftale", "avtal", "agreement", "contract"), "kontrakter kontrakt"),
    # entering a home, eviction
    "door": "døre", "dør": "døre", "dörr": "døre", "bryt": "åbne", "break": "åbne",
    "evict": "udsættelse udsætte", "vräk": "udsættelse udsætte", "utkast": "udsættelse udsætte",
    # being out of work or raising a child alone is the debtor's vulnerable situation the pages protect ("når skyldner
    # befinder sig i en særdeles sårbar social og økonomisk situation"); askers name the circumstance
    **dict.fromkeys(("arbejdsløs", "arbeidsledig", "arbetslös", "unemploy", "jobless", "enlig mor", "enlig far",
                     "enslig mor", "enslig far", "alenemor", "alenefar", "eneforsørger", "ensamstående",
                     "single mother", "single father", "single parent", "vulnerable", "sårbar"), "sårbar"),
    # maintenance, food, mediation, distribution
    "maintenan": "underholdsbidrag underholdsforpligtelse", "alimony": "underholdsbidrag underholdsforpligtelse",
    "underhåll": "underholdsbidrag underholdsforpligtelse",
    # child support is maintenance ("barnebidrag"/"bidragsplikt" nb, "barnbidrag"/"underhållsstöd" sv; Danish
    # "børnebidrag" is a family of its own below: Estonia's page uses it)
    **dict.fromkeys(("barnebidrag", "barnbidrag", "underhållsstöd", "underhållsbidrag", "child support",
                     "child maintenance", "bidragsplikt"), "underholdsbidrag underholdsforpligtelse"),
    # rent, food and clothes are the debtor's basic needs: the pages say "opfyldelse af grundlæggende behov",
    # "materielle behov" where askers name the need ("betale husleje og købe mad", "pay the rent", "handla mat")
    "food": "fødevarer mad behov grundlæggende", "mat": "fødevarer mad behov grundlæggende",
    "maten": "fødevarer mad behov grundlæggende",
    # (and "grundlæggende", the pages' word for such needs: "opfyldelse af … grundlæggende behov")
    **dict.fromkeys(("mad", "husleje", "husleie", "hyran", "rent", "groceries", "dagligvar", "matvar", "livsmedel",
                     "tøj"), "behov grundlæggende"),
    # clothes are both: the exempt "tøj" and a basic need
    **dict.fromkeys(("clothes", "klær", "kläder"), "tøj behov grundlæggende"),
    # keeping a spouse or children is supporting them: the pages say "Hvis en skyldner forsørger en anden person",
    # "forsørgerpligt"; askers write "support my children", "provide for", "dependants", "försörjer"
    **dict.fromkeys(("support", "provide for", "provides for", "dependant", "dependent", "försörj", "forsørg"),
                    "forsørger forsørge forsørges"),
    # doing it on purpose is intent: the pages say "forsætligt har afgivet falske oplysninger"; askers write
    # "med vilje", "med vilja", "bevisst", "avsiktligt", "deliberately", "on purpose"
    **dict.fromkeys(("med vilje", "med vilja", "med flit", "bevidst", "bevisst", "medvetet", "avsiktlig", "uppsåtlig",
                     "forsettlig", "deliberate", "on purpose", "intentional", "knowingly", "wilful", "willful"),
                    "forsætligt forsætlig"),
    # wrong or made-up information is false information ("falske oplysninger"): askers write "feil opplysninger",
    # "fel uppgifter", "forkerte oplysninger", "lyver", "ljuger", "lie to", "untrue"
    **dict.fromkeys(("feil opplysning", "feilaktig", "fel uppgift", "felaktig", "forkerte oplysning",
                     "forkert oplysning", "urigtig", "false", "untrue", "usann", "osann", "lyv", "ljug", "ljög",
                     "løj", "lie to", "lie about", "lied", "lying"), "falske"),
    "mediat": "mægling mæglingsaftale", "mekling": "mægling mæglingsaftale", "medling": "mægling mæglingsaftale",
    "fordel": "fordeling fordeles", "fördel": "fordeling fordeles", "distribut": "fordeling fordeles",
    # "most common", "in force", sending an application, "what does it take"
    "most common": "hyppigst", "vanligast": "hyppigst", "vanligste": "hyppigst",
    "in force": "ikrafttræden retskraft", "kraft": "ikrafttræden retskraft",
    "send": "indgive indgives", "skick": "indgive indgives",
    "skal der til": "betingelse betingelser", "skal til": "betingelse betingelser",
    "vad krävs": "betingelse betingelser", "what does it take": "betingelse betingelser",
    # making a sale or a decision known: the pages say it is "meddeles offentligheden", "bekendtgøres" or
    # put in "annoncer"; askers write "gjort kendt", "kunngjort", "tillkännagiven", "advertised"
    **dict.fromkeys((
        "gjort kendt", "gøres kendt", "gøre kendt", "gjort kjent", "gjøres kjent", "gjøre kjent", "göras känd",
        "göra känd", "gjort känd", "made known", "make known", "announc", "advertis", "annonc", "annons", "kunngj",
        "kungör", "tillkännag",
    ), "meddeles offentligheden annoncer bekendtgøres"),
    # a judgment made public is one "gjort offentlig tilgængelig" ("En dom kan gøres offentlig tilgængelig ved, at den
    # registreres i … domsregister"): the glossary's "offentliggøres" is the press's wording, not the register's
    **dict.fromkeys((
        "made public", "make public", "be public", "public record", "publicly available", "gøres offentlig",
        "gøre offentlig", "gjort offentlig", "gjøres offentlig", "gjøre offentlig", "göras offentlig", "göra offentlig",
        "offentligt tillgänglig", "offentlig tilgjengelig", "offentligt tilgængelig",
    ), "offentlig tilgængelig"),
    # a judgment from another EU state is a foreign one on the pages ("Det gælder dog ikke følgende domme: … udenlandske
    # domme", "en udenlandsk dom, hvor der er udstedt en erklæring om eksigibilitet"): the asker's "anden EU-stat" shares
    # only "stat" with them (phrases: "udland…" alone is also living abroad)
    **dict.fromkeys((
        "anden eu-stat", "andet eu-land", "anden medlemsstat", "andet medlemsland", "annen eu-stat", "annet eu-land",
        "annen medlemsstat", "annet medlemsland", "annan eu-stat", "annat eu-land", "annan medlemsstat",
        "annat medlemsland", "another eu state", "another eu country", "another member state", "other eu state",
        "other eu country", "other member state",
    ), "udenlandske udenlandsk"),
    # getting a suspended right or licence back is its restoration: "Domstolen genopretter en skyldners rettighed"
    # (whole words only: "tilbagebetaling" is repaying, not getting back)
    **dict.fromkeys((
        "tilbage", "tilbake", "tillbaka", "get back", "get it back", "restor", "reinstat", "regain", "gjenopprett",
        "återställ", "återfå",
    ), "genoprette genopretter"),
    # what is left of the proceeds once the claim and the costs are paid: the pages say "Det beløb, der er
    # tilbage …, returneres til skyldner", "overskuddet"; askers write "til overs",
    # "det som blir igjen", "överskottet", "what is left over", "the surplus" (phrases only: "rest", "remain"
    # and "tilbage" alone say other things, "resten af gælden", "remain valid", "få tilbage"; "overskydende skat"
    # is a tax refund)
    **dict.fromkeys((
        "til overs", "tilovers", "overskud", "överskott", "surplus",
        "left over", "leftover", "what is left", "what's left", "what remains", "remainder", "remaining amount",
        "remaining money", "resterende", "blir igjen", "er igjen", "blir tilbake", "er tilbake", "bliver tilbage",
        "er tilbage", "blir kvar", "är kvar", "blir över", "resten af pengene", "resten av pengene",
        "resten av pengarna", "resten af beløbet", "resten av beløpet", "resten av beloppet",
        # the sale fetched more than the debt ("solgt for mere, end jeg skyldte"): the same surplus, as the price
        "solgt for mere", "solgt for mer", "sælges for mere", "selges for mer", "såld för mer", "sålt för mer",
        "säljs för mer", "sold for more", "sold it for more", "sells for more", "sell it for more",
    ), "tilbage returneres resterende overskud overskuddet"),
    # a third party's duty to answer the bailiff: the pages say "skal … oplyse", "oplysningspligt"; askers write
    # "pligt til at svare", "plikt til å svare", "skyldig att svara", "obliged to answer"
    **dict.fromkeys((
        "pligt til at svare", "pligt til at oplyse", "plikt til å svare", "plikt til å opplyse", "plikt att svara",
        "skyldig att svara", "skyldig att uppge", "skyldig til at svare", "pligtig til at svare", "obliged to answer",
        "obliged to tell", "have to answer", "has to answer", "required to answer", "duty to inform",
        "duty to disclose", "oplysningspligt", "opplysningsplikt", "upplysningsplikt",
    ), "oplysningspligt oplysningspligten oplyse"),
    # relatives are family ("min bror", "my sister"): the pages speak of the debtor's "familie"
    **dict.fromkeys(("brother", "sister", "sibling", "søster", "syster", "søsken", "syskon", "forældre", "foreldre",
                     "föräldr", "parents", "bror", "broren", "brodern"), "familie slægtning"),
    # appearing or acting for someone is representing them: the pages say "lade sig repræsentere af … en slægtning";
    # askers write "møde for mig", "stille for meg", "föra min talan", "act for me", "represent me"
    **dict.fromkeys(("møde for mig", "møde op for mig", "stille for meg", "møte for meg", "møte opp for meg",
                     "föra min talan", "företräda mig", "act for me", "appear for me", "represent", "företräd"),
                    "repræsentere repræsenteres"),
    # money, the asker's word for what a sale or an attachment brings in ("Hva skjer med pengene?"): the pages
    # speak of the amount ("Fordeling av realisert beløp", "det beløb, der er tilbage"); whole words only
    # ("pengeinstitut" is a bank). Danish "penge"/"pengene" is the Danish pages' own word already (it matched
    # "pengebeløb" in an unrelated list item): "pengene" (nb too) gets only the Norwegian page's "beløp"
    "pengene": "beløp", **dict.fromkeys(("penger", "pengane"), "beløp beløb"),
    **dict.fromkeys(("pengar", "pengarna", "money"), "beløb beløbet"),
    # a doctor and the doctor's certificate: the pages say "lægeerklæring", "speciallæge" ("doctor's certificate",
    # "legeerklæring", "läkarintyg" share no stem with them)
    **dict.fromkeys(("doctor", "doktor", "läkar", "lege", "legen", "legeerklæring", "legeattest", "medical certificate",
                     "sick note", "sykmelding", "sjukintyg"), "læge lægeerklæring speciallæge"),
    # child support in Danish: most pages say "underholdsbidrag"; Estonia's page says "børnebidrag" itself, and
    # there the family gives way (``danish_words(page=)``)
    "børnebidrag": "underholdsbidrag",
    # what a decision or a title rests on ("baseres på" ≈ "i henhold til", "på grundlag af")
    "baser": "grundlag henhold", "based": "grundlag henhold", "grunda": "grundlag henhold",
    # collections and letters: the pages' exempt lists say "medaljer, samlerobjekter, manuskripter, korrespondance"
    # (Greece); askers write "myntsamling", "frimerkesamling", "coin collection", "gamla brev", "old letters"
    **dict.fromkeys(("samling", "myntsaml", "møntsaml", "frimerkesaml", "frimærkesaml", "frimärkssaml", "coin",
                     "collector", "stamp collection"), "samlerobjekter medaljer"),
    # several things at once: the pages say "flere aktiver samtidigt" ("at once" alone is "straks", so with "several")
    **dict.fromkeys(("several at once", "several at the same time", "simultaneous", "flere på én gang",
                     "flere på en gang", "flera på en gång", "flera samtidigt", "flere samtidig",
                     "at the same time", "på samma gång", "samtidig"), "flere samtidigt samtidig"),
    # a child who will not go to the other parent: the pages answer with its will and its age and maturity ("kan
    # tvangsfuldbyrdelse ikke ske mod barnets vilje", "nået en sådan alder og modenhed"); askers write "vil ikke af
    # sted", "vil ikke flytte til faren sin", "vill inte åka till pappa", "refuses to go to her father"
    **dict.fromkeys(("vil ikke af sted", "vil ikke afsted", "vil ikke flytte til", "vil ikke bo hos", "vil ikke dra til",
                     "vill inte flytta till", "vill inte åka till", "vill inte bo hos", "refuses to go to",
                     "does not want to go to", "doesn't want to go to", "mod sin vilje", "mot sin vilje",
                     "mot sin vilja", "against her will", "against his will", "barnets vilja", "barnets önskan",
                     "child's wishes", "child's will"),
                    "vilje ønsker alder modenhed"),
    # ("brev" as whole words: "brevlåda" is a letter box)
    **dict.fromkeys(("brev", "brevet", "breven", "breve", "brevene", "brevane", "letter", "correspondence",
                     "korrespondens"), "korrespondance"),
}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def families(question: str) -> tuple[tuple[str, str], ...]:
    """(the asker's own word or phrase, its Danish corpus words) for each family ``question`` uses."""
    low = question.lower()
    words = _WORD.findall(low)
    out: list[tuple[str, str]] = [(key, danish) for key, danish in _ENTRIES.items() if " " in key and key in low]
    for w in words:
        # the longest key that starts the word, only: "eiendeler" is "eiendel" (assets), not "eie" (own)
        key = max((k for k in _SINGLE if w.startswith(k) and (w == k or k not in _WHOLE_WORDS)), key=len,
                  default=None)
        if key is not None:
            out.append((w, _ENTRIES[key]))
    return tuple(out)


@lru_cache(maxsize=4096)
def danish_words(question: str, page: str | None = None) -> str:
    """Danish corpus words for the everyday nb/sv/en words of ``question`` ('' when none).

    ``page``: a country code. A family's other term for the asker's word (``_other_term``) stands in only on a
    page that does not use that word itself: where the page says "børnebidrag" too (Estonia), its own sentences
    with that word are the answer, and "underholdsbidrag" would lift another sentence over them; where it does
    not (most pages say only "underholdsbidrag"), the family's term is the page's wording of the asker's."""
    out: list[str] = []
    for own, danish in families(question):
        if page is not None and _page_uses(page, own):
            danish = " ".join(d for d in danish.split() if not _other_term(own, d))
        out.append(danish)
    return " ".join(d for d in dict.fromkeys(out) if d)


def _other_term(own: str, danish: str) -> bool:
    """``danish`` is another term for the thing the asker's word names: a compound of the same head with another
    modifier ("underholdsbidrag" for "børnebidrag", "afdragsordning" for "betalingsordning"). Only such a
    stand-in gives way on a page that uses the asker's word: a form of the word itself ("fængsling" for
    "fængsel") and a word of the answer's wording ("bortfalder" for "stadig", "frihedsberøves" for "fængsel")
    are no other name for it, and the page's sentences with the asker's word need not answer (dev measured it)."""
    head = danish[-6:]
    return len(danish) > 8 and head in own and not any(w[:5] == danish[:5] for w in own.split())


def _page_uses(country: str, own: str) -> bool:
    """The country's page uses the asker's word (every content stem of it) or phrase (verbatim)."""
    if " " in own:
        return re.search(rf"\b{re.escape(own)}\b", _page(country)[0]) is not None
    from assistant.pipeline.term_weights import stems

    st = stems(own)
    return bool(st) and st <= _page(country)[1]


@lru_cache(maxsize=64)
def _page(country: str) -> tuple[str, frozenset[str]]:
    """A country's page: its text in lower case and its content stems."""
    from assistant.pipeline.term_weights import stems
    from ingest.parser import parse_corpus

    text = " ".join(sec.text.lower() for sec in parse_corpus() if sec.country == country)
    return text, stems(text)


_SINGLE = tuple(k for k in _ENTRIES if " " not in k)
# keys that match a whole question word only (as word starts they would catch unrelated words)
_WHOLE_WORDS = frozenset({"nat", "natten", "van", "vans", "dark", "bot", "boten", "car", "cars", "bil", "bilen",
                          "biler", "bilene", "bilar", "bilarna", "mat", "maten", "mad", "rent", "tøj", "løj", "fel", "felet", "syk", "sykt", "syke",
                          "tilbage", "tilbake", "tillbaka", "bror", "bor", "pengene", "penger", "pengane",
                          "pengar", "pengarna", "money", "lege", "legen", "official", "kör", "still", "keep",
                          "officials", "kvitta", "kvittar", "kvittade",
                          "hear", "hears", "heard", "hearing", "hearings", "fött",
                          # "respektive", "låsesmed", "opener" are other words
                          "låst", "låste", "låses", "låsta", "locked", "respekt", "respect", "bills", "open",
                          "brev", "brevet", "breven", "breve", "brevene", "brevane", "igen", "igjen", "again"})
