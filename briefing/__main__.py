"""python -m briefing"""

from .cli import cli

cli()
