// Bad peers: C-ECHO, C-FIND, C-GET and C-STORE through a fault-injecting proxy
// (tests/support/fault_proxy) in front of the fixture's Orthanc. Every fault must end in an error
// that names the peer and says what happened, within the configured timeouts; pass-through and a
// delay below the timeouts succeed. A broken retrieve leaves only whole instances in the cache.
#include <strata/dicom/HeaderReader.h>

#include "fresh_copies.h"
#include "orthanc_rest.h"

#include <strata/dicom/PixelDecoder.h>
#include <strata/net/RemoteArchive.h>
#include <strata/net/dimse/Echo.h>
#include <strata/net/dimse/Find.h>
#include <strata/net/dimse/Retrieve.h>
#include <strata/net/dimse/Send.h>
#include <strata/store/LocalCache.h>

#include "fault_proxy.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>
#include <set>
#include <thread>

using namespace strata;
using namespace strata::net;
using strata::testing::Direction;
using strata::testing::Fault;
using strata::testing::FaultProxy;

namespace {

/// The fixture's Orthanc as a Node.
Node orthanc()
{
    return testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
}

/// The fixture's REST port (to remove what a test stored there itself).
quint16 orthancHttpPort()
{
    return quint16(testing::orthancEnv(QStringLiteral(STRATA_ORTHANC_DIR)).value("ORTHANC_HTTP_PORT").toUInt());
}

/// One REST call to the fixture's Orthanc on loopback; the reply body, empty on failure.
QByteArray rest(const QByteArray &verb, const QString &path, const QByteArray &body = {})
{
    return testing::orthancRestBody(QStringLiteral(STRATA_ORTHANC_DIR), verb, path, body);
}

/// Removes studies this test stored in the shared Orthanc (fresh UIDs: never the fixture's own).
void deleteOwnStudies(const std::set<QString> &studyUids)
{
    for (const QString &uid : studyUids)
        for (const QJsonValue &v : QJsonDocument::fromJson(rest("POST", QStringLiteral("/tools/lookup"), uid.toLatin1())).array())
            if (v.toObject().value(QStringLiteral("Type")).toString() == QLatin1String("Study"))
                rest("DELETE", QStringLiteral("/studies/") + v.toObject().value(QStringLiteral("ID")).toString());
}

QStringList mrFiles()
{
    QStringList files;
    for (QDirIterator it(QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl"), {QStringLiteral("*.dcm")}, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    return files;
}

/// Copies of `files` in `dir` with new study, series and instance UIDs (dcmodify), so that what
using testing::freshCopies;

/// The cache at `dataDir` holds only whole instances: verify finds nothing missing or corrupt,
/// every indexed instance decodes, opening it had nothing to recover, and no received file is
/// left in the staging area. `count` gets the number of the study's instances in the cache.
void checkOnlyWholeInstances(const QString &dataDir, const QString &studyUid, int &count)
{
    count = -1;
    auto cache = store::LocalCache::open(dataDir);
    QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().message()));
    const store::RecoveryReport &recovery = cache.value()->recovery();
    QCOMPARE(recovery.orphanFilesRemoved, 0);
    QCOMPARE(recovery.tempFilesRemoved, 0);
    auto verify = cache.value()->verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify.value().ok(), qPrintable(verify.value().details.join(QLatin1Char('\n'))));
    auto total = cache.value()->instanceCount();
    QVERIFY(total.ok());
    QCOMPARE(qint64(verify.value().checked), total.value());
    auto instances = cache.value()->studyInstances(studyUid);
    const std::vector<store::InstanceRecord> records = instances.ok() ? instances.value() : std::vector<store::InstanceRecord>{};
    QCOMPARE(qint64(records.size()), total.value());
    for (const store::InstanceRecord &r : records) {
        auto pixels = dicom::decodePixels(r.filePath);
        QVERIFY2(pixels.ok(), qPrintable(pixels.ok() ? QString() : pixels.error().message()));
    }
    QStringList leftovers;
    for (QDirIterator it(dataDir + QStringLiteral("/incoming"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        leftovers << it.next();
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    count = int(records.size());
}

/// The same node reached through the proxy.
Node through(const FaultProxy &proxy)
{
    Node n = orthanc();
    n.port = proxy.port();
    return n;
}

constexpr int kTimeout = 2;          // seconds, for connect, ACSE and DIMSE alike
constexpr qint64 kMarginMs = 3000;   // scheduling and teardown on a loaded 2-core machine

Timeouts shortTimeouts()
{
    Timeouts t;
    t.connect = kTimeout;
    t.acse = kTimeout;
    t.dimse = kTimeout;
    return t;
}

/// Runs one operation ("echo" or "find") and returns its error, if any.
std::optional<Error> runOperation(const QString &operation, const Node &node, const Timeouts &timeouts)
{
    if (operation == QLatin1String("echo")) {
        auto reply = echo(node, timeouts);
        if (!reply.ok())
            return reply.error();
        if (reply.value().status != 0)
            return Error(ErrorCode::IoError, node.label(), QStringLiteral("echo status %1").arg(reply.value().status));
        return std::nullopt;
    }
    // Only the fixture's CT study matches: other tests store studies into the shared archive at the
    // same time, and the answer's size must not change between the measuring run and the faults.
    static const QString ctStudy = [] {
        auto header = dicom::readHeader(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm"));
        return header.ok() ? header.value().studyInstanceUid : QString();
    }();
    StudyFindQuery query;
    query.studyInstanceUid = ctStudy;
    auto studies = findStudies(node, query, timeouts);
    if (!studies.ok())
        return studies.error();
    if (studies.value().empty())
        return Error(ErrorCode::IoError, node.label(), QStringLiteral("the fixture's CT study was not found"));
    return std::nullopt;
}

/// Bytes one whole operation moves each way, measured through a pass-through proxy; used to put a
/// fault in the middle of the last DIMSE message rather than in the association set-up.
struct Traffic {
    quint64 clientToServer = 0;
    quint64 serverToClient = 0;
};

} // namespace

class TestNetFaults : public QObject {
    Q_OBJECT

    std::map<QString, Traffic> m_traffic;

private slots:
    void initTestCase()
    {
        for (const QString op : {QStringLiteral("echo"), QStringLiteral("find")}) {
            FaultProxy proxy("127.0.0.1", orthanc().port);
            QVERIFY2(proxy.ok(), proxy.error().c_str());
            auto error = runOperation(op, through(proxy), Timeouts{});
            QVERIFY2(!error, qPrintable(error ? error->message() : QString()));
            QTRY_COMPARE(proxy.openConnections(), quint64(0));
            m_traffic[op] = {proxy.bytesClientToServer(), proxy.bytesServerToClient()};
            qInfo("%s moves %llu bytes client→server, %llu server→client", qPrintable(op),
                  (unsigned long long)m_traffic[op].clientToServer, (unsigned long long)m_traffic[op].serverToClient);
            // A-ASSOCIATE-RQ/AC alone are about 200 bytes each; the whole exchange is more.
            QVERIFY(m_traffic[op].clientToServer > 200 + 20);
            QVERIFY(m_traffic[op].serverToClient > 200 + 20);
        }
    }

    void proxyPassesAndCounts()
    {
        FaultProxy proxy("127.0.0.1", orthanc().port);
        QVERIFY(proxy.ok());
        QVERIFY(proxy.port() != 0 && proxy.port() != orthanc().port);
        for (int i = 0; i < 3; ++i) {
            auto reply = echo(through(proxy), shortTimeouts());
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        }
        QTRY_COMPARE(proxy.openConnections(), quint64(0));
        QCOMPARE(proxy.connections(), quint64(3));
        QCOMPARE(proxy.bytesClientToServer(), 3 * m_traffic["echo"].clientToServer);
        QCOMPARE(proxy.bytesServerToClient(), 3 * m_traffic["echo"].serverToClient);
        QCOMPARE(proxy.faultsTriggered(), quint64(0));
    }

    void faultChangesBetweenConnections()
    {
        FaultProxy proxy("127.0.0.1", orthanc().port, Fault::reset(Direction::Both, 0));
        QVERIFY(!echo(through(proxy), shortTimeouts()).ok());
        proxy.setFault(Fault::pass());
        auto reply = echo(through(proxy), shortTimeouts());
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        // fromConnection: the first association passes, the next one meets the fault.
        Fault later = Fault::reset(Direction::ServerToClient, 0);
        later.fromConnection = proxy.connections() + 1;
        proxy.setFault(later);
        QVERIFY(echo(through(proxy), shortTimeouts()).ok());
        QVERIFY(!echo(through(proxy), shortTimeouts()).ok());
        QTRY_COMPARE(proxy.openConnections(), quint64(0));
        QCOMPARE(proxy.faultsTriggered(), quint64(2));
    }

    void stalledProxyShutsDownCleanly()
    {
        QElapsedTimer timer;
        timer.start();
        {
            FaultProxy proxy("127.0.0.1", orthanc().port, Fault::stall(Direction::Both, 0));
            QVERIFY(!echo(through(proxy), shortTimeouts()).ok());
            QCOMPARE(proxy.openConnections(), quint64(1));  // the stalled connection stays open...
        } // ...until the proxy goes: the destructor closes it and joins every thread
        QVERIFY2(timer.elapsed() < kTimeout * 1000 + kMarginMs, qPrintable(QString::number(timer.elapsed())));
    }

    void droppingConnectionsReleasesABlockedCall()
    {
        // A C-ECHO blocked on a stalled peer, with long timeouts, ends as soon as the proxy drops it.
        FaultProxy proxy("127.0.0.1", orthanc().port, Fault::stall(Direction::ServerToClient, 0));
        Timeouts patient;
        patient.connect = 30;
        patient.acse = 30;
        patient.dimse = 30;
        std::optional<Error> error;
        QElapsedTimer timer;
        timer.start();
        std::thread worker([&] { error = runOperation(QStringLiteral("echo"), through(proxy), patient); });
        QTRY_COMPARE(proxy.openConnections(), quint64(1));
        QTest::qWait(200);
        proxy.dropConnections();
        worker.join();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(error);
        QVERIFY2(error->reason.contains(QLatin1String("reset")), qPrintable(error->message()));
        QTRY_COMPARE(proxy.openConnections(), quint64(0));
    }

    void garbageIsSeeded()
    {
        // Same seed, same bytes: a garbage case fails the same way every run.
        QStringList messages;
        for (int i = 0; i < 2; ++i) {
            FaultProxy proxy("127.0.0.1", orthanc().port, Fault::garbage(Direction::ServerToClient, 10, 7));
            auto reply = echo(through(proxy), shortTimeouts());
            QVERIFY(!reply.ok());
            messages << reply.error().reason;
        }
        QCOMPARE(messages[0], messages[1]);
    }

    void faultEndsInNamedError_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("direction");
        QTest::addColumn<qint64>("after");       // bytes; negative: that many before the end of the exchange
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<QString>("expected");   // regular expression for the reason; empty: success
        QTest::addColumn<int>("budget");         // how many timeouts the failure may take (see below)

        // A peer that goes silent between PDUs meets the ACSE or DIMSE timeout; one that stops in
        // the middle of a PDU meets the socket's receive timeout (the DIMSE timeout), which DCMTK
        // reports as a closed connection, hence "sent nothing for".
        const QString silent = QStringLiteral("timed out|sent nothing for %1 s").arg(kTimeout);
        const QString reset = QStringLiteral("reset");
        const QString invalid = QStringLiteral("invalid data");
        // Once the association is up, a failure is followed by A-ABORT, and DCMTK then waits up to
        // the ACSE timeout for the peer to close the connection: DIMSE-stage faults may take two.
        const int association = 1;
        const int dimse = 2;
        using K = testing::FaultKind;
        const int c2s = int(Direction::ClientToServer);
        const int s2c = int(Direction::ServerToClient);
        const int both = int(Direction::Both);
        for (const QString op : {QStringLiteral("echo"), QStringLiteral("find")}) {
            auto row = [&](const char *name, K kind, int dir, qint64 after, int delay, int latency, const QString &expected, int budget) {
                QTest::addRow("%s: %s", qPrintable(op), name) << op << int(kind) << dir << after << delay << latency << expected << budget;
            };
            row("pass-through", K::Pass, both, 0, 0, 0, QString(), association);
            row("delay below the timeout", K::Delay, both, 0, 100, 300, QString(), association);
            row("latency above the timeout", K::Delay, s2c, 0, 0, 8000, silent, association);
            // A-ASSOCIATE-RQ and -AC are about 200 bytes each: 100 and 50 fall inside them.
            row("stall in A-ASSOCIATE-RQ", K::Stall, c2s, 100, 0, 0, silent, association);
            row("stall in A-ASSOCIATE-AC", K::Stall, s2c, 50, 0, 0, silent, association);
            // 20 bytes before the end: inside the last P-DATA, before the 10-byte A-RELEASE PDU.
            row("stall in the request", K::Stall, c2s, -20, 0, 0, silent, dimse);
            row("stall in the response", K::Stall, s2c, -20, 0, 0, silent, dimse);
            row("reset in A-ASSOCIATE-RQ", K::Reset, c2s, 100, 0, 0, reset, association);
            row("reset in A-ASSOCIATE-AC", K::Reset, s2c, 50, 0, 0, reset, association);
            row("reset in the request", K::Reset, c2s, -20, 0, 0, reset, dimse);
            row("reset in the response", K::Reset, s2c, -20, 0, 0, reset, dimse);
            row("garbage for A-ASSOCIATE-AC", K::Garbage, s2c, 0, 0, 0, invalid, association);
            row("garbage in A-ASSOCIATE-AC", K::Garbage, s2c, 50, 0, 0, invalid, association);
            row("garbage in the response", K::Garbage, s2c, -20, 0, 0, invalid, dimse);
            // Orthanc answers a garbled A-ASSOCIATE-RQ with silence: Strata sees a timeout.
            row("garbage in A-ASSOCIATE-RQ", K::Garbage, c2s, 100, 0, 0, silent, association);
        }
    }

    void faultEndsInNamedError()
    {
        QFETCH(QString, operation);
        QFETCH(int, kind);
        QFETCH(int, direction);
        QFETCH(qint64, after);
        QFETCH(int, delayMs);
        QFETCH(int, latencyMs);
        QFETCH(QString, expected);
        QFETCH(int, budget);

        Fault fault;
        fault.kind = testing::FaultKind(kind);
        fault.direction = Direction(direction);
        fault.delayMs = delayMs;
        fault.latencyMs = latencyMs;
        const Traffic &traffic = m_traffic[operation];
        const quint64 total = fault.direction == Direction::ClientToServer ? traffic.clientToServer : traffic.serverToClient;
        fault.afterBytes = after >= 0 ? quint64(after) : total - quint64(-after);

        FaultProxy proxy("127.0.0.1", orthanc().port, fault);
        QVERIFY2(proxy.ok(), proxy.error().c_str());
        const Node node = through(proxy);
        QElapsedTimer timer;
        timer.start();
        const std::optional<Error> error = runOperation(operation, node, shortTimeouts());
        const qint64 elapsed = timer.elapsed();
        const QString what = QString::fromStdString(testing::describe(fault));

        if (expected.isEmpty()) {
            QVERIFY2(!error, qPrintable(what + ": " + (error ? error->message() : QString())));
            QCOMPARE(proxy.connections(), quint64(1));
            return;
        }
        QVERIFY2(error, qPrintable(what + ": succeeded"));
        qInfo("%s → %s (%lld ms)", qPrintable(what), qPrintable(error->message()), elapsed);
        QCOMPARE(error->subject, node.label());
        QVERIFY(error->message().contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())));
        QVERIFY2(error->reason.contains(QRegularExpression(expected, QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(what + ": " + error->message()));
        QVERIFY2(!error->reason.contains(QLatin1Char('\n')), qPrintable(error->reason));
        QVERIFY2(elapsed < budget * kTimeout * 1000 + kMarginMs, qPrintable(QStringLiteral("%1: %2 ms").arg(what).arg(elapsed)));
    }

    void retrieveBreaksOffLeavingOnlyWholeInstances_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");   // empty: success
        QTest::addColumn<int>("budget");
        using K = testing::FaultKind;
        QTest::newRow("pass-through") << int(K::Pass) << QString() << 1;
        QTest::newRow("reset") << int(K::Reset) << QStringLiteral("reset") << 1;
        QTest::newRow("garbage") << int(K::Garbage) << QStringLiteral("invalid data") << 1;
        QTest::newRow("stall") << int(K::Stall) << QStringLiteral("timed out|sent nothing for %1 s").arg(kTimeout) << 2;
    }

    void retrieveBreaksOffLeavingOnlyWholeInstances()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QFETCH(int, budget);
        const QStringList files = mrFiles();
        QCOMPARE(files.size(), 6);
        auto header = dicom::readHeader(files.first());
        QVERIFY(header.ok());
        const QString studyUid = header.value().studyInstanceUid;
        qint64 studyBytes = 0;
        for (const QString &f : files)
            studyBytes += QFileInfo(f).size();

        // Connection 0 is the study-level C-FIND (SOP classes, instance count); connection 1 the
        // C-GET. A whole study that arrives needs nothing more; after a break-off, the counts
        // disagree and the C-FIND that lists the instances (to name what is missing) is
        // connection 2. The fault is set on both, and only the C-GET carries enough bytes to meet
        // it: in the middle of the third instance's pixel data (2.5 instances' worth of bytes),
        // whichever order the node sends them in. Half the study would fall within a few bytes
        // of the end of the third instance, where the order of the instances decides whether
        // the fault meets pixel data, a PDU header or the next command.
        Fault fault;
        fault.kind = testing::FaultKind(kind);
        fault.direction = Direction::ServerToClient;
        fault.afterBytes = quint64(studyBytes * 5 / 12);
        fault.fromConnection = 1;
        FaultProxy proxy("127.0.0.1", orthanc().port, fault);
        QVERIFY(proxy.ok());
        const Node node = through(proxy);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CGet;

        QElapsedTimer timer;
        timer.start();
        auto result = retrieve(node, request, data.path(), shortTimeouts());
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(proxy.connections(), quint64(expected.isEmpty() ? 2 : 3));
        int count = -1;
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
            QVERIFY(result.value().complete());
            QCOMPARE(result.value().checkedBy, RetrieveReport::Check::Count);
            checkOnlyWholeInstances(data.path(), studyUid, count);
            QCOMPARE(count, 6);
            return;
        }
        // The transfer broke off after some instances arrived: a report (not an error, which would
        // lose it) naming the break-off, with the instances still missing listed.
        const QString what = QString::fromStdString(testing::describe(fault));
        QVERIFY2(result.ok(), qPrintable(what + ": " + (result.ok() ? QString() : result.error().message())));
        const RetrieveReport &report = result.value();
        QVERIFY2(!report.complete(), qPrintable(what + ": complete"));
        QVERIFY(!report.problems.empty());
        const QString reason = report.problems.back().reason;
        qInfo("%s → %s (%lld ms)", qPrintable(what), qPrintable(reason), elapsed);
        QVERIFY2(reason.contains(node.label()), qPrintable(reason));
        QVERIFY2(reason.contains(QRegularExpression(expected, QRegularExpression::CaseInsensitiveOption)), qPrintable(what + ": " + reason));
        QVERIFY2(elapsed < budget * kTimeout * 1000 + kMarginMs, qPrintable(QStringLiteral("%1: %2 ms").arg(what).arg(elapsed)));
        checkOnlyWholeInstances(data.path(), studyUid, count);
        if (QTest::currentTestFailed())
            return;
        qInfo("the cache holds %d whole instances of 6; %lld listed missing", count, qint64(report.missing.size()));
        QVERIFY(count > 0 && count < 6);
        QCOMPARE(report.checkedBy, RetrieveReport::Check::Listing);
        QCOMPARE(report.expected, 6);
        QCOMPARE(int(report.missing.size()), 6 - count);
        QSet<QString> held;
        for (const QString &f : files)
            held.insert(dicom::readHeader(f).value().sopInstanceUid);
        for (const QString &uid : report.missing)
            QVERIFY2(held.contains(uid), qPrintable(uid));

