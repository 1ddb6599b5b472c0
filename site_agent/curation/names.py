"""Names in free text from the words around them: the safe list, name lists, particles, cues.

``name_flags`` marks, word by word, which words of a text are (parts of) a person's name:

- a word that is neither an English nor a clinical word (philter-lite's safe list) is a name or a
  place, whatever its case (as in UCSF Philter) -- unless it is an eponym: a capitalised word
  before a clinical head noun ("Hodgkin lymphoma", "Baker cyst", "Salter-Harris II fracture",
  "Fleischner Society") or after "circle of", "pouch of" and the like ("circle of Willis");
- a particle before a capitalised word ("van Houten", "de la Cruz", "bin Rashid") is a name with
  it, though "houten" and "vries" are safe words;
- words that follow a cue for a person ("son", "wife:", "cc", "copied to", "seen with",
  "interpreted by") or come before one ("... was told", "... consented", "..., MD", "... (MRN",
  "..., 91 y/o", "... is a 92-year-old") are a name when each could be part of one: not a safe
  word, or a first or last name (Rose, White, Hill), a particle or an initial -- so "rose white
  was told" is found in lower case, but "the patient was told" is not;
- a name-list word, a particle or an initial beside a name is part of it ("Mark" in "Mark
  Okafor"), and so is a capitalised name-like word joined to one by "and" or a comma in a list
  ("cc Park, Hill and W.");
- English words and two-letter words are surnames too (Page, Day, Black, Do, Ma), but only in a
  name's place: the word after a title ("Ms Page", "dr do"); a word written like the first name
  or initial before it that ends the name -- punctuation, "and", "'s" or a cue after names
  follows ("Esther Day.", "omar cross.", "Yuto K. Do's prior CT", "Z. Do tolerated");
  "First I. Last" ("Ali W. Burns"); "Surname, Given" where the given name is known and ends the
  name ("Read, Destiny,"); after role and kinship words ("Translator Day", "niece, Ana Cross")
  and before credentials and possessives ("Page, RN", "Page's prior CT") -- so "See page 2",
  "Day 3 after surgery" and "White matter" stay;
- sign-off and communication cues ("final by", "collected by", "transcribed by", "discussed with",
  "Called X at") take the capitalised words after them; "de los"/"de las" are particles; "ed" is
  a given name in lower and title case; the article "An" is a family name only in a name's place
  (after a title, before a credential or "DOB", in "An, Given", ending a name after a first name);
- eponyms are also found before clinical nouns by their endings ("Todd paralysis", "Orange peel
  appearance"), as two words opening a clause ("Ramsay Hunt syndrome"), with the words between
  ("Tin foil artifact"); hyphenated adjectives ("Cloud-like") and drugs after a clause's "on"
  ("On Rinvoq and Skyrizi") are not names; nor are field keys and tags ("PatientName>",
  "PerformedBy="), units glued to numbers ("95yo") or a sex after an age ("95 yo M");
- a role after a name's comma or a grade is a job title, not a cue ("Ana Ruiz, Consultant
  Radiologist"); "Family, Given" and a word written like the first one end a name after a cue
  ("grandson Star, Em.", "son-in-law uchenna friday is ..."); sign-offs ("Kind regards,"),
  "please page", in-laws and a parenthesised role or age ("Page (fellow)", "Page (93 yrs)") are
  cues; caret-joined components (HL7, DICOM) are one name.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence

from site_agent.curation.lexicon import Lexicon, lexicon
from site_agent.curation.numbers import clinical_key, measured_after


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Particles that belong to the family name that follows them ("van der Berg", "de la Cruz").
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "dos", "das",
     "bin", "ibn", "al", "el", "ben", "ter", "ten", "st", "ste", "mac", "ap", "ab", "zu", "vom",
     "op", "los", "las", "ak", "ag", "bint", "binti", "ould"}
)  # fmt: skip
# Particles that may start a name before a capitalised word; not "ap" (AP view), "st" (St. Mary's
# is an institution), "mac", "op" or "la"/"le" in capitals (LA is the left atrium).
# Nor "los"/"las", which follow "de" ("de los Ríos") but start place names ("Los Angeles"), nor
# "ak"/"ag" ("son of" in Iban and Tamasheq, after a given name: "Inchang ak Lenggang"; "AG" is
# an antigen).
_LEADING = PARTICLES - {"ap", "ab", "st", "ste", "mac", "op", "los", "las", "ak", "ag"}
# Short given names the first-name lists lack, written in lower or title case ("ed li").
_EXTRA_FIRST = _set("ed")
# An article that is also a family name ("An"): a name only in a name's place -- after a title,
# before a credential or "DOB", in "An, Given", after a first name or initial and ending the name.
_ARTICLE_NAMES = _set("an")

# Nouns that follow an eponym in clinical text: "Parkinson disease", "Kerley B lines".
_HEADS = _set(
    """disease diseases syndrome syndromes sign signs lymphoma sarcoma tumor tumour tumors tumours
    carcinoma fracture fractures malformation malformations anomaly anomalies variant cyst cysts
    pouch node nodes diverticulum diverticula ring rings line lines capsule fascia tendon fissure
    fissures canal duct ducts ligament ligaments catheter catheters tube tubes filter filters shunt
    procedure procedures operation repair fundoplication anastomosis classification criteria score
    scores grade grading scale staging stage guidelines guideline society esophagus oesophagus
    thyroiditis encephalopathy palsy hump changes change phenomenon reflex test maneuver manoeuvre
    technique position view projection effect artifact artefact aneurysm aneurysms abscess hernia
    ulcer ulcers nodule nodules lesion lesions hypertrophy contracture deformity arteritis body
    bodies cell cells tuberosity space area aphasia cardiomyopathy dementia disorder angle triangle
    valve foramen organ gland glands dysplasia necrosis port reservoir drain needle suture approach
    incision method formula law unit units tear tears sclerosis cirrhosis anemia anaemia ataxia
    chorea dystrophy neuroma neuralgia thyroid goiter goitre polyp polyps plexus nucleus loop
    spaces pouches sinus sinuses system tract tracts fibers fibres corpuscles cartilage bone
    bursa bursitis tenosynovitis contracture osteochondritis osteochondrosis apophysitis lesion
    deformity infarct infarction hemorrhage haemorrhage edema oedema granuloma granulomatosis
    vasculitis purpura nephropathy sequence complex tetralogy pentalogy triad defect defects rod
    rods instrumentation injury injuries ileitis colitis rupture vein veins type artery arteries
    arch nerve nerves muscle muscles tubercle tubercles pattern patterns appearance paralysis
    paresis shoulder knee elbow wrist ankle hand foot joint joints gait stain stains staining
    hyaline depth level levels thickness index ratio criterion phase sequence sequences view
    views sedation calcification degeneration gallbladder habitus breathing angina plaque
    gangrene pad sac lobe panel anatomy adl adls iadl iadls pins waves nuclei rosettes repeats
    boot blade forceps hugger prognostic screen trichrome sequencing bandage splint chart pupil
    pupils class smear"""
)
# Heads that are also surnames or everyday words ("Andrew Card", "Sarah's cord bloods"): heads
# only in lower case and never after a possessive.
_LOWER_HEADS = _set(
    """cord grind harness titre titer fistula rule triage clip dilator tip bar card layer lactate
    agar questionnaire group frailty antibody antibodies antigen antigens red pillar
    point"""
)
# Clinical nouns by their endings ("Todd paralysis", "Gerdy tubercle", "Orange peel appearance"):
# a lower-case English word, not a name, that ends like a disease, a procedure or an abstract noun.
_HEAD_ENDING = re.compile(
    r"[a-z]{2,}(?:itis|osis|oses|oma|omas|ectomy|otomy|ostomy|plasty|algia|pathy|emia|aemia"
    r"|trophy|plasia|tion|tions|sion|sions|ysis|yses|iasis|ance|ence|ism|ure|ures|cle|cles|ule"
    r"|ules)"
)
# Adjectives made with a hyphen are never names: "Cloud-like", "Pear-shaped", "Wilms-type".
_ADJECTIVE_ENDING = re.compile(
    r"(?i:.+-(?:like|shaped|type|related|associated|induced|positive|negative|appearing|filled"
    r"|containing|based|weighted|enhanced|enhancing|sparing|dominant|sized))"
)
# "On Rinvoq and Skyrizi", "; on Paxlovid", "patient remains on Eliquis": "on" that starts a
# clause or follows these words is a drug's "on".
_ON_DRUG = _set("patient pt currently remains remained is was still now already maintained kept")
# "circle of Willis", "pouch of Douglas", "ampulla of Vater": anatomy named after someone.
_OF_HEADS = _set(
    """circle pouch ligament sphincter ampulla duct space foramen canal islets islet loop organ
    triangle angle line tubercle crypts crypt glands gland node nerve fissure aqueduct vein
    artery"""
)
_ROMAN = re.compile(r"(?i:[ivx]{1,4})\Z")
# Drug names: after a verb of prescribing ("takes Plavix, Zoloft and Norvasc") or before a dose.
_DRUG_VERBS = _set(
    """take takes taking took start started starting prescribed continue continues continued
    stop stopped discontinue discontinued restart restarted resume resumed given receiving hold
    held holding off"""
)
_DOSE = re.compile(r"[ ]?\(?\d+(?:\.\d+)?[ ]?(?i:mg|mcg|µg|g|ml|units|iu)\b")
# A measured finding right after a test's name: "Karnofsky 90%", "Lachman 2+", "Schober 3 cm".
# Only for a word no name list holds, not after another capitalised word: "Sarah Jones 38 weeks",
# "Emma Wilson 90%", "Jones 2+" are people.
_MEASURE = re.compile(
    r"[ ]\d+(?:\.\d+)?(?:[ ]?(?i:mm|cm)\b|%|\+(?![\d\w]))"
    # a test's finding in words: "Rinne negative", "Dix-Hallpike positive on the right"
    r"|[ ](?:negative|positive|equivocal|lateralises|lateralizes)\b"
)

# Words that stop a walk from a cue: function words, kinship and role words, "patient".
_STOP = _set(
    """the a an his her their our my your its this that these those patient pt pts and or of in
    on at to by with for from was is are were be been has had have who whom which son daughter
    wife husband mother father spouse sister brother guardian friend partner md do rn np dr mr
    mrs ms mx prof today here there also not no yes report results findings images study exam
    examination history impression comparison technique indication name names id dob mrn
    reports reported states denies denied underwent presents presented seen told noted shows
    showed takes took taking uses used started stopped drs doctor mister via"""
)

# Kinship and role words: the words after them are a name ("niece Ana", "Interpreter: Day").
_KIN = (
    r"(?:son|daughter|mother|father|sister|brother)(?:-in-law)?|wife|husband|spouse|guardian"
    r"|partner|proxy"
    r"|next[ ]of[ ]kin|emergency[ ]contact|niece|nephew|aunt|uncle|cousin|grandmother"
    r"|grandfather|grandson|granddaughter|stepmother|stepfather|fianc[eé]e?|girlfriend|boyfriend"
    r"|caregiver|carer|guarantor|neighbou?r|roommate|friend|widow|widower"
)
_ROLES = (
    r"attending|resident|fellow|intern|nurse|technologist|technician|tech|sonographer"
    r"|radiographer|radiologist|physician|surgeon|anesthesiologist|anaesthetist|provider"
    r"|clinician|consultant|registrar|pcp|referring|ordering|translator|interpreter|chaperone"
    r"|scribe|witness|transcriptionist|pharmacist|therapist|midwife|dietitian|chaplain"
    r"|social[ ]worker|case[ ]manager|coordinator|clerk|carer|porter|receptionist"
)
# Role and kinship words end a walk over a name, as the words above do ("Translator Day").
_STOP = _STOP | _set(
    """niece nephew aunt uncle cousin grandmother grandfather grandson granddaughter stepmother
    stepfather fiance fiancee fiancé fiancée girlfriend boyfriend caregiver carer guarantor
    neighbor neighbour roommate proxy attending resident fellow intern nurse technologist
    technician tech sonographer radiographer radiologist physician surgeon anesthesiologist
    anaesthetist provider clinician consultant registrar pcp referring ordering translator
    interpreter chaperone scribe witness transcriptionist pharmacist therapist midwife dietitian
    chaplain worker manager coordinator clerk porter receptionist widow widower"""
)
_ROLE_CUE = re.compile(rf"(?i:(?:{_ROLES})\b)")
# Before a role word: a name's comma or a grade ("Ana Ruiz, Consultant Radiologist").
_POST_NOMINAL = re.compile(
    r"(?i:,[ ]*|\b(?:consultant|senior|junior|staff|chief|lead|duty|reporting)[ ]+)\Z"
)
# Titles: the first word after one is a name whatever its case or word list ("Ms Page", "dr do").
_TITLE = re.compile(r"(?i:\b(?:dr|drs|mr|mrs|ms|mx|miss|prof|doctor|mister)\b\.?[ ]+)")
# Cues before a name; the name is what follows.
_LEFT_CUE = re.compile(
    rf"(?i:\b(?:{_KIN})(?:[ ]is)?[ ]*[:,]?[ ]+"
    rf"|\b(?:{_ROLES}|contact|author|addendum[ ]by|authored[ ]by)[ ]*[:,]?[ ]+"
    r"|\b(?:attn|to|from|re)[ ]*:[ ]*"
    r"|\bcc'?d?[ ]*:?[ ]+"
    r"|\b(?:copied|copy|sent|faxed|addressed|forwarded|shown|presented|communicated|handed"
    r"|released)[ ]to[ ]+"
    r"|\b(?:seen|met|accompanied)[ ](?:with|by)[ ]+"
    r"|\b(?:interpreted|dictated|signed|read|reported|reviewed|approved|verified|electronically"
    r"[ ]signed|performed|collected|transcribed|final|finali[sz]ed|prelim|preliminary|prepared"
    r"|entered|ordered|requested|referred|submitted|supervised|attested|co-?signed|witnessed"
    r"|typed|edited|accessioned|released|seen[ ]in[ ]clinic|rendered|issued|communicated|relayed"
    r"|shown|given|obtained|taken|drawn|confirmed|witnessed|scanned|examined)[ ]by[ ]*:?[ ]+"
    r"|\b(?:discussed|reviewed|spoke|spoken|conferred|consulted|communicated|d/w)[ ]with[ ]+"
    r"|\b(?:called|paged|phoned|telephoned|notified|informed|contacted|texted|e-?mailed)[ ]+"
    r"(?!(?:to|for|back|at|in|on)\b)"
    r"|\b(?:message|voicemail|results?|report|letter)[ ](?:left[ ])?for[ ]+"
    r"|\b(?:left|called|paged|relayed|given|explained)[ ](?:for|to)[ ]+"
    r"|\b(?:obtained|received)[ ]from[ ]+|\b(?:per|attn\.?|attention:?)[ ]+"
    r"|\bplease[ ](?:page|call|phone|contact|notify|inform|text|e-?mail)[ ]+"
    r"|\b(?:(?:kind|best|warm|with[ ]best)[ ])?regards,?[ \n]+|\b(?:yours[ ])?sincerely,?[ \n]+"
    r"|\b(?:patient|pt|name)[ ]*:?[ ]+)"
)
_CREDENTIAL = re.compile(r",?[ ]\(?[A-Z]")
# What may follow a name's last word after a cue: punctuation, a field's delimiter, or a verb.
_ENDS_AFTER_CUE = re.compile(r"(?:[.,;:)!?\n\"'<|^&\t]|$|[ ](?:is|was|at|and|&|on|in|\()(?:\W|$))")
_CREDENTIALS = _set(
    "md do rn np pa phd rt lpn cna dds mbbs mbchb frcr frcp frcs facr rrt aprn crna dnp msw lcsw"
)
# Words that are never a name even in a name's place ("Dr. and Mrs.", "Mark and").
_FUNCTION = _set(
    """the a an and or of in on at to by with for from was is are were be been has had have who
    whom which his her their our my your its this that these those not no nor but if as via"""
)
# Cues after a name; the name is what precedes.
_RIGHT_CUE = re.compile(
    r"(?:,?[ ](?:MD|M\.D\.|DO|RN|NP|PA-C|PA|PhD|MBBS|FRCR|FRCP|FACR|RT|RRT|LPN|CNA|APRN|CRNA"
    r"|DNP|PharmD|DDS|DPM|MSW|LCSW)\b|[ ]\((?:PA-C|RN|NP|MD|DO|RT)\)"
    rf"|[ ]\((?i:{_ROLES})\)"  # "Ana Ruiz (fellow)"
    r"|[ ]\(\d{1,3}[ ]?(?i:yrs?|years?|y/?o|y)\)"  # "Ana Ruiz (93 yrs)"
    r"|,?[ ](?i:was|were)[ ](?i:present|here|at[ ]the[ ]bedside|at[ ]bedside)\b"
    r"|[ ]\((?i:MRN|DOB|SSN|age|born|d\.o\.b\.)\b"
    r"|,[ ](?i:MRN|DOB|SSN)\b"
    r"|,[ ]\d{1,3}[ -]?(?i:y/?o\b|y\.o\.|years?\b|yrs?\b)"
    r"|,?[ ](?i:was|were|has[ ]been|is)[ ](?i:told|informed|notified|called|contacted|counseled"
    r"|counselled|advised|consented|updated|seen|examined|admitted|discharged)\b"
    r"|,?[ ](?i:consented|agreed|declined|refused|lives|lived|reports|reported|states|stated"
    r"|denies|denied|presents|presented|complains|returned|returns|tolerated|tolerates"
    r"|ambulated|ambulates|arrived|underwent|requested|requests|signed|assisted|attended"
    r"|accompanied|translated|interpreted)\b"
    r"|['\u2019]s[ ](?i:prior|previous|outside|last|recent|current|study|exam|images?|scans?"
    r"|ct|mri|report|chart|record|results?|mother|father|wife|husband|son|daughter)\b"
    r"|[ ]is[ ]an?[ ]\d{1,3}[ -](?i:year|yr|month|week|day)s?[ -]old\b)"
)


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _base(word: str) -> str:
    """``word`` without a possessive "'s" ("Burns's" -> "Burns")."""
    return word[:-2] if len(word) > 3 and word[-2] in "'\u2019" and word[-1] in "sS" else word


def _casing(word: str) -> str:
    if word.upper() == word.lower():
        return "none"  # a script without case (Chinese, Arabic, Thai ...)
    if word.isupper():
        return "upper"
    return "lower" if word.islower() else "title"


def _same_case(a: str, b: str) -> bool:
    """Two words written alike, as the parts of one name are ("Esther Day", "carter day")."""
    ca, cb = _casing(a), _casing(b)
    return "none" in (ca, cb) or ca == cb or (_is_initial(a) and cb in ("title", "upper"))


def _head(lex: Lexicon | None, word: str) -> bool:
    """A clinical noun after an eponym: a listed head, or a lower-case clinical-looking noun."""
    low = word.lower()
    if low in _HEADS or any(p in _HEADS for p in low.split("-")):
        return True
    return (
        lex is not None
        and word.islower()
        and low not in _STOP
        and bool(_HEAD_ENDING.fullmatch(low))
        and lex.is_safe(low)
        and not lex.is_name(low)
    )


def eponyms(
    text: str, words: Sequence[tuple[int, int, str]], lex: Lexicon | None = None
) -> list[bool]:
    """Which words are eponyms or parts of one ("Salter-Harris" before "II fracture"); with
    ``lex``, clinical nouns by their endings are heads too ("Todd paralysis")."""
    out = [False] * len(words)
    lows = [w.lower() for _, _, w in words]
    for i, (_, _, word) in enumerate(words):
        if _ADJECTIVE_ENDING.fullmatch(word):
            out[i] = True
            continue
        out[i] = out[i] or word[:5].lower() == "anti-"  # "anti-Duffy", "Anti-Kell titre"
        if not word[:1].isupper() or lows[i] in _STOP:  # not "Dr" in "Dr harness"
            continue
        # Skip what may stand between an eponym and its head: roman numerals, single letters and
        # one lower-case word ("Chiari I malformation", "Weber B ankle fracture").
        j = i + 1
        skipped = 0
        lower_skipped = False
        while j < len(words) and skipped < 3:
            gap = text[words[j - 1][1] : words[j][0]]
            if gap not in (" ", "'s ", "\u2019s ", "-"):
                break
            lower_head = (
                words[j][2].islower()
                and lows[j] in _LOWER_HEADS
                and gap in (" ", "-")
                and not lows[j - 1].endswith(("'s", "\u2019s"))  # "Sarah's cord bloods"
            )
            if lower_head or _head(lex, words[j][2]):
                out[i] = True
                # The words between belong to the eponym: "Tin foil artifact", "Pine cone pattern".
                for k in range(i + 1, j):
                    out[k] = True
                # The head itself, in lower case, is a clinical noun even where a name list has
                # it too ("Pavlik harness", "Sabouraud agar"); only those heads are marked, as
                # an eponym right after a name is taken for the name's end (below).
                head = words[j][2]
                out[j] = out[j] or (head.islower() and lex is not None and lex.is_name(head))
                break
            w = words[j][2]
            lower_ok = not lower_skipped and w.islower() and lows[j] not in _STOP
            lower_skipped = lower_skipped or w.islower()
            if not (_ROMAN.match(w) or len(w) == 1 or lower_ok):
                break
            j += 1
            skipped += 1
        if i >= 2 and lows[i - 1] == "of" and lows[i - 2] in _OF_HEADS:
            out[i] = True
        if _DOSE.match(text, words[i][1]):
            out[i] = True
        if (
            _MEASURE.match(text, words[i][1])
            and lex is not None
            and not lex.is_name(word)
            and not (i >= 1 and words[i - 1][2][:1].isupper() and lows[i - 1] not in _STOP)
        ):
            out[i] = True
        k = i - 1
        if k >= 0 and lows[k] == "on" and text[words[k][1] : words[i][0]] == " ":
            before = text[words[k - 1][1] : words[k][0]] if k > 0 else "."
            if k == 0 or re.search(r"[.;:\n]", before) or lows[k - 1] in _ON_DRUG:
                out[i] = True  # "On Rinvoq", "; on Paxlovid", "patient on Coumadin"
            k -= 1  # "started on Keppra"
        if k >= 0 and lows[k] in _DRUG_VERBS and text[words[k][1] : words[k + 1][0]] == " ":
            out[i] = True
        # The rest of a list of drugs: "Plavix, Zoloft and Norvasc".
        if (
            i >= 1
            and out[i - 1]
            and re.fullmatch(r",[ ]|,?[ ]and[ ]", text[words[i - 1][1] : words[i][0]])
        ):
            out[i] = out[i] or lows[i - 1] not in _STOP
        if i >= 2 and lows[i - 1] == "and" and out[i - 2]:
            out[i] = out[i] or _drug_list(text, words, i)
    # A two-word eponym that opens a clause: "Ramsay Hunt syndrome", "Dandy Walker variant".
    for i in range(len(words) - 2, -1, -1):
        if out[i + 1] and not out[i] and words[i][2][:1].isupper():
            before = text[: words[i][0]].rstrip(" ")
            opens = not before or before[-1] in ".;:\n"
            opens = opens and not re.search(r"(?:^|\W)[A-Z]\.\Z", before)  # not "W. Birch"
            if opens and text[words[i][1] : words[i + 1][0]] in (" ", "-"):
                nxt = text[words[i + 1][1] : words[i + 1][1] + 3]
                out[i] = not nxt.startswith(("'s", "\u2019s"))
    return out


def _drug_list(text: str, words: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Word ``i`` ends "X, Y and <i>" where X began as a drug."""
    return text[words[i - 2][1] : words[i - 1][0]] in (" ", ", ") and words[i][2][:1].isupper()


