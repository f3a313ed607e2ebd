"""R-P-STATE on the platform's terms: ``status``/``check_status`` -> the local lifecycle.

Field meanings from the SDKs' ``product.listV2`` / ``product.detail`` types
(Go SDK ``api/product_listV2/response``): ``status`` 0 online / 1 offline /
2 deleted; ``check_status`` 1 not submitted / 2 in review / 3 approved /
4 rejected / 5 banned / 7 approved awaiting sale. The table is in docs/platform.md.
"""
from __future__ import annotations

from collections import deque

from desktop.domain import product_states as st
from desktop.domain.messages import Text, text

STATUS_ONLINE, STATUS_OFFLINE, STATUS_DELETED = 0, 1, 2
CHECK_LABELS = {1: "未提交", 2: "待审核", 3: "审核通过", 4: "审核未通过", 5: "封禁", 7: "审核通过待上架"}
STATUS_LABELS = {0: "在线", 1: "下线", 2: "删除"}
# The same labels as messages, so a platform state reads in the user's language where it is shown.
_CHECK_TEXTS = {1: text("未提交"), 2: text("待审核"), 3: text("审核通过"), 4: text("审核未通过"), 5: text("封禁"),
                7: text("审核通过待上架")}
_STATUS_TEXTS = {0: text("在线"), 1: text("下线"), 2: text("删除")}


def local_state(status: int, check_status: int) -> str | None:
    """The local state for a platform product, or None (deleted on the platform / unknown code)."""
    if status == STATUS_DELETED:
        return None
    if check_status == 3:
        return st.ONLINE if status == STATUS_ONLINE else st.OFFLINE
    return {1: st.DRAFT, 2: st.PENDING, 4: st.REJECTED, 5: st.BLOCKED, 7: st.WAREHOUSE}.get(check_status)


# The transitions the store's trigger allows (m0004), as a graph: a sync walks
# the shortest allowed path (e.g. draft -> pending -> online) so it never
# writes an impossible jump; no path (e.g. out of blocked) is a conflict.
_EDGES: dict[str, set[str]] = {}
for (_action, _from), _to in st.TRANSITIONS.items():
    if _to != _from:
        _EDGES.setdefault(_from, set()).add(_to)
for _outcome_state in st.OUTCOME_STATES.values():
    _EDGES.setdefault(st.PENDING, set()).add(_outcome_state)


def state_path(current: str, target: str) -> list[str] | None:
    """States to pass through after ``current`` to reach ``target`` ([] if equal, None if impossible)."""
    if current == target:
        return []
    seen = {current: None}
    queue = deque([current])
    while queue:
        node = queue.popleft()
        for nxt in sorted(_EDGES.get(node, ())):
            if nxt in seen:
                continue
            seen[nxt] = node
            if nxt == target:
                path = [nxt]
                while seen[path[-1]] != current:
                    path.append(seen[path[-1]])
                return list(reversed(path))
            queue.append(nxt)
    return None


def describe(status: int, check_status: int) -> Text:
    return text("{status}·{check}", status=_STATUS_TEXTS.get(status, status), check=_CHECK_TEXTS.get(check_status, check_status))
