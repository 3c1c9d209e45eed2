#pragma once
// Tests: DCMTK's and dicom3tools' command-line programs as peers — dcmodify to change a real
// file the way a scanner or a reading station would have written it, dciodvfy to judge what
// Strata writes.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace strata::testing {

/// dcmodify on `file` (no backup): `changes` are its "-i" values (insert or overwrite), `fromFiles`
/// its "-if" ones (a value read from a file). Whether it succeeded.
inline bool dcmodify(const QString &file, const QStringList &changes, const QStringList &fromFiles = {})
{
    QStringList args{QStringLiteral("-nb")};
    for (const QString &c : changes)
        args << QStringLiteral("-i") << c;
    for (const QString &f : fromFiles)
        args << QStringLiteral("-if") << f;
    return QProcess::execute(QStringLiteral("dcmodify"), args << file) == 0;
}

/// dicom3tools' dciodvfy verdict on `file` (its output; "Error" lines are the failures).
inline QString dciodvfy(const QString &file)
{
    QProcess check;
    check.start(QStringLiteral("dciodvfy"), {file});
    if (!check.waitForFinished(120000))
        return QStringLiteral("Error: dciodvfy did not finish");
    return QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
}

} // namespace strata::testing
