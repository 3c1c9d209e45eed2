// DICOM SEG (dcmseg) and TID 1500 SR (dcmsr's cmr classes) of Strata's measurements.
#include <strata/measure/DicomExport.h>

#include <strata/imaging/CurvedReformat.h>

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/Suv.h>

#include "DcmtkLog.h"
#include "PatientStudy.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmiod/iodreferences.h>
#include <dcmtk/dcmiod/modcommoninstanceref.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>
#include <dcmtk/dcmsr/cmr/tid1500.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/codes/ucum.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrsc3vl.h>
#include <dcmtk/dcmsr/dsrscovl.h>
#include <dcmtk/dcmsr/dsrimgvl.h>

#include <QFile>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include <memory>
#include <type_traits>

namespace strata::measure {

namespace {

OFString ofs(const QString &s) { return OFString(s.toUtf8().constData()); }
QString qs(const OFString &s) { return QString::fromUtf8(s.c_str()); }
OFString num(double v) { return ofs(QString::number(v, 'g', 10)); }

/// The coded concept of each quantity Strata reports, and its derivation (mean, maximum, ...).
struct Concept {
    const char *name;
    const char *value, *scheme, *meaning;
    const char *derivationValue = nullptr, *derivationScheme = nullptr, *derivationMeaning = nullptr;
};
constexpr Concept kConcepts[] = {
    {"volume", "118565006", "SCT", "Volume"},
    {"long_axis", "103339001", "SCT", "Long Axis"},
    {"short_axis", "103340004", "SCT", "Short Axis"},
    {"length", "410668003", "SCT", "Length"},
    {"angle", "110859", "DCM", "Angle"},
    {"cobb_angle", "285285000", "SCT", "Cobb angle"},
    {"area", "42798000", "SCT", "Area"},
    {"mean", "112031", "DCM", "Attenuation Coefficient", "373098007", "SCT", "Mean"},
    {"max", "112031", "DCM", "Attenuation Coefficient", "56851009", "SCT", "Maximum"},
    {"min", "112031", "DCM", "Attenuation Coefficient", "255605001", "SCT", "Minimum"},
    {"sd", "112031", "DCM", "Attenuation Coefficient", "386136009", "SCT", "Standard Deviation"},
    {"value", "112031", "DCM", "Attenuation Coefficient"},
};

const Concept *conceptOf(const QString &name)
{
    for (const Concept &c : kConcepts)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

DSRCodedEntryValue unitCode(const QString &unit)
{
    if (unit == QLatin1String("mm"))
        return CODE_UCUM_Millimeter;
    if (unit == QLatin1String("mL"))
        return CODE_UCUM_ml;
    if (unit == QLatin1String("deg"))
        return CODE_UCUM_Degrees;
    if (unit == QLatin1String("mm²"))
        return DSRCodedEntryValue("mm2", "UCUM", "square millimeter");
    if (unit == QLatin1String("HU"))
        return DSRCodedEntryValue("[hnsf'U]", "UCUM", "Hounsfield unit");
    if (unit == QLatin1String("px"))
        return DSRCodedEntryValue("{pixels}", "UCUM", "pixels");
    if (unit == QLatin1String("px²"))
        return DSRCodedEntryValue("{pixels2}", "UCUM", "square pixels");
    return DSRCodedEntryValue("1", "UCUM", "no units");
}

QString unitOf(const DSRCodedEntryValue &code)
{
    const OFString &v = code.getCodeValue();
    if (v == "mm")
        return QStringLiteral("mm");
    if (v == "ml")
        return QStringLiteral("mL");
    if (v == "deg")
        return QStringLiteral("deg");
    if (v == "mm2")
        return QStringLiteral("mm²");
    if (v == "[hnsf'U]")
        return QStringLiteral("HU");
    if (v == "{pixels}")
        return QStringLiteral("px");
    if (v == "{pixels2}")
        return QStringLiteral("px²");
    return {};
}

bool isRegion(MeasurementKind kind)
{
    return kind == MeasurementKind::Polygon || kind == MeasurementKind::Freehand || kind == MeasurementKind::Ellipse;
}

/// The quantity below which a measurement's coordinates are written (its area, length or angle,
/// a probe's value); empty for kinds whose points are not written.
QString coordinatesQuantity(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Polygon:
    case MeasurementKind::Freehand:
    case MeasurementKind::Ellipse: return QStringLiteral("area");
    case MeasurementKind::Length:
    case MeasurementKind::CurvedPath: return QStringLiteral("length");
    case MeasurementKind::Angle: return QStringLiteral("angle");
    case MeasurementKind::CobbAngle: return QStringLiteral("cobb_angle");
    case MeasurementKind::Probe: return QStringLiteral("value");
    default: return {};
    }
}

/// Whether the measurement's points are written as coordinates in its report (see addCoordinates).
bool hasCoordinates(const Measurement &m)
{
    return !coordinatesQuantity(m.kind).isEmpty() && m.points.size() >= std::size_t(minimumPoints(m.kind));
}

/// A reference to `image`, and when it has several frames to its frame `frame` (from 0; written as
/// its Referenced Frame Number, from 1): a measurement on a cine loop's frame names that frame.
DSRImageReferenceValue imageReferenceOf(DcmItem &image, int frame)
{
    OFString sopClass, sopInstance;
    image.findAndGetOFString(DCM_SOPClassUID, sopClass);
    image.findAndGetOFString(DCM_SOPInstanceUID, sopInstance);
    DSRImageReferenceValue reference(sopClass, sopInstance);
    Sint32 frames = 1;
    if (image.findAndGetSint32(DCM_NumberOfFrames, frames).good() && frames > 1)
        reference.getFrameList().addItem(Sint32(frame + 1));
    return reference;
}

/// Where a measurement was made, below its area, length, angle or value (TID 300 INFERRED FROM):
/// an ROI's outline as (111030, DCM, "Image Region") — a closed POLYLINE for a polygon or freehand
/// outline, an ELLIPSE by the ends of its two axes — and the points of a length (POLYLINE of 2),
/// an angle (POLYLINE arm end, vertex, arm end), a Cobb angle (MULTIPOINT, the two lines' ends) or
/// a probe (POINT) as (121112, DCM, "Source of Measurement"); a curved path's length the smooth
/// curve it measures, as a POLYLINE of points a millimetre apart (so that a reader summing the
/// polyline gets its length). On a stored image a SCOORD in its
/// pixel coordinates, SELECTED FROM it; without one (an MPR plane) a SCOORD3D in patient
/// millimetres in the images' frame of reference. readMeasurementReportGroups reads them back.
template <typename Tree>
void addCoordinates(Tree &measurement, const Measurement &m, DcmItem *image, DcmItem *anyImage = nullptr)
{
    if (!hasCoordinates(m))
        return;
    if (m.kind == MeasurementKind::CurvedPath)
        image = nullptr;   // a path runs through the volume, across images: patient coordinates
    std::vector<Vec3> outline;
    const bool ellipse = m.kind == MeasurementKind::Ellipse;
    const bool region = isRegion(m.kind);
    if (m.kind == MeasurementKind::CurvedPath) {
        auto curve = imaging::smoothPath(m.points, 1.0);
        if (!curve.ok())
            return;
        outline = std::move(curve).value();
        if (const Vec3 d = imaging::difference(m.points.back(), outline.back()); imaging::dot(d, d) > 1e-12)
            outline.push_back(m.points.back());   // the curve's end, less than a step after the last sample
    } else if (!region) {
        outline.assign(m.points.begin(), m.points.begin() + std::max(1, pointsNeeded(m.kind)));
    } else if (ellipse) {
        // Ends of the first axis, then of the second.
        const auto ends = ellipseAxisEnds(m);
        if (!ends)
            return;
        outline.assign(ends->begin(), ends->end());
    } else {
        outline = m.points;
        outline.push_back(m.points.front());  // a closed polyline: its last point is its first
    }
    measurement.gotoRoot();
    const DSRCodedEntryValue conceptName = region ? DSRCodedEntryValue("111030", "DCM", "Image Region")
                                              : DSRCodedEntryValue("121112", "DCM", "Source of Measurement");
    const DSRTypes::E_GraphicType type = ellipse                                 ? DSRTypes::GT_Ellipse
                                         : m.kind == MeasurementKind::Probe     ? DSRTypes::GT_Point
                                         : m.kind == MeasurementKind::CobbAngle ? DSRTypes::GT_Multipoint
                                                                                : DSRTypes::GT_Polyline;
    const DSRTypes::E_GraphicType3D type3d = ellipse                                 ? DSRTypes::GT3_Ellipse
                                             : m.kind == MeasurementKind::Probe     ? DSRTypes::GT3_Point
                                             : m.kind == MeasurementKind::CobbAngle ? DSRTypes::GT3_Multipoint
                                                                                    : DSRTypes::GT3_Polyline;
    if (image) {
        if (measurement.addExtraContentItem(DSRTypes::RT_inferredFrom, DSRTypes::VT_SCoord, DSRTypes::AM_belowCurrent).bad())
            return;
        DSRSpatialCoordinatesValue scoord(type);
        for (const Vec3 &p : outline) {
            // SCOORD: column and row with (0, 0) at the top left corner of the top left pixel.
            const auto px = m.plane.geometry.pixelPosition(p);
            scoord.getGraphicDataList().addItem(float(px[0] + 0.5), float(px[1] + 0.5));
        }
        DSRContentItem &item = measurement.getCurrentContentItem();
        item.setConceptName(conceptName);
        item.setSpatialCoordinates(scoord);
        if (measurement.addExtraContentItem(DSRTypes::RT_selectedFrom, DSRTypes::VT_Image, DSRTypes::AM_belowCurrent).good())
            measurement.getCurrentContentItem().setImageReference(imageReferenceOf(*image, m.image.frame));
        return;
    }
    OFString frameOfReference;
    if (!anyImage || anyImage->findAndGetOFString(DCM_FrameOfReferenceUID, frameOfReference).bad() || frameOfReference.empty())
        return;
    if (measurement.addExtraContentItem(DSRTypes::RT_inferredFrom, DSRTypes::VT_SCoord3D, DSRTypes::AM_belowCurrent).bad())
        return;
    DSRSpatialCoordinates3DValue scoord(type3d);
    scoord.setFrameOfReferenceUID(frameOfReference);
    for (const Vec3 &p : outline)
        scoord.getGraphicDataList().addItem(float(p[0]), float(p[1]), float(p[2]));
    DSRContentItem &item = measurement.getCurrentContentItem();
    item.setConceptName(conceptName);
    item.setSpatialCoordinates3D(scoord);
}

bool isIntensity(const QString &name)
{
    return name == QLatin1String("mean") || name == QLatin1String("max") || name == QLatin1String("min")
           || name == QLatin1String("sd") || name == QLatin1String("value");
}

/// How the pixel values of a measurement (ROI statistics, probe) are coded: the concept of the
/// quantity, its unit and a factor from the stored value (SUV from Bq/ml). CT: Attenuation
/// Coefficient in HU; MR: MR signal intensity; US: Echogenicity; PET: SUVbw when the images carry
/// what it needs, else Tracer Concentration in the Units (0054,1001) given; any other modality a
/// value of no units under Strata's own "Pixel value" concept (CID 7469 is extensible).
struct ValueCoding {
    ValueCoding(const DSRCodedEntryValue &c, const DSRCodedEntryValue &u, double f = 1.0) : code(c), unit(u), factor(f) {}
    DSRCodedEntryValue code;
    DSRCodedEntryValue unit;
    double factor = 1.0;
    /// PET with SUVbw and the patient's height and sex: SUL per stored value, each value then also
    /// coded as SUVlbm(Janma) (the lean body mass by Janmahasatian's formula, as Strata computes it).
    std::optional<double> leanFactor;
};

constexpr const char *kStrataScheme = "99STRATA";

/// `pet`: the header of a PET image (its SUV as the viewer computes it), else null.
ValueCoding valueCoding(const QString &modality, DcmItem *image, const dicom::DicomHeader *pet)
{
    const QString mod = modality.toUpper();
    if (mod == QLatin1String("CT"))
        return {DSRCodedEntryValue("112031", "DCM", "Attenuation Coefficient"),
                DSRCodedEntryValue("[hnsf'U]", "UCUM", "Hounsfield unit")};
    const DSRCodedEntryValue noUnits("1", "UCUM", "no units");
    if (mod == QLatin1String("MR"))
        return {DSRCodedEntryValue("110852", "DCM", "MR signal intensity"), noUnits};
    if (mod == QLatin1String("US"))
        return {DSRCodedEntryValue("110849", "DCM", "Echogenicity"), noUnits};
    if (mod == QLatin1String("PT")) {
        if (image) {
            if (pet && pet->suvPerValue > 0) {
                ValueCoding coding{DSRCodedEntryValue("126401", "DCM", "SUVbw"),
                                   DSRCodedEntryValue("g/ml{SUVbw}", "UCUM", "Standardized Uptake Value body weight"), pet->suvPerValue};
                if (pet->sulPerValue > 0)
                    coding.leanFactor = pet->sulPerValue;
                return coding;
            }
            OFString units;
            image->findAndGetOFString(DCM_Units, units);
            if (units == "BQML")
                return {DSRCodedEntryValue("126377", "DCM", "Tracer Concentration"), DSRCodedEntryValue("Bq/ml", "UCUM", "Becquerels/milliliter")};
            if (units == "CNTS")
                return {DSRCodedEntryValue("126377", "DCM", "Tracer Concentration"), DSRCodedEntryValue("{counts}", "UCUM", "Counts")};
        }
        return {DSRCodedEntryValue("126377", "DCM", "Tracer Concentration"), noUnits};
    }
    return {DSRCodedEntryValue("PIXVAL", kStrataScheme, "Pixel value"), noUnits};
}

/// Whether a concept is one valueCoding gives (a pixel value of some modality).
bool isValueConcept(const DSRCodedEntryValue &code)
{
    static const char *const codes[] = {"112031", "110852", "110849", "126401", "126377", "PIXVAL"};
    return std::any_of(std::begin(codes), std::end(codes), [&](const char *c) { return code.getCodeValue() == c; });
}

/// Adds the measurement's values to a group; `image`, when given, is named as each value's source
/// (TID 300's image reference; volumetric groups reference their segment instead). `header` is an
/// image of the measurement's series (its modality's and PET's units decide the values' coding).
template <typename Group>
void addQuantities(Group &group, const Measurement &m, DcmItem *image, DcmItem *header, const dicom::DicomHeader *pet)
{
    const ValueCoding coding = valueCoding(m.plane.modality, header, pet);
    for (const Quantity &q : m.values) {
        const Concept *c = conceptOf(q.name);
        if (!c)
            continue;
        const bool intensity = isIntensity(q.name);
        // One measurement: its concept, value and unit, how it was derived, its image and points.
        const auto add = [&](const DSRCodedEntryValue &code, double value, const DSRCodedEntryValue &unit, bool withCoordinates) {
            const typename Group::MeasurementValue measured(num(value), CID7181_AbstractMultiDimensionalImageModelComponentUnits(unit));
            if (group.addMeasurement(CID7469_GenericIntensityAndSizeMeasurements(code), measured, OFFalse).bad())
                return;
            if (c->derivationValue)
                group.getMeasurement().setDerivation(
                    CID7464_GeneralRegionOfInterestMeasurementModifiers(
                        DSRCodedEntryValue(c->derivationValue, c->derivationScheme, c->derivationMeaning)));
            if constexpr (std::is_same_v<Group, CMR_TID1501_in_TID1500>) {
                if (image)
                    group.getMeasurement().addImage(CODE_DCM_SourceOfMeasurement, imageReferenceOf(*image, m.image.frame));
                if (withCoordinates && q.name == coordinatesQuantity(m.kind))
                    addCoordinates(group.getMeasurement(), m, image, header);
            }
        };
        if (!intensity) {
            add(DSRCodedEntryValue(c->value, c->scheme, c->meaning), q.value, unitCode(q.unit), true);
            continue;
        }
        add(coding.code, q.value * coding.factor, coding.unit, true);
        // A PET's value also as SUL where the patient's height and sex give the lean body mass.
        if (coding.leanFactor)
            add(DSRCodedEntryValue("126405", "DCM", "SUVlbm(Janma)"), q.value * *coding.leanFactor,
                DSRCodedEntryValue("g/ml{SUVlbm(Janma)}", "UCUM", "Standardized Uptake Value lean body mass (Janma)"), true);
    }
}

} // namespace

Result<WrittenSegmentation> writeLesionSegmentation(const LesionResult &lesion, const dicom::Volume &volume,
                                                    const QString &sourceFile, const std::vector<SourceSlice> &slices,
                                                    const QString &label, const QString &path)
{
    DcmSegmentation *raw = nullptr;
    const IODGeneralEquipmentModule::EquipmentInfo equipment("Strata", "Strata", "1", "0.1");
    const ContentIdentificationMacro content("1", "LESION", ofs(label), "STRATA");
    OFCondition c = DcmSegmentation::createBinarySegmentation(raw, Uint16(volume.dimensions[1]), Uint16(volume.dimensions[0]),
                                                              equipment, content);
    if (c.bad() || !raw)
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("creating the segmentation"), c);
    std::unique_ptr<DcmSegmentation> seg(raw);
    c = seg->importFromSourceImage(ofs(sourceFile));
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, sourceFile, QStringLiteral("taking patient and study from the source image"), c);

    seg->getSeries().setSeriesNumber("901");
    seg->getSeries().setSeriesDescription(ofs(label));
    DcmSegment *segment = nullptr;
    c = DcmSegment::create(segment, ofs(label), CodeSequenceMacro("49755003", "SCT", "Morphologically Altered Structure"),
                           CodeSequenceMacro("108369006", "SCT", "Neoplasm"), DcmSegTypes::SAT_SEMIAUTOMATIC,
                           "Strata region growing");
    if (c.bad() || !segment)
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("creating the segment"), c);
    Uint16 segmentNumber = 0;
    c = seg->addSegment(segment, segmentNumber);
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("adding the segment"), c);

    FGPixelMeasures measures;
    measures.setPixelSpacing(num(volume.spacing[1]) + "\\" + num(volume.spacing[0]));
    measures.setSliceThickness(num(volume.spacing[2]));
    measures.setSpacingBetweenSlices(num(volume.spacing[2]));
    seg->addForAllFrames(measures);
    const auto &d = volume.direction;  // columns: i, j, k axes
    std::unique_ptr<FGPlaneOrientationPatient> orientation(
        FGPlaneOrientationPatient::createMinimal(num(d[0]), num(d[3]), num(d[6]), num(d[1]), num(d[4]), num(d[7])));
    seg->addForAllFrames(*orientation);
    char dimensionUid[100];
    dcmGenerateUniqueIdentifier(dimensionUid, SITE_INSTANCE_UID_ROOT);
    seg->getDimensions().addDimensionIndex(DCM_ReferencedSegmentNumber, dimensionUid, DCM_SegmentIdentificationSequence,
                                           "ReferencedSegmentNumber");
    seg->getDimensions().addDimensionIndex(DCM_ImagePositionPatient, dimensionUid, DCM_PlanePositionSequence,
                                           "ImagePositionPatient");

    // The source images go into the Common Instance Reference module (by series).
    DcmFileFormat source;
    if ((c = source.loadFile(ofs(sourceFile))).bad())
        return detail::dcmtkError(ErrorCode::IoError, sourceFile, QStringLiteral("reading the source image"), c);
    OFString patientId, studyUid, seriesUid;
    source.getDataset()->findAndGetOFString(DCM_PatientID, patientId);
    source.getDataset()->findAndGetOFString(DCM_StudyInstanceUID, studyUid);
    source.getDataset()->findAndGetOFString(DCM_SeriesInstanceUID, seriesUid);
    IODReferences references;

    const LesionMask &mask = lesion.mask;
    const int w = volume.dimensions[0], h = volume.dimensions[1];
    std::vector<Uint8> frame(std::size_t(w) * std::size_t(h));
    int frames = 0;
    for (int k = 0; k < mask.size[2]; ++k) {
        bool any = false;
        std::fill(frame.begin(), frame.end(), Uint8(0));
        for (int j = 0; j < mask.size[1]; ++j)
            for (int i = 0; i < mask.size[0]; ++i)
                if (mask.at(i, j, k)) {
                    frame[std::size_t(j + mask.offset[1]) * std::size_t(w) + std::size_t(i + mask.offset[0])] = 1;
                    any = true;
                }
        if (!any)
            continue;
        const int vk = k + mask.offset[2];
        const auto p = volume.patientPosition(0, 0, vk);
        std::unique_ptr<FGPlanePosPatient> position(FGPlanePosPatient::createMinimal(num(p[0]), num(p[1]), num(p[2])));
        FGFrameContent frameContent;
        frameContent.setDimensionIndexValues(segmentNumber, 0);
        frameContent.setDimensionIndexValues(Uint32(frames + 1), 1);
        OFVector<FGBase *> perFrame;
        perFrame.push_back(position.get());
        perFrame.push_back(&frameContent);
        std::unique_ptr<FGDerivationImage> derivation;
        if (std::size_t(vk) < slices.size()) {
            ImageSOPInstanceReferenceMacro *ref = nullptr;
            if (ImageSOPInstanceReferenceMacro::create(ofs(slices[std::size_t(vk)].sopClassUid),
                                                       ofs(slices[std::size_t(vk)].sopInstanceUid), OFVector<Uint16>(), ref)
                    .good()
                && ref) {
                references.add(new IODImageReference(patientId, studyUid, seriesUid, ofs(slices[std::size_t(vk)].sopInstanceUid),
                                                     ofs(slices[std::size_t(vk)].sopClassUid)));
                OFVector<ImageSOPInstanceReferenceMacro> refs;
                refs.push_back(*ref);
                delete ref;
                derivation.reset(DcmSegmentation::createDerivationImageFG(refs, "Region growing from a seed point"));
                if (derivation)
                    perFrame.push_back(derivation.get());
            }
        }
        c = seg->addFrame(frame.data(), segmentNumber, perFrame);
        if (c.bad())
            return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("adding frame %1").arg(frames + 1), c);
        ++frames;
    }
    if (frames == 0)
        return Error(ErrorCode::InvalidArgument, path, QStringLiteral("the lesion's mask is empty"));
    if (references.size() > 0)
        seg->getCommonInstanceReference().addReferences(references, studyUid);
    c = seg->saveFile(ofs(path), EXS_LittleEndianExplicit);
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("writing the segmentation"), c);
    WrittenSegmentation written;
    written.path = path;
    written.frames = frames;
    OFString uid;
    seg->getSOPCommon().getSOPInstanceUID(uid);
    written.sopInstanceUid = qs(uid);
    seg->getSeries().getSeriesInstanceUID(uid);
    written.seriesInstanceUid = qs(uid);
    return written;
}

