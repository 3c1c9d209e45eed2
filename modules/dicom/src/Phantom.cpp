#include <strata/dicom/Phantom.h>

#include <strata/core/WorkPool.h>

#include <gdcmByteValue.h>
#include <gdcmDataElement.h>
#include <gdcmDataSet.h>
#include <gdcmFile.h>
#include <gdcmFileMetaInformation.h>
#include <gdcmSmartPointer.h>
#include <gdcmTag.h>
#include <gdcmTransferSyntax.h>
#include <gdcmVR.h>
#include <gdcmWriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUuid>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <numbers>
#include <optional>
#include <random>
#include <sstream>

namespace strata::dicom {

namespace {

static_assert(std::endian::native == std::endian::little,
              "pixel buffers are filled in host order and written as Explicit VR Little Endian");

// ---------------------------------------------------------------------------------------------
// Anatomy. Drawn in "reference" millimetres for a 358.4 x 358.4 mm field of view and 300 mm of
// z (the default 512 x 0.7 mm, 300 x 1 mm), centred on (0, 0, 0), LPS: +x patient left,
// +y posterior, +z superior. Other specs stretch the drawing per axis so that every structure
// stays inside the volume; lesions stay spheres in true millimetres.
// ---------------------------------------------------------------------------------------------

constexpr double kRefFovMm = 358.4;
constexpr double kRefLengthMm = 300.0;

/// Tissue values (HU).
constexpr double kAirHu = -1000;
constexpr double kFatHu = -100;
constexpr double kSoftTissueHu = 40;
constexpr double kLungHu = -850;
constexpr double kCorticalHu = 700;
constexpr double kCancellousHu = 250;
constexpr double kDiscHu = 80;
constexpr double kAortaHu = 200;
constexpr double kLiverHu = 60;
constexpr double kCsfHu = 15;

/// Body: elliptic cylinder with a fat rim.
constexpr double kBodyA = 160, kBodyB = 115, kFatRim = 12;
/// Vertebral bodies (cylinder along z) with a cortical shell, interrupted by discs.
constexpr double kVertY = 45, kVertR = 20, kCortex = 3;
constexpr double kDiscPeriod = 30, kDiscStart = 12, kDiscThickness = 6;
/// Spinal canal and the bony ring (posterior arch) around it.
constexpr double kCanalY = 78, kCanalR = 9, kArchR = 14;
/// Descending aorta, anterior-left of the spine.
constexpr double kAortaX = 25, kAortaY = 10, kAortaR = 12;

struct Ellipsoid {
    double c[3];
    double a[3];
};
constexpr Ellipsoid kRightLung{{-90, 0, 60}, {52, 70, 85}};
constexpr Ellipsoid kLeftLung{{90, 0, 60}, {52, 70, 85}};
constexpr Ellipsoid kLiver{{-65, -5, -45}, {70, 65, 85}};

struct LesionDef {
    const char *name;
    double ref[3];
    double diameterMm;
    double hu;
    double activity;   ///< PET uptake, Bq/ml
};
constexpr std::array<LesionDef, 3> kLesions{{
    {"lung_nodule", {-90, -10, 80}, 10, 30, 30000},
    {"liver_hypodense", {-85, -20, -60}, 20, 10, 24000},
    {"liver_enhancing", {-45, 10, -70}, 30, 120, 40000},
}};

/// The PET phantom: FDG uptake an hour after injection (Bq/ml) of each tissue, and what SUV needs.
constexpr double kPatientWeightKg = 75;
constexpr double kInjectedDoseBq = 370e6;
constexpr double kF18HalfLifeS = 6586.2;
constexpr const char *kInjectionTime = "083512";   // an hour before the series
double tissueActivity(double hu)
{
    if (hu == kAirHu)
        return 0;
    if (hu == kLungHu)
        return 600;
    if (hu == kFatHu)
        return 1200;
    if (hu == kLiverHu)
        return 8000;
    if (hu == kAortaHu)
        return 6000;
    if (hu == kCorticalHu || hu == kCancellousHu)
        return 2500;
    if (hu == kDiscHu)
        return 2000;
    if (hu == kCsfHu)
        return 1000;
    return 4000;   // soft tissue
}

/// Where the spec puts the volume: first voxel, and the voxel-to-mm grid.
struct Grid {
    double origin[3];
    double spacing[3];
    int size[3];

