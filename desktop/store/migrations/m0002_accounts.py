"""Accounts, their bindings to shops in three categories, and influencer GMV (SPEC §3)."""
from desktop.store.migrations.script import run_script

VERSION = 2

SCRIPT = """
-- One record per (platform, account ID) in the whole database.
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('douyin', 'toutiao', 'xigua', 'huoshan')),
    account_code TEXT NOT NULL CHECK (length(account_code) BETWEEN 1 AND 64),
    nickname TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (platform, account_code)
);

-- A link between a shop and an account in one category, with its life cycle.
-- Ended links stay as rows (state cancelled/unbound/refused/unmarked) for the record.
CREATE TABLE binding (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    account_id INTEGER NOT NULL REFERENCES account(id),
    category TEXT NOT NULL CHECK (category IN ('official', 'channel', 'self')),
    state TEXT NOT NULL,
    channel TEXT CHECK (channel IS NULL OR channel IN ('douyin', 'toutiao_xigua', 'huoshan')),
    source TEXT NOT NULL DEFAULT 'merchant'
        CHECK (source IN ('merchant', 'platform', 'recorded')),
    started_at TEXT NOT NULL,
    bound_on TEXT,
    ended_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    CHECK (
        (category = 'official' AND state IN ('awaiting_scan', 'awaiting_confirm', 'bound', 'cancelled'))
     OR (category = 'channel' AND state IN ('pending', 'bound', 'cancelled', 'unbound') AND channel IS NOT NULL)
     OR (category = 'self' AND state IN ('awaiting_auth', 'self_operated', 'refused', 'unmarked'))
    ),
    -- R-OFF-4: a bound official account has a binding date and never ends.
    CHECK (category <> 'official' OR state <> 'bound' OR (bound_on IS NOT NULL AND ended_at IS NULL)),
    CHECK (state <> 'bound' OR bound_on IS NOT NULL)
);
CREATE INDEX binding_shop_category ON binding(shop_id, category, state);
CREATE INDEX binding_account ON binding(account_id, category, state);

-- R-OFF-1: one live official binding per shop, and per account.
CREATE UNIQUE INDEX binding_official_one_per_shop ON binding(shop_id)
    WHERE category = 'official' AND state IN ('awaiting_scan', 'awaiting_confirm', 'bound');
CREATE UNIQUE INDEX binding_official_one_per_account ON binding(account_id)
    WHERE category = 'official' AND state IN ('awaiting_scan', 'awaiting_confirm', 'bound');
-- R-CH-6: the same account once per shop as a live channel account.
CREATE UNIQUE INDEX binding_channel_once_per_shop ON binding(shop_id, account_id)
    WHERE category = 'channel' AND state IN ('pending', 'bound');
-- R-SELF-4: self-operated (or awaiting authorization) for one shop at most.
CREATE UNIQUE INDEX binding_self_one_shop ON binding(account_id)
    WHERE category = 'self' AND state IN ('awaiting_auth', 'self_operated');

-- R-OFF-4: once bound, an official binding row can't change state or be removed.
CREATE TRIGGER binding_official_permanent BEFORE UPDATE OF state, ended_at, shop_id, account_id ON binding
WHEN OLD.category = 'official' AND OLD.state = 'bound'
BEGIN
    SELECT RAISE(ABORT, 'a bound official account can never be unbound (R-OFF-4)');
END;
CREATE TRIGGER binding_official_no_delete BEFORE DELETE ON binding
WHEN OLD.category = 'official' AND OLD.state = 'bound'
BEGIN
    SELECT RAISE(ABORT, 'a bound official account can never be unbound (R-OFF-4)');
END;

-- Influencer GMV per shop, account and local day, in fen (R-SELF-1).
CREATE TABLE gmv_record (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    account_id INTEGER NOT NULL REFERENCES account(id),
    day TEXT NOT NULL,
    shop_gmv_fen INTEGER NOT NULL CHECK (shop_gmv_fen >= 0),
    total_gmv_fen INTEGER NOT NULL CHECK (total_gmv_fen >= shop_gmv_fen),
    source TEXT NOT NULL DEFAULT 'manual',
    updated_at TEXT NOT NULL,
    UNIQUE (shop_id, account_id, day)
);
-- Covers the 30-day window aggregation without touching the table rows.
CREATE INDEX gmv_window ON gmv_record(shop_id, day, account_id, shop_gmv_fen, total_gmv_fen);
"""


def apply(db) -> None:
    run_script(db, SCRIPT)
