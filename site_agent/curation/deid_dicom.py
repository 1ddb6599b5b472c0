"""DICOM de-identification: the PS3.15 Annex E Basic Application Level Confidentiality Profile.

``deidentify`` applies the profile's action table (``annex_e``) to every element, at every depth
of nested sequences: X removes the element, Z empties it, D replaces it with a dummy value of the
right VR, U replaces each UID with a keyed hash, and sequences the table does not name are kept
and cleaned item by item. On top of the table: every private element is removed (no private
attribute is retained), every person name the table does not list is emptied as well, the file
meta header is rebuilt, and PatientIdentityRemoved, DeidentificationMethod and
DeidentificationMethodCodeSequence (113100) record what was done.

UIDs map to ``2.25.<int>`` through HMAC-SHA256 with a per-site secret, so the same input UID
gets the same output UID in every file of a curation run (and of later runs with the same
secret), study/series/instance links survive, and nobody without the secret can reverse or
recompute the mapping.

Dates: the Retain Longitudinal Temporal Information with Modified Dates option. Every DA and DT
value the table would replace by a dummy, or does not list at all, is shifted by the patient's
offset (``dates``: a keyed HMAC of the PatientID), the same offset the study's reports get, so
intervals survive; times of day the table does not list are emptied; the alternative-calendar
dates (PatientBirthDateInAlternativeCalendar, ...) are removed. Text the table keeps (LO, SH, UC,
LT, ST, UT: protocol names, comments, SR text) is checked against the header's own identifiers
and the scrubber's patterns; free text (LT, ST, UT) also against the safe list.

Pixel data is never touched. Identifiers burned into the pixels (scanned forms, secondary
captures, ultrasound annotations) are out of scope here: curation refuses files whose header
says ``BurnedInAnnotation = YES``, and nothing detects text in pixels whose header is silent.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass

from pydicom.dataelem import DataElement, empty_value_for_VR
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.valuerep import PersonName

from site_agent.curation.annex_e import BASIC_PROFILE_CODE, Action, ActionTable, basic_profile
from site_agent.curation.dates import shift_days, shift_dicom
from site_agent.curation.scrub_text import KnownIdentifiers, scrub_text

DEID_METHOD = ("DICOM PS3.15 Annex E Basic Profile", "MedFed curation: keyed UIDs")
_DUMMY_TEXT = "ANONYMIZED"
_DUMMY_BY_VR: dict[str, object] = {
    "DA": "19000101",
    "TM": "000000",
    "DT": "19000101000000",
    "AS": "000Y",
    "DS": "0",
    "IS": "0",
    "UR": "http://anonymized.invalid",
}
_TEXT_VRS = frozenset({"AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UT"})
_NUMBER_VRS = frozenset({"FL", "FD", "SL", "SS", "SV", "UL", "US", "UV"})
_FREE_TEXT_VRS = frozenset({"LT", "ST", "UT"})
_SHORT_TEXT_VRS = frozenset({"LO", "SH", "UC"})
_DATE_VRS = frozenset({"DA", "DT"})
_PATIENT_ID_TAG = 0x00100020


class Pseudonymizer:
    """Keyed, deterministic replacements: UIDs and patient pseudonyms from one site secret."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError(f"the curation secret must be at least 16 bytes, got {len(secret)}")
        self._secret = bytes(secret)
        self._uids: dict[str, str] = {}

    def _mac(self, kind: str, value: str) -> bytes:
        message = f"{kind}\x00{value}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).digest()

    def uid(self, original: str) -> str:
        """``2.25.<int>`` where the int is a version-8 (custom) UUID built from the HMAC."""
        original = str(original).strip()
        if original not in self._uids:
            value = int.from_bytes(self._mac("uid", original)[:16], "big")
            value = (value & ~(0xF << 76)) | (0x8 << 76)  # UUID version 8
            value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
            self._uids[original] = f"2.25.{value}"
        return self._uids[original]

    def patient(self, original: str) -> str:
        """A stable pseudonymous patient ID: same patient, same ID, within the site."""
        return "P" + self._mac("patient", str(original).strip()).hex()[:15].upper()

    def file_stem(self, original: str) -> str:
        """A pseudonymous file name stem: same source name, same stem, in every run."""
        return "f" + self._mac("file", str(original)).hex()[:24]

    def date_offset(self, patient_id: str) -> int:
        """Days every date of this patient moves by (negative; see ``dates.shift_days``)."""
        return shift_days(self._secret, str(patient_id))

    @property
    def uids_mapped(self) -> int:
        return len(self._uids)


@dataclass(frozen=True)
class DeidSummary:
    """How many elements each action touched (for logs; holds no values)."""

    removed: int
    emptied: int
    replaced: int
    uids: int
    private_removed: int
    texts_scrubbed: int
    dates_shifted: int