Result<QString> writeMeasurementReport(const std::vector<Measurement> &measurements, const QStringList &imageFiles,
                                       const std::vector<ReportSegment> &segments, const QString &author,
                                       const QString &path)
{
    detail::quietDcmtkWarnings();
    if (imageFiles.isEmpty())
        return Error(ErrorCode::InvalidArgument, path, QStringLiteral("a measurement report needs at least one referenced image"));
    TID1500_MeasurementReport report(CMR_CID7021::ImagingMeasurementReport);
    report.getObservationContext().addPersonObserver(ofs(author.isEmpty() ? QStringLiteral("unknown") : author));
    report.addProcedureReported(CMR_CID100::ImagingProcedure);

    std::vector<std::unique_ptr<DcmFileFormat>> images;
    for (const QString &file : imageFiles) {
        auto ff = std::make_unique<DcmFileFormat>();
        const OFCondition c = ff->loadFile(ofs(file));
        if (c.bad())
            return detail::dcmtkError(ErrorCode::IoError, file, QStringLiteral("reading a referenced image"), c);
        images.push_back(std::move(ff));
    }
    // The PET images' SUV read as the viewer reads it, their series' start settled over them.
    std::vector<dicom::DicomHeader> petHeaders(images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        OFString modality;
        images[i]->getDataset()->findAndGetOFString(DCM_Modality, modality);
        if (modality == "PT")
            if (auto h = dicom::readHeader(imageFiles[int(i)]); h.ok())
                petHeaders[i] = std::move(h.value());
    }
    dicom::settleSeriesSuv(petHeaders);
    const auto petOf = [&](DcmItem *item) -> const dicom::DicomHeader * {
        for (std::size_t i = 0; i < images.size(); ++i)
            if (images[i]->getDataset() == item)
                return petHeaders[i].petDose ? &petHeaders[i] : nullptr;
        return nullptr;
    };
    if (!report.getImageLibrary().isValid())
        report.getImageLibrary().createNewImageLibrary();
    OFCondition libraryStatus = report.getImageLibrary().addImageGroup();
    for (auto &image : images) {
        const OFCondition entry = report.getImageLibrary().addImageEntry(*image->getDataset(), TID1600_ImageLibrary::withAllDescriptors);
        if (entry.bad() && entry != CMR_EC_NoImageLibraryEntryDescriptorsToBeAdded)
            libraryStatus = entry;
    }
    if (libraryStatus.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("listing the referenced images"), libraryStatus);

    std::vector<std::unique_ptr<DcmFileFormat>> segFiles;
    // An image of the measurement's series (its modality's units, its frame of reference).
    const auto seriesImage = [&](const Measurement &m) -> DcmItem * {
        for (auto &image : images) {
            OFString series;
            if (image->getDataset()->findAndGetOFString(DCM_SeriesInstanceUID, series).good() && qs(series) == m.image.seriesInstanceUid)
                return image->getDataset();
        }
        return images.front()->getDataset();
    };
    int n = 0;
    for (const Measurement &m : measurements) {
        if (m.kind == MeasurementKind::Text || m.kind == MeasurementKind::Arrow)
            continue;  // annotations: TID 1500 has no place for them (they stay in the JSON)
        ++n;
        const OFString trackingId = ofs(QStringLiteral("%1 %2").arg(kindName(m.kind)).arg(n));
        if (m.kind == MeasurementKind::Lesion) {
            report.addVolumetricROIMeasurements();
            CMR_TID1411_in_TID1500 &group = report.getVolumetricROIMeasurements();
            group.setTrackingIdentifier(trackingId);
            group.setTrackingUniqueIdentifier(ofs(m.uid));
            // What it is: a segment's property type when measured from one (an organ), else a neoplasm.
            group.setFinding(m.finding[0].isEmpty() ? DSRCodedEntryValue("108369006", "SCT", "Neoplasm")
                                                    : DSRCodedEntryValue(ofs(m.finding[0]), ofs(m.finding[1]), ofs(m.finding[2])));
            for (const ReportSegment &s : segments) {
                if (s.measurementUid != m.uid)
                    continue;
                auto ff = std::make_unique<DcmFileFormat>();
                OFCondition c = ff->loadFile(ofs(s.segmentationFile));
                if (c.bad())
                    return detail::dcmtkError(ErrorCode::IoError, s.segmentationFile, QStringLiteral("reading the segmentation"), c);
                c = group.setReferencedSegment(*ff->getDataset(), 1, OFFalse);
                if (c.bad())
                    return detail::dcmtkError(ErrorCode::IoError, s.segmentationFile, QStringLiteral("referencing the segment"), c);
                group.setSourceSeriesForSegmentation(ofs(s.sourceSeriesInstanceUid));
                segFiles.push_back(std::move(ff));
            }
            addQuantities(group, m, nullptr, seriesImage(m), petOf(seriesImage(m)));
        } else {
            report.addIndividualMeasurements();
            CMR_TID1501_in_TID1500 &group = report.getIndividualMeasurements();
            group.setTrackingIdentifier(trackingId);
            group.setTrackingUniqueIdentifier(ofs(m.uid));
            DcmItem *source = nullptr;
            for (auto &image : images) {
                OFString sop;
                if (image->getDataset()->findAndGetOFString(DCM_SOPInstanceUID, sop).good() && qs(sop) == m.image.sopInstanceUid)
                    source = image->getDataset();
            }
            addQuantities(group, m, source, source ? source : seriesImage(m), petOf(source ? source : seriesImage(m)));
        }
    }
    if (!report.isValid())
        return Error(ErrorCode::Internal, path, QStringLiteral("the TID 1500 report is incomplete"));

    DSRDocument doc;
    // The report's own texts and the patient's name, whatever character set the images use, in UTF-8.
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    OFCondition c = doc.setTreeFromRootTemplate(report, OFTrue);
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("building the report"), c);
    // An outline on an MPR plane is a SCOORD3D, which only a Comprehensive 3D SR may hold.
    const bool threeD = std::any_of(measurements.begin(), measurements.end(), [](const Measurement &m) {
        return m.image.sopInstanceUid.isEmpty() && hasCoordinates(m);
    });
    if (threeD && (c = doc.changeDocumentType(DSRTypes::DT_Comprehensive3DSR)).bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("making the report a Comprehensive 3D SR"), c);
    doc.setManufacturer("Strata");
    doc.setSeriesDescription("Measurements");
    for (auto &image : images)
        doc.getCurrentRequestedProcedureEvidence().addItem(*image->getDataset());
    for (auto &s : segFiles)
        doc.getCurrentRequestedProcedureEvidence().addItem(*s->getDataset());
    DcmDataset *first = images.front()->getDataset();
    OFString studyUid;
    first->findAndGetOFString(DCM_StudyInstanceUID, studyUid);
    doc.createNewSeriesInStudy(studyUid);

    DcmFileFormat out;
    c = doc.write(*out.getDataset());
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("writing the report"), c);
    // The patient and study attributes, converted from the images' character set to the report's.
    if (Status copied = detail::copyPatientAndStudy(*first, *out.getDataset(), path); !copied.ok())
        return copied.error();
    c = out.saveFile(ofs(path), EXS_LittleEndianExplicit);
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("writing the report"), c);
    OFString uid;
    out.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid);
    return qs(uid);
}

