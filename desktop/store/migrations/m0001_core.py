"""Shops and the append-only history (SPEC §2, R-LOG-1)."""
from desktop.store.migrations.script import run_script

VERSION = 1

SCRIPT = """
CREATE TABLE shop (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
    platform_shop_id TEXT NOT NULL UNIQUE
        CHECK (platform_shop_id <> '' AND platform_shop_id NOT GLOB '*[^0-9]*'),
    enterprise_certified INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_certified IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    archived_at TEXT
);

-- R-LOG-1: one row per change and per refused attempt. Labels are copied in so
-- a row still reads right after a draft product it names has been deleted.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    shop_id INTEGER REFERENCES shop(id),
    account_id INTEGER,
    product_id INTEGER,
    subject TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused')),
    rule_id TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_shop_at ON history(shop_id, at);
CREATE INDEX history_account ON history(account_id);
CREATE INDEX history_action ON history(action);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only (R-LOG-1)');
END;

CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only (R-LOG-1)');
END;
"""


def apply(db) -> None:
    run_script(db, SCRIPT)
