// `strata serve`: the Storage SCP, headless (an import station).
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/net/MetricsServer.h>
#include <strata/net/dimse/StorageScp.h>
#include <strata/sync/SyncEngine.h>

#include <QMutex>
#include <QThread>

#include <optional>
#include <thread>
#include <utility>

namespace strata::cli {

namespace {
/// "20G", "500M", "1.5T", "123456" -> bytes; nothing when unreadable.
std::optional<qint64> byteSize(QString text)
{
    text = text.trimmed().toUpper();
    if (text.endsWith(QLatin1Char('B')))
        text.chop(1);
    double factor = 1;
    const QString units = QStringLiteral("KMGT");
    if (!text.isEmpty() && units.contains(text.back())) {
        for (qsizetype i = 0; i <= units.indexOf(text.back()); ++i)
            factor *= 1024;
        text.chop(1);
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return qint64(v * factor);
}
} // namespace

int serveCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run Strata's Storage SCP until Ctrl-C: what modalities and archives send is imported into the local cache. "
        "Only the calling AE titles given with --allow are accepted (others are rejected and logged) unless --allow-any."));
    parser.addOption({QStringLiteral("aet"), QStringLiteral("Strata's AE title (default STRATA)."), QStringLiteral("ae"), QStringLiteral("STRATA")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (default 11112)."), QStringLiteral("port"), QStringLiteral("11112")});
    parser.addOption({QStringLiteral("allow"), QStringLiteral("Calling AE titles to accept (comma-separated; repeatable)."), QStringLiteral("ae")});
    parser.addOption({QStringLiteral("allow-any"), QStringLiteral("Accept any calling AE title (not recommended).")});
    parser.addOption({QStringLiteral("max-associations"), QStringLiteral("Concurrent associations (default 8)."), QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("Serve TLS with this certificate (PEM)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("The certificate's private key (PEM)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-ca"), QStringLiteral("Require client certificates signed by these (PEM)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("max-bytes"), QStringLiteral("Disk budget: bytes to receive in all, then refuse with 0xA700 (e.g. 20G; default no budget)."), QStringLiteral("size")});
    parser.addOption({QStringLiteral("min-free"), QStringLiteral("Free disk space to keep; below it instances are refused with 0xA700 (default 256M)."), QStringLiteral("size"), QStringLiteral("256M")});
    parser.addOption({QStringLiteral("bind"), QStringLiteral("IPv4 address to listen on (default 0.0.0.0: every interface)."), QStringLiteral("address"), QStringLiteral("0.0.0.0")});
    parser.addOption({QStringLiteral("max-association-time"), QStringLiteral("Cut off an association open longer than this many seconds (default 3600; 0 = no limit)."), QStringLiteral("seconds"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("listed-classes-only"),
                      QStringLiteral("Take only the storage SOP classes DCMTK lists (by default also vendors' private and newer storage classes).")});
    parser.addOption({QStringLiteral("no-storage-commitment"),
                      QStringLiteral("Refuse Storage Commitment requests (by default each is answered: on an association to the sender when it is a node of the registry, tried again while it cannot be reached; otherwise on the sender's own association when it waits there).")});
    parser.addOption({QStringLiteral("no-sync"), QStringLiteral("Do not run background sync (by default what the sync rules route is sent while serving).")});
    parser.addOption({QStringLiteral("sync-parallel"), QStringLiteral("Sync associations at once (default 2)."), QStringLiteral("n"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("metrics"), QStringLiteral("Serve Prometheus text metrics of the sync at this loopback address (e.g. 127.0.0.1:9100)."),
                      QStringLiteral("address")});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("serve"), args, out, err, &code))
        return code;
    net::StorageScpConfig config;
    config.aeTitle = parser.value(QStringLiteral("aet"));
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {  // a station's senders need a fixed port
        err << "strata serve: --port must be between 1 and 65535\n";
        return 2;
    }
    config.port = quint16(port);
    config.bindAddress = parser.value(QStringLiteral("bind"));
    for (const QString &v : parser.values(QStringLiteral("allow")))
        config.allowedCallingAeTitles += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    config.acceptAnyCallingAe = parser.isSet(QStringLiteral("allow-any"));
    if (config.allowedCallingAeTitles.isEmpty() && !config.acceptAnyCallingAe) {
        err << "strata serve: name the senders to accept with --allow AE[,AE...] (or --allow-any)\n";
        return 2;
    }
    config.maxAssociations = std::max(1, parser.value(QStringLiteral("max-associations")).toInt());
    config.acceptUnlistedStorageClasses = !parser.isSet(QStringLiteral("listed-classes-only"));
    config.storageCommitment = !parser.isSet(QStringLiteral("no-storage-commitment"));
    config.maxAssociationSeconds = parser.value(QStringLiteral("max-association-time")).toInt(&ok);
    if (!ok || config.maxAssociationSeconds < 0) {
        err << "strata serve: --max-association-time must be a number of seconds (0 = no limit)\n";
        return 2;
    }
    config.dataDir = paths::dataDir();
    for (const auto &[option, target] : {std::pair{QStringLiteral("max-bytes"), &config.maxReceivedBytes},
                                         std::pair{QStringLiteral("min-free"), &config.minFreeBytes}}) {
        if (!parser.isSet(option) && option == QLatin1String("max-bytes"))
            continue;
        const auto size = byteSize(parser.value(option));
        if (!size) {
            err << "strata serve: --" << option << " '" << parser.value(option) << "' is not a size (e.g. 500M, 20G)\n";
            return 2;
        }
        *target = *size;
    }
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        config.tls.enabled = true;
        config.tls.certificateFile = parser.value(QStringLiteral("tls-cert"));
        config.tls.privateKeyFile = parser.value(QStringLiteral("tls-key"));
        config.tls.trustedCertificates = parser.value(QStringLiteral("tls-ca"));
        config.tls.verifyPeer = parser.isSet(QStringLiteral("tls-ca"));
    }
    net::StorageScp scp(config);
    QMutex mutex;
    int received = 0;
    scp.setOnInstance([&](const net::ReceivedInstance &r) {
        QMutexLocker lock(&mutex);
        if (r.stored) {
            ++received;
            out << "received " << r.sopInstanceUid << " from " << r.callingAeTitle << "\n";
        } else {
            // Refused with a status the sender sees, or lost on the way (a broken or cut transfer).
            out << (r.status ? "refused " : "not kept ") << r.sopInstanceUid << " from " << r.callingAeTitle << ": " << r.reason << "\n";
        }
        out.flush();
    });
    QObject::connect(&scp, &net::StorageScp::associationRejected, [&](const QString &ae, const QString &reason) {
        QMutexLocker lock(&mutex);
        err << "rejected an association from " << ae << ": " << reason << "\n";
        err.flush();
    });
    QObject::connect(&scp, &net::StorageScp::contextRefused, [&](const QString &ae, const QString &what) {
        QMutexLocker lock(&mutex);
        err << "refused to receive from " << ae << ": " << what << "\n";
        err.flush();
    });
    QObject::connect(&scp, &net::StorageScp::commitmentAnswered, [&](const QString &ae, const QString &what) {
        QMutexLocker lock(&mutex);
        out << what << " (asked by " << ae << ")\n";
        out.flush();
    });
    QObject::connect(&scp, &net::StorageScp::commitmentReportDelayed, [&](const QString &ae, const QString &what) {
        QMutexLocker lock(&mutex);
        err << what << " (asked by " << ae << ")\n";
        err.flush();
    });
    auto started = scp.start();
    if (!started.ok()) {
        err << "strata serve: " << started.error().message() << "\n";
        return 1;
    }
    {
        QMutexLocker lock(&mutex);
        out << "Storage SCP " << config.aeTitle << " listening on port " << started.value() << (config.tls.enabled ? " (TLS)" : "")
            << "; importing into " << config.dataDir << ". Ctrl-C stops.\n";
        out.flush();
    }
    InterruptScope interrupt;
    std::unique_ptr<net::MetricsServer> metrics;
    if (parser.isSet(QStringLiteral("metrics"))) {
        const QString dataDir = config.dataDir;
        metrics = std::make_unique<net::MetricsServer>([dataDir] {
            auto status = sync::readSyncStatus(dataDir);
            return status.ok() ? status.value().toPrometheus() : QStringLiteral("# %1\n").arg(status.error().message());
        });
        auto listening = metrics->start(parser.value(QStringLiteral("metrics")));
        if (!listening.ok()) {
            err << "strata serve: --metrics: " << listening.error().message() << "\n";
            scp.stop();
            return 2;
        }
        QMutexLocker lock(&mutex);
        out << "Metrics on http://" << parser.value(QStringLiteral("metrics")).section(QLatin1Char(':'), 0, 0) << ":" << listening.value()
            << "/metrics\n";
        out.flush();
    }
    // Background sync beside the SCP: what the rules route (received here or imported elsewhere) is
    // sent, verified and marked safe; it obeys `strata sync pause`.
    std::thread syncThread;
    if (!parser.isSet(QStringLiteral("no-sync"))) {
        sync::SyncOptions options;
        options.maxParallel = std::clamp(parser.value(QStringLiteral("sync-parallel")).toInt(), 1, 32);
        syncThread = std::thread([&, options] {
            sync::SyncEngine engine(config.dataDir, systemClock(), options);
            engine.setProgress([&](const QString &line) {
                QMutexLocker lock(&mutex);
                out << "sync: " << line << "\n";
                out.flush();
            });
            if (Status s = engine.start(); !s.ok()) {
                QMutexLocker lock(&mutex);
                err << "strata serve: sync: " << s.error().message() << "\n";
                return;
            }
            const CancellationToken &cancel = interrupt.token();
            while (!cancel.isCancelled()) {
                auto r = engine.run({}, cancel);
                if (!r.ok()) {
                    QMutexLocker lock(&mutex);
                    err << "strata serve: sync: " << r.error().message() << "\n";
                    err.flush();
                }
                for (int i = 0; i < 10 && !cancel.isCancelled(); ++i)  // paused or failed: look again in a second
                    QThread::msleep(100);
            }
        });
    }
    while (!interrupt.token().isCancelled() && scp.isRunning())
        QThread::msleep(100);
    scp.stop();
    if (syncThread.joinable()) {
        if (!interrupt.token().isCancelled())
            interrupt.token().cancel();
        syncThread.join();
    }
    if (metrics)
        metrics->stop();
    const store::ImportSummary s = scp.lastImport();
    out << "Stopped. Received " << received << " instance(s); imported " << s.imported << ", already cached " << s.duplicates;
    if (s.conflicts)
        out << ", " << s.conflicts << " conflict(s)";
    if (!s.broken.empty())
        out << ", " << s.broken.size() << " unreadable";
    out << "\n";
    printImportProblems(out, s);   // which, and why: what a sender should be asked about
    return 0;
}

} // namespace strata::cli