Result<std::vector<ReportGroup>> readMeasurementReportGroups(const QString &path)
{
    detail::quietDcmtkWarnings();
    DcmFileFormat ff;
    OFCondition c = ff.loadFile(ofs(path));
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("reading the report"), c);
    DSRDocument doc;
    c = doc.read(*ff.getDataset());
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("reading the report"), c);
    OFString studyUid;
    ff.getDataset()->findAndGetOFString(DCM_StudyInstanceUID, studyUid);
    std::vector<ReportGroup> out;
    DSRDocumentTree &tree = doc.getTree();
    QString observer;
    if (tree.gotoRoot() > 0 && tree.gotoNamedNode(DSRCodedEntryValue("121008", "DCM", "Person Observer Name"), OFTrue, OFTrue) > 0)
        observer = qs(tree.getCurrentContentItem().getStringValue());
    const DSRCodedEntryValue groupConcept("125007", "DCM", "Measurement Group");
    if (tree.gotoRoot() == 0)
        return out;
    size_t node = tree.gotoNamedNode(groupConcept, OFTrue /*startFromRoot*/, OFTrue /*searchIntoSub*/);
    while (node > 0) {
        ReportGroup group;
        Measurement &m = group.measurement;
        m.image.studyInstanceUid = qs(studyUid);
        m.author = observer;
        m.kind = MeasurementKind::Length;
        bool hasSegment = false;
        // The group's children.
        const size_t groupNode = node;
        if (tree.goDown() > 0) {
            do {
                DSRContentItem &item = tree.getCurrentContentItem();
                const DSRCodedEntryValue &name = item.getConceptName();
                if (name.getCodeValue() == "112040")  // Tracking Unique Identifier
                    m.uid = qs(item.getStringValue());
                else if (name.getCodeValue() == "112039") {  // Tracking Identifier: "<kind> <n>"
                    if (auto k = kindFromName(qs(item.getStringValue()).section(QLatin1Char(' '), 0, 0)))
                        m.kind = *k;
                } else if (name.getCodeValue() == "121191") {  // Referenced Segment
                    hasSegment = true;
                    if (const DSRImageReferenceValue *ref = item.getImageReferencePtr()) {
                        group.segmentationSopInstanceUid = qs(ref->getSOPInstanceUID());
                        Uint16 number = 1;
                        if (!ref->getSegmentList().isEmpty())
                            number = ref->getSegmentList().getItem(1);
                        group.segmentNumber = number;
                    }
                } else if (name.getCodeValue() == "121232") {  // Source series for segmentation
                    group.sourceSeriesInstanceUid = qs(item.getStringValue());
                } else if (name.getCodeValue() == "121071" && item.getValueType() == DSRTypes::VT_Code) {  // Finding
                    // What the region is (a liver, a mass); the lesion tool's default, Neoplasm, is no finding of its own.
                    const DSRCodedEntryValue &finding = item.getCodeValue();
                    if (!(finding.getCodeValue() == "108369006" && finding.getCodingSchemeDesignator() == "SCT"))
                        m.finding = {qs(finding.getCodeValue()), qs(finding.getCodingSchemeDesignator()), qs(finding.getCodeMeaning())};
                }
                else if (item.getValueType() == DSRTypes::VT_Num) {
                    const DSRNumericMeasurementValue *value = item.getNumericValuePtr();
                    if (!value)
                        continue;
                    // The numeric item's children: its derivation (mean, maximum, ...) and its source image.
                    OFString derivation;
                    if (tree.goDown() > 0) {
                        do {
                            DSRContentItem &child = tree.getCurrentContentItem();
                            if (child.getConceptName().getCodeValue() == "121401")
                                derivation = child.getCodeValue().getCodeValue();
                            else if (child.getValueType() == DSRTypes::VT_SCoord && group.imageCoordinates.empty()
                                     && group.patientCoordinates.empty()) {
                                // Where it was made, on an image (addCoordinates); the image is the
                                // SCOORD's own child (SELECTED FROM).
                                if (DSRSpatialCoordinatesValue *sc = child.getSpatialCoordinatesPtr()) {
                                    const DSRGraphicDataList &list = sc->getGraphicDataList();
                                    for (size_t i = 1; i <= list.getNumberOfItems(); ++i)
                                        group.imageCoordinates.push_back({list.getItem(i).Column, list.getItem(i).Row});
                                    if (tree.goDown() > 0) {
                                        do {
                                            if (const DSRImageReferenceValue *ref = tree.getCurrentContentItem().getImageReferencePtr()) {
                                                group.coordinatesImageUid = qs(ref->getSOPInstanceUID());
                                                if (!ref->getFrameList().isEmpty())   // from 1
                                                    group.coordinatesFrame = int(ref->getFrameList().getItem(1)) - 1;
                                            }
                                        } while (tree.gotoNext() > 0);
                                        tree.goUp();
                                    }
                                }
                            } else if (child.getValueType() == DSRTypes::VT_SCoord3D && group.imageCoordinates.empty()
                                       && group.patientCoordinates.empty()) {
                                if (DSRSpatialCoordinates3DValue *sc = child.getSpatialCoordinates3DPtr()) {
                                    const DSRGraphicData3DList &list = sc->getGraphicDataList();
                                    for (size_t i = 1; i <= list.getNumberOfItems(); ++i)
                                        group.patientCoordinates.push_back(
                                            {list.getItem(i).XCoord, list.getItem(i).YCoord, list.getItem(i).ZCoord});
                                }
                            } else if (child.getConceptName().getCodeValue() == "121112") {  // Source of Measurement
                                if (const DSRImageReferenceValue *ref = child.getImageReferencePtr()) {
                                    m.image.sopInstanceUid = qs(ref->getSOPInstanceUID());
                                    m.image.sopClassUid = qs(ref->getSOPClassUID());
                                    if (!ref->getFrameList().isEmpty())   // from 1
                                        m.image.frame = int(ref->getFrameList().getItem(1)) - 1;
                                }
                            }
                        } while (tree.gotoNext() > 0);
                        tree.goUp();
                    }
                    QString quantity;
                    for (const Concept &cc : kConcepts) {
                        if (name.getCodeValue() != cc.value
                            && !(isIntensity(QString::fromLatin1(cc.name)) && isValueConcept(name)))
                            continue;
                        if (cc.derivationValue && derivation != cc.derivationValue)
                            continue;
                        quantity = QString::fromLatin1(cc.name);
                        break;
                    }
                    if (quantity.isEmpty())
                        continue;
                    m.values.push_back({quantity, qs(value->getNumericValue()).toDouble(), unitOf(value->getMeasurementUnit())});
                }
            } while (tree.gotoNext() > 0);
        }
        if (hasSegment)
            m.kind = MeasurementKind::Lesion;
        out.push_back(std::move(group));
        tree.gotoNode(groupNode);
        node = tree.gotoNextNamedNode(groupConcept, OFTrue);
    }
    return out;
}

