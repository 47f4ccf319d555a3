"""Grouping briefs into events, and taking an exact day from a sibling report of the same event.

Reports of the same occasion share an event key: same kind of event, same core parties, same
month. A report that gives only the month and a weekday takes the exact day from a sibling that
states it, when the weekday agrees; never when it does not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from generator.brief import Brief


@dataclass(frozen=True)
class EventMember:
    brief: Brief
    weekday: int | None  # weekday the report names for the event (0 = Monday)


def propagate_days(members: list[EventMember]) -> list[Brief]:
    """Fill month-precision dates from same-event siblings whose stated day has the same weekday."""
    by_event: dict[str, list[EventMember]] = {}
    for member in members:
        by_event.setdefault(member.brief.event, []).append(member)
    out = []
    for member in members:
        brief = member.brief
        if brief.date_precision == "month" and member.weekday is not None:
            siblings = sorted(
                (m.brief for m in by_event[brief.event]
                 if m.brief.date_precision == "day" and m.brief.date.startswith(brief.date)),
                key=lambda b: b.source.file,
            )
            for sibling in siblings:
                day = dt.date.fromisoformat(sibling.date)
                if day.weekday() == member.weekday:
                    brief = replace(
                        brief,
                        id=sibling.date + brief.id[len(brief.date):] if brief.id.startswith(brief.date) else brief.id,
                        date=sibling.date,
                        date_precision="day",
                        date_evidence=f"{brief.date_evidence}; Tag aus {sibling.source.file} "
                                      f"(gleiches Ereignis, Wochentag stimmt überein)",
                    )
                    break
        out.append(brief)
    return out
