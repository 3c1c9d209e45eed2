// Fuzzes zip extraction for import: any bytes as a zip file, extracted with small limits into a
// fresh private folder. Whatever the archive says, nothing may be written outside that folder and
// nothing but regular files inside it; the limits hold on the bytes actually written.
#include "FuzzSupport.h"

#include "ZipExtract.h"

#include <QDirIterator>

#include <cstdio>

namespace {
constexpr qint64 kMaxTotal = 8 << 20;

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "zip extraction broke its promise: %s\n", what);
        abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString zip = strata::fuzz::writeInput(data, size, QStringLiteral("input.zip"));
    const QString parent = strata::fuzz::workDir() + QStringLiteral("/out");
    QDir(parent).removeRecursively();
    const QString target = parent + QStringLiteral("/target");
    QDir().mkpath(target);

    strata::store::ZipLimits limits;
    limits.maxEntries = 64;
    limits.maxTotalBytes = kMaxTotal;
    auto result = strata::store::extractZip(zip, target, limits);

    // Nothing beside the target folder, nothing but folders and regular files in it.
    const QStringList besides = QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    check(besides == QStringList{QStringLiteral("target")}, "something was written beside the target folder");
    qint64 written = 0;
    QDirIterator it(target, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        check(!info.isSymLink(), "a link was created");
        check(info.isDir() || info.isFile(), "something other than a file or folder was created");
        if (info.isFile())
            written += info.size();
    }
    check(written <= kMaxTotal, "more bytes were written than the limit allows");
    if (result.ok())
        for (const QString &f : result.value().files)
            check(QFileInfo(f).absoluteFilePath().startsWith(target + QLatin1Char('/')), "a listed file is outside the target");
    return 0;
}
