// The audit log's records as DICOM audit messages (PS3.15 A.5.1's schema, A.5.3's messages).
#include <strata/store/AuditLog.h>

#include <QRegularExpression>
#include <QSysInfo>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>

namespace strata::store {
namespace {

/// A code of the DICOM audit vocabulary (DCM, or RFC 3881's own lists).
struct Code {
    const char *code;
    const char *system;
    const char *meaning;
};

constexpr Code kNone{nullptr, nullptr, nullptr};
constexpr Code kApplication{"110150", "DCM", "Application"};
constexpr Code kDestinationRole{"110152", "DCM", "Destination Role ID"};
constexpr Code kSourceRole{"110153", "DCM", "Source Role ID"};
constexpr Code kDestinationMedia{"110154", "DCM", "Destination Media"};
constexpr Code kSourceMedia{"110155", "DCM", "Source Media"};
constexpr Code kMediaUri{"110037", "DCM", "URI"};
constexpr Code kStudyUid{"110180", "DCM", "Study Instance UID"};
constexpr Code kSopClassUid{"110181", "DCM", "SOP Class UID"};
constexpr Code kNodeId{"110182", "DCM", "Node ID"};
constexpr Code kPatientNumber{"2", "RFC-3881", "Patient Number"};
constexpr Code kUri{"12", "RFC-3881", "URI"};

/// How the participants of an event are laid out.
enum class Shape {
    Application,  ///< the user and Strata (Application)
    Inbound,      ///< a network peer sends, Strata receives (Source, Destination)
    Outbound,     ///< Strata sends to a network peer (Source, Destination)
    Query,        ///< Strata asks, the peer answers (Source, Destination)
    Import,       ///< Strata reads from media (Source Media)
    Export,       ///< Strata writes to media (Destination Media)
};

/// The event a Strata action is, its action code (C create, R read, U update, D delete,
/// E execute), and how its participants are laid out.
struct EventKind {
    Code id;
    const char *actionCode;
    Code type;  ///< EventTypeCode; code null when none
    Shape shape;
};

EventKind eventOf(const QString &action)
{
    if (action == QLatin1String("import"))
        return {{"110107", "DCM", "Import"}, "C", kNone, Shape::Import};
    if (action == QLatin1String("receive") || action == QLatin1String("retrieve"))
        return {{"110104", "DCM", "DICOM Instances Transferred"}, "C", kNone, Shape::Inbound};
    if (action == QLatin1String("send"))
        return {{"110104", "DCM", "DICOM Instances Transferred"}, "R", kNone, Shape::Outbound};
    if (action == QLatin1String("delete"))
        return {{"110105", "DCM", "DICOM Study Deleted"}, "D", kNone, Shape::Application};
    if (action == QLatin1String("export") || action == QLatin1String("measurements-export") || action == QLatin1String("keyimages-export")
        || action == QLatin1String("document-export") || action == QLatin1String("anonymize") || action == QLatin1String("cd"))
        return {{"110106", "DCM", "Export"}, "R", kNone, Shape::Export};
    if (action == QLatin1String("query"))
        return {{"110112", "DCM", "Query"}, "E", kNone, Shape::Query};
    if (action == QLatin1String("measurement-change") || action == QLatin1String("reconcile"))
        return {{"110103", "DCM", "DICOM Instances Accessed"}, "U", kNone, Shape::Application};
    if (action == QLatin1String("study-opened"))
        return {{"110103", "DCM", "DICOM Instances Accessed"}, "R", kNone, Shape::Application};
    if (action == QLatin1String("node-change"))
        return {{"110113", "DCM", "Security Alert"}, "U", {"110128", "DCM", "Network Configuration"}, Shape::Application};
    if (action == QLatin1String("audit-export") || action == QLatin1String("audit-verify"))
        return {{"110101", "DCM", "Audit Log Used"}, "R", kNone, Shape::Application};
    return {{"110100", "DCM", "Application Activity"}, "E", kNone, Shape::Application};
}

void writeCode(QXmlStreamWriter &x, const char *element, const Code &c)
{
    x.writeEmptyElement(QLatin1String(element));
    x.writeAttribute(QStringLiteral("csd-code"), QLatin1String(c.code));
    x.writeAttribute(QStringLiteral("codeSystemName"), QLatin1String(c.system));
    x.writeAttribute(QStringLiteral("originalText"), QLatin1String(c.meaning));
}

bool looksLikeUid(const QString &s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (QChar c : s)
        if (!(c.isDigit() || c == QLatin1Char('.')))
            return false;
    return true;
}

/// A network peer as net's records name it: "name (AE@host:port)" or "AE@host:port".
struct NetworkPeer {
    QString aeTitle;
    QString host;
    QString name;
    bool valid = false;
};

NetworkPeer networkPeer(const QString &peer)
{
    static const QRegularExpression re(QStringLiteral("^(?:(.*) \\()?([^@()]*)@([^:@()]+):(\\d+)\\)?$"));
    const QRegularExpressionMatch m = re.match(peer);
    if (!m.hasMatch())
        return {};
    return {m.captured(2), m.captured(3), m.captured(1), true};
}

/// One ActiveParticipant. `napHost`: its network access point (type 2 for an IP address, 1 for a
/// machine name), none when empty.
struct Participant {
    QString userId;
    QString alternativeUserId;
    QString userName;
    bool requestor = false;
    Code role = kNone;
    QString napHost;
    Code mediaType = kNone;
};

bool isIpAddress(const QString &host)
{
    static const QRegularExpression v4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return v4.match(host).hasMatch() || host.contains(QLatin1Char(':'));  // IPv4, or IPv6
}

void writeParticipant(QXmlStreamWriter &x, const Participant &p)
{
    const bool hasChildren = p.role.code || p.mediaType.code;
    if (hasChildren)
        x.writeStartElement(QStringLiteral("ActiveParticipant"));
    else
        x.writeEmptyElement(QStringLiteral("ActiveParticipant"));
    x.writeAttribute(QStringLiteral("UserID"), p.userId);
    if (!p.alternativeUserId.isEmpty())
        x.writeAttribute(QStringLiteral("AlternativeUserID"), p.alternativeUserId);
    if (!p.userName.isEmpty())
        x.writeAttribute(QStringLiteral("UserName"), p.userName);
    x.writeAttribute(QStringLiteral("UserIsRequestor"), p.requestor ? QStringLiteral("true") : QStringLiteral("false"));
    if (!p.napHost.isEmpty()) {
        x.writeAttribute(QStringLiteral("NetworkAccessPointID"), p.napHost);
        x.writeAttribute(QStringLiteral("NetworkAccessPointTypeCode"),
                         isIpAddress(p.napHost) ? QStringLiteral("2") : QStringLiteral("1"));
    }
    if (p.role.code)
        writeCode(x, "RoleIDCode", p.role);
    if (p.mediaType.code) {
        x.writeStartElement(QStringLiteral("MediaIdentifier"));
        writeCode(x, "MediaType", p.mediaType);
        x.writeEndElement();
    }
    if (hasChildren)
        x.writeEndElement();
}

/// A file or folder the record names, as a URI (absolute paths become file: URIs).
QString mediaUri(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) ? QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) : path;
}

