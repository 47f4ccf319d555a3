"""Where each page lives (docs-relative Markdown paths), slugs, anchors and relative links.

All paths are POSIX paths relative to the docs folder, ending in `.md`; MkDocs turns them into
URLs. Slugs are lower-case ASCII with German transliteration (ä → ae, ß → ss), so URLs read as
German words. Slugs are assigned deterministically: when two keys share a slug, the key that
sorts first keeps it and the others get "-2", "-3", ...
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from markupsafe import Markup

from generator.site.escape import one_line

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_SORT_GERMAN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_SAFE_LINK = re.compile(r"\A[A-Za-z0-9_./-]*(?:#[A-Za-z0-9_-]+)?\Z")
# Names the site itself uses inside a section folder.
RESERVED = frozenset({"index"})

START = "index.md"
TIMELINE = "zeitleiste.md"
PROBLEMS = "probleme.md"
TOPICS_INDEX = "themen/index.md"
ACTORS_INDEX = "akteure/index.md"
EVENTS_INDEX = "ereignisse/index.md"
SOURCES_INDEX = "quellen/index.md"
BRIEFS_INDEX = "briefe/index.md"
UNDATED = "ohne-datum"


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_GERMAN))
    return text.encode("ascii", "ignore").decode("ascii").lower()


def slugify(text: str) -> str:
    """'Wolodymyr Selenskyj' -> 'wolodymyr-selenskyj'; 'Gebietsfragen/Krim' -> 'gebietsfragen-krim'."""
    return re.sub(r"[^a-z0-9]+", "-", _ascii(one_line(text))).strip("-")


def safe_stem(file_name: str) -> str:
    """A report's file name without extension, as a URL part ('001_b7d1.txt' -> '001_b7d1')."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name.strip(".") else file_name
    return re.sub(r"[^a-z0-9_]+", "-", _ascii(stem)).strip("-_")


def sort_key(text: str) -> str:
    """German dictionary order: case and umlauts ignored (Ö sorts as O)."""
    folded = one_line(text).lower().translate(_SORT_GERMAN)
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")


def assign_slugs(keys: Iterable[str], make=slugify, fallback: str = "eintrag") -> dict[str, str]:
    """A unique slug per key; stable for a given set of keys."""
    taken: set[str] = set(RESERVED)
    slugs: dict[str, str] = {}
    for key in sorted(set(keys), key=lambda k: (make(k), k)):
        base = make(key) or f"{fallback}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[key] = slug
    return slugs


def evidence_anchor(evidence: str) -> str:
    """Stable HTML id of an evidence sentence: 'ev-' + first 10 hex digits of its SHA-1."""
    return "ev-" + hashlib.sha1(one_line(evidence).encode("utf-8")).hexdigest()[:10]


def month_anchor(year: int, month: int) -> str:
    return f"m-{year:04d}-{month:02d}"


def brief_path(year: int | None, month: int | None, slug: str) -> str:
    if year is None or month is None:
        return f"briefe/{UNDATED}/{slug}.md"
    return f"briefe/{year:04d}/{month:02d}/{slug}.md"


def year_path(year: int) -> str:
    return f"briefe/{year:04d}/index.md"


def month_path(year: int | None, month: int | None) -> str:
    if year is None or month is None:
        return f"briefe/{UNDATED}/index.md"
    return f"briefe/{year:04d}/{month:02d}/index.md"


def source_path(slug: str) -> str:
    return f"quellen/{slug}.md"


def topic_path(slug: str) -> str:
    return f"themen/{slug}.md"


def actor_path(slug: str) -> str:
    return f"akteure/{slug}.md"


def event_path(slug: str) -> str:
    return f"ereignisse/{slug}.md"


def relative_link(from_path: str, to_path: str) -> Markup:
    """Link from one page to another (optionally with '#anchor'), as MkDocs resolves it."""
    return _relative_link(posixpath.dirname(from_path) or ".", to_path)


# A site has few page folders and links to each target from many pages in the same folder:
# posixpath.relpath costs 50 µs, and a large site asks hundreds of thousands of times.
@lru_cache(maxsize=1 << 18)
def _relative_link(from_folder: str, to_path: str) -> Markup:
    target, _, anchor = to_path.partition("#")
    if not _SAFE_LINK.match(to_path):
        raise ValueError(f"unsafe link target {to_path!r}")
    link = _relpath(target, from_folder) if target else ""
    return Markup(link + (f"#{anchor}" if anchor else ""))


def _relpath(target: str, folder: str) -> str:
    """posixpath.relpath for the site's own paths (clean, relative, a file), without its
    abspath calls; anything else goes to posixpath.relpath."""
    parts, base = target.split("/"), [] if folder == "." else folder.split("/")
    if not target.endswith(".md") or any(p in ("", ".", "..") for p in (*parts, *base)):
        return posixpath.relpath(target, folder)
    common = 0
    while common < min(len(parts), len(base)) and parts[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."
