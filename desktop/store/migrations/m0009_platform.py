"""Sync with the 抖店开放平台 (issue 13): connections, links, caches, the sync log.

The app secret and the tokens are NOT here: they live only in the OS
keychain. History rows say where a change came from (``source``): the app, or
a sync with the platform.
"""
from desktop.store.migrations.script import run_script

VERSION = 9

SCRIPT = """
ALTER TABLE history ADD COLUMN source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'platform'));

-- One self-use app connection per shop; no secret column on purpose.
CREATE TABLE platform_connection (
    shop_id INTEGER PRIMARY KEY REFERENCES shop(id),
    app_key TEXT NOT NULL CHECK (length(app_key) BETWEEN 1 AND 32 AND app_key NOT GLOB '*[^0-9]*'),
    platform_shop_id TEXT NOT NULL CHECK (length(platform_shop_id) BETWEEN 1 AND 32 AND platform_shop_id NOT GLOB '*[^0-9]*'),
    gateway TEXT NOT NULL DEFAULT '',
    shop_name TEXT NOT NULL DEFAULT '',
    tested_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The platform's products as last pulled (its truth), per shop.
CREATE TABLE platform_product (
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    product_id TEXT NOT NULL CHECK (product_id <> '' AND product_id NOT GLOB '*[^0-9]*'),
    name TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL,
    check_status INTEGER NOT NULL,
    local_state TEXT CHECK (local_state IS NULL OR local_state IN
        ('draft', 'pending', 'online', 'warehouse', 'offline', 'rejected', 'blocked')),
    category_id INTEGER,
    min_price_fen INTEGER,
    max_price_fen INTEGER,
    total_stock INTEGER NOT NULL DEFAULT 0,
    pics_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pics_json)),
    platform_updated TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    synced_at TEXT NOT NULL,
    PRIMARY KEY (shop_id, product_id)
);

-- A local product and the platform product it is (linked by product_id).
CREATE TABLE platform_product_link (
    product_id INTEGER PRIMARY KEY REFERENCES product(id) ON DELETE CASCADE,
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    platform_product_id TEXT NOT NULL,
    base_hash TEXT NOT NULL DEFAULT '',
    local_updated_at TEXT NOT NULL DEFAULT '',
    linked_at TEXT NOT NULL,
    UNIQUE (shop_id, platform_product_id)
);

-- Edited here AND changed on the platform: never overwritten silently; the user chooses.
CREATE TABLE platform_conflict (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    platform_product_id TEXT NOT NULL,
    platform_json TEXT NOT NULL CHECK (json_valid(platform_json)),
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'platform')),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE UNIQUE INDEX platform_conflict_open ON platform_conflict(product_id) WHERE resolved_at IS NULL;

-- A leaf's 类目属性 as the platform gave them, with the date they were fetched.
CREATE TABLE platform_property_cache (
    category_id INTEGER PRIMARY KEY,
    properties_json TEXT NOT NULL CHECK (json_valid(properties_json)),
    fetched_at TEXT NOT NULL
);

-- The accounts the platform lists for the shop (buyin.queryShopSelfAuthors), and the local account they are.
CREATE TABLE platform_author (
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    author_id TEXT NOT NULL,
    author_type INTEGER NOT NULL CHECK (author_type IN (0, 1, 2)),
    account_name TEXT NOT NULL DEFAULT '',
    author_app INTEGER,
    buyin_id TEXT NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES account(id),
    synced_at TEXT NOT NULL,
    PRIMARY KEY (shop_id, author_id)
);

-- Alliance orders summed per shop, influencer and day (source: the platform).
CREATE TABLE platform_gmv_daily (
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    author_key TEXT NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES account(id),
    day TEXT NOT NULL,
    shop_gmv_fen INTEGER NOT NULL CHECK (shop_gmv_fen >= 0),
    orders INTEGER NOT NULL CHECK (orders >= 0),
    source TEXT NOT NULL DEFAULT 'platform' CHECK (source = 'platform'),
    synced_at TEXT NOT NULL,
    PRIMARY KEY (shop_id, author_key, day)
);

-- 同步记录: one row per run, whatever its outcome.
CREATE TABLE sync_run (
    id INTEGER PRIMARY KEY,
    shop_id INTEGER REFERENCES shop(id),
    kind TEXT NOT NULL CHECK (kind IN ('test', 'categories', 'properties', 'products', 'accounts', 'alliance', 'push')),
    started_at TEXT NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'cancelled', 'dry_run')),
    requests INTEGER NOT NULL DEFAULT 0,
    fetched INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_run_shop ON sync_run(shop_id, id);
"""

