#pragma once
/// The shared state of the MPR viewports: the crosshair point where the three planes meet and
/// each plane's axes. Scrolling a plane moves the point along that plane's normal; rotating the
/// crosshair in one plane turns the other two about its normal (it stays as it is on screen).
/// No widget: tested headless.
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/Reslicer.h>

#include <QObject>

#include <array>

namespace strata::ui {

class MprModel : public QObject {
    Q_OBJECT
public:
    using Orientation = imaging::PlaneOrientation;
    explicit MprModel(QObject *parent = nullptr);

    /// Starts over on a volume: the point at its centre, the planes in patient orientation.
    void reset(const dicom::Volume &volume);
    bool isValid() const { return m_valid; }
    /// Forgets the volume (a new series is coming): the next reset() starts over.
    void invalidate() { m_valid = false; }

    imaging::Vec3 center() const { return m_center; }
    /// The point, kept inside the volume's box.
    void setCenter(const imaging::Vec3 &point);
    /// Moves the point by `mm` along the plane's normal (into the screen).
    void scroll(Orientation plane, double mm);
    /// One step along a plane's normal: the volume's voxel size in that direction.
    double scrollStep(Orientation plane) const;

    /// The plane through the point.
    imaging::Plane plane(Orientation plane) const;
    /// Turns the two other planes by `degrees` about this plane's normal, through the point.
    void rotate(Orientation about, double degrees);
    /// Turns all three planes together (they stay perpendicular) so that `plane` gets these row
    /// and column directions (unit vectors, perpendicular): an oblique plane restored.
    void orient(Orientation plane, const imaging::Vec3 &row, const imaging::Vec3 &column);
    /// Whether any plane left patient orientation.
    bool isOblique() const;
    /// Planes back in patient orientation (the point stays).
    void resetRotation();

    /// Thick slab for every MPR plane (None: thin slices).
    imaging::SlabMode slabMode() const { return m_slab; }
    double slabThicknessMm() const { return m_slabMm; }
    void setSlab(imaging::SlabMode mode, double thicknessMm);

    /// While the user drags (crosshair, scrolling), thick slabs are resliced at half resolution to
    /// keep up; ending the drag renders them at full resolution again.
    bool isInteracting() const { return m_interacting; }
    void setInteracting(bool interacting);

signals:
    /// The point, a plane or the slab changed (or a drag ended).
    void changed();

private:
    static int index(Orientation o) { return int(o); }
    bool m_valid = false;
    dicom::Volume m_geometry;  ///< the volume's geometry (no voxels)
    imaging::Vec3 m_center{0, 0, 0};
    std::array<imaging::Plane, 3> m_planes;
    imaging::SlabMode m_slab = imaging::SlabMode::None;
    double m_slabMm = 0;
    bool m_interacting = false;
};

} // namespace strata::ui
