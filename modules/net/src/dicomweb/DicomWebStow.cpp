// STOW-RS: files streamed from disk as multipart/related; type="application/dicom" POSTs, the
// node's DICOM JSON answer turned into a result per file.
#include <strata/net/dicomweb/DicomWeb.h>

#include "DicomWebHttp.h"

#include <strata/net/dimse/DimseStatus.h>

#include <strata/dicom/HeaderReader.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

#include <memory>

namespace strata::net {
namespace {

constexpr int kChunkFiles = 50;
constexpr qint64 kChunkBytes = qint64(64) << 20;

QString firstText(const QJsonObject &item, const char *tag)
{
    const QJsonValue v = item.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray().at(0);
    return v.isDouble() ? QString::number(v.toInt()) : v.toString().trimmed();
}

int firstNumber(const QJsonObject &item, const char *tag, int otherwise)
{
    const QJsonValue v = item.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray().at(0);
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok, 0);
    return ok ? n : otherwise;
}

QJsonArray sequence(const QJsonObject &dataset, const char *tag)
{
    return dataset.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray();
}

/// A STOW-RS failure reason (PS3.18: the C-STORE statuses of PS3.4) in words, from the DIMSE
/// status table: "the node refused it: duplicate SOP instance (0x0111)".
QString failureText(int status)
{
    QString what = dimseStatus(quint16(status), DimseService::Store).words;
    if (const qsizetype colon = what.indexOf(QLatin1String(": ")); colon > 0)
        what = what.mid(colon + 2);   // the table's "failed: " / "refused: " prefix
    return QCoreApplication::translate("strata::net", "the node refused it: %1 (0x%2)").arg(what).arg(status, 4, 16, QLatin1Char('0'));
}

} // namespace

