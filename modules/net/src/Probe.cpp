#include <strata/net/Probe.h>
#include <strata/net/dimse/DimseStatus.h>

#include "dimse/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scu.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QCoreApplication>

namespace strata::net {
namespace {

QString hex(quint16 status) { return QStringLiteral("0x") + QString::number(status, 16).rightJustified(4, QLatin1Char('0')).toUpper(); }

/// Statuses that say the service itself is not offered to us (as opposed to "no such study").
bool refusesService(quint16 status)
{
    return status == dimse::kSopClassNotSupported || status == dimse::kNotAuthorised || status == dimse::kDuplicateInvocation
        || status == dimse::kUnrecognisedOperation || status == dimse::kMistypedArgument;
}

/// The final status of a C-FIND / C-GET / C-MOVE exchange (the last response), or -1 without one.
template <typename R>
int finalStatus(OFList<R *> &responses)
{
    int status = -1;
    for (R *r : responses) {
        status = r->m_status;
        delete r;
    }
    responses.clear();
    return status;
}

QByteArray probeUid()
{
    char uid[100];
    dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT);
    return QByteArray(uid);
}

struct DimseOutcome {
    bool reached = false;
    std::optional<Error> error;
};

DimseOutcome probeDimse(const Node &node, const Timeouts &timeouts, ProbeReport &report)
{
    Capabilities &caps = report.capabilities;
    DimseOutcome outcome;
    DcmSCU scu;
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    const char *const queryClasses[] = {UID_FINDStudyRootQueryRetrieveInformationModel,
                                        UID_FINDPatientRootQueryRetrieveInformationModel,
                                        UID_GETStudyRootQueryRetrieveInformationModel,
                                        UID_MOVEStudyRootQueryRetrieveInformationModel};
    const char *const storageClasses[] = {UID_CTImageStorage, UID_MRImageStorage, UID_SecondaryCaptureImageStorage};
    for (const char *uid : queryClasses)
        scu.addPresentationContext(uid, syntaxes);
    for (const char *uid : storageClasses)
        scu.addPresentationContext(uid, syntaxes);
    if (auto error = detail::openAssociation(scu, node, timeouts, UID_VerificationSOPClass)) {
        report.notes << QStringLiteral("DIMSE: %1").arg(error->message());
        outcome.error = error;
        // Rejected or no context accepted: the node answered, it just offers us nothing.
        outcome.reached = detail::lastAssociationRejected() || error->reason.toLower().contains(QLatin1String("acceptable"));
        return outcome;
    }
    outcome.reached = true;
    auto accepted = [&](const char *uid) { return scu.findPresentationContextID(uid, "") != 0; };
    bool broken = false;  // a DIMSE exchange failed: the association cannot be trusted any more
    auto dimseFailed = [&](const QString &what, const OFCondition &cond) {
        report.notes << QStringLiteral("%1: %2").arg(what, detail::conditionError(node, QCoreApplication::translate("strata::net", "no answer"), cond).message());
        broken = true;
    };

    if (!accepted(UID_VerificationSOPClass)) {
        report.notes << QStringLiteral("C-ECHO: Verification not accepted");
    } else {
        const OFCondition cond = scu.sendECHORequest(scu.findPresentationContextID(UID_VerificationSOPClass, ""));
        caps.echo = cond.good();
        if (cond.good())
            report.notes << QStringLiteral("C-ECHO: success");
        else
            dimseFailed(QStringLiteral("C-ECHO"), cond);
    }

    const QByteArray uid = probeUid();
    auto studyKeys = [&](DcmDataset &keys) {
        keys.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
        keys.putAndInsertString(DCM_StudyInstanceUID, uid.constData());
    };
    // C-FIND, Study Root and Patient Root: a query that matches nothing must end in success.
    for (const bool studyRoot : {true, false}) {
        const char *sop = studyRoot ? UID_FINDStudyRootQueryRetrieveInformationModel : UID_FINDPatientRootQueryRetrieveInformationModel;
        const QString what = studyRoot ? QStringLiteral("C-FIND (study root)") : QStringLiteral("C-FIND (patient root)");
        bool &flag = studyRoot ? caps.findStudyRoot : caps.findPatientRoot;
        if (broken || !accepted(sop)) {
            report.notes << QStringLiteral("%1: %2").arg(what, broken ? QCoreApplication::translate("strata::net", "not tried (association lost)") : QCoreApplication::translate("strata::net", "not accepted"));
            continue;
        }
        DcmDataset keys;
        if (studyRoot) {
            studyKeys(keys);
        } else {
            keys.putAndInsertString(DCM_QueryRetrieveLevel, "PATIENT");
            keys.putAndInsertString(DCM_PatientID, ("STRATA-PROBE-" + uid.right(40)).constData());
            keys.insertEmptyElement(DCM_PatientName);
        }
        OFList<QRResponse *> responses;
        const OFCondition cond = scu.sendFINDRequest(scu.findPresentationContextID(sop, ""), &keys, &responses);
        const int status = finalStatus(responses);
        if (cond.bad()) {
            dimseFailed(what, cond);
            continue;
        }
        flag = status == dimse::kSuccess;
        report.notes << QStringLiteral("%1: %2").arg(what, QCoreApplication::translate("strata::net", "query for a study that does not exist ended with status %1").arg(hex(quint16(status))));
    }

    // C-GET and C-MOVE "by trying": ask for a study that does not exist and read the status.
    for (const bool get : {true, false}) {
        const char *sop = get ? UID_GETStudyRootQueryRetrieveInformationModel : UID_MOVEStudyRootQueryRetrieveInformationModel;
        const QString what = get ? QStringLiteral("C-GET") : QStringLiteral("C-MOVE to %1").arg(node.callingAeTitle);
        bool &flag = get ? caps.cGet : caps.cMove;
        if (broken || !accepted(sop)) {
            report.notes << QStringLiteral("%1: %2").arg(what, broken ? QCoreApplication::translate("strata::net", "not tried (association lost)") : QCoreApplication::translate("strata::net", "not accepted"));
            continue;
        }
        DcmDataset keys;
        studyKeys(keys);
        OFList<RetrieveResponse *> responses;
        const T_ASC_PresentationContextID id = scu.findPresentationContextID(sop, "");
        const OFCondition cond = get ? scu.sendCGETRequest(id, &keys, &responses)
                                     : scu.sendMOVERequest(id, node.callingAeTitle.toLatin1().constData(), &keys, &responses);
        const int status = finalStatus(responses);
        if (cond.bad()) {
            dimseFailed(what, cond);
            if (QString::fromLatin1(cond.text()).contains(QLatin1String("aborted"), Qt::CaseInsensitive))
                report.notes.last() += get ? QCoreApplication::translate("strata::net", " (the node refuses C-GET from %1)").arg(node.callingAeTitle)
                                           : QCoreApplication::translate("strata::net", " (the node refuses C-MOVE from %1: Orthanc does so when %1 is not among its "
                                                            "DicomModalities, add it there with Strata's host and port)").arg(node.callingAeTitle);
            continue;
        }
        if (status < 0) {
            report.notes << QStringLiteral("%1: %2").arg(what, QCoreApplication::translate("strata::net", "no response"));
            continue;
        }
        const bool unknownDestination = !get && status == dimse::kMoveDestinationUnknown;
        flag = !refusesService(quint16(status)) && !unknownDestination && statusClass(quint16(status)) != StatusClass::Cancel;
        QString note = QStringLiteral("%1: %2").arg(what, QCoreApplication::translate("strata::net", "request for a study that does not exist ended with status %1").arg(hex(quint16(status))));
        if (unknownDestination)
            note += QCoreApplication::translate("strata::net", " (move destination unknown: add AE %1 with Strata's host and port to the node's configuration)").arg(node.callingAeTitle);
        report.notes << note;
    }

    // C-STORE: a storage context accepted (nothing is sent while testing).
    for (const char *sop : storageClasses)
        caps.cStore = caps.cStore || accepted(sop);
    report.notes << QStringLiteral("C-STORE: %1").arg(caps.cStore ? QCoreApplication::translate("strata::net", "storage accepted (CT/MR/SC)") : QCoreApplication::translate("strata::net", "no storage class accepted"));

    if (broken)
        scu.abortAssociation();
    else
        scu.releaseAssociation();
    return outcome;
}

struct HttpReply {
    int status = 0;               ///< HTTP status, 0 = no answer
    QByteArray body;
    QString error;                ///< network error in words
};

class Http {
public:
    Http(const Node &node, const Timeouts &timeouts) : m_node(node), m_timeouts(timeouts)
    {
        m_nam.setAutoDeleteReplies(false);
    }

