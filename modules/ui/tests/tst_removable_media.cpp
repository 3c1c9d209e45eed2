// RemovableMediaWatcher: which roots hold a DICOMDIR (a real one from ../shared/testdata), and the
// polling that reports newly mounted media once.
#include <strata/ui/RemovableMediaWatcher.h>

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using ui::RemovableMediaWatcher;

namespace {

const QString kDicomdir = QStringLiteral(STRATA_TESTDATA_DIR "/dicomdir-cd/pydicom-dicomdirtests/DICOMDIR");

bool copyDicomdir(const QString &folder, const QString &name = QStringLiteral("DICOMDIR"))
{
    return QDir().mkpath(folder) && QFile::copy(kDicomdir, folder + QLatin1Char('/') + name);
}

} // namespace

class TestRemovableMedia : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString root(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kDicomdir));
        QVERIFY(copyDicomdir(root(QStringLiteral("cd-root"))));
        QVERIFY(copyDicomdir(root(QStringLiteral("cd-lower")), QStringLiteral("dicomdir")));
        QVERIFY(copyDicomdir(root(QStringLiteral("cd-versions")), QStringLiteral("DICOMDIR.;1")));   // ISO 9660 names as recorded
        QVERIFY(copyDicomdir(root(QStringLiteral("usb-depth1")) + QStringLiteral("/EXPORT")));
        QVERIFY(copyDicomdir(root(QStringLiteral("usb-depth2")) + QStringLiteral("/a/b")));
        QVERIFY(copyDicomdir(root(QStringLiteral("usb-depth3")) + QStringLiteral("/a/b/c")));
        QVERIFY(QDir().mkpath(root(QStringLiteral("usb-photos")) + QStringLiteral("/DCIM/100")));
        QFile other(root(QStringLiteral("usb-photos")) + QStringLiteral("/DCIM/100/IMG_0001.JPG"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        // A folder named DICOMDIR is not a DICOMDIR.
        QVERIFY(QDir().mkpath(root(QStringLiteral("usb-folder")) + QStringLiteral("/DICOMDIR")));
        // Discs burnt without a DICOMDIR: an image two folders down (found), and one four down
        // (past where the watcher looks).
        const QString image = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/") + QDir(QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl")).entryList({QStringLiteral("*.dcm")}).value(0);
        QVERIFY(QDir().mkpath(root(QStringLiteral("cd-no-dicomdir")) + QStringLiteral("/PATIENT/STUDY1")));
        QVERIFY(QFile::copy(image, root(QStringLiteral("cd-no-dicomdir")) + QStringLiteral("/PATIENT/STUDY1/IMG00001")));
        QVERIFY(QDir().mkpath(root(QStringLiteral("cd-deep")) + QStringLiteral("/a/b/c/d")));
        QVERIFY(QFile::copy(image, root(QStringLiteral("cd-deep")) + QStringLiteral("/a/b/c/d/IMG00001")));
    }

    void findsDicomFilesOnADiscWithoutADicomdir()
    {
        QVERIFY(RemovableMediaWatcher::holdsDicomFiles(root(QStringLiteral("cd-no-dicomdir"))));
        QVERIFY(!RemovableMediaWatcher::holdsDicomFiles(root(QStringLiteral("cd-deep"))));
        QVERIFY(RemovableMediaWatcher::holdsDicomFiles(root(QStringLiteral("cd-deep")), 4));
        QVERIFY(!RemovableMediaWatcher::holdsDicomFiles(root(QStringLiteral("usb-photos"))));   // a JPEG
        QVERIFY(!RemovableMediaWatcher::holdsDicomFiles(root(QStringLiteral("not-mounted"))));
    }

    void findsADicomdirAtTheRootOrTwoLevelsBelow()
    {
        const QStringList all{root(QStringLiteral("cd-root")),    root(QStringLiteral("cd-lower")),   root(QStringLiteral("usb-depth1")),
                              root(QStringLiteral("usb-depth2")), root(QStringLiteral("usb-depth3")), root(QStringLiteral("usb-photos")),
                              root(QStringLiteral("usb-folder")), root(QStringLiteral("not-mounted")), root(QStringLiteral("cd-versions"))};
        const QStringList expected{root(QStringLiteral("cd-root")), root(QStringLiteral("cd-lower")), root(QStringLiteral("usb-depth1")),
                                   root(QStringLiteral("usb-depth2")), root(QStringLiteral("cd-versions"))};
        QCOMPARE(RemovableMediaWatcher::rootsWithDicomdir(all), expected);
        QCOMPARE(RemovableMediaWatcher::findDicomdir(root(QStringLiteral("cd-root"))), root(QStringLiteral("cd-root")) + QStringLiteral("/DICOMDIR"));
        QCOMPARE(RemovableMediaWatcher::findDicomdir(root(QStringLiteral("cd-versions"))), root(QStringLiteral("cd-versions")) + QStringLiteral("/DICOMDIR.;1"));
        QCOMPARE(RemovableMediaWatcher::findDicomdir(root(QStringLiteral("usb-depth2"))),
                 root(QStringLiteral("usb-depth2")) + QStringLiteral("/a/b/DICOMDIR"));
        QCOMPARE(RemovableMediaWatcher::findDicomdir(root(QStringLiteral("usb-depth2")), 1), QString());
        QCOMPARE(RemovableMediaWatcher::findDicomdir(root(QStringLiteral("usb-depth3")), 3),
                 root(QStringLiteral("usb-depth3")) + QStringLiteral("/a/b/c/DICOMDIR"));
    }

    void listsMountedVolumesWithoutFailing()
    {
        // Whatever this machine has mounted: the call returns, and never offers the root file system.
        for (const RemovableMediaWatcher::Volume &v : RemovableMediaWatcher::removableVolumes())
            QVERIFY(v.root != QLatin1String("/"));
    }

    void reportsEachNewlyMountedDiscOnce()
    {
        QMutex mutex;
        QList<RemovableMediaWatcher::Volume> mounted{{root(QStringLiteral("usb-photos")), QStringLiteral("PHOTOS")}};
        RemovableMediaWatcher watcher;
        watcher.setVolumeSource([&] {
            QMutexLocker lock(&mutex);
            return mounted;
        });
        QSignalSpy polled(&watcher, &RemovableMediaWatcher::polled);
        QSignalSpy inserted(&watcher, &RemovableMediaWatcher::dicomMediaMounted);
        QSignalSpy removed(&watcher, &RemovableMediaWatcher::mediaUnmounted);
        watcher.setInterval(20);
        watcher.start();
        QVERIFY(polled.wait(30000));
        QCOMPARE(inserted.count(), 0);  // no DICOMDIR on the photo stick

        {
            QMutexLocker lock(&mutex);
            mounted << RemovableMediaWatcher::Volume{root(QStringLiteral("cd-root")), QStringLiteral("STUDY_CD")};
        }
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 30000);
        QCOMPARE(inserted.first().at(0).toString(), root(QStringLiteral("cd-root")));
        QCOMPARE(inserted.first().at(1).toString(), QStringLiteral("STUDY_CD"));
        QCOMPARE(inserted.first().at(2).toString(), root(QStringLiteral("cd-root")) + QStringLiteral("/DICOMDIR"));
        // Still mounted on the following polls: not offered again.
        const int seen = int(polled.count());
        QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= seen + 3, 30000);
        QCOMPARE(inserted.count(), 1);

        // Ejected, then inserted again: offered again.
        {
            QMutexLocker lock(&mutex);
            mounted.removeLast();
        }
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 30000);
        QCOMPARE(removed.first().at(0).toString(), root(QStringLiteral("cd-root")));
        {
            QMutexLocker lock(&mutex);
            mounted << RemovableMediaWatcher::Volume{root(QStringLiteral("cd-root")), QStringLiteral("STUDY_CD")};
        }
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 2, 30000);
        // A disc without a DICOMDIR but with images: offered, with no DICOMDIR to read.
        {
            QMutexLocker lock(&mutex);
            mounted << RemovableMediaWatcher::Volume{root(QStringLiteral("cd-no-dicomdir")), QStringLiteral("NO_INDEX")};
        }
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 3, 30000);
        QCOMPARE(inserted.last().at(0).toString(), root(QStringLiteral("cd-no-dicomdir")));
        QCOMPARE(inserted.last().at(2).toString(), QString());
        watcher.stop();
        QVERIFY(!watcher.isActive());
    }
};

QTEST_GUILESS_MAIN(TestRemovableMedia)
#include "tst_removable_media.moc"
