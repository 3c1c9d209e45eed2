#pragma once
// Tests: an encapsulated PDF document made by DCMTK's pdf2dcm from a PDF written here (one page,
// its upper half filled black, the lower half left white), in the study of a real image when one
// is given, as a scanner console or a PACS stores a scanned request or an outside report.
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace strata::testing {

/// A one-page PDF 1.4 of 200 × 200 points whose upper half is black, of odd or even length (an
/// encapsulated document's value gets a padding byte after an odd-sized file).
inline QByteArray halfBlackPdf(bool oddLength)
{
    auto build = [](const QByteArray &comment) {
        const QByteArray content = "0 0 0 rg 0 100 200 100 re f\n";
        const QList<QByteArray> objects{
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>",
            "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        };
        QByteArray pdf = "%PDF-1.4\n%" + comment + "\n";
        QList<qsizetype> offsets;
        for (int i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype o : offsets)
            pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
               + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    };
    QByteArray pdf = build("made for Strata's tests");
    if ((pdf.size() % 2 == 1) != oddLength)
        pdf = build("made for Strata's tests.");
    return pdf;
}

/// `pdf` written beside `dicomFile` and wrapped by pdf2dcm into it, titled `title`, in the study
/// (patient, study) of `studyFrom` when given, else a new one for "Doe^Jane". False when the tool fails.
inline bool encapsulatedPdf(const QByteArray &pdf, const QString &dicomFile, const QString &title, const QString &studyFrom = {})
{
    const QString pdfFile = dicomFile + QStringLiteral(".pdf");
    QFile f(pdfFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return false;
    f.close();
    QStringList args{QStringLiteral("+t"), title};
    if (studyFrom.isEmpty())
        args << QStringLiteral("+pn") << QStringLiteral("Doe^Jane") << QStringLiteral("+pi") << QStringLiteral("PDF-1");
    else
        args << QStringLiteral("+st") << studyFrom;
    args << pdfFile << dicomFile;
    const bool ok = QProcess::execute(QStringLiteral("pdf2dcm"), args) == 0;
    QFile::remove(pdfFile);
    return ok;
}

} // namespace strata::testing
