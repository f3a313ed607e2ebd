"""The database's integrity checks as the UI schedules them (weekly full check,
marker of an unclean close). The checks live in the store (desktop.store.integrity);
the UI reaches them here, as it reaches nothing below the services."""
__all__ = ["foreign_key_problems", "full_check_due", "record_full_check", "run_check"]

from desktop.store.integrity import (
    foreign_key_problems,
    full_check_due,
    record_full_check,
    run_check,
)
