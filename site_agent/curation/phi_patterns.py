"""The regular expressions of the text scrubber, one (label, pattern) pair per detector.

Names are matched in any script: ``_UP`` is every upper-case letter Unicode knows and ``_LO`` any
letter, so "Dr. Ana María Núñez" and "Pt John O'Neil-Smith" are taken whole.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping

# The code points worth scanning for letters and marks: planes 0-3 and plane 14 (variation
# selectors). Planes 4-13 hold no assigned character in any Unicode version so far, 15-16 are
# private use; the scans at import then look at 327,680 code points instead of 1,114,112 (the
# test suite compares their result with a scan of every code point).
SCANNED = (range(0, 0x40000), range(0xE0000, 0xF0000))


def _code_points() -> Iterator[int]:
    for block in SCANNED:
        yield from block


def _class_of(predicate_name: str) -> str:
    chars = [chr(c) for c in _code_points() if getattr(chr(c), predicate_name)()]
    ranges: list[str] = []
    start = prev = ord(chars[0])
    for ch in chars[1:] + [chr(0)]:
        code = ord(ch)
        if code != prev + 1:
            a, b = chr(start), chr(prev)
            ranges.append(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}")
            start = code
        prev = code
    return "[" + "".join(ranges) + "]"


def _marks() -> str:
    """The combining marks (vowel signs of Devanagari, Tamil, Thai ...), which ``\\w`` lacks."""
    import unicodedata

    return "".join(
        re.escape(chr(c)) for c in _code_points() if unicodedata.category(chr(c)) in ("Mn", "Mc")
    )


_UP = _class_of("isupper")
_L = r"[^\W\d_]"  # any letter, any script
_MARK = f"[{_marks()}]"
_APOS = "['\u2019]"
# One word: letters, joined by apostrophes or hyphens ("O'Neil-Smith", "Núñez", "김민준").
WORD = re.compile(rf"{_L}(?:{_L}|{_MARK})*(?:(?:{_APOS}|-){_L}(?:{_L}|{_MARK})*)*")

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # German, French, Spanish, Italian, Dutch, Portuguese month names
    r"|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars"
    r"|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio"
    r"|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart"
    r"|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro"
    r"|dezembro|ocak|şubat|subat|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul"
    r"|ekim|kasım|kasim|aralık|aralik|maret|desember"
    r"|styczeń|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia"
    # Haitian Creole
    r"|janvye|fevriye|mas|jiyè|jiye|septanm|oktòb|oktob|novanm|desanm"
    # French abbreviations, Belarusian, Azerbaijani and Malagasy months
    r"|janv|févr|fevr|avr|juil|déc|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня"
    r"|жніўня|верасня|кастрычніка|лістапада|снежня|yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr"
    r"|oktyabr|noyabr|dekabr|janoary|febroary|martsa|aprily|jona|jolay|aogositra|septambra"
    r"|oktobra|novambra|desambra"
    # Albanian, Catalan, Turkmen and Russian (also Kyrgyz) months; "maj" in Polish and Swedish
    r"|janar|shkurt|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|nentor|dhjetor|gener"
    r"|febrer|març|maig|juny|juliol|agost|setembre|desembre|ýanwar|fewral|mart|maý|iýun|iýul"
    r"|awgust|sentýabr|oktýabr|noýabr|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]"
    r"|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]"
    # Hausa, Galician, and the Spanish-derived months of Chamorro and Tagalog
    r"|janairu|faburairu|fabrairu|maris|afirilu|mayu|yuni|yuli|agusta|satumba|oktoba|nuwamba"
    r"|disamba|eneru|fibreru|matso|abrit|huniu|hulio|septembre|nobembre|disembre"
    r"|xaneiro|febreiro|xuño|xullo|decembro|pebrero|marso|hunyo|hulyo|setyembre|oktubre"
    r"|nobyembre|nobiembre|disyembre|disiembre)(?![^\W\d_])\.?"
)
_STREET_KIND = (
    r"(?i:avenue|ave|street|st|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl"
    r"|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|row|alley|plaza|close"
    r"|crescent|cres|gardens|gdns|mews|park|pike|turnpike|tpke|run|walk|loop|path|grove|green"
    r"|heights|hts|landing|crossing|bend|vale|rise|chase|quay|wharf|esplanade|causeway"
    r"|expressway|expy|freeway|fwy|hollow|ridge|hill|view|commons|spur)\b\.?"
)
# A capitalised word, hyphens and apostrophes inside. Bounded: a pattern may try it from every
# capital of a long run such as "Aa-Aa-Aa-..." (each after a hyphen starts a word), and an
# unbounded word read from each to the run's end is quadratic; no real word is this long.
_CAP = rf"{_UP}(?:{_L}|{_APOS}|-){{0,63}}"
_STREET = (
    rf"(?:\b(?:No|NO|no|H\.?[ ]?No)\.?[ ]?)?"
    rf"\b\d{{1,6}}[A-Za-z]?[ ]+(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))\.?[ ]+){{1,4}}{_STREET_KIND}"
    r"(?:[ ]\d{1,4}(?![\d.,/:]\d|\d))?"
    # the district and town after it: "No. 12 Airport Road, Garki, Abuja"
    r"(?:,[ ]*(?!(?i:the|a|an|and|or|on|in|at|from|to|with|no)\b)"
    rf"{_CAP}(?:[ ]{_CAP})?(?=[,.;\n]|$|[ ]{{2}})){{0,2}}"
)
# A flat, lot, unit or suite before a street or a park: "Flat 39, 10 Saddleback Crescent", "Lot 63,
# Tulip Tree Trailer Park", "Unit 4/17 Heron Row".
_UNIT_FIRST = (
    r"\b(?:Flat|FLAT|Lot|LOT|Unit|UNIT|Apt|APT|Apartment|Suite|STE|Ste|Space|Room)\.?[ ]*#?"
    rf"\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})?,?[ ]+(?:\d{{1,6}}[A-Za-z]?[ ]+)?(?:{_CAP}\.?[ ]+){{1,4}}"
    rf"{_STREET_KIND}"
)
_UNIT = r"(?:,?[ ]+(?i:apt|apartment|suite|ste|unit|#)\.?[ ]*[\w-]+)?"
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_ZIP = r"(?:[ ]+\d{5}(?:-\d{4})?)?"
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ ]Hampshire"
    "|New[ ]Jersey|New[ ]Mexico|New[ ]York|North[ ]Carolina|North[ ]Dakota|Ohio|Oklahoma|Oregon"
    "|Pennsylvania|Rhode[ ]Island|South[ ]Carolina|South[ ]Dakota|Tennessee|Texas|Utah|Vermont"
    "|Virginia|Washington|West[ ]Virginia|Wisconsin|Wyoming"
)
# "MD" and "PA" after a comma are credentials far more often than states ("Rose White, MD"):
# after a city they are a state only with a ZIP code.
_STATE_AFTER_CITY = (
    rf"(?:(?!(?:MD|PA)\b)(?:{_STATES})\b{_ZIP}"  # any other state, a ZIP code or not
    r"|(?:MD|PA)[ ]+\d{5}(?:-\d{4})?\b)"
)
_CITY_STATE_ZIP = (
    rf"(?:,[ ]*(?:{_CAP}[ ]?){{1,3}})?(?:,?[ ]*(?:{_STATES})\b)?(?:[ ]+\d{{5}}(?:-\d{{4}})?\b)?"
)
_NAME_WORD = rf"(?:{_UP}(?:{_L}|{_APOS}|-)+)"
_NAME_PART = rf"(?:{_UP}(?:{_L}|{_APOS}|-)+|{_UP}\.?)"
# Titles and the labels of header forms ("..., DOB 01/02/1933") are never part of a name.
_NOT_NAME = (
    r"(?!(?:Dr|Drs|Mr|Mrs|Ms|Mx|Prof|Doctor)\b"
    r"|(?i:dob|mrn|sex|age|id|date|accession|phone|tel|email|address|born|on|at|in|and|name"
    r"|radiologist|physician|consultant|registrar|attending|resident|fellow|surgeon|pathologist"
    r"|nurse|technologist|sonographer|radiographer|intern|clinician|specialist|trainee)\b)"
)
_NAME = (
    rf"{_NOT_NAME}(?:{_NAME_WORD}|{_UP}\.[ ]?{_NAME_WORD})(?:,?[ ]{_NOT_NAME}{_NAME_PART}){{0,3}}"
)
# What follows "patient" and is no name: "Patient takes Plavix, ...", "pt has no allergies;".
_NOT_VERB = (
    r"(?!(?i:takes|took|taking|has|had|is|was|will|would|should|can|denies|reports|states|agrees"
    r"|declined|refused|presents|underwent|received|tolerated|remains|went|on|in|at|with|and"
    r"|or|to|for|not|no|also|then|being|here|there|who|whom|name)\b)"
)
# A role after a name's comma or after a grade is a job title, not a cue: "Dr Ana Ruiz,
# Consultant Radiologist", "Senior Registrar".
_GRADES = ("consultant", "senior", "junior", "staff", "chief", "lead", "duty", "reporting")
_POST_NOMINAL = "(?<!,[ ])" + "".join(
    f"(?<!{g[0]}{g[1:]}[ ])(?<!{g[0].upper()}{g[1:]}[ ])(?<!{g.upper()}[ ])" for g in _GRADES
)
_NAME_CONTEXT = (
    r"(?i:\bname[ ]*\([^()\n]{1,30}\)[ ]*:[ ]*"  # "Name (Last, First): "
    r"|\b(?:patient(?:'s)?[ ]name|patient|pt|name|guardian|next[ ]of[ ]kin|emergency[ ]contact"
    r"|mother|father|wife|husband|son|daughter|spouse|grandson|granddaughter|grandchild|niece"
    r"|nephew|brother|sister|partner|carer|caregiver|cousin|aunt|uncle|neighbou?r|friend)"
    r"\b(?>[ ]*(?:[:\-(]|\.{2,})?[ ]*)"  # a whole word: not "PT" inside "PTEN"
    # A role or name key before a colon: "Verified:", "ORDERING:", "Surname:", "Chaperone present:".
    r"|\b(?:ordering|requesting|referring|performing|verifying|verified|approved|authori[sz]ed"
    r"|chaperone(?:[ ]present)?|sonographer|radiographer|surname|forename|family[ ]name"
    r"|given[ ]name|first[ ]name|last[ ]name)[ ]*(?::|\.{2,})[ ]*"
    # Letters: "Dear Dr ...", "Yours sincerely,\n\nAna Ruiz", "With best wishes, ...".
    r"|\bdear[ ]+(?:(?:dr|mr|mrs|ms|mx|miss|prof)\.?[ ]+)?"
    r"|\b(?:yours[ ](?:sincerely|faithfully|truly)|(?:with[ ])?(?:best|kind|warm)[ ]"
    r"(?:wishes|regards)|regards)(?>[ ]*,?\s*)"
    r"|\b(?:phoned|telephoned|faxed|e-?mailed|relayed|conveyed|communicated|handed[ ]over)[ ]to[ ]+"
    r"|\b(?:dr|drs|doctor|mr|mrs|ms|mx|miss|prof)\.?[ ]+(?:(?:med|rer[ ]nat|phil)\.[ ]+)?"
    # Honorifics of other languages: "Madame Heel", "Frau Lumb", "Señora Colon".
    r"|\b(?:madame|mme|mlle|monsieur|frau|herr|señora|señor|sra|sr|signora|signor|sig|sig\.ra"
    r"|senhora|senhor|mevrouw|mevr|meneer|dhr|pani|pan|gospodin|gospozha)\.?[ ]+"
    # Thai "patient": "ผู้ป่วย Dolors Colon".
    r"|ผู้ป่วย[ ]+"
    rf"|{_POST_NOMINAL}\b(?:referring[ ]physician|attending|radiologist|reading[ ]physician"
    r"|physician|reader|technologist|nurse|resident|fellow)(?>[ ]*:?[ ]+)"
    r"|\b(?:signed|dictated|transcribed|reported|read|referred|requested|ordered|reviewed|seen)"
    r"[ ]by[ ]+"
    r"|\b(?:report|images|results)[ ]for[ ]+"
    r"|\b(?:discussed|spoke|spoken|talked|reviewed)\b[^.\n]{0,40}?\bwith[ ]+)"
)
# Ages over 89 (Safe Harbor), as a number standing alone: not "930", "93.5" or "95%".
_AGE_OVER_89 = r"(?<![\d.])(?:9\d|1[0-4]\d)"
_AGE_END = r"(?![\d]|[.,]\d|[ ]?(?i:%|mm|cm|kg|g|mg|mcg|ml|bpm|lbs?|mmhg|hu)(?![a-z]))"
# An age word or key: "age", "aged", "Age:", "age_years", "patient_age", "PatientAge",
# "Age (years)", "AGE AT STUDY", "age_at_scan", "Age/Sex", "Sex/Age" -- not "page", "stage",
# "dosage", "Image" or "Average" (a letter before "age" that is not a lower-to-upper key join).
_AGE_KEY = (
    r"(?:(?<=[a-z])Age|(?<![^\W\d_])(?i:age))(?:d\b|(?![a-z]))"
    r"(?:[ _]?\(?(?i:in[ _])?(?i:years?|yrs?|y)\)?(?![a-z]))?"
    r"(?:[ _](?i:at|on)[ _][A-Za-z]+)?"
    r"(?:[ ]?/[ ]?(?i:sex|gender))?"
)
# Between the key and the value: field punctuation, quotes, tags, dotted leaders, "is"/"of", and a
# sex before a slash ("Sex/Age: F/93").
_AGE_GAP = (
    r"(?:[ \t\"':=>|,\-.]|&gt;|(?i:is|of|was)\b){0,24}?"
    r"(?:(?i:m|f|male|female)[ ]?/[ ]?)?"
)
# Ages over 89 in words: "ninety", "ninety-three", "ninety four" (not "ninety percent").
_ONES = (
    r"(?:one|first|two|second|three|third|four|fourth|five|fifth|six|sixth|seven|seventh|eight"
    r"|eighth|nine|ninth|ten|tenth)"
)
_AGE_WORDS = (
    rf"(?i:ninet(?:y|ieth)(?:[- ]{_ONES}(?![a-z]))?"
    rf"|(?:(?:one|a)[ -])?hundred(?:th)?(?:[ -](?:and[ -])?{_ONES}(?![a-z]))?)"
)
_AGE_WORDS_END = (
    r"(?![a-z]|[ -]*(?i:percent|per[ ]cent|%|degrees?|minutes?|mins?|seconds?|hours?|hrs|days?"
    r"|weeks?|months?|mg|ml|mm|cm|times|beats|bpm|units|meters?|metres?|feet|ft|pounds|lbs?"
    r"|kg|plus)\b)"
)
# A Japanese era date: era letter (half or full width), year, month 1-12, day 1-31.
_ERA_DATE = (
    r"[MTSHRＭＴＳＨＲ][ .]?\d{1,2}[.．/](?:0?[1-9]|1[0-2]|[０]?[１-９]|１[０-２])[.．/]"
    r"(?:0?[1-9]|[12]\d|3[01]|[０-３]?[０-９])(?![\d.．])"
)


def _russian_address(
    town: str, town_comma: str, street: str, name: str, house: str, block: str, flat: str, low: str
) -> str:
    """A Russian address, one alphabet's words: [town,] street [number] name, house[, block][,
    flat] -- the commas optional after the street."""
    return (
        rf"(?:\b(?:{town})\.[ ]?{name}(?:[ -]{name})?{town_comma}[ ]*)?"
        rf"(?<![\w])(?:{street})\.[ ]?(?:\d+[ ])?{name}(?:[ -]{name})?"
        rf"(?:,?[ ]*(?:{house})\.[ ]?\d+{low}?)(?:,?[ ]*(?:{block})\.[ ]?\d+)?"
        rf"(?:,?[ ]*(?:{flat})\.[ ]?\d+)?"
    )


# "ул. Ленина, д. 12, кв. 5", "ул. 8 Марта д. 12 кв. 5"; "g. Ufa, ul. Mingazheva, d. 224, kv. 46".
_RUSSIAN_CYRILLIC_ADDRESS = _russian_address(
    "г|с|пос|пгт",
    ",?",
    "ул|пр|просп|пер|пл|ш|б-р|наб|мкр|проезд",
    "[А-ЯЁ][а-яё-]+",
    "д|дом",
    "корп|к|стр",
    "кв|оф",
    "[а-я]",
)
_RUSSIAN_LATIN_ADDRESS = _russian_address(
    "g|s|pos|pgt|d",
    ",",
    "ul|pr|prosp|per|pl|sh|bul|nab|mkr|pr-t|proezd",
    rf"(?:(?:let|im\.)[ ])?{_CAP}",
    "d|dom",
    "korp|k|str",
    "kv|of",
    "[a-z]",
)

_MRN_CONTEXT = r"(?i:\bMRN|\bmedical[ ]record[ ](?:number|no\.?|#)|\brecord[ ]#)(?>[ ]*[:#]?[ ]*)"
# A record or encounter number's key, in prose or as a field key ("Hosp No:", "Unit No.",
# "hospital_number: ", 'mrn="', "FIN\t", "CSN: ", "REQ NO: ", "Patient ID: "), then its value
# written in groups: "624 058 810", "HAR 3765 1775", "E15.68146", "2706-8662-5".
_GROUPED_ID_KEY = (
    r"(?i:\b(?:mrn|hosp(?:ital)?|unit|record|chart|patient|pt|subject|fin|csn|har|enc(?:ounter)?"
    r"|visit|account|acct|acc(?:ession)?|req(?:uest)?|order|specimen|case|member|policy|nhs"
    r"|medicare|medicaid|plan|group|dl|driver'?s?[ ]licen[cs]e|licen[cs]e|permit|serial|s/n|sn"
    r"|plate|registration|reg|passport|pasport|pasaport|paspor|cni|booking"
    r"|dialysis(?=[ ](?:no\b|number|nr\b|\#)))"
    r"(?:[ _.]?(?:number|num|no\.?|nr|#|id))?)(?![a-z])"
    r"(?>[\"']?[ ]*(?:[:=#>]|\.{2,})?[ ]*[\"']?|\t)"
    r"(?:(?i:n)[°º][ ]?)?"  # "CNI : N° 4132/141.077"
)
_GROUPED_ID = (
    # "I-DZ 663619": a series with a hyphen before the digits
    r"(?=[A-Za-z]{0,4}(?:-[A-Za-z]{1,3})?[ ]?(?:\d[ .\-/]?){5})"
    r"(?:[A-Za-z]{1,4}(?:-[A-Za-z]{1,3})?[ ]?)?\d+(?:[ .\-/]\d+){0,4}"
    r"(?![\w.]\w|[ ](?i:mm|cm|ml|mg|kg|years?|yrs?)\b)"
)
_ID_CONTEXT = (
    r"(?i:\b(?:accession|acc|patient[ ]id|id|ssn|social[ ]security|account|acct|insurance|policy"
    r"|member|subscriber|beneficiary|health[ ]plan|plan|encounter|visit|license|licence|certificate"
    r"|dea|npi|serial|device|implant|vin|vehicle|plate|registration|badge|employee|case|specimen"
    # national health and patient numbers of other countries
    r"|nhi|nhs|chi|ihi|uhid|upi|ppsn|pps|hn|an|ird|pesel|nir|bsn|ahv|amka|cnp|dni|nie|curp|rut"
    r"|cpf|cns|sus|nik|bpjs|cmnd|cccd|rrn|tc|tckn|nin|nric|fin|hkid|mykad|ic|cnic|nid|plaka"
    r"|plakası|kennzeichen|immatriculation|matrícula|matricula|targa|placa)(?![a-z])"
    r"(?:[ ]*(?:number|no\.?|#|id))?)(?>[ ]*[:#]?[ ]*)"
)
_TLD = (
    r"(?:com|org|net|edu|gov|mil|int|info|biz|io|health|example|test|invalid|local|uk|de|fr|es|it"
    r"|nl|se|no|dk|fi|ch|at|be|ie|pl|pt|ru|cn|jp|kr|in|br|mx|ca|au|nz|za|ng|ke|eg|tr|il|ae|sa"
    r"|me|ly|app|tw|hk|sg|vn|pk|bd|np|lk|gh|tz|zw|uz|kz|bg)"
)
# Degrees, minutes and (optionally) seconds of a coordinate, up to its hemisphere's letter.
_DEGREES = r"\d{1,3}°[ ]?\d{1,2}(?:\.\d+)?['′][ ]?(?:\d{1,2}(?:\.\d+)?(?:\"|″|'')?[ ]?)?"
# A country code written "+49" or with the international prefix "0049".
_PHONE_INTL = r"(?<![\w+])(?:\+|00(?=[1-9]))\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?!\w)"
# North American: area code in parentheses or before a dot, hyphen, slash or space.
_PHONE_NA = (
    r"(?<![\w+/.-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ ./-])\d{3}[ .-]\d{4}(?![\w/-]|\.\d)"
)
# A trunk area code in parentheses, then groups: "(02) 3859 5054", "(0161) 496 0000".
_PHONE_TRUNK = r"(?<![\w+])\(0\d{1,4}\)[ ]?\d{3,4}[ -]?\d{3,4}(?!\w)"
# A local number with an extension: "882-3571 ext. 92".
_PHONE_LOCAL_EXT = r"(?<![\w+/.-])\d{3}[ .-]\d{4}(?=[ ,]*(?i:x|ext\.?|extn\.?|extension)[ ]?\d)"
_PHONE_CONTEXT = (
    r"(?i:\b(?:phone|tel|telephone|fax|mobile|mob|cell|pager|call|callback|bleep|ext|extension)"
    r"\b\.?(?:[ ](?:number|no\.?|#))?(?>[ ]*[:#]?[ ]*))"
)
# An extension after a number: "x932", "ext. 22", "extension 4410".
_PHONE_EXT = r"(?:[ ,]*(?i:x|ext\.?|extn\.?|extension)[ ]?\d{1,6}(?!\w))?"

# A day of the month in words, as dictation and voicemail give it: "the twenty-second".
_ORDINAL_DAY = (
    r"(?i:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth)(?![\w-])"
)
_WEEKDAY_NAME = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A year read out: "twenty twenty-one", "twenty sixteen", "nineteen ninety-two", "two thousand
# and four".
_YEAR_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_YEAR = (
    r"(?i:(?:nineteen|twenty)[ ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[- ]{_YEAR_ONES})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|oh[ ]{_YEAR_ONES})|two[ ]thousand(?:[ ]and)?(?:[ ](?:{_YEAR_ONES}|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    rf"(?:[- ]{_YEAR_ONES})?))?)(?![\w-])"
)
# English month names as names are written, with a capital ("May", not the verb "may").
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# Months of other calendars, as they are written in Latin letters: Hijri, Nepali (Bikram Sambat),
# Persian (Solar Hijri), Hebrew and Ethiopian. Many are words or names too ("Safar", "Azar",
# "Magh", "Tir"), so they make a date only between a day and a year (see ``PATTERNS``); those
# that are common words or abbreviations too ("1 av 1000" in Swedish and Norwegian, "2 push
# 1000 units", "1 ter 1000") only capitalised ("12 Av 5783", "3 Tir 1402").
_OTHER_MONTH = (
    r"(?:(?-i:Av|Ter|Tir|Push|Dey|Mehr|Sene|Saun|Asar|Aban)(?![\w-])|"
    r"(?i:muharram|safar|rabi['’]?[ -](?:al|ul|el)[ -](?:awwal|thani|akhir)|rabi['’]?[ ]"
    r"(?:i|ii|1|2)|jumad(?:a|i)[ -](?:al|ul|el)[ -](?:ula|awwal|ukhra|thani|akhir(?:ah)?)"
    r"|jumada[ ](?:i|ii|1|2)|rajab|sha['’]?ban|ramadh?an|shawwal|dh[uū][ -]al[ -]q[ai]['’]?dah"
    r"|dh[uū][ -]al[ -]hijj?ah"
    r"|baisakh|baishakh|jestha|jeth|asar|ashadh|asadh|shrawan|saun|bhadra|bhadau|ashwin|asoj"
    r"|kartik|mangsir|poush|magh|falgun|fagun|chaitra|chait"
    r"|farvardin|ordibehesht|khordad|mordad|amordad|shahrivar|azar|bahman"
    r"|esfand"
    r"|tishrei|tishri|cheshvan|heshvan|marcheshvan|kislev|tevet|shevat|adar(?:[ ]i{1,2})?|nisan"
    r"|iyar|sivan|tammuz|elul"
    r"|meskerem|tikimt|tiqimt|hidar|hedar|tahsas|yekatit|megabit|miyazya|miazia|ginbot"
    r"|genbot|hamle|nehase|pagume|pagumen)(?![\w-]))"
)
# No unit after a date's year: "1 X 2000 IU", "2 IV 2000 mL", "week 1, 2000 steps".
_NO_UNIT = (
    r"(?![ ]?(?i:mg|mcg|µg|ug|g|kg|ml|l|iu|u|units?|kcal|cal|mmol|meq|mosm|steps?|m|km"
    r"|patients?|pts)(?![^\W\d_]))"
)
# A calendar's era after a year: "1444 AH", "2078 BS", "1918 EC", "1402 SH".
_ERA = r"(?:A\.?H\.?|H|B\.?S\.?|E\.?C\.?|S\.?H\.?|A\.?M\.?)(?![\w.])"
# Roman numerals for a month: "15 IV 1933", "14.I.1922".
_ROMAN_MONTH = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
# Canadian provinces and territories, as codes and by name.
_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
_PROVINCE_NAMES = (
    "Alberta|British[ ]Columbia|Manitoba|New[ ]Brunswick|Newfoundland(?:[ ]and[ ]Labrador)?"
    "|Nova[ ]Scotia|Ontario|Prince[ ]Edward[ ]Island|Qu[eé]bec|Saskatchewan|Yukon|Nunavut"
    "|Northwest[ ]Territories"
)
_CA_POSTCODE = r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d"

# Administrative units after their name ("Mpigi district"), and words that name no place before
# such a kind in clinical text ("Right Lower Zone", "Sickle Cell").
_UNIT_KINDS = (
    "village|sub-county|subcounty|parish|district|county|kebele|woreda|tehsil|taluk|mandal"
    "|barangay|municipality|province"
)
_NOT_PLACE = (
    r"(?i:right|left|upper|lower|middle|mid|apical|basal|central|peripheral|transition"
    r"|transitional|comfort|danger|safe|red|green|amber|yellow|grey|gray|time|treatment|school"
    r"|health|hospital|the|this|that|same|home)\b"
)

_SPOKEN_STOP = r"(?:and|comma|period|who|with|for|to|in)\b"
# Words before a day and a month that make them a date: "on 15/3", "am 12.03.", "since 4/11".
DATE_CUES = "on|since|from|until|till|by|dated|am|vom|bis|seit|le|el|il|op|den"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern))
    for label, pattern in (
        # Each e-mail pattern starts where a run of address characters starts: a match could
        # start nowhere else, and a scan from every character of a long run is quadratic.
        ("EMAIL", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        # Written out against harvesting: "a.b (at) mail (dot) com", "x[at]yahoo.fr", and "x at
        # gmail dot com" / "x AT net DOT lk" (a spoken "at" only with a spoken "dot" after it).
        (
            "EMAIL",
            r"(?<![\w.+-])(?i:[\w.+-]+[ ]?[(\[{]at[)\]}][ ]?[\w-]+"
            r"(?:[ ]?(?:[(\[{]dot[)\]}]|\.)[ ]?[\w-]+)+)",
        ),
        ("EMAIL", r"(?<![\w.+-])[\w.+-]+[ ](?:at|AT)[ ][\w-]+(?:[ ](?:dot|DOT)[ ][\w-]+)+\b"),
        ("URL", r"\b(?:https?|ftp)://[^\s<>\"]*[^\s<>\".,;:!?)\]]"),
        ("URL", r"\bwww\.[^\s<>\"]*[^\s<>\".,;:!?)\]]"),
        # A bare domain starts where its run of labels starts (not after "x." inside one): the
        # same matches, without a scan from every label of a long dotted run.
        (
            "URL",
            rf"(?i:\b(?<![a-z0-9-])(?<![a-z0-9-]\.)(?:[a-z0-9-]+\.)+{_TLD}\b"
            rf"(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?)",
        ),
        ("IP", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5}(?!\d))?(?!\d|\.\d)"),  # ":443"
        # IPv6, with its zone if written ("fe80::1%eth0")
        ("IP", r"(?i:(?<![\w:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?:%[\w.-]{1,16})?(?![\w:]))"),
        (
            "IP",
            r"(?i:(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4})*::(?:[0-9a-f]{1,4}:?)*+"
            r"(?:(?<=[0-9a-f])%[\w.-]{1,16})?(?![\w:]))",
        ),
        ("IP", r"(?i:\[[0-9a-f.]*:[0-9a-f:.]*+\](?::\d{1,5})?)"),
        ("ID", r"(?i:(?<!\w)(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?!\w))"),  # MAC address
        ("PHONE", _PHONE_INTL + _PHONE_EXT),
        ("PHONE", _PHONE_NA + _PHONE_EXT),
        ("PHONE", _PHONE_TRUNK + _PHONE_EXT),
        ("PHONE", _PHONE_LOCAL_EXT + _PHONE_EXT),
        ("PHONE", rf"{_PHONE_CONTEXT}(?P<v>\+?\(?\d[\d ().-]{{5,}}\d)"),
        (
            "DATE",
            r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}"
            r"[/.-]\d{1,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
            r"(?![\d/]|\.\d)",
        ),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+\d{{4}}\b"),
        (
            "DATE",
            # "16 de juny de 2017", "30 d'agost de 2019", "30-nji aprel 2015"
            rf"\b\d{{1,2}}(?:st|nd|rd|th|\.|er|-n(?:ji|jy))?(?:[ ]+(?:of|de))?[ ]+"
            rf"(?:d['\u2019])?{_MONTH},?[ ]+(?:de[ ])?\d{{4}}\b",
        ),
        # Tagalog: "ika-5 ng Hunyo, 1925".
        ("DATE", rf"\bika-\d{{1,2}}[ ]ng[ ]{_MONTH},?(?:[ ]+\d{{4}}\b)?"),
        # Hausa and Breton: "29 ga Oktoba, 2024", "11 a viz Here 2022" (the Breton months only
        # in that form: "Here", "Du" and "Mae" are words elsewhere).
        ("DATE", rf"\b\d{{1,2}}[ ]ga[ ]{_MONTH},?(?:[ ]+\d{{4}}\b)?"),
        (
            "DATE",
            r"\b\d{1,2}[ ]a[ ]viz[ ](?i:genver|c['\u2019]hwevrer|meurzh|ebrel|mae|mezheven|gouere"
            r"|eost|gwengolo|here|du|kerzu)\b(?:[ ]+\d{4}\b)?",
        ),
        # A range of days: "12-14 March 2020", "3 to 5 June 2019".
        (
            "DATE",
            rf"\b\d{{1,2}}[ ]?(?:-|\u2013|to|bis|au)[ ]?\d{{1,2}}\.?[ ]+{_MONTH},?[ ]+\d{{4}}\b",
        ),
        # Month-first with hyphens and day-month without a year: "Jan-22-1923", "9-May".
        ("DATE", rf"\b{_MONTH}-\d{{1,2}}-\d{{2,4}}\b"),
        # A day in words after a weekday or a month, or before "of" and a month: "Monday the
        # twenty-second", "February twenty-first", "the seventeenth of March".
        (
            "DATE",
            rf"\b(?:{_WEEKDAY_NAME},?[ ]+|{_MONTH_NAME}[ ]+)(?:the[ ]+)?{_ORDINAL_DAY}"
            rf"(?:[ ]+of[ ]+{_MONTH_NAME}\b)?",
        ),
        ("DATE", rf"\b(?:the[ ]+)?{_ORDINAL_DAY}[ ]+of[ ]+{_MONTH_NAME}\b"),
        (
            "DATE",
            rf"\b(?:the[ ]+)?{_ORDINAL_DAY}[ ]+of[ ]+(?:january|february|april|june|july|august"
            r"|september|october|november|december)\b",
        ),
        # ... and "march" or "may" after a date's key: "date of service the twenty-sixth of march".
        (
            "DATE",
            r"(?i:\b(?:on|dated|date[ ]of[ ][a-z]+)[ ])"
            rf"(?P<v>(?:the[ ]+)?{_ORDINAL_DAY}[ ]+of[ ]+(?:march|may))\b",
        ),
        # Day, month and year with a space after each dot: "30. 6. 2019" (Slovenian, Czech).
        ("DATE", r"\b(?:0?[1-9]|[12]\d|3[01])\.[ ](?:0?[1-9]|1[0-2])\.[ ](?:19|20)\d{2}\b"),
        # A form's date boxes, month | day | year: "12 | 10 | 18" (not a row of more numbers).
        (
            "DATE",
            r"(?<!\d[ ]\|[ ])(?<!\d\|)\b(?:0?[1-9]|1[0-2])[ ]?\|[ ]?(?:0?[1-9]|[12]\d|3[01])"
            r"[ ]?\|[ ]?(?:\d{2}|(?:19|20)\d{2})\b(?![ ]?\|[ ]?\d)",
        ),
        # An age after a longer age key: "Age as stated to me: 94".
        ("AGE", rf"(?i:\bage\b[^:\n\d]{{1,24}}:)[ ]*(?P<v>{_AGE_OVER_89}){_AGE_END}"),
        # Dictation in lower case: "dictating on august twenty-sixth twenty twenty-one" (not the
        # verbs "may" and "march"), with the year read out.
        (
            "DATE",
            r"\b(?i:january|february|april|june|july|august|september|october|november"
            rf"|december)[ ]+(?:the[ ]+)?{_ORDINAL_DAY}(?:,?[ ]+{_SPOKEN_YEAR})?",
        ),
        # ... and "march" or "may" where dictation says "on" before them.
        (
            "DATE",
            rf"(?i:\bon[ ])(?P<v>(?i:march|may)[ ]+(?:the[ ]+)?{_ORDINAL_DAY}"
            rf"(?:,?[ ]+{_SPOKEN_YEAR})?)",
        ),
        # A day and a month after a weekday or "du": "Thursday, 28/10", "RCP du 22/4".
        (
            "DATE",
            rf"(?:\b(?:{_WEEKDAY_NAME}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?[ ]+"
            r"|(?<=\bdu[ ]))(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])"
            r"(?![\d/])",
        ),
        ("DATE", rf"(?<![\w/.-])\d{{1,2}}-{_MONTH}(?![\w-])"),
        # Vietnamese and Korean dotted dates: "ngày 12 tháng 3 năm 1931", "2019. 3. 12.".
        ("DATE", r"(?i:ngày[ ])?\d{1,2}[ ]tháng[ ]\d{1,2}(?:[ ]năm[ ]\d{4})?"),
        ("DATE", r"\b(?:19|20)\d{2}\.[ ]?\d{1,2}\.[ ]?\d{1,2}\.(?!\d)"),
        # "the 12th day of May 2020"
        ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)[ ]day[ ]of[ ]{_MONTH},?[ ]\d{{4}}\b"),
        # East Asian dates: "1931年3月14日", "昭和6年3月14日", "1931년 3월 14일".
        (
            "DATE",
            r"(?:[\u4e00-\u9fff]{2})?\d{1,4}[ ]?[年년][ ]?\d{1,2}[ ]?[月월]"
            r"(?:[ ]?\d{1,2}[ ]?[日일])?",
        ),
        ("DATE", rf"\b\d{{1,2}}[ /.-]?{_MONTH}[ /.-]?(?:\d{{4}}|\d{{2}})\b"),
        ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH},?[ ]['\u2019]\d{{2}}\b"),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{4}}\b"),
        ("DATE", rf"\b{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?\b"),
        ("DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+{_MONTH}(?!\w)"),
        # A day and a month after a date cue: "on 15/3", "am 12.03.", "since 4/11".
        (
            "DATE",
            rf"(?i:\b(?:{DATE_CUES})[ ])"
            r"(?P<v>(?:[0-2]?\d|3[01])[/.](?:0?[1-9]|1[0-2])\.?)(?![\d/.])",
        ),
        # "admitted 3/4" -- not a level ("C5/6") or a ratio inside a word.
        ("DATE", r"(?<![\w/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])"),
        ("DATE", r"\b(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),
        # A month and a two-digit year that cannot be a day: "hip replacement 4/98".
        # ("6/52", six weeks, is no date.)
        ("DATE", r"(?<![\w/.])(?:0?[1-9]|1[0-2])/(?:3[2-9]|4\d|5[013-9]|[6-9]\d)(?![\d/])"),
        # A day, a month of another calendar and a year, with its era: "14 Baisakh 2078", "18
        # Rabi al-Thani 1444 AH", "3 Tir 1402"; or the month first: "Meskerem 12, 1916".
        (
            "DATE",
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_OTHER_MONTH},?[ ]+[1-9]\d{{2,3}}(?:[ ]?{_ERA})?"
            rf"(?!\d){_NO_UNIT}",
        ),
        # (a year with no leading zero: "av 10 000" is ten thousand in Swedish)
        (
            "DATE",
            rf"\b{_OTHER_MONTH}[ ]+\d{{1,2}},?[ ]+[1-9]\d{{2,3}}(?:[ ]?{_ERA})?(?!\d){_NO_UNIT}",
        ),
        # A day, a Roman month and a year: "15 IV 1933", "14.I.1922", "3-XII-1925".
        (
            "DATE",
            rf"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])(?P<s>[ ./-]){_ROMAN_MONTH}(?P=s)"
            rf"(?:1[89]|20)\d{{2}}(?![\w./-]){_NO_UNIT}",
        ),
        # A week of a year: "week 20 of 2027", "wk 8/2023", "2024-W05".
        (
            "DATE",
            r"(?i:\b(?:week|wk|semaine|semana|woche|kw)\.?[ ]?\d{1,2}[ ]?(?:of|/|,|de|du)[ ]?"
            rf"(?:18|19|20)\d{{2}}\b){_NO_UNIT}",
        ),
        ("DATE", r"\b(?:19|20)\d{2}-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?\b"),
        # The month written with "the" before the day: "September the 29th", "the 28th of Dec.".
        ("DATE", rf"\b{_MONTH_NAME}[ ]+the[ ]+\d{{1,2}}(?:st|nd|rd|th)\b"),
        ("DATE", rf"\b(?i:the)[ ]+\d{{1,2}}(?:st|nd|rd|th)(?:[ ]+of)?[ ]+{_MONTH}(?!\w)"),
        # "march" and "may" in lower case with a year after them: "the tenth of march 1921",
        # "may twenty-sixth nineteen twenty-six".
        (
            "DATE",
            rf"\b(?:(?i:the)[ ]+)?{_ORDINAL_DAY}[ ]+(?i:of)[ ]+(?i:march|may),?[ ]+"
            rf"(?:(?:18|19|20)\d{{2}}\b|{_SPOKEN_YEAR})",
        ),
        (
            "DATE",
            rf"\b(?i:march|may)[ ]+(?:(?i:the)[ ]+)?{_ORDINAL_DAY},?[ ]+{_SPOKEN_YEAR}",
        ),
        # A day of this or last month in a letter's style: "the 20th inst.", "the 29th ult.".
        ("DATE", r"\b\d{1,2}(?:st|nd|rd|th)[ ](?:inst|ult|prox)\b\.?"),
        # A day and a month before a time of day: "[SMS 13/07 22:17]" (the time joins it).
        (
            "DATE",
            r"(?<![\w/.:])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?=[ ,]+(?:[01]?\d|2[0-3])"
            r":[0-5]\d(?!\d))",
        ),
        # Day, month and year one space apart after a birth key: "date of birth 3 19 18".
        (
            "DATE",
            r"(?i:\b(?:date[ ]of[ ]birth|dob|d\.o\.b\.|born)\b)[ :,-]{0,4}"
            r"(?P<v>\d{1,2}[ ]\d{1,2}[ ](?:\d{4}|\d{2}))(?![\d./:]|,\d|[ ]\d)",
        ),
        # A three-word address ("///pebble.count.harbour").
        ("ADDRESS", r"(?<![\w/])///[^\W\d_]{2,}\.[^\W\d_]{2,}\.[^\W\d_]{2,}"),
        # A passport's machine-readable line: "MC02631909NOR2009030M2608086<<<<<<<<<<<<<<08".
        ("ID", r"(?<![\w<])(?=[A-Z0-9<]{0,43}<<)[A-Z0-9<]{30,44}+(?![\w<])"),
        # A Myanmar citizenship number in its own script: "၁၃/လရှန(နိုင်)183021".
        (
            "ID",
            r"[\d\u1040-\u1049]{1,2}/[\u1000-\u109f]{2,16}\([\u1000-\u109f]{1,12}\)[\d\u1040-\u1049]{6}",
        ),
        ("MRN", rf"{_MRN_CONTEXT}(?P<v>[A-Za-z0-9-]*\d[A-Za-z0-9-]*)"),
        ("ID", rf"{_ID_CONTEXT}(?P<v>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{{3,}})"),
        ("ID", rf"{_GROUPED_ID_KEY}(?P<v>{_GROUPED_ID})"),
        # Dotted numbers with a letter prefix or six digits or more: "E15.68146", "12.345.678" --
        # not a decimal ("4.1") or a version, nor an IP address (four groups, its own pattern).
        (
            "ID",
            r"(?<![\w.])(?=(?:[A-Za-z]{0,3}\.?)(?:\d\.?){6})[A-Za-z]{0,3}\d+(?:\.\d+){1,2}(?![\w]|\.\d)",
        ),
        ("ID", r"(?<![\w.])[A-Za-z]{1,3}\d{2}\.\d{4,}(?![\w]|\.\d)"),
        # Two groups of four digits after a capitalised code: "HAR 3765 1775".
        ("ID", r"(?<![\w.])[A-Z]{2,4}[ ]\d{4}[ ]\d{4}(?!\w)"),
        ("ID", r"(?<!\w)\d{3}-\d{2}-\d{4}(?!\w)"),  # SSN
        # Numbers after the numero sign: "Карта вызова СМП № 577/1", "№ 230477", any number after
        # a record's key ("История болезни № 45"; not "Tab. 0,5 № 200", a count of tablets); a
        # Russian passport "80 13 №253863"; a certificate's series "серия 40 Г 4068959".
        ("ID", r"(?<![\w])№[ ]?(?P<v>\d{1,6}/\d{1,4}|\d{4,})(?![\w/])"),
        (
            "ID",
            r"(?i:истори[яи][ ]болезни|карт[аы](?:[ ]вызова)?|полис|амбулаторная[ ]карта"
            r"|case|record|card)[^\n№]{0,24}№[ ]?(?P<v>\d[\d/-]*)",
        ),
        ("ID", r"\b\d{2}[ ]\d{2}[ ]?№[ ]?\d{6}\b"),
        ("ID", r"(?i:серия)[ ](?P<v>\d{2}(?:[ ][А-ЯЁ])?(?:[ ]?№)?[ ]?\d{6,7})\b"),
        # India's health account address (ABHA): "kodjovi.ahouansou98@abdm".
        ("ID", r"(?<![\w.@])[A-Za-z][\w.]*@(?i:abdm)\b"),
        # Japanese insurance card numbers after their labels: "記号 8878 番号 340".
        ("ID", r"(?:記号|番号)[:：]?[ \u3000]*(?P<v>\d[\d-]*)"),
        # A Japanese era date (Meiji, Taisho, Showa, Heisei, Reiwa) after a date key or before 生
        # ("born"): "生年月日: T3.10.6", "S12.5.3生", full-width "Ｓ１２．５．３" (not "R5.6.1",
        # a software release, or "Table S1.2.3").
        (
            "DATE",
            r"(?:(?<=生年月日)|(?<=年月日)|(?<=生日)|(?<=(?i:dob))|(?<=(?i:birth)))[:：]?[ \u3000]*"
            rf"(?P<v>{_ERA_DATE})",
        ),
        ("DATE", rf"(?<![\w.])(?P<v>{_ERA_DATE})(?=生)"),
        # A Russian street with its house and flat, in Cyrillic: "ул. Ленина, д. 12, кв. 5",
        # "ул. 8 Марта д. 12 кв. 5".
        ("ADDRESS", _RUSSIAN_CYRILLIC_ADDRESS),
        # A Russian address in Latin letters: "g. Ufa, ul. Mingazheva, d. 224, kv. 46".
        ("ADDRESS", _RUSSIAN_LATIN_ADDRESS),
        # A Russian number plate, in the twelve Cyrillic letters plates use: "Р 188 АМ 02".
        ("ID", r"(?<![\w-])[АВЕКМНОРСТУХ][ ]?\d{3}[ ]?[АВЕКМНОРСТУХ]{2}[ ]?\d{2,3}(?![\w-])"),
        # A British number plate: two letters, two digits, three letters ("WY03 CGA").
        ("ID", r"(?<![\w-])[A-Z]{2}\d{2}[ ]?[A-Z]{3}(?![\w-])"),
        # After a vehicle key, a plate in groups: "plate 7 XKD 214", "registration AB-123-CD";
        # a digit and a letter within the plate's 19 characters (looked for no further, so a
        # long upper-case run of keys, "CAR CAR ...", is not scanned to its end from each).
        (
            "ID",
            r"(?i:\b(?:plate|registration|registered(?:[ ]as)?|reg\.?|vehicle|tag|car|van|truck"
            r"|boat|vessel|trawler|skiff|yacht|[fm]/v|aboard|on[ ]board|(?:quad[ ])?bike|pickup"
            r"|tractor|jeepney|rickshaw|auto-?rickshaw|tuk-?tuk|tricycle|matatu|taxi"
            r"|araç|arac|maşina|masina|macchina|voiture|coche|carro|fahrzeug|машина|автомобиль"
            r"|trailer|atv|snowmobile|aircraft|tail[ ](?:number|no\.?)"
            r"|госномер|гос\.?[ ]?номер|lorry|motorbike|motorcycle|scooter|ute|rego|plaka(?:s[ıi])?"
            r"|kennzeichen|immatriculation"
            r"|matr[íi]cula|targa|placa)"
            r"(?:[ ](?:number|no\.?|#))?)"
            r"(?>[ ]*[:#(]?[ ]*)"
            # not a spine level or a vital sign after the vehicle ("taxi C5 injury", "taxi GCS 15")
            r"(?!(?:[CTLS][1-9]\d?|GCS|HR|BP|RR|PR|SBP|DBP|MAP|ECG|EKG|SPO2|SAT)(?![\w-]))"
            r"(?P<v>(?=[A-Z0-9 -]{0,18}\d)(?=[A-Z0-9 -]{0,18}[A-Z])"
            r"(?:[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,3}|[A-Z0-9]{2,8}))"
            r"(?![\w-])",
        ),
        ("ID", r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"),
        # Any token with five or more digits: record, account or postal numbers without context.
        # "AC-713914": a short letter prefix joined by a hyphen counts too.
        # (The short start is checked first, and a token is a few hundred characters at most:
        # tried from each hyphen of a long run such as "a-1a-1..." or "-----", an unbounded scan
        # to the run's end was quadratic.)
        (
            "ID",
            r"(?<!\w)(?=(?:[A-Za-z]{1,4}-)?[A-Za-z]{0,4}-?\d)(?=(?:[\w-]*?\d){5})"
            r"(?:[A-Za-z]{1,4}-)?[A-Za-z]{0,4}-?\d[\w-]{0,250}\d(?!\w)",
        ),
        ("ADDRESS", rf"{_STREET}{_UNIT}{_CITY_STATE_ZIP}"),
        # A street without a number after a preposition: "lives on Station Road", "off Elm St".
        (
            "ADDRESS",
            rf"\b(?:on|in|at|off|along|near|from|to|of)[ ](?P<v>(?:{_CAP}[ ]){{1,3}}"
            r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Crescent|Way"
            r"|Court|Ct|Circle|Cir|Terrace|Place|Pl|Trail|Parkway|Pkwy|Highway|Hwy|Grove|Gardens"
            r"|Mews|Row|Walk|Bend|Pike)\b\.?)",
        ),
        # Street name first, then the number, then postal code and town (German and Dutch
        # style): "Bahnhofstraße 9, 12345 Rostock", "Kirchweg 104", "Am Mühlbach 10".
        (
            "ADDRESS",
            rf"\b(?:(?:Am|An[ ]der|Im|Auf[ ]der|Zum|Zur|In[ ]der|Rue|Via|Calle|Avenida|Rua)[ ]"
            rf"(?:(?:de|du|des|la|le|del|da|do|dos)[ ])?{_CAP}|{_CAP}(?i:straße|strasse|str\.|weg"
            r"|gasse|platz|allee|ring|damm|ufer|steig|pfad|laan|straat|gracht|plein|kade|dijk|dreef"
            r"|steeg|gatan|gata|vägen|väg|veien|vei|vej|gade|katu|tie))"
            rf"[ ]\d{{1,4}}[a-z]?(?:[ ]bus[ ]\d+)?(?:,[ ]*\d{{4,5}}[ ]{_CAP}(?:[ ]{_CAP})?)?",
        ),
        # A postal code and a town after a word and a comma: "Rue X, 75011 Paris" (not "April
        # 8, 2000 Bilateral").
        (
            "ADDRESS",
            rf"(?<=[^\W\d_],[ ])\d{{4,5}}[ ]{_CAP}(?:[ ](?:am|an|upon|sur|de)?[ ]?{_CAP})?",
        ),
        ("ADDRESS", rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP},[ ]*{_STATE_AFTER_CITY}"),
        # Military mail: "PSC 123 Box 4567, APO AE 09012", "Unit 45678 Box 123, FPO AP", "BFPO 38".
        (
            "ADDRESS",
            r"\b(?:(?:PSC|CMR|Unit|UNIT)[ ]\d+[ ](?:Box|BOX)[ ]\d+,?[ ])?(?:APO|FPO|DPO)[ ]"
            r"(?:AE|AP|AA)(?:[ ]\d{5}(?:-\d{4})?)?|\bBFPO[ ]\d+",
        ),
        # A city, a state and a ZIP code in fields of a row: "Elko;NV;89801", "Elko|NV|89801".
        (
            "ADDRESS",
            rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP}[;|\t][ ]?(?:{_STATES})[;|\t][ ]?\d{{5}}(?:-\d{{4}})?\b",
        ),
        # A rural grid number before a highway, directions along a highway: "N4512 State Hwy 22",
        # "3 mi S of Beckley on Hwy 19", "State Highway 2 north of Masterton".
        (
            "ADDRESS",
            r"\b[NSEW]\d{3,5}[ ](?:State[ ]|County[ ]|US[ ])?(?:Hwy|Highway|Road|Rd|Route)[ ]\d+"
            rf"(?:,[ ]{_CAP}(?:[ ]{_CAP})?)?",
        ),
        (
            "ADDRESS",
            r"\b\d+(?:\.\d)?[ ](?:mi|miles?|km)[ ](?:[NSEW]{1,2}|north|south|east|west)[ ]of[ ]"
            rf"{_CAP}(?:[ ]{_CAP})?(?:[ ]on[ ](?:State[ ])?(?:Hwy|Highway|Route|Rte)[ ]\d+)?",
        ),
        (
            "ADDRESS",
            r"\b(?:State[ ])?(?:Highway|Hwy|Route)[ ]\d+[ ](?:north|south|east|west)[ ]of[ ]"
            rf"{_CAP}(?:[ ]{_CAP})?",
        ),
        # A care home or hospital named after its kind: "Seniorenzentrum Haus am Park", "EHPAD
        # Les Glycines", "RSA Villa Serena", "Klinikum Graz".
        (
            "INSTITUTION",
            r"\b(?:Seniorenzentrum|Seniorenheim|Pflegeheim|Altenheim|EHPAD|RSA|Klinikum|Hôpital"
            r"|Ospedale|Clinique|Residenza|Casa[ ]di[ ]Riposo|Hospital|Centro[ ]de[ ]Salud"
            r"|Verpleeghuis|Zorgcentrum|Pharmacie|Farmacia|Farmácia|Apotheke|Apotek)"
            rf"(?:[ ](?:(?:de|la|les|des|du|del|di|am|an|der|zum|zur|het)[ ])?{_CAP}){{1,4}}"
            r"(?:[ ]\d{1,3}\b)?",
        ),
        # An Italian town with its province: "Napoli (NA)".
        ("ADDRESS", rf"\b{_CAP}(?:[ ]{_CAP})?[ ]\([A-Z]{{2}}\)"),
        # An Irish county with the town before it: "Ballincollig, Co. Cork".
        ("ADDRESS", rf"(?:\b{_CAP}(?:[ ]{_CAP})?,[ ])?\bCo\.[ ]{_CAP}"),
        # House, flat or plot numbers as in India: "H.No. 12-3-456, Banjara Hills, Hyderabad
        # 500034", with the locality and town after them.
        (
            "ADDRESS",
            r"\b(?i:H\.?[ ]?No|House[ ]No|Flat[ ]No|Plot[ ]No|Door[ ]No|D\.?[ ]?No)\.?[ ]?"
            r"[\d\-/A-Z]+"
            rf"(?:,[ ]*{_CAP}(?:[ ]{_CAP}){{0,2}}){{0,3}}(?:[ -]\d{{6}})?",
        ),
        ("ADDRESS", rf"(?i:\bP\.?O\.?[ ]box[ ]+\d+(?:-\d+)?)(?:,[ ]*{_CAP}(?:[ ]{_CAP})?)?"),
        # A British postcode: "SW1A 1AA", "LS9 7TF", "BT12 6BA".
        (
            "ADDRESS",
            rf"(?:\b{_CAP}(?:[ ](?:and|upon|on|under|le)?[ ]?{_CAP}){{0,3}},?[ ]+)?"
            r"\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b",
        ),
        ("ADDRESS", rf"{_UNIT_FIRST}{_CITY_STATE_ZIP}"),
        # A city and a state without a comma, then a ZIP code: "Walla Walla CA 80993".
        ("ADDRESS", rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP}[ ]+(?:{_STATES})[ ]+\d{{5}}(?:-\d{{4}})?\b"),
        # A city and a state written out: "Bemidji, Michigan".
        ("ADDRESS", rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP},[ ]*(?:{_STATE_NAMES})\b{_ZIP}"),
        # Coordinates in degrees, minutes and seconds: 0°20'39.6"N 32°35'17.3"E; or in degrees and
        # minutes: 67°14′N 108°32′E.
        (
            "ADDRESS",
            rf"\b{_DEGREES}[NS],?[ ]*{_DEGREES}[EW]\b",
        ),
        # A Maidenhead grid square (amateur radio) after its key: "grid RF67rn", "QTH IO91wm".
        (
            "ADDRESS",
            r"(?i:\b(?:grid(?:[ ]square)?|locator|QTH))(?>[ ]*[:=]?[ ]*)"
            r"(?P<v>[A-R]{2}\d{2}(?:[a-xA-X]{2})?)\b",
        ),
        # Coordinates in decimal degrees with their hemispheres: "0.3443° N, 32.5828° E".
        (
            "ADDRESS",
            r"\b\d{1,3}\.\d{3,}°?[ ]?[NS],?[ ]*\d{1,3}\.\d{3,}°?[ ]?[EW]\b",
        ),
        # Administrative units named before their kind: "Bukalagi village, Mpigi sub-county, Mpigi
        # district", "Kisugu Zone, Kampala".
        (
            "ADDRESS",
            rf"\b(?!{_NOT_PLACE}){_CAP}(?:[ ](?!{_NOT_PLACE}){_CAP}){{0,2}}[ ]"
            rf"(?:(?i:{_UNIT_KINDS})\b|(?i:zone)\b(?=,[ ]*{_CAP}))"
            rf"(?:,[ ]*{_CAP}(?:[ ]{_CAP}){{0,2}}(?:[ ](?i:{_UNIT_KINDS})\b)?)*",
        ),
        # "House 186, Street 418, ...", as Cambodian and other addresses number both.
        (
            "ADDRESS",
            r"\b(?:House|Plot|Building|Bldg)[ ]\d+[A-Z]?,[ ]*(?:Street|St\.?|Road)[ ]\d+\b",
        ),
        # A town in a form's field: "CITY Long Beach  ZIP CODE", "Town: Omaha".
        (
            "ADDRESS",
            r"\b(?:CITY|City|TOWN|Town|VILLE|Ville|CIUDAD|Ciudad)(?:[ ]*:[ ]*|[ ]{1,2})"
            rf"(?P<v>{_CAP}(?:[ ]{_CAP}){{0,2}})(?=[ ]{{2}}|[ ]*\n|[ ]*\Z|[ ]*\|)",
        ),
        # A city named with "City": "Taipei City", "Kaohsiung City".
        ("ADDRESS", rf"\b{_CAP}[ ]City\b"),
        # An address in lower case, as dictation gives it: "4542 e anaheim st, apt 5c long beach".
        (
            "ADDRESS",
            r"\b\d{1,6}[ ](?:[nsew][ ]|(?:ne|nw|se|sw)[ ])?(?:[a-z]+[ ]){1,3}"
            r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|hwy|highway)"
            r"\b(?:,?[ ](?:apt|unit|suite)[ ]\w+)?"
            # the town after it, where dictation says "comma" or "period" next
            rf"(?:,?[ ](?!{_SPOKEN_STOP})[a-z]+(?:[ ](?!{_SPOKEN_STOP})[a-z]+)?"
            r"(?=[ ](?:comma|period|and)\b))?",
        ),
        # A street named before its kind, then the number, as in the former Soviet republics:
        # "Tigran Mets Ave 280/7, apt 29", "Tole Bi St 206", "Komitas Ave 107/6".
        (
            "ADDRESS",
            rf"\b{_CAP}(?:[ ]{_CAP}){{0,2}}[ ]"
            r"(?:Ave|Avenue|St|Street|Str\.|Blvd|Prospekt|pr\.|ul\.)"
            r"[ ]\d{1,4}[a-z]?(?:/\d{1,3})?(?:,[ ]*(?i:apt|kv|flat|app)\.?[ ]*\d{1,4})?(?![\w/])",
        ),
        # A Haitian rural section: "3e section Bassin".
        ("ADDRESS", rf"\b\d{{1,2}}(?:e|ème|re)[ ]section(?:[ ]communale)?(?:[ ]{_CAP})?"),
        # A birthplace after its key: "Lieu de naissance Harare", "Place of birth: Yangon".
        (
            "ADDRESS",
            r"(?i:\b(?:lieu[ ]de[ ]naissance|place[ ]of[ ]birth|birth[ ]?place|lugar[ ]de"
            r"[ ]nacimiento|geburtsort|luogo[ ]di[ ]nascita|local[ ]de[ ]nascimento)(?>[ ]*:?[ ]*))"
            rf"(?P<v>{_CAP}(?:[ -]{_CAP}){{0,2}})",
        ),
        # A Canadian town and its province: "Moncton, NB", "Timmins, ON P4N 2S6", "Yarmouth, Nova
        # Scotia"; a code only before its postal code or where the clause ends ("fluids, NS at 75
        # mL/h" is normal saline).
        (
            "ADDRESS",
            rf"\b(?:{_CAP}[ ]){{0,2}}{_CAP},[ ]*(?:(?:{_PROVINCES})\b(?:[ ]+{_CA_POSTCODE}\b"
            rf"|(?=[.;,)]|[ ]*\n|[ ]*\Z|[ ]{{2}}))"
            rf"|(?:{_PROVINCE_NAMES})\b(?:[ ]+{_CA_POSTCODE}\b)?)",
        ),
        # "Rural Route 4, Ypsilanti", "RR 2 Box 17": a rural route and the town after it.
        (
            "ADDRESS",
            r"\b(?:(?i:rural[ ]route)[ ]*\d+(?:,?[ ](?i:box)[ ]\d+)?"
            r"|(?i:R\.?R\.?|H\.?C\.?R?|star[ ]route)[ ]*\d+,?[ ](?i:box)[ ]\d+)"
            rf"(?:,[ ]*{_CAP}(?:[ ]{_CAP})?(?![\d\w]))?"
            # "RR 2, Ypsilanti": the abbreviation without a box only before a town (not "RR 18,
            # SpO2 94%", a respiratory rate).
            rf"|\b(?i:R\.?R\.?)[ ]*\d+,[ ]*{_CAP}(?:[ ]{_CAP})?(?![\d\w])(?![ ]\d)",
        ),
        (
            "INSTITUTION",
            rf"\b(?:(?:{_CAP}\.?|na|an|de|la|of|the|and|y)[ ]+){{0,4}}{_CAP}\.?[ ]+"
            r"(?:(?i:hospital|medical[ ]cent(?:er|re)|clinic|infirmary"
            r"|health[ ]system|health[ ]cent(?:er|re)|medical[ ]group|university|hospice"
            r"|(?:care|nursing|rest|residential|retirement)[ ]home"
            r"|retirement[ ](?:village|community)"
            r"|assisted[ ]living|manor|lodge|rehabilitation[ ]cent(?:er|re)|surgery|practice"
            r"|(?:skilled[ ])?nursing[ ]facility|care[ ]cent(?:er|re)|living[ ]cent(?:er|re)"
            r"|(?:residential[ ])?aged[ ]care|frail[ ]care|old[ ]age[ ]home"
            r"|health[ ]and[ ]rehabilitation|medical[ ]college|pharmacy|chemist|klinikum"
            r"|medisch[ ]centrum|ziekenhuis|krankenhaus)\b"
            # kinds that are common words in lower case, so only as a name writes them
            r"|(?:Nursing[ ](?:and|&)[ ]Rehab(?:ilitation)?(?:[ ]Cent(?:er|re))?"
            r"|Personal[ ]Care(?:[ ]Home)?|Funeral[ ](?:Home|Chapel|Services?)|Mortuary"
            r"|Memorial[ ]Chapel|Home[ ]Health(?:[ ]Agency)?|Home[ ]Care|Urgent[ ]Care"
            r"|Dialysis(?:[ ]Cent(?:er|re)|[ ]Unit)?|Senior[ ]Living|Memory[ ]Care|Group[ ]Home"
            r"|Drugs?(?:[ ]Store)?|Apothecary|Group[ ]of[ ]Hospitals|Health[ ]Care[ ]Campus"
            r"|Campus|(?:Adult[ ])?Family[ ]Home|Elder[ ]Home|Institute(?=[ ]of[ ]))\b)"
            # "City Clinical Hospital No. 7"
            r"(?:[ ](?:No\.?|#)[ ]?\d{1,3}\b)?"
            # "Hometown Drug of Hindman", "Children's Hospital of Philadelphia"
            rf"(?:[ ]of[ ]{_CAP}(?:[ ]{_CAP}){{0,2}})?"
            rf"(?:,[ ]*(?!(?i:the|a|an|and|or|on|in|at|from|to)\b){_CAP}(?:[ ]{_CAP})?)?",
        ),
        (
            "INSTITUTION",
            rf"\b(?:St|Saint|Ste|ST\.|SAINT|Mount|Mt)\.?[ ]+{_CAP}(?:[ ]+{_CAP}){{0,3}}",
        ),
        # A hospital named for whom it serves: "Hospital for Sick Children", "Clinic for Special
        # Children", "Royal Hospital for Women".
        (
            "INSTITUTION",
            rf"\b(?:{_CAP}[ ]){{0,2}}(?:Hospital|Clinic|Hospice|Infirmary|Home|Institute)[ ]for[ ]"
            rf"(?:the[ ])?{_CAP}(?:[ ]{_CAP}){{0,2}}",
        ),
        # A month, a day and a year written with an apostrophe: "Jul 14 '59", "March 3rd, '04".
        ("DATE", rf"\b{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+['\u2019]\d{{2}}\b"),
        # An age over 89 in words anywhere: "Ninety-Two", "one hundred and one" (not "ninety
        # percent", "one hundred mg").
        ("AGE", rf"(?<![\w-])(?P<v>{_AGE_WORDS}){_AGE_WORDS_END}"),
        # An age over 89 before a unit of age: "93 years", "93-year-old", "93 yo", "93 y.o.", "93Y".
        ("AGE", rf"\b(?P<v>{_AGE_OVER_89})(?=[ -]*(?i:years?\b|yrs?\b|y/o\b|yo\b|y\.o\.|y\b))"),
        # After an age word or key, in any field form (see ``_AGE_KEY``), in digits or words.
        ("AGE", rf"{_AGE_KEY}{_AGE_GAP}(?P<v>{_AGE_OVER_89}){_AGE_END}"),
        ("AGE", rf"{_AGE_KEY}{_AGE_GAP}(?P<v>{_AGE_WORDS}){_AGE_WORDS_END}"),
        # After "now", "turned" or an age noun: "the patient, now 102,", "Centenarian (104)".
        (
            "AGE",
            r"(?i:\b(?:now|turned|turns|turning|(?:super)?centenarian|nonagenarian)[ ,(]+)"
            rf"(?P<v>{_AGE_OVER_89}(?:st|nd|rd|th)?){_AGE_END}(?![:/]\d)",
        ),
        # An ordinal year of life: "dans sa 97ᵉ année", "nel suo 101° anno".
        (
            "AGE",
            rf"\b(?P<v>{_AGE_OVER_89}(?:ᵉ|e|ème|eme|°|º|ª|[.]|-?(?:й|ый|ий)))"
            r"(?=[ ](?i:année|annee|anno|año|ano|lebensjahr|год)\b)",
        ),
        # A flight number after "flight": "flight NZ992", "Flight FJ381" (a vehicle's number).
        (
            "ID",
            r"(?i:\b(?:flight|flt|vuelo|flug|voo|volo)\b(?:[ ](?:no\.?|number|#))?)[ ]*[:#]?[ ]*"
            r"(?P<v>(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ ]?\d{1,4}[A-Z]?)(?![\w-])",
        ),
        # After a sex and a slash: "(F/94)", "M/101".
        # (not a molar strength or a time: "M/100 phosphate buffer", "F/90 days")
        (
            "AGE",
            rf"(?<![\w/])[FM]/(?P<v>{_AGE_OVER_89}){_AGE_END}(?![/\d])"
            r"(?![ ]?(?i:days?|d|wks?|weeks?|months?|hrs?|hours?|buffer|phosphate|hcl|naoh"
            r"|solution)\b)",
        ),
        # Before a sex: "94M with chest pain", "92 F presenting", "93 yo F" (the unit above).
        (
            "AGE",
            rf"\b(?P<v>{_AGE_OVER_89})(?=[ -]?(?:M|F|(?i:male|female|man|woman|gentleman|lady"
            r"|widow|widower))\b(?![/-]\d))",
        ),
        # Ages in words, "ninety-three" alone (not before a unit of something else), and before a
        # unit of age: "one hundred and two years".
        (
            "AGE",
            r"(?<![\w-])(?P<v>(?i:ninety)(?:[- ](?i:one|two|three|four|five|six|seven|eight"
            rf"|nine))?)(?![\w-]){_AGE_WORDS_END}",
        ),
        ("AGE", rf"(?<![\w-])(?P<v>{_AGE_WORDS})(?=[ -]*(?i:years?|yrs?|y/?o)\b)"),
        # In French and Spanish words: "cent trois ans", "quatre-vingt-douze ans", "noventa y
        # dos años", "ciento un años".
        (
            "AGE",
            r"(?<![\w-])(?P<v>(?i:cent(?:[ -](?:et[ -])?(?:un|deux|trois|quatre|cinq|six|sept|huit"
            r"|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
            r"|vingt))?|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept"
            r"|dix-huit|dix-neuf)|noventa(?:[ ]y[ ](?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho"
            r"|nueve))?|cien|ciento[ ](?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)))"
            r"(?=[ ](?i:ans|años|anos)\b)",
        ),
        ("AGE", rf"{_AGE_KEY}{_AGE_GAP}(?P<v>{_AGE_OVER_89}[.,]\d{{1,2}}){_AGE_END}"),
        ("NAME", rf"{_NAME_CONTEXT}(?P<v>{_NAME})"),
        # Initials standing for a person: "given and initialled A.K.", "countersigned: WG",
        # "Cons: S.J.D.", "Typed by: ab".
        (
            "NAME",
            r"(?i:\b(?:initial(?:l)?ed|initials|countersigned|witnessed|cons|consultant|surgeon"
            r"|anaesthetist|anesthetist|registrar|author|typist|typed|dictated|scribe|clinician"
            r"|ref)(?:[ ]by)?(?>[ ]*:?[ ]+))"
            r"(?P<v>(?:[A-Z]\.[ ]?){1,4}|[A-Z]{2,4}\b|[a-z]{2,3}\b(?=[ ]*(?:\||$|\n)))",
        ),
        # Dotted initials where only a person can stand: after a donor or a recipient ("from
        # donor S.L."), in parentheses before a birth year or an age ("(A.G., born 1925)"), after
        # a slash beside other initials ("witnessed B.K. / C.K."), and as a signature after a
        # dash at a line's end ("... x8634 -B.F."). Alone, "S.L.", "I.T.", "M.S." are routes,
        # forms and diagnoses.
        (
            "NAME",
            r"(?i:\b(?:donor|recipient|proband)[ ]+)(?P<v>(?:[A-Z]\.){2,3})(?![\w])",
        ),
        (
            "NAME",
            r"\((?P<v>(?:[A-Z]\.){2,3})(?=,[ ]*(?i:born|b\.|aged|age|dob|d\.o\.b)\b|,[ ]*\d)",
        ),
        ("NAME", r"(?<=(?:[A-Z]\.){2}[ ]/[ ])(?P<v>(?:[A-Z]\.){2,3})(?![\w])"),
        ("NAME", r"(?<=[ ])-(?P<v>(?:[A-Z]\.){2,3})(?=[ ]*(?:\||\n|\Z))"),
        # A surname spelled out letter by letter: "B R A N D S T A T T E R", "R-A-C-Z".
        ("NAME", r"(?<![\w-])[A-Z](?:[ -][A-Z]){3,}(?![\w-])"),
        # "Muniammah d/o Periasamy", "Raju s/o Muthu", "Kumar a/l Rajan": name, relation, name.
        (
            "NAME",
            rf"\b{_CAP}(?:[ ]{_CAP})?[ ](?:s/o|d/o|a/l|a/p|S/O|D/O|A/L|A/P)[ ]{_CAP}(?:[ ]{_CAP})?",
        ),
        # A name in block capitals, letter by letter, its parts a few spaces apart: "M Y A   A Y E"
        # (a part of at most 40 letters: read from each letter of a long "A A A ..." to its end,
        # an unbounded part was quadratic).
        (
            "NAME",
            r"(?<![\w-])[A-Z](?:[ -][A-Z]){1,40}"
            r"(?:[ ]{2,4}[A-Z](?:[ ]?-[ ]?[A-Z]|[ ][A-Z]){1,40})+(?![\w-])",
        ),
        # Initials that sign an action: "phoned ... by F.N.", "copied forward by C.F. Us".
        (
            "NAME",
            r"(?<=\bby[ ])(?!C\.T\.|M\.R\.|U\.S\.|X\.R\.|E\.D\.|O\.R\.|I\.V\.|P\.O\.)"
            r"(?:[A-Z]\.){2,3}(?:[ ][A-Z][a-z]+\b)?",
        ),
        # A name as a URL query's value: "?name=BREATH%2C+ERMINTRUDE&dob=...".
        (
            "NAME",
            r"(?i:[?&;](?:name|patient(?:_?name)?|pt_?name|full_?name|first_?name|last_?name"
            r"|fname|lname|given(?:_?name)?|family(?:_?name)?|surname)=)(?P<v>[^&;\s\"'#]+)",
        ),
        # A user name after its key: "user=laaksonent4", "login: jsmith".
        (
            "NAME",
            r"(?i:\b(?:user(?:[ _]?name)?|login|user[ _]?id|uid|operator)[ ]?[=:][ ]?)"
            r"(?P<v>[A-Za-z][\w.\-@]{1,40})",
        ),
        # A dictation reference at a line's start: "JS/ab", "H.S./NN" (author / typist).
        (
            "NAME",
            r"(?m:^(?P<v>(?:[A-Z]\.){1,4}/(?:[A-Za-z]\.?){1,4}|[A-Z]{1,4}/[A-Za-z]{1,4})(?=\s|$))",
        ),
        # A role key with a colon or "phoned to": the value up to the field's end, in
        # any case ("Chaperone present: zion cho, HCA", "Results phoned to ibrahima ibe on").
        (
            "NAME",
            r"(?i:\b(?:ordering|requesting|referring|performing|verifying|verified|chaperone"
            r"(?:[ ]present)?|sonographer|radiographer|surname|forename)[ ]*:[ ]*"
            r"|\b(?:phoned|telephoned|faxed|relayed)[ ]to[ ]+)"
            rf"{_NOT_VERB}(?!(?i:the|a|an|his|her|their|our|my|your|this|that|ward|team|unit"
            r"|department|clinic|office|gp|nurses?|staff|family|patient|none|n/a|na)\b)"
            rf"(?P<v>{_L}+(?:[ ]{_L}+)?)(?=[ ]*[,;(|]|[ ]{{2,}}|\t|$|\n|[ ](?:on|via|at)\b)",
        ),
        (
            "NAME",
            rf"(?i:\b(?:patient|pt|name)\b(?>[ ]*[:\-]?[ ]*)){_NOT_VERB}"
            rf"(?P<v>{_L}+(?:(?:{_APOS}|-){_L}+)*"
            rf"(?:[ ]{_L}+(?:(?:{_APOS}|-){_L}+)*)?)(?=[ ]*[,;(|]|[ ]{{2,}}|\t|$)",
        ),
    )
)

# A name that opens a sentence before an age in commas: "Valley, Kanoa, 91, was seen", "Mint,
# 90yo, unchanged" -- any words, whatever their word list, up to four and one comma.
_NAME_TOKEN = rf"(?:{_L}\.|{_L}+(?:(?:{_APOS}|-){_L}+)*)"
NAME_BEFORE_AGE = re.compile(
    rf"(?:\A|(?<=[.!?:;\n][ ])|(?<=[.!?:;][ ]{{2}})|(?<=\n))"
    rf"(?P<v>{_NAME_TOKEN}(?:,?[ ]{_NAME_TOKEN}){{0,3}})"
    r"(?:,[ ]\d{1,3}(?:[ ]?(?i:yo|y/o|yrs?|y))?,[ ]|[ ]\(\d{2,3}\)(?=[ ]?[-\u2013\u2014:,]))"
)
# "Ana Ruiz is 93 and lives alone", "Ana Ruiz, 93, was seen", "Ana Ruiz (93)": an age right after
# a name (see ``scrub_text``).
AGE_AFTER_NAME = re.compile(
    rf"[ ]is[ ](?P<v>{_AGE_OVER_89}){_AGE_END}(?!/)"
    rf"|,[ ](?P<c>{_AGE_OVER_89}|{_AGE_WORDS})(?=[,;]|[ ]?(?i:yrs?|years?|y/?o|y)\b|\Z|\n)"
    rf"|[ ]\((?P<p>{_AGE_OVER_89}|{_AGE_WORDS})\)"
)
# A time after a date belongs to it: "1989-10-28 12:36:06", "12 Jan 2020 at 14:05", "1053h".
TIME_AFTER_DATE = re.compile(
    # "09/04/2019 Tue 09:15": a weekday may stand between the date and its time
    r"(?:[ ,]+(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ ])?(?i:at[ ]|@[ ]?)?|T|[ ]?@[ ]?)"
    r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[ ]?(?i:am|pm|hrs|h|a|p)\b)?"
    r"|[ ]\d{4}[ ]?(?i:h|hrs|hours)\b"
    r"|[ ]+(?i:at|@)[ ]?(?:[01]\d|2[0-3])[0-5]\d(?:[ ]?(?i:h|hrs|hours))?\b"
    r"|[ ,]+(?:[01]?\d|2[0-3])h[0-5]\d\b"
    r"|[ ]\d{1,2}:\d{2}[ ]?(?i:hrs|h)\b"
)
# A time before a date belongs to it: "14:30 on 12/03/2021", "9:30am, 12 March".
TIME_BEFORE_DATE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?(?i:am|pm|a|p|hrs|h)\b)?[ ,]+(?i:on[ ])?\Z"
)
# A weekday before a date belongs to it: "Mon 18 Apr 1949", "Wednesday, May 4".
WEEKDAY_BEFORE_DATE = re.compile(
    r"(?i:\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ ]+)\Z"
)
# What continues a name found: the rest of a caret-joined person name ("MEEK^OLA^^^MR" after
# "MEEK^OLA"), or a nickname in quotes and the family name after it ('Floor "Haisley" Stoat').
_ROLE_IN_PARENS = (
    r"(?i:\w+olog(?:y|ist)|\w+ics|\w+ist|gp|son|daughter|wife|husband|mother|father"
    r"|sister|brother|nurse|ward|ot|pt|physio\w*|pharmacy|surgery|medicine|clinic|team|ed|icu|nok"
    r"|carer|friend|neighbou?r|locum|consultant|registrar|sho|fy\d|ct\d|st\d)\)"
)
NAME_CONTINUATION = re.compile(
    rf"(?:\^+(?:{_L}|{_MARK})*)+(?![\w^])"
    rf"|[ ][\"\u201c'](?:{_L}+(?:[ -]{_L}+)?)[\"\u201d'][ ]{_L}(?:{_L}|{_APOS}|-)*"
    rf"|[ ]\((?!{_ROLE_IN_PARENS})(?:{_L}+(?:[ -]{_L}+)?)\)[ ]{_L}(?:{_L}|{_MARK}|{_APOS}|-)*"
    # a nickname in parentheses after the name: "KEOHANE, Gobnait (Bubbles)" -- not a role or a
    # department: "(GP)", "(Radiology)", "(daughter)"
    rf"|[ ]\((?!{_ROLE_IN_PARENS}){_UP}{_L}+\)"
)
# What belongs to a name found: a title or a role written as a title before it ("Father Lhundup",
# "Rev. Mahama", "Sister Oxtoby", "Capt. Senghor") and initials ("K.Y. Chiweshe", "C. N. Ahidjo");
# a generational suffix after it ("Obiechina II", "Sigurdsson III", "Tangye Jr.").
NAME_PREFIX = re.compile(
    r"(?:\b(?:Father|Fr|Sister|Sr|Brother|Br|Mother|Nurse|Rev|Revd|Reverend|Pastor|Rabbi|Imam"
    r"|Doctor|Dott|Dottssa|Dra|Sra|Sr|Herr|Frau|Mme|Mlle|Mevr|Dhr"
    r"|Capt|Captain|Lt|Col|Sgt|Cpl|Major|Maj|Gen|Dame|Sir|Lady|Lord|Hon|Judge|Det|Officer|PC)"
    r"\.?[ ])?(?:\b[A-Z]\.[ ]?){0,3}\Z"
)
NAME_SUFFIX = re.compile(
    r",?[ ](?:Jr|Sr|Snr|Jnr|II|III|IV)\b\.?|[ ](?:[A-Z]\.){1,3}(?![\w'-])"
    # initials after a family name ("Palmer GD"), not a credential ("MD", "RN")
    r"|[ ](?!(?:MD|DO|RN|NP|PA|MB|BS|GP|OT|PT|RD|DM|MS|CNS|LPN|APN|DDS|DPM|OD|PHD|MSC|BSC)\b)"
    r"[A-Z]{1,3}(?![\w.'-])"
)
# A person name in DICOM PN / HL7 XPN form outside HL7 segments: "SANGARE^SID^^^MR",
# "BARRY^ᲚᲔᲕᲐᲜᲘ" -- letters only, at least family and given name; a space only in the family name
# ("YELLOW HORSE^ANA"), so prose after the given name stays.
_LM = rf"(?:{_L}|{_MARK})"  # a letter or a combining mark: "दीपिका", "সুমাইয়া"
# (Not after a combining mark either: a letter after a mark is inside a word, and a match tried
# from each such letter of a long run like "áááá..." to its end was quadratic.)
_CARET_NAME = re.compile(
    rf"(?<![\w^])(?<!{_MARK}){_L}{_LM}*(?:[ '\u2019-]{_L}{_LM}*)?"
    rf"\^{_L}{_LM}*(?:['\u2019-]{_L}{_LM}*)*"
    rf"(?:\^{_LM}*){{0,4}}(?![\w^]|{_MARK})"
)


def caret_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of caret-joined person names on lines that are no HL7 segment (there,
    ``field_names`` reads the name fields and codes such as "SPO^Spouse" are no names)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if "|" not in line:
            out.extend((pos + m.start(), pos + m.end()) for m in _CARET_NAME.finditer(line))
        pos += len(line) + 1
    return out


# HL7 v2 fields that hold a patient's or a visit's identifier (CX): PID-2, -3, -4, -18, -19
# (SSN), PV1-19 (visit number), MRG-1, -3, IN1-36 (policy). The first component is the ID; in a
# segment's last field, prose may follow it.
_HL7_ID_FIELDS = {
    "PID": (2, 3, 4, 18, 19), "PV1": (19,), "MRG": (1, 3), "IN1": (36,), "SCH": (1, 2),
}  # fmt: skip
_HL7_ID_VALUE = re.compile(r"[A-Za-z#]{0,4}[ -]?\d[\w/.\-]*(?:[ ][\w/.\-]*\d[\w/.\-]*)*")


# HL7 v2 fields that hold codes, not identifiers: OBR-4 (universal service ID: "71046^XR CHEST
# 2V"), OBX-3 (observation ID), ORC-16, DG1-3, PR1-3, AL1-3.
_HL7_CODE_FIELDS = {"OBR": (4,), "OBX": (3,), "ORC": (16,), "DG1": (3,), "PR1": (3,), "AL1": (3,)}


def hl7_fields(
    text: str, wanted: Mapping[str, Container[int]]
) -> Iterator[tuple[str, int, str, int, bool]]:
    """(segment, field number, field, its offset in ``text``, whether it is the segment's last
    field) of the fields ``wanted`` names for each HL7 segment type in ``text``."""
    for m in _HL7_SEGMENT.finditer(text):
        numbers = wanted.get(m.group("seg"))
        if not numbers:
            continue
        pos = m.start()
        fields = m.group().split("|")
        for i, field in enumerate(fields):
            if i in numbers:
                yield m.group("seg"), i, field, pos, i == len(fields) - 1
            pos += len(field) + 1


def hl7_codes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the coded fields of HL7 segments (a number there is a code, no ID)."""
    return [(pos, pos + len(f)) for _, _, f, pos, _ in hl7_fields(text, _HL7_CODE_FIELDS)]


