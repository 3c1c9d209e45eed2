// QIDO-RS: searches for studies, series and instances, answered in DICOM JSON, page by page.
#include <strata/net/dicomweb/DicomWeb.h>

#include "DicomWebHttp.h"
#include "QidoJson.h"
#include "QueryKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QCoreApplication>

namespace strata::net {
namespace web {

QString qidoText(const QJsonObject &dataset, const char *tag)
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

std::optional<int> qidoNumberIfAny(const QJsonObject &dataset, const char *tag)
{
    const QJsonValue v = dataset.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray().at(0);
    bool number = false;
    int n = 0;
    if (v.isDouble()) {
        // QJsonValue::toInt gives its default for a double that is no int: two defaults tell it.
        n = v.toInt(0);
        number = n == v.toInt(1);
    } else {
        n = v.toString().trimmed().toInt(&number);
    }
    return number ? std::optional<int>(n) : std::nullopt;
}

int qidoNumber(const QJsonObject &dataset, const char *tag)
{
    return qidoNumberIfAny(dataset, tag).value_or(0);
}

Result<QList<QJsonObject>> parseQidoJson(const QByteArray &body, const QString &where)
{
    const QByteArray data = body.trimmed();
    if (data.isEmpty())  // 204 No Content: nothing (more) matches
        return QList<QJsonObject>{};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isArray())
        return Error(ErrorCode::Malformed, where,
                     QCoreApplication::translate("strata::net", "the answer is not a DICOM JSON array (%1)")
                         .arg(doc.isNull() ? parseError.errorString() : QCoreApplication::translate("strata::net", "an object")));
    QList<QJsonObject> out;
    const QJsonArray items = doc.array();
    out.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return Error(ErrorCode::Malformed, where, QCoreApplication::translate("strata::net", "item %1 of the answer is not a DICOM JSON data set").arg(out.size()));
        out << item.toObject();
    }
    return out;
}

RemoteStudy studyFromQido(const QJsonObject &ds)
{
    RemoteStudy s;
    s.studyInstanceUid = qidoText(ds, "0020000D");
    s.patientName = qidoText(ds, "00100010");
    s.patientId = qidoText(ds, "00100020");
    s.patientBirthDate = qidoText(ds, "00100030");
    s.patientSex = qidoText(ds, "00100040");
    s.studyDate = qidoText(ds, "00080020");
    s.studyTime = qidoText(ds, "00080030");
    s.accessionNumber = qidoText(ds, "00080050");
    s.studyDescription = qidoText(ds, "00081030");
    s.referringPhysician = qidoText(ds, "00080090");
    s.modalities = qidoText(ds, "00080061");
    s.seriesCount = qidoNumber(ds, "00201206");
    s.instanceCount = qidoNumber(ds, "00201208");
    return s;
}

RemoteSeries seriesFromQido(const QJsonObject &ds, const QString &studyInstanceUid)
{
    RemoteSeries s;
    s.studyInstanceUid = studyInstanceUid;
    s.seriesInstanceUid = qidoText(ds, "0020000E");
    s.modality = qidoText(ds, "00080060");
    s.description = qidoText(ds, "0008103E");
    s.bodyPart = qidoText(ds, "00180015");
    s.number = qidoNumber(ds, "00200011");
    s.instanceCount = qidoNumber(ds, "00201209");
    return s;
}

RemoteInstance instanceFromQido(const QJsonObject &ds)
{
    RemoteInstance i;
    i.sopInstanceUid = qidoText(ds, "00080018");
    i.sopClassUid = qidoText(ds, "00080016");
    i.seriesInstanceUid = qidoText(ds, "0020000E");
    i.number = qidoNumber(ds, "00200013");
    return i;
}

Result<std::vector<RemoteStudy>> parseQidoStudies(const QByteArray &body)
{
    auto sets = parseQidoJson(body);
    if (!sets.ok())
        return sets.error();
    std::vector<RemoteStudy> out;
    for (const QJsonObject &ds : sets.value())
        out.push_back(studyFromQido(ds));
    return out;
}

