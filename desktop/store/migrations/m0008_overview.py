"""概览 (overview): its settings, the state of to-do items, and draft error counts.

- overview_setting: thresholds of the to-do kinds and the tray switch, one row per key.
- todo_state: an item the owner marked done or snoozed, with the fingerprint of
  the facts it was raised from; when the facts change the item shows again.
- product.rule_errors: how many publishing-rule errors a draft had when it was
  last saved (NULL = saved before this step; the overview counts them on first use).
- product_todo: the few products the to-do list looks at, without scanning the rest.
- product_count: products per shop and state, kept by triggers (the cards' counts
  without counting 100,000 rows).
- gmv_account_days: one account's days for one shop without reading table rows
  (the self-operated share over time).
- gmv_daily and gmv_window_sum: influencer GMV summed per shop and day, and per
  shop and account over the R-SELF-1 30-day window ending on gmv_window_meta's
  end_day. Triggers keep both in step with gmv_record inside the writing
  transaction, so the overview reads thousands of rows instead of a million.
  services.overview moves the window forward one day at a time (subtracting the
  day that leaves, adding the day that enters) or rebuilds it.
"""
from desktop.store.migrations.script import run_script

VERSION = 8

SCRIPT = """
CREATE TABLE overview_setting (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value INTEGER NOT NULL
);

CREATE TABLE todo_state (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'snoozed')),
    until TEXT CHECK (until IS NULL OR date(until) = until),
    at TEXT NOT NULL,
    CHECK (state <> 'snoozed' OR until IS NOT NULL)
);

ALTER TABLE product ADD COLUMN rule_errors INTEGER CHECK (rule_errors IS NULL OR rule_errors >= 0);
CREATE INDEX product_todo ON product(state, shop_id, updated_at, rule_errors) WHERE state IN ('draft', 'pending', 'rejected');

CREATE TABLE product_count (
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    state TEXT NOT NULL,
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (shop_id, state)
);
INSERT INTO product_count (shop_id, state, n) SELECT shop_id, state, COUNT(*) FROM product GROUP BY shop_id, state;

CREATE TRIGGER product_count_insert AFTER INSERT ON product
BEGIN
    INSERT INTO product_count (shop_id, state, n) VALUES (NEW.shop_id, NEW.state, 1)
        ON CONFLICT (shop_id, state) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER product_count_delete AFTER DELETE ON product
BEGIN
    UPDATE product_count SET n = n - 1 WHERE shop_id = OLD.shop_id AND state = OLD.state;
END;

CREATE TRIGGER product_count_update AFTER UPDATE OF shop_id, state ON product
WHEN OLD.shop_id <> NEW.shop_id OR OLD.state <> NEW.state
BEGIN
    UPDATE product_count SET n = n - 1 WHERE shop_id = OLD.shop_id AND state = OLD.state;
    INSERT INTO product_count (shop_id, state, n) VALUES (NEW.shop_id, NEW.state, 1)
        ON CONFLICT (shop_id, state) DO UPDATE SET n = n + 1;
END;

CREATE INDEX gmv_account_days ON gmv_record(shop_id, account_id, day, shop_gmv_fen, total_gmv_fen);

CREATE TABLE gmv_daily (
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    day TEXT NOT NULL,
    shop_fen INTEGER NOT NULL,
    total_fen INTEGER NOT NULL,
    PRIMARY KEY (shop_id, day)
);
INSERT INTO gmv_daily (shop_id, day, shop_fen, total_fen)
    SELECT shop_id, day, SUM(shop_gmv_fen), SUM(total_gmv_fen) FROM gmv_record GROUP BY shop_id, day;

-- One row: the window gmv_window_sum holds (NULL = not built yet).
CREATE TABLE gmv_window_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    start_day TEXT,
    end_day TEXT
);
INSERT INTO gmv_window_meta (id, start_day, end_day) VALUES (1, NULL, NULL);

CREATE TABLE gmv_window_sum (
    shop_id INTEGER NOT NULL REFERENCES shop(id),
    account_id INTEGER NOT NULL REFERENCES account(id),
    shop_fen INTEGER NOT NULL,
    total_fen INTEGER NOT NULL,
    PRIMARY KEY (shop_id, account_id)
);

CREATE TRIGGER gmv_summary_insert AFTER INSERT ON gmv_record
BEGIN
    INSERT INTO gmv_daily (shop_id, day, shop_fen, total_fen)
        VALUES (NEW.shop_id, NEW.day, NEW.shop_gmv_fen, NEW.total_gmv_fen)
        ON CONFLICT (shop_id, day) DO UPDATE SET
            shop_fen = shop_fen + excluded.shop_fen, total_fen = total_fen + excluded.total_fen;
    INSERT INTO gmv_window_sum (shop_id, account_id, shop_fen, total_fen)
        SELECT NEW.shop_id, NEW.account_id, NEW.shop_gmv_fen, NEW.total_gmv_fen FROM gmv_window_meta
        WHERE NEW.day BETWEEN start_day AND end_day
        ON CONFLICT (shop_id, account_id) DO UPDATE SET
            shop_fen = shop_fen + excluded.shop_fen, total_fen = total_fen + excluded.total_fen;
END;

CREATE TRIGGER gmv_summary_delete AFTER DELETE ON gmv_record
BEGIN
    UPDATE gmv_daily SET shop_fen = shop_fen - OLD.shop_gmv_fen, total_fen = total_fen - OLD.total_gmv_fen
        WHERE shop_id = OLD.shop_id AND day = OLD.day;
    UPDATE gmv_window_sum SET shop_fen = shop_fen - OLD.shop_gmv_fen, total_fen = total_fen - OLD.total_gmv_fen
        WHERE shop_id = OLD.shop_id AND account_id = OLD.account_id
          AND OLD.day BETWEEN (SELECT start_day FROM gmv_window_meta) AND (SELECT end_day FROM gmv_window_meta);
END;

CREATE TRIGGER gmv_summary_update AFTER UPDATE OF shop_id, account_id, day, shop_gmv_fen, total_gmv_fen ON gmv_record
BEGIN
    UPDATE gmv_daily SET shop_fen = shop_fen - OLD.shop_gmv_fen, total_fen = total_fen - OLD.total_gmv_fen
        WHERE shop_id = OLD.shop_id AND day = OLD.day;
    UPDATE gmv_window_sum SET shop_fen = shop_fen - OLD.shop_gmv_fen, total_fen = total_fen - OLD.total_gmv_fen
        WHERE shop_id = OLD.shop_id AND account_id = OLD.account_id
          AND OLD.day BETWEEN (SELECT start_day FROM gmv_window_meta) AND (SELECT end_day FROM gmv_window_meta);
    INSERT INTO gmv_daily (shop_id, day, shop_fen, total_fen)
        VALUES (NEW.shop_id, NEW.day, NEW.shop_gmv_fen, NEW.total_gmv_fen)
        ON CONFLICT (shop_id, day) DO UPDATE SET
            shop_fen = shop_fen + excluded.shop_fen, total_fen = total_fen + excluded.total_fen;
    INSERT INTO gmv_window_sum (shop_id, account_id, shop_fen, total_fen)
        SELECT NEW.shop_id, NEW.account_id, NEW.shop_gmv_fen, NEW.total_gmv_fen FROM gmv_window_meta
        WHERE NEW.day BETWEEN start_day AND end_day
        ON CONFLICT (shop_id, account_id) DO UPDATE SET
            shop_fen = shop_fen + excluded.shop_fen, total_fen = total_fen + excluded.total_fen;
END;
"""

