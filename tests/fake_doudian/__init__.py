"""A local fake of the 抖店开放平台 for tests and for trying the app by hand.

Standard library only (``http.server``), bound to 127.0.0.1. It checks every
request the way the platform is specified to: path = method, the signature
(hmac-sha256 or md5) over the exact body, the body's canonical form, the
timestamp, and the access token's expiry. Faults are injected on demand:
rate limiting (60000), 5xx, a slow answer (timeout), malformed JSON, an access
token expiring mid-run.

    python -m tests.fake_doudian --port 8765 --products 300
"""
from tests.fake_doudian.data import FakeData, make_data
from tests.fake_doudian.server import FakeDoudian, FakeState

__all__ = ["FakeData", "FakeDoudian", "FakeState", "make_data"]
