"""Self-operated markings follow their life cycle in the database too (R-SELF-2, R-SELF-5, R-SELF-6).

A marking starts as awaiting_auth (merchant) or self_operated (recorded as
configured by the platform); awaiting_auth ends as self_operated or refused;
self_operated ends as unmarked (标记为带货). Ended markings never change again.
"""
from desktop.store.migrations.script import run_script

VERSION = 5

SCRIPT = """
CREATE TRIGGER binding_self_insert BEFORE INSERT ON binding
WHEN NEW.category = 'self' AND NEW.state NOT IN ('awaiting_auth', 'self_operated')
BEGIN
    SELECT RAISE(ABORT, 'a self-operated marking starts awaiting authorization or self-operated (R-SELF-2)');
END;

CREATE TRIGGER binding_self_transition BEFORE UPDATE OF state ON binding
WHEN OLD.category = 'self' AND NEW.state <> OLD.state AND NOT (
       (OLD.state = 'awaiting_auth' AND NEW.state IN ('self_operated', 'refused'))
    OR (OLD.state = 'self_operated' AND NEW.state = 'unmarked')
)
BEGIN
    SELECT RAISE(ABORT, 'not a self-operated marking transition (R-SELF-2, R-SELF-6)');
END;
"""

POSTGRES = """
CREATE TRIGGER binding_self_insert BEFORE INSERT ON binding
    FOR EACH ROW WHEN (NEW.category = 'self' AND NEW.state NOT IN ('awaiting_auth', 'self_operated'))
    EXECUTE FUNCTION sd_refuse('a self-operated marking starts awaiting authorization or self-operated (R-SELF-2)');
CREATE TRIGGER binding_self_transition BEFORE UPDATE OF state ON binding
    FOR EACH ROW WHEN (OLD.category = 'self' AND NEW.state <> OLD.state AND NOT (
           (OLD.state = 'awaiting_auth' AND NEW.state IN ('self_operated', 'refused'))
        OR (OLD.state = 'self_operated' AND NEW.state = 'unmarked')))
    EXECUTE FUNCTION sd_refuse('not a self-operated marking transition (R-SELF-2, R-SELF-6)');
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
