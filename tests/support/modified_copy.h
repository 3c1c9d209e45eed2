#pragma once
// Tests: a real image of ../shared/testdata changed with DCMTK's dcmodify (elements a scanner
// would write that the shared files lack), and raw pixel data to put into it.
#include "dicom_tools.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <functional>

namespace strata::testing {

/// A copy in `dir` of a real 256 × 256 MR image (16 bits allocated, 12 stored), changed by
/// dcmodify: `changes` are its "-i" values, `fromFiles` its "-if" ones (a value read from a file).
/// Empty when that fails.
inline QString modifiedCopy(const QTemporaryDir &dir, const QString &name, const QStringList &changes, const QStringList &fromFiles = {})
{
    const QString file = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/bbmri-53323131.dcm"), file))
        return {};
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return dcmodify(file, changes, fromFiles) ? file : QString();
}

/// 256 × 256 pixels of 16 bits (little endian) written to `path`, each `value(row, column)`.
inline bool writeRawPixels(const QString &path, const std::function<std::uint16_t(int, int)> &value)
{
    QByteArray pixels(256 * 256 * 2, '\0');
    for (int r = 0; r < 256; ++r)
        for (int c = 0; c < 256; ++c) {
            const std::uint16_t v = value(r, c);
            pixels[(r * 256 + c) * 2] = char(v & 0xff);
            pixels[(r * 256 + c) * 2 + 1] = char(v >> 8);
        }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(pixels) == pixels.size();
}

/// A radiograph-like image in `dir`: an exposed field of 100 to 227 (rising left to right) in
/// rows and columns 41 to 216, a bright unexposed border of 4000 around it, a rectangular display
/// shutter (black) on the field, and no window of its own. Empty when it cannot be made.
inline QString collimatedRadiograph(const QTemporaryDir &dir)
{
    const QString raw = dir.filePath(QStringLiteral("collimated.raw"));
    if (!writeRawPixels(raw, [](int r, int c) {
            const bool field = r >= 40 && r < 216 && c >= 40 && c < 216;
            return field ? std::uint16_t(100 + (c - 40) * 127 / 175) : std::uint16_t(4000);
        }))
        return {};
    const QString file = modifiedCopy(dir, QStringLiteral("collimated.dcm"),
                                      {QStringLiteral("(0018,1600)=RECTANGULAR"), QStringLiteral("(0018,1602)=41"), QStringLiteral("(0018,1604)=216"),
                                       QStringLiteral("(0018,1606)=41"), QStringLiteral("(0018,1608)=216")},
                                      {QStringLiteral("(7fe0,0010)=") + raw});
    if (file.isEmpty()
        || QProcess::execute(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-e"), QStringLiteral("(0028,1050)"), QStringLiteral("-e"),
                                                          QStringLiteral("(0028,1051)"), file})
               != 0)
        return {};
    return file;
}

} // namespace strata::testing