# PostgreSQL form (team mode, issue 12): the same tables and checks.
POSTGRES = """
ALTER TABLE history ADD COLUMN source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'platform'));

CREATE TABLE platform_connection (
    shop_id BIGINT PRIMARY KEY REFERENCES shop(id),
    app_key TEXT NOT NULL CHECK (length(app_key) BETWEEN 1 AND 32 AND app_key !~ '[^0-9]'),
    platform_shop_id TEXT NOT NULL CHECK (length(platform_shop_id) BETWEEN 1 AND 32 AND platform_shop_id !~ '[^0-9]'),
    gateway TEXT NOT NULL DEFAULT '',
    shop_name TEXT NOT NULL DEFAULT '',
    tested_at TEXT COLLATE "C",
    created_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE platform_product (
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    product_id TEXT NOT NULL CHECK (product_id <> '' AND product_id !~ '[^0-9]'),
    name TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL,
    check_status INTEGER NOT NULL,
    local_state TEXT CHECK (local_state IS NULL OR local_state IN
        ('draft', 'pending', 'online', 'warehouse', 'offline', 'rejected', 'blocked')),
    category_id BIGINT,
    min_price_fen BIGINT,
    max_price_fen BIGINT,
    total_stock BIGINT NOT NULL DEFAULT 0,
    pics_json TEXT NOT NULL DEFAULT '[]' CHECK (sd_json_type(pics_json) <> 'invalid'),
    platform_updated TEXT COLLATE "C" NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    synced_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (shop_id, product_id)
);

CREATE TABLE platform_product_link (
    product_id BIGINT PRIMARY KEY REFERENCES product(id) ON DELETE CASCADE,
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    platform_product_id TEXT NOT NULL,
    base_hash TEXT NOT NULL DEFAULT '',
    local_updated_at TEXT COLLATE "C" NOT NULL DEFAULT '',
    linked_at TEXT COLLATE "C" NOT NULL,
    UNIQUE (shop_id, platform_product_id)
);

CREATE TABLE platform_conflict (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    platform_product_id TEXT NOT NULL,
    platform_json TEXT NOT NULL CHECK (sd_json_type(platform_json) <> 'invalid'),
    found_at TEXT COLLATE "C" NOT NULL,
    resolved_at TEXT COLLATE "C",
    resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'platform')),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE UNIQUE INDEX platform_conflict_open ON platform_conflict(product_id) WHERE resolved_at IS NULL;

CREATE TABLE platform_property_cache (
    category_id BIGINT PRIMARY KEY,
    properties_json TEXT NOT NULL CHECK (sd_json_type(properties_json) <> 'invalid'),
    fetched_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE platform_author (
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    author_id TEXT NOT NULL,
    author_type INTEGER NOT NULL CHECK (author_type IN (0, 1, 2)),
    account_name TEXT NOT NULL DEFAULT '',
    author_app INTEGER,
    buyin_id TEXT NOT NULL DEFAULT '',
    account_id BIGINT REFERENCES account(id),
    synced_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (shop_id, author_id)
);

CREATE TABLE platform_gmv_daily (
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    author_key TEXT NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    account_id BIGINT REFERENCES account(id),
    day TEXT COLLATE "C" NOT NULL,
    shop_gmv_fen BIGINT NOT NULL CHECK (shop_gmv_fen >= 0),
    orders INTEGER NOT NULL CHECK (orders >= 0),
    source TEXT NOT NULL DEFAULT 'platform' CHECK (source = 'platform'),
    synced_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (shop_id, author_key, day)
);

CREATE TABLE sync_run (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    shop_id BIGINT REFERENCES shop(id),
    kind TEXT NOT NULL CHECK (kind IN ('test', 'categories', 'properties', 'products', 'accounts', 'alliance', 'push')),
    started_at TEXT COLLATE "C" NOT NULL,
    duration_ms BIGINT NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'cancelled', 'dry_run')),
    requests INTEGER NOT NULL DEFAULT 0,
    fetched INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_run_shop ON sync_run(shop_id, id);
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
