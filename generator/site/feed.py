"""An Atom feed of the newest briefs, written next to the built site (never into docs/).

Dates come from the briefs themselves (a month-precision brief is dated the 1st of its month),
never from git or file times, so the feed is the same on every build. Entry ids are UUIDs
derived from the brief id, so they stay stable when the site moves. Links are absolute when
`site_url` is set; without it they are relative to the feed file at the site root, which feed
readers resolve against the feed's own address. All text goes through the XML serializer, so
report text cannot inject markup.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Sequence
from xml.etree import ElementTree as ET

from generator.site.context import BriefView
from generator.site.urls import page_url

FEED_FILE = "feed.xml"
LIMIT = 50
ATOM = "http://www.w3.org/2005/Atom"
_NAMESPACE = uuid.UUID("6f1c2a52-8d1e-4a55-9a2b-3c0f5e0b7d11")
# Characters XML 1.0 cannot carry at all (the serializer would write them and break the file).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def entry_date(brief: BriefView) -> str | None:
    """RFC 3339 timestamp of a brief's date (midnight UTC; the 1st for a month), or None."""
    date = brief.date
    if not (date.year and date.month):
        return None
    return f"{date.year:04d}-{date.month:02d}-{date.day or 1:02d}T00:00:00Z"


def _absolute(site_url: str | None, path: str, directory_urls: bool) -> str:
    """A page's (or a file's) address: absolute under site_url, else relative to the site root."""
    url = page_url(path, directory_urls) if path.endswith(".md") else path
    return site_url.rstrip("/") + "/" + url if site_url else url or "./"


def atom_feed(briefs: Sequence[BriefView], site_url: str | None, site_name: str, *, limit: int = LIMIT,
              directory_urls: bool = True) -> bytes:
    """The feed document: the `limit` newest dated briefs, newest first (date, then id)."""
    dated = [(entry_date(b), b) for b in briefs]
    newest = sorted(((d, b) for d, b in dated if d), key=lambda e: (e[0], e[1].id), reverse=True)[:limit]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "de"})
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _text(f"{site_name}: neueste Briefe")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + site_name)}"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = newest[0][0] if newest else "1970-01-01T00:00:00Z"
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": _absolute(site_url, FEED_FILE, directory_urls)})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html",
                                           "href": _absolute(site_url, "index.md", directory_urls)})
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = _text(site_name)
    for date, brief in newest:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _text(brief.title)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'brief:' + brief.id)}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = date
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html",
                                                "href": _absolute(site_url, brief.path, directory_urls)})
        summary = brief.summary or "; ".join(i.text for i in brief.outcome) or brief.title
        status = "geprüft" if brief.reviewed else "maschinell erstellt, nicht geprüft"
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _text(f"{summary} ({brief.date.text}, {status})")
        for topic in brief.topics:
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": _text(topic.id), "label": _text(topic.name)})
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def write_feed(site_dir: Path, briefs: Sequence[BriefView], site_url: str | None, site_name: str,
               directory_urls: bool = True) -> Path:
    """Write feed.xml into the built site's folder and return its path."""
    target = Path(site_dir) / FEED_FILE
    target.write_bytes(atom_feed(briefs, site_url, site_name, directory_urls=directory_urls))
    return target
