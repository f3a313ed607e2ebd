"""Every failure of the platform, as a message in Chinese and English that names the code.

The texts are message templates (desktop.domain.messages.Text, translated by the UI in context
``messages``) marked with a no-op ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds them without this
module importing Qt; ``english`` carries the English wording for logs and for a UI without a
translation file. Codes from the platform's envelope
(``code``/``sub_code``; the SDKs' ``BaseDoudianOpApiResponse``) are always shown.
The secret never goes into a message: only the app_key, codes and the
platform's own ``sub_msg``.
"""
from __future__ import annotations

import string

from desktop.domain.messages import Text
from desktop.services.errors import ServiceError

CONTEXT = "messages"  # where the UI translates a Text (desktop.ui.common.texts)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# key -> (Chinese source, English). {code} is "40003 isv.signature-invalid" style.
TEXTS: dict[str, tuple[str, str]] = {
    "signature": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台拒绝了签名（{code}）：App Secret 不正确，或与 App Key 不匹配。请在「平台连接」里重新填写 App Secret。"),
        "The platform rejected the signature ({code}): the App Secret is wrong or does not belong to the App Key. Enter the App Secret again under Platform connection.",
    ),
    "timestamp": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台拒绝了请求时间（{code}）：请检查电脑的日期和时间是否准确。"),
        "The platform rejected the request time ({code}): check this computer's date and time.",
    ),
    "token": (
        QT_TRANSLATE_NOOP("messages", "店铺授权已失效（{code}）：请在抖店后台确认自用型应用仍授权给本店，然后在「平台连接」里点「测试连接」。"),
        "The shop's authorization is no longer valid ({code}): check in the shop backend that the self-use app is still authorized, then click Test connection.",
    ),
    "permission": (
        QT_TRANSLATE_NOOP("messages", "没有调用 {method} 的权限（{code}）：请在抖店开放平台为该应用开通对应的接口权限包。"),
        "No permission to call {method} ({code}): enable the API permission for this app on the open platform.",
    ),
    "rate_limited": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台限流（{code}）：已重试 {tries} 次仍被限流，请稍后再同步。没有写入任何数据。"),
        "The platform is rate-limiting ({code}): still limited after {tries} tries; sync again later. Nothing was written.",
    ),
    "server": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台暂时不可用（{code}）：已重试 {tries} 次，请稍后再试。没有写入任何数据。"),
        "The platform is unavailable ({code}): tried {tries} times; try again later. Nothing was written.",
    ),
    "timeout": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台在 {seconds} 秒内没有响应（{method}，超时）。请检查网络后重试。没有写入任何数据。"),
        "The platform did not answer within {seconds} s ({method}, timeout). Check the network and try again. Nothing was written.",
    ),
    "network": (
        QT_TRANSLATE_NOOP("messages", "连接不到抖店开放平台（{method}）：{reason}。请检查网络和网关地址。"),
        "Cannot reach the platform ({method}): {reason}. Check the network and the gateway address.",
    ),
    "tls": (
        QT_TRANSLATE_NOOP("messages", "与抖店开放平台的安全连接校验失败（{method}，TLS 证书）：为安全起见没有继续。"),
        "The secure connection to the platform could not be verified ({method}, TLS certificate); stopped for safety.",
    ),
    "malformed": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台返回了无法识别的内容（{method}，不是有效的 JSON）。没有写入任何数据。"),
        "The platform answered with something unreadable ({method}, not valid JSON). Nothing was written.",
    ),
    "api": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台返回错误（{method}，{code}）：{detail}"),
        "The platform returned an error ({method}, {code}): {detail}",
    ),
    "shop_mismatch": (
        QT_TRANSLATE_NOOP("messages", "授权的店铺（{got}）与这里填写的店铺 ID（{want}）不一致，请检查店铺 ID。"),
        "The authorized shop ({got}) is not the shop ID entered here ({want}); check the shop ID.",
    ),
    "no_keychain": (
        QT_TRANSLATE_NOOP("messages", "这台电脑没有可用的系统钥匙串（{backend}），App Secret 无法安全保存。小店管家不会把密钥存成明文文件；请启用系统钥匙串（Windows 凭据管理器、macOS 钥匙串或 Linux 的 Secret Service）后再连接。"),
        "This computer has no usable system keychain ({backend}), so the App Secret cannot be stored safely. ShopDesk never keeps secrets in a plain file; enable the keychain (Windows Credential Manager, macOS Keychain or Linux Secret Service) and connect again.",
    ),
    "keychain_failed": (
        QT_TRANSLATE_NOOP("messages", "系统钥匙串出错，无法读取或保存密钥：{reason}"),
        "The system keychain failed; the secret could not be read or saved: {reason}",
    ),
    "no_secret": (
        QT_TRANSLATE_NOOP("messages", "钥匙串里没有这个店铺的 App Secret，请在「平台连接」里填写。"),
        "The keychain has no App Secret for this shop; enter it under Platform connection.",
    ),
    "cancelled": (
        QT_TRANSLATE_NOOP("messages", "已取消同步，没有写入任何数据。"),
        "Sync cancelled; nothing was written.",
    ),
    "too_large": (
        QT_TRANSLATE_NOOP("messages", "抖店开放平台返回的内容过大（{method}，超过 {limit} MB），已停止。"),
        "The platform's answer is too large ({method}, over {limit} MB); stopped.",
    ),
}


class PlatformError(ServiceError):
    """A platform failure. ``key`` picks the text; ``code`` is the platform's code (or HTTP/timeout)."""

    def __init__(self, key: str, *, code: str = "", sub_code: str = "", retryable: bool = False, **args) -> None:
        self.key = key
        self.code = code
        self.sub_code = sub_code
        self.retryable = retryable
        self.args_map = {"code": _code_text(code, sub_code), **{k: str(v) for k, v in args.items()}}
        zh, en = TEXTS[key]
        self.template = zh
        self.english = en.format_map(_Defaults(self.args_map))
        # Every placeholder gets a value ("" when the failure has none), so the Text fills in either language.
        params = {name: self.args_map.get(name, "") for name in _placeholders(zh)}
        super().__init__(Text(zh.format(**params), zh, params))


class PlatformCancelled(PlatformError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class KeychainUnavailable(PlatformError):
    pass


def _code_text(code: str, sub_code: str) -> str:
    return " ".join(x for x in (str(code), sub_code) if x)


def _placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return ""


def api_error(method: str, code: int | str, sub_code: str, msg: str, sub_msg: str) -> PlatformError:
    """Map an envelope that is not code 10000 onto a message (codes: the platform's error table)."""
    sub = (sub_code or "").strip()
    code_s = str(code)
    if "signature" in sub or "sign-invalid" in sub:
        return PlatformError("signature", code=code_s, sub_code=sub)
    if "timestamp" in sub:
        return PlatformError("timestamp", code=code_s, sub_code=sub)
    if sub.startswith("isv.access-token") or "token-expired" in sub or "token-invalid" in sub:
        return PlatformError("token", code=code_s, sub_code=sub)
    if code_s == "30001" or "permission" in sub or "access-denied" in sub:
        return PlatformError("permission", code=code_s, sub_code=sub, method=method)
    detail = (sub_msg or msg or "").strip()[:300] or "—"
    return PlatformError("api", code=code_s, sub_code=sub, method=method, detail=detail)
