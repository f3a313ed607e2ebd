"""Two app processes on one PostgreSQL database race for what a rule allows once.

R-CH-2 (the 5th channel slot), R-OFF-1 (an account is the official account
of one shop: the same account for two shops) and R-OFF-3 (one official
binding at a time per shop: two accounts for the same shop):
each child widens the gap between its check and its write (a sleep inside the
decision), so without the write lock both would pass the check. Over 20 rounds
exactly one wins each time and the other gets the rule, not a database error.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.services import channels, shops

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20

CHILD = r"""
import json, sys, time, tempfile
from datetime import datetime
from pathlib import Path
from desktop.domain import accounts as rules
from desktop.domain.clock import FixedClock
from desktop.services import channels, official
from desktop.services.errors import RuleRefused
from desktop.services.session import open_server_session
from desktop.store.server import ServerConfig

cfg = ServerConfig(**json.loads(sys.argv[1]))
me = sys.argv[2]

def slowed(real):
    def slow(*args):
        time.sleep(0.15)  # both would have passed the check by now without the lock
        return real(*args)
    return slow

rules.channel_start_decision = slowed(rules.channel_start_decision)
rules.official_start_decision = slowed(rules.official_start_decision)
ctx = open_server_session(cfg, None, Path(tempfile.mkdtemp()), clock=FixedClock(datetime(2026, 11, 27, 10)))
print("ready", flush=True)
for line in sys.stdin:
    kind, shop, code = line.split()
    try:
        if kind == "channel":
            channels.start_channel_binding(ctx, int(shop), "douyin", code, code)
        else:
            official.start_official_binding(ctx, int(shop), code, code)
        print(json.dumps({"ok": True}), flush=True)
    except RuleRefused as exc:
        print(json.dumps({"ok": False, "rule": exc.rule}), flush=True)
    except Exception as exc:
        print(json.dumps({"ok": False, "error": f"{type(exc).__name__}: {exc}"}), flush=True)
"""


def _children(cfg):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, json.dumps(asdict(cfg)), name],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in ("a", "b")
    ]
    for p in procs:
        line = p.stdout.readline()
        assert line.strip() == "ready", p.stderr.read()
    return procs


def _race(procs, kind: str, shops_codes) -> list[dict]:
    for p, (shop, code) in zip(procs, shops_codes):
        p.stdin.write(f"{kind} {shop} {code}\n")
        p.stdin.flush()
    return [json.loads(p.stdout.readline()) for p in procs]


@pytest.mark.postgres_only
def test_two_processes_race_for_the_fifth_slot_and_the_official_account(ctx, pg_server, server_db):
    full, spare, third = [], [], []
    for r in range(ROUNDS):
        sid = shops.create_shop(ctx, f"店{r}", str(20000 + r), False).value
        for i in range(4):
            channels.record_existing_channel(ctx, sid, "douyin", f"taken{r}_{i}", "", ctx.today() - timedelta(days=3))
        full.append(sid)
        spare.append(shops.create_shop(ctx, f"新店{r}", str(30000 + r), False).value)
        third.append(shops.create_shop(ctx, f"三店{r}", str(40000 + r), False).value)
    races = [
        # R-CH-2: two different accounts for the last channel slot of one shop.
        ("channel", "R-CH-2", [[(s, f"a_ch{s}"), (s, f"b_ch{s}")] for s in full]),
        # R-OFF-1: one account as the official account of two shops.
        ("official", "R-OFF-1", [[(a, f"off{a}"), (b, f"off{a}")] for a, b in zip(full, spare)]),
        # R-OFF-3: two accounts starting the official binding of one shop.
        ("official", "R-OFF-3", [[(c, f"x{c}"), (c, f"y{c}")] for c in third]),
    ]
    procs = _children(pg_server.config(server_db))
    try:
        for kind, rule, rounds in races:
            for pairs in rounds:
                results = _race(procs, kind, pairs)
                assert sorted(r["ok"] for r in results) == [False, True], (rule, pairs, results)
                loser = next(r for r in results if not r["ok"])
                assert loser.get("rule") == rule, (rule, pairs, loser)
    finally:
        for p in procs:
            p.stdin.close()
            p.wait(timeout=30)
    for sid in full:
        assert channels.channel_summary(ctx, sid).live == 5
    refused = ctx.db.execute_sql(
        "SELECT rule_id, COUNT(*) FROM history WHERE outcome = 'refused' GROUP BY rule_id ORDER BY rule_id"
    ).fetchall()
    assert [tuple(r) for r in refused] == [("R-CH-2", ROUNDS), ("R-OFF-1", ROUNDS), ("R-OFF-3", ROUNDS)]
