"""Briefing generator: German news reports in, structured YAML briefs and a static site out."""

__version__ = "0.1.0"
