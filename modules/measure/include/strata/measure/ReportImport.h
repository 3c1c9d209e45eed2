#pragma once
/// Turns the measurement reports of a study in the local cache back into Strata's measurements:
/// each TID 1500 SR (Strata's own, or another's whose groups it understands) is read once, its
/// groups become measurements of the study (kept through the store service, audited), and a
/// volumetric group's SEG segment becomes a lesion with its mask on the source series' grid.
#include <strata/core/Result.h>

#include <QString>
#include <QStringList>

namespace strata::store {
class StoreService;
}

namespace strata::measure {

/// What importStudyReports did.
struct ReportImportSummary {
    int reports = 0;     ///< reports read (not read before)
    int added = 0;       ///< measurements added
    int known = 0;       ///< groups whose measurement was there already (same tracking UID)
    int keyImages = 0;   ///< key images marked from key object selections (KOS)
    QStringList problems;  ///< groups or segmentations that could not be taken, with the reason
};

/// Key object selections (KOS) of the study not read before mark their images as key images, with
/// the document's title and description as the note (those already marked keep theirs); one that
/// names an image not in the cache yet is read again next time. IHE rejection notes mark nothing
/// (a problem line says so).
///
/// Reads the study's SRs not read before (MeasurementRepository::reportImported) and adds their
/// measurements that the store does not hold yet, by tracking UID: Strata writes its
/// measurements' UIDs there, so its own measurements are not doubled. A group without a tracking
/// UID gets one derived from the report's UID and the group's place (the same on every import).
/// Lesions: the referenced segment of a SEG of the study, on the grid of its source series in the
/// cache, gives the mask; the RECIST axes are measured on it and the report's values kept (plus the
/// mask's voxel count). A report whose lesion's SEG is not in the cache yet is read again next
/// time (its other groups are kept now, and not doubled then). Other groups keep their values and
/// source image (the report carries no drawing of them: they are listed, not drawn). Runs on the
/// calling thread (not the GUI's).
Result<ReportImportSummary> importStudyReports(store::StoreService &service, const QString &studyInstanceUid);

} // namespace strata::measure