def hl7_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of the identifiers in the ID fields of HL7 segments."""
    out: list[tuple[int, int]] = []
    for _, _, field, pos, _ in hl7_fields(text, _HL7_ID_FIELDS):
        v = _HL7_ID_VALUE.match(field)
        if v:
            out.append((pos + v.start(), pos + v.end()))
    return out


# A table in text: a header line naming an age or a name column, then rows ("mrn,name,age,acct"
# over "8859389,Ben Salah,95,V1247"), comma-, semicolon-, tab- or bar-separated.
_AGE_HEADER_CELL = re.compile(rf"[ \"']*(?:[A-Za-z]+[ _.])?{_AGE_KEY}[ \"']*")
_AGE_CELL = re.compile(
    rf"[ \"']*(?P<v>{_AGE_OVER_89}(?:\.\d+)?)(?:[ ]?(?i:y|yo|yrs?|years?))?[ \"']*"
)
_NAME_HEADER_CELL = re.compile(
    r"[ \"']*(?i:(?:patient|pt|full|first|last|given|family|middle|maiden|referring|ordering"
    r"|attending|performing|reading|physician|doctor|provider|contact|kin)?[ _]?names?"
    r"|surname|forename|patient|physician|referring[ _]physician|doctor|provider|cons|consultant"
    r"|clinician|initials|nurse|surgeon|author|signed|signature|user|username|staff"
    r"|(?:nurse|staff|clinician|checker|checked[ _]by)[ _]initials|initials[ ]?/[ ]?sign(?:ature)?"
    r"|given[ _]by(?:[ ]\(initials\))?)[ \"']*"
)
_NAME_CELL = re.compile(r"[ \"']*(?P<v>[^\W\d_](?:[^\d\"]*[^\W\d_])?\.?)[ \"']*")
_ID_HEADER_CELL = re.compile(
    r"[ \"']*(?i:(?:patient|pt|hospital|hosp|unit|visit|encounter|enc|account|acct|case|study"
    r"|order|specimen|record|chart|subject)?[ _.]?(?:mrn|id|no\.?|num|number|nr|#)"
    r"|mrn|fin|csn|encounter|visit|account|accession|record|chart)[ \"']*"
)
_ID_CELL = re.compile(r"[ \"']*(?P<v>[A-Za-z#]{0,4}[ -]?\d[\w/.\-]*(?:[ ]\d[\w/.\-]*){0,3})[ \"']*")
_HEADER_CELL = re.compile(r"[ \"']*[A-Za-z][\w./#()-]*(?:[ ][\w./#()-]+){0,2}[ \"']*")
_ROW_SEPARATORS = (",", ";", "\t", "|")


def _without_closing_bar(cells: list[str], sep: str) -> list[str]:
    """A markdown row's closing bar ("| a | b |") opens no empty last cell."""
    return cells[:-1] if sep == "|" and len(cells) > 1 and not cells[-1].strip() else cells


