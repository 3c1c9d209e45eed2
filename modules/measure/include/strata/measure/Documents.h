#pragma once
/// The documents a study holds beside its images — a prior's radiology report as a structured
/// report (SR), a scanned request or an outside report as encapsulated PDF, a dose report — read
/// for a person: an SR rendered (DCMTK dcmsr, its HTML or its text), an encapsulated document's
/// bytes as stored (for a PDF viewer or a file).
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>

#include <QByteArray>
#include <QString>

#include <vector>

namespace strata::measure {

/// One document of a study, from its header.
struct StudyDocument {
    QString path;
    QString sopInstanceUid;
    QString sopClassUid;
    QString studyInstanceUid;
    dicom::DocumentKind kind = dicom::DocumentKind::None;
    QString title;          ///< "Imaging Report", "X-Ray Radiation Dose Report", a PDF's Document Title
    QString date, time;     ///< content date and time (else the series' or study's)
    QString seriesDescription;

    /// "Imaging Report (Comprehensive SR), 2026-12-01 10:15" — for a list.
    QString label() const;
};

/// The documents among `headers` (structured reports, key object selections aside,
/// encapsulated PDF and CDA, waveforms), oldest first.
std::vector<StudyDocument> studyDocuments(const std::vector<dicom::DicomHeader> &headers);

/// An SR rendered as HTML by dcmsr (its document header: patient, study, observers, completion
/// and verification; then the content tree), decoded from the document's character set. Fails,
/// naming the file and the reason, for another object or a document dcmsr cannot read.
Result<QString> structuredReportHtml(const QString &path);

/// An SR as indented text (dcmsr's print: the content tree with the items' names and values), for
/// a terminal.
Result<QString> structuredReportText(const QString &path);

/// An encapsulated document's bytes (Encapsulated Document (0042,0011)) and MIME type
/// (0042,0012): a PDF's padding byte after its %%EOF is dropped. Fails, naming the file, for
/// another object or one without the document.
struct EncapsulatedDocument {
    QByteArray bytes;
    QString mimeType;       ///< e.g. application/pdf
    QString suffix() const; ///< "pdf", "xml" or "bin"
};
Result<EncapsulatedDocument> encapsulatedDocument(const QString &path);

/// The document as a file for a viewer: an encapsulated document's bytes as stored, an SR as
/// its HTML (UTF-8), a waveform's first multiplex group as CSV (waveformCsv). Fails as the
/// readers above (readWaveform for a waveform).
Result<QByteArray> documentFileBytes(const QString &path, dicom::DocumentKind kind);

} // namespace strata::measure
