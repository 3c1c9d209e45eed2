// A full disk on Strata's side in the middle of a retrieve (C-GET, WADO-RS) from the fixture's
// Orthanc. The data folder lives on a small tmpfs: the test executes itself again in a user and
// mount namespace (`unshare -rm`), where it may mount one. The disk is filled until two and a half
// instances of the six-slice MR study fit; the retrieve then reports the full disk and where it
// is, what the cache held before and every instance it took verify intact, and the staging
// folder is gone. With space again, a retrieve of the missing instances completes the study.
// C-MOVE: Strata's own receiver keeps room free (StorageScpConfig::minFreeBytes, 256 MB) and refuses
// what would take it; the node then only reports failed sub-operations, and the retrieve says why.
// Where no such namespace can be had, the test fails and says why: it never skips.
#include <strata/dicom/HeaderReader.h>
#include <strata/net/RemoteArchive.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>

#include "orthanc_env.h"
#include "orthanc_rest.h"
#include "ports.h"
#include "small_volume.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace strata;
using namespace strata::net;

namespace {
const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);
const QString kSeriesDir = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl");
const QString kOtherFile = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm");
constexpr const char *kInNamespace = "STRATA_NET_DISKFULL_NS";

/// A retrieve's outcome in words: the error, or every problem the report names.
QString outcomeText(const Result<RetrieveReport> &r)
{
    if (!r.ok())
        return r.error().message();
    QStringList lines;
    for (const InstanceProblem &p : r.value().problems)
        lines << p.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestNetDiskFull : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_small;
    QString m_study;
    qint64 m_largest = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_small = m_tmp.filePath(QStringLiteral("small"));
        const QString why = testing::mountSmallVolume(m_small, 16, kInNamespace);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        for (const QString &f : QDir(kSeriesDir).entryList({QStringLiteral("*.dcm")}, QDir::Files)) {
            auto header = dicom::readHeader(QDir(kSeriesDir).filePath(f));
            QVERIFY(header.ok());
            m_study = header.value().studyInstanceUid;
            m_largest = std::max(m_largest, QFileInfo(QDir(kSeriesDir).filePath(f)).size());
        }
        QVERIFY(!m_study.isEmpty());
    }

    void cleanupTestCase() { testing::unmountSmallVolume(m_small); }

    void retrieveOnAFullDiskSaysSoAndKeepsTheCache_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("C-GET") << int(RetrieveMethod::CGet);
        QTest::newRow("WADO-RS") << int(RetrieveMethod::WadoRs);
    }

    void retrieveOnAFullDiskSaysSoAndKeepsTheCache()
    {
        QFETCH(int, method);
        const QString dataDir = m_small + QStringLiteral("/data-") + QString::fromLatin1(QTest::currentDataTag());
        const QString filler = m_small + QStringLiteral("/filler");
        QFile::remove(filler);  // a row that failed before left it
        const auto freeAgain = qScopeGuard([&] { QFile::remove(filler); });

        // What the cache held before: another study, imported while there was room.
        {
            auto cache = store::LocalCache::open(dataDir);
            QVERIFY(cache.ok());
            const store::ImportSummary before = store::ingest(*cache.value(), store::IngestSource::Import, {kOtherFile});
            QCOMPARE(before.imported, 1);
        }

        // The disk fills up until two and a half of the study's instances fit.
        QVERIFY(testing::fillUp(filler) > 0);
        QVERIFY(::truncate(QFile::encodeName(filler).constData(), QFileInfo(filler).size() - m_largest * 5 / 2) == 0);

        RetrieveRequest request;
        request.studyInstanceUid = m_study;
        request.method = RetrieveMethod(method);
        Timeouts timeouts;
        timeouts.dimse = 10;
        const RemoteArchive archive(testing::orthancNode(kOrthancDir), timeouts);
        const auto full = archive.retrieve(request, dataDir, {}, {});
        const QString said = outcomeText(full);
        qInfo("retrieve on the full disk: %s", qPrintable(said));
        QVERIFY2(!full.ok() || !full.value().complete(), qPrintable(said));
        // Why, in words, and where: the full disk, on the data folder's volume.
        QVERIFY2(said.contains(QStringLiteral("disk is full")) || said.contains(QStringLiteral("No space left")), qPrintable(said));
        QVERIFY2(said.contains(dataDir), qPrintable(said));

        // Nothing stored before is lost, every instance taken is whole, no staging is left behind.
        {
            auto cache = store::LocalCache::open(dataDir);
            QVERIFY(cache.ok());
            auto verify = cache.value()->verify();
            QVERIFY(verify.ok());
            QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
            QVERIFY(verify->checked >= 1);
            QVERIFY(cache.value()->studyInstances(m_study).value().size() < 6);
        }
        QCOMPARE(QDir(dataDir + QStringLiteral("/incoming")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

        // Space again: the missing instances are fetched, the study is whole.
        QVERIFY(QFile::remove(filler));
        request.onlyMissing = true;
        const auto again = archive.retrieve(request, dataDir, {}, {});
        QVERIFY2(again.ok() && again.value().complete(), qPrintable(outcomeText(again)));
        auto cache = store::LocalCache::open(dataDir);
        QVERIFY(cache.ok());
        QCOMPARE(int(cache.value()->studyInstances(m_study).value().size()), 6);
        auto verify = cache.value()->verify();
        QVERIFY(verify.ok());
        QCOMPARE(verify->checked, 7);
        QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
    }

    void moveOntoAFullDiskSaysTheReceiverRefused()
    {
        // 16 MB of volume is below the receiver's 256 MB floor: every instance the node sends is
        // refused as out of resources. The error says so, not that the node may not know Strata.
        const QString dataDir = m_small + QStringLiteral("/data-move");
        const quint16 port = testing::freePort();
        const QString ae = QStringLiteral("DISKFULL%1").arg(::getpid() % 100000);
        const QByteArray body = QStringLiteral(R"({"AET":"%1","Host":"127.0.0.1","Port":%2})").arg(ae).arg(port).toUtf8();
        QCOMPARE(testing::orthancRest(kOrthancDir, "PUT", QStringLiteral("/modalities/%1").arg(ae), body).first, 200);
        const auto unregister = qScopeGuard([&] { testing::orthancRest(kOrthancDir, "DELETE", QStringLiteral("/modalities/%1").arg(ae), {}); });
        Node node = testing::orthancNode(kOrthancDir);
        node.callingAeTitle = ae;
        RetrieveRequest request;
        request.studyInstanceUid = m_study;
        request.method = RetrieveMethod::CMove;
        request.moveListenPort = port;
        const auto moved = RemoteArchive(node, Timeouts{}).retrieve(request, dataDir, {}, {});
        const QString said = outcomeText(moved);
        qInfo("C-MOVE onto the full disk: %s", qPrintable(said));
        QVERIFY2(!moved.ok() || !moved.value().complete(), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("could not keep")) && said.contains(QStringLiteral("out of resources")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("does the node know")), qPrintable(said));
        auto cache = store::LocalCache::open(dataDir);
        QVERIFY(cache.ok());
        QCOMPARE(int(cache.value()->studyInstances(m_study).value().size()), 0);
        QCOMPARE(QDir(dataDir + QStringLiteral("/incoming")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }
};

int main(int argc, char **argv)
{
    if (!testing::enterMountNamespace(kInNamespace, argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestNetDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_net_disk_full.moc"