# "O'Brien", "D'Angelo", "N'Diaye", "o'brien": a letter or two, an apostrophe, then a word.
_APOSTROPHE_NAME = re.compile(r"(?:[A-Z][a-z]?['\u2019][A-Z]\w|(?i:[od])['\u2019](?!clock)\w{2})")


# Field keys and markup are not names: "<PatientName>", "<patient age=", "PerformedBy=",
# '"Surname":' -- but "<John Smith>" is a name.
_TAG_BEFORE = re.compile(r"</?\Z")
_TAG_AFTER = re.compile(r"/?>|[ ]+[\w-]+=")
_KEY_AFTER = re.compile(r"=|[\"']:")
# A label: one or two words that open a line or a sentence and end in a colon ("Cosigned:",
# "Attested electronically:", "Dictating physician:").
_LABEL_START = re.compile(r"(?:\A|[\n.;|]|[.;][ ]|\n[ ]*|[ ]{2,})\Z")
_LABEL_END = re.compile(r"(?:[ ][a-z]+)?[ ]*:(?!\d)")
# An HL7 code before its text: "|SPO^Spouse", "|MTH^Mother".
_CODE = re.compile(r"[A-Z]{2,4}(?=\^[A-Z][a-z])")
_CODE_CONTEXT = re.compile(r"\|\Z")
# A key's note in parentheses: "Name (Last, First):".
_KEY_NOTE = re.compile(r"(?i:name|patient)[ ]*\([^()\n]*\Z")
_KEY_NOTE_END = re.compile(r"[^()\n]*\)[ ]*:")
# A sex after an age: "95yo M", "93 y/o F", "92-year-old M".
_AGE_BEFORE_SEX = re.compile(r"(?i:\d[ -]?(?:yo|y/o|y\.o\.|yrs?|years?(?:[ -]old)?|y)[ ,]*)\Z")


