"""Addresses beyond the US street line: keyed address fields, street words and postal codes of
other countries, and the comma-separated parts of an address line around what was found.

The US patterns (``phi_patterns``) know "1200 Elm Street, Springfield, IL 62701". A consortium's
sites write "79, rue des Lilas, 93767 Lyon", "ul. Długa 76 m. 48, 16-924 Gdańsk", "Calle Morelos
186, Col. Centro, C.P. 58000, Morelia, Mich.", "RR 3, Site 16, Comp 56, Red Deer, AB T4N 3T7" or
"Plot 282, Sabon Gari, Kano". Three detectors:

- a field whose key names an address, in several languages ("Address:", "Domicilio:",
  "Endereço:", "Anschrift:", "住所：", JSON ``"city"``, XML ``<postalCode>``): the whole value;
- a street word of another language before or after a house number ("rue", "allée", "calle",
  "av.", "rua", "ul.", "os.", "via", "-straße"), and postal codes with their town ("16-924
  Gdańsk", "C.P. 58000", "T4N 3T7", "D08 7VEA", "40655-382");
- ``extend_addresses``: an address found grows over the neighbouring comma-separated parts of
  its line that read as places (capitalised words, numbers, "Col.", "Brgy.", "Co. Cork"), not
  over prose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from site_agent.curation.phi_patterns import _CAP, _L, _STREET_KIND, _UP

if TYPE_CHECKING:
    from site_agent.curation.lexicon import Lexicon

# A field's key that names an address or a part of one, in several languages.
_ADDRESS_KEY = re.compile(
    r"(?<![^\W\d_])(?i:address[ ](?:at|on|of)[ ][a-z]+)[ ]?[:：][ ]*"
    r"|(?<![^\W\d_])(?i:(?:home|postal|mailing|current|permanent|patient'?s?|residential)[ ]"
    r"address|address|addr|adresse|anschrift|wohnort|wohnhaft|domicilio|domicili[ée]e?|"
    r"direcci[óo]n|endere[çc]o|indirizzo|residenza|residente[ ]in|adres|adress|adresa|morada"
    r"|bostadsadress|osoite|zam\.|zamieszka[łl]y|адрес|адреса|адрас|naslov|хаяг|суроға|adiresy"
    r"|ünvan|unvan|manzil|ठेगाना|ที่อยู่"
    r"|resides(?:[ ]at)?|lives[ ]at)(?![^\W\d_])(?:[ ]?[:：][ ]*|[ ](?=[\d\w]))"
    r"|(?:住所|地址|주소)[ ]?[:：]?[ ]*"
    # Bangladeshi and Indonesian address keys: "Vill:", "P.O.:", "P.S.:", "Dist:", "Kec."
    r"|\b(?:Vill|P\.O|P\.S|Dist|Upazila|Thana|Kec|Kel|Kab)\.?[ ]?:[ ]*"
    r"|\b(?:Vill|Dist|Tehsil|Taluk|Mandal)\.?[ ](?=[A-Z])"
    # South African farms and Australian communities: "Farm Rietvlei, district Piketberg"
    r"|\bFarm[ ](?=[A-Z])"
    # Keys that are words elsewhere, only before a colon (their values must look like a place,
    # see ``_looks_like_place``): "Residence:", "Work site:", "Place of death:", "Quartier :"
    r"|(?P<loose>(?<![^\W\d_])(?i:residence|place[ ]of[ ](?:residence|death|birth|work)"
    r"|work[ ]?site|workplace|quartier|village|domicile|địa[ ]chỉ|место[ ]жительства"
    r"|место[ ]проживания)[ ]?[:：][ ]*)"
    # Russian prose: "проживает по адресу ул. Ленина, д. 12"
    r"|(?i:по[ ]адресу)[:：]?[ ]+"
)
# A keyed value ends at a field boundary: two spaces, a tab, a line end, a bar, a semicolon, or
# a comma before a telephone key.
_VALUE_END = re.compile(
    r"[ ]{2,}|\t|\n|\||;[ ]|,?[ ](?i:tel|t[ée]l|phone|tfno|mobile|mob|fax)\b|$"
    r"|\.[ ](?=[A-Z][a-z]+[ ][a-z])"
)
# JSON, XML and key=value fields whose key names an address part.
_ADDRESS_FIELD_KEYS = (
    r"(?i:city|town|village|county|district|suburb|locality|postal_?code|post_?code|zip_?code"
    r"|zip|line|street_?address_?line|street|address|addr|address_?line_?[12]?|state|province"
    r"|country_?subdivision)"
)
_JSON_ADDRESS = re.compile(rf"\"{_ADDRESS_FIELD_KEYS}\"[ ]*:[ ]*\[?[ ]*\"(?P<v>[^\"\n]{{1,120}})\"")
_XML_ADDRESS = re.compile(rf"<(?P<k>{_ADDRESS_FIELD_KEYS})>(?P<v>[^<\n]{{1,120}})</(?P=k)>")

_LOW = r"(?:de|la|le|les|des|du|del|della|di|da|do|dos|das|y|e|et|am|an|der|den|van|von|of|the)"
# Street words of other languages, written before the street's name.
_STREET_FIRST = (
    r"(?:rue|avenue|av\.|ave\.|allée|allee|chemin|impasse|boulevard|bd|blvd|place|quai|route"
    r"|cours|passage|calle|c/|avenida|paseo|carrera|privada|plaza|rua|travessa|estrada|largo|ul\."
    r"|ulica|os\.|osiedle|al\.|aleja|pl\.|via|viale|piazza|corso|strada|vicolo|jalan|jl\.|soi"
    r"|calea|strada|sokak|sok\.|cad\.|caddesi|mahallesi|mah\.|gg\.|gang|đường|ngõ|ngách|tổ|thôn"
    r"|ấp|xã|phường|camino|parcela|dusun|desa|kampung|köyü|blv\.|derb|douar|lotissement)"
)
# The same words capitalised ("Rue", "Calle", "Av."), never in capitals ("AL." is a state).
_STREET_FIRST_CAP = re.sub(r"(?<=[:|])([a-zà-ÿ])", lambda m: m.group(1).upper(), _STREET_FIRST)
_NAME_RUN = rf"(?:{_CAP}|\d+)(?:[ ](?:{_LOW}[ ])?(?!(?:No|NO|Nr)\.)(?:{_CAP}|\d+)){{0,4}}"
STREET_ABROAD = re.compile(
    # "79, rue des Lilas", "1 avenue Jean-Jaurès", "ul. Długa 76 m. 48", "Calle Morelos 186 Int. 2",
    # "Av. Boa Viagem, 412, apto 41", "os. Tysiąclecia 26 m. 12"
    rf"(?:\b\d{{1,5}}[a-z]?,?[ ])?\b(?:{_STREET_FIRST}|{_STREET_FIRST_CAP})[ ](?:{_LOW}[ ])*"
    rf"{_NAME_RUN}"
    r"(?:,?[ ](?:(?:No|NO|Nr|nr|n[º°])\.?[ ]?:?[ ]?)?\d{1,5}[a-zA-Z]?(?:/\d{1,4})?)?"
    r"(?:,?[ ](?:m\.|int\.|apto|app\.|apt|piso|bajo|dpto\.?)[ ]?\d*)?"
)
# Postal codes of other countries with the town after them.
POSTCODE_TOWN = re.compile(
    rf"(?:\b(?:[A-Z]{{1,2}}-)?\d{{2}}-\d{{3}}|\b[A-Z]-\d{{4,5}}|\b\d{{5}}-\d{{3}}|\b\d{{3}}-\d{{4}}"
    # a bare code only after a comma or at a line's start: ", 93767 Lyon" (not "5000 IU")
    rf"|(?:(?<=,[ ])|(?<=-[ ])|(?<=\n)|(?<=\A))\d{{4,5}})[ ](?![A-Z][a-z]*[ ][a-z])"
    rf"(?:{_UP}(?:{_L}|-){{2,}}|[A-ZÀ-Þ][A-ZÀ-Þ\-']{{2,}})"
    rf"(?:[ -](?:{_LOW}[ -])?(?:{_CAP}|[A-ZÀ-Þ][A-ZÀ-Þ\-']+)){{0,3}}"
    # "C.P. 58000", "CP 58000", "PLZ 12345"
    r"|\b(?:C\.P\.|CP|PLZ|CEP|Pin(?:code)?|PIN)[ ]?:?[ ]?\d{4,6}(?:-\d{3})?"
    # Swedish and Portuguese postcodes: "971 86 Luleå", "3500-123 Viseu"
    rf"|(?<![\w-])(?:\d{{3}}[ ]\d{{2}}|\d{{4}}-\d{{3}})[ ]{_UP}{_L}{{2,}}(?:[ -]{_CAP}){{0,2}}"
    # Canadian and Irish postcodes: "T4N 3T7", "D08 7VEA"
    # (with the space, so "T2N0M0", a stage, is none)
    r"|\b[A-Z]\d[A-Z][ ]\d[A-Z]\d\b|\b[A-Z]\d{2}[ ](?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}\b",
)
# A part of an address line: capitalised words or numbers with the abbreviations of places
# ("Col. Centro", "Brgy. Poblacion", "Co. Cork", "Distt. Bathinda", "Recife - PE", "(Québec)").
_PART = re.compile(
    rf"(?:\(?(?:{_CAP}\.?|\d[\w/\-]*|[A-Z]{{2,}})\)?)(?:[ ](?:{_LOW}[ ])?(?:-[ ])?"
    rf"\(?(?:{_CAP}\.?|\d[\w/\-]*|[A-Z]{{2,}}|&)\)?){{0,5}}"
)


_PHONE_LIKE = re.compile(r"\(?\+?\d{2,4}\)?[ .\-]?\d{3}")
_NEXT_PART = re.compile(r",[ ]|[ ]-[ ]|[ ](?=\d{4,6}\b)")


# Abbreviations inside addresses, after which a capital does not start a sentence.
_ABBREVIATIONS = frozenset(
    [
        # Russian address words, in Cyrillic and in Latin letters ("г. Казань, пр. Мира, д. 117")
        "г",
        "ул",
        "пр",
        "д",
        "кв",
        "корп",
        "стр",
        "пос",
        "с",
        "обл",
        "пер",
        "наб",
        "мкр",
        "просп",
        "ш",
        "пл",
        "g",
        "ul",
        "pr",
        "d",
        "kv",
        "korp",
        "pos",
        "per",
        "nab",
        "mkr",
        "co",
        "col",
        "brgy",
        "st",
        "ste",
        "av",
        "ave",
        "distt",
        "dist",
        "mich",
        "jal",
        "oax",
        "no",
        "nr",
        "opp",
        "apt",
        "blk",
        "bât",
        "app",
        "apto",
        "int",
        "mt",
        "ft",
        "pt",
        "rd",
        "dr",
        "ln",
        "blvd",
        "bd",
        "pl",
        "ul",
        "os",
        "al",
        "str",
        "cp",
        "c.p",
        "sr",
        "sra",
        "dott",
        "dr.",
        "h.no",
        "prov",
        "dpto",
        "rs",
        "bul",
        "вул",
        "ул",
        "кӯч",
        "г",
        "д",
        "кв",
        "н",
        "ҳ",
        "pr",
        "şəh",
        "mən",
    ]
)
# What follows an eponym ("Love sign"): a name before one of these starts a clinical sentence.
_EPONYM_HEADS = frozenset(
    [
        "sign", "signs", "test", "disease", "syndrome", "manoeuvre", "maneuver", "reflex",
        "phenomenon", "score", "criteria", "classification", "fracture", "nodes", "node",
        "procedure", "operation",
    ]
)  # fmt: skip
# The kinds of place an address names in lower case ("village de Sèhouè, commune de Toffo",
# "district de Hafia, sous-préfecture de Hafia"): part of the address, not prose.
_ADMIN_UNITS = frozenset(
    [
        "village", "commune", "district", "quartier", "préfecture", "sous-préfecture", "wilaya",
        "daïra", "cercle", "arrondissement", "département", "région", "province", "canton",
        "secteur", "cellule", "township", "ward", "zone", "section", "house", "block", "camp",
        "sector", "colony", "community", "compound", "estate", "settlement", "reserve",
        "location",
    ]
)  # fmt: skip
_PARTICLES = frozenset(
    [
        "de",
        "dei",
        "degli",
        "delle",
        "dal",
        "della",
        "la",
        "le",
        "les",
        "des",
        "du",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "y",
        "e",
        "et",
        "am",
        "an",
        "der",
        "den",
        "van",
        "von",
        "of",
        "the",
        "bis",
        "entre",
        "bloc",
        "und",
        "and",
    ]
)


def _prose_word(lex: Lexicon, word: str) -> bool:
    """A word of prose after an address: lower case, English or clinical, not a particle, a
    kind of place or an address abbreviation ("community", "de", "ul.")."""
    bare = word.strip(",.;()-")
    return (
        bare[:1].islower()
        and not word.endswith(".")
        and bare not in _PARTICLES
        and bare not in _ADMIN_UNITS
        and bare not in _ABBREVIATIONS
        and all(lex.is_safe(part) for part in bare.split("-") if part)
    )


def _trimmed(value: str) -> str:
    """A keyed address value cut where prose begins: at a lower-case English or clinical word
    (not a particle, not an abbreviation such as "apto" or "bât."), at a key ("Impression:"),
    after a word of five letters or more that ends a sentence ("Street. Findings"), or after a
    postal code that follows a town ("Chennai 600040 Mild ...")."""
    from site_agent.curation.lexicon import lexicon

    lex = lexicon()
    words = list(re.finditer(r"\S+", value))
    for n, w in enumerate(words):
        word = w.group()
        bare = word.strip(",.;()")
        if n and word.endswith(":"):
            return value[: w.start()]
        if (
            n
            and bare.isalpha()
            and bare.islower()
            and bare not in _PARTICLES
            and bare not in _ADMIN_UNITS
            and not word.endswith(".")
            and lex.is_safe(bare)
        ):
            return value[: w.start()]
        if (  # a sentence starting after the address: "Harrow Road There is", "Michigan Recommend
            # follow-up" (a capitalised English word, no name, before a word in lower case)
            n
            and not value[words[n - 1].end() - 1 : w.start()].strip(" ").endswith(",")
            and bare.isalpha()
            and bare[0].isupper()
            and bare[1:].islower()
            and n + 1 < len(words)
            and _prose_word(lex, words[n + 1].group())
            and (
                (lex.is_safe(bare) and not lex.is_name(bare))
                or words[n + 1].group().strip(",.;()") in _EPONYM_HEADS
            )
        ):
            return value[: w.start()]
        if (
            n
            and re.fullmatch(r"\(?\+?\d{2,4}\)?", word)
            and n + 1 < len(words)
            and re.match(r"[\d(]", words[n + 1].group())
            and value[w.end() : words[n + 1].start()] == " "
        ):
            return value[: w.start()]  # a telephone number after the address
        if (
            word.endswith(".")
            and bare.lower() not in _ABBREVIATIONS
            and len(bare) > 1
            and n + 1 < len(words)
            and words[n + 1].group()[:1].isupper()
        ):
            return value[: w.end()]  # "Street. Findings ...": a sentence ends
        if (
            re.fullmatch(r"\d{5,6}|\d{3}-\d{4}|\d{5}-\d{3}", bare)
            and n
            and not words[n - 1].group().endswith(",")
            and n + 1 < len(words)
        ):
            return value[: w.end()]
    return value


_NEXT_LINE_POSTCODE = re.compile(
    rf"\n(?:[A-Z]{{1,2}}-)?\d{{3,5}}(?:[ -]\d{{2,3}})?[ ]{_CAP}(?:[ -]{_CAP}){{0,2}}"
)


def _place_word(word: str) -> bool:
    """A keyed value's first word in lower case that begins an address: a kind of place
    ("village de Sèhouè", "district de Hafia"; not "see above", "malaria-endemic region")."""
    return word.strip(",.;()") in _ADMIN_UNITS


# What a value after a key that is a word elsewhere ("Residence:", "Workplace:") must hold to be
# a place: a number, a street word, a comma before a capitalised part, or a kind of place first
# ("270 Chalan Pale Duenas", "Middle Road, Saipan", "village de ..."; not "Shipyard, exposure
# to asbestos", "Endemic area for schistosomiasis", "Emergency Department").
_STREET_WORD = re.compile(rf"\b(?:{_STREET_KIND}|(?i:camp|box)\b)")


def _looks_like_place(value: str) -> bool:
    return bool(
        any(c.isdigit() for c in value)
        or _STREET_WORD.search(value)
        or re.search(r",[ ]*[A-ZÀ-Þ]", value)
        or _place_word(value.split()[0])
    )


def _keyed(text: str) -> list[tuple[int, int]]:
    out = []
    end: re.Match[str] | None = None
    for key in _ADDRESS_KEY.finditer(text):
        # The first value end after the key; one found for an earlier key still is, if it lies
        # after this key (searched again from each key, a long text of keys was quadratic).
        if end is None or end.start() < key.end():
            end = _VALUE_END.search(text, key.end())
        stop = min(end.start() if end else len(text), key.end() + 160)
        nxt = _NEXT_LINE_POSTCODE.match(text, stop)
        if nxt and text[stop : stop + 1] == "\n":  # "Via dei Mille 12\n38122 Trento"
            stop = nxt.end()
        value = _trimmed(text[key.end() : stop]).rstrip(" ,.")
        if key.group("loose") and value and not _looks_like_place(value):
            continue
        # a value in lower case only with a number in it ("bul. Ilinden 12/3, Skopje") or after
        # a field's colon ("Adresse : village de Sèhouè, commune de Toffo")
        if value and (
            value[0].isupper()
            or STREET_ABROAD.match(value)
            or any(c.isdigit() for c in value)
            or (re.search(r"[:：]", key.group()) and _place_word(value.split()[0]))
        ):
            out.append((key.end(), key.end() + len(value)))
    for pattern in (_JSON_ADDRESS, _XML_ADDRESS):
        out.extend((m.start("v"), m.end("v")) for m in pattern.finditer(text))
    return out


# A Moroccan neighbourhood with its house number: "Hay Sidi Abid, n° 9" (not "Hay fever").
_HAY = re.compile(rf"\bHay[ ]{_CAP}(?:[ ]{_CAP}){{0,2}},?[ ](?:n[°º]|No\.?|N°)[ ]?\d+")
# Korean road-name addresses and Arabic street lines: "999, Daedeok-daero, Seo-gu, Daejeon",
# "12 شارع شهاب، المهندسين، الجيزة".
_KOREAN_ROAD = re.compile(
    rf"(?:\b\d+(?:-\d+)?,?[ ])?\b{_CAP}-(?:daero|ro|gil|gu|dong|si|eup|myeon|ri)\b"
    r"(?:[ ]\d+(?:beon-gil|-gil)?)?"
)
_ARABIC_PART = r"(?:(?![ ]{2})[^\n,.;،|])+"
_ARABIC_STREET = re.compile(
    rf"\b\d*[ ]?(?:شارع|طريق|حي|ميدان)[ ]{_ARABIC_PART}(?:،[ ]?{_ARABIC_PART}){{0,3}}"
)


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of keyed addresses, streets of other countries and postal codes with towns."""
    out = _keyed(text)
    out.extend((m.start(), m.end()) for m in STREET_ABROAD.finditer(text))
    out.extend((m.start(), m.end()) for m in POSTCODE_TOWN.finditer(text))
    out.extend((m.start(), m.end()) for m in _KOREAN_ROAD.finditer(text))
    out.extend((m.start(), m.end()) for m in _HAY.finditer(text))
    out.extend((m.start(), m.end()) for m in _ARABIC_STREET.finditer(text))
    return out


