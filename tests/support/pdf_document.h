#pragma once
// Tests: an encapsulated PDF document made by DCMTK's pdf2dcm from a PDF written here (one page,
// its upper half filled black, the lower half left white; or many pages that say which they are),
// in the study of a real image when one is given, as a scanner console or a PACS stores a scanned
// request or an outside report.
#include <QByteArray>
#include <QList>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace strata::testing {

/// A PDF 1.4 of 200 × 200-point pages, each drawn by its content stream (`contents`, one a page).
inline QByteArray pdfOfPages(const QList<QByteArray> &contents, const QByteArray &comment = "made for Strata's tests")
{
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", QByteArray()};
    QByteArray kids;
    for (qsizetype k = 0; k < contents.size(); ++k) {
        const qsizetype page = 3 + 2 * k;
        kids += QByteArray::number(page) + " 0 R ";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents " + QByteArray::number(page + 1) + " 0 R /Resources << >> >>";
        objects << "<< /Length " + QByteArray::number(contents[k].size()) + " >>\nstream\n" + contents[k] + "endstream";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(contents.size()) + " >>";
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
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/// A one-page PDF whose upper half is black, of odd or even length (an encapsulated document's
/// value gets a padding byte after an odd-sized file).
inline QByteArray halfBlackPdf(bool oddLength)
{
    const QByteArray content = "0 0 0 rg 0 100 200 100 re f\n";
    QByteArray pdf = pdfOfPages({content});
    if ((pdf.size() % 2 == 1) != oddLength)
        pdf = pdfOfPages({content}, "made for Strata's tests.");
    return pdf;
}

/// A PDF of `pages` pages (a long scanned record) that says which page it is: page k (from 0) has
/// a black bar along its top quarter, (k + 1) / pages of the width long.
inline QByteArray numberedPdf(int pages)
{
    QList<QByteArray> contents;
    for (int k = 0; k < pages; ++k)
        contents << "0 0 0 rg 0 150 " + QByteArray::number(200.0 * (k + 1) / pages, 'f', 3) + " 50 re f\n";
    return pdfOfPages(contents);
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
