/// The measurements' repository: saved through the store service's writer thread, listed per
/// study, replaced by uid with the first creation time kept, removed, and read back after the
/// service stopped and started again (a restart of the application).
#include <strata/store/AuditLog.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/StoreService.h>

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::store;

namespace {

MeasurementRecord record(const QString &uid, const QString &study, const QString &kind, const QByteArray &payload)
{
    MeasurementRecord r;
    r.uid = uid;
    r.studyInstanceUid = study;
    r.seriesInstanceUid = study + QStringLiteral(".1");
    r.sopInstanceUid = study + QStringLiteral(".1.1");
    r.kind = kind;
    r.author = QStringLiteral("reader");
    r.payload = payload;
    return r;
}

} // namespace

class TestMeasurements : public QObject {
    Q_OBJECT
private slots:
    void savedListedReplacedRemovedAndKeptOverARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int starts = StoreService::startCount();
        {
            auto service = StoreService::open(dir.path());
            QVERIFY(service.ok());
            auto repo = service.value()->measurements();
            QVERIFY(repo.ok());
            MeasurementRecord first = record(QStringLiteral("2.25.1"), QStringLiteral("1.2.3"), QStringLiteral("length"), R"({"a":1})");
            first.createdAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
            QVERIFY(repo.value()->saveMeasurement(first).ok());
            QVERIFY(repo.value()->saveMeasurement(record(QStringLiteral("2.25.2"), QStringLiteral("1.2.3"), QStringLiteral("angle"), "{}")).ok());
            QVERIFY(repo.value()->saveMeasurement(record(QStringLiteral("2.25.3"), QStringLiteral("9.9"), QStringLiteral("lesion"), "{}")).ok());
            // Replacing keeps the first creation time and takes the new payload.
            MeasurementRecord moved = first;
            moved.createdAt = QDateTime::currentDateTimeUtc();
            moved.payload = R"({"a":2})";
            QVERIFY(repo.value()->saveMeasurement(moved).ok());
            QVERIFY(repo.value()->removeMeasurement(QStringLiteral("2.25.2")).ok());
            QVERIFY(repo.value()->removeMeasurement(QStringLiteral("2.25.404")).ok());
            QVERIFY(!repo.value()->saveMeasurement(record(QString(), QStringLiteral("1.2.3"), QStringLiteral("length"), "{}")).ok());
        }
        // Everything let go: the service stopped. Opening again starts it anew (migrations, recovery).
        auto service = StoreService::open(dir.path());
        QVERIFY(service.ok());
        QCOMPARE(StoreService::startCount(), starts + 2);
        // Each change is in the audit log, under its study; removing what was not there is not.
        auto log = service.value()->auditLog();
        QVERIFY(log.ok());
        AuditFilter changes;
        changes.action = QStringLiteral("measurement-change");
        const std::vector<AuditRecord> audited = log.value()->list(changes).value();
        QStringList seen;
        for (const AuditRecord &r : audited)
            seen << r.object + QLatin1Char(' ') + r.detail;
        QCOMPARE(seen, (QStringList{"1.2.3 length 2.25.1 saved", "1.2.3 angle 2.25.2 saved", "9.9 lesion 2.25.3 saved",
                                    "1.2.3 length 2.25.1 saved", "1.2.3 2.25.2 removed"}));
        QVERIFY(log.value()->verify().value().ok);
        auto repo = service.value()->measurements();
        QVERIFY(repo.ok());
        const std::vector<MeasurementRecord> list = repo.value()->measurements(QStringLiteral("1.2.3")).value();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].uid, QStringLiteral("2.25.1"));
        QCOMPARE(list[0].kind, QStringLiteral("length"));
        QCOMPARE(list[0].author, QStringLiteral("reader"));
        QCOMPARE(list[0].sopInstanceUid, QStringLiteral("1.2.3.1.1"));
        QCOMPARE(list[0].payload, QByteArray(R"({"a":2})"));
        QCOMPARE(list[0].createdAt, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(list[0].modifiedAt > list[0].createdAt);
        const auto one = repo.value()->measurement(QStringLiteral("2.25.3")).value();
        QVERIFY(one.has_value());
        QCOMPARE(one->studyInstanceUid, QStringLiteral("9.9"));
        QVERIFY(!repo.value()->measurement(QStringLiteral("2.25.2")).value().has_value());
        QVERIFY(list[0].mask.isEmpty());  // not a lesion: no mask
    }

    void aLesionsMaskIsKeptBesideItsRow()
    {
        // Bytes with a zero and every value: kept exactly (a BLOB, not text), over a restart.
        QByteArray mask;
        for (int i = 0; i < 3000; ++i)
            mask.append(char(i * 7));
        QTemporaryDir dir;
        {
            auto service = StoreService::open(dir.path());
            QVERIFY(service.ok());
            auto repo = service.value()->measurements();
            MeasurementRecord lesion = record(QStringLiteral("2.25.7"), QStringLiteral("1.2.3"), QStringLiteral("lesion"), "{}");
            lesion.mask = mask;
            QVERIFY(repo.value()->saveMeasurement(lesion).ok());
            QVERIFY(service.value()->schemaVersion() >= 9);
        }
        auto service = StoreService::open(dir.path());
        auto repo = service.value()->measurements();
        QVERIFY(repo.ok());
        const auto stored = repo.value()->measurement(QStringLiteral("2.25.7")).value();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->mask, mask);
        QCOMPARE(repo.value()->measurements(QStringLiteral("1.2.3")).value().front().mask, mask);
        // Saved again with another mask: replaced; without one: gone.
        MeasurementRecord changed = *stored;
        changed.mask = QByteArray("other");
        QVERIFY(repo.value()->saveMeasurement(changed).ok());
        QCOMPARE(repo.value()->measurement(QStringLiteral("2.25.7")).value()->mask, QByteArray("other"));
        changed.mask.clear();
        QVERIFY(repo.value()->saveMeasurement(changed).ok());
        QVERIFY(repo.value()->measurement(QStringLiteral("2.25.7")).value()->mask.isEmpty());
        // The audit says when a mask came with the change.
        AuditFilter changes;
        changes.action = QStringLiteral("measurement-change");
        QStringList seen;
        for (const AuditRecord &r : service.value()->auditLog().value()->list(changes).value())
            seen << r.detail;
        QCOMPARE(seen, (QStringList{"lesion 2.25.7 saved with its mask (3000 bytes)", "lesion 2.25.7 saved with its mask (5 bytes)",
                                    "lesion 2.25.7 saved"}));
    }
};

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
