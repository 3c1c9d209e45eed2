// WADO-RS retrieve: the multipart/related answer is parsed as it arrives, each part written to a
// staging file, and complete parts imported in batches by the staging area's importer while the
// transfer goes on.
#include <strata/net/dicomweb/DicomWeb.h>
#include <strata/core/Sha256.h>

#include "DicomWebHttp.h"
#include "MultipartReader.h"
#include "Staging.h"

#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <QCoreApplication>

#include <atomic>
#include <optional>

#include <memory>
#include <vector>

namespace strata::net {
namespace {

constexpr const char *kAcceptDicom = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
// The transfer waits for the importer when this much is received and not imported yet.
constexpr std::size_t kBacklogFiles = 400;
constexpr qint64 kBacklogBytes = qint64(256) << 20;
constexpr qint64 kReadBuffer = qint64(16) << 20; // what QtNetwork may hold for us (it keeps reading while we wait)
constexpr qsizetype kChunk = 256 * 1024;

/// Writes each part to its own file in the staging folder, hashing it as it passes (the import
/// then does not read it back to hash it); a part counts only once complete.
class StagingSink final : public web::MultipartReader::Sink {
public:
    StagingSink(QString dir, int *counter) : m_dir(std::move(dir)), m_counter(counter) {}
    ~StagingSink() override { discardOpenPart(); }

    bool beginPart(const web::MultipartReader::Headers &) override
    {
        m_file.setFileName(QDir(m_dir).filePath(QStringLiteral("part-%1.dcm").arg(++*m_counter, 6, 10, QLatin1Char('0'))));
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_hash = std::make_unique<Sha256>();
        return true;
    }
    bool partData(const char *data, qsizetype size) override
    {
        if (m_file.write(data, size) != size)
            return writeFailed();
        m_hash->add(data, size);
        return true;
    }
    bool endPart() override
    {
        const qint64 size = m_file.size();
        if (!m_file.flush())
            return writeFailed();
        m_file.close();
        // No hash where OpenSSL has no SHA-256: the import then reads the file (and says why not).
        m_complete.push_back({m_file.fileName(), size, m_hash->ok() ? m_hash->hex() : QByteArray()});
        ++m_wholeParts;
        return true;
    }
    /// Why the part could not be written, with its file. QFile says "Unknown error" when its
    /// buffer could not be flushed to a full disk: the volume is asked (before the part goes).
    bool writeFailed()
    {
        const QString full = detail::diskFullIn(m_dir);
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), full.isEmpty() ? m_file.errorString() : full);
        return false;
    }
    /// A part that never completed is deleted, never imported.
    void discardOpenPart()
    {
        if (m_file.isOpen()) {
            m_file.close();
            m_file.remove();
        }
    }
    struct Part {
        QString file;
        qint64 size = 0;
        QByteArray sha256;  ///< of exactly the bytes written
    };
    /// The parts completed since the last call.
    std::vector<Part> takeComplete() { return std::exchange(m_complete, {}); }
    int wholeParts() const { return m_wholeParts; }
    QString error() const { return m_error; }

private:
    QString m_dir;
    int *m_counter;
    QFile m_file;
    std::unique_ptr<Sha256> m_hash;
    std::vector<Part> m_complete;
    int m_wholeParts = 0;
    QString m_error;
};

} // namespace

