// The cache's volume is not filled up by an import: a disc image whose files are compressed on it
// (zisofs) unpacks to far more than the image's size. The test runs in a user and mount namespace
// of its own with the cache on a small tmpfs (small_volume.h).
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>

#include "small_volume.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::store;

namespace {
constexpr const char *kInNamespace = "STRATA_STORE_DISKFULL_NS";
}

class TestStoreDiskFull : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_small;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_small = m_tmp.filePath(QStringLiteral("small"));
        const QString why = testing::mountSmallVolume(m_small, 160, kInNamespace);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase() { testing::unmountSmallVolume(m_small); }

    void aDiscImageThatUnpacksToMoreThanTheDiskHoldsIsStopped()
    {
        const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
        QVERIFY2(!xorriso.isEmpty(), "xorriso is needed (make installs it)");
        // 400 MB of zeros, zisofs-compressed: an image of well under 1 MB.
        const QString content = m_tmp.filePath(QStringLiteral("content"));
        QVERIFY(QDir().mkpath(content));
        {
            QFile big(content + QStringLiteral("/BIG"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(qint64(400) << 20));   // sparse: no disk of the test's own
        }
        const QString iso = m_tmp.filePath(QStringLiteral("bomb.iso"));
        QProcess make;
        make.start(xorriso, {QStringLiteral("-outdev"), iso, QStringLiteral("-zisofs"), QStringLiteral("level=9"), QStringLiteral("-add"), content,
                             QStringLiteral("--"), QStringLiteral("-set_filter_r"), QStringLiteral("--zisofs"), QStringLiteral("/"),
                             QStringLiteral("--"), QStringLiteral("-commit")});
        QVERIFY(make.waitForFinished(120000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        QVERIFY2(QFileInfo(iso).size() < (qint64(4) << 20), qPrintable(QString::number(QFileInfo(iso).size())));

        // A cache on the small volume, with one study in it.
        const QString data = m_small + QStringLiteral("/data");
        auto opened = LocalCache::open(data);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
        auto cache = std::move(opened).value();
        const ImportSummary first = runImport(*cache, {QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl")});
        QCOMPARE(first.imported, 6);
        const qint64 freeBefore = QStorageInfo(data).bytesAvailable();

        const ImportSummary s = runImport(*cache, {iso});
        QCOMPARE(s.imported, 0);
        QCOMPARE(int(s.broken.size()), 1);
        // Refused before anything is written, the image named with why.
        const QString why = s.broken.front().message();
        qInfo("%s", qPrintable(why));
        QVERIFY2(why.contains(iso) && why.contains("not enough room to unpack the disc image: its files take 400 MB"), qPrintable(why));
        // Its space is given back, and the cache holds what it held.
        QDirIterator left(data + QStringLiteral("/store/tmp"), QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));
        QVERIFY(QStorageInfo(data).bytesAvailable() >= freeBefore - (qint64(1) << 20));
        QCOMPARE(cache->instanceCount().value(), qint64(6));
        const ImportSummary again = runImport(*cache, {QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl")});
        QCOMPARE(again.duplicates, 6);
        QVERIFY(again.broken.empty());
    }
};

int main(int argc, char **argv)
{
    if (!testing::enterMountNamespace(kInNamespace, argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestStoreDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_disk_full.moc"
