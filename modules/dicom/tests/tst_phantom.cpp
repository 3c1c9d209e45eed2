/// Tests of the synthetic CT phantom: the analytic anatomy, the written files read back with GDCM,
/// phantom.json, UIDs, progress, cancellation and write errors.
#include <strata/dicom/Phantom.h>

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmTransferSyntax.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace strata;
using namespace strata::dicom;

Q_DECLARE_METATYPE(strata::dicom::PhantomSpec)

namespace {

/// One slice read back with GDCM.
struct Slice {
    bool ok = false;
    unsigned columns = 0, rows = 0;
    gdcm::PixelFormat format;
    gdcm::TransferSyntax syntax;
    gdcm::DataSet dataSet;
    QString mediaSopInstanceUid;
    std::vector<uint16_t> pixels;

    /// A string attribute, trailing padding removed.
    QString attr(uint16_t group, uint16_t element) const
    {
        const gdcm::Tag tag(group, element);
        if (!dataSet.FindDataElement(tag))
            return {};
        const gdcm::ByteValue *bv = dataSet.GetDataElement(tag).GetByteValue();
        if (!bv || !bv->GetPointer())
            return {};
        QString s = QString::fromUtf8(bv->GetPointer(), int(bv->GetLength()));
        while (s.endsWith(QChar(0)) || s.endsWith(QChar(' ')))
            s.chop(1);
        return s;
    }
    std::vector<double> numbers(uint16_t group, uint16_t element) const
    {
        std::vector<double> out;
        for (const QString &part : attr(group, element).split(QChar('\\')))
            out.push_back(part.toDouble());
        return out;
    }
    int hu(int column, int row) const { return int(pixels[size_t(row) * columns + size_t(column)]) - 1024; }
};

Slice readSlice(const QString &path)
{
    Slice s;
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return s;
    const gdcm::Image &image = reader.GetImage();
    s.columns = image.GetDimension(0);
    s.rows = image.GetDimension(1);
    s.format = image.GetPixelFormat();
    s.syntax = reader.GetFile().GetHeader().GetDataSetTransferSyntax();
    s.dataSet = reader.GetFile().GetDataSet();
    const gdcm::FileMetaInformation &meta = reader.GetFile().GetHeader();
    const gdcm::Tag mediaSop(0x0002, 0x0003);
    if (meta.FindDataElement(mediaSop)) {
        const gdcm::ByteValue *bv = meta.GetDataElement(mediaSop).GetByteValue();
        if (bv) {
            s.mediaSopInstanceUid = QString::fromLatin1(bv->GetPointer(), int(bv->GetLength()));
            while (s.mediaSopInstanceUid.endsWith(QChar(0)))
                s.mediaSopInstanceUid.chop(1);
        }
    }
    s.pixels.resize(image.GetBufferLength() / 2);
    if (!image.GetBuffer(reinterpret_cast<char *>(s.pixels.data())))
        return s;
    s.ok = true;
    return s;
}

PhantomSpec smallSpec(double noise)
{
    PhantomSpec spec;
    spec.columns = 128;
    spec.rows = 128;
    spec.slices = 60;
    spec.pixelSpacingMm = 2.8;
    spec.sliceSpacingMm = 5.0;
    spec.noiseHu = noise;
    return spec;
}

/// Voxel index nearest to a patient position along one axis.
int indexOf(double mm, double origin, double spacing)
{
    return int(std::lround((mm - origin) / spacing));
}

/// Patient position of a point drawn in the phantom's reference layout (358.4 x 358.4 x 300 mm,
/// centred on 0), stretched to the spec's extent like the phantom's anatomy.
struct Point {
    double x, y, z;
};
Point scaled(const PhantomSpec &s, double x, double y, double z)
{
    return {x * s.columns * s.pixelSpacingMm / 358.4, y * s.rows * s.pixelSpacingMm / 358.4,
            z * s.slices * s.sliceSpacingMm / 300.0};
}

} // namespace

