"""Per-patient date shifting: every date of one patient moves by the same number of days.

The offset is a keyed HMAC of the patient's identifier with the site's curation secret, so it is
the same in every report, dataset field and DICOM header of that patient (intervals between
studies, ages at a study survive), differs between patients, and cannot be recomputed without the
secret. Dates always move into the past, by 1 to ``MAX_SHIFT_DAYS`` days: a shifted date never
equals the original.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date, datetime, timedelta

MAX_SHIFT_DAYS = 730
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")]
    )
    for m in names
}  # fmt: skip
_NUMERIC = re.compile(r"^(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})$")
_COMPACT = re.compile(r"^((?:18|19|20)\d{2})(\d{2})(\d{2})$")
_WORDY = re.compile(r"[A-Za-z]+|\d+")


def shift_days(secret: bytes, patient_key: str) -> int:
    """The (negative) offset in days for one patient; same key, same offset."""
    mac = hmac.new(secret, f"dateshift\x00{patient_key.strip()}".encode(), hashlib.sha256)
    return -(1 + int.from_bytes(mac.digest()[:8], "big") % MAX_SHIFT_DAYS)


def _year(value: int) -> int:
    if value >= 100:
        return value
    return 1900 + value if value > datetime.now().year % 100 else 2000 + value


def parse_date(text: str) -> date | None:
    """A full calendar date (day, month and year) written in one of the usual ways, or None."""
    s = text.strip().rstrip(".,")
    try:
        if m := _COMPACT.match(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        s = s.split("T")[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", s) else s
        if m := _NUMERIC.match(s):
            a, sep, b, c = int(m[1]), m[2], int(m[3]), int(m[4])
            if len(m[1]) == 4:
                return date(a, b, c)
            if sep == ".":  # European: day.month.year
                return date(_year(c), b, a)
            return date(_year(c), a, b)  # US order for slashes and dashes
        parts = _WORDY.findall(s)
        months = [p for p in parts if p.lower() in _MONTHS]
        numbers = [int(p) for p in parts if p.isdigit()]
        if len(months) == 1 and len(numbers) == 2:
            month = _MONTHS[months[0].lower()]
            day, year = (numbers[0], numbers[1]) if numbers[0] <= 31 else numbers[::-1]
            return date(_year(year), month, day)
    except ValueError:  # 31 February and friends: not a date after all
        return None
    return None


def shifted_text(text: str, offset_days: int) -> str | None:
    """``text`` as a shifted ISO date (keeping a time of day if there was one), or None."""
    parsed = parse_date(text)
    if parsed is None:
        return None
    out = (parsed + timedelta(days=offset_days)).isoformat()
    if m := re.search(r"T\d{2}:\d{2}(?::\d{2})?", text):
        out += m.group()
    return out


def shift_dicom(value: str, vr: str, offset_days: int) -> str | None:
    """A DA (YYYYMMDD) or DT (YYYYMMDDHHMMSS...) value shifted, or None if it does not parse."""
    value = value.strip()
    if len(value) < 8 or not value[:8].isdigit():
        return None
    try:
        day = datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        return None
    shifted = (day + timedelta(days=offset_days)).strftime("%Y%m%d")
    return shifted if vr == "DA" else shifted + value[8:]
