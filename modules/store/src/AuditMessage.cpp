// The audit log's records as DICOM audit messages (PS3.15 A.5.1).
#include <strata/store/AuditLog.h>

#include <QSysInfo>
#include <QXmlStreamWriter>

namespace strata::store {
namespace {

/// A code of the DICOM audit vocabulary (DCM, or RFC 3881's own lists).
struct Code {
    const char *code;
    const char *system;
    const char *meaning;
};

/// The event a Strata action is, and its action code (C create, R read, U update, D delete, E execute).
struct EventKind {
    Code id;
    const char *actionCode;
    Code type;  ///< EventTypeCode; code null when none
};

EventKind eventOf(const QString &action)
{
    const Code none{nullptr, nullptr, nullptr};
    if (action == QLatin1String("import"))
        return {{"110107", "DCM", "Import"}, "C", none};
    if (action == QLatin1String("receive") || action == QLatin1String("retrieve"))
        return {{"110104", "DCM", "DICOM Instances Transferred"}, "C", none};
    if (action == QLatin1String("send"))
        return {{"110104", "DCM", "DICOM Instances Transferred"}, "R", none};
    if (action == QLatin1String("delete"))
        return {{"110105", "DCM", "DICOM Study Deleted"}, "D", none};
    if (action == QLatin1String("export") || action == QLatin1String("measurements-export") || action == QLatin1String("anonymize") || action == QLatin1String("cd"))
        return {{"110106", "DCM", "Export"}, "R", none};
    if (action == QLatin1String("query"))
        return {{"110112", "DCM", "Query"}, "E", none};
    if (action == QLatin1String("measurement-change"))
        return {{"110103", "DCM", "DICOM Instances Accessed"}, "U", none};
    if (action == QLatin1String("study-opened"))
        return {{"110103", "DCM", "DICOM Instances Accessed"}, "R", none};
    if (action == QLatin1String("node-change"))
        return {{"110113", "DCM", "Security Alert"}, "U", {"110128", "DCM", "Network Configuration"}};
    if (action == QLatin1String("audit-export") || action == QLatin1String("audit-verify"))
        return {{"110101", "DCM", "Audit Log Used"}, "R", none};
    return {{"110100", "DCM", "Application Activity"}, "E", none};
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

void writeMessage(QXmlStreamWriter &x, const AuditRecord &r, const QString &host)
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

    x.writeEmptyElement(QStringLiteral("ActiveParticipant"));
    x.writeAttribute(QStringLiteral("UserID"), r.user);
    x.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("true"));
    if (!r.peer.isEmpty()) {
        x.writeEmptyElement(QStringLiteral("ActiveParticipant"));
        x.writeAttribute(QStringLiteral("UserID"), r.peer);
        x.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("false"));
    }

    x.writeEmptyElement(QStringLiteral("AuditSourceIdentification"));
    x.writeAttribute(QStringLiteral("AuditSourceID"), host);

    // The objects: each Study Instance UID on its own, else the object as one text.
    QStringList uids;
    for (const QString &part : r.object.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (looksLikeUid(part))
            uids << part;
    const bool studies = !uids.isEmpty() && uids.size() == r.object.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    const QStringList objects = studies ? uids : (r.object.isEmpty() ? QStringList() : QStringList{r.object});
    for (const QString &object : objects) {
        x.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        x.writeAttribute(QStringLiteral("ParticipantObjectID"), object);
        x.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("2"));  // system object
        if (studies) {
            x.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("3"));  // report
            writeCode(x, "ParticipantObjectIDTypeCode", {"110180", "DCM", "Study Instance UID"});
        } else if (r.action == QLatin1String("query")) {
            x.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("24"));  // query
            writeCode(x, "ParticipantObjectIDTypeCode", {"110181", "DCM", "SOP Class UID"});
            x.writeTextElement(QStringLiteral("ParticipantObjectQuery"), QString::fromLatin1(object.toUtf8().toBase64()));
        } else {
            x.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("13"));  // security resource
            writeCode(x, "ParticipantObjectIDTypeCode", {"110182", "DCM", "Node ID"});
        }
        x.writeEndElement();
    }
    x.writeEndElement();  // AuditMessage
}

} // namespace

QByteArray dicomAuditMessage(const AuditRecord &record)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    writeMessage(x, record, QSysInfo::machineHostName());
    x.writeEndDocument();
    return out;
}

QByteArray dicomAuditMessages(const std::vector<AuditRecord> &records)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("AuditMessages"));
    const QString host = QSysInfo::machineHostName();
    for (const AuditRecord &r : records) {
        x.writeComment(QStringLiteral(" strata audit record %1, hash %2 ").arg(r.id).arg(QString::fromLatin1(r.hash)));
        writeMessage(x, r, host);
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace strata::store
