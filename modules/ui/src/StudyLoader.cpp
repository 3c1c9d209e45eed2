#include <strata/ui/StudyLoader.h>

#include <strata/dicom/FolderScan.h>
#include <strata/measure/Documents.h>
#include <strata/measure/ReportMarks.h>
#include <strata/measure/ReportImport.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>
#include <strata/store/WorklistRepository.h>

#include <QSet>

namespace strata::ui {
namespace {

/// Modalities of series that hold no images to compare: reports, documents, key image notes,
/// presentation states, RT structures and plans, segmentations, waveforms.
const QSet<QString> kNoImageModalities{QStringLiteral("SR"),   QStringLiteral("DOC"), QStringLiteral("KO"),
                                       QStringLiteral("PR"),   QStringLiteral("RTSTRUCT"), QStringLiteral("RTPLAN"),
                                       QStringLiteral("SEG"),  QStringLiteral("ECG"), QStringLiteral("REG"),
                                       QStringLiteral("RTRECORD")};

} // namespace

int LoadedStudy::defaultStack() const
{
    // A segmentation's frames (SEG) and a dose grid (RTDOSE) are drawn over their images, never
    // shown first in their place.
    const auto isSegmentation = [](const dicom::Stack &stack) {
        return stack.modality == QLatin1String("SEG") || stack.modality == QLatin1String("RTDOSE");
    };
    int best = -1;
    for (int s = 0; s < int(stacks.size()); ++s) {
        const dicom::Stack &stack = stacks[std::size_t(s)];
        if (best < 0) {
            best = s;
            continue;
        }
        const dicom::Stack &b = stacks[std::size_t(best)];
        if (isSegmentation(stack) != isSegmentation(b)) {
            if (isSegmentation(b))
                best = s;
            continue;
        }
        if (stack.isVolume() && (!b.isVolume() || stack.slices.size() > b.slices.size()))
            best = s;
    }
    return best;
}

const dicom::DicomHeader &LoadedStudy::firstHeader(int stack) const
{
    return headers[std::size_t(stacks[std::size_t(stack)].slices.front().header)];
}

QString LoadedStudy::description(int stack) const
{
    const dicom::Stack &s = stacks[std::size_t(stack)];
    const dicom::DicomHeader &h = firstHeader(stack);
    // A volume of a 4-D series says which ("AX DWI (b 1000)").
    const QString series = s.volumeLabel.isEmpty() ? s.seriesDescription : QStringLiteral("%1 (%2)").arg(s.seriesDescription, s.volumeLabel);
    if (s.slices.size() == 1)
        return StudyLoader::tr("%1 — %2 %3, 1 slice").arg(h.patientName.display(), s.modality, series);
    return StudyLoader::tr("%1 — %2 %3, %4 slices").arg(h.patientName.display(), s.modality, series, QString::number(s.slices.size()));
}

StudyLoader::StudyLoader(QStringList paths, QString cacheDir, QObject *parent)
    : Job(parent), m_paths(std::move(paths)),
      m_subject(m_paths.size() == 1 ? m_paths.first() : m_paths.value(0) + QStringLiteral(", …")),
      m_cacheDir(std::move(cacheDir))
{
}

StudyLoader *StudyLoader::forStudy(const QString &dataDir, const QString &studyUid, QObject *parent)
{
    auto *loader = new StudyLoader(QStringList(), dataDir, parent);
    loader->m_dataDir = dataDir;
    loader->m_studyUid = studyUid;
    loader->m_subject = tr("study %1").arg(studyUid);
    return loader;
}

void StudyLoader::lookUp(LoadedStudy &study) const
{
    auto cache = store::LocalCache::open(m_cacheDir);
    if (!cache.ok())
        return;
    // Measurement reports (SR, with their SEGs) of the study not read before become its
    // measurements, and its key object selections (KOS) its key images.
    if (auto imported = measure::importStudyReports(*cache.value()->service(), study.studyUid); !imported.ok())
        qWarning("reading the measurement reports of %s: %s", qPrintable(study.studyUid), qPrintable(imported.error().message()));
    if (auto repo = cache.value()->service()->keyImages(); repo.ok())
        if (auto keys = repo.value()->keyImages(study.studyUid); keys.ok())
            for (const store::KeyImage &k : keys.value()) {
                study.keyImages.insert({k.sopInstanceUid, k.frame});
                if (!k.note.isEmpty())
                    study.keyImageNotes[{k.sopInstanceUid, k.frame}] = k.note;
            }
    if (auto repo = cache.value()->service()->measurements(); repo.ok()) {
        if (auto rows = repo.value()->measurements(study.studyUid); rows.ok())
            study.measurements = std::move(rows).value();
        for (const auto &state : study.presentationStates)
            if (auto own = repo.value()->reportImported(state->sopInstanceUid()); own.ok() && own.value())
                study.ownPresentationStates.insert(state->sopInstanceUid());
    }
    // The prior (see LoadedStudy::priorStudyUid). A study of reports only has no images to compare.
    if (study.stacks.empty())
        return;
    const dicom::DicomHeader &h = study.firstHeader(0);
    if (h.patientId.isEmpty())
        return;
    store::StudyQuery query;
    query.patientId = h.patientId;
    query.limit = 1000;
    auto page = cache.value()->searchStudies(query);
    if (!page.ok())
        return;
    QSet<QString> modalities;
    for (const dicom::Stack &stack : study.stacks)
        modalities.insert(stack.modality.trimmed().toUpper());
    const QString current = h.studyDate + h.studyTime;
    QString sameKind, anyKind, sameWhen, anyWhen;
    for (const store::StudyRecord &s : page.value().studies) {
        const QString when = s.studyDate + s.studyTime;
        if (s.studyInstanceUid == study.studyUid || s.patientId != h.patientId || when >= current)
            continue;
        bool images = false, shared = false;
        for (const QString &m : s.modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
            const QString modality = m.trimmed().toUpper();
            if (!kNoImageModalities.contains(modality))
                images = true;
            if (modalities.contains(modality))
                shared = true;
        }
        if (!images)
            continue;
        if (shared && (sameKind.isEmpty() || when > sameWhen)) {
            sameKind = s.studyInstanceUid;
            sameWhen = when;
        }
        if (anyKind.isEmpty() || when > anyWhen) {
            anyKind = s.studyInstanceUid;
            anyWhen = when;
        }
    }
    study.priorStudyUid = sameKind.isEmpty() ? anyKind : sameKind;
    study.priorSharesModality = !sameKind.isEmpty();
}

Error StudyLoader::execute()
{
    auto study = std::make_shared<LoadedStudy>();
    study->dataDir = m_dataDir;
    study->subject = m_subject;
    QStringList files;
    if (!m_studyUid.isEmpty()) {
        reportProgress({0, 0, tr("Finding the study's files")});
        auto cache = store::LocalCache::open(m_dataDir);
        if (!cache.ok())
            return cache.error();
        auto instances = cache.value()->studyInstances(m_studyUid);
        if (!instances.ok())
            return instances.error();
        for (const store::InstanceRecord &i : instances.value())
            files << i.filePath;
        if (files.isEmpty())
            return Error(ErrorCode::NotFound, m_subject, tr("the study has no stored files"));
        // Bookkeeping that is not worth failing the reading over: read in the worklist (markOpened
        // also records the access for eviction), or for a prior only the access.
        if (m_marksRead) {
            if (auto worklist = cache.value()->service()->worklist(); worklist.ok())
                (void)worklist.value()->markOpened(m_studyUid);
        } else {
            (void)cache.value()->touch(m_studyUid);
        }
    } else {
        files = dicom::listFiles(m_paths);
    }
    reportProgress({0, qint64(files.size()), tr("Reading headers")});
    auto scan = dicom::scanFiles(files, token());
    if (token().isCancelled())
        return Error(ErrorCode::Cancelled, m_subject, tr("loading cancelled"));
    for (const Error &e : scan.failures)
        if (e.code != ErrorCode::NotDicom)  // a README or a viewer program on a CD: not worth a word
            study->problems << e.message();
    study->headers = std::move(scan.headers);
    // Presentation states and key object selections (no pixels: no stack of their own) are read
    // whole now: a few kilobytes each.
    QHash<QString, QString> withdrawn;   // SOP Instance UID → the rejection note's title
    for (const dicom::DicomHeader &h : study->headers) {
        if (h.sopClassUid == QLatin1String(measure::kGrayscalePresentationStateClass)) {
            auto state = measure::PresentationState::read(h.path);
            if (state.ok())
                study->presentationStates.push_back(std::move(state).value());
            else
                study->problems << state.error().message();
        } else if (h.rejection) {
            // IHE rejection notes withdraw images (wrong patient, bad quality): never shown. The
            // header reader gives what a note withdraws, as it gives the cache's index.
            for (const QString &uid : h.rejection->instances)
                withdrawn.insert(uid, h.rejection->meaning);
        }
    }
    if (!withdrawn.isEmpty()) {
        const auto before = study->headers.size();
        QString reason;
        std::erase_if(study->headers, [&](const dicom::DicomHeader &h) {
            const auto it = withdrawn.constFind(h.sopInstanceUid);
            if (it != withdrawn.constEnd() && reason.isEmpty())
                reason = *it;
            return it != withdrawn.constEnd();
        });
        study->withdrawn = int(before - study->headers.size());
        if (study->withdrawn > 0)
            study->problems << tr("%1 images withdrawn by a rejection note (%2): not shown").arg(study->withdrawn).arg(reason);
    }
    for (dicom::Stack &s : dicom::buildStacks(study->headers))
        study->stacks.push_back(std::move(s));
    study->documents = measure::studyDocuments(study->headers);
    // What the reports mark on the images (a CAD report is tens of kilobytes): read whole now.
    for (const measure::StudyDocument &d : study->documents) {
        if (!measure::mayMarkImages(d.sopClassUid))
            continue;
        auto marks = measure::readReportMarks(d.path);
        if (!marks.ok())
            continue;   // the documents window names it when it is opened
        if (marks.value().marks.empty() || (marks.value().measurementReport && !m_studyUid.isEmpty()))
            continue;
        study->reportMarks.push_back(std::make_shared<const measure::ReportMarks>(std::move(marks).value()));
    }
    if (study->stacks.empty() && study->documents.empty()) {
        if (!scan.failures.empty())
            return scan.failures.front();
        return Error(ErrorCode::NotFound, m_subject,
                     study->withdrawn > 0 ? study->problems.last() : tr("no images that the viewer can show were found"));
    }
    study->studyUid = !m_studyUid.isEmpty()     ? m_studyUid
                      : study->stacks.empty() ? study->documents.front().studyInstanceUid
                                              : study->firstHeader(0).studyInstanceUid;
    if (!m_cacheDir.isEmpty())
        lookUp(*study);
    m_study = std::move(study);
    return {};
}

} // namespace strata::ui
