#include <strata/dicom/Reconcile.h>

#include "GdcmSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>

#include <algorithm>

namespace strata::dicom {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("strata::dicom", text); }

/// One attribute a reconciliation may set.
struct Target {
    gdcm::Tag tag;
    gdcm::VR vr;
    const char *name;
    int maxLength;  ///< per value (a person name: per component group)
    const std::optional<QString> PatientIdentityChange::*value;
};

const Target kTargets[] = {
    {gdcm::Tag(0x0010, 0x0010), gdcm::VR::PN, QT_TRANSLATE_NOOP("strata::dicom", "Patient's Name"), 64, &PatientIdentityChange::name},
    {gdcm::Tag(0x0010, 0x0020), gdcm::VR::LO, QT_TRANSLATE_NOOP("strata::dicom", "Patient ID"), 64, &PatientIdentityChange::id},
    {gdcm::Tag(0x0010, 0x0021), gdcm::VR::LO, QT_TRANSLATE_NOOP("strata::dicom", "Issuer of Patient ID"), 64, &PatientIdentityChange::issuer},
    {gdcm::Tag(0x0010, 0x0030), gdcm::VR::DA, QT_TRANSLATE_NOOP("strata::dicom", "Patient's Birth Date"), 8, &PatientIdentityChange::birthDate},
    {gdcm::Tag(0x0010, 0x0040), gdcm::VR::CS, QT_TRANSLATE_NOOP("strata::dicom", "Patient's Sex"), 16, &PatientIdentityChange::sex},
    {gdcm::Tag(0x0008, 0x0050), gdcm::VR::SH, QT_TRANSLATE_NOOP("strata::dicom", "Accession Number"), 16, &PatientIdentityChange::accessionNumber},
};

const gdcm::Tag kCharset(0x0008, 0x0005);
const gdcm::Tag kOriginalAttributes(0x0400, 0x0561);

bool isAscii(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// `value` in the character set `charset` names (its first value, trimmed); none when that set
/// cannot hold it.
std::optional<QByteArray> encoded(const QString &value, const QByteArray &charset)
{
    if (isAscii(value))
        return value.toLatin1();
    if (charset == "ISO_IR 192")
        return value.toUtf8();
    if (charset == "ISO_IR 100" && std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() <= 0xFF; }))
        return value.toLatin1();
    return std::nullopt;
}

} // namespace

QString checkIdentityChange(const PatientIdentityChange &change)
{
    if (change.isEmpty())
        return tr("nothing to change: give the patient's name, ID, issuer, birth date, sex or the accession number");
    for (const Target &t : kTargets) {
        const std::optional<QString> &v = change.*(t.value);
        if (!v)
            continue;
        const QString name = tr(t.name);
        if (v->contains(QLatin1Char('\\')) || std::any_of(v->begin(), v->end(), [](QChar c) { return c.unicode() < 0x20; }))
            return tr("%1 \"%2\" holds a backslash or a control character").arg(name, *v);
        if (t.vr == gdcm::VR::PN) {
            const QStringList groups = v->split(QLatin1Char('='));
            if (groups.size() > 3)
                return tr("%1 \"%2\" has more than three component groups").arg(name, *v);
            for (const QString &g : groups)
                if (g.size() > t.maxLength || g.count(QLatin1Char('^')) > 4)
                    return tr("%1 \"%2\": at most five components of %3 characters in all").arg(name, *v).arg(t.maxLength);
        } else if (v->size() > t.maxLength) {
            return tr("%1 \"%2\" is longer than %3 characters").arg(name, *v).arg(t.maxLength);
        }
        if (t.vr == gdcm::VR::DA && !v->isEmpty() && !QDate::fromString(*v, QStringLiteral("yyyyMMdd")).isValid())
            return tr("%1 \"%2\" is not a date as YYYYMMDD").arg(name, *v);
        if (t.vr == gdcm::VR::CS && !v->isEmpty() && *v != QLatin1String("M") && *v != QLatin1String("F") && *v != QLatin1String("O"))
            return tr("%1 \"%2\" is not M, F or O").arg(name, *v);
    }
    return {};
}

