"""History rows keep what their texts were made of, so 操作记录 can show them in the user's language.

``subject`` and ``detail`` stay the Chinese text as written (what the search box matches and what
older versions read). ``texts`` is NULL or a JSON object {"subject": …, "detail": …}, each a message
template with its values ({"t": template, "p": {name: value}, "c": context}), written by
services.history.record when it is given a translatable message (domain.messages.Text).
Rows written before this step have no ``texts`` and show as written.
"""
from desktop.store.migrations.script import run_script

VERSION = 15

SCRIPT = """
ALTER TABLE history ADD COLUMN texts TEXT;
"""

POSTGRES = SCRIPT


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