std::vector<Vec3> pointsFromCoordinates(MeasurementKind kind, std::vector<Vec3> coordinates)
{
    if (kind == MeasurementKind::Ellipse) {
        if (coordinates.size() != 4)
            return {};
        const Vec3 &a = coordinates[0], &a2 = coordinates[1];
        const Vec3 centre{(a[0] + a2[0]) / 2, (a[1] + a2[1]) / 2, (a[2] + a2[2]) / 2};
        return {centre, a, coordinates[2]};
    }
    if (kind == MeasurementKind::Polygon || kind == MeasurementKind::Freehand) {
        if (coordinates.size() >= 4 && coordinates.front() == coordinates.back())
            coordinates.pop_back();
        return coordinates.size() >= 3 ? coordinates : std::vector<Vec3>{};
    }
    if (kind == MeasurementKind::CurvedPath) {
        // A curve written densely (Strata writes it a millimetre a point): back to the few points
        // it can be edited by, none more than half a millimetre off it.
        return coordinates.size() >= 2 ? imaging::simplifyPath(coordinates, 0.5) : std::vector<Vec3>{};
    }
    return int(coordinates.size()) == pointsNeeded(kind) ? coordinates : std::vector<Vec3>{};
}

Result<std::vector<Measurement>> readMeasurementReport(const QString &path)
{
    auto groups = readMeasurementReportGroups(path);
    if (!groups.ok())
        return groups.error();
    std::vector<Measurement> out;
    for (ReportGroup &g : groups.value())
        out.push_back(std::move(g.measurement));
    return out;
}

