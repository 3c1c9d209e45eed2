#include <strata/ui/DocumentsDialog.h>

#include <strata/core/Executors.h>
#include <strata/store/AuditLog.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMutex>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace strata::ui {

namespace {

/// What a document looks like once read: HTML or text for the browser, or a PDF's pages.
struct Rendered {
    QString html;
    QString text;
    std::vector<QImage> pages;
    int pageCount = 0;
    QString error;
};

constexpr int kPageWidth = 1000;   ///< pixels across a rendered PDF page
constexpr int kMostPages = 50;     ///< pages rendered at most (the rest: Save As…)

Rendered renderDocument(const measure::StudyDocument &d)
{
    Rendered r;
    if (d.kind == dicom::DocumentKind::StructuredReport) {
        auto html = measure::structuredReportHtml(d.path);
        if (html.ok())
            r.html = html.value();
        else
            r.error = html.error().message();
        return r;
    }
    auto document = measure::encapsulatedDocument(d.path);
    if (!document.ok()) {
        r.error = document.error().message();
        return r;
    }
    if (d.kind == dicom::DocumentKind::Cda) {
        r.text = QString::fromUtf8(document.value().bytes);
        return r;
    }
    // PDFium keeps global state: one document at a time in this process (two opened quickly
    // after each other render on two pool threads).
    static QMutex pdfium;
    const QMutexLocker lock(&pdfium);
    QBuffer buffer(&document.value().bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready) {
        r.error = QCoreApplication::translate("strata::ui::DocumentsDialog", "%1: the PDF cannot be read (error %2)")
                      .arg(d.path)
                      .arg(int(pdf.error()));
        return r;
    }
    r.pageCount = pdf.pageCount();
    for (int page = 0; page < std::min(r.pageCount, kMostPages); ++page) {
        const QSizeF points = pdf.pagePointSize(page);
        if (points.width() <= 0 || points.height() <= 0)
            continue;
        const QSize pixels(kPageWidth, std::max(1, int(kPageWidth * points.height() / points.width())));
        const QImage rendered = pdf.render(page, pixels);
        if (rendered.isNull())
            continue;
        // PDFium leaves what the page does not paint transparent: it lies on white paper.
        QImage paper(pixels, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, rendered);
        painter.end();
        r.pages.push_back(std::move(paper));
    }
    return r;
}

} // namespace

DocumentsDialog::DocumentsDialog(std::vector<measure::StudyDocument> documents, QString dataDir, QWidget *parent)
    : QDialog(parent), m_documents(std::move(documents)), m_dataDir(std::move(dataDir))
{
    setWindowTitle(tr("Reports and Documents"));
    setObjectName(QStringLiteral("documentsDialog"));
    resize(1100, 800);
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("documentList"));
    for (const measure::StudyDocument &d : m_documents)
        m_list->addItem(d.label());
    m_views = new QStackedWidget(split);
    m_report = new QTextBrowser(m_views);
    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setOpenLinks(false);   // dcmsr's links point at a web server that is not there
    m_views->addWidget(m_report);
    auto *scroll = new QScrollArea(m_views);
    scroll->setObjectName(QStringLiteral("pdfView"));
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    m_pagesWidget = new QWidget(scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesWidget);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setWidget(m_pagesWidget);
    m_views->addWidget(scroll);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_save = new QPushButton(tr("Save As…"), this);
    m_save->setObjectName(QStringLiteral("saveDocument"));
    m_save->setEnabled(false);
    bottom->addWidget(m_save);
    auto *close = new QPushButton(tr("Close"), this);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAs(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentsDialog::showDocument);
    if (!m_documents.empty())
        m_list->setCurrentRow(0);
}

QString DocumentsDialog::statusText() const { return m_status->text(); }

void DocumentsDialog::showDocument(int row)
{
    if (row < 0 || row >= int(m_documents.size()))
        return;
    const int request = ++m_request;
    m_save->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(m_documents[std::size_t(row)].label()));
    m_pages.clear();
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_report->clear();
    const measure::StudyDocument document = m_documents[std::size_t(row)];
    runThen(this, Executor::Interactive, [document] { return renderDocument(document); }, [this, request, row](Rendered r) {
        if (request != m_request)
            return;   // another document was chosen meanwhile
        if (!r.error.isEmpty()) {
            m_views->setCurrentWidget(m_report);
            m_status->setText(r.error);
            emit documentShown(row);
            return;
        }
        if (!r.html.isEmpty() || !r.text.isEmpty()) {
            if (!r.html.isEmpty())
                m_report->setHtml(r.html);
            else
                m_report->setPlainText(r.text);
            m_views->setCurrentWidget(m_report);
            m_status->setText(m_documents[std::size_t(row)].label());
        } else {
            for (const QImage &page : r.pages) {
                auto *label = new QLabel(m_pagesWidget);
                label->setPixmap(QPixmap::fromImage(page));
                m_pagesLayout->addWidget(label);
            }
            m_pages = std::move(r.pages);
            m_views->setCurrentIndex(1);
            m_status->setText(int(m_pages.size()) < r.pageCount
                                  ? tr("%1 pages; the first %2 shown (Save As… for all)").arg(r.pageCount).arg(m_pages.size())
                                  : tr("%n page(s)", nullptr, r.pageCount));
        }
        m_save->setEnabled(true);
        emit documentShown(row);
    });
}

bool DocumentsDialog::saveTo(const QString &path)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_documents.size()))
        return false;
    const measure::StudyDocument &d = m_documents[std::size_t(row)];
    QByteArray bytes;
    QString why;
    if (auto document = measure::documentFileBytes(d.path, d.kind); document.ok())
        bytes = std::move(document).value();
    else
        why = document.error().message();
    if (why.isEmpty()) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            why = QStringLiteral("%1: %2").arg(path, f.errorString());
    }
    // The document leaves the cache with the patient's identity in it.
    store::audit({QStringLiteral("document-export"), d.studyInstanceUid, why.isEmpty() ? QStringLiteral("success") : QStringLiteral("failure"),
                  path, why.isEmpty() ? QStringLiteral("document %1, %2 bytes").arg(d.sopInstanceUid).arg(bytes.size())
                                      : QStringLiteral("document %1: %2").arg(d.sopInstanceUid, why)},
                 m_dataDir);
    m_status->setText(why.isEmpty() ? tr("Saved %1").arg(path) : why);
    return why.isEmpty();
}

void DocumentsDialog::saveAs()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_documents.size()))
        return;
    const measure::StudyDocument &d = m_documents[std::size_t(row)];
    const bool html = d.kind == dicom::DocumentKind::StructuredReport;
    const QString filter = html ? tr("HTML (*.html)") : d.kind == dicom::DocumentKind::Pdf ? tr("PDF (*.pdf)") : tr("XML (*.xml)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Document"), QString(), filter);
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace strata::ui
