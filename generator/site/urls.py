"""Links inside raw HTML (inline SVG): MkDocs rewrites `.md` links only in Markdown, so these
need the final page URL, relative to the page that shows them."""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from generator.site.paths import relative_link


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a docs path: "a/b.md" -> "a/b/" (or "a/b.html"), "a/index.md" -> "a/"."""
    stem = path[:-3] if path.endswith(".md") else path
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def html_link(from_path: str, to_path: str, directory_urls: bool = True) -> Markup:
    """A relative URL from one page to another docs path (with optional "#anchor"), for raw HTML."""
    relative_link(from_path, to_path)  # the same safety check as for Markdown links
    target, _, anchor = to_path.partition("#")
    here = page_url(from_path, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here)
    url = ""
    if target:
        goal = page_url(target, directory_urls)
        url = posixpath.relpath(goal or ".", base or ".")
        if goal.endswith("/") or not goal:
            url = "./" if url == "." else url + "/"
    return Markup(url + (f"#{anchor}" if anchor else ""))
