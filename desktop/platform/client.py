"""The one client of the 抖店开放平台: signing, envelope, retries, tokens, timeouts.

Request shape (Go SDK ``core/doudian_op_api_client.go`` ``Request``, PHP SDK
``src/Core/DoudianOpClient.php``): ``POST {gateway}/{method with / for .}``,
query ``app_key, method, v=2, timestamp, access_token, sign, sign_method``,
body ``param_json``. Envelope (``core/doudian_op_api_base_response.go``):
``{code, msg, sub_code, sub_msg, log_id, data}``, ``code == 10000`` on success.
Tokens (``core/access_token_builder.go``): ``token.create`` with
``grant_type=authorization_self``, ``code=""`` and ``shop_id`` for a self-use
app; ``token.refresh`` with ``grant_type=refresh_token``. The access token
lasts ``expires_in`` seconds (7 days), the refresh token 14 days
(``CreateTokenData`` comments). Error codes 40003 ``isv.access-token-expired``
/ ``isv.signature-invalid``, 30001 (permission), 60000 ``isv.traffic-limited``
are from the platform's error table (the SDKs only pass them through); the
official Java SDK's light client also refreshes on ``isv.access-token-no-existed``.

Unlike both SDKs (Go ``InsecureSkipVerify: true``, PHP ``CURLOPT_SSL_VERIFYPEER
false``) TLS certificates are verified, and the sign string (which holds the
secret) is never printed (the Go SDK prints it).
"""
from __future__ import annotations

import json
import logging
import os
import re
import socket
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

import httpx

from desktop.platform import signing
from desktop.platform.errors import PlatformError, api_error
from desktop.platform.keychain import Token

log = logging.getLogger("shopdesk.platform")


