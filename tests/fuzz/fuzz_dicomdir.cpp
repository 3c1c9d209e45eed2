// Fuzzes the DICOMDIR reader: any bytes as a DICOMDIR in a folder of its own. The references it
// returns must stay inside that folder; it must never crash or open anything outside it.
#include "FuzzSupport.h"

#include <strata/dicom/Dicomdir.h>

#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    QDir(strata::fuzz::workDir()).mkpath(QStringLiteral("media"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("media/DICOMDIR"));
    const QString root = QFileInfo(path).absolutePath() + QLatin1Char('/');
    QStringList missing;
    auto files = strata::dicom::dicomdirFiles(path, &missing);
    if (files.ok()) {
        for (const QString &f : files.value() + missing) {
            if (!QFileInfo(f).absoluteFilePath().startsWith(root)) {
                std::fprintf(stderr, "a DICOMDIR reference left the media folder: %s\n", qPrintable(f));
                abort();
            }
        }
    }
    return 0;
}
