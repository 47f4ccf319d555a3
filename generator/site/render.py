"""Rendering page contexts through the Jinja templates in templates/: one environment, strict.

Data is never rendered as a template: templates come only from the templates folder, and every
`{{ value }}` passes `finalize`, which escapes it for Markdown and HTML unless the generator
built it as Markup. A missing variable fails the build (StrictUndefined) instead of rendering
blank.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError, pass_context
from markupsafe import Markup

from generator.catalog import Catalog
from generator.knowledge import Knowledge
from generator.site import context as ctx
from generator.site import eventpages, pages
from generator.site.bounded import Limits
from generator.site.escape import finalize, html_text
from generator.site.model import Model, build_model
from generator.site.nav import site_nav
from generator.site.paths import relative_link
from generator.site.party_graph import event_kinds
from generator.site.visuals import PageVisuals, Visuals

# Page kind -> template file in the templates folder.
TEMPLATES: dict[type, str] = {
    ctx.StartPage: "start.md.j2",
    ctx.BriefPage: "brief.md.j2",
    ctx.SourcePage: "source.md.j2",
    ctx.SourcesPage: "sources.md.j2",
    ctx.TopicPage: "topic.md.j2",
    ctx.TopicsPage: "topics.md.j2",
    ctx.ActorPage: "actor.md.j2",
    ctx.ActorsPage: "actors.md.j2",
    ctx.ActorArchivePage: "actor_archive.md.j2",
    ctx.TopicArchivePage: "topic_archive.md.j2",
    ctx.EventPage: "event.md.j2",
    ctx.EventsPage: "events.md.j2",
    ctx.TimelinePage: "timeline.md.j2",
    ctx.ArchivePage: "archive.md.j2",
    ctx.ProblemsPage: "problems.md.j2",
}


class TemplateProblem(Exception):
    """A page template failed; the message names the template file and line."""


@dataclass(frozen=True)
class SitePages:
    """The generated site: Markdown text per docs path, the navigation for MkDocs, and the briefs."""

    files: dict[str, str]
    nav: list[Any]
    problems_path: str | None
    briefs: tuple[ctx.BriefView, ...] = ()  # newest first, for the feed


@pass_context
def _href(context: Any, target: str) -> Markup:
    """`{{ other.path | href }}`: a relative link from the page being rendered."""
    return relative_link(context["path"], target)


def _yaml_title(value: str) -> Markup:
    """A page title for the front matter: HTML-escaped (MkDocs prints titles as HTML), JSON-quoted."""
    return Markup(json.dumps(html_text(value), ensure_ascii=False))


def _plural(count: int, one: str, many: str) -> str:
    """`{{ n | plural("Brief", "Briefe") }}` -> "1 Brief", "3 Briefe"."""
    return f"{count} {one if count == 1 else many}"


def make_environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        undefined=StrictUndefined,
        autoescape=True,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(href=_href, yaml_title=_yaml_title, plural=_plural)
    # Reports behind a brief's event, for its badge; build_pages replaces it with the model's count.
    env.globals["sources_of"] = lambda brief: 1 if brief.source else 0
    return env


def _template_line(exc: BaseException, fallback: str) -> str:
    """"file:line" of the innermost template frame of a render error (Jinja keeps them in tracebacks)."""
    where, tb = fallback, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2"):
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def render_page(env: Environment, page: ctx.Page, visual: PageVisuals | None = None) -> str:
    name = TEMPLATES[type(page)]
    try:
        template = env.get_template(name)
        text = template.render({"visual": visual, **{f.name: getattr(page, f.name) for f in fields(page)}})
    except TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.filename or name}:{exc.lineno}: {exc.message}") from None
    except TemplateError as exc:
        raise TemplateProblem(f"{_template_line(exc, name)}: {exc.message} (page {page.path})") from None
    # Data never holds line breaks (it is printed as one line), so this only tidies the template.
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


def all_pages(model: Model, limits: Limits = Limits()) -> tuple[list[ctx.Page], list[Any]]:
    site: list[ctx.Page] = [pages.start_page(model), eventpages.timeline_page(model), pages.topics_page(model),
                            pages.actors_page(model), eventpages.events_page(model), pages.sources_page(model)]
    site += pages.archive_pages(model)
    site += pages.brief_pages(model)
    site += pages.source_pages(model)
    site += eventpages.topic_pages(model, limits)
    site += pages.actor_pages(model, limits)
    site += eventpages.event_pages(model)
    problems = pages.problems_page(model)
    if problems:
        site.append(problems)
    return site, site_nav(model)


def build_pages(catalog: Catalog, knowledge: Knowledge, templates_dir: Path, limits: Limits = Limits(),
                directory_urls: bool = True) -> SitePages:
    env = make_environment(templates_dir)
    model = build_model(catalog, knowledge)
    site, nav = all_pages(model, limits)
    visuals = Visuals(model, directory_urls, event_kinds(knowledge.cues))
    env.globals["sources_of"] = visuals.sources_of
    files: dict[str, str] = {}
    for page in site:
        if page.path in files:
            raise ValueError(f"two pages want the path {page.path}")
        files[page.path] = render_page(env, page, visuals.for_page(page))
    problems = next((p.path for p in site if isinstance(p, ctx.ProblemsPage)), None)
    return SitePages(dict(sorted(files.items())), nav, problems, model.briefs)


def render_site(catalog: Catalog, knowledge: Knowledge, templates_dir: Path) -> dict[str, str]:
    """Markdown text per docs-relative path ("briefe/2025/03/<id>.md") for the whole site."""
    return build_pages(catalog, knowledge, templates_dir).files
