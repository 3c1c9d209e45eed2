#include <strata/measure/LesionSegmenter.h>

#include <strata/measure/MeasurementRecords.h>

#include <itkBinaryFillholeImageFilter.h>
#include <itkConnectedThresholdImageFilter.h>
#include <itkImage.h>

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace strata::measure {

namespace {

using FloatImage = itk::Image<float, 3>;
using MaskImage = itk::Image<unsigned char, 3>;

/// Determinant of the upper-left 3×3 of a row-major 4×4 (the voxel's volume in mm³ for indexToPatient).
double det3(const std::array<double, 16> &m)
{
    return m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8]) + m[2] * (m[4] * m[9] - m[5] * m[8]);
}

/// 2-D positions (mm) of the mask voxels of one k slice, along the i and j axes.
struct SlicePoints {
    std::vector<std::array<double, 2>> all;
    std::vector<std::array<double, 2>> edge;
    std::vector<std::array<int, 2>> edgeIndex;
};

/// RECIST on the result's mask (its offset: the mask's box in the volume): fills the long and
/// short axes and their slice. False when cancelled.
bool recist(LesionResult &result, const dicom::Volume &volume, const CancellationToken &cancel)
{
    const LesionMask &mask = result.mask;
    const std::array<int, 3> lo = mask.offset;
    const std::array<int, 3> size = mask.size;
    // RECIST, slice by slice along k: the longest edge-to-edge diameter, then the longest one
    // perpendicular to it in the same slice.
    const double sx = volume.spacing[0], sy = volume.spacing[1];
    double best = -1;
    std::array<int, 2> bestA{}, bestB{};
    for (int k = 0; k < size[2]; ++k) {
        if (cancel.isCancelled())
            return false;
        std::vector<std::array<int, 2>> edge;
        for (int j = 0; j < size[1]; ++j)
            for (int i = 0; i < size[0]; ++i) {
                if (!mask.at(i, j, k))
                    continue;
                const bool border = i == 0 || j == 0 || i == size[0] - 1 || j == size[1] - 1 || !mask.at(i - 1, j, k)
                                    || !mask.at(i + 1, j, k) || !mask.at(i, j - 1, k) || !mask.at(i, j + 1, k);
                if (border)
                    edge.push_back({i, j});
            }
        for (std::size_t p = 0; p < edge.size(); ++p)
            for (std::size_t q = p + 1; q < edge.size(); ++q) {
                const double du = (edge[q][0] - edge[p][0]) * sx, dv = (edge[q][1] - edge[p][1]) * sy;
                const double d = std::hypot(du, dv);
                // Edge to edge: the centres' distance plus one voxel's length along the line.
                const double extent = d > 0 ? d + std::hypot(du * sx, dv * sy) / d : std::max(sx, sy);
                if (extent > best) {
                    best = extent;
                    bestA = edge[p];
                    bestB = edge[q];
                    result.recistSlice = k + lo[2];
                }
            }
    }
    const auto toPatient = [&](int i, int j, int k) {
        return volume.patientPosition(i + lo[0], j + lo[1], k);
    };
    const int rk = result.recistSlice;
    result.longAxisMm = best;
    result.longAxis = {toPatient(bestA[0], bestA[1], rk), toPatient(bestB[0], bestB[1], rk)};
    {
        double du = (bestB[0] - bestA[0]) * sx, dv = (bestB[1] - bestA[1]) * sy;
        const double len = std::hypot(du, dv);
        if (len > 0) {
            du /= len;
            dv /= len;
        } else {
            du = 1;
            dv = 0;
        }
        // Perpendicular: bins of one voxel along the long axis; in each, the extent across it.
        const double pu = -dv, pv = du;
        const double bin = std::min(sx, sy);
        struct Span { double lo = 1e300, hi = -1e300; std::array<int, 2> a{}, b{}; };
        std::vector<Span> spans;
        const double t0 = -std::hypot(size[0] * sx, size[1] * sy);
        spans.resize(std::size_t(std::ceil(-2 * t0 / bin)) + 2);
        const int k = rk - lo[2];
        for (int j = 0; j < size[1]; ++j)
            for (int i = 0; i < size[0]; ++i) {
                if (!mask.at(i, j, k))
                    continue;
                const double u = (i - bestA[0]) * sx, v = (j - bestA[1]) * sy;
                const double t = u * du + v * dv, w = u * pu + v * pv;
                Span &span = spans[std::size_t(std::clamp((t - t0) / bin, 0.0, double(spans.size() - 1)))];
                if (w < span.lo) {
                    span.lo = w;
                    span.a = {i, j};
                }
                if (w > span.hi) {
                    span.hi = w;
                    span.b = {i, j};
                }
            }
        const double across = std::hypot(pu * sx, pv * sy);  // one voxel's length across
        for (const Span &span : spans) {
            if (span.hi < span.lo)
                continue;
            const double extent = span.hi - span.lo + across;
            if (extent > result.shortAxisMm) {
                result.shortAxisMm = extent;
                result.shortAxis = {toPatient(span.a[0], span.a[1], rk), toPatient(span.b[0], span.b[1], rk)};
            }
        }
    }
    return true;
}

} // namespace

