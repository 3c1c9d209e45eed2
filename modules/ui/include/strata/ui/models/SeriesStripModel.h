#pragma once
/// The viewer's series strip: one entry per stack of the study shown (then of the prior beside it),
/// with its label, the key it is dragged and shown by, the file its thumbnail is rendered from, and
/// a warning mark when MPR cannot show the series as acquired or its images were compressed with
/// loss, the reasons as its tooltip.
/// No widget: tested headless (the strip itself is a list widget filled from the entries).
#include <strata/ui/StudyLoader.h>

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace strata::ui {

struct SeriesStripEntry {
    QString key;        ///< the stack key (imaging::stackKey)
    QString text;       ///< "Se 3: Lung\nCT, 120 images", "Prior 20230101\n…" for the prior's; "⚠ Se 3…" with warnings
    QString toolTip;    ///< the stack's geometry messages, one a line (empty when none)
    bool warning = false;  ///< geometry issues (OverlayText::geometryWarnings) or lossy compression a reader must know
    QString file;       ///< the middle slice's file: the thumbnail's source
    QString seriesUid;  ///< the thumbnail's cache key
    QString dataDir;    ///< the local cache the study is in (empty: opened from files, not cached)
    bool prior = false;
    /// A report or document of the study (its index in LoadedStudy::documents), not a series:
    /// key "document:<SOP Instance UID>", no thumbnail, opened in the Reports and Documents window.
    int document = -1;
};

class SeriesStripModel {
    Q_DECLARE_TR_FUNCTIONS(strata::ui::Viewer)
public:
    /// The entries of `study` and, after them, of `prior` (either may be null).
    void setStudies(const LoadedStudy *study, const LoadedStudy *prior);
    const std::vector<SeriesStripEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    /// The entry of a stack key, or -1.
    int indexOf(const QString &key) const;

    /// The label of a stack (without the prior's line).
    static QString label(const dicom::Stack &stack);

private:
    std::vector<SeriesStripEntry> m_entries;
};

} // namespace strata::ui
