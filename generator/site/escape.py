"""Escaping of data for generated Markdown pages.

Every dynamic value on the site is text from a report or a brief: it must display literally and
never become Markdown or HTML syntax. `escape_text` makes a value safe in both contexts at once:
HTML special characters become entities, and characters that Markdown (with the usual extensions:
attr_list, admonition, tables, def_list, pymdownx) reads as syntax become numeric character
references, which no Markdown parser interprets but every browser shows as the character.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from markupsafe import Markup

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# Inline syntax of Markdown and its common extensions (emphasis, code, links, attribute lists,
# headings, tables, admonitions, strike/mark/caret, math).
_MARKDOWN = "\\`*_{}[]#+!|~^=$"
_TABLE = str.maketrans({**{c: f"&#{ord(c)};" for c in _MARKDOWN}, **_HTML})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ORDERED_MARKER = re.compile(r"\A(\d+)([.)])")


def one_line(value: object) -> str:
    """The value as one line of text: control characters dropped, whitespace runs collapsed."""
    return " ".join(_CONTROL.sub("", str(value)).split())


def escape_text(value: object) -> str:
    """Text that shows `value` literally in Markdown and in HTML (one line, whitespace collapsed).

    A value may stand where a Markdown block starts (after "- " in a list item, or after ":" in
    a definition), so a leading punctuation mark and an ordered-list marker are encoded too.
    """
    text = one_line(value)
    if not text:
        return ""
    marker = _ORDERED_MARKER.match(text)
    if marker:
        return f"{marker.group(1)}&#{ord(marker.group(2))};" + text[marker.end():].translate(_TABLE)
    if text[0] in string.punctuation:
        return f"&#{ord(text[0])};" + text[1:].translate(_TABLE)
    return text.translate(_TABLE)


def finalize(value: object) -> Markup:
    """Jinja `finalize`: every `{{ value }}` is escaped unless code built it as Markup."""
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed None: the page context has a missing value")
    if type(value) is str:
        return _escaped(value)
    return Markup(escape_text(value))


# Names, titles, dates and labels recur on many pages: escape each text once.
@lru_cache(maxsize=1 << 16)
def _escaped(text: str) -> Markup:
    return Markup(escape_text(text))


def html_text(value: object) -> str:
    """HTML-escaped text (for places that are not Markdown, such as a page's title)."""
    return one_line(value).translate(str.maketrans(_HTML))
