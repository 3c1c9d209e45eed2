#include <strata/ui/DocumentsDialog.h>
#include <strata/ui/WaveformView.h>

#include <strata/core/Executors.h>
#include <strata/store/AuditLog.h>

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
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
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace strata::ui {

namespace {

/// What a document looks like once read: HTML or text for the browser, or a PDF (its bytes and
/// each page's size in pixels: its pages are rendered as they come into view).
struct Rendered {
    QString html;
    QString text;
    std::shared_ptr<const QByteArray> pdf;
    std::vector<QSize> pageSizes;
    std::shared_ptr<const measure::Waveform> waveform;
    QString error;
};

constexpr int kPageWidth = 1000;   ///< pixels across a rendered PDF page
constexpr int kHeldAround = 4;     ///< pages kept rendered before and after those in view
constexpr int kMostPages = 10000;  ///< pages a document may have to be shown

/// PDFium keeps global state: one document at a time in this process (two opened quickly after
/// each other render on two pool threads).
QMutex &pdfium()
{
    static QMutex mutex;
    return mutex;
}

QSize pagePixels(const QSizeF &points)
{
    if (points.width() <= 0 || points.height() <= 0)
        return QSize(kPageWidth, kPageWidth * 297 / 210);   // an unreadable size: as A4
    return QSize(kPageWidth, std::clamp(int(kPageWidth * points.height() / points.width()), 1, 20 * kPageWidth));
}

Rendered renderDocument(const measure::StudyDocument &d)
{
    Rendered r;
    if (d.kind == dicom::DocumentKind::Waveform) {
        auto waveform = measure::readWaveform(d.path);
        if (waveform.ok())
            r.waveform = std::make_shared<const measure::Waveform>(std::move(waveform).value());
        else
            r.error = waveform.error().message();
        return r;
    }
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
    auto bytes = std::make_shared<QByteArray>(std::move(document.value().bytes));
    const QMutexLocker lock(&pdfium());
    QBuffer buffer(bytes.get());
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready) {
        r.error = QCoreApplication::translate("strata::ui::DocumentsDialog", "%1: the PDF cannot be read (error %2)")
                      .arg(d.path)
                      .arg(int(pdf.error()));
        return r;
    }
    if (pdf.pageCount() > kMostPages) {
        r.error = QCoreApplication::translate("strata::ui::DocumentsDialog", "%1: the PDF has %2 pages, more than the %3 shown here (Save As… to read it elsewhere)")
                      .arg(d.path).arg(pdf.pageCount()).arg(kMostPages);
        return r;
    }
    for (int page = 0; page < pdf.pageCount(); ++page)
        r.pageSizes.push_back(pagePixels(pdf.pagePointSize(page)));
    r.pdf = std::move(bytes);
    return r;
}

/// The pages `wanted` of `pdf`, each on white paper (PDFium leaves what a page does not paint
/// transparent); a page that cannot be rendered stays null.
std::vector<std::pair<int, QImage>> renderPages(const std::shared_ptr<const QByteArray> &bytes, const std::vector<int> &wanted)
{
    std::vector<std::pair<int, QImage>> out;
    const QMutexLocker lock(&pdfium());
    QByteArray copy = *bytes;   // QBuffer wants a mutable array; the copy shares the data
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    for (int page : wanted) {
        QImage paper;
        if (pdf.status() == QPdfDocument::Status::Ready && page < pdf.pageCount()) {
            const QSize pixels = pagePixels(pdf.pagePointSize(page));
            const QImage rendered = pdf.render(page, pixels);
            if (!rendered.isNull()) {
                paper = QImage(pixels, QImage::Format_RGB32);
                paper.fill(Qt::white);
                QPainter painter(&paper);
                painter.drawImage(0, 0, rendered);
            }
        }
        out.emplace_back(page, std::move(paper));
    }
    return out;
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
    m_scroll = new QScrollArea(m_views);
    m_scroll->setObjectName(QStringLiteral("pdfView"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pagesWidget = new QWidget(m_scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesWidget);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_pagesWidget);
    m_views->addWidget(m_scroll);
    m_views->addWidget(makeWaveformPage());
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentsDialog::scheduleRendering);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &DocumentsDialog::scheduleRendering);
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
    m_pageLabels.clear();
    m_pdf.reset();
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_report->clear();
    m_waveform->setWaveform(nullptr);
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
        if (r.waveform) {
            m_waveform->setWaveform(r.waveform);
            const QSignalBlocker blockGroups(m_groups);
            m_groups->clear();
            for (std::size_t g = 0; g < r.waveform->groups.size(); ++g) {
                const measure::WaveformGroup &group = r.waveform->groups[g];
                m_groups->addItem(tr("%1 (%2 s)").arg(group.label.isEmpty() ? tr("Group %1").arg(g + 1) : group.label,
                                                      QString::number(group.durationSeconds(), 'f', 1)));
            }
            m_groups->setEnabled(r.waveform->groups.size() > 1);
            showWaveformLayout();   // the view keeps the speed and gain chosen
            m_views->setCurrentWidget(m_waveformPage);
            m_status->setText(m_documents[std::size_t(row)].label());
        } else if (!r.html.isEmpty() || !r.text.isEmpty()) {
            if (!r.html.isEmpty())
                m_report->setHtml(r.html);
            else
                m_report->setPlainText(r.text);
            m_views->setCurrentWidget(m_report);
            m_status->setText(m_documents[std::size_t(row)].label());
        } else {
            // A sheet of the page's size for every page; pages are rendered as they come into view.
            for (const QSize &size : r.pageSizes) {
                auto *label = new QLabel(m_pagesWidget);
                label->setFixedSize(size);
                label->setStyleSheet(QStringLiteral("background: #d0d0d0;"));
                m_pagesLayout->addWidget(label);
                m_pageLabels.push_back(label);
            }
            m_pages.assign(r.pageSizes.size(), QImage());
            m_pdf = std::move(r.pdf);
            m_views->setCurrentIndex(1);
            m_scroll->verticalScrollBar()->setValue(0);
            m_status->setText(tr("%n page(s)", nullptr, int(m_pages.size())));
            scheduleRendering();
        }
        m_save->setEnabled(true);
        emit documentShown(row);
    });
}

