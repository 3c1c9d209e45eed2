#include <strata/dicom/SeriesGeometry.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>

#include <QCoreApplication>

namespace strata::dicom {
namespace {

using Vec3 = std::array<double, 3>;

Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
double norm(const Vec3 &a) { return std::sqrt(dot(a, a)); }
Vec3 normalized(const Vec3 &a)
{
    const double n = norm(a);
    return n > 0 ? Vec3{a[0] / n, a[1] / n, a[2] / n} : a;
}

constexpr double kPi = 3.14159265358979323846;
constexpr double kDuplicateMm = 0.01;   // closer than this: the same position
constexpr double kTiltDegrees = 0.1;    // more than this between stacking and normal: tilted

QString keyOf(const DicomHeader &h, const std::array<double, 6> *orientation)
{
    QString key = h.seriesInstanceUid + QLatin1Char('|') + QString::number(h.pixel.rows) + QLatin1Char('x')
                  + QString::number(h.pixel.columns);
    if (orientation) {
        for (double v : *orientation)
            key += QLatin1Char('|') + QString::number(std::round(v * 1000.0) / 1000.0, 'f', 3);
    } else {
        key += QStringLiteral("|no-orientation");
    }
    if (h.geometry.pixelSpacing)
        key += QStringLiteral("|%1|%2").arg((*h.geometry.pixelSpacing)[0], 0, 'f', 3).arg((*h.geometry.pixelSpacing)[1], 0, 'f', 3);
    return key;
}

void addIssue(Stack &s, GeometryIssue issue, const QString &message)
{
    if (!s.has(issue))
        s.issues.push_back(issue);
    s.messages << message;
}

void analyse(Stack &s, const std::vector<DicomHeader> &headers)
{
    if (s.has(GeometryIssue::NoGeometry)) {
        std::stable_sort(s.slices.begin(), s.slices.end(), [&](const SliceRef &a, const SliceRef &b) {
            const int ia = headers[std::size_t(a.header)].instanceNumber, ib = headers[std::size_t(b.header)].instanceNumber;
            return ia != ib ? ia < ib : a.frame < b.frame;
        });
        return;
    }
    const Vec3 row{s.orientation[0], s.orientation[1], s.orientation[2]};
    const Vec3 col{s.orientation[3], s.orientation[4], s.orientation[5]};
    s.normal = normalized(cross(row, col));
    for (SliceRef &r : s.slices)
        r.distance = dot(r.position, s.normal);
    std::stable_sort(s.slices.begin(), s.slices.end(), [&](const SliceRef &a, const SliceRef &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        const int ia = headers[std::size_t(a.header)].instanceNumber, ib = headers[std::size_t(b.header)].instanceNumber;
        return ia != ib ? ia < ib : a.frame < b.frame;
    });
    if (s.slices.size() < 2) {
        addIssue(s, GeometryIssue::SingleSlice, QCoreApplication::translate("strata::dicom", "a single slice: no volume"));
        return;
    }

    std::vector<double> steps;
    int duplicates = 0;
    for (std::size_t i = 1; i < s.slices.size(); ++i) {
        const double step = s.slices[i].distance - s.slices[i - 1].distance;
        if (step < kDuplicateMm)
            ++duplicates;
        else
            steps.push_back(step);
    }
    if (duplicates > 0)
        addIssue(s, GeometryIssue::DuplicatePositions,
                 QCoreApplication::translate("strata::dicom", "%1 slice(s) share a position with another slice").arg(duplicates));
    if (steps.empty())
        return;
    std::vector<double> sorted = steps;
    std::sort(sorted.begin(), sorted.end());
    s.sliceSpacing = sorted[sorted.size() / 2];
    s.minStep = sorted.front();
    s.maxStep = sorted.back();

    const double tolerance = std::max(0.05, 0.01 * s.sliceSpacing);
    int missing = 0;
    for (double step : steps)
        if (step > 1.5 * s.sliceSpacing)
            missing += int(std::lround(step / s.sliceSpacing)) - 1;
    if (missing > 0)
        addIssue(s, GeometryIssue::MissingSlices,
                 QCoreApplication::translate("strata::dicom", "about %1 slice(s) missing: a gap of %2 mm where the usual step is %3 mm")
                     .arg(missing).arg(s.maxStep, 0, 'f', 2).arg(s.sliceSpacing, 0, 'f', 2));
    if (s.maxStep - s.minStep > tolerance)
        addIssue(s, GeometryIssue::IrregularSpacing,
                 QCoreApplication::translate("strata::dicom", "irregular spacing: steps from %1 to %2 mm (median %3 mm)")
                     .arg(s.minStep, 0, 'f', 2).arg(s.maxStep, 0, 'f', 2).arg(s.sliceSpacing, 0, 'f', 2));

    const SliceRef &first = s.slices.front();
    const SliceRef &last = s.slices.back();
    const Vec3 along{last.position[0] - first.position[0], last.position[1] - first.position[1],
                     last.position[2] - first.position[2]};
    if (norm(along) > kDuplicateMm) {
        const double c = std::clamp(std::abs(dot(normalized(along), s.normal)), 0.0, 1.0);
        s.tiltDegrees = std::acos(c) * 180.0 / kPi;
    }
    const double headerTilt = std::abs(headers[std::size_t(first.header)].geometry.gantryTilt);
    if (s.tiltDegrees > kTiltDegrees)
        addIssue(s, GeometryIssue::GantryTilt,
                 QCoreApplication::translate("strata::dicom", "gantry tilt: slices are stacked %1° off their normal%2")
                     .arg(s.tiltDegrees, 0, 'f', 1)
                     .arg(headerTilt > 0 ? QCoreApplication::translate("strata::dicom", " (Gantry/Detector Tilt %1°)").arg(headerTilt, 0, 'f', 1) : QString()));
}

/// What tells a slice's volume from the others at its position (its frame's, else its instance's).
const VolumeKey &volumeKeyOf(const SliceRef &r, const std::vector<DicomHeader> &headers)
{
    const DicomHeader &h = headers[std::size_t(r.header)];
    return std::size_t(r.frame) < h.geometry.frames.size() ? h.geometry.frames[std::size_t(r.frame)].volume : h.volume;
}

/// The attributes that may tell volumes apart, in the order they are tried and named: each one's
/// value as text (empty: unset).
enum class KeyField { BValue, Echo, Time, Trigger, Type, Complex };
constexpr KeyField kKeyFields[] = {KeyField::BValue, KeyField::Echo, KeyField::Time, KeyField::Trigger, KeyField::Type, KeyField::Complex};

QString fieldValue(const VolumeKey &k, KeyField f)
{
    const auto number = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 6) : QString(); };
    switch (f) {
    case KeyField::BValue: return number(k.bValue);
    case KeyField::Echo: return number(k.echoTimeMs);
    case KeyField::Time: return k.temporalPosition ? QString::number(*k.temporalPosition) : QString();
    case KeyField::Trigger: return number(k.triggerTimeMs);
    case KeyField::Type: return k.type.join(QLatin1Char('\\'));
    case KeyField::Complex: return k.complexComponent;
    }
    return {};
}

