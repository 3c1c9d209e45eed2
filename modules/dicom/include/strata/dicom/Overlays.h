#pragma once
/// Overlay planes (PS3.3 C.9.2, groups 6000 to 601E): bit planes a modality or a workstation
/// stores beside the image — graphics (annotations, Siemens' MedCom object graphics, markers) or
/// a region of interest — shown on top of it. The elements are read with GDCM (gdcm::Overlay);
/// planes of several frames are unpacked per frame here.
#include <strata/core/Result.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace strata::dicom {

struct OverlayPlane {
    int group = 0x6000;
    int rows = 0;
    int columns = 0;
    int originRow = 1;       ///< Overlay Origin: the image row of the plane's first row, 1-based (may be < 1)
    int originColumn = 1;
    int frames = 1;          ///< Number of Frames in Overlay
    int firstFrame = 1;      ///< Image Frame Origin: the image frame the plane's first frame lies on, 1-based
    QString type;            ///< "G" (graphics) or "R" (region of interest)
    QString description;     ///< Overlay Description (e.g. "Siemens MedCom Object Graphics")
    QString label;           ///< Overlay Label
    bool embedded = false;   ///< stored in unused bits of the pixel data (retired; native pixel data only)

    bool hasFrameOrigin = false;     ///< Image Frame Origin (60xx,0051) was given
    std::vector<std::uint8_t> bits;  ///< rows × columns × frames, row-major per frame: 0 or 1

    /// The plane's bits over image frame `frame` (0-based), or null when it does not lie on that
    /// frame. A plane of one frame without an Image Frame Origin lies on every frame.
    const std::uint8_t *onFrame(int frame) const;
};

/// The overlay planes of a file, in group order; empty when it has none. A plane whose data are
/// missing, or shorter than its rows × columns × frames, is left out (named in the log); one in
/// the bits of compressed pixel data is left out too.
Result<std::vector<OverlayPlane>> readOverlays(const QString &path);

} // namespace strata::dicom
