"""Standard-library modules the window's first data does not use, loaded after it.

``import peewee`` (the store, needed to open the database before the window
shows its shops) imports ``uuid``, ``hashlib``, ``calendar`` and ``socket`` at
its top. It uses them only inside functions that a start never calls (UUID
fields, index name hashes, timestamps, IP fields), yet loading them costs ~20 ms
of every start on this machine: ``uuid`` brings ``platform`` and the ``_uuid``
extension, ``hashlib`` loads OpenSSL, ``calendar`` brings ``locale``, ``socket``
builds enums of ~400 members (tests/benchmarks/bench_startup.py). The store reads
the host name without ``socket`` (store.integrity.host_name).

Before the GUI starts, each is put in ``sys.modules`` as a module whose body
has not run yet: ``import uuid`` then finds it at once, and its body runs (in
that same module object) the first time a name it defines is read. Once the
window shows its data, ``load_now()`` runs every one on the UI thread, so each
is whole before any worker thread (an operation, a backup) can meet it.
importlib's LazyLoader does not serve here: an ``import`` statement reads the
module's ``__spec__``, which makes it load at once.

Where a module is already loaded, or its loader cannot run it later (some
frozen-bundle importers), it is simply imported as before.
"""
from __future__ import annotations

import sys
import threading
import types

DEFERRED = ("uuid", "hashlib", "calendar", "socket")


class _Deferred(types.ModuleType):
    """A module whose body runs when a name it does not have yet is first read.

    Its import attributes (its name, spec, location ...) are set up front,
    so the import machinery and PySide's import hook find them without running it."""

    def __getattr__(self, attr: str):
        _run(self)
        if type(self) is _Deferred:  # its body is running on this thread: a name it has not set yet
            raise AttributeError(f"partially initialized module {self.__name__!r} has no attribute {attr!r}")
        return getattr(self, attr)


_LOCK = threading.RLock()
_RUNNING: set[int] = set()


def _run(module: types.ModuleType) -> None:
    """Run a deferred module's body once. Another thread asking meanwhile waits for
    the whole module; it becomes an ordinary module only when its body has run."""
    with _LOCK:
        if type(module) is not _Deferred or id(module) in _RUNNING:
            return
        _RUNNING.add(id(module))
        try:
            module.__spec__.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(module.__name__, None)  # the next import tries again, as after a failed import
            raise
        else:
            module.__class__ = types.ModuleType
        finally:
            _RUNNING.discard(id(module))


def defer(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Make ``names`` wait for their first use where possible; return those deferred."""
    import importlib.util

    made = []
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
                continue
            module = importlib.util.module_from_spec(spec)
            if type(module) is not types.ModuleType:
                continue  # the loader made its own kind of module: leave it to the ordinary import
            module.__class__ = _Deferred
        except Exception:  # noqa: BLE001 - then it is imported the ordinary way, when asked
            continue
        sys.modules[name] = module
        made.append(name)
    return made


def is_loaded(name: str) -> bool:
    """Whether ``name`` is imported and its body has run."""
    module = sys.modules.get(name)
    return module is not None and type(module) is not _Deferred


def load_now(names: tuple[str, ...] = DEFERRED) -> None:
    """Run every deferred module in ``names`` (on the UI thread, once the window is ready)."""
    for name in names:
        module = sys.modules.get(name)
        if type(module) is _Deferred:
            _run(module)
