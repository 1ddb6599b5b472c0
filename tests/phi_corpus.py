"""A PHI corpus with an oracle: generated texts that know every identifier span they hold.

The lists and templates here were written from the HIPAA Safe Harbor list and from name and
address conventions of many countries, not from the scrubber's rules, and ``HELD_OUT`` templates
were never run while the scrubber was being changed: the benchmark reports them apart.
Every document records the (start, end, kind) of each PHI value it inserted and the spans of
the clinical words and numbers around them, so recall and precision are measured by position.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from phi_corpus_v19 import (  # the v19 lists, in their own module
    V19_CLINICAL,
    V19_EPONYM,
    V19_TEMPLATES,
    _v19_person,
    _v19_value,
)
from phi_corpus_v19 import V19_SEED as V19_SEED  # re-exported: the v19 row's seed
from phi_corpus_v20 import (  # the v20 lists, in their own module
    V20_CLINICAL,
    V20_EPONYM,
    V20_TEMPLATES,
    _v20_person,
    _v20_value,
)
from phi_corpus_v20 import V20_SEED as V20_SEED  # re-exported: the v20 row's seed
from phi_corpus_v21 import (  # the v21 lists, in their own module
    V21_CLINICAL,
    V21_EPONYM,
    V21_TEMPLATES,
    _v21_person,
    _v21_value,
)
from phi_corpus_v21 import V21_SEED as V21_SEED  # re-exported: the v21 row's seed
from phi_corpus_v22 import (  # the v22 lists, in their own module
    V22_CLINICAL,
    V22_EPONYM,
    V22_TEMPLATES,
    _v22_person,
    _v22_value,
)
from phi_corpus_v22 import V22_SEED as V22_SEED  # re-exported: the v22 row's seed

# Names across cultures and scripts, with accents, apostrophes, hyphens and particles.
GIVEN = (
    "John", "Mary", "Ana María", "José", "Zoë", "Siobhán", "Seán", "Chloé", "Björn", "Łukasz",
    "Małgorzata", "Nguyễn Thị", "Thảo", "Oluwaseun", "Chukwuemeka", "Ngozi", "Aiyana", "Kalani",
    "Wei", "Xiaoming", "Hiroshi", "Yūko", "Min-jun", "Seo-yeon", "Priya", "Arjun", "Lakshmi",
    "Mohammed", "Fatima", "Aisha", "Yusuf", "Dmitri", "Svetlana", "Ioannis", "Eleni", "Ayşe",
    "Mehmet", "Nadia", "Kwame", "Amara", "Søren", "Íñigo", "Maëlle", "François", "Gráinne",
    "Jean-Luc", "Mary-Kate", "D'Andre", "Tiago", "Leilani", "Rose", "Mark", "Grace", "Hunter",
    "王", "李娜", "さくら", "김민준", "Мария", "Алексей", "محمد", "फ़ातिमा", "Ελένη",
)  # fmt: skip
FAMILY = (
    "O'Neil-Smith", "Núñez", "García Márquez", "Müller", "Øster", "Kowalczyk", "Wiśniewski",
    "Nguyễn", "Trần", "Adeyemi", "Okonkwo", "Mensah", "Zhang", "Wang", "Tanaka", "Yamamoto",
    "Kim", "Park", "Patel", "Iyer", "Reddy", "Al-Farsi", "El-Sayed", "Haddad", "Ivanova",
    "Petrov", "Papadopoulos", "Yılmaz", "Öztürk", "MacLeod", "McAllister", "D'Angelo",
    "van der Berg", "de la Cruz", "Van Houten", "St. Clair", "Brown", "White", "Young", "King",
    "Fitzgerald-Ó Briain", "Ben-David", "Nakamura-Lee", "Kahananui", "Begay", "Yazzie",
    "张伟", "佐藤", "이서연", "Смирнов", "عبدالله", "शर्मा", "Παπαδόπουλος",
)  # fmt: skip
# Held-out names: written after the rules above were tuned and never looked at while changing the
# scrubber; about a quarter of the documents draw their names from these instead. They include
# names made of English words (Faith Hill, Summer Lake), particles the development list lacks
# (ter, dos, bin, du) and scripts it lacks (Hebrew, Georgian, Armenian, Thai, Ethiopic, Bengali).
HELD_OUT_GIVEN = (
    "Faith", "Hope", "Summer", "Dawn", "Christian", "Amber", "Wolfgang", "Ingrid", "Guðrún",
    "Þórir", "Agnieszka", "Radosław", "Oksana", "Bogdan", "Tamar", "Yitzhak", "Nomvula",
    "Thandiwe", "Sipho", "Abebe", "Tigist", "Kofi", "Adaeze", "Rahul", "Ananya", "Farhan",
    "Zainab", "Leyla", "Anh", "Quang", "Somchai", "Siriporn", "Bayarmaa", "Aroha", "Tāne", "Jiho",
    "Haruto", "Mei-Ling", "Ximena", "Joaquín", "Inês", "Conceição", "Nnamdi", "Marie-Ève",
    "Jean-Baptiste", "Pål", "Ørjan", "Dorota", "Gülşen", "Bartholomew",
    "יעקב", "გიორგი", "Արամ", "สมชาย", "አበበ", "রহিম", "Олена",
)  # fmt: skip
HELD_OUT_FAMILY = (
    "ter Horst", "dos Santos", "bin Rashid", "al-Hakim", "O'Connor", "McDonald", "MacArthur",
    "Fitzpatrick", "de Vries", "von Trapp", "du Plessis", "della Rovere", "Nwachukwu", "Dlamini",
    "Tesfaye", "Chatterjee", "Venkataraman", "Hosseini", "Karimi", "Phạm", "Srisuk", "Batbayar",
    "Ngata", "Takahashi", "Kobayashi", "Choi", "Hwang", "Fernández-López", "Gonçalves",
    "Ó Súilleabháin", "Hill", "Bishop", "Stone", "Lake", "Rivers", "Mendelssohn", "Nowak-Jeleński",
    "Jovanović", "Kovačević", "Şahin", "Gallagher", "Hernández", "Abernathy", "Quispe", "Mamani",
    "Tjahjono", "כהן", "ბერიძე", "Գրիգորյան", "ศรีสุข", "ተስፋዬ", "চৌধুরী", "Шевченко",
)  # fmt: skip
CITIES = (
    "Springfield", "Ashtabula", "Bozeman", "Kalamazoo", "Chula Vista", "Winston-Salem",
    "Coeur d'Alene", "San José", "Saint Paul", "Tuscaloosa", "Poughkeepsie", "Wichita",
    "Québec", "Zürich", "Kraków", "São Paulo", "Reykjavík", "Ōsaka", "Hà Nội", "Lagos",
)  # fmt: skip
STATES = ("IL", "OH", "MT", "MI", "CA", "NC", "ID", "MN", "AL", "NY", "KS", "TX", "WA", "OR")
STREETS = ("Maple", "Oak Hollow", "Kings", "Peachtree", "Ocean View", "Elm", "Bayou", "Mill")
STREET_KINDS = ("Street", "Avenue", "Road", "Lane", "Drive", "Blvd.", "Court", "Way")
INSTITUTIONS = (
    "St. Mary's", "Saint Jude's", "Mercy General Hospital", "Lakeside Medical Center",
    "Kaiser Permanente", "Mount Sinai", "Charité", "Hôpital Lariboisière", "Karolinska",
    "Cedars-Sinai", "Johns Hopkins", "Mayo Clinic",
)  # fmt: skip
DOMAINS = ("gmail.com", "yahoo.co.uk", "hospital.org", "mail.ru", "outlook.fr", "qq.com")
CLINICAL = (
    "The lungs are clear without focal consolidation.",
    "There is a small right pleural effusion with adjacent atelectasis.",
    "Heart size is normal; the mediastinal contours are unremarkable.",
    "A 9 mm nodule is seen in the left upper lobe.",
    "No pneumothorax or acute osseous abnormality.",
    "Mild degenerative changes of the thoracic spine.",
    "The liver, spleen and pancreas appear within normal limits.",
    "Stable postoperative changes after cholecystectomy.",
    "No intracranial hemorrhage, mass effect or midline shift.",
    "Findings are compatible with mild interstitial edema.",
    "Impression: no acute cardiopulmonary process.",
    "Recommend follow-up chest CT in three months.",
    "Bilateral renal cysts, the largest measuring 2.1 cm.",
    "Scattered calcified granulomas, unchanged from prior examination.",
)  # fmt: skip
# Clinical sentences whose words look like names: eponyms (Parkinson, Crohn, Baker), anatomy named
# after people (Sylvian, Morison), devices, scores and drug names. Held-out documents draw from
# the second list. Precision is reported on these apart from the plain sentences.
EPONYM = (
    "Known Hodgkin lymphoma, restaging examination.",
    "History of Crohn disease with terminal ileal wall thickening.",
    "Small Baker cyst in the popliteal fossa.",
    "Kerley B lines suggest interstitial edema.",
    "Bosniak IIF cyst of the left kidney.",
    "Trace fluid in Morison pouch.",
    "Schatzki ring at the gastroesophageal junction.",
    "Colles fracture of the distal radius.",
    "Chiari I malformation with tonsillar ectopia.",
    "Swan-Ganz catheter tip in the right pulmonary artery.",
    "Foley catheter in the urinary bladder.",
    "Generalized volume loss, compatible with Alzheimer disease.",
    "Per Fleischner Society guidelines no follow-up is needed.",
    "Gleason 7 adenocarcinoma of the prostate.",
    "Salter-Harris II fracture of the distal tibia.",
    "Patient on Coumadin and Lasix.",
    "Started apixaban (Eliquis) and levetiracetam (Keppra).",
    "Sylvian fissures are symmetric; the circle of Willis is patent.",
    "Parkinson disease; no acute intracranial abnormality.",
    "Graves disease with diffuse thyroid enlargement.",
)  # fmt: skip
HELD_OUT_EPONYM = (
    "Zenker diverticulum at the pharyngoesophageal junction.",
    "Mass in Glisson capsule; Gerota fascia is intact.",
    "Achilles tendon is intact; Weber B ankle fracture.",
    "Wilson disease with basal ganglia signal change.",
    "Hashimoto thyroiditis is suspected.",
    "Barrett esophagus on prior endoscopy.",
    "Meckel diverticulum is not seen.",
    "Adrenal changes in Cushing syndrome.",
    "Enlarged Virchow node in the left supraclavicular fossa.",
    "Findings of Wernicke encephalopathy.",
    "Dandy-Walker variant in the posterior fossa.",
    "Parotid changes of Sjogren syndrome.",
    "Coronary aneurysms after Kawasaki disease.",
    "Ewing sarcoma of the femoral diaphysis.",
    "Pancoast tumor at the right lung apex.",
    "Hampton hump and Westermark sign are absent.",
    "Hickman catheter and Greenfield filter in place.",
    "Status post Whipple procedure and Nissen fundoplication.",
    "Taking Xarelto, Lipitor and Synthroid.",
    "Paget disease of the pelvis; Osgood-Schlatter changes.",
)  # fmt: skip
KINDS = (
    "NAME", "GEO", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT",
    "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "AGE",
)  # fmt: skip


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def person(
    rng: random.Random,
    *,
    held_out: bool = False,
    fresh: bool = False,
    final: bool = False,
    blind: bool = False,
    v3: bool = False,
    v4: bool = False,
    v5: bool = False,
    v6: bool = False,
    v7: bool = False,
    v8: bool = False,
    v9: bool = False,
    v10: bool = False,
    v11: bool = False,
    v12: bool = False,
    v13: bool = False,
    v14: bool = False,
    v15: bool = False,
    v16: bool = False,
    v17: bool = False,
    v18: bool = False,
    v19: bool = False,
    v20: bool = False,
    v21: bool = False,
    v22: bool = False,
) -> tuple[str, str]:
    if v22:
        return _v22_person(rng)
    if v21:
        return _v21_person(rng)
    if v20:
        return _v20_person(rng)
    if v19:
        return _v19_person(rng)
    if v18:
        return _v18_person(rng)
    if v17:
        return _v17_person(rng)
    if v16:
        return _v16_person(rng)
    if v15:
        return _v15_person(rng)
    if v14:
        return _v14_person(rng)
    if v13:
        return _v13_person(rng)
    if v12:
        return _v12_person(rng)
    if v11:
        return _v11_person(rng)
    if v10:
        return _v10_person(rng)
    if v9:
        return _v9_person(rng)
    if v8:
        return _v8_person(rng)
    if v7:
        return rng.choice(V7_GIVEN), rng.choice(V7_FAMILY)
    if v6:
        return rng.choice(V6_GIVEN), rng.choice(V6_FAMILY)
    if v5:
        return rng.choice(V5_GIVEN), rng.choice(V5_FAMILY)
    if v4:
        return rng.choice(V4_GIVEN), rng.choice(V4_FAMILY)
    if v3:
        return rng.choice(V3_GIVEN), rng.choice(V3_FAMILY)
    if blind:
        return rng.choice(BLIND_GIVEN), rng.choice(BLIND_FAMILY)
    if final:
        return rng.choice(FINAL_GIVEN), rng.choice(FINAL_FAMILY)
    if fresh:
        return rng.choice(FRESH_GIVEN), rng.choice(FRESH_FAMILY)
    if held_out:
        return rng.choice(HELD_OUT_GIVEN), rng.choice(HELD_OUT_FAMILY)
    return rng.choice(GIVEN), rng.choice(FAMILY)


def name_text(rng: random.Random, given: str, family: str) -> str:
    style = rng.randrange(7)
    if style == 5 and given[0].isalpha() and given[0].isascii():  # middle initial
        return f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {family}"
    if style == 6:  # family name alone, as in "Mrs. Okafor"
        return family
    if style == 0:
        return f"{given} {family}"
    if style == 1:
        return f"{family}, {given}"
    if style == 2:
        return f"{given} {family}".lower()
    if style == 3:
        return f"{given} {family}".upper()
    return f"{given[0]}. {family}" if given[0].isalpha() and given[0].isascii() else family


def a_date(rng: random.Random) -> str:
    d = date(1930, 1, 1) + timedelta(days=rng.randrange(365 * 94))
    month = d.strftime("%b")
    return rng.choice(
        (
            d.strftime("%m/%d/%Y"), d.strftime("%d.%m.%Y"), d.isoformat(),
            f"{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}",
            f"{d.day:02d}-{month}-{d.year % 100:02d}", f"{d.strftime('%B')} {d.day}, {d.year}",
            f"{d.day} {d.strftime('%B')} {d.year}", f"{d.month}/{d.day}",
            f"{d.strftime('%B')} {d.day}", d.strftime("%Y%m%d"),
        )
    )  # fmt: skip


def value_of(
    kind: str,
    rng: random.Random,
    *,
    held_out_names: bool = False,
    fresh: bool = False,
    final: bool = False,
    blind: bool = False,
    v3: bool = False,
    v4: bool = False,
    v5: bool = False,
    v6: bool = False,
    v7: bool = False,
    v8: bool = False,
    v9: bool = False,
    v10: bool = False,
    v11: bool = False,
    v12: bool = False,
    v13: bool = False,
    v14: bool = False,
    v15: bool = False,
    v16: bool = False,
    v17: bool = False,
    v18: bool = False,
    v19: bool = False,
    v20: bool = False,
    v21: bool = False,
    v22: bool = False,
    style: str = "",
) -> str:
    """One identifier of ``kind``, in one of the shapes such identifiers have in notes (``style``:
    the shape a v8 ... v22 template's field asks for, as in ``{DATE:da}``)."""
    if v22:
        return _v22_value(kind, rng, style)
    if v21:
        return _v21_value(kind, rng, style)
    if v20:
        return _v20_value(kind, rng, style)
    if v19:
        return _v19_value(kind, rng, style)
    if v18:
        return _v18_value(kind, rng, style)
    if v17:
        return _v17_value(kind, rng, style)
    if v16:
        return _v16_value(kind, rng, style)
    if v15:
        return _v15_value(kind, rng, style)
    if v14:
        return _v14_value(kind, rng, style)
    if v13:
        return _v13_value(kind, rng, style)
    if v12:
        return _v12_value(kind, rng, style)
    if v11:
        return _v11_value(kind, rng, style)
    if v10:
        return _v10_value(kind, rng, style)
    if v9:
        return _v9_value(kind, rng, style)
    if v8:
        return _v8_value(kind, rng, style)
    if v7 and (shaped7 := _v7_value(kind, rng)) is not None:
        return shaped7
    if v6 and (shaped6 := _v6_value(kind, rng)) is not None:
        return shaped6
    if v5 and (shaped := _v5_value(kind, rng)) is not None:
        return shaped
    if kind == "NAME" and v4:
        given, family = person(rng, v4=True)
        r = rng.random()
        if r < 0.08:  # HL7 / DICOM person name: FAMILY^GIVEN, upper case half the time
            text = f"{family}^{given}"
            return text.upper() if rng.random() < 0.5 else text
        if r < 0.14:  # two given names
            return f"{given} {rng.choice(V4_GIVEN)} {family}"
        return name_text(rng, given, family)
    if kind == "NAME":
        who = person(rng, held_out=held_out_names, fresh=fresh, final=final, blind=blind, v3=v3)
        if v3 and rng.random() < 0.1:  # as a DICOM person name copied into a field
            return f"{who[1]}^{who[0]}".upper() if rng.random() < 0.5 else f"{who[1]}^{who[0]}"
        return name_text(rng, *who)
    if kind == "GEO":
        return rng.choice(
            (
                f"{rng.randrange(1, 9999)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}",
                f"{rng.choice(CITIES)}, {rng.choice(STATES)}",
                f"{rng.choice(CITIES)}, {rng.choice(STATES)} {_digits(rng, 5)}",
                rng.choice(INSTITUTIONS),
                _digits(rng, 5),  # a ZIP code alone
            )
        )
    if kind == "DATE":
        return a_date(rng)
    if kind in ("PHONE", "FAX"):
        return rng.choice(
            (
                f"({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
                f"+44 20 {_digits(rng, 4)} {_digits(rng, 4)}",
                f"+33 1 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
                f"+49 (0)30 {_digits(rng, 8)}",
                f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
                f"+81-3-{_digits(rng, 4)}-{_digits(rng, 4)}",
            )
        )  # fmt: skip
    if kind == "EMAIL":
        g, f = person(rng)
        local = "".join(c for c in f"{g}.{f}".lower() if c.isascii() and (c.isalnum() or c == "."))
        return f"{local.strip('.') or 'pt'}{rng.randrange(99)}@{rng.choice(DOMAINS)}"
    if kind == "SSN":
        return f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}"
    if kind == "MRN" and v4:
        return rng.choice((_digits(rng, 7), f"E{_digits(rng, 7)}", f"00{_digits(rng, 6)}"))
    if kind == "ACCOUNT" and v4:  # account, accession, surgical case, encounter numbers
        return rng.choice(
            (
                _digits(rng, 9), f"A{_digits(rng, 8)}",
                f"S{rng.randrange(10, 27)}-{_digits(rng, 5)}", f"ACC{_digits(rng, 7)}",
                f"V{_digits(rng, 10)}",
            )
        )  # fmt: skip
    if kind == "MRN":
        return rng.choice(
            (_digits(rng, 8), f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"MR{_digits(rng, 7)}")
        )
    if kind == "HEALTH_PLAN":
        return f"{rng.choice(('XZH', 'BCB', 'UHC'))}{_digits(rng, 9)}"
    if kind == "ACCOUNT":
        return rng.choice((_digits(rng, 10), f"AC-{_digits(rng, 6)}"))
    if kind == "LICENSE":
        return f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 7)}"
    if kind == "VEHICLE":
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "1" + "".join(rng.choice(chars) for _ in range(16))
    if kind == "DEVICE":
        return rng.choice((f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"PM{_digits(rng, 8)}"))
    if kind == "URL":
        return rng.choice(
            ("https://portal.example.org/pt/", "www.mychart-example.com/u/")
        ) + _digits(rng, 6)
    if kind == "IP":
        return rng.choice(
            (".".join(str(rng.randrange(1, 255)) for _ in range(4)),
             ":".join(f"{rng.randrange(65536):x}" for _ in range(8)))
        )  # fmt: skip
    if kind == "AGE":
        return str(rng.randrange(90, 106))
    raise ValueError(f"unknown PHI kind {kind!r}")


# Sentence templates: "{NAME}" etc. are filled by ``value_of``. Cue words vary on purpose.
TEMPLATES = (
    "Patient: {NAME}.", "Pt {NAME} seen today.", "Seen with {NAME} at bedside.",
    "{NAME} was told of the results.", "Discussed findings with Dr. {NAME}.",
    "Referred from {GEO}.", "Home ZIP code {GEO}.", "Lives in {GEO}.",
    "Transferred from {GEO} on {DATE}.",
    "Admitted {DATE}.", "Prior study dated {DATE} for comparison.", "DOB {DATE}.",
    "Call {PHONE} with questions.", "Fax results to {FAX}.", "Contact: {EMAIL}.",
    "SSN {SSN}.", "MRN {MRN}.", "Medical record {MRN}.", "Insurance ID {HEALTH_PLAN}.",
    "Account {ACCOUNT}.", "Driver licence {LICENSE}.", "Vehicle VIN {VEHICLE}.",
    "Pacemaker serial {DEVICE}.", "Images at {URL}.", "Uploaded from workstation {IP}.",
    "A {AGE}-year-old with cough.",
)  # fmt: skip
HELD_OUT = (
    "Her daughter {NAME} ({PHONE}) consented.", "Son {NAME} lives near {GEO}.",
    "Scanned on {DATE} from host {IP}; ref {URL}.", "{NAME}, {AGE} y/o, {GEO}.",
    "Plan member {HEALTH_PLAN}; acct {ACCOUNT}.", "Device {DEVICE} interrogated {DATE}.",
    "Email {EMAIL} or fax {FAX}.", "{NAME} (MRN {MRN}, SSN {SSN}).",
    "Plate number {VEHICLE}; license {LICENSE}.", "Followed at {GEO} since {DATE}.",
    "Report copied to {NAME}.", "Wife: {NAME}; phone {PHONE}.", "cc {NAME} and {NAME}.",
    "Patient {NAME} is a {AGE}-year-old from {GEO}.", "Interpreted by {NAME}, MD.",
)  # fmt: skip


# Fresh lists: templates, names and eponym sentences written after the scrubber's last change and
# measured once (``corpus(..., fresh=True)``), so that nothing in them was tuned for.
FRESH_TEMPLATES = (
    "Results were called to {NAME} at {PHONE} on {DATE}.", "Mother is {NAME}; she lives at {GEO}.",
    "{NAME} returned for follow-up.", "Nurse {NAME} placed the line.",
    "Consent obtained from {NAME} (healthcare proxy).",
    "Comparison: outside films from {GEO} dated {DATE}.",
    "Prepared for {NAME}, DOB {DATE}, MRN {MRN}.", "Per {NAME}, the symptoms began {DATE}.",
    "Addendum by {NAME} on {DATE}: no change.", "Contact {NAME} via {EMAIL}.",
    "Attending: {NAME}. Resident: {NAME}.", "Message left for {NAME}.",
    "Patient's husband, {NAME}, was present.", "Imaging requested by {NAME} of {GEO}.",
    "{NAME} is a {AGE} year old woman.", "Policy {HEALTH_PLAN}, account {ACCOUNT}, SSN {SSN}.",
    "Pump serial {DEVICE}; car plate {VEHICLE}; licence {LICENSE}.", "Portal {URL} from {IP}.",
)  # fmt: skip
FRESH_GIVEN = (
    "Gabriel", "Lily", "Ruby", "Jasmine", "Iris", "Victoria", "Olga", "Ahmad", "Reza", "Parisa",
    "Tomás", "Eoin", "Aoife", "Niamh", "Mateus", "Bruna", "Kemal", "Emine", "Dawit", "Selam",
    "Chiamaka", "Tendai", "Rangi", "Keoni", "Hoang", "Linh", "Sunil", "Deepa", "Ravi", "Yerlan",
    "Aigerim", "Oyuun", "Sione", "Mele", "Matías", "Valentina", "Jürgen", "Björk", "Sigrún",
    "Zoltán", "Ágnes", "Vuk", "Milena", "Ilse", "Noor", "Ayaan", "Tenzin", "Pema", "Lior", "Noa",
    "Khalid", "Huda", "Baraka", "Zawadi", "Ирина", "Γιώργος", "健太", "美咲", "지우", "अमित",
    "ਹਰਪ੍ਰੀਤ", "ระพี", "Սոնա",
)  # fmt: skip
FRESH_FAMILY = (
    "Rose", "Fox", "Wolf", "Bell", "Marsh", "Green", "Reed", "Frost", "Hart", "Church", "Cook",
    "Fisher", "Gardner", "Long", "Little", "Strong", "Cruz", "Silva", "Costa", "Moreau",
    "Lefebvre", "Schneider", "Novák", "Dvořák", "Horváth", "Popescu", "Nikolaidis", "Aydın",
    "Demir", "Mahmoud", "Rahman", "Hussain", "Banerjee", "Krishnan", "Gurung", "Tamang", "Dorji",
    "Oyelaran", "Mwangi", "Ochieng", "Abubakar", "Ramírez", "da Silva", "Van Dyke", "De Luca",
    "Di Marco", "al-Rashid", "Le Roux", "van den Broek", "MacKenzie", "O'Brien", "Ní Bhriain",
    "Ó Ceallaigh", "Kealoha", "Tsosie", "Nez", "Ahn", "Seo", "Yoshida", "Fujimoto", "Huang",
    "Liu", "Ng", "Tan", "Lim", "Phillips-Ngata", "Иванов", "Παππάς", "山田", "陈", "최",
    "गुप्ता", "ਸਿੰਘ", "ใจดี", "Պետրոսյան",
)  # fmt: skip
FRESH_EPONYM = (
    "Findings consistent with Legg-Calve-Perthes disease.",
    "Bankart lesion of the anterior glenoid; Hill-Sachs defect.",
    "Segond fracture of the lateral tibial plateau.",
    "Lisfranc ligament injury.", "Jefferson fracture of C1.", "Mallory-Weiss tear suspected.",
    "Budd-Chiari syndrome with hepatic vein thrombosis.", "Arnold-Chiari malformation is absent.",
    "Tetralogy of Fallot repair.", "Pouch of Douglas contains free fluid.",
    "Ligament of Treitz is normally positioned.", "Hirschsprung disease with transition zone.",
    "Kaposi sarcoma lesions of the skin.", "Takayasu arteritis of the aorta.",
    "Brodie abscess in the distal tibia.",
    "Morton neuroma between the third and fourth metatarsals.",
    "Tornwaldt cyst in the nasopharynx.", "Rathke cleft cyst.", "Stensen duct is dilated.",
    "Wharton duct stone.", "Patient takes Plavix, Zoloft and Norvasc.",
    "On Humira for psoriasis; Entresto started.", "Ommaya reservoir in the right frontal horn.",
    "Mediport catheter tip at the cavoatrial junction.", "Harrington rods in the thoracic spine.",
    "Bennett fracture at the base of the thumb.", "Crohn's ileitis with skip lesions.",
    "Gamna-Gandy bodies in the spleen.", "Lhermitte sign reported.",
)  # fmt: skip

# Final lists: written after the fresh lists had been looked at and the rules changed once more,
# then measured once (``corpus(..., final=True)``).
FINAL_TEMPLATES = (
    "Spoke with the patient's sister {NAME} by phone at {PHONE}.",
    "{NAME} tolerated the procedure well.", "Biopsy performed by Drs. {NAME} and {NAME}.",
    "Case reviewed at tumor board with {NAME}.", "Ms {NAME} was scanned at {GEO} on {DATE}.",
    "Outside report ({NAME}, {DATE}) reviewed.", "Pager {PHONE}; email {EMAIL}; contact {NAME}.",
    "Exam ordered by {NAME} for {NAME}.", "Chaperone: {NAME}.", "Translator {NAME} assisted.",
    "{NAME}'s prior CT from {DATE} is available.", "Patient {NAME}, age {AGE}, from {GEO}.",
    "ID {MRN}; plan {HEALTH_PLAN}; account {ACCOUNT}.",
    "Implant serial {DEVICE}, licence {LICENSE}, VIN {VEHICLE}.",
    "Viewer {URL}, client {IP}, SSN {SSN}.",
)  # fmt: skip
FINAL_GIVEN = (
    "Autumn", "Crystal", "Destiny", "Heather", "Holly", "Ivy", "Jade", "Pearl", "Sterling",
    "Hunter", "Mason", "Carter", "Miles", "Wade", "Clay", "Dale", "Glen", "Dusty", "Sunny",
    "Precious", "Blessing", "Kenji", "Sakura", "Yuto", "Hyun-woo", "Ji-ho", "Thanh", "Duc", "Ali",
    "Omar", "Layla", "Miriam", "Esther", "Shira", "Avraham", "Yaw", "Akosua", "Emeka", "Folake",
    "Kagiso", "Lerato", "Arnav", "Ishaan", "Kavya", "Saanvi", "Bongani", "Itzel", "Xochitl",
    "Anahí", "Guadalupe", "Ekaterina", "Vasily", "Zuzana", "Jiří", "Ferenc", "Katalin",
    "Halldór", "Sæunn", "Mikael", "Eero", "Aino", "Борис", "Δημήτρης", "蒼", "陽菜", "서준",
    "राहुल", "ພອນ", "მარიამ", "Անի", "ዮሐንስ", "حسن", "شيرين",
)  # fmt: skip
FINAL_FAMILY = (
    "Snow", "Winter", "Day", "Knight", "Page", "Read", "Ward", "Bond", "Price", "Rich", "Sharp",
    "Swift", "Wise", "Love", "Joy", "Chance", "Cross", "Black", "Gray", "Moss", "Field", "Wood",
    "Banks", "Brook", "Mills", "Burns", "Lamb", "Crane", "Drake", "Finch", "Lord", "Noble",
    "Nguyen", "Tran", "Pham", "Le", "Do", "Vo", "Ho", "Ly", "Wu", "Xu", "Yu", "Ma", "Hu", "Oh",
    "Ko", "Ito", "Abe", "Ono", "Mori", "Cohen", "Levy", "Katz", "Friedman", "Mizrahi", "Okafor",
    "Eze", "Nkosi", "Zulu", "Mokoena", "Boateng", "Owusu", "Diallo", "Traoré", "N'Diaye",
    "Ould Ahmed", "Abdi", "Warsame", "Farah", "de Souza", "dos Reis", "van Rijn", "ter Steege",
    "von Bülow", "zu Guttenberg", "St. John", "Fitzroy", "McIntyre", "O'Sullivan", "D'Souza",
    "Al-Amin", "Abu Bakar", "bin Ismail", "binti Yusof", "Kuznetsov", "Popov", "Sokolova",
    "Horvat", "Kovač", "Nagy", "Tóth", "Jónsdóttir", "Virtanen", "Korhonen", "Кузнецов",
    "Γεωργίου", "高橋", "黄", "박", "वर्मा", "ສີສະຫວາດ", "გელაშვილი", "Սարգսյան", "ወልደ", "حسين",
    "کریمی",
)  # fmt: skip
FINAL_EPONYM = (
    "Findings of Graves ophthalmopathy.", "Reed-Sternberg cells on pathology.",
    "Hurthle cell neoplasm.", "Tillaux fracture of the distal tibia.",
    "Jones fracture of the fifth metatarsal.", "Maisonneuve fracture suspected.",
    "Galeazzi fracture-dislocation.", "Hoffa fat pad edema.",
    "Baastrup disease of the lumbar spine.",
    "Kienbock disease of the lunate.", "Freiberg infraction of the second metatarsal head.",
    "Scheuermann kyphosis.", "Klippel-Feil anomaly.", "Marfan habitus.",
    "Ehlers-Danlos syndrome.", "Peyronie plaque.", "Fournier gangrene excluded.",
    "Ludwig angina is not present.", "Pott puffy tumor.", "Caroli disease with ductal ectasia.",
    "Courvoisier gallbladder.", "Bouveret syndrome.", "Spigelian hernia.", "Amyand hernia.",
    "Cheyne-Stokes breathing.", "Swyer-James syndrome.", "Poland syndrome.",
    "Morel-Lavallee lesion of the thigh.", "Patient on Eliquis 5 mg and Jardiance 10 mg.",
    "Continue Trulicity; stop Januvia.", "Tylenol and Motrin as needed.",
    "Pleurx catheter in the left pleural space.", "Dobhoff tube tip in the stomach.",
    "Port-a-Cath in the right chest wall.",
)  # fmt: skip


# Blind lists (measured once as the held-out row on 2026-11-30, development data since):
# written before the rules were changed for issue #15 (English-word surnames, short
# names, credentials) and generated with their own seed (``BLIND_SEED``); never run while the
# rules were tuned. Names are drawn to resemble real registries: many common surnames are English
# words (Walker, Cooper, Hall), some are two letters (Vu, Bui, Li), given names are nicknames
# and words too (Ray, Pat, Willow). None of them is in the lists above.
BLIND_SEED = 20261130
BLIND_TEMPLATES = (
    "Comparison is made to the outside study read by {NAME}.",
    "Dr {NAME} was notified by telephone at {PHONE} on {DATE}.",
    "{NAME} presents with shortness of breath.",
    "Findings discussed with the ordering provider, {NAME}, on {DATE}.",
    "Electronically signed: {NAME}, MD, {DATE}.", "Technologist: {NAME}, RT(R).",
    "Referring: {NAME}; PCP {NAME}.", "History obtained from the patient's niece, {NAME}.",
    "Mr. {NAME} is a {AGE}-year-old man from {GEO}.",
    "Preliminary read by resident {NAME}, final by {NAME}.", "Called {NAME} at {PHONE}.",
    "Verbal report given to {NAME} RN on {DATE}.", "Identity confirmed: {NAME}, DOB {DATE}.",
    "{NAME} ambulated to the scanner without assistance.", "Seen in clinic by {NAME} NP.",
    "Transcribed by {NAME}; account {ACCOUNT}.", "Specimen {MRN} collected by {NAME}.",
    "Emergency contact {NAME}, {PHONE}, {EMAIL}.", "Insurance {HEALTH_PLAN}; guarantor {NAME}.",
    "From {GEO}, arrived {DATE}; stent serial {DEVICE}.",
    "License {LICENSE}, VIN {VEHICLE}, SSN {SSN}; portal {URL}; host {IP}.",
    "Mrs {NAME} declined contrast.", "Reviewed with {NAME} (PA-C) and {NAME}, MD.",
)  # fmt: skip
BLIND_GIVEN = (
    "Brandon", "Megan", "Tyler", "Brittany", "Derek", "Kayla", "Trevor", "Shanice", "Jamal",
    "Latoya", "Dakota", "Skyler", "River", "Sage", "Willow", "Robin", "Wren", "Rowan", "Basil",
    "Ernest", "Hazel", "Violet", "June", "April", "Bonnie", "Frank", "Earl", "Ray", "Guy", "Rex",
    "Bill", "Pat", "Sue", "Bob", "Cy", "Ed", "Jo", "Kai", "Lin", "Da-eun", "Haeun", "Takumi", "Rin",
    "Chinedu", "Ifeoma", "Obinna", "Wanjiru", "Kiprono", "Mehret", "Bilal", "Samira", "Anjali",
    "Vikram", "Sadia", "Tariq", "Nasrin", "Dariush", "Agustín", "Renata", "Gonzalo", "Lucía",
    "Andrzej", "Bożena", "Stanislav", "Jelena", "Dragan", "Arvid", "Signe", "Eilif", "Mathilde",
    "Aurélien", "Benoît", "Ludovica", "Giacomo", "Mirela", "Tudor", "Şebnem", "Ülkü", "Hamid",
    "Vytautas", "Māra", "Tõnu", "Koa", "Mahina", "Talia", "Eitan", "Nizhoni", "Ahanu",
    "Даниил", "Ευάγγελος", "明", "翔太", "민서", "ศิริ", "ሰላም", "נועה", "ლევან", "Գոհար", "সুমন",
)  # fmt: skip
BLIND_FAMILY = (
    "Walker", "Cooper", "Turner", "Parker", "Fowler", "Archer", "Barber", "Butler", "Carpenter",
    "Chambers", "Hall", "Porter", "Potter", "Sawyer", "Shepherd", "Slater", "Tanner", "Weaver",
    "Good", "Best", "Small", "Short", "Bright", "Golden", "Rice", "Lane", "Hale", "Heath", "Glass",
    "Nash", "Booth", "Shaw", "Hood", "Bush", "Berry", "Beach", "Brooks", "Woods", "Grove", "Ash",
    "Holmes", "Castle", "Temple", "Pope", "Dean", "Prince", "Duke", "Major", "Marshall", "Cash",
    "Mann", "Root", "Branch", "Bloom", "Flowers", "Hardy", "Savage", "Wild", "Sparks", "Rush",
    "Ba", "Bui", "Vu", "Dao", "Ha", "Ta", "Mai", "Cao", "Ong", "Lo", "Au", "Yi", "Li", "An", "Go",
    "Kowalski", "Lewandowska", "Hoffmann", "Schmitt", "Bauer", "Lindqvist", "Halvorsen", "Rossi",
    "Esposito", "Moreno", "Jiménez", "Vargas", "Castillo", "Mendoza", "Okoro", "Adebayo", "Kamau",
    "Otieno", "Gebremedhin", "Haile", "Sandhu", "Gill", "Bhatt", "Malik", "Qureshi", "Siddiqui",
    "Rezaei", "Moradi", "Yıldız", "Çelik", "Petrović", "Marković", "Kovács", "Szabó", "Ionescu",
    "Mäkinen", "Johansson", "Dubois", "Lambert", "Girard", "Fontaine", "Bianchi", "Romano",
    "Greco", "Ferreira", "Almeida", "Watanabe", "Suzuki", "Matsumoto", "Jeong", "Kang", "Yoon",
    "Lau", "Cheung", "Leung", "Kwok", "Chan", "Wong", "Goh", "Teo", "Benally", "Etsitty",
    "van Dijk", "de Jong", "di Stefano", "de los Ríos", "del Toro", "O'Hara", "McCarthy",
    "Ní Dhomhnaill", "bin Hassan", "Abdul Aziz", "Le Blanc", "Saint-Pierre",
    "Соколов", "Οικονόμου", "鈴木", "刘", "정", "ประเสริฐ", "ገብሬ", "לוי", "ხარაბაძე", "Հակոբյան",
    "দাস", "عباسی",
)  # fmt: skip
# Clinical sentences whose words are also surnames or credentials (White, Page, Day, Hall, MD as a
# state), eponyms and drug names none of the other lists has.
BLIND_EPONYM = (
    "See page 2 of the prior report for measurements.", "Day 3 after surgery; drain in place.",
    "White matter changes are mild.", "Black blood sequences show no dissection.",
    "Short segment narrowing of the distal ureter.", "Small hiatal hernia; good distension.",
    "Rice bodies within the subacromial bursa.", "Wild type on molecular testing.",
    "Marshall vein is not seen.", "Hall effect artifact near the clips.",
    "Monteggia fracture-dislocation of the forearm.", "Kummell disease of T12.",
    "Tietze syndrome is favored clinically.", "Lemierre syndrome with jugular thrombosis.",
    "Caplan nodules in the upper lobes.", "Boerhaave rupture is not excluded.",
    "Klatskin tumor at the hilum.", "Krukenberg tumors of both ovaries.",
    "Patient takes Brilinta and Farxiga.", "Restarted Ozempic; hold Xeljanz.",
    "Page kidney from a subcapsular hematoma.", "Best seen on the coronal images.",
)  # fmt: skip


# Held-out v3: a third independent set, written before the rule changes that followed the blind
# lists' measurement and generated with its own seed (``V3_SEED``). Templates follow radiology and
# pathology report sections, sign-off and communication lines and dataset fields; none of the
# names occurs in any other list of this file or of the scrubber. About 40% of the family names
# are English words (Fletcher, Sweet, Chase, Foot), 16 are two letters (Su, Ye, Oz, Ay), and the
# clinical sentences use page/day/white/black/do/an and eponyms that are also surnames (Bell
# palsy, Ramsay Hunt, Clark level, Call-Exner bodies) and drug names none of the other lists has.
V3_SEED = 20261207
V3_TEMPLATES = (
    "PATIENT NAME: {NAME}   MRN: {MRN}   DOB: {DATE}",
    "EXAM DATE: {DATE}. ACCESSION: {ACCOUNT}. ORDERING PHYSICIAN: {NAME}.",
    "ATTENDING RADIOLOGIST: {NAME}", "REFERRING: {NAME}, {GEO}",
    "I have personally reviewed the images and agree with the report. {NAME}, M.D.",
    "Critical result communicated to {NAME} by {NAME} at 14:32 on {DATE}.",
    "These findings were discussed with {NAME} by telephone ({PHONE}).",
    "Dictated by: {NAME}  Transcribed by: {NAME}  Date: {DATE}",
    "SURGICAL PATHOLOGY REPORT  Case: {ACCOUNT}  Patient: {NAME}  Age: {AGE}",
    "Gross description by {NAME}, PA(ASCP).",
    "Intraoperative consultation rendered by {NAME} to {NAME} in OR 4.",
    "Received fresh labeled with the patient's name ({NAME}) and medical record number ({MRN}).",
    "Submitting physician: {NAME}; clinic: {GEO}.", "This case was shown to {NAME}, who concurs.",
    "Addendum issued by {NAME} on {DATE}.", "patient_name: {NAME}",
    "referring_physician={NAME}; study_date={DATE}",
    '"performing_physician": "{NAME}", "institution": "{GEO}"',
    "PerformedBy={NAME}|Site={GEO}|Age={AGE}", "The patient's husband, {NAME}, was at bedside.",
    "Signed out by {NAME} ({EMAIL}).", "Ultrasound performed by sonographer {NAME}.",
    "Results left on voicemail for {NAME} at {PHONE}.",
    "CLINICAL HISTORY: {AGE} yo with fall at home in {GEO}.",
    "Outside images from {GEO} uploaded via {URL} from {IP}.",
    "Pacemaker {DEVICE}; VIN {VEHICLE}; DL {LICENSE}; SSN {SSN}; policy {HEALTH_PLAN}.",
    "COMPARISON: {DATE}, read by {NAME}.",
    "{NAME} was identified with two identifiers before the procedure.",
    "Time-out performed with {NAME}, RN, and {NAME}, MD.",
    "Wet read paged to {NAME} overnight.", "Slides reviewed in consultation with {NAME}.",
    "Copies to: {NAME}; {NAME}.", "Fax {FAX} attn {NAME}.",
)  # fmt: skip
V3_GIVEN = (
    "Colton", "Brianna", "Jaxon", "Kimberly", "Marcus", "Deshawn", "Keisha", "Tanisha", "Reggie",
    "Clint", "Bud", "Vi", "Ty", "Bo", "Misty", "Stormy", "Ginger", "Candy", "Cherry", "Penny",
    "Cliff", "Chip", "Buck", "Rocky", "Sonny", "Randy", "Trudy", "Merle", "Vern", "Opal",
    "Pearlie", "Oyinkansola", "Temitope", "Kwabena", "Efua", "Mulugeta", "Hirut", "Nkechi",
    "Zodwa", "Tshepo", "Pooja", "Siddharth", "Deepika", "Gurpreet", "Harjit", "Behnam", "Youssef",
    "Khadija", "Mustafa", "Nour", "Emre", "Zeynep", "Ilya", "Anastasia", "Katarzyna", "Wojciech",
    "Miroslav", "Petra", "Ondřej", "Zsófia", "Bálint", "Ingeborg", "Kjell", "Riikka", "Juhani",
    "Aurora", "Beatriz", "Rodrigo", "Mateo", "Camila", "Xiu", "Hao", "Daiki", "Haruka",
    "Seung-ho", "Eun-ji", "Minh", "Kiri", "Noelani", "Kealani", "Ayelet", "Noam", "Aarav",
    "Thiago", "Fernanda", "Oisín", "Caoimhe", "Dafydd", "Eluned", "Bethan", "Saoirse",
    "Владимир", "Σοφία", "大輔", "結衣", "지훈", "यश", "ঋতু", "ნინო", "Նարեկ", "สมศักดิ์", "ብርሃኑ",
    "דוד", "ராஜா", "ગીતા",
)  # fmt: skip
V3_FAMILY = (
    "Fletcher", "Thatcher", "Sweet", "Moody", "Storm", "Bird", "Fish", "Bass", "Pike", "Gold",
    "Silver", "Steel", "Irons", "Cotton", "Wheat", "Chapel", "Abbott", "Monk", "Judge", "Merchant",
    "Mercer", "Draper", "Dyer", "Hunt", "Bowman", "Chase", "Story", "Worth", "Newman", "Goodman",
    "Freeman", "Power", "Strange", "Payne", "Cutter", "Hand", "Foot", "Child", "Gentle",
    "Lightfoot", "Gamble", "Blank", "Mayes", "Stout", "Wiseman", "Settle", "Dear", "Darling",
    "Lovejoy", "Stamp", "Paris", "Drew", "Bliss", "Cherry", "Pepper", "Salt", "Cannon", "Waters",
    "Spring", "Knott", "Bacon", "Lemon", "Hawk", "Crow", "Pool", "Ford", "Bridge", "Hedge", "Hay",
    "Winters", "Kitchen", "Sherwood",
    "Su", "Ye", "Qi", "Fu", "Gu", "Lu", "Ge", "Ra", "Ek", "Oz", "Ay", "Ou", "Bo", "Pu", "Ki", "Im",
    "Oyelowo", "Nwosu", "Asante", "Ekwueme", "Bekele", "Wolde", "Zwane", "Khumalo", "Mahlangu",
    "Pillay", "Naidoo", "Menon", "Kulkarni", "Deshpande", "Grewal", "Dhillon", "Tehrani", "Ahmadi",
    "Nasser", "Aslan", "Koç", "Polat", "Volkov", "Morozova", "Zielińska", "Wójcik", "Lundgren",
    "Nyström", "Haugen", "Lehtonen", "Salo", "Ferrari", "Colombo", "Ricci", "Navarro",
    "Domínguez", "Gutiérrez", "Pereira", "Carvalho", "Ochoa", "Huamán", "Condori", "Sasaki",
    "Inoue", "Kimura", "Shin", "Baek", "Dang", "Trinh", "Zhou", "Xie", "Tang", "Keawe", "Kamakau",
    "Yellowhorse", "Tsinajinnie", "dal Bello", "van 't Hof", "Des Rosiers", "von der Heide",
    "de las Casas", "Mac Giolla Phádraig", "ap Gwilym", "Lo Presti", "Abu Khalil", "da Cunha",
    "El Amrani", "Ould Cheikh", "bin Zayed",
    "Морозов", "Καραγιάννης", "中村", "홍", "ராமன்", "પટેલ", "ნოზაძე", "Ավետիսյան", "วงศ์ใหญ่",
    "ተክሌ", "אברהם",
)  # fmt: skip
V3_EPONYM = (
    "An incidental lipoma is noted in the posterior subcutaneous fat.",
    "An ill-defined opacity in the lingula; do not confuse with the nipple shadow.",
    "Refer to page 4 of the pathology addendum.", "Postoperative day 2 with expected free air.",
    "Gray-white matter differentiation is preserved.", "Black pigment stones in the gallbladder.",
    "Little change from the prior study.", "Long segment colitis of the descending colon.",
    "Post contrast images show no enhancement.", "Findings do not meet criteria for abscess.",
    "Bell palsy on the right; facial nerve enhancement.", "Ramsay Hunt syndrome is suspected.",
    "Breslow depth 1.2 mm; Clark level III.", "Call-Exner bodies in the granulosa cell tumor.",
    "Bochdalek hernia on the left.", "Morgagni hernia is absent.", "Brunner gland hyperplasia.",
    "Peutz-Jeghers polyps of the jejunum.", "Kupffer cells are prominent.",
    "Langerhans cell histiocytosis is considered.", "Virchow-Robin spaces are prominent.",
    "Schmorl node at L2.", "Pellegrini-Stieda calcification at the medial femoral condyle.",
    "Stener lesion of the thumb.", "Foramen of Monro is patent.", "Auer rods are identified.",
    "Russell bodies in plasma cells.", "Mallory hyaline in hepatocytes.",
    "Nottingham grade 2; Fuhrman grade 3 elsewhere.", "Masson trichrome stain highlights fibrosis.",
    "Warthin tumor of the parotid.", "Brenner tumor of the ovary.",
    "Continue Xtandi; hold Ibrance.", "Patient on Keytruda and Opdivo.",
    "Started Dupixent; off Stelara.", "Hold Lovenox before biopsy.",
    "Benadryl premedication for contrast allergy.", "Ativan given for anxiety before the scan.",
    "Taking Mounjaro and Wegovy.", "White blood cell count is elevated per the chart.",
)  # fmt: skip


# Held-out v4: a fourth independent set, written before the rule changes that followed v3's
# measurement and generated with its own seed (``V4_SEED``). Templates are shaped like report
# headers, bodies, sign-offs and dataset fields (CSV, HL7, XML, key=value, JSON) with ages in many
# field forms (Age: 93, 93 y/o, 93yo, aged 93, 93-year-old, Age/Sex 93/F), account, accession,
# case, encounter and record numbers under varied labels and in shapes of their own
# (``value_of(..., v4=True)``). None of the names occurs in any other list of this file or of the
# scrubber; about 40% of the family names are English words (Glover, Moon, Sparrow, Wall, Head,
# Friday), 11 are two letters (He, Mo, Ip, Ee, Ok), and the clinical sentences use common words,
# eponyms and drug names none of the other lists has.
V4_SEED = 20261214
V4_TEMPLATES = (
    "Name: {NAME}  Acct #: {ACCOUNT}  Age: {AGE}", "PT: {NAME} | MR#: {MRN} | Visit: {DATE}",
    "Accession No. {ACCOUNT}   Exam: CT HEAD WO CONTRAST   Date of Service: {DATE}",
    "Pt Name {NAME}   Med Rec No {MRN}   Age/Sex: {AGE}/F",
    "Case #{ACCOUNT}; specimen received {DATE}.", "Encounter: {ACCOUNT}   Acc#: {ACCOUNT}",
    "Patient {NAME}, {AGE}yo M, MRN# {MRN}.",
    "Mrs. {NAME} is a pleasant {AGE} y/o woman referred by {NAME}.",
    "The patient, aged {AGE}, was brought in by her grandson {NAME}.",
    "HISTORY: {AGE} y.o. F with dyspnea.",
    "INDICATION: {AGE}yo with hip pain after a fall on {DATE}.", "Age at exam: {AGE} years.",
    "{NAME} ({AGE} yrs) returned on {DATE}.", "A {AGE}-year-old retired teacher from {GEO}.",
    "Billing account no. {ACCOUNT}; hospital number {MRN}.",
    "Refer to accession {ACCOUNT} for the prior exam.",
    "Electronically signed by {NAME} on {DATE} at 09:14.",
    "Reported by: Dr {NAME}, Consultant Radiologist", "Verified: {NAME}, DO  {DATE}",
    "Thank you for referring {NAME}. Kind regards, {NAME}",
    "Read by {NAME} (fellow) with attending {NAME}.",
    "Please page {NAME} at {PHONE} with any questions.", "Callback number {PHONE}, alt {PHONE}.",
    "age_years: {AGE}", "mrn,name,age,acct\n{MRN},{NAME},{AGE},{ACCOUNT}",
    "PID|1||{MRN}^^^HOSP^MR||{NAME}||{DATE}", "account_number={ACCOUNT}&visit_date={DATE}",
    "<PatientName>{NAME}</PatientName><PatientAge>{AGE}</PatientAge>",
    '"patient_age": "{AGE}Y", "accession_number": "{ACCOUNT}", "patient_id": "{MRN}"',
    "Address on file: {GEO}; e-mail {EMAIL}.", "SS# {SSN}; member ID {HEALTH_PLAN}.",
    "Implanted device S/N {DEVICE}; DL# {LICENSE}; VIN: {VEHICLE}.",
    "Images pushed from {IP} to {URL}.", "Fax to {FAX} (attn: {NAME}).",
    "Son-in-law {NAME} is the health care proxy.", "Nephew {NAME} at bedside, phone {PHONE}.",
    "Chart # {MRN}; Visit ID {ACCOUNT}; Age {AGE}.", "{NAME} is {AGE} and lives alone at {GEO}.",
)  # fmt: skip
V4_GIVEN = (
    "Brayden", "Kaylee", "Jenna", "Garrett", "Chelsea", "Wesley", "Dustin", "Tiffany", "Courtney",
    "Lindsey", "Shelby", "Logan", "Harmony", "Serenity", "Journey", "Trinity", "Honor", "Patience",
    "Charity", "Constance", "Prudence", "Blaze", "Ace", "Royal", "Rusty", "Sandy", "Buddy", "Lucky",
    "Birdie", "Goldie", "Em", "Flo", "Ned", "Liv", "Bea", "Jed", "Adaobi", "Ikenna", "Olamide",
    "Babatunde", "Funmilayo", "Yetunde", "Uchenna", "Kojo", "Ama", "Yaa", "Kwesi", "Wambui",
    "Njeri", "Achieng", "Neema", "Rehema", "Juma", "Alemayehu", "Meseret", "Tsehay", "Lindiwe",
    "Themba", "Busisiwe", "Mpho", "Rania", "Hisham", "Tarek", "Ghada", "Walid", "Fadi", "Rasha",
    "Babak", "Arash", "Golnar", "Kourosh", "Cem", "Burak", "Elif", "Hülya", "Oğuz", "Yael", "Oren",
    "Tzvi", "Shlomit", "Nikhil", "Shreya", "Rohan", "Meenakshi", "Venkatesh", "Harleen", "Manpreet",
    "Imran", "Ayesha", "Nusrat", "Tahmina", "Jian", "Yan", "Lei", "Ting", "Shu-fen", "Chia-hao",
    "Takeshi", "Asuka", "Ren", "Sora", "Yuna", "Do-yoon", "Ha-eun", "Phuong", "Tuan", "Huong",
    "Khanh", "Nhung", "Rizalina", "Jocelyn", "Marites", "Wahyu", "Dewi", "Budi", "Malia", "Tevita",
    "Losana", "Winona", "Chayton", "Gunnar", "Astrid", "Sten", "Ragnhild", "Ulf", "Dagny", "Piotr",
    "Grażyna", "Przemysław", "Vojtěch", "Lajos", "Csilla", "Radu", "Ileana", "Dimitar", "Tsvetanka",
    "Goran", "Snežana", "Arben", "Giedrė", "Jānis", "Maarja", "Loïc", "Séverine", "Anaïs", "Iker",
    "Nerea", "Xabier", "Begoña", "Rocío", "Gonçalo", "Gianluca", "Ornella", "Hamish", "Morag",
    "Ailsa", "Rhodri", "Gwenllian", "Tadhg", "Ciarán", "Róisín", "Αθανάσιος", "Евгений", "Тарас",
    "رنا", "שרה", "ზურაბ", "Տիգրան", "ประยุทธ", "សុខា", "கமலா", "వెంకట", "सुनीता", "ਗੁਰਦੀਪ", "હર્ષ",
    "建国", "秀英", "花子", "예준", "하은", "Болд", "නිමල්", "መሰረት", "مریم",
)  # fmt: skip
V4_FAMILY = (
    "Plummer", "Glover", "Tucker", "Spooner", "Collier", "Sadler", "Cartwright", "Wainwright",
    "Brewer", "Farmer", "Forester", "Shoemaker", "Joiner", "Carver", "Bowyer", "Deacon", "Parsons",
    "Squire", "Baron", "Steward", "Queen", "Abbey", "Gates", "Wall", "Towers", "House", "Moon",
    "Star", "Rain", "Gale", "Cloud", "Mist", "Sky", "Rock", "Flint", "Meadows", "Thorn", "Bramble",
    "Oakes", "Birch", "Pine", "Cedar", "Laurel", "Vine", "Plum", "Peach", "Orchard", "Garden",
    "Bull", "Bear", "Badger", "Hare", "Hind", "Heron", "Sparrow", "Jay", "Peacock", "Nightingale",
    "Eagle", "Falcon", "Raven", "Rook", "Partridge", "Dove", "Salmon", "Trout", "Herring",
    "Haddock", "Bean", "Oats", "Barley", "Corn", "Wool", "Silk", "Copper", "Brass", "Tin", "Lead",
    "Diamond", "Jewell", "Sands", "Chalk", "Coal", "Sugar", "Honey", "Mustard", "Orange", "Olive",
    "Nutt", "Head", "Blood", "Bone", "Whitehead", "Blackwood", "Greenwood", "Redman", "Blue",
    "Pink", "Lilly", "Daisy", "Poppy", "Blossom", "Leaf", "Forest", "Holt", "Fern", "Light", "Dark",
    "Shade", "Morning", "Noon", "Friday", "Sunday", "Easter", "Noel", "Kind", "Merry", "Jolly",
    "Pretty", "Money", "Pound", "Nickel", "Free", "Fine", "He", "Mo", "Ip", "Ee", "Ok", "Wi", "Tu",
    "Ao", "Ai", "Na", "Ro", "Nnadi", "Chukwu", "Afolabi", "Ogunleye", "Balogun", "Adewale",
    "Appiah", "Ofori", "Acheampong", "Kiplagat", "Wanjiku", "Njoroge", "Girma", "Tadesse", "Alemu",
    "Ndlovu", "Sithole", "Mthembu", "Botha", "Pretorius", "Al-Masri", "Khoury", "Saab", "Mansour",
    "Barakat", "Jaber", "Farouk", "Rostami", "Jafari", "Esfahani", "Kaya", "Demirci", "Arslan",
    "Doğan", "Weinstein", "Rosenberg", "Shapiro", "Ben-Ami", "Mukherjee", "Bhattacharya",
    "Subramanian", "Raghavan", "Nair", "Pillai", "Joshi", "Trivedi", "Saxena", "Chaudhary",
    "Bhatia", "Ahluwalia", "Sethi", "Khatun", "Begum", "Hossain", "Sheikh", "Qadir", "Shrestha",
    "Thapa", "Rai", "Lama", "Wangchuk", "Perera", "Fernando", "Jayasuriya", "Liang", "Zhao", "Feng",
    "Deng", "Cai", "Yuan", "Jiang", "Tsai", "Kuo", "Lai", "Nakagawa", "Okada", "Hayashi",
    "Ishikawa", "Fukuda", "Song", "Jang", "Han", "Nam", "Vuong", "Quach", "Luong", "Dinh", "Ngo",
    "Reyes", "Bautista", "Mercado", "Soriano", "Villanueva", "Tupou", "Fifita", "Taufa", "Faleolo",
    "Kahale", "Nakoa", "Manuelito", "Harjo", "Bigman", "Lonetree", "Whitehorse", "Zimmermann",
    "Wagner", "Krüger", "Schäfer", "Lindström", "Berggren", "Åberg", "Sørensen", "Kristiansen",
    "Nieminen", "Heikkinen", "Kowalewski", "Zając", "Grabowska", "Dvořáková", "Procházka",
    "Novotný", "Farkas", "Balogh", "Popa", "Dumitrescu", "Georgiev", "Ivanović", "Hoxha",
    "Kazlauskas", "Bērziņš", "Tamm", "Rousseau", "Chevalier", "Lacroix", "Leclerc", "Moulin",
    "Bertrand", "Guerrero", "Ortega", "Delgado", "Vázquez", "Iglesias", "Echeverría", "Etxeberria",
    "Azevedo", "Ribeiro", "Magalhães", "Conti", "Marino", "Gallo", "van der Linden", "de Groot",
    "ten Brink", "D'Amico", "Du Toit", "al-Sabah", "Ben Salah", "El Idrissi", "Mac an tSaoir",
    "Ó Dónaill", "ap Rhys", "Dell'Orto", "Le Goff", "zur Mühlen", "bint Ahmed", "Abu Samra",
    "Van Buren", "Lo Bianco", "Nic Giolla Bhríde", "St. Germain", "Fitzwilliam", "Dela Cruz",
    "Лебедев", "Коваленко", "Αντωνίου", "林", "吴", "渡辺", "山本", "강", "윤", "조",
    "שפירא", "გოგოლაძე", "Մկրտչյան", "สุขสวัสดิ์", "ገብረ",
    "நாயர்", "মুখার্জি", "जोशी", "ਗਿੱਲ", "الخوري", "رستمی", "ហេង",
)  # fmt: skip
V4_EPONYM = (
    "Head and neck soft tissues are unremarkable.", "Blood pool phase shows increased uptake.",
    "Bone marrow signal is normal.", "Free fluid in the pelvis, small in volume.",
    "Fine needle aspiration of the thyroid nodule is advised.", "The bowel wall is not thickened.",
    "No mass in the pancreatic head.", "Cloud-like calcification in the cartilage.",
    "Lead apron shielding was used.", "Tin foil artifact from the dressing.",
    "Sandy appearance of the lung bases.", "Light sedation was given.",
    "Dark fluid signal in the cyst.", "Morning stiffness reported by the patient.",
    "Sunday admission for chest pain.", "Honey-comb pattern at the lung bases.",
    "Spine is straight on the frontal view.", "Pine cone pattern of the bladder.",
    "Kind regards from the imaging department.", "Orange peel appearance of the skin.",
    "Trendelenburg gait is noted.", "Hounsfield units measure 12.",
    "Ebstein anomaly is not present.", "Guillain-Barre syndrome is considered.",
    "Erb palsy of the left arm.", "Todd paralysis after the seizure.",
    "Marjolin ulcer at the scar.", "Adamkiewicz artery is not opacified.",
    "Spurling test was negative.", "Wallerian degeneration of the corticospinal tract.",
    "Gerdy tubercle avulsion.", "Stanford type B dissection.", "DeBakey type III dissection.",
    "Addison disease with small adrenals.", "Milwaukee shoulder is considered.",
    "Continue Tagrisso; hold Venclexta.", "On Rinvoq and Skyrizi.",
    "Started Brukinsa and Calquence.", "Taking Trikafta and Nurtec.",
    "Holding Xofluza; on Paxlovid.",
)  # fmt: skip


# Held-out v5: a fifth independent set, written before the rule changes that followed v4's
# measurement and generated with its own seed (``V5_SEED``). Templates are shaped like report
# headers, bodies, sign-offs, letters and dataset fields (CSV with semicolons, tab-separated rows,
# HL7 segments, XML attributes, YAML, JSON fragments, DICOM keywords as key=value) with ages in
# field forms no other list has ("Sex/Age: F/93", "93M", "93 years of age", "DOB/Age: ... (93 y)",
# "age_at_scan=93", "AGE AT STUDY: 93Y", a bare "Name, 93,", a few ages in words), and record,
# account, plan and licence numbers in shapes of their own (``value_of(..., v5=True)``: spaced
# digit groups, dotted encounter numbers, NHS and MBI-like plan numbers). None of the names occurs
# in any other list of this file or of the scrubber; about 40% of the family names are English
# words, several of them clinical or calendar words (Prior, Case, Nurse, Mole, Mass, March, May,
# Fall, Still, Wells), 12 are two letters (Uy, Sy, Co, Ni, Ke, Bu, Xi, Mu, Qu, Pe, Oi, Ea), and the
# clinical sentences use those words, eponyms that are also surnames and new drug names.
V5_SEED = 20261230
V5_TEMPLATES = (
    "RE: {NAME}   D.O.B. {DATE}   Hosp No: {MRN}",
    "Name (Last, First): {NAME}   Unit No. {MRN}   Sex/Age: F/{AGE}",
    "Age/Gender: {AGE}Y / M   Location: ED bay 7   FIN: {ACCOUNT}",
    "{AGE}M with chest pain, rule out pulmonary embolism.",
    "{AGE} F presenting with new confusion; {NAME} (son) gave the history.",
    "Reason for exam: {AGE} yr old female, unwitnessed fall on {DATE}.",
    "{AGE}-yr-old man, nursing home resident, referred by {NAME}.",
    "The patient is {AGE} years of age and lives at {GEO}.",
    "DOB/Age: {DATE} ({AGE} y)   Patient ID: {MRN}",
    "Age (years) .......... {AGE}",
    "AGE AT STUDY: {AGE}Y   REQ NO: {ACCOUNT}",
    "age_at_scan={AGE}&sex=F&enc={ACCOUNT}&ref={NAME}",
    '"subject_age": {AGE}, "subject_name": "{NAME}", "fin": "{ACCOUNT}"',
    "NK1|1|{NAME}|SPO^Spouse|{GEO}|{PHONE}",
    "OBR|1|{ACCOUNT}||71046^XR CHEST 2V|||{DATE}|||{NAME}",
    '<patient age="{AGE}" mrn="{MRN}" name="{NAME}"/>',
    '<Physician role="referring">{NAME}</Physician><Visit>{ACCOUNT}</Visit>',
    "patient;dob;age;fin\n{NAME};{DATE};{AGE};{ACCOUNT}",
    "patient:\n  name: {NAME}\n  age: {AGE}\n  hospital_number: {MRN}",
    "ReferringPhysicianName={NAME} PatientAge={AGE}Y AccessionNumber={ACCOUNT}",
    "FIN\t{ACCOUNT}\tAGE\t{AGE}\tATTENDING\t{NAME}",
    "{NAME} is a {AGE} yo nonsmoker referred for lung cancer screening.",
    "{NAME}, {AGE}, was seen in the falls clinic.",
    "A ninety-plus-year-old widow, {NAME}, from {GEO}.",
    "Attested electronically: {NAME}, MBBS FRCR, {DATE}",
    "Reporting radiologist: {NAME} (GMC {LICENSE})",
    "Cosigned: {NAME} MD PhD",
    "Dictating physician: {NAME}; transcriptionist: {NAME}",
    "Findings relayed to {NAME}, charge nurse, at 02:10 on {DATE}.",
    "Daughter ({NAME}) requests a copy; phone {PHONE}.",
    "Emergency contact: {NAME} (brother) {PHONE}",
    "Ward clerk {NAME} confirmed the booking.",
    "Seen alongside Prof. {NAME} at the MDT.", "cc: Dr. {NAME}, {GEO}",
    "From: {NAME} <{EMAIL}>  Sent: {DATE}",
    "FIN: {ACCOUNT} | CSN: {ACCOUNT} | HAR: {ACCOUNT}", "Specimen label: {ACCOUNT} / {NAME}",
    "NHS No: {HEALTH_PLAN}; Medicare {HEALTH_PLAN}.",
    "Pt home address: {GEO}; mobile {PHONE}; fax {FAX}.",
    "ICD generator serial {DEVICE}; plate {VEHICLE}; passport {LICENSE}.",
    "Login from {IP}; report link {URL}; SSN {SSN}.",
    "Returned {DATE}: {NAME}, {AGE}yo, unchanged.", "Interpreter: {NAME} (Vietnamese).",
    "Mr {NAME}'s wife reports a fall at home.", "Kind regards,\n{NAME}\nConsultant Radiologist",
)  # fmt: skip
V5_GIVEN = (
    "Cody", "Brandy", "Tammy", "Stacy", "Rhonda", "Darlene", "Gladys", "Mildred", "Agnes",
    "Eugene", "Lloyd", "Floyd", "Homer", "Virgil", "Otis", "Clyde", "Elmer", "Herschel", "Delbert",
    "Norma", "Edna", "Myrtle", "Ethel", "Irma", "Bertha", "Wilma", "Lorraine", "Dolores",
    "Gwendolyn", "Jolene", "Meadow", "Harbor", "Haven", "Breeze", "Marina", "Coral", "Ember",
    "Sunshine", "Rebel", "Ranger", "Will", "Art", "Rob", "Don", "Sam", "Max", "Les", "Val",
    "Gene", "Kit", "Nat", "Jan", "Dot", "Norm", "Terry", "Vy", "Ky", "Zi", "Mi", "Ia", "Chidi",
    "Ebere", "Kelechi", "Obiageli", "Tolulope", "Femi", "Bukola", "Segun", "Kwaku", "Abena", "Esi",
    "Nana", "Ato", "Wairimu", "Mumbua", "Akinyi", "Genet", "Lemlem", "Yonas", "Sizwe",
    "Nokuthula", "Thabo", "Palesa", "Tatenda", "Rudo", "Chipo", "Mandla", "Ousmane", "Aminata",
    "Mariama", "Fatou", "Moussa", "Boubacar", "Anwar", "Jamila", "Saeed", "Hoda", "Marwan", "Lina",
    "Bassam", "Dalia", "Ziad", "Navid", "Parvin", "Mahsa", "Farid", "Ebru", "Selin", "Murat",
    "Tuğba", "Kerem", "Deniz", "Aditya", "Kiran", "Sneha", "Vivek", "Sanjay", "Pallavi", "Raghav",
    "Divya", "Gaurav", "Mahesh", "Jaspreet", "Simran", "Shabnam", "Rafiq", "Ruksana", "Chaminda",
    "Dilani", "Prakash", "Sabitri", "Wen", "Xin", "Qiang", "Hui", "Mingyu", "Riku", "Aoi",
    "Hinata", "Mio", "Kaito", "Tsubasa", "Soo-ah", "Hye-jin", "Dong-wook", "Jae-won", "Bao",
    "Trang", "Hieu", "Dung", "Thuy", "Kiet", "Chau", "Dara", "Bopha", "Arunee", "Kittisak",
    "Nattapong", "Siti", "Agus", "Putri", "Jomar", "Maricel", "Rodel", "Lorna", "Bjarne",
    "Torstein", "Solveig", "Liisa", "Pekka", "Ilkka", "Kasper", "Mette", "Joost", "Sanne",
    "Femke", "Wim", "Griet", "Thibault", "Solène", "Gaëlle", "Enzo", "Chiara", "Matteo", "Ilaria",
    "Paolo", "Lorenzo", "Raffaella", "Pilar", "Álvaro", "Consuelo", "Fermín", "Nuno", "Leonor",
    "Mihai", "Ioana", "Zdeněk", "Jarmila", "Marek", "Jadwiga", "Bronisław", "Teodora", "Milica",
    "Nikola", "Mirjana", "Gergely", "Réka", "Kalle", "Aušra", "Rimantas", "Ieva", "Ilze",
    "Kristaps", "Kanoa", "Makana", "Ikaika", "Lokelani", "Hemi", "Wiremu", "Mere", "Sefa", "Tala",
    "Lusia", "Onawa", "Dyami", "Tallulah", "Nayeli", "Yoselin",
    "Людмила", "Олег", "Ярослав", "Κωνσταντίνος", "Δέσποινα", "志强", "丽华", "翼", "ひなた",
    "도현", "서윤", "ليلى", "كريم", "نرگس", "אליה", "מיכל", "თამარ", "Լիլիթ", "วิชัย", "ສົມພອນ",
    "ដារ៉ា", "अनीता", "তানিয়া", "செல்வி", "లక్ష్మి", "મીના", "ਜਸਲੀਨ", "කමල්", "ሄለን", "དོལ་མ",
    "Сарангэрэл",
)  # fmt: skip
V5_FAMILY = (
    "Prior", "Case", "Nurse", "March", "May", "Wells", "Street", "Vale", "Swan", "Gosling",
    "Swallow", "Lark", "Starling", "Kite", "Bunting", "Arrow", "Bolt", "Nail", "Marble", "Slate",
    "Keen", "Still", "Quick", "Fair", "True", "Grey", "Lavender", "Sable", "Scarlett", "Beard",
    "Heartwell", "Bloodworth", "Bonebrake", "Coffin", "Paine", "Early", "Eve", "Summers", "Munday",
    "Weekes", "Hammer", "Lock", "Keys", "Fountain", "Pond", "Weir", "Valley", "Ridge", "Shore",
    "Coast", "Harbour", "Dock", "Sailor", "Shipman", "Seaman", "Spearman", "Chamberlain",
    "Constable", "Sheriff", "Bailey", "Warden", "Reeve", "Mayor", "Clerk", "Painter", "Glazier",
    "Wheeler", "Wright", "Taylor", "Miller", "Webb", "Fuller", "Skinner", "Barker", "Booker",
    "Bowler", "Hatter", "Chandler", "Spicer", "Tinker", "Vintner", "Butcher", "Shepard",
    "Gardener", "Woodward", "Hayward", "Fielder", "Ploughman", "Driver", "Rider", "Drover",
    "Stringer", "Roper", "Alder", "Hawthorne", "Bracken", "Briar", "Moor", "Mires", "Sedge",
    "Thistle", "Nettle", "Clover", "Primrose", "Parsley", "Mint", "Almond", "Chestnut", "Apple",
    "Lime", "Wolfe", "Lyon", "Kidd", "Hogg", "Bullock", "Steer", "Colt", "Hound", "Mole", "Stork",
    "Gull", "Kestrel", "Buzzard", "Hawkes", "Night", "Starr", "Hail", "Rainey", "Tempest",
    "Windsor", "Mass", "Bowell", "Shinn", "Hipp", "Armstrong", "Stables", "Upright", "Lowe",
    "Fall", "Butt", "Sun", "Pan", "Klein", "Strand",
    "Uy", "Sy", "Co", "Ni", "Ke", "Bu", "Xi", "Mu", "Qu", "Pe", "Oi", "Ea",
    "Okeke", "Nwankwo", "Adeleke", "Olawale", "Ogundipe", "Akande", "Oyebanji", "Fashola", "Osei",
    "Amoah", "Darko", "Boakye", "Asamoah", "Mutua", "Kariuki", "Odhiambo", "Chebet", "Kipchoge",
    "Mekonnen", "Assefa", "Kebede", "Hailu", "Dube", "Mahlaba", "Coetzee", "Venter", "Keita",
    "Coulibaly", "Sow", "Gueye", "Faye", "Sarr", "Mbaye", "Diop", "Al-Zahrani", "Nassar",
    "Hamdan", "Darwish", "Sabbagh", "Shaheen", "Qasim", "Tahan", "Ghorbani", "Sadeghi", "Mousavi",
    "Kazemi", "Bagheri", "Nazari", "Kılıç", "Aktaş", "Erdem", "Güneş", "Özdemir", "Şimşek",
    "Peretz", "Bar-Lev", "Ben-Haim", "Dahan", "Biton", "Azoulay", "Agarwal", "Kapoor", "Mehta",
    "Desai", "Rao", "Naidu", "Gowda", "Hegde", "Shetty", "Ganguly", "Sengupta", "Bose", "Dutta",
    "Sarkar", "Islam", "Bhandari", "Adhikari", "Magar", "Wickramasinghe", "Dissanayake", "Mirza",
    "Awan", "Khan", "Guo", "Luo", "Zheng", "Gao", "Tian", "Fang", "Shi", "Hou", "Mao", "Qian",
    "Bai", "Kong", "Yin", "Saito", "Kato", "Yamaguchi", "Matsuda", "Ogawa", "Endo", "Aoki",
    "Fujita", "Nishimura", "Hasegawa", "Murakami", "Kondo", "Sakamoto", "Yoo", "Seong", "Ryu",
    "Kwon", "Jin", "Bae", "Noh", "Byun", "Yang", "Huynh", "Phan", "Truong", "Lam", "Doan",
    "Dizon", "Macaraeg", "Pangilinan", "Manalo", "Lacson", "Tolentino", "Aquino", "Wijaya",
    "Susanto", "Hartono", "Nugroho", "Siregar", "Simanjuntak", "Chaiyaporn", "Saetang", "Chhim",
    "Meas", "Phommachanh", "Thein", "Ganbold", "Schulz", "Becker", "Koch", "Richter", "Neumann",
    "Schwarz", "Braun", "Hartmann", "Lange", "Krause", "Vogel", "Jäger", "Böhm", "Weiß", "Jansen",
    "Bakker", "Visser", "Smit", "Mulder", "Vos", "Dekker", "Hendriks", "Peeters", "Maes",
    "Andersson", "Nilsson", "Eriksson", "Larsen", "Hansen", "Pedersen", "Haugland", "Solberg",
    "Bakken", "Holm", "Dahl", "Björklund", "Laine", "Koskinen", "Järvinen", "Hämäläinen",
    "Jankauskas", "Petrauskaitė", "Ozols", "Kalniņa", "Saar", "Kask", "Wróbel", "Mazur",
    "Krawczyk", "Kaczmarek", "Pawlak", "Michalska", "Szymański", "Svoboda", "Černý", "Veselá",
    "Kučera", "Horák", "Varga", "Molnár", "Németh", "Lakatos", "Munteanu", "Constantinescu",
    "Stoica", "Nikolić", "Jovanovska", "Đorđević", "Babić", "Hadžić", "Krasniqi", "Berisha",
    "Alexiou", "Dimitriou", "Vlachos", "Russo", "Fontana", "Rinaldi", "Caruso", "Lombardi",
    "Moretti", "Barbieri", "Galli", "Mercier", "Blanchard", "Gauthier", "Perrin", "Roussel",
    "Lemaire", "Dupont", "Caron", "Gagnon", "Tremblay", "Bouchard", "Côté", "Pelletier", "Ouellet",
    "Herrera", "Medina", "Aguilar", "Rojas", "Paredes", "Cabrera", "Salazar", "Zúñiga", "Peña",
    "Ibáñez", "Muñoz", "Espinoza", "Villalobos", "Choque", "Ticona", "Yupanqui", "Barros",
    "Teixeira", "Moura", "Cardoso", "Nascimento", "Araújo", "MacNeil", "McGregor", "Lamont",
    "Urquhart", "Cadwaladr", "Llewellyn", "Yellowbird", "Kealamakia", "Kalua", "Akana", "Tuilagi",
    "Leota", "Fonoti", "Parata", "Tipene", "Tamihana", "Kilabuk", "Anaviapik",
    "van de Velde", "op den Akker", "in 't Veld", "de Wit", "Vandermeer", "af Klint",
    "de la Fuente", "degli Esposti", "Dalla Valle", "De Santis", "Pardo y Ruiz", "Lima e Castro",
    "ibn Saud", "Ait Ouali", "Abdel Malek", "Bou Diab", "Ua Buachalla", "Mhic Aoidh", "Ní Mhurchú",
    "ab Owain", "Te Whiu", "Two Bulls", "Sainte-Croix", "Van Wyk", "anak Ujang",
    "Орлова", "Зайцев", "Бондаренко", "Ткаченко", "Μαυρίδης", "Κωνσταντίνου", "郭", "罗", "加藤",
    "斎藤", "임", "배", "권", "الزهراني", "النجار", "موسوی", "פרץ", "אזולאי", "კაპანაძე",
    "Հովհաննիսյան", "แซ่ตั้ง", "ພົມມະຈັນ", "ជា", "अग्रवाल", "বসু", "சுப்பிரமணியன்", "రెడ్డి",
    "ਸੰਧੂ", "મહેતા", "පෙරේරා", "ከበደ", "ལྷ་མོ", "Ганболд",
)  # fmt: skip
V5_STREETS = ("Linden", "Quarry Hill", "Tamarack", "Old Mill Race", "Juniper", "Cobblestone")
V5_CITIES = ("Muncie", "Ypsilanti", "Yakima", "Nacogdoches", "Cheyenne", "Skokie", "Pocatello")
# Clinical sentences with the v5 family names as plain words (prior, case, nurse, mole, mass,
# march, may, fall, still, wells, sun, pan), eponyms that are also surnames and drug names none
# of the other lists has.
V5_EPONYM = (
    "Prior examination is not available for comparison.",
    "Case discussed at the multidisciplinary conference.", "Nurse practitioner note reviewed.",
    "Mole on the upper back is unchanged.", "Mass effect on the third ventricle is absent.",
    "March fracture of the second metatarsal.", "May-Thurner anatomy of the left iliac vein.",
    "Fall from standing height onto the right hip.", "Still disease with polyarthritis.",
    "Wells score is low; D-dimer is pending.", "Sun exposure history is noted.",
    "Pan-scan was negative for injury.", "Early arterial phase images show no leak.",
    "True lumen is compressed by the false lumen.", "Swan neck deformity of the fingers.",
    "Fair image quality because of motion.", "Marble bone appearance suggests osteopetrosis.",
    "Lynch syndrome with a right colon mass.", "Down syndrome with atlantoaxial instability.",
    "Hartmann pouch without leak.", "Bouchard nodes of the proximal interphalangeal joints.",
    "Heberden nodes and Dupuytren contracture.", "Riedel lobe of the liver.",
    "Waldeyer ring is symmetric.", "Batson plexus may explain the spread.",
    "Erlenmeyer flask deformity of the femora.", "Gaucher disease with splenomegaly.",
    "Ogilvie syndrome with colonic dilatation.", "Mirizzi syndrome is suspected.",
    "Wilms tumor of the left kidney.", "Burkitt lymphoma of the ileocecal region.",
    "Dieulafoy lesion of the gastric fundus.", "Bezold abscess below the mastoid tip.",
    "Rolando fracture at the base of the thumb.", "Kanavel signs are absent.",
    "Continue Leqembi; hold Kerendia.", "Patient on Tresiba and Camzyos.",
    "Started Cabenuva; off Verquvo.", "Zofran and Toradol given before the scan.",
    "Taking Flomax, Protonix and Cymbalta.", "Max diameter of the aneurysm is 4.1 cm.",
    "Gene panel results are pending.", "Will return for repeat imaging in six weeks.",
)  # fmt: skip
_V5_ONES = ("", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine")


def _v5_age(rng: random.Random) -> str:
    n = rng.randrange(90, 106)
    if rng.random() < 0.05 and n < 100:  # in words, as some dictations spell it
        return "ninety" + _V5_ONES[n - 90]
    return str(n)


def _v5_value(kind: str, rng: random.Random) -> str | None:
    """The v5 shapes of a kind, or None where v5 uses the common ones."""
    if kind == "NAME":
        given, family = person(rng, v5=True)
        r = rng.random()
        if r < 0.06:  # a header's "FAMILY, Given"
            return f"{family.upper()}, {given}"
        if r < 0.11:  # HL7 with a middle initial
            return f"{family}^{given}^{rng.choice('ABCDEFGHJKLMNPRSTW')}"
        if r < 0.15:  # a double-barrelled family name
            return f"{given} {family}-{rng.choice(V5_FAMILY)}"
        if r < 0.19:  # family name first, no comma
            return f"{family} {given}"
        if r < 0.23 and given[0].isascii() and given[0].isalpha():  # two initials
            return f"{given[0]}. {rng.choice('ABCDEFGHJKLMNPRSTW')}. {family}"
        return name_text(rng, given, family)
    if kind == "AGE":
        return _v5_age(rng)
    if kind == "MRN":
        return rng.choice(
            (f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", f"H{_digits(rng, 7)}",
             f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 1)}")
        )  # fmt: skip
    if kind == "ACCOUNT":
        yy = rng.randrange(15, 27)
        return rng.choice(
            (f"FIN{_digits(rng, 8)}", f"{yy}-{_digits(rng, 6)}", f"E{yy}.{_digits(rng, 5)}",
             f"{yy}R{_digits(rng, 5)}", _digits(rng, 10),
             f"HAR {_digits(rng, 4)} {_digits(rng, 4)}")
        )  # fmt: skip
    if kind == "HEALTH_PLAN":
        a = "ACDEFGHJKMNPQRTUVWXY"
        return rng.choice(
            (f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
             f"{rng.randrange(1, 10)}{rng.choice(a)}{rng.choice(a)}{_digits(rng, 1)}-"
             f"{rng.choice(a)}{rng.choice(a)}{_digits(rng, 1)}-{rng.choice(a)}{rng.choice(a)}"
             f"{_digits(rng, 2)}")
        )  # fmt: skip
    if kind == "LICENSE":
        return rng.choice(
            (_digits(rng, 7), f"K{_digits(rng, 8)}",
             f"D{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}")
        )  # fmt: skip
    if kind == "DEVICE":
        return rng.choice((f"RNF{_digits(rng, 6)}H", f"MDT-{_digits(rng, 6)}-S"))
    if kind == "GEO":
        return rng.choice(
            (f"{rng.randrange(1, 999)} {rng.choice(V5_STREETS)} {rng.choice(STREET_KINDS)}, "
             f"Apt {rng.randrange(1, 30)}{rng.choice('ABCD')}",
             f"{rng.choice(V5_CITIES)}, {rng.choice(STATES)} {_digits(rng, 5)}-{_digits(rng, 4)}",
             f"{rng.choice(V5_CITIES)}, {rng.choice(STATES)}", f"PO Box {rng.randrange(10, 9999)}",
             f"Rural Route {rng.randrange(1, 9)}, {rng.choice(V5_CITIES)}")
        )  # fmt: skip
    if kind in ("PHONE", "FAX"):
        return rng.choice(
            (f"07{_digits(rng, 3)} {_digits(rng, 6)}",
             f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
             f"({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)} x{_digits(rng, 3)}",
             f"1-800-{_digits(rng, 3)}-{_digits(rng, 4)}")
        )  # fmt: skip
    if kind == "DATE":
        d = date(1930, 1, 1) + timedelta(days=rng.randrange(365 * 94))
        nth = "th" if 4 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        clock = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        return rng.choice(
            (f"{d.day}{nth} of {d.strftime('%B')} {d.year}", f"{d.isoformat()} {clock}",
             f"{d.day:02d}-{d.strftime('%b').upper()}-{d.year}", a_date(rng))
        )  # fmt: skip
    if kind == "EMAIL":
        g, f = person(rng, v5=True)
        local = "".join(c for c in f"{g[:1]}{f}".lower() if c.isascii() and c.isalnum())
        domain = rng.choice(("nhs.net", "proton.me", "icloud.com"))
        return f"{local or 'pt'}.{_digits(rng, 2)}@{domain}"
    return None


# The v6 lists: the held-out row since 2026-11-30's fifth round, written before that round's rule
# changes and not run while they were made (seed ``V6_SEED``). Templates: report headers and
# bodies, letters and sign-offs, dataset rows in CSV, TSV, HL7, XML, JSON, YAML and key=value
# form; IDs in dotted, spaced, slashed and prefixed shapes, dates with weekdays, ordinals and
# slashed month names, ages with and without a key and in words, phones with country codes and
# extensions, addresses with flats, lots and rural boxes (``value_of(..., v6=True)``). None of the
# names occurs in any other list of this file or of the scrubber; many family names are English
# words (some clinical: Bland, Lean, Broad, Ache, Hurt, Bed, Stiff), 7 are two letters (Oo, Aw,
# Ow, Eu, Oy, Ey, Wo), and the clinical sentences use those words.
V6_SEED = 20270107
V6_TEMPLATES = (
    "PATIENT: {NAME}    MRN#: {MRN}    DOB: {DATE}    AGE: {AGE}",
    "Pt. Name ......... {NAME}\nRecord No ........ {MRN}\nVisit No ......... {ACCOUNT}",
    "Surname: {NAME}  Chart: {MRN}  Adm: {DATE}",
    "EXAM DATE: {DATE}   ACC#: {ACCOUNT}   ORDERING: {NAME}",
    "Requested by {NAME} on {DATE} (visit {ACCOUNT}).",
    "Study performed {DATE}; compared with the outside films of {DATE}.",
    "This {AGE} year old gentleman was brought in by his grandson, {NAME}.",
    "Elderly lady aged {AGE}, found on the floor by her carer {NAME}.",
    "HISTORY: {AGE}yo F, frail, fall.",
    "History: {AGE} years, male, known COPD.",
    "The patient, now {AGE}, declines further imaging.",
    "Centenarian ({AGE}) with hip pain.",
    "Dear {NAME},\nThank you for referring Mrs {NAME}, aged {AGE}, whom I saw on {DATE}.",
    "Dear Dr {NAME}, re your patient {NAME} (hospital no. {MRN}).",
    "Yours sincerely,\n\n{NAME}\nSpecialist Registrar in Radiology",
    "With best wishes, {NAME} - Consultant Neuroradiologist",
    "Electronically signed by: {NAME} on {DATE}",
    "Verified: {NAME}, DO ({DATE})",
    "Read by {NAME} and {NAME}; discussed with {NAME} at {PHONE}.",
    "Results phoned to {NAME} on ext. {PHONE} at 14:05.",
    "Next of kin: {NAME} (niece), tel {PHONE}, lives at {GEO}.",
    "Patient resides at {GEO}.", "Address on file: {GEO}",
    "Transferred from {GEO} by ambulance on {DATE}.",
    "Callback number {PHONE}; fax number {FAX}.", "Tel: {PHONE}  Fax: {FAX}",
    "Policy number {HEALTH_PLAN}; group {ACCOUNT}.", "Member ID: {HEALTH_PLAN}",
    "Social Security: {SSN}", "DL# {LICENSE} (state issued)",
    "Implant: loop recorder s/n {DEVICE}.",
    "Car registration {VEHICLE} noted on the incident form.",
    "Nonagenarian, {AGE}, with advanced dementia.", "Aged {AGE}; lives alone.",
    "Portal: {URL}  (last access {IP})", "Email the patient at {EMAIL} if needed.",
    "name,age,mrn,exam_date\n{NAME},{AGE},{MRN},{DATE}",
    "PATIENT_NAME\tPATIENT_AGE\tENCOUNTER\n{NAME}\t{AGE}\t{ACCOUNT}",
    "PID|1||{MRN}^^^HOSP^MR||{NAME}||{DATE}|F|||{GEO}||{PHONE}",
    "PV1|1|I|4W^412^B||||{NAME}|||||||||||{ACCOUNT}",
    "<Subject><Name>{NAME}</Name><Age>{AGE}</Age><MRN>{MRN}</MRN></Subject>",
    '"full_name": "{NAME}", "age": "{AGE}", "encounter": "{ACCOUNT}"',
    "- name: {NAME}\n  age: {AGE}\n  record: {MRN}\n  seen: {DATE}",
    "patient.name={NAME}; patient.age={AGE}; visit.id={ACCOUNT}; visit.date={DATE}",
    "PatientName: {NAME} | PatientID: {MRN} | StudyDate: {DATE}",
    "{NAME} ({AGE}) - follow-up CT thorax.",
    "Mr. {NAME} of {GEO} presented on {DATE}.",
    "Ms {NAME}'s husband, {NAME}, signed the consent.",
    "Chaperone present: {NAME}, HCA.", "Sonographer: {NAME}",
    "Discussed with on-call registrar {NAME} via bleep {PHONE}.",
    "Hospital number {MRN}, NHS {HEALTH_PLAN}.", "Encounter {ACCOUNT} / order {ACCOUNT}",
)  # fmt: skip
V6_GIVEN = (
    "Paisley", "Bentley", "Ryker", "Nevaeh", "Kinsley", "Waylon", "Everly", "Beau", "Rhett",
    "Dixie", "Loretta", "Bay", "Ike", "Sid", "Tad", "Zeb", "Ada", "Eda", "Ola", "Una", "Chinonso",
    "Babajide", "Atieno", "Tsegaye", "Zanele", "Kudzai", "Farai", "Mamadou", "Aissatou", "Seydou",
    "Fatoumata", "Samir", "Nabil", "Yasmin", "Shirin", "Meera", "Rohit", "Harpreet", "Tanvir",
    "Sumaiya", "Nimal", "Thilini", "Bishnu", "Sunita", "Ping", "Yui", "Sota", "Ji-hoon", "Sokha",
    "Chanthy", "Malee", "Rizal", "Wayan", "Jericho", "Rosalind", "Sigrid", "Leif", "Rasmus",
    "Maarten", "Lieke", "Bram", "Anouk", "Margaux", "Théo", "Beatrice", "Francesca", "Joaquim",
    "Bohdana", "Vesna", "Ildikó", "Liis", "Vaida", "Kainoa", "Xóchitl", "Светлана", "Дмитрий",
    "Αθηνά", "蓮", "فاطمة", "يوسف", "شیرین", "יוסף", "ສຸກ", "प्रिया", "সুমাইয়া", "கார்த்திக்",
    "శ్రీనివాస్", "ਗੁਰਪ੍ਰੀਤ", "નયના", "ትዕግስት", "Jaylen", "Kendrick", "Tatum", "Braxton", "Maddox",
    "Raylan", "Oaklyn", "Emberly", "Saylor", "Brynlee", "Haisley", "Zaylee", "Kashton", "Cove",
    "Briggs", "Crew", "Onyx", "Zion", "Valor", "Lennox", "Brixton", "Juniper", "Clementine",
    "Marigold", "Posy", "Dahlia", "Bryony", "Tansy", "Sorrel", "Linnet", "Thorne", "Quill",
    "Ellery", "Auden", "Fitz", "Tam", "Gus", "Hal", "Lew", "Ozzie", "Vic", "Wes", "Ric", "Cleo",
    "Fay", "Gil", "Ida", "Ina", "Iva", "Lyn", "Mae", "Nell", "Tess", "Chukwudi", "Amarachi",
    "Somto", "Oluchi", "Ayodele", "Adunni", "Adwoa", "Ekow", "Kamande", "Muthoni", "Nyambura",
    "Awino", "Selamawit", "Bereket", "Sibusiso", "Rutendo", "Tafadzwa", "Nyasha", "Aboubacar",
    "Mariam", "Kadiatou", "Souleymane", "Ibrahima", "Imad", "Rami", "Maha", "Kian", "Soraya",
    "Behrouz", "Yasaman", "Orhan", "Tolga", "Aslı", "Onur", "Abhishek", "Aishwarya", "Kunal",
    "Priyanka", "Navjot", "Farhana", "Rubel", "Kasun", "Dinithi", "Sabin", "Ruoxi", "Zihan",
    "Yuxuan", "Haoran", "Jiayi", "Hana", "Sayaka", "Jiwoo", "Seojun", "Quynh", "Thao", "Vannak",
    "Sreyleak", "Pornthip", "Anong", "Bayu", "Ketut", "Nyoman", "Rosalinda", "Imelda", "Halvard",
    "Torunn", "Sini", "Jukka", "Mikko", "Frederikke", "Mads", "Sander", "Floor", "Jelle",
    "Brecht", "Clémence", "Yann", "Ambre", "Corentin", "Elio", "Ottavio", "Ainhoa", "Rui",
    "Sorin", "Oana", "Radka", "Grzegorz", "Stanislava", "Zoran", "Bence", "Enikő", "Mart",
    "Kadri", "Jurgis", "Laima", "Kawika", "Tamati", "Anahera", "Losa", "Siosaia", "Kimimela",
    "Citlali", "Yareli", "Xiomara", "Алевтина", "Всеволод", "Ευανθία", "Σπύρος", "海燕", "俊杰",
    "陽翔", "ゆい", "ريم", "سامي", "یاسمن", "טליה", "אביגיל", "ლევანი", "ปราณี", "ບຸນມີ", "ស្រីលក្ខណ៍",
    "दीपिका", "রুবেল", "மீனாட்சி", "ਨਵਜੋਤ", "હેતલ", "දිනිති", "ሰላማዊት", "Оюун", "Anne-Sophie",
)  # fmt: skip
V6_FAMILY = (
    "Bland", "Pitt", "Lean", "Broad", "Goodbody", "Hearty", "Lusty", "Elder", "Abbot", "Priest",
    "Iron", "Sommer", "Morrow", "Robins", "Rabbit", "Ashby", "Reeds", "Flax", "Obi", "Moyo",
    "Banda", "Phiri", "Cissé", "Ndiaye", "Saleh", "Rahimi", "Yilmaz", "Chowdhury", "Jung", "Cho",
    "Sok", "Chea", "Wongsakul", "Santoso", "Gunawan", "Fischer", "Janssens", "Novotná",
    "Georgiou", "Bernard", "Lefèvre", "Fournier", "Fortin", "Lévesque", "Rewiti", "Смирнова", "李",
    "田中", "김", "حداد", "منصور", "حسینی", "ວົງສາ", "សុខ", "ஐயர்", "నాయుడు", "ਸਿੱਧੂ", "ජයසූරිය",
    "Бат", "Meek", "Brave", "Proud", "Gay", "Blyth", "Stiff", "Pick", "Crook", "Bent", "Ache",
    "Hurt", "Bed", "Lamp", "Horn", "Drum", "Pipe", "Tubb", "Cup", "Pott", "Jugg", "Kettle",
    "Spoon", "Ladle", "Brush", "Comb", "Pinn", "Latch", "Hinge", "Rafter", "Beam", "Gable",
    "Chimney", "Greenway", "Westbrook", "Eastwood", "Northcott", "Southgate", "Upton", "Milford",
    "Ashdown", "Fernhill", "Oakley", "Thornbury", "Hollins", "Quarrie", "Saltmarsh", "Cliffe",
    "Dunn", "Glenn", "Craig", "Lough", "Loch", "Tarn", "Beck", "Ings", "Carr", "Hurst", "Lea",
    "Wray", "Plover", "Linnett", "Teal", "Goose", "Osprey", "Owl", "Otter", "Beaver", "Stoat",
    "Weasel", "Ferret", "Roe", "Doe", "Stagg", "Bullen", "Cowell", "Oxley", "Pigg", "Ramm",
    "Goat", "Mare", "Onion", "Leek", "Pease", "Oates", "Rye", "Hopp", "Grape", "Figg", "Iwu",
    "Anyanwu", "Uzor", "Ibe", "Ogbu", "Oladipo", "Ayodeji", "Ojo", "Quartey", "Addo", "Antwi",
    "Agyeman", "Gyamfi", "Wekesa", "Njenga", "Waweru", "Chikwanha", "Mupfumira", "Toure",
    "Konate", "Camara", "Sylla", "Bah", "Barry", "Sangare", "Hijazi", "Awad", "Harb", "Taheri",
    "Patil", "Chauhan", "Rathore", "Sidhu", "Sarker", "Akter", "Bandara", "Rajapaksa",
    "Ranasinghe", "Karki", "Zhu", "Peng", "Shimizu", "Duong", "Chhay", "Keo", "Thongchai",
    "Rattanakul", "Siriwat", "Prasetyo", "Halim", "Gatchalian", "Dimaculangan", "Ocampo",
    "Schmitz", "Wolff", "Kaiser", "Lorenz", "Meijer", "Leeuwen", "Claes", "Wouters", "Söderberg",
    "Lindahl", "Kowalska", "Wieczorek", "Kratochvíl", "Dumitru", "Radulescu", "Stanković", "Ilić",
    "Kostopoulos", "Antoniou", "Bruno", "Mancini", "Leroy", "Boucher", "Gauvin", "Lapointe",
    "Rocha", "Rhydderch", "Sapolu", "Faleafa", "Tawhiri", "Horomona", "Петренко", "Соколова", "周",
    "이", "خوری", "رحمانی", "מזרחי", "גבאי", "วงศ์ทอง", "ແກ້ວມະນີ", "রহমান", "రావు", "ਗਰੇਵਾਲ",
    "જોશી", "බණ්ඩාර", "በቀለ", "Дорж", "Yellow Horse", "Oo", "Aw", "Ow", "Eu", "Oy", "Ey", "Wo",
    "van Leeuwen", "von der Aue", "da Rocha", "al-Hijazi", "Ben Ammar", "le Gall", "dos Anjos",
)  # fmt: skip
V6_STREETS = ("Birch Crescent", "Harrow", "Wisteria", "Saddleback", "Tulip Tree", "Foxglove")
V6_CITIES = ("Kalamazoo", "Tuscaloosa", "Walla Walla", "Bemidji", "Chillicothe", "Opelousas")
# Clinical sentences with the v6 family names as plain words, eponyms and drug names.
V6_EPONYM = (
    "Bland infarct without hemorrhagic transformation.", "Sharp margins of the lesion.",
    "Lean body mass is reduced.", "Large pleural effusion on the left.",
    "Small bowel loops are not dilated.", "Short segment stenosis of the left renal artery.",
    "Long bone survey is negative.", "Broad-based disc bulge at L4-5.",
    "Young adult with acute appendicitis.", "Major fissure is thickened.",
    "Heath report of the left eye is pending.", "Spring ligament tear.",
    "Frost bite of the toes.", "Moon face and buffalo hump suggest Cushing syndrome.",
    "Bird beak appearance of the distal esophagus.", "Crane hook sign absent.",
    "Rabbit ear appearance of the vertebral body.", "Salmon patch on the nape.",
    "Rose spots on the abdomen.", "Cotton wool spots in the retina.",
    "Baker cyst in the popliteal fossa.", "Marshall classification grade II.",
    "Monk position was used for drainage.", "Love sign positive at the nail bed.",
    "Hill-Sachs lesion of the humeral head.", "Bankart lesion of the glenoid.",
    "Pott disease of the thoracic spine.", "Brodie abscess of the distal tibia.",
    "Kienböck disease of the lunate.", "Legg-Calvé-Perthes disease on the right.",
    "Sever disease of the calcaneal apophysis.", "Scheuermann kyphosis.",
    "Kümmell disease of L1.", "Charcot foot with midfoot collapse.",
    "Maisonneuve fracture of the proximal fibula.", "Tillaux fracture of the distal tibia.",
    "Segond fracture of the lateral tibial plateau.", "Jefferson fracture of C1.",
    "Started Mounjaro; continue Jardiance.", "On Eliquis and Entresto.",
    "Given Dilaudid and Narcan.", "Taking Keppra, Lamictal and Vimpat.",
    "Pitt score is documented.", "Gold standard is biopsy.", "Bed rest was advised.",
    "Stiff neck without meningism.", "Ache in the left flank for two days.",
    "Horn of the lateral meniscus is torn.", "Beam hardening artifact from the prosthesis.",
    "Pipe stem appearance of the colon.", "Hurt knee after a twisting injury.",
)  # fmt: skip


def _v6_age(rng: random.Random) -> str:
    n = rng.randrange(90, 106)
    if rng.random() < 0.07 and n < 100:  # in words, with a space or a hyphen
        ones = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")[n - 90]
        return "ninety" + (rng.choice((" ", "-")) + ones if ones else "")
    return str(n)


def _v6_value(kind: str, rng: random.Random) -> str | None:
    """The v6 shapes of a kind, or None where v6 uses the common ones."""
    if kind == "NAME":
        given, family = person(rng, v6=True)
        r = rng.random()
        if r < 0.06:  # FAMILY^GIVEN^MIDDLE^^TITLE
            return f"{family.upper()}^{given.upper()}^^^{rng.choice(('MR', 'MRS', 'DR'))}"
        if r < 0.11:  # "Family, G."
            return f"{family}, {given[0]}." if given[0].isalpha() else f"{family}, {given}"
        if r < 0.15:  # given name with a nickname
            return f'{given} "{rng.choice(V6_GIVEN)}" {family}'
        if r < 0.19:  # two family names
            return f"{given} {family} {rng.choice(V6_FAMILY)}"
        if r < 0.22:  # all-capitals family, title case given
            return f"{family.upper()} {given}"
        return name_text(rng, given, family)
    if kind == "AGE":
        return _v6_age(rng)
    if kind == "MRN":
        return rng.choice(
            (f"{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
             f"{_digits(rng, 4)} {_digits(rng, 4)}", f"M-{_digits(rng, 7)}",
             f"#{_digits(rng, 7)}", f"RX{_digits(rng, 6)}/{_digits(rng, 2)}")
        )  # fmt: skip
    if kind == "ACCOUNT":
        yy = rng.randrange(2015, 2027)
        return rng.choice(
            (f"ENC-{yy}-{_digits(rng, 7)}",
             f"{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
             f"V{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}", f"{yy}/{_digits(rng, 6)}",
             f"CSN{_digits(rng, 9)}", f"RAD{_digits(rng, 6)}-{_digits(rng, 2)}")
        )  # fmt: skip
    if kind == "HEALTH_PLAN":
        return rng.choice(
            (f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
             f"W{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
             f"MCD-{_digits(rng, 8)}")
        )  # fmt: skip
    if kind == "LICENSE":
        return rng.choice(
            (f"{rng.choice('ABCDEFGHJKLMNPRSTW')}{_digits(rng, 3)} {_digits(rng, 3)} "
             f"{_digits(rng, 3)}", f"DL-{_digits(rng, 9)}")
        )  # fmt: skip
    if kind == "DEVICE":
        return rng.choice((f"SN {_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                           f"ILR{_digits(rng, 7)}"))  # fmt: skip
    if kind == "VEHICLE":
        a = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return (
            f"{rng.choice(a)}{rng.choice(a)}{_digits(rng, 2)} {rng.choice(a)}{rng.choice(a)}"
            f"{rng.choice(a)}"
        )
    if kind == "GEO":
        return rng.choice(
            (f"Flat {rng.randrange(1, 40)}, {rng.randrange(1, 300)} {rng.choice(V6_STREETS)} "
             f"{rng.choice(('Close', 'Crescent', 'Gardens', 'Mews', 'Terrace'))}",
             f"{rng.randrange(1, 999)}{rng.choice('ABC')} {rng.choice(V6_STREETS)} Road",
             f"Lot {rng.randrange(1, 99)}, {rng.choice(V6_STREETS)} Trailer Park",
             f"{rng.randrange(100, 99999)} County Road {rng.randrange(1, 400)}",
             f"{rng.choice(V6_CITIES)} {rng.choice(STATES)} {_digits(rng, 5)}",
             f"HC {rng.randrange(1, 99)} Box {rng.randrange(1, 999)}, {rng.choice(V6_CITIES)}",
             f"{rng.choice(V6_CITIES)}, {rng.choice(('Alabama', 'Ohio', 'Michigan', 'Texas'))}")
        )  # fmt: skip
    if kind in ("PHONE", "FAX"):
        return rng.choice(
            (f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
             f"+1 ({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
             f"+353 87 {_digits(rng, 3)} {_digits(rng, 4)}",
             f"0049 89 {_digits(rng, 7)}", f"(02) {_digits(rng, 4)} {_digits(rng, 4)}",
             f"{_digits(rng, 3)}-{_digits(rng, 4)} ext. {_digits(rng, 2)}",
             f"{_digits(rng, 3)}/{_digits(rng, 3)}-{_digits(rng, 4)}")
        )  # fmt: skip
    if kind == "DATE":
        d = date(1930, 1, 1) + timedelta(days=rng.randrange(365 * 94))
        nth = "th" if 4 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return rng.choice(
            (f"{d.strftime('%a')} {d.day:02d} {d.strftime('%b')} {d.year}",
             f"{d.strftime('%b')}. {d.day}{nth}, {d.year}", f"{d.day}/{d.strftime('%b')}/{d.year}",
             f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.month}/{d.day}/{d.year % 100:02d}",
             f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}", f"{d.day}.{d.month}.{d.year}",
             f"{d.strftime('%d %b %Y').upper()} {rng.randrange(24):02d}{rng.randrange(60):02d}h",
             a_date(rng))
        )  # fmt: skip
    if kind == "EMAIL":
        g, f = person(rng, v6=True)
        local = "".join(c for c in f"{f}_{g}".lower() if c.isascii() and (c.isalnum() or c == "_"))
        domain = rng.choice(("gmx.de", "hotmail.co.uk", "health.gov.au"))
        return f"{local.strip('_') or 'pt'}@{domain}"
    return None


# The v7 lists: the held-out row since 2026-11-30's sixth round, written before that round's rule
# changes and not run while they were made (seed ``V7_SEED``). Templates: discharge summaries,
# pathology headers, DICOM attribute dumps, markdown tables, semicolon CSV, SQL rows, e-mail
# headers, telephone and handover notes, consent, police and implant-card notes, HL7 OBX/NK1
# segments, query strings; identifiers in shapes no earlier list has (``value_of(..., v7=True)``).
# None of the names occurs in any other list of this file or in the scrubber's name lists.
V7_SEED = 20270214
V7_TEMPLATES = (
    "DISCHARGE SUMMARY\nPatient Name: {NAME}\nUnit Number: {MRN}\nAdmission Date: {DATE}  "
    "Discharge Date: {DATE}",
    "Attending: {NAME}, MD   Service: Medicine   Pager: {PHONE}",
    "SURGICAL PATHOLOGY REPORT  Case: {ACCOUNT}  Received: {DATE}  Pathologist: {NAME}",
    "(0010,0010) PN [{NAME}]\n(0010,0020) LO [{MRN}]\n(0010,1010) AS [{AGE}]",
    "| Name | Age | MRN |\n| --- | --- | --- |\n| {NAME} | {AGE} | {MRN} |",
    "Nachname;Alter;Fallnummer\n{NAME};{AGE};{ACCOUNT}",
    "INSERT INTO patients VALUES ('{NAME}', '{AGE}', '{MRN}', '{DATE}');",
    "From: {NAME} <{EMAIL}>\nSent: {DATE}\nSubject: scan request",
    "Telephone encounter: spoke with the patient's son {NAME} on {PHONE}.",
    "Handover - bed 12: {NAME}, {AGE}, post-op day 2, family contact {PHONE}.",
    "Consent obtained from {NAME} (power of attorney) on {DATE}; witness {NAME}.",
    "MVA: driver of vehicle {VEHICLE} was restrained; the patient was the passenger.",
    "Police attended; the patient's car, plate {VEHICLE}, was towed.",
    "Pacemaker ID card: serial {DEVICE}, implanted {DATE} at {GEO}.",
    "Insulin pump serial number {DEVICE} interrogated.",
    "Hearing aid (serial no: {DEVICE}) removed before the scan.",
    "Driver's licence {LICENSE} was used to confirm identity.",
    "ID checked: licence no. {LICENSE}, exp {DATE}.",
    "Medicare number {HEALTH_PLAN}", "Insurance: subscriber no. {HEALTH_PLAN}, group {ACCOUNT}",
    "SSN (last verified {DATE}): {SSN}", "SS# {SSN}",
    "Billing account {ACCOUNT}; guarantor {NAME}.",
    "Accession {ACCOUNT} - CT abdomen/pelvis with contrast.",
    "Old notes under hospital ref {MRN} (legacy system).", "Merged record: {MRN} -> {MRN}.",
    "Home: {GEO}\nMobile: {PHONE}\nWork: {PHONE}",
    "Discharged to {GEO} (nursing home) on {DATE}.", "Mailing address: {GEO}.",
    "Fax results to Dr {NAME}'s office, fax {FAX}.", "F: {FAX}  T: {PHONE}",
    "Please send a copy to {NAME} ({FAX} - secure fax).",
    "Patient is a {AGE} y/o retired farmer from {GEO}.",
    "Spry at {AGE}; walks daily with a stick.", "Age at exam: {AGE}",
    "{NAME}, a {AGE}-year-old widower, lives with his daughter {NAME}.",
    "Seen by {NAME} (physiotherapy) and {NAME} (OT) on the ward round.",
    "cc: {NAME}, GP, {GEO}", "Signed: {NAME} MBChB FRCR  Date: {DATE}",
    "Dictated by {NAME} / transcribed by {NAME} {DATE}",
    "Images pushed from workstation {IP} to PACS; viewer link {URL}",
    "Patient uploaded photos via {URL}.",
    "Emergency contact \u2014 {NAME}, daughter-in-law \u2014 {PHONE}",
    "OBX|1|TX|||Reported by {NAME}||||||F|||{DATE}",
    "NK1|1|{NAME}|DAU^Daughter|{GEO}|{PHONE}",
    '<patient id="{MRN}" dob="{DATE}"><name>{NAME}</name></patient>',
    "visit_no={ACCOUNT}&patient={NAME}&age={AGE}",
    "Last seen {DATE}. Next appointment {DATE}.",
    "{NAME} is known to this department (prior studies {DATE}, {DATE}).",
)  # fmt: skip
V7_GIVEN = (
    "Ottoline", "Leopoldine", "Lwazi", "Cherono", "Meskerem", "Tirunesh", "Selvi", "Thamarai",
    "Ranjith", "Sanduni", "Pemba", "Dorje", "Xiuying", "Guiying", "Jianhua", "Zhiwei", "Minjun",
    "Agung", "Putu", "Leocádia", "Eulália", "Brunhilde", "Waltraud", "Pirkko", "Jaroslava",
    "Miloš", "Dragana", "Slobodan", "Gyula", "Ailbhe", "Iolo", "Ευτυχία", "Παναγιώτης", "志伟",
    "민준", "زينب", "خالد", "آرش", "پریسا", "אליהו", "רבקה", "სანდრო", "กัญญา", "ម៉ាលី", "सुरेश",
    "লক্ষ্মী", "முருகன்", "ਹਰਜੀਤ", "ભાવના", "ቴዎድሮስ", "Батбаяр", "Bláthnaid", "Dervla", "Peadar",
    "Séamus", "Mairéad", "Morwenna", "Lowenna", "Ilsabet", "Ysolde", "Myfanwy", "Tegwen", "Gaenor",
    "Ceinwen", "Meinir", "Geraint", "Islwyn", "Tudur", "Cynan", "Heddwyn", "Aled", "Ffion",
    "Lowri", "Siwan", "Enfys", "Mererid", "Heledd", "Ruairí", "Fiachra", "Donncha", "Úna",
    "Sadhbh", "Teilo", "Pichai", "Wiroj", "Supaporn", "Boonsong", "Chalerm", "Somsak", "Nopparat",
    "Jignesh", "Zankhana", "Eyerusalem", "Mekdes", "Betelhem", "Fasil", "Ababuo", "Kukua", "Ekua",
    "Ebuka", "Gbenga", "Hauwa", "Salamatu", "Zubairu", "Lungile", "Phumzile", "Sifiso", "Vusi",
    "Thulani",
)  # fmt: skip
V7_FAMILY = (
    "Shufflebotham", "Sheepshanks", "Blenkinsop", "Featherstonehaugh", "Cholmondeley", "Back",
    "Kiprop", "Chiweshe", "Ouédraogo", "Lhundup", "Zhuge", "Boonmee", "Suwannarat", "Wróblewski",
    "Szczepańska", "Kołodziej", "Procházková", "Kazantzakis", "Bergström", "Sjöberg", "Jørgensen",
    "Østergaard", "Gudmundsdóttir", "Sigurðsson", "Runningwater", "Vaipulu", "Кузнецова", "Волков",
    "Παπαδάκης", "Χριστοδούλου", "العلي", "الحسن", "สุวรรณรัตน์", "ស៊ីម", "চট্টোপাধ্যায়",
    "ஐயங்கார்", "ਢਿੱਲੋਂ", "Батболд", "Trelawney", "Penhaligon", "Tregothnan", "Polglase",
    "Nic Dhomhnaill", "van den Berghe", "Te Whata", "Heptonstall", "Gaskarth", "Dimbleby",
    "Micklethwaite", "Oxtoby", "Rishworth", "Haslingden", "Rawtenstall", "Fazackerley",
    "Scarisbrick", "Anyaoku", "Ezeokoli", "Ubaechu", "Onwuzurike", "Okwuosa", "Ezeugwu",
    "Uzodinma", "Obiechina", "Babangida", "Danjuma", "Yar'Adua", "Soyinka", "Emecheta", "Adichie",
    "Odinga", "Kibaki", "Mkapa", "Kikwete", "Magufuli", "Museveni", "Kagame", "Habyarimana",
    "Nkurunziza", "Buyoya", "Mobutu", "Tshisekedi", "Kabila", "Sassou", "Biya", "Ahidjo",
    "Eyadéma", "Kérékou", "Houphouët", "Compaoré", "Sankara", "Keïta", "Touré", "Konaré",
    "Senghor", "Conté", "Mahama", "Kufuor", "Busia", "Limann", "Akufo", "Tregenza", "Jelbert",
    "Pendarves", "Trenwith", "Tangye", "Andrewartha",
)  # fmt: skip
V7_STREETS = ("Quarry Hill", "Larkspur", "Cobblestone", "Juniper Ridge", "Old Mill", "Heron")
V7_CITIES = ("Kenosha", "Ypsilanti", "Natchitoches", "Punxsutawney", "Kalispell", "Yreka")
V7_STATES = ("Wisconsin", "Louisiana", "Pennsylvania", "Montana", "California", "Vermont")
# Clinical sentences with the v7 family names as plain words, eponyms and drug names.
V7_EPONYM = (
    "Head CT shows no acute abnormality.", "Foot radiograph: no fracture.",
    "Hand series shows erosive change.", "Bone scan with increased uptake at T8.",
    "Back pain radiating to the left leg.", "Brow ptosis on the right.",
    "Sole of the foot with a puncture wound.", "Palm swelling after a fall.",
    "Collins law applied to the follow-up interval.", "Kerley B lines at both bases.",
    "Looser zones in the pubic rami.", "Chilaiditi sign under the right hemidiaphragm.",
    "Hampton hump at the right base.", "Westermark sign on the chest film.",
    "Fleischner guidelines recommend a 12-month CT.", "Bosniak IIF cyst of the left kidney.",
    "Lisfranc injury of the midfoot.", "Chopart joint is intact.",
    "Stener lesion of the thumb.", "Hoffa fat pad edema.", "Wormian bones in the lambdoid suture.",
    "Started Ozempic; continue Farxiga.", "On Brilinta and Repatha.",
    "Given Toradol and Zofran.", "Taking Aricept, Namenda and Seroquel.",
)  # fmt: skip


def _v7_age(rng: random.Random) -> str:
    n = rng.randrange(90, 106)
    r = rng.random()
    if r < 0.5:
        return str(n)
    if r < 0.6:
        return f"{n}y"
    if r < 0.68:
        return f"{n:03d}Y"
    if r < 0.78:
        return f"{n} yrs"
    if r < 0.86:
        return f"{n}y {rng.randrange(1, 12)}m"
    if n < 100:
        ones = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")[n - 90]
        return "Ninety" + (f"-{ones}" if ones else "")
    tail = ("", " and one", " and two", " and three", " and four", " and five")[n - 100]
    return f"one hundred{tail}"


def _v7_value(kind: str, rng: random.Random) -> str | None:
    """The v7 shapes of a kind, or None where v7 uses the common ones."""
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "NAME":
        given, family = person(rng, v7=True)
        r = rng.random()
        if r < 0.06:  # hyphenated family name
            return f"{given} {family}-{rng.choice(V7_FAMILY).replace(' ', '-')}"
        if r < 0.1:  # two initials
            return f"{rng.choice(up)}.{rng.choice(up)}. {family}"
        if r < 0.15:  # FAMILY, Given Middle
            return f"{family.upper()}, {given} {rng.choice(V7_GIVEN)}"
        if r < 0.19:  # Given Family Jr / III
            return f"{given} {family} {rng.choice(('Jr.', 'Sr.', 'III', 'II'))}"
        if r < 0.23:  # a title and the family name
            return f"{rng.choice(('Sister', 'Nurse', 'Father', 'Rev.', 'Capt.'))} {family}"
        if r < 0.27:  # Family Given, as in East Asian order or a sorted list
            return f"{family} {given}"
        return name_text(rng, given, family)
    if kind == "AGE":
        return _v7_age(rng)
    if kind == "MRN":
        return rng.choice(
            (f"000{_digits(rng, 7)}", f"H{_digits(rng, 2)}/{_digits(rng, 5)}",
             f"{_digits(rng, 7)}-{_digits(rng, 1)}", f"{rng.choice(up)}{rng.choice(up)}"
             f"{_digits(rng, 6)}{rng.choice(up)}", f"{_digits(rng, 3)} {_digits(rng, 3)} "
             f"{_digits(rng, 3)}")
        )  # fmt: skip
    if kind == "ACCOUNT":
        return rng.choice(
            (f"{rng.randrange(15, 27)}{rng.choice(up)}{_digits(rng, 6)}",
             f"BILL-{_digits(rng, 4)}-{_digits(rng, 4)}", f"A-{_digits(rng, 6)}-{_digits(rng, 2)}",
             f"SP-{rng.randrange(15, 27)}-{_digits(rng, 5)}",
             f"{_digits(rng, 6)}.{_digits(rng, 2)}")
        )  # fmt: skip
    if kind == "HEALTH_PLAN":
        mbi = (f"{rng.randrange(1, 10)}{rng.choice(up)}{rng.choice(up)}{rng.randrange(10)}-"
               f"{rng.choice(up)}{rng.choice(up)}{rng.randrange(10)}-{rng.choice(up)}"
               f"{rng.choice(up)}{_digits(rng, 2)}")  # fmt: skip
        return rng.choice((mbi, f"ZGP {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                           f"{_digits(rng, 9)}-{rng.choice(up)}{rng.randrange(10)}"))  # fmt: skip
    if kind == "SSN":
        return rng.choice((f"{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 4)}",
                           _digits(rng, 9), f"XXX-XX-{_digits(rng, 4)}"))  # fmt: skip
    if kind == "LICENSE":
        return rng.choice(
            (f"{rng.choice(up)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-"
             f"{_digits(rng, 3)}-{_digits(rng, 1)}",
             f"{rng.choice(('CA', 'NY', 'TX', 'WA'))} {rng.choice(up)}{_digits(rng, 7)}",
             f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
             f"{rng.choice(up)}{rng.choice(up)}{_digits(rng, 6)}")
        )  # fmt: skip
    if kind == "VEHICLE":
        return rng.choice(
            (f"{rng.randrange(1, 10)}{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 3)}",
             f"{''.join(rng.choice(up) for _ in range(3))}-{_digits(rng, 4)}",
             f"{''.join(rng.choice(up) for _ in range(3))} {_digits(rng, 3)}")
        )  # fmt: skip
    if kind == "DEVICE":
        return rng.choice(
            (f"(01){_digits(rng, 14)}(21){rng.choice(up)}{_digits(rng, 6)}",
             "".join(rng.choice(up + "0123456789") for _ in range(10)),
             f"{rng.choice(up)}{rng.choice(up)}{rng.choice(up)}-{_digits(rng, 6)}-"
             f"{rng.choice(up)}")
        )  # fmt: skip
    if kind == "GEO":
        st = f"{rng.choice(V7_STREETS)} {rng.choice(('Drive', 'Way', 'Lane', 'Row', 'Pike'))}"
        return rng.choice(
            (f"Apt {rng.randrange(1, 30)}{rng.choice('ABCD')}, {rng.randrange(10, 9999)} {st}",
             f"PO Box {rng.randrange(10, 9999)}, {rng.choice(V7_CITIES)}",
             f"Unit {rng.randrange(1, 40)}/{rng.randrange(1, 200)} {st}",
             f"Suite {rng.randrange(100, 999)}, {rng.randrange(1, 999)} {st}",
             f"{rng.choice(V7_CITIES)}, {rng.choice(STATES)} {_digits(rng, 5)}-{_digits(rng, 4)}",
             f"{rng.choice(V7_CITIES)}, {rng.choice(V7_STATES)}",
             f"{rng.randrange(1, 99)} {st}, {rng.choice(V7_CITIES)}",
             f"{rng.choice(('SW', 'NE', 'LS', 'BT'))}{rng.randrange(1, 20)} "
             f"{rng.randrange(1, 10)}{rng.choice(up)}{rng.choice(up)}",
             f"Rosewood Manor Care Home, {rng.choice(V7_CITIES)}")
        )  # fmt: skip
    if kind in ("PHONE", "FAX"):
        return rng.choice(
            (f"({_digits(rng, 3)}){_digits(rng, 3)}-{_digits(rng, 4)}",
             f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)} x{_digits(rng, 4)}",
             f"+61 2 {_digits(rng, 4)} {_digits(rng, 4)}", f"07{_digits(rng, 3)} {_digits(rng, 6)}",
             f"1-800-{_digits(rng, 3)}-{_digits(rng, 4)}", f"+1{_digits(rng, 10)}",
             f"{_digits(rng, 3)}.{_digits(rng, 4)}", f"0{_digits(rng, 3)} {_digits(rng, 3)} "
             f"{_digits(rng, 4)}")
        )  # fmt: skip
    if kind == "DATE":
        d = date(1930, 1, 1) + timedelta(days=rng.randrange(365 * 94))
        nth = "th" if 4 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return rng.choice(
            (f"{d.day:02d}{d.strftime('%b').upper()}{d.year}",
             f"{d.day}{nth} of {d.strftime('%B')} {d.year}", f"{d.month:02d}-{d.day:02d}-{d.year}",
             f"{d.year}.{d.month:02d}.{d.day:02d}",
             f"{d.strftime('%Y%m%d')}{rng.randrange(24):02d}{rng.randrange(60):02d}00",
             f"{d.strftime('%B')} {d.year}", f"{d.day}-{d.month}-{d.year}",
             f"{d.strftime('%b')} {d.day} '{d.year % 100:02d}",
             f"{d.month}/{d.day}/{d.year} @ {rng.randrange(24):02d}{rng.randrange(60):02d}",
             a_date(rng))
        )  # fmt: skip
    if kind == "EMAIL":
        g, f = person(rng, v7=True)
        local = "".join(c for c in f"{g[0]}{f}".lower() if c.isascii() and c.isalnum())
        tag = rng.choice(("rad", "mychart", "home"))
        return f"{local or 'pt'}+{tag}@{rng.choice(('btinternet.com', 'comcast.net', 'web.de'))}"
    if kind == "URL":
        host = rng.choice(("stmarys", "valleyhealth"))
        return f"https://pacs.{host}.example/viewer?pid={_digits(rng, 7)}"
    if kind == "IP":
        return rng.choice(
            (f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
             f":{rng.randrange(1024, 65535)}",
             f"fe80::{rng.randrange(65536):x}:{rng.randrange(65536):x}:{rng.randrange(65536):x}")
        )  # fmt: skip
    return None


# The v8 lists: the held-out row (seed ``V8_SEED``), written and committed before any further
# change to the scrubber and not run against it. Templates: US admission notes, sign-offs, forms
# and wristbands; UK GP and clinic letters; German, French, Spanish, Dutch, Italian, Swedish,
# Russian, Japanese, Chinese, Korean, Arabic, Thai, Singaporean, Indian, Nigerian, Kenyan, South
# African and Australian headers; HL7 v2 MSH/PID/IN1 segments, pydicom attribute dumps, FHIR
# JSON, quoted CSV, INI and research exports; e-mail reply and header lines, secure-chat lines,
# EMS, prescription and implant notes; identifiers, places and ages in prose without a key. A
# placeholder may name a shape (``{DATE:da}``, ``{NAME:pn}``, ``{AGE:as}``, see ``_v8_value``) so
# that a field holds what such a field holds; without one, about half the values have the
# ordinary shapes ("12345678", "03/14/1931", "(502) 555-0147", "James Johnson") and half shapes
# no earlier list has: national ID numbers (some with the birth date inside), Japanese era
# dates, Roman-numeral months, HL7 phone components, Orthanc and fundraiser URLs, IMEI and MAC
# device numbers. None of the names occurs in any earlier list of this file (checked token by
# token, particles aside); given and family names are paired by script; 25 of the family names
# are clinical words (Pain, Lung, Brain, Cheek, Tongue, Rash, Leech, Cane, Brace, Doctor), and the
# clinical sentences use those words beside many numbers that are not PHI (sizes, doses, spinal
# levels, scores, lab values, vital signs, TNM stages, hospital days, series and image numbers).
V8_SEED = 20270321
V8_TEMPLATES = (
    # Ordinary US notes, headers, forms and sign-offs.
    "Patient: {NAME}\nMRN: {MRN}\nDOB: {DATE:dob}",
    "Mr. {NAME} is a {AGE:en}-year-old man with CHF and COPD who presents with dyspnea.",
    "Mrs. {NAME} is a {AGE} y.o. female admitted from home after a fall.",
    "Ms. {NAME}, {AGE}, was seen in clinic today with her daughter {NAME}.",
    "Electronically signed by {NAME}, MD on {DATE:stamp}",
    "Acct #: {ACCOUNT}   Adm: {DATE}   Disch: {DATE}",
    "Insurance: {HEALTH_PLAN}   Group #: {ACCOUNT}   SSN: {SSN:us}",
    "Address: {GEO:us}\nPhone: {PHONE:us}\nFax: {FAX:us}\nE-mail: {EMAIL}",
    "{NAME:label} | {MRN} | DOB {DATE:dob}",
    "Name: {NAME}   Sex: [x] F  [ ] M   Age: {AGE:ym}   Tel: {PHONE}",
    "Prescriber: {NAME}, MD   DEA# {LICENSE:dea}   NPI {LICENSE:npi}",
    "Pacemaker: dual chamber, serial number {DEVICE}; implanted {DATE}.",
    "Please fax the report to {FAX} and call {PHONE} once it is sent.",
    # Letters, headers and forms from other countries.
    "Re: {NAME}  DOB: {DATE:dob}  NHS No: {HEALTH_PLAN:nhs}\n{GEO:uk}",
    "Dear Dr {NAME},\nI reviewed this {AGE:en}-year-old lady in the falls clinic on {DATE:uk}.",
    "Copy to: GP ({NAME:vancouver}), {GEO:uk}; patient.",
    "wir berichten über Ihre {AGE}-jährige Patientin {NAME}, geb. {DATE:dmy}, wohnhaft "
    "{GEO:de}, die sich vom {DATE:de} bis {DATE:de} in unserer stationären Behandlung befand.",
    "Nom : {NAME}   Né(e) le : {DATE:fr}   IPP : {MRN}   NIR : {HEALTH_PLAN:nir}",
    "Paciente: {NAME}, {AGE} años, NHC {MRN}, DNI {SSN:dni}",
    "BSN: {SSN:bsn}   Patiëntnummer: {MRN}   Huisarts: {NAME}",
    "Codice fiscale: {SSN:cf}   Medico curante: dott. {NAME}",
    "Personnummer {SSN:pnr}; anhörig {NAME}, tel. {PHONE}",
    "Ф.И.О.: {NAME:ru}   Дата рождения: {DATE:dmy}   Полис ОМС: {HEALTH_PLAN:oms}",
    "患者氏名\uff1a{NAME}\u3000生年月日\uff1a{DATE:ja}\u3000年齢\uff1a{AGE}歳",
    "姓名\uff1a{NAME}  性别\uff1a女  年龄\uff1a{AGE}岁  身份证号\uff1a{SSN:cn}  住院号\uff1a{MRN}  "
    "床号\uff1a12",
    "환자명: {NAME} / 주민등록번호: {SSN:rrn} / 등록번호: {MRN} / 검사일: {DATE:ko}",
    "اسم المريض: {NAME}  رقم الملف: {MRN}",
    "UHID: {MRN}   Aadhaar: {SSN:aadhaar}   Mob: {PHONE:in}   Addr: {GEO:in}",
    "Hosp. No: {MRN}   NHIS No: {HEALTH_PLAN:nhis}   NOK: {NAME} ({PHONE:ng}), {GEO:ng}",
    "IP No. {MRN}, NHIF {HEALTH_PLAN:nhif}; resides {GEO:ke}.",
    "ID number {SSN:said}; medical aid {HEALTH_PLAN}, dependant code 01; cell {PHONE:za}",
    "URN: {MRN}   Medicare: {HEALTH_PLAN:au}   Ward 5B Bed 12   Signed: {NAME} (AHPRA "
    "{LICENSE:ahpra})",
    "HN {MRN:hn}   AN {ACCOUNT}   สิทธิ: บัตรทอง",
    "NRIC {SSN:nric}; next of kin {NAME}, {PHONE:sg}",
    # Dataset exports.
    "MSH|^~\\&|RIS|HOSP|PACS|HOSP|{DATE:hl7}||ORM^O01|MSG00417|P|2.5\n"
    "PID|1||{MRN}^^^HOSP^MR||{NAME:pn}||{DATE:da}|F|||{GEO:hl7}||^PRN^PH^^1^{PHONE:hl7}",
    "IN1|1|BCBS^Blue Cross|{HEALTH_PLAN}||||||{ACCOUNT}|||||||{NAME:pn}|SEL|{DATE:da}",
    "(0010, 0010) Patient's Name                      PN: '{NAME:pn}'\n"
    "(0010, 0030) Patient's Birth Date                DA: '{DATE:da}'\n"
    "(0010, 1010) Patient's Age                       AS: '{AGE:as}'",
    "(0008, 0050) Accession Number                    SH: '{ACCOUNT}'\n"
    "(0008, 0090) Referring Physician's Name          PN: '{NAME:pn}'\n"
    "(0018, 1000) Device Serial Number                LO: '{DEVICE}'",
    '{"resourceType": "Patient", "id": "{MRN}", "name": [{"family": "{NAME:family}", '
    '"given": ["{NAME:given}"]}], "birthDate": "{DATE:iso}", "telecom": [{"system": '
    '"phone", "value": "{PHONE}"}]}',
    'PatientName,BirthDate,PatientID,AccessionNumber\n"{NAME:comma}",{DATE:da},{MRN},{ACCOUNT}',
    "[patient]\nname = {NAME}\ndob = {DATE:iso}\npostcode = {GEO:postcode}",
    "subject_id,age_years,site\n{MRN},{AGE:decimal},{GEO:city}",
    # E-mail and messaging.
    "On {DATE:gmail}, {NAME} <{EMAIL}> wrote:\n> Hi {NAME:given}, can we move her scan?",
    'From: "{NAME:comma}" <{EMAIL}>\nDate: {DATE:rfc}\nTo: radiology bookings',
    "[{DATE:chat}] {NAME}: daughter {NAME:given} is on her way, ETA 20 min",
    # Identifiers, names, places and ages in prose without a key.
    "Her new number is {PHONE} and she has moved to {GEO}.",
    "Scanned under the wrong record ({MRN}); moved to the correct chart by {NAME}.",
    "Please quote {ACCOUNT} on any correspondence about this bill.",
    "Born {DATE:yob} in {GEO:city}; widowed since {DATE:year}; moved into care {DATE:my}.",
    "PMH: hip replacement {DATE:my}; cholecystectomy {DATE:year}; admitted {DATE:range}.",
    "Mrs {NAME} (née {NAME:family}), now in her {AGE:ord} year, lives alone above the pharmacy "
    "on {GEO:street}.",
    "At {AGE:en}, he still drives himself to clinic in a car registered {VEHICLE}.",
    "Incident location {GEO:gps}; pedestrian struck by vehicle {VEHICLE:plate}.",
    "Identity confirmed from driver's license {LICENSE}; passport {LICENSE:passport} on file.",
    "Dexcom transmitter ID {DEVICE:dexcom} replaced; smartwatch IMEI {DEVICE:imei}; telemetry "
    "pack MAC {DEVICE:mac}.",
    "Study available at {URL:pacs} (pushed from {IP}).",
    "Family set up a fundraiser at {URL:social}; patient portal {URL:portal}.",
)  # fmt: skip
V8_GIVEN = (
    "James", "Robert", "Michael", "William", "Kenneth", "Richard", "Joseph", "Charles", "Thomas",
    "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Margaret", "Dorothy",
    "Helen", "Betty", "Ruth", "Mabel", "Edith", "Beulah", "Thelma", "Harold", "Walter",
    "Florence", "Clarence", "Wilbur", "Orville", "Lucille", "Velma", "Inez", "Verity",
    "Temperance", "Clement", "Lance", "Alasdair", "Eilidh", "Catriona", "Fergus", "Orla",
    "Cormac", "Pádraig", "Dilys", "Gareth", "Ọlálékan", "Mọ\u0301rẹ\u0301nikẹ\u0301", "Ifeoluwa",
    "Chukwuebuka", "Nnenna", "Ifunanya", "Ugochukwu", "Aminu", "Danladi", "Habiba", "Akua",
    "Kwadwo", "Afia", "Wanjala", "Auma", "Tewodros", "Abeba", "Hodan", "Abdirahman", "Nomsa",
    "Lesedi", "Ndeye", "Mbuyi", "Abdulrahman", "Nawal", "Ghassan", "Lubna", "Ardeshir", "Shahla",
    "Gökhan", "Nilüfer", "Barış", "Rojda", "Avital", "Vardan", "Ramesh", "Sushila", "Gopal",
    "Hemant", "Jyoti", "Nirmala", "Savitri", "Girish", "Shahid", "Rukhsana", "Shamima",
    "Lasantha", "Pasang", "Thenmozhi", "Guoqiang", "Shuying", "Wing Yee", "Hsiu-lan", "Shigeru",
    "Fumiko", "Toshiko", "Kazuo", "Chiyo", "Soon-ja", "Kyung-sik", "Myung-hee", "Bích", "Hùng",
    "Ligaya", "Bayani", "Nurul", "Azlina", "Kanokwan", "Thanawat", "Sophea", "Khamla", "Thandar",
    "Zaw", "Enkhjargal", "Tsetseg", "Hannelore", "Gerhard", "Liselotte", "Siegfried",
    "Geertruida", "Gunhild", "Håkon", "Aune", "Tapio", "Czesław", "Kazimierz", "Bohumil", "Věra",
    "Erzsébet", "Imre", "Florica", "Vasile", "Stavros", "Giuseppina", "Salvatore", "Remedios",
    "Encarnación", "Deolinda", "Geneviève", "Gérard", "Aldona", "Štefka", "Drita", "Garazi",
    "Ragnheiður", "Yesenia", "Nicanor", "Raimunda", "Severino", "Wayra", "Mereana", "Hōne",
    "Kaʻimi",
    "Зинаида", "Григорий", "Әлия", "Энхжаргал", "Χαράλαμπος", "Ευδοκία", "秀兰", "淑芬", "千代",
    "トメ", "よしこ", "순자", "영호", "نوال", "غسان", "علی\u200cاکبر", "رخسانہ", "אביטל", "שמואל",
    "सावित्री", "गोपाल", "শামীমা", "தேன்மொழி", "వెంకటేశ్వర్లు", "ಮಂಜುನಾಥ", "അമ്മിണി", "હંસા",
    "ਬਲਵਿੰਦਰ", "ସୁଜାତା", "චන්ද්\u200dරිකා", "บุญเรือน", "ຄຳລາ", "សុភា", "အောင်ကျော်", "བསྟན་འཛིན",
    "ნოდარ", "Անուշ", "አስቴር",
)  # fmt: skip
# Nicknames, as in "Margaret (Peggy) Johnson".
V8_NICKNAMES = ("Peggy", "Hank", "Chuck", "Betsy", "Midge", "Skip", "Bunny", "Tootie")
V8_FAMILY = (
    "Johnson", "Williams", "Jones", "Davis", "Wilson", "Moore", "Thompson", "Harris", "Lewis",
    "Robinson", "Allen", "Scott", "Adams", "Nelson", "Mitchell", "Roberts", "Campbell", "Evans",
    "Edwards", "Stewart", "Morris", "Murphy", "Rogers", "Morgan", "Peterson", "Howard", "Kelly",
    "Hughes", "Foster", "Powell", "Jenkins", "Perry", "Barnes", "Griffin", "Hayes", "Myers",
    "Ellis", "Graham",
    "Pain", "Lung", "Chin", "Cheek", "Brain", "Kneebone", "Legg", "Tongue", "Rash", "Cramp",
    "Leech", "Sweat", "Large", "Ball", "Brace", "Cane", "Blade", "Doctor", "Physick", "Fitt",
    "Drane", "Lines", "Platt", "Capp", "Scarr",
    "Rodríguez", "González", "Martínez", "Sánchez", "Pérez", "Flores", "Torres", "Rivera",
    "Gómez", "Díaz", "Ogunbiyi", "Adesanya", "Ọlọ\u0301runfẹ\u0301mi", "Ndungu", "Omondi",
    "Wafula", "Asare", "Tetteh", "Mabaso", "Ngcobo", "Abera", "Desta", "Jama", "Hirsi",
    "Ibrahim", "Abdullahi", "Musa", "Yakubu", "Al-Qahtani", "Al-Otaibi", "Suleiman", "Najjar",
    "Shirazi", "Hashemi", "Yıldırım", "Aydoğan", "Kurt", "Goldberg", "Ashkenazi", "Kumar",
    "Singh", "Yadav", "Gupta", "Pandey", "Mishra", "Chakraborty", "Nambiar", "Kurian",
    "Varghese", "Chaudhry", "Bhatti", "Sherpa", "Fonseka", "Chen", "Chow", "Yeung", "Tsang",
    "Fung", "Takeda", "Nakajima", "Morita", "Ueda", "Shim", "Chung", "Kwak", "Kiều", "Khổng",
    "Panganiban", "Macapagal", "Setiawan", "Purnomo", "Saelim", "Htun", "Win", "Dorjsuren",
    "Schmidt", "Meyer", "Weber", "Scholz", "Gruber", "Pichler", "Kuipers", "Lindberg",
    "Nordström", "Rasmussen", "Kinnunen", "Nowicki", "Dąbrowski", "Kopecký", "Fekete", "Takács",
    "Ungureanu", "Ferraro", "Cattaneo", "Papageorgiou", "Lemoine", "Garnier", "Breathnach",
    "Mackintosh", "Farquharson", "Goikoetxea", "Spotted Elk", "Tso", "Chee", "Tuiasosopo",
    "Rangihuna", "Abou Jaoude", "te Riele", "van het Groenewoud", "vom Bruch", "à Beckett",
    "San Martín", "dei Cavalieri",
    "Ершов", "Білоус", "Жумабаева", "Должинсүрэн", "Μαργαρίτης", "欧阳", "谢", "梁", "佐々木",
    "남궁", "서", "القحطاني", "شیرازی", "چودھری", "אשכנזי", "यादव", "চক্রবর্তী", "வேலுசாமி",
    "చౌదరి", "ಶೆಣೈ", "വർഗീസ്", "પંડ્યા", "ਬਰਾੜ", "ମହାପାତ୍ର", "විජේසිංහ", "ทองดี", "ສີຫາລາດ",
    "ពៅ", "ထွန်း", "ཚེ་རིང", "ჯაფარიძე", "Պողոսյան", "ደስታ",
)  # fmt: skip
V8_STREETS = (
    "Sycamore", "Chickasaw", "Persimmon", "Magnolia Bend", "Bluebonnet", "Cottonwood",
    "Sassafras", "Dogwood",
)  # fmt: skip
V8_STREET_KINDS = ("St", "Ave", "Rd", "Blvd", "Pkwy", "Ct", "Circle", "Trail", "Street", "Drive")
V8_CITIES = (
    "Paducah", "Texarkana", "Hattiesburg", "Kokomo", "Bangor", "Dubuque", "Owensboro",
    "Pine Bluff",
)  # fmt: skip
V8_STATES = ("Kentucky", "Mississippi", "Indiana", "Maine", "Iowa", "Arkansas")
V8_STATE_CODES = ("KY", "MS", "IN", "ME", "IA", "AR")
# UK towns with their county and postcode area; German, Kenyan, Nigerian, Indian and Japanese
# places for the addresses of those countries.
V8_UK_TOWNS = (
    ("Kettering", "Northants", "NN"), ("Scunthorpe", "North Lincolnshire", "DN"),
    ("Llandudno", "Conwy", "LL"), ("Dumfries", "Dumfries and Galloway", "DG"),
    ("Truro", "Cornwall", "TR"), ("Ballymena", "Co. Antrim", "BT"),
)  # fmt: skip
V8_UK_STREETS = (
    "Gorse Lane", "Station Road", "Chapel Street", "Priory Close", "Bramley Crescent",
    "Tithe Barn Way",
)  # fmt: skip
V8_DE_PLACES = (
    ("Lindenallee", "Bielefeld"), ("Am Mühlbach", "Göttingen"), ("Kirchweg", "Würzburg"),
    ("Schillerstraße", "Chemnitz"), ("Bahnhofstraße", "Rostock"),
)  # fmt: skip
V8_KE_TOWNS = ("Nakuru", "Eldoret", "Kisumu", "Machakos", "Thika")
V8_NG_PLACES = (
    ("Market Road", "Surulere", "Lagos"), ("Old Ife Road", "Bodija", "Ibadan"),
    ("Airport Road", "Garki", "Abuja"), ("Stadium Road", "Rumuola", "Port Harcourt"),
)  # fmt: skip
V8_IN_PLACES = (
    ("Banjara Hills", "Hyderabad"), ("Koramangala", "Bengaluru"), ("Salt Lake", "Kolkata"),
    ("Anna Nagar", "Chennai"), ("Kothrud", "Pune"),
)  # fmt: skip
V8_JA_PLACES = ("東京都渋谷区神宮前", "大阪府堺市北区", "福岡県久留米市", "北海道旭川市")
# Clinical sentences: the v8 family names as plain words (pain, lung, brain, cheek, tongue, rash,
# leech, cane, brace, blade, lines, large, ball, doctor, fit), eponyms and drug names no other
# list has, and numbers that are not PHI: sizes, doses, spinal and rib levels, scores, lab values,
# vital signs, TNM stages, hospital days, series and image numbers, times of day.
V8_EPONYM = (
    "Right upper lobe nodule measures 3.2 x 2.1 cm (series 4, image 112), previously 2.8 x 1.9 cm.",
    "Compression deformity of T12 with 25% height loss; broad disc bulge at L4-L5.",
    "C5/6 and C6/7 disc osteophyte complexes with moderate canal narrowing.",
    "Gleason 3+4=7 (Grade Group 2) in 4 of 12 cores, maximum core length 6 mm.",
    "BI-RADS 4: 12 mm irregular mass at 2 o'clock, 5 cm from the nipple.",
    "GCS 15, pupils 3 mm and reactive, NIHSS 4 on arrival.",
    "LVEF 55% by Simpson biplane; TAPSE 18 mm; PASP 42 mmHg.",
    "Hb 9.8 g/dL, WCC 11.2, platelets 245, K 4.1, creatinine 1.3 mg/dL.",
    "pT2N0M0 adenocarcinoma; 0 of 14 lymph nodes involved; margins clear by 4 mm.",
    "Heparin 5000 units subcutaneously every 8 hours; furosemide 40 mg IV twice daily.",
    "Day 3 of Tazocin 4.5 g every 8 hours; CRP down from 212 to 96.",
    "Omnipaque 350, 80 mL at 4 mL/s; CTDIvol 12.4 mGy, DLP 486 mGy.cm.",
    "Pain score 7/10 at rest and 9/10 on movement; Oramorph 5 mg given.",
    "Brain MRI shows 3 foci of restricted diffusion, the largest 6 mm, in the left MCA territory.",
    "Lung-RADS 4A: 9 mm part-solid nodule with a 5 mm solid component.",
    "Large 6.2 cm left adnexal cyst with 2 thin septations (O-RADS 3).",
    "Rash on the trunk since day 4 of vancomycin; trough level 18.2 mg/L.",
    "Cheek laceration of 3 cm closed with 5 interrupted 6-0 sutures.",
    "Tongue base asymmetry of 1.4 cm on the left; level II node 11 mm in short axis.",
    "Ball-valve thrombus of 2.5 cm in the left atrium.",
    "Brace worn 23 hours a day; Cobb angle 32 degrees from T6 to L1.",
    "Cane-assisted gait; Timed Up and Go 18 seconds; Berg 41/56.",
    "Leech therapy to the flap, day 2 of 5; Hb stable at 10.4.",
    "Sweat chloride 72 mmol/L on 2 occasions.",
    "Blade plate fixation of the proximal femur at 95 degrees with 4.5 mm screws.",
    "Lines: right IJ CVC tip 2 cm below the carina; NG tube 10 cm beyond the GOJ.",
    "Fit lasting 3 minutes at 14:20, terminated with 2 mg lorazepam; Keppra 500 mg twice daily.",
    "Lantus 22 units at night; Humalog 4 to 6 units with meals; HbA1c 71 mmol/mol (8.6%).",
    "Kenalog 40 mg with 2 mL of 0.25% bupivacaine injected at L5-S1.",
    "Zometa 4 mg IV yearly; DEXA T-score -2.8 at L1-L4.",
    "eGFR 38 mL/min/1.73m2; metformin reduced to 500 mg twice daily.",
    "INR 2.4 on warfarin 3 mg; Clexane 80 mg bridging stopped after 5 days.",
    "Fractures of the left 7th to 9th ribs posteriorly; base of the 2nd metacarpal intact.",
    "PI-RADS 5 lesion, 14 mm, left peripheral zone; PSA 11.6 ng/mL, density 0.21.",
    "Ki-67 15%; ER 8/8, PR 6/8, HER2 1+; grade 2 of 3.",
    "Temp 38.4, HR 112, BP 94/58, SpO2 91% on 2 L; 48 hours of IV Augmentin 1.2 g.",
    "Doctor-to-doctor handover at 08:00; chin lift and a size 4 LMA; ETT 7.5 at 22 cm.",
    "Prolia 60 mg every 6 months; Sando-K 2 tablets twice daily for 3 days.",
)  # fmt: skip
_V8_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_V8_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_V8_DE_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
_V8_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
_V8_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_V8_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_V8_ERAS = (
    (date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
)  # fmt: skip
_V8_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _v8_letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_V8_UP) for _ in range(n))


def _v8_script(name: str) -> str:
    """The script of a name's first letter (Han and kana together: Japanese names mix them)."""
    for ch in name:
        if ch.isalpha():
            word = unicodedata.name(ch, "LATIN").split()[0]
            return "HAN" if word in ("CJK", "HIRAGANA", "KATAKANA") else word
    return "LATIN"


def _v8_person(rng: random.Random) -> tuple[str, str]:
    """A given and a family name of the same script."""
    given = rng.choice(V8_GIVEN)
    return given, rng.choice(_V8_FAMILY_BY_SCRIPT[_v8_script(given)])


_V8_FAMILY_BY_SCRIPT: dict[str, list[str]] = {}
for _family in V8_FAMILY:
    _V8_FAMILY_BY_SCRIPT.setdefault(_v8_script(_family), []).append(_family)


_V8_TO_ASCII = str.maketrans({"ł": "l", "ø": "o", "ð": "d", "ı": "i", "ß": "ss", "æ": "ae"})


def _v8_ascii(text: str) -> str:
    """A name as people type it into an e-mail address: lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_V8_TO_ASCII))
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()).lower()


def _v8_name(rng: random.Random, style: str) -> str:
    given, family = _v8_person(rng)
    latin = _v8_script(given) == "LATIN" and _v8_script(family) == "LATIN"
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "comma":
        return f"{family}, {given}"
    if style == "pn":  # DICOM / HL7 person name
        text = f"{family}^{given}" + (f"^{rng.choice(_V8_UP)}" if rng.random() < 0.3 else "")
        return text.upper() if rng.random() < 0.5 else text
    if style == "label":  # wristband and specimen label
        middle = f" {rng.choice(_V8_UP)}" if rng.random() < 0.5 else ""
        return f"{family.upper()}, {given.upper()}{middle}"
    if style == "vancouver":  # "Johnson M", as in a letter's copy list
        return f"{family} {given[0]}" if latin else family
    if style == "ru":  # Russian order: family, then initials or the given name
        fam = rng.choice(_V8_FAMILY_BY_SCRIPT["CYRILLIC"])
        giv = rng.choice([g for g in V8_GIVEN if _v8_script(g) == "CYRILLIC"])
        if rng.random() < 0.6:
            return f"{fam} {giv[0]}. {rng.choice('АБВГДЕИКЛМНОПРСТФ')}."
        return f"{fam} {giv}"
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    script = _v8_script(given)
    if script == _v8_script(family) and script in ("HAN", "HANGUL"):
        kana = any(
            "HIRAGANA" in unicodedata.name(c, "") or "KATAKANA" in unicodedata.name(c, "")
            for c in given
        )
        return f"{family} {given}" if kana else f"{family}{given}"
    r = rng.random()
    if r < 0.42:
        return f"{given} {family}"
    if r < 0.52:
        return f"{family}, {given}"
    if r < 0.57 and latin:
        return f"{given[0]}. {family}"
    if r < 0.62:
        return family
    if r < 0.67 and latin:
        return f"{given} {rng.choice(_V8_UP)}. {family}"
    if r < 0.71 and latin:
        return f"{given} ({rng.choice(V8_NICKNAMES)}) {family}"
    if r < 0.75:
        return f"{family} {given}"
    if r < 0.79:
        return f"{given} {family}".upper()
    if r < 0.82:
        return f"{given} {family}".lower()
    if r < 0.86 and latin:
        other = rng.choice([f for f in V8_FAMILY if " " not in f and _v8_script(f) == "LATIN"])
        return f"{given} {family}-{other}"
    if r < 0.90 and latin:
        return f"{given} {family} {rng.choice(V8_FAMILY)}"
    if r < 0.93 and latin:
        middle = rng.choice([g for g in V8_GIVEN if _v8_script(g) == "LATIN" and " " not in g])
        return f"{given} {middle} {family}"
    if r < 0.97:
        return f"{family.upper()} {given}"
    return f"{given} {family} {rng.choice(('Jr', 'Sr', 'IV'))}" if latin else f"{given} {family}"


def _v8_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    if style == "as":  # DICOM age string
        return f"{n:03d}Y"
    if style == "decimal":
        return f"{n}.{rng.randrange(10)}"
    if style == "ord":
        return (
            f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        )
    if style == "ym":
        return rng.choice((f"{n} yrs {rng.randrange(2, 12)} mos", f"{n}Y {rng.randrange(1, 12)}M"))
    if style == "en" and rng.random() < 0.3:  # in words
        if n < 100:
            words = "ninety" + (f"-{_V8_ONES[n - 90]}" if n > 90 else "")
        else:
            words = "one hundred" + (
                rng.choice((" and ", " ")) + _V8_ONES[n - 100] if n > 100 else ""
            )
        return words
    if style not in ("", "en"):
        raise ValueError(f"unknown AGE shape {style!r}")
    return str(n)


def _v8_date(rng: random.Random, style: str) -> str:
    # Birth dates: the shapes of DOB fields (DICOM DA, FHIR birthDate, Russian and Japanese forms).
    born = style in ("dob", "yob", "da", "iso", "dmy", "ja", "fr") or (
        not style and rng.random() < 0.3
    )
    if born:
        d = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    else:
        d = date(1996, 1, 1) + timedelta(days=rng.randrange(365 * 31))
    y, m, dd, yy = d.year, d.month, d.day, d.year % 100
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    month, mon, wkd = _V8_MONTHS[m - 1], _V8_MONTHS[m - 1][:3], _V8_WEEKDAYS[d.weekday()]
    nth = "th" if 4 <= dd <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    shapes: tuple[str, ...]
    if style in ("", "dob"):
        if rng.random() < 0.5:  # the ordinary shapes
            shapes = (
                f"{m:02d}/{dd:02d}/{y}",
                f"{m}/{dd}/{y}",
                f"{month} {dd}, {y}",
                f"{dd:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd} {mon} {y}",
                f"{m:02d}/{dd:02d}/{yy:02d}",
            )
        else:
            shapes = (
                f"{dd}.{_V8_ROMAN[m - 1]}.{y}",
                f"{dd:02d}-{mon}-{y} {hh:02d}:{mi:02d}",
                f"{mon}-{dd:02d}-{y}",
                f"{dd}{nth} {month} {y}",
                f"{m:02d}/{dd:02d}/{yy:02d} {hh:02d}{mi:02d}",
                f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}",
                f"{wkd} {dd:02d}/{m:02d}/{yy:02d}",
                f"{m}.{dd}.{yy:02d}",
                f"{dd}-{mon}",
                f"{month} {dd}{nth}",
            )
    elif style == "stamp":
        h12 = hh % 12 or 12
        shapes = (
            f"{m:02d}/{dd:02d}/{y} {h12}:{mi:02d} {'AM' if hh < 12 else 'PM'}",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}",
            f"{dd} {mon} {y} at {hh:02d}{mi:02d}",
        )
    elif style == "uk":
        shapes = (f"{dd:02d}/{m:02d}/{y}", f"{dd} {month} {y}", f"{dd}{nth} {month} {y}")
    elif style == "de":
        shapes = (
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd}. {_V8_DE_MONTHS[m - 1]} {y}",
            f"{dd:02d}.{m:02d}.{yy:02d}",
        )
    elif style == "fr":
        day = "1er" if dd == 1 else str(dd)
        shapes = (f"{dd:02d}/{m:02d}/{y}", f"{day} {_V8_FR_MONTHS[m - 1]} {y}")
    elif style == "dmy":
        shapes = (f"{dd:02d}.{m:02d}.{y}",)
    elif style == "ja":
        start, era = next(e for e in _V8_ERAS if d >= e[0])
        n = y - start.year + 1
        shapes = (
            f"{y}年{m}月{dd}日",
            f"{era}{'元' if n == 1 else n}年{m}月{dd}日",
            f"{y}/{m:02d}/{dd:02d}",
        )
    elif style == "ko":
        shapes = (f"{y}년 {m}월 {dd}일", f"{y}.{m:02d}.{dd:02d}")
    elif style == "da":
        shapes = (f"{y}{m:02d}{dd:02d}",)
    elif style == "hl7":
        shapes = (
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}",
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}",
        )
    elif style == "iso":
        shapes = (f"{y}-{m:02d}-{dd:02d}",)
    elif style in ("year", "yob"):
        shapes = (str(y),)
    elif style == "my":
        shapes = (f"{m:02d}/{y}", f"{month} {y}", f"{mon} {y}", f"{m}/{yy:02d}")
    elif style == "range":
        d1 = min(dd, 20)
        d2 = d1 + rng.randrange(1, 8)
        shapes = (
            f"{d1}-{d2} {month} {y}",
            f"{m:02d}/{d1:02d}-{m:02d}/{d2:02d}/{y}",
            f"{d1:02d}/{m:02d}/{y} - {d2:02d}/{m:02d}/{y}",
        )
    elif style == "gmail":
        shapes = (f"{wkd}, {dd} {mon} {y} at {hh:02d}:{mi:02d}",)
    elif style == "rfc":
        tz = rng.choice(("+0000", "-0500", "+0100", "+0530"))
        shapes = (f"{wkd}, {dd} {mon} {y} {hh:02d}:{mi:02d}:{ss:02d} {tz}",)
    elif style == "chat":
        shapes = (f"{dd:02d}/{m:02d}/{y}, {hh:02d}:{mi:02d}:{ss:02d}",)
    else:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes)


def _v8_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(1, 9999)
    street = f"{rng.choice(V8_STREETS)} {rng.choice(V8_STREET_KINDS)}"
    city, state, code = rng.choice(V8_CITIES), rng.choice(V8_STATES), rng.choice(V8_STATE_CODES)
    zip5 = _digits(rng, 5)
    town, county, area = rng.choice(V8_UK_TOWNS)
    uk_street = rng.choice(V8_UK_STREETS)
    postcode = (
        f"{area}{rng.randrange(1, 30)} {rng.randrange(10)}{rng.choice(_V8_UP)}{rng.choice(_V8_UP)}"
    )
    if not style:
        style = rng.choice(("us", "us", "us", "city", "uk", "de", "ke", "ng", "in", "ja"))
    if style == "us":
        return rng.choice(
            (
                f"{n} {street}",
                f"{n} {street}, {city}, {code} {zip5}",
                f"{city}, {state}",
                f"{n} {rng.choice('NSEW')} {street} Apt {rng.randrange(1, 40)}, {city}, {code} "
                f"{zip5}-{_digits(rng, 4)}",
                f"{city}, {code}",
            )
        )
    if style == "uk":
        return rng.choice(
            (
                f"{rng.randrange(1, 200)} {uk_street}, {town}, {county} {postcode}",
                f"Flat {rng.randrange(1, 20)}, {n % 200 + 1} {uk_street}, {town} {postcode}",
                f"{town} {postcode}",
            )
        )
    if style == "postcode":
        return rng.choice((postcode, zip5, f"{zip5}-{_digits(rng, 4)}"))
    if style == "city":
        return rng.choice((city, town, rng.choice(V8_KE_TOWNS), rng.choice(V8_IN_PLACES)[1]))
    if style == "street":
        return rng.choice((street, rng.choice(V8_UK_STREETS)))
    if style == "de":
        road, place = rng.choice(V8_DE_PLACES)
        return f"{road} {rng.randrange(1, 120)}, {_digits(rng, 5)} {place}"
    if style == "ke":
        return rng.choice(
            (
                f"P.O. Box {rng.randrange(10, 9999)}-{_digits(rng, 5)}, {rng.choice(V8_KE_TOWNS)}",
                f"{rng.choice(('Kahawa West', 'Kayole', 'Langas', 'Nyalenda'))}, "
                f"{rng.choice(V8_KE_TOWNS)}",
            )
        )
    if style == "ng":
        road, area_ng, place = rng.choice(V8_NG_PLACES)
        return f"No. {rng.randrange(1, 200)} {road}, {area_ng}, {place}"
    if style == "in":
        area_in, place = rng.choice(V8_IN_PLACES)
        return (
            f"H.No. {rng.randrange(1, 20)}-{rng.randrange(1, 12)}-{rng.randrange(1, 900)}, "
            f"{area_in}, {place} {rng.randrange(1, 9)}{_digits(rng, 5)}"
        )
    if style == "ja":
        return (
            f"〒{_digits(rng, 3)}-{_digits(rng, 4)} {rng.choice(V8_JA_PLACES)}"
            f"{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        )
    if style == "gps":
        lat, lon = rng.uniform(30, 47), rng.uniform(-120, -75)
        return rng.choice((f"{lat:.5f}, {lon:.5f}", f"{lat:.4f}N {-lon:.4f}W"))
    if style == "hl7":
        return f"{n} {street}^^{city}^{code}^{zip5}^USA"
    raise ValueError(f"unknown GEO shape {style!r}")


def _v8_phone(rng: random.Random, style: str) -> str:
    area, exch, line = f"{rng.randrange(201, 990)}", f"{rng.randrange(200, 999)}", _digits(rng, 4)
    us = (
        f"({area}) {exch}-{line}",
        f"{area}-{exch}-{line}",
        f"{area}.{exch}.{line}",
        f"{area}-{exch}-{line} ext {rng.randrange(100, 999)}",
    )
    shapes = {
        "us": us,
        "ng": (
            f"+234 80{rng.randrange(10)} {_digits(rng, 3)} {_digits(rng, 4)}",
            f"0803 {_digits(rng, 3)} {_digits(rng, 4)}",
        ),
        "in": (f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}", f"9{_digits(rng, 9)}"),
        "sg": (f"+65 {rng.choice('689')}{_digits(rng, 3)} {_digits(rng, 4)}",),
        "za": (
            f"082 {_digits(rng, 3)} {_digits(rng, 4)}",
            f"+27 83 {_digits(rng, 3)} {_digits(rng, 4)}",
        ),
        "hl7": (f"{area}^{exch}{line}",),
        "world": (
            f"03-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"090-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"+86 13{rng.randrange(10)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"06 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
            f"+49 30 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"01632 {_digits(rng, 6)}",
            f"+44 (0)7700 {_digits(rng, 6)}",
            f"+234 80{rng.randrange(10)} {_digits(rng, 3)} {_digits(rng, 4)}",
            f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}",
            f"+254 7{_digits(rng, 2)} {_digits(rng, 6)}",
        ),
    }
    if not style:
        style = "us" if rng.random() < 0.5 else "world"
    if style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    return rng.choice(shapes[style])


def _v8_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v8 shape (``style``: the shape a field asks for)."""
    up = _V8_UP
    if kind == "NAME":
        return _v8_name(rng, style)
    if kind == "AGE":
        return _v8_age(rng, style)
    if kind == "DATE":
        return _v8_date(rng, style)
    if kind == "GEO":
        return _v8_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v8_phone(rng, style)
    if kind == "EMAIL":
        given, family = _v8_person(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        domain = rng.choice(
            (
                "gmail.com",
                "yahoo.com",
                "aol.com",
                "hotmail.com",
                "icloud.com",
                "orange.fr",
                "libero.it",
                "t-online.de",
                "yahoo.co.in",
                "rediffmail.com",
            )
        )
        if not g or not f:  # a name in another script: a number as the mailbox
            return f"{rng.randrange(1, 10)}{_digits(rng, 9)}@{rng.choice(('163.com', 'naver.com'))}"
        return rng.choice(
            (
                f"{g}.{f}@{domain}",
                f"{g[0]}{f}{rng.randrange(10, 99)}@{domain}",
                f"{g}{f}{rng.randrange(1914, 1936)}@{domain}",
                f"{g}_{f[0]}@{domain}",
            )
        )
    if style and kind not in ("SSN", "MRN", "HEALTH_PLAN", "LICENSE", "VEHICLE", "DEVICE", "URL"):
        raise ValueError(f"unknown {kind} shape {style!r}")
    if kind == "SSN":
        yy, mm, dd = rng.randrange(14, 36), rng.randrange(1, 13), rng.randrange(1, 29)
        shapes = {
            "us": f"{rng.randrange(100, 900)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
            "aadhaar": f"{rng.randrange(2, 10)}{_digits(rng, 3)} {_digits(rng, 4)} "
            f"{_digits(rng, 4)}",
            "bsn": _digits(rng, 9),
            "nric": f"{rng.choice('STFG')}{_digits(rng, 7)}{rng.choice(up)}",
            "rrn": f"{yy:02d}{mm:02d}{dd:02d}-{rng.randrange(1, 5)}{_digits(rng, 6)}",
            "said": f"{yy:02d}{mm:02d}{dd:02d}{_digits(rng, 4)}{rng.randrange(2)}8"
            f"{_digits(rng, 1)}",
            "pnr": f"19{yy:02d}{mm:02d}{dd:02d}-{_digits(rng, 4)}",
            "dni": f"{_digits(rng, 8)}{rng.choice(up)}",
            "cf": "".join(rng.choice(up) for _ in range(6))
            + f"{yy:02d}{rng.choice('ABCDEHLMPRST')}"
            f"{dd:02d}{rng.choice(up)}{_digits(rng, 3)}{rng.choice(up)}",
            "cn": f"{_digits(rng, 6)}19{yy:02d}{mm:02d}{dd:02d}{_digits(rng, 3)}"
            f"{rng.choice('0123456789X')}",
        }
        return shapes[style or "us"]
    if kind == "MRN":
        if style == "hn":  # Thai hospital number
            return rng.choice(
                (f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"{_digits(rng, 6)}/{_digits(rng, 2)}")
            )
        if style:
            raise ValueError(f"unknown MRN shape {style!r}")
        if rng.random() < 0.5:
            return rng.choice((_digits(rng, 8), _digits(rng, 7)))
        return rng.choice(
            (
                f"00{_digits(rng, 8)}",
                f"K{_digits(rng, 7)}",
                f"M000{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                f"{_digits(rng, 6)}-{rng.choice(up)}",
                f"UH{_digits(rng, 10)}",
            )
        )
    if kind == "HEALTH_PLAN":
        shapes = {
            "nhs": f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
            "au": f"{rng.randrange(2, 7)}{_digits(rng, 3)} {_digits(rng, 5)} {rng.randrange(1, 9)}",
            "nhis": f"NHIS/{_digits(rng, 2)}/{_digits(rng, 6)}",
            "nhif": _digits(rng, 8),
            "oms": f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            "nir": f"{rng.randrange(1, 3)} {_digits(rng, 2)} {rng.randrange(1, 13):02d} "
            f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 2)}",
            "us": rng.choice(
                (
                    f"{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 9)}",
                    f"W{_digits(rng, 9)}",
                    f"{_digits(rng, 9)}{rng.choice('ABCD')}",
                    f"{_digits(rng, 3)}{rng.choice(up)}{_digits(rng, 5)}",
                )
            ),
        }
        return shapes[style or "us"]
    if kind == "ACCOUNT":
        if rng.random() < 0.5:
            return rng.choice((_digits(rng, 10), _digits(rng, 9)))
        return rng.choice(
            (
                f"INV-{_digits(rng, 6)}",
                f"EP{_digits(rng, 8)}",
                f"OPD/{_digits(rng, 5)}/{_digits(rng, 2)}",
                f"CT{rng.randrange(10, 27)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
                f"{_digits(rng, 4)}",
                f"{_digits(rng, 8)}/{_digits(rng, 3)}",
                f"{rng.choice(up)}{rng.choice(up)}-{_digits(rng, 7)}",
            )
        )
    if kind == "LICENSE":
        shapes = {
            "dea": f"{rng.choice('ABFM')}{rng.choice(up)}{_digits(rng, 7)}",
            "npi": f"{rng.randrange(1, 3)}{_digits(rng, 9)}",
            "ahpra": f"MED000{_digits(rng, 7)}",
            "passport": rng.choice(
                (_digits(rng, 9), f"{rng.choice(up)}{rng.choice(up)}{_digits(rng, 7)}")
            ),
            "dl": rng.choice(
                (
                    f"{rng.choice(up)}{_digits(rng, 7)}",
                    f"{rng.choice(up)}{_digits(rng, 12)}",
                    _digits(rng, 8),
                )
            ),
        }
        return shapes[style or "dl"]
    if kind == "VEHICLE":
        vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = rng.choice(("1FT", "1G1", "2HG", "3VW", "JTD", "WBA", "5YJ", "KMH"))
        vin = wmi + "".join(rng.choice(vin_chars) for _ in range(14))
        plates = (
            f"{rng.choice(('M', 'B', 'HH', 'K'))}-{_v8_letters(rng, 2)} {rng.randrange(1, 9999)}",
            f"{_v8_letters(rng, 2)}-{_digits(rng, 3)}-{_v8_letters(rng, 2)}",
            f"{rng.choice(('MH', 'KA', 'DL', 'TN'))} {_digits(rng, 2)} {_v8_letters(rng, 2)} "
            f"{_digits(rng, 4)}",
            f"K{rng.choice(up)}{rng.choice(up)} {_digits(rng, 3)}{rng.choice(up)}",
            f"{rng.randrange(1, 10)}{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 3)}",
        )
        if style == "plate":
            return rng.choice(plates)
        if style:
            raise ValueError(f"unknown VEHICLE shape {style!r}")
        return vin if rng.random() < 0.5 else rng.choice(plates)
    if kind == "DEVICE":
        hexd = "0123456789ABCDEF"
        shapes = {
            "dexcom": "8G" + "".join(rng.choice(up + "0123456789") for _ in range(4)),
            "imei": f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 6)}-{_digits(rng, 1)}",
            "mac": ":".join(rng.choice(hexd) + rng.choice(hexd) for _ in range(6)),
            "serial": rng.choice(
                (
                    _digits(rng, 9),
                    f"NG{_digits(rng, 7)}H",
                    f"CI{_digits(rng, 8)}",
                    f"{rng.choice(up)}{rng.choice(up)}{rng.choice(up)}{_digits(rng, 6)}"
                    f"{rng.choice(up)}",
                )
            ),
        }
        return shapes[style or "serial"]
    if kind == "URL":
        host = rng.choice(("stlukes", "riverside", "baptisthealth", "northside"))
        given, family = _v8_person(rng)
        g, f = _v8_ascii(given) or "mom", _v8_ascii(family) or "family"
        hex8 = ["".join(rng.choice("0123456789abcdef") for _ in range(8)) for _ in range(5)]
        shapes = {
            "portal": rng.choice(
                (
                    f"https://mychart.{host}.org/MyChart/Visits?csn={_digits(rng, 9)}",
                    f"https://portal.{host}-health.com/patient/{_digits(rng, 7)}",
                )
            ),
            "orthanc": f"http://10.{rng.randrange(256)}.{rng.randrange(256)}."
            f"{rng.randrange(1, 255)}:8042/app/explorer.html#patient?uuid={'-'.join(hex8)}",
            "viewer": f"https://viewer.{host}.net/viewer?StudyInstanceUIDs=1.2.840.113619.2."
            f"{_digits(rng, 3)}.{_digits(rng, 10)}.{_digits(rng, 5)}",
            "social": rng.choice(
                (
                    f"https://www.facebook.com/{g}.{f}.{_digits(rng, 3)}",
                    f"https://www.gofundme.com/f/help-{g}-{f}-get-home",
                )
            ),
        }
        shapes["pacs"] = shapes["orthanc"] if rng.random() < 0.5 else shapes["viewer"]
        return shapes[style or rng.choice(("portal", "pacs", "social"))]
    if kind == "IP":
        return rng.choice(
            (
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(65536):x}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}:104",
                f"::ffff:192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            )
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v9 lists: the held-out row (seed ``V9_SEED``), written and committed before any change made
# from the v8 row's misses and not run against the scrubber. Templates: US admission, discharge,
# triage, nursing, medication and pathology notes, fax cover sheets and sign-offs; Canadian,
# Quebec, Irish, Scottish, Indian, Brazilian, Mexican, Philippine, Nigerian, Japanese
# (romanized), German, French, Spanish, Polish and Thai headers; FHIR Patient and Coverage JSON,
# DICOM JSON, HL7 v2 MRG/GT1 segments, CDA XML, REDCap CSV, tab-separated lab exports and audit
# log lines; forwarded e-mails, signature blocks, messaging lines and video-visit links;
# identifiers, places, vehicles, devices, dates and ages in prose without a key. A placeholder may
# name a shape (``{SSN:cpf}``, ``{DATE:jaera}``, ``{GEO:ie}``, see ``_v9_value``); without one,
# about half the values have the ordinary shapes and half shapes of other countries or layouts.
# None of the names occurs in any earlier list of this file (checked token by token, accents
# stripped, particles aside); given and family names are paired by script (22 scripts); 25 of the
# family names are English or clinical words, and the clinical sentences use those words beside
# numbers that are not PHI (lab values with units, doses, ratios, scores, device settings, times,
# sizes, percentages and vital signs over 90 with their key).
V9_SEED = 20270425
V9_TEMPLATES = (
    # Ordinary US notes, forms and sign-offs.
    "HPI: {NAME} is a {AGE} year old female with HFpEF, CKD stage 3b and atrial fibrillation who "
    "presents via EMS with worsening leg swelling.",
    "Date of Admission: {DATE:event}\nDate of Discharge: {DATE:event}\n"
    "Attending Physician: {NAME}, MD\n"
    "Primary Care Physician: {NAME}",
    "Discharge instructions reviewed with the patient and her son {NAME:given}. Follow up with "
    "Dr. {NAME:family} in 1-2 weeks; call {PHONE:us} to schedule.",
    "ED TRIAGE\nArrival: {DATE:stamp}   Mode: ambulance   ESI: 2\nPatient: {NAME:upper}   "
    "Age: {AGE}   Sex: M\nChief complaint: fall, unable to get up",
    "0300 Nursing note: resting comfortably, no distress. Daughter {NAME} phoned from {PHONE} for "
    "an update; plan explained.",
    "MAR: 0900 doses given and initialled {NAME:initials}; 2100 doses held per Dr. "
    "{NAME:family}.",
    "Guarantor: {NAME:comma}   Relationship: Self   Acct No: {ACCOUNT}   Claim No: "
    "{ACCOUNT:claim}",
    "Primary insurance: Medicare, MBI {HEALTH_PLAN:mbi}; secondary: supplement plan, member ID "
    "{HEALTH_PLAN}",
    "She lives at {GEO:us} with her husband, who is {AGE}; cell {PHONE:us}.",
    "SURGICAL PATHOLOGY REPORT\nAccession: {ACCOUNT:path}\nCollected: {DATE:stamp}   Received: "
    "{DATE:stamp}\nSubmitting physician: {NAME}, MD",
    "Critical potassium called to and read back by {NAME}, RN at {DATE:stamp}.",
    "FAX COVER SHEET\nTo: Dr. {NAME}   Fax: {FAX}\nFrom: Health Information Management   Phone: "
    "{PHONE}\nPages: 4 (including cover)\nRe: {NAME:comma}, DOB {DATE:dob}",
    "{NAME}, a {AGE} yo man from a nursing home, was sent in for altered mental status; his "
    "health care proxy is his niece, {NAME}.",
    "Two-identifier check: name, date of birth {DATE:dob} and wristband MRN {MRN} confirmed "
    "before the transfusion.",
    "Electronically signed: {NAME}, MD on {DATE:stamp}\nCosigned by attending: {NAME}, MD",
    # Headers and letters from other countries.
    "Health card (OHIP): {HEALTH_PLAN:ohip}\nAddress: {GEO:ca}\nTel.: {PHONE:ca}",
    "Nom : {NAME:label}   RAMQ : {HEALTH_PLAN:ramq}   No de dossier : {MRN}\nNée le {DATE:frb}, "
    "{AGE} ans",
    "Re: {NAME}, {GEO:ie}\nDOB: {DATE:uk}   MRN: {MRN}   PPSN: {SSN:ppsn}\nGP: Dr {NAME} "
    "(IMC No. {LICENSE:imc})",
    "Name: {NAME}   Age/Sex: {AGE} Y/F   UHID: {MRN}   ABHA No.: {HEALTH_PLAN:abha}\n"
    "Address: {GEO:in}   Mobile: {PHONE:in}",
    "Referred by Dr. {NAME} (Reg. No. {LICENSE:nmc}) from {GEO:incity} for further management.",
    "Paciente: {NAME}   CPF: {SSN:cpf}   Cartão SUS: {HEALTH_PLAN:cns}\nEndereço: {GEO:br}   "
    "Tel.: {PHONE:br}\nData de nascimento: {DATE:pt}   Idade: {AGE} anos",
    "Nombre: {NAME}   CURP: {SSN:curp}   NSS: {HEALTH_PLAN:nss}\nDomicilio: {GEO:mx}   Tel. "
    "{PHONE:mx}\nFecha de ingreso: {DATE:es}",
    "Patient: {NAME:label}   PhilHealth No.: {HEALTH_PLAN:philhealth}\nAddress: {GEO:ph}   "
    "Contact No.: {PHONE:ph}\nAttending: Dr. {NAME} (PRC Lic. No. {LICENSE:prc})",
    "Hospital No: {MRN}   NIN: {SSN:nin}\nAddress: {GEO:ng}   Phone: {PHONE:ng}\nNext of kin: "
    "{NAME} (husband)",
    "Patient: {NAME:ja} ({AGE} y)   Date of birth: {DATE:jaera}\nAddress: {GEO:ja}   Tel: "
    "{PHONE:ja}",
    "Versichertennr.: {HEALTH_PLAN:kvnr}   geb. am {DATE:de}\nAnschrift: {GEO:de}   Tel.: "
    "{PHONE:de}\nHausarzt: Dr. med. {NAME} (LANR {LICENSE:lanr})",
    "Madame {NAME:family}, âgée de {AGE} ans, domiciliée {GEO:fr}, tél. {PHONE:fr}, a été "
    "hospitalisée du {DATE:fr} au {DATE:fr}.",
    "Paciente: {NAME}   NIE: {SSN:nie}   CIP: {HEALTH_PLAN:cip}\nDomicilio: {GEO:es}   Tfno.: "
    "{PHONE:es}\nMédico responsable: Dr. {NAME} (n.º col. {LICENSE:col})",
    "Pacjent: {NAME}, PESEL {SSN:pesel}, zam. {GEO:pl}, tel. {PHONE:pl}; przyjęty {DATE:pl} r.",
    "ผู้ป่วย {NAME}  อายุ {AGE} ปี  HN {MRN}  วันที่รับไว้ {DATE:th}",
    "CHI: {HEALTH_PLAN:chi}   NI No: {SSN:nino}   Tel: {PHONE:uk}",
    # Dataset exports.
    '{"resourceType": "Patient", "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", '
    '"value": "{SSN:us}"}, {"type": {"text": "MRN"}, "value": "{MRN}"}], "address": [{"line": '
    '["{GEO:street}"], "city": "{GEO:city}", "postalCode": "{GEO:zip}"}], "deceasedDateTime": '
    '"{DATE:log}"}',
    '{"resourceType": "Coverage", "subscriberId": "{HEALTH_PLAN}", "beneficiary": {"display": '
    '"{NAME}"}, "period": {"start": "{DATE:iso}"}}',
    '{"00100010": {"vr": "PN", "Value": [{"Alphabetic": "{NAME:pn}"}]}, "00100030": {"vr": "DA", '
    '"Value": ["{DATE:da}"]}, "00101010": {"vr": "AS", "Value": ["{AGE:as}"]}, "00181000": '
    '{"vr": "LO", "Value": ["{DEVICE}"]}}',
    "MRG|{MRN}^^^HOSP^MR||{ACCOUNT}\nGT1|1||{NAME:pn}||{GEO:hl7}|{PHONE:e164}||{DATE:da}|F||SE|"
    "{SSN:us}",
    '<patientRole><id extension="{MRN}"/><addr><streetAddressLine>{GEO:street}'
    "</streetAddressLine><city>{GEO:city}</city><postalCode>{GEO:zip}</postalCode></addr>"
    '<telecom value="tel:{PHONE:e164}"/><patient><name><given>{NAME:given}</given><family>'
    '{NAME:family}</family></name><birthTime value="{DATE:da}"/></patient></patientRole>',
    "record_id,redcap_event_name,dob,zip_code,phone_number,email\n{MRN},baseline_arm_1,"
    "{DATE:iso},{GEO:zip},{PHONE},{EMAIL}",
    "SPECIMEN_ID\tCOLLECTED\tPATIENT\tAGE\n{ACCOUNT}\t{DATE:stamp}\t{NAME:pn}\t{AGE}",
    "{DATE:log} INFO chart-open mrn={MRN} user={EMAIL} src={IP}",
    # E-mail and messaging.
    "---------- Forwarded message ---------\nFrom: {NAME} <{EMAIL}>\nDate: {DATE:fwd}\n"
    "Subject: Re: appointment for my mother",
    "Thanks,\n{NAME}\nClinic Coordinator, Heart Failure Service\nT: {PHONE} | F: {FAX}\n{EMAIL}",
    "[{DATE:wa}] {NAME}: Doctor, my father is {AGE} and has not eaten since yesterday, please "
    "call {PHONE:intl}",
    "Video visit link sent to {EMAIL}: {URL:zoom}",
    # Identifiers, places, vehicles, devices, dates and ages in prose without a key.
    "She was born in {GEO:city} on {DATE:long} and came to this country in {DATE:year}.",
    "He was the restrained driver of a car with plate {VEHICLE:plate}; the tow company recorded "
    "VIN {VEHICLE:vin}.",
    "The patient's van ({VEHICLE}) was left at the main entrance; keys are with {NAME} at the "
    "front desk.",
    "Celebrated her {AGE:ord} birthday on the ward last week and still does her own shopping.",
    "He gave an old number, {PHONE}, and an address in {GEO}; both turned out to be wrong.",
    "Her CPAP machine ({DEVICE}) and hearing aids (serial numbers {DEVICE} and {DEVICE}) went "
    "home with her son.",
    "Old records were requested from {GEO:inst}, where she was treated under number {MRN} in "
    "{DATE:year}.",
    "Outside images arrived on a CD labelled {NAME:pn} {DATE:da} and were uploaded from {IP} to "
    "{URL}.",
    "Identity confirmed against her passport ({LICENSE:passport}) and driving licence "
    "({LICENSE}).",
    "Pronounced dead at 04:12 on {DATE:event}, aged {AGE:en}; the family was told by {NAME} on "
    "{PHONE}.",
    "Bill for this visit sent to {GEO}; pay online at {URL} quoting {ACCOUNT} or by transfer to "
    "{ACCOUNT:iban}.",
)  # fmt: skip
# Japanese given and family names in Latin letters, for "YAMADA Hanako" in romanized records.
_V9_JA_GIVEN = (
    "Fumio", "Hideko", "Mitsuko", "Nobuko", "Sadako", "Teruko", "Yasuo", "Hisako", "Katsuo",
    "Tomiko", "Shizue", "Hatsue",
)  # fmt: skip
_V9_JA_FAMILY = (
    "Ikeda", "Maeda", "Shibata", "Ueno", "Yamazaki", "Kaneko", "Tsutsumi", "Hirano", "Kurosawa",
    "Sugimoto", "Kitagawa",
)  # fmt: skip
V9_GIVEN = _V9_JA_GIVEN + (
    "Agatha", "Beatrix", "Cordelia", "Dulcie", "Edwina", "Elspeth", "Euphemia", "Henrietta",
    "Hester", "Imogen", "Jemima", "Lavinia", "Lettice", "Millicent", "Muriel", "Nettie",
    "Philippa", "Rosamund", "Sybil", "Ursula", "Winnie", "Zillah", "Algernon", "Archibald",
    "Barnaby", "Cuthbert", "Desmond", "Egbert", "Erasmus", "Ezekiel", "Godfrey", "Horatio",
    "Ignatius", "Jethro", "Mervyn", "Obadiah", "Septimus", "Thaddeus", "Zebulon", "Buford",
    "Cletus", "Dewey", "Grover", "Orval", "Thurman", "Verlin", "Virgie", "Kaydence", "Jayce",
    "Oaklynn", "Rhiannon",
    "Cliodhna", "Dearbhla", "Éabha", "Fiadh", "Muireann", "Orlaith", "Cathal", "Darragh",
    "Fearghal", "Lorcan", "Naoise", "Odhrán", "Gaétan", "Jocelyne", "Micheline", "Rosaire",
    "Fernande", "Réal", "Rolande",
    "Bhagyashree", "Chandrakala", "Gurcharan", "Indumathi", "Jagdish", "Lakshmamma", "Nagaraju",
    "Parvathamma", "Sarojini", "Tejinder", "Yashoda", "Kulwant",
    "Aparecida", "Benedito", "Cleide", "Edileusa", "Ivonete", "Lindalva", "Nivaldo", "Terezinha",
    "Valdirene", "Zuleide", "Apolinar", "Casimira", "Eleuterio", "Epifanio", "Hermelinda",
    "Porfirio", "Tranquilino", "Yolotl", "Anacleta", "Crisanto", "Florante", "Nenita", "Pacita",
    "Teofilo", "Zenaida", "Corazon",
    "Adaora", "Chibuike", "Folasade", "Ifeanyi", "Jumoke", "Modupe", "Somtochukwu", "Ejiro",
    "Adjoa", "Fiifi", "Nyokabi",
    "Sang-chul", "Shulan", "Yulan", "Fengying", "Zhiqiang", "Baoguo", "Huimin", "Chunmei",
    "Kam Fai", "Thuận", "Tuyết", "Nghĩa", "Bambang",
    "Ekkehard", "Friedhelm", "Gerlinde", "Helmtrud", "Kunigunde", "Lothar", "Mechthild",
    "Roswitha", "Sieglinde", "Wiebke", "Ortrud", "Apolline", "Clotilde", "Honorine", "Lucette",
    "Sidonie", "Théophile", "Marcellin", "Asunción", "Dolors", "Fulgencio", "Gumersindo",
    "Sagrario", "Visitación", "Iñaki", "Mertxe",
    "Zbigniew", "Wiesława", "Bronisława", "Bořivoj", "Piroska", "Tünde", "Torbjørn", "Gunnvor",
    "Sølvi", "Raili", "Snježana", "Gëzim", "Birutė", "Dzintra",
    "Hüseyin", "Necati", "Songül", "Abdelhak", "Lahcen", "Rachida", "Manouchehr", "Houshang",
    "Fereydoun", "Zarmina", "Mordechai", "Tzipora",
    "Kaleo", "Pualani", "Viliami", "Rawiri", "Huia", "Kenojuak", "Elisapee", "Aputi", "Ipeelee",
    "Sequoyah",
    "Тамара", "Евдокия", "Клавдия", "Серафима", "Αικατερίνη", "Σπυρίδων", "Κυριάκος", "玉兰",
    "德明", "ミツ", "清", "ちよ", "말순", "덕희", "상철", "مريم", "پروین", "هوشنگ", "מנחם", "צפורה",
    "सरोज", "ओमप्रकाश", "कमला", "সুলতানা", "নির্মল", "ராஜேந்திரன்", "கண்ணம்மா", "సరోజిని",
    "నాగరాజు", "ಲಕ್ಷ್ಮಮ್ಮ", "ನಾಗರಾಜ", "കുഞ്ഞമ്മ", "ഗോപാലൻ", "મણિબેન", "હસમુખ", "ਕੁਲਵੰਤ", "ਗੁਰਚਰਨ",
    "บุญมี", "สมหญิง", "თამარი", "ბადრი", "Հասմիկ", "Աշոտ", "ፀሐይ", "አልማዝ", "කුමාරි", "සුනිල්",
    "វណ្ណា", "ᐊᐳᑎ", "ᐃᐱᓕ",
)  # fmt: skip
V9_FAMILY = _V9_JA_FAMILY + (
    "Aldridge", "Barraclough", "Brocklehurst", "Clutterbuck", "Cotterill", "Entwistle",
    "Fothergill", "Gathercole", "Higginbottom", "Kettlewell", "Loxley", "Mottram", "Nuttall",
    "Ormerod", "Quarmby", "Ramsbottom", "Scattergood", "Tattersall", "Wigglesworth",
    "Winterbottom", "Blenkiron", "Ffoulkes", "Willoughby",
    "Marrow", "Kidney", "Colon", "Pulse", "Fever", "Cough", "Heel", "Gurney", "Pill", "Spittle",
    "Crutch", "Tooth", "Sickle", "Plaster", "Gullet", "Tablet", "Drip", "Tickle", "Pigeon",
    "Gotobed", "Makepeace", "Twelvetrees", "Woodcock", "Tumbler", "Lumb",
    "Ó Dubhghaill", "Mac Conmara", "Ó Laoghaire", "Ní Cheallacháin", "Ó hEidhin", "Mac Suibhne",
    "Ó Cinnéide", "Mag Uidhir", "Beaudoin", "Bergeron", "Boudreau", "Cloutier", "Desjardins",
    "Nadeau", "Paquette", "Rioux", "Sirois", "Turcotte", "Vaillancourt",
    "Chattopadhyay", "Iyengar", "Jadhav", "Kamath", "Lokhande", "Mahajan", "Pawar",
    "Sreenivasan", "Talwar", "Upadhyay", "Wadhwa", "Zaveri", "Palaniappan", "Ramaswamy",
    "Oliveira", "Assunção", "Brandão", "Damasceno", "Figueiredo", "Guimarães", "Lacerda",
    "Nogueira", "Peixoto", "Queiroz", "Vasconcelos", "Coutinho", "Falcão", "Aguirre", "Cárdenas",
    "Escobedo", "Galindo", "Iturbide", "Jaramillo", "Olvera", "Quiroz", "Rentería", "Arreola",
    "Cisneros", "Agbayani", "Buenaventura", "Dumlao", "Nepomuceno", "Quizon", "Sarmiento",
    "Tuazon", "Umali",
    "Adebisi", "Akinyemi", "Ezeani", "Ibekwe", "Nnaji", "Odukoya", "Ogbonna", "Onyeka",
    "Adeyinka", "Ikpeme", "Akpan", "Etim", "Anozie", "Okoye", "Ezenwa", "Adegoke", "Gbadamosi",
    "Bankole", "Nkansah", "Sarpong", "Chepkoech", "Ayele", "Mohamud",
    "Heo", "Cha", "Ju", "Shen", "Yao", "Zeng", "Đỗ", "Mạc", "Kusuma",
    "Bäcker", "Eichhorn", "Gottschalk", "Hinterberger", "Jungbluth", "Kirchhoff", "Lehmkuhl",
    "Niederhuber", "Oberhauser", "Rademacher", "Steinbrecher", "Vogelsang", "van der Linde",
    "ter Borg", "van den Heuvel", "zu Stolberg", "Carpentier", "Delacroix", "Jourdain", "Marchal",
    "Fabre", "Duval", "Bermúdez", "Jurado", "Quintana", "Zabaleta", "Arrieta", "Urrutia", "Soler",
    "Jankowski", "Kamiński", "Sikora", "Veselý", "Horáková", "Papp", "Bakke", "Eriksen",
    "Salonen", "Halvorsdóttir", "Knežević", "Šarić", "Gashi", "Petrauskas", "Ozoliņš",
    "Aksoy", "Korkmaz", "Benali", "Bouzid", "Zerrouki", "Hosseinzadeh", "Durrani", "Khattak",
    "Wardak", "Abramovich", "bin Othman",
    "Kapule", "Makoa", "Vaifale", "Waaka", "Arnatsiaq", "Qaunaq", "Pootoogook", "Begaye",
    "Tohee", "Silversmith",
    "Абрамова", "Воронин", "Зайцева", "Тимофеев", "Αθανασίου", "Δημητρίου", "Σταματόπουλος", "马",
    "胡", "宋", "伊藤", "小林", "井上", "백", "신", "الحسيني", "محمدي", "رضایی", "רוזנברג", "मिश्रा",
    "ठाकुर", "सक्सेना", "ভট্টাচার্য", "দত্ত", "ராமசாமி", "பழனியப்பன்", "కొండపల్లి", "చిట్టూరి", "ಹೆಗ್ಡೆ",
    "ಕಾಮತ್", "നായർ", "പിള്ള", "શાહ", "ਬਾਜਵਾ", "ਚੀਮਾ", "ศรีสวัสดิ์", "แก้วมณี", "წერეთელი",
    "ჭავჭავაძე", "Թորոսյան", "Խաչատրյան", "ታደሰ", "ወልዴ", "ගුණවර්ධන", "හේරත්", "ចាន់", "សៀង",
    "ᑭᓚᐳᒃ", "ᓇᑲᓱᒃ",
)  # fmt: skip
# US places (city, state code, state), with streets of their own.
V9_US_PLACES = (
    ("Enid", "OK", "Oklahoma"), ("Kearney", "NE", "Nebraska"), ("Minot", "ND", "North Dakota"),
    ("Hobbs", "NM", "New Mexico"), ("Tupelo", "MS", "Mississippi"), ("Oshkosh", "WI", "Wisconsin"),
    ("Paragould", "AR", "Arkansas"), ("Scottsbluff", "NE", "Nebraska"),
)  # fmt: skip
V9_STREETS = ("Hackberry", "Catalpa", "Sweetgum", "Pawpaw", "Buckeye", "Chinquapin", "Redbud")
V9_STREET_KINDS = ("Loop", "Hwy", "Ln", "Terrace", "Pike", "Run", "Cove", "Pl", "Street", "Road")
# Canadian places (city, province, forward sortation area), Irish (area, county, routing key),
# Indian (locality, city), Brazilian, Mexican, Philippine, Nigerian, Japanese, German, French,
# Spanish and Polish places for those countries' addresses.
V9_CA_PLACES = (
    ("Sudbury", "ON", "P3A"), ("Thunder Bay", "ON", "P7B"), ("Moncton", "NB", "E1C"),
    ("Saskatoon", "SK", "S7N"), ("Red Deer", "AB", "T4N"), ("Kamloops", "BC", "V2C"),
    ("Rimouski", "QC", "G5L"), ("Trois-Rivières", "QC", "G9A"),
)  # fmt: skip
V9_CA_STREETS = ("Lasalle Blvd", "Red River Rd", "Mountain Rd", "Lorne Ave", "Gaetz Ave")
V9_QC_STREETS = ("rue Saint-Germain Est", "boulevard des Forges", "rue de l'Évêché Ouest")
V9_IE_PLACES = (
    ("Ballincollig", "Cork", "P31"), ("Knocknacarra", "Galway", "H91"),
    ("Tramore", "Waterford", "X91"), ("Ballymote", "Sligo", "F56"), ("Castlebar", "Mayo", "F23"),
    ("Tralee", "Kerry", "V92"),
)  # fmt: skip
V9_IE_STREETS = ("Ashgrove Park", "Glenview Heights", "Church View", "The Paddocks", "Cnoc Álainn")
V9_IN_PLACES = (
    ("Kharghar", "Navi Mumbai"), ("Jayanagar 4th Block", "Bengaluru"),
    ("Sarabha Nagar", "Ludhiana"), ("Saheed Nagar", "Bhubaneswar"), ("Kuvempunagar", "Mysuru"),
    ("Poonkunnam", "Thrissur"),
)  # fmt: skip
V9_BR_PLACES = (
    ("Rua Padre Anchieta", "Centro", "Curitiba", "PR"),
    ("Av. Boa Viagem", "Boa Viagem", "Recife", "PE"),
    ("Rua das Laranjeiras", "Laranjeiras", "Rio de Janeiro", "RJ"),
    ("Travessa São Bento", "Cidade Velha", "Belém", "PA"),
    ("Rua Sete de Setembro", "Centro", "Sobral", "CE"),
)  # fmt: skip
V9_MX_PLACES = (
    ("Calle Morelos", "Centro", "Morelia, Mich.", "58000"),
    ("Av. Juárez", "Americana", "Guadalajara, Jal.", "44160"),
    ("Calle 60", "Centro", "Mérida, Yuc.", "97000"),
    ("Privada de los Pinos", "Lomas de Chapultepec", "Miguel Hidalgo, CDMX", "11000"),
    ("Calle 5 de Mayo", "Centro", "Oaxaca de Juárez, Oax.", "68000"),
)  # fmt: skip
V9_PH_PLACES = (
    ("Cainta", "Rizal", "1900"), ("Cagayan de Oro City", "Misamis Oriental", "9000"),
    ("Tagbilaran City", "Bohol", "6300"), ("Dasmariñas", "Cavite", "4114"),
)  # fmt: skip
V9_PH_BARANGAYS = ("San Isidro", "Lapasan", "Mabolo", "Bagong Silang", "Poblacion")
V9_NG_PLACES = (
    "Benin-Sapele Road, Benin City, Edo State", "Zik Avenue, Uwani, Enugu",
    "Federal Housing Estate, Kubwa, Abuja", "Wetheral Road, Owerri, Imo State",
    "Taiwo Road, Ilorin, Kwara State",
)  # fmt: skip
V9_JA_PLACES = (
    "Hongo, Bunkyo-ku, Tokyo", "Katahira, Aoba-ku, Sendai, Miyagi",
    "Maidashi, Higashi-ku, Fukuoka", "Shikatsu-cho, Nishi-ku, Nagoya",
)  # fmt: skip
V9_DE_PLACES = (
    ("Hauptstr.", "Heidelberg"), ("Am Sonnenhang", "Berchtesgaden"),
    ("Bardowicker Str.", "Lüneburg"), ("Innstraße", "Passau"), ("Berliner Str.", "Görlitz"),
)  # fmt: skip
V9_FR_PLACES = (
    ("rue des Lilas", "Lyon"), ("allée des Mimosas", "Marseille"),
    ("avenue Jean-Jaurès", "Toulouse"), ("impasse du Moulin", "Quimper"),
    ("chemin de la Croix Blanche", "Sarlat-la-Canéda"),
)  # fmt: skip
V9_ES_PLACES = (
    ("C/ Mayor", "Madrid"), ("Avda. de la Constitución", "Sevilla"),
    ("Plaza del Pilar", "Zaragoza"), ("C/ Sant Pere", "Girona"),
    ("Rúa do Franco", "Santiago de Compostela"),
)  # fmt: skip
V9_PL_PLACES = (("ul. Lipowa", "Lublin"), ("os. Tysiąclecia", "Kraków"), ("ul. Długa", "Gdańsk"))
V9_INSTITUTIONS = (
    "Sligo University Hospital", "Royal Inland Hospital, Kamloops",
    "Santa Casa de Misericórdia de Sobral", "Hospital Civil de Guadalajara",
    "Northern Mindanao Medical Center, Cagayan de Oro", "North Mississippi Medical Center, Tupelo",
)  # fmt: skip
# Clinical sentences: the v9 family names as plain words (marrow, kidney, colon, pulse, fever,
# cough, tickle, heel, gurney, tablet, pill, spittle, crutch, plaster, tooth, sickle, gullet,
# drip, pigeon), devices and scores no other list has, and numbers that are not PHI: long lab
# values with units, doses and dose counts, ratios, scores, device settings, times of day, sizes,
# percentages and vital signs over 90 with their key.
V9_EPONYM = (
    "Bone marrow trephine: 95% cellularity, blasts 3%, myeloid to erythroid ratio 4:1.",
    "Kidney lengths 11.4 cm right and 9.6 cm left; resistive index 0.72; no hydronephrosis.",
    "Colon: 3 sessile polyps of 4 to 9 mm removed at 25, 40 and 62 cm from the anal verge.",
    "Pulse 112 and irregular, BP 168/94, RR 22, SpO2 93% on room air, temperature 37.8.",
    "Fever to 39.4 on day 6; blood cultures positive in 2 of 2 sets after 14 hours.",
    "Cough for 3 weeks with a tickle in the throat; 3 sputum samples negative for AFB.",
    "Heel pressure ulcer, category 2, 2.5 x 1.8 cm; Waterlow 18, Braden 13.",
    "Gurney transfer with 4 staff at 13:45; NEWS2 score 5; pain 6/10.",
    "Tablet count: 56 of 60 taken, adherence 93%; pill burden 11 a day.",
    "Spittle and drooling improved on glycopyrronium 200 micrograms 3 times daily.",
    "Crutch walking, partial weight bearing 50% for 6 weeks; plaster removed at 12 days.",
    "Tooth 36 extracted under 2 cartridges of 2% lidocaine with 1:80,000 adrenaline.",
    "Sickle cell disease, HbS 86%, HbF 9.5%; exchange transfusion of 8 units.",
    "Plaster cast split at 22:10 for swelling; capillary refill under 2 seconds.",
    "Gullet stricture dilated with a 3-stage balloon to 12, 13.5 and 15 mm.",
    "Drip rate 125 mL/h; 1000 mL of 0.9% saline over 8 hours; 2 units of red cells.",
    "Pigeon chest with a Haller index of 2.1; FEV1 92% predicted, FVC 3.41 L.",
    "Troponin T 1,284 ng/L at 0 h and 3,960 ng/L at 3 h; CK 12,450 U/L.",
    "Ferritin 1045 ug/L, transferrin saturation 94%, CRP 3.2 mg/L, B12 1,476 pmol/L.",
    "Platelets 1,024 x 10^9/L, WBC 94.3, LDH 2150 U/L, urate 0.61 mmol/L.",
    "Dialysis 3 times a week for 4 hours; Kt/V 1.4; dry weight 68.5 kg; access flow 950 mL/min.",
    "CPAP at 10 cmH2O; AHI down from 46 to 3.1 per hour; leak 24 L/min; used on 97% of nights.",
    "Ventilator: PEEP 8, FiO2 0.40, tidal volume 450 mL, rate 16; P/F ratio 190.",
    "Pacing threshold 0.75 V at 0.4 ms; R wave 9.8 mV; lead impedance 520 ohms; battery 8.6 years.",
    "ECG: sinus rhythm 92 bpm, PR 212 ms, QRS 124 ms, QTc 498 ms.",
    "Apgar 8 and 9 at 1 and 5 minutes; birth weight 3420 g at 39+4 weeks; head circumference "
    "34.5 cm.",
    "Visual acuity 6/9 right and 6/18 left; intraocular pressure 21 and 24 mmHg.",
    "Audiogram: 45 dB loss at 4000 Hz on the left; speech discrimination 92%.",
    "HbA1c 94 mmol/mol (10.8%); fasting glucose 11.2 mmol/L; BMI 31.4.",
    "Urine albumin to creatinine ratio 112 mg/mmol; eGFR 24; sodium 129; potassium 5.9.",
    "Radiotherapy 60 Gy in 30 fractions to the prostate bed, 2 Gy per fraction, over 6 weeks.",
    "Cycle 4 of 6: carboplatin AUC 5 and paclitaxel 175 mg/m2 on day 1 every 21 days.",
    "CT technique: 112 slices at 0.625 mm, 120 kVp, 250 mAs, DLP 1,140 mGy.cm.",
    "Weight 104.2 kg, height 178 cm, waist 112 cm; BMI 32.9.",
    "Methotrexate 15 mg once weekly; folic acid 5 mg 3 days later.",
    "INR 1.1; APTT 31.2 s; fibrinogen 1.9 g/L; D-dimer 4,210 ng/mL FEU.",
    "Morphine 2.5 mg every 4 hours as needed, 3 doses in 24 hours; Guedel airway size 3.",
    "Cardiac output 4.9 L/min; PCWP 22 mmHg; SVR 1,320 dyn.s/cm5; mixed venous saturation 61%.",
    "MMSE 19/30; MoCA 14/30; Barthel 45/100; Clinical Frailty Scale 6.",
    "Child-Pugh B8, MELD 24; Glasgow-Blatchford 12; Forrest IIa ulcer of 15 mm.",
    "Heart rate 96, BP 102/64, SpO2 98% on 2 L, MAP 77, lactate 4.1, CVP 12.",
    "Tenckhoff catheter flushed with 1000 mL; Ilizarov frame pin sites clean at 4 of 6 pins.",
)  # fmt: skip
_V9_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
_V9_PT_MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)  # fmt: skip
_V9_PL_MONTHS = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia",
)  # fmt: skip
_V9_TH_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
_V9_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Japanese eras in Latin letters, newest first: (first day, name, letter).
_V9_ERAS = (
    (date(2019, 5, 1), "Reiwa", "R"), (date(1989, 1, 8), "Heisei", "H"),
    (date(1926, 12, 25), "Showa", "S"), (date(1912, 7, 30), "Taisho", "T"),
)  # fmt: skip
_V9_TENS = ("", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine")
_V9_ORD = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
)  # fmt: skip
_V9_EIRCODE = "ACDEFHKNPRTVWXY0123456789"


def _v9_person(rng: random.Random) -> tuple[str, str]:
    """A given and a family name of the same script."""
    given = rng.choice(V9_GIVEN)
    return given, rng.choice(_V9_FAMILY_BY_SCRIPT[_v8_script(given)])


_V9_FAMILY_BY_SCRIPT: dict[str, list[str]] = {}
for _family in V9_FAMILY:
    _V9_FAMILY_BY_SCRIPT.setdefault(_v8_script(_family), []).append(_family)


def _v9_initial(name: str) -> str:
    """The initial of a name's last word that is not a lower-case particle."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()] or name.split()
    return words[-1][0].upper() if len(words) == 1 else words[0][0].upper()


def _v9_name(rng: random.Random, style: str) -> str:
    given, family = _v9_person(rng)
    latin = _v8_script(given) == "LATIN"
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "comma":
        return f"{family}, {given}"
    if style == "label":  # "TREMBLAY, Ghislaine", as on a wristband or a form
        return f"{family.upper()}, {given}"
    if style == "upper":
        return f"{given} {family}".upper()
    if style == "pn":  # DICOM / HL7 person name
        text = f"{family}^{given}" + (f"^{rng.choice(_V8_UP)}" if rng.random() < 0.25 else "")
        return text.upper() if rng.random() < 0.5 else text
    if style == "initials":  # a nurse's or pharmacist's initials on a chart
        if not latin:
            return family
        g, f = given[0].upper(), _v9_initial(family)
        return rng.choice((f"{g}{f}", f"{g}.{f}.", f"{g}. {f}.", f"{g}{rng.choice(_V8_UP)}{f}"))
    if style == "ja":  # romanized Japanese: family name first, often in capitals
        g, f = rng.choice(_V9_JA_GIVEN), rng.choice(_V9_JA_FAMILY)
        return rng.choice((f"{f.upper()} {g}", f"{f} {g}", f"{g} {f.upper()}", f"{g} {f}"))
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    script = _v8_script(given)
    if script in ("HAN", "HANGUL"):
        kana = any(
            "HIRAGANA" in unicodedata.name(c, "") or "KATAKANA" in unicodedata.name(c, "")
            for c in given
        )
        return f"{family} {given}" if kana else f"{family}{given}"
    if not latin:
        return f"{given} {family}" if rng.random() < 0.7 else f"{family} {given}"
    r = rng.random()
    if r < 0.45:
        return f"{given} {family}"
    if r < 0.53:
        return f"{family}, {given}"
    if r < 0.58:
        return f"{given[0]}. {family}"
    if r < 0.62:
        return f"{given[0]}.{rng.choice(_V8_UP)}. {family}"
    if r < 0.66:
        return family
    if r < 0.70:
        return f"{family.upper()}, {given}"
    if r < 0.73:
        return f"{given} {family}".upper()
    if r < 0.76:
        return f"{given} {family}".lower()
    latin_families = [f for f in V9_FAMILY if " " not in f and _v8_script(f) == "LATIN"]
    if r < 0.80:  # double-barrelled
        return f"{given} {family}-{rng.choice(latin_families)}"
    if r < 0.84:  # two family names, as in Spanish and Portuguese
        return f"{given} {family} {rng.choice(latin_families)}"
    if r < 0.88:
        middle = rng.choice([g for g in V9_GIVEN if _v8_script(g) == "LATIN" and " " not in g])
        return f"{given} {middle} {family}"
    if r < 0.91:  # given name and the family name's initial, as in a nursing note
        return f"{given} {_v9_initial(family)}."
    if r < 0.94:
        return f"{family} {given}"
    if r < 0.97:
        return f"{given} {rng.choice(_V8_UP)}. {family}"
    return f"{family.upper()} {given}"


def _v9_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    if style == "as":  # DICOM age string
        return f"{n:03d}Y"
    if style == "ord":  # "her 97th birthday"
        if rng.random() < 0.6:
            suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix}"
        if n < 100:
            return "ninetieth" if n == 90 else "ninety-" + _V9_ORD[n - 90]
        if n == 100:
            return "hundredth"
        return rng.choice(("hundred-and-", "one hundred and ")) + _V9_ORD[n - 100]
    if style == "en" and rng.random() < 0.4:  # in words
        if n < 100:
            words = "ninety" + _V9_TENS[n - 90]
            return rng.choice((words, words.replace("-", " "), words.replace("-", " ").title()))
        rest = _V8_ONES[n - 100]
        return rng.choice(
            (
                f"a hundred and {rest}" if rest else "a hundred",
                f"one hundred {rest}" if rest else "one hundred",
                f"one-hundred-and-{rest}" if rest else "one-hundred",
            )
        )
    if style not in ("", "en"):
        raise ValueError(f"unknown AGE shape {style!r}")
    return str(n)


def _v9_date(rng: random.Random, style: str) -> str:
    # Birth dates: the styles of birth-date fields ("frb": a French birth date).
    born = style in ("dob", "da", "pt", "jaera", "long", "uk", "de", "frb") or (
        not style and rng.random() < 0.3
    )
    if born:
        d = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    else:
        d = date(1996, 1, 1) + timedelta(days=rng.randrange(365 * 31))
    y, m, dd, yy = d.year, d.month, d.day, d.year % 100
    hh, mi, ss, ms = rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000)
    h12, ampm = hh % 12 or 12, "AM" if hh < 12 else "PM"
    month, mon, wkd = _V8_MONTHS[m - 1], _V8_MONTHS[m - 1][:3], _V8_WEEKDAYS[d.weekday()]
    nth = "th" if 4 <= dd <= 20 or 24 <= dd <= 30 else {1: "st", 2: "nd", 3: "rd"}[dd % 10]
    shapes: tuple[str, ...]
    if style in ("", "dob", "event"):  # "event": an admission, a discharge, a death
        if rng.random() < 0.5:  # the ordinary shapes
            shapes = (
                f"{m:02d}/{dd:02d}/{y}",
                f"{m}/{dd}/{y}",
                f"{month} {dd}, {y}",
                f"{dd:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd} {mon} {y}",
                f"{m:02d}/{dd:02d}/{yy:02d}",
                f"{mon} {dd}, {y}",
            )
        else:
            shapes = (
                f"{dd:02d}{mon.upper()}{yy:02d}",
                f"{mon.upper()} {dd:02d} {y}",
                f"{y}/{m}/{dd}",
                f"{dd}.{m}.{yy:02d}",
                f"{m}-{dd}-{yy:02d}",
                f"{dd} {month}, {y}",
                f"{dd}-{_V8_ROMAN[m - 1]}-{y}",
                f"{dd} {mon} '{yy:02d}",
            )
            if style != "dob":  # a birth date has its year and no time of day
                shapes += (
                    f"{_V9_WEEKDAYS[d.weekday()]} {dd}{nth} {month}",
                    f"{dd:02d}/{m:02d}/{y} {hh:02d}h{mi:02d}",
                    f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}",
                    f"{mon}-{dd:02d}",
                    f"{month} {dd}{nth}",
                )
    elif style == "stamp":
        shapes = (
            f"{m:02d}/{dd:02d}/{y} {hh:02d}{mi:02d}",
            f"{dd:02d}-{mon}-{y} {hh:02d}:{mi:02d}",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}",
            f"{m}/{dd}/{yy:02d} {h12}:{mi:02d} {ampm}",
            f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}",
        )
    elif style == "uk":
        shapes = (f"{dd:02d}/{m:02d}/{y}", f"{dd} {month} {y}", f"{dd:02d}.{m:02d}.{y}")
    elif style in ("fr", "frb"):
        shapes = (
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} {_V8_FR_MONTHS[m - 1]} {y}",
            f"{dd:02d}/{m:02d}/{yy:02d}",
        )
    elif style == "de":
        shapes = (f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{yy:02d}")
    elif style == "es":
        shapes = (
            f"{dd} de {_V9_ES_MONTHS[m - 1]} de {y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd:02d}-{_V9_ES_MONTHS[m - 1][:3]}-{y}",
        )
    elif style == "pt":
        shapes = (f"{dd} de {_V9_PT_MONTHS[m - 1]} de {y}", f"{dd:02d}/{m:02d}/{y}")
    elif style == "pl":
        shapes = (f"{dd} {_V9_PL_MONTHS[m - 1]} {y}", f"{dd:02d}.{m:02d}.{y}")
    elif style == "th":  # Buddhist era
        shapes = (f"{dd} {_V9_TH_MONTHS[m - 1]} {y + 543}", f"{dd}/{m:02d}/{y + 543}")
    elif style == "jaera":
        start, era, letter = next(e for e in _V9_ERAS if d >= e[0])
        n = y - start.year + 1
        shapes = (
            f"{letter}{n}.{m}.{dd}",
            f"{letter}{n:02d}.{m:02d}.{dd:02d}",
            f"{era} {n}.{m}.{dd}",
            f"{era} {n} ({y})/{m}/{dd}",
        )
    elif style == "iso":
        shapes = (f"{y}-{m:02d}-{dd:02d}",)
    elif style == "da":
        shapes = (f"{y}{m:02d}{dd:02d}",)
    elif style == "year":
        shapes = (str(y),)
    elif style == "long":
        shapes = (f"{month} {dd}, {y}", f"{dd}{nth} {month} {y}", f"{month} {dd}{nth}, {y}")
    elif style == "fwd":  # a forwarded Gmail message
        shapes = (f"{wkd}, {mon} {dd}, {y} at {h12}:{mi:02d} {ampm}",)
    elif style == "wa":  # a WhatsApp export line
        shapes = (
            f"{dd}/{m}/{yy:02d}, {hh:02d}:{mi:02d}",
            f"{m}/{dd}/{yy:02d}, {h12}:{mi:02d} {ampm}",
        )
    elif style == "log":
        tz = rng.choice(("Z", "+01:00", "-05:00", "+05:30", "-03:00"))
        shapes = (f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}{tz}",)
    else:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes)


def _v9_ca_postal(rng: random.Random, fsa: str) -> str:
    return f"{fsa} {rng.randrange(10)}{rng.choice(_V8_UP)}{rng.randrange(10)}"


def _v9_eircode(rng: random.Random, key: str) -> str:
    return f"{key} {''.join(rng.choice(_V9_EIRCODE) for _ in range(4))}"


def _v9_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(1, 9999)
    city, code, state = rng.choice(V9_US_PLACES)
    street = f"{rng.choice(V9_STREETS)} {rng.choice(V9_STREET_KINDS)}"
    zip5 = f"{rng.randrange(10, 100)}{_digits(rng, 3)}"
    ca_city, prov, fsa = rng.choice(V9_CA_PLACES)
    ie_area, county, key = rng.choice(V9_IE_PLACES)
    if not style:
        style = rng.choice(
            ("us", "us", "us", "us", "ca", "ie", "in", "br", "mx", "ph", "ng", "ja", "de", "fr")
            + ("es", "pl")
        )
    if style == "us":
        return rng.choice(
            (
                f"{n} {street}, {city}, {code} {zip5}",
                f"{n} {street}",
                f"{city}, {state}",
                f"{n} {rng.choice(('N', 'S', 'E', 'W', 'NE', 'SW'))} {street} Unit "
                f"{rng.randrange(1, 30)}{rng.choice('ABC')}, {city} {code} {zip5}",
                f"RR {rng.randrange(1, 9)} Box {rng.randrange(10, 400)}, {city}, {code}",
                f"{city} {code} {zip5}-{_digits(rng, 4)}",
            )
        )
    if style == "ca":
        if prov == "QC":
            return (
                f"{n % 3000 + 1}, {rng.choice(V9_QC_STREETS)}, app. {rng.randrange(1, 12)}, "
                f"{ca_city} (Québec) {_v9_ca_postal(rng, fsa)}"
            )
        return rng.choice(
            (
                f"{n % 2000 + 1} {rng.choice(V9_CA_STREETS)}, {ca_city}, {prov} "
                f"{_v9_ca_postal(rng, fsa)}",
                f"{rng.randrange(1, 40)}-{n % 900 + 100} {rng.choice(V9_CA_STREETS)}, {ca_city} "
                f"{prov}",
                f"RR {rng.randrange(1, 6)}, Site {rng.randrange(1, 30)}, Comp "
                f"{rng.randrange(1, 60)}, {ca_city}, {prov} {_v9_ca_postal(rng, fsa)}",
            )
        )
    if style == "ie":
        return rng.choice(
            (
                f"{rng.randrange(1, 120)} {rng.choice(V9_IE_STREETS)}, {ie_area}, Co. {county}, "
                f"{_v9_eircode(rng, key)}",
                f"{ie_area}, Co. {county}",
                f"Apt {rng.randrange(1, 60)}, The Maltings, Bonham Street, Dublin 8, "
                f"{_v9_eircode(rng, 'D08')}",
                f"{rng.choice(V9_IE_STREETS)}, {ie_area}, {_v9_eircode(rng, key)}",
            )
        )
    if style == "in":
        area, place = rng.choice(V9_IN_PLACES)
        pin = f"{rng.randrange(11, 86)}{_digits(rng, 4)}"
        return rng.choice(
            (
                f"Flat {rng.randrange(1, 12)}0{rng.randrange(1, 9)}, Sai Krupa Apartments, Plot "
                f"{rng.randrange(1, 90)}, {area}, {place} {pin}",
                f"{rng.randrange(1, 400)}/{rng.randrange(1, 9)}, {rng.randrange(2, 9)}th Cross, "
                f"{area}, {place} - {pin}",
                f"Village & PO Rampura, Tehsil Phul, Distt. Bathinda, Punjab {pin}",
                f"{area}, {place}",
            )
        )
    if style == "incity":
        return rng.choice(V9_IN_PLACES)[1]
    if style == "br":
        road, hood, place, uf = rng.choice(V9_BR_PLACES)
        cep = f"{_digits(rng, 5)}-{_digits(rng, 3)}"
        return rng.choice(
            (
                f"{road}, {n % 3000 + 1}, apto {rng.randrange(1, 20)}{rng.randrange(1, 5)}, "
                f"{hood}, {place} - {uf}, {cep}",
                f"{road}, {n % 3000 + 1} - {hood}, {place}/{uf}",
                f"{place} - {uf}, {cep}",
            )
        )
    if style == "mx":
        road, colonia, place, cp = rng.choice(V9_MX_PLACES)
        return rng.choice(
            (
                f"{road} {n % 900 + 1}, Col. {colonia}, C.P. {cp}, {place}",
                f"{road} {n % 900 + 1} Int. {rng.randrange(1, 12)}, Col. {colonia}, {cp} {place}",
            )
        )
    if style == "ph":
        place, province, zip4 = rng.choice(V9_PH_PLACES)
        brgy = rng.choice(V9_PH_BARANGAYS)
        return rng.choice(
            (
                f"Blk {rng.randrange(1, 40)} Lot {rng.randrange(1, 60)}, Phase "
                f"{rng.randrange(1, 6)}, Brgy. {brgy}, {place}, {province} {zip4}",
                f"{n % 900 + 1} {rng.choice(('Rizal', 'Mabini', 'Bonifacio'))} St., Brgy. {brgy}, "
                f"{place}",
                f"Purok {rng.randrange(1, 9)}, Brgy. {brgy}, {place}",
            )
        )
    if style == "ng":
        road = rng.choice(V9_NG_PLACES)
        return rng.choice(
            (
                f"{rng.randrange(1, 80)} {road}",
                f"Km {rng.randrange(2, 15)}, {road}",
                f"Flat {rng.randrange(1, 20)}, Block {rng.choice('ABCDEF')}, {road}",
                f"Plot {rng.randrange(1, 300)}, Sabon Gari, Kano",
            )
        )
    if style == "ja":
        place = rng.choice(V9_JA_PLACES)
        return (
            f"{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {place} "
            f"{_digits(rng, 3)}-{_digits(rng, 4)}"
        )
    if style == "de":
        road, place = rng.choice(V9_DE_PLACES)
        no = f"{rng.randrange(1, 140)}{rng.choice(('', '', 'a', 'b'))}"
        return rng.choice(
            (f"{road} {no}, {_digits(rng, 5)} {place}", f"{road} {no}, D-{_digits(rng, 5)} {place}")
        )
    if style == "fr":
        road, place = rng.choice(V9_FR_PLACES)
        cp = f"{rng.randrange(10, 96)}{_digits(rng, 3)}"
        return rng.choice(
            (
                f"{rng.randrange(1, 90)}, {road}, {cp} {place}",
                f"{rng.randrange(1, 90)} {road} {cp} {place.upper()}",
                f"Résidence Les Pins, bât. {rng.choice('ABC')}, {rng.randrange(1, 90)} {road}, "
                f"{cp} {place}",
            )
        )
    if style == "es":
        road, place = rng.choice(V9_ES_PLACES)
        cp = f"{rng.randrange(10, 53):02d}{_digits(rng, 3)}"
        return rng.choice(
            (
                f"{road}, {rng.randrange(1, 90)}, {rng.randrange(1, 9)}º {rng.choice('ABCD')}, "
                f"{cp} {place}",
                f"{road} {rng.randrange(1, 90)}, bajo, {cp} {place}",
            )
        )
    if style == "pl":
        road, place = rng.choice(V9_PL_PLACES)
        return (
            f"{road} {rng.randrange(1, 90)} m. {rng.randrange(1, 60)}, {_digits(rng, 2)}-"
            f"{_digits(rng, 3)} {place}"
        )
    if style == "street":
        return rng.choice(
            (f"{n} {street}", f"{n % 2000 + 1} {rng.choice(V9_CA_STREETS)}", f"{n} {street} Apt 4")
        )
    if style == "city":
        return rng.choice(
            (
                city,
                ca_city,
                ie_area,
                rng.choice(V9_IN_PLACES)[1],
                rng.choice(V9_BR_PLACES)[2],
                rng.choice(V9_PH_PLACES)[0],
                rng.choice(V9_DE_PLACES)[1],
                rng.choice(V9_FR_PLACES)[1],
            )
        )
    if style == "zip":
        return rng.choice(
            (zip5, f"{zip5}-{_digits(rng, 4)}", _v9_ca_postal(rng, fsa), _v9_eircode(rng, key))
        )
    if style == "hl7":
        return f"{n} {street}^^{city}^{code}^{zip5}^USA"
    if style == "inst":
        return rng.choice(V9_INSTITUTIONS)
    raise ValueError(f"unknown GEO shape {style!r}")


def _v9_phone(rng: random.Random, style: str) -> str:
    area, exch, line = f"{rng.randrange(201, 990)}", f"{rng.randrange(200, 999)}", _digits(rng, 4)

    def d(k: int) -> str:
        return _digits(rng, k)

    shapes = {
        "us": (
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"+1-{area}-{exch}-{line}",
            f"1.{area}.{exch}.{line}",
        ),
        "ca": (
            f"({area}) {exch}-{line}",
            f"{area} {exch}-{line} poste {rng.randrange(1000, 9999)}",
            f"1 ({area}) {exch}-{line}",
            f"+1 {area} {exch} {line}",
        ),
        "ie": (
            f"08{rng.choice('3567')} {d(3)} {d(4)}",
            f"(0{rng.randrange(21, 99)}) {d(3)} {d(4)}",
            f"+353 (0){rng.randrange(21, 99)} {d(3)} {d(4)}",
            f"01-{d(3)} {d(4)}",
        ),
        "in": (f"+91-9{d(4)} {d(5)}", f"080-{d(4)} {d(4)}", f"0161-{d(7)}", f"9{d(4)} {d(5)}"),
        "br": (
            f"({rng.randrange(11, 99)}) 9{d(4)}-{d(4)}",
            f"+55 {rng.randrange(11, 99)} {d(4)}-{d(4)}",
            f"({rng.randrange(11, 99)}) 3{d(3)}-{d(4)}",
        ),
        "mx": (
            f"+52 {d(3)} {d(3)} {d(4)}",
            f"({rng.randrange(22, 99)}) {d(4)}-{d(4)}",
            f"55 {d(4)} {d(4)}",
        ),
        "ph": (
            f"+63 9{d(2)} {d(3)} {d(4)}",
            f"09{d(2)}-{d(3)}-{d(4)}",
            f"(032) {d(3)}-{d(4)}",
            f"(02) 8{d(3)}-{d(4)}",
        ),
        "ng": (
            f"070{rng.randrange(10)} {d(3)} {d(4)}",
            f"+234 (0) 90{rng.randrange(10)} {d(3)} {d(4)}",
            f"081{rng.randrange(10)}-{d(3)}-{d(4)}",
        ),
        "ja": (
            f"+81 90-{d(4)}-{d(4)}",
            f"0{rng.randrange(11, 99)}-{d(3)}-{d(4)}",
            f"(0{rng.randrange(11, 99)}) {d(3)}-{d(4)}",
        ),
        "de": (
            f"+49 (0){rng.randrange(2000, 9999)} {d(6)}",
            f"0{rng.randrange(2000, 9999)}/{d(2)}-{d(4)}",
            f"01{rng.choice('567')}{rng.randrange(10)} {d(7)}",
            f"+49 17{rng.randrange(10)} {d(7)}",
        ),
        "fr": (
            f"0{rng.randrange(1, 6)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"0{rng.randrange(1, 6)}.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            f"+33 (0){rng.randrange(1, 6)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
        ),
        "es": (
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"9{d(1)} {d(3)} {d(2)} {d(2)}",
            f"6{d(2)} {d(2)} {d(2)} {d(2)}",
        ),
        "pl": (
            f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",
            f"({rng.randrange(12, 95)}) {d(3)}-{d(2)}-{d(2)}",
        ),
        "uk": (
            f"0{rng.randrange(113, 200)} {d(3)} {d(4)}",
            f"07{d(3)} {d(6)}",
            f"+44 {rng.randrange(1200, 2000)} {d(6)}",
        ),
        "e164": (
            f"+1{area}{exch}{line}",
            f"+3538{rng.choice('3567')}{d(7)}",
            f"+919{d(9)}",
            f"+5511{d(9)}",
        ),
    }
    if not style:
        style = "us" if rng.random() < 0.5 else "intl"
    if style == "intl":
        style = rng.choice(
            ("ca", "ie", "in", "br", "mx", "ph", "ng", "ja", "de", "fr", "es", "pl", "uk")
        )
    if style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    return rng.choice(shapes[style])


def _v9_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v9 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    if kind == "NAME":
        return _v9_name(rng, style)
    if kind == "AGE":
        return _v9_age(rng, style)
    if kind == "DATE":
        return _v9_date(rng, style)
    if kind == "GEO":
        return _v9_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v9_phone(rng, style)
    if kind == "EMAIL":
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        given, family = _v9_person(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        if not g or not f:  # a name in another script: the mailbox is a number or a word
            return f"{rng.choice(('pt', 'home', 'family'))}{_digits(rng, 6)}@gmail.com"
        domain = rng.choice(
            (
                "gmail.com",
                "gmail.com",
                "sympatico.ca",
                "videotron.ca",
                "eircom.net",
                "uol.com.br",
                "bol.com.br",
                "prodigy.net.mx",
                "yahoo.com.ph",
                "docomo.ne.jp",
                "free.fr",
                "wanadoo.fr",
                "telefonica.net",
                "wp.pl",
                "gmx.net",
                "hse.ie",
            )
        )
        return rng.choice(
            (
                f"{g}.{f}@{domain}",
                f"{g[0]}{f}@{domain}",
                f"{f}.{g[0]}@{domain}",
                f"{g}{f}{rng.randrange(1914, 1937)}@{domain}",
                f"{g}_{f}{rng.randrange(1, 99)}@{domain}",
                f"{f}{g}@{domain}",
            )
        )
    if kind == "SSN":
        yy, mm, dd = rng.randrange(14, 37), rng.randrange(1, 13), rng.randrange(1, 29)
        us = f"{rng.randrange(100, 900)}-{_digits(rng, 2)}-{_digits(rng, 4)}"
        ssn_shapes = {
            "us": us,
            "sin": rng.choice(
                (
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                )
            ),
            "ppsn": f"{_digits(rng, 7)}{rng.choice(up)}{rng.choice(('', 'A', 'W'))}",
            "cpf": f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}-{_digits(rng, 2)}",
            "curp": f"{letters(4)}{yy:02d}{mm:02d}{dd:02d}{rng.choice('HM')}"
            f"{rng.choice(('DF', 'JC', 'MN', 'YN', 'OC'))}{letters(3)}{rng.choice(alnum)}"
            f"{rng.randrange(10)}",
            "nin": _digits(rng, 11),
            "nie": f"{rng.choice('XYZ')}{_digits(rng, 7)}{rng.choice(up)}",
            "pesel": f"{yy:02d}{mm:02d}{dd:02d}{_digits(rng, 5)}",
            "nino": rng.choice(
                (
                    f"{letters(2)} {_digits(rng, 2)} {_digits(rng, 2)} "
                    f"{_digits(rng, 2)} {rng.choice('ABCD')}",
                    f"{letters(2)}{_digits(rng, 6)}{rng.choice('ABCD')}",
                )
            ),
            "pan": f"{letters(3)}P{rng.choice(up)}{_digits(rng, 4)}{rng.choice(up)}",
            "mynumber": f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            "rc": f"{yy:02d}{mm + rng.choice((0, 50)):02d}{dd:02d}/{_digits(rng, 4)}",
        }
        if not style:
            if rng.random() < 0.5:
                return us
            style = rng.choice([k for k in ssn_shapes if k != "us"])
        if style not in ssn_shapes:
            raise ValueError(f"unknown SSN shape {style!r}")
        return ssn_shapes[style]
    if kind == "MRN":
        if style:
            raise ValueError(f"unknown MRN shape {style!r}")
        if rng.random() < 0.5:
            return rng.choice((_digits(rng, 7), _digits(rng, 8), _digits(rng, 6)))
        return rng.choice(
            (
                f"Z{_digits(rng, 7)}",
                f"PRN{_digits(rng, 6)}",
                f"{_digits(rng, 6)}{rng.choice(up)}{rng.randrange(10)}",
                f"{_digits(rng, 4)}.{_digits(rng, 4)}",
                f"HC{_digits(rng, 7)}",
                f"{rng.randrange(10, 27)}/{_digits(rng, 6)}",
                f"{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
            )
        )
    if kind == "HEALTH_PLAN":
        mbi = (
            f"{rng.randrange(1, 10)}{letters(2)}{rng.randrange(10)}-{letters(2)}"
            f"{rng.randrange(10)}-{letters(2)}{_digits(rng, 2)}"
        )
        plan_shapes = {
            "us": rng.choice(
                (
                    f"{letters(3)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 9)}",
                    f"{letters(1)}{_digits(rng, 8)}0{rng.randrange(1, 4)}",
                )
            ),
            "mbi": mbi,
            "ohip": rng.choice(
                (
                    f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{letters(2)}",
                    f"{_digits(rng, 4)} {_digits(rng, 3)} {_digits(rng, 3)} {letters(2)}",
                    _digits(rng, 10),
                )
            ),
            "ramq": f"{letters(4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            "abha": f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            "cns": f"{rng.choice('12789')}{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)} "
            f"{_digits(rng, 4)}",
            "nss": rng.choice(
                (
                    _digits(rng, 11),
                    f"{_digits(rng, 2)}-{_digits(rng, 2)}-"
                    f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 1)}",
                )
            ),
            "philhealth": f"{_digits(rng, 2)}-{_digits(rng, 9)}-{_digits(rng, 1)}",
            "kvnr": f"{letters(1)}{_digits(rng, 9)}",
            "cip": f"{letters(4)}{_digits(rng, 10)}",
            "chi": rng.choice(
                (
                    f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}"
                    f"{rng.randrange(14, 37)}{_digits(rng, 4)}",
                    f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}"
                    f"{rng.randrange(14, 37)} {_digits(rng, 4)}",
                )
            ),
        }
        if not style:
            if rng.random() < 0.5:
                return plan_shapes["us"]
            style = rng.choice([k for k in plan_shapes if k != "us"])
        if style not in plan_shapes:
            raise ValueError(f"unknown HEALTH_PLAN shape {style!r}")
        return plan_shapes[style]
    if kind == "ACCOUNT":
        yy = rng.randrange(15, 27)
        iban = rng.choice(
            (
                f"DE{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} "
                f"{_digits(rng, 4)} {_digits(rng, 2)}",
                f"IE{_digits(rng, 2)} {letters(4)} {_digits(rng, 4)} {_digits(rng, 4)} "
                f"{_digits(rng, 4)} {_digits(rng, 2)}",
                f"ES{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} "
                f"{_digits(rng, 4)} {_digits(rng, 4)}",
                f"FR76 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} "
                f"{_digits(rng, 4)} {_digits(rng, 3)}",
            )
        )
        account_shapes = {
            "rx": rng.choice((f"{rng.randrange(1, 9)}{_digits(rng, 6)}", f"RX-{_digits(rng, 7)}")),
            "claim": rng.choice(
                (f"CLM{_digits(rng, 10)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 2)}")
            ),
            "path": f"{rng.choice(('SP', 'H', 'C', 'BX', 'NG'))}{yy}-{_digits(rng, 5)}",
            "iban": iban,
        }
        if style:
            if style not in account_shapes:
                raise ValueError(f"unknown ACCOUNT shape {style!r}")
            return account_shapes[style]
        if rng.random() < 0.5:
            return rng.choice((_digits(rng, 9), _digits(rng, 10)))
        return rng.choice(
            (
                f"VN{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                f"INV/{_digits(rng, 6)}",
                f"#{_digits(rng, 7)}",
                f"{letters(2)}{_digits(rng, 6)}{rng.choice(up)}",
                f"E{yy}{_digits(rng, 7)}",
            )
        )
    if kind == "LICENSE":
        license_shapes = {
            "dl": rng.choice(
                (
                    f"{rng.choice(up)}{_digits(rng, 7)}",
                    f"{rng.choice(up)}{_digits(rng, 4)}-{_digits(rng, 5)}-{_digits(rng, 5)}",
                    _digits(rng, 9),
                    f"{rng.choice(('RJ', 'UP', 'KL', 'PB'))}{_digits(rng, 2)} "
                    f"{rng.randrange(1995, 2025)}{_digits(rng, 7)}",
                    _digits(rng, 11),
                )
            ),
            "imc": _digits(rng, rng.choice((5, 6))),
            "nmc": f"{rng.choice(('KMC', 'MMC', 'DMC', 'TNMC', 'PMC'))}/{_digits(rng, 5)}",
            "prc": f"0{_digits(rng, 6)}",
            "lanr": _digits(rng, 9),
            "col": f"{rng.randrange(1, 53):02d}{_digits(rng, 7)}",
            "passport": rng.choice(
                (
                    f"P{rng.choice(up)}{_digits(rng, 7)}",
                    f"{rng.choice(up)}{_digits(rng, 7)}",
                    f"{letters(2)}{_digits(rng, 6)}",
                    f"G{_digits(rng, 8)}",
                )
            ),
        }
        if style not in ("", *license_shapes):
            raise ValueError(f"unknown LICENSE shape {style!r}")
        return license_shapes[style or "dl"]
    if kind == "VEHICLE":
        wmi = rng.choice(("2T1", "3N1", "9BW", "MA3", "JHM", "WVW", "VF1", "VSS", "SAL", "1HG"))
        vin = wmi + "".join(rng.choice(alnum) for _ in range(14))
        plates = (
            f"{letters(4)} {_digits(rng, 3)}",
            f"{rng.randrange(10, 25)}{rng.choice('12')}-"
            f"{rng.choice(('D', 'C', 'G', 'KY', 'SO', 'MO'))}-{rng.randrange(1, 99999)}",
            f"{letters(3)}{rng.randrange(10)}{rng.choice(up)}{_digits(rng, 2)}",
            f"{letters(3)}-{_digits(rng, 4)}",
            f"{letters(3)}-{_digits(rng, 3)}-{rng.choice(up)}",
            f"{letters(3)} {_digits(rng, 4)}",
            f"{letters(3)} {_digits(rng, 3)} {letters(2)}",
            f"{rng.choice(('Shinagawa', 'Sendai', 'Fukuoka'))} {_digits(rng, 3)} "
            f"{rng.choice(('sa', 'ta', 'na', 'wa'))} {_digits(rng, 2)}-{_digits(rng, 2)}",
            f"{_digits(rng, 4)} {letters(3)}",
            f"{rng.randrange(2, 9)}{letters(3)}{_digits(rng, 3)}",
        )
        if style == "vin":
            return vin
        if style == "plate":
            return rng.choice(plates)
        if style:
            raise ValueError(f"unknown VEHICLE shape {style!r}")
        return vin if rng.random() < 0.4 else rng.choice(plates)
    if kind == "DEVICE":
        if style:
            raise ValueError(f"unknown DEVICE shape {style!r}")
        if rng.random() < 0.5:
            return rng.choice((_digits(rng, 8), f"{letters(2)}{_digits(rng, 7)}"))
        return rng.choice(
            (
                f"{_digits(rng, 4)}{rng.choice(up)}{_digits(rng, 5)}",
                f"SN-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 2)}{rng.choice(up)}{_digits(rng, 6)}",
                f"{rng.choice(up)}{_digits(rng, 3)}{rng.choice(up)}{_digits(rng, 5)}",
                _digits(rng, 11),
                "".join(rng.choice(alnum) for _ in range(12)),
            )
        )
    if kind == "URL":
        given, family = _v9_person(rng)
        g, f = _v8_ascii(given) or "mum", _v8_ascii(family) or "family"
        token = "".join(rng.choice(alnum.lower() + alnum) for _ in range(22))
        if style == "zoom":
            return rng.choice(
                (
                    f"https://us0{rng.randrange(2, 7)}web.zoom.us/j/{_digits(rng, 11)}?pwd={token}",
                    f"https://meet.telehealth-{rng.choice(('ahs', 'hse', 'sjh'))}.ca/visit/"
                    f"{token[:10]}",
                    f"https://doxy.me/{f}{g[0]}",
                )
            )
        if style:
            raise ValueError(f"unknown URL shape {style!r}")
        return rng.choice(
            (
                f"https://www.caringbridge.org/visit/{g}{f}",
                f"https://drive.google.com/file/d/{token}{token[:11]}/view",
                f"https://www.instagram.com/{g}.{f}{rng.randrange(10, 99)}/",
                f"https://pay.{rng.choice(('tupelohealth', 'enidregional'))}.org/bill?acct="
                f"{_digits(rng, 9)}",
                f"https://portal.{rng.choice(('saolta', 'ahs', 'nmmc'))}.org/patient/"
                f"{_digits(rng, 7)}",
            )
        )
    if kind == "IP":
        if style:
            raise ValueError(f"unknown IP shape {style!r}")
        return rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"fd{rng.randrange(256):02x}:{rng.randrange(65536):x}:{rng.randrange(65536):x}::"
                f"{rng.randrange(1, 65536):x}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            )
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v10 lists: the held-out row (seed ``V10_SEED``), written and committed before any change
# made from the v9 row's misses and not run against the scrubber. Templates: US history, triage,
# nursing, social-work, radiology, pathology, pharmacy, device-clinic, consent, death and incident
# notes, ambulance handovers, referral letters and text-message reminders; Australian, New
# Zealand, South African, Polish, Italian, Portuguese, Turkish, Egyptian (in Arabic), Pakistani,
# Bangladeshi, Vietnamese, Indonesian, Chinese and Korean (romanized), Chilean, Argentinian and
# Colombian headers; FHIR RelatedPerson and text-message gateway JSON, X12 837 segments, DICOM
# native XML, a vCard, HL7 v2 ORC/OBX segments, an ambulance CSV export, syslog lines and
# Outlook-style e-mail headers; identifiers, places, vehicles, devices, dates and ages in prose
# without a key, with rural, military and care-home addresses. A placeholder may name a shape
# (``{SSN:rut}``, ``{DATE:legal}``, ``{GEO:mil}``, ``{NAME:tr}``, see ``_v10_value``); without
# one, about half the values have the ordinary shapes and half shapes of other countries or
# layouts. None of the names occurs in any earlier list of this file (checked token by token,
# accents stripped, particles aside); given and family names are grouped by culture and paired
# within a group nine times in ten, always within a script (18 scripts); 29 family names are
# English or clinical words, and the clinical sentences use those words beside numbers that are
# not PHI (lab values with units, diagnosis and test codes, dose counts, ratios, scores, device
# settings, times, sizes, percentages and vital signs over 90 with their key).
V10_SEED = 20270530
V10_TEMPLATES = (
    # Ordinary US notes, letters, forms and messages.
    "{NAME} is a {AGE}-year-old retired schoolteacher brought in from {GEO:care} after staff "
    "found her on the floor beside her bed at 0540.",
    "CHIEF COMPLAINT: shortness of breath\nPCP: {NAME:sig}, MD   Phone: {PHONE:us}\n"
    "DOS: {DATE:event}   CSN: {ACCOUNT:csn}",
    "ED Triage Note\nTime seen: {DATE:stamp}\nArrived by: private vehicle, driven by grandson "
    "{NAME:given}\nAcuity: 3   Age: {AGE}   Wt: 48 kg",
    "EMS handover (ATMIST): Age {AGE:unit}; Time {DATE:stamp}; Mechanism: fall down 6 stairs at "
    "home, {GEO:usrural}; Injuries: R hip pain, leg shortened and externally rotated; Signs: HR "
    "104, BP 168/92; Treatment: fentanyl 50 mcg IN.",
    "Social work: met with the patient and her daughter-in-law {NAME}. Patient lives alone at "
    "{GEO:usrural}; the nearest neighbor is a mile away. Medicaid # {HEALTH_PLAN:medicaid} is up "
    "for renewal on {DATE:event}.",
    "Nursing 1900-0700: pleasant, oriented x2. Hearing aids in (L s/n {DEVICE}, R s/n {DEVICE}), "
    "dentures in cup. Wife {NAME:given} called twice; number on file {PHONE:us}.",
    "RADIOLOGY REPORT\nEXAM: XR HIP 2+ VIEWS RIGHT\nDATE OF SERVICE: {DATE:stamp}\n"
    "ORDERING CLINICIAN: {NAME:sig}\nACCESSION #: {ACCOUNT:acc}",
    "Frozen section result called to Dr. {NAME:family} in OR 6 at {DATE:stamp} by {NAME:sig}; "
    "read back and confirmed.",
    "Eligibility verified {DATE:event}: TRICARE Prime, DoD Benefits No. {HEALTH_PLAN:tricare}; "
    "sponsor {NAME}, {GEO:mil}.",
    "Signed this {DATE:legal} by {NAME} (patient) and witnessed by {NAME:sig}, RN.",
    "Reminder: Hi {NAME:given}, you have an appointment on {DATE:sms} at {GEO:inst}. Join by "
    "video: {URL:tele} or call {PHONE} to reschedule. Reply STOP to opt out.",
    "Date of death: {DATE:event}   Time: 0312   Place of death: {GEO:care}\n"
    "Informant: {NAME} (daughter)   Age: {AGE}",
    "Pt states she was born {DATE:long} and is {AGE}; name, DOB and MRN {MRN} on the wristband "
    "match.",
    "Device clinic: remote transmission {DATE:stamp} from the dual-chamber ICD, serial {DEVICE}, "
    "via bedside monitor {DEVICE}. Called the patient at {PHONE}; no shocks felt.",
    "Rx #{ACCOUNT:rx} for apixaban 2.5 mg filled {DATE:event} and delivered to {GEO:us}; "
    "prescriber {NAME:sig}, state license {LICENSE:medlic}.",
    "Incident report: visitor {NAME} slipped near the east lift lobby at {DATE:stamp}; security "
    "noted vehicle {VEHICLE:plate} parked in bay 14.",
    "Guarantor: {NAME:label}   DOB: {DATE:dob}   SSN: {SSN:us}\nEmployer: retired   Home phone: "
    "{PHONE:us}",
    "Photo ID checked at registration: driver license {LICENSE:dl}, exp {DATE:event}; the "
    "address on the ID, {GEO:us}, differs from the chart.",
    "Discharged to {GEO:care} on {DATE:event}; facility phone {PHONE}, fax {FAX}; report given "
    "to {NAME:given}, RN.",
    "Dear Dr. {NAME:family},\nThank you for seeing {NAME}, DOB {DATE:dob}, a {AGE}-year-old "
    "widow with recurrent falls. Please fax your reply to {FAX}.",
    "{AGE:sx} with CP x2h, seen in fast track by {NAME:sig}, PA-C; wife {NAME:given} at bedside, "
    "cell {PHONE:us}.",
    # Headers and letters from other countries.
    "Re: {NAME:label}   DOB {DATE:aub}   UR No. {MRN}\n{GEO:au}\nDVA Gold Card {HEALTH_PLAN:dva}",
    "Yours sincerely,\n\nDr {NAME:sig}\nAdvanced Trainee, Geriatric Medicine\nProvider No. "
    "{LICENSE:provider}   Ph {PHONE:au}   Fax {FAX:au}",
    "Case {ACCOUNT:epcr}: {AGE:sx} found by a neighbour at {GEO:au}; NOK {NAME} on {PHONE:au}; "
    "driver licence {LICENSE:au} sighted.",
    "NHI: {MRN:nhi}   {NAME:label}\nAddress: {GEO:nz}\nPh: {PHONE:nz}   ACC claim: "
    "{ACCOUNT:accnz}   IRD: {SSN:ird}\nGP: Dr {NAME:sig} (MCNZ {LICENSE:mcnz})",
    "Medical aid: {HEALTH_PLAN:za}, dependant code 02, main member {NAME:za}\nResidential address: "
    "{GEO:za}\nCell: {PHONE:za}   Date: {DATE:za}\nDr {NAME:sig} (HPCSA {LICENSE:hpcsa})",
    "Skierowanie do szpitala\nImię i nazwisko: {NAME:pl}\nNr dowodu osobistego: {LICENSE:plid}\n"
    "Data urodzenia: {DATE:plb}   Wiek: {AGE} lat\nAdres: {GEO:pl}   Tel.: {PHONE:pl}\n"
    "Data skierowania: {DATE:pl} r.",
    "Paziente: {NAME:it}, di anni {AGE:it}, nata il {DATE:it} a {GEO:itcity} e residente in "
    "{GEO:it}\nTessera sanitaria: {HEALTH_PLAN:team}   Cell. {PHONE:it}",
    "Utente: {NAME:pt}\nN.º de utente SNS: {HEALTH_PLAN:sns}   NIF: {SSN:nif}\nMorada: {GEO:pt}\n"
    "Telemóvel: {PHONE:pt}   Data de nascimento: {DATE:ptpt}   Idade: {AGE:pt} anos\n"
    "IBAN para reembolso: {ACCOUNT:iban}",
    "Hasta: {NAME:tr}   T.C. Kimlik No: {SSN:tc}   Yaş: {AGE}\nAdres: {GEO:tr}\nTel: "
    "{PHONE:tr}   Yatış tarihi: {DATE:tr}   Araç plakası: {VEHICLE:tr}",
    "اسم المريض: {NAME:arabic}   الرقم القومي: {SSN:eg}   السن: {AGE:ar}\nالعنوان: {GEO:egar}\n"
    "تليفون: {PHONE:eg}   تاريخ الدخول: {DATE:ar}",
    "Name: {NAME:pk} S/O {NAME:pk}   Age: {AGE} Y   CNIC: {SSN:cnic}\nAddress: {GEO:pk}   Cell: "
    "{PHONE:pk}\nConsultant: Dr. {NAME:sig} (PMDC {LICENSE:pmdc})",
    "Pt. {NAME:bd}, {AGE:unit}, M\nAddr: {GEO:bd}\nNID: {SSN:bdnid}   Mob: {PHONE:bd}   Date: "
    "{DATE:bd}\nDr. {NAME:sig}, MBBS, FCPS (BMDC Reg. {LICENSE:bmdc})",
    "Họ và tên: {NAME:vn}   Tuổi: {AGE}\nĐịa chỉ: {GEO:vn}\nSố thẻ BHYT: {HEALTH_PLAN:bhyt}   "
    "CCCD: {SSN:cccd}\nĐiện thoại: {PHONE:vn}   Ngày vào viện: {DATE:vn}",
    "Nama: {NAME:id}   NIK: {SSN:nik}   No. BPJS: {HEALTH_PLAN:bpjs}\nAlamat: {GEO:id}\n"
    "Tgl. lahir: {DATE:id}   Umur: {AGE} th   HP: {PHONE:id}",
    "Name: {NAME:zh}   ID card: {SSN:cnx}   Tel: {PHONE:cn}\nAddress: {GEO:cn}\nAdmitted "
    "{DATE:zh}; age {AGE}",
    "Pt. {NAME:ko} ({AGE}/F) from {GEO:kr}; H.P. {PHONE:kr}; first visit {DATE:ko}.",
    "Nombre: {NAME:la}   RUT: {SSN:rut}   Previsión: FONASA B\nDirección: {GEO:cl}   Fono: "
    "{PHONE:cl}\nFecha de nacimiento: {DATE:esb}   Edad: {AGE:es} años",
    "Apellido y nombre: {NAME:la}   DNI: {SSN:dniar}\nObra social: PAMI, n.º de afiliado "
    "{HEALTH_PLAN:pami}\nDomicilio: {GEO:ar}   Cel.: {PHONE:ar}",
    "PACIENTE: {NAME:la}   C.C. {SSN:cedula}   EPS: Nueva EPS\nDIRECCIÓN: {GEO:co}   "
    "CELULAR: {PHONE:co}   EDAD: {AGE} AÑOS\nFECHA DE INGRESO: {DATE:es}",
    # Dataset exports.
    '{"resourceType": "RelatedPerson", "relationship": [{"text": "daughter"}], "name": [{"text": '
    '"{NAME}"}], "telecom": [{"system": "phone", "value": "{PHONE}"}], "address": [{"text": '
    '"{GEO}"}], "period": {"start": "{DATE:iso}"}}',
    "NM1*IL*1*{NAME:familyu}*{NAME:givenu}****MI*{HEALTH_PLAN}~N3*{GEO:street}~N4*{GEO:n4}~"
    "DMG*D8*{DATE:da}*F~REF*SY*{SSN:us}~",
    '<DicomAttribute tag="00100010" vr="PN" keyword="PatientName"><PersonName number="1">'
    "<Alphabetic><FamilyName>{NAME:familyu}</FamilyName><GivenName>{NAME:givenu}</GivenName>"
    '</Alphabetic></PersonName></DicomAttribute>\n<DicomAttribute tag="00101010" vr="AS" '
    'keyword="PatientAge"><Value number="1">{AGE:as}</Value></DicomAttribute>\n'
    '<DicomAttribute tag="00080080" vr="LO" keyword="InstitutionName"><Value number="1">'
    "{GEO:inst}</Value></DicomAttribute>",
    "BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nTEL;TYPE=CELL:{PHONE}\nEMAIL:{EMAIL}\nADR;TYPE=HOME:;;"
    "{GEO:street};{GEO:adr};USA\nBDAY:{DATE:isob}\nEND:VCARD",
    "ORC|RE|{ACCOUNT}|{ACCOUNT}||CM||||{DATE:hl7}|||{LICENSE:npi}^{NAME:pn}\n"
    "OBX|1|ST|IMPLANT^Implant serial number^L||{DEVICE}||||||F|||{DATE:hl7}",
    "incident_no,dispatched,pickup_address,age,sex,nok_phone\n{ACCOUNT:epcr},{DATE:fhir},"
    '"{GEO:au}",{AGE},F,{PHONE:e164}',
    "{DATE:syslog} pacs01 storescp[2211]: C-STORE from {IP} (AE CT_WARD_2) "
    "PatientName={NAME:pn} PatientID={MRN}",
    '{"to": "{PHONE:e164}", "template": "appt_reminder", "vars": {"first_name": '
    '"{NAME:given}", "when": "{DATE:fhir}", "where": "{GEO:inst}"}, "status": "delivered"}',
    "From: {NAME} <{EMAIL}>\nSent: {DATE:outlook}\nTo: Outpatient Bookings\nSubject: Dad's scan "
    "- {NAME}",
    # Identifiers, places, vehicles, devices, dates and ages in prose without a key.
    "She moved from {GEO:city} to her daughter's farm at {GEO:usrural} after her husband died in "
    "{DATE:year}.",
    "He served two tours overseas and still gets mail at {GEO:mil}; the VA knows him as "
    "{MRN:icn}.",
    "Born {DATE:long} in {GEO:city}, she turned {AGE:en} on the ward last week and had a card "
    "from the Governor.",
    "Found slumped in a grey ute, rego {VEHICLE:au}, VIN {VEHICLE:vin}, on the shoulder of "
    "{GEO:road}.",
    "Photos of the wound were sent by {NAME:given} from {EMAIL} through {URL}; the uploads came "
    "from {IP}.",
    "The family keeps in touch through a group chat ({URL:wa}); her granddaughter {NAME} in "
    "{GEO:city} runs it.",
    "He gave his licence ({LICENSE}) and an address in {GEO} to the officer, but the phone he "
    "listed, {PHONE}, belongs to his brother {NAME:given}.",
)  # fmt: skip
# Given and family names by culture: (given names, family names).
_V10_EN_GIVEN = (
    "Noreen", "Clarice", "Gwenda", "Beryl", "Maisie", "Elva", "Nola", "Raelene", "Shayne",
    "Darryl", "Clarrie", "Keith", "Neville", "Graeme", "Lindsay", "Ross", "Wayne", "Bevan",
    "Colin", "Murray", "Royce", "Ivan", "Nerida", "Narelle", "Kylie", "Bronwyn", "Merv", "Lyle",
    "Cheryl", "Glenys", "Marlene", "Doreen", "Enid", "Thora", "Wilfred", "Reginald", "Clifford",
    "Arnold", "Sidney", "Alwyn", "Gaynor", "Eirlys",
)  # fmt: skip
# Family names that are English or clinical words (stent, clamp, needle, staples, frame, couch).
_V10_WORD_FAMILY = (
    "Stent", "Clamp", "Crick", "Palm", "Sole", "Shank", "Needle", "Pellet", "Scales", "Pinch",
    "Shoulders", "Lever", "Frame", "Staples", "Heal", "Finger", "Lash", "Mould", "Measures",
    "Hook", "Blain", "Wake", "Pounds", "Cure", "Lint", "Couch", "Straw", "Steele", "Shilling",
)  # fmt: skip
_V10_EN_FAMILY = _V10_WORD_FAMILY + (
    "Cribb", "Bedwell", "Saddler", "Falconer", "Sexton", "Friar", "Silvers", "Nickels",
    "Fairweather", "Dowling", "Cattermole", "Pilkington", "Trethewey", "Quibell", "Ruddock",
    "Hebblethwaite", "Doolittle", "Gutteridge", "Onslow", "Pettigrew", "Rowbotham", "Scudamore",
    "Treloar", "Nankervis", "Trengove", "Heathcote-Drummond",
)  # fmt: skip
_V10_US_GIVEN = (
    "Lorene", "Geneva", "Alma", "Wanda", "Earline", "Odell", "Lonnie", "Arlo", "Cecil", "Leland",
    "Marvin", "Tyrone", "Aaliyah", "Maverick", "Norvel", "Ardell", "Luvenia", "Ozella",
    "Willodean", "Junior", "Claudette", "Dwayne", "Lamar", "Rayshawn", "Tamika", "Shaniqua",
    "Kinslee",
)  # fmt: skip
_V10_US_FAMILY = (
    "Honeycutt", "Pennington", "Hatfield", "McCoy", "Blevins", "Tackett", "Caudill", "Sizemore",
    "Gentry", "Whitaker", "Pruitt", "Dukes", "Mabry", "Strickland", "Tolliver", "Vanover",
    "Goforth", "Rutledge", "Ratliff", "Slone", "Combs", "Hensley", "Mullins", "Bledsoe", "Fugate",
    "Napier", "Stidham", "Profitt", "Sturgill",
)  # fmt: skip
_V10_MI_GIVEN = (
    "Ngaire", "Hohepa", "Rewi", "Whetu", "Manaia", "Hinemoa", "Wikitoria", "Matiu", "Paora",
    "Aperahama", "Salote", "Semisi", "Mosese", "Vaea", "Lupe",
)  # fmt: skip
_V10_MI_FAMILY = (
    "Pohatu", "Kereama", "Hohaia", "Waititi", "Ratana", "Pomare", "Paewai", "Te Kani", "Kingi",
    "Tautahi", "Whaanga", "Ruatapu", "Tuhiwai", "Heke", "Otene", "Tuipulotu", "Vake", "Aumua",
    "Pohiva", "Havili", "Lolohea", "Moala",
)  # fmt: skip
_V10_ZA_GIVEN = (
    "Marietjie", "Hennie", "Sarel", "Koos", "Riaan", "Elsabe", "Sannie", "Gerrit", "Anneline",
    "Nonhlanhla", "Mzwandile", "Khanyisile", "Ayanda", "Tumelo", "Dineo", "Kgomotso",
    "Bhekisisa", "Xolani", "Refilwe", "Boitumelo",
)  # fmt: skip
_V10_ZA_FAMILY = (
    "van Niekerk", "Nel", "Steyn", "Swanepoel", "Joubert", "Grobler", "Bezuidenhout",
    "Labuschagne", "Janse van Rensburg", "Oosthuizen", "Visagie", "Engelbrecht", "Terblanche",
    "Zungu", "Mkhize", "Buthelezi", "Shabalala", "Ntuli", "Mofokeng", "Moloi", "Cele", "Magwaza",
    "Nkabinde", "Radebe", "Maseko", "Motaung", "Sibiya", "Hlongwane",
)  # fmt: skip
_V10_PL_GIVEN = (
    "Krystyna", "Halina", "Tadeusz", "Wiesław", "Stanisława", "Leszek", "Jerzy", "Genowefa",
    "Zdzisław", "Bogumiła", "Mieczysław", "Teresa", "Kazimiera", "Władysław", "Eugeniusz",
    "Danuta",
)  # fmt: skip
_V10_PL_FAMILY = (
    "Zieliński", "Szymczak", "Pietrzak", "Jabłoński", "Kaczmarczyk", "Chmielewska", "Przybylski",
    "Gołębiowski", "Wiśniewska-Kuc", "Sobczak", "Ostrowska", "Borkowski", "Malinowski",
    "Czarnecki", "Adamczyk", "Głowacka", "Kurek", "Stępień",
)  # fmt: skip
_V10_IT_GIVEN = (
    "Concetta", "Carmela", "Gaetano", "Vincenza", "Assunta", "Rosaria", "Filomena", "Gennaro",
    "Calogero", "Nunzia", "Annunziata", "Pasquale", "Crocifissa", "Santo", "Agostino", "Rocco",
    "Immacolata", "Liborio",
)  # fmt: skip
_V10_IT_FAMILY = (
    "Giordano", "Rizzo", "Lombardo", "Barbato", "Cirillo", "Iannuzzi", "La Rosa", "Di Pietro",
    "Scognamiglio", "Capuano", "Ferrante", "Cuomo", "Sorrentino", "Palumbo", "Messina",
    "De Angelis", "Dal Molin", "Santoro", "Pellegrino", "Marchetti", "Vitale", "Amato", "Pagano",
)  # fmt: skip
_V10_PT_GIVEN = (
    "Graciete", "Albertina", "Manuela", "Arminda", "Custódio", "Olímpia", "Amândio", "Ermelinda",
    "Adelino", "Guilhermina", "Belmiro", "Idalina", "Rosalina", "Aníbal", "Laurinda", "Firmino",
)  # fmt: skip
_V10_PT_FAMILY = (
    "Rodrigues", "Martins", "Sousa", "Fernandes", "Gomes", "Lopes", "Marques", "Pinto",
    "Gouveia", "Sequeira", "Meireles", "Baptista", "Cordeiro", "Pacheco", "Monteiro", "Tavares",
    "Correia", "Simões", "Loureiro", "Antunes", "Moreira de Sá", "Vieira",
)  # fmt: skip
_V10_TR_GIVEN = (
    "Fadime", "Hatice", "Nuriye", "Ramazan", "Süleyman", "Bayram", "Halil", "Şükrü", "Gülsüm",
    "Ümmühan", "Cemile", "Nazmiye", "Hüsnü", "Rukiye", "Zekiye", "Recep", "Durmuş",
)  # fmt: skip
_V10_TR_FAMILY = (
    "Özkan", "Kara", "Çetin", "Yavuz", "Bozkurt", "Tekin", "Uçar", "Karadağ", "Güler",
    "Kahraman", "Keskin", "Ünal", "Coşkun", "Acar", "Türkmen", "Kocabaş", "Sarıkaya",
)  # fmt: skip
_V10_EG_GIVEN = (
    "Samiha", "Nabila", "Ashraf", "Magdy", "Wafaa", "Shaimaa", "Fawzia", "Hosny", "Sanaa",
    "Nagwa", "Zeinab", "Mostafa", "Reda", "Abdelfattah", "Ehab",
)  # fmt: skip
_V10_EG_FAMILY = (
    "El-Masry", "Shehata", "Soliman", "Abdelaziz", "Fathy", "Ragab", "Gaber", "Eissa",
    "Metwally", "Zaki", "Abdelhamid", "El-Sharkawy", "Hegazy", "Badawi", "Ghoneim",
)  # fmt: skip
_V10_PK_GIVEN = (
    "Shahnaz", "Ghulam", "Parveen", "Zubair", "Asma", "Tahir", "Rubina", "Iftikhar", "Shagufta",
    "Naseem", "Mushtaq", "Riffat", "Khurshid",
)  # fmt: skip
_V10_PK_FAMILY = (
    "Rana", "Gondal", "Niazi", "Tareen", "Kakar", "Memon", "Soomro", "Junejo", "Warraich",
    "Jatoi", "Leghari", "Paracha",
)  # fmt: skip
_V10_BD_GIVEN = (
    "Rokeya", "Mofizul", "Anwara", "Jahanara", "Habibur", "Nazmul", "Mahfuza", "Moinul",
    "Sharmin", "Jannatul",
)  # fmt: skip
_V10_BD_FAMILY = (
    "Uddin", "Sikder", "Talukder", "Bhuiyan", "Mollah", "Miah", "Majumder", "Howlader", "Mondal",
    "Shikder", "Khandaker",
)  # fmt: skip
_V10_VN_GIVEN = (
    "Lộc", "Ngọc", "Thắng", "Xuân", "Diệp", "Loan", "Hạnh", "Yến", "Liên", "Cúc", "Sương",
    "Thoa", "Quý", "Tùng", "Vinh", "Phúc", "Toàn", "Cường", "Lợi", "Sơn", "Thịnh", "Hiền",
)  # fmt: skip
_V10_VN_FAMILY = ("Đặng", "Tô", "Thái", "Lưu", "Triệu", "Hứa", "Chu", "Phùng", "Nghiêm", "Lã")
_V10_ID_GIVEN = (
    "Wahyuni", "Slamet", "Sutrisno", "Endang", "Retno", "Joko", "Haryanto", "Suparmi", "Tukiyem",
    "Sumarni", "Mulyono", "Supriyadi", "Ngatini", "Wagiman", "Sri Rahayu", "Dedi", "Yuliana",
    "Made", "Komang",
)  # fmt: skip
_V10_ID_FAMILY = (
    "Sulistyo", "Saputra", "Hidayat", "Rahmawati", "Kurniawan", "Lubis", "Nasution",
    "Pangaribuan", "Sembiring", "Tambunan", "Sinaga", "Hutapea", "Ginting", "Wibowo", "Suryadi",
    "Manurung", "Harahap",
)  # fmt: skip
# Chinese (pinyin) and Korean names in Latin letters, family name first in their records.
_V10_ZH_GIVEN = (
    "Xiulan", "Yuzhen", "Jianguo", "Shuhua", "Lifen", "Defu", "Cuihua", "Zhenhua", "Guifang",
    "Jinlong", "Fengxia", "Guohua", "Yufang", "Xiuzhen", "Chunhua", "Jianjun", "Baozhen",
)  # fmt: skip
_V10_ZH_FAMILY = (
    "Xue", "Qiu", "Pang", "Tao", "Jia", "Cui", "Shao", "Meng", "Xiong", "Duan", "Wan", "Dai",
    "Xia", "Zhong", "Ding", "Qiao", "Niu", "Zou", "Kou", "Chai", "Geng", "Gong", "Qin", "Cheng",
    "Xiao",
)  # fmt: skip
_V10_KO_GIVEN = (
    "Soonja", "Youngsook", "Changho", "Myunghee", "Jongsoo", "Kyungja", "Byungchul", "Oksoon",
    "Malsoon", "Bokrye", "Yongsik", "Geumja", "Taesik", "Jeongsuk", "Sangwook",
)  # fmt: skip
_V10_KO_FAMILY = (
    "Hong", "Eom", "Pyo", "Seok", "Maeng", "Tak", "Yeom", "Jeon", "Chae", "Bang", "Pi", "Nah",
    "Seol",
)  # fmt: skip
_V10_LA_GIVEN = (
    "Nélida", "Hortensia", "Ruperto", "Abelardo", "Dagoberto", "Nibaldo", "Eduvigis", "Yeison",
    "Leidy", "Wilmer", "Rosalba", "Heriberto", "Fidelina", "Nolberto", "Hilda", "Yaneth",
    "Amparo", "Gilberto", "Teodolinda", "Olegario", "Dionisia", "Eliseo", "Jhon Jairo",
    "Luz Dary",
)  # fmt: skip
_V10_LA_FAMILY = (
    "Contreras", "Sepúlveda", "Fuentes", "Valenzuela", "Araya", "Tapia", "Figueroa", "Sandoval",
    "Carrasco", "Bustos", "Pizarro", "Riquelme", "Aravena", "Ferreyra", "Acosta", "Benítez",
    "Sosa", "Romero", "Giménez", "Ledesma", "Quiroga", "Coronel", "Molina", "Ospina", "Restrepo",
    "Montoya", "Cardona", "Giraldo", "Zuluaga", "Arango", "Londoño", "Henao", "Betancur",
    "Gaviria", "Cifuentes", "Vergara", "Saavedra",
)  # fmt: skip
# Names in other scripts, each group's given and family names of one script (Arabic and Urdu
# apart: the Egyptian form asks for them).
_V10_AR_NAMES = (
    ("سعاد", "خديجة", "أحمد", "طارق", "نجيب", "زبيدة"),
    ("المصري", "الشريف", "سليمان", "عبد الرحمن", "فهمي", "شحاتة"),
)
_V10_UR_NAMES = (("شاہد", "ثمینہ", "تنویر"), ("چوہدری", "قریشی"))
_V10_SCRIPT_NAMES = (
    (("Нина", "Галина", "Анатолий", "Геннадий", "Вячеслав", "Любовь", "Божидар", "Драгана",
      "Антонина", "Степан"),
     ("Фёдоров", "Морозова", "Лебедева", "Козлов", "Новикова", "Павленко", "Мельник",
      "Димитров", "Стојановић", "Тарасова")),
    (("Βασιλική", "Παναγιώτα", "Σταύρος", "Χρυσούλα", "Αριστοτέλης"),
     ("Μακρή", "Νικολάου", "Πετρόπουλος", "Ζαχαρίου", "Κουτσούκος")),
    (("桂兰", "志明", "秀珍", "国强"), ("孙", "徐", "朱", "何", "郑")),
    (("和子", "正夫", "ハル"), ("中島", "松尾")),
    (("영수", "미숙", "정호", "옥순", "말자"), ("장", "한", "엄", "석")),
    _V10_AR_NAMES,
    _V10_UR_NAMES,
    (("שושנה", "חנה", "אסתר"), ("פרידמן", "גולדברג", "אוחיון", "ברגר")),
    (("रामप्रसाद", "शकुंतला", "हरिशंकर", "गायत्री"), ("चौहान", "पांडे", "त्रिपाठी", "श्रीवास्तव")),
    (("রোকেয়া", "আবুল", "শাহানা", "মিজানুর"), ("হোসেন", "আক্তার", "তালুকদার", "ভূঁইয়া")),
    (("มาลี", "ประยูร", "ทองใบ", "สมพร"), ("จันทร์เพ็ญ", "ศรีสุวรรณ", "บุญมา", "พรหมมา")),
    (("დავითი", "ქეთევან", "ლამარა", "გურამ"), ("ლომიძე", "კვარაცხელია", "მაისურაძე", "ბერიშვილი")),
    (("Անահիտ", "Գագիկ", "Սիրանուշ", "Վարդան"),
     ("Սահակյան", "Ղազարյան", "Մարտիրոսյան", "Բաղդասարյան")),
    (("ገነት", "ዳዊት", "ብርቱካን", "ሙሉጌታ"), ("ገብረሚካኤል", "አለሙ", "ወርቁ")),
    (("முத்துலட்சுமி", "சுப்பையா", "வள்ளி"), ("அண்ணாமலை", "கந்தசாமி", "முருகேசன்")),
    (("ભાનુબેન", "રમેશ"), ("દેસાઈ",)),
    (("ශ්‍රියානි", "චන්ද්‍රා"), ("බණ්ඩාරනායක", "රාජපක්ෂ")),
    (("ចន្ទា", "សុផល"), ("គឹម", "ម៉ៅ")),
    (("ຄຳຫຼ້າ", "ສີດາ"), ("ພັນທະວົງ",)),
)  # fmt: skip
_V10_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V10_EN_GIVEN, _V10_EN_FAMILY),
    (_V10_US_GIVEN, _V10_US_FAMILY + _V10_WORD_FAMILY),
    (_V10_MI_GIVEN, _V10_MI_FAMILY),
    (_V10_ZA_GIVEN, _V10_ZA_FAMILY),
    (_V10_PL_GIVEN, _V10_PL_FAMILY),
    (_V10_IT_GIVEN, _V10_IT_FAMILY),
    (_V10_PT_GIVEN, _V10_PT_FAMILY),
    (_V10_TR_GIVEN, _V10_TR_FAMILY),
    (_V10_EG_GIVEN, _V10_EG_FAMILY),
    (_V10_PK_GIVEN, _V10_PK_FAMILY),
    (_V10_BD_GIVEN, _V10_BD_FAMILY),
    (_V10_VN_GIVEN, _V10_VN_FAMILY),
    (_V10_ID_GIVEN, _V10_ID_FAMILY),
    (_V10_ZH_GIVEN, _V10_ZH_FAMILY),
    (_V10_KO_GIVEN, _V10_KO_FAMILY),
    (_V10_LA_GIVEN, _V10_LA_FAMILY),
    *_V10_SCRIPT_NAMES,
)
V10_GIVEN = tuple(g for givens, _ in _V10_GROUPS for g in givens)
V10_FAMILY = tuple(dict.fromkeys(f for _, families in _V10_GROUPS for f in families))
# Nicknames in quotes, as in "Lonnie 'Bubba' Tackett".
V10_NICKNAMES = ("Bubba", "Sissy", "Cookie", "Dolly", "Pinky", "Smitty", "Tiny", "Butch")
# US places (city, state code, ZIP prefix) and streets; rural routes, military mail and care homes.
V10_US_PLACES = (
    ("Dothan", "AL", "363"), ("Muskogee", "OK", "744"), ("Beckley", "WV", "258"),
    ("Valdosta", "GA", "316"), ("Hazard", "KY", "417"), ("Elko", "NV", "898"),
    ("Rapid City", "SD", "577"), ("Klamath Falls", "OR", "976"), ("Bowling Green", "KY", "421"),
)  # fmt: skip
V10_STREETS = (
    "Shagbark", "Bois d'Arc", "Pecan Grove", "Possum Trot", "Sourwood", "Bittersweet",
    "Blackjack Oak", "Honey Locust",
)  # fmt: skip
V10_STREET_KINDS = ("Ln", "Rd", "St", "Ave", "Dr", "Hollow", "Spur", "Trace", "Lane", "Road")
V10_CARE_HOMES = (
    "Magnolia Gardens Memory Care", "Pinecrest Nursing and Rehabilitation Center",
    "Whispering Pines Assisted Living", "Cedar Ridge Skilled Nursing Facility",
    "Heritage Oaks Care Center",
)  # fmt: skip
# Australian (town, state, postcode) and New Zealand (town, suburb, postcode) places.
V10_AU_PLACES = (
    ("Wagga Wagga", "NSW", "2650"), ("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"),
    ("Bunbury", "WA", "6230"), ("Mount Gambier", "SA", "5290"), ("Launceston", "TAS", "7250"),
    ("Alice Springs", "NT", "0870"), ("Queanbeyan", "NSW", "2620"),
)  # fmt: skip
V10_AU_STREETS = (
    "Wattle St", "Banksia Cres", "Bottlebrush Ave", "Kurrajong Rd", "Grevillea Way",
    "Ironbark Dr",
)  # fmt: skip
V10_AU_CARE = ("Glenview Lodge Aged Care", "Wattle Grove Residential Care", "Banksia Village")
V10_NZ_PLACES = (
    ("Hamilton", "Hillcrest", "3216"), ("Whanganui", "Gonville", "4501"),
    ("Masterton", "Lansdowne", "5810"), ("Invercargill", "Glengarry", "9810"),
    ("Tauranga", "Greerton", "3112"), ("Gisborne", "Kaiti", "4010"),
)  # fmt: skip
V10_NZ_STREETS = ("Kowhai Place", "Tui Street", "Rimu Road", "Totara Crescent", "Pohutukawa Drive")
# South African (suburb or township, city, postal code).
V10_ZA_PLACES = (
    ("Lynnwood", "Pretoria", "0081"), ("Soshanguve", "Pretoria", "0152"),
    ("Umlazi", "Durban", "4031"), ("Mitchells Plain", "Cape Town", "7785"),
    ("Langenhoven Park", "Bloemfontein", "9330"), ("Seshego", "Polokwane", "0742"),
)  # fmt: skip
# Polish (street, postcode, city), Italian (street, postcode, city, province), Portuguese
# (street, postcode, city), Turkish (neighbourhood and street, district, province).
V10_PL_PLACES = (
    ("al. Piłsudskiego", "15-444", "Białystok"), ("ul. Słoneczna", "35-001", "Rzeszów"),
    ("pl. Wolności", "45-018", "Opole"), ("ul. Kościuszki", "87-100", "Toruń"),
    ("al. Warszawska", "10-082", "Olsztyn"),
)  # fmt: skip
V10_PL_VILLAGES = (
    ("Wola Zarczycka", "37-310", "Nowa Sarzyna"), ("Brzóza Królewska", "37-307", "Leżajsk"),
    ("Zalesie Górne", "05-540", "Zalesie Górne"),
)  # fmt: skip
V10_IT_PLACES = (
    ("Via Giuseppe Garibaldi", "80134", "Napoli", "NA"),
    ("Piazza del Duomo", "25121", "Brescia", "BS"),
    ("Corso Vittorio Emanuele II", "09124", "Cagliari", "CA"),
    ("Viale dei Mille", "73100", "Lecce", "LE"),
    ("Contrada San Vito", "70043", "Monopoli", "BA"),
    ("Località Pian di Sco", "38122", "Trento", "TN"),
)  # fmt: skip
V10_PT_PLACES = (
    ("Rua do Almada", "4050-037", "Porto"), ("Av. da República", "1050-187", "Lisboa"),
    ("Travessa do Carmo", "3000-098", "Coimbra"), ("Rua de São Vicente", "4700-318", "Braga"),
    ("Rua Ferreira Neto", "8000-420", "Faro"),
)  # fmt: skip
V10_TR_PLACES = (
    ("Atatürk Mah. Cumhuriyet Cad.", "Ataşehir", "İstanbul", "34758"),
    ("Kızılay Mah. Gazi Mustafa Kemal Blv.", "Çankaya", "Ankara", "06420"),
    ("Bostanlı Mah. 1745 Sok.", "Karşıyaka", "İzmir", "35590"),
    ("Yeşilyurt Mah. Fatih Cad.", "Merkez", "Bolu", "14100"),
)  # fmt: skip
# Egyptian, Pakistani, Bangladeshi, Vietnamese, Indonesian, Chinese and Korean places.
V10_EG_PLACES = (
    ("Shehab St.", "Mohandessin", "Giza"), ("Makram Ebeid St.", "Nasr City", "Cairo"),
    ("Road 9", "Maadi", "Cairo"), ("El-Geish Rd.", "Sidi Gaber", "Alexandria"),
)  # fmt: skip
V10_EG_ARABIC = (
    "شارع شهاب، المهندسين، الجيزة",
    "شارع مكرم عبيد، مدينة نصر، القاهرة",
    "شارع الجيش، سيدي جابر، الإسكندرية",
)
V10_PK_PLACES = (
    ("G-9/3", "Islamabad"), ("Gulshan-e-Iqbal Block 13-D", "Karachi"), ("Model Town", "Lahore"),
    ("Satellite Town", "Rawalpindi"), ("Hayatabad Phase 3", "Peshawar"),
)  # fmt: skip
V10_BD_PLACES = (
    ("Dhanmondi R/A", "Dhaka-1205"), ("Banani", "Dhaka-1213"), ("Zindabazar", "Sylhet-3100"),
    ("Agrabad C/A", "Chattogram-4100"),
)  # fmt: skip
V10_BD_VILLAGES = (("Char Kukri", "Kachua", "Chandpur"), ("Baliadangi", "Lalpur", "Natore"))
V10_VN_PLACES = (
    "ngõ 102 Trần Duy Hưng, P. Trung Hòa, Q. Cầu Giấy, Hà Nội",
    "Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh",
    "đường Lê Lợi, P. Vĩnh Ninh, TP. Huế",
)  # fmt: skip
V10_VN_RURAL = (
    "xã Hòa Phú, huyện Hòa Vang, TP. Đà Nẵng",
    "xã Tân Hiệp, huyện Hóc Môn, TP. Hồ Chí Minh",
)
V10_ID_PLACES = (
    ("Jl. Merdeka", "Sukajadi", "Bandung", "40162"),
    ("Jl. Gajah Mada", "Dauh Puri", "Denpasar", "80112"),
    ("Jl. Diponegoro", "Tegalsari", "Surabaya", "60265"),
    ("Jl. Sisingamangaraja", "Teladan", "Medan", "20217"),
)  # fmt: skip
V10_CN_PLACES = (
    ("Zhongshan Road", "Gulou District", "Nanjing", "210008"),
    ("Hongqiao Road", "Xuhui District", "Shanghai", "200030"),
    ("Renmin South Road", "Wuhou District", "Chengdu", "610041"),
)  # fmt: skip
V10_KR_PLACES = (
    ("Teheran-ro 22-gil", "Gangnam-gu", "Seoul", "06234"),
    ("Jungang-daero 45beon-gil", "Dong-gu", "Busan", "48821"),
    ("Daedeok-daero", "Seo-gu", "Daejeon", "35203"),
)  # fmt: skip
# Chilean, Argentinian and Colombian places.
V10_CL_PLACES = (
    ("Av. Libertador Bernardo O'Higgins", "Santiago"), ("Pasaje Los Aromos", "Temuco"),
    ("Calle Blanco", "Valparaíso"), ("Av. Grecia", "Antofagasta"),
)  # fmt: skip
V10_AR_PLACES = (
    ("Av. Corrientes", "C1194AAB", "CABA"), ("Calle 12", "B1900", "La Plata"),
    ("Bv. San Juan", "X5000", "Córdoba"), ("Av. Belgrano Sur", "G4200", "Santiago del Estero"),
)  # fmt: skip
V10_CO_PLACES = (
    ("Calle 45", "Bogotá D.C."), ("Carrera 70", "Medellín, Antioquia"),
    ("Transversal 5A", "Barranquilla, Atlántico"), ("Diagonal 18 Sur", "Cali, Valle del Cauca"),
)  # fmt: skip
V10_INSTITUTIONS = (
    "Wagga Wagga Base Hospital", "Waikato Hospital", "Chris Hani Baragwanath Academic Hospital",
    "Ospedale Antonio Cardarelli", "Hospital de Santo António, Porto",
    "Hacettepe Üniversitesi Hastanesi",
    "Kasr Al Ainy Hospital", "Mayo Hospital, Lahore", "Dhaka Medical College Hospital",
    "Bệnh viện Bạch Mai", "Peking Union Medical College Hospital", "Severance Hospital",
    "Hospital Sótero del Río", "Hospital Pablo Tobón Uribe",
    "Appalachian Regional Hospital, Hazard",
    "South Georgia Medical Center, Valdosta",
)  # fmt: skip
# Clinical sentences: the v10 family names as plain words (stent, clamp, crick, palm, sole, needle,
# pellet, scales, pinch, shoulders, frame, staples, heal, finger, lash, mould, measures, hook,
# cure, lint, couch, wake), eponyms, scores and drug names no other list has, and numbers that
# are not PHI but look a little like identifiers, dates or ages: long lab values with units,
# diagnosis and test codes, dose counts, ratios, scores, device settings, times, sizes, review
# intervals written as 2/52 and 4/12, percentages and vital signs over 90 with their key.
V10_EPONYM = (
    "Drug-eluting stent 3.0 x 28 mm to the mid LAD at 14 atm; TIMI 3 flow; door-to-balloon 68 "
    "minutes.",
    "Cross-clamp time 94 minutes, bypass time 126 minutes; 3 grafts to the LAD, OM1 and PDA.",
    "Crick in the neck for 3 days; Spurling test negative; C5 to T1 power 5/5 on both sides.",
    "Palmar erythema and 6 spider naevi; bilirubin 54 umol/L, albumin 28 g/L, INR 1.9.",
    "Sole of the left foot: 1.5 x 1.2 cm neuropathic ulcer under the 1st metatarsal head; "
    "monofilament felt at 4 of 10 sites.",
    "Needle decompression in the 2nd intercostal space with a 14 G cannula; 28 Fr chest drain at "
    "04:35.",
    "Testosterone pellets 6 x 75 mg inserted; haematocrit 0.49; next insertion in 4/12.",
    "Weighed on the ward scales: 92.6 kg, up 3.4 kg in 72 hours; fluid restriction 1.5 L a day.",
    "Pinch grip 4.5 kg right and 2 kg left; Finkelstein test positive; Phalen test positive at 30 "
    "seconds.",
    "Both shoulders: Neer and Hawkins signs positive, abduction to 95 degrees; 40 mg Depo-Medrol "
    "injected.",
    "Mobilising 20 m with a 4-wheeled walking frame; Tinetti 14/28; review in 2/52.",
    "Wound closed with 18 staples, out at day 10 to 14; Redivac drain 95 mL in 24 h.",
    "Slow to heal: venous ulcer 4.2 x 3.1 cm, ABPI 0.96; 4-layer compression at 40 mmHg.",
    "Finger-prick glucose 3.1 at 02:00 and 14.8 at 07:30; NovoRapid 6 units; Lantus cut to 18 "
    "units.",
    "Lash loss and lid margin disease; acuity 6/12 and 6/60; IOP 18 and 32 mmHg; Xalatan nocte.",
    "Mould at home; total IgE 1,240 kU/L; Aspergillus IgG 96 mgA/L; FEV1/FVC 0.62.",
    "Falls measures in place: bed at lowest height, hip protectors, sensor mat; Morse score 95.",
    "Fracture of the hook of the hamate; scaphoid views negative; cast for 6/52.",
    "Radical radiotherapy, 70 Gy in 35 fractions; chance of cure quoted as 85% at 5 years.",
    "Paraffin gauze and lint over the donor site; 9% TBSA; Parkland 4 mL x 62 kg x 9 = 2,232 mL.",
    "Found on the couch, GCS 9 (E2 V2 M5); glucose 1.9 mmol/L; 100 mL of 10% dextrose given.",
    "Wake-up stroke, last known well 22:30; NIHSS 11; core 14 mL, penumbra 96 mL, ratio 6.9.",
    "HIV viral load 1,240,000 copies/mL; CD4 96 cells/uL (7%); Biktarvy 1 tablet daily.",
    "Holter 24 h: 104,312 beats, mean HR 74, 2,140 ventricular ectopics (2.1%), pause 2.8 s.",
    "Beta-hCG 104,500 IU/L; CRL 12.4 mm, 7+4 weeks; fetal heart rate 162 bpm.",
    "Kussmaul breathing, RR 32; pH 7.08, HCO3 6, anion gap 28; glucose 31.4; ketones 6.2 mmol/L.",
    "Brugada type 1 pattern in V1 and V2 after ajmaline 1 mg/kg; QRS 118 ms.",
    "Hunt and Hess 3, modified Fisher 4; 7 x 5 mm AComm aneurysm; EVD open at 15 cmH2O.",
    "Breslow 2.4 mm, Clark level IV, 3 mitoses/mm2; sentinel nodes 1 of 2 positive.",
    "Garden IV subcapital fracture; hemiarthroplasty under spinal with 2.8 mL of 0.5% heavy "
    "bupivacaine.",
    "CHA2DS2-VASc 6, HAS-BLED 3; apixaban 2.5 mg BD as creatinine 168 umol/L and weight 56 kg.",
    "Caprini score 9; enoxaparin 40 mg SC daily for 28 days; platelets 412 on day 5.",
    "Endone 5 mg PRN, at most 4 doses in 24 h; Targin 10/5 mg BD; Movicol 1 sachet mane.",
    "Panadol Osteo 1330 mg TDS and Nurofen 400 mg PRN; eGFR 91.",
    "BiPAP IPAP 18 / EPAP 8 cmH2O, backup rate 14, FiO2 0.35; pCO2 down from 9.8 to 7.1 kPa.",
    "ICD zones VT 171 bpm and VF 222 bpm; 2 appropriate shocks of 41 J; battery 9.5 years.",
    "Codman Hakim valve setting changed from 120 to 90 mmH2O; ventricles unchanged.",
    "Coded as ICD-10 I48.91 and S72.001A, SNOMED CT 22298006; CPT 99223 and 71046.",
    "LOINC 2345-7 glucose 5.4 mmol/L; 4548-4 HbA1c 48 mmol/mol (6.5%); 33914-3 eGFR 94.",
    "Saturations 99% on 15 L via non-rebreather; pulse 126; systolic 92; temperature 35.1.",
    "Tanner stage 4; bone age 13 years 6 months at a chronological age of 12 years 2 months.",
    "Ranson 4 at 48 hours; lipase 3,410 U/L; CT severity index 6 with 30% necrosis.",
    "Lachman grade 2 with a soft end point; McMurray positive medially; 40 mL aspirated.",
    "Vitals at 0915: BP 198/104, HR 58, RR 12, SpO2 97%; Cushing response; mannitol 1 g/kg.",
)  # fmt: skip
_V10_MONTHS_IT = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
    "ottobre", "novembre", "dicembre",
)  # fmt: skip
_V10_MONTHS_PT = (
    "Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro",
    "Outubro", "Novembro", "Dezembro",
)  # fmt: skip
_V10_MONTHS_TR = (
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
    "Kasım", "Aralık",
)  # fmt: skip
_V10_MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
_V10_MONTHS_AF = (
    "Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
_V10_MONTHS_ES = (
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
)  # fmt: skip
_V10_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_V10_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Ages in words: 90 to 99 by their last digit, then 100 to 110.
_V10_WORDS = {
    "es": (
        ("noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro",
         "noventa y cinco", "noventa y seis", "noventa y siete", "noventa y ocho",
         "noventa y nueve"),
        ("cien", "ciento uno", "ciento dos", "ciento tres", "ciento cuatro", "ciento cinco",
         "ciento seis", "ciento siete", "ciento ocho", "ciento nueve", "ciento diez"),
    ),
    "pt": (
        ("noventa", "noventa e um", "noventa e dois", "noventa e três", "noventa e quatro",
         "noventa e cinco", "noventa e seis", "noventa e sete", "noventa e oito",
         "noventa e nove"),
        ("cem", "cento e um", "cento e dois", "cento e três", "cento e quatro", "cento e cinco",
         "cento e seis", "cento e sete", "cento e oito", "cento e nove", "cento e dez"),
    ),
    "it": (
        ("novanta", "novantuno", "novantadue", "novantatré", "novantaquattro", "novantacinque",
         "novantasei", "novantasette", "novantotto", "novantanove"),
        ("cento", "centouno", "centodue", "centotré", "centoquattro", "centocinque", "centosei",
         "centosette", "centootto", "centonove", "centodieci"),
    ),
    "en": (
        ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
         "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"),
        ("one hundred", "one hundred one", "one hundred two", "one hundred three",
         "one hundred four", "one hundred five", "one hundred six", "one hundred seven",
         "one hundred eight", "one hundred nine", "one hundred ten"),
    ),
}  # fmt: skip


def _v10_person(rng: random.Random) -> tuple[str, str]:
    """A given and a family name, most of the time of one culture, always of one script."""
    given = rng.choice(V10_GIVEN)
    families = _V10_GROUPS[_V10_GROUP_OF[given]][1]
    if rng.random() < 0.1:  # a marriage or a migration: another culture of the same script
        families = _V10_FAMILY_BY_SCRIPT[_v8_script(given)]
    return given, rng.choice(families)


_V10_GROUP_OF = {g: i for i, (givens, _) in enumerate(_V10_GROUPS) for g in givens}
_V10_FAMILY_FIRST = frozenset(_V10_VN_GIVEN + _V10_ZH_GIVEN + _V10_KO_GIVEN)
_V10_FAMILY_BY_SCRIPT: dict[str, tuple[str, ...]] = {}
for _family in V10_FAMILY:
    _script = _v8_script(_family)
    _V10_FAMILY_BY_SCRIPT[_script] = (*_V10_FAMILY_BY_SCRIPT.get(_script, ()), _family)


def _v10_from(
    rng: random.Random, group: tuple[tuple[str, ...], tuple[str, ...]]
) -> tuple[str, str]:
    """A given and a family name of one group."""
    return rng.choice(group[0]), rng.choice(group[1])


def _v10_latin(rng: random.Random) -> tuple[str, str]:
    """A name in Latin letters, as a clinician's name is written in an English-language note."""
    while True:
        given, family = _v10_person(rng)
        if _v8_script(given) == "LATIN":
            return given, family


# The cultures a country's form asks for by name (``{NAME:tr}``).
_V10_CULTURES = {
    "za": (_V10_ZA_GIVEN, _V10_ZA_FAMILY),
    "pl": (_V10_PL_GIVEN, _V10_PL_FAMILY),
    "it": (_V10_IT_GIVEN, _V10_IT_FAMILY),
    "pt": (_V10_PT_GIVEN, _V10_PT_FAMILY),
    "tr": (_V10_TR_GIVEN, _V10_TR_FAMILY),
    "pk": (_V10_PK_GIVEN, _V10_PK_FAMILY),
    "bd": (_V10_BD_GIVEN, _V10_BD_FAMILY),
    "la": (_V10_LA_GIVEN, _V10_LA_FAMILY),
}


def _v10_name(rng: random.Random, style: str) -> str:
    if style in _V10_CULTURES:  # a name of the country's own culture on its form
        given, family = _v10_from(rng, _V10_CULTURES[style])
        return rng.choice(
            (
                f"{given} {family}",
                f"{given} {family}",
                f"{family.upper()} {given}",
                f"{given} {family}".upper(),
                f"{family}, {given}",
            )
        )
    if style == "sig":  # a clinician's signature or a name in a copy list
        given, family = _v10_latin(rng)
        return rng.choice(
            (
                f"{given} {family}",
                f"{given[0]}. {family}",
                f"{given} {rng.choice(_V8_UP)}. {family}",
                f"{given[0]}{rng.choice(_V8_UP)} {family}",
                f"{family}, {given[0]}.",
            )
        )
    if style == "arabic":
        given, family = _v10_from(rng, rng.choice((_V10_AR_NAMES, _V10_UR_NAMES)))
        return f"{given} {family}"
    if style == "zh":  # pinyin, family name first and often in capitals
        given, family = _v10_from(rng, (_V10_ZH_GIVEN, _V10_ZH_FAMILY))
        return rng.choice((f"{family.upper()} {given}", f"{family} {given}", f"{given} {family}"))
    if style == "ko":
        given, family = _v10_from(rng, (_V10_KO_GIVEN, _V10_KO_FAMILY))
        return rng.choice((f"{family} {given}", f"{family.upper()} {given}", f"{given} {family}"))
    if style == "vn":  # Vietnamese: family name first; forms often in capitals
        given, family = _v10_from(rng, (_V10_VN_GIVEN, _V10_VN_FAMILY))
        return rng.choice((f"{family} {given}".upper(), f"{family} {given}"))
    if style == "id":  # Indonesian: often one name only
        given, family = _v10_from(rng, (_V10_ID_GIVEN, _V10_ID_FAMILY))
        return rng.choice((given, f"{given} {family}", f"{given} {family}".upper()))
    if style in ("given", "family", "givenu", "familyu") and rng.random() < 0.85:
        given, family = _v10_latin(rng)  # a name alone in an English note: mostly Latin letters
    else:
        given, family = _v10_person(rng)
    latin = _v8_script(given) == "LATIN"
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "givenu":
        return given.upper()
    if style == "familyu":
        return family.upper()
    if style == "comma":
        return f"{family}, {given}"
    if style == "label":  # a wristband, a form's header
        return rng.choice(
            (
                f"{family.upper()}, {given}",
                f"{family.upper()} {given}",
                f"{family}, {given}".upper(),
            )
        )
    if style == "upper":
        return f"{given} {family}".upper()
    if style == "pn":  # DICOM / HL7 person name
        middle = f"^{rng.choice(_V8_UP)}" if latin and rng.random() < 0.3 else ""
        text = f"{family}^{given}{middle}"
        return text.upper() if rng.random() < 0.6 else text
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    script = _v8_script(given)
    if script in ("HAN", "HANGUL"):
        kana = any(
            "HIRAGANA" in unicodedata.name(c, "") or "KATAKANA" in unicodedata.name(c, "")
            for c in given
        )
        return f"{family} {given}" if kana or rng.random() < 0.3 else f"{family}{given}"
    if not latin:
        return f"{given} {family}" if rng.random() < 0.7 else f"{family} {given}"
    if given in _V10_FAMILY_FIRST and rng.random() < 0.6:  # Vietnamese, Chinese, Korean
        return f"{family.upper()} {given}" if rng.random() < 0.4 else f"{family} {given}"
    r = rng.random()
    if r < 0.38:
        return f"{given} {family}"
    if r < 0.46:
        return f"{family}, {given}"
    if r < 0.50:
        return f"{given[0]}. {family}"
    if r < 0.54:
        return f"{family.upper()} {given}"
    if r < 0.57:
        return f"{given} {family.upper()}"
    if r < 0.60:
        return f"{given} {family}".upper()
    if r < 0.63:
        return f"{given} {family}".lower()
    if r < 0.67:  # double-barrelled
        other = rng.choice([f for f in _V10_FAMILY_BY_SCRIPT["LATIN"] if " " not in f])
        return f"{given} {family}-{other}"
    if r < 0.71:  # a middle name of the same culture
        middle = rng.choice([g for g in _V10_GROUPS[_V10_GROUP_OF[given]][0] if g != given])
        return f"{given} {middle} {family}"
    if r < 0.75:
        return family
    if r < 0.78:
        return f"{given[0]}.{rng.choice(_V8_UP)}. {family}"
    if r < 0.81:  # "Tackett L.", as in a nursing handover
        return f"{family} {given[0]}."
    if r < 0.84:
        return f"{given} {_v9_initial(family)}."
    if r < 0.87:
        return f"{given} '{rng.choice(V10_NICKNAMES)}' {family}"
    if r < 0.90:
        return f"{family} {given}"
    if r < 0.93:
        return f"{family}, {given[0]}."
    if r < 0.96:
        return f"{given} {family} {rng.choice(('III', 'Snr', 'Jnr'))}"
    return f"{family}, {given}".upper()


def _v10_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    if style == "as":  # DICOM age string
        return f"{n:03d}Y"
    if style == "unit":
        return rng.choice((f"{n}yo", f"{n} yrs", f"{n}y", f"{n} y.o.", f"{n}yrs"))
    if style == "sx":  # age and sex in one token, as in "94F with chest pain"
        return f"{n}{rng.choice('FM')}"
    if style == "ar":  # Eastern Arabic digits
        return str(n).translate(_V10_AR_DIGITS)
    if style in _V10_WORDS:
        if rng.random() < 0.6:
            return str(n)
        tens, hundreds = _V10_WORDS[style]
        return tens[n - 90] if n < 100 else hundreds[n - 100]
    if style:
        raise ValueError(f"unknown AGE shape {style!r}")
    return str(n)


def _v10_date(rng: random.Random, style: str) -> str:
    # Birth dates: the styles of birth-date fields and, without a style, three dates in ten.
    born = style in ("dob", "long", "da", "plb", "it", "ptpt", "id", "esb", "aub", "isob") or (
        not style and rng.random() < 0.3
    )
    if born:
        d = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    else:
        d = date(1998, 1, 1) + timedelta(days=rng.randrange(365 * 30))
    y, m, dd, yy = d.year, d.month, d.day, d.year % 100
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    h12, ampm = hh % 12 or 12, "AM" if hh < 12 else "PM"
    month, mon, wkd = _V8_MONTHS[m - 1], _V8_MONTHS[m - 1][:3], _V10_WEEKDAYS[d.weekday()]
    mon_dot = "May" if m == 5 else ("Sept." if m == 9 else f"{mon}.")
    nth = "th" if 4 <= dd <= 20 or 24 <= dd <= 30 else {1: "st", 2: "nd", 3: "rd"}[dd % 10]
    shapes: tuple[str, ...]
    if style in ("", "dob", "event"):
        if rng.random() < 0.5:  # the ordinary shapes
            shapes = (
                f"{m:02d}/{dd:02d}/{y}",
                f"{m}/{dd}/{y}",
                f"{month} {dd}, {y}",
                f"{dd:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd} {mon} {y}",
                f"{m:02d}/{dd:02d}/{yy:02d}",
                f"{mon} {dd}, {y}",
            )
        else:
            shapes = (
                f"{mon_dot} {dd}, {y}",
                f"{month} {dd}{nth}, {y}",
                f"{dd}-{mon}-{y}",
                f"{m}/{dd}/{yy:02d}",
                f"{y}.{m:02d}.{dd:02d}",
                f"{m}-{dd}-{y}",
                f"{y}/{m:02d}/{dd:02d}",
                f"{dd}{nth} {mon} {y}",
            )
            if style != "dob":  # an event may lack its year or carry its weekday
                shapes += (
                    f"{dd} {month}",
                    f"{dd}{nth} {mon}",
                    f"{wkd[:3]} {dd} {mon} {y}",
                    f"{wkd}, {month} {dd}, {y}",
                    f"{wkd[:3]}. {m}/{dd}",
                )
    elif style == "stamp":
        shapes = (
            f"{m:02d}/{dd:02d}/{y} @ {hh:02d}{mi:02d}",
            f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d} hrs",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}{mi:02d}h",
            f"{mon} {dd:2d} {y} {h12}:{mi:02d}{ampm}",
            f"{dd:02d}-{mon}-{y} {hh:02d}:{mi:02d}:{ss:02d}",
            f"{m}/{dd}/{y} {h12}:{mi:02d} {ampm.lower()}",
        )
    elif style == "long":
        shapes = (f"{month} {dd}, {y}", f"{dd} {month} {y}", f"the {dd}{nth} of {month}, {y}")
    elif style == "legal":  # "signed this 12th day of January, 2024"
        shapes = (f"{dd}{nth} day of {month}, {y}", f"{dd}{nth} day of {month} {y}")
    elif style == "sms":
        shapes = (
            f"{wkd[:3]} {dd} {mon} at {h12}:{mi:02d}{ampm.lower()}",
            f"{dd:02d}/{m:02d} at {hh:02d}:{mi:02d}",
            f"{wkd} {dd}{nth} {month}, {h12}:{mi:02d}{ampm.lower()}",
            f"{m}/{dd} @ {h12}:{mi:02d}{ampm[0].lower()}",
        )
    elif style == "outlook":
        shapes = (f"{wkd}, {month} {dd}, {y} {h12}:{mi:02d} {ampm}",)
    elif style in ("au", "aub", "nz"):
        shapes = (f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{yy:02d}", f"{dd} {mon} {y}", f"{dd}.{m}.{y}")
    elif style == "za":
        shapes = (f"{y}/{m:02d}/{dd:02d}", f"{dd} {_V10_MONTHS_AF[m - 1]} {y}", f"{dd} {month} {y}")
    elif style == "pl":
        shapes = (f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m:02d}.{y}")
    elif style == "plb":  # a Polish birth date, the month sometimes in Roman numerals
        shapes = (f"{dd:02d}.{m:02d}.{y}", f"{dd} {_V8_ROMAN[m - 1]} {y}")
    elif style == "it":
        shapes = (f"{dd:02d}/{m:02d}/{y}", f"{dd} {_V10_MONTHS_IT[m - 1]} {y}", f"{dd}/{m}/{y}")
    elif style == "ptpt":
        shapes = (f"{dd:02d}-{m:02d}-{y}", f"{dd} de {_V10_MONTHS_PT[m - 1]} de {y}")
    elif style == "tr":
        shapes = (
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd} {_V10_MONTHS_TR[m - 1]} {y}",
            f"{dd:02d}/{m:02d}/{y}",
        )
    elif style == "ar":  # Egyptian forms: Eastern Arabic digits, day first
        shapes = (
            f"{dd:02d}/{m:02d}/{y}".translate(_V10_AR_DIGITS),
            f"{y}/{m:02d}/{dd:02d}".translate(_V10_AR_DIGITS),
            f"{dd}/{m}/{y}",
        )
    elif style == "bd":
        shapes = (f"{dd:02d}.{m:02d}.{yy:02d}", f"{dd:02d}-{m:02d}-{y}", f"{dd}/{m}/{y}")
    elif style == "vn":
        shapes = (
            f"{dd:02d}/{m:02d}/{y}",
            f"ngày {dd:02d} tháng {m:02d} năm {y}",
            f"{dd:02d}-{m:02d}-{y}",
        )
    elif style == "id":
        shapes = (f"{dd} {_V10_MONTHS_ID[m - 1]} {y}", f"{dd:02d}-{m:02d}-{y}")
    elif style == "zh":
        shapes = (f"{y}-{m:02d}-{dd:02d}", f"{y}/{m}/{dd}", f"{y}.{m}.{dd}")
    elif style == "ko":
        shapes = (f"{y}.{m:02d}.{dd:02d}", f"{y}. {m}. {dd}.")
    elif style in ("es", "esb"):
        shapes = (
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}/{_V10_MONTHS_ES[m - 1]}/{y}",
            f"{dd} {_V10_MONTHS_ES[m - 1]}. {y}",
        )
    elif style == "da":
        shapes = (f"{y}{m:02d}{dd:02d}",)
    elif style == "hl7":
        tz = rng.choice(("-0500", "+1000", "+0200", "-0300"))
        shapes = (
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{tz}",
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}",
        )
    elif style == "fhir":
        tz = rng.choice(("+10:00", "+12:00", "+02:00", "-05:00", "+05:00", "+07:00"))
        shapes = (f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}{tz}",)
    elif style == "ical":
        shapes = (
            f"{y}{m:02d}{dd:02d}T{hh:02d}{mi:02d}00",
            f"{y}{m:02d}{dd:02d}T{hh:02d}{mi:02d}00Z",
        )
    elif style in ("iso", "isob"):
        shapes = (f"{y}-{m:02d}-{dd:02d}",)
    elif style == "syslog":  # "Jan  2 08:30:01": the day padded with a space
        shapes = (f"{mon} {dd:2d} {hh:02d}:{mi:02d}:{ss:02d}",)
    elif style == "year":
        shapes = (str(y),)
    elif style == "my":
        shapes = (f"{mon}-{y}", f"{y}-{m:02d}", f"{month} of {y}")
    else:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes)


def _v10_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(1, 9999)
    city, code, zip3 = rng.choice(V10_US_PLACES)
    zip5 = f"{zip3}{_digits(rng, 2)}"
    street = f"{rng.choice(V10_STREETS)} {rng.choice(V10_STREET_KINDS)}"
    if not style:
        style = rng.choice(
            ("us", "us", "us", "us", "us", "usrural", "care", "au", "nz", "za", "pl", "it", "pt")
            + ("tr", "eg", "pk", "bd", "vn", "id", "cn", "kr", "cl", "ar", "co", "mil")
        )
    if style == "us":
        return rng.choice(
            (
                f"{n} {street}, {city}, {code} {zip5}",
                f"{n} {street}",
                f"{city}, {code}",
                f"{n} {street} #{rng.randrange(1, 40)}, {city} {code} {zip5}",
                f"{n} {street}, Lot {rng.randrange(1, 90)}, {city}, {code}",
                f"{n} {street} Apt {rng.randrange(1, 9)}{rng.choice('ABCD')}",
            )
        )
    if style == "usrural":
        return rng.choice(
            (
                f"HC {rng.randrange(60, 90)} Box {rng.randrange(10, 2000)}, {city}, {code} {zip5}",
                f"{n} County Road {rng.randrange(1, 400)}, {city}, {code}",
                f"N{rng.randrange(1000, 9999)} State Hwy {rng.randrange(10, 90)}, {city}",
                f"{rng.randrange(10000, 30000)} FM {rng.randrange(100, 3000)} Rd, {city}, {code}",
                f"{rng.randrange(2, 12)} mi S of {city} on Hwy {rng.randrange(10, 99)}",
            )
        )
    if style == "mil":
        return rng.choice(
            (
                f"PSC {rng.randrange(100, 999)} Box {rng.randrange(1, 9999)}, FPO AE "
                f"09{_digits(rng, 3)}",
                f"Unit {rng.randrange(10000, 99999)} Box {rng.randrange(100, 9999)}, APO AP "
                f"96{_digits(rng, 3)}",
                f"CMR {rng.randrange(400, 499)} Box {rng.randrange(100, 9999)}, APO AE "
                f"09{_digits(rng, 3)}",
                f"Bldg {rng.randrange(1000, 9999)} Rm {rng.randrange(100, 350)}, Fort Riley, KS "
                f"664{_digits(rng, 2)}",
                f"BFPO {rng.randrange(10, 800)}",
            )
        )
    if style == "care":
        return rng.choice(
            (
                f"Room {rng.randrange(100, 350)}{rng.choice('AB')}, {rng.choice(V10_CARE_HOMES)}, "
                f"{n} {street}, {city}, {code}",
                f"{rng.choice(V10_CARE_HOMES)}, {city}",
                f"Room {rng.randrange(1, 60)}, {rng.choice(V10_AU_CARE)}, "
                f"{rng.randrange(1, 200)} {rng.choice(V10_AU_STREETS)}, "
                + " ".join(rng.choice(V10_AU_PLACES)),
                f"{rng.choice(V10_CARE_HOMES)} (memory care unit, bed {rng.randrange(1, 40)})",
            )
        )
    if style == "au":
        town, state, pc = rng.choice(V10_AU_PLACES)
        road = rng.choice(V10_AU_STREETS)
        return rng.choice(
            (
                f"Unit {rng.randrange(1, 20)}/{rng.randrange(1, 120)} {road}, {town} {state} {pc}",
                f"{rng.randrange(1, 300)} {road}, {town} {state} {pc}",
                f"RMB {rng.randrange(100, 3000)}, {town} {state} {pc}",
                f"PO Box {rng.randrange(10, 999)}, {town} {state} {pc}",
                f"'{rng.choice(('Glen Avon', 'Yarrawonga', 'Bimbadeen'))}', {n} "
                f"{rng.choice(('Yass Rd', 'Gundagai Rd', 'Old Coach Rd'))}, {town} {state} {pc}",
                f"{town} {state}",
            )
        )
    if style == "nz":
        town, suburb, pc = rng.choice(V10_NZ_PLACES)
        road = rng.choice(V10_NZ_STREETS)
        return rng.choice(
            (
                f"{rng.randrange(1, 200)} {road}, {suburb}, {town} {pc}",
                f"Flat {rng.randrange(1, 9)}, {rng.randrange(1, 200)} {road}, {suburb}, {town}",
                f"{rng.randrange(100, 3000)} State Highway {rng.randrange(1, 60)}, RD "
                f"{rng.randrange(1, 9)}, {town} {pc}",
                f"{rng.randrange(1, 200)}A {road}, {town}",
            )
        )
    if style == "za":
        suburb, za_city, pc = rng.choice(V10_ZA_PLACES)
        return rng.choice(
            (
                f"{rng.randrange(1, 200)} Jacaranda Street, {suburb}, {za_city}, {pc}",
                f"Stand No. {rng.randrange(100, 9999)}, Extension {rng.randrange(1, 12)}, "
                f"{suburb}, {pc}",
                f"Unit {rng.randrange(1, 40)} Sunset Villas, {rng.randrange(1, 90)} Marine Drive, "
                f"{suburb}, {za_city}",
                f"Farm {rng.choice(('Rietfontein', 'Doornkloof', 'Kleinplaas'))} "
                f"{rng.randrange(100, 999)}, Bethlehem, Free State",
                f"{rng.randrange(1, 9999)} {rng.choice('ABCDGHJKMNPQUVW')} Section, {suburb}, {pc}",
            )
        )
    if style == "pl":
        road, pc, place = rng.choice(V10_PL_PLACES)
        village, vpc, post = rng.choice(V10_PL_VILLAGES)
        return rng.choice(
            (
                f"{road} {rng.randrange(1, 120)}/{rng.randrange(1, 60)}, {pc} {place}",
                f"{road} {rng.randrange(1, 120)} lok. {rng.randrange(1, 40)}, {pc} {place}",
                f"{village} {rng.randrange(1, 400)}, {vpc} {post}",
            )
        )
    if style == "it":
        road, cap, place, prov = rng.choice(V10_IT_PLACES)
        return rng.choice(
            (
                f"{road} {rng.randrange(1, 200)}, {cap} {place} ({prov})",
                f"{road}, {rng.randrange(1, 200)} - {cap} {place} {prov}",
                f"{road} {rng.randrange(1, 90)}, int. {rng.randrange(1, 20)}, scala "
                f"{rng.choice('ABC')}, {cap} {place}",
                f"{place} ({prov})",
            )
        )
    if style == "itcity":
        return rng.choice(V10_IT_PLACES)[2]
    if style == "pt":
        road, cp, place = rng.choice(V10_PT_PLACES)
        return rng.choice(
            (
                f"{road}, {rng.randrange(1, 400)}, {rng.randrange(1, 8)}.º "
                f"{rng.choice(('Esq.', 'Dto.', 'Frente'))}, {cp} {place}",
                f"{road} n.º {rng.randrange(1, 200)}, r/c, {cp} {place}",
                f"Lugar de {rng.choice(('Vilar', 'Outeiro', 'Cimo de Vila'))}, {cp} {place}",
            )
        )
    if style == "tr":
        street_tr, district, province, pk = rng.choice(V10_TR_PLACES)
        return rng.choice(
            (
                f"{street_tr} No: {rng.randrange(1, 200)} D: {rng.randrange(1, 30)}, {pk} "
                f"{district}/{province}",
                f"{street_tr} No:{rng.randrange(1, 200)}/{rng.randrange(1, 30)} "
                f"{district}/{province}",
                f"{rng.choice(('Yeşilköy', 'Karaağaç', 'Çamlıca'))} Köyü No: "
                f"{rng.randrange(1, 90)}, {district}/{province}",
            )
        )
    if style == "eg":
        road, area, place = rng.choice(V10_EG_PLACES)
        return rng.choice(
            (
                f"{rng.randrange(1, 120)} {road}, {area}, {place}",
                f"Apt {rng.randrange(1, 30)}, {rng.randrange(1, 12)}th Floor, "
                f"{rng.randrange(1, 120)} {road}, {area}, {place}",
                f"Building {rng.randrange(1, 90)}, Zahraa El Maadi, Cairo",
                "Kafr El-Dawar, Beheira",
            )
        )
    if style == "egar":
        return f"{rng.randrange(1, 120)} {rng.choice(V10_EG_ARABIC)}".translate(_V10_AR_DIGITS)
    if style == "pk":
        sector, place = rng.choice(V10_PK_PLACES)
        return rng.choice(
            (
                f"House No. {rng.randrange(1, 900)}, Street {rng.randrange(1, 80)}, {sector}, "
                f"{place}",
                f"Flat {rng.randrange(1, 30)}, {sector}, {place}",
                f"Chak No. {rng.randrange(10, 600)}/GB, Tehsil Jaranwala, District Faisalabad",
                "Mohalla Islampura, Daska, District Sialkot",
                f"{rng.randrange(1, 300)}-{rng.choice('ABCDE')}, {sector}, {place}",
            )
        )
    if style == "bd":
        area, place = rng.choice(V10_BD_PLACES)
        village, ps, dist = rng.choice(V10_BD_VILLAGES)
        return rng.choice(
            (
                f"House {rng.randrange(1, 90)}, Road {rng.randrange(1, 40)}, {area}, {place}",
                f"Vill: {village}, P.O.: {ps}, P.S.: {ps}, Dist: {dist}",
                f"Flat {rng.choice('ABCD')}{rng.randrange(1, 9)}, House {rng.randrange(1, 90)}, "
                f"Road {rng.randrange(1, 40)}, Block {rng.choice('CEFK')}, {area}, {place}",
            )
        )
    if style == "vn":
        return rng.choice(
            (
                f"Số {rng.randrange(1, 200)}, {rng.choice(V10_VN_PLACES)}",
                f"{rng.randrange(1, 400)}/{rng.randrange(1, 40)} {rng.choice(V10_VN_PLACES)}",
                f"Thôn {rng.randrange(1, 12)}, {rng.choice(V10_VN_RURAL)}",
                f"Tổ {rng.randrange(1, 30)}, {rng.choice(V10_VN_PLACES)}",
            )
        )
    if style == "id":
        road, kel, place, kp = rng.choice(V10_ID_PLACES)
        return rng.choice(
            (
                f"{road} No. {rng.randrange(1, 200)}, RT {rng.randrange(1, 20):03d}/RW "
                f"{rng.randrange(1, 15):03d}, Kel. {kel}, {place} {kp}",
                f"Perum Griya Asri Blok {rng.choice('ABCD')}{rng.randrange(1, 9)} No. "
                f"{rng.randrange(1, 40)}, {place}",
                f"Dusun Krajan RT {rng.randrange(1, 9):02d} RW {rng.randrange(1, 9):02d}, Desa "
                f"Sumberejo, Kec. Batu, Kota Batu",
                f"{road} Gg. Melati No. {rng.randrange(1, 60)}, {place}",
            )
        )
    if style == "cn":
        road, district, place, pc = rng.choice(V10_CN_PLACES)
        return rng.choice(
            (
                f"Room {rng.randrange(2, 30)}0{rng.randrange(1, 9)}, Building "
                f"{rng.randrange(1, 20)}, "
                f"{rng.randrange(1, 400)} {road}, {district}, {place} {pc}",
                f"No. {rng.randrange(1, 40)}, Group {rng.randrange(1, 12)}, Xiaowang Village, "
                f"Liangshan Town, Jining, Shandong",
                f"Unit {rng.randrange(1, 6)}-{rng.randrange(1, 30)}0{rng.randrange(1, 4)}, Lane "
                f"{rng.randrange(10, 900)} {road}, {district}, {place}",
            )
        )
    if style == "kr":
        road, gu, place, pc = rng.choice(V10_KR_PLACES)
        return rng.choice(
            (
                f"{rng.randrange(101, 120)}-{rng.randrange(1, 25)}0{rng.randrange(1, 6)}, "
                f"{rng.randrange(1, 200)} {road}, {gu}, {place} {pc}",
                f"{rng.randrange(1, 200)}, {road}, {gu}, {place}",
            )
        )
    if style == "cl":
        road, place = rng.choice(V10_CL_PLACES)
        return rng.choice(
            (
                f"{road} {rng.randrange(100, 4000)}, depto. {rng.randrange(11, 120)}, {place}",
                f"{road} {rng.randrange(100, 4000)}, Villa Las Rosas, {place}",
                f"Parcela {rng.randrange(1, 60)}, Lote {rng.choice('ABC')}, Camino a Pirque km "
                f"{rng.randrange(2, 20)}, Pirque",
            )
        )
    if style == "ar":
        road, cpa, place = rng.choice(V10_AR_PLACES)
        return rng.choice(
            (
                f"{road} {rng.randrange(100, 6000)}, piso {rng.randrange(1, 15)} depto. "
                f"{rng.choice('ABCDE')}, {cpa} {place}",
                f"{road} N° {rng.randrange(100, 6000)}, {cpa} {place}",
                f"Barrio San Martín, Mza. {rng.randrange(1, 40)} Casa {rng.randrange(1, 30)}, "
                f"{place}",
            )
        )
    if style == "co":
        road, place = rng.choice(V10_CO_PLACES)
        return rng.choice(
            (
                f"{road} # {rng.randrange(1, 120)}-{rng.randrange(1, 99)}, Apto "
                f"{rng.randrange(1, 20)}0{rng.randrange(1, 6)}, {place}",
                f"{road} No. {rng.randrange(1, 120)}{rng.choice(('', 'A', 'B'))}-"
                f"{rng.randrange(1, 99)}, {place}",
                "Vereda El Salitre, Finca La Esperanza, Guarne, Antioquia",
            )
        )
    if style == "city":
        return rng.choice(
            (
                city,
                rng.choice(V10_AU_PLACES)[0],
                rng.choice(V10_NZ_PLACES)[0],
                rng.choice(V10_ZA_PLACES)[1],
                rng.choice(V10_PL_PLACES)[2],
                rng.choice(V10_IT_PLACES)[2],
                rng.choice(V10_TR_PLACES)[2],
                rng.choice(V10_PK_PLACES)[1],
                rng.choice(V10_CL_PLACES)[1],
                rng.choice(V10_CO_PLACES)[1],
            )
        )
    if style == "street":
        return rng.choice((f"{n} {street}", f"{n} {street} Apt {rng.randrange(1, 30)}"))
    if style == "n4":  # an X12 N4 segment's city, state and ZIP
        return f"{city.upper()}*{code}*{rng.choice((zip5, f'{zip5}{_digits(rng, 4)}'))}"
    if style == "adr":  # a vCard address's locality, region and postal code
        return f"{city};{code};{zip5}"
    if style == "inst":
        return rng.choice(V10_INSTITUTIONS)
    if style == "road":  # a road, as where a car was found
        town, state, _pc = rng.choice(V10_AU_PLACES)
        return rng.choice(
            (
                f"the {rng.choice(('Sturt', 'Olympic', 'Midland'))} Highway near {town}",
                f"State Highway {rng.randrange(1, 60)} north of {rng.choice(V10_NZ_PLACES)[0]}",
                f"County Road {rng.randrange(1, 400)} outside {city}, {code}",
            )
        )
    raise ValueError(f"unknown GEO shape {style!r}")


def _v10_phone(rng: random.Random, style: str) -> str:
    area, exch, line = f"{rng.randrange(201, 990)}", f"{rng.randrange(200, 999)}", _digits(rng, 4)

    def d(k: int) -> str:
        return _digits(rng, k)

    shapes = {
        "us": (
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"{area}.{exch}.{line}",
            f"{area} {exch} {line}",
            f"+1 ({area}) {exch}-{line}",
            f"({area}) {exch}-{line}, ext. {rng.randrange(100, 9999)}",
        ),
        "au": (
            f"04{d(2)} {d(3)} {d(3)}",
            f"(0{rng.choice('2378')}) {d(4)} {d(4)}",
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"0{rng.choice('2378')} {d(4)} {d(4)}",
        ),
        "nz": (
            f"02{rng.choice('1279')} {d(3)} {d(4)}",
            f"(0{rng.choice('34679')}) {rng.randrange(200, 999)} {d(4)}",
            f"+64 2{rng.choice('1279')} {d(3)} {d(4)}",
        ),
        "za": (
            f"07{rng.randrange(10)} {d(3)} {d(4)}",
            f"+27 (0){rng.choice(('12', '21', '31', '51'))} {d(3)} {d(4)}",
            f"(0{rng.choice(('12', '21', '31'))}) {d(3)}-{d(4)}",
        ),
        "pl": (
            f"+48 {rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}",
            f"{rng.randrange(12, 95)} {d(3)} {d(2)} {d(2)}",
        ),
        "it": (
            f"+39 3{d(2)} {d(3)} {d(4)}",
            f"0{rng.randrange(10, 99)} {d(3)} {d(4)}",
            f"3{d(2)}/{d(7)}",
        ),
        "pt": (f"+351 9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}", f"2{d(2)} {d(3)} {d(3)}"),
        "tr": (
            f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}",
            f"+90 {rng.choice(('212', '312', '232'))} {d(3)} {d(2)} {d(2)}",
            f"05{d(2)} {d(3)} {d(4)}",
        ),
        "eg": (
            f"+20 1{rng.choice('0125')} {d(4)} {d(4)}",
            f"01{rng.choice('0125')}{d(8)}".translate(_V10_AR_DIGITS),
            f"(02) {d(4)} {d(4)}",
        ),
        "pk": (
            f"03{d(2)}-{d(7)}",
            f"+92 {rng.choice(('51', '42', '21'))} {d(7)}",
            f"(042) {d(4)} {d(4)}",
        ),
        "bd": (f"01{rng.choice('3456789')}{d(2)}-{d(6)}", f"+880 1{d(3)} {d(6)}", f"02-{d(7)}"),
        "vn": (
            f"09{d(2)} {d(3)} {d(3)}",
            f"+84 {rng.choice(('24', '28', '236'))} {d(4)} {d(4)}",
            f"(028) {d(4)} {d(4)}",
        ),
        "id": (
            f"08{d(2)}-{d(4)}-{d(4)}",
            f"+62 21 {d(4)} {d(4)}",
            f"(0{rng.randrange(21, 99)}{d(1)}) {d(6)}",
        ),
        "cn": (
            f"1{rng.choice('3589')}{d(1)} {d(4)} {d(4)}",
            f"+86 (10) {d(4)} {d(4)}",
            f"0{rng.randrange(10, 30)}-{d(8)}",
        ),
        "kr": (
            f"010-{d(4)}-{d(4)}",
            f"+82 2-{d(4)}-{d(4)}",
            f"0{rng.randrange(31, 64)}-{d(3)}-{d(4)}",
        ),
        "cl": (f"+56 9 {d(4)} {d(4)}", f"(2) {d(4)} {d(4)}", f"9-{d(4)}-{d(4)}"),
        "ar": (f"+54 9 11 {d(4)}-{d(4)}", f"(011) {d(4)}-{d(4)}", f"0351 15-{d(3)}-{d(4)}"),
        "co": (f"+57 3{d(2)} {d(3)} {d(4)}", f"(604) {d(3)} {d(4)}", f"3{d(2)} {d(7)}"),
        "e164": (
            f"+1{area}{exch}{line}",
            f"+614{d(8)}",
            f"+642{rng.choice('1279')}{d(7)}",
            f"+27{rng.choice('678')}{d(8)}",
            f"+90{rng.choice('5')}{d(9)}",
            f"+923{d(9)}",
        ),
    }
    if not style:
        style = "us" if rng.random() < 0.5 else "intl"
    if style == "intl":
        style = rng.choice([k for k in shapes if k not in ("us", "e164")])
    if style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    return rng.choice(shapes[style])


def _v10_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v10 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, str], ordinary: str, what: str) -> str:
        """The shape ``style`` names; without one, the ordinary shape half the time."""
        if not style:
            if rng.random() < 0.5:
                return shapes[ordinary]
            return shapes[rng.choice([k for k in shapes if k != ordinary])]
        if style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        return shapes[style]

    if kind == "NAME":
        return _v10_name(rng, style)
    if kind == "AGE":
        return _v10_age(rng, style)
    if kind == "DATE":
        return _v10_date(rng, style)
    if kind == "GEO":
        return _v10_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v10_phone(rng, style)
    if kind == "EMAIL":
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        given, family = _v10_person(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        if not g or not f:  # a name in another script: a number or a word as the mailbox
            return rng.choice(
                (
                    f"{rng.randrange(10**8, 10**10)}@qq.com",
                    f"{rng.choice(('mama', 'baba', 'nana'))}.{d(4)}@naver.com",
                    f"{d(8)}@163.com",
                )
            )
        domain = rng.choice(
            (
                "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "bigpond.com",
                "optusnet.com.au", "xtra.co.nz", "mweb.co.za", "libero.it", "sapo.pt",
                "hotmail.com.tr", "yahoo.co.id", "daum.net", "126.com", "hotmail.cl",
                "fibertel.com.ar", "une.net.co", "live.com.pk",
            )
        )  # fmt: skip
        return rng.choice(
            (
                f"{g}{f}@{domain}",
                f"{g}.{f}{rng.randrange(40, 99)}@{domain}",
                f"{f}_{g[0]}@{domain}",
                f"{g[0]}.{f}@{domain}",
                f"{g}+portal@gmail.com",
                f"{f}{g}{rng.randrange(1, 31)}@{domain}",
                f"{g}.{f}@{domain}",
            )
        )
    if kind == "SSN":
        yy, mm, dd = rng.randrange(14, 37), rng.randrange(1, 13), rng.randrange(1, 29)
        ssn_shapes = {
            "us": rng.choice(
                (
                    f"{rng.randrange(100, 900)}-{d(2)}-{d(4)}",
                    f"{rng.randrange(100, 900)}-{d(2)}-{d(4)}",
                    f"{rng.randrange(100, 900)} {d(2)} {d(4)}",
                )
            ),
            "ird": f"{d(3)}-{d(3)}-{d(3)}",
            "nif": rng.choice(
                (f"{rng.choice('12')}{d(8)}", f"{rng.choice('12')}{d(2)} {d(3)} {d(3)}")
            ),
            "tc": f"{rng.randrange(1, 10)}{d(10)}",
            "eg": rng.choice(
                (
                    f"2{yy:02d}{mm:02d}{dd:02d}{d(7)}",
                    f"2{yy:02d}{mm:02d}{dd:02d}{d(7)}".translate(_V10_AR_DIGITS),
                )
            ),
            "cnic": f"{rng.choice('1234567')}{d(4)}-{d(7)}-{rng.randrange(10)}",
            "bdnid": rng.choice((d(10), f"19{yy:02d}{d(13)}", d(13))),
            "cccd": f"0{rng.randrange(1, 97):02d}{rng.choice('0123')}{yy:02d}{d(6)}",
            "nik": f"{rng.randrange(11, 95)}{d(4)}{dd + rng.choice((0, 40)):02d}{mm:02d}{yy:02d}"
            f"{d(4)}",
            "cnx": f"{d(6)}19{yy:02d}{mm:02d}{dd:02d}{d(3)}{rng.choice('0123456789X')}",
            "rut": rng.choice(
                (
                    f"{rng.randrange(3, 25)}.{d(3)}.{d(3)}-{rng.choice('0123456789K')}",
                    f"{rng.randrange(3, 25)}{d(6)}-{rng.choice('0123456789k')}",
                )
            ),
            "dniar": rng.choice(
                (
                    f"{rng.randrange(1, 20)}.{d(3)}.{d(3)}",
                    f"{rng.choice(('20', '23', '27'))}-{rng.randrange(1, 20):02d}{d(6)}-"
                    f"{rng.randrange(10)}",
                )
            ),
            "cedula": rng.choice(
                (f"{rng.randrange(10, 99)}.{d(3)}.{d(3)}", f"1.{d(3)}.{d(3)}.{d(3)}", f"1{d(9)}")
            ),
        }
        return pick(ssn_shapes, "us", "SSN")
    if kind == "MRN":
        mrn_shapes = {
            "": rng.choice((d(7), d(8), f"00{d(6)}", f"{d(3)}-{d(4)}")),
            "nhi": rng.choice((f"{letters(3)}{d(4)}", f"{letters(3)}{d(2)}{letters(2)}")),
            "icn": f"10{d(8)}V{d(6)}",
            "yr": f"{rng.randrange(2005, 2027)}-{d(6)}",
            "other": rng.choice(
                (
                    f"{d(2)}{rng.choice(up)}{d(5)}",
                    f"M{d(9)}",
                    f"{d(7)}-{rng.randrange(10)}",
                    f"{letters(2)}-{d(6)}",
                    f"{d(3)} {d(4)}",
                )
            ),
        }
        if style and style not in mrn_shapes:
            raise ValueError(f"unknown MRN shape {style!r}")
        if not style and rng.random() >= 0.5:
            return mrn_shapes[rng.choice(("nhi", "icn", "yr", "other"))]
        return mrn_shapes[style]
    if kind == "HEALTH_PLAN":
        plan_shapes = {
            "us": rng.choice(
                (
                    f"{letters(3)}{d(9)}",
                    f"{rng.choice(up)}{d(8)} {d(2)}",
                    f"{d(9)}{rng.choice('ABCD')}",
                    f"{letters(3)}W{d(8)}",
                )
            ),
            "medicaid": f"{letters(2)}{d(5)}{rng.choice(up)}",
            "tricare": d(11),
            "dva": f"{rng.choice('NVQWST')}X{d(6)}",
            "za": d(9),
            "team": f"80380{d(15)}",
            "sns": rng.choice((d(9), f"{d(3)} {d(3)} {d(3)}")),
            "bpjs": f"000{d(10)}",
            "bhyt": f"{rng.choice(('HC', 'DN', 'GD', 'HT', 'CK', 'TE'))}{rng.randrange(1, 6)}"
            f"{rng.randrange(1, 97):02d}{d(10)}",
            "pami": f"{rng.randrange(10, 20)}-{d(8)}-{rng.randrange(10)}/{rng.randrange(100):02d}",
        }
        return pick(plan_shapes, "us", "HEALTH_PLAN")
    if kind == "ACCOUNT":
        yy = rng.randrange(18, 27)
        account_shapes = {
            "": rng.choice((d(9), d(10), f"{d(4)}-{d(6)}")),
            "csn": d(10),
            "acc": rng.choice((f"RAD{yy}-{d(6)}", f"{d(8)}", f"CT{yy}{d(5)}")),
            "rx": rng.choice((f"{rng.randrange(1, 9)}{d(6)}-{d(4)}", f"{d(7)}")),
            "epcr": rng.choice((f"{2000 + yy}-{d(7)}", f"E{yy}-{d(6)}")),
            "accnz": f"1{d(10)}",
            "invoice": rng.choice((f"INV-{2000 + yy}-{d(6)}", f"TI{d(7)}")),
            "iban": rng.choice(
                (
                    f"IT{d(2)} {rng.choice(up)}{d(3)} {d(4)} {d(4)} {d(4)} {d(4)} {d(3)}",
                    f"PT50 {d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(1)}",
                    f"TR{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
                    f"PK{d(2)} {letters(4)} {d(4)} {d(4)} {d(4)} {d(4)}",
                )
            ),
        }
        if style and style not in account_shapes:
            raise ValueError(f"unknown ACCOUNT shape {style!r}")
        if not style and rng.random() >= 0.5:
            return account_shapes[rng.choice(("acc", "rx", "epcr", "invoice", "accnz"))]
        return account_shapes[style]
    if kind == "LICENSE":
        license_shapes = {
            "dl": rng.choice(
                (f"{rng.choice(up)}{d(7)}", d(9), f"{rng.choice(up)}{d(3)}-{d(3)}-{d(2)}-{d(3)}")
            ),
            "au": rng.choice((f"{d(4)} {d(4)}", f"{d(3)} {d(3)} {d(3)}", d(8))),
            "nz": f"{letters(2)}{d(6)}",
            "it": f"{letters(2)}{d(7)}{rng.choice(up)}",
            "plid": f"{letters(3)} {d(6)}",
            "provider": f"{d(6)}{rng.choice(alnum)}{rng.choice(up)}",
            "mcnz": d(5),
            "hpcsa": f"MP {d(7)}",
            "pmdc": f"{d(5)}-{rng.choice('PN')}",
            "bmdc": f"A-{d(5)}",
            "medlic": rng.choice((f"MD{d(6)}", f"{rng.choice('ACG')}{d(5)}", f"{d(2)}-{d(6)}")),
            "rn": rng.choice((f"RN{d(6)}", f"RN {d(7)}")),
            "npi": f"{rng.randrange(1, 3)}{d(9)}",
            "passport": rng.choice(
                (
                    f"PA{d(7)}",
                    f"LA{d(6)}",
                    f"A{d(8)}",
                    f"{letters(2)}{d(7)}",
                    f"U{d(8)}",
                    f"E{d(8)}",
                    f"M{d(8)}",
                )
            ),
        }
        if style not in ("", *license_shapes):
            raise ValueError(f"unknown LICENSE shape {style!r}")
        if not style:
            ordinary = rng.random() < 0.5
            return (
                license_shapes["dl"]
                if ordinary
                else license_shapes[rng.choice(("au", "nz", "it", "plid", "passport", "rn"))]
            )
        return license_shapes[style]
    if kind == "VEHICLE":
        wmi = rng.choice(("6FP", "JTM", "KMH", "LSV", "MAJ", "NM0", "9BG", "ZFA", "1GC", "5TF"))
        vin = wmi + "".join(rng.choice(alnum) for _ in range(14))
        plates = {
            "us": rng.choice((f"{rng.randrange(1, 9)}{letters(3)}{d(3)}", f"{letters(3)}-{d(4)}")),
            "au": rng.choice(
                (
                    f"{letters(3)}-{d(3)}",
                    f"{d(1)}{letters(2)} {d(1)}{letters(2)}",
                    f"{letters(2)}-{d(2)}-{letters(2)}",
                )
            ),
            "nz": f"{letters(3)}{d(3)}",
            "za": rng.choice(
                (
                    f"{rng.choice(('CA', 'CY', 'CF'))} {d(3)}-{d(3)}",
                    f"ND {d(3)}-{d(3)}",
                    f"{letters(2)} {d(2)} {letters(2)} GP",
                )
            ),
            "it": f"{letters(2)} {d(3)} {letters(2)}",
            "pt": rng.choice((f"{d(2)}-{letters(2)}-{d(2)}", f"{letters(2)}-{d(2)}-{letters(2)}")),
            "pl": rng.choice((f"BI {d(5)}", f"RZ {d(1)}{rng.choice(up)}{d(3)}")),
            "tr": rng.choice(
                (f"{rng.randrange(1, 82):02d} {letters(3)} {d(3)}", f"06 {letters(2)} {d(4)}")
            ),
            "pk": f"{rng.choice(('LEA', 'LEB', 'KHI', 'RIR'))}-{d(4)}",
            "bd": f"Dhaka Metro-{rng.choice(('Ga', 'Kha', 'Gha'))} {d(2)}-{d(4)}",
            "vn": f"{rng.randrange(11, 99)}{rng.choice(up)}-{d(3)}.{d(2)}",
            "id": f"{rng.choice(('B', 'D', 'L', 'AB', 'DK'))} {d(4)} {letters(3)}",
            "cn": f"{rng.choice('京沪粤川苏')}{rng.choice(up)}·{rng.choice(alnum)}{d(4)}",
            "kr": f"{rng.randrange(10, 999)}{rng.choice('가나다라마거너더러')} {d(4)}",
            "cl": rng.choice((f"{letters(4)}{d(2)}", f"{letters(2)}·{letters(2)}·{d(2)}")),
            "ar": f"{letters(2)} {d(3)} {letters(2)}",
            "co": f"{letters(3)}-{d(3)}",
        }
        if style == "vin":
            return vin
        if style == "plate":
            return plates["us"] if rng.random() < 0.5 else plates[rng.choice(list(plates))]
        if style in plates:
            return plates[style]
        if style:
            raise ValueError(f"unknown VEHICLE shape {style!r}")
        return vin if rng.random() < 0.4 else plates[rng.choice(list(plates))]
    if kind == "DEVICE":
        device_shapes = {
            "": rng.choice((d(8), f"{letters(3)}{d(6)}{rng.choice(up)}")),
            "other": rng.choice(
                (
                    f"NG{d(7)}{rng.choice('HK')}",
                    f"{d(2)}{rng.choice(up)}{d(5)}{letters(2)}",
                    f"OC{d(7)}",
                    f"0M00{''.join(rng.choice(alnum) for _ in range(6))}",
                    f"+H{d(3)}{letters(4)}{d(4)}/$${rng.randrange(24, 31)}{d(4)}{letters(3)}{d(3)}",
                    f"{d(4)}-{d(4)}-{d(3)}",
                )
            ),
        }
        if style:
            raise ValueError(f"unknown DEVICE shape {style!r}")
        return device_shapes["" if rng.random() < 0.5 else "other"]
    if kind == "URL":
        given, family = _v10_latin(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        token = "".join(rng.choice(alnum.lower() + alnum) for _ in range(16))
        if style == "wa":
            return rng.choice(
                (f"https://wa.me/614{d(8)}", f"https://wa.me/6421{d(7)}", f"https://wa.me/27{d(9)}")
                + (f"https://wa.me/923{d(9)}", f"https://wa.me/1{rng.randrange(201, 990)}{d(7)}")
            )
        if style == "tele":
            return rng.choice(
                (
                    f"https://telehealth.{rng.choice(('wdhs', 'ahsnz', 'sgmc'))}.org/join/{token}",
                    f"https://meet.{rng.choice(('healthconnect', 'virtualcare'))}.net/r/"
                    f"{token[:10]}",
                )
            )
        if style:
            raise ValueError(f"unknown URL shape {style!r}")
        lat, lon = rng.uniform(-45, 45), rng.uniform(-120, 150)
        return rng.choice(
            (
                f"https://www.facebook.com/{g}.{f}.{rng.randrange(10, 9999)}",
                f"https://gofund.me/{token[:8].lower()}",
                f"https://maps.app.goo.gl/{token[:11]}",
                f"https://www.google.com/maps/@{lat:.6f},{lon:.6f},17z",
                f"https://fhir.{rng.choice(('wdhs', 'sgmc', 'arh'))}.org/r4/Patient/{d(7)}",
                f"https://t.me/{g}_{f}",
                f"https://bit.ly/{token[:7]}",
            )
        )
    if kind == "IP":
        if style:
            raise ValueError(f"unknown IP shape {style!r}")
        return rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}:"
                f"{rng.choice((104, 8042, 11112, 4242))}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"203.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"fe80::{rng.randrange(65536):x}:{rng.randrange(65536):x}:"
                f"{rng.randrange(65536):x}:{rng.randrange(1, 65536):x}",
                f"[2001:db8:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}]:443",
            )
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


V11_SEED = 20270704
V11_TEMPLATES = (
    # Ordinary US notes, reports, forms and lists.
    "ADMISSION H&P\nPatient: {NAME:label}   MRN: {MRN}   DOB: {DATE:dob}   Age: {AGE:y}\n"
    "Admit date: {DATE:us}   Attending: {NAME:sig}, MD   PCP: {NAME:sig}, MD",
    "HPI: Mrs. {NAME:family} is a {AGE} y/o F with HTN, HLD, CKD stage 4 and dementia who "
    "presents from {GEO:care} with 2 days of poor oral intake and lethargy. History is obtained "
    "from her granddaughter {NAME}, who is her health care proxy (cell {PHONE:us}).",
    "DISCHARGE SUMMARY\nName: {NAME:comma}   MRN: {MRN}   FIN: {ACCOUNT:fin}\nAdmission Date: "
    "{DATE:us}   Discharge Date: {DATE:us}\nDisposition: skilled nursing facility, {GEO:care}\n"
    "Follow-up: Dr. {NAME:family} in 1 week; office {PHONE:us}, fax {FAX:us}",
    "EXAM: CT HEAD WITHOUT CONTRAST\nHISTORY: {AGE}-year-old female on apixaban, unwitnessed "
    "fall.\nCOMPARISON: {DATE:us}.\nACCESSION: {ACCOUNT:acc}   ORDERED BY: {NAME:sig}, NP",
    "PATIENT INFORMATION (FACE SHEET)\nName: {NAME:caps}   SSN: {SSN:us}   DOB: {DATE:dob}\n"
    "Address: {GEO:us}\nHome phone: {PHONE:us}   Email: {EMAIL}   Driver's license: "
    "{LICENSE:dl}\nPrimary insurance: Medicare, MBI {HEALTH_PLAN:mbi}   Secondary: "
    "{HEALTH_PLAN:us}\nGuarantor: {NAME}",
    "Nursing note 0200: resting with eyes closed, respirations even and unlabored. Daughter "
    "{NAME} called from {GEO:city} for an update; call back at {PHONE}. Hearing aid (right ear, "
    "serial {DEVICE}) placed in the labeled cup.",
    "MEDICATION LIST - printed {DATE:stamp}\nPatient: {NAME:label}   DOB: {DATE:dob}\n"
    "Preferred pharmacy: {GEO:pharmacy}   Ph {PHONE:us}   Fax {FAX:us}\nPrescriber: {NAME:sig}, "
    "MD   NPI {LICENSE:npi}",
    "INFORMED CONSENT FOR BLOOD TRANSFUSION\nI, {NAME}, have had the risks, benefits and "
    "alternatives explained to me by Dr. {NAME:family}.\nSigned by: {NAME} (daughter, health care "
    "agent)\nDate: {DATE:us}   Time: 14:20   Witness: {NAME:sig}, RN",
    # Ordinary UK and Irish letters, summaries and reports.
    "Dear Colleague,\nRe: {NAME}   DOB: {DATE:ukb}   NHS No: {HEALTH_PLAN:nhs}\n{GEO:ukhdr}\n"
    "I would be grateful if you could see this {AGE}-year-old lady, who lives alone and has had "
    "three falls since {DATE:my}.",
    "DISCHARGE SUMMARY\nPatient: {NAME:label}   Hospital No: {MRN:uk}   NHS No: "
    "{HEALTH_PLAN:nhs}\nAdmitted: {DATE:uk}   Discharged: {DATE:uk}   Ward: 7B\nDischarge "
    "destination: {GEO:ukcare}\nGP: Dr {NAME:sig}, {GEO:ukgp}",
    "Yours sincerely,\n\n\nDr {NAME:sig}\nConsultant Geriatrician\nGMC No: {LICENSE:gmc}\n"
    "Secretary: {PHONE:uk}   Email: {EMAIL:nhs}\ncc: Patient, {GEO:uk}",
    "Examination: XR Chest PA\nDate of examination: {DATE:uk}   Accession No: {ACCOUNT:ris}\n"
    "Referrer: Dr {NAME:sig} (AMU)\nReported by: Dr {NAME:sig}, Consultant Radiologist, GMC "
    "{LICENSE:gmc}",
    "Nursing admission assessment completed by {NAME:sig}, RN (NMC PIN {LICENSE:nmc}). Next of "
    "kin: {NAME} (son), {PHONE:uk}. Lives at {GEO:uk} with carers twice a day; the key safe "
    "number is held by the son.",
    "Re: {NAME}\n{GEO:ie}\nDOB: {DATE:ukb}   MRN: {MRN}   Medical card no.: {HEALTH_PLAN:gms}\n"
    "Dear Dr {NAME:family},\nThis {AGE}-year-old man attended the day hospital on {DATE:uk} "
    "with his niece.",
    "Transfer letter: {NAME:label}, {AGE:y}, sent from {GEO:iecare} to the ED on "
    "{DATE:ukstamp}; nursing home phone {PHONE:ie}; GP Dr {NAME:sig} (IMC {LICENSE:imc}), "
    "surgery {PHONE:ie}.",
    # Ordinary Canadian notes and reports.
    "CONSULTATION REPORT\nPatient: {NAME}   PHN: {HEALTH_PLAN:bcphn}   DOB: {DATE:cab}\n"
    "Address: {GEO:ca}\nReferring physician: Dr. {NAME:sig} (MSP {LICENSE:msp})\nDate of "
    "consultation: {DATE:ca}",
    "ED record - AHCIP {HEALTH_PLAN:ahcip}   Chart {MRN:ca}\nArrived by EMS from {GEO:ca} at "
    "{DATE:castamp}; CTAS 2. Substitute decision-maker: {NAME} (son), {PHONE:ca}.",
    "LABORATORY REPORT\nPatient: {NAME:label}   Health card: {HEALTH_PLAN:ca}   Age/Sex: "
    "{AGE}/M\nAccession: {ACCOUNT:lab}   Collected: {DATE:castamp}\nOrdering: Dr. {NAME:sig}   "
    "Copy to: Dr. {NAME:sig}",
    "Social work: helped {NAME:given} apply for the Guaranteed Income Supplement; SIN "
    "{SSN:sin} confirmed with her son {NAME}, who lives in {GEO:city} and can be reached at "
    "{PHONE:ca}.",
    # Ordinary Australian summaries, triage notes and pathology.
    "DISCHARGE SUMMARY\nPatient: {NAME:label}   UR: {MRN:au}   DOB: {DATE:aub}\nMedicare: "
    "{HEALTH_PLAN:medicare}\nAddress: {GEO:au}\nGP: Dr {NAME:sig}, {GEO:augp}   Fax: {FAX:au}",
    "Triage cat. 2 at {DATE:austamp}. BIBA from {GEO:aucare}, case no. {ACCOUNT:amb}; NOK "
    "{NAME} (daughter) {PHONE:au}. Aged care resident, {AGE} y.o., usual weight 41 kg.",
    "PATHOLOGY REPORT\nPatient: {NAME:comma}   IHI: {HEALTH_PLAN:ihi}   Lab No: {ACCOUNT:lab}\n"
    "Collected: {DATE:austamp}   Requested by: Dr {NAME:sig} (Prov No {LICENSE:provider})",
    # Ordinary Indian summaries, OPD slips, lab reports, insurance and consent.
    "DISCHARGE SUMMARY\nName: {NAME:in}   Age/Sex: {AGE:ys}/M   UHID: {MRN:uhid}   IP No.: "
    "{ACCOUNT:ip}\nDate of Admission: {DATE:in}   Date of Discharge: {DATE:in}\nAddress: "
    "{GEO:in}\nConsultant: Dr. {NAME:insig}, MD, DM (Cardiology), Reg. No. {LICENSE:inreg}",
    "OPD Regn. No. {MRN:opd}   Date: {DATE:in}\nName: {NAME:in} W/o {NAME:in}   Age: "
    "{AGE:ys}   Sex: F\nMob.: {PHONE:in}   Ref. by: Dr. {NAME:insig}",
    "Patient Name : Mrs. {NAME:in}\nAge / Gender : {AGE:ys} / Female\nReferred By : Dr. "
    "{NAME:insig}\nSample Collected At : {GEO:inlab}\nRegistered On : {DATE:instamp}\nLab No. : "
    "{ACCOUNT:lab}",
    "Cashless pre-authorisation sent to the TPA: policy no. {HEALTH_PLAN:policy}, health card "
    "ID {HEALTH_PLAN:tpa}; proposer {NAME:in} (son), PAN {SSN:pan}, mobile {PHONE:in}.",
    "I, {NAME:in}, son of the patient, residing at {GEO:in}, give my consent for the above "
    "procedure after the risks were explained to me in Hindi.\nWitness: {NAME:insig}, Staff "
    "Nurse   Date: {DATE:in}   Time: 11:40 AM",
    # Ordinary South African letters and notes.
    "REFERRAL LETTER\nPatient: {NAME:za}   ID No.: {SSN:said}   Folder No.: {MRN:za}\nMedical "
    "aid: {HEALTH_PLAN:za}   Dependant code: 00\nAddress: {GEO:za}\nReferring doctor: Dr "
    "{NAME:sig}, Pr. No. {LICENSE:prno}, tel. {PHONE:za}",
    "Seen by Sister {NAME:sig} (SANC {LICENSE:sanc}) at the clinic on {DATE:za}; her "
    "granddaughter {NAME:za} collects the chronic medication. Cell {PHONE:za}.",
    "Discharged on {DATE:za} to {GEO:zacare}. Follow-up at the medical outpatient clinic; bring "
    "the hospital card ({MRN:za}) and the green ID book.",
    # Ordinary dataset exports.
    "MSH|^~\\&|ADT|MAIN|RIS|MAIN|{DATE:hl7}||ADT^A08|MSG2207|P|2.3\nPID|1||{MRN}^^^MR~"
    "{SSN:us}^^^SS||{NAME:pn}||{DATE:da}|F|||{GEO:hl7}||{PHONE:hl7}\nPV1|1|I|5N^512^A||||"
    "{LICENSE:npi}^{NAME:pn}",
    '{"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", '
    '"value": "{HEALTH_PLAN:nhsd}"}], "name": [{"use": "official", "family": "{NAME:family}", '
    '"given": ["{NAME:given}"], "prefix": ["Mrs"]}], "gender": "female", "birthDate": '
    '"{DATE:isob}", "address": [{"line": ["{GEO:ukline}"], "postalCode": "{GEO:ukpc}"}]}',
    "mrn,surname,forename,dob,postcode,admitted\n{MRN:uk},{NAME:familyu},{NAME:given},"
    "{DATE:ukb},{GEO:ukpc},{DATE:iso}",
    # Other layouts: fax headers, boards, theatre lists, dictation footers, operation notes,
    # handovers, attorneys, labels, bulk exports, scheduling messages; dates, addresses and ages
    # in prose; vehicles, medico-legal and police numbers; secure e-mail, links and video visits.
    "{DATE:faxhdr}  FROM: {FAX:us}  TO: {FAX:us}  P. 002/005\nFrom the office of Dr. "
    "{NAME:sig} regarding {NAME:comma}, DOB {DATE:dob}",
    "BED BOARD - AMU\nBay 2 Bed 3 | {NAME:board} | {AGE} | Cons: {NAME:initials} | EDD "
    "{DATE:short} | NOK {PHONE:uk}\nBay 2 Bed 4 | {NAME:board} | {AGE} | Cons: "
    "{NAME:initials} | EDD {DATE:short} | MFFD",
    "TRAUMA LIST, THEATRE 4 - {DATE:ukday}\n1\t{NAME:label}\t{MRN:uk}\t{AGE}F\tR cemented "
    "hemiarthroplasty\t{NAME:sig}\n2\t{NAME:label}\t{MRN:uk}\t{AGE}M\tL dynamic hip screw\t"
    "{NAME:sig}",
    "D: {DATE:dict}   T: {DATE:dict}\nJob #{ACCOUNT:job}   Doc #{ACCOUNT:job}\n"
    "{NAME:initials}/{NAME:initials}\ncc: {NAME:sig}, MD; {GEO:inst}",
    "OPERATION NOTE\nSurgeon: Mr {NAME:sig}   Assistant: Dr {NAME:sig}\nAnaesthetist: Dr "
    "{NAME:sig}   Scrub: {NAME:given}\nImplant: cemented bipolar head, UDI {DEVICE:udi}",
    "ISBAR (phone) 03:10\nI: {NAME:givenfinit}, bed 14, {AGE}, under Dr {NAME:family}\nS: new "
    "fast AF\nB: lives at {GEO:prose}; husband {NAME:given} on {PHONE}\nA: obs as below\nR: "
    "please review within 30 minutes",
    "Lasting power of attorney (health and welfare) registered on {DATE:uk}, OPG reference "
    "{ACCOUNT:opg}; the attorneys, {NAME} and {NAME}, both of {GEO:uk}, act jointly and "
    "severally.",
    "Rx# {ACCOUNT:rx}   Qty: 30   Refills: 2\n{NAME:caps}\nTAKE 1 TABLET BY MOUTH DAILY\nDr. "
    "{NAME:sig}   Filled: {DATE:us}\n{GEO:pharmacy}   {PHONE:us}",
    '{"resourceType":"Encounter","id":"{ACCOUNT:enc}","subject":{"reference":"Patient/{MRN}",'
    '"display":"{NAME}"},"participant":[{"individual":{"display":"{NAME:sig}"}}],"period":'
    '{"start":"{DATE:fhir}"},"serviceProvider":{"display":"{GEO:inst}"}}\n{"resourceType":'
    '"Device","serialNumber":"{DEVICE}","owner":{"display":"{GEO:inst}"}}',
    "SCH|{ACCOUNT:appt}||||||FOLLOWUP^Follow-up visit|ROUTINE|20|min|^^20^{DATE:hl7}\nPID|1||"
    "{MRN}||{NAME:pn}||{DATE:da}|M\nAIP|1||{LICENSE:npi}^{NAME:pn}|GERI",
    "The family say she was last her usual self on {DATE:holiday}, when {NAME:given} drove her "
    "home after lunch; since then she has slept most of the day.",
    "She stays with her younger son on the second floor of {GEO:inprose}, and the lift has been "
    "out of order since {DATE:my}.",
    "At {AGE:words} she is the oldest resident of {GEO:ukcare} and still plays whist on "
    "Thursdays; she was born in {DATE:year} in {GEO:city}.",
    "He drove himself in; the car ({VEHICLE:ie}) is in the set-down area and the keys are with "
    "{NAME:given} at the front desk. Driving licence no. {LICENSE:iedl}.",
    "NAME/AGE/SEX : {NAME:incaps} / {AGE:ys} / M\nC/O : {NAME:in} (son)\nADDRESS : {GEO:in}\n"
    "RTA: two-wheeler {VEHICLE:in}   MLC No. : {ACCOUNT:mlc}",
    "Assault at home reported to SAPS under case number {ACCOUNT:saps}; J88 completed by Dr "
    "{NAME:sig}. She lives at {GEO:za}; the grandson's car, {VEHICLE:za}, was seen leaving.",
    "From: {NAME:sig} <{EMAIL:nhs}>\nSent: {DATE:ukstamp}\nTo: Elderly Care Secretaries\n"
    "Subject: RE: [SECURE] {NAME:label} {HEALTH_PLAN:nhs} - clinic letter",
    "Video consultation via {URL:video}; she joined from {IP} with her carer {NAME}, and her "
    "identity was checked against her photo card ({LICENSE:dvla}).",
    "Wound photos were uploaded to {URL:photo} by {NAME:given}, the district nurse, and linked "
    "to episode {ACCOUNT:episode}; community equipment loan: wheelchair asset {DEVICE:asset}.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents
# stripped): the English-speaking countries' older generations, their Irish, Scottish, Welsh,
# French-Canadian, Inuit, First Nations, Aboriginal, Indian, South African, Caribbean, West
# African, Pakistani, Hong Kong, Filipino, Greek, Maltese, Lebanese, Polish, Ukrainian, Jewish,
# Somali, Afghan and Iranian families, and names in twenty-two scripts.
_V11_UK_GIVEN = (
    "Winifred", "Mavis", "Percival", "Phyllis", "Elsie", "Lilian", "Bertram", "Stanley", "Norman",
    "Maud", "Leonard", "Ronald", "Gordon", "Douglas", "Sylvia", "Joan", "Audrey", "Irene",
    "Rupert", "Ambrose", "Eustace", "Hubert", "Nellie", "Lionel", "Cyril", "Horace", "Gertrude",
    "Hortense", "Etta", "Effie", "Minnie", "Lottie", "Cora", "Dora", "Flora", "Nora", "Rhoda",
    "Freda", "Greta", "Marjorie", "Evelyn", "Cecily", "Daphne", "Gwendoline",
)  # fmt: skip
# Family names that are English or clinical words (flood, wing, blunt, moles, gall, patch,
# sickles, crown) or look like dates (Christmas, Monday).
_V11_WORD_FAMILY = (
    "Crown", "Flood", "Sneezum", "Dresser", "Wing", "Blunt", "Drinkwater", "Crump", "Weakley",
    "Cutts", "Heale", "Moles", "Gall", "Palmer", "Sharpe", "Sickles", "Patch", "Christmas",
    "Monday", "Pinner", "Bowles", "Potts", "Lipp",
)  # fmt: skip
_V11_DOUBLE_FAMILY = (
    "Vaughan-Thomas", "Hughes-Hallett", "Wynne-Jones", "Ogilvie-Grant", "Lloyd-Price",
    "Bowes-Pritchard", "Taylor-Fenwick", "Rhys-Evans", "Kyle-Henney", "Dunbar-Nasmith",
)  # fmt: skip
_V11_UK_FAMILY = _V11_WORD_FAMILY + _V11_DOUBLE_FAMILY + (
    "Bellamy", "Higginbotham", "Oddie", "Greenhalgh", "Duckworth", "Openshaw", "Sowerbutts",
    "Cruickshank", "Loveridge", "Pennycuick", "Vosper", "Ackroyd", "Bottomley", "Stanier",
    "Wolstenholme", "Tyldesley", "Grimshaw", "Haworth", "Sugden", "Pickersgill", "Bairstow",
    "Shufflebottom", "Clegg",
)  # fmt: skip
_V11_WA_GIVEN = (
    "Olwen", "Blodwen", "Gwladys", "Nesta", "Alun", "Emrys", "Idris", "Glyn", "Aneurin",
    "Meirion", "Wynford", "Cledwyn", "Selwyn", "Angharad", "Iestyn", "Gwilym",
)  # fmt: skip
_V11_WA_FAMILY = (
    "Pritchard", "Vaughan", "Bowen", "Prosser", "Pugh", "Probert", "Parry", "Gwynne", "Meredith",
    "Rees", "Howells", "Hopkin", "Gravell",
)  # fmt: skip
_V11_SC_GIVEN = (
    "Jessie", "Senga", "Ishbel", "Kirsty", "Shona", "Mairi", "Murdo", "Torquil", "Ruaraidh",
    "Calum", "Donald", "Angus", "Ewan", "Niall", "Innes", "Finlay", "Seonag", "Lachlan",
)  # fmt: skip
_V11_SC_FAMILY = (
    "MacKinnon", "Sutherland", "Gunn", "Ogilvie", "MacLennan", "MacRae", "Matheson", "Munro",
    "Fraser", "Menzies", "Dalrymple", "Crichton", "Gillies", "MacIver", "Nicolson",
    "MacAulay", "MacQuarrie", "MacPhee", "Mac a' Phearsain",
)  # fmt: skip
_V11_IE_GIVEN = (
    "Peig", "Cáit", "Máirtín", "Bríd", "Nóirín", "Eibhlín", "Bridie", "Nuala", "Dympna",
    "Attracta", "Philomena", "Gobnait", "Finbarr", "Fachtna", "Canice", "Ultan", "Malachy",
    "Eunan", "Colm", "Breda", "Josie", "Kathleen", "Michéal", "Concepta", "Assumpta", "Fintan",
    "Proinsias", "Diarmuid", "Daithí", "Íde", "Treasa", "Caitríona", "Nollaig", "Éamon",
    "Labhrás",
)  # fmt: skip
_V11_IE_FAMILY = (
    "Fennelly", "Mulcahy", "Scanlon", "Tuohy", "Kinsella", "Cullinane", "Hennessy", "Dunne",
    "Geoghegan", "Mac Cárthaigh", "Nic Giolla Phádraig", "Mac Gabhann", "Ní Shúilleabháin",
    "Moynihan", "Cronin", "Harrington", "Twomey", "Crowley", "Buckley", "Lenihan", "Costigan",
    "Fogarty", "Spillane", "Culhane", "Dineen", "Lehane", "Keohane", "Shanahan", "Drennan",
    "Kielty", "McGettigan", "Bonner", "McGinley",
)  # fmt: skip
_V11_US_GIVEN = (
    "Bernice", "Eula", "Imogene", "Lavern", "Ferne", "Ernestine", "Cleotha", "Odessa", "Lucinda",
    "Roosevelt", "Eunice", "Alvin", "Chester", "Luther", "Ulysses", "Amos", "Verna", "Vernell",
    "Alberta", "Roberta", "Oleta", "Lela", "Lula", "Zula", "Ossie", "Zelma", "Hattie", "Mamie",
    "Bessie", "Fannie", "Mattie", "Essie", "Alfreda", "Earnestine", "Leotha", "Cleophus",
    "Jimmie", "Willie", "Johnnie",
)  # fmt: skip
_V11_US_FAMILY = (
    "Broussard", "Thibodeaux", "Boudreaux", "Fontenot", "Hebert", "LeBlanc", "Arceneaux",
    "Guidry", "Yoder", "Stoltzfus", "Hostetler", "Zook", "Grimsley", "Funderburk", "Washington",
    "Jefferson", "Landry", "Robichaux", "Doucet", "Trahan", "Theriot", "Comeaux", "Esh",
    "Beiler", "Lapp", "Glick", "Kauffman", "Riehl", "Pettaway", "Blackmon", "Hairston",
    "Faircloth", "Dunlap", "Tillery", "Winstead", "Yellowhair", "Redhouse", "Manygoats", "Bitsui",
    "Kamakana", "Kaleikini", "Makua",
)  # fmt: skip
_V11_HISP_GIVEN = (
    "Refugio", "Socorro", "Eusebio", "Juanita", "Ynez", "Ascension", "Natividad", "Ignacio",
    "Cipriano", "Florentino",
)  # fmt: skip
_V11_HISP_FAMILY = (
    "Quintanilla", "Zamora", "Cantú", "Treviño", "Garza", "Saenz", "Villarreal", "Ybarra",
    "Olivarez", "Escamilla",
)  # fmt: skip
_V11_FR_GIVEN = (
    "Gisèle", "Réjean", "Ghislaine", "Lucien", "Yvette", "Thérèse", "Jacques", "Huguette",
    "Clermont", "Yolande", "Jeannine", "Rollande", "Gilberte", "Marcelle", "Lucienne", "Aurore",
    "Germaine", "Cécile", "Adrienne", "Laurette", "Bibiane", "Fleurette", "Armand", "Aurèle",
    "Roméo", "Rosario", "Adélard", "Hormidas", "Onésime", "Wilfrid", "Normand", "Jean-Guy",
)  # fmt: skip
_V11_FR_FAMILY = (
    "Beaulieu", "St-Pierre", "Bélanger", "Lavoie", "Paradis", "Poirier", "Cormier", "Arsenault",
    "Gallant", "Doiron", "Babineau", "Thériault",
)  # fmt: skip
# Inuit and First Nations (Blackfoot, Cree) names, and Dutch-Canadian ones.
_V11_CA_GIVEN = (
    "Pauloosie", "Jaypeetee", "Leetia", "Ningiuq", "Kiawak", "Akeeshoo", "Naudla", "Oopik",
    "Qapik", "Delphine", "Rosella", "Elmina", "Hendrikje", "Klaas", "Willemina", "Jantje",
)  # fmt: skip
_V11_CA_FAMILY = (
    "Kusugak", "Ootoova", "Angnakak", "Pitseolak", "Qaqqaq", "Iqaluk", "Nungaq", "Ashoona",
    "Etidloie", "Cardinal", "Whitebear", "Many Grey Horses", "Weasel Head", "Crowshoe",
    "Yellowhorn", "Bull Shields", "Crowchild", "Littlechild", "Standingready", "Blackplume",
    "ter Haar", "van den Bosch", "Vander Zalm", "Hoekstra", "Wijnberg",
)  # fmt: skip
# Australian given names and Aboriginal and Torres Strait Islander family names.
_V11_AU_GIVEN = (
    "Beverley", "Darcy", "Kath", "Gwen", "Jillian", "Rodney", "Warren", "Garry", "Lyndall",
    "Noeline", "Glenda", "Robyn", "Wendy", "Lesley", "Kel", "Reg", "Alf", "Wal", "Clem", "Djalu",
    "Gawirrin", "Yalmay",
)  # fmt: skip
_V11_AU_FAMILY = (
    "Wunungmurra", "Marika", "Gurruwiwi", "Mununggurr", "Gumana", "Wanambi", "Burarrwanga",
    "Tipungwuti", "Puruntatameri", "Munkara", "Kantilla", "Passi", "Akiba", "Nona", "Bani",
)  # fmt: skip
_V11_MT_GIVEN = ("Carmelo", "Censina", "Ġużeppi", "Ċettina", "Tereża", "Pawlu", "Dolor")
_V11_MT_FAMILY = (
    "Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Grech", "Attard", "Azzopardi",
    "Spiteri", "Cassar", "Micallef",
)  # fmt: skip
_V11_LB_GIVEN = ("Georgette", "Antoinette", "Boutros", "Jamile", "Wadad")
_V11_LB_FAMILY = ("Rahme", "Chidiac", "Saade", "Geagea", "Fakhoury", "Tannous", "Azzi")
_V11_GR_GIVEN = (
    "Panagiotis", "Stavroula", "Kyriaki", "Evangelos", "Andreas", "Despina", "Charalambos",
    "Eleftheria", "Sotiris", "Chrysanthi", "Theodora", "Kostas",
)  # fmt: skip
_V11_GR_FAMILY = (
    "Christodoulou", "Kyriacou", "Constantinou", "Hadjipavlou", "Stylianou", "Ioannou",
    "Charalambous", "Demetriou", "Michaelides", "Theodorou", "Pavlou",
)  # fmt: skip
# Indian names in Latin letters: north (Punjabi, Hindi, Marathi, Gujarati), south (Tamil,
# Telugu, Kannada, Malayali), east (Bengali, Odia) and Christian (Kerala, Goa, Mangalore).
_V11_IN_NORTH_GIVEN = (
    "Kamla", "Shanti", "Harbhajan", "Gurbachan", "Baldev", "Jaswinder", "Surinder", "Gurdev",
    "Manjit", "Tarsem", "Bhagwati", "Kaushalya", "Ramchandra", "Pushpa", "Kusum", "Vimla",
    "Urmila", "Sumitra", "Pramila", "Kishori", "Mohinder", "Satnam", "Amarjit", "Paramjit",
    "Jagjit", "Swaran", "Pritam", "Bachan", "Karnail", "Darshan", "Dattatray", "Vinayak",
    "Shankarrao", "Pandurang", "Damodar", "Haridas", "Raghunath",
)  # fmt: skip
_V11_IN_NORTH_FAMILY = (
    "Malhotra", "Bajwa", "Kaur", "Dwivedi", "Chaturvedi", "Tiwari", "Shukla", "Dubey", "Awasthi",
    "Bajpai", "Rastogi", "Khanna", "Mehra", "Chopra", "Arora", "Bhasin", "Suri", "Anand", "Bedi",
    "Randhawa", "Cheema", "Virk", "Kahlon", "Brar", "Sekhon", "Deol", "Walia", "Pathak", "Kale",
    "Shinde", "Gaikwad", "Bhosale", "Deshmukh", "Apte", "Gokhale", "Paranjpe", "Ranade",
    "Kelkar", "Thakkar", "Modi", "Parikh", "Vyas", "Pandya", "Dave", "Raval", "Solanki",
    "Rathod", "Parmar", "Jadeja",
)  # fmt: skip
_V11_IN_SOUTH_GIVEN = (
    "Venkatalakshmi", "Ranganathan", "Kamakshi", "Subbulakshmi", "Thangam", "Ponnusamy",
    "Radhakrishnan", "Annapurna", "Vishwanath", "Prabhakar", "Sudhakar", "Leelavathi", "Sarada",
    "Chinnamma", "Kunhikrishnan", "Rukmini", "Janaki", "Sita", "Ambika", "Shyamala", "Vasantha",
    "Saroja", "Kanakam", "Alamelu", "Visalakshi", "Muthu", "Arumugam", "Chellappa", "Sivaraman",
    "Natarajan", "Krishnamurthy", "Sundaram", "Govindan", "Balakrishnan", "Shakuntala",
    "Bhaskar",
)  # fmt: skip
_V11_IN_SOUTH_FAMILY = (
    "Subramaniam", "Ramasamy", "Chettiar", "Thampi", "Gopalakrishnan", "Venkatesan",
    "Srinivasan", "Balasubramanian", "Sundararajan", "Murugan", "Velu", "Perumal", "Mudaliar",
    "Gounder", "Thevar", "Nadar", "Bhat", "Pai", "Prabhu", "Shenoy", "Acharya",
)  # fmt: skip
_V11_IN_EAST_GIVEN = (
    "Suchitra", "Pratima", "Amalendu", "Jharna", "Sukumar", "Bimala", "Haripada", "Gouri",
)  # fmt: skip
_V11_IN_EAST_FAMILY = (
    "Ghosh", "Dasgupta", "Bandyopadhyay", "Gangopadhyay", "Mitra", "Basu", "Sen", "Bhowmik",
    "Haldar", "Patnaik", "Mohanty", "Mahapatra", "Panda", "Swain", "Nayak",
)  # fmt: skip
_V11_IN_CHR_GIVEN = (
    "Aleyamma", "Mariamma", "Annamma", "Thresiamma", "Kunjumol", "Agnelo", "Caetano", "Lourdes",
)  # fmt: skip
_V11_IN_CHR_FAMILY = (
    "D'Mello", "Lobo", "Rebello", "Mathew", "Chacko", "Kuruvilla", "Pothen", "Ninan", "Cherian",
    "Oommen", "Eapen", "Zachariah", "D'Costa", "Colaco", "Menezes", "Noronha", "Dias", "Furtado",
    "Gonsalves", "Saldanha", "Vaz", "Barreto", "Cardozo", "Mascarenhas", "Braganza",
)  # fmt: skip
# South African names: Afrikaans; Nguni, Sotho, Tswana, Venda and Tsonga; Cape; Indian.
_V11_ZA_AF_GIVEN = (
    "Magdalena", "Petrus", "Susanna", "Wilhelmina", "Jacobus", "Frikkie", "Anna-Marie",
    "Elmarie", "Hettie", "Lettie", "Bettie", "Rina", "Koba", "Sakkie", "Fanie", "Kobus",
    "Wynand", "Hendrina", "Aletta", "Cornelia", "Gertruida", "Johanna", "Magrieta",
)  # fmt: skip
_V11_ZA_AF_FAMILY = (
    "de Klerk", "Fourie", "van Zyl", "Cloete", "Badenhorst", "Bosman", "Brits", "Claassen",
    "Cronje", "de Beer", "de Wet", "du Plooy", "Geldenhuys", "Hattingh", "Jordaan", "Kotze",
    "Lombard", "Marais", "Meintjes", "Nieuwoudt", "Olivier", "Potgieter", "Rossouw", "Schoeman",
    "Snyman", "Uys", "Viljoen", "Vermaak", "Wessels", "Zietsman",
)  # fmt: skip
_V11_ZA_BA_GIVEN = (
    "Masego", "Rudzani", "Tshilidzi", "Ntsako", "Hlulani", "Nomvuyo", "Mziwakhe", "Vuyiswa",
    "Nozipho", "Ntombi", "Thandeka", "Sibongile", "Gugu", "Mbali", "Ncediswa", "Nosipho",
    "Siyabonga", "Khaya", "Lwandle", "Nontando", "Nomonde", "Mamello", "Puleng", "Lebohang",
    "Karabo", "Tebogo", "Keabetswe", "Onalenna", "Kgosi", "Dikeledi", "Mmathapelo",
    "Matshidiso", "Mulalo", "Ndivhuwo", "Azwinndini", "Fhatuwani", "Khensani", "Tsakani",
    "Nyiko", "Hlengiwe",
)  # fmt: skip
_V11_ZA_BA_FAMILY = (
    "Nxumalo", "Molefe", "Mabuza", "Baloyi", "Maluleke", "Mathebula", "Netshitenzhe",
    "Tshabalala", "Mogale", "Makgoba", "Gumede", "Madonsela", "Xaba", "Mashaba", "Mhlongo",
    "Msimang", "Mbatha", "Shange", "Khoza", "Mazibuko", "Sibeko", "Mthethwa", "Ntshangase",
    "Mkhabela", "Molapo", "Ramokgopa", "Seakamela", "Mashele", "Chauke", "Ngobeni", "Rikhotso",
    "Makhubela", "Nemukula", "Ramabulana", "Mudau", "Tshivhase", "Mulaudzi", "Nethononda",
    "Mokoka", "Kekana", "Hlatshwayo", "Nhlapo", "Tshoma",
)  # fmt: skip
_V11_ZA_CAPE_GIVEN = (
    "Fatiema", "Gadija", "Ebrahim", "Rashieda", "Moegamat", "Abdurahman", "Waseela", "Toyer",
    "Zulpha", "Achmat", "Gamiet",
)  # fmt: skip
_V11_ZA_CAPE_FAMILY = (
    "Isaacs", "Hendricks", "Petersen", "Abrahams", "Adonis", "Arendse", "Booysen", "Damons",
    "Februarie", "September", "Samuels", "Solomons", "Davids", "Jacobs",
)  # fmt: skip
_V11_ZA_IN_GIVEN = ("Lutchmee", "Govindamma", "Thangavel", "Pragasen")
_V11_ZA_IN_FAMILY = (
    "Govender", "Moodley", "Chetty", "Padayachee", "Naicker", "Pather", "Munsamy", "Moonsamy",
    "Veerasamy",
)  # fmt: skip
_V11_WAF_GIVEN = (
    "Olufunmilayo", "Chinwe", "Ikechukwu", "Nneka", "Bamidele", "Oluwakemi", "Titilayo",
    "Adetokunbo", "Olufemi", "Chidinma", "Comfort", "Kobina", "Afua",
)  # fmt: skip
_V11_WAF_FAMILY = (
    "Akinola", "Olatunji", "Ugwu", "Nnamani", "Quaye", "Ansah", "Acquah", "Frimpong", "Adeleye",
    "Onwuachi",
)  # fmt: skip
_V11_JM_GIVEN = (
    "Eulalie", "Hyacinth", "Winston", "Delroy", "Claudine", "Lascelles", "Icilda", "Maxine",
    "Errol", "Beverly", "Clinton", "Ivorine", "Cynthia", "Linford", "Carlton", "Everton",
    "Cleveland",
)  # fmt: skip
_V11_JM_FAMILY = (
    "McKenzie", "Forbes", "Brissett", "Reid", "Clarke", "Morrison", "Gayle", "Francis", "Henry",
    "Lindo", "Facey", "Gooden", "Walcott", "Nembhard", "Dacosta", "Wedderburn", "Blissett",
    "Beckford", "Grizzle", "Ebanks", "Bogle", "Rowe",
)  # fmt: skip
_V11_PK_GIVEN = (
    "Bashir", "Nasreen", "Zarina", "Sughra", "Razia", "Sakina", "Bilquis", "Mumtaz", "Afzal",
    "Tahira", "Safia", "Kaneez", "Akbar", "Sarwar", "Manzoor", "Ashiq", "Nazir", "Yaqub",
    "Rehmat",
)  # fmt: skip
_V11_PK_FAMILY = (
    "Akhtar", "Mahmood", "Iqbal", "Bibi", "Raja", "Khokhar", "Janjua", "Abbasi", "Kiani",
    "Minhas", "Dar", "Lone", "Hashmi", "Zaidi", "Rizvi", "Naqvi", "Jafri",
)  # fmt: skip
# Hong Kong names: family name first, the given name of two syllables.
_V11_HK_GIVEN = (
    "Siu Ming", "Wai Lun", "Yuk Lan", "Kwok Keung", "Chun Wah", "Sau Ying", "Lai Kuen",
    "Man Kit", "Kam Fung", "Wing Sze", "Yuet Ngor", "Shui Kei",
)  # fmt: skip
_V11_HK_FAMILY = (
    "Tse", "Mak", "Yip", "Fong", "Kwan", "Siu", "Chiu", "Poon", "Tong", "Yau", "Luk", "Sze",
    "Man", "Kan", "Tsui", "Mok",
)  # fmt: skip
_V11_PH_GIVEN = (
    "Leonila", "Florencio", "Perpetua", "Rogelio", "Erlinda", "Purita", "Estrella", "Milagros",
    "Luzviminda", "Conchita", "Anacleto", "Bienvenido", "Dionisio",
)  # fmt: skip
_V11_PH_FAMILY = (
    "Sison", "Lagman", "Baluyot", "Macalintal", "Pagdanganan", "Dimaano", "Evangelista",
    "Manansala",
)  # fmt: skip
_V11_PL_GIVEN = (
    "Zofia", "Mykola", "Oleksandra", "Czesława", "Stefania", "Ryszard", "Taras", "Halyna",
    "Bogusław", "Irena", "Wasyl", "Hryhorij",
)  # fmt: skip
_V11_PL_FAMILY = (
    "Kozłowska", "Bondarenko", "Tkachenko", "Kovalenko", "Kamińska", "Bielecki", "Hrytsenko",
    "Savchuk", "Boyko", "Lysenko",
)  # fmt: skip
_V11_JW_GIVEN = (
    "Hirsch", "Rivka", "Shmuel", "Yehuda", "Chaya", "Mendel", "Golda", "Moshe", "Feige", "Zelig",
)  # fmt: skip
_V11_JW_FAMILY = (
    "Rabinowitz", "Lipschitz", "Horowitz", "Schwartz", "Feldman", "Grossman", "Weinberg",
    "Rosenthal", "Blumenthal", "Lefkowitz",
)  # fmt: skip
_V11_SO_GIVEN = (
    "Faadumo", "Sahra", "Ubah", "Abdiqani", "Xaawo", "Cawo", "Hawa", "Khadra", "Maryan", "Deeqa",
    "Hibo", "Nimco",
)  # fmt: skip
_V11_SO_FAMILY = (
    "Egal", "Dirie", "Abdille", "Gure", "Samatar", "Aden", "Dualeh", "Elmi", "Ismail", "Nur",
    "Osman",
)  # fmt: skip
_V11_AF_GIVEN = (
    "Parvaneh", "Gholamreza", "Hamidullah", "Mahbooba", "Fereshteh", "Bibi Gul", "Zohreh",
    "Mehri", "Taj Mohammad",
)  # fmt: skip
_V11_AF_FAMILY = (
    "Ahmadzai", "Popal", "Mohammadi", "Karimzadeh", "Noorzai", "Sultani", "Stanikzai",
)  # fmt: skip
# Names in other scripts, each group's given and family names of one script.
_V11_SCRIPT_NAMES = (
    (("Прасковья", "Ефросинья", "Тихон", "Фёкла", "Матрёна", "Аграфена", "Ганна", "Мирослава"),
     ("Шаповалова", "Голубева", "Прохоров", "Гончаренко", "Литвиненко", "Кравчук")),
    (("Φωτεινή", "Χαρίκλεια", "Θεόδωρος", "Ευστάθιος"),
     ("Αλεξίου", "Χατζηγεωργίου", "Λαμπράκης", "Βλάχος", "Σαββίδης")),
    (("نفيسة", "صبحية", "فاروق", "جميلة", "عائشة"), ("الأنصاري", "الخطيب", "البيطار", "الدباغ")),
    (("نسرین", "بشیر", "رضیہ"), ("اختر", "محمود", "ہاشمی")),
    (("מרדכי", "צביה", "פנינה", "ברכה", "זלמן"),
     ("רבינוביץ", "הורוביץ", "ליפשיץ", "אלמליח", "בן-שושן")),
    (("सुशीला", "रामेश्वर", "गोविंद", "भगवती", "कौशल्या"), ("तिवारी", "दुबे", "शुक्ला", "बाजपेयी")),
    (("সুচিত্রা", "নিখিল", "প্রতিমা", "অমলেন্দু"), ("বন্দ্যোপাধ্যায়", "মুখোপাধ্যায়", "দাশগুপ্ত", "সেন")),
    (("ਮਨਜੀਤ", "ਬਲਵੰਤ", "ਸੁਰਜੀਤ", "ਕਰਤਾਰ"), ("ਕੌਰ", "ਰੰਧਾਵਾ", "ਸੇਖੋਂ", "ਵਿਰਕ")),
    (("કાંતાબેન", "જયંતીલાલ", "સવિતાબેન"), ("ઠક્કર", "પરીખ", "વ્યાસ")),
    (("ராஜேஸ்வரி", "கமலம்", "பொன்னுசாமி"), ("பிள்ளை", "சுப்பிரமணியம்", "செட்டியார்")),
    (("లక్ష్మమ్మ", "సుబ్బారావు", "వీరభద్రం"), ("పొన్నాల", "దేవరకొండ", "కోనేరు")),
    (("ಸಾವಿತ್ರಮ್ಮ", "ಶಿವಣ್ಣ"), ("ಗೌಡ", "ಶೆಟ್ಟಿ")),
    (("ഏലിയാമ്മ", "കുഞ്ഞിരാമൻ", "ശാരദ"), ("മേനോൻ", "കുര്യൻ")),
    (("ସୁଶୀଳା", "ଲକ୍ଷ୍ମୀପ୍ରିୟା"), ("ପଟ୍ଟନାୟକ", "ମହାନ୍ତି")),
    (("කුසුම්", "සීලවතී", "පියදාස"), ("රණසිංහ", "ද සිල්වා", "ජයවර්ධන")),
    (("สุดา", "บัวผัน", "ทองคำ"), ("ศรีประเสริฐ", "แสงทอง", "ใจบุญ")),
    (("美玲", "亚娣", "建华"), ("曾", "彭", "廖", "邓")),
    (("文子", "久雄", "キヨ"), ("石川", "山口")),
    (("춘자", "복순", "길수"), ("류", "문", "송")),
    (("ለምለም", "ዘውዲቱ", "ደሳለኝ"), ("ወልደማርያም", "ገብረመድህን")),
    (("Լուսինե", "Հրանտ"), ("Ավագյան", "Կարապետյան")),
    (("მანანა", "ნათელა", "ომარ"), ("ბაკურაძე", "ჩიქოვანი")),
    (("སྒྲོལ་མ", "ཀུན་བཟང"), ("དོན་གྲུབ", "ཕུན་ཚོགས")),
)  # fmt: skip
_V11_IN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V11_IN_NORTH_GIVEN, _V11_IN_NORTH_FAMILY),
    (_V11_IN_SOUTH_GIVEN, _V11_IN_SOUTH_FAMILY),
    (_V11_IN_EAST_GIVEN, _V11_IN_EAST_FAMILY),
    (_V11_IN_CHR_GIVEN, _V11_IN_CHR_FAMILY),
)
_V11_ZA_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V11_ZA_AF_GIVEN, _V11_ZA_AF_FAMILY),
    (_V11_ZA_BA_GIVEN, _V11_ZA_BA_FAMILY),
    (_V11_ZA_CAPE_GIVEN, _V11_ZA_CAPE_FAMILY),
    (_V11_ZA_IN_GIVEN, _V11_ZA_IN_FAMILY),
)
_V11_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V11_UK_GIVEN, _V11_UK_FAMILY),
    (_V11_WA_GIVEN, _V11_WA_FAMILY),
    (_V11_SC_GIVEN, _V11_SC_FAMILY),
    (_V11_IE_GIVEN, _V11_IE_FAMILY),
    (_V11_US_GIVEN, _V11_US_FAMILY + _V11_WORD_FAMILY),
    (_V11_HISP_GIVEN, _V11_HISP_FAMILY),
    (_V11_FR_GIVEN, _V11_FR_FAMILY),
    (_V11_CA_GIVEN, _V11_CA_FAMILY),
    (_V11_AU_GIVEN, _V11_AU_FAMILY + _V11_WORD_FAMILY),
    (_V11_MT_GIVEN, _V11_MT_FAMILY),
    (_V11_LB_GIVEN, _V11_LB_FAMILY),
    (_V11_GR_GIVEN, _V11_GR_FAMILY),
    *_V11_IN_GROUPS,
    *_V11_ZA_GROUPS,
    (_V11_WAF_GIVEN, _V11_WAF_FAMILY),
    (_V11_JM_GIVEN, _V11_JM_FAMILY),
    (_V11_PK_GIVEN, _V11_PK_FAMILY),
    (_V11_HK_GIVEN, _V11_HK_FAMILY),
    (_V11_PH_GIVEN, _V11_PH_FAMILY),
    (_V11_PL_GIVEN, _V11_PL_FAMILY),
    (_V11_JW_GIVEN, _V11_JW_FAMILY),
    (_V11_SO_GIVEN, _V11_SO_FAMILY),
    (_V11_AF_GIVEN, _V11_AF_FAMILY),
    *_V11_SCRIPT_NAMES,
)
V11_GIVEN = tuple(g for givens, _ in _V11_GROUPS for g in givens)
V11_FAMILY = tuple(dict.fromkeys(f for _, families in _V11_GROUPS for f in families))
# Nicknames, as in "Winifred (Queenie) Crown" or "Petrus 'Boetie' Snyman".
V11_NICKNAMES = (
    "Queenie", "Bunty", "Babs", "Chook", "Tiger", "Toots", "Pip", "Dickie", "Bubbles", "Ducky",
    "Boetie", "Pappu", "Bablu", "Munna", "Guddu",
)  # fmt: skip

# US places (city, state code, ZIP prefix), streets, care homes and pharmacies.
V11_US_PLACES = (
    ("Meridian", "MS", "393"), ("Sheboygan", "WI", "530"), ("Lewiston", "ME", "042"),
    ("Ottumwa", "IA", "525"), ("Roswell", "NM", "882"), ("Bluefield", "WV", "247"),
    ("Hot Springs", "AR", "719"), ("Mankato", "MN", "560"), ("Hilo", "HI", "967"),
    ("Fairbanks", "AK", "997"), ("Scranton", "PA", "185"), ("Brownsville", "TX", "785"),
    ("Twin Falls", "ID", "833"), ("Waycross", "GA", "315"), ("Laramie", "WY", "820"),
    ("Presque Isle", "ME", "047"),
)  # fmt: skip
V11_US_STREETS = (
    "Catclaw", "Sumac Ridge", "Chokecherry", "Sycamore Bend", "Mesquite", "Buttonbush",
    "Osage Orange", "Cypress Bayou", "Cottonwood Creek", "Wild Plum", "Prickly Pear",
)  # fmt: skip
V11_US_STREET_KINDS = ("St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Cir", "Pkwy", "Street")
V11_US_CARE = (
    "Prairie View Manor", "Bayou Oaks Skilled Nursing", "Autumn Leaves Assisted Living",
    "Riverbend Health and Rehabilitation", "Lakeview Terrace Memory Care",
)  # fmt: skip
V11_US_PHARMACIES = ("Hometown Pharmacy", "Main Street Drug", "Family Discount Pharmacy")
# UK towns with a postcode district, streets, house names, care homes and GP surgeries.
V11_UK_TOWNS = (
    ("Wolverhampton", "WV3"), ("Stockport", "SK4"), ("Dundee", "DD2"), ("Swansea", "SA1"),
    ("Plymouth", "PL4"), ("Carlisle", "CA1"), ("Lincoln", "LN6"), ("Ipswich", "IP4"),
    ("Huddersfield", "HD1"), ("Wrexham", "LL11"), ("Inverness", "IV2"), ("Newry", "BT35"),
    ("Torquay", "TQ1"), ("Rugby", "CV21"),
)  # fmt: skip
V11_UK_STREETS = (
    "Gladstone Terrace", "Clarence Road", "Jubilee Close", "Chapel Lane", "Acacia Avenue",
    "Victoria Crescent", "Nightingale Walk", "Meadow Rise", "Orchard Grove", "Coronation Avenue",
)  # fmt: skip
V11_UK_HOUSES = (
    "Rose Cottage", "The Old School House", "Hawthorn Cottage", "Flat 3, Nightingale Court",
    "Flat 12, Ashdown House",
)  # fmt: skip
V11_UK_CARE = (
    "Beechwood Care Home", "Sunnyside Residential Home", "Abbeyfield House",
    "Hollybank Nursing Home", "The Laurels Care Home",
)  # fmt: skip
V11_UK_GP = (
    "Park Lane Surgery", "Riverside Medical Practice", "Castle Mead Surgery",
    "Orchard House Medical Centre", "The Health Centre, Church Street",
)  # fmt: skip
# Irish towns (town, county, Eircode routing key), townlands, estates and nursing homes.
V11_IE_PLACES = (
    ("Ennis", "Co. Clare", "V95"), ("Killarney", "Co. Kerry", "V93"),
    ("Ballina", "Co. Mayo", "F26"), ("Mullingar", "Co. Westmeath", "N91"),
    ("Carlow", "Co. Carlow", "R93"), ("Letterkenny", "Co. Donegal", "F92"),
    ("Nenagh", "Co. Tipperary", "E45"), ("Dundalk", "Co. Louth", "A91"),
)  # fmt: skip
V11_IE_TOWNLANDS = ("Knockroe", "Ballinacurra", "Gortnaclohy", "Cloonfad", "Drumkeen")
V11_IE_ESTATES = ("St. Brigid's Terrace", "Hazelwood Drive", "Marian Park", "Cois Abhann")
V11_IE_CARE = (
    "Ard na Gréine Nursing Home", "Hillcrest House Nursing Home",
    "Mount Carmel Community Nursing Unit",
)  # fmt: skip
# Canadian places (city, province, forward sortation area), streets and long-term care homes.
V11_CA_PLACES = (
    ("Fredericton", "NB", "E3B"), ("Sherbrooke", "QC", "J1H"), ("Prince George", "BC", "V2L"),
    ("Lethbridge", "AB", "T1J"), ("Brandon", "MB", "R7A"), ("Moose Jaw", "SK", "S6H"),
    ("North Bay", "ON", "P1B"), ("Sault Ste. Marie", "ON", "P6A"), ("Charlottetown", "PE", "C1A"),
    ("Corner Brook", "NL", "A2H"), ("Iqaluit", "NU", "X0A"), ("Whitehorse", "YT", "Y1A"),
)  # fmt: skip
V11_CA_STREETS = (
    "Caribou St", "Aspen Way", "Poplar Ave", "Birchwood Blvd", "Lakeshore Rd", "Spruce Cres",
    "Maple Leaf Dr",
)  # fmt: skip
V11_CA_CARE = ("Pine Ridge Lodge", "Villa Saint-Joseph", "Northwood Manor")
# Australian places (town, state, postcode), streets, remote communities, aged care and GPs.
V11_AU_PLACES = (
    ("Dubbo", "NSW", "2830"), ("Bendigo", "VIC", "3550"), ("Mackay", "QLD", "4740"),
    ("Geraldton", "WA", "6530"), ("Whyalla", "SA", "5600"), ("Devonport", "TAS", "7310"),
    ("Katherine", "NT", "0850"), ("Lismore", "NSW", "2480"), ("Shepparton", "VIC", "3630"),
    ("Bundaberg", "QLD", "4670"),
)  # fmt: skip
V11_AU_STREETS = (
    "Waratah St", "Boronia Rd", "Coolabah Cres", "Mulga St", "Brolga Way", "Lilly Pilly Cl",
)  # fmt: skip
V11_AU_REMOTE = (
    ("Maningrida", "NT", "0822"), ("Yirrkala", "NT", "0880"), ("Aurukun", "QLD", "4892"),
    ("Fitzroy Crossing", "WA", "6765"),
)  # fmt: skip
V11_AU_CARE = (
    "Carinya Aged Care", "Jacaranda Lodge", "Bluegum Gardens Residential Aged Care",
    "Kalkarra Hostel",
)  # fmt: skip
V11_AU_GP = ("Riverside Family Practice", "Ochre Medical Centre", "Cnr Medical Clinic")
# Indian places (locality, city, state, PIN code), housing societies, landmarks and villages.
V11_IN_PLACES = (
    ("Koregaon Park", "Pune", "Maharashtra", "411001"),
    ("Dharampeth", "Nagpur", "Maharashtra", "440010"),
    ("R.S. Puram", "Coimbatore", "Tamil Nadu", "641002"),
    ("Vidyanagar", "Hubballi", "Karnataka", "580021"),
    ("Benz Circle", "Vijayawada", "Andhra Pradesh", "520010"),
    ("Urban Estate Phase II", "Jalandhar", "Punjab", "144022"),
    ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"),
    ("Swaroop Nagar", "Kanpur", "Uttar Pradesh", "208002"),
    ("Kakkanad", "Kochi", "Kerala", "682030"),
    ("Pattom", "Thiruvananthapuram", "Kerala", "695004"),
    ("Alkapuri", "Vadodara", "Gujarat", "390007"),
    ("Pradhan Nagar", "Siliguri", "West Bengal", "734003"),
    ("Sushant Lok", "Gurugram", "Haryana", "122009"),
    ("Saket", "New Delhi", "Delhi", "110017"),
)  # fmt: skip
V11_IN_BUILDINGS = (
    "Sai Krupa Apartments", "Shanti Niketan Co-op. Housing Society", "Lakshmi Nilayam",
    "Green Park Residency", "Gulmohar Enclave",
)  # fmt: skip
V11_IN_LANDMARKS = (
    "near Hanuman Mandir", "opp. State Bank", "behind Govt. Girls School", "near water tank",
    "beside Ganesh Temple",
)  # fmt: skip
V11_IN_VILLAGES = (
    ("Kheri Gujran", "Ballabgarh", "Faridabad", "Haryana", "121004"),
    ("Ramapuram", "Tiruvallur", "Tiruvallur", "Tamil Nadu", "602025"),
    ("Kothapalli", "Narsipatnam", "Anakapalli", "Andhra Pradesh", "531116"),
)  # fmt: skip
# South African places (suburb, city, postal code), streets, farms and old age homes.
V11_ZA_PLACES = (
    ("Die Boord", "Stellenbosch", "7600"), ("Sandton", "Johannesburg", "2196"),
    ("Scottsville", "Pietermaritzburg", "3201"), ("Summerstrand", "Gqeberha", "6001"),
    ("Heatherlands", "George", "6529"), ("Tembisa", "Ekurhuleni", "1632"),
    ("Northcrest", "Mthatha", "5099"), ("Hadison Park", "Kimberley", "8301"),
    ("Vincent", "East London", "5247"), ("Cashan", "Rustenburg", "0299"),
    ("Sonheuwel", "Mbombela", "1201"), ("Keidebees", "Upington", "8801"),
)  # fmt: skip
V11_ZA_FARMS = (
    ("Boschfontein", "Bethal"),
    ("Wolwekraal", "Beaufort West"),
    ("Rietvlei", "Piketberg"),
)
V11_ZA_STREETS = ("Protea Street", "Disa Road", "Fynbos Close", "Kerk Street", "Umthombo Road")
V11_ZA_CARE = (
    "Huis Herfsblaar", "Sunset Lodge Frail Care", "Ons Tuis Aftree-oord", "Lulama Old Age Home",
)  # fmt: skip
V11_INSTITUTIONS = (
    "Forrest General Hospital", "Hilo Medical Center", "Fairbanks Memorial Hospital",
    "Ninewells Hospital", "Derriford Hospital", "New Cross Hospital", "Morriston Hospital",
    "Raigmore Hospital", "Royal Inland Hospital", "University Hospital of Northern BC",
    "Health Sciences North",
    "Dubbo Base Hospital", "Mackay Base Hospital", "Katherine District Hospital",
    "University Hospital Kerry", "Mayo University Hospital", "Regional Hospital Mullingar",
    "Sassoon General Hospital, Pune", "Christian Medical College, Vellore",
    "Government Rajaji Hospital, Madurai", "Dayanand Medical College and Hospital, Ludhiana",
    "Groote Schuur Hospital", "Tygerberg Hospital", "Inkosi Albert Luthuli Central Hospital",
    "Nelson Mandela Academic Hospital, Mthatha",
)  # fmt: skip

# Clinical sentences: the v11 family names as plain words (crown, flood, wing, blunt, moles, gall,
# patch, sickle cell, Christmas disease), other words that are family names in earlier lists,
# eponyms, scores and drug names, and numbers that are not PHI but look a little like
# identifiers, dates or ages: long lab values with units, reference ranges, dose counts, ratios,
# scores, times, device settings, sizes, visual acuities, percentages and vital signs over 90
# with their key.
V11_EPONYM = (
    "Bone marrow aspirate: 92% cellularity with 68% blasts; trephine core 24 mm; CD34 positive.",
    "Bedside swallow screen failed at 10 mL of water; SALT advise IDDSI level 4 puree and level 2 "
    "mildly thick fluids.",
    "Tender, thickened temporal artery at the right temple; ESR 104 mm/h, CRP 96 mg/L; "
    "prednisolone 60 mg started.",
    "Scalp laceration 4 cm at the crown, closed with 5 interrupted 4-0 sutures; GCS 15/15.",
    "L5 nerve root compression from a 6 mm disc extrusion at L4/5; straight leg raise positive "
    "at 40 degrees.",
    "Pain score 7/10 at rest and 9/10 on movement; Abbey pain scale 14; oxycodone 2.5 mg PRN "
    "up to 4-hourly.",
    "Reviewed by the night doctor at 02:40: NEWS2 7 with RR 24, SpO2 91% on air, HR 118 and "
    "temperature 38.6.",
    "District nurse visits twice daily for 2 insulin doses; glucose 4.8 to 19.6 mmol/L; HbA1c "
    "91 mmol/mol.",
    "Christmas disease (haemophilia B), factor IX activity 2%; 3,000 units of factor IX given "
    "before theatre.",
    "Flood syndrome: ruptured umbilical hernia with ascitic leak; MELD 24, Child-Pugh C 11.",
    "Fracture through the greater wing of the sphenoid with 2 mm of pneumocephalus.",
    "Blunt abdominal trauma; FAST negative; Hb 94 g/L, lactate 2.1 mmol/L at 21:50.",
    "Multiple moles over the back; one 7 mm lesion with an irregular border scores 4 of 5 on "
    "ABCDE.",
    "Gall bladder distended to 11 cm with a 14 mm stone in the neck; CBD 9 mm; Murphy sign "
    "positive.",
    "Fentanyl 12 mcg/h patch changed every 72 hours; breakthrough morphine 2.5 mg, at most 6 "
    "doses in 24 h.",
    "Sickle cell disease (HbSS), HbS 92%, Hb 68 g/L, reticulocytes 312 x 10^9/L; 2 units "
    "exchanged.",
    "Echo: LVEF 25-30%, dilated heart chambers with LVEDD 68 mm, TAPSE 14 mm, PASP 52 mmHg.",
    "Diabetic foot: Texas grade 2B ulcer at the 5th metatarsal head, 2.3 x 1.8 x 0.6 cm; probe "
    "to bone negative.",
    "CT head: 14 mm right subdural haematoma with 6 mm midline shift; GCS 13 (E3 V4 M6).",
    "Hand: Heberden nodes at the 2nd and 3rd DIP joints; grip 12 kg; Kapandji score 8/10.",
    "Left leg 4 cm larger than the right at 10 cm below the tibial tuberosity; Wells score 3; "
    "D-dimer 4,210 ng/mL FEU.",
    "MRI brain: 3 acute infarcts in the left MCA territory, the largest 18 mm; Fazekas grade 3.",
    "Blood cultures 2 of 2 sets positive at 14 hours for Staphylococcus aureus; flucloxacillin 2 g "
    "IV 6-hourly for 14 days.",
    "Salt restriction of 2 g a day; sodium 118 mmol/L (133-146), serum osmolality 247 mOsm/kg, "
    "urine sodium 62 mmol/L.",
    "Capillary blood sugar 27.4 mmol/L, ketones 0.4 mmol/L; fixed-rate insulin at 0.1 unit/kg/h; "
    "potassium 5.9.",
    "Burns: 4% TBSA partial thickness to the forearm and hand on the Lund and Browder chart; "
    "2,600 mL Hartmann over 24 h.",
    "Widespread urticarial rash after the 3rd dose of co-amoxiclav 625 mg; tryptase 14.2 ug/L "
    "at 1 hour.",
    "Nocturnal leg cramps; magnesium 0.58 mmol/L, corrected calcium 2.31 mmol/L; QTc 498 ms.",
    "Pill burden of 14 tablets a day across 11 medicines; STOPP/START review: 4 stopped and 1 "
    "started.",
    "Still in fast AF at 142 bpm despite digoxin 62.5 mcg; level 1.9 ug/L taken 6 hours after "
    "the dose.",
    "Sharp central chest pain at 05:10; hs-troponin T 18 ng/L at 0 h and 1,482 ng/L at 3 h; ST "
    "elevation in II, III and aVF.",
    "Major haemorrhage protocol at 21:15: 6 units of red cells, 4 of FFP and 1 pool of platelets; "
    "fibrinogen 0.9 g/L.",
    "Clinical Frailty Scale 7; Barthel 35/100; 4AT 8; AMTS 4/10; MUST 2 after losing 7.5 kg in "
    "3 months.",
    "Waterlow 24 and Braden 11; category 3 sacral pressure ulcer 3.5 x 2.8 cm; turned 2-hourly "
    "on a dynamic mattress.",
    "Ventilated on SIMV-PC with PEEP 10 cmH2O, FiO2 0.60, rate 22; P/F ratio 104 mmHg; prone "
    "for 16 hours.",
    "Urine output 1,250 mL in 24 h (0.3 mL/kg/h); creatinine 412 umol/L from a baseline of 96; "
    "AKI stage 3.",
    "Temp 39.4, HR 124, BP 84/46, lactate 6.2 mmol/L; Sepsis Six completed in 60 minutes with "
    "30 mL/kg of crystalloid.",
    "INR 9.6 on day 4 of clarithromycin; vitamin K 1 mg IV; warfarin target range 2.0 to 3.0.",
    "Potassium 6.9 mmol/L with peaked T waves; 10 mL of 10% calcium gluconate, then 10 units "
    "Actrapid in 50 mL of 50% glucose.",
    "Spirometry: FEV1 0.92 L (41% predicted), FVC 1.86 L, ratio 0.49; MRC dyspnoea grade 4.",
    "Cataract: best corrected acuity 6/36 right and 6/9 left; axial length 23.41 mm; IOL power "
    "+21.5 D.",
    "Garden III intracapsular fracture; Nottingham Hip Fracture Score 6; time to theatre 31 "
    "hours.",
    "Paracentesis: 8.5 L drained with 100 mL of 20% albumin per 2.5 L; ascitic neutrophils 410 "
    "cells/mm3.",
    "Blood pressure 212/118 on arrival and 168/94 after labetalol 20 mg IV boluses to 200 mg in "
    "total.",
)  # fmt: skip

_V11_HOLIDAYS = (
    "Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Eve", "New Year's Day",
    "St Patrick's Day", "Anzac Day", "Canada Day", "the Fourth of July", "Thanksgiving",
    "Republic Day", "Diwali", "Heritage Day", "Freedom Day", "Remembrance Day", "Burns Night",
    "Bonfire Night", "Easter Sunday", "Good Friday", "Mother's Day", "Halloween",
)  # fmt: skip
_V11_TENS = (
    "ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
    "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine",
)  # fmt: skip
_V11_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_V11_INITIAL_FIRST = frozenset(_V11_IN_SOUTH_GIVEN)  # "R. Lakshmi": an initial, then the name
_V11_FAMILY_FIRST = frozenset(_V11_HK_GIVEN)


def _v11_person(rng: random.Random) -> tuple[str, str]:
    """A given and a family name, most of the time of one culture, always of one script."""
    given = rng.choice(V11_GIVEN)
    families = _V11_GROUPS[_V11_GROUP_OF[given]][1]
    if rng.random() < 0.1:  # a marriage or a migration: another culture of the same script
        families = _V11_FAMILY_BY_SCRIPT[_v8_script(given)]
    return given, rng.choice(families)


_V11_GROUP_OF = {g: i for i, (givens, _) in enumerate(_V11_GROUPS) for g in givens}
_V11_FAMILY_BY_SCRIPT: dict[str, tuple[str, ...]] = {}
for _family in V11_FAMILY:
    _script = _v8_script(_family)
    _V11_FAMILY_BY_SCRIPT[_script] = (*_V11_FAMILY_BY_SCRIPT.get(_script, ()), _family)


def _v11_latin(rng: random.Random) -> tuple[str, str]:
    """A name in Latin letters, as a clinician's or a relative's name in an English note."""
    while True:
        given, family = _v11_person(rng)
        if _v8_script(given) == "LATIN":
            return given, family


def _v11_from(
    rng: random.Random, groups: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
) -> tuple[str, str, int]:
    """A given and a family name of one of ``groups``, and the group's index."""
    i = rng.randrange(len(groups))
    return rng.choice(groups[i][0]), rng.choice(groups[i][1]), i


def _v11_up(text: str) -> str:
    """Upper case, as on a form; Georgian keeps its letters (its capitals are not used so)."""
    return text if _v8_script(text) == "GEORGIAN" else text.upper()


def _v11_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in ("in", "incaps", "insig"):  # Indian forms and Indian doctors
        given, family, i = _v11_from(rng, _V11_IN_GROUPS)
        if style == "incaps":
            return rng.choice((f"{given} {family}", given, f"{family} {given}")).upper()
        if style == "insig":
            return rng.choice(
                (
                    f"{given} {family}",
                    f"{given[0]}. {family}",
                    f"{given[0]}. {rng.choice(up)}. {family}",
                    f"{rng.choice(up)}. {given}" if i == 1 else f"{given} {family}",
                )
            )
        if i == 1 and rng.random() < 0.4:  # Tamil Nadu: the father's initial before the name
            return rng.choice(
                (
                    f"{rng.choice(up)}. {given}",
                    f"{rng.choice(up)}.{rng.choice(up)}. {given}",
                    f"{given} {rng.choice(up)}.",
                )
            )
        return rng.choice(
            (f"{given} {family}", f"{given} {family}", given, f"{given} {family}".upper())
        )
    if style == "za":
        given, family, i = _v11_from(rng, _V11_ZA_GROUPS)
        middle = rng.choice(_V11_ZA_GROUPS[i][0])
        return rng.choice(
            (
                f"{given} {family}",
                f"{given} {family}",
                f"{family}, {given}",
                f"{family.upper()}, {given} {middle}" if middle != given else family,
                f"{given[0]}. {family}",
                f"{given} {family}".upper(),
            )
        )
    if style in ("sig", "board", "initials", "givenfinit", "given", "family", "familyu"):
        if style in ("sig", "board", "initials") or rng.random() < 0.85:
            given, family = _v11_latin(rng)
        else:
            given, family = _v11_person(rng)
        initial = _v9_initial(family)
        if style == "sig":  # a clinician's signature or a name on a list
            return rng.choice(
                (
                    f"{given} {family}",
                    f"{given[0]}. {family}",
                    f"{given} {rng.choice(up)}. {family}",
                    f"{given[0]}.{rng.choice(up)}. {family}",
                    f"{family} {given[0]}{rng.choice(up)}",
                )
            )
        if style == "board":  # a whiteboard: the family name and an initial
            return rng.choice(
                (
                    f"{family.upper()}, {given[0]}",
                    f"{family} {given[0]}",
                    f"{family.upper()} {given[0]}.",
                    f"{given[0]}. {family.upper()}",
                )
            )
        if style == "initials":
            letters = f"{given[0]}{rng.choice(up) if rng.random() < 0.5 else ''}{initial}"
            return rng.choice((letters, ".".join(letters) + ".", letters.lower()))
        if style == "givenfinit":
            return f"{given} {initial}."
        if style == "given":
            return given
        if style == "family":
            return family
        return _v11_up(family)
    given, family = _v11_person(rng)
    latin = _v8_script(given) == "LATIN"
    if style == "caps":
        return _v11_up(f"{given} {family}")
    if style == "comma":
        return f"{family}, {given}"
    if style == "label":  # a wristband or a form's header
        nick = rng.choice(V11_NICKNAMES)
        return rng.choice(
            (
                f"{_v11_up(family)}, {given}",
                _v11_up(f"{family}, {given}"),
                f"{family}, {given}",
                f"{_v11_up(family)} {given}",
                f"{family.upper()}, {given} ({nick})" if latin else f"{family} {given}",
            )
        )
    if style == "pn":  # HL7 / DICOM person name
        middle = f"^{rng.choice(up)}" if latin and rng.random() < 0.3 else ""
        text = f"{family}^{given}{middle}"
        return _v11_up(text) if rng.random() < 0.6 else text
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    script = _v8_script(given)
    if script in ("HAN", "HANGUL"):
        kana = any(
            "HIRAGANA" in unicodedata.name(c, "") or "KATAKANA" in unicodedata.name(c, "")
            for c in given
        )
        return f"{family} {given}" if kana or rng.random() < 0.3 else f"{family}{given}"
    if not latin:
        return f"{given} {family}" if rng.random() < 0.7 else f"{family} {given}"
    if given in _V11_FAMILY_FIRST and rng.random() < 0.7:  # Hong Kong: "CHAN Tai-man"
        first, _, second = given.partition(" ")
        hyphened = f"{first}-{second.lower()}"
        return rng.choice(
            (f"{family.upper()} {given}", f"{family} {hyphened}", f"{family} {given}".upper())
        )
    if given in _V11_INITIAL_FIRST and rng.random() < 0.4:
        return f"{rng.choice(up)}. {given}"
    r = rng.random()
    if r < 0.34:
        return f"{given} {family}"
    if r < 0.42:
        return f"{family}, {given}"
    if r < 0.46:
        return f"{family.upper()}, {given}"
    if r < 0.50:
        return f"{given[0]}. {family}"
    if r < 0.53:
        return f"{given} {family.upper()}"
    if r < 0.56:
        return f"{given} {family}".upper()
    if r < 0.59:
        return f"{given} {family}".lower()
    if r < 0.63:  # double-barrelled
        other = rng.choice([f for f in _V11_FAMILY_BY_SCRIPT["LATIN"] if " " not in f])
        return f"{given} {family}-{other}" if " " not in family else f"{given} {family}"
    if r < 0.67:  # a middle name of the same culture
        middle = rng.choice([g for g in _V11_GROUPS[_V11_GROUP_OF[given]][0] if g != given])
        return f"{given} {middle} {family}"
    if r < 0.71:
        return family
    if r < 0.74:
        return f"{given[0]}.{rng.choice(up)}. {family}"
    if r < 0.77:  # as on a laboratory or pharmacy list: "Crown WJ"
        return f"{family} {given[0]}{rng.choice(up)}"
    if r < 0.80:
        return f"{given} ({rng.choice(V11_NICKNAMES)}) {family}"
    if r < 0.83:
        middle = rng.choice([g for g in _V11_GROUPS[_V11_GROUP_OF[given]][0] if g != given])
        return f"{family}, {given} {middle}"
    if r < 0.86:
        return f"{given[0]}. {rng.choice(up)}. {family.upper()}"
    if r < 0.89:
        return f"{given} {_v9_initial(family)}."
    if r < 0.92:
        return f"{family} {given}"
    if r < 0.95:
        return f"{given} {family} {rng.choice(('Jr.', 'Sr.', 'II'))}"
    return f"{family}, {given}".lower()


def _v11_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    if style == "y":
        return rng.choice((f"{n} yrs", f"{n} years", f"{n}y", f"{n} Y", f"{n}yrs", f"{n} yo"))
    if style == "ys":  # Indian forms
        return rng.choice((f"{n} Yrs", f"{n} Y", f"{n} Years", f"{n}Y", f"{n} Yr(s)"))
    if style == "ym":
        m = rng.randrange(1, 12)
        return rng.choice(
            (f"{n} yrs {m} mths", f"{n}Y {m}M", f"{n} years {m} months", f"{n}y {m}m")
        )
    if style == "words":
        if n < 100:
            return _V11_TENS[n - 90]
        hundred = rng.choice(("one hundred", "a hundred"))
        return hundred if n == 100 else f"{hundred} and {_V11_ONES[n - 100]}"
    if style == "as":  # DICOM age string
        return f"{n:03d}Y"
    if style:
        raise ValueError(f"unknown AGE shape {style!r}")
    return str(n)


def _v11_date(rng: random.Random, style: str) -> str:
    # Birth dates (of people aged 90 to 110) for the birth-date styles and one date in four else.
    born = style in ("dob", "ukb", "aub", "cab", "isob", "da", "year") or (
        not style and rng.random() < 0.25
    )
    if born:
        d = date(1912, 1, 1) + timedelta(days=rng.randrange(365 * 24))
    else:
        d = date(2009, 1, 1) + timedelta(days=rng.randrange(365 * 18))
    y, m, dd, yy = d.year, d.month, d.day, d.year % 100
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    h12, ampm = hh % 12 or 12, "AM" if hh < 12 else "PM"
    month, mon, wkd = _V8_MONTHS[m - 1], _V8_MONTHS[m - 1][:3], _V10_WEEKDAYS[d.weekday()]
    nth = "th" if 4 <= dd <= 20 or 24 <= dd <= 30 else {1: "st", 2: "nd", 3: "rd"}[dd % 10]
    us = (
        f"{m:02d}/{dd:02d}/{y}",
        f"{m}/{dd}/{y}",
        f"{mon} {dd}, {y}",
        f"{month} {dd}, {y}",
        f"{m:02d}/{dd:02d}/{yy:02d}",
        f"{m}-{dd}-{y}",
        f"{y}-{m:02d}-{dd:02d}",
    )
    uk = (
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd}/{m}/{y}",
        f"{dd} {mon} {y}",
        f"{dd} {month} {y}",
        f"{dd}{nth} {month} {y}",
        f"{dd:02d}-{mon}-{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd:02d}/{m:02d}/{yy:02d}",
    )
    india = (
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd:02d}-{mon}-{y}",
        f"{dd}{nth} {month} {y}",
        f"{dd:02d}/{m:02d}/{yy:02d}",
    )
    za = (
        f"{y}/{m:02d}/{dd:02d}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd} {month} {y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd} {mon} {y}",
    )
    canada = (
        f"{y}-{m:02d}-{dd:02d}",
        f"{month} {dd}, {y}",
        f"{dd:02d}-{mon.upper()}-{y}",
        f"{y}/{m:02d}/{dd:02d}",
        f"{y}-{mon}-{dd:02d}",
    )
    shapes: tuple[str, ...]
    if not style:
        shapes = rng.choice((us, uk, india, za, canada))
    elif style in ("us", "dob"):
        shapes = us
    elif style in ("uk", "ukb", "au", "aub", "ie"):
        shapes = uk
    elif style in ("in", "inb"):
        shapes = india
    elif style == "za":
        shapes = za
    elif style in ("ca", "cab"):
        shapes = canada
    elif style == "stamp":
        shapes = (
            f"{m:02d}/{dd:02d}/{y} {hh:02d}:{mi:02d}",
            f"{m}/{dd}/{y} {h12}:{mi:02d} {ampm}",
            f"{m:02d}/{dd:02d}/{y} {hh:02d}{mi:02d}",
            f"{mon} {dd}, {y} at {h12}:{mi:02d} {ampm}",
        )
    elif style in ("ukstamp", "austamp"):
        shapes = (
            f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}",
            f"{dd:02d}-{mon}-{y} {hh:02d}:{mi:02d}",
            f"{dd}/{m}/{y} at {hh:02d}{mi:02d}",
            f"{hh:02d}:{mi:02d} on {dd:02d}/{m:02d}/{y}",
        )
    elif style == "castamp":
        shapes = (
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}",
            f"{y}-{mon}-{dd:02d} {hh:02d}{mi:02d}",
            f"{dd:02d}-{mon.upper()}-{y} {hh:02d}:{mi:02d}",
        )
    elif style == "instamp":
        shapes = (
            f"{dd:02d}/{m:02d}/{y} {h12:02d}:{mi:02d} {ampm}",
            f"{dd:02d}-{mon}-{y} {hh:02d}:{mi:02d}",
            f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}:{ss:02d}",
        )
    elif style == "dict":  # a transcription's dictated and typed times
        shapes = (
            f"{m:02d}/{dd:02d}/{y} {hh:02d}:{mi:02d}",
            f"{m:02d}/{dd:02d}/{yy:02d} {hh:02d}{mi:02d}",
            f"{m}/{dd}/{y} {h12}:{mi:02d}{ampm[0].lower()}",
        )
    elif style == "faxhdr":  # the line a fax machine prints at the top of each page
        shapes = (
            f"{mon.upper()}-{dd:02d}-{y} {hh:02d}:{mi:02d}",
            f"{mon.upper()}-{dd:02d}-{yy:02d} {h12:02d}:{mi:02d} {ampm}",
            f"{m:02d}/{dd:02d}/{y} {hh:02d}:{mi:02d}",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}",
            f"{wkd[:3].upper()} {mon.upper()} {dd:02d} {y} {hh:02d}:{mi:02d}",
        )
    elif style == "ukday":
        shapes = (f"{wkd} {dd} {month} {y}", f"{wkd[:3]} {dd:02d}/{m:02d}/{y}", f"{wkd} {dd}{nth}")
    elif style == "short":  # an expected discharge date on a board
        shapes = (f"{dd}/{m}", f"{dd:02d}/{m:02d}", f"{dd} {mon}", f"{wkd[:3]} {dd}/{m}")
    elif style == "my":
        shapes = (f"{month} {y}", f"{mon} {y}", f"{m:02d}/{y}", f"the spring of {y}")
    elif style == "year":
        shapes = (str(y),)
    elif style == "holiday":  # a holiday of a given year names one day
        day = rng.choice(_V11_HOLIDAYS)
        shapes = (f"{day} {y}", f"{day}, {y}", f"{day} of {y}")
    elif style == "hl7":
        shapes = (
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}",
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}",
        )
    elif style == "da":
        shapes = (f"{y}{m:02d}{dd:02d}",)
    elif style in ("iso", "isob"):
        shapes = (f"{y}-{m:02d}-{dd:02d}",)
    elif style == "fhir":
        tz = rng.choice(("Z", "+00:00", "+01:00", "+05:30", "+02:00", "-05:00", "+10:00", "-07:00"))
        shapes = (f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}{tz}",)
    else:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes)


def _v11_postcode_uk(rng: random.Random, district: str) -> str:
    return f"{district} {rng.randrange(10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" + rng.choice(
        "ABDEFGHJLNPQRSTUWXYZ"
    )


def _v11_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(1, 9999)
    city, code, zip3 = rng.choice(V11_US_PLACES)
    zip5 = f"{zip3}{_digits(rng, 2)}"
    street = f"{rng.choice(V11_US_STREETS)} {rng.choice(V11_US_STREET_KINDS)}"
    town, district = rng.choice(V11_UK_TOWNS)
    pc = _v11_postcode_uk(rng, district)
    uk_street = rng.choice(V11_UK_STREETS)
    if not style:
        style = rng.choice(("us", "us", "uk", "uk", "ie", "ca", "au", "in", "za", "city", "inst"))
    if style == "us":
        return rng.choice(
            (
                f"{n} {street}, {city}, {code} {zip5}",
                f"{n} {street}",
                f"{n} {street} Apt {rng.randrange(1, 30)}, {city}, {code} {zip5}",
                f"{city}, {code} {zip5}-{_digits(rng, 4)}",
                f"PO Box {rng.randrange(10, 9999)}, {city}, {code} {zip5}",
                f"{n} {street} Unit {rng.choice('ABCDEF')}, {city} {code}",
            )
        )
    if style == "care":
        return rng.choice(
            (
                f"{rng.choice(V11_US_CARE)}, {city}, {code}",
                f"{rng.choice(V11_US_CARE)}, {n} {street}, {city}, {code} {zip5}",
                f"{rng.choice(V11_US_CARE)} (room {rng.randrange(100, 260)})",
            )
        )
    if style == "pharmacy":
        return f"{rng.choice(V11_US_PHARMACIES)}, {n} {street}, {city}, {code}"
    if style == "hl7":
        return f"{n} {street}^^{city}^{code}^{zip5}"
    if style == "ukhdr":  # the address lines under a letter's heading
        return rng.choice(
            (
                f"{rng.randrange(1, 200)} {uk_street}\n{town}\n{pc}",
                f"{rng.choice(V11_UK_HOUSES)}\n{uk_street}\n{town} {pc}",
                f"{rng.randrange(1, 200)} {uk_street}, {town} {pc}",
            )
        )
    if style == "uk":
        return rng.choice(
            (
                f"{rng.randrange(1, 200)} {uk_street}, {town} {pc}",
                f"{rng.choice(V11_UK_HOUSES)}, {uk_street}, {town}, {pc}",
                f"{rng.randrange(1, 200)} {uk_street}, {town}",
                f"{town}, {pc}",
            )
        )
    if style == "ukline":
        return f"{rng.randrange(1, 200)} {uk_street}"
    if style == "ukpc":
        return pc
    if style == "ukcare":
        return rng.choice((rng.choice(V11_UK_CARE), f"{rng.choice(V11_UK_CARE)}, {town} {pc}"))
    if style == "ukgp":
        return rng.choice((f"{rng.choice(V11_UK_GP)}, {town}", f"{rng.choice(V11_UK_GP)}, {pc}"))
    if style in ("ie", "iecare"):
        ie_town, county, key = rng.choice(V11_IE_PLACES)
        eircode = f"{key} " + "".join(rng.choice(_V9_EIRCODE) for _ in range(4))
        if style == "iecare":
            return rng.choice((rng.choice(V11_IE_CARE), f"{rng.choice(V11_IE_CARE)}, {ie_town}"))
        return rng.choice(
            (
                f"{rng.randrange(1, 90)} {rng.choice(V11_IE_ESTATES)}, {ie_town}, {county}",
                f"{rng.choice(V11_IE_TOWNLANDS)}, {ie_town}, {county} {eircode}",
                f"{rng.choice(V11_IE_TOWNLANDS)}, {ie_town}, {county}",
                f"{rng.randrange(1, 90)} {rng.choice(V11_IE_ESTATES)}, {ie_town}, {eircode}",
            )
        )
    if style == "ca":
        ca_city, prov, fsa = rng.choice(V11_CA_PLACES)
        postal = f"{fsa} {rng.randrange(10)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"
        ca_street = rng.choice(V11_CA_STREETS)
        return rng.choice(
            (
                f"{rng.randrange(1, 3000)} {ca_street}, {ca_city}, {prov} {postal}",
                f"{rng.randrange(1, 40)}-{rng.randrange(1, 3000)} {ca_street}, {ca_city} {prov} "
                f"{postal}",
                f"RR {rng.randrange(1, 9)}, Site {rng.randrange(1, 30)}, Box "
                f"{rng.randrange(1, 99)}, {ca_city}, {prov} {postal}",
                f"PO Box {rng.randrange(100, 3000)}, {ca_city}, {prov} {postal}",
                f"{rng.choice(V11_CA_CARE)}, {ca_city}, {prov}",
            )
        )
    if style in ("au", "aucare", "augp"):
        au_town, state, pcode = rng.choice(V11_AU_PLACES)
        road = rng.choice(V11_AU_STREETS)
        if style == "aucare":
            return rng.choice(
                (rng.choice(V11_AU_CARE), f"{rng.choice(V11_AU_CARE)}, {au_town} {state}")
            )
        if style == "augp":
            return f"{rng.choice(V11_AU_GP)}, {au_town}"
        remote, rstate, rpc = rng.choice(V11_AU_REMOTE)
        return rng.choice(
            (
                f"{rng.randrange(1, 300)} {road}, {au_town} {state} {pcode}",
                f"{rng.randrange(1, 20)}/{rng.randrange(1, 120)} {road}, {au_town} {state} {pcode}",
                f"House {rng.randrange(1, 300)}, {remote} {rstate} {rpc}",
                f"Lot {rng.randrange(1, 400)} {road}, {au_town} {state} {pcode}",
                f"{remote} community, {rstate}",
            )
        )
    if style in ("in", "inprose", "inlab"):
        loc, in_city, in_state, pin = rng.choice(V11_IN_PLACES)
        building, landmark = rng.choice(V11_IN_BUILDINGS), rng.choice(V11_IN_LANDMARKS)
        village, tehsil, dist, vstate, vpin = rng.choice(V11_IN_VILLAGES)
        if style == "inprose":
            return rng.choice(
                (
                    f"{building}, {loc}, {in_city}",
                    f"{building} {landmark}, {loc}, {in_city} {pin}",
                    f"a rented flat {landmark} in {loc}, {in_city}",
                )
            )
        if style == "inlab":
            return rng.choice(
                (
                    f"Home collection, {loc}, {in_city}",
                    f"Collection centre, {loc}, {in_city} - {pin}",
                )
            )
        return rng.choice(
            (
                f"Flat No. {rng.randrange(1, 9)}0{rng.randrange(1, 9)}, {building}, {landmark}, "
                f"{loc}, {in_city} - {pin}",
                f"H.No. {rng.randrange(1, 40)}-{rng.randrange(1, 300)}/{rng.choice('ABC')}, {loc}, "
                f"{in_city}, {in_state} {pin}",
                f"Plot {rng.randrange(1, 400)}, {loc}, {in_city}",
                f"Vill. {village}, Tehsil {tehsil}, Dist. {dist}, {vstate} - {vpin}",
                f"#{rng.randrange(1, 300)}, {rng.randrange(1, 20)}th Cross, {loc}, {in_city} {pin}",
            )
        )
    if style in ("za", "zacare"):
        suburb, za_city, zpc = rng.choice(V11_ZA_PLACES)
        if style == "zacare":
            return rng.choice((rng.choice(V11_ZA_CARE), f"{rng.choice(V11_ZA_CARE)}, {za_city}"))
        return rng.choice(
            (
                f"{rng.randrange(1, 200)} {rng.choice(V11_ZA_STREETS)}, {suburb}, {za_city}, {zpc}",
                f"Erf {rng.randrange(100, 9999)}, {suburb}, {zpc}",
                f"P.O. Box {rng.randrange(10, 900)}, {za_city}, {zpc}",
                f"{rng.randrange(1, 200)} {rng.choice(V11_ZA_STREETS)}, {suburb}",
                "Farm {}, district {}".format(*rng.choice(V11_ZA_FARMS)),
            )
        )
    if style == "city":
        return rng.choice(
            (
                city,
                town,
                rng.choice(V11_IE_PLACES)[0],
                rng.choice(V11_CA_PLACES)[0],
                rng.choice(V11_AU_PLACES)[0],
                rng.choice(V11_IN_PLACES)[1],
                rng.choice(V11_ZA_PLACES)[1],
            )
        )
    if style == "inst":
        return rng.choice(V11_INSTITUTIONS)
    if style == "prose":  # where someone lives, in a handover
        au_town, state, _pc = rng.choice(V11_AU_PLACES)
        return rng.choice(
            (
                f"the flat above the chemist on {uk_street}, {town}",
                f"her daughter's farm {rng.randrange(3, 40)} km out of {au_town} on the "
                f"{rng.choice(('Mitchell', 'Newell', 'Bruce'))} Highway",
                f"a granny flat behind {rng.randrange(1, 200)} {uk_street}",
                f"{rng.choice(V11_IE_TOWNLANDS)}, the far side of {rng.choice(V11_IE_PLACES)[0]}",
            )
        )
    raise ValueError(f"unknown GEO shape {style!r}")


def _v11_phone(rng: random.Random, style: str) -> str:
    area, exch, line = f"{rng.randrange(201, 990)}", f"{rng.randrange(200, 999)}", _digits(rng, 4)

    def d(k: int) -> str:
        return _digits(rng, k)

    shapes = {
        "us": (
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"{area}.{exch}.{line}",
            f"1-{area}-{exch}-{line}",
            f"({area}){exch}-{line}",
        ),
        "ca": (f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"+1 {area} {exch} {line}"),
        "uk": (
            f"01{d(3)} {d(6)}",
            f"01{d(2)} {d(3)} {d(4)}",
            f"07{d(3)} {d(6)}",
            f"+44 (0)1{d(3)} {d(6)}",
            f"+44 7{d(3)} {d(3)} {d(3)}",
            f"020 {d(4)} {d(4)}",
        ),
        "ie": (
            f"(0{rng.choice(('65', '66', '94', '44', '59', '74', '67', '42'))}) {d(3)} {d(4)}",
            f"08{rng.choice('35679')} {d(3)} {d(4)}",
            f"+353 8{rng.choice('35679')} {d(3)} {d(4)}",
            f"0{rng.choice(('65', '66', '94'))}-{d(7)}",
        ),
        "au": (
            f"(0{rng.choice('2378')}) {d(4)} {d(4)}",
            f"04{d(2)} {d(3)} {d(3)}",
            f"+61 {rng.choice('2378')} {d(4)} {d(4)}",
            f"0{rng.choice('2378')} {d(4)} {d(4)}",
        ),
        "in": (
            f"+91 9{d(4)} {d(5)}",
            f"9{d(4)}-{d(5)}",
            f"9{d(9)}",
            f"0{rng.choice(('80', '44', '40', '20', '33'))}-{d(4)} {d(4)}",
            f"(0{rng.choice(('484', '161', '522', '79'))}) {d(3)} {d(4)}",
        ),
        "za": (
            f"08{rng.choice('234')} {d(3)} {d(4)}",
            f"07{rng.choice('12346')} {d(3)} {d(4)}",
            f"(0{rng.choice(('21', '11', '31', '41', '47'))}) {d(3)} {d(4)}",
            f"+27 8{rng.choice('234')} {d(3)} {d(4)}",
            f"0{rng.choice(('21', '11', '31'))}-{d(3)} {d(4)}",
        ),
        "e164": (f"+1{area}{exch}{line}", f"+447{d(9)}", f"+61{rng.choice('2378')}{d(8)}"),
        "hl7": (f"({area}){exch}-{line}", f"{area}{exch}{line}"),
    }
    if not style:
        style = rng.choice(("us", "us", "uk", "ca", "ie", "au", "in", "za"))
    if style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    return rng.choice(shapes[style])


def _v11_nhs(rng: random.Random) -> str:
    """A ten-digit NHS number with a valid modulus-11 check digit."""
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(dig * (10 - i) for i, dig in enumerate(digits)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _v11_said(rng: random.Random) -> str:
    """A South African ID number (born 1912 to 1935, Luhn check digit)."""
    born = date(1912, 1, 1) + timedelta(days=rng.randrange(365 * 24))
    body = f"{born:%y%m%d}{rng.randrange(10000):04d}08"
    total = 0
    for i, ch in enumerate(reversed(body)):
        dig = int(ch) * (2 if i % 2 == 0 else 1)
        total += dig - 9 if dig > 9 else dig
    return body + str((10 - total % 10) % 10)


def _v11_dvla(rng: random.Random) -> str:
    """A GB driving licence number: five letters of the family name, the birth date coded."""
    given, family = _v11_latin(rng)
    letters = "".join(c for c in _v8_ascii(family).upper() if c.isalpha())[:5].ljust(5, "9")
    born = date(1912, 1, 1) + timedelta(days=rng.randrange(365 * 24))
    month = born.month + (50 if rng.random() < 0.5 else 0)
    first = (_v8_ascii(given)[:1] or "X").upper()
    return (
        f"{letters}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}{first}9"
        f"{rng.randrange(10)}{_v8_letters(rng, 2)}"
    )


def _v11_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v11 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def shaped(shapes: dict[str, str], ordinary: str, what: str) -> str:
        """The shape ``style`` names; without one, the ordinary shape half the time."""
        if not style:
            if rng.random() < 0.5:
                return shapes[ordinary]
            return shapes[rng.choice([k for k in shapes if k != ordinary])]
        if style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        return shapes[style]

    if kind == "NAME":
        return _v11_name(rng, style)
    if kind == "AGE":
        return _v11_age(rng, style)
    if kind == "DATE":
        return _v11_date(rng, style)
    if kind == "GEO":
        return _v11_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v11_phone(rng, style)
    if kind == "EMAIL":
        given, family = _v11_latin(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        if style == "nhs":  # a clinician's or a secretary's address
            return rng.choice((f"{g}.{f}@nhs.net", f"{g}.{f}{rng.randrange(1, 9)}@nhs.net"))
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        domain = rng.choice(
            (
                "aol.com", "comcast.net", "att.net", "btinternet.com", "sky.com", "talktalk.net",
                "eircom.net", "shaw.ca", "sympatico.ca", "bigpond.net.au", "iinet.net.au",
                "rediffmail.com", "yahoo.co.in", "telkomsa.net", "webmail.co.za", "gmail.com",
            )
        )  # fmt: skip
        return rng.choice(
            (
                f"{g}.{f}@{domain}",
                f"{g[0]}{f}{rng.randrange(20, 99)}@{domain}",
                f"{f}.{g}@{domain}",
                f"{g}{f[:1]}{rng.randrange(1930, 1936)}@{domain}",
                f"{f}family@{domain}",
                f"nana.{f}@{domain}",
            )
        )
    if kind == "SSN":
        pan_name = _v8_ascii(_v11_latin(rng)[1]).upper()[:1] or "K"
        ssn_shapes = {
            "us": rng.choice(
                (f"{rng.randrange(100, 900)}-{d(2)}-{d(4)}", f"{rng.randrange(100, 900)}{d(6)}")
            ),
            "sin": rng.choice((f"{d(3)} {d(3)} {d(3)}", f"{d(3)}-{d(3)}-{d(3)}")),
            "said": _v11_said(rng),
            "pan": f"{letters(3)}P{pan_name}{d(4)}{rng.choice(up)}",
            "nino": f"{rng.choice('ABCEGHJKLMNPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')} "
            f"{d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}",
            "aadhaar": f"{rng.randrange(2, 10)}{d(3)} {d(4)} {d(4)}",
        }
        return shaped(ssn_shapes, "us", "SSN")
    if kind == "MRN":
        yyyy = rng.randrange(2009, 2027)
        mrn_shapes = {
            "": rng.choice((d(7), d(8), f"E{d(7)}", f"{d(3)}-{d(2)}-{d(2)}")),
            "uk": rng.choice((f"{rng.choice(up)}{d(6)}", f"RX{d(7)}", f"{d(7)}{rng.choice(up)}")),
            "au": rng.choice((d(6), d(7), f"UR{d(6)}")),
            "ca": rng.choice((f"M{d(9)}", f"{d(2)}-{d(2)}-{d(2)}", d(8))),
            "za": rng.choice((d(8), f"{rng.choice(up)}{d(6)}/{d(2)}", f"FN{d(7)}")),
            "uhid": rng.choice(
                (f"{letters(2)}{yyyy}/{d(6)}", f"UHID{d(10)}", f"{letters(3)}.{d(7)}")
            ),
            "opd": f"{rng.randrange(1, 99999)}/{yyyy % 100:02d}",
        }
        if style and style not in mrn_shapes:
            raise ValueError(f"unknown MRN shape {style!r}")
        if not style and rng.random() >= 0.5:
            return mrn_shapes[rng.choice(("uk", "au", "ca", "za", "uhid"))]
        return mrn_shapes[style]
    if kind == "HEALTH_PLAN":
        nhs = _v11_nhs(rng)
        mbi = (
            f"{rng.randrange(1, 10)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice(alnum)}"
            f"{rng.randrange(10)}-{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice(alnum)}"
            f"{rng.randrange(10)}-{letters(2)}{d(2)}"
        )
        plan_shapes = {
            "us": rng.choice((f"{letters(3)}{d(9)}", f"W{d(9)}", f"{d(9)}{rng.choice('AB')}")),
            "mbi": rng.choice((mbi, mbi.replace("-", ""))),
            "nhs": rng.choice(
                (f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}")
            ),
            "nhsd": nhs,
            "gms": rng.choice((f"{d(7)}{rng.choice(up)}", d(8))),
            "bcphn": f"9{d(3)} {d(3)} {d(3)}",
            "ahcip": f"{d(5)}-{d(4)}",
            "ca": rng.choice((f"{d(4)}-{d(3)}-{d(3)}-{letters(2)}", d(9), f"{d(4)} {d(3)} {d(3)}")),
            "medicare": rng.choice(
                (f"{rng.randrange(2, 7)}{d(3)} {d(5)} {d(1)}", f"{rng.randrange(2, 7)}{d(9)}")
            ),
            "ihi": f"8003 60{d(2)} {d(4)} {d(4)}",
            "policy": rng.choice(
                (
                    f"{d(6)}/{d(2)}/{rng.randrange(2019, 2027)}/{d(4)}",
                    f"OG-{rng.randrange(19, 27)}-{d(4)}-{d(4)}-{d(8)}",
                    d(20),
                )
            ),
            "tpa": rng.choice((f"{letters(3)}{d(8)}", f"{letters(2)}-{d(7)}-{d(2)}")),
            "za": rng.choice((d(9), f"{d(3)} {d(3)} {d(3)}", f"{d(2)}{letters(1)}{d(7)}")),
        }
        return shaped(plan_shapes, "us", "HEALTH_PLAN")
    if kind == "ACCOUNT":
        yyyy, mm = rng.randrange(2009, 2027), rng.randrange(1, 13)
        account_shapes = {
            "": rng.choice((d(9), d(10), f"{d(3)}-{d(7)}")),
            "fin": d(10),
            "acc": rng.choice((f"CT-{yyyy % 100:02d}-{d(6)}", d(9), f"{letters(2)}{d(8)}")),
            "ris": rng.choice((f"RX{letters(1)}{d(8)}", d(11))),
            "lab": rng.choice((f"{yyyy % 100:02d}-{d(7)}", f"{letters(1)}{d(8)}", d(10))),
            "ip": rng.choice((f"IP/{yyyy}/{d(5)}", f"{yyyy}{d(6)}", f"IP{d(8)}")),
            "job": d(rng.choice((6, 7, 8))),
            "amb": rng.choice((d(8), f"{yyyy % 100:02d}{d(7)}")),
            "opg": f"7{d(3)}-{d(4)}-{d(4)}",
            "rx": rng.choice((d(7), f"{d(7)}-{d(5)}")),
            "enc": f"enc-{''.join(rng.choice('0123456789abcdef') for _ in range(12))}",
            "appt": f"{d(8)}^{letters(3)}",
            "mlc": f"{rng.randrange(1, 999)}/{yyyy}",
            "saps": f"CAS {rng.randrange(1, 999)}/{mm:02d}/{yyyy}",
            "episode": rng.choice((f"EP{d(8)}", f"{d(3)}-{d(6)}")),
        }
        if style and style not in account_shapes:
            raise ValueError(f"unknown ACCOUNT shape {style!r}")
        if not style and rng.random() >= 0.5:
            return account_shapes[rng.choice(("fin", "lab", "ip", "episode"))]
        return account_shapes[style]
    if kind == "LICENSE":
        license_shapes = {
            "dl": rng.choice(
                (f"{rng.choice(up)}{d(7)}", d(9), f"{rng.choice(up)}{d(3)}-{d(4)}-{d(4)}")
            ),
            "npi": f"{rng.randrange(1, 3)}{d(9)}",
            "gmc": d(7),
            "nmc": f"{d(2)}{rng.choice(up)}{d(4)}{rng.choice('CEINOS')}",
            "imc": d(rng.choice((5, 6))),
            "msp": rng.choice((d(5), f"0{rng.choice(up)}{d(3)}")),
            "provider": f"{d(6)}{rng.choice(alnum)}{rng.choice(up)}",
            "inreg": rng.choice((f"{d(5)}", f"MMC/{d(4)}/{d(5)}", f"{letters(3)}/{d(5)}")),
            "prno": rng.choice((d(7), f"0{d(6)}")),
            "sanc": rng.choice((d(8), f"{d(4)}/{d(3)}")),
            "iedl": rng.choice((d(9), f"{d(3)} {d(3)} {d(3)}")),
            "dvla": _v11_dvla(rng),
        }
        if style not in ("", *license_shapes):
            raise ValueError(f"unknown LICENSE shape {style!r}")
        if not style:
            return license_shapes[rng.choice(("dl", "dl", "dvla", "iedl", "npi"))]
        return license_shapes[style]
    if kind == "VEHICLE":
        county = rng.choice(("D", "C", "G", "L", "KY", "MO", "CE", "WH", "CW", "DL", "T", "LH"))
        plate_year = rng.randrange(13, 26)
        plates = {
            "us": rng.choice(
                (f"{d(3)} {letters(3)}", f"{letters(3)}-{d(4)}", f"{d(1)}{letters(3)}{d(3)}")
            ),
            "uk": f"{letters(2)}{rng.choice((plate_year, plate_year + 50))} {letters(3)}",
            "ie": rng.choice(
                (
                    f"{plate_year}{rng.randrange(1, 3)}-{county}-{rng.randrange(1, 30000)}",
                    f"0{rng.randrange(1, 9)}-{county}-{rng.randrange(1, 9999)}",
                )
            ),
            "in": f"{rng.choice(('MH', 'KA', 'TN', 'KL', 'DL', 'PB', 'WB', 'GJ', 'UP', 'TS'))}"
            + rng.choice((" ", "-"))
            + f"{rng.randrange(1, 60):02d} {letters(rng.randrange(1, 3))} {d(4)}",
            "za": rng.choice(
                (
                    f"CA {d(3)}-{d(3)}",
                    f"{letters(2)} {d(2)} {letters(2)} GP",
                    f"ND {d(3)}-{d(3)}",
                    f"{letters(3)} {d(3)} EC",
                )
            ),
            "ca": rng.choice((f"{letters(4)} {d(3)}", f"{letters(2)}{d(1)} {d(2)}{letters(1)}")),
            "au": rng.choice(
                (f"{letters(2)} {d(2)} {letters(2)}", f"{d(1)}{letters(2)} {d(1)}{letters(2)}")
            ),
        }
        wmi = rng.choice(("1FT", "2HG", "3VW", "WDD", "SAL", "MA3", "AHT", "JN1", "KNA", "VF1"))
        vin = wmi + "".join(rng.choice(alnum) for _ in range(14))
        if style == "vin":
            return vin
        if style in plates:
            return plates[style]
        if style:
            raise ValueError(f"unknown VEHICLE shape {style!r}")
        return vin if rng.random() < 0.3 else plates[rng.choice(list(plates))]
    if kind == "DEVICE":
        yy, mm, dd = rng.randrange(24, 31), rng.randrange(1, 13), rng.randrange(1, 29)
        token = "".join(rng.choice(alnum) for _ in range(8))
        device_shapes = {
            "": rng.choice(
                (
                    f"{letters(2)}{d(7)}",
                    f"{d(4)}{rng.choice(up)}{d(5)}",
                    f"{d(3)}-{d(3)}-{d(3)}",
                    f"{rng.choice(up)}{d(9)}",
                    d(12),
                )
            ),
            "udi": rng.choice(
                (
                    f"(01){d(14)}(17){yy}{mm:02d}{dd:02d}(10){token[:6]}(21){token}",
                    f"01{d(14)}17{yy}{mm:02d}{dd:02d}21{token}",
                )
            ),
            "asset": rng.choice((f"EQ{d(6)}", f"{letters(2)}-{d(5)}", f"CES{d(7)}")),
        }
        if style not in device_shapes:
            raise ValueError(f"unknown DEVICE shape {style!r}")
        return device_shapes[style]
    if kind == "URL":
        token = "".join(rng.choice(alnum.lower() + alnum) for _ in range(33))
        if style == "video":
            return rng.choice(
                (
                    f"https://meet.vconsult.co.uk/r/{token[:12]}",
                    f"https://healthcall.com.au/join/{token[:16]}",
                    f"https://video.carelink.ca/visit/{d(9)}",
                    f"https://teleconsult.co.in/room/{token[:10]}",
                    f"https://meet.zadoctor.co.za/{token[:8]}",
                )
            )
        if style == "photo":
            return rng.choice(
                (
                    f"https://drive.google.com/file/d/{token}/view",
                    f"https://www.dropbox.com/s/{token[:15].lower()}/wound_{d(4)}.jpg",
                    f"https://photos.app.goo.gl/{token[:17]}",
                    f"https://1drv.ms/i/s!{token[:22]}",
                )
            )
        if style:
            raise ValueError(f"unknown URL shape {style!r}")
        return rng.choice(
            (
                f"https://mychart.{rng.choice(('fgh', 'hilomed', 'fmh'))}.org/MyChart/"
                f"Messages?msgid={d(9)}",
                f"https://patientportal.example-health.co.uk/record/{d(8)}",
                f"https://www.facebook.com/{token[:12].lower()}",
            )
        )
    if kind == "IP":
        if style:
            raise ValueError(f"unknown IP shape {style!r}")
        return rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"81.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}:8443",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"2a02:{rng.randrange(4096, 65536):x}:{rng.randrange(65536):x}::"
                f"{rng.randrange(1, 65536):x}",
            )
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


V12_SEED = 20270808
V12_TEMPLATES = (
    # Ordinary English-language notes, letters, reports and forms (UK, Scotland, US, NZ).
    "ADMISSION CLERKING\nName: {NAME:label}   Hospital No: {MRN:uk}   NHS No: {HEALTH_PLAN:nhs}\n"
    "DOB: {DATE:ukdob} ({AGE:y})   Address: {GEO:uk}\nNOK: {NAME} (niece), {PHONE:uk}",
    "IMMEDIATE DISCHARGE LETTER\nPatient: {NAME:comma}   CHI: {HEALTH_PLAN:chi}\n{GEO:scot}\n"
    "Admitted {DATE:uk} to Ward 204 under Dr {NAME:family}; discharged {DATE:uk} to "
    "{GEO:care}.\nGP: {GEO:gp}",
    "RADIOLOGY REPORT - {GEO:inst}\nPatient: {NAME:caps}   DOB: {DATE:dob}   Pat-ID: {MRN}\n"
    "Accession: {ACCOUNT:acc}   Examined: {DATE:stamp}\nReferrer: {NAME:sig}   Reported by: "
    "{NAME:sig}",
    "HISTOPATHOLOGY REPORT\nLab No: {ACCOUNT:path}   Received: {DATE:uk}\nPatient: "
    "{NAME:label}, {AGE:y}, {MRN:uk}\nClinician: Dr {NAME:sig}, {GEO:inst}\nAuthorised by Dr "
    "{NAME:sig} (GMC {LICENSE:gmc}) on {DATE:uk}",
    "Clinic date: {DATE:uk}\nDear Dr {NAME:family},\nRe: {NAME}, DOB {DATE:ukdob}, {GEO:uk}\n"
    "I reviewed this {AGE}-year-old gentleman in the falls clinic today with his wife "
    "{NAME:given}.",
    "DISCHARGE SUMMARY\nNHI: {HEALTH_PLAN:nhi}   Name: {NAME:label}   DOB: {DATE:ukdob}\n"
    "Address: {GEO:nz}\nGP: Dr {NAME:sig}, {PHONE:nz}\nWhanau contact: {NAME}, {PHONE:nz}",
    "ADMISSION NOTE\n{NAME:comma}   MRN {MRN:us}   DOB {DATE:usdob}   {AGE} F\nAddress: "
    "{GEO:us}   Phone: {PHONE:us}\nInsurance: Medicare {HEALTH_PLAN:mbi}   SSN {SSN:us}",
    "Nursing note 22:15: settled after analgesia. Son {NAME} rang from {GEO:city} and will visit "
    "tomorrow; his number is {PHONE}. Hearing aids (serials {DEVICE:ha} and {DEVICE:ha}) are in "
    "the bedside drawer.",
    "Physiotherapy: seen by {NAME:sig} (HCPC {LICENSE:hcpc}). {NAME:given} walked 12 m with a "
    "frame and one assist; lives alone at {GEO:ukline}, {GEO:ukpc}, with two steps to the "
    "front door.",
    "MEDICATION RECONCILIATION\nPatient: {NAME:label}   DOB: {DATE:ukdob}\nSource: "
    "{GEO:pharmacy}, tel. {PHONE:uk}, fax {FAX:uk}\nCompleted by {NAME:sig}, pharmacist, "
    "{DATE:ukstamp}",
    "CLINICAL CHEMISTRY\nPatient: {NAME:comma}   Sex: F   Age: {AGE:y}\nPat-ID: {MRN}   Order: "
    "{ACCOUNT:lab}   Collected: {DATE:stamp}\nRequested by: {NAME:sig}, {GEO:inst}",
    "CONSENT FORM 4 (adult unable to consent)\nPatient: {NAME}   Hospital No: {MRN:uk}\n"
    "Procedure: PEG insertion\nDiscussed with {NAME} (daughter, attorney) on {DATE:uk}\n"
    "Signed: {NAME:sig}, Consultant, GMC {LICENSE:gmc}",
    "INCIDENT REPORT {ACCOUNT:inc}\nDate/time: {DATE:ukstamp}   Location: Ward 21, {GEO:inst}\n"
    "Person affected: {NAME:label}, {AGE:y}, {MRN:uk}\nReported by: {NAME:sig}, staff nurse "
    "(NMC {LICENSE:nmc})   Witness: {NAME:sig}",
    "From: {NAME:sig} <{EMAIL:work}>\nSent: {DATE:email}\nTo: Discharge Team\nCc: {EMAIL:work}\n"
    "Subject: RE: {NAME:label} - package of care\n\nHer son {NAME:given} can be reached on "
    "{PHONE:uk}; she is going home to {GEO:uk}.",
    "PACING CLINIC\nPatient: {NAME:label}   DOB: {DATE:dob}\nDevice: dual-chamber pacemaker, "
    "serial {DEVICE:pm}, implanted {DATE:my} at {GEO:inst}\nRemote follow-up via {URL:portal} "
    "(transmitter {IP})",
    # Ordinary continental European letters, summaries and reports.
    "Betreft: mevrouw {NAME:nl}, geboren {DATE:dob}, BSN {SSN:bsn}\nAdres: {GEO:nl}\nGeachte "
    "collega {NAME:family},\nHierbij verwijs ik deze {AGE}-jarige patiente naar uw polikliniek.",
    "Sehr geehrte Frau Kollegin {NAME:family},\nwir berichten über Ihre Patientin Frau "
    "{NAME:de}, geb. {DATE:dob}, wohnhaft {GEO:de}, die sich vom {DATE:eu} bis {DATE:de} in "
    "unserer stationären Behandlung befand.\nVersichertennr.: {HEALTH_PLAN:kvnr}   Fallnr.: "
    "{ACCOUNT:case}",
    "Patientin: {NAME:de}, {AGE} J., SVNR {SSN:at}\nAdresse: {GEO:at}\nAufnahme: {DATE:eu}   "
    "Entlassung: {DATE:de}\nHausarzt: Dr. {NAME:sig}, Tel. {PHONE:at}",
    "AUSTRITTSBERICHT\nPatientin: {NAME:de}, {DATE:dob}, AHV-Nr. {SSN:ahv}\nVersichertenkarte: "
    "{HEALTH_PLAN:ch}\n{GEO:ch}\nHausarzt: Dr. med. {NAME:sig}, GLN {LICENSE:gln}, Tel. "
    "{PHONE:ch}",
    "COMPTE RENDU D'HOSPITALISATION\nMme {NAME:fr}, née le {DATE:dob} ({AGE} ans)\nIPP : "
    "{MRN:fr}   NIR : {SSN:fr}\nAdresse : {GEO:fr}\nMédecin traitant : Dr {NAME:sig} (RPPS "
    "{LICENSE:rpps}), tél. {PHONE:fr}",
    "Patiënt: {NAME:nl}   Rijksregisternr.: {SSN:be}\n{GEO:be}\nOpname: {DATE:eu}   "
    "Huisarts: dr. {NAME:sig}, tel. {PHONE:be}",
    "LETTERA DI DIMISSIONE\nPaziente: {NAME:it}, nata il {DATE:dob} a {GEO:city}\nC.F. "
    "{SSN:it}   Nosologico {ACCOUNT:case}\nResidente in {GEO:it}\nMedico curante: dott. "
    "{NAME:sig}, tel. {PHONE:it}",
    "INFORME DE ALTA\nPaciente: {NAME:es}   NHC: {MRN}   DNI: {SSN:es}   CIP: {HEALTH_PLAN:es}\n"
    "Fecha de ingreso: {DATE:eu}   Fecha de alta: {DATE:es}\nDomicilio: {GEO:es}",
    "NOTA DE ALTA\nUtente: {NAME:pt}   N.º SNS: {HEALTH_PLAN:pt}   NIF: {SSN:pt}\nMorada: "
    "{GEO:pt}\nContacto: {PHONE:pt} ({NAME:given}, filha)",
    "Epikris\nPatient: {NAME:nordic}, {SSN:se}\nAdress: {GEO:se}\nInskriven {DATE:iso}, "
    "utskriven {DATE:iso}. Anhörig: {NAME:nordic} (dotter), tel. {PHONE:se}",
    "Pasient: {NAME:nordic}   F.nr.: {SSN:no}\n{GEO:no}\nFastlege: {NAME:sig} (HPR-nr. "
    "{LICENSE:hpr}), {PHONE:no}",
    "CPR-nr.: {SSN:dk}   Navn: {NAME:nordic}\nAdresse: {GEO:dk}\nKontaktperson: {NAME} (søn), "
    "{PHONE:dk}",
    "Potilas: {NAME:nordic}   Hetu: {SSN:fi}\nOsoite: {GEO:fi}\nTulopäivä {DATE:eu}, lähettäjä "
    "{NAME:sig}",
    "She was brought in by her nephew {NAME} in his car ({VEHICLE:nl}), parked at the "
    "emergency entrance; his driving licence ({LICENSE:dl}) was copied for the parking permit.",
    # Ordinary exports: HL7, FHIR, CSV, JSON.
    "MSH|^~\\&|HIS|ZIEKENHUIS|LAB|ZIEKENHUIS|{DATE:hl7}||ADT^A01|MSG80412|P|2.5\nPID|1||"
    "{MRN}^^^HOSP^MR~{SSN:bsn}^^^NLMINBIZA^NNNLD||{NAME:pn}||{DATE:da}|F|||{GEO:hl7}||"
    "{PHONE:hl7}\nPV1|1|I|C3^312^2||||{LICENSE:big}^{NAME:pn}",
    "ORC|NW|{ACCOUNT:order}||||||||||{LICENSE:lanr}^{NAME:pn}\nOBR|1|{ACCOUNT:order}||"
    "CREA^Kreatinin|||{DATE:hl7}\nPID|1||{MRN}||{NAME:pn}||{DATE:da}|M",
    '{"resourceType": "Patient", "identifier": [{"system": "http://fhir.de/sid/gkv/kvid-10", '
    '"value": "{HEALTH_PLAN:kvnr}"}], "name": [{"family": "{NAME:family}", "given": '
    '["{NAME:given}"]}], "birthDate": "{DATE:isob}", "telecom": [{"system": "phone", "value": '
    '"{PHONE:e164}"}], "address": [{"line": ["{GEO:deline}"], "city": "{GEO:decity}", '
    '"postalCode": "{GEO:depc}"}]}',
    "patientnummer;achternaam;voornaam;geboortedatum;postcode;opname\n{MRN:nl};{NAME:family};"
    "{NAME:given};{DATE:dob};{GEO:nlpc};{DATE:iso}",
    '{"sampleId": "{ACCOUNT:lab}", "patient": {"name": "{NAME:caps}", "dob": "{DATE:isob}", '
    '"insurance": "{HEALTH_PLAN:ch}", "ward": "B4"}, "requester": "{NAME:sig}", "received": '
    '"{DATE:log}"}',
    # Other layouts: XML, markdown tables, dictation, quoted replies, text messages, audit logs,
    # label printers, scanned forms, YAML, DICOM dumps, tick-box forms, invoices, telemetry,
    # life stories, birthdays, call transcripts and car parks.
    "<patient>\n  <name><given>{NAME:given}</given><family>{NAME:family}</family></name>\n  "
    '<birthTime value="{DATE:da}"/>\n  <addr><streetAddressLine>{GEO:ukline}'
    "</streetAddressLine><postalCode>{GEO:ukpc}</postalCode></addr>\n</patient>",
    "| Bed | Patient | Age | Hosp No | Cons |\n|---|---|---|---|---|\n| 3 | {NAME:board} | {AGE} "
    "| {MRN:uk} | {NAME:initials} |\n| 4 | {NAME:board} | {AGE} | {MRN:uk} | {NAME:initials} |",
    "Dictated: this is Doctor {NAME:family} dictating a clinic letter, surname spelled "
    "{NAME:spelled}, first name {NAME:given}, date of birth {DATE:words}, hospital number "
    "{MRN:uk}, full stop, new paragraph.",
    "> On {DATE:email}, {NAME:sig} <{EMAIL:work}> wrote:\n> Mrs {NAME:family} ({MRN}) is for "
    "discharge to {GEO:care}\n> tomorrow; her daughter's number is {PHONE}.\n\nThanks - "
    "transport booked, ref {ACCOUNT:appt}.",
    "SMS to {PHONE:mobile}: Dear {NAME:given}, your appointment at {GEO:inst} is on "
    "{DATE:short} at 09:40. Reply 1 to confirm. Ref {ACCOUNT:appt}",
    "{DATE:log} user={NAME:user} action=VIEW patient={MRN} ip={IP}\n{DATE:log} "
    "user={NAME:user} action=PRINT patient={MRN} ip={IP}",
    "^XA^FO40,30^A0N,28^FD{NAME:caps}^FS^FO40,70^A0N,24^FDDOB {DATE:dob}  {MRN}^FS"
    "^FO40,110^BCN,60^FD{MRN}^FS^XZ",
    "Sur name: {NAME:familyu}        Fore name(s): {NAME:given}\nD.O.B  {DATE:ukdob}       Tel "
    " {PHONE}\nPost code:  {GEO:ukpc}      NHS no. {HEALTH_PLAN:nhs}",
    'patient:\n  id: "{MRN}"\n  name: "{NAME:comma}"\n  born: {DATE:isob}\n  address: "{GEO}"\n'
    '  next_of_kin:\n    - name: "{NAME}"\n      phone: "{PHONE:e164}"',
    "(0010,0010) PN [{NAME:pn}]\n(0010,0020) LO [{MRN}]\n(0010,0030) DA [{DATE:da}]\n"
    "(0010,1010) AS [{AGE:as}]\n(0008,0080) LO [{GEO:inst}]\n(0008,0090) PN [{NAME:pn}]",
    "[x] Lives alone   [ ] Lives with family   [x] Carers 3x daily\nNext of kin: {NAME} .... "
    "Relationship: nephew .... Tel: {PHONE}\nGP practice: {GEO:gp}",
    "INVOICE {ACCOUNT:invoice} - residential care, {GEO:care}\nResident: {NAME}   Period: "
    "{DATE:my}\nPlease pay to IBAN {ACCOUNT:iban}, quoting {ACCOUNT:case}",
    '{"ts": "{DATE:log}", "sensor": "{DEVICE:cgm}", "glucose_mmol": 7.9, "owner": "{EMAIL}", '
    '"src": "{IP}"}\n{"ts": "{DATE:log}", "sensor": "{DEVICE:cgm}", "glucose_mmol": 11.4, '
    '"owner": "{EMAIL}", "src": "{IP}"}',
    "She was born on {DATE:words} in {GEO:city}, the youngest of nine, worked as a midwife in "
    "{GEO:city} and married {NAME} there on {DATE:uk}.",
    "Chaplaincy: {NAME:given} celebrated her {AGE:ord} birthday on the ward with her "
    "great-grandson {NAME}; she asked for Holy Communion on Sunday.",
    "Caller: {NAME} (granddaughter) on {PHONE}\nPatient: {NAME:given}, {AGE}, at {GEO:prose}\n"
    "Reason: found on the floor this morning, unable to stand.",
    "Found asleep in her car ({VEHICLE}, VIN {VEHICLE:vin}) in the visitors' car park; the "
    "registered keeper is {NAME} of {GEO}.",
    "Video review via {URL:video} at {DATE:ukstamp}; wound photos uploaded to {URL} by the "
    "district nurse {NAME:sig}; insulin pump serial {DEVICE:pump}.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents
# stripped): Dutch and Flemish, German, Austrian and Swiss, Nordic, Finnish, Sami, Icelandic,
# Baltic, Czech, Hungarian, Romanian, Portuguese, Spanish, Catalan and Basque, Italian and
# Sardinian, French, Albanian and Croatian, English and Scottish, Maori, and names in sixteen
# scripts.
_V12_NL_GIVEN = (
    "Hillegonda", "Trijntje", "Aaltje", "Dirkje", "Gerritje", "Teunis", "Gijsbert", "Lambertus",
    "Marinus", "Arnoldus", "Bartel", "Reinier", "Wouterina", "Jozefien", "Godelieve", "Rik",
    "Frans", "Mientje", "Leentje", "Hendrikus", "Jacoba", "Grietje", "Janna", "Harmen", "Fokje",
    "Sjoukje", "Wiebe", "Tjitske", "Hiltje",
)  # fmt: skip
_V12_NL_FAMILY = (
    "Brandsma", "Hofstede", "Terpstra", "Kloosterman", "Postma", "Bakhuis", "Veenstra",
    "Haverkamp", "Bruinsma", "Oosterhuis", "Wijngaarden", "van Kampen", "van der Meulen",
    "op de Beeck", "Verstraete", "Goossens", "Vandenbroucke", "De Smedt", "Claeys", "Vanhoutte",
    "Hoogeveen", "Wiersma", "Kuiken", "Schaapman", "Boersema", "Zijlstra", "Lammers", "Heijboer",
    "Van Acker", "Dewulf",
)  # fmt: skip
_V12_DE_GIVEN = (
    "Hildegard", "Liesel", "Gottfried", "Irmgard", "Ottilie", "Reinhold", "Adelheid", "Eberhard",
    "Rudolf", "Annelies", "Burkhard", "Vreni", "Ruedi", "Theres", "Walburga", "Kreszenz",
    "Notburga", "Rosina", "Engelbert", "Wendelin", "Hiltrud", "Gotthard", "Elfriede", "Edeltraud",
    "Ehrentraud", "Irmtraud",
)  # fmt: skip
_V12_DE_FAMILY = (
    "Oberhuber", "Brandstätter", "Eggenberger", "Zimmerli", "Bühlmann", "Hürlimann", "Aebischer",
    "Wüthrich", "Schwarzenbacher", "Kleinschmidt", "Hagedorn", "Oberländer", "Reisinger",
    "Gschwandtner", "Leitgeb", "Zehetner", "Mayrhofer", "Stuckenbrock", "Tiefenthaler",
    "Krautwurst", "zu Dohna", "Unterberger", "Grubmüller", "Pfisterer", "Niederhauser", "Rüegg",
    "Schwendimann", "Bachofen", "Haslinger", "Wolfsteiner", "Kreuzberger",
)  # fmt: skip
_V12_NORDIC_GIVEN = (
    "Gunnhild", "Sigvald", "Birgitta", "Eskil", "Margit", "Asbjørn", "Gudrun", "Tove", "Gunvor",
    "Folke", "Alvar", "Märta", "Ejnar", "Kirsten", "Tora", "Borghild", "Åse", "Oddvar", "Arnfinn",
    "Gunborg", "Ingvald", "Bodil", "Ebba", "Helmer", "Valborg",
)  # fmt: skip
_V12_NORDIC_FAMILY = (
    "Bjørnstad", "Fjeldstad", "Åkesson", "Kjærgaard", "Thygesen", "Holmgren", "Sandvik", "Rønning",
    "Østby", "Bergqvist", "Nygaard", "Skovgaard", "Wallin", "Ekdahl", "Tveit", "Aasheim",
    "Hjelmeland", "Strømsnes", "Bjerknes", "Fagerlund", "Engström", "Söderqvist", "Nordlander",
    "Dalsgaard", "Brøndum", "Frydenlund",
)  # fmt: skip
_V12_FI_GIVEN = (
    "Aili", "Toivo", "Sirkka", "Eino", "Lahja", "Väinö", "Kerttu", "Tyyne", "Helmi", "Impi",
    "Lempi", "Oiva", "Urho", "Alpo", "Vilho", "Kyllikki",
)  # fmt: skip
_V12_FI_FAMILY = (
    "Laaksonen", "Räsänen", "Kettunen", "Pitkänen", "Salminen", "Turunen", "Kärkkäinen", "Mäkelä",
    "Väisänen", "Tikkanen", "Hyvönen", "Koivisto", "Jääskeläinen",
)  # fmt: skip
_V12_SAMI_GIVEN = (
    "Ánde", "Risten", "Máret", "Iŋgá",
)  # fmt: skip
_V12_SAMI_FAMILY = (
    "Somby", "Utsi", "Gaup", "Balto", "Eira",
)  # fmt: skip
_V12_IS_GIVEN = (
    "Sigurlaug", "Ásgeir", "Hallbera", "Þorgerður",
)  # fmt: skip
_V12_IS_FAMILY = (
    "Sigurðardóttir", "Jóhannsson", "Ólafsdóttir", "Hallgrímsson",
)  # fmt: skip
_V12_BALTIC_GIVEN = (
    "Stasys", "Genovaitė", "Kazimieras", "Ilgvars", "Aina", "Helju", "Tiiu", "Arvo", "Zenonas",
    "Elvyra", "Valdis", "Austra", "Ilmar", "Leida", "Endel",
)  # fmt: skip
_V12_BALTIC_FAMILY = (
    "Kazlauskienė", "Žukauskas", "Vaitkevičius", "Ozoliņa", "Kalniņš", "Liepiņa", "Mägi", "Sepp",
    "Rimkus", "Grigas", "Paulauskaitė", "Krūmiņš", "Saarepera", "Rebane", "Õunapuu",
)  # fmt: skip
_V12_CZ_GIVEN = (
    "Libuše", "Vlasta", "Miloslav", "Ludmila", "Jaroslav", "Blažena", "Drahomíra", "Květoslava",
    "Bedřich", "Vratislav", "Anežka", "Přemysl",
)  # fmt: skip
_V12_CZ_FAMILY = (
    "Svobodová", "Šťastný", "Pokorná", "Hrubý", "Vondráček", "Růžička", "Bartošová", "Zelenka",
    "Střelec",
)  # fmt: skip
_V12_HU_GIVEN = (
    "Gizella", "Sándor", "Jolán", "Tibor", "Etelka", "Irén", "Jenő", "Dezső", "Rozália",
    "Kálmán",
)  # fmt: skip
_V12_HU_FAMILY = (
    "Mészáros", "Szűcs", "Fehér", "Szalai", "Pintér", "Fodor", "Bognár", "Kerekes", "Rácz",
)  # fmt: skip
_V12_RO_GIVEN = (
    "Floarea", "Ionel", "Maricica", "Aurelia", "Gheorghița", "Viorica", "Ecaterina", "Petruța",
    "Costică",
)  # fmt: skip
_V12_RO_FAMILY = (
    "Ciobanu", "Bălănescu", "Zăvoianu", "Moldoveanu", "Lungu", "Țurcanu",
)  # fmt: skip
_V12_PT_GIVEN = (
    "Amélia", "Custódia", "Adelaide", "Glória", "Zulmira",
)  # fmt: skip
_V12_PT_FAMILY = (
    "Sampaio", "Queirós", "Lobato", "Cerqueira", "Bettencourt",
)  # fmt: skip
_V12_ES_GIVEN = (
    "Montserrat", "Mercè", "Jordi", "Itziar", "Koldo", "Nieves", "Inmaculada", "Purificación",
    "Arantxa", "Ramona",
)  # fmt: skip
_V12_ES_FAMILY = (
    "Casals", "Vilanova", "Garmendia", "Roig", "Bosch", "Iturralde", "Sabaté", "Arrizabalaga",
    "Olabarrieta", "Puigvert", "Riera", "Cardús", "Bertomeu",
)  # fmt: skip
_V12_IT_GIVEN = (
    "Carmine", "Efisio", "Tonino", "Addolorata", "Raffaela", "Ciro", "Gavino", "Bonaria",
    "Liberata", "Pasqualina",
)  # fmt: skip
_V12_IT_FAMILY = (
    "Pinna", "Sanna", "Piras", "Deiana", "Melis", "Cannavacciuolo", "Mastrangelo", "Cossu",
    "Porcu", "Murgia", "Quattrocchi",
)  # fmt: skip
_V12_FR_GIVEN = (
    "Odette", "Raymonde", "Paulette", "Fernand", "Ginette", "Marcelin", "Solange", "Léontine",
    "Célestin", "Eugénie",
)  # fmt: skip
_V12_FR_FAMILY = (
    "Rochat", "Favre", "Chappuis", "Lefebvre-Desnoëttes", "Jaccard", "Pittet", "Cuénod", "Monnier",
    "Grandjean", "Despond",
)  # fmt: skip
_V12_BALKAN_GIVEN = (
    "Fatmir", "Shpresa", "Bujar", "Ljiljana", "Dragica", "Zdravko",
)  # fmt: skip
_V12_BALKAN_FAMILY = (
    "Kelmendi", "Shala", "Zeqiri", "Jurić", "Radovanović", "Lukić", "Tomašević", "Kuzmanović",
    "Bajrami",
)  # fmt: skip
_V12_WORD_FAMILY = (
    "Faint", "Limb", "Graft", "Sleep", "Death", "Leach", "Gaunt", "Corns", "Crisp", "Chinn", "Dye",
    "Blanket", "Bath", "Lively", "Sorrell", "Fudge", "Tubbs",
)  # fmt: skip
_V12_DOUBLE_FAMILY = (
    "Fortescue-Brickdale", "Heathcote-Amory", "Montagu-Stuart", "Coutts-Trotter",
    "Blakiston-Houston",
)  # fmt: skip
_V12_EN_GIVEN = (
    "Dorcas", "Alastair", "Augusta", "Bathsheba", "Keziah", "Tabitha", "Hepzibah", "Ebenezer",
    "Valerie", "Pauline", "Shirley", "Brenda", "Maureen", "Florrie", "Aggie",
)  # fmt: skip
_V12_EN_FAMILY = _V12_WORD_FAMILY + _V12_DOUBLE_FAMILY + (
    "Attenborough", "Nettleship", "Sidebottom", "Thistlethwaite", "Bagshaw", "Oglethorpe",
    "Fotheringham", "Bellringer", "Wrigglesworth", "Fairbrother", "Goodenough", "Littlejohn",
    "Honeysett", "Pennefather", "Huckerby", "Braithwaite", "Sowter",
)  # fmt: skip
_V12_NZ_GIVEN = (
    "Hinewai", "Kahurangi", "Rangimarie", "Piripi",
)  # fmt: skip
_V12_NZ_FAMILY = (
    "Te Rangi", "Poutama", "Karaitiana", "Tawhai",
)  # fmt: skip
_V12_SCRIPT_NAMES = (
    (('Стоянка', 'Цветана', 'Христо', 'Живко', 'Должин'),
     ('Стоянова', 'Цонев', 'Миловановић', 'Ганбаатар')),
    (('Παρασκευή', 'Γαρυφαλλιά', 'Αριστείδης'),
     ('Κωνσταντόπουλος', 'Μαυρίδου', 'Ζαχαρόπουλος', 'Τσακίρη')),
    (('יהושע', 'רחל', 'צביקה', 'ישראל'),
     ('ויסמן', 'ברקוביץ', 'זילברמן', 'טרכטנברג')),
    (('الطاهر', 'زهرة'),
     ('بنعلي', 'العلوي', 'الإدريسي')),
    (('Գևորգ', 'Աստղիկ'),
     ('Մանուկյան', 'Զաքարյան', 'Չոբանյան', 'Ծատուրյան')),
    (('თეიმურაზ', 'სოსო'),
     ('მესხი', 'ცინცაძე', 'ბარათაშვილი')),
    (('पदम', 'धनमाया'),
     ('श्रेष्ठ', 'गुरुङ')),
    (('ចាន់ធី', 'សុភាព'),
     ('ស៊ុន', 'ឈឹម')),
    (('ຄຳພອນ', 'ແກ້ວ'),
     ('ສີສຸວັນ', 'ແສງດາລາ')),
    (('ခင်မြင့်', 'ဒေါ်ခင်', 'မောင်ဘ'),
     ('ဦးသိန်း', 'ဒေါ်မြ', 'ဦးထွန်း')),
    (('阿妹', '金枝'),
     ('賴', '謝', '鍾', '溫')),
    (('テル',),
     ('渡部', '菅原')),
    (('영자', '점순', '갑동'),
     ('봉', '탁', '곽', '제갈', '변')),
    (('ብርኽቲ', 'ተኽለ'),
     ('ገብረሂወት', 'ሃይለ')),
    (('வள்ளியம்மை', 'பெருமாள்'),
     ('நாயகர்', 'பழனிசாமி')),
    (('އާމިނަތު', 'މުޙައްމަދު'),
     ('ޙަސަން', 'އިބްރާހީމް')),
)  # fmt: skip
_V12_NORDIC_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V12_NORDIC_GIVEN, _V12_NORDIC_FAMILY),
    (_V12_FI_GIVEN, _V12_FI_FAMILY),
    (_V12_SAMI_GIVEN, _V12_SAMI_FAMILY),
    (_V12_IS_GIVEN, _V12_IS_FAMILY),
)
_V12_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V12_NL_GIVEN, _V12_NL_FAMILY),
    (_V12_DE_GIVEN, _V12_DE_FAMILY),
    *_V12_NORDIC_GROUPS,
    (_V12_BALTIC_GIVEN, _V12_BALTIC_FAMILY),
    (_V12_CZ_GIVEN, _V12_CZ_FAMILY),
    (_V12_HU_GIVEN, _V12_HU_FAMILY),
    (_V12_RO_GIVEN, _V12_RO_FAMILY),
    (_V12_PT_GIVEN, _V12_PT_FAMILY),
    (_V12_ES_GIVEN, _V12_ES_FAMILY),
    (_V12_IT_GIVEN, _V12_IT_FAMILY),
    (_V12_FR_GIVEN, _V12_FR_FAMILY),
    (_V12_BALKAN_GIVEN, _V12_BALKAN_FAMILY),
    (_V12_EN_GIVEN, _V12_EN_FAMILY),
    (_V12_NZ_GIVEN, _V12_NZ_FAMILY + _V12_WORD_FAMILY),
    *_V12_SCRIPT_NAMES,
)
V12_GIVEN = tuple(g for givens, _ in _V12_GROUPS for g in givens)
V12_FAMILY = tuple(dict.fromkeys(f for _, families in _V12_GROUPS for f in families))
V12_NICKNAMES = ("Fientje", "Bep", "Mimi", "Sissi", "Nonna", "Lolly", "Mausi", "Poppet")
# The groups a locale's forms draw their names from.
_V12_LOCALE_GROUPS = {
    "nl": (0,), "de": (1,), "nordic": (2, 3, 4, 5), "pt": (10,), "es": (11,), "it": (12,),
    "fr": (13,),
}  # fmt: skip

# Places by country: (town, postcode or its first part), streets, and the address's shape.
V12_PLACES = {
    "nl": (("Zwolle", "8011"), ("Leeuwarden", "8911"), ("Deventer", "7411"), ("Assen", "9401"),
           ("Helmond", "5701"), ("Emmen", "7811")),
    "be": (("Gent", "9000"), ("Hasselt", "3500"), ("Leuven", "3000"), ("Kortrijk", "8500")),
    "de": (("Münster", "48143"), ("Bielefeld", "33602"), ("Kassel", "34117"),
           ("Regensburg", "93047"), ("Rostock", "18055"), ("Görlitz", "02826")),
    "at": (("Graz", "8010"), ("Linz", "4020"), ("Innsbruck", "6020"), ("Klagenfurt", "9020")),
    "ch": (("Bern", "3011"), ("Luzern", "6003"), ("St. Gallen", "9000"), ("Chur", "7000")),
    "fr": (("Lyon", "69003"), ("Rennes", "35000"), ("Nancy", "54000"), ("Limoges", "87000")),
    "it": (("Cagliari", "09124"), ("Sassari", "07100"), ("Trento", "38122"), ("Perugia", "06121")),
    "es": (("Bilbao", "48001"), ("Girona", "17001"), ("Donostia", "20004"),
           ("Valladolid", "47001")),
    "pt": (("Braga", "4700"), ("Coimbra", "3000"), ("Viseu", "3500"), ("Aveiro", "3810")),
    "se": (("Uppsala", "753"), ("Umeå", "903"), ("Örebro", "702"), ("Luleå", "972")),
    "no": (("Trondheim", "7013"), ("Tromsø", "9008"), ("Bodø", "8006"), ("Stavanger", "4006")),
    "dk": (("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Esbjerg", "6700")),
    "fi": (("Tampere", "33100"), ("Oulu", "90100"), ("Turku", "20100"), ("Jyväskylä", "40100")),
    "uk": (("Norwich", "NR2"), ("Shrewsbury", "SY1"), ("Barnstaple", "EX31"), ("Kendal", "LA9"),
           ("Harrogate", "HG1"), ("Lowestoft", "NR32")),
    "scot": (("Aberdeen", "AB25"), ("Perth", "PH1"), ("Kirkcaldy", "KY1"), ("Dumfries", "DG1"),
             ("Stornoway", "HS1")),
    "nz": (("Whanganui", "4500"), ("Gisborne", "4010"), ("Timaru", "7910"),
           ("Invercargill", "9810")),
    "us": (("Duluth", "MN 558"), ("Burlington", "VT 054"), ("Bangor", "ME 044"),
           ("Missoula", "MT 598"), ("Lafayette", "IN 479")),
}  # fmt: skip
V12_STREETS = {
    "nl": ("Wilhelminastraat", "Thorbeckegracht", "Dokter Larijweg", "Zwanenbloemstraat"),
    "be": ("Kouter", "Sint-Pietersnieuwstraat", "Groenstraat", "Begijnhofdreef"),
    "de": ("Lindenstraße", "Am Kreuztor", "Hafenweg", "Wolbecker Straße"),
    "at": ("Hauptplatz", "Annenstraße", "Schörgelgasse", "Kärntner Straße"),
    "ch": ("Bahnhofstrasse", "Länggassstrasse", "Rosenbergstrasse", "Obere Gasse"),
    "fr": ("rue des Lilas", "avenue Jean-Jaurès", "chemin des Vignes", "place du Marché"),
    "it": ("Via Sonnino", "Corso Vittorio Emanuele", "Viale Trieste", "Via dei Mille"),
    "es": ("Calle Mayor", "Kale Nagusia", "Carrer de la Força", "Avenida de Madrid"),
    "pt": ("Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Largo da Sé"),
    "se": ("Storgatan", "Kungsgatan", "Svartbäcksgatan", "Björkvägen"),
    "no": ("Kirkegata", "Munkegata", "Storgata", "Bakklandet"),
    "dk": ("Nørregade", "Vestergade", "Skovvej", "Bispensgade"),
    "fi": ("Hämeenkatu", "Kauppurienkatu", "Koivukuja", "Puistokatu"),
    "uk": ("Unthank Road", "Wyle Cop", "Boutport Street", "Stricklandgate", "Valley Drive"),
    "scot": ("Union Grove", "Craigie Street", "Links Street", "Lovers Walk", "Bayhead"),
    "nz": ("Guyton Street", "Gladstone Road", "Stafford Street", "Dee Street"),
    "us": ("Superior St", "Pearl St", "Hammond St", "Higgins Ave", "Ferry St"),
}  # fmt: skip
V12_CARE = (
    "Woonzorgcentrum De Wilgenhof", "Seniorenzentrum Haus am Park", "EHPAD Les Glycines",
    "RSA Villa Serena", "Residencia Los Almendros", "Lar de Santa Marta",
    "Björkbackens vård- och omsorgsboende", "Tunsberg sykehjem", "Plejecentret Solbakken",
    "Craigellachie Care Home", "Rata Court Rest Home", "The Beeches Nursing Home, Kendal",
)  # fmt: skip
V12_GP = (
    "Bowthorpe Health Centre, Norwich", "Marine Medical Practice, Lowestoft",
    "Denburn Medical Practice, Aberdeen", "Taybank Medical Centre, Perth",
    "Castlegate Surgery, Shrewsbury",
)  # fmt: skip
V12_PHARMACIES = (
    "Boots, Gentleman's Walk, Norwich", "Kendal Late Night Pharmacy", "Hillside Pharmacy, Perth",
)  # fmt: skip
V12_INSTITUTIONS = (
    "Isala Zwolle", "Medisch Centrum Leeuwarden", "UZ Gent", "Universitätsklinikum Münster",
    "LKH-Univ. Klinikum Graz", "Inselspital Bern", "Kantonsspital St. Gallen", "CHU de Rennes",
    "Hospices Civils de Lyon", "Ospedale Brotzu", "Hospital Universitario Cruces",
    "Hospital de Braga", "Akademiska sjukhuset", "St. Olavs hospital",
    "Aarhus Universitetshospital", "Tays Keskussairaala", "Aberdeen Royal Infirmary",
    "Norfolk and Norwich University Hospital", "Royal Shrewsbury Hospital", "Whanganui Hospital",
    "Westmorland General Hospital",
)  # fmt: skip

# Clinical sentences: the v12 family names as plain words (faint, limb, graft, sleep, death,
# gaunt, corns, crisp, dye, blanket, bath, lively), eponyms, scores and drug names, and numbers
# that are not PHI but look a little like identifiers, dates or ages: follow-up intervals
# written as fractions (3/52, 6/12), blood pressures, visual acuities, levels of the spine,
# scores out of a total, counts, doses, codes and values of 90 and more with their units.
V12_EPONYM = (
    "Faint ejection systolic murmur 2/6 at the right sternal edge; aortic valve area 0.9 cm2, "
    "mean gradient 41 mmHg.",
    "Left lower limb: ABPI 0.42, toe pressure 28 mmHg; Rutherford category 5.",
    "Split-thickness skin graft 6 x 4 cm to the shin with 95% take on day 5.",
    "Sleep study: AHI 38 events/h, nadir SpO2 76%, ODI 41; CPAP set at 9 cmH2O.",
    "Risk of sudden cardiac death 2.1% at 5 years; QRS 164 ms, LVEF 30%.",
    "Gaunt and cachectic: BMI 15.8 kg/m2, weight 38.4 kg from 46 kg; MUST 3.",
    "Corns over the 2nd and 5th toes pared by podiatry; monofilament felt at 6/10 sites.",
    "Crisp fat planes around the pancreas; CA 19-9 1,240 U/mL and CEA 12.6 ug/L.",
    "Contrast dye: 80 mL of iohexol 350; eGFR 34 mL/min/1.73m2 before and 29 at 48 h.",
    "Warming blanket for a core temperature of 34.6; rewarmed to 36.2 over 3 hours.",
    "Bed bath given; category 2 pressure ulcer 1.5 x 1.0 cm on the left heel.",
    "Lively reflexes 3+ with 4 beats of ankle clonus; Babinski sign present; B12 98 ng/L.",
    "Review in 3/52 with bloods, repeat echo in 6/12, anticoagulation for 3/12 then stop.",
    "BP 148/92 lying and 118/70 standing at 3 minutes; HR 72 to 88; drop of 30/22.",
    "Visual acuity 6/60 right and 6/18 left; IOP 24 and 19 mmHg; cup-disc ratio 0.8 and 0.6.",
    "Audiogram: 65 dB loss at 4 kHz bilaterally; speech discrimination 72% at 90 dB.",
    "MMSE 18/30, MoCA 14/30, clock drawing 2/5; Fazekas 2 with MTA score 3.",
    "Tinetti 12/28, Timed Up and Go 31 seconds, 6-minute walk 145 m with a 4-wheeled walker.",
    "Breslow thickness 2.4 mm, Clark level IV, 3 mitoses/mm2, margins 4 mm and 6 mm; pT3a.",
    "Gleason 4+3=7, Grade Group 3, in 5 of 12 cores; PSA 104 ng/mL; 2 nodes on PSMA PET.",
    "Invasive ductal carcinoma, grade 2, 23 mm; ER 8/8, PR 6/8, HER2 1+, Ki-67 18%; 2/14 nodes.",
    "pT2 pN1a (3/14) M0 adenocarcinoma of the sigmoid colon, 45 mm; CRM 1.2 mm; KRAS G12D.",
    "5.8 cm infrarenal aortic aneurysm with 12 mm of mural thrombus; DLP 912 mGy*cm, CTDIvol "
    "14.3 mGy.",
    "MRI at 1.5 T: T11/T12 wedge fracture with 40% height loss; L4-L5 canal 8 mm; C5-C6 "
    "disc-osteophyte complex.",
    "BI-RADS 4A mass at 10 o'clock, 14 mm, 6 cm from the nipple; Tyrer-Cuzick risk 3.2%.",
    "ECG: sinus rhythm 58 bpm, PR 242 ms, QRS 132 ms with LBBB, QTc 486 ms; CHA2DS2-VASc 6, "
    "HAS-BLED 3.",
    "NIHSS 14 at 10:42; alteplase 0.9 mg/kg, 54 mg in total; door to needle 38 minutes; mRS 4 "
    "at day 90.",
    "Hb 91 g/L, MCV 104 fL, platelets 92 x 10^9/L, ferritin 1,204 ug/L, folate 2.1 ug/L.",
    "INR 3.8 on warfarin 4 mg; target 2.5; one dose held, then 3 mg daily; recheck in 5 days.",
    "Heparin 25,000 units in 50 mL at 1.4 mL/h; APTT ratio 2.1 at 6 hours.",
    "Graves disease: TSH 0.03 mU/L, free T4 38.2 pmol/L, TRAb 9.4 IU/L; carbimazole 20 mg.",
    "Sodium 121 mmol/L, urea 18.4, creatinine 212 umol/L (baseline 104), potassium 5.6.",
    "Gentamicin 5 mg/kg = 240 mg once daily; level 1.2 mg/L at 18 hours; 7 days planned.",
    "Syringe driver: morphine 10 mg and midazolam 10 mg over 24 h; PRN doses at most 6 in 24 h.",
    "Fluid balance +1,850 mL over 24 h; urine 0.4 mL/kg/h; weight up 2.3 kg to 61.7 kg.",
    "Seldinger chest drain 28 Fr in the 5th intercostal space; 1,100 mL drained; pleural pH "
    "7.21, LDH 1,406 U/L.",
    "IDDSI level 5 minced and moist diet with level 1 slightly thick fluids; Waterlow 18.",
    "Coded as ICD-10 S72.00 and I48.9; Charlson index 7; length of stay 19 days.",
    "NG feed 1,200 kcal over 16 h at 75 mL/h via a 12 Fr tube; aspirate pH 4.5 at 55 cm.",
    "Cockcroft-Gault clearance 24 mL/min at 47 kg; apixaban 2.5 mg twice daily (Eliquis).",
)  # fmt: skip

_V12_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}  # fmt: skip
_V12_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_V12_TEENS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_V12_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
             8: "eighty", 9: "ninety"}  # fmt: skip


def _v12_words(n: int) -> str:
    """A number from 1 to 99 in words."""
    if n < 20:
        return _V12_TEENS[n]
    tens, unit = divmod(n, 10)
    return _V12_TENS[tens] + (f"-{_V12_TEENS[unit]}" if unit else "")


def _v12_ordinal(n: int) -> str:
    """An ordinal from 1 to 99 in words ("thirty-first")."""
    if n <= 20:
        return _V12_ORDINALS[n - 1]
    tens, unit = divmod(n, 10)
    if not unit:
        return _V12_TENS[tens][:-1] + "ieth"
    return f"{_V12_TENS[tens]}-{_V12_ORDINALS[unit - 1]}"


def _v12_person(rng: random.Random) -> tuple[str, str]:
    """A given and a family name, most of the time of one culture, always of one script."""
    given = rng.choice(V12_GIVEN)
    families = _V12_GROUPS[_V12_GROUP_OF[given]][1]
    if rng.random() < 0.1:  # a marriage or a migration: another culture of the same script
        families = _V12_FAMILY_BY_SCRIPT[_v8_script(given)]
    return given, rng.choice(families)


_V12_GROUP_OF = {g: i for i, (givens, _) in enumerate(_V12_GROUPS) for g in givens}
_V12_FAMILY_BY_SCRIPT: dict[str, tuple[str, ...]] = {}
for _family in V12_FAMILY:
    _script = _v8_script(_family)
    _V12_FAMILY_BY_SCRIPT[_script] = (*_V12_FAMILY_BY_SCRIPT.get(_script, ()), _family)


def _v12_latin(rng: random.Random) -> tuple[str, str]:
    """A name in Latin letters, as a clinician's or a relative's name in a European note."""
    while True:
        given, family = _v12_person(rng)
        if _v8_script(given) == "LATIN":
            return given, family


def _v12_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in _V12_LOCALE_GROUPS:
        i = rng.choice(_V12_LOCALE_GROUPS[style])
        givens, families = _V12_GROUPS[i]
        given, family = rng.choice(givens), rng.choice(families)
        second = rng.choice([g for g in givens if g != given] or [given])
        if style == "nl":  # initials, a married name before the maiden name
            other = rng.choice([f for f in families if f != family] or [family])
            return rng.choice(
                (
                    f"{given[0]}.{second[0]}. {family}",
                    f"{family}-{other}",
                    f"{given} {family}",
                    f"{given[0]}. {family}-{other}",
                    f"{family}, {given[0]}.{second[0]}.",
                )
            )
        if style == "de":
            return rng.choice(
                (f"{given} {family}", f"{family}, {given}", f"{family.upper()} {given}",
                 f"{given} {second} {family}", f"{given[0]}. {family}")
            )  # fmt: skip
        if style == "fr":  # NOM Prénom, and the birth name after "née"
            other = rng.choice([f for f in families if f != family] or [family])
            return rng.choice(
                (f"{family.upper()} {given}", f"{given} {family}", f"{given} {family} née {other}",
                 f"{family.upper()} {given}-{second}")
            )  # fmt: skip
        if style == "es":  # two family names
            other = rng.choice([f for f in families if f != family] or [family])
            return rng.choice(
                (f"{given} {family} {other}", f"{family} {other}, {given}",
                 f"{given} {family}-{other}", f"{family.upper()} {other.upper()}, {given}")
            )  # fmt: skip
        if style == "pt":
            other = rng.choice([f for f in families if f != family] or [family])
            return rng.choice((f"{given} {second} {other} {family}", f"{given} {family}"))
        if style == "it":
            return rng.choice((f"{family.upper()} {given}", f"{given} {family}"))
        return rng.choice((f"{given} {family}", f"{family}, {given}", f"{given} {family}".upper()))
    if style in ("sig", "board", "initials", "given", "family", "familyu", "spelled", "user"):
        if style in ("sig", "board", "initials", "spelled", "user") or rng.random() < 0.85:
            given, family = _v12_latin(rng)
        else:
            given, family = _v12_person(rng)
        initial = _v9_initial(family)
        if style == "sig":
            return rng.choice(
                (
                    f"{given} {family}",
                    f"{given[0]}. {family}",
                    f"{given[0]}.{rng.choice(up)}. {family}",
                    f"{family} {given[0]}",
                    f"{family}, {given}",
                )
            )
        if style == "board":
            return rng.choice(
                (f"{family.upper()}, {given[0]}", f"{family} {given[0]}.", f"{given[0]}. {family}")
            )
        if style == "initials":
            letters = f"{given[0]}{initial}"
            return rng.choice((letters, letters.lower(), f"{given[0]}.{initial}."))
        if style == "spelled":  # dictation: a family name letter by letter
            plain = "".join(c for c in _v8_ascii(family).upper() if c.isalpha())
            return rng.choice(("-".join(plain), " ".join(plain)))
        if style == "user":  # a login made of the name
            g, f = _v8_ascii(given), _v8_ascii(family)
            return rng.choice((f"{g[0]}{f}", f"{g}.{f}", f"{f}{g[0]}{rng.randrange(1, 9)}"))
        if style == "given":
            return given
        if style == "family":
            return family
        return _v11_up(family)
    given, family = _v12_person(rng)
    latin = _v8_script(given) == "LATIN"
    if style == "caps":
        return _v11_up(f"{family}, {given}" if rng.random() < 0.5 else f"{given} {family}")
    if style == "comma":
        return f"{family}, {given}"
    if style == "label":
        return rng.choice(
            (
                f"{_v11_up(family)}, {given}",
                f"{family}, {given}",
                f"{_v11_up(family)} {given}",
                f"{family.upper()}, {given} ({rng.choice(V12_NICKNAMES)})" if latin else family,
            )
        )
    if style == "pn":
        text = f"{family}^{given}" + (f"^{rng.choice(up)}" if latin and rng.random() < 0.3 else "")
        return _v11_up(text) if rng.random() < 0.5 else text
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    script = _v8_script(given)
    if script in ("HAN", "HANGUL"):
        return f"{family}{given}" if rng.random() < 0.6 else f"{family} {given}"
    if not latin:
        return f"{given} {family}" if rng.random() < 0.7 else f"{family} {given}"
    r = rng.random()
    if r < 0.36:
        return f"{given} {family}"
    if r < 0.44:
        return f"{family}, {given}"
    if r < 0.48:
        return f"{family.upper()}, {given}"
    if r < 0.52:
        return f"{given[0]}. {family}"
    if r < 0.56:
        return f"{given} {family.upper()}"
    if r < 0.59:
        return f"{given} {family}".upper()
    if r < 0.62:
        return f"{given} {family}".lower()
    if r < 0.66:  # double-barrelled
        other = rng.choice([f for f in _V12_FAMILY_BY_SCRIPT["LATIN"] if " " not in f])
        return f"{given} {family}-{other}" if " " not in family else f"{given} {family}"
    if r < 0.70:
        middle = rng.choice([g for g in _V12_GROUPS[_V12_GROUP_OF[given]][0] if g != given])
        return f"{given} {middle} {family}"
    if r < 0.75:
        return family
    if r < 0.78:
        return f"{given[0]}.{rng.choice(up)}. {family}"
    if r < 0.81:
        return f"{family} {given[0]}{rng.choice(up)}"
    if r < 0.84:
        return f"{given} ({rng.choice(V12_NICKNAMES)}) {family}"
    if r < 0.88:
        return f"{given} {_v9_initial(family)}."
    if r < 0.92:
        return f"{family} {given}"
    if r < 0.96:
        return f"{family.lower()}, {given.lower()}"
    return f"{given[0]}. {rng.choice(up)}. {family.upper()}"


def _v12_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    if style == "y":
        return rng.choice((f"{n} yrs", f"{n} years", f"{n}y", f"{n} y/o", f"{n}-year-old"))
    if style == "as":  # DICOM age string
        return f"{n:03d}Y"
    if style == "ord":  # a birthday
        suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        if n < 100:
            words = f"ninety-{_v12_ordinal(n - 90)}" if n > 90 else "ninetieth"
        else:
            words = "hundredth" if n == 100 else f"hundred and {_v12_ordinal(n - 100)}"
        return rng.choice((f"{n}{suffix}", words))
    if style:
        raise ValueError(f"unknown AGE shape {style!r}")
    return str(n)


def _v12_date(rng: random.Random, style: str) -> str:
    born = style in ("dob", "ukdob", "usdob", "isob", "da", "words") or (
        not style and rng.random() < 0.25
    )
    if born:
        d = date(1912, 1, 1) + timedelta(days=rng.randrange(365 * 24))
    else:
        d = date(2010, 1, 1) + timedelta(days=rng.randrange(365 * 17))
    y, m, dd = d.year, d.month, d.day
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    month, mon, wkd = _V8_MONTHS[m - 1], _V8_MONTHS[m - 1][:3], _V10_WEEKDAYS[d.weekday()]
    eu = (
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd}.{m}.{y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{dd:02d}",
    )
    uk = (f"{dd:02d}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{dd} {month} {y}", f"{dd:02d}-{mon}-{y}")
    us = (f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{mon} {dd}, {y}", f"{month} {dd}, {y}")
    shapes: tuple[str, ...]
    if not style:
        shapes = rng.choice((eu, uk, us))
    elif style in ("eu", "dob"):
        shapes = eu
    elif style in ("uk", "ukdob"):
        shapes = uk
    elif style in ("us", "usdob"):
        shapes = us
    elif style in ("de", "fr", "nl", "es", "it"):
        name = _V12_MONTHS[style][m - 1]
        shapes = {
            "de": (f"{dd}. {name} {y}", f"{dd:02d}.{m:02d}.{y}"),
            "fr": (f"{dd} {name} {y}", f"{dd:02d}/{m:02d}/{y}"),
            "nl": (f"{dd} {name} {y}", f"{dd}-{m}-{y}"),
            "es": (f"{dd} de {name} de {y}", f"{dd:02d}/{m:02d}/{y}"),
            "it": (f"{dd} {name} {y}", f"{dd:02d}/{m:02d}/{y}"),
        }[style]
    elif style == "stamp":
        shapes = (
            f"{dd:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
            f"{dd:02d}-{m:02d}-{y} {hh:02d}:{mi:02d}",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}",
        )
    elif style == "ukstamp":
        shapes = (f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}", f"{dd} {mon} {y}, {hh:02d}{mi:02d}")
    elif style == "email":
        zone = rng.choice(("+0000", "+0100", "+0200"))
        shapes = (
            f"{wkd[:3]}, {dd} {mon} {y} {hh:02d}:{mi:02d}:{ss:02d} {zone}",
            f"{wkd}, {dd} {month} {y} {hh:02d}:{mi:02d}",
            f"{dd} {month} {y} at {hh:02d}:{mi:02d}",
        )
    elif style == "log":
        shapes = (
            f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randrange(1000):03d}Z",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d},{rng.randrange(1000):03d}",
        )
    elif style == "short":
        shapes = (f"{wkd[:3]} {dd} {mon}", f"{dd}/{m}", f"{dd:02d}.{m:02d}.", f"{wkd} {dd} {month}")
    elif style == "my":
        shapes = (f"{month} {y}", f"{mon} {y}", f"{m:02d}/{y}")
    elif style == "words":  # dictated
        year = f"nineteen {_v12_words(y % 100)}"
        shapes = (
            f"the {_v12_ordinal(dd)} of {month} {year}",
            f"{month} the {_v12_ordinal(dd)}, {year}",
            f"{_v12_ordinal(dd)} {month} {year}",
        )
    elif style == "hl7":
        shapes = (
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}",
            f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}",
        )
    elif style == "da":
        shapes = (f"{y}{m:02d}{dd:02d}",)
    elif style in ("iso", "isob"):
        shapes = (f"{y}-{m:02d}-{dd:02d}",)
    else:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes)


def _v12_postcode(rng: random.Random, country: str, first: str) -> str:
    """A postcode of ``country`` that begins as ``first`` (a town's postcode or its district)."""
    if country == "nl":
        return f"{first} {_v8_letters(rng, 2)}"
    if country in ("uk", "scot"):
        return f"{first} {rng.randrange(10)}{_v8_letters(rng, 2)}"
    if country == "se":
        return f"{first} {_digits(rng, 2)}"
    if country == "pt":
        return f"{first}-{_digits(rng, 3)}"
    if country == "us":
        return f"{first[:3]}{first[3:]}{_digits(rng, 2)}"
    return first


def _v12_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(1, 200)
    countries = tuple(V12_PLACES)
    if not style:
        style = rng.choice((*countries, "uk", "city", "inst"))
    part = ""
    for suffix in ("line", "pc", "city"):
        if style.endswith(suffix) and style[: -len(suffix)] in V12_PLACES:
            style, part = style[: -len(suffix)], suffix
    if style in V12_PLACES:
        town, first = rng.choice(V12_PLACES[style])
        street = rng.choice(V12_STREETS[style])
        pc = _v12_postcode(rng, style, first)
        if style == "us":
            state, pc = first[:2], _v12_postcode(rng, style, first[3:])
        line = {
            "nl": f"{street} {n}",
            "be": f"{street} {n} bus {rng.randrange(1, 20)}",
            "de": f"{street} {n}",
            "at": f"{street} {n}/{rng.randrange(1, 9)}/{rng.randrange(1, 30)}",
            "ch": f"{street} {n}",
            "fr": f"{n}{rng.choice(('', '', ' bis'))}, {street}",
            "it": f"{street} {n}",
            "es": f"{street} {n}, {rng.randrange(1, 9)}º {rng.randrange(1, 5)}ª",
            "pt": f"{street} {n}, {rng.randrange(1, 9)}º {rng.choice(('Esq.', 'Dto.'))}",
            "se": f"{street} {n}",
            "no": f"{street} {n}",
            "dk": f"{street} {n}, {rng.randrange(1, 6)}. {rng.choice(('th.', 'tv.', 'mf.'))}",
            "fi": f"{street} {n} {rng.choice('ABC')} {rng.randrange(1, 40)}",
            "uk": f"{n} {street}",
            "scot": f"{n} {street}",
            "nz": f"{n} {street}",
            "us": f"{n * 10 + rng.randrange(10)} {street}",
        }[style]
        if part == "line":
            return line
        if part == "pc":
            return pc
        if part == "city":
            return town
        if style in ("uk", "scot", "nz"):
            return rng.choice((f"{line}, {town} {pc}", f"{line}\n{town}\n{pc}", f"{town}, {pc}"))
        if style == "us":
            return rng.choice((f"{line}, {town}, {state} {pc}", f"{town}, {state} {pc}"))
        if style == "ch":
            return rng.choice((f"{line}, {pc} {town}", f"{line}, CH-{pc} {town}"))
        return rng.choice((f"{line}, {pc} {town}", f"{line}\n{pc} {town}", f"{line}, {town}"))
    if style == "city":
        return rng.choice(V12_PLACES[rng.choice(countries)])[0]
    if style == "inst":
        return rng.choice(V12_INSTITUTIONS)
    if style == "care":
        return rng.choice(V12_CARE)
    if style == "gp":
        return rng.choice(V12_GP)
    if style == "pharmacy":
        return rng.choice(V12_PHARMACIES)
    if style == "hl7":
        town, first = rng.choice(V12_PLACES["nl"])
        street = rng.choice(V12_STREETS["nl"])
        return f"{street} {n}^^{town}^^{_v12_postcode(rng, 'nl', first)}^NL"
    if style == "prose":
        country = rng.choice(("uk", "nl", "de", "no", "nz"))
        town = rng.choice(V12_PLACES[country])[0]
        street = rng.choice(V12_STREETS[country])
        return rng.choice(
            (
                f"the flat above the bakery on {street} in {town}",
                f"her son's farm {rng.randrange(3, 40)} km outside {town}",
                f"a houseboat moored on {street}, {town}",
                f"the end cottage of {street}, {town}",
            )
        )
    raise ValueError(f"unknown GEO shape {style!r}")


def _v12_phone(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    def g(*sizes: int) -> str:
        return " ".join(d(k) for k in sizes)

    area, exch = f"{rng.randrange(201, 990)}", f"{rng.randrange(200, 999)}"
    shapes = {
        "nl": (f"06-{d(8)}", f"+31 6 {g(4, 4)}", f"038-{d(7)}", f"(058) {g(3, 4)}"),
        "be": (f"+32 9 {g(3, 2, 2)}", f"04{d(2)} {g(2, 2, 2)}", f"011 {g(2, 2, 2)}"),
        "de": (f"0251 {d(7)}", f"+49 521 {d(3)}-{d(4)}", f"0171 {d(7)}", f"(0561) {d(6)}"),
        "at": (f"+43 316 {d(6)}", f"0664 {d(7)}", f"0732/{d(6)}"),
        "ch": (f"+41 31 {g(3, 2, 2)}", f"079 {g(3, 2, 2)}", f"071 {g(3, 2, 2)}"),
        "fr": (f"0{rng.choice('2456')} {g(2, 2, 2, 2)}", f"+33 6 {g(2, 2, 2, 2)}"),
        "it": (f"+39 070 {d(6)}", f"3{d(2)} {g(3, 4)}", f"079 {d(6)}"),
        "es": (f"+34 94{d(1)} {g(2, 2, 2)}", f"6{d(2)} {g(2, 2, 2)}"),
        "pt": (f"+351 253 {g(3, 3)}", f"9{d(2)} {g(3, 3)}"),
        "se": (f"018-{g(3, 2, 2)}", f"+46 70 {g(3, 2, 2)}", f"070-{g(3, 2, 2)}"),
        "no": (f"+47 {g(2, 2, 2, 2)}", f"9{d(2)} {g(2, 3)}"),
        "dk": (f"+45 {g(2, 2, 2, 2)}", g(2, 2, 2, 2)),
        "fi": (f"+358 40 {g(3, 4)}", f"040 {g(3, 4)}", f"(03) {g(3, 4)}"),
        "uk": (f"01603 {d(6)}", f"07{d(3)} {d(6)}", f"+44 1224 {d(6)}", f"(01539) {d(6)}"),
        "nz": (f"(06) 3{d(2)} {d(4)}", f"021 {g(3, 4)}", f"+64 6 {g(3, 4)}"),
        "us": (f"({area}) {exch}-{d(4)}", f"{area}-{exch}-{d(4)}", f"{area}.{exch}.{d(4)}"),
        "e164": (f"+316{d(8)}", f"+49251{d(7)}", f"+447{d(9)}", f"+4179{d(7)}"),
        "hl7": (f"+316{d(8)}", f"038{d(7)}", f"06{d(8)}"),
        "mobile": (f"+31 6 {g(4, 4)}", f"07{d(3)} {d(6)}", f"+49 171 {d(7)}", f"021 {g(3, 4)}"),
    }
    if not style:
        style = rng.choice(("nl", "be", "de", "at", "ch", "fr", "it", "es", "pt", "se", "no",
                            "dk", "fi", "uk", "uk", "nz", "us"))  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    return rng.choice(shapes[style])


def _v12_mod11(rng: random.Random, weights: tuple[int, ...], first: str = "") -> str:
    """Digits and a modulus-11 check digit (as a Portuguese tax number has)."""
    while True:
        body = first + _digits(rng, len(weights) - len(first))
        total = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
        check = (11 - total) % 11
        if check < 10:
            return body + str(check)


def _v12_luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        dig = int(ch) * (2 if i % 2 == 0 else 1)
        total += dig - 9 if dig > 9 else dig
    return str((10 - total % 10) % 10)


def _v12_iban(rng: random.Random) -> str:
    country, bban = rng.choice(
        (
            ("NL", rng.choice(("ABNA", "RABO", "INGB", "SNSB")) + _digits(rng, 10)),
            ("DE", _digits(rng, 18)),
            ("BE", _digits(rng, 12)),
            ("CH", _digits(rng, 17)),
            ("GB", rng.choice(("NWBK", "BARC", "LOYD")) + _digits(rng, 14)),
        )
    )
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    text = f"{country}{98 - int(number) % 97:02d}{bban}"
    return text if rng.random() < 0.4 else " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _v12_id(rng: random.Random, style: str) -> str:
    """A national identity number of the country ``style`` names."""
    born = date(1912, 1, 1) + timedelta(days=rng.randrange(365 * 24))
    dd, mm, yy = f"{born.day:02d}", f"{born.month:02d}", f"{born.year % 100:02d}"
    d = _digits
    if style == "bsn":
        return _v12_bsn(rng)
    if style == "ahv":
        body = "756" + d(rng, 9)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        num = body + str((10 - total % 10) % 10)
        return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}"
    if style == "se":  # personnummer; "+" once a person is a hundred
        serial = d(rng, 3)
        check = _v12_luhn(f"{yy}{mm}{dd}{serial}")
        if rng.random() < 0.5:
            return f"{born.year}{mm}{dd}-{serial}{check}"
        return f"{yy}{mm}{dd}{'+' if born.year <= 1926 else '-'}{serial}{check}"
    if style == "no":
        while True:
            base = f"{dd}{mm}{yy}{rng.randrange(0, 500):03d}"
            w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
            k1 = (11 - sum(int(c) * w for c, w in zip(base, w1, strict=True)) % 11) % 11
            if k1 == 10:
                continue
            k2 = (11 - sum(int(c) * w for c, w in zip(base + str(k1), w2, strict=True)) % 11) % 11
            if k2 < 10:
                num = f"{base}{k1}{k2}"
                return num if rng.random() < 0.6 else f"{num[:6]} {num[6:]}"
    if style == "dk":
        return f"{dd}{mm}{yy}-{d(rng, 4)}"
    if style == "fi":
        serial = f"{rng.randrange(2, 900):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd}{mm}{yy}{serial}") % 31]
        return f"{dd}{mm}{yy}-{serial}{check}"
    if style == "be":
        serial = f"{rng.randrange(1, 998):03d}"
        check = 97 - int(f"{yy}{mm}{dd}{serial}") % 97
        return f"{yy}.{mm}.{dd}-{serial}.{check:02d}"
    if style == "fr":
        body = f"{rng.choice('12')}{yy}{mm}{rng.randrange(1, 96):02d}{d(rng, 3)}{d(rng, 3)}"
        key = 97 - int(body) % 97
        return rng.choice(
            (
                f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}",
                f"{body}{key:02d}",
            )
        )
    if style == "it":
        letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        day = born.day + rng.choice((0, 40))
        town = f"{rng.choice('ABCDEFGHLM')}{d(rng, 3)}"
        return f"{letters}{yy}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{town}{rng.choice(_V8_UP)}"
    if style == "es":
        num = rng.randrange(10**7, 10**8)
        return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"
    if style == "pt":
        return _v12_mod11(rng, (9, 8, 7, 6, 5, 4, 3, 2), rng.choice("12"))
    if style == "at":
        return f"{rng.randrange(1000, 9999)} {dd}{mm}{yy}"
    if style == "us":
        return rng.choice(
            (
                f"{rng.randrange(100, 900)}-{d(rng, 2)}-{d(rng, 4)}",
                f"{rng.randrange(100, 900)}{d(rng, 6)}",
            )
        )
    raise ValueError(f"unknown SSN shape {style!r}")


def _v12_bsn(rng: random.Random) -> str:
    """A Dutch citizen service number that passes the eleven test."""
    while True:
        digits = _digits(rng, 8)
        total = sum(int(c) * w for c, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if total < 10 and digits[0] != "0":
            return digits + str(total)


def _v12_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v12 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        """The shape ``style`` names; without one, any of them."""
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        return rng.choice(shapes[style or rng.choice(list(shapes))])

    if kind == "NAME":
        return _v12_name(rng, style)
    if kind == "AGE":
        return _v12_age(rng, style)
    if kind == "DATE":
        return _v12_date(rng, style)
    if kind == "GEO":
        return _v12_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v12_phone(rng, style)
    if kind == "EMAIL":
        given, family = _v12_latin(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        if style == "work":
            return rng.choice(
                (f"{g}.{f}@nnuh.nhs.uk", f"{g}.{f}@isala.nl", f"{f}@ukmuenster.de",
                 f"{g[0]}.{f}@chu-rennes.fr", f"{g}.{f}@nhs.scot", f"{g}.{f}@insel.ch")
            )  # fmt: skip
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        domain = rng.choice(
            ("ziggo.nl", "kpnmail.nl", "t-online.de", "gmx.at", "bluewin.ch", "orange.fr",
             "libero.it", "telia.com", "online.no", "btinternet.com", "xtra.co.nz", "skynet.be")
        )  # fmt: skip
        return rng.choice(
            (f"{g}.{f}@{domain}", f"{f}{rng.randrange(10, 99)}@{domain}", f"{g[0]}{f}@{domain}",
             f"oma.{f}@{domain}", f"{f}.{g}{rng.randrange(1912, 1937)}@{domain}")
        )  # fmt: skip
    if kind == "SSN":
        if not style:
            style = rng.choice(("us", "bsn", "ahv", "se", "no", "dk", "fi", "be", "fr", "it", "es"))
        return _v12_id(rng, style)
    if kind == "MRN":
        mrn = {
            "": (d(7), d(8), f"{d(3)}-{d(3)}-{d(1)}", f"P{d(8)}", f"{d(10)}"),
            "uk": (f"{rng.choice(up)}{d(6)}", f"RCB{d(7)}", f"{d(7)}{rng.choice(up)}"),
            "us": (d(8), f"E{d(7)}", f"{d(3)}-{d(2)}-{d(2)}"),
            "fr": (d(10), f"8{d(9)}"),
            "nl": (d(7), f"{d(3)}.{d(3)}.{d(1)}"),
        }
        if style and style not in mrn:
            raise ValueError(f"unknown MRN shape {style!r}")
        return rng.choice(mrn[style])
    if kind == "HEALTH_PLAN":
        born = date(1912, 1, 1) + timedelta(days=rng.randrange(365 * 24))
        chi = _v12_mod11(rng, (10, 9, 8, 7, 6, 5, 4, 3, 2), f"{born:%d%m%y}")
        nhs = _v11_nhs(rng)
        plans = {
            "nhs": (f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs),
            "chi": (chi, f"{chi[:6]} {chi[6:]}"),
            "nhi": (f"{letters(3)}{d(4)}", f"{letters(3)}{d(2)}{letters(2)}"),
            "kvnr": (f"{rng.choice(up)}{d(9)}",),
            "ch": (f"807560{d(14)}", f"80756 {d(5)} {d(5)} {d(5)}"),
            "mbi": (_v11_value("HEALTH_PLAN", rng, "mbi"),),
            "es": (f"{letters(4)}{d(12)}", f"{letters(4)} {d(6)} {d(2)}"),
            "pt": (d(9), f"{d(3)} {d(3)} {d(3)}"),
            "": (f"{letters(3)}{d(9)}", f"ZK{d(9)}", f"{d(20)}", f"{d(9)}"),
        }
        if style and style not in plans:
            raise ValueError(f"unknown HEALTH_PLAN shape {style!r}")
        return rng.choice(plans[style])
    if kind == "ACCOUNT":
        yy = rng.randrange(10, 27)
        if style == "iban":
            return _v12_iban(rng)
        return pick(
            {
                "acc": (f"RAD{d(8)}", f"{yy}{d(7)}", f"CR-{yy}-{d(6)}"),
                "path": (f"H{yy}-{d(5)}", f"B/{yy}/{d(5)}", f"T{yy}.{d(5)}"),
                "lab": (f"{d(10)}", f"L{yy}{d(6)}", f"{yy}-{d(6)}-{d(2)}"),
                "case": (d(9), d(10), f"{yy}{d(6)}"),
                "inc": (f"INC-20{yy}-{d(6)}", f"W{d(6)}", f"DATIX {d(6)}"),
                "order": (f"ORD{d(9)}", f"{d(8)}^LAB"),
                "appt": (f"A{d(7)}", f"{letters(3)}-{d(5)}"),
                "invoice": (f"{yy}/{d(5)}", f"INV-{d(7)}"),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        given, family = _v12_latin(rng)
        dl_name = "".join(c for c in _v8_ascii(family).upper() if c.isalpha())[:5].ljust(5, "9")
        return pick(
            {
                "gmc": (d(7),),
                "hcpc": (f"PH{d(6)}", f"OT{d(5)}", f"SL{d(5)}"),
                "nmc": (f"{d(2)}{rng.choice(up)}{d(4)}{rng.choice('CEINOS')}",),
                "rpps": (f"10{d(9)}",),
                "gln": (f"7601{d(9)}",),
                "hpr": (d(7), d(8)),
                "big": (d(11),),
                "lanr": (d(9),),
                "dl": (d(10), f"{rng.choice(up)}{d(2)}{rng.choice(up)}{d(6)}{rng.choice(alnum)}",
                       f"{dl_name}{d(6)}{_v8_ascii(given)[:1].upper() or 'X'}9{d(1)}{letters(2)}"),
            },
            "LICENSE",
        )  # fmt: skip
    if kind == "VEHICLE":
        wmi = rng.choice(("WVW", "WBA", "VF3", "YV1", "ZFA", "VSS", "TMB", "SB1", "WF0"))
        vin = wmi + "".join(rng.choice(alnum) for _ in range(14))
        return pick(
            {
                "nl": (f"{d(2)}-{letters(3)}-{d(1)}", f"{letters(1)}-{d(3)}-{letters(2)}",
                       f"{letters(2)}-{d(3)}-{letters(1)}"),
                "uk": (f"{letters(2)}{rng.choice((15, 65, 19, 69, 22, 72))} {letters(3)}",),
                "de": (f"{rng.choice(('MS', 'BI', 'KS', 'R', 'HRO'))}-{letters(2)} {d(4)}",),
                "fr": (f"{letters(2)}-{d(3)}-{letters(2)}",),
                "it": (f"{letters(2)} {d(3)}{letters(2)}",),
                "es": (f"{d(4)} {letters(3)}",),
                "se": (f"{letters(3)} {d(2)}{rng.choice(alnum)}",),
                "ch": (f"{rng.choice(('BE', 'LU', 'SG', 'GR'))} {rng.randrange(1000, 999999)}",),
                "vin": (vin,),
            },
            "VEHICLE",
        )  # fmt: skip
    if kind == "DEVICE":
        token = "".join(rng.choice(alnum) for _ in range(10))
        return pick(
            {
                "ha": (f"{d(4)}X{d(4)}", f"{d(8)}", f"SN{d(7)}"),
                "pm": (f"{letters(3)}{d(6)}", f"{d(6)}{rng.choice(up)}", f"PJN{d(6)}"),
                "cgm": (f"3M{d(8)}", f"0M{letters(1)}{d(7)}", token),
                "pump": (f"NG{d(7)}H", f"SN {d(8)}"),
                "udi": (
                    f"(01){d(14)}(11){rng.randrange(18, 27)}0{rng.randrange(1, 10)}15(21){token}",
                ),
            },
            "DEVICE",
        )
    if kind == "URL":
        token = "".join(rng.choice(alnum.lower() + alnum) for _ in range(24))
        return pick(
            {
                "portal": (f"https://mijn.isala.nl/dossier/{d(8)}",
                           f"https://carelink.example.com/patient/{token[:12]}",
                           f"https://www.latitude-remote.eu/pt/{d(9)}"),
                "video": (f"https://zorgvideo.nl/r/{token[:10]}", f"https://nhsattend.scot/w/{token[:12]}",
                          f"https://visit.insel.ch/{d(8)}"),
                "": (f"https://photos.example-cloud.eu/s/{token}", f"https://wetransfer.com/downloads/{token}",
                     f"https://www.facebook.com/{token[:9].lower()}"),
            },
            "URL",
        )  # fmt: skip
    if kind == "IP":
        if style:
            raise ValueError(f"unknown IP shape {style!r}")
        return rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"145.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"84.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}:"
                f"{rng.randrange(1024, 65536)}",
                f"2a02:{rng.randrange(4096, 65536):x}:{rng.randrange(65536):x}:"
                f"{rng.randrange(65536):x}::"
                f"{rng.randrange(1, 65536):x}",
            )
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


V13_SEED = 20270912
V13_TEMPLATES = (
    # Ordinary documents: US, Canadian, Caribbean, South Asian, Middle Eastern, Thai, Andean and
    # Pacific notes, summaries, reports, letters, forms, exports and e-mails.
    "HISTORY AND PHYSICAL\nPatient: {NAME:comma}   MRN: {MRN}   DOB: {DATE:usdob}   Age: {AGE:y}"
    "\nAdmit date: {DATE:us}   Attending: {NAME:sig}, MD\nPCP: {NAME:sig}, {GEO:inst}, ph {PHONE}",
    "PROGRESS NOTE - hospital day 4\n{NAME:caps} is a {AGE}-year-old woman admitted {DATE:long} "
    "with community-acquired pneumonia. Her daughter {NAME} is at the bedside and was updated by "
    "phone at {PHONE}.",
    "DISCHARGE SUMMARY\nName: {NAME:comma}   Acct #: {ACCOUNT:fin}   MRN: {MRN}\nAdmitted: "
    "{DATE:us}   Discharged: {DATE:us}\nDisposition: skilled nursing facility, {GEO:care}\n"
    "Follow-up: {NAME:sig} in 1 week, {PHONE}",
    "EXAM: CT HEAD WITHOUT CONTRAST\nACCESSION: {ACCOUNT:acc}   PATIENT: {NAME:caps}   DOB: "
    "{DATE:usdob}\nORDERING: {NAME:sig}   READ BY: {NAME:sig}, MD   SIGNED: {DATE:stamp}\n"
    "LOCATION: {GEO:inst}",
    "SURGICAL PATHOLOGY REPORT\nCase: {ACCOUNT:path}   Collected: {DATE:us}   Received: "
    "{DATE:us}\nPatient: {NAME:comma}, {AGE:y}, MRN {MRN}\nSubmitting physician: {NAME:sig}\n"
    "Electronically signed by {NAME:sig}, MD on {DATE:stamp}",
    "{DATE:long}\n\nDr. {NAME:family}\n{GEO:ca}\n\nRe: {NAME}   DOB: {DATE:iso}   OHIP: "
    "{HEALTH_PLAN:ohip}\n\nThank you for seeing this pleasant {AGE}-year-old retired teacher "
    "from {GEO:cacity}.",
    "Nursing 0300: pt {NAME:lower} confused, pulled at IV x2, bed alarm on. Granddaughter "
    "{NAME:given} called ({PHONE}) and asks to be notified of any change. Hearing aid serial "
    "{DEVICE:hearing} logged on the valuables sheet.",
    "LABORATORY REPORT\n{NAME:comma}   {AGE:y} F   MRN {MRN}   Acc {ACCOUNT:lab}\nCollected: "
    "{DATE:stamp}   Reported: {DATE:stamp}\nOrdering provider: {NAME:sig} (NPI {LICENSE:npi})   "
    "{GEO:inst}",
    "INFORMED CONSENT\nI, {NAME}, health care proxy for {NAME} (DOB {DATE:usdob}), consent to "
    "the procedure described above.\nWitness: {NAME:sig}, RN   Date/time: {DATE:stamp}",
    "MSH|^~\\&|ADT|MAIN|LAB|MAIN|{DATE:hl7}||ADT^A04|MSG00417|P|2.3\nPID|1||{MRN}^^^MRN||"
    "{NAME:pn}||{DATE:da}|F|||{GEO:hl7}||{PHONE:hl7}|||||{ACCOUNT:fin}|{SSN}\nNK1|1|{NAME:pn}|"
    "DAU|||{PHONE:hl7}",
    '{"resourceType": "Patient", "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", '
    '"value": "{SSN}"}, {"type": "MR", "value": "{MRN}"}], "name": [{"family": '
    '"{NAME:family}", "given": ["{NAME:given}"]}], "birthDate": "{DATE:isob}", "telecom": '
    '[{"system": "phone", "value": "{PHONE:e164}"}], "address": [{"line": ["{GEO:line}"], '
    '"city": "{GEO:town}", "postalCode": "{GEO:zip}"}]}',
    "mrn,last_name,first_name,dob,zip,admit_date,attending\n{MRN},{NAME:family},{NAME:given},"
    "{DATE:isob},{GEO:zip},{DATE:iso},{NAME:sig}\n{MRN},{NAME:family},{NAME:given},{DATE:isob},"
    "{GEO:zip},{DATE:iso},{NAME:sig}",
    "From: {NAME:sig} <{EMAIL:work}>\nTo: {EMAIL:work}\nDate: {DATE:email} -0500\nSubject: "
    "{NAME:family} - hospice referral\n\nHi all, the son ({NAME}, {PHONE}) agrees to hospice at "
    "home at {GEO:us}.",
    "ED TRIAGE {DATE:stamp}\nArrived by EMS from {GEO:care}. {AGE:y} F, {NAME:caps}, MRN {MRN}. "
    "Chief complaint: fall. EMS run #{ACCOUNT:ems}.",
    "OPERATIVE REPORT\nPatient: {NAME}   Date of surgery: {DATE:us}\nSurgeon: {NAME:sig}, MD   "
    "Assistant: {NAME:sig}, PA-C\nAnesthesia: {NAME:sig}, CRNA\nImplant: cemented bipolar "
    "hemiarthroplasty, serial {DEVICE:implant}",
    "OUTPATIENT PHARMACY\nRx #{ACCOUNT:rx}   Patient: {NAME:comma}   DOB {DATE:usdob}\nAddress: "
    "{GEO:us}\nPrescriber: {NAME:sig}, DEA {LICENSE:dea}, NPI {LICENSE:npi}, fax {FAX}",
    "HOME HEALTH REFERRAL\nPatient: {NAME}   Medicare: {HEALTH_PLAN:mbi}   Medicaid: "
    "{HEALTH_PLAN:medicaid}\nHome address: {GEO:us}   Home phone: {PHONE}   Cell: {PHONE}   "
    "Email: {EMAIL}\n"
    "Emergency contact: {NAME} (son-in-law), {PHONE}",
    "Pronouncement note: called to the bedside at 04:12 on {DATE:long}; {NAME} was pronounced "
    "by {NAME:sig}, MD. Her daughter {NAME} was present. Body released to {GEO:funeral}.",
    "Social work: lives alone in a trailer off {GEO:line} in {GEO:county}; her only contact is a "
    "neighbor, {NAME}, {PHONE}. Still drives a pickup, plate {VEHICLE}, VIN {VEHICLE:vin}; "
    "family asked that she "
    "stop driving.",
    "DEVICE CLINIC\n{NAME:comma}   DOB {DATE:usdob}\nPacemaker serial {DEVICE:pm}, implanted "
    "{DATE:my}; remote monitoring at {URL:portal}, last transmission from {IP}",
    "FACE SHEET\nGuarantor: {NAME}   SSN: {SSN}   Relationship: self\nPrimary: Medicare "
    "{HEALTH_PLAN:mbi}   Secondary: {HEALTH_PLAN}\nAddress: {GEO:us}   Home: {PHONE}\n"
    "Driver's license: {LICENSE:dl}",
    "DISCHARGE NOTE\nName: {NAME:carib}   Age: {AGE}   TRN: {SSN:trn}   NHF: {HEALTH_PLAN:nhf}\n"
    "Address: {GEO:jm}\nNext of kin: {NAME} (niece), {PHONE:jm}",
    "DISCHARGE SUMMARY\nPatient Name: {NAME:in}   Age/Sex: {AGE}/F   UHID: {MRN:in}   IP No: "
    "{ACCOUNT:ip}\nAddress: {GEO:in}\nMobile: {PHONE:in}   Aadhaar: {SSN:aadhaar}\nConsultant: "
    "Dr. {NAME:sig}",
    "Patient: {NAME:fa} ({NAME:persian})   National code: {SSN:ir}\nAddress: {GEO:ir}\nTel: "
    "{PHONE:ir}   Admitted {DATE:iso}",
    "ชื่อ-สกุล: {NAME:thai}   HN: {MRN:th}   เลขประจำตัวประชาชน: {SSN:th}\nที่อยู่: {GEO:th}\n"
    "โทร: {PHONE:th}",
    "RAPPORT D'IMAGERIE\nNom : {NAME:qc}   RAMQ : {HEALTH_PLAN:ramq}   Dossier : {MRN}\nDate de "
    "l'examen : {DATE:iso}\nAdresse : {GEO:qc}\nRadiologiste : Dr {NAME:sig}",
    "Paciente: {NAME:andean}   DNI: {SSN:dni}   Edad: {AGE} años\nDomicilio: {GEO:pe}\n"
    "Acompañante: {NAME:andean} (nieta), cel. {PHONE:pe}",
    "Clinic note: {NAME:pacific}, {AGE:y}, flew in from {GEO:pacific} with her son {NAME:given}; "
    "contact {PHONE:intl} while in town. Hawaii ID {LICENSE:dl}.",
    # Other layouts: calendars, RTF, web logs, voicemail, handwriting, wristband codes, OCR,
    # possessives, directory entries, chat, PDF line breaks, ID cards and two-script labels.
    "BEGIN:VEVENT\nDTSTART:{DATE:ics}\nSUMMARY:Home visit - {NAME}\nLOCATION:{GEO:us}\n"
    "DESCRIPTION:Call daughter {NAME:given} at {PHONE} before arrival\nEND:VEVENT",
    "{\\rtf1\\ansi {\\b Patient:} {NAME}\\par {\\b DOB:} {DATE:usdob}\\par {\\b MRN:} {MRN}\\par "
    "{\\b Referring:} {NAME:sig}\\par}",
    '{IP} - - [{DATE:clf} -0500] "GET /chart/search?mrn={MRN}&name={NAME:url}&dob={DATE:iso} '
    'HTTP/1.1" '
    '200 5120 "-" "Mozilla/5.0"',
    "Voicemail from {PHONE}, 0:42: hi this is {NAME:lower} calling about my mother {NAME:lower}, "
    "she got home on {DATE:spoken} and we still haven't heard from home health, you can reach me "
    "at {PHONE:spoken}, thank you.",
    "Referral form (handwritten, transcribed): Pt name [illegible] {NAME:family}, first name "
    "{NAME:given} (?)\nDOB {DATE:usdob} per patient; chart says {DATE:usdob}\nAddress: "
    "{GEO:line}, {GEO:town} (zip unreadable)",
    "Wristband scan: PID={MRN};NM={NAME:pn};DOB={DATE:da};SEX=F;FIN={ACCOUNT:fin};AL=PCN",
    "FAXED REFERRAL (scanned, OCR text)\nPat1ent: {NAME:ocr}   D0B: {DATE:ocr}\nPh0ne: "
    "{PHONE:ocr}   Refer1ng MD: {NAME:ocr}",
    "Mrs. {NAME:family}'s granddaughter brought {NAME:given}'s pill organizer; {NAME:family}'s "
    "pharmacy is {GEO:pharmacy} ({PHONE}).",
    "dn: uid={NAME:user},ou=staff,dc=hospital,dc=org\ncn: {NAME}\nmail: {EMAIL:work}\n"
    "telephoneNumber: {PHONE}",
    "@{NAME:user} bed 14 ({NAME:family}, {AGE}F) sats 86% on 4 L, can you come\n@{NAME:user} "
    "omw, get a gas",
    "The patient, {NAME:wrap}, was seen in clinic on {DATE:long} accompanied by her caregiver "
    "{NAME:wrap}, who can be reached at {PHONE}.",
    "Emirates ID: {SSN:eid}   Name: {NAME:gulf} ({NAME:arabic})\nMobile: {PHONE:ae}   Area: "
    "{GEO:ae}",
    "Patient label: {NAME:native} / {NAME:latin}   MRN {MRN}   DOB {DATE:dob}   Age {AGE:as}",
    "Family meeting: present were the patient's sons {NAME:given} and {NAME:given} {NAME:family}, "
    "and her niece {NAME:initials}; they agreed to comfort care. She turns {AGE:words} next "
    "month.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents
# stripped): Appalachian and US Southern, English words, double-barrelled, Acadian and
# Quebecois, Inuit, Caribbean, Pacific, Andean, Ukrainian, Persian, Gulf Arab, Ethiopian,
# Somali, Tanzanian, Thai, South Asian, and names in many scripts.
_V13_US_GIVEN = (
    "Arvella", "Verlie", "Lurleen", "Ransom", "Vernal", "Zollie", "Burnice", "Elzie", "Ottis",
    "Nollie", "Ludie", "Cleatus", "Verdie", "Dorsey", "Wilburn", "Orpha", "Vada", "Odie", "Exie",
    "Arlis", "Versie", "Lockie", "Maudie", "Tennie", "Cordie", "Zettie",
)  # fmt: skip
_V13_US_FAMILY = (
    "Puckett", "Gilbreath", "Stooksbury", "Ledford", "Begley", "Gayheart", "Amburgey", "Ritchie",
    "Cornett", "Triplett", "Spurlock", "Halcomb", "Bowling", "Hoskins", "Maggard", "Feltner",
    "Gabbard", "Stamper", "Fugitt", "Smoot", "Ison", "Gibbs-Stamper", "Kilburn", "Gullett",
    "Godsey", "Thornsberry", "Salyer", "Nantz",
)  # fmt: skip
_V13_WORD_FAMILY = (
    "Drain", "Chill", "Sling", "Chew", "Breath", "Clott", "Cast", "Belly", "Vein", "Stitch",
)  # fmt: skip
_V13_DOUBLE_FAMILY = (
    "Cave-Browne-Cave", "Twisleton-Wykeham", "Stopford-Sackville", "Heber-Percy",
    "Bampfylde-Lisle",
)  # fmt: skip
_V13_EN_GIVEN = ("Eudora", "Ermintrude", "Araminta", "Drusilla", "Thirza")
_V13_QC_GIVEN = (
    "Gaétane", "Gédéon", "Ghislain", "Rodrigue", "Normande", "Bernadin", "Lauréat", "Philomène",
    "Euclide", "Anatole", "Colombe", "Herménégilde",
)  # fmt: skip
_V13_QC_FAMILY = (
    "Thibodeau", "Robichaud", "Comeau", "Savoie", "Haché", "Chiasson", "Mallais", "St-Onge",
    "D'Entremont", "de Cotret", "LeBreton",
)  # fmt: skip
_V13_INUIT_GIVEN = ("Qavavau", "Oolipika", "Ningiuk", "Ulayok", "Tookilkee", "Napachie", "Lucassie")
_V13_INUIT_FAMILY = ("Kudluk", "Ipellie", "Qinnuayuak", "Nungusuituq", "Tunnillie", "Killiktee")
_V13_CARIB_GIVEN = (
    "Merlene", "Lurline", "Ivanhoe", "Cislyn", "Pansy", "Linval", "Dorrett", "Sylvanus",
    "Eulalee",
)  # fmt: skip
_V13_CARIB_FAMILY = (
    "Dacres", "McFarlane", "Wynter", "Dunkley", "Bignall", "Stennett", "Minott", "Wynter-Minott",
)  # fmt: skip
_V13_PACIFIC_GIVEN = (
    "Tavita", "Siaosi", "Seruwaia", "Waisale", "Penitoa", "Lesieli", "Akosita", "Kalolaine",
    "Makerita", "Palani",
)  # fmt: skip
_V13_PACIFIC_FAMILY = (
    "Leiataua", "Vainikolo", "Naivalu", "Tuimavave", "Faʻamausili", "Moengangongo", "Rokovada",
    "Tuitupou", "Afamasaga",
)  # fmt: skip
_V13_ANDEAN_GIVEN = (
    "Eulogia", "Florencia", "Saturnino", "Teodosia", "Crisóstomo", "Nicasia", "Hermógenes",
    "Bonifacia", "Cirila",
)  # fmt: skip
_V13_ANDEAN_FAMILY = (
    "Ccahuana", "Apaza", "Huarachi", "Chambi", "del Carpio", "Quispecahuana", "Ccorimanya",
    "Huillca", "Sullca", "Layme",
)  # fmt: skip
_V13_UA_GIVEN = ("Paraska", "Yevdokiya", "Stefaniya", "Hryhoriy", "Myroslava", "Vasylyna")
_V13_UA_FAMILY = ("Hutsuliak", "Melnychuk", "Kravets", "Yaremchuk", "Didenko", "Pylypchuk")
_V13_FA_GIVEN = ("Bahram", "Touran", "Ezzat", "Mahin", "Nosrat", "Gohar", "Ghodsieh", "Farangis")
_V13_FA_FAMILY = ("Norouzi", "Mohammadzadeh", "Khosroshahi", "Pourmand", "Shirazinejad")
_V13_GULF_GIVEN = ("Moza", "Hessa", "Shamma", "Obaid", "Humaid", "Mayed")
_V13_GULF_FAMILY = ("Al Nuaimi", "Al Mazrouei", "Al Dhaheri", "bin Sulayem", "Al Ketbi")
_V13_EAF_GIVEN = (
    "Belaynesh", "Worku", "Maxamuud", "Mwanaisha", "Tiruwork", "Askale", "Zenebech", "Bahati",
    "Mwajuma", "Tumaini",
)  # fmt: skip
_V13_EAF_FAMILY = (
    "Woldemariam", "Cilmi", "Jaamac", "Xirsi", "Mwakasege", "Kimaro", "Mrema", "Lyimo",
    "Habtemariam", "Cismaan", "Kiwelu",
)  # fmt: skip
_V13_TH_GIVEN = ("Somsri", "Kanya", "Sombat", "Ratree", "Buakaew", "Sompong", "Pranee")
_V13_TH_FAMILY = ("Kaewmanee", "Rattanakorn", "Phromphan", "Sangthong", "Wongsawat", "Boonyarat")
_V13_IN_GIVEN = (
    "Bhanuben", "Ramanlal", "Sharadamma", "Eliyamma", "Somapala", "Kusumawathie", "Jashodaben",
    "Kantaben", "Achamma", "Thangamma",
)  # fmt: skip
_V13_IN_FAMILY = (
    "Wickremasinghe", "Puthenpurackal", "Kalathil", "Vadakkel", "Panchal", "Makwana",
    "Pallikunnel", "Ranatunga", "Kandaswamy",
)  # fmt: skip
_V13_SCRIPT_NAMES = (
    (("Мотря", "Параска", "Євдокія", "Гүлнар", "Отгонбаяр", "Горпина", "Ярина"),
     ("Гуцуляк", "Мельничук", "Яремчук", "Жұмабаева", "Цогтбаатар")),
    (("ماهین", "بهرام", "شهناز", "گوهر"), ("نوروزی", "کاظمی", "قربانی")),
    (("موزة", "حصة"), ("المزروعي", "الظاهري")),
    (("ጸሐይ", "በላይነሽ", "ዘነበች", "ጥሩወርቅ"), ("ሀብተማርያም", "ኪዳነ")),
    (("สมศรี", "บัวแก้ว", "เฉลิม"), ("วงศ์สวัสดิ์", "รัตนากร")),
    (("રમણલાલ",), ("ત્રિવેદી", "પંચાલ")),
    (("ਹਰਭਜਨ", "ਪ੍ਰੀਤਮ"), ("ਮਾਨ",)),
    (("వెంకటలక్ష్మి",), ("పసుపులేటి", "గుండిమెడ")),
    (("ಶಾರದಮ್ಮ",), ("ಶೆಟ್ಟಿಗಾರ", "ಕುಲಕರ್ಣಿ")),
    (("അച്ചാമ്മ",), ("പുത്തൻപുരക്കൽ",)),
    (("සෝමපාල", "කුසුමාවතී"), ("රණතුංග", "වික්‍රමසිංහ")),
    (("བཀྲ་ཤིས་", "སྒྲོལ་མ་"), ("ཚེ་རིང་",)),
    (("ᐱᑦᓯᐅᓚᒃ",), ("ᐊᓲᓇ",)),
    (("Περσεφόνη", "Σταυρούλα"), ("Καραγιαννοπούλου",)),
    (("阿滿", "桂英"), ("葉", "藍")),
    (("끝순", "순덕"), ("피", "편")),
)  # fmt: skip
_V13_LATIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V13_US_GIVEN, _V13_US_FAMILY + _V13_WORD_FAMILY),
    (_V13_EN_GIVEN, _V13_WORD_FAMILY + _V13_DOUBLE_FAMILY),
    (_V13_QC_GIVEN, _V13_QC_FAMILY),
    (_V13_INUIT_GIVEN, _V13_INUIT_FAMILY),
    (_V13_CARIB_GIVEN, _V13_CARIB_FAMILY),
    (_V13_PACIFIC_GIVEN, _V13_PACIFIC_FAMILY),
    (_V13_ANDEAN_GIVEN, _V13_ANDEAN_FAMILY),
    (_V13_UA_GIVEN, _V13_UA_FAMILY),
    (_V13_FA_GIVEN, _V13_FA_FAMILY),
    (_V13_GULF_GIVEN, _V13_GULF_FAMILY),
    (_V13_EAF_GIVEN, _V13_EAF_FAMILY),
    (_V13_TH_GIVEN, _V13_TH_FAMILY),
    (_V13_IN_GIVEN, _V13_IN_FAMILY),
)
_V13_GROUPS = _V13_LATIN_GROUPS + _V13_SCRIPT_NAMES
V13_GIVEN = tuple(g for givens, _ in _V13_GROUPS for g in givens)
V13_FAMILY = tuple(dict.fromkeys(f for _, families in _V13_GROUPS for f in families))
V13_NICKNAMES = ("Mawmaw", "Granny Verl", "Sug", "Nanny Ree", "Bitsy", "Doodle", "Tater")
# The groups a locale's forms draw their names from (indexes into _V13_GROUPS).
_V13_LOCALE_GROUPS = {
    "us": (0, 0, 1), "carib": (4,), "qc": (2,), "pacific": (5,), "andean": (6,), "fa": (8,),
    "gulf": (9,), "th": (11,), "in": (12,),
}  # fmt: skip
_V13_SCRIPT_STYLES = {"persian": 1, "arabic": 2, "thai": 4}  # indexes into _V13_SCRIPT_NAMES
_V13_GROUP_OF = {g: i for i, (givens, _) in enumerate(_V13_GROUPS) for g in givens}

# Places: (town, region, postal code or its start), streets and institutions.
V13_US_PLACES = (
    ("Hazard", "KY", "41701"), ("Hindman", "KY", "41822"), ("Pikeville", "KY", "41501"),
    ("Grundy", "VA", "24614"), ("Welch", "WV", "24801"), ("Sneedville", "TN", "37869"),
    ("Hinton", "WV", "25951"), ("Boone", "NC", "28607"), ("Dothan", "AL", "36301"),
    ("Hattiesburg", "MS", "39401"), ("Bogalusa", "LA", "70427"), ("Hilo", "HI", "96720"),
)  # fmt: skip
V13_COUNTIES = ("Perry County", "Knott County", "Buchanan County", "McDowell County")
V13_STREETS = (
    "Troublesome Creek", "Lotts Creek", "Possum Trot", "Caney Fork", "Shoal Branch", "Gum Log",
    "Persimmon Ridge", "Kawili", "Lick Fork",
)  # fmt: skip
V13_STREET_KINDS = ("Rd", "Road", "Hollow", "Holler Rd", "Branch Rd", "St", "Ln", "Hwy")
V13_CA_PLACES = (
    ("Moncton", "NB", "E1C"), ("Edmundston", "NB", "E3V"), ("Yarmouth", "NS", "B5A"),
    ("Timmins", "ON", "P4N"), ("Iqaluit", "NU", "X0A"), ("Rimouski", "QC", "G5L"),
)  # fmt: skip
V13_QC_STREETS = ("rue des Érables", "chemin du Lac-Noir", "rang Saint-Joseph", "rue Principale")
V13_JM_PLACES = (("Mandeville", "Manchester"), ("Port Antonio", "Portland"), ("Lucea", "Hanover"))
V13_IN_PLACES = (
    ("Anand", "Gujarat", "388001"), ("Moga", "Punjab", "142001"),
    ("Nellore", "Andhra Pradesh", "524001"), ("Thrissur", "Kerala", "680001"),
)  # fmt: skip
V13_IR_PLACES = ("Tabriz", "Kerman", "Rasht", "Yazd")
V13_TH_PLACES = ("ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000", "ต.ป่าแดด อ.เมือง จ.เชียงใหม่ 50100")
V13_PE_PLACES = ("Sicuani, Cusco", "Juliaca, Puno", "Huanta, Ayacucho")
V13_PACIFIC_PLACES = ("Apia, Samoa", "Neiafu, Vava'u", "Labasa, Vanua Levu", "Pago Pago")
V13_AE_PLACES = ("Al Jimi, Al Ain", "Khor Fakkan", "Dibba Al Hisn", "Madinat Zayed")
V13_INSTITUTIONS = (
    "Appalachian Regional Medical Center", "Cumberland Valley Hospital", "Hilo Bayfront Clinic",
    "Dr.-Georges-L.-Dumont University Hospital", "Mandeville Regional Hospital",
    "Perry County Rural Health Clinic",
)  # fmt: skip
V13_CARE = ("Laurel Heights Nursing and Rehab", "Shady Grove Manor", "Pine Knot Personal Care")
V13_FUNERAL = ("Maggard and Sons Funeral Home", "Combs Memorial Chapel")
V13_PHARMACIES = ("Hometown Drug of Hindman", "Caney Fork Pharmacy")

# Clinical sentences with numbers that are not PHI, and with the English words of the family
# names above used as the clinical words they are.
V13_EPONYM = (
    "Bone marrow aspirate: 42% blasts, CD34 positive; cellularity 80%.",
    "Fever to 39.2 with rigors and a chill at 02:00; lactate 3.4 mmol/L; 2 sets of cultures.",
    "Swallow assessment: IDDSI level 4 puree and level 2 mildly thick fluids; 3 oz water test "
    "failed.",
    "Pulse 112 irregularly irregular, BP 96/58, RR 24, SpO2 89% on 2 L.",
    "Surgical drain output 140 mL in 24 h, serous; 19 Fr Blake drain removed on day 3.",
    "Temple tenderness with ESR 96 mm/h and CRP 84 mg/L; prednisone 60 mg started.",
    "Tongue fasciculations; FVC 48% predicted; ALSFRS-R 29/48.",
    "Belly soft; leg cramp at night; magnesium 0.58 mmol/L, potassium 3.1 mmol/L, calcium "
    "2.04 mmol/L.",
    "Gall bladder wall 6 mm with a 2.1 cm stone in the neck; CBD 9 mm.",
    "Blood sugar 28.4 mmol/L, pH 7.12, bicarbonate 9, anion gap 26; insulin at 0.1 units/kg/h.",
    "Cast padding and plaster back-slab for a Colles fracture with 20 degrees of dorsal "
    "angulation; broad arm sling for 3 weeks.",
    "Breath sounds reduced on the left: ribs 7 to 10 fractured, 2 cm pneumothorax, chest tube 24 "
    "Fr.",
    "Parkinson disease, Hoehn and Yahr stage 4; carbidopa/levodopa 25/100, 1.5 tablets 5 times "
    "daily.",
    "Hashimoto thyroiditis: TSH 14.2 mU/L, free T4 0.6 ng/dL; levothyroxine 50 mcg.",
    "Paget disease of the tibia; alkaline phosphatase 612 U/L; zoledronic acid 5 mg IV.",
    "Foley catheter 16 Fr with 10 mL balloon; post-void residual 640 mL; stitch removed at 10 "
    "days; cephalic vein 2.4 mm on mapping.",
    "Coumadin 2.5 mg Monday to Friday and 5 mg weekends; INR 2.7.",
    "Lasix 40 mg IV twice daily; net negative 2.1 L; weight 58.3 kg from 61.0 kg.",
    "Eliquis 2.5 mg twice daily for creatinine 1.6 mg/dL and weight 54 kg.",
    "Braden score 11; stage 3 sacral ulcer 4.2 x 3.0 x 0.8 cm with 30% slough.",
    "Morse fall score 85; 3 falls in 6 months; orthostatic drop of 28/14 mmHg.",
    "CAM positive; RASS -2; haloperidol 0.5 mg once; 4AT score 7.",
    "Troponin I 0.42 then 1.86 ng/mL; ST depression 2 mm in V4-V6; TIMI 5.",
    "Echo: EF 25-30%, TAPSE 14 mm, RVSP 58 mmHg, moderate to severe MR, LA 4.9 cm.",
    "MRI brain 3 T: Fazekas grade 3, 2 lacunes, microbleeds x 6; hippocampal volume 5th "
    "percentile.",
    "DEXA: T-score -3.4 at the L1-L4 spine and -2.9 at the femoral neck; FRAX 34% and 18%.",
    "X-ray: displaced subcapital fracture, Garden IV, left neck of femur; Singh index 2.",
    "Hb 7.8 g/dL, MCV 71 fL, ferritin 9 ng/mL; 2 units PRBC; iron sucrose 200 mg x 5.",
    "Na 124 mmol/L, serum osmolality 258 mOsm/kg, urine osmolality 412; fluid restriction 1.2 L.",
    "Vancomycin trough 22.4 mcg/mL; dose reduced to 750 mg every 24 h; AUC 610.",
    "C. difficile toxin positive; 8 stools in 24 h; WBC 24.1; fidaxomicin 200 mg twice daily.",
    "Katz ADL 2/6, Lawton IADL 1/8, Barthel 35/100; PPS 40%.",
    "Clinical Frailty Scale 7; Charlson 9; 1-year mortality estimate 52%.",
    "Morphine 2.5 mg SC every 4 h PRN; 3 doses in 24 h; bowel regimen senna 8.6 mg x 2.",
    "Glasgow Coma Scale 13 (E3 V4 M6); pupils 3 mm equal; subdural 8 mm with 4 mm shift.",
    "Nurse-led review: 12-lead ECG QTc 512 ms on citalopram 20 mg; stopped.",
)  # fmt: skip

_V13_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_V13_SPOKEN_DIGITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_V13_OCR = str.maketrans({"l": "1", "o": "0", "O": "0", "i": "1", "S": "5", "B": "8", "e": "c"})


def _v13_person(rng: random.Random, groups: tuple[int, ...] = ()) -> tuple[str, str]:
    """A given and a family name of one culture (``groups``: the cultures to draw from)."""
    given = rng.choice(_V13_GROUPS[rng.choice(groups)][0]) if groups else rng.choice(V13_GIVEN)
    return given, rng.choice(_V13_GROUPS[_V13_GROUP_OF[given]][1])


def _v13_latin(rng: random.Random) -> tuple[str, str]:
    return _v13_person(rng, tuple(range(len(_V13_LATIN_GROUPS))))


def _v13_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in _V13_LOCALE_GROUPS:
        given, family = _v13_person(rng, _V13_LOCALE_GROUPS[style])
        return rng.choice(
            (f"{given} {family}", f"{family.upper()}, {given}", f"{given} {family}".upper())
        )
    if style == "native":
        given, family = _v13_person(rng, tuple(range(len(_V13_LATIN_GROUPS), len(_V13_GROUPS))))
        return rng.choice((f"{given} {family}", f"{family} {given}", given))
    if style in _V13_SCRIPT_STYLES:
        given, family = _v13_person(rng, (len(_V13_LATIN_GROUPS) + _V13_SCRIPT_STYLES[style],))
        return f"{given} {family}"
    if style == "latin":
        given, family = _v13_latin(rng)
        return rng.choice((f"{given} {family}", f"{family}, {given}", f"{given} {family}".upper()))
    given, family = _v13_person(rng) if style not in ("sig", "user", "url") else _v13_latin(rng)
    second = rng.choice(V13_GIVEN)
    if _v8_script(second) != _v8_script(given):
        second = given
    if style == "comma":
        return rng.choice(
            (f"{family}, {given}", f"{family.upper()}, {given.upper()}",
             f"{family}, {given} {rng.choice(up)}.", f"{family},{given}")
        )  # fmt: skip
    if style == "caps":
        return rng.choice((f"{given} {family}".upper(), f"{family.upper()}, {given.upper()}"))
    if style == "lower":
        return f"{given} {family}".lower()
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "sig":
        return rng.choice(
            (f"{given} {family}", f"{given[0]}. {family}", f"{given} {rng.choice(up)}. {family}",
             f"{given} {family}".upper(), f"{given[0]}{rng.choice(up)} {family}")
        )  # fmt: skip
    if style == "pn":
        text = rng.choice((f"{family}^{given}", f"{family}^{given}^{rng.choice(up)}"))
        return text.upper() if rng.random() < 0.6 else text
    if style == "user":
        return rng.choice(
            (_v8_ascii(given)[:1] + _v8_ascii(family), f"{_v8_ascii(given)}.{_v8_ascii(family)}",
             f"{_v8_ascii(family)[:6]}{_v8_ascii(given)[:1]}{rng.randrange(1, 9)}")
        )  # fmt: skip
    if style == "url":
        return rng.choice((f"{family}+{given}", f"{family.upper()}%2C+{given.upper()}"))
    if style == "ocr":
        g = given.translate(_V13_OCR) if _v8_script(given) == "LATIN" else given
        return f"{g} {family}".upper() if rng.random() < 0.3 else f"{g} {family}"
    if style == "wrap":  # a PDF's text layer: a name broken at the end of a line
        cut = max(1, len(family) // 2)
        return (
            f"{given} {family[:cut]}-\n{family[cut:]}" if len(family) > 3 else f"{given}\n{family}"
        )
    if style == "initials":
        return rng.choice((f"{given[0]}.{family[0]}.", f"{given[0]}. {family}"))
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    r = rng.random()
    if r < 0.1:
        return f"{given} {second} {family}" if second != given else f"{given} {family}"
    if r < 0.18:
        return f'{given} "{rng.choice(V13_NICKNAMES)}" {family}'
    if r < 0.26:
        return family
    if r < 0.34:
        return f"{family}, {given}"
    if r < 0.4:
        return f"{given} {family}".lower()
    if r < 0.48:
        return f"{given} {family}".upper()
    return f"{given} {family}"


def _v13_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    if style == "y":
        return rng.choice((f"{n} y.o.", f"{n}yo", f"{n} years old", f"{n} yr", f"{n}-yr-old"))
    if style == "as":
        return f"{n:03d}Y"
    if style == "words":
        if n == 100:
            return "one hundred"
        if n > 100:
            return f"one hundred and {_V12_TEENS[n - 100]}"
        return f"ninety-{_V12_TEENS[n - 90]}" if n > 90 else "ninety"
    if style:
        raise ValueError(f"unknown AGE shape {style!r}")
    return str(n)


def _v13_date(rng: random.Random, style: str) -> str:
    born = style in ("usdob", "isob", "da", "dob") or (not style and rng.random() < 0.25)
    if born:
        d = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 23))
    else:
        d = date(2003, 1, 1) + timedelta(days=rng.randrange(365 * 23))
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    month = _V13_MONTHS[d.month - 1]
    shapes = {
        "us": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}", f"{d:%m-%d-%Y}"),
        "usdob": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}"),
        "dob": (f"{d:%m/%d/%Y}", f"{d.day:02d}-{month[:3].upper()}-{d.year}", d.isoformat()),
        "iso": (d.isoformat(),),
        "isob": (d.isoformat(),),
        "da": (f"{d:%Y%m%d}",),
        "hl7": (f"{d:%Y%m%d}{hh:02d}{mm:02d}", f"{d:%Y%m%d}{hh:02d}{mm:02d}{ss:02d}"),
        "stamp": (f"{d:%m/%d/%Y} {hh:02d}:{mm:02d}", f"{d:%m/%d/%Y} {hh % 12 + 1}:{mm:02d} "
                  f"{'AM' if hh < 12 else 'PM'}", f"{d:%m/%d/%y} {hh:02d}{mm:02d}"),
        "long": (f"{month} {d.day}, {d.year}", f"{month[:3]} {d.day}, {d.year}",
                 f"{month} {d.day}"),
        "my": (f"{month} {d.year}", f"{d.month:02d}/{d.year}"),
        "email": (f"{d:%a}, {d.day} {month[:3]} {d.year} {hh:02d}:{mm:02d}:{ss:02d}",),
        "ics": (f"{d:%Y%m%d}T{hh:02d}{mm:02d}00", f"{d:%Y%m%d}T{hh:02d}{mm:02d}00Z"),
        "clf": (f"{d.day:02d}/{month[:3]}/{d.year}:{hh:02d}:{mm:02d}:{ss:02d}",),
        "spoken": (f"{month} {_v12_ordinal(d.day)}", f"{d:%A} the {_v12_ordinal(d.day)}"),
        "ocr": (f"{d:%m/%d/%Y}".replace("0", "O").replace("1", "l"),
                f"{d:%m/%d/%Y}".replace("1", "I")),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    if not style:
        style = rng.choice(("us", "dob", "iso", "long", "stamp", "my"))
    return rng.choice(shapes[style])


def _v13_geo(rng: random.Random, style: str) -> str:
    town, region, zip5 = rng.choice(V13_US_PLACES)
    zip_ = rng.choice((zip5, f"{zip5}-{_digits(rng, 4)}"))
    line = f"{rng.randrange(1, 9999)} {rng.choice(V13_STREETS)} {rng.choice(V13_STREET_KINDS)}"
    hc = f"HC {rng.randrange(60, 89)} Box {rng.randrange(10, 999)}"
    line = rng.choice((line, line, f"{line}, Lot {rng.randrange(1, 60)}", hc))
    ca_town, prov, fsa = rng.choice(V13_CA_PLACES)
    ca_pc = f"{fsa} {rng.randrange(10)}{rng.choice(_V8_UP)}{rng.randrange(10)}"
    district = rng.choice(("Spur Tree", "Balcarres", "Green Island"))
    jm_town, parish = rng.choice(V13_JM_PLACES)
    in_area = rng.choice(("Near Ram Mandir", "Opp. Bus Stand", "Vadakkumnathan Road"))
    in_town, in_state, in_pin = rng.choice(V13_IN_PLACES)
    shapes = {
        "us": (f"{line}, {town}, {region} {zip_}", f"{line}\n{town}, {region} {zip_}"),
        "line": (line,),
        "town": (town,),
        "zip": (zip_,),
        "city": (f"{town}, {region}",),
        "county": (rng.choice(V13_COUNTIES),),
        "hl7": (f"{line}^^{town}^{region}^{zip5}",),
        "inst": V13_INSTITUTIONS,
        "care": V13_CARE,
        "funeral": V13_FUNERAL,
        "pharmacy": V13_PHARMACIES,
        "ca": (f"{rng.randrange(1, 999)} {rng.choice(('Mountain Rd', 'Elmwood Dr', 'Main St'))}\n"
               f"{ca_town}, {prov}  {ca_pc}",),
        "cacity": (f"{ca_town}, {prov}", ca_town),
        "qc": (f"{rng.randrange(1, 999)}, {rng.choice(V13_QC_STREETS)}, {ca_town} ({prov}) "
               f"{ca_pc}",),
        "jm": (f"{district} District, {jm_town}, {parish}",
               f"Lot {rng.randrange(1, 99)}, {district}, {parish}"),
        "in": (f"H.No. {rng.randrange(1, 400)}, {in_area}, {in_town}, {in_state} - {in_pin}",
               f"{in_area}, {in_town} {in_pin}"),
        "ir": (f"{rng.choice(V13_IR_PLACES)}, Kuche {rng.randrange(1, 40)}, Pelak "
               f"{rng.randrange(1, 200)}",),
        "th": (f"{rng.randrange(1, 300)}/{rng.randrange(1, 20)} หมู่ {rng.randrange(1, 15)} "
               f"{rng.choice(V13_TH_PLACES)}",),
        "pe": (f"Jr. {rng.choice(('Túpac Amaru', 'Bolognesi', 'Lima'))} {rng.randrange(100, 999)},"
               f" {rng.choice(V13_PE_PLACES)}",),
        "pacific": V13_PACIFIC_PLACES,
        "ae": V13_AE_PLACES,
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    if not style:
        style = rng.choice(("us", "line", "city", "zip", "inst", "care"))
    return rng.choice(shapes[style])


def _v13_phone(rng: random.Random, style: str) -> str:
    area = rng.choice(("606", "276", "304", "423", "828", "601", "985", "808"))
    ex, num = f"{rng.randrange(2, 10)}{_digits(rng, 2)}", _digits(rng, 4)
    spoken = " ".join(_V13_SPOKEN_DIGITS[int(c)] for c in area + ex + num)
    shapes = {
        "": (f"({area}) {ex}-{num}", f"{area}-{ex}-{num}", f"{area}.{ex}.{num}",
             f"1-{area}-{ex}-{num}", f"({area}){ex}-{num} ext {rng.randrange(100, 9999)}"),
        "hl7": (f"({area}){ex}-{num}", f"^PRN^PH^^1^{area}^{ex}{num}"),
        "e164": (f"+1{area}{ex}{num}",),
        "spoken": (spoken, f"{area} {ex} {' '.join(num)}"),
        "ocr": (f"({area}) {ex}-{num}".replace("0", "O").replace("1", "l"),),
        "jm": (f"(876) {rng.randrange(2, 10)}{_digits(rng, 2)}-{_digits(rng, 4)}",
               f"876-{_digits(rng, 3)}-{_digits(rng, 4)}"),
        "in": (f"+91 {rng.randrange(6, 10)}{_digits(rng, 4)} {_digits(rng, 5)}",
               f"{rng.randrange(6, 10)}{_digits(rng, 9)}"),
        "ir": (f"+98 {rng.choice(('41', '34', '13', '35'))} {_digits(rng, 4)} {_digits(rng, 4)}",
               f"09{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}"),
        "th": (f"08{rng.randrange(1, 10)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
               f"0{rng.randrange(2, 8)} {_digits(rng, 3)} {_digits(rng, 4)}"),
        "pe": (f"9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
               f"+51 9{_digits(rng, 8)}"),
        "intl": (f"+685 7{_digits(rng, 6)}", f"+676 {_digits(rng, 3)} {_digits(rng, 4)}",
                 f"+679 {_digits(rng, 3)} {_digits(rng, 4)}"),
        "ae": (f"+971 5{rng.randrange(10)} {_digits(rng, 3)} {_digits(rng, 4)}",
               f"05{rng.randrange(10)}-{_digits(rng, 7)}"),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    return rng.choice(shapes[style])


def _v13_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v13 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        return rng.choice(shapes[style or rng.choice(list(shapes))])

    if kind == "NAME":
        return _v13_name(rng, style)
    if kind == "AGE":
        return _v13_age(rng, style)
    if kind == "DATE":
        return _v13_date(rng, style)
    if kind == "GEO":
        return _v13_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v13_phone(rng, style)
    if kind == "EMAIL":
        given, family = _v13_latin(rng)
        g, f = _v8_ascii(given), _v8_ascii(family)
        if style == "work":
            return rng.choice((f"{g}.{f}@arh.org", f"{g[0]}{f}@uky.edu", f"{f}.{g}@vitalite.ca",
                               f"{g}.{f}@hhsc.org"))  # fmt: skip
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        domain = rng.choice(("aol.com", "bellsouth.net", "windstream.net", "hotmail.com",
                             "sympatico.ca", "rediffmail.com", "hawaii.rr.com"))  # fmt: skip
        return rng.choice((f"{g}{f}{rng.randrange(1, 99)}@{domain}", f"granny{f}@{domain}",
                           f"{f}.{g[0]}@{domain}", f"{g}_{f}@{domain}"))  # fmt: skip
    if kind == "SSN":
        ssn = f"{rng.randrange(1, 899):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}"
        return pick(
            {
                "": (ssn, ssn.replace("-", " "), ssn.replace("-", "")),
                "trn": (f"{d(3)}-{d(3)}-{d(3)}", d(9)),
                "aadhaar": (f"{rng.randrange(2, 10)}{d(3)} {d(4)} {d(4)}",),
                "ir": (f"{d(3)}-{d(6)}-{d(1)}", d(10)),
                "th": (f"{rng.randrange(1, 9)} {d(4)} {d(5)} {d(2)} {d(1)}", d(13)),
                "dni": (d(8),),
                "eid": (f"784-19{rng.randrange(13, 36)}-{d(7)}-{d(1)}",),
            },
            "SSN",
        )
    if kind == "MRN":
        return pick(
            {
                "": (d(7), d(8), f"M{d(7)}", f"{d(2)}-{d(2)}-{d(2)}", f"00{d(7)}"),
                "in": (f"UH{d(8)}", f"{d(4)}/{d(6)}"),
                "th": (f"{d(2)}-{d(6)}", f"{d(7)}/{rng.randrange(40, 69)}"),
            },
            "MRN",
        )
    if kind == "HEALTH_PLAN":
        mbi = (f"{rng.randrange(1, 10)}{letters(1)}{rng.choice(alnum)}{d(1)}-{letters(1)}"
               f"{rng.choice(alnum)}{d(1)}-{letters(2)}{d(2)}")  # fmt: skip
        return pick(
            {
                "": (f"{letters(3)}{d(9)}", f"W{d(9)}", f"{d(9)}A", f"H{d(8)}-01"),
                "mbi": (mbi, mbi.replace("-", "")),
                "medicaid": (f"{d(10)}", f"KY{d(8)}"),
                "ohip": (f"{d(4)}-{d(3)}-{d(3)}-{letters(2)}", f"{d(10)}"),
                "ramq": (f"{letters(4)} {d(4)} {d(4)}",),
                "nhf": (f"{d(7)}", f"NHF{d(6)}"),
            },
            "HEALTH_PLAN",
        )
    if kind == "ACCOUNT":
        yy = rng.randrange(10, 27)
        return pick(
            {
                "fin": (d(9), f"{d(10)}", f"V{d(8)}"),
                "acc": (f"{d(8)}", f"CT-{yy}-{d(6)}", f"RAD{d(7)}"),
                "path": (f"SP{yy}-{d(5)}", f"S{yy}-{d(4)}", f"{yy}-SP-{d(5)}"),
                "lab": (f"{d(2)}{rng.choice(up)}{d(6)}", f"L{d(8)}"),
                "ems": (f"{yy}-{d(5)}",),
                "rx": (d(7), f"{d(7)}-{d(5)}"),
                "ip": (f"IP/{yy}/{d(5)}", f"{yy}{d(6)}"),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        given, family = _v13_latin(rng)
        dea_letters = rng.choice("ABFGM") + (_v8_ascii(family)[:1].upper() or "X")
        return pick(
            {
                "npi": (f"1{d(9)}",),
                "dea": (f"{dea_letters}{d(7)}",),
                "dl": (f"{rng.choice(up)}{d(8)}", f"{d(3)}-{d(3)}-{d(3)}", f"H{d(8)}"),
            },
            "LICENSE",
        )
    if kind == "VEHICLE":
        vin = rng.choice(("1FT", "1GC", "3GT", "1D7")) + "".join(
            rng.choice(alnum) for _ in range(14)
        )
        return pick(
            {
                "": (f"{d(3)} {letters(3)}", f"{letters(3)} {d(4)}", f"{d(1)}{letters(3)}{d(3)}"),
                "vin": (vin,),
            },
            "VEHICLE",
        )
    if kind == "DEVICE":
        return pick(
            {
                "hearing": (f"{d(2)}{rng.choice(up)}{d(6)}", f"SN {d(9)}"),
                "pm": (f"RNF{d(6)}", f"{letters(2)}{d(6)}{rng.choice(up)}", f"PZC{d(6)}N"),
                "implant": (f"{d(6)}-{d(3)}", f"LOT {letters(1)}{d(7)}"),
            },
            "DEVICE",
        )
    if kind == "URL":
        token = "".join(rng.choice(alnum.lower()) for _ in range(12))
        return pick(
            {
                "portal": (
                    f"https://merlin.example.net/pt/{d(9)}",
                    f"https://www.housecall-remote.com/d/{token}",
                ),
                "": (f"https://mychart.arh.example.org/u/{token}",),
            },
            "URL",
        )
    if kind == "IP":
        if style:
            raise ValueError(f"unknown IP shape {style!r}")
        return rng.choice(
            (
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"66.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"2600:{rng.randrange(4096, 65536):x}::{rng.randrange(1, 65536):x}",
            )
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v14 lists: the held-out row (seed ``V14_SEED``), written and committed before any change
# made from the v13 row's misses and not run against the scrubber.
V14_SEED = 20271017
V14_TEMPLATES = (
    # Discharge letters, summaries and certificates of many countries, in their languages.
    "RINGKASAN DISCAJ / DISCHARGE SUMMARY\nNama: {NAME:my}   No. K/P: {SSN:mykad}   RN: {MRN:my}\n"
    "Umur: {AGE:ms}   Wad: 7B\nAlamat: {GEO:my}\nTarikh masuk: {DATE:eu}   Tarikh discaj: "
    "{DATE:ms}\nPegawai perubatan: Dr. {NAME:sig} (MMC {LICENSE:mmc})",
    "Dear Dr. {NAME:family},\nRe: {NAME:mycn} (NRIC {SSN:mykad}), a {AGE}-year-old lady from "
    "{GEO:town}\nThank you for your referral of {DATE:dmy}. Her son {NAME:mycn} ({PHONE:my}) will "
    "bring her for review at {GEO:inst} on {DATE:dow}.",
    "出院病歷摘要\n姓名：{NAME:hant}　病歷號碼：{MRN:tw}\n身分證字號：{SSN:twid}　"
    "出生日期：{DATE:rocb}\n年齡：{AGE:zh}　住址：{GEO:twzh}\n入院日期：{DATE:roc}　"
    "出院日期：{DATE:roc}\n主治醫師：{NAME:hant}（醫字第{LICENSE:tw}號）",
    "Discharge Summary\nPatient: {NAME:tw}   Chart No.: {MRN:tw}   ID No.: {SSN:twid}\nNHI card: "
    "{HEALTH_PLAN:nhi}   Age: {AGE}\nAddress: {GEO:tw}\nContact: {NAME:tw} (daughter-in-law), "
    "{PHONE:tw}; LINE {URL:line}",
    "COMPTE RENDU DE SORTIE\nNom et prénom : {NAME:ma}   CIN : {SSN:cin}   IP : {MRN:ma}\nÂge : "
    "{AGE:fr}   Immatriculation CNSS : {HEALTH_PLAN:cnss}\nAdresse : {GEO:ma}\nEntrée le "
    "{DATE:eu}, sortie le {DATE:fr}.\nMédecin traitant : Dr {NAME:sig}, tél. {PHONE:ma}",
    "LETTRE DE LIAISON\nDakar, le {DATE:fr}\nCher confrère,\nJe vous adresse Mme {NAME:sn}, "
    "âgée de {AGE:fr}, domiciliée {GEO:sn}, CNI n° {SSN:sn}, pour la suite de sa prise en "
    "charge. Personne à prévenir : {NAME:sn} (fils), {PHONE:sn}.\nDr {NAME:sig}, {GEO:inst}",
    "FICHE DE SORTIE\nMalade : {NAME:cm}   N° dossier : {MRN}   Âge : {AGE:fr}\nProfession : "
    "cultivatrice retraitée   Domicile : {GEO:cm}\nGarde-malade : {NAME:cm}, tél. {PHONE:cm}\n"
    "Date de sortie : {DATE:eu}   Prise en charge : {HEALTH_PLAN:cmu}",
    "Kinshasa, le {DATE:fr}\nRAPPORT MÉDICAL\nConcerne : Maman {NAME:cm}, {AGE:frw} ans, résidant "
    "{GEO:cd}.\nElle est accompagnée de son petit-fils {NAME:given}, joignable au {PHONE:cd}.",
    "FÈY SÒTI LOPITAL\nNon: {NAME:ht}   Laj: {AGE:ht}   Nimewo dosye: {MRN}\nAdrès: {GEO:ht}\n"
    "Dat antre: {DATE:ht}   Dat sòti: {DATE:ht}\nMoun pou kontakte: {NAME:ht} (pitit fi), "
    "{PHONE:ht}",
    "EPICRISIS\nNombre: {NAME:gt}   DPI: {SSN:dpi}   Registro: {MRN}\nEdad: {AGE:es}   Idioma: "
    "k'iche'\nDirección: {GEO:gt}\nIngreso: {DATE:eu}   Egreso: {DATE:es}\nResponsable: {NAME:gt} "
    "(hija), cel. {PHONE:gt}",
    "DISCHARGE CERTIFICATE\nName: {NAME:np}   Age/Sex: {AGE}/F   Hospital No.: {MRN:np}\nAddress: "
    "{GEO:np}\nDOA: {DATE:bs}   DOD: {DATE:bs}\nCitizenship No.: {SSN:np}   HIB No.: "
    "{HEALTH_PLAN:hib}\nAttendant: {NAME:np} (son), Mob. {PHONE:np}",
    "DISCHARGE EPICRISIS\nPatient: {NAME:cau}, personal no. {SSN:ge}\nAddress: {GEO:ge}\nAdmitted "
    "{DATE:dot}, discharged {DATE:dot}; age {AGE}.\nRelative: {NAME:cau}, {PHONE:ge}",
    "{GEO:inst}\nEPICRISIS\nPatient: {NAME:cau}   Born: {DATE:dotb}   Social card: {SSN:am}\n"
    "Residence: {GEO:am}\nPhone: {PHONE:am}   Attending: {NAME:sig}",
    "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ\nФ.И.О.: {NAME:cyr}   ИИН: {SSN:iin}\nВозраст: {AGE:ru}   Адрес: "
    "{GEO:kz}\nДата поступления: {DATE:dot}   Дата выписки: {DATE:ru}\nЛечащий врач: {NAME:cyr}, "
    "тел. {PHONE:kz}",
    "KASALLIK TARIXIDAN KO'CHIRMA\nF.I.Sh.: {NAME:kz}   JShShIR: {SSN:pinfl}\nYoshi: {AGE}   "
    "Manzil: {GEO:uz}\nTelefon: {PHONE:uz}   Shifokor: {NAME:kz}",
    "YKHC DISCHARGE INSTRUCTIONS\nPatient: {NAME:ak}   Chart #: {MRN:ihs}   Tribal ID: "
    "{SSN:tribal}\nDOB: {DATE:usdob}   Age: {AGE}\nMailing: {GEO:ak}\nThe village health aide, "
    "{NAME:ak}, will check on her; call {PHONE:us} and leave a message with her grandson "
    "{NAME:given}.",
    "DISCHARGE FORM\nName: {NAME:ug}   IP No.: {MRN:ug}   NIN: {SSN:nin}\nAge: {AGE}   Village: "
    "{GEO:ug}\nNext of kin: {NAME:ug} (grandson), {PHONE:ug}\nDischarged on {DATE:eu} by Dr. "
    "{NAME:sig}",
    "Patient: {NAME:ug}   Mutuelle de santé: {HEALTH_PLAN:mutuelle}   ID: {SSN:rw}\nAderesi: "
    "{GEO:rw}\nAge: {AGE}; accompanied by {NAME:ug} (daughter), {PHONE:rw}",
    "DISCHARGE SUMMARY\nName: {NAME:zw}   Age: {AGE}   Hosp. No.: {MRN}\nNational ID: "
    "{SSN:zw}   Address: {GEO:zw}\nNOK: {NAME:zw} (daughter), {PHONE:zw}\nFollow up at "
    "{GEO:inst} on {DATE:eu}",
    "NOTA DE ALTA\nDoente: {NAME:ao}   BI n.º {SSN:ao}   Processo: {MRN}\nIdade: {AGE:pt}   "
    "Residência: {GEO:ao}\nData de internamento: {DATE:pt}   Alta: {DATE:eu}\nFamiliar: "
    "{NAME:ao} (neta), {PHONE:ao}",
    "Maputo, {DATE:pt}\nDECLARAÇÃO MÉDICA\nDeclara-se que a Sra. {NAME:ao}, de {AGE:pt}, residente "
    "no {GEO:mz}, NUIT {SSN:nuit}, esteve internada no {GEO:inst}. Contacto: {PHONE:mz}.",
    "ЕПИКРИЗА\nПациент: {NAME:cyr}   ЕГН: {SSN:egn}\nВъзраст: {AGE:bg}   Адрес: {GEO:bg}\n"
    "Постъпил на {DATE:bg}, изписан на {DATE:dot}\nЛекуващ лекар: д-р {NAME:cyr}, УИН "
    "{LICENSE:uin}",
    "OTPUSNA LISTA\nPacijent: {NAME:bg}   JMBG: {SSN:jmbg}   LBO: {HEALTH_PLAN:lbo}\nAdresa: "
    "{GEO:rs}\nPrijem: {DATE:dot}   Otpust: {DATE:dot}\nKontakt: {NAME:bg} (ćerka), {PHONE:rs}",
    "PREPÚŠŤACIA SPRÁVA\nPacient: {NAME:bg}, r. č. {SSN:rc}, č. poistenca {HEALTH_PLAN:sk}\n"
    "Bydlisko: {GEO:sk}\nVek: {AGE} r.   Hospitalizácia od {DATE:dot} do {DATE:sk}\nOšetrujúci "
    "lekár: MUDr. {NAME:sig}, tel. {PHONE:sk}",
    'סיכום אשפוז\nשם המטופל: {NAME:he}   ת.ז.: {SSN:tz}\nגיל: {AGE}   כתובת: {GEO:ilhe}\n'
    'תאריך קבלה: {DATE:eu}   תאריך שחרור: {DATE:eu}\nרופא מטפל: ד"ר {NAME:he}, מ.ר. '
    '{LICENSE:il}',
    "Discharge letter - {GEO:inst}\nPatient: {NAME:il}, ID {SSN:tz}, born {DATE:eudob}, Kupat "
    "Holim member no. {HEALTH_PLAN:kupah}\nAddress: {GEO:il}\nDaughter: {NAME:il}, {PHONE:il}",
    "DISCHARGE SUMMARY\nName: Daw {NAME:mm}   Age: {AGE}   NRC: {SSN:nrc}\nAddress: {GEO:mm}\n"
    "Admitted {DATE:dmy}; discharged {DATE:dmy}\nInformant: U {NAME:mm} (son), {PHONE:mm}",
    "Patient: {NAME:kh} ({NAME:khmr})   Khmer ID: {SSN:kh}\nAge: {AGE}   Address: {GEO:kh}\n"
    "Caregiver: {NAME:kh}, {PHONE:kh}",
    "DISCHARGE SUMMARY\n{NAME:caps}   MRN {MRN}   DOB {DATE:usdob}   Age {AGE:y}\nHome: {GEO:us}\n"
    "Interpreter: Karen (Burmese refugee community); daughter {NAME:mm} speaks English, "
    "{PHONE:us}\nPCP: {NAME:sig}, MD   Follow-up {DATE:us} at {GEO:inst}",
    # Referral faxes and fax cover sheets.
    "FAX COVER SHEET\nTo: {NAME:sig}, {GEO:inst}   Fax: {FAX:us}\nFrom: {NAME:sig}   Phone: "
    "{PHONE:us}   Fax: {FAX:us}\nDate: {DATE:us}   Pages (including cover): 4\nRe: "
    "{NAME:comma}, DOB {DATE:usdob}\nCONFIDENTIALITY NOTICE: this facsimile contains protected "
    "health information.",
    "{DATE:fax} FROM:{FAX:us} TO:{FAX:us} P.002/004\nREFERRAL FOR: {NAME:caps}   DOB: "
    "{DATE:usdob}   INS: {HEALTH_PLAN:member}\nReason: {AGE}-year-old with falls",
    "KEPADA: Pakar Perubatan, {GEO:inst}\nNo. faks: {FAX:my}\nDaripada: Klinik Kesihatan, "
    "{GEO:my}\nRujukan pesakit: {NAME:my}, umur {AGE:ms}, K/P {SSN:mykad}, tel. {PHONE:my}",
    "TÉLÉCOPIE - {GEO:inst}\nÀ l'attention du Dr {NAME:family}\nN° de fax : {FAX:ma}   Date : "
    "{DATE:eu}\nObjet : demande d'avis pour Mme {NAME:ma}, {AGE:fr}, IP {MRN:ma}",
    "Received: {DATE:fax} from {FAX:us}\n-----\nREFERRAL - ORTHOPAEDICS\nPt: {NAME:ak}  D.O.B. "
    "{DATE:usdob}  SSN: {SSN}\nReferring provider {NAME:sig}  NPI {LICENSE:npi}  Ph {PHONE:us}",
    # Pathology and laboratory requisitions and reports.
    "SURGICAL PATHOLOGY REQUISITION\nPatient: {NAME:comma}   DOB: {DATE:usdob}   Sex: F\nMRN: "
    "{MRN}   Encounter: {ACCOUNT:enc}\nSpecimen A: skin, left temple, shave   Collected: "
    "{DATE:stamp}\nOrdering: {NAME:sig}, NPI {LICENSE:npi}   Copy to: {NAME:sig}\nClinical "
    "history: {AGE}-year-old with an enlarging lesion",
    "BORANG PERMOHONAN UJIAN MAKMAL\nNama pesakit: {NAME:myin}   No. K/P: {SSN:mykad}   Umur: "
    "{AGE}\nNo. makmal: {ACCOUNT:lab}   Tarikh: {DATE:eu}\nDoktor: {NAME:sig}, tel. {PHONE:my}",
    "病理組織檢查申請單\n病患：{NAME:hant}　病歷號：{MRN:tw}\n年齡：{AGE:zh}　"
    "採檢日期：{DATE:roc}　檢體編號：{ACCOUNT:path}\n申請醫師：{NAME:hant}　電話：{PHONE:tw}",
    "PATHOLOGY REQUEST - {GEO:inst}\nPatient: {NAME:ka} / {NAME:cau}\nPersonal no.: {SSN:ge}   "
    "Biopsy no.: {ACCOUNT:path}\nReceived {DATE:dot}; clinician {NAME:sig}",
    "BONE MARROW REQUEST\n{NAME:caps} | {AGE:sex} | MRN {MRN} | Ward 5N bed 12\nRequested by: "
    "{NAME:initials} (bleep 4412) on {DATE:short}\nHaematology consultant: Dr {NAME:family}",
    "LABORATORY REPORT\nPatient: {NAME:comma}   Age/Sex: {AGE}/F   Lab No: {ACCOUNT:lab}\n"
    "Collected: {DATE:stamp}   Reported: {DATE:stamp}\nReferring: {NAME:sig}   Location: "
    "{GEO:inst}\nVerified by: {NAME:sig}, MT(ASCP), license {LICENSE:state}",
    "LABORATORY RESULTS SLIP\nName: {NAME:ug}   Age: {AGE}   Sex: F   Lab No: {ACCOUNT:lab}\n"
    "Ward: 4C   Requesting clinician: {NAME:sig}\nDate: {DATE:eu}   Reviewed by: {NAME:initials}",
    "Critical value: potassium 6.9 called to {NAME:sig}, RN at {DATE:stamp}; read back. Patient "
    "{NAME:comma}, MRN {MRN}. Called by {NAME:user}.",
    "Cytologie - bon de demande\nPatiente : {NAME:sn}   Née le : {DATE:eudob}   N° labo : "
    "{ACCOUNT:lab}\nPrélevé le {DATE:eu} par {NAME:sig}\nRésultat à envoyer à {EMAIL:work}",
    # Consent forms.
    "CONSENT FOR BLOOD TRANSFUSION\nPatient: {NAME}   MRN: {MRN}   DOB: {DATE:usdob}\nSigned by: "
    "{NAME} (health care power of attorney), daughter\nInterpreter: {NAME:sig}, CCHI "
    "{LICENSE:cchi}   Date/time: {DATE:stamp}\nWitness: {NAME:sig}",
    "CONSENTEMENT ÉCLAIRÉ\nJe soussigné(e) {NAME:ma}, demeurant {GEO:ma}, titulaire de la CIN "
    "{SSN:cin}, agissant pour ma mère {NAME:ma}, âgée de {AGE:fr}, déclare avoir été informé(e) "
    "par le Dr {NAME:sig}.\nFait à {GEO:town}, le {DATE:fr}",
    "BORANG KEIZINAN PEMBEDAHAN\nSaya, {NAME:my}, No. K/P {SSN:mykad}, waris kepada {NAME:my}, "
    "bersetuju dengan prosedur yang diterangkan.\nSaksi: {NAME:sig}   Tarikh: {DATE:ms}",
    "POLST\nPatient: {NAME:zw}   DOB: {DATE:usdob}\nDiscussed with {NAME:zw} (son) and "
    "{NAME:zw} (pastor) on {DATE:mdy}\nPhysician: {NAME:sig}, license {LICENSE:state}, phone "
    "{PHONE:us}",
    "Consent to clinical photography: {NAME:il} agrees; images stored at {URL:drive}. Signed "
    "{DATE:eu} in the presence of {NAME:sig}.",
    "CONSENTIMIENTO INFORMADO\nYo, {NAME:gt}, con DPI {SSN:dpi}, hijo de la paciente {NAME:gt} "
    "de {AGE:es}, autorizo el procedimiento. Firma o huella.\nIntérprete k'iche': {NAME:gt}   "
    "Quetzaltenango, {DATE:es}",
    # Nursing handover.
    "SHIFT HANDOVER 19:00 - Ward 6A\nBed 3: {NAME:comma} ({AGE}), Dr {NAME:family}'s patient, "
    "nil by mouth from midnight; son {NAME:given} rings nightly on {PHONE}.\nBed 4: "
    "{NAME:comma} ({AGE}), falls risk; wife {NAME:given} stays overnight.",
    "交班 night shift: Bed 12 {NAME:hant} ({AGE:zh}) s/p ORIF, pain controlled; 家屬 {NAME:hant} "
    "{PHONE:tw}. Bed 14 {NAME:tw}, NG feeding.",
    "RN: {NAME:given} {NAME:initials}  |  Room 412  |  Pt: {NAME:ak}  |  Family: {NAME:given} "
    "{PHONE:us}  |  Goal today: sit out in chair",
    "handover: {NAME:lower} in bed 7 is {AGE} and hard of hearing, daughter {NAME:lower} coming "
    "at 10 to discuss placement at {GEO:care}. obs stable.",
    "Community nursing visit {DATE:dmy}: {NAME} at {GEO:usline}; the key safe code was given "
    "by her son {NAME:given}. Next visit {DATE:dow}.",
    # Radiology request forms.
    "RADIOLOGY REQUEST\nExam: CT abdomen and pelvis with contrast   Priority: urgent\nPatient: "
    "{NAME:caps}   DOB: {DATE:usdob}   MRN: {MRN}\nRequesting: {NAME:sig}, pager {PHONE:pager}   "
    "Callback: {PHONE:ext}\nClinical question: {AGE}-year-old with abdominal pain",
    "PERMOHONAN PEMERIKSAAN RADIOLOGI\nNama: {NAME:mycn}   RN: {MRN:my}   Umur: {AGE}\n"
    "Pemeriksaan: X-ray dada PA   Tarikh: {DATE:eu}\nPegawai: Dr. {NAME:sig}",
    "MWL AccessionNumber={ACCOUNT:acc} PatientName={NAME:pn} PatientID={MRN} "
    "PatientBirthDate={DATE:da} SPSStartDate={DATE:ymd} ReferringPhysicianName={NAME:pn} "
    "StationAddr={IP:port}",
    "SOLICITUD DE ULTRASONIDO\nPaciente: {NAME:gt}   Edad: {AGE:es}   Registro: {MRN}\nMédico "
    "solicitante: Dr. {NAME:sig}, colegiado {LICENSE:colegiado}",
    "MRI SAFETY SCREENING\n{NAME} has a cochlear implant, serial {DEVICE:ci}, and an ICD, "
    "serial {DEVICE:icd}; cleared by {NAME:sig} on {DATE:us}.",
    "Demande d'examen d'imagerie\nPatient : {NAME:cm}   Âge : {AGE:fr}\nExamen demandé : "
    "échographie abdominale\nPrescripteur : Dr {NAME:sig}, {PHONE:cm}\nDate : {DATE:eu}",
    # Insurance and billing.
    "HEALTH INSURANCE CLAIM FORM\n1a. INSURED'S I.D. NUMBER {HEALTH_PLAN:member}\n2. PATIENT'S "
    "NAME {NAME:comma}\n3. PATIENT'S BIRTH DATE {DATE:cms}  SEX F\n5. PATIENT'S ADDRESS "
    "{GEO:usline}  CITY {GEO:uscity}  ZIP CODE {GEO:zip}  TELEPHONE {PHONE:us}\n17. REFERRING "
    "PROVIDER {NAME:sig}  17b. NPI {LICENSE:npi}\n26. PATIENT'S ACCOUNT NO. {ACCOUNT:bill}",
    "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nMember: {NAME}   Member ID: "
    "{HEALTH_PLAN:member}   Group: {HEALTH_PLAN:group}\nClaim #: {ACCOUNT:claim}   Provider: "
    "{NAME:sig}, MD   Date of service: {DATE:us}\nMailed to: {GEO:us}",
    "PRIOR AUTHORIZATION REQUEST\nPatient: {NAME:comma}   DOB {DATE:usdob}   Medicare MBI "
    "{HEALTH_PLAN:mbi}\nPrescriber: {NAME:sig}   DEA {LICENSE:dea}   Fax {FAX:us}\nAuth #: "
    "{ACCOUNT:pa}   Approved through {DATE:us}",
    "STATEMENT DATE {DATE:us}   ACCOUNT {ACCOUNT:bill}\nGuarantor: {NAME:caps}\n{GEO:us}\nPay "
    "online at {URL:pay}",
    "GUARANTEE LETTER No. {ACCOUNT:gl}\nInsured: {NAME:my}   Policy No.: {HEALTH_PLAN:policy}   "
    "IC: {SSN:mykad}\nAdmission: {DATE:eu}   Hospital: {GEO:inst}\nIssued by {NAME:sig}, claims "
    "officer, {EMAIL:work}",
    "FEUILLE DE SOINS - AMO\nN° d'immatriculation : {HEALTH_PLAN:cnss}   Assuré(e) : {NAME:ma}\n"
    "Bénéficiaire : {NAME:ma} (mère), née le {DATE:eudob}\nMédecin : Dr {NAME:sig}, INPE "
    "{LICENSE:inpe}\nRIB pour remboursement : {ACCOUNT:rib}",
    "HIB CLAIM FORM\nInsuree: {NAME:np}   Insurance No.: {HEALTH_PLAN:hib}   Claim code: "
    "{ACCOUNT:claim}\nVisit date: {DATE:bs}   Service point: {GEO:inst}",
    "CLAIMANT'S STATEMENT\nInsured: {NAME}   Date of death: {DATE:us}   Age: {AGE}\nBeneficiary: "
    "{NAME}, {GEO:us}\nPolicy no.: {ACCOUNT:policy}   Bank routing/account: {ACCOUNT:bank}",
    "VA FORM 10-10EZ (excerpt)\nVeteran: {NAME:caps}   Claim no.: {ACCOUNT:va}   SSN: {SSN}\n"
    "Address: {GEO:us}   Phone: {PHONE:us}\nVA facility: {GEO:inst}",
    # E-mails between clinicians and patient portal messages.
    'From: "{NAME:sig}" <{EMAIL:work}>\nTo: {EMAIL:work}; {EMAIL:work}\nSent: {DATE:email}\n'
    "Subject: Re: pt {NAME:initials} - bed request\n\nHi {NAME:given}, the family ({NAME}, "
    "{PHONE}) would prefer {GEO:care}. Regards, {NAME:given}",
    "Message from {NAME} (proxy for {NAME}) on {DATE:stamp}:\nHi Dr. {NAME:family}, mom is {AGE} "
    "now and the new pills make her dizzy. Can you call me at {PHONE}? My email is {EMAIL}. "
    "Thanks, {NAME:given}",
    "--\n{NAME:sig}, MBBS, MRCP\nConsultant Geriatrician | {GEO:inst}\nT: {PHONE:my} | F: "
    "{FAX:my} | {EMAIL:work}\nThis e-mail and any attachments are confidential.",
    "-----Message d'origine-----\nDe : {NAME:sig} <{EMAIL:work}>\nEnvoyé : {DATE:frw}\nÀ : "
    "{EMAIL:work}\nObjet : TR: Mme {NAME:ma} - RCP du {DATE:short}",
    "Mensaje del portal ({DATE:stamp}): Hola doctora {NAME:family}, soy {NAME:gt}, nieta de "
    "{NAME:gt}. Mi abuela de {AGE:es} sigue con tos. Mi WhatsApp es {PHONE:gt}.",
    "[{DATE:chat}] {NAME:user}: can someone see {NAME:family} in 12? daughter {NAME:given} at "
    "the bedside, very upset\n[{DATE:chat}] {NAME:user}: on my way",
    "Access request: please give {NAME} (locum) PACS access; her login is MAHOSP\\{NAME:user} "
    "and her e-mail {EMAIL:work}.",
    "Your test results are ready. Sign in at {URL:portal} with the username {NAME:user}. This "
    "notice was sent to {EMAIL}.",
    'שלום ד"ר {NAME:he}, מצורף סיכום של {NAME:he} ({AGE}), ת.ז. {SSN:tz}. לבירורים: {PHONE:il}',
    "Automatic reply: I am out of the office until {DATE:mdy}. For Dr. {NAME:family}'s patients "
    "please contact {NAME:sig} at {EMAIL:work} or {PHONE:ext}.",
    # Pharmacy labels and prescriptions.
    "{GEO:pharmacy}\n{GEO:us}\nRx# {ACCOUNT:rx}   {NAME:caps}\nDr. {NAME:sig}   Filled: "
    "{DATE:us}   Discard after: {DATE:us}\nQTY: 30   REFILLS: 2",
    "FARMASI {GEO:inst}\nNama: {NAME:my}   RN: {MRN:my}\nUbat: Metformin 500 mg, 1 biji 2 kali "
    "sehari selepas makan\nTarikh: {DATE:eu}   Pegawai farmasi: {NAME:initials}",
    "藥袋\n姓名：{NAME:hant}　年齡：{AGE:zh}　病歷號：{MRN:tw}\n"
    "調劑日期：{DATE:roc}　藥師：{NAME:hant}",
    "WEEKLY DOSETTE - {NAME} - {GEO:usline}\nWeek starting {DATE:dow}   Checked by "
    "{NAME:initials}   Pharmacy {PHONE:us}",
    "<NewRx><Patient><HumanPatient><Name><LastName>{NAME:family}</LastName><FirstName>"
    "{NAME:given}</FirstName></Name><DateOfBirth><Date>{DATE:isob}</Date></DateOfBirth><Address>"
    "<AddressLine1>{GEO:usline}</AddressLine1><PostalCode>{GEO:zip}</PostalCode></Address>"
    "</HumanPatient></Patient><Prescriber><NonVeterinarian><Identification><NPI>{LICENSE:npi}"
    "</NPI><DEANumber>{LICENSE:dea}</DEANumber></Identification></NonVeterinarian></Prescriber>"
    "</NewRx>",
    "Famasi: {GEO:pharmacy}\nNon pasyan: {NAME:ht}   Dat: {DATE:ht}\nPran 1 grenn chak maten. "
    "Rele {PHONE:ht} si gen pwoblèm.",
    # Structured exports: CSV, TSV, JSON, FHIR, openEHR, HL7, XML, data frames and logs.
    '"patient_name","dob","mrn","address","phone"\n"{NAME:comma}","{DATE:usdob}","{MRN}",'
    '"{GEO:us}","{PHONE:us}"\n"{NAME:comma}","{DATE:usdob}","{MRN}","{GEO:us}","{PHONE:us}"',
    "SpecimenID\tPatient\tDOB\tCollected\tSite\n{ACCOUNT:lab}\t{NAME:pn}\t{DATE:serialb}\t"
    "{DATE:serial}\t{GEO:inst}\n{ACCOUNT:lab}\t{NAME:pn}\t{DATE:serialb}\t{DATE:serial}\t"
    "{GEO:inst}",
    '{"patient": {"id": "{MRN}", "display": "{NAME}", "age": {AGE:dec}, "contact": {"email": '
    '"{EMAIL}", "mobile": "{PHONE:e164}"}}, "lastSeen": {DATE:epoch}, "clientIp": "{IP}"}',
    '{"resourceType": "Appointment", "start": "{DATE:fhir}", "participant": [{"actor": '
    '{"reference": "Patient/{MRN}", "display": "{NAME}"}}, {"actor": {"display": "{NAME:sig}"}}]'
    ', "comment": "Khmer interpreter; daughter {NAME:kh} will bring her, {PHONE:us}"}',
    '{"resourceType": "Encounter", "identifier": [{"value": "{ACCOUNT:enc}"}], "subject": '
    '{"display": "{NAME:tw}"}, "period": {"start": "{DATE:fhir}", "end": "{DATE:fhir}"}, '
    '"hospitalization": {"origin": {"display": "{GEO:care}"}}}',
    '{"resourceType": "Observation", "code": {"text": "Blood pressure"}, "subject": '
    '{"reference": "Patient/{MRN}"}, "effectiveDateTime": "{DATE:fhir}", "performer": '
    '[{"display": "{NAME:sig}"}], "device": {"display": "home cuff SN {DEVICE:rpm}"}}',
    '{"ctx/language": "en", "ctx/composer_name": "{NAME:sig}", "ctx/health_care_facility|name": '
    '"{GEO:inst}", "ctx/participation_name": "{NAME}", "ctx/time": "{DATE:fhir}", '
    '"demographics/birth_date": "{DATE:isob}"}',
    "MSH|^~\\&|LIS|HKB|EMR|HKB|{DATE:hl7}||ORU^R01|MSG0091|P|2.5.1\nPID|1||{MRN:my}^^^HKB^MR~"
    "{SSN:mykad}^^^JPN^NI||{NAME:pn}||{DATE:da}|F\nOBR|1|{ACCOUNT:lab}||FBC^Full blood count|||"
    "{DATE:hl7}|||||||||{LICENSE:mmc}^{NAME:pn}\nNTE|1||Result phoned to {NAME:sig} at "
    "{PHONE:ext} by {NAME:initials}",
    "     mrn            name         dob    zip\n0  {MRN}  {NAME:caps}  {DATE:isob}  {GEO:zip}\n"
    "1  {MRN}  {NAME:caps}  {DATE:isob}  {GEO:zip}",
    "{DATE:epoch} INFO C-FIND from {IP:port} PatientName={NAME:dicomq} PatientID={MRN} "
    "user={NAME:user}",
    "Invitation: Family meeting re {NAME:family} @ {DATE:cal}\nJoin: {URL:tele}\nGuests: "
    "{EMAIL:work}, {EMAIL}",
    'QR: {"n":"{NAME:caps}","i":"{MRN:my}","b":"{DATE:isob}","w":"7B"}',
    "Ward\tBed\tName\tAge\tConsultant\tNOK tel\n5N\t12\t{NAME:comma}\t{AGE}\t{NAME:family}\t"
    "{PHONE}\n5N\t14\t{NAME:comma}\t{AGE}\t{NAME:family}\t{PHONE}",
    "<Patient><Nom>{NAME:family}</Nom><Prenom>{NAME:given}</Prenom><DateNaissance>{DATE:eudob}"
    "</DateNaissance><Telephone>{PHONE:sn}</Telephone><Adresse>{GEO:sn}</Adresse></Patient>",
    # Scanned and OCR'd pages.
    "PATIENT NAME (BLOCK CAPITALS): {NAME:spaced}\nDATE OF BIRTH: {DATE:boxed}   ZIP: "
    "{GEO:zipspaced}\nTEL: {PHONE:spaced}",
    "Referral letter (scanned)\nDear Dr {NAME:family},\nre: {NAME:ocr} d.o.b. {DATE:ocr}\nof "
    "{GEO:ocr}\nThis {AGE}-year-old lady has had two falls.",
    "REPUBLIQUE DU SENEGAL - CARTE D'IDENTITE CEDEAO\nN° {SSN:sn}\nPrénoms {NAME:given}\nNom "
    "{NAME:family}\nDate de naissance {DATE:eudob}   Lieu de naissance {GEO:town}\nAdresse "
    "{GEO:sn}",
    "KAD PENGENALAN MALAYSIA\n{SSN:mykad}\n{NAME:my}\n{GEO:my}\nWARGANEGARA",
    "Member: {NAME:caps}   ID: {HEALTH_PLAN:member}\nGroup: {HEALTH_PLAN:group}   RxBIN 610014\n"
    "PCP: {NAME:sig}   PCP phone: {PHONE:us}",
    "{DATE:fax}    {FAX:us}    PAGE 01/03\nPatient:{NAME:comma}DOB:{DATE:usdob}MRN:{MRN}",
    # Dictation and speech recognition.
    "this is doctor {NAME:stt} dictating on {DATE:stt} for patient {NAME:stt} medical record "
    "number {MRN:stt} period she is a {AGE:words} year old lady new paragraph",
    "Patient is a pleasant {AGE}-year-old lady accompanied by her daughter {NAME:stt} who lives "
    "in {GEO:stt} comma and can be reached at {PHONE:stt} period",
    "Dictated but not read. Transcribed by {NAME:initials} on {DATE:stamp}. cc: {NAME:sig}; "
    "{NAME:sig}, {GEO:inst}",
    "Phone call from {NAME:lower} about her mother; callback number {PHONE:stt}; she says mum "
    "turned {AGE:words} last week.",
    # Copy-pasted headers, footers and sign-offs.
    "Printed by: {NAME:user} on {DATE:stamp} from workstation {IP}\nPage 3 of 7\n{NAME:caps}  "
    "MRN: {MRN}  DOB: {DATE:usdob}  Acct: {ACCOUNT:enc}",
    "***This note was copied forward from {DATE:us} by {NAME:sig}***\n{NAME} lives with her "
    "great-niece {NAME} at {GEO:us}.",
    "Electronically signed by: {NAME:sig}, MD on {DATE:stamp}\nCosigned by: {NAME:sig}, DO on "
    "{DATE:stamp}\nThis document contains confidential information about {NAME:comma} "
    "({MRN}).",
    "{GEO:inst} | {NAME:comma} | {MRN} | DOB {DATE:usdob} | Page 2\nwas reviewed with the family "
    "and\n{GEO:inst} | {NAME:comma} | {MRN} | DOB {DATE:usdob} | Page 3",
    "{GEO:inst}\n{GEO:my}\nTel: {PHONE:my}  Fax: {FAX:my}\nOur ref: {ACCOUNT:ref}   Your ref: "
    "{NAME:initials}/{ACCOUNT:ref}",
    # Names, places, identifiers and ages in prose, in hard places.
    "{NAME:zw} came with her granddaughter {NAME:zw}. {NAME:given} reports that she forgets "
    "where she puts things; {NAME:given} manages her tablets.",
    "Spoke with {NAME:given}'s granddaughter ({NAME:lower}); {NAME:family}'s house at {GEO:ak} "
    "has no running water.",
    "Photos were sent from {EMAIL} to the wound nurse {NAME:sig} ({EMAIL:work}); the family "
    "also posted them on {URL:social}.",
    "The family set up a fundraiser ({URL:fund}) for the flight home. Her grandson drives a "
    "pickup, plate {VEHICLE:us}; his licence {LICENSE:dl} was copied for the parking pass.",
    "EMS: found by the neighbour {NAME} at {GEO:gps}; last seen {DATE:dow}. Husband {NAME:given} "
    "({AGE}) also transported.",
    "No street address: the house is at plus code {GEO:plus}, behind the mosque; ask for "
    "{NAME:sn} at the shop, {PHONE:sn}.",
    "{NAME:cau} (née {NAME:family}) and her husband {NAME:cau} attended; interpreter "
    "{NAME:sig} (Armenian).",
    "She was riding pillion on a motorcycle ({VEHICLE:my}) behind her grandson {NAME:my}; "
    "police report {ACCOUNT:police}.",
    "騎機車（車牌 {VEHICLE:tw}）被撞，由孫子{NAME:hant}送醫，聯絡電話 {PHONE:tw}。",
    "Home oxygen concentrator SN {DEVICE:o2} and CPAP SN {DEVICE:cpap} belong to {NAME}; the "
    "vendor will collect them from {GEO:us}.",
    "Oldest resident of {GEO:town}, honoured by the mayor at {AGE}; born {DATE:mdyb} on a farm "
    "near {GEO:town}.",
    "Mme {NAME:ht}, âgée de {AGE:frw} ans, vit seule à {GEO:ht} depuis le décès de son époux "
    "{NAME:ht}.",
    "Age at admission: {AGE:ym}. Lives with her nephew {NAME:kz} at {GEO:kzl}; "
    "car {VEHICLE:kz}.",
    "भर्ना मिति: {DATE:bsdeva}   बिरामीको नाम: {NAME:deva}   उमेर: {AGE:deva}\nठेगाना: "
    "{GEO:npdeva}   सम्पर्क: {PHONE:np}",
    "လူနာအမည်: {NAME:mymr}   အသက်: {AGE}   နေရပ်: {GEO:mm}   ဖုန်း: {PHONE:mm}",
    "პაციენტი: {NAME:ka}   პირადი ნომერი: {SSN:ge}\nმისამართი: {GEO:geka}   ტელ.: {PHONE:ge}",
    "Հիվանդ՝ {NAME:hy}, ծնված՝ {DATE:dotb}, հեռ.՝ {PHONE:am}\nՀասցե՝ {GEO:am}",
    "ឈ្មោះអ្នកជំងឺ៖ {NAME:khmr}   អាយុ៖ {AGE}   អាសយដ្ឋាន៖ {GEO:kh}   ទូរស័ព្ទ៖ {PHONE:kh}",
    "நோயாளி: {NAME:taml}   வயது: {AGE}   தொலைபேசி: {PHONE:my}\nமுகவரி: {GEO:my}",
    "الاسم الكامل: {NAME:arma}   رقم البطاقة الوطنية: {SSN:cin}\nالعنوان: {GEO:maar}   الهاتف: "
    "{PHONE:ma}",
    "Car parked in the emergency bay, plate {VEHICLE:il}, belongs to the patient's son "
    "{NAME:il}; moved by security ({PHONE:il}).",
    "Family tree for genetics: proband {NAME}, her sister {NAME:given} ({AGE}, alive, lives in "
    "{GEO:town}) and their late brother {NAME:given}.",
    "Memory clinic: {NAME:zw} was accompanied by her son {NAME:given} and her daughter-in-law "
    "{NAME}; MoCA 17/30.",
    "Transport: the patient's car ({VEHICLE:bg}) stays at {GEO:bg}; her son {NAME:cyr} will "
    "collect the keys, {PHONE:bg}.",
    "Visitor log {DATE:stamp}: {NAME} (grandson), ID {LICENSE:dl}, vehicle {VEHICLE:ma}.",
    "Bluetooth glucose meter {DEVICE:gluco} paired with the phone of her carer {NAME:ug} "
    "({PHONE:ug}); readings synced from {IP}.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents
# stripped): Malay, Malaysian Chinese and Malaysian Indian, Taiwanese (Wade-Giles), Moroccan,
# Senegalese, Cameroonian and Congolese, Haitian, K'iche' and Kaqchikel, Nepali, Georgian and
# Armenian, Kazakh and Uzbek, Yup'ik, Zimbabwean, Ugandan and Rwandan, Angolan and Mozambican,
# Bulgarian and Serbian, Israeli, Burmese and Khmer, and names in ten scripts.
_V14_MY_GIVEN = (
    "Rosnah", "Zaitun", "Kamariah", "Saadiah", "Halimaton", "Norhayati", "Maimunah", "Rahmah",
    "Sapiah", "Esah", "Rokiah", "Che Som", "Zulkifli", "Mazlan", "Kamarulzaman", "Rosli", "Ramli",
    "Awang", "Sulong", "Mokhtar",
)  # fmt: skip
_V14_MY_FAMILY = (
    "Kamaruddin", "Jusoh", "Awang Kechik", "Mat Saman", "Sulaiman", "Hashim", "Baharuddin",
    "Zainal Abidin", "Ghazali", "Yaakob", "Mahmud", "Che Mat", "Nik Daud",
)  # fmt: skip
_V14_MYCN_GIVEN = (
    "Siew Geok", "Beng Huat", "Poh Choo", "Eng Kiat", "Seng Chye", "Swee Keow", "Bee Choo",
    "Geok Neo", "Swee Kheng", "Gaik Leng",
)  # fmt: skip
_V14_MYCN_FAMILY = ("Ooi", "Khoo", "Yeoh", "Teoh", "Cheah", "Chuah", "Quah", "Loke", "Tay")
_V14_MYIN_GIVEN = (
    "Letchumy", "Pushpavalli", "Muniammah", "Valliammai", "Kamachi", "Nagammah", "Sinnathamby",
    "Muthusamy", "Velayutham", "Karuppan", "Sellamuthu",
)  # fmt: skip
_V14_MYIN_FAMILY = (
    "Muniandy", "Karuppiah", "Maniam", "Sinnasamy", "Suppiah", "Periasamy", "Rengasamy",
)  # fmt: skip
_V14_TW_GIVEN = (
    "Yueh-chiao", "Kuei-chih", "Szu-yun", "Tsung-hsien", "Ching-chiang", "Tzu-hsuan",
    "Shih-chieh", "Yueh-kuei", "Chiung-tzu", "Chieh-hsiung",
)  # fmt: skip
_V14_TW_FAMILY = (
    "Hsieh", "Chuang", "Yeh", "Tseng", "Chiang", "Hsu", "Chien", "Kao", "Tsao", "Hsiao",
)  # fmt: skip
_V14_MA_GIVEN = (
    "Zoubida", "Hadda", "Fettouma", "Yamina", "Rkia", "Mbarka", "Itto", "Khadidja", "Touria",
    "Keltoum", "Mustapha", "Abdelkader", "Mbarek", "Driss", "Hammou", "Mimoun",
)  # fmt: skip
_V14_MA_FAMILY = (
    "Benjelloun", "El Alaoui", "Ait Ouahmane", "Lahlou", "Bennani", "Ouazzani", "Tazi",
    "Belkacem", "Chraibi", "Berrada", "Zerhouni", "Boudiaf",
)  # fmt: skip
_V14_SN_GIVEN = (
    "Mame Diarra", "Seynabou", "Coumba", "Daba", "Astou", "Khady", "Modou", "Pape Alioune",
)  # fmt: skip
_V14_SN_FAMILY = ("Thiam", "Diouf", "Ndour", "Mbengue", "Seck", "Dieng", "Gning", "Ndao")
_V14_CM_GIVEN = (
    "Pélagie", "Evariste", "Bertille", "Virginie", "Edwige", "Laurentine", "Scholastique",
    "Perpétue", "Bienvenu", "Aimé",
)  # fmt: skip
_V14_CM_FAMILY = (
    "Mbarga", "Nkodo", "Tchoupo", "Kamdem", "Fotso", "Kabongo", "Tshimanga", "Ilunga", "Lukusa",
    "Essomba", "Atangana", "Eyenga", "Mvondo", "Ndzana", "Owona", "Belinga", "Ngono", "Ngo Bassa",
)  # fmt: skip
_V14_HT_GIVEN = (
    "Wilner", "Dieuseul", "Mercidieu", "Wesner", "Fénelon", "Yolette", "Rosemène", "Ketly",
    "Nadège", "Dieumène", "Anel", "Dieujuste", "Mérilia",
)  # fmt: skip
_V14_HT_FAMILY = (
    "Désir", "Innocent", "Fleurant", "Bonhomme", "Chérélus", "Dorvilus", "Dorcély", "Exantus",
    "Jeune", "Charlestin",
)  # fmt: skip
_V14_GT_GIVEN = (
    "Tomasa", "Candelaria", "Petrona", "Eusebia", "Baltazar", "Cayetano", "Micaela", "Crispín",
    "Feliciana",
)  # fmt: skip
_V14_GT_FAMILY = (
    "Xiloj", "Tzoc", "Ixcoy", "Cux", "Sicajá", "Tumax", "Chocooj", "Ajanel", "Xicará", "Us",
    "Tzul", "Coyoy", "Batz",
)  # fmt: skip
_V14_NP_GIVEN = (
    "Tek Bahadur", "Dil Kumari", "Ang Dawa", "Hari Prasad", "Januka", "Lila Devi",
    "Chhiring Doma",
)  # fmt: skip
_V14_NP_FAMILY = (
    "Limbu", "Bhattarai", "Dhakal", "Pun", "Ghale", "Khadka", "Subedi", "Pokharel", "Dahal",
)  # fmt: skip
_V14_CAU_GIVEN = (
    "Nodar", "Manana", "Tinatin", "Zurab", "Ketevan", "Vakhtang", "Eteri", "Guram", "Anahit",
    "Hripsime", "Aghavni", "Hovhannes", "Sirvard",
)  # fmt: skip
_V14_CAU_FAMILY = (
    "Tsiklauri", "Gelashvili", "Kapanadze", "Chkheidze", "Lomidze", "Japaridze", "Hakobyan",
    "Sargsyan", "Mkrtchyan", "Minasyan", "Avetisyan", "Khachatryan",
)  # fmt: skip
_V14_KZ_GIVEN = (
    "Aizhan", "Saule", "Bibigul", "Zhanar", "Dilnoza", "Mukhabbat", "Oygul", "Nurlan", "Yerzhan",
    "Kanat", "Bakhtiyor", "Shavkat",
)  # fmt: skip
_V14_KZ_FAMILY = (
    "Abenov", "Zhaksylykov", "Tokhtarov", "Nurmagambetov", "Rustamov", "Kasymov", "Yuldashev",
    "Ergashev", "Baimukhanov",
)  # fmt: skip
_V14_KZ_PATRONYMIC = {
    "m": ("Serikovich", "Karimovich", "Ermekovich", "Serikuly"),
    "f": ("Bolatovna", "Ermekovna", "Tursunovna", "Bolatkyzy"),
}  # fmt: skip
_V14_AK_GIVEN = ("Nastasia", "Olinka", "Evon", "Oxie", "Agafia", "Paniyak", "Wassilie", "Nickolai")
_V14_AK_FAMILY = (
    "Active", "Kasayulie", "Nicori", "Pavila", "Gusty", "Lupie", "Tikiun", "Kiokun", "Oscar",
    "Chikigak", "Kanrilak",
)  # fmt: skip
# Zimbabwean given names that are English words (Memory, Knowledge, Talent, Enough).
_V14_ZW_GIVEN = (
    "Memory", "Knowledge", "Talent", "Loveness", "Enough", "Nomatter", "Givemore", "Trymore",
    "Learnmore", "Godknows", "Fortunate", "Privilege", "Fadzai", "Tapiwa",
)  # fmt: skip
_V14_ZW_FAMILY = (
    "Ncube", "Sibanda", "Mutasa", "Makoni", "Chigumba", "Mhlanga", "Gumbo", "Marufu", "Mumba",
    "Mwale", "Tembo", "Chinyama",
)  # fmt: skip
_V14_UG_GIVEN = (
    "Nakato", "Babirye", "Scovia", "Jovia", "Immaculate", "Annet", "Proscovia", "Uwase", "Gift",
)  # fmt: skip
_V14_UG_FAMILY = (
    "Ssempala", "Mukasa", "Nabukenya", "Namutebi", "Kiggundu", "Ssekandi", "Habimana", "Uwimana",
    "Niyonzima", "Mugisha", "Nsengiyumva", "Tumusiime", "Mukamana",
)  # fmt: skip
_V14_AO_GIVEN = (
    "Nzinga", "Domingas", "Lukeni", "Esperança", "Felismina", "Zeferino",
)  # fmt: skip
_V14_AO_FAMILY = (
    "Kiala", "Mbemba", "Nzau", "Cangamba", "Chipenda", "Macuácua", "Nhantumbo", "Cossa", "Sitoe",
    "Tembe",
)  # fmt: skip
_V14_BG_GIVEN = (
    "Stoyanka", "Todorka", "Zlatka", "Milunka", "Penka", "Dimitrinka", "Desislava", "Rumyana",
    "Hristo", "Dragoljub", "Krasimir", "Radivoje",
)  # fmt: skip
_V14_BG_FAMILY = (
    "Stoyanov", "Hristozov", "Petkov", "Zhelyazkov", "Radulović", "Obradović", "Paunović",
    "Vuksanović",
)  # fmt: skip
_V14_IL_GIVEN = (
    "Shoshana", "Ofra", "Dvora", "Yocheved", "Bracha", "Yaffa", "Nechama", "Menachem",
)  # fmt: skip
_V14_IL_FAMILY = (
    "Ohayon", "Almog", "Shitrit", "Elmaleh", "Abergel", "Zilberman", "Katzenelson",
)  # fmt: skip
_V14_MM_GIVEN = (
    "Khin Myint", "Aye Aye", "Than Than", "Hla Hla", "Nyein", "Thida", "Sandar", "Ohnmar",
    "Kyaw",
)  # fmt: skip
_V14_MM_FAMILY = ("Htwe", "Nwe", "Swe", "Lwin", "Aung", "Hnin", "Mya")
_V14_KH_GIVEN = (
    "Sokunthea", "Sreymom", "Chantrea", "Sophal", "Sokhom", "Kunthea", "Ratanak", "Leakhena",
)  # fmt: skip
_V14_KH_FAMILY = ("Prak", "Ouk", "Chhun", "Pich", "Heng", "Sovann", "Chanthou")
# Given names of men, for the forms that write "bin", "a/l" or a patronymic.
_V14_MALE = frozenset(
    ("Zulkifli", "Mazlan", "Kamarulzaman", "Rosli", "Ramli", "Awang", "Sulong", "Mokhtar",
     "Sinnathamby", "Muthusamy", "Velayutham", "Karuppan", "Sellamuthu", "Nurlan", "Yerzhan",
     "Baltazar", "Cayetano", "Crispín",
     "Kanat", "Bakhtiyor", "Shavkat", "Hristo", "Dragoljub", "Krasimir", "Radivoje",
     "Нурлан", "Красимир")
)  # fmt: skip
_V14_SCRIPT_NAMES = (
    (("罔市", "阿嬌", "金水", "秀鳳", "明德", "月娥"), ("游", "詹", "莊", "洪", "簡")),
    (("رشيدة", "مصطفى", "يامنة", "امبارك"), ("بنجلون", "الشرايبي", "الوزاني", "التازي")),
    (("ნოდარი", "ეთერი", "თინათინი", "ზურაბი"), ("წიკლაური", "ჩხეიძე", "გოგიჩაიშვილი")),
    (("Աղավնի", "Հռիփսիմե", "Հովհաննես", "Սիրվարդ"), ("Մինասյան", "Մելքոնյան")),
    (("עופרה", "דבורה", "יוכבד", "נחמה"), ("אלמוג", "שטרית", "אברג'ל", "כצנלסון")),
    (("टेक बहादुर", "दिल कुमारी", "जनुका"), ("लिम्बु", "भट्टराई", "ढकाल")),
    (("လှလှ", "သန်းသန်း", "အေးအေး", "သီတာ"), ("ထွေး", "လွင်")),
    (("សុខន្ធា", "ស្រីមុំ", "ចន្ទ្រា"), ("ប្រាក់", "អ៊ុក", "ឈុន")),
    (("Пенка", "Здравка", "Красимир", "Тодорка", "Айжан", "Сауле", "Нурлан"),
     ("Желязков", "Абенов", "Жаксылыков", "Христозов", "Пенчев")),
    (("லெட்சுமி", "முனியம்மா"), ("முனியாண்டி", "கருப்பையா")),
)  # fmt: skip
_V14_LATIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V14_MY_GIVEN, _V14_MY_FAMILY),
    (_V14_MYCN_GIVEN, _V14_MYCN_FAMILY),
    (_V14_MYIN_GIVEN, _V14_MYIN_FAMILY),
    (_V14_TW_GIVEN, _V14_TW_FAMILY),
    (_V14_MA_GIVEN, _V14_MA_FAMILY),
    (_V14_SN_GIVEN, _V14_SN_FAMILY),
    (_V14_CM_GIVEN, _V14_CM_FAMILY),
    (_V14_HT_GIVEN, _V14_HT_FAMILY),
    (_V14_GT_GIVEN, _V14_GT_FAMILY),
    (_V14_NP_GIVEN, _V14_NP_FAMILY),
    (_V14_CAU_GIVEN, _V14_CAU_FAMILY),
    (_V14_KZ_GIVEN, _V14_KZ_FAMILY),
    (_V14_AK_GIVEN, _V14_AK_FAMILY),
    (_V14_ZW_GIVEN, _V14_ZW_FAMILY),
    (_V14_UG_GIVEN, _V14_UG_FAMILY),
    (_V14_AO_GIVEN, _V14_AO_FAMILY),
    (_V14_BG_GIVEN, _V14_BG_FAMILY),
    (_V14_IL_GIVEN, _V14_IL_FAMILY),
    (_V14_MM_GIVEN, _V14_MM_FAMILY),
    (_V14_KH_GIVEN, _V14_KH_FAMILY),
)
_V14_GROUPS = _V14_LATIN_GROUPS + _V14_SCRIPT_NAMES
V14_GIVEN = tuple(g for givens, _ in _V14_GROUPS for g in givens)
V14_FAMILY = tuple(dict.fromkeys(f for _, families in _V14_GROUPS for f in families))
V14_NICKNAMES = ("Meimei", "Tita", "Bobo", "Nènè", "Tatie", "Dudu")
# The groups a locale's forms draw their names from (indexes into _V14_GROUPS), and the scripts.
_V14_LOCALES = (
    "my", "mycn", "myin", "tw", "ma", "sn", "cm", "ht", "gt", "np", "cau", "kz", "ak", "zw", "ug",
    "ao", "bg", "il", "mm", "kh",
)  # fmt: skip
_V14_SCRIPTS = ("hant", "arma", "ka", "hy", "he", "deva", "mymr", "khmr", "cyr", "taml")
_V14_GROUP_OF = {g: i for i, (givens, _) in enumerate(_V14_GROUPS) for g in givens}
# Family names that take "-a" for a woman (Abenova, Stoyanova, Абенова).
_V14_GENDERED = frozenset(
    f for _, families in _V14_GROUPS for f in families if f.endswith(("ov", "ev", "ов", "ев"))
)

# Places: Malaysian (town, postcode, state), Taiwanese (city, district, postcode, road, and the
# same in Chinese), Moroccan (city, postcode, quarter), and towns, quarters, streets and villages
# of the other countries; US addresses of the communities the names above live in.
V14_MY_PLACES = (
    ("Petaling Jaya", "47300", "Selangor"), ("Kota Bharu", "15200", "Kelantan"),
    ("Ipoh", "30450", "Perak"), ("Kuching", "93350", "Sarawak"), ("Alor Setar", "05100", "Kedah"),
    ("Seremban", "70200", "Negeri Sembilan"), ("Kuala Terengganu", "20050", "Terengganu"),
    ("Sandakan", "90000", "Sabah"), ("Pasir Mas", "17000", "Kelantan"),
)  # fmt: skip
V14_MY_STREETS = (
    "Jalan SS 2/24", "Jalan Sultanah Zainab", "Lorong Seri Kenangan 3", "Jalan Kampung Baru",
    "Lorong Haji Taib 5", "Jalan Merbau 2/7", "Persiaran Bayan Indah",
)  # fmt: skip
V14_MY_AREAS = ("Taman Desa Jaya", "Taman Sri Muda", "Taman Melawati", "Taman Bukit Indah")
V14_MY_KAMPUNG = (
    "Kampung Pasir Puteh", "Kampung Gong Badak", "Kampung Baru Seri Aman",
    "Rumah Panjang Nanga Sumpa",
)  # fmt: skip
V14_TW_PLACES = (
    ("Taipei City", "Da'an Dist.", "106", "Heping E. Rd."),
    ("Taichung City", "Beitun Dist.", "406", "Chongde Rd."),
    ("Tainan City", "East Dist.", "701", "Shengli Rd."),
    ("Kaohsiung City", "Sanmin Dist.", "807", "Jiuru 1st Rd."),
    ("Hualien County", "Hualien City", "970", "Zhongshan Rd."),
)  # fmt: skip
V14_TW_ZH = (
    ("臺北市", "大安區", "和平東路"), ("臺中市", "北屯區", "崇德路"), ("臺南市", "東區", "勝利路"),
    ("高雄市", "三民區", "九如一路"), ("花蓮縣", "花蓮市", "中山路"),
)  # fmt: skip
V14_MA_PLACES = (
    ("Casablanca", "20570", "Hay Mohammadi"), ("Marrakech", "40000", "Médina"),
    ("Fès", "30110", "Fès Jdid"), ("Rabat", "10040", "Yacoub El Mansour"),
    ("Oujda", "60000", "Lazaret"), ("Tanger", "90000", "Beni Makada"),
)  # fmt: skip
V14_MA_ARABIC = (
    ("الدار البيضاء", "الحي المحمدي"), ("مراكش", "المدينة القديمة"), ("وجدة", "حي لازاري"),
)  # fmt: skip
V14_SN_PLACES = ("Dakar", "Thiès", "Kaolack", "Ziguinchor", "Saint-Louis", "Touba", "Mbour")
V14_SN_QUARTERS = ("Médina", "Grand Yoff", "Pikine Guinaw Rail", "Sicap Liberté 6", "HLM 5")
V14_CM_PLACES = (
    ("Yaoundé", "Mvog-Mbi"), ("Douala", "Bonapriso"), ("Douala", "New Bell"),
    ("Yaoundé", "Biyem-Assi"), ("Bafoussam", "Tamdja"), ("Ebolowa", "Nko'ovos"),
)  # fmt: skip
V14_CD_PLACES = (("Matonge", "Kalamu"), ("Righini", "Lemba"), ("Yolo-Sud", "Kalamu"))
V14_HT_PLACES = ("Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Jacmel", "Gonaïves", "Hinche")
V14_HT_STREETS = ("Rue Capois", "Rue Chavannes", "Rue Lamarre", "Rue Pavée", "Ruelle Waag")
V14_GT_PLACES = (
    ("Quetzaltenango", "Quetzaltenango"), ("Totonicapán", "Totonicapán"),
    ("Chichicastenango", "Quiché"), ("Nahualá", "Sololá"), ("Momostenango", "Totonicapán"),
)  # fmt: skip
V14_GT_ALDEAS = ("Chuicavioc", "Xecanchavox", "Pachum", "Chuatuj", "Paquí")
V14_NP_PLACES = (
    ("Bharatpur Metropolitan City", "Chitwan"), ("Tokha Municipality", "Kathmandu"),
    ("Lalitpur Metropolitan City", "Lalitpur"), ("Pokhara Metropolitan City", "Kaski"),
    ("Khumbu Pasanglhamu Rural Municipality", "Solukhumbu"),
)  # fmt: skip
V14_NP_TOLES = ("Kumaripati", "Baneshwor", "Lakeside", "Namche", "Jhamsikhel")
V14_NP_DEVA = (("काठमाडौं महानगरपालिका", "बानेश्वर"), ("ललितपुर महानगरपालिका", "कुमारीपाटी"))
V14_GE_PLACES = (
    ("Tbilisi", "Vazha-Pshavela Ave"), ("Tbilisi", "Chavchavadze Ave"),
    ("Kutaisi", "Tsereteli St"), ("Batumi", "Gorgiladze St"), ("Telavi", "Erekle II St"),
)  # fmt: skip
V14_GE_GEORGIAN = (("თბილისი", "ჭავჭავაძის გამზ."), ("ქუთაისი", "წერეთლის ქ."))
V14_AM_PLACES = (
    ("Yerevan", "00", "Komitas Ave"), ("Yerevan", "00", "Tigran Mets Ave"),
    ("Gyumri", "31", "Abovyan St"), ("Vanadzor", "20", "Tigranyan St"),
)  # fmt: skip
V14_KZ_CYRILLIC = (
    ("Алматы", "мкр. Самал-2"), ("Алматы", "ул. Толе би"), ("Астана", "пр. Кабанбай батыра"),
    ("Шымкент", "ул. Байтурсынова"), ("Караганда", "мкр. Орбита-1"),
)  # fmt: skip
V14_KZ_LATIN = (
    ("Almaty", "Tole Bi St"), ("Astana", "Kabanbay Batyr Ave"), ("Shymkent", "Baitursynov St"),
)  # fmt: skip
V14_UZ_PLACES = (
    ("Toshkent", "Chilonzor"), ("Toshkent", "Yunusobod"), ("Samarqand", "Urgut"),
    ("Buxoro", "G'ijduvon"),
)  # fmt: skip
V14_AK_PLACES = (
    ("Bethel", "99559"), ("Hooper Bay", "99604"), ("Chevak", "99563"), ("Toksook Bay", "99637"),
    ("Kwethluk", "99621"), ("Emmonak", "99581"),
)  # fmt: skip
V14_ZW_PLACES = (
    ("Harare", "Glen View 3"), ("Harare", "Mbare"), ("Bulawayo", "Nkulumane"),
    ("Mutare", "Sakubva"), ("Gweru", "Mkoba 12"),
)  # fmt: skip
V14_ZW_STREETS = ("Herbert Chitepo St", "Samora Machel Ave", "Jason Moyo Ave", "Simon Mazorodze Rd")
V14_UG_PLACES = (
    ("Kamwokya", "Kira Road"), ("Bwaise III", "Bombo Road"), ("Kisugu", "Muyenga Road"),
    ("Katanga", "Makerere Hill Road"),
)  # fmt: skip
V14_UG_VILLAGES = (
    ("Nakasajja", "Kasawo", "Mukono"), ("Kitemu", "Nsangi", "Wakiso"),
    ("Bukalagi", "Mpigi", "Mpigi"), ("Rwebikoona", "Kakoba", "Mbarara"),
)  # fmt: skip
V14_RW_PLACES = (
    ("Kimironko", "Gasabo"), ("Nyamirambo", "Nyarugenge"), ("Kicukiro", "Kicukiro"),
    ("Remera", "Gasabo"),
)  # fmt: skip
V14_AO_PLACES = (
    ("Luanda", "Ingombota", "Rua Amílcar Cabral"), ("Luanda", "Maianga", "Rua Rainha Ginga"),
    ("Huambo", "Cidade Alta", "Rua Comandante Che Guevara"),
    ("Lubango", "Lalula", "Rua Hoji Ya Henda"),
)  # fmt: skip
V14_MZ_PLACES = (
    ("Maputo", "Av. Eduardo Mondlane"), ("Maputo", "Av. 24 de Julho"),
    ("Beira", "Av. Samora Machel"), ("Nampula", "Av. Paulo Samuel Kankhomba"),
)  # fmt: skip
V14_MZ_BAIRROS = ("Mavalane", "Polana Caniço", "Chamanculo", "Maxaquene")
V14_BG_PLACES = (
    ("София", "1784", "ж.к. Младост 1"), ("Пловдив", "4000", "ул. „Иван Вазов“"),
    ("Варна", "9000", "ул. „Христо Ботев“"), ("Русе", "7000", "ул. „Цар Симеон“"),
)  # fmt: skip
V14_RS_PLACES = (
    ("Beograd", "11000", "Bulevar kralja Aleksandra"), ("Novi Sad", "21000", "Ulica Vojvode Stepe"),
    ("Niš", "18000", "Njegoševa"), ("Kragujevac", "34000", "Kneza Miloša"),
)  # fmt: skip
V14_SK_PLACES = (
    ("Košice", "040 01", "Hlavná"), ("Nitra", "949 01", "Štúrova"),
    ("Prešov", "080 01", "Hviezdoslavova"), ("Banská Bystrica", "974 01", "Námestie SNP"),
)  # fmt: skip
V14_IL_PLACES = (
    ("Haifa", "Herzl St"), ("Beersheba", "Ben Yehuda St"), ("Netanya", "Weizmann St"),
    ("Afula", "Yehoshua Hankin St"), ("Kiryat Shmona", "Tel Hai Blvd"),
)  # fmt: skip
V14_IL_HEBREW = (("חיפה", "הרצל"), ("באר שבע", "בן יהודה"), ("נתניה", "ויצמן"), ("עפולה", "חנקין"))
V14_IL_RURAL = ("Kibbutz Ein Gev", "Kibbutz Yifat", "Moshav Nahalal", "Moshav Beit Shearim")
V14_MM_PLACES = (
    ("Yangon", "Kyauktada", "Bo Aung Kyaw Street"), ("Yangon", "Sanchaung", "Bagaya Road"),
    ("Mandalay", "Chanayethazan", "35th Street"), ("Mawlamyine", "Mupon", "Lower Main Road"),
)  # fmt: skip
V14_KH_PLACES = (
    ("Tuol Tumpung 2", "Chamkar Mon"), ("Boeung Keng Kang 1", "Chamkar Mon"),
    ("Tuek L'ak 3", "Toul Kork"), ("Phsar Depou 2", "Toul Kork"),
)  # fmt: skip
V14_KH_PROVINCES = (("Kork", "Svay Dangkum", "Siem Reap"), ("Trapeang Thom", "Tram Kak", "Takeo"))
# US addresses: (street, town, state, ZIP) in the towns where these families settled.
V14_US_PLACES = (
    ("E Anaheim St", "Long Beach", "CA", "90813"), ("Gorham St", "Lowell", "MA", "01852"),
    ("Hessen Cassel Rd", "Fort Wayne", "IN", "46806"), ("Cleveland Ave", "Columbus", "OH", "43224"),
    ("Brownsville Rd", "Pittsburgh", "PA", "15210"), ("Gravois Ave", "St. Louis", "MO", "63116"),
    ("NE 2nd Ave", "Miami", "FL", "33137"), ("Flatbush Ave", "Brooklyn", "NY", "11226"),
    ("Blue Hill Ave", "Mattapan", "MA", "02126"), ("S 24th St", "Omaha", "NE", "68107"),
    ("Ridgecrest Dr", "Bethel", "AK", "99559"),
)  # fmt: skip
V14_INSTITUTIONS = (
    "Hospital Raja Perempuan Zainab II", "Hospital Sultanah Bahiyah",
    "Klinik Kesihatan Seri Kembangan", "National Taiwan University Hospital",
    "Hualien Tzu Chi Hospital", "CHU Ibn Rochd", "Hôpital Principal de Dakar",
    "Hôpital Aristide Le Dantec", "Hôpital Laquintinie", "Cliniques Universitaires de Kinshasa",
    "Hôpital Universitaire de Mirebalais", "Hôpital Albert Schweitzer",
    "Hospital Regional de Occidente", "Hospital Roosevelt", "Bir Hospital",
    "B.P. Koirala Institute of Health Sciences", "Erebouni Medical Center",
    "City Clinical Hospital No. 7", "Yukon-Kuskokwim Delta Regional Hospital",
    "Parirenyatwa Group of Hospitals", "Mulago National Referral Hospital", "King Faisal Hospital",
    "Hospital Américo Boavida", "Hospital Central de Maputo", "Klinički centar Srbije",
    "Univerzitná nemocnica L. Pasteura", "Rambam Health Care Campus", "Yangon General Hospital",
    "Calmette Hospital", "Lowell General Hospital", "Parkview Regional Medical Center",
)  # fmt: skip
V14_CARE = (
    "Rumah Seri Kenangan Cheras", "Pusat Jagaan Warga Emas Kasih Ibu",
    "Maison de retraite Les Filaos", "Heritage Pointe of Fort Wayne",
    "YK Elder Home", "Cedar Crest Adult Family Home",
)  # fmt: skip
V14_PHARMACIES = (
    "Farmasi Alpro Pasir Mas", "Pharmacie de la Médina", "Pharmacie Delmas 33",
    "Bethel Family Pharmacy", "Anaheim Street Pharmacy",
)  # fmt: skip
# Points near the homes of these families, for the coordinates ambulance crews note.
V14_POINTS = (
    (18.5392, -72.3364), (0.3476, 32.5825), (14.6928, -17.4467), (60.7922, -161.7558),
    (27.7172, 85.3240), (14.8347, -91.5180), (-17.8252, 31.0335),
)  # fmt: skip

# Clinical sentences: eponyms, classifications named after cities (Los Angeles, Prague, Paris,
# Tokyo, Ottawa, Geneva, Atlanta, Deauville, Lugano), drug and device names, and words that are
# family or given names in the lists above or earlier (innocent, memory, iron, little, Murray,
# McDonald, Rai, Anderson, Jones, Chance, Reynolds), beside numbers that are not PHI but look like
# dates, identifiers or ages: fractions (6/24, 10/5/5, 49/51), ratios, scores out of a total,
# spinal levels, doses, lab values with units, sizes and values of 90 and more with their unit.
V14_EPONYM = (
    "Los Angeles grade C esophagitis and a Prague C2M4 segment; Cameron lesions in a 5 cm hernia.",
    "Paris 0-IIa polyp of 14 mm in the sigmoid, removed by EMR; Boston bowel preparation score "
    "8/9.",
    "Montreal A3 L3 B2 phenotype; Harvey-Bradshaw index 9; faecal calprotectin 1,240 ug/g.",
    "Sister Mary Joseph nodule at the umbilicus, 1.8 cm; CA-125 1,482 U/mL.",
    "Grey Turner and Cullen signs absent; lipase 2,310 U/L; Balthazar grade E, CTSI 8/10.",
    "Zollinger-Ellison syndrome: gastrin 1,850 pg/mL with 3 jejunal ulcers; Rockall score 5.",
    "Austin Flint murmur with a Quincke pulse; vena contracta 7 mm, pressure half-time 220 ms.",
    "Graham Steell murmur; PA systolic pressure 68 mmHg; RV basal diameter 46 mm.",
    "Wellens pattern in V2-V3; high-sensitivity troponin T 48 ng/L at 0 h and 112 ng/L at 3 h.",
    "Crawford extent II thoracoabdominal aneurysm of 6.8 cm; Leriche occlusion below the renals.",
    "Paget-Schroetter thrombosis of the right subclavian vein; first rib resection in 6 weeks.",
    "Watchman FLX 27 mm appendage occluder in place; no peri-device leak over 5 mm.",
    "Melody valve in the RVOT conduit; peak gradient 34 mmHg, mean 19 mmHg.",
    "Ross procedure as a child, later a Bentall; St. Jude mechanical valve, INR goal 2.5-3.5.",
    "Curve of 42 degrees from T6 to L1; Risser 4; Nash-Moe rotation grade 2.",
    "Meyerding grade 2 slip at L5-S1 with Modic type 1 change; Pfirrmann grade 4 at L4-L5.",
    "Kellgren-Lawrence grade 3 medial compartment; Insall-Salvati ratio 1.3; Outerbridge III "
    "loss.",
    "Mason type II radial head fracture with a 2 mm step; Essex-Lopresti injury excluded.",
    "Schatzker II tibial plateau fracture with 6 mm of articular depression and a 4 mm step.",
    "Volar Barton fracture of the distal radius with 15 degrees of tilt; Madelung deformity left.",
    "Chance fracture of L1 with posterior ligamentous injury; TLICS 7.",
    "Anderson and D'Alonzo type II dens fracture with 3 mm displacement; no Hangman fracture.",
    "Haglund deformity with a 6 mm retrocalcaneal bursa; Kager fat pad preserved.",
    "Raynaud phenomenon with a 3 mm ulcer of the little finger; Tinel sign positive at the wrist.",
    "de Quervain thyroiditis: ESR 84 mm/h, uptake 0.4% at 24 h; grip 14 kg right, 11 kg left.",
    "Miller Fisher variant: anti-GQ1b positive; CSF protein 1.12 g/L with 2 cells.",
    "Foster Kennedy syndrome with an olfactory groove meningioma of 4.6 cm.",
    "Marcus Gunn pupil on the left; visual acuity 6/24 left and 6/9 right; Ishihara 3/17.",
    "Argyll Robertson pupils; RPR 1:64, TPPA reactive.",
    "Gerstmann syndrome after a 2.1 cm left angular gyrus infarct; NIHSS 3.",
    "Lewy body dementia; short-term memory poor; MoCA 14/30; rivastigmine patch 9.5 mg/24 h.",
    "Spetzler-Martin grade 3 malformation with a 3.4 cm nidus; basilar tip aneurysm 7 x 5 mm.",
    "Dawson fingers and 14 periventricular lesions; McDonald criteria met; EDSS 6.5.",
    "Eichenholtz stage 1 neuropathic foot; ABPI 1.32; toe pressure 42 mmHg.",
    "Reynolds pentad; bilirubin 86 umol/L, ALP 412 U/L; Tokyo grade III cholangitis.",
    "Bismuth IIIa hilar stricture; Couinaud segment 6 abscess of 3 cm; Calot triangle clear.",
    "Sheehan syndrome on hydrocortisone 10/5/5 mg; sodium 129 mmol/L; cortisol 38 nmol/L.",
    "Conn adenoma of 1.4 cm in the left adrenal; aldosterone-renin ratio 86; potassium 2.9.",
    "Plummer disease: toxic nodule of 3.2 cm, TSH below 0.01 mU/L; Pemberton sign positive.",
    "Gilbert syndrome: unconjugated bilirubin 48 umol/L after fasting; haemoglobin 138 g/L.",
    "Evans syndrome: platelets 12 x 10^9/L, DAT 3+, haptoglobin below 0.1 g/L.",
    "Waldenstrom IgM 38 g/L, viscosity 4.2 cP; Bence Jones protein 2.4 g/24 h; Durie-Salmon IIIA.",
    "Richter transformation suspected: SUVmax 14.2 in a 5 cm node; Binet C, Rai stage IV.",
    "Erdheim-Chester disease with perirenal hairy kidney and tibial sclerosis.",
    "Lyme carditis with a PR interval of 320 ms; doxycycline 100 mg twice daily for 21 days.",
    "Deauville 4 uptake after 4 cycles; Lugano partial metabolic response.",
    "Elston-Ellis grade 2 (3+2+1) ductal carcinoma of 23 mm; ER 8/8, PR 6/8, HER2 1+; Ki-67 18%.",
    "Berlin moderate ARDS: PaO2/FiO2 142 on PEEP 12; Murray lung injury score 2.8.",
    "Ottawa ankle rules negative; Khorana score 3; D-dimer 2.14 mg/L FEU.",
    "Geneva score 7; CTPA saddle embolus with an RV/LV ratio of 1.4.",
    "Atlanta classification moderately severe pancreatitis with a 6 cm peripancreatic collection.",
    "Innocent flow murmur, grade 1/6; serum iron 6 umol/L, ferritin 11 ug/L.",
    "Straight leg raise positive at 40 degrees on the left; reflexes 2+ and symmetric.",
    "Voice hoarse for 6 weeks: left vocal cord palsy and a 3.1 cm mass in the aortopulmonary "
    "window.",
    "Fluffy cloud-like mineralisation in the distal femoral metaphysis; sunburst periosteal "
    "reaction.",
    "Micra leadless pacemaker: threshold 0.5 V at 0.24 ms, impedance 620 ohms, R wave 9.8 mV.",
    "Impella CP at P-8, flow 3.4 L/min; lactate 2.1 mmol/L; MAP 68.",
    "Zepbound 5 mg weekly and Steglatro 15 mg daily; HbA1c 8.4% (68 mmol/mol).",
    "Sacubitril/valsartan 49/51 mg twice daily; NT-proBNP 4,812 pg/mL; Nexletol 180 mg.",
    "Lynparza 300 mg twice daily and Darzalex cycle 6; TSH 9.8 mU/L; grade 2 pneumonitis.",
    "Nirmatrelvir/ritonavir 300/100 mg held because of tacrolimus; level 6.2 ng/mL.",
    "Toujeo 14 units at night and Fiasp 4/4/6 units with meals; glucose 4.1 to 16.8 mmol/L.",
    "T7 and T11 wedge fractures with 30% and 45% height loss; Genant grade 2 and 3.",
    "Disc osteophyte complexes at C5/6 and C6/7 with cord signal at C5/6.",
    "Lund-Mackay score 14; Keros type 2 olfactory fossa; Onodi cell on the left.",
    "Kuttner tumour of the submandibular gland, 2.2 cm; Delphian node of 8 mm.",
    "Heinz bodies and bite cells; G6PD 1.2 U/g Hb; reticulocytes 8.4%.",
    "Pelger-Huet cells and Dohle bodies; Philadelphia chromosome negative; FLT3-ITD ratio 0.62.",
    "Temperature 39.4, pulse 118, SpO2 91% on air, glucose 96 mg/dL; weight 104 kg.",
)  # fmt: skip

_V14_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "ms": ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
           "Oktober", "November", "Disember"),
    "ht": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
           "novanm", "desanm"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
           "октомври", "ноември", "декември"),
    "sk": ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
           "septembra", "októbra", "novembra", "decembra"),
}  # fmt: skip
_V14_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_V14_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_V14_SPOKEN = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_V14_FR_AGES = (
    "quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
    "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize", "quatre-vingt-dix-sept",
    "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf", "cent", "cent un", "cent deux", "cent trois",
    "cent quatre", "cent cinq", "cent six", "cent sept", "cent huit", "cent neuf", "cent dix",
)  # fmt: skip
_V14_NONANTE = (
    "nonante", "nonante et un", "nonante-deux", "nonante-trois", "nonante-quatre",
    "nonante-cinq", "nonante-six", "nonante-sept", "nonante-huit", "nonante-neuf",
)  # fmt: skip
_V14_OCR_PAIRS = (("m", "rn"), ("d", "cl"), ("h", "b"), ("e", "c"), ("u", "ii"))
_V14_PLUS = "23456789CFGHJMPQRVWX"


def _v14_person(rng: random.Random, groups: tuple[int, ...] = ()) -> tuple[str, str]:
    """A given and a family name of one culture (``groups``: the cultures to draw from)."""
    given = rng.choice(_V14_GROUPS[rng.choice(groups)][0]) if groups else rng.choice(V14_GIVEN)
    family = rng.choice(_V14_GROUPS[_V14_GROUP_OF[given]][1])
    if family in _V14_GENDERED and given not in _V14_MALE:
        family += "а" if _v8_script(family) == "CYRILLIC" else "a"
    return given, family


def _v14_latin(rng: random.Random) -> tuple[str, str]:
    return _v14_person(rng, tuple(range(len(_V14_LATIN_GROUPS))))


def _v14_spoken(digits: str) -> str:
    """Digits as a speech recogniser writes them: "oh", and "double" for a repeated digit."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        word = _V14_SPOKEN[int(digits[i])]
        if i + 1 < len(digits) and digits[i + 1] == digits[i]:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def _v14_ocr(rng: random.Random, text: str) -> str:
    """A scanned line read back by OCR: one letter pair confused, a stray space in a word."""
    for a, b in rng.sample(_V14_OCR_PAIRS, len(_V14_OCR_PAIRS)):
        if a in text:
            text = text.replace(a, b, 1)
            break
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    if len(words[i]) > 4:
        cut = rng.randrange(2, len(words[i]) - 1)
        words[i] = f"{words[i][:cut]} {words[i][cut:]}"
    return " ".join(words)


def _v14_local(rng: random.Random, locale: str, given: str, family: str) -> str:
    """A name written the way the forms of ``locale`` write it."""
    male = given in _V14_MALE
    other = rng.choice(_V14_GROUPS[_V14_GROUP_OF[given]][1])
    if locale == "my":
        link = rng.choice(("bin", "b.") if male else ("binti", "bt", "bt.", "bte"))
        text = f"{given} {link} {family}"
        return rng.choice((text, text.upper(), f"{given} {family}"))
    if locale == "myin":
        link = rng.choice(("a/l", "s/o") if male else ("a/p", "d/o"))
        text = f"{given} {link} {family}"
        return rng.choice((text, text.upper()))
    if locale in ("mycn", "kh"):
        return rng.choice(
            (f"{family.upper()} {given.upper()}", f"{family} {given}", f"{given} {family}",
             f"{family.upper()} {given}")
        )  # fmt: skip
    if locale == "tw":
        title = "-".join(part.capitalize() for part in given.split("-"))
        return rng.choice(
            (f"{family.upper()}, {given.upper()}", f"{family} {given}", f"{title} {family}",
             f"{family}, {title}")
        )  # fmt: skip
    if locale in ("ma", "sn"):
        return rng.choice((f"{family.upper()} {given}", f"{given} {family.upper()}",
                           f"{given} {family}"))  # fmt: skip
    if locale == "cm":
        second = other if other != family else ""
        return rng.choice(
            (f"{family.upper()} {second.upper()} {given}".replace("  ", " "), f"{given} {family}",
             f"{family} {second} {given}".replace("  ", " "))
        )  # fmt: skip
    if locale in ("gt", "ao"):
        second = other if other != family else ""
        both = f"{family} {second}".strip()
        shapes = [f"{given} {both}", f"{both.upper()}, {given}", f"{given} {family}"]
        if locale == "gt" and second and not male:  # a married woman: "de" and her husband's name
            shapes.append(f"{given} {family} de {second}")
        return rng.choice(shapes)
    if locale == "kz":
        patronymic = rng.choice(_V14_KZ_PATRONYMIC["m" if male else "f"])
        surname = family
        if patronymic.endswith(("uly", "kyzy")):
            return rng.choice((f"{given} {patronymic}", f"{surname} {given} {patronymic}"))
        return rng.choice(
            (f"{surname} {given} {patronymic}", f"{surname.upper()} {given.upper()} "
             f"{patronymic.upper()}", f"{surname} {given[0]}. {patronymic[0]}.")
        )  # fmt: skip
    if locale == "bg":
        return rng.choice((f"{given} {family}", f"{family.upper()} {given}", f"{given} {family}"))
    if locale == "cau" and family.endswith("yan") and rng.random() < 0.2:
        return f"{given} Ter-{family}"
    if locale in ("ug", "zw"):
        return rng.choice((f"{family} {given}", f"{given} {family}", f"{family.upper()} {given}"))
    if locale == "mm":
        return f"{given} {family}"
    return rng.choice((f"{given} {family}", f"{family.upper()}, {given}", f"{given} {family}"))


def _v14_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in _V14_LOCALES:
        given, family = _v14_person(rng, (_V14_LOCALES.index(style),))
        return _v14_local(rng, style, given, family)
    if style in _V14_SCRIPTS:
        given, family = _v14_person(rng, (len(_V14_LATIN_GROUPS) + _V14_SCRIPTS.index(style),))
        if style == "hant":
            return rng.choice((f"{family}{given}", f"{family} {given}"))
        if style == "khmr":
            return f"{family} {given}"
        if style == "cyr":
            return rng.choice((f"{family} {given}", f"{given} {family}", f"{family} {given[0]}."))
        return f"{given} {family}"
    given, family = _v14_person(rng) if not style else _v14_latin(rng)
    ascii_given, ascii_family = _v8_ascii(given) or "x", _v8_ascii(family) or "x"
    if style == "comma":
        return rng.choice(
            (f"{family}, {given}", f"{family.upper()}, {given.upper()}", f"{family},{given}",
             f"{family}, {given} {rng.choice(up)}.")
        )  # fmt: skip
    if style == "caps":
        return rng.choice((f"{given} {family}".upper(), f"{family.upper()} {given.upper()}"))
    if style == "lower":
        return f"{given} {family}".lower()
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "sig":
        return rng.choice(
            (f"{given} {family}", f"{given[0]}. {family}", f"{family} {given[0]}",
             f"{given} {family}".upper(), f"{given[0]}.{rng.choice(up)}. {family}")
        )  # fmt: skip
    if style == "initials":
        middle = rng.choice(up)
        return rng.choice((f"{given[0]}{family[0]}", f"{given[0]}.{family[0]}.",
                           f"{given[0]}{middle}{family[0]}"))  # fmt: skip
    if style == "user":
        return rng.choice(
            (f"{ascii_given[0]}{ascii_family}", f"{ascii_family}.{ascii_given[:2]}",
             f"{ascii_given}{ascii_family[0]}{rng.randrange(1, 99)}",
             f"{ascii_family[:5]}{ascii_given[:2]}".upper())
        )  # fmt: skip
    if style == "pn":
        text = rng.choice((f"{family}^{given}", f"{family}^{given}^^^", f"{family}^{given[0]}"))
        return text.upper() if rng.random() < 0.6 else text
    if style == "dicomq":
        return rng.choice((f"{family.upper()}^{given[0].upper()}*", f"{family.upper()}*"))
    if style == "spaced":  # a form's boxes, one capital a box
        return "   ".join(" ".join(word) for word in f"{family} {given}".upper().split())
    if style == "stt":
        return f"{given} {family}".lower().replace("-", " ")
    if style == "ocr":
        return _v14_ocr(rng, f"{given} {family}")
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    r = rng.random()
    if r < 0.08 and _v8_script(given) == "LATIN":
        return f'{given} "{rng.choice(V14_NICKNAMES)}" {family}'
    if r < 0.18:
        return family
    if r < 0.28:
        return f"{family}, {given}"
    if r < 0.34:
        return f"{given} {family}".lower()
    if r < 0.44:
        return f"{given} {family}".upper()
    return f"{given} {family}"


def _v14_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    months = rng.randrange(1, 12)
    shapes = {
        "": (str(n),),
        "y": (f"{n} y/o", f"{n} yrs", f"{n}yo", f"{n}-year-old"),
        "ym": (f"{n}y {months}m", f"{n} years {months} months", f"{n} yr {months} mo"),
        "sex": (f"{n}F", f"{n}y"),
        "dec": (f"{n}.{rng.randrange(10)}", f"{n}.{rng.randrange(10, 100)}"),
        "words": (f"ninety {_V12_TEENS[n - 90]}" if 90 < n < 100 else "ninety" if n == 90
                  else f"a hundred and {_V12_TEENS[n - 100]}" if n > 100 else "a hundred",),
        "fr": (f"{n} ans",),
        "frw": (_V14_FR_AGES[n - 90], _V14_NONANTE[n - 90] if n < 100 else _V14_FR_AGES[n - 90]),
        "ht": (f"{n} an", f"{n} lane"),
        "es": (f"{n} años", f"{n} a."),
        "pt": (f"{n} anos",),
        "ms": (f"{n} tahun", f"{n} thn"),
        "zh": (f"{n}歲", f"{n} 歲"),
        "ru": (f"{n} лет", f"{n} г."),
        "bg": (f"{n} г.", f"{n} години"),
        "deva": (f"{str(n).translate(_V14_DEVANAGARI)} वर्ष", f"{n} वर्ष"),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v14_date(rng: random.Random, style: str) -> str:
    born = style in (
        "usdob",
        "eudob",
        "dotb",
        "rocb",
        "isob",
        "serialb",
        "da",
        "cms",
        "boxed",
        "mdyb",
    ) or (not style and rng.random() < 0.25)
    if born:
        d = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 23))
    else:
        d = date(2012, 1, 1) + timedelta(days=rng.randrange(365 * 14))
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    en = _V14_MONTHS["en"][d.month - 1]
    roc = d.year - 1911
    bs_year = d.year + (57 if (d.month, d.day) >= (4, 14) else 56)
    bs_month, bs_day = (d.month + 8) % 12 + 1, (d.day + 16) % 30 + 1
    bs = f"{bs_year}/{bs_month:02d}/{bs_day:02d}"
    epoch = (d - date(1970, 1, 1)).days * 86400 + hh * 3600 + mm * 60 + ss
    serial = (d - date(1899, 12, 30)).days
    zone = rng.choice(("+08:00", "-05:00", "+03:00", "+00:00", "+06:00"))
    ampm = f"{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    suffix = "th" if 10 < d.day < 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    day = f"{d.day}{suffix}"
    century, rest = _v12_words(d.year // 100), d.year % 100
    spoken_year = f"{century} {_v12_words(rest) if rest > 9 else f'oh {_v12_words(rest)}'}"
    shapes = {
        "us": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}"),
        "usdob": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}"),
        "eu": (f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d:%d-%m-%Y}"),
        "eudob": (f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"),
        "dot": (f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}"),
        "dotb": (f"{d:%d.%m.%Y}",),
        "isob": (d.isoformat(),),
        "da": (f"{d:%Y%m%d}",),
        "ymd": (f"{d:%Y%m%d}",),
        "cms": (f"{d:%m %d %Y}", f"{d:%m %d %y}"),
        "roc": (f"民國{roc}年{d.month}月{d.day}日", f"{roc:03d}/{d.month:02d}/{d.day:02d}",
                f"{roc}.{d.month:02d}.{d.day:02d}"),
        "rocb": (f"民國{roc}年{d.month}月{d.day}日", f"{roc:03d}/{d.month:02d}/{d.day:02d}"),
        "bs": (f"{bs} B.S.", bs, f"{bs_year}-{bs_month:02d}-{bs_day:02d}"),
        "bsdeva": (bs.translate(_V14_DEVANAGARI),),
        "ms": (f"{d.day} {_V14_MONTHS['ms'][d.month - 1]} {d.year}",),
        "fr": (f"{'1er' if d.day == 1 else d.day} {_V12_MONTHS['fr'][d.month - 1]} {d.year}",),
        "frw": (f"{_V14_FR_WEEKDAYS[d.weekday()]} {d.day} {_V12_MONTHS['fr'][d.month - 1]} "
                f"{d.year} {hh:02d}:{mm:02d}",),
        "ht": (f"{d.day} {_V14_MONTHS['ht'][d.month - 1]} {d.year}", f"{d:%d/%m/%Y}"),
        "es": (f"{d.day} de {_V12_MONTHS['es'][d.month - 1]} de {d.year}",
               f"{d.day:02d}/{_V12_MONTHS['es'][d.month - 1][:3].upper()}/{d.year}"),
        "pt": (f"{d.day} de {_V14_MONTHS['pt'][d.month - 1]} de {d.year}", f"{d:%d/%m/%Y}"),
        "ru": (f"{d.day} {_V14_MONTHS['ru'][d.month - 1]} {d.year} г.", f"{d:%d.%m.%Y} г."),
        "bg": (f"{d.day} {_V14_MONTHS['bg'][d.month - 1]} {d.year} г.", f"{d:%d.%m.%Y} г."),
        "sk": (f"{d.day}. {_V14_MONTHS['sk'][d.month - 1]} {d.year}",
               f"{d.day}. {d.month}. {d.year}"),
        "dmy": (f"{d.day} {en} {d.year}", f"{day} {en} {d.year}", f"{d.day} {en[:3]} {d.year}"),
        "mdy": (f"{en} {d.day}, {d.year}", f"{en[:3]}. {d.day}, {d.year}", f"{en} {day}, {d.year}"),
        "mdyb": (f"{en} {d.day}, {d.year}", f"{en[:3]}. {d.day}, {d.year}"),
        "dow": (f"{d:%A} {d.day} {en}", f"{d:%a} {d.month}/{d.day}", f"{d:%A}, {d:%d/%m}"),
        "short": (f"{d.day}/{d.month}", f"{d.day} {en[:3]}", f"{d.month}/{d.day}"),
        "stamp": (f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}", f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}",
                  f"{d.day:02d}-{en[:3]}-{d.year} {hh:02d}:{mm:02d}",
                  f"{en[:3]} {d.day:2d} {d.year} {ampm.replace(' ', '')}",
                  f"{d:%m/%d/%Y} {ampm}"),
        "fax": (f"{en[:3].upper()}-{d.day:02d}-{d.year} {hh:02d}:{mm:02d}",
                f"{d:%m/%d/%Y} {hh:02d}:{mm:02d}", f"{d:%d/%m/%Y %a} {hh:02d}:{mm:02d}"),
        "chat": (f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}", f"{d:%m/%d/%y}, {ampm}"),
        "cal": (f"{d:%a} {en[:3]} {d.day}, {d.year} {ampm}", f"{d:%A}, {en} {d.day}, {d.year}"),
        "email": (f"{d:%a}, {d.day} {en[:3]} {d.year} {hh:02d}:{mm:02d}:{ss:02d} "
                  f"{zone.replace(':', '')}", f"{d:%A}, {en} {d.day}, {d.year} {ampm}"),
        "hl7": (f"{d:%Y%m%d}{hh:02d}{mm:02d}{ss:02d}{zone.replace(':', '')}",
                f"{d:%Y%m%d}{hh:02d}{mm:02d}"),
        "fhir": (f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}{zone}",
                 f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}.{rng.randrange(1000):03d}Z"),
        "serial": (str(serial), f"{serial}.{rng.randrange(1, 1000):03d}"),
        "serialb": (str(serial),),
        "epoch": (str(epoch), f"{epoch}{rng.randrange(1000):03d}"),
        "boxed": (" ".join(f"{d:%m%d%Y}"), f"{d:%m} | {d:%d} | {d:%Y}"),
        "ocr": (f"{d:%m/%d/%Y}".replace("/", " / "), f"{d:%m/%d/%Y}".replace("1", "l", 1),
                f"{d:%m/%d/ %Y}"),
        "stt": (f"{en.lower()} {_v12_ordinal(d.day)} {spoken_year}",
                f"{en.lower()} {_v12_ordinal(d.day)}"),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    if not style:
        style = rng.choice(("us", "eu", "dot", "iso", "dmy", "mdy", "stamp"))
    return rng.choice(shapes[style])


def _v14_plus(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(_V14_PLUS) for _ in range(k))


def _v14_geo(rng: random.Random, style: str) -> str:
    n, k = rng.randrange(1, 300), rng.randrange(1, 40)
    my_town, my_pc, my_state = rng.choice(V14_MY_PLACES)
    tw_city, tw_dist, tw_zip, tw_road = rng.choice(V14_TW_PLACES)
    zh_city, zh_dist, zh_road = rng.choice(V14_TW_ZH)
    ma_city, ma_pc, ma_quarter = rng.choice(V14_MA_PLACES)
    cm_city, cm_quarter = rng.choice(V14_CM_PLACES)
    cd_quarter, cd_commune = rng.choice(V14_CD_PLACES)
    gt_town, gt_dept = rng.choice(V14_GT_PLACES)
    np_town, np_district = rng.choice(V14_NP_PLACES)
    ge_city, ge_street = rng.choice(V14_GE_PLACES)
    am_city, am_pc, am_street = rng.choice(V14_AM_PLACES)
    kz_city, kz_street = rng.choice(V14_KZ_CYRILLIC)
    ak_town, ak_zip = rng.choice(V14_AK_PLACES)
    zw_city, zw_suburb = rng.choice(V14_ZW_PLACES)
    ug_area, ug_road = rng.choice(V14_UG_PLACES)
    ug_village, ug_subcounty, ug_district = rng.choice(V14_UG_VILLAGES)
    rw_sector, rw_district = rng.choice(V14_RW_PLACES)
    ao_city, ao_bairro, ao_street = rng.choice(V14_AO_PLACES)
    mz_city, mz_avenue = rng.choice(V14_MZ_PLACES)
    bg_city, bg_pc, bg_street = rng.choice(V14_BG_PLACES)
    rs_city, rs_pc, rs_street = rng.choice(V14_RS_PLACES)
    sk_city, sk_pc, sk_street = rng.choice(V14_SK_PLACES)
    il_city, il_street = rng.choice(V14_IL_PLACES)
    mm_city, mm_township, mm_street = rng.choice(V14_MM_PLACES)
    kh_sangkat, kh_khan = rng.choice(V14_KH_PLACES)
    us_street, us_town, us_state, us_zip = rng.choice(V14_US_PLACES)
    us_line = f"{rng.randrange(10, 9999)} {us_street}"
    if rng.random() < 0.4:
        us_line += f", Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}"
    lat, lon = rng.choice(V14_POINTS)
    lat, lon = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05)

    def dms(value: float, pos: str, neg: str) -> str:
        a = abs(value)
        deg, minutes = int(a), (a - int(a)) * 60
        seconds = (minutes - int(minutes)) * 60
        return f"{deg}°{int(minutes):02d}'{seconds:04.1f}\"{pos if value >= 0 else neg}"

    towns = (my_town, tw_city, ma_city, rng.choice(V14_SN_PLACES), cm_city,
             rng.choice(V14_HT_PLACES), gt_town, np_district, ge_city, am_city, ak_town, zw_city,
             ao_city, rs_city, il_city, mm_city, us_town)  # fmt: skip
    shapes = {
        "my": (f"No. {n}, {rng.choice(V14_MY_STREETS)}, {rng.choice(V14_MY_AREAS)}, {my_pc} "
               f"{my_town}, {my_state}", f"Lot {rng.randrange(100, 9999)}, "
               f"{rng.choice(V14_MY_KAMPUNG)}, {my_pc} {my_town}, {my_state}",
               f"{k}-{rng.randrange(1, 20)}-{n}, Blok {rng.choice('ABCDE')}, Pangsapuri Seri "
               f"Melati, {rng.choice(V14_MY_STREETS)}, {my_pc} {my_town}"),
        "tw": (f"No. {n}, Ln. {k}, Sec. {rng.randrange(1, 5)}, {tw_road}, {tw_dist}, {tw_city} "
               f"{tw_zip}", f"{rng.randrange(2, 15)}F., No. {n}, {tw_road}, {tw_dist}, {tw_city}"),
        "twzh": (f"{tw_zip}{zh_city}{zh_dist}{zh_road}{'一二三四'[rng.randrange(4)]}段{k}巷{n}號"
                 f"{rng.randrange(2, 15)}樓", f"{zh_city}{zh_dist}{zh_road}{n}號"),
        "ma": (f"{ma_quarter}, Rue {k}, N° {n}, {ma_pc} {ma_city}", f"Derb Sidi Bouloukat n° {n}, "
               f"{ma_quarter}, {ma_city}", "Douar Ait Ourir, Commune Tamazouzte, Province d'Al "
               "Haouz", f"Cité {rng.randrange(100, 2000)} Logements, Bt {k}, n° {n}, Bab Ezzouar, "
               f"Alger"),
        "maar": tuple(f"{n} زنقة {k}، {quarter}، {city}" for city, quarter in V14_MA_ARABIC),
        "sn": (f"Parcelles Assainies, Unité {k}, Villa n° {n}, Dakar",
               f"{rng.choice(V14_SN_QUARTERS)}, Rue {k} x {rng.randrange(1, 40)}, Dakar",
               f"Quartier Escale, {rng.choice(V14_SN_PLACES)}",
               "Village de Ndiobène, Commune de Taïba Ndiaye, Tivaouane"),
        "cm": (f"BP {rng.randrange(100, 9999)} {cm_city}", f"Quartier {cm_quarter}, {cm_city}",
               f"Lieu-dit Carrefour {cm_quarter}, {cm_city}"),
        "cd": (f"Avenue Kasa-Vubu n° {n}, Q/ {cd_quarter}, C/ {cd_commune}, Kinshasa",
               f"Q/ {cd_quarter}, C/ {cd_commune}, Kinshasa"),
        "ht": (f"Delmas {k}, {rng.choice(V14_HT_STREETS)} #{n}, Port-au-Prince",
               f"{rng.choice(V14_HT_STREETS)} #{n}, {rng.choice(V14_HT_PLACES)}",
               f"Lakou Souvnans, 3e section Bassin, {rng.choice(V14_HT_PLACES)}",
               f"{rng.randrange(100, 999)} NE {rng.randrange(54, 80)}th St, Miami, FL 33137"),
        "gt": (f"{rng.randrange(1, 15)}a. Calle {k}-{rng.randrange(10, 99)} Zona "
               f"{rng.randrange(1, 12)}, {gt_town}", f"Aldea {rng.choice(V14_GT_ALDEAS)}, "
               f"{gt_town}, {gt_dept}", f"Cantón {rng.choice(V14_GT_ALDEAS)}, {gt_town}"),
        "np": (f"Ward No. {rng.randrange(1, 33)}, {np_town}, {np_district}",
               f"{np_town}-{rng.randrange(1, 33)}, {rng.choice(V14_NP_TOLES)}, {np_district}"),
        "npdeva": tuple(f"{town}-{str(rng.randrange(1, 33)).translate(_V14_DEVANAGARI)}, {tole}"
                        for town, tole in V14_NP_DEVA),
        "ge": (f"{ge_city}, {ge_street} {n}, apt {k}", f"{ge_street} {n}/{rng.randrange(1, 9)}, "
               f"{ge_city} 0{rng.randrange(100, 199)}"),
        "geka": tuple(f"{city}, {street} {n}, ბ. {k}" for city, street in V14_GE_GEORGIAN),
        "am": (f"{am_city} {am_pc}{rng.randrange(10, 99)}, {am_street} {n}/{rng.randrange(1, 9)}, "
               f"apt {k}", f"{am_street} {n}, {am_city}"),
        "kz": (f"г. {kz_city}, {kz_street}, д. {n}, кв. {k}",),
        "kzl": tuple(f"{city}, {street} {n}, apt {k}" for city, street in V14_KZ_LATIN),
        "uz": tuple(f"{city} sh., {district} tumani, {k}-kvartal, {n}-uy, "
                    f"{rng.randrange(1, 80)}-xonadon" for city, district in V14_UZ_PLACES),
        "ak": (f"PO Box {rng.randrange(10, 999)}, {ak_town}, AK {ak_zip}",
               f"House {n}, {ak_town}, AK {ak_zip}", f"{ak_town}, Alaska"),
        "zw": (f"{rng.randrange(1, 9999)} {zw_suburb}, {zw_city}",
               f"{n} {rng.choice(V14_ZW_STREETS)}, {zw_city}", f"Stand {rng.randrange(100, 9999)}, "
               f"{zw_suburb}, {zw_city}", "Chinamhora village, Chief Chinamhora, Goromonzi"),
        "ug": (f"Plot {n}, {ug_road}, {ug_area}, Kampala", f"{ug_village} village, "
               f"{ug_subcounty} sub-county, {ug_district} district", f"{ug_area} Zone, Kampala"),
        "rw": (f"KG {rng.randrange(1, 700)} St, {rw_sector}, {rw_district}, Kigali",
               f"Umudugudu wa Nyabisindu, Umurenge wa {rw_sector}, Akarere ka {rw_district}"),
        "ao": (f"{ao_street} n.º {n}, {ao_bairro}, {ao_city}", f"Bairro {ao_bairro}, Rua {k}, "
               f"Casa {n}, {ao_city}"),
        "mz": (f"{mz_avenue} n.º {rng.randrange(100, 3000)}, {rng.randrange(1, 12)}.º andar, "
               f"{mz_city}", f"Bairro {rng.choice(V14_MZ_BAIRROS)}, Quarteirão {k}, Casa {n}, "
               f"{mz_city}"),
        "bg": (f"{bg_pc} {bg_city}, {bg_street} № {n}, ет. {rng.randrange(1, 9)}, ап. {k}",
               f"гр. {bg_city}, {bg_street}, бл. {n}, вх. {rng.choice('АБВ')}, ап. {k}",
               "с. Брестовица, общ. Родопи"),
        "rs": (f"{rs_street} {n}/{rng.randrange(1, 9)}, {rs_pc} {rs_city}",
               f"{rs_street} {n}, stan {k}, {rs_city}"),
        "sk": (f"{sk_street} {n}, {sk_pc} {sk_city}",),
        "il": (f"{n} {il_street}, apt {k}, {il_city} {rng.randrange(1000000, 9999999)}",
               f"{il_street} {n}, {il_city}", rng.choice(V14_IL_RURAL)),
        "ilhe": tuple(f"רחוב {street} {n}, {city}" for city, street in V14_IL_HEBREW),
        "mm": (f"No. {n}, {mm_street}, {mm_township} Township, {mm_city}",
               f"{mm_township} Township, {mm_city}"),
        "kh": (f"House {n}, Street {rng.randrange(100, 600)}, Sangkat {kh_sangkat}, Khan "
               f"{kh_khan}, Phnom Penh",) + tuple(f"Phum {phum}, Khum {khum}, {province}"
                                                 for phum, khum, province in V14_KH_PROVINCES),
        "us": (f"{us_line}, {us_town}, {us_state} {us_zip}",),
        "usline": (us_line,),
        "uscity": (us_town,),
        "zip": (us_zip, f"{us_zip}-{_digits(rng, 4)}"),
        "zipspaced": (" ".join(us_zip),),
        "town": towns,
        "inst": V14_INSTITUTIONS,
        "care": V14_CARE,
        "pharmacy": V14_PHARMACIES,
        "gps": (f"{lat:.5f}, {lon:.5f}", f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"),
        "plus": (f"{_v14_plus(rng, 4)}{_v14_plus(rng, 4)}+{_v14_plus(rng, 2)}",
                 f"{_v14_plus(rng, 4)}+{_v14_plus(rng, 2)} {rng.choice(towns)}"),
        "ocr": (_v14_ocr(rng, f"{us_line}, {us_town}, {us_state} {us_zip}"),),
        "stt": (f"{us_line} {us_town}".lower(),),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    if not style:
        style = rng.choice(("us", "usline", "town", "inst", "my", "ht", "ug", "zw"))
    return rng.choice(shapes[style])


def _v14_phone(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    area = rng.choice(("907", "305", "718", "617", "562", "978", "260", "614", "412", "402"))
    ex, num = f"{rng.randrange(2, 10)}{d(2)}", d(4)
    us = f"({area}) {ex}-{num}"
    shapes = {
        "us": (us, f"{area}-{ex}-{num}", f"{area}.{ex}.{num}", f"+1 {area} {ex} {num}",
               f"{area}{ex}{num}"),
        "ext": (f"{us} x{d(4)}", f"{area}-{ex}-{num} ext. {d(3)}", f"{us}, ext {d(5)}"),
        "pager": (f"{ex}-{num}", f"{area}-{ex}-{num}"),
        "my": (f"01{rng.choice('2345679')}-{d(3)} {d(4)}", f"+60 1{rng.choice('2379')}-{d(7)}",
               f"+6012{d(7)}", f"03-{d(4)} {d(4)}", f"09-{d(3)} {d(4)}", f"082-{d(6)}"),
        "tw": (f"09{d(2)}-{d(3)}-{d(3)}", f"(02) {d(4)}-{d(4)}", f"04-{d(4)}-{d(4)}",
               f"+886 9{d(2)} {d(3)} {d(3)}", f"07-{d(7)}"),
        "ma": (f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+212 6{d(2)}-{d(6)}",
               f"05 22 {d(2)} {d(2)} {d(2)}", f"+212 (0)5 37 {d(2)} {d(2)} {d(2)}"),
        "sn": (f"77 {d(3)} {d(2)} {d(2)}", f"+221 78 {d(3)} {d(2)} {d(2)}",
               f"33 8{d(2)} {d(2)} {d(2)}"),
        "cm": (f"+237 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"6{rng.choice('5789')}{d(7)}",
               f"2 22 {d(2)} {d(2)} {d(2)}"),
        "cd": (f"+243 81 {d(3)} {d(4)}", f"099{d(7)}", f"0 85 {d(3)} {d(2)} {d(2)}"),
        "ht": (f"+509 3{d(3)}-{d(4)}", f"(509) 4{d(3)} {d(4)}", f"3{d(3)}-{d(4)}"),
        "gt": (f"+502 5{d(3)} {d(4)}", f"4{d(3)}-{d(4)}", f"7763 {d(4)}"),
        "np": (f"98{rng.choice('0145')}{d(7)}", f"+977-98{d(8)}", f"01-{d(7)}", f"061-{d(6)}"),
        "ge": (f"+995 5{d(2)} {d(2)} {d(2)} {d(2)}", f"5{d(2)} {d(3)} {d(3)}",
               f"(032) 2 {d(2)} {d(2)} {d(2)}"),
        "am": (f"+374 {rng.choice(('91', '93', '94', '77', '99'))} {d(6)}",
               f"(010) {d(2)}-{d(2)}-{d(2)}",
               f"0{rng.choice(('91', '93', '98'))} {d(2)}-{d(2)}-{d(2)}"),
        "kz": (f"+7 (7{rng.choice(('01', '05', '07', '47', '77'))}) {d(3)}-{d(2)}-{d(2)}",
               f"8 701 {d(3)} {d(4)}", f"8 (727) {d(3)}-{d(2)}-{d(2)}"),
        "uz": (f"+998 9{rng.choice('01345')} {d(3)}-{d(2)}-{d(2)}",
               f"(71) {d(3)}-{d(2)}-{d(2)}"),
        "zw": (f"+263 77 {d(3)} {d(4)}", f"07{rng.choice('1378')} {d(3)} {d(4)}", f"024 2{d(6)}"),
        "ug": (f"+256 7{rng.choice('05789')}{d(1)} {d(6)}",
               f"07{rng.choice('05789')}{d(1)} {d(3)} {d(3)}", f"0414 {d(6)}"),
        "rw": (f"+250 78{d(1)} {d(3)} {d(3)}", f"07{rng.choice('2389')}{d(7)}"),
        "ao": (f"+244 9{rng.choice('1234')}{d(1)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}",
               f"222 {d(3)} {d(3)}"),
        "mz": (f"+258 8{rng.choice('2456')} {d(3)} {d(4)}", f"8{rng.choice('2456')}{d(7)}"),
        "bg": (f"+359 88 {d(3)} {d(4)}", f"08{rng.choice('789')} {d(3)} {d(4)}",
               f"032 {d(2)} {d(2)} {d(2)}", f"02/{d(3)} {d(2)} {d(2)}"),
        "rs": (f"+381 6{d(1)} {d(3)} {d(4)}", f"06{d(1)}/{d(3)}-{d(4)}",
               f"011/{d(3)}-{d(2)}-{d(2)}"),
        "sk": (f"+421 9{d(2)} {d(3)} {d(3)}", f"09{d(2)} {d(3)} {d(3)}",
               f"055/{d(3)} {d(2)} {d(2)}"),
        "il": (f"05{rng.choice('023458')}-{d(3)}-{d(4)}", f"+972-5{d(1)}-{d(3)}-{d(4)}",
               f"04-{d(7)}"),
        "mm": (f"09-{d(3)} {d(3)} {d(3)}", f"+95 9 {d(3)} {d(3)} {d(3)}", f"01 {d(6)}"),
        "kh": (f"0{rng.choice(('12', '17', '77', '89', '92'))} {d(3)} {d(3)}",
               f"+855 {d(2)} {d(3)} {d(3)}", f"023 {d(3)} {d(3)}"),
        "e164": (f"+1{area}{ex}{num}", f"+60{rng.choice('13')}{d(8)}",
                 f"+509{rng.choice('34')}{d(7)}", f"+2567{d(8)}", f"+9779{d(9)}"),
        "spaced": (" ".join(f"{area}{ex}{num}"),
                   f"{' '.join(area)}   {' '.join(ex)}   {' '.join(num)}"),
        "stt": (_v14_spoken(f"{area}{ex}{num}"), f"{area} {ex} {' '.join(num)}"),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    if not style:
        style = rng.choice(("us", "us", "my", "ht", "ug", "zw", "ma", "e164"))
    return rng.choice(shapes[style])


def _v14_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v14 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        """A shape of ``style``; without one, the plain shapes ("") or, if none, any."""
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        key = style or ("" if "" in shapes else rng.choice(list(shapes)))
        return rng.choice(shapes[key])

    if kind == "NAME":
        return _v14_name(rng, style)
    if kind == "AGE":
        return _v14_age(rng, style)
    if kind == "DATE":
        return _v14_date(rng, style)
    if kind == "GEO":
        return _v14_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v14_phone(rng, style)
    # Birth date parts for the national numbers that hold one.
    born = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 23))
    yy, mm, dd = born.year % 100, born.month, born.day
    yy2 = rng.randrange(12, 27)
    if kind == "EMAIL":
        given, family = _v14_latin(rng)
        g, f = _v8_ascii(given) or "pt", _v8_ascii(family) or "pt"
        if style == "work":
            return rng.choice(
                (f"{g}.{f}@moh.gov.my", f"{g[0]}{f}@ntuh.gov.tw", f"{f}.{g}@chu-ibnrochd.ma",
                 f"{g}.{f}@ykhc.org", f"dr.{g}{f}@gmail.com", f"{f}{g[0]}@mulago.go.ug",
                 f"{g}.{f}@hopital-principal.sn", f"{f}_{g}@rambam.health.gov.il")
            )  # fmt: skip
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        domain = rng.choice(
            ("yahoo.com.my", "gmail.com", "hotmail.fr", "menara.ma", "orange.sn", "abv.bg",
             "walla.co.il", "hinet.net", "yahoo.com.tw", "gci.net")
        )  # fmt: skip
        return rng.choice(
            (f"{g}{f}{rng.randrange(1, 99)}@{domain}", f"{g}.{f}@{domain}",
             f"{f}_{g}{born.year}@{domain}", f"{g[:1]}{f}.{yy2}@{domain}")
        )  # fmt: skip
    if kind == "SSN":
        ssn = f"{rng.randrange(1, 899):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}"
        state = rng.choice(("03", "10", "13", "14", "07", "08", "11"))
        return pick(
            {
                "": (ssn, ssn.replace("-", " "), ssn.replace("-", "")),
                "mykad": (
                    f"{yy:02d}{mm:02d}{dd:02d}-{state}-{d(4)}",
                    f"{yy:02d}{mm:02d}{dd:02d}{state}{d(4)}",
                ),
                "twid": (f"{rng.choice('ABCDEFGHJKLMNPQRSTUVXYWZIO')}{rng.choice('12')}{d(8)}",),
                "cin": (f"{rng.choice(('BE', 'BK', 'AB', 'JC', 'EE', 'X', 'K', 'Q'))}{d(6)}",),
                "sn": (
                    f"{rng.choice('12')} {d(3)} {born.year} {d(5)}",
                    f"{rng.choice('12')}{d(12)}",
                ),
                "dpi": (
                    f"{d(4)} {d(5)} {rng.randrange(1, 23):02d}{rng.randrange(1, 30):02d}",
                    d(13),
                ),
                "np": (
                    f"{rng.randrange(1, 78):02d}-{rng.randrange(1, 99):02d}-"
                    f"{rng.randrange(60, 80)}-{d(5)}",
                    f"{d(4)}/{d(3)}",
                ),
                "ge": (f"{rng.choice(('01', '31', '35', '60', '61'))}{d(9)}",),
                "am": (d(10),),
                "iin": (f"{yy:02d}{mm:02d}{dd:02d}{rng.choice('34')}{d(5)}",),
                "pinfl": (f"{rng.choice('34')}{dd:02d}{mm:02d}{yy:02d}{d(3)}{d(3)}{d(1)}",),
                "nin": (f"C{rng.choice('FM')}{yy:02d}{d(3)}{d(3)}{letters(4)}",),
                "rw": (
                    f"1 {born.year} {rng.choice('78')} {d(7)} {d(1)} {d(2)}",
                    f"1{born.year}{rng.choice('78')}{d(10)}",
                ),
                "zw": (
                    f"{rng.randrange(1, 80):02d}-{d(6)} {rng.choice(up)} {rng.randrange(10, 99)}",
                    f"{rng.randrange(1, 80):02d}{d(6)}{rng.choice(up)}{rng.randrange(10, 99)}",
                ),
                "ao": (f"{d(9)}{rng.choice(('LA', 'BE', 'HO', 'UE', 'MO', 'CE'))}{d(3)}",),
                "nuit": (d(9),),
                "egn": (f"{yy:02d}{mm:02d}{dd:02d}{d(4)}",),
                "jmbg": (
                    f"{dd:02d}{mm:02d}{born.year % 1000:03d}"
                    f"{rng.choice(('71', '72', '73', '80', '91'))}{d(3)}{d(1)}",
                ),
                "rc": (f"{yy:02d}{mm + 50:02d}{dd:02d}/{d(3)}", f"{yy:02d}{mm:02d}{dd:02d}/{d(3)}"),
                "tz": (d(9), f"0{d(8)}", f"{d(8)}-{d(1)}"),
                "nrc": (
                    f"{rng.randrange(1, 15)}/"
                    f"{rng.choice(('KaMaYa', 'BaHaNa', 'LaMaNa', 'OuKaMa', 'MaYaKa', 'TaMaNa'))}"
                    f"(N){d(6)}",
                ),
                "kh": (d(9), f"{d(3)} {d(3)} {d(3)}"),
                "tribal": (f"{d(5)}", f"AVCP-{d(6)}"),
            },
            "SSN",
        )
    if kind == "MRN":
        mrn = d(7)
        return pick(
            {
                "": (
                    mrn,
                    d(8),
                    f"{d(3)} {d(2)} {d(2)}",
                    f"{rng.choice(up)}{d(6)}-{d(1)}",
                    f"000{d(6)}",
                ),
                "my": (f"{letters(2)}{d(7)}", f"{d(6)}/{yy2}", f"RN{d(8)}"),
                "tw": (d(10), f"{d(7)}-{d(1)}"),
                "ma": (f"{d(4)}/{yy2}", f"IP{d(8)}"),
                "np": (d(6), f"{rng.randrange(75, 83)}/{d(5)}"),
                "ug": (f"IP/{d(5)}/{yy2}", d(6)),
                "ihs": (d(6), f"{d(3)}-{d(3)}"),
                "stt": (_v14_spoken(mrn),),
            },
            "MRN",
        )
    if kind == "HEALTH_PLAN":
        mbi = (f"{rng.randrange(1, 10)}{letters(1)}{rng.choice(alnum)}{d(1)}-{letters(1)}"
               f"{rng.choice(alnum)}{d(1)}-{letters(2)}{d(2)}")  # fmt: skip
        return pick(
            {
                "": (f"{letters(3)}{d(9)}", f"{d(4)} {d(4)} {d(4)}", f"{d(9)}"),
                "member": (
                    f"{letters(3)}{d(9)}",
                    f"W{d(9)}",
                    f"{d(9)}-01",
                    f"U{d(8)} 01",
                    f"ZGP{d(9)}",
                ),
                "group": (d(6), f"G{d(7)}", f"{letters(2)}-{d(5)}"),
                "mbi": (mbi, mbi.replace("-", "")),
                "nhi": (f"{d(4)} {d(4)} {d(4)}", d(12)),
                "cnss": (d(9), f"{d(3)} {d(3)} {d(3)}", f"{d(6)}-{d(2)}"),
                "cmu": (f"CMU-{d(10)}", f"{d(2)}-{d(6)}"),
                "hib": (d(9), d(10)),
                "mutuelle": (f"{d(4)}/{d(2)}/{d(5)}", d(12)),
                "lbo": (d(11),),
                "sk": (d(10),),
                "kupah": (d(9), d(7)),
                "policy": (f"{rng.choice(up)}{d(9)}", f"{d(3)}-{d(7)}-{d(1)}"),
            },
            "HEALTH_PLAN",
        )
    if kind == "ACCOUNT":
        return pick(
            {
                "bill": (d(9), f"A{d(9)}", f"{d(4)}-{d(6)}"),
                "enc": (f"E{d(9)}", d(10), f"ENC-{d(8)}"),
                "claim": (d(13), f"CLM{d(10)}", f"{yy2}{d(3)}E{d(7)}"),
                "pa": (f"PA-{yy2}-{d(6)}", f"{d(10)}A", f"AUTH{d(8)}"),
                "lab": (f"{yy2}{rng.choice(up)}{d(6)}", f"LAB{d(8)}", f"{d(4)}-{d(5)}"),
                "path": (
                    f"{letters(2)}{yy2}-{d(5)}",
                    f"H{yy2}/{d(5)}",
                    f"{yy2}-{d(4)}-{rng.choice(up)}",
                ),
                "acc": (d(10), f"RA{yy2}{d(6)}", f"ACC{d(7)}"),
                "rx": (f"{rng.randrange(1, 9)}{d(6)}", f"RX-{d(8)}", f"{d(2)}-{d(6)}"),
                "gl": (f"GL{d(8)}", f"{letters(3)}/GL/{yy2}/{d(6)}"),
                "rib": (f"{d(3)} {d(3)} {d(16)} {d(2)}",),
                "ref": (f"{letters(3)}/{d(4)}/{yy2}", f"{d(5)}/{letters(2)}"),
                "police": (f"{letters(3)}/{d(6)}/{yy2}",),
                "va": (f"C-{d(8)}", f"C {d(8)}"),
                "policy": (f"{letters(2)}{d(8)}", d(10)),
                "bank": (f"{d(9)} / {d(10)}", f"{d(9)}-{d(8)}"),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        given, family = _v14_latin(rng)
        dea_letters = rng.choice("ABFGM") + (_v8_ascii(family)[:1].upper() or "X")
        return pick(
            {
                "npi": (f"1{d(9)}", f"2{d(9)}"),
                "dea": (f"{dea_letters}{d(7)}",),
                "state": (f"MD{d(6)}", f"{d(2)}-{d(6)}", f"ME{d(5)}", f"{rng.choice(up)}{d(5)}"),
                "mmc": (d(5), f"{d(5)}-{rng.choice(up)}"),
                "tw": (d(6),),
                "inpe": (d(9),),
                "uin": (d(10),),
                "il": (d(5), f"{d(5)}-{d(1)}"),
                "colegiado": (d(5),),
                "cchi": (d(5), f"CCHI-{d(5)}"),
                "dl": (
                    f"{rng.choice(up)}{d(7)}",
                    d(9),
                    f"{rng.choice(up)}{d(3)}-{d(3)}-{d(2)}-{d(3)}",
                    f"{d(3)} {d(3)} {d(3)}",
                ),
            },
            "LICENSE",
        )
    if kind == "VEHICLE":
        ar = rng.choice("أبدهوط")
        cyr = "АВЕКМНРСТХ"
        return pick(
            {
                "us": (
                    f"{d(1)}{letters(3)}{d(3)}",
                    f"{letters(3)}-{d(4)}",
                    f"{d(2)}{letters(1)} {d(3)}",
                ),
                "my": (
                    f"{rng.choice('WBDKPQAJV')}{letters(2)} {d(4)}",
                    f"{rng.choice(('QAA', 'SAB', 'WWA', 'PKN', 'DBC'))} {rng.randrange(1, 9999)}",
                ),
                "tw": (f"{letters(3)}-{d(4)}", f"{d(3)}-{letters(3)}", f"{letters(2)}-{d(4)}"),
                "ma": (
                    f"{d(5)}-{ar}-{rng.randrange(1, 90)}",
                    f"{d(5)} | {ar} | {rng.randrange(1, 90)}",
                ),
                "il": (f"{d(3)}-{d(2)}-{d(3)}", f"{d(2)}-{d(3)}-{d(2)}"),
                "kz": (f"{d(3)} {letters(3)} {rng.choice(('01', '02', '05', '13', '17'))}",),
                "bg": (
                    f"{rng.choice(('CA', 'PB', 'CB', 'A'))} {d(4)} {letters(2)}",
                    f"СА {d(4)} {rng.choice(cyr)}{rng.choice(cyr)}",
                ),
            },
            "VEHICLE",
        )
    if kind == "DEVICE":
        return pick(
            {
                "ci": (d(7), f"CI{d(3)}-{d(6)}"),
                "icd": (f"{letters(3)}{d(6)}{rng.choice(up)}", d(6)),
                "cpap": (f"2{d(10)}", f"P{d(8)}{rng.choice(up)}"),
                "o2": (f"{letters(2)}{d(7)}", f"{d(3)}-{d(6)}"),
                "rpm": (f"{d(8)}{letters(2)}", f"BP{d(10)}"),
                "gluco": (f"{letters(3)}{d(7)}", f"SN {d(4)}-{d(4)}-{d(3)}"),
            },
            "DEVICE",
        )
    if kind == "URL":
        token = "".join(rng.choice(alnum.lower()) for _ in range(12))
        given, family = _v14_latin(rng)
        g, f = _v8_ascii(given) or "pt", _v8_ascii(family) or "pt"
        return pick(
            {
                "portal": (
                    f"https://portal.example-health.org/results?token={token}",
                    f"https://myhealth.example.my/p/{d(8)}",
                ),
                "line": (
                    f"https://line.me/ti/p/~{g}{f}{rng.randrange(1, 99)}",
                    f"line.me/ti/p/{token}",
                ),
                "tele": (
                    f"https://meet.example-health.org/dr-{f}-{d(4)}",
                    f"https://doxy.me/dr{f}",
                ),
                "social": (
                    f"https://www.facebook.com/{g}.{f}.{rng.randrange(1, 99)}",
                    f"https://fb.com/{g}{f}",
                ),
                "fund": (
                    f"https://gofund.me/{token[:8]}",
                    f"https://www.gofundme.com/f/help-{g}-{f}-get-home",
                ),
                "drive": (
                    f"https://drive.google.com/file/d/{token}/view",
                    f"https://share.example-health.org/s/{token}",
                ),
                "pay": (f"https://pay.example-health.org/?acct={d(9)}",),
            },
            "URL",
        )
    if kind == "IP":
        v4 = rng.choice(
            (f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
             f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
             f"41.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")
        )  # fmt: skip
        return pick(
            {
                "": (
                    v4,
                    f"::ffff:{v4}",
                    f"fe80::{rng.randrange(1, 65536):x}:{rng.randrange(65536):x}",
                ),
                "port": (f"{v4}:{rng.choice((104, 11112, 4242))}",),
            },
            "IP",
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v15 lists: the held-out row (seed ``V15_SEED``), written and committed before any change
# made from the v14 row's misses and not run against the scrubber. Templates: ICU flowsheets and
# exports, anaesthetic records, wound-care, ambulance, mental-health, genetics, death, donation,
# research-consent, telehealth, SMS, fax, claim, requisition, DICOM, audit-log and spreadsheet
# text, and letters and forms of countries the earlier lists use little, in their languages.
V15_SEED = 20271121
V15_TEMPLATES = (
    # ICU flowsheets, charts and exports.
    "ICU FLOWSHEET EXPORT - Bed 07\nPatient: {NAME:comma}   MRN: {MRN}   Admitted: {DATE:icu}\n"
    "Time\tHR\tMAP\tRASS\tInitials\n{DATE:icu}\t88\t71\t-1\t{NAME:initials}\n{DATE:icu}\t94\t66\t"
    "-2\t{NAME:initials}",
    "Flowsheet row 'Family contact' ({DATE:sas}): spoke with {NAME} (son) on {PHONE:us}; plan of "
    "care reviewed. Documented by {NAME:user}.",
    "I/O 24 h ending {DATE:icu}: in 2,410 mL, out 1,760 mL. Lines: R IJ CVC placed {DATE:short} "
    "by {NAME:sig}; L radial arterial line {DATE:short}. Pt {NAME:caps}, {AGE:y}.",
    "icu_stays.csv\nstay_id,mrn,patient,dob,intime,attending\n{ACCOUNT:enc},{MRN},\"{NAME:comma}\""
    ",{DATE:isob},{DATE:pg},{NAME:sig}\n{ACCOUNT:enc},{MRN},\"{NAME:comma}\",{DATE:isob},{DATE:pg},"
    "{NAME:sig}",
    "CPRS (VistA)\nPatient: {NAME:vista}   ({MRN:l4})   DOB: {DATE:fmb}   Age: {AGE}\nICN: "
    "{MRN:icn}   Ward: 4 ICU   Attending: {NAME:vista}\nEntered {DATE:fmx} by {NAME:vista}",
    "Sedation hold {DATE:icu}: RASS -4 to -1, CAM-ICU positive. Daughter {NAME:given} "
    "{NAME:family} at the bedside; Hmong interpreter {NAME:hm} on the phone line {PHONE:ext}.",
    "ICU DIARY\nDay 3 ({DATE:dmy}): {NAME:given}, your granddaughter {NAME:given} came and read "
    "to you today. You squeezed her hand. - written by your nurse, {NAME:given} {NAME:initials}",
    # Anaesthetic records.
    "ANAESTHETIC RECORD\nName: {NAME:caps}   Hosp no: {MRN}   Age: {AGE:sex}   Wt 48 kg\nDate: "
    "{DATE:eu}   Theatre 3   Anaesthetist: Dr {NAME:sig}   ODP: {NAME:given}\nASA 3E   Airway: "
    "i-gel 3",
    "PRE-OP ASSESSMENT {DATE:us}\n{NAME:comma}, {AGE:y}, for hemiarthroplasty. Consent signed by "
    "HCPOA {NAME} ({PHONE:us}). Last oral intake per daughter {NAME:given}: 22:00.",
    "Anesthesia Record - Case #{ACCOUNT:case}\nPt: {NAME:comma} | MRN {MRN} | DOB {DATE:usdob}\n"
    "CRNA: {NAME:sig}, CRNA (lic. {LICENSE:crna})   MDA: {NAME:sig}, MD\nIn room {DATE:stamp}; "
    "out of room {DATE:stamp}",
    "Difficult airway letter\nDear {NAME:given},\nDuring your operation at {GEO:inst} on "
    "{DATE:dmy} the anaesthetist, Dr {NAME:family}, found your airway difficult to manage. "
    "Please show this letter before any future anaesthetic. Alert sent to {EMAIL:work}.",
    "PACU handover {DATE:clock}: {NAME:family}, {AGE:sex}, s/p ORIF. Anaesthetist {NAME:sig} "
    "({PHONE:ext}). Family waiting: {NAME} {PHONE}.",
    "Anaesthetic chart (scanned)\nSurname {NAME:familyu}  Forenames {NAME:given}\nD.O.B. "
    "{DATE:eudob}  Ward 9  Consultant {NAME:initials}\nPremed: nil",
    "Block performed by {NAME:sig} (regional fellow), supervised by Dr.{NAME:family}; "
    "ultrasound images saved as {NAME:file}_{DATE:fn}_ESP.dcm.",
    # Wound care.
    "WOUND ASSESSMENT\n{NAME:comma} | {MRN} | Braden 11\nSite: sacrum, category 3; photo taken "
    "{DATE:stamp} and uploaded to {URL:photo} by TVN {NAME:sig}\nNPWT unit serial {DEVICE:vac}, "
    "issued for use at {GEO:us}",
    "Tissue viability referral ({DATE:eu}): Mrs {NAME:family}, {AGE}, lives at {GEO:mu} with her "
    "daughter-in-law {NAME:mu}; dressings by the community nurse {NAME:given} ({PHONE:mu}).",
    "Pied diabétique - consultation du {DATE:frs}\nPatiente : {NAME:dz}, {AGE:fr}, domiciliée "
    "{GEO:dz}\nCarte Chifa n° {HEALTH_PLAN:cnas}   Médecin : Dr {NAME:sig}",
    "Burns dressing clinic: {NAME:fj} ({AGE}) from {GEO:fj}; next dressing {DATE:dow} at "
    "{GEO:inst}. Mobile {PHONE:fj}.",
    "Wound photo metadata: file {NAME:file}_{DATE:fn}_{MRN}.jpg, device iPad-ward7, uploaded by "
    "{NAME:user} from {IP}.",
    "Leg ulcer clinic: {NAME:si}, {AGE:si}; compression by {NAME:si}, DMS; next visit "
    "{DATE:si}; patronažna služba {PHONE:si}.",
    # Ambulance and retrieval.
    "ePCR {ACCOUNT:epcr}\nIncident location: {GEO:w3w}   Dispatched: {DATE:stamp}\nPt: "
    "{NAME:caps}   Age {AGE}   DOB {DATE:usdob}\nNOK {NAME} ({PHONE:us}) informed. Crew: "
    "{NAME:initials}/{NAME:initials}",
    "1990 Suwa Seriya handover: {NAME:lk}, age {AGE}, from {GEO:lk}; relative {NAME:lk} "
    "{PHONE:lk} travelling behind.",
    "Ambulance handover: {NAME:fj}, {AGE}, collected from {GEO:fj}; her nephew {NAME:fj} "
    "follows in his carrier ({VEHICLE:fj}).",
    "SAMU - régulation du {DATE:frs}\nAppelant : {NAME:mu} (fils), {PHONE:mu}\nAdresse : "
    "{GEO:mu}\nPatiente {AGE:fr}, chute de sa hauteur; équipe {NAME:initials}",
    "GPS fix at pickup: {GEO:gps}. Patient {NAME:mn} ({AGE:mn}) was found in her ger at "
    "{GEO:mn}; relative {NAME:mncyr}, {PHONE:mn}.",
    "Air ambulance from {GEO:gl}: {NAME:gl}, {AGE}, with her son {NAME:given}; ETA to "
    "{GEO:inst} 14:20; relatives {PHONE:gl}.",
    # Mental health.
    "BEHAVIORAL HEALTH NOTE {DATE:fmx}\nVeteran: {NAME:vista}   ICN {MRN:icn}\nLives with his "
    "wife {NAME:given} at {GEO:us}; firearms stored at his son {NAME:given}'s home. Crisis line "
    "given; wife's cell {PHONE:us}.",
    "Psychiatry consult: {NAME:ch} ({AGE:y}) came with her nephew {NAME:ch}, who interpreted "
    "(Sureth). Lives at {GEO:ch}. PCP {NAME:sig}.",
    "Zapisnik ob sprejemu {DATE:si}\nPacientka: {NAME:si}, {AGE:si}, EMŠO {SSN:si}\nNaslov: "
    "{GEO:si}\nSvojci: hči {NAME:si}, {PHONE:si}",
    "Safety plan\n1. Call my daughter {NAME:given} - {PHONE:us}\n2. Pastor {NAME} at church\n"
    "3. Crisis line 988\nPatient: {NAME:lower}   signed {DATE:us}",
    "Dementia care plan, {GEO:care}: resident {NAME:by} ({AGE:by}) answers to {NAME:nick}; her "
    "granddaughter {NAME:by} visits on Sundays.",
    "Session note (telepsychiatry) {DATE:iso}\nClient {NAME:initials} joined from {GEO:us} via "
    "{URL:tele}; her mother {NAME:cu} was present for the last 10 minutes.",
    "Clozapine monitoring\nPatient: {NAME:caps}   REMS patient ID {ACCOUNT:rems}\nANC drawn "
    "{DATE:us}; next draw {DATE:us}. Prescriber {NAME:sig}, NPI {LICENSE:npi}",
    "Zaključak: pacijentica {NAME:mk}, {AGE:mk}, dovedena od strane kćerke {NAME:mk} "
    "({PHONE:ba}); adresa {GEO:ba}.",
    # Genetic counselling.
    "GENETIC COUNSELLING\n{DATE:dmy}\nDear {NAME:given},\nThank you for coming with your sister "
    "{NAME} and your daughter {NAME:given}. Your late mother, {NAME}, died aged {AGE}.\nYours "
    "sincerely,\n{NAME:sig}, Genetic Counsellor, {GEO:inst}",
    "Pedigree key: I-2 {NAME}, died {DATE:dmy} aged {AGE}; II-1 {NAME:given} (proband's father); "
    "II-3 {NAME} lives in {GEO:town}.",
    "Cascade testing - relatives to contact: {NAME} ({PHONE:e164}, {EMAIL}); {NAME} (no contact "
    "details; last known address {GEO:town}).",
    "MOLECULAR GENETICS REPORT\nPatient: {NAME:pn}   DOB: {DATE:isob}   Specimen: {ACCOUNT:lab}"
    "\nReceived: {DATE:iso}   Family ID: {ACCOUNT:fam}\nReferring clinician: {NAME:sig}",
    "Consent for DNA storage: I, {NAME}, agree that my sample may be used to help my relatives. "
    "Signed {DATE:us}; witness {NAME:sig}. Preferred contact: {EMAIL:obf}.",
    # Death certificates, coroner and donation.
    "MEDICAL CERTIFICATE OF CAUSE OF DEATH\nName of deceased: {NAME:caps}\nDate of death: "
    "{DATE:dmy}   Age as stated to me: {AGE}\nPlace of death: {GEO:inst}\nLast seen alive by me: "
    "{DATE:dmy}\nCertifying practitioner: {NAME:sig}, SLMC reg. {LICENSE:slmc}",
    "CERTIFICATE OF DEATH\n1. DECEDENT'S LEGAL NAME {NAME:caps}   4a. AGE {AGE}   5. DATE OF "
    "BIRTH {DATE:usdob}\n7a. RESIDENCE {GEO:us}   9. BIRTHPLACE {GEO:town}\n12. INFORMANT {NAME}, "
    "son   15. PLACE OF DISPOSITION {GEO:funeral}\n25. FUNERAL DIRECTOR LICENSE {LICENSE:fd}   "
    "STATE FILE NO. {ACCOUNT:sfn}",
    "Certificat de décès - volet médical\nNom : {NAME:wa}   Âge : {AGE:fr}   Domicile : {GEO:wa}"
    "\nDécès constaté le {DATE:frs} à {GEO:inst} par le Dr {NAME:sig}",
    "Medical examiner case {ACCOUNT:me}: decedent {NAME:comma}, {AGE:y}, found at {GEO:hm} by her "
    "grandson {NAME:hm} ({PHONE:us}) on {DATE:us}; last known alive {DATE:dow}.",
    "TISSUE DONATION REFERRAL\nReferral #{ACCOUNT:donor}   Time of call {DATE:stamp}\nDonor: "
    "{NAME:comma}, {AGE}, MRN {MRN}\nReferring RN: {NAME:sig}, {PHONE:ext}\nOPO: {GEO:opo}; "
    "coordinator {NAME:sig} ({EMAIL:work})",
    "Authorization for eye donation given by {NAME} (daughter) on a recorded line, {PHONE:us}; "
    "witness {NAME:sig}; {DATE:stamp}.",
    "Obituary attached by the family: {NAME} of {GEO:town} passed away on {DATE:mdy} at the age "
    "of {AGE}. She leaves {NAME} and {NAME}. Guest book: {URL:obit}",
    "Potrdilo o smrti: {NAME:si}, rojena {DATE:sidob}, umrla {DATE:si}; zadnje stalno "
    "prebivališče {GEO:si}. Mrliški pregledovalec: {NAME:si}.",
    # Research consent and screening logs.
    "CONSENT LOG - study protocol v3.1\nDate\tMRN\tParticipant\tConsented by\tLAR\n{DATE:iso}\t"
    "{MRN}\t{NAME:comma}\t{NAME:initials}\t{NAME} (daughter)\n{DATE:iso}\t{MRN}\t{NAME:comma}\t"
    "{NAME:initials}\t-",
    # Telehealth and telephone.
    "[00:00:04] Dr {NAME:family}: Hello, can you hear me? Is this {NAME:given}?\n[00:00:09] "
    "Patient: Yes. My grandson {NAME:given} set up the tablet.\n[00:00:15] Dr {NAME:family}: Can "
    "you tell me your date of birth?\n[00:00:19] Patient: {DATE:spoken}.",
    "Auto-transcript\nSpeaker 2: i'm at my daughter's place at {GEO:stt} this week\nSpeaker 1: ok "
    "and is {NAME:stt} still your pharmacist\nSpeaker 2: yes",
    "Video visit: verbal consent. Patient at {GEO:us}; provider at {GEO:inst}. Link {URL:tele}. "
    "Also present: {NAME} (caregiver). Visit ID {ACCOUNT:visit}.",
    "Telephone triage: caller {NAME} says her mother {NAME:given} ({AGE}) has been vomiting since "
    "last night; callback {PHONE:tel}; address confirmed as {GEO:pr}.",
    "Teams chat export\n[{DATE:teams}] {NAME:sig}: can we book an interpreter for {NAME:family} "
    "in bay 4?\n[{DATE:teams}] {NAME:sig}: Lao interpreter {NAME:lao} is free at 3",
    # Text messages.
    "SMS {DATE:sms} to {PHONE:e164}: Hi {NAME:given}, reminder: {NAME:given}'s eye clinic "
    "appointment at {GEO:inst} is on {DATE:dow}. Reply Y to confirm, N to cancel.",
    "WhatsApp from {PHONE:intl}: Doctor, my mother {NAME:lk} (age {AGE}) sugar 280 today. What "
    "to do? - {NAME:given}",
    "SMS {DATE:mg}: Manao ahoana {NAME:mg}. Fotoana manaraka: {DATE:mg}, {GEO:inst}. Antso: "
    "{PHONE:mg}",
    "Viber from {NAME:by} ({PHONE:by}): babulia {NAME:by} is {AGE:by} and still dizzy after the "
    "new tablets.",
    "Text to carer {PHONE:zm}: {NAME:zm} is discharged today; collect her from ward 7 before "
    "16:00. Medicines at {GEO:pharmacy}.",
    # Fax cover sheets.
    "F A X\nTO: {NAME:sig}   FAX #: {FAX:us}\nFROM: {GEO:inst}   FAX #: {FAX:us}\nRE: "
    "{NAME:caps}   DOB {DATE:usdob}\n# PAGES: 6   URGENT [X]\n~~ {DATE:faxhdr} ~~",
    "Télécopie du {DATE:frs}\nDe : cabinet du Dr {NAME:family}, {GEO:mu}\nTél. {PHONE:mu}   "
    "Fax {FAX:mu}\nConcerne : {NAME:mu}, NIC {SSN:mu}",
    "{DATE:faxhdr} FROM:{FAX:intl} TO:{FAX:intl} P.001\nREQUEST FOR RECORDS: {NAME:comma}, DOB "
    "{DATE:usdob}, SSN {SSN}",
    # Claims and billing.
    "UB-04\n3a PAT CNTL # {ACCOUNT:ub}   3b MED REC # {MRN}\n6 STATEMENT COVERS PERIOD {DATE:ub} "
    "{DATE:ub}\n8 PATIENT NAME {NAME:ub}\n9 PATIENT ADDRESS {GEO:us}\n10 BIRTHDATE {DATE:ubb}   "
    "12 ADMISSION DATE {DATE:ub}\n58 INSURED'S NAME {NAME:ub}   60 INSURED'S UNIQUE ID "
    "{HEALTH_PLAN:mbi}\n76 ATTENDING NPI {LICENSE:npi}   LAST {NAME:familyu}   FIRST "
    "{NAME:givenu}",
    "CMS-1500\n1a {HEALTH_PLAN:mcd}\n2 {NAME:ub}   3 {DATE:cmsb} F\n5 {GEO:usline} | {GEO:uscity} "
    "| {GEO:zip} | {PHONE:cms}\n24A {DATE:cms} - {DATE:cms}   99233\n26 {ACCOUNT:bill}   33a "
    "{LICENSE:npi}",
    "CLP*{ACCOUNT:ub}*1*1240*310.55**MA*{ACCOUNT:icn}~NM1*QC*1*{NAME:x12}~DTM*232*{DATE:ccyy}~"
    "DTM*233*{DATE:ccyy}~",
    "Explicación de beneficios\nBeneficiaria: {NAME:cu}   Núm. de contrato: {HEALTH_PLAN:pr}\n"
    "Dirección postal: {GEO:pr}\nFecha de servicio: {DATE:cu}   Reclamación: {ACCOUNT:claim}",
    "FACTURE N° {ACCOUNT:inv}\nPatient : {NAME:dz}   CNAM : {HEALTH_PLAN:cnam}\nAdresse : "
    "{GEO:dz}\nSéjour du {DATE:eu} au {DATE:eu}\nIBAN du tiers payant : {ACCOUNT:iban}",
    "Račun št. {ACCOUNT:inv}\nZavarovana oseba: {NAME:si}   ZZZS št.: {HEALTH_PLAN:zzzs}\n"
    "Naslov: {GEO:si}\nIBAN: {ACCOUNT:iban}",
    # Laboratory requisitions and labels.
    "LAB REQUISITION\nPatient: {NAME:comma}   DOB: {DATE:usdob}   Sex: F\nMRN: {MRN}   Medicaid: "
    "{HEALTH_PLAN:mcd}\nTests: CBC, BMP, TSH   Fasting: Y\nCollect: {DATE:us}   Ordering: "
    "{NAME:sig}, NPI {LICENSE:npi}",
    "Barcode: {ACCOUNT:lab}|{NAME:pn}|{DATE:jul}|{MRN}|F",
    "Formulaire de demande d'analyses\nNom : {NAME:mg}   Âge : {AGE:mg}\nAdresse : {GEO:mg}\n"
    "Prélèvement le {DATE:frs}   Prescripteur : Dr {NAME:sig}",
    "Blood bank sample (handwritten label, transcribed): {NAME:familyu}, {NAME:given}   {MRN}   "
    "{DATE:eudob}   signed {NAME:initials} {DATE:clock}",
    "LIS: specimen {ACCOUNT:lab} for {NAME:comma}, age {AGE:ymd} at collection; collected by "
    "{NAME:user} on {DATE:pg}.",
    # DICOM headers.
    "# Dicom-File-Format\n(0008,0020) DA [{DATE:da}]   #   8, 1 StudyDate\n(0008,0090) PN "
    "[{NAME:pn}]   #  18, 1 ReferringPhysicianName\n(0010,0010) PN [{NAME:pnide}]   #  40, 1 "
    "PatientName\n(0010,0020) LO [{MRN}]   #  10, 1 PatientID\n(0010,1040) LO [{GEO:us}]   #  44, "
    "1 PatientAddress\n(0010,2154) SH [{PHONE:us}]   #  14, 1 PatientTelephoneNumbers",
    "(0010,1000) OtherPatientIDs: {MRN}\\{SSN:mn}\n(0032,1032) RequestingPhysician: {NAME:pn}\n"
    "(0008,0081) InstitutionAddress: {GEO:mn}",
    "(0010,0030) DA [{DATE:dab}] PatientBirthDate\n(0010,1010) AS [{AGE:dcm}] PatientAge\n"
    "(0040,0244) DA [{DATE:da}] PerformedProcedureStepStartDate\n(0008,0050) SH [{ACCOUNT:acc}] "
    "AccessionNumber",
    '"00100010": {"vr": "PN", "Value": [{"Alphabetic": "{NAME:pn}", "Ideographic": '
    '"{NAME:laoo}"}]}, "00100040": {"vr": "CS", "Value": ["F"]}',
    # Audit logs.
    'AUDIT {DATE:pg} user={NAME:user} role=RN action=BREAK_GLASS patient_mrn={MRN} '
    'patient_name="{NAME:caps}" reason="family request" ws={IP}',
    "Access report for {NAME:comma} (MRN {MRN}), {DATE:us} to {DATE:us}:\n{DATE:stamp}  "
    "{NAME:vista}  Chart review  {IP:port}\n{DATE:stamp}  {NAME:vista}  Print  {IP:port}",
    "Login failure: CORP\\{NAME:user} from {IP:v6} at {DATE:iso}; account locked; ticket opened "
    "by {NAME}.",
    "Print job 'Discharge_{NAME:file}.pdf' sent by {NAME:user} to \\\\prt-ward7\\HP-04 at "
    "{DATE:stamp} from {IP}.",
    "{DATE:unix} ehr-app[2231]: export patient={MRN} name={NAME:pn} dob={DATE:dab} requested_by="
    "{EMAIL:work}",
    # Spreadsheets pasted as text.
    "Clinic list - Dr {NAME:family} - {DATE:dow}\n09:00 | {NAME:caps} | {MRN} | {AGE:y} | int: "
    "Lao\n09:20 | {NAME:caps} | {MRN} | {AGE:y} | int: -",
    "Outreach list\nNo.\tName\tAge\tVillage\tPhone\n1\t{NAME:zm}\t{AGE}\t{GEO:zm}\t{PHONE:zm}\n"
    "2\t{NAME:zm}\t{AGE}\t{GEO:zm}\t{PHONE:zm}",
    "Pasted from Excel:\n{NAME:lk}   {SSN:lk}   {DATE:excelb}   ####   {PHONE:lk}\n{NAME:lk}   "
    "{SSN:lk}   {DATE:excelb}   ####   {PHONE:lk}",
    "nom;prenom;naissance;quartier;tel\n{NAME:familyu};{NAME:given};{DATE:eudob};{GEO:wa};"
    "{PHONE:wa}\n{NAME:familyu};{NAME:given};{DATE:eudob};{GEO:wa};{PHONE:wa}",
    "| Name | DOB | Apt | Phone |\n| {NAME:hm} | {DATE:excelb} | {GEO:usline} | {PHONE:us} |\n"
    "| {NAME:hm} | {DATE:excelb} | {GEO:usline} | {PHONE:us} |",
    # Letters, summaries and forms of other countries, in their languages.
    "BED HEAD TICKET\nBHT No: {MRN:bht}   Ward 12   {GEO:inst}\nName: {NAME:lkinit}   Age: "
    "{AGE:y}   NIC: {SSN:lk}\nAddress: {GEO:lk}\nDate of admission: {DATE:lk}   Consultant: "
    "Dr. {NAME:lkinit}",
    "රෝගියාගේ නම: {NAME:sinh}   වයස: {AGE:sinh}   ලිපිනය: {GEO:sinh}\nදුරකථන: {PHONE:lk}",
    "Diabetic clinic (clinic no. {MRN:clinic}): {NAME:lk}, {AGE}; her daughter {NAME:lk} "
    "({PHONE:lk}) collects the drugs from {GEO:pharmacy}.",
    "{GEO:inst}\nDischarge: {NAME:lkt}, {AGE:y}, of {GEO:lkt}; NIC {SSN:lk}; son abroad "
    "{NAME:lkt} ({PHONE:intl}).",
    "DISCHARGE NOTE\nName: {NAME:lao}   Age: {AGE:lo}   HN: {MRN:hn}\nAddress: {GEO:lao}\n"
    "Admitted {DATE:lao}, discharged {DATE:lao}\nRelative: {NAME:lao} ({PHONE:lao})",
    "ຊື່: {NAME:laoo}   ອາຍຸ: {AGE:lo}   ທີ່ຢູ່: {GEO:laoo}   ໂທ: {PHONE:lao}",
    "Interpreter note: the Hmong interpreter {NAME:hm} attended the family meeting with "
    "{NAME:hm} ({AGE}), her sons {NAME:given} and {NAME:given}, and the clan elder {NAME:hm}.",
    "{NAME:hm} has been followed at {GEO:inst} since 2004; her date of birth is recorded as "
    "{DATE:jan1} (exact date unknown), so her age is given as {AGE:approx}.",
    "ӨВЧНИЙ ТҮҮХИЙН ХУУЛБАР\nОвог нэр: {NAME:mncyr}   РД: {SSN:mn}\nНас: {AGE:mn}   Хаяг: "
    "{GEO:mncyr}\nУтас: {PHONE:mn}   Эмч: {NAME:mncyr}",
    "Discharge summary (translated): {NAME:mn}, register no. {SSN:mn}, {AGE}, herder from "
    "{GEO:mn}; admitted {DATE:mn}. Contact: son {NAME:mn}, {PHONE:mn}.",
    "PATIENT REFERRAL SLIP\nName: {NAME:bt}   CID: {SSN:bt}   Age: {AGE}\nAddress: {GEO:bt}\n"
    "Referred by: Health Assistant {NAME:bt}, BHU; contact {PHONE:bt}\nDate: {DATE:eu}",
    "Patient: {NAME:tibt} ({NAME:bt})   CID {SSN:bt}   Tel. {PHONE:bt}",
    "DISCHARGE SUMMARY\nName: {NAME:fj}   Age: {AGE}   Hosp No: {MRN}\nAddress: {GEO:fj}\n"
    "Next of kin: {NAME:fj} (nephew), {PHONE:fj}\nReview with Dr {NAME:sig} at {GEO:inst} on "
    "{DATE:dow}",
    "Patient: {NAME:fji}   Age {AGE}   Address: {GEO:fji}\nHusband: {NAME:fji}   Tel "
    "{PHONE:fj}   TIN {SSN:fj}",
    "TARATASY FIVOAHANA / FICHE DE SORTIE\nAnarana: {NAME:mg}   Taona: {AGE:mg}\nAdiresy: "
    "{GEO:mg}\nCIN: {SSN:mg}\nNiditra: {DATE:mg}   Nivoaka: {DATE:mg}\nMpitsabo: Dr {NAME:sig}",
    "DISCHARGE SUMMARY\nPatient: {NAME:mu}   NIC: {SSN:mu}   Age: {AGE}\nAddress: {GEO:mu}\nNext "
    "of kin: {NAME:mu} (daughter), {PHONE:mu}\nFollow-up: {GEO:inst} MOPD on {DATE:eu}",
    "BULLETIN DE SORTIE\nNom et prénoms : {NAME:wa}   Âge : {AGE:fr}\nCNIB : {SSN:wa}   "
    "Domicile : {GEO:wa}\nPersonne à prévenir : {NAME:wa}, {PHONE:wa}\nSortie le {DATE:frs}",
    "REFUGEE HEALTH SCREENING\nName: {NAME:ss}   UNHCR no.: {SSN:ss}   Age: {AGE:approx} (DOB "
    "{DATE:jan1}, assigned)\nAddress: {GEO:ss}\nPhone (shared with her neighbour {NAME:ss}): "
    "{PHONE:ss}",
    "COMPTE RENDU D'HOSPITALISATION\nPatiente : {NAME:dz}, {AGE:fr}, NIN {SSN:dz}\nAdresse : "
    "{GEO:dz}\nHospitalisée du {DATE:eu} au {DATE:frs}\nMédecin traitant : Dr {NAME:sig}, tél. "
    "{PHONE:dz}",
    "الاسم واللقب: {NAME:arab}   السن: {AGE:ar}   العنوان: {GEO:ar}\nتاريخ الدخول: {DATE:ar}   "
    "الهاتف: {PHONE:dz}",
    "FACE SHEET\nPatient: {NAME:ch}   DOB: {DATE:usdob}   Language: Neo-Aramaic (Sureth)\n"
    "Address: {GEO:ch}\nEmergency contact: {NAME:ch} (son-in-law), {PHONE:us}\nInsurance: "
    "Medi-Cal {HEALTH_PLAN:mcd}",
    "ÇIXARIŞ\nXəstə: {NAME:az}   FİN: {SSN:az}\nYaş: {AGE:az}   Ünvan: {GEO:az}\nDaxil olub: "
    "{DATE:az}   Çıxıb: {DATE:az}\nHəkim: {NAME:az}, tel. {PHONE:az}",
    "ИҚТИБОС АЗ ТАЪРИХИ БЕМОРӢ\nНому насаб: {NAME:tgcyr}   Синну сол: {AGE:tj}\nСуроға: "
    "{GEO:tjcyr}\nТелефон: {PHONE:tj}",
    "{NAME:tj}, {AGE}, came from {GEO:tj} to stay with her son {NAME:tj} in {GEO:town}; "
    "taxpayer no. {SSN:tj}.",
    "HOJA DE EGRESO\nPaciente: {NAME:cu}   CI: {SSN:cu}   Edad: {AGE:es}\nDirección: {GEO:cu}\n"
    "Ingreso: {DATE:cu}   Egreso: {DATE:cu}\nFamiliar: {NAME:cu} (nieta), tel. {PHONE:cu}",
    "Nota de enfermería: la paciente {NAME:cu}, de {AGE:es}, reside en {GEO:pr}; su hija "
    "{NAME:given} llamó desde el {PHONE:pr}.",
    "DISCHARGE SUMMARY\nName: {NAME:zm}   NRC: {SSN:zm}   Age: {AGE}\nAddress: {GEO:zm}\nNext of "
    "kin: {NAME:zm} (grandson), {PHONE:zm}\nNHIMA No.: {HEALTH_PLAN:nhima}",
    "ODPUSTNICA\nPacientka: {NAME:si}, roj. {DATE:sidob}, stara {AGE:si}\nNaslov: {GEO:si}   "
    "KZZ: {HEALTH_PLAN:zzzs}\nLečeča zdravnica: {NAME:si}, dr. med.\nDatum: {DATE:si}",
    "ОТПУСНА ЛИСТА\nПациент: {NAME:mkcyr}   ЕМБГ: {SSN:mk}\nВозраст: {AGE:mk}   Адреса: "
    "{GEO:mkcyr}\nПримен: {DATE:mk}   Отпуштен: {DATE:mk}",
    "OTPUSNO PISMO\nPacijentica: {NAME:mk}, JMBG {SSN:mk}\nAdresa: {GEO:ba}\nKontakt: {NAME:mk} "
    "(sin), {PHONE:ba}",
    "Epikrise\nPatient: {NAME:gl}   CPR-nr.: {SSN:gl}\nAdresse: {GEO:gl}\nPårørende: {NAME:gl} "
    "(søn), tlf. {PHONE:gl}\nIndlagt {DATE:gl}",
    "ВЫПІСКА З МЕДЫЦЫНСКАЙ КАРТЫ\nПацыент: {NAME:becyr}   Асабісты нумар: {SSN:by}\nУзрост: "
    "{AGE:by}   Адрас: {GEO:becyr}\nДата паступлення: {DATE:by}",
    # Names, places, identifiers and ages in hard places.
    "{NAME:wordg} brought her mother {NAME:zm} in; {NAME:given} says she has not eaten for three "
    "days.",
    "{NAME:word} came with her daughter {NAME:word}, who says that she fell at home on Sunday.",
    "Discharged to the care of her niece {NAME:split} who lives at {GEO:us}.",
    "Whiteboard: B12-{NAME:family}/{NAME:initials}  B14-{NAME:family}/{NAME:initials}  "
    "B15-{NAME:family}/{NAME:initials}",
    "cc:{NAME:sig};{NAME:sig};file",
    "Saved to S:\\Letters\\{NAME:file}\\{DATE:fn}_discharge.docx by {NAME:user}.",
    "Letter e-mailed to {EMAIL:obf} as her son {NAME} asked (not to his work address, "
    "{EMAIL:work}).",
    "Portal message from {NAME:lower} (reply to mailto:{EMAIL}): pls call me 2moro on "
    "{PHONE:glued} re mum",
    "She turned {AGE:word} on {DATE:mdy}; the family celebrated at {GEO:care}.",
    "Born in {DATE:yob} in {GEO:town}, she is at {AGE} the oldest living member of her clan.",
    "Her grandson drove her in his car ({VEHICLE:lk}) and parked at the OPD gate; he is "
    "{NAME:lk}, {PHONE:lk}.",
    "Baclofen pump SN {DEVICE:pump} refilled {DATE:us}; next refill due {DATE:us}; alarm date "
    "set by {NAME:sig}.",
    "Home ventilator SN {DEVICE:vent} delivered to {GEO:us} for {NAME}; respiratory therapist "
    "{NAME:sig}, {PHONE:us}.",
    "LVAD pump serial {DEVICE:lvad}, controller SN {DEVICE:lvad}; her husband {NAME:given} was "
    "trained on {DATE:us}.",
    "CGM transmitter {DEVICE:cgm} shares readings with her daughter's phone ({PHONE:e164}); "
    "follower account {EMAIL}.",
    "Updates are posted by {NAME} at {URL:cb}; visitors please call {PHONE} first.",
    "Visitor parking permit for {NAME}: plate {VEHICLE:pr}, valid until {DATE:us}.",
    "Adult safeguarding referral {ACCOUNT:ref}: concern that her grandson {NAME} withdraws her "
    "pension; account {ACCOUNT:iban}.",
    "Mrs.{NAME:family} (bed 6) and Mr.{NAME:family} (bed 8) are not related; check wristbands.",
    "Telegram {URL:tg} and WhatsApp {URL:wa} belong to {NAME:az}, her granddaughter.",
    "Driving assessment: {NAME}, {AGE}, licence {LICENSE:dl}, car {VEHICLE:us}; advised to stop "
    "driving from {DATE:us}.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents
# stripped): Sinhala and Sri Lankan Tamil, Lao, Hmong, Mongolian, Bhutanese, iTaukei and
# Indo-Fijian, Malagasy, Mauritian, Burkinabè, Malian and Ivorian, Dinka and Nuer, Algerian and
# Tunisian, Chaldean and Assyrian, Azerbaijani, Tajik, Cuban and Puerto Rican, Zambian and
# Malawian, Slovenian, Macedonian and Bosnian, Greenlandic and Faroese, Belarusian, and names in
# eight scripts. Some are also English or clinical words (Her, Hang, Lor, Chol, Kos, Turk,
# Clever, Mercy, Holy, Karma, Noro, Naja).
_V15_LK_GIVEN = (
    "Chandrani", "Kumudini", "Swarnalatha", "Nandawathie", "Premawathie", "Seelawathie",
    "Somawathie", "Dayananda", "Gunapala", "Wimalasena", "Sirisena", "Karunadasa", "Jayantha",
    "Upali", "Tilakaratne",
)  # fmt: skip
_V15_LK_FAMILY = (
    "Ratnayake", "Gunawardena", "Karunaratne", "Wijesekera", "Senanayake", "Abeysekera", "Herath",
    "Rajapaksha", "Weerasinghe", "Ekanayake", "Liyanage", "Samarasinghe", "Kumarasinghe",
    "Wanigasekara", "Amarasekara", "Kulatunga", "Siriwardena", "Yapa", "Tennakoon", "Rathnayaka",
)  # fmt: skip
# The "ge" names of Sinhala families, written before the given name ("Herath Mudiyanselage").
_V15_LK_GE = ("Mudiyanselage", "Arachchige", "Appuhamilage", "Patabendige", "Hewage", "Kankanamge")
_V15_LKT_GIVEN = (
    "Sivapakkiyam", "Parameswary", "Nageswary", "Sivakamy", "Kanagaratnam", "Thambirajah",
    "Sivasubramaniam", "Ponnambalam", "Vallipuram", "Pathmanathan",
)  # fmt: skip
_V15_LKT_FAMILY = (
    "Tharmalingam", "Sivagnanam", "Kanagasabai", "Navaratnam", "Jeyakumar", "Thurairajah",
    "Balasingham", "Rasiah", "Selvanayagam",
)  # fmt: skip
_V15_LAO_GIVEN = (
    "Souksavanh", "Bounmy", "Khamphone", "Phetsamone", "Vilayvanh", "Keomany", "Chanthaly",
    "Somphone", "Bouasone", "Khampheng", "Noy", "Latsamy",
)  # fmt: skip
_V15_LAO_FAMILY = (
    "Sisouphanh", "Vongsavanh", "Inthavong", "Keomanivong", "Sayavong", "Phimmasone",
    "Chanthavong", "Southammavong", "Xaysana", "Luangrath", "Keovongsa",
)  # fmt: skip
_V15_HM_GIVEN = (
    "Pa Nhia", "Blia", "Youa", "Yer", "Zoua", "Choua", "Xee", "Nou", "Chue", "Tou", "Pao", "Neng",
)  # fmt: skip
_V15_HM_FAMILY = ("Vang", "Her", "Lor", "Moua", "Khang", "Vue", "Kue", "Hang", "Chang")
_V15_MN_GIVEN = (
    "Oyunchimeg", "Tsetsegmaa", "Enkhtuya", "Narantsetseg", "Altantsetseg", "Sarantuya",
    "Bolormaa", "Gantulga", "Batbold", "Ganbaatar", "Enkhbayar", "Munkhbat", "Tumurbaatar",
)  # fmt: skip
# Mongolian family names are the father's given name (a patronymic).
_V15_MN_FAMILY = (
    "Tserendorj", "Dashdorj", "Luvsandorj", "Purevsuren", "Jamsran", "Sodnom", "Batjargal",
    "Sukhbaatar", "Bat-Ochir", "Namjil", "Gombosuren", "Baasanjav",
)  # fmt: skip
_V15_BT_GIVEN = (
    "Karma", "Tshering", "Dechen", "Sonam", "Kinley", "Ugyen", "Jigme", "Phuntsho", "Yeshey",
    "Tashi", "Sangay", "Tandin",
)  # fmt: skip
# Bhutanese names have no family name: the second of two names stands in its place.
_V15_BT_FAMILY = (
    "Choden", "Wangmo", "Lhamo", "Zangmo", "Dema", "Pelden", "Namgyel", "Penjor", "Rinzin",
    "Norbu",
)  # fmt: skip
_V15_FJ_GIVEN = (
    "Mereoni", "Litia", "Vilisi", "Ateca", "Sainimere", "Lusiana", "Akanisi", "Mereseini",
    "Salanieta", "Makereta", "Sevanaia", "Josefa", "Viliame", "Ilisoni",
)  # fmt: skip
_V15_FJ_FAMILY = (
    "Ravulo", "Baleilevuka", "Qalo", "Rokotuiwai", "Tuinamata", "Vakaloloma", "Nawaqa",
    "Waqainabete", "Seruvatu", "Tikoisuva", "Koroi", "Matanitobua", "Tabualevu",
)  # fmt: skip
_V15_FJI_GIVEN = (
    "Ram Dulari", "Chandar Kali", "Satya Wati", "Shiu Narayan", "Bhagwan Dass", "Sukh Raj",
)  # fmt: skip
_V15_FJI_FAMILY = ("Goundar", "Lal", "Chand", "Sami", "Maharaj", "Dutt", "Ram")
_V15_MG_GIVEN = (
    "Voahangy", "Lalao", "Fanja", "Haingo", "Noro", "Hanitra", "Nirina", "Bakoly", "Holy", "Fara",
    "Tiana", "Hery", "Tahina", "Mamy", "Rindra", "Andry",
)  # fmt: skip
_V15_MG_FAMILY = (
    "Rakotondrabe", "Randrianarisoa", "Rasoanaivo", "Razafindrakoto", "Andriamanantena",
    "Ravelojaona", "Rabemananjara", "Rakotomalala", "Andrianjafy", "Razanamparany",
    "Ratsimbazafy", "Raharimalala",
)  # fmt: skip
_V15_MU_GIVEN = (
    "Rosemay", "Rosemonde", "Josiane", "Gérardine", "Leela", "Kavita", "Oomawtee", "Prem",
    "Soobramanien", "Vishnu", "Rajcoomar", "Ashwin", "Oomesh",
)  # fmt: skip
_V15_MU_FAMILY = (
    "Dookhun", "Bhugeloo", "Ramsaha", "Beeharry", "Goorah", "Sookun", "Labonne", "Perrine",
    "Ravaton", "Ramdhony", "Gungaram", "Jhurry", "Seetaram", "Appadoo",
)  # fmt: skip
_V15_WA_GIVEN = (
    "Tenin", "Nafissatou", "Adjoua", "Amenan", "Affoué", "Akissi", "Ahou", "Awa", "Salif",
    "Lassina", "Brahima", "Issiaka", "Adama",
)  # fmt: skip
_V15_WA_FAMILY = (
    "Kaboré", "Sawadogo", "Zongo", "Yaméogo", "Ilboudo", "Zoungrana", "Tapsoba", "Nikiéma",
    "Dembélé", "Sidibé", "Diakité", "Koné", "Kouassi", "Konan", "Kouamé", "Bamba",
)  # fmt: skip
# Dinka and Nuer names: a given name, then the father's and the grandfather's.
_V15_SS_GIVEN = (
    "Achol", "Nyandeng", "Abuk", "Akech", "Nyibol", "Adut", "Ayen", "Nyakim", "Nyaruach",
    "Garang", "Majok", "Mabior", "Kuol", "Lual", "Ajak", "Makuei",
)  # fmt: skip
_V15_SS_FAMILY = (
    "Garang", "Majok", "Mabior", "Chol", "Kuol", "Lual", "Bol", "Ajak", "Akol", "Machar",
    "Malual", "Thon", "Ayuel", "Riek", "Gatluak",
)  # fmt: skip
_V15_DZ_GIVEN = (
    "Houria", "Zohra", "Fatiha", "Nacera", "Ouardia", "Tassadit", "Dahbia", "Taous", "Messaouda",
    "Ghania", "Djamila", "Baya", "Hadjira", "Lakhdar", "Rabah", "Slimane", "Hédi", "Moncef",
    "Mongi",
)  # fmt: skip
_V15_DZ_FAMILY = (
    "Belhadj", "Trabelsi", "Jebali", "Gharbi", "Mejri", "Saidi", "Boukhalfa", "Hamidouche",
    "Zitouni", "Mebarki", "Laribi", "Kaci", "Ferhat", "Chaouch", "Hadjadj", "Benmansour",
    "Boudjemaa",
)  # fmt: skip
_V15_CH_GIVEN = (
    "Nisreen", "Raghad", "Bushra", "Wardia", "Shamiran", "Jacklin", "Bahija", "Shmuni", "Ninos",
    "Sargon", "Ashur", "Basim", "Wissam", "Raad", "Ramsin", "Nineb",
)  # fmt: skip
_V15_CH_FAMILY = (
    "Kassab", "Yousif", "Shamoun", "Odisho", "Warda", "Toma", "Binyamin", "Youkhana", "Khoshaba",
    "Jajou", "Kakos", "Sesi", "Dabish", "Atisha", "Yaldo", "Arabo", "Shaya",
)  # fmt: skip
_V15_AZ_GIVEN = (
    "Gülnarə", "Sevinc", "Nərmin", "Aytən", "Zərifə", "Şəfiqə", "Səadət", "Mehriban", "Xədicə",
    "Rəhim", "Elçin", "Vüqar", "Tofiq", "İlham", "Rövşən", "Fizuli",
)  # fmt: skip
_V15_AZ_FAMILY = (
    "Məmmədov", "Hüseynov", "Quliyev", "Rzayev", "Nəsirov", "Cəfərov", "Abbasov", "Mirzəyev",
    "Hacıyev", "Kərimov", "Orucov", "Səfərov",
)  # fmt: skip
_V15_TJ_GIVEN = (
    "Firuza", "Mavluda", "Gulchehra", "Munisa", "Nigora", "Parvina", "Saodat", "Farrukh",
    "Dilshod", "Bahodur", "Sharif", "Jamshed", "Rustam",
)  # fmt: skip
_V15_TJ_FAMILY = (
    "Nazarov", "Safarov", "Davlatov", "Sharipov", "Mirzoev", "Rahimov", "Saidov", "Kurbonov",
    "Odinaev", "Nematov", "Boboev", "Khudoiberdiev", "Nazarzoda", "Safarzoda", "Davlatzoda",
)  # fmt: skip
_V15_CU_GIVEN = (
    "Yuleisy", "Yaneisy", "Yordanka", "Dayami", "Yamilé", "Yanelis", "Yudith", "Odalys",
    "Maricela", "Nereida", "Altagracia", "Migdalia", "Zoraida", "Yosvany", "Yunior", "Osmel",
    "Yoandri", "Wilfredo",
)  # fmt: skip
_V15_CU_FAMILY = (
    "Despaigne", "Valdés", "Cintrón", "Quiñones", "Maldonado", "Rosado", "Pagán", "Báez",
    "Feliciano", "Meléndez", "Irizarry", "Vélez", "Crespo", "Lebrón", "Betancourt", "Pimentel",
    "Carrión", "Ocasio", "Nazario",
)  # fmt: skip
# Zambian and Malawian given names that are English words (Clever, Mercy, Blessings, Gracious).
_V15_ZM_GIVEN = (
    "Mutale", "Chileshe", "Mwila", "Chimwemwe", "Chikondi", "Thokozani", "Dalitso", "Mphatso",
    "Esnart", "Agness", "Mirriam", "Mercy", "Gracious", "Blessings", "Clever", "Brighton",
    "Lovemore", "Trywell",
)  # fmt: skip
_V15_ZM_FAMILY = (
    "Chirwa", "Kamanga", "Mkandawire", "Nyirenda", "Chisenga", "Mulenga", "Bwalya", "Chanda",
    "Mwansa", "Kunda", "Zimba", "Kalaba", "Msiska", "Kachingwe", "Mwanza", "Chilufya", "Mbewe",
    "Nkhoma", "Sakala",
)  # fmt: skip
_V15_SI_GIVEN = (
    "Špela", "Urška", "Mojca", "Tadeja", "Nives", "Alenka", "Marjeta", "Tončka", "Frančiška",
    "Jure", "Matej", "Rok", "Blaž", "Bojan", "Stanko",
)  # fmt: skip
_V15_SI_FAMILY = (
    "Krajnc", "Zupančič", "Potočnik", "Kos", "Vidmar", "Golob", "Turk", "Kralj", "Mlakar",
    "Rozman", "Hribar", "Kavčič", "Kovačič", "Žnidaršič", "Bizjak", "Pirc",
)  # fmt: skip
_V15_MK_GIVEN = (
    "Biljana", "Slavica", "Trajanka", "Cveta", "Verica", "Menka", "Emina", "Amra", "Senada",
    "Fikreta", "Blagoja", "Goce", "Kiro", "Alija", "Mirsad", "Hasan",
)  # fmt: skip
_V15_MK_FAMILY = (
    "Trajkovski", "Nikolovski", "Petrovski", "Dimitrovski", "Jovanovski", "Stojanovski",
    "Angelovski", "Hodžić", "Mehmedović", "Begić", "Delić", "Kurtović", "Spahić", "Softić",
)  # fmt: skip
_V15_GL_GIVEN = (
    "Aviaja", "Nivi", "Ivalo", "Naja", "Arnaq", "Paninnguaq", "Rakul", "Sunneva", "Sólrun",
    "Turið", "Kunuk", "Ujarak", "Jóannes", "Bárður",
)  # fmt: skip
_V15_GL_FAMILY = (
    "Lynge", "Kleist", "Motzfeldt", "Heilmann", "Kreutzmann", "Rosing", "Petrussen", "Joensen",
    "Djurhuus", "Dam", "Hammershaimb", "Poulsen",
)  # fmt: skip
_V15_BY_GIVEN = (
    "Alesia", "Yanina", "Tatsiana", "Palina", "Hanna", "Ales", "Uladzimir", "Siarhei",
    "Aliaksandr", "Mikalai",
)  # fmt: skip
_V15_BY_FAMILY = (
    "Lukashevich", "Kavaliou", "Shautsou", "Karpovich", "Zhuk", "Dubovik", "Sidarenka", "Kasciuk",
)  # fmt: skip
# Given names of men: for "bin"-like links, patronymics, and family names that change for a woman.
_V15_MALE = frozenset(
    ("Dayananda", "Gunapala", "Wimalasena", "Sirisena", "Karunadasa", "Jayantha", "Upali",
     "Tilakaratne", "Kanagaratnam", "Thambirajah", "Sivasubramaniam", "Ponnambalam", "Vallipuram",
     "Pathmanathan", "Khamphone", "Somphone", "Khampheng", "Chue", "Tou", "Pao", "Neng",
     "Gantulga", "Batbold", "Ganbaatar", "Enkhbayar", "Munkhbat", "Tumurbaatar", "Jigme", "Ugyen",
     "Sevanaia", "Josefa", "Viliame", "Ilisoni", "Shiu Narayan", "Bhagwan Dass", "Sukh Raj",
     "Hery", "Tahina", "Mamy", "Rindra", "Andry", "Prem", "Soobramanien", "Vishnu", "Rajcoomar",
     "Ashwin", "Oomesh", "Salif", "Lassina", "Brahima", "Issiaka", "Adama", "Garang", "Majok",
     "Mabior", "Kuol", "Lual", "Ajak", "Makuei", "Lakhdar", "Rabah", "Slimane", "Hédi", "Moncef",
     "Mongi", "Ninos", "Sargon", "Ashur", "Basim", "Wissam", "Raad", "Ramsin", "Nineb", "Rəhim",
     "Elçin", "Vüqar", "Tofiq", "İlham", "Rövşən", "Fizuli", "Farrukh", "Dilshod", "Bahodur",
     "Sharif", "Jamshed", "Rustam", "Yosvany", "Yunior", "Osmel", "Yoandri", "Wilfredo", "Clever",
     "Brighton", "Lovemore", "Trywell", "Jure", "Matej", "Rok", "Blaž", "Bojan", "Stanko",
     "Blagoja", "Goce", "Kiro", "Alija", "Mirsad", "Hasan", "Kunuk", "Ujarak", "Jóannes",
     "Bárður", "Ales", "Uladzimir", "Siarhei", "Aliaksandr", "Mikalai",
     "ගුණපාල", "උපාලි", "Гантулга", "Мөнхбат", "Благоја", "Гоце", "Уладзімір",
     "Сяргей", "Фаррух", "Дилшод", "Ҷамшед", "لخضر", "رابح")
)  # fmt: skip
# Names in other scripts, each with the spelling the Latin lists above give it:
# (script, ((given, Latin given), ...), ((family, Latin family), ...)).
_V15_SCRIPT_PAIRS: tuple[
    tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...
] = (
    ("sinh",
     (("කුමුදිනී", "Kumudini"), ("සෝමාවතී", "Somawathie"), ("ගුණපාල", "Gunapala"),
      ("උපාලි", "Upali")),
     (("රත්නායක", "Ratnayake"), ("සමරසිංහ", "Samarasinghe"), ("වීරසිංහ", "Weerasinghe"),
      ("ඒකනායක", "Ekanayake"))),
    ("laoo",
     (("ສຸກສະຫວັນ", "Souksavanh"), ("ເພັດສະໝອນ", "Phetsamone"), ("ບົວສອນ", "Bouasone"),
      ("ວິໄລວັນ", "Vilayvanh")),
     (("ສີສຸພັນ", "Sisouphanh"), ("ວົງສະຫວັນ", "Vongsavanh"), ("ອິນທະວົງ", "Inthavong"))),
    ("tibt",
     (("ཀརྨ", "Karma"), ("ཀུན་ལེགས", "Kinley"), ("བདེ་ཆེན", "Dechen"), ("བསོད་ནམས", "Sonam")),
     (("ཆོས་སྒྲོན", "Choden"), ("དབང་མོ", "Wangmo"), ("བཟང་མོ", "Zangmo"), ("ནོར་བུ", "Norbu"))),
    ("mncyr",
     (("Оюунчимэг", "Oyunchimeg"), ("Цэцэгмаа", "Tsetsegmaa"), ("Энхтуяа", "Enkhtuya"),
      ("Гантулга", "Gantulga"), ("Мөнхбат", "Munkhbat")),
     (("Цэрэндорж", "Tserendorj"), ("Дашдорж", "Dashdorj"), ("Пүрэвсүрэн", "Purevsuren"),
      ("Жамсран", "Jamsran"))),
    ("mkcyr",
     (("Билјана", "Biljana"), ("Славица", "Slavica"), ("Трајанка", "Trajanka"),
      ("Благоја", "Blagoja"), ("Гоце", "Goce")),
     (("Трајковски", "Trajkovski"), ("Николовски", "Nikolovski"), ("Петровски", "Petrovski"),
      ("Стојановски", "Stojanovski"))),
    ("becyr",
     (("Алеся", "Alesia"), ("Яніна", "Yanina"), ("Тацяна", "Tatsiana"),
      ("Уладзімір", "Uladzimir"), ("Сяргей", "Siarhei")),
     (("Лукашэвіч", "Lukashevich"), ("Кавалёў", "Kavaliou"), ("Шаўцоў", "Shautsou"),
      ("Карповіч", "Karpovich"))),
    ("tgcyr",
     (("Фирӯза", "Firuza"), ("Мавлуда", "Mavluda"), ("Фаррух", "Farrukh"),
      ("Дилшод", "Dilshod"), ("Ҷамшед", "Jamshed")),
     (("Назарзода", "Nazarzoda"), ("Сафаров", "Safarov"), ("Давлатов", "Davlatov"),
      ("Шарипов", "Sharipov"))),
    ("arab",
     (("حورية", "Houria"), ("نصيرة", "Nacera"), ("وردية", "Ouardia"), ("لخضر", "Lakhdar"),
      ("رابح", "Rabah")),
     (("بلحاج", "Belhadj"), ("الطرابلسي", "Trabelsi"), ("مباركي", "Mebarki"),
      ("زيتوني", "Zitouni"), ("حميدوش", "Hamidouche"))),
)  # fmt: skip
_V15_LATIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V15_LK_GIVEN, _V15_LK_FAMILY),
    (_V15_LKT_GIVEN, _V15_LKT_FAMILY),
    (_V15_LAO_GIVEN, _V15_LAO_FAMILY),
    (_V15_HM_GIVEN, _V15_HM_FAMILY),
    (_V15_MN_GIVEN, _V15_MN_FAMILY),
    (_V15_BT_GIVEN, _V15_BT_FAMILY),
    (_V15_FJ_GIVEN, _V15_FJ_FAMILY),
    (_V15_FJI_GIVEN, _V15_FJI_FAMILY),
    (_V15_MG_GIVEN, _V15_MG_FAMILY),
    (_V15_MU_GIVEN, _V15_MU_FAMILY),
    (_V15_WA_GIVEN, _V15_WA_FAMILY),
    (_V15_SS_GIVEN, _V15_SS_FAMILY),
    (_V15_DZ_GIVEN, _V15_DZ_FAMILY),
    (_V15_CH_GIVEN, _V15_CH_FAMILY),
    (_V15_AZ_GIVEN, _V15_AZ_FAMILY),
    (_V15_TJ_GIVEN, _V15_TJ_FAMILY),
    (_V15_CU_GIVEN, _V15_CU_FAMILY),
    (_V15_ZM_GIVEN, _V15_ZM_FAMILY),
    (_V15_SI_GIVEN, _V15_SI_FAMILY),
    (_V15_MK_GIVEN, _V15_MK_FAMILY),
    (_V15_GL_GIVEN, _V15_GL_FAMILY),
    (_V15_BY_GIVEN, _V15_BY_FAMILY),
)
_V15_SCRIPT_NAMES = tuple(
    (tuple(g for g, _ in givens), tuple(f for f, _ in families))
    for _, givens, families in _V15_SCRIPT_PAIRS
)
_V15_GROUPS = _V15_LATIN_GROUPS + _V15_SCRIPT_NAMES
# The same given name may stand in two groups (Garang); the first group wins.
_V15_GROUP_OF: dict[str, int] = {}
_V15_FAMILY_GROUP: dict[str, int] = {}
for _i, (_givens, _families) in enumerate(_V15_GROUPS):
    for _given in _givens:
        _V15_GROUP_OF.setdefault(_given, _i)
    for _family in _families:
        _V15_FAMILY_GROUP.setdefault(_family, _i)
V15_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V15_GROUPS for g in givens))
V15_FAMILY = tuple(dict.fromkeys(f for _, families in _V15_GROUPS for f in families))
V15_NICKNAMES = ("Podi", "Chooti", "Cuca", "Pucho", "Titine", "Micka", "Babu", "Nonô")
# The groups a locale's forms draw their names from (indexes into _V15_GROUPS), and the scripts.
_V15_LOCALES = (
    "lk", "lkt", "lao", "hm", "mn", "bt", "fj", "fji", "mg", "mu", "wa", "ss", "dz", "ch", "az",
    "tj", "cu", "zm", "si", "mk", "gl", "by",
)  # fmt: skip
_V15_SCRIPTS = tuple(script for script, _, _ in _V15_SCRIPT_PAIRS)
# Family names that change for a woman (Məmmədova, Nazarova, Trajkovska, Kavaliova, Шаўцова).
_V15_GENDERED = frozenset(
    f
    for i in (
        *(_V15_LOCALES.index(locale) for locale in ("az", "tj", "mk", "by")),
        *(len(_V15_LATIN_GROUPS) + _V15_SCRIPTS.index(s) for s in ("mkcyr", "becyr", "tgcyr")),
    )
    for f in _V15_GROUPS[i][1]
    if f.endswith(("ov", "ev", "ski", "ou", "ов", "ев", "ски", "ў"))
)
# Family names that are English or clinical words, for the names in hard places.
_V15_WORD_FAMILY = ("Her", "Hang", "Lor", "Vue", "Kos", "Turk", "Golob", "Kralj", "Dam", "Chol")
_V15_WORD_GIVEN = ("Clever", "Mercy", "Gracious", "Blessings", "Brighton", "Holy", "Karma", "Noro")

# Places: Sri Lankan (town, postcode), roads and Jaffna quarters; Lao villages (ban, district,
# province); Mongolian districts and khoroos and provinces; Bhutanese villages (chiwog, gewog,
# dzongkhag); Fijian towns, settlements and villages; Malagasy lots and fokontany; Mauritian
# towns and roads; Burkinabè sectors, Malian quarters and Ivorian communes; South Sudanese
# quarters and refugee settlements; Algerian and Tunisian towns; Azerbaijani, Tajik, Cuban,
# Puerto Rican, Zambian, Malawian, Slovenian, Macedonian, Bosnian, Greenlandic, Faroese and
# Belarusian addresses; and US towns where Hmong and Chaldean families live.
V15_LK_PLACES = (
    ("Nugegoda", "10250"), ("Maharagama", "10280"), ("Kandy", "20000"), ("Kurunegala", "60000"),
    ("Galle", "80000"), ("Anuradhapura", "50000"), ("Matara", "81000"), ("Dambulla", "21100"),
)  # fmt: skip
V15_LK_ROADS = (
    "Temple Road", "Station Road", "Anagarika Dharmapala Mawatha", "Old Kottawa Road",
    "Kandy Road", "Pansala Para", "Sri Saddharma Mawatha",
)  # fmt: skip
V15_LK_TAMIL = (
    ("Nallur", "Jaffna"), ("Kokuvil", "Jaffna"), ("Point Pedro", "Jaffna"),
    ("Kallady", "Batticaloa"), ("Uppuveli", "Trincomalee"),
)  # fmt: skip
V15_LK_SINHALA = (
    ("නුගේගොඩ", "පන්සල පාර"), ("මහනුවර", "පේරාදෙණිය පාර"), ("ගාල්ල", "මාතර පාර"),
)  # fmt: skip
V15_LA_PLACES = (
    ("Ban Phonxay", "Saysettha", "Vientiane Capital"), ("Ban Nongbone", "Saysettha",
    "Vientiane Capital"), ("Ban Sihom", "Chanthabouly", "Vientiane Capital"),
    ("Ban Xiengmouane", "Luang Prabang", "Luang Prabang"), ("Ban Phonsavanh", "Pakse",
    "Champasak"), ("Ban Naxay", "Samakkhixay", "Attapeu"),
)  # fmt: skip
V15_LA_LAO = (
    ("ບ້ານໂພນໄຊ", "ເມືອງໄຊເສດຖາ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານສີຫອມ", "ເມືອງຈັນທະບູລີ", "ນະຄອນຫຼວງວຽງຈັນ"),
)  # fmt: skip
V15_MN_PLACES = (
    ("Bayanzürkh", 26), ("Songinokhairkhan", 19), ("Chingeltei", 4), ("Khan-Uul", 11),
    ("Sükhbaatar", 8), ("Bayangol", 14),
)  # fmt: skip
V15_MN_AIMAGS = (
    ("Arkhangai", "Tsetserleg"), ("Övörkhangai", "Kharkhorin"), ("Khövsgöl", "Mörön"),
    ("Dornogovi", "Sainshand"), ("Bayan-Ölgii", "Tsengel"),
)  # fmt: skip
V15_MN_CYRILLIC = (
    ("Баянзүрх", "Улаанбаатар"), ("Сонгинохайрхан", "Улаанбаатар"), ("Чингэлтэй", "Улаанбаатар"),
)  # fmt: skip
V15_BT_PLACES = (
    ("Pam", "Kanglung", "Trashigang"), ("Dhur", "Chhoekhor", "Bumthang"),
    ("Bonday", "Dopshari", "Paro"), ("Banjar", "Drametse", "Mongar"),
    ("Lobesa", "Toebisa", "Punakha"),
)  # fmt: skip
V15_BT_TOWN = ("Changzamtog", "Motithang", "Olakha", "Kabesa", "Babesa")
V15_FJ_PLACES = (
    ("Samabula", "Suva"), ("Raiwaqa", "Suva"), ("Koronivia", "Nausori"), ("Drasa", "Lautoka"),
    ("Namaka", "Nadi"), ("Vunimoli", "Labasa"),
)  # fmt: skip
V15_FJ_VILLAGES = (("Nakorosule", "Naitasiri"), ("Lomanikoro", "Rewa"), ("Navala", "Ba"))
V15_FJI_SETTLEMENTS = (
    ("Waidamudamu Settlement", "Nausori"), ("Vatiyaka Settlement", "Ba"),
    ("Tavua Settlement", "Lautoka"), ("Nasea", "Labasa"),
)  # fmt: skip
V15_MG_PLACES = (
    ("Antananarivo", "101", "Ambohipo"), ("Antananarivo", "101", "Ankadifotsy"),
    ("Antananarivo", "101", "Analamahitsy"), ("Toamasina", "501", "Tanambao V"),
    ("Fianarantsoa", "301", "Tsianolondroa"), ("Antsirabe", "110", "Mahazina"),
)  # fmt: skip
V15_MU_PLACES = (
    ("Rose-Hill", "Royal Road"), ("Quatre Bornes", "St Jean Road"),
    ("Vacoas", "Avenue des Bougainvilliers"), ("Curepipe", "Rue Chasteauneuf"),
    ("Triolet", "Royal Road"), ("Mahébourg", "Rue des Créoles"), ("Goodlands", "Rue Sivananda"),
)  # fmt: skip
V15_BF_PLACES = (
    ("Ouagadougou", 15, "Gounghin"), ("Ouagadougou", 28, "Dassasgho"),
    ("Bobo-Dioulasso", 22, "Belleville"), ("Koudougou", 3, "Issouka"),
)  # fmt: skip
V15_ML_PLACES = (
    ("Hamdallaye ACI 2000", "IV"), ("Kalaban Coura", "V"), ("Badalabougou", "V"),
    ("Djicoroni Para", "IV"), ("Banconi", "I"),
)  # fmt: skip
V15_CI_PLACES = (
    ("Cocody", "Riviera 3"), ("Yopougon", "Niangon Sud"), ("Abobo", "Avocatier"),
    ("Koumassi", "Remblais"), ("Marcory", "Zone 4"),
)  # fmt: skip
V15_SS_PLACES = (
    ("Hai Malakal", "Juba"), ("Munuki Block B", "Juba"), ("Gudele 2", "Juba"),
    ("Hai Jallaba", "Wau"), ("Marol", "Bor"),
)  # fmt: skip
V15_SS_CAMPS = (
    ("Bidi Bidi settlement", "Zone 3", "Yumbe"), ("Kakuma Refugee Camp", "Kakuma 4", "Turkana"),
    ("Kiryandongo settlement", "Cluster N", "Kiryandongo"),
    ("Gambella", "Nguenyyiel camp", "Gambella"),
)  # fmt: skip
V15_DZ_PLACES = (
    ("Tizi Ouzou", "15000", "Nouvelle Ville"), ("Oran", "31000", "Haï Es-Sabah"),
    ("Constantine", "25000", "Cité Daksi"), ("Blida", "09000", "Ouled Yaïch"),
    ("Annaba", "23000", "Plaine Ouest"), ("Béjaïa", "06000", "Ihaddaden"),
)  # fmt: skip
V15_TN_PLACES = (
    ("Tunis", "1002", "Le Belvédère"), ("Sfax", "3027", "Route de Gremda"),
    ("Sousse", "4051", "Sahloul"), ("Bizerte", "7021", "Zarzouna"), ("Ariana", "2080", "Ennasr"),
)  # fmt: skip
V15_AR_PLACES = (
    ("تيزي وزو", "المدينة الجديدة"), ("وهران", "حي الصباح"), ("صفاقس", "طريق قرمدة"),
)  # fmt: skip
V15_AZ_PLACES = (
    ("Bakı", "Nəsimi", "Azadlıq pr.", "AZ1010"), ("Bakı", "Yasamal", "Şərifzadə küç.", "AZ1012"),
    ("Bakı", "Nərimanov", "Təbriz küç.", "AZ1052"), ("Gəncə", "Kəpəz", "Atatürk pr.", "AZ2000"),
    ("Sumqayıt", "Sumqayıt", "Sülh küç.", "AZ5000"),
)  # fmt: skip
V15_TJ_PLACES = (
    ("Dushanbe", "Sino district", "Bukhoro St"), ("Dushanbe", "Firdavsi district",
    "Rudaki Ave"), ("Khujand", "", "Lenin St"), ("Kulob", "", "Somoni St"),
)  # fmt: skip
V15_TJ_CYRILLIC = (("Душанбе", "н. Сино", "кӯч. Бухоро"), ("Хуҷанд", "", "кӯч. Ленин"))
V15_CU_PLACES = (
    ("La Habana", "Vedado", "Plaza de la Revolución", "Calle 23", "L", "M"),
    ("La Habana", "Cayo Hueso", "Centro Habana", "San Lázaro", "Belascoaín", "Gervasio"),
    ("Santiago de Cuba", "Vista Alegre", "Santiago de Cuba", "Calle 6", "3ra", "5ta"),
    ("Camagüey", "La Vigía", "Camagüey", "Cisneros", "Hermanos Agüero", "Martí"),
)  # fmt: skip
V15_DO_PLACES = (
    ("Ensanche Luperón", "Santo Domingo"), ("Los Mina", "Santo Domingo Este"),
    ("Pueblo Nuevo", "Santiago"),
)  # fmt: skip
V15_PR_PLACES = (
    ("Villa Carolina", "Carolina", "00985"), ("Santa Juanita", "Bayamón", "00956"),
    ("Los Caobos", "Ponce", "00716"), ("Villa del Rey", "Caguas", "00725"),
    ("Santa María", "Mayagüez", "00680"), ("Country Club", "San Juan", "00924"),
)  # fmt: skip
V15_PR_RURAL = (
    ("Utuado", "00641"), ("Orocovis", "00720"), ("Lares", "00669"), ("Jayuya", "00664"),
)  # fmt: skip
V15_ZM_PLACES = (
    ("Chilenje South", "Lusaka"), ("Kalingalinga", "Lusaka"), ("Matero", "Lusaka"),
    ("Kansenshi", "Ndola"), ("Chimwemwe", "Kitwe"),
)  # fmt: skip
V15_MW_PLACES = (
    ("Area 25", "Lilongwe"), ("Area 49", "Lilongwe"), ("Ndirande", "Blantyre"),
    ("Chinamwali", "Zomba"),
)  # fmt: skip
V15_MW_VILLAGES = (
    ("Mkwinda", "Kalumbu", "Lilongwe"), ("Chimbalanga", "Chitukula", "Lilongwe"),
    ("Nankumba", "Nankumba", "Mangochi"),
)  # fmt: skip
V15_SI_PLACES = (
    ("Ljubljana", "1000", "Trubarjeva cesta"), ("Maribor", "2000", "Partizanska cesta"),
    ("Celje", "3000", "Ljubljanska cesta"), ("Kranj", "4000", "Koroška cesta"),
    ("Novo mesto", "8000", "Glavni trg"), ("Koper", "6000", "Pristaniška ulica"),
)  # fmt: skip
V15_MK_PLACES = (
    ("Скопје", "1000", "ул. Партизански одреди"), ("Битола", "7000", "ул. Широк Сокак"),
    ("Охрид", "6000", "ул. Македонски просветители"), ("Тетово", "1200", "ул. Илинденска"),
)  # fmt: skip
V15_BA_PLACES = (
    ("Sarajevo", "71000", "Zmaja od Bosne"), ("Tuzla", "75000", "Turalibegova"),
    ("Mostar", "88000", "Maršala Tita"), ("Zenica", "72000", "Masarykova"),
    ("Bitola", "7000", "Širok Sokak"), ("Skopje", "1000", "bul. Ilinden"),
)  # fmt: skip
V15_GL_PLACES = (
    ("Nuuk", "3900"), ("Sisimiut", "3911"), ("Ilulissat", "3952"), ("Qaqortoq", "3920"),
)  # fmt: skip
V15_GL_STREETS = ("Aqqusinersuaq", "Qullilerfik", "Issortarfimmut", "Jagtvej", "Nuussuaq")
V15_FO_PLACES = (
    ("Tórshavn", "100", "Niels Finsens gøta"), ("Klaksvík", "700", "Klaksvíksvegur"),
    ("Runavík", "620", "Heiðavegur"), ("Tvøroyri", "800", "Sjógøta"),
)  # fmt: skip
V15_BY_PLACES = (
    ("Minsk", "220030", "vul. Kastryčnickaja"), ("Hrodna", "230023", "vul. Ažeška"),
    ("Brest", "224005", "vul. Saveckaja"), ("Homieĺ", "246050", "vul. Saveckaja"),
    ("Viciebsk", "210015", "praspiekt Pieramohi"),
)  # fmt: skip
V15_BY_CYRILLIC = (
    ("Мінск", "220030", "вул. Кастрычніцкая"), ("Гродна", "230023", "вул. Ажэшкі"),
    ("Брэст", "224005", "вул. Савецкая"),
)  # fmt: skip
# US addresses: (street, town, state, ZIP) where Hmong and Chaldean families live.
V15_HM_US = (
    ("Maryland Ave E", "St. Paul", "MN", "55106"), ("Payne Ave", "St. Paul", "MN", "55130"),
    ("E Ventura Ave", "Fresno", "CA", "93702"), ("W Olive Ave", "Merced", "CA", "95348"),
    ("N 8th St", "Sheboygan", "WI", "53081"), ("Springs Rd NE", "Hickory", "NC", "28601"),
    ("W Vliet St", "Milwaukee", "WI", "53208"),
)  # fmt: skip
V15_CH_US = (
    ("E Main St", "El Cajon", "CA", "92020"), ("Greenfield Dr", "El Cajon", "CA", "92021"),
    ("Van Dyke Ave", "Sterling Heights", "MI", "48310"), ("W 7 Mile Rd", "Detroit", "MI", "48221"),
    ("Dequindre Rd", "Troy", "MI", "48083"), ("Jamacha Rd", "Spring Valley", "CA", "91977"),
)  # fmt: skip
V15_INSTITUTIONS = (
    "National Hospital of Sri Lanka", "Teaching Hospital Karapitiya", "Teaching Hospital Jaffna",
    "Mahosot Hospital", "Setthathirath Hospital", "First Central Hospital of Mongolia",
    "Jigme Dorji Wangchuck National Referral Hospital", "Colonial War Memorial Hospital",
    "Labasa Hospital", "CHU Joseph Ravoahangy Andrianavalona", "Dr A. G. Jeetoo Hospital",
    "SSRN Hospital", "CHU Yalgado Ouédraogo", "CHU du Point G", "CHU de Treichville",
    "Juba Teaching Hospital", "CHU Mustapha Pacha", "Hôpital Charles Nicolle",
    "Central Clinical Hospital, Baku", "Hospital Hermanos Ameijeiras",
    "Hospital Universitario Dr. Ramón Ruiz Arnau", "University Teaching Hospital, Lusaka",
    "Kamuzu Central Hospital", "UKC Ljubljana", "Klinički centar Univerziteta u Sarajevu",
    "Dronning Ingrids Hospital", "Landssjúkrahúsið", "Regions Hospital",
    "Sharp Grossmont Hospital", "Community Regional Medical Center",
)  # fmt: skip
V15_CARE = (
    "Sahana Elders' Home", "Résidence Les Alizés", "Dom starejših občanov Šiška",
    "Hogar de Ancianos Santovenia", "Lao Family Adult Day Center", "Utoqqaat Illuat",
    "Dom penzionera Nedžarići", "Chaldean Senior Residence",
)  # fmt: skip
V15_PHARMACIES = (
    "Rajya Osu Sala, Nugegoda", "Pharmacie du Centre, Quatre Bornes", "Lekarna Šiška",
    "Nuuk Apotek", "Farmacia Borinquen", "Kalingalinga Pharmacy",
)  # fmt: skip
V15_FUNERAL = (
    "Peaceful Valley Funeral Chapel", "Pompes Funèbres Saint-Georges",
    "Evergreen Hmong Funeral Home", "St. Joseph Chaldean Funeral Home",
)  # fmt: skip
V15_OPO = ("LifeSource", "Gift of Life Michigan", "Lifesharing", "LifeLink of Puerto Rico")
# Points near the homes of these families, for the coordinates ambulance crews note.
V15_POINTS = (
    (47.9077, 106.8832), (-18.8792, 47.5079), (7.2906, 80.6337), (64.1814, -51.6941),
    (-15.4167, 28.2833), (12.3714, -1.5197), (4.8594, 31.5713),
)  # fmt: skip
# Words for what3words-style locations (three random words are what such an address holds).
_V15_W3W = (
    "filled", "count", "soap", "lamp", "river", "orange", "stone", "quietly", "bench", "gravel",
    "moth", "ladder", "crisp", "pocket", "signal", "thunder", "velvet", "harbour", "tiles",
    "garden", "pencil", "stamp", "wobbly", "copper",
)  # fmt: skip

# Clinical sentences: eponyms, classifications named after towns and hospitals (Richmond, Denver,
# Milan, Chicago, West Haven, Baveno, Ann Arbor, Amsterdam, Ghent, Maastricht, Oxford, Banff,
# New York, Addenbrooke's, King's College, Guy's, Exeter, Van Nuys), drug and device names, and
# words that are names in the lists above or earlier (HER2, chol, Turk cells, LOR, hang, Noro,
# Naja, Hamilton, Austin Moore, Charles Bonnet, Orphan Annie, Homer Wright, Bates-Jensen), beside
# numbers that are not PHI but look like dates, identifiers or ages: karyotypes, HGVS variants,
# repeat counts, HLA types, ratios and scores out of a total, spinal levels, doses, lab values
# with units, times and values of 90 and more with their unit.
V15_EPONYM = (
    # Anaesthesia.
    "Mallampati III, thyromental distance 5 cm; Cormack-Lehane grade 2b with a Macintosh 3 blade.",
    "Intubated with a McGrath videolaryngoscope and a bougie; size 7.0 tube at 21 cm at the lips.",
    "Epidural at L3-L4, LOR to saline at 5 cm, catheter taped at 10 cm; Bromage score 1.",
    "Sevoflurane at MAC 0.9; BIS 42-55; TOF 4/4 after sugammadex 200 mg (Bridion).",
    "Miller 2 blade, grade 1 view; i-gel size 4 kept as the rescue device; Sellick not applied.",
    "ASA 3; RCRI 2; fewer than 4 METs; Caprini score 9; STOP-BANG 6/8; Apfel score 3/4.",
    "Spinal with 2.6 mL of 0.5% heavy bupivacaine at L2/3; block to T6 to cold.",
    "Bair Hugger at 43 degrees; core temperature 35.8 at the end of the case; EBL 450 mL.",
    "Scalp block with 20 mL of 0.375% ropivacaine; Mayfield pins; Aldrete score 9/10 in PACU.",
    "Bier block with 40 mL of 0.5% prilocaine; tourniquet time 38 minutes; Magill forceps used.",
    # Intensive care.
    "APACHE II 27, SOFA 11; noradrenaline 0.18 mcg/kg/min and vasopressin 0.03 U/min.",
    "Richmond Agitation-Sedation Scale -2 on dexmedetomidine 0.7 mcg/kg/h; CAM-ICU negative.",
    "PiCCO: cardiac index 2.1 L/min/m2, EVLWI 14 mL/kg, GEDI 610 mL/m2.",
    "Prismaflex CVVHDF at 30 mL/kg/h with citrate; post-filter ionised calcium 0.32 mmol/L.",
    "VA-ECMO on a Cardiohelp at 3,800 rpm, flow 3.9 L/min, sweep 2.5 L/min.",
    "Hamilton C6 in ASV, PEEP 12, FiO2 0.55; P/F ratio 136; driving pressure 14 cmH2O.",
    "Hang the second bag of TPN at 20:00 at 83 mL/h; capillary glucose 9.4 mmol/L.",
    "Minnesota tube with the gastric balloon at 450 mL on 1 kg of traction; lactate 5.2 mmol/L.",
    "GCS E2V1M4 = 7; pupils 3 mm and sluggish; ICP 24 mmHg, CPP 58 mmHg.",
    "Quinton catheter in the right IJ; Tenckhoff catheter flushed; PleurX and Denver shunt noted.",
    "Sengstaken-Blakemore tube removed after 24 h; West Haven grade 2 encephalopathy.",
    # Wound care.
    "Bates-Jensen score 38; NPIAP stage 3 sacral injury of 4.2 x 3.1 x 0.8 cm; PUSH 13.",
    "Wagner grade 3 ulcer of the left hallux; SINBAD 4; probe-to-bone positive.",
    "Unna boot applied; ABPI 0.86; CEAP C6; four-layer compression weekly.",
    "Aquacel Ag and Mepilex Border changed every 3 days; NPWT at -125 mmHg continuous.",
    "University of Texas grade 2B ulcer; toe pressure 38 mmHg; TcPO2 28 mmHg.",
    # Mental health.
    "PHQ-9 19/27 and GAD-7 15/21; C-SSRS screen positive for passive ideation.",
    "Addenbrooke's Cognitive Examination III 68/100; clock drawing 2/5; Hachinski score 5.",
    "Lithium 0.92 mmol/L 12 hours after the dose; TSH 6.4 mU/L; eGFR 48.",
    "Clozapine 350 mg at night; level 0.48 mg/L, norclozapine 0.21 mg/L; ANC 2.4.",
    "CIWA-Ar 18 at 04:00; chlordiazepoxide 30 mg four times daily; Pabrinex 2 pairs IV.",
    "COWS 14; Sublocade 300 mg monthly; Narcan 4 mg nasal kit given at discharge.",
    "Capgras delusion about her husband; Charles Bonnet hallucinations with acuity 6/60.",
    "Korsakoff syndrome with confabulation; thiamine 500 mg IV three times daily for 3 days.",
    "Diogenes syndrome with squalor; Clutter Image Rating 7/9; HoNOS 22.",
    "Hoehn and Yahr stage 4; UPDRS III 46; Rexulti 1 mg and Nuplazid 34 mg daily.",
    # Genetics.
    "Karyotype 47,XX,+21 on cultured lymphocytes; mosaicism of 46,XY/45,X excluded.",
    "BRCA2 c.5946delT (p.Ser1982Argfs*22), class 5; CHEK2 c.1100delC not detected.",
    "Huntington CAG repeats 43/17; FMR1 premutation of 88 repeats.",
    "HFE C282Y homozygous; ferritin 1,420 ug/L, transferrin saturation 78%.",
    "CFTR F508del/G542X; sweat chloride 98 mmol/L; APOE e4/e4.",
    "MLH1 and PMS2 lost on IHC; MSI-H; Amsterdam II criteria met.",
    "TP53 c.844C>T (p.Arg282Trp); Chompret criteria met; whole-body MRI every 12 months.",
    "Philadelphia translocation t(9;22)(q34;q11.2); BCR-ABL1 IS 0.08%.",
    "SMN1 0 copies, SMN2 3 copies; nusinersen 12 mg on days 0, 14, 28 and 63.",
    "Revised Ghent nosology: systemic score 8, aortic root Z-score 3.4, ectopia lentis.",
    # Death certification and donation.
    "Part I (a) aspiration pneumonia, 3 days; (b) vascular dementia, 4 years. Part II: AF.",
    "Maastricht category III donation; functional warm ischaemia 19 min; cold ischaemia 11 h 40.",
    "KDPI 82%, cPRA 91%; HLA A2 A24 B7 B44 DR4 DR15; ABO O positive.",
    "Terminal creatinine 1.4 mg/dL; CMV IgG positive, EBV IgG positive, HBcAb negative.",
    "Corneal endothelial cell density 2,350 cells/mm2; death-to-preservation 9 h.",
    "Brainstem tests at 10:15 and 11:30; apnoea test PaCO2 8.4 kPa, pH 7.21.",
    # Radiology.
    "LI-RADS LR-5 observation of 2.4 cm in segment 7 with washout and capsule.",
    "ACR TI-RADS TR4 nodule of 1.6 cm; Bethesda IV on FNA.",
    "Node-RADS 3 left external iliac node of 14 mm short axis.",
    "CAD-RADS 3; Agatston score 412; proximal LAD stenosis 50-69%.",
    "Evans index 0.34; Koedam score 2; callosal angle 72 degrees.",
    "ASPECTS 8 with an M1 occlusion; TICI 2b after thrombectomy; NIHSS 16 to 6.",
    "Tonnis grade 2 hip; centre-edge angle 18 degrees; alpha angle 64 degrees.",
    "Garden IV subcapital fracture; Pauwels III; Austin Moore hemiarthroplasty in 2009.",
    "Vancouver B2 periprosthetic fracture around a cemented Exeter stem.",
    "Rockwood V acromioclavicular separation; coracoclavicular distance 21 mm.",
    "Lauge-Hansen SER IV fracture with a Volkmann fragment of 28%.",
    "Neer four-part proximal humerus fracture; Letournel both-column acetabular fracture.",
    "Stanford type A, DeBakey I dissection; aortic root 52 mm; flap into the left CCA.",
    "Siewert type II junctional tumour; Forrest IIa ulcer; Glasgow-Blatchford score 12.",
    "Milan criteria met with a single 4.1 cm lesion; Child-Pugh B8; MELD-Na 19.",
    "Chicago classification v4.0 type II achalasia; IRP 28 mmHg; Eckardt score 8.",
    "Baveno VII: liver stiffness 27 kPa, platelets 96 x 10^9/L; Hinchey III diverticulitis.",
    "Staghorn stone of 3.4 cm; Guy's stone score 3; nephrostomy output 420 mL.",
    # Pathology and haematology.
    "ISUP grade group 3 (Gleason 4+3=7); perineural invasion; 5/12 cores positive.",
    "PD-L1 TPS 60%, CPS 15; EGFR exon 19 deletion; ALK negative (D5F3).",
    "Ann Arbor IIB; Masaoka-Koga stage IIa thymoma; Enneking stage IIB.",
    "Psammoma bodies and Orphan Annie nuclei; papillary carcinoma of 14 mm.",
    "Homer Wright rosettes absent; Schiller-Duval bodies present; AFP 1,240 kIU/L.",
    "Ziehl-Neelsen positive bacilli; Grocott negative; Warthin-Starry negative.",
    "Michaelis-Gutmann bodies in the bladder wall; Mallory-Denk bodies in the liver core.",
    "Turk cells and smear cells on the film; lymphocytes 14.2 x 10^9/L.",
    "Banff 2019: t2 i2 g0 ptc1; Oxford MEST-C M1 E0 S1 T1 C0.",
    "Ishak fibrosis 4/6; Marsh 3b duodenal biopsy; tTG-IgA 128 U/mL.",
    "Nottingham Prognostic Index 4.4; Van Nuys Prognostic Index 7; Mandard TRG 3.",
    "Pappenheimer bodies and Howell-Jolly bodies after splenectomy; platelets 912 x 10^9/L.",
    # Cardiology and neurology.
    "Wenckebach at night; Brugada type 1 pattern excluded with high leads; Bazett QTc 512 ms.",
    "Osborn waves at a core temperature of 31.2; de Winter T waves absent.",
    "Duke criteria: 2 major; Janeway lesions, Osler nodes and Roth spots.",
    "Takotsubo with apical ballooning; LVEF 32%; LVOT gradient 48 mmHg.",
    "Killip class III; TIMI 5; GRACE 168; New York Heart Association class III.",
    "Carpentier IIIb mitral regurgitation; Sokolow-Lyon 41 mm; Canadian class 3 angina.",
    "House-Brackmann grade IV facial palsy; Lhermitte sign positive; Uhthoff phenomenon.",
    "Hoffmann sign positive bilaterally; Nurick grade 3; cord signal at C4/5.",
    "Tinetti 14/28; modified Rankin 4; Froment sign positive on the left.",
    # Words that are names.
    "HER2 3+ by IHC, ER 0%; trastuzumab deruxtecan 5.4 mg/kg every 3 weeks.",
    "Fasting chol 6.8 mmol/L, TG 2.9 mmol/L; Lp(a) 180 nmol/L; HbA1c 92 mmol/mol.",
    "Noro PCR positive in 3 of 8 patients in the bay; contact precautions for 48 hours.",
    "Naja naja envenomation: 20 vials of polyvalent antivenom; 20-minute clotting test normal.",
    "King's College criteria met: INR 6.8, pH 7.24, creatinine 312 umol/L.",
)  # fmt: skip

_V15_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "mg": ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra",
           "Septambra", "Oktobra", "Novambra", "Desambra"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
           "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
           "oktyabr", "noyabr", "dekabr"),
    "si": ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
           "septembra", "oktobra", "novembra", "decembra"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември",
           "октомври", "ноември", "декември"),
    "by": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня",
           "верасня", "кастрычніка", "лістапада", "снежня"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
    "ar": ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"),
}  # fmt: skip
_V15_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_V15_ES_UNITS = ("", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_V15_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Azerbaijani letters as passports and foreign records write them (Məmmədova -> MAMMADOVA).
_V15_AZ_LATIN = str.maketrans(
    {"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch",
     "ğ": "gh", "x": "kh", "X": "Kh", "q": "g", "Q": "G", "c": "j", "C": "J", "ö": "o",
     "Ö": "O", "ü": "u", "Ü": "U"}
)  # fmt: skip
# Dates of birth: the styles of birth-date fields, and a quarter of the dates without a style.
_V15_BORN = frozenset(
    ("usdob", "eudob", "isob", "ubb", "cmsb", "fmb", "sidob", "jan1", "yob", "excelb", "dab")
)


def _v15_gendered(given: str, family: str) -> str:
    """A family name as a woman bears it (Məmmədova, Trajkovska, Kavaliova, Шаўцова)."""
    if given in _V15_MALE or family not in _V15_GENDERED:
        return family
    cyrillic = _v8_script(family) == "CYRILLIC"
    if family.endswith(("ski", "ски")):
        return family[:-1] + ("а" if cyrillic else "a")
    if family.endswith(("ou", "ў")):
        return family[:-1] + ("ва" if cyrillic else "va")
    return family + ("а" if cyrillic else "a")


def _v15_person(rng: random.Random, groups: tuple[int, ...] = ()) -> tuple[str, str]:
    """A given and a family name of one culture (``groups``: the cultures to draw from)."""
    given = rng.choice(_V15_GROUPS[rng.choice(groups)][0]) if groups else rng.choice(V15_GIVEN)
    family = rng.choice(_V15_GROUPS[_V15_GROUP_OF[given]][1])
    return given, _v15_gendered(given, family)


def _v15_latin(rng: random.Random) -> tuple[str, str]:
    return _v15_person(rng, tuple(range(len(_V15_LATIN_GROUPS))))


def _v15_ascii(text: str) -> str:
    """A name as people type it into an e-mail address or a user name."""
    return _v8_ascii(text.translate(_V15_AZ_LATIN))


def _v15_mn_initial(family: str) -> str:
    """The initial of a Mongolian patronymic as written before the given name (Ts., D.)."""
    return family[:2] if family.startswith(("Ts", "Sh", "Ch", "Kh")) else family[0]


def _v15_local(rng: random.Random, locale: str, given: str, family: str) -> str:
    """A name written the way the forms of ``locale`` write it."""
    male = given in _V15_MALE
    group = _V15_GROUP_OF[given]
    other = _v15_gendered(given, rng.choice(_V15_GROUPS[group][1]))
    fathers = [g for g in _V15_GROUPS[group][0] if g in _V15_MALE] or [other]
    father = rng.choice(fathers)
    shapes: tuple[str, ...]
    if locale == "lk":
        ge = rng.choice(_V15_LK_GE)
        shapes = (
            f"{given} {family}",
            f"{family} {ge} {given}",
            f"{family[0]}.{ge[0]}. {given}",
            f"{family[0]}.{ge[0]}.{given[0]}. {family}",
            f"{given} {family}".upper(),
        )
    elif locale == "lkt":
        shapes = (
            f"{father[0]}. {given}",
            f"{given} {family}",
            f"{family.upper()} {given}",
            f"{given} {father}",
        )
    elif locale in ("lao", "zm", "si"):
        shapes = (
            f"{given} {family}",
            f"{given} {family.upper()}",
            f"{family.upper()} {given}",
            f"{family} {given}",
        )
    elif locale in ("hm", "ch"):
        shapes = (
            f"{given} {family}",
            f"{family.upper()}, {given.upper()}",
            f"{family}, {given}",
            f"{given} {family}".upper(),
        )
    elif locale == "mn":
        ini = _v15_mn_initial(family)
        shapes = (
            f"{ini}.{given}",
            f"{ini}. {given}",
            f"{family} {given}",
            f"{given} {family.upper()}",
        )
    elif locale == "bt":
        shapes = (f"{given} {family}", f"{given} {family}".upper())
    elif locale in ("fj", "gl"):
        middle = f"{given} {other} {family}" if other != family else f"{given} {family}"
        shapes = (f"{given} {family}", f"{family.upper()}, {given}", middle)
    elif locale == "fji":
        link = "s/o" if male else "d/o"
        shapes = (given, f"{given} f/n {father}", f"{given} {family}", f"{given} {link} {father}")
    elif locale == "mg":
        second = rng.choice(_V15_MG_GIVEN)
        both = f"{given} {second}" if second != given else given
        shapes = (f"{family.upper()} {given}", f"{family.upper()} {both}", f"{given} {family}")
    elif locale == "mu":
        shapes = (f"{family.upper()} {given}", f"{given} {family}")
        if not male and other != family:
            shapes += (
                f"{given} {family} épse {other}",
                f"{family.upper()} épouse {other.upper()} {given}",
            )
    elif locale == "wa":
        shapes = (f"{family.upper()} {given}", f"{given} {family}")
        if not male and other != family:
            shapes += (f"{other.upper()}/{family.upper()} {given}",)
    elif locale == "ss":
        second = other if other not in (family, given) else ""
        shapes = (
            f"{given} {family} {second}".strip(),
            f"{given} {family}",
            f"{given} {family} {second}".strip().upper(),
        )
    elif locale == "dz":
        link = "ben" if male else "bent"
        shapes = (
            f"{family.upper()} {given}",
            f"{given} {family}",
            f"{given} {link} {father} {family}",
        )
        if not male and other != family:
            shapes += (f"{given} {family} épouse {other}",)
    elif locale == "az":
        tail = "oğlu" if male else "qızı"
        shapes = (
            f"{family} {given} {father} {tail}",
            f"{given} {family}",
            f"{family} {given[0]}.{father[0]}.",
            f"{family.translate(_V15_AZ_LATIN).upper()} {given.translate(_V15_AZ_LATIN).upper()}",
        )
    elif locale in ("tj", "by"):
        shapes = (f"{family} {given}", f"{given} {family}", f"{family.upper()} {given.upper()}")
    elif locale == "cu":
        second = other if other != family else rng.choice(_V15_CU_FAMILY)
        shapes = (
            f"{given} {family} {second}",
            f"{family.upper()} {second.upper()}, {given}",
            f"{given} {family}-{second}",
            f"{given} {family}",
        )
    elif locale == "mk":
        shapes = (
            f"{given} {family}",
            f"{family} {given}",
            f"{family} ({father}) {given}",
            f"{family.upper()} {given}",
        )
    else:
        shapes = (f"{given} {family}", f"{family}, {given}")
    return rng.choice(shapes)


def _v15_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in _V15_LOCALES:
        given, family = _v15_person(rng, (_V15_LOCALES.index(style),))
        return _v15_local(rng, style, given, family)
    if style == "lkinit":
        given, family = _v15_person(rng, (_V15_LOCALES.index("lk"),))
        ge = rng.choice(_V15_LK_GE)
        return rng.choice((f"{family[0]}.{ge[0]}. {given}", f"{family[0]}.{ge[0]}.{given[0]}. "
                           f"{family}", f"{family} {ge[0]}.{given[0]}."))  # fmt: skip
    if style in _V15_SCRIPTS:
        given, family = _v15_person(rng, (len(_V15_LATIN_GROUPS) + _V15_SCRIPTS.index(style),))
        if style == "mncyr":
            genitive = family + ("гийн" if family.endswith("н") else "ийн")
            return rng.choice((f"{genitive} {given}", f"{family[0]}.{given}", f"{family} {given}"))
        if style == "tibt":
            return f"{given}་{family}"
        if style in ("mkcyr", "becyr", "tgcyr"):
            return rng.choice(
                (f"{family} {given}", f"{given} {family}", f"{family.upper()} {given.upper()}")
            )
        return rng.choice((f"{given} {family}", f"{family} {given}"))
    if style == "pnide":  # DICOM person name: Latin letters, then the name in its own script
        _, givens, families = rng.choice(
            [pair for pair in _V15_SCRIPT_PAIRS if pair[0] not in ("tibt", "arab")]
        )
        native_given, latin_given = rng.choice(givens)
        native_family, latin_family = rng.choice(families)
        native_family = _v15_gendered(latin_given, native_family)
        latin_family = _v15_gendered(latin_given, latin_family)
        return f"{latin_family}^{latin_given}={native_family}^{native_given}"
    if style == "nick":
        return rng.choice(V15_NICKNAMES)
    if style in ("word", "wordg"):
        if style == "wordg" or rng.random() < 0.5:
            given = rng.choice(_V15_WORD_GIVEN)
            family = rng.choice(_V15_GROUPS[_V15_GROUP_OF[given]][1])
            if style == "wordg":
                return rng.choice((f"{given} {family}", given))
        else:
            family = rng.choice(_V15_WORD_FAMILY)
            given = rng.choice(_V15_GROUPS[_V15_FAMILY_GROUP[family]][0])
        return rng.choice((f"{given} {family}", f"{family}, {given}"))
    given, family = _v15_person(rng) if not style else _v15_latin(rng)
    ascii_given, ascii_family = _v15_ascii(given) or "x", _v15_ascii(family) or "x"
    if style == "comma":
        return rng.choice(
            (f"{family}, {given}", f"{family.upper()}, {given.upper()}", f"{family},{given}",
             f"{family}, {given} {rng.choice(up)}.")
        )  # fmt: skip
    if style == "caps":
        return rng.choice((f"{given} {family}".upper(), f"{family.upper()} {given.upper()}"))
    if style == "lower":
        return f"{given} {family}".lower()
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "givenu":
        return given.upper()
    if style == "familyu":
        return family.upper()
    if style == "sig":
        return rng.choice(
            (f"{given} {family}", f"{given[0]}. {family}", f"{family}, {given[0]}.",
             f"{given} {family}".upper(), f"{given[0]}.{rng.choice(up)}. {family}")
        )  # fmt: skip
    if style == "initials":
        return rng.choice(
            (f"{given[0]}{family[0]}", f"{given[0]}.{family[0]}.",
             f"{given[0]}{rng.choice(up)}{family[0]}", f"{given[0]}{family[0]}".lower())
        )  # fmt: skip
    if style == "user":
        return rng.choice(
            (f"{ascii_given[0]}{ascii_family}", f"{ascii_family}.{ascii_given[:2]}",
             f"{ascii_given}{ascii_family[0]}{rng.randrange(1, 99)}",
             f"{ascii_given}.{ascii_family}",
             f"{ascii_family[:5]}{ascii_given[:2]}".upper(),
             f"{ascii_family[:6]}{ascii_given[0]}{rng.randrange(1, 9)}")
        )  # fmt: skip
    if style == "pn":
        return rng.choice(
            (f"{family}^{given}", f"{family.upper()}^{given.upper()}^^^",
             f"{family}^{given}^{rng.choice(up)}")
        )  # fmt: skip
    if style == "vista":
        return rng.choice((f"{family.upper()},{given.upper()}",
                           f"{family.upper()},{given.upper()} {rng.choice(up)}"))  # fmt: skip
    if style == "ub":
        return rng.choice(
            (f"{family.upper()}, {given.upper()}", f"{family.upper()} {given.upper()} "
             f"{rng.choice(up)}", f"{family.upper()},{given.upper()}")
        )  # fmt: skip
    if style == "x12":
        return rng.choice((f"{family.upper()}*{given.upper()}",
                           f"{family.upper()}*{given.upper()}*{rng.choice(up)}"))  # fmt: skip
    if style == "file":
        return rng.choice(
            (f"{ascii_family.upper()}_{ascii_given.upper()}", f"{ascii_family}_{ascii_given}",
             f"{ascii_family.capitalize()}{ascii_given.capitalize()}",
             f"{ascii_family}-{ascii_given[0]}")
        )  # fmt: skip
    if style == "split":  # a name broken over two lines of a PDF
        if len(family) > 5 and rng.random() < 0.5:
            cut = rng.randrange(3, len(family) - 2)
            return f"{given} {family[:cut]}-\n{family[cut:]}"
        return f"{given}\n{family}"
    if style == "stt":
        return f"{given} {family}".lower().replace("-", " ")
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    r = rng.random()
    if r < 0.07 and _v8_script(given) == "LATIN":
        return f"{given} ({rng.choice(V15_NICKNAMES)}) {family}"
    if r < 0.17:
        return family
    if r < 0.27:
        return f"{family}, {given}"
    if r < 0.33:
        return f"{given} {family}".lower()
    if r < 0.43:
        return f"{given} {family}".upper()
    return f"{given} {family}"


def _v15_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    months, days = rng.randrange(1, 12), rng.randrange(1, 29)
    if n < 100:
        words = _v12_words(n)
        spanish = "noventa" + (f" y {_V15_ES_UNITS[n - 90]}" if n > 90 else "")
    else:
        words = "one hundred" + (f" and {_V12_TEENS[n - 100]}" if n > 100 else "")
        spanish = "cien" if n == 100 else f"ciento {(_V15_ES_UNITS + ('diez',))[n - 100]}"
    unit = n % 10
    by_unit = "год" if unit == 1 else "гады" if unit in (2, 3, 4) else "гадоў"
    shapes = {
        "": (str(n),),
        "y": (f"{n} yrs", f"{n} y.o.", f"{n}y", f"{n}-yr-old", f"{n} years"),
        "sex": (f"{n}/F", f"F/{n}", f"{n} F"),
        "ymd": (f"{n}Y {months}M {days}D", f"{n}y{months}m{days}d", f"{n} yr {months} mo"),
        "dcm": (f"{n:03d}Y",),
        "word": (words, words.capitalize(), f"{words} years"),
        "approx": (f"~{n}", f"approx. {n}", f"about {n}", f"{n} (estimated)"),
        "fr": (f"{n} ans", f"{n}ans", f"{n} A"),
        "es": (f"{n} años", f"{n} a", f"{spanish} años"),
        "si": (f"{n} let", f"{n} l."),
        "mk": (f"{n} год.", f"{n}-годишна"),
        "by": (f"{n} {by_unit}", f"{n} г."),
        "az": (f"{n} yaş", f"{n} yaşında"),
        "tj": (f"{n} сола", f"{n}-сола"),
        "mn": (f"{n} настай", f"{n} нас"),
        "mg": (f"{n} taona",),
        "lo": (f"{n} ປີ", f"{n}ປີ"),
        "sinh": (f"අවුරුදු {n}",),
        "ar": (f"{n} سنة", f"{str(n).translate(_V15_ARABIC_DIGITS)} سنة"),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v15_year_words(year: int) -> str:
    """A year as people say it ("nineteen twenty-eight", "twenty twenty-three")."""
    if 2000 <= year < 2010:
        return "two thousand" + (f" and {_V12_TEENS[year - 2000]}" if year > 2000 else "")
    century, rest = divmod(year, 100)
    if not rest:
        return f"{_v12_words(century)} hundred"
    return f"{_v12_words(century)} {_v12_words(rest) if rest > 9 else f'oh {_v12_words(rest)}'}"


def _v15_date(rng: random.Random, style: str) -> str:
    born = style in _V15_BORN or (not style and rng.random() < 0.25)
    if born:
        d = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    else:
        d = date(2014, 1, 1) + timedelta(days=rng.randrange(365 * 12))
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    en = _V8_MONTHS[d.month - 1]
    mon = en[:3]
    weekday = _V15_WEEKDAYS[d.weekday()]
    doy = d.timetuple().tm_yday
    suffix = "th" if 10 < d.day < 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    ampm = f"{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    zone = rng.choice(("+05:30", "-06", "+08", "-05:00", "+03", "+00"))
    spoken = _v15_year_words(d.year)
    ordinal = _v12_ordinal(d.day)
    months = {key: names[d.month - 1] for key, names in _V15_MONTHS.items()}
    shapes = {
        "us": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}"),
        "usdob": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}"),
        "eu": (f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}"),
        "eudob": (f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"),
        "iso": (d.isoformat(),),
        "isob": (d.isoformat(),),
        "stamp": (f"{d:%m/%d/%Y} {hh:02d}{mm:02d}", f"{d.isoformat()} {hh:02d}:{mm:02d}",
                  f"{d.day:02d}-{mon}-{d.year} {hh:02d}:{mm:02d}",
                  f"{d:%d/%m/%Y} @ {hh:02d}:{mm:02d}"),
        "icu": (f"{d:%d/%m} {hh:02d}:00", f"{d.month}/{d.day} {hh:02d}00",
                f"{d:%d-%m-%Y} {hh:02d}:{mm:02d}"),
        "short": (f"{d.day}/{d.month}", f"{d.day}-{mon}", f"{d.month}/{d.day}"),
        "clock": (f"{d:%d/%m/%y} {hh:02d}{mm:02d}h", f"{d.day}/{d.month} @ {hh:02d}{mm:02d}",
                  f"{d:%d.%m.%y} {hh:02d}:{mm:02d}"),
        "sas": (f"{d.day:02d}{mon.upper()}{d.year}:{hh:02d}:{mm:02d}:{ss:02d}",
                f"{d.day:02d}{mon.upper()}{d.year}"),
        "pg": (f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}.{rng.randrange(10**6):06d}",
               f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}{zone}"),
        "fm": (f"{d.year - 1700}{d.month:02d}{d.day:02d}.{hh:02d}{mm:02d}",
               f"{d.year - 1700}{d.month:02d}{d.day:02d}"),
        "fmx": (f"{mon.upper()} {d.day:02d}, {d.year}@{hh:02d}:{mm:02d}",
                f"{mon.upper()} {d.day}, {d.year}"),
        "fmb": (f"{mon.upper()} {d.day},{d.year}", f"{d.month}/{d.day}/{d.year}"),
        "dmy": (f"{d.day} {en} {d.year}", f"{d.day}{suffix} {en} {d.year}",
                f"{d.day} {mon}. {d.year}"),
        "mdy": (f"{en} {d.day}, {d.year}", f"{mon}. {d.day}, {d.year}",
                f"{en} {d.day}{suffix}, {d.year}"),
        "dow": (f"{weekday} {d.day} {en}", f"{weekday[:3]} {d.day:02d}-{mon}",
                f"{weekday}, {en} {d.day}"),
        "spoken": (f"the {ordinal} of {en}, {spoken}", f"{en} {ordinal}, {spoken}",
                   f"{ordinal} {en.lower()} {spoken}"),
        "teams": (f"{d.month}/{d.day}/{d.year} {ampm}", f"{d:%d/%m/%Y}, {hh:02d}:{mm:02d}"),
        "sms": (f"{weekday[:3]} {d.day}/{d.month}", f"{d.day:02d}{mon.upper()}",
                f"{d.day}.{d.month}."),
        "faxhdr": (f"{mon}-{d.day:02d}-{d.year % 100:02d} {hh:02d}:{mm:02d}",
                   f"{d.isoformat()} {hh:02d}:{mm:02d} {weekday[:3].upper()}",
                   f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}"),
        "frs": (f"{d:%d/%m/%y}", f"{d.day} {months['fr']} {d.year}",
                f"{d.day}/{d.month:02d}/{d.year}"),
        "unix": (f"{weekday[:3]} {mon} {d.day:2d} {hh:02d}:{mm:02d}:{ss:02d} UTC {d.year}",
                 f"{weekday[:3]}, {d.day:02d} {mon} {d.year} {hh:02d}:{mm:02d}:{ss:02d} GMT"),
        "ub": (f"{d:%m%d%y}",),
        "ubb": (f"{d:%m%d%Y}",),
        "cms": (f"{d:%m %d %y}", f"{d:%m | %d | %y}"),
        "cmsb": (f"{d:%m %d %Y}", f"{d:%m | %d | %Y}"),
        "ccyy": (f"{d:%Y%m%d}",),
        "da": (f"{d:%Y%m%d}",),
        "dab": (f"{d:%Y%m%d}",),
        "jul": (f"{d.year}{doy:03d}", f"{d.year % 100:02d}{doy:03d}", f"{d.year}-{doy:03d}"),
        "excelb": (f"{d.month}/{d.day}/{d.year}", f"{d.day}-{mon}-{d.year % 100:02d}",
                   f"{d:%d.%m.%Y}"),
        "fn": (f"{d:%Y%m%d}", d.isoformat(), f"{d:%d%m%Y}"),
        "lk": (f"{d.year}.{d.month:02d}.{d.day:02d}", f"{d:%d/%m/%Y}", d.isoformat()),
        "lao": (f"{d:%d/%m/%Y}", f"{d.day} {months['lo']} {d.year}"),
        "mn": (f"{d.year} оны {d.month}-р сарын {d.day}", f"{d.year}.{d.month:02d}.{d.day:02d}",
               f"{d.year}/{d.month:02d}/{d.day:02d}"),
        "mg": (f"{d.day} {months['mg']} {d.year}", f"{d:%d/%m/%Y}"),
        "az": (f"{d:%d.%m.%Y}", f"{d.day} {months['az']} {d.year}"),
        "cu": (f"{d.day}/{d.month}/{d.year % 100:02d}",
               f"{d.day:02d}-{_V12_MONTHS['es'][d.month - 1][:3]}-{d.year}"),
        "si": (f"{d.day}. {d.month}. {d.year}", f"{d.day}. {months['si']} {d.year}",
               f"{d:%d.%m.%Y}"),
        "sidob": (f"{d.day}. {d.month}. {d.year}", f"{d:%d.%m.%Y}"),
        "mk": (f"{d:%d.%m.%Y} год.", f"{d.day} {months['mk']} {d.year}", f"{d:%d.%m.%Y}"),
        "by": (f"{d.day} {months['by']} {d.year} г.", f"{d:%d.%m.%Y}"),
        "gl": (f"{d.day}. {months['da']} {d.year}", f"{d:%d.%m.%Y}", f"{d.day}/{d.month}-{d.year}"),
        "ar": (f"{d.day} {months['ar']} {d.year}", f"{d:%d/%m/%Y}",
               f"{d.year}/{d.month:02d}/{d.day:02d}"),
        "jan1": (f"01/01/{d.year}", f"1 Jan {d.year}", f"{d.year}-01-01"),
        "yob": (str(d.year),),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    if not style:
        style = rng.choice(("us", "eu", "iso", "dmy", "mdy", "stamp", "lk", "frs"))
    return rng.choice(shapes[style])


def _v15_geo(rng: random.Random, style: str) -> str:
    n, k = rng.randrange(1, 300), rng.randrange(1, 40)
    lk_town, lk_pc = rng.choice(V15_LK_PLACES)
    lk_road = rng.choice(V15_LK_ROADS)
    lkt_area, lkt_town = rng.choice(V15_LK_TAMIL)
    la_ban, la_district, la_province = rng.choice(V15_LA_PLACES)
    mn_district, mn_khoroo = rng.choice(V15_MN_PLACES)
    mn_aimag, mn_soum = rng.choice(V15_MN_AIMAGS)
    bt_chiwog, bt_gewog, bt_dzongkhag = rng.choice(V15_BT_PLACES)
    fj_area, fj_town = rng.choice(V15_FJ_PLACES)
    fj_village, fj_province = rng.choice(V15_FJ_VILLAGES)
    fji_settlement, fji_town = rng.choice(V15_FJI_SETTLEMENTS)
    mg_city, mg_pc, mg_fokontany = rng.choice(V15_MG_PLACES)
    mu_town, mu_road = rng.choice(V15_MU_PLACES)
    bf_city, bf_sector, bf_quarter = rng.choice(V15_BF_PLACES)
    ml_quarter, ml_commune = rng.choice(V15_ML_PLACES)
    ci_commune, ci_quarter = rng.choice(V15_CI_PLACES)
    ss_quarter, ss_town = rng.choice(V15_SS_PLACES)
    ss_camp, ss_zone, ss_district = rng.choice(V15_SS_CAMPS)
    dz_city, dz_pc, dz_quarter = rng.choice(V15_DZ_PLACES)
    tn_city, tn_pc, tn_quarter = rng.choice(V15_TN_PLACES)
    az_city, az_district, az_street, az_pc = rng.choice(V15_AZ_PLACES)
    tj_city, tj_district, tj_street = rng.choice(V15_TJ_PLACES)
    cu_city, cu_barrio, cu_municipio, cu_street, cu_a, cu_b = rng.choice(V15_CU_PLACES)
    do_sector, do_city = rng.choice(V15_DO_PLACES)
    pr_urb, pr_town, pr_zip = rng.choice(V15_PR_PLACES)
    pr_rural, pr_rural_zip = rng.choice(V15_PR_RURAL)
    zm_area, zm_city = rng.choice(V15_ZM_PLACES)
    mw_area, mw_city = rng.choice(V15_MW_PLACES)
    mw_village, mw_ta, mw_district = rng.choice(V15_MW_VILLAGES)
    si_city, si_pc, si_street = rng.choice(V15_SI_PLACES)
    mk_city, mk_pc, mk_street = rng.choice(V15_MK_PLACES)
    ba_city, ba_pc, ba_street = rng.choice(V15_BA_PLACES)
    gl_city, gl_pc = rng.choice(V15_GL_PLACES)
    fo_city, fo_pc, fo_street = rng.choice(V15_FO_PLACES)
    by_city, by_pc, by_street = rng.choice(V15_BY_PLACES)
    hm_street, hm_town, hm_state, hm_zip = rng.choice(V15_HM_US)
    ch_street, ch_town, ch_state, ch_zip = rng.choice(V15_CH_US)
    us_street, us_town, us_state, us_zip = rng.choice(V15_HM_US + V15_CH_US)
    us_line = f"{rng.randrange(10, 9999)} {us_street}"
    if rng.random() < 0.35:
        us_line += rng.choice((f" Apt {k}", f" #{k}{rng.choice('ABC')}", f", Unit {n}"))
    lat, lon = rng.choice(V15_POINTS)
    lat, lon = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05)
    words = ".".join(rng.sample(_V15_W3W, 3))
    cross = rng.choice(("1st", "2nd", "3rd", "4th"))
    condo = rng.choice(("Torres del Parque", "Los Naranjales", "Parque Terra"))
    tj_parts = (tj_city, tj_district, f"{tj_street} {n}")
    towns = (lk_town, lkt_town, la_district, mn_soum, bt_dzongkhag, fj_town, mg_city, mu_town,
             bf_city, ss_town, dz_city, tn_city, az_city, tj_city, cu_city, pr_town, zm_city,
             si_city, ba_city, gl_city, fo_city, by_city, hm_town, ch_town)  # fmt: skip
    shapes = {
        "lk": (f"No. {n}/{rng.randrange(1, 9)}, {lk_road}, {lk_town}",
               f"{n}/A, {lk_road}, {lk_town} {lk_pc}",
               f"{n}, {lk_road}, {lk_town} (GN {rng.randrange(400, 700)}{rng.choice('ABCD')})"),
        "lkt": (f"{n}, {cross} Cross Street, {lkt_area}, {lkt_town}",
                f"{n}/{k}, {lkt_area} Road, {lkt_town}", f"{lkt_area}, {lkt_town}"),
        "sinh": tuple(f"අංක {n}, {road}, {town}" for town, road in V15_LK_SINHALA),
        "lao": (f"{la_ban}, Unit {k}, House No. {n}, {la_district} District, {la_province}",
                f"{la_ban}, {la_district}, {la_province}"),
        "laoo": tuple(f"{ban}, {district}, {province}" for ban, district, province in V15_LA_LAO),
        "mn": (f"Ulaanbaatar, {mn_district} district, {mn_khoroo}th khoroo, bldg {k}, apt {n}",
               f"{mn_district} district, {mn_khoroo}-r khoroo, {k}-r gudamj, hashaa {n}",
               f"{mn_aimag} aimag, {mn_soum} soum, {rng.randrange(1, 9)}-r bag"),
        "mncyr": tuple(f"{city}, {district} дүүрэг, {mn_khoroo}-р хороо, {k}-р байр, {n} тоот"
                       for district, city in V15_MN_CYRILLIC),
        "bt": (f"Village: {bt_chiwog}, Gewog: {bt_gewog}, Dzongkhag: {bt_dzongkhag}",
               f"House No. {n}, {rng.choice(V15_BT_TOWN)}, Thimphu",
               f"{bt_chiwog}, {bt_gewog} gewog, {bt_dzongkhag}"),
        "fj": (f"Lot {n}, {fj_area} Road, {fj_town}", f"{fj_village} Village, {fj_province}",
               f"{n} {fj_area} St, {fj_town}"),
        "fji": (f"Lot {n}, {fji_settlement}, {fji_town}", f"{fji_settlement}, {fji_town}"),
        "mg": (f"Lot IV G {n} Bis {mg_fokontany}, {mg_city} {mg_pc}",
               f"Lot {n} {rng.choice(('II J', 'V K', 'III M'))} Bis, Fokontany {mg_fokontany}, "
               f"{mg_city} {mg_pc}", f"Fokontany {mg_fokontany}, {mg_city}"),
        "mu": (f"{n}, {mu_road}, {mu_town}", f"Morcellement {rng.choice(('Raffray', 'Hermitage'))}"
               f", {mu_town}", f"NHDC Complex, Block {k}, Cité La Cure, Port Louis"),
        "wa": (f"Secteur {bf_sector}, {bf_quarter}, {bf_city}",
               f"{ml_quarter}, Rue {rng.randrange(100, 500)}, Porte {n}, Commune {ml_commune}, "
               f"Bamako", f"{ci_commune} {ci_quarter}, villa {n}, Abidjan",
               f"{bf_city}, secteur {bf_sector}, parcelle {n}, lot {k}"),
        "ss": (f"{ss_quarter}, {ss_town}", f"{ss_camp}, {ss_zone}, {ss_district}",
               f"Block {k}, {ss_quarter}, {ss_town}"),
        "dz": (f"Lotissement n° {n}, {dz_quarter}, {dz_pc} {dz_city}",
               f"{dz_quarter}, bloc {k}, n° {n}, {dz_city}",
               f"{n}, {tn_quarter}, {tn_pc} {tn_city}",
               f"Rue {k}, {tn_quarter}, {tn_city}"),
        "ar": tuple(f"{n} {quarter}، {city}" for city, quarter in V15_AR_PLACES),
        "hm": (f"{rng.randrange(100, 9999)} {hm_street}, {hm_town}, {hm_state} {hm_zip}",
               f"{rng.randrange(100, 9999)} {hm_street} #{k}, {hm_town}"),
        "ch": (f"{rng.randrange(100, 9999)} {ch_street}, {ch_town}, {ch_state} {ch_zip}",
               f"{rng.randrange(100, 9999)} {ch_street} Apt {k}, {ch_town} {ch_state} {ch_zip}"),
        "az": (f"{az_city} şəh., {az_district} r-nu, {az_street} {n}, mən. {k}",
               f"{az_pc}, {az_city}, {az_street} {n}/{rng.randrange(1, 9)}",
               f"{az_city}, {az_district} rayonu, {az_street} ev {n}"),
        "tj": (", ".join(part for part in tj_parts if part) + f", apt {k}",
               f"{tj_city}, {tj_street} {n}"),
        "tjcyr": tuple(", ".join(part for part in (city, district, f"{street} {n}") if part)
                       + f", ҳ. {k}" for city, district, street in V15_TJ_CYRILLIC),
        "cu": (f"{cu_street} No. {n} e/ {cu_a} y {cu_b}, {cu_barrio}, {cu_municipio}, {cu_city}",
               f"{cu_street} #{n} apto {k} entre {cu_a} y {cu_b}, {cu_city}",
               f"C/ {rng.choice(('Duarte', 'Las Mercedes', 'Sánchez'))} #{n}, {do_sector}, "
               f"{do_city}"),
        "pr": (f"Urb. {pr_urb}, Calle {k} Bloque {rng.randrange(1, 40)} #{n}, {pr_town}, PR "
               f"{pr_zip}", f"HC {rng.randrange(1, 9):02d} Box {rng.randrange(1000, 99999)}, "
               f"{pr_rural}, PR {pr_rural_zip}", f"Cond. {condo} Apt {n}, {pr_town} PR {pr_zip}"),
        "zm": (f"Plot {rng.randrange(100, 9999)}, {zm_area}, {zm_city}",
               f"House No. {n}, {mw_area}, {mw_city}",
               f"Village: {mw_village}, T/A {mw_ta}, {mw_district}",
               f"{zm_area} compound, {zm_city}"),
        "si": (f"{si_street} {n}, {si_pc} {si_city}",
               f"{si_street} {n}{rng.choice('abc')}, {si_city}"),
        "mkcyr": (f"{mk_street} бр. {n}, {mk_pc} {mk_city}", f"{mk_city}, {mk_street} {n}/{k}"),
        "ba": (f"{ba_street} {n}, {ba_pc} {ba_city}", f"{ba_street} {n}/{rng.randrange(1, 9)}, "
               f"{ba_city}"),
        "gl": (f"B-{rng.randrange(100, 3000)}, {gl_pc} {gl_city}",
               f"{rng.choice(V15_GL_STREETS)} {n}, {gl_pc} {gl_city}",
               f"{fo_street} {n}, FO-{fo_pc} {fo_city}"),
        "by": (f"{by_street} {n}, kv. {k}, {by_city} {by_pc}", f"{by_pc}, {by_city}, {by_street} "
               f"{n}-{k}"),
        "becyr": tuple(f"{pc}, г. {city}, {street}, д. {n}, кв. {k}"
                       for city, pc, street in V15_BY_CYRILLIC),
        "us": (f"{us_line}, {us_town}, {us_state} {us_zip}",),
        "usline": (us_line,),
        "uscity": (us_town,),
        "zip": (us_zip, f"{us_zip}-{_digits(rng, 4)}"),
        "town": towns,
        "inst": V15_INSTITUTIONS,
        "care": V15_CARE,
        "pharmacy": V15_PHARMACIES,
        "funeral": V15_FUNERAL,
        "opo": V15_OPO,
        "w3w": (f"///{words}", words),
        "gps": (f"{lat:.5f}, {lon:.5f}", f"{'N' if lat >= 0 else 'S'} {abs(lat):.4f} "
                f"{'E' if lon >= 0 else 'W'} {abs(lon):.4f}"),
        "stt": (f"{us_line} {us_town}".lower().replace("#", "number "),),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    if not style:
        style = rng.choice(("us", "usline", "town", "inst", "lk", "mn", "zm", "pr"))
    return rng.choice(shapes[style])


def _v15_phone(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    area = rng.choice(("651", "612", "559", "209", "920", "828", "619", "586", "248", "313"))
    ex, num = f"{rng.randrange(2, 10)}{d(2)}", d(4)
    us = f"({area}) {ex}-{num}"
    pr = rng.choice(("787", "939"))
    shapes = {
        "us": (us, f"{area}-{ex}-{num}", f"{area}.{ex}.{num}", f"1-{area}-{ex}-{num}",
               f"+1 ({area}) {ex}-{num}"),
        "ext": (f"{us} ext. {d(4)}", f"{area}-{ex}-{num} x{d(3)}", f"{us}, extn {d(4)}"),
        "cms": (f"({area}) {ex} {num}", f"({area}) {ex}{num}"),
        "glued": (f"{area}{ex}{num}", f"07{rng.choice('0125678')}{d(7)}",
                  f"09{rng.choice('567')}{d(7)}"),
        "tel": (f"tel:+1{area}{ex}{num}", f"tel:+947{rng.choice('0125678')}{d(7)}",
                f"tel:+2609{rng.choice('567')}{d(7)}"),
        "e164": (f"+1{area}{ex}{num}", f"+947{rng.choice('0125678')}{d(7)}",
                 f"+976{rng.choice('89')}{d(7)}", f"+26134{d(7)}",
                 f"+386{rng.choice(('30', '31', '40', '41', '51', '70'))}{d(6)}"),
        "intl": (f"0094 77 {d(3)} {d(4)}", f"00261 34 {d(2)} {d(3)} {d(2)}",
                 f"00 230 5{d(3)} {d(4)}",
                 f"+44 (0)7{d(3)} {d(6)}", f"00 1 {area} {ex} {num}"),
        "lk": (f"07{rng.choice('0125678')} {d(3)} {d(4)}", f"+94 7{rng.choice('0125678')} {d(3)} "
               f"{d(4)}", f"011 2{d(6)}", f"081-22{d(5)}", f"07{rng.choice('0125678')}-{d(7)}"),
        "lao": (f"+856 20 {d(4)} {d(4)}", f"020 {rng.choice('25579')}{d(3)} {d(4)}", f"021 {d(6)}",
                f"030 {d(7)}"),
        "mn": (f"+976 {rng.choice('89')}{d(3)} {d(4)}", f"{rng.choice('89')}{d(3)}-{d(4)}",
               f"7011-{d(4)}", f"{rng.choice('89')}{d(7)}"),
        "bt": (f"+975 17 {d(2)} {d(2)} {d(2)}", f"17{d(6)}", f"02-{d(6)}", f"77{d(6)}"),
        "fj": (f"+679 {rng.choice('79')}{d(2)} {d(4)}", f"{rng.choice('79')}{d(6)}", f"331 {d(4)}",
               f"(679) 9{d(2)}-{d(4)}"),
        "mg": (f"+261 34 {d(2)} {d(3)} {d(2)}", f"034 {d(2)} {d(3)} {d(2)}",
               f"032 {d(2)} {d(3)} {d(2)}", f"020 22 {d(3)} {d(2)}"),
        "mu": (f"+230 5{d(3)} {d(4)}", f"5{d(3)} {d(4)}", f"4{d(2)} {d(4)}",
               f"(230) 6{d(2)}-{d(4)}"),
        "wa": (f"+226 70 {d(2)} {d(2)} {d(2)}", f"+223 76 {d(2)} {d(2)} {d(2)}",
               f"+225 07 {d(2)} {d(2)} {d(2)} {d(2)}",
               f"{rng.choice(('70', '76', '78'))} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} "
               f"{d(2)}"),
        "ss": (f"+211 92{d(1)} {d(3)} {d(3)}", f"09{rng.choice('125')}{d(1)} {d(3)} {d(3)}",
               f"+256 77{d(1)} {d(6)}"),
        "dz": (f"0{rng.choice('567')}{d(2)} {d(2)} {d(2)} {d(2)}",
               f"+213 (0) {rng.choice('567')}{d(2)} {d(2)} {d(2)} {d(2)}",
               f"+216 {rng.choice('259')}{d(1)} {d(3)} {d(3)}", f"021 {d(2)} {d(2)} {d(2)}"),
        "az": (f"+994 (50) {d(3)}-{d(2)}-{d(2)}", f"(055) {d(3)} {d(2)} {d(2)}",
               f"012 {d(3)} {d(2)} {d(2)}",
               f"+994{rng.choice(('50', '51', '55', '70', '77'))}{d(7)}"),
        "tj": (f"+992 {rng.choice(('93', '90', '91', '98', '88'))} {d(3)} {d(4)}",
               f"(372) {d(2)}-{d(2)}-{d(2)}", f"9{d(2)}-{d(2)}-{d(2)}-{d(2)}"),
        "cu": (f"+53 5{d(3)} {d(4)}", f"5{d(7)}", f"(7) 8{d(2)}-{d(4)}", f"7 8{d(2)} {d(4)}"),
        "pr": (f"({pr}) {ex}-{num}", f"{pr}-{ex}-{num}", f"(809) {ex}-{num}", f"1-829-{ex}-{num}"),
        "zm": (f"+260 97 {d(7)}", f"09{rng.choice('567')} {d(3)} {d(4)}",
               f"+265 99{d(1)} {d(2)} {d(2)} {d(2)}", f"0888 {d(3)} {d(3)}"),
        "si": (f"+386 41 {d(3)} {d(3)}", f"041 {d(3)} {d(3)}", f"01 {d(3)} {d(2)} {d(2)}",
               f"(02) {d(3)} {d(2)} {d(2)}"),
        "ba": (f"+387 61 {d(3)} {d(3)}", f"061/{d(3)}-{d(3)}", f"033 {d(3)} {d(3)}",
               f"+389 70 {d(3)} {d(3)}", f"02/{d(4)}-{d(3)}"),
        "gl": (f"+299 {d(2)} {d(2)} {d(2)}", f"{d(2)} {d(2)} {d(2)}", f"+298 {d(6)}",
               f"+45 {d(2)} {d(2)} {d(2)} {d(2)}"),
        "by": (f"+375 (29) {d(3)}-{d(2)}-{d(2)}", f"8 (029) {d(3)}-{d(2)}-{d(2)}",
               f"+375 17 {d(3)}-{d(2)}-{d(2)}",
               f"+375{rng.choice(('25', '29', '33', '44'))}{d(7)}"),
    }  # fmt: skip
    if style and style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    if not style:
        style = rng.choice(("us", "us", "lk", "zm", "pr", "mn", "intl", "e164"))
    return rng.choice(shapes[style])


def _v15_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v15 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        """A shape of ``style``; without one, the plain shapes ("") or, if none, any."""
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        key = style or ("" if "" in shapes else rng.choice(list(shapes)))
        return rng.choice(shapes[key])

    if kind == "NAME":
        return _v15_name(rng, style)
    if kind == "AGE":
        return _v15_age(rng, style)
    if kind == "DATE":
        return _v15_date(rng, style)
    if kind == "GEO":
        return _v15_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v15_phone(rng, style)
    # Birth date parts for the national numbers that hold one.
    born = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    yy, mm, dd = born.year % 100, born.month, born.day
    doy = born.timetuple().tm_yday + (500 if rng.random() < 0.8 else 0)
    yy2 = rng.randrange(14, 27)
    given, family = _v15_latin(rng)
    g, f = _v15_ascii(given) or "pt", _v15_ascii(family) or "pt"
    if kind == "EMAIL":
        if style == "work":
            return rng.choice(
                (f"{g}.{f}@nhsl.health.gov.lk", f"{g[0]}{f}@mahosot.gov.la", f"{f}.{g}@ukc.si",
                 f"{g}.{f}@healthpartners.com", f"{f}{g[0]}@uth.gov.zm", f"{g}.{f}@va.gov",
                 f"{g}.{f}@sharp.com", f"{f}.{g}@chu-mustapha.dz")
            )  # fmt: skip
        if style == "obf":  # written so that robots cannot harvest it
            return rng.choice(
                (f"{g}.{f} at gmail dot com", f"{g}{f}[at]yahoo.fr",
                 f"{g}.{f} (at) hotmail (dot) com", f"{f}{g[0]} AT sltnet DOT lk")
            )  # fmt: skip
        if style:
            raise ValueError(f"unknown EMAIL shape {style!r}")
        domain = rng.choice(
            ("gmail.com", "yahoo.com", "hotmail.com", "sltnet.lk", "yahoo.fr", "intnet.mu",
             "mail.az", "siol.net", "tut.by", "icloud.com", "outlook.com")
        )  # fmt: skip
        return rng.choice(
            (f"{g}.{f}@{domain}", f"{g}{f}{rng.randrange(1, 99)}@{domain}",
             f"{f}{g[0]}{yy:02d}@{domain}", f"{g}_{f}@{domain}")
        )  # fmt: skip
    if kind == "SSN":
        ssn = f"{rng.randrange(1, 899):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}"
        fin = "".join(rng.choice("123456789" + up) for _ in range(7))
        return pick(
            {
                "": (ssn, ssn.replace("-", " "), ssn.replace("-", ""), f"9{d(2)}-7{d(1)}-{d(4)}"),
                "lk": (f"{yy:02d}{doy:03d}{d(4)}{rng.choice('VX')}", f"{born.year}{doy:03d}{d(5)}"),
                "mn": (
                    f"{rng.choice(('УБ', 'ТЕ', 'ЧЕ', 'ОЮ', 'ШИ', 'ЕЙ'))}"
                    f"{yy:02d}{mm:02d}{dd:02d}{d(2)}",
                    f"{rng.choice(('UB', 'TE', 'OY', 'SH'))}{yy:02d}{mm:02d}{dd:02d}{d(2)}",
                ),
                "bt": (f"1{d(10)}",),
                "mg": (
                    f"{rng.choice(('101', '102', '110', '201', '301', '501'))} "
                    f"{rng.choice('12')}{d(2)} {d(3)} {d(3)}",
                    f"{rng.choice(('101', '110', '501'))}{rng.choice('12')}{d(8)}",
                ),
                "mu": (f"{rng.choice(up)}{dd:02d}{mm:02d}{yy:02d}{d(6)}{rng.choice(up)}",),
                "wa": (f"B{d(7)}", f"B {d(7)}", f"{d(14)}{rng.choice(up)}", f"CI{d(9)}"),
                "ss": (f"{d(3)}-{d(2)}C{d(5)}", f"{rng.choice(('KAK', 'BID', 'GAM'))}-{d(8)}"),
                "dz": (d(18), f"{d(1)} {d(4)} {d(4)} {d(4)} {d(5)}", f"0{d(7)}"),
                "az": (fin, f"AZE {d(8)}"),
                "tj": (d(9),),
                "cu": (
                    f"{yy:02d}{mm:02d}{dd:02d}{rng.randrange(6)}{d(4)}",
                    f"{d(3)}-{d(7)}-{d(1)}",
                ),
                "zm": (f"{d(6)}/{d(2)}/1", f"{d(6)}/{d(2)}/{rng.choice('13')}"),
                "si": (f"{dd:02d}{mm:02d}{born.year % 1000:03d}50{d(3)}{d(1)}",),
                "mk": (
                    f"{dd:02d}{mm:02d}{born.year % 1000:03d}"
                    f"{rng.choice(('41', '45', '47', '17', '18', '10'))}{d(3)}{d(1)}",
                ),
                "gl": (
                    f"{dd:02d}{mm:02d}{yy:02d}-{d(4)}",
                    f"{dd:02d}{mm:02d}{yy:02d}{d(4)}",
                    f"{dd:02d}{mm:02d}{yy:02d} {d(3)}",
                ),
                "by": (
                    f"{rng.choice('46')}{dd:02d}{mm:02d}{yy:02d}{rng.choice('ABCHKEM')}{d(3)}"
                    f"{rng.choice(('PB', 'GB', 'BA'))}{d(1)}",
                ),
                "fj": (d(9), f"{d(2)}-{d(5)}-{d(1)}-{d(1)}"),
            },
            "SSN",
        )
    if kind == "MRN":
        return pick(
            {
                "": (d(7), d(8), f"M{d(7)}", f"{d(2)}-{d(2)}-{d(2)}-{d(1)}", f"00{d(8)}"),
                "bht": (f"{d(4)}/{yy2}", f"{d(5)}/{yy2}/{rng.randrange(1, 30)}"),
                "clinic": (f"{2000 + yy2}/DM/{d(4)}", f"DC/{d(5)}"),
                "hn": (f"{yy2}-{d(6)}", f"HN{d(8)}"),
                "icn": (f"{d(10)}V{d(6)}",),
                "l4": (f"{rng.choice(up)}{d(4)}",),
            },
            "MRN",
        )
    if kind == "HEALTH_PLAN":
        mbi = (f"{rng.randrange(1, 10)}{letters(1)}{rng.choice(alnum)}{d(1)}-{letters(1)}"
               f"{rng.choice(alnum)}{d(1)}-{letters(2)}{d(2)}")  # fmt: skip
        return pick(
            {
                "": (f"{letters(3)}{d(9)}", d(9), f"{d(3)}-{d(3)}-{d(3)}"),
                "mbi": (mbi, mbi.replace("-", "")),
                "mcd": (f"9{d(7)}{rng.choice(up)}{d(5)}", d(8), f"MA{d(8)}"),
                "pr": (f"SSS{d(9)}", f"MCS{d(8)}", f"{d(9)}01"),
                "cnas": (f"{d(2)} {d(4)} {d(4)} {d(2)}", d(12)),
                "cnam": (f"{d(8)}/{d(2)}", d(10)),
                "nhima": (d(9), f"NHIMA-{d(8)}"),
                "zzzs": (d(9), f"{d(3)} {d(3)} {d(3)}"),
            },
            "HEALTH_PLAN",
        )
    if kind == "ACCOUNT":
        return pick(
            {
                "enc": (d(9), f"V{d(9)}", f"ENC{d(8)}"),
                "case": (f"{yy2}-{d(5)}", f"OR{d(7)}"),
                "epcr": (f"{2000 + yy2}-{d(6)}", f"PCR{d(8)}"),
                "rems": (d(8), f"R{d(9)}"),
                "fam": (f"F{d(5)}", f"FAM-{yy2}-{d(4)}"),
                "lab": (f"{yy2}{rng.choice(up)}{d(7)}", f"L{d(9)}", f"{d(3)}-{d(3)}-{d(4)}"),
                "me": (f"ME{yy2}-{d(4)}", f"{2000 + yy2}-{d(5)}"),
                "sfn": (f"{2000 + yy2}-{d(6)}", f"{2000 + yy2}{d(6)}"),
                "donor": (f"{letters(4)}{d(3)}", f"{yy2}-{d(6)}"),
                "visit": (f"VV-{d(8)}", d(10)),
                "ub": (f"{letters(2)}{d(10)}", d(12)),
                "icn": (d(13), f"{rng.randrange(10, 30)}{yy2}{d(3)}{d(6)}"),
                "claim": (f"{yy2}{d(3)}{d(8)}", f"CLM-{d(9)}"),
                "inv": (f"{2000 + yy2}/{d(5)}", f"F{d(7)}", f"{d(4)}-{yy2}"),
                "iban": (
                    f"SI56 {d(4)} {d(4)} {d(4)} {d(3)}",
                    f"AZ{d(2)} {letters(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(4)}",
                    f"MU{d(2)}{letters(4)}{d(16)}000MUR",
                    f"TN59 {d(4)} {d(4)} {d(4)} {d(4)} {d(4)}",
                    f"BY{d(2)} {letters(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(4)}",
                ),
                "ref": (f"ASR-{yy2}-{d(5)}", f"{d(6)}/{letters(2)}"),
                "acc": (f"A{d(9)}", f"{yy2}CT{d(6)}"),
                "bill": (d(9), f"G{d(8)}", f"{d(4)}-{d(6)}"),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        return pick(
            {
                "npi": (f"1{d(9)}",),
                "crna": (f"RN{d(6)}", f"{d(6)}-APRN", f"CRNA-{d(5)}"),
                "slmc": (d(5),),
                "fd": (f"FD{d(4)}", d(5)),
                "dl": (
                    f"{rng.choice(up)}{d(3)}-{d(3)}-{d(3)}-{d(3)}",
                    f"{rng.choice(up)}{d(7)}",
                    d(7),
                    f"{rng.choice(up)}{d(12)}",
                ),
            },
            "LICENSE",
        )
    if kind == "VEHICLE":
        return pick(
            {
                "us": (f"{d(3)} {letters(3)}", f"{letters(3)}-{d(3)}", f"{d(1)}{letters(3)}{d(3)}"),
                "pr": (f"{letters(3)}-{d(3)}",),
                "fj": (f"{letters(2)} {d(3)}", f"{letters(2)}{d(3)}"),
                "lk": (
                    f"{rng.choice(('WP', 'CP', 'SP', 'NW', 'SG'))} {letters(3)}-{d(4)}",
                    f"{rng.choice(('WP', 'CP', 'SP'))} {letters(2)}-{d(4)}",
                    f"{rng.randrange(10, 70)}-{d(4)}",
                ),
                "mn": (
                    f"{d(4)} {rng.choice(('УБА', 'УНЕ', 'УБЕ', 'ДАА'))}",
                    f"{d(4)} UB{letters(1)}",
                ),
            },
            "VEHICLE",
        )
    if kind == "DEVICE":
        return pick(
            {
                "vac": (f"VGX{d(6)}", f"{letters(4)}{d(5)}"),
                "pump": (f"NGV{d(6)}H", f"{letters(3)}{d(6)}{rng.choice(up)}"),
                "vent": (f"TV{d(10)}", f"{d(5)}{letters(2)}{d(4)}"),
                "lvad": (f"MLP-{d(6)}", f"HM3-{d(6)}", f"MLP{d(6)}"),
                "cgm": (f"8{letters(1)}{d(1)}{letters(2)}{d(1)}", f"{letters(2)}{d(4)}"),
            },
            "DEVICE",
        )
    if kind == "URL":
        token = "".join(rng.choice(alnum.lower()) for _ in range(12))
        return pick(
            {
                "photo": (
                    f"https://woundcare.example-health.org/img/{token}",
                    f"https://photos.example-health.org/p/{d(8)}",
                ),
                "tele": (
                    f"https://zoom.us/j/{d(11)}?pwd={token}",
                    f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{token}",
                    f"https://vv.example-health.org/room/{f}{d(3)}",
                ),
                "obit": (
                    f"https://www.legacy.com/us/obituaries/name/{g}-{f}-obituary?id={d(8)}",
                    f"https://www.example-funeral.com/obituary/{g}-{f}",
                ),
                "cb": (
                    f"https://www.caringbridge.org/visit/{g}{f}",
                    f"https://www.caringbridge.org/site/{g}-{f}-{d(3)}",
                ),
                "tg": (f"https://t.me/{g}_{f}{d(2)}", f"t.me/{f}{g[0]}"),
                "wa": (
                    f"https://wa.me/994{rng.choice(('50', '55', '70'))}{d(7)}",
                    f"wa.me/947{rng.choice('0125678')}{d(7)}",
                ),
            },
            "URL",
        )
    if kind == "IP":
        v4 = rng.choice(
            (f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
             f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
             f"202.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")
        )  # fmt: skip
        return pick(
            {
                "": (v4,),
                "port": (f"{v4}:{rng.choice((443, 8443, 3389, 5900))}",),
                "v6": (
                    ":".join(f"{rng.randrange(65536):04x}" for _ in range(8)),
                    f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}",
                ),
            },
            "IP",
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v16 lists: the held-out row (seed ``V16_SEED``), written and committed before any change
# made from the v15 row's misses and not run against the scrubber. Templates: dialysis,
# obstetric, newborn, vaccination, oncology, eye, hearing, dental, sleep, endoscopy, occupational,
# custody, court, infection-control, medication, transfusion, home-health, therapy and chaplaincy
# records; OCR'd, dictated, copy-pasted and tabulated text; and summaries, cards and forms of
# countries the earlier lists use little, in their languages and scripts.
V16_SEED = 20271226
V16_TEMPLATES = (
    # Dialysis.
    "HAEMODIALYSIS RUN SHEET - {GEO:dial}\nPatient: {NAME:caps}   Dialysis no.: {MRN:dial}   "
    "Session: {DATE:dial}\nMachine {DEVICE:dial}, chair 6, access L brachiocephalic AVF\nNurse "
    "{NAME:initials}; reviewed by {NAME:sig}",
    "Dialysis transport: {NAME:bw} to be collected from {GEO:bw} at 05:30 on {DATE:dow}; driver "
    "{NAME:given} ({PHONE:bw}), vehicle {VEHICLE:bw}.",
    "Holiday dialysis request to {GEO:dial}: {NAME:comma}, {AGE:y}, on haemodialysis since "
    "{DATE:my}; HBsAg negative on {DATE:eu}. Replies to {EMAIL:work}.",
    "PD home visit {DATE:eu}: {NAME:na} at {GEO:na}; cycler SN {DEVICE:cycler}; her "
    "granddaughter {NAME:given} does the night connections.",
    "Missed sessions: {NAME:sl} did not attend on {DATE:dial} or {DATE:dial}; her son {NAME:sl} "
    "was reached on {PHONE:sl} and will bring her by okada.",
    "Transplant work-up\nDear Dr {NAME:family},\nRe: {NAME}, born {DATE:dob}, of {GEO:lu}\nHer "
    "brother {NAME:given} ({PHONE:lu}) has offered to be tested as a living donor.",
    # Obstetric and newborn records.
    "ANTENATAL CARD\nName: {NAME:bw}   Omang: {SSN:bw}   Gravida 3 Para 2\nAddress: {GEO:bw}\n"
    "LMP {DATE:eu}   EDD {DATE:eu}\nNext of kin: {NAME:bw} ({PHONE:bw})",
    "BIRTH REGISTER\nNo.\tMother\tBaby\tDate/time\tMidwife\n{ACCOUNT:birth}\t{NAME:na}\tBaby Boy "
    "{NAME:family}\t{DATE:stamp}\t{NAME:initials}",
    "Labour ward board: R3 {NAME:family} G2P1 8 cm | R5 {NAME:family} G1P0 IOL | R7 "
    "{NAME:family} PPH - Dr {NAME:family} aware",
    "NICU admission: baby of {NAME:sr}, born {DATE:stamp} at {GEO:inst}; father {NAME:sr} "
    "({PHONE:sr}); mother's record {MRN}.",
    "Newborn screening card {ACCOUNT:nbs}: heel prick {DATE:iso} for Baby Girl {NAME:family}; "
    "mother {NAME:py}, C.I. {SSN:py}, {GEO:py}.",
    "Nota obstétrica: la señora {NAME:hn}, identidad {SSN:hn}, de {GEO:hn}, refiere "
    "contracciones desde el {DATE:es}; la acompaña su suegra {NAME:hn}.",
    "Her great-grandmother {NAME} ({AGE}) was present at the birth and was allowed to cut the "
    "cord.",
    "Postnatal visit at {GEO:pg}: {NAME:pg} and her baby are well; husband {NAME:pg} asks for "
    "the birth certificate to be sent to {GEO:pgbox}.",
    # Vaccination and travel.
    "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nThis is to certify that "
    "{NAME:caps}, date of birth {DATE:dob}, national identification document {SSN:sl}, was "
    "vaccinated on {DATE:dmy} against yellow fever.\nOfficial stamp: {GEO:inst}   Certificate "
    "{ACCOUNT:icvp}",
    "Child health record: {NAME:mv}, {GEO:mv}; BCG {DATE:eu}, OPV0 {DATE:eu}; mother's ID card "
    "{SSN:mv}.",
    "VAERS {ACCOUNT:vaers}: a {AGE}-year-old woman in {GEO:us} fainted 10 minutes after dose 3 "
    "on {DATE:us}; reporter {NAME:sig}, {PHONE:us}.",
    "Travel clinic: {NAME} flies to {GEO:town} on {DATE:dmy} to meet her great-grandson "
    "{NAME:given}; passport {SSN:pass}.",
    # Oncology and palliative care.
    "RADIOTHERAPY PRESCRIPTION\nPatient: {NAME:pn}   ID: {MRN}\nPlan approved {DATE:stamp} by "
    "{NAME:sig}\nMask ref. {DEVICE:mask}   Physics check {NAME:initials}",
    "Chemotherapy day unit: C4D1 FOLFOX for {NAME:caps} ({MRN}) deferred to {DATE:dow}; spoke "
    "with her husband {NAME:given} on {PHONE:ext}.",
    "Tumour board {DATE:iso}, case 7: {NAME:lu}, {AGE:lu}, from {GEO:lu}; presented by Dr "
    "{NAME:family}; GP Dr {NAME:lu}.",
    "Oncologie - consultation d'annonce du {DATE:lu}\nPatiente : {NAME:lu}   Matricule : {SSN:lu}"
    "\nAdresse : {GEO:lu}\nMédecin référent : Dr {NAME:sig}, code médecin {LICENSE:lu}",
    "Hospice referral: {NAME}, {AGE:y}, lives alone at {GEO:us}; next of kin {NAME} "
    "({PHONE:us}); DNR signed {DATE:us}.",
    # Eye, hearing and dental records.
    "OPTOMETRY RECORD\nPatient: {NAME:comma}   DOB {DATE:dob}\nIOL implanted {DATE:eu}, SN "
    "{DEVICE:iol}\nOptometrist: {NAME:sig}, GOC {LICENSE:goc}",
    "Audiology: hearing aids fitted {DATE:eu}, left SN {DEVICE:ha}, right SN {DEVICE:ha}; {NAME} "
    "({AGE}) came with her carer {NAME:given}.",
    "ODONTOGRAMA / ODONTOGRAMA\n{NAME:ca}   NHC {MRN:ca}   {DATE:ca}\nDr. {NAME:ca}, núm. col. "
    "{LICENSE:col}",
    "Cochlear implant clinic: processor SN {DEVICE:ci} remapped for {NAME:lower} on {DATE:us} "
    "by {NAME:sig}.",
    "Dentures marked '{NAME:family}' handed to her niece {NAME} on {DATE:dmy} (property book "
    "p. 14).",
    # Sleep, neurophysiology, endoscopy and home equipment.
    "POLYSOMNOGRAPHY REPORT\nName: {NAME:caps}   Study night: {DATE:psg}   Referrer: {NAME:sig}"
    "\nCPAP issued SN {DEVICE:cpap}; data at {URL:cloud}",
    "ENDOSCOPY REPORT\n{NAME:comma} | {MRN} | {DATE:stamp}\nScope SN {DEVICE:scope}\nEndoscopist "
    "{NAME:sig}; nurse {NAME:initials}",
    "EEG {DATE:iso} requested by {NAME:sig}: {NAME:tm}, {AGE:tm}, from {GEO:tm}; recorded by "
    "{NAME:initials}.",
    "Home oxygen order: concentrator SN {DEVICE:oxy} to {GEO:lu} for {NAME:lu}; supplier "
    "{PHONE:lu}.",
    "Physio home visit: {NAME:word} ({AGE:half}) at {GEO:us}; rollator asset {DEVICE:asset}; her "
    "daughter {NAME:word} was present.",
    # Occupational, custody, court and travel papers.
    "SEAFARER MEDICAL CERTIFICATE\nName: {NAME:caps}   Date of birth: {DATE:dob}\nDischarge "
    "book no.: {ACCOUNT:sea}\nExamined at {GEO:town} on {DATE:dmy} by {NAME:sig}, approved "
    "doctor {LICENSE:sea}",
    "Pre-employment medical: {NAME:pg} for the mine at {GEO:pg}; employee no. {ACCOUNT:emp}; "
    "supervisor {NAME:pg}, {PHONE:pg}.",
    "Custody health intake {DATE:stamp}: {NAME:caps}, booking no. {ACCOUNT:booking}, {AGE}, "
    "held at {GEO:jail}; daughter {NAME} {PHONE:us}.",
    "Guardianship order {ACCOUNT:court}: {NAME} appointed guardian of {NAME} ({AGE}) of "
    "{GEO:us} on {DATE:mdy}.",
    "Records request from officer {NAME:sig} (badge {LICENSE:badge}) about {NAME:comma}, DOB "
    "{DATE:dob}, seen on {DATE:us}.",
    "Fit-to-fly letter: {NAME}, {AGE:y}, flying {GEO:town} to {GEO:town} on {DATE:dmy}, booking "
    "ref. {ACCOUNT:pnr}, wheelchair assistance.",
    # Infection control and public health.
    "TB REGISTER\nTB no.: {MRN:tb}   Name: {NAME:sl}   Age: {AGE}\nAddress: {GEO:sl}\nStarted "
    "{DATE:eu}; DOT supporter {NAME:sl}, {PHONE:sl}",
    "Contact tracing\nIndex case: {NAME:na}\n1. {NAME:na}, grandmother, {AGE}, same house at "
    "{GEO:na}\n2. {NAME:given}, neighbour, {PHONE:na}",
    "Notifiable disease: cholera, confirmed {DATE:iso}; case {NAME:ye}, {AGE:ar}, {GEO:ye}; "
    "reported by {NAME:sig} ({EMAIL:work}).",
    "Outbreak line list\nid,initials,ward,onset,age\n{ACCOUNT:ll},{NAME:initials},W4,{DATE:iso},"
    "{AGE}\n{ACCOUNT:ll},{NAME:initials},W4,{DATE:iso},{AGE}",
    "MDR-TB: {NAME:ky}, PIN {SSN:ky}, {GEO:ky}; Xpert on {DATE:ky}; treatment supporter "
    "{NAME:ky}, {PHONE:ky}.",
    # Medicines and blood.
    "MAR - {NAME:caps} - {MRN}\n{DATE:mar} 08:00 metformin 500 mg PO given {NAME:initials}\n"
    "{DATE:mar} 20:00 metformin 500 mg PO refused {NAME:initials}",
    "Transfusion record: unit {ACCOUNT:isbt} for {NAME:comma} ({MRN}) started {DATE:clock}; "
    "bedside check {NAME:initials} and {NAME:initials}.",
    "Blood bank: {NAME:familyu}, {NAME:given}; crossmatch {ACCOUNT:xm}; sample taken "
    "{DATE:clock} by {NAME:user}.",
    "Controlled drug register p. 44: morphine 10 mg for {NAME}, bed 6, {DATE:clock}; given by "
    "{NAME:sig}, witness {NAME:sig}.",
    "RECETA\nPaciente: {NAME:py}   C.I.: {SSN:py}   IPS: {HEALTH_PLAN:py}\nDr. {NAME:py}, Reg. "
    "Prof. {LICENSE:py}\nAsunción, {DATE:es}",
    # Home health, therapy, chaplaincy and social work.
    "OASIS start of care {DATE:us}\nM0040 {NAME:ub}\nM0066 {DATE:usdob}\nM0063 {HEALTH_PLAN:mbi}"
    "\nM0050 {GEO:us}",
    "Chaplaincy: visited {NAME:given} {NAME:family} ({AGE}); she asked that Father "
    "{NAME:family} of {GEO:church} bring her communion.",
    "Dietitian: {NAME:tl}, {AGE:tet}, of {GEO:tl}; her son {NAME:tl} brings batar da'an from "
    "home.",
    "Social work: {NAME:ku} ({AGE:ku}) arrived from {GEO:ku} on {DATE:eu}; lives with her grandson "
    "{NAME:ku} at {GEO:us}; Sorani interpreter {NAME:ku} booked.",
    "SLT: {NAME:given} celebrated her {AGE:ord} birthday on {DATE:dow}; thin fluids with a chin "
    "tuck.",
    # Summaries, cards and forms of other countries, in their languages.
    "ЭПИКРИЗ\nФ.А.А.: {NAME:kycyr}   ПИН: {SSN:ky}\nЖашы: {AGE:ky}   Дареги: {GEO:kycyr}\n"
    "Келген күнү: {DATE:ky}\nДарыгер: {NAME:kycyr}",
    "Выписка из истории болезни № {MRN:ky}\nБольная: {NAME:ky}, {AGE:ru}\nАдрес: {GEO:ky}\n"
    "Тел.: {PHONE:ky}\nЛечащий врач: {NAME:ky}",
    "ÇYKARYLYŞ\nNäsag: {NAME:tm}   Pasport: {SSN:tm}\nÝaşy: {AGE:tm}   Salgysy: {GEO:tm}\nKabul "
    "edildi: {DATE:tm}   Tel.: {PHONE:tm}",
    "ناو: {NAME:ckb}   تەمەن: {AGE:ku}   ناونیشان: {GEO:ckb}\nبەروار: {DATE:ku}   مۆبایل: "
    "{PHONE:ku}",
    "DISCHARGE SUMMARY - {GEO:inst}\nName: {NAME:ku}   Age: {AGE}   National card: {SSN:iq}\n"
    "Address: {GEO:ku}\nAdmitted {DATE:eu}\nRelative: {NAME:ku} ({PHONE:ku})",
    "الاسم: {NAME:yar}   العمر: {AGE:ar}   العنوان: {GEO:yar}\nتاريخ الدخول: {DATE:hijri}   رقم "
    "الملف: {MRN:ye}",
    "ER register, {GEO:ye}\n{DATE:eu}  {NAME:ye}  {AGE}  blast injury  {PHONE:ye}",
    "REFERRAL\nName: {NAME:er}   Age: {AGE}   Address: {GEO:er}\nID card no. {SSN:er}\nReferred "
    "by Dr {NAME:er} on {DATE:er}",
    "ሽም: {NAME:ti}   ዕድመ: {AGE:ti}   ኣድራሻ: {GEO:ti}\nተሌፎን: {PHONE:er}",
    "FICHE DE TRANSFERT\nNom et prénom : {NAME:bi}   Âge : {AGE:fr}\nCNI : {SSN:bi}   Adresse "
    ": {GEO:bi}\nDate : {DATE:bi}   Médecin : Dr {NAME:bi}\nTél. {PHONE:bi}",
    "PATIENT RECORD CARD\nName: {NAME:bw}   Omang: {SSN:bw}   Age: {AGE}\nAddress: {GEO:bw}\n"
    "Medical aid: {HEALTH_PLAN:bw}\nClinic date: {DATE:eu}",
    "HEALTH PASSPORT\nName: {NAME:na}   ID no.: {SSN:na}\nAddress: {GEO:na}\nSeen {DATE:eu}; "
    "next visit {DATE:eu}\nCell {PHONE:na}",
    "ADMISSION SHEET\nName: {NAME:sl}   Age: {AGE}   NIN: {SSN:sl}\nAddress: {GEO:sl}\nNOK: "
    "{NAME:sl} (daughter), {PHONE:sl}",
    "EPICRISIS\nPaciente: {NAME:py}   C.I. N° {SSN:py}   Edad: {AGE:es}\nDomicilio: {GEO:py}\n"
    "Ingreso: {DATE:es}   Alta: {DATE:es}\nTel.: {PHONE:py}",
    "HOJA DE REFERENCIA\nNombre: {NAME:hn}   Identidad: {SSN:hn}   Edad: {AGE:es}\nDirección: "
    "{GEO:hn}\nReferida a: {GEO:inst}   Fecha: {DATE:es}\nCel. {PHONE:hn}",
    "Constancia médica: se hace constar que {NAME:hn}, DUI {SSN:sv}, de {AGE:es}, con domicilio "
    "en {GEO:sv}, fue atendida el {DATE:es}. ISSS {HEALTH_PLAN:sv}.",
    "ONTSLAGBRIEF\nPatiënt: {NAME:sr}   ID-nr.: {SSN:sr}   Leeftijd: {AGE:nl}\nAdres: {GEO:sr}"
    "\nOpname: {DATE:nl}   Ontslag: {DATE:nl}\nHuisarts: {NAME:sig}, tel. {PHONE:sr}",
    "PATIENT RECORD BOOK\nName: {NAME:pg}   Age: {AGE:tpi}\nVillage: {GEO:pg}\nDate: {DATE:tpi}\n"
    "Wantok to contact: {NAME:pg} {PHONE:pg}",
    "Mama {NAME:pg} i gat {AGE:tpi}; em i stap long {GEO:pg}. Pikinini meri {NAME:given} i "
    "lukautim em.",
    "SUMÁRIO DE ALTA\nPaciente: {NAME:tl}   Idade: {AGE:tet}\nEndereço: {GEO:tl}\nEntrada: "
    "{DATE:pt}   Cartão eleitoral: {SSN:tl}\nTelemóvel: {PHONE:tl}",
    "DISCHARGE SUMMARY\nName: {NAME:mv}   ID card: {SSN:mv}   Age: {AGE}\nAddress: {GEO:mv}\n"
    "Aasandha: {HEALTH_PLAN:mv}\nContact: {NAME:mv} ({PHONE:mv})",
    "ނަން: {NAME:dv}   އުމުރު: {AGE:dv}   އެޑްރެސް: {GEO:mv}   ފޯނު: {PHONE:mv}",
    "FLETËDALJE\nPacientja: {NAME:sq}   Nr. personal: {SSN:sq}\nMosha: {AGE:sq}   Adresa: "
    "{GEO:sq}\nShtruar: {DATE:sq}   Dalë: {DATE:sq}\nMjeku: Dr. {NAME:sq}, tel. {PHONE:sq}",
    "Entlassungsbrief\nPatientin: {NAME:lu}, geb. {DATE:ludob}, Matrikel {SSN:lu}\nAdresse: "
    "{GEO:lu}\nHausarzt: Dr. {NAME:lu}, Tel. {PHONE:lu}",
    "INFORME D'ALTA\nPacient: {NAME:ca}   CIP: {HEALTH_PLAN:ca}   Edat: {AGE:ca}\nAdreça: "
    "{GEO:ca}\nIngrés: {DATE:ca}   Alta: {DATE:ca}\nMetgessa: {NAME:ca}, núm. col. {LICENSE:col}",
    "Familiar de contacte / Familiar de contacto: {NAME:ca} (filla), {PHONE:ca}, {EMAIL}.",
    # OCR, dictation, copy-paste and tables.
    "Patlent: {NAME:ocr}   D0B: {DATE:ocr}\nAddr: {GEO:ocr}\nMRN: {MRN:ocr}   Tel: {PHONE:ocr}",
    "Scanned letter (OCR): Dear Dr {NAME:ocr}, thank you for seeing this {AGE:ocr} year old lady "
    "from {GEO:ocr}.",
    "dictated but not read {NAME:dict} comma date of birth {DATE:dict} comma seen today full "
    "stop her daughter {NAME:dict} was present",
    "Surname spelled by the patient: {NAME:spell}; first name {NAME:given}; she lives at "
    "{GEO:dict}.",
    "Pt {NAME} seen. Pt {NAME} seen.\n[copied forward from note of {DATE:us} by {NAME:sig}]",
    "| Bed | Patient | Age | Consultant | NOK phone |\n|---|---|---|---|---|\n| 3 | {NAME:caps} "
    "| {AGE} | {NAME:family} | {PHONE} |\n| 4 | {NAME:caps} | {AGE:half} | {NAME:family} | "
    "{PHONE} |",
    "NAME                    DOB         MRN\n{NAME:ub}    {DATE:dob}    {MRN}\n{NAME:ub}    "
    "{DATE:dob}    {MRN}",
    'From: "{NAME:comma}" <{EMAIL}>\nSent: {DATE:mail}\nTo: {EMAIL:work}\nSubject: mum '
    "({NAME:given}) - clinic letter",
    "{NAME:caps} | {AGE:y} | F | MRN {MRN} | {GEO:inst} | Adm {DATE:eu} | Attd {NAME:sig}",
    '{"patient": "{NAME}", "dob": "{DATE:iso}", "mobile": "{PHONE:e164}", "client_ip": "{IP}"}',
    # Names, ages, places and identifiers in hard places.
    "Seen with {NAME:word} (daughter) and {NAME:word} (son-in-law); {NAME:word} signed as "
    "witness.",
    "Mr {NAME:family}'s wife {NAME:given} has her phone ({PHONE}) switched off; try the "
    "neighbour, Mrs {NAME:family}.",
    "She was {AGE:ym} at the time of the fall on {DATE:dmy}.",
    "Aged {AGE:half}, she is the oldest resident of {GEO:care}.",
    "Born {DATE:yob}; {AGE} now by her own account; answers to {NAME:nick}.",
    "Remote monitoring: {URL:cloud} last synced {DATE:stamp} from {IP:port} for {NAME:user}.",
    "Video call on {URL:jitsi} with {NAME} and her son in {GEO:town}.",
    "Scan shared by her son via {URL:drive} from {EMAIL:plus}.",
    "Photos of {NAME:given} on the ward were posted at {URL:ig}; security informed.",
    "Login to the record of {NAME:caps} by {NAME:user} from {IP:v6} at {DATE:unix}.",
    "Refund for {NAME} to IBAN {ACCOUNT:iban}, invoice {ACCOUNT:inv}.",
    "Car {VEHICLE:lu} in the ambulance bay belongs to her son {NAME:lu}; moved at {DATE:clock}.",
    "Drive-through clinic: plate {VEHICLE:ky}, driver {NAME:ky}; patient {NAME:ky} in the back "
    "seat.",
    "Ambulància: matrícula {VEHICLE:ca}; acompanyant {NAME:ca}, {PHONE:ca}.",
    "Dr {NAME:sig} (PNGMDC {LICENSE:pg}) and Sister {NAME:pg} attended.",
    "CRF page 3: subject {ACCOUNT:trial}, initials {NAME:initials}, randomised {DATE:iso} at "
    "{GEO:inst}.",
    "Fax to {FAX:lu} and copy to {FAX:ca}: results for {NAME}.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents
# stripped): Kyrgyz, Turkmen, Kurdish, Yemeni, Eritrean, Burundian, Tswana and Sotho, Oshiwambo,
# Sierra Leonean and Liberian, Paraguayan, Honduran and Salvadoran, Surinamese, Papua New Guinean,
# Timorese, Maldivian, Albanian and Kosovar, Luxembourgish and Catalan, and names in five scripts.
_V16_KY_GIVEN = (
    "Aizada",
    "Bermet",
    "Kanykei",
    "Tynchtyk",
    "Almazbek",
    "Jyldyz",
    "Cholpon",
    "Kubanychbek",
    "Nurjamal",
    "Elmira",
    "Toktobek",
)
_V16_KY_FAMILY = (
    "Toktogulova",
    "Sydykov",
    "Osmonalieva",
    "Akmatbekov",
    "Usenbaeva",
    "Mamytov",
    "Djumabaeva",
    "Tursunaliev",
    "Sultanbekova",
)
_V16_TM_GIVEN = (
    "Maýsa",
    "Ogulgerek",
    "Bägül",
    "Myrat",
    "Döwlet",
    "Aýna",
    "Jemal",
    "Hojamyrat",
    "Nurberdi",
    "Ogulbike",
)
_V16_TM_FAMILY = (
    "Ataýew",
    "Orazowa",
    "Annaýew",
    "Çaryýewa",
    "Hallyýew",
    "Gylyjowa",
    "Nurmuhammedow",
    "Berdimyradowa",
)
_V16_KU_GIVEN = (
    "Rezan",
    "Dilan",
    "Berivan",
    "Hêvî",
    "Rebwar",
    "Karwan",
    "Shilan",
    "Nawroz",
    "Kawa",
    "Bahoz",
    "Runak",
)
_V16_KU_FAMILY = (
    "Zebari",
    "Berwari",
    "Doski",
    "Hawrami",
    "Jaff",
    "Mukriyani",
    "Shwani",
    "Hamawandi",
    "Dizayee",
    "Barzinji",
)
_V16_YE_GIVEN = (
    "Afrah",
    "Arwa",
    "Tawfiq",
    "Abdulmalik",
    "Ghamdan",
    "Amat",
    "Wadhah",
    "Sumayya",
    "Nashwan",
)
_V16_YE_FAMILY = (
    "Al-Maqtari",
    "Ba Wazir",
    "Bin Mahfouz",
    "Al-Sabri",
    "Shamsan",
    "Al-Hadrami",
    "Al-Iryani",
    "Al-Ansi",
    "Al-Akwa",
)
_V16_ER_GIVEN = (
    "Senait",
    "Letekidan",
    "Abrehet",
    "Tsega",
    "Tesfamariam",
    "Ghirmay",
    "Habtom",
    "Mebrahtu",
    "Fiori",
    "Saba",
)
_V16_ER_FAMILY = (
    "Tekle",
    "Berhane",
    "Ghebremedhin",
    "Weldemichael",
    "Kidane",
    "Hagos",
    "Andemariam",
    "Tewolde",
    "Zerai",
)
_V16_BI_GIVEN = (
    "Espérance",
    "Gaudence",
    "Révérien",
    "Godefroid",
    "Déogratias",
    "Immaculée",
    "Candide",
    "Spès",
)
_V16_BI_FAMILY = (
    "Ndayishimiye",
    "Nduwimana",
    "Hakizimana",
    "Ndikumana",
    "Nshimirimana",
    "Bizimana",
    "Ntahomvukiye",
    "Havyarimana",
    "Irakoze",
)
_V16_BW_GIVEN = (
    "Gaone",
    "Tlotlo",
    "Kefilwe",
    "Goitseone",
    "Keneilwe",
    "Tshepiso",
    "Oratile",
    "Witness",
    "Goodwill",
    "Bonolo",
    "Lineo",
)
_V16_BW_FAMILY = (
    "Kgosidintsi",
    "Motswagae",
    "Gaolathe",
    "Mokgethi",
    "Letsholo",
    "Mokhothu",
    "Lerotholi",
    "Seabelo",
    "Modise",
)
_V16_NA_GIVEN = (
    "Ndapewa",
    "Ndeshipanda",
    "Ndahafa",
    "Nangula",
    "Tuyeni",
    "Fillemon",
    "Penehafo",
    "Loide",
)
_V16_NA_FAMILY = (
    "Shikongo",
    "Amupolo",
    "Nghidinwa",
    "Iipumbu",
    "Haufiku",
    "Shivute",
    "Nakale",
    "Amutenya",
)
_V16_SL_GIVEN = (
    "Fatmata",
    "Isatu",
    "Haja",
    "Sahr",
    "Tamba",
    "Musu",
    "Kumba",
    "Foday",
    "Satta",
    "Jebbeh",
)
_V16_SL_FAMILY = (
    "Sesay",
    "Koroma",
    "Bangura",
    "Conteh",
    "Turay",
    "Kargbo",
    "Fofanah",
    "Mansaray",
    "Kollie",
    "Flomo",
    "Kpoto",
    "Sumo",
)
_V16_PY_GIVEN = (
    "Zunilda",
    "Cirilo",
    "Eulogio",
    "Nidia",
    "Ceferino",
    "Librada",
    "Pantaleón",
    "Crispina",
    "Porfiria",
)
_V16_PY_FAMILY = (
    "Arévalos",
    "Britez",
    "Riveros",
    "Ocampos",
    "Insfrán",
    "Amarilla",
    "Cañete",
    "Zarza",
    "Villalba",
)
_V16_HN_GIVEN = (
    "Maritza",
    "Nohemy",
    "Olvin",
    "Yessenia",
    "Exequiel",
    "Ovidio",
    "Dunia",
    "Melvin",
    "Yolany",
)
_V16_HN_FAMILY = (
    "Zelaya",
    "Funes",
    "Ulloa",
    "Cálix",
    "Cárcamo",
    "Bonilla",
    "Amaya",
    "Orellana",
    "Portillo",
    "Escobar",
)
_V16_SR_GIVEN = (
    "Chandrika",
    "Soekdew",
    "Radjkoemar",
    "Anjanie",
    "Kalawatie",
    "Soekinem",
    "Partini",
    "Warsimin",
    "Kwasiba",
    "Afiba",
)
_V16_SR_FAMILY = (
    "Ramdin",
    "Jagernath",
    "Bhagwandin",
    "Sewdien",
    "Ramsaran",
    "Kromodihardjo",
    "Pawirodikromo",
    "Moestadja",
    "Koorndijk",
    "Zaalman",
    "Grootfaam",
)
_V16_PG_GIVEN = (
    "Kila",
    "Ambai",
    "Nerrie",
    "Kopi",
    "Waiko",
    "Mallie",
    "Lahui",
    "Taki",
)
_V16_PG_FAMILY = (
    "Gima",
    "Morea",
    "Kaupa",
    "Wamp",
    "Yandi",
    "Pundari",
    "Kuman",
    "Ilave",
    "Sabumei",
    "Lot",
)
_V16_TL_GIVEN = (
    "Lourença",
    "Zeferina",
    "Jacinto",
    "Agapito",
    "Natércia",
    "Lucília",
    "Abílio",
    "Filomeno",
)
_V16_TL_FAMILY = (
    "Ximenes",
    "Belo",
    "Guterres",
    "Sarmento",
    "Magno",
    "Amaral",
    "Tilman",
    "Boavida",
)
_V16_MV_GIVEN = (
    "Aminath",
    "Hawwa",
    "Fathimath",
    "Moosa",
    "Shifaza",
    "Nasheeda",
    "Zaheena",
    "Hassaan",
)
_V16_MV_FAMILY = (
    "Manik",
    "Didi",
    "Latheef",
    "Nafiz",
    "Waheed",
    "Zahir",
    "Shareef",
)
_V16_SQ_GIVEN = (
    "Lumnije",
    "Lumturie",
    "Bukuroshe",
    "Flutura",
    "Ardian",
    "Ilir",
    "Besnik",
    "Valbona",
    "Mimoza",
    "Xhevahire",
    "Qerim",
)
_V16_SQ_FAMILY = (
    "Qorraj",
    "Rexhepi",
    "Bajraktari",
    "Thaçi",
    "Hysenaj",
    "Likaj",
    "Morina",
    "Dervishi",
    "Çela",
    "Kola",
    "Leka",
    "Bytyqi",
)
_V16_LU_GIVEN = (
    "Roby",
    "Jos",
    "Mariette",
    "Mady",
    "Nicolas",
    "Gaby",
    "Théid",
    "Mett",
)
_V16_LU_FAMILY = (
    "Schmit",
    "Bettendorff",
    "Kremer",
    "Reuter",
    "Thill",
    "Wirtz",
    "Kieffer",
    "Majerus",
    "Faber",
    "Goergen",
    "Feltgen",
)
_V16_CA_GIVEN = (
    "Remei",
    "Jaume",
    "Núria",
    "Pere",
    "Queralt",
    "Roser",
    "Josep",
    "Meritxell",
    "Pau",
    "Carme",
)
_V16_CA_FAMILY = (
    "Puig",
    "Pons",
    "Serra",
    "Ribas",
    "Comas",
    "Masip",
    "Font",
    "Roca",
    "Canals",
    "Pujol",
    "Prat",
    "Tort",
    "Batlle",
)
_V16_LOCALES = (
    "ky",
    "tm",
    "ku",
    "ye",
    "er",
    "bi",
    "bw",
    "na",
    "sl",
    "py",
    "hn",
    "sr",
    "pg",
    "tl",
    "mv",
    "sq",
    "lu",
    "ca",
)
_V16_LATIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V16_KY_GIVEN, _V16_KY_FAMILY),
    (_V16_TM_GIVEN, _V16_TM_FAMILY),
    (_V16_KU_GIVEN, _V16_KU_FAMILY),
    (_V16_YE_GIVEN, _V16_YE_FAMILY),
    (_V16_ER_GIVEN, _V16_ER_FAMILY),
    (_V16_BI_GIVEN, _V16_BI_FAMILY),
    (_V16_BW_GIVEN, _V16_BW_FAMILY),
    (_V16_NA_GIVEN, _V16_NA_FAMILY),
    (_V16_SL_GIVEN, _V16_SL_FAMILY),
    (_V16_PY_GIVEN, _V16_PY_FAMILY),
    (_V16_HN_GIVEN, _V16_HN_FAMILY),
    (_V16_SR_GIVEN, _V16_SR_FAMILY),
    (_V16_PG_GIVEN, _V16_PG_FAMILY),
    (_V16_TL_GIVEN, _V16_TL_FAMILY),
    (_V16_MV_GIVEN, _V16_MV_FAMILY),
    (_V16_SQ_GIVEN, _V16_SQ_FAMILY),
    (_V16_LU_GIVEN, _V16_LU_FAMILY),
    (_V16_CA_GIVEN, _V16_CA_FAMILY),
)
_V16_SCRIPTS = ("kycyr", "ckb", "ti", "dv", "yar")
_V16_SCRIPT_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Бермет", "Айзада", "Канышай", "Тынчтык", "Алмазбек"),
        ("Токтогулова", "Сыдыков", "Осмоналиева", "Акматбеков"),
    ),
    (
        ("ڕێزان", "کاوە", "شیلان", "ڕێبوار"),
        ("جاف", "هەورامی", "زێباری", "شوانی"),
    ),
    (
        ("ሰናይት", "ፍዮሪ", "ሃብቶም", "ግርማይ"),
        ("ተስፋማርያም", "ወልደሚካኤል", "ሓጎስ", "ብርሃነ"),
    ),
    (
        ("ޝިފާޒާ", "ހައްވާ", "މޫސާ", "ފާތިމަތު"),
        ("މަނިކު", "ދީދީ", "ލަތީފް", "ވަހީދު"),
    ),
    (
        ("أروى", "بشرى", "توفيق", "غمدان"),
        ("المقطري", "باوزير", "الصبري", "شمسان"),
    ),
)
V16_NICKNAMES = ("Tumi", "Chepe", "Quimet", "Bubu", "Titi", "Lulu", "Mamá Chuchi", "Tatá", "Beni")
# Family and given names that are also words (clinical, English or Catalan): Pons, Font, Lot,
# Sumo, Kola, Tort, Roca, Belo, Faber, Gima; Witness, Goodwill, Saba, Jos, Fiori.
_V16_WORD_FAMILY = ("Pons", "Font", "Lot", "Sumo", "Kola", "Tort", "Roca", "Belo", "Faber")
_V16_WORD_GIVEN = ("Witness", "Goodwill", "Saba", "Jos", "Fiori")
_V16_GROUPS = _V16_LATIN_GROUPS + _V16_SCRIPT_NAMES
_V16_GROUP_OF: dict[str, int] = {}
for _i, (_givens, _families) in enumerate(_V16_GROUPS):
    for _name in _givens + _families:
        _V16_GROUP_OF.setdefault(_name, _i)
V16_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V16_GROUPS for g in givens))
V16_FAMILY = tuple(dict.fromkeys(f for _, families in _V16_GROUPS for f in families))

V16_US_PLACES = (
    ("Cottonwood Ln", "Brainerd", "MN", "56401"),
    ("Magnolia Bend", "Harlingen", "TX", "78550"),
    ("Prairie View Rd", "Hutchinson", "KS", "67501"),
    ("Old Mill Creek Rd", "Elkins", "WV", "26241"),
    ("Tamarack Ct", "Marquette", "MI", "49855"),
    ("Sawgrass Blvd", "Okeechobee", "FL", "34972"),
)
V16_TOWNS = (
    "Mbabane",
    "Lilongwe",
    "Bujumbura",
    "Asmara",
    "Osh",
    "Tórshavn",
    "Esch-sur-Alzette",
    "Nickerie",
    "Lae",
    "Baucau",
    "Addu City",
    "Gjakovë",
    "Encarnación",
    "Choluteca",
)
V16_INSTITUTIONS = (
    "Princess Marina Hospital",
    "Windhoek Central Hospital",
    "Connaught Hospital",
    "Hôpital Prince Régent Charles",
    "Orotta National Referral Hospital",
    "Al-Thawra Modern General Hospital",
    "Rizgary Teaching Hospital",
    "Hospital de Clínicas",
    "Hospital Escuela",
    "Academisch Ziekenhuis Paramaribo",
    "Port Moresby General Hospital",
    "Hospital Nacional Guido Valadares",
    "Indira Gandhi Memorial Hospital",
    "QSUT Nënë Tereza",
    "Centre Hospitalier de Luxembourg",
    "Hospital de la Santa Creu i Sant Pau",
    "National Centre of Cardiology and Internal Medicine, Bishkek",
    "Lakeview Regional Medical Center",
)
V16_DIALYSIS = (
    "Northside Kidney Centre, Bay 2",
    "Sawgrass Dialysis Unit",
    "Satellite Unit Ettelbruck",
    "Gaborone Renal Unit",
    "Hemodiàlisi Sant Andreu",
    "Brainerd Lakes Dialysis",
)
V16_CARE = (
    "Maison de Soins Sainte-Zithe",
    "Residència Els Til·lers",
    "Cottonwood Manor",
    "Tehuis Huize Ashiana",
)
V16_CHURCHES = (
    "St. Brendan's parish",
    "Igreja de Motael",
    "Parròquia de Santa Eulàlia de Vilapicina",
    "Our Lady of Guadalupe",
)
V16_JAILS = ("Crow Wing County Jail", "Cameron County Detention Center", "Pademba Road Prison")
V16_KY_LATIN = (
    ("Dzhal-23", "Bishkek"),
    ("Asanbai", "Bishkek"),
    ("Vostok-5", "Bishkek"),
    ("Tunguch", "Bishkek"),
)
V16_KY_VILLAGES = (
    ("Ak-Suu", "Issyk-Kul obl."),
    ("Kochkor", "Naryn obl."),
    ("Bazar-Korgon", "Jalal-Abad obl."),
    ("Kara-Suu", "Osh obl."),
)
V16_KY_CYRILLIC = (("Джал-23", "Бишкек"), ("Асанбай", "Бишкек"), ("Восток-5", "Бишкек"))
V16_KY_CYR_VILLAGES = (("Ак-Суу", "Ысык-Көл"), ("Кочкор", "Нарын"), ("Базар-Коргон", "Жалал-Абад"))
V16_TM_STREETS = (
    "Bitarap Türkmenistan şaýoly",
    "Görogly köçesi",
    "Atatürk köçesi",
    "Oguzhan köçesi",
)
V16_TM_RURAL = (
    ("Ak bugdaý", "Bereket", "Ahal"),
    ("Tagtabazar", "Saryýazy", "Mary"),
    ("Köneürgenç", "Gökdepe", "Daşoguz"),
)
V16_KU_PLACES = (
    ("Erbil", "Ankawa"),
    ("Erbil", "Brayati"),
    ("Sulaymaniyah", "Bakhtiyari"),
    ("Duhok", "Malta"),
    ("Zakho", "Bajed Kandal"),
)
V16_KU_CAMPS = (("Darashakran", "Erbil"), ("Domiz", "Duhok"), ("Arbat", "Sulaymaniyah"))
V16_KU_SORANI = (("هەولێر", "عەنکاوە"), ("سلێمانی", "بەختیاری"), ("دهۆک", "مالتا"))
V16_YE_PLACES = (
    ("Sana'a", "Hadda Street", "Al-Saleh mosque"),
    ("Aden", "Crater", "the Aidroos mosque"),
    ("Taiz", "Jamal Street", "the Al-Thawra hospital"),
    ("Mukalla", "Fuwwah", "the fish market"),
    ("Ibb", "Al-Udayn road", "the Shell station"),
)
V16_YE_DISTRICTS = (("Bani Hushaysh", "Sana'a"), ("Al-Mukha", "Taiz"), ("Abs", "Hajjah"))
V16_YE_ARABIC = (
    ("صنعاء", "شارع حدة", "جامع الصالح"),
    ("عدن", "كريتر", "مسجد العيدروس"),
    ("تعز", "شارع جمال", "مستشفى الثورة"),
)
V16_ER_PLACES = (
    ("Asmara", "Maekel", "Akria"),
    ("Asmara", "Maekel", "Godaif"),
    ("Keren", "Anseba", "Hagaz"),
    ("Mendefera", "Debub", "Adi Quala"),
    ("Massawa", "Northern Red Sea", "Tualud"),
)
V16_ER_TIGRINYA = (("ኣስመራ", "ማእከል"), ("ከረን", "ዓንሰባ"), ("መንደፈራ", "ደቡብ"))
V16_BI_COLLINES = (
    ("Gitongo", "Ngozi", "Ngozi"),
    ("Mutumba", "Gitega", "Gitega"),
    ("Rubirizi", "Mutimbuzi", "Bujumbura Rural"),
)
V16_BI_QUARTIERS = ("Rohero", "Kinindo", "Ngagara", "Kamenge", "Buyenzi")
V16_BI_AVENUES = ("avenue de l'Amitié", "avenue de la Mission", "8e avenue", "avenue du Large")
V16_BW_TOWNS = ("Gaborone", "Francistown", "Maun", "Lobatse")
V16_BW_WARDS = (
    ("Kgosing", "Mochudi"),
    ("Boseja", "Maun"),
    ("Ntsweng", "Molepolole"),
    ("Tsopeng", "Kanye"),
)
V16_LS_VILLAGES = (("Ha Abia", "Maseru"), ("Ha Foso", "Berea"), ("Mantšonyane", "Thaba-Tseka"))
V16_NA_ERVEN = (
    ("Katutura", "Windhoek"),
    ("Khomasdal", "Windhoek"),
    ("Kuisebmond", "Walvis Bay"),
    ("Mondesa", "Swakopmund"),
)
V16_NA_VILLAGES = (
    ("Onankali", "Oshikoto"),
    ("Okalongo", "Omusati"),
    ("Eenhana", "Ohangwena"),
    ("Oniipa", "Oshikoto"),
)
V16_SL_STREETS = (
    ("Wilkinson Road", "Freetown"),
    ("Kissy Road", "Freetown"),
    ("Dama Road", "Kenema"),
    ("Hospital Road", "Bo"),
)
V16_SL_VILLAGES = (
    ("Mapaki", "Kholifa Rowalla", "Tonkolili"),
    ("Tikonko", "Tikonko", "Bo"),
    ("Kpandebu", "Dama", "Kenema"),
)
V16_LR_PLACES = (
    "Sinkor, 12th Street, Monrovia",
    "Paynesville, Red Light",
    "New Kru Town, Monrovia",
    "Duport Road, Paynesville",
)
V16_PY_STREETS = (
    ("Tte. Fariña", "Brasil", "San Vicente", "Asunción"),
    ("Mcal. López", "Kubitschek", "Villa Morra", "Asunción"),
    ("Cerro Corá", "Iturbe", "Obrero", "Asunción"),
    ("Mcal. Estigarribia", "Carlos A. López", "Centro", "Encarnación"),
)
V16_PY_RURAL = (
    ("Potrero", "Caaguazú", "Caaguazú"),
    ("Ybytymí", "Paraguarí", "Paraguarí"),
    ("Loma Clavel", "Villeta", "Central"),
)
V16_HN_COLONIAS = (
    ("Kennedy", "Tegucigalpa"),
    ("Villa Olímpica", "Tegucigalpa"),
    ("Rivera Hernández", "San Pedro Sula"),
    ("Los Pinos", "Tegucigalpa"),
)
V16_HN_ALDEAS = (
    ("El Zamorano", "San Antonio de Oriente", "Francisco Morazán"),
    ("Las Flores", "Intibucá", "Intibucá"),
    ("Corralitos", "Santa Bárbara", "Santa Bárbara"),
)
V16_SV_COLONIAS = (
    ("Escalón", "San Salvador"),
    ("Zacamil", "Mejicanos"),
    ("Santa Lucía", "Ilopango"),
    ("Las Margaritas", "Soyapango"),
)
V16_SV_CANTONES = (
    ("El Tablón", "Concepción Quezaltepeque", "Chalatenango"),
    ("Los Naranjos", "Jujutla", "Ahuachapán"),
    ("San Juan Buenavista", "Nejapa", "San Salvador"),
)
V16_SR_STREETS = (
    ("Wanicastraat", "Paramaribo"),
    ("Kwattaweg", "Paramaribo"),
    ("Indira Gandhiweg", "Wanica"),
    ("Meursweg", "Nickerie"),
    ("Oost-Westverbinding", "Commewijne"),
)
V16_SR_VILLAGES = (
    ("Lelydorp", "Wanica"),
    ("Moengo", "Marowijne"),
    ("Tamanredjo", "Commewijne"),
    ("Pikin Slee", "Sipaliwini"),
)
V16_PG_SUBURBS = ("Boroko", "Gerehu Stage 2", "Waigani", "Tokarara", "Hohola")
V16_PG_VILLAGES = (
    ("Kainantu", "Kainantu", "EHP"),
    ("Banz", "North Wahgi", "Jiwaka"),
    ("Hanuabada", "Moresby North-West", "NCD"),
    ("Kerema", "Kerema", "Gulf Province"),
)
V16_PG_BOXES = ("Waigani", "Goroka", "Lae", "Mt Hagen", "Wewak")
V16_TL_PLACES = (
    ("Lahane Oriental", "Lahane Oriental", "Nain Feto", "Díli"),
    ("Becora", "Becora", "Cristo Rei", "Díli"),
    ("Fuiloro", "Fuiloro", "Lospalos", "Lautém"),
    ("Maubisse Vila", "Maubisse", "Maubisse", "Ainaro"),
)
V16_MV_HOUSES = (
    ("H", "Coral Villa", "Malé"),
    ("M", "Fehivina", "Malé"),
    ("Hdh", "Blue Moon", "Kulhudhuffushi"),
    ("S", "Ocean Breeze", "Hithadhoo"),
    ("Lh", "Sosunge", "Naifaru"),
)
V16_MV_MAGU = ("Majeedhee Magu", "Chandhanee Magu", "Ameenee Magu")
V16_SQ_STREETS = (
    ("Myslym Shyri", "Tiranë"),
    ("Sami Frashëri", "Tiranë"),
    ("Nëna Terezë", "Prishtinë"),
    ("Skënderbeu", "Durrës"),
    ("Ismail Qemali", "Vlorë"),
)
V16_SQ_VILLAGES = (("Zall-Herr", "Tiranë"), ("Përparim", "Elbasan"), ("Gjinoc", "Suharekë"))
V16_LU_STREETS = (
    ("rue de la Gare", "4123", "Esch-sur-Alzette"),
    ("rue de Hollerich", "1740", "Luxembourg"),
    ("rue Principale", "9530", "Wiltz"),
    ("Grand-Rue", "9050", "Ettelbruck"),
    ("route d'Arlon", "8009", "Strassen"),
)
V16_CA_STREETS = (
    ("C/ de Provença", "08008", "Barcelona"),
    ("C/ de Sant Antoni Maria Claret", "08025", "Barcelona"),
    ("C/ de la Riera", "08301", "Mataró"),
    ("C/ Major", "17800", "Olot"),
    ("Rambla de Ferran", "25007", "Lleida"),
)

# Clinical sentences: eponyms and blood-group, sign, score and instrument names that are family
# names in the lists above or earlier (Kell, Duffy, Kidd, Lewis, Bishop, Fitzpatrick, Wood, Moro,
# Guthrie, Weber, Rinne, Epley, Pons, Roca), classifications named after places (Paris, Prague,
# Los Angeles, Montreal, Rome, Boston, Berlin, Edinburgh, Bristol, Ottawa, Atlanta, Manchester),
# drugs and devices, beside numbers that are not PHI but look like dates, identifiers or ages:
# acuities and pressures with a slash, gravida and parity, gestations, fractions, titres, tooth
# numbers, doses, lab values with units, and values of 90 and more with their unit.
V16_EPONYM = (
    # Dialysis and nephrology.
    "Kt/V 1.38, URR 72%; Fresenius 5008S with an FX80 dialyser at Qb 350 mL/min.",
    "Brescia-Cimino fistula with a good thrill; Gore-Tex loop graft thrombosed in 2019.",
    "Permcath tip at the cavoatrial junction; Tesio lines removed.",
    "Dry weight 61.5 kg; interdialytic gain 3.2 kg; pre-dialysis BP 168/94.",
    "PET: D/P creatinine 0.81, high transporter; Icodextrin for the long dwell.",
    "Calciphylaxis; phosphate 2.41 mmol/L, PTH 96 pmol/L, cinacalcet 60 mg daily.",
    # Obstetrics and neonates.
    "G4P3, 38+4 weeks; Bishop score 8; Robson group 3; EFW 3,420 g on Hadlock.",
    "Naegele rule gives term at 40+0; dating scan CRL 62 mm.",
    "McRoberts and suprapubic pressure for 90 seconds; Woods screw not needed.",
    "Kleihauer 4 mL of fetal cells; anti-D 1500 IU given within 72 hours.",
    "Anti-Kell titre 1:32; anti-Duffy (Fya) and Kidd Jk(a) antibodies absent; Lewis a-b+.",
    "Kielland rotational forceps; Neville Barnes for the lift-out; EBL 900 mL.",
    "Couvelaire uterus at caesarean; Pfannenstiel incision; Joel-Cohen entry.",
    "Apgar 7/9/10; Ballard 36 weeks; Moro reflex symmetrical.",
    "Guthrie card repeated; bilirubin 287 umol/L at 62 hours, above the NICE line.",
    "Bell stage IIA NEC; Papile grade III IVH on the left; ROP stage 2 zone II.",
    "Edinburgh Postnatal Depression Scale 16/30; Mirena inserted at 6/52.",
    "Hegar dilator size 8; Cusco speculum; Sims position for the repair of a third-degree tear.",
    # Ophthalmology, ENT and dental.
    "VA 6/9 right, 6/36 left with pinhole 6/18; IOP 24/19 mmHg by Goldmann.",
    "Snellen 20/40 OU; Ishihara 14/17; Amsler grid distortion inferotemporally.",
    "Schirmer 4 mm at 5 minutes; Fuchs endothelial dystrophy with guttae.",
    "Descemet membrane endothelial keratoplasty; Bowman layer intact.",
    "Weber lateralises to the left; Rinne negative on the left; PTA 65 dB.",
    "Dix-Hallpike positive on the right; Epley manoeuvre performed twice.",
    "Tympanogram type B on the right; Grommet extruded; Eustachian tube dysfunction.",
    "Teeth 36 and 37 extracted; 11 and 21 crowned; BPE 4/3/4 2/3/3.",
    "Class II division 1 malocclusion; Miller grade 2 mobility of 31 and 41.",
    # Sleep, lungs and endoscopy.
    "AHI 34/h, ODI 28/h, SpO2 nadir 78%; Epworth 16/24; STOP-BANG 6.",
    "Berlin questionnaire high risk; ResMed AirSense 11 at 6-14 cmH2O.",
    "FEV1/FVC 0.58; FEV1 1.12 L (46% predicted); MRC dyspnoea 4.",
    "Los Angeles grade C oesophagitis; Prague C3M5; Paris 0-IIa polyp of 12 mm.",
    "Boston Bowel Preparation Scale 2-3-2; Rome IV criteria for IBS-D.",
    "Montreal A2 L3 B2; Harvey-Bradshaw index 9; calprotectin 940 ug/g.",
    "Forrest Ib ulcer treated with an OTSC clip; Rockall score 6.",
    "Atlanta classification: moderately severe pancreatitis; Balthazar E.",
    # Infection and public health.
    "GeneXpert MTB detected, rifampicin resistance not detected; Lowenstein-Jensen pending.",
    "Mantoux 14 mm at 72 hours; QuantiFERON positive; BCG scar present.",
    "Ziehl-Neelsen 2+; CD4 212 cells/mm3; viral load 98 copies/mL.",
    "Rice-water stools; Ringer lactate 100 mL/kg over 6 hours; Sabouraud agar negative.",
    "Sabin OPV and Salk IPV schedule; measles IgG 1:320.",
    "Widal O 1:160, H 1:320; Weil-Felix negative.",
    "Wood lamp shows coral-red fluorescence; Tzanck smear negative.",
    # Oncology.
    "Breslow 1.2 mm, Clark level IV, mitoses 3/mm2; pT2a N0 M0.",
    "60 Gy in 30 fractions to the breast with a 16 Gy boost; Varian TrueBeam.",
    "ECOG 1; Karnofsky 90%; RECIST 1.1 partial response.",
    "Krukenberg tumour of the right ovary; Sister Mary Joseph nodule.",
    "Ki-67 90%; Deauville 4 on interim PET; R-CHOP cycle 4 of 6.",
    "Oxaliplatin 85 mg/m2 and 5-FU 2400 mg/m2 over 46 hours; CEA 96 ug/L.",
    # Dermatology, rheumatology and orthopaedics.
    "Fitzpatrick skin type IV; Koebner phenomenon; Auspitz sign positive.",
    "Nikolsky sign positive; BSA 12%; SCORTEN 3.",
    "Heberden and Bouchard nodes; Dupuytren cord of the ring finger; Tubiana stage 2.",
    "Schober 3 cm; Beighton 6/9; DAS28-CRP 5.12; ANA 1:640 speckled.",
    "Gottron papules and heliotrope rash; CK 9,400 U/L; anti-Jo-1 positive.",
    "Raynaud phenomenon; nailfold capillaroscopy with giant loops.",
    "Lachman 2+; McMurray positive medially; Apley grind negative; Thessaly test at 20 degrees.",
    "Barlow and Ortolani negative; Graf type IIa hip; Pavlik harness for 6 weeks.",
    "Denis Browne bar; Ponseti casting for talipes; Pirani score 5.5.",
    "Kocher manoeuvre for the shoulder; Hill-Sachs lesion of 22%.",
    # Medicines and transfusion.
    "Hartmann's solution 1 L over 8 hours; Ryle tube on free drainage.",
    "Warfarin for a target INR of 2.5; INR 3.9 today; vitamin K 1 mg PO.",
    "Gentamicin 5 mg/kg; trough 0.9 mg/L; Hartford nomogram.",
    "Robinson drain removed; 2/52 wound check; 3/12 clinic review.",
    "Ferinject 1000 mg; ferritin 9 ug/L; TSAT 6%; haemoglobin 71 g/L.",
    "Irradiated, CMV-negative red cells; 2 units over 3 hours each; Hb 68 to 94 g/L.",
    "Insulin glargine 22 units; HbA1c 96 mmol/mol; Libre 2 readings 4.1-19.6 mmol/L.",
    # Neurology, geriatrics and rehabilitation.
    "Barthel 35/100; Waterlow 22; MUST 2; Rockwood clinical frailty scale 7.",
    "Berg balance 28/56; Timed Up and Go 31 s; Tinetti gait 6/12.",
    "4AT 6; AMTS 5/10; MoCA 17/30 with 1 point added.",
    "Modified Ashworth 2 at the elbow; Botox 100 units to biceps.",
    "Ottawa ankle rules negative; Canadian C-spine rule applied; Manchester triage yellow.",
    "Bristol stool type 6 three times a day; Rome IV; Movicol stopped.",
    "Small pontine infarct; the pons and medulla are otherwise normal on DWI.",
    "Wernicke-Korsakoff screen; Pabrinex I and II at 90 mL/h.",
    "Charcot foot with Eichenholtz stage 1; total contact cast.",
)  # fmt: skip

_V16_MONTHS = {
    "ca": (
        "gener",
        "febrer",
        "març",
        "abril",
        "maig",
        "juny",
        "juliol",
        "agost",
        "setembre",
        "octubre",
        "novembre",
        "desembre",
    ),
    "sq": (
        "janar",
        "shkurt",
        "mars",
        "prill",
        "maj",
        "qershor",
        "korrik",
        "gusht",
        "shtator",
        "tetor",
        "nëntor",
        "dhjetor",
    ),
    "lu": (
        "Januar",
        "Februar",
        "Mäerz",
        "Abrëll",
        "Mee",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "tpi": (
        "Janueri",
        "Februeri",
        "Mas",
        "Epril",
        "Me",
        "Jun",
        "Julai",
        "Ogas",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ),
    "pt": (
        "Janeiro",
        "Fevereiro",
        "Março",
        "Abril",
        "Maio",
        "Junho",
        "Julho",
        "Agosto",
        "Setembro",
        "Outubro",
        "Novembro",
        "Dezembro",
    ),
    "ky": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    "tm": (
        "ýanwar",
        "fewral",
        "mart",
        "aprel",
        "maý",
        "iýun",
        "iýul",
        "awgust",
        "sentýabr",
        "oktýabr",
        "noýabr",
        "dekabr",
    ),
    "ku": (
        "کانوونی دووەم",
        "شوبات",
        "ئازار",
        "نیسان",
        "ئایار",
        "حوزەیران",
        "تەممووز",
        "ئاب",
        "ئەیلوول",
        "تشرینی یەکەم",
        "تشرینی دووەم",
        "کانوونی یەکەم",
    ),
    "ti": (
        "ጥሪ",
        "ለካቲት",
        "መጋቢት",
        "ሚያዝያ",
        "ግንቦት",
        "ሰነ",
        "ሓምለ",
        "ነሓሰ",
        "መስከረም",
        "ጥቅምቲ",
        "ሕዳር",
        "ታሕሳስ",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
_V16_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Characters an OCR engine confuses: digits read as letters and letters as digits.
_V16_OCR = {
    "0": "O",
    "1": "l",
    "5": "S",
    "8": "B",
    "l": "1",
    "o": "0",
    "i": "l",
    "m": "rn",
    "S": "5",
}
_V16_BORN = frozenset(("dob", "ludob", "usdob", "yob"))


def _v16_person(rng: random.Random, groups: tuple[int, ...] = ()) -> tuple[str, str]:
    """A given and a family name of one culture (``groups``: the cultures to draw from)."""
    given = rng.choice(_V16_GROUPS[rng.choice(groups)][0]) if groups else rng.choice(V16_GIVEN)
    return given, rng.choice(_V16_GROUPS[_V16_GROUP_OF[given]][1])


def _v16_ocr(rng: random.Random, text: str) -> str:
    """``text`` as an OCR engine may read it: one or two characters confused."""
    spots = [i for i, c in enumerate(text) if c in _V16_OCR]
    out = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
        out[i] = _V16_OCR[text[i]]
    return "".join(out)


def _v16_local(rng: random.Random, locale: str, given: str, family: str) -> str:
    """A name written the way the forms of ``locale`` write it."""
    other = rng.choice(_V16_GROUPS[_V16_LOCALES.index(locale)][1])
    shapes: tuple[str, ...] = (f"{given} {family}", f"{family} {given}")
    if locale in ("bi", "sl", "na"):
        shapes = (f"{family.upper()} {given}", f"{given} {family}", f"{family} {given}")
    elif locale == "er":  # a given name and the father's name, sometimes the grandfather's
        shapes = (f"{given} {family}", f"{given} {family} {other}")
    elif locale == "ca":  # two family names joined by "i"
        shapes = (
            f"{given} {family} i {other}",
            f"{given} {family} {other}",
            f"{family} {other}, {given}",
        )
    elif locale in ("py", "hn"):
        shapes = (f"{given} {family} {other}", f"{family} {other}, {given}", f"{given} {family}")
    elif locale == "tl":
        shapes = (f"{given} {family}", f"{given} da Costa {family}", f"{given} {other} {family}")
    elif locale == "mv":
        shapes = (f"{given} {family}", f"{given} {family}".upper())
    elif locale == "lu":
        shapes = (f"{family.upper()} {given}", f"{given} {family}", f"{family}-{other} {given}")
    elif locale in ("ky", "tm"):
        shapes = (f"{family} {given}", f"{given} {family}", f"{family.upper()} {given.upper()}")
    elif locale == "sr":
        shapes = (f"{given} {family}", f"{family}, {given[0]}.", f"{family.upper()}, {given}")
    elif locale == "ye":
        shapes = (f"{given} {rng.choice(_V16_YE_GIVEN)} {family}", f"{given} {family}")
    return rng.choice(shapes)


def _v16_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in _V16_LOCALES:
        given, family = _v16_person(rng, (_V16_LOCALES.index(style),))
        return _v16_local(rng, style, given, family)
    if style in _V16_SCRIPTS:
        given, family = _v16_person(rng, (len(_V16_LATIN_GROUPS) + _V16_SCRIPTS.index(style),))
        return rng.choice((f"{given} {family}", f"{family} {given}"))
    if style == "nick":
        return rng.choice(V16_NICKNAMES)
    if style == "word":
        if rng.random() < 0.5:
            given = rng.choice(_V16_WORD_GIVEN)
            family = rng.choice(_V16_GROUPS[_V16_GROUP_OF[given]][1])
        else:
            family = rng.choice(_V16_WORD_FAMILY)
            given = rng.choice(_V16_GROUPS[_V16_GROUP_OF[family]][0])
        return rng.choice((f"{given} {family}", f"{family}, {given}", given))
    given, family = _v16_person(rng, tuple(range(len(_V16_LATIN_GROUPS))))
    ascii_given, ascii_family = _v8_ascii(given) or "x", _v8_ascii(family) or "x"
    if style == "comma":
        return rng.choice((f"{family}, {given}", f"{family.upper()}, {given}", f"{family},{given}"))
    if style == "caps":
        return rng.choice((f"{given} {family}".upper(), f"{family.upper()} {given.upper()}"))
    if style == "lower":
        return f"{given} {family}".lower()
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "familyu":
        return family.upper()
    if style == "sig":
        return rng.choice(
            (
                f"{given} {family}",
                f"{given[0]}. {family}",
                f"{family} {given[0]}.",
                f"{given[0]}.{rng.choice(up)}. {family}",
                f"{family.upper()} {given}",
            )
        )
    if style == "initials":
        return rng.choice(
            (
                f"{given[0]}{family[0]}",
                f"{given[0]}.{family[0]}.",
                f"{given[0]}{family[0]}{rng.choice(up)}",
            )
        )
    if style == "user":
        return rng.choice(
            (
                f"{ascii_given[0]}{ascii_family}",
                f"{ascii_family}{ascii_given[0]}{rng.randrange(1, 9)}",
                f"{ascii_given}.{ascii_family}",
                f"{ascii_family[:4]}{ascii_given[:3]}".upper(),
            )
        )
    if style == "pn":
        return rng.choice((f"{family}^{given}", f"{family.upper()}^{given.upper()}^^"))
    if style == "ub":
        return rng.choice(
            (f"{family.upper()}, {given.upper()}", f"{family.upper()} {given.upper()}")
        )
    if style == "ocr":
        return _v16_ocr(
            rng, rng.choice((f"{given} {family}", family, f"{family.upper()}, {given}"))
        )
    if style == "dict":  # as speech recognition writes it
        return rng.choice((f"{given} {family}".lower(), family.lower(), f"{given} {family}"))
    if style == "spell":  # spelled out letter by letter
        return rng.choice(("-".join(ascii_family.upper()), " ".join(ascii_family.upper())))
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    r = rng.random()
    if r < 0.06:
        return f"{given} ({rng.choice(V16_NICKNAMES)}) {family}"
    if r < 0.18:
        return family
    if r < 0.28:
        return f"{family}, {given}"
    if r < 0.36:
        return f"{given} {family}".upper()
    if r < 0.42:
        return f"{given[0]}. {family}"
    return f"{given} {family}"


def _v16_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    months = rng.randrange(1, 12)
    ar = str(n).translate(_V16_ARABIC_DIGITS)
    suffix = "th" if 10 < n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    russian = "год" if n % 10 == 1 and n != 111 else "года" if n % 10 in (2, 3, 4) else "лет"
    shapes = {
        "": (str(n),),
        "y": (f"{n} yrs", f"{n}yo", f"{n} y/o", f"{n}-year-old"),
        "ord": (f"{n}{suffix}",),
        "half": (f"{n}½", f"{n} ½", f"{n}.5"),
        "ym": (f"{n} yrs {months} mths", f"{n}y {months}m", f"{n} years and {months} months"),
        "ocr": (_v16_ocr(rng, str(n)) if set(str(n)) & set("0158") else str(n),),
        "ky": (f"{n} жашта", f"{n} жаш"),
        "ru": (f"{n} {russian}", f"{n} л."),
        "tm": (f"{n} ýaşly", f"{n} ýaşynda"),
        "ku": (f"{ar} ساڵ", f"{n} ساڵ", f"{n} sal"),
        "ar": (f"{ar} سنة", f"{ar} عاماً", f"{n} سنة"),
        "ti": (f"{n} ዓመት",),
        "fr": (f"{n} ans", f"{n} ans révolus"),
        "es": (f"{n} años", f"{n} a. {months} m."),
        "nl": (f"{n} jaar", f"{n} jr"),
        "tpi": (f"{n} krismas", f"{n} yia"),
        "tet": (f"{n} tinan", f"tinan {n}"),
        "dv": (f"{n} އަހަރު",),
        "sq": (f"{n} vjeç", f"{n} vjeçare"),
        "lu": (f"{n} Joer", f"{n} Joer al", f"{n} ans"),
        "ca": (f"{n} anys", f"{n} a."),
    }
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v16_date(rng: random.Random, style: str) -> str:
    if style in _V16_BORN:
        d = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    else:
        d = date(2015, 1, 1) + timedelta(days=rng.randrange(365 * 11))
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    en = _V8_MONTHS[d.month - 1]
    mon = en[:3]
    wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()]
    m = {key: names[d.month - 1] for key, names in _V16_MONTHS.items()}
    ca_de = "d'" if m["ca"][0] in "aeiou" else "de "
    hy = int((d.year - 622) * 33 / 32) + rng.choice((0, 1))
    hm, hd = rng.randrange(1, 13), rng.randrange(1, 30)
    hijri = f"{hd}/{hm:02d}/{hy}"
    plain = f"{d:%d/%m/%Y}"
    shapes = {
        "us": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year % 100:02d}"),
        "usdob": (f"{d:%m/%d/%Y}",),
        "eu": (plain, f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}"),
        "iso": (d.isoformat(),),
        "dmy": (f"{d.day} {en} {d.year}", f"{d.day} {mon} {d.year}"),
        "mdy": (f"{en} {d.day}, {d.year}", f"{mon} {d.day} {d.year}"),
        "dow": (f"{wd} {d.day}/{d.month}", f"{wd} {d.day} {mon}", f"{wd.upper()} {d:%d/%m}"),
        "stamp": (
            f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}",
            f"{d.isoformat()} {hh:02d}{mm:02d}",
            f"{d.day}-{mon}-{d.year} {hh:02d}:{mm:02d}",
        ),
        "clock": (f"{d:%d/%m/%y} {hh:02d}:{mm:02d}", f"{hh:02d}{mm:02d} {d:%d.%m.%y}"),
        "dob": (plain, f"{d:%d-%b-%Y}", f"{d:%m/%d/%Y}", d.isoformat()),
        "ludob": (f"{d:%d.%m.%Y}", f"{d.day}. {m['lu']} {d.year}"),
        "yob": (str(d.year), f"c. {d.year}"),
        "my": (f"{en} {d.year}", f"{d.month:02d}/{d.year}", f"{mon}-{d.year % 100:02d}"),
        "dial": (f"{wd} {d:%d/%m/%Y}", f"{d:%d/%m} ({wd}) shift 1", f"{d.isoformat()} AM"),
        "mar": (f"{d:%d/%m}", f"{d.day}-{mon}"),
        "psg": (
            f"{d:%d/%m/%Y}-{(d + timedelta(days=1)):%d/%m/%Y}",
            f"night of {d.day} {en} {d.year}",
        ),
        "mail": (
            f"{wd}, {d.day} {en} {d.year} {hh:02d}:{mm:02d}",
            f"{en} {d.day}, {d.year} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
        ),
        "unix": (
            f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z",
            str(int((d - date(1970, 1, 1)).days * 86400 + hh * 3600)),
        ),
        "ocr": (_v16_ocr(rng, plain), _v16_ocr(rng, f"{d:%d.%m.%Y}")),
        "dict": (
            f"{en.lower()} {_v12_ordinal(d.day)} {d.year}",
            f"the {_v12_ordinal(d.day)} of {en.lower()} {d.year}",
        ),
        "hijri": (
            f"{hijri} هـ",
            f"{hy}/{hm:02d}/{hd:02d}هـ",
            f"{hijri} هـ".translate(_V16_ARABIC_DIGITS),
        ),
        "ky": (f"{d:%d.%m.%Y}-ж.", f"{d.day}-{m['ky']} {d.year}-ж.", f"{d:%d.%m.%Y} г."),
        "tm": (f"{d:%d.%m.%Y} ý.", f"{d.day}-nji {m['tm']} {d.year}"),
        "ku": (
            f"{d.day}ی {m['ku']}ی {d.year}",
            f"{d:%Y/%m/%d}",
            f"{d:%d/%m/%Y}".translate(_V16_ARABIC_DIGITS),
        ),
        "er": (plain, f"{d.day} {m['ti']} {d.year}"),
        "bi": (plain, f"le {d.day} {m['fr']} {d.year}", f"{d.day}/{d.month}/{d.year % 100:02d}"),
        "es": (plain, f"{d.day} de {m['es']} de {d.year}", f"{d.day}-{m['es'][:3]}-{d.year}"),
        "nl": (f"{d:%d-%m-%Y}", f"{d.day} {m['nl']} {d.year}"),
        "tpi": (plain, f"{d.day} {m['tpi']} {d.year}"),
        "pt": (plain, f"{d.day} de {m['pt']} de {d.year}"),
        "sq": (f"{d:%d.%m.%Y}", f"{d.day} {m['sq']} {d.year}"),
        "lu": (f"{d:%d.%m.%Y}", f"{d.day}. {m['lu']} {d.year}", f"{d.day} {m['fr']} {d.year}"),
        "ca": (
            plain,
            f"{d.day} {ca_de}{m['ca']} {ca_de}{d.year}".replace(f"{ca_de}{d.year}", f"de {d.year}"),
        ),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    if not style:
        style = rng.choice(("us", "eu", "iso", "dmy", "stamp", "dob"))
    return rng.choice(shapes[style])


def _v16_geo(rng: random.Random, style: str) -> str:
    n, k = rng.randrange(1, 300), rng.randrange(1, 80)
    street, town, state, zip5 = rng.choice(V16_US_PLACES)
    us = f"{n} {street}, {town}, {state} {zip5}"
    ky_mkr, ky_city = rng.choice(V16_KY_LATIN)
    ky_v, ky_obl = rng.choice(V16_KY_VILLAGES)
    kc_mkr, kc_city = rng.choice(V16_KY_CYRILLIC)
    kc_v, kc_obl = rng.choice(V16_KY_CYR_VILLAGES)
    tm_v, tm_etrap, tm_prov = rng.choice(V16_TM_RURAL)
    ku_city, ku_q = rng.choice(V16_KU_PLACES)
    ku_camp, ku_gov = rng.choice(V16_KU_CAMPS)
    ckb_city, ckb_q = rng.choice(V16_KU_SORANI)
    ye_city, ye_street, ye_mark = rng.choice(V16_YE_PLACES)
    ye_dist, ye_gov = rng.choice(V16_YE_DISTRICTS)
    yar_city, yar_street, yar_mark = rng.choice(V16_YE_ARABIC)
    er_city, er_zone, er_sub = rng.choice(V16_ER_PLACES)
    ti_city, ti_zone = rng.choice(V16_ER_TIGRINYA)
    bi_col, bi_com, bi_prov = rng.choice(V16_BI_COLLINES)
    bw_ward, bw_village = rng.choice(V16_BW_WARDS)
    ls_village, ls_district = rng.choice(V16_LS_VILLAGES)
    na_sub, na_town = rng.choice(V16_NA_ERVEN)
    na_v, na_region = rng.choice(V16_NA_VILLAGES)
    sl_street, sl_town = rng.choice(V16_SL_STREETS)
    sl_v, sl_chiefdom, sl_district = rng.choice(V16_SL_VILLAGES)
    py_street, py_cross, py_barrio, py_city = rng.choice(V16_PY_STREETS)
    py_comp, py_town, py_dept = rng.choice(V16_PY_RURAL)
    hn_col, hn_city = rng.choice(V16_HN_COLONIAS)
    hn_aldea, hn_mun, hn_dept = rng.choice(V16_HN_ALDEAS)
    sv_col, sv_city = rng.choice(V16_SV_COLONIAS)
    sv_canton, sv_mun, sv_dept = rng.choice(V16_SV_CANTONES)
    sr_street, sr_district = rng.choice(V16_SR_STREETS)
    sr_v, sr_vd = rng.choice(V16_SR_VILLAGES)
    pg_v, pg_district, pg_prov = rng.choice(V16_PG_VILLAGES)
    tl_aldeia, tl_suco, tl_posto, tl_mun = rng.choice(V16_TL_PLACES)
    mv_atoll, mv_house, mv_island = rng.choice(V16_MV_HOUSES)
    sq_street, sq_city = rng.choice(V16_SQ_STREETS)
    sq_v, sq_mun = rng.choice(V16_SQ_VILLAGES)
    lu_street, lu_pc, lu_town = rng.choice(V16_LU_STREETS)
    ca_street, ca_pc, ca_city = rng.choice(V16_CA_STREETS)
    lu = f"{n}, {lu_street}, L-{lu_pc} {lu_town}"
    shapes = {
        "us": (us, f"{n} {street}", f"{town}, {state}"),
        "town": V16_TOWNS,
        "inst": V16_INSTITUTIONS,
        "dial": V16_DIALYSIS,
        "care": V16_CARE,
        "church": V16_CHURCHES,
        "jail": V16_JAILS,
        "ocr": (_v16_ocr(rng, us), _v16_ocr(rng, lu)),
        "dict": (f"{_v12_words(n % 99 + 1)} {street} {town}".lower(),),
        "ky": (
            f"g. {ky_city}, mkr. {ky_mkr}, d. {n}, kv. {k}",
            f"s. {ky_v}, {ky_obl}",
            f"g. Osh, ul. Kurmanjan Datka {n}",
        ),
        "kycyr": (
            f"г. {kc_city}, мкр. {kc_mkr}, үй {n}, кв. {k}",
            f"{kc_v} айылы, {kc_obl} облусу",
        ),
        "tm": (
            f"Aşgabat ş., {rng.choice(V16_TM_STREETS)}, {n}-nji jaý, {k}-nji öý",
            f"{tm_v} geňeşligi, {tm_etrap} etraby, {tm_prov} welaýaty",
        ),
        "ku": (f"{ku_city}, {ku_q}, Street {k}, House {n}", f"{ku_camp} camp, {ku_gov}"),
        "ckb": (f"{ckb_city}، گەڕەکی {ckb_q}، کۆڵانی {k}",),
        "ye": (f"{ye_city}, {ye_street}, near {ye_mark}", f"{ye_dist} district, {ye_gov}"),
        "yar": (f"{yar_city}، {yar_street}، جوار {yar_mark}",),
        "er": (
            f"{er_city}, Zone {er_zone}, Sub-zone {er_sub}, house no. {n}",
            f"{er_sub}, {er_city}",
        ),
        "ti": (f"{ti_city}፣ ዞባ {ti_zone}",),
        "bi": (
            f"colline {bi_col}, commune {bi_com}, province {bi_prov}",
            f"quartier {rng.choice(V16_BI_QUARTIERS)}, {rng.choice(V16_BI_AVENUES)} n° {k}, "
            "Bujumbura",
        ),
        "bw": (
            f"Plot {_digits(rng, 5)}, Block {rng.randrange(3, 10)}, {rng.choice(V16_BW_TOWNS)}",
            f"{bw_ward} ward, {bw_village}",
            f"{ls_village}, {ls_district} district",
        ),
        "na": (
            f"Erf {_digits(rng, 4)}, {na_sub}, {na_town}",
            f"{na_v} village, {na_region} region",
        ),
        "sl": (
            f"{n} {sl_street}, {sl_town}",
            f"{sl_v} village, {sl_chiefdom} chiefdom, {sl_district}",
            rng.choice(V16_LR_PLACES),
        ),
        "py": (
            f"{py_street} {n * 7} c/ {py_cross}, barrio {py_barrio}, {py_city}",
            f"Compañía {py_comp}, {py_town}, dpto. de {py_dept}",
        ),
        "hn": (
            f"Col. {hn_col}, bloque {k}, casa {n}, {hn_city}",
            f"aldea {hn_aldea}, {hn_mun}, {hn_dept}",
        ),
        "sv": (
            f"Col. {sv_col}, pje. {k}, #{n}, {sv_city}",
            f"cantón {sv_canton}, {sv_mun}, {sv_dept}",
        ),
        "sr": (f"{sr_street} {n}, {sr_district}", f"{sr_v}, {sr_vd}"),
        "pg": (
            f"Section {k}, Lot {n}, {rng.choice(V16_PG_SUBURBS)}, NCD",
            f"{pg_v} village, {pg_district}, {pg_prov}",
        ),
        "pgbox": (f"PO Box {_digits(rng, 4)}, {rng.choice(V16_PG_BOXES)}",),
        "tl": (
            f"Aldeia {tl_aldeia}, Suco {tl_suco}, Posto {tl_posto}, {tl_mun}",
            f"Suco {tl_suco}, {tl_mun}",
        ),
        "mv": (
            f"{mv_atoll}. {mv_house}, {mv_island}",
            f"{mv_house}, {rng.choice(V16_MV_MAGU)}, Malé",
        ),
        "sq": (
            f"Rr. {sq_street}, Pall. {k}, Shk. {rng.randrange(1, 5)}, Ap. {n}, {sq_city}",
            f"fshati {sq_v}, {sq_mun}",
        ),
        "lu": (lu, f"L-{lu_pc} {lu_town}"),
        "ca": (
            f"{ca_street}, {n}, {rng.randrange(1, 8)}r {rng.randrange(1, 5)}a, {ca_pc} {ca_city}",
            f"{ca_street}, {n}, {ca_pc} {ca_city}",
        ),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    if not style:
        style = rng.choice(("us", "town", "inst", "lu", "ca", "bw", "sl"))
    return rng.choice(shapes[style])


def _v16_phone(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    area = rng.choice(("218", "956", "620", "304", "906", "863"))
    us = f"({area}) {rng.randrange(2, 10)}{d(2)}-{d(4)}"
    shapes = {
        "us": (us, f"{area}-{rng.randrange(2, 10)}{d(2)}-{d(4)}"),
        "ext": (f"{us} x{d(4)}", f"{us} ext {d(3)}"),
        "e164": (
            f"+1{area}{rng.randrange(2, 10)}{d(6)}",
            f"+996{rng.choice(('555', '700', '772'))}{d(6)}",
            f"+267{rng.choice('7')}{d(7)}",
            f"+352{rng.choice(('621', '661', '691'))}{d(6)}",
        ),
        "ocr": (_v16_ocr(rng, us),),
        "ky": (
            f"+996 {rng.choice(('555', '700', '772'))} {d(3)} {d(3)}",
            f"0(312) {d(2)}-{d(2)}-{d(2)}",
            f"0{rng.choice(('555', '700'))} {d(6)}",
        ),
        "tm": (f"+993 6{rng.randrange(1, 6)} {d(6)}", f"8 (12) {d(2)}-{d(2)}-{d(2)}"),
        "ku": (f"+964 750 {d(3)} {d(4)}", f"0770 {d(3)} {d(4)}", f"0750{d(7)}"),
        "ye": (f"+967 7{rng.choice('1378')} {d(3)} {d(4)}", f"01 {d(6)}"),
        "er": (f"+291 7 {d(6)}", f"07-{d(6)}", f"01 {d(2)} {d(2)} {d(2)}"),
        "bi": (f"+257 79 {d(2)} {d(2)} {d(2)}", f"22 {d(2)} {d(2)} {d(2)}"),
        "bw": (
            f"+267 7{rng.randrange(1, 8)} {d(3)} {d(3)}",
            f"7{rng.randrange(1, 8)}{d(6)}",
            f"+266 5{d(3)} {d(4)}",
        ),
        "na": (f"+264 81 {d(3)} {d(4)}", f"081 {d(3)} {d(4)}", f"061-{d(6)}"),
        "sl": (f"+232 76 {d(6)}", f"076-{d(3)}-{d(3)}", f"+231 77 {d(3)} {d(4)}", f"088{d(7)}"),
        "py": (f"+595 981 {d(6)}", f"(0981) {d(3)} {d(3)}", f"(021) {d(3)} {d(3)}"),
        "hn": (
            f"+504 9{d(3)}-{d(4)}",
            f"9{d(3)}-{d(4)}",
            f"2{d(3)}-{d(4)}",
            f"+503 7{d(3)}-{d(4)}",
        ),
        "sr": (f"+597 8{d(2)}-{d(4)}", f"8{d(6)}", f"4{d(5)}"),
        "pg": (f"+675 7{d(3)} {d(4)}", f"7{d(3)} {d(4)}", f"325 {d(4)}"),
        "tl": (f"+670 77{d(2)} {d(4)}", f"77{d(6)}", f"+670 331 {d(4)}"),
        "mv": (f"+960 7{d(2)}-{d(4)}", f"7{d(6)}", f"33{d(5)}"),
        "sq": (
            f"+355 69 {d(3)} {d(4)}",
            f"069 {d(2)} {d(2)} {d(3)}",
            f"+383 44 {d(3)} {d(3)}",
            f"044/{d(3)}-{d(3)}",
        ),
        "lu": (
            f"+352 621 {d(3)} {d(3)}",
            f"(+352) 26 {d(2)} {d(2)} {d(2)}",
            f"4411-{d(4)}",
            f"00352 691 {d(3)} {d(3)}",
        ),
        "ca": (f"+34 93 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"93{d(7)}"),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    if not style:
        style = rng.choice(("us", "e164", "lu", "ca", "sl", "bw"))
    return rng.choice(shapes[style])


def _v16_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v16 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        """A shape of ``style``; without one, the plain shapes ("") or, if none, any."""
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        key = style or ("" if "" in shapes else rng.choice(list(shapes)))
        return rng.choice(shapes[key])

    if kind == "NAME":
        return _v16_name(rng, style)
    if kind == "AGE":
        return _v16_age(rng, style)
    if kind == "DATE":
        return _v16_date(rng, style)
    if kind == "GEO":
        return _v16_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v16_phone(rng, style)
    born = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    yy, mm, dd = born.year % 100, born.month, born.day
    yy2 = rng.randrange(15, 27)
    given, family = _v16_person(rng, tuple(range(len(_V16_LATIN_GROUPS))))
    g, f = _v8_ascii(given) or "pt", _v8_ascii(family) or "pt"
    token = "".join(rng.choice(alnum.lower() + "_-") for _ in range(rng.choice((11, 19, 28))))
    if kind == "EMAIL":
        domain = rng.choice(
            (
                "gmail.com",
                "yahoo.com",
                "pt.lu",
                "btc.bw",
                "tigo.com.py",
                "hotmail.es",
                "sierratel.sl",
                "telecom.tl",
                "live.nl",
            )
        )
        return pick(
            {
                "": (
                    f"{g}.{f}@{domain}",
                    f"{f}{g[0]}{rng.randrange(1, 99)}@{domain}",
                    f"{g}{yy:02d}@{domain}".upper(),
                ),
                "work": (
                    f"{g}.{f}@chl.lu",
                    f"{g[0]}{f}@gov.bw",
                    f"{f}.{g}@santpau.cat",
                    f"{g}.{f}@health.gov.mv",
                    f"{g[0]}.{f}@msf.org",
                    f"{f}{g[0]}@pomgen.gov.pg",
                ),
                "plus": (f"{g}.{f}+clinic@gmail.com", f"{f}+{d(3)}@outlook.com"),
            },
            "EMAIL",
        )
    if kind == "SSN":
        return pick(
            {
                "": (f"{d(3)}-{d(2)}-{d(4)}",),
                "ky": (f"{rng.choice('12')}{dd:02d}{mm:02d}{born.year}{d(5)}",),
                "tm": (f"I-AŞ {d(6)}", f"I-{rng.choice(('LB', 'MR', 'DZ', 'BN'))} {d(6)}"),
                "iq": (d(12), f"{d(4)} {d(4)} {d(4)}"),
                "er": (f"{d(6)}", f"ER-{d(7)}"),
                "bi": (f"{d(3)}.{d(4)}/{rng.randrange(1990, 2020)}", f"N° {d(4)}/{d(3)}.{d(3)}"),
                "bw": (
                    f"{d(4)}{rng.choice('12')}{d(4)}",
                    f"{d(3)} {d(3)} {rng.choice('12')}{d(2)}",
                ),
                "na": (f"{yy:02d}{mm:02d}{dd:02d}{d(5)}",),
                "sl": (f"{letters(3)}{d(5)}", f"SL-{d(8)}"),
                "py": (f"{rng.randrange(1, 9)}.{d(3)}.{d(3)}", f"{rng.randrange(1, 9)}{d(6)}"),
                "hn": (
                    f"0{rng.randrange(1, 10)}{d(2)}-{born.year}-{d(5)}",
                    f"0801{born.year}{d(5)}",
                ),
                "sv": (f"{d(8)}-{d(1)}",),
                "sr": (f"FB{d(6)}", f"{letters(2)}{d(6)}"),
                "tl": (d(9), f"{d(3)}-{d(3)}-{d(3)}"),
                "mv": (f"A{d(6)}", f"A{d(6)}".lower()),
                "sq": (
                    f"{rng.choice('IJ')}{yy % 10}{(mm + rng.choice((0, 50))):02d}{dd:02d}"
                    f"{d(3)}{letters(1)}",
                    f"{d(10)}",
                ),
                "lu": (
                    f"{born.year}{mm:02d}{dd:02d}{d(5)}",
                    f"{born.year} {mm:02d} {dd:02d} {d(3)} {d(2)}",
                ),
                "pass": (f"{letters(1)}{d(7)}", f"{letters(2)}{d(7)}"),
            },
            "SSN",
        )
    if kind == "MRN":
        return pick(
            {
                "": (d(7), f"{d(3)}-{d(3)}-{d(2)}", f"H{d(8)}"),
                "dial": (f"HD-{d(4)}", f"{yy2}/{d(3)}"),
                "tb": (f"{d(3)}/{2000 + yy2}", f"TB-{rng.choice(('WU', 'KEN', 'BO'))}-{d(4)}"),
                "ky": (f"{d(4)}/{rng.randrange(100, 999)}", f"{d(5)}"),
                "ye": (f"{d(5)}/{2000 + yy2}", d(6)),
                "ca": (d(7), f"{d(8)}"),
                "ocr": (_v16_ocr(rng, d(8)),),
            },
            "MRN",
        )
    if kind == "HEALTH_PLAN":
        mbi = (
            f"{rng.randrange(1, 10)}{letters(1)}{rng.choice(alnum)}{d(1)}-{letters(1)}"
            f"{rng.choice(alnum)}{d(1)}-{letters(2)}{d(2)}"
        )
        return pick(
            {
                "": (f"{letters(3)}{d(9)}", d(10)),
                "mbi": (mbi,),
                "ca": (
                    f"{f[:2].upper()}{g[:2].upper()}{yy:02d}{mm:02d}{dd:02d}0{d(2)}",
                    f"{f[:2].upper()}{g[:2].upper()} {yy:02d}{mm:02d}{dd:02d}0{d(2)}",
                ),
                "py": (f"IPS {d(7)}", d(7)),
                "sv": (f"{d(9)}", f"ISSS-{d(8)}"),
                "bw": (f"BOMAID {d(6)}-0{rng.randrange(1, 5)}", f"PULA {d(7)}"),
                "mv": (f"A{d(6)}",),
            },
            "HEALTH_PLAN",
        )
    if kind == "ACCOUNT":
        return pick(
            {
                "birth": (f"{d(3)}/{2000 + yy2}", f"B{d(5)}"),
                "nbs": (f"{d(2)}-{d(6)}", f"NBS{d(7)}"),
                "icvp": (f"YF{d(6)}", f"{d(4)}/{yy2}"),
                "vaers": (f"{d(7)}-1", d(7)),
                "sea": (f"{letters(1)}{d(6)}", f"SL{d(5)}"),
                "emp": (f"E{d(5)}", d(6)),
                "booking": (f"{2000 + yy2}{d(6)}", f"BK-{d(7)}"),
                "court": (f"{yy2}-PR-{d(5)}", f"{2000 + yy2}-GDN-{d(4)}"),
                "pnr": ("".join(rng.choice(up) for _ in range(6)),),
                "ll": (f"OB{yy2}-{d(3)}",),
                "isbt": (f"G{d(4)} {yy2} {d(6)}", f"=G{d(4)}{yy2}{d(6)}00"),
                "xm": (f"XM{d(6)}", f"{yy2}B{d(5)}"),
                "trial": (f"{rng.randrange(101, 140)}-{d(4)}", f"LU-{d(3)}-{d(3)}"),
                "iban": (
                    f"LU{d(2)} {d(3)}{d(1)} {d(4)} {d(4)} {d(4)}",
                    f"ES{d(2)} {d(4)} {d(4)} {d(2)} {d(10)}",
                    f"AL{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(4)}",
                    f"XK05 {d(4)} {d(4)} {d(4)} {d(4)}",
                ),
                "inv": (f"001-001-{d(7)}", f"F{2000 + yy2}/{d(5)}"),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        return pick(
            {
                "": (f"{letters(1)}{d(6)}",),
                "col": (f"08{d(5)}", f"{d(5)}", f"25/{d(4)}"),
                "lu": (f"{d(6)}-{d(2)}",),
                "py": (d(5), f"{d(4)}/{yy2}"),
                "goc": (f"01-{d(5)}",),
                "sea": (f"AMD-{d(4)}", f"{letters(2)}{d(4)}"),
                "badge": (d(4), f"#{d(5)}"),
                "pg": (f"{d(4)}", f"MBBS-{d(4)}"),
            },
            "LICENSE",
        )
    if kind == "VEHICLE":
        return pick(
            {
                "": (f"{letters(3)} {d(3)}", f"{d(1)}{letters(3)}{d(3)}"),
                "bw": (f"B {d(3)} {letters(3)}", f"B{d(3)}{letters(3)}"),
                "lu": (f"{letters(2)} {d(4)}", f"{letters(2)}{d(4)}"),
                "ky": (f"01KG {d(3)} {letters(3)}", f"0{rng.randrange(1, 9)} {d(3)} {letters(2)}"),
                "ca": (f"{d(4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",),
            },
            "VEHICLE",
        )
    if kind == "DEVICE":
        return pick(
            {
                "dial": (f"SN {d(1)}{letters(4)}{d(3)}", f"{d(4)}{letters(1)}{d(5)}"),
                "cycler": (f"CL{d(7)}", f"{d(2)}{letters(2)}{d(6)}"),
                "mask": (f"RT-{d(5)}", f"M{yy2}-{d(4)}"),
                "iol": (f"{d(8)}{d(3)}", f"{letters(2)}{d(8)}"),
                "ha": (f"{d(4)}{letters(1)}{d(4)}", f"{d(10)}"),
                "ci": (f"{letters(1)}{d(7)}", f"{d(6)}-{d(3)}"),
                "cpap": (f"2{d(10)}", f"{letters(1)}{d(9)}"),
                "scope": (f"{d(7)}", f"2{letters(1)}{d(6)}"),
                "oxy": (f"{letters(2)}{d(8)}", f"{d(3)}-{d(5)}"),
                "asset": (f"EQ-{d(6)}", f"{letters(3)}{d(5)}"),
            },
            "DEVICE",
        )
    if kind == "URL":
        return pick(
            {
                "cloud": (
                    f"https://airview.example-sleep.com/patients/{d(8)}",
                    f"https://carelink.example-device.eu/p/{token}",
                ),
                "jitsi": (f"https://meet.jit.si/Clinic-{f}-{d(4)}", f"https://doxy.me/dr{f}{d(2)}"),
                "drive": (
                    f"https://drive.google.com/file/d/{token}/view",
                    f"https://www.dropbox.com/s/{token[:15]}/{f}_{g}.pdf?dl=0",
                ),
                "ig": (f"https://www.instagram.com/{g}.{f}{d(2)}/", f"instagram.com/{f}_{g}"),
            },
            "URL",
        )
    if kind == "IP":
        v4 = rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"158.64.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"41.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            )
        )
        return pick(
            {
                "": (v4,),
                "port": (f"{v4}:{rng.choice((8080, 443, 2575))}",),
                "v6": (
                    f"2a02:{rng.randrange(4096, 65536):x}:{rng.randrange(65536):x}::"
                    f"{rng.randrange(1, 65536):x}",
                ),
            },
            "IP",
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v17 lists: the held-out row (seed ``V17_SEED``), written and committed before any change made
# from the v16 row's misses and not run against the scrubber. Templates: fertility, donor-milk and
# adoption records; immigration, refugee, pilgrimage and travel papers; medical-examiner, autopsy,
# cremation, funeral and tissue-donation forms; occupational, aviation, diving, sports, disability
# and workers' compensation forms; poison-centre, methadone and syringe-service records; pharmacy
# labels, adverse-event and device-recall notices; explanations of benefits, prior authorisations,
# release-of-information logs and claims; registry, biobank, screening-log, pharmacogenomic and
# stem-cell donor records; protective services referrals; nursing handovers, radiology requests,
# referral faxes and lab slips; telehealth chats, voicemail and pager text, speech recognition and
# OCR errors, HL7 and FHIR lines; and letters, cards and forms of countries and peoples the earlier
# lists use little, in their languages and scripts, several of them bilingual.
V17_SEED = 20280130
V17_TEMPLATES = (
    # Fertility, donor milk and adoption.
    "EMBRYOLOGY LAB SHEET\nFemale partner: {NAME:comma}   DOB {DATE:adult}   Cycle {ACCOUNT:ivf}\n"
    "Male partner: {NAME:comma}\nOocyte retrieval {DATE:eu}; witnessed {NAME:initials} / "
    "{NAME:initials}\nIncubator {DEVICE:incub}, chamber 3",
    "Sperm donor {ACCOUNT:donor}: screening visit {DATE:us} at {GEO:inst}; karyotype 46,XY; "
    "donor coordinator {NAME:sig}, {PHONE:ext}.",
    "Gestational carrier {NAME} of {GEO:us}; intended parents {NAME} and {NAME}; embryo transfer "
    "{DATE:mdy}; agency counsel {EMAIL:work}.",
    "Donor milk bank: pool {ACCOUNT:milk} from donor {NAME:initials} expressed {DATE:eu}; "
    "recipient baby of {NAME:br}, cot 4.",
    "Home birth notification: {NAME:gu} delivered at {GEO:gu} on {DATE:ch}, attended by midwife "
    "{NAME:sig} (licence {LICENSE:mw}); father {NAME:gu}, {PHONE:gu}.",
    "ADOPTION MEDICAL REPORT\nChild: {NAME:caps}   DOB {DATE:kid}   Case {ACCOUNT:adopt}\n"
    "Prospective adopters: {NAME} and {NAME}, {GEO:us}\nSocial worker: {NAME:sig}, {PHONE:us}",
    # Immigration, refugee, pilgrimage and travel.
    "FORM I-693 - REPORT OF IMMIGRATION MEDICAL EXAMINATION\nApplicant: {NAME:ub}   A-Number: "
    "{SSN:anum}\nDate of birth: {DATE:usdob}\nCivil surgeon: {NAME:sig}, {GEO:us}, {PHONE:us}",
    "Overseas medical examination for {NAME:kr}, UNHCR case {ACCOUNT:unhcr}, of {GEO:kr}; TB class "
    "B1, follow-up on arrival in {GEO:us}.",
    "Refugee health intake {DATE:us}: {NAME:kr}, {AGE:y}, arrived from {GEO:kr} on {DATE:us};\n"
    "S'gaw Karen interpreter {NAME:kr}, {PHONE:us}.",
    "Hajj health certificate: {NAME:ha}, passport {SSN:pass}, meningococcal ACWY given {DATE:ha} "
    "at {GEO:ha}; signed Dr {NAME:ha}, MDCN {LICENSE:mdcn}.",
    "MEDICO-LEGAL REPORT\nClient: {NAME:ug}, formerly of {GEO:ug} (interviewed through "
    "{NAME:ug})\nHome Office ref.: {ACCOUNT:ho}\nExamined {DATE:dmy} at {GEO:town}",
    "Travel insurance claim {ACCOUNT:claim}: {NAME}, policy {HEALTH_PLAN:travel}, admitted to "
    "{GEO:inst} on {DATE:dmy}; repatriation {DATE:dmy}; assistance desk {PHONE:e164}.",
    "Passenger locator form at {GEO:port}: {NAME:caps}, passport {SSN:pass}, seat 23C, arrived "
    "{DATE:stamp}; staying at {GEO}; {PHONE:e164}.",
    # Death, autopsy, cremation, funeral and donation.
    "MEDICAL EXAMINER CASE {ACCOUNT:me}\nDecedent: {NAME:ub}   Age: {AGE}   Sex: F\nResidence: "
    "{GEO:us}\nPronounced {DATE:stamp} by {NAME:sig}\nNext of kin: {NAME} ({PHONE:us})",
    "Cremation form 4: the deceased, {NAME}, aged {AGE}, of {GEO:town}; I last saw her alive on "
    "{DATE:dmy}. Signed {NAME:sig}, GMC {LICENSE:gmc}.",
    "Release of remains: {NAME:caps} ({AGE:y}) released to {GEO:funeral} on {DATE:us}; director "
    "{NAME:sig}, licence {LICENSE:fd}; family contact {NAME:given}, {PHONE:us}.",
    "Eye bank referral {ACCOUNT:tissue}: donor {NAME}, {AGE}, died {DATE:stamp} at {GEO:inst}; "
    "corneas recovered by {NAME:sig}; consent from her grandson {NAME:given} ({PHONE}).",
    "AUTOPSY REPORT {ACCOUNT:me}\nName: {NAME:caps}   Age: {AGE}   DOB: {DATE:dob}\nPlace of "
    "death: {GEO:us}\nIdentified by {NAME} (daughter) from driver licence {LICENSE:dl}\n"
    "Pathologist: {NAME:sig}",
    "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ серия {ACCOUNT:rudeath}\nФ.И.О. умершей: {NAME:ttcyr}\n"
    "Дата рождения: {DATE:rudob}   Дата смерти: {DATE:ru}\nМесто жительства: {GEO:ttcyr}\n"
    "СНИЛС: {SSN:snils}",
    # Occupational, aviation, diving, sports and disability.
    "Aviation medical: {NAME:comma}, MID {ACCOUNT:faa}, pilot certificate {LICENSE:pilot}; "
    "examined {DATE:us} by AME {NAME:sig} at {GEO:us}.",
    "Dive medical: {NAME}, of {GEO:gu}, fit to dive from {DATE:eu}; dive shop {EMAIL:work}; "
    "emergency contact {NAME:given}, {PHONE:gu}.",
    "Sports physical: {NAME:given} {NAME:family}, student ID {ACCOUNT:school}; parent {NAME}, "
    "{PHONE:us}; cleared {DATE:us} by {NAME:sig}.",
    "EMPLOYER'S FIRST REPORT OF INJURY\nEmployee: {NAME:ub}   SSN: {SSN}   DOB: {DATE:adult}\n"
    "Work site: {GEO:us}\nClaim {ACCOUNT:wc}   Injured {DATE:us}\nTreating: {NAME:sig}, NPI "
    "{LICENSE:npi}",
    "Disability assessment {ACCOUNT:dis}: {NAME}, {AGE:y}, of {GEO:town}; assessor {NAME:sig}; "
    "reassess {DATE:my}.",
    # Poison centre, methadone and syringe services.
    "POISON CENTRE CALL {ACCOUNT:pcc}\nCaller: {NAME} (granddaughter), {PHONE}\nPatient: "
    "{NAME:given}, {AGE}, at {GEO:us}\nTime of ingestion: {DATE:clock}\nAdvice: ED by ambulance "
    "{VEHICLE:amb}",
    "Methadone dosing: {NAME:caps}, client {ACCOUNT:otp}, 90 mg given at {DATE:clock} by "
    "{NAME:initials}; take-home lockbox {DEVICE:lockbox}.",
    "Syringe services visit {DATE:us}: participant code {ACCOUNT:ssp} ({NAME:initials}, born "
    "{DATE:yob}); naloxone kit given from van {VEHICLE:us}.",
    "Opioid treatment transfer: {NAME:comma}, DOB {DATE:adult}, of {GEO:us}; last dose {DATE:us}; "
    "faxed to {FAX:us}, attn. {NAME:sig}.",
    # Pharmacy labels, adverse events and device recalls.
    "Rx {ACCOUNT:rx}   {NAME:ub}\nTAKE 1 TABLET BY MOUTH TWICE DAILY\nMETFORMIN 500 MG TAB  QTY "
    "60\nDr. {NAME:sig}   Filled {DATE:us}\n{GEO:pharm}   {PHONE:us}",
    "SPD semana do {DATE:gl}: {NAME:gl}, {GEO:gl}; farmacéutica {NAME:gl}, n.º col. "
    "{LICENSE:gl}.",
    "MedWatch 3500A: patient {NAME:initials}, age {AGE}; event {DATE:us}; reporter {NAME:sig}, "
    "{EMAIL:work}, {PHONE:us}; insulin pump {DEVICE:pump}.",
    "Recall notice: your hip implant (serial {DEVICE:hip}, implanted {DATE:mdy} at {GEO:inst}) is "
    "affected; call {PHONE:us} or visit {URL:recall}. Patient: {NAME}.",
    "処方箋\n患者氏名: {NAME:okja}   生年月日: {DATE:jadob}\n保険者番号: {HEALTH_PLAN:ja}\n"
    "住所: {GEO:okja}\n医師: {NAME:okja}",
    # Claims, authorisations and release of information.
    "EXPLANATION OF BENEFITS\nMember: {NAME:ub}   Member ID: {HEALTH_PLAN}\nClaim {ACCOUNT:claim}"
    "   Service date {DATE:us}\nProvider: {GEO:inst}\nYou may owe: $142.18",
    "Prior authorization: {NAME:comma}, DOB {DATE:usdob}, Medicaid {HEALTH_PLAN:medicaid}; "
    "requested by {NAME:sig}, NPI {LICENSE:npi}; fax {FAX:us}.",
    "Release of information log\nDate\tRequester\tPatient\tMRN\n{DATE:us}\t{NAME:sig} (attorney)\t"
    "{NAME:comma}\t{MRN}\n{DATE:us}\tSSA disability office\t{NAME:comma}\t{MRN}",
    "Authorization: I, {NAME}, allow {GEO:inst} to release my records to {NAME} at {EMAIL}; "
    "expires {DATE:mdy}. Witness {NAME:initials}.",
    "Appeal of claim {ACCOUNT:claim} (member ID {HEALTH_PLAN}, service {DATE:us}) filed by her "
    "daughter {NAME} through {URL:portal}.",
    "Feuille de soins : {NAME:br}, NIR {SSN:nir} ; médecin {NAME:br}, RPPS {LICENSE:rpps} ; "
    "{GEO:br} ; le {DATE:fr}.",
    "被保険者証\n氏名: {NAME:okja}   生年月日: {DATE:jadob}\n記号・番号: {HEALTH_PLAN:ja}\n"
    "住所: {GEO:okja}",
    "PM-JAY card: {NAME:sat}, ABHA {HEALTH_PLAN:abha}, Aadhaar {SSN:aadhaar}, {GEO:sat}; family "
    "ID {ACCOUNT:pmjay}.",
    # Registries, biobanks, research and donors.
    "CANCER REGISTRY ABSTRACT\nAccession {ACCOUNT:reg}   Name: {NAME:ub}   SSN: {SSN}\nAddress at "
    "diagnosis: {GEO:us}\nDiagnosed {DATE:us}   Managing physician: {NAME:sig}",
    "Biobank consent v4.2: participant {NAME}, sample {ACCOUNT:bio}, signed {DATE:iso}; recontact "
    "by {EMAIL} or {PHONE}.",
    "Screening log\nscreen_no,initials,date,eligible\n{ACCOUNT:scr},{NAME:initials},{DATE:iso},N\n"
    "{ACCOUNT:scr},{NAME:initials},{DATE:iso},Y",
    "PHARMACOGENOMIC REPORT\nPatient: {NAME:comma}   DOB: {DATE:dob}   Specimen: {ACCOUNT:pgx}\n"
    "Ordered by {NAME:sig}, {GEO:inst}\nReported {DATE:stamp}",
    "Stem cell donor {ACCOUNT:hla} ({NAME:rm}, {GEO:rm}) is a 10/10 match; work-up {DATE:de}; "
    "coordinator {EMAIL:work}.",
    "Apheresis: {NAME:ce} on cell separator {DEVICE:apher} since {DATE:clock}; her husband "
    "{NAME:ce} waits in car {VEHICLE:at}.",
    # Protective services.
    "ADULT PROTECTIVE SERVICES REPORT {ACCOUNT:aps}\nAlleged victim: {NAME}, {AGE}, {GEO:us}\n"
    "Alleged perpetrator: {NAME} (grandson), {PHONE:us}\nReporter: {NAME:sig}, {DATE:stamp}",
    "Child protection referral: baby {NAME:family} (born {DATE:kid}), mother {NAME:gu}, of "
    "{GEO:gu}; referred by {NAME:sig} on {DATE:dmy}.",
    # Nursing handover, radiology requests, referral faxes and lab slips.
    "SBAR 19:00\nS: {NAME:caps}, bed 14, {AGE}\nB: lives alone at {GEO:us}; NOK {NAME}, {PHONE:us}"
    "\nA: NEWS2 5\nR: medical review; bleep {PHONE:pager}",
    "RADIOLOGY REQUEST: CT head without contrast\nPatient: {NAME:comma}   MRN {MRN}   DOB "
    "{DATE:dob}\nRequester: {NAME:sig}, bleep {PHONE:pager}\nTransport: wheelchair {DEVICE:wc}",
    "REFERRAL FAX\nTo: {GEO:inst}   Fax: {FAX}\nFrom: {NAME:sig}   Fax: {FAX}\nRe: {NAME}, "
    "{AGE:y}, of {GEO}\nPages: 4",
    "LAB SLIP\n{NAME:ub}   {DATE:dob}   {MRN}\nCollected {DATE:clock} by {NAME:initials}\nTests: "
    "CBC, BMP, Mg\nBill to: {HEALTH_PLAN}",
    # Chats, voicemail, pager and portal text.
    "[{DATE:chat}] {NAME:chat}: hi doctor, my grandmother {NAME:given} is {AGE} and her legs are "
    "swollen\n[{DATE:chat}] Dr {NAME:family}: please send a photo to {EMAIL:work}",
    "Voicemail ({DATE:mail}, from {PHONE}): 'hi this is {NAME:dict} calling about my mom "
    "{NAME:dict} she was discharged from {GEO:dict} please call me back'",
    "PAGE {PHONE:pager} {DATE:clock}: pt {NAME:familyu} bed 12 K 6.3 pls call {PHONE:ext} "
    "-{NAME:initials}",
    "Portal message from {NAME:comma} ({EMAIL:plus}, {IP}), {DATE:mail}: 'new address {GEO:us}, "
    "new phone {PHONE:us}'",
    "Tin nhắn Zalo {DATE:chat} từ {NAME:vm} ({PHONE:vn}): chị {NAME:vm} đã xuất viện; {URL:zalo}",
    "Her daughter {NAME:tt} in {GEO:tt} was reached through {URL:vk}.",
    # Dictation, speech recognition and OCR.
    "this is doctor {NAME:dict} dictating on {NAME:dict} medical record number {MRN:dict} date of "
    "service {DATE:dict} new paragraph the patient is a {AGE:dict} year old",
    "Mrs {NAME:asr} is a pleasant {AGE:dict} year old from {GEO:asr} who lives with her daughter "
    "{NAME:asr}.",
    "SCANNED FORM (OCR)\nNarne: {NAME:ocr}   D.O.B {DATE:ocr}\nAdclress: {GEO:ocr}\nPh: {PHONE:ocr}"
    "   lnsurance #: {HEALTH_PLAN:ocr}",
    "{DATE:ocr} 14:22 FROM: {FAX:ocr} TO: {FAX:ocr} P.1/3\nRE: {NAME:ocr} - MRN {MRN:ocr}",
    # HL7 and FHIR.
    "PID|1||{MRN}^^^H^MR||{NAME:pn}||{DATE:hl7}|F|||{GEO:hl7}||{PHONE:hl7}",
    '{"resourceType": "Patient", "name": [{"family": "{NAME:family}", "given": ["{NAME:given}"]}], '
    '"birthDate": "{DATE:iso}", "telecom": [{"value": "{PHONE:e164}"}]}',
    # Letters, cards and forms of other countries and peoples, in their languages and scripts.
    "ВЫПИСНОЙ ЭПИКРИЗ\nФ.И.О.: {NAME:ttcyr}   Возраст: {AGE:ru}\nАдрес: {GEO:ttcyr}\nСНИЛС: "
    "{SSN:snils}   Полис ОМС: {HEALTH_PLAN:oms}\nИстория болезни № {MRN:ru}\nЛечащий врач: "
    "{NAME:ttcyr}",
    "НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ\nПациентка: {NAME:ttcyr}, {AGE:tt}\nПаспорт: {SSN:rupass}\n"
    "Адрес: {GEO:ttcyr}\nДата: {DATE:tt}",
    "Карта вызова СМП № {ACCOUNT:smp} от {DATE:ru}: {NAME:ttcyr}, {AGE:ru}, {GEO:ttcyr}; машина "
    "{VEHICLE:ru}; вызвала дочь {NAME:ttcyr}, {PHONE:ru}.",
    "Entlassungsbrief - {GEO:inst}\nPatientin: {NAME:ce}, geb. {DATE:dedob}, SVNR {SSN:at}\n"
    "Wohnhaft: {GEO:at}\nDolmetscherin (Tschetschenisch): {NAME:ce}, Tel. {PHONE:at}\nHausarzt: "
    "Dr. {NAME:sig}",
    "出院记录\n姓名: {NAME:ugpy}   身份证号: {SSN:cnid}\n年龄: {AGE:cn}   住址: {GEO:ugcn}\n"
    "入院日期: {DATE:cn}\n联系人: {NAME:ugpy} {PHONE:cn}",
    "دوختۇرخانا كارتىسى\nئىسمى: {NAME:ugar}   ياشى: {AGE:ug}\nئادرېس: {GEO:ugar}\nتېلېفون: "
    "{PHONE:cn}",
    "WARAQAA RIFERAALAA\nMaqaa: {NAME:om}   Umurii: {AGE:om}\nTeessoo: {GEO:om}\nLakk. bilbilaa: "
    "{PHONE:et}\nGuyyaa: {DATE:ec}\nOgeessa fayyaa: {NAME:om}",
    "Discharge summary, {GEO:inst}: {NAME:om}, {AGE}, CBHI member {HEALTH_PLAN:cbhi}, from "
    "{GEO:om}; Fayda {SSN:fayda}; admitted {DATE:ec}.",
    "TAKARDAR SALLAMA / DISCHARGE NOTE\nSuna: {NAME:ha}   Shekaru: {AGE:ha}\nAdireshi: {GEO:ha}\n"
    "Lambar waya: {PHONE:ng}\nKwanan wata: {DATE:ha}\nLikita: {NAME:ha}",
    "Fistula repair list, {GEO:inst}: {NAME:ha}, NIN {SSN:nin}, of {GEO:ha}; husband {NAME:ha} "
    "({PHONE:ng}); NHIA {HEALTH_PLAN:nhia}; theatre {DATE:eu}.",
    "FICHE DE LIAISON\nNom et prénoms : {NAME:bj}   Âge : {AGE:fr}\nNPI : {SSN:npi}   Adresse : "
    "{GEO:bj}\nPersonne à prévenir : {NAME:bj}, {PHONE:bj}\nFait le {DATE:fr}",
    "Bulletin d'examen : {NAME:bj}, {GEO:bj}, assurée {HEALTH_PLAN:bj} ; Dr {NAME:bj}, ordre n° "
    "{LICENSE:bj} ; le {DATE:fr}.",
    "EPICRISIS - {GEO:inst}\nNombre: {NAME:cl}   RUN: {SSN:rut}   Edad: {AGE:es}\nDomicilio: "
    "{GEO:cl}\nPrevisión: {HEALTH_PLAN:fonasa}\nEgreso: {DATE:es}\nFacilitador intercultural: "
    "{NAME:cl}, fono {PHONE:cl}",
    "GIẤY RA VIỆN\nHọ tên: {NAME:vm}   Tuổi: {AGE:vi}\nĐịa chỉ: {GEO:vm}\nSố thẻ BHYT: "
    "{HEALTH_PLAN:bhyt}\nNgày ra viện: {DATE:vi}\nBác sĩ: {NAME:vm}",
    "Clinic visit: {NAME:vm}, {AGE}, speaks Rhade; interpreter {NAME:vm} joined by {PHONE:us}; "
    "lives at {GEO:us}.",
    "Camp clinic card: {NAME:kr}, {AGE}, {GEO:kr}; ration book {ACCOUNT:ration}; medic {NAME:kr}; "
    "{DATE:eu}.",
    "Discharge: {NAME:gu}, {AGE:y}, of {GEO:gu}; MIP {HEALTH_PLAN:gu}; family {NAME:gu} "
    "({PHONE:gu}); follow-up {DATE:ch}.",
    "COFA clinic, {GEO:us}: {NAME:gu}, passport {SSN:mh}, arrived from {GEO:mh} on {DATE:us}; "
    "Marshallese interpreter {NAME:gu}.",
    "INFORME DE ALTA HOSPITALARIA\nPaciente: {NAME:gl}   Idade: {AGE:gl}\nDNI: {SSN:dni}   "
    "Tarxeta sanitaria: {HEALTH_PLAN:gl}\nEnderezo: {GEO:gl}\nData de ingreso: {DATE:gl}\n"
    "Facultativa: {NAME:gl}, n.º col. {LICENSE:gl}",
    "CONSENTIMENTO INFORMADO / CONSENTIMIENTO INFORMADO\nEu, {NAME:gl}, con DNI {SSN:dni}, filla "
    "de {NAME:gl}, autorizo a intervención.\n{GEO:gltown}, {DATE:gl}",
    "Pazienta / Patientin: {NAME:rm}, {AGE:rm}\nAdressa / Adresse: {GEO:rm}\nAHV: {SSN:ahv}   "
    "Cassa da malsauns: {HEALTH_PLAN:ch}\nMedi: {NAME:sig}, GLN {LICENSE:gln}\n{DATE:rm}",
    "Lettera di dimissione / Entlassungsbrief: {NAME:rm}, C.F. {SSN:cf}, residente a {GEO:lad}; "
    "tel. {PHONE:it}; {DATE:it}.",
    "Anv / Nom : {NAME:br}   Oad / Âge : {AGE:fr}\nChomlec'h / Adresse : {GEO:br}\nNIR : "
    "{SSN:nir}\nPellgomz / Tél. : {PHONE:fr}\nDeiziad / Date : {DATE:br}",
    "紹介状\n患者氏名: {NAME:okja} 様   年齢: {AGE:ja}\n住所: {GEO:okja}\n生年月日: {DATE:jadob}\n"
    "電話: {PHONE:jp}\n紹介先: {GEO:inst}",
    "Home visit: {NAME:ok}, {AGE:ja}, of {GEO:ok}; her great-granddaughter {NAME:ok} translates "
    "from Uchinaaguchi.",
    "RESUME MEDIS\nNama: {NAME:bt}   Umur: {AGE:id}\nNIK: {SSN:nik}   No. BPJS: {HEALTH_PLAN:bpjs}"
    "\nAlamat: {GEO:bt}\nTgl. masuk: {DATE:id}\nDPJP: dr. {NAME:bt}",
    "DISCHARGE CERTIFICATE - {GEO:inst}\nName: {NAME:mni}   Age/Sex: {AGE}/F\nAddress: {GEO:mni}"
    "\nAadhaar: {SSN:aadhaar}   ABHA: {HEALTH_PLAN:abha}\nCR No.: {MRN:in}\nAttendant: {NAME:mni},"
    " Mob. {PHONE:in}",
    "OPD ticket: {NAME:mni}, {AGE:y}, {GEO:mni}; referred by Dr {NAME:mni}, reg. {LICENSE:in}; "
    "vehicle {VEHICLE:in}.",
    "Name / ᱧᱩᱛᱩᱢ: {NAME:olck}\nAge: {AGE}\nVillage: {GEO:sat}\nDate: {DATE:in}",
    "COMPTE RENDU - {GEO:inst}\nNom et prénom : {NAME:kab}   Âge : {AGE:fr}\nNIN : {SSN:dz}   "
    "N° Chifa : {HEALTH_PLAN:chifa}\nAdresse : {GEO:kab}\nTél. : {PHONE:dz}",
    "ⵉⵙⵎ / Nom : {NAME:tfng}\nÂge : {AGE:kab}\nAdresse : {GEO:kab}\nⴰⵙⵙ / Date : {DATE:kab}",
    "Compte rendu opératoire : {NAME:kab}, CIN {SSN:cin}, {GEO:rif} ; tél. {PHONE:ma} ; le "
    "{DATE:fr}.",
    "FICHE DE CONSULTATION\nNom : {NAME:ff}   Âge : {AGE:ff}\nQuartier : {GEO:ff}\nTél. : "
    "{PHONE:gn}\nDate : {DATE:fr}",
    "{NAME:adlm} ({NAME:ff}), {AGE}, of {GEO:us}; voice note in Pular from her son {NAME:ff}, "
    "{PHONE:us}.",
    "Clinic note: {NAME:ff}, {AGE:y}, of {GEO:us}; Pular interpreter {NAME:ff} by video "
    "({URL:video}).",
    # Names, ages, places and identifiers in prose.
    "Seen with {NAME:word} (daughter-in-law) and {NAME:word}; {NAME:word} interpreted.",
    "{NAME:given} turned {AGE:ord} on {DATE:dow}; the ward had a cake.",
    "Aged {AGE:ym}, she still walks to {GEO:worship} every week.",
    "Known on the ward as {NAME:nick}; registered as {NAME}.",
    "Surname spelled out by her son: {NAME:spell}",
    "Car {VEHICLE} blocking the ambulance bay belongs to her son {NAME}; VIN {VEHICLE:vin}.",
    "Login by {NAME:user} from {IP:port} at {DATE:unix} to the record of {NAME:caps}.",
    "GPS tracker {DEVICE:gps} last reported from {GEO:us} at {DATE:clock}; alerts go to {PHONE} "
    "and {EMAIL}.",
    "Funeral fund: IBAN {ACCOUNT:iban}, reference {NAME:familyu}.",
    "Video visit {URL:video} from {IP:v6} with {NAME} and her grandson.",
    "Infant security tag {DEVICE:tag} fitted to baby {NAME:family} at {DATE:clock}.",
    "Ms {NAME:family} (bed 3) and Ms {NAME:family} (bed 5) have the same birthday, {DATE:dob}.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents stripped,
# particles aside): Tatar and Bashkir, Chechen and Dagestani, Uyghur, Oromo, Hausa, Fon and Mina,
# Mapuche, Ede and Jarai, S'gaw Karen, Chamorro, Palauan and Marshallese, Galician, Romansh and
# Ladin, Breton, Okinawan, Toba Batak, Meitei, Santal and Ho, Kabyle and Riffian, Fula, and names in
# six scripts (Tatar Cyrillic, Uyghur Arabic, Tifinagh, Adlam, Ol Chiki, and Okinawan kanji and
# katakana).
_V17_TT_GIVEN = (
    "Gulnaz",
    "Ilnur",
    "Rezeda",
    "Ramil",
    "Alsu",
    "Ilshat",
    "Zulfiya",
    "Fanis",
    "Guzel",
)
_V17_TT_FAMILY = (
    "Khairullina",
    "Galimzyanov",
    "Sabirova",
    "Nurgaliev",
    "Minnikhanova",
    "Gabdrakhmanov",
    "Valiullina",
    "Shamsutdinov",
    "Zaripov",
)
_V17_TT_PATRONYMIC = (
    "Rinatovna",
    "Ilnurovich",
    "Fanisovna",
    "Ramilevich",
    "Gabdullovna",
    "Minnullovich",
    "Zakirovna",
)
_V17_CE_GIVEN = (
    "Khava",
    "Zelimkhan",
    "Aslanbek",
    "Luiza",
    "Patimat",
    "Khadizhat",
    "Zarema",
    "Yakha",
    "Mairbek",
)
_V17_CE_FAMILY = (
    "Magomadova",
    "Saidulaev",
    "Khadzhiev",
    "Mutsaeva",
    "Gadzhiev",
    "Alibekova",
    "Umalatov",
    "Tsechoev",
    "Dadaeva",
)
_V17_CE_PATRONYMIC = ("Ruslanovna", "Aslanbekovich", "Saidovna", "Vakhaevich", "Lechievna")
_V17_UG_GIVEN = (
    "Rizwangul",
    "Tursunay",
    "Abduqadir",
    "Ablikim",
    "Patigul",
    "Nurmemet",
    "Gulnisa",
    "Mihrigul",
    "Perhat",
)
_V17_UG_FAMILY = (
    "Tohti",
    "Abdurehim",
    "Qurban",
    "Memet",
    "Rozi",
    "Niyaz",
    "Kerim",
    "Yasin",
    "Hoshur",
)
# Uyghur names as Chinese documents spell them in pinyin.
_V17_UG_PINYIN = {
    "Rizwangul": "REZIWANGULI",
    "Tursunay": "TUERXUNAYI",
    "Abduqadir": "ABUDUKADIER",
    "Ablikim": "ABULIKEMU",
    "Patigul": "PATIGULI",
    "Nurmemet": "NUERMAIMAITI",
    "Gulnisa": "GULINISA",
    "Mihrigul": "MIHERIGULI",
    "Perhat": "PAERHATI",
    "Tohti": "TUOHETI",
    "Abdurehim": "ABUDOUREXITI",
    "Qurban": "KUERBAN",
    "Memet": "MAIMAITI",
    "Rozi": "ROUZI",
    "Niyaz": "NIYAZI",
    "Kerim": "KERIMU",
    "Yasin": "YASEN",
    "Hoshur": "HUOXUER",
}
_V17_OM_GIVEN = (
    "Chaltu",
    "Gemechu",
    "Lensa",
    "Biftu",
    "Obse",
    "Ayantu",
    "Boru",
    "Jaatani",
    "Bontu",
)
_V17_OM_FAMILY = (
    "Gudina",
    "Tufa",
    "Lemmi",
    "Fayisa",
    "Wakjira",
    "Gemeda",
    "Jarso",
    "Tolosa",
    "Dibaba",
)
_V17_HA_GIVEN = (
    "Hadiza",
    "Balaraba",
    "Kabiru",
    "Ladidi",
    "Jummai",
    "Murja",
    "Ƙasimu",
    "Bala",
    "Sale",
)
_V17_HA_FAMILY = (
    "Maikano",
    "Lawal",
    "Shehu",
    "Kachalla",
    "Gambo",
    "Kurfi",
    "Maitama",
    "Bichi",
    "Ɗangiwa",
)
_V17_BJ_GIVEN = (
    "Sènami",
    "Houéfa",
    "Mahougnon",
    "Akouavi",
    "Comlan",
    "Kossiwa",
    "Yawo",
    "Sewanou",
    "Kodjovi",
)
_V17_BJ_FAMILY = (
    "Houngbédji",
    "Sossou",
    "Ahouansou",
    "Agossou",
    "Gbaguidi",
    "Hounkpatin",
    "Kpadonou",
    "Zinsou",
    "Adjovi",
)
_V17_CL_GIVEN = (
    "Millaray",
    "Ayelén",
    "Rayén",
    "Licán",
    "Relmu",
    "Nahuel",
    "Ailín",
    "Pirén",
    "Lautaro",
)
_V17_CL_FAMILY = (
    "Huenchumilla",
    "Painemal",
    "Catrileo",
    "Quilapán",
    "Llancapán",
    "Ancamil",
    "Huaiquimil",
    "Nahuelpán",
    "Colipi",
)
# Ede given names carry a prefix: H' for women, Y for men.
_V17_VM_GIVEN = (
    "H'Hen",
    "H'Nga",
    "H'Bia",
    "H'Plin",
    "Y Blô",
    "Y Tlam",
    "Y Nuh",
    "Y Jut",
)
_V17_VM_FAMILY = (
    "Niê",
    "Êban",
    "Mlô",
    "Adrơng",
    "Ksor",
    "Rơmah",
    "Rahlan",
    "Byă",
    "Ayŭn",
)
# S'gaw Karen names have no family name; forms abroad split them, often keeping the honorific
# (Naw for women, Saw for men) as a given name.
_V17_KR_GIVEN = (
    "Hser",
    "Paw",
    "Ler",
    "Htoo",
    "Eh",
    "Naw",
    "Saw",
    "Moo",
    "Say",
)
_V17_KR_FAMILY = (
    "Moo",
    "Say",
    "Klee",
    "Blay",
    "Lah",
    "Dah",
    "Nay Moo",
    "Htoo",
    "Paw",
)
_V17_GU_GIVEN = (
    "Carmelita",
    "Bilimon",
    "Kino",
    "Jerlynn",
    "Kessai",
    "Litokwa",
    "Jesusa",
    "Vicenta",
    "Hermina",
)
_V17_GU_FAMILY = (
    "Taitano",
    "Aguon",
    "Quitugua",
    "Blas",
    "Pangelinan",
    "Mesa",
    "Tellei",
    "Jetnil",
    "Loeak",
    "Note",
)
_V17_GL_GIVEN = (
    "Uxía",
    "Antía",
    "Brais",
    "Xoán",
    "Sabela",
    "Xiana",
    "Breixo",
    "Iria",
    "Rosalía",
)
_V17_GL_FAMILY = (
    "Castiñeira",
    "Vilariño",
    "Seoane",
    "Pazos",
    "Rivadulla",
    "Outeiral",
    "Mouriño",
    "Bouzas",
    "Cabanelas",
)
_V17_RM_GIVEN = (
    "Gian",
    "Men",
    "Curdin",
    "Mengia",
    "Flurina",
    "Ursina",
    "Duri",
    "Plasch",
    "Leta",
)
_V17_RM_FAMILY = (
    "Caduff",
    "Cathomen",
    "Derungs",
    "Casutt",
    "Tuor",
    "Cadruvi",
    "Sialm",
    "Vieli",
    "Dapunt",
)
_V17_BR_GIVEN = (
    "Maïwenn",
    "Loeiz",
    "Erwan",
    "Tugdual",
    "Nolwenn",
    "Gwendal",
    "Katell",
    "Soazig",
    "Anaïg",
)
_V17_BR_FAMILY = (
    "Kerjean",
    "Le Bihan",
    "Quéré",
    "Tanguy",
    "Le Floch",
    "Guivarc'h",
    "Kerhervé",
    "Le Bot",
    "Le Lay",
    "Le Bras",
)
# Okinawan women of the oldest generation often had one-word names written in katakana.
_V17_OK_GIVEN = (
    "Kamado",
    "Ushi",
    "Chiru",
    "Tsuru",
    "Nabe",
    "Matsu",
    "Seitoku",
    "Chōshin",
    "Kōei",
)
_V17_OK_FAMILY = (
    "Higa",
    "Chinen",
    "Kinjō",
    "Nakandakari",
    "Ōshiro",
    "Tamashiro",
    "Kyan",
    "Uehara",
    "Shimabukuro",
)
_V17_BT_GIVEN = (
    "Tiurma",
    "Roslina",
    "Hotman",
    "Marojahan",
    "Parlindungan",
    "Togar",
    "Rosdiana",
    "Tumpal",
    "Sahat",
)
_V17_BT_FAMILY = (
    "Nainggolan",
    "Sitompul",
    "Panjaitan",
    "Lumbantobing",
    "Napitupulu",
    "Silalahi",
    "Pardede",
    "Sihombing",
    "Hutagalung",
)
_V17_MNI_GIVEN = (
    "Thoibi",
    "Tomba",
    "Ibomcha",
    "Sanahanbi",
    "Bembem",
    "Ibemhal",
    "Chaoba",
    "Thoiba",
    "Memcha",
)
_V17_MNI_FAMILY = (
    "Laishram",
    "Ningthoujam",
    "Khumukcham",
    "Thokchom",
    "Wahengbam",
    "Konsam",
    "Yumnam",
    "Sorokhaibam",
    "Moirangthem",
)
_V17_SAT_GIVEN = (
    "Phulmani",
    "Sona",
    "Budhni",
    "Rupai",
    "Salkhan",
    "Lakhan",
    "Chando",
    "Sibu",
    "Jhano",
)
_V17_SAT_FAMILY = (
    "Murmu",
    "Hansda",
    "Soren",
    "Tudu",
    "Kisku",
    "Hembrom",
    "Marandi",
    "Horo",
    "Munda",
)
_V17_KAB_GIVEN = (
    "Tiziri",
    "Yuba",
    "Dihya",
    "Tudert",
    "Idir",
    "Tanina",
    "Aksel",
    "Lounès",
    "Akli",
)
_V17_KAB_FAMILY = (
    "Amellal",
    "Hadjeres",
    "Ouzegane",
    "Oulhadj",
    "Azzoug",
    "Menad",
    "Haddadou",
    "Mammeri",
    "Feraoun",
)
_V17_FF_GIVEN = (
    "Aamadu",
    "Kadiatu",
    "Ceerno",
    "Alfa",
    "Saliou",
    "Binta",
    "Bailo",
    "Aysata",
    "Jeneba",
)
_V17_FF_FAMILY = (
    "Jallo",
    "Baari",
    "Balde",
    "Jah",
    "Wann",
    "Dem",
    "Tall",
    "Kante",
)
_V17_LOCALES = (
    "tt",
    "ce",
    "ug",
    "om",
    "ha",
    "bj",
    "cl",
    "vm",
    "kr",
    "gu",
    "gl",
    "rm",
    "br",
    "ok",
    "bt",
    "mni",
    "sat",
    "kab",
    "ff",
)
_V17_LATIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V17_TT_GIVEN, _V17_TT_FAMILY),
    (_V17_CE_GIVEN, _V17_CE_FAMILY),
    (_V17_UG_GIVEN, _V17_UG_FAMILY),
    (_V17_OM_GIVEN, _V17_OM_FAMILY),
    (_V17_HA_GIVEN, _V17_HA_FAMILY),
    (_V17_BJ_GIVEN, _V17_BJ_FAMILY),
    (_V17_CL_GIVEN, _V17_CL_FAMILY),
    (_V17_VM_GIVEN, _V17_VM_FAMILY),
    (_V17_KR_GIVEN, _V17_KR_FAMILY),
    (_V17_GU_GIVEN, _V17_GU_FAMILY),
    (_V17_GL_GIVEN, _V17_GL_FAMILY),
    (_V17_RM_GIVEN, _V17_RM_FAMILY),
    (_V17_BR_GIVEN, _V17_BR_FAMILY),
    (_V17_OK_GIVEN, _V17_OK_FAMILY),
    (_V17_BT_GIVEN, _V17_BT_FAMILY),
    (_V17_MNI_GIVEN, _V17_MNI_FAMILY),
    (_V17_SAT_GIVEN, _V17_SAT_FAMILY),
    (_V17_KAB_GIVEN, _V17_KAB_FAMILY),
    (_V17_FF_GIVEN, _V17_FF_FAMILY),
)
_V17_SCRIPTS = ("ttcyr", "ugar", "tfng", "adlm", "olck", "okja")
_V17_SCRIPT_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Гөлназ", "Илнур", "Резеда", "Алсу", "Ләйсән"),
        ("Хәйруллина", "Галимҗанов", "Сабирова", "Нургалиев", "Миннеханова"),
    ),
    (
        ("رىزۋانگۈل", "تۇرسۇناي", "ئابدۇقادىر", "پەرھات", "مىھرىگۈل"),
        ("توختى", "قۇربان", "مەمەت", "نىياز", "ھوشۇر"),
    ),
    (
        ("ⵜⵉⵣⵉⵔⵉ", "ⵢⵓⴱⴰ", "ⴷⵉⵀⵢⴰ", "ⵜⵓⴷⴻⵔⵜ", "ⵉⴷⵉⵔ"),
        ("ⴰⵎⴻⵍⵍⴰⵍ", "ⵀⴰⵊⴻⵔⴻⵙ", "ⵎⴻⵏⴰⴷ", "ⵎⴰⵎⵎⴻⵔⵉ", "ⴰⵣⵣⵓⴳ"),
    ),
    (
        ("𞤄𞤭𞤲𞤼𞤢", "𞤀𞤤𞤬𞤢", "𞤓𞤥𞤢𞤪𞤵", "𞤃𞤢𞤪𞤭𞤴𞤢𞤥𞤢", "𞤑𞤢𞤣𞤭𞤢𞤼𞤵"),
        ("𞤄𞤢𞤤𞤣𞤫", "𞤔𞤢𞤸", "𞤁𞤫𞤥", "𞤅𞤭𞤣𞤭𞤦𞤫", "𞤄𞤢𞤪𞤭"),
    ),
    (
        ("ᱥᱚᱱᱟ", "ᱵᱩᱫᱷᱱᱤ", "ᱞᱟᱠᱷᱟᱱ", "ᱫᱩᱞᱟᱲᱤ", "ᱥᱟᱞᱠᱷᱟᱱ"),
        ("ᱢᱩᱨᱢᱩ", "ᱴᱩᱰᱩ", "ᱠᱤᱥᱠᱩ", "ᱥᱚᱨᱮᱱ", "ᱦᱟᱸᱥᱫᱟ", "ᱦᱮᱢᱵᱨᱚᱢ"),
    ),
    (
        ("カマド", "ウシ", "チル", "ツル", "清徳", "朝信"),
        ("比嘉", "知念", "金城", "仲村渠", "大城", "島袋"),
    ),
)
V17_NICKNAMES = ("Gulya", "Zelim", "Baaba", "Hajiya", "Obaa", "Chelito", "Pipo", "Xosiño")
# Family and given names that are also words (English, clinical or Spanish): Note, Mesa, Blas,
# Tall, Dem, Horo, Munda, Tufa, Lay (and the Breton Bot and Bras); Men, Moo, Paw, Say, Sale, Bala.
_V17_WORD_FAMILY = ("Note", "Mesa", "Blas", "Tall", "Dem", "Horo", "Munda", "Tufa", "Le Lay")
_V17_WORD_GIVEN = ("Men", "Moo", "Paw", "Say", "Sale", "Bala")
_V17_GROUPS = _V17_LATIN_GROUPS + _V17_SCRIPT_NAMES
_V17_GROUP_OF: dict[str, int] = {}
for _i, (_givens, _families) in enumerate(_V17_GROUPS):
    for _name in _givens + _families:
        _V17_GROUP_OF.setdefault(_name, _i)
V17_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V17_GROUPS for g in givens))
V17_FAMILY = tuple(dict.fromkeys(f for _, families in _V17_GROUPS for f in families))

V17_US_PLACES = (
    ("Robinson Ave", "Springdale", "AR", "72764"),
    ("Phillips Ave", "Greensboro", "NC", "27405"),
    ("Arcade St", "St. Paul", "MN", "55106"),
    ("Bleecker St", "Utica", "NY", "13501"),
    ("University Ave", "Bronx", "NY", "10453"),
    ("S 24th St", "Omaha", "NE", "68108"),
    ("Chalan Pale Duenas", "Dededo", "GU", "96929"),
    ("Middle Road", "Saipan", "MP", "96950"),
)
V17_TOWNS = (
    "Kazan",
    "Ufa",
    "Grozny",
    "Makhachkala",
    "Kashgar",
    "Hotan",
    "Adama",
    "Jimma",
    "Kano",
    "Katsina",
    "Porto-Novo",
    "Abomey",
    "Temuco",
    "Buôn Ma Thuột",
    "Pleiku",
    "Mae Sot",
    "Hagåtña",
    "Majuro",
    "Koror",
    "Lugo",
    "Ourense",
    "Scuol",
    "Quimper",
    "Lannion",
    "Naha",
    "Nago",
    "Balige",
    "Imphal",
    "Dumka",
    "Tizi Ouzou",
    "Al Hoceima",
    "Labé",
)
V17_INSTITUTIONS = (
    "Republican Clinical Hospital, Kazan",
    "Republican Clinical Hospital named after G. G. Kuvatov",
    "First Affiliated Hospital of Xinjiang Medical University",
    "Adama Hospital Medical College",
    "Jimma Medical Center",
    "Aminu Kano Teaching Hospital",
    "Murtala Muhammad Specialist Hospital",
    "CNHU Hubert Koutoukou Maga",
    "CHU Sylvanus Olympio",
    "Hospital Dr. Hernán Henríquez Aravena",
    "Hospital Intercultural de Nueva Imperial",
    "Bệnh viện Đa khoa tỉnh Đắk Lắk",
    "Mae Sot General Hospital",
    "Guam Memorial Hospital",
    "Majuro Hospital",
    "Belau National Hospital",
    "Hospital Universitario Lucus Augusti",
    "Kantonsspital Graubünden",
    "Ospedale di Bressanone",
    "CHU de Brest, hôpital de la Cavale Blanche",
    "Okinawa Chubu Hospital",
    "RSUP H. Adam Malik",
    "Regional Institute of Medical Sciences, Imphal",
    "Phulo Jhano Medical College Hospital",
    "CHU Nedir Mohamed",
    "Hôpital régional de Labé",
    "Lincoln Medical Center",
    "Klinik Favoriten",
    "Klinikum Schwabing",
    "Northwest Medical Center Springdale",
)
V17_FUNERAL = (
    "Ozark Hills Funeral Home",
    "Phillips Avenue Memorial Chapel",
    "Arcade Street Funeral Service",
    "Grand Concourse Funeral Home",
)
V17_PHARMACIES = (
    "Robinson Ave Pharmacy",
    "Dededo Family Pharmacy",
    "Arcade Street Drug",
    "Tremont Chemists, Bronx",
)
V17_PORTS = (
    "Antonio B. Won Pat International Airport",
    "Kazan International Airport",
    "Brest Bretagne Airport",
    "Mallam Aminu Kano International Airport",
    "Naha Airport",
    "Kualanamu International Airport",
)
V17_WORSHIP = (
    "the Kul Sharif mosque",
    "the Dulce Nombre de María cathedral",
    "the Karen Baptist church on Arcade Street",
    "the chapel of Saint-Herbot",
    "the Id Kah mosque",
)
V17_TT_CITIES = (
    ("420111", "Kazan", "ul. Baumana"),
    ("420021", "Kazan", "ul. Tatarstan"),
    ("450077", "Ufa", "ul. Mingazheva"),
    ("423800", "Naberezhnye Chelny", "pr. Mira"),
)
V17_TT_VILLAGES = (
    ("Askarovo", "Abzelilovsky district", "Bashkortostan"),
    ("Arsk", "Arsky district", "Tatarstan"),
    ("Kukmor", "Kukmorsky district", "Tatarstan"),
)
V17_TT_CYRILLIC = (
    ("420111", "Казань", "ул. Баумана"),
    ("420021", "Казань", "ул. Татарстан"),
    ("450077", "Уфа", "ул. Мингажева"),
    ("423800", "Набережные Челны", "пр. Мира"),
)
V17_TT_CYR_VILLAGES = (
    ("Аскарово", "Абзелиловский р-н", "Республика Башкортостан"),
    ("Арск", "Арский р-н", "Республика Татарстан"),
    ("Кукмор", "Кукморский р-н", "Республика Татарстан"),
)
V17_AT_STREETS = (
    ("Quellenstraße", "1100", "Wien"),
    ("Brünner Straße", "1210", "Wien"),
    ("Eggenberger Allee", "8020", "Graz"),
    ("Wiener Straße", "4020", "Linz"),
)
V17_UG_PLACES = (
    ("Kashgar", "Döletbagh Road"),
    ("Ürümchi", "Döngköwrük"),
    ("Hotan", "Yengi Awat"),
    ("Ghulja", "Yengi Hayat Road"),
)
V17_UG_VILLAGES = (
    ("Toqquzaq", "Konasheher", "Kashgar"),
    ("Bostan", "Lop", "Hotan"),
    ("Tuyoq", "Pichan", "Turpan"),
)
V17_UG_CHINESE = (
    ("喀什市", "解放北路"),
    ("乌鲁木齐市天山区", "延安路"),
    ("和田市", "北京西路"),
    ("伊宁市", "解放路"),
)
V17_UG_ARABIC = (
    ("قەشقەر", "دۆلەتباغ يولى"),
    ("خوتەن", "يېڭى ئاۋات"),
    ("ئۈرۈمچى", "دۆڭكۆۋرۈك"),
)
V17_OM_TOWNS = (
    ("Adama", "Kebele 05"),
    ("Jimma", "Hermata Mentina"),
    ("Shashamane", "Kebele 09"),
    ("Bishoftu", "Kebele 03"),
)
V17_OM_RURAL = (
    ("Buyyo Kachama", "Seka Chekorsa", "Jimma"),
    ("Burqa Qabbee", "Dodola", "Arsi Lixaa"),
    ("Galessa", "Dendi", "Shawaa Lixaa"),
)
V17_HA_STREETS = (
    ("Zoo Road", "Kano"),
    ("Bompai Road", "Kano"),
    ("IBB Way", "Katsina"),
    ("Gidan Murtala Road", "Kano"),
)
V17_HA_VILLAGES = (
    ("Danbare", "Kumbotso", "Kano"),
    ("Gano", "Dawakin Kudu", "Kano"),
    ("Yar Gamji", "Malumfashi", "Katsina"),
)
V17_NE_QUARTIERS = ("Birni", "Zengou", "Garin Malam")
V17_BJ_QUARTIERS = (
    ("Akpakpa", "Cotonou"),
    ("Cadjèhoun", "Cotonou"),
    ("Ouando", "Porto-Novo"),
    ("Goho", "Abomey"),
    ("Bè-Kpota", "Lomé"),
    ("Tokoin", "Lomé"),
)
V17_BJ_VILLAGES = (
    ("Zinvié", "Abomey-Calavi", "Atlantique"),
    ("Sèhouè", "Toffo", "Atlantique"),
    ("Agbangnizoun", "Agbangnizoun", "Zou"),
)
V17_CL_STREETS = (
    ("Pasaje Los Copihues", "Temuco"),
    ("Avenida Pedro de Valdivia", "Temuco"),
    ("Caupolicán", "Nueva Imperial"),
    ("Avenida Alemania", "Temuco"),
)
V17_CL_COMMUNITIES = (
    ("Temucuicui", "Ercilla", "Región de La Araucanía"),
    ("Rofue", "Padre Las Casas", "Región de La Araucanía"),
    ("Ruca Choroi", "Aluminé", "Neuquén"),
)
V17_VM_PLACES = (
    ("Buôn Ako Dhông", "phường Tân Lợi", "TP. Buôn Ma Thuột", "Đắk Lắk"),
    ("Buôn Kô Siêr", "phường Tân Lợi", "TP. Buôn Ma Thuột", "Đắk Lắk"),
    ("Plei Ốp", "phường Tây Sơn", "TP. Pleiku", "Gia Lai"),
    ("Buôn Trí A", "xã Ea Tul", "huyện Cư M'gar", "Đắk Lắk"),
)
V17_KR_CAMPS = (
    ("Mae La", "Tha Song Yang", "Tak"),
    ("Umpiem Mai", "Phop Phra", "Tak"),
    ("Nu Po", "Umphang", "Tak"),
)
V17_KR_TOWNSHIPS = (("Hpa-an", "Kayin State"), ("Hlaingbwe", "Kayin State"))
V17_GU_VILLAGES = (
    ("Dededo", "96929"),
    ("Yigo", "96929"),
    ("Mangilao", "96913"),
    ("Sinajana", "96910"),
)
V17_GU_ROADS = ("Chalan Pale Duenas", "Route 16", "Chalan Kanton Tasi", "Chalan Balako")
V17_PW_HAMLETS = ("Meketii", "Ngerkebesang", "Idid")
V17_MH_PLACES = (
    ("Delap", "Majuro", "96960"),
    ("Rita", "Majuro", "96960"),
    ("Uliga", "Majuro", "96960"),
    ("Ebeye", "Kwajalein", "96970"),
)
V17_GL_STREETS = (
    ("Rúa do Vilar", "15705", "Santiago de Compostela"),
    ("Rúa da Raíña", "27001", "Lugo"),
    ("Rúa Real", "15003", "A Coruña"),
    ("Rúa do Paseo", "32003", "Ourense"),
)
V17_GL_RURAL = (
    ("Vilar", "Baralla", "27680", "Lugo"),
    ("Outeiro", "Ames", "15220", "A Coruña"),
    ("Fontao", "Silleda", "36540", "Pontevedra"),
)
V17_RM_STREETS = (
    ("Via Principala", "7180", "Disentis/Mustér"),
    ("Stradun", "7550", "Scuol"),
    ("Via Sura", "7130", "Ilanz/Glion"),
    ("Plazza", "7530", "Zernez"),
)
V17_LAD_STREETS = (
    ("Strada Rezia", "39046", "Urtijëi"),
    ("Strada Dolomites", "39048", "Sëlva"),
    ("Strada Col Alt", "39033", "Corvara"),
)
V17_BR_STREETS = (
    ("rue de Siam", "29200", "Brest"),
    ("rue Kéréon", "29000", "Quimper"),
    ("rue de Tréguier", "22300", "Lannion"),
    ("rue de Pont-l'Abbé", "29000", "Quimper"),
)
V17_BR_LIEUDITS = (
    ("Kerbernez", "29720", "Plonéour-Lanvern"),
    ("Kergoat", "22140", "Bégard"),
    ("Penn ar Hoat", "29690", "Huelgoat"),
)
V17_OK_PLACES = (
    ("Makishi", "Naha-shi", "900-0013"),
    ("Shuri Tonokura-cho", "Naha-shi", "903-0813"),
    ("Kin", "Kunigami-gun Kin-cho", "904-1201"),
    ("Oku", "Kunigami-son", "905-1501"),
)
V17_OK_KANJI = (
    ("那覇市", "牧志", "900-0013"),
    ("那覇市", "首里当蔵町", "903-0813"),
    ("国頭郡国頭村", "奥", "905-1501"),
    ("うるま市", "石川", "904-1106"),
)
V17_BT_STREETS = (
    ("Jl. Sisingamangaraja", "Medan", "20217"),
    ("Jl. Gatot Subroto", "Medan", "20122"),
    ("Jl. Sutomo", "Pematangsiantar", "21118"),
)
V17_BT_VILLAGES = (
    ("Lumban Gaol", "Balige", "Toba"),
    ("Huta Ginjang", "Muara", "Tapanuli Utara"),
    ("Siallagan", "Simanindo", "Samosir"),
)
V17_MNI_PLACES = (
    ("Sagolband Tera", "Imphal West", "795001"),
    ("Uripok Yaikhom Leikai", "Imphal West", "795001"),
    ("Khurai Sajor Leikai", "Imphal East", "795010"),
    ("Kakching Khunou", "Kakching", "795103"),
)
V17_SAT_VILLAGES = (
    ("Jamjora", "Masalia", "Dumka", "Jharkhand", "814101"),
    ("Kathikund", "Kathikund", "Dumka", "Jharkhand", "814103"),
    ("Bhognadih", "Barhait", "Sahebganj", "Jharkhand", "816102"),
    ("Bahalda", "Rairangpur", "Mayurbhanj", "Odisha", "757043"),
)
V17_KAB_VILLAGES = (
    ("Aït Ali", "Larbaâ Nath Irathen", "Tizi Ouzou"),
    ("Taourirt Mokrane", "Larbaâ Nath Irathen", "Tizi Ouzou"),
    ("Ighil Ali", "Ighil Ali", "Béjaïa"),
)
V17_KAB_TOWNS = ("Tizi Ouzou", "Béjaïa", "Bouira")
V17_RIF_PLACES = (
    ("Hay Mirador", "Al Hoceima", "32000"),
    ("Hay Sidi Abid", "Al Hoceima", "32000"),
    ("Hay Al Massira", "Imzouren", "32250"),
)
V17_FF_QUARTIERS = (
    ("Pounthioun", "Labé"),
    ("Tata", "Labé"),
    ("Hamdallaye", "Conakry"),
    ("Bambeto", "Conakry"),
)
V17_FF_RURAL = (
    ("Dow Saare", "Popodara", "Labé"),
    ("Tountouroun", "Tountouroun", "Labé"),
    ("Hafia", "Hafia", "Labé"),
)

# Clinical sentences: eponyms and test, score and criterion names, some of them family names or
# words in the lists above or earlier (Gardner, Hansen, Berg, Lyon, King, Rose, Holder, Sharma,
# Coles, Morse, Braden, Lewy, Henssge, Waaldijk; Note, MESA, men, lay), diseases and tests named
# after places (Lassa, Puumala, Bristol, Boston), gene variants in HGVS, star-allele and HLA
# notation, drugs and devices, beside numbers that are not PHI but look like dates, identifiers or
# ages: cycle and post-transplant days, weeks of gestation and follow-up intervals with a slash,
# ratios, titres, karyotypes, dose schedules, lab values with units, and values of 90 and more with
# their unit.
V17_EPONYM = (
    # Fertility, donation and genetics.
    "AMH 0.9 ng/mL, antral follicle count 6; ICSI of 8 mature oocytes; 2PN fertilisation in 6.",
    "Gardner 4AB blastocyst transferred on day 5; 2 vitrified; estradiol 2,450 pg/mL at trigger.",
    "Semen analysis: 38 million/mL, progressive motility 42%, normal forms 5% (WHO 2021).",
    "PGT-A: 3 euploid embryos and 1 mosaic (trisomy 16 in 40%); karyotype 46,XX.",
    "OHSS risk: 22 follicles over 12 mm; GnRH agonist trigger and freeze-all.",
    "Holder pasteurisation at 62.5 °C for 30 minutes; donor milk protein 1.1 g/dL.",
    "CYP2C19 *2/*17, intermediate metaboliser; clopidogrel changed to ticagrelor 90 mg bd.",
    "HLA-B*58:01 not detected; allopurinol started at 100 mg with monthly increments.",
    "DPYD c.1905+1G>A heterozygous; capecitabine reduced to 50% of the standard dose.",
    "CFTR p.Phe508del homozygous; sweat chloride 102 mmol/L; elexacaftor-tezacaftor-ivacaftor.",
    "HFE C282Y homozygous; ferritin 1,240 ug/L, transferrin saturation 78%; venesection 450 mL.",
    "SLCO1B1 c.521T>C (rs4149056) heterozygous; simvastatin avoided, rosuvastatin 10 mg.",
    "TPMT *1/*3A; azathioprine at half dose; NUDT15 *1/*1.",
    "HLA-A*02:01, B*44:02, C*05:01, DRB1*15:01, DQB1*06:02; calculated PRA 87%.",
    "CD34+ cells 4.6 x 10^6/kg over 2 apheresis days; 10/10 matched unrelated donor; day +14.",
    "Gravida 2 para 1 at 11+3 weeks; CRL 45 mm; nuchal translucency 1.8 mm; review in 2/52.",
    # Forensic pathology and death.
    "Heart 480 g; 80% stenosis of the left anterior descending artery; no acute thrombus.",
    "Blood alcohol 0.21 g/dL; carboxyhaemoglobin 46%; cherry-red lividity.",
    "Rigor fully established; livor fixed; core temperature 29.4 °C; Henssge estimate 10-14 hours.",
    "Conjunctival petechiae; hyoid bone and thyroid cartilage intact.",
    "Cause of death: Ia bronchopneumonia, Ib fractured neck of femur, II Lewy body dementia.",
    "Endothelial cell density 2,650 cells/mm2; corneas suitable for DMEK within 14 days.",
    # Toxicology and addiction.
    "Paracetamol 182 mg/L at 4 hours, above the 100-line; acetylcysteine SNAP regimen, 12 hours.",
    "Staggered overdose; ALT 1,840 U/L; INR 2.6; King's College criteria not met.",
    "QRS 128 ms after amitriptyline; sodium bicarbonate 8.4% 100 mL; pH 7.29.",
    "Methanol 52 mg/dL, osmolar gap 38; fomepizole 15 mg/kg, then haemodialysis.",
    "Lithium 3.2 mmol/L with a coarse tremor; haemodialysis for 6 hours.",
    "Methadone 90 mg daily; QTc 486 ms; COWS 4; urine screen positive for fentanyl.",
    "Buprenorphine-naloxone 16/4 mg sublingual; naloxone 4 mg nasal spray supplied.",
    "AUDIT 27; CIWA-Ar 18; chlordiazepoxide 30 mg four times daily; thiamine 300 mg.",
    "Note: QTc 502 ms on ondansetron and methadone; both reviewed.",
    # Infection, migration and tropical medicine.
    "QuantiFERON-TB Gold Plus positive; chest X-ray clear; 3HP for 12 weekly doses.",
    "RPR 1:8, TPPA reactive; benzathine penicillin 2.4 million units IM weekly for 3 weeks.",
    "Plasmodium vivax 0.4%; G6PD 8.9 U/g Hb; chloroquine, then primaquine 0.5 mg/kg for 14 days.",
    "Strongyloides serology positive; eosinophils 1.8 x 10^9/L; ivermectin 200 mcg/kg for 2 days.",
    "Burkholderia pseudomallei in blood culture; ceftazidime 2 g every 8 hours for 14 days.",
    "Lassa fever RT-PCR positive, Ct 24; ribavirin 30 mg/kg loading dose.",
    "Neisseria meningitidis W135 in CSF; ceftriaxone 100 mg/kg once daily for 5 days.",
    "Vesicovaginal fistula, Waaldijk type IIAa, 2 cm from the external meatus; 2-layer repair.",
    "Buruli ulcer category II, IS2404 PCR positive; rifampicin and clarithromycin for 8 weeks.",
    "HTLV-1 proviral load 4.2 copies per 100 PBMC; flower cells on the film; smouldering ATL.",
    "Habu bite of the left hand 2 hours ago; swelling to the elbow; 6 vials of antivenom.",
    "Cystic echinococcosis WHO CE2, 8.4 cm in segment VII; albendazole 400 mg twice daily.",
    "Brucella agglutination 1:640; Rose Bengal positive; doxycycline 100 mg and gentamicin.",
    "Puumala hantavirus: creatinine 412 umol/L, platelets 38 x 10^9/L; proteinuria 3+.",
    "Podoconiosis stage 3 of both legs; compression bandaging and foot hygiene.",
    "rK39 positive; liposomal amphotericin B 3 mg/kg on days 1-5, 14 and 21.",
    "Hansen disease, multibacillary, bacterial index 3+; MB-MDT for 12 months.",
    "ALS-parkinsonism-dementia complex; UPDRS III 38; ALSFRS-R 31/48.",
    "Tick-borne encephalitis IgM positive in CSF; 142 cells/uL, 90% lymphocytes.",
    "PrEP for men who have sex with men: tenofovir-emtricitabine 245/200 mg; creatinine 88 umol/L.",
    # Occupational, aviation, diving and sports medicine.
    "Audiogram: 4 kHz notch of 55 dB on both sides; Coles criteria met for noise-induced loss.",
    "Blood lead 38 ug/dL, zinc protoporphyrin 112 ug/dL; removal from exposure above 30 ug/dL.",
    "Red cell cholinesterase 62% of baseline after organophosphate spraying.",
    "Bubble study: right-to-left shunt grade 3 at rest; PFO closed with a 25 mm occluder.",
    "Sokolow-Lyon 41 mm; Sharma criteria: isolated voltage, normal in an athlete.",
    "Oswestry Disability Index 46%; DASH 58; 12% whole person impairment (AMA Guides, 6th ed.).",
    "6/6 in each eye uncorrected; Farnsworth D-15 passed; audiometry within 35 dB at 500-2000 Hz.",
    "WHODAS 2.0 score 41; Berg balance 38/56; FIM 84/126.",
    # Medicines, devices and implants.
    "Metformin 500 mg twice daily; eGFR 38 mL/min/1.73m2, so no more than 1,000 mg a day.",
    "Apixaban 2.5 mg twice daily for weight 54 kg and creatinine 142 umol/L.",
    "Pump basal 0.65 units/h; correction factor 1:2.5 mmol/L; carbohydrate ratio 1:12.",
    "Metal-on-metal hip: cobalt 9.8 ug/L, chromium 6.1 ug/L; MARS MRI shows a 3 cm pseudotumour.",
    "Inlet 45 mL/min, ACD-A ratio 12:1, ionised calcium 0.98 mmol/L; 2 blood volumes processed.",
    "MESA 10-year CHD risk 7.4% with a coronary calcium score of 112 Agatston units.",
    "Cycle 3 day 8 (C3D8) of gemcitabine 1,000 mg/m2; neutrophils 1.1 x 10^9/L; review 3/12.",
    # Nursing, geriatrics, neurology and haematology.
    "NEWS2 6: RR 24, SpO2 91% on air, BP 98/56, HR 112, temperature 38.4 °C.",
    "Clinical Frailty Scale 6; Morse fall score 65; 4AT 2.",
    "Braden 12; category 3 pressure ulcer of the sacrum, 4 x 3 cm and 1.5 cm deep.",
    "ABCD2 score 5; 70% internal carotid stenosis by NASCET criteria.",
    "GCS E3V4M6; pupils 3 mm and reactive; 8 mm subdural with 4 mm midline shift.",
    "Lay rescuer CPR for 8 minutes before the first 200 J shock; ROSC at 14 minutes.",
    "Sickle cell anaemia (HbSS), HbF 18%; hydroxyurea 20 mg/kg; transcranial Doppler 168 cm/s.",
    "Behçet disease, HLA-B51 positive; pathergy test positive at 48 hours.",
    "Beta-thalassaemia trait: MCV 62 fL, HbA2 5.4%; Mentzer index 11.",
    "Bristol stool type 7 six times a day; Boston bowel preparation score 6/9.",
)  # fmt: skip

_V17_MONTHS = {
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "tt": (
        "гыйнвар",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    "ha": (
        "Janairu",
        "Faburairu",
        "Maris",
        "Afirilu",
        "Mayu",
        "Yuni",
        "Yuli",
        "Agusta",
        "Satumba",
        "Oktoba",
        "Nuwamba",
        "Disamba",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "gl": (
        "xaneiro",
        "febreiro",
        "marzo",
        "abril",
        "maio",
        "xuño",
        "xullo",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "decembro",
    ),
    "rm": (
        "schaner",
        "favrer",
        "mars",
        "avrigl",
        "matg",
        "zercladur",
        "fanadur",
        "avust",
        "settember",
        "october",
        "november",
        "december",
    ),
    "br": (
        "Genver",
        "C'hwevrer",
        "Meurzh",
        "Ebrel",
        "Mae",
        "Mezheven",
        "Gouere",
        "Eost",
        "Gwengolo",
        "Here",
        "Du",
        "Kerzu",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "kab": (
        "Yennayer",
        "Fuṛar",
        "Meɣres",
        "Yebrir",
        "Mayyu",
        "Yunyu",
        "Yulyu",
        "Ɣuct",
        "Ctembeṛ",
        "Tubeṛ",
        "Wambeṛ",
        "Dujembeṛ",
    ),
    "ch": (
        "Eneru",
        "Fibreru",
        "Måtso",
        "Abrit",
        "Måyu",
        "Huñu",
        "Hulio",
        "Agosto",
        "Septembre",
        "Oktubre",
        "Nobiembre",
        "Disiembre",
    ),
}
# Characters an OCR engine confuses on a faxed or scanned form.
_V17_OCR = {
    "0": "O",
    "1": "I",
    "2": "Z",
    "5": "S",
    "6": "b",
    "8": "B",
    "a": "o",
    "e": "c",
    "h": "b",
    "l": "I",
    "n": "ri",
    "u": "ii",
    "B": "8",
    "O": "0",
}
_V17_BORN = frozenset(("dob", "usdob", "yob", "rudob", "dedob", "jadob"))


def _v17_person(rng: random.Random, groups: tuple[int, ...] = ()) -> tuple[str, str]:
    """A given and a family name of one culture (``groups``: the cultures to draw from)."""
    given = rng.choice(_V17_GROUPS[rng.choice(groups)][0]) if groups else rng.choice(V17_GIVEN)
    return given, rng.choice(_V17_GROUPS[_V17_GROUP_OF[given]][1])


def _v17_ocr(rng: random.Random, text: str) -> str:
    """``text`` as an OCR engine may read it off a fax: one to three characters confused."""
    spots = [i for i, c in enumerate(text) if c in _V17_OCR]
    out = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2, 3)))):
        out[i] = _V17_OCR[text[i]]
    return "".join(out)


def _v17_asr(rng: random.Random, text: str) -> str:
    """``text`` as speech recognition may write an unfamiliar name: lower case, broken apart."""
    words = []
    for word in text.lower().replace("'", " ").split():
        if len(word) > 5 and rng.random() < 0.7:
            cut = rng.randrange(2, len(word) - 2)
            word = f"{word[:cut]} {word[cut:]}"
        words.append(word)
    return " ".join(words)


def _v17_local(rng: random.Random, locale: str, given: str, family: str) -> str:
    """A name written the way the forms of ``locale`` write it."""
    other = rng.choice(_V17_GROUPS[_V17_LOCALES.index(locale)][1])
    other_given = rng.choice(_V17_GROUPS[_V17_LOCALES.index(locale)][0])
    shapes: tuple[str, ...] = (f"{given} {family}", f"{family} {given}")
    if locale == "tt":  # family name, given name and patronymic, as Russian forms write them
        patronymic = rng.choice(_V17_TT_PATRONYMIC)
        shapes = (
            f"{family} {given} {patronymic}",
            f"{family.upper()} {given} {patronymic}",
            f"{given} {family}",
            f"{family} {given[0]}. {patronymic[0]}.",
        )
    elif locale == "ce":
        patronymic = rng.choice(_V17_CE_PATRONYMIC)
        shapes = (
            f"{family} {given} {patronymic}",
            f"{family.upper()} {given}",
            f"{given} {family}",
        )
    elif locale in ("bj", "kab", "br"):  # NOM Prénoms
        shapes = (
            f"{family.upper()} {given}",
            f"{given} {family}",
            f"{family.upper()} {given} {other_given}",
        )
        if locale == "br":
            shapes += (f"{family.upper()} {given}, née {other.upper()}",)
    elif locale in ("cl", "gl"):  # a given name, the father's and the mother's family names
        shapes = (f"{given} {family} {other}", f"{family} {other}, {given}", f"{given} {family}")
    elif locale == "om":  # a given name, the father's and sometimes the grandfather's name
        shapes = (f"{given} {family}", f"{given} {family} {other}", f"{given.upper()} {family}")
    elif locale == "vm":  # Ede names put the clan name last, Jarai names often first
        shapes = (f"{given} {family}", f"{family} {given}", f"{given} {family}".upper())
    elif locale == "kr":
        shapes = (
            f"{given} {family}",
            f"{family}, {given}",
            f"{rng.choice(('Naw', 'Saw'))} {given} {family}",
        )
    elif locale == "gu":  # the mother's family name as a middle name
        shapes = (f"{given} {family}", f"{given} {other} {family}", f"{family}, {given}")
    elif locale == "rm":
        shapes = (f"{given} {family}", f"{family} {given}", f"{family}-{other} {given}")
    elif locale == "ok":
        shapes = (f"{family} {given}", f"{given} {family}", f"{family.upper()} {given}")
    elif locale == "bt":  # Batak women carry "boru" (br.) before the clan name
        shapes = (f"{given} {family}", f"{given} br. {family}", f"{given} {family}".upper())
    elif locale == "mni":  # family name first; Devi, Chanu or Singh last
        shapes = (
            f"{family} {given} {rng.choice(('Devi', 'Chanu', 'Singh'))}",
            f"{given} {family}",
            f"{family.upper()} {given.upper()} DEVI",
        )
    elif locale in ("ha", "ff"):
        shapes = (
            f"{given} {family}",
            f"{family.upper()} {given}",
            f"{given} {other_given} {family}",
        )
    return rng.choice(shapes)


def _v17_name(rng: random.Random, style: str) -> str:
    up = _V8_UP
    if style in _V17_LOCALES:
        given, family = _v17_person(rng, (_V17_LOCALES.index(style),))
        return _v17_local(rng, style, given, family)
    if style in _V17_SCRIPTS:
        given, family = _v17_person(rng, (len(_V17_LATIN_GROUPS) + _V17_SCRIPTS.index(style),))
        if style == "okja":
            return rng.choice((f"{family} {given}", f"{family}{given}", f"{family}　{given}"))
        if style == "ttcyr":
            return rng.choice((f"{family} {given}", f"{family.upper()} {given}"))
        return rng.choice((f"{given} {family}", f"{family} {given}"))
    if style == "ugpy":  # a Uyghur name in a Chinese document's pinyin
        given, family = _v17_person(rng, (_V17_LOCALES.index("ug"),))
        py_given, py_family = _V17_UG_PINYIN[given], _V17_UG_PINYIN[family]
        return rng.choice(
            (f"{py_given}·{py_family}", f"{py_given} {py_family}", f"{given} {family}")
        )
    if style == "nick":
        return rng.choice(V17_NICKNAMES)
    if style == "word":
        if rng.random() < 0.5:
            given = rng.choice(_V17_WORD_GIVEN)
            family = rng.choice(_V17_GROUPS[_V17_GROUP_OF[given]][1])
        else:
            family = rng.choice(_V17_WORD_FAMILY)
            given = rng.choice(_V17_GROUPS[_V17_GROUP_OF[family]][0])
        return rng.choice((f"{given} {family}", f"{family}, {given}", given, f"Mrs {family}"))
    given, family = _v17_person(rng, tuple(range(len(_V17_LATIN_GROUPS))))
    ascii_given, ascii_family = _v8_ascii(given) or "x", _v8_ascii(family) or "x"
    if style == "comma":
        return rng.choice((f"{family}, {given}", f"{family.upper()}, {given}", f"{family},{given}"))
    if style == "caps":
        return rng.choice((f"{given} {family}".upper(), f"{family.upper()} {given.upper()}"))
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "familyu":
        return family.upper()
    if style == "sig":
        return rng.choice(
            (
                f"{given} {family}",
                f"{given[0]}. {family}",
                f"{family} {given[0]}.",
                f"{given[0]}.{rng.choice(up)}. {family}",
                f"{family.upper()} {given}",
                f"{given} {family}, MD",
            )
        )
    if style == "initials":
        return rng.choice(
            (
                f"{given[0]}{family[0]}",
                f"{given[0]}.{family[0]}.",
                f"{given[0]}{rng.choice(up)}{family[0]}",
            )
        )
    if style == "user":
        return rng.choice(
            (
                f"{ascii_given[0]}{ascii_family}",
                f"{ascii_family}.{ascii_given}",
                f"{ascii_given}{ascii_family[:3]}{rng.randrange(10, 99)}",
                f"{ascii_family[:5]}{ascii_given[:2]}".upper(),
            )
        )
    if style == "chat":  # a chat handle or display name
        return rng.choice(
            (
                f"{given} {family}",
                f"{ascii_given}_{ascii_family[0]}",
                f"{given} ({family})",
                f"{ascii_given}{rng.randrange(70, 99)}",
            )
        )
    if style == "pn":
        return rng.choice((f"{family}^{given}", f"{family.upper()}^{given.upper()}^^^"))
    if style == "ub":
        return rng.choice(
            (f"{family.upper()}, {given.upper()}", f"{family.upper()} {given.upper()}")
        )
    if style == "ocr":
        return _v17_ocr(
            rng, rng.choice((f"{given} {family}", family, f"{family.upper()}, {given}"))
        )
    if style == "dict":
        return rng.choice((f"{given} {family}".lower(), family.lower(), f"{given} {family}"))
    if style == "asr":
        return _v17_asr(rng, rng.choice((f"{given} {family}", family, given)))
    if style == "spell":
        letters = ascii_family.upper()
        return rng.choice(("-".join(letters), " ".join(letters), ". ".join(letters) + "."))
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    r = rng.random()
    if r < 0.05:
        return f"{given} ({rng.choice(V17_NICKNAMES)}) {family}"
    if r < 0.17:
        return family
    if r < 0.27:
        return f"{family}, {given}"
    if r < 0.35:
        return f"{given} {family}".upper()
    if r < 0.41:
        return f"{given[0]}. {family}"
    return f"{given} {family}"


def _v17_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    months = rng.randrange(1, 12)
    suffix = "th" if 10 < n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    russian = "год" if n % 10 == 1 and n % 100 != 11 else "года" if n % 10 in (2, 3, 4) else "лет"
    words = _v12_words(n) if n < 100 else "one hundred"
    if n > 100:
        words += f" and {_v12_words(n - 100)}"
    shapes = {
        "": (str(n),),
        "y": (f"{n} yrs", f"{n}yo", f"{n} y.o.", f"{n}-year-old", f"{n}F"),
        "ord": (f"{n}{suffix}",),
        "ym": (f"{n} yrs {months} mths", f"{n}y{months}m", f"{n} years {months} months"),
        "dict": (words, str(n)),
        "ru": (f"{n} {russian}", f"{n} л."),
        "tt": (f"{n} яшь", f"{n} яшьтә"),
        "ug": (f"{n} ياش", f"{n} yash"),
        "om": (f"waggaa {n}", f"{n} waggaa"),
        "ha": (f"shekara {n}", f"mai shekaru {n}"),
        "fr": (f"{n} ans", f"{n} ans et {months} mois"),
        "es": (f"{n} años", f"{n} a."),
        "vi": (f"{n} tuổi",),
        "gl": (f"{n} anos",),
        "rm": (f"{n} onns",),
        "ja": (f"{n}歳", f"{n} 歳"),
        "cn": (f"{n}岁", f"{n}周岁"),
        "id": (f"{n} tahun", f"{n} thn"),
        "kab": (f"{n} iseggasen", f"{n} ans"),
        "ff": (f"duuɓi {n}", f"{n} ans"),
    }
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v17_era(d: date) -> tuple[str, int]:
    """The Japanese era of a date and the year within it (令和, 6)."""
    for start, era in _V8_ERAS:
        if d >= start:
            return era, d.year - start.year + 1
    return "", d.year


def _v17_date(rng: random.Random, style: str) -> str:
    if style in _V17_BORN:
        d = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    elif style == "adult":
        d = date(1975, 1, 1) + timedelta(days=rng.randrange(365 * 25))
    elif style == "kid":
        d = date(2010, 1, 1) + timedelta(days=rng.randrange(365 * 14))
    else:
        d = date(2016, 1, 1) + timedelta(days=rng.randrange(365 * 11))
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    en = _V8_MONTHS[d.month - 1]
    mon = en[:3]
    wd = _V8_WEEKDAYS[d.weekday()]
    m = {key: names[d.month - 1] for key, names in _V17_MONTHS.items()}
    plain = f"{d:%d/%m/%Y}"
    # The Ethiopian calendar runs 7 or 8 years behind, its year starting in September.
    ec_year = d.year - (7 if d.month >= 9 else 8)
    ec_month = (d.month + 3) % 12 + 1
    era, era_year = _v17_era(d)
    era_date = f"{era}{'元' if era_year == 1 else era_year}年{d.month}月{d.day}日"
    era_short = {"大正": "T", "昭和": "S", "平成": "H", "令和": "R"}.get(era, "")
    ampm = "AM" if hh < 12 else "PM"
    shapes = {
        "us": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year % 100:02d}"),
        "usdob": (f"{d:%m/%d/%Y}",),
        "eu": (plain, f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}"),
        "iso": (d.isoformat(),),
        "dmy": (f"{d.day} {en} {d.year}", f"{d.day} {mon} {d.year}", f"{d.day}-{mon}-{d.year}"),
        "mdy": (f"{en} {d.day}, {d.year}", f"{mon}. {d.day}, {d.year}"),
        "dow": (f"{wd} {d.day}/{d.month}", f"{wd}, {mon} {d.day}", f"{en[:3].upper()} {d.day}"),
        "stamp": (
            f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}",
            f"{d.isoformat()} {hh:02d}:{mm:02d}",
            f"{d:%m/%d/%Y} {hh % 12 or 12}:{mm:02d} {ampm}",
        ),
        "clock": (f"{hh:02d}:{mm:02d} {d:%d/%m/%y}", f"{d:%m/%d} {hh:02d}{mm:02d}"),
        "dob": (plain, f"{d:%d-%b-%Y}", f"{d:%m/%d/%Y}", d.isoformat()),
        "adult": (f"{d:%m/%d/%Y}", plain),
        "kid": (f"{d:%m/%d/%Y}", plain, d.isoformat()),
        "yob": (str(d.year), f"{d.year}?"),
        "my": (f"{en} {d.year}", f"{d.month:02d}/{d.year}"),
        "chat": (
            f"{d:%d/%m/%Y}, {hh:02d}:{mm:02d}",
            f"{d.month}/{d.day}/{d.year % 100:02d} {hh % 12 or 12}:{mm:02d} {ampm}",
            f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}",
        ),
        "mail": (
            f"{wd}, {d.day} {mon} {d.year} {hh:02d}:{mm:02d}",
            f"{en} {d.day}, {d.year} at {hh % 12 or 12}:{mm:02d} {ampm}",
        ),
        "unix": (
            f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}+00:00",
            str((d - date(1970, 1, 1)).days * 86400 + hh * 3600 + mm * 60),
        ),
        "hl7": (f"{d:%Y%m%d}", f"{d:%Y%m%d}{hh:02d}{mm:02d}"),
        "ocr": (_v17_ocr(rng, plain), _v17_ocr(rng, f"{d:%m/%d/%Y}")),
        "dict": (
            f"{en.lower()} {_v12_ordinal(d.day)} {d.year}",
            f"{d.month} {d.day} {d.year}",
            f"the {_v12_ordinal(d.day)} of {en.lower()}",
        ),
        "ru": (f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y} г.", f"{d.day} {m['ru']} {d.year} г."),
        "rudob": (f"{d:%d.%m.%Y}", f"{d.day} {m['ru']} {d.year} г."),
        "tt": (f"{d.day} {m['tt']} {d.year} ел", f"{d:%d.%m.%Y}"),
        "cn": (f"{d.year}年{d.month}月{d.day}日", d.isoformat(), f"{d:%Y.%m.%d}"),
        "ec": (
            f"{rng.randrange(1, 31):02d}/{ec_month:02d}/{ec_year} (E.C.)",
            f"{rng.randrange(1, 31)}/{ec_month}/{ec_year} ALI",
        ),
        "ha": (f"{d.day} ga {m['ha']}, {d.year}", plain),
        "fr": (plain, f"{d.day} {m['fr']} {d.year}", f"{d.day}/{d.month}/{d.year}"),
        "es": (plain, f"{d.day} de {m['es']} de {d.year}", f"{d:%d-%m-%Y}"),
        "vi": (plain, f"ngày {d.day} tháng {d.month} năm {d.year}"),
        "gl": (plain, f"{d.day} de {m['gl']} de {d.year}"),
        "rm": (f"{d:%d.%m.%Y}", f"ils {d.day} da {m['rm']} {d.year}"),
        "de": (f"{d:%d.%m.%Y}", f"{d.day}. {m['de']} {d.year}"),
        "dedob": (f"{d:%d.%m.%Y}", f"{d.day}. {m['de']} {d.year}"),
        "it": (plain, f"{d.day} {m['it']} {d.year}"),
        "br": (plain, f"{d.day} a viz {m['br']} {d.year}", f"{d.day} {m['fr']} {d.year}"),
        "jadob": (era_date, f"{era_short}{era_year}.{d.month}.{d.day}"),
        "id": (f"{d:%d-%m-%Y}", f"{d.day} {m['id']} {d.year}"),
        "in": (plain, f"{d:%d-%m-%Y}", f"{d.day}-{mon}-{d.year}"),
        "kab": (plain, f"{d.day} {m['kab']} {d.year}"),
        "ch": (f"{d:%m/%d/%Y}", f"{d.day} {m['ch']} {d.year}"),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    if not style:
        style = rng.choice(("us", "eu", "iso", "dmy", "stamp", "dob"))
    return rng.choice(shapes[style])


def _v17_geo(rng: random.Random, style: str) -> str:
    n, k = rng.randrange(1, 300), rng.randrange(1, 80)
    street, town, state, zip5 = rng.choice(V17_US_PLACES)
    us = f"{n} {street}, {town}, {state} {zip5}"
    tt_idx, tt_city, tt_street = rng.choice(V17_TT_CITIES)
    tt_v, tt_dist, tt_rep = rng.choice(V17_TT_VILLAGES)
    tc_idx, tc_city, tc_street = rng.choice(V17_TT_CYRILLIC)
    tc_v, tc_dist, tc_rep = rng.choice(V17_TT_CYR_VILLAGES)
    at_street, at_pc, at_city = rng.choice(V17_AT_STREETS)
    ug_city, ug_street = rng.choice(V17_UG_PLACES)
    ug_v, ug_county, ug_pref = rng.choice(V17_UG_VILLAGES)
    cn_city, cn_street = rng.choice(V17_UG_CHINESE)
    ua_city, ua_street = rng.choice(V17_UG_ARABIC)
    om_town, om_sub = rng.choice(V17_OM_TOWNS)
    om_ganda, om_aanaa, om_godina = rng.choice(V17_OM_RURAL)
    ha_street, ha_city = rng.choice(V17_HA_STREETS)
    ha_v, ha_lga, ha_state = rng.choice(V17_HA_VILLAGES)
    bj_q, bj_city = rng.choice(V17_BJ_QUARTIERS)
    bj_v, bj_commune, bj_dept = rng.choice(V17_BJ_VILLAGES)
    cl_street, cl_city = rng.choice(V17_CL_STREETS)
    cl_comm, cl_comuna, cl_region = rng.choice(V17_CL_COMMUNITIES)
    vm_buon, vm_ward, vm_city, vm_prov = rng.choice(V17_VM_PLACES)
    kr_camp, kr_district, kr_prov = rng.choice(V17_KR_CAMPS)
    kr_town, kr_state = rng.choice(V17_KR_TOWNSHIPS)
    gu_village, gu_zip = rng.choice(V17_GU_VILLAGES)
    mh_village, mh_atoll, mh_zip = rng.choice(V17_MH_PLACES)
    gl_street, gl_pc, gl_city = rng.choice(V17_GL_STREETS)
    gl_lugar, gl_concello, gl_rpc, gl_prov = rng.choice(V17_GL_RURAL)
    rm_street, rm_pc, rm_town = rng.choice(V17_RM_STREETS)
    lad_street, lad_pc, lad_town = rng.choice(V17_LAD_STREETS)
    br_street, br_pc, br_town = rng.choice(V17_BR_STREETS)
    br_ld, br_lpc, br_ltown = rng.choice(V17_BR_LIEUDITS)
    ok_area, ok_city, ok_zip = rng.choice(V17_OK_PLACES)
    oj_city, oj_area, oj_zip = rng.choice(V17_OK_KANJI)
    bt_street, bt_city, bt_zip = rng.choice(V17_BT_STREETS)
    bt_desa, bt_kec, bt_kab = rng.choice(V17_BT_VILLAGES)
    mni_loc, mni_dist, mni_pin = rng.choice(V17_MNI_PLACES)
    sat_v, sat_po, sat_dist, sat_state, sat_pin = rng.choice(V17_SAT_VILLAGES)
    kab_v, kab_commune, kab_wilaya = rng.choice(V17_KAB_VILLAGES)
    rif_hay, rif_city, rif_pc = rng.choice(V17_RIF_PLACES)
    ff_q, ff_city = rng.choice(V17_FF_QUARTIERS)
    ff_d, ff_sp, ff_pref = rng.choice(V17_FF_RURAL)
    b1, b2, b3 = rng.randrange(1, 9), rng.randrange(1, 30), rng.randrange(1, 20)
    shapes = {
        "us": (us, f"{n} {street}", f"{town}, {state} {zip5}", f"{street}, {town}"),
        "town": V17_TOWNS,
        "inst": V17_INSTITUTIONS,
        "funeral": V17_FUNERAL,
        "pharm": V17_PHARMACIES,
        "port": V17_PORTS,
        "worship": V17_WORSHIP,
        "ocr": (_v17_ocr(rng, us), _v17_ocr(rng, f"{n} {street}")),
        "dict": (f"{_v12_words(n % 99 + 1)} {street} {town}".lower(), town.lower()),
        "asr": (_v17_asr(rng, town), _v17_asr(rng, f"{street} in {town}")),
        "hl7": (f"{n} {street}^^{town}^{state}^{zip5}^USA",),
        "tt": (
            f"g. {tt_city}, {tt_street}, d. {n}, kv. {k}",
            f"{tt_idx}, {tt_city}, {tt_street} {n}-{k}",
            f"s. {tt_v}, {tt_dist}, {tt_rep}",
        ),
        "ttcyr": (
            f"{tc_idx}, г. {tc_city}, {tc_street}, д. {n}, кв. {k}",
            f"г. {tc_city}, {tc_street}, {n}-{k}",
            f"с. {tc_v}, {tc_dist}, {tc_rep}",
        ),
        "at": (f"{at_street} {n}/{b1}/{b3}, {at_pc} {at_city}", f"{at_pc} {at_city}"),
        "ug": (
            f"{ug_city}, {ug_street}, No. {n}",
            f"{ug_v} village, {ug_county} county, {ug_pref}",
        ),
        "ugcn": (f"新疆{cn_city}{cn_street}{n}号", f"{cn_city}{cn_street}{n}号{b1}单元{b2}室"),
        "ugar": (f"{ua_city} شەھىرى، {ua_street}، {n}-نومۇر",),
        "om": (
            f"{om_town}, {om_sub}, H.No. {n * 11}",
            f"Ganda {om_ganda}, Aanaa {om_aanaa}, Godina {om_godina}",
        ),
        "ha": (
            f"No. {n} {ha_street}, {ha_city}",
            f"{ha_v} village, {ha_lga} LGA, {ha_state} State",
            f"quartier {rng.choice(V17_NE_QUARTIERS)}, Zinder",
        ),
        "bj": (
            f"carré {n * 7}, quartier {bj_q}, {bj_city}",
            f"village de {bj_v}, commune de {bj_commune}, {bj_dept}",
            f"{bj_q}, {bj_city}, BP {_digits(rng, 4)}",
        ),
        "cl": (
            f"{cl_street} {n * 13}, depto. {k}, {cl_city}",
            f"comunidad {cl_comm}, {cl_comuna}, {cl_region}",
        ),
        "vm": (f"{vm_buon}, {vm_ward}, {vm_city}, tỉnh {vm_prov}", f"{vm_buon}, {vm_city}"),
        "kr": (
            f"{kr_camp} camp, Zone {rng.choice('ABC')}, Section {k}, House {n}, {kr_prov}",
            f"{kr_camp} camp, {kr_district} district, {kr_prov}",
            f"{kr_town} township, {kr_state}",
        ),
        "gu": (
            f"{n} {rng.choice(V17_GU_ROADS)}, {gu_village}, GU {gu_zip}",
            f"P.O. Box {_digits(rng, 4)}, Saipan, MP 96950",
            f"{rng.choice(V17_PW_HAMLETS)} hamlet, Koror, Palau 96940",
        ),
        "mh": (f"{mh_village}, {mh_atoll} Atoll, MH {mh_zip}", f"{mh_village}, {mh_atoll}"),
        "gl": (
            f"{gl_street}, {n}, {b1}º {rng.choice(('esq.', 'dta.', 'A', 'B'))}, {gl_pc} {gl_city}",
            f"Lugar de {gl_lugar}, {n}, {gl_rpc} {gl_concello} ({gl_prov})",
        ),
        "gltown": (gl_city, gl_concello),
        "rm": (f"{rm_street} {n}, {rm_pc} {rm_town}", f"{rm_pc} {rm_town}"),
        "lad": (f"{lad_street} {n}, {lad_pc} {lad_town} (BZ)", lad_town),
        "br": (
            f"{n} {br_street}, {br_pc} {br_town}",
            f"lieu-dit {br_ld}, {br_lpc} {br_ltown}",
            f"au {n} {br_street} à {br_town}",
        ),
        "ok": (
            f"{b1}-{b2}-{b3} {ok_area}, {ok_city}, Okinawa {ok_zip}",
            f"{ok_area}, {ok_city}",
        ),
        "okja": (f"〒{oj_zip} 沖縄県{oj_city}{oj_area}{b1}-{b2}-{b3}", f"沖縄県{oj_city}{oj_area}"),
        "bt": (
            f"{bt_street} No. {n}, {bt_city} {bt_zip}",
            f"Desa {bt_desa}, Kec. {bt_kec}, Kab. {bt_kab}",
        ),
        "mni": (
            f"{mni_loc}, {mni_dist}, Manipur {mni_pin}",
            f"{mni_loc}, P.O. Imphal {mni_pin}",
        ),
        "sat": (
            f"Vill. {sat_v}, P.O. {sat_po}, Dist. {sat_dist}, {sat_state} {sat_pin}",
            f"{sat_v}, {sat_dist}",
        ),
        "kab": (
            f"village {kab_v}, commune de {kab_commune}, wilaya de {kab_wilaya}",
            f"cité {b2 * 20} logements, bât. {rng.choice('ABCDE')} n° {b3}, "
            f"{rng.choice(V17_KAB_TOWNS)}",
        ),
        "rif": (f"{rif_hay}, n° {n}, {rif_city} {rif_pc}", f"{rif_hay}, {rif_city}"),
        "ff": (
            f"quartier {ff_q}, {ff_city}",
            f"district de {ff_d}, sous-préfecture de {ff_sp}, préfecture de {ff_pref}",
        ),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    if not style:
        style = rng.choice(("us", "town", "inst", "gl", "br", "gu", "rm"))
    return rng.choice(shapes[style])


def _v17_phone(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    area = rng.choice(("479", "336", "651", "315", "718", "402", "671", "670"))
    us = f"({area}) {rng.randrange(2, 10)}{d(2)}-{d(4)}"
    shapes = {
        "us": (us, f"{area}-{rng.randrange(2, 10)}{d(2)}-{d(4)}", f"{area}.{d(3)}.{d(4)}"),
        "ext": (f"{us} x{d(4)}", f"{us} ext. {d(3)}"),
        "pager": (f"{area}-{d(3)}-{d(4)}", f"#{d(4)}", f"bleep {d(4)}"),
        "e164": (
            f"+1{area}{rng.randrange(2, 10)}{d(6)}",
            f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
            f"+234 80{rng.randrange(2, 10)} {d(3)} {d(4)}",
            f"+41 79 {d(3)} {d(2)} {d(2)}",
            f"+692 {rng.choice(('625', '455'))}-{d(4)}",
        ),
        "hl7": (f"^PRN^PH^^1^{area}^{d(7)}", f"({area}){d(3)}-{d(4)}^^^^^^^"),
        "ocr": (_v17_ocr(rng, us), _v17_ocr(rng, f"{area}-{d(3)}-{d(4)}")),
        "ru": (
            f"+7 (843) {d(3)}-{d(2)}-{d(2)}",
            f"8 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
            f"8 (347) {d(3)}-{d(2)}-{d(2)}",
        ),
        "at": (f"+43 664 {d(7)}", f"0650/{d(7)}", f"01 {d(3)} {d(2)} {d(2)}"),
        "cn": (f"+86 1{rng.choice('358')}{d(1)} {d(4)} {d(4)}", f"0998-{d(7)}", f"0991-{d(7)}"),
        "et": (f"+251 91 {d(3)} {d(4)}", f"0911 {d(2)} {d(2)} {d(2)}", f"022 111 {d(4)}"),
        "ng": (f"+234 80{rng.randrange(2, 10)} {d(3)} {d(4)}", f"080{rng.randrange(2, 10)}{d(7)}"),
        "bj": (
            f"+229 01 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"(+229) 9{d(1)} {d(2)} {d(2)} {d(2)}",
            f"+228 90 {d(2)} {d(2)} {d(2)}",
        ),
        "cl": (f"+56 9 {d(4)} {d(4)}", f"(45) 2{d(3)} {d(3)}", f"+54 9 299 {d(3)}-{d(4)}"),
        "vn": (f"+84 262 {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}", f"0905.{d(3)}.{d(3)}"),
        "gu": (f"(671) {d(3)}-{d(4)}", f"+1 670 {d(3)} {d(4)}", f"+680 {d(3)} {d(4)}"),
        "es": (f"+34 981 {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}", f"982 {d(6)}"),
        "ch": (f"+41 81 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}"),
        "it": (f"+39 0471 {d(6)}", f"0472 {d(2)} {d(2)} {d(2)}", f"340 {d(7)}"),
        "fr": (
            f"02 98 {d(2)} {d(2)} {d(2)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        ),
        "jp": (f"098-{d(3)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"(0980) {d(2)}-{d(4)}"),
        "id": (f"+62 812-{d(4)}-{d(4)}", f"(061) {d(7)}", f"0813 {d(4)} {d(4)}"),
        "in": (f"+91 98{d(3)} {d(5)}", f"0385-{d(7)}", f"0651-{d(7)}", f"94{d(8)}"),
        "dz": (f"+213 5 {d(2)} {d(2)} {d(2)} {d(2)}", f"026 {d(2)} {d(2)} {d(2)}"),
        "ma": (f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"0539 {d(2)} {d(2)} {d(2)}"),
        "gn": (f"+224 62{d(1)} {d(2)} {d(2)} {d(2)}", f"62{d(1)}{d(6)}"),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    if not style:
        style = rng.choice(("us", "e164", "es", "fr", "gu", "ch"))
    return rng.choice(shapes[style])


def _v17_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v17 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        """A shape of ``style``; without one, the plain shapes ("") or, if none, any."""
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        key = style or ("" if "" in shapes else rng.choice(list(shapes)))
        return rng.choice(shapes[key])

    if kind == "NAME":
        return _v17_name(rng, style)
    if kind == "AGE":
        return _v17_age(rng, style)
    if kind == "DATE":
        return _v17_date(rng, style)
    if kind == "GEO":
        return _v17_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v17_phone(rng, style)
    born = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    yy, mm, dd = born.year % 100, born.month, born.day
    yy2 = rng.randrange(16, 27)
    given, family = _v17_person(rng, tuple(range(len(_V17_LATIN_GROUPS))))
    g, f = _v8_ascii(given) or "pt", _v8_ascii(family) or "pt"
    token = "".join(rng.choice(alnum.lower() + "_-") for _ in range(rng.choice((12, 22, 32))))
    if kind == "EMAIL":
        domain = rng.choice(
            (
                "gmail.com",
                "yandex.ru",
                "mail.ru",
                "yahoo.fr",
                "orange.fr",
                "hotmail.com",
                "bluewin.ch",
                "ntamar.net",
                "ymail.com",
                "outlook.es",
            )
        )
        return pick(
            {
                "": (
                    f"{g}.{f}@{domain}",
                    f"{f}{g[0]}{rng.randrange(1, 99)}@{domain}",
                    f"{g}_{f}{yy:02d}@{domain}",
                    f"{g[0]}{f}@{domain}".upper(),
                ),
                "work": (
                    f"{g}.{f}@ksgr.ch",
                    f"{g[0]}.{f}@chu-brest.fr",
                    f"{f}.{g}@sergas.es",
                    f"{g}.{f}@gmha.org",
                    f"{g[0]}{f}@akth.gov.ng",
                    f"{f}@kuvatov-rkb.ru",
                ),
                "plus": (f"{g}.{f}+portal@gmail.com", f"{f}+{d(4)}@icloud.com"),
            },
            "EMAIL",
        )
    if kind == "SSN":
        nik_day = dd + rng.choice((0, 40))
        return pick(
            {
                "": (f"{d(3)}-{d(2)}-{d(4)}", f"{d(3)} {d(2)} {d(4)}"),
                "anum": (f"A{d(9)}", f"A {d(3)} {d(3)} {d(3)}", f"A-{d(8)}"),
                "pass": (f"{letters(1)}{d(7)}", f"{letters(2)}{d(7)}", f"{d(9)}"),
                "snils": (f"{d(3)}-{d(3)}-{d(3)} {d(2)}",),
                "rupass": (f"92 {d(2)} {d(6)}", f"80 {d(2)} №{d(6)}"),
                "at": (f"{d(4)} {dd:02d}{mm:02d}{yy:02d}", f"{d(4)}{dd:02d}{mm:02d}{yy:02d}"),
                "cnid": (
                    f"6531{d(2)}{born.year}{mm:02d}{dd:02d}{d(3)}{rng.choice('0123456789X')}",
                    f"6501{d(2)}{born.year}{mm:02d}{dd:02d}{d(4)}",
                ),
                "fayda": (f"{d(4)} {d(4)} {d(4)}", d(12)),
                "nin": (d(11), f"{d(4)} {d(3)} {d(4)}"),
                "npi": (d(10), f"NPI {d(10)}"),
                "rut": (
                    f"{rng.randrange(3, 9)}.{d(3)}.{d(3)}-{rng.choice('0123456789K')}",
                    f"{rng.randrange(3, 9)}{d(6)}-{rng.choice('0123456789K')}",
                ),
                "mh": (f"R{d(7)}", f"MH{d(6)}"),
                "dni": (f"{d(8)}{letters(1)}", f"{d(2)}.{d(3)}.{d(3)}-{letters(1)}"),
                "ahv": (f"756.{d(4)}.{d(4)}.{d(2)}",),
                "cf": (
                    f"{f[:3].upper():X<3}{g[:3].upper():X<3}{yy:02d}{'ABCDEHLMPRST'[mm - 1]}"
                    f"{dd + 40:02d}{letters(1)}{d(3)}{letters(1)}",
                ),
                "nir": (
                    f"2 {yy:02d} {mm:02d} {rng.choice(('29', '22', '56'))} {d(3)} {d(3)} {d(2)}",
                    f"2{yy:02d}{mm:02d}29{d(8)}",
                ),
                "nik": (f"1206{d(2)}{nik_day:02d}{mm:02d}{yy:02d}{d(4)}",),
                "aadhaar": (
                    f"{rng.randrange(2, 10)}{d(3)} {d(4)} {d(4)}",
                    f"{rng.randrange(2, 10)}{d(11)}",
                ),
                "dz": (f"1{d(17)}", f"{d(9)}"),
                "cin": (f"R{d(6)}", f"RB{d(5)}"),
            },
            "SSN",
        )
    if kind == "MRN":
        return pick(
            {
                "": (d(7), f"{d(2)}-{d(2)}-{d(2)}", f"M{d(7)}", f"{d(3)}{letters(1)}{d(4)}"),
                "ru": (f"{d(4)}/{2000 + yy2}", f"{d(5)}-С"),
                "in": (f"{2000 + yy2}{d(8)}", f"{2000 + yy2}/{d(6)}"),
                "dict": (" ".join(d(7)), f"{d(3)} {d(4)}"),
                "ocr": (_v17_ocr(rng, d(8)), _v17_ocr(rng, f"M{d(7)}")),
            },
            "MRN",
        )
    if kind == "HEALTH_PLAN":
        return pick(
            {
                "": (f"{letters(3)}{d(9)}", f"{d(9)}-{d(2)}", f"W{d(9)}"),
                "medicaid": (f"{letters(2)}{d(5)}{letters(1)}", d(10)),
                "travel": (f"TRV-{d(8)}", f"{letters(3)}/{d(6)}/{yy2}"),
                "ocr": (_v17_ocr(rng, f"{letters(3)}{d(9)}"),),
                "oms": (d(16), f"{d(4)} {d(4)} {d(4)} {d(4)}"),
                "cbhi": (f"CBHI/{d(3)}/{d(5)}", f"OR-{d(7)}"),
                "nhia": (f"NHIA/KN/{d(6)}", f"{d(8)}-{rng.randrange(1, 5)}"),
                "bj": (f"ARCH {d(10)}", f"CNSS {d(9)}"),
                "fonasa": (f"FONASA {d(8)}-{rng.choice('0123456789K')}", f"Isapre {d(9)}"),
                "bhyt": (
                    f"{rng.choice(('GD', 'HT', 'CN', 'BT', 'DN'))}{rng.randrange(1, 6)}66{d(10)}",
                ),
                "gu": (f"MIP-{d(8)}", f"{d(9)}G"),
                "gl": (f"GA{d(10)}", f"{letters(4)}{d(6)}{letters(2)}"),
                "ch": (f"80756 {d(4)} {d(4)} {d(4)} {d(4)}",),
                "ja": (f"{d(8)}  記号 {d(4)} 番号 {d(3)}", f"{d(6)}-{d(2)}"),
                "bpjs": (f"000{d(10)}", f"{d(4)} {d(4)} {d(5)}"),
                "abha": (f"{d(2)}-{d(4)}-{d(4)}-{d(4)}", f"{g}.{f}{d(2)}@abdm"),
                "chifa": (d(12), f"{d(2)} {d(4)} {d(4)} {d(2)}"),
            },
            "HEALTH_PLAN",
        )
    if kind == "ACCOUNT":
        return pick(
            {
                "ivf": (f"IVF-{2000 + yy2}-{d(4)}", f"C{d(6)}"),
                "donor": (f"D{d(5)}", f"{letters(2)}{d(4)}"),
                "milk": (f"MB{yy2}-{d(4)}", f"P{d(6)}"),
                "adopt": (f"ADP-{d(6)}", f"{2000 + yy2}-AD-{d(4)}"),
                "unhcr": (f"{rng.choice(('MLA', 'UMP', 'NPO'))}-{d(6)}", f"{d(3)}-{yy2}C{d(5)}"),
                "ho": (f"{letters(1)}{d(7)}", f"{d(4)}-{d(4)}-{d(4)}-{d(4)}"),
                "claim": (f"{d(2)}{letters(1)}{d(9)}", f"CLM-{d(8)}"),
                "me": (f"ME{yy2}-{d(5)}", f"{2000 + yy2}-{d(4)}"),
                "tissue": (f"EB-{d(6)}", f"{letters(3)}{d(5)}"),
                "rudeath": (f"{d(2)} № {d(6)}", f"{d(2)} Г {d(7)}"),
                "faa": (f"{letters(1)}{d(6)}", d(7)),
                "wc": (f"WC-{d(8)}", f"{d(3)}-{d(2)}-{d(6)}"),
                "dis": (f"DIS/{d(6)}", f"{letters(2)}{d(6)}{letters(1)}"),
                "school": (f"{d(9)}", f"S{d(6)}"),
                "pcc": (f"PC{2000 + yy2}-{d(6)}",),
                "otp": (f"OTP-{d(5)}", f"{d(4)}{letters(2)}"),
                "ssp": (f"{g[:2].upper()}{f[:2].upper()}{mm:02d}{yy:02d}",),
                "rx": (f"{d(7)}-{d(5)}", f"RX{d(8)}"),
                "reg": (f"{2000 + yy2}{d(6)}", f"{d(4)}-{d(6)}"),
                "bio": (f"BB{d(8)}", f"{letters(2)}-{d(6)}-{rng.randrange(1, 9)}"),
                "scr": (f"S{rng.randrange(100, 999)}-{d(3)}", f"{rng.randrange(1, 40):02d}-{d(3)}"),
                "pgx": (f"PGX-{d(7)}", f"{yy2}PG{d(5)}"),
                "hla": (f"{d(4)}-{d(4)}-{rng.randrange(1, 9)}", f"CH-{d(7)}"),
                "aps": (f"APS-{2000 + yy2}-{d(5)}", f"{d(8)}"),
                "ration": (f"ML-{d(5)}", f"{rng.choice('ABC')}{d(2)}-{d(4)}"),
                "smp": (d(4), f"{d(3)}/{rng.randrange(1, 10)}"),
                "pmjay": (f"{d(8)}{letters(1)}", d(9)),
                "iban": (
                    f"CH{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(1)}",
                    f"FR76 {d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(3)}",
                    f"ES{d(2)} {d(4)} {d(4)} {d(2)} {d(10)}",
                    f"AT{d(2)} {d(4)} {d(4)} {d(4)} {d(4)}",
                ),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        return pick(
            {
                "": (f"{letters(1)}{d(6)}", f"{letters(2)}{d(5)}"),
                "mw": (f"CNM-{d(4)}", f"MW{d(5)}"),
                "mdcn": (f"MDCN/R/{d(5)}", f"{d(5)}"),
                "gmc": (d(7),),
                "fd": (f"FD{d(4)}", f"{d(5)}"),
                "dl": (f"{letters(1)}{d(8)}", f"{d(3)} {d(3)} {d(3)}", f"{d(9)}"),
                "pilot": (d(7), f"{d(10)}"),
                "npi": (f"1{d(9)}",),
                "gl": (f"15/{d(5)}", f"27/{d(5)}", f"{d(9)}"),
                "rpps": (f"10{d(9)}",),
                "gln": (f"7601{d(9)}",),
                "bj": (f"{d(4)}", f"ONMB/{d(4)}"),
                "in": (f"MMC/{d(4)}", f"JMC-{d(5)}", f"{d(5)}"),
            },
            "LICENSE",
        )
    if kind == "VEHICLE":
        cyr = "АВЕКМНОРСТУХ"
        return pick(
            {
                "": (f"{letters(3)} {d(4)}", f"{d(1)}{letters(3)}{d(3)}", f"{letters(2)}-{d(4)}"),
                "us": (f"{d(3)} {letters(3)}", f"{letters(3)}-{d(4)}", f"{d(1)}{letters(3)}{d(3)}"),
                "amb": (
                    f"Medic {rng.randrange(10, 99)} ({letters(3)} {d(3)})",
                    f"{d(3)} {letters(3)}",
                ),
                "at": (f"W-{d(5)}{letters(1)}", f"G {d(3)} {letters(2)}"),
                "ru": (
                    f"{rng.choice(cyr)}{d(3)}{rng.choice(cyr)}{rng.choice(cyr)} 116",
                    f"{rng.choice(cyr)} {d(3)} {rng.choice(cyr)}{rng.choice(cyr)} 02",
                ),
                "in": (f"MN01{letters(1)}{d(4)}", f"JH 04 {letters(2)} {d(4)}"),
                "vin": ("".join(rng.choice(alnum) for _ in range(17)),),
            },
            "VEHICLE",
        )
    if kind == "DEVICE":
        return pick(
            {
                "incub": (f"EMB-{d(5)}", f"{letters(2)}{d(6)}"),
                "lockbox": (f"LB{d(6)}", f"{d(4)}-{letters(2)}"),
                "pump": (f"SN {letters(2)}{d(7)}", f"{d(8)}{letters(1)}"),
                "hip": (f"{d(6)}-{d(2)}", f"{letters(1)}{d(9)}"),
                "apher": (f"1P{d(5)}", f"OPT{d(6)}"),
                "wc": (f"WC-{d(5)}", f"{letters(3)}{d(6)}"),
                "gps": (f"IMEI {d(15)}", f"TRK-{d(8)}"),
                "tag": (f"HUGS {d(6)}", f"{letters(2)}{d(5)}"),
            },
            "DEVICE",
        )
    if kind == "URL":
        return pick(
            {
                "portal": (
                    f"https://mychart.example-health.org/appeal/{d(9)}",
                    f"https://portal.example-plan.com/claims/{token}",
                ),
                "recall": (f"https://recall.example-ortho.com/lookup?sn={d(9)}",),
                "video": (
                    f"https://telehealth.example-clinic.org/room/{f}-{d(4)}",
                    f"https://zoom.us/j/{d(10)}?pwd={token}",
                ),
                "zalo": (f"https://zalo.me/09{d(8)}", f"zalo.me/g/{token[:10]}"),
                "vk": (f"https://vk.com/id{d(9)}", f"vk.com/{g}_{f}"),
            },
            "URL",
        )
    if kind == "IP":
        v4 = rng.choice(
            (
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"95.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"202.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            )
        )
        return pick(
            {
                "": (v4,),
                "port": (f"{v4}:{rng.choice((443, 8443, 3389))}",),
                "v6": (
                    f"2001:{rng.randrange(4096, 65536):x}:{rng.randrange(65536):x}:"
                    f"{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}",
                ),
            },
            "IP",
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


# The v18 lists: the held-out row (seed ``V18_SEED``), written and committed before any change made
# from the v17 row's misses and not run against the scrubber. Templates: clinic letters, birthday
# cards and out-of-office replies; discharge summaries in English and in the languages and scripts
# of the v18 names (Thai, Korean, Lithuanian, Latvian, Bosnian, Faroese, Georgian, Armenian, Greek,
# Hebrew, Uzbek, Sakha and Ossetian Russian, Iraqi Arabic, Pashto, Marathi, Japanese, Chinese,
# French of Mauritania and Tahiti, Spanish of Yucatán and La Guajira, Swahili); radiology and
# pathology reports, DICOM dumps, tumour boards and specimen labels; referral forms; HL7, X12,
# FHIR, CDA, CSV, JSON, YAML, SQL, vCard, iCalendar and web-server log lines; e-mails and SMS;
# handovers, ward lists, whiteboards and theatre lists; scanned and faxed forms read by OCR or
# handwriting recognition; road-traffic, ambulance, ferry, boat and parking records, with plates,
# VINs, chassis and hull numbers of many countries; insurance cards and eligibility checks; ages
# over 89 in many languages and shapes; and names without cues, in lower case, in signatures and
# names that are also English words.
V18_SEED = 20280305
V18_TEMPLATES = (
    # Clinic letters, cards and out-of-office replies.
    "Dear Dr {NAME:family},\n\nRe: {NAME:caps}   DOB {DATE:dob}   NHI {MRN:nhi}\n{GEO:nz}\n\n"
    "Thank you for asking me to see this {AGE:y} woman, who came with her great-grandson "
    "{NAME:given}. She still drives ({VEHICLE:nz}).\n\nYours sincerely\n\n{NAME:sig}\n"
    "Geriatrician",
    "Kind regards,\n\n{NAME:sig}\nClinical Nurse Specialist, Memory Service\n{PHONE:uk}  |  "
    "{EMAIL:nhs}",
    "Mrs {NAME:addr}\n{GEO:uk}\n\nDear {NAME:given},\n\nYour hearing aid review is at {GEO:inst} "
    "on "
    "{DATE:long}. We have noted your blue badge vehicle, {VEHICLE:uk}, for the car park.",
    "CONFIDENTIAL - MEDICAL INFORMATION ON FITNESS TO DRIVE\nDriver: {NAME:caps}   Driving licence "
    "no. {LICENSE:dvla}\nVehicles: {VEHICLE:uk} (car), {VEHICLE:uk} (motor caravan)\nDate of "
    "birth: "
    "{DATE:dob} (age {AGE})\nReporting doctor: {NAME:sig}, GMC {LICENSE:gmc}, {GEO:uk}",
    "To whom it may concern,\n{NAME} ({AGE:y}) has been my patient since {DATE:my}. She lives "
    "alone "
    "at {GEO:au} and needs a carer's parking permit for {VEHICLE:au}.\n{NAME:sig}, MBBS, provider "
    "no. {LICENSE:au}",
    "hi {NAME:given}, just confirming your mum {NAME:lower} turns {AGE} on {DATE:dow} - the home "
    "is "
    "planning a party. {NAME:given} (activities)",
    "Birthday cards this month, {GEO:carehome}:\nMrs {NAME:addr} - {AGE:ord} on {DATE:short}\n"
    "Mr {NAME:addr} - {AGE:ord} on {DATE:short}\nCake from {GEO:shop}",
    "Auto-reply: I am out of the office until {DATE:long}. For urgent matters about {NAME:caps} "
    "(MRN {MRN}), please contact {NAME:sig} on {PHONE:ext} or {EMAIL:work}.",
    # E-mails and text messages.
    "From: {NAME:display} <{EMAIL}>\nSent: {DATE:rfc}\nTo: {EMAIL:work}\nSubject: Re: Nan's "
    "results\n\nHi Dr {NAME:family}, Nan ({NAME:given}) is {AGE} and lives with us at {GEO:us} "
    "now. "
    "Can you call me on {PHONE:us}?\n\n{NAME:given}",
    "-----Original Message-----\nFrom: {EMAIL:obf}\nDate: {DATE:rfc}\nplease forward to ward 4b, "
    "my uncle {NAME:lower} was moved there last night. thanks {NAME:lower}",
    "[SMS {DATE:chat}] {PHONE}: hi its {NAME:given} - mum ({NAME:lower}) fell again, were at "
    "{GEO:town} A&E, car reg {VEHICLE:lower} in the drop off bay sorry",
    "Thanks,\n{NAME:given}\n\n--\n{NAME:sig} | Discharge Coordinator | {GEO:inst}\nT {PHONE:uk} | "
    "M {PHONE:uk}",
    # Discharge summaries, in English and in other languages and scripts.
    "DISCHARGE SUMMARY\nPatient: {NAME:comma}   UR {MRN:ur}   DOB {DATE:dob}\nAddress: {GEO:au}\n"
    "Admitted {DATE:au}   Discharged {DATE:au}\nMedicare {HEALTH_PLAN:medau}\nGP: {NAME:sig}, "
    "{GEO:town}\nHome by patient transport {VEHICLE:au}",
    "Discharge summary - {GEO:inst}\n{NAME:caps} ({AGE:y}), of {GEO:za}\nID no. {SSN:za}   Medical "
    "aid: {HEALTH_PLAN:za}\nFollow-up {DATE:za}\nNext of kin: {NAME:ven}, {PHONE:za}",
    "RESUMEN DE EGRESO\nNombre: {NAME:yua}   Edad: {AGE:es}\nCURP: {SSN:curp}   NSS: "
    "{HEALTH_PLAN:imss}\nDomicilio: {GEO:yua}\nFecha de egreso: {DATE:es}\nMédico: {NAME:yua}, "
    "céd. prof. {LICENSE:mx}",
    "ใบสรุปการจำหน่าย / DISCHARGE SUMMARY\nชื่อ Name: {NAME:thai}\nHN {MRN:hn}   อายุ {AGE:th}\n"
    "เลขประจำตัวประชาชน {SSN:th}\nสิทธิ: {HEALTH_PLAN:th}\nที่อยู่ {GEO:thai}\nวันที่จำหน่าย "
    "{DATE:th}",
    "퇴원요약지\n환자명: {NAME:hang}   등록번호: {MRN:ko}\n"
    "주민등록번호: {SSN:rrn}\n나이: {AGE:ko}\n"
    "주소: {GEO:hang}\n건강보험증번호: {HEALTH_PLAN:nhis}\n퇴원일: {DATE:ko}\n보호자: {NAME:hang} "
    "({PHONE:ko})",
    "IŠRAŠAS IŠ MEDICINOS DOKUMENTŲ (F027/a)\nPacientė: {NAME:lt}, a. k. {SSN:lt}\nAmžius: "
    "{AGE:lt}\nAdresas: {GEO:lt}\nGydytoja: {NAME:lt}, spaudo Nr. {LICENSE:lt}\n{DATE:lt}",
    "Izraksts no stacionāra: {NAME:lv}, p.k. {SSN:lv}, {AGE:lv}; dzīvo {GEO:lv}; ārstējošais ārsts "
    "{NAME:lv}; {DATE:lv}.",
    "OTPUSNO PISMO\nIme i prezime: {NAME:bs}   JMBG: {SSN:jmbg}\nGodine: {AGE:bs}\nAdresa: "
    "{GEO:bs}\nBroj osiguranja: {HEALTH_PLAN:ba}\nDatum otpusta: {DATE:bs}\nLječnik: {NAME:bs}",
    "ÚTSKRIVING - {GEO:inst}\nNavn: {NAME:fo}   P-tal: {SSN:fo}\nAldur: {AGE:fo}\nBústaður: "
    "{GEO:fo}\nLækni: {NAME:fo}\n{DATE:fo}",
    "გაწერის ეპიკრიზი\nპაციენტი: {NAME:geor}\nპირადი ნომერი: {SSN:ge}\nასაკი: {AGE:ka}\n"
    "მისამართი: {GEO:geor}\nთარიღი: {DATE:ka}",
    "ԴՈՒՐՍԳՐՄԱՆ ԱՄՓՈՓԱԳԻՐ\nՀիվանդ՝ {NAME:armn}\nՏարիք՝ {AGE:hy}\nՀասցե՝ {GEO:armn}\n"
    "Անձնագիր՝ {SSN:am}\nԱմսաթիվ՝ {DATE:hy}",
    "ΕΞΙΤΗΡΙΟ - {GEO:inst}\nΟνοματεπώνυμο: {NAME:grek}   Ηλικία: {AGE:el}\nΑρ. Ταυτότητας: "
    "{SSN:cy}   ΓεΣΥ: {HEALTH_PLAN:gesy}\nΔιεύθυνση: {GEO:grek}\nΗμερομηνία: {DATE:el}",
    "סיכום אשפוז\nשם המטופלת: {NAME:hebr}\nת.ז. {SSN:il}   גיל: {AGE:he}\nקופת חולים: "
    "{HEALTH_PLAN:il}\nכתובת: {GEO:hebr}\nתאריך שחרור: {DATE:he}\nרופא מטפל: {NAME:heb}, מ.ר. "
    "{LICENSE:il}",
    "CHIQISH EPIKRIZI\nF.I.Sh.: {NAME:uz}\nYoshi: {AGE:uz}\nJSHSHIR: {SSN:uz}\nManzil: {GEO:uz}\n"
    "Sana: {DATE:uz}\nDavolovchi shifokor: {NAME:uz}",
    "ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ № {MRN:ru}\nПациентка: {NAME:sahcyr}, {AGE:ru}\nАдрес: "
    "{GEO:sahcyr}\nПолис ДМС: {HEALTH_PLAN:dms}\nДата выписки: {DATE:ru}",
    "Направление на консультацию: {NAME:oscyr}, {AGE:ru}, {GEO:oscyr}; ИНН {SSN:inn}; доставлена "
    "машиной {VEHICLE:ru}.",
    "تقرير خروج\nالاسم: {NAME:arab}\nالعمر: {AGE:ar}\nالعنوان: {GEO:arab}\nالهاتف: {PHONE:iq}\n"
    "تاريخ الخروج: {DATE:ar}",
    "د رخصتۍ لنډیز\nنوم: {NAME:pash}   عمر: {AGE:fa}\nتذکره: {SSN:af}\nادرس: {GEO:pash}\n"
    "نېټه: {DATE:sh}",
    "डिस्चार्ज सारांश\nरुग्णाचे नाव: {NAME:deva}\nवय: {AGE:mr}\nपत्ता: {GEO:deva}\nदिनांक: "
    "{DATE:mr}"
    "\nUHID: {MRN:uhid}",
    "退院サマリー\n氏名: {NAME:jpan}   年齢: {AGE:ja}\n"
    "後期高齢者医療被保険者番号: {HEALTH_PLAN:jpko}\n"
    "住所: {GEO:jpan}\n退院日: {DATE:ja}\n主治医: {NAME:jpan}",
    "出院小结\n姓名：{NAME:hani}   年龄：{AGE:zh}\n住院号：{MRN:zh}\n医保卡号：{HEALTH_PLAN:zh}\n"
    "住址：{GEO:hani}\n出院日期：{DATE:zh}",
    "COMPTE RENDU D'HOSPITALISATION - {GEO:inst}\nNom : {NAME:mrt}   Âge : {AGE:fr}\nNNI : "
    "{SSN:mr}   CNAM : {HEALTH_PLAN:cnam}\nAdresse : {GEO:mrt}\nSortie le {DATE:fr}",
    "Compte rendu de sortie - {GEO:inst}\nPatiente : {NAME:tah}, {AGE:fr}\nN° DN : "
    "{HEALTH_PLAN:cps}\nAdresse : {GEO:tah}\nTél. : {PHONE:pf}\nIPP : {MRN:ipp}",
    "DISCHARGE SUMMARY - {GEO:inst}\nName: {NAME:kln}   Age: {AGE}   IP No.: {MRN:ke}\nID No.: "
    "{SSN:ke}   SHA No.: {HEALTH_PLAN:sha}\nResidence: {GEO:kln}\nNext of kin: {NAME:kln} "
    "({PHONE:ke})",
    "DISCHARGE NOTE - {GEO:inst}\nName: {NAME:tiv}   Age: {AGE:y}\nHospital No.: {MRN:ng}\n"
    "Address: {GEO:tiv}\nNOK: {NAME:tiv} ({PHONE:ng})\nBSHIA No.: {HEALTH_PLAN:bshia}",
    "EPICRISIS - {GEO:inst}\nPaciente: {NAME:wy}   C.C. {SSN:co}\nEdad: {AGE:es}\nResidencia: "
    "{GEO:wy}\nEPS: {HEALTH_PLAN:eps}\nAcompañante: {NAME:wy}, cel. {PHONE:co}",
    "Виписка від {DATE:ua}: {NAME:crh}, {AGE:ua}, {GEO:crh}; РНОКПП {SSN:ua}; тел. {PHONE:ua}; "
    "авто {VEHICLE:ua}.",
    "Fomu ya rufaa: jina {NAME:kln}, umri {AGE:sw}, anaishi {GEO:kln}, simu {PHONE:ke}; tarehe "
    "{DATE:sw}.",
    # Short notes about the patients of the v18 cultures, in English.
    "Mobile clinic register, {GEO:mas}: {NAME:mas}, {AGE:sw}; referred by community health "
    "promoter {NAME:mas}, {PHONE:ke}.",
    "Referral from the health centre at {GEO:efi}: {NAME:efi}, {AGE:y}, NIN {SSN:nin}; husband "
    "{NAME:efi}, {PHONE:ng}; the tricycle that brought her was {VEHICLE:ng}.",
    "Medivac request to {GEO:inst}: {NAME:gil}, {AGE}, of {GEO:gil}; family contact {NAME:gil} on "
    "{PHONE:ki}; flight {DATE:eu}.",
    "Status card {SSN:status}: {NAME:cr}, {AGE:y}, {GEO:cr}; band office {PHONE:ca}; medical "
    "escort "
    "{NAME:cr}.",
    "IHS chart {MRN:ihs}: {NAME:hop}, {AGE}, {GEO:hop}; community health representative {NAME:hop} "
    "visits weekly; pick-up {VEHICLE:tribal}.",
    "{NAME:chr} ({AGE:y}) of {GEO:chr}; tribal citizen ID {SSN:tribal}; her son {NAME:chr} drives "
    "her in on Tuesdays, tag {VEHICLE:tribal}.",
    "Clinic note: {NAME:ka}, {AGE:y}, from {GEO:ka}; personal no. {SSN:ge}; daughter {NAME:ka}, "
    "{PHONE:ge}.",
    "Referral: {NAME:hy}, {AGE}, {GEO:hy}; passport {SSN:am}; son {NAME:hy} ({PHONE:am}, {EMAIL}).",
    "Transfer note: {NAME:ko}, {AGE:ko}, from {GEO:ko}; caregiver {NAME:ko}, {PHONE:ko}; "
    "KakaoTalk {URL:kakao}.",
    "{NAME:zh} (pinyin as in her passport), {AGE}, {GEO:zh}; WeChat {URL:wechat}; son {NAME:zh}, "
    "{PHONE:cn}.",
    "Ms {NAME:ja}, {AGE:ja}, from {GEO:ja}; My Number {SSN:jp}; son-in-law {NAME:ja}, {PHONE:jp}.",
    "Patient {NAME:th}, {AGE:th}, {GEO:th}; LINE {URL:line}; daughter {NAME:th} ({PHONE:th}); taxi "
    "{VEHICLE:th}.",
    "Home care visit: {NAME:heb}, {AGE:y}, {GEO:il}; Maccabi member {HEALTH_PLAN:il}; live-in "
    "caregiver {NAME}; {PHONE:il}.",
    "GP letter: {NAME:cy}, {AGE:y}, of {GEO:cy}; GHS beneficiary {HEALTH_PLAN:gesy}; car "
    "{VEHICLE:cy}.",
    "Refugee intake: {NAME:af}, {AGE:y}, from {GEO:af}; Tazkira {SSN:af}; SIV case {ACCOUNT:siv}; "
    "brother {NAME:af}, WhatsApp {PHONE:af}.",
    "{NAME:iq}, {AGE}, {GEO:iq}; national card {SSN:iq}; sons {NAME:iq} and {NAME:iq}; "
    "{PHONE:iq}.",
    "OPD: {NAME:mr}, {AGE:y}, {GEO:mr}; ESIC IP No. {HEALTH_PLAN:esic}; PAN {SSN:pan}; son "
    "{NAME:mr}, {PHONE:in}; scooter {VEHICLE:mh}.",
    "Air ambulance from {GEO:sah}: {NAME:sah}, {AGE:ru}; INN {SSN:inn}; daughter {NAME:sah}, "
    "{PHONE:ru}.",
    "Nota de traslado: {NAME:yua}, {AGE:es}, de {GEO:yua}; traductora de maya {NAME:yua}, "
    "{PHONE:mx}; taxi {VEHICLE:mx}, NIV {VEHICLE:vin}.",
    "Dialysis transport: {NAME:ven}, {AGE}, {GEO:za}; taxi {VEHICLE:za}; son {NAME:ven}, "
    "{PHONE:za}.",
    "Uzbek-speaking patient {NAME:uz}, {AGE:y}, {GEO:uz}; grandson {NAME:uz} interprets by "
    "{PHONE:uz}.",
    "Latvian family: {NAME:lv} visits {NAME:lv} ({AGE}) from {GEO:lv}.",
    # Radiology.
    "CT HEAD WITHOUT CONTRAST\nPatient: {NAME:ub}   MRN: {MRN:barcode}   Age: {AGE:y}\nReferrer: "
    "{NAME:sig}\nAccession: {ACCOUNT:acc}\nExamined: {DATE:stamp}\nReported by {NAME:sig} "
    "({GEO:inst})",
    "(0010,0010) PN [{NAME:pn}]\n(0010,0020) LO [{MRN}]\n(0010,0030) DA [{DATE:dicom}]\n"
    "(0010,1010) AS [{AGE:dicom}]\n(0010,1040) LO [{GEO:us}]\n(0008,0080) LO [{GEO:inst}]\n"
    "(0008,0090) PN [{NAME:pn}]",
    "BREAST SCREENING\nMrs {NAME:addr}\n{GEO:uk}\nNHS number {HEALTH_PLAN:nhs}\nYour mammogram on "
    "{DATE:long} needs more pictures. Please call {PHONE:uk}.",
    "DEXA: {NAME:initials}, {AGE:y}; T-score -3.1 at the femoral neck; left hip prosthesis "
    "{DEVICE:hip} excluded; {GEO:inst}; {DATE:eu}.",
    "Teleradiology worklist\n#  | patient | age | site | received\n1  | {NAME:caps} | {AGE} | "
    "{GEO:inst} | {DATE:stamp}\n2  | {NAME:caps} | {AGE} | {GEO:inst} | {DATE:stamp}",
    "Ultrasound request (scanned): {NAME:ocr} DOB {DATE:ocrdob} '? DVT L leg' requested by "
    "{NAME:ocr}, bleep {PHONE:ocr}",
    # Pathology.
    "SURGICAL PATHOLOGY REPORT\nAccession: {ACCOUNT:sp}   Patient: {NAME:comma}   MRN: {MRN}\n"
    "DOB/Age/Sex: {DATE:dob}/{AGE}/F\nSubmitting physician: {NAME:sig}\nGross: received in "
    "formalin "
    "labelled '{NAME:lbl}'.\nSigned out {DATE:stamp} by {NAME:sig}",
    "Frozen section result phoned to theatre 4 at {DATE:clock}: {NAME:family}, {ACCOUNT:sp} A1, "
    "read back by {NAME:sig}.",
    "CYTOLOGY REQUISITION\nName: {NAME:lower}\nD.O.B.: {DATE:dob}\nHealth card: "
    "{HEALTH_PLAN:ohip}\n"
    "Address: {GEO:ca}\nClinician: {NAME:sig}, CPSO {LICENSE:cpso}",
    "Molecular tumour board {DATE:long}\nPresent: {NAME:sig}, {NAME:sig}, {NAME:sig}\nCase 3: "
    "{NAME:familyu}, {AGE:y}, from {GEO:town}\nCase 4: {NAME:familyu}, {AGE:y}, from {GEO:town}",
    "Specimen label '{NAME:ub} | {MRN:barcode} | {DATE:dob}' on a pot with no request form; phoned "
    "{NAME:sig} on {PHONE:ext}.",
    "Bone marrow aspirate: {NAME:initials}, {AGE:y}; slides {ACCOUNT:bm}; reported by {NAME:sig} "
    "on "
    "{DATE:dmy}.",
    # Referral forms.
    "URGENT SUSPECTED CANCER REFERRAL\nPatient: {NAME:addr}   NHS no.: {HEALTH_PLAN:nhs}\n"
    "Address: {GEO:uk}\nTel: {PHONE:uk}   Mobile: {PHONE:uk}\nInterpreter: her niece {NAME:given} "
    "will come\nReferrer: {NAME:sig}, {GEO:surgery}",
    "REFERRAL - COMMUNITY NURSING\n[x] Housebound   [x] Key safe\nName ...... {NAME:ocr}\n"
    "Age ....... {AGE:ocr}\nAddress ... {GEO:ocr}\nGP ........ {NAME:ocr}",
    "e-Referral UBRN {ACCOUNT:ubrn} for {NAME}, born {DATE:dob}; booked at {GEO:inst} on "
    "{DATE:long}.",
    "Ambulance booking: collect Mrs {NAME:addr} ({AGE}) from {GEO:carehome}; vehicle "
    "{VEHICLE:amb}; crew {NAME:initials} / {NAME:initials}.",
    "Physio referral: {NAME}, {AGE:y}, lives at {GEO:ruralus}; no phone - contact through the "
    "neighbour, {NAME:given}, {PHONE:us}.",
    "Social prescribing: {NAME:lower}, {AGE}, {GEO:w3w} (what3words of the farm gate); pharmacy "
    "delivers weekly.",
    # HL7, X12, FHIR, CDA, CSV, JSON, YAML, SQL, vCard, iCalendar and logs.
    "PID|1||{MRN}^^^MRN~{SSN}^^^SS||{NAME:pn}||{DATE:hl7dob}|F|||{GEO:hl7}||{PHONE:hl7}\n"
    "NK1|1|{NAME:pn}|GRD|{GEO:hl7}|{PHONE:hl7}\nIN1|1|BCBS|{HEALTH_PLAN:hl7}",
    "GT1|1||{NAME:pn}||{GEO:hl7}|{PHONE:hl7}||{DATE:hl7dob}|F||SE|{SSN}",
    "NM1*IL*1*{NAME:x12}****MI*{HEALTH_PLAN:mbi}~\nN3*{GEO:street}~\nN4*{GEO:x12}~\n"
    "DMG*D8*{DATE:hl7dob}*F~",
    '{"resourceType": "Coverage", "subscriberId": "{HEALTH_PLAN:mbi}", "beneficiary": '
    '{"display": "{NAME}"}, "period": {"start": "{DATE:iso}"}}',
    '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", '
    '"value": "{SSN}"}], "name": [{"text": "{NAME}"}], "address": [{"line": ["{GEO:street}"], '
    '"city": "{GEO:city}", "postalCode": "{GEO:zip}"}], "birthDate": "{DATE:isodob}"}',
    "<patient>\n  <name><given>{NAME:given}</given><family>{NAME:family}</family></name>\n"
    '  <birthTime value="{DATE:dicom}"/>\n</patient>\n<addr><streetAddressLine>{GEO:street}'
    "</streetAddressLine><city>{GEO:city}</city></addr>",
    'mrn,name,dob,age,postcode,phone\n{MRN},"{NAME:comma}",{DATE:isodob},{AGE},{GEO:postcode},'
    '{PHONE:e164}\n{MRN},"{NAME:comma}",{DATE:isodob},{AGE},{GEO:postcode},{PHONE:e164}',
    '{"ts": {DATE:ms}, "user": "{NAME:user}", "ip": "{IP:xff}", "action": "VIEW", "patient": '
    '"{MRN}"}',
    '{IP} - {NAME:user} [{DATE:log}] "GET /chart/{MRN}/notes HTTP/1.1" 200 5123',
    "BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nTEL;TYPE=CELL:{PHONE:e164}\nADR;TYPE=HOME:;;{GEO:street};"
    "{GEO:city};;{GEO:zip};\nEMAIL:{EMAIL}\nEND:VCARD",
    "BEGIN:VEVENT\nDTSTART:{DATE:ics}\nSUMMARY:Home visit - {NAME}\nLOCATION:{GEO:us}\n"
    "ATTENDEE;CN={NAME}:mailto:{EMAIL}\nEND:VEVENT",
    "patient:\n  name: {NAME}\n  age: {AGE}\n  nhi: {MRN:nhi}\n  address: {GEO:nz}\n  cgm: "
    "{DEVICE:cgm}",
    "INSERT INTO visits (mrn, name, dob, plate) VALUES ('{MRN}', '{NAME:comma}', '{DATE:isodob}', "
    "'{VEHICLE}');",
    "event=badge_swipe user={NAME:user} src={IP:v6} door=ICU-2 ts={DATE:fhir} escort_for={MRN}",
    # Handovers, ward lists, whiteboards, theatre lists and pagers.
    "I-PASS 07:30\nI: watcher\nP: {NAME:tg}, bed 22, {AGE}, CAP day 3\nA: family ({NAME:given}, "
    "{PHONE}) want a call\nS: if NEWS2 over 5 call {NAME:sig} on {PHONE:pager}",
    "| bed | name | age | cons | plan |\n|---|---|---|---|---|\n| 4 | {NAME:tg} | {AGE} | "
    "{NAME:family} | TTO |\n| 5 | {NAME:tg} | {AGE} | {NAME:family} | theatre |",
    "BAY C: 1 {NAME:familyu}  2 {NAME:familyu} (NBM)  3 {NAME:familyu} - son {NAME:given} "
    "collecting "
    "in {VEHICLE:uk}",
    "nb side room 2 ({NAME:lower}, {AGE}) keeps trying to leave - wants to drive home to "
    "{GEO:town}; keys for {VEHICLE} are with {NAME:given} at the nurses' station",
    "THEATRE 6 - {DATE:dow}\n08:00 {NAME:caps} {AGE:y} R hemiarthroplasty - {NAME:family}\n10:30 "
    "{NAME:caps} {AGE:y} DHS - {NAME:family}\nAnaesthetist: {NAME:sig}",
    "Bed request {DATE:clock}: {NAME:comma} ({AGE:y}) from {GEO:inst}, by {VEHICLE:amb}; contact "
    "{NAME:given} on {PHONE:ext}.",
    "#{PHONE:pager} pls review {NAME:familyu} bd 7 K+ 6.4 - {NAME:initials}",
    "dictation: this is {NAME:dict} for {NAME:dict} date of birth {DATE:dictdob} she is {AGE:dict} "
    "years old and lives at {GEO:dict}",
    # Scanned and faxed forms, OCR and handwriting recognition.
    "SCANNED: NEXT OF KIN FORM\nN a m e : {NAME:spaced}\nRe1ationship : daughter\nTe1 : "
    "{PHONE:ocr}\nAddr : {GEO:ocr}\nSigned {NAME:ocr}   Date {DATE:ocr}",
    "|Patient Narne | {NAME:ocr} |\n|Hosp No | {MRN:ocr} |\n|Insurer | {HEALTH_PLAN:ocr} |\n"
    "|Car reg (parking) | {VEHICLE:ocr} |",
    "{DATE:ocr} 09:14 FROM:{FAX:ocr} TO:{FAX:ocr} P.002/005\nPatient: {NAME:ocr} Age {AGE:ocr}",
    "Handwritten consent (HTR): I, {NAME:htr}, agree to the procedure. Signed {NAME:htr}, witness "
    "{NAME:htr}, {DATE:htr}",
    "Parking fine appeal (scanned): vehicle {VEHICLE:ocr} was at {GEO:inst} while the driver, "
    "{NAME:ocr}, was having chemotherapy.",
    "Lab slip: {NAME:caps} / {DATE:dob} / {MRN:barcode}",
    # Contacts and vehicles on forms in other languages and scripts.
    "보호자 연락처: {NAME:hang} {PHONE:ko} / 차량번호 {VEHICLE:kr} / 차대번호 {VEHICLE:vin}",
    "家族連絡先: {NAME:jpan}（長男） {PHONE:jp} / 車両番号 {VEHICLE:jp} / "
    "車台番号 {VEHICLE:jpchassis}",
    "陪护人：{NAME:hani} 电话 {PHONE:cn} 车牌 {VEHICLE:cn} 车架号 {VEHICLE:vin}",
    "ญาติ: {NAME:thai} โทร {PHONE:th} ทะเบียนรถ {VEHICLE:th}",
    "איש קשר: {NAME:hebr}, טל' {PHONE:il}, רכב {VEHICLE:il}",
    "المرافق: {NAME:arab}، هاتف {PHONE:iq}، رقم السيارة {VEHICLE:iq}",
    "नातेवाईक: {NAME:deva}, मो. {PHONE:in}, वाहन क्र. {VEHICLE:mh}",
    "Կոնտակտ՝ {NAME:armn}, հեռ. {PHONE:am}, մեքենա {VEHICLE:am}",
    "მიმართვა: {NAME:geor}, {AGE:ka}, ტელ. {PHONE:ge}, ავტომობილი {VEHICLE:ge}",
    "Παραπεμπτικό: {NAME:grek}, {AGE:el}, τηλ. {PHONE:cy}, όχημα {VEHICLE:gr}",
    "Nærmasti avvarandi: {NAME:fo}, tlf. {PHONE:fo}; bilur {VEHICLE:fo}.",
    "Artimasis: {NAME:lt}, tel. {PHONE:lt}; automobilis {VEHICLE:lt}, kėbulo nr. {VEHICLE:vin}.",
    "Kontaktpersona: {NAME:lv}, tālr. {PHONE:lv}; auto {VEHICLE:lv}.",
    "Kontakt osoba: {NAME:bs}, tel. {PHONE:ba}; vozilo {VEHICLE:ba}, broj šasije {VEHICLE:vin}.",
    "Personne à prévenir : {NAME:tah}, {PHONE:pf} ; véhicule {VEHICLE:pf} ; domicile {GEO:tah}.",
    "Accompagnant : {NAME:mrt}, {PHONE:mr} ; véhicule {VEHICLE:mr} ; {GEO:mrt}.",
    "Qarindoshi: {NAME:uz}, tel. {PHONE:uz}; avtomobil {VEHICLE:uz}.",
    "Родственник: {NAME:sahcyr}, тел. {PHONE:ru}; автомобиль {VEHICLE:ru}, VIN {VEHICLE:vin}.",
    "Angehörige: {NAME}, Tel. {PHONE:de}; Kfz-Kennzeichen {VEHICLE:de}; Fahrgestellnummer "
    "{VEHICLE:vin}.",
    "Contactpersoon: {NAME}, {PHONE:nl}; kenteken {VEHICLE:nl}.",
    "Familiare: {NAME}, cell. {PHONE:it}; targa {VEHICLE:it}; numero di telaio {VEHICLE:vin}.",
    "Familiar: {NAME}, móvil {PHONE:es}; matrícula {VEHICLE:es}; n.º de bastidor {VEHICLE:vin}.",
    "Famille : {NAME}, {PHONE:fr} ; immatriculation {VEHICLE:fr}.",
    "Osoba kontaktowa: {NAME}, tel. {PHONE:pl}; nr rej. {VEHICLE:pl}.",
    "Anhörig: {NAME}, tel. {PHONE:se}; regnr {VEHICLE:se}. Pårørende: {NAME}, {PHONE:no}; bil "
    "{VEHICLE:no}; rekisterinumero {VEHICLE:fi}.",
    "Yakını: {NAME}, {PHONE:tr}; plaka {VEHICLE:tr}.",
    "Acompanhante: {NAME}, {PHONE:br}; placa {VEHICLE:br}; {GEO:br}.",
    # Road traffic, ambulances, transport, ferries and boats.
    "TRAUMA CALL {DATE:stamp}\nRTC: driver of a silver hatchback ({VEHICLE:uk}) against an HGV "
    "({VEHICLE:uk})\nUnknown male, later identified as {NAME} from his driving licence "
    "{LICENSE:dvla}\nPolice ref. {ACCOUNT:police}",
    "Crash report {ACCOUNT:police}: unit 1 {VEHICLE:us}, VIN {VEHICLE:vin}, driver {NAME} (DL "
    "{LICENSE:us}); unit 2 {VEHICLE:us}, registered to {NAME:comma} of {GEO:us}.",
    "EMS run #{ACCOUNT:ems}: Medic 12 to {GEO:us} for {NAME:caps}, {AGE}; her car "
    "{VEHICLE:us} was left at the scene.",
    "Patient transport: pick-up {GEO:uk} at {DATE:clock}; wheelchair-accessible vehicle "
    "{VEHICLE:uk}; driver {NAME:given}; patient Mrs {NAME:addr}, {AGE}.",
    "Home oxygen: concentrator {DEVICE:o2} and 6 cylinders delivered to {GEO:us} for {NAME}; van "
    "{VEHICLE:us}; signed {NAME:lower}.",
    "Car park permit: Mr {NAME:addr}, vehicles {VEHICLE:uk} and {VEHICLE:uk}; valid to "
    "{DATE:long}; "
    "haemodialysis three times a week.",
    "Ferry medical log: {NAME}, {AGE}, fell on the car deck beside motorhome {VEHICLE:de} (VIN "
    "{VEHICLE:vin}), towing trailer {VEHICLE:nl}.",
    "Boating injury: hull ID {VEHICLE:hin}, registered to {NAME} of {GEO:us}; outboard serial "
    "{VEHICLE:serial}.",
    "Stolen: wheelchair van {VEHICLE:us} (last 6 of the VIN {VEHICLE:last6}) with her insulin pump "
    "{DEVICE:pump} inside - reported by {NAME}, {PHONE:us}.",
    "Motorcyclist {NAME:caps}, {AGE:y}; plate {VEHICLE:moto}; helmet on; GCS 13 at the scene.",
    "Ride receipt: driver {NAME:given}, {VEHICLE:us}; from {GEO:us} to {GEO:inst}; {DATE:mail}.",
    "MEDEVAC REQUEST {DATE:dtg}\nLine 1: {GEO:mgrs}\nPatient: {NAME:caps}, {AGE:y}\nVehicle at "
    "pick-up: {VEHICLE:us}",
    # Ages over 89.
    "{NAME:given} celebrated her {AGE:ord} birthday on the ward with her {AGE:y} sister "
    "{NAME:given}.",
    "Nonagenarian ({AGE:words}) with a fractured neck of femur; lives alone; independent until "
    "{DATE:my}.",
    "Age: {AGE:dec}\nFrailty: Clinical Frailty Scale 7\nNext of kin: {NAME} ({PHONE})",
    "Over-90s clinic: {NAME:familyu} {AGE}; {NAME:familyu} {AGE}; {NAME:familyu} {AGE}; "
    "{NAME:familyu} {AGE}",
    "Certificat de vie : {NAME:caps}, né(e) le {DATE:dob}, âgé(e) de {AGE:fr}, demeurant "
    "{GEO:tah}.",
    "Her mother died aged {AGE} and her father at {AGE}; she is {AGE:ym} herself.",
    "Centenarian card: {NAME}, {AGE:pt}, {GEO:br}; CPF {SSN:cpf}; Cartão SUS {HEALTH_PLAN:sus}.",
    # Names without cues, in lower case, in signatures, and names that are words.
    "{NAME:word} and {NAME:word} visited; {NAME:word} stayed overnight.",
    "cc {NAME:lower}; {NAME:lower}; {NAME:lower}",
    "/s/ {NAME:sig}\nElectronically signed {DATE:stamp}",
    "Seen today. {NAME:bare} unwell since {DATE:dow}.",
    "Collateral history from {NAME:word}, who says Grandma {NAME:given} has been muddled since "
    "{DATE:short}.",
    "ward clerk: pls chase notes for {NAME:lower} dob {DATE:dob} and {NAME:lower} dob {DATE:dob}",
    "Family name spelled out by her daughter: {NAME:spell}",
    "Known as {NAME:nick} to the staff; legal name {NAME}.",
    "{NAME:given} {NAME:family}'s pacemaker (serial {DEVICE:ppm}) was checked remotely from {IP}.",
    # Insurance cards, eligibility and claims.
    "MEDICARE HEALTH INSURANCE\nName: {NAME:ub}\nMedicare Number: {HEALTH_PLAN:mbi}\nEntitled to "
    "HOSPITAL (PART A) {DATE:my}   MEDICAL (PART B) {DATE:my}",
    "Insurance verification: {NAME:comma}, SSN (last 4) {SSN:last4}, subscriber ID "
    "{HEALTH_PLAN:bcbs}, group {ACCOUNT:group}; secondary Medi-Cal BIC {HEALTH_PLAN:medical}; "
    "checked {DATE:us} by {NAME:initials}.",
    "TRICARE beneficiary {NAME}, DoD ID {HEALTH_PLAN:dod}; VA ICN {HEALTH_PLAN:icn}; {GEO:us}.",
    "OHIP {HEALTH_PLAN:ohip}; Alberta PHN {HEALTH_PLAN:ab}; RAMQ {HEALTH_PLAN:ramq}: all on file "
    "for {NAME}.",
    "Medicare card {HEALTH_PLAN:medau}; DVA Gold Card {HEALTH_PLAN:dva}; {NAME}, {AGE}, {GEO:au}.",
    "EHIC {HEALTH_PLAN:ehic} (valid to {DATE:my}) for {NAME:caps} of {GEO:town}; treated at "
    "{GEO:inst}.",
    "ins # {HEALTH_PLAN:lower} - pt {NAME:lower} - policy holder her son {NAME:lower}",
    "Dental plan member {HEALTH_PLAN:dental}; dentures for {NAME}, {AGE}, at {GEO:us}.",
    "Medical aid {HEALTH_PLAN:za}, dependant code 01; main member {NAME:ven}; {GEO:za}.",
    "Medical card {HEALTH_PLAN:gms} and PPSN {SSN:pps}: {NAME}, {AGE}, {GEO:ie}.",
    "Kaiser member {HEALTH_PLAN} and Medicare Advantage {HEALTH_PLAN:mbi}: {NAME}.",
    "Singapore: {NAME:zh}, {AGE}, {GEO:sg}; NRIC {SSN:nric}; {PHONE:sg}.",
    # Devices, links, addresses and other identifiers.
    "Implant card: {DEVICE:udi}, implanted {DATE:dmy} at {GEO:inst} in {NAME}.",
    "CGM sharing: {NAME:given}'s sensor {DEVICE:cgm} uploads from {IP:mapped} to {URL:share}.",
    "Fundraiser {URL:gofundme} - '{NAME} needs a wheelchair van' - organised by {NAME} of "
    "{GEO:town}.",
    "Her son posted ward photos at {URL:social} (account {NAME:handle}).",
    "Hearing aids: L {DEVICE:ha}, R {DEVICE:ha}, fitted {DATE:eu}; Mrs {NAME:addr}.",
    "Bluetooth log: {DEVICE:mac} ({NAME:given}'s phone) paired with the bedside monitor at "
    "{DATE:fhir} from {IP:v6full}.",
    "Rx: {NAME}, {AGE}; prescriber {NAME:sig}, DEA {LICENSE:dea}, NPI {LICENSE:npi}; {GEO:pharm}.",
    "Advance directive witnessed {DATE:long} by {NAME} (notary commission {LICENSE:notary}) for "
    "{NAME:caps}, {AGE}, {GEO:us}.",
    "Guardianship order, case {ACCOUNT:court}: {NAME}, {AGE}, of {GEO:us}; guardian {NAME}, "
    "{PHONE:us}.",
    "Safeguarding referral {ACCOUNT:safe}: Mrs {NAME:addr}, {AGE}, {GEO:uk}; her grandson {NAME} "
    "uses her car ({VEHICLE:uk}) and bank account ({ACCOUNT:sortcode}).",
    "Falls incident {ACCOUNT:incident}: {NAME:familyu} ({AGE:y}) found on the floor beside bed 12, "
    "{GEO:inst}; witnessed by {NAME:initials}.",
    "Pension: {NAME}, {AGE}, National Insurance {SSN:nino}, pension ref. {ACCOUNT:pension}; "
    "{GEO:uk}.",
    "New GP registration: {NAME:caps}, born {DATE:dob} in {GEO:town}; previous postcode "
    "{GEO:postcode}; NHS no. {HEALTH_PLAN:nhs}.",
    "Over-100s visit list: {GEO:plus} (plus code) - {NAME}, {AGE}.",
    "Rural address: {GEO:ruralus}. {NAME} ({AGE}); 3 miles past {GEO:landmark}, blue trailer.",
    "Air ambulance landed at {GEO:gps} for {NAME:given}, {AGE}.",
    "Moved from {GEO:word} to {GEO:word} last year; {NAME:bare} now lives with her son.",
)  # fmt: skip

# Given and family names by culture, none of them in an earlier list (checked with accents stripped,
# token by token, particles aside): Tiv, Maasai, Kalenjin, Venda, Efik and Ibibio, I-Kiribati,
# Tahitian, Uzbek, Ossetian and Adyghe, Georgian, Armenian, Cree and Anishinaabe, Yucatec Maya,
# Wayuu, Hopi, Cherokee, Faroese, Lithuanian, Latvian, Bosnian, Marathi, Iraqi, Mauritanian
# (Hassaniya), Afghan (Pashto and Dari), Crimean Tatar, Cypriot Greek, Israeli (Mizrahi),
# Thai, Korean (two-syllable family names), Chinese (compound family names), Japanese, Sakha, and
# English given and family names that are words; and names in thirteen scripts (Greek, Hebrew,
# Georgian, Armenian, Thai, Hangul, Devanagari, Arabic, Pashto, Ossetian and Sakha Cyrillic, kanji
# and hanzi).
_V18_TIV_GIVEN = (
    "Terver",
    "Msugh",
    "Doosuur",
    "Mwuese",
    "Sewuese",
    "Aondona",
    "Iorfa",
    "Nguveren",
    "Terkimbi",
    "Ngodoo",
    "Wandoo",
    "Iveren",
)
_V18_TIV_FAMILY = (
    "Ayua",
    "Iorhemba",
    "Gbilekaa",
    "Akaahan",
    "Tyokase",
    "Ugondo",
    "Hembe",
    "Tarka",
    "Orkar",
    "Anule",
    "Iorkyaa",
    "Tsavsar",
)
_V18_MAS_GIVEN = (
    "Naserian",
    "Nashipae",
    "Lemayian",
    "Saitoti",
    "Sankale",
    "Kasaine",
    "Nkoitoi",
    "Parsimei",
    "Nalotuesha",
    "Resiato",
    "Simel",
)
_V18_MAS_FAMILY = (
    "Sapit",
    "Lenku",
    "Koikai",
    "Sironka",
    "Kores",
    "Nkaissery",
    "Tunai",
    "Kanchory",
    "Lenairoshi",
    "Ntimama",
    "Leshore",
    "Metito",
)
_V18_KLN_GIVEN = (
    "Jepkosgei",
    "Kiprotich",
    "Cheruiyot",
    "Kipchumba",
    "Jeptoo",
    "Chepngetich",
    "Kipruto",
    "Jerotich",
    "Chelagat",
    "Kibet",
)
_V18_KLN_FAMILY = (
    "Rotich",
    "Kosgei",
    "Langat",
    "Koech",
    "Korir",
    "Tanui",
    "Biwott",
    "Kipkemboi",
    "Chumba",
    "Lagat",
)
_V18_VEN_GIVEN = (
    "Mashudu",
    "Livhuwani",
    "Takalani",
    "Mukondi",
    "Vhahangwele",
    "Khathutshelo",
    "Lufuno",
    "Fulufhelo",
    "Thivhulawi",
    "Muofhe",
    "Rofhiwa",
    "Ronewa",
)
_V18_VEN_FAMILY = (
    "Nemakonde",
    "Mphephu",
    "Munyai",
    "Nemutanzhela",
    "Rambau",
    "Ravele",
    "Netshiavha",
    "Madzivhandila",
    "Nethengwe",
    "Tshikovhi",
    "Ramaano",
    "Sinthumule",
)
_V18_EFI_GIVEN = (
    "Aniekan",
    "Mfon",
    "Ekemini",
    "Ini",
    "Uduak",
    "Imaobong",
    "Idongesit",
    "Nsikak",
    "Emem",
    "Ubong",
    "Edidiong",
    "Utibe",
)
_V18_EFI_FAMILY = (
    "Udoh",
    "Ekpo",
    "Essien",
    "Inyang",
    "Bassey",
    "Umoh",
    "Effiong",
    "Ekanem",
    "Asuquo",
    "Okon",
    "Udofia",
    "Ekpenyong",
)
_V18_GIL_GIVEN = (
    "Teeta",
    "Tebwebwe",
    "Taabo",
    "Bwenawa",
    "Tiaontin",
    "Teraoi",
    "Tabera",
    "Aritita",
    "Tekena",
    "Kaiea",
    "Rereao",
)
_V18_GIL_FAMILY = (
    "Anote",
    "Teburoro",
    "Tabane",
    "Kaure",
    "Eritai",
    "Iotebwa",
    "Bauro",
    "Taoaba",
    "Kaitu",
    "Tekeaa",
    "Teinamati",
    "Ioane",
)
_V18_TAH_GIVEN = (
    "Teiva",
    "Hinano",
    "Vaitiare",
    "Heimana",
    "Raitea",
    "Tehani",
    "Manarii",
    "Poerava",
    "Tumata",
    "Hereiti",
    "Moerani",
    "Tuarii",
    "Vaimiti",
)
_V18_TAH_FAMILY = (
    "Teriierooiterai",
    "Temaru",
    "Tetuanui",
    "Tauhiro",
    "Teihotaata",
    "Mahinui",
    "Tehei",
    "Maitere",
    "Raapoto",
    "Tuheiava",
    "Ariitai",
    "Teriitahi",
)
_V18_UZ_GIVEN = (
    "Shahnoza",
    "Jahongir",
    "Sardor",
    "Nodira",
    "Oybek",
    "Gulnoza",
    "Bekzod",
    "Zuhra",
    "Sanjar",
    "Shoxrux",
    "Oʻktam",
    "Gʻayrat",
    "Feruza",
)
_V18_UZ_FAMILY = (
    "Yusupova",
    "Tursunov",
    "Ergasheva",
    "Xolmatov",
    "Qodirov",
    "Rahimova",
    "Mirzaev",
    "Normatov",
    "Gʻulomov",
    "Oʻrinboyev",
    "Toshpoʻlatov",
    "Xoʻjayev",
    "Sobirova",
    "Umarov",
)
_V18_OS_GIVEN = (
    "Zaurbek",
    "Soslan",
    "Taymuraz",
    "Kazbek",
    "Azamat",
    "Alana",
    "Madina",
    "Batraz",
    "Zalina",
    "Inal",
    "Nafset",
    "Zamira",
    "Bizhan",
    "Sataney",
    "Ruzana",
)
_V18_OS_FAMILY = (
    "Dzagoev",
    "Tsagolov",
    "Gazzaev",
    "Kokoev",
    "Tedeev",
    "Bagaev",
    "Dzhioev",
    "Kulumbegov",
    "Gagloeva",
    "Kozaeva",
    "Khetagurov",
    "Dzutsev",
    "Khuako",
    "Tkhakushinov",
    "Kumpilov",
    "Berzegov",
    "Teuchezh",
)
_V18_OS_PATRONYMIC = (
    "Kazbekovich",
    "Taymurazovna",
    "Soslanovich",
    "Batrazovna",
    "Zaurbekovich",
    "Inalovna",
    "Azamatovich",
)
_V18_KA_GIVEN = (
    "Nino",
    "Giorgi",
    "Levan",
    "Tornike",
    "Eka",
    "Otar",
    "Nestan",
    "Lasha",
    "Natia",
    "Tamuna",
    "Ilia",
    "Mzia",
    "Salome",
)
_V18_KA_FAMILY = (
    "Beridze",
    "Maisuradze",
    "Kvaratskhelia",
    "Javakhishvili",
    "Gogoladze",
    "Kiknadze",
    "Bakradze",
    "Shengelia",
    "Tsintsadze",
    "Abashidze",
    "Gvenetadze",
    "Jorbenadze",
    "Kobakhidze",
)
_V18_HY_GIVEN = (
    "Tigran",
    "Narine",
    "Lusine",
    "Armen",
    "Siranush",
    "Astghik",
    "Nairi",
    "Shushanik",
    "Mane",
    "Vahagn",
    "Arpine",
    "Gayane",
    "Karen",
)
_V18_HY_FAMILY = (
    "Petrosyan",
    "Grigoryan",
    "Harutyunyan",
    "Manukyan",
    "Ghazaryan",
    "Papazian",
    "Tovmasyan",
    "Simonyan",
    "Baghdasaryan",
    "Zakaryan",
    "Bedrossian",
    "Kocharyan",
    "Melikyan",
)
# Armenian passports add the father's name in the genitive: Tigran -> Tigrani.
_V18_HY_FATHERS = ("Tigrani", "Armeni", "Vahagni", "Kareni", "Nairii")
_V18_CR_GIVEN = (
    "Nibi",
    "Migizi",
    "Zhaawan",
    "Ziibi",
    "Giizhig",
    "Waabigwan",
    "Makwa",
    "Biidaaban",
    "Miskwaa",
    "Kisik",
    "Waseskun",
    "Wapun",
)
_V18_CR_FAMILY = (
    "Ermineskin",
    "Morningchild",
    "Bigstone",
    "Okemaw",
    "Swampy",
    "Wolfleg",
    "Sunchild",
    "Kingbird",
    "Nahgahnub",
    "Goodsky",
    "Stillday",
    "Wakonabo",
    "Morrisseau",
)
_V18_YUA_GIVEN = (
    "Wilberth",
    "Anselma",
    "Canuto",
    "Leydi",
    "Ixchel",
    "Gaspar",
    "Nicte",
    "Filiberto",
    "Marbella",
    "Landy",
)
_V18_YUA_FAMILY = (
    "Canul",
    "Chi",
    "Pech",
    "Cauich",
    "Uc",
    "Dzib",
    "Kú",
    "Tun",
    "Poot",
    "Balam",
    "Cocom",
    "Euán",
    "Chablé",
    "Dzul",
)
_V18_WY_GIVEN = (
    "Deibis",
    "Yoleida",
    "Eudes",
    "Nelsy",
    "Arelis",
    "Yusmaira",
    "Yorladis",
    "Ledys",
    "Jhonny",
    "Dilia",
    "Yandri",
)
_V18_WY_FAMILY = (
    "Epieyú",
    "Uriana",
    "Ipuana",
    "Pushaina",
    "Jusayú",
    "Epinayú",
    "Sapuana",
    "Jayaliyú",
    "Uliana",
    "Arpushana",
    "Gouriyú",
    "Sijona",
)
_V18_HOP_GIVEN = (
    "Lomasi",
    "Honovi",
    "Kuwanyauma",
    "Sihu",
    "Tuwa",
    "Nuva",
    "Lansa",
    "Kwahu",
    "Pavati",
    "Marlinda",
    "Leatrice",
)
_V18_HOP_FAMILY = (
    "Sekaquaptewa",
    "Nuvamsa",
    "Honanie",
    "Kuwanwisiwma",
    "Lomayestewa",
    "Talayumptewa",
    "Masayesva",
    "Namingha",
    "Nampeyo",
    "Polacca",
    "Koinva",
    "Tewawina",
)
_V18_CHR_GIVEN = ("Ahyoka", "Waya", "Kanuna", "Inola", "Galilahi", "Tsiyi")
_V18_CHR_FAMILY = (
    "Sixkiller",
    "Soap",
    "Crittenden",
    "Chuculate",
    "Fourkiller",
    "Walkingstick",
    "Squirrel",
    "Ketcher",
    "Hummingbird",
    "Dreadfulwater",
    "Grass",
)
_V18_FO_GIVEN = (
    "Brandur",
    "Rógvi",
    "Sjúrður",
    "Óluva",
    "Jógvan",
    "Rannvá",
    "Bjørghild",
    "Hanus",
    "Eyðun",
    "Kristin",
    "Hallbjørg",
)
_V18_FO_FAMILY = (
    "Niclasen",
    "Debes",
    "Skaalum",
    "Jákupsstovu",
    "Patursson",
    "Lamhauge",
    "Nolsøe",
    "Højgaard",
    "í Skorini",
    "á Lakjuni",
    "við Áir",
)
_V18_LT_GIVEN = (
    "Rūta",
    "Gintarė",
    "Dovilė",
    "Mindaugas",
    "Žydrūnas",
    "Vaidas",
    "Eglė",
    "Gediminas",
    "Laimutė",
    "Saulius",
    "Jurgita",
)
_V18_LT_FAMILY = (
    "Stankevičius",
    "Vasiliauskienė",
    "Butkutė",
    "Paulauskas",
    "Urbonavičius",
    "Kavaliauskas",
    "Navickaitė",
)
_V18_LV_GIVEN = ("Guntis", "Dace", "Aivars", "Baiba", "Edgars", "Inese", "Māris", "Sarmīte", "Zane")
_V18_LV_FAMILY = (
    "Bērziņa",
    "Liepiņš",
    "Krūmiņa",
    "Zariņš",
    "Pētersone",
    "Vītols",
    "Eglīte",
    "Lācis",
    "Grīnberga",
    "Šmits",
)
_V18_BS_GIVEN = ("Selma", "Edin", "Adnan", "Lejla", "Almir", "Nermina", "Sead", "Dženana", "Jasmin")
_V18_BS_FAMILY = (
    "Begović",
    "Mujkić",
    "Ćatić",
    "Husić",
    "Omerović",
    "Halilović",
    "Džaferović",
    "Salihović",
)
_V18_MR_GIVEN = (
    "Vaishnavi",
    "Sakshi",
    "Tanmay",
    "Omkar",
    "Pranjal",
    "Shubhangi",
    "Aniket",
    "Rutuja",
    "Siddhesh",
    "Mrunal",
    "Sayali",
    "Tejas",
)
_V18_MR_FAMILY = (
    "Chavan",
    "Salunkhe",
    "Wagh",
    "Mhatre",
    "Patwardhan",
    "Kamble",
    "Dhumal",
    "Nimbalkar",
    "Karmarkar",
    "Thombre",
    "Shirke",
    "Borade",
)
_V18_IQ_GIVEN = (
    "Haider",
    "Muntadhar",
    "Ruqaya",
    "Sajjad",
    "Hawraa",
    "Murtadha",
    "Zahraa",
    "Duaa",
    "Hussein",
    "Ayat",
)
_V18_IQ_FAMILY = (
    "al-Saadi",
    "al-Jubouri",
    "al-Dulaimi",
    "al-Tamimi",
    "al-Khafaji",
    "al-Rubaie",
    "al-Shammari",
    "al-Obaidi",
    "Kadhim",
    "al-Musawi",
    "al-Zubaidi",
    "al-Lami",
)
_V18_MRT_GIVEN = (
    "Mariem",
    "Vatimetou",
    "Mohamedou",
    "Ahmedou",
    "Khadijetou",
    "Aichetou",
    "Sidi",
    "Mouna",
    "Lemine",
    "Salka",
    "Brahim",
)
_V18_MRT_FAMILY = (
    "Abdallahi",
    "Ebnou",
    "Bellal",
    "Boilil",
    "Sidiya",
    "Lemrabott",
    "Eleyatt",
    "Bouamatou",
    "Mbareck",
    "Bettah",
    "Hamady",
)
_V18_AF_GIVEN = (
    "Farishta",
    "Zarghona",
    "Mursal",
    "Wahidullah",
    "Naqibullah",
    "Zalmai",
    "Palwasha",
    "Shukria",
    "Habibullah",
    "Nazifa",
    "Gulalai",
)
_V18_AF_FAMILY = (
    "Popalzai",
    "Safi",
    "Mohmand",
    "Karokhail",
    "Sadat",
    "Hotak",
    "Amarkhel",
    "Ghilzai",
    "Barakzai",
    "Achakzai",
    "Alokozay",
    "Sherzad",
    "Jalali",
    "Arsala",
)
_V18_CRH_GIVEN = (
    "Lenie",
    "Elzara",
    "Lutfiye",
    "Server",
    "Eskender",
    "Ayder",
    "Refat",
    "Nariman",
    "Dilyara",
    "Seyran",
    "Ediye",
)
_V18_CRH_FAMILY = (
    "Chubarov",
    "Dzhemilev",
    "Kurtseitov",
    "Umerov",
    "Seitveliev",
    "Abduraimov",
    "Bekirova",
    "Asanova",
    "Ibraimov",
    "Mamutov",
    "Osmanova",
    "Kurtumerov",
)
_V18_CRH_PATRONYMIC = (
    "Refatovna",
    "Ayderovich",
    "Serverovna",
    "Eskenderovich",
    "Narimanovna",
    "Seyranovich",
)
_V18_CY_GIVEN = (
    "Panayiotis",
    "Chrystalla",
    "Eleftherios",
    "Kyriacos",
    "Androulla",
    "Stelios",
    "Loizos",
    "Kleanthis",
    "Soteroulla",
    "Despo",
    "Marios",
    "Froso",
)
_V18_CY_FAMILY = (
    "Hadjipetrou",
    "Hadjikyriacou",
    "Papachristodoulou",
    "Kyprianou",
    "Ioannides",
    "Loizides",
    "Theodoulou",
    "Christofides",
    "Hadjigeorgiou",
)
_V18_HEB_GIVEN = (
    "Tzofit",
    "Hodaya",
    "Ofek",
    "Elkana",
    "Yehonatan",
    "Sivan",
    "Shilat",
    "Nehorai",
    "Hallel",
    "Avishag",
    "Yinon",
)
_V18_HEB_FAMILY = (
    "Abutbul",
    "Buskila",
    "Elmaliah",
    "Amsalem",
    "Azulay",
    "Vaknin",
    "Malka",
    "Swisa",
    "Revivo",
    "Harush",
    "Hamo",
    "Turjeman",
    "Ifergan",
)
_V18_TH_GIVEN = (
    "Kanyarat",
    "Thitima",
    "Phanuwat",
    "Chatchai",
    "Rattana",
    "Woraphon",
    "Nattawut",
    "Apinya",
    "Jiraporn",
    "Thanakorn",
)
_V18_TH_FAMILY = (
    "Jaidee",
    "Phromsuwan",
    "Kaewkla",
    "Sukprasert",
    "Inthasorn",
    "Rattanawong",
    "Wongkhamchan",
    "Sombatsiri",
    "Chantarasuk",
    "Pongpanich",
    "Thammasiri",
    "Kongkaew",
    "Phetcharat",
)
_V18_KO_GIVEN = (
    "Seulgi",
    "Haneul",
    "Bora",
    "Nari",
    "Dasom",
    "Garam",
    "Sol",
    "Yerim",
    "Jaebeom",
    "Gyeongho",
    "Areum",
    "Hyeonu",
)
_V18_KO_FAMILY = (
    "Dokgo",
    "Namgung",
    "Hwangbo",
    "Jegal",
    "Seonu",
    "Sagong",
    "Seomun",
    "Dongbang",
    "Byeon",
    "Gyeon",
    "Tae",
)
_V18_ZH_GIVEN = (
    "Muchen",
    "Jingyi",
    "Yutong",
    "Sicheng",
    "Xinyi",
    "Zimo",
    "Yanxi",
    "Jiahui",
    "Ruonan",
    "Zixuan",
    "Yichen",
    "Shiyu",
)
_V18_ZH_FAMILY = (
    "Ouyang",
    "Sima",
    "Shangguan",
    "Duanmu",
    "Xiahou",
    "Murong",
    "Linghu",
    "Huangfu",
    "Zhongli",
    "Gongsun",
    "Wenren",
    "Dongfang",
    "Ximen",
    "Zhangsun",
    "Yuchi",
)
_V18_JA_GIVEN = (
    "Tsumugi",
    "Yuina",
    "Minato",
    "Akari",
    "Itsuki",
    "Kohaku",
    "Hiyori",
    "Yuzuki",
    "Ritsu",
    "Kanade",
)
_V18_JA_FAMILY = (
    "Shiratori",
    "Kazama",
    "Mikoshiba",
    "Tsukahara",
    "Hoshino",
    "Warabi",
    "Tokunaga",
    "Ebisawa",
    "Kakinuma",
    "Ōtsubo",
    "Hirasawa",
    "Tōdō",
    "Kuramochi",
    "Sagara",
)
_V18_SAH_GIVEN = (
    "Sardaana",
    "Aiaal",
    "Nyurgun",
    "Tuyara",
    "Aital",
    "Kyunney",
    "Erchim",
    "Sakhaaya",
    "Aisen",
    "Aitalina",
)
_V18_SAH_FAMILY = (
    "Everstov",
    "Sleptsov",
    "Gogolev",
    "Vinokurova",
    "Oiunskaya",
    "Kychkina",
    "Sivtsev",
    "Neustroev",
    "Khatylaev",
    "Okhlopkova",
)
_V18_SAH_PATRONYMIC = (
    "Innokentyevna",
    "Afanasyevich",
    "Prokopyevna",
    "Gavrilyevich",
    "Nyurgunovna",
    "Aisenovich",
)
# English given and family names that are also words, some of them clinical ones.
_V18_EN_GIVEN = (
    "Marvel",
    "Lyric",
    "Denim",
    "Legend",
    "Treasure",
    "Loyal",
    "Ocean",
    "Melody",
    "Rainbow",
    "Fortune",
    "Honour",
    "Justice",
    "Liberty",
)
_V18_EN_FAMILY = ("Weeks", "Ladder", "Cutting", "Hatchett", "Dose", "Coldwell", "Burden")
_V18_LOCALES = (
    "tiv",
    "mas",
    "kln",
    "ven",
    "efi",
    "gil",
    "tah",
    "uz",
    "os",
    "ka",
    "hy",
    "cr",
    "yua",
    "wy",
    "hop",
    "chr",
    "fo",
    "lt",
    "lv",
    "bs",
    "mr",
    "iq",
    "mrt",
    "af",
    "crh",
    "cy",
    "heb",
    "th",
    "ko",
    "zh",
    "ja",
    "sah",
    "en",
)
_V18_LATIN_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (_V18_TIV_GIVEN, _V18_TIV_FAMILY),
    (_V18_MAS_GIVEN, _V18_MAS_FAMILY),
    (_V18_KLN_GIVEN, _V18_KLN_FAMILY),
    (_V18_VEN_GIVEN, _V18_VEN_FAMILY),
    (_V18_EFI_GIVEN, _V18_EFI_FAMILY),
    (_V18_GIL_GIVEN, _V18_GIL_FAMILY),
    (_V18_TAH_GIVEN, _V18_TAH_FAMILY),
    (_V18_UZ_GIVEN, _V18_UZ_FAMILY),
    (_V18_OS_GIVEN, _V18_OS_FAMILY),
    (_V18_KA_GIVEN, _V18_KA_FAMILY),
    (_V18_HY_GIVEN, _V18_HY_FAMILY),
    (_V18_CR_GIVEN, _V18_CR_FAMILY),
    (_V18_YUA_GIVEN, _V18_YUA_FAMILY),
    (_V18_WY_GIVEN, _V18_WY_FAMILY),
    (_V18_HOP_GIVEN, _V18_HOP_FAMILY),
    (_V18_CHR_GIVEN, _V18_CHR_FAMILY),
    (_V18_FO_GIVEN, _V18_FO_FAMILY),
    (_V18_LT_GIVEN, _V18_LT_FAMILY),
    (_V18_LV_GIVEN, _V18_LV_FAMILY),
    (_V18_BS_GIVEN, _V18_BS_FAMILY),
    (_V18_MR_GIVEN, _V18_MR_FAMILY),
    (_V18_IQ_GIVEN, _V18_IQ_FAMILY),
    (_V18_MRT_GIVEN, _V18_MRT_FAMILY),
    (_V18_AF_GIVEN, _V18_AF_FAMILY),
    (_V18_CRH_GIVEN, _V18_CRH_FAMILY),
    (_V18_CY_GIVEN, _V18_CY_FAMILY),
    (_V18_HEB_GIVEN, _V18_HEB_FAMILY),
    (_V18_TH_GIVEN, _V18_TH_FAMILY),
    (_V18_KO_GIVEN, _V18_KO_FAMILY),
    (_V18_ZH_GIVEN, _V18_ZH_FAMILY),
    (_V18_JA_GIVEN, _V18_JA_FAMILY),
    (_V18_SAH_GIVEN, _V18_SAH_FAMILY),
    (_V18_EN_GIVEN, _V18_EN_FAMILY),
)
_V18_SCRIPTS = (
    "grek",
    "hebr",
    "geor",
    "armn",
    "thai",
    "hang",
    "deva",
    "arab",
    "pash",
    "oscyr",
    "sahcyr",
    "jpan",
    "hani",
)
_V18_SCRIPT_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Λοΐζος", "Χρυστάλλα", "Ελευθέριος", "Κλεάνθης", "Ανδρούλλα", "Σωτηρούλλα", "Δέσπω"),
        (
            "Χατζηπέτρου",
            "Χατζηκυριάκου",
            "Κυπριανού",
            "Λοϊζίδης",
            "Θεοδούλου",
            "Χριστοφίδης",
            "Παπαχριστοδούλου",
        ),
    ),
    (
        ("צופית", "הודיה", "אופק", "אלקנה", "שילת", "נהוראי", "הלל"),
        ("אבוטבול", "בוסקילה", "הרוש", "אמסלם", "סויסה", "וקנין", "רביבו"),
    ),
    (
        ("ნესტანი", "ტორნიკე", "ლაშა", "ნათია", "თამუნა", "ოთარი"),
        ("კიკნაძე", "გვენეტაძე", "ჯორბენაძე", "წინწაძე", "ბაქრაძე", "შენგელია"),
    ),
    (
        ("Շուշանիկ", "Նարինե", "Գայանե", "Արփինե", "Վահագն", "Կարեն"),
        ("Քոչարյան", "Սիմոնյան", "Հարությունյան", "Պապազյան", "Մելիքյան", "Թովմասյան"),
    ),
    (
        ("กัญญารัตน์", "ฐิติมา", "ภานุวัฒน์", "ชัชชัย", "อภิญญา", "จิราภรณ์"),
        ("กองแก้ว", "พรหมสุวรรณ", "แก้วกล้า", "สุขประเสริฐ", "อินทสร", "สมบัติศิริ"),
    ),
    (
        ("슬기", "하늘", "보라", "다솜", "가람", "예림"),
        ("독고", "동방", "황보", "서문", "선우", "사공"),
    ),
    (
        ("वैष्णवी", "साक्षी", "तन्मय", "ओंकार", "ऋतुजा", "सायली"),
        ("चव्हाण", "साळुंखे", "वाघ", "म्हात्रे", "पटवर्धन", "निंबाळकर"),
    ),
    (
        ("حيدر", "منتظر", "رقية", "سجاد", "حوراء", "مرتضى"),
        ("الساعدي", "الجبوري", "الدليمي", "التميمي", "الخفاجي", "الربيعي"),
    ),
    (
        ("فرښته", "زرغونه", "مرسل", "وحیدالله", "پلوشه", "ګلالۍ"),
        ("پوپلزی", "صافي", "مومند", "هوتک", "بارکزی", "اڅکزی"),
    ),
    (
        ("Заурбек", "Сослан", "Таймураз", "Казбек", "Залина", "Батраз"),
        ("Дзагоев", "Цаголов", "Газзаев", "Кокоев", "Тедеев", "Хетагуров"),
    ),
    (
        ("Сардаана", "Айаал", "Нюргун", "Туйаара", "Айтал", "Кюннэй"),
        ("Эверстов", "Слепцов", "Гоголев", "Винокурова", "Ойунская", "Кычкина"),
    ),
    (
        ("紬", "結菜", "湊", "朱里", "樹", "琥珀"),
        ("白鳥", "風間", "御子柴", "塚原", "星野", "徳永"),
    ),
    (
        ("沐辰", "静怡", "雨桐", "思成", "欣怡", "子墨"),
        ("令狐", "司马", "上官", "端木", "夏侯", "慕容"),
    ),
)
V18_NICKNAMES = (
    "Shosho",
    "Yiayia",
    "Kokum",
    "Savta",
    "Obaachan",
    "Halmeoni",
    "Bibijon",
    "Teta Mira",
)
# Given and family names that are also words (English, clinical, or both): Karen, Server, Ilia, Eka,
# Sol, Ocean, Justice, Liberty, Legend, Lyric, Denim, Marvel, Melody, Fortune; Weeks, Dose, Burden,
# Cutting, Ladder, Grass, Soap, Squirrel, Swampy, Chi, Tun, Safi, Malka, Tarka.
_V18_WORD_GIVEN = (
    "Karen",
    "Server",
    "Ilia",
    "Eka",
    "Sol",
    "Ocean",
    "Justice",
    "Liberty",
    "Legend",
    "Lyric",
    "Denim",
    "Marvel",
    "Melody",
    "Fortune",
)
_V18_WORD_FAMILY = (
    "Weeks",
    "Dose",
    "Burden",
    "Cutting",
    "Ladder",
    "Grass",
    "Soap",
    "Squirrel",
    "Swampy",
    "Chi",
    "Tun",
    "Safi",
    "Malka",
    "Tarka",
)
_V18_GROUPS = _V18_LATIN_GROUPS + _V18_SCRIPT_NAMES
_V18_GROUP_OF: dict[str, int] = {}
for _i, (_givens, _families) in enumerate(_V18_GROUPS):
    for _name in _givens + _families:
        _V18_GROUP_OF.setdefault(_name, _i)
V18_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V18_GROUPS for g in givens))
V18_FAMILY = tuple(dict.fromkeys(f for _, families in _V18_GROUPS for f in families))

V18_US_PLACES = (
    ("Navajo Route 7", "Chinle", "AZ", "86503"),
    ("Main Street", "Kykotsmovi", "AZ", "86039"),
    ("Muskogee Ave", "Tahlequah", "OK", "74464"),
    ("Mile Creek Road", "Grand Portage", "MN", "55605"),
    ("Kapiolani Blvd", "Honolulu", "HI", "96814"),
    ("W Flagler St", "Miami", "FL", "33135"),
    ("N Devon Ave", "Chicago", "IL", "60659"),
    ("Ocean Parkway", "Brooklyn", "NY", "11230"),
    ("Coors Blvd NW", "Albuquerque", "NM", "87121"),
    ("Glendale Ave", "Glendale", "CA", "91206"),
)
V18_RURAL_US = (
    ("HC 61 Box", "Ganado", "AZ", "86505"),
    ("RR 2 Box", "Stilwell", "OK", "74960"),
    ("PO Box", "Second Mesa", "AZ", "86043"),
    ("HCR 1 Box", "Hotevilla", "AZ", "86030"),
)
V18_LANDMARKS = (
    "the Burnt Corn chapter house",
    "the old trading post at Many Farms",
    "the water tower on Route 264",
    "the Walmart in Gallup",
    "the Sequoyah Schools sign",
)
V18_TOWNS = (
    "Makurdi",
    "Gboko",
    "Narok",
    "Kajiado",
    "Eldoret",
    "Kericho",
    "Thohoyandou",
    "Sibasa",
    "Uyo",
    "Ikot Ekpene",
    "Betio",
    "Bairiki",
    "Papeete",
    "Faa'a",
    "Samarkand",
    "Namangan",
    "Vladikavkaz",
    "Maykop",
    "Kutaisi",
    "Batumi",
    "Gyumri",
    "Vanadzor",
    "Tórshavn",
    "Klaksvík",
    "Kaunas",
    "Šiauliai",
    "Daugavpils",
    "Liepāja",
    "Tuzla",
    "Zenica",
    "Pune",
    "Kolhapur",
    "Basra",
    "Najaf",
    "Nouakchott",
    "Atar",
    "Kandahar",
    "Jalalabad",
    "Bakhchysarai",
    "Limassol",
    "Paphos",
    "Netivot",
    "Khon Kaen",
    "Udon Thani",
    "Jeonju",
    "Gangneung",
    "Yangzhou",
    "Kanazawa",
    "Yakutsk",
    "Nyurba",
    "Mérida",
    "Tizimín",
    "Uribia",
    "Riohacha",
    "Chinle",
    "Tuba City",
    "Tahlequah",
    "Maskwacis",
)
# Towns whose names are also English words.
V18_WORD_TOWNS = (
    "Deal",
    "Street",
    "Ware",
    "Normal",
    "Liberal",
    "Sandy",
    "Wells",
    "Hope",
    "Reading",
    "Mobile",
    "Eye",
    "Looe",
)
V18_INSTITUTIONS = (
    "Federal Medical Centre Makurdi",
    "Benue State University Teaching Hospital",
    "Narok County Referral Hospital",
    "Moi Teaching and Referral Hospital",
    "Tshilidzini Hospital",
    "Donald Fraser Hospital",
    "University of Uyo Teaching Hospital",
    "Tungaru Central Hospital",
    "Centre hospitalier de la Polynésie française",
    "Samarkand Regional Multidisciplinary Medical Centre",
    "Republican Clinical Hospital, Vladikavkaz",
    "Adyghe Republican Clinical Hospital",
    "Kutaisi Referral Hospital",
    "Erebouni Medical Centre",
    "Landssjúkrahúsið",
    "Kauno klinikos",
    "Paula Stradiņa klīniskā universitātes slimnīca",
    "Univerzitetski klinički centar Tuzla",
    "Sassoon General Hospital",
    "Basra Teaching Hospital",
    "Centre Hospitalier National de Nouakchott",
    "Mirwais Regional Hospital",
    "Limassol General Hospital",
    "Soroka Medical Center",
    "Srinagarind Hospital",
    "Jeonbuk National University Hospital",
    "Northern Jiangsu People's Hospital",
    "Kanazawa Medical University Hospital",
    "Republican Hospital No. 1, Yakutsk",
    "Hospital General Agustín O'Horán",
    "Hospital Nuestra Señora de los Remedios",
    "Chinle Comprehensive Health Care Facility",
    "Hopi Health Care Center",
    "W. W. Hastings Hospital",
    "Whangārei Hospital",
    "Alice Springs Hospital",
    "Musgrove Park Hospital",
    "Royal Cornwall Hospital",
)
V18_CARE_HOMES = (
    "Lindenhurst Care Home",
    "St Piran's Nursing Home",
    "Kōwhai Rest Home",
    "Bethany Aged Care, Mount Gambier",
    "Sunny Mesa Assisted Living",
)
V18_SHOPS = (
    "Rowe's bakery, Redruth",
    "the Co-op on Fore Street",
    "Patisserie Vaitiare",
    "Kaimuki Bakery",
)
V18_SURGERIES = (
    "Trevithick Surgery, Camborne",
    "Looe Health Centre",
    "Street Health Centre",
    "Deal Medical Practice",
)
V18_PHARMACIES = (
    "Chinle Indian Health Pharmacy",
    "Walgreens, Coors Blvd NW",
    "Boots, Fore Street",
    "Apteka Kaunas",
)
V18_UK_PLACES = (
    ("Fore Street", "Redruth", "TR15 2BL"),
    ("High Street", "Street", "BA16 0EQ"),
    ("Beach Street", "Deal", "CT14 7AH"),
    ("Station Road", "Looe", "PL13 1HN"),
    ("Tregolls Road", "Truro", "TR1 1XQ"),
    ("Brick Lane", "London", "E1 6RF"),
)
V18_AU_PLACES = (
    ("Todd Street", "Alice Springs", "NT", "0870"),
    ("Commercial Street East", "Mount Gambier", "SA", "5290"),
    ("Flinders Street", "Townsville", "QLD", "4810"),
)
V18_NZ_PLACES = (("Bank Street", "Whangārei", "0110"), ("Kerikeri Road", "Kerikeri", "0230"))
V18_NZ_RURAL = (("RD 2", "Kaikohe", "0472"), ("RD 1", "Ōkaihau", "0475"))
V18_CA_PLACES = (
    ("Maskwacis", "AB", "T0C 1N0"),
    ("Cross Lake", "MB", "R0B 0J0"),
    ("Moose Factory", "ON", "P0L 1W0"),
    ("Thunder Bay", "ON", "P7B 4A1"),
)
V18_ZA_PLACES = (
    ("Tshakhuma", "Limpopo", "0951"),
    ("Sibasa", "Limpopo", "0970"),
    ("Thohoyandou", "Limpopo", "0950"),
    ("Giyani", "Limpopo", "0826"),
)
V18_KE_PLACES = (
    ("Kapsabet", "Nandi", "30300"),
    ("Iten", "Elgeyo-Marakwet", "30700"),
    ("Kericho", "Kericho", "20200"),
    ("Eldoret", "Uasin Gishu", "30100"),
)
V18_MAS_PLACES = (
    ("Olkiramatian", "Kajiado"),
    ("Ewaso Ngiro", "Narok"),
    ("Talek", "Narok"),
    ("Il Ngwesi", "Laikipia"),
)
V18_TIV_PLACES = (
    ("J. S. Tarka Road", "Makurdi", "970101"),
    ("Gboko Road", "Gboko", "972101"),
    ("Ankpa Quarters", "Makurdi", "970101"),
)
V18_TIV_VILLAGES = (("Mbakor", "Gboko"), ("Tse-Agberagba", "Konshisha"), ("Mbaakon", "Kwande"))
V18_EFI_PLACES = (
    ("Ikot Ekpene Road", "Uyo", "520101"),
    ("Oron Road", "Uyo", "520102"),
    ("Calabar Road", "Calabar", "540222"),
)
V18_GIL_PLACES = (
    "Bikenibeu, South Tarawa",
    "Betio, South Tarawa",
    "Bairiki",
    "Tabiteuea North",
    "Abemama",
)
V18_TAH_PLACES = (
    ("Punaauia", "98718", "côté mer"),
    ("Faa'a", "98704", "côté montagne"),
    ("Papara", "98712", "côté mer"),
    ("Taravao", "98719", "côté montagne"),
)
V18_UZ_PLACES = (
    ("Samarqand", "Registon koʻchasi", "140100"),
    ("Namangan", "Navoiy koʻchasi", "160100"),
    ("Toshkent", "Chilonzor tumani, Bunyodkor shoh koʻchasi", "100115"),
)
V18_UZ_VILLAGES = (("Gʻova", "Chust", "Namangan"), ("Urgut", "Urgut", "Samarqand"))
V18_OS_CYR = (
    ("362040", "Владикавказ", "ул. Кирова"),
    ("362025", "Владикавказ", "пр. Мира"),
    ("385000", "Майкоп", "ул. Пионерская"),
)
V18_SAH_CYR = (
    ("677000", "Якутск", "пр. Ленина"),
    ("677027", "Якутск", "ул. Орджоникидзе"),
    ("678450", "Нюрба", "ул. Степана Васильева"),
)
V18_SAH_ULUS = (
    ("Churapcha", "Churapchinsky ulus"),
    ("Cherkyokh", "Tattinsky ulus"),
    ("Suntar", "Suntarsky ulus"),
)
V18_KA_PLACES = (
    ("Kutaisi", "Tamar Mepe St.", "4600"),
    ("Batumi", "Gorgiladze St.", "6000"),
    ("Tbilisi", "Chavchavadze Ave.", "0179"),
)
V18_KA_GEOR = (
    ("ქუთაისი", "თამარ მეფის ქ."),
    ("ბათუმი", "გორგილაძის ქ."),
    ("თბილისი", "ჭავჭავაძის გამზ."),
)
V18_HY_PLACES = (
    ("Gyumri", "Abovyan St.", "3101"),
    ("Yerevan", "Tumanyan St.", "0001"),
    ("Vanadzor", "Tigran Mets Ave.", "2001"),
)
V18_HY_ARMN = (
    ("Գյումրի", "Աբովյան փ."),
    ("Երևան", "Թումանյան փ."),
    ("Վանաձոր", "Տիգրան Մեծի պող."),
)
V18_CR_PLACES = V18_CA_PLACES
V18_YUA_PLACES = (
    ("60", "63", "65", "Centro", "Mérida", "97000"),
    ("21", "18", "20", "Chuburná", "Mérida", "97208"),
    ("50", "51", "53", "Centro", "Tizimín", "97700"),
)
V18_YUA_VILLAGES = ("Tahdziú", "Chemax", "Yaxcabá", "Tixméhuac")
V18_WY_PLACES = (
    ("Ranchería Jayaliyú", "Uribia"),
    ("Ranchería Wososopo", "Manaure"),
    ("Ranchería Kasushi", "Maicao"),
)
V18_WY_STREETS = (("Calle 15", "Riohacha"), ("Carrera 7", "Maicao"), ("Calle 2", "Uribia"))
V18_FO_PLACES = (
    ("Niels Finsens gøta", "100", "Tórshavn"),
    ("Klaksvíksvegur", "700", "Klaksvík"),
    ("við Áir", "430", "Hvalvík"),
    ("Undir Heygnum", "410", "Kollafjørður"),
)
V18_LT_PLACES = (
    ("Laisvės al.", "LT-44237", "Kaunas"),
    ("Vilniaus g.", "LT-76285", "Šiauliai"),
    ("Taikos pr.", "LT-51303", "Kaunas"),
)
V18_LV_PLACES = (
    ("Brīvības iela", "LV-1010", "Rīga"),
    ("Rīgas iela", "LV-5401", "Daugavpils"),
    ("Lielā iela", "LV-3401", "Liepāja"),
)
V18_BS_PLACES = (
    ("Ulica Maršala Tita", "75000", "Tuzla"),
    ("Bulevar Kralja Tvrtka I", "72000", "Zenica"),
    ("Kralja Tomislava", "88000", "Mostar"),
)
V18_MR_PLACES = (
    ("Shivneri Apartments, Kothrud", "Pune", "411038"),
    ("Rajarampuri 5th Lane", "Kolhapur", "416008"),
    ("Maruti Mandir Road", "Ratnagiri", "415612"),
)
V18_MR_VILLAGES = (
    ("Kasegaon", "Walwa", "Sangli", "415404"),
    ("Wagholi", "Haveli", "Pune", "412207"),
    ("Nandgaon", "Murud", "Raigad", "402401"),
)
V18_MR_DEVA = (("कोथरूड", "पुणे", "411038"), ("राजारामपुरी", "कोल्हापूर", "416008"))
V18_IQ_PLACES = (("Basra", "al-Jazair"), ("Najaf", "Hay al-Ansar"), ("Basra", "al-Ashar"))
V18_IQ_ARAB = (("البصرة", "حي الجزائر"), ("النجف", "حي الأنصار"))
V18_MRT_PLACES = (
    ("Tevragh Zeina", "Nouakchott"),
    ("Ksar", "Nouakchott"),
    ("Sebkha", "Nouakchott"),
    ("Atar", "Adrar"),
)
V18_AF_PLACES = (
    ("Karte-4", "Kabul"),
    ("Wazir Akbar Khan", "Kabul"),
    ("District 6", "Kandahar"),
    ("Jalalabad", "Nangarhar"),
)
V18_AF_PASH = (("کابل", "کارته چهار"), ("کندهار", "ششمه ناحیه"))
V18_CRH_PLACES = (
    ("Бахчисарай", "вул. Речицька"),
    ("Сімферополь", "вул. Кечкеметська"),
    ("Старий Крим", "вул. Ізумрудна"),
)
V18_CY_PLACES = (
    ("Makariou III Ave", "3030", "Limassol"),
    ("Apostolou Pavlou Ave", "8046", "Paphos"),
    ("Griva Digeni", "6030", "Larnaca"),
)
V18_CY_GREK = (
    ("Λεμεσός", "Λεωφ. Μακαρίου Γ'", "3030"),
    ("Πάφος", "Λεωφ. Αποστόλου Παύλου", "8046"),
)
V18_IL_PLACES = (
    ("HaRav Kook St", "Netivot", "8771012"),
    ("Rager Blvd", "Be'er Sheva", "8410101"),
    ("Herzl St", "Ashdod", "7721011"),
)
V18_IL_HEBR = (("נתיבות", "רחוב הרב קוק"), ("באר שבע", "שדרות רגר"), ("אשדוד", "רחוב הרצל"))
V18_TH_PLACES = (
    ("Nai Mueang", "Mueang Khon Kaen", "Khon Kaen", "40000"),
    ("Mak Khaeng", "Mueang Udon Thani", "Udon Thani", "41000"),
    ("Wiang", "Mueang Chiang Rai", "Chiang Rai", "57000"),
)
V18_TH_THAI = (
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"),
)
V18_KO_PLACES = (
    ("Baekje-daero", "Deokjin-gu", "Jeonju", "54896"),
    ("Gyeonggang-ro", "Gangneung", "Gangwon", "25440"),
)
V18_KO_HANG = (
    ("전북특별자치도 전주시 덕진구", "백제대로", "54896"),
    ("강원특별자치도 강릉시", "경강로", "25440"),
)
V18_ZH_PLACES = (
    ("Wenchang Middle Road", "Guangling District", "Yangzhou", "225000"),
    ("Huaihai Road", "Jianye District", "Nanjing", "210019"),
)
V18_ZH_HANI = (("江苏省扬州市广陵区", "文昌中路"), ("江苏省南京市建邺区", "淮海路"))
V18_JA_PLACES = (
    ("Daigaku", "Uchinada-machi, Kahoku-gun", "Ishikawa", "920-0293"),
    ("Motomachi", "Hakodate-shi", "Hokkaido", "040-0054"),
)
V18_JA_JPAN = (("石川県河北郡内灘町", "大学", "920-0293"), ("北海道函館市", "元町", "040-0054"))
V18_SG_PLACES = (
    ("Ang Mo Kio Ave 3", "560"),
    ("Bedok North Street 1", "460"),
    ("Jurong West Street 52", "640"),
)
V18_IE_PLACES = (
    ("Main Street", "Dingle", "V92"),
    ("Mardyke Walk", "Cork", "T12"),
    ("Quay Street", "Galway", "H91"),
)
V18_BR_PLACES = (
    ("Rua Ramos Ferreira", "Manaus", "AM", "69010"),
    ("Avenida Sete de Setembro", "Salvador", "BA", "40060"),
)

# Clinical sentences in shapes the earlier lists use little: pipe-separated lab and flowsheet lines,
# synoptic pathology, staging strings, ventilator and dialysis settings, drug-chart lines, codes
# (SNOMED CT, LOINC, ICD-10, CPT) that look like identifiers, trial statistics, Snellen fractions
# that look like dates, numbers of 90 and over beside units, and sentences in German, French,
# Spanish, Portuguese, Lithuanian and Russian. Eponyms and words that are family or given names in
# the lists above or earlier (Weeks, Dose, Burden, Cutting, Ladder, Grass, Soap, Chi, Sol, Ilia,
# Melody, Liberty, Lynch, Hansen, Kikuchi, Takayasu, Kawasaki, Hashimoto, Ota, Ito, Masaoka).
V18_EPONYM = (
    # Laboratory and flowsheet lines.
    "Na 131 | K 5.9 | Cl 98 | HCO3 17 | urea 24.1 | creat 212 | eGFR 21",
    "Hb 92 g/L | MCV 104 fL | WCC 3.1 | plt 97 | retics 2.4% | ferritin 912 ug/L",
    "ABG on FiO2 0.40: pH 7.21, pCO2 9.4 kPa, pO2 8.1 kPa, HCO3 27, lactate 3.2",
    "MAP 62 on noradrenaline 0.18 mcg/kg/min; CVP 14; ScvO2 61%; urine 15 mL/h for 3 hours.",
    "PEEP 10, FiO2 0.45, tidal volume 380 mL (6 mL/kg PBW), plateau 27, driving pressure 17.",
    "HbA1c 64 mmol/mol (8.0%); fasting glucose 9.6 mmol/L; C-peptide 0.21 nmol/L.",
    "CD4 92 cells/uL (9%); HIV-1 RNA 104,000 copies/mL; HLA-B*57:01 negative.",
    "PSA 94 ng/mL; ALP 410 U/L; bone scan: 9 lesions, Soloway EOD 2.",
    "TSH 0.02 mU/L, free T4 41 pmol/L; TRAb 9.4 IU/L; technetium uptake 12%.",
    "Troponin T 14, 96, then 412 ng/L at 0, 1 and 3 hours; ECG: ST elevation in V1-V4.",
    # Synoptic pathology and staging.
    "Gleason 4+5=9 (ISUP grade group 5), cribriform pattern present; pT3b pN1 (2/17); R1 at the "
    "apex.",
    "Invasive ductal carcinoma, Nottingham grade 2 (3+2+2), 24 mm; ER Allred 8/8, PR 6/8, HER2 "
    "2+, FISH not amplified.",
    "Melanoma, Breslow 2.4 mm, Clark level IV, mitoses 6/mm2, ulcerated; pT3b; sentinel node 1/2.",
    "Adenocarcinoma, pT3 pN1b (4/21) M0, LVI present, CRM 0.8 mm; MMR deficient (MLH1/PMS2 loss), "
    "Lynch screening advised.",
    "Thymoma type B2, Masaoka-Koga stage IIa; margins clear by 3 mm.",
    "Kikuchi-Fujimoto disease: necrotising histiocytic lymphadenitis without neutrophils.",
    "Reed-Sternberg cells CD30+ CD15+ CD45-; classic Hodgkin lymphoma, nodular sclerosis, stage "
    "IIB.",
    "Tumour burden 3.2% by flow; JAK2 V617F allele burden 62%; CALR negative.",
    "Bethesda category IV thyroid nodule, TI-RADS TR4, 2.6 cm; hemithyroidectomy.",
    "PD-L1 TPS 60%, CPS 72; TMB 12 mut/Mb; KRAS G12C; EGFR and ALK negative.",
    # Imaging.
    "LI-RADS LR-5 lesion of 31 mm in segment VIII; AFP 1,240 ng/mL; BCLC stage B.",
    "BI-RADS 4C, 14 mm spiculated mass at 10 o'clock, 6 cm from the nipple.",
    "Bosniak IIF cyst, 38 mm; follow-up CT in 6 months, then yearly for 5 years.",
    "Fleischner: 7 mm solid nodule of the right upper lobe; CT at 6-12 months.",
    "CT: SOL of 4.1 cm in the right frontal lobe with 9 mm midline shift; Spetzler-Martin not "
    "applicable.",
    "Both ilia and the L3 vertebra show sclerotic metastases; no cord compression; SINS 11.",
    # Drug charts and doses.
    "Enoxaparin 1.5 mg/kg SC once daily (weight 97 kg): 150 mg; anti-Xa 0.9 IU/mL at 4 h.",
    "Vancomycin 1.25 g IV q12h; trough 18.4 mg/L; AUC 540.",
    "Levothyroxine 112 mcg mane; calcium carbonate 1.25 g bd, 4 h apart.",
    "Insulin glargine 34 units at 22:00; lispro 1 unit per 10 g carbohydrate plus correction 1:2.",
    "Morphine sulfate MR 30 mg bd, oramorph 5-10 mg 2-hourly PRN; step 3 of the WHO analgesic "
    "ladder.",
    "Dose reduced to 75% after grade 3 neutropenia (ANC 0.6 x 10^9/L) in cycle 2.",
    "Carboplatin AUC 5 (Calvert): 5 x (GFR 58 + 25) = 415 mg.",
    "Dexamethasone 16 mg daily, tapered by 2 mg every 3 days; omeprazole 20 mg.",
    "Ceftriaxone 2 g IV od for 14 days; OPAT from day 5 via a 4 Fr PICC.",
    # Cardiology and devices.
    "LVEF 35-40%, TAPSE 14 mm, PASP 58 mmHg; AVA 0.8 cm2, mean gradient 44 mmHg, Vmax 4.2 m/s.",
    "Melody valve in the RVOT conduit; peak gradient 22 mmHg; no regurgitation.",
    "CHA2DS2-VASc 5, HAS-BLED 3; apixaban 5 mg bd; Holter: AF burden 38%.",
    "Dual-chamber pacemaker: RA 2.1 mV, RV 11.4 mV, thresholds 0.75 V at 0.4 ms; battery 9.5 "
    "years.",
    "Takayasu arteritis, Numano type V; Kawasaki disease in childhood with a 6 mm aneurysm.",
    "ECG: sinus rhythm 96 bpm, PR 212 ms, QRS 128 ms (RBBB), QTc 472 ms.",
    # Renal, dialysis and transplant.
    "Liberty cycler: 4 exchanges of 2.0 L, 1.36% and 2.27% glucose; last fill icodextrin 1.5 L.",
    "Haemodialysis 4 h, Qb 350 mL/min, Qd 500 mL/min, UF 2.4 L; Kt/V 1.4; URR 72%.",
    "Tacrolimus trough 7.9 ug/L; BK viraemia 10^4.2 copies/mL; Banff 2019 borderline changes.",
    # Neurology, psychiatry and geriatrics.
    "NIHSS 14 at 09:40; ASPECTS 8; thrombectomy TICI 2b; mRS 3 at 90 days.",
    "MoCA 17/30; ACE-III 61/100; Addenbrooke recall 7/26.",
    "PHQ-9 19, GAD-7 15; Columbia suicide severity: ideation without plan.",
    "Hunt and Hess III, modified Fisher 3; EVD at 12 cmH2O.",
    "Tai Chi class twice weekly reduced falls; Timed Up and Go 19 s; gait speed 0.6 m/s.",
    "Hashimoto thyroiditis with TPO antibodies above 1,000 IU/mL; nevus of Ota on the left cheek.",
    # Orthopaedics and trauma.
    "Garden IV subcapital fracture; hemiarthroplasty; 4AT 5 on day 1.",
    "Schatzker II tibial plateau fracture, 6 mm depression; Gustilo-Anderson IIIA open fracture "
    "of the fibula.",
    "Weber B ankle fracture, Lauge-Hansen SER IV; medial clear space 6 mm.",
    "Kellgren-Lawrence grade 3; Oxford knee score 19/48.",
    # Obstetrics, neonates and paediatrics.
    "G3P2 at 36+4 weeks; SFH 39 cm; CTG: baseline 150, variability 5-25; Bishop 6.",
    "Apgar 6, 8 and 9; birth weight 3,910 g; cord pH 7.18, BE -9.",
    "Rainbow baby after two losses at 19 and 22 weeks; cervical length 24 mm; cerclage.",
    "Westley croup score 5; dexamethasone 0.15 mg/kg; adrenaline nebuliser 5 mL of 1:1000.",
    "Finnegan score 11, 12 and 10; morphine 40 mcg/kg 4-hourly.",
    # Eyes, ears, teeth and skin.
    "VA 6/18 right, 6/9 left; 20/40 with pinhole; IOP 24 and 19 mmHg.",
    "Audiogram: 60 dB at 2 kHz, 75 dB at 4 kHz; speech discrimination 92% at 80 dB.",
    "Caries of 36 and 46; periodontal pocketing 6 mm at 17; BPE 3/4/3.",
    "PASI 18.4, DLQI 14; adalimumab 40 mg every other week.",
    # Allergy, respiratory and infection.
    "Grass pollen IgE 42 kU/L (class 4); birch 0.2; skin prick to grass 9 mm.",
    "FEV1 1.21 L (48% predicted), FVC 2.40 L, ratio 0.50; DLCO 52%; GOLD 3.",
    "Sputum AFB smear 2+; GeneXpert MTB detected, rifampicin resistance not detected.",
    "CURB-65 3; Chi-square for trend p = 0.04 in the audit of 97 admissions.",
    # Codes, audit and trial statistics.
    "SNOMED CT 22298006 (myocardial infarction); LOINC 2345-7; ICD-10 I21.4; CPT 99223.",
    "Hazard ratio 0.93 (95% CI 0.91-1.12); NNT 97 over 90 days; p = 0.31.",
    "In 92% of 104 patients the SOAP note recorded a dose and a route.",
    "Weeks 12 to 24: 6 cutting-balloon angioplasties; restenosis in 9%.",
    # Other languages.
    "Z. n. Hemikolektomie rechts; Child-Pugh B8, MELD 15; Aszitespunktion 3,5 l.",
    "Score de Glasgow à 13 ; PA 92/54 mmHg ; SpO2 94 % sous 3 l/min.",
    "Escala de Glasgow 14; TA 188/104 mmHg; glucemia 312 mg/dL; HbA1c 11,2 %.",
    "Pressão arterial 96/60 mmHg; frequência 104 bpm; creatinina 2,4 mg/dL.",
    "AKS 160/95 mmHg; pulsas 96 k./min; gliukozė 7,8 mmol/l.",
    "АД 150/90 мм рт. ст.; ЧСС 96 в мин; глюкоза 8,4 ммоль/л; СКФ 42 мл/мин.",
)  # fmt: skip

_V18_MONTHS = {
    "lt": (
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ),
    "lv": (
        "janvārī",
        "februārī",
        "martā",
        "aprīlī",
        "maijā",
        "jūnijā",
        "jūlijā",
        "augustā",
        "septembrī",
        "oktobrī",
        "novembrī",
        "decembrī",
    ),
    "fo": (
        "januar",
        "februar",
        "mars",
        "apríl",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "bs": (
        "januara",
        "februara",
        "marta",
        "aprila",
        "maja",
        "juna",
        "jula",
        "augusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ),
    "ka": (
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი",
    ),
    "hy": (
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
    ),
    "el": (
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    ),
    "he": (
        "בינואר",
        "בפברואר",
        "במרץ",
        "באפריל",
        "במאי",
        "ביוני",
        "ביולי",
        "באוגוסט",
        "בספטמבר",
        "באוקטובר",
        "בנובמבר",
        "בדצמבר",
    ),
    "th": (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ),
    "uz": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avgust",
        "sentabr",
        "oktabr",
        "noyabr",
        "dekabr",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "uk": (
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "sw": (
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ),
    "mr": (
        "जानेवारी",
        "फेब्रुवारी",
        "मार्च",
        "एप्रिल",
        "मे",
        "जून",
        "जुलै",
        "ऑगस्ट",
        "सप्टेंबर",
        "ऑक्टोबर",
        "नोव्हेंबर",
        "डिसेंबर",
    ),
    "ar": (
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ),
}
# Months of the Islamic (Hijri) calendar, and of the solar Hijri calendar as Afghans name them.
_V18_HIJRI = (
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhira",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qada",
    "Dhu al-Hijja",
)
_V18_SOLAR = (
    "Hamal",
    "Sawr",
    "Jawza",
    "Saratan",
    "Asad",
    "Sunbula",
    "Mizan",
    "Aqrab",
    "Qaws",
    "Jadi",
    "Dalw",
    "Hut",
)
_V18_SOLAR_FA = (
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
)
_V18_DIGITS = {"deva": "०१२३४५६७८९", "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}
_V18_ZH_DIGITS = "〇一二三四五六七八九"
# Characters and pairs an OCR engine confuses on a scanned form (other than the v17 ones).
_V18_OCR = {
    "m": "rn",
    "d": "cl",
    "w": "vv",
    "0": "D",
    "1": "l",
    "5": "S",
    "S": "5",
    "g": "9",
    "G": "6",
    "Z": "2",
    "k": "lc",
    "y": "v",
    "E": "F",
    "8": "3",
}
_V18_BORN = frozenset(("dob", "yob", "dicom", "dictdob", "isodob", "hl7dob", "ocrdob"))
# Letters that plates of Thailand, Korea, Japan, Russia, Greece and Bosnia use.
_V18_THAI_LETTERS = "กขคงจฉชซญฎฐฒณดตถทธนบปผพภมยรลวศษสหฬอฮ"
_V18_HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
_V18_KANA_PLATE = (
    "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
)
_V18_CYR_PLATE = "АВЕКМНОРСТУХ"
_V18_GREEK_PLATE = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_V18_BA_PLATE = "AEJKMOT"
# World manufacturer identifiers that begin VINs (Ford, Honda, Toyota, VW, Tesla, Hyundai, Kia,
# SAIC, Mahindra, Land Rover, Skoda, Renault, BMW, Mercedes, Volvo, Fiat, Lada, Suzuki India, VW
# Brazil).
_V18_WMI = (
    "1FT",
    "1HG",
    "2T1",
    "3VW",
    "5YJ",
    "JHM",
    "JTD",
    "KMH",
    "KNA",
    "LSV",
    "MA1",
    "SAL",
    "TMB",
    "VF1",
    "WBA",
    "WDB",
    "WVW",
    "YV1",
    "ZFA",
    "XTA",
    "MA3",
    "9BW",
)
_V18_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_V18_VIN_VALUE = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_V18_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# Letters a Medicare Beneficiary Identifier may use (no S, L, O, I, B or Z).
_V18_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def _v18_person(rng: random.Random, groups: tuple[int, ...] = ()) -> tuple[str, str]:
    """A given and a family name of one culture (``groups``: the cultures to draw from)."""
    given = rng.choice(_V18_GROUPS[rng.choice(groups)][0]) if groups else rng.choice(V18_GIVEN)
    return given, rng.choice(_V18_GROUPS[_V18_GROUP_OF[given]][1])


def _v18_digits(text: str, script: str) -> str:
    """``text`` with its ASCII digits written in Devanagari, Arabic-Indic or Persian digits."""
    return "".join(_V18_DIGITS[script][int(c)] if c.isdigit() else c for c in text)


def _v18_zh_number(n: int) -> str:
    """A number from 1 to 199 in Chinese numerals (九十三, 一百零二)."""
    digits = _V18_ZH_DIGITS
    if n >= 100:
        rest = n - 100
        if not rest:
            return "一百"
        if rest < 10:
            return "一百零" + digits[rest]
        return "一百" + digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else "")
    tens, unit = divmod(n, 10)
    text = ("" if tens == 1 else digits[tens]) + "十" if tens else ""
    return text + (digits[unit] if unit else "")


def _v18_ocr(rng: random.Random, text: str) -> str:
    """``text`` as OCR reads it off a scan: one or two characters confused, and sometimes a space
    lost or a stray one put in."""
    spots = [i for i, c in enumerate(text) if c in _V18_OCR]
    out = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
        out[i] = _V18_OCR[text[i]]
    result = "".join(out)
    if " " in result and rng.random() < 0.3:
        i = result.index(" ")
        result = result[:i] + result[i + 1 :]
    elif len(result) > 4 and rng.random() < 0.3:
        i = rng.randrange(2, len(result) - 1)
        if result[i - 1] != " " and result[i] != " ":
            result = f"{result[:i]} {result[i:]}"
    return result


def _v18_htr(rng: random.Random, text: str) -> str:
    """``text`` as handwriting recognition reads it: accents lost, a letter or two unread (?)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    spots = [i for i, c in enumerate(plain) if c.isalnum()]
    out = list(plain)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
        out[i] = "?"
    return "".join(out)


def _v18_luhn(digits: str) -> str:
    """The Luhn check digit of ``digits``."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def _v18_vin(rng: random.Random) -> str:
    """A VIN: a real maker's prefix, the rest made up, and the North American check digit."""
    chars = list(rng.choice(_V18_WMI) + "".join(rng.choice(_V18_VIN_CHARS) for _ in range(14)))
    chars[9] = rng.choice("EFGHJKLMNPRS")  # model year 2014 to 2025
    chars[11:] = [rng.choice("0123456789") for _ in range(6)]
    total = sum(_V18_VIN_VALUE[c] * w for c, w in zip(chars, _V18_VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _v18_hijri(d: date) -> tuple[int, int, int]:
    """The tabular Islamic date (year, month, day) of ``d``."""
    jd = d.toordinal() + 1721425
    ell = jd - 1948440 + 10632
    n = (ell - 1) // 10631
    ell = ell - 10631 * n + 354
    j = ((10985 - ell) // 5316) * ((50 * ell) // 17719) + (ell // 5670) * ((43 * ell) // 15238)
    ell = ell - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * ell) // 709
    return 30 * n + j - 30, month, ell - (709 * month) // 24


def _v18_solar(d: date) -> tuple[int, int, int]:
    """The solar Hijri date (year, month, day) of ``d``, the year starting on 21 March."""
    start = date(d.year, 3, 21)
    year = d.year - 621
    if d < start:
        start, year = date(d.year - 1, 3, 21), year - 1
    days = (d - start).days
    if days < 186:
        return year, days // 31 + 1, days % 31 + 1
    days -= 186
    month = min(7 + days // 30, 12)
    return year, month, days - (month - 7) * 30 + 1


def _v18_local(rng: random.Random, locale: str, given: str, family: str) -> str:
    """A name written the way the forms of ``locale`` write it."""
    group = _V18_GROUPS[_V18_LOCALES.index(locale)]
    other, other_given = rng.choice(group[1]), rng.choice(group[0])
    shapes: tuple[str, ...] = (f"{given} {family}", f"{family.upper()} {given}")
    if locale == "mas":  # "ole" (son of) before a man's father's name
        shapes = (f"{given} ole {family}", f"{given} {family}", f"{family.upper()} {given}")
    elif locale in ("kln", "ven", "efi"):  # a Christian or English name first, then the others
        shapes = (
            f"{given} {family}",
            f"{family.upper()}, {given}",
            f"{other_given} {given} {family}",
        )
    elif locale == "gil":  # "Nei" before a woman's name
        shapes = (f"Nei {given} {family}", f"{given} {family}", f"{family.upper()} {given}")
    elif locale == "tah":  # French forms: the birth name, then "épouse" and the married name
        shapes = (
            f"{given} {family}",
            f"{family.upper()} {given}",
            f"{family.upper()} épouse {other.upper()} {given}",
        )
    elif locale == "uz":  # family, given, and the father's name with o'g'li (son) or qizi
        shapes = (
            f"{family} {given} {other_given} {rng.choice(('oʻgʻli', 'qizi'))}",
            f"{family.upper()} {given}",
            f"{given} {family}",
        )
    elif locale in ("os", "crh", "sah"):  # family, given and a Russian patronymic
        patronymics = {
            "os": _V18_OS_PATRONYMIC,
            "crh": _V18_CRH_PATRONYMIC,
            "sah": _V18_SAH_PATRONYMIC,
        }[locale]
        patronymic = rng.choice(patronymics)
        shapes = (
            f"{family} {given} {patronymic}",
            f"{family.upper()} {given} {patronymic}",
            f"{family} {given[0]}. {patronymic[0]}.",
            f"{given} {family}",
        )
    elif locale == "hy":  # Armenian passports: family, given, the father's name in the genitive
        shapes = (
            f"{family} {given} {rng.choice(_V18_HY_FATHERS)}",
            f"{given} {family}",
            f"{family.upper()} {given.upper()}",
        )
    elif locale in ("yua", "wy"):  # a given name, the father's and the mother's family names
        shapes = (
            f"{given} {family} {other}",
            f"{family} {other} {given}",
            f"{given} {other_given} {family} {other}",
        )
    elif locale == "fo":  # a farm name with í, á or við is a family name too
        shapes = (f"{given} {family}", f"{given} {other_given} {family}", f"{family}, {given}")
    elif locale == "bs":  # the father's name in brackets, as on Yugoslav forms
        shapes = (f"{given} {family}", f"{family} ({other_given}) {given}", f"{family} {given}")
    elif locale == "mr":  # given name, father's (or husband's) given name, family name
        shapes = (
            f"{given} {other_given} {family}",
            f"{family} {given} {other_given}",
            f"{given} {family}",
        )
    elif locale == "iq":  # given, father's, grandfather's names and the tribe
        shapes = (
            f"{given} {other_given} {family}",
            f"{given} {other_given} {rng.choice(group[0])} {family}",
            f"{given} {family}".replace("al-", "Al-"),
        )
    elif locale == "mrt":  # "Ould" (son of) or "Mint" (daughter of) and the father's name
        shapes = (
            f"{given} Ould {family}",
            f"{given} Mint {family}",
            f"{given.upper()} {rng.choice(('OULD', 'MINT'))} {family.upper()}",
        )
    elif locale == "af":  # many Afghans have no family name: the given and the father's names
        shapes = (
            f"{given} {family}",
            f"{given} {other_given}",
            f"{family.upper()} {given}",
        )
    elif locale == "heb":  # double family names with a hyphen
        shapes = (f"{given} {family}", f"{family} {given}", f"{given} {family}-{other}")
    elif locale == "th":  # Thai forms: the given name is the one people use
        shapes = (f"{given} {family}", f"{given} {family}".upper(), f"{given} {family[:1]}.")
    elif locale in ("ko", "zh", "ja"):  # family name first
        shapes = (f"{family} {given}", f"{family.upper()} {given}", f"{given} {family}")
    return rng.choice(shapes)


def _v18_name(rng: random.Random, style: str) -> str:
    if style in _V18_LOCALES:
        given, family = _v18_person(rng, (_V18_LOCALES.index(style),))
        return _v18_local(rng, style, given, family)
    if style in _V18_SCRIPTS:
        given, family = _v18_person(rng, (len(_V18_LATIN_GROUPS) + _V18_SCRIPTS.index(style),))
        if style in ("hang", "hani", "jpan"):
            return rng.choice((f"{family}{given}", f"{family} {given}"))
        if style in ("oscyr", "sahcyr", "geor", "armn"):
            return rng.choice((f"{family} {given}", f"{given} {family}"))
        return f"{given} {family}"
    if style == "nick":
        return rng.choice(V18_NICKNAMES)
    if style == "word":
        if rng.random() < 0.5:
            given = rng.choice(_V18_WORD_GIVEN)
            family = rng.choice(_V18_GROUPS[_V18_GROUP_OF[given]][1])
        else:
            family = rng.choice(_V18_WORD_FAMILY)
            given = rng.choice(_V18_GROUPS[_V18_GROUP_OF[family]][0])
        return rng.choice((f"{given} {family}", given, family, f"{given.lower()} {family.lower()}"))
    given, family = _v18_person(rng, tuple(range(len(_V18_LATIN_GROUPS))))
    other_given = rng.choice(_V18_GROUPS[_V18_GROUP_OF[given]][0])
    g, f = _v8_ascii(given) or "x", _v8_ascii(family) or "x"
    if style == "comma":
        return rng.choice(
            (f"{family}, {given}", f"{family.upper()}, {given}", f"{family}, {given[0]}.")
        )
    if style == "caps":
        return rng.choice((f"{given} {family}".upper(), f"{family.upper()}, {given.upper()}"))
    if style == "given":
        return given
    if style == "family":
        return family
    if style == "familyu":
        return family.upper()
    if style == "bare":
        return f"{given} {family}"
    if style == "lower":
        return rng.choice((f"{given} {family}".lower(), family.lower(), given.lower()))
    if style == "addr":  # a name in an address block (the title is the template's)
        return rng.choice(
            (f"{given} {family}", f"{given[0]} {other_given[0]} {family}", f"{given[0]}. {family}")
        )
    if style == "sig":
        return rng.choice(
            (
                f"{given} {family}",
                f"{given[0]}. {family}",
                f"{given} {family}, MBChB",
                f"{given} {family}, RN",
                f"{family.upper()} {given}",
                f"{given[0]}{other_given[0]} {family}",
                f"{given} {family} MRCP",
            )
        )
    if style == "initials":
        return rng.choice(
            (
                f"{given[0]}{family[0]}",
                f"{given[0]}.{family[0]}.",
                f"{given[0]}{other_given[0]}{family[0]}".lower(),
            )
        )
    if style == "tg":  # telegraphic, as on a ward list
        return rng.choice(
            (f"{family} {given[0]}", f"{family.upper()} {given[0]}", f"{given[0]}. {family}")
        )
    if style == "display":  # an e-mail's display name
        return rng.choice((f"{given} {family}", f"{family}, {given}", given, f"{g}.{f}"))
    if style == "user":
        return rng.choice(
            (f"{g[0]}{f}", f"{f}{g[0]}{rng.randrange(1, 9)}", f"{g}.{f}", f"{f[:6]}{g[:2]}".upper())
        )
    if style == "handle":
        return rng.choice((f"@{g}.{f}", f"@{g}_{f}{rng.randrange(10, 99)}", f"@{f}{g[0]}"))
    if style == "pn":  # HL7 and DICOM person names
        return rng.choice(
            (f"{family}^{given}", f"{family.upper()}^{given.upper()}^{other_given[0]}^^")
        )
    if style == "x12":
        return f"{f.upper()}*{g.upper()}"
    if style == "ub":
        return rng.choice(
            (f"{family.upper()}, {given.upper()}", f"{family.upper()} {given.upper()}")
        )
    if style == "lbl":  # a specimen label
        return rng.choice((f"{family.upper()} {given}", f"{family.upper()} {given[0]}"))
    if style == "ocr":
        return _v18_ocr(rng, rng.choice((f"{given} {family}", f"{family.upper()} {given}", family)))
    if style == "htr":
        return _v18_htr(rng, rng.choice((f"{given} {family}", family)))
    if style == "spaced":
        return " ".join(f"{given} {family}".upper())
    if style == "dict":
        return rng.choice((f"{given} {family}".lower(), family.lower(), f"{given} {family}"))
    if style == "spell":
        letters = f.upper()
        return rng.choice((".".join(letters), "-".join(letters).lower(), " - ".join(letters)))
    if style:
        raise ValueError(f"unknown NAME shape {style!r}")
    r = rng.random()
    if r < 0.05:
        return f"{given} ({rng.choice(V18_NICKNAMES)}) {family}"
    if r < 0.15:
        return family
    if r < 0.25:
        return f"{family}, {given}"
    if r < 0.32:
        return f"{given} {family}".upper()
    if r < 0.38:
        return f"{given} {family}".lower()
    if r < 0.44:
        return f"{given[0]}. {family}"
    if r < 0.50:
        return f"{given} {other_given[0]}. {family}"
    return f"{given} {family}"


def _v18_age(rng: random.Random, style: str = "") -> str:
    """An age over 89 (90 to 110) in the written form ``style`` asks for."""
    n = rng.randrange(90, 111)
    months = rng.randrange(1, 12)
    suffix = "th" if 10 < n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    words = _v12_words(n) if n < 100 else "a hundred"
    if n > 100:
        words += f" and {_v12_words(n - 100)}"
    ru = "год" if n % 10 == 1 and n % 100 != 11 else "года" if n % 10 in (2, 3, 4) else "лет"
    shapes = {
        "": (str(n), f"{n}y"),
        "y": (f"{n} y/o", f"{n}-yo", f"{n}yrs", f"{n} yr old", f"{n}y", f"{n} F"),
        "ord": (f"{n}{suffix}",),
        "words": (words, f"{words}-year-old"),
        "dec": (f"{n}.{rng.randrange(1, 10)} years", f"{n}.{rng.randrange(10, 99)} y"),
        "ym": (f"{n} {months}/12", f"{n}y {months}m", f"{n} years and {months} months"),
        "dicom": (f"{n:03d}Y",),
        "ocr": (_v18_ocr(rng, str(n)), f"{n} yrs"),
        "dict": (words, f"{n}"),
        "fr": (f"{n} a.", f"{n} ans révolus"),
        "es": (f"{n} años {months} meses", f"{n} a {months} m"),
        "pt": (f"{n} anos", f"{n}a"),
        "sw": (f"miaka {n}", f"{n} yrs"),
        "th": (f"{n} ปี", f"{n} ปี {months} เดือน"),
        "ko": (f"{n}세", f"만 {n}세", f"{n}세 {months}개월"),
        "ja": (f"満{n}歳", f"{n}歳{months}ヶ月"),
        "zh": (f"{_v18_zh_number(n)}岁", f"{n}岁{months}个月"),
        "lt": (f"{n} m.", f"{n} metų"),
        "lv": (f"{n} g.", f"{n} gadi"),
        "bs": (f"{n} godina", f"{n} god."),
        "fo": (f"{n} ár", f"{n} ára gomul"),
        "ka": (f"{n} წლის",),
        "hy": (f"{n} տարեկան", f"{n} տ."),
        "el": (f"{n} ετών", f"{n} χρονών"),
        "he": (f"{n} שנים", f"בת {n}"),
        "uz": (f"{n} yosh", f"{n} yoshda"),
        "ru": (f"{n} {ru}", f"{n} г."),
        "ua": (f"{n} р.", f"{n} років"),
        "ar": (f"{_v18_digits(str(n), 'ar')} سنة", f"{n} عاماً"),
        "fa": (f"{_v18_digits(str(n), 'fa')} ساله", f"{n} کلن"),
        "mr": (f"{_v18_digits(str(n), 'deva')} वर्षे", f"{n} वर्षे"),
    }
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v18_date(rng: random.Random, style: str) -> str:
    if style in _V18_BORN:
        d = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 21))
    else:
        d = date(2017, 1, 1) + timedelta(days=rng.randrange(365 * 10))
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    en = _V8_MONTHS[d.month - 1]
    mon = en[:3]
    wd = _V8_WEEKDAYS[d.weekday()]
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[
        d.weekday()
    ]
    m = {key: names[d.month - 1] for key, names in _V18_MONTHS.items()}
    day_suffix = "th" if 10 < d.day < 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    plain = f"{d:%d/%m/%Y}"
    ampm = "AM" if hh < 12 else "PM"
    hy, hm, hd = _v18_hijri(d)
    sy, sm, sd = _v18_solar(d)
    zh_year = "".join(_V18_ZH_DIGITS[int(c)] for c in str(d.year))
    epoch = (d - date(1970, 1, 1)).days * 86400 + hh * 3600 + mm * 60 + ss
    tz = rng.choice(("+0000", "+0200", "-0700", "+0900", "+1000"))
    shapes = {
        "us": (f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d.year}"),
        "eu": (plain, f"{d:%d.%m.%Y}", f"{d.day}/{d.month}/{d:%y}"),
        "iso": (d.isoformat(),),
        "isodob": (d.isoformat(),),
        "hl7dob": (f"{d:%Y%m%d}",),
        "dob": (plain, f"{d:%d-%b-%Y}".upper(), f"{d:%m/%d/%Y}", f"{d.day} {mon} {d.year}"),
        "yob": (str(d.year), f"c. {d.year}"),
        "dicom": (f"{d:%Y%m%d}",),
        "my": (f"{mon} {d.year}", f"{d.month:02d}/{d.year}", f"{en} '{d:%y}"),
        "long": (
            f"{weekday} {d.day}{day_suffix} {en} {d.year}",
            f"{weekday}, {en} {d.day}, {d.year}",
            f"{d.day} {en} {d.year}",
        ),
        "dow": (f"{weekday} {d.day}{day_suffix}", f"{wd} {d.day} {mon}", f"{weekday} ({d:%d/%m})"),
        "short": (f"{d.day}/{d.month}", f"{d.day} {mon}", f"{mon} {d.day}{day_suffix}"),
        "dmy": (f"{d.day} {mon} {d.year}", f"{d.day:02d}{mon.upper()}{d.year}"),
        "rfc": (
            f"{wd}, {d.day:02d} {mon} {d.year} {hh:02d}:{mm:02d}:{ss:02d} {tz}",
            f"{weekday}, {en} {d.day}, {d.year} {hh % 12 or 12}:{mm:02d} {ampm}",
        ),
        "mail": (f"{mon} {d.day}, {d.year}, {hh % 12 or 12}:{mm:02d} {ampm}",),
        "stamp": (
            f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}",
            f"{d:%d-%b-%Y} {hh:02d}{mm:02d}",
            f"{d:%Y/%m/%d} {hh:02d}:{mm:02d}:{ss:02d}",
        ),
        "clock": (f"{hh:02d}:{mm:02d} on {d:%d/%m}", f"{d:%d/%m/%y} @ {hh:02d}{mm:02d}"),
        "chat": (f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}", f"{d:%d.%m.%y}, {hh:02d}:{mm:02d}"),
        "dtg": (f"{d.day:02d}{hh:02d}{mm:02d}Z{mon.upper()}{d:%y}",),
        "ms": (str(epoch * 1000 + rng.randrange(1000)),),
        "log": (f"{d.day:02d}/{mon}/{d.year}:{hh:02d}:{mm:02d}:{ss:02d} {tz}",),
        "ics": (f"{d:%Y%m%d}T{hh:02d}{mm:02d}00Z", f"{d:%Y%m%d}T{hh:02d}{mm:02d}00"),
        "fhir": (f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}.{rng.randrange(1000):03d}Z",),
        "cda": (f"{d:%Y%m%d}{hh:02d}{mm:02d}{ss:02d}{tz}", f"{d:%Y%m%d}"),
        "hl7": (f"{d:%Y%m%d}", f"{d:%Y%m%d}{hh:02d}{mm:02d}{ss:02d}"),
        "ocr": (_v18_ocr(rng, plain), _v18_ocr(rng, f"{d:%d-%b-%Y}")),
        "htr": (_v18_htr(rng, plain), _v18_htr(rng, f"{d.day} {en} {d.year}")),
        "dict": (
            f"{_v12_ordinal(d.day)} of {en.lower()} {_v12_words(d.year // 100)} "
            f"{_v12_words(d.year % 100) if d.year % 100 else 'hundred'}",
            f"{en.lower()} {_v12_ordinal(d.day)}",
        ),
        "au": (plain, f"{d.day}/{d.month}/{d.year}"),
        "za": (f"{d:%Y/%m/%d}", f"{d.day} {en} {d.year}"),
        "sw": (f"{d.day} {m['sw']} {d.year}", plain),
        "es": (f"{d.day:02d}/{m['es'][:3]}/{d.year}", f"{d.day}-{_V8_ROMAN[d.month - 1]}-{d.year}"),
        "fr": (f"{d.day} {m['fr']} {d.year}", f"{d.day:02d}/{d.month:02d}/{d:%y}"),
        "th": (f"{d.day} {m['th']} {d.year + 543}", f"{d:%d/%m}/{d.year + 543}"),
        "ko": (
            f"{d.year}년 {d.month}월 {d.day}일",
            f"{d:%y.%m.%d}",
            f"{d.year}. {d.month}. {d.day}.",
        ),
        "ja": (f"{d:%Y/%m/%d}", f"{d.year}年{d.month}月{d.day}日({'月火水木金土日'[d.weekday()]})"),
        "zh": (
            f"{zh_year}年{_v18_zh_number(d.month)}月{_v18_zh_number(d.day)}日",
            f"{d.year}/{d.month}/{d.day}",
        ),
        "lt": (f"{d.year} m. {m['lt']} {d.day} d.", d.isoformat()),
        "lv": (f"{d.year}. gada {d.day}. {m['lv']}", f"{d:%d.%m.%Y}."),
        "fo": (f"{d.day}. {m['fo']} {d.year}", f"{d:%d.%m.%Y}"),
        "bs": (f"{d:%d.%m.%Y}.", f"{d.day}. {m['bs']} {d.year}. godine"),
        "ka": (f"{d.day} {m['ka']} {d.year}", f"{d:%d.%m.%Y}"),
        "hy": (f"{d:%d.%m.%Y}թ.", f"{d.year}թ. {m['hy']} {d.day}"),
        "el": (f"{d.day} {m['el']} {d.year}", f"{d.day}/{d.month}/{d.year}"),
        "he": (f"{d.day} {m['he']} {d.year}", f"{d:%d.%m.%y}"),
        "uz": (f"{d.year}-yil {d.day}-{m['uz']}", f"{d:%d.%m.%Y}"),
        "ru": (f"«{d.day}» {m['ru']} {d.year} г.", f"{d:%d.%m.%Y}"),
        "ua": (f"{d.day} {m['uk']} {d.year} р.", f"{d:%d.%m.%Y}"),
        "ar": (_v18_digits(f"{d.day}/{d.month}/{d.year}", "ar"), f"{d.day} {m['ar']} {d.year}"),
        "sh": (
            _v18_digits(f"{sy}/{sm:02d}/{sd:02d}", "fa"),
            f"{sd} {_V18_SOLAR[sm - 1]} {sy}",
            f"{sd} {_V18_SOLAR_FA[sm - 1]} {_v18_digits(str(sy), 'fa')}",
        ),
        "hijri": (f"{hd} {_V18_HIJRI[hm - 1]} {hy} AH", f"{hd:02d}/{hm:02d}/{hy}H"),
        "mr": (_v18_digits(f"{d:%d/%m/%Y}", "deva"), f"{d.day} {m['mr']} {d.year}"),
    }
    shapes["ocrdob"], shapes["dictdob"] = shapes["ocr"], shapes["dict"]
    if style and style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    if not style:
        style = rng.choice(("us", "eu", "iso", "dmy", "stamp", "long", "hijri"))
    return rng.choice(shapes[style])


def _v18_geo(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    n, k = rng.randrange(1, 300), rng.randrange(1, 90)
    street, town, state, zip5 = rng.choice(V18_US_PLACES)
    us = f"{n} {street}, {town}, {state} {zip5}"
    box, r_town, r_state, r_zip = rng.choice(V18_RURAL_US)
    uk_street, uk_town, uk_pc = rng.choice(V18_UK_PLACES)
    au_street, au_town, au_state, au_pc = rng.choice(V18_AU_PLACES)
    nz_street, nz_town, nz_pc = rng.choice(V18_NZ_PLACES)
    nz_rd, nz_rtown, nz_rpc = rng.choice(V18_NZ_RURAL)
    ca_town, ca_prov, ca_pc = rng.choice(V18_CA_PLACES)
    za_v, za_prov, za_pc = rng.choice(V18_ZA_PLACES)
    ke_town, ke_county, ke_pc = rng.choice(V18_KE_PLACES)
    mas_v, mas_county = rng.choice(V18_MAS_PLACES)
    tiv_street, tiv_city, tiv_pc = rng.choice(V18_TIV_PLACES)
    tiv_v, tiv_lga = rng.choice(V18_TIV_VILLAGES)
    efi_street, efi_city, efi_pc = rng.choice(V18_EFI_PLACES)
    tah_commune, tah_pc, tah_side = rng.choice(V18_TAH_PLACES)
    uz_city, uz_street, uz_pc = rng.choice(V18_UZ_PLACES)
    uz_v, uz_tuman, uz_vil = rng.choice(V18_UZ_VILLAGES)
    os_idx, os_city, os_street = rng.choice(V18_OS_CYR)
    sah_idx, sah_city, sah_street = rng.choice(V18_SAH_CYR)
    sah_v, sah_ulus = rng.choice(V18_SAH_ULUS)
    ka_city, ka_street, ka_pc = rng.choice(V18_KA_PLACES)
    kg_city, kg_street = rng.choice(V18_KA_GEOR)
    hy_city, hy_street, hy_pc = rng.choice(V18_HY_PLACES)
    ha_city, ha_street = rng.choice(V18_HY_ARMN)
    c1, c2, c3, yua_col, yua_city, yua_cp = rng.choice(V18_YUA_PLACES)
    wy_ran, wy_mun = rng.choice(V18_WY_PLACES)
    wy_street, wy_city = rng.choice(V18_WY_STREETS)
    fo_street, fo_pc, fo_town = rng.choice(V18_FO_PLACES)
    lt_street, lt_pc, lt_city = rng.choice(V18_LT_PLACES)
    lv_street, lv_pc, lv_city = rng.choice(V18_LV_PLACES)
    bs_street, bs_pc, bs_city = rng.choice(V18_BS_PLACES)
    mr_area, mr_city, mr_pin = rng.choice(V18_MR_PLACES)
    mr_v, mr_tal, mr_dist, mr_vpin = rng.choice(V18_MR_VILLAGES)
    md_area, md_city, md_pin = rng.choice(V18_MR_DEVA)
    iq_city, iq_hay = rng.choice(V18_IQ_PLACES)
    ia_city, ia_hay = rng.choice(V18_IQ_ARAB)
    mrt_q, mrt_city = rng.choice(V18_MRT_PLACES)
    af_area, af_city = rng.choice(V18_AF_PLACES)
    ap_city, ap_area = rng.choice(V18_AF_PASH)
    crh_city, crh_street = rng.choice(V18_CRH_PLACES)
    cy_street, cy_pc, cy_city = rng.choice(V18_CY_PLACES)
    cg_city, cg_street, cg_pc = rng.choice(V18_CY_GREK)
    il_street, il_city, il_pc = rng.choice(V18_IL_PLACES)
    ih_city, ih_street = rng.choice(V18_IL_HEBR)
    th_tambon, th_amphoe, th_prov, th_pc = rng.choice(V18_TH_PLACES)
    tt_tambon, tt_amphoe, tt_prov, tt_pc = rng.choice(V18_TH_THAI)
    ko_road, ko_gu, ko_city, ko_pc = rng.choice(V18_KO_PLACES)
    kh_area, kh_road, kh_pc = rng.choice(V18_KO_HANG)
    zh_road, zh_dist, zh_city, zh_pc = rng.choice(V18_ZH_PLACES)
    zc_area, zc_road = rng.choice(V18_ZH_HANI)
    ja_area, ja_city, ja_pref, ja_pc = rng.choice(V18_JA_PLACES)
    jj_city, jj_area, jj_pc = rng.choice(V18_JA_JPAN)
    sg_street, sg_pc = rng.choice(V18_SG_PLACES)
    ie_street, ie_town, ie_key = rng.choice(V18_IE_PLACES)
    br_street, br_city, br_uf, br_cep = rng.choice(V18_BR_PLACES)
    b1, b2, b3 = rng.randrange(1, 9), rng.randrange(1, 30), rng.randrange(1, 20)
    eircode = f"{ie_key} {''.join(rng.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
    plus = "".join(rng.choice("23456789CFGHJMPQRVWX") for _ in range(8))
    lat, lon = rng.uniform(35.0, 37.0), rng.uniform(-111.0, -109.0)
    w3w = ("filled", "count", "soap", "index", "home", "raft", "gravel", "mango", "ladder")
    shapes = {
        "us": (us, f"{n} {street}", f"{town}, {state} {zip5}", f"{street}, {town}"),
        "street": (f"{n} {street}", f"{n} {uk_street}", f"{au_street} {n}"),
        "city": (town, uk_town, au_town),
        "zip": (zip5, uk_pc, au_pc),
        "x12": (f"{town.upper()}*{state}*{zip5}",),
        "hl7": (f"{n} {street}^^{town}^{state}^{zip5}", f"{n} {uk_street}^^{uk_town}^^{uk_pc}^GBR"),
        "postcode": (uk_pc, zip5, eircode, ca_pc, f"{sg_pc}{d(3)}"),
        "ruralus": (f"{box} {d(4)}, {r_town}, {r_state} {r_zip}", f"{box} {d(3)}, {r_town}"),
        "landmark": V18_LANDMARKS,
        "w3w": ("///" + ".".join(rng.sample(w3w, 3)),),
        "plus": (f"{plus[:4]}+{plus[4:6]}", f"{plus}+{plus[:2]} Chinle, Arizona"),
        "gps": (f"{lat:.4f}, {lon:.4f}", f"{lat:.4f}° N, {-lon:.4f}° W"),
        "mgrs": (f"12S X{rng.choice('CDE')} {d(5)} {d(5)}",),
        "word": V18_WORD_TOWNS,
        "town": V18_TOWNS,
        "inst": V18_INSTITUTIONS,
        "carehome": V18_CARE_HOMES,
        "shop": V18_SHOPS,
        "surgery": V18_SURGERIES,
        "pharm": V18_PHARMACIES,
        "ocr": (_v18_ocr(rng, f"{n} {uk_street}, {uk_town} {uk_pc}"), _v18_ocr(rng, us)),
        "dict": (f"{_v12_words(n % 99 + 1)} {street} {town}".lower(), f"{uk_town} {uk_pc}".lower()),
        "uk": (
            f"{n} {uk_street}\n{uk_town}\n{uk_pc}",
            f"Flat {b1}, {n} {uk_street}, {uk_town} {uk_pc}",
            f"{uk_town}, {uk_pc}",
        ),
        "au": (
            f"Unit {b1}/{n} {au_street}, {au_town} {au_state} {au_pc}",
            f"{n} {au_street}, {au_town}",
            f"{au_town} {au_state} {au_pc}",
        ),
        "nz": (
            f"{n} {nz_street}, {nz_town} {nz_pc}",
            f"{d(4)} State Highway 12, {nz_rd}, {nz_rtown} {nz_rpc}",
        ),
        "ca": (f"Box {d(3)}, {ca_town}, {ca_prov} {ca_pc}", f"{ca_town} {ca_prov}  {ca_pc}"),
        "cr": (
            f"Box {d(3)}, {ca_town}, {ca_prov} {ca_pc}",
            f"{ca_town} First Nation, {ca_prov}",
            "Grand Portage, MN 55605",
        ),
        "hop": (
            f"{box} {d(3)}, {r_town}, {r_state} {r_zip}",
            "Second Mesa, AZ 86043",
            "the village of Shungopavi",
        ),
        "chr": (
            f"{box} {d(3)}, {r_town}, {r_state} {r_zip}",
            f"{n} Muskogee Ave, Tahlequah, OK 74464",
            "Stilwell, Oklahoma",
        ),
        "za": (
            f"Stand {d(4)}, {za_v}, {za_prov}, {za_pc}",
            f"Erf {d(3)}, {za_v} {za_pc}",
            f"House {n}, Block {rng.choice('ABCDEFG')}, {za_v}",
        ),
        "kln": (
            f"P.O. Box {n}-{ke_pc}, {ke_town}",
            f"{ke_town}, {ke_county} County",
            f"{ke_town} town, plot {d(3)}",
        ),
        "mas": (f"{mas_v}, {mas_county} County", f"{mas_v} manyatta", f"P.O. Box {n}-20500, Narok"),
        "tiv": (
            f"No. {n} {tiv_street}, {tiv_city} {tiv_pc}",
            f"{tiv_v} village, {tiv_lga} LGA, Benue State",
        ),
        "efi": (
            f"{n} {efi_street}, {efi_city} {efi_pc}",
            f"Ikot {rng.choice(('Ekpene', 'Abasi', 'Akpan Nkuk'))}, Akwa Ibom",
        ),
        "gil": V18_GIL_PLACES,
        "tah": (
            f"PK {b2},{b1} {tah_side}, {tah_commune}, {tah_pc} Tahiti",
            f"BP {d(4)}, {tah_pc} {tah_commune}",
            f"servitude {rng.choice(_V18_TAH_FAMILY)}, {tah_commune}",
        ),
        "uz": (
            f"{uz_city} sh., {uz_street} {n}-uy, {k}-xonadon, {uz_pc}",
            f"{uz_vil} viloyati, {uz_tuman} tumani, {uz_v} MFY",
        ),
        "oscyr": (
            f"{os_idx}, г. {os_city}, {os_street}, д. {n}, кв. {k}",
            f"г. {os_city}, {os_street}, {n}",
        ),
        "sahcyr": (
            f"{sah_idx}, Республика Саха (Якутия), г. {sah_city}, {sah_street}, д. {n}",
            f"г. {sah_city}, {sah_street}, {n}-{k}",
        ),
        "sah": (f"s. {sah_v}, {sah_ulus}", f"Yakutsk, ul. Ordzhonikidze {n}, apt. {k}"),
        "ka": (f"{ka_city}, {ka_street} {n}, apt. {k}", f"{ka_pc} {ka_city}"),
        "geor": (f"{kg_city}, {kg_street} {n}, ბ. {k}", kg_city),
        "hy": (f"{hy_city} {hy_pc}, {hy_street} {n}, apt. {k}", f"{hy_city}, {hy_street} {n}"),
        "armn": (f"{ha_city}, {ha_street} {n}, բն. {k}", ha_city),
        "yua": (
            f"Calle {c1} No. {n * 3} x {c2} y {c3}, {yua_col}, {yua_city}, Yuc., C.P. {yua_cp}",
            f"Calle {c1} #{n} por {c2}, {yua_city}",
            f"{rng.choice(V18_YUA_VILLAGES)}, Yucatán",
        ),
        "wy": (f"{wy_ran}, {wy_mun}, La Guajira", f"{wy_street} # {b2}-{n % 99}, {wy_city}"),
        "fo": (f"{fo_street} {b3}, FO-{fo_pc} {fo_town}", f"FO-{fo_pc} {fo_town}"),
        "lt": (f"{lt_street} {n}-{k}, {lt_pc} {lt_city}", lt_city),
        "lv": (f"{lv_street} {n}-{k}, {lv_city}, {lv_pc}", f"{lv_city}, {lv_pc}"),
        "bs": (f"{bs_street} {n}, {bs_pc} {bs_city}", f"{bs_pc} {bs_city}"),
        "mr": (
            f"Flat {b2}, {mr_area}, {mr_city} {mr_pin}",
            f"At/Post {mr_v}, Tal. {mr_tal}, Dist. {mr_dist} {mr_vpin}",
        ),
        "deva": (f"{md_area}, {md_city} - {_v18_digits(md_pin, 'deva')}", f"{md_area}, {md_city}"),
        "iq": (
            f"{iq_city}, {iq_hay}, mahalla {d(3)}, zuqaq {b2}, house {n}",
            f"{iq_hay}, {iq_city}",
        ),
        "arab": (
            f"{ia_city}، {ia_hay}، محلة {_v18_digits(d(3), 'ar')}، زقاق {b2}، دار {n}",
            ia_city,
        ),
        "mrt": (
            f"{mrt_q}, îlot {rng.choice('ABCKL')}, lot {n}, {mrt_city}",
            f"{mrt_q}, {mrt_city}",
        ),
        "af": (f"House {n}, Street {b3}, {af_area}, {af_city}", f"{af_area}, {af_city}"),
        "pash": (f"{ap_city}، {ap_area}، کوڅه {_v18_digits(str(b3), 'fa')}", ap_city),
        "crh": (
            f"м. {crh_city}, {crh_street}, {n}",
            f"{crh_city}, {crh_street}, буд. {n}, кв. {k}",
        ),
        "cy": (f"{n} {cy_street}, {cy_pc} {cy_city}", f"P.O. Box {d(5)}, {cy_pc} {cy_city}"),
        "grek": (f"{cg_street} {n}, {cg_pc} {cg_city}", cg_city),
        "il": (f"{il_street} {n}/{b3}, {il_city} {il_pc}", f"{il_city} {il_pc}"),
        "hebr": (f"{ih_street} {n}, {ih_city}", f"{ih_street} {n} דירה {b3}, {ih_city}"),
        "th": (
            f"{n}/{b2} Moo {b1}, Tambon {th_tambon}, Amphoe {th_amphoe}, {th_prov} {th_pc}",
            f"{n} Moo {b1}, {th_prov}",
        ),
        "thai": (
            f"{n}/{b2} หมู่ {b1} ต.{tt_tambon} อ.{tt_amphoe} จ.{tt_prov} {tt_pc}",
            f"จ.{tt_prov}",
        ),
        "ko": (f"{n} {ko_road}, {ko_gu}, {ko_city} {ko_pc}", f"{ko_city}, {ko_gu}"),
        "hang": (f"{kh_area} {kh_road} {n}, {b2}동 {n}호 ({kh_pc})", f"{kh_area} {kh_road} {n}"),
        "zh": (f"No. {n} {zh_road}, {zh_dist}, {zh_city} {zh_pc}", f"{zh_city}, {zh_dist}"),
        "hani": (f"{zc_area}{zc_road}{n}号{b1}栋{b2}0{b1}室", f"{zc_area}{zc_road}{n}号"),
        "ja": (f"{b1}-{b2} {ja_area}, {ja_city}, {ja_pref} {ja_pc}", f"{ja_city}, {ja_pref}"),
        "jpan": (
            f"〒{jj_pc} {jj_city}{jj_area}{b1}-{b2}-{b3}",
            f"{jj_city}{jj_area}{b1}丁目{b2}番{b3}号",
        ),
        "sg": (
            f"Blk {n} {sg_street}, #{b2:02d}-{d(3)}, Singapore {sg_pc}{d(3)}",
            f"Blk {n} {sg_street}",
        ),
        "ie": (
            f"{n} {ie_street}, {ie_town}, {eircode}",
            f"{ie_town}, Co. {rng.choice(('Kerry', 'Cork', 'Galway'))}",
        ),
        "br": (
            f"{br_street}, {n}, apto {b2}0{b1}, {br_city}-{br_uf}, CEP {br_cep}-{d(3)}",
            f"{br_city}-{br_uf}",
        ),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    if not style:
        style = rng.choice(("us", "town", "inst", "uk", "au", "word"))
    return rng.choice(shapes[style])


def _v18_phone(rng: random.Random, style: str) -> str:
    def d(k: int) -> str:
        return _digits(rng, k)

    area = rng.choice(("928", "918", "218", "808", "505", "305", "773"))
    us = f"({area}) {rng.randrange(2, 10)}{d(2)}-{d(4)}"
    shapes = {
        "us": (us, f"{area}-{rng.randrange(2, 10)}{d(2)}-{d(4)}", f"1-{area}-{d(3)}-{d(4)}"),
        "ext": (f"{us} ext {d(4)}", f"{area}.{d(3)}.{d(4)} x{d(3)}"),
        "pager": (f"{d(4)}", f"{area}-{d(3)}-{d(4)}"),
        "e164": (
            f"+1{area}{rng.randrange(2, 10)}{d(6)}",
            f"+44{rng.choice(('1872', '7700', '1208'))}{d(6)}",
            f"+61{rng.choice(('8', '4'))}{d(8)}",
            f"+254{rng.choice(('722', '711'))}{d(6)}",
            f"+298{d(6)}",
        ),
        "hl7": (f"^PRN^PH^^^{area}^{d(7)}", f"({area}){d(3)}-{d(4)}^^^^^^"),
        "ocr": (_v18_ocr(rng, us), _v18_ocr(rng, f"01872 {d(6)}")),
        "uk": (f"01872 {d(6)}", f"07{d(3)} {d(6)}", f"(01503) {d(6)}", f"+44 (0)1304 {d(6)}"),
        "au": (f"(08) 89{d(2)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}"),
        "za": (f"+27 15 962 {d(4)}", f"08{d(1)} {d(3)} {d(4)}", f"015-{d(3)}-{d(4)}"),
        "ke": (f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}", f"0722-{d(6)}"),
        "ng": (f"0703 {d(3)} {d(4)}", f"+234 (0) 8{d(2)} {d(3)} {d(4)}"),
        "ki": (f"+686 7{d(3)} {d(4)}", f"7{d(3)}{d(4)}"),
        "ca": (f"(780) 585-{d(4)}", f"1-807-{d(3)}-{d(4)}"),
        "pf": (
            f"+689 87 {d(2)} {d(2)} {d(2)}",
            f"40 {d(2)} {d(2)} {d(2)}",
            f"89.{d(2)}.{d(2)}.{d(2)}",
        ),
        "mr": (
            f"+222 {rng.choice('234')}{d(1)} {d(2)} {d(2)} {d(2)}",
            f"{rng.choice('234')}{d(7)}",
        ),
        "uz": (
            f"+998 90 {d(3)} {d(2)} {d(2)}",
            f"(0366) {d(3)}-{d(2)}-{d(2)}",
            f"+998 (66) {d(3)}-{d(2)}-{d(2)}",
        ),
        "ru": (
            f"+7 (4112) {d(2)}-{d(2)}-{d(2)}",
            f"+7 (8672) {d(2)}-{d(2)}-{d(2)}",
            f"8-914-{d(3)}-{d(2)}-{d(2)}",
        ),
        "ua": (f"+380 65 {d(3)} {d(4)}", f"+7 (978) {d(3)}-{d(2)}-{d(2)}"),
        "ge": (f"+995 599 {d(2)} {d(2)} {d(2)}", f"(0431) {d(2)} {d(2)} {d(2)}"),
        "am": (f"+374 10 {d(6)}", f"(0312) {d(1)} {d(2)} {d(2)}", f"+374 9{d(1)} {d(6)}"),
        "ko": (f"010-{d(4)}-{d(4)}", f"063-250-{d(4)}", f"+82 10 {d(4)} {d(4)}"),
        "cn": (f"0514-{d(4)} {d(4)}", f"+86 139 {d(4)} {d(4)}", f"139{d(8)}"),
        "jp": (f"076-286-{d(4)}", f"080-{d(4)}-{d(4)}", f"(0138) {d(2)}-{d(4)}"),
        "th": (f"08{d(1)}-{d(3)}-{d(4)}", f"043-{d(3)}-{d(3)}", f"+66 43 {d(3)} {d(3)}"),
        "il": (f"050-{d(3)}-{d(4)}", f"08-993-{d(4)}", f"+972-52-{d(7)}"),
        "iq": (
            f"0770 {d(3)} {d(4)}",
            f"+964 780 {d(3)} {d(4)}",
            _v18_digits(f"0780 {d(3)} {d(4)}", "ar"),
        ),
        "af": (f"+93 70 {d(3)} {d(4)}", f"0799 {d(3)} {d(3)}", f"+93 (0) 78 {d(7)}"),
        "in": (f"020-2543 {d(4)}", f"+91 98220 {d(5)}", f"9{d(4)} {d(5)}"),
        "co": (f"+57 300 {d(3)} {d(4)}", f"(605) 728 {d(4)}", f"31{d(1)} {d(7)}"),
        "mx": (
            f"+52 999 {d(3)} {d(4)}",
            f"(999) {d(1)} {d(2)} {d(2)} {d(2)}",
            f"999-{d(3)}-{d(4)}",
        ),
        "fo": (f"+298 {d(2)} {d(2)} {d(2)}", f"{d(6)}"),
        "lt": (f"+370 6{d(2)} {d(5)}", f"8 37 {d(6)}"),
        "lv": (f"+371 2{d(3)} {d(4)}", f"2{d(7)}"),
        "ba": (f"+387 35 {d(3)}-{d(3)}", f"061/{d(3)}-{d(3)}"),
        "cy": (f"+357 25 {d(6)}", f"99 {d(6)}", f"+357-99-{d(6)}"),
        "de": (f"+49 (0)4{d(2)} {d(6)}", f"0151 {d(4)} {d(4)}"),
        "nl": (f"06-{d(8)}", f"+31 (0)50 {d(3)} {d(4)}"),
        "it": (f"+39 333 {d(3)} {d(4)}", f"0471 {d(6)}"),
        "es": (f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"981 {d(3)} {d(3)}"),
        "fr": (f"+33 (0)2 98 {d(2)} {d(2)} {d(2)}", f"07 {d(2)} {d(2)} {d(2)} {d(2)}"),
        "pl": (f"+48 {d(3)} {d(3)} {d(3)}", f"(12) {d(3)} {d(2)} {d(2)}"),
        "se": (f"070-{d(3)} {d(2)} {d(2)}", f"+46 8 {d(3)} {d(3)} {d(2)}"),
        "no": (f"+47 {d(3)} {d(2)} {d(3)}", f"{d(2)} {d(2)} {d(2)} {d(2)}"),
        "tr": (f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0(5{d(2)}) {d(3)} {d(2)} {d(2)}"),
        "br": (f"+55 (92) 9{d(4)}-{d(4)}", f"(71) 3{d(3)}-{d(4)}"),
        "sg": (f"+65 9{d(3)} {d(4)}", f"6{d(3)} {d(4)}"),
    }
    if style and style not in shapes:
        raise ValueError(f"unknown PHONE shape {style!r}")
    if not style:
        style = rng.choice(("us", "uk", "au", "e164", "ke", "il"))
    return rng.choice(shapes[style])


def _v18_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v18 shape (``style``: the shape a field asks for)."""
    up, alnum = _V8_UP, _V8_UP + "0123456789"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))

    def d(k: int) -> str:
        return _digits(rng, k)

    def pick(shapes: dict[str, tuple[str, ...]], what: str) -> str:
        """A shape of ``style``; without one, the plain shapes ("") or, if none, any."""
        if style and style not in shapes:
            raise ValueError(f"unknown {what} shape {style!r}")
        key = style or ("" if "" in shapes else rng.choice(list(shapes)))
        return rng.choice(shapes[key])

    if kind == "NAME":
        return _v18_name(rng, style)
    if kind == "AGE":
        return _v18_age(rng, style)
    if kind == "DATE":
        return _v18_date(rng, style)
    if kind == "GEO":
        return _v18_geo(rng, style)
    if kind in ("PHONE", "FAX"):
        return _v18_phone(rng, style)
    born = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 21))
    yy, mm, dd = born.year % 100, born.month, born.day
    yy2 = rng.randrange(17, 27)
    given, family = _v18_person(rng, tuple(range(len(_V18_LATIN_GROUPS))))
    other = rng.choice(_V18_GROUPS[_V18_GROUP_OF[given]][1])
    g, f = _v8_ascii(given) or "pt", _v8_ascii(family) or "pt"
    o = _v8_ascii(other) or "x"
    token = "".join(rng.choice(alnum.lower()) for _ in range(rng.choice((8, 12, 20))))
    hexes = [f"{rng.randrange(256):02x}" for _ in range(6)]
    if kind == "EMAIL":
        domain = rng.choice(
            (
                "naver.com",
                "daum.net",
                "163.com",
                "docomo.ne.jp",
                "mail.uz",
                "walla.co.il",
                "hotmail.co.th",
                "rediffmail.com",
                "bigpond.com",
                "xtra.co.nz",
                "btinternet.com",
                "mail.pf",
                "olanet.fo",
                "inbox.lv",
            )
        )
        return pick(
            {
                "": (
                    f"{g}.{f}@{domain}",
                    f"{f}{g[0]}{rng.randrange(1940, 1999)}@{domain}",
                    f"{g}{rng.randrange(10, 99)}@{domain}",
                    f"{f}.{g}@{domain}".upper(),
                ),
                "work": (
                    f"{g}.{f}@kaunoklinikos.lt",
                    f"{g[0]}{f}@clalit.org.il",
                    f"{f}.{g}@ihs.gov",
                    f"{g}.{f}@cpf.pf",
                    f"{g}_{f}@jbnuh.org",
                    f"{f}{g[0]}@mtrh.go.ke",
                ),
                "nhs": (f"{g}.{f}{rng.randrange(1, 9)}@nhs.net", f"{g}.{f}@cornwall.nhs.uk"),
                "obf": (
                    f"{g}.{f} at gmail dot com",
                    f"{g}{f}(at)yahoo(dot)co(dot)uk",
                    f"{g} [at] {domain.replace('.', ' [dot] ')}",
                ),
            },
            "EMAIL",
        )
    if kind == "SSN":
        sex = rng.choice((0, 1))  # 0 for a man, 1 for a woman
        lt_code = f"{3 + sex}{yy:02d}{mm:02d}{dd:02d}{d(3)}"
        za_seq = rng.randrange(5000) if sex else rng.randrange(5000, 10000)
        za_id = f"{yy:02d}{mm:02d}{dd:02d}{za_seq:04d}08"
        jmbg_seq = rng.randrange(500 * sex, 500 * sex + 500)
        curp_vowel = next((c for c in f[1:].upper() if c in "AEIOU"), "X")
        pan4 = rng.choice("ABCFGHLJPT")
        return pick(
            {
                "": (f"{d(3)}-{d(2)}-{d(4)}", f"{d(3)} {d(2)} {d(4)}", d(9)),
                "last4": (f"XXX-XX-{d(4)}", f"***-**-{d(4)}", f"xxx-xx-{d(4)}"),
                "za": (
                    za_id + _v18_luhn(za_id),
                    f"{za_id[:6]} {za_id[6:10]} {za_id[10:]}{_v18_luhn(za_id)}",
                ),
                "curp": (
                    f"{f[0].upper()}{curp_vowel}{o[0].upper()}{g[0].upper()}{yy:02d}{mm:02d}{dd:02d}"
                    f"{'HM'[sex]}YN{letters(3)}{rng.choice('0A')}{d(1)}",
                ),
                "th": (f"3 {d(4)} {d(5)} {d(2)} {d(1)}", f"3-{d(4)}-{d(5)}-{d(2)}-{d(1)}"),
                "rrn": (
                    f"{yy:02d}{mm:02d}{dd:02d}-{1 + sex}{d(6)}",
                    f"{yy:02d}{mm:02d}{dd:02d}-{1 + sex}******",
                ),
                "lt": (lt_code + d(1),),
                "lv": (f"{dd:02d}{mm:02d}{yy:02d}-1{d(4)}",),
                "jmbg": (f"{dd:02d}{mm:02d}{born.year % 1000:03d}18{jmbg_seq:03d}{d(1)}",),
                "fo": (f"{dd:02d}{mm:02d}{yy:02d}-{d(3)}", f"{dd:02d}{mm:02d}{yy:02d} {d(3)}"),
                "ge": (d(11), f"{d(3)} {d(4)} {d(4)}"),
                "am": (f"A{rng.choice('MNRT')}{d(7)}", f"{d(10)}"),
                "cy": (d(7), f"{d(4)} {d(3)}"),
                "il": (f"{d(8)}-{d(1)}", f"0{d(8)}"),
                "uz": (
                    f"{3 + sex}{dd:02d}{mm:02d}{yy:02d}{d(7)}",
                    f"{3 + sex} {dd:02d}{mm:02d}{yy:02d} {d(3)} {d(3)} {d(1)}",
                ),
                "inn": (f"15{d(10)}", f"14{d(10)}", f"01{d(2)} {d(6)} {d(2)}"),
                "af": (f"1400-{d(4)}-{d(5)}", f"{d(4)}-{d(4)}-{d(5)}"),
                "mr": (d(10), f"{d(4)} {d(3)} {d(3)}"),
                "ke": (d(8), f"{d(2)} {d(3)} {d(3)}"),
                "nin": (d(11), f"{d(3)}-{d(4)}-{d(4)}"),
                "status": (f"{d(3)}{d(5)}{d(2)}", f"{d(3)} {d(5)} {d(2)}"),
                "tribal": (f"CN-{d(6)}", f"#{d(6)}", f"{d(5)}"),
                "co": (f"{rng.randrange(1, 99)}.{d(3)}.{d(3)}", f"1.{d(3)}.{d(3)}.{d(3)}"),
                "ua": (d(10), f"{d(5)} {d(5)}"),
                "jp": (f"{d(4)} {d(4)} {d(4)}", d(12)),
                "iq": (f"1{yy:02d}{d(9)}", f"{d(4)} {d(4)} {d(4)}"),
                "pan": (f"{letters(3)}{pan4}{f[0].upper()}{d(4)}{letters(1)}",),
                "nino": (
                    f"{letters(2)} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}",
                    f"{letters(2)}{d(6)}{rng.choice('ABCD')}",
                ),
                "nric": (f"S{d(7)}{letters(1)}", f"s{d(7)}{letters(1).lower()}"),
                "pps": (f"{d(7)}{letters(1)}", f"{d(7)}{letters(1)}A"),
                "cpf": (f"{d(3)}.{d(3)}.{d(3)}-{d(2)}", d(11)),
            },
            "SSN",
        )
    if kind == "MRN":
        nhi_letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        nhi = "".join(rng.choice(nhi_letters) for _ in range(3))
        return pick(
            {
                "": (d(7), f"{d(2)}-{d(2)}-{d(3)}", f"K{d(6)}", f"E{d(9)}"),
                "nhi": (
                    f"{nhi}{d(4)}",
                    f"{nhi}{d(2)}{rng.choice(nhi_letters)}{rng.choice(nhi_letters)}",
                ),
                "ur": (d(6), f"{d(3)} {d(3)}"),
                "hn": (f"{d(5)}/{yy2 + 43}", f"{d(2)}-{d(2)}-{d(6)}"),
                "ko": (d(8),),
                "ru": (f"{d(4)}/{yy2}", f"{d(5)}-{2000 + yy2}"),
                "uhid": (f"PUN{d(9)}", f"{2000 + yy2}/{d(6)}"),
                "zh": (d(8), f"ZY{d(8)}"),
                "ipp": (d(9), f"{d(2)}{letters(1)}{d(6)}"),
                "ke": (f"{d(6)}/{yy2}", f"IP{d(6)}"),
                "ng": (f"BSUTH/{d(5)}", f"{letters(2)}/{d(4)}/{yy2}"),
                "ihs": (d(6), f"{d(3)}-{d(3)}"),
                "barcode": (f"*M{d(7)}*", f"M{d(7)}", f"{d(4)}-{d(4)}"),
                "ocr": (_v18_ocr(rng, f"M{d(7)}"), _v18_ocr(rng, d(8))),
            },
            "MRN",
        )
    if kind == "HEALTH_PLAN":
        mbi = (
            f"{rng.randrange(1, 10)}{rng.choice(_V18_MBI_LETTERS)}"
            f"{rng.choice(_V18_MBI_LETTERS + '0123456789')}{d(1)}"
            f"{rng.choice(_V18_MBI_LETTERS)}{rng.choice(_V18_MBI_LETTERS + '0123456789')}{d(1)}"
            f"{rng.choice(_V18_MBI_LETTERS)}{rng.choice(_V18_MBI_LETTERS)}{d(2)}"
        )
        nhs = d(9)
        check = 11 - sum(int(c) * w for c, w in zip(nhs, range(10, 1, -1), strict=True)) % 11
        nhs += "0" if check == 11 else str(check % 10)
        return pick(
            {
                "": (f"{letters(3)}{d(9)}", f"{d(9)}-0{rng.randrange(1, 5)}", f"{d(8)}"),
                "mbi": (mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"),
                "bcbs": (
                    f"{letters(3)}{d(9)}",
                    f"{letters(3)}W{d(8)}",
                    f"{letters(1)}{d(8)} 0{rng.randrange(1, 4)}",
                ),
                "medical": (f"9{d(7)}{letters(1)}{d(5)}",),
                "dod": (d(10),),
                "icn": (f"10{d(8)}V{d(6)}",),
                "hl7": (f"{letters(3)}{d(9)}", f"{d(9)}A"),
                "lower": (f"{letters(3).lower()}{d(9)}", f"w{d(9)}"),
                "dental": (d(9), f"DD{d(9)}"),
                "ocr": (_v18_ocr(rng, f"{letters(3)}{d(9)}"),),
                "nhs": (f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"),
                "ohip": (f"{d(4)}-{d(3)}-{d(3)}-{letters(2)}", f"{d(4)} {d(3)} {d(3)}"),
                "ab": (f"{d(5)}-{d(4)}",),
                "ramq": (
                    f"{f[:3].upper():X<3}{g[0].upper()} {yy:02d}{mm + 50:02d} {dd:02d}{d(2)}",
                ),
                "medau": (
                    f"{rng.randrange(2, 7)}{d(3)} {d(5)} {rng.randrange(1, 10)}",
                    f"{rng.randrange(2, 7)}{d(8)}{rng.randrange(1, 10)}/{rng.randrange(1, 6)}",
                ),
                "dva": (
                    f"{rng.choice(('NX', 'QX', 'VX'))}{d(6)}",
                    f"{rng.choice(('N', 'Q', 'V'))} {d(6)}",
                ),
                "ehic": (f"80{rng.choice(('826', '372', '616'))} {d(5)} {d(5)} {d(5)}",),
                "gms": (f"{d(7)}{letters(1)}",),
                "za": (d(9), f"{letters(2)}{d(8)}"),
                "imss": (f"{d(2)} {d(2)} {d(2)} {d(4)} {d(1)}", d(11)),
                "th": (d(13), f"{d(1)}-{d(4)}-{d(5)}-{d(2)}-{d(1)}"),
                "nhis": (f"{d(1)}-{d(10)}", d(11)),
                "ba": (d(11), f"{d(3)}-{d(4)}-{d(4)}"),
                "gesy": (d(7), d(8)),
                "il": (d(9), f"{d(8)}-{d(1)}"),
                "dms": (f"{d(3)}-{d(6)}/{yy2}", f"ДМС-{d(8)}"),
                "jpko": (d(8), f"{d(4)} {d(4)}"),
                "zh": (f"YZ{d(10)}", f"{d(6)} {d(4)} {d(4)} {d(4)}"),
                "cnam": (f"{d(6)}/{letters(1)}", f"CNAM-{d(8)}"),
                "cps": (d(7), f"{d(3)} {d(4)}"),
                "sha": (f"CR{d(10)}-{rng.randrange(1, 9)}", f"SHA{d(9)}"),
                "bshia": (f"BSHIA/{d(6)}", f"BN-{d(7)}"),
                "eps": (f"{d(10)}-{rng.randrange(1, 9)}", d(9)),
                "esic": (d(10), f"{d(2)}-{d(2)}-{d(6)}"),
                "sus": (f"7{d(2)} {d(4)} {d(4)} {d(4)}", f"{rng.choice('12')}{d(14)}"),
            },
            "HEALTH_PLAN",
        )
    if kind == "ACCOUNT":
        return pick(
            {
                "acc": (f"RAD{yy2}-{d(6)}", f"A{d(8)}"),
                "sp": (f"S{yy2}-{d(5)}", f"SP-{yy2}-{d(4)}"),
                "bm": (f"BM{yy2}/{d(3)}", f"H{yy2}-{d(4)}"),
                "ubrn": (f"{d(4)} {d(4)} {d(4)}", d(12)),
                "police": (f"{d(2)}/{d(6)}/{yy2}", f"{2000 + yy2}-{d(6)}"),
                "ems": (f"{2000 + yy2}-{d(6)}", f"R{d(7)}"),
                "group": (f"{d(6)}-{d(3)}", f"GRP{d(5)}"),
                "court": (f"{yy2}-GD-{d(4)}", f"P{d(2)}-{d(5)}"),
                "safe": (f"SG-{d(6)}", f"MASH/{d(5)}"),
                "sortcode": (f"{d(2)}-{d(2)}-{d(2)} {d(8)}",),
                "incident": (f"INC{d(7)}", f"W{d(6)}"),
                "pension": (f"PEN/{d(7)}", f"{d(3)}/{d(5)}"),
                "siv": (f"IOE{d(10)}", f"SIV-{d(6)}"),
            },
            "ACCOUNT",
        )
    if kind == "LICENSE":
        dvla_name = (f.upper() + "99999")[:5]
        dvla = (
            f"{dvla_name}{str(born.year)[2]}{mm + 50 * rng.choice((0, 1)):02d}{dd:02d}{yy % 10}"
            f"{g[0].upper()}{o[0].upper()}9{letters(2)}"
        )
        dea_digits = [int(c) for c in d(6)]
        dea_check = (sum(dea_digits[0::2]) + 2 * sum(dea_digits[1::2])) % 10
        dea = f"{rng.choice('ABFM')}{f[0].upper()}{''.join(map(str, dea_digits))}{dea_check}"
        npi = f"1{d(8)}"
        return pick(
            {
                "": (f"{letters(1)}{d(7)}", f"{letters(2)}{d(6)}"),
                "dvla": (dvla, f"{dvla[:5]} {dvla[5:11]} {dvla[11:]}"),
                "gmc": (d(7),),
                "au": (f"{d(6)}{rng.choice('0123456789ABCDEFGHJK')}{rng.choice('ABFHJKLTWXY')}",),
                "cpso": (d(5), d(6)),
                "us": (
                    f"{letters(1)}{d(8)}",
                    d(9),
                    f"{letters(1)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
                ),
                "dea": (dea,),
                "npi": (npi + _v18_luhn("80840" + npi),),
                "notary": (d(7), f"NP{d(6)}"),
                "mx": (d(7), d(8)),
                "lt": (d(6), f"MPL-{d(5)}"),
                "il": (d(5), d(6)),
            },
            "LICENSE",
        )
    if kind == "VEHICLE":
        cyr, grk = _V18_CYR_PLATE, _V18_GREEK_PLATE
        vin = _v18_vin(rng)
        uk = f"{letters(2)}{d(2)} {letters(3)}"
        us = rng.choice(
            (f"{d(1)}{letters(3)}{d(3)}", f"{letters(3)}-{d(4)}", f"{letters(3)} {d(3)}")
        )
        ba = rng.choice(_V18_BA_PLATE)
        ru_region = rng.choice(("15", "01", "14"))
        thai2 = "".join(rng.choice(_V18_THAI_LETTERS) for _ in range(2))
        thai_province = rng.choice(("ขอนแก่น", "อุดรธานี", "เชียงราย"))
        jp_area = rng.choice(("金沢", "石川", "函館", "品川"))
        es_letters = "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
        return pick(
            {
                "": (uk, us, f"{letters(2)}-{d(3)}-{letters(2)}"),
                "vin": (vin, vin, f"{vin[:3]} {vin[3:9]} {vin[9:]}"),
                "last6": (d(6), vin[-6:]),
                "uk": (uk, f"{letters(1)}{d(3)} {letters(3)}", uk.replace(" ", "")),
                "lower": (uk.lower(), uk.replace(" ", "").lower(), us.lower()),
                "ocr": (_v18_ocr(rng, uk), _v18_ocr(rng, us)),
                "moto": (uk, f"{d(2)}-{letters(2)}-{d(2)}"),
                "us": (us, f"{d(3)} {letters(3)}"),
                "tribal": (f"{rng.choice(('NN', 'CN', 'HP'))} {d(5)}", f"{d(4)} {letters(1)}"),
                "nz": (f"{letters(3)}{d(3)}", f"{letters(2)}{d(4)}"),
                "au": (
                    f"{d(3)} {letters(3)}",
                    f"{letters(2)} {d(2)} {letters(2)}",
                    f"S{d(3)}{letters(3)}",
                ),
                "amb": (uk, f"{letters(2)}{d(2)}{letters(3)}"),
                "za": (f"{letters(3)} {d(3)} L", f"{letters(2)} {d(2)} {letters(2)} GP"),
                "ng": (
                    f"{rng.choice(('MKD', 'GBK', 'UYY', 'ABJ', 'EKY'))} {d(3)} {letters(2)}",
                    f"{rng.choice(('MKD', 'UYY'))}-{d(3)}{letters(2)}",
                ),
                "ua": (f"АК {d(4)} {rng.choice(cyr)}{rng.choice(cyr)}", f"AK{d(4)}{letters(2)}"),
                "ru": (
                    f"{rng.choice(cyr)}{d(3)}{rng.choice(cyr)}{rng.choice(cyr)} {ru_region}",
                    f"{rng.choice(cyr)} {d(3)} {rng.choice(cyr)}{rng.choice(cyr)} 14 RUS",
                ),
                "th": (
                    f"{rng.randrange(1, 10)}{thai2} {d(4)} กรุงเทพมหานคร",
                    f"{thai2} {d(4)} {thai_province}",
                ),
                "mx": (f"{letters(3)}-{d(3)}-{letters(1)}", f"Y{letters(2)}-{d(2)}-{d(2)}"),
                "kr": (
                    f"{d(2)}{rng.choice(_V18_HANGUL_PLATE)} {d(4)}",
                    f"{d(3)}{rng.choice(_V18_HANGUL_PLATE)}{d(4)}",
                ),
                "jp": (
                    f"{jp_area} {d(3)} {rng.choice(_V18_KANA_PLATE)} {d(2)}-{d(2)}",
                    f"{rng.choice(('金沢', '函館'))}{d(3)}{rng.choice(_V18_KANA_PLATE)}{d(4)}",
                ),
                "jpchassis": (f"{letters(3)}{d(2)}-{d(7)}", f"{letters(2)}{d(1)}-{d(6)}"),
                "cn": (
                    f"{rng.choice(('苏K', '苏A', '京A', '沪B'))}·{d(5)}",
                    f"苏K·{letters(1)}{d(4)}",
                    f"苏K·D{d(5)}",
                ),
                "il": (f"{d(2)}-{d(3)}-{d(2)}", f"{d(3)}-{d(2)}-{d(3)}"),
                "iq": (
                    f"{_v18_digits(d(5), 'ar')} {rng.choice('أبجدهوز')}",
                    f"Basra {d(5)} {letters(1)}",
                ),
                "mh": (
                    f"MH {rng.choice(('12', '09', '08', '14'))} {letters(2)} {d(4)}",
                    f"MH{rng.choice(('12', '09'))}{letters(2)}{d(4)}",
                    f"{yy2} BH {d(4)} {letters(2)}",
                ),
                "am": (f"{d(2)} {letters(2)} {d(3)}", f"{d(3)} {letters(2)} {d(2)}"),
                "ge": (f"{letters(2)}-{d(3)}-{letters(2)}",),
                "gr": (f"{rng.choice(grk)}{rng.choice(grk)}{rng.choice(grk)}-{d(4)}",),
                "cy": (f"{letters(3)} {d(3)}",),
                "fo": (f"{letters(2)} {d(3)}", f"{letters(2)}{d(3)}"),
                "lt": (f"{letters(3)} {d(3)}", f"{letters(3)}:{d(3)}"),
                "lv": (f"{letters(2)}-{d(4)}", f"{letters(2)}-{d(3)}"),
                "ba": (f"{ba}{d(2)}-{rng.choice(_V18_BA_PLATE)}-{d(3)}",),
                "pf": (f"{d(6)} P", f"{d(6)}P"),
                "mr": (f"{d(4)} {letters(2)} {rng.choice(('00', '01', '12'))}",),
                "uz": (
                    f"{rng.choice(('30', '40', '01'))} {letters(1)} {d(3)} {letters(2)}",
                    f"{rng.choice(('30', '40'))} {d(3)} {letters(3)}",
                ),
                "de": (
                    f"{rng.choice(('HH', 'M', 'B', 'K', 'HB', 'FL', 'KI'))}-{letters(2)} {d(4)}",
                    f"{rng.choice(('HH', 'M', 'B'))}-{letters(1)} {d(3)}E",
                    f"{rng.choice(('K', 'KI'))}-{letters(2)} {d(2)}H",
                ),
                "nl": (
                    f"{d(2)}-{letters(3)}-{d(1)}",
                    f"{letters(1)}-{d(3)}-{letters(2)}",
                    f"W{letters(1)}-{letters(2)}-{d(2)}",
                ),
                "it": (f"{letters(2)} {d(3)}{letters(2)}", f"{letters(2)}{d(3)}{letters(2)}"),
                "es": (
                    f"{d(4)} {es_letters}",
                    f"{d(4)}-{letters(3)}",
                ),
                "fr": (f"{letters(2)}-{d(3)}-{letters(2)}",),
                "pl": (
                    f"{rng.choice(('WA', 'KR', 'PO', 'GD'))} {d(5)}",
                    f"KR {d(1)}{letters(2)}{d(2)}",
                ),
                "se": (f"{letters(3)} {d(2)}{rng.choice(alnum)}",),
                "no": (f"{letters(2)} {d(5)}", f"EL {d(5)}"),
                "fi": (f"{letters(3)}-{d(3)}",),
                "tr": (
                    f"{rng.choice(('34', '06', '35'))} {letters(rng.randrange(1, 4))} "
                    f"{d(rng.randrange(2, 5))}",
                ),
                "br": (f"{letters(3)}{d(1)}{letters(1)}{d(2)}", f"{letters(3)}-{d(4)}"),
                "hin": (
                    f"{letters(3)}{d(5)}{rng.choice('ABCDEFGHIJKL')}{d(1)}{d(2)}",
                    f"US-{letters(3)}{d(5)}{letters(1)}{d(3)}",
                ),
                "serial": (f"{d(1)}{letters(1)}{d(6)}", f"{letters(1)}{d(7)}"),
            },
            "VEHICLE",
        )
    if kind == "DEVICE":
        return pick(
            {
                "hip": (d(8), f"{letters(1)}{d(7)}-{d(2)}"),
                "cgm": (f"{d(1)}{letters(1)}{d(7)}", f"0M{d(3)}{letters(5)}"),
                "o2": (d(9), f"{letters(3)}{d(7)}"),
                "pump": (f"{letters(2)}{d(7)}{letters(1)}", d(8)),
                "udi": (
                    f"(01){d(14)}(17){rng.randrange(27, 31)}{rng.randrange(1, 13):02d}01"
                    f"(21){letters(3)}{d(5)}",
                    f"(01){d(14)}(21){d(9)}",
                ),
                "ha": (d(10), f"{d(2)}{letters(2)}{d(5)}"),
                "mac": (
                    ":".join(hexes).upper(),
                    "-".join(hexes),
                    f"{''.join(hexes[:2])}.{''.join(hexes[2:4])}.{''.join(hexes[4:])}",
                ),
                "ppm": (f"{letters(3)}{d(6)}{letters(1)}", d(6)),
            },
            "DEVICE",
        )
    if kind == "URL":
        return pick(
            {
                "kakao": (f"open.kakao.com/o/s{token[:8]}", f"https://open.kakao.com/me/{g}{d(2)}"),
                "wechat": (
                    f"https://u.wechat.com/{token}",
                    f"weixin://contacts/profile/{g}{f}{d(3)}",
                ),
                "line": (f"https://line.me/ti/p/~{g}{d(2)}", f"line.me/R/ti/p/@{token[:8]}"),
                "share": (
                    f"https://share.example-cgm.com/follow/{token}",
                    f"https://clarity.example.org/u/{g}.{f}",
                ),
                "gofundme": (
                    f"https://www.gofundme.com/f/help-{g}-{f}-get-a-wheelchair-van",
                    f"gofundme.com/f/{g}s-recovery-fund",
                ),
                "social": (
                    f"https://www.facebook.com/{g}.{f}.{d(2)}",
                    f"https://www.tiktok.com/@{g}{f}{d(2)}",
                    f"instagram.com/{g}_{f}",
                ),
            },
            "URL",
        )
    if kind == "IP":
        v4 = rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"41.{rng.randrange(56, 90)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"178.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"203.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            )
        )
        v4b = f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        groups = [f"{rng.randrange(65536):04x}" for _ in range(8)]
        return pick(
            {
                "": (v4,),
                "xff": (f"{v4}, {v4b}",),
                "v6": (f"2a02:{groups[1]}:{groups[2]}::{groups[3].lstrip('0') or '1'}",),
                "v6full": (":".join(["2001"] + groups[1:]),),
                "mapped": (f"::ffff:{v4}",),
            },
            "IP",
        )
    raise ValueError(f"unknown PHI kind {kind!r}")


@dataclass
class Document:
    text: str
    phi: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind)
    clinical: list[tuple[int, int]] = field(default_factory=list)  # spans of clinical words
    eponym: list[tuple[int, int]] = field(default_factory=list)  # clinical words of EPONYM lines
    held_out: bool = False  # templates (and eponym sentences) from the held-out lists
    held_out_names: bool = False  # names from HELD_OUT_GIVEN / HELD_OUT_FAMILY
    fresh: bool = False  # templates, names and eponyms from the FRESH_ lists
    final: bool = False  # ... from the FINAL_ lists
    blind: bool = False  # ... from the BLIND_ lists
    v3: bool = False  # ... from the V3_ lists
    v4: bool = False  # ... from the V4_ lists
    v5: bool = False  # ... from the V5_ lists
    v6: bool = False  # ... from the V6_ lists
    v7: bool = False  # ... from the V7_ lists
    v8: bool = False  # ... from the V8_ lists
    v9: bool = False  # ... from the V9_ lists
    v10: bool = False  # ... from the V10_ lists
    v11: bool = False  # ... from the V11_ lists
    v12: bool = False  # ... from the V12_ lists
    v13: bool = False  # ... from the V13_ lists
    v14: bool = False  # ... from the V14_ lists
    v15: bool = False  # ... from the V15_ lists
    v16: bool = False  # ... from the V16_ lists
    v17: bool = False  # ... from the V17_ lists
    v18: bool = False  # ... from the V18_ lists
    v19: bool = False  # ... from the V19_ lists (tests/phi_corpus_v19.py)
    v20: bool = False  # ... from the V20_ lists (tests/phi_corpus_v20.py)
    v21: bool = False  # ... from the V21_ lists (tests/phi_corpus_v21.py)
    v22: bool = False  # ... from the V22_ lists (tests/phi_corpus_v22.py)
    # Number tokens of the clinical sentences (sizes, doses, levels, scores, lab values): not PHI.
    numbers: list[tuple[int, int]] = field(default_factory=list)


# A template's placeholder: "{KIND}" or "{KIND:shape}"; other braces (JSON) are text.
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)(?::([a-z0-9]+))?\}")
_CLINICAL_WORD = re.compile(r"[^\W\d_]{3,}")
_CLINICAL_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _fill(template: str, rng: random.Random, doc: Document) -> None:
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        doc.text += template[pos : m.start()]
        kind = m.group(1)
        value = value_of(
            kind,
            rng,
            held_out_names=doc.held_out_names,
            fresh=doc.fresh,
            final=doc.final,
            blind=doc.blind,
            v3=doc.v3,
            v4=doc.v4,
            v5=doc.v5,
            v6=doc.v6,
            v7=doc.v7,
            v8=doc.v8,
            v9=doc.v9,
            v10=doc.v10,
            v11=doc.v11,
            v12=doc.v12,
            v13=doc.v13,
            v14=doc.v14,
            v15=doc.v15,
            v16=doc.v16,
            v17=doc.v17,
            v18=doc.v18,
            v19=doc.v19,
            v20=doc.v20,
            v21=doc.v21,
            v22=doc.v22,
            style=m.group(2) or "",
        )
        doc.phi.append((len(doc.text), len(doc.text) + len(value), kind))
        doc.text += value
        pos = m.end()
    doc.text += template[pos:]


def _clinical(sentence: str, doc: Document, *, eponym: bool = False) -> None:
    base = len(doc.text)
    doc.text += sentence
    for m in _CLINICAL_WORD.finditer(sentence):
        span = (base + m.start(), base + m.end())
        doc.clinical.append(span)
        if eponym:
            doc.eponym.append(span)
    for m in _CLINICAL_NUMBER.finditer(sentence):
        doc.numbers.append((base + m.start(), base + m.end()))


def document(
    rng: random.Random,
    *,
    held_out: bool = False,
    held_out_names: bool = False,
    fresh: bool = False,
    final: bool = False,
    blind: bool = False,
    v3: bool = False,
    v4: bool = False,
    v5: bool = False,
    v6: bool = False,
    v7: bool = False,
    v8: bool = False,
    v9: bool = False,
    v10: bool = False,
    v11: bool = False,
    v12: bool = False,
    v13: bool = False,
    v14: bool = False,
    v15: bool = False,
    v16: bool = False,
    v17: bool = False,
    v18: bool = False,
    v19: bool = False,
    v20: bool = False,
    v21: bool = False,
    v22: bool = False,
    sentences: int = 6,
) -> Document:
    """A report-like text: clinical sentences (one in three with an eponym, a device or a drug
    name) with PHI sentences between them."""
    doc = Document(
        "",
        held_out=held_out,
        held_out_names=held_out_names,
        fresh=fresh,
        final=final,
        blind=blind,
        v3=v3,
        v4=v4,
        v5=v5,
        v6=v6,
        v7=v7,
        v8=v8,
        v9=v9,
        v10=v10,
        v11=v11,
        v12=v12,
        v13=v13,
        v14=v14,
        v15=v15,
        v16=v16,
        v17=v17,
        v18=v18,
        v19=v19,
        v20=v20,
        v21=v21,
        v22=v22,
    )
    templates: tuple[str, ...] = FRESH_TEMPLATES if fresh else HELD_OUT if held_out else TEMPLATES
    eponyms: tuple[str, ...] = FRESH_EPONYM if fresh else HELD_OUT_EPONYM if held_out else EPONYM
    if final:
        templates, eponyms = FINAL_TEMPLATES, FINAL_EPONYM
    if blind:
        templates, eponyms = BLIND_TEMPLATES, BLIND_EPONYM
    if v3:
        templates, eponyms = V3_TEMPLATES, V3_EPONYM
    if v4:
        templates, eponyms = V4_TEMPLATES, V4_EPONYM
    if v5:
        templates, eponyms = V5_TEMPLATES, V5_EPONYM
    if v6:
        templates, eponyms = V6_TEMPLATES, V6_EPONYM
    if v7:
        templates, eponyms = V7_TEMPLATES, V7_EPONYM
    if v8:
        templates, eponyms = V8_TEMPLATES, V8_EPONYM
    if v9:
        templates, eponyms = V9_TEMPLATES, V9_EPONYM
    if v10:
        templates, eponyms = V10_TEMPLATES, V10_EPONYM
    if v11:
        templates, eponyms = V11_TEMPLATES, V11_EPONYM
    if v12:
        templates, eponyms = V12_TEMPLATES, V12_EPONYM
    if v13:
        templates, eponyms = V13_TEMPLATES, V13_EPONYM
    if v14:
        templates, eponyms = V14_TEMPLATES, V14_EPONYM
    if v15:
        templates, eponyms = V15_TEMPLATES, V15_EPONYM
    if v16:
        templates, eponyms = V16_TEMPLATES, V16_EPONYM
    if v17:
        templates, eponyms = V17_TEMPLATES, V17_EPONYM
    if v18:
        templates, eponyms = V18_TEMPLATES, V18_EPONYM
    clinical: tuple[str, ...] = CLINICAL
    if v19:
        templates, eponyms, clinical = V19_TEMPLATES, V19_EPONYM, V19_CLINICAL
    if v20:
        templates, eponyms, clinical = V20_TEMPLATES, V20_EPONYM, V20_CLINICAL
    if v21:
        templates, eponyms, clinical = V21_TEMPLATES, V21_EPONYM, V21_CLINICAL
    if v22:
        templates, eponyms, clinical = V22_TEMPLATES, V22_EPONYM, V22_CLINICAL
    for i in range(sentences):
        if i:
            doc.text += " " if rng.random() < 0.7 else "\n"
        if i % 2 == 0:
            if rng.random() < 1 / 3:
                _clinical(rng.choice(eponyms), doc, eponym=True)
            else:
                _clinical(rng.choice(clinical), doc)
        else:
            _fill(rng.choice(templates), rng, doc)
    return doc


def corpus(
    n: int,
    seed: int = 0,
    held_out_fraction: float = 0.25,
    held_out_names_fraction: float = 0.25,
    *,
    fresh: bool = False,
    final: bool = False,
    blind: bool = False,
    v3: bool = False,
    v4: bool = False,
    v5: bool = False,
    v6: bool = False,
    v7: bool = False,
    v8: bool = False,
    v9: bool = False,
    v10: bool = False,
    v11: bool = False,
    v12: bool = False,
    v13: bool = False,
    v14: bool = False,
    v15: bool = False,
    v16: bool = False,
    v17: bool = False,
    v18: bool = False,
    v19: bool = False,
    v20: bool = False,
    v21: bool = False,
    v22: bool = False,
) -> list[Document]:
    """``n`` documents; template and name hold-outs are drawn independently, so every
    combination (development or held-out templates x development or held-out names) occurs.
    ``fresh`` / ``final`` / ``blind`` / ``v3`` ... ``v22``: every document from the FRESH_ / FINAL_
    / BLIND_ / V3_ ... V22_ lists instead (the blind and v3 to v22 lists are meant for
    ``seed=BLIND_SEED`` / ``V3_SEED`` ... ``V22_SEED``)."""
    rng = random.Random(seed)
    if (
        fresh
        or final
        or blind
        or v3
        or v4
        or v5
        or v6
        or v7
        or v8
        or v9
        or v10
        or v11
        or v12
        or v13
        or v14
        or v15
        or v16
        or v17
        or v18
        or v19
        or v20
        or v21
        or v22
    ):
        flags = dict(
            fresh=fresh,
            final=final,
            blind=blind,
            v3=v3,
            v4=v4,
            v5=v5,
            v6=v6,
            v7=v7,
            v8=v8,
            v9=v9,
            v10=v10,
            v11=v11,
            v12=v12,
            v13=v13,
            v14=v14,
            v15=v15,
            v16=v16,
            v17=v17,
            v18=v18,
            v19=v19,
            v20=v20,
            v21=v21,
            v22=v22,
        )
        return [document(rng, **flags) for _ in range(n)]
    docs = []
    for _ in range(n):
        held_out = rng.random() < held_out_fraction
        held_out_names = rng.random() < held_out_names_fraction
        docs.append(document(rng, held_out=held_out, held_out_names=held_out_names))
    return docs
