#pragma once
/// View → Reports and Documents…: the structured reports and encapsulated PDF documents of the
/// open study (a prior's report, a scanned request, an outside report on a CD), listed oldest
/// first; an SR is shown as dcmsr renders it, a PDF page by page (Qt PDF). Reading and rendering
/// run off the GUI thread. "Save As…" writes the document (the PDF itself, an SR as HTML) and is
/// recorded in the audit log.
#include <strata/measure/Documents.h>

#include <QDialog>
#include <QImage>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QScrollArea;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace strata::ui {

class DocumentsDialog : public QDialog {
    Q_OBJECT
public:
    /// `dataDir`: the cache whose audit log records a save (empty: the default data folder).
    DocumentsDialog(std::vector<measure::StudyDocument> documents, QString dataDir, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTextBrowser *reportView() const { return m_report; }
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
    /// Writes the shown document to `path` (a PDF as it is stored; an SR as HTML); false and the
    /// reason in statusText() on failure. Audited (document-export).
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
    std::vector<QImage> m_pages;
    std::vector<QLabel *> m_pageLabels;
    std::shared_ptr<const QByteArray> m_pdf;   ///< the shown PDF, its pages rendered from it as they come into view
    bool m_rendering = false, m_renderAgain = false, m_renderQueued = false;
    int m_request = 0;   ///< the latest showDocument(); older results are dropped
};

} // namespace strata::ui