/// All of them at once (a field map's echo and type together).
QString allFields(const VolumeKey &k)
{
    QStringList parts;
    for (const KeyField f : kKeyFields)
        parts << fieldValue(k, f);
    return parts.join(QLatin1Char('|'));
}

/// Words for what tells the volumes apart ("TE 1.52 ms, M", "b 1000", "time 3"): the attributes
/// that are the same throughout each volume and differ between volumes. `volumes[j]` is volume
/// j's slices' keys.
std::vector<QString> volumeLabels(const std::vector<std::vector<const VolumeKey *>> &volumes)
{
    const auto usable = [&](KeyField f) {
        bool differs = false;
        for (const auto &keys : volumes) {
            for (const VolumeKey *k : keys)
                if (fieldValue(*k, f) != fieldValue(*keys.front(), f))
                    return false;   // varies within a volume: says nothing of it
            differs = differs || fieldValue(*keys.front(), f) != fieldValue(*volumes.front().front(), f);
        }
        return differs;
    };
    const bool type = usable(KeyField::Type);
    std::vector<QString> out;
    for (const auto &keys : volumes) {
        const VolumeKey &k = *keys.front();
        QStringList words;
        const auto number = [](double v) { return QString::number(v, 'g', 4); };
        if (usable(KeyField::BValue) && k.bValue)
            words << QCoreApplication::translate("strata::dicom", "b %1").arg(number(*k.bValue));
        if (usable(KeyField::Echo) && k.echoTimeMs)
            words << QCoreApplication::translate("strata::dicom", "TE %1 ms").arg(number(*k.echoTimeMs));
        if (usable(KeyField::Time) && k.temporalPosition)
            words << QCoreApplication::translate("strata::dicom", "time %1").arg(*k.temporalPosition);
        if (usable(KeyField::Trigger) && k.triggerTimeMs)
            words << QCoreApplication::translate("strata::dicom", "trigger %1 ms").arg(number(*k.triggerTimeMs));
        if (type) {
            // The type's values where they differ between the volumes.
            for (int i = 0; i < k.type.size(); ++i) {
                bool same = true;
                for (const auto &other : volumes)
                    same = same && other.front()->type.value(i) == k.type[i];
                if (!same && !k.type[i].isEmpty())
                    words << k.type[i];
            }
        }
        if (!type && usable(KeyField::Complex) && !k.complexComponent.isEmpty())
            words << k.complexComponent;
        out.push_back(words.join(QStringLiteral(", ")));
    }
    return out;
}

