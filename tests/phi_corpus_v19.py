"""The v19 lists of the PHI corpus (``corpus(..., v19=True)`` in ``phi_corpus``).

The held-out row with seed ``V19_SEED``, written blind: without reading the scrubber, its learned
tagger or the benchmark's reports, and never run against them. It goes where the earlier lists do
not. Names: Old Order Amish, Low German Mennonite (Mexico, Belize, Bolivia, Paraguay, Manitoba),
Hutterite, Manx, Channel Islands (Jersey and Guernsey Norman families), Cornish, Orkney and
Shetland, the families of Norfolk Island, Pitcairn, Tristan da Cunha and St Helena, Mizo, Khasi,
Naga (Ao and Angami), Parsi (also in Gujarati script), Doukhobor, Unangan (Aleut) and Assyrian in
Syriac script; none of their given or family names occurs in ``phi_corpus.py`` (checked token by
token with accents stripped), and several are English words (Captain, Contractor, Engineer,
Printer, Hopeful, Loveday, Quirk, Lettuce, Pudding). Templates: plain-community clinic notes and
scribe letters, hired-driver logs and buggy crashes; Spanish referral sheets of the Mennonite
colonies; Hutterite colony nursing notes and pedigrees; TT-race trauma calls and Manx letters
with Manx Gaelic months; Channel Islands GP letters; fishing-boat and ferry injuries with port
letters, vessel numbers and fishing permits; remote-island medevacs by satellite phone, Starlink
and amateur radio; Indian-English referral letters, PM-JAY pre-authorisations, ABHA records and
histopathology requisitions of north-east India; Parsi hospital summaries dated by the
Shahenshahi calendar; teleradiology chat logs, exported WhatsApp chats, patient-portal messages,
speech-recognition dictations, OCR'd faxes, trial screening logs, equipment-loan forms, HL7 and
FHIR lines, NDJSON bulk exports and spreadsheets with Excel serial dates. Identifiers in shapes of
those places: Manx and Jersey insurance numbers, INE voter keys, Bolivian and Paraguayan cédulas,
Aadhaar and EPIC numbers, Manitoba PHINs, BC PHNs, Scottish CHI numbers, new-format NZ NHIs, ISO
week and ordinal dates, HIBCC device labels, Iridium IMEIs, CGNAT addresses and UPI handles.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

V19_SEED = 20280412

V19_TEMPLATES = (
    # Old Order Amish and other plain communities (Pennsylvania, Ohio, Indiana).
    "PLAIN COMMUNITY CLINIC - {GEO:inst}\nPatient: {NAME:amish}   Age: {AGE:y}\n"
    "Father: {NAME:amish}   Mother: {NAME:amish}\nNo telephone in the home; leave word at the "
    "phone shanty, {PHONE:us}, or write to {GEO:amish}.\nSelf-pay, church aid no. "
    "{HEALTH_PLAN:aid}; cash account {ACCOUNT:inv}.",
    "{GEO:amishtown}, {DATE:budget} - Greetings to all readers. {NAME:amishposs} is home from "
    "{GEO:inst} after her hip was set; she will be {AGE} come spring. {NAME:amish} had a "
    "scare with the baby, who was flown out but is doing well.",
    "Driver log {DATE:us}: picked up {NAME:amish} and {NAME:amishposs} at {GEO:amish}; van "
    "{VEHICLE:pa}; dropped at {GEO:inst} 7:40; driver {NAME:given}, cell {PHONE:us}.",
    "TRAUMA ALERT {DATE:stamp}\nMOI: buggy struck from behind by pickup ({VEHICLE:oh}, VIN "
    "{VEHICLE:vin}) on {GEO:amishroad}\nPt 1: {NAME:amish}, {AGE:y}, thrown from buggy\n"
    "Pt 2: unknown female, later identified by her son {NAME:amish} as {NAME:amishposs}",
    "No SSN (Form 4029 exemption on file). Identity confirmed by bishop {NAME:amish} of the "
    "{GEO:amishtown} district, who can be reached through the neighbour, {PHONE:us}.",
    "Genetic counselling: {NAME:amish} (b. {DATE:dob}) and her cousin {NAME:amish} both carry "
    "the familial variant; pedigree drawn with grandmother {NAME:amishposs}, now {AGE:words}.",
    # Low German Mennonites of Mexico, Belize, Bolivia, Paraguay and Manitoba.
    "HOJA DE REFERENCIA Y CONTRARREFERENCIA\nPaciente: {NAME:mennoes}   Edad: {AGE:es}\n"
    "Clave de elector: {SSN:ine}\nDomicilio: {GEO:mx}\nTel.: {PHONE:mx}\n"
    "Intérprete (bajo alemán): {NAME:menno}\nUnidad: {GEO:inst}\nFecha: {DATE:es}",
    "Paciente {NAME:mennoes}, {AGE:es}, de {GEO:bo}; C.I. {SSN:bo}; llegó en camioneta placa "
    "{VEHICLE:bo}; hijo {NAME:menno}, cel. {PHONE:bo}.",
    "Referral (Belize): {NAME:menno}, {AGE}, of {GEO:bz}; SSB no. {SSN:bz}; NHI card "
    "{HEALTH_PLAN:bz}; truck {VEHICLE:bz}; contact her brother-in-law {NAME:menno} on "
    "{PHONE:bz}.",
    "Derivación al {GEO:inst}: {NAME:menno}, {AGE:es}, Colonia {GEO:py}; C.I. N° {SSN:py}; "
    "IPS {HEALTH_PLAN:ips}; teléfono {PHONE:py}; {DATE:es}.",
    "Plautdietsch-speaking patient {NAME:menno}, {AGE:plaut}, of {GEO:mb}; PHIN "
    "{HEALTH_PLAN:phin}; daughter {NAME:menno} interprets by phone, {PHONE:mb}.",
    "Seasonal worker returned from Ontario: {NAME:menno}, SIN {SSN:sin}, {GEO:mb}; Manitoba "
    "Health reg. {HEALTH_PLAN:mbreg}; pickup {VEHICLE:mb}.",
    # Hutterite colonies.
    "Colony nursing note {DATE:us}\n{NAME:hut}, {AGE:y}, {GEO:hut}\nPHIN {HEALTH_PLAN:phin}\n"
    "Colony phone {PHONE:mb}; the minister, {NAME:hut}, asks to be called first.\n"
    "Colony truck {VEHICLE:mb} brings her Tuesdays.",
    "Pedigree, {GEO:hut}: proband {NAME:hut} (b. {DATE:dob}); parents {NAME:hut} and "
    "{NAME:hut}, second cousins; maternal grandmother {NAME:hut}, {AGE}.",
    "AHCIP {HEALTH_PLAN:ahc} - {NAME:hut}, {GEO:hut}; Class 1 licence {LICENSE:ab}; injured "
    "unloading grain from {VEHICLE:ab}.",
    # Isle of Man.
    "TT {DATE:year} Supersport race 2, {DATE:long}: rider {NAME:caps} (race licence "
    "{LICENSE:acu}) off at the 26th Milestone; airlifted to {GEO:inst}; NI no. {SSN:nino};"
    " pit contact {NAME:given}, {PHONE:im}.",
    "Noble's discharge letter\nPatient: {NAME:manx}\n{GEO:im}\nDate of birth: {DATE:dob}\n"
    "Manx Care no. {MRN:im}\nDischarged {DATE:manx}\nGP: Dr {NAME:manx}, {PHONE:im}",
    "Moirrey ({NAME:manx}) rang {PHONE:im} - her father {NAME:manx}, {AGE:manx}, is refusing "
    "the carers at {GEO:im}; car {VEHICLE:im} should not be driven.",
    # Jersey and Guernsey.
    "Dear Dr {NAME:family},\nRe: {NAME:ci}, {GEO:je}, social security no. {SSN:je}\nThank you "
    "for seeing this {AGE:y} farmer's widow from the parish. Her son {NAME:ci} drives her in "
    "(car {VEHICLE:je}).\nYours sincerely, {NAME:ci}\nJersey General Hospital",
    "Guernsey ambulance handover {DATE:stamp}: {NAME:ci}, {AGE}, from {GEO:gg}; vehicle on "
    "scene {VEHICLE:gg}; daughter {NAME:ci} on {PHONE:gg}; e-mail {EMAIL}.",
    # Cornwall, Orkney and Shetland: the sea, ferries and inter-island flights.
    "RNLI shout {DATE:stamp}: crewman {NAME:corn}, {AGE}, crushed hand hauling on {VEHICLE:port}"
    " off {GEO:corn}; skipper {NAME:corn} ({PHONE:corn}); landed to {GEO:inst}.",
    "Inter-island flight booked for {NAME:ork} (CHI {MRN:chi}), {AGE:y}, from {GEO:ork}; escort "
    "{NAME:ork}; boat {VEHICLE:port} brings her to the airstrip; GP {PHONE:ork}.",
    "Ferry medical log: passenger {NAME:ork}, {AGE}, cabin 14, home {GEO:ork}; car on board "
    "{VEHICLE:uk}; contact {EMAIL:isp}.",
    "| Item | Detail |\n|---|---|\n| Name | {NAME:corn} |\n| DOB | {DATE:dob} |\n| Address | "
    "{GEO:corn} |\n| NHS | {HEALTH_PLAN:nhs} |\n| NOK | {NAME:corn} ({PHONE:corn}) |",
    # Remote islands: Tristan da Cunha, St Helena, Pitcairn, Norfolk Island, Falklands.
    "From: {EMAIL:work}\nSent: {DATE:rfc}\nSubject: Tristan - CXR for opinion\n\nImages of "
    "{NAME:isle} ({AGE:y}), {GEO:isle}, uploaded over Starlink from {IP:cgnat} to {URL:pacs}. "
    "Satellite phone {PHONE:sat} if the link drops.\n{NAME:isle}, Medical Officer",
    "Norfolk Island directory (by nickname): {NAME:nick} {PHONE:nf}; {NAME:nick} {PHONE:nf}; "
    "{NAME:isle} ({NAME:nick}), {GEO:nf}.",
    "Medevac to Cape Town: {NAME:isle}, {AGE}, of {GEO:sh}; passport {SSN:passport}; escort "
    "{NAME:isle}, {PHONE:sh}; flight {DATE:long}.",
    "Radio schedule {DATE:clock}: {LICENSE:ham} ({NAME:isle}) relayed vitals for a {AGE:y} "
    "man at grid {GEO:grid}; advice passed by {LICENSE:ham}.",
    "Falklands camp visit: {NAME:isle}, {AGE}, {GEO:fk}; FIGAS flight {DATE:short}; Land Rover "
    "{VEHICLE:fk}; phone {PHONE:fk}.",
    "Pitcairn: {NAME:isle} ({AGE:y}) seen at the clinic in {GEO:pn}; quad bike {VEHICLE:pn};"
    " supply-ship referral to {GEO:inst}; NZ NHI {MRN:nhi}.",
    # North-east India: Mizoram, Meghalaya, Nagaland.
    "Respected Sir/Madam,\nGreetings from {GEO:inst}. Kindly receive {NAME:mizo}, {AGE:in}, "
    "R/o {GEO:mizo}, who is having complaints of vomiting blood since 3 days. Kindly do the "
    "needful.\nThanking you,\n{NAME:mizo}, MBBS, MMC Regn. {LICENSE:mmc}\nMob: {PHONE:in}",
    "PM-JAY PRE-AUTHORISATION REQUEST\nBeneficiary: {NAME:caps}   PMJAY ID: {HEALTH_PLAN:pmjay}"
    "\nAadhaar: {SSN:aadhaar}   Age/Sex: {AGE:in}/F\nAddress: {GEO:khasi}\nPre-auth no. "
    "{ACCOUNT:preauth}   Admitted: {DATE:in}\nTreating doctor: {NAME:khasi}",
    "HISTOPATHOLOGY REQUISITION\n[ ] Biopsy  [x] Resection  [ ] Cytology\nName: {NAME:khasi}   "
    "Age: {AGE:ymd}\nCR No.: {MRN:cr}   HP No.: {ACCOUNT:hp}\nAddress: {GEO:khasi}\nDate sent:"
    " {DATE:in}   Clinician: {NAME:khasi}",
    '{"abhaNumber": "{HEALTH_PLAN:abha}", "abhaAddress": "{HEALTH_PLAN:abhaaddr}", "name": '
    '"{NAME:mizo}", "yearOfBirth": "{DATE:year}", "mobile": "{PHONE:in10}", "address": '
    '"{GEO:mizo}"}',
    "108 call log {DATE:stamp}: caller {NAME:naga} ({PHONE:in}) for his grandmother "
    "{NAME:naga}, {AGE:in}, at {GEO:naga}; ambulance {VEHICLE:nl}; EPIC {SSN:epic}.",
    "OPD slip: {NAME:naga}, {AGE:ymd}, {GEO:naga}; Regd. No. {MRN:ipd}; paid by UPI "
    "{ACCOUNT:upi}, UTR {ACCOUNT:utr}.",
    "Mizo-speaking patient {NAME:mizo} ({AGE:mizo}) from {GEO:mizo}; son {NAME:mizo} on "
    "{PHONE:in}; Facebook {URL:fb}; motorcycle {VEHICLE:mz}.",
    "Hopeful news: {NAME:khasi} walked to the gate today. Her clan elder {NAME:khasi} came from "
    "{GEO:khasi} by taxi {VEHICLE:ml}.",
    # Parsi families of Mumbai and Gujarat.
    "DISCHARGE SUMMARY - {GEO:inst}\nName: {NAME:parsi}   Age/Sex: {AGE:in}/M\nIP No.: "
    "{MRN:ipd}   Bill No.: {ACCOUNT:ip}\nAdmitted: {DATE:in} ({DATE:yz})\nAddress: {GEO:parsi}"
    "\nMediclaim policy: {HEALTH_PLAN:star}\nNext of kin: {NAME:parsi}, {PHONE:in}",
    "Bai {NAME:parsi} ({NAME:gujr}), {AGE:words}, of {GEO:parsi}; niece {NAME:parsi} writes "
    "from {EMAIL} asking for the report before Roj {DATE:roj}.",
    "Portal message from {NAME:parsi}, {DATE:portal}:\n\"Dear doctor, my uncle {NAME:parsi} "
    "({AGE}) is confused since yesterday. His CGHS card is {HEALTH_PLAN:cghs}. Car {VEHICLE:gj}"
    " is parked at the hospital gate. Please call {PHONE:in}.\"",
    # Doukhobor families of the Kootenays.
    "Home care, Interior Health: {NAME:douk}, {AGE:y}, {GEO:douk}; PHN {HEALTH_PLAN:bcphn}; "
    "daughter {NAME:douk} ({PHONE:bc}) visits after choir practice; BC DL {LICENSE:bc}.",
    "{NAME:douk} ({AGE}) and her sister {NAME:douk} both live at {GEO:douk}; the nephew, "
    "{NAME:douk}, drives them in ({VEHICLE:bc}).",
    # Unangan (Aleut) communities and the Bering Sea fleet.
    "Clinic note, {GEO:inst}: deckhand {NAME:aleut}, {AGE}, hand injury on F/V {VEHICLE:boat}"
    " (O.N. {VEHICLE:uscg}); CFEC permit {LICENSE:cfec}; medevac to Anchorage {DATE:us}.",
    "Elder {NAME:aleut}, {AGE:words}, of {GEO:aleut}; granddaughter {NAME:aleut}, "
    "{PHONE:ak}; Denali KidCare for the twins {HEALTH_PLAN:akmed}; {EMAIL:isp}.",
    # Assyrian families, names in Syriac script.
    "Church visiting list: {NAME:syrc} ({AGE}) - {GEO:us}; {NAME:syrc} - hospital, call "
    "{PHONE:us}; deacon {NAME:syrc}.",
    "ܫܡܐ: {NAME:syrc}\nܥܘܡܪܐ: {GEO:syrc}\nAge: {AGE}\nPhone: {PHONE:au}",
    # Teleradiology chats, WhatsApp exports, portals and e-mails.
    "[{DATE:chat}] rad_on_call: new CT from {GEO:inst}, pt {NAME:caps}, acc {ACCOUNT:tele}\n"
    "[{DATE:chat}] {NAME:user}: {AGE} yo, fall, on warfarin\n[{DATE:chat}] rad_on_call: "
    "uploading from {IP:port}",
    "{DATE:wa} - {NAME:given}: Dr, mum {NAME} was discharged but the tablets are wrong\n"
    "{DATE:wa} - {NAME:given}: her number is {PHONE}",
    "Patient portal - secure message\nFrom: {NAME} <{EMAIL}>\nRe: {NAME:family} MRN {MRN}\n"
    "\"My mother is {AGE} now and lives with us at {GEO:us}. Can you send the letter to "
    "{FAX:us}?\"",
    "-- \n{NAME:sig}\nLocum Medical Officer | {GEO:inst}\nt: {PHONE} | f: {FAX} | {EMAIL:work}",
    "Caring page {URL:caring} - updates on {NAME:amish} after the stroke; meals organised by "
    "{NAME:amishposs}.",
    # Dictation with speech-recognition errors, OCR'd faxes.
    "Dictated but not read: this is doctor {NAME:dict} dictating on {NAME:dict} date of birth "
    "{DATE:dict} medical record number {MRN:dict} she is {AGE:words} and lives in {GEO:dict}",
    "FAX {DATE:ocr}  FROM {FAX:ocr}  PAGE 1/3\nPATIENT: {NAME:ocr}\nHOSP N0: {MRN:ocr}\nDOB "
    "{DATE:ocrdob}  AGE {AGE:ocr}\nREPLY TO FAX {FAX:ocr}",
    # HL7, FHIR, NDJSON, spreadsheets and logs.
    "MSH|^~\\&|ADT|{GEO:hl7}|||{DATE:hl7}||ADT^A04|{ACCOUNT:msg}|P|2.5.1\nPID|1||{MRN}^^^H||"
    "{NAME:pn}||{DATE:hl7dob}|M|||{GEO:street}^^{GEO:city}||^PRN^PH^^1^{PHONE:hl7}\nZPD|1|{LICENSE:bc}",
    '{"resourceType":"Patient","id":"{MRN}","name":[{"text":"{NAME}"}],"telecom":[{"value":'
    '"{PHONE}"},{"value":"{EMAIL}"}],"birthDate":"{DATE:isodob}"}',
    "screening_id,initials,dob_serial,age,site,consent\n{ACCOUNT:scr},{NAME:init},"
    "{DATE:excel},{AGE},{GEO:inst},Y\n{ACCOUNT:scr},{NAME:init},{DATE:excel},{AGE},"
    "{GEO:inst},N",
    "{DATE:log} vpn-gw1 accepted user={NAME:user} from {IP:cgnat} assigned {IP:v6zone}",
    "Clinic rota week {DATE:isoweek}: home visit to {NAME} at {GEO:us}; oxygen concentrator "
    "{DEVICE:sn}.",
    # Equipment, devices and beacons.
    "EQUIPMENT LOAN\nBorrower: {NAME:comma}\nAddress: {GEO:us}\nItems: wheelchair frame "
    "{DEVICE:wc}; CPAP {DEVICE:cpap}; tablet IMEI {DEVICE:imei}\nDue back: {DATE:iso}",
    "SOS from inReach {DEVICE:inreach} at {GEO:coord}, {DATE:fhir}: {NAME:given} ({AGE}) fell "
    "on the scree; message {PHONE:sat}.",
    "LVAD clinic: {NAME}, controller {DEVICE:hibcc}, pump serial {DEVICE:sn}; remote data from "
    "{IP}; seen {DATE:long}.",
    # Ward handovers and short notes.
    "Handover 19:30\n- Bed 3 {NAME:familyu}, {AGE}, for TTO; family {PHONE}\n- Bed 5 "
    "{NAME:familyu}, {AGE}, watch NEWS; son {NAME:given} visiting",
    "{NAME:ci} and {NAME:manx} share the side room.",
    "Seen with {NAME:given} at the bedside.",
    "Oldest resident of {GEO:town}: {NAME}, {AGE:words}.",
    "Letter sent to {GEO} on {DATE}.",
    "Call back {NAME:given} on {PHONE}.",
    "{NAME:caps} - {DATE:dob} - {MRN}",
    "Ref {ACCOUNT} / {HEALTH_PLAN}",
    "She is {AGE} and still milks the cow.",
)  # fmt: skip

# Clinical sentences (not PHI): labs with units, doses, measurements, sizes, scores, spinal levels.
V19_CLINICAL = (
    "Glasgow Coma Scale 14 on arrival, pupils equal and reactive.",
    "Cr 1.4 mg/dL, BUN 22, Na 131, K 5.6; repeat in 6 hours.",
    "Hb 9.8 g/dL, WCC 14.2, platelets 412; CRP 86 mg/L.",
    "INR 2.7 on warfarin 5 mg daily; vitamin K withheld.",
    "Haematocrit 62% at 2,400 m; venesection of 450 mL planned.",
    "HbA1c 9.4%; metformin increased to 1 g twice daily.",
    "Ferritin 1,850 ng/mL with transferrin saturation of 78%.",
    "Lactate 4.1 mmol/L; 30 mL/kg crystalloid given over 3 hours.",
    "Troponin I 0.9 ng/mL rising to 2.3 at 3 hours.",
    "Chest X-ray: right lower lobe consolidation with a small parapneumonic effusion.",
    "CT abdomen: 4.2 cm infrarenal aortic aneurysm, no periaortic stranding.",
    "Ultrasound: gallbladder wall 5 mm with pericholecystic fluid; CBD 6 mm.",
    "MRI lumbar spine: broad-based disc protrusion at L4-L5 contacting the traversing L5 root.",
    "Echo: LVEF 35%, moderate mitral regurgitation, TAPSE 14 mm.",
    "Ulcerated gastric body lesion, 3 cm; biopsies taken for H. pylori and histology.",
    "Oesophageal varices grade III with red wale signs; banded x4.",
    "Resection margins clear by 8 mm; 2 of 14 lymph nodes positive (pT3 pN1a).",
    "Sections show granulomatous inflammation with caseous necrosis; AFB stain pending.",
    "Peripheral smear: target cells and basophilic stippling.",
    "SpO2 88% on room air, 94% on 2 L nasal cannula; RR 28.",
    "BP 92/54, HR 118, temperature 38.9 C.",
    "Urine output 0.3 mL/kg/h over the last 6 hours.",
    "Enoxaparin 40 mg subcutaneously once daily for VTE prophylaxis.",
    "Ceftriaxone 2 g IV daily and azithromycin 500 mg for 5 days.",
    "Paracetamol 1 g four times daily; avoid NSAIDs given eGFR 38.",
    "Wound 4 x 2 cm over the lateral malleolus, sloughy base, no exudate.",
    "Fracture of the left neck of femur, Garden IV; for hemiarthroplasty.",
    "Skin: purpuric rash over both shins; capillary refill 2 seconds.",
    "Phenylalanine 1,320 umol/L on the newborn screen; repeat sent.",
    "Leucine 1,100 umol/L with alloisoleucine present; dietitian informed.",
    "Serum bilirubin 28 mg/dL, unconjugated; phototherapy continued.",
    "Weight 48.6 kg, height 152 cm, BMI 21.",
    "Spirometry FEV1 1.2 L (48% predicted), FEV1/FVC 0.58.",
    "Right hand: open fracture of the fourth metacarpal, tendon intact.",
)  # fmt: skip

# Eponyms, devices, drugs and named scales: capitalised words that are not PHI. Some of the words
# are family or place names in this list's names (Penrose, Thomas), on purpose.
V19_EPONYM = (
    "Ellis-van Creveld syndrome with postaxial polydactyly and an atrial septal defect.",
    "Crigler-Najjar type 1; bilirubin controlled with overnight Bili-Blanket use.",
    "Maple syrup urine disease, on a leucine-restricted formula since day 5.",
    "Bowen-Conradi syndrome in a sibling; Joubert syndrome excluded on MRI.",
    "Penrose drain left in the wound; Jackson-Pratt drain removed on day 2.",
    "Thomas splint applied at the scene; Kirschner wires planned for the phalanx.",
    "Sengstaken-Blakemore tube inserted; Glasgow-Blatchford score 14, Rockall 6.",
    "Child-Pugh class C, MELD 27; Mallory-Weiss tear on endoscopy.",
    "Borrmann type III tumour, Lauren diffuse type; Siewert classification not applicable.",
    "Krukenberg tumours suspected; Sister Mary Joseph nodule at the umbilicus.",
    "Reed-Sternberg cells present; Ann Arbor stage not yet assigned.",
    "Ziehl-Neelsen stain negative; Grocott shows no fungal elements.",
    "Charcot-Leyden crystals and Curschmann spirals in the sputum.",
    "Howell-Jolly bodies after splenectomy; Heinz bodies absent.",
    "Killip class II; TIMI score 4; started on Brilinta and Clexane.",
    "CHA2DS2-VASc 5 and HAS-BLED 3; switched from Pradaxa to Eliquis.",
    "Modified Rankin Scale 4, NIHSS 11; no thrombolysis after Lisfranc injury fall.",
    "Hunt and Hess grade 3, modified Fisher grade 3; nimodipine started.",
    "Mallampati IV and Cormack-Lehane grade 3; McGrath videolaryngoscope used.",
    "Barthel index 35/100; Waterlow score 18; Braden 12.",
    "Epworth Sleepiness Scale 17; ResMed AirSense titration booked.",
    "Edinburgh Postnatal Depression Scale 15; perinatal team informed.",
    "Ranson criteria 4; Balthazar grade D pancreatitis.",
    "Light's criteria met: exudate; Pleur-evac attached to suction.",
    "Kussmaul breathing with ketones 5.8; Cheyne-Stokes respiration overnight.",
    "Positive Kernig and Brudzinski signs; Romberg could not be tested.",
    "Lachman and McMurray tests positive; Segond fracture on the X-ray.",
    "Tinel and Phalen signs positive at the wrist; Finkelstein test negative.",
    "Duke criteria: 1 major, 3 minor; Janeway lesions and Osler nodes noted.",
    "Jones criteria met for acute rheumatic fever; benzathine penicillin monthly.",
    "Hill-Sachs lesion and Bankart lesion; Latarjet procedure discussed.",
    "Hürthle cell neoplasm, Bethesda category IV; Nottingham grade not applicable.",
    "Tenckhoff catheter exit site clean; Mahurkar line removed.",
    "Started Jardiance and Entresto; Ozempic held before surgery.",
    "Gilbert syndrome; Dubin-Johnson and Rotor syndromes not suspected.",
)  # fmt: skip

# Given and family names by group: (given names, family names).
_AMISH = (
    ("Levi", "Sadie", "Mose", "Katie", "Eli", "Jonas", "Menno", "Ammon", "Lydia", "Malinda",
     "Emanuel", "Reuben", "Barbie", "Naomi", "Elam", "Christ", "Susie", "Rebecca"),
    ("Hochstetler", "Schrock", "Troyer", "Mast", "Hershberger", "Ebersol", "Petersheim",
     "Smucker", "Bontrager", "Beachy", "Byler", "Gingerich", "Swartzentruber", "Lantz"),
)  # fmt: skip
_MENNO = (
    ("Aganetha", "Heinrich", "Abram", "Isaak", "Helena", "Justina", "Margaretha", "Cornelius",
     "Jakob", "Franz", "Tina", "Katharina", "Johan", "Sara"),
    ("Friesen", "Penner", "Thiessen", "Klassen", "Dueck", "Fehr", "Harder", "Enns", "Giesbrecht",
     "Reimer", "Neufeld", "Banman", "Froese", "Hiebert", "Kehler", "Loewen", "Rempel",
     "Teichroeb", "Bueckert", "Doerksen", "Sawatzky", "Janzen"),
)  # fmt: skip
_HUT = (
    ("Darius", "Elias", "Judith", "Joshua", "Rachel", "Mattias", "Zacharias", "Dorothea"),
    ("Waldner", "Hofer", "Wipf", "Kleinsasser", "Entz", "Stahl", "Wurz", "Tschetter", "Decker",
     "Glanzer", "Maendel", "Knels"),
)  # fmt: skip
_MANX = (
    ("Orry", "Moirrey", "Illiam", "Breeshey", "Aalish", "Fenella", "Ealish", "Voirrey",
     "Niallan"),
    ("Quayle", "Kewley", "Kinvig", "Corlett", "Qualtrough", "Cregeen", "Clucas", "Faragher",
     "Quilliam", "Kermode", "Crellin", "Skillicorn", "Callister", "Cannell", "Quirk", "Gawne",
     "Kneale", "Teare", "Mylchreest", "Quine"),
)  # fmt: skip
_CI = (
    ("Philippe", "Clarisse", "Elodie", "Lise", "Amice", "Quentin", "Maelie"),
    ("Le Feuvre", "Le Brocq", "de Gruchy", "Renouf", "Le Cornu", "Vibert", "Le Sueur", "Pallot",
     "Le Marquand", "Le Quesne", "Falle", "Le Masurier", "Ozouf", "Tostevin", "Mauger",
     "Bisson", "Ogier", "Le Tissier", "Brehaut", "Mahy", "De Garis", "Le Poidevin",
     "Robilliard", "Dorey"),
)  # fmt: skip
_CORN = (
    ("Jago", "Kerensa", "Demelza", "Tamsin", "Loveday", "Jenifer", "Wenna", "Elowen", "Kitto"),
    ("Trelawny", "Penrose", "Pengelly", "Trewhella", "Nancarrow", "Chenoweth", "Pascoe",
     "Trevorrow", "Tremayne", "Angove", "Carveth", "Roskilly", "Tonkin", "Curnow", "Hocking",
     "Nance"),
)  # fmt: skip
_ORK = (
    ("Magnus", "Thorfinn", "Ingirid", "Ragna", "Inga", "Sigurd", "Erlend", "Osla", "Tirval",
     "Ertie"),
    ("Isbister", "Flett", "Rendall", "Tulloch", "Leask", "Halcrow", "Inkster", "Linklater",
     "Omand", "Heddle", "Garriock", "Hourston", "Drever"),
)  # fmt: skip
_ISLE = (
    ("Conrad", "Dereck", "Ferdinand", "Hilder", "Nerine", "Keturah", "Lemuel", "Philbert",
     "Vernon"),
    ("Buffett", "Quintal", "Nobbs", "Menghetti", "Snell", "Bataille", "Repetto", "Lavarello",
     "Hagan", "Yon", "Crowie"),
)  # fmt: skip
_MIZO = (
    ("Lalremruata", "Zothanpuii", "Lalrinawma", "Vanlalhriati", "Lalhmingliana",
     "Malsawmtluanga", "Lalmuanpuii", "Remsangpuia", "Lalbiakzuala"),
    ("Ralte", "Hnamte", "Khiangte", "Chhangte", "Pachuau", "Sailo", "Renthlei", "Colney",
     "Fanai", "Tochhawng", "Chawngthu"),
)  # fmt: skip
_KHASI = (
    ("Bansharai", "Iadonbok", "Wanphrang", "Daphira", "Kyrshanlang", "Ibakordor",
     "Badapbiang", "Hopeful"),
    ("Lyngdoh", "Kharkongor", "Marbaniang", "Syiemlieh", "Nongrum", "Kharbuli", "Lyngwa",
     "Dkhar", "Nongbri", "Kharsyntiew", "Warjri", "Mawlong", "Shylla", "Rymbai", "Syngkon"),
)  # fmt: skip
_NAGA = (
    ("Neikehienuo", "Kevichusa", "Vizonuo", "Temsu", "Imti", "Akala", "Bendangla", "Sentila",
     "Imtisunep", "Alemla"),
    ("Sekhose", "Kire", "Imchen", "Jamir", "Longkumer", "Aier", "Pongen", "Ozukum", "Lemtur"),
)  # fmt: skip
_PARSI = (
    ("Dinshaw", "Rustom", "Perin", "Roshan", "Zarine", "Kersi", "Homi", "Freny", "Dhun", "Meher",
     "Behram", "Farokh", "Khorshed", "Navaz", "Zubin", "Aspi", "Porus", "Delnaz"),
    ("Wadia", "Mistry", "Batliwala", "Contractor", "Engineer", "Daruwalla", "Bharucha",
     "Sethna", "Dastur", "Cama", "Readymoney", "Sodawaterwala", "Kapadia", "Bhabha", "Pavri",
     "Billimoria", "Screwvala", "Poonawalla", "Vakil", "Captain", "Printer"),
)  # fmt: skip
_PARSI_MEN = ("Dinshaw", "Rustom", "Kersi", "Homi", "Behram", "Farokh", "Zubin", "Aspi", "Porus")
_DOUK = (
    ("Nastia", "Fenya", "Mitrofan", "Lukeria", "Anuta", "Polya", "Nikifor", "Akilina"),
    ("Verigin", "Chernoff", "Popoff", "Kalmakoff", "Postnikoff", "Strelaeff", "Konkin",
     "Stushnoff", "Malakoff", "Zibin", "Negraeff", "Makortoff", "Perepolkin", "Voykin",
     "Kinakin", "Sookochoff"),
)  # fmt: skip
_ALEUT = (
    ("Agafon", "Nadesta", "Innokenty", "Alfey", "Pelagia", "Feodosia", "Ilarion", "Paraskovia"),
    ("Golodoff", "Shaishnikoff", "Merculief", "Prokopiof", "Kudrin", "Lekanoff", "Dushkin",
     "Bourdukofsky", "Tetoff", "Krukoff", "Lestenkof", "Galaktionoff", "Kochutin", "Stepetin",
     "Philemonof"),
)  # fmt: skip
_SYRC = (
    ("ܐܫܘܪ", "ܫܡܝܪܡ", "ܢܝܢܘܣ", "ܣܪܓܘܢ", "ܢܪܣܝ", "ܐܬܘܪܝܢܐ", "ܫܠܝܡܘܢ"),
    ("ܝܘܢܢ", "ܥܘܕܝܫܘ", "ܚܘܫܒܐ", "ܘܪܕܐ", "ܓܝܘܪܓܝܣ", "ܒܝܬ ܫܡܘܐܝܠ"),
)  # fmt: skip
_GUJR = (
    ("રુસ્તમ", "દિનશા", "પેરીન", "ખોરશેદ", "કેરસી"),
    ("વાડિયા", "મિસ્ત્રી", "દારૂવાલા", "સેઠના", "કાપડિયા"),
)  # fmt: skip
_V19_LOCALES = (
    "amish", "menno", "hut", "manx", "ci", "corn", "ork", "isle", "mizo", "khasi", "naga",
    "parsi", "douk", "aleut", "syrc", "gujr",
)  # fmt: skip
_V19_GROUPS = (
    _AMISH, _MENNO, _HUT, _MANX, _CI, _CORN, _ORK, _ISLE, _MIZO, _KHASI, _NAGA, _PARSI, _DOUK,
    _ALEUT, _SYRC, _GUJR,
)  # fmt: skip
_V19_LATIN = tuple(range(14))  # the groups written in Latin letters
V19_GIVEN = tuple(dict.fromkeys(g for givens, _ in _V19_GROUPS for g in givens))
V19_FAMILY = tuple(dict.fromkeys(f for _, families in _V19_GROUPS for f in families))
# Norfolk Island's telephone directory lists people by their nicknames.
V19_NICKNAMES = ("Lettuce", "Pudding", "Hoppy", "Cabby", "Toot", "Snowy", "Moonie", "Gussie",
                 "Wacka", "Chummy", "Tatey", "Sooty")  # fmt: skip

# Places: (town or locality, state or region, postcode) and streets, by group.
_AMISH_TOWNS = (
    ("Gordonville", "PA", "17529"), ("Ronks", "PA", "17572"), ("Kinzers", "PA", "17535"),
    ("Intercourse", "PA", "17534"), ("Charm", "OH", "44617"), ("Millersburg", "OH", "44654"),
    ("Sugarcreek", "OH", "44681"), ("Kidron", "OH", "44636"), ("Shipshewana", "IN", "46565"),
    ("Topeka", "IN", "46571"), ("Middlebury", "IN", "46540"), ("Nappanee", "IN", "46550"),
)  # fmt: skip
_AMISH_ROADS = ("Stumptown Rd", "Musser School Rd", "Township Road 606", "County Road 77",
                "N 850 W", "Pequea Creek Rd", "State Route 557", "E 200 S")  # fmt: skip
_MX_CAMPOS = ("Campo 6½", "Campo 22", "Campo 106", "Campo 2-B", "Campo 10½")
_BO = (("Colonia Riva Palacios", "Pailón"), ("Colonia Valle Esperanza", "San José de Chiquitos"),
       ("Colonia Sommerfeld", "Cuatro Cañadas"))  # fmt: skip
_BZ = ("Shipyard, Orange Walk District", "Little Belize, Corozal District",
       "Barton Creek, Cayo District")  # fmt: skip
_PY = (("Neuland", "Boquerón"), ("Filadelfia", "Boquerón"), ("Rio Verde", "San Pedro"))
_MB = (("Blumenort", "R0A 0C0"), ("Steinbach", "R5G 1N4"), ("Winkler", "R6W 0K9"),
       ("Grunthal", "R0A 0R0"), ("Altona", "R0G 0B0"))  # fmt: skip
_HUT_COLONIES = (
    ("Aspenheim Colony", "Bassano", "AB", "T0J 0B0"), ("Rockport Colony", "Alexandria", "SD",
    "57311"), ("Pembina Colony", "Darlingford", "MB", "R0G 0L0"), ("Huron Colony", "Elie", "MB",
    "R0H 0H0"), ("Milltown Colony", "Elie", "MB", "R0H 0H0"), ("Kingsbury Colony", "Valier",
    "MT", "59486"),
)  # fmt: skip
_IM = (
    ("Ballaugh", "IM7"),
    ("Laxey", "IM4"),
    ("Onchan", "IM3"),
    ("Castletown", "IM9"),
    ("Foxdale", "IM4"),
    ("Jurby", "IM7"),
    ("Maughold", "IM7"),
    ("Port Erin", "IM9"),
)
_IM_HOUSES = ("Ballacregga", "Thie Veg", "Ballakillingan", "Croit-e-Caley", "Ballamoar Farm")
_JE = (("St Ouen", "JE3"), ("St Brelade", "JE3"), ("Grouville", "JE3"), ("Gorey", "JE3"),
       ("St Helier", "JE2"), ("Rozel", "JE3"))  # fmt: skip
_GG = (("St Sampson", "GY2"), ("Torteval", "GY8"), ("Castel", "GY5"), ("St Peter Port", "GY1"))
_CI_ROADS = ("La Rue de la Mare", "Le Mont Cochon", "La Route des Cotils", "Rue du Bordage",
             "La Grande Route de St Laurent", "Les Vardes")  # fmt: skip
_CI_HOUSES = ("Les Fontaines", "Le Clos du Moulin", "La Chaumière", "Les Vaux")
_CORN_TOWNS = (("Penzance", "TR18"), ("Helston", "TR13"), ("Mousehole", "TR19"),
               ("Newlyn", "TR18"), ("Zennor", "TR26"), ("Mevagissey", "PL26"),
               ("Porthleven", "TR13"), ("Hayle", "TR27"), ("Bodmin", "PL31"),
               ("Liskeard", "PL14"))  # fmt: skip
_CORN_ROADS = ("Trewartha Terrace", "Boscawen Road", "Polwithen Drive", "Penmare Terrace",
               "Chapel Street")  # fmt: skip
_ORK_TOWNS = (("Lerwick", "ZE1"), ("Scalloway", "ZE1"), ("Brae", "ZE2"), ("Yell", "ZE2"),
              ("Unst", "ZE2"), ("Kirkwall", "KW15"), ("Stromness", "KW16"),
              ("Westray", "KW17"), ("Sanday", "KW17"), ("Hoy", "KW16"))  # fmt: skip
_ORK_HOUSES = ("Quoys", "Upper Setter", "Nether Breck", "Hammar", "Garth", "North Ness")
_ISLES = (
    "Edinburgh of the Seven Seas, Tristan da Cunha TDCU 1ZZ", "the Patches, Tristan da Cunha",
    "Adamstown, Pitcairn Island PCRN 1ZZ", "Half Tree Hollow, St Helena STHL 1ZZ",
    "Levelwood, St Helena", "Two Boats Village, Ascension ASCN 1ZZ",
)  # fmt: skip
_NF_ROADS = ("Taylors Road", "Queen Elizabeth Avenue", "Headstone Road", "Anson Bay Road",
             "Rooty Hill Road", "Grassy Road")  # fmt: skip
_SH = ("Jamestown", "Half Tree Hollow", "Longwood", "Blue Hill", "Sandy Bay")
_FK = ("Fox Bay, West Falkland", "Port Howard", "Pebble Island", "North Arm, East Falkland")
_MIZO_PLACES = (("Chanmari West", "Aizawl", "796007"), ("Bawngkawn", "Aizawl", "796014"),
                ("Zarkawt", "Aizawl", "796001"), ("Khatla", "Aizawl", "796001"),
                ("Vill. Thenzawl", "Serchhip Dist.", "796186"), ("Bazar Veng", "Lunglei",
                "796701"), ("Vengthlang", "Champhai", "796321"))  # fmt: skip
_KHASI_PLACES = (("Laitumkhrah", "Shillong", "793003"), ("Mawlai Nongkwar", "Shillong",
                 "793008"), ("Rynjah", "Shillong", "793006"), ("Iawmusiang", "Jowai",
                 "793150"), ("Mawpat", "Nongpoh", "793102"), ("Sohra", "East Khasi Hills",
                 "793108"))  # fmt: skip
_NAGA_PLACES = (("Kohima Village", "Kohima", "797001"), ("Khonoma", "Kohima Dist.", "797002"),
                ("Jotsoma", "Kohima Dist.", "797002"), ("Ungma", "Mokokchung", "798601"),
                ("Upper Agri Colony", "Kohima", "797001"), ("Chumoukedima", "Dimapur",
                "797103"))  # fmt: skip
_PARSI_PLACES = ("Cusrow Baug, Colaba Causeway, Mumbai 400039",
                 "Dadar Parsi Colony, Mumbai 400014", "Rustom Baug, Byculla, Mumbai 400027",
                 "Tarota Bazar, Navsari 396445", "Udvada Gam, Valsad 396185")  # fmt: skip
_DOUK_PLACES = (("Krestova Road", "Krestova", "V0G 1H2"), ("Ootischenia Road", "Castlegar",
                "V1N 4P6"), ("Pass Creek Road", "Glade", "V0G 1G0"), ("Slocan River Road",
                "Winlaw", "V0G 2J0"))  # fmt: skip
_ALEUT_PLACES = (("Unalaska", "99685"), ("Akutan", "99553"), ("Nikolski", "99638"),
                 ("Atka", "99547"), ("St. Paul Island", "99660"))  # fmt: skip
_SYRC_PLACES = ("ܢܘܗܕܪܐ", "ܢܝܢܘܐ", "ܐܪܒܝܠ", "ܒܝܬ ܢܗܪܝܢ")
_US = (("Geer Road", "Turlock", "CA", "95380"), ("Hatch Road", "Ceres", "CA", "95307"),
       ("Crows Landing Road", "Modesto", "CA", "95351"), ("Mill Creek School Road",
       "Ronks", "PA", "17572"), ("Airport Beach Road", "Unalaska", "AK", "99685"))  # fmt: skip
_AU = ("Bossley Park NSW 2176", "Fairfield Heights NSW 2165", "Greenfield Park NSW 2176")
_INSTITUTIONS = (
    "Noble's Hospital", "Jersey General Hospital", "Princess Elizabeth Hospital",
    "Royal Cornwall Hospital", "Gilbert Bain Hospital", "Balfour Hospital",
    "Norfolk Island Hospital", "Camogli Hospital", "Jamestown General Hospital",
    "King Edward VII Memorial Hospital", "Civil Hospital Aizawl", "Synod Hospital Durtlang",
    "NEIGRIHMS", "Woodland Hospital", "Naga Hospital Authority Kohima",
    "B.D. Petit Parsi General Hospital", "Iliuliuk Family and Health Services",
    "Alaska Native Medical Center", "Clinic for Special Children", "Pomerene Hospital",
    "Hospital Japonés", "Hospital Regional de Cuauhtémoc", "Boundary Hospital",
    "Kootenay Boundary Regional Hospital", "Bethesda Clinic Steinbach",
)  # fmt: skip
_TOWNS = ("Ballaugh", "Zennor", "Stromness", "Lunglei", "Jowai", "Mokokchung", "Navsari",
          "Castlegar", "Unalaska", "Shipshewana", "Steinbach", "Gorey")  # fmt: skip

_MANX_MONTHS = (
    "Jerrey-geuree", "Toshiaght-arree", "Mart", "Averil", "Boaldyn", "Mean-souree",
    "Jerrey-souree", "Luanistyn", "Mean-fouyir", "Jerrey-fouyir", "Mee houney", "Mee ny Nollick",
)  # fmt: skip
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
# The Shahenshahi calendar of the Parsis: thirty named days (roj) in twelve named months (mah).
_ROJ = (
    "Hormazd", "Bahman", "Ardibehesht", "Shehrevar", "Aspandard", "Khordad", "Amardad",
    "Depadar", "Adar", "Avan", "Khorshed", "Mohor", "Tir", "Gosh", "Depmeher", "Meher", "Srosh",
    "Rashne", "Fravardin", "Behram", "Ram", "Govad", "Depdin", "Din", "Ashishvangh", "Ashtad",
    "Asman", "Zamyad", "Mareshpand", "Aneran",
)  # fmt: skip
_MAH = ("Fravardin", "Ardibehesht", "Khordad", "Tir", "Amardad", "Shehrevar", "Meher", "Avan",
        "Adar", "Dae", "Bahman", "Aspandard")  # fmt: skip
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORDS = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "O": "0", "I": "1", "l": "1", "S": "5"}
_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    return (
        "ABCDEFGH".find(c) + 1
        if c in "ABCDEFGH"
        else (
            "JKLMN".find(c) + 1 if c in "JKLMN" else {"P": 7, "R": 9}.get(c, "STUVWXYZ".find(c) + 2)
        )
    )


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isascii() and c.isalnum()).lower()


def _words(n: int) -> str:
    """English words for 0 < n < 200 (ages and days of the month)."""
    if n >= 100:
        rest = n - 100
        return "a hundred" + (f" and {_words(rest)}" if rest else "")
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


def _v19_person(rng: random.Random, groups: tuple[int, ...] = _V19_LATIN) -> tuple[str, str]:
    """A given and a family name of one group (by default any group written in Latin letters)."""
    givens, families = _V19_GROUPS[rng.choice(groups)]
    return rng.choice(givens), rng.choice(families)


def _v19_name(rng: random.Random, style: str) -> str:
    if style == "nick":
        return rng.choice(V19_NICKNAMES)
    if style == "mennoes":  # Mexican and Bolivian papers: both surnames, or "de" the husband's
        given, family = _v19_person(rng, (1,))
        other = rng.choice(_MENNO[1])
        return rng.choice((f"{given} {family} {other}", f"{given} {other} de {family}",
                           f"{family.upper()} {other.upper()} {given.upper()}"))  # fmt: skip
    if style == "amishposs":  # "Mose's Katie": a wife known by her husband's given name
        return f"{rng.choice(_AMISH[0])}'s {rng.choice(_AMISH[0])}"
    if style in _V19_LOCALES:
        index = _V19_LOCALES.index(style)
        given, family = _v19_person(rng, (index,))
        if style == "amish":
            return rng.choice((f"{given} {rng.choice(_UP)}. {family}", f"{given} {family}",
                               f"{family.upper()}, {given}"))  # fmt: skip
        if style == "mizo":  # often one name, after the clan's or father's initial
            return rng.choice((f"{given} {family}", f"{family[0]}. {given}", given))
        if style == "parsi":  # the father's given name stands between
            father = rng.choice(_PARSI_MEN)
            return rng.choice((f"{given} {father} {family}", f"{given} {family}",
                               f"{family.upper()} {given.upper()} {father.upper()}"))  # fmt: skip
        if style == "douk":
            return rng.choice((f"{given} {family}", f"{given[0]}. {rng.choice(_UP)}. {family}"))
        if style in ("syrc", "gujr"):
            return f"{given} {family}"
        return rng.choice((f"{given} {family}", f"{given} {family}", f"{family}, {given}"))
    given, family = _v19_person(rng)
    shapes = {
        "": (f"{given} {family}", f"{given} {family}", f"{family}, {given}",
             f"{given[0]}. {family}", family),
        "given": (given,),
        "family": (family,),
        "familyu": (family.upper(),),
        "caps": (f"{family.upper()}, {given}", f"{given.upper()} {family.upper()}"),
        "comma": (f"{family}, {given}",),
        "sig": (f"{given} {family}", f"{given[0]}. {family}"),
        "init": (f"{given[0]}{family[0]}", f"{given[0]}.{family[0]}."),
        "user": (_ascii(given)[:1] + _ascii(family), f"{_ascii(given)}.{_ascii(family)}"),
        "pn": (f"{family.upper()}^{given.upper()}",),
        "dict": (f"{given} {family}".lower(), f"{family} {given[0].lower()}"),
        "ocr": ("".join(_OCR.get(c, c) if rng.random() < 0.3 else c for c in
                        f"{family.upper()} {given.upper()}"),),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown NAME shape {style!r}")
    return rng.choice(shapes[style])


def _v19_age(rng: random.Random, style: str) -> str:
    n = rng.randrange(90, 111)
    months, days = rng.randrange(1, 12), rng.randrange(1, 29)
    shapes = {
        "": (str(n), f"{n} years"),
        "y": (f"{n}-year-old", f"{n} yrs", f"{n}y/o"),
        "in": (f"{n} Yrs", f"{n} Y", f"{n}Yrs"),
        "ymd": (f"{n}Y {months}M {days}D", f"{n} Yr {months} Mth"),
        "words": (_words(n), f"{_words(n)} years old"),
        "es": (f"{n} años", f"{n} a."),
        "plaut": (f"{n} Joa oolt", f"{n} Joa"),
        "manx": (f"{n} bleeaney", f"{n} years"),
        "mizo": (f"kum {n}", f"kum {n} mi"),
        "ocr": ("".join(_OCR.get(c, c) for c in str(n)), f"{n}"),
    }
    if style not in shapes:
        raise ValueError(f"unknown AGE shape {style!r}")
    return rng.choice(shapes[style])


def _v19_date(rng: random.Random, style: str) -> str:
    if style in ("dob", "ocrdob", "year", "hl7dob", "isodob"):
        d = date(1914, 1, 1) + timedelta(days=rng.randrange(365 * 21))
    elif style in ("dict",):
        d = date(1920, 1, 1) + timedelta(days=rng.randrange(365 * 90))
    else:
        d = date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 9))
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    mon = _EN_MONTHS[d.month - 1]
    iso_year, iso_week, iso_day = d.isocalendar()
    roj = f"{_ROJ[rng.randrange(30)]}, Mah {_MAH[rng.randrange(12)]}"
    yz = d.year - 631 if d.month > 8 else d.year - 632  # Yazdegerdi year, roughly
    shapes = {
        "": (f"{d:%d/%m/%Y}", f"{d.day} {mon} {d.year}", d.isoformat(), f"{d:%m/%d/%Y}"),
        "dob": (f"{d:%d/%m/%Y}", f"{d.day} {mon[:3]} {d.year}", f"{d:%m/%d/%Y}"),
        "us": (f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}"),
        "long": (f"{d.day} {mon} {d.year}", f"{mon} {d.day}, {d.year}"),
        "short": (f"{d.day} {mon[:3]}", f"{mon[:3]} {d.day}"),
        "budget": (f"{mon[:3]}. {d.day}", f"{mon} {d.day}"),
        "year": (str(d.year),),
        "iso": (d.isoformat(),),
        "isodob": (d.isoformat(),),
        "isoweek": (f"{iso_year}-W{iso_week:02d}-{iso_day}", f"{iso_year}-W{iso_week:02d}"),
        "excel": (str((d - date(1899, 12, 30)).days),),
        "es": (f"{d.day:02d}/{_ES_MONTHS[d.month - 1]}/{d.year}", f"{d:%d-%m-%Y}"),
        "in": (f"{d:%d-%m-%Y}", f"{d:%d/%m/%y}", f"{d.day:02d}.{d.month:02d}.{d.year}"),
        "manx": (f"{d.day} {_MANX_MONTHS[d.month - 1]} {d.year}",),
        "yz": (f"Roj {roj}, {yz} Y.Z.",),
        "roj": (roj,),
        "stamp": (f"{d.isoformat()} {hh:02d}:{mi:02d}Z", f"{d:%d%m%y} {hh:02d}{mi:02d}"),
        "clock": (f"{hh:02d}{mi:02d} UTC {d.day} {mon[:3]}", f"{d:%d/%m} {hh:02d}:{mi:02d}"),
        "rfc": (f"{d:%a}, {d.day} {mon[:3]} {d.year} {hh:02d}:{mi:02d}:{ss:02d} +0000",),
        "chat": (f"{d.isoformat()} {hh:02d}:{mi:02d}:{ss:02d}",),
        "wa": (f"{d:%d/%m/%Y}, {hh:02d}:{mi:02d}", f"{d.month}/{d.day}/{d:%y}, {hh}:{mi:02d}"),
        "portal": (f"{d:%a} {mon[:3]} {d.day}, {d.year} at {hh % 12 or 12}:{mi:02d}",),
        "hl7": (f"{d:%Y%m%d}{hh:02d}{mi:02d}",),
        "hl7dob": (f"{d:%Y%m%d}",),
        "log": (f"{d:%b} {d.day:2d} {hh:02d}:{mi:02d}:{ss:02d}",),
        "fhir": (f"{d.isoformat()}T{hh:02d}:{mi:02d}:{ss:02d}-09:00",),
        "dict": (f"the {_ordinal_words(d.day)} of {mon.lower()} {d.year}",
                 f"{mon.lower()} {_words(d.day)} {d.year}"),
        "ocr": ("".join(_OCR.get(c, c) for c in f"{d:%d/%m/%Y}"),),
        "ocrdob": ("".join(_OCR.get(c, c) if rng.random() < 0.4 else c for c in f"{d:%d.%m.%Y}"),),
    }  # fmt: skip
    if style not in shapes:
        raise ValueError(f"unknown DATE shape {style!r}")
    return rng.choice(shapes[style])


def _v19_geo(rng: random.Random, style: str) -> str:
    n = rng.randrange(2, 9999)
    amish = rng.choice(_AMISH_TOWNS)
    if style == "amish":
        return f"{n} {rng.choice(_AMISH_ROADS)}, {amish[0]}, {amish[1]} {amish[2]}"
    if style == "amishtown":
        return amish[0]
    if style == "amishroad":
        return f"{rng.choice(_AMISH_ROADS)} near {amish[0]}"
    if style == "mx":
        return rng.choice((f"{rng.choice(_MX_CAMPOS)}, Colonia Manitoba, Cuauhtémoc, Chih.",
                           f"{rng.choice(_MX_CAMPOS)}, Km {rng.randrange(2, 40)} Corredor "
                           f"Comercial, C.P. 3{rng.randrange(1000, 9999)}"))  # fmt: skip
    if style == "bo":
        place, town = rng.choice(_BO)
        return f"{place}, {town}, Santa Cruz"
    if style == "bz":
        return rng.choice(_BZ)
    if style == "py":
        place, dep = rng.choice(_PY)
        return f"{place}, {dep}"
    if style == "mb":
        town, pc = rng.choice(_MB)
        return rng.choice((f"Box {rng.randrange(1, 900)}, {town} MB {pc}", f"{town}, MB"))
    if style == "hut":
        colony, town, prov, pc = rng.choice(_HUT_COLONIES)
        return rng.choice((colony, f"{colony}, {town} {prov} {pc}"))
    if style == "im":
        town, pc = rng.choice(_IM)
        return (
            f"{rng.choice(_IM_HOUSES)}, {town}, Isle of Man {pc} "
            f"{rng.randrange(1, 9)}{rng.choice(_UP)}{rng.choice(_UP)}"
        )
    if style in ("je", "gg"):
        town, pc = rng.choice(_JE if style == "je" else _GG)
        return (
            f"{rng.choice(_CI_HOUSES)}, {rng.choice(_CI_ROADS)}, {town}, {pc} "
            f"{rng.randrange(1, 9)}{rng.choice(_UP)}{rng.choice(_UP)}"
        )
    if style == "corn":
        town, pc = rng.choice(_CORN_TOWNS)
        return rng.choice((f"{rng.randrange(1, 80)} {rng.choice(_CORN_ROADS)}, {town}",
                           f"{town} {pc} {rng.randrange(1, 9)}{rng.choice(_UP)}{rng.choice(_UP)}",
                           town))  # fmt: skip
    if style == "ork":
        town, pc = rng.choice(_ORK_TOWNS)
        return rng.choice((f"{rng.choice(_ORK_HOUSES)}, {town}",
                           f"{rng.choice(_ORK_HOUSES)}, {town} {pc} {rng.randrange(1, 9)}"
                           f"{rng.choice(_UP)}{rng.choice(_UP)}"))  # fmt: skip
    if style == "isle":
        return rng.choice(_ISLES)
    if style == "nf":
        return f"{rng.choice(_NF_ROADS)}, Norfolk Island 2899"
    if style == "pn":
        return rng.choice(("Adamstown", "Adamstown, Pitcairn Island PCRN 1ZZ"))
    if style == "sh":
        return f"{rng.choice(_SH)}, St Helena"
    if style == "fk":
        return rng.choice(_FK)
    if style == "grid":
        return (
            f"{rng.choice('IJKR')}{rng.choice('DEFGO')}{rng.randrange(10)}{rng.randrange(10)}"
            f"{rng.choice('abcdefghjkmnpqrstuvwx')}{rng.choice('abcdefghjkmnpqrstuvwx')}"
        )
    if style == "coord":
        lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
        return rng.choice(
            (
                f"{lat:.5f}, {lon:.5f}",
                f"{abs(int(lat))}°{rng.randrange(60):02d}′{'N' if lat > 0 else 'S'} "
                f"{abs(int(lon))}°{rng.randrange(60):02d}′{'E' if lon > 0 else 'W'}",
            )
        )
    if style in ("mizo", "khasi", "naga"):
        locality, town, pin = rng.choice(
            {"mizo": _MIZO_PLACES, "khasi": _KHASI_PLACES, "naga": _NAGA_PLACES}[style]
        )
        return rng.choice((f"{locality}, {town} - {pin}", f"H. No. {rng.randrange(1, 300)}, "
                           f"{locality}, {town}", f"{locality}, {town}"))  # fmt: skip
    if style == "parsi":
        return rng.choice(_PARSI_PLACES)
    if style == "douk":
        road, town, pc = rng.choice(_DOUK_PLACES)
        return rng.choice((f"{n} {road}, {town}, BC {pc}", f"{town}, BC"))
    if style == "aleut":
        town, zip_code = rng.choice(_ALEUT_PLACES)
        return rng.choice((f"PO Box {rng.randrange(1, 999)}, {town}, AK {zip_code}", town))
    if style == "syrc":
        return rng.choice(_SYRC_PLACES)
    if style == "au":
        return (
            f"{rng.randrange(1, 120)} {rng.choice(('Cabramatta Rd', 'Smithfield Rd'))}, "
            f"{rng.choice(_AU)}"
        )
    us = rng.choice(_US)
    shapes = {
        "": (
            f"{n} {us[0]}, {us[1]}, {us[2]} {us[3]}",
            us[1],
            rng.choice(_TOWNS),
            rng.choice(_INSTITUTIONS),
        ),
        "us": (f"{n} {us[0]}, {us[1]}, {us[2]} {us[3]}",),
        "street": (f"{n} {us[0]}",),
        "city": (us[1],),
        "hl7": (f"{n} {us[0]}^^{us[1]}^{us[2]}^{us[3]}", rng.choice(_INSTITUTIONS)),
        "inst": (rng.choice(_INSTITUTIONS),),
        "town": (rng.choice(_TOWNS),),
        "dict": (f"{n} {us[0]} {us[1]}".lower(), rng.choice(_TOWNS).lower()),
    }
    if style not in shapes:
        raise ValueError(f"unknown GEO shape {style!r}")
    return rng.choice(shapes[style])


def _v19_value(kind: str, rng: random.Random, style: str = "") -> str:
    """One identifier of ``kind`` in a v19 shape (``style``: the shape a field asks for)."""

    def d(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    def up(k: int) -> str:
        return "".join(rng.choice(_UP) for _ in range(k))

    def pick(shapes: dict[str, tuple[str, ...]]) -> str:
        if style not in shapes:
            raise ValueError(f"unknown {kind} shape {style!r}")
        return rng.choice(shapes[style])

    if kind == "NAME":
        return _v19_name(rng, style)
    if kind == "AGE":
        return _v19_age(rng, style)
    if kind == "DATE":
        return _v19_date(rng, style)
    if kind == "GEO":
        return _v19_geo(rng, style)
    given, family = _v19_person(rng)
    g, f = _ascii(given) or "pt", _ascii(family) or "pt"
    if kind in ("PHONE", "FAX"):
        us = f"({rng.choice(('330', '717', '574', '209', '907'))}) {d(3)}-{d(4)}"
        return pick({
            "": (us, f"+44 1624 {d(6)}", f"+91 {rng.choice('6789')}{d(4)} {d(5)}",
                 f"+672 3 {d(5)}", f"+52 625 {d(3)} {d(4)}", f"01481 {d(6)}"),
            "us": (us, f"{rng.choice(('330', '717', '260'))}-{d(3)}-{d(4)}"),
            "mx": (f"+52 625 {d(3)} {d(4)}", f"625 {d(3)} {d(2)} {d(2)}"),
            "bo": (f"+591 7{d(7)}", f"7{d(3)}-{d(4)}"),
            "bz": (f"+501 6{d(2)}-{d(4)}", f"6{d(2)}-{d(4)}"),
            "py": (f"(0491) {d(3)} {d(3)}", f"+595 981 {d(3)} {d(3)}"),
            "mb": (f"204-{d(3)}-{d(4)}", f"(204) {d(3)} {d(4)}"),
            "bc": (f"250-{d(3)}-{d(4)}", f"250.{d(3)}.{d(4)}"),
            "ak": (f"(907) 581-{d(4)}", f"907-{d(3)}-{d(4)}"),
            "im": (f"01624 {d(6)}", f"+44 7624 {d(6)}", f"(01624) {d(3)}{d(3)}"),
            "gg": (f"01481 {d(6)}", f"+44 7781 {d(6)}"),
            "corn": (f"01736 {d(6)}", f"07{d(3)} {d(6)}"),
            "ork": (f"01595 {d(6)}", f"01856 {d(6)}"),
            "nf": (f"+672 3 {d(5)}", f"5{d(4)}", f"{d(2)} {d(3)}"),
            "sh": (f"+290 2{d(4)}", f"+290 {d(5)}"),
            "fk": (f"+500 {d(5)}",),
            "sat": (f"+8816 {d(4)} {d(4)}", f"+870 77{d(1)} {d(3)} {d(3)}"),
            "in": (f"+91 {rng.choice('6789')}{d(4)} {d(5)}", f"0389-23{d(5)}",
                   f"0{rng.choice('6789')}{d(4)}-{d(5)}"),
            "in10": (f"{rng.choice('6789')}{d(9)}",),
            "au": (f"(02) 9{d(3)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}"),
            "hl7": (f"{rng.choice(('330', '907'))}^{d(7)}",),
            "ocr": ("".join(_OCR.get(c, c) if rng.random() < 0.3 else c
                            for c in f"01534 {d(6)}"),),
        })  # fmt: skip
    if kind == "EMAIL":
        isp = rng.choice(
            (
                "manx.net",
                "jerseymail.co.uk",
                "cwgsy.net",
                "gci.net",
                "telus.net",
                "mts.net",
                "yahoo.co.in",
                "sify.com",
                "gmx.de",
                "norfolk.nf",
            )
        )
        return pick({
            "": (f"{g}.{f}{rng.randrange(10, 99)}@{isp}", f"{g[0]}{f}@gmail.com",
                 f"{f}{g}{d(2)}@yahoo.co.in"),
            "isp": (f"{g}{f[0]}@{isp}", f"{f}.family@{isp}"),
            "work": (f"{g}.{f}@gov.im", f"{g[0]}.{f}@health.gov.je", f"{g}.{f}@tristandc.com",
                     f"{g}{f}.aizawl@gmail.com"),
        })  # fmt: skip
    if kind == "SSN":
        return pick({
            "": (f"{d(3)}-{d(2)}-{d(4)}",),
            "nino": (f"MA {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}",),
            "je": (f"JY{d(6)}{rng.choice('ABCD')}", f"SS/{d(6)}/{rng.choice('ABCD')}"),
            "ine": (f"{up(6)}{d(8)}{rng.choice('HM')}{d(3)}",),
            "bo": (f"{d(7)} SC", f"{d(7)}-1H SC"),
            "py": (f"{rng.randrange(1, 7)}.{d(3)}.{d(3)}",),
            "bz": (f"{d(9)}", f"SSB {d(6)}"),
            "sin": (f"{rng.choice('12345679')}{d(2)} {d(3)} {d(3)}",),
            "aadhaar": (f"{rng.randrange(2, 10)}{d(3)} {d(4)} {d(4)}",),
            "epic": (f"{up(3)}{d(7)}",),
            "passport": (f"SH{d(7)}", f"{d(9)}"),
        })  # fmt: skip
    if kind == "MRN":
        return pick({
            "": (d(7), f"{d(2)}-{d(5)}", f"H{d(7)}"),
            "im": (f"MC{d(7)}", f"M{d(6)}"),
            "chi": (f"{d(6)} {d(4)}", d(10)),
            "nhi": (f"{up(3)}{d(2)}{up(2)}",),
            "cr": (f"{rng.randrange(2019, 2028)}{d(9)}", f"CR-{d(4)}-{d(6)}"),
            "ipd": (f"IPD/{rng.randrange(19, 28)}/{d(6)}", f"{rng.randrange(19, 28)}-{d(7)}"),
            "dict": (" ".join(_words(int(c)) or "zero" for c in d(7)), d(8)),
            "ocr": ("".join(_OCR.get(c, c) if rng.random() < 0.35 else c for c in d(8)),),
        })  # fmt: skip
    if kind == "HEALTH_PLAN":
        return pick({
            "": (f"{up(3)}{d(9)}", f"{d(3)} {d(3)} {d(3)}"),
            "aid": (f"AHA-{d(4)}", f"CA {d(5)}"),
            "bz": (d(10),),
            "ips": (d(6),),
            "phin": (f"{d(3)} {d(3)} {d(3)}", d(9)),
            "mbreg": (d(6),),
            "ahc": (f"{d(5)}-{d(4)}",),
            "bcphn": (f"9{d(3)} {d(3)} {d(3)}",),
            "nhs": (f"{d(3)} {d(3)} {d(4)}",),
            "pmjay": (f"{up(1)}{d(1)}{up(2)}{d(1)}{up(2)}{d(1)}{up(1)}", f"PMJAY-{d(2)}-{d(8)}"),
            "abha": (f"91-{d(4)}-{d(4)}-{d(4)}", f"{d(2)}-{d(4)}-{d(4)}-{d(4)}"),
            "abhaaddr": (f"{g}{d(2)}@abdm", f"{g}.{f}@sbx"),
            "star": (f"P/{d(6)}/01/{rng.randrange(2020, 2028)}/{d(6)}",),
            "cghs": (f"CGHS {d(7)}", d(7)),
            "akmed": (d(10), f"AK{d(8)}"),
        })  # fmt: skip
    if kind == "ACCOUNT":
        return pick({
            "": (d(9), f"ACC{d(7)}", f"{up(2)}-{d(6)}"),
            "inv": (f"INV-{rng.randrange(19, 28)}-{d(5)}", f"CP{d(6)}"),
            "preauth": (f"PA/{rng.randrange(2020, 2028)}/{d(2)}/{d(6)}",),
            "hp": (f"HP/{d(4)}/{rng.randrange(19, 28)}", f"HP-{d(5)}-{rng.randrange(19, 28)}"),
            "ip": (f"IPB/{rng.randrange(2020, 2028)}/{d(5)}",),
            "upi": (f"{rng.choice('6789')}{d(9)}@ybl", f"{g}{d(3)}@okaxis"),
            "utr": (d(12),),
            "tele": (f"TR-{d(4)}-{d(5)}",),
            "scr": (f"SCR-{d(3)}-{d(4)}", f"{d(3)}-{d(3)}"),
            "msg": (f"MSG{d(8)}",),
        })  # fmt: skip
    if kind == "LICENSE":
        return pick({
            "": (f"{rng.choice(_UP)}{d(7)}",),
            "acu": (f"ACU {d(6)}", f"IOM/R/{d(4)}"),
            "ab": (f"{d(6)}-{d(3)}",),
            "bc": (d(7),),
            "mmc": (f"MMC/{d(4)}", f"MMC-{d(3)}/{rng.randrange(2000, 2025)}"),
            "cfec": (f"S0{rng.randrange(1, 10)}{rng.choice('KTAM')} {d(5)}{rng.choice(_UP)}",),
            "ham": (rng.choice(("ZD9", "ZD7", "VK9N", "VP6", "VP8", "GD4", "GJ3", "GU0", "KL7",
                                "VU2")) + up(rng.choice((2, 3))),),
        })  # fmt: skip
    if kind == "VEHICLE":
        if style == "vin":
            chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
            chars[8] = "0"
            total = sum(_vin_value(c) * w for c, w in zip(chars, _VIN_W, strict=True)) % 11
            chars[8] = "X" if total == 10 else str(total)
            return "".join(chars)
        return pick({
            "": (f"{up(3)}-{d(4)}", f"{up(2)} {d(2)} {up(2)} {d(4)}"),
            "pa": (f"{up(3)}-{d(4)}", f"{up(3)} {d(4)}"),
            "oh": (f"{up(3)} {d(4)}",),
            "mx": (f"{up(3)}-{d(2)}-{d(2)}",),
            "bo": (f"{d(4)}-{up(3)}", f"{d(4)}{up(3)}"),
            "bz": (f"OW-C-{d(5)}", f"CZL {d(5)}"),
            "mb": (f"{up(3)} {d(3)}",),
            "ab": (f"{up(3)}-{d(4)}",),
            "bc": (f"{up(2)}{d(1)} {d(2)}{up(1)}", f"{d(3)} {up(3)}"),
            "im": (f"{up(1)}MN {d(3)}", f"MAN {d(2)} {up(1)}"),
            "je": (f"J {d(5)}", f"J{d(4)}"),
            "gg": (d(5),),
            "uk": (f"{up(2)}{d(2)} {up(3)}",),
            "port": (f"{rng.choice(('LK', 'K', 'PZ', 'FH', 'SS', 'DO', 'PL', 'GU', 'J'))} "
                     f"{rng.randrange(1, 1300)}",),
            "fk": (f"F{d(3)}",),
            "pn": (f"PN {d(3)}",),
            "nl": (f"NL {d(2)} {up(1)} {d(4)}",),
            "mz": (f"MZ {d(2)} {up(1)} {d(4)}", f"MZ-0{rng.randrange(1, 9)}-{up(2)}-{d(4)}"),
            "ml": (f"ML {d(2)} {up(2)} {d(4)}",),
            "gj": (f"GJ 21 {up(2)} {d(4)}", f"GJ-05-{up(2)}-{d(4)}"),
            "boat": (f"{up(1)}{d(2)}-{up(3)}", f"AK {d(4)} {up(2)}"),
            "uscg": (d(7), d(6)),
        })  # fmt: skip
    if kind == "DEVICE":
        return pick({
            "": (f"SN{d(8)}", f"{up(2)}{d(6)}"),
            "sn": (f"{up(3)}{d(6)}", f"S/N {d(5)}-{up(1)}{d(2)}"),
            "wc": (f"WC-{up(1)}-{d(7)}",),
            "cpap": (f"23{d(9)}", f"SN {d(11)}"),
            "imei": (f"35 {d(6)} {d(6)} {d(1)}", f"35{d(13)}"),
            "inreach": (f"300434{d(9)}",),
            "hibcc": (f"+H{d(3)}{up(4)}{d(1)}/$${d(7)}{up(1)}{d(4)}",),
        })  # fmt: skip
    if kind == "URL":
        return pick({
            "": (f"https://portal.gov.im/p/{d(6)}", f"wa.me/91{d(10)}"),
            "pacs": (f"https://teleradiology.tdc-med.org/study/{d(8)}",
                     f"http://{rng.randrange(10, 100)}.{d(1)}.{d(1)}.{d(2)}:8042/app/explorer.html"
                     f"#study?uuid={d(8)}"),
            "fb": (f"facebook.com/{g}.{f}.{d(1)}", f"https://www.facebook.com/{g}{d(3)}"),
            "caring": (f"caringbridge.org/site/{g}{f}", f"https://www.caringbridge.org/visit/{f}{d(2)}"),
        })  # fmt: skip
    if kind == "IP":
        return pick({
            "": (".".join(str(rng.randrange(1, 255)) for _ in range(4)),),
            "cgnat": (
                f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}."
                f"{rng.randrange(1, 255)}",
            ),
            "port": (".".join(str(rng.randrange(1, 255)) for _ in range(4))
                     + f":{rng.randrange(1024, 65535)}",),
            "v6zone": (f"fe80::{rng.randrange(65536):x}:{rng.randrange(65536):x}:"
                       f"{rng.randrange(65536):x}%eth0",),
        })  # fmt: skip
    raise ValueError(f"unknown PHI kind {kind!r}")
