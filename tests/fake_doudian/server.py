"""The fake platform's HTTP server (standard library, 127.0.0.1 only)."""
from __future__ import annotations

import json
import socket
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.fake_doudian import spec
from tests.fake_doudian.data import SHOP_ID, SHOP_NAME, FakeData, make_data

APP_KEY = "3409409348479354011"
SECRET = "2ad2355c-01d0-11f8-91dc-05a8cd1054b1"
TIMESTAMP_SKEW = 600  # seconds either way
FAULTS = ("rate_limit", "5xx", "timeout", "malformed", "expire_token")


class ApiFault(Exception):
    def __init__(self, code: int, sub_code: str, msg: str) -> None:
        super().__init__(msg)
        self.code, self.sub_code, self.msg = code, sub_code, msg


@dataclass
class FakeState:
    data: FakeData = field(default_factory=make_data)
    app_key: str = APP_KEY
    secret: str = SECRET
    shop_id: str = SHOP_ID
    token_lifetime: int = 7 * 86400
    timeout_delay: float = 1.5
    clock: object = time.time
    calls: list = field(default_factory=list)
    tokens: dict = field(default_factory=dict)  # access -> expires_at
    refresh_tokens: dict = field(default_factory=dict)
    faults: dict = field(default_factory=lambda: defaultdict(list))  # method or "*" -> [fault...]
    added: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _n: int = 0

    def inject(self, fault: str, method: str = "*", count: int = 1) -> None:
        assert fault in FAULTS, fault
        with self.lock:
            self.faults[method].extend([fault] * count)

    def take_fault(self, method: str) -> str | None:
        with self.lock:
            for key in (method, "*"):
                if self.faults.get(key):
                    return self.faults[key].pop(0)
        return None

    def expire_tokens(self) -> None:
        with self.lock:
            for k in self.tokens:
                self.tokens[k] = 0

    def method_calls(self, method: str) -> int:
        return sum(1 for m, _ in self.calls if m == method)

    # ------------------------------------------------------------ checks

    def check(self, path: str, query: dict, body: str) -> str:
        method = query.get("method", "")
        if spec.path_of(method) != path:
            raise ApiFault(40001, "isv.invalid-method", f"path {path} does not match method {method}")
        if query.get("v") != "2":
            raise ApiFault(40004, "isv.parameter-invalid", "v must be 2")
        if query.get("app_key") != self.app_key:
            raise ApiFault(40003, "isv.app-id-invalid", "unknown app_key")
        ts = query.get("timestamp", "")
        if not ts.isdigit() or abs(int(ts) - self.clock()) > TIMESTAMP_SKEW:
            raise ApiFault(40003, "isv.timestamp-invalid", "timestamp out of range")
        sign_method = query.get("sign_method", "md5")
        want = spec.expected_sign(self.app_key, self.secret, method, body, ts, sign_method)
        if not want:
            raise ApiFault(40003, "isv.signature-invalid", "unknown sign_method")
        if query.get("sign") != want:
            raise ApiFault(40003, "isv.signature-invalid", "签名校验失败")
        try:
            canonical = spec.canonical(json.loads(body))
        except ValueError:
            canonical = None
        if canonical != body:
            raise ApiFault(40003, "isv.parameter-format-invalid", "param_json is not canonical")
        if not method.startswith("token."):
            self._check_token(query.get("access_token", ""))
        return method

    def _check_token(self, token: str) -> None:
        with self.lock:
            expires = self.tokens.get(token)
        if expires is None:
            raise ApiFault(40003, "isv.access-token-no-existed", "access_token不存在")
        if expires <= self.clock():
            raise ApiFault(40003, "isv.access-token-expired", "access_token已过期")

    def issue_token(self) -> dict:
        with self.lock:
            self._n += 1
            access, refresh = f"at-{self._n}", f"rt-{self._n}"
            self.tokens[access] = self.clock() + self.token_lifetime
            self.refresh_tokens[refresh] = self.clock() + 14 * 86400
        return {"access_token": access, "expires_in": self.token_lifetime, "refresh_token": refresh,
                "scope": "SCOPE", "shop_id": self.shop_id, "shop_name": SHOP_NAME,
                "authority_id": "", "auth_subject_type": "MiniApp"}

    # ------------------------------------------------------------ APIs

    def handle(self, method: str, p: dict):
        handler = getattr(self, "api_" + method.replace(".", "_"), None)
        if handler is None:
            raise ApiFault(40001, "isv.invalid-method", f"unknown method {method}")
        return handler(p)

    def api_token_create(self, p):
        if p.get("grant_type") != "authorization_self" or p.get("code") != "":
            raise ApiFault(40004, "isv.parameter-invalid", "grant_type")
        if str(p.get("shop_id")) != self.shop_id:
            raise ApiFault(50001, "dop.authorization-no-existed", "店铺未授权该应用")
        return self.issue_token()

    def api_token_refresh(self, p):
        with self.lock:
            expires = self.refresh_tokens.pop(p.get("refresh_token"), None)
        if p.get("grant_type") != "refresh_token" or expires is None or expires <= self.clock():
            raise ApiFault(50001, "dop.token-generate-failed:token-expired", "生成token失败，token已过期")
        return self.issue_token()

    def api_shop_getShopCategory(self, p):
        return self.data.children(int(p.get("cid", 0)))

    def api_product_getCatePropertyV2(self, p):
        leaf = int(p.get("category_leaf_id", 0))
        if leaf not in self.data.properties:
            raise ApiFault(40004, "isv.parameter-invalid", "category_leaf_id")
        return {"data": self.data.properties[leaf], "tpl_type": 0}

    def api_product_listV2(self, p):
        page, size = int(p.get("page", 0)), int(p.get("size", 0))
        if page < 1 or not 1 <= size <= 100 or page * size > 10000:
            raise ApiFault(40004, "isv.parameter-invalid", "page/size")
        ids = sorted(self.data.products)
        chunk = ids[(page - 1) * size: page * size]
        items = []
        for pid in chunk:
            d = self.data.products[pid]
            items.append({k: d[k] for k in ("product_id", "name", "status", "check_status", "category_detail",
                                            "create_time", "outer_product_id")} | {
                "img": d["pic"][0], "update_time": _unix(d["update_time"])})
        return {"data": items, "total": len(ids), "page": page, "size": size}

    def api_product_detail(self, p):
        pid = int(p.get("product_id", 0))
        if pid in self.added and pid not in self.data.products:
            return _added_detail(pid, self.added[pid])
        d = self.data.products.get(pid)
        if d is None:
            raise ApiFault(40004, "isv.parameter-invalid", "product_id")
        return d

    def api_product_addV2(self, p):
        for key in ("category_leaf_id", "name", "pic", "spec_prices", "commit"):
            if key not in p:
                raise ApiFault(40002, "isv.missing-parameter", key)
        pics = p["pic"].split("|")
        if len(pics) > 5:
            raise ApiFault(40004, "isv.parameter-invalid", "pic")
        json.loads(p["spec_prices"])
        _check_weight(p)
        pid = max([*self.data.products, *self.added], default=3600000000000000000) + 1
        self.added[pid] = p
        return {"product_id": pid, "outer_product_id": p.get("outer_product_id", ""), "create_time": ""}

    def api_product_editV2(self, p):
        if int(p.get("product_id", 0)) not in self.data.products:
            raise ApiFault(40004, "isv.parameter-invalid", "product_id")
        _check_weight(p)
        self.added[int(p["product_id"])] = p
        return {}

    def api_buyin_queryShopSelfAuthors(self, p):
        page, size = int(p.get("page", 1)), int(p.get("page_size", 10))
        if page < 1 or not 1 <= size <= 20:
            raise ApiFault(40004, "isv.parameter-invalid:4141", "无效分页参数")
        authors = self.data.authors[(page - 1) * size: page * size]
        return {"total": len(self.data.authors), "authors": authors}

    def api_buyin_queryShopAllianceOrder(self, p):
        size = int(p.get("size", 20))
        if not 1 <= size <= 20:
            raise ApiFault(40004, "isv.parameter-invalid:1031", "无效size")
        try:
            start = datetime.strptime(p["start_time"], "%Y-%m-%d %H:%M:%S")
            end = datetime.strptime(p["end_time"], "%Y-%m-%d %H:%M:%S")
        except (KeyError, ValueError):
            raise ApiFault(40004, "isv.parameter-invalid:1033", "请指定时间范围或订单号") from None
        if end < start or end - start > timedelta(days=90):
            raise ApiFault(40004, "isv.parameter-invalid:1039", "无效时间区间")
        picked = [o for o in self.data.orders
                  if start <= datetime.strptime(o["pay_success_time"], "%Y-%m-%d %H:%M:%S") <= end]
        offset = int(p.get("cursor") or 0)
        orders = picked[offset: offset + size]
        nxt = offset + len(orders)
        return {"orders": orders, "cursor": str(nxt) if nxt < len(picked) else ""}