/// The SOP Class UID of the query a query record describes: Patient Root for patient queries,
/// Study Root otherwise (studies, and the series of a study).
QString querySopClass(const QString &object)
{
    return object.startsWith(QLatin1String("patients:")) ? QStringLiteral("1.2.840.10008.5.1.4.1.2.1.1")   // Patient Root Q/R FIND
                                                          : QStringLiteral("1.2.840.10008.5.1.4.1.2.2.1");  // Study Root Q/R FIND
}

void writeObject(QXmlStreamWriter &x, const QString &id, const char *typeCode, const char *role, const Code &idType,
                 const QString &name = {}, const QByteArray &query = {}, bool anonymized = false)
{
    x.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
    x.writeAttribute(QStringLiteral("ParticipantObjectID"), id);
    x.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QLatin1String(typeCode));
    x.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QLatin1String(role));
    writeCode(x, "ParticipantObjectIDTypeCode", idType);
    if (!name.isEmpty())
        x.writeTextElement(QStringLiteral("ParticipantObjectName"), name);
    else if (!query.isEmpty())
        x.writeTextElement(QStringLiteral("ParticipantObjectQuery"), QString::fromLatin1(query.toBase64()));
    if (anonymized)
        x.writeTextElement(QStringLiteral("Anonymized"), QStringLiteral("true"));
    x.writeEndElement();
}

