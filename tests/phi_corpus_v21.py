"""The v21 lists of the PHI corpus (``corpus(..., v21=True)`` in ``phi_corpus``).

The held-out row with seed ``V21_SEED``, written blind: without reading the scrubber, its learned
tagger, its rules or the benchmark's reports, and never run against them. It goes where the earlier
lists do not. Names of twenty-one groups: Northern Sámi (Norway, Sweden, Finland), Friulian,
Adyghe (Circassian, in Latin letters and Cyrillic), Abkhaz (Latin and Cyrillic), Chuvash (Latin
and Cyrillic), Nenets, Hazara (Latin and Perso-Arabic script), Baloch, Sindhi (Hindu and Muslim),
Ifugao, Kichwa of Otavalo, Herero, Ovambo, Xhosa (with clan names), Papiamento speakers of
Curaçao and Aruba, Surinamese Creole (Sranan), Inuit of Nunavik (Latin and syllabics), Ojibwe,
Lakota (with names of two words), West Frisian and Kashubian. None of their given or family names
occurs in ``phi_corpus.py``, ``phi_corpus_v19.py`` or ``phi_corpus_v20.py``: checked token by token
against every word of the three files, accents, diacritics and okina stripped, case ignored; only
particles and honorifics (de, del, ya, Bibi, Ali, Sultan, Sahib, Sher, Ghulam, Fatima, Tata)
occur there.
Several are English or clinical words (Tobacco, Fiddler, Pheasant, Linger, Provost, Beardy, Kills
Enemy), and the clinical sentences use some of them as the words they are.
Templates: hospice notes, organ-donation and transplant coordination logs, blood-bank crossmatch
slips, IVF laboratory sheets, genetic-counselling pedigrees in text, medicolegal reports, school
nurse logs, occupational-injury claims, yellow-fever certificates, maritime medical logs, disaster
triage tags, refugee registration, mobile-clinic SMS, insurance EOBs, pharmacy labels, lab
requisition barcodes, EHR audit logs, HL7 v2 ORU segments, FHIR JSON bundles, JSON-LD, INI and TOML
dumps, LaTeX tables, RTF fragments, e-mail headers with Received lines, ICS invites, vCards, QR
payloads, OCR of faxed letters and speech-to-text with disfluencies; Norwegian, Swedish, Finnish,
Italian, Russian, Dari, Urdu, Sindhi, Spanish, Dutch, Papiamento, French, Polish and Xhosa forms.
Identifiers: Norwegian fødselsnummer (both checks), Swedish personnummer (Luhn), Finnish HETU
(check letter), Italian codice fiscale (check letter), Russian INN (both checks), Pakistani CNIC,
Afghan e-tazkira, Ecuadorian cédula (check), South African ID (Luhn), Namibian ID, Dutch BSN
(eleven-test), passport MRZ lines (ICAO check digits), IBANs of Norway, Italy, the Netherlands and
Pakistan (mod 97), card numbers (Luhn), ISBT 128 donation numbers (mod 37-2), specimen barcodes,
ICCID (Luhn) and IMSI, Bluetooth addresses, serials after S/N and SN#, implant registry numbers,
aircraft tail numbers, ENI numbers, trailer plates, bicycle frame numbers, URLs with fragments,
IPv4 CIDR blocks; dates in the Hijri (tabular) and Solar Hijri calendars, with Roman-numeral
months, "inst." and "ult.", ISO weeks; ages over 89 in twenty-odd shapes and languages. Infants'
ages appear only in the clinical sentences, where they are not PHI and must be kept.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

V21_SEED = 20280623

V21_TEMPLATES = (
    # Sámi of Norway, Sweden and Finland.
    "PALLIATIV JOURNAL - {GEO:instno}\nPasient: {NAME:sme}\nFødselsnr.: {SSN:fnr}\nAlder: "
    "{AGE:no}\nAdresse: {GEO:sme}\nPårørende: {NAME:sme}, tlf. {PHONE:no}\nDato: {DATE:no}\n"
    "Ønsker samisktalende prest; morfin s.c. etter behov.",
    "Hospice note {DATE:long}: {NAME:sme}, {AGE:y}, reindeer herder from {GEO:sme}; his son "
    "{NAME:sme} keeps the snowmobile ({VEHICLE:no}) ready at the cabin; family asks that the "
    "joik be allowed at the bedside; call {PHONE:no}.",
    "Remissvar, {GEO:instse}\nPatient: {NAME:sme}, {SSN:pnr}\nÅlder: {AGE:sv}\nAdress: "
    "{GEO:smese}\nDatum: {DATE:se}",
    "Potilas {NAME:sme}, HETU {SSN:hetu}, {AGE:fi}; {GEO:smefi}; omainen {NAME:sme} "
    "puh. {PHONE:fi}; käyntipäivä {DATE:fi}.",
    # Friulian families of Udine and Carnia.
    "REFERTO DI CROSS-MATCH - Servizio Trasfusionale {GEO:instit}\nRicevente: {NAME:furcaps}  "
    "C.F. {SSN:cf}\nUnità: {ACCOUNT:isbt}   Gruppo: A Rh+\nPrelievo: {DATE:it}\nCompatibile; "
    "anticorpi irregolari assenti.",
    "Visita domiciliare a {GEO:fur}: {NAME:fur} ({AGE:it}) vive sola; la nipote {NAME:fur} "
    "({PHONE:it}) passa la sera; tessera sanitaria {HEALTH_PLAN:ts}.",
    "Emigrant's return, {DATE:roman}: {NAME:fur}, {AGE}, came home from {GEO:furabroad} for "
    "the hospice; IBAN for the family's refund {ACCOUNT:ibanit}.",
    # Adyghe (Circassian) and Abkhaz families.
    "ПРОТОКОЛ ИЗЪЯТИЯ ОРГАНОВ: донор {NAME:adycyr}, {AGE:ru}; ИНН {SSN:inn}; "
    "{GEO:adycyr}; дата {DATE:ru}; координатор {NAME:adycyr}, тел. {PHONE:ru}.",
    "Transplant coordination log\n{DATE:stamp}  Donor family ({NAME:ady}) consented; "
    "recipient {NAME:ady}, {AGE:y}, of {GEO:ady}, called on {PHONE:ru}\n{DATE:stamp}  "
    "Kidney left {GEO:instru} by car {VEHICLE:ru}",
    "Сухум, {DATE:ru}. Больная {NAME:abkcyr}, {AGE:ru}, проживает: {GEO:abkcyr}; "
    "паспорт {SSN:abkpass}; сын {NAME:abkcyr}.",
    "{NAME:abk} ({AGE:words}) of {GEO:abk}: the family's long-lived grandmother; her "
    "great-grandson {NAME:abk} reads the letters from {EMAIL}.",
    # Chuvash and Nenets.
    "Выписка, {GEO:chvcyr}: {NAME:chvcyr}, {AGE:ru}; ИНН {SSN:inn}; полис {HEALTH_PLAN:oms}; "
    "выписана {DATE:ru}.",
    "Tundra medevac: {NAME:nen}, {AGE}, from the brigade camp at {GEO:coord}; helicopter "
    "{VEHICLE:tail}; his nephew {NAME:nen} rode 40 km by reindeer sledge to the trading post "
    "at {GEO:nen} to call {PHONE:ru}.",
    "{NAME:chv}, {AGE:y}, {GEO:chv}; INN {SSN:inn}; daughter {NAME:chv}, e-mail {EMAIL}.",
    # Hazara, Baloch and Sindhi.
    "Refugee registration - Quetta\nName: {NAME:haz}\nFather's name: {NAME:hazgiven}\nAge: "
    "{AGE}\nPoR card: {SSN:por}\nTazkira: {SSN:tazkira}\nAddress: {GEO:haz}\nMobile: "
    "{PHONE:pk}\nRegistered: {DATE:hijri}",
    "نام: {NAME:hazar}\nسن: {AGE:fa}\nآدرس: {GEO:hazar}\nتاریخ: {DATE:sh}\nتلفن: {PHONE:af}",
    "Mobile clinic SMS to {PHONE:pk}: Salam {NAME:hazlow}, your mother's sugar report is "
    "ready at {GEO:instpk}. Ref {ACCOUNT:spec}.",
    "Occupational injury claim - coal mine, {GEO:bal}\nWorker: {NAME:bal}  CNIC {SSN:cnic}\n"
    "Date of injury: {DATE:pk}\nEmployer ref {ACCOUNT:claim}\nWitness: {NAME:bal}",
    "Sehat card {HEALTH_PLAN:sehat}: {NAME:bal}, {AGE:ur}, {GEO:bal}; son {NAME:bal} "
    "{PHONE:pk}; truck {VEHICLE:pk}.",
    "Larkana, {DATE:pk}: {NAME:snd}, {AGE:y}, CNIC {SSN:cnic}; brought by {NAME:snd} on the "
    "rickshaw {VEHICLE:pk}; IBAN {ACCOUNT:ibanpk}.",
    "Sindhi Hindu family from {GEO:snd}: {NAME:snd} ({AGE}) asks that her brother "
    "{NAME:snd} in Ulhasnagar be told on {PHONE:in}.",
    # Ifugao and the Cordillera.
    "Lagawe District Hospital: {NAME:ifu}, {AGE:y}, of {GEO:ifu}; PhilHealth "
    "{HEALTH_PLAN:philhealth}; PhilSys {SSN:philsys}; daughter {NAME:ifu}, {PHONE:ph}.",
    "School nurse log, {GEO:ifu}, {DATE:us}: grandmother {NAME:ifu} ({AGE}) fainted while "
    "fetching {NAME:ifu}; jeepney {VEHICLE:ph} took her down to {GEO:instph}.",
    # Kichwa of Otavalo.
    "CERTIFICADO INTERNACIONAL DE VACUNACIÓN - FIEBRE AMARILLA\nNombre: {NAME:qvicaps}\n"
    "Cédula: {SSN:ec}\nFecha de nacimiento: {DATE:dob}\nVacunado: {DATE:es}  Lote 17D24\n"
    "Centro: {GEO:instec}",
    "{NAME:qvi}, {AGE:es}, comunidad {GEO:qvi}; cédula {SSN:ec}; hijo {NAME:qvi}, cel. "
    "{PHONE:ec}; camioneta {VEHICLE:ec}.",
    # Herero and Ovambo of Namibia.
    "Katutura State Hospital, {DATE:long}: {NAME:her}, {AGE}, of {GEO:her}; ID {SSN:na}; "
    "cattle-post neighbour {NAME:her} drove her in ({VEHICLE:na}); cell {PHONE:na}.",
    "Oshakati disaster triage tag {ACCOUNT:triage} - RED\nName: {NAME:kua}  Age: {AGE}\n"
    "Village: {GEO:kua}\nFound by: {NAME:kua}\nTime: {DATE:stamp}",
    "Medical aid EOB - member {NAME:kua}, member no. {HEALTH_PLAN:za}; service date "
    "{DATE:long}; claim {ACCOUNT:claim}; paid to {ACCOUNT:card}.",
    # Xhosa families of the Eastern Cape.
    "Frere Hospital, East London: {NAME:xho}, {AGE:xh}, ID {SSN:za}; {GEO:xho}; "
    "uMakhulu lives with {NAME:xho}, {PHONE:za}; taxi {VEHICLE:za}.",
    "Medicolegal report (J88): examinee {NAME:xho}, ID {SSN:za}, seen {DATE:long} at "
    "{GEO:instza}; SAPS case no. {ACCOUNT:saps}; examiner Dr {NAME:xho}.",
    "Molweni, I am {NAME:xholow}, the daughter of {NAME:xho}, who is {AGE:xh}. Please phone "
    "{PHONE:za}.",
    # Curaçao, Aruba and Suriname.
    "Apotheek {GEO:instcw}\n{NAME:pap}  {DATE:dob}\nMetformine 500 mg - 2x daags 1 tablet\n"
    "Rx {ACCOUNT:rx}  {DATE:nl}\nSVB {HEALTH_PLAN:svb}",
    "Bon dia, mi ta {NAME:pap}, yu di {NAME:pap} ku tin {AGE:pap}; nos ta biba {GEO:pap}; "
    "yama {PHONE:cw}.",
    "Sedula {SSN:cw}; {NAME:pap}, {AGE}; boat {VEHICLE:boat}; bank {ACCOUNT:ibannl}.",
    "Paramaribo, {DATE:nl}: {NAME:srn} ({AGE:srn}), {GEO:srn}; ID-nr. {SSN:sr}; "
    "brada {NAME:srn}, tel. {PHONE:sr}.",
    "Maritime medical log, MV {VEHICLE:shipname} (ENI {VEHICLE:eni}), {DATE:stamp}: "
    "deckhand {NAME:srn}, {AGE}, slipped on the ramp; master {NAME:fry}; radio {PHONE:sat}.",
    # Inuit of Nunavik, Ojibwe and Lakota.
    "Inuulitsivik, Puvirnituq: {NAME:ike}, {AGE}, of {GEO:ike}; RAMQ {HEALTH_PLAN:ramq}; "
    "escort {NAME:ike}; flight {VEHICLE:tail}; {PHONE:qc}.",
    "ᐊᑎᖓ: {NAME:ikesyl}\nᐅᑭᐅᖏᑦ: {AGE:iu}\nᓄᓇᓕᒃ: {GEO:ikesyl}\nᐅᖃᓘᑎ: {PHONE:qc}",
    "Sioux Lookout nursing station, {DATE:us}: {NAME:oji}, {AGE:y}, of {GEO:oji}; status no. "
    "{SSN:status}; OHIP {HEALTH_PLAN:ohip}; winter road, truck {VEHICLE:on}; call "
    "{NAME:oji} at {PHONE:on}.",
    "Pine Ridge IHS, {DATE:us}: {NAME:lkt}, {AGE}, of {GEO:lkt}; SSN {SSN:us}; SD DL "
    "{LICENSE:sd}; grandson {NAME:lkt} has the horse trailer plate {VEHICLE:trailer}.",
    "Speech-to-text: um so this is uh {NAME:lktlow} calling for my uh my grandma {NAME:lkt} "
    "she's {AGE:words} and um we're out at {GEO:lkt} the number is {PHONE:spoken}",
    # West Frisian and Kashubian.
    "IVF-LAB\nPartner A: {NAME:fry}  BSN {SSN:bsn}\nPartner B: {NAME:fry}  BSN {SSN:bsn}\n"
    "Punctie: {DATE:nl}  Rietje ID {ACCOUNT:straw}\nEmbryo's: 2 blastocysten ingevroren",
    "Ferzoarging thús, {GEO:fry}: {NAME:fry} ({AGE:fy}); dochter {NAME:fry}, {PHONE:nl}; "
    "fiets framenummer {VEHICLE:bike}.",
    "Karta informacyjna, {GEO:instpl}: {NAME:csb}, {AGE:pl}, {GEO:csb}; syn {NAME:csb}, "
    "tel. {PHONE:pl}; data {DATE:roman}.",
    # Genetic counselling, pedigree, IVF, blood bank.
    "PEDIGREE (text): I-1 {NAME:sme} (d. {DATE:iso}, aged {AGE}) -- I-2 {NAME:sme}\n  II-1 "
    "proband {NAME:sme}, {AGE}, BRCA2 c.6275_6276del\n  II-2 {NAME:sme}, untested",
    "Genetic counselling letter: Dear {NAME:fur}, your aunt {NAME:fur} (now {AGE:it}) agreed to "
    "testing; sample barcode {ACCOUNT:spec}; appointment {DATE:week}.",
    "BLOOD BANK ISSUE SLIP\nDIN {ACCOUNT:isbt}\nRecipient: {NAME:comma}  MRN {MRN}\nDOB: "
    "{DATE:dob}\nIssued: {DATE:stamp}  by {NAME:init}",
    # Data formats.
    "MSH|^~\\&|LAB|{GEO:inst}|EHR|HOSP|{DATE:hl7}||ORU^R01|{ACCOUNT:msg}|P|2.5.1\n"
    "PID|1||{MRN}^^^HOSP^MR||{NAME:hl7}||{DATE:hl7dob}|F|||{GEO:hl7}||{PHONE:hl7}\n"
    "OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L|3.9-6.0|H|||F",
    '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", '
    '"name": [{"text": "{NAME}"}], "birthDate": "{DATE:isodob}", "telecom": [{"value": '
    '"{PHONE}"}], "address": [{"text": "{GEO}"}]}}]}',
    '{"@context": "https://schema.org", "@type": "Patient", "name": "{NAME}", "email": '
    '"{EMAIL}", "address": "{GEO}", "identifier": "{MRN}"}',
    "[patient]\nname = {NAME}\ndob = {DATE:isodob}\nmrn = {MRN}\n[device]\nbt_addr = "
    "{DEVICE:bt}\nserial = {DEVICE:sn}\nsubnet = {IP:cidr}",
    '[caregiver]\nname = "{NAME}"\nemail = "{EMAIL}"\nphone = "{PHONE}"\nsim_iccid = '
    '"{DEVICE:iccid}"\nimsi = "{DEVICE:imsi}"',
    "\\begin{tabular}{ll}\nPatient & {NAME:latex} \\\\\nBorn & {DATE:long} \\\\\n"
    "Record & {MRN} \\\\\n\\end{tabular}",
    "{\\rtf1\\ansi {\\b Patient:} {NAME}\\par {\\b DOB:} {DATE:dob}\\par {\\b Tel:} "
    "{PHONE}\\par}",
    "Received: from mail.{GEO:host} ({IP}) by mx.hospital.example; {DATE:rfc}\nFrom: "
    "{NAME} <{EMAIL}>\nTo: records@hospital.example\nSubject: discharge letter for my father, "
    "{AGE}",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:{DATE:ics}\nSUMMARY:Home visit - {NAME}\n"
    "LOCATION:{GEO}\nATTENDEE;CN={NAME}:mailto:{EMAIL}\nEND:VEVENT\nEND:VCALENDAR",
    "BEGIN:VCARD\nVERSION:3.0\nN:{NAME:vcard}\nTEL;TYPE=CELL:{PHONE}\nADR:;;{GEO}\nBDAY:"
    "{DATE:isodob}\nEND:VCARD",
    "QR: HC1:PID={SSN:fnr};N={NAME:qr};DOB={DATE:hl7dob};EXP={DATE:hl7}",
    "EHR AUDIT {DATE:stamp} user=dr.{NAME:user} action=VIEW patient={MRN} src={IP} "
    "session={URL:frag}",
    "EOB - EXPLANATION OF BENEFITS\nMember: {NAME:caps}  ID {HEALTH_PLAN}\nClaim "
    "{ACCOUNT:claim}  Service {DATE:us}\nPaid by card ending {ACCOUNT:card}",
    "PHARMACY LABEL\n{NAME:caps}\nRx# {ACCOUNT:rx}   {DATE:us}\nTake one tablet by mouth "
    "daily\nDr. {NAME:sig}   Refills: 2",
    "LAB REQ *{ACCOUNT:spec}*\n{NAME:comma}  DOB {DATE:dob}  MRN {MRN}\nTests: CBC, U&E, "
    "HbA1c\nCollected {DATE:stamp} by {NAME:init}",
    "PASSPORT\nP<NOR{NAME:mrz}<<<<<<<<<<<<\n{SSN:mrz}",
    "0CR FAX P.{DATE:ocrday}  Re: {NAME:ocr}  D0B {DATE:ocr}  Tel {PHONE:ocr}",
    "Implant registry no. {DEVICE:registry}: hip stem S/N {DEVICE:sn}, cup SN# {DEVICE:sn}, "
    "for {NAME} of {GEO}.",
    "Pacemaker check for {NAME:given}: {DEVICE:pm}; remote monitor {DEVICE:bt} on {IP:cidr}.",
    "Portal link for {NAME:given}: {URL:frag}",
    # Short notes, lower case and initials.
    "ok {NAME:lower} will bring nana, she is {AGE:num} on friday",
    "Seen with {NAME:init}; daughter {NAME:given} at {PHONE}.",
    "{NAME:familyu} {NAME:given}, b. {DATE:roman}, {AGE:y}.",
    "Letter of the {DATE:inst} received from {NAME:sig}.",
    "Discharged {DATE:hijri} ({DATE:long}) to {GEO}.",
    "{NAME:given} ({AGE:paren}) - {PHONE}",
    "Ref {ACCOUNT} / {HEALTH_PLAN} / {LICENSE}",
    "Fax to {FAX} for {NAME:sig}.",
)  # fmt: skip

# Clinical sentences (not PHI): labs with units, doses, scores, sides, infants' ages (not PHI),
# and words that are names in this list (tobacco, fiddler, pheasant, linger, provost).
V21_CLINICAL = (
    "Tobacco: 30 pack-years, stopped 4 years ago; no alcohol.",
    "Symptoms linger for 2 to 3 days after each infusion.",
    "Pheasant and pigeon feathers at home; bird fancier's lung considered.",
    "Fiddler by profession; callus under the left jaw from the chin rest.",
    "Comfort care: morphine 2.5 mg subcutaneously every 4 hours as needed.",
    "Midazolam 10 mg over 24 hours by syringe driver; glycopyrronium for secretions.",
    "Brain-stem death tests completed twice; apnoea test positive at PaCO2 8.2 kPa.",
    "Crossmatch compatible; two units of O negative released at 14:10.",
    "Antibody screen negative; direct antiglobulin test negative.",
    "Twelve oocytes retrieved, nine mature; eight fertilised by ICSI.",
    "Two blastocysts vitrified on day 5; grade 4AA and 3BB.",
    "Infant aged 9 days, jaundiced, feeding 60 mL every 3 hours.",
    "Boy aged 11 months, weight 8.9 kg; first measles dose due at 12 months.",
    "Girl aged 6 weeks with a temperature of 38.4 C; urine sent for culture.",
    "Haemoglobin 64 g/L, ferritin 5 ug/L; intravenous iron 1 g given.",
    "HbA1c 91 mmol/mol; metformin increased to 1 g twice daily.",
    "Potassium 2.9 mmol/L; oral replacement 48 mmol daily for 3 days.",
    "Lactate 4.1 mmol/L; 30 mL/kg crystalloid started.",
    "Troponin 412 ng/L rising to 1,880 ng/L at 3 hours.",
    "CRP 212 mg/L, white cells 18.4; blood cultures taken before antibiotics.",
    "Left femoral neck fracture, displaced; hemiarthroplasty planned.",
    "Right fifth metacarpal neck fracture; buddy strapping for 3 weeks.",
    "Laceration 4 cm on the right forearm; six sutures, remove in 10 days.",
    "Triage red: respiratory rate 34, capillary refill over 2 seconds.",
    "Triage yellow: walking wounded, open fracture of the left ankle.",
    "Coal dust on chest film; small rounded opacities in the upper zones.",
    "Heat exhaustion on deck; oral rehydration 1 L, rested in the shade.",
    "Yellow fever vaccine 0.5 mL subcutaneously; valid for life.",
    "Seasickness: promethazine 25 mg at night for the crossing.",
    "Pulse oximetry 88% at rest; home oxygen 2 L via concentrator.",
    "Pressure sore, sacrum, grade 3; foam dressing changed every 3 days.",
    "Breathless at rest; opioid for dyspnoea; fan therapy helps.",
    "Provost of the college informed of the fall with the student's consent.",
    "Faint in the school hall after skipping breakfast; glucose 3.6 mmol/L.",
    "Grip strength 12 kg on the right; gait speed 0.5 m/s.",
    "Creatinine 98 umol/L on the donor; kidney perfused on the machine for 6 hours.",
    "Cold ischaemic time 11 hours; graft passed urine on the table.",
)  # fmt: skip

# Eponyms, signs, scores, devices and drug names: capitalised words that are not PHI.
V21_EPONYM = (
    "Fiddler's neck noted; Wickham striae absent on the buccal mucosa.",
    "Glasgow-Blatchford score 9; Rockall score 5 after endoscopy.",
    "Karnofsky 40; Palliative Performance Scale 30%.",
    "Apgar scores 7 and 9; Ballard score 36 weeks.",
    "Kell antibodies detected; Kidd and Duffy typing sent.",
    "Rhesus D negative mother; Kleihauer test shows 4 mL fetomaternal bleed.",
    "Gardner grading 4AA for the blastocyst; Cumulus cells stripped.",
    "Bethesda category IV thyroid nodule; Hurthle cells present.",
    "Pott disease of T10 with a paraspinal abscess.",
    "Addison disease; Synacthen test flat.",
    "Cushing triad on arrival; Monro-Kellie doctrine explained to the family.",
    "Lachman test positive; Segond fracture on the plain film.",
    "Galeazzi sign negative; Ortolani and Barlow tests negative.",
    "Colles fracture, left; Smith fracture excluded on the lateral film.",
    "Jefferson fracture of C1; Hangman fracture excluded.",
    "Boxer's fracture with Jahss manoeuvre reduction.",
    "Tinel sign at the wrist; Phalen test positive at 30 seconds.",
    "Finkelstein test positive: de Quervain tenosynovitis.",
    "Romberg positive; Lhermitte sign on neck flexion.",
    "Janeway lesions and Osler nodes; Duke criteria met.",
    "Roth spots on fundoscopy; Libman-Sacks vegetations excluded.",
    "Hutchinson sign on the nose tip with herpes zoster ophthalmicus.",
    "Kernig and Brudzinski signs negative.",
    "Nikolsky sign positive; SCORTEN 3.",
    "Stevens-Johnson syndrome after lamotrigine.",
    "Creutzfeldt-Jakob disease ruled out; RT-QuIC negative.",
    "Whipple disease on the duodenal biopsy.",
    "Wilms tumour in the left kidney of a boy aged 3 years.",
    "Hirschsprung disease in a baby aged 5 days.",
    "Eloquent area spared; Wada test before surgery.",
    "Swan-Ganz catheter placed; Foley catheter 14 Fr.",
    "Hickman line flushed with Hepsal; PICC on the right.",
    "Xarelto 20 mg daily; Eliquis stopped.",
    "Ozempic 0.5 mg weekly; Jardiance 10 mg daily.",
    "Keytruda cycle 4; Herceptin held for LVEF 45%.",
    "Tegretol level 9 mg/L; Keppra 750 mg twice daily.",
    "Mini-Mental State 19 of 30; Barthel index 45.",
)  # fmt: skip

# Given and family names by group: (given names, family names). Latin groups first.
_SME = (
    ("Biret", "Niillas", "Juhán", "Mággá", "Ovllá", "Ándaras", "Heaika", "Jovnna", "Sunná",
     "Elle-Sáre", "Gáddja", "Vuolle", "Áilu", "Ristin", "Máhtte", "Issát", "Biehtár", "Ásllat"),
    ("Bongo", "Buljo", "Hætta", "Turi", "Skum", "Oskal", "Triumf", "Logje", "Valkeapää",
     "Aikio", "Magga", "Nutti", "Labba", "Kuoljok", "Partapuoli", "Spiik", "Sombi"),
)  # fmt: skip
_FUR = (
    ("Toni", "Bepi", "Meni", "Jacum", "Vigji", "Tite", "Catine", "Mariute", "Rosute", "Ane",
     "Gjovanin", "Pieri", "Checo", "Ninute", "Ursule", "Zuan"),
    ("Candotti", "Tonutti", "Cargnelutti", "Zuliani", "Pittino", "Del Fabbro", "Tomat",
     "Cescutti", "Moretuzzo", "Bearzot", "Variola", "Ellero", "Cucchiaro", "Marcuzzi",
     "Pividori", "Zamparutti", "De Cecco", "Toffoletti", "Chiandussi", "Sgubin", "Missana"),
)  # fmt: skip
_ADY = (
    ("Guashe", "Tembot", "Askerbi", "Khazret", "Aminet", "Mazhid", "Nurbiy", "Asiet",
     "Bzhedug", "Saida", "Shumaf", "Fatimet"),
    ("Shovgenov", "Khuade", "Nekhay", "Shkhalakhov", "Khapay", "Natkho", "Kushu", "Tlyusten",
     "Cheuzh", "Khatkhe", "Meretukov", "Gishev", "Nagoy", "Shadzhe", "Khachemizov"),
)  # fmt: skip
_ABK = (
    ("Alkhas", "Astamur", "Daur", "Nala", "Adgur", "Gunda", "Esma", "Temur", "Astanda", "Bata",
     "Khibla", "Raul"),
    ("Ardzinba", "Bagapsh", "Ankvab", "Gumba", "Tarba", "Lakoba", "Chanba", "Agrba", "Khagba",
     "Shamba", "Kvitsinia", "Gulia", "Achba", "Tsvizhba", "Bganba", "Kapba", "Ashuba", "Butba",
     "Sakania", "Chachkhalia", "Ketsba", "Otyrba"),
)  # fmt: skip
_CHV = (
    ("Narspi", "Setner", "Ilem", "Salampi", "Atner", "Uksay", "Tarkhan", "Ilpek", "Elentey",
     "Ulkhi", "Pinerke"),
    ("Aygi", "Khuzangay", "Tuktash", "Uyar", "Ukhsay", "Sespelev", "Yandush", "Ilbekov",
     "Tukhtarov", "Turkhan", "Elkhanov", "Shelebi"),
)  # fmt: skip
_NEN = (
    ("Nyaruy", "Ngarka", "Khadne", "Syado", "Vaniko", "Nensyakko", "Yerkalo", "Pyrya",
     "Nyadma", "Sevako", "Khasavako"),
    ("Khudi", "Laptander", "Serotetto", "Yaptik", "Okotetto", "Vanuito", "Salinder",
     "Khorolya", "Yando", "Pyrerka", "Vengo", "Ezyngi", "Tibichi", "Lapsuy", "Yadne",
     "Khatanzeysky", "Anagurichi"),
)  # fmt: skip
_HAZ = (
    ("Zahra", "Sharifa", "Jawad", "Farzana", "Marzia", "Nasima", "Qambar", "Rahila",
     "Sultan Ali", "Fatima Zahra", "Ghulam Sakhi"),
    ("Rezai", "Nasiri", "Sharifi", "Akbari", "Yousufi", "Changezi", "Bamyani", "Daikundi",
     "Behsudi", "Jaghori", "Uruzgani", "Mohaqiq", "Khalili", "Hazarah", "Sadaat", "Danish"),
)  # fmt: skip
_BAL = (
    ("Chakar", "Doda", "Gwaharam", "Sammi", "Bibari", "Mahganj", "Shahdad", "Nazak", "Banadi",
     "Jiand", "Mahnaz", "Gulbibi", "Nokjan", "Sabzal"),
    ("Bugti", "Marri", "Mengal", "Rind", "Zehri", "Raisani", "Lashari", "Bizenjo", "Jamali",
     "Magsi", "Jattak", "Gichki", "Buledi", "Kalmati", "Rakhshani", "Notezai", "Sasoli"),
)  # fmt: skip
_SND = (
    ("Sassui", "Marvi", "Moomal", "Punhal", "Jhamandas", "Lilaram", "Kishinchand", "Hemu",
     "Sahib Dino", "Parmanand", "Sorath", "Lachhmi", "Gopaldas", "Noori"),
    ("Advani", "Shahani", "Talpur", "Mirani", "Khuhro", "Samoon", "Kalhoro", "Lakhani",
     "Mansharamani", "Vaswani", "Hingorani", "Kripalani", "Gidwani", "Jagtiani", "Melwani",
     "Bhagnani"),
)  # fmt: skip
_IFU = (
    ("Bugan", "Wigan", "Kinggingan", "Dinamling", "Puguon", "Immalay", "Bahiwag", "Gumangan",
     "Lingayu", "Hinayup"),
    ("Dulnuan", "Bahatan", "Tayaban", "Guimpatan", "Ananayo", "Bumangabang", "Dunuan",
     "Binwag", "Lunag", "Pugong", "Humiwat", "Buyuccan", "Kimmayong", "Dinumla", "Lagwan",
     "Nabannal", "Habbiling"),
)  # fmt: skip
_QVI = (
    ("Pakari", "Sumak", "Kuri", "Tamya", "Killari", "Rumi", "Yaku", "Kawsay", "Samay", "Ayni"),
    ("Cotacachi", "Lema", "Cachimuel", "Tituaña", "Picuasi", "Farinango", "Anrango",
     "Guandinango", "Quilumbaquin", "Cabascango", "Morocho", "Pichamba", "Maigua",
     "Tontaquimba", "Yamberla", "Amaguaña"),
)  # fmt: skip
_HER = (
    ("Kaera", "Uatjiua", "Kaitjirokua", "Uazuvara", "Vemuna", "Tjinaani", "Uerimunga",
     "Kavezeri", "Vetaruhe", "Kazembire"),
    ("Kaputu", "Tjiriange", "Maharero", "Kambazembi", "Riruako", "Tjitendero", "Katjavivi",
     "Hengari", "Kazondu", "Tjiueza", "Mbaeva", "Katjiuongua", "Tjivikua", "Kavari"),
)  # fmt: skip
_KUA = (
    ("Ndinelao", "Tangeni", "Naftal", "Ndapanda", "Hafeni", "Iyaloo", "Nelago", "Shaanika"),
    ("Amathila", "Iyambo", "Hamutenya", "Angula", "Shilongo", "Ekandjo", "Nghimtina", "Ithete",
     "Shiimi", "Kandjii", "Uugwanga"),
)  # fmt: skip
_XHO = (
    ("Nomalizo", "Zukiswa", "Luvuyo", "Andile", "Mthunzi", "Noluthando", "Nomzamo", "Unathi",
     "Nokuzola", "Asanda"),
    ("Madikizela", "Mlambo", "Qwabe", "Gqirana", "Ntshona", "Mgqweto", "Nqakula", "Skweyiya",
     "Mabandla", "Mqhayi", "Sobukwe", "Dyantyi", "Matiwane", "Gcaleka", "Mtirara",
     "Ngqulunga", "Sigcau", "Dalindyebo"),
)  # fmt: skip
_PAP = (
    ("Shurandy", "Jurensley", "Ergilio", "Sheritsa", "Gerlinda", "Sharlon", "Mireille",
     "Suraida", "Zuleika"),
    ("Croes", "Kock", "Eman", "Wever", "Maduro", "Martina", "Statia", "Thode", "Koolman",
     "Hooi", "Wout", "Rojer", "Isenia", "Pieternella", "Girigori", "Fraai", "Sillé", "Merien",
     "Leito", "Nicolaas", "Janga"),
)  # fmt: skip
_SRN = (
    ("Akuba", "Kwamina", "Adjuba", "Amba", "Abeni", "Afi", "Cornelly", "Ronaldo"),
    ("Vanenburg", "Doelwijt", "Pinas", "Biswane", "Wijngaarde", "Zeefuik", "Vrede", "Fraenk",
     "Sedney", "Kensmil", "Goedhart", "Linger", "Esajas", "Doorson", "Sabajo", "Aloema",
     "Zalmijn", "Redmond", "Tjin-A-Djie"),
)  # fmt: skip
_IKE = (
    ("Taamusi", "Jaaji", "Elisapi", "Aisa", "Tumasi", "Siasi", "Mattiusi", "Qalingo", "Maata",
     "Putulik", "Pasha", "Ulaayu", "Akinisie", "Sarollie"),
    ("Tukalak", "Nappaaluk", "Qumaq", "Anautak", "Kasudluak", "Tukkiapik", "Angutinguak",
     "Qisiiq", "Uqaituk", "Sivuarapik", "Mesher", "Ningiuruvik", "Elijassiapik", "Tulugak",
     "Kauki", "Ittukallak", "Tooktoo"),
)  # fmt: skip
_OJI = (
    ("Nimkii", "Ziibiwin", "Ogimaa", "Binesi", "Memengwaa", "Aandeg"),
    ("Kakegamic", "Meekis", "Fiddler", "Beardy", "Sakanee", "Moonias", "Bighetty", "Kejick",
     "Kwandibens", "Wabasse", "Nanokeesic", "Neganegijig", "Shawanda", "Manitowabi",
     "Pheasant", "Mandamin", "Assinewe", "Misquadis", "Cheechoo", "Kitchikake", "Keesick"),
)  # fmt: skip
_LKT = (
    ("Wanbli", "Tatanka", "Zitkala", "Mahpiya", "Hehaka", "Chumani", "Wichapi", "Ohanzee",
     "Takoda", "Wakinyan", "Anpo", "Wiyaka"),
    ("Kills Enemy", "Tobacco", "Cuny", "Mesteth", "Giago", "Zephier", "Ecoffey", "Bissonette",
     "Thunderhawk", "Ironcloud", "Tallbull", "Shangreaux", "Mousseau", "Twiss", "Provost",
     "Pourier", "Bettelyoun"),
)  # fmt: skip
_FRY = (
    ("Sjoerd", "Hylke", "Gerbrich", "Tsjitske", "Wytske", "Durk", "Auke", "Sytse", "Baukje",
     "Jitske", "Tjeerd", "Hessel", "Lolkje", "Rinse", "Bauke", "Ypie", "Wobbe"),
    ("Dijkstra", "Boersma", "Tjeerdsma", "Hylkema", "Bijlsma", "Hettinga", "Sikkema", "Nauta",
     "Okkema", "Feenstra", "Kingma", "Haitsma", "Rienks", "Oosterhof", "Brouwer", "Anema",
     "Tolsma"),
)  # fmt: skip
_CSB = (
    ("Truda", "Brunon", "Alojzy", "Hela", "Gerta", "Leon", "Bòlesłôw", "Kùba"),
    ("Labuda", "Bolduan", "Kreft", "Necel", "Treder", "Bork", "Szreder", "Grzenkowicz",
     "Klinkosz", "Rompca", "Formela", "Drzeżdżon", "Wenta", "Kąkol", "Stenka", "Kwidzyński",
     "Landowski", "Sychta"),
)  # fmt: skip
# Names in other scripts, each group's given and family names of one script.
_ABK_CYR = (
    ("Алхас", "Астамур", "Даур", "Нала", "Адгур", "Гунда"),
    ("Ардзинба", "Багапш", "Анкваб", "Гумба", "Тарба", "Лакоба", "Агрба", "Хагба", "Ашуба"),
)  # fmt: skip
_ADY_CYR = (
    ("Гощэ", "Тембот", "Аскербий", "Хазрет", "Аминэт"),
    ("Шовгенов", "Хуадэ", "Нехай", "Натхо", "Мэрэтыкъу", "Гишев"),
)  # fmt: skip
_CHV_CYR = (
    ("Нарспи", "Сетнер", "Илем", "Салампи", "Атнер", "Уксай"),
    ("Айги", "Хусанкай", "Тукташ", "Уяр", "Ухсай", "Ентешпи"),
)  # fmt: skip
_HAZ_AR = (
    ("زهرا", "شریفه", "جواد", "فرزانه", "مرضیه"),
    ("سلطانی", "ناصری", "شریفی", "اکبری", "یوسفی", "چنگیزی", "بامیانی"),
)  # fmt: skip
_IKE_SYL = (
    ("ᑖᒧᓯ", "ᔮᔨ", "ᐃᓕᓴᐱ", "ᐊᐃᓴ", "ᒫᑕ", "ᐳᑐᓕᒃ"),
    ("ᑐᑲᓚᒃ", "ᓇᑉᐹᓗᒃ", "ᖁᒪᖅ", "ᐊᓇᐅᑕᒃ", "ᑐᑭᐊᐱᒃ", "ᑐᓗᒐᒃ", "ᑲᐅᑭ"),
)  # fmt: skip
_V21_LOCALES = (
    "sme", "fur", "ady", "abk", "chv", "nen", "haz", "bal", "snd", "ifu", "qvi", "her", "kua",
    "xho", "pap", "srn", "ike", "oji", "lkt", "fry", "csb",
    "abkcyr", "adycyr", "chvcyr", "hazar", "ikesyl",
)  # fmt: skip
_V21_GROUPS = (
    _SME, _FUR, _ADY, _ABK, _CHV, _NEN, _HAZ, _BAL, _SND, _IFU, _QVI, _HER, _KUA, _XHO, _PAP,
    _SRN, _IKE, _OJI, _LKT, _FRY, _CSB,
    _ABK_CYR, _ADY_CYR, _CHV_CYR, _HAZ_AR, _IKE_SYL,
)  # fmt: skip
_V21_LATIN = tuple(range(21))  # the groups written in Latin letters
V21_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V21_GROUPS for g in givens))
V21_FAMILY = tuple(dict.fromkeys(f for _, families in _V21_GROUPS for f in families))
# Xhosa clan names (iziduko), used as a polite address ("Mam'Mpondomise", "Tata Madiba").
_XHO_CLAN = ("Mam'Qwathi", "Tata Jola", "Mam'Tshawe", "Tata Nkwali", "Mam'Gcina")
V21_NICKNAMES = _XHO_CLAN

# Places by group.
_SME_PLACES = ("Máze, 9525 Kautokeino", "Fossestrand 12, 9520 Guovdageaidnu", "Karasjok",
               "Báhccavuotna, 9730 Karasjohka", "Nesseby, Unjárga", "Masi, Finnmark")  # fmt: skip
_SME_SE_PLACES = ("Jokkmokk, Norrbotten", "Storgatan 9, 981 31 Kiruna", "Gällivare",
                  "Arjeplog, 938 31")  # fmt: skip
_SME_FI_PLACES = ("Utsjoki, 99980", "Inarintie 14, 99870 Inari", "Karigasniemi",
                  "Vuotso, Sodankylä")  # fmt: skip
_FUR_PLACES = ("via Roma 14, 33028 Tolmezzo (UD)", "borgo Grazzano 21, Udine",
               "frazione Illegio, Tolmezzo", "via Pontebbana 7, Resiutta", "Sauris di Sotto 42",
               "piazza Venerio 3, Gemona del Friuli")  # fmt: skip
_FUR_ABROAD = ("Villa Regina, Río Negro, Argentina", "Colonia Caroya, Córdoba", "Esch-sur-Alzette",
               "Timmins, Ontario")  # fmt: skip
_ADY_PLACES = ("aul Khakurinokhabl, Shovgenovsky district", "ul. Pionerskaya 312, Maykop",
               "aul Ponezhukay, Teuchezhsky district", "aul Afipsip, Takhtamukaysky district",
               "Kfar Kama, Lower Galilee")  # fmt: skip
_ADY_CYR_PLACES = ("г. Майкоп, ул. Пионерская, д. 312, кв. 9", "а. Понежукай, ул. Ленина, д. 4",
                   "Республика Адыгея, а. Хакуринохабль")  # fmt: skip
_ABK_PLACES = ("Lykhny, Gudauta district", "ul. Aidgylara 21, Sukhum", "village Duripsh",
               "Novy Afon, ul. Lakoba 5", "Tkuarchal")  # fmt: skip
_ABK_CYR_PLACES = ("г. Сухум, ул. Лакоба, д. 21, кв. 3", "с. Лыхны, Гудаутский район",
                   "с. Дурипш", "г. Гагра, ул. Абазгаа, д. 8")  # fmt: skip
_CHV_PLACES = ("Cheboksary, ul. K. Ivanova 11", "Alikovo, Chuvash Republic", "Yadrin",
               "Kanash, ul. Lenina 40", "Shemursha village")  # fmt: skip
_CHV_CYR_PLACES = ("г. Чебоксары, ул. К. Иванова, д. 11, кв. 52", "с. Аликово, ул. Парковая, "
                   "д. 3", "г. Канаш, ул. Ленина, д. 40")  # fmt: skip
_NEN_PLACES = (
    "Yar-Sale, Yamalsky district",
    "Seyakha trading post",
    "Nelmin-Nos, NAO",
    "Krasnoye, Nenets Autonomous Okrug",
    "Antipayuta",
    "Naryan-Mar, ul. Smidovicha 9",
)
_HAZ_PLACES = ("Mari Abad, Quetta", "Hazara Town, Brewery Road, Quetta", "Dasht-e Barchi, "
               "Kabul", "Nili, Daikundi", "Jaghori, Ghazni", "Yakawlang, Bamyan")  # fmt: skip
_HAZ_AR_PLACES = ("دشت برچی، کابل", "مری آباد، کویته", "یکاولنگ، بامیان", "نیلی، دایکندی")
_BAL_PLACES = ("Sui, Dera Bugti", "Kohlu, Marri hills", "Turbat, Kech", "Gwadar old town",
               "Kalat, Mengal bazaar", "Nushki", "Panjgur")  # fmt: skip
_SND_PLACES = ("Hirabad, Hyderabad, Sindh", "Larkana, Bunder Road", "Mithi, Tharparkar",
               "Shikarpur, Lakhi Darwaza", "Tando Allahyar", "Kotri")  # fmt: skip
_IFU_PLACES = ("Barangay Poblacion, Banaue", "Sitio Batad, Banaue, Ifugao", "Kiangan, Ifugao",
               "Barangay Hapao, Hungduan", "Lagawe, Ifugao", "Mayoyao")  # fmt: skip
_QVI_PLACES = ("Peguche, Otavalo", "Ilumán, Otavalo, Imbabura", "Agato", "Quinchuquí",
               "La Compañía, Otavalo", "Cotacachi, calle Bolívar 9-41")  # fmt: skip
_HER_PLACES = ("Okakarara", "Otjinene", "Katutura, Windhoek", "Opuwo, Kunene", "Gobabis",
               "Erf 2214, Okahandja")  # fmt: skip
_KUA_PLACES = ("Ongwediva", "Oshakati East", "Okalongo", "Ondangwa, Oshana", "Outapi",
               "Ohangwena")  # fmt: skip
_XHO_PLACES = ("Qunu, Mthatha", "Mdantsane NU 8, East London", "Ngqeleni", "Tsolo",
               "KwaNobuhle, Kariega", "Khayelitsha Site C, Cape Town")  # fmt: skip
_PAP_PLACES = ("Kaya Brakkeput 14, Willemstad", "Barber, Banda Abou", "Santa Rosa, Curaçao",
               "Noord, Aruba", "Savaneta 22, Aruba", "Seru Fortuna")  # fmt: skip
_SRN_PLACES = ("Latourweg 21, Paramaribo", "Wanica, Lelydorp", "Marowijne, Albina",
               "Commewijne, Tamanredjo", "Brokopondo")  # fmt: skip
_IKE_PLACES = ("Puvirnituq, QC J0M 1P0", "Inukjuak", "Salluit, QC J0M 1S0", "Kangiqsujuaq",
               "Akulivik", "Kuujjuaraapik")  # fmt: skip
_IKE_SYL_PLACES = ("ᐳᕕᕐᓂᑐᖅ", "ᐃᓄᒃᔪᐊᒃ", "ᓴᓪᓗᐃᑦ", "ᑲᖏᖅᓱᔪᐊᖅ")
_OJI_PLACES = ("Sandy Lake First Nation", "Kitchenuhmaykoosib Inninuwug", "Wapekeka",
               "Bearskin Lake, ON P0V 1E0", "Wikwemikong", "Lac Seul")  # fmt: skip
_LKT_PLACES = ("Kyle, SD 57752", "Porcupine, SD", "Wanblee, SD 57577", "Manderson, SD",
               "Oglala, SD 57764", "Rosebud, SD 57570")  # fmt: skip
_FRY_PLACES = ("Skearnegoutum, Ljouwert", "Tsjerkebuorren 5, Grou", "Hegebeintum",
               "Dokkum, Grutte Breedstrjitte 7", "Warkum", "Aldeboarn")  # fmt: skip
_CSB_PLACES = ("ul. Kościerska 12, 83-300 Kartuzy", "Chmielno", "Wiele, gm. Karsin", "Puck",
               "Jastarnia, ul. Rybacka 4", "Kościerzyna")  # fmt: skip
_PK_INST = ("Bolan Medical Complex, Quetta", "Civil Hospital Turbat", "Chandka Medical "
            "College Hospital, Larkana", "Liaquat University Hospital, Hyderabad")  # fmt: skip
_INSTITUTIONS = (
    "Finnmarkssykehuset Hammerfest", "Sunniva hospice, Tromsø", "Ospedale di Tolmezzo",
    "Azienda Ospedaliera S. Maria della Misericordia, Udine", "Adyghe Republican Hospital",
    "Republican Cardiology Dispensary, Cheboksary", "Bolan Medical Complex, Quetta",
    "Chandka Medical College Hospital", "Ifugao Provincial Hospital", "Hospital San Luis de "
    "Otavalo", "Katutura State Hospital", "Oshakati Intermediate Hospital", "Frere Hospital",
    "Curaçao Medical Center", "Academisch Ziekenhuis Paramaribo", "Inuulitsivik Health Centre",
    "Meno Ya Win Health Centre", "Pine Ridge IHS Hospital", "Medisch Centrum Leeuwarden",
    "Szpital Specjalistyczny w Kościerzynie",
)  # fmt: skip
_INST_NO = ("Finnmarkssykehuset Kirkenes", "Sunniva hospice, Tromsø", "Samisk helsepark")
_INST_SE = ("Gällivare sjukhus", "Sunderby sjukhus, Luleå")
_INST_IT = ("Ospedale S. Maria della Misericordia, Udine", "Ospedale di Tolmezzo")
_INST_RU = ("Adyghe Republican Clinical Hospital", "Republican Hospital, Cheboksary")
_INST_PH = ("Ifugao Provincial Hospital", "Baguio General Hospital")
_INST_EC = ("Hospital San Luis de Otavalo", "Centro de Salud Ilumán")
_INST_ZA = ("Frere Hospital", "Nelson Mandela Academic Hospital, Mthatha")
_INST_CW = ("Botica Brion, Willemstad", "Apotheek Otrobanda")
_INST_PL = ("Szpital w Kościerzynie", "Szpital Kartuzy")
_HOSTS = ("sunniva-tromso.no", "tolmezzo.example.it", "quetta-clinic.pk", "nunavik-msss.ca",
          "ljouwert.example.nl")  # fmt: skip
_US = (("Main St", "Kyle", "SD", "57752"), ("Bear Creek Rd", "Pine Ridge", "SD", "57770"),
       ("Front St", "Sioux Lookout", "ON", "P8T 1B8"), ("Rue Principale", "Kuujjuaq", "QC",
       "J0M 1C0"), ("Storgata", "Kautokeino", "NO", "9520"))  # fmt: skip
_SHIPS = ("Abe Wever", "Sûnderwyn", "Kalmanka", "Nordstjernen", "Waterland Trader")

# Months and numerals in the languages of the forms.
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_NO_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
              "oktober", "november", "desember")  # fmt: skip
_IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")  # fmt: skip
_HIJRI_MONTHS = ("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
                 "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
                 "Dhu al-Hijjah")  # fmt: skip
_SH_MONTHS = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی",
              "دلو", "حوت")  # fmt: skip
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "O": "0", "I": "1", "S": "5", "B": "8"}
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_RU_PLATE = "АВЕКМНОРСТУХ"
_IT_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                    20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))  # fmt: skip


def _norm(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isascii() and c.isalpha()).upper()


def _words(n: int) -> str:
    """English words for 0 < n < 200."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 10:
        return _ONES[n]
    if n < 20:
        return ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen")[n - 10]  # fmt: skip
    return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")


