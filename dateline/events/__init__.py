"""Events: who did what to whom, coded in CAMEO and PLOVER with modality, date, place and a reason.

``code_events`` is the pipeline stage (:mod:`dateline.events.stage`); the coder works over the
dependency parse with patterns from our own trigger file and PETRARCH verb dictionaries.
"""

from dateline.events.stage import code_events

__all__ = ["code_events"]
