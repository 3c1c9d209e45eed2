// Receiving in the window: File → Settings → Receiving turns the Storage SCP on (AE title, port,
// senders let in); DCMTK's storescu pushes a series to it as a PACS would; the Local tab shows the
// study and the status bar says where Strata listens; a sender not let in is turned away; turned
// off, the port is closed again.
#include <strata/dicom/HeaderReader.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/ReceiveController.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/models/StudyTableModel.h>

#include "SettingsDialog.h"
#include "ports.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::ui;

namespace {

const QString kSeries = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl");

QStringList seriesFiles()
{
    QStringList files;
    for (const QString &f : QDir(kSeries).entryList({QStringLiteral("*.dcm")}, QDir::Files))
        files << QDir(kSeries).filePath(f);
    return files;
}

int storescu(const QString &callingAe, quint16 port, const QStringList &files, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("storescu"), QStringList{QStringLiteral("-aet"), callingAe, QStringLiteral("-aec"), QStringLiteral("WORKSTATION"),
                                                   QStringLiteral("127.0.0.1"), QString::number(port)} + files);
    p.waitForFinished(60000);
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

QStringList shownStudies(StudyBrowser *browser)
{
    QStringList uids;
    for (int r = 0; r < browser->studyModel()->rowCount(); ++r)
        uids << browser->studyModel()->index(r, 0).data(StudyTableModel::StudyUidRole).toString();
    return uids;
}

} // namespace

class TestReceiveGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("receive-gui"));
        QSettings().clear();
    }

    void receivesWhatIsPushed()
    {
        QTemporaryDir data;
        const quint16 port = testing::freePort();
        QVERIFY(port != 0);
        const auto header = dicom::readHeader(seriesFiles().value(0));
        QVERIFY(header.ok());
        const QString study = header.value().studyInstanceUid;

        MainWindow window(data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReceiveController *receive = window.receiveController();
        QVERIFY(receive);
        QVERIFY(!receive->label()->isVisible());   // off until it is turned on
        QVERIFY(window.statusBar()->findChildren<QLabel *>().contains(receive->label()));

        // File → Settings… → Receiving, as the user fills it in.
        QAction *settings = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Settings…"))
                settings = a;
        QVERIFY(settings);
        settings->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *ae = dialog->findChild<QLineEdit *>(QStringLiteral("receiveAeTitle"));
        auto *portBox = dialog->findChild<QSpinBox *>(QStringLiteral("receivePort"));
        auto *allowed = dialog->findChild<QLineEdit *>(QStringLiteral("receiveAllowed"));
        auto *on = dialog->findChild<QCheckBox *>(QStringLiteral("receiveEnabled"));
        QVERIFY(ae && portBox && allowed && on);
        ae->setText(QStringLiteral("WORKSTATION"));
        emit ae->editingFinished();
        portBox->setValue(port);
        emit portBox->editingFinished();
        allowed->setText(QStringLiteral("PACS, CT01"));
        emit allowed->editingFinished();
        on->click();
        QTRY_VERIFY_WITH_TIMEOUT(receive->isListening(), 10000);
        QCOMPARE(receive->statusText(), QStringLiteral("Receiving as WORKSTATION on port %1").arg(port));
        QVERIFY(receive->label()->isVisible());
        QVERIFY(listening(port));

        // A sender not let in is turned away; the PACS's series arrives and shows in the Local tab.
        QString out;
        QVERIFY2(storescu(QStringLiteral("STRANGER"), port, seriesFiles(), &out) != 0, qPrintable(out));
        QVERIFY(!shownStudies(window.studyBrowser()).contains(study));
        QVERIFY2(storescu(QStringLiteral("PACS"), port, seriesFiles(), &out) == 0, qPrintable(out));
        // (It may show in parts: each batch the importer takes in refreshes the list.)
        auto imagesShown = [&] {
            const int row = shownStudies(window.studyBrowser()).indexOf(study);
            return row < 0 ? 0 : window.studyBrowser()->studyModel()->index(row, StudyTableModel::Images).data().toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(imagesShown(), int(seriesFiles().size()), 20000);

        // Turned off: the port is closed.
        on->click();
        QTRY_VERIFY_WITH_TIMEOUT(!receive->busy() && !receive->isListening(), 15000);
        QVERIFY(!receive->label()->isVisible());
        QVERIFY(!listening(port));
        dialog->close();
    }

    void saysWhyItCannotListen()
    {
        // The port taken by another program: the status bar says so, and receiving is off.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::Any, 0));
        ReceiveSettings s;
        s.enabled = true;
        s.port = other.serverPort();
        s.allowAny = true;
        s.save();
        QTemporaryDir data;
        MainWindow window(data.path());
        ReceiveController *receive = window.receiveController();
        QTRY_VERIFY_WITH_TIMEOUT(!receive->busy() && receive->statusText().startsWith(QLatin1String("Receiving: off")), 10000);
        QVERIFY2(receive->statusText().contains(QLatin1String("the port is already in use")), qPrintable(receive->statusText()));
        QVERIFY(!receive->isListening());
        ReceiveSettings{}.save();
    }
};

QTEST_MAIN(TestReceiveGui)
#include "tst_receive_gui.moc"
