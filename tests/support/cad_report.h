#pragma once
// Tests: a computer-aided detection report as a CAD system writes one (PS3.16 TID 4000, Mammography
// CAD SR; TID 4100, Chest CAD SR), made with DCMTK's dcmsr for images of the shared test data: an
// image library of the images, then each finding with its rendering intent, its centre (a point)
// and outline, selected from the library's image by reference. Links DCMTK::dcmsr.
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace strata::testing {

struct CadFinding {
    const char *value = "129748009";   ///< the finding's code (SCT Calcification cluster)
    const char *scheme = "SCT";
    const char *meaning = "Calcification cluster";
    int image = 0;                      ///< which of the report's images (index)
    std::vector<QPointF> center;        ///< a POINT (one) or MULTIPOINT; empty: none
    std::vector<QPointF> outline;       ///< a closed POLYLINE; empty: none
    /// Rendering Intent: 111150 Presentation Required, 111151 Presentation Optional, 111152 Not for
    /// Presentation.
    const char *intent = "111150";
    int frame = 0;                      ///< the image's frame (from 1); 0: the whole image
};

/// The attribute `key` of a file, empty when absent.
inline OFString cadAttribute(const QString &file, const DcmTagKey &key)
{
    DcmFileFormat ff;
    OFString v;
    if (ff.loadFile(file.toUtf8().constData()).good())
        ff.getDataset()->findAndGetOFStringArray(key, v);
    return v;
}

/// A CAD report on `images` (their patient and study) at `path`: a Mammography CAD SR, or a Chest
/// CAD SR when `chest`. The algorithm "Strata Test CAD" version 2.1. False when dcmsr refuses it.
inline bool writeCadReport(const QString &path, const QStringList &images, const std::vector<CadFinding> &findings, bool chest = false)
{
    if (images.isEmpty())
        return false;
    DSRDocument doc(chest ? DSRTypes::DT_ChestCadSR : DSRTypes::DT_MammographyCadSR);
    DSRDocumentTree &tree = doc.getTree();
    const DSRCodedEntryValue title = chest ? DSRCodedEntryValue("111037", "DCM", "Chest CAD Report")
                                           : DSRCodedEntryValue("111036", "DCM", "Mammography CAD Report");
    if (tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, title).bad())
        return false;
    // The image library: one entry per image, which the findings reference.
    if (tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container, DSRCodedEntryValue("111028", "DCM", "Image Library")).bad())
        return false;
    std::vector<size_t> entries;
    for (int i = 0; i < images.size(); ++i) {
        if (i == 0 ? tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, DSRCodedEntryValue()).bad()
                   : tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, DSRTypes::AM_afterCurrent) == 0)
            return false;
        tree.getCurrentContentItem().setImageReference(
            DSRImageReferenceValue(cadAttribute(images[i], DCM_SOPClassUID), cadAttribute(images[i], DCM_SOPInstanceUID)), OFFalse);
        entries.push_back(tree.getNodeID());
    }
    tree.goUp();
    // The summary, inferred from each finding.
    if (tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Code, DSRTypes::AM_afterCurrent) == 0)
        return false;
    tree.getCurrentContentItem().setConceptName(DSRCodedEntryValue("111017", "DCM", "CAD Processing and Findings Summary"), OFFalse);
    tree.getCurrentContentItem().setCodeValue(DSRCodedEntryValue("111242", "DCM", "All algorithms succeeded; with findings"), OFFalse);
    const size_t summary = tree.getNodeID();
    for (const CadFinding &f : findings) {
        tree.gotoNode(summary);
        if (tree.addChildContentItem(DSRTypes::RT_inferredFrom, DSRTypes::VT_Container,
                                     DSRCodedEntryValue("111034", "DCM", "Individual Impression/Recommendation")).bad())
            return false;
        if (tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Code, DSRCodedEntryValue("111059", "DCM", "Single Image Finding")).bad())
            return false;
        tree.getCurrentContentItem().setCodeValue(DSRCodedEntryValue(f.value, f.scheme, f.meaning), OFFalse);
        const size_t finding = tree.getNodeID();
        tree.addChildContentItem(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, DSRCodedEntryValue("111056", "DCM", "Rendering Intent"));
        tree.getCurrentContentItem().setCodeValue(DSRCodedEntryValue(f.intent, "DCM", "Rendering intent"), OFFalse);
        tree.addContentItem(DSRTypes::RT_hasProperties, DSRTypes::VT_Text, DSRTypes::AM_afterCurrent);
        tree.getCurrentContentItem().setConceptName(DSRCodedEntryValue("111001", "DCM", "Algorithm Name"), OFFalse);
        tree.getCurrentContentItem().setStringValue("Strata Test CAD", OFFalse);
        tree.addContentItem(DSRTypes::RT_hasProperties, DSRTypes::VT_Text, DSRTypes::AM_afterCurrent);
        tree.getCurrentContentItem().setConceptName(DSRCodedEntryValue("111003", "DCM", "Algorithm Version"), OFFalse);
        tree.getCurrentContentItem().setStringValue("2.1", OFFalse);
        for (const auto &[points, name, type] :
             {std::tuple{f.center, DSRCodedEntryValue("111010", "DCM", "Center"),
                         f.center.size() > 1 ? DSRTypes::GT_Multipoint : DSRTypes::GT_Point},
              std::tuple{f.outline, DSRCodedEntryValue("111041", "DCM", "Outline"), DSRTypes::GT_Polyline}}) {
            if (points.empty())
                continue;
            tree.gotoNode(finding);
            tree.goDown();
            while (tree.gotoNext() > 0) {
            }
            if (tree.addContentItem(DSRTypes::RT_hasProperties, DSRTypes::VT_SCoord, DSRTypes::AM_afterCurrent) == 0)
                return false;
            tree.getCurrentContentItem().setConceptName(name, OFFalse);
            DSRSpatialCoordinatesValue scoord(type);
            for (const QPointF &q : points)
                scoord.getGraphicDataList().addItem(Float32(q.x()), Float32(q.y()));
            if (type == DSRTypes::GT_Polyline)
                scoord.getGraphicDataList().addItem(Float32(points.front().x()), Float32(points.front().y()));
            tree.getCurrentContentItem().setSpatialCoordinates(scoord, OFFalse);
            // SELECTED FROM the library's image, by reference (as TID 4006 has it).
            if (f.frame > 0) {
                DSRImageReferenceValue frame(cadAttribute(images[f.image], DCM_SOPClassUID), cadAttribute(images[f.image], DCM_SOPInstanceUID));
                frame.getFrameList().addItem(f.frame);
                tree.addChildContentItem(DSRTypes::RT_selectedFrom, DSRTypes::VT_Image, DSRCodedEntryValue());
                tree.getCurrentContentItem().setImageReference(frame, OFFalse);
                tree.goUp();
            } else if (tree.addByReferenceRelationship(DSRTypes::RT_selectedFrom, entries[std::size_t(f.image)]) == 0) {
                return false;
            }
        }
    }
    doc.createNewSeriesInStudy(cadAttribute(images.front(), DCM_StudyInstanceUID));
    DcmFileFormat ff;
    if (doc.write(*ff.getDataset()).bad())
        return false;
    // dcmsr leaves the patient to the caller: the images'.
    for (const DcmTagKey &key : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex})
        ff.getDataset()->putAndInsertOFStringArray(key, cadAttribute(images.front(), key));
    return ff.saveFile(path.toUtf8().constData(), EXS_LittleEndianExplicit).good();
}