void writeMessage(QXmlStreamWriter &x, const AuditRecord &r, const QString &host, const AuditPatients &patients)
{
    const EventKind kind = eventOf(r.action);
    x.writeStartElement(QStringLiteral("AuditMessage"));
    x.writeStartElement(QStringLiteral("EventIdentification"));
    x.writeAttribute(QStringLiteral("EventActionCode"), QLatin1String(kind.actionCode));
    x.writeAttribute(QStringLiteral("EventDateTime"), r.time.toUTC().toString(Qt::ISODateWithMs));
    // 0 success, 8 serious failure (RFC 3881's outcome indicator).
    x.writeAttribute(QStringLiteral("EventOutcomeIndicator"), r.outcome == QLatin1String("success") ? QStringLiteral("0") : QStringLiteral("8"));
    writeCode(x, "EventID", kind.id);
    if (kind.type.code)
        writeCode(x, "EventTypeCode", kind.type);
    if (!r.detail.isEmpty() && r.outcome != QLatin1String("success"))
        x.writeTextElement(QStringLiteral("EventOutcomeDescription"), r.detail);
    x.writeEndElement();

    // The participants: the OS user asked for it; Strata on this host did it; the peer, when the
    // record names one, is the other end (a node on the network, or files).
    const NetworkPeer net = networkPeer(r.peer);
    Participant user{r.user, {}, {}, true, kNone, {}, kNone};
    // Strata by its default AE title (the record does not keep the calling AE a node was given).
    Participant strata{QStringLiteral("STRATA"), {}, QStringLiteral("Strata"), false, kApplication, {}, kNone};
    std::vector<Participant> others;
    switch (kind.shape) {
    case Shape::Application:
        if (!r.peer.isEmpty())
            others.push_back({r.peer, {}, {}, false, kNone, {}, kNone});
        break;
    case Shape::Inbound:
    case Shape::Outbound:
    case Shape::Query: {
        const bool strataSends = kind.shape != Shape::Inbound;
        strata.role = strataSends ? kSourceRole : kDestinationRole;
        Participant peer{r.peer, {}, {}, false, strataSends ? kDestinationRole : kSourceRole, {}, kNone};
        if (net.valid) {
            strata.napHost = host;
            peer.userId = net.aeTitle.isEmpty() ? r.peer : net.aeTitle;
            peer.userName = net.name;
            peer.napHost = net.host;
        }
        if (!r.peer.isEmpty())
            others.push_back(peer);
        break;
    }
    case Shape::Import:
    case Shape::Export: {
        strata.role = kind.shape == Shape::Import ? kDestinationRole : kSourceRole;
        // Several files are joined with spaces: a space before an absolute path separates them.
        static const QRegularExpression separator(QStringLiteral(" (?=/)"));
        for (const QString &path : r.peer.split(separator, Qt::SkipEmptyParts))
            others.push_back({mediaUri(path), {}, {}, false, kind.shape == Shape::Import ? kSourceMedia : kDestinationMedia, {}, kMediaUri});
        break;
    }
    }
    writeParticipant(x, user);
    writeParticipant(x, strata);
    for (const Participant &p : others)
        writeParticipant(x, p);

    x.writeEmptyElement(QStringLiteral("AuditSourceIdentification"));
    x.writeAttribute(QStringLiteral("AuditSourceID"), host);

    // The objects.
    const QStringList parts = r.object.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool studies = !parts.isEmpty() && std::all_of(parts.begin(), parts.end(), looksLikeUid);
    if (r.action == QLatin1String("query")) {
        // The query's SOP class names it; the query itself (Strata's keys, as the record has them)
        // is its content.
        const QString query = looksLikeUid(r.object) ? QStringLiteral("study=") + r.object : r.object;
        writeObject(x, querySopClass(r.object), "2", "24", kSopClassUid, {}, query.toUtf8());
    } else if (studies) {
        const bool anonymized = r.action == QLatin1String("anonymize");
        QStringList patientIds;
        for (const QString &uid : parts)
            writeObject(x, uid, "2", "3", kStudyUid, {}, {}, anonymized);
        for (const QString &uid : parts) {
            const auto it = patients.constFind(uid);
            if (it == patients.constEnd() || it->id.isEmpty() || patientIds.contains(it->id))
                continue;
            patientIds << it->id;
            writeObject(x, it->id, "1", "1", kPatientNumber, it->name.isEmpty() ? it->id : it->name);
        }
    } else if (kind.id.code == QLatin1String("110101")) {
        writeObject(x, QStringLiteral("urn:strata:audit-log"), "2", "13", kUri, QStringLiteral("Security Audit Log"));
    } else if (r.action == QLatin1String("node-change") && !r.object.isEmpty()) {
        // The node whose configuration changed.
        writeObject(x, r.object, "2", "13", kNodeId, r.object);
    }
    x.writeEndElement();  // AuditMessage
}

} // namespace

QByteArray dicomAuditMessage(const AuditRecord &record, const AuditPatients &patients)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    writeMessage(x, record, QSysInfo::machineHostName(), patients);
    x.writeEndDocument();
    return out;
}

QByteArray dicomAuditMessages(const std::vector<AuditRecord> &records, const AuditPatients &patients)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("AuditMessages"));
    const QString host = QSysInfo::machineHostName();
    for (const AuditRecord &r : records) {
        x.writeComment(QStringLiteral(" strata audit record %1, hash %2 ").arg(r.id).arg(QString::fromLatin1(r.hash)));
        writeMessage(x, r, host, patients);
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace strata::store