def _dummy(elem: DataElement, tag: int, ids: Pseudonymizer) -> object:
    if tag == _PATIENT_ID_TAG:
        return ids.patient(str(elem.value))
    if elem.VR in _DUMMY_BY_VR:
        return _DUMMY_BY_VR[elem.VR]
    if elem.VR in _TEXT_VRS:
        return _DUMMY_TEXT
    if elem.VR in _NUMBER_VRS:
        return 0
    return empty_value_for_VR(elem.VR)  # binary and AT values: no meaningful dummy


def _replace_uids(elem: DataElement, ids: Pseudonymizer) -> None:
    if isinstance(elem.value, MultiValue | list):
        elem.value = [ids.uid(v) for v in elem.value if v]
    elif elem.value:
        elem.value = ids.uid(elem.value)


@dataclass
class _Context:
    table: ActionTable
    ids: Pseudonymizer
    known: KnownIdentifiers
    counts: Counter[str]
    date_offset: int


def _clean(ds: Dataset, ctx: _Context) -> None:
    counts, ids = ctx.counts, ctx.ids
    for elem in list(ds):
        tag = int(elem.tag)
        if elem.tag.is_private:
            del ds[elem.tag]
            counts["private_removed"] += 1
            continue
        action = ctx.table.action_for(tag)
        if action is None and "AlternativeCalendar" in elem.keyword:
            action = Action.REMOVE  # calendar dates in a form the date shift cannot reach
        if action is Action.REMOVE:
            del ds[elem.tag]
            counts["removed"] += 1
        elif elem.VR == "SQ":
            if action is Action.EMPTY:
                elem.value = Sequence([])
                counts["emptied"] += 1
                continue
            # K, U* and D on a sequence: keep it, clean what is inside.
            for item in elem.value:
                _clean(item, ctx)
        elif action is Action.UID and elem.VR == "UI":
            _replace_uids(elem, ids)
            counts["uids"] += 1
        elif elem.VR in _DATE_VRS and action in (None, Action.DUMMY) and elem.value:
            _shift(elem, ctx)
        elif elem.VR == "TM" and action is None and elem.value:
            elem.value = ""  # a time of day the table does not list: not needed, not kept
            counts["emptied"] += 1
        elif action is Action.EMPTY or (action is None and elem.VR == "PN"):
            # Names outside the table are emptied too: no person name survives curation.
            elem.value = empty_value_for_VR(elem.VR)
            counts["emptied"] += 1
        elif action in (Action.DUMMY, Action.UID):
            elem.value = _dummy(elem, tag, ids)
            counts["replaced"] += 1
        elif action is None and elem.VR in _FREE_TEXT_VRS | _SHORT_TEXT_VRS and elem.value:
            # Text the profile keeps (SR TextValue, comments, protocol names): scrub it.
            _scrub_element(elem, ctx)


def _scrub_element(elem: DataElement, ctx: _Context) -> None:
    guess = elem.VR in _FREE_TEXT_VRS
    values = elem.value if isinstance(elem.value, MultiValue | list) else [elem.value]
    scrubbed = [
        scrub_text(str(v), ctx.known, date_offset=ctx.date_offset, guess_names=guess)
        for v in values
    ]
    if scrubbed != [str(v) for v in values]:
        elem.value = scrubbed if isinstance(elem.value, MultiValue | list) else scrubbed[0]
        ctx.counts["texts_scrubbed"] += 1


def _shift(elem: DataElement, ctx: _Context) -> None:
    values = elem.value if isinstance(elem.value, MultiValue | list) else [elem.value]
    shifted = [shift_dicom(str(v), elem.VR, ctx.date_offset) for v in values]
    if all(v is not None for v in shifted):
        elem.value = shifted if isinstance(elem.value, MultiValue | list) else shifted[0]
        ctx.counts["dates_shifted"] += 1
    else:  # not a date we can read: nothing of it is kept
        elem.value = empty_value_for_VR(elem.VR)
        ctx.counts["emptied"] += 1


def _mark(ds: Dataset) -> None:
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = list(DEID_METHOD)
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = BASIC_PROFILE_CODE
    ds.DeidentificationMethodCodeSequence = Sequence([code])
    ds.LongitudinalTemporalInformationModified = "MODIFIED"


def _rebuild_file_meta(ds: Dataset) -> None:
    """Only what Part 10 needs; the rest (source AE title, private info) could identify."""
    if "SOPInstanceUID" not in ds:  # not a composite instance: nothing to write a header for
        return
    old = getattr(ds, "file_meta", FileMetaDataset())
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.get("SOPClassUID", old.get("MediaStorageSOPClassUID"))
    meta.MediaStorageSOPInstanceUID = ds.get("SOPInstanceUID")
    if "TransferSyntaxUID" in old:
        meta.TransferSyntaxUID = old.TransferSyntaxUID
    ds.file_meta = meta


