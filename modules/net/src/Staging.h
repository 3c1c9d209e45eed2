#pragma once
// Received instances on their way into the cache: each arrives whole in a private staging folder
// under <data>/incoming/, a background thread imports them in batches through the store's
// pipeline and removes them. A transfer that breaks off leaves nothing in the cache: only files
// handed to add() (complete by then) are ever imported, and the folder goes when the area does.
#include <strata/core/Result.h>
#include <strata/net/RemoteTypes.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace strata::net::detail {

class StagingArea {
public:
    /// Creates <dataDir>/incoming/<purpose>-p<pid>-<unique>/ (the store service's staging folder) and
    /// starts the importer (its own LocalCache; batches go through store::ingest as `purpose`'s
    /// source: "scp", "get", "move" or "wado"). With `listInstances`, the summaries name the
    /// instances the cache holds after each batch (ImportSummary::instances): for a retrieve, whose
    /// list ends with it, not for a server that runs for days.
    static Result<std::unique_ptr<StagingArea>> create(const QString &dataDir, const QString &purpose, bool listInstances = false);
    ~StagingArea();   ///< finish()es if needed

    QString dir() const { return m_dir; }
    /// A path in the staging folder for an instance being received (not yet imported).
    QString pathFor(const QString &sopInstanceUid);
    /// A complete received file (of `bytes`, when the caller counts them): import it (in a batch,
    /// soon). `sha256`: the file's SHA-256 (hex) when the caller hashed it as it wrote it; the
    /// import then does not read it again (store::ImportOptions::knownSha256).
    void add(const QString &file, qint64 bytes = 0, const QByteArray &sha256 = {});
    /// Files added and not imported yet (queued, or in the batch being imported), and their bytes
    /// as add() was told them: a transfer that outruns the importer waits on these.
    std::size_t backlog() const;
    qint64 backlogBytes() const;
    /// True once a batch failed fatally (the cache cannot take more): stop receiving.
    bool failed() const;
    /// Called on the importer thread after each batch, with the running total of imported files.
    void setOnBatch(std::function<void(const store::ImportSummary &batch)> callback) { m_onBatch = std::move(callback); }
    /// Imports what is queued, waits for it, stops the importer, removes the folder, and returns
    /// what all batches did together.
    store::ImportSummary finish();
    /// Waits until everything added so far is imported (the importer keeps running).
    void flush();
    /// Drops what is queued but not yet imported (cancellation), then finish()es.
    store::ImportSummary discard();

private:
    StagingArea() = default;
    void run();

    std::shared_ptr<store::StoreService> m_service;  // held while the area lives
    store::IngestSource m_source = store::IngestSource::StorageScp;
    bool m_listInstances = false;
    QString m_dir;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    struct Queued {
        QString file;
        qint64 bytes = 0;
        QByteArray sha256;
    };
    std::deque<Queued> m_queue;
    std::size_t m_inFlight = 0;       // files of the batch being imported
    qint64 m_inFlightBytes = 0;
    qint64 m_queuedBytes = 0;
    bool m_busy = false;
    bool m_stop = false;
    bool m_finished = false;
    store::ImportSummary m_total;
    std::function<void(const store::ImportSummary &)> m_onBatch;
    quint64 m_counter = 0;
};

/// "the disk is full (…)" when the file system holding `dir` has (next to) no space left, else
/// empty: a receiver whose write failed says why, where its library only says it could not write.
/// Asked before the failed file is removed (removing it frees its space).
QString diskFullIn(const QString &dir);

/// A fatal import error of a retrieve (the cache could not take what arrived: a full disk, an
/// index that cannot be written) becomes its report's first problem: it is why instances that
/// arrived are missing, and the first problem is what a caller shows (RetrieveJob, `strata
/// retrieve`).
void reportImportFailure(RetrieveReport &report);

} // namespace strata::net::detail
