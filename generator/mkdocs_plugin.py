"""The MkDocs adapter: generates the briefing pages at build time; the logic is in generator.site.

Pages go to a cache folder outside docs_dir and the watched folders (writing there makes
`mkdocs serve` rebuild forever). Invalid briefs are logged as warnings under
`mkdocs.plugins.briefing`: `mkdocs build --strict` fails, `mkdocs serve` shows a problems page.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, InclusionLevel

from generator.catalog import load_catalog
from generator.knowledge import KnowledgeError, load_knowledge
from generator.site import TemplateProblem, build_pages
from generator.site.bounded import Limits
from generator.site.cache import write_pages
from generator.site.feed import write_feed
from generator.site.nav import nav_paths

log = logging.getLogger("mkdocs.plugins.briefing")
FOLDERS = ("briefings_dir", "seeds_dir", "data_dir", "templates_dir", "cache_dir")


class BriefingConfig(base.Config):
    """Folders, relative to the folder of mkdocs.yml."""

    briefings_dir = c.Type(str, default="briefings")
    seeds_dir = c.Type(str, default="seeds")
    data_dir = c.Type(str, default="data")
    templates_dir = c.Type(str, default="templates")
    cache_dir = c.Type(str, default=".cache/briefing")
    # Actor and topic pages show this many latest briefs or events in full; all are listed in
    # yearly archive parts of at most `archive_size` lines (see generator/site/bounded.py).
    latest = c.Type(int, default=Limits.latest)
    archive_size = c.Type(int, default=Limits.archive_size)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def on_files(self, files, config):
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        folder = {name: (root / getattr(self.config, name)).resolve() for name in FOLDERS}
        for name in ("briefings_dir", "data_dir", "templates_dir"):
            if not folder[name].is_dir():
                raise PluginError(f"briefing: {name} {folder[name]}: no such folder")
        try:
            limits = Limits(self.config.latest, self.config.archive_size)
        except ValueError as exc:
            raise PluginError(f"briefing: {exc}") from None
        try:
            knowledge = load_knowledge(folder["data_dir"])
            catalog = load_catalog(folder["briefings_dir"], folder["seeds_dir"], knowledge)
            catalog.problems = [replace(p, path=_shown(p.path, root)) for p in catalog.problems]
            site = build_pages(catalog, knowledge, folder["templates_dir"], limits, config.use_directory_urls)
        except (KnowledgeError, TemplateProblem) as exc:
            raise PluginError(f"briefing: {exc}") from None
        for problem in catalog.problems:
            log.warning(str(problem))
        self._briefs = site.briefs

        pages_dir = folder["cache_dir"] / "pages"
        write_pages(pages_dir, site.files)
        listed = nav_paths(site.nav)
        for path in site.files:
            existing = files.get_file_from_path(path)
            if existing is not None:
                log.info(f"briefing: generated page {path} replaces the file in docs_dir")
                files.remove(existing)
            inclusion = InclusionLevel.INCLUDED if path in listed else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, path, abs_src_path=str(pages_dir / path), inclusion=inclusion))
        if config.nav is None:
            own = sorted(f.src_uri for f in files.documentation_pages() if f.src_uri not in site.files)
            config.nav = [*site.nav, *own]
        problems = files.get_file_from_path(site.problems_path) if site.problems_path else None
        config.extra["briefing"] = {"problems": len({p.path for p in catalog.problems}), "problems_url": problems.url if problems else ""}
        return files

    def on_post_build(self, config):
        """The Atom feed goes into the built site only (docs/ is watched by `mkdocs serve`)."""
        if not config.site_url:
            log.info("briefing: site_url is not set; feed.xml links are relative to the site root")
        write_feed(Path(config.site_dir), getattr(self, "_briefs", ()), config.site_url, config.site_name,
                   config.use_directory_urls)


def _shown(path: str, root: Path) -> str:
    """A problem's file path as the user sees it: relative to the project when inside it."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return path


class _Collect(logging.Handler):
    """Keeps warnings and errors, to name the first one when the build fails."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(config_file: Path, site_dir: Path, briefings_dir: Path, seeds_dir: Path, data_dir: Path,
               cache_dir: Path | None = None) -> bool:
    """Build the site in strict mode; on failure print one line naming the problem, return False."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    mkdocs_log = logging.getLogger("mkdocs")
    console = logging.StreamHandler(sys.stderr)  # when not run by the mkdocs command, which has its own
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handlers = [_Collect()] + ([] if mkdocs_log.handlers else [console])
    for handler in handlers:
        mkdocs_log.addHandler(handler)
    try:
        for flag, folder in (("--briefings", briefings_dir), ("--data", data_dir)):
            if not Path(folder).is_dir():
                raise MkDocsException(f"{flag} {folder}: no such folder")
        config = load_config(str(config_file), site_dir=str(Path(site_dir).resolve()), strict=True)
        plugin = config.plugins.get("briefing")
        if not isinstance(plugin, BriefingPlugin):
            raise MkDocsException(f"{config_file}: the `briefing` plugin is not enabled")
        for name, folder in (("briefings_dir", briefings_dir), ("seeds_dir", seeds_dir),
                             ("data_dir", data_dir), ("cache_dir", cache_dir)):
            if folder is not None:
                setattr(plugin.config, name, str(Path(folder).resolve()))
        build(config)
    except (MkDocsException, OSError) as exc:
        found = handlers[0].messages
        detail = f"{found[0]}" + (f" (and {len(found) - 1} more)" if len(found) > 1 else "") if found else exc
        print(f"briefing build: error: {detail}", file=sys.stderr)
        return False
    finally:
        for handler in handlers:
            mkdocs_log.removeHandler(handler)
    print(f"site built in {site_dir}")
    return True
