"""The write state's answer (issues 11 and 12): plain reasons, no rule ID, the state's reason first."""
from desktop.domain import writable
from desktop.domain.decisions import ALLOWED, deny


def test_nothing_blocks_writing():
    assert writable.write_decision(None) is ALLOWED


def test_read_only_and_offline_have_their_own_plain_reason():
    ro, off = writable.write_decision(writable.READ_ONLY), writable.write_decision(writable.OFFLINE)
    assert not ro and not off
    assert ro.rule is None and off.rule is None  # not a platform rule: no rule ID
    assert ro.message.startswith("数据库文件是只读的")
    assert off.message.startswith("服务器连接已断开，正在重连…")


def test_the_write_state_comes_first_and_a_rule_refusal_otherwise():
    rule = deny("R-CH-2", "渠道号已满 5 个")
    off = writable.write_decision(writable.OFFLINE)
    assert writable.both(rule, off) is off
    assert writable.both(ALLOWED, off) is off
    assert writable.both(rule, ALLOWED) is rule
    assert writable.both(ALLOWED, ALLOWED) is ALLOWED
