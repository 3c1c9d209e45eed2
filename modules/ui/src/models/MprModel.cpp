#include <strata/ui/models/MprModel.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {
namespace {

using imaging::dot;
using imaging::times;
using imaging::Vec3;

/// The 3×3 part of the volume's index→patient transform, inverted (index steps per mm).
imaging::Mat3 patientToIndex(const dicom::Volume &v)
{
    const auto &t = v.indexToPatient;
    const double a = t[0], b = t[1], c = t[2], d = t[4], e = t[5], f = t[6], g = t[8], h = t[9], i = t[10];
    const double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    if (std::abs(det) < 1e-12)
        return {1, 0, 0, 0, 1, 0, 0, 0, 1};
    return {(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
            (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
            (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
}

} // namespace

MprModel::MprModel(QObject *parent) : QObject(parent) {}

void MprModel::reset(const dicom::Volume &volume)
{
    // The geometry only: copying the voxels would cost the GUI thread a copy of the whole volume.
    m_geometry = dicom::Volume{};
    m_geometry.dimensions = volume.dimensions;
    m_geometry.spacing = volume.spacing;
    m_geometry.origin = volume.origin;
    m_geometry.direction = volume.direction;
    m_geometry.indexToPatient = volume.indexToPatient;
    m_geometry.sheared = volume.sheared;
    m_center = imaging::volumeCenter(volume);
    for (Orientation o : {Orientation::Axial, Orientation::Coronal, Orientation::Sagittal})
        m_planes[std::size_t(index(o))] = imaging::standardPlane(o, m_center);
    m_valid = true;
    emit changed();
}

void MprModel::setCenter(const Vec3 &point)
{
    if (!m_valid)
        return;
    // Clamp in index space: the point never leaves the volume's box.
    const auto &t = m_geometry.indexToPatient;
    const Vec3 rel{point[0] - t[3], point[1] - t[7], point[2] - t[11]};
    Vec3 ijk = times(patientToIndex(m_geometry), rel);
    for (int a = 0; a < 3; ++a)
        ijk[std::size_t(a)] = std::clamp(ijk[std::size_t(a)], 0.0, double(std::max(0, m_geometry.dimensions[std::size_t(a)] - 1)));
    const Vec3 clamped = m_geometry.patientPosition(ijk[0], ijk[1], ijk[2]);
    if (clamped == m_center)
        return;
    m_center = clamped;
    emit changed();
}

double MprModel::scrollStep(Orientation o) const
{
    if (!m_valid)
        return 1.0;
    // The distance along the normal that moves one voxel index at most: the finest step that shows
    // a new voxel.
    const Vec3 n = m_planes[std::size_t(index(o))].normal();
    const Vec3 steps = times(patientToIndex(m_geometry), n);
    const double largest = std::max({std::abs(steps[0]), std::abs(steps[1]), std::abs(steps[2])});
    return largest > 0 ? 1.0 / largest : 1.0;
}

void MprModel::scroll(Orientation o, double mm)
{
    const Vec3 n = m_planes[std::size_t(index(o))].normal();
    setCenter({m_center[0] + mm * n[0], m_center[1] + mm * n[1], m_center[2] + mm * n[2]});
}

imaging::Plane MprModel::plane(Orientation o) const
{
    imaging::Plane p = m_planes[std::size_t(index(o))];
    p.center = m_center;
    return p;
}

void MprModel::rotate(Orientation about, double degrees)
{
    if (!m_valid || degrees == 0)
        return;
    const imaging::Mat3 r = imaging::rotationMatrix(m_planes[std::size_t(index(about))].normal(), degrees);
    for (Orientation o : {Orientation::Axial, Orientation::Coronal, Orientation::Sagittal}) {
        if (o == about)
            continue;
        imaging::Plane &p = m_planes[std::size_t(index(o))];
        p = imaging::rotated(p, r);  // the point is set apart (plane()), so the plane's own centre does not matter
    }
    emit changed();
}

void MprModel::orient(Orientation which, const Vec3 &row, const Vec3 &column)
{
    if (!m_valid)
        return;
    // The rotation taking the plane's frame (row, column, normal) to the new one, applied to every
    // plane: R·v = r1 (r0·v) + c1 (c0·v) + n1 (n0·v).
    const imaging::Plane &from = m_planes[std::size_t(index(which))];
    const Vec3 r0 = from.row, c0 = from.column, n0 = from.normal();
    const Vec3 n1 = imaging::cross(row, column);
    const auto turn = [&](const Vec3 &v) {
        const double a = dot(r0, v), b = dot(c0, v), c = dot(n0, v);
        return Vec3{row[0] * a + column[0] * b + n1[0] * c, row[1] * a + column[1] * b + n1[1] * c,
                    row[2] * a + column[2] * b + n1[2] * c};
    };
    for (imaging::Plane &p : m_planes) {
        p.row = turn(p.row);
        p.column = turn(p.column);
    }
    m_planes[std::size_t(index(which))].row = row;  // exactly what was asked
    m_planes[std::size_t(index(which))].column = column;
    emit changed();
}

bool MprModel::isOblique() const
{
    for (Orientation o : {Orientation::Axial, Orientation::Coronal, Orientation::Sagittal}) {
        const imaging::Plane standard = imaging::standardPlane(o, m_center);
        const imaging::Plane &p = m_planes[std::size_t(index(o))];
        if (dot(standard.row, p.row) < 1 - 1e-9 || dot(standard.column, p.column) < 1 - 1e-9)
            return true;
    }
    return false;
}

void MprModel::resetRotation()
{
    for (Orientation o : {Orientation::Axial, Orientation::Coronal, Orientation::Sagittal})
        m_planes[std::size_t(index(o))] = imaging::standardPlane(o, m_center);
    emit changed();
}

void MprModel::setInteracting(bool interacting)
{
    if (interacting == m_interacting)
        return;
    m_interacting = interacting;
    if (!interacting)
        emit changed();  // the full-resolution picture
}

void MprModel::setSlab(imaging::SlabMode mode, double thicknessMm)
{
    thicknessMm = std::max(0.0, thicknessMm);
    if (mode == m_slab && thicknessMm == m_slabMm)
        return;
    m_slab = mode;
    m_slabMm = thicknessMm;
    emit changed();
}

} // namespace strata::ui
