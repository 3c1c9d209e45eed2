// Settings → Nodes on screen (Xvfb): fill the form with the fixture's Orthanc, Test (on the job
// pool), read the check marks, Save; an invalid AE title shows its message on the page.
#include "NodesPage.h"
#include "SettingsDialog.h"

#include <strata/net/NodeRegistry.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

#include "orthanc_env.h"

namespace {

QByteArray orthancEnv(const QByteArray &key)
{
    return strata::testing::orthancEnvValue(QStringLiteral(STRATA_ORTHANC_DIR), key);
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestNodesPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void testShowsWhatOrthancSupportsAndSaveKeepsIt()
    {
        ui::SettingsDialog dialog(m_data.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ui::NodesPage *page = dialog.nodesPage();
        QVERIFY(page->isVisible());

        QTest::mouseClick(child<QPushButton>(page, "addNode"), Qt::LeftButton);
        type(child<QLineEdit>(page, "name"), QStringLiteral("Test archive"));
        type(child<QLineEdit>(page, "aeTitle"), QString::fromLatin1(orthancEnv("ORTHANC_AET")));
        type(child<QLineEdit>(page, "host"), QStringLiteral("127.0.0.1"));
        child<QSpinBox>(page, "port")->setValue(orthancEnv("ORTHANC_DICOM_PORT").toInt());
        type(child<QLineEdit>(page, "callingAeTitle"), QStringLiteral("STRATA"));
        type(child<QLineEdit>(page, "dicomWebUrl"),
             QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(QString::fromLatin1(orthancEnv("ORTHANC_HTTP_PORT"))));
        QLabel *problems = child<QLabel>(page, "problems");
        QVERIFY2(!problems->isVisible(), qPrintable(problems->text()));
        QVERIFY(child<QPushButton>(page, "saveNode")->isEnabled());

        // Not tested yet: no check marks.
        QLabel *echo = child<QLabel>(page, "capability-echo");
        QCOMPARE(echo->text(), QStringLiteral("– C-ECHO"));

        QSignalSpy tested(page, &ui::NodesPage::testFinished);
        QPushButton *test = child<QPushButton>(page, "testNode");
        QVERIFY(test->isEnabled());
        QElapsedTimer clickTime;
        clickTime.start();
        QTest::mouseClick(test, Qt::LeftButton);
        // The probe runs on the job pool: the click returns at once, with the page busy.
        QVERIFY2(clickTime.elapsed() < 1000, qPrintable(QString::number(clickTime.elapsed())));
        QVERIFY(page->isBusy());
        QVERIFY(!test->isEnabled());
        QVERIFY(child<QLabel>(page, "status")->text().startsWith(QLatin1String("Testing ORTHANC@127.0.0.1:")));
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY(!page->isBusy());

        const QStringList yes{"echo", "findStudyRoot", "findPatientRoot", "cGet", "cStore", "qidoRs", "wadoRs", "stowRs", "orthancRest"};
        for (const QString &key : yes) {
            QLabel *label = page->findChild<QLabel *>(QStringLiteral("capability-") + key);
            QVERIFY2(label->isVisible() && label->text().startsWith(QStringLiteral("✓ ")), qPrintable(key + QLatin1String(": ") + label->text()));
        }
        QCOMPARE(echo->text(), QStringLiteral("✓ C-ECHO"));
        QCOMPARE(child<QLabel>(page, "capability-cGet")->text(), QStringLiteral("✓ C-GET"));
        QCOMPARE(child<QLabel>(page, "capability-qidoRs")->text(), QStringLiteral("✓ QIDO-RS"));
        // The fixture's Orthanc refuses C-MOVE from STRATA (not among its modalities).
        QCOMPARE(child<QLabel>(page, "capability-cMove")->text(), QStringLiteral("✗ C-MOVE"));
        // Each result says what the node answered.
        QVERIFY2(child<QLabel>(page, "capability-cMove")->toolTip().startsWith(QLatin1String("C-MOVE to STRATA: ORTHANC@127.0.0.1:")),
                 qPrintable(child<QLabel>(page, "capability-cMove")->toolTip()));
        QVERIFY(child<QLabel>(page, "capability-cGet")->toolTip().contains(QLatin1String("0xC000")));

        if (const QByteArray dir = qgetenv("STRATA_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-nodes.png"));

        // Save: the node and what Test found are in the registry.
        QSignalSpy saved(page, &ui::NodesPage::saveFinished);
        QTest::mouseClick(child<QPushButton>(page, "saveNode"), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().toBool(), true);
        QListWidget *list = child<QListWidget>(page, "nodeList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Test archive"));
        auto registry = net::NodeRegistry::open(m_data.path());
        QVERIFY(registry.ok());
        const net::Node stored = registry.value()->get(QStringLiteral("Test archive")).value();
        QCOMPARE(stored.aeTitle, QStringLiteral("ORTHANC"));
        QVERIFY(stored.capabilities.probed && stored.capabilities.cGet && stored.capabilities.qidoRs && !stored.capabilities.cMove);
    }

    void invalidAeTitleShowsItsMessage()
    {
        ui::SettingsDialog dialog(m_data.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ui::NodesPage *page = dialog.nodesPage();
        // The node saved above is listed and shown (the list loads off the GUI thread).
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(page, "name")->text(), QStringLiteral("Test archive"), 30000);
        QLabel *problems = child<QLabel>(page, "problems");
        QVERIFY(!problems->isVisible());

        type(child<QLineEdit>(page, "aeTitle"), QStringLiteral("ORTHANC_ARCHIVE_1"));
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(), QStringLiteral("AE title 'ORTHANC_ARCHIVE_1' is 17 characters; DICOM allows at most 16"));
        QVERIFY(!child<QPushButton>(page, "saveNode")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "testNode")->isEnabled());
        if (const QByteArray dir = qgetenv("STRATA_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-nodes-invalid.png"));
        // The message is drawn: the label has a size on screen.
        QVERIFY(problems->width() > 100 && problems->height() > 5);

        // A new node with the same name (any case) is refused on the spot.
        QTest::mouseClick(child<QPushButton>(page, "addNode"), Qt::LeftButton);
        type(child<QLineEdit>(page, "name"), QStringLiteral("TEST ARCHIVE"));
        QVERIFY(problems->text().contains(QLatin1String("A node named 'TEST ARCHIVE' already exists: choose another name")));

        // Fixing the AE title clears its message.
        QTest::mouseClick(child<QPushButton>(page, "addNode"), Qt::LeftButton);
        type(child<QLineEdit>(page, "name"), QStringLiteral("Second"));
        type(child<QLineEdit>(page, "aeTitle"), QStringLiteral("ORTHANC_ARCHIVE_1"));
        type(child<QLineEdit>(page, "host"), QStringLiteral("127.0.0.1"));
        QVERIFY(problems->text().contains(QLatin1String("is 17 characters")));
        type(child<QLineEdit>(page, "aeTitle"), QStringLiteral("ARCHIVE1"));
        QVERIFY2(!problems->isVisible(), qPrintable(problems->text()));
        QVERIFY(child<QPushButton>(page, "saveNode")->isEnabled());
    }
};

QTEST_MAIN(TestNodesPage)
#include "tst_nodes_page.moc"
