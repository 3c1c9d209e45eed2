#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/Suv.h>

#include "GdcmSupport.h"
#include "PixelChecks.h"
#include "StructureCheck.h"
#include "SuvDetail.h"

#include <gdcmPrivateTag.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <QFileInfo>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <sstream>

namespace strata::dicom {

using detail::asciiValue;
using detail::decimalValue;
using detail::decimalValues;
using detail::textValue;
using detail::ushortValue;

namespace {

gdcm::Tag T(std::uint16_t g, std::uint16_t e) { return gdcm::Tag(g, e); }

template <std::size_t N>
std::optional<std::array<double, N>> fixedDecimals(const gdcm::DataSet &ds, const gdcm::Tag &tag)
{
    const auto v = decimalValues(ds, tag);
    if (v.size() < N)
        return std::nullopt;
    std::array<double, N> out{};
    for (std::size_t i = 0; i < N; ++i) {
        if (!std::isfinite(v[i]))
            return std::nullopt;
        out[i] = v[i];
    }
    return out;
}

int intValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, int fallback = 0)
{
    const auto v = decimalValue(ds, tag);
    if (!v || !std::isfinite(*v) || std::abs(*v) > 2e9)
        return fallback;
    return int(*v);
}

/// A binary value (FD, FL, UL, US) as the explicit little-endian data set holds it; none when
/// the element is absent or shorter than the type. Strings (DS, IS) are read with decimalValue.
template <typename V>
std::optional<V> binaryValue(const gdcm::DataSet &ds, const gdcm::Tag &tag)
{
    const QByteArray raw = detail::rawValue(ds, tag);
    if (raw.size() < int(sizeof(V)))
        return std::nullopt;
    V v{};
    std::memcpy(&v, raw.constData(), sizeof(V));
    return v;
}

/// A private element's value, found by its creator; none when the data set does not hold it.
std::optional<QByteArray> privateValue(const gdcm::DataSet &ds, const gdcm::PrivateTag &tag)
{
    if (!ds.FindDataElement(tag))
        return std::nullopt;
    const gdcm::ByteValue *bv = ds.GetDataElement(tag).GetByteValue();
    return bv && bv->GetPointer() ? QByteArray(bv->GetPointer(), int(bv->GetLength())) : QByteArray();
}

/// The first number of a text value (DS, IS: "1000\\8\\0\\0" → 1000), padding aside.
std::optional<double> firstNumber(const QByteArray &text)
{
    bool ok = false;
    const double v = QByteArray(text).split('\\').value(0).replace('\0', "").trimmed().toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

/// An Image Type or Frame Type from its third value on ("ORIGINAL\\PRIMARY\\M\\ND" → M, ND).
QStringList typeValues(const QString &type)
{
    QStringList values = type.split(QLatin1Char('\\'));
    for (QString &v : values)
        v = v.trimmed();
    return values.size() > 2 ? values.mid(2) : QStringList();
}

/// The volume keys of one functional-group item (shared or per frame): echo, b-value, temporal
/// position, cardiac trigger delay, frame type and complex component.
void readVolumeKey(const gdcm::DataSet &group, VolumeKey &key)
{
    const auto first = [&](std::uint16_t g, std::uint16_t e) -> const gdcm::DataSet * {
        auto sq = detail::sequence(group, T(g, e));
        return sq && sq->GetNumberOfItems() > 0 ? &sq->GetItem(1).GetNestedDataSet() : nullptr;
    };
    if (const gdcm::DataSet *echo = first(0x0018, 0x9114))   // MR Echo
        if (auto te = binaryValue<double>(*echo, T(0x0018, 0x9082)); te && std::isfinite(*te))
            key.echoTimeMs = *te;
    if (const gdcm::DataSet *diffusion = first(0x0018, 0x9117))   // MR Diffusion
        if (auto b = binaryValue<double>(*diffusion, T(0x0018, 0x9087)); b && std::isfinite(*b))
            key.bValue = *b;
    if (const gdcm::DataSet *content = first(0x0020, 0x9111))   // Frame Content
        if (auto t = binaryValue<std::uint32_t>(*content, T(0x0020, 0x9128)))
            key.temporalPosition = int(*t);
    if (const gdcm::DataSet *cardiac = first(0x0018, 0x9118))   // Cardiac Synchronization
        if (auto d = binaryValue<double>(*cardiac, T(0x0020, 0x9153)); d && std::isfinite(*d))
            key.triggerTimeMs = *d;
    for (const auto &[g, e] : {std::pair{0x0018, 0x9226}, std::pair{0x0018, 0x9329}, std::pair{0x0028, 0x9132}})   // MR, CT, … Image Frame Type
        if (const gdcm::DataSet *frameType = first(std::uint16_t(g), std::uint16_t(e))) {
            if (const QStringList type = typeValues(asciiValue(*frameType, T(0x0008, 0x9007))); !type.isEmpty())
                key.type = type;
            if (const QString component = asciiValue(*frameType, T(0x0008, 0x9208)).trimmed(); !component.isEmpty())
                key.complexComponent = component;
        }
}

/// An instance's volume key: the standard attributes, else the vendors' b-value (Siemens, GE,
/// Philips classic diffusion images carry it privately).
VolumeKey instanceVolumeKey(const gdcm::DataSet &ds)
{
    VolumeKey key;
    key.echoTimeMs = decimalValue(ds, T(0x0018, 0x0081));
    if (auto t = decimalValue(ds, T(0x0020, 0x0100)))
        key.temporalPosition = int(*t);
    key.triggerTimeMs = decimalValue(ds, T(0x0018, 0x1060));
    key.type = typeValues(asciiValue(ds, T(0x0008, 0x0008)));
    key.complexComponent = asciiValue(ds, T(0x0008, 0x9208)).trimmed();
    if (auto b = binaryValue<double>(ds, T(0x0018, 0x9087)); b && std::isfinite(*b)) {
        key.bValue = *b;
    } else if (const auto siemens = privateValue(ds, gdcm::PrivateTag(0x0019, 0x0c, "SIEMENS MR HEADER"))) {
        key.bValue = firstNumber(*siemens);
    } else if (const auto ge = privateValue(ds, gdcm::PrivateTag(0x0043, 0x39, "GEMS_PARM_01"))) {
        key.bValue = firstNumber(*ge);
        if (key.bValue && *key.bValue >= 1e9)
            *key.bValue -= 1e9;   // some GE releases add 10^9 to mark the value
    } else if (const auto philips = privateValue(ds, gdcm::PrivateTag(0x2001, 0x03, "Philips Imaging DD 001")); philips && philips->size() >= 4) {
        float v = 0;
        std::memcpy(&v, philips->constData(), 4);
        if (std::isfinite(v))
            key.bValue = double(v);
    }
    return key;
}

/// Plane position, orientation and rescale from one functional-group item (shared or per frame).
void readFunctionalGroup(const gdcm::DataSet &group, FrameGeometry &frame, ImageGeometry &geometry)
{
    readVolumeKey(group, frame.volume);
    if (auto sq = detail::sequence(group, T(0x0020, 0x9113)))
        if (auto p = fixedDecimals<3>(sq->GetItem(1).GetNestedDataSet(), T(0x0020, 0x0032)))
            frame.position = p;
    if (auto sq = detail::sequence(group, T(0x0020, 0x9116)))
        if (auto o = fixedDecimals<6>(sq->GetItem(1).GetNestedDataSet(), T(0x0020, 0x0037)))
            frame.orientation = o;
    if (auto sq = detail::sequence(group, T(0x0028, 0x9145))) {
        const gdcm::DataSet &item = sq->GetItem(1).GetNestedDataSet();
        if (auto s = decimalValue(item, T(0x0028, 0x1053)))
            frame.rescaleSlope = *s;
        if (auto i = decimalValue(item, T(0x0028, 0x1052)))
            frame.rescaleIntercept = *i;
    }
    if (auto sq = detail::sequence(group, T(0x0028, 0x9110))) {
        const gdcm::DataSet &item = sq->GetItem(1).GetNestedDataSet();
        if (auto ps = fixedDecimals<2>(item, T(0x0028, 0x0030)))
            geometry.pixelSpacing = ps;
        if (auto th = decimalValue(item, T(0x0018, 0x0050)))
            geometry.sliceThickness = *th;
        if (auto sb = decimalValue(item, T(0x0018, 0x0088)))
            geometry.spacingBetweenSlices = *sb;
    }
}

void readEnhancedGeometry(const gdcm::DataSet &ds, DicomHeader &h)
{
    auto perFrame = detail::sequence(ds, T(0x5200, 0x9230));
    if (!perFrame)
        return;
    FrameGeometry shared;
    shared.rescaleSlope = h.pixel.rescaleSlope;
    shared.rescaleIntercept = h.pixel.rescaleIntercept;
    shared.volume = h.volume;   // what the functional groups do not say, the instance does
    if (auto sharedSq = detail::sequence(ds, T(0x5200, 0x9229)))
        readFunctionalGroup(sharedSq->GetItem(1).GetNestedDataSet(), shared, h.geometry);
    const std::size_t n = perFrame->GetNumberOfItems();
    h.geometry.frames.reserve(n);
    for (std::size_t i = 1; i <= n; ++i) {
        FrameGeometry frame = shared;
        readFunctionalGroup(perFrame->GetItem(i).GetNestedDataSet(), frame, h.geometry);
        h.geometry.frames.push_back(frame);
    }
    if (!h.geometry.frames.empty()) {
        const FrameGeometry &first = h.geometry.frames.front();
        if (!h.geometry.position)
            h.geometry.position = first.position;
        if (!h.geometry.orientation)
            h.geometry.orientation = first.orientation;
        h.pixel.rescaleSlope = first.rescaleSlope;
        h.pixel.rescaleIntercept = first.rescaleIntercept;
    }
}

/// A nuclear medicine image's frames (PS3.3 C.8.4.8 NM Multi-frame, C.8.4.11 NM Detector): a
/// reconstructed tomogram (Image Type value 3 RECON TOMO or RECON GATED TOMO: a SPECT) places its
/// first frame by Image Position and Orientation (Patient), given in the Detector Information
/// Sequence (0054,0022) where the data set has none of its own; each frame lies along the normal
/// (row × column) at Spacing Between Slices (else Slice Thickness: contiguous slices) as its Slice
/// Vector (0054,0080) says (ImageGeometry::frameSlices); a gated tomogram's frames fall in volumes
/// by their Time Slot Vector (0054,0070). Planar frames
/// (static, dynamic, whole body, gated planar) have no place in the patient and stay as they are.
void readNuclearMedicineFrames(const gdcm::DataSet &ds, DicomHeader &h)
{
    if (h.sopClassUid != QLatin1String("1.2.840.10008.5.1.4.1.1.20") || !h.geometry.frames.empty())
        return;
    const QString reconstruction = h.imageType.section(QLatin1Char('\\'), 2, 2).trimmed();
    if (!reconstruction.startsWith(QLatin1String("RECON")) || !reconstruction.endsWith(QLatin1String("TOMO")))
        return;
    if (!h.geometry.position || !h.geometry.orientation)
        if (auto detectors = detail::sequence(ds, T(0x0054, 0x0022)); detectors && detectors->GetNumberOfItems() >= 1) {
            const gdcm::DataSet &item = detectors->GetItem(1).GetNestedDataSet();
            if (!h.geometry.position)
                h.geometry.position = fixedDecimals<3>(item, T(0x0020, 0x0032));
            if (!h.geometry.orientation)
                h.geometry.orientation = fixedDecimals<6>(item, T(0x0020, 0x0037));
        }
    const int n = h.pixel.frames;
    if (n <= 1 || !h.geometry.position || !h.geometry.orientation)
        return;
    if (!(h.geometry.spacingBetweenSlices > 0))
        h.geometry.spacingBetweenSlices = h.geometry.sliceThickness;   // contiguous slices
    if (std::vector<int> slices = detail::ushortValues(ds, T(0x0054, 0x0080)); slices.size() == std::size_t(n)
        && std::all_of(slices.begin(), slices.end(), [n](int s) { return s >= 1 && s <= n; }))
        h.geometry.frameSlices = std::move(slices);
    if (const std::vector<int> timeSlots = detail::ushortValues(ds, T(0x0054, 0x0070)); timeSlots.size() == std::size_t(n))
        for (int slot : timeSlots) {
            FrameGeometry frame;   // placed by its slice (SeriesGeometry); its volume is its time slot
            frame.rescaleSlope = h.pixel.rescaleSlope;
            frame.rescaleIntercept = h.pixel.rescaleIntercept;
            frame.volume = h.volume;
            frame.volume.temporalPosition = slot;
            h.geometry.frames.push_back(frame);
        }
}

/// A clip's Mask Subtraction Sequence (its first item) and Recommended Viewing Mode.
void readMaskSubtraction(const gdcm::DataSet &ds, DicomHeader &h)
{
    h.recommendedViewingMode = asciiValue(ds, T(0x0028, 0x1090)).trimmed();
    auto sequence = detail::sequence(ds, T(0x0028, 0x6100));
    if (!sequence || sequence->GetNumberOfItems() < 1)
        return;
    const gdcm::DataSet &item = sequence->GetItem(1).GetNestedDataSet();
    DicomHeader::MaskSubtraction m;
    m.operation = asciiValue(item, T(0x0028, 0x6101)).trimmed();
    for (int f : detail::ushortValues(item, T(0x0028, 0x6110)))
        if (f >= 1 && f <= h.pixel.frames)
            m.maskFrames.push_back(f);
    if (const std::vector<int> range = detail::ushortValues(item, T(0x0028, 0x6102)); range.size() >= 2 && range[0] >= 1 && range[1] >= range[0])
        m.applicableFrames = std::array<int, 2>{range[0], range[1]};
    if (const QByteArray shift = detail::rawValue(item, T(0x0028, 0x6114)); shift.size() >= 8) {
        float xy[2];
        std::memcpy(xy, shift.constData(), 8);
        if (std::isfinite(xy[0]) && std::isfinite(xy[1]) && std::abs(xy[0]) < 1e4 && std::abs(xy[1]) < 1e4)
            m.shift = {double(xy[0]), double(xy[1])};
    }
    h.maskSubtraction = std::move(m);
}

/// An RT Plan's prescription (the isodoses' reference): the highest Target Prescription Dose of
/// its Dose Reference Sequence's TARGET items.
void readPlanPrescription(const gdcm::DataSet &ds, DicomHeader &h)
{
    if (h.sopClassUid != QLatin1String("1.2.840.10008.5.1.4.1.1.481.5"))
        return;
    if (auto references = detail::sequence(ds, T(0x300A, 0x0010)))
        for (std::size_t i = 1; i <= references->GetNumberOfItems(); ++i) {
            const gdcm::DataSet &item = references->GetItem(i).GetNestedDataSet();
            if (asciiValue(item, T(0x300A, 0x0020)).trimmed() != QLatin1String("TARGET"))
                continue;
            if (const auto dose = decimalValue(item, T(0x300A, 0x0026)); dose && std::isfinite(*dose) && *dose > h.dose.prescriptionGy)
                h.dose.prescriptionGy = *dose;
        }
}

/// An RT Dose's grid (PS3.3 C.8.8.3): a multi-frame whose frames lie along the normal (row ×
/// column) at the offsets of its Grid Frame Offset Vector (3004,000C) — relative to the first
/// frame's Image Position when its first value is 0, else z coordinates (only written for axial
/// grids, whose first value then is the Image Position's z): either way frame k lies
/// offset[k] − offset[0] from the first. Its values are the stored ones times Dose Grid Scaling
/// (3004,000E), in Gy where Dose Units (3004,0002) say GY.
void readDoseGrid(const gdcm::DataSet &ds, DicomHeader &h)
{
    if (h.sopClassUid != QLatin1String("1.2.840.10008.5.1.4.1.1.481.2") || !h.geometry.frames.empty())
        return;
    if (auto plans = detail::sequence(ds, T(0x300C, 0x0002)); plans && plans->GetNumberOfItems() >= 1)
        h.dose.referencedPlan = asciiValue(plans->GetItem(1).GetNestedDataSet(), T(0x0008, 0x1155)).trimmed();
    h.dose.units = asciiValue(ds, T(0x3004, 0x0002)).trimmed();
    h.dose.type = asciiValue(ds, T(0x3004, 0x0004)).trimmed();
    h.dose.summation = asciiValue(ds, T(0x3004, 0x000A)).trimmed();
    if (h.dose.units == QLatin1String("GY"))
        h.valueUnit = QStringLiteral("Gy");
    if (const auto scaling = decimalValue(ds, T(0x3004, 0x000E)); scaling && std::isfinite(*scaling) && *scaling > 0) {
        h.pixel.rescaleSlope = *scaling;
        h.pixel.rescaleIntercept = 0;
    }
    // A grid of more than 10,000 planes would be metres long: a lying Number of Frames, whose
    // per-frame geometry is not made (a hundred bytes for each two of the file's).
    const int n = h.pixel.frames;
    if (n <= 1 || n > 10000 || !h.geometry.position || !h.geometry.orientation)
        return;
    const std::vector<double> offsets = decimalValues(ds, T(0x3004, 0x000C));
    if (offsets.size() < std::size_t(n))
        return;
    const auto &o = *h.geometry.orientation;
    std::array<double, 3> normal{o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
    const double length = std::sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]);
    if (!(length > 0.5))
        return;
    for (double &c : normal)
        c /= length;
    for (int f = 0; f < n; ++f) {
        const double along = offsets[std::size_t(f)] - offsets[0];
        if (!std::isfinite(along)) {
            h.geometry.frames.clear();   // no place for this frame: none for the grid
            return;
        }
        FrameGeometry frame;
        frame.position = *h.geometry.position;
        for (int a = 0; a < 3; ++a)
            (*frame.position)[std::size_t(a)] += normal[std::size_t(a)] * along;
        frame.orientation = h.geometry.orientation;
        frame.rescaleSlope = h.pixel.rescaleSlope;
        frame.rescaleIntercept = h.pixel.rescaleIntercept;
        frame.volume = h.volume;
        h.geometry.frames.push_back(frame);
    }
}

/// A mammogram's view from its View Code Sequence (0054,0220), where View Position is empty: CC or
/// MLO by their SNOMED codes (CID 4014), in the SNOMED RT and SNOMED CT forms; empty otherwise.
QString codedView(const gdcm::DataSet &ds)
{
    const auto codes = detail::sequence(ds, T(0x0054, 0x0220));
    if (!codes || codes->GetNumberOfItems() < 1)
        return {};
    const QString code = asciiValue(codes->GetItem(1).GetNestedDataSet(), T(0x0008, 0x0100)).trimmed();
    if (code == QLatin1String("R-10242") || code == QLatin1String("399162004"))
        return QStringLiteral("CC");
    if (code == QLatin1String("R-10226") || code == QLatin1String("399368009"))
        return QStringLiteral("MLO");
    return {};
}

/// The View Modifier Code Sequence's meanings within the View Code Sequence (CID 4015: implant
/// displaced, spot compression, magnification, rolled …), lower case, joined by ", ".
QString viewModifiers(const gdcm::DataSet &ds, const QByteArray &charset)
{
    const auto codes = detail::sequence(ds, T(0x0054, 0x0220));
    if (!codes || codes->GetNumberOfItems() < 1)
        return {};
    const auto modifiers = detail::sequence(codes->GetItem(1).GetNestedDataSet(), T(0x0054, 0x0222));
    if (!modifiers)
        return {};
    QStringList out;
    for (std::size_t i = 1; i <= modifiers->GetNumberOfItems(); ++i) {
        const gdcm::DataSet &item = modifiers->GetItem(i).GetNestedDataSet();
        QString meaning = textValue(item, T(0x0008, 0x0104), charset).trimmed().toLower();
        if (meaning.isEmpty())
            meaning = asciiValue(item, T(0x0008, 0x0100)).trimmed();
        if (!meaning.isEmpty() && !out.contains(meaning))
            out << meaning;
    }
    return out.join(QStringLiteral(", "));
}

/// Lossy Image Compression and its ratios and methods as the file gives them, and what its pixel
/// data's codestream shows: coded with loss is lossy whatever the attribute says (PS3.5 8.2:
/// decompressing a lossy image does not make it lossless, recompressing it losslessly neither).
void readLossyCompression(const gdcm::DataSet &ds, const QString &path, const detail::FileStructure &fs, DicomHeader &h)
{
    LossyCompression &l = h.lossyCompression;
    l.lossy = asciiValue(ds, T(0x0028, 0x2110)) == QLatin1String("01");
    for (double r : decimalValues(ds, T(0x0028, 0x2112)))
        if (std::isfinite(r) && r > 0)
            l.ratios.push_back(r);
    for (const QString &m : asciiValue(ds, T(0x0028, 0x2114)).split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        if (!m.trimmed().isEmpty())
            l.methods << m.trimmed();
    if (!fs.hasPixelData || !fs.pixelDataEncapsulated)
        return;
    const std::optional<detail::CodestreamCoding> coding = detail::firstFragmentCoding(path, fs);
    const bool coded = coding ? coding->lossy : h.transferSyntax.alwaysLossy;
    if (!coded)
        return;
    if (!l.lossy)
        l.undeclared = true;
    l.lossy = true;
    if (l.methods.isEmpty() && coding)
        l.methods << coding->method;
}

/// The instances a rejection note withdraws: every Referenced SOP Instance UID of its Current
/// Requested Procedure Evidence Sequence (study > series > instances).
QStringList evidenceInstances(const gdcm::DataSet &ds)
{
    QStringList out;
    auto studies = detail::sequence(ds, T(0x0040, 0xA375));
    for (std::size_t s = 1; studies && s <= studies->GetNumberOfItems(); ++s) {
        auto series = detail::sequence(studies->GetItem(s).GetNestedDataSet(), T(0x0008, 0x1115));
        for (std::size_t e = 1; series && e <= series->GetNumberOfItems(); ++e) {
            auto sops = detail::sequence(series->GetItem(e).GetNestedDataSet(), T(0x0008, 0x1199));
            for (std::size_t i = 1; sops && i <= sops->GetNumberOfItems(); ++i) {
                const QString uid = asciiValue(sops->GetItem(i).GetNestedDataSet(), T(0x0008, 0x1155));
                if (!uid.isEmpty() && !out.contains(uid))
                    out << uid;
            }
        }
    }
    return out;
}

} // namespace

DocumentKind documentKind(const QString &uid)
{
    if (uid == QLatin1String("1.2.840.10008.5.1.4.1.1.104.1"))
        return DocumentKind::Pdf;
    if (uid == QLatin1String("1.2.840.10008.5.1.4.1.1.104.2"))
        return DocumentKind::Cda;
    // Every SR storage class lies under 1.2.840.10008.5.1.4.1.1.88 (PS3.4 B.5); the key object
    // selection (88.59) is a selection of images, not a report to read.
    if (uid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88.")) && uid != QLatin1String("1.2.840.10008.5.1.4.1.1.88.59"))
        return DocumentKind::StructuredReport;
    // Every waveform storage class (ECG, hemodynamic, electrophysiology, audio, respiratory,
    // EEG/EMG/EOG, arterial pulse, body position) lies under 1.2.840.10008.5.1.4.1.1.9 (PS3.4 B.5).
    if (uid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.9.")))
        return DocumentKind::Waveform;
    return DocumentKind::None;
}

bool isRejectionTitle(const QString &codeValue, const QString &codingScheme)
{
    // CID 7011, the titles IHE IOCM gives its rejection notes.
    static const QStringList rejections{QStringLiteral("113001"), QStringLiteral("113037"), QStringLiteral("113038"),
                                        QStringLiteral("113039")};
    return codingScheme == QLatin1String("DCM") && rejections.contains(codeValue);
}

Result<DicomHeader> readHeader(const QString &path)
{
    detail::installGdcmLogBridge();
    auto structure = detail::checkFileStructure(path, detail::StructureScope::Header);
    if (!structure.ok())
        return structure.error();
    return detail::readHeader(path, structure.value());
}

Result<DicomHeader> detail::readHeader(const QString &path, const FileStructure &fs)
{
    detail::installGdcmLogBridge();
    auto guarded = detail::readUpToPixelData(path, fs);
    if (!guarded.ok())
        return guarded.error();
    gdcm::Reader &reader = *guarded.value()->reader;
    const gdcm::DataSet &ds = reader.GetFile().GetDataSet();

    DicomHeader h;
    h.path = path;
    h.hasPreamble = fs.hasPreamble;
    h.hasFileMeta = fs.hasFileMeta;
    h.transferSyntax = transferSyntaxInfo(fs.transferSyntaxUid);

    QByteArray charset = detail::rawValue(ds, T(0x0008, 0x0005));
    while (!charset.isEmpty() && (charset.back() == ' ' || charset.back() == '\0'))
        charset.chop(1);
    h.specificCharacterSet = charset;
    auto text = [&](std::uint16_t g, std::uint16_t e) { return textValue(ds, T(g, e), charset); };
    auto name = [&](std::uint16_t g, std::uint16_t e) {
        return PersonName::fromDecoded(textValue(ds, T(g, e), charset, TextKind::PersonName));
    };
    auto ascii = [&](std::uint16_t g, std::uint16_t e) { return asciiValue(ds, T(g, e)); };

    h.sopClassUid = ascii(0x0008, 0x0016);
    if (h.sopClassUid.isEmpty())
        h.sopClassUid = asciiValue(reader.GetFile().GetHeader(), T(0x0002, 0x0002));
    h.sopInstanceUid = ascii(0x0008, 0x0018);
    if (h.sopInstanceUid.isEmpty())
        h.sopInstanceUid = asciiValue(reader.GetFile().GetHeader(), T(0x0002, 0x0003));
    h.modality = ascii(0x0008, 0x0060);

    h.patientName = name(0x0010, 0x0010);
    h.patientId = text(0x0010, 0x0020);
    h.patientBirthDate = ascii(0x0010, 0x0030);
    h.patientSex = ascii(0x0010, 0x0040);

    h.studyInstanceUid = ascii(0x0020, 0x000D);
    h.studyDate = ascii(0x0008, 0x0020);
    h.studyTime = ascii(0x0008, 0x0030);
    h.studyDescription = text(0x0008, 0x1030);
    h.accessionNumber = text(0x0008, 0x0050);
    h.studyId = text(0x0020, 0x0010);
    h.referringPhysician = name(0x0008, 0x0090);
    h.institutionName = text(0x0008, 0x0080);

    h.seriesInstanceUid = ascii(0x0020, 0x000E);
    h.seriesNumber = intValue(ds, T(0x0020, 0x0011));
    h.seriesDescription = text(0x0008, 0x103E);
    h.bodyPartExamined = ascii(0x0018, 0x0015);
    h.frameOfReferenceUid = ascii(0x0020, 0x0052);
    h.manufacturer = text(0x0008, 0x0070);

    h.instanceNumber = intValue(ds, T(0x0020, 0x0013));
    if (const auto recommended = decimalValue(ds, T(0x0008, 0x2144)); recommended && *recommended > 0 && *recommended <= 1000)
        h.framesPerSecond = *recommended;
    else if (const auto cine = decimalValue(ds, T(0x0018, 0x0040)); cine && *cine > 0 && *cine <= 1000)
        h.framesPerSecond = *cine;
    else if (const auto frameTime = decimalValue(ds, T(0x0018, 0x1063)); frameTime && *frameTime >= 1)
        h.framesPerSecond = 1000.0 / *frameTime;
    if (std::vector<double> steps = decimalValues(ds, T(0x0018, 0x1065)); steps.size() >= 2) {
        // One value per frame, each a plausible step (a frame every millisecond to every minute).
        const int frames = std::max(1, intValue(ds, T(0x0028, 0x0008), 1));
        const bool plausible = std::all_of(steps.begin() + 1, steps.end(), [](double ms) { return std::isfinite(ms) && ms >= 1 && ms <= 60000; });
        if (int(steps.size()) == frames && plausible) {
            steps.front() = 0;
            h.frameTimesMs = std::move(steps);
            if (h.framesPerSecond <= 0) {
                const double total = std::accumulate(h.frameTimesMs.begin() + 1, h.frameTimesMs.end(), 0.0);
                h.framesPerSecond = 1000.0 * double(h.frameTimesMs.size() - 1) / total;
            }
        }
    }
    h.acquisitionNumber = intValue(ds, T(0x0020, 0x0012));
    h.imageType = ascii(0x0008, 0x0008);
    h.patientOrientation = ascii(0x0020, 0x0020).trimmed();
    h.forProcessing = ascii(0x0008, 0x0068).trimmed() == QLatin1String("FOR PROCESSING")
        || h.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.1.1.1")     // Digital X-Ray, For Processing
        || h.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.1.2.1")     // Digital Mammography X-Ray, For Processing
        || h.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.1.3.1");    // Digital Intra-Oral X-Ray, For Processing
    h.acquisitionTime = ascii(0x0008, 0x0032).trimmed();
    if (h.acquisitionTime.isEmpty())
        h.acquisitionTime = ascii(0x0008, 0x002A).trimmed().mid(8).section(QLatin1Char('+'), 0, 0).section(QLatin1Char('-'), 0, 0);
    h.viewPosition = ascii(0x0018, 0x5101).trimmed();
    if (h.viewPosition.isEmpty())   // a mammogram that codes its view only (View Code Sequence)
        h.viewPosition = codedView(ds);
    h.viewModifier = viewModifiers(ds, charset);
    h.laterality = ascii(0x0020, 0x0062).trimmed();
    if (h.laterality.isEmpty())
        h.laterality = ascii(0x0020, 0x0060).trimmed();
    h.volume = instanceVolumeKey(ds);
    if (h.modality == QLatin1String("PT")) {
        PetDose dose;
        dose.units = ascii(0x0054, 0x1001);
        dose.decayCorrection = ascii(0x0054, 0x1102);
        dose.weightKg = decimalValue(ds, T(0x0010, 0x1030)).value_or(0);
        dose.heightM = decimalValue(ds, T(0x0010, 0x1020)).value_or(0);
        dose.sex = h.patientSex;
        dose.seriesTime = ascii(0x0008, 0x0031);
        dose.seriesDate = ascii(0x0008, 0x0021);
        dose.acquisitionTime = h.acquisitionTime;   // Acquisition Time, else Acquisition DateTime's (above)
        dose.acquisitionDate = ascii(0x0008, 0x0032).trimmed().isEmpty() ? ascii(0x0008, 0x002A).trimmed().left(8) : ascii(0x0008, 0x0022);
        dose.correctedImage = ascii(0x0028, 0x0051);
        if (auto radio = detail::sequence(ds, T(0x0054, 0x0016)); radio && radio->GetNumberOfItems() > 0) {
            const gdcm::DataSet &item = radio->GetItem(1).GetNestedDataSet();
            dose.injectionTime = asciiValue(item, T(0x0018, 0x1072));
            dose.takeInjectionDateTime(asciiValue(item, T(0x0018, 0x1078)));
            dose.doseBq = decimalValue(item, T(0x0018, 0x1074)).value_or(0);
            dose.halfLifeS = decimalValue(item, T(0x0018, 0x1075)).value_or(0);
        }
        const auto privateText = [&](const gdcm::PrivateTag &tag) {
            const auto v = privateValue(ds, tag);
            return v ? QString::fromLatin1(*v).remove(QChar(0)).trimmed() : QString();
        };
        if (dose.units.trimmed() == QLatin1String("CNTS")) {
            dose.philipsSuvScale = privateText(gdcm::PrivateTag(0x7053, 0x00, "Philips PET Private Group")).toDouble();
            dose.philipsActivityScale = privateText(gdcm::PrivateTag(0x7053, 0x09, "Philips PET Private Group")).toDouble();
        }
        dose.geScanDateTime = privateText(gdcm::PrivateTag(0x0009, 0x0d, "GEMS_PETD_01"));
        h.valueUnit = dose.units == QLatin1String("BQML")   ? QStringLiteral("Bq/ml")
                      : dose.units == QLatin1String("CNTS") ? QStringLiteral("counts")
                      : dose.units == QLatin1String("GML")  ? QStringLiteral("g/ml")
                                                            : dose.units;
        detail::assignSuv(h, std::move(dose));
    }

    ImageGeometry &g = h.geometry;
    g.position = fixedDecimals<3>(ds, T(0x0020, 0x0032));
    g.orientation = fixedDecimals<6>(ds, T(0x0020, 0x0037));
    g.pixelSpacing = fixedDecimals<2>(ds, T(0x0028, 0x0030));
    g.imagerPixelSpacing = fixedDecimals<2>(ds, T(0x0018, 0x1164));
    g.magnificationFactor = decimalValue(ds, T(0x0018, 0x1114));
    g.pixelSpacingCalibrationType = ascii(0x0028, 0x0A02);
    g.pixelSpacingCalibrationDescription = text(0x0028, 0x0A04);
    if (!g.pixelSpacing) {
        g.pixelSpacing = g.imagerPixelSpacing;
        g.pixelSpacingAtDetector = g.pixelSpacing.has_value();
    } else if (g.imagerPixelSpacing && g.pixelSpacingCalibrationType.isEmpty()) {
        // Many modalities copy Imager Pixel Spacing into Pixel Spacing: the same values are the
        // detector's, whatever the attribute's name.
        auto same = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b)); };
        g.pixelSpacingAtDetector = same((*g.pixelSpacing)[0], (*g.imagerPixelSpacing)[0]) && same((*g.pixelSpacing)[1], (*g.imagerPixelSpacing)[1]);
    }
    g.sliceThickness = decimalValue(ds, T(0x0018, 0x0050)).value_or(0.0);
    g.spacingBetweenSlices = decimalValue(ds, T(0x0018, 0x0088)).value_or(0.0);
    g.gantryTilt = decimalValue(ds, T(0x0018, 0x1120)).value_or(0.0);