def not_a_name(text: str, start: int, end: int) -> bool:
    """A word that is no name whatever surrounds it: a key or tag of a field ("PatientAge>",
    "PerformedBy="), a label that opens a line or sentence ("Cosigned:", "Dictating physician:",
    "Name (Last, First):"), a credential in capitals ("MBBS"), a unit glued to a number ("95yo"),
    a sex after an age ("95 yo M")."""
    if _TAG_BEFORE.search(text, max(0, start - 2), start) and _TAG_AFTER.match(text, end):
        return True
    if _KEY_AFTER.match(text, end):
        return True
    if _LABEL_START.search(text, max(0, start - 3), start) and _LABEL_END.match(text, end):
        return True
    if key_note(text, start, end):
        return True
    if text[start:end].isupper() and text[start:end].lower() in _CREDENTIALS - {"do", "pa", "md"}:
        return True
    code = _CODE.match(text, start)
    if code and code.end() == end and _CODE_CONTEXT.search(text, max(0, start - 1), start):
        return True  # an HL7 coded value: "|SPO^Spouse|", "|F^Female|"
    if start > 0 and text[start - 1].isdigit():
        return True
    word = text[start:end]
    if (
        word.isupper()
        and len(word) > 1
        and (measured_after(text, end) or clinical_key(text, start, end))
    ):
        return True  # a measurement's key in capitals: "TAPSE 14 mm", "RR 24"
    if (
        word.isupper()
        and len(word) >= 3
        and _SCORE_AFTER.match(text, end)
        and not lexicon().is_name(word)
    ):
        return True  # a score's acronym before its value: "SINBAD 4", "TICI 2b", "APACHE II 27"
    if len(word) <= 4 and _unit_by_slash(text, start, end):
        return True  # a unit beside a slash after a number: "94 mmol/mol", "9.4 mU/L"
    return word in ("M", "F") and bool(_AGE_BEFORE_SEX.search(text, max(0, start - 16), start))


