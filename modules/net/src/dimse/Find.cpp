#include <strata/net/dimse/Find.h>

#include <strata/net/dimse/DimseStatus.h>

#include "DcmtkSupport.h"
#include "QueryKeys.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmnet/scu.h>

#include <QElapsedTimer>
#include <QCoreApplication>

#include <algorithm>

namespace strata::net {
namespace {

const char *modelUid(QueryModel model)
{
    return model == QueryModel::PatientRoot ? UID_FINDPatientRootQueryRetrieveInformationModel
                                            : UID_FINDStudyRootQueryRetrieveInformationModel;
}

const char *levelName(QueryLevel level)
{
    switch (level) {
    case QueryLevel::Patient: return "PATIENT";
    case QueryLevel::Study: return "STUDY";
    case QueryLevel::Series: return "SERIES";
    case QueryLevel::Image: return "IMAGE";
    }
    return "STUDY";
}

std::optional<DcmTagKey> tagForKeyword(const QString &keyword)
{
    const DcmDataDictionary &dict = dcmDataDict.rdlock();
    const DcmDictEntry *entry = dict.findEntry(keyword.toLatin1().constData());
    std::optional<DcmTagKey> key;
    if (entry)
        key = entry->getKey();
    dcmDataDict.rdunlock();
    return key;
}

QString keywordForTag(const DcmTagKey &key)
{
    DcmTag tag(key);
    return QString::fromLatin1(tag.getTagName());
}

QString stringOf(DcmItem *item, const DcmTagKey &key)
{
    OFString value;
    if (item && item->findAndGetOFStringArray(key, value).good())
        return QString::fromUtf8(value.c_str()).trimmed();
    return {};
}

/// A C-FIND SCU that stops waiting when the caller cancels (C-CANCEL, then the final response).
class FindScu : public DcmSCU {
public:
    explicit FindScu(CancellationToken cancel) : m_cancel(std::move(cancel)) {}
    bool cancelled = false;
    int maxResults = kDefaultMaxResults;
    int pending = 0;          ///< matches received in the current C-FIND
    bool overflowed = false;  ///< more than maxResults came: reading stopped

    OFCondition handleFINDResponse(const T_ASC_PresentationContextID presID, QRResponse *response,
                                   OFBool &waitForNextResponse) override
    {
        OFCondition c = DcmSCU::handleFINDResponse(presID, response, waitForNextResponse);
        if (waitForNextResponse && ++pending > std::max(0, maxResults)) {
            // A node that sends without end would fill memory: stop reading (DcmSCU keeps every
            // response until the C-FIND returns); the association is aborted afterwards.
            overflowed = true;
            waitForNextResponse = OFFalse;
            return c;
        }
        if (waitForNextResponse && m_cancel.isCancelled() && !cancelled) {
            cancelled = true;
            sendCANCELRequest(presID);
        }
        return c;
    }

private:
    CancellationToken m_cancel;
};

/// An open Q/R association on which several C-FINDs can run.
class FindSession {
public:
    FindSession(const Node &node, const Timeouts &timeouts, QueryModel model, CancellationToken cancel)
        : m_node(node), m_scu(std::move(cancel))
    {
        m_error = detail::openAssociation(m_scu, node, timeouts, modelUid(model));
        if (!m_error) {
            m_context = m_scu.findPresentationContextID(modelUid(model), "");
            if (m_context == 0) {
                m_scu.releaseAssociation();
                m_error = Error(ErrorCode::Unsupported, node.label(),
                                QCoreApplication::translate("strata::net", "the node does not accept %1 C-FIND")
                                    .arg(model == QueryModel::PatientRoot ? QStringLiteral("Patient Root") : QStringLiteral("Study Root")));
            }
        }
    }
    ~FindSession()
    {
        if (!m_error)
            m_scu.releaseAssociation();
    }
    const std::optional<Error> &error() const { return m_error; }

