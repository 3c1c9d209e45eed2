#pragma once
/// The user interface's language: the system locale's by default, or the one chosen in Settings
/// (QSettings "ui/language"), loaded from the translations compiled into the program.
#include <QList>
#include <QString>

namespace strata::ui {

struct Language {
    QString code;   ///< "en", "de", "fr"
    QString name;   ///< in the language itself: "English", "Deutsch", "Français"
};

/// The languages Strata ships, English first.
QList<Language> shippedLanguages();

/// The language chosen in Settings; empty when it follows the system locale.
QString chosenLanguage();
void setChosenLanguage(const QString &code);

/// The first of the system locale's languages that Strata ships, else English.
QString systemLanguage();
/// The language the interface would be in: the chosen one, else systemLanguage().
QString effectiveLanguage();

/// Loads the translation of effectiveLanguage() from `folder` (the program's compiled-in
/// translations by default) and installs it on the application, replacing one installed before by
/// this function. Returns the language code now in effect. Call before creating windows: widgets
/// made earlier keep their texts.
QString installLanguage(const QString &folder = QStringLiteral(":/i18n"));

} // namespace strata::ui