class TestPhantom : public QObject {
    Q_OBJECT

private slots:
    void newUidFormat();
    void newUidEncodesTheUuid();
    void anatomy_data();
    void anatomy();
    void lesionsSitInTheirOrgans_data() { anatomy_data(); }
    void lesionsSitInTheirOrgans();
    void writeNoiseless();
    void writeNoisy();
    void writePet();
    void cancellationStopsEarly();
    void unwritableTarget();
    void invalidSpec();
};

void TestPhantom::newUidFormat()
{
    static const QRegularExpression form(QStringLiteral("^2\\.25\\.(0|[1-9][0-9]*)$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString uid = newUid();
        QVERIFY2(form.match(uid).hasMatch(), qPrintable(uid));
        QVERIFY(uid.size() <= 64);
        // At most 2^128 - 1 = 340282366920938463463374607431768211455 (39 digits).
        const QString digits = uid.mid(5);
        QVERIFY(digits.size() <= 39);
        if (digits.size() == 39)
            QVERIFY(digits <= QStringLiteral("340282366920938463463374607431768211455"));
        seen.insert(uid);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPhantom::newUidEncodesTheUuid()
{
    // Parse the decimal back into 128 bits: a random UUID has version 4 and variant 10b.
    __extension__ typedef unsigned __int128 u128;
    for (int i = 0; i < 200; ++i) {
        const QString digits = newUid().mid(5);
        u128 v = 0;
        for (QChar c : digits) {
            const u128 before = v;
            v = v * 10 + u128(c.digitValue());
            QVERIFY(v >= before);  // no overflow
        }
        QCOMPARE(int((v >> 76) & 0xF), 4);
        QCOMPARE(int((v >> 62) & 0x3), 2);
    }
}

void TestPhantom::anatomy_data()
{
    QTest::addColumn<PhantomSpec>("spec");
    QTest::newRow("default 512x512x300") << PhantomSpec{};
    QTest::newRow("small 128x128x60") << smallSpec(0);
    PhantomSpec odd;
    odd.columns = 64;
    odd.rows = 96;
    odd.slices = 20;
    odd.pixelSpacingMm = 1.5;
    odd.sliceSpacingMm = 4.0;
    QTest::newRow("anisotropic 64x96x20") << odd;
    PhantomSpec wide;
    wide.columns = 400;
    wide.rows = 300;
    wide.slices = 100;
    wide.pixelSpacingMm = 1.2;
    wide.sliceSpacingMm = 5.0;
    QTest::newRow("large field 400x300x100") << wide;
}

void TestPhantom::anatomy()
{
    QFETCH(PhantomSpec, spec);
    struct Case {
        const char *what;
        double x, y, z;  // reference layout
        double hu;
    };
    const Case cases[] = {
        {"air, front left corner", -175, -175, 0, -1000},
        {"air, above the patient", 0, -140, 100, -1000},
        {"air, behind the patient", 0, 140, -100, -1000},
        {"fat rim, anterior", 0, -110, 0, -100},
        {"fat rim, right flank", -155, 0, -100, -100},
        {"soft tissue", 0, -80, 0, 40},
        {"right lung", -90, 20, 75, -850},
        {"left lung", 90, 0, 60, -850},
        {"left lung, apex region", 90, 0, 130, -850},
        {"above the lung apex", 90, 0, 148, 40},
        {"no lung low down", 90, 0, -140, 40},
        {"cancellous bone", 0, 45, 0, 250},
        {"cortical bone", 0, 45 + 18.5, 0, 700},
        {"cortical bone, anterior", 0, 45 - 18.5, 0, 700},
        {"intervertebral disc", 0, 45, 15, 80},
        {"spinal canal", 0, 78, 0, 15},
        {"posterior arch", 0, 78 + 11.5, 0, 700},
        {"aorta, chest", 25, 10, 80, 200},
        {"aorta, abdomen", 25, 10, -120, 200},
        {"liver", -65, -5, -45, 60},
        {"liver, lateral", -110, -5, -40, 60},
        {"no liver on the left", 65, -5, -45, 40},
    };
    for (const Case &c : cases) {
        const Point p = scaled(spec, c.x, c.y, c.z);
        QVERIFY2(phantomHuAt(spec, p.x, p.y, p.z) == c.hu,
                 qPrintable(QStringLiteral("%1: got %2, expected %3")
                                .arg(QLatin1String(c.what))
                                .arg(phantomHuAt(spec, p.x, p.y, p.z))
                                .arg(c.hu)));
    }
}

void TestPhantom::lesionsSitInTheirOrgans()
{
    QFETCH(PhantomSpec, spec);
    const std::vector<PhantomLesion> lesions = phantomLesions(spec);
    QCOMPARE(int(lesions.size()), 3);
    const double fov[3] = {spec.columns * spec.pixelSpacingMm, spec.rows * spec.pixelSpacingMm,
                           spec.slices * spec.sliceSpacingMm};
    for (const PhantomLesion &l : lesions) {
        QVERIFY(l.diameterMm > 0);
        const double host = l.name.startsWith(QStringLiteral("lung")) ? -850 : 60;
        const double *c = l.centerMm;
        for (int k = 0; k < 3; ++k) {
            QVERIFY(std::abs(c[k]) < fov[k] / 2);
            double inside[3] = {c[0], c[1], c[2]};
            double outside[3] = {c[0], c[1], c[2]};
            for (double sign : {-1.0, 1.0}) {
                inside[k] = c[k] + sign * 0.45 * l.diameterMm;
                outside[k] = c[k] + sign * 0.6 * l.diameterMm;
                QCOMPARE(phantomHuAt(spec, inside[0], inside[1], inside[2]), l.hu);
                QVERIFY2(phantomHuAt(spec, outside[0], outside[1], outside[2]) == host,
                         qPrintable(l.name));
            }
        }
        QCOMPARE(phantomHuAt(spec, c[0], c[1], c[2]), l.hu);
    }
    QCOMPARE(lesions[0].name, QStringLiteral("lung_nodule"));
    QCOMPARE(lesions[0].hu, 30.0);
    QCOMPARE(lesions[1].name, QStringLiteral("liver_hypodense"));
    QCOMPARE(lesions[1].hu, 10.0);
    QCOMPARE(lesions[2].name, QStringLiteral("liver_enhancing"));
    QCOMPARE(lesions[2].hu, 120.0);
    if (spec.columns * spec.pixelSpacingMm >= 358.4 && spec.rows * spec.pixelSpacingMm >= 358.4
        && spec.slices * spec.sliceSpacingMm >= 300) {
        QCOMPARE(lesions[0].diameterMm, 10.0);
        QCOMPARE(lesions[1].diameterMm, 20.0);
        QCOMPARE(lesions[2].diameterMm, 30.0);
    }
}

void TestPhantom::writeNoiseless()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(QStringLiteral("study/ct"));  // created by the writer
    const PhantomSpec spec = smallSpec(0);

    std::vector<Progress> seen;
    const Result<PhantomStudy> r = writePhantom(spec, folder, {}, [&](const Progress &p) { seen.push_back(p); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    const PhantomStudy &study = r.value();

    // Progress: once per slice, in order, on this thread.
    QCOMPARE(int(seen.size()), spec.slices);
    for (int i = 0; i < spec.slices; ++i) {
        QCOMPARE(seen[size_t(i)].done, qint64(i + 1));
        QCOMPARE(seen[size_t(i)].total, qint64(spec.slices));
    }

    // Files.
    QCOMPARE(QFileInfo(study.folder).absoluteFilePath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(study.files.size(), spec.slices);
    QCOMPARE(QFileInfo(study.files.first()).fileName(), QStringLiteral("IM0001.dcm"));
    QCOMPARE(QFileInfo(study.files.last()).fileName(), QStringLiteral("IM0060.dcm"));
    const QStringList onDisk = QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    QCOMPARE(onDisk.size(), spec.slices);
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("phantom.json"))));

    // Geometry: centred in x and y, z from inferior to superior.
    QCOMPARE(study.originMm[0], -(spec.columns - 1) * spec.pixelSpacingMm / 2);
    QCOMPARE(study.originMm[1], -(spec.rows - 1) * spec.pixelSpacingMm / 2);
    QCOMPARE(study.originMm[2], -(spec.slices - 1) * spec.sliceSpacingMm / 2);

    QSet<QString> sopUids;
    QString frame;
    for (int i = 0; i < spec.slices; ++i) {
        const Slice s = readSlice(study.files.at(i));
        QVERIFY2(s.ok, qPrintable(study.files.at(i)));
        QCOMPARE(s.columns, 128u);
        QCOMPARE(s.rows, 128u);
        QCOMPARE(s.attr(0x0020, 0x0013).toInt(), i + 1);  // InstanceNumber
        const std::vector<double> ipp = s.numbers(0x0020, 0x0032);
        QCOMPARE(int(ipp.size()), 3);
        for (int k = 0; k < 2; ++k)
            QVERIFY(std::abs(ipp[size_t(k)] - study.originMm[k]) < 1e-6);
        const double z = study.originMm[2] + i * spec.sliceSpacingMm;
        QVERIFY(std::abs(ipp[2] - z) < 1e-6);
        QVERIFY(std::abs(s.attr(0x0020, 0x1041).toDouble() - z) < 1e-6);  // SliceLocation
        const QString sop = s.attr(0x0008, 0x0018);
        QCOMPARE(s.mediaSopInstanceUid, sop);
        sopUids.insert(sop);
        QCOMPARE(s.attr(0x0020, 0x000D), study.studyInstanceUid);
        QCOMPARE(s.attr(0x0020, 0x000E), study.seriesInstanceUid);
        if (i == 0)
            frame = s.attr(0x0020, 0x0052);
        QCOMPARE(s.attr(0x0020, 0x0052), frame);  // one frame of reference
    }
    QCOMPARE(sopUids.size(), spec.slices);
    QVERIFY(frame.startsWith(QStringLiteral("2.25.")));
    QVERIFY(!sopUids.contains(study.studyInstanceUid));
    QVERIFY(study.studyInstanceUid != study.seriesInstanceUid);

    // The headers of one slice in detail.
    const Slice s = readSlice(study.files.first());
    QVERIFY(s.ok);
    QVERIFY(s.syntax == gdcm::TransferSyntax::ExplicitVRLittleEndian);
    QCOMPARE(s.format.GetBitsAllocated(), uint16_t(16));
    QCOMPARE(s.format.GetBitsStored(), uint16_t(16));
    QCOMPARE(s.format.GetHighBit(), uint16_t(15));
    QCOMPARE(s.format.GetPixelRepresentation(), uint16_t(0));
    QCOMPARE(s.format.GetSamplesPerPixel(), uint16_t(1));
    QCOMPARE(s.attr(0x0008, 0x0016), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    QCOMPARE(s.attr(0x0008, 0x0005), QStringLiteral("ISO_IR 192"));
    QCOMPARE(s.attr(0x0008, 0x0008), QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL"));
    QCOMPARE(s.attr(0x0008, 0x0060), QStringLiteral("CT"));
    QCOMPARE(s.attr(0x0008, 0x0070), QStringLiteral("Strata"));
    QCOMPARE(s.attr(0x0008, 0x1030), QStringLiteral("CT CHEST ABDOMEN (STRATA PHANTOM)"));
    QCOMPARE(s.attr(0x0010, 0x0010), spec.patientName);
    QCOMPARE(s.attr(0x0010, 0x0020), spec.patientId);
    QCOMPARE(s.attr(0x0018, 0x5100), QStringLiteral("HFS"));
    QCOMPARE(s.attr(0x0020, 0x0011), QStringLiteral("2"));
    QCOMPARE(s.attr(0x0020, 0x0037), QStringLiteral("1\\0\\0\\0\\1\\0"));
    QCOMPARE(s.attr(0x0028, 0x0004), QStringLiteral("MONOCHROME2"));
    QCOMPARE(s.numbers(0x0028, 0x0030), (std::vector<double>{2.8, 2.8}));
    QCOMPARE(s.numbers(0x0018, 0x0050), std::vector<double>{5.0});
    QCOMPARE(s.numbers(0x0018, 0x0088), std::vector<double>{5.0});
    QCOMPARE(s.numbers(0x0028, 0x1052), std::vector<double>{-1024.0});
    QCOMPARE(s.numbers(0x0028, 0x1053), std::vector<double>{1.0});
    QCOMPARE(s.attr(0x0028, 0x1054), QStringLiteral("HU"));
    QCOMPARE(s.attr(0x0028, 0x1050), QStringLiteral("40\\-600\\400"));
    QCOMPARE(s.attr(0x0028, 0x1051), QStringLiteral("400\\1500\\1800"));
    QCOMPARE(s.attr(0x0028, 0x1055), QStringLiteral("ABDOMEN\\LUNG\\BONE"));
    QVERIFY(!s.attr(0x0008, 0x103E).isEmpty());

    // Pixels of a few slices equal the analytic truth at every voxel centre.
    for (int i : {0, 17, 30, 44, 59}) {
        const Slice px = readSlice(study.files.at(i));
        QVERIFY(px.ok);
        const double z = study.originMm[2] + i * spec.sliceSpacingMm;
        for (int r = 0; r < spec.rows; ++r)
            for (int c = 0; c < spec.columns; ++c) {
                const double x = study.originMm[0] + c * spec.pixelSpacingMm;
                const double y = study.originMm[1] + r * spec.pixelSpacingMm;
                const int truth = int(std::lround(phantomHuAt(spec, x, y, z)));
                if (px.hu(c, r) != truth)
                    QFAIL(qPrintable(QStringLiteral("slice %1 (%2, %3): %4 != %5")
                                         .arg(i).arg(c).arg(r).arg(px.hu(c, r)).arg(truth)));
            }
    }

    // Lesions: the voxel at each centre holds the lesion HU, and its width in voxels fits.
    QCOMPARE(int(study.lesions.size()), 3);
    for (const PhantomLesion &l : study.lesions) {
        const int c = indexOf(l.centerMm[0], study.originMm[0], spec.pixelSpacingMm);
        const int r = indexOf(l.centerMm[1], study.originMm[1], spec.pixelSpacingMm);
        const int k = indexOf(l.centerMm[2], study.originMm[2], spec.sliceSpacingMm);
        QVERIFY(c >= 0 && c < spec.columns && r >= 0 && r < spec.rows && k >= 0 && k < spec.slices);
        const Slice px = readSlice(study.files.at(k));
        QVERIFY(px.ok);
        QCOMPARE(double(px.hu(c, r)), l.hu);
        int width = 0;
        for (int cc = 0; cc < spec.columns; ++cc)
            width += px.hu(cc, r) == int(l.hu) ? 1 : 0;
        QVERIFY2(std::abs(width * spec.pixelSpacingMm - l.diameterMm) <= 2 * spec.pixelSpacingMm,
                 qPrintable(QStringLiteral("%1: %2 voxels").arg(l.name).arg(width)));
    }

    // phantom.json.
    QFile jf(QDir(folder).filePath(QStringLiteral("phantom.json")));
    QVERIFY(jf.open(QIODevice::ReadOnly));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(jf.readAll(), &perr);
    QCOMPARE(perr.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("studyInstanceUid")).toString(), study.studyInstanceUid);
    QCOMPARE(o.value(QStringLiteral("seriesInstanceUid")).toString(), study.seriesInstanceUid);
    QCOMPARE(o.value(QStringLiteral("frameOfReferenceUid")).toString(), frame);
    const QJsonObject js = o.value(QStringLiteral("spec")).toObject();
    QCOMPARE(js.value(QStringLiteral("columns")).toInt(), spec.columns);
    QCOMPARE(js.value(QStringLiteral("rows")).toInt(), spec.rows);
    QCOMPARE(js.value(QStringLiteral("slices")).toInt(), spec.slices);
    QCOMPARE(js.value(QStringLiteral("pixelSpacingMm")).toDouble(), spec.pixelSpacingMm);
    QCOMPARE(js.value(QStringLiteral("sliceSpacingMm")).toDouble(), spec.sliceSpacingMm);
    QCOMPARE(js.value(QStringLiteral("noiseHu")).toDouble(), spec.noiseHu);
    QCOMPARE(js.value(QStringLiteral("seed")).toInteger(), qint64(spec.seed));
    const QJsonArray origin = o.value(QStringLiteral("originMm")).toArray();
    QCOMPARE(origin.size(), 3);
    for (int k = 0; k < 3; ++k)
        QCOMPARE(origin.at(k).toDouble(), study.originMm[k]);
    const QJsonArray jl = o.value(QStringLiteral("lesions")).toArray();
    QCOMPARE(jl.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject l = jl.at(i).toObject();
        const PhantomLesion &expected = study.lesions[size_t(i)];
        QCOMPARE(l.value(QStringLiteral("name")).toString(), expected.name);
        QCOMPARE(l.value(QStringLiteral("diameterMm")).toDouble(), expected.diameterMm);
        QCOMPARE(l.value(QStringLiteral("hu")).toDouble(), expected.hu);
        const QJsonArray c = l.value(QStringLiteral("centerMm")).toArray();
        QCOMPARE(c.size(), 3);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(c.at(k).toDouble(), expected.centerMm[k]);
    }
    QCOMPARE(o.value(QStringLiteral("files")).toArray().size(), spec.slices);
}

void TestPhantom::writeNoisy()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const PhantomSpec spec = smallSpec(8.0);
    const Result<PhantomStudy> r = writePhantom(spec, tmp.filePath(QStringLiteral("a")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    const PhantomStudy &study = r.value();
    QCOMPARE(study.files.size(), spec.slices);

    // Mean over each lesion's inner sphere (half the radius) is the lesion HU within noise.
    for (const PhantomLesion &l : study.lesions) {
        const double inner = l.diameterMm / 4;
        double sum = 0;
        int n = 0;
        for (int k = 0; k < spec.slices; ++k) {
            const double z = study.originMm[2] + k * spec.sliceSpacingMm;
            if (std::abs(z - l.centerMm[2]) > inner)
                continue;
            const Slice px = readSlice(study.files.at(k));
            QVERIFY(px.ok);
            for (int r = 0; r < spec.rows; ++r)
                for (int c = 0; c < spec.columns; ++c) {
                    const double dx = study.originMm[0] + c * spec.pixelSpacingMm - l.centerMm[0];
                    const double dy = study.originMm[1] + r * spec.pixelSpacingMm - l.centerMm[1];
                    const double dz = z - l.centerMm[2];
                    if (dx * dx + dy * dy + dz * dz <= inner * inner) {
                        sum += px.hu(c, r);
                        ++n;
                    }
                }
        }
        QVERIFY(n >= 1);
        const double mean = sum / n;
        const double tolerance = 4 * spec.noiseHu / std::sqrt(double(n)) + 0.5;
        QVERIFY2(std::abs(mean - l.hu) <= tolerance,
                 qPrintable(QStringLiteral("%1: mean %2 over %3 voxels, expected %4")
                                .arg(l.name).arg(mean).arg(n).arg(l.hu)));
    }

    // Noise statistics in the air of the middle slice's top rows.
    const int mid = spec.slices / 2;
    const Slice px = readSlice(study.files.at(mid));
    QVERIFY(px.ok);
    double sum = 0, sum2 = 0;
    int n = 0;
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < spec.columns; ++c) {
            const double v = px.hu(c, r);
            sum += v;
            sum2 += v * v;
            ++n;
        }
    const double mean = sum / n;
    const double sd = std::sqrt(sum2 / n - mean * mean);
    QVERIFY2(std::abs(mean + 1000) < 1.0, qPrintable(QString::number(mean)));
    QVERIFY2(sd > 0.9 * spec.noiseHu && sd < 1.1 * spec.noiseHu, qPrintable(QString::number(sd)));

    // Same seed, same pixels (whatever the thread scheduling); new UIDs.
    const Result<PhantomStudy> again = writePhantom(spec, tmp.filePath(QStringLiteral("b")));
    QVERIFY(again.ok());
    QVERIFY(again->studyInstanceUid != study.studyInstanceUid);
    for (int k : {0, mid, spec.slices - 1}) {
        const Slice a = readSlice(study.files.at(k));
        const Slice b = readSlice(again->files.at(k));
        QVERIFY(a.ok && b.ok);
        QVERIFY(a.pixels == b.pixels);
        QVERIFY(a.attr(0x0008, 0x0018) != b.attr(0x0008, 0x0018));
    }
    // Another seed, other noise.
    PhantomSpec other = spec;
    other.seed = spec.seed + 1;
    const Result<PhantomStudy> reseeded = writePhantom(other, tmp.filePath(QStringLiteral("c")));
    QVERIFY(reseeded.ok());
    QVERIFY(readSlice(reseeded->files.at(mid)).pixels != px.pixels);
}

// The PET of the phantom: PET Image Storage in the CT's study and frame of reference, Bq/ml as
// stored (slope 1) with what SUVbw needs, each lesion's uptake at its centre, nothing in the air,
// the liver's uptake in the liver; the noise a few per cent of the uptake.
void TestPhantom::writePet()
{
    QTemporaryDir tmp;
    PhantomSpec spec = PhantomSpec::pet();
    QCOMPARE(spec.columns * spec.pixelSpacingMm, PhantomSpec{}.columns * PhantomSpec{}.pixelSpacingMm);   // the CT's extent
    QCOMPARE(spec.slices * spec.sliceSpacingMm, PhantomSpec{}.slices * PhantomSpec{}.sliceSpacingMm);
    spec.noiseHu = 0;
    spec.studyInstanceUid = QStringLiteral("1.2.3.4");
    spec.frameOfReferenceUid = QStringLiteral("1.2.3.5");
    const Result<PhantomStudy> r = writePhantom(spec, tmp.filePath(QStringLiteral("pet")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    const PhantomStudy &study = r.value();
    QCOMPARE(study.files.size(), 100);
    QCOMPARE(study.studyInstanceUid, QStringLiteral("1.2.3.4"));
    for (const PhantomLesion &lesion : study.lesions) {
        QVERIFY(lesion.activityBqMl >= 20000);
        const int k = indexOf(lesion.centerMm[2], study.originMm[2], spec.sliceSpacingMm);
        const Slice s = readSlice(study.files.at(k));
        QVERIFY(s.ok);
        QCOMPARE(s.attr(0x0008, 0x0016), QStringLiteral("1.2.840.10008.5.1.4.1.1.128"));
        QCOMPARE(s.attr(0x0008, 0x0060), QStringLiteral("PT"));
        QCOMPARE(s.attr(0x0020, 0x0052), QStringLiteral("1.2.3.5"));
        QCOMPARE(s.attr(0x0054, 0x1001), QStringLiteral("BQML"));
        QCOMPARE(s.attr(0x0054, 0x1102), QStringLiteral("START"));
        QCOMPARE(s.attr(0x0010, 0x1030).toDouble(), 75.0);
        QCOMPARE(s.attr(0x0028, 0x1052).toDouble(), 0.0);
        QCOMPARE(s.attr(0x0028, 0x1053).toDouble(), 1.0);
        QVERIFY(s.dataSet.FindDataElement(gdcm::Tag(0x0054, 0x0016)));   // Radiopharmaceutical Information
        const int c = indexOf(lesion.centerMm[0], study.originMm[0], spec.pixelSpacingMm);
        const int row = indexOf(lesion.centerMm[1], study.originMm[1], spec.pixelSpacingMm);
        QCOMPARE(double(s.pixels[size_t(row) * s.columns + size_t(c)]), lesion.activityBqMl);
        QCOMPARE(double(s.pixels[0]), 0.0);   // air in the corner
        QCOMPARE(phantomActivityAt(spec, lesion.centerMm[0], lesion.centerMm[1], lesion.centerMm[2]), lesion.activityBqMl);
    }
    const Point liver = scaled(spec, -65, -5, -20);
    QCOMPARE(phantomActivityAt(spec, liver.x, liver.y, liver.z), 8000.0);
    // SUVbw per Bq/ml: 75 kg over 370 MBq decayed for the hour since injection.
    QVERIFY(std::abs(phantomSuvFactor() - 75000.0 / (370e6 * std::pow(2.0, -3600.0 / 6586.2))) < 1e-12);
    // With noise: a few per cent of the uptake in the liver.
    spec.noiseHu = 5;
    spec.slices = 20;
    spec.sliceSpacingMm = 15;
    const Result<PhantomStudy> noisy = writePhantom(spec, tmp.filePath(QStringLiteral("noisy")));
    QVERIFY(noisy.ok());
    const Point at = scaled(spec, -65, -5, -20);
    const Slice s = readSlice(noisy.value().files.at(indexOf(at.z, noisy.value().originMm[2], spec.sliceSpacingMm)));
    double sum = 0, sum2 = 0;
    int n = 0;
    for (int dy = -3; dy <= 3; ++dy)
        for (int dx = -3; dx <= 3; ++dx) {
            const double v = s.pixels[size_t(indexOf(at.y, noisy.value().originMm[1], spec.pixelSpacingMm) + dy) * s.columns
                                      + size_t(indexOf(at.x, noisy.value().originMm[0], spec.pixelSpacingMm) + dx)];
            sum += v, sum2 += v * v, ++n;
        }
    const double mean = sum / n, sd = std::sqrt(sum2 / n - mean * mean);
    QVERIFY2(std::abs(mean - 8000) < 300 && sd > 150 && sd < 800, qPrintable(QStringLiteral("%1 ± %2").arg(mean).arg(sd)));
}

void TestPhantom::cancellationStopsEarly()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    PhantomSpec spec = smallSpec(8.0);
    spec.slices = 200;
    const QString folder = tmp.filePath(QStringLiteral("cancelled"));

    CancellationToken token;
    int calls = 0;
    const Result<PhantomStudy> r = writePhantom(spec, folder, token, [&](const Progress &p) {
        ++calls;
        if (p.done >= 3)
            token.cancel();
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY2(calls < spec.slices, qPrintable(QString::number(calls)));
    QCOMPARE(calls, 3);  // no progress after the cancel
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("phantom.json"))));
    QVERIFY(QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files).isEmpty());

    // Cancelled before it starts: nothing at all.
    CancellationToken early;
    early.cancel();
    calls = 0;
    const Result<PhantomStudy> r2 = writePhantom(spec, folder, early, [&](const Progress &) { ++calls; });
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 0);
    QVERIFY(QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files).isEmpty());
}