QWidget *DocumentsDialog::makeWaveformPage()
{
    m_waveformPage = new QWidget(m_views);
    m_waveformPage->setObjectName(QStringLiteral("waveformPage"));
    auto *layout = new QVBoxLayout(m_waveformPage);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    auto addChoice = [&](const QString &label, QComboBox *&box, const QString &name) {
        auto *l = new QLabel(label, m_waveformPage);
        box = new QComboBox(m_waveformPage);
        box->setObjectName(name);
        l->setBuddy(box);
        controls->addWidget(l);
        controls->addWidget(box);
    };
    addChoice(tr("&Group:"), m_groups, QStringLiteral("waveformGroup"));
    addChoice(tr("&Layout:"), m_layouts, QStringLiteral("waveformLayout"));
    m_layouts->addItem(tr("12-lead sheet (3 × 4 + rhythm)"));
    m_layouts->addItem(tr("Every lead, whole recording"));
    addChoice(tr("&Speed:"), m_speeds, QStringLiteral("waveformSpeed"));
    for (double v : {12.5, 25.0, 50.0, 100.0})
        m_speeds->addItem(tr("%1 mm/s").arg(v), v);
    m_speeds->setCurrentIndex(1);
    addChoice(tr("G&ain:"), m_gains, QStringLiteral("waveformGain"));
    for (double v : {2.5, 5.0, 10.0, 20.0, 40.0})
        m_gains->addItem(tr("%1 mm/mV").arg(v), v);
    m_gains->setCurrentIndex(2);
    m_marks = new QCheckBox(tr("&Marks"), m_waveformPage);
    m_marks->setObjectName(QStringLiteral("waveformMarks"));
    m_marks->setToolTip(tr("The points the device marked: P, QRS and T onsets and offsets"));
    controls->addWidget(m_marks);
    m_calipers = new QLabel(m_waveformPage);
    m_calipers->setObjectName(QStringLiteral("waveformCalipers"));
    controls->addWidget(m_calipers, 1);
    layout->addLayout(controls);
    auto *scroll = new QScrollArea(m_waveformPage);
    scroll->setObjectName(QStringLiteral("waveformScroll"));
    m_waveform = new WaveformView(scroll);
    scroll->setWidget(m_waveform);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    connect(m_groups, &QComboBox::currentIndexChanged, this, [this](int g) {
        m_waveform->setGroup(g);
        showWaveformLayout();
    });
    connect(m_layouts, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_waveform->setLayout(i == 0 ? WaveformView::Layout::Standard : WaveformView::Layout::Stacked); });
    connect(m_speeds, &QComboBox::currentIndexChanged, this, [this] { m_waveform->setSpeed(m_speeds->currentData().toDouble()); });
    connect(m_gains, &QComboBox::currentIndexChanged, this, [this] { m_waveform->setGain(m_gains->currentData().toDouble()); });
    connect(m_waveform, &WaveformView::calipersChanged, m_calipers, &QLabel::setText);
    connect(m_marks, &QCheckBox::toggled, m_waveform, &WaveformView::setMarksShown);
    return m_waveformPage;
}