def deidentify(
    ds: Dataset,
    ids: Pseudonymizer,
    table: ActionTable | None = None,
    known: KnownIdentifiers | None = None,
    date_offset: int | None = None,
) -> DeidSummary:
    """De-identify ``ds`` in place with the Basic Profile; pixel data is left as it is.

    ``known`` identifiers help scrub the free text the profile keeps; by default, the header's own.
    """
    if known is None:
        found = header_identifiers(ds)
        known = found.patient | found.site
    if date_offset is None:
        date_offset = ids.date_offset(str(ds.get("PatientID", "")))
    counts: Counter[str] = Counter()
    _clean(ds, _Context(table or basic_profile(), ids, known, counts, date_offset))
    _mark(ds)
    _rebuild_file_meta(ds)
    return DeidSummary(
        removed=counts["removed"],
        emptied=counts["emptied"],
        replaced=counts["replaced"],
        uids=counts["uids"],
        private_removed=counts["private_removed"],
        texts_scrubbed=counts["texts_scrubbed"],
        dates_shifted=counts["dates_shifted"],
    )


# Attributes whose values, read before de-identification, help scrub the study's reports.
_PATIENT_ID_KEYWORDS = ("PatientID", "OtherPatientIDs")
_OTHER_ID_KEYWORDS = (
    "AccessionNumber",
    "StudyID",
    "MedicalRecordLocator",
    "DeviceSerialNumber",
    "AdmissionID",
    "ServiceEpisodeID",
    "RequestedProcedureID",
    "PlacerOrderNumberImagingServiceRequest",
    "FillerOrderNumberImagingServiceRequest",
    "PatientTelephoneNumbers",
)
_INSTITUTION_KEYWORDS = ("InstitutionName", "IssuerOfPatientID", "InstitutionalDepartmentName")
_ADDRESS_KEYWORDS = ("InstitutionAddress", "PatientAddress", "ReferringPhysicianAddress")
_PATIENT_NAME_KEYWORDS = frozenset(
    {"PatientName", "OtherPatientNames", "PatientBirthName", "PatientMotherBirthName"}
)
_NAME_PREFIXES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "md", "phd"})


@dataclass(frozen=True)
class HeaderIdentifiers:
    """Identifiers from one header: the patient's, and the site's (staff, institution)."""

    patient: KnownIdentifiers
    site: KnownIdentifiers


def _name_parts(value: object) -> set[str]:
    parts: set[str] = set()
    for name in value if isinstance(value, MultiValue | list) else [value]:
        pn = name if isinstance(name, PersonName) else PersonName(str(name))
        for part in (pn.family_name, pn.given_name, pn.middle_name):
            for word in str(part).replace(",", " ").split():
                word = word.strip(".")
                if len(word) >= 2 and word.lower() not in _NAME_PREFIXES:
                    parts.add(word)
                    # "O'Neil-Smith" is also written "Smith" or "O'Neil" alone.
                    parts.update(p for p in word.split("-") if len(p) >= 3)
    return parts


def _texts(ds: Dataset, keywords: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for keyword in keywords:
        value = ds.get(keyword)
        values = value if isinstance(value, MultiValue | list) else [value]
        out.update(str(v).strip() for v in values if v is not None and str(v).strip())
    return frozenset(out)


def header_identifiers(ds: Dataset) -> HeaderIdentifiers:
    """What the header says about who this is (read it before ``deidentify``)."""
    patient_names: set[str] = set()
    other_names: set[str] = set()

    def visit(dataset: Dataset, elem: DataElement) -> None:
        if elem.VR == "PN" and elem.value:
            target = patient_names if elem.keyword in _PATIENT_NAME_KEYWORDS else other_names
            target.update(_name_parts(elem.value))

    ds.walk(visit)
    addresses = _texts(ds, _ADDRESS_KEYWORDS)
    # Address parts ("Riverton", "WY 60674") identify on their own, too.
    parts = {p.strip() for a in addresses for p in a.split(",") if len(p.strip()) >= 4}
    patient = KnownIdentifiers(
        names=frozenset(patient_names),
        patient_ids=_texts(ds, _PATIENT_ID_KEYWORDS),
        other_ids=_texts(ds, _OTHER_ID_KEYWORDS),
        addresses=addresses | frozenset(parts),
    )
    site = KnownIdentifiers(
        names=frozenset(other_names), institutions=_texts(ds, _INSTITUTION_KEYWORDS)
    )
    return HeaderIdentifiers(patient=patient, site=site)