    explicit Grid(const PhantomSpec &s)
    {
        size[0] = s.columns;
        size[1] = s.rows;
        size[2] = s.slices;
        spacing[0] = spacing[1] = s.pixelSpacingMm;
        spacing[2] = s.sliceSpacingMm;
        for (int k = 0; k < 3; ++k)
            origin[k] = -0.5 * (size[k] - 1) * spacing[k];
    }
    /// Nearest voxel centre to `mm` along axis k (clamped into the volume).
    double snap(int k, double mm) const
    {
        const double i = std::clamp(std::round((mm - origin[k]) / spacing[k]), 0.0,
                                    double(std::max(0, size[k] - 1)));
        return origin[k] + i * spacing[k];
    }
};

/// The anatomy of one spec, in patient millimetres.
struct Anatomy {
    double scale[3];     ///< real mm per reference mm
    double invScale[3];
    std::vector<PhantomLesion> lesions;

    explicit Anatomy(const PhantomSpec &spec)
    {
        const Grid grid(spec);
        scale[0] = spec.columns * spec.pixelSpacingMm / kRefFovMm;
        scale[1] = spec.rows * spec.pixelSpacingMm / kRefFovMm;
        scale[2] = spec.slices * spec.sliceSpacingMm / kRefLengthMm;
        for (int k = 0; k < 3; ++k)
            invScale[k] = scale[k] > 0 ? 1.0 / scale[k] : 0.0;
        const double shrink = std::min({1.0, scale[0], scale[1], scale[2]});
        for (const LesionDef &d : kLesions) {
            PhantomLesion l;
            l.name = QString::fromLatin1(d.name);
            for (int k = 0; k < 3; ++k)
                l.centerMm[k] = grid.snap(k, d.ref[k] * scale[k]);
            l.diameterMm = d.diameterMm * shrink;
            l.hu = d.hu;
            l.activityBqMl = d.activity;
            lesions.push_back(l);
        }
    }
};

/// Everything of the anatomy that depends on z alone, worked out once per slice.
class Section {
public:
    Section(const Anatomy &a, double zMm)
        : m_invSx(a.invScale[0]), m_invSy(a.invScale[1])
    {
        const double z = zMm * a.invScale[2];
        const double t = z - kDiscStart - kDiscPeriod * std::floor((z - kDiscStart) / kDiscPeriod);
        m_disc = t < kDiscThickness;
        m_rightLung = cut(kRightLung, z);
        m_leftLung = cut(kLeftLung, z);
        m_liver = cut(kLiver, z);
        for (const PhantomLesion &l : a.lesions) {
            const double r = 0.5 * l.diameterMm;
            const double dz = zMm - l.centerMm[2];
            if (dz * dz <= r * r)
                m_disks.push_back({l.centerMm[0], l.centerMm[1], r * r - dz * dz, l.hu, l.activityBqMl});
        }
    }

    /// Ideal PET uptake at (x, y) of this section (Bq/ml): the lesion's, else its tissue's.
    double activityAt(double xMm, double yMm) const
    {
        for (const Disk &d : m_disks) {
            const double dx = xMm - d.cx, dy = yMm - d.cy;
            if (dx * dx + dy * dy <= d.r2)
                return d.activity;
        }
        return tissueActivity(huAt(xMm, yMm));
    }

    /// Ideal HU at (x, y) of this section, patient mm.
    double huAt(double xMm, double yMm) const
    {
        const double x = xMm * m_invSx;
        const double y = yMm * m_invSy;
        const double bx = x * (1.0 / kBodyA), by = y * (1.0 / kBodyB);
        if (bx * bx + by * by > 1.0)
            return kAirHu;
        for (const Disk &d : m_disks) {
            const double dx = xMm - d.cx, dy = yMm - d.cy;
            if (dx * dx + dy * dy <= d.r2)
                return d.hu;
        }
        {
            const double dy = y - kVertY;
            const double d2 = x * x + dy * dy;
            if (d2 <= kVertR * kVertR) {
                if (m_disc)
                    return kDiscHu;
                return d2 >= (kVertR - kCortex) * (kVertR - kCortex) ? kCorticalHu : kCancellousHu;
            }
        }
        {
            const double dy = y - kCanalY;
            const double d2 = x * x + dy * dy;
            if (d2 <= kCanalR * kCanalR)
                return kCsfHu;
            if (d2 <= kArchR * kArchR)
                return kCorticalHu;
        }
        {
            const double dx = x - kAortaX, dy = y - kAortaY;
            if (dx * dx + dy * dy <= kAortaR * kAortaR)
                return kAortaHu;
        }
        if (m_rightLung.inside(x, y) || m_leftLung.inside(x, y))
            return kLungHu;
        if (m_liver.inside(x, y))
            return kLiverHu;
        const double ix = x * (1.0 / (kBodyA - kFatRim)), iy = y * (1.0 / (kBodyB - kFatRim));
        if (ix * ix + iy * iy > 1.0)
            return kFatHu;
        return kSoftTissueHu;
    }

private:
    /// Cross-section of an ellipsoid: inside when (dx/ax)^2 + (dy/ay)^2 <= k; k < 0 = absent.
    struct Cut {
        double cx = 0, cy = 0, invAx2 = 0, invAy2 = 0, k = -1;
        bool inside(double x, double y) const
        {
            if (k <= 0)
                return false;
            const double dx = x - cx, dy = y - cy;
            return dx * dx * invAx2 + dy * dy * invAy2 <= k;
        }
    };
    struct Disk {
        double cx, cy, r2, hu, activity;
    };