/// The stacks of a series' volumes (`volumes`: each one's slices, sorted along the normal). Where
/// they were told apart by what their slices say (`byKey`), each is named by it and they come in
/// the order the scanner made them (by their first slice's instance and frame); otherwise in the
/// order given, unnamed.
std::vector<Stack> volumeStacks(const Stack &s, std::vector<std::vector<SliceRef>> volumes, bool byKey,
                                const std::vector<DicomHeader> &headers)
{
    std::vector<QString> labels(volumes.size());
    if (byKey) {
        const auto first = [&](const std::vector<SliceRef> &refs) {
            std::pair<int, int> least{std::numeric_limits<int>::max(), std::numeric_limits<int>::max()};
            for (const SliceRef &r : refs)
                least = std::min(least, std::pair{headers[std::size_t(r.header)].instanceNumber, r.frame});
            return least;
        };
        std::stable_sort(volumes.begin(), volumes.end(), [&](const auto &a, const auto &b) { return first(a) < first(b); });
        std::vector<std::vector<const VolumeKey *>> keys(volumes.size());
        for (std::size_t v = 0; v < volumes.size(); ++v)
            for (const SliceRef &r : volumes[v])
                keys[v].push_back(&volumeKeyOf(r, headers));
        labels = volumeLabels(keys);
    }
    const int count = int(volumes.size());
    std::vector<Stack> out;
    for (std::size_t v = 0; v < volumes.size(); ++v) {
        Stack part = s;
        part.slices = std::move(volumes[v]);
        part.issues.clear();
        part.messages.clear();
        part.volumeIndex = int(v);
        part.volumeCount = count;
        part.volumeLabel = labels[v];
        analyse(part, headers);
        part.messages.prepend(part.volumeLabel.isEmpty()
                                  ? QCoreApplication::translate("strata::dicom", "volume %1 of %2: every position is repeated %2 times (time points, echoes or components)")
                                        .arg(v + 1).arg(count)
                                  : QCoreApplication::translate("strata::dicom", "volume %1 of %2 (%3): the series holds %2 volumes at the same positions")
                                        .arg(v + 1).arg(count).arg(part.volumeLabel));
        out.push_back(std::move(part));
    }
    return out;
}

/// The volumes of a stack whose positions repeat unevenly (a dynamic series cut short, a volume
/// missing some slices): split by the first attribute set on every slice whose values give at most
/// `most` groups (the most any position repeats), each of two slices or more and none holding a
/// position twice; none when no attribute does. The volumes in the scanner's order, labelled.
std::optional<std::vector<Stack>> splitUnevenly(const Stack &s, std::size_t most, const std::vector<DicomHeader> &headers)
{
    for (const KeyField f : kKeyFields) {
        std::map<QString, std::vector<SliceRef>> groups;
        bool ok = true;
        for (const SliceRef &r : s.slices) {   // sorted along the normal: so is each group
            const QString value = fieldValue(volumeKeyOf(r, headers), f);
            ok = ok && !value.isEmpty();
            groups[value].push_back(r);
        }
        if (!ok || groups.size() < 2 || groups.size() > most)
            continue;
        for (const auto &[value, refs] : groups) {
            ok = ok && refs.size() >= 2;
            for (std::size_t i = 1; ok && i < refs.size(); ++i)
                ok = refs[i].distance - refs[i - 1].distance >= kDuplicateMm;
        }
        if (!ok)
            continue;
        std::vector<std::vector<SliceRef>> volumes;
        for (auto &[value, refs] : groups)
            volumes.push_back(std::move(refs));
        return volumeStacks(s, std::move(volumes), true, headers);
    }
    return std::nullopt;
}

