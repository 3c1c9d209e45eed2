// `strata sync` and `strata serve` with sync, as a user runs them, against the fixture's Orthanc:
// rules (validated against the registry), imports queued by the rule, pause, a drained run, the
// status as text, JSON and Prometheus text; `serve` forwarding what it receives, with its metrics
// on a loopback port. What reached Orthanc is checked through its REST API.
#include "fresh_copies.h"
#include "orthanc_rest.h"
#include "ports.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runStrata(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATA_EXE), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject statusJson(const QString &data)
{
    return QJsonDocument::fromJson(runStrata({"--data-dir", data, "sync", "status", "--json"}).out.toUtf8()).object();
}

/// Instances of `patientId` on the fixture's Orthanc.
int onArchive(const QString &patientId)
{
    const QByteArray find = QJsonDocument(QJsonObject{{"Level", "Instance"}, {"Query", QJsonObject{{"PatientID", patientId}}}}).toJson();
    return int(QJsonDocument::fromJson(testing::orthancRest(kOrthancDir, "POST", "/tools/find", find).second).array().size());
}

void deletePatient(const QString &patientId)
{
    const QByteArray find = QJsonDocument(QJsonObject{{"Level", "Patient"}, {"Query", QJsonObject{{"PatientID", patientId}}}}).toJson();
    for (const QJsonValue &v : QJsonDocument::fromJson(testing::orthancRest(kOrthancDir, "POST", "/tools/find", find).second).array())
        testing::orthancRest(kOrthancDir, "DELETE", "/patients/" + v.toString());
}

/// One HTTP GET on 127.0.0.1:`port`; the body.
QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (s.waitForReadyRead(5000))
        reply += s.readAll();
    reply += s.readAll();
    const qsizetype body = reply.indexOf("\r\n\r\n");
    return reply.startsWith("HTTP/1.1 200") && body > 0 ? reply.mid(body + 4) : QByteArray();
}

} // namespace

class TestSyncCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QStringList m_patients;

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void cleanupTestCase()
    {
        for (const QString &p : std::as_const(m_patients))
            deletePatient(p);
    }

    void rulesQueueRunAndStatus()
    {
        const QString data = m_tmp.filePath("data");
        const net::Node orthanc = testing::orthancNode(kOrthancDir);
        QCOMPARE(runStrata({"--data-dir", data, "node", "add", "arch", "--aec", orthanc.aeTitle, "--host", "127.0.0.1", "--port",
                            QString::number(orthanc.port)}).code, 0);
        // Rules are checked against the registry.
        Run bad = runStrata({"--data-dir", data, "sync", "rule", "add", "bad", "--to", "nowhere"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("nowhere") && bad.err.contains("strata node add"), qPrintable(bad.err));
        bad = runStrata({"--data-dir", data, "sync", "rule", "add", "bad", "--to", "arch", "--source", "floppy"});
        QCOMPARE(bad.code, 2);
        QCOMPARE(runStrata({"--data-dir", data, "sync", "rule", "add", "all", "--to", "arch"}).code, 0);
        const Run list = runStrata({"--data-dir", data, "sync", "rule", "list", "--json"});
        const QJsonArray rules = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0]["primary"].toString(), QStringLiteral("arch"));
        QCOMPARE(rules[0]["match"].toString(), QStringLiteral("all"));

        // An import is queued by the rule.
        const QString patient = testing::uniquePatientId(QStringLiteral("SYNCCLI"));
        m_patients << patient;
        const QString in = m_tmp.filePath("in");
        QDir().mkpath(in);
        const QStringList files = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm"),
                                                        QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/MR_small.dcm")},
                                                       in, patient);
        QCOMPARE(files.size(), 2);
        QCOMPARE(runStrata({"--data-dir", data, "import", in}).code, 0);
        QJsonObject s = statusJson(data);
        QCOMPARE(s["health"].toString(), QStringLiteral("pending"));
        const int studies = s["queue"].toObject()["queued"].toInt();
        QVERIFY(studies >= 1);
        QCOMPARE(s["queue"].toObject()["pendingInstances"].toInt(), 2);

        // Paused: a run sends nothing and says so.
        QCOMPARE(runStrata({"--data-dir", data, "sync", "pause"}).code, 0);
        Run run = runStrata({"--data-dir", data, "sync", "run", "--until-drained"});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.out.contains("paused"), qPrintable(run.out));
        QCOMPARE(onArchive(patient), 0);
        QVERIFY(statusJson(data)["paused"].toBool());

        QCOMPARE(runStrata({"--data-dir", data, "sync", "resume"}).code, 0);
        run = runStrata({"--data-dir", data, "sync", "run", "--until-drained", "--timeout", "120"});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains("drained") && run.out.contains("safe on arch"), qPrintable(run.out));
        QCOMPARE(onArchive(patient), 2);
        s = statusJson(data);
        QCOMPARE(s["health"].toString(), QStringLiteral("safe"));
        QCOMPARE(s["queue"].toObject()["done"].toInt(), studies);
        QCOMPARE(s["queue"].toObject()["pending"].toInt(), 0);
        QCOMPARE(s["nodes"].toArray().at(0).toObject()["breaker"].toString(), QStringLiteral("closed"));
        for (const QJsonValue &j : QJsonDocument::fromJson(runStrata({"--data-dir", data, "sync", "jobs", "--json"}).out.toUtf8()).array()) {
            QCOMPARE(j["state"].toString(), QStringLiteral("done"));
            QCOMPARE(j["node"].toString(), QStringLiteral("arch"));
        }
        const Run text = runStrata({"--data-dir", data, "sync", "status"});
        QVERIFY2(text.out.startsWith("Sync: safe"), qPrintable(text.out));
        const Run prom = runStrata({"--data-dir", data, "sync", "status", "--prometheus"});
        QVERIFY(prom.out.contains("strata_sync_health 0\n"));
        QVERIFY(prom.out.contains(QStringLiteral("strata_sync_jobs{state=\"done\"} %1\n").arg(studies)));
        // The studies are marked stored remotely (the quota may evict them now).
        const Run listed = runStrata({"--data-dir", data, "studies", "--json"});
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            QVERIFY2(v["remoteStored"].toBool(), qPrintable(listed.out));
        // Retry with nothing to retry; removing the rule.
        QVERIFY(runStrata({"--data-dir", data, "sync", "retry"}).out.startsWith("0 job(s)"));
        QCOMPARE(runStrata({"--data-dir", data, "sync", "rule", "remove", "all"}).code, 0);
        QCOMPARE(runStrata({"--data-dir", data, "sync", "rule", "remove", "all"}).code, 1);
    }

    void prefetchFromTheCommandLine()
    {
        const QString data = m_tmp.filePath("prefetch");
        const net::Node orthanc = testing::orthancNode(kOrthancDir);
        QCOMPARE(runStrata({"--data-dir", data, "node", "add", "arch", "--aec", orthanc.aeTitle, "--host", "127.0.0.1", "--port",
                            QString::number(orthanc.port)}).code, 0);
        // Rules that cannot work are refused with the reason.
        Run bad = runStrata({"--data-dir", data, "sync", "rule", "add", "x", "--to", "arch", "--source", "import", "--prefetch", "priors"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("cannot prefetch"), qPrintable(bad.err));
        bad = runStrata({"--data-dir", data, "sync", "rule", "add", "x", "--to", "arch", "--no-send"});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("must prefetch"), qPrintable(bad.err));
        QCOMPARE(runStrata({"--data-dir", data, "sync", "rule", "add", "x", "--to", "arch", "--prefetch", "sometimes"}).code, 2);
        QCOMPARE(runStrata({"--data-dir", data, "sync", "rule", "add", "priors", "--to", "arch", "--no-send", "--prefetch", "priors",
                            "--priors", "2"}).code, 0);
        const QJsonArray rules = QJsonDocument::fromJson(runStrata({"--data-dir", data, "sync", "rule", "list", "--json"}).out.toUtf8()).array();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0]["match"].toString(), QStringLiteral("none"));
        QCOMPARE(rules[0]["prefetch"].toString(), QStringLiteral("priors"));
        QCOMPARE(rules[0]["prefetchPriors"].toInt(), 2);
        QVERIFY(runStrata({"--data-dir", data, "sync", "rule", "list"}).out.contains("prefetches up to 2 prior(s) per patient"));

        // A prior of the patient on the archive; the patient's study of today imported here.
        const QString patient = testing::uniquePatientId(QStringLiteral("PREFCLI"));
        m_patients << patient;
        const QString priorDir = m_tmp.filePath("prefetch-prior"), todayDir = m_tmp.filePath("prefetch-today");
        QDir().mkpath(priorDir);
        QDir().mkpath(todayDir);
        const QStringList prior = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")}, priorDir,
                                                       patient, {QStringLiteral("StudyDate=20200101")});
        const QStringList today = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/MR_small.dcm")}, todayDir,
                                                       patient, {QStringLiteral("StudyDate=") + QDate::currentDate().toString("yyyyMMdd")});
        QCOMPARE(prior.size() + today.size(), 2);
        testing::OwnStudies archive(kOrthancDir);
        QVERIFY(archive.store(prior));
        QCOMPARE(runStrata({"--data-dir", data, "import", todayDir}).code, 0);

        const Run fetched = runStrata({"--data-dir", data, "sync", "prefetch", "--json"});
        QVERIFY2(fetched.code == 0, qPrintable(fetched.out + fetched.err));
        const QJsonObject report = QJsonDocument::fromJson(fetched.out.toUtf8()).object();
        QCOMPARE(report["rules"].toInt(), 1);
        QCOMPARE(report["fetched"].toInt(), 1);
        QCOMPARE(report["instances"].toInt(), 1);
        const QJsonArray studies = QJsonDocument::fromJson(runStrata({"--data-dir", data, "studies", "--json"}).out.toUtf8()).array();
        QCOMPARE(studies.size(), 2);
        // Again: nothing fetched twice; the status tells what the rule did.
        const Run again = runStrata({"--data-dir", data, "sync", "prefetch"});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("0 fetched") && again.out.contains("1 here already or fetched before"), qPrintable(again.out));
        const QJsonObject status = statusJson(data);
        QCOMPARE(status["prefetch"].toArray().size(), 1);
        const QJsonObject rule = status["prefetch"].toArray().at(0).toObject();
        QCOMPARE(rule["fetched"].toInt(), 1);
        QVERIFY(!rule["checked"].toString().isEmpty());
        QVERIFY(runStrata({"--data-dir", data, "sync", "status"}).out.contains("Prefetch priors (priors from arch): 1 study fetched, 0 failed"));
        // The retrieve is in the audit log like any other.
        const Run audit = runStrata({"--data-dir", data, "audit", "list", "--json"});
        QVERIFY2(audit.out.contains("retrieve"), qPrintable(audit.out.left(2000)));
    }

    void serveForwardsWhatItReceivesAndServesMetrics()
    {
        const QString data = m_tmp.filePath("serve");
        const net::Node orthanc = testing::orthancNode(kOrthancDir);
        QCOMPARE(runStrata({"--data-dir", data, "node", "add", "arch", "--aec", orthanc.aeTitle, "--host", "127.0.0.1", "--port",
                            QString::number(orthanc.port)}).code, 0);
        QCOMPARE(runStrata({"--data-dir", data, "sync", "rule", "add", "received", "--to", "arch", "--source", "storage-scp"}).code, 0);
        const quint16 port = testing::freePort();
        QVERIFY(port != 0);
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(STRATA_EXE), {"--data-dir", data, "serve", "--port", QString::number(port), "--allow", "SENDER",
                                                 "--metrics", "127.0.0.1:0"});
        QVERIFY(serve.waitForStarted());
        auto stop = qScopeGuard([&] {
            serve.terminate();
            serve.waitForFinished(30000);
        });
        QString output;
        quint16 metricsPort = 0;
        const QRegularExpression metricsLine(QStringLiteral("Metrics on http://127.0.0.1:(\\d+)/metrics"));
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(serve.readAll()), output.contains("listening on port")
                                                                                   && output.contains("Metrics on")),
                                 30000);
        metricsPort = quint16(metricsLine.match(output).captured(1).toUInt());
        QVERIFY(metricsPort != 0);
        QVERIFY(httpGet(metricsPort, "/metrics").contains("strata_sync_health 0\n"));

        const QString patient = testing::uniquePatientId(QStringLiteral("SYNCSRV"));
        m_patients << patient;
        const QString in = m_tmp.filePath("serve-in");
        QDir().mkpath(in);
        const QStringList files = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")}, in, patient);
        QProcess storescu;
        storescu.start(QStringLiteral("storescu"), {"-aet", "SENDER", "-aec", "STRATA", "127.0.0.1", QString::number(port), files.first()});
        QVERIFY(storescu.waitForFinished(60000));
        QCOMPARE(storescu.exitCode(), 0);
        // Received, queued by the rule, sent and verified by serve's engine.
        QTRY_VERIFY_WITH_TIMEOUT(onArchive(patient) == 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(metricsPort, "/metrics").contains("strata_sync_jobs{state=\"done\"} 1\n"), 30000);
        // serve's own account of it (the line follows the job's write that the metrics read).
        QTRY_VERIFY2_WITH_TIMEOUT((output += QString::fromUtf8(serve.readAll()), output.contains("safe on arch")), qPrintable(output), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_sync_command.moc"
