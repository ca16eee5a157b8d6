"""Errors the library raises; each message says what is wrong and how to fix it."""


class BriefingError(Exception):
    """A problem with the user's input, options or environment (not a bug)."""


class InputError(BriefingError):
    """An input cannot be read or holds no usable text."""


class TooLargeError(InputError):
    """An input is over the size limit (the web app answers 413)."""


class OptionError(BriefingError):
    """An option value is not usable."""


class ModelError(BriefingError):
    """The spaCy pipeline cannot be loaded."""


class TemplateError(BriefingError):
    """A template is missing or broken."""


class OutputError(BriefingError):
    """An output file cannot be written."""


class StoppedError(BriefingError):
    """The server stopped a job before it finished (its worker ended)."""


class JobCancelledError(StoppedError):
    """The user cancelled the job (the web app answers 409)."""


class TimeLimitError(StoppedError):
    """The job ran past the server's time limit per brief (503)."""


class MemoryLimitError(StoppedError):
    """The job's worker grew past the server's memory limit per brief (413)."""
