// DICOMweb (QIDO-RS, WADO-RS, STOW-RS, Basic / Bearer, HTTPS) against real Orthancs: the shared
// fixture "orthanc" (plain HTTP, read only here) and the secured fixture "orthanc_secure" (HTTPS,
// Basic on one server, Bearer on another; this test writes its own fresh-UID copies there).
#include <strata/core/Sha256.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/net/dicomweb/DicomWeb.h>
#include <strata/net/RemoteArchive.h>
#include <strata/net/dimse/Find.h>
#include <strata/store/LocalCache.h>

#include "dicomweb/MultipartReader.h"
#include "dicomweb/QidoJson.h"
#include "fault_proxy.h"
#include "fresh_copies.h"
#include "orthanc_rest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QDeadlineTimer>
#include <QSet>
#include <QTest>

#include <optional>

using namespace strata;
using namespace strata::net;

namespace {

QMap<QByteArray, QByteArray> readEnv(const QString &dir)
{
    QFile env(dir + QStringLiteral("/orthanc.env"));
    if (!env.open(QIODevice::ReadOnly))
        qFatal("no Orthanc fixture: %s", qPrintable(env.fileName()));
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}

QString readSecret(const QByteArray &path)
{
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", path.constData());
    return QString::fromLatin1(f.readAll().trimmed());
}

/// The shared fixture's Orthanc: DIMSE and DICOMweb.
Node plain()
{
    const auto env = readEnv(QStringLiteral(STRATA_ORTHANC_DIR));
    Node n;
    n.name = QStringLiteral("test archive");
    n.aeTitle = QString::fromLatin1(env.value("ORTHANC_AET"));
    n.host = QStringLiteral("127.0.0.1");
    n.port = quint16(env.value("ORTHANC_DICOM_PORT").toUInt());
    n.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(QString::fromLatin1(env.value("ORTHANC_HTTP_PORT")));
    return n;
}

enum class Secure { Basic, Bearer };

/// One of the secured fixture's Orthancs, with the right credentials and the fixture's CA trusted.
Node secure(Secure which)
{
    const auto env = readEnv(QStringLiteral(STRATA_ORTHANC_SECURE_DIR));
    Node n;
    n.name = which == Secure::Basic ? QStringLiteral("secure basic") : QStringLiteral("secure bearer");
    n.host = QStringLiteral("127.0.0.1");
    const QByteArray port = env.value(which == Secure::Basic ? "ORTHANC_HTTP_PORT" : "ORTHANC_BEARER_HTTP_PORT");
    n.dicomWebUrl = QStringLiteral("https://127.0.0.1:%1/dicom-web/").arg(QString::fromLatin1(port));
    n.tls.trustedCertificates = QString::fromLocal8Bit(env.value("ORTHANC_CA_FILE"));
    if (which == Secure::Basic) {
        n.auth = AuthKind::Basic;
        n.username = QString::fromLatin1(env.value("ORTHANC_USER"));
        n.secret = readSecret(env.value("ORTHANC_PASSWORD_FILE"));
    } else {
        n.auth = AuthKind::Bearer;
        n.secret = readSecret(env.value("ORTHANC_TOKEN_FILE"));
    }
    return n;
}

QString dataDir(const QString &folder) { return QStringLiteral(STRATA_TESTDATA_DIR "/") + folder; }

/// SOP Instance UID → SHA-256 of the original test files under `folder` (DICOM files only).
QHash<QString, QByteArray> originals(const QString &folder)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(dataDir(folder), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        auto header = dicom::readHeader(path);
        if (!header.ok() || header.value().sopInstanceUid.isEmpty() || header.value().seriesInstanceUid.isEmpty())
            continue;  // the DICOMDIR
        out.insert(header.value().sopInstanceUid, sha256OfFile(path).value());
    }
    return out;
}

dicom::DicomHeader headerOf(const QString &path) { return dicom::readHeader(path).value(); }

/// Orthanc's own answer (REST /tools/find) for the study UIDs matching `query`.
QStringList orthancFind(const QJsonObject &query)
{
    const auto env = readEnv(QStringLiteral(STRATA_ORTHANC_DIR));
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/tools/find").arg(QString::fromLatin1(env.value("ORTHANC_HTTP_PORT")))));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(30000);
    const QJsonObject body{{QStringLiteral("Level"), QStringLiteral("Study")}, {QStringLiteral("Query"), query},
                           {QStringLiteral("Expand"), true}};
    std::unique_ptr<QNetworkReply> reply(nam.post(req, QJsonDocument(body).toJson()));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QStringList uids;
    for (const QJsonValue &v : QJsonDocument::fromJson(reply->readAll()).array())
        uids << v.toObject().value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("StudyInstanceUID")).toString();
    uids.sort();
    return uids;
}

QStringList uidsOf(const std::vector<RemoteStudy> &studies)
{
    QStringList out;
    for (const auto &s : studies)
        out << s.studyInstanceUid;
    out.sort();
    return out;
}

QString message(const Error &e) { return e.message(); }

int cachedInstances(const QString &dir)
{
    auto cache = store::LocalCache::open(dir);
    return cache.ok() ? int(cache.value()->instanceCount().value()) : -1;
}

