// QIDO-RS: searches for studies, series and instances, answered in DICOM JSON, page by page.
#include <strata/net/DicomWeb.h>

#include "DicomWebHttp.h"
#include "QueryKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace strata::net {
namespace web {
namespace {

constexpr const char *kDicomJson = "application/dicom+json, application/json;q=0.9";

/// The value(s) of one attribute of a DICOM JSON data set, multi-values joined with '\'.
QString text(const QJsonObject &dataset, const char *tag)
{
    const QJsonArray values = dataset.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray();
    QStringList out;
    for (const QJsonValue &v : values) {
        if (v.isObject()) {  // person name: component groups
            const QJsonObject pn = v.toObject();
            QString name = pn.value(QLatin1String("Alphabetic")).toString();
            const QString ideographic = pn.value(QLatin1String("Ideographic")).toString();
            const QString phonetic = pn.value(QLatin1String("Phonetic")).toString();
            if (!ideographic.isEmpty() || !phonetic.isEmpty())
                name += QLatin1Char('=') + ideographic;
            if (!phonetic.isEmpty())
                name += QLatin1Char('=') + phonetic;
            out << name;
        } else if (v.isDouble()) {
            out << QString::number(v.toDouble(), 'g', 17);
        } else {
            out << v.toString();
        }
    }
    return out.join(QLatin1Char('\\')).trimmed();
}

int number(const QJsonObject &dataset, const char *tag)
{
    const QJsonValue v = dataset.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray().at(0);
    return v.isDouble() ? v.toInt() : v.toString().trimmed().toInt();
}

using Params = QList<QPair<QString, QString>>;

/// Follows limit/offset pages of `pageSize` until one comes back short. A node that ignores
/// `limit` answers everything at once (fine); one that ignores `offset` would repeat itself, so a
/// page that brings nothing new ends the search.
Status pages(Session &session, const QString &path, Params params, const QStringList &fields, int pageSize,
             const char *keyTag, const std::function<void(const QJsonObject &)> &each, int *status)
{
    pageSize = std::max(1, pageSize);
    for (const QString &f : fields)
        params.append({QStringLiteral("includefield"), f});
    QSet<QString> seen;
    for (int offset = 0;;) {
        Params page = params;
        page.append({QStringLiteral("limit"), QString::number(pageSize)});
        page.append({QStringLiteral("offset"), QString::number(offset)});
        const QUrl url = session.url(path, page);
        auto body = session.getAll(url, kDicomJson, status);
        if (!body.ok())
            return body.error();
        const QByteArray data = body.value().trimmed();
        if (data.isEmpty())  // 204 No Content: nothing (more) matches
            return {};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (!doc.isArray())
            return Error(ErrorCode::Malformed, urlLabel(url),
                         QStringLiteral("the answer is not a DICOM JSON array (%1)")
                             .arg(doc.isNull() ? parseError.errorString() : QStringLiteral("an object")));
        const QJsonArray items = doc.array();
        int fresh = 0;
        for (const QJsonValue &item : items) {
            const QJsonObject ds = item.toObject();
            const QString key = text(ds, keyTag);
            if (!key.isEmpty() && seen.contains(key))
                continue;
            seen.insert(key);
            ++fresh;
            each(ds);
        }
        if (items.size() < pageSize || items.size() > pageSize || fresh == 0)
            return {};
        offset += int(items.size());
    }
}

/// A matching value for an attribute that takes wildcards (names, IDs, descriptions). Orthanc
/// 1.10's DICOMweb plugin does not percent-decode query values, and QtNetwork always encodes '^',
/// spaces and non-ASCII, so each such character becomes the single-character wildcard '?': the
/// same matches on Orthanc, at most a little broader elsewhere.
QString wildcardValue(const QString &value)
{
    static const QString safe = QStringLiteral("-._~!$'()*,;:@/?");
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c.isHighSurrogate() && i + 1 < value.size())
            ++i;  // one character, one '?'
        const bool plain = c.unicode() < 128 && (c.isLetterOrNumber() || safe.contains(c));
        out += plain ? c : QLatin1Char('?');
    }
    return out;
}

InstanceMatch instanceOf(const QJsonObject &ds)
{
    InstanceMatch i;
    i.sopInstanceUid = text(ds, "00080018");
    i.sopClassUid = text(ds, "00080016");
    i.seriesInstanceUid = text(ds, "0020000E");
    i.number = number(ds, "00200013");
    return i;
}

} // namespace

