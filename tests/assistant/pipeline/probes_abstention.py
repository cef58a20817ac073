"""Probe questions for abstention (gibberish, genuine short turns, facts a page does not state).

Written before the behaviour they test; shared by the unit tests (fakes) and the integration tests
(real retriever). Every NOT_STATED question was checked by hand against the corpus: the country's
page does not state the figure or detail asked for.
"""

# Not a question in da/nb/sv/en: keyboard mash, invented words, junk around a real token or two.
GIBBERISH = [
    "asdkj qwpeoi zxcmnb",
    "blorf snark gnirp Sverige",
    "kjhsdf sdfkjh udlæg sdfkj",
    "qwerty uiop asdf ghjkl",
    "Tyskland xqzv plimf wubbo",
    "grmbl frmbl fogeden",
    "jkjkjk hhhh",
    "xyzzy plugh",
    "🙂🙂🙂",
    "zzzz dom zzzz xxxx",
    "fnord fnord Frankrig fnord",
    "lkjh poiu mnbv Østrig?",
    "aaaaaaaaaaaaaaa",
    "sdfsdf?",
    "vbnm tyui ghjk utlegg",
    "Hvad xkjq plorf zzkt?",
    "ølkjh wpoeir træsk?",
    "!!!! ???? ####",
]

# Real, if short or odd, turns: never "not understood". (text, turns said before it in the session)
GENUINE = [
    ("udlæg?", []),
    ("hvad med løn", ["Hvor længe gælder et udlæg i Sverige?"]),
    ("Og i Sverige?", ["Hvor længe gælder et udlæg i Belgien?"]),
    ("Frist?", ["Kan en afgørelse om udlæg appelleres i Tyskland?"]),
    ("Kronofogden?", []),
    ("namsmannen", []),
    ("appel Østrig", []),
    ("utmätning lön Tyskland", []),
    ("fogeden?", []),
    ("lønindeholdelse Tyskland", []),
    ("Kan de tage min bil?", []),
    ("Hvad med Polen?", ["Hvem foretager tvangsfuldbyrdelse i Belgien?"]),
    ("exekutionstitel Österrike", []),
    ("udlaeg i sverige", []),
    ("bailiff fees Ireland?", []),
    ("garnishment Malta", []),
    ("Hvad er et eksekutionsfundament?", []),
    ("tvangsfullbyrdelse Norge", []),
    ("And Malta?", ["Who carries out enforcement in Austria?"]),
    ("Luxembourg?", ["Hvor længe gælder et udlæg i Belgien?"]),
    ("hvor længe?", ["Hvem foretager udlæg i Finland?"]),
    ("fuldbyrdelsse af dom i Tyskland", []),
    ("ok tak", ["Hvor længe gælder et udlæg i Sverige?"]),
]

# (question, country): the page of that country does not state the figure or detail asked for, and no
# rule gives it (checked against corpus and rules by hand).
NOT_STATED = [
    ("Hvad er fogedens gebyr for et udlæg i Østrig?", "AT"),
    ("What is the bailiff's fee for seizing a car in Spain?", "ES"),
    ("Vad är expeditionsavgiften i Finland om verkställigheten misslyckas?", "FI"),
    ("Hva er rettsgebyret for en begjæring om tvangsfullbyrdelse i Slovenia?", "SI"),
    ("What is the court fee for an enforcement order in Croatia?", "HR"),
    ("Hvad er retsafgiften for en fuldbyrdelsesbegæring i Italien?", "IT"),
    ("What is the interest rate on a judgment debt in the Netherlands?", "NL"),
    ("Hvad er fristen for at appellere en afgørelse om udlæg i Luxembourg?", "LU"),
    ("What is the deadline for appealing an enforcement measure in Cyprus?", "CY"),
    ("Hvad er telefonnummeret til fogedretten i Belgien?", "BE"),
    ("Vad är Kronofogdens telefonnummer i Sverige?", "SE"),
    ("Hvad er gebyret for at tinglyse et udlæg i Bulgarien?", "BG"),
    ("What is the fee for issuing an execution order in Ireland?", "IE"),
]

# Deadlines asked without the word ("how long do I have to …", "when … at the latest"). The page of the
# first list states the deadline (checked by hand); that of the second does not.
DEADLINE_STATED = [
    ("Hvor lang tid har jeg til at klage i Tyskland?", "DE"),
    ("How long do I have to appeal in Finland?", "FI"),
    ("Hvornår skal en appel senest indgives i Malta?", "MT"),
    ("Inden for hvor lang tid skal jeg appellere i Østrig?", "AT"),
    ("How long do I have to appeal against a seizure of my salary in Sweden?", "SE"),
    ("Hvad er klagefristen i Slovenien?", "SI"),
    ("What is the time limit for appealing in Greece?", "GR"),
]
DEADLINE_NOT_STATED = [
    ("Hvor lang tid har jeg til at klage i Luxembourg?", "LU"),
    ("How long do I have to appeal in Croatia?", "HR"),
    ("Hvornår skal en appel senest indgives i Italien?", "IT"),
    ("Inden for hvor lang tid skal jeg appellere i Frankrig?", "FR"),
    ("How long do I have to object in Spain?", "ES"),
    ("Hvad er klagefristen i Luxembourg?", "LU"),
    ("What is the time limit for appealing in Cyprus?", "CY"),
]
