#pragma once
/// View → Reports and Documents…: the structured reports, encapsulated PDF documents and
/// waveforms of the open study (a prior's report, a scanned request, an outside report on a CD,
/// the patient's ECG), listed oldest first; an SR is shown as dcmsr renders it, a PDF page by page
/// (Qt PDF), a waveform on its paper grid (WaveformView: speed, gain, the 12-lead sheet, its
/// groups, calipers). Reading and rendering run off the GUI thread. "Save As…" writes the
/// document (the PDF itself, an SR as HTML, a waveform as CSV or as the picture shown) and is
/// recorded in the audit log.
#include <strata/measure/Documents.h>

#include <QDialog>
#include <QImage>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace strata::ui {

class WaveformView;

class DocumentsDialog : public QDialog {
    Q_OBJECT
public:
    /// `dataDir`: the cache whose audit log records a save (empty: the default data folder).
    DocumentsDialog(std::vector<measure::StudyDocument> documents, QString dataDir, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTextBrowser *reportView() const { return m_report; }
    /// The waveform shown (its view visible when the document is a waveform).
    WaveformView *waveformView() const { return m_waveform; }
    /// The waveform page's choices: multiplex group, layout, paper speed, gain.
    QComboBox *waveformGroups() const { return m_groups; }
    QComboBox *waveformLayouts() const { return m_layouts; }
    QComboBox *waveformSpeeds() const { return m_speeds; }
    QComboBox *waveformGains() const { return m_gains; }
    QCheckBox *waveformMarks() const { return m_marks; }
    /// The PDF's pages, top to bottom: those rendered (in view or near it) as images, the others
    /// null — pages are rendered as the reader scrolls to them, and dropped again far from the
    /// view, so that a record of hundreds of scanned pages is whole and costs a few pages' memory.
    /// Empty for an SR or before the PDF was read.
    const std::vector<QImage> &pages() const { return m_pages; }
    /// How many pages are held rendered now.
    int renderedPages() const;
    /// The scroll area the pages lie in.
    QScrollArea *pageArea() const { return m_scroll; }
    /// The state line under the view: "Page 1 of 2", or why the document cannot be shown.
    QString statusText() const;
    /// Writes the shown document to `path` (a PDF as it is stored; an SR as HTML; a waveform's
    /// shown group as CSV, or as the picture shown when `path` ends in .png); false and the reason
    /// in statusText() on failure. Audited (document-export).
    bool saveTo(const QString &path);

public slots:
    void showDocument(int row);

signals:
    /// The document in `row` is on screen (or its failure is in statusText()).
    void documentShown(int row);
    /// Pages of the PDF shown were rendered (as they came into view).
    void pagesRendered();

private:
    void saveAs();
    /// Renders (off the GUI thread) the pages in view and next to it that are not rendered yet,
    /// and drops those far from it; queued while a batch runs.
    void renderVisiblePages();
    void scheduleRendering();
    QWidget *makeWaveformPage();
    /// The layout choice as the waveform view has it (and whether its sheet can be chosen).
    void showWaveformLayout();

    std::vector<measure::StudyDocument> m_documents;
    QString m_dataDir;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_views = nullptr;
    QTextBrowser *m_report = nullptr;
    QWidget *m_pagesWidget = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_waveformPage = nullptr;
    WaveformView *m_waveform = nullptr;
    QComboBox *m_groups = nullptr, *m_layouts = nullptr, *m_speeds = nullptr, *m_gains = nullptr;
    QCheckBox *m_marks = nullptr;
    QLabel *m_calipers = nullptr;
    std::vector<QImage> m_pages;
    std::vector<QLabel *> m_pageLabels;
    std::shared_ptr<const QByteArray> m_pdf;   ///< the shown PDF, its pages rendered from it as they come into view
    bool m_rendering = false, m_renderAgain = false, m_renderQueued = false;
    int m_request = 0;   ///< the latest showDocument(); older results are dropped
};

} // namespace strata::ui