/// Staging folders WADO-RS left under <data>/incoming (none, after every call).
QStringList stagingLeft(const QString &dir)
{
    return QDir(dir + QStringLiteral("/incoming")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QString freshUid()
{
    // 2.25.<128-bit decimal> (PS3.5 B.2): two 64-bit halves are unique enough for a test run.
    return QStringLiteral("2.25.%1%2").arg(QRandomGenerator::system()->generate64() >> 1).arg(QRandomGenerator::system()->generate() % 1000000);
}

/// Copies of the dwv MR series with a new study, series and SOP instance UIDs and a patient ID of
/// their own (DCMTK dcmodify), so the fixture's patient keeps exactly the fixture's study.
QStringList freshCopies(const QString &dir, QString *studyUid)
{
    QStringList files;
    const QHash<QString, QByteArray> mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
    QDirIterator it(dataDir(QStringLiteral("mr/dwv-bbmri-6sl")), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        auto header = dicom::readHeader(path);
        if (!header.ok() || !mr.contains(header.value().sopInstanceUid))
            continue;
        const QString copy = dir + QLatin1Char('/') + QFileInfo(path).fileName();
        if (!QFile::copy(path, copy))
            qFatal("cannot copy %s", qPrintable(path));
        files << copy;
    }
    *studyUid = freshUid();
    QProcess dcmodify;
    dcmodify.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb"), QStringLiteral("-gin"), QStringLiteral("-m"),
                                                          QStringLiteral("PatientID=") + testing::uniquePatientId(QStringLiteral("TWEB")),
                                                          QStringLiteral("-m"),
                                                          QStringLiteral("StudyInstanceUID=") + *studyUid, QStringLiteral("-m"),
                                                          QStringLiteral("SeriesInstanceUID=") + freshUid()} +
                                                   files);
    if (!dcmodify.waitForFinished(60000) || dcmodify.exitCode() != 0)
        qFatal("dcmodify failed: %s", dcmodify.readAllStandardError().constData());
    files.sort();
    return files;
}

/// A tiny HTTP/1.1 server on loopback for peers that misbehave: each request (its head, up to
/// the blank line) goes to `respond`, whose answer body is sent as JSON, and the connection closes.
class TinyHttp : public QTcpServer {
public:
    std::function<QByteArray(const QByteArray &head)> respond;
    QList<QByteArray> heads;   ///< every request head received

    TinyHttp()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &head = m_pending[socket];
                    head += socket->readAll();
                    if (!head.contains("\r\n\r\n"))
                        return;
                    heads << head;
                    const QByteArray body = respond(head);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                    m_pending.remove(socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(serverPort()); }

private:
    QHash<QTcpSocket *, QByteArray> m_pending;
};

/// A QIDO-RS study data set with this Study Instance UID.
QByteArray studyJson(const QString &uid)
{
    return QStringLiteral(R"({"0020000D":{"vr":"UI","Value":["%1"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Loop^Test"}]}})").arg(uid).toUtf8();
}

} // namespace

