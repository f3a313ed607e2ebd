"""Canonical ``param_json`` and the request signature of the 抖店开放平台.

Checked against the official SDKs (copies: github zsmhub/doudian-sdk for Go,
zklknight/doudian-sdk-php for PHP):

- ``utils/sign_util.go`` ``Sign`` and ``src/Utils/SignUtil.php`` ``sign``:
  ``secret + "app_key"+k + "method"+m + "param_json"+pj + "timestamp"+ts + "v2" + secret``,
  HMAC-SHA256 keyed with the secret, lowercase hex. md5 of the same string is
  the older ``sign_method=md5`` (``SpiSign`` in the Go SDK uses the same pair).
- ``Marshal`` (Go: a map is re-encoded, so keys are sorted, with
  ``SetEscapeHTML(false)``) and ``marshal`` (PHP: ``recKSort`` then
  ``JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE``; ``"{}"`` for no params):
  keys sorted recursively, compact separators, Unicode and slashes unescaped.
- ``urlPathToMethod`` / ``getMethod``: the URL path is the method with dots
  turned into slashes (``product.listV2`` -> ``/product/listV2``).
"""
from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

HMAC_SHA256 = "hmac-sha256"
MD5 = "md5"
SIGN_METHODS = (HMAC_SHA256, MD5)
API_VERSION = "2"


def canonical_param_json(params: Any) -> str:
    """The exact body the platform signs: sorted keys at every level, no spaces."""
    if params is None or params == {}:
        return "{}"
    # Python's json never escapes "/" and with ensure_ascii=False keeps CJK as is;
    # it does not HTML-escape <, > or & either (the Go SDK turns that off too).
    return json.dumps(params, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def method_path(method: str) -> str:
    """``product.listV2`` -> ``/product/listV2``."""
    return "/" + method.strip().strip("/").replace(".", "/")


def sign_string(app_key: str, secret: str, method: str, param_json: str, timestamp: int | str) -> str:
    return (
        f"{secret}app_key{app_key}method{method}param_json{param_json}"
        f"timestamp{timestamp}v{API_VERSION}{secret}"
    )


def sign(app_key: str, secret: str, method: str, param_json: str, timestamp: int | str,
         sign_method: str = HMAC_SHA256) -> str:
    text = sign_string(app_key, secret, method, param_json, timestamp).encode("utf-8")
    if sign_method == HMAC_SHA256:
        return hmac.new(secret.encode("utf-8"), text, hashlib.sha256).hexdigest()
    if sign_method == MD5:
        return hashlib.md5(text).hexdigest()  # noqa: S324 - the platform's own legacy scheme
    raise ValueError(f"unknown sign_method {sign_method!r}")
