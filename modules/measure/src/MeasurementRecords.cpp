#include <strata/measure/MeasurementRecords.h>

#include <strata/dicom/Phantom.h>
#include <strata/measure/LesionSegmenter.h>

#include <QJsonDocument>

namespace strata::measure {

store::MeasurementRecord toRecord(const Measurement &m)
{
    store::MeasurementRecord r;
    r.uid = m.uid;
    r.studyInstanceUid = m.image.studyInstanceUid;
    r.seriesInstanceUid = m.image.seriesInstanceUid;
    r.sopInstanceUid = m.image.sopInstanceUid;
    r.frame = m.image.frame;
    r.kind = kindName(m.kind);
    r.author = m.author;
    r.createdAt = m.created;
    r.modifiedAt = m.modified;
    r.payload = QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact);
    if (m.mask && !m.mask->mask.voxels.empty())
        r.mask = encodeLesionShape(*m.mask);
    return r;
}

Result<Measurement> fromRecord(const store::MeasurementRecord &record)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(record.payload, &error);
    if (!doc.isObject())
        return Error(ErrorCode::Malformed, record.uid, QStringLiteral("the stored measurement is not JSON: %1").arg(error.errorString()));
    auto m = measurementFromJson(doc.object());
    if (!m.ok())
        return m.error();
    Measurement out = std::move(m).value();
    out.author = record.author;
    out.created = record.createdAt;
    out.modified = record.modifiedAt;
    if (!record.mask.isEmpty()) {
        auto shape = decodeLesionShape(record.mask);
        if (!shape.ok())
            return Error(ErrorCode::Malformed, record.uid, shape.error().reason);
        out.mask = std::make_shared<const LesionShape>(std::move(shape).value());
    }
    return out;
}

QString currentAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void stamp(Measurement &m)
{
    if (m.uid.isEmpty())
        m.uid = dicom::newUid();
    if (m.author.isEmpty())
        m.author = currentAuthor();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m.created.isValid())
        m.created = now;
    m.modified = now;
}

} // namespace strata::measure