    PixelDescription &p = h.pixel;
    p.rows = ushortValue(ds, T(0x0028, 0x0010)).value_or(0);
    p.columns = ushortValue(ds, T(0x0028, 0x0011)).value_or(0);
    p.frames = std::max(1, intValue(ds, T(0x0028, 0x0008), 1));
    p.samplesPerPixel = ushortValue(ds, T(0x0028, 0x0002)).value_or(1);
    p.bitsAllocated = ushortValue(ds, T(0x0028, 0x0100)).value_or(0);
    p.bitsStored = ushortValue(ds, T(0x0028, 0x0101)).value_or(p.bitsAllocated);
    p.highBit = ushortValue(ds, T(0x0028, 0x0102)).value_or(p.bitsStored - 1);
    p.pixelRepresentation = ushortValue(ds, T(0x0028, 0x0103)).value_or(0);
    p.planarConfiguration = ushortValue(ds, T(0x0028, 0x0006)).value_or(0);
    p.photometric = ascii(0x0028, 0x0004);
    p.rescaleSlope = decimalValue(ds, T(0x0028, 0x1053)).value_or(1.0);
    if (p.rescaleSlope == 0.0 || !std::isfinite(p.rescaleSlope))
        p.rescaleSlope = 1.0;
    p.rescaleIntercept = decimalValue(ds, T(0x0028, 0x1052)).value_or(0.0);
    if (!std::isfinite(p.rescaleIntercept))
        p.rescaleIntercept = 0.0;
    p.rescaleType = ascii(0x0028, 0x1054);
    p.hasModalityLutSequence = ds.FindDataElement(T(0x0028, 0x3000));
    // US or SS by the dictionary; read as Pixel Representation says (63536 in a US element of a
    // signed image is −2000).
    if (const auto v = ushortValue(ds, T(0x0028, 0x0120), p.pixelRepresentation == 1)) {
        p.paddingValue = *v;
        if (const auto limit = ushortValue(ds, T(0x0028, 0x0121), p.pixelRepresentation == 1))
            p.paddingRangeLimit = *limit;
    }
    // Display Shutter: the shapes whose values make sense (an edge list backwards, a radius of
    // zero, fewer than three vertices are left out).
    if (const QStringList shapes = ascii(0x0018, 0x1600).toUpper().split(QLatin1Char('\\'), Qt::SkipEmptyParts); !shapes.isEmpty()) {
        DisplayShutter s;
        const auto edge = [&](std::uint16_t element) { return int(detail::decimalValue(ds, T(0x0018, element)).value_or(0)); };
        if (shapes.contains(QStringLiteral("RECTANGULAR"))) {
            s.left = edge(0x1602);
            s.right = edge(0x1604);
            s.upper = edge(0x1606);
            s.lower = edge(0x1608);
            s.rectangular = s.left <= s.right && s.upper <= s.lower && s.right >= 1 && s.lower >= 1;
        }
        if (shapes.contains(QStringLiteral("CIRCULAR"))) {
            const auto centre = detail::decimalValues(ds, T(0x0018, 0x1610));
            s.radius = detail::decimalValue(ds, T(0x0018, 0x1612)).value_or(0);
            if (centre.size() >= 2 && s.radius > 0) {
                s.circular = true;
                s.centerRow = centre[0];
                s.centerColumn = centre[1];
            }
        }
        if (shapes.contains(QStringLiteral("POLYGONAL"))) {
            const auto vertices = detail::decimalValues(ds, T(0x0018, 0x1620));
            for (std::size_t i = 0; i + 1 < vertices.size(); i += 2)
                s.polygon.push_back({vertices[i], vertices[i + 1]});
            if (s.polygon.size() < 3)
                s.polygon.clear();
        }
        s.presentationValue = ushortValue(ds, T(0x0018, 0x1622)).value_or(0);
        if (!s.isEmpty())
            h.shutter = s;
    }
    for (std::uint16_t group = 0x6000; group <= 0x601E && !p.hasOverlays; group += 2)
        p.hasOverlays = ds.FindDataElement(T(group, 0x0010));
    {
        const auto centers = decimalValues(ds, T(0x0028, 0x1050));
        const auto widths = decimalValues(ds, T(0x0028, 0x1051));
        const QStringList explanations = text(0x0028, 0x1055).split(QLatin1Char('\\'));
        for (std::size_t i = 0; i < std::min(centers.size(), widths.size()); ++i) {
            Window w{centers[i], widths[i], {}};
            if (qsizetype(i) < explanations.size())
                w.explanation = explanations.at(qsizetype(i)).trimmed();
            if (std::isfinite(w.center) && std::isfinite(w.width) && w.width > 0)
                p.windows.push_back(w);
        }
    }
    p.voiLutFunction = ascii(0x0028, 0x1056);
    p.presentationInverse = ascii(0x2050, 0x0020).trimmed() == QLatin1String("INVERSE");
    if (auto luts = detail::sequence(ds, T(0x0028, 0x3010))) {
        for (std::size_t i = 1; i <= luts->GetNumberOfItems(); ++i) {
            const gdcm::DataSet &item = luts->GetItem(i).GetNestedDataSet();
            if (auto lut = detail::voiLut(item, p.pixelRepresentation == 1, h.specificCharacterSet))
                p.voiLuts.push_back(std::move(*lut));
        }
    }
    p.hasPixelData = fs.hasPixelData;
    readLossyCompression(ds, path, fs, h);

