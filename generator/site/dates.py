"""Brief dates shown honestly: a month-precision date reads "März 2025", never a made-up day."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
_ISO = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


@dataclass(frozen=True)
class DateView:
    """A brief's date as shown on the site.

    text: German, as precise as the brief knows it ("18. März 2025", "März 2025", "2025").
    iso: the value as written in the brief. precision: "day", "month", "year" or "unknown".
    """

    text: str
    iso: str
    precision: str
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def month_text(self) -> str:
        """The month this date falls in ("März 2025"), or "Ohne Datum"."""
        return month_label(self.year, self.month)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)


def month_label(year: int | None, month: int | None) -> str:
    if year is None or month is None:
        return "Ohne Datum"
    return f"{MONTHS[month - 1]} {year}"


def parse_date(value: object, precision: object = "day") -> DateView:
    """Read a brief's `date` with its `date_precision`; the coarser of the two is shown."""
    iso = str(value).strip() if value is not None else ""
    match = _ISO.match(iso)
    if not match:
        return DateView(iso or "ohne Datum", iso, "unknown")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return DateView(iso, iso, "unknown")
    if day is not None and (not 1 <= day <= 31 or str(precision) == "month"):
        day = None
    if month is None:
        return DateView(str(year), iso, "year", year)
    if day is None:
        return DateView(month_label(year, month), iso, "month", year, month)
    return DateView(f"{day}. {MONTHS[month - 1]} {year}", iso, "day", year, month, day)