Result<SendReport> stowInstances(const Node &node, const QStringList &files, const Timeouts &timeouts,
                                 const CancellationToken &cancel, const std::function<void(const SendProgress &)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    web::Session session(node, timeouts, cancel);
    if (auto error = session.prepare())
        return *error;

    SendReport report;
    report.instances.resize(size_t(files.size()));
    SendProgress figures;
    figures.total = int(files.size());
    auto tell = [&] {
        if (progress)
            progress(figures);
    };

    // Only readable DICOM goes out; the rest fails here, by name.
    struct Item {
        int index;
        qint64 size;
    };
    std::vector<Item> items;
    for (qsizetype i = 0; i < files.size(); ++i) {
        SentInstance &s = report.instances[size_t(i)];
        s.file = files[i];
        auto header = dicom::readHeader(files[i]);
        if (!header.ok()) {
            s.reason = QCoreApplication::translate("strata::net", "not sent: %1").arg(header.error().reason);
            ++figures.done;
            continue;
        }
        s.sopInstanceUid = header.value().sopInstanceUid;
        s.studyInstanceUid = header.value().studyInstanceUid;
        s.transferSyntax = header.value().transferSyntax.uid;
        if (s.sopInstanceUid.isEmpty()) {
            s.reason = QCoreApplication::translate("strata::net", "not sent: the file has no SOP Instance UID");
            ++figures.done;
            continue;
        }
        items.push_back({int(i), QFileInfo(files[i]).size()});
    }
    tell();

    const QUrl url = session.url(QStringLiteral("studies"));
    bool anyAnswer = false;
    for (size_t next = 0; next < items.size();) {
        if (cancel.isCancelled()) {
            report.cancelled = true;
            break;
        }
        // One request: up to kChunkFiles files or kChunkBytes (a larger file goes alone).
        std::vector<Item> chunk;
        qint64 chunkBytes = 0;
        while (next < items.size() && int(chunk.size()) < kChunkFiles &&
               (chunk.empty() || chunkBytes + items[next].size <= kChunkBytes)) {
            chunkBytes += items[next].size;
            chunk.push_back(items[next++]);
        }

        auto multipart = std::make_unique<QHttpMultiPart>(QHttpMultiPart::RelatedType);
        std::vector<Item> sent;
        for (const Item &item : chunk) {
            SentInstance &s = report.instances[size_t(item.index)];
            auto *file = new QFile(s.file, multipart.get());
            if (!file->open(QIODevice::ReadOnly)) {
                s.reason = QCoreApplication::translate("strata::net", "not sent: %1").arg(file->errorString());
                ++figures.done;
                delete file;
                continue;
            }
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/dicom"));
            part.setBodyDevice(file);
            multipart->append(part);
            sent.push_back(item);
        }
        if (sent.empty())
            continue;

        QNetworkRequest request = session.request(url, "application/dicom+json, application/json;q=0.9");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("multipart/related; type=\"application/dicom\"; boundary=") + multipart->boundary());
        std::unique_ptr<QNetworkReply> reply(session.nam().post(request, multipart.get()));
        multipart.release()->setParent(reply.get());
        const qint64 bytesBefore = figures.bytes;
        QObject::connect(reply.get(), &QNetworkReply::uploadProgress, reply.get(), [&](qint64 done, qint64) {
            figures.bytes = bytesBefore + done;
            tell();
        });

        web::Session::Wait how = session.wait(reply.get());
        while (how == web::Session::Wait::Paused)
            how = session.wait(reply.get());
        const int status = web::Session::httpStatus(reply.get());

        if (how == web::Session::Wait::Cancelled) {
            for (const Item &item : sent)
                report.instances[size_t(item.index)].reason = QCoreApplication::translate("strata::net", "cancelled while sending (the node may have stored it)");
            report.cancelled = true;
            break;
        }
        // 200: all stored; 202: some failed; 409: none stored. Each with a per-instance answer.
        const bool answered = how == web::Session::Wait::Finished && (status == 200 || status == 202 || status == 409);
        if (!answered) {
            const Error error = session.failure(reply.get(), how);
            const bool wholeNodeProblem = status == 0 || status == 401 || status == 403 || status == 404 || status == 405;
            if (wholeNodeProblem && !anyAnswer)
                return error;  // nothing can be sent at all
            for (const Item &item : sent)
                report.instances[size_t(item.index)].reason = error.message();
            figures.done += int(sent.size());
            tell();
            if (wholeNodeProblem) {
                for (size_t rest = next; rest < items.size(); ++rest)
                    report.instances[size_t(items[rest].index)].reason = QCoreApplication::translate("strata::net", "not sent: %1").arg(error.message());
                figures.done += int(items.size() - next);
                break;
            }
            continue;
        }
        anyAnswer = true;

        const QByteArray body = reply->readAll();
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        struct Outcome {
            int status;
            QString reason;
        };
        QHash<QString, Outcome> outcomes;
        for (const QJsonValue &v : sequence(answer, "00081199")) {
            const QJsonObject item = v.toObject();
            const int warning = firstNumber(item, "00081196", 0);
            outcomes.insert(firstText(item, "00081155"),
                            warning ? Outcome{0xB000, QCoreApplication::translate("strata::net", "stored with a warning (0x%1)").arg(warning, 4, 16, QLatin1Char('0'))}
                                    : Outcome{0, QString()});
        }
        for (const QJsonValue &v : sequence(answer, "00081198")) {
            const QJsonObject item = v.toObject();
            const int reason = firstNumber(item, "00081197", 0xC000);
            outcomes.insert(firstText(item, "00081155"), Outcome{reason ? reason : 0xC000, failureText(reason ? reason : 0xC000)});
        }
        const bool noDetails = answer.isEmpty();
        for (const Item &item : sent) {
            SentInstance &s = report.instances[size_t(item.index)];
            const auto it = outcomes.constFind(s.sopInstanceUid);
            if (it != outcomes.constEnd()) {
                s.status = it->status;
                s.reason = it->reason;
            } else if (noDetails && status == 200) {
                s.status = 0;  // HTTP 200 means everything was stored, even without the details
            } else {
                s.status = 0xC000;
                s.reason = QCoreApplication::translate("strata::net", "the node's answer (HTTP %1) does not mention this instance").arg(status);
            }
        }
        figures.done += int(sent.size());
        figures.bytes = bytesBefore + chunkBytes;
        tell();
    }

    for (SentInstance &s : report.instances) {
        if (report.cancelled && s.status == -1 && s.reason.isEmpty())
            s.reason = QCoreApplication::translate("strata::net", "cancelled before it was sent");
        if (s.status == 0)
            ++report.succeeded;
        else if (s.ok())
            ++report.warnings;
        else
            ++report.failed;
        if (s.status >= 0)
            report.bytes += QFileInfo(s.file).size();
    }
    report.seconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace strata::net
