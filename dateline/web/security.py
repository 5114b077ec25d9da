"""Who may do what, and the headers that keep untrusted article text inert in the browser.

* Reads are open to clients on the loopback interface (the analyst's own machine); from anywhere
  else they need the bearer token, unless the app was started with ``public_reads``.
* Writes (``POST /extract``, ``POST /ingest``, the try-it form) always need the token
  (``DATELINE_TOKEN``); without a configured token they are switched off.
* Every response carries a strict Content-Security-Policy: scripts only from our own origin (the
  vendored files under ``/static``), no inline script or style, no plugins, no framing.
"""

from __future__ import annotations

import hmac
import ipaddress

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def is_loopback(host: str | None) -> bool:
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def token_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected.encode(), given.encode())


def bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def require_read(request: Request) -> None:
    """Dependency of every read route."""
    settings = request.app.state.settings
    if settings.public_reads or is_loopback(request.client.host if request.client else None):
        return
    if token_matches(settings.token, bearer(request)):
        return
    raise HTTPException(403, "reads are open on localhost only; send 'Authorization: Bearer <DATELINE_TOKEN>'")


def check_token(request: Request, given: str | None) -> None:
    """Writes need the configured token (from the Authorization header or the try-it form)."""
    settings = request.app.state.settings
    if not settings.token:
        raise HTTPException(403, "writing is disabled: start the server with DATELINE_TOKEN set")
    if not token_matches(settings.token, given):
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})


def require_token(request: Request) -> None:
    """Dependency of POST /extract and POST /ingest."""
    check_token(request, bearer(request))
