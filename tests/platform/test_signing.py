"""The request signature and canonical param_json (issue 13, the vector from the SDKs' scheme)."""
from desktop.platform import signing

APP_KEY = "3409409348479354011"
SECRET = "2ad2355c-01d0-11f8-91dc-05a8cd1054b1"


def test_signing_vector_hmac_and_md5():
    pj = signing.canonical_param_json({"size": 10, "page": 1, "cid": 0})
    assert pj == '{"cid":0,"page":1,"size":10}'
    assert signing.sign(APP_KEY, SECRET, "product.listV2", pj, 1700000000) == (
        "60edb1d820edb50316a1db60f1bdf55a5bc3ec42e4a03e281bcd7a7d60e7b007")
    assert signing.sign(APP_KEY, SECRET, "product.listV2", pj, "1700000000", signing.MD5) == (
        "5d22bc06827d06c43397ee2b5061fbbe")


def test_sign_string_shape():
    s = signing.sign_string("k", "S", "a.b", "{}", 5)
    assert s == "Sapp_keykmethoda.bparam_json{}timestamp5v2S"


def test_canonical_json_sorted_recursively_compact_unescaped():
    pj = signing.canonical_param_json({"b": {"z": 1, "a": [{"y": 2, "x": "图/片"}]}, "a": "<&>"})
    assert pj == '{"a":"<&>","b":{"a":[{"x":"图/片","y":2}],"z":1}}'


def test_canonical_json_empty_is_braces():
    assert signing.canonical_param_json(None) == "{}"
    assert signing.canonical_param_json({}) == "{}"


def test_method_path():
    assert signing.method_path("product.listV2") == "/product/listV2"
    assert signing.method_path("buyin.queryShopSelfAuthors") == "/buyin/queryShopSelfAuthors"


def test_the_fake_checks_signatures_with_its_own_reading_of_the_spec():
    """The fake must not verify with the app's signing code (a shared mistake would pass both sides)."""
    import ast
    import inspect

    from tests.fake_doudian import server, spec

    for module in (spec, server):
        imported = {n.module for n in ast.walk(ast.parse(inspect.getsource(module))) if isinstance(n, ast.ImportFrom)}
        assert not any(m and m.startswith("desktop.platform") for m in imported), module.__name__
    app_key, secret, method, ts, pj, want_hmac, want_md5 = spec.VECTOR
    assert signing.sign(app_key, secret, method, pj, ts) == spec.expected_sign(app_key, secret, method, pj, ts,
                                                                            "hmac-sha256") == want_hmac
    nested = {"b": [{"z": 1, "a": "链接/路径"}], "a": {}}
    assert signing.canonical_param_json(nested) == spec.canonical(nested) == '{"a":{},"b":[{"a":"链接/路径","z":1}]}'
    assert signing.method_path("product.listV2") == spec.path_of("product.listV2") == "/product/listV2"


def test_the_fake_refuses_a_wrong_signature_or_a_stale_timestamp(fake):
    import time

    import httpx

    from tests.fake_doudian import spec
    from tests.fake_doudian.server import APP_KEY, SECRET

    def post(ts, sign_method="hmac-sha256", secret=SECRET, body='{"grant_type":"authorization_self"}'):
        sign = spec.expected_sign(APP_KEY, secret, "token.create", body, str(ts), "hmac-sha256")
        query = {"app_key": APP_KEY, "method": "token.create", "v": "2", "timestamp": str(ts), "sign": sign,
                 "sign_method": sign_method}
        return httpx.post(fake.url + "/token/create", params=query, content=body.encode()).json()

    now = int(time.time())
    assert post(now)["sub_code"] != "isv.signature-invalid"
    assert post(now, sign_method="md5")["sub_code"] == "isv.signature-invalid"  # hmac sent as md5
    assert post(now, secret="another")["sub_code"] == "isv.signature-invalid"
    assert post(now - 3600)["sub_code"] == "isv.timestamp-invalid"
