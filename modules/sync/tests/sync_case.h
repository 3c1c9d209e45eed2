#pragma once
// The sync fault and load tests' common part: cases (a data directory with new studies imported
// and queued for a rule to an Orthanc), the engine drained on a manual clock, and the check after
// every case against the archive named by its folder (the fixture's, or an Orthanc of the test's
// own; see tests/support/orthanc_process.h): every local instance on the archive byte-identical
// (SHA-256 of the data set of Orthanc's copy through its REST API; see dataSetSha), none twice, the queue
// empty, every study marked stored remotely. Each case prints jobs, faults, retries, lost,
// duplicates and time to drain.
#include "orthanc_rest.h"

#include <strata/core/Clock.h>
#include <strata/core/Sha256.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/sync/SyncEngine.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

namespace strata::testing {

inline QStringList mrFiles()
{
    QStringList files;
    for (QDirIterator it(QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl"), {QStringLiteral("*.dcm")}, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    return files;
}

inline QString ctFile() { return QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm"); }

/// A UID under 2.25 (a random number; digits only, no leading zero).
inline QString newUid()
{
    return QStringLiteral("2.25.%1%2").arg(QRandomGenerator::global()->bounded(1u, 1000000000u)).arg(QRandomGenerator::global()->generate64());
}

/// Copies `files` into `dir` as one new study of `patientId` (new study, series and instance UIDs
/// by DCMTK's dcmodify, and the assignments of `modify`, dcmodify -m syntax, e.g. "StudyDate=20250101";
/// everything else as it was).
inline QStringList makeStudy(const QStringList &files, const QString &dir, const QString &patientId, const QStringList &modify = {})
{
    QDir().mkpath(dir);
    QStringList copies;
    for (const QString &f : files) {
        const QString to = QDir(dir).filePath(QFileInfo(f).fileName());
        if (!QFile::copy(f, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        copies << to;
    }
    QProcess p;
    p.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb"), QStringLiteral("-gin"), QStringLiteral("-m"),
                                                    QStringLiteral("PatientID=") + patientId, QStringLiteral("-m"),
                                                    QStringLiteral("StudyInstanceUID=") + newUid(), QStringLiteral("-m"),
                                                    QStringLiteral("SeriesInstanceUID=") + newUid()}
                                        + [&] {
                                              QStringList m;
                                              for (const QString &assignment : modify)
                                                  m << QStringLiteral("-m") << assignment;
                                              return m;
                                          }()
                                        + copies);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return copies;
}

/// SHA-256 of a DICOM file's data set: the bytes after the preamble, "DICM" and the File Meta
/// Information group (its length from (0002,0000)). That is what a C-STORE carries; each receiver
/// writes a meta group of its own (its implementation UID, the sender's AE title) and Orthanc zeros
/// in the preamble. Empty when the file has no such group.
inline QByteArray dataSetSha(const QByteArray &file)
{
    // (0002,0000) UL, explicit VR little endian: tag 4, "UL" 2, length 2, value 4.
    if (file.size() < 144 || file.mid(128, 4) != "DICM" || file.mid(132, 6) != QByteArray("\x02\x00\x00\x00UL", 6))
        return {};
    const uchar *v = reinterpret_cast<const uchar *>(file.constData()) + 140;
    const qint64 group = qint64(v[0]) | qint64(v[1]) << 8 | qint64(v[2]) << 16 | qint64(v[3]) << 24;
    const qint64 start = 144 + group;
    return start <= file.size() ? sha256Hex(file.constData() + start, file.size() - start) : QByteArray();
}

inline QJsonArray restArray(const QString &orthancDir, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    return QJsonDocument::fromJson(orthancRest(orthancDir, method, path, body).second).array();
}

/// What a case found on the archive.
struct Tally {
    int local = 0;       ///< instances in the local cache
    int onArchive = 0;   ///< of those, on the archive with a byte-identical data set
    int lost = 0;        ///< missing or different there
    int duplicates = 0;  ///< instances of the patient on the archive beyond the local ones
    QStringList lostUids;
};

/// Orthanc's ID of the instance with this SOP Instance UID (empty when it has none).
inline QString orthancInstanceId(const QString &orthancDir, const QString &sopInstanceUid)
{
    for (const QJsonValue &v : restArray(orthancDir, "POST", QStringLiteral("/tools/lookup"), sopInstanceUid.toLatin1()))
        if (v.toObject().value(QStringLiteral("Type")).toString() == QLatin1String("Instance"))
            return v.toObject().value(QStringLiteral("ID")).toString();
    return {};
}

/// Compares the cache at `dataDir` with the archive at `orthancDir`.
inline Tally compareWithArchive(const QString &orthancDir, const QString &dataDir, const QString &patientId)
{
    Tally t;
    auto cache = store::LocalCache::open(dataDir);
    store::StudyQuery q;
    q.limit = 10000;
    for (const store::StudyRecord &s : cache.value()->searchStudies(q).value().studies) {
        for (const store::InstanceRecord &i : cache.value()->studyInstances(s.studyInstanceUid).value()) {
            ++t.local;
            const QString id = orthancInstanceId(orthancDir, i.sopInstanceUid);
            const QByteArray file = id.isEmpty() ? QByteArray() : orthancRestBody(orthancDir, "GET", QStringLiteral("/instances/%1/file").arg(id));
            QFile local(i.filePath);
            const QByteArray mine = local.open(QIODevice::ReadOnly) ? local.readAll() : QByteArray();
            if (sha256Hex(mine.constData(), mine.size()) != i.sha256)
                qFatal("the local copy of %s changed", qPrintable(i.sopInstanceUid));
            const QByteArray theirs = dataSetSha(file);
            if (!theirs.isEmpty() && theirs == dataSetSha(mine)) {
                ++t.onArchive;
            } else {
                ++t.lost;
                t.lostUids << i.sopInstanceUid;
            }
        }
    }
    const QByteArray find = QJsonDocument(QJsonObject{{QStringLiteral("Level"), QStringLiteral("Instance")},
                                                      {QStringLiteral("Query"), QJsonObject{{QStringLiteral("PatientID"), patientId}}}})
                                .toJson(QJsonDocument::Compact);
    t.duplicates = int(restArray(orthancDir, "POST", QStringLiteral("/tools/find"), find).size()) - t.local;
    return t;
}

inline void deletePatient(const QString &orthancDir, const QString &patientId)
{
    const QByteArray find = QJsonDocument(QJsonObject{{QStringLiteral("Level"), QStringLiteral("Patient")},
                                                      {QStringLiteral("Query"), QJsonObject{{QStringLiteral("PatientID"), patientId}}}})
                                .toJson(QJsonDocument::Compact);
    for (const QJsonValue &v : restArray(orthancDir, "POST", QStringLiteral("/tools/find"), find))
        orthancRest(orthancDir, "DELETE", QStringLiteral("/patients/") + v.toString());
}

/// A data directory with new studies imported and queued for the rule "archive" → node "primary".
struct SyncCase {
    QString dataDir;
    QString patientId;
    QString scratch;
    int studies = 0;
};

/// A node named `name` for Orthanc's AE title at 127.0.0.1:`port` (the archive itself or a proxy).
inline net::Node archiveNode(const QString &name, quint16 port, const net::TlsSettings &tls = {})
{
    net::Node n;
    n.name = name;
    n.aeTitle = QStringLiteral("ORTHANC");
    n.host = QStringLiteral("127.0.0.1");
    n.port = port;
    n.tls = tls;
    return n;
}

/// Imports `mrStudies` new MR studies (6 instances each) and `ctStudies` new CT studies (one
/// instance) into the case and queues them.
inline void addStudies(SyncCase &c, int mrStudies, int ctStudies, const Clock &clock)
{
    QStringList imported;
    auto cache = store::LocalCache::open(c.dataDir);
    for (int i = 0; i < mrStudies + ctStudies; ++i) {
        const QStringList src = i < mrStudies ? mrFiles() : QStringList{ctFile()};
        const QStringList files = makeStudy(src, c.scratch + QStringLiteral("/in%1").arg(c.studies++), c.patientId);
        if (files.isEmpty())
            qFatal("dcmodify failed");
        const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, files);
        if (s.imported != files.size())
            qFatal("import: %d of %d%s", s.imported, int(files.size()), s.fatal ? qPrintable(QStringLiteral(": ") + s.fatal->message()) : "");
        imported += s.studies;
    }
    auto queued = sync::queueMatching(c.dataDir, store::IngestSource::Import, imported, clock);
    if (!queued.ok() || queued.value() != imported.size())
        qFatal("queue");
}

/// A case under `scratch`: nodes saved (`backup` optional), the rule added, studies imported. The
/// cache is `scratch`/data unless `dataDir` names another folder.
inline SyncCase makeCase(const QString &scratch, const net::Node &primary, int mrStudies, int ctStudies,
                         const Clock &clock = systemClock(), const std::optional<net::Node> &backup = std::nullopt,
                         const QString &dataDir = {})
{
    SyncCase c;
    c.scratch = scratch;
    c.dataDir = dataDir.isEmpty() ? scratch + QStringLiteral("/data") : dataDir;
    c.patientId = QStringLiteral("SYNC-%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QDir().mkpath(c.dataDir);
    auto registry = net::NodeRegistry::open(c.dataDir);
    if (auto e = registry.value()->save(primary))
        qFatal("node: %s", qPrintable(e->message()));
    if (backup)
        if (auto e = registry.value()->save(*backup))
            qFatal("node: %s", qPrintable(e->message()));
    store::SyncRule rule;
    rule.name = QStringLiteral("archive");
    rule.primaryNode = primary.name;
    rule.backupNode = backup ? backup->name : QString();
    auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
    if (!repo->addRule(rule, clock.nowMs()).ok())
        qFatal("rule");
    addStudies(c, mrStudies, ctStudies, clock);
    return c;
}

inline sync::SyncOptions fastOptions()
{
    sync::SyncOptions o;
    o.maxParallel = 2;
    o.timeouts.connect = 3;
    o.timeouts.acse = 3;
    o.timeouts.dimse = 3;
    o.backoff.baseMs = 500;
    o.backoff.maxMs = 10000;
    return o;
}

/// Runs until drained, the manual clock jumping over idle waits; false when it did not drain
/// within `maxIdles` idle waits.
inline bool drain(sync::SyncEngine &engine, ManualClock &clock, sync::RunReport *report = nullptr, int maxIdles = 2000)
{
    sync::SyncEngine::RunOptions o;
    o.untilDrained = true;
    int idles = 0;
    bool stuck = false;
    CancellationToken cancel;
    o.idle = [&](qint64 ms) {
        clock.advance(ms);
        if (++idles > maxIdles) {
            stuck = true;
            cancel.cancel();
        }
    };
    auto r = engine.run(o, cancel);
    if (!r.ok())
        qWarning("run: %s", qPrintable(r.error().message()));
    if (report && r.ok())
        *report = r.value();
    return r.ok() && r.value().drained && !stuck;
}

/// The checks after a case against the archive at `orthancDir`, and the line it prints. Use with
/// QVERIFY(checkAndPrint(...)): false (with the reason printed) when one fails.
inline bool checkAndPrint(const QString &orthancDir, const char *name, const SyncCase &c, int faults, qint64 drainMs = -1)
{
    const Tally t = compareWithArchive(orthancDir, c.dataDir, c.patientId);
    auto repo = store::StoreService::open(c.dataDir).value()->syncJobs().value();
    const store::SyncQueueTotals q = repo->totals().value();
    const int retries = repo->eventSum(QStringLiteral("failed"), 0).value().events + repo->eventSum(QStringLiteral("missing"), 0).value().events;
    const qint64 sent = repo->eventSum(QStringLiteral("sent"), 0).value().instances;
    qInfo("%s: jobs %d, faults injected %d, retries %d, instances %d (identical on the archive %d), sends completed %lld, "
          "lost %d, duplicates %d%s",
          name, q.done + q.pending() + q.failed, faults, retries, t.local, t.onArchive, sent, t.lost, t.duplicates,
          drainMs >= 0 ? qPrintable(QStringLiteral(", time to drain %1 s").arg(drainMs / 1000.0, 0, 'f', 1)) : "");
    bool ok = true;
    const auto check = [&ok](bool condition, const QString &what) {
        if (!condition) {
            qWarning("FAILED: %s", qPrintable(what));
            ok = false;
        }
    };
    check(q.pending() == 0 && q.failed == 0, QStringLiteral("queue not empty: %1 pending, %2 failed").arg(q.pending()).arg(q.failed));
    check(t.lost == 0, QStringLiteral("lost or different on the archive: %1").arg(t.lostUids.join(QLatin1Char(' '))));
    check(t.duplicates == 0, QStringLiteral("%1 duplicate(s) on the archive").arg(t.duplicates));
    check(t.local > 0 && t.onArchive == t.local, QStringLiteral("%1 of %2 on the archive").arg(t.onArchive).arg(t.local));
    auto cache = store::LocalCache::open(c.dataDir);
    store::StudyQuery query;
    for (const store::StudyRecord &s : cache.value()->searchStudies(query).value().studies)
        check(s.remoteStored, QStringLiteral("study %1 not marked stored remotely").arg(s.studyInstanceUid));
    return ok;
}

} // namespace strata::testing
