#pragma once
// Shared by the libFuzzer harnesses: the readers under test take paths, so each input is written
// to one private temporary file per process (rewritten for every input), and Qt's and GDCM's
// messages are silenced so that the fuzzer's own output stays readable.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace strata::fuzz {

/// A private folder for this process's inputs, removed at exit.
inline const QString &workDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/strata-fuzz-XXXXXX"));
    static const QString path = dir.path();
    return path;
}

/// Writes the input to `name` inside workDir() and returns its path.
inline QString writeInput(const std::uint8_t *data, std::size_t size, const QString &name)
{
    const QString path = workDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

/// Once per process: no Qt messages on stderr (QtMsgType is kept for fatal messages only).
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (type == QtFatalMsg) {
            QByteArray text = msg.toLocal8Bit();
            fprintf(stderr, "%s\n", text.constData());
            abort();
        }
    });
}

} // namespace strata::fuzz
