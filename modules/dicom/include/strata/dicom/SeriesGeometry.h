#pragma once
/// Groups instances into stacks of compatible geometry and sorts them along the slice normal,
/// reporting what a reader must know: gantry tilt, irregular spacing, missing slices, duplicate
/// positions, mixed sizes. Works on single-frame series and enhanced multi-frame objects alike.
#include <strata/dicom/DicomHeader.h>

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace strata::dicom {

/// One slice of a stack: which file and which frame of it, where it lies.
struct SliceRef {
    int header = 0;   ///< index into the headers passed to buildStacks()
    int frame = 0;    ///< frame within that object (0 for single-frame objects)
    std::array<double, 3> position{};
    double distance = 0;  ///< position projected on the stack normal (mm)
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
};

enum class GeometryIssue {
    GantryTilt,        ///< slices are stacked obliquely to their normal (sheared volume)
    IrregularSpacing,  ///< steps between slices differ by more than the tolerance
    MissingSlices,     ///< a gap larger than 1.5 × the usual step
    DuplicatePositions,///< two or more slices at the same position
    MixedSizes,        ///< the series holds images of different sizes/orientations (several stacks)
    NoGeometry,        ///< position/orientation missing: order by instance number only
    SingleSlice,       ///< only one slice: no volume
};

QString geometryIssueName(GeometryIssue issue);

/// A set of slices with the same orientation, size and pixel spacing, sorted along the normal.
struct Stack {
    QString seriesInstanceUid;
    QString seriesDescription;
    QString modality;
    int seriesNumber = 0;
    int rows = 0;
    int columns = 0;
    std::array<double, 6> orientation{1, 0, 0, 0, 1, 0};
    std::array<double, 2> pixelSpacing{1, 1};  ///< [between rows, between columns]
    std::array<double, 3> normal{0, 0, 1};
    std::vector<SliceRef> slices;     ///< sorted by distance along the normal (ascending)
    double sliceSpacing = 0;          ///< median step between neighbouring slices (mm)
    double minStep = 0;
    double maxStep = 0;
    double tiltDegrees = 0;           ///< angle between the stacking direction and the normal
    /// A series whose every position repeats k times (time points, echoes, magnitude/phase) is
    /// split into k stacks: this one is volume `volumeIndex` of `volumeCount`.
    int volumeIndex = 0;
    int volumeCount = 1;
    /// What tells this volume from the series' others, where its slices say ("b 1000", "TE 90 ms",
    /// "time 3", "M" for magnitude); empty for a series of one volume or when they do not say.
    QString volumeLabel;
    std::vector<GeometryIssue> issues;
    QStringList messages;             ///< one sentence per issue, with figures

    bool has(GeometryIssue issue) const;
    bool isVolume() const { return slices.size() >= 2 && !has(GeometryIssue::NoGeometry); }
};

/// Groups headers (images only) by series and geometry, and sorts each group. Non-image headers
/// are ignored. Stacks come out ordered by series number, then series UID.
std::vector<Stack> buildStacks(const std::vector<DicomHeader> &headers);

} // namespace strata::dicom
