// The Query/Retrieve tab on screen against the fixture's Orthanc: the registered node is listed
// and ticked, a search fills the table with what the node holds (marked by node), and Retrieve
// brings the study into the local cache, shown in the Local tab, without stalling the GUI thread.
#include <strata/dicom/HeaderReader.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/LocalCache.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/QueryRetrievePanel.h>
#include <strata/ui/ReceiveController.h>
#include <strata/ui/SendDialog.h>
#include <strata/store/ImportPipeline.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/StudyFilterBar.h>
#include <strata/ui/models/SeriesThumbnailModel.h>
#include <strata/ui/models/StudyTableModel.h>

#include "gap_monitor.h"
#include "fresh_copies.h"
#include "orthanc_env.h"
#include "orthanc_rest.h"
#include "ports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QRandomGenerator>
#include <QSettings>
#include <QTcpServer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {
// What the fixture's Orthanc holds under a UID (its /tools/lookup answer).
QJsonArray archiveLookup(const QString &uid)
{
    return QJsonDocument::fromJson(testing::orthancRestBody(QStringLiteral(STRATA_ORTHANC_DIR), "POST", QStringLiteral("/tools/lookup"), uid.toUtf8()))
        .array();
}

// Removes a study a test sent from the fixture's Orthanc.
void deleteFromArchive(const QString &studyUid)
{
    for (const QJsonValue &v : archiveLookup(studyUid))
        testing::orthancRest(QStringLiteral(STRATA_ORTHANC_DIR), "DELETE", QStringLiteral("/studies/") + v.toObject().value(QStringLiteral("ID")).toString());
}
} // namespace

class TestQueryRetrieveGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());   // the window's settings: this test's own
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("query-retrieve-gui"));
        QSettings().clear();
    }

    void retrievesByCMoveIntoTheWindowsReceiver()
    {
        // This workstation receives what the PACS pushes (File → Settings → Receiving: WINRECV on
        // its port), and the PACS knows WINRECV at that port only; the PACS offers C-MOVE, not
        // C-GET. Retrieve on the Query/Retrieve tab moves the study into that receiver. (A receiver
        // of its own for the move would want port 11112, which this test holds.)
        const QString file = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/bbmri-53323131.dcm");
        auto header = dicom::readHeader(file);
        QVERIFY(header.ok());
        QTcpServer defaultMovePort;
        defaultMovePort.listen(QHostAddress::Any, 11112);   // held here, or by another program: not free either way
        const quint16 port = testing::freePort();
        QVERIFY(port != 0);
        QCOMPARE(testing::orthancRest(QStringLiteral(STRATA_ORTHANC_DIR), "PUT", QStringLiteral("/modalities/WINRECV"),
                                      QStringLiteral(R"({"AET":"WINRECV","Host":"127.0.0.1","Port":%1})").arg(port).toUtf8())
                     .first,
                 200);
        QTemporaryDir data;
        net::Node node = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
        node.name = QStringLiteral("pacs");
        node.callingAeTitle = QStringLiteral("WINRECV");
        node.capabilities.probed = true;
        node.capabilities.echo = node.capabilities.findStudyRoot = node.capabilities.cMove = true;
        node.capabilities.cGet = node.capabilities.wadoRs = node.capabilities.qidoRs = false;
        node.dicomWebUrl.clear();
        {
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            auto saved = registry.value()->save(node);
            QVERIFY2(!saved, qPrintable(saved ? saved->message() : QString()));
        }
        ui::ReceiveSettings receiving;
        receiving.enabled = true;
        receiving.aeTitle = QStringLiteral("WINRECV");
        receiving.port = port;
        receiving.allowed = {node.aeTitle};
        receiving.save();
        auto restore = qScopeGuard([] { ui::ReceiveSettings{}.save(); });

        ui::MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.receiveController()->isListening(), 10000);
        ui::QueryRetrievePanel *panel = window.queryRetrievePanel();
        window.tabs()->setCurrentWidget(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->nodeList()->count(), 1, 10000);
        QTest::keyClicks(panel->filterBar()->patientIdEdit(), header.value().patientId);
        QTest::keyClick(panel->filterBar()->patientIdEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isQuerying() && panel->results()->rowCount() > 0, 30000);
        QCOMPARE(panel->results()->rowCount(), 1);
        auto status = [&] { return panel->results()->item(0, ui::QueryRetrievePanel::StatusColumn)->text(); };
        panel->table()->selectRow(0);
        QTest::mouseClick(panel->retrieveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->retrievesRunning() == 0 && !status().contains(QLatin1String("waiting")), 60000);
        QCOMPARE(status(), QStringLiteral("in the cache (6 images, C-MOVE)"));
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        QCOMPARE(cache.value()->studyInstances(header.value().studyInstanceUid).value().size(), size_t(6));
        QVERIFY(window.receiveController()->isListening());   // it goes on receiving
        ui::StudyTableModel *local = window.studyBrowser()->studyModel();
        QTRY_COMPARE_WITH_TIMEOUT(local->rowCount(), 1, 10000);
    }

    void searchAndRetrieveOnScreen()
    {
        const QString file = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/bbmri-53323131.dcm");
        auto header = dicom::readHeader(file);
        QVERIFY(header.ok());
        QTemporaryDir data;
        {
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            net::Node node = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
            node.name = QStringLiteral("archive");
            auto saved = registry.value()->save(node);
            QVERIFY2(!saved, qPrintable(saved ? saved->message() : QString()));
        }

        ui::MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::QueryRetrievePanel *panel = window.queryRetrievePanel();
        window.tabs()->setCurrentWidget(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->nodeList()->count(), 1, 10000);
        QCOMPARE(panel->nodeList()->item(0)->text(), QStringLiteral("archive"));
        QCOMPARE(panel->nodeList()->item(0)->checkState(), Qt::Checked);

        testing::GapMonitor gaps;
        QTest::keyClicks(panel->filterBar()->patientIdEdit(), header.value().patientId);
        QTest::keyClick(panel->filterBar()->patientIdEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isQuerying() && panel->results()->rowCount() > 0, 30000);
        // Tests that store copies into the shared archive give them patient IDs of their own: the
        // fixture's patient has exactly the fixture's study.
        QCOMPARE(panel->results()->rowCount(), 1);
        const int row = 0;
        QCOMPARE(panel->results()->item(row, 0)->data(ui::QueryRetrievePanel::StudyUidRole).toString(), header.value().studyInstanceUid);
        auto cell = [&](int column) { return panel->results()->item(row, column)->text(); };
        QCOMPARE(cell(ui::QueryRetrievePanel::NodesColumn), QStringLiteral("archive"));
        QCOMPARE(cell(ui::QueryRetrievePanel::IdColumn), header.value().patientId);
        QCOMPARE(cell(ui::QueryRetrievePanel::InstancesColumn), QStringLiteral("6"));
        QVERIFY2(panel->statusText().contains(QStringLiteral("%1 studies found").arg(panel->results()->rowCount())),
                 qPrintable(panel->statusText()));

        // What is on screen: the row is drawn (text pixels in the patient-ID cell).
        QTableView *table = panel->table();
        table->scrollTo(panel->results()->index(row, 0));
        const QRect idRect = table->visualRect(panel->results()->index(row, ui::QueryRetrievePanel::IdColumn));
        const QImage shot = table->viewport()->grab(idRect).toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 2, "the patient ID cell looks empty on screen");

        // Retrieve it: the status column follows, the Local tab shows the study.
        table->selectRow(row);
        QTest::mouseClick(panel->retrieveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->retrievesRunning() == 0
                                     && cell(ui::QueryRetrievePanel::StatusColumn).contains(QLatin1String("in the cache")),
                                 60000);
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            auto instances = cache.value()->studyInstances(header.value().studyInstanceUid);
            QVERIFY(instances.ok());
            QCOMPARE(instances.value().size(), size_t(6));
        }
        // A second Retrieve only checks what is missing: nothing.
        QTest::mouseClick(panel->retrieveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->retrievesRunning() == 0
                                     && cell(ui::QueryRetrievePanel::StatusColumn).contains(QLatin1String("all 6 images were already there")),
                                 60000);
        ui::StudyTableModel *local = window.studyBrowser()->studyModel();
        QTRY_COMPARE_WITH_TIMEOUT(local->rowCount(), 1, 10000);   // the local cache: only what was retrieved
        qInfo() << "longest GUI thread gap while querying and retrieving:" << gaps.maxGapMs() << "ms";
        QVERIFY2(gaps.maxGapMs() < 1000, qPrintable(QString::number(gaps.maxGapMs())));
    }

    void unreachableNodeIsNamedNotFatal()
    {
        QTemporaryDir data;
        {
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            net::Node good = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
            good.name = QStringLiteral("archive");
            QVERIFY(!registry.value()->save(good));
            net::Node dead = good;
            dead.name = QStringLiteral("closed");
            dead.port = 1;   // nothing listens there
            dead.dicomWebUrl.clear();
            QVERIFY(!registry.value()->save(dead));
        }
        ui::QueryRetrievePanel panel(data.path());
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.nodeList()->count(), 2, 10000);
        panel.filterBar()->patientIdEdit()->setText(QStringLiteral("1CT1"));   // the fixture's CT patient
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isQuerying(), 30000);
        QCOMPARE(panel.results()->rowCount(), 1);   // the good node still answered
        QVERIFY2(panel.statusText().contains(QLatin1String("closed")), qPrintable(panel.statusText()));
    }

    void nodesAreValidatedAgainWhenListed()
    {
        QTemporaryDir data;
        const QString ca = data.filePath(QStringLiteral("ca.pem"));
        {
            QFile f(ca);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        }
        {
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            net::Node node = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
            node.name = QStringLiteral("tls archive");
            node.tls.enabled = true;
            node.tls.trustedCertificates = ca;
            auto saved = registry.value()->save(node);
            QVERIFY2(!saved, qPrintable(saved ? saved->message() : QString()));
        }
        QFile::remove(ca);   // the CA file moved away after the node was saved
        ui::QueryRetrievePanel panel(data.path());
        QTRY_COMPARE_WITH_TIMEOUT(panel.nodeList()->count(), 1, 10000);
        QCOMPARE(panel.nodeList()->item(0)->checkState(), Qt::Unchecked);   // not searched until fixed
        QVERIFY2(panel.statusText().contains(QLatin1String("tls archive")) && panel.statusText().contains(ca),
                 qPrintable(panel.statusText()));
    }

    void sendsStudiesToSeveralNodesFromTheBrowser()
    {
        // A study of the cache with a patient of its own, and two nodes: the archive, and one
        // where nobody listens.
        QTemporaryDir data, copies;
        const QStringList files = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/bbmri-53323275.dcm")}, copies.path());
        QCOMPARE(files.size(), 1);
        const QString studyUid = dicom::readHeader(files.front()).value().studyInstanceUid;
        auto removeFromArchive = qScopeGuard([&] { deleteFromArchive(studyUid); });
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            QCOMPARE(store::runImport(*cache.value(), files).imported, 1);
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            net::Node archive = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
            archive.name = QStringLiteral("archive");
            QVERIFY(!registry.value()->save(archive));
            net::Node nobody = archive;
            nobody.name = QStringLiteral("nobody");
            nobody.aeTitle = QStringLiteral("NOBODY");
            nobody.port = testing::freePort();
            nobody.dicomWebUrl.clear();
            QVERIFY(!registry.value()->save(nobody));
        }
        ui::MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::StudyBrowser *browser = window.studyBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(browser->studyModel()->rowCount(), 1, 30000);
        browser->table()->selectRow(0);
        QTRY_VERIFY(browser->sendToAction()->isEnabled());
        QSignalSpy opened(browser, &ui::StudyBrowser::sendDialogOpened);
        browser->sendToAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = opened.first().at(0).value<ui::SendDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->nodeList()->count(), 2, 10000);
        for (int i = 0; i < 2; ++i)
            dialog->nodeList()->item(i)->setCheckState(Qt::Checked);
        QVERIFY(dialog->sendButton()->isEnabled());
        QSignalSpy finished(dialog, &ui::SendDialog::sendFinished);
        testing::GapMonitor gaps;
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(dialog->isSending());
        QVERIFY(finished.wait(60000));
        // A result per node: sent and verified on the archive; the other named, with its reason.
        QVERIFY2(dialog->resultText(QStringLiteral("archive")).startsWith(QLatin1String("sent 1 ")), qPrintable(dialog->resultText(QStringLiteral("archive"))));
        QVERIFY2(dialog->resultText(QStringLiteral("archive")).contains(QLatin1String("stored remotely")), qPrintable(dialog->resultText(QStringLiteral("archive"))));
        const QString failed = dialog->resultText(QStringLiteral("nobody"));
        QVERIFY2(failed.startsWith(QLatin1String("failed: ")) && failed.contains(QStringLiteral("NOBODY@")), qPrintable(failed));
        QVERIFY(store::LocalCache::open(data.path()).value()->study(studyUid).value().remoteStored);
        QVERIFY2(gaps.maxGapMs() < 1000, qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(gaps.maxGapMs())));
        dialog->close();
    }

    void sendsTheSeriesChosenInTheStrip()
    {
        // One study in two series of three images; only the second series is chosen in the strip.
        QTemporaryDir data, copies;
        const QString dir = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/");
        const QStringList names = QDir(dir).entryList({QStringLiteral("bbmri-*.dcm")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 6);
        const QString unique = QString::number(QRandomGenerator::system()->generate64());
        const QString studyUid = QStringLiteral("2.25.1") + unique;
        const QString firstSeries = QStringLiteral("2.25.2") + unique, secondSeries = QStringLiteral("2.25.3") + unique;
        const QString patient = testing::uniquePatientId(QStringLiteral("SERIES"));
        QStringList files;
        for (int half = 0; half < 2; ++half) {
            QStringList sources;
            for (int i = 0; i < 3; ++i)
                sources << dir + names.at(half * 3 + i);
            const QString sub = QDir(copies.path()).filePath(QString::number(half));
            QVERIFY(QDir().mkpath(sub));
            const QStringList made = testing::freshCopies(sources, sub, patient,
                                                          {QStringLiteral("StudyInstanceUID=") + studyUid,
                                                           QStringLiteral("SeriesInstanceUID=") + (half ? secondSeries : firstSeries)});
            QCOMPARE(made.size(), 3);
            files << made;
        }
        auto removeFromArchive = qScopeGuard([&] { deleteFromArchive(studyUid); });
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            QCOMPARE(store::runImport(*cache.value(), files).imported, 6);
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            net::Node archive = testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
            archive.name = QStringLiteral("archive");
            QVERIFY(!registry.value()->save(archive));
        }
        ui::MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::StudyBrowser *browser = window.studyBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(browser->studyModel()->rowCount(), 1, 30000);
        QVERIFY(!browser->sendSeriesToAction()->isEnabled());
        browser->table()->selectRow(0);
        QAbstractItemModel *strip = browser->seriesStrip()->model();
        QTRY_COMPARE_WITH_TIMEOUT(strip->rowCount(), 2, 30000);
        int second = -1;
        for (int row = 0; row < 2; ++row)
            if (strip->index(row, 0).data(ui::SeriesThumbnailModel::SeriesUidRole).toString() == secondSeries)
                second = row;
        QVERIFY(second >= 0);
        QVERIFY(!browser->sendSeriesToAction()->isEnabled());   // nothing chosen in the strip yet
        browser->seriesStrip()->selectionModel()->select(strip->index(second, 0), QItemSelectionModel::ClearAndSelect);
        QVERIFY(browser->sendSeriesToAction()->isEnabled());
        QSignalSpy opened(browser, &ui::StudyBrowser::sendDialogOpened);
        browser->sendSeriesToAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = opened.first().at(0).value<ui::SendDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>() && dialog->findChild<QLabel *>()->text().contains(QLatin1String("1 series")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->nodeList()->count(), 1, 10000);
        dialog->nodeList()->item(0)->setCheckState(Qt::Checked);
        QSignalSpy finished(dialog, &ui::SendDialog::sendFinished);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const QString result = dialog->resultText(QStringLiteral("archive"));
        QVERIFY2(result.startsWith(QLatin1String("sent 3 ")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("lists 3 of 6")), qPrintable(result));
        // The archive holds that series and nothing of the other; the study is not whole there.
        const QJsonArray found = archiveLookup(studyUid);
        QCOMPARE(found.size(), 1);
        const QString orthancStudy = found.first().toObject().value(QStringLiteral("ID")).toString();
        const QJsonArray held = QJsonDocument::fromJson(testing::orthancRestBody(QStringLiteral(STRATA_ORTHANC_DIR), "GET",
                                                                                 QStringLiteral("/studies/%1/series").arg(orthancStudy)))
                                    .array();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().toObject().value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("SeriesInstanceUID")).toString(), secondSeries);
        QCOMPARE(held.first().toObject().value(QStringLiteral("Instances")).toArray().size(), 3);
        QVERIFY(!store::LocalCache::open(data.path()).value()->study(studyUid).value().remoteStored);
        dialog->close();
    }
};

QTEST_MAIN(TestQueryRetrieveGui)
#include "tst_query_retrieve_gui.moc"
