// The privacy windows (Xvfb): the audit view lists what the store recorded, filters it, verifies
// the chain and names the record after tampering; the de-identified export dialog writes a
// file-set whose files (read back with GDCM through Strata's header reader and with the file
// list) carry no patient name, and records the export in the audit log.
#include <strata/dicom/HeaderReader.h>
#include <strata/measure/KeyObjects.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/AuditLog.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/ui/AuditView.h>
#include <strata/ui/DeidentifyDialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <presentation_state.h>

using namespace strata;

class TestPrivacyGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_study;
    std::shared_ptr<store::StoreService> m_service;

private slots:
    void initTestCase()
    {
        m_data = m_tmp.filePath(QStringLiteral("data"));
        m_service = store::StoreService::open(m_data).value();
        auto cache = m_service->studies().value();
        const store::ImportSummary s = store::ingest(*cache, store::IngestSource::Import,
                                                     {QDir(QStringLiteral(STRATA_TESTDATA_DIR)).filePath(QStringLiteral("rt/dicompyler-core"))});
        QCOMPARE(s.studies.size(), 1);
        m_study = s.studies.first();
        QVERIFY(m_service->worklist().value()->markOpened(m_study).ok());
    }

    void auditViewListsFiltersAndVerifies()
    {
        ui::AuditView view(m_data);
        QSignalSpy loaded(&view, &ui::AuditView::loaded);
        view.show();
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(view.table()->rowCount(), 2);  // import, study opened
        QCOMPARE(view.table()->item(0, 3)->text(), QStringLiteral("import"));
        QCOMPARE(view.table()->item(1, 3)->text(), QStringLiteral("study-opened"));
        QCOMPARE(view.table()->item(1, 4)->text(), m_study);

        view.actionFilter()->setCurrentIndex(view.actionFilter()->findData(QStringLiteral("study-opened")));
        QTRY_COMPARE(view.table()->rowCount(), 1);
        view.actionFilter()->setCurrentIndex(0);
        QTRY_COMPARE(view.table()->rowCount(), 2);
        view.objectFilter()->setText(QStringLiteral("no-such-object"));
        QMetaObject::invokeMethod(view.objectFilter(), "editingFinished");
        QTRY_COMPARE(view.table()->rowCount(), 0);

        QSignalSpy verified(&view, &ui::AuditView::verified);
        QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
        QTRY_COMPARE(verified.count(), 1);
        QCOMPARE(verified.at(0).at(0).toBool(), true);

        // Exported as DICOM audit messages (what the filter shows: all again): the opened study names
        // its patient (as the index knows it).
        view.objectFilter()->clear();
        QMetaObject::invokeMethod(view.objectFilter(), "editingFinished");
        QTRY_COMPARE(view.table()->rowCount(), 2);
        QSignalSpy exported(&view, &ui::AuditView::exported);
        const QString xmlFile = m_tmp.filePath(QStringLiteral("audit.xml"));
        view.exportTo(xmlFile);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(exported.at(0).at(0).toBool());
        QFile xml(xmlFile);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(xml.readAll());
        const QString patientId = m_service->studies().value()->study(m_study).value().patientId;
        QVERIFY(!patientId.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("ParticipantObjectID=\"%1\"").arg(patientId)), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("ParticipantObjectTypeCodeRole=\"1\"")));   // the patient

        // Record 1 edited in the file: the view names it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_data + QStringLiteral("/index.sqlite"));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE audit_log SET user = 'someone' WHERE id = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
        QTRY_COMPARE(verified.count(), 2);
        QCOMPARE(verified.at(1).at(0).toBool(), false);
        QVERIFY2(view.verifyText().contains(QStringLiteral("record is 1")), qPrintable(view.verifyText()));
        // Put right again for the next test (the chain is checked there too).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_data + QStringLiteral("/index.sqlite"));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE audit_log SET user = '%1' WHERE id = 1").arg(store::osUserName())));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

    void exportDialogWritesADeidentifiedFileSet()
    {
        ui::DeidentifyDialog dialog(m_data, {m_study});
        dialog.show();
        const QString folder = m_tmp.filePath(QStringLiteral("export"));
        dialog.folderEdit()->setText(folder);
        dialog.option(QStringLiteral("retainDates"))->setChecked(true);
        QSignalSpy finished(&dialog, &ui::DeidentifyDialog::exportFinished);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.resultText()));
        QVERIFY(QFile::exists(folder + QStringLiteral("/DICOMDIR")));
        QVERIFY(QFile::exists(folder + QStringLiteral("-report.json")));
        int files = 0;
        QDirIterator it(folder + QStringLiteral("/DICOM"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const auto header = dicom::readHeader(it.next());
            QVERIFY(header.ok());
            QVERIFY(header->patientName.raw.startsWith(QLatin1String("ANON")));
            QVERIFY(header->studyInstanceUid.startsWith(QLatin1String("2.25.")));
            QVERIFY(header->studyInstanceUid != m_study);
            ++files;
        }
        QCOMPARE(files, 3);
        auto log = m_service->auditLog().value();
        store::AuditFilter f;
        f.action = QStringLiteral("anonymize");
        const auto records = log->list(f).value();
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records.front().object, m_study);
        QCOMPARE(records.front().outcome, QStringLiteral("success"));
        QVERIFY(log->verify().value().ok);

        // A folder that is not empty is refused, and nothing is written.
        QSignalSpy again(&dialog, &ui::DeidentifyDialog::exportFinished);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE(again.count(), 1);
        QCOMPARE(again.at(0).at(0).toBool(), false);
        QVERIFY(dialog.resultText().contains(QStringLiteral("not an empty folder")));
    }

    void exportDialogLeavesWithdrawnImagesOut()
    {
        // The modality withdrew one of three slices (an IHE rejection note in the study): the
        // de-identified copy holds the other two and the note, and the dialog says what it left out.
        const QString data = m_tmp.filePath(QStringLiteral("withdrawn-data"));
        const QString note = m_tmp.filePath(QStringLiteral("rejection.dcm"));
        QVERIFY(measure::writeKeyObjectSelection({{testing::mrSlice(2), 0}}, {}, {}, note,
                                                 {QStringLiteral("113001"), QStringLiteral("DCM"), QStringLiteral("Rejected for Quality Reasons")})
                    .ok());
        QString study;
        {
            auto cache = store::LocalCache::open(data);
            QVERIFY(cache.ok());
            const store::ImportSummary s = store::runImport(*cache.value(), {testing::mrSlice(0), testing::mrSlice(1), testing::mrSlice(2), note});
            QCOMPARE(s.imported, 4);
            study = s.studies.first();
        }
        const QString withdrawnUid = dicom::readHeader(testing::mrSlice(2)).value().sopInstanceUid;
        ui::DeidentifyDialog dialog(data, {study});
        dialog.show();
        const QString folder = m_tmp.filePath(QStringLiteral("withdrawn-export"));
        dialog.folderEdit()->setText(folder);
        dialog.option(QStringLiteral("retainUids"))->setChecked(true);
        QSignalSpy finished(&dialog, &ui::DeidentifyDialog::exportFinished);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("withdrawn by a rejection note (Rejected for Quality Reasons) left out")),
                 qPrintable(dialog.resultText()));
        QStringList uids;
        QDirIterator it(folder + QStringLiteral("/DICOM"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            uids << dicom::readHeader(it.next()).value().sopInstanceUid;
        QCOMPARE(uids.size(), 3);
        QVERIFY(!uids.contains(withdrawnUid));   // UIDs retained: the slice would be found by its own
    }
};

QTEST_MAIN(TestPrivacyGui)
#include "tst_privacy_gui.moc"