# A score or grade right after a word: "4", "2b", "II", "C6", "IIIb" (not a date, a time, a range
# or a longer number).
_SCORE_AFTER = re.compile(r"[ ](?:\d{1,2}[a-c]?|[IV]{1,4}[a-c]?|[A-Z]\d)(?![\w/:.\-]|[.,]\d)")


def _unit_by_slash(text: str, start: int, end: int) -> bool:
    """A word of a unit written with a slash, after a number: "mol" in "94 mmol/mol", "mU" in
    "9.4 mU/L", "h" in "38 events/h" (not "Ng" in "seen by Ng/Li")."""
    left = text[max(0, start - 16) : start]
    if left.endswith("/"):
        return re.search(r"\d[ ]?[^\W\d_]{0,6}/\Z", left) is not None
    return text[end : end + 1] == "/" and re.search(r"\d[ ]?\Z", left) is not None


def key_note(text: str, start: int, end: int) -> bool:
    """Inside a key's note in parentheses: "Last, First" in "Name (Last, First): ..."."""
    return bool(
        _KEY_NOTE.search(text, max(0, start - 24), start) and _KEY_NOTE_END.match(text, end)
    )


def apostrophe_name(word: str) -> bool:
    return bool(_APOSTROPHE_NAME.match(word))


def known_name(lex: Lexicon, word: str) -> bool:
    """A word of the name lists, or a short given name they lack ("ed", not "ED")."""
    return lex.is_name(word) or (word.lower() in _EXTRA_FIRST and not word.isupper())


