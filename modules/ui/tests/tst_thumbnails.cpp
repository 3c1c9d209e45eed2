// ThumbnailRenderer and SeriesThumbnailModel headless, on real files from ../shared/testdata.
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/ui/ThumbnailRenderer.h>
#include <strata/ui/models/SeriesThumbnailModel.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

#include "image_stats.h"

using namespace strata;
using ui::SeriesThumbnailModel;
using ui::ThumbnailRenderer;

namespace {

const QString kTestData = QStringLiteral(STRATA_TESTDATA_DIR);

using strata::testing::variance;

} // namespace

class TestThumbnails : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void rendersAFileWithItsStoredWindow()
    {
        const QString file = kTestData + QStringLiteral("/ts-matrix/pydicom-pkg/CT_small.dcm");
        auto image = ThumbnailRenderer::render(file);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message()));
        QCOMPARE(image.value().format(), QImage::Format_Grayscale8);
        QVERIFY(variance(image.value()) > 0);

        // The grey of a pixel follows the file's first window (or the frame's min/max).
        auto header = dicom::readHeader(file);
        auto decoded = dicom::decodePixels(file);
        QVERIFY(header.ok() && decoded.ok());
        QCOMPARE(image.value().size(), QSize(decoded.value().columns, decoded.value().rows));
        const std::vector<float> values = decoded.value().modalityFrame(0);
        double center, width;
        if (!header.value().pixel.windows.empty()) {
            center = header.value().pixel.windows.front().center;
            width = header.value().pixel.windows.front().width;
        } else {
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            center = (*lo + *hi) / 2.0 + 0.5;
            width = *hi - *lo + 1.0;
        }
        for (int i : {0, 1000, 2080, 4095}) {
            const int x = i % decoded.value().columns, y = i / decoded.value().columns;
            const double v = values[std::size_t(i)];
            const double expected = std::clamp((v - (center - 0.5 - (width - 1) / 2)) / (width - 1) * 255.0, 0.0, 255.0);
            QVERIFY2(std::abs(qGray(image.value().pixel(x, y)) - expected) <= 1.0,
                     qPrintable(QStringLiteral("pixel %1: %2 vs %3").arg(i).arg(qGray(image.value().pixel(x, y))).arg(expected)));
        }
    }

    void rendersColourAsColour()
    {
        auto image = ThumbnailRenderer::render(kTestData + QStringLiteral("/ts-matrix/pydicom-pkg/SC_rgb_rle.dcm"));
        QVERIFY(image.ok());
        QCOMPARE(image.value().format(), QImage::Format_RGB888);
        bool coloured = false;
        for (int y = 0; y < image.value().height() && !coloured; ++y)
            for (int x = 0; x < image.value().width() && !coloured; ++x) {
                const QRgb p = image.value().pixel(x, y);
                coloured = qRed(p) != qGreen(p) || qGreen(p) != qBlue(p);
            }
        QVERIFY(coloured);
    }

    void cachesEverySizeAsPng()
    {
        const QString file = kTestData + QStringLiteral("/mr/dwv-bbmri-6sl/bbmri-53323419.dcm");
        const QString uid = QStringLiteral("1.2.3.4.5");
        auto thumb = ThumbnailRenderer::thumbnail(m_dir.path(), uid, file, 128);
        QVERIFY2(thumb.ok(), qPrintable(thumb.ok() ? QString() : thumb.error().message()));
        QCOMPARE(std::max(thumb.value().width(), thumb.value().height()), 128);
        QVERIFY(variance(thumb.value()) > 0);
        for (int size : ThumbnailRenderer::kCachedSizes) {
            const QString path = ThumbnailRenderer::cachePath(m_dir.path(), uid, size);
            QCOMPARE(path, m_dir.path() + QStringLiteral("/thumbnails/1.2.3.4.5_%1.png").arg(size));
            QImage png(path);
            QVERIFY2(!png.isNull(), qPrintable(path));
            QCOMPARE(std::max(png.width(), png.height()), size);
        }
        // The second time comes from the cache: the file is not even read.
        auto cached = ThumbnailRenderer::thumbnail(m_dir.path(), uid, QStringLiteral("/no/such/file.dcm"), 64);
        QVERIFY(cached.ok());
        QCOMPARE(cached.value().width(), 64);
    }

    void namesTheFileThatCannotBeRendered()
    {
        const QString file = kTestData + QStringLiteral("/edge-cases/pydicom-pkg-charset_files/FileInfo.txt");
        auto thumb = ThumbnailRenderer::thumbnail(m_dir.path(), QStringLiteral("9.9"), file, 128);
        QVERIFY(!thumb.ok());
        QVERIFY2(thumb.error().message().contains(QStringLiteral("FileInfo.txt")), qPrintable(thumb.error().message()));
        QVERIFY(!QFileInfo::exists(ThumbnailRenderer::cachePath(m_dir.path(), QStringLiteral("9.9"), 128)));
    }

    void deletingAStudyRemovesItsCachedThumbnails()
    {
        // The store's thumbnails repository deletes the files this renderer caches.
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
