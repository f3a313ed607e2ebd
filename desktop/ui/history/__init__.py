"""操作记录: the append-only history page."""
