"""The action table of DICOM PS3.15 Annex E, Basic Application Level Confidentiality Profile.

The table itself (about 650 attributes, one action code each) comes from the `dicom-anonymizer`
package (KitwareMedical), which transcribes Table E.1-1 from each edition of the standard; only its
data is used here, the actions are ours (see ``deid_dicom``), because its engine leaves nested
sequences untouched and draws UIDs at random from process-global state.

Combined codes are resolved without knowing the IOD's attribute types, toward keeping the file
valid while still removing the value: X/Z -> Z, Z/D, X/D and X/Z/D -> D (a dummy value carries no
information), X/Z/U* -> U (keep the sequence, replace every UID inside it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from dicomanonymizer.dicomfields_selector import dicom_anonymization_database_selector

# The newest edition of Table E.1-1 that dicom-anonymizer 2.1.0 ships.
TABLE_EDITION = "dicomfields_2026c"
BASIC_PROFILE_CODE = ("113100", "DCM", "Basic Application Confidentiality Profile")


class Action(Enum):
    REMOVE = "X"
    EMPTY = "Z"
    DUMMY = "D"
    UID = "U"


# dicom-anonymizer's category name -> the one action we apply.
_CATEGORY_ACTIONS: dict[str, Action] = {
    "D_TAGS": Action.DUMMY,
    "Z_TAGS": Action.EMPTY,
    "X_TAGS": Action.REMOVE,
    "U_TAGS": Action.UID,
    "Z_D_TAGS": Action.DUMMY,
    "X_Z_TAGS": Action.EMPTY,
    "X_D_TAGS": Action.DUMMY,
    "X_Z_D_TAGS": Action.DUMMY,
    "X_Z_U_STAR_TAGS": Action.UID,
}


class AnnexETableError(RuntimeError):
    """The installed table does not have the shape this module was written against."""


@dataclass(frozen=True)
class ActionTable:
    """Tag (32-bit int) -> action; repeating groups (curves 50xx, overlays 60xx) by mask."""

    edition: str
    exact: Mapping[int, Action]
    masked: tuple[tuple[int, int, Action], ...]  # (mask, value, action): tag & mask == value

    def action_for(self, tag: int) -> Action | None:
        action = self.exact.get(tag)
        if action is not None:
            return action
        for mask, value, masked_action in self.masked:
            if tag & mask == value:
                return masked_action
        return None

    def __len__(self) -> int:
        return len(self.exact) + len(self.masked)


def _entries(edition: str) -> dict[str, list[tuple[int, ...]]]:
    try:
        return dicom_anonymization_database_selector(edition)
    except (ValueError, AttributeError, ImportError) as exc:
        raise AnnexETableError(f"Annex E table {edition!r} is not available: {exc}") from exc


@lru_cache(maxsize=4)
def basic_profile(edition: str = TABLE_EDITION) -> ActionTable:
    """The Basic Profile's action table for ``edition`` (built once per process)."""
    exact: dict[int, Action] = {}
    masked: list[tuple[int, int, Action]] = []
    for category, entries in _entries(edition).items():
        if category == "ALL_TAGS":  # the union of the others
            continue
        action = _CATEGORY_ACTIONS.get(category)
        if action is None:
            raise AnnexETableError(f"{edition}: unknown action category {category!r}")
        for entry in entries:
            if len(entry) == 2:
                group, element = entry
                tag = (group << 16) | element
                if exact.get(tag, action) is not action:
                    raise AnnexETableError(f"{edition}: tag {tag:08X} has two actions")
                exact[tag] = action
            elif len(entry) == 4:
                group, element, group_mask, element_mask = entry
                mask = (group_mask << 16) | element_mask
                masked.append((mask, ((group << 16) | element) & mask, action))
            else:
                raise AnnexETableError(f"{edition}: malformed entry {entry!r} in {category}")
    if not exact:
        raise AnnexETableError(f"{edition}: the table is empty")
    return ActionTable(edition=edition, exact=exact, masked=tuple(masked))
