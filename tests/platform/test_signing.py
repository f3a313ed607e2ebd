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
