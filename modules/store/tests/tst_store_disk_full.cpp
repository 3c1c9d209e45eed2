// The cache's volume is not filled up by an import: a disc image whose files are compressed on it
// (zisofs) unpacks to far more than the image's size. The test runs in a user and mount namespace
// of its own with the cache on a small tmpfs (small_volume.h).
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>

#include "small_volume.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
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

    void aDiscImageThatUnpacksToMoreThanTheDiskHoldsIsRefused()
    {
        const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
        QVERIFY2(!xorriso.isEmpty(), "xorriso is needed (make installs it)");
        // Images with their files zisofs-compressed: 300 MB of zeros and 2 MB that do not
        // compress (an image of about 2 MB: within 200 times its size, more than the volume
        // holds), and 400 MB of zeros alone (an image of 0.5 MB: more than 200 times its size).
        auto image = [&](const QString &name, qint64 zeros, qint64 noise) {
            const QString content = m_tmp.filePath(name);
            if (!QDir().mkpath(content))
                return QString();
            QFile big(content + QStringLiteral("/BIG"));
            if (!big.open(QIODevice::WriteOnly) || !big.resize(zeros))   // sparse: no disk of the test's own
                return QString();
            big.close();
            QFile random(content + QStringLiteral("/NOISE"));
            if (!random.open(QIODevice::WriteOnly))
                return QString();
            QByteArray bytes(int(noise), Qt::Uninitialized);
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            random.write(bytes);
            random.close();
            const QString iso = m_tmp.filePath(name + QStringLiteral(".iso"));
            QProcess make;
            make.start(xorriso, {QStringLiteral("-outdev"), iso, QStringLiteral("-zisofs"), QStringLiteral("level=9"), QStringLiteral("-add"), content,
                                 QStringLiteral("--"), QStringLiteral("-set_filter_r"), QStringLiteral("--zisofs"), QStringLiteral("/"),
                                 QStringLiteral("--"), QStringLiteral("-commit")});
            if (!make.waitForFinished(120000) || make.exitCode() != 0)
                return QString();
            return iso;
        };
        const QString iso = image(QStringLiteral("big"), qint64(300) << 20, qint64(2) << 20);
        const QString bomb = image(QStringLiteral("bomb"), qint64(400) << 20, 0);
        QVERIFY(!iso.isEmpty() && !bomb.isEmpty());
        QVERIFY2(QFileInfo(iso).size() < (qint64(3) << 20), qPrintable(QString::number(QFileInfo(iso).size())));
        QVERIFY2(QFileInfo(bomb).size() < (qint64(1) << 20), qPrintable(QString::number(QFileInfo(bomb).size())));

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
        QVERIFY2(why.contains(iso) && why.contains("not enough room to unpack the disc image: its files take 302 MB"), qPrintable(why));
        const ImportSummary b = runImport(*cache, {bomb});
        QCOMPARE(b.imported, 0);
        QCOMPARE(int(b.broken.size()), 1);
        QVERIFY2(b.broken.front().message().contains(bomb) && b.broken.front().message().contains("its files take 400 MB unpacked, more than the"),
                 qPrintable(b.broken.front().message()));
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
