"""The site's navigation, in the form of MkDocs' `nav` setting (pure data, no MkDocs import).

Shallow on purpose, so it scales to thousands of briefs: sections Start, Zeitleiste, Themen,
Akteure, Ereignisse, Briefe (years, then months, newest first) and Quellen. Actor, event and
source pages are reached from their index pages and from briefs; listing them in the navigation
would put thousands of links on every page. Section titles are fixed German words and numbers.
"""

from __future__ import annotations

from typing import Any

from generator.site import paths
from generator.site.dates import MONTHS
from generator.site.model import Model
from generator.site.pages import month_groups


def site_nav(model: Model) -> list[Any]:
    years: list[Any] = []
    current_year: list[Any] | None = None
    year_of_current = None
    for group in month_groups(model.briefs, newest_first=True):
        first = group.briefs[0].date
        entry = [group.path, *(b.path for b in group.briefs)]
        if not first.month:
            years.append({"Ohne Datum": entry})
            continue
        if first.year != year_of_current:
            year_of_current = first.year
            current_year = [paths.year_path(first.year)]
            years.append({str(first.year): current_year})
        assert current_year is not None
        current_year.append({MONTHS[first.month - 1]: entry})
    topics = sorted(model.topics, key=lambda t: (paths.sort_key(t.name), t.id))
    nav: list[Any] = [
        {"Start": paths.START},
        {"Zeitleiste": paths.TIMELINE},
        {"Themen": [paths.TOPICS_INDEX, *(model.topic_refs[t.id].path for t in topics)]},
        {"Akteure": paths.ACTORS_INDEX},
        {"Ereignisse": paths.EVENTS_INDEX},
        {"Briefe": [paths.BRIEFS_INDEX, *years]},
        {"Quellen": paths.SOURCES_INDEX},
    ]
    if model.problems:
        nav.append({"Probleme": paths.PROBLEMS})
    return nav


def nav_paths(nav: list[Any]) -> set[str]:
    """Every page path named in a nav structure."""
    found: set[str] = set()
    for entry in nav:
        if isinstance(entry, str):
            found.add(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                found |= nav_paths(value if isinstance(value, list) else [value])
    return found