Result<ReconciledFile> reconcileFile(const QString &source, const QString &target, const PatientIdentityChange &change, ModificationReason reason)
{
    if (const QString problem = checkIdentityChange(change); !problem.isEmpty())
        return Error(ErrorCode::InvalidArgument, source, problem);
    detail::installGdcmLogBridge();
    auto guarded = detail::readForRewrite(source);
    if (!guarded.ok())
        return guarded.error();
    gdcm::File &file = guarded.value()->reader->GetFile();
    gdcm::DataSet &ds = file.GetDataSet();

    ReconciledFile out;
    out.sopInstanceUid = detail::asciiValue(ds, gdcm::Tag(0x0008, 0x0018));
    out.studyInstanceUid = detail::asciiValue(ds, gdcm::Tag(0x0020, 0x000D));
    const QByteArray charsetRaw = detail::rawValue(ds, kCharset);
    const QByteArray charset = detail::trimmedValue(charsetRaw).split('\\').value(0).trimmed();
    const bool hadCharset = ds.FindDataElement(kCharset);
    bool toUtf8 = false;   // a file in the default repertoire given a value beyond ASCII
    std::vector<std::pair<const Target *, QByteArray>> values;
    for (const Target &t : kTargets) {
        const std::optional<QString> &v = change.*(t.value);
        if (!v)
            continue;
        std::optional<QByteArray> bytes = encoded(*v, charset);
        if (!bytes && charset.isEmpty()) {
            toUtf8 = true;
            bytes = v->toUtf8();
        }
        if (!bytes)
            return Error(ErrorCode::InvalidArgument, source,
                         tr("its character set (%1) cannot hold the %2 \"%3\": write it in Latin letters").arg(QString::fromLatin1(charset), tr(t.name), *v));
        if (detail::trimmedValue(detail::rawValue(ds, t.tag)) != *bytes)
            values.emplace_back(&t, *bytes);
    }

    // Where the former values came from: the issuer of the former Patient ID, where the file names one.
    const QByteArray formerIssuer = detail::trimmedValue(detail::rawValue(ds, gdcm::Tag(0x0010, 0x0021)));
    // The former values (empty for an attribute the file did not have), then the new ones.
    gdcm::Item former;
    former.SetVLToUndefined();
    gdcm::DataSet &formerSet = former.GetNestedDataSet();
    if (toUtf8 && !values.empty())
        formerSet.Insert(detail::valueElement(kCharset, gdcm::VR::CS, hadCharset ? charsetRaw : QByteArray()));
    for (const auto &[t, bytes] : values) {
        formerSet.Insert(detail::valueElement(t->tag, t->vr, detail::rawValue(ds, t->tag)));
        ds.Replace(detail::valueElement(t->tag, t->vr, bytes));
        out.changed << tr(t->name);
    }
    if (!values.empty()) {
        if (toUtf8)
            ds.Replace(detail::valueElement(kCharset, gdcm::VR::CS, "ISO_IR 192"));
        gdcm::SmartPointer<gdcm::SequenceOfItems> modified = new gdcm::SequenceOfItems;
        modified->SetLengthToUndefined();
        modified->AddItem(former);

        gdcm::Item record;
        record.SetVLToUndefined();
        gdcm::DataSet &r = record.GetNestedDataSet();
        r.Insert(detail::sequenceElement(gdcm::Tag(0x0400, 0x0550), modified));
        r.Insert(detail::valueElement(gdcm::Tag(0x0400, 0x0562), gdcm::VR::DT,
                                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss.zzz")).toLatin1() + "+0000"));
        r.Insert(detail::valueElement(gdcm::Tag(0x0400, 0x0563), gdcm::VR::LO, "Strata"));
        r.Insert(detail::valueElement(gdcm::Tag(0x0400, 0x0564), gdcm::VR::LO, formerIssuer));
        r.Insert(detail::valueElement(gdcm::Tag(0x0400, 0x0565), gdcm::VR::CS, reason == ModificationReason::Correct ? "CORRECT" : "COERCE"));
        // Earlier records stay, this one after them.
        gdcm::SmartPointer<gdcm::SequenceOfItems> records = detail::sequence(ds, kOriginalAttributes);
        if (!records) {
            records = new gdcm::SequenceOfItems;
            records->SetLengthToUndefined();
        }
        records->AddItem(record);
        ds.Replace(detail::sequenceElement(kOriginalAttributes, records));
    }

    if (!detail::writeGuarded(file, target))
        return Error(ErrorCode::IoError, target, tr("the reconciled copy of %1 could not be written").arg(source));
    return out;
}

} // namespace strata::dicom
