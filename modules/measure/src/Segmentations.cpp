// DICOM Segmentations read for display: DCMTK for the segments and the functional groups, Strata's
// own decoder for the pixel data (so that every syntax and every check of an image applies).
#include <strata/measure/Segmentations.h>

#include "ContourFill.h"

#include "DcmtkLog.h"

#include <strata/core/Translate.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmiod/cielabutil.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace strata::measure {
namespace {

constexpr const char *kSegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";
constexpr const char *kStructureSetStorage = "1.2.840.10008.5.1.4.1.1.481.3";

QString tr(const char *text) { return translated({"strata::measure"}, text); }
QString qs(const OFString &s) { return QString::fromUtf8(s.c_str()).trimmed(); }

/// Distinct colours for segments that recommend none.
std::array<int, 3> defaultColour(int number)
{
    static const std::array<std::array<int, 3>, 8> palette{{{230, 60, 60}, {60, 180, 75}, {255, 200, 25}, {0, 130, 200},
                                                           {245, 130, 48}, {145, 30, 180}, {70, 240, 240}, {240, 50, 230}}};
    return palette[std::size_t(std::max(0, number - 1)) % palette.size()];
}

/// Each of `headers` of SOP class `sopClass` read by `read`; the errors to `problems`.
template <typename T>
std::vector<std::shared_ptr<const T>> readAllOf(const std::vector<dicom::DicomHeader> &headers, const char *sopClass,
                                                Result<T> (*read)(const QString &), QStringList *problems)
{
    std::vector<std::shared_ptr<const T>> out;
    for (const dicom::DicomHeader &h : headers) {
        if (h.sopClassUid != QLatin1String(sopClass))
            continue;
        auto one = read(h.path);
        if (one.ok())
            out.push_back(std::make_shared<const T>(std::move(one).value()));
        else if (problems)
            *problems << one.error().message();
    }
    return out;
}

/// The item of a functional group sequence in `groups` (per-frame or shared), or null.
DcmItem *group(DcmItem *groups, const DcmTagKey &sequence)
{
    DcmItem *item = nullptr;
    if (!groups || groups->findAndGetSequenceItem(sequence, item, 0).bad())
        return nullptr;
    return item;
}

} // namespace

void Segmentation::set(std::size_t f, int column, int row)
{
    const std::size_t i = m_offsets[f] + std::size_t(row) * std::size_t(frames[f].plane.width) + std::size_t(column);
    m_bits[i / 8] |= std::uint8_t(1u << (i % 8));
    Bounds &b = m_bounds[f];
    if (b.empty()) {
        b = {column, row, column, row};
        return;
    }
    b.left = std::min(b.left, column), b.right = std::max(b.right, column);
    b.top = std::min(b.top, row), b.bottom = std::max(b.bottom, row);
}

void Segmentation::appendFrame(const SegmentationFrame &frame, const std::vector<std::uint8_t> &mask)
{
    const int width = std::max(0, frame.plane.width), height = std::max(0, frame.plane.height);
    const std::size_t n = std::size_t(width) * std::size_t(height);
    frames.push_back(frame);
    m_offsets.push_back(m_bitCount);
    m_bounds.push_back({});
    m_bitCount += n;
    m_bits.resize((m_bitCount + 7) / 8, 0);
    const std::size_t f = frames.size() - 1;
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c)
            if (const std::size_t i = std::size_t(r) * std::size_t(width) + std::size_t(c); i < mask.size() && mask[i])
                set(f, c, r);
}

const Segment *Segmentation::segment(int number) const
{
    for (const Segment &s : segments)
        if (s.number == number)
            return &s;
    return nullptr;
}

