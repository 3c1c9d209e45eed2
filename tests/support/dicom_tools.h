#pragma once
// Tests: DCMTK's and dicom3tools' command-line programs as peers — dcmodify to change a real
// file the way a scanner or a reading station would have written it, dciodvfy to judge what
// Strata writes, dcmdump to read a value as DCMTK does.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace strata::testing {

/// dcmodify on `file` (no backup): `changes` are its "-i" values (insert or overwrite), `fromFiles`
/// its "-if" ones (a value read from a file), `erased` its "-e" tags. Whether it succeeded.
inline bool dcmodify(const QString &file, const QStringList &changes, const QStringList &fromFiles = {}, const QStringList &erased = {})
{
    QStringList args{QStringLiteral("-nb")};
    for (const QString &c : changes)
        args << QStringLiteral("-i") << c;
    for (const QString &f : fromFiles)
        args << QStringLiteral("-if") << f;
    for (const QString &e : erased)
        args << QStringLiteral("-e") << e;
    return QProcess::execute(QStringLiteral("dcmodify"), args << file) == 0;
}

/// A writable copy of `source` at `target`, then dcmodify on it (`changes` its "-i" values, `erased`
/// its "-e" tags; none: the copy alone). Whether both succeeded.
inline bool modifiedCopyOf(const QString &source, const QString &target, const QStringList &changes, const QStringList &erased = {})
{
    if (!QFile::copy(source, target))
        return false;
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return (changes.isEmpty() && erased.isEmpty()) || dcmodify(target, changes, {}, erased);
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

/// One attribute's value as DCMTK's dcmdump reads it from `file` ("0008,0018"; the first one found,
/// nested ones included): empty when absent.
inline QString tagValue(const QString &file, const QString &tag)
{
    QProcess dump;
    dump.start(QStringLiteral("dcmdump"), {QStringLiteral("-q"), QStringLiteral("+P"), tag, file});
    if (!dump.waitForFinished(60000))
        return {};
    const QString line = QString::fromLatin1(dump.readAllStandardOutput()).section(u'\n', 0, 0);
    if (line.contains(u'['))   // a string, in brackets
        return line.section(u'[', 1).section(u']', 0, 0);
    // A number: "(gggg,eeee) VR value  # length, multiplicity name".
    return line.section(u'#', 0, 0).simplified().section(u' ', 2);
}

} // namespace strata::testing
