#pragma once
// Splitter positions the user chose, kept in the settings under a key of their own and put back
// the next time the splitter is built.
#include <QSettings>
#include <QSplitter>

namespace strata::ui {

/// Restores `splitter`'s sizes from the settings key `key` (when saved) and saves them there each
/// time the user moves it.
inline void rememberSplitter(QSplitter *splitter, const QString &key)
{
    splitter->setObjectName(key);
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
}

} // namespace strata::ui