    static Cut cut(const Ellipsoid &e, double z)
    {
        const double dz = (z - e.c[2]) / e.a[2];
        return {e.c[0], e.c[1], 1.0 / (e.a[0] * e.a[0]), 1.0 / (e.a[1] * e.a[1]), 1.0 - dz * dz};
    }

    double m_invSx, m_invSy;
    bool m_disc = false;
    Cut m_rightLung, m_leftLung, m_liver;
    std::vector<Disk> m_disks;
};

// ---------------------------------------------------------------------------------------------
// Noise: a table of 65536 standard normal deviates, one per equal-probability stratum (the
// inverse normal CDF at each stratum's midpoint), rescaled to unit variance. A voxel draws 16
// random bits from std::mt19937 and looks its deviate up: Gaussian to well within what a test
// can see, and an order of magnitude faster than std::normal_distribution.
// ---------------------------------------------------------------------------------------------

constexpr int kNormalBits = 16;
constexpr int kNormalCount = 1 << kNormalBits;

/// x with Phi(x) = p, for 0 < p <= 0.5 (x <= 0). Newton from the left converges monotonically
/// because Phi is convex there.
double inverseNormalLowerHalf(double p)
{
    const double sqrt2 = std::sqrt(2.0);
    const double invSqrt2Pi = 1.0 / std::sqrt(2.0 * std::numbers::pi);
    double x = -std::sqrt(-2.0 * std::log(p));  // left of the root
    for (int i = 0; i < 100; ++i) {
        const double f = 0.5 * std::erfc(-x / sqrt2) - p;
        const double step = f / (invSqrt2Pi * std::exp(-0.5 * x * x));
        x -= step;
        if (std::abs(step) < 1e-13)
            break;
    }
    return std::min(x, 0.0);
}

const std::vector<float> &normalTable()
{
    static const std::vector<float> table = [] {
        std::vector<double> t(kNormalCount);
        for (int i = 0; i < kNormalCount / 2; ++i) {
            const double x = inverseNormalLowerHalf((i + 0.5) / kNormalCount);
            t[size_t(i)] = x;
            t[size_t(kNormalCount - 1 - i)] = -x;
        }
        double var = 0;
        for (double v : t)
            var += v * v;
        const double scale = 1.0 / std::sqrt(var / kNormalCount);
        std::vector<float> out(t.size());
        for (size_t i = 0; i < t.size(); ++i)
            out[i] = float(t[i] * scale);
        return out;
    }();
    return table;
}

// ---------------------------------------------------------------------------------------------
// DICOM encoding helpers.
// ---------------------------------------------------------------------------------------------

/// A decimal string (DS) of at most 16 characters.
QByteArray ds(double v)
{
    if (std::abs(v) < 1e-9)
        v = 0;  // no "-0"
    for (int precision = 12; precision > 0; --precision) {
        const QByteArray s = QByteArray::number(v, 'g', precision);
        if (s.size() <= 16)
            return s;
    }
    return QByteArray::number(v, 'g', 1);
}

QByteArray dsTriple(const double v[3])
{
    return ds(v[0]) + '\\' + ds(v[1]) + '\\' + ds(v[2]);
}

/// Puts a string-valued element, padded to even length (UI with NUL, the rest with a space).
void putString(gdcm::DataSet &ds, uint16_t group, uint16_t element, gdcm::VR vr,
               QByteArray value)
{
    if (value.size() % 2)
        value.append(vr == gdcm::VR::UI ? '\0' : ' ');
    gdcm::DataElement de{gdcm::Tag(group, element)};
    de.SetVR(vr);
    de.SetByteValue(value.constData(), gdcm::VL(uint32_t(value.size())));
    ds.Replace(de);
}

void putUS(gdcm::DataSet &ds, uint16_t group, uint16_t element, uint16_t value)
{
    char bytes[2];
    std::memcpy(bytes, &value, 2);
    gdcm::DataElement de{gdcm::Tag(group, element)};
    de.SetVR(gdcm::VR::US);
    de.SetByteValue(bytes, gdcm::VL(2));
    ds.Replace(de);
}

constexpr const char *kCtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
constexpr const char *kPetImageStorage = "1.2.840.10008.5.1.4.1.1.128";
constexpr const char *kStudyTime = "093000";
constexpr const char *kSeriesTime = "093512";

/// What all slices of one series share.
struct SeriesInfo {
    PhantomSpec spec;
    Grid grid;
    QByteArray studyUid, seriesUid, frameUid;
    std::vector<QByteArray> instanceUids;
    QStringList files;  ///< absolute paths, slice order
};

QString seriesDescription(const PhantomSpec &spec)
{
    if (spec.modality == PhantomModality::PT)
        return QStringLiteral("PET AC %1 mm STRATA PHANTOM").arg(QString::fromLatin1(ds(spec.sliceSpacingMm)));
    return QStringLiteral("AXIAL %1 mm STRATA PHANTOM").arg(QString::fromLatin1(ds(spec.sliceSpacingMm)));
}

/// One worker's writer: the data set of the series built once, per slice only the position,
/// the instance and the pixels change. Pixels are filled in place in the element's own buffer.
class SliceWriter {
public:
    explicit SliceWriter(const SeriesInfo &info) : m_info(info), m_anatomy(info.spec)
    {
        const PhantomSpec &s = info.spec;
        m_file = new gdcm::File;
        m_file->GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
        gdcm::DataSet &d = m_file->GetDataSet();
        using gdcm::VR;
        const QByteArray date = s.studyDate.toLatin1();
        const char *studyDate = date.constData();
        putString(d, 0x0008, 0x0005, VR::CS, "ISO_IR 192");
        putString(d, 0x0008, 0x0008, VR::CS, "ORIGINAL\\PRIMARY\\AXIAL");
        const bool pet = s.modality == PhantomModality::PT;
        putString(d, 0x0008, 0x0016, VR::UI, pet ? kPetImageStorage : kCtImageStorage);
        putString(d, 0x0008, 0x0020, VR::DA, studyDate);
        putString(d, 0x0008, 0x0021, VR::DA, studyDate);
        putString(d, 0x0008, 0x0022, VR::DA, studyDate);
        putString(d, 0x0008, 0x0023, VR::DA, studyDate);
        putString(d, 0x0008, 0x0030, VR::TM, kStudyTime);
        putString(d, 0x0008, 0x0031, VR::TM, kSeriesTime);
        putString(d, 0x0008, 0x0032, VR::TM, kSeriesTime);
        putString(d, 0x0008, 0x0033, VR::TM, kSeriesTime);
        putString(d, 0x0008, 0x0050, VR::SH, "STRATA0001");
        putString(d, 0x0008, 0x0060, VR::CS, pet ? "PT" : "CT");
        putString(d, 0x0008, 0x0070, VR::LO, "Strata");
        putString(d, 0x0008, 0x0090, VR::PN, {});
        putString(d, 0x0008, 0x1030, VR::LO, "CT CHEST ABDOMEN (STRATA PHANTOM)");
        putString(d, 0x0008, 0x103E, VR::LO, seriesDescription(s).toUtf8());
        putString(d, 0x0008, 0x1090, VR::LO, "Strata Phantom");
        putString(d, 0x0010, 0x0010, VR::PN, s.patientName.toUtf8());
        putString(d, 0x0010, 0x0020, VR::LO, s.patientId.toUtf8());
        putString(d, 0x0010, 0x0030, VR::DA, "19700101");
        putString(d, 0x0010, 0x0040, VR::CS, "O");
        putString(d, 0x0018, 0x0015, VR::CS, "CHEST");
        putString(d, 0x0018, 0x0050, VR::DS, ds(s.sliceSpacingMm));
        if (!pet)
            putString(d, 0x0018, 0x0060, VR::DS, "120");
        putString(d, 0x0018, 0x0088, VR::DS, ds(s.sliceSpacingMm));
        putString(d, 0x0018, 0x1020, VR::LO, "Strata");
        if (!pet)
            putString(d, 0x0018, 0x1210, VR::SH, "STANDARD");
        putString(d, 0x0018, 0x5100, VR::CS, "HFS");
        putString(d, 0x0020, 0x000D, VR::UI, info.studyUid);
        putString(d, 0x0020, 0x000E, VR::UI, info.seriesUid);
        putString(d, 0x0020, 0x0010, VR::SH, "1");
        putString(d, 0x0020, 0x0011, VR::IS, QByteArray::number(s.seriesNumber));
        putString(d, 0x0020, 0x0012, VR::IS, "1");
        putString(d, 0x0020, 0x0037, VR::DS, "1\\0\\0\\0\\1\\0");
        putString(d, 0x0020, 0x0052, VR::UI, info.frameUid);
        putString(d, 0x0020, 0x1040, VR::LO, {});
        putUS(d, 0x0028, 0x0002, 1);
        putString(d, 0x0028, 0x0004, VR::CS, "MONOCHROME2");
        putUS(d, 0x0028, 0x0010, uint16_t(s.rows));
        putUS(d, 0x0028, 0x0011, uint16_t(s.columns));
        putString(d, 0x0028, 0x0030, VR::DS,
                  ds(s.pixelSpacingMm) + '\\' + ds(s.pixelSpacingMm));
        putUS(d, 0x0028, 0x0100, 16);
        putUS(d, 0x0028, 0x0101, 16);
        putUS(d, 0x0028, 0x0102, 15);
        putUS(d, 0x0028, 0x0103, 0);
        if (pet) {
            // Bq/ml as stored (slope 1), with what SUV needs: weight, dose, injection time.
            putString(d, 0x0010, 0x1030, VR::DS, ds(kPatientWeightKg));
            putString(d, 0x0028, 0x0051, VR::CS, "DECY\\ATTN");
            putString(d, 0x0028, 0x1050, VR::DS, "10000");
            putString(d, 0x0028, 0x1051, VR::DS, "20000");
            putString(d, 0x0028, 0x1052, VR::DS, "0");
            putString(d, 0x0028, 0x1053, VR::DS, "1");
            putString(d, 0x0028, 0x1054, VR::LO, "BQML");
            putUS(d, 0x0054, 0x0081, uint16_t(std::min(s.slices, 65535)));
            putString(d, 0x0054, 0x1000, VR::CS, "STATIC\\IMAGE");
            putString(d, 0x0054, 0x1001, VR::CS, "BQML");
            putString(d, 0x0054, 0x1102, VR::CS, "START");
            putString(d, 0x0054, 0x1002, VR::CS, "EMISSION");
            putString(d, 0x0054, 0x1300, VR::DS, "0");
            putString(d, 0x0018, 0x1242, VR::IS, "180000");   // three minutes a bed position
            gdcm::SmartPointer<gdcm::SequenceOfItems> sq = new gdcm::SequenceOfItems;
            sq->SetLengthToUndefined();
            gdcm::Item item;
            item.SetVLToUndefined();
            gdcm::DataSet &radio = item.GetNestedDataSet();
            putString(radio, 0x0018, 0x0031, VR::LO, "Fluorodeoxyglucose");
            putString(radio, 0x0018, 0x1072, VR::TM, kInjectionTime);
            putString(radio, 0x0018, 0x1074, VR::DS, ds(kInjectedDoseBq));
            putString(radio, 0x0018, 0x1075, VR::DS, ds(kF18HalfLifeS));
            sq->AddItem(item);
            gdcm::DataElement radioSq{gdcm::Tag(0x0054, 0x0016)};
            radioSq.SetVR(VR::SQ);
            radioSq.SetValue(*sq);
            radioSq.SetVLToUndefined();
            d.Replace(radioSq);
        } else {
            putString(d, 0x0028, 0x1050, VR::DS, "40\\-600\\400");
            putString(d, 0x0028, 0x1051, VR::DS, "400\\1500\\1800");
            putString(d, 0x0028, 0x1052, VR::DS, "-1024");
            putString(d, 0x0028, 0x1053, VR::DS, "1");
            putString(d, 0x0028, 0x1054, VR::LO, "HU");
            putString(d, 0x0028, 0x1055, VR::LO, "ABDOMEN\\LUNG\\BONE");
        }

        const size_t bytes = size_t(s.rows) * size_t(s.columns) * 2;
        std::vector<char> zeros(bytes);
        m_pixels = new gdcm::ByteValue(zeros);
        gdcm::DataElement px{gdcm::Tag(0x7FE0, 0x0010)};
        px.SetVR(gdcm::VR::OW);
        px.SetValue(*m_pixels);
        d.Replace(px);
    }

