"""`briefing serve`: a local web app and JSON API over the library (the only package that
imports the web framework). app.py routes, store.py keeps the history in SQLite, jobs.py is
what the worker processes run; templates/ and static/ are served locally, nothing from a CDN."""

from .app import create_app

__all__ = ["create_app"]
