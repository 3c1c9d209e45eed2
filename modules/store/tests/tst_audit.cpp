// The audit log: the hash chain found whole when untouched, and each kind of tampering with the
// SQLite file (a changed field, a removed row, swapped ids, a cut-off tail, a rewritten chain)
// found at the right record; the store's own records (import, delete, study opened, node change).
#include <strata/core/Sha256.h>
#include <strata/store/AuditLog.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/NodeRepository.h>
#include <strata/store/StoreService.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QSysInfo>
#include <QXmlStreamReader>

using namespace strata;
using namespace strata::store;

namespace {

QString testData(const QString &relative) { return QDir(QStringLiteral(STRATA_TESTDATA_DIR)).filePath(relative); }

/// Runs statements on the index with a connection of its own, as someone editing the file would.
void tamper(const QString &dataDir, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(dataDir + QStringLiteral("/index.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

/// SHA-256 hex computed independently of the log (Qt's implementation, not OpenSSL's).
QByteArray independentHash(const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(); }

/// One ActiveParticipant or ParticipantObjectIdentification of a message, as read back.
struct Part {
    QMap<QString, QString> attributes;
    QMap<QString, QString> codes;  ///< child element name -> csd-code ("RoleIDCode", "MediaType", ...)
    QMap<QString, QString> texts;  ///< child element name -> text
};

/// A DICOM audit message read back with QXmlStreamReader.
struct Message {
    QString eventId;
    QString actionCode;
    QString outcome;
    QList<Part> participants;
    QList<Part> objects;
    QStringList order;  ///< the top-level elements in order

    const Part *participant(const QString &userId) const
    {
        for (const Part &p : participants)
            if (p.attributes.value(QStringLiteral("UserID")) == userId)
                return &p;
        return nullptr;
    }
    const Part *object(const QString &idTypeCode) const
    {
        for (const Part &p : objects)
            if (p.codes.value(QStringLiteral("ParticipantObjectIDTypeCode")) == idTypeCode)
                return &p;
        return nullptr;
    }
};

Part readPart(QXmlStreamReader &x)
{
    Part p;
    for (const QXmlStreamAttribute &a : x.attributes())
        p.attributes.insert(a.name().toString(), a.value().toString());
    while (x.readNextStartElement()) {
        const QString name = x.name().toString();
        if (x.attributes().hasAttribute(QStringLiteral("csd-code"))) {
            p.codes.insert(name, x.attributes().value(QStringLiteral("csd-code")).toString());
            x.skipCurrentElement();
        } else if (name == QLatin1String("MediaIdentifier")) {
            if (x.readNextStartElement()) {
                p.codes.insert(x.name().toString(), x.attributes().value(QStringLiteral("csd-code")).toString());
                x.skipCurrentElement();
            }
            x.skipCurrentElement();
        } else {
            p.texts.insert(name, x.readElementText());
        }
    }
    return p;
}

Message readMessage(const QByteArray &xml)
{
    Message m;
    QXmlStreamReader x(xml);
    if (!x.readNextStartElement() || x.name() != QLatin1String("AuditMessage"))
        return m;
    while (x.readNextStartElement()) {
        const QString name = x.name().toString();
        m.order << name;
        if (name == QLatin1String("EventIdentification")) {
            m.actionCode = x.attributes().value(QStringLiteral("EventActionCode")).toString();
            m.outcome = x.attributes().value(QStringLiteral("EventOutcomeIndicator")).toString();
            m.eventId = readPart(x).codes.value(QStringLiteral("EventID"));
        } else if (name == QLatin1String("ActiveParticipant")) {
            m.participants << readPart(x);
        } else if (name == QLatin1String("ParticipantObjectIdentification")) {
            m.objects << readPart(x);
        } else {
            x.skipCurrentElement();
        }
    }
    return m;
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::shared_ptr<StoreService> m_service;

    QString dataDir() const { return m_tmp->path(); }

    std::unique_ptr<AuditLog> log()
    {
        auto l = m_service->auditLog();
        if (!l.ok())
            qFatal("no audit log: %s", qPrintable(l.error().message()));
        return std::move(l).value();
    }

    /// A fresh data directory with `n` records.
    void freshLog(int n)
    {
        m_service.reset();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        auto s = StoreService::open(dataDir());
        QVERIFY(s.ok());
        m_service = s.value();
        auto l = log();
        for (int i = 1; i <= n; ++i)
            QVERIFY(l->append({QStringLiteral("query"), QStringLiteral("1.2.3.%1").arg(i), QStringLiteral("success"),
                               QStringLiteral("PACS"), QStringLiteral("event %1").arg(i)})
                        .ok());
    }

private slots:
    void cleanup() { m_service.reset(); }

    void recordsChainAndVerify()
    {
        freshLog(5);
        auto records = log()->list().value();
        QCOMPARE(records.size(), size_t(5));
        QByteArray previous(64, '0');
        for (size_t i = 0; i < records.size(); ++i) {
            const AuditRecord &r = records[i];
            QCOMPARE(r.id, qint64(i + 1));
            QCOMPARE(r.previousHash, previous);
            QCOMPARE(r.user, osUserName());
            QVERIFY(!r.user.isEmpty());
            QVERIFY(qAbs(r.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            // The hash is SHA-256 of the documented canonical form, checked with another SHA-256.
            const QByteArray canonical = AuditLog::canonicalRecord(r.id, r.time.toUTC().toString(Qt::ISODateWithMs), r.user,
                                                                   r.action, r.object, r.outcome, r.peer, r.detail, r.previousHash);
            QVERIFY(canonical.startsWith("strata-audit/1\n"));
            QCOMPARE(r.hash, independentHash(canonical));
            previous = r.hash;
        }
        const AuditVerification v = log()->verify().value();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.records, qint64(5));
        QCOMPARE(v.anchored, qint64(5));
        QCOMPARE(v.firstBad, qint64(0));
    }

    void listFilters()
    {
        freshLog(6);
        auto l = log();
        QVERIFY(l->append({QStringLiteral("delete"), QStringLiteral("9.9.9"), QStringLiteral("failure"), {}, QStringLiteral("no")}).ok());
        AuditFilter f;
        f.action = QStringLiteral("delete");
        QCOMPARE(l->list(f).value().size(), size_t(1));
        f = {};
        f.outcome = QStringLiteral("failure");
        QCOMPARE(l->list(f).value().at(0).object, QStringLiteral("9.9.9"));
        f = {};
        f.object = QStringLiteral("1.2.3.");
        QCOMPARE(l->list(f).value().size(), size_t(6));
        f.last = 2;
        const auto lastTwo = l->list(f).value();
        QCOMPARE(lastTwo.size(), size_t(2));
        QCOMPARE(lastTwo.at(0).id, qint64(5));  // oldest first
        QCOMPARE(lastTwo.at(1).id, qint64(6));
        f = {};
        f.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(l->list(f).value().empty());
        f = {};
        f.user = QStringLiteral("somebody-else");
        QVERIFY(l->list(f).value().empty());
    }

    void tamperingIsFoundAtTheRightRecord_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("untouched") << QStringList{} << qint64(0) << QString();
        QTest::newRow("field updated") << QStringList{"UPDATE audit_log SET object = '6.6.6' WHERE id = 4"} << qint64(4)
                                       << QStringLiteral("record 4 was changed");
        QTest::newRow("time updated") << QStringList{"UPDATE audit_log SET time = '2020-01-01T00:00:00.000Z' WHERE id = 7"}
                                      << qint64(7) << QStringLiteral("record 7 was changed");
        QTest::newRow("row deleted") << QStringList{"DELETE FROM audit_log WHERE id = 5"} << qint64(5)
                                     << QStringLiteral("record 5 is missing");
        QTest::newRow("first row deleted") << QStringList{"DELETE FROM audit_log WHERE id = 1"} << qint64(1)
                                           << QStringLiteral("record 1 is missing");
        QTest::newRow("ids reordered") << QStringList{"UPDATE audit_log SET id = -3 WHERE id = 3",
                                                      "UPDATE audit_log SET id = 3 WHERE id = 6",
                                                      "UPDATE audit_log SET id = 6 WHERE id = -3"}
                                       << qint64(3) << QStringLiteral("record 3 was changed");
        QTest::newRow("ids renumbered after a deletion")
            << QStringList{"DELETE FROM audit_log WHERE id = 4", "UPDATE audit_log SET id = id - 1 WHERE id > 4"} << qint64(4)
            << QStringLiteral("record 4 was changed");
        QTest::newRow("tail truncated") << QStringList{"DELETE FROM audit_log WHERE id >= 8"} << qint64(8)
                                        << QStringLiteral("records 8 to 10 are missing");
        QTest::newRow("last row deleted") << QStringList{"DELETE FROM audit_log WHERE id = 10"} << qint64(10)
                                          << QStringLiteral("record 10 is missing");
        QTest::newRow("all rows deleted") << QStringList{"DELETE FROM audit_log"} << qint64(1)
                                          << QStringLiteral("records 1 to 10 are missing");
        QTest::newRow("hash replaced") << QStringList{"UPDATE audit_log SET hash = previous_hash WHERE id = 2"} << qint64(2)
                                       << QStringLiteral("record 2 was changed");
    }

    void tamperingIsFoundAtTheRightRecord()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBad);
        QFETCH(QString, reasonPart);
        freshLog(10);
        tamper(dataDir(), statements);
        const AuditVerification v = log()->verify().value();
        QCOMPARE(v.firstBad, firstBad);
        QCOMPARE(v.ok, firstBad == 0);
        QVERIFY2(v.reason.contains(reasonPart), qPrintable(v.reason));
        QCOMPARE(v.anchored, qint64(10));
    }

    /// A record edited with its own hash recomputed: the next record no longer follows it; the whole
    /// chain recomputed from there on: the anchor's hash no longer matches the end.
    void rewrittenHashesAreFound()
    {
        freshLog(6);
        auto records = log()->list().value();
        auto rewrite = [&](AuditRecord &r) {
            r.object = QStringLiteral("forged");
            r.hash = independentHash(AuditLog::canonicalRecord(r.id, r.time.toUTC().toString(Qt::ISODateWithMs), r.user,
                                                                r.action, r.object, r.outcome, r.peer, r.detail, r.previousHash));
            tamper(dataDir(), {QStringLiteral("UPDATE audit_log SET object = 'forged', hash = '%1' WHERE id = %2")
                                      .arg(QString::fromLatin1(r.hash))
                                      .arg(r.id)});
        };
        rewrite(records[2]);  // record 3
        AuditVerification v = log()->verify().value();
        QCOMPARE(v.firstBad, qint64(4));
        QVERIFY2(v.reason.contains(QStringLiteral("does not follow record 3")), qPrintable(v.reason));

        // Everything after record 3 rewritten to follow it: only the anchor sees it.
        for (size_t i = 3; i < records.size(); ++i) {
            AuditRecord &r = records[i];
            r.previousHash = records[i - 1].hash;
            tamper(dataDir(), {QStringLiteral("UPDATE audit_log SET previous_hash = '%1' WHERE id = %2")
                                      .arg(QString::fromLatin1(r.previousHash))
                                      .arg(r.id)});
            rewrite(r);
        }
        v = log()->verify().value();
        QCOMPARE(v.firstBad, qint64(6));
        QVERIFY2(v.reason.contains(QStringLiteral("not the one anchored")), qPrintable(v.reason));
    }

    void aMissingOrStaleAnchorIsFound()
    {
        freshLog(3);
        const QString anchor = AuditLog::anchorFile(dataDir());
        QVERIFY(QFile::exists(anchor));
        QFile f(anchor);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        f.close();
        QVERIFY(log()->append({QStringLiteral("export"), QStringLiteral("1.2"), {}, {}, {}}).ok());
        QVERIFY(log()->verify().value().ok);
        // An anchor put back from before the last append: the last record is not anchored.
        QVERIFY(QFile::remove(anchor));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(saved);
        f.close();
        AuditVerification v = log()->verify().value();
        QCOMPARE(v.firstBad, qint64(4));
        QVERIFY(QFile::remove(anchor));
        v = log()->verify().value();
        QCOMPARE(v.firstBad, qint64(1));
        QVERIFY(v.reason.contains(QStringLiteral("anchor")));
    }

    // A process killed in the middle of an append (a power cut): before its commit the log verifies
    // and ends where it did before, with a note saying so; after it, the new record is there. The
    // next append carries on the chain, which verifies with no note.
    void aCrashMidAppendLeavesAVerifiableLog_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<qint64>("records");
        QTest::newRow("before the commit") << QStringLiteral("before-commit") << qint64(3);
        QTest::newRow("after the commit") << QStringLiteral("after-commit") << qint64(4);
    }
    void aCrashMidAppendLeavesAVerifiableLog()
    {
        QFETCH(QString, step);
        QFETCH(qint64, records);
        freshLog(3);
        m_service.reset();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRATA_TEST_AUDIT_CRASH"), step);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--append-once"), dataDir()});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 137);
        auto s = StoreService::open(dataDir());
        QVERIFY(s.ok());
        m_service = s.value();
        AuditVerification v = log()->verify().value();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.records, records);
        QCOMPARE(v.anchored, records);
        QCOMPARE(v.note.contains(QStringLiteral("interrupted")), step == QLatin1String("before-commit"));
        QVERIFY(log()->append({QStringLiteral("query"), QStringLiteral("1.2.3.9"), {}, {}, {}}).ok());
        v = log()->verify().value();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.records, records + 1);
        QVERIFY(v.note.isEmpty());
        // Confirmed again, the last record deleted is found as before.
        tamper(dataDir(), {QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(records + 1)});
        v = log()->verify().value();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBad, records + 1);
    }

    /// A longer chain: appended one write at a time, verified whole, found broken in its middle.
    /// (Prints the figures docs/security.md gives; they decide nothing.)
    void aLongChainVerifies()
    {
        QElapsedTimer t;
        t.start();
        freshLog(500);
        const qint64 appendMs = t.elapsed();
        t.restart();
        AuditVerification v = log()->verify().value();
        qInfo("500 appends: %lld ms; verify: %lld ms", appendMs, qint64(t.elapsed()));
        QVERIFY(v.ok);
        QCOMPARE(v.records, qint64(500));
        tamper(dataDir(), {QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE id = 321")});
        v = log()->verify().value();
        QCOMPARE(v.firstBad, qint64(321));
    }

    /// Every kind of record Strata writes, exported as a DICOM audit message: each one valid
    /// against the PS3.15 A.5.1 schema (xmllint, RELAX NG), with A.5.3's event-specific parts:
    /// the participants' roles, network access points of network peers, media for imports and
    /// exports, and the right participant objects (study, patient by Patient Number, query by
    /// the query's SOP class with the query in ParticipantObjectQuery).
    void dicomAuditMessagesFollowPs315()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        QVERIFY2(!xmllint.isEmpty(), "xmllint is needed (packaging/install-deps.sh: libxml2-utils)");
        freshLog(0);
        auto cache = m_service->studies().value();
        const QString source = testData(QStringLiteral("ct-series"));
        const ImportSummary summary = ingest(*cache, IngestSource::Import, {source});
        QCOMPARE(summary.studies.size(), 1);
        const QString study = summary.studies.first();
        // The patient as the file says it (DCMTK, not the index).
        QProcess dump;
        dump.start(QStringLiteral("dcmdump"), {QStringLiteral("-q"), QStringLiteral("+P"), QStringLiteral("0010,0020"),
                                               testData(QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt/01.dcm"))});
        QVERIFY(dump.waitForFinished());
        const QString patientId = QString::fromLatin1(dump.readAllStandardOutput()).section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0);
        QVERIFY(!patientId.isEmpty());

        auto l = log();
        const struct {
            const char *action, *object, *peer;
        } events[] = {
            {"retrieve", nullptr, "pacs (PACS@192.168.1.20:11112)"},
            {"send", nullptr, "ARCHIVE@archive.example.org:104"},
            {"receive", nullptr, "storage-scp"},
            {"query", "name=DOE* modality=CT", "pacs (PACS@192.168.1.20:11112)"},
            {"query", "patients: id=123", "pacs (PACS@192.168.1.20:11112)"},
            {"export", nullptr, "/tmp/out dir/study.zip"},
            {"anonymize", nullptr, "/tmp/anon"},
            {"study-opened", nullptr, ""},
            {"measurement-change", nullptr, ""},
            {"delete", nullptr, ""},
            {"node-change", "pacs", "PACS@192.168.1.20:11112"},
            {"audit-export", "3 record(s)", "/tmp/audit.xml"},
        };
        for (const auto &e : events)
            QVERIFY(l->append({QLatin1String(e.action), e.object ? QString::fromUtf8(e.object) : study, QStringLiteral("success"),
                               QString::fromUtf8(e.peer), {}})
                        .ok());
        const auto records = l->list().value();
        QCOMPARE(records.size(), std::size(events) + 1);  // and the import
        const AuditPatients patients = l->patientsOf(records).value();
        QCOMPARE(patients.value(study).id, patientId);

        QTemporaryDir xmlDir;
        QMap<QString, Message> byAction;
        for (const AuditRecord &r : records) {
            const QByteArray xml = dicomAuditMessage(r, patients);
            const QString file = xmlDir.filePath(QStringLiteral("%1.xml").arg(r.id));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(xml);
            f.close();
            QProcess lint;
            lint.setProcessChannelMode(QProcess::MergedChannels);
            lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--relaxng"), QStringLiteral(STRATA_AUDIT_SCHEMA), file});
            QVERIFY(lint.waitForFinished());
            QVERIFY2(lint.exitCode() == 0, qPrintable(r.action + QLatin1Char(' ') + QString::fromUtf8(lint.readAll()) + QString::fromUtf8(xml)));
            const Message m = readMessage(xml);
            // Every message: the OS user asked, Strata did it.
            const Part *user = m.participant(r.user);
            QVERIFY(user);
            QCOMPARE(user->attributes.value("UserIsRequestor"), QStringLiteral("true"));
            QVERIFY(m.participant(QStringLiteral("STRATA")));
            QCOMPARE(m.participant(QStringLiteral("STRATA"))->attributes.value("UserIsRequestor"), QStringLiteral("false"));
            const QString key = r.action == QLatin1String("query") ? r.action + QLatin1Char(' ') + r.object.section(QLatin1Char(':'), 0, 0) : r.action;
            byAction.insert(key, m);
        }

        auto role = [](const Message &m, const QString &userId) {
            const Part *p = m.participant(userId);
            return p ? p->codes.value(QStringLiteral("RoleIDCode")) : QStringLiteral("(none)");
        };
        auto studyAndPatient = [&](const Message &m) {
            const Part *s = m.object(QStringLiteral("110180"));
            QVERIFY(s);
            QCOMPARE(s->attributes.value("ParticipantObjectID"), study);
            QCOMPARE(s->attributes.value("ParticipantObjectTypeCode"), QStringLiteral("2"));
            QCOMPARE(s->attributes.value("ParticipantObjectTypeCodeRole"), QStringLiteral("3"));
            const Part *p = m.object(QStringLiteral("2"));
            QVERIFY(p);
            QCOMPARE(p->attributes.value("ParticipantObjectID"), patientId);
            QCOMPARE(p->attributes.value("ParticipantObjectTypeCode"), QStringLiteral("1"));
            QCOMPARE(p->attributes.value("ParticipantObjectTypeCodeRole"), QStringLiteral("1"));
            QVERIFY(!p->texts.value("ParticipantObjectName").isEmpty());
        };
        const QString host = QSysInfo::machineHostName();

        // Import (A.5.3.8): the folder read is the Source Media, Strata the destination.
        Message m = byAction.value(QStringLiteral("import"));
        QCOMPARE(m.eventId, QStringLiteral("110107"));
        QCOMPARE(m.actionCode, QStringLiteral("C"));
        const QString sourceUri = QUrl::fromLocalFile(source).toString(QUrl::FullyEncoded);
        QCOMPARE(role(m, sourceUri), QStringLiteral("110155"));
        QCOMPARE(m.participant(sourceUri)->codes.value("MediaType"), QStringLiteral("110037"));
        QCOMPARE(role(m, QStringLiteral("STRATA")), QStringLiteral("110152"));
        studyAndPatient(m);

        // Retrieve (A.5.3.7): the node sent (Source Role ID, its IP address), Strata received
        // (Destination Role ID, this machine's name).
        m = byAction.value(QStringLiteral("retrieve"));
        QCOMPARE(m.eventId, QStringLiteral("110104"));
        QCOMPARE(m.actionCode, QStringLiteral("C"));
        QCOMPARE(role(m, QStringLiteral("PACS")), QStringLiteral("110153"));
        QCOMPARE(m.participant(QStringLiteral("PACS"))->attributes.value("UserName"), QStringLiteral("pacs"));
        QCOMPARE(m.participant(QStringLiteral("PACS"))->attributes.value("NetworkAccessPointID"), QStringLiteral("192.168.1.20"));
        QCOMPARE(m.participant(QStringLiteral("PACS"))->attributes.value("NetworkAccessPointTypeCode"), QStringLiteral("2"));
        QCOMPARE(role(m, QStringLiteral("STRATA")), QStringLiteral("110152"));
        QCOMPARE(m.participant(QStringLiteral("STRATA"))->attributes.value("NetworkAccessPointID"), host);
        QCOMPARE(m.participant(QStringLiteral("STRATA"))->attributes.value("NetworkAccessPointTypeCode"), QStringLiteral("1"));
        studyAndPatient(m);

        // Send: Strata the source, the archive (a machine name) the destination.
        m = byAction.value(QStringLiteral("send"));
        QCOMPARE(m.actionCode, QStringLiteral("R"));
        QCOMPARE(role(m, QStringLiteral("STRATA")), QStringLiteral("110153"));
        QCOMPARE(role(m, QStringLiteral("ARCHIVE")), QStringLiteral("110152"));
        QCOMPARE(m.participant(QStringLiteral("ARCHIVE"))->attributes.value("NetworkAccessPointID"), QStringLiteral("archive.example.org"));
        QCOMPARE(m.participant(QStringLiteral("ARCHIVE"))->attributes.value("NetworkAccessPointTypeCode"), QStringLiteral("1"));
        studyAndPatient(m);

        // Received by the storage SCP: no network address in the record, so none in the message.
        m = byAction.value(QStringLiteral("receive"));
        QCOMPARE(role(m, QStringLiteral("storage-scp")), QStringLiteral("110153"));
        QVERIFY(!m.participant(QStringLiteral("storage-scp"))->attributes.contains("NetworkAccessPointID"));

        // Query (A.5.3.10): Strata asks (Source), the node answers (Destination); the object is
        // the query's SOP class with the query itself, base64.
        for (const auto &[key, sopClass, text] : {std::tuple{"query name=DOE* modality=CT", "1.2.840.10008.5.1.4.1.2.2.1", "name=DOE* modality=CT"},
                                                  std::tuple{"query patients", "1.2.840.10008.5.1.4.1.2.1.1", "patients: id=123"}}) {
            m = byAction.value(QLatin1String(key));
            QCOMPARE(m.eventId, QStringLiteral("110112"));
            QCOMPARE(m.actionCode, QStringLiteral("E"));
            QCOMPARE(role(m, QStringLiteral("STRATA")), QStringLiteral("110153"));
            QCOMPARE(role(m, QStringLiteral("PACS")), QStringLiteral("110152"));
            QCOMPARE(m.objects.size(), 1);
            const Part &q = m.objects.first();
            QCOMPARE(q.attributes.value("ParticipantObjectID"), QLatin1String(sopClass));
            QCOMPARE(q.attributes.value("ParticipantObjectTypeCode"), QStringLiteral("2"));
            QCOMPARE(q.attributes.value("ParticipantObjectTypeCodeRole"), QStringLiteral("24"));
            QCOMPARE(q.codes.value("ParticipantObjectIDTypeCode"), QStringLiteral("110181"));
            QCOMPARE(QByteArray::fromBase64(q.texts.value("ParticipantObjectQuery").toLatin1()), QByteArray(text));
        }

        // Export (A.5.3.6): the file written is the Destination Media.
        m = byAction.value(QStringLiteral("export"));
        QCOMPARE(m.eventId, QStringLiteral("110106"));
        const QString zipUri = QUrl::fromLocalFile(QStringLiteral("/tmp/out dir/study.zip")).toString(QUrl::FullyEncoded);
        QCOMPARE(role(m, zipUri), QStringLiteral("110154"));
        QCOMPARE(m.participant(zipUri)->codes.value("MediaType"), QStringLiteral("110037"));
        QCOMPARE(role(m, QStringLiteral("STRATA")), QStringLiteral("110153"));
        studyAndPatient(m);
        m = byAction.value(QStringLiteral("anonymize"));
        QCOMPARE(m.object(QStringLiteral("110180"))->texts.value("Anonymized"), QStringLiteral("true"));

        // Accessed, changed, deleted: Strata as the Application, the study and its patient.
        for (const auto &[action, event, code] : {std::tuple{"study-opened", "110103", "R"}, std::tuple{"measurement-change", "110103", "U"},
                                                  std::tuple{"delete", "110105", "D"}}) {
            m = byAction.value(QLatin1String(action));
            QCOMPARE(m.eventId, QLatin1String(event));
            QCOMPARE(m.actionCode, QLatin1String(code));
            QCOMPARE(role(m, QStringLiteral("STRATA")), QStringLiteral("110150"));
            studyAndPatient(m);
        }

        // A node changed: a Security Alert about the node; the audit log used: the log by its URI.
        m = byAction.value(QStringLiteral("node-change"));
        QCOMPARE(m.eventId, QStringLiteral("110113"));
        QCOMPARE(m.object(QStringLiteral("110182"))->attributes.value("ParticipantObjectID"), QStringLiteral("pacs"));
        m = byAction.value(QStringLiteral("audit-export"));
        QCOMPARE(m.eventId, QStringLiteral("110101"));
        QCOMPARE(m.object(QStringLiteral("12"))->texts.value("ParticipantObjectName"), QStringLiteral("Security Audit Log"));
    }

    void theStoreRecordsWhatItDoes()
    {
        freshLog(0);
        auto cache = m_service->studies().value();
        const ImportSummary summary = ingest(*cache, IngestSource::Import, {testData(QStringLiteral("ct-series"))});
        QVERIFY(summary.imported > 0);
        QCOMPARE(summary.studies.size(), 1);
        const QString study = summary.studies.first();
        QVERIFY(m_service->worklist().value()->markOpened(study).ok());
        NodeRow node;
        node.name = QStringLiteral("pacs");
        node.aeTitle = QStringLiteral("PACS");
        node.host = QStringLiteral("localhost");
        node.port = 11112;
        node.callingAeTitle = QStringLiteral("STRATA");
        node.auth = QStringLiteral("none");
        auto nodes = m_service->nodes().value();
        const Status saved = nodes->save(node, {}, QStringLiteral("saving"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        QVERIFY(nodes->remove(QStringLiteral("pacs"), QStringLiteral("removing")).ok());
        QVERIFY(cache->deleteStudy(study).ok());

        const auto records = log()->list().value();
        QStringList actions;
        for (const AuditRecord &r : records)
            actions << r.action;
        QCOMPARE(actions, (QStringList{"import", "study-opened", "node-change", "node-change", "delete"}));
        QCOMPARE(records[0].object, study);
        QCOMPARE(records[0].peer, testData(QStringLiteral("ct-series")));
        QVERIFY2(records[0].detail.contains(QStringLiteral("%1 imported").arg(summary.imported)), qPrintable(records[0].detail));
        QCOMPARE(records[1].object, study);
        QCOMPARE(records[2].object, QStringLiteral("pacs"));
        QCOMPARE(records[2].peer, QStringLiteral("PACS@localhost:11112"));
        QCOMPARE(records[3].detail, QStringLiteral("removed"));
        QCOMPARE(records[4].object, study);
        for (const AuditRecord &r : records)
            QCOMPARE(r.outcome, QStringLiteral("success"));
        QVERIFY(log()->verify().value().ok);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The child of aCrashMidAppendLeavesAVerifiableLog: one append to the data directory given,
    // ended at the step STRATA_TEST_AUDIT_CRASH names.
    if (argc == 3 && qstrcmp(argv[1], "--append-once") == 0) {
        auto service = StoreService::open(QString::fromLocal8Bit(argv[2]));
        if (!service.ok())
            return 2;
        auto log = service.value()->auditLog();
        if (!log.ok())
            return 3;
        return log.value()->append({QStringLiteral("export"), QStringLiteral("1.2.3.4"), {}, {}, {}}).ok() ? 0 : 4;
    }
    TestAudit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_audit.moc"
