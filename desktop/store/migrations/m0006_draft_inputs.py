"""Keep what the user typed into a draft even when it can't be stored as a value.

A draft may be saved with errors (R-P-SUBMIT), but the typed columns hold only
valid values (CHECKs for R-P-PRICE-1/2, stock >= 0, R-P-WEIGHT). Text such as a
price with three decimals is kept here, as JSON, so reopening the draft shows
it again with its error instead of an empty field.
"""
from desktop.store.migrations.script import run_script

VERSION = 6

SCRIPT = """
ALTER TABLE product ADD COLUMN typed_json TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(typed_json) AND json_type(typed_json) = 'object');
ALTER TABLE sku ADD COLUMN typed_json TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(typed_json) AND json_type(typed_json) = 'object');
"""

POSTGRES = """
ALTER TABLE product ADD COLUMN typed_json TEXT NOT NULL DEFAULT '{}'
    CHECK (sd_json_type(typed_json) = 'object');
ALTER TABLE sku ADD COLUMN typed_json TEXT NOT NULL DEFAULT '{}'
    CHECK (sd_json_type(typed_json) = 'object');
"""


def apply(db) -> None:
    run_script(db, SCRIPT, POSTGRES)