def _header_columns(
    header: str, sep: str
) -> tuple[list[str], list[int], list[int], list[int]] | None:
    """A header line's cells split at ``sep`` and its age, name and record-number columns, or
    None when the line is no such header (fewer than three key cells at its end)."""
    low = header.lower()
    if not any(
        k in low for k in ("age", "name", "patient", "mrn", "encounter", "visit", "initials")
    ):
        return None
    cells = _without_closing_bar(header.split(sep), sep)
    # Three keys or more; the first may end a line of prose ("... 2.1 cm. mrn,name,age").
    first = len(cells) - 1
    while first >= 0 and _HEADER_CELL.fullmatch(cells[first]):
        first -= 1
    if len(cells) - first < 3:  # first: the last cell that is no key (-1: none)
        return None
    # "... 2.1 cm. name": the key after the prose opens the row's columns.
    j = max(first, 0)
    tail = re.split(r"(?<=[.;:!?])[ ]+", cells[j])[-1]
    if tail != cells[j] and _HEADER_CELL.fullmatch(tail):
        cells = cells[:j] + [tail] + cells[j + 1 :]
        first = j - 1
    ages = [i for i, c in enumerate(cells) if i > first and _AGE_HEADER_CELL.fullmatch(c)]
    names = [i for i, c in enumerate(cells) if i > first and _NAME_HEADER_CELL.fullmatch(c)]
    ids = [i for i, c in enumerate(cells) if i > first and _ID_HEADER_CELL.fullmatch(c)]
    return cells, ages, names, ids


