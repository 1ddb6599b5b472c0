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
  ("cc Park, Hill and W.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from site_agent.curation.lexicon import Lexicon


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Particles that belong to the family name that follows them ("van der Berg", "de la Cruz").
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "dos", "das",
     "bin", "ibn", "al", "el", "ben", "ter", "ten", "st", "ste", "mac", "ap", "zu", "vom", "op"}
)  # fmt: skip
# Particles that may start a name before a capitalised word; not "ap" (AP view), "st" (St. Mary's
# is an institution), "mac", "op" or "la"/"le" in capitals (LA is the left atrium).
_LEADING = PARTICLES - {"ap", "st", "ste", "mac", "op"}

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
    rods instrumentation injury injuries ileitis colitis"""
)
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
    stop stopped discontinue discontinued restart restarted resume resumed given receiving"""
)
_DOSE = re.compile(r"[ ]?\(?\d+(?:\.\d+)?[ ]?(?i:mg|mcg|µg|g|ml|units|iu)\b")

# Words that stop a walk from a cue: function words, kinship and role words, "patient".
_STOP = _set(
    """the a an his her their our my your its this that these those patient pt pts and or of in
    on at to by with for from was is are were be been has had have who whom which son daughter
    wife husband mother father spouse sister brother guardian friend partner md do rn np dr mr
    mrs ms mx prof today here there also not no yes report results findings images study exam
    examination history impression comparison technique indication name names id dob mrn
    reports reported states denies denied underwent presents presented seen told noted shows
    showed takes took taking uses used started stopped"""
)

# Cues before a name; the name is what follows.
_LEFT_CUE = re.compile(
    r"(?i:\b(?:son|daughter|wife|husband|mother|father|spouse|sister|brother|guardian|partner"
    r"|proxy|next[ ]of[ ]kin|emergency[ ]contact)(?:[ ]is)?[ ]*[:,]?[ ]+"
    r"|\b(?:attending|resident|fellow|nurse|technologist|radiologist|physician|surgeon|provider"
    r"|contact|author|addendum[ ]by|authored[ ]by)[ ]*:?[ ]+|\b(?:attn|to|from)[ ]*:[ ]*"
    r"|\bcc'?d?[ ]*:?[ ]+"
    r"|\b(?:copied|copy|sent|faxed|addressed|forwarded)[ ]to[ ]+"
    r"|\b(?:seen|met|accompanied)[ ](?:with|by)[ ]+"
    r"|\b(?:interpreted|dictated|signed|read|reported|reviewed|approved|verified|electronically"
    r"[ ]signed|performed)[ ]by[ ]*:?[ ]+"
    r"|\b(?:message|voicemail|results?|report|letter)[ ](?:left[ ])?for[ ]+"
    r"|\b(?:left|called|paged|relayed|given|explained)[ ](?:for|to)[ ]+"
    r"|\b(?:obtained|received)[ ]from[ ]+|\b(?:per|attn\.?|attention:?)[ ]+"
    r"|\b(?:patient|pt|name)[ ]*:?[ ]+)"
)
# Cues after a name; the name is what precedes.
_RIGHT_CUE = re.compile(
    r"(?:,?[ ](?:MD|M\.D\.|DO|RN|NP|PA-C|PhD|MBBS|FRCR|FRCP)\b"
    r"|,?[ ](?i:was|were)[ ](?i:present|here|at[ ]the[ ]bedside|at[ ]bedside)\b"
    r"|[ ]\((?i:MRN|DOB|SSN|age|born|d\.o\.b\.)\b"
    r"|,[ ](?i:MRN|DOB|SSN)\b"
    r"|,[ ]\d{1,3}[ -]?(?i:y/?o\b|y\.o\.|years?\b|yrs?\b)"
    r"|,?[ ](?i:was|were|has[ ]been|is)[ ](?i:told|informed|notified|called|contacted|counseled"
    r"|counselled|advised|consented|updated|seen|examined|admitted|discharged)\b"
    r"|,?[ ](?i:consented|agreed|declined|refused|lives|lived|reports|reported|states|stated"
    r"|denies|denied|presents|presented|complains|returned|returns)\b"
    r"|[ ]is[ ]an?[ ]\d{1,3}[ -](?i:year|yr|month|week|day)s?[ -]old\b)"
)


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def eponyms(text: str, words: Sequence[tuple[int, int, str]]) -> list[bool]:
    """Which words are eponyms or parts of one ("Salter-Harris" before "II fracture")."""
    out = [False] * len(words)
    lows = [w.lower() for _, _, w in words]
    for i, (_, _, word) in enumerate(words):
        if not word[:1].isupper():
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
            if lows[j] in _HEADS:
                out[i] = True
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
        k = i - 1
        if k >= 0 and lows[k] == "on" and text[words[k][1] : words[i][0]] == " ":
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
    return out