def extend_addresses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each address span grown over the comma-separated place parts of its line on both sides:
    "Plot 282, Sabon Gari, Kano" from "Plot 282"; "Ballymote, F56 X2H6" from the postcode."""
    out = []
    # Where a walk from a position ends, by that position: each walk depends on its start alone,
    # and spans along one long line of parts ("x, 12345 Aaa, 12345 Aaa, ...") each walked it all.
    right_end: dict[int, int] = {}
    left_end: dict[int, int] = {}
    for start, end in spans:
        seen = []
        while end not in right_end:  # rightwards: ", Part"
            seen.append(end)
            m = _NEXT_PART.match(text, end)
            if not m:
                break
            part = _PART.match(text, m.end())
            if not part or part.end() == m.end() or _PHONE_LIKE.match(part.group()):
                break
            nxt = text[part.end() : part.end() + 1]
            if nxt and nxt not in ",.;\n )\t" and not text.startswith("  ", part.end()):
                break  # the part runs on into prose: "Kano with mild edema"
            end = part.end()
        end = right_end.get(end, end)
        right_end.update((k, end) for k in seen)
        seen = []
        while start not in left_end:  # leftwards: "Part, "
            seen.append(start)
            before = text[max(0, start - 60) : start]
            m = re.search(r",[ ]\Z", before)
            if not m:
                break
            head = before[: m.start()]
            parts = list(re.finditer(r"[^,\n:;|]+\Z", head))
            if not parts:
                break
            piece = parts[-1].group().lstrip()
            p = _PART.fullmatch(piece)
            if not p:
                break
            start = start - len(before) + m.start() - len(piece)
        start = left_end.get(start, start)
        left_end.update((k, start) for k in seen)
        out.append((start, end))
    return out