def table_fields(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "AGE", "NAME" or "ID"): ages over 89, names and identifiers in the age, name
    and record-number columns of separated rows under a header line."""
    out: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    # Each line read as a header once per separator (a header's rows end at the next one).
    headers = {sep: [_header_columns(line, sep) for _, line in lines] for sep in _ROW_SEPARATORS}
    for n in range(len(lines)):
        for sep in _ROW_SEPARATORS:
            columns = headers[sep][n]
            if columns is None:
                continue
            cells, ages, names, ids = columns
            for r, (start, row) in enumerate(lines[n + 1 :], start=n + 1):
                if headers[sep][r] is not None:
                    break  # the next table's header: its own rows are read under it
                values = _without_closing_bar(row.split(sep), sep)
                # More cells: a value with the separator in it ("Fine, Ana"); fewer: prose with
                # the separator before the header on its line. Columns count from either end.
                extra = len(values) - len(cells)
                numbers = sorted(i for i in ages + ids if not names or i > min(names))
                if extra > 2 or (extra > 0 and numbers):
                    # The separator inside a value: a name ("Bent, F.") shifts the number
                    # columns after it by as much; the rest is the last cell's ("Nov. 20th,
                    # 1945") or prose running on after the row.
                    extra = next(
                        (
                            e
                            for e in range(min(extra, 2) + 1)
                            if all(re.match(r"[ \"']*[#\d]", values[i + e]) for i in numbers[:1])
                        ),
                        0,
                    )
                    keep = len(cells) - 1 + extra
                    values = values[:keep] + [sep.join(values[keep:])]
                if not -4 <= extra <= 2:
                    break
                offsets = [start]
                for v in values:
                    offsets.append(offsets[-1] + len(v) + len(sep))
                for i in ages:
                    for k in {i, i + extra} if extra >= 0 else {i + extra}:
                        m = _AGE_CELL.fullmatch(values[k]) if k >= 0 else None
                        if m:
                            out.append((offsets[k] + m.start("v"), offsets[k] + m.end("v"), "AGE"))
                for i in ids:  # counted from the end where a name took more cells
                    after_name = extra > 0 and any(i > n for n in names)
                    k = i + extra if extra < 0 or after_name else i
                    m = _ID_CELL.match(values[k]) if 0 <= k < len(values) else None
                    if m and (m.end() == len(values[k]) or values[k][m.end() - 1] == " "):
                        out.append((offsets[k] + m.start("v"), offsets[k] + m.end("v"), "ID"))
                for i in names:  # the name and, in a row with more cells, what may continue it
                    k = i if extra >= 0 else i + extra
                    m = _NAME_CELL.fullmatch(sep.join(values[k : k + max(extra, 0) + 1]))
                    if k >= 0 and m and len(m.group("v").split()) <= 6:
                        out.append((offsets[k] + m.start("v"), offsets[k] + m.end("v"), "NAME"))
    return out


# A field whose key names a person: "referring_physician=Ou;", '"performing_physician": "Bo"',
# "OperatorsName=Vern Pike|", "patient_name: Opal Fish" (a key without spaces, snake_case or
# CamelCase, ending in one of these words), and not an exam's, a drug's or a device's name.
_FIELD = re.compile(
    r"(?<![A-Za-z_])(?P<key>[A-Za-z]+(?:_[A-Za-z]+)*)[\"']?(?:[ ]*[:=][ ]*|\t)"
    r"(?:(?P<q>[\"'])(?P<quoted>[^\W\d_][^\"'\n<>]{0,60}?)(?P=q)"
    rf"|(?P<bare>{_L}(?:[\w'.\-^\u2019]|{_MARK})*(?:,?[ ]{_L}(?:[\w'.\-^\u2019]|{_MARK})*){{0,3}})"
    r"(?=[ ]*(?:[;|&\n\"'<>]|$)|[ ]{2,}|\t|[ ][A-Za-z]+(?:_[A-Za-z]+)*=))"
)
_PERSON_KEYS = frozenset(
    re.findall(
        r"\w+",
        """name names physician physicians doctor provider radiologist surgeon technologist
        sonographer operator operators performer author signer reader by attending referrer
        family given surname maiden""",
    )
)
_NOT_PERSON_KEYS = frozenset(
    re.findall(
        r"\w+",
        """exam procedure study protocol series file institution station device drug test product
        model manufacturer hospital facility department site body code sequence organization
        organisation company software host scanner coil contrast medication brand generic trade""",
    )
)


# An XML element whose tag names a person: "<PatientName>Opal Fish</PatientName>".
_XML_FIELD = re.compile(
    r"<(?P<key>[A-Za-z]+(?:_[A-Za-z]+)*)(?:[ ][^<>]*)?>[ ]*"
    r"(?P<v>[^\W\d_][^<>\n]{0,60}?)[ ]*</(?P=key)>"
)
# HL7 v2 fields that hold person names (XPN / XCN: "FAMILY^GIVEN^MIDDLE", "ID^FAMILY^GIVEN"):
# PID-5, -6, -9; NK1-2; PV1-7, -8, -9, -17; OBR-10, -16, -32, -34; ORC-12; IN1-16; GT1-3.
_HL7_NAME_FIELDS = {
    "PID": (5, 6, 9), "NK1": (2,), "PV1": (7, 8, 9, 17), "OBR": (10, 16, 32, 34), "ORC": (12,),
    "IN1": (16,), "GT1": (3,),
}  # fmt: skip
_HL7_SEGMENT = re.compile(r"(?<![^\s])(?P<seg>[A-Z][A-Z0-9]{2})\|[^\n\r]*")
_HL7_COMPONENT = re.compile(r"[^\W\d_][^\^~&|]*")


def _key_names_a_person(key: str) -> bool:
    parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", key)]
    return (
        bool(parts)
        and parts[-1] in _PERSON_KEYS
        and parts != ["by"]  # "by: ..." alone is no key
        and not _NOT_PERSON_KEYS.intersection(parts)
    )


def _name_before_prose(value: str) -> str:
    """The name at the start of a segment's last field that runs on into prose ("Ana Ruiz There
    is ..."): two words, then any initial or word that is not an English or clinical word."""
    from site_agent.curation.lexicon import lexicon

    lex = lexicon()
    words = list(re.finditer(r"[^ ]+", value))
    end = len(value)
    for n, w in enumerate(words):
        word = w.group().strip(",:;")
        if (
            n >= 2
            and not re.fullmatch(r"[^\W\d_]\.", word)
            and (lex.is_safe(word) or not word[:1].isalpha())
        ):
            end = w.start()
            break
    return value[:end].rstrip(" ,")


