"""Two sessions open in one process on two files stay apart: writes, reads,
transactions and worker threads each use the database of the session they are
called with (no global binding; store.models.base)."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sqlite3
import threading
from pathlib import Path

import pytest

import desktop.services
from desktop.services import product_export, products, shops
from desktop.domain.products import ProductDraft
from desktop.services.session import open_session
from desktop.store.models import NoSession, Shop


def _names_in_file(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM shop ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture
def two(tmp_path, clock):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = open_session(tmp_path / "a", clock=clock)
    b = open_session(tmp_path / "b", clock=clock)  # opened last: the ambient one in this thread
    yield a, b
    a.close()
    b.close()


def test_writes_and_reads_go_to_the_session_called_with(two):
    a, b = two
    shops.create_shop(a, "甲店", "1001")
    shops.create_shop(b, "乙店", "2001")
    shops.create_shop(a, "甲二店", "1002")
    assert {s.name for s in shops.list_shops(a)} == {"甲店", "甲二店"}
    assert [s.name for s in shops.list_shops(b)] == ["乙店"]
    assert set(_names_in_file(Path(a.db.database))) == {"甲店", "甲二店"}
    assert _names_in_file(Path(b.db.database)) == ["乙店"]
    # The same platform shop ID may exist once per file: the uniqueness check reads its own file.
    shops.create_shop(b, "乙二店", "1001")


def test_a_transaction_of_one_session_does_not_swallow_the_other(two):
    a, b = two

    class Undo(Exception):
        pass

    with pytest.raises(Undo):
        with a.db.atomic("IMMEDIATE"):
            shops.create_shop(a, "回滚店", "3001")
            shops.create_shop(b, "留下店", "3002")  # B's own connection, B's own commit
            raise Undo
    assert shops.list_shops(a) == []
    assert [s.name for s in shops.list_shops(b)] == ["留下店"]
    assert _names_in_file(Path(a.db.database)) == []


def test_worker_threads_use_the_session_they_are_called_with(two):
    a, b = two
    shops.create_shop(a, "甲店", "1001")
    seen: dict[str, object] = {}

    def work(name, ctx, shop_name, pid):
        try:
            shops.create_shop(ctx, shop_name, pid)
            seen[name] = sorted(s.name for s in shops.list_shops(ctx))
        except Exception as exc:  # noqa: BLE001 - reported to the test thread
            seen[name] = exc
        finally:
            ctx.close()  # this thread's connection only

    threads = [threading.Thread(target=work, args=("a", a, "甲线程店", "1100")),
               threading.Thread(target=work, args=("b", b, "乙线程店", "2100"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert seen == {"a": ["甲店", "甲线程店"], "b": ["乙线程店"]}
    assert set(_names_in_file(Path(a.db.database))) == {"甲店", "甲线程店"}
    assert _names_in_file(Path(b.db.database)) == ["乙线程店"]
    assert not a.db.is_closed()  # the main thread's connection was left alone


def test_models_outside_any_session_refuse_instead_of_guessing(two):
    a, b = two
    got: list[object] = []

    def bare():
        try:
            got.append(Shop.select().count())
        except NoSession as exc:
            got.append(exc)

    t = threading.Thread(target=bare)
    t.start()
    t.join(10)
    assert isinstance(got[0], NoSession)
    with a.bound():
        assert Shop.select().count() == 0
    shops.create_shop(b, "乙店", "2001")
    assert Shop.select().count() == 1  # ambient: the session this thread opened last


def test_streamed_export_rows_read_their_own_session(two):
    a, b = two
    pa = products.save_draft(a, shops.create_shop(a, "甲店", "1001").value, ProductDraft(title="甲店的商品")).value
    shops.create_shop(b, "乙店", "2001")
    rows = product_export.export_rows(a, [pa])
    with b.bound():  # whatever the consumer has bound, the generator reads A
        assert [r[0] for r in rows] == [pa]


def _service_modules():
    for info in pkgutil.iter_modules(desktop.services.__path__):
        yield importlib.import_module(f"desktop.services.{info.name}")


def test_every_public_service_binds_its_session():
    missing = []
    for module in _service_modules():
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:1] == ["ctx"] and not getattr(fn, "bound_service", False):
                missing.append(f"{module.__name__}.{name}")
    assert missing == []


def test_no_module_binds_a_database_globally():
    root = Path(desktop.services.__file__).resolve().parent.parent
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"initialize", "bind_ctx"} and "proxy" in ast.unparse(
                    node.value).lower():
                offenders.append(str(path))
    assert offenders == []
