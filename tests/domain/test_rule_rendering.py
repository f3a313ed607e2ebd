"""A rule ID travels as a field (Decision.rule, FieldError.rule, ServiceError.rule) and is written into
text in one place, domain.decisions.with_rule; no message pastes "（R-…）" itself."""
from __future__ import annotations

import re
from pathlib import Path

from desktop.domain import images, products
from desktop.domain.decisions import deny, with_rule
from desktop.services.errors import InvalidInput, RuleRefused

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_with_rule_is_the_one_rendering():
    assert with_rule("还需 2 天", "R-CH-4") == "还需 2 天（R-CH-4）"
    assert with_rule("请先选择店铺", None) == "请先选择店铺"
    assert products.FieldError("title", "R-P-TITLE", "标题太短").text == "标题太短（R-P-TITLE）"
    error = InvalidInput("最多 3 个规格", "specs", rule="R-P-SKU")
    assert error.rule == "R-P-SKU" and error.message == "最多 3 个规格（R-P-SKU）"
    refused = RuleRefused(deny("R-OFF-4", "官方账号一经绑定不可解绑或更换"))
    assert refused.rule == "R-OFF-4" and refused.decision.reason == "官方账号一经绑定不可解绑或更换"


def test_no_source_pastes_a_rule_id_into_a_message():
    in_a_string = re.compile(r"""["'][^"'\n]*（R-[A-Z]""")
    pasted = [f"{path.relative_to(DESKTOP)}:{n}"
              for path in DESKTOP.rglob("*.py")
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if in_a_string.search(line.split("#", 1)[0])]
    assert [p for p in pasted if not p.startswith("domain/decisions.py")] == []  # with_rule's own example


def test_one_constant_per_limit():
    """R-P-IMG-1: the image limit is one constant, shared by the draft rules and the image checks."""
    assert images.MAX_IMAGES is products.MAX_IMAGES
    assert "MAX_IMAGES = " not in (DESKTOP / "domain" / "images.py").read_text(encoding="utf-8")
    assert images.count_error(products.MAX_IMAGES + 1).endswith("（R-P-IMG-1）")