def field_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the values of fields whose key names a person: key=value, JSON, XML
    elements, and the name fields of HL7 segments."""
    out = []
    for m in _FIELD.finditer(text):
        if _key_names_a_person(m.group("key")):
            group = "quoted" if m.group("quoted") else "bare"
            out.append((m.start(group), m.end(group)))
    for m in _XML_FIELD.finditer(text):
        if _key_names_a_person(m.group("key")):
            out.append((m.start("v"), m.end("v")))
    for m in _HL7_SEGMENT.finditer(text):
        wanted = _HL7_NAME_FIELDS.get(m.group("seg"))
        if not wanted:
            continue
        pos = m.start()
        fields = m.group().split("|")
        for i, field in enumerate(fields):
            if i in wanted:
                for c in _HL7_COMPONENT.finditer(field):
                    value = c.group().rstrip()
                    if i == len(fields) - 1:  # the segment's last field: prose may follow it
                        value = _name_before_prose(value)
                    out.append((pos + c.start(), pos + c.start() + len(value)))
            pos += len(field) + 1
    return out


# A patient's or a contact's name after a key in many languages, up to the end of the field:
# "Paciente: Tapio Lines", "姓名：Brain, Vardan", "환자명: B. Rash", "Nom : joseph blade".
_NAME_KEY = re.compile(
    r"(?:(?<![^\W\d_])(?i:paciente|patiente?|patientin|nombre(?:[ ]y[ ]apellidos)?|apellidos?"
    r"|nom(?:[ ]de[ ]naissance)?|pr[ée]nom|nachname|vorname|naam|achternaam|huisarts|cognome"
    r"|paziente|medico[ ]curante|m[ée]decin[ ]traitant|hausarzt|nok|next[ ]of[ ]kin"
    r"|emergency[ ]contact|имя|фамилия|фио|пациент|пациентка|signed(?:[ ]by)?|prescriber"
    r"|gp|copy[ ]to|cc|re|surname|maiden[ ]name|anhörige?r?|angehörige?r?)(?![^\W\d_])"
    r"|姓名|氏名|患者氏名|患者名|환자명|성명|이름|اسم[ ]المريض|الاسم|ชื่อผู้ป่วย|ชื่อ)"
    r"(?:[ ]?[:：][ ]*|(?<=[Gg][Pp])[ ]?\(|(?<=hörig)[ ]|(?<=hörige)[ ])"
    r"(?:(?i:dott|dr|dra|sr|sra|mr|mrs|ms|herr|frau|mme|gp)\.?[ ]\(?)?"
)
_NAME_VALUE_TOKEN = rf"(?:{_L}\.|{_L}(?:{_L}|{_MARK}|['\u2019\-])*|\({_L}+\))"
_NAME_VALUE = re.compile(rf"{_NAME_VALUE_TOKEN}(?:,?[ ]?{_NAME_VALUE_TOKEN}){{0,4}}")
# A maiden or birth name: "(née Lung)", "geb. Brace".
_BIRTH_NAME = re.compile(rf"\b(?:née|nee|geb\.|geborene)[ ](?P<v>{_CAP}(?:[ -]{_CAP})?)")


def keyed_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of names after a name key in many languages, and of birth names."""
    from site_agent.curation.lexicon import lexicon

    out = []
    for key in _NAME_KEY.finditer(text):
        m = _NAME_VALUE.match(text, key.end())
        first = m.group().split(" ")[0] if m else ""
        if m and first.islower() and lexicon().is_safe(first) and not lexicon().is_name(first):
            continue  # "CC: none", "Re: follow-up"
        if m:
            value = _name_before_prose(m.group())
            if value:
                out.append((m.start(), m.start() + len(value)))
    out.extend((m.start("v"), m.end("v")) for m in _BIRTH_NAME.finditer(text))
    return out


# HL7 v2 fields that hold an address or a telephone number, masked whole: PID-11 (address),
# PID-13/14 (home and business phone), NK1-4/5/6, GT1-5/6/7, IN1-5 (insurer's address is not
# the patient's, but IN1-19 is the insured's).
_HL7_CONTACT_FIELDS = {
    "PID": {11: "ADDRESS", 13: "PHONE", 14: "PHONE"},
    "NK1": {4: "ADDRESS", 5: "PHONE", 6: "PHONE"},
    "GT1": {5: "ADDRESS", 6: "PHONE", 7: "PHONE"},
    "IN1": {19: "ADDRESS"},
}


def hl7_contacts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the address and telephone fields of HL7 segments."""
    out: list[tuple[int, int, str]] = []
    for seg, i, field, pos, last in hl7_fields(text, _HL7_CONTACT_FIELDS):
        value = field.strip("^~ ")
        if any(c.isalnum() for c in value):
            if last:  # the segment's last field: prose may follow it
                value = value.split(" ")[0]
            start = pos + field.index(value)
            out.append((start, start + len(value), _HL7_CONTACT_FIELDS[seg][i]))
    return out