/// A finding marked in the patient (a SCOORD3D): a nodule's centre, a lesion's outline.
struct PatientFinding {
    const char *meaning = "Nodule";
    DSRTypes::E_GraphicType3D type = DSRTypes::GT3_Point;
    std::vector<std::array<double, 3>> points;   ///< LPS, mm
};

/// A Comprehensive 3D SR at `path` (a diagnostic imaging report, not TID 1500), for the patient,
/// study and Frame of Reference of `image`: each finding a CODE (Finding) with its SCOORD3D.
inline bool writePatientFindings(const QString &path, const QString &image, const std::vector<PatientFinding> &findings)
{
    DSRDocument doc(DSRTypes::DT_Comprehensive3DSR);
    DSRDocumentTree &tree = doc.getTree();
    if (tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, DSRCodedEntryValue("18748-4", "LN", "Diagnostic Imaging Report")).bad())
        return false;
    const size_t root = tree.getNodeID();
    for (const PatientFinding &f : findings) {
        tree.gotoNode(root);
        if (tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Code, DSRCodedEntryValue("121071", "DCM", "Finding")).bad())
            return false;
        tree.getCurrentContentItem().setCodeValue(DSRCodedEntryValue("99", "99STRATA", f.meaning), OFFalse);
        if (tree.addChildContentItem(DSRTypes::RT_hasProperties, DSRTypes::VT_SCoord3D,
                                     DSRCodedEntryValue("111010", "DCM", "Center")).bad())
            return false;
        DSRSpatialCoordinates3DValue scoord(f.type);
        scoord.setFrameOfReferenceUID(cadAttribute(image, DCM_FrameOfReferenceUID), OFFalse);
        for (const auto &p : f.points)
            scoord.getGraphicDataList().addItem(Float32(p[0]), Float32(p[1]), Float32(p[2]));
        tree.getCurrentContentItem().setSpatialCoordinates3D(scoord, OFFalse);
    }
    doc.createNewSeriesInStudy(cadAttribute(image, DCM_StudyInstanceUID));
    DcmFileFormat ff;
    if (doc.write(*ff.getDataset()).bad())
        return false;
    for (const DcmTagKey &key : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex})
        ff.getDataset()->putAndInsertOFStringArray(key, cadAttribute(image, key));
    return ff.saveFile(path.toUtf8().constData(), EXS_LittleEndianExplicit).good();
}

} // namespace strata::testing
