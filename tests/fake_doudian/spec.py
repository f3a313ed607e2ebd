"""The fake's own reading of the signing rules, written from the issue's text, not from the app's code.

The fake must not verify requests with ``desktop.platform.signing``: a mistake there would then be
accepted by both sides. This is a second, independent implementation of the specification:

- path: the method name with dots turned into slashes (``product.listV2`` -> ``/product/listV2``);
- ``param_json``: keys sorted recursively, compact separators, Unicode and slashes not escaped,
  ``{}`` when empty;
- ``S = secret + "app_key"+k + "method"+m + "param_json"+pj + "timestamp"+ts + "v2" + secret``;
  ``hmac-sha256``: HMAC-SHA256 of S keyed with the secret, lowercase hex; ``md5``: md5(S).
"""
from __future__ import annotations

import hashlib
import hmac
import json

# The vector: app_key, secret, method, timestamp, param_json -> hmac-sha256, md5.
VECTOR = ("3409409348479354011", "2ad2355c-01d0-11f8-91dc-05a8cd1054b1", "product.listV2", "1700000000",
          '{"cid":0,"page":1,"size":10}',
          "60edb1d820edb50316a1db60f1bdf55a5bc3ec42e4a03e281bcd7a7d60e7b007", "5d22bc06827d06c43397ee2b5061fbbe")


def path_of(method: str) -> str:
    return "/" + "/".join(method.split("."))


def _sorted(value):
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def canonical(params) -> str:
    if not params:
        return "{}"
    return json.dumps(_sorted(params), separators=(",", ":"), ensure_ascii=False).replace("\\/", "/")


def expected_sign(app_key: str, secret: str, method: str, param_json: str, timestamp: str, sign_method: str) -> str:
    s = secret + "app_key" + app_key + "method" + method + "param_json" + param_json + "timestamp" + timestamp \
        + "v2" + secret
    if sign_method == "hmac-sha256":
        return hmac.new(secret.encode(), s.encode(), hashlib.sha256).hexdigest()
    if sign_method == "md5":
        return hashlib.md5(s.encode()).hexdigest()  # noqa: S324 - the platform's legacy scheme
    return ""


def _self_check() -> None:
    app_key, secret, method, ts, pj, want_hmac, want_md5 = VECTOR
    assert canonical({"size": 10, "page": 1, "cid": 0}) == pj
    assert expected_sign(app_key, secret, method, pj, ts, "hmac-sha256") == want_hmac
    assert expected_sign(app_key, secret, method, pj, ts, "md5") == want_md5


_self_check()  # the fake refuses to start if its reading of the specification misses the vector
