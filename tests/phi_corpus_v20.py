"""The v20 lists of the PHI corpus (``corpus(..., v20=True)`` in ``phi_corpus``).

The held-out row with seed ``V20_SEED``, written blind: without reading the scrubber, its learned
tagger, its rules or the benchmark's reports, and never run against them. It goes where the earlier
lists do not. Names of twenty groups: Buryat (in Latin letters, Cyrillic and the old Mongolian
script, with hyphenated compound given names), Kalmyk, Tuvan (Latin and Cyrillic, with "-ool"
names), Ainu (Latin, katakana and kanji), Shan (after the "Sai" or "Nang" prefix), Wolof, Tigrinya
(Latin and Ge'ez script), Quechua, Aymara, Tongan, Samoan, Cape Verdean (with Kriolu nicknames
after "Nha" and "Nhô"), Gullah Geechee, Cajun and Acadian (with "T-", "Nonc" and "Tante"
nicknames), Siberian Yupik and Inupiaq, Tuareg (with "ag" and "welet", and in Tifinagh), Balinese
(with "I" and "Ni", titles and caste names, also in Balinese script), Iban (with "anak"), Upper
Sorbian and Newar (Latin and Devanagari). None of their given or family names occurs in
``phi_corpus.py`` or ``phi_corpus_v19.py``: checked token by token against every word of both
files, accents and okina stripped, case ignored; only particles and prefixes (ag, welet, anak, ak,
I, Ni, Nha, Nhô, T-, Sai, Nang) occur there. Several are English or clinical words (Polite,
Singleton, Octave, Placide, Mallet, Capers, Champagne, Venus, Puma), and the clinical sentences
use some of them as the words they are. Templates: Russian case-history extracts and ambulance call
cards, Japanese referral letters dated by era, migrant-clinic notes dated in the Buddhist era,
French liaison sheets, Ge'ez forms dated by the Ethiopian calendar, MINSA referral sheets, Tongan
and Samoan discharges with local month names, Kriolu interpreter notes, voicemail transcriptions,
Louisiana and New Brunswick ED notes, village health-aide notes, Indonesian, Malay, German and
Nepali (Bikram Sambat) forms; dental charts, ambulance ePCR CSV exports, pharmacy refill TSV logs,
prison health transfer forms, military casualty cards with date-time groups, concussion sideline
sheets, ski-patrol reports, offshore-rig medic reports, telehealth transcripts with timestamps,
biobank manifests, DICOM header dumps, YAML, CDA XML, markdown tables, SMS and WhatsApp threads in
lower case, and handwriting OCR.
Identifiers: SNILS (with its check), OMS policies, Russian passports and Cyrillic plates, My Number
(with its check), Myanmar NRCs, Thai pink cards, Senegalese NINs, Peruvian DNIs, Indonesian NIKs,
MyKad numbers, German pension and health-insurance numbers, IBANs, Nepali citizenship numbers,
Medicare MBIs, IMO (with its check) and MMSI numbers, aircraft registrations, MAC addresses, GS1
UDIs, IPv6 with zone ids, IPv4 with ports, URLs with query strings, e-mails with plus-tags and
subdomains, what3words and plus codes, Julian and ordinal dates, military date-time groups, and
ages over 89 in nineteen shapes. Ages are always over 89; infants' ages appear only in the clinical
sentences, where they are not PHI and must be kept.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

V20_SEED = 20280519

V20_TEMPLATES = (
    # Buryatia, Kalmykia and Tuva (Russia).
    "ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ № {MRN:ru}\nФ.И.О.: {NAME:bxrcyr}\nВозраст: {AGE:ru}\n"
    "Адрес: {GEO:bxrcyr}\nПолис ОМС: {HEALTH_PLAN:oms}\nСНИЛС: {SSN:snils}\n"
    "Дата поступления: {DATE:ru}\nЛечащий врач: {NAME:bxrcyr}",
    "Transfer from the Aginsky district: {NAME:bxr}, {AGE:y}, of {GEO:bxr}; SNILS {SSN:snils}; "
    "OMS {HEALTH_PLAN:oms}; her grandson {NAME:bxr} drove her in ({VEHICLE:ru}), tel. {PHONE:ru}.",
    "Name in the old script: {NAME:mong}\nName in Cyrillic: {NAME:bxrcyr}\nDatsan: {GEO:bxr}\n"
    "The lama asks to be called first: {PHONE:ru}",
    "КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № {ACCOUNT:ru}\nБольной: {NAME:tuvcyr}, {AGE:ru}\n"
    "Адрес вызова: {GEO:tuvcyr}\nВызвал: сын {NAME:tuvcyr}, тел. {PHONE:ru}\nДата: {DATE:ru}",
    "Herder {NAME:tuv}, {AGE}, kicked by a horse at the summer camp ({GEO:plus}); flown out on "
    "{VEHICLE:airru} to {GEO:instru}; passport {SSN:rupass}; his cousin {NAME:tuv} on the "
    "satellite phone {PHONE:sat}.",
    "{NAME:kalm} ({AGE:words}) of {GEO:kalm}: OMS {HEALTH_PLAN:oms}; daughter {NAME:kalm} asks "
    "for the results at {EMAIL:plus}; VK {URL:vk}.",
    # Ainu families of Hokkaido.
    "診療情報提供書\n患者氏名: {NAME:ainukana}（{NAME:ainu}）\n生年月日: {DATE:jadob}\n"
    "年齢: {AGE:ja}\n住所: {GEO:ainu}\n保険者番号: {HEALTH_PLAN:jp}\n電話: {PHONE:jp}\n"
    "記載日: {DATE:ja}",
    "Home visit, Nibutani, {DATE:ja}: {NAME:ainu}, {AGE:y}, lives alone at {GEO:ainu}; her niece "
    "{NAME:ainu} ({PHONE:jp}) brings the kei truck {VEHICLE:jp}. My Number card {SSN:mynumber} "
    "seen.",
    # Shan, in Shan State and as migrants in northern Thailand.
    "Migrant clinic, Mae Hong Son, {DATE:thai}: {NAME:shan}, {AGE}, pink card {SSN:thaipink}; "
    "NRC {SSN:nrc}; lives at {GEO:shan}; employer's phone {PHONE:th}; LINE {URL:line}.",
    "Lashio referral: {NAME:shan}, {AGE:y}, {GEO:shanmm}; NRC {SSN:nrc}; husband {NAME:shan}, "
    "{PHONE:mm}; motorbike {VEHICLE:mm}.",
    # Wolof speakers of Senegal and the diaspora.
    "FICHE DE LIAISON - {GEO:instsn}\nNom: {NAME:wolofcaps}\nÂge: {AGE:fr}\nCNI: {SSN:sn}\n"
    "Adresse: {GEO:sn}\nAccompagnant: {NAME:wolof} ({PHONE:sn})\nDate: {DATE:fr}",
    "[SMS {DATE:sms}] {NAME:woloflow}: docteur mama bi dafa am feebar, {AGE:num} at la am\n"
    "[SMS {DATE:sms}] clinic: ok bring her to {GEO:instsn} or call {PHONE:sn}\n"
    "[SMS {DATE:sms}] {NAME:woloflow}: jërëjëf",
    "Pharmacie {GEO:sn}: ordonnance renouvelée pour {NAME:wolof}, {AGE:fr}, payée par Orange "
    "Money {ACCOUNT:om}; taxi {VEHICLE:sn}.",
    # Tigrinya speakers (Eritrea, Tigray and the diaspora).
    "ስም: {NAME:tirgeez}\nዕድመ: {AGE:tir}\nኣድራሻ: {GEO:tirgeez}\nስልኪ: {PHONE:er}\n"
    "ዕለት: {DATE:eth}",
    "Refugee health assessment {DATE:long}: {NAME:tir}, {AGE}, arrived from {GEO:tir}; UNHCR "
    "no. {ACCOUNT:unhcr}; date of birth recorded as {DATE:ethdob}; cousin {NAME:tir}, "
    "{PHONE:us}.",
    # Quechua and Aymara (Peru and Bolivia).
    "HOJA DE REFERENCIA\nApellidos y nombres: {NAME:quees}\nDNI: {SSN:dni}\nEdad: {AGE:es}\n"
    "SIS: {HEALTH_PLAN:sis}\nProcedencia: {GEO:que}\nAcompañante: {NAME:que}, cel. {PHONE:pe}\n"
    "Fecha: {DATE:es}",
    "{NAME:que} ({AGE:que}) of {GEO:que} fell on the trail above the village; carried down by "
    "{NAME:que} and brought in by colectivo {VEHICLE:pe}.",
    "Paciente {NAME:aym}, {AGE:es}, {GEO:aym}; C.I. {SSN:bolp}; hija {NAME:aym}, cel. "
    "{PHONE:bo}; minibús {VEHICLE:bo}.",
    "{DATE:wa} - {NAME:aymlow}: doctora mi abuelita {NAME:aymlow} ya tiene {AGE:num} años y no "
    "quiere comer\n{DATE:wa} - {NAME:aymlow}: vivimos en {GEO:aym}",
    # Tonga and Samoa.
    "Vaiola Hospital - discharge, {DATE:ton}\nName: {NAME:ton}\nAge: {AGE:ton}\nVillage: "
    "{GEO:ton}\nHospital no.: {MRN:to}\nNext of kin: {NAME:ton}, {PHONE:to}",
    "Inter-island transfer: {NAME:ton}, {AGE}, from {GEO:ton}, on her son's boat {VEHICLE:ship} "
    "(IMO {VEHICLE:imo}, MMSI {VEHICLE:mmsi}); escort {NAME:ton}.",
    "Referral to TTM Hospital, {DATE:smo}: {NAME:smo}, {AGE:smo}, of {GEO:smo}; NID {SSN:ws}; "
    "her son {NAME:smo} holds the family's matai title; phone {PHONE:ws}.",
    "Medevac booked on {VEHICLE:airws} for {NAME:smo} ({AGE}) to Auckland; passport "
    "{SSN:passport}; the family writes from {EMAIL:plus}.",
    # Cape Verdeans, in the islands and in Massachusetts.
    "Brockton clinic: {NAME:cv} ('{NAME:cvnick}'), {AGE}, {GEO:cvus}; MassHealth "
    "{HEALTH_PLAN:masshealth}; Kriolu interpreter {NAME:cv}; daughter {PHONE:ma}; car "
    "{VEHICLE:ma}.",
    "Hospital Dr. Agostinho Neto: {NAME:cv}, {AGE:pt}, {GEO:cv}; NIF {SSN:nif}; {NAME:cvnick} "
    "brought her from the market; tel. {PHONE:cv}.",
    # Gullah Geechee families of the Sea Islands.
    'Voicemail transcription {DATE:vm}: "hey this is {NAME:gul} calling about my aunt '
    "{NAME:gul}, she's {AGE:words} now, out on {GEO:gul}, the number here is {PHONE:gul}, "
    'thank you"',
    "Home health: {NAME:gul}, {AGE}, {GEO:gul}; Medicare {HEALTH_PLAN:mbi}; her nephew "
    "{NAME:gul} meets the nurse at the dock with the truck ({VEHICLE:ga}).",
    # Cajuns of Louisiana and Acadians of New Brunswick.
    "ED note {DATE:us}: {NAME:caj}, {AGE}, of {GEO:caj}; LA DL {LICENSE:la}; shrimp boat "
    "{VEHICLE:laboat}; wife {NAME:caj} at {PHONE:la}. Speaks Cajun French; grandson "
    "{NAME:cajnick} interprets.",
    "Hôpital régional Chaleur: {NAME:caj}, {AGE:fr}, {GEO:acad}; assurance-maladie "
    "{HEALTH_PLAN:nb}; tél. {PHONE:nb}; vu le {DATE:fr}.",
    # Siberian Yupik and Inupiaq villages of Alaska.
    "Health aide note {DATE:us}: {NAME:yup}, {AGE}, {GEO:yup}; IHS chart {MRN:ihs}; tribal "
    "enrollment {ACCOUNT:tribal}; the whaling captain {NAME:yup} called from {PHONE:ak}.",
    "Medevac from {GEO:yup} to Nome: {NAME:yup} ({AGE:y}); escort {NAME:yup}; his own bush "
    "plane {VEHICLE:airus} is grounded at the strip.",
    # Tuareg of Mali, Niger and Algeria.
    "Centre de santé de {GEO:tuareg}: {NAME:tuareg}, {AGE:fr}, éleveur; NINA {SSN:nina}; frère "
    "{NAME:tuareg}, {PHONE:ml}; Thuraya {PHONE:sat}.",
    "ⵉⵙⵎ: {NAME:tfng}\nAge: {AGE}\nCamp: {GEO:coord}\nPhone: {PHONE:ne}",
    "EPH Tamanrasset: {NAME:tuareg}, {AGE:fr}; NIN {SSN:dz}; {GEO:dz}; admis le {DATE:fr}.",
    # Bali.
    "SURAT RUJUKAN\nNama: {NAME:bali}\nUmur: {AGE:id}\nNIK: {SSN:nik}\nNo. BPJS: "
    "{HEALTH_PLAN:bpjs}\nAlamat: {GEO:bali}\nTanggal: {DATE:id}\nDokter: {NAME:bali}",
    "Nama (aksara Bali): {NAME:balscript} / {NAME:bali}; {GEO:bali}; motor {VEHICLE:id}; "
    "cucu {NAME:bali}, {PHONE:id}.",
    # Iban longhouses of Sarawak.
    "Kapit Hospital: {NAME:iban}, {AGE:ms}, from {GEO:iban}; MyKad {SSN:mykad}; the tuai rumah "
    "{NAME:iban} came down by express boat; phone {PHONE:my}; car {VEHICLE:my}.",
    # Upper Sorbian families of Lusatia.
    "Arztbrief\nPatientin: {NAME:sorb}, geb. {DATE:dedob}\n{GEO:sorb}\nVersichertennr.: "
    "{HEALTH_PLAN:gkv}\nRV-Nr.: {SSN:rv}\nBautzen, den {DATE:de}\nDr. med. {NAME:sorb}",
    "Pflegeheim {GEO:sorb}: {NAME:sorb} ({AGE:de}) spricht Sorbisch; Tochter {NAME:sorb}, "
    "{PHONE:de}; Kennzeichen {VEHICLE:de}; Konto {ACCOUNT:iban}.",
    # Newar families of the Kathmandu valley.
    "Patan OPD card: {NAME:newar}, {AGE:np}, {GEO:newar}; citizenship no. {SSN:np}; visit "
    "{DATE:bs}; son {NAME:newar}, {PHONE:np}; scooter {VEHICLE:np}.",
    "नाम: {NAME:newardeva}\nउमेर: {AGE:np}\nठेगाना: {GEO:newardeva}\nमिति: {DATE:bsdeva}\n"
    "फोन: {PHONE:np}",
    # Dental charts, ambulance exports, pharmacy logs.
    "DENTAL CHART - {GEO:inst}\nPatient: {NAME:comma}   DOB: {DATE:dob}   Chart #: {MRN}\n"
    "36 MOD composite; 46 implant, UDI {DEVICE:udi}\nDental plan {HEALTH_PLAN}\nProvider: "
    "{NAME:sig}, DDS, lic. {LICENSE:dds}",
    "ePCR EXPORT\nincident_no,dispatched,pt_name,pt_age,pt_dob,scene_address,scene_gps\n"
    '{ACCOUNT:epcr},{DATE:epcr},"{NAME:comma}",{AGE},{DATE:isodob},"{GEO:us}","{GEO:coord}"',
    "RX#\tPATIENT\tDOB\tPHONE\tDRUG\tFILLED\n{ACCOUNT:rx}\t{NAME:caps}\t{DATE:dob}\t{PHONE}\t"
    "levothyroxine 50 mcg #90\t{DATE:iso}\n{ACCOUNT:rx}\t{NAME:caps}\t{DATE:dob}\t{PHONE}\t"
    "tamsulosin 0.4 mg #30\t{DATE:iso}",
    "Refill request by voicemail, {DATE:vm}: {NAME:dict}, date of birth {DATE:spoken}, wants "
    "the water pill sent to the pharmacy on {GEO:street}; call back {PHONE:spoken}.",
    # Prisons, the military, sports and mountains.
    "INTRA-SYSTEM TRANSFER - HEALTH SUMMARY\nInmate: {NAME:caps}   DOC #: {ACCOUNT:doc}\n"
    "DOB: {DATE:dobyoung}   Booking: {ACCOUNT:booking}\nFrom: {GEO:prison}   To: {GEO:prison}\n"
    "TB screen negative; keep-on-person meds: yes",
    "TCCC CARD (DD 1380)\nBATTLE ROSTER #: {SSN:roster}\nLAST: {NAME:familyu}   FIRST: "
    "{NAME:givenu}   LAST 4: {SSN:last4}\nDATE: {DATE:dtg}\nMECHANISM: IED   TQ: R leg\n"
    "DoD ID: {SSN:edipi}",
    "SIDELINE CONCUSSION ASSESSMENT\nAthlete: {NAME}   DOB: {DATE:dobyoung}\nDate of injury: "
    "{DATE:ord}\nMouthguard sensor ID: {DEVICE:sensor}\nParent: {NAME:given}, {PHONE}",
    "SKI PATROL INCIDENT #{ACCOUNT:ski}\nInjured: {NAME:comma}   DOB {DATE:dobyoung}\nHome: "
    "{GEO}\nSeason pass {ACCOUNT:pass}\nAvalanche transceiver Ser. No. {DEVICE:sn}\nReported "
    "by {NAME:sig}, {PHONE}",
    "OFFSHORE MEDIC REPORT\nCasualty: {NAME:caps}   Employee no.: {ACCOUNT:emp}\nOffshore "
    "medical cert.: {LICENSE:ogm}   BOSIET: {LICENSE:bosiet}\nHome address: {GEO}\nNOK: "
    "{NAME}, {PHONE}\nStand-by vessel {VEHICLE:ship} (IMO {VEHICLE:imo})",
    # Telehealth, biobanks, imaging and data files.
    "[00:00:03] Dr {NAME:family}: can you tell me your full name and date of birth?\n"
    "[00:00:08] Patient: {NAME:lower}, {DATE:spoken}\n[00:00:15] Clinician: and you're "
    "at {GEO:us} today?\n[00:00:19] Patient: yes, my grandson set up the link {URL:query}",
    "sample_id\tdonor_id\tcollected\tage_at_collection\tsite\n{ACCOUNT:bb}\t{MRN:donor}\t"
    "{DATE:iso}\t{AGE}\t{GEO:inst}\n{ACCOUNT:bb}\t{MRN:donor}\t{DATE:julian}\t{AGE}\t{GEO:inst}",
    "(0010,0010) PN [{NAME:pn}]\n(0010,0020) LO [{MRN}]\n(0010,0030) DA [{DATE:dicomdob}]\n"
    "(0010,1010) AS [{AGE:dicom}]\n(0008,0080) LO [{GEO:inst}]\n(0008,0090) PN [{NAME:pn}]\n"
    "(0018,1000) LO [{DEVICE:sn}]",
    "patient:\n  name: {NAME}\n  born: {DATE:isodob}\n  phone: '{PHONE}'\n  address: {GEO}\n"
    "gateway:\n  mac: {DEVICE:mac}\n  ip: {IP:v4port}\n  link_local: {IP:v6zone}",
    '<recordTarget><patientRole><id root="2.16.840.1.113883.4.1" extension="{SSN:us}"/>'
    "<addr><streetAddressLine>{GEO:street}</streetAddressLine><city>{GEO:city}</city></addr>"
    '<telecom value="tel:{PHONE:e164}"/><patient><name><given>{NAME:given}</given><family>'
    '{NAME:family}</family></name><birthTime value="{DATE:hl7dob}"/></patient></patientRole>'
    "</recordTarget>",
    "| Field | Value |\n|---|---|\n| Patient | {NAME} |\n| Age | {AGE} |\n| Plate | "
    "{VEHICLE:ru} |\n| Hub MAC | {DEVICE:mac} |\n| Last seen | {DATE:stamp} |",
    "PATlENT: {NAME:ocr}   D0B: {DATE:ocr}   HOSP N0: {MRN:ocr}\nADDRESS: {GEO:ocr}\n"
    "TEL: {PHONE:ocr}",
    # Devices, networks, links and mail.
    "Home hub {DEVICE:mac} at {IP:v6zone} reported a fall for {NAME} at {DATE:stamp}; carer "
    "alerted on {PHONE}.",
    "Pacemaker remote transmission: {NAME:comma}, generator SN:{DEVICE:pm}, sent from "
    "{IP:v4port} on {DATE:stamp}.",
    "CGM transmitter {DEVICE:cgm} paired to {NAME:given}'s phone; hearing aid S/N {DEVICE:sn}.",
    "Results link sent to {NAME:given}: {URL:query}",
    "Reply-To: {EMAIL:plus}\nTo: {EMAIL:sub}\nSubject: {NAME:family} - records request\n\n"
    "Please send the scans for my grandmother, {AGE}, to {FAX:us}.",
    "Reached by the family through {URL:social}; address given as {GEO:w3w}.",
    "Portal login for {NAME:user} from {IP:v6} and {IP:v4port}; reset link {URL:query}.",
    # Short notes, lower case and initials.
    "ok {NAME:lower} will bring the scans tmrw",
    "{NAME:lower} says nana is {AGE} on sunday",
    "Seen with {NAME:init} at the bedside.",
    "{NAME:given} ({AGE}) - {PHONE}",
    "Born {DATE:ord}; now {AGE:words}.",
    "Call {NAME:cajnick} or {NAME:cvnick} on {PHONE}.",
    "{NAME:caps} - {DATE:dob} - {MRN}",
    "Ref {ACCOUNT} / {HEALTH_PLAN}",
    "Last seen on {DATE:julian}.",
    "She turned {AGE:ymd} and asked for her own bed.",
    "{NAME:familyu} {NAME:given}, {AGE:y}, fax {FAX:de}.",
)  # fmt: skip

# Clinical sentences (not PHI): labs with units, doses, scores, sides, infants' ages (not PHI),
# and words that are names in this list (polite, singleton, octave, mallet, capers, champagne).
V20_CLINICAL = (
    "Singleton pregnancy at 32+4 weeks; fundal height 31 cm, cephalic presentation.",
    "PICC tip at the cavoatrial junction on the post-procedure film.",
    "Sats 91% on air, 96% on 2 L; RR 24, HR 104.",
    "Sat out in the chair for 40 minutes; placid and settled overnight.",
    "Polite and cooperative; oriented to time, place and person.",
    "Advised to keep the open wound on the left shin out of flood water.",
    "Left ventricular ejection fraction 40%; NT-proBNP 3,400 pg/mL.",
    "Infant aged 7 weeks, weight 4.2 kg, feeding 90 mL every 3 hours.",
    "Neonate, day 11 of life: bilirubin 245 umol/L, below the phototherapy line.",
    "Boy aged 14 months with bronchiolitis; SpO2 93%, feeding half the usual volume.",
    "Amoxicillin 90 mg/kg/day in two divided doses for 7 days.",
    "Creatinine 212 umol/L, eGFR 19; potassium 6.1 mmol/L; calcium gluconate 10 mL of 10% given.",
    "Sodium 124 mmol/L; fluid restriction to 1.2 L per day.",
    "TSH 14.2 mU/L, free T4 8 pmol/L; levothyroxine 50 micrograms daily.",
    "Haemoglobin 71 g/L; two units of packed red cells transfused.",
    "Right tibial plateau fracture, Schatzker II; knee immobiliser and non-weight-bearing.",
    "Left distal radius fracture, dorsally angulated 25 degrees; closed reduction under block.",
    "Tooth 46: deep distal caries close to the pulp; pulpotomy and stainless steel crown.",
    "Periodontal pocketing 6 mm on 16 and 17 with grade II mobility.",
    "GCS 13 (E3 V4 M6); pupils 3 mm, equal and reactive; no focal deficit.",
    "Symptom score 28 of 132 on the sideline; removed from play, not to return the same day.",
    "Core temperature 33.1 C; active external rewarming with a forced-air blanket.",
    "Frostbite of the right second and third toes, clear blisters, capillary refill intact.",
    "Burns 18% total body surface area, partial thickness, to the anterior trunk and right arm.",
    "Tourniquet on the right thigh at 14:32; bleeding controlled, distal pulses absent.",
    "Methadone 60 mg daily continued; last dose witnessed at 08:00.",
    "Hepatitis C RNA detectable; genotype 3; sofosbuvir and velpatasvir for 12 weeks.",
    "Tenofovir and emtricitabine restarted; viral load below 50 copies/mL.",
    "Serum lithium 1.4 mmol/L; dose withheld, repeat level in 12 hours.",
    "Octave band audiometry: 40 dB loss at 4 kHz in the left ear, noise-induced pattern.",
    "Plasma samples stored at -80 C in 0.5 mL aliquots; two freeze-thaw cycles allowed.",
    "CT head: no acute haemorrhage; chronic small-vessel change; old right occipital infarct.",
    "Mallet finger of the right middle finger; extension splint for 6 weeks.",
    "Low-sodium diet: no capers, olives or cured meats; fluid limit 1.5 L.",
    "Champagne-coloured peritoneal fluid; amylase 1,900 U/L in the fluid.",
    "Warfarin 3 mg with INR target 2.0 to 3.0; next check in 5 days.",
    "Tamsulosin 400 micrograms at night; post-void residual 180 mL.",
)  # fmt: skip

# Eponyms, signs, scores, devices and drug names: capitalised words that are not PHI.
V20_EPONYM = (
    "Hashimoto thyroiditis with anti-TPO antibodies above 600 IU/mL.",
    "Upgoing plantar on the right: Babinski sign positive; Hoffmann sign absent.",
    "Kawasaki disease on day 6 of fever; IVIG 2 g/kg given.",
    "Takayasu arteritis with absent left radial pulse; Doppler shows subclavian stenosis.",
    "Kikuchi-Fujimoto disease on the node biopsy; no features of lymphoma.",
    "Behçet disease with oral and genital ulcers; pathergy test positive.",
    "Trousseau sign and Chvostek sign both positive; corrected calcium 1.7 mmol/L.",
    "Grey Turner sign and Cullen sign absent; lipase 3 times the upper limit.",
    "Murphy sign positive; Rovsing sign negative; McBurney point not tender.",
    "Virchow node palpable in the left supraclavicular fossa.",
    "Wallenberg syndrome with a left Horner syndrome and right-sided pain loss.",
    "Brown-Séquard pattern below T8 after the stab wound.",
    "Miller Fisher variant of Guillain-Barré syndrome; anti-GQ1b positive.",
    "Argyll Robertson pupils; Adie pupil excluded with dilute pilocarpine.",
    "Dix-Hallpike positive on the right; Epley manoeuvre performed twice.",
    "Weber lateralises to the left; Rinne negative on the left.",
    "Ludwig angina with floor-of-mouth swelling; anaesthetist called early.",
    "Osgood-Schlatter disease of the left tibial tubercle; Sever disease of both heels.",
    "Legg-Calvé-Perthes disease, Herring lateral pillar B.",
    "Salter-Harris II fracture of the distal radius; Monteggia and Galeazzi injuries excluded.",
    "Maisonneuve fracture suspected; Ottawa ankle rules positive; Weber C on the film.",
    "Bennett fracture of the thumb base; Rolando pattern excluded on CT.",
    "Canadian C-spine rule applied; Maddocks questions 3 of 5 correct.",
    "Black class II caries on 15; Angle class II division 1 malocclusion.",
    "Kennedy class III partial denture; Miller class II gingival recession on 31.",
    "Ellis class III fracture of 11 with pulp exposure; Stensen duct patent.",
    "Wernicke encephalopathy suspected: Pabrinex two pairs three times daily.",
    "Korsakoff syndrome with confabulation; MoCA 17 of 30.",
    "Parkland formula: 4 mL/kg per percent burn; Lund and Browder chart completed.",
    "Combat Application Tourniquet and Israeli bandage applied; Sager splint on the femur.",
    "Papanicolaou smear normal; Warthin-Starry stain negative for spirochaetes.",
    "Masson trichrome shows bridging fibrosis; Congo red negative under polarised light.",
    "Sanger sequencing confirmed the variant; Giemsa banding normal.",
    "Botkin disease (hepatitis A) in the household; Pirogov amputation in the history.",
    "Quincke oedema of the lip after an ACE inhibitor; switched to Entresto.",
    "Frey syndrome after parotidectomy; Minor starch-iodine test positive.",
)  # fmt: skip

# Given and family names by group: (given names, family names). Latin groups first.
_BXR = (
    ("Bairma", "Tsyren", "Balzhit", "Sesegma", "Dashi-Dorzho", "Tsyren-Dulma", "Zhargal",
     "Namsaray", "Erzhena", "Ayur", "Tuyana", "Soelma", "Bato-Munko", "Darima"),
    ("Dashinimaev", "Tsybikov", "Bazarsadaeva", "Dorzhiev", "Tsydenova", "Sambuev",
     "Khamaganov", "Budaeva", "Tsyrempilov", "Zhamsueva", "Radnaev", "Gomboeva", "Dambaev",
     "Shagdarov", "Balzhinimaeva", "Tsyrenov", "Garmaev", "Tsyrendorzhiev"),
)  # fmt: skip
_KALM = (
    ("Sanji", "Badma", "Baatr", "Kermen", "Bairta", "Delgir", "Altana", "Bembe", "Gilyana"),
    ("Bembeev", "Sanjieva", "Mukubenov", "Khechieva", "Ilishkin", "Basangova", "Erdniev",
     "Gorodovikov", "Garyaev", "Mandzhieva", "Ulanova-Tsebekova"),
)  # fmt: skip
_TUV = (
    ("Ayas", "Choduraa", "Sayana", "Kezhik", "Aldynay", "Chechek", "Sholban", "Aylana",
     "Saylyk", "Dolaana", "Ayana", "Urana"),
    ("Oorzhak", "Mongush", "Kuular", "Ondar", "Saryglar", "Dongak", "Kuzhuget", "Khertek",
     "Irgit", "Salchak", "Khomushku", "Sagaan-ool", "Khovalyg", "Tulush"),
)  # fmt: skip
_AINU = (
    ("Rera", "Nonno", "Upas", "Sikerpe", "Apapo", "Mopet", "Ekasi", "Sirkap"),
    ("Kayano", "Kaizawa", "Ukaji", "Hiramura", "Kawanano", "Urespa", "Sunazawa", "Bikki"),
)  # fmt: skip
_SHAN = (
    ("Hseng", "Kham", "Murng", "Hom", "Harn", "Yawd", "Noung", "Ngern"),
    ("Lurn", "Pha", "Taw", "Hseng", "Murng", "Kham", "Harn", "Ngern"),
)  # fmt: skip
_WOLOF = (
    ("Mbayang", "Yandé", "Massamba", "Dibor", "Ngagne", "Thioro", "Ndiaga", "Soxna", "Maguette",
     "Mbissine", "Birame", "Serigne", "Ngoné", "Yacine", "Khoudia", "Penda", "Nogaye"),
    ("Mbow", "Ndoye", "Diagne", "Paye", "Mboup", "Kébé", "Thioune", "Sèye", "Mbodj", "Lèye",
     "Gaye", "Ndir", "Mbacké", "Diakhaté", "Ndiongue", "Samb", "Niang", "Ngom", "Kane"),
)  # fmt: skip
_TIR = (
    ("Frehiwet", "Freweini", "Tesfalem", "Tsehaye", "Awet", "Letebrhan", "Werede", "Tekeste",
     "Akberet", "Zewdi", "Mussie", "Luwam"),
    ("Teklehaimanot", "Weldegiorgis", "Tesfamichael", "Woldegabriel", "Tesfagiorgis", "Mehari",
     "Kahsay", "Gebrekidan", "Abraha", "Ghebremariam", "Andemichael", "Sibhatu", "Negash",
     "Fessehaye", "Measho", "Asfaha", "Ghebreyesus", "Woldu", "Zerezghi", "Ogbazghi"),
)  # fmt: skip
_QUE = (
    ("Sumaq", "Inti", "Killa", "Tupaq", "Urpi", "Chaska", "Qori", "Illari", "Kusi", "Yupanki",
     "Inkill", "Ususi", "Kusikuy", "Ñusta", "Mayta", "Sayri", "Quyllur", "Phuyu"),
    ("Ccallo", "Auccapuma", "Quillahuaman", "Ttito", "Ccasa", "Yauri", "Huallparimachi",
     "Cusi", "Ccori", "Huallpa", "Ccopa", "Taipe", "Puma", "Sulca", "Huarcaya", "Pillco",
     "Ninantay", "Vilca", "Cutipa"),
)  # fmt: skip
_AYM = (
    ("Wara", "Nayra", "Amuyta", "Sisa", "Willka", "Mallku", "Tayka", "Wayna", "Qhana"),
    ("Colque", "Calani", "Machaca", "Aruquipa", "Ajata", "Tintaya", "Cahuana", "Copa", "Larico",
     "Hilari", "Quenta", "Limachi", "Huanca", "Callisaya", "Quelca", "Tarqui", "Poma"),
)  # fmt: skip
_TON = (
    ("Malakai", "Pita", "Heilala", "Sitani", "Tupe", "Fusipala", "Manase", "Peni", "Vailea",
     "Ofeina", "Losaline", "Sela", "ʻOfa", "Lose", "Vika"),
    ("Tuʻakoi", "Haʻunga", "Halaifonua", "Fineanganofo", "Veikune", "Motuliki", "Kioa",
     "Taione", "Helu", "Vakalahi", "Naufahu", "Aholelei", "Ulakai", "Kupu", "Latu", "Fonua",
     "Vea", "Mafi", "Pulu", "Kaufusi", "Fakatava", "Taumalolo"),
)  # fmt: skip
_SMO = (
    ("Faʻamoana", "Aolele", "Lealofi", "Sina", "Talalelei", "Fuatino", "Pesamino", "Seiuli",
     "Fiafia", "Ulugia", "Lagi", "Iosefa", "Fetu", "Salamasina", "Mikaele", "Tusi"),
    ("Lemalu", "Fiaola", "Toilolo", "Tupuola", "Matagi", "Lauina", "Aiono", "Poutoa",
     "Seumanutafa", "Vaai", "Toleafoa", "Soliai", "Sefo", "Pouono", "Masoe", "Schwenke",
     "Leavasa", "Fuimaono", "Tauiliili"),
)  # fmt: skip
_CV = (
    ("Djedje", "Bebeta", "Nhanha", "Tchida", "Djidja", "Zezinha", "Txutxi", "Djunga",
     "Bibinha", "Nelinha", "Kaká", "Bitu", "Txinda", "Sabu"),
    ("Semedo", "Fortes", "Brito", "Varela", "Évora", "Sanches", "Spencer", "Moniz", "Leite",
     "Pires", "Soares", "Benrós", "Barbosa", "Dupret", "Wahnon"),
)  # fmt: skip
_GUL = (
    ("Hagar", "Cuffee", "Quash", "Binah", "Sabe", "Minda", "Sippio", "Tenah", "Mauma", "Cudjoe",
     "Phibbie", "Prymus", "Sukey", "Affy", "Quamina", "Venus"),
    ("Grovner", "Polite", "Manigault", "Pinckney", "Gadsden", "Legare", "Heyward", "Chisolm",
     "Singleton", "Drayton", "Frazier", "Ravenel", "Bligen", "Fripp", "Wigfall", "Capers"),
)  # fmt: skip
_CAJ = (
    ("Ovide", "Alcide", "Euzebe", "Azema", "Placide", "Onezime", "Octave", "Amédée", "Zulma",
     "Edolia", "Clotile", "Telesphore", "Ursin", "Théogène", "Evelia", "Ulysse", "Eraste",
     "Arsène", "Lovinia", "Nolia"),
    ("Breaux", "Guillory", "Babineaux", "Melancon", "Champagne", "Domingue", "Abshire",
     "Bourque", "Dugas", "Leger", "Gaudet", "Lejeune", "Sonnier", "Duhon", "Vidrine",
     "Fuselier", "Begnaud", "Prejean", "Latiolais", "Castille", "Aucoin", "Naquin", "Fruge",
     "Stelly", "Saucier", "Mallet", "Maillet", "Deshotel", "Soileau", "Thibodaux"),
)  # fmt: skip
_YUP = (
    ("Nanugaq", "Akulki", "Qiyaghaq", "Aluqaq", "Apaangak", "Uqitaq", "Kiyuk", "Nunguk"),
    ("Oozeva", "Apassingok", "Kingeekuk", "Waghiyi", "Gologergen", "Pungowiyi", "Aningayou",
     "Toolie", "Noongwook", "Slwooko", "Ahgeak", "Itta", "Okakok", "Nageak", "Akootchook",
     "Sovalik"),
)  # fmt: skip
_TUAREG = (
    ("Alghabass", "Tinhinan", "Dassine", "Taghlit", "Tahanint", "Akhamouk", "Elladi",
     "Tadjabbut", "Intalla"),
    ("Intalla", "Akhamouk", "Ihemma", "Najim", "Elkhir", "Emastan", "Assalat", "Tahanint"),
)  # fmt: skip
_TUAREG_MEN = ("Alghabass", "Akhamouk", "Elladi", "Intalla")
_BALI = (
    ("I Gusti Ngurah", "Cokorda Istri", "Desak", "I Dewa", "Jero", "Dayu", "Ngakan", "Sagung",
     "Ni Gusti", "I Gung"),
    ("Suardana", "Artawan", "Widiasih", "Darmayasa", "Sukerta", "Astiti", "Mertayasa",
     "Suwitra", "Arsini", "Sudarsana", "Wiranata", "Suastika", "Juliantara", "Adnyana",
     "Sukadana", "Budiartini", "Sudiarta", "Parwata", "Alit", "Oka"),
)  # fmt: skip
_IBAN = (
    ("Jugah", "Linggi", "Entri", "Sumbang", "Lenggang", "Ngumbang", "Inchang", "Jelian",
     "Empiang", "Ensiring", "Mayau"),
    ("anak Barieng", "anak Jugah", "ak Lenggang", "anak Ngalih", "ak Sendi", "anak Empaling",
     "anak Unggang"),
)  # fmt: skip
_SORB = (
    ("Hańža", "Měrćin", "Wórša", "Bosćan", "Hilža", "Madlena", "Pětr", "Handrij", "Křesćan",
     "Jurij"),
    ("Šołta", "Krawc", "Wjenk", "Kokla", "Wićaz", "Zarjenc", "Młynk", "Brězan", "Rjenč", "Bjeńš",
     "Cyž", "Wornar", "Kušk"),
)  # fmt: skip
_NEWAR = (
    ("Nhuchhe", "Chini", "Tirtha", "Ujwal", "Mangal", "Harsha", "Bhaju", "Asha Kaji", "Nani"),
    ("Maharjan", "Bajracharya", "Tuladhar", "Manandhar", "Tamrakar", "Sthapit", "Dangol",
     "Kansakar", "Amatya", "Ranjitkar", "Chitrakar", "Rajbhandari", "Khadgi"),
)  # fmt: skip
# Names in other scripts, each group's given and family names of one script.
_BXR_CYR = (
    ("Цырен", "Бальжит", "Сэсэгма", "Туяна", "Эржена", "Даши-Доржо"),
    ("Дашинимаев", "Цыбиков", "Базарсадаева", "Доржиев", "Цыденова", "Жамсуев", "Раднаева"),
)  # fmt: skip
_TUV_CYR = (
    ("Аяс", "Чодураа", "Айлана", "Кежик", "Алдынай", "Шолбан"),
    ("Монгуш", "Ооржак", "Кууляр", "Ондар", "Сарыглар", "Хомушку", "Куулар"),
)  # fmt: skip
_MONG = (
    ("ᠪᠠᠶᠠᠷ", "ᠳᠠᠰᠢ", "ᠴᠡᠷᠢᠩ", "ᠵᠢᠷᠭᠠᠯ", "ᠰᠡᠴᠡᠭ"),
    ("ᠳᠣᠷᠵᠢ", "ᠭᠣᠮᠪᠣ", "ᠨᠠᠮᠵᠢᠯ", "ᠪᠠᠳᠮᠠ"),
)  # fmt: skip
_AINU_KANA = (
    ("レラ", "ノンノ", "ウパシ", "シケレペ", "アパポ"),
    ("萱野", "貝澤", "宇梶", "平村", "川奈野"),
)  # fmt: skip
_TIR_GEEZ = (
    ("ፍሬሕይወት", "ተስፋለም", "ፍረወይኒ", "ሉዋም", "ጸሃየ", "ኣወት"),
    ("ተኽለሃይማኖት", "ወልደጊዮርጊስ", "ተስፋሚካኤል", "ኣስፍሃ", "ምሕረትኣብ", "ገረዝጊሄር"),
)  # fmt: skip
_TFNG = (
    ("ⵜⵉⵏⵀⵉⵏⴰⵏ", "ⴷⴰⵙⵉⵏ", "ⵜⴰⵖⵍⵉⵜ", "ⴰⵅⴰⵎⵓⴽ"),
    ("ⴰⴳ ⵉⵏⵜⴰⵍⵍⴰ", "ⵡⴻⵍⴻⵜ ⵉⵀⴻⵎⵎⴰ", "ⴰⴳ ⵏⴰⵊⵉⵎ"),
)  # fmt: skip
_BALI_SCRIPT = (
    ("ᬅᬮᬶᬢ᭄", "ᬑᬓ", "ᬚᬾᬭᭀ", "ᬤᬾᬲᬓ᭄"),
    ("ᬲᬸᬅᬭ᭄ᬤᬦ", "ᬅᬭ᭄ᬢᬯᬦ᭄", "ᬲᬸᬓᭂᬃᬢ", "ᬅᬲ᭄ᬢᬶᬢᬶ"),
)  # fmt: skip
_NEWAR_DEVA = (
    ("नुछे", "चिनी", "तीर्थ", "उज्वल", "मंगल"),
    ("महर्जन", "बज्राचार्य", "तुलाधर", "मानन्धर", "ताम्राकार", "स्थापित"),
)  # fmt: skip
_V20_LOCALES = (
    "bxr", "kalm", "tuv", "ainu", "shan", "wolof", "tir", "que", "aym", "ton", "smo", "cv",
    "gul", "caj", "yup", "tuareg", "bali", "iban", "sorb", "newar",
    "bxrcyr", "tuvcyr", "mong", "ainukana", "tirgeez", "tfng", "balscript", "newardeva",
)  # fmt: skip
_V20_GROUPS = (
    _BXR, _KALM, _TUV, _AINU, _SHAN, _WOLOF, _TIR, _QUE, _AYM, _TON, _SMO, _CV, _GUL, _CAJ,
    _YUP, _TUAREG, _BALI, _IBAN, _SORB, _NEWAR,
    _BXR_CYR, _TUV_CYR, _MONG, _AINU_KANA, _TIR_GEEZ, _TFNG, _BALI_SCRIPT, _NEWAR_DEVA,
)  # fmt: skip
_V20_LATIN = tuple(range(20))  # the groups written in Latin letters
V20_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V20_GROUPS for g in givens))
V20_FAMILY = tuple(dict.fromkeys(f for _, families in _V20_GROUPS for f in families))
# Nicknames: Kriolu ones of Cape Verde, "T-" (petit) and others of Cajun Louisiana.
_CV_NICK = ("Nha Txinda", "Nhô Djunga", "Nha Txutxi", "Toi", "Kaká", "Nhô Bitu", "Bebeta")
_CAJ_NICK = ("T-Ovide", "T-Eraste", "Nonc Alcide", "Tante Zulma", "Boo", "Coonie", "Parrain Ursin")
V20_NICKNAMES = _CV_NICK + _CAJ_NICK

# Places by group.
_BXR_PLACES = (
    "ul. Babushkina 14, kv. 7, Ulan-Ude 670034", "ul. Trubacheeva 152, Ulan-Ude 670002",
    "s. Aga, ul. Tsybikova 3, Zabaykalsky Krai 687000", "s. Kizhinga, Republic of Buryatia",
    "Ivolginsky datsan, s. Verkhnyaya Ivolga", "ulus Khoshun-Uzur, Mukhorshibirsky district",
)  # fmt: skip
_BXR_CYR_PLACES = (
    "г. Улан-Удэ, ул. Бабушкина, д. 14, кв. 7", "Республика Бурятия, с. Кижинга, ул. Ленина, д. 3",
    "670034, г. Улан-Удэ, пр. Строителей, д. 52, кв. 118",
    "Забайкальский край, пгт Агинское, ул. Цыбикова, д. 11",
)  # fmt: skip
_TUV_CYR_PLACES = (
    "г. Кызыл, ул. Кочетова, д. 35, кв. 12", "Республика Тыва, с. Кызыл-Мажалык, ул. Саая, д. 4",
    "Тыва, Овюрский кожуун, с. Хандагайты", "667000, г. Кызыл, ул. Лопсанчапа, д. 7",
)  # fmt: skip
_KALM_PLACES = (
    "Elista, 3rd microdistrict, bldg 12, apt 40", "Elista 358000, ul. Pushkina 9",
    "pos. Tsagan Aman, Yustinsky district", "s. Ulan Erge, Republic of Kalmykia",
)  # fmt: skip
_AINU_PLACES = (
    "〒055-0101 北海道沙流郡平取町二風谷 72", "北海道白老郡白老町若草町 2-3-14",
    "Nibutani 61, Biratori-cho, Saru-gun, Hokkaido 055-0101", "阿寒湖温泉 4-7-19, 釧路市",
    "Shiraoi-cho, Hokkaido 059-0902",
)  # fmt: skip
_SHAN_PLACES = (
    "Ban Mai Nai Suan, Moo 5, Pang Mu, Mueang Mae Hong Son 58000",
    "หมู่ 3 ต.เวียงเหนือ อ.ปาย จ.แม่ฮ่องสอน 58130", "Ban Piang Luang, Wiang Haeng, Chiang Mai",
    "Soi 4, Ban Rak Thai, Mok Champae",
)  # fmt: skip
_SHAN_MM_PLACES = (
    "Ward 4, Lashio, northern Shan State", "Nawnghkio village, Kyaukme Township",
    "Quarter 7, Taunggyi", "Namhsan, Ta'ang area",
)  # fmt: skip
_SN_PLACES = (
    "Médina, Rue 22 x Blaise Diagne, Dakar", "Parcelles Assainies Unité 14, villa 227, Dakar",
    "Quartier Darou Khoudoss, Touba", "Keur Massar, cité Aliou Sow, lot 31",
    "HLM Grand Yoff, villa 1184", "Thiès, quartier Randoulène Nord",
)  # fmt: skip
_TIR_PLACES = ("Godaif, Asmara", "Mai Temenai, Asmara", "Kebele 14, Mekelle", "Adi Keyh",
               "Hitsats camp, Shire", "Mai Aini camp")  # fmt: skip
_TIR_GEEZ_PLACES = ("ኣስመራ፡ ጎደይፍ", "መቐለ፡ ቀበሌ 14", "ዓዲ ቀይሕ", "ሽረ እንዳስላሰ")
_QUE_PLACES = (
    "Comunidad Campesina de Chinchero, Urubamba, Cusco", "Jr. Ayacucho 345, Huamanga",
    "Anexo Pampachacra, Pisac, Calca", "Q'eros, Paucartambo", "Av. Cultura 1120, Cusco",
    "Centro Poblado Ccorca, Cusco",
)  # fmt: skip
_AYM_PLACES = (
    "Zona Villa Ingenio, El Alto", "Urb. Ciudad Satélite, Plan 561, El Alto",
    "Achacachi, provincia Omasuyos", "Comunidad Jesús de Machaca, Ingavi",
    "Zona 16 de Julio, El Alto",
)  # fmt: skip
_TON_PLACES = ("Kolomotuʻa, Nukuʻalofa", "Haveluloto, Tongatapu", "Neiafu, Vavaʻu",
               "Pangai, Haʻapai", "Hoi, Tongatapu", "ʻOhonua, ʻEua")  # fmt: skip
_SMO_PLACES = ("Satapuala, Upolu", "Falealupo, Savaiʻi", "Vaitele-uta", "Salelologa, Savaiʻi",
               "Leauvaʻa, Upolu", "Lotopa, Apia")  # fmt: skip
_CV_PLACES = ("Achada Santo António, Praia", "Fonte Filipe, Mindelo, São Vicente",
              "Assomada, Santa Catarina", "Tarrafal de São Nicolau", "Espargos, Sal")  # fmt: skip
_CVUS_PLACES = ("Main St, Brockton, MA 02301", "Bowdoin St, Dorchester, MA 02122",
                "Cottage St, New Bedford, MA 02740", "Warren Ave, Brockton, MA 02301")  # fmt: skip
_GUL_PLACES = ("Hog Hammock, Sapelo Island, GA 31327", "Seaside Rd, St. Helena Island, SC 29920",
               "Frogmore, SC", "Wadmalaw Island, SC 29487", "Daufuskie Island",
               "Pin Point, Savannah, GA 31406")  # fmt: skip
_CAJ_PLACES = ("Breaux Bridge, St. Martin Parish", "LA-182, Eunice, LA 70535",
               "Cypremort Point, Iberia Parish", "Grand Coteau, LA 70541",
               "Bayou Tech Rd, Arnaudville", "Mamou, Evangeline Parish")  # fmt: skip
_ACAD_PLACES = ("boul. St-Pierre O, Caraquet NB E1W 1B6", "Lamèque NB E8T 1L9",
                "chemin Cocagne-Sud, Cocagne NB", "Chéticamp NS B0E 1H0",
                "rue Principale, Shippagan NB E8S 1J6")  # fmt: skip
_YUP_PLACES = ("Gambell, AK 99742", "Savoonga, AK 99769", "PO Box 41, Gambell, AK",
               "Utqiaġvik, AK 99723", "Wainwright, AK 99782", "Point Hope, AK 99766")  # fmt: skip
_TUAREG_PLACES = ("Kidal", "Aguelhok", "Tin-Essako", "Ménaka", "Iferouane", "Arlit, Agadez")
_DZ_PLACES = ("cité Gataa El Oued, Tamanrasset", "Tin Zaouatine", "Abalessa", "Djanet, Illizi")
_BALI_PLACES = (
    "Br. Dinas Kelod, Desa Mas, Kec. Ubud, Kab. Gianyar", "Jl. Raya Tampaksiring No. 12, Gianyar",
    "Br. Tengah, Desa Penglipuran, Bangli", "Jl. Gunung Agung Gg. Kenari 7, Denpasar",
    "Desa Tenganan Pegringsingan, Karangasem",
)  # fmt: skip
_IBAN_PLACES = ("Rumah Jugah, Nanga Kain, Ulu Kapit", "Rumah Entri, Sungai Sut, Song",
                "Rumah Linggi, Nanga Sumpa, Batang Ai", "Lot 412, Jalan Kampung Nangka, Sibu",
                "Rumah Mayau, Ng. Jagau, Belaga")  # fmt: skip
_SORB_PLACES = ("Hauptstraße 14, 01920 Crostwitz", "Chrósćicy/Crostwitz",
                "Am Klosterwasser 3, 01920 Ralbitz-Rosenthal",
                "Budyšin/Bautzen, Wendischer Graben 8",
                "Nebelschütz/Njebjelčicy", "02991 Lauta, Dorfstraße 21")  # fmt: skip
_NEWAR_PLACES = ("Mangal Bazar, Lalitpur-16", "Kirtipur-3, Kathmandu", "Taumadhi, Bhaktapur-7",
                 "Asan Tole, Kathmandu-27", "Khokana, Lalitpur",
                 "Bungamati-22, Lalitpur")  # fmt: skip
_NEWAR_DEVA_PLACES = ("मंगल बजार, ललितपुर-१६", "कीर्तिपुर-३, काठमाडौं", "तौमढी, भक्तपुर-७")
_US = (("Seaside Rd", "St. Helena Island", "SC", "29920"), ("Johnston St", "Lafayette", "LA",
       "70503"), ("Front St", "Nome", "AK", "99762"), ("N Main St", "Brockton", "MA", "02301"),
       ("Hwy 99", "Hoonah", "AK", "99829"),
       ("Rue Royale", "Breaux Bridge", "LA", "70517"))  # fmt: skip
_PRISONS = ("Louisiana State Penitentiary", "Allen Correctional Center", "Goose Creek "
            "Correctional Center", "Souza-Baranowski Correctional Center", "Spring Creek "
            "Correctional Center", "Lieber Correctional Institution")  # fmt: skip
_INSTITUTIONS = (
    "Republican Clinical Hospital n.a. N.A. Semashko", "Tuvan Republican Hospital No. 1",
    "Republican Hospital n.a. P.P. Zhemchuev, Elista", "Biratori Town Hospital",
    "Sapporo Medical University Hospital", "Srisangwal Hospital", "Lashio General Hospital",
    "Hôpital Principal de Dakar", "Hôpital Aristide Le Dantec", "Orotta Referral Hospital",
    "Hospital Regional del Cusco", "Hospital del Norte, El Alto", "Vaiola Hospital",
    "Tupua Tamasese Meaole Hospital", "Hospital Dr. Agostinho Neto", "Good Samaritan Medical "
    "Center", "Beaufort Memorial Hospital", "Lafayette General Medical Center",
    "Hôpital régional Chaleur", "Norton Sound Regional Hospital", "Samuel Simmonds Memorial "
    "Hospital", "Hôpital de Kidal", "RSUP Prof. Ngoerah", "Kapit Hospital", "Sibu Hospital",
    "Oberlausitz-Kliniken Bautzen", "Patan Hospital", "Bhaktapur Hospital",
)  # fmt: skip
_INST_SN = ("Hôpital Principal de Dakar", "Hôpital Aristide Le Dantec",
            "Hôpital Matlaboul Fawzaini, Touba", "Hôpital régional de Thiès",
            "Centre de santé Philippe Maguilen Senghor")  # fmt: skip
_INST_RU = (
    "Republican Clinical Hospital n.a. N.A. Semashko",
    "Tuvan Republican Hospital No. 1",
    "Ulan-Ude City Hospital No. 4",
    "Kyzyl Perinatal Centre",
    "Aginsky District Hospital",
)
_W3W = ("filled", "count", "soap", "index", "home", "raft", "tundra", "lamp", "pebble", "otter",
        "crisp", "walrus", "meadow", "ladder", "velvet", "kettle", "harbour",
        "sparrow")  # fmt: skip
_PLUS = "23456789CFGHJMPQRVWX"

# Months and numerals in the languages of the forms.
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")  # fmt: skip
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "setiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro")  # fmt: skip
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")  # fmt: skip
_ID_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")  # fmt: skip
_MS_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
              "Oktober", "November", "Disember")  # fmt: skip
_TON_MONTHS = ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi",
               "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema")  # fmt: skip
_SMO_MONTHS = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aukuso",
               "Setema", "Oketopa", "Novema", "Tesema")  # fmt: skip
_ETH_MONTHS = ("መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ", "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ",
               "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "ጳጉሜን")  # fmt: skip
_ETH_MONTHS_LATIN = ("Meskerem", "Tikimti", "Hidar", "Tahsas", "Tiri", "Lekatit", "Megabit",
                     "Miyazya", "Ginbot", "Sene", "Hamle", "Nehase", "Pagumen")  # fmt: skip
_BS_MONTHS = ("Baisakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Asoj", "Kartik", "Mangsir",
              "Poush", "Magh", "Falgun", "Chaitra")  # fmt: skip
_TH_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
              "ต.ค.", "พ.ย.", "ธ.ค.")  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDS = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
_JA_DIGITS = "〇一二三四五六七八九"
_DEVA_DIGITS = "०१२३४५६७८९"
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "O": "0", "I": "1", "S": "5", "B": "8"}
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_RU_PLATE = "АВЕКМНОРСТУХ"
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isascii() and c.isalnum()).lower()


def _words(n: int) -> str:
    """English words for 0 < n < 200."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")


