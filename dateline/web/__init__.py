"""The web door: pages and HTTP API over the store (``dateline serve``)."""

from dateline.web.app import create_app

__all__ = ["create_app"]