    /// Fills and writes slice `index`; an error names the file.
    std::optional<Error> write(int index)
    {
        const Grid &g = m_info.grid;
        const double pos[3] = {g.origin[0], g.origin[1], g.origin[2] + index * g.spacing[2]};
        fill(index, pos[2]);

        gdcm::DataSet &d = m_file->GetDataSet();
        putString(d, 0x0008, 0x0018, gdcm::VR::UI, m_info.instanceUids[size_t(index)]);
        putString(d, 0x0020, 0x0013, gdcm::VR::IS, QByteArray::number(index + 1));
        putString(d, 0x0020, 0x0032, gdcm::VR::DS, dsTriple(pos));
        putString(d, 0x0020, 0x1041, gdcm::VR::DS, ds(pos[2]));
        if (m_info.spec.modality == PhantomModality::PT)
            putUS(d, 0x0054, 0x1330, uint16_t(index + 1));   // Image Index

        const QString path = m_info.files.at(index);
        std::ostringstream os;
        gdcm::Writer writer;
        writer.SetFile(*m_file);
        writer.SetStream(os);
        if (!writer.Write() || !os)
            return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "GDCM could not encode the slice"));
        const std::string_view bytes = os.view();

        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(ErrorCode::IoError, path,
                         QCoreApplication::translate("strata::dicom", "cannot create the file (%1)").arg(f.errorString()));
        if (f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !f.flush()) {
            const QString why = f.errorString();
            f.close();
            QFile::remove(path);  // no truncated slice left behind
            return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot write the file (%1)").arg(why));
        }
        f.close();
        return std::nullopt;
    }

private:
    /// Ideal HU + noise, rounded, shifted by the rescale intercept and clamped to 16 bits.
    void fill(int index, double z)
    {
        const PhantomSpec &s = m_info.spec;
        const Grid &g = m_info.grid;
        const Section section(m_anatomy, z);
        auto *out = static_cast<uint16_t *>(m_pixels->GetVoidPointer());
        const float *normal = normalTable().data();
        const double sigma = s.noiseHu;
        // One generator per slice, seeded from (seed, slice): the same pixels whatever thread
        // writes which slice.
        std::seed_seq seq{uint32_t(s.seed), uint32_t(index)};
        std::mt19937 rng(seq);
        const bool pet = s.modality == PhantomModality::PT;
        // The rescale intercept (CT), + 0.5 to round by truncation. PET: its noise in per cent.
        const double offset = pet ? 0.5 : 1024.5;
        for (int r = 0; r < s.rows; ++r) {
            const double y = g.origin[1] + r * g.spacing[1];
            uint16_t *row = out + size_t(r) * size_t(s.columns);
            uint32_t bits = 0;
            for (int c = 0; c < s.columns; ++c) {
                const double x = g.origin[0] + c * g.spacing[0];
                const double truth = pet ? section.activityAt(x, y) : section.huAt(x, y);
                double v = truth + offset;
                if (sigma > 0) {
                    if ((c & 1) == 0)
                        bits = rng();
                    v += (pet ? sigma / 100 * truth : sigma) * normal[(c & 1) ? bits >> kNormalBits : bits & (kNormalCount - 1)];
                }
                row[c] = uint16_t(std::clamp(v, 0.0, 65535.0));
            }
        }
    }

