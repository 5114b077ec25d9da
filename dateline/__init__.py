"""dateline: who did what to whom, when and where, who said what, and through which source."""

__version__ = "0.1.0"


def extract(text_or_html, date=None, **meta):
    """Extract every record from one news page; see :func:`dateline.pipeline.extract`."""
    from dateline.pipeline import extract as _extract

    return _extract(text_or_html, date, **meta)


__all__ = ["__version__", "extract"]
