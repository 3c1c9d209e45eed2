#pragma once
// Tests: copies of real files with new study, series and instance UIDs and a patient ID of their
// own (DCMTK's dcmodify), for tests that store into the shared test archive and must recognise
// their own instances, while the fixture's patients keep exactly the fixture's studies.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>

namespace strata::testing {

/// A patient ID no other test run uses ("<prefix>-<pid>-<random>"), at most 64 characters.
inline QString uniquePatientId(const QString &prefix = QStringLiteral("COPY"))
{
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

/// Copies `files` into `dir` (numbered, so equal names do not collide) and gives each copy new
/// UIDs and `patientId` (a fresh uniquePatientId() when empty; one for all copies of the call),
/// plus the attribute assignments in `modify` (dcmodify -m syntax, e.g. "PatientName=X^Y").
/// Empty on failure.
inline QStringList freshCopies(const QStringList &files, const QString &dir, QString patientId = {},
                               const QStringList &modify = {})
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
    if (patientId.isEmpty())
        patientId = uniquePatientId();
    QStringList args{QStringLiteral("-nb"), QStringLiteral("-gin"), QStringLiteral("-gst"), QStringLiteral("-gse"),
                     QStringLiteral("-m"), QStringLiteral("PatientID=") + patientId};
    for (const QString &m : modify)
        args << QStringLiteral("-m") << m;
    QProcess dcmodify;
    dcmodify.start(QStringLiteral("dcmodify"), args + copies);
    if (!dcmodify.waitForFinished(60000) || dcmodify.exitCode() != 0)
        return {};
    return copies;
}

} // namespace strata::testing
