#include <strata/ui/Language.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace strata::ui {
namespace {
const QString kSetting = QStringLiteral("ui/language");
std::unique_ptr<QTranslator> g_installed;   // GUI thread only
} // namespace

QList<Language> shippedLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString chosenLanguage() { return QSettings().value(kSetting).toString(); }

void setChosenLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kSetting);
    else
        QSettings().setValue(kSetting, code);
}

namespace {
bool isShipped(const QString &code)
{
    const QList<Language> shipped = shippedLanguages();
    return std::any_of(shipped.begin(), shipped.end(), [&](const Language &l) { return l.code == code; });
}
} // namespace

QString systemLanguage()
{
    // The system's preferred languages in order ("de-CH" counts as German).
    for (const QString &wanted : QLocale().uiLanguages()) {
        const QString code = wanted.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isShipped(code))
            return code;
    }
    return QStringLiteral("en");
}

QString effectiveLanguage()
{
    const QString chosen = chosenLanguage();
    return isShipped(chosen) ? chosen : systemLanguage();
}

QString installLanguage(const QString &folder)
{
    const QString code = effectiveLanguage();
    if (g_installed) {
        QCoreApplication::removeTranslator(g_installed.get());
        g_installed.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    // English has a translation too: it holds the plural forms ("1 study", "2 studies").
    if (translator->load(QStringLiteral("strata_") + code, folder) && QCoreApplication::installTranslator(translator.get()))
        g_installed = std::move(translator);
    return code;
}

} // namespace strata::ui
