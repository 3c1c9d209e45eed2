#pragma once
/// The viewer's measure feature: its menu (the measurement tools, delete, undo, redo, the panel),
/// the study's MeasurementList loaded from and saved to the store in the background, the tools it
/// hands the viewports, the lesion segmentation from a seed (in the background, cancellable), and
/// the measurements panel that jumps to a measurement's image.
#include <strata/core/Executors.h>
#include <strata/core/SerialQueue.h>
#include <strata/store/Records.h>
#include <strata/ui/tools/MeasurementTools.h>

#include <strata/measure/Segmentations.h>

#include <QListWidget>
#include <QObject>
#include <QSet>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QMenu;

namespace strata::ui {

class Viewport;

/// The list of a study's measurements: one row each (kind, value, author); a double click asks to
/// show its image.
class MeasurementPanel : public QListWidget {
    Q_OBJECT
public:
    explicit MeasurementPanel(std::shared_ptr<MeasurementList> list, QWidget *parent = nullptr);

signals:
    void jumpRequested(const QString &uid);

private:
    void refill();
    std::shared_ptr<MeasurementList> m_list;
};

class MeasurementController : public QObject {
    Q_OBJECT
public:
    MeasurementController(QString dataDir, QWidget *parent);

    const std::shared_ptr<MeasurementList> &list() const { return m_list; }
    QMenu *menu() const { return m_menu; }
    MeasurementPanel *panel() const { return m_panel; }