namespace {

constexpr const char *kDicomJson = "application/dicom+json, application/json;q=0.9";

using Params = QList<QPair<QString, QString>>;

/// Follows limit/offset pages of `pageSize` until one comes back short. A node that ignores
/// `limit` answers everything at once (fine). A node that ignores `offset` (or sends a page again)
/// would repeat itself: a full page that brings nothing new is an error, and so are more than
/// `maxResults` data sets in all, fresh or not, so no server can keep the search going for ever.
Status pages(Session &session, const QString &path, Params params, const QStringList &fields, int pageSize,
             const char *keyTag, const std::function<void(const QJsonObject &)> &each, int *status,
             int maxResults = kDefaultMaxResults)
{
    pageSize = std::max(1, pageSize);
    maxResults = std::max(0, maxResults);
    for (const QString &f : fields)
        params.append({QStringLiteral("includefield"), f});
    QSet<QString> seen;
    qint64 received = 0;
    for (int offset = 0;;) {
        Params page = params;
        page.append({QStringLiteral("limit"), QString::number(pageSize)});
        page.append({QStringLiteral("offset"), QString::number(offset)});
        const QUrl url = session.url(path, page);
        auto body = session.getAll(url, kDicomJson, status);
        if (!body.ok())
            return body.error();
        auto sets = parseQidoJson(body.value(), urlLabel(url));
        if (!sets.ok())
            return sets.error();
        const QList<QJsonObject> &items = sets.value();
        received += items.size();
        if (received > maxResults)
            return Error(ErrorCode::InvalidArgument, session.baseLabel(),
                         QCoreApplication::translate("strata::net", "QIDO-RS: more than %1 results; narrow the query").arg(maxResults));
        int fresh = 0;
        for (const QJsonObject &ds : items) {
            const QString key = qidoText(ds, keyTag);
            if (!key.isEmpty() && seen.contains(key))
                continue;
            seen.insert(key);
            ++fresh;
            each(ds);
        }
        if (items.size() != pageSize)
            return {};   // a short page is the last; a longer one: the node ignored limit and sent everything
        if (fresh == 0)
            return Error(ErrorCode::Malformed, urlLabel(url),
                         QCoreApplication::translate("strata::net", "QIDO-RS: the server sent page offset=%1 with nothing new (it ignores offset, or repeats "
                                        "itself); the results would be incomplete")
                             .arg(offset));
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

} // namespace

Result<std::vector<RemoteInstance>> qidoInstancesIn(Session &session, const QString &studyUid, const QString &seriesUid,
                                                   int pageSize, int *status)
{
    const QString path = seriesUid.isEmpty() ? QStringLiteral("studies/%1/instances").arg(studyUid)
                                             : QStringLiteral("studies/%1/series/%2/instances").arg(studyUid, seriesUid);
    std::vector<RemoteInstance> out;
    const Status st = pages(session, path, {}, {QStringLiteral("00080016"), QStringLiteral("0020000E"), QStringLiteral("00200013")},
                            pageSize, "00080018", [&](const QJsonObject &ds) { out.push_back(instanceFromQido(ds)); }, status);
    if (!st.ok())
        return st.error();
    return out;
}

Result<int> qidoStudyInstanceCountIn(Session &session, const QString &studyUid)
{
    if (studyUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(), QCoreApplication::translate("strata::net", "no Study Instance UID to count instances of"));
    int count = -1;
    int matches = 0;
    const Status st = pages(session, QStringLiteral("studies"), {{QStringLiteral("StudyInstanceUID"), studyUid}}, {QStringLiteral("00201208")},
                            2, "0020000D",
                            [&](const QJsonObject &ds) {
                                ++matches;
                                if (const std::optional<int> n = qidoNumberIfAny(ds, "00201208"); n && *n >= 0)
                                    count = *n;
                            },
                            nullptr, 2);
    if (!st.ok())
        return st.error();
    return matches == 1 ? count : -1;
}

} // namespace web

Result<std::vector<RemoteStudy>> qidoStudies(const Node &node, const StudyFindQuery &query, const Timeouts &timeouts,
                                             int pageSize, const CancellationToken &cancel)
{
    web::Session session(node, timeouts, cancel);
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
    std::vector<RemoteStudy> studies;
    const Status st = web::pages(session, QStringLiteral("studies"), params, fields, pageSize, "0020000D",
                                 [&](const QJsonObject &ds) { studies.push_back(web::studyFromQido(ds)); },
                                 nullptr, query.maxResults);
    if (!st.ok())
        return st.error();
    return studies;
}

Result<int> qidoStudyInstanceCount(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts,
                                   const CancellationToken &cancel)
{
    web::Session session(node, timeouts, cancel);
    if (auto error = session.prepare())
        return *error;
    return web::qidoStudyInstanceCountIn(session, studyInstanceUid);
}

Result<std::vector<RemoteSeries>> qidoSeries(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts,
                                              int pageSize, const CancellationToken &cancel)
{
    web::Session session(node, timeouts, cancel);
    if (auto error = session.prepare())
        return *error;
    if (studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(), QCoreApplication::translate("strata::net", "no Study Instance UID to search series in"));
    std::vector<RemoteSeries> out;
    const QStringList fields{QStringLiteral("00080060"), QStringLiteral("0008103E"), QStringLiteral("00180015"),
                             QStringLiteral("00200011"), QStringLiteral("00201209")};
    const Status st = web::pages(session, QStringLiteral("studies/%1/series").arg(studyInstanceUid), {}, fields, pageSize,
                                 "0020000E",
                                 [&](const QJsonObject &ds) { out.push_back(web::seriesFromQido(ds, studyInstanceUid)); },
                                 nullptr);
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<RemoteInstance>> qidoInstances(const Node &node, const QString &studyInstanceUid,
                                                  const QString &seriesInstanceUid, const Timeouts &timeouts, int pageSize,
                                                  const CancellationToken &cancel)
{
    web::Session session(node, timeouts, cancel);
    if (auto error = session.prepare())
        return *error;
    if (studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, session.baseLabel(), QCoreApplication::translate("strata::net", "no Study Instance UID to search instances in"));
    return web::qidoInstancesIn(session, studyInstanceUid, seriesInstanceUid, pageSize);
}

} // namespace strata::net
