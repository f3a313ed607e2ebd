"""R-CH-2 across processes: two app processes race for a shop's last channel slot.

Each child process widens the gap between counting and inserting (a sleep in
the count check), so without the IMMEDIATE transaction both would pass the
count. Exactly one must win; the other gets a clean R-CH-2 refusal.
"""
import json
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.services import channels

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, time
from datetime import datetime
from pathlib import Path
from desktop.domain import accounts as rules
from desktop.domain.clock import FixedClock
import pytest

from desktop.services import channels
from desktop.services.errors import RuleRefused
from desktop.services.session import open_session

data_dir, go_file, code = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
real = rules.channel_start_decision
def slow(count):
    time.sleep(0.4)  # both processes would have counted 4 by now without the write lock
    return real(count)
rules.channel_start_decision = slow
ctx = open_session(data_dir, clock=FixedClock(datetime(2026, 11, 27, 10)))
while not go_file.exists():
    time.sleep(0.005)
try:
    channels.start_channel_binding(ctx, 1, "douyin", code, code)
    print(json.dumps({"ok": True}))
except RuleRefused as exc:
    print(json.dumps({"ok": False, "rule": exc.rule}))
"""


@pytest.mark.sqlite_only  # the server race: tests/store/test_server_races.py
def test_two_processes_only_one_takes_the_fifth_slot(ctx, data_dir, shop_id):
    assert shop_id == 1
    for i in range(4):
        channels.record_existing_channel(ctx, shop_id, "douyin", f"taken{i}", "", ctx.today() - timedelta(days=3))
    ctx.db.close()

    go = data_dir / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), str(go), code],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for code in ("racer_a", "racer_b")
    ]
    time.sleep(1.0)  # let both import and open the database
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    assert sorted(r["ok"] for r in results) == [False, True]
    assert next(r for r in results if not r["ok"])["rule"] == "R-CH-2"
    ctx.db.connect()
    assert channels.channel_summary(ctx, shop_id).live == 5
    refused = ctx.db.execute_sql(
        "SELECT COUNT(*) FROM history WHERE action='channel.start' AND outcome='refused' AND rule_id='R-CH-2'"
    ).fetchone()[0]
    assert refused == 1
