"""Rolling back a write transaction when the domain says no.

A service raises ``Refused`` inside its transaction (so nothing it wrote
stays), catches it outside and logs the refusal with history.refuse (R-LOG-1).
"""
from __future__ import annotations

from desktop.domain.decisions import Decision


class Refused(Exception):
    def __init__(self, decision: Decision) -> None:
        super().__init__(decision.message)
        self.decision = decision