def _suffix(n: int) -> str:
    return "th" if 10 < n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _fa(text: str) -> str:
    return "".join(_FA_DIGITS[int(c)] if c.isdigit() else c for c in text)


def _ocr(rng: random.Random, text: str, p: float = 0.35) -> str:
    return "".join(_OCR.get(c, c) if rng.random() < p else c for c in text)


def _hijri(d: date) -> tuple[int, int, int]:
    """(year, month, day) in the tabular Islamic calendar (a day either side of the sighting)."""
    jdn = d.toordinal() + 1721425
    n_l = jdn - 1948440 + 10632
    n = (n_l - 1) // 10631
    n_l = n_l - 10631 * n + 354
    j = ((10985 - n_l) // 5316) * ((50 * n_l) // 17719) + (n_l // 5670) * ((43 * n_l) // 15238)
    n_l = n_l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * n_l) // 709
    return 30 * n + j - 30, m, n_l - (709 * m) // 24


def _solar_hijri(d: date) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar, the year taken to start on 21 March."""
    start = date(d.year, 3, 21) if d >= date(d.year, 3, 21) else date(d.year - 1, 3, 21)
    offset = (d - start).days
    if offset < 186:
        month, day = offset // 31, offset % 31
    else:
        month, day = min(6 + (offset - 186) // 30, 11), (offset - 186) % 30
        if month == 11:
            day = offset - 186 - 150
    return start.year - 621, month + 1, day + 1


def _luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        x = int(c) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return str((10 - total % 10) % 10)


def _fnr(rng: random.Random, born: date) -> str:
    """A Norwegian fødselsnummer with both mod-11 check digits."""
    while True:
        base = [int(c) for c in f"{born:%d%m%y}"] + [rng.randrange(10) for _ in range(3)]
        k1 = 11 - sum(x * w for x, w in zip(base, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(x * w for x, w in zip([*base, k1], w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k1 < 10 and k2 < 10:
            return "".join(map(str, base)) + f"{k1}{k2}"


def _iban(rng: random.Random, country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    s = f"{country}{98 - int(num) % 97:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def _codice_fiscale(rng: random.Random, given: str, family: str, born: date) -> str:
    def letters(name: str, first: bool) -> str:
        cons = [c for c in _norm(name) if c not in "AEIOU"]
        vow = [c for c in _norm(name) if c in "AEIOU"]
        if not first and len(cons) > 3:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vow) + "XXX")[:3]

    day = born.day + rng.choice((0, 40))
    body = (
        f"{letters(family, True)}{letters(given, False)}{born:%y}"
        f"{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{rng.choice('LGFE')}{rng.randrange(100, 999)}"
    )
    total = sum(
        _IT_ODD[c] if i % 2 == 0 else (ord(c) - 65 if c.isalpha() else int(c))
        for i, c in enumerate(body)
    )
    return body + chr(65 + total % 26)


def _inn(rng: random.Random) -> str:
    """A Russian personal INN (12 digits) with both check digits."""
    digits = [int(c) for c in rng.choice(("01", "21", "83", "89"))]
    digits += [rng.randrange(10) for _ in range(8)]
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(x * w for x, w in zip(digits, w11, strict=True)) % 11 % 10)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(x * w for x, w in zip(digits, w12, strict=True)) % 11 % 10)
    return "".join(map(str, digits))


def _mrz_check(text: str) -> str:
    def value(c: str) -> int:
        return 0 if c == "<" else int(c, 36)

    return str(sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def _isbt(rng: random.Random) -> str:
    """An ISBT 128 donation identification number with its ISO 7064 mod 37-2 check character."""
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
    fin = rng.choice("GWJK") + "".join(rng.choice("0123456789") for _ in range(4))
    year = f"{rng.randrange(24, 29)}"
    serial = "".join(rng.choice("0123456789") for _ in range(6))
    p = 0
    for c in fin + year + serial:
        p = ((p + chars.index(c)) * 2) % 37
    check = chars[(38 - p) % 37]
    return rng.choice((f"{fin} {year} {serial} {check}", f"={fin}{year}{serial}00"))


def _v21_person(rng: random.Random, groups: tuple[int, ...] = _V21_LATIN) -> tuple[str, str]:
    """A given and a family name of one group (by default any group written in Latin letters)."""
    givens, families = _V21_GROUPS[rng.choice(groups)]
    return rng.choice(givens), rng.choice(families)


def _v21_name(rng: random.Random, style: str) -> str:
    if style.endswith("caps") and style[:-4] in _V21_LOCALES:  # forms: family name in capitals
        given, family = _v21_person(rng, (_V21_LOCALES.index(style[:-4]),))
        return rng.choice((f"{family.upper()} {given}", f"{family.upper()} {given.upper()}"))
    if style.endswith("low") and style[:-3] in _V21_LOCALES:  # chat: lower case, often one name
        given, family = _v21_person(rng, (_V21_LOCALES.index(style[:-3]),))
        return rng.choice((given.lower(), f"{given} {family}".lower()))
    if style == "hazgiven":
        return rng.choice(_HAZ[0])
    if style in _V21_LOCALES:
        given, family = _v21_person(rng, (_V21_LOCALES.index(style),))
        if style in ("abkcyr", "adycyr", "chvcyr"):  # family name first, or with initials
            return rng.choice((f"{family} {given}", f"{family} {given[0]}. {rng.choice('АДСХ')}.",
                               f"{given} {family}"))  # fmt: skip
        if style in ("hazar", "ikesyl"):
            return f"{given} {family}"
        if style == "haz":  # often no family name: the given name and the father's
            return rng.choice((f"{given} {family}", given, f"{given} {rng.choice(_HAZ[0])}"))
        if style == "xho":
            return rng.choice((f"{given} {family}", f"{rng.choice(_XHO_CLAN)} {family}",
                               f"{family}, {given}"))  # fmt: skip
        if style == "qvi":  # two given names and two family names
            return rng.choice((f"{given} {family}", f"{given} {rng.choice(_QVI[0])} {family} "
                               f"{rng.choice(_QVI[1])}"))  # fmt: skip
        if style == "fur":
            return rng.choice((f"{given} {family}", f"{family} {given}", f"{given} {family}"))
        if style == "sme":
            return rng.choice((f"{given} {family}", f"{given} {family}", f"{given} {family} "
                               f"{rng.choice(_SME[1])}"))  # fmt: skip
        return rng.choice((f"{given} {family}", f"{given} {family}", f"{family}, {given}"))
    given, family = _v21_person(rng)
    if style == "mrz":
        return f"{_norm(family)}<<{_norm(given)}".replace(" ", "<")
    shapes = {
        "": (f"{given} {family}", f"{given} {family}", f"{family}, {given}",
             f"{given[0]}. {family}", family),
        "given": (given,),
        "familyu": (family.upper(),),
        "caps": (f"{family.upper()}, {given}", f"{given.upper()} {family.upper()}"),
        "comma": (f"{family}, {given}",),
        "sig": (f"{given} {family}", f"{given[0]}. {family}"),
        "init": (f"{given[0]}{family[0].upper()}", f"{given[0]}.{family[0].upper()}."),
        "user": (_norm(given)[:1].lower() + _norm(family).lower(),),
        "lower": (given.lower(), f"{given} {family}".lower()),
        "hl7": (f"{family.upper()}^{given.upper()}", f"{family}^{given}^^^"),
        "vcard": (f"{family};{given};;;",),
        "qr": (f"{_norm(family)}<<{_norm(given)}", f"{family}/{given}"),
        "latex": (f"{given} {family}", f"\\textsc{{{family}}}, {given}"),
        "ocr": (_ocr(rng, f"{family.upper()} {given.upper()}", 0.3),),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown NAME shape {style!r}")
    return rng.choice(shapes[style])


def _v21_age(rng: random.Random, style: str) -> str:
    """An age over 89 (90 to 109) in the written form ``style`` asks for."""
    n = rng.randrange(90, 110)
    half = rng.choice(("½", " and a half", ".5"))
    ru = "год" if n % 10 == 1 and n % 100 != 11 else "года" if n % 10 in (2, 3, 4) else "лет"
    shapes = {
        "": (str(n), f"{n} years", f"{n}y", f"{n}{half}"),
        "num": (str(n),),
        "paren": (f"{n}F", f"F/{n}", f"{n}M", f"{n} y/o"),
        "y": (f"{n}-year-old", f"{n} y/o", f"{n} yrs", f"{n} yo"),
        "words": (_words(n), f"{_words(n)} years old", f"{_words(n)} and a half"),
        "no": (f"{n} år", f"{n} år gammel"),
        "sv": (f"{n} år", f"{n} å"),
        "fi": (f"{n}-vuotias", f"{n} v."),
        "it": (f"{n} anni", f"di anni {n}", f"{n} aa."),
        "ru": (f"{n} {ru}", f"{n} л."),
        "fa": (f"{_fa(str(n))} ساله", f"{n} ساله"),
        "ur": (f"{n} سال", f"{n} years"),
        "es": (f"{n} años", f"{n} a."),
        "xh": (f"iminyaka engama-{n}", f"{n} years"),
        "pap": (f"{n} aña",),
        "srn": (f"{n} yari", f"{n} jaar"),
        "iu": (f"{n}", f"ᐅᑭᐅᖃᖅᑐᖅ {n}"),
        "fy": (f"{n} jier", f"{n} jaar"),
        "pl": (f"{n} lat", f"l. {n}"),
    }
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v21_date(rng: random.Random, style: str) -> str:
    if style in ("dob", "isodob", "hl7dob", "ocr", "roman"):
        d = date(1916, 1, 1) + timedelta(days=rng.randrange(365 * 20))
    else:
        d = date(2021, 1, 1) + timedelta(days=rng.randrange(365 * 7))
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    mon, m0 = _EN_MONTHS[d.month - 1], d.month - 1
    h_y, h_m, h_d = _hijri(d)
    s_y, s_m, s_d = _solar_hijri(d)
    iso_y, iso_w, iso_d = d.isocalendar()
    nth = f"{d.day}{_suffix(d.day)}"
    shapes = {
        "": (f"{d:%d/%m/%Y}", f"{d.day} {mon} {d.year}", d.isoformat()),
        "dob": (f"{d:%m/%d/%Y}", f"{d.day} {mon[:3]} {d.year}", f"{d:%d.%m.%Y}"),
        "us": (f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}"),
        "long": (f"{d.day} {mon} {d.year}", f"{mon} {d.day}, {d.year}"),
        "iso": (d.isoformat(),),
        "isodob": (d.isoformat(),),
        "hl7": (f"{d:%Y%m%d}{hh:02d}{mi:02d}", f"{d:%Y%m%d}"),
        "hl7dob": (f"{d:%Y%m%d}",),
        "ics": (f"{d:%Y%m%d}T{hh:02d}{mi:02d}00Z", f"{d:%Y%m%d}T{hh:02d}{mi:02d}00"),
        "rfc": (f"{d:%a}, {d.day} {mon[:3]} {d.year} {hh:02d}:{mi:02d}:{ss:02d} +0100",),
        "stamp": (f"{d.isoformat()}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                  f"{d:%d.%m.%Y} {hh:02d}:{mi:02d}"),
        "week": (f"{iso_y}-W{iso_w:02d}-{iso_d}", f"week {iso_w} of {iso_y}"),
        "roman": (f"{d.day}.{_ROMAN[m0]}.{d.year}", f"{d.day} {_ROMAN[m0]} {d.year}"),
        "inst": (f"{nth} inst.", f"{nth} ult.", f"{nth} inst"),
        "hijri": (f"{h_d} {_HIJRI_MONTHS[h_m - 1]} {h_y} AH", f"{h_d:02d}/{h_m:02d}/{h_y} H"),
        "sh": (_fa(f"{s_y}/{s_m:02d}/{s_d:02d}"), f"{_fa(str(s_d))} {_SH_MONTHS[s_m - 1]} "
               f"{_fa(str(s_y))}", f"{s_y}/{s_m}/{s_d} هـ.ش"),
        "no": (f"{d:%d.%m.%Y}", f"{d.day}. {_NO_MONTHS[m0]} {d.year}"),
        "se": (d.isoformat(), f"{d:%y%m%d}"),
        "fi": (f"{d.day}.{d.month}.{d.year}",),
        "it": (f"{d:%d/%m/%Y}", f"{d.day} {_IT_MONTHS[m0]} {d.year}"),
        "ru": (f"{d:%d.%m.%Y}", f"{d.day} {_RU_MONTHS[m0]} {d.year} г."),
        "es": (f"{d:%d/%m/%Y}", f"{d.day} de {_ES_MONTHS[m0]} de {d.year}"),
        "nl": (f"{d:%d-%m-%Y}", f"{d.day} {_NL_MONTHS[m0]} {d.year}"),
        "pk": (f"{d:%d-%m-%Y}", f"{d.day}-{mon[:3]}-{d.year}"),
        "ocrday": (_ocr(rng, f"{d:%d/%m/%y} {hh:02d}:{mi:02d}", 0.4),),
        "ocr": (_ocr(rng, f"{d:%d/%m/%Y}", 0.4),),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes[style])


def _v21_geo(rng: random.Random, style: str) -> str:
    lists = {
        "sme": _SME_PLACES, "smese": _SME_SE_PLACES, "smefi": _SME_FI_PLACES, "fur": _FUR_PLACES,
        "furabroad": _FUR_ABROAD, "ady": _ADY_PLACES, "adycyr": _ADY_CYR_PLACES,
        "abk": _ABK_PLACES, "abkcyr": _ABK_CYR_PLACES, "chv": _CHV_PLACES,
        "chvcyr": _CHV_CYR_PLACES, "nen": _NEN_PLACES, "haz": _HAZ_PLACES, "hazar": _HAZ_AR_PLACES,
        "bal": _BAL_PLACES, "snd": _SND_PLACES, "ifu": _IFU_PLACES, "qvi": _QVI_PLACES,
        "her": _HER_PLACES, "kua": _KUA_PLACES, "xho": _XHO_PLACES, "pap": _PAP_PLACES,
        "srn": _SRN_PLACES, "ike": _IKE_PLACES, "ikesyl": _IKE_SYL_PLACES, "oji": _OJI_PLACES,
        "lkt": _LKT_PLACES, "fry": _FRY_PLACES, "csb": _CSB_PLACES, "inst": _INSTITUTIONS,
        "instno": _INST_NO, "instse": _INST_SE, "instit": _INST_IT, "instru": _INST_RU,
        "instpk": _PK_INST, "instph": _INST_PH, "instec": _INST_EC, "instza": _INST_ZA,
        "instcw": _INST_CW, "instpl": _INST_PL, "host": _HOSTS,
    }  # fmt: skip
    if style in lists:
        return rng.choice(lists[style])
    if style == "coord":
        lat, lon = rng.uniform(66, 72), rng.uniform(60, 80)
        return rng.choice((f"{lat:.4f}N {lon:.4f}E", f"{lat:.5f}, {lon:.5f}"))
    n = rng.randrange(2, 999)
    us = rng.choice(_US)
    shapes = {
        "": (
            f"{n} {us[0]}, {us[1]}, {us[2]} {us[3]}",
            rng.choice(_SME_PLACES),
            rng.choice(_FRY_PLACES),
            rng.choice(_QVI_PLACES),
            rng.choice(_XHO_PLACES),
        ),
        "hl7": (f"{n} {us[0]}^^{us[1]}^{us[2]}^{us[3]}",),
    }
    if style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    return rng.choice(shapes[style])


def _v21_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v21 shape (``style``: the shape a field asks for)."""

    def d(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    def up(k: int) -> str:
        return "".join(rng.choice(_UP) for _ in range(k))

    def hx(k: int) -> str:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(k))

    def pick(shapes: dict[str, tuple[str, ...]]) -> str:
        if style not in shapes:
            raise ValueError(f"unknown {kind} shape {style!r}")
        return rng.choice(shapes[style])

    if kind == "NAME":
        return _v21_name(rng, style)
    if kind == "AGE":
        return _v21_age(rng, style)
    if kind == "DATE":
        return _v21_date(rng, style)
    if kind == "GEO":
        return _v21_geo(rng, style)
    given, family = _v21_person(rng)
    g, f = _norm(given).lower() or "pt", _norm(family).lower() or "pt"
    born = date(1916, 1, 1) + timedelta(days=rng.randrange(365 * 20))
    if kind in ("PHONE", "FAX"):
        return pick({
            "": (f"+47 {d(3)} {d(2)} {d(3)}", f"+39 0433 {d(6)}", f"+31 58 {d(3)} {d(4)}",
                 f"+27 43 {d(3)} {d(4)}", f"(605) {d(3)}-{d(4)}"),
            "no": (f"+47 {d(3)} {d(2)} {d(3)}", f"78 48 {d(2)} {d(2)}", f"9{d(7)}"),
            "fi": (f"040 {d(7)}", f"+358 16 {d(6)}"),
            "it": (f"+39 0433 {d(6)}", f"347 {d(3)} {d(4)}", f"0432/{d(6)}"),
            "ru": (f"+7 (8772) {d(2)}-{d(2)}-{d(2)}", f"8 (8352) {d(2)}-{d(2)}-{d(2)}",
                   f"+7 940 {d(3)}-{d(2)}-{d(2)}", f"+7 (34992) {d(1)}-{d(2)}-{d(2)}"),
            "pk": (f"+92 3{d(2)} {d(7)}", f"03{d(2)}-{d(7)}", f"081-{d(7)}"),
            "af": (f"+93 7{d(2)} {d(3)} {d(3)}", _fa(f"07{d(2)} {d(3)} {d(3)}")),
            "in": (f"+91 98{d(8)}", f"0251-{d(7)}"),
            "ph": (f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)}-{d(3)}-{d(4)}"),
            "ec": (f"+593 9{d(8)}", f"09{d(8)}", f"(06) 2{d(3)}-{d(3)}"),
            "na": (f"+264 81 {d(3)} {d(4)}", f"081 {d(3)} {d(4)}"),
            "za": (f"+27 7{d(1)} {d(3)} {d(4)}", f"043 {d(3)} {d(4)}", f"082-{d(3)}-{d(4)}"),
            "cw": (f"+599 9 {d(3)} {d(4)}", f"+297 {d(3)} {d(4)}"),
            "sr": (f"+597 8{d(6)}", f"{d(3)}-{d(4)}"),
            "nl": (f"06-{d(8)}", f"+31 58 {d(3)} {d(4)}", f"058 {d(7)}"),
            "pl": (f"+48 58 {d(3)} {d(2)} {d(2)}", f"{d(3)} {d(3)} {d(3)}"),
            "qc": (f"(819) 988-{d(4)}", f"819-964-{d(4)}", f"1 819 {d(3)} {d(4)}"),
            "on": (f"(807) {d(3)}-{d(4)}", f"807.{d(3)}.{d(4)}"),
            "sat": (f"+870 7{d(8)}", f"+881 6{d(8)}"),
            "hl7": (f"^PRN^PH^^1^605^{d(7)}", f"({d(3)}){d(3)}-{d(4)}"),
            "spoken": (" ".join(_words(int(c)) or "zero" for c in "605" + d(7)),
                       f"six oh five {d(3)} {d(4)}"),
            "ocr": (_ocr(rng, f"+47 {d(3)} {d(2)} {d(3)}", 0.3),),
        })  # fmt: skip
    if kind == "EMAIL":
        return pick({
            "": (f"{g}.{f}@gmail.com", f"{f}{d(2)}@online.no", f"{g}_{f}@libero.it",
                 f"{g}{f[0]}@yandex.ru", f"{f}.{g}@ziggo.nl"),
        })  # fmt: skip
    if kind == "SSN":
        fnr = _fnr(rng, born)
        return pick({
            "": (f"{d(3)}-{d(2)}-{d(4)}",),
            "us": (f"{d(3)}-{d(2)}-{d(4)}",),
            "fnr": (fnr, f"{fnr[:6]} {fnr[6:]}"),
            "pnr": (_pnr(born, d(3)),),
            "hetu": (_hetu(born, d(3)),),
            "cf": (_codice_fiscale(rng, given, family, born),),
            "inn": (_inn(rng),),
            "abkpass": (f"{rng.choice(_RU_PLATE)}{rng.choice(_RU_PLATE)} {d(6)}",),
            "cnic": (_cnic(rng, d),),
            "por": (f"AF{d(2)}-{d(7)}", f"PoR {d(10)}"),
            "tazkira": (f"{rng.randrange(1398, 1404)}-{d(4)}-{d(5)}",),
            "philsys": (f"{d(4)}-{d(4)}-{d(4)}-{d(4)}",),
            "ec": (_cedula_ec(rng),),
            "na": (f"{born:%y%m%d}{d(5)}",),
            "za": (_za_id(rng, born),),
            "cw": (f"{born:%Y%m%d}{d(2)}",),
            "sr": (f"{up(2)}{d(6)}",),
            "status": (d(10), f"{d(3)} {d(5)} {d(2)}"),
            "bsn": (_bsn(rng),),
            "mrz": (_mrz_line(rng, d, born),),
        })  # fmt: skip
    if kind == "MRN":
        return pick({"": (d(7), f"{d(2)}-{d(5)}", f"K{d(7)}")})
    if kind == "HEALTH_PLAN":
        return pick({
            "": (f"{up(3)}{d(9)}", f"{d(4)} {d(4)} {d(4)}"),
            "ts": (f"80380{d(15)}",),
            "oms": (d(16),),
            "sehat": (f"SC-{d(13)}",),
            "philhealth": (f"{d(2)}-{d(9)}-{d(1)}",),
            "za": (d(9), f"{up(2)}{d(7)}"),
            "svb": (f"SVB-{d(7)}", d(9)),
            "ramq": (f"{_norm(family)[:3]}{_norm(given)[:1]} {born:%y}"
                     f"{born.month + rng.choice((0, 50)):02d} {born:%d}{d(2)}",),
            "ohip": (f"{d(4)}-{d(3)}-{d(3)}-{up(2)}",),
        })  # fmt: skip
    if kind == "ACCOUNT":
        return pick({
            "": (d(9), f"AC-{d(7)}"),
            "isbt": (_isbt(rng),),
            "ibanit": (_iban(rng, "IT", f"{rng.choice(_UP)}0{d(4)}{d(5)}{d(12)}"),),
            "ibanpk": (_iban(rng, "PK", f"HABB{d(16)}"), _iban(rng, "PK", f"MEZN{d(16)}")),
            "ibannl": (_iban(rng, "NL", f"{rng.choice(('RABO', 'INGB', 'ABNA'))}{d(10)}"),),
            "card": (_card(rng, d), f"**** **** **** {d(4)}"),
            "spec": (f"{rng.choice(('SP', 'BC', 'LR'))}{d(9)}", f"{d(2)}{up(1)}{d(8)}"),
            "claim": (f"CLM-{d(8)}", f"{d(4)}/{d(6)}"),
            "triage": (f"{up(1)}{d(6)}", f"MCI-{d(5)}"),
            "saps": (f"CAS {d(3)}/{rng.randrange(1, 13):02d}/{rng.randrange(2021, 2028)}",),
            "rx": (f"{d(7)}", f"RX-{d(6)}"),
            "msg": (f"MSG{d(8)}",),
            "straw": (f"{up(2)}-{d(6)}-{rng.randrange(1, 9)}",),
        })  # fmt: skip
    if kind == "LICENSE":
        return pick({
            "": (f"{up(1)}{d(7)}", f"RN-{d(6)}"),
            "sd": (d(8),),
        })  # fmt: skip
    if kind == "VEHICLE":
        return pick({
            "": (f"{up(2)} {d(5)}", f"{d(2)}-{up(3)}-{d(1)}"),
            "no": (f"ZE {d(5)}", f"{up(2)} {d(5)}"),
            "ru": (f"{rng.choice(_RU_PLATE)}{d(3)}{rng.choice(_RU_PLATE)}{rng.choice(_RU_PLATE)} "
                   f"{rng.choice(('01', '21', '83', '89'))}",),
            "tail": (f"RA-{rng.choice(('22', '24', '25'))}{d(3)}", f"C-G{up(3)}", f"C-F{up(3)}",
                     f"N{d(3)}{up(2)}"),
            "pk": (f"{rng.choice(('QAA', 'BKA', 'LKA', 'KAC'))}-{d(3)}", f"BN-{d(4)}"),
            "ph": (f"{up(3)} {d(3)}", f"{up(2)} {d(4)}"),
            "ec": (f"I{up(2)}-{d(4)}", f"P{up(2)}-{d(4)}"),
            "na": (f"N {d(5)} W", f"N {d(4)} OS"),
            "za": (f"{up(3)} {d(3)} EC", f"CA {d(3)}-{d(3)}"),
            "boat": (f"AR {d(4)}", f"PB-{d(3)}-{up(1)}"),
            "shipname": _SHIPS,
            "eni": (f"0{d(7)}", f"02{d(6)}"),
            "on": (f"{up(4)} {d(3)}",),
            "trailer": (f"{rng.randrange(1, 70)}T-{d(4)}", f"TR {d(5)}"),
            "bike": (f"{up(2)}{d(7)}", f"WTU{d(3)}{up(1)}{d(4)}{up(1)}"),
        })  # fmt: skip
    if kind == "DEVICE":
        oct6 = [f"{rng.randrange(256):02X}" for _ in range(6)]
        iccid = "89" + rng.choice(("47", "31", "27", "92", "39")) + d(14)
        return pick({
            "": (f"SN{d(8)}", f"{up(2)}{d(6)}"),
            "sn": (f"{up(3)}{d(6)}", f"{d(2)}{up(1)}{d(7)}", f"{up(1)}{d(4)}-{up(2)}{d(3)}"),
            "bt": (":".join(oct6), f"BT {':'.join(oct6)}"),
            "iccid": (iccid + _luhn(iccid),),
            "imsi": (rng.choice(("24201", "20408", "65501", "41001", "22201")) + d(10),),
            "registry": (f"NAR-{d(8)}", f"RIAP-{d(7)}", f"LROI {d(9)}"),
            "pm": (f"SN {up(3)}{d(6)}", f"SN# {d(7)}"),
        })  # fmt: skip
    if kind == "URL":
        return pick({
            "": (f"https://helsenorge.no/pasient/{d(8)}#journal",),
            "frag": (f"https://portal.example-hospital.no/record/{d(8)}#section-{d(1)}",
                     f"https://mychart.example.org/visit?id={d(7)}#notes",
                     f"https://www.facebook.com/{g}.{f}#photos"),
        })  # fmt: skip
    if kind == "IP":
        a, b, c = rng.randrange(1, 224), rng.randrange(256), rng.randrange(256)
        return pick({
            "": (f"{a}.{b}.{c}.{rng.randrange(1, 255)}",),
            "cidr": (f"{a}.{b}.{c}.{rng.choice((0, 64, 128))}/{rng.choice((26, 28, 29))}",
                     f"{a}.{b}.{c}.{rng.randrange(1, 255)}/32"),
        })  # fmt: skip
    raise ValueError(f"unknown PHI kind {kind!r}")


