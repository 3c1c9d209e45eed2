#pragma once
/// Translation for code outside a QObject: a source file's own tr() helper.
///
/// lupdate files a tr() call under the scope it sits in — the enclosing namespace for a free
/// function, the class for a member function — whatever context the helper passes at run time; a
/// helper that names another context is never translated. A file whose calls sit in several
/// scopes lists each (translations_complete checks that the list covers what lupdate found).
#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace strata {

/// The translation of `text` in the first of `contexts` that has one; the source text when none does.
inline QString translated(std::initializer_list<const char *> contexts, const char *text)
{
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts)
        if (QString t = QCoreApplication::translate(context, text); t != source)
            return t;
    return source;
}

} // namespace strata