    const SeriesInfo &m_info;
    Anatomy m_anatomy;
    gdcm::SmartPointer<gdcm::File> m_file;
    gdcm::SmartPointer<gdcm::ByteValue> m_pixels;
};

std::optional<Error> checkSpec(const PhantomSpec &s)
{
    auto bad = [](const QString &why) { return Error(ErrorCode::InvalidArgument, {}, why); };
    if (s.columns < 1 || s.rows < 1 || s.slices < 1 || s.columns > 65535 || s.rows > 65535)
        return bad(QCoreApplication::translate("strata::dicom", "phantom size must be 1..65535 columns and rows and at least one slice"));
    if (!(s.pixelSpacingMm > 0) || !(s.sliceSpacingMm > 0))
        return bad(QCoreApplication::translate("strata::dicom", "phantom spacings must be positive"));
    if (!(s.noiseHu >= 0))
        return bad(QCoreApplication::translate("strata::dicom", "phantom noise must not be negative"));
    return std::nullopt;
}

QJsonArray jsonTriple(const double v[3])
{
    return QJsonArray{v[0], v[1], v[2]};
}

QJsonObject describe(const SeriesInfo &info, const PhantomStudy &study)
{
    const PhantomSpec &s = info.spec;
    QJsonObject spec{
        {QStringLiteral("columns"), s.columns},
        {QStringLiteral("rows"), s.rows},
        {QStringLiteral("slices"), s.slices},
        {QStringLiteral("pixelSpacingMm"), s.pixelSpacingMm},
        {QStringLiteral("sliceSpacingMm"), s.sliceSpacingMm},
        {QStringLiteral("noiseHu"), s.noiseHu},
        {QStringLiteral("seed"), qint64(s.seed)},
        {QStringLiteral("patientName"), s.patientName},
        {QStringLiteral("patientId"), s.patientId},
    };
    QJsonArray lesions;
    for (const PhantomLesion &l : study.lesions)
        lesions.append(QJsonObject{
            {QStringLiteral("name"), l.name},
            {QStringLiteral("centerMm"), jsonTriple(l.centerMm)},
            {QStringLiteral("diameterMm"), l.diameterMm},
            {QStringLiteral("hu"), l.hu},
            {QStringLiteral("activityBqMl"), l.activityBqMl},
        });
    QJsonArray files;
    for (const QString &f : study.files)
        files.append(QFileInfo(f).fileName());
    const QJsonObject tissues{
        {QStringLiteral("air"), kAirHu},           {QStringLiteral("fat"), kFatHu},
        {QStringLiteral("softTissue"), kSoftTissueHu}, {QStringLiteral("lung"), kLungHu},
        {QStringLiteral("corticalBone"), kCorticalHu}, {QStringLiteral("cancellousBone"), kCancellousHu},
        {QStringLiteral("disc"), kDiscHu},         {QStringLiteral("aorta"), kAortaHu},
        {QStringLiteral("liver"), kLiverHu},       {QStringLiteral("csf"), kCsfHu},
    };
    return QJsonObject{
        {QStringLiteral("generator"), QStringLiteral("Strata phantom")},
        {QStringLiteral("studyInstanceUid"), study.studyInstanceUid},
        {QStringLiteral("seriesInstanceUid"), study.seriesInstanceUid},
        {QStringLiteral("frameOfReferenceUid"), QString::fromLatin1(info.frameUid)},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("originMm"), jsonTriple(study.originMm)},
        {QStringLiteral("spacingMm"), jsonTriple(info.grid.spacing)},
        {QStringLiteral("modality"), s.modality == PhantomModality::PT ? QStringLiteral("PT") : QStringLiteral("CT")},
        {QStringLiteral("rescaleIntercept"), s.modality == PhantomModality::PT ? 0 : -1024},
        {QStringLiteral("rescaleSlope"), 1},
        {QStringLiteral("tissuesHu"), tissues},
        {QStringLiteral("lesions"), lesions},
        {QStringLiteral("files"), files},
    };
}

} // namespace

