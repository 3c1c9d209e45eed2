#pragma once
// Tests: copies of real files with new study, series and instance UIDs (DCMTK's dcmodify), for
// tests that store into the shared test archive and must recognise their own instances.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

namespace strata::testing {

/// Copies `files` into `dir` (numbered, so equal names do not collide) and gives each copy new
/// UIDs. Empty on failure.
inline QStringList freshCopies(const QStringList &files, const QString &dir)
{
    QStringList copies;
    int n = 0;
    for (const QString &f : files) {
        const QString to = QDir(dir).filePath(QStringLiteral("%1-%2").arg(n++).arg(QFileInfo(f).fileName()));
        if (!QFile::copy(f, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        copies << to;
    }
    QProcess dcmodify;
    dcmodify.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb"), QStringLiteral("-gin"), QStringLiteral("-gst"), QStringLiteral("-gse")} + copies);
    if (!dcmodify.waitForFinished(60000) || dcmodify.exitCode() != 0)
        return {};
    return copies;
}

} // namespace strata::testing
