#include "Staging.h"

#include <strata/store/LocalCache.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace strata::net::detail {

namespace {
// A batch starts once this many files wait, or after a quiet moment; it takes at most kMaxBatch.
// Small first batches keep the import close behind the transfer, so that little is left to import
// when the last instance arrives.
constexpr size_t kStartBatch = 32;
constexpr size_t kMaxBatch = 400;
constexpr auto kQuiet = std::chrono::milliseconds(50);

/// Asks the kernel to start writing a received file to disk now, without waiting for it: the
/// import's durability barrier (syncfs before indexing) then finds little left to write, and the
/// disk works while the transfer goes on.
void startWriteback(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return;  // the import reports an unreadable file
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    ::close(fd);
}
} // namespace

QString diskFullIn(const QString &dir)
{
    // A write that failed for want of space leaves less than a block or two free; 1 MiB of slack
    // covers a file system's reserve and a writer that stopped at a chunk's edge.
    constexpr unsigned long long kNearlyFull = 1 << 20;
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return {};
    const unsigned long long available = static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize;
    if (available >= kNearlyFull)
        return {};
    return QCoreApplication::translate("strata::net", "the disk is full (%1 KB left on the file system of %2)")
        .arg(available >> 10).arg(QDir::toNativeSeparators(dir));
}

void reportImportFailure(RetrieveReport &report)
{
    if (!report.import.fatal)
        return;
    report.problems.insert(report.problems.begin(),
                           {QString(), QCoreApplication::translate("strata::net", "the cache stopped taking what arrived after %1 instance(s): %2")
                                           .arg(report.import.imported + report.import.duplicates).arg(report.import.fatal->message())});
}

Result<std::unique_ptr<StagingArea>> StagingArea::create(const QString &dataDir, const QString &purpose, bool listInstances)
{
    std::unique_ptr<StagingArea> area(new StagingArea);
    area->m_listInstances = listInstances;
    // Open the cache here once so that an unusable cache is reported before anything is received.
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    area->m_service = service.value();
    area->m_source = purpose == QLatin1String("get")    ? store::IngestSource::CGet
                     : purpose == QLatin1String("move") ? store::IngestSource::CMove
                     : purpose == QLatin1String("wado") ? store::IngestSource::WadoRs
                                                        : store::IngestSource::StorageScp;
    auto dir = area->m_service->createStagingDir(purpose);
    if (!dir.ok())
        return dir.error();
    area->m_dir = dir.value();
    area->m_thread = std::thread([a = area.get()] { a->run(); });
    return area;
}

StagingArea::~StagingArea()
{
    finish();
}

QString StagingArea::pathFor(const QString &sopInstanceUid)
{
    std::lock_guard lock(m_mutex);
    QString safe = sopInstanceUid.left(64);   // a UID as the peer sent it: only [0-9A-Za-z.] kept
    for (QChar &c : safe)
        if (!(c.isDigit() && c.unicode() < 128) && !(c.unicode() < 128 && c.isLetter()) && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return QDir(m_dir).filePath(QStringLiteral("%1-%2.dcm").arg(++m_counter).arg(safe));
}

void StagingArea::add(const QString &file, qint64 bytes, const QByteArray &sha256)
{
    startWriteback(file);
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({file, bytes, sha256});
        m_queuedBytes += bytes;
    }
    m_wake.notify_one();
}

std::size_t StagingArea::backlog() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size() + m_inFlight;
}

qint64 StagingArea::backlogBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_queuedBytes + m_inFlightBytes;
}

bool StagingArea::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_total.fatal.has_value();
}

void StagingArea::run()
{
    auto cache = m_service->studies();
    for (;;) {
        std::vector<QString> batch;
        QHash<QString, QByteArray> known;
        {
            std::unique_lock lock(m_mutex);
            // Wait for a full batch, a quiet moment, or the end.
            m_wake.wait_for(lock, kQuiet, [&] { return m_stop || m_queue.size() >= kStartBatch; });
            if (m_queue.empty()) {
                if (m_stop)
                    break;
                continue;
            }
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                Queued &next = m_queue.front();
                batch.push_back(next.file);
                if (!next.sha256.isEmpty())
                    known.insert(next.file, next.sha256);
                m_inFlightBytes += next.bytes;
                m_queuedBytes -= next.bytes;
                m_queue.pop_front();
            }
            m_inFlight = batch.size();
            m_busy = true;
        }
        store::ImportSummary summary;
        if (cache.ok()) {
            store::ImportOptions options;
            options.moveSources = true;   // staged files are ours: renamed into the store, not copied
            options.listInstances = m_listInstances;
            options.knownSha256 = std::move(known);
            summary = store::ingest(*cache.value(), m_source, QStringList(batch.begin(), batch.end()), options);
        } else {
            summary.filesSeen = int(batch.size());
            summary.fatal = cache.error();
        }
        for (const QString &f : batch)
            QFile::remove(f);
        {
            std::lock_guard lock(m_mutex);
            store::mergeSummary(m_total, summary);
            m_inFlight = 0;
            m_inFlightBytes = 0;
            m_busy = false;
        }
        if (m_onBatch)
            m_onBatch(summary);
        m_idle.notify_all();
    }
    m_idle.notify_all();
}

void StagingArea::flush()
{
    std::unique_lock lock(m_mutex);
    m_wake.notify_one();
    m_idle.wait(lock, [&] { return (m_queue.empty() && !m_busy) || m_finished; });
}

store::ImportSummary StagingArea::finish()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_finished)
            return m_total;
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    QDir(m_dir).removeRecursively();
    std::lock_guard lock(m_mutex);
    m_finished = true;
    return m_total;
}

store::ImportSummary StagingArea::discard()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_queuedBytes = 0;
    }
    return finish();
}

} // namespace strata::net::detail