def _ordinal_words(n: int) -> str:
    if n in _ORDS:
        return _ORDS[n]
    if n < 20:
        return _words(n) + "th"
    if n % 10 == 0:
        return _TENS[n // 10][:-1] + "ieth"
    return f"{_TENS[n // 10]}-{_ORDS.get(n % 10, _ONES[n % 10] + 'th')}"


def _suffix(n: int) -> str:
    return "th" if 10 < n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ja_number(n: int) -> str:
    """Kanji numerals for 0 < n < 200, as in 九十五歳."""
    out = ""
    if n >= 100:
        out, n = "百", n - 100
    if n >= 10:
        out += ("" if n // 10 == 1 else _JA_DIGITS[n // 10]) + "十"
    return out + (_JA_DIGITS[n % 10] if n % 10 else "")


def _deva(text: str) -> str:
    return "".join(_DEVA_DIGITS[int(c)] if c.isdigit() else c for c in text)


def _ocr(rng: random.Random, text: str, p: float = 0.35) -> str:
    return "".join(_OCR.get(c, c) if rng.random() < p else c for c in text)


def _japanese_era(d: date) -> tuple[str, str, int]:
    """(letter, kanji, year of the era) of a date: Reiwa, Heisei, Showa or Taisho."""
    eras = ((date(2019, 5, 1), "R", "令和"), (date(1989, 1, 8), "H", "平成"),
            (date(1926, 12, 25), "S", "昭和"), (date(1912, 7, 30), "T", "大正"))  # fmt: skip
    for start, letter, kanji in eras:
        if d >= start:
            return letter, kanji, d.year - start.year + 1
    return "M", "明治", d.year - 1867


def _ethiopian(d: date) -> tuple[int, int, int]:
    """(year, month 1-13, day) in the Ethiopian calendar."""

    def new_year(y: int) -> date:
        return date(y, 9, 12) if (y + 1) % 4 == 0 else date(y, 9, 11)

    start = new_year(d.year) if d >= new_year(d.year) else new_year(d.year - 1)
    offset = (d - start).days
    return start.year - 7, offset // 30 + 1, offset % 30 + 1


def _bikram(d: date) -> tuple[int, int, int]:
    """(year, month, day) in Bikram Sambat, to within a day or two (months taken as 30.4 days)."""
    start = date(d.year, 4, 14) if d >= date(d.year, 4, 14) else date(d.year - 1, 4, 14)
    offset = (d - start).days
    month = min(int(offset / 30.44), 11)
    return start.year + 57, month + 1, int(offset - month * 30.44) + 1


def _imo(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(6)]
    digits[0] = rng.choice((9, 8, 7))
    check = sum(x * w for x, w in zip(digits, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return "".join(map(str, digits)) + str(check)


def _snils(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(9)]
    total = sum(x * (9 - i) for i, x in enumerate(digits))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101 % 100
    s = "".join(map(str, digits))
    return f"{s[:3]}-{s[3:6]}-{s[6:]} {check:02d}"


def _my_number(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, digits)) + str(check)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _thai_id(rng: random.Random, first: str) -> str:
    digits = [int(c) for c in first] + [rng.randrange(10) for _ in range(12 - len(first))]
    check = (11 - sum(x * (13 - i) for i, x in enumerate(digits)) % 11) % 10
    s = "".join(map(str, digits)) + str(check)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def _iban_de(rng: random.Random) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(18))
    check = 98 - int(bban + "131400") % 97
    s = f"DE{check:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def _vin(rng: random.Random) -> str:
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[8] = "0"
    total = sum(values[c] * w for c, w in zip(chars, weights, strict=True)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def _v20_person(rng: random.Random, groups: tuple[int, ...] = _V20_LATIN) -> tuple[str, str]:
    """A given and a family name of one group (by default any group written in Latin letters)."""
    givens, families = _V20_GROUPS[rng.choice(groups)]
    return rng.choice(givens), rng.choice(families)


def _v20_name(rng: random.Random, style: str) -> str:
    if style == "cvnick":
        return rng.choice(_CV_NICK)
    if style == "cajnick":
        return rng.choice(_CAJ_NICK)
    if style == "wolofcaps":  # Senegalese forms: family name in capitals first
        given, family = _v20_person(rng, (_V20_LOCALES.index("wolof"),))
        return rng.choice((f"{family.upper()} {given}", f"{family.upper()} {given.upper()}"))
    if style == "quees":  # Peruvian forms: both family names, then the given names
        given, family = _v20_person(rng, (_V20_LOCALES.index("que"),))
        other = rng.choice(_AYM[1] + _QUE[1])
        second = rng.choice(_QUE[0])
        return rng.choice((f"{family.upper()} {other.upper()}, {given} {second}",
                           f"{family} {other} {given}"))  # fmt: skip
    if style.endswith("low") and style[:-3] in _V20_LOCALES:  # chat: lower case, often one name
        given, family = _v20_person(rng, (_V20_LOCALES.index(style[:-3]),))
        return rng.choice((given.lower(), f"{given} {family}".lower()))
    if style in _V20_LOCALES:
        given, family = _v20_person(rng, (_V20_LOCALES.index(style),))
        if style in ("bxrcyr", "tuvcyr"):  # family name first, with a patronymic or initials
            return rng.choice((f"{family} {given}", f"{family} {given[0]}. {rng.choice('АБДСЦ')}.",
                               f"{given} {family}"))  # fmt: skip
        if style in ("ainukana", "mong", "tirgeez", "tfng", "balscript", "newardeva"):
            return rng.choice((f"{family} {given}", f"{given} {family}"))
        if style == "ainu":
            return rng.choice((f"{family.upper()} {given}", f"{given} {family}"))
        if style == "tir":  # a given name and the father's given name
            return rng.choice((f"{given} {family}", f"{given} {family} {rng.choice(_TIR[1])}"))
        if style == "shan":  # no family names: "Sai" (men) or "Nang" (women) and one or two names
            title = rng.choice(("Sai", "Nang"))
            return rng.choice((f"{title} {given} {family}", f"{title} {given}",
                               f"{title} {given} {family}".upper()))  # fmt: skip
        if style == "bali":  # no family names: a title or caste name and a personal name
            return rng.choice((f"{given} {family}", f"{given} {family}".upper()))
        if style == "iban":
            return rng.choice((f"{given} {family}", f"{given.upper()} {family.upper()}"))
        if style == "tuareg":  # "ag" (son of) or "welet" (daughter of) the father or mother
            particle = "ag" if given in _TUAREG_MEN else "welet"
            return rng.choice((f"{given} {particle} {family}", f"{given} {particle.capitalize()} "
                               f"{family}", f"{given} {family}"))  # fmt: skip
        if style == "smo":
            return rng.choice((f"{given} {family}", f"{family}, {given}",
                               f"{given} {rng.choice(_SMO[0])} {family}"))  # fmt: skip
        if style == "caj":
            return rng.choice((f"{given} {family}", f"{given} {rng.choice(_UP)}. {family}",
                               f"{family}, {given}"))  # fmt: skip
        return rng.choice((f"{given} {family}", f"{given} {family}", f"{family}, {given}"))
    given, family = _v20_person(rng)
    shapes = {
        "": (f"{given} {family}", f"{given} {family}", f"{family}, {given}",
             f"{given[0]}. {family}", family),
        "given": (given,),
        "givenu": (given.upper(),),
        "family": (family,),
        "familyu": (family.upper(),),
        "caps": (f"{family.upper()}, {given}", f"{given.upper()} {family.upper()}"),
        "comma": (f"{family}, {given}",),
        "sig": (f"{given} {family}", f"{given[0]}. {family}"),
        "init": (f"{given[0]}{family[0].upper()}", f"{given[0]}.{family[0].upper()}.",
                 f"{given[0]}. {family[0].upper()}."),
        "user": (_ascii(given)[:1] + _ascii(family), f"{_ascii(given)}.{_ascii(family)}"),
        "lower": (given.lower(), f"{given} {family}".lower()),
        "pn": (f"{family.upper()}^{given.upper()}", f"{family}^{given}"),
        "dict": (f"{given} {family}".lower(),),
        "ocr": (_ocr(rng, f"{family.upper()} {given.upper()}", 0.3),),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown NAME shape {style!r}")
    return rng.choice(shapes[style])


def _v20_age(rng: random.Random, style: str) -> str:
    """An age over 89 (90 to 111) in the written form ``style`` asks for."""
    n = rng.randrange(90, 112)
    months, days = rng.randrange(1, 12), rng.randrange(1, 29)
    ru = "год" if n % 10 == 1 and n % 100 != 11 else "года" if n % 10 in (2, 3, 4) else "лет"
    shapes = {
        "": (str(n), f"{n} years", f"{n}y"),
        "num": (str(n),),
        "y": (f"{n}-year-old", f"{n} y.o.", f"{n}yo", f"{n} yrs"),
        "words": (_words(n), f"{_words(n)} years old", f"{_words(n)}-year-old"),
        "ymd": (f"{n}y {months}m {days}d", f"{n} years, {months} months and {days} days"),
        "dicom": (f"{n:03d}Y",),
        "ru": (f"{n} {ru}", f"{n} л."),
        "ja": (f"{n}歳", f"{_ja_number(n)}歳"),
        "fr": (f"{n} ans", f"{n} a."),
        "es": (f"{n} años", f"{n} a."),
        "pt": (f"{n} anos",),
        "de": (f"{n} J.", f"{n} Jahre"),
        "id": (f"{n} tahun", f"{n} th"),
        "ms": (f"{n} tahun", f"umur {n}"),
        "np": (f"{_deva(str(n))} वर्ष", f"{n} yrs", f"{n}Y/F"),
        "ton": (f"taʻu {n}", f"{n} yrs"),
        "smo": (f"{n} tausaga", f"{n} yrs"),
        "que": (f"{n} watayuq", f"{n} años"),
        "tir": (f"{n} ዓመት", f"{n} ዓ."),
    }
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v20_date(rng: random.Random, style: str) -> str:
    if style in (
        "dob",
        "jadob",
        "ethdob",
        "dicomdob",
        "isodob",
        "hl7dob",
        "ocr",
        "spoken",
        "dedob",
    ):
        d = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
    elif style == "dobyoung":
        d = date(1988, 1, 1) + timedelta(days=rng.randrange(365 * 20))
    else:
        d = date(2020, 1, 1) + timedelta(days=rng.randrange(365 * 8))
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    mon, m0 = _EN_MONTHS[d.month - 1], d.month - 1
    era, kanji, ey = _japanese_era(d)
    e_y, e_m, e_d = _ethiopian(d)
    b_y, b_m, b_d = _bikram(d)
    doy = d.timetuple().tm_yday
    nth = f"{d.day}{_suffix(d.day)}"
    jd = d.toordinal() + 1721424.5
    shapes = {
        "": (f"{d:%d/%m/%Y}", f"{d.day} {mon} {d.year}", d.isoformat(), f"{d:%m/%d/%Y}"),
        "dob": (f"{d:%m/%d/%Y}", f"{d.day} {mon[:3]} {d.year}", f"{d:%d.%m.%Y}"),
        "dobyoung": (f"{d:%m/%d/%Y}", f"{d:%d-%b-%Y}".upper(), d.isoformat()),
        "us": (f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}"),
        "long": (f"{d.day} {mon} {d.year}", f"{mon} {d.day}, {d.year}"),
        "iso": (d.isoformat(),),
        "isodob": (d.isoformat(),),
        "hl7dob": (f"{d:%Y%m%d}",),
        "dicomdob": (f"{d:%Y%m%d}",),
        "ord": (f"the {nth} of {mon[:3]}.", f"{nth} {mon[:3]}. '{d:%y}", f"{mon[:3]}. {nth}",
                f"{mon} the {nth}"),
        "julian": (f"JD {jd:.1f}", f"{d.year}{doy:03d}", f"{d:%y}{doy:03d}", f"{d.year}-{doy:03d}"),
        "dtg": (f"{d.day:02d}{hh:02d}{mi:02d}Z{mon[:3].upper()}{d:%y}",),
        "ru": (f"{d:%d.%m.%Y}", f"{d.day} {_RU_MONTHS[m0]} {d.year} г.", f"{d:%d.%m.%y}"),
        "ja": (f"{era}{ey}.{d.month}.{d.day}", f"{kanji}{ey}年{d.month}月{d.day}日",
               f"{d.year}年{d.month}月{d.day}日"),
        "jadob": (f"{era}{ey}.{d.month}.{d.day}", f"{kanji}{ey}年{d.month}月{d.day}日"),
        "thai": (f"{d.day}/{d.month}/{d.year + 543}", f"{d.day} {_TH_MONTHS[m0]} {d.year + 543}",
                 f"{d.day} {mon[:3]} B.E. {d.year + 543}"),
        "eth": (f"{e_d} {_ETH_MONTHS[e_m - 1]} {e_y} ዓ.ም.", f"{e_d:02d}/{e_m:02d}/{e_y}"),
        "ethdob": (f"{e_d} {_ETH_MONTHS_LATIN[e_m - 1]} {e_y} E.C.",
                   f"{e_d:02d}.{e_m:02d}.{e_y} EC"),
        "bs": (f"{b_y}/{b_m:02d}/{b_d:02d} B.S.", f"{b_d} {_BS_MONTHS[b_m - 1]} {b_y}"),
        "bsdeva": (_deva(f"{b_y}/{b_m:02d}/{b_d:02d}"), _deva(f"{b_y}-{b_m}-{b_d}")),
        "fr": (f"{d:%d/%m/%Y}", f"{d.day} {_FR_MONTHS[m0]} {d.year}",
               f"{'1er' if d.day == 1 else d.day} {_FR_MONTHS[m0]} {d.year}"),
        "es": (f"{d:%d/%m/%Y}", f"{d.day} de {_ES_MONTHS[m0]} de {d.year}"),
        "de": (f"{d:%d.%m.%Y}", f"{d.day}. {_DE_MONTHS[m0]} {d.year}"),
        "dedob": (f"{d:%d.%m.%Y}", f"{d.day}. {_DE_MONTHS[m0]} {d.year}"),
        "id": (f"{d:%d-%m-%Y}", f"{d.day} {_ID_MONTHS[m0]} {d.year}"),
        "ton": (f"{d.day} {_TON_MONTHS[m0]} {d.year}", f"{d:%d/%m/%Y}"),
        "smo": (f"{d.day} {_SMO_MONTHS[m0]} {d.year}", f"{d:%d/%m/%Y}"),
        "ms": (f"{d.day} {_MS_MONTHS[m0]} {d.year}",),
        "stamp": (f"{d.isoformat()}T{hh:02d}:{mi:02d}:{ss:02d}Z",
                  f"{d:%Y-%m-%d} {hh:02d}:{mi:02d}"),
        "epcr": (f"{d.isoformat()}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randrange(1000):03d}-06:00",),
        "sms": (f"{d:%d/%m} {hh:02d}:{mi:02d}", f"{d:%d.%m.%y} {hh}h{mi:02d}"),
        "wa": (f"{d:%d/%m/%y}, {hh:02d}:{mi:02d}",),
        "vm": (f"{d:%a %b} {d.day} {hh % 12 or 12}:{mi:02d} {'PM' if hh >= 12 else 'AM'}",
               f"{d.month}/{d.day}/{d.year} {hh:02d}:{mi:02d}"),
        "spoken": (f"{mon.lower()} {_ordinal_words(d.day)} {_words(d.year // 100)} "
                   f"{_words(d.year % 100) or 'hundred'}", f"{d.month} {d.day} {d.year % 100}",
                   f"the {_ordinal_words(d.day)} of {mon.lower()} {d.year}"),
        "ocr": (_ocr(rng, f"{d:%d/%m/%Y}", 0.4), _ocr(rng, f"{d:%m-%d-%Y}", 0.4)),
    }  # fmt: skip
    if style == "vm" and rng.random() < 0.3:
        return f"{_WEEKDAYS[d.weekday()]} the {_ordinal_words(d.day)}"
    if style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes[style])


def _v20_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(2, 9999)
    lists = {
        "bxr": _BXR_PLACES, "bxrcyr": _BXR_CYR_PLACES, "tuvcyr": _TUV_CYR_PLACES,
        "kalm": _KALM_PLACES, "ainu": _AINU_PLACES, "shan": _SHAN_PLACES,
        "shanmm": _SHAN_MM_PLACES, "sn": _SN_PLACES, "tir": _TIR_PLACES,
        "tirgeez": _TIR_GEEZ_PLACES, "que": _QUE_PLACES, "aym": _AYM_PLACES, "ton": _TON_PLACES,
        "smo": _SMO_PLACES, "cv": _CV_PLACES, "gul": _GUL_PLACES, "caj": _CAJ_PLACES,
        "acad": _ACAD_PLACES, "yup": _YUP_PLACES, "tuareg": _TUAREG_PLACES, "dz": _DZ_PLACES,
        "bali": _BALI_PLACES, "iban": _IBAN_PLACES, "sorb": _SORB_PLACES, "newar": _NEWAR_PLACES,
        "newardeva": _NEWAR_DEVA_PLACES, "prison": _PRISONS, "inst": _INSTITUTIONS,
        "instsn": _INST_SN, "instru": _INST_RU,
    }  # fmt: skip
    if style in lists:
        return rng.choice(lists[style])
    if style == "cvus":
        return f"{rng.randrange(10, 999)} {rng.choice(_CVUS_PLACES)}"
    if style == "plus":
        code = "".join(rng.choice(_PLUS) for _ in range(4))
        tail = "".join(rng.choice(_PLUS) for _ in range(2))
        head = f"{rng.choice('89')}{rng.choice('FGHJ')}{code}{rng.choice(_PLUS)}{rng.choice(_PLUS)}"
        return rng.choice((f"{code}+{tail} Ovyur, Tuva", f"{head}+{tail}{rng.choice(_PLUS)}"))
    if style == "w3w":
        return "///" + ".".join(rng.sample(_W3W, 3))
    if style == "coord":
        lat, lon = rng.uniform(14, 72), rng.uniform(-170, 100)
        return rng.choice((f"{lat:.5f}, {lon:.5f}",
                           f"{abs(lat):.4f}°{'N' if lat > 0 else 'S'} {abs(lon):.4f}°"
                           f"{'E' if lon > 0 else 'W'}"))  # fmt: skip
    us = rng.choice(_US)
    shapes = {
        "": (
            f"{n} {us[0]}, {us[1]}, {us[2]} {us[3]}",
            us[1],
            rng.choice(_CAJ_PLACES),
            rng.choice(_BXR_PLACES),
            rng.choice(_SORB_PLACES),
        ),
        "us": (f"{n} {us[0]}, {us[1]}, {us[2]} {us[3]}",),
        "street": (f"{n} {us[0]}",),
        "city": (us[1],),
        "ocr": (_ocr(rng, f"{n} {us[0]} {us[1]} {us[2]} {us[3]}".upper(), 0.2),),
    }
    if style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    return rng.choice(shapes[style])


def _v20_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v20 shape (``style``: the shape a field asks for)."""

    def d(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    def up(k: int) -> str:
        return "".join(rng.choice(_UP) for _ in range(k))

    def hx(k: int) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(k))

    def pick(shapes: dict[str, tuple[str, ...]]) -> str:
        if style not in shapes:
            raise ValueError(f"unknown {kind} shape {style!r}")
        return rng.choice(shapes[style])

    if kind == "NAME":
        return _v20_name(rng, style)
    if kind == "AGE":
        return _v20_age(rng, style)
    if kind == "DATE":
        return _v20_date(rng, style)
    if kind == "GEO":
        return _v20_geo(rng, style)
    given, family = _v20_person(rng)
    g, f = _ascii(given) or "pt", _ascii(family) or "pt"
    if kind in ("PHONE", "FAX"):
        us = f"({rng.choice(('843', '337', '907', '508', '912'))}) {d(3)}-{d(4)}"
        digits = d(10)
        return pick({
            "": (us, f"+7 (3012) {d(2)}-{d(2)}-{d(2)}", f"+221 77 {d(3)} {d(2)} {d(2)}",
                 f"+676 7{d(1)} {d(5)}", f"+49 3591 {d(6)}", f"+977 98{d(8)}"),
            "us": (us,),
            "e164": (f"+1{rng.choice(('843', '337', '907'))}{d(7)}",),
            "ru": (f"+7 (3012) {d(2)}-{d(2)}-{d(2)}", f"8 (39422) {d(1)}-{d(2)}-{d(2)}",
                   f"+7 914 {d(3)}-{d(2)}-{d(2)}", f"8-924-{d(3)}-{d(2)}-{d(2)}"),
            "jp": (f"01457-{d(1)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}"),
            "th": (f"08{d(1)}-{d(3)}-{d(4)}", f"+66 53 {d(3)} {d(3)}"),
            "mm": (f"+95 9 {d(3)} {d(3)} {d(3)}", f"09-{d(9)}"),
            "sn": (f"+221 77 {d(3)} {d(2)} {d(2)}", f"78 {d(3)} {d(2)} {d(2)}",
                   f"33 8{d(2)} {d(2)} {d(2)}"),
            "er": (f"+291 1 {d(2)} {d(2)} {d(2)}", f"07 {d(3)} {d(3)}"),
            "pe": (f"+51 9{d(2)} {d(3)} {d(3)}", f"(084) {d(2)}-{d(4)}", f"9{d(8)}"),
            "bo": (f"+591 7{d(7)}", f"2-28{d(5)}"),
            "to": (f"+676 7{d(1)} {d(5)}", f"{d(2)}-{d(3)}"),
            "ws": (f"+685 7{d(1)} {d(5)}", f"2{d(4)}"),
            "cv": (f"+238 9{d(2)} {d(2)} {d(2)}", f"26{d(1)} {d(2)} {d(2)}"),
            "ma": (f"(508) {d(3)}-{d(4)}", f"774-{d(3)}-{d(4)}"),
            "gul": (f"eight four three {' '.join(_words(int(c)) or 'oh' for c in d(7))}",
                    f"843-{d(3)}-{d(4)}", f"912 {d(3)} {d(4)}"),
            "spoken": (" ".join(_words(int(c)) or "zero" for c in digits), f"{digits[:3]}-"
                       f"{digits[3:6]}-{digits[6:]}"),
            "la": (f"(337) {d(3)}-{d(4)}", f"337.{d(3)}.{d(4)}"),
            "nb": (f"506-{d(3)}-{d(4)}", f"(506) {d(3)} {d(4)}"),
            "ak": (f"(907) 985-{d(4)}", f"907-984-{d(4)}"),
            "ml": (f"+223 7{d(1)} {d(2)} {d(2)} {d(2)}",),
            "ne": (f"+227 9{d(1)} {d(2)} {d(2)} {d(2)}",),
            "sat": (f"+88216 {d(3)} {d(4)}", f"+882 16 {d(8)}"),
            "id": (f"+62 812-3{d(3)}-{d(4)}", f"(0361) {d(6)}", f"0813 {d(4)} {d(4)}"),
            "my": (f"+60 84-{d(3)} {d(3)}", f"013-8{d(2)} {d(4)}"),
            "de": (f"+49 3591 {d(6)}", f"03591/{d(5)}", f"0171 {d(7)}"),
            "np": (f"+977 98{d(8)}", f"01-4{d(6)}", _deva(f"९८{d(8)}")),
            "ocr": (_ocr(rng, f"({rng.choice(('843', '337'))}) {d(3)}-{d(4)}", 0.3),),
        })  # fmt: skip
    if kind == "EMAIL":
        tag = rng.choice(("clinic", "health", "mom", "records", "portal", "rx", "2024"))
        sub = rng.choice(("mail.buryatia.ru", "students.bsu.ru", "med.kapit.sarawak.gov.my",
                          "praxis.budysin.de", "lab.health.gov.to", "alumni.unsaac.edu.pe",
                          "nurses.ucad.sn", "eagle.ns.ak.us", "ulm.louisiana.edu"))  # fmt: skip
        return pick({
            "": (f"{g}.{f}@gmail.com", f"{g}{d(2)}@yandex.ru", f"{f}{g[0]}@yahoo.fr"),
            "plus": (f"{g}.{f}+{tag}@gmail.com", f"{g}+{tag}{d(2)}@outlook.com",
                     f"{f}+{tag}@{sub}"),
            "sub": (f"{g}.{f}@{sub}", f"{g[0]}{f}@{sub}"),
        })  # fmt: skip
    if kind == "SSN":
        born = date(1913, 1, 1) + timedelta(days=rng.randrange(365 * 22))
        return pick({
            "": (f"{d(3)}-{d(2)}-{d(4)}",),
            "us": (f"{d(3)}-{d(2)}-{d(4)}", d(9)),
            "snils": (_snils(rng),),
            "rupass": (f"{rng.choice(('81', '93', '85', '76'))} {d(2)} {d(6)}",),
            "mynumber": (_my_number(rng),),
            "thaipink": (_thai_id(rng, "00"), _thai_id(rng, "6")),
            "nrc": (f"13/{rng.choice(('LaShaNa', 'TaKaNa', 'KaMaNa', 'MaSaTa'))}(N){d(6)}",
                    f"၁၃/{rng.choice(('လရှန', 'တကန'))}(နိုင်){d(6)}"),
            "sn": (f"{rng.choice('12')} {d(3)} {born.year} {d(5)}",),
            "dni": (d(8), f"{d(8)}-{d(1)}"),
            "bolp": (f"{d(7)} LP", f"{d(7)}-1B LP"),
            "ws": (d(10),),
            "passport": (f"P{d(7)}", f"{up(2)}{d(7)}"),
            "nif": (f"1{d(8)}",),
            "nina": (f"{d(15)}{up(1)}", f"{d(1)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)} {up(1)}"),
            "dz": (f"1{d(17)}",),
            "nik": (f"51{rng.choice(('04', '06', '71', '07'))}{d(2)}{born:%d%m%y}{d(4)}",),
            "mykad": (f"{born:%y%m%d}-13-{d(4)}", f"{born:%y%m%d}13{d(4)}"),
            "rv": (f"{d(2)} {born:%d%m%y} {rng.choice('BKSWZ')} {rng.randrange(50, 99)} {d(1)}",),
            "np": (f"{d(2)}-{d(2)}-{d(2)}-{d(5)}", f"{d(3)}/{d(4)}"),
            "roster": (f"{up(2)}{d(4)}",),
            "last4": (d(4),),
            "edipi": (d(10),),
        })  # fmt: skip
    if kind == "MRN":
        return pick({
            "": (d(7), f"{d(2)}-{d(5)}", f"MR{d(6)}"),
            "ru": (f"{d(4)}/{rng.randrange(20, 28)}", f"{d(5)}-С"),
            "to": (f"VH{d(6)}",),
            "ihs": (d(6), f"{d(3)}-{d(3)}"),
            "donor": (f"DNR-{d(5)}", f"D{up(1)}{d(6)}"),
            "ocr": (_ocr(rng, d(8), 0.35),),
        })  # fmt: skip
    if kind == "HEALTH_PLAN":
        mbi = (f"{rng.randrange(1, 10)}{rng.choice(_MBI_LETTERS)}"
               f"{rng.choice(_MBI_LETTERS + '0123456789')}{d(1)}-{rng.choice(_MBI_LETTERS)}"
               f"{rng.choice(_MBI_LETTERS + '0123456789')}{d(1)}-{rng.choice(_MBI_LETTERS)}"
               f"{rng.choice(_MBI_LETTERS)}{d(2)}")  # fmt: skip
        return pick({
            "": (f"{up(3)}{d(9)}", f"{d(4)} {d(4)} {d(4)}"),
            "oms": (d(16), f"{d(4)} {d(4)} {d(4)} {d(4)}"),
            "jp": (f"0{d(7)}", f"記号 {d(4)} 番号 {d(3)}"),
            "sis": (f"2-{d(8)}", f"SIS {d(9)}"),
            "masshealth": (d(12),),
            "mbi": (mbi,),
            "nb": (d(9),),
            "bpjs": (f"000{d(10)}",),
            "gkv": (f"{rng.choice(_UP)}{d(9)}",),
        })  # fmt: skip
    if kind == "ACCOUNT":
        return pick({
            "": (d(9), f"AC-{d(7)}"),
            "ru": (str(rng.randrange(1, 999)), f"{d(3)}-{rng.randrange(20, 28)}"),
            "om": (f"77{d(7)}", f"MP{d(6)}.{d(4)}.{up(1)}{d(5)}"),
            "unhcr": (f"{d(3)}-{d(2)}C{d(5)}", f"ERI-{d(8)}"),
            "tribal": (f"{d(4)}", f"GMB-{d(4)}"),
            "epcr": (f"{rng.randrange(2020, 2028)}-{d(6)}",),
            "rx": (f"6{d(6)}", f"RX{d(7)}"),
            "doc": (d(6), f"#{d(7)}"),
            "booking": (f"BK{rng.randrange(20, 28)}-{d(5)}",),
            "ski": (f"{rng.randrange(20, 28)}-{d(4)}",),
            "pass": (f"WTP {d(8)}-{up(3)}-{up(3)}", f"SP-{d(9)}"),
            "emp": (f"E{d(6)}", f"{up(3)}{d(5)}"),
            "bb": (f"BB{rng.randrange(20, 28)}-{d(4)}-{rng.randrange(1, 5):02d}",
                   f"S-{hx(8).upper()}"),
            "iban": (_iban_de(rng),),
        })  # fmt: skip
    if kind == "LICENSE":
        return pick({
            "": (f"{up(1)}{d(7)}",),
            "la": (f"00{d(7)}",),
            "dds": (f"DN{d(5)}", f"D-{d(4)}"),
            "ogm": (f"OGUK-{d(6)}",),
            "bosiet": (f"{d(4)}-{up(2)}-{d(6)}",),
        })  # fmt: skip
    if kind == "VEHICLE":
        ru_region = rng.choice(("03", "17", "08", "75", "103"))
        return pick({
            "": (f"{up(3)} {d(3)}", _vin(rng)),
            "ru": (f"{rng.choice(_RU_PLATE)}{d(3)}{rng.choice(_RU_PLATE)}{rng.choice(_RU_PLATE)} "
                   f"{ru_region}", f"{rng.choice('ABEKMHOPCTYX')}{d(3)}"
                   f"{rng.choice('ABEKMHOPCTYX')}{rng.choice('ABEKMHOPCTYX')}{ru_region}RUS"),
            "jp": (f"{rng.choice(('室蘭', '札幌', '釧路'))} {d(3)} {rng.choice('あさなれ')} "
                   f"{d(2)}-{d(2)}", f"Muroran 580 e {d(2)}-{d(2)}"),
            "mm": (f"SHN/{d(1)}{up(1)}-{d(4)}", f"{d(1)}{up(1)}/{d(4)}"),
            "sn": (f"DK-{d(4)}-{up(2)}", f"AA-{d(3)}-{up(2)}", f"TH-{d(4)}-{up(1)}"),
            "pe": (f"{up(1)}{d(1)}{up(1)}-{d(3)}", f"{up(3)}-{d(3)}", f"{d(4)}-{d(1)}{up(1)}"),
            "bo": (f"{d(4)}{up(3)}", f"{d(4)}-{up(3)}"),
            "ma": (f"{d(1)}{up(2)} {d(3)}", f"{d(3)} {up(2)}{d(1)}"),
            "ga": (f"{up(3)}{d(4)}", f"{up(2)}{d(1)} {d(4)}"),
            "la": (f"{d(3)} {up(3)}", f"{up(3)} {d(3)}"),
            "laboat": (f"LA {d(4)} {up(2)}", f"LA-{d(4)}-{up(2)}"),
            "id": (f"DK {d(4)} {up(2)}", f"DK{d(4)}{up(3)}"),
            "my": (f"QS {d(4)} {up(1)}", f"QK{d(4)}{up(1)}", f"QSA {d(4)} {up(1)}"),
            "de": (f"{rng.choice(('BZ', 'CB', 'GR', 'HY', 'KM'))}-{up(rng.choice((1, 2)))} "
                   f"{rng.randrange(1, 9999)}",),
            "np": (f"Ba {rng.randrange(1, 99)} Pa {d(4)}",
                   _deva(f"बा {rng.randrange(1, 99)} प {d(4)}"),
                   f"Bagmati 0{rng.randrange(1, 4)}-0{d(2)} Pa {d(4)}"),
            "imo": (_imo(rng),),
            "mmsi": (f"{rng.choice(('570', '561', '617', '273', '431'))}{d(6)}",),
            "ship": (rng.choice(("Otuanga'ofa", "Pulupaki", "Lady Samoa III", "Akademik Lavrentyev",
                                 "Sea Eagle", "Kotuku Star", "Nuku Hiva Trader")),),
            "air": (f"RA-{d(5)}", f"A3-{up(3)}", f"5W-{up(3)}", f"D4-{up(3)}", f"N{d(3)}{up(2)}",
                    f"PK-{up(3)}", f"9N-{up(3)}", f"C-G{up(3)}", f"JA{d(2)}{up(2)}"),
            "airru": (f"RA-{d(5)}", f"RA-{d(5)}G"),
            "airus": (f"N{d(3)}{up(2)}", f"N{d(4)}{up(1)}", f"N{rng.randrange(1, 999)}"),
            "airws": (f"5W-{up(3)}", f"ZK-{up(3)}", f"A3-{up(3)}"),
        })  # fmt: skip
    if kind == "DEVICE":
        oct6 = [f"{rng.randrange(256):02X}" for _ in range(6)]
        yymmdd = f"{rng.randrange(25, 31)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        return pick({
            "": (f"SN{d(8)}", f"{up(2)}{d(6)}"),
            "sn": (f"{up(3)}{d(6)}", f"{d(2)}{up(1)}{d(7)}", f"{up(1)}{d(4)}-{up(2)}{d(3)}"),
            "mac": (":".join(oct6), "-".join(oct6),
                    ".".join("".join(oct6[i : i + 2]).lower() for i in (0, 2, 4))),
            "udi": (f"(01)0{d(13)}(17){yymmdd}(10){up(2)}{d(4)}(21){d(8)}",
                    f"010{d(13)}17{yymmdd}10{up(1)}{d(5)}"),
            "pm": (f"PJN{d(6)}S", f"RNB{d(6)}H", f"{up(3)}{d(6)}R"),
            "cgm": (f"8G{up(1)}{d(1)}{up(2)}", f"{up(2)}{d(2)}{up(2)}{d(2)}"),
            "sensor": (f"MG-{hx(6).upper()}", f"{up(2)}{d(5)}"),
        })  # fmt: skip
    if kind == "URL":
        return pick({
            "": (f"https://vk.com/id{d(9)}", f"https://t.me/{g}_{f}"),
            "vk": (f"https://vk.com/id{d(9)}", f"vk.com/{g}.{f}{d(2)}"),
            "line": (f"line.me/ti/p/~{g}{d(3)}", f"https://line.me/ti/p/{hx(10)}"),
            "query": (f"https://portal.lgmc.org/results?patient_id={d(8)}&dob={d(8)}&lang=fr",
                      f"https://telehealth.nsrh.org/join?room={hx(12)}&name={g}.{f}",
                      f"http://[fe80::{hx(4)}:{hx(4)}%25wlan0]:8080/status?mrn={d(7)}",
                      f"https://biobank.example-uni.de/manifest?donor=DNR-{d(5)}&visit=2"),
            "social": (f"https://www.facebook.com/profile.php?id=1000{d(11)}",
                       f"https://ok.ru/profile/{d(12)}", f"instagram.com/{g}.{f}_"),
        })  # fmt: skip
    if kind == "IP":
        return pick({
            "": (".".join(str(rng.randrange(1, 255)) for _ in range(4)),),
            "v4port": (".".join(str(rng.randrange(1, 255)) for _ in range(4))
                       + f":{rng.randrange(1024, 65535)}",),
            "v6": (f"2a00:{hx(4)}:{hx(3)}:{hx(2)}::{hx(3)}", f"[2001:67c:{hx(4)}::{hx(2)}]:443"),
            "v6zone": (f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%"
                       + rng.choice(("wlan0", "en0", "3", "eth1", "br-lan")),),
        })  # fmt: skip
    raise ValueError(f"unknown PHI kind {kind!r}")