    readEnhancedGeometry(ds, h);
    readNuclearMedicineFrames(ds, h);
    readDoseGrid(ds, h);
    readPlanPrescription(ds, h);
    readMaskSubtraction(ds, h);
    const bool keyObjects = h.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.59");
    const DocumentKind document = documentKind(h.sopClassUid);
    if (keyObjects || document == DocumentKind::StructuredReport) {
        if (auto title = detail::sequence(ds, T(0x0040, 0xA043)); title && title->GetNumberOfItems() >= 1) {
            const gdcm::DataSet &code = title->GetItem(1).GetNestedDataSet();
            const QString value = asciiValue(code, T(0x0008, 0x0100)), scheme = asciiValue(code, T(0x0008, 0x0102));
            h.documentTitle = textValue(code, T(0x0008, 0x0104), charset);
            if (keyObjects && isRejectionTitle(value, scheme))
                h.rejection = RejectionNote{value, h.documentTitle, evidenceInstances(ds)};
        }
    } else if (document != DocumentKind::None) {
        h.documentTitle = text(0x0042, 0x0010);
    }
    if (keyObjects || document != DocumentKind::None) {
        h.contentDate = ascii(0x0008, 0x0023);
        h.contentTime = ascii(0x0008, 0x0033);
        if (h.contentDate.isEmpty()) {   // a document made without one: when it was made
            h.contentDate = ascii(0x0008, 0x0012);
            h.contentTime = ascii(0x0008, 0x0013);
        }
    }
    if (h.sopInstanceUid.isEmpty() && !fs.declaredSyntaxProblem.isEmpty())
        return Error(ErrorCode::Malformed, path, fs.declaredSyntaxProblem);
    return h;
}