Result<std::vector<InstanceMatch>> qidoInstancesIn(Session &session, const QString &studyUid, const QString &seriesUid,
                                                   int pageSize, int *status)
{
    const QString path = seriesUid.isEmpty() ? QStringLiteral("studies/%1/instances").arg(studyUid)
                                             : QStringLiteral("studies/%1/series/%2/instances").arg(studyUid, seriesUid);
    std::vector<InstanceMatch> out;
    const Status st = pages(session, path, {}, {QStringLiteral("00080016"), QStringLiteral("0020000E"), QStringLiteral("00200013")},
                            pageSize, "00080018", [&](const QJsonObject &ds) { out.push_back(instanceOf(ds)); }, status);
    if (!st.ok())
        return st.error();
    return out;
}

} // namespace web

Result<std::vector<store::StudyRecord>> qidoStudies(const Node &node, const StudyFindQuery &query, const Timeouts &timeouts,
                                                    int pageSize)
{
    web::Session session(node, timeouts);
    if (auto error = session.prepare())
        return *error;
    web::Params params;
    auto key = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            params.append({QLatin1String(name), value});
    };
    key("PatientName", web::wildcardValue(query.patientName));
    key("PatientID", web::wildcardValue(query.patientId));
    key("AccessionNumber", web::wildcardValue(query.accessionNumber));
    key("StudyDescription", web::wildcardValue(query.studyDescription));
    key("ModalitiesInStudy", query.modality);
    key("StudyInstanceUID", query.studyInstanceUid);
    key("StudyDate", detail::dicomDateRange(query.from, query.to));
    const QStringList fields{QStringLiteral("00080020"), QStringLiteral("00080030"), QStringLiteral("00080050"),
                             QStringLiteral("00080061"), QStringLiteral("00080090"), QStringLiteral("00081030"),
                             QStringLiteral("00100010"), QStringLiteral("00100020"), QStringLiteral("00100030"),
                             QStringLiteral("00100040"), QStringLiteral("00201206"), QStringLiteral("00201208")};
    std::vector<store::StudyRecord> studies;
    const Status st = web::pages(session, QStringLiteral("studies"), params, fields, pageSize, "0020000D",
                                 [&](const QJsonObject &ds) {
                                     store::StudyRecord s;
                                     s.studyInstanceUid = web::text(ds, "0020000D");
                                     s.patientName = web::text(ds, "00100010");
                                     s.patientNameDisplay = s.patientName;
                                     s.patientId = web::text(ds, "00100020");
                                     s.patientBirthDate = web::text(ds, "00100030");
                                     s.patientSex = web::text(ds, "00100040");
                                     s.studyDate = web::text(ds, "00080020");
                                     s.studyTime = web::text(ds, "00080030");
                                     s.accessionNumber = web::text(ds, "00080050");
                                     s.studyDescription = web::text(ds, "00081030");
                                     s.referringPhysician = web::text(ds, "00080090");
                                     s.modalities = web::text(ds, "00080061");
                                     s.seriesCount = web::number(ds, "00201206");
                                     s.instanceCount = web::number(ds, "00201208");
                                     studies.push_back(s);
                                 },
                                 nullptr);
    if (!st.ok())
        return st.error();
    return studies;
}

Result<std::vector<SeriesMatch>> qidoSeries(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts,
                                            int pageSize)
{
    web::Session session(node, timeouts);
    if (auto error = session.prepare())
        return *error;
    if (studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(), QStringLiteral("no Study Instance UID to search series in"));
    std::vector<SeriesMatch> out;
    const QStringList fields{QStringLiteral("00080060"), QStringLiteral("0008103E"), QStringLiteral("00180015"),
                             QStringLiteral("00200011"), QStringLiteral("00201209")};
    const Status st = web::pages(session, QStringLiteral("studies/%1/series").arg(studyInstanceUid), {}, fields, pageSize,
                                 "0020000E",
                                 [&](const QJsonObject &ds) {
                                     SeriesMatch s;
                                     s.studyInstanceUid = studyInstanceUid;
                                     s.seriesInstanceUid = web::text(ds, "0020000E");
                                     s.modality = web::text(ds, "00080060");
                                     s.description = web::text(ds, "0008103E");
                                     s.bodyPart = web::text(ds, "00180015");
                                     s.number = web::number(ds, "00200011");
                                     s.instanceCount = web::number(ds, "00201209");
                                     out.push_back(s);
                                 },
                                 nullptr);
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<InstanceMatch>> qidoInstances(const Node &node, const QString &studyInstanceUid,
                                                 const QString &seriesInstanceUid, const Timeouts &timeouts, int pageSize)
{
    web::Session session(node, timeouts);
    if (auto error = session.prepare())
        return *error;
    if (studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(), QStringLiteral("no Study Instance UID to search instances in"));
    return web::qidoInstancesIn(session, studyInstanceUid, seriesInstanceUid, pageSize);
}

} // namespace strata::net
