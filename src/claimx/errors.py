"""The one exception family claimx raises; the CLI turns it into a one-line message."""


class ClaimxError(Exception):
    """Base of every error claimx reports to a user."""


class DataFileError(ClaimxError):
    """A packaged data file (lexicon, pattern table) is missing or malformed."""


class InputError(ClaimxError):
    """An input document cannot be read or decoded."""