Result<Segmentation> readSegmentation(const QString &path)
{
    // The pixel data first: the structure walk and the checks of any image, before DCMTK reads.
    auto decoded = dicom::decodePixels(path);
    if (!decoded.ok())
        return decoded.error();
    const dicom::DecodedImage &pixels = decoded.value();
    if (pixels.isColor() || pixels.frames <= 0)
        return Error(ErrorCode::Malformed, path, tr("a segmentation's pixel data must be grayscale frames"));

    detail::quietDcmtkWarnings();
    DcmFileFormat ff;
    const OFCondition c = ff.loadFileUntilTag(QFile::encodeName(path).constData(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect,
                                              DCM_PixelData);
    if (c.bad())
        return Error(ErrorCode::Malformed, path, tr("the segmentation cannot be read: %1").arg(QString::fromLatin1(c.text())));
    DcmDataset *ds = ff.getDataset();
    OFString value;
    Segmentation out;
    out.path = path;
    ds->findAndGetOFString(DCM_SOPClassUID, value);
    if (value != kSegmentationStorage)
        return Error(ErrorCode::Unsupported, path, tr("not a segmentation (SOP class %1)").arg(qs(value)));
    if (ds->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        out.sopInstanceUid = qs(value);
    if (ds->findAndGetOFString(DCM_SeriesDescription, value).good())
        out.seriesDescription = qs(value);
    if (ds->findAndGetOFString(DCM_FrameOfReferenceUID, value).good())
        out.frameOfReferenceUid = qs(value);
    OFString type;
    ds->findAndGetOFString(DCM_SegmentationType, type);
    Uint16 maximum = 255;
    const bool fractional = type == "FRACTIONAL";
    if (fractional)
        ds->findAndGetUint16(DCM_MaximumFractionalValue, maximum);

    // The segments: label and recommended colour.
    DcmItem *item = nullptr;
    for (unsigned long i = 0; ds->findAndGetSequenceItem(DCM_SegmentSequence, item, long(i)).good() && item; ++i) {
        Segment s;
        Uint16 number = 0;
        item->findAndGetUint16(DCM_SegmentNumber, number);
        s.number = number;
        if (item->findAndGetOFString(DCM_SegmentLabel, value).good())
            s.label = qs(value);
        DcmItem *property = nullptr;
        if (item->findAndGetSequenceItem(DCM_SegmentedPropertyTypeCodeSequence, property, 0).good() && property) {
            const DcmTagKey keys[] = {DCM_CodeValue, DCM_CodingSchemeDesignator, DCM_CodeMeaning};
            for (std::size_t k = 0; k < 3; ++k)
                if (property->findAndGetOFString(keys[k], value).good())
                    s.propertyType[k] = qs(value);
            if (s.propertyType[0].isEmpty() || s.propertyType[1].isEmpty())
                s.propertyType = {};
        }
        if (s.label.isEmpty() && property && property->findAndGetOFString(DCM_CodeMeaning, value).good())
            s.label = qs(value);
        if (s.label.isEmpty())
            s.label = tr("Segment %1").arg(s.number);
        Uint16 lab[3] = {0, 0, 0};
        bool hasLab = true;
        for (unsigned long k = 0; k < 3; ++k)
            hasLab = hasLab && item->findAndGetUint16(DCM_RecommendedDisplayCIELabValue, lab[k], k).good();
        if (hasLab) {
            double r = 0, g = 0, b = 0;
            IODCIELabUtil::dicomLab2RGB(r, g, b, lab[0], lab[1], lab[2]);
            const auto level = [](double v) { return int(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
            s.rgb = {level(r), level(g), level(b)};
        } else {
            s.rgb = defaultColour(s.number);
        }
        out.segments.push_back(std::move(s));
    }

    // Each frame's segment and plane: per frame, else shared (orientation, spacing).
    DcmItem *shared = nullptr;
    ds->findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0);
    const auto doubles = [](DcmItem *in, const DcmTagKey &key, int n, double *v) {
        if (!in)
            return false;
        for (int k = 0; k < n; ++k)
            if (in->findAndGetFloat64(key, v[k], unsigned(k)).bad())
                return false;
        return true;
    };
    for (int f = 0; f < pixels.frames; ++f) {
        DcmItem *perFrame = nullptr;
        if (ds->findAndGetSequenceItem(DCM_PerFrameFunctionalGroupsSequence, perFrame, f).bad() || !perFrame)
            return Error(ErrorCode::Unsupported, path, tr("frame %1 has no functional groups (no plane to draw it on)").arg(f + 1));
        SegmentationFrame frame;
        if (DcmItem *id = group(perFrame, DCM_SegmentIdentificationSequence)) {
            Uint16 number = 0;
            id->findAndGetUint16(DCM_ReferencedSegmentNumber, number);
            frame.segment = number;
        }
        double position[3], orientation[6], spacing[2];
        if (!doubles(group(perFrame, DCM_PlanePositionSequence), DCM_ImagePositionPatient, 3, position))
            return Error(ErrorCode::Unsupported, path, tr("frame %1 has no position").arg(f + 1));
        if (!doubles(group(perFrame, DCM_PlaneOrientationSequence), DCM_ImageOrientationPatient, 6, orientation)
            && !doubles(group(shared, DCM_PlaneOrientationSequence), DCM_ImageOrientationPatient, 6, orientation))
            return Error(ErrorCode::Unsupported, path, tr("frame %1 has no orientation").arg(f + 1));
        if (!doubles(group(perFrame, DCM_PixelMeasuresSequence), DCM_PixelSpacing, 2, spacing)
            && !doubles(group(shared, DCM_PixelMeasuresSequence), DCM_PixelSpacing, 2, spacing))
            return Error(ErrorCode::Unsupported, path, tr("frame %1 has no pixel spacing").arg(f + 1));
        if (spacing[0] <= 0 || spacing[1] <= 0)
            return Error(ErrorCode::Malformed, path, tr("frame %1 has a pixel spacing of %2 × %3 mm").arg(f + 1).arg(spacing[0]).arg(spacing[1]));
        imaging::SliceGeometry &g = frame.plane;
        g.width = pixels.columns;
        g.height = pixels.rows;
        g.origin = {position[0], position[1], position[2]};
        g.row = imaging::normalized(imaging::Vec3{orientation[0], orientation[1], orientation[2]});
        g.column = imaging::normalized(imaging::Vec3{orientation[3], orientation[4], orientation[5]});
        g.spacing = {spacing[1], spacing[0]};   // Pixel Spacing is row spacing \ column spacing
        out.frames.push_back(frame);
    }

    // The masks, a bit a pixel.
    const std::size_t frameBits = std::size_t(pixels.rows) * std::size_t(pixels.columns);
    for (std::size_t f = 0; f < out.frames.size(); ++f)
        out.m_offsets.push_back(f * frameBits);
    out.m_bitCount = frameBits * out.frames.size();
    out.m_bits.assign((out.m_bitCount + 7) / 8, 0);
    out.m_bounds.assign(out.frames.size(), {});
    const double threshold = fractional ? maximum / 2.0 : 0.5;
    if (pixels.type == dicom::SampleType::UInt8 && pixels.data.size() >= out.m_bitCount) {
        // Binary (0/1 a byte, as decoded) and 8-bit fractional frames: straight from the bytes.
        const auto limit = std::uint8_t(std::min(255.0, std::floor(threshold)));
        const std::uint8_t *in = pixels.data.data();
        for (std::size_t f = 0; f < out.frames.size(); ++f)
            for (int r = 0; r < pixels.rows; ++r)
                for (int col = 0; col < pixels.columns; ++col, ++in)
                    if (*in > limit)
                        out.set(f, col, r);
        return out;
    }
    for (std::size_t f = 0; f < out.frames.size(); ++f)
        for (int r = 0; r < pixels.rows; ++r)
            for (int col = 0; col < pixels.columns; ++col)
                if (pixels.storedValue(int(f), r, col) > threshold)
                    out.set(f, col, r);
    return out;
}

std::vector<std::shared_ptr<const Segmentation>> readSegmentations(const std::vector<dicom::DicomHeader> &headers, QStringList *problems)
{
    return readAllOf<Segmentation>(headers, kSegmentationStorage, readSegmentation, problems);
}

const StructureRoi *StructureSet::roi(int number) const
{
    for (const StructureRoi &r : rois)
        if (r.number == number)
            return &r;
    return nullptr;
}

Result<StructureSet> readStructureSet(const QString &path)
{
    // The structure walk first (a damaged file is refused with where it broke), then DCMTK.
    auto header = dicom::readHeader(path);
    if (!header.ok())
        return header.error();
    if (header.value().sopClassUid != QLatin1String(kStructureSetStorage))
        return Error(ErrorCode::Unsupported, path, tr("not an RT structure set (SOP class %1)").arg(header.value().sopClassUid));
    detail::quietDcmtkWarnings();
    DcmFileFormat ff;
    const OFCondition c = ff.loadFile(QFile::encodeName(path).constData());
    if (c.bad())
        return Error(ErrorCode::Malformed, path, tr("the structure set cannot be read: %1").arg(QString::fromLatin1(c.text())));
    DcmDataset *ds = ff.getDataset();
    StructureSet out;
    out.path = path;
    out.sopInstanceUid = header.value().sopInstanceUid;
    OFString value;
    if (ds->findAndGetOFString(DCM_StructureSetLabel, value).good())
        out.label = qs(value);
    DcmItem *item = nullptr;
    if (ds->findAndGetSequenceItem(DCM_ReferencedFrameOfReferenceSequence, item, 0).good() && item
        && item->findAndGetOFString(DCM_FrameOfReferenceUID, value).good())
        out.frameOfReferenceUid = qs(value);
    if (out.frameOfReferenceUid.isEmpty())
        out.frameOfReferenceUid = header.value().frameOfReferenceUid;
    for (long i = 0; ds->findAndGetSequenceItem(DCM_StructureSetROISequence, item, i).good() && item; ++i) {
        StructureRoi roi;
        Sint32 number = 0;
        item->findAndGetSint32(DCM_ROINumber, number);
        roi.number = number;
        if (item->findAndGetOFString(DCM_ROIName, value).good())
            roi.name = qs(value);
        if (roi.name.isEmpty())
            roi.name = tr("Structure %1").arg(roi.number);
        roi.rgb = defaultColour(int(i) + 1);
        out.rois.push_back(roi);
    }
    // What each structure is: its interpreted type and its code.
    for (long i = 0; ds->findAndGetSequenceItem(DCM_RTROIObservationsSequence, item, i).good() && item; ++i) {
        Sint32 number = 0;
        if (item->findAndGetSint32(DCM_ReferencedROINumber, number).bad())
            continue;
        for (StructureRoi &roi : out.rois) {
            if (roi.number != number)
                continue;
            if (item->findAndGetOFString(DCM_RTROIInterpretedType, value).good())
                roi.interpretedType = qs(value).trimmed();
            DcmItem *code = nullptr;
            if (item->findAndGetSequenceItem(DCM_RTROIIdentificationCodeSequence, code, 0).good() && code) {
                const DcmTagKey keys[3] = {DCM_CodeValue, DCM_CodingSchemeDesignator, DCM_CodeMeaning};
                for (int k = 0; k < 3; ++k)
                    if (code->findAndGetOFString(keys[k], value).good())
                        roi.code[std::size_t(k)] = qs(value).trimmed();
                if (roi.code[0].isEmpty() && code->findAndGetOFString(DCM_LongCodeValue, value).good())
                    roi.code[0] = qs(value).trimmed();
                if (roi.code[0].isEmpty() || roi.code[1].isEmpty())
                    roi.code = {};
            }
        }
    }
    for (long i = 0; ds->findAndGetSequenceItem(DCM_ROIContourSequence, item, i).good() && item; ++i) {
        Sint32 number = 0;
        item->findAndGetSint32(DCM_ReferencedROINumber, number);
        Sint32 colour[3] = {0, 0, 0};
        bool hasColour = true;
        for (unsigned long k = 0; k < 3; ++k)
            hasColour = hasColour && item->findAndGetSint32(DCM_ROIDisplayColor, colour[k], k).good();
        for (StructureRoi &roi : out.rois)
            if (roi.number == number && hasColour)
                roi.rgb = {std::clamp(int(colour[0]), 0, 255), std::clamp(int(colour[1]), 0, 255), std::clamp(int(colour[2]), 0, 255)};
        DcmItem *contour = nullptr;
        for (long j = 0; item->findAndGetSequenceItem(DCM_ContourSequence, contour, j).good() && contour; ++j) {
            OFString type;
            contour->findAndGetOFString(DCM_ContourGeometricType, type);
            if (type != "CLOSED_PLANAR" && type != "OPEN_PLANAR" && type != "OPEN_NONPLANAR")
                continue;   // POINT: nothing to draw as a line
            DcmElement *data = nullptr;
            if (contour->findAndGetElement(DCM_ContourData, data).bad() || !data)
                continue;
            const unsigned long values = data->getVM();
            StructureContour sc;
            sc.roi = number;
            sc.closed = type == "CLOSED_PLANAR";
            sc.points.reserve(values / 3);
            for (unsigned long k = 0; k + 2 < values; k += 3) {
                imaging::Vec3 p{};
                if (data->getFloat64(p[0], k).bad() || data->getFloat64(p[1], k + 1).bad() || data->getFloat64(p[2], k + 2).bad())
                    break;
                sc.points.push_back(p);
            }
            if (sc.points.size() >= 2)
                out.contours.push_back(std::move(sc));
        }
    }
    out.regions = std::make_shared<const Segmentation>(structureRegions(out));
    return out;
}

namespace {

/// The unit normal of a planar polygon (Newell's method), its largest component positive (one
/// sign for a plane's contours whichever way they wind); zero for a degenerate one.
imaging::Vec3 polygonNormal(const std::vector<imaging::Vec3> &points)
{
    imaging::Vec3 n{0, 0, 0};
    for (std::size_t i = 0; i < points.size(); ++i) {
        const imaging::Vec3 &a = points[i], &b = points[(i + 1) % points.size()];
        n[0] += (a[1] - b[1]) * (a[2] + b[2]);
        n[1] += (a[2] - b[2]) * (a[0] + b[0]);
        n[2] += (a[0] - b[0]) * (a[1] + b[1]);
    }
    const double length = std::sqrt(imaging::dot(n, n));
    if (!(length > 1e-9) || !std::isfinite(length))
        return {0, 0, 0};
    std::size_t largest = 0;
    for (std::size_t k = 1; k < 3; ++k)
        if (std::abs(n[k]) > std::abs(n[largest]))
            largest = k;
    const double sign = n[largest] < 0 ? -1.0 : 1.0;
    return {sign * n[0] / length, sign * n[1] / length, sign * n[2] / length};
}

} // namespace

namespace detail {

std::vector<ContourPlane> contourPlanes(const StructureSet &set)
{
    std::vector<ContourPlane> planes;
    for (const StructureContour &contour : set.contours) {
        if (!contour.closed || contour.points.size() < 3)
            continue;
        const imaging::Vec3 n = polygonNormal(contour.points);
        if (n == imaging::Vec3{0, 0, 0})
            continue;
        const double position = imaging::dot(n, contour.points.front());
        const bool planar = std::all_of(contour.points.begin(), contour.points.end(),
                                        [&](const imaging::Vec3 &p) { return std::abs(imaging::dot(n, p) - position) < 0.5; });
        if (!planar)
            continue;
        auto same = std::find_if(planes.begin(), planes.end(), [&](const ContourPlane &p) {
            return p.roi == contour.roi && imaging::dot(p.normal, n) > 0.9999 && std::abs(p.position - position) < 0.01;
        });
        if (same == planes.end())
            same = planes.insert(planes.end(), ContourPlane{contour.roi, n, position, {}});
        same->contours.push_back(&contour);
    }
    return planes;
}

std::array<double, 4> ContourPlane::box() const
{
    const auto [row, column] = axes();
    double u0 = HUGE_VAL, u1 = -HUGE_VAL, v0 = HUGE_VAL, v1 = -HUGE_VAL;
    for (const StructureContour *c : contours)
        for (const imaging::Vec3 &p : c->points) {
            const double u = imaging::dot(p, row), v = imaging::dot(p, column);
            u0 = std::min(u0, u), u1 = std::max(u1, u), v0 = std::min(v0, v), v1 = std::max(v1, v);
        }
    return {u0, u1, v0, v1};
}

double ContourPlane::extent() const
{
    const auto [u0, u1, v0, v1] = box();
    return std::max(u1 - u0, v1 - v0);
}

std::pair<imaging::Vec3, imaging::Vec3> ContourPlane::axes() const
{
    // The patient axis least along the normal, made perpendicular to it; the column across both.
    const imaging::Vec3 &n = normal;
    std::size_t least = 0;
    for (std::size_t k = 1; k < 3; ++k)
        if (std::abs(n[k]) < std::abs(n[least]) - 1e-9)
            least = k;
    imaging::Vec3 axis{0, 0, 0};
    axis[least] = 1;
    const imaging::Vec3 row = imaging::normalized(imaging::Vec3{axis[0] - n[least] * n[0], axis[1] - n[least] * n[1], axis[2] - n[least] * n[2]});
    return {row, imaging::cross(n, row)};
}

std::optional<FilledPlane> fillPlane(const ContourPlane &plane, double step, bool centred)
{
    const auto [row, column] = plane.axes();
    const imaging::Vec3 &n = plane.normal;
    auto [u0, u1, v0, v1] = plane.box();
    const double extent = std::max(u1 - u0, v1 - v0);
    if (!std::isfinite(extent) || extent <= 0 || !(step > 0) || extent / step > 100000)
        return std::nullopt;
    if (centred) {   // each pixel the middle of a step × step cell from the box's corner
        u0 += step / 2;
        v0 += step / 2;
    }
    FilledPlane out;
    const int width = int(std::floor((u1 - u0) / step)) + 2, height = int(std::floor((v1 - v0) / step)) + 2;
    // Even–odd scanlines through the pixel centres: inside where an odd number of edges lie to the left.
    out.mask.assign(std::size_t(width) * std::size_t(height), 0);
    std::vector<double> crossings;
    for (int r = 0; r < height; ++r) {
        const double y = v0 + r * step;
        crossings.clear();
        for (const StructureContour *c : plane.contours)
            for (std::size_t i = 0; i < c->points.size(); ++i) {
                const imaging::Vec3 &a = c->points[i], &b = c->points[(i + 1) % c->points.size()];
                const double va = imaging::dot(a, column), vb = imaging::dot(b, column);
                if ((va <= y) == (vb <= y))
                    continue;
                const double ua = imaging::dot(a, row), ub = imaging::dot(b, row);
                crossings.push_back(ua + (y - va) * (ub - ua) / (vb - va));
            }
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
            const int from = std::max(0, int(std::ceil((crossings[i] - u0) / step)));
            const int to = std::min(width - 1, int(std::ceil((crossings[i + 1] - u0) / step)) - 1);
            for (int x = from; x <= to; ++x)
                out.mask[std::size_t(r) * std::size_t(width) + std::size_t(x)] = 1;
        }
    }
    imaging::SliceGeometry &g = out.plane;
    g.width = width;
    g.height = height;
    g.row = row;
    g.column = column;
    g.spacing = {step, step};
    g.origin = {u0 * row[0] + v0 * column[0] + plane.position * n[0], u0 * row[1] + v0 * column[1] + plane.position * n[1],
                u0 * row[2] + v0 * column[2] + plane.position * n[2]};
    return out;
}

} // namespace detail

Segmentation structureRegions(const StructureSet &set)
{
    Segmentation out;
    out.path = set.path;
    out.sopInstanceUid = set.sopInstanceUid;
    out.seriesDescription = set.label;
    out.frameOfReferenceUid = set.frameOfReferenceUid;
    for (const StructureRoi &roi : set.rois)
        out.segments.push_back(Segment{roi.number, roi.name, roi.rgb, {}});
    constexpr std::size_t kBitBudget = std::size_t(64) * 1024 * 1024 * 8;
    std::size_t bits = 0;
    for (const detail::ContourPlane &plane : detail::contourPlanes(set)) {
        // Up to 512 pixels a side, no finer than 0.2 mm.
        auto filled = detail::fillPlane(plane, std::max(0.2, plane.extent() / 512), false);
        if (!filled)
            continue;
        const std::size_t size = filled->mask.size();
        if (bits + size > kBitBudget)
            break;
        out.appendFrame(SegmentationFrame{plane.roi, filled->plane}, filled->mask);
        bits += size;
    }
    return out;
}

std::vector<std::shared_ptr<const StructureSet>> readStructureSets(const std::vector<dicom::DicomHeader> &headers, QStringList *problems)
{
    return readAllOf<StructureSet>(headers, kStructureSetStorage, readStructureSet, problems);
}

} // namespace strata::measure
