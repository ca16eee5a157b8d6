"""http(s) URLs -> bytes: bounded time, size and redirects; a clear error when offline."""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from ..errors import InputError, TooLargeError

TIMEOUT = 20.0  # seconds
MAX_REDIRECTS = 5


class _BoundedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    allow_private = True

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
        if not self.allow_private:
            check_public(newurl)  # every hop, not only the first address
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _global_unicast(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A public address one host answers on: not private, loopback, link-local, multicast
    (224.0.0.1 counts as "global" to ipaddress), reserved or unspecified."""
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_unspecified
    )


def check_public(url: str) -> None:
    """Refuse a URL whose host resolves to a loopback, private, link-local or otherwise
    non-public address (a server must not be made to fetch from its own network)."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise InputError(f"cannot resolve {host} — check the address") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not _global_unicast(address):
            raise InputError(
                f"{url} points to a private or local address ({address}) — give a public "
                "web address (or start the server with --allow-private-urls)"
            )


def fetch(
    url: str, *, max_bytes: int, timeout: float = TIMEOUT, allow_private: bool = True
) -> tuple[bytes, str]:
    """GET an http(s) URL; returns the body and its Content-Type.

    ``allow_private=False`` (the server's default) refuses hosts that resolve to loopback,
    private or link-local addresses, checked again on every redirect.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url} is not an http(s) URL — give a web address or a file path")
    if not allow_private:
        check_public(url)
    redirects = _BoundedRedirects()
    redirects.allow_private = allow_private
    # The server's fetches go direct: a proxy from the environment would bypass the check.
    handlers = [redirects] if allow_private else [urllib.request.ProxyHandler({}), redirects]
    opener = urllib.request.build_opener(*handlers)
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
        raise TooLargeError(f"{url} is over the {max_bytes:,}-byte limit — raise --max-bytes")
    return body, content_type
