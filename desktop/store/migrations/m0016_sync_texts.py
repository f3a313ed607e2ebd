"""同步记录 rows keep what their error and summary were made of, so the log reads in the user's language.

``error`` and ``summary`` stay the Chinese text as written (what older versions read). ``texts`` is NULL
or a JSON object {"error": …, "summary": …} in the shape of history.texts (m0015), written by
services.platform_runs when the message is translatable (domain.messages.Text).
Rows written before this step have no ``texts`` and show as written.
"""
from desktop.store.migrations.script import run_script

VERSION = 16

SCRIPT = """
ALTER TABLE sync_run ADD COLUMN texts TEXT;
"""

POSTGRES = SCRIPT


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