void TestPhantom::unwritableTarget()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const PhantomSpec spec = smallSpec(0);

    // A folder below a plain file cannot be created (whatever the user's rights).
    const QString blocker = tmp.filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString folder = blocker + QStringLiteral("/series");
    const Result<PhantomStudy> r = writePhantom(spec, folder);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::IoError);
    QVERIFY2(r.error().message().contains(folder), qPrintable(r.error().message()));

    // A slice whose file cannot be written: a folder sits where IM0007.dcm should go.
    const QString target = tmp.filePath(QStringLiteral("partly"));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/IM0007.dcm")));
    const Result<PhantomStudy> r2 = writePhantom(spec, target);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().code, ErrorCode::IoError);
    QVERIFY2(r2.error().message().contains(QStringLiteral("IM0007.dcm")), qPrintable(r2.error().message()));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/phantom.json")));
    QVERIFY(QDir(target).entryList({QStringLiteral("*.dcm")}, QDir::Files).isEmpty());
}

void TestPhantom::invalidSpec()
{
    QTemporaryDir tmp;
    PhantomSpec spec = smallSpec(0);
    spec.slices = 0;
    Result<PhantomStudy> r = writePhantom(spec, tmp.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    spec = smallSpec(0);
    spec.pixelSpacingMm = 0;
    r = writePhantom(spec, tmp.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    spec = smallSpec(-1);
    r = writePhantom(spec, tmp.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
}


QTEST_GUILESS_MAIN(TestPhantom)
#include "tst_phantom.moc"