def _pnr(born: date, serial: str) -> str:
    body = f"{born:%y%m%d}{serial}"
    return f"{born:%y%m%d}{'+' if born.year < 1925 else '-'}{serial}{_luhn(body)}"


def _hetu(born: date, serial: str) -> str:
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{born:%d%m%y}{serial}") % 31]
    return f"{born:%d%m%y}-{serial}{check}"


def _cnic(rng: random.Random, d: Callable[[int], str]) -> str:
    return f"{rng.choice(('4', '5'))}{d(4)}-{d(7)}-{rng.randrange(1, 10)}"


def _cedula_ec(rng: random.Random) -> str:
    digits = [1, 0, rng.randrange(6)] + [rng.randrange(10) for _ in range(6)]
    total = 0
    for i, x in enumerate(digits):
        y = x * (2 if i % 2 == 0 else 1)
        total += y - 9 if y > 9 else y
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def _za_id(rng: random.Random, born: date) -> str:
    body = f"{born:%y%m%d}{rng.randrange(10000):04d}08"
    return body + _luhn(body)


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(x * w for x, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if total < 10:
            return "".join(map(str, digits)) + str(total)


def _card(rng: random.Random, d: Callable[[int], str]) -> str:
    body = rng.choice(("4", "51", "52", "55")) + d(14)
    body = body[:15]
    s = body + _luhn(body)
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def _mrz_line(rng: random.Random, d: Callable[[int], str], born: date) -> str:
    number = f"{rng.choice(_UP)}{rng.choice(_UP)}{d(7)}"
    nat = "NOR"
    dob = f"{born:%y%m%d}"
    expiry = f"{rng.randrange(26, 36)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    personal = "<" * 14
    composite = (number + _mrz_check(number) + dob + _mrz_check(dob) + expiry
                 + _mrz_check(expiry) + personal + _mrz_check(personal))  # fmt: skip
    return (f"{number}{_mrz_check(number)}{nat}{dob}{_mrz_check(dob)}{rng.choice('FM')}"
            f"{expiry}{_mrz_check(expiry)}{personal}{_mrz_check(personal)}"
            f"{_mrz_check(composite)}")  # fmt: skip
