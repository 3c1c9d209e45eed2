// `strata audit list|verify|export`: the audit log of the local cache.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace strata::cli {
namespace {

using namespace strata::store;

/// A date (YYYYMMDD or YYYY-MM-DD, local midnight) or an ISO date-time.
QDateTime parseWhen(const QString &text)
{
    QDate d = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return d.startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("action"), QStringLiteral("Only this action (import, receive, retrieve, query, send, export, anonymize, cd, delete, study-opened, node-change, audit-export)."), QStringLiteral("action")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("Only this OS user."), QStringLiteral("user")});
    parser.addOption({QStringLiteral("object"), QStringLiteral("Only records whose object contains this text (a Study Instance UID, a node)."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("outcome"), QStringLiteral("success or failure."), QStringLiteral("outcome")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("At or after this date (YYYYMMDD, YYYY-MM-DD or ISO date-time)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Before the end of this date (or before this ISO date-time)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("last"), QStringLiteral("Only the newest N records."), QStringLiteral("N")});
}

bool filterFrom(const QCommandLineParser &parser, AuditFilter &f, QTextStream &err)
{
    f.action = parser.value(QStringLiteral("action"));
    f.user = parser.value(QStringLiteral("user"));
    f.object = parser.value(QStringLiteral("object"));
    f.outcome = parser.value(QStringLiteral("outcome"));
    if (parser.isSet(QStringLiteral("from"))) {
        f.from = parseWhen(parser.value(QStringLiteral("from")));
        if (!f.from.isValid()) {
            err << "strata audit: --from: not a date: " << parser.value(QStringLiteral("from")) << "\n";
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const QString text = parser.value(QStringLiteral("to"));
        f.to = parseWhen(text);
        if (!f.to.isValid()) {
            err << "strata audit: --to: not a date: " << text << "\n";
            return false;
        }
        if (!text.contains(QLatin1Char('T')))
            f.to = f.to.addDays(1);  // a date includes its whole day
    }
    if (parser.isSet(QStringLiteral("last"))) {
        bool ok = false;
        f.last = parser.value(QStringLiteral("last")).toInt(&ok);
        if (!ok || f.last <= 0) {
            err << "strata audit: --last needs a positive number\n";
            return false;
        }
    }
    return true;
}

QJsonObject recordJson(const AuditRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("time"), r.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), r.user},
                       {QStringLiteral("action"), r.action},
                       {QStringLiteral("object"), r.object},
                       {QStringLiteral("outcome"), r.outcome},
                       {QStringLiteral("peer"), r.peer},
                       {QStringLiteral("detail"), r.detail},
                       {QStringLiteral("previousHash"), QString::fromLatin1(r.previousHash)},
                       {QStringLiteral("hash"), QString::fromLatin1(r.hash)}};
}

} // namespace

int auditCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    QCommandLineParser parser;
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(QStringLiteral("List the audit log's records, oldest first."));
        addFilterOptions(parser);
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the records as JSON.")});
    } else if (sub == QLatin1String("verify")) {
        parser.setApplicationDescription(QStringLiteral(
            "Check the audit log's hash chain and its anchor: exit status 0 when it is whole, 1 naming the first bad record."));
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    } else if (sub == QLatin1String("export")) {
        parser.setApplicationDescription(QStringLiteral(
            "Write the audit log's records as DICOM audit messages (PS3.15 A.5 XML), to a file or to standard output."));
        addFilterOptions(parser);
        parser.addOption({QStringLiteral("out"), QStringLiteral("The XML file to write (default: standard output)."), QStringLiteral("file")});
    } else if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out << "Usage: strata audit list|verify|export [options]\n"
               "  list    the records, with filters (--action, --user, --object, --outcome, --from, --to, --last, --json)\n"
               "  verify  check the hash chain and its anchor; names the first bad record\n"
               "  export  the records as DICOM audit messages (PS3.15 A.5 XML; --out <file>, same filters)\n";
        return sub.isEmpty() ? 2 : 0;
    } else {
        err << "strata audit: unknown subcommand '" << sub << "' (list, verify, export)\n";
        return 2;
    }
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("audit ") + sub, rest, out, err, &parseExit))
        return parseExit;

    auto service = StoreService::open(paths::dataDir());
    if (!service.ok()) {
        err << "strata audit: " << service.error().message() << "\n";
        return 1;
    }
    auto opened = service.value()->auditLog();
    if (!opened.ok()) {
        err << "strata audit: " << opened.error().message() << "\n";
        return 1;
    }
    AuditLog &log = *opened.value();

    if (sub == QLatin1String("verify")) {
        auto verified = log.verify();
        if (!verified.ok()) {
            err << "strata audit verify: " << verified.error().message() << "\n";
            return 1;
        }
        const AuditVerification &v = verified.value();
        if (parser.isSet(QStringLiteral("json"))) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), v.ok},
                                             {QStringLiteral("records"), v.records},
                                             {QStringLiteral("anchored"), v.anchored},
                                             {QStringLiteral("firstBad"), v.firstBad},
                                             {QStringLiteral("reason"), v.reason},
                                             {QStringLiteral("note"), v.note}})
                       .toJson(QJsonDocument::Indented);
        } else if (v.ok) {
            out << "Audit log verified: " << v.records << " record(s), the chain is whole and matches its anchor\n";
            if (!v.note.isEmpty())
                out << "  Note: " << v.note << "\n";
        } else {
            out << "Audit log FAILS verification at record " << v.firstBad << ": " << v.reason << "\n"
                << "  (" << v.records << " record(s) in the index, " << v.anchored << " anchored)\n";
        }
        return v.ok ? 0 : 1;
    }

    AuditFilter filter;
    if (!filterFrom(parser, filter, err))
        return 2;
    auto records = log.list(filter);
    if (!records.ok()) {
        err << "strata audit: " << records.error().message() << "\n";
        return 1;
    }

    if (sub == QLatin1String("list")) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const AuditRecord &r : records.value())
                array.append(recordJson(r));
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const AuditRecord &r : records.value()) {
            out << r.id << "  " << r.time.toUTC().toString(Qt::ISODate) << "  " << r.user << "  " << r.action << "  "
                << (r.outcome == QLatin1String("success") ? QString() : r.outcome.toUpper() + QLatin1String("  ")) << r.object;
            if (!r.peer.isEmpty())
                out << "  peer: " << r.peer;
            if (!r.detail.isEmpty())
                out << "  (" << r.detail << ")";
            out << "\n";
        }
        if (records->empty())
            out << "No audit records match.\n";
        return 0;
    }

    // export: each study's patient as the index knows it now.
    auto patients = log.patientsOf(records.value());
    if (!patients.ok()) {
        err << "strata audit export: " << patients.error().message() << "\n";
        return 1;
    }
    const QByteArray xml = dicomAuditMessages(records.value(), patients.value());
    const QString file = parser.value(QStringLiteral("out"));
    if (file.isEmpty()) {
        out << QString::fromUtf8(xml);
    } else {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.commit()) {
            err << "strata audit export: " << file << ": " << f.errorString() << "\n";
            return 1;
        }
        err << "Wrote " << records->size() << " audit message(s) to " << file << "\n";
    }
    (void)log.append({QStringLiteral("audit-export"), QStringLiteral("%1 record(s)").arg(records->size()), QStringLiteral("success"),
                      file, {}});
    return 0;
}

} // namespace strata::cli