def _drug_list(text: str, words: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Word ``i`` ends "X, Y and <i>" where X began as a drug."""
    return text[words[i - 2][1] : words[i - 1][0]] in (" ", ", ") and words[i][2][:1].isupper()


# "O'Brien", "D'Angelo", "N'Diaye", "o'brien": a letter or two, an apostrophe, then a word.
_APOSTROPHE_NAME = re.compile(r"(?:[A-Z][a-z]?['\u2019][A-Z]\w|(?i:[od])['\u2019](?!clock)\w{2})")


def apostrophe_name(word: str) -> bool:
    return bool(_APOSTROPHE_NAME.match(word))


def _could_be_name(lex: Lexicon, word: str, eponym: bool) -> bool:
    low = word.lower()
    if eponym:
        return False
    if _is_initial(word):
        return True
    if low in _STOP:
        return False
    if low in PARTICLES or lex.is_name(word) or apostrophe_name(word):
        return True
    return _unknown(lex, word)


def _unknown(lex: Lexicon, word: str) -> bool:
    """Neither an English nor a clinical word, part by part ("O'Neil-Smith": O, Neil, Smith)."""
    parts = [p for p in re.split(r"['\u2019-]", word) if p]
    return not all(lex.is_safe(p) or (len(p) == 1 and p.lower() == "s") for p in parts)


def name_flags(
    text: str, words: Sequence[tuple[int, int, str]], lex: Lexicon, flagged: list[bool]
) -> list[bool]:
    """``flagged`` (words already inside a detected name) with the rules above applied."""
    flagged = list(flagged)
    epo = eponyms(text, words)
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
    for i, (_, _, word) in enumerate(words):
        low = word.lower()
        if low not in _LEADING or (word.isupper() and len(word) > 1 and low in {"la", "le"}):
            continue
        j = i
        while j + 1 < len(words) and gap(j) == " " and words[j + 1][2].lower() in PARTICLES:
            j += 1
        nxt = j + 1
        if nxt >= len(words) or gap(j) != " " or epo[nxt]:
            continue
        if words[nxt][2][:1].isupper() and words[nxt][2].lower() not in _STOP:
            for k in range(i, nxt + 1):
                flagged[k] = True

    def after_particle(i: int) -> bool:  # "houten" in "van houten"
        return i > 0 and words[i - 1][2].lower() in PARTICLES and gap(i - 1) == " "

    def joins(i: int, g: str) -> bool:  # a gap inside one name: a space, a hyphen, "W. "
        return g in (" ", "-") or (g == ". " and _is_initial(words[i][2]))

    # After a cue: up to four words that could be a name (any capitalised word but a stop word).
    for m in _LEFT_CUE.finditer(text):
        at: int | None = starts.get(m.end())
        n = 0
        while at is not None and at < len(words) and n < 4:
            word = words[at][2]
            title = word[:1].isupper() and word.lower() not in _STOP and not epo[at]
            title = title and not (word.isupper() and len(word) > 1)  # "Per CT", "cc MRI"
            # After a label ("Attending: ruby strong."), any word up to the punctuation.
            label = m.group().rstrip().endswith(":") and word.lower() not in _STOP and not epo[at]
            if not (
                can[at]
                or title
                or label
                or (n and after_particle(at) and word.lower() not in _STOP)
            ):
                break
            flagged[at] = True
            n += 1
            if at + 1 >= len(words) or not joins(at, gap(at)):
                break
            at += 1
    # Before a cue: walk back over words that could be a name, at most one comma ("Young, Mark").
    for m in _RIGHT_CUE.finditer(text):
        at = ends.get(m.start())
        if at is None and m.start() > 0 and text[m.start() - 1] == ".":  # "W." before ", MD"
            at = ends.get(m.start() - 1)
            at = at if at is not None and _is_initial(words[at][2]) else None
        commas = n = 0
        while at is not None and at >= 0 and n < 5:
            word = words[at][2]
            low = word.lower()
            title = word[:1].isupper() and low not in _STOP  # "Ana" in "Ana Young, MD"
            if title and n == 0:  # "Ruby Strong returned", not "Pain returned"
                prev = at - 1
                title = prev >= 0 and joins(prev, gap(prev)) and not epo[prev]
                title = title and (can[prev] or words[prev][2][:1].isupper())
                title = title and words[prev][2].lower() not in _STOP
            if epo[at] or not (can[at] or title or (after_particle(at) and low not in _STOP)):
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
    # Beside a name: a name-list word, a particle or an initial; joined to one by "and", "&" or a
    # list comma, a capitalised word that could be a name ("cc Park, Hill and W.").
    changed = True
    while changed:
        changed = False
        for i, (_, _, word) in enumerate(words):
            if flagged[i] or epo[i]:
                continue
            low = word.lower()
            if low in _STOP and not _is_initial(word):
                continue
            if lex.is_name(word) or low in PARTICLES or _is_initial(word):
                # After a name: a space or comma; before one: also an initial's period.
                if i > 0 and flagged[i - 1] and re.fullmatch(r",?[ ]", gap(i - 1)):
                    flagged[i] = changed = True
                    continue
                before = r"\.?,?[ ]" if _is_initial(word) else r",?[ ]"
                if i + 1 < len(words) and flagged[i + 1] and re.fullmatch(before, gap(i)):
                    flagged[i] = changed = True
                    continue
            # Inside a sentence, a capitalised word before a name: "Is Ana María Núñez".
            title = word[:1].isupper() and not word.isupper()
            before_name = 0 < i < len(words) - 1 and flagged[i + 1] and gap(i) == " "
            opens = re.search(r"[.!?:;\n]\s*\Z", text[max(0, words[i][0] - 4) : words[i][0]])
            if title and before_name and not opens:
                flagged[i] = changed = True
                continue
            if not (can[i] and word[:1].isupper()):
                continue
            for j, k in ((i - 1, i - 1), (i + 1, i)):  # the word beside, the gap's left word
                if not 0 <= j < len(words):
                    continue
                g = gap(k)
                conj = words[j][2].lower() in ("and", "&") and g == " "
                if conj:  # "X and Lake": look past "and"
                    j2 = j - 1 if j < i else j + 1
                    g2 = gap(j2) if j < i and j2 >= 0 else (gap(j) if j2 < len(words) else "")
                    if 0 <= j2 < len(words) and flagged[j2] and g2 in (" ", ". "):
                        flagged[i] = changed = True
                        break
                elif flagged[j] and re.fullmatch(r"\.?,[ ]", g) and j < i:
                    flagged[i] = changed = True
                    break
    return flagged