Result<RetrieveReport> wadoRetrieve(const Node &node, const RetrieveRequest &request, const QString &dataDir,
                                    const Timeouts &timeouts, const CancellationToken &cancel,
                                    const std::function<void(const RetrieveProgress &)> &progress,
                                    std::vector<RemoteInstance> *listed, int *studyCount)
{
    QElapsedTimer clock;
    clock.start();
    web::Session session(node, timeouts, cancel);
    if (auto error = session.prepare())
        return *error;
    if (request.studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(), QCoreApplication::translate("strata::net", "no Study Instance UID to retrieve"));
    if (!request.sopInstanceUids.isEmpty() && request.seriesInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(),
                     QCoreApplication::translate("strata::net", "single instances can only be retrieved with their Series Instance UID"));

    auto opened = store::LocalCache::open(dataDir);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<store::LocalCache> cache = std::move(opened).value();

    RetrieveReport report;
    report.method = RetrieveMethod::WadoRs;

    // What the node holds for the request: a QIDO-RS instance search, when the node answers one.
    // Archives can take a while over it (Orthanc 1.10: ~3 ms per instance), so it runs on a
    // thread of its own, with its own session, while the instances stream in.
    // A caller that checks a whole study by the node's count (studyCount) gets the study-level
    // count instead, and the listing only where the node gives none.
    QStringList expected = request.sopInstanceUids;
    expected.removeDuplicates();
    std::atomic<int> expectedCount{int(expected.size())};
    std::optional<Result<std::vector<RemoteInstance>>> searched;
    const bool count = studyCount && request.seriesInstanceUid.isEmpty() && request.sopInstanceUids.isEmpty();
    std::atomic<int> counted{-1};
    CancellationToken stopSearch;
    std::unique_ptr<QThread> search;
    if (expected.isEmpty()) {
        search.reset(QThread::create([&, node, timeouts] {
            web::Session own(node, timeouts, stopSearch);
            if (own.prepare())
                return;
            if (count) {
                auto n = web::qidoStudyInstanceCountIn(own, request.studyInstanceUid);
                if (n.ok() && n.value() > 0) {
                    counted = n.value();
                    expectedCount = n.value();
                    return;
                }
            }
            searched.emplace(web::qidoInstancesIn(own, request.studyInstanceUid, request.seriesInstanceUid, 1000));
            if (searched->ok())
                expectedCount = int(searched->value().size());
        }));
        search->start();
    }
    struct StopSearch {  // on every way out: an early return does not wait for the search
        QThread *thread;
        CancellationToken token;
        ~StopSearch()
        {
            if (thread) {
                token.cancel();
                thread->wait();
            }
        }
    } stopOnExit{search.get(), stopSearch};

    // <dataDir>/incoming/wado-p<pid>-<uuid>/ holds parts on their way in; it goes whatever happens
    // (and after a crash, at the store's next start). Its importer takes complete parts in batches
    // while the transfer goes on.
    auto area = detail::StagingArea::create(dataDir, QStringLiteral("wado"), true);
    if (!area.ok())
        return Error(ErrorCode::IoError, area.error().subject, QCoreApplication::translate("strata::net", "the staging folder cannot be created"));
    detail::StagingArea &staging = *area.value();

    QList<QUrl> urls;
    if (!request.sopInstanceUids.isEmpty()) {
        for (const QString &sop : request.sopInstanceUids)
            urls << session.url(QStringLiteral("studies/%1/series/%2/instances/%3").arg(request.studyInstanceUid, request.seriesInstanceUid, sop));
    } else if (!request.seriesInstanceUid.isEmpty()) {
        urls << session.url(QStringLiteral("studies/%1/series/%2").arg(request.studyInstanceUid, request.seriesInstanceUid));
    } else {
        urls << session.url(QStringLiteral("studies/%1").arg(request.studyInstanceUid));
    }

    int partCounter = 0;
    int received = 0;
    qint64 bytes = 0;
    auto report_progress = [&] {
        if (progress)
            progress(RetrieveProgress{received, expectedCount.load(), bytes});
    };
    std::vector<char> chunk(kChunk);

    for (qsizetype u = 0; u < urls.size(); ++u) {
        const QUrl &url = urls[u];
        StagingSink sink(staging.dir(), &partCounter);
        std::optional<web::MultipartReader> reader;
        QString bodyProblem;
        std::unique_ptr<QNetworkReply> reply(session.nam().get(session.request(url, kAcceptDicom)));
        reply->setReadBufferSize(kReadBuffer);
        const int receivedBefore = received;
        auto handOver = [&] {
            for (const StagingSink::Part &part : sink.takeComplete())
                staging.add(part.file, part.size, part.sha256);
        };

        auto drain = [&] {
            if (!bodyProblem.isEmpty())
                return;
            const int status = web::Session::httpStatus(reply.get());
            if (status < 200 || status >= 300)
                return;  // an error page: failure() reads it
            if (!reader) {
                const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                if (web::mediaType(type) != "multipart/related") {
                    bodyProblem = QCoreApplication::translate("strata::net", "the node answered \"%1\" instead of multipart/related").arg(QString::fromLatin1(type));
                    session.pause();
                    return;
                }
                reader.emplace(web::multipartBoundary(type), sink);
                if (!reader->error().isEmpty()) {
                    bodyProblem = reader->error();
                    session.pause();
                    return;
                }
            }
            for (qint64 n; (n = reply->read(chunk.data(), qint64(chunk.size()))) > 0;) {
                bytes += n;
                if (!reader->feed(chunk.data(), n)) {
                    bodyProblem = sink.error().isEmpty() ? reader->error() : sink.error();
                    session.pause();
                    return;
                }
            }
            received = receivedBefore + sink.wholeParts();
            handOver();
            report_progress();
            if (staging.backlog() >= kBacklogFiles || staging.backlogBytes() >= kBacklogBytes || staging.failed())
                session.pause();
        };
        QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), drain);

        // The importer fell behind: the transfer waits until it has caught up.
        auto catchUp = [&] {
            handOver();
            staging.flush();
            report_progress();
        };

        web::Session::Wait how;
        for (;;) {
            how = session.wait(reply.get());
            if (how == web::Session::Wait::Finished)
                drain();  // whatever arrived with the end
            if (cancel.isCancelled()) {  // also when it came from the progress callback just now
                how = web::Session::Wait::Cancelled;
                break;
            }
            if (how == web::Session::Wait::Paused)
                catchUp();
            else if (how == web::Session::Wait::Finished)
                handOver();
            if (how != web::Session::Wait::Paused || !bodyProblem.isEmpty() || staging.failed())
                break;
        }
        if (cancel.isCancelled())  // the import itself may have seen it
            how = web::Session::Wait::Cancelled;
        if (how == web::Session::Wait::Paused || how == web::Session::Wait::Cancelled)
            reply->abort();  // stopped on purpose: a bad body, a fatal import, cancellation
        if (how == web::Session::Wait::Cancelled || how == web::Session::Wait::TimedOut) {
            sink.discardOpenPart();
            staging.discard();  // what is not imported yet stays out
            return session.failure(reply.get(), how);
        }
        // Whether the import failed, once: the importer thread may fail later, and this pass
        // must read one answer (a later failure stops the next URL or shows in finish()).
        const bool importFailed = staging.failed();
        if (!reader && bodyProblem.isEmpty() && !importFailed) {
            if (!web::Session::succeeded(reply.get())) {
                const Error error = session.failure(reply.get(), how);
                // Nothing came from this URL. For the only URL that is the answer; for one instance
                // among several it is that instance's problem, unless the node itself failed
                // (connection, TLS, credentials) before anything arrived.
                const int status = web::Session::httpStatus(reply.get());
                const bool nodeProblem = status == 0 || status == 401 || status == 403;
                if (urls.size() == 1 || (nodeProblem && received == 0))
                    return error;
                report.problems.push_back({url.path().section(QLatin1Char('/'), -1), error.message()});
            }
            continue;  // an empty answer (204): nothing to import
        }
        // A failed import stopped the transfer on purpose: its cause is the import's (below), not
        // the cut-off answer; a part that could not be written is still said (a full disk).
        QString broken = bodyProblem;
        if (broken.isEmpty() && !importFailed && reply->error() != QNetworkReply::NoError)
            broken = session.failure(reply.get(), web::Session::Wait::Finished).reason;
        if (broken.isEmpty() && !importFailed && !reader->atEnd())
            broken = QCoreApplication::translate("strata::net", "the multipart answer ended without its closing delimiter (truncated)");
        sink.discardOpenPart();
        if (!broken.isEmpty())
            report.problems.push_back({QString(), QCoreApplication::translate("strata::net", "%1: the transfer broke off after %2 complete instance(s): %3")
                                                      .arg(web::urlLabel(url)).arg(sink.wholeParts()).arg(broken)});
        handOver();
        if (importFailed)
            break;
    }
    report.import = staging.finish();
    detail::reportImportFailure(report);

    report.completed = received;
    for (const Error &e : report.import.broken)
        report.problems.push_back({QString(), QCoreApplication::translate("strata::net", "an instance the node sent could not be read: %1").arg(e.reason)});
    for (qsizetype i = 0; i < report.import.notDicom.size(); ++i)
        report.problems.push_back({QString(), QCoreApplication::translate("strata::net", "a part the node sent is not DICOM")});
    report.failed = int(report.import.broken.size() + report.import.notDicom.size());
    report.warnings = report.import.conflicts;

    if (search) {
        while (!search->wait(50))  // bounded by the timeouts, like every request
            if (cancel.isCancelled())
                stopSearch.cancel();   // everything arrived already: report without the expectation
        if (searched && searched->ok()) {
            for (const RemoteInstance &i : searched->value())
                expected << i.sopInstanceUid;
            if (listed)
                *listed = searched->value();
        }
        expected.removeDuplicates();
    }
    if (studyCount)
        *studyCount = counted;
    report.expected = counted >= 0 ? counted.load() : int(expected.size());
    if (counted < 0 && !expected.isEmpty()) {
        report.checkedBy = RetrieveReport::Check::Listing;
        QSet<QString> present;
        auto held = cache->studyInstances(request.studyInstanceUid);
        if (held.ok())
            for (const store::InstanceRecord &r : held.value())
                present.insert(r.sopInstanceUid);
        for (const QString &uid : expected)
            if (!present.contains(uid))
                report.missing << uid;
    }
    report.seconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace strata::net
