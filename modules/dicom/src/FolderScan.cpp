#include <strata/dicom/FolderScan.h>

#include <strata/dicom/HeaderReader.h>

#include <strata/core/WorkPool.h>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace strata::dicom {

QStringList listFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;  // missing files are kept so that the scan reports them
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

FolderScanResult scanFiles(const QStringList &files, const CancellationToken &cancel)
{
    struct Outcome {
        std::optional<DicomHeader> header;
        std::optional<Error> error;
    };
    const std::function<Outcome(const QString &)> read = [cancel](const QString &file) -> Outcome {
        if (cancel.isCancelled())
            return {};
        auto r = readHeader(file);
        if (r.ok())
            return {std::move(r).value(), std::nullopt};
        return {std::nullopt, r.error()};
    };
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped(workPool(), files, read);
    FolderScanResult result;
    for (const Outcome &o : outcomes) {
        if (o.header) {
            if (o.header->sopClassUid == QLatin1String("1.2.840.10008.1.3.10"))
                continue;  // DICOMDIR: a directory of the media, not an object to show
            result.headers.push_back(*o.header);
        } else if (o.error) {
            result.failures.push_back(*o.error);
        }
    }
    std::sort(result.headers.begin(), result.headers.end(),
              [](const DicomHeader &a, const DicomHeader &b) { return a.path < b.path; });
    std::sort(result.failures.begin(), result.failures.end(),
              [](const Error &a, const Error &b) { return a.subject < b.subject; });
    return result;
}

} // namespace strata::dicom