SegmentationOptions SegmentationOptions::defaultFor(const QString &modality)
{
    SegmentationOptions o;
    if (modality.compare(QLatin1String("CT"), Qt::CaseInsensitive) != 0) {
        o.multiplier = 2.5;
        o.minimumSd = 0.05;
        o.relativeSdFloor = true;
    }
    if (modality.compare(QLatin1String("PT"), Qt::CaseInsensitive) == 0)
        o.peakFraction = 0.41;
    return o;
}

imaging::Vec3 patientToIndex(const dicom::Volume &volume, const imaging::Vec3 &point)
{
    return volume.indexPosition(point);
}

Result<LesionResult> segmentLesion(const dicom::Volume &volume, const imaging::Vec3 &seed,
                                   const SegmentationOptions &options, const CancellationToken &cancel)
{
    const auto cancelled = [] { return Error(ErrorCode::Cancelled, QString(), QStringLiteral("the segmentation was cancelled")); };
    const auto &dims = volume.dimensions;
    if (dims[0] <= 0 || dims[1] <= 0 || dims[2] <= 0 || volume.voxels.size() < volume.voxelCount())
        return Error(ErrorCode::InvalidArgument, QString(), QStringLiteral("the volume is empty"));
    const imaging::Vec3 index = patientToIndex(volume, seed);
    std::array<int, 3> s{};
    for (int a = 0; a < 3; ++a) {
        s[std::size_t(a)] = int(std::lround(index[std::size_t(a)]));
        if (s[std::size_t(a)] < 0 || s[std::size_t(a)] >= dims[std::size_t(a)])
            return Error(ErrorCode::InvalidArgument, QString(),
                         QStringLiteral("the seed (%1, %2, %3) mm lies outside the volume")
                             .arg(seed[0]).arg(seed[1]).arg(seed[2]));
    }

    // The box the region may grow in: ±maxRadiusMm about the seed, or the index box around a
    // drawn box's corners.
    LesionResult result;
    result.seed = seed;
    std::array<int, 3> lo{}, hi{};
    for (std::size_t a = 0; a < 3; ++a) {
        const int reach = int(std::ceil(options.maxRadiusMm / std::max(1e-6, volume.spacing[a])));
        lo[a] = std::max(0, s[a] - reach);
        hi[a] = std::min(dims[a] - 1, s[a] + reach);
    }
    if (const std::optional<LesionBox> &box = options.box) {
        std::array<double, 3> low{}, high{};
        low.fill(std::numeric_limits<double>::max());
        high.fill(std::numeric_limits<double>::lowest());
        for (int corner = 0; corner < 8; ++corner) {
            imaging::Vec3 p = box->centre;
            for (std::size_t a = 0; a < 3; ++a) {
                const double sign = (corner >> a) & 1 ? 1.0 : -1.0;
                for (std::size_t c = 0; c < 3; ++c)
                    p[c] += sign * box->halfSize[a] * box->axes[a][c];
            }
            const imaging::Vec3 at = patientToIndex(volume, p);
            for (std::size_t a = 0; a < 3; ++a) {
                low[a] = std::min(low[a], at[a]);
                high[a] = std::max(high[a], at[a]);
            }
        }
        for (std::size_t a = 0; a < 3; ++a) {
            lo[a] = std::clamp(int(std::floor(low[a])), 0, s[a]);
            hi[a] = std::clamp(int(std::ceil(high[a])), s[a], dims[a] - 1);
        }
    }
    const std::array<int, 3> size{hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};

    auto image = FloatImage::New();
    FloatImage::RegionType region;
    region.SetSize({{itk::SizeValueType(size[0]), itk::SizeValueType(size[1]), itk::SizeValueType(size[2])}});
    image->SetRegions(region);
    image->SetSpacing(volume.spacing.data());
    image->Allocate();
    float *dst = image->GetBufferPointer();
    for (int k = 0; k < size[2]; ++k)
        for (int j = 0; j < size[1]; ++j) {
            const float *row = &volume.voxels[(std::size_t(k + lo[2]) * std::size_t(dims[1]) + std::size_t(j + lo[1]))
                                                  * std::size_t(dims[0]) + std::size_t(lo[0])];
            std::copy(row, row + size[0], dst + (std::size_t(k) * std::size_t(size[1]) + std::size_t(j)) * std::size_t(size[0]));
        }

    // The interval: from the seed's 5×5×5 neighbourhood unless given.
    double sum = 0, sum2 = 0;
    long long n = 0;
    for (int dk = -2; dk <= 2; ++dk)
        for (int dj = -2; dj <= 2; ++dj)
            for (int di = -2; di <= 2; ++di) {
                const int i = s[0] + di, j = s[1] + dj, k = s[2] + dk;
                if (i < 0 || j < 0 || k < 0 || i >= dims[0] || j >= dims[1] || k >= dims[2])
                    continue;
                const double v = volume.at(i, j, k);
                sum += v;
                sum2 += v * v;
                ++n;
            }
    const double mean = sum / double(n);
    const double sd = std::sqrt(std::max(0.0, sum2 / double(n) - mean * mean));
    const double floor = options.relativeSdFloor ? options.minimumSd * std::abs(mean) : options.minimumSd;
    const double half = options.multiplier * std::max(sd, floor);
    result.lower = options.lower.value_or(mean - half);
    result.upper = options.upper.value_or(mean + half);
    // The copy's voxel (i, j, k) of the region's box.
    const auto cell = [dst, &size](int i, int j, int k) -> float & {
        return dst[(std::size_t(k) * std::size_t(size[1]) + std::size_t(j)) * std::size_t(size[0]) + std::size_t(i)];
    };
    // A drawn box: what lies outside it is no value of any interval (NaN), so the region never
    // reaches there.
    if (options.box)
        for (int k = 0; k < size[2]; ++k)
            for (int j = 0; j < size[1]; ++j)
                for (int i = 0; i < size[0]; ++i)
                    if (!options.box->contains(volume.patientPosition(i + lo[0], j + lo[1], k + lo[2])))
                        cell(i, j, k) = std::numeric_limits<float>::quiet_NaN();
    std::array<int, 3> start = s;
    if (options.peakFraction && !options.lower && !options.upper) {
        // PET: the hottest voxel within reach of the seed (anywhere in a drawn box); the lesion is
        // what connects to it at the fraction of its value or more (no upper bound: the box's
        // hottest value).
        double peak = -std::numeric_limits<double>::infinity();
        for (int k = 0; k < size[2]; ++k)
            for (int j = 0; j < size[1]; ++j)
                for (int i = 0; i < size[0]; ++i) {
                    const std::array<int, 3> at{i + lo[0], j + lo[1], k + lo[2]};
                    double d2 = 0;
                    for (std::size_t a = 0; a < 3; ++a) {
                        const double mm = (at[a] - s[a]) * volume.spacing[a];
                        d2 += mm * mm;
                    }
                    const double v = cell(i, j, k);
                    if ((options.box || d2 <= options.peakSearchMm * options.peakSearchMm) && v > peak)   // NaN: outside the box
                        peak = v, start = at;
                }
        double highest = peak;
        for (std::size_t i = 0; i < std::size_t(size[0]) * std::size_t(size[1]) * std::size_t(size[2]); ++i)
            highest = std::max(highest, double(dst[i]));
        result.lower = *options.peakFraction * peak;
        result.upper = highest;
    }

    using Grow = itk::ConnectedThresholdImageFilter<FloatImage, MaskImage>;
    auto grow = Grow::New();
    grow->SetInput(image);
    grow->SetLower(float(result.lower));
    grow->SetUpper(float(result.upper));
    grow->SetReplaceValue(1);
    FloatImage::IndexType seedIndex{{start[0] - lo[0], start[1] - lo[1], start[2] - lo[2]}};
    grow->AddSeed(seedIndex);
    using Fill = itk::BinaryFillholeImageFilter<MaskImage>;
    auto fill = Fill::New();
    fill->SetInput(grow->GetOutput());
    fill->SetForegroundValue(1);
    fill->SetFullyConnected(false);
    if (cancel.isCancelled())
        return cancelled();
    try {
        fill->Update();
    } catch (const itk::ExceptionObject &e) {
        return Error(ErrorCode::Internal, QString(), QString::fromLocal8Bit(e.GetDescription()));
    }

    if (cancel.isCancelled())
        return cancelled();
    LesionMask &mask = result.mask;
    mask.offset = lo;
    mask.size = size;
    const unsigned char *filled = fill->GetOutput()->GetBufferPointer();
    mask.voxels.assign(filled, filled + std::size_t(size[0]) * std::size_t(size[1]) * std::size_t(size[2]));

    double vsum = 0;
    double vmax = -std::numeric_limits<double>::infinity();
    long long count = 0;
    for (int k = 0; k < size[2]; ++k)
        for (int j = 0; j < size[1]; ++j)
            for (int i = 0; i < size[0]; ++i) {
                if (!mask.at(i, j, k))
                    continue;
                const double v = volume.at(i + lo[0], j + lo[1], k + lo[2]);
                vsum += v;
                vmax = std::max(vmax, v);
                ++count;
                if (options.box) {
                    // A neighbour outside the drawn box (or beyond the grown region's edge): the
                    // lesion reaches the box.
                    if (!result.touchedBox)
                        for (const std::array<int, 3> d : {std::array<int, 3>{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}}) {
                            const int ni = i + d[0], nj = j + d[1], nk = k + d[2];
                            if (ni < 0 || nj < 0 || nk < 0 || ni >= size[0] || nj >= size[1] || nk >= size[2]) {
                                const int gi = ni + lo[0], gj = nj + lo[1], gk = nk + lo[2];
                                if (gi >= 0 && gj >= 0 && gk >= 0 && gi < dims[0] && gj < dims[1] && gk < dims[2])
                                    result.touchedBox = true;
                            } else if (std::isnan(cell(ni, nj, nk))) {
                                result.touchedBox = true;
                            }
                        }
                    continue;
                }
                const bool atBoxFace = (i == 0 && lo[0] > 0) || (j == 0 && lo[1] > 0) || (k == 0 && lo[2] > 0)
                                       || (i == size[0] - 1 && hi[0] < dims[0] - 1)
                                       || (j == size[1] - 1 && hi[1] < dims[1] - 1)
                                       || (k == size[2] - 1 && hi[2] < dims[2] - 1);
                if (atBoxFace)
                    result.reachedLimit = true;
            }
    if (count == 0)
        return Error(ErrorCode::InvalidArgument, QString(), QStringLiteral("nothing to segment at the seed"));
    result.voxelCount = count;
    result.volumeMl = double(count) * std::abs(det3(volume.indexToPatient)) / 1000.0;
    result.mean = vsum / double(count);
    result.max = vmax;

    if (!recist(result, volume, cancel))
        return cancelled();
    return result;
}

