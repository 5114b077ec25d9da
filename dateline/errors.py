"""User-facing errors and the exit codes the CLI maps them to.

A user error is never a traceback: stages raise :class:`InputError` (or a subclass) with a one-line
message naming the problem, and the doors turn it into a message plus a distinct exit code.
"""

EXIT_OK = 0
EXIT_USAGE = 2            # bad command line
EXIT_UNUSABLE_INPUT = 3   # empty, binary, undecodable or oversized input: nothing could be extracted
EXIT_SOME_FAILED = 4      # a batch finished but some items failed
EXIT_STORE = 5            # database unreachable, read-only, newer schema, locked
EXIT_DATA = 6             # dictionary / lexicon / gold data missing or unreadable
EXIT_SCHEDULER = 7        # Dask scheduler unreachable or lost mid-run (partial output kept, resumable)


class DatelineError(Exception):
    """Base class: ``str(err)`` is a complete one-line message for the user."""

    exit_code = EXIT_UNUSABLE_INPUT


class InputError(DatelineError):
    """The input cannot be used (empty, binary, too large, undecodable, unreachable)."""

    exit_code = EXIT_UNUSABLE_INPUT


class StoreError(DatelineError):
    exit_code = EXIT_STORE


class DataError(DatelineError):
    exit_code = EXIT_DATA


class SchedulerError(DatelineError):
    exit_code = EXIT_SCHEDULER