    /// The study whose measurements are shown, with those the cache holds (read by the study's
    /// loader, off the GUI thread); empty: none.
    void setStudy(const QString &studyInstanceUid, const std::vector<store::MeasurementRecord> &stored = {});
    /// A tool of `kind` for a viewport: its measurements name the viewport's image (study, series,
    /// and on native slices the SOP instance and frame), and take their modality, PET scale and
    /// calibration from the series the viewport shows when they are made (the tool stays while
    /// series and studies change under it; an ultrasound series' regions are read once shown).
    /// The lesion tool's click segments from the seed (segmentLesion).
    std::unique_ptr<ToolHandler> makeTool(measure::MeasurementKind kind, Viewport *viewport);
    /// Segments the lesion at `seed` (patient mm) in the volume the viewport's series already holds
    /// (2D or MPR), off the GUI thread; the result becomes a lesion measurement of the list (saved,
    /// undoable) with its mask's outline. Progress, results and failures (no volume yet, the seed
    /// outside it, nothing segmented, a region that leaked) go to statusMessage; nothing is kept on
    /// failure. A new seed replaces one still running. With a box (drawn around the lesion with the
    /// lesion tool) the lesion stays within it (measure::SegmentationOptions::box), and so it does
    /// when widened or narrowed.
    void segmentLesion(Viewport *viewport, const imaging::Vec3 &seed, const std::optional<measure::LesionBox> &box = std::nullopt);
    bool isSegmenting() const { return m_lesionRequest.busy(); }
    /// Adjusts the selected lesion: segments it again from its seed with its interval widened
    /// (factor > 1) or narrowed (< 1) about its middle, in the volume a viewport holds for its
    /// series, off the GUI thread. The result replaces it (same uid: saved with its new mask,
    /// undoable); a region that leaks or nothing segmented leaves it as it was. Measure → Widen
    /// (]) and Narrow ([) Lesion Interval use kWiden and kNarrow.
    void adjustLesion(double factor);
    static constexpr double kWiden = 1.25;
    static constexpr double kNarrow = 0.8;
    /// The viewer's viewports (where adjustLesion looks for the lesion's volume, besides those
    /// makeTool was given).
    void setViewportSource(std::function<std::vector<Viewport *>()> source);
    /// Stops the segmentation running (Esc); its result is dropped.
    void cancelSegmentation();
    /// Measures the segments of `segmentations` and the structures of `structures` that lie on the
    /// viewport's series (its frame of reference, the volume it holds) as lesions: each one's mask
    /// on the series' voxels (measure::segmentMask), volume, RECIST axes, mean and max (SUV and SUL
    /// on a PET), named by its segment — what an AI tool's organs and lesions, or another reader's
    /// SEG, give in mL and mm. Those in `hidden` and those already measured on this series (a lesion
    /// of the same name) are left out. Off the GUI thread; the status line says what was measured.
    void measureSegments(Viewport *viewport, const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                         const std::vector<std::shared_ptr<const measure::StructureSet>> &structures, const QSet<QString> &hidden);
    /// Shows the measurement's image in the viewport when its series is there (its slice; in MPR the
    /// plane it was drawn on: that plane's orientation, through its points); false when not.
    bool showIn(Viewport *viewport, const QString &uid) const;
    /// How the text tool and "Edit Text" ask for a text (default: a dialog); nothing: cancelled.
    void setTextProvider(std::function<std::optional<QString>(const QString &current)> provider) { m_textProvider = std::move(provider); }
    /// Changes the selected text or arrow annotation's text (asks the text provider). Undoable.
    void editSelectedText();
    /// Writes the study's measurements on its images as presentation states (GSPS) into the study
    /// in the cache, with the window each series is shown in (measure::storePresentationStates),
    /// after the saves before it; says how it went (statusMessage, presentationStatesStored).
    void savePresentationStates();
    /// Whether the ultrasound regions of the series' files are read (they are read in the
    /// background when a tool is made for an ultrasound series; until then measurements there use
    /// the image's Pixel Spacing, or none).
    bool ultrasoundRegionsKnown(const QString &file) const { return m_usRegions->count(file) > 0; }

signals:
    /// The user picked a measurement tool: give the viewports makeTool(kind, viewport).
    void toolChosen(strata::measure::MeasurementKind kind);
    void jumpRequested(const QString &uid);
    /// Ultrasound regions of more files were read (measurements made from now on use them).
    void ultrasoundRegionsRead();
    void statusMessage(const QString &text);
    /// A lesion segmentation ended: the new measurement's uid, or empty on failure or cancel.
    void lesionFinished(const QString &uid);
    /// measureSegments is done: the measurements it added (none: nothing to measure, or it failed).
    void segmentsMeasured(const QStringList &uids);
    /// savePresentationStates() stored these states (their SOP Instance UIDs; empty: it failed).
    void presentationStatesStored(const QStringList &uids);

private:
    void startSegmentation(std::shared_ptr<const dicom::Volume> volume, const imaging::Vec3 &seed,
                           const measure::SegmentationOptions &options, const QString &modality,
                           const measure::ImageReference &image, const measure::Measurement *replacing,
                           const measure::PetScale &pet);
    void store(const measure::Measurement &m);
    /// Reads the ultrasound regions of the files of the viewport's series, when it is an
    /// ultrasound series, in the background (those known or being read are not read again).
    void readUltrasoundRegions(Viewport *viewport);
    void unstore(const QString &uid);

    QString m_dataDir;
    QString m_study;
    bool m_loading = false;  ///< the list is being filled from the store: nothing to save
    std::shared_ptr<MeasurementList> m_list;
    QMenu *m_menu = nullptr;
    MeasurementPanel *m_panel = nullptr;
    QAction *m_cancelLesion = nullptr;
    std::function<std::optional<QString>(const QString &)> m_textProvider;
    /// The Sequence of Ultrasound Regions of each file read (by path; empty: the file has none).
    std::shared_ptr<std::map<QString, std::vector<measure::UltrasoundRegion>>> m_usRegions =
        std::make_shared<std::map<QString, std::vector<measure::UltrasoundRegion>>>();
    QSet<QString> m_usReading;   ///< files whose regions are being read
    LatestRequest m_lesionRequest{this, Executor::Jobs};
    /// Saves and removals reach the index in the order they were made (an undo right after an
    /// edit must not be overtaken by it).
    SerialQueue m_writes{this, Executor::Jobs};
    std::function<std::vector<Viewport *>()> m_viewports;
    std::vector<QPointer<Viewport>> m_toolViewports;  ///< those makeTool was given
};

} // namespace strata::ui
