/// Patient reconciliation of a cached study (LocalCache::reconcileStudy, dicom::reconcileFile) on
/// the real MR series of ../shared: its files written again with the local patient's identity and
/// read back by DCMTK's dcmdump (the values, their character set, the former values in the
/// Original Attributes Sequence, the UIDs and pixels untouched); the study filed under that
/// patient in the index, its former files gone, verify clean; another patient's ID, invalid
/// values, a name the character set cannot hold and a damaged file refused with nothing changed.
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/Reconcile.h>
#include <strata/store/AuditLog.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <dicom_tools.h>
#include <presentation_state.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::testing::mrSlice;
using strata::testing::tagValue;

namespace {

QStringList slices()
{
    QStringList out;
    for (int k = 0; k < 6; ++k)
        out << mrSlice(k);
    return out;
}

/// Every instance's file and SHA-256, by SOP Instance UID.
QHash<QString, QPair<QString, QString>> filesOf(store::LocalCache &cache, const QString &study)
{
    QHash<QString, QPair<QString, QString>> out;
    auto instances = cache.studyInstances(study);
    if (instances.ok())
        for (const store::InstanceRecord &i : instances.value())
            out.insert(i.sopInstanceUid, {i.filePath, QString::fromLatin1(i.sha256)});
    return out;
}

/// dcmdump's lines of `tag` in `file`, nested ones too, each with its sequence path in front.
QStringList dumpLines(const QString &file, const QString &tag)
{
    QProcess dump;
    dump.start(QStringLiteral("dcmdump"), {QStringLiteral("-q"), QStringLiteral("+p"), QStringLiteral("+P"), tag, file});
    dump.waitForFinished(60000);
    return QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

QString dumpLine(const QString &file, const QString &tag) { return dumpLines(file, tag).value(0); }

} // namespace

class TestReconcile : public QObject {
    Q_OBJECT
private slots:
    void filesTheStudyUnderTheLocalPatient()
    {
        QTemporaryDir data;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), slices());
        QCOMPARE(imported.imported, 6);
        const QString study = imported.studies.front();
        QVERIFY(cache.value()->setRemoteStored(study, true).ok());
        const auto before = filesOf(*cache.value(), study);
        auto formerHeader = dicom::readHeader(mrSlice(0));
        QVERIFY(formerHeader.ok());
        const QString formerId = formerHeader.value().patientId;