void DocumentsDialog::showWaveformLayout()
{
    // The sheet is offered only for a group of the twelve leads.
    const QSignalBlocker block(m_layouts);
    m_layouts->setCurrentIndex(m_waveform->layout() == WaveformView::Layout::Standard ? 0 : 1);
    m_layouts->setEnabled(m_waveform->canShowStandard());
}

int DocumentsDialog::renderedPages() const
{
    return int(std::count_if(m_pages.begin(), m_pages.end(), [](const QImage &page) { return !page.isNull(); }));
}

void DocumentsDialog::scheduleRendering()
{
    if (m_renderQueued || !m_pdf)
        return;
    m_renderQueued = true;
    // After the layout has placed the pages (and once for a burst of scroll events).
    QTimer::singleShot(0, this, [this] {
        m_renderQueued = false;
        renderVisiblePages();
    });
}

void DocumentsDialog::renderVisiblePages()
{
    if (!m_pdf || m_pageLabels.empty())
        return;
    if (m_rendering) {
        m_renderAgain = true;
        return;
    }
    // The pages in view: those whose sheet meets the viewport (the first before any layout).
    const int top = m_scroll->verticalScrollBar()->value();
    const int bottom = top + std::max(1, m_scroll->viewport()->height());
    int first = -1, last = -1;
    for (int i = 0; i < int(m_pageLabels.size()); ++i) {
        const QRect g = m_pageLabels[std::size_t(i)]->geometry();
        if (g.bottom() >= top && g.top() < bottom) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first < 0)
        first = last = 0;
    // Far from the view: dropped (a sheet again).
    for (int i = 0; i < int(m_pages.size()); ++i)
        if (!m_pages[std::size_t(i)].isNull() && (i < first - kHeldAround || i > last + kHeldAround)) {
            m_pages[std::size_t(i)] = QImage();
            m_pageLabels[std::size_t(i)]->setPixmap(QPixmap());
        }
    // In view first, then the next and the one before.
    std::vector<int> wanted;
    for (int i = first; i <= last; ++i)
        wanted.push_back(i);
    for (int i : {last + 1, last + 2, first - 1})
        if (i >= 0 && i < int(m_pages.size()))
            wanted.push_back(i);
    wanted.erase(std::remove_if(wanted.begin(), wanted.end(), [this](int i) { return !m_pages[std::size_t(i)].isNull(); }), wanted.end());
    if (wanted.empty())
        return;
    m_rendering = true;
    const int request = m_request;
    runThen(this, Executor::Interactive, [pdf = m_pdf, wanted] { return renderPages(pdf, wanted); },
            [this, request](const std::vector<std::pair<int, QImage>> &pages) {
                m_rendering = false;
                if (request == m_request) {   // else another document is shown now
                    for (const auto &[page, image] : pages)
                        if (page < int(m_pages.size()) && !image.isNull()) {
                            m_pages[std::size_t(page)] = image;
                            m_pageLabels[std::size_t(page)]->setPixmap(QPixmap::fromImage(image));
                        }
                    emit pagesRendered();
                }
                if (std::exchange(m_renderAgain, false))
                    scheduleRendering();
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
    if (d.kind == dicom::DocumentKind::Waveform && m_waveform->waveform()) {
        // The group shown: its samples, or the sheet as it is on screen.
        if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!m_waveform->grab().toImage().save(&buffer, "PNG"))
                why = tr("%1: the picture could not be made").arg(path);
        } else {
            bytes = measure::waveformCsv(m_waveform->waveform()->groups[std::size_t(m_waveform->group())]).toUtf8();
        }
    } else if (auto document = measure::documentFileBytes(d.path, d.kind); document.ok())
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
    const QString filter = html                                        ? tr("HTML (*.html)")
                           : d.kind == dicom::DocumentKind::Pdf        ? tr("PDF (*.pdf)")
                           : d.kind == dicom::DocumentKind::Waveform   ? tr("CSV (*.csv);;PNG image (*.png)")
                                                                       : tr("XML (*.xml)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Document"), QString(), filter);
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace strata::ui