def _first_name(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    return low in lex.first_names or (low in _EXTRA_FIRST and not word.isupper())


def _could_be_name(lex: Lexicon, word: str, eponym: bool) -> bool:
    word = _base(word)
    low = word.lower()
    if eponym:
        return False
    if _is_initial(word):
        return True
    if low in _STOP:
        return False
    if low in PARTICLES or known_name(lex, word) or apostrophe_name(word):
        return True
    return _unknown(lex, word)


def _unknown(lex: Lexicon, word: str) -> bool:
    """Neither an English nor a clinical word, part by part ("O'Neil-Smith": O, Neil, Smith)."""
    parts = [p for p in re.split(r"['\u2019-]", word) if p]
    return not all(lex.is_safe(p) or (len(p) == 1 and p.lower() == "s") for p in parts)


def _post_nominal_before(text: str, end: int) -> bool:
    """``_POST_NOMINAL`` searched in ``text[:end]``, read only near its end: what it matches
    ends at ``end`` and is a comma or a grade word before spaces (searched from the text's start
    for every role cue, a long text of many was quadratic)."""
    stop = end
    while stop > 0 and text[stop - 1] == " ":
        stop -= 1
    return _POST_NOMINAL.search(text, max(0, stop - 12), end) is not None


def name_flags(
    text: str, words: Sequence[tuple[int, int, str]], lex: Lexicon, flagged: list[bool]
) -> list[bool]:
    """``flagged`` (words already inside a detected name) with the rules above applied."""
    flagged = list(flagged)
    epo = eponyms(text, words, lex)
    memo: dict[tuple[str, bool], bool] = {}
    can = []
    for (_, _, w), e in zip(words, epo, strict=True):
        if (w, e) not in memo:
            memo[w, e] = _could_be_name(lex, w, e)
        can.append(memo[w, e])
    starts = {start: i for i, (start, _, _) in enumerate(words)}
    ends = {end: i for i, (_, end, _) in enumerate(words)}

    def gap(i: int) -> str:  # text between word i and word i + 1
        return text[words[i][1] : words[i + 1][0]]

    def article_ends(i: int) -> bool:  # "An" followed by punctuation or a cue after names
        rest = text[words[i][1] : words[i][1] + 1]
        return words[i][2].lower() in _ARTICLE_NAMES and (
            not rest or rest in ".,;:)\n" or bool(_RIGHT_CUE.match(text, words[i][1]))
        )

    for i, (_, _, word) in enumerate(words):
        if epo[i]:
            continue
        if can[i] and (apostrophe_name(word) or _unknown(lex, word)):
            flagged[i] = True
    # An "eponym" right after a name is the name's end: "Ana María Núñez's lesion".
    for i in range(1, len(words)):
        if epo[i] and flagged[i - 1] and not epo[i - 1] and gap(i - 1) == " ":
            epo[i] = False
            can[i] = flagged[i] = True
    # Particles before a capitalised word: "van Houten", "de la Cruz", "Van der Berg".
    # run_end[i]: the last word of the run of particles that follows word i, one space apart
    # (found from the right once, so "du du du ..." is read in linear time, not once per word).
    run_end = list(range(len(words)))
    for j in range(len(words) - 2, -1, -1):
        if gap(j) == " " and words[j + 1][2].lower() in PARTICLES:
            run_end[j] = run_end[j + 1]
    flagged_to = 0  # words before this index are already flagged by an earlier particle
    for i, (_, _, word) in enumerate(words):
        low = word.lower()
        if low not in _LEADING or (word.isupper() and len(word) > 1 and low in {"la", "le"}):
            continue
        j = run_end[i]
        nxt = j + 1
        if nxt >= len(words) or gap(j) != " " or epo[nxt]:
            continue
        if words[nxt][2][:1].isupper() and words[nxt][2].lower() not in _STOP:
            for k in range(max(i, flagged_to), nxt + 1):
                flagged[k] = True
            flagged_to = nxt + 1

    def after_particle(i: int) -> bool:  # "houten" in "van houten"
        return i > 0 and words[i - 1][2].lower() in PARTICLES and gap(i - 1) == " "

    def joins(i: int, g: str) -> bool:  # a gap inside one name: a space, a hyphen, "W. "
        return g in (" ", "-") or (g == ". " and _is_initial(words[i][2]))

    # After a cue: up to four words that could be a name (any capitalised word but a stop word).
    for m in _LEFT_CUE.finditer(text):
        if (
            _ROLE_CUE.match(m.group())
            and _post_nominal_before(text, m.start())
            and not m.group().rstrip().endswith(":")  # "Reporting radiologist: Grey"
        ):
            continue  # "Ana Ruiz, Consultant Radiologist": a job title after a name
        at: int | None = starts.get(m.end())
        n = 0
        while at is not None and at < len(words) and n < 4:
            word = words[at][2]
            title = word[:1].isupper() and word.lower() not in _STOP and not epo[at]
            title = title and not (word.isupper() and len(word) > 1)  # "Per CT", "cc MRI"
            # After a label ("Attending: ruby strong."), any word up to the punctuation.
            label = m.group().rstrip().endswith(":") and word.lower() not in _STOP and not epo[at]
            article = word[:1].isupper() and article_ends(at)  # "niece, An.", "to An, Jo"
            # A word written like the name's first word that ends it: "son-in-law uchenna
            # friday is ...", "nephew सुनीता wool."
            alike = (
                n > 0
                and word.lower() not in _STOP
                and word.lower() not in _FUNCTION
                and not epo[at]
                and _same_case(words[at - 1][2], word)
                and bool(_ENDS_AFTER_CUE.match(text, words[at][1]))
            )
            if not (
                can[at]
                or title
                or label
                or article
                or alike
                or (n and after_particle(at) and word.lower() not in _STOP)
            ):
                break
            flagged[at] = True
            n += 1
            if at + 1 >= len(words):
                break
            # "grandson Star, Em.", "referring Tamm, Ace.": "Family, Given" ending the name.
            if n == 1 and gap(at) == ", ":
                nxt = at + 1
                second = words[nxt][2]
                if (
                    second.lower() not in _STOP
                    and second.lower() not in _FUNCTION
                    and not epo[nxt]
                    and _same_case(word, second)
                    and _ENDS_AFTER_CUE.match(text, words[nxt][1])
                ):
                    flagged[nxt] = True
                break
            if not joins(at, gap(at)):
                break
            at += 1
    # Before a cue: walk back over words that could be a name, at most one comma ("Young, Mark").
    for m in _RIGHT_CUE.finditer(text):
        at = ends.get(m.start())
        if m.group()[:1] in "'\u2019":  # "Page's prior CT": the cue starts inside the word
            at = ends.get(m.start() + 2)
        # A credential or a possessive before a study is cue enough for one capitalised word.
        # So is a parenthesis: "Page (fellow)", "Page (93 yrs)", "Page (MRN ...".
        strong = m.group()[:1] in "'\u2019" or bool(_CREDENTIAL.match(m.group()))
        strong = strong or m.group().startswith(" (")
        if at is None and m.start() > 0 and text[m.start() - 1] == ".":  # "W." before ", MD"
            at = ends.get(m.start() - 1)
            at = at if at is not None and _is_initial(words[at][2]) else None
        commas = n = 0
        while at is not None and at >= 0 and n < 5:
            word = words[at][2]
            low = _base(word).lower()
            title = word[:1].isupper() and low not in _STOP  # "Ana" in "Ana Young, MD"
            if title and n == 0 and not strong:  # "Ruby Strong returned", not "Pain returned"
                prev = at - 1
                title = prev >= 0 and joins(prev, gap(prev)) and not epo[prev]
                title = title and (can[prev] or words[prev][2][:1].isupper())
                title = title and words[prev][2].lower() not in _STOP
            # "An, MD", "An NP", "dragan an, MD", "An, Jo, MD": the article as a family name.
            article = low in _ARTICLE_NAMES and (
                (n == 0 and strong and (word[:1].isupper() or (at > 0 and flagged[at - 1])))
                or (n > 0 and word[:1].isupper() and gap(at) == ", ")
            )
            if epo[at] or not (
                can[at] or title or article or (after_particle(at) and low not in _STOP)
            ):
                break
            flagged[at] = True
            n += 1
            if at == 0:
                break
            g = gap(at - 1)
            if g == ", " and commas == 0:
                commas += 1
            elif not joins(at - 1, g):
                break
            at -= 1
    # After a title ("Ms Page", "Dr. Do", "mrs day"): the next word, unless a function word.
    anchor = [False] * len(words)
    for m in _TITLE.finditer(text):
        at = starts.get(m.end())
        low = words[at][2].lower() if at is not None else ""
        if at is not None and not epo[at] and (low not in _FUNCTION or low in _ARTICLE_NAMES):
            flagged[at] = anchor[at] = True

    def ends_name(j: int) -> str:  # "strong", "weak" or "" for what follows word j
        word = words[j][2]
        if _base(word) != word or _RIGHT_CUE.match(text, words[j][1]):
            return "strong"  # "Day's prior CT", "Day tolerated", "Day, MD"
        rest = text[words[j][1] : words[j][1] + 5]
        # Punctuation, or the delimiter of a field: a quote, a tag, "|", "^", "&", a tab.
        if (
            not rest
            or rest[0] in ".,;:)!?\n\"'<|^&\t]}"
            or rest.lower().startswith((" and ", " & "))
        ):
            return "weak"
        if j + 1 < len(words) and flagged[j + 1] and gap(j) == " ":
            return "weak"
        return ""

    def given(i: int) -> bool:  # a word that starts a name: an initial, a first name, a title's
        word = words[i][2]
        return (
            _is_initial(word)
            or anchor[i]
            or _first_name(lex, _base(word))
            # Not an unknown word in capitals: "PICC", "ETT" in an upper-case report.
            or (_unknown(lex, _base(word)) and _casing(word) != "upper")
        )

    def part_of_name(j: int, i: int) -> bool:  # word j could be the family name after word i
        word = words[j][2]
        return (
            not flagged[j]
            and not epo[j]
            and (word.lower() not in _FUNCTION or article_ends(j))
            and _base(word).lower() not in _HEADS
            and not (word.isupper() and len(word) > 1 and word.lower() in _CREDENTIALS)
            and _same_case(words[i][2], word)
        )

    # The rules below run in passes until a pass changes nothing. Each rule at word i reads the
    # flags of words i - 2 to i + 2 alone, so a pass looks again only where a flag changed beside
    # it since (in the same order as a full pass): full passes were quadratic on a long text
    # whose names spread one word a pass ("Aa Hospital Aa Hospital ... Aa Hospi").
    def name_then_end(i: int) -> bool:
        j = i + 1
        g = gap(i)
        initial = _is_initial(words[i][2])
        if not (g == " " or (initial and g in (". ", "."))) or not part_of_name(j, i):
            return False
        # "Esther Day.", "carter day.", "K. Day assisted", "Yuto K. Do's": a first name or
        # an initial inside a name, then a word that ends the name.
        end = ends_name(j)
        if _RIGHT_CUE.match(text, words[i][1]):
            return False  # "burns assisted": a verb after the name, not its end
        if end and flagged[i] and given(i):
            flagged[j] = True
            return True
        # "Z. Do tolerated": an initial, then a word before a cue after names; "(E. Wood,":
        # an initial, then a surname from the lists that ends the name.
        if initial and (end == "strong" or (end and lex.is_name(_base(words[j][2])))):
            flagged[i] = flagged[j] = True
            return True
        return False

    def first_initial_last(i: int) -> bool:
        # "Ali W. Burns": a first name, an initial, a capitalised word.
        first, mid = words[i][2], words[i + 1][2]
        if (
            not flagged[i + 2]
            and first[:1].isupper()
            and _first_name(lex, _base(first))
            and not epo[i]
            and gap(i) == " "
            and _is_initial(mid)
            and gap(i + 1) in (". ", " ")
            and part_of_name(i + 2, i + 1)
        ):
            flagged[i] = flagged[i + 1] = flagged[i + 2] = True
            return True
        return False

    def family_comma_given(i: int) -> bool:
        # "Read, Destiny", "Day, Yaw.": a word, a comma, a first name that ends the name.
        j = i + 1
        if (
            gap(i) == ", "
            and flagged[j]
            and given(j)
            and not _is_initial(words[j][2])
            and part_of_name(i, j)
            and words[i][2][:1].isupper() == words[j][2][:1].isupper()
            and ends_name(j)
        ):
            flagged[i] = True
            return True
        return False

    # Beside a name: a name-list word, a particle or an initial; joined to one by "and", "&" or a
    # list comma, a capitalised word that could be a name ("cc Park, Hill and W.").
    def beside_name(i: int) -> bool:
        word = words[i][2]
        if flagged[i] or epo[i]:
            return False
        low = word.lower()
        if low in _STOP and not _is_initial(word):
            return False
        if known_name(lex, _base(word)) or low in PARTICLES or _is_initial(word):
            # After a name: a space or comma (an initial's period too); before one: the same.
            after = r"\.?,?[ ]" if i > 0 and _is_initial(words[i - 1][2]) else r",?[ ]"
            if i > 0 and flagged[i - 1] and re.fullmatch(after, gap(i - 1)):
                flagged[i] = True
                return True
            before = r"\.?,?[ ]" if _is_initial(word) else r",?[ ]"
            if i + 1 < len(words) and flagged[i + 1] and re.fullmatch(before, gap(i)):
                flagged[i] = True
                return True
        # Inside a sentence, a capitalised word before a name: "Is Ana María Núñez".
        title = word[:1].isupper() and not word.isupper()
        before_name = 0 < i < len(words) - 1 and flagged[i + 1] and gap(i) == " "
        opens = not text[: words[i][0]].strip() or re.search(
            r"[.!?:;\n]\s*\Z", text[max(0, words[i][0] - 4) : words[i][0]]
        )
        if title and before_name and not opens:
            flagged[i] = True
            return True
        if not (can[i] and word[:1].isupper()):
            return False
        for j, k in ((i - 1, i - 1), (i + 1, i)):  # the word beside, the gap's left word
            if not 0 <= j < len(words):
                continue
            g = gap(k)
            conj = words[j][2].lower() in ("and", "&") and g == " "
            if conj:  # "X and Lake": look past "and"
                j2 = j - 1 if j < i else j + 1
                g2 = gap(j2) if j < i and j2 >= 0 else (gap(j) if j2 < len(words) else "")
                if 0 <= j2 < len(words) and flagged[j2] and g2 in (" ", ". "):
                    flagged[i] = True
                    return True
            elif flagged[j] and re.fullmatch(r"\.?,[ ]", g) and j < i:
                flagged[i] = True
                return True
        return False

    rules = (  # in a pass's order, each with the words it runs over
        (name_then_end, len(words) - 1),
        (first_initial_last, len(words) - 2),
        (family_comma_given, len(words) - 1),
        (beside_name, len(words)),
    )
    due: list[set[int]] = [set(range(max(0, n))) for _, n in rules]  # the first pass: all
    changed = True
    while changed:
        changed = False
        for r, (rule, n) in enumerate(rules):
            todo = sorted(i for i in due[r] if i < n)
            due[r] = set()
            heapq.heapify(todo)
            while todo:
                i = heapq.heappop(todo)
                while todo and todo[0] == i:
                    heapq.heappop(todo)
                before = flagged[max(0, i - 2) : i + 3]
                if not rule(i):
                    continue
                changed = True
                for k, was in enumerate(before, start=max(0, i - 2)):
                    if flagged[k] == was:
                        continue
                    # The rules that read word k's flag: later in this pass, or in the next.
                    for near in range(max(0, k - 2), k + 3):
                        for q in range(len(rules)):
                            if q == r and i < near < n:
                                heapq.heappush(todo, near)
                            else:
                                due[q].add(near)
    # A person name's components joined by carets (HL7, DICOM): "PRETORIUS^NED", "Hind^Sandy".
    for _ in range(2):
        for i in range(len(words) - 1):
            if (
                gap(i) == "^"
                and flagged[i] != flagged[i + 1]
                and not epo[i]
                and not epo[i + 1]
                and not (len(words[i][2]) > 1 and words[i][2].lower() in _STOP)
                and not (len(words[i + 1][2]) > 1 and words[i + 1][2].lower() in _STOP)
            ):
                flagged[i] = flagged[i + 1] = True
    for i, (start, end, _) in enumerate(words):
        if flagged[i] and not_a_name(text, start, end):
            flagged[i] = False
    return flagged
