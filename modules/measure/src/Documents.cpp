// A study's documents for a person to read: structured reports rendered by dcmsr, encapsulated
// documents' bytes.
#include <strata/measure/Documents.h>

#include "DcmtkLog.h"
#include "DicomDates.h"
#include "StructuredReports.h"

#include <strata/core/Translate.h>
#include <strata/dicom/Charset.h>
#include <strata/measure/Waveform.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <sstream>

namespace strata::measure {

namespace {

QString tr(const char *text) { return translated({"strata::measure"}, text); }

/// The file as a DICOM data set; an error names the file.
Result<std::unique_ptr<DcmFileFormat>> load(const QString &path)
{
    detail::quietDcmtkWarnings();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, path, tr("no such file"));
    auto file = std::make_unique<DcmFileFormat>();
    if (OFCondition c = file->loadFile(path.toUtf8().constData()); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("not readable as DICOM"), c);
    return file;
}

QString sopClassOf(DcmDataset &data)
{
    OFString v;
    data.findAndGetOFString(DCM_SOPClassUID, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

/// The SR read leniently (detail::readStructuredReport); its messages in this file's context.
Result<std::pair<std::unique_ptr<DcmFileFormat>, std::unique_ptr<DSRDocument>>> readReport(const QString &path)
{
    auto file = load(path);
    if (!file.ok())
        return file.error();
    DcmDataset &data = *file.value()->getDataset();
    const QString sopClass = sopClassOf(data);
    if (dicom::documentKind(sopClass) != dicom::DocumentKind::StructuredReport)
        return Error(ErrorCode::Unsupported, path, tr("not a structured report (%1)").arg(dicom::sopClassName(sopClass)));
    auto doc = std::make_unique<DSRDocument>();
    const size_t flags = DSRTypes::RF_acceptUnknownRelationshipType | DSRTypes::RF_ignoreRelationshipConstraints
                         | DSRTypes::RF_ignoreContentItemErrors | DSRTypes::RF_skipInvalidContentItems;
    if (OFCondition c = doc->read(data, flags); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("not a readable structured report"), c);
    return std::make_pair(std::move(file).value(), std::move(doc));
}

/// What dcmsr wrote, in the document's character set, as text.
QString decoded(const std::string &bytes, DcmDataset &data)
{
    OFString charset;
    data.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    return dicom::decodeText(QByteArray::fromStdString(bytes), QByteArray(charset.c_str()));
}

} // namespace


namespace detail {

Result<std::pair<std::unique_ptr<DcmFileFormat>, std::unique_ptr<DSRDocument>>> readStructuredReport(const QString &path)
{
    return readReport(path);
}

} // namespace detail

QString StudyDocument::label() const
{
    QString kindName;
    switch (kind) {
    case dicom::DocumentKind::StructuredReport:
    case dicom::DocumentKind::Waveform: kindName = dicom::sopClassName(sopClassUid).remove(QStringLiteral(" Storage")); break;
    case dicom::DocumentKind::Pdf: kindName = QStringLiteral("PDF"); break;
    case dicom::DocumentKind::Cda: kindName = QStringLiteral("CDA"); break;
    case dicom::DocumentKind::None: break;
    }
    QString out = title.isEmpty() ? kindName : QStringLiteral("%1 (%2)").arg(title, kindName);
    if (const QString w = detail::dateAndTime(date, time, false); !w.isEmpty())
        out += QStringLiteral(", ") + w;
    return out;
}

std::vector<StudyDocument> studyDocuments(const std::vector<dicom::DicomHeader> &headers)
{
    std::vector<StudyDocument> out;
    for (const dicom::DicomHeader &h : headers) {
        const dicom::DocumentKind kind = dicom::documentKind(h.sopClassUid);
        if (kind == dicom::DocumentKind::None)
            continue;
        StudyDocument d;
        d.path = h.path;
        d.sopInstanceUid = h.sopInstanceUid;
        d.sopClassUid = h.sopClassUid;
        d.studyInstanceUid = h.studyInstanceUid;
        d.kind = kind;
        d.title = h.documentTitle;
        d.date = h.contentDate.isEmpty() ? h.studyDate : h.contentDate;
        d.time = h.contentDate.isEmpty() ? h.studyTime : h.contentTime;
        d.seriesDescription = h.seriesDescription;
        out.push_back(std::move(d));
    }
    std::stable_sort(out.begin(), out.end(), [](const StudyDocument &a, const StudyDocument &b) {
        return std::tie(a.date, a.time) < std::tie(b.date, b.time);
    });
    return out;
}

Result<QString> structuredReportHtml(const QString &path)
{
    auto report = readReport(path);
    if (!report.ok())
        return report.error();
    std::ostringstream html;
    if (OFCondition c = report.value().second->renderHTML(html); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("the structured report cannot be rendered"), c);
    // dcmsr declares the document's character set; the text is Unicode now (UTF-8 when written).
    QString out = decoded(html.str(), *report.value().first->getDataset());
    const QRegularExpressionMatch declared = QRegularExpression(QStringLiteral("charset=[A-Za-z0-9_.:-]+")).match(out);
    if (declared.hasMatch() && declared.capturedStart() < out.indexOf(QLatin1String("</head>")))
        out.replace(declared.capturedStart(), declared.capturedLength(), QStringLiteral("charset=UTF-8"));
    return out;
}

Result<QString> structuredReportText(const QString &path)
{
    auto report = readReport(path);
    if (!report.ok())
        return report.error();
    std::ostringstream text;
    if (OFCondition c = report.value().second->print(text); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("the structured report cannot be printed"), c);
    return decoded(text.str(), *report.value().first->getDataset());
}

QString EncapsulatedDocument::suffix() const
{
    if (mimeType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (mimeType.endsWith(QLatin1String("xml")))
        return QStringLiteral("xml");
    return QStringLiteral("bin");
}

Result<EncapsulatedDocument> encapsulatedDocument(const QString &path)
{
    auto file = load(path);
    if (!file.ok())
        return file.error();
    DcmDataset &data = *file.value()->getDataset();
    const QString sopClass = sopClassOf(data);
    const dicom::DocumentKind kind = dicom::documentKind(sopClass);
    if (kind != dicom::DocumentKind::Pdf && kind != dicom::DocumentKind::Cda)
        return Error(ErrorCode::Unsupported, path, tr("not an encapsulated document (%1)").arg(dicom::sopClassName(sopClass)));
    const Uint8 *bytes = nullptr;
    unsigned long count = 0;
    if (data.findAndGetUint8Array(DCM_EncapsulatedDocument, bytes, &count).bad() || !bytes || count == 0)
        return Error(ErrorCode::Malformed, path, tr("the encapsulated document (0042,0011) is missing or empty"));
    EncapsulatedDocument out;
    OFString mime;
    data.findAndGetOFString(DCM_MIMETypeOfEncapsulatedDocument, mime);
    out.mimeType = QString::fromLatin1(mime.c_str()).trimmed();
    if (out.mimeType.isEmpty())
        out.mimeType = kind == dicom::DocumentKind::Pdf ? QStringLiteral("application/pdf") : QStringLiteral("text/xml");
    // The document's own length when the file gives it (0042,0015), else the value less the
    // padding byte an odd-sized PDF got after its %%EOF.
    Uint32 length = 0;
    if (data.findAndGetUint32(DCM_EncapsulatedDocumentLength, length).good() && length > 0 && length <= count)
        count = length;
    else if (kind == dicom::DocumentKind::Pdf && count > 1 && bytes[count - 1] == 0)
        --count;
    out.bytes = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(count));
    return out;
}

Result<QByteArray> documentFileBytes(const QString &path, dicom::DocumentKind kind)
{
    if (kind == dicom::DocumentKind::StructuredReport) {
        auto html = structuredReportHtml(path);
        if (!html.ok())
            return html.error();
        return html.value().toUtf8();
    }
    if (kind == dicom::DocumentKind::Waveform) {
        auto waveform = readWaveform(path);
        if (!waveform.ok())
            return waveform.error();
        return waveformCsv(waveform.value().groups.front()).toUtf8();
    }
    auto document = encapsulatedDocument(path);
    if (!document.ok())
        return document.error();
    return std::move(document.value().bytes);
}

} // namespace strata::measure