class TestDicomWeb : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Qt 6.4 loads its TLS backend as a plugin; without it every https:// node fails.
        QVERIFY2(QSslSocket::supportsSsl(),
                 qPrintable(QStringLiteral("no TLS in QtNetwork (backends available: %1)").arg(QSslSocket::availableBackends().join(u','))));
        qInfo("TLS backend %s, %s", qPrintable(QSslSocket::activeBackend()), qPrintable(QSslSocket::sslLibraryVersionString()));
    }

    // --- multipart parsing, fed with a real WADO-RS answer cut at every kind of place -----------
    void multipartSurvivesAnySplit()
    {
        const Node node = plain();
        const auto mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(node.dicomWebUrl + QStringLiteral("/studies/%1/series/%2").arg(h.studyInstanceUid, h.seriesInstanceUid)));
        req.setRawHeader("Accept", "multipart/related; type=\"application/dicom\"; transfer-syntax=*");
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray body = reply->readAll();
        const QByteArray boundary = web::multipartBoundary(type);
        QVERIFY2(!boundary.isEmpty(), type.constData());

        struct Collect : web::MultipartReader::Sink {
            QByteArray current;
            QStringList hashes;
            int begun = 0;
            bool beginPart(const web::MultipartReader::Headers &) override { ++begun; current.clear(); return true; }
            bool partData(const char *d, qsizetype n) override { current.append(d, n); return true; }
            bool endPart() override { hashes << QString::fromLatin1(sha256Hex(current.constData(), current.size())); return true; }
        };
        QStringList expected;
        for (const QByteArray &sha : mr)
            expected << QString::fromLatin1(sha);
        expected.sort();
        for (qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(boundary.size() + 3), qsizetype(4096), body.size()}) {
            Collect sink;
            web::MultipartReader reader(boundary, sink);
            qsizetype mostHeld = 0;
            for (qsizetype at = 0; at < body.size(); at += piece) {
                QVERIFY2(reader.feed(body.constData() + at, std::min(piece, body.size() - at)), qPrintable(reader.error()));
                mostHeld = std::max(mostHeld, reader.buffered());
            }
            // Memory stays bounded: never more than a part's headers (a few hundred bytes here).
            QVERIFY2(mostHeld <= 1024, qPrintable(QString::number(mostHeld)));
            QVERIFY(reader.atEnd());
            sink.hashes.sort();
            QCOMPARE(sink.hashes, expected);  // the parts are the original files, byte for byte
        }
        // Cut short inside the last part: that part never counts as complete.
        Collect sink;
        web::MultipartReader reader(boundary, sink);
        QVERIFY(reader.feed(body.constData(), body.size() - 1000));
        QVERIFY(!reader.atEnd());
        QVERIFY(reader.inPart());
        QCOMPARE(int(sink.hashes.size()), int(expected.size()) - 1);
        QCOMPARE(sink.begun, int(expected.size()));
    }

    // --- QIDO-RS ------------------------------------------------------------------------------
    void qidoStudiesMatchesOrthanc_data()
    {
        QTest::addColumn<QString>("patientName");
        QTest::addColumn<QString>("modality");
        QTest::addColumn<bool>("someExpected");
        QTest::newRow("all") << QString() << QString() << true;
        QTest::newRow("CT") << QString() << QStringLiteral("CT") << true;
        QTest::newRow("name wildcard") << QStringLiteral("Compressed*") << QString() << true;
        QTest::newRow("name with caret") << QStringLiteral("CompressedSamples^CT1") << QString() << true;
        QTest::newRow("lower-case wildcard") << QStringLiteral("compressed*") << QString() << true;
        QTest::newRow("no match") << QStringLiteral("Nobody*") << QString() << false;
    }
    void qidoStudiesMatchesOrthanc()
    {
        QFETCH(QString, patientName);
        QFETCH(QString, modality);
        QFETCH(bool, someExpected);
        StudyFindQuery q;
        q.patientName = patientName;
        q.modality = modality;
        QJsonObject rest;
        if (!patientName.isEmpty())
            rest.insert(QStringLiteral("PatientName"), patientName);
        if (!modality.isEmpty())
            rest.insert(QStringLiteral("ModalitiesInStudy"), modality);
        // Other tests add and delete studies meanwhile: compare exactly when Orthanc's own answer
        // did not change around ours; while they keep changing it (a loaded machine, for a
        // minute), ours holds every study Orthanc had both before and after it, and none it had
        // at neither time.
        QDeadlineTimer calm(60000);
        for (;;) {
            const QStringList before = orthancFind(rest);
            auto ours = qidoStudies(plain(), q);
            QVERIFY2(ours.ok(), qPrintable(ours.ok() ? QString() : message(ours.error())));
            const QStringList after = orthancFind(rest);
            if (before == after) {
                QCOMPARE(uidsOf(ours.value()), after);
                QCOMPARE(after.isEmpty(), !someExpected);
                break;
            }
            if (!calm.hasExpired())
                continue;
            const QStringList found = uidsOf(ours.value());
            const QSet<QString> got(found.begin(), found.end());
            const QSet<QString> was(before.begin(), before.end()), is(after.begin(), after.end());
            QVERIFY2((QSet<QString>(was).intersect(is) - got).isEmpty(), "a study Orthanc held throughout is missing");
            QVERIFY2((got - (QSet<QString>(was).unite(is))).isEmpty(), "a study Orthanc did not hold was found");
            break;
        }
    }

    void qidoFieldsMatchCFind()
    {
        StudyFindQuery q;
        q.modality = QStringLiteral("CT");
        auto web = qidoStudies(plain(), q);
        auto dimse = findStudies(plain(), q);
        QVERIFY(web.ok());
        QVERIFY(dimse.ok());
        int compared = 0;
        for (const RemoteStudy &w : web.value()) {
            for (const RemoteStudy &d : dimse.value()) {
                if (d.studyInstanceUid != w.studyInstanceUid)
                    continue;
                QCOMPARE(w.patientName, d.patientName);
                QCOMPARE(w.patientId, d.patientId);
                QCOMPARE(w.patientBirthDate, d.patientBirthDate);
                QCOMPARE(w.patientSex, d.patientSex);
                QCOMPARE(w.studyDate, d.studyDate);
                QCOMPARE(w.studyTime, d.studyTime);
                QCOMPARE(w.accessionNumber, d.accessionNumber);
                QCOMPARE(w.studyDescription, d.studyDescription);
                QCOMPARE(w.modalities, d.modalities);
                QCOMPARE(w.seriesCount, d.seriesCount);
                QCOMPARE(w.instanceCount, d.instanceCount);
                ++compared;
            }
        }
        QVERIFY(compared >= 1);
        const dicom::DicomHeader ct = headerOf(dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")));
        bool found = false;
        for (const RemoteStudy &w : web.value())
            if (w.studyInstanceUid == ct.studyInstanceUid) {
                found = true;
                QCOMPARE(w.patientName, QStringLiteral("CompressedSamples^CT1"));
                QCOMPARE(w.instanceCount, 1);
            }
        QVERIFY(found);
    }

    void pagingGivesTheSameSet()
    {
        // Three studies of this run's own (one image each, a patient ID no other test uses): other
        // tests store and delete studies in the shared archive meanwhile, never these.
        QTemporaryDir dir;
        const QString patientId = testing::uniquePatientId(QStringLiteral("TPAGE"));
        const QString mr = dataDir(QStringLiteral("mr/dwv-bbmri-6sl"));
        const QStringList copies = testing::freshCopies({mr + QStringLiteral("/bbmri-53323131.dcm"), mr + QStringLiteral("/bbmri-53323275.dcm"),
                                                         mr + QStringLiteral("/bbmri-53323419.dcm")},
                                                        dir.path(), patientId);
        QCOMPARE(copies.size(), 3);
        testing::OwnStudies own(QStringLiteral(STRATA_ORTHANC_DIR));
        QVERIFY(own.store(copies));
        QCOMPARE(own.studies().size(), 3);
        StudyFindQuery q;
        q.patientId = patientId;
        auto one = qidoStudies(plain(), q, {}, 1);
        auto hundred = qidoStudies(plain(), q, {}, 100);
        QVERIFY(one.ok());
        QVERIFY(hundred.ok());
        QCOMPARE(int(one.value().size()), 3);   // so pages of one really were followed
        QCOMPARE(uidsOf(one.value()), uidsOf(hundred.value()));
        const QStringList uids = uidsOf(one.value());
        QCOMPARE(int(QSet<QString>(uids.begin(), uids.end()).size()), 3);  // no study twice
    }

    void qidoSeriesAndInstances()
    {
        const auto mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        auto series = qidoSeries(plain(), h.studyInstanceUid);
        QVERIFY2(series.ok(), qPrintable(series.ok() ? QString() : message(series.error())));
        QCOMPARE(int(series.value().size()), 1);
        const RemoteSeries &s = series.value().front();
        QCOMPARE(s.seriesInstanceUid, h.seriesInstanceUid);
        QCOMPARE(s.studyInstanceUid, h.studyInstanceUid);
        QCOMPARE(s.modality, QStringLiteral("MR"));
        QCOMPARE(s.instanceCount, int(mr.size()));
        QCOMPARE(s.number, h.seriesNumber);
        for (int pageSize : {2, 100}) {
            auto instances = qidoInstances(plain(), h.studyInstanceUid, h.seriesInstanceUid, {}, pageSize);
            QVERIFY(instances.ok());
            QStringList uids;
            for (const RemoteInstance &i : instances.value()) {
                uids << i.sopInstanceUid;
                QCOMPARE(i.seriesInstanceUid, h.seriesInstanceUid);
                QCOMPARE(i.sopClassUid, h.sopClassUid);
                QVERIFY(i.number > 0);
            }
            uids.sort();
            QStringList expected = mr.keys();
            expected.sort();
            QCOMPARE(uids, expected);
        }
        auto wholeStudy = qidoInstances(plain(), h.studyInstanceUid);
        QVERIFY(wholeStudy.ok());
        QCOMPARE(int(wholeStudy.value().size()), int(mr.size()));
    }

    // --- WADO-RS ------------------------------------------------------------------------------
    void wadoSeriesArrivesUnchanged()
    {
        const auto mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = h.studyInstanceUid;
        request.seriesInstanceUid = h.seriesInstanceUid;
        int calls = 0;
        RetrieveProgress last;
        auto report = wadoRetrieve(plain(), request, data.path(), {}, {}, [&](const RetrieveProgress &p) {
            ++calls;
            last = p;
        });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        const RetrieveReport &r = report.value();
        QCOMPARE(r.method, RetrieveMethod::WadoRs);
        QCOMPARE(r.expected, int(mr.size()));
        QCOMPARE(r.completed, int(mr.size()));
        QCOMPARE(r.import.imported, int(mr.size()));
        QVERIFY2(r.complete(), qPrintable(r.missing.join(u' ')));
        QVERIFY(calls > 0);
        QCOMPARE(last.received, int(mr.size()));
        QVERIFY(last.bytes > 0);
        QVERIFY(stagingLeft(data.path()).isEmpty());

        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        auto stored = cache.value()->instances(h.seriesInstanceUid);
        QVERIFY(stored.ok());
        QCOMPARE(int(stored.value().size()), int(mr.size()));
        for (const store::InstanceRecord &i : stored.value()) {
            QVERIFY(mr.contains(i.sopInstanceUid));
            QCOMPARE(sha256OfFile(i.filePath).value(), mr.value(i.sopInstanceUid));  // Orthanc keeps files as sent
            // The hash taken as the part streamed in is the one indexed (the import did not read
            // the file again to hash it): that of exactly the bytes stored.
            QCOMPARE(i.sha256, mr.value(i.sopInstanceUid));
        }
        QVERIFY(cache.value()->verify().value().ok());

        // A second retrieve finds everything there already.
        auto again = wadoRetrieve(plain(), request, data.path());
        QVERIFY(again.ok());
        QCOMPARE(again.value().import.duplicates, int(mr.size()));
        QVERIFY(again.value().complete());
    }

    void worksOnAWorkerThread()
    {
        // The intended use: a worker thread of the caller's own, no event loop running there.
        const dicom::DicomHeader ct = headerOf(dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")));
        QTemporaryDir data;
        std::optional<Result<RetrieveReport>> report;
        std::optional<Result<std::vector<RemoteStudy>>> studies;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            studies.emplace(qidoStudies(secure(Secure::Bearer), {}));
            RetrieveRequest request;
            request.studyInstanceUid = ct.studyInstanceUid;
            report.emplace(wadoRetrieve(secure(Secure::Basic), request, data.path()));
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY(studies && studies->ok());
        QVERIFY(uidsOf(studies->value()).contains(ct.studyInstanceUid));
        QVERIFY2(report && report->ok(), qPrintable(report && !report->ok() ? message(report->error()) : QString()));
        QCOMPARE(report->value().import.imported, 1);
    }

    void wadoStudyAndSingleInstances()
    {
        const dicom::DicomHeader ct = headerOf(dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")));
        QTemporaryDir data;
        RetrieveRequest study;
        study.studyInstanceUid = ct.studyInstanceUid;
        // The node's own listing comes back with the report (the stored-on-node check uses it).
        std::vector<RemoteInstance> listed;
        auto report = wadoRetrieve(plain(), study, data.path(), {}, {}, {}, &listed);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        QCOMPARE(int(listed.size()), 1);
        QCOMPARE(listed.front().sopInstanceUid, ct.sopInstanceUid);
        QCOMPARE(report.value().expected, 1);
        QCOMPARE(report.value().import.imported, 1);
        QVERIFY(report.value().complete());
        auto cache = store::LocalCache::open(data.path());
        auto stored = cache.value()->studyInstances(ct.studyInstanceUid).value();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(sha256OfFile(stored.front().filePath).value(), sha256OfFile(dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))).value());

        // Two chosen instances of the MR series, and nothing else.
        const auto mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        RetrieveRequest some;
        some.studyInstanceUid = h.studyInstanceUid;
        some.seriesInstanceUid = h.seriesInstanceUid;
        some.sopInstanceUids = mr.keys().mid(0, 2);
        auto two = wadoRetrieve(plain(), some, data.path());
        QVERIFY2(two.ok(), qPrintable(two.ok() ? QString() : message(two.error())));
        QCOMPARE(two.value().expected, 2);
        QCOMPARE(two.value().import.imported, 2);
        QVERIFY(two.value().complete());
        QCOMPARE(int(cache.value()->instances(h.seriesInstanceUid).value().size()), 2);

        // One of the instances asked for is not on the node: that one is a problem, the rest arrive.
        const QString bogus = QStringLiteral("1.2.826.0.1.3680043.2.1143.888888888");
        some.sopInstanceUids = QStringList{bogus} + mr.keys().mid(2, 2);
        auto partly = wadoRetrieve(plain(), some, data.path());
        QVERIFY2(partly.ok(), qPrintable(partly.ok() ? QString() : message(partly.error())));
        QCOMPARE(partly.value().import.imported, 2);
        QCOMPARE(partly.value().missing, QStringList{bogus});
        QCOMPARE(int(partly.value().problems.size()), 1);
        QCOMPARE(partly.value().problems.front().sopInstanceUid, bogus);
        QVERIFY2(partly.value().problems.front().reason.contains(QStringLiteral("HTTP 404")), qPrintable(partly.value().problems.front().reason));
        QVERIFY(!partly.value().complete());
    }

    // A whole study over WADO-RS is checked against the node's study-level count (QIDO-RS,
    // Number of Study Related Instances): no instance search when the counts agree.
    void wadoWholeStudyIsCheckedAgainstTheNodesCount()
    {
        const auto mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        auto count = qidoStudyInstanceCount(plain(), h.studyInstanceUid);
        QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : message(count.error())));
        QCOMPARE(count.value(), int(mr.size()));
        QCOMPARE(qidoStudyInstanceCount(plain(), QStringLiteral("1.2.3.4.5.6.7.8.9")).value(), -1);

        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = h.studyInstanceUid;
        request.method = RetrieveMethod::WadoRs;
        auto report = retrieve(plain(), request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        QCOMPARE(report.value().checkedBy, RetrieveReport::Check::Count);
        QCOMPARE(report.value().expected, int(mr.size()));
        QCOMPARE(report.value().import.imported, int(mr.size()));
        QVERIFY2(report.value().complete(), qPrintable(report.value().missing.join(u' ')));
        QVERIFY(store::LocalCache::open(data.path()).value()->study(h.studyInstanceUid).value().remoteStored);

        // Asked for the count, wadoRetrieve's search beside the transfer counts and lists nothing:
        // the count is what it expects, and the check is the caller's.
        QTemporaryDir other;
        int counted = -2;
        std::vector<RemoteInstance> listed;
        auto direct = wadoRetrieve(plain(), request, other.path(), {}, {}, {}, &listed, &counted);
        QVERIFY(direct.ok());
        QCOMPARE(counted, int(mr.size()));
        QVERIFY(listed.empty());
        QCOMPARE(direct.value().checkedBy, RetrieveReport::Check::None);
        QCOMPARE(direct.value().expected, int(mr.size()));
        QCOMPARE(direct.value().import.imported, int(mr.size()));
    }

    void wadoUnknownStudyNamesTheUrl()
    {
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = QStringLiteral("1.2.826.0.1.3680043.2.1143.999999999");
        auto report = wadoRetrieve(plain(), request, data.path());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().subject.endsWith(QStringLiteral("/dicom-web/studies/") + request.studyInstanceUid), qPrintable(message(report.error())));
        QVERIFY2(report.error().reason.contains(QStringLiteral("404")), qPrintable(message(report.error())));
        QVERIFY(stagingLeft(data.path()).isEmpty());
    }

    void cancellationLeavesOnlyWholeInstances()
    {
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = h.studyInstanceUid;
        request.seriesInstanceUid = h.seriesInstanceUid;
        CancellationToken cancel;
        QStringList stagingSeen;
        auto report = wadoRetrieve(plain(), request, data.path(), {}, cancel, [&](const RetrieveProgress &p) {
            if (p.bytes > 0 && !cancel.isCancelled()) {
                stagingSeen = stagingLeft(data.path());
                cancel.cancel();
            }
        });
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QCOMPARE(int(stagingSeen.size()), 1);          // it existed while the transfer ran...
        QVERIFY(stagingLeft(data.path()).isEmpty());   // ...and is gone now
        QCOMPARE(cachedInstances(data.path()), 0);     // the batch in flight was dropped, not half-imported

        // Cancelled before it starts: nothing is even asked.
        auto early = wadoRetrieve(plain(), request, data.path(), {}, cancel);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, ErrorCode::Cancelled);
    }

    void brokenTransferImportsOnlyWholeParts()
    {
        // Orthanc behind a proxy that resets the connection after 250 kB of answer.
        const auto mr = originals(QStringLiteral("mr/dwv-bbmri-6sl"));
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        const auto env = readEnv(QStringLiteral(STRATA_ORTHANC_DIR));
        strata::testing::FaultProxy proxy("127.0.0.1", std::uint16_t(env.value("ORTHANC_HTTP_PORT").toUInt()),
                                          strata::testing::Fault::reset(strata::testing::Direction::ServerToClient, 250000));
        QVERIFY2(proxy.ok(), proxy.error().c_str());
        Node node = plain();
        node.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(proxy.port());
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = h.studyInstanceUid;
        request.seriesInstanceUid = h.seriesInstanceUid;
        auto report = wadoRetrieve(node, request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        const RetrieveReport &r = report.value();
        QVERIFY(proxy.faultsTriggered() >= 1);
        QVERIFY(!r.complete());
        QVERIFY(!r.problems.empty());
        QVERIFY2(r.problems.front().reason.contains(QStringLiteral("broke off")), qPrintable(r.problems.front().reason));
        QCOMPARE(r.expected, int(mr.size()));
        QVERIFY(r.import.imported < int(mr.size()));
        QCOMPARE(r.import.imported + int(r.missing.size()), int(mr.size()));
        QCOMPARE(int(r.import.broken.size()), 0);  // the cut part was never handed to the import
        QCOMPARE(cachedInstances(data.path()), r.import.imported);
        auto cache = store::LocalCache::open(data.path());
        auto verify = cache.value()->verify();
        QVERIFY(verify.ok() && verify.value().ok());
        for (const store::InstanceRecord &i : cache.value()->instances(h.seriesInstanceUid).value())
            QCOMPARE(sha256OfFile(i.filePath).value(), mr.value(i.sopInstanceUid));
        QVERIFY(stagingLeft(data.path()).isEmpty());

        // The second call fetches just what is missing, directly.
        RetrieveRequest rest = request;
        rest.sopInstanceUids = r.missing;
        auto second = wadoRetrieve(plain(), rest, data.path());
        QVERIFY(second.ok());
        QVERIFY(second.value().complete());
        QCOMPARE(cachedInstances(data.path()), int(mr.size()));
    }

    void silenceTimesOutNamingTheUrl()
    {
        // Orthanc behind a proxy that stops forwarding its answer after 250 kB (a hung peer).
        const dicom::DicomHeader h = headerOf(dataDir(QStringLiteral("mr/dwv-bbmri-6sl/bbmri-53323131.dcm")));
        const auto env = readEnv(QStringLiteral(STRATA_ORTHANC_DIR));
        strata::testing::FaultProxy proxy("127.0.0.1", std::uint16_t(env.value("ORTHANC_HTTP_PORT").toUInt()),
                                          strata::testing::Fault::stall(strata::testing::Direction::ServerToClient, 250000));
        QVERIFY2(proxy.ok(), proxy.error().c_str());
        Node node = plain();
        node.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(proxy.port());
        Timeouts t;
        t.connect = 5;
        t.dimse = 2;
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = h.studyInstanceUid;
        request.seriesInstanceUid = h.seriesInstanceUid;
        QElapsedTimer timer;
        timer.start();
        auto report = wadoRetrieve(node, request, data.path(), t);
        QVERIFY(!report.ok());
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(report.error().reason.contains(QStringLiteral("sent nothing for 2 s")), qPrintable(message(report.error())));
        QVERIFY2(report.error().subject.startsWith(node.dicomWebUrl), qPrintable(message(report.error())));
        QVERIFY(stagingLeft(data.path()).isEmpty());
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.value()->verify().value().ok());
    }

    void silentServerAndClosedPort()
    {
        QTcpServer silent;  // accepts the connection, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Node node = plain();
        node.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(silent.serverPort());
        Timeouts t;
        t.connect = 2;
        t.dimse = 2;
        QElapsedTimer timer;
        timer.start();
        auto studies = qidoStudies(node, {}, t);
        QVERIFY(!studies.ok());
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(studies.error().reason.contains(QStringLiteral("timeout")), qPrintable(message(studies.error())));
        QVERIFY(studies.error().subject.startsWith(node.dicomWebUrl));

        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        node.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(closed);
        auto refused = qidoStudies(node, {}, t);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().reason.contains(QStringLiteral("refused")), qPrintable(message(refused.error())));
        QVERIFY(refused.error().subject.contains(QStringLiteral("127.0.0.1:%1").arg(closed)));
    }

    void badNodesAreRefusedBeforeAnyRequest()
    {
        Node n = plain();
        n.dicomWebUrl.clear();
        QCOMPARE(qidoStudies(n, {}).error().code, ErrorCode::InvalidArgument);
        n.dicomWebUrl = QStringLiteral("ftp://127.0.0.1/dicom-web");
        QCOMPARE(qidoStudies(n, {}).error().code, ErrorCode::InvalidArgument);
        n = secure(Secure::Bearer);
        n.secret.clear();
        auto noToken = qidoStudies(n, {});
        QVERIFY(!noToken.ok());
        QVERIFY(noToken.error().reason.contains(QStringLiteral("token")));
    }

    // --- HTTPS, Basic and Bearer against the secured Orthancs ---------------------------------
    void basicAndBearerWork_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("basic") << int(Secure::Basic);
        QTest::newRow("bearer") << int(Secure::Bearer);
    }
    void basicAndBearerWork()
    {
        QFETCH(int, which);
        const Node node = secure(Secure(which));
        const dicom::DicomHeader ct = headerOf(dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm")));
        StudyFindQuery q;
        q.modality = QStringLiteral("CT");
        auto studies = qidoStudies(node, q);
        QVERIFY2(studies.ok(), qPrintable(studies.ok() ? QString() : message(studies.error())));
        QVERIFY(uidsOf(studies.value()).contains(ct.studyInstanceUid));

        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = ct.studyInstanceUid;
        auto report = wadoRetrieve(node, request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        QVERIFY(report.value().complete());
        QCOMPARE(report.value().import.imported, 1);
    }

    // --- hostile or careless servers: paging that never ends, secrets over plain HTTP ----------
    void qidoPagingThatIgnoresOffsetEnds()
    {
        // A server that ignores offset and sends the same full page again: an error saying so,
        // not a silent half answer and not a loop.
        TinyHttp server;
        QVERIFY(server.isListening());
        server.respond = [](const QByteArray &) { return "[" + studyJson(QStringLiteral("1.2.3.1")) + "," + studyJson(QStringLiteral("1.2.3.2")) + "]"; };
        Node node;
        node.name = QStringLiteral("looping");
        node.dicomWebUrl = server.url();
        auto studies = qidoStudies(node, {}, {5, 5, 5}, 2);
        QVERIFY(!studies.ok());
        QVERIFY2(studies.error().message().contains(QLatin1String("ignores offset")), qPrintable(studies.error().message()));
        QCOMPARE(server.heads.size(), 2);

        // One that makes up new studies for every page: stopped at the result cap.
        int page = 0;
        server.heads.clear();
        server.respond = [&page](const QByteArray &) {
            ++page;
            return "[" + studyJson(QStringLiteral("1.2.4.%1.1").arg(page)) + "," + studyJson(QStringLiteral("1.2.4.%1.2").arg(page)) + "]";
        };
        StudyFindQuery q;
        q.maxResults = 7;
        studies = qidoStudies(node, q, {5, 5, 5}, 2);
        QVERIFY(!studies.ok());
        QVERIFY2(studies.error().message().contains(QLatin1String("more than 7 results; narrow the query")), qPrintable(studies.error().message()));
        QCOMPARE(server.heads.size(), 4);   // 8 data sets are more than 7
    }

    void qidoJsonReaderTakesBytes()
    {
        // The reader a fuzzer calls: bytes in, records or an error out.
        auto ok = web::parseQidoStudies("[" + studyJson(QStringLiteral("1.2.3")) + "]");
        QVERIFY(ok.ok());
        QCOMPARE(int(ok.value().size()), 1);
        QCOMPARE(ok.value().front().studyInstanceUid, QStringLiteral("1.2.3"));
        QCOMPARE(ok.value().front().patientName, QStringLiteral("Loop^Test"));
        QVERIFY(web::parseQidoStudies("   ").ok());
        for (const QByteArray &bad : {QByteArray("{}"), QByteArray("[1]"), QByteArray("[{\"0020000D\":"), QByteArray("\xff\xfe")}) {
            auto refused = web::parseQidoStudies(bad);
            QVERIFY2(!refused.ok() && refused.error().code == ErrorCode::Malformed, bad.constData());
        }
    }

    void secretsStayOffPlainHttp()
    {
        TinyHttp server;
        QVERIFY(server.isListening());
        server.respond = [](const QByteArray &) { return QByteArray("[]"); };
        Node node;
        node.name = QStringLiteral("plain archive");
        node.dicomWebUrl = server.url();
        node.auth = AuthKind::Basic;
        node.username = QStringLiteral("radiology");
        node.secret = QStringLiteral("s3cret");
        // Refused before anything is sent, naming the node and the URL.
        auto refused = qidoStudies(node, {}, {5, 5, 5});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QLatin1String("node 'plain archive'")) && refused.error().message().contains(server.url())
                     && refused.error().message().contains(QLatin1String("plain http://")),
                 qPrintable(refused.error().message()));
        node.auth = AuthKind::Bearer;
        QVERIFY(!qidoStudies(node, {}, {5, 5, 5}).ok());
        QVERIFY(!stowInstances(node, {dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))}).ok());
        QCOMPARE(server.heads.size(), 0);
        // Allowed explicitly for this node: the request goes, with the token.
        node.allowInsecureAuth = true;
        auto allowed = qidoStudies(node, {}, {5, 5, 5});
        QVERIFY2(allowed.ok(), qPrintable(allowed.ok() ? QString() : allowed.error().message()));
        QCOMPARE(server.heads.size(), 1);
        QVERIFY(server.heads.front().contains("Authorization: Bearer s3cret"));
    }

    void wrongCredentialsAreNamed()
    {
        Node basic = secure(Secure::Basic);
        basic.secret = QStringLiteral("wrong-password");
        auto studies = qidoStudies(basic, {});
        QVERIFY(!studies.ok());
        QCOMPARE(studies.error().reason, QStringLiteral("the node refused the credentials (HTTP 401)"));
        QVERIFY2(studies.error().subject.startsWith(basic.dicomWebUrl + QStringLiteral("studies")), qPrintable(message(studies.error())));

        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = headerOf(dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))).studyInstanceUid;
        auto report = wadoRetrieve(basic, request, data.path());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().reason, QStringLiteral("the node refused the credentials (HTTP 401)"));
        QVERIFY(stagingLeft(data.path()).isEmpty());

        auto stow = stowInstances(basic, {dataDir(QStringLiteral("ts-matrix/pydicom-pkg/CT_small.dcm"))});
        QVERIFY(!stow.ok());
        QCOMPARE(stow.error().reason, QStringLiteral("the node refused the credentials (HTTP 401)"));

        Node none = secure(Secure::Basic);
        none.auth = AuthKind::None;
        auto anonymous = qidoStudies(none, {});
        QVERIFY(!anonymous.ok());
        QVERIFY2(anonymous.error().reason.contains(QStringLiteral("HTTP 401")), qPrintable(message(anonymous.error())));

        // Orthanc's Lua filter refuses a wrong token with 403 (its own authentication, which
        // answers 401, cannot check tokens).
        Node bearer = secure(Secure::Bearer);
        bearer.secret = QStringLiteral("not-the-token");
        auto refused = qidoStudies(bearer, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().reason, QStringLiteral("the node refused access with these credentials (HTTP 403)"));
        QVERIFY(refused.error().subject.startsWith(bearer.dicomWebUrl));
    }

    void untrustedCertificateIsATlsError()
    {
        Node node = secure(Secure::Basic);
        node.tls.trustedCertificates.clear();  // the system CAs do not know the fixture's certificate
        auto studies = qidoStudies(node, {});
        QVERIFY(!studies.ok());
        QVERIFY2(studies.error().reason.startsWith(QStringLiteral("the TLS handshake failed")), qPrintable(message(studies.error())));
        QVERIFY2(studies.error().reason.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                     studies.error().reason.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(message(studies.error())));
        QVERIFY(studies.error().subject.startsWith(node.dicomWebUrl));

        node.tls.trustedCertificates = dataDir(QStringLiteral("README.md"));  // no certificate in there
        auto unreadable = qidoStudies(node, {});
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().code, ErrorCode::InvalidArgument);

        node.tls.trustedCertificates.clear();
        node.tls.verifyPeer = false;  // explicitly accepted risk: works without the CA
        QVERIFY(qidoStudies(node, {}).ok());
    }

    // --- STOW-RS (into the secured archive, over HTTPS with Basic authentication) -------------
    void stowStoresFreshCopiesAndNamesFailures()
    {
        QTemporaryDir work;
        QString studyUid;
        QStringList files = freshCopies(work.path(), &studyUid);
        QCOMPARE(int(files.size()), 6);
        const QString notDicom = work.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notDicom);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        files.insert(2, notDicom);
        QStringList sentUids;
        for (const QString &f : files)
            if (f != notDicom)
                sentUids << headerOf(f).sopInstanceUid;
        sentUids.sort();

        const Node node = secure(Secure::Basic);
        SendProgress last;
        auto report = stowInstances(node, files, {}, {}, [&](const SendProgress &p) { last = p; });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        const SendReport &r = report.value();
        QCOMPARE(int(r.instances.size()), int(files.size()));
        QCOMPARE(r.succeeded, 6);
        QCOMPARE(r.failed, 1);
        QVERIFY(!r.cancelled);
        QCOMPARE(last.done, int(files.size()));
        QCOMPARE(last.total, int(files.size()));
        QVERIFY(r.bytes > 0);
        for (const SentInstance &s : r.instances) {
            if (s.file == notDicom) {
                QVERIFY(!s.ok());
                QVERIFY2(s.reason.startsWith(QStringLiteral("not sent")), qPrintable(s.reason));
            } else {
                QVERIFY2(s.ok(), qPrintable(s.reason));
                QCOMPARE(s.status, 0);
                QVERIFY(!s.transferSyntax.isEmpty());
            }
        }

        // They are there, as QIDO-RS shows, and they come back whole over WADO-RS.
        auto instances = qidoInstances(node, studyUid);
        QVERIFY(instances.ok());
        QStringList found;
        for (const RemoteInstance &i : instances.value())
            found << i.sopInstanceUid;
        found.sort();
        QCOMPARE(found, sentUids);

        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        auto back = wadoRetrieve(node, request, data.path());
        QVERIFY(back.ok());
        QVERIFY(back.value().complete());
        auto cache = store::LocalCache::open(data.path());
        QHash<QString, QByteArray> sent;
        for (const QString &f : files)
            if (f != notDicom)
                sent.insert(headerOf(f).sopInstanceUid, sha256OfFile(f).value());
        for (const store::InstanceRecord &i : cache.value()->studyInstances(studyUid).value())
            QCOMPARE(sha256OfFile(i.filePath).value(), sent.value(i.sopInstanceUid));

        // The same again: Orthanc accepts a copy it already holds (no new instances appear).
        auto twice = stowInstances(node, files);
        QVERIFY(twice.ok());
        QCOMPARE(twice.value().succeeded + twice.value().warnings, 6);
        QCOMPARE(int(qidoInstances(node, studyUid).value().size()), 6);
    }

    void stowSendsLargeSetsInChunks()
    {
        // 60 instances of one fresh study: more than one request (at most 50 files each).
        QTemporaryDir work;
        QString studyUid;
        const QStringList six = freshCopies(work.path(), &studyUid);
        QStringList files;
        for (int i = 0; i < 60; ++i) {
            const QString f = work.filePath(QStringLiteral("copy-%1.dcm").arg(i));
            QVERIFY(QFile::copy(six[i % six.size()], f));
            files << f;
        }
        QProcess dcmodify;  // a SOP Instance UID of its own for each copy
        dcmodify.start(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb"), QStringLiteral("-gin")} + files);
        QVERIFY(dcmodify.waitForFinished(120000));
        QCOMPARE(dcmodify.exitCode(), 0);
        const Node node = secure(Secure::Bearer);
        QList<int> doneAfterRequests;
        auto report = stowInstances(node, files, {}, {}, [&](const SendProgress &p) {
            if (doneAfterRequests.isEmpty() || doneAfterRequests.last() != p.done)
                doneAfterRequests << p.done;
        });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : message(report.error())));
        QCOMPARE(report.value().succeeded, 60);
        QCOMPARE(doneAfterRequests, (QList<int>{0, 50, 60}));
        QCOMPARE(int(qidoInstances(node, studyUid, {}, {}, 25).value().size()), 60);
    }

    void stowCancelledBeforeSending()
    {
        QTemporaryDir work;
        QString studyUid;
        const QStringList files = freshCopies(work.path(), &studyUid);
        CancellationToken cancel;
        cancel.cancel();
        const Node node = secure(Secure::Bearer);
        auto report = stowInstances(node, files, {}, cancel);
        QVERIFY(report.ok());
        QVERIFY(report.value().cancelled);
        QCOMPARE(report.value().succeeded, 0);
        QCOMPARE(report.value().failed, int(files.size()));
        QVERIFY(qidoInstances(node, studyUid).value().empty());
    }
};

QTEST_GUILESS_MAIN(TestDicomWeb)
#include "tst_dicomweb.moc"