PhantomSpec PhantomSpec::pet()
{
    PhantomSpec s;
    s.modality = PhantomModality::PT;
    s.columns = s.rows = 128;
    s.pixelSpacingMm = 2.8;
    s.slices = 100;
    s.sliceSpacingMm = 3.0;
    s.noiseHu = 5;
    s.seriesNumber = 3;
    return s;
}

double phantomActivityAt(const PhantomSpec &spec, double xMm, double yMm, double zMm)
{
    const Anatomy anatomy(spec);
    return Section(anatomy, zMm).activityAt(xMm, yMm);
}

double phantomSuvFactor()
{
    const double decayed = kInjectedDoseBq * std::pow(2.0, -3600.0 / kF18HalfLifeS);
    return kPatientWeightKg * 1000.0 / decayed;
}

double phantomHuAt(const PhantomSpec &spec, double xMm, double yMm, double zMm)
{
    const Anatomy anatomy(spec);
    return Section(anatomy, zMm).huAt(xMm, yMm);
}

std::vector<PhantomLesion> phantomLesions(const PhantomSpec &spec)
{
    return Anatomy(spec).lesions;
}

QString newUid()
{
    // The UUID as a 128-bit unsigned integer in four 32-bit limbs, most significant first,
    // printed in decimal by repeated division by 10^9.
    const QByteArray b = QUuid::createUuid().toRfc4122();
    uint32_t limbs[4];
    for (int i = 0; i < 4; ++i)
        limbs[i] = uint32_t(uchar(b[4 * i])) << 24 | uint32_t(uchar(b[4 * i + 1])) << 16
                   | uint32_t(uchar(b[4 * i + 2])) << 8 | uint32_t(uchar(b[4 * i + 3]));
    std::vector<uint32_t> chunks;  // base 10^9, least significant first
    while (limbs[0] || limbs[1] || limbs[2] || limbs[3]) {
        uint64_t rem = 0;
        for (uint32_t &limb : limbs) {
            const uint64_t cur = rem << 32 | limb;
            limb = uint32_t(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks.push_back(uint32_t(rem));
    }
    QString digits = chunks.empty() ? QStringLiteral("0") : QString::number(chunks.back());
    for (auto it = chunks.rbegin() + (chunks.empty() ? 0 : 1); it != chunks.rend(); ++it)
        digits += QStringLiteral("%1").arg(*it, 9, 10, QLatin1Char('0'));
    return QStringLiteral("2.25.") + digits;
}

Result<PhantomStudy> writePhantom(const PhantomSpec &spec, const QString &folder,
                                  const CancellationToken &cancel,
                                  const std::function<void(const Progress &)> &progress)
{
    if (auto bad = checkSpec(spec))
        return *bad;
    if (folder.isEmpty())
        return Error(ErrorCode::InvalidArgument, {}, QCoreApplication::translate("strata::dicom", "no folder given for the phantom"));
    const QString dir = QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isDir())
        return Error(ErrorCode::IoError, dir, QCoreApplication::translate("strata::dicom", "cannot create the folder"));

    const int n = spec.slices;
    SeriesInfo info{spec, Grid(spec), newUid().toLatin1(), newUid().toLatin1(), newUid().toLatin1(), {}, {}};
    // A further series of the same study (another reconstruction of the same acquisition).
    if (!spec.studyInstanceUid.isEmpty())
        info.studyUid = spec.studyInstanceUid.toLatin1();
    if (!spec.frameOfReferenceUid.isEmpty())
        info.frameUid = spec.frameOfReferenceUid.toLatin1();
    info.instanceUids.reserve(size_t(n));
    const int width = std::max(4, int(QString::number(n).size()));
    for (int i = 0; i < n; ++i) {
        info.instanceUids.push_back(newUid().toLatin1());
        info.files.append(QDir(dir).filePath(
            QStringLiteral("IM%1.dcm").arg(i + 1, width, 10, QLatin1Char('0'))));
    }

    // Workers take slices from a shared counter; the calling thread reports progress as slices
    // complete, so the callback always runs on the caller's thread.
    std::mutex mutex;
    std::condition_variable wake;
    int done = 0;
    std::optional<Error> failure;
    std::vector<char> written(size_t(n), 0);
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    const int workers = std::clamp(QThread::idealThreadCount(), 1, n);
    int running = workers;

    // On the Compute executor (the shared work pool). This thread waits on `running`, not on the
    // pool: the last thing a worker does is count itself out and wake it, under the mutex, so
    // nothing on this stack is touched once `running` reaches 0.
    for (int w = 0; w < workers; ++w) {
        workPool()->start([&] {
            SliceWriter writer(info);
            while (!stop.load() && !cancel.isCancelled()) {
                const int i = next.fetch_add(1);
                if (i >= n)
                    break;
                std::optional<Error> err = writer.write(i);
                {
                    const std::lock_guard lock(mutex);
                    if (err) {
                        if (!failure)
                            failure = std::move(err);
                        stop.store(true);
                    } else {
                        written[size_t(i)] = 1;
                        ++done;
                    }
                }
                wake.notify_one();
            }
            const std::lock_guard lock(mutex);
            --running;
            wake.notify_one();
        });
    }

    const QString stage = QCoreApplication::translate("strata::dicom", "Writing phantom slices");
    int reported = 0;
    for (;;) {
        int nowDone = 0;
        bool finished = false;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [&] { return done > reported || running == 0; });
            nowDone = done;
            finished = running == 0;
        }
        if (progress && !stop.load())
            for (int k = reported + 1; k <= nowDone && !cancel.isCancelled(); ++k)
                progress(Progress{k, n, stage});
        reported = nowDone;
        if (cancel.isCancelled())
            stop.store(true);
        if (finished)
            break;
    }

    auto removeWritten = [&] {
        for (int i = 0; i < n; ++i)
            if (written[size_t(i)])
                QFile::remove(info.files.at(i));
    };
    if (failure) {
        removeWritten();
        return *failure;
    }
    if (done < n) {
        removeWritten();
        return Error(ErrorCode::Cancelled, dir, QCoreApplication::translate("strata::dicom", "phantom writing was cancelled"));
    }

    PhantomStudy study;
    study.folder = dir;
    study.studyInstanceUid = QString::fromLatin1(info.studyUid);
    study.seriesInstanceUid = QString::fromLatin1(info.seriesUid);
    study.frameOfReferenceUid = QString::fromLatin1(info.frameUid);
    study.files = info.files;
    study.lesions = Anatomy(spec).lesions;
    for (int k = 0; k < 3; ++k)
        study.originMm[k] = info.grid.origin[k];

    const QString jsonPath = QDir(dir).filePath(QStringLiteral("phantom.json"));
    QFile json(jsonPath);
    const QByteArray text = QJsonDocument(describe(info, study)).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) || json.write(text) != text.size()
        || !json.flush())
        return Error(ErrorCode::IoError, jsonPath,
                     QCoreApplication::translate("strata::dicom", "cannot write the phantom description (%1)").arg(json.errorString()));
    return study;
}

} // namespace strata::dicom
