#pragma once
/// What a structured report marks on its images: a computer-aided detection's findings
/// (Mammography CAD SR, PS3.16 TID 4000; Chest CAD SR, TID 4100), another reader's outline or
/// point in a Comprehensive or Enhanced SR. Each spatial coordinate (SCOORD) selected from an image
/// of the study — directly or by reference to an image library entry, as CAD reports do — is one
/// mark, named by the finding it belongs to. Read with DCMTK's dcmsr.
#include <strata/core/Result.h>
#include <strata/measure/PresentationState.h>

#include <QString>

#include <array>
#include <vector>

namespace strata::imaging {
struct SliceGeometry;   // Plane.h
}

namespace strata::measure {

/// One mark: on one image (a SCOORD), or in the patient (a SCOORD3D: drawn on the slices and
/// planes it lies in).
struct ReportMark {
    QString sopInstanceUid;          ///< the image it is drawn on; empty for a mark in the patient
    std::vector<int> frames;         ///< its frames (from 1); empty: every frame
    /// In the image's pixel units (a MULTIPOINT gives one mark per point); for a mark in the
    /// patient, in the pixels of the plane it was found on (marksOnPlane).
    PresentationGraphic graphic;
    /// A mark in the patient: its points (LPS, mm) and its Frame of Reference; the graphic's shape
    /// says what they make (a POLYGON is a closed polyline).
    std::vector<std::array<double, 3>> patientPoints;
    QString frameOfReferenceUid;
    /// What it marks, in the report's words: a finding's coded value ("Mass", "Calcification
    /// Cluster"), a measurement ("Diameter 3 cm"), a text, else the coordinate's own name.
    QString finding;
    QString role;                    ///< the coordinate's concept name ("Center", "Outline"); may be empty
    /// Marks of one finding (a CAD's centre and outline of it) share this number within their report.
    int group = 0;
    /// How a point is drawn: a calcification as a triangle, a mass (or density, distortion,
    /// nodule) as a star, anything else as a ring with a cross — the symbols CAD readers know.
    enum class Symbol { Marker, Calcification, Mass };
    Symbol symbol = Symbol::Marker;
};

/// The marks of one report.
struct ReportMarks {
    QString path;
    QString sopInstanceUid;
    QString sopClassUid;
    QString title;        ///< the document title ("Mammography CAD Report")
    QString algorithm;    ///< a CAD's Algorithm Name and Version ("ImageChecker 10.0"); may be empty
    QString date, time;   ///< Content Date and Time as stored
    /// A TID 1500 imaging measurement report: its measurements are imported as Strata's own
    /// (ReportImport.h) where the study is in the cache, and drawn as measurements there.
    bool measurementReport = false;
    std::vector<ReportMark> marks;   ///< in the report's order
    /// Marks the report asks not to show (Rendering Intent "Not for Presentation"), or leaves to
    /// the display ("Presentation Optional": below the CAD's operating point), left out.
    int notForPresentation = 0;
    int optional = 0;

    /// "Mammography CAD Report (ImageChecker 10.0)": how the viewer names it.
    QString label() const;
};

/// Whether reports of this SOP class may carry image coordinates (Enhanced, Comprehensive,
/// Comprehensive 3D and the CAD SRs; not Basic Text, a dose report or a key object selection).
bool mayMarkImages(const QString &sopClassUid);

/// The marks of the SR at `path` (dcmsr reading leniently, as for the documents window). Fails,
/// naming the file and the reason, for another object or a document dcmsr cannot read; a report
/// without marks gives an empty list. Any thread.
Result<ReportMarks> readReportMarks(const QString &path);

/// A mark to draw, with the report it came from.
struct ImageReportMark {
    const ReportMarks *report = nullptr;
    ReportMark mark;   ///< a mark in the patient: its graphic in the plane's pixels
};
/// The marks of `reports` on one image (`frame` from 1).
std::vector<ImageReportMark> marksOnImage(const std::vector<std::shared_ptr<const ReportMarks>> &reports, const QString &sopInstanceUid,
                                          int frame);
/// The marks in the patient of `reports` that lie in `plane` (a slice or an MPR plane of the Frame
/// of Reference `frameOfReferenceUid`): every point within `tolerance` mm of it (half the slices'
/// spacing: a point between two slices is drawn on the nearer), drawn in the plane's pixels.
std::vector<ImageReportMark> marksOnPlane(const std::vector<std::shared_ptr<const ReportMarks>> &reports, const QString &frameOfReferenceUid,
                                          const imaging::SliceGeometry &plane, double tolerance);

} // namespace strata::measure
