// StudyTableModel headless, on a real cache filled from ../shared/testdata: rows, sorting,
// accent-insensitive filtering, modality filter, paging, stale results dropped (the latest query wins).
#include <strata/core/Executors.h>
#include <strata/measure/KeyObjects.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/ui/models/StudyTableModel.h>

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <presentation_state.h>

#include <algorithm>

using namespace strata;
using ui::StudyTableModel;

namespace {

const QString kTestData = QStringLiteral(STRATA_TESTDATA_DIR);

/// Waits until the model has applied its latest query.
bool settle(StudyTableModel &model, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (model.isLoading() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return !model.isLoading();
}

QStringList column(const StudyTableModel &model, int column)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data().toString();
    return values;
}

} // namespace

class TestStudyTableModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::LocalCache> m_cache;
    int m_total = 0;

    int cacheTotal(store::StudyQuery q)
    {
        q.limit = 1;
        auto page = m_cache->searchStudies(q);
        return page.ok() ? page.value().total : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = store::LocalCache::open(m_dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().message()));
        m_cache = std::move(cache).value();
        const store::ImportSummary summary = store::runImport(
            *m_cache, {kTestData + QStringLiteral("/ts-matrix/pydicom-pkg"), kTestData + QStringLiteral("/edge-cases/pydicom-pkg-charset_files"),
                       kTestData + QStringLiteral("/mr/dwv-bbmri-6sl")});
        QVERIFY(!summary.fatal);
        QVERIFY2(summary.imported >= 30, qPrintable(QString::number(summary.imported)));
        qInfo() << "imported" << summary.imported << "duplicates" << summary.duplicates << "conflicts" << summary.conflicts << "broken" << summary.broken.size() << "not DICOM" << summary.notDicom.size();
        m_total = cacheTotal({});
        QVERIFY2(m_total > 10, qPrintable(QString::number(m_total)));
    }

    void showsEveryStudyWithItsColumns()
    {
        StudyTableModel model(m_dir.path());
        QCOMPARE(model.columnCount(), int(StudyTableModel::ColumnCount));
        QCOMPARE(model.headerData(StudyTableModel::Patient, Qt::Horizontal).toString(), QStringLiteral("Patient"));
        QCOMPARE(model.headerData(StudyTableModel::Images, Qt::Horizontal).toString(), QStringLiteral("Images"));
        QSignalSpy loading(&model, &StudyTableModel::loadingChanged);
        model.refresh();
        QVERIFY(model.isLoading());  // the query runs elsewhere: the call returned at once
        QVERIFY(settle(model));
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model.totalMatches(), m_total);
        QCOMPARE(model.rowCount(), std::min(m_total, model.pageSize()));
        QVERIFY(model.lastError().isEmpty());

        const int row = model.rowOfStudy(model.study(0).studyInstanceUid);
        QCOMPARE(row, 0);
        // Every study of the cache has a UID, a count of images, and its dates as ISO dates.
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(!model.index(r, 0).data(StudyTableModel::StudyUidRole).toString().isEmpty());
            QVERIFY(model.index(r, StudyTableModel::Images).data().toInt() >= 1);
            QVERIFY(model.index(r, StudyTableModel::Series).data().toInt() >= 1);
            const QString date = model.index(r, StudyTableModel::StudyDate).data().toString();
            QVERIFY2(date.isEmpty() || QDate::fromString(date, Qt::ISODate).isValid() || !date.contains(QLatin1Char('-')), qPrintable(date));
        }
        // The six-slice MR is one study with six images.
        bool foundMr = false;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.study(r).instanceCount == 6 && model.study(r).modalities.contains(QLatin1String("MR")))
                foundMr = true;
        QVERIFY(foundMr);
    }

    // A study whose modality withdrew an image (an IHE rejection note): the Images column counts
    // what is shown and says how many are withdrawn, its tooltip why.
    void countsWithdrawnImagesApart()
    {
        QTemporaryDir dir;
        const QString note = dir.filePath(QStringLiteral("rejection.dcm"));
        QVERIFY(measure::writeKeyObjectSelection({{testing::mrSlice(2), 0}}, {}, {}, note,
                                                 {QStringLiteral("113001"), QStringLiteral("DCM"), QStringLiteral("Rejected for Quality Reasons")})
                    .ok());
        const QString data = dir.filePath(QStringLiteral("data"));
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            QCOMPARE(store::runImport(*cache.value(), {testing::mrSlice(0), testing::mrSlice(1), testing::mrSlice(2), note}).imported, 4);
        }
        StudyTableModel model(data);
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.study(0).instanceCount, 4);
        QCOMPARE(model.study(0).withdrawnCount, 1);
        QCOMPARE(model.index(0, StudyTableModel::Images).data().toString(), QStringLiteral("3 (1 withdrawn)"));
        QCOMPARE(model.index(0, StudyTableModel::Images).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("1 image(s) withdrawn by a rejection note: kept in the cache, not shown or copied"));
    }

    void sortsByTheIndexedColumns()
    {
        StudyTableModel model(m_dir.path());
        model.sort(StudyTableModel::Patient, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.sortColumn(), int(StudyTableModel::Patient));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY2(store::foldForSearch(model.study(r - 1).patientName) <= store::foldForSearch(model.study(r).patientName),
                     qPrintable(model.study(r - 1).patientName + QStringLiteral(" > ") + model.study(r).patientName));
        const QString firstAscending = model.study(0).studyInstanceUid;

        model.sort(StudyTableModel::Patient, Qt::DescendingOrder);
        QVERIFY(settle(model));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(store::foldForSearch(model.study(r - 1).patientName) >= store::foldForSearch(model.study(r).patientName));
        QVERIFY(model.study(0).studyInstanceUid != firstAscending);

        model.sort(StudyTableModel::StudyDate, Qt::AscendingOrder);
        QVERIFY(settle(model));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.study(r - 1).studyDate <= model.study(r).studyDate);

        model.sort(StudyTableModel::Images, Qt::DescendingOrder);
        QVERIFY(settle(model));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.study(r - 1).instanceCount >= model.study(r).instanceCount);
        QVERIFY(model.study(0).instanceCount >= 6);  // the six-slice MR, or a larger one

        // Birth date is not indexed for sorting: the order stays as it was, nothing is queried.
        model.sort(StudyTableModel::BirthDate, Qt::AscendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.sortColumn(), int(StudyTableModel::Images));
    }

    void filtersByNameWithoutAccentsOrCase()
    {
        StudyTableModel model(m_dir.path());
        store::StudyQuery q;
        q.patientName = QStringLiteral("jerome");
        model.setFilters(q);
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.totalMatches(), model.rowCount());
        QVERIFY2(column(model, StudyTableModel::Patient).join(QLatin1Char('|')).contains(QStringLiteral("Jérôme")),
                 qPrintable(column(model, StudyTableModel::Patient).join(QLatin1Char('|'))));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.study(r).patientName.startsWith(QStringLiteral("Buc^Jérôme")));

        q.patientName = QStringLiteral("RÜDIGER");
        model.setFilters(q);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.study(0).patientName.contains(QStringLiteral("Rüdiger")));

        q.patientName = QStringLiteral("nobody-has-this-name");
        model.setFilters(q);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalMatches(), 0);
    }

    void filtersByModality()
    {
        StudyTableModel model(m_dir.path());
        store::StudyQuery q;
        q.modality = QStringLiteral("CT");
        model.setFilters(q);
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.totalMatches(), cacheTotal(q));
        QVERIFY(model.totalMatches() < m_total);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY2(model.index(r, StudyTableModel::Modalities).data().toString().split(QStringLiteral(", ")).contains(QStringLiteral("CT")),
                     qPrintable(model.index(r, StudyTableModel::Modalities).data().toString()));
        QCOMPARE(model.filters().modality, QStringLiteral("CT"));
    }

    void pagesThroughTheMatches()
    {
        StudyTableModel model(m_dir.path());
        model.setPageSize(5);
        model.sort(StudyTableModel::Patient, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.pageCount(), (m_total + 4) / 5);
        QSet<QString> seen;
        for (int page = 0; page < model.pageCount(); ++page) {
            model.setPage(page);
            QVERIFY(settle(model));
            QCOMPARE(model.page(), page);
            const int expected = page + 1 < model.pageCount() ? 5 : m_total - 5 * page;
            QCOMPARE(model.rowCount(), expected);
            for (int r = 0; r < model.rowCount(); ++r)
                seen.insert(model.study(r).studyInstanceUid);
        }
        QCOMPARE(int(seen.size()), m_total);  // every study once, none twice
        // Past the end clamps to the last page.
        model.setPage(1000);
        QVERIFY(settle(model));
        QCOMPARE(model.page(), model.pageCount() - 1);
        // A new filter starts again on the first page.
        model.setFilters({});
        QCOMPARE(model.page(), 0);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 5);
    }

    void dropsStaleResults()
    {
        StudyTableModel model(m_dir.path());
        QSignalSpy loaded(&model, &StudyTableModel::pageLoaded);
        store::StudyQuery a;
        a.patientName = QStringLiteral("buc");
        store::StudyQuery b;
        b.modality = QStringLiteral("MR");
        // Many queries in a row: only the last one's rows may show, whatever order they finish in.
        for (int i = 0; i < 10; ++i)
            model.setFilters(i % 2 ? b : a);
        model.setFilters(a);
        QVERIFY(settle(model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.totalMatches(), cacheTotal(a));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.study(r).patientName.startsWith(QStringLiteral("Buc")));
    }

    void showsOnlyTheLatestOfTwoQueries()
    {
        store::StudyQuery mr;
        mr.modality = QStringLiteral("MR");
        store::StudyQuery buc;
        buc.patientName = QStringLiteral("buc");
        {
            // The first query's rows would show: it matches studies the second does not.
            store::StudyQuery q = mr;
            auto page = m_cache->searchStudies(q);
            QVERIFY(page.ok());
            QVERIFY(std::any_of(page.value().studies.begin(), page.value().studies.end(),
                                [](const store::StudyRecord &s) { return !s.patientName.startsWith(QStringLiteral("Buc")); }));
        }
        StudyTableModel model(m_dir.path());
        QSignalSpy loaded(&model, &StudyTableModel::pageLoaded);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilters(mr);
        model.setFilters(buc);  // at once: the first is still running or queued
        QVERIFY(settle(model));
        // Whatever became of the first query, its result is never delivered.
        QVERIFY(executor(Executor::Interactive)->waitForDone(20000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.totalMatches(), cacheTotal(buc));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.study(r).patientName.startsWith(QStringLiteral("Buc")));
    }

    void refreshKeepsRowsInPlace()
    {
        StudyTableModel model(m_dir.path());
        model.refresh();
        QVERIFY(settle(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(reset.count(), 0);  // same studies: views keep their selection
        QCOMPARE(changed.count(), 1);
    }

    void reportsAnUnusableDataDirectory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        StudyTableModel model(file + QStringLiteral("/cache"));
        QSignalSpy failed(&model, &StudyTableModel::queryFailed);
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStudyTableModel)
#include "tst_study_table_model.moc"