        // Retrieving just what is missing, straight from the node, completes the study.
        RetrieveRequest rest = request;
        rest.onlyMissing = true;
        auto completed = retrieve(orthanc(), rest, data.path(), shortTimeouts());
        QVERIFY2(completed.ok(), qPrintable(completed.ok() ? QString() : completed.error().message()));
        QCOMPARE(completed.value().alreadyCached, count);
        QCOMPARE(completed.value().expected, 6 - count);
        QCOMPARE(completed.value().import.imported, 6 - count);
        QVERIFY(completed.value().complete());
        checkOnlyWholeInstances(data.path(), studyUid, count);
        QCOMPARE(count, 6);
    }

    void sendReportsPerInstanceFailures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("afterInstances");  // where the fault starts, in instances' worth of bytes
        QTest::addColumn<int>("connectionCount");    // 0: every association meets the fault
        QTest::addColumn<int>("failed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("budget");
        using K = testing::FaultKind;
        const QString silent = QStringLiteral("timed out|sent nothing for %1 s").arg(kTimeout);
        // One association breaks in the third instance: that one fails, a new association sends the rest.
        QTest::newRow("reset once") << int(K::Reset) << 2.5 << 1 << 1 << QStringLiteral("reset") << 1;
        QTest::newRow("stall once") << int(K::Stall) << 2.5 << 1 << 1 << silent << 2;
        // Every association breaks in its first instance: each instance fails on its own.
        QTest::newRow("reset always") << int(K::Reset) << 0.5 << 0 << 6 << QStringLiteral("reset") << 1;
    }

    void sendReportsPerInstanceFailures()
    {
        QFETCH(int, kind);
        QFETCH(double, afterInstances);
        QFETCH(int, connectionCount);
        QFETCH(int, failed);
        QFETCH(QString, expected);
        QFETCH(int, budget);
        QTemporaryDir dir;
        const QStringList copies = freshCopies(mrFiles(), dir.path());
        QCOMPARE(copies.size(), 6);
        std::set<QString> studies;
        for (const QString &c : copies)
            studies.insert(dicom::readHeader(c).value().studyInstanceUid);
        auto cleanup = qScopeGuard([&] { deleteOwnStudies(studies); });

        Fault fault;
        fault.kind = testing::FaultKind(kind);
        fault.direction = Direction::ClientToServer;
        fault.afterBytes = quint64(afterInstances * double(QFileInfo(copies.first()).size()));
        fault.connectionCount = quint64(connectionCount);
        FaultProxy proxy("127.0.0.1", orthanc().port, fault);
        QVERIFY(proxy.ok());
        const Node node = through(proxy);
        const QString what = QString::fromStdString(testing::describe(fault));

        QElapsedTimer timer;
        timer.start();
        auto report = sendFiles(node, copies, shortTimeouts());
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(int(report.value().instances.size()), 6);
        QCOMPARE(report.value().failed, failed);
        QCOMPARE(report.value().succeeded, 6 - failed);
        for (const SentInstance &s : report.value().instances) {
            if (s.ok())
                continue;
            qInfo("%s → %s: %s (%lld ms)", qPrintable(what), qPrintable(QFileInfo(s.file).fileName()), qPrintable(s.reason), elapsed);
            QVERIFY2(s.reason.contains(node.label()), qPrintable(s.reason));
            QVERIFY2(s.reason.contains(QRegularExpression(expected, QRegularExpression::CaseInsensitiveOption)), qPrintable(s.reason));
        }
        QVERIFY2(elapsed < budget * kTimeout * 1000 + kMarginMs, qPrintable(QStringLiteral("%1: %2 ms").arg(what).arg(elapsed)));
        // One association per break, plus the one that sends the rest after a single break.
        QCOMPARE(proxy.connections(), quint64(connectionCount == 0 ? 6 : 2));

        // What arrived in the shared archive was this test's own: it goes again.
        deleteOwnStudies(studies);
        for (const QString &uid : studies)
            QCOMPARE(QJsonDocument::fromJson(rest("POST", QStringLiteral("/tools/lookup"), uid.toLatin1())).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetFaults)
#include "tst_net_faults.moc"
