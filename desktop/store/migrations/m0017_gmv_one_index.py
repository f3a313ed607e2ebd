"""One index fewer on gmv_record: every imported GMV row updated three indexes.

``gmv_account_days`` (m0008) repeated the key of the table's own
``UNIQUE (shop_id, account_id, day)`` with the two amounts added, so that the
overview's self-operated chart could read an account's days without the table
rows. That chart reads a few accounts over at most a few months: the unique
key finds those rows just as well and reads them from the table. A million-row
GMV import paid about 1.2 s of CPU for the extra index (tests/benchmarks/bench_gmv.py).
"""
from desktop.store.migrations.script import run_script

VERSION = 17

SCRIPT = """
DROP INDEX IF EXISTS gmv_account_days;
"""

POSTGRES = SCRIPT


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
