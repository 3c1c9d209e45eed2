// Bad peers: C-ECHO and C-FIND through a fault-injecting proxy (tests/support/fault_proxy) in front
// of the fixture's Orthanc. Every fault must end in an error that names the peer and says what
// happened, within the configured timeouts; pass-through and a delay below the timeouts succeed.
#include <strata/net/Echo.h>
#include <strata/net/Find.h>

#include "fault_proxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <map>
#include <optional>

using namespace strata;
using namespace strata::net;
using strata::testing::Direction;
using strata::testing::Fault;
using strata::testing::FaultProxy;

namespace {

/// The fixture's Orthanc as a Node.
Node orthanc()
{
    Node n;
    QFile env(QStringLiteral(STRATA_ORTHANC_DIR "/orthanc.env"));
    if (!env.open(QIODevice::ReadOnly))
        qFatal("no Orthanc fixture: %s", qPrintable(env.fileName()));
    for (const QByteArray &line : env.readAll().split('\n')) {
        const QList<QByteArray> kv = line.split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0] == "ORTHANC_DICOM_PORT")
            n.port = quint16(kv[1].toUInt());
        else if (kv[0] == "ORTHANC_AET")
            n.aeTitle = QString::fromLatin1(kv[1]);
    }
    n.host = QStringLiteral("127.0.0.1");
    n.name = QStringLiteral("test archive");
    return n;
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
    auto studies = findStudies(node, StudyFindQuery{}, timeouts);
    if (!studies.ok())
        return studies.error();
    if (studies.value().size() < 2)  // the fixture holds (at least) the MR and the CT study
        return Error(ErrorCode::IoError, node.label(), QStringLiteral("only %1 studies").arg(studies.value().size()));
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
};

QTEST_GUILESS_MAIN(TestNetFaults)
#include "tst_net_faults.moc"
