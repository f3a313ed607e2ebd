"""Corrections and voids of mistyped records (R-FIX-1, R-FIX-2), guarded in the database too.

A correction is one append-only row (what, old value, new value, the user's reason)
written together with its history row. The database holds two guards:

- a recorded binding date changes only when the newest correction says so
  (same binding, same new date), so no code path can move the 180-day count
  (R-CH-4) without a reason on record;
- a bound official binding still never ends (R-OFF-4) — except to 'cancelled'
  for a binding voided as never having happened on the platform, which needs
  its void row first. Deleting it stays impossible.
"""
from desktop.store.migrations.script import run_script

VERSION = 7

SCRIPT = """
CREATE TABLE correction (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('binding_date', 'nickname', 'account_code', 'gmv', 'void')),
    shop_id INTEGER,
    binding_id INTEGER,
    account_id INTEGER,
    gmv_id INTEGER,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) >= 2)
);
CREATE INDEX correction_binding ON correction(binding_id, kind);
CREATE INDEX correction_account ON correction(account_id);
CREATE INDEX correction_gmv ON correction(gmv_id);

CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only (R-FIX-1)');
END;
CREATE TRIGGER correction_no_delete BEFORE DELETE ON correction
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only (R-FIX-1)');
END;

DROP TRIGGER binding_official_permanent;
CREATE TRIGGER binding_official_permanent BEFORE UPDATE OF state, ended_at, shop_id, account_id ON binding
WHEN OLD.category = 'official' AND OLD.state = 'bound' AND NOT (
        NEW.state = 'cancelled' AND NEW.shop_id = OLD.shop_id AND NEW.account_id = OLD.account_id
    AND EXISTS (SELECT 1 FROM correction c WHERE c.binding_id = OLD.id AND c.kind = 'void')
)
BEGIN
    SELECT RAISE(ABORT, 'a bound official account can never be unbound (R-OFF-4)');
END;

-- A voided binding stays on record as it was voided (R-FIX-2).
CREATE TRIGGER binding_voided_kept BEFORE DELETE ON binding
WHEN EXISTS (SELECT 1 FROM correction c WHERE c.binding_id = OLD.id AND c.kind = 'void')
BEGIN
    SELECT RAISE(ABORT, 'a voided binding stays on record (R-FIX-2)');
END;
CREATE TRIGGER binding_voided_frozen BEFORE UPDATE OF state, ended_at, shop_id, account_id ON binding
WHEN OLD.state IN ('cancelled', 'unbound')
 AND EXISTS (SELECT 1 FROM correction c WHERE c.binding_id = OLD.id AND c.kind = 'void')
BEGIN
    SELECT RAISE(ABORT, 'a voided binding stays on record (R-FIX-2)');
END;

CREATE TRIGGER binding_date_corrected BEFORE UPDATE OF bound_on ON binding
WHEN OLD.bound_on IS NOT NULL AND NEW.bound_on IS NOT OLD.bound_on AND NOT EXISTS (
    SELECT 1 FROM correction c
    WHERE c.id = (SELECT MAX(id) FROM correction)
      AND c.binding_id = OLD.id AND c.kind = 'binding_date' AND c.new_value = NEW.bound_on
)
BEGIN
    SELECT RAISE(ABORT, 'a recorded binding date changes only through a correction with a reason (R-FIX-1)');
END;
"""


def apply(db) -> None:
    run_script(db, SCRIPT)
