// `strata demo`: what `make run` shows when there is no display. Writes the sample study into
// the data directory (once), reads it back, builds its volume and reports what it finds.
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace strata::cli {

int demoCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(args);
    const QString folder = paths::dataDir() + QStringLiteral("/sample-study");
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(folder + QStringLiteral("/phantom.json"))) {
        out << "Writing the sample study to " << folder << " ...\n";
        out.flush();
        auto written = dicom::writePhantom(dicom::PhantomSpec{}, folder);
        if (!written.ok()) {
            err << "strata demo: " << written.error().message() << "\n";
            return 1;
        }
        // And its PET (the same study and frame of reference), to be fused over it.
        dicom::PhantomSpec pet = dicom::PhantomSpec::pet();
        pet.studyInstanceUid = written.value().studyInstanceUid;
        pet.frameOfReferenceUid = written.value().frameOfReferenceUid;
        if (auto petWritten = dicom::writePhantom(pet, folder + QStringLiteral("/pet")); !petWritten.ok()) {
            err << "strata demo: " << petWritten.error().message() << "\n";
            return 1;
        }
    }
    QStringList files = dicom::listFiles({folder});
    // The phantoms' truth, not images.
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return f.endsWith(QStringLiteral("/phantom.json")); }),
                files.end());
    const auto scan = dicom::scanFiles(files);
    for (const Error &e : scan.failures)
        err << "strata demo: " << e.message() << "\n";
    const auto stacks = dicom::buildStacks(scan.headers);
    // The CT: the largest volume (the PET beside it has fewer slices).
    const auto largest = std::max_element(stacks.begin(), stacks.end(), [](const dicom::Stack &a, const dicom::Stack &b) {
        return (a.isVolume() ? a.slices.size() : 0) < (b.isVolume() ? b.slices.size() : 0);
    });
    if (largest == stacks.end() || !largest->isVolume()) {
        err << "strata demo: the sample study in " << folder << " holds no volume\n";
        return 1;
    }
    const dicom::Stack &stack = *largest;
    const qint64 scanMs = timer.restart();
    auto volume = dicom::loadVolume(stack, scan.headers);
    if (!volume.ok()) {
        err << "strata demo: " << volume.error().message() << "\n";
        return 1;
    }
    const qint64 loadMs = timer.elapsed();
    const dicom::Volume &v = volume.value();
    const dicom::DicomHeader &first = scan.headers[std::size_t(stack.slices.front().header)];
    out << "Patient " << first.patientName.display() << " (" << first.patientId << "), " << first.studyDescription << "\n";
    out << "Series " << stack.seriesNumber << " \"" << stack.seriesDescription << "\": " << stack.slices.size()
        << " slices, " << (stack.issues.empty() ? "regular volume" : "irregular geometry") << "\n";
    out << "Volume " << v.dimensions[0] << "×" << v.dimensions[1] << "×" << v.dimensions[2] << " voxels of "
        << v.spacing[0] << "×" << v.spacing[1] << "×" << v.spacing[2] << " mm, headers read in " << scanMs
        << " ms, volume built in " << loadMs << " ms\n";
    // The lesions are the known right answer: sample the volume at each centre.
    dicom::PhantomSpec spec;
    for (const dicom::PhantomLesion &l : dicom::phantomLesions(spec)) {
        const double i = (l.centerMm[0] - v.origin[0]) / v.spacing[0];
        const double j = (l.centerMm[1] - v.origin[1]) / v.spacing[1];
        const double k = (l.centerMm[2] - v.origin[2]) / v.spacing[2];
        const int ii = int(std::lround(i)), jj = int(std::lround(j)), kk = int(std::lround(k));
        if (ii < 0 || jj < 0 || kk < 0 || ii >= v.dimensions[0] || jj >= v.dimensions[1] || kk >= v.dimensions[2])
            continue;
        out << "  lesion " << l.name << " (" << l.diameterMm << " mm, " << l.hu << " HU): voxel value "
            << v.at(ii, jj, kk) << " HU\n";
    }
    for (const dicom::Stack &other : stacks)
        if (&other != &stack && other.modality == QLatin1String("PT"))
            out << "Series " << other.seriesNumber << " \"" << other.seriesDescription << "\": " << other.slices.size()
                << " PET slices of the same frame of reference (View → Fusion fuses them over the CT)\n";
    out << "Open it in the viewer with `make run` on a machine with a display.\n";
    return 0;
}

} // namespace strata::cli
