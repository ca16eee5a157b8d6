"""Place data shipped with briefing (see README: Licences and data)."""
