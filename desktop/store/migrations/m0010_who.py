"""Who did what (team mode): every history row names the user and the computer.

On PostgreSQL a committed history row also notifies the other computers
(LISTEN shopdesk_changes): every change writes history (R-LOG-1), so one
trigger covers every page. NOTIFY is delivered only on COMMIT, never for a
rolled-back change.
"""
from desktop.store.migrations.script import run_script

VERSION = 10

SCRIPT = """
ALTER TABLE history ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN computer_name TEXT NOT NULL DEFAULT '';
"""

POSTGRES = """
ALTER TABLE history ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN computer_name TEXT NOT NULL DEFAULT '';

CREATE FUNCTION history_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shopdesk_changes', coalesce(NEW.shop_id::text, '') || '|' || NEW.action);
    RETURN NULL;
END $$;
CREATE TRIGGER history_notify AFTER INSERT ON history
    FOR EACH ROW EXECUTE FUNCTION history_notify();
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
