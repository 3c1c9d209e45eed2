#pragma once
/// Background job: finds the images of a study of the local cache (or of files and folders), reads
/// their headers and groups them into stacks, the series the viewer shows. Decodes no pixels:
/// SeriesVolume does that per stack, slice by slice.
#include <strata/core/Job.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/measure/Documents.h>
#include <strata/measure/PresentationState.h>
#include <strata/measure/ReportMarks.h>
#include <strata/store/Records.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace strata::ui {

/// What a StudyLoader found: the headers and the viewable stacks, in series order.
struct LoadedStudy {
    QString dataDir;    ///< the cache it came from; empty when opened from files
    QString studyUid;   ///< the cache's study, or the first header's study
    QString subject;    ///< what messages name: "study …" or the folder
    std::vector<dicom::DicomHeader> headers;
    std::vector<dicom::Stack> stacks;  ///< image stacks (volumes, single images, colour images)
    QStringList problems;              ///< files that could not be read or shown, one line each
    /// Key images of the study in the cache, as (SOP Instance UID, frame).
    std::set<std::pair<QString, int>> keyImages;
    /// Their notes, where they have one (a key object selection's title and description).
    std::map<std::pair<QString, int>, QString> keyImageNotes;
    /// The study's measurements in the cache (store rows; measure::fromRecord reads them).
    std::vector<store::MeasurementRecord> measurements;
    /// The study's grayscale softcopy presentation states (a reader's window, turn and annotations
    /// on its images), as found among its files.
    measure::PresentationStates presentationStates;
    /// The marks its structured reports leave on its images (a CAD's findings, another reader's
    /// outlines), reports without any left out; from the cache, not a TID 1500 report's (its
    /// measurements are imported and drawn as measurements).
    std::vector<std::shared_ptr<const measure::ReportMarks>> reportMarks;
    /// Those Strata wrote from the measurements in the cache (MeasurementRepository::reportImported):
    /// their marks are not drawn over the measurements they repeat.
    QSet<QString> ownPresentationStates;
    /// Images left out because a rejection note (an IHE IOCM key object selection: rejected for
    /// quality or patient safety reasons, wrong worklist entry, retention expired) withdrew them.
    int withdrawn = 0;
    /// The study's reports and documents (structured reports, encapsulated PDF and CDA), oldest first.
    std::vector<measure::StudyDocument> documents;
    /// The patient's study to compare with, from the cache (empty when none): the most recent
    /// earlier study with images of a modality this one's images have (a CT's last CT, not the
    /// chest film taken since), else the most recent earlier study with images of any kind; never
    /// a study of reports, key image notes or presentation states only.
    QString priorStudyUid;
    /// The prior has images of a modality this study's images have (not the fallback of any kind):
    /// what a hanging protocol compares with.
    bool priorSharesModality = false;

    /// The stack shown first: the largest volume (most slices), else the first stack; -1: none.
    int defaultStack() const;
    /// The header of a stack's first slice.
    const dicom::DicomHeader &firstHeader(int stack) const;
    /// "Patient — CT Abdomen, 300 slices".
    QString description(int stack) const;
};

class StudyLoader : public Job {
    Q_OBJECT
public:
    /// Loads files and folders (folders searched recursively). With `cacheDir`, key images and the
    /// prior study are looked up in that local cache.
    explicit StudyLoader(QStringList paths, QString cacheDir = {}, QObject *parent = nullptr);
    /// Loads a study of the local cache under `dataDir` (its stored files). Opening marks it: read
    /// in the worklist (when it was unread) and used now for the cache's least-recently-used order.
    static StudyLoader *forStudy(const QString &dataDir, const QString &studyInstanceUid, QObject *parent = nullptr);

    /// A study opened beside another (a prior for comparison) is not being read: leave its
    /// worklist status alone. Call before starting.
    void setMarksRead(bool marks) { m_marksRead = marks; }

    /// Valid after finished().
    std::shared_ptr<const LoadedStudy> study() const { return m_study; }

protected:
    Error execute() override;

private:
    void lookUp(LoadedStudy &study) const;
    QStringList m_paths;
    QString m_subject;
    QString m_dataDir;   ///< the cache the study comes from
    QString m_cacheDir;  ///< the cache to look key images and priors up in
    QString m_studyUid;
    bool m_marksRead = true;
    std::shared_ptr<const LoadedStudy> m_study;
};

} // namespace strata::ui
