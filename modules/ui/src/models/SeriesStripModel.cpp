#include <strata/ui/models/SeriesStripModel.h>

#include <strata/imaging/SeriesVolume.h>
#include <strata/ui/models/OverlayText.h>

#include <algorithm>

namespace strata::ui {

QString SeriesStripModel::label(const dicom::Stack &stack)
{
    const QString description = stack.seriesDescription.isEmpty() ? tr("(no description)") : stack.seriesDescription;
    QString text = stack.slices.size() == 1
                       ? tr("Se %1: %2\n%3, 1 image").arg(QString::number(stack.seriesNumber), description, stack.modality)
                       : tr("Se %1: %2\n%3, %4 images")
                             .arg(QString::number(stack.seriesNumber), description, stack.modality, QString::number(stack.slices.size()));
    if (stack.volumeCount > 1)
        text += stack.volumeLabel.isEmpty() ? tr(" (%1 of %2)").arg(stack.volumeIndex + 1).arg(stack.volumeCount)
                                            : QStringLiteral(" (%1)").arg(stack.volumeLabel);
    return text;
}

void SeriesStripModel::setStudies(const LoadedStudy *study, const LoadedStudy *prior)
{
    m_entries.clear();
    auto add = [this](const LoadedStudy &s, bool isPrior) {
        for (const dicom::Stack &stack : s.stacks) {
            SeriesStripEntry e;
            e.key = imaging::stackKey(stack);
            e.text = label(stack);
            if (isPrior)
                e.text = tr("Prior %1\n").arg(s.firstHeader(0).studyDate) + e.text;
            QStringList tip;
            // Meant for processing, compressed with loss (a reader must know), then the geometry's issues.
            const auto headerOf = [&](int k) -> const dicom::DicomHeader & { return s.headers[std::size_t(stack.slices[std::size_t(k)].header)]; };
            const int slices = int(stack.slices.size());
            if (std::any_of(stack.slices.begin(), stack.slices.end(),
                            [&](const dicom::SliceRef &slice) { return s.headers[std::size_t(slice.header)].forProcessing; }))
                tip << OverlayText::forProcessingNotice();
            if (const QString lossy = OverlayText::lossyNotice(slices, headerOf); !lossy.isEmpty())
                tip << lossy;
            if (!OverlayText::geometryWarnings(stack).isEmpty())
                for (const QString &m : stack.messages)
                    tip << m.left(1).toUpper() + m.mid(1);
            if (!tip.isEmpty()) {
                e.warning = true;
                e.text = QStringLiteral("⚠ ") + e.text;
                e.toolTip = tip.join(QLatin1Char('\n'));
            }
            if (!stack.slices.empty())
                e.file = s.headers[std::size_t(stack.slices[stack.slices.size() / 2].header)].path;
            e.seriesUid = stack.seriesInstanceUid;
            e.dataDir = s.dataDir;
            e.prior = isPrior;
            m_entries.push_back(std::move(e));
        }
        // The study's reports and documents after its series: a prior's report beside its images.
        for (std::size_t i = 0; i < s.documents.size(); ++i) {
            const measure::StudyDocument &d = s.documents[i];
            SeriesStripEntry e;
            e.key = QStringLiteral("document:") + d.sopInstanceUid;
            e.text = (d.kind == dicom::DocumentKind::Waveform ? tr("Waveform: %1") : tr("Report: %1")).arg(d.label());
            if (isPrior)
                e.text = tr("Prior %1\n").arg(d.date.isEmpty() && !s.stacks.empty() ? s.firstHeader(0).studyDate : d.date) + e.text;
            e.toolTip = tr("Double-click to read it (View → Reports and Documents)");
            e.dataDir = s.dataDir;
            e.prior = isPrior;
            e.document = int(i);
            m_entries.push_back(std::move(e));
        }
    };
    if (study)
        add(*study, false);
    if (study && prior)
        add(*prior, true);
}

int SeriesStripModel::indexOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == key)
            return int(i);
    return -1;
}

} // namespace strata::ui