    Result<std::vector<FindMatch>> run(QueryLevel level, const QList<QPair<QString, QString>> &keys, int maxResults = kDefaultMaxResults)
    {
        m_scu.maxResults = maxResults;
        m_scu.pending = 0;
        m_scu.overflowed = false;
        DcmDataset query;
        query.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        query.putAndInsertString(DCM_QueryRetrieveLevel, levelName(level));
        std::vector<DcmTagKey> asked;
        for (const auto &[keyword, value] : keys) {
            const auto tag = tagForKeyword(keyword);
            if (!tag)
                return Error(ErrorCode::InvalidArgument, keyword, QCoreApplication::translate("strata::net", "not a DICOM keyword"));
            query.putAndInsertString(*tag, value.toUtf8().constData());
            asked.push_back(*tag);
        }
        OFList<QRResponse *> responses;
        const OFCondition cond = m_scu.sendFINDRequest(m_context, &query, &responses);
        std::vector<FindMatch> matches;
        QString failure;
        for (QRResponse *r : responses) {
            const StatusClass statusClass = net::statusClass(r->m_status);
            if (r->m_dataset && statusClass == StatusClass::Pending) {
                FindMatch match;
                for (const DcmTagKey &tag : asked)
                    match.insert(keywordForTag(tag), stringOf(r->m_dataset, tag));
                matches.push_back(std::move(match));
            } else if (statusClass != StatusClass::Success && statusClass != StatusClass::Cancel) {
                failure = QCoreApplication::translate("strata::net", "C-FIND ended with status %1").arg(detail::statusText(r->m_status));
            }
            delete r;
        }
        if (m_scu.overflowed) {
            m_scu.abortAssociation();
            m_error = Error(ErrorCode::InvalidArgument, m_node.label(),
                            QCoreApplication::translate("strata::net", "C-FIND: more than %1 results; narrow the query").arg(maxResults));
            return *m_error;
        }
        if (cond.bad()) {
            m_scu.abortAssociation();
            m_error = detail::conditionError(m_node, QCoreApplication::translate("strata::net", "C-FIND failed"), cond);
            return *m_error;
        }
        if (m_scu.cancelled)
            return Error(ErrorCode::Cancelled, m_node.label(), QCoreApplication::translate("strata::net", "C-FIND cancelled"));
        if (!failure.isEmpty())
            return Error(ErrorCode::IoError, m_node.label(), failure);
        return matches;
    }

private:
    Node m_node;
    FindScu m_scu;
    T_ASC_PresentationContextID m_context = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<std::vector<FindMatch>> find(const Node &node, const FindRequest &request, const Timeouts &timeouts,
                                    const CancellationToken &cancel)
{
    FindSession session(node, timeouts, request.model, cancel);
    if (session.error())
        return *session.error();
    return session.run(request.level, request.keys, request.maxResults);
}

Result<std::vector<RemoteStudy>> findStudies(const Node &node, const StudyFindQuery &query, const Timeouts &timeouts,
                                             const CancellationToken &cancel)
{
    FindRequest request;
    request.keys = {{QStringLiteral("PatientName"), query.patientName},
                    {QStringLiteral("PatientID"), query.patientId},
                    {QStringLiteral("AccessionNumber"), query.accessionNumber},
                    {QStringLiteral("StudyDescription"), query.studyDescription},
                    {QStringLiteral("ModalitiesInStudy"), query.modality},
                    {QStringLiteral("StudyDate"), detail::dicomDateRange(query.from, query.to)},
                    {QStringLiteral("StudyInstanceUID"), query.studyInstanceUid},
                    {QStringLiteral("StudyTime"), {}},
                    {QStringLiteral("PatientBirthDate"), {}},
                    {QStringLiteral("PatientSex"), {}},
                    {QStringLiteral("ReferringPhysicianName"), {}},
                    {QStringLiteral("NumberOfStudyRelatedSeries"), {}},
                    {QStringLiteral("NumberOfStudyRelatedInstances"), {}}};
    request.maxResults = query.maxResults;
    auto matches = find(node, request, timeouts, cancel);
    if (!matches.ok())
        return matches.error();
    std::vector<RemoteStudy> studies;
    for (const FindMatch &m : matches.value()) {
        RemoteStudy s;
        s.studyInstanceUid = m.value(QStringLiteral("StudyInstanceUID"));
        s.patientName = m.value(QStringLiteral("PatientName"));
        s.patientId = m.value(QStringLiteral("PatientID"));
        s.patientBirthDate = m.value(QStringLiteral("PatientBirthDate"));
        s.patientSex = m.value(QStringLiteral("PatientSex"));
        s.studyDate = m.value(QStringLiteral("StudyDate"));
        s.studyTime = m.value(QStringLiteral("StudyTime"));
        s.accessionNumber = m.value(QStringLiteral("AccessionNumber"));
        s.studyDescription = m.value(QStringLiteral("StudyDescription"));
        s.referringPhysician = m.value(QStringLiteral("ReferringPhysicianName"));
        s.modalities = m.value(QStringLiteral("ModalitiesInStudy"));
        s.seriesCount = m.value(QStringLiteral("NumberOfStudyRelatedSeries")).toInt();
        s.instanceCount = m.value(QStringLiteral("NumberOfStudyRelatedInstances")).toInt();
        studies.push_back(s);
    }
    return studies;
}

Result<std::vector<RemotePatient>> findPatients(const Node &node, const QString &patientName, const QString &patientId,
                                                const Timeouts &timeouts, const CancellationToken &cancel)
{
    FindRequest request;
    request.model = QueryModel::PatientRoot;
    request.level = QueryLevel::Patient;
    request.keys = {{QStringLiteral("PatientName"), patientName},
                    {QStringLiteral("PatientID"), patientId},
                    {QStringLiteral("PatientBirthDate"), {}},
                    {QStringLiteral("PatientSex"), {}},
                    {QStringLiteral("NumberOfPatientRelatedStudies"), {}}};
    auto matches = find(node, request, timeouts, cancel);
    if (!matches.ok())
        return matches.error();
    std::vector<RemotePatient> patients;
    for (const FindMatch &m : matches.value())
        patients.push_back({m.value(QStringLiteral("PatientName")), m.value(QStringLiteral("PatientID")),
                            m.value(QStringLiteral("PatientBirthDate")), m.value(QStringLiteral("PatientSex")),
                            m.value(QStringLiteral("NumberOfPatientRelatedStudies")).toInt()});
    return patients;
}

namespace {

std::vector<RemoteSeries> toSeries(const std::vector<FindMatch> &matches)
{
    std::vector<RemoteSeries> series;
    for (const FindMatch &m : matches)
        series.push_back({m.value(QStringLiteral("StudyInstanceUID")), m.value(QStringLiteral("SeriesInstanceUID")),
                          m.value(QStringLiteral("Modality")), m.value(QStringLiteral("SeriesDescription")),
                          m.value(QStringLiteral("BodyPartExamined")), m.value(QStringLiteral("SeriesNumber")).toInt(),
                          m.value(QStringLiteral("NumberOfSeriesRelatedInstances")).toInt()});
    std::sort(series.begin(), series.end(), [](const RemoteSeries &a, const RemoteSeries &b) { return a.number < b.number; });
    return series;
}

QList<QPair<QString, QString>> seriesKeys(const QString &studyUid)
{
    return {{QStringLiteral("StudyInstanceUID"), studyUid},   {QStringLiteral("SeriesInstanceUID"), {}},
            {QStringLiteral("Modality"), {}},                 {QStringLiteral("SeriesDescription"), {}},
            {QStringLiteral("BodyPartExamined"), {}},         {QStringLiteral("SeriesNumber"), {}},
            {QStringLiteral("NumberOfSeriesRelatedInstances"), {}}};
}

} // namespace

Result<std::vector<RemoteSeries>> findSeries(const Node &node, const QString &studyInstanceUid, const Timeouts &timeouts,
                                             const CancellationToken &cancel)
{
    if (studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "a series query needs the Study Instance UID"));
    FindRequest request;
    request.level = QueryLevel::Series;
    request.keys = seriesKeys(studyInstanceUid);
    auto matches = find(node, request, timeouts, cancel);
    if (!matches.ok())
        return matches.error();
    return toSeries(matches.value());
}

namespace {

/// The instances of a study (or of one series of it) on an open session.
Result<std::vector<RemoteInstance>> instancesOn(FindSession &session, const QString &studyInstanceUid, const QString &seriesInstanceUid)
{
    QStringList seriesUids;
    if (!seriesInstanceUid.isEmpty()) {
        seriesUids << seriesInstanceUid;
    } else {
        auto series = session.run(QueryLevel::Series, seriesKeys(studyInstanceUid));
        if (!series.ok())
            return series.error();
        for (const RemoteSeries &s : toSeries(series.value()))
            seriesUids << s.seriesInstanceUid;
    }
    std::vector<RemoteInstance> instances;
    for (const QString &seriesUid : seriesUids) {
        auto matches = session.run(QueryLevel::Image, {{QStringLiteral("StudyInstanceUID"), studyInstanceUid},
                                                       {QStringLiteral("SeriesInstanceUID"), seriesUid},
                                                       {QStringLiteral("SOPInstanceUID"), {}},
                                                       {QStringLiteral("SOPClassUID"), {}},
                                                       {QStringLiteral("InstanceNumber"), {}}});
        if (!matches.ok())
            return matches.error();
        std::vector<RemoteInstance> batch;
        for (const FindMatch &m : matches.value())
            batch.push_back({seriesUid, m.value(QStringLiteral("SOPInstanceUID")), m.value(QStringLiteral("SOPClassUID")),
                             m.value(QStringLiteral("InstanceNumber")).toInt()});
        std::sort(batch.begin(), batch.end(), [](const RemoteInstance &a, const RemoteInstance &b) { return a.number < b.number; });
        instances.insert(instances.end(), batch.begin(), batch.end());
    }
    return instances;
}

} // namespace

Result<std::vector<RemoteInstance>> findInstances(const Node &node, const QString &studyInstanceUid,
                                                  const QString &seriesInstanceUid, const Timeouts &timeouts,
                                                  const CancellationToken &cancel)
{
    if (studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "an instance query needs the Study Instance UID"));
    FindSession session(node, timeouts, QueryModel::StudyRoot, cancel);
    if (session.error())
        return *session.error();
    return instancesOn(session, studyInstanceUid, seriesInstanceUid);
}

Result<std::vector<std::vector<RemoteInstance>>> findInstancesOfStudies(const Node &node, const QStringList &studyInstanceUids,
                                                                       const Timeouts &timeouts, const CancellationToken &cancel)
{
    for (const QString &uid : studyInstanceUids)
        if (uid.isEmpty())
            return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "an instance query needs the Study Instance UID"));
    std::vector<std::vector<RemoteInstance>> all;
    if (studyInstanceUids.isEmpty())
        return all;
    FindSession session(node, timeouts, QueryModel::StudyRoot, cancel);
    if (session.error())
        return *session.error();
    for (const QString &uid : studyInstanceUids) {
        auto instances = instancesOn(session, uid, QString());
        if (!instances.ok())
            return instances.error();
        all.push_back(std::move(instances).value());
    }
    return all;
}

} // namespace strata::net
