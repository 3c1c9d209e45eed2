#include <strata/dicom/Overlays.h>

#include "GdcmSupport.h"

#include <gdcmOverlay.h>
#include <gdcmReader.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <set>

Q_LOGGING_CATEGORY(lcOverlay, "strata.dicom.overlay")

namespace strata::dicom {

int OverlayPlane::planeFrame(int frame) const
{
    const qint64 perFrame = qint64(std::max(0, rows)) * qint64(std::max(0, columns));
    if (perFrame == 0)
        return -1;
    if (frames <= 1 && !hasFrameOrigin)
        return packed.size() * 8 >= perFrame ? 0 : -1;   // one plane for every frame
    const int k = frame - (firstFrame - 1);
    if (k < 0 || k >= frames || packed.size() * 8 < perFrame * (k + 1))
        return -1;
    return k;
}

std::vector<std::uint8_t> OverlayPlane::onFrame(int frame) const
{
    const int k = planeFrame(frame);
    if (k < 0)
        return {};
    std::vector<std::uint8_t> out(std::size_t(rows) * std::size_t(columns));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            out[std::size_t(r) * std::size_t(columns) + std::size_t(c)] = isSet(k, r, c) ? 1 : 0;
    return out;
}

namespace {

/// The elements of one overlay group handed to GDCM's plane. A presentation state's Overlay
/// Activation Layer (60xx,1001) is not one of the plane's: GDCM's plane refuses it.
void fill(gdcm::Overlay &ov, const gdcm::DataSet &ds, int group)
{
    ov.SetGroup(std::uint16_t(group));
    const gdcm::DataSet::DataElementSet &elements = ds.GetDES();
    for (auto it = elements.lower_bound(gdcm::DataElement(gdcm::Tag(std::uint16_t(group), 0))); it != elements.end() && it->GetTag().GetGroup() == group;
         ++it)
        if (it->GetTag().GetElement() != 0x1001)
            ov.Update(*it);
}


/// What GDCM's plane says of itself: group, size, origin, type, description.
OverlayPlane describe(const gdcm::Overlay &ov, int group)
{
    OverlayPlane plane;
    plane.group = group;
    plane.rows = ov.GetRows();
    plane.columns = ov.GetColumns();
    plane.originRow = ov.GetOrigin()[0];
    plane.originColumn = ov.GetOrigin()[1];
    plane.type = QString::fromLatin1(ov.GetType() ? ov.GetType() : "").trimmed();
    plane.description = QString::fromLatin1(ov.GetDescription() ? ov.GetDescription() : "").trimmed();
    return plane;
}

} // namespace

Result<std::vector<OverlayPlane>> readOverlays(const QString &path)
{
    detail::installGdcmLogBridge();
    auto structure = detail::checkFileStructure(path, detail::StructureScope::Header);
    if (!structure.ok())
        return structure.error();
    auto guarded = detail::readUpToPixelData(path, structure.value());
    if (!guarded.ok())
        return guarded.error();
    const gdcm::DataSet &ds = guarded.value()->reader->GetFile().GetDataSet();

    std::vector<OverlayPlane> planes;
    std::vector<int> inPixelData;   // groups whose bits lie in the pixel data
    for (int group = 0x6000; group <= 0x601E; group += 2) {
        if (!ds.FindDataElement(gdcm::Tag(std::uint16_t(group), 0x0010)))
            continue;
        OverlayPlane plane;
        bool read = false;
        const bool guardedOk = detail::runGuarded([&] {
            gdcm::Overlay ov;
            fill(ov, ds, group);
            plane = describe(ov, group);
            plane.label = detail::asciiValue(ds, gdcm::Tag(std::uint16_t(group), 0x1500));
            plane.frames = std::max(1, int(detail::decimalValue(ds, gdcm::Tag(std::uint16_t(group), 0x0015)).value_or(1)));
            const std::optional<int> frameOrigin = detail::ushortValue(ds, gdcm::Tag(std::uint16_t(group), 0x0051));
            plane.hasFrameOrigin = frameOrigin.has_value();
            plane.firstFrame = std::max(1, frameOrigin.value_or(1));
            if (plane.rows <= 0 || plane.columns <= 0)
                return;
            // The element's own value: GDCM's plane keeps one frame's bits only.
            const QByteArray data = detail::rawValue(ds, gdcm::Tag(std::uint16_t(group), 0x3000));
            if (data.isEmpty()) {
                if (ov.GetBitsAllocated() > 1)   // retired: in the pixel data's unused bits
                    inPixelData.push_back(group);
                return;
            }
            const std::size_t perFrame = std::size_t(plane.rows) * std::size_t(plane.columns);
            std::size_t frames = std::size_t(plane.frames);
            const std::size_t bytesPerFrameSet = (perFrame * frames + 7) / 8;
            if (std::size_t(data.size()) < bytesPerFrameSet) {
                // Fewer frames than announced: as many whole frames as the data hold.
                frames = std::size_t(data.size()) * 8 / perFrame;
                qCWarning(lcOverlay) << path << QStringLiteral("overlay %1: data for %2 of %3 frame(s)").arg(group, 4, 16).arg(frames).arg(plane.frames);
                if (frames == 0)
                    return;
                plane.frames = int(frames);
            }
            plane.packed = data.left(qsizetype((perFrame * frames + 7) / 8));
            read = true;
        });
        if (!guardedOk) {
            qCWarning(lcOverlay) << path << QStringLiteral("overlay %1: GDCM refused its elements").arg(group, 4, 16);
            continue;
        }
        if (read)
            planes.push_back(std::move(plane));
    }

    if (!inPixelData.empty()) {
        // Retired: the plane in unused high bits of native pixel data. Read once, whole.
        if (structure.value().pixelDataEncapsulated) {
            qCInfo(lcOverlay) << path << "overlays in the bits of compressed pixel data are not shown";
        } else {
            auto whole = detail::checkFileStructure(path, detail::StructureScope::Whole);
            if (!whole.ok())
                return whole.error();
            auto full = detail::readGuarded<gdcm::Reader>(path, whole.value(), [](gdcm::Reader &r) { return r.Read(); });
            if (full->outcome == detail::ReadOutcome::Aborted) {
                detail::abandon(full.release());
            } else if (full->outcome == detail::ReadOutcome::Ok) {
                const gdcm::DataSet &all = full->reader->GetFile().GetDataSet();
                for (int group : inPixelData) {
                    OverlayPlane plane;
                    bool read = false;
                    detail::runGuarded([&] {
                        gdcm::Overlay ov;
                        fill(ov, all, group);
                        if (!ov.GrabOverlayFromPixelData(all))
                            return;
                        plane = describe(ov, group);
                        plane.embedded = true;
                        std::vector<char> buffer(ov.GetUnpackBufferLength());
                        if (buffer.size() < std::size_t(plane.rows) * std::size_t(plane.columns) || !ov.GetUnpackBuffer(buffer.data(), buffer.size()))
                            return;
                        const std::size_t count = std::size_t(plane.rows) * std::size_t(plane.columns);
                        plane.packed = QByteArray(qsizetype((count + 7) / 8), '\0');
                        for (std::size_t i = 0; i < count; ++i)
                            if (buffer[i])
                                plane.packed[qsizetype(i / 8)] = char(std::uint8_t(plane.packed[qsizetype(i / 8)]) | (1u << (i % 8)));
                        read = true;
                    });
                    if (read)
                        planes.push_back(std::move(plane));
                }
                std::sort(planes.begin(), planes.end(), [](const OverlayPlane &a, const OverlayPlane &b) { return a.group < b.group; });
            }
        }
    }
    return planes;
}

} // namespace strata::dicom
