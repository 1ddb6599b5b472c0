"""Part-10 DICOM writing: one single-frame instance per study, with synthetic PHI in the header.

The headers carry the identifying attributes a real archive export would (name, MRN, birth date,
address, phone, institution, physicians, dates, accession number, UIDs), so that de-identification
downstream is exercised on realistic input.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    UID,
    ComputedRadiographyImageStorage,
    CTImageStorage,
    DigitalXRayImageStorageForPresentation,
    ExplicitVRLittleEndian,
    MRImageStorage,
    VLWholeSlideMicroscopyImageStorage,
)

from simulation.synth.findings import IMAGE_SIZE, Findings
from simulation.synth.images import GREY_BITS, GREY_MAX
from simulation.synth.phi import Visit, age_years, dicom_date
from simulation.synth.profiles import SiteProfile

_UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:medfed:synth")


@dataclass(frozen=True)
class StudyUIDs:
    study: UID
    series: UID
    instance: UID
    frame_of_reference: UID


def make_uids(seed: int, site: str, study_id: str) -> StudyUIDs:
    """UIDs under the 2.25 root (DICOM PS3.5 B.2) from name-based UUIDs, so reruns reproduce them.

    ``generate_uid(prefix=None, ...)`` would ignore its entropy sources and draw a random UUID.
    """

    def uid(kind: str) -> UID:
        name = "|".join(("synth", str(seed), site, study_id, kind))
        return UID(f"2.25.{uuid.uuid5(_UID_NAMESPACE, name).int}")

    return StudyUIDs(uid("study"), uid("series"), uid("instance"), uid("frame"))


def sop_class(findings: Findings, profile: SiteProfile) -> tuple[UID, str]:
    """(SOP Class UID, Modality attribute) for the study's modality."""
    if findings.modality == "xray":
        if profile.xray_code == "CR":
            return ComputedRadiographyImageStorage, "CR"
        return DigitalXRayImageStorageForPresentation, "DX"
    if findings.modality == "ct":
        return CTImageStorage, "CT"
    if findings.modality == "mri":
        return MRImageStorage, "MR"
    return VLWholeSlideMicroscopyImageStorage, "SM"


def _patient_and_study(ds: Dataset, visit: Visit, study_id: str, uids: StudyUIDs) -> None:
    patient, person = visit.patient, visit.patient.person
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.PatientName = person.dicom_name()
    ds.PatientID = patient.mrn
    ds.IssuerOfPatientID = visit.institution.name
    ds.PatientBirthDate = dicom_date(patient.birth_date)
    ds.PatientSex = patient.sex
    ds.PatientAge = f"{age_years(patient.birth_date, visit.study_date):03d}Y"
    ds.PatientAddress = patient.address.one_line()
    ds.PatientTelephoneNumbers = person.phone
    ds.InstitutionName = visit.institution.name
    ds.InstitutionAddress = visit.institution.address.one_line()
    ds.ReferringPhysicianName = visit.referring.dicom_name("Dr.")
    ds.NameOfPhysiciansReadingStudy = visit.reader.dicom_name("Dr.")
    ds.StudyDate = ds.SeriesDate = ds.ContentDate = dicom_date(visit.study_date)
    ds.StudyTime = ds.SeriesTime = ds.ContentTime = visit.study_time
    ds.AccessionNumber = visit.accession
    ds.StudyID = study_id[-4:]
    ds.StudyInstanceUID = uids.study
    ds.SeriesInstanceUID = uids.series
    ds.SOPInstanceUID = uids.instance
    ds.FrameOfReferenceUID = uids.frame_of_reference
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1


def _modality_attributes(ds: Dataset, findings: Findings, code: str) -> None:
    if code in ("CR", "DX"):
        ds.ViewPosition = "PA"
        ds.PatientOrientation = ["L", "F"]
        ds.ImagerPixelSpacing = [3.0, 3.0]
        ds.StudyDescription = ds.SeriesDescription = "XR CHEST PA"
        if code == "DX":
            ds.PresentationIntentType = "FOR PRESENTATION"
            ds.ImageType = ["ORIGINAL", "PRIMARY"]
    elif code == "CT":
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.RescaleIntercept = -1024
        ds.RescaleSlope = 1
        ds.RescaleType = "HU"
        ds.KVP = 120
        ds.StudyDescription = ds.SeriesDescription = "CT ABDOMEN AXIAL"
    elif code == "MR":
        ds.ImageType = ["ORIGINAL", "PRIMARY", "M"]
        ds.ScanningSequence = "SE"
        ds.SequenceVariant = "NONE"
        ds.ScanOptions = ""
        ds.MRAcquisitionType = "2D"
        ds.RepetitionTime = 500.0
        ds.EchoTime = 15.0
        ds.StudyDescription = ds.SeriesDescription = "MR BRAIN T1 AXIAL"
    else:
        ds.ImageType = ["ORIGINAL", "PRIMARY", "VOLUME", "NONE"]
        ds.TotalPixelMatrixColumns = ds.TotalPixelMatrixRows = IMAGE_SIZE
        ds.StudyDescription = ds.SeriesDescription = "SURGICAL PATHOLOGY H&E"
    if code in ("CT", "MR"):
        spacing = 3.0 if code == "CT" else 1.8
        ds.PixelSpacing = [spacing, spacing]
        ds.SliceThickness = 5.0
        ds.ImagePositionPatient = [-IMAGE_SIZE * spacing / 2, -IMAGE_SIZE * spacing / 2, 0.0]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.BodyPartExamined = findings.spec.body_part


def build_dataset(
    stored: np.ndarray,
    findings: Findings,
    visit: Visit,
    profile: SiteProfile,
    study_id: str,
    uids: StudyUIDs,
) -> Dataset:
    """The study's dataset; ``stored`` is (H, W) uint16 12-bit grey or (H, W, 3) uint8 RGB."""
    sop_uid, code = sop_class(findings, profile)
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = sop_uid
    ds.file_meta.MediaStorageSOPInstanceUID = uids.instance
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = sop_uid
    ds.Modality = code
    _patient_and_study(ds, visit, study_id, uids)
    ds.Manufacturer = profile.manufacturer
    ds.ManufacturerModelName = f"{code}-{profile.name}"
    ds.StationName = f"{code}{profile.name[-1].upper()}01"
    _modality_attributes(ds, findings, code)
    if stored.ndim == 3:
        ds.set_pixel_data(stored, "RGB", 8, generate_instance_uid=False)
        # WSM is a multi-frame IOD; set_pixel_data drops the attribute for a single frame.
        ds.NumberOfFrames = 1
    else:
        ds.set_pixel_data(stored, "MONOCHROME2", GREY_BITS, generate_instance_uid=False)
        # Window values are in rescaled units (HU for CT).
        ds.WindowCenter = GREY_MAX // 2 + int(ds.get("RescaleIntercept", 0))
        ds.WindowWidth = GREY_MAX
    return ds


def write_dicom(path: Path, ds: Dataset) -> None:
    ds.save_as(path, enforce_file_format=True)