/// When every position of a sorted stack occurs exactly k > 1 times, the stack is k volumes
/// (a 4-D series): split it. Where the slices say which volume they belong to (echo, b-value,
/// time point, cardiac phase, image type: VolumeKey) and each position holds each of k keys once,
/// each volume is the slices of one key — whatever order the scanner numbered them in — labelled
/// by what differs ("b 1000", "TE 90 ms"), the volumes in the order the scanner made them;
/// otherwise the j-th occurrence of each position (by instance number, then frame) goes into
/// volume j.
std::vector<Stack> splitRepeatedPositions(Stack &s, const std::vector<DicomHeader> &headers)
{
    std::vector<Stack> out;
    if (!s.has(GeometryIssue::DuplicatePositions) || s.has(GeometryIssue::NoGeometry)) {
        out.push_back(std::move(s));
        return out;
    }
    std::vector<std::vector<SliceRef>> positions;
    for (const SliceRef &r : s.slices) {
        if (positions.empty() || r.distance - positions.back().front().distance >= kDuplicateMm)
            positions.emplace_back();
        positions.back().push_back(r);
    }
    const std::size_t k = positions.front().size();
    const bool uniform = k > 1 && positions.size() > 1
                         && std::all_of(positions.begin(), positions.end(), [k](const auto &p) { return p.size() == k; });
    if (!uniform) {
        std::size_t most = 0;
        for (const auto &p : positions)
            most = std::max(most, p.size());
        if (auto parts = splitUnevenly(s, most, headers))
            return std::move(*parts);
        out.push_back(std::move(s));
        return out;
    }
    // By what the slices say: the first attribute (b-value, echo, time, trigger, type, component)
    // that gives every position the same k distinct values — one whose values vary from slice to
    // slice (a respiratory trigger) tells nothing —, else all of them together.
    const auto valuesAt = [&](const std::vector<SliceRef> &at, const std::function<QString(const VolumeKey &)> &value) {
        std::vector<QString> values;
        for (const SliceRef &r : at)
            values.push_back(value(volumeKeyOf(r, headers)));
        std::sort(values.begin(), values.end());
        return values;
    };
    const auto splits = [&](const std::function<QString(const VolumeKey &)> &value) {
        const std::vector<QString> first = valuesAt(positions.front(), value);
        if (first.front().isEmpty() || std::adjacent_find(first.begin(), first.end()) != first.end())
            return false;
        return std::all_of(positions.begin(), positions.end(), [&](const auto &at) { return valuesAt(at, value) == first; });
    };
    std::function<QString(const VolumeKey &)> chosen;
    for (const KeyField f : kKeyFields)
        if (const auto value = [f](const VolumeKey &key) { return fieldValue(key, f); }; splits(value)) {
            chosen = value;
            break;
        }
    if (!chosen && splits(allFields))
        chosen = allFields;
    if (chosen) {
        // Volume j: the slices of the j-th value at every position.
        for (auto &at : positions)
            std::stable_sort(at.begin(), at.end(), [&](const SliceRef &a, const SliceRef &b) {
                return chosen(volumeKeyOf(a, headers)) < chosen(volumeKeyOf(b, headers));
            });
    } else {
        // By occurrence: each position as the instance numbers and frames order it.
        for (auto &at : positions)
            std::stable_sort(at.begin(), at.end(), [&](const SliceRef &a, const SliceRef &b) {
                const int ia = headers[std::size_t(a.header)].instanceNumber, ib = headers[std::size_t(b.header)].instanceNumber;
                return ia != ib ? ia < ib : a.frame < b.frame;
            });
    }
    std::vector<std::vector<SliceRef>> volumes(k);
    for (const auto &at : positions)
        for (std::size_t j = 0; j < k; ++j)
            volumes[j].push_back(at[j]);
    return volumeStacks(s, std::move(volumes), bool(chosen), headers);
}

} // namespace

QString geometryIssueName(GeometryIssue issue)
{
    switch (issue) {
    case GeometryIssue::GantryTilt: return QStringLiteral("gantry-tilt");
    case GeometryIssue::IrregularSpacing: return QStringLiteral("irregular-spacing");
    case GeometryIssue::MissingSlices: return QStringLiteral("missing-slices");
    case GeometryIssue::DuplicatePositions: return QStringLiteral("duplicate-positions");
    case GeometryIssue::MixedSizes: return QStringLiteral("mixed-sizes");
    case GeometryIssue::NoGeometry: return QStringLiteral("no-geometry");
    case GeometryIssue::SingleSlice: return QStringLiteral("single-slice");
    }
    return QStringLiteral("unknown");
}

bool Stack::has(GeometryIssue issue) const
{
    return std::find(issues.begin(), issues.end(), issue) != issues.end();
}

