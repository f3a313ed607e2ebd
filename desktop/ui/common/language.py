"""Which language the UI speaks, and loading its translators.

The setting (跟随系统 / 简体中文 / English) lives in QSettings and takes effect
at the next start: every window builds its text once, in one language.
Dates and amounts follow the same language through QLocale.setDefault().
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.common import settings

SYSTEM, CHINESE, ENGLISH = "system", "zh_CN", "en"
CHOICES = (SYSTEM, CHINESE, ENGLISH)

_installed: list[QTranslator] = []


class OurTranslator(QTranslator):
    """Our .qm, looked up by context and then without one.

    Module-level helpers (``def tr(text): return translate("pages", text)``)
    are filed by lupdate under the empty context, constants translated
    from a variable (state names, labels) under "shared" and message templates
    (desktop.domain.messages.text) under "messages"; at run time they ask with
    their own context name, so a miss retries with those three."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's virtual
        found = super().translate(context, source, disambiguation, n)
        for fallback in ("", "shared", "messages"):
            if found:
                break
            if context != fallback:
                found = super().translate(fallback, source, disambiguation, n)
        # None reaches Qt as a null string ("not mine": the next translator, or the
        # source, is used); "" would be an empty translation and blank the text.
        return found or None


def tr(text: str) -> str:
    return QCoreApplication.translate("language", text)


def choice_labels() -> list[tuple[str, str]]:
    # Each language is named in its own words so a user who cannot read the
    # current one still finds theirs.
    return [(SYSTEM, tr("跟随系统")), (CHINESE, "简体中文"), (ENGLISH, "English")]


LANGUAGE_ENV = "SHOPDESK_LANGUAGE"  # zh_CN / en: the default when nothing is saved (tests, support)


def saved_choice() -> str:
    import os

    default = os.environ.get(LANGUAGE_ENV, SYSTEM)
    value = settings.get_str(settings.LANGUAGE_KEY, default if default in CHOICES else SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_choice(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(choice)
    settings.set_value(settings.LANGUAGE_KEY, choice)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The UI language for a setting: Chinese for a Chinese system, English for any other."""
    if choice in (CHINESE, ENGLISH):
        return choice
    system = system or QLocale.system()
    return CHINESE if system.language() == QLocale.Language.Chinese else ENGLISH


def locale_for(language: str) -> QLocale:
    if language == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def current_language() -> str:
    return ENGLISH if QLocale().language() == QLocale.Language.English else CHINESE


def install(app, choice: str | None = None) -> str:
    """Load our translation and Qt's own for ``choice`` (default: the saved
    setting); returns the language in use. Replaces translators installed before."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = resolve(choice or saved_choice())
    if language == ENGLISH:
        qm = _compiled_translation()
        ours = OurTranslator(app)
        if qm is None or not ours.load(str(qm)):
            language = CHINESE  # no English file: the source text is complete
        else:
            app.installTranslator(ours)
            _installed.append(ours)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def _compiled_translation():
    """The English .qm; the i18n tooling (lrelease, XML) loads only when it must compile one."""
    from desktop import paths

    folder = paths.resource_path("translations")
    qm, ts = folder / "shopdesk_en.qm", folder / "shopdesk_en.ts"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    from desktop import i18n

    return i18n.ensure_compiled()
