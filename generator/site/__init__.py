"""The briefing site, rendered as Markdown pages from the catalog; independent of MkDocs.

`render_site(catalog, knowledge, templates_dir)` returns {docs path: Markdown}; `build_pages`
adds the navigation. The page contexts templates receive are documented in `context.py`.
"""

from generator.site.render import SitePages, TemplateProblem, build_pages, render_site

__all__ = ["SitePages", "TemplateProblem", "build_pages", "render_site"]