QString LossyCompression::summary() const
{
    static const std::map<QString, QString> names{
        {QStringLiteral("ISO_10918_1"), QStringLiteral("JPEG")},       {QStringLiteral("ISO_14495_1"), QStringLiteral("JPEG-LS")},
        {QStringLiteral("ISO_15444_1"), QStringLiteral("JPEG 2000")},  {QStringLiteral("ISO_15444_15"), QStringLiteral("HTJ2K")},
        {QStringLiteral("ISO_13818_2"), QStringLiteral("MPEG-2")},     {QStringLiteral("ISO_14496_10"), QStringLiteral("H.264")},
        {QStringLiteral("ISO_23008_2"), QStringLiteral("HEVC")},       {QStringLiteral("ISO_18181_1"), QStringLiteral("JPEG XL")}};
    auto ratio = [](double r) {
        QString text = r >= 100 ? QString::number(std::llround(r)) : QString::number(r, 'f', r >= 10 ? 0 : 1);
        if (text.endsWith(QLatin1String(".0")))
            text.chop(2);
        return text + QStringLiteral(":1");
    };
    QStringList parts;
    const std::size_t n = std::max(std::size_t(methods.size()), ratios.size());
    for (std::size_t i = 0; i < n; ++i) {
        QString part;
        if (i < std::size_t(methods.size())) {
            const auto it = names.find(methods.at(qsizetype(i)));
            part = it != names.end() ? it->second : methods.at(qsizetype(i));
        }
        if (i < ratios.size())
            part = (part + QLatin1Char(' ') + ratio(ratios[i])).trimmed();
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

PersonName PersonName::fromDecoded(const QString &value)
{
    PersonName pn;
    pn.raw = value;
    const QStringList groups = value.split(QLatin1Char('='));
    pn.alphabetic = groups.value(0);
    pn.ideographic = groups.value(1);
    pn.phonetic = groups.value(2);
    return pn;
}

QString PersonName::display() const
{
    const QString group = !alphabetic.isEmpty() ? alphabetic : (!ideographic.isEmpty() ? ideographic : phonetic);
    const QStringList c = group.split(QLatin1Char('^'));
    const QString family = c.value(0).trimmed();
    QStringList given;
    for (int i : {1, 2})
        if (!c.value(i).trimmed().isEmpty())
            given << c.value(i).trimmed();
    QString out = family;
    if (!given.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(", ")) + given.join(QLatin1Char(' '));
    const QString prefix = c.value(3).trimmed();
    const QString suffix = c.value(4).trimmed();
    if (!prefix.isEmpty())
        out = prefix + QLatin1Char(' ') + out;
    if (!suffix.isEmpty())
        out += QStringLiteral(", ") + suffix;
    return out;
}

QString sopClassName(const QString &uid)
{
    static const std::pair<const char *, const char *> kNames[] = {
        {"1.2.840.10008.5.1.4.1.1.1", "CR Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.1.1", "Digital X-Ray Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.2", "CT Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.2.1", "Enhanced CT Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.3.1", "Ultrasound Multi-frame Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.4", "MR Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.4.1", "Enhanced MR Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.6.1", "Ultrasound Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.1.2", "Digital Mammography X-Ray Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.1.3", "Digital Intra-Oral X-Ray Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.7", "Secondary Capture Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.7.2", "Multi-frame Grayscale Byte Secondary Capture Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.7.3", "Multi-frame Grayscale Word Secondary Capture Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.7.4", "Multi-frame True Color Secondary Capture Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.11.1", "Grayscale Softcopy Presentation State Storage"},
        {"1.2.840.10008.5.1.4.1.1.11.2", "Color Softcopy Presentation State Storage"},
        {"1.2.840.10008.5.1.4.1.1.11.3", "Pseudo-Color Softcopy Presentation State Storage"},
        {"1.2.840.10008.5.1.4.1.1.11.4", "Blending Softcopy Presentation State Storage"},
        {"1.2.840.10008.5.1.4.1.1.12.1", "X-Ray Angiographic Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.12.2", "X-Ray Radiofluoroscopic Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.13.1.3", "Breast Tomosynthesis Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.20", "Nuclear Medicine Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.30", "Parametric Map Storage"},
        {"1.2.840.10008.5.1.4.1.1.66.4", "Segmentation Storage"},
        {"1.2.840.10008.5.1.4.1.1.77.1.4", "VL Photographic Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.11", "Basic Text SR Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.22", "Enhanced SR Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.33", "Comprehensive SR Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.34", "Comprehensive 3D SR Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.50", "Mammography CAD SR Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.59", "Key Object Selection Document Storage"},
        {"1.2.840.10008.5.1.4.1.1.88.67", "X-Ray Radiation Dose SR Storage"},
        {"1.2.840.10008.5.1.4.1.1.104.1", "Encapsulated PDF Storage"},
        {"1.2.840.10008.5.1.4.1.1.128", "Positron Emission Tomography Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.481.1", "RT Image Storage"},
        {"1.2.840.10008.5.1.4.1.1.481.2", "RT Dose Storage"},
        {"1.2.840.10008.5.1.4.1.1.481.3", "RT Structure Set Storage"},
        {"1.2.840.10008.5.1.4.1.1.481.5", "RT Plan Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.1.1", "12-lead ECG Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.1.2", "General ECG Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.1.3", "Ambulatory ECG Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.1.4", "General 32-bit ECG Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.2.1", "Hemodynamic Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.3.1", "Cardiac Electrophysiology Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.4.1", "Basic Voice Audio Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.4.2", "General Audio Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.5.1", "Arterial Pulse Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.6.1", "Respiratory Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.6.2", "Multi-channel Respiratory Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.7.1", "Routine Scalp Electroencephalogram Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.7.2", "Electromyogram Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.7.3", "Electrooculogram Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.7.4", "Sleep Electroencephalogram Waveform Storage"},
        {"1.2.840.10008.5.1.4.1.1.9.8.1", "Body Position Waveform Storage"},
        {"1.2.840.10008.1.3.10", "Media Storage Directory Storage"},
    };
    for (const auto &[u, n] : kNames)
        if (uid == QLatin1String(u))
            return QString::fromLatin1(n);
    return uid;
}

} // namespace strata::dicom