# PostgreSQL form (team mode). The GMV summaries are kept by statement-level
# triggers over transition tables: one aggregate per statement instead of one
# upsert per row, so a 1M-row import stays one pass on the server.
POSTGRES = """
CREATE FUNCTION sd_iso_date_ok(t TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN to_char(t::date, 'YYYY-MM-DD') = t;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

CREATE TABLE overview_setting (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value BIGINT NOT NULL
);

CREATE TABLE todo_state (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'snoozed')),
    until TEXT COLLATE "C" CHECK (until IS NULL OR sd_iso_date_ok(until)),
    at TEXT COLLATE "C" NOT NULL,
    CHECK (state <> 'snoozed' OR until IS NOT NULL)
);

ALTER TABLE product ADD COLUMN rule_errors INTEGER CHECK (rule_errors IS NULL OR rule_errors >= 0);
CREATE INDEX product_todo ON product(state, shop_id, updated_at, rule_errors) WHERE state IN ('draft', 'pending', 'rejected');

CREATE TABLE product_count (
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    state TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (shop_id, state)
);
INSERT INTO product_count (shop_id, state, n) SELECT shop_id, state, COUNT(*) FROM product GROUP BY shop_id, state;

CREATE FUNCTION product_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE product_count SET n = n - 1 WHERE shop_id = OLD.shop_id AND state = OLD.state;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO product_count (shop_id, state, n) VALUES (NEW.shop_id, NEW.state, 1)
            ON CONFLICT (shop_id, state) DO UPDATE SET n = product_count.n + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER product_count_insert AFTER INSERT ON product
    FOR EACH ROW EXECUTE FUNCTION product_count_keep();
CREATE TRIGGER product_count_delete AFTER DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION product_count_keep();
CREATE TRIGGER product_count_update AFTER UPDATE OF shop_id, state ON product
    FOR EACH ROW WHEN (OLD.shop_id <> NEW.shop_id OR OLD.state <> NEW.state)
    EXECUTE FUNCTION product_count_keep();

CREATE INDEX gmv_account_days ON gmv_record(shop_id, account_id, day, shop_gmv_fen, total_gmv_fen);

CREATE TABLE gmv_daily (
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    day TEXT COLLATE "C" NOT NULL,
    shop_fen BIGINT NOT NULL,
    total_fen BIGINT NOT NULL,
    PRIMARY KEY (shop_id, day)
);
INSERT INTO gmv_daily (shop_id, day, shop_fen, total_fen)
    SELECT shop_id, day, SUM(shop_gmv_fen), SUM(total_gmv_fen) FROM gmv_record GROUP BY shop_id, day;

CREATE TABLE gmv_window_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    start_day TEXT COLLATE "C",
    end_day TEXT COLLATE "C"
);
INSERT INTO gmv_window_meta (id, start_day, end_day) VALUES (1, NULL, NULL);

CREATE TABLE gmv_window_sum (
    shop_id BIGINT NOT NULL REFERENCES shop(id),
    account_id BIGINT NOT NULL REFERENCES account(id),
    shop_fen BIGINT NOT NULL,
    total_fen BIGINT NOT NULL,
    PRIMARY KEY (shop_id, account_id)
);

CREATE FUNCTION gmv_summary_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE gmv_daily d SET shop_fen = d.shop_fen - o.s, total_fen = d.total_fen - o.t
          FROM (SELECT shop_id, day, SUM(shop_gmv_fen) AS s, SUM(total_gmv_fen) AS t
                FROM old_rows GROUP BY shop_id, day) o
         WHERE d.shop_id = o.shop_id AND d.day = o.day;
        UPDATE gmv_window_sum w SET shop_fen = w.shop_fen - o.s, total_fen = w.total_fen - o.t
          FROM (SELECT r.shop_id, r.account_id, SUM(r.shop_gmv_fen) AS s, SUM(r.total_gmv_fen) AS t
                FROM old_rows r, gmv_window_meta m WHERE r.day BETWEEN m.start_day AND m.end_day
                GROUP BY r.shop_id, r.account_id) o
         WHERE w.shop_id = o.shop_id AND w.account_id = o.account_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO gmv_daily (shop_id, day, shop_fen, total_fen)
            SELECT shop_id, day, SUM(shop_gmv_fen), SUM(total_gmv_fen) FROM new_rows GROUP BY shop_id, day
            ON CONFLICT (shop_id, day) DO UPDATE SET
                shop_fen = gmv_daily.shop_fen + excluded.shop_fen, total_fen = gmv_daily.total_fen + excluded.total_fen;
        INSERT INTO gmv_window_sum (shop_id, account_id, shop_fen, total_fen)
            SELECT r.shop_id, r.account_id, SUM(r.shop_gmv_fen), SUM(r.total_gmv_fen)
            FROM new_rows r, gmv_window_meta m WHERE r.day BETWEEN m.start_day AND m.end_day
            GROUP BY r.shop_id, r.account_id
            ON CONFLICT (shop_id, account_id) DO UPDATE SET
                shop_fen = gmv_window_sum.shop_fen + excluded.shop_fen,
                total_fen = gmv_window_sum.total_fen + excluded.total_fen;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER gmv_summary_insert AFTER INSERT ON gmv_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gmv_summary_keep();
CREATE TRIGGER gmv_summary_delete AFTER DELETE ON gmv_record
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gmv_summary_keep();
CREATE TRIGGER gmv_summary_update AFTER UPDATE ON gmv_record
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gmv_summary_keep();
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
