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
    /// The bits as stored (Overlay Data): frame after frame, row-major, from the lowest bit of the
    /// first byte. Kept packed: a plane of many frames is read a frame at a time.
    QByteArray packed;

    /// The plane's own frame (0-based) over image frame `frame` (0-based), or -1 when it does not
    /// lie on that frame. A plane of one frame without an Image Frame Origin lies on every frame.
    int planeFrame(int frame) const;
    /// Whether the plane's pixel (row, column, 0-based in the plane) of its frame `planeFrame` is set.
    bool isSet(int planeFrame, int row, int column) const
    {
        const qint64 i = (qint64(planeFrame) * rows + row) * qint64(columns) + column;
        return i >= 0 && i / 8 < packed.size() && (std::uint8_t(packed[qsizetype(i / 8)]) >> (i % 8)) & 1u;
    }
    /// The plane's bits over image frame `frame`, unpacked (rows × columns, 0 or 1); empty when it
    /// does not lie on that frame.
    std::vector<std::uint8_t> onFrame(int frame) const;
};

/// The overlay planes of a file, in group order; empty when it has none. A plane whose data are
/// missing, or shorter than its rows × columns × frames, is left out (named in the log); one in
/// the bits of compressed pixel data is left out too.
Result<std::vector<OverlayPlane>> readOverlays(const QString &path);

} // namespace strata::dicom
