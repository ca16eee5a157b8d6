"""http(s) URLs -> bytes: bounded time, size and redirects; a clear error when offline."""

from __future__ import annotations

import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from ..errors import InputError

TIMEOUT = 20.0  # seconds
MAX_REDIRECTS = 5


class _BoundedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise InputError(f"{req.full_url} redirects to {newurl} — only http(s) is followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int, timeout: float = TIMEOUT) -> tuple[bytes, str]:
    """GET an http(s) URL; returns the body and its Content-Type."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url} is not an http(s) URL — give a web address or a file path")
    opener = urllib.request.build_opener(_BoundedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": "briefing (+offline brief maker)"})
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        error.close()
        raise InputError(f"{url} answered HTTP {error.code} — check the address") from None
    except urllib.error.URLError as error:
        reason = getattr(error.reason, "strerror", None) or str(error.reason)
        raise InputError(
            f"cannot reach {parts.netloc} ({reason}) — check the address or your connection, "
            "or save the page and give the file"
        ) from None
    except TimeoutError:
        raise InputError(
            f"{url} did not answer within {timeout:.0f} s — try again or save the page"
        ) from None
    if len(body) > max_bytes:
        raise InputError(f"{url} is over the {max_bytes:,}-byte limit — raise --max-bytes")
    return body, content_type