int nearestSlice(const dicom::Stack &stack, const imaging::Vec3 &point)
{
    const double along = imaging::dot(point, stack.normal);
    int nearest = -1;
    for (int k = 0; k < int(stack.slices.size()); ++k)
        if (nearest < 0 || std::abs(stack.slices[std::size_t(k)].distance - along)
                               < std::abs(stack.slices[std::size_t(nearest)].distance - along))
            nearest = k;
    return nearest;
}

long long LesionShape::voxelCount() const
{
    return std::count_if(mask.voxels.begin(), mask.voxels.end(), [](std::uint8_t v) { return v != 0; });
}

LesionShape lesionShapeOf(const LesionMask &mask, const dicom::Volume &volume)
{
    LesionShape shape;
    dicom::Volume &grid = shape.grid;
    grid.dimensions = volume.dimensions;
    grid.spacing = volume.spacing;
    grid.origin = volume.origin;
    grid.direction = volume.direction;
    grid.indexToPatient = volume.indexToPatient;
    grid.sheared = volume.sheared;
    std::array<int, 3> lo{mask.size[0], mask.size[1], mask.size[2]}, hi{-1, -1, -1};
    for (int k = 0; k < mask.size[2]; ++k)
        for (int j = 0; j < mask.size[1]; ++j)
            for (int i = 0; i < mask.size[0]; ++i)
                if (mask.at(i, j, k)) {
                    lo = {std::min(lo[0], i), std::min(lo[1], j), std::min(lo[2], k)};
                    hi = {std::max(hi[0], i), std::max(hi[1], j), std::max(hi[2], k)};
                }
    if (hi[0] < 0)
        return shape;  // empty
    LesionMask &out = shape.mask;
    out.size = {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
    out.offset = {mask.offset[0] + lo[0], mask.offset[1] + lo[1], mask.offset[2] + lo[2]};
    out.voxels.resize(std::size_t(out.size[0]) * std::size_t(out.size[1]) * std::size_t(out.size[2]));
    std::size_t n = 0;
    for (int k = 0; k < out.size[2]; ++k)
        for (int j = 0; j < out.size[1]; ++j)
            for (int i = 0; i < out.size[0]; ++i)
                out.voxels[n++] = mask.at(i + lo[0], j + lo[1], k + lo[2]) ? 1 : 0;
    return shape;
}

LesionResult lesionOfMask(const LesionShape &shape)
{
    LesionResult r;
    r.mask = shape.mask;
    const LesionMask &mask = r.mask;
    double si = 0, sj = 0, sk = 0;
    for (int k = 0; k < mask.size[2]; ++k)
        for (int j = 0; j < mask.size[1]; ++j)
            for (int i = 0; i < mask.size[0]; ++i)
                if (mask.at(i, j, k)) {
                    ++r.voxelCount;
                    si += i;
                    sj += j;
                    sk += k;
                }
    if (r.voxelCount == 0)
        return r;
    const double n = double(r.voxelCount);
    r.seed = shape.grid.patientPosition(mask.offset[0] + si / n, mask.offset[1] + sj / n, mask.offset[2] + sk / n);
    r.volumeMl = n * std::abs(det3(shape.grid.indexToPatient)) / 1000.0;
    recist(r, shape.grid, CancellationToken());
    return r;
}

void addMaskValues(LesionResult &r, const dicom::Volume &volume)
{
    const LesionMask &mask = r.mask;
    if (volume.voxels.size() < volume.voxelCount())
        return;
    double sum = 0;
    long long n = 0;
    float low = std::numeric_limits<float>::max(), high = std::numeric_limits<float>::lowest();
    for (int k = 0; k < mask.size[2]; ++k)
        for (int j = 0; j < mask.size[1]; ++j)
            for (int i = 0; i < mask.size[0]; ++i) {
                const int vi = mask.offset[0] + i, vj = mask.offset[1] + j, vk = mask.offset[2] + k;
                if (!mask.at(i, j, k) || vi < 0 || vj < 0 || vk < 0 || vi >= volume.dimensions[0] || vj >= volume.dimensions[1]
                    || vk >= volume.dimensions[2])
                    continue;
                const float value = volume.at(vi, vj, vk);
                sum += value;
                low = std::min(low, value);
                high = std::max(high, value);
                ++n;
            }
    if (n == 0)
        return;
    r.mean = sum / double(n);
    r.max = high;
    r.lower = low;
    r.upper = high;
}

namespace {
constexpr quint32 kShapeMagic = 0x53544c4d;  // "STLM"
constexpr quint32 kShapeVersion = 1;
} // namespace

QByteArray encodeLesionShape(const LesionShape &shape)
{
    const LesionMask &mask = shape.mask;
    QByteArray bits((qsizetype(mask.voxels.size()) + 7) / 8, '\0');
    for (std::size_t v = 0; v < mask.voxels.size(); ++v)
        if (mask.voxels[v])
            bits[qsizetype(v / 8)] = char(quint8(bits[qsizetype(v / 8)]) | quint8(1u << (v % 8)));
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s.setByteOrder(QDataStream::LittleEndian);
    s << kShapeMagic << kShapeVersion;
    const dicom::Volume &g = shape.grid;
    for (int v : g.dimensions)
        s << qint32(v);
    for (double v : g.spacing)
        s << v;
    for (double v : g.origin)
        s << v;
    for (double v : g.direction)
        s << v;
    for (double v : g.indexToPatient)
        s << v;
    s << quint8(g.sheared ? 1 : 0);
    for (int v : mask.offset)
        s << qint32(v);
    for (int v : mask.size)
        s << qint32(v);
    s << qint64(shape.voxelCount());
    s << qCompress(bits, 9);
    return out;
}

Result<LesionShape> decodeLesionShape(const QByteArray &bytes)
{
    const auto malformed = [](const QString &why) {
        return Error(ErrorCode::Malformed, QString(), QStringLiteral("the stored lesion mask is broken: %1").arg(why));
    };
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    s.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0;
    s >> magic >> version;
    if (magic != kShapeMagic || version != kShapeVersion)
        return malformed(QStringLiteral("unknown format"));
    LesionShape shape;
    dicom::Volume &g = shape.grid;
    qint32 v32 = 0;
    for (int &v : g.dimensions) {
        s >> v32;
        v = v32;
    }
    for (double &v : g.spacing)
        s >> v;
    for (double &v : g.origin)
        s >> v;
    for (double &v : g.direction)
        s >> v;
    for (double &v : g.indexToPatient)
        s >> v;
    quint8 sheared = 0;
    s >> sheared;
    g.sheared = sheared != 0;
    LesionMask &mask = shape.mask;
    for (int &v : mask.offset) {
        s >> v32;
        v = v32;
    }
    for (int &v : mask.size) {
        s >> v32;
        v = v32;
    }
    qint64 count = 0;
    QByteArray packed;
    s >> count >> packed;
    if (s.status() != QDataStream::Ok)
        return malformed(QStringLiteral("truncated"));
    for (int a = 0; a < 3; ++a)
        if (mask.size[std::size_t(a)] < 0 || mask.size[std::size_t(a)] > 4096 || g.dimensions[std::size_t(a)] < 0)
            return malformed(QStringLiteral("a size out of range"));
    const std::size_t n = std::size_t(mask.size[0]) * std::size_t(mask.size[1]) * std::size_t(mask.size[2]);
    const QByteArray bits = qUncompress(packed);
    if (std::size_t(bits.size()) != (n + 7) / 8)
        return malformed(QStringLiteral("the voxels do not fill the box"));
    mask.voxels.resize(n);
    for (std::size_t v = 0; v < n; ++v)
        mask.voxels[v] = (quint8(bits[qsizetype(v / 8)]) >> (v % 8)) & 1u;
    if (shape.voxelCount() != count)
        return malformed(QStringLiteral("%1 voxels where %2 were saved").arg(shape.voxelCount()).arg(count));
    return shape;
}

double lesionPeak(const LesionResult &r, const dicom::Volume &volume, double sphereMl)
{
    // The sphere's voxel offsets (index space: the axes are orthonormal, the spacing per axis).
    const double radius = std::cbrt(sphereMl * 1000.0 * 3.0 / (4.0 * std::numbers::pi));
    std::vector<std::array<int, 3>> sphere;
    std::array<int, 3> reach{};
    for (std::size_t a = 0; a < 3; ++a)
        reach[a] = int(std::floor(radius / std::max(1e-6, volume.spacing[a])));
    for (int dk = -reach[2]; dk <= reach[2]; ++dk)
        for (int dj = -reach[1]; dj <= reach[1]; ++dj)
            for (int di = -reach[0]; di <= reach[0]; ++di) {
                const double x = di * volume.spacing[0], y = dj * volume.spacing[1], z = dk * volume.spacing[2];
                if (x * x + y * y + z * z <= radius * radius)
                    sphere.push_back({di, dj, dk});
            }
    const auto &dims = volume.dimensions;
    double peak = -std::numeric_limits<double>::infinity();
    const LesionMask &mask = r.mask;
    for (int k = 0; k < mask.size[2]; ++k)
        for (int j = 0; j < mask.size[1]; ++j)
            for (int i = 0; i < mask.size[0]; ++i) {
                if (!mask.at(i, j, k))
                    continue;
                const int ci = i + mask.offset[0], cj = j + mask.offset[1], ck = k + mask.offset[2];
                double sum = 0;
                int n = 0;
                for (const auto &d : sphere) {
                    const int x = ci + d[0], y = cj + d[1], z = ck + d[2];
                    if (x < 0 || y < 0 || z < 0 || x >= dims[0] || y >= dims[1] || z >= dims[2])
                        continue;
                    sum += volume.at(x, y, z);
                    ++n;
                }
                if (n > 0)
                    peak = std::max(peak, sum / n);
            }
    return std::isfinite(peak) ? peak : r.max;
}

Measurement lesionMeasurement(const LesionResult &r, const dicom::Volume &volume, const QString &modality,
                              const ImageReference &image)
{
    Measurement m;
    m.kind = MeasurementKind::Lesion;
    m.mask = std::make_shared<const LesionShape>(lesionShapeOf(r.mask, volume));
    m.points = {r.seed, r.longAxis[0], r.longAxis[1], r.shortAxis[0], r.shortAxis[1]};
    m.image = image;
    imaging::SliceGeometry g;
    g.width = volume.dimensions[0];
    g.height = volume.dimensions[1];
    g.origin = volume.patientPosition(0, 0, r.recistSlice);
    g.row = {volume.direction[0], volume.direction[3], volume.direction[6]};
    g.column = {volume.direction[1], volume.direction[4], volume.direction[7]};
    g.spacing = {volume.spacing[0], volume.spacing[1]};
    m.plane = ImagePlane::ofVolumeSlice(g, modality);
    const QString unit = m.plane.valueUnit();
    m.values = {{QStringLiteral("volume"), r.volumeMl, QStringLiteral("mL")},
                {QStringLiteral("mean"), r.mean, unit},
                {QStringLiteral("max"), r.max, unit},
                {QStringLiteral("long_axis"), r.longAxisMm, QStringLiteral("mm")},
                {QStringLiteral("short_axis"), r.shortAxisMm, QStringLiteral("mm")},
                {QStringLiteral("voxel_count"), double(r.voxelCount), QString()},
                {QStringLiteral("lower"), r.lower, unit},
                {QStringLiteral("upper"), r.upper, unit}};
    if (modality.compare(QLatin1String("PT"), Qt::CaseInsensitive) == 0)
        m.values.push_back({QStringLiteral("peak"), lesionPeak(r, volume), unit});
    stamp(m);
    return m;
}

} // namespace strata::measure
