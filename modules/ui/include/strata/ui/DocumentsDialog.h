#pragma once
/// View → Reports and Documents…: the structured reports and encapsulated PDF documents of the
/// open study (a prior's report, a scanned request, an outside report on a CD), listed oldest
/// first; an SR is shown as dcmsr renders it, a PDF page by page (Qt PDF). Reading and rendering
/// run off the GUI thread. "Save As…" writes the document (the PDF itself, an SR as HTML) and is
/// recorded in the audit log.
#include <strata/measure/Documents.h>

#include <QDialog>
#include <QImage>

#include <vector>

class QLabel;
class QListWidget;
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
    /// The rendered PDF pages, top to bottom (empty for an SR or before rendering ended).
    const std::vector<QImage> &pages() const { return m_pages; }
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

private:
    void saveAs();

    std::vector<measure::StudyDocument> m_documents;
    QString m_dataDir;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_views = nullptr;
    QTextBrowser *m_report = nullptr;
    QWidget *m_pagesWidget = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    std::vector<QImage> m_pages;
    int m_request = 0;   ///< the latest showDocument(); older results are dropped
};

} // namespace strata::ui