std::vector<Stack> buildStacks(const std::vector<DicomHeader> &headers)
{
    std::map<QString, Stack> groups;
    std::vector<QString> order;
    auto stackFor = [&](const DicomHeader &h, const std::array<double, 6> *orientation) -> Stack & {
        const QString key = keyOf(h, orientation);
        auto it = groups.find(key);
        if (it == groups.end()) {
            Stack s;
            s.seriesInstanceUid = h.seriesInstanceUid;
            s.seriesDescription = h.seriesDescription;
            s.modality = h.modality;
            s.seriesNumber = h.seriesNumber;
            s.rows = h.pixel.rows;
            s.columns = h.pixel.columns;
            if (orientation)
                s.orientation = *orientation;
            else
                s.issues.push_back(GeometryIssue::NoGeometry);
            if (h.geometry.pixelSpacing)
                s.pixelSpacing = *h.geometry.pixelSpacing;
            it = groups.emplace(key, std::move(s)).first;
            order.push_back(key);
        }
        return it->second;
    };

    for (std::size_t i = 0; i < headers.size(); ++i) {
        const DicomHeader &h = headers[i];
        if (!h.isImage())
            continue;
        const auto &frames = h.geometry.frames;
        const int frameCount = std::max(1, h.pixel.frames);
        for (int f = 0; f < frameCount; ++f) {
            std::optional<std::array<double, 3>> position = h.geometry.position;
            std::optional<std::array<double, 6>> orientation = h.geometry.orientation;
            SliceRef ref;
            ref.header = int(i);
            ref.frame = f;
            ref.rescaleSlope = h.pixel.rescaleSlope;
            ref.rescaleIntercept = h.pixel.rescaleIntercept;
            bool placed = false;   // by its own Plane Position
            if (std::size_t(f) < frames.size()) {
                const FrameGeometry &fg = frames[std::size_t(f)];
                placed = fg.position.has_value();
                if (fg.position)
                    position = fg.position;
                if (fg.orientation)
                    orientation = fg.orientation;
                ref.rescaleSlope = fg.rescaleSlope;
                ref.rescaleIntercept = fg.rescaleIntercept;
            }
            // Legacy multi-frame (a SPECT by its Slice Vector): frames follow the normal at Spacing
            // Between Slices, if given.
            const bool legacy = std::size_t(f) >= frames.size() || !h.geometry.frameSlices.empty();
            const int along = std::size_t(f) < h.geometry.frameSlices.size() ? h.geometry.frameSlices[std::size_t(f)] - 1 : f;
            if (!placed && legacy && along > 0 && position && orientation) {
                const double step = h.geometry.spacingBetweenSlices > 0 ? h.geometry.spacingBetweenSlices : 0.0;
                if (step <= 0) {
                    position.reset();
                } else {
                    const auto &o = *orientation;
                    const Vec3 n = normalized(cross({o[0], o[1], o[2]}, {o[3], o[4], o[5]}));
                    for (int a = 0; a < 3; ++a)
                        (*position)[std::size_t(a)] += n[std::size_t(a)] * step * along;
                }
            }
            const bool hasGeometry = position && orientation && norm({(*orientation)[0], (*orientation)[1], (*orientation)[2]}) > 0.5;
            Stack &s = stackFor(h, hasGeometry ? &*orientation : nullptr);
            if (hasGeometry)
                ref.position = *position;
            s.slices.push_back(ref);
        }
    }

    std::vector<Stack> stacks;
    for (const QString &key : order) {
        Stack &s = groups[key];
        analyse(s, headers);
        for (Stack &part : splitRepeatedPositions(s, headers))
            stacks.push_back(std::move(part));
    }
    // Series split into several stacks: say so on each.
    std::map<QString, int> perSeries;
    for (const Stack &s : stacks)
        if (s.volumeIndex == 0)
            ++perSeries[s.seriesInstanceUid];
    for (Stack &s : stacks) {
        const int n = perSeries[s.seriesInstanceUid];
        if (n > 1)
            addIssue(s, GeometryIssue::MixedSizes,
                     QCoreApplication::translate("strata::dicom", "the series holds %1 groups of different size, spacing or orientation; this is one of them (%2×%3)")
                         .arg(n).arg(s.columns).arg(s.rows));
    }
    std::stable_sort(stacks.begin(), stacks.end(), [](const Stack &a, const Stack &b) {
        return a.seriesNumber != b.seriesNumber ? a.seriesNumber < b.seriesNumber : a.seriesInstanceUid < b.seriesInstanceUid;
    });
    return stacks;
}

} // namespace strata::dicom