        dicom::PatientIdentityChange change;
        change.id = QStringLiteral("LOCAL-0042");
        change.issuer = QStringLiteral("HOSPITAL A");
        change.name = QStringLiteral("Müller^Anna");   // ISO_IR 100 holds it
        change.birthDate = QStringLiteral("19700101");
        change.sex = QStringLiteral("F");
        change.accessionNumber = QStringLiteral("ACC123");
        QList<qint64> done;
        // Background sync's routing listens as to an ingest: told of the study, as a reconciliation.
        QList<QPair<store::IngestSource, QStringList>> heard;
        const int listener = store::addIngestListener([&](store::IngestSource source, const QString &dir, const store::ImportSummary &summary) {
            if (dir == data.path())
                heard.append({source, summary.studies});
        });
        auto report = cache.value()->reconcileStudy(study, change, dicom::ModificationReason::Coerce, {},
                                                    [&](const Progress &p) { done << p.done; });
        store::removeIngestListener(listener);
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.front().first, store::IngestSource::Reconcile);
        QCOMPARE(heard.front().second, QStringList{study});
        QCOMPARE(store::ingestSourceName(store::IngestSource::Reconcile), QStringLiteral("reconcile"));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().instances, 6);
        QCOMPARE(done, (QList<qint64>{1, 2, 3, 4, 5, 6}));
        QVERIFY(!report.value().joinedPatient);
        QCOMPARE(report.value().changed, (QStringList{QStringLiteral("Accession Number"), QStringLiteral("Issuer of Patient ID"), QStringLiteral("Patient ID"),
                                                      QStringLiteral("Patient's Birth Date"), QStringLiteral("Patient's Name"), QStringLiteral("Patient's Sex")}));

        // The index: the study under the new patient, the former one gone, no longer marked as on
        // an archive; the same instances in new files, the former files removed, verify clean.
        const auto after = filesOf(*cache.value(), study);
        QCOMPARE(QSet<QString>(after.keyBegin(), after.keyEnd()), QSet<QString>(before.keyBegin(), before.keyEnd()));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY(after.value(it.key()).second != it.value().second);
            QVERIFY2(!QFile::exists(it.value().first), qPrintable(it.value().first));
            QVERIFY(QFile::exists(after.value(it.key()).first));
        }
        auto record = cache.value()->study(study);
        QVERIFY(record.ok());
        QCOMPARE(record.value().patientId, QStringLiteral("LOCAL-0042"));
        QCOMPARE(record.value().patientName, QStringLiteral("Müller^Anna"));
        QCOMPARE(record.value().patientBirthDate, QStringLiteral("19700101"));
        QCOMPARE(record.value().patientSex, QStringLiteral("F"));
        QCOMPARE(record.value().accessionNumber, QStringLiteral("ACC123"));
        QVERIFY(!record.value().remoteStored);
        store::StudyQuery byName;
        byName.patientName = QStringLiteral("muller");
        QCOMPARE(cache.value()->searchStudies(byName).value().total, 1);
        store::StudyQuery byFormerId;
        byFormerId.patientId = formerId;
        QCOMPARE(cache.value()->searchStudies(byFormerId).value().total, 0);
        auto verified = cache.value()->verify();
        QVERIFY(verified.ok() && verified.value().ok());
        QCOMPARE(verified.value().checked, 6);
        QVERIFY(QDir(data.path() + QStringLiteral("/store/tmp")).entryList(QDir::Files).isEmpty());

        // The files, as DCMTK reads them: the new values in ISO 8859-1, the former ones kept.
        const QString file = after.value(formerHeader.value().sopInstanceUid).first;
        QCOMPARE(tagValue(file, QStringLiteral("0010,0020")), QStringLiteral("LOCAL-0042"));
        QCOMPARE(tagValue(file, QStringLiteral("0008,0050")), QStringLiteral("ACC123"));
        QCOMPARE(tagValue(file, QStringLiteral("0008,0005")), QStringLiteral("ISO_IR 100"));
        auto reread = dicom::readHeader(file);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value().patientName.raw, QStringLiteral("Müller^Anna"));
        QCOMPARE(reread.value().sopInstanceUid, formerHeader.value().sopInstanceUid);
        QCOMPARE(reread.value().studyInstanceUid, formerHeader.value().studyInstanceUid);
        QCOMPARE(reread.value().seriesInstanceUid, formerHeader.value().seriesInstanceUid);
        QCOMPARE(dumpLine(file, QStringLiteral("0400,0565")).section(u'[', 1).section(u']', 0, 0), QStringLiteral("COERCE"));
        QCOMPARE(dumpLine(file, QStringLiteral("0400,0563")).section(u'[', 1).section(u']', 0, 0), QStringLiteral("Strata"));
        const QStringList ids = dumpLines(file, QStringLiteral("0010,0020"));
        QCOMPARE(ids.size(), 2);
        QVERIFY2(ids.at(1).startsWith(QStringLiteral("(0400,0561).(0400,0550).(0010,0020)")) && ids.at(1).contains(formerId), qPrintable(ids.join(u'\n')));
        // The pixels as they were.
        auto oldPixels = dicom::decodePixels(mrSlice(0));
        auto newPixels = dicom::decodePixels(file);
        QVERIFY(oldPixels.ok() && newPixels.ok());
        QVERIFY(oldPixels.value().data == newPixels.value().data);
        const QString verdict = strata::testing::dciodvfy(file);
        QVERIFY2(!verdict.contains(QStringLiteral("0400")), qPrintable(verdict));

        // Audited, without the values.
        auto audit = cache.value()->service()->auditLog();
        QVERIFY(audit.ok());
        store::AuditFilter reconciled;
        reconciled.action = QStringLiteral("reconcile");
        auto events = audit.value()->list(reconciled);
        QVERIFY(events.ok() && events.value().size() == 1);
        QCOMPARE(events.value().front().object, study);
        QCOMPARE(events.value().front().outcome, QStringLiteral("success"));
        QVERIFY(!events.value().front().detail.contains(QStringLiteral("LOCAL-0042")));

        // Again with the same values: nothing to change, nothing written.
        auto again = cache.value()->reconcileStudy(study, change, dicom::ModificationReason::Correct);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().reason.contains(QStringLiteral("nothing to change")), qPrintable(again.error().message()));
        QCOMPARE(filesOf(*cache.value(), study), after);
    }

    void joinsThePatientTheCacheHoldsAndRefusesAnothersId()
    {
        QTemporaryDir data;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        // The CT series: the local patient, with a study of their own in the cache.
        const QString ctFolder = QStringLiteral(STRATA_TESTDATA_DIR "/ct-series/ge-hispeed-dual-gantry-tilt");
        const store::ImportSummary ct = store::runImport(*cache.value(), {ctFolder});
        QVERIFY(ct.imported > 0);
        auto ctRecord = cache.value()->study(ct.studies.front());
        QVERIFY(ctRecord.ok());
        const store::ImportSummary mr = store::runImport(*cache.value(), slices());
        QCOMPARE(mr.imported, 6);
        const QString study = mr.studies.front();
        const auto before = filesOf(*cache.value(), study);

        // Their ID with another name: another patient's ID, refused, nothing changed.
        dicom::PatientIdentityChange wrong;
        wrong.id = ctRecord.value().patientId;
        wrong.name = QStringLiteral("OTHER^PERSON");
        auto refused = cache.value()->reconcileStudy(study, wrong, dicom::ModificationReason::Coerce);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().reason.contains(QStringLiteral("another patient with Patient ID %1").arg(ctRecord.value().patientId)),
                 qPrintable(refused.error().message()));
        QCOMPARE(filesOf(*cache.value(), study), before);

        // Their ID, name and birth date: the study joins them.
        dicom::PatientIdentityChange right;
        right.id = ctRecord.value().patientId;
        right.name = ctRecord.value().patientName.toLower();   // the same once folded
        right.birthDate = ctRecord.value().patientBirthDate;
        auto joined = cache.value()->reconcileStudy(study, right, dicom::ModificationReason::Coerce);
        QVERIFY2(joined.ok(), qPrintable(joined.ok() ? QString() : joined.error().message()));
        QVERIFY(joined.value().joinedPatient);
        store::StudyQuery theirs;
        theirs.patientId = ctRecord.value().patientId;
        auto page = cache.value()->searchStudies(theirs);
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 2);
        QCOMPARE(page.value().studies.front().id != page.value().studies.back().id, true);
    }

    void refusesWhatCannotBeWrittenAndChangesNothing()
    {
        QTemporaryDir data;
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), slices());
        QCOMPARE(imported.imported, 6);
        const QString study = imported.studies.front();
        const auto before = filesOf(*cache.value(), study);

        // Values DICOM does not allow, named.
        const std::vector<std::pair<dicom::PatientIdentityChange, QString>> invalid{
            {{.birthDate = QStringLiteral("19701301")}, QStringLiteral("not a date")},
            {{.sex = QStringLiteral("X")}, QStringLiteral("not M, F or O")},
            {{.id = QStringLiteral("A\\B")}, QStringLiteral("backslash")},
            {{.accessionNumber = QStringLiteral("12345678901234567")}, QStringLiteral("longer than 16")},
            {{}, QStringLiteral("nothing to change")},
        };
        for (const auto &[change, why] : invalid) {
            auto r = cache.value()->reconcileStudy(study, change, dicom::ModificationReason::Correct);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().reason.contains(why), qPrintable(r.error().message()));
        }
        // A name ISO 8859-1 cannot hold, named with the file.
        dicom::PatientIdentityChange kanji;
        kanji.name = QStringLiteral("山田^太郎");
        auto notHeld = cache.value()->reconcileStudy(study, kanji, dicom::ModificationReason::Correct);
        QVERIFY(!notHeld.ok());
        QVERIFY2(notHeld.error().reason.contains(QStringLiteral("ISO_IR 100")), qPrintable(notHeld.error().message()));
        QCOMPARE(filesOf(*cache.value(), study), before);

        // A stored file damaged (cut short): named, and nothing of the study changed.
        const QString damaged = before.cbegin().value().first;
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        QFile cut(damaged);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(2000));
        cut.close();
        dicom::PatientIdentityChange change;
        change.id = QStringLiteral("LOCAL-7");
        auto failed = cache.value()->reconcileStudy(study, change, dicom::ModificationReason::Coerce);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().subject == damaged, qPrintable(failed.error().message()));
        QCOMPARE(filesOf(*cache.value(), study), before);
        for (const auto &f : before)
            QVERIFY(QFile::exists(f.first));
        QVERIFY(QDir(data.path() + QStringLiteral("/store/tmp")).entryList(QDir::Files).isEmpty());
    }

    void aFileWithoutACharacterSetIsGivenUtf8()
    {
        // A file in the default repertoire (no Specific Character Set) given a name beyond ASCII:
        // ISO_IR 192, and the former (absent) character set recorded empty.
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("plain.dcm"));
        QVERIFY(QFile::copy(mrSlice(0), source));
        QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(strata::testing::dcmodify(source, {}, {}, {QStringLiteral("(0008,0005)")}));
        QVERIFY(tagValue(source, QStringLiteral("0008,0005")).isEmpty());
        dicom::PatientIdentityChange change;
        change.name = QStringLiteral("Łukasz^Żak");
        const QString target = dir.filePath(QStringLiteral("reconciled.dcm"));
        auto done = dicom::reconcileFile(source, target, change, dicom::ModificationReason::Correct);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message()));
        QCOMPARE(done.value().changed, QStringList{QStringLiteral("Patient's Name")});
        QCOMPARE(tagValue(target, QStringLiteral("0008,0005")), QStringLiteral("ISO_IR 192"));
        auto header = dicom::readHeader(target);
        QVERIFY(header.ok());
        QCOMPARE(header.value().patientName.raw, QStringLiteral("Łukasz^Żak"));
        QVERIFY(dumpLine(target, QStringLiteral("0400,0550")).startsWith(QStringLiteral("(0400,0561).(0400,0550)")));
        QCOMPARE(dumpLine(target, QStringLiteral("0400,0565")).section(u'[', 1).section(u']', 0, 0), QStringLiteral("CORRECT"));
        const QString lines = dumpLines(target, QStringLiteral("0008,0005")).join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("(0400,0561).(0400,0550).(0008,0005)")), qPrintable(lines));
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