def _check_weight(p: dict) -> None:
    """addV2/editV2 take ``weight`` (a number) and ``weight_unit`` "0-kg, 1-g" (Go SDK
    api/product_addV2/request/product_addV2_request.go)."""
    if "weight" in p and (isinstance(p["weight"], bool) or not isinstance(p["weight"], (int, float)) or p["weight"] < 0):
        raise ApiFault(40004, "isv.parameter-invalid", "weight")
    if p.get("weight_unit", 0) not in (0, 1):
        raise ApiFault(40004, "isv.parameter-invalid", "weight_unit")


def _added_detail(pid: int, p: dict) -> dict:
    """What product.detail says about a product added through addV2: the request's
    values under the detail's names (weight -> weight_value, Go SDK api/product_detail/response)."""
    return {"product_id": pid, "name": p.get("name", ""), "status": 0, "check_status": 2 if p.get("commit") else 1,
            "category_detail": {"third_cid": p.get("category_leaf_id", 0)}, "pic": p.get("pic", "").split("|"),
            "spec_prices": json.loads(p.get("spec_prices") or "[]"), "specs": [],
            "weight_value": p.get("weight", 0), "weight_unit": p.get("weight_unit", 0),
            "product_format_new": p.get("product_format_new", "{}")}


def _unix(text: str) -> int:
    return int(datetime.strptime(text, "%Y-%m-%d %H:%M:%S").timestamp())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *args) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes: without this, Nagle plus delayed
        # ACK add ~40 ms to every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        state = self.server.state
        method = query.get("method", "")
        fault = state.take_fault(method)
        if fault == "5xx":
            return self._send(503, b"<html>503 Service Unavailable</html>")
        if fault == "malformed":
            return self._send(200, b'{"code": 10000, "data": {"oops"')
        if fault == "timeout":
            time.sleep(state.timeout_delay)
        if fault == "expire_token":
            state.expire_tokens()
        try:
            if fault == "rate_limit":
                state.check(url.path, query, body)
                raise ApiFault(60000, "isv.traffic-limited", "请求太频繁，请稍后重试")
            method = state.check(url.path, query, body)
            params = json.loads(body)
            with state.lock:
                state.calls.append((method, params))
            data = state.handle(method, params)
            envelope = {"code": 10000, "msg": "success", "sub_code": "", "sub_msg": "", "log_id": "fake", "data": data}
        except ApiFault as f:
            envelope = {"code": f.code, "msg": "error", "sub_code": f.sub_code, "sub_msg": f.msg, "log_id": "fake"}
        self._send(200, json.dumps(envelope, ensure_ascii=False).encode("utf-8"))

    def _send(self, status: int, payload: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    state: FakeState


class FakeDoudian:
    """``with FakeDoudian() as fake: fake.url ...`` — a running fake on 127.0.0.1."""

    def __init__(self, state: FakeState | None = None, port: int = 0) -> None:
        self.state = state or FakeState()
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.state = self.state
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "FakeDoudian":
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-doudian", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "FakeDoudian":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def free_port() -> int:
    """A port on 127.0.0.1 that is free now, for a fake started in a process of its own."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
