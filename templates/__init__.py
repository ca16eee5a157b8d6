"""Jinja2 templates and CSS for the brief: data, shipped in the wheel as briefing.templates."""
