"""Bulk GMV writes without one summary upsert per row (SQLite).

m0008's row triggers keep gmv_daily and gmv_window_sum in step with gmv_record:
two upserts per written row, which tripled the time of a 1,000,000-row import.
A bulk writer now puts the one row of gmv_summary_pause inside its own
transaction, writes, rebuilds the summary rows of the days it touched in one
set-based pass (services.gmv_summary.bulk_write) and deletes the row again
before COMMIT. Other connections only ever see the table empty, and a rollback
takes the row away with everything else, so every other write path (manual
entry, corrections, platform alliance GMV) keeps the per-row triggers.

PostgreSQL's summary triggers are statement-level already (one aggregate per
statement): the table exists there too, for one schema, and stays unused.
"""
from desktop.store.migrations.script import run_script

VERSION = 14

_RUNNING = "WHEN NOT EXISTS (SELECT 1 FROM gmv_summary_pause)"

SCRIPT = f"""
CREATE TABLE gmv_summary_pause (id INTEGER PRIMARY KEY CHECK (id = 1));

DROP TRIGGER gmv_summary_insert;
DROP TRIGGER gmv_summary_delete;
DROP TRIGGER gmv_summary_update;

CREATE TRIGGER gmv_summary_insert AFTER INSERT ON gmv_record
{_RUNNING}
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
{_RUNNING}
BEGIN
    UPDATE gmv_daily SET shop_fen = shop_fen - OLD.shop_gmv_fen, total_fen = total_fen - OLD.total_gmv_fen
        WHERE shop_id = OLD.shop_id AND day = OLD.day;
    UPDATE gmv_window_sum SET shop_fen = shop_fen - OLD.shop_gmv_fen, total_fen = total_fen - OLD.total_gmv_fen
        WHERE shop_id = OLD.shop_id AND account_id = OLD.account_id
          AND OLD.day BETWEEN (SELECT start_day FROM gmv_window_meta) AND (SELECT end_day FROM gmv_window_meta);
END;

CREATE TRIGGER gmv_summary_update AFTER UPDATE OF shop_id, account_id, day, shop_gmv_fen, total_gmv_fen ON gmv_record
{_RUNNING}
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

POSTGRES = """
CREATE TABLE gmv_summary_pause (id INTEGER PRIMARY KEY CHECK (id = 1));
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
