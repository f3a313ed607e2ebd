"""ui/shell/deferred_modules.py: a deferred standard-library module behaves as
the module itself, only its body runs later (start-up time, issue 8). Each case
runs in a fresh interpreter: the test process has long imported these modules."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_an_import_statement_does_not_run_it_and_the_first_name_read_does():
    out = run(
        "from desktop.ui.shell import deferred_modules as d\n"
        "print(d.defer())\n"
        "import sys, uuid, hashlib\n"
        "print(d.is_loaded('uuid'), d.is_loaded('hashlib'), 'platform' in sys.modules, '_hashlib' in sys.modules)\n"
        "from uuid import UUID\n"
        "print(d.is_loaded('uuid'), UUID('12345678123456781234567812345678').hex, sys.modules['uuid'] is uuid)\n"
        "print(hashlib.sha256(b'abc').hexdigest()[:12], d.is_loaded('hashlib'))\n"
    )
    assert out.splitlines() == [
        "['uuid', 'hashlib', 'calendar', 'socket']",
        "False False False False",
        "True 12345678123456781234567812345678 True",
        "ba7816bf8f01 True",
    ]


def test_load_now_runs_every_waiting_one_and_peewee_works_with_them():
    out = run(
        "import desktop\n"  # keeps psycopg out, as the app does
        "from desktop.ui.shell import deferred_modules as d\n"
        "d.defer()\n"
        "import peewee, calendar\n"
        "print([d.is_loaded(n) for n in d.DEFERRED])\n"
        "d.load_now()\n"
        "print([d.is_loaded(n) for n in d.DEFERRED], type(calendar).__name__, calendar.timegm((2020, 1, 1, 0, 0, 0)))\n"
        "db = peewee.SqliteDatabase(':memory:')\n"
        "class T(peewee.Model):\n"
        "    u = peewee.UUIDField()\n"
        "    class Meta:\n"
        "        database = db\n"
        "db.create_tables([T]); import uuid; T.create(u=uuid.UUID(int=7)); print(T.get().u.int)\n"
    )
    assert out.splitlines() == ["[False, False, False, False]", "[True, True, True, True] module 1577836800", "7"]


def test_a_module_already_imported_is_left_alone():
    out = run(
        "import hashlib\n"
        "from desktop.ui.shell import deferred_modules as d\n"
        "print(d.defer(('hashlib', 'no_such_module_here')), d.is_loaded('hashlib'))\n"
    )
    assert out == "[] True"


def test_a_body_that_fails_fails_at_first_use_and_the_next_import_tries_again(tmp_path):
    (tmp_path / "flaky_mod.py").write_text("import os\nif not os.environ.get('OK'): raise RuntimeError('boom')\nVALUE = 1\n")
    out = run(
        f"import sys, os; sys.path.insert(0, {str(tmp_path)!r})\n"
        "from desktop.ui.shell import deferred_modules as d\n"
        "print(d.defer(('flaky_mod',)))\n"
        "import flaky_mod\n"
        "try:\n"
        "    flaky_mod.VALUE\n"
        "except RuntimeError as exc:\n"
        "    print('failed', exc, 'flaky_mod' in sys.modules)\n"
        "os.environ['OK'] = '1'\n"
        "import flaky_mod as again\n"
        "print(again.VALUE)\n"
    )
    assert out.splitlines() == ["['flaky_mod']", "failed boom False", "1"]


def test_threads_reading_it_at_once_wait_for_the_whole_module_which_runs_once(tmp_path):
    (tmp_path / "slow_mod.py").write_text(
        "import time\nRUNS = __import__('builtins').__dict__.setdefault('slow_runs', [])\nRUNS.append(1)\n"
        "FIRST = 1\ntime.sleep(0.3)\nLAST = 2\n")
    out = run(
        f"import sys, threading; sys.path.insert(0, {str(tmp_path)!r})\n"
        "from desktop.ui.shell import deferred_modules as d\n"
        "d.defer(('slow_mod',))\n"
        "import slow_mod, builtins\n"
        "seen = []\n"
        "threads = [threading.Thread(target=lambda: seen.append(slow_mod.LAST)) for _ in range(4)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(seen, len(builtins.slow_runs), d.is_loaded('slow_mod'))\n"
    )
    assert out == "[2, 2, 2, 2] 1 True"