Result<LesionShape> readLesionSegmentation(const QString &path, int segmentNumber, const dicom::Volume &grid)
{
    DcmFileFormat ff;
    OFCondition c = ff.loadFile(ofs(path));
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, QStringLiteral("reading the segmentation"), c);
    DcmDataset *ds = ff.getDataset();
    Uint16 rows = 0, columns = 0;
    ds->findAndGetUint16(DCM_Rows, rows);
    ds->findAndGetUint16(DCM_Columns, columns);
    Sint32 frames = 0;
    ds->findAndGetSint32(DCM_NumberOfFrames, frames);
    OFString segmentationType;
    ds->findAndGetOFString(DCM_SegmentationType, segmentationType);
    const auto malformed = [&](const QString &why) { return Error(ErrorCode::Malformed, path, why); };
    if (segmentationType != "BINARY")
        return Error(ErrorCode::Unsupported, path, QStringLiteral("only binary segmentations are read (this one is %1)").arg(qs(segmentationType)));
    if (rows == 0 || columns == 0 || frames <= 0)
        return malformed(QStringLiteral("no rows, columns or frames"));
    const Uint8 *pixels = nullptr;
    unsigned long bytes = 0;
    if (ds->findAndGetUint8Array(DCM_PixelData, pixels, &bytes).bad() || !pixels)
        return malformed(QStringLiteral("no pixel data"));
    const std::size_t frameSize = std::size_t(rows) * std::size_t(columns);
    if (std::size_t(bytes) * 8 < frameSize * std::size_t(frames))
        return malformed(QStringLiteral("the pixel data is shorter than its frames"));
    // The frames follow each other bit by bit (PS3.5 8.1.1); some writers start each on a byte.
    const std::size_t packedBytes = (frameSize * std::size_t(frames) + 7) / 8, alignedBytes = (frameSize + 7) / 8 * std::size_t(frames);
    const std::size_t frameStride = (frameSize % 8 != 0 && std::size_t(bytes) >= alignedBytes && alignedBytes > packedBytes + 1)
                                        ? (frameSize + 7) / 8 * 8
                                        : frameSize;
    // The frames' orientation (shared or per frame) must be the grid's.
    const auto orientationOf = [](DcmItem *groups, std::array<double, 6> &o) {
        DcmItem *plane = nullptr;
        if (!groups || groups->findAndGetSequenceItem(DCM_PlaneOrientationSequence, plane, 0).bad() || !plane)
            return false;
        for (unsigned long n = 0; n < 6; ++n)
            if (plane->findAndGetFloat64(DCM_ImageOrientationPatient, o[n], n).bad())
                return false;
        return true;
    };
    DcmItem *shared = nullptr;
    ds->findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0);
    std::array<double, 6> sharedOrientation{};
    const bool hasShared = orientationOf(shared, sharedOrientation);
    const auto &d = grid.direction;
    const imaging::Vec3 gridRow{d[0], d[3], d[6]}, gridColumn{d[1], d[4], d[7]};
    std::vector<std::array<int, 3>> inside;
    for (Sint32 f = 0; f < frames; ++f) {
        DcmItem *perFrame = nullptr;
        if (ds->findAndGetSequenceItem(DCM_PerFrameFunctionalGroupsSequence, perFrame, f).bad() || !perFrame)
            return malformed(QStringLiteral("frame %1 has no functional groups").arg(f + 1));
        DcmItem *identification = nullptr;
        Uint16 number = 0;
        if (perFrame->findAndGetSequenceItem(DCM_SegmentIdentificationSequence, identification, 0).good() && identification)
            identification->findAndGetUint16(DCM_ReferencedSegmentNumber, number);
        if (number != segmentNumber)
            continue;
        std::array<double, 6> orientation = sharedOrientation;
        if (!orientationOf(perFrame, orientation) && !hasShared)
            return malformed(QStringLiteral("frame %1 has no orientation").arg(f + 1));
        const imaging::Vec3 row{orientation[0], orientation[1], orientation[2]}, column{orientation[3], orientation[4], orientation[5]};
        if (imaging::dot(row, gridRow) < 0.999 || imaging::dot(column, gridColumn) < 0.999)
            return Error(ErrorCode::Unsupported, path, QStringLiteral("the segmentation's frames do not lie on the source series' slices"));
        DcmItem *position = nullptr;
        imaging::Vec3 p{};
        if (perFrame->findAndGetSequenceItem(DCM_PlanePositionSequence, position, 0).bad() || !position)
            return malformed(QStringLiteral("frame %1 has no position").arg(f + 1));
        for (unsigned long n = 0; n < 3; ++n)
            if (position->findAndGetFloat64(DCM_ImagePositionPatient, p[n], n).bad())
                return malformed(QStringLiteral("frame %1 has no position").arg(f + 1));
        const imaging::Vec3 index = patientToIndex(grid, p);
        std::array<int, 3> at{};
        for (std::size_t a = 0; a < 3; ++a) {
            at[a] = int(std::lround(index[a]));
            if (std::abs(index[a] - at[a]) > 0.1)
                return Error(ErrorCode::Unsupported, path, QStringLiteral("frame %1 lies between the source series' voxels").arg(f + 1));
        }
        if (at[2] < 0 || at[2] >= grid.dimensions[2])
            return malformed(QStringLiteral("frame %1 lies outside the source series").arg(f + 1));
        const std::size_t first = std::size_t(f) * frameStride;
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < columns; ++i) {
                const std::size_t bit = first + std::size_t(j) * columns + std::size_t(i);
                if (!((pixels[bit / 8] >> (bit % 8)) & 1u))
                    continue;
                const int gi = at[0] + i, gj = at[1] + j;
                if (gi < 0 || gj < 0 || gi >= grid.dimensions[0] || gj >= grid.dimensions[1])
                    continue;
                inside.push_back({gi, gj, at[2]});
            }
    }
    if (inside.empty())
        return Error(ErrorCode::NotFound, path, QStringLiteral("segment %1 is empty or absent").arg(segmentNumber));
    LesionMask full;  // the box of the voxels, then cropped by lesionShapeOf
    std::array<int, 3> lo = inside.front(), hi = inside.front();
    for (const auto &v : inside)
        for (std::size_t a = 0; a < 3; ++a) {
            lo[a] = std::min(lo[a], v[a]);
            hi[a] = std::max(hi[a], v[a]);
        }
    full.offset = lo;
    full.size = {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
    full.voxels.assign(std::size_t(full.size[0]) * std::size_t(full.size[1]) * std::size_t(full.size[2]), 0);
    for (const auto &v : inside)
        full.voxels[(std::size_t(v[2] - lo[2]) * std::size_t(full.size[1]) + std::size_t(v[1] - lo[1])) * std::size_t(full.size[0])
                    + std::size_t(v[0] - lo[0])] = 1;
    return lesionShapeOf(full, grid);
}

} // namespace strata::measure