    HttpReply get(const QUrl &url, const QByteArray &accept)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", accept);
        request.setTransferTimeout(m_timeouts.dimse * 1000);
        if (url.scheme() == QLatin1String("https")) {
            // As the DICOMweb client does: the node's trusted certificates instead of the system's.
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            if (!m_node.tls.trustedCertificates.isEmpty()) {
                const bool folder = QFileInfo(m_node.tls.trustedCertificates).isDir();
                ssl.setCaCertificates(QSslCertificate::fromPath(folder ? m_node.tls.trustedCertificates + QStringLiteral("/*")
                                                                       : m_node.tls.trustedCertificates,
                                                                QSsl::Pem, folder ? QSslCertificate::PatternSyntax::Wildcard
                                                                                  : QSslCertificate::PatternSyntax::FixedString));
            }
            if (!m_node.tls.verifyPeer)
                ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            request.setSslConfiguration(ssl);
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (m_node.auth == AuthKind::Basic)
            request.setRawHeader("Authorization", "Basic " + (m_node.username + QLatin1Char(':') + m_node.secret).toUtf8().toBase64());
        else if (m_node.auth == AuthKind::Bearer)
            request.setRawHeader("Authorization", "Bearer " + m_node.secret.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
        guard.start((m_timeouts.connect + m_timeouts.dimse) * 1000);
        if (!reply->isFinished())
            loop.exec();
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = guard.isActive() ? reply->errorString() : QCoreApplication::translate("strata::net", "no answer within %1 s").arg(m_timeouts.connect + m_timeouts.dimse);
        return r;
    }

private:
    const Node &m_node;
    Timeouts m_timeouts;
    QNetworkAccessManager m_nam;
};

QString describe(const HttpReply &r)
{
    return r.status ? QStringLiteral("HTTP %1").arg(r.status) : r.error;
}

/// Returns whether anything answered over HTTP.
bool probeHttp(const Node &node, const Timeouts &timeouts, ProbeReport &report)
{
    Capabilities &caps = report.capabilities;
    QString base = node.dicomWebUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl baseUrl(base);
    Http http(node, timeouts);
    bool answered = false;

    QUrl qido(base + QStringLiteral("/studies"));
    qido.setQuery(QStringLiteral("limit=1"));
    const HttpReply studies = http.get(qido, "application/dicom+json");
    answered = answered || studies.status != 0;
    QString firstStudy;
    if (studies.status == 204 || studies.status == 200) {
        const QJsonDocument doc = QJsonDocument::fromJson(studies.body);
        caps.qidoRs = studies.status == 204 || doc.isArray();
        if (doc.isArray() && !doc.array().isEmpty())
            firstStudy = doc.array().first().toObject().value(QLatin1String("0020000D")).toObject()
                             .value(QLatin1String("Value")).toArray().first().toString();
    }
    report.notes << QStringLiteral("QIDO-RS: GET %1 → %2%3").arg(qido.toString(), describe(studies),
                                                                caps.qidoRs ? QString() : studies.status == 401 || studies.status == 403
                                                                                ? QCoreApplication::translate("strata::net", " (check the user name and password)")
                                                                                : QCoreApplication::translate("strata::net", " (not DICOM JSON)"));

    if (!firstStudy.isEmpty()) {
        const QUrl metadata(base + QStringLiteral("/studies/") + firstStudy + QStringLiteral("/metadata"));
        const HttpReply meta = http.get(metadata, "application/dicom+json");
        caps.wadoRs = meta.status == 200 && QJsonDocument::fromJson(meta.body).isArray();
        report.notes << QStringLiteral("WADO-RS: GET %1 → %2").arg(metadata.toString(), describe(meta));
    }

    QUrl root;
    root.setScheme(baseUrl.scheme());
    root.setHost(baseUrl.host());
    root.setPort(baseUrl.port());
    const HttpReply system = http.get(root.resolved(QUrl(QStringLiteral("/system"))), "application/json");
    answered = answered || system.status != 0;
    const QJsonObject info = QJsonDocument::fromJson(system.body).object();
    caps.orthancRest = system.status == 200 && info.contains(QLatin1String("Version"));
    report.notes << QStringLiteral("Orthanc REST: GET %1 → %2%3").arg(root.resolved(QUrl(QStringLiteral("/system"))).toString(), describe(system),
                                                                     caps.orthancRest ? QStringLiteral(" (Orthanc %1)").arg(info.value(QLatin1String("Version")).toString()) : QString());
    if (caps.orthancRest && caps.qidoRs) {
        const HttpReply plugins = http.get(root.resolved(QUrl(QStringLiteral("/plugins"))), "application/json");
        const bool dicomWebPlugin = plugins.status == 200 && QJsonDocument::fromJson(plugins.body).array().contains(QJsonValue(QStringLiteral("dicom-web")));
        if (dicomWebPlugin) {
            caps.wadoRs = true;
            caps.stowRs = true;
            report.notes << QStringLiteral("WADO-RS, STOW-RS: Orthanc's DICOMweb plugin is loaded (it serves both)");
        }
    }
    if (!caps.stowRs)
        report.notes << QStringLiteral("STOW-RS: not assumed (only proven for Orthanc's DICOMweb plugin; testing stores nothing)");
    return answered;
}

} // namespace

Result<ProbeReport> probe(const Node &node, const Timeouts &timeouts)
{
    ProbeReport report;
    DimseOutcome dimse;
    const bool hasDimse = !node.host.isEmpty() && node.port != 0 && !node.aeTitle.isEmpty();
    if (hasDimse)
        dimse = probeDimse(node, timeouts, report);
    bool httpAnswered = false;
    if (!node.dicomWebUrl.isEmpty())
        httpAnswered = probeHttp(node, timeouts, report);
    if (!dimse.reached && !httpAnswered) {
        if (dimse.error)
            return Error(dimse.error->code, dimse.error->subject,
                         httpAnswered || node.dicomWebUrl.isEmpty() ? dimse.error->reason
                                                                      : dimse.error->reason + QCoreApplication::translate("strata::net", "; DICOMweb did not answer either"));
        return Error(ErrorCode::IoError, node.dicomWebUrl.isEmpty() ? node.label() : node.dicomWebUrl,
                     QCoreApplication::translate("strata::net", "the node did not answer: %1").arg(report.notes.join(QStringLiteral("; "))));
    }
    report.capabilities.probed = true;
    report.capabilities.probedAt = QDateTime::currentDateTimeUtc();
    return report;
}

Result<Capabilities> probeNode(const Node &node, const Timeouts &timeouts)
{
    auto r = probe(node, timeouts);
    if (!r.ok())
        return r.error();
    return r.value().capabilities;
}

} // namespace strata::net