class _RedactQuery(logging.Filter):
    """httpx logs each request's URL at INFO; its query holds the access token and the sign."""

    _PATTERN = re.compile(r"(access_token|sign|refresh_token)=[^&\s\"']+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._PATTERN.sub(r"\1=***", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


for _name in ("httpx", "httpcore"):
    _logger = logging.getLogger(_name)
    _logger.setLevel(max(_logger.level, logging.WARNING))
    _logger.addFilter(_RedactQuery())

DEFAULT_GATEWAY = "https://openapi-fxg.jinritemai.com"
SANDBOX_GATEWAY = "https://openapi-sandbox.jinritemai.com"
GATEWAY_ENV = "SHOPDESK_DOUDIAN_GATEWAY"
SUCCESS = 10000
TOKEN_EXPIRED_SUBCODES = ("isv.access-token-expired", "isv.access-token-no-existed")
RATE_LIMITED = 60000
# Writes are not repeated after a 5xx: the platform may have applied them.
WRITE_METHODS = frozenset({"product.addV2", "product.editV2", "material.uploadImageSync"})
REFRESH_LIFETIME = 14 * 86400
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
JSON_CONTENT_TYPE = "application/json;charset=utf-8"


def gateway_url(setting: str | None = None) -> str:
    """The environment variable (sandbox, tests, the fake server) wins over the setting."""
    url = (os.environ.get(GATEWAY_ENV) or setting or DEFAULT_GATEWAY).strip()
    return url.rstrip("/")


class TokenStore(Protocol):
    def load(self) -> Token | None: ...
    def save(self, token: Token) -> None: ...
    def clear(self) -> None: ...


class MemoryTokenStore:
    def __init__(self) -> None:
        self.token: Token | None = None

    def load(self) -> Token | None:
        return self.token

    def save(self, token: Token) -> None:
        self.token = token

    def clear(self) -> None:
        self.token = None


@dataclass(frozen=True)
class Credentials:
    app_key: str
    secret: str = field(repr=False)
    shop_id: str


@dataclass(frozen=True)
class PreparedCall:
    """Exactly what goes on the wire (the dry run shows it with the secret-derived values masked)."""

    url: str
    query: dict[str, str]
    body: str

    def masked(self) -> dict[str, Any]:
        query = dict(self.query)
        for key in ("access_token", "sign"):
            if query.get(key):
                query[key] = "***"
        return {"url": self.url, "query": query, "body": self.body}


@dataclass
class CallStats:
    requests: int = 0
    retries: int = 0
    refreshes: int = 0


class DoudianClient:
    def __init__(
        self,
        credentials: Credentials,
        tokens: TokenStore,
        *,
        gateway: str | None = None,
        http: httpx.Client | None = None,
        timeout: float = 12.0,  # the Go SDK's default read timeout
        max_tries: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        refresh_margin: float = 86400.0,
        sign_method: str = signing.HMAC_SHA256,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.credentials = credentials
        self.tokens = tokens
        self.gateway = gateway_url(gateway)
        self.timeout = timeout
        self._own_http = http is None
        self.http = http or new_http_client(timeout)
        self.max_tries = max(1, max_tries)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.refresh_margin = refresh_margin
        self.sign_method = sign_method
        self.clock = clock
        self.sleep = sleep
        self.stats = CallStats()
        # The token in use, so each call does not read (and parse) it from the keychain again;
        # the store stays the truth: an expired token is renewed from what the store holds.
        self._token: Token | None = None
        # Our own client carries these already (new_http_client); merging them per request costs.
        self._per_request = {} if self._own_http else {
            "headers": {"Content-Type": JSON_CONTENT_TYPE}, "timeout": timeout}

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def __enter__(self) -> "DoudianClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ requests

    def prepare(self, method: str, params: Any, access_token: str | None) -> PreparedCall:
        param_json = signing.canonical_param_json(params)
        timestamp = int(self.clock())
        c = self.credentials
        query = {"app_key": c.app_key, "method": method, "v": signing.API_VERSION, "timestamp": str(timestamp)}
        if access_token:
            query["access_token"] = access_token
        query["sign"] = signing.sign(c.app_key, c.secret, method, param_json, timestamp, self.sign_method)
        query["sign_method"] = self.sign_method
        return PreparedCall(self.gateway + signing.method_path(method), query, param_json)

    def call(self, method: str, params: Any = None) -> Any:
        """Call an API with the shop's token; returns the envelope's ``data``."""
        token = self.ensure_token()
        try:
            return self._send(method, params, token.access_token)
        except PlatformError as exc:
            if exc.sub_code not in TOKEN_EXPIRED_SUBCODES:
                raise
        # The token died before its time (revoked, clock skew): one fresh token, one retry.
        self.stats.refreshes += 1
        token = self._renew(self.tokens.load(), force=True)
        return self._send(method, params, token.access_token)

    def _send(self, method: str, params: Any, access_token: str | None) -> Any:
        tries = 0
        while True:
            tries += 1
            try:
                return self._send_once(method, params, access_token)
            except PlatformError as exc:
                retry = exc.retryable and (exc.key == "rate_limited" or method not in WRITE_METHODS)
                if not retry or tries >= self.max_tries:
                    if exc.retryable:
                        raise PlatformError(exc.key, code=exc.code, sub_code=exc.sub_code, tries=tries, method=method) from None
                    raise
            self.stats.retries += 1
            self.sleep(min(self.max_backoff, self.backoff * (2 ** (tries - 1))))

    def _send_once(self, method: str, params: Any, access_token: str | None) -> Any:
        prepared = self.prepare(method, params, access_token)
        self.stats.requests += 1
        try:
            response = self.http.post(prepared.url, params=prepared.query, content=prepared.body.encode("utf-8"),
                                      **self._per_request)
        except httpx.TimeoutException:
            raise PlatformError("timeout", code="timeout", method=method, seconds=f"{self.timeout:g}") from None
        except httpx.ConnectError as exc:
            if "CERTIFICATE" in str(exc).upper() or "SSL" in str(exc).upper():
                raise PlatformError("tls", code="TLS", method=method) from None
            raise PlatformError("network", code="network", method=method, reason=_reason(exc)) from None
        except httpx.HTTPError as exc:
            raise PlatformError("network", code="network", method=method, reason=_reason(exc)) from None
        if response.status_code >= 500:
            raise PlatformError("server", code=f"HTTP {response.status_code}", retryable=True, method=method)
        if len(response.content) > MAX_RESPONSE_BYTES:
            raise PlatformError("too_large", method=method, limit=MAX_RESPONSE_BYTES // (1024 * 1024))
        if response.status_code != 200:
            raise PlatformError("api", code=f"HTTP {response.status_code}", method=method, detail=response.reason_phrase)
        return self._envelope(method, response.content)

    def _envelope(self, method: str, content: bytes) -> Any:
        try:
            envelope = json.loads(content)
        except ValueError:
            raise PlatformError("malformed", code="JSON", method=method) from None
        if not isinstance(envelope, dict) or "code" not in envelope:
            raise PlatformError("malformed", code="JSON", method=method)
        code = envelope.get("code")
        if code == SUCCESS:
            return envelope.get("data")
        sub_code = str(envelope.get("sub_code") or "")
        log.info("platform %s: code %s %s log_id %s", method, code, sub_code, envelope.get("log_id", ""))
        if code == RATE_LIMITED:
            raise PlatformError("rate_limited", code=str(code), sub_code=sub_code, retryable=True)
        if isinstance(code, int) and code >= 20000 and code < 30000:  # isp.service-error: the platform's fault
            raise PlatformError("server", code=str(code), sub_code=sub_code, retryable=True)
        raise api_error(method, code, sub_code, str(envelope.get("msg") or ""), str(envelope.get("sub_msg") or ""))

    # ------------------------------------------------------------ tokens

    def ensure_token(self) -> Token:
        token = self._token or self.tokens.load()
        now = self.clock()
        if token is None or token.shop_id not in ("", self.credentials.shop_id):
            return self._create()
        if now < token.expires_at - self.refresh_margin:
            self._token = token
            return token
        return self._renew(token)

    def _renew(self, token: Token | None, force: bool = False) -> Token:
        now = self.clock()
        if token is not None and token.refresh_token and now < token.refresh_expires_at - 60:
            try:
                return self._store(self._send("token.refresh", {
                    "grant_type": "refresh_token", "refresh_token": token.refresh_token}, None))
            except PlatformError as exc:
                if exc.key in ("signature", "timestamp", "timeout", "network", "tls", "rate_limited", "server"):
                    raise
                log.info("token refresh refused (%s); creating a new token", exc.args_map.get("code"))
        return self._create()

    def _create(self) -> Token:
        data = self._send("token.create", {
            "code": "", "grant_type": "authorization_self", "shop_id": self.credentials.shop_id}, None)
        return self._store(data)

    def _store(self, data: Any) -> Token:
        if not isinstance(data, dict) or not data.get("access_token"):
            raise PlatformError("malformed", code="JSON", method="token")
        now = self.clock()
        got = str(data.get("shop_id") or self.credentials.shop_id)
        if got != str(self.credentials.shop_id):
            raise PlatformError("shop_mismatch", got=got, want=self.credentials.shop_id)
        token = Token(
            access_token=str(data["access_token"]),
            refresh_token=str(data.get("refresh_token") or ""),
            expires_at=now + float(data.get("expires_in") or 0),
            refresh_expires_at=now + REFRESH_LIFETIME,
            shop_id=got,
            shop_name=str(data.get("shop_name") or ""),
        )
        self.tokens.save(token)
        self._token = token
        return token

    def test_connection(self) -> Token:
        """Create a fresh token now: proves app_key, secret, shop_id and the authorization."""
        return self._create()


def new_http_client(timeout: float) -> httpx.Client:
    """TLS verified; TCP_NODELAY because httpx writes headers and body separately (Nagle would hold the body)."""
    transport = httpx.HTTPTransport(verify=True, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    # The Go SDK sends this header so errors come with the new (not legacy) codes.
    return httpx.Client(transport=transport, timeout=timeout,
                        headers={"x-open-no-old-err-code": "1", "Content-Type": JSON_CONTENT_TYPE})


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]
