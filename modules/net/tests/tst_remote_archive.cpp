// The RemoteArchive façade against the fixture's Orthanc: the same archive seen as a DIMSE node
// and as a DICOMweb-only node. The façade picks C-FIND / C-GET for the first and QIDO-RS / WADO-RS
// for the second, and both give the same studies, series, instances and cached files. The test
// stores studies of its own (a patient ID no other test uses) and queries only those: other tests
// store and delete studies in the shared archive meanwhile.
#include <strata/net/RemoteArchive.h>
#include <strata/core/Paths.h>
#include <strata/store/AuditLog.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/StoreService.h>
#include <strata/store/LocalCache.h>

#include <QDir>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace strata;
using namespace strata::net;

#include "fresh_copies.h"
#include "orthanc_env.h"
#include "orthanc_rest.h"

namespace {

/// The fixture's Orthanc over DIMSE (it has a DICOMweb URL too; DIMSE comes first).
Node dimseNode()
{
    return strata::testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
}

/// The same archive known by its DICOMweb URL only.
Node webNode()
{
    Node n = dimseNode();
    n.name = QStringLiteral("test archive (web)");
    n.aeTitle.clear();
    n.host.clear();
    n.port = 0;
    return n;
}

template <typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message();
}

QSet<QString> studyUids(const std::vector<RemoteStudy> &studies)
{
    QSet<QString> uids;
    for (const RemoteStudy &s : studies)
        uids.insert(s.studyInstanceUid);
    return uids;
}

QSet<QString> cachedInstances(const QString &dataDir, const QString &studyUid)
{
    QSet<QString> uids;
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return uids;
    auto instances = cache.value()->studyInstances(studyUid);
    if (instances.ok())
        for (const store::InstanceRecord &r : instances.value())
            uids.insert(r.sopInstanceUid);
    return uids;
}

} // namespace

class TestRemoteArchive : public QObject {
    Q_OBJECT
    QTemporaryDir m_copies;
    QString m_patientId;
    std::unique_ptr<testing::OwnStudies> m_own;

    /// This run's studies only.
    StudyFindQuery own() const
    {
        StudyFindQuery q;
        q.patientId = m_patientId;
        return q;
    }

private slots:
    void initTestCase()
    {
        m_patientId = testing::uniquePatientId(QStringLiteral("TFACADE"));
        const QString mr = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl");
        const QStringList copies = testing::freshCopies({mr + QStringLiteral("/bbmri-53323131.dcm"), mr + QStringLiteral("/bbmri-53323275.dcm"),
                                                         mr + QStringLiteral("/bbmri-53323419.dcm")},
                                                        m_copies.path(), m_patientId);
        QCOMPARE(copies.size(), 3);
        m_own = std::make_unique<testing::OwnStudies>(QStringLiteral(STRATA_ORTHANC_DIR));
        QVERIFY(m_own->store(copies));
        QCOMPARE(m_own->studies().size(), 3);
    }

    void cleanupTestCase() { m_own.reset(); }

    void choosesTheProtocolFromTheNode()
    {
        const RemoteArchive dimse(dimseNode());
        const RemoteArchive web(webNode());
        QCOMPARE(dimse.queryProtocol(), Protocol::Dimse);
        QCOMPARE(web.queryProtocol(), Protocol::DicomWeb);
        QCOMPARE(dimse.retrieveMethod(), RetrieveMethod::CGet);        // never probed: DIMSE first
        QCOMPARE(web.retrieveMethod(), RetrieveMethod::WadoRs);
        QCOMPARE(dimse.retrieveMethod(RetrieveMethod::WadoRs), RetrieveMethod::WadoRs);   // asked for: kept
        QCOMPARE(dimse.sendMethod(), SendMethod::CStore);
        QCOMPARE(web.sendMethod(), SendMethod::StowRs);

        Node moveOnly = dimseNode();
        moveOnly.capabilities.probed = true;
        moveOnly.capabilities.cMove = true;
        QCOMPARE(RemoteArchive(moveOnly).retrieveMethod(), RetrieveMethod::CMove);
        Node webProbed = dimseNode();
        webProbed.capabilities.probed = true;
        webProbed.capabilities.wadoRs = true;
        QCOMPARE(RemoteArchive(webProbed).retrieveMethod(), RetrieveMethod::WadoRs);
    }

    void verifiesOverEitherProtocol()
    {
        auto echo = RemoteArchive(dimseNode()).verify();
        QVERIFY2(echo.ok(), qPrintable(why(echo)));
        QCOMPARE(echo.value().protocol, Protocol::Dimse);
        QCOMPARE(echo.value().status, 0);
        auto http = RemoteArchive(webNode()).verify();
        QVERIFY2(http.ok(), qPrintable(why(http)));
        QCOMPARE(http.value().protocol, Protocol::DicomWeb);
        QVERIFY(http.value().milliseconds > 0);
    }

    void findsTheSameOverBothProtocols()
    {
        const RemoteArchive dimse(dimseNode());
        const RemoteArchive web(webNode());
        auto byFind = dimse.findStudies(own());
        auto byQido = web.findStudies(own());
        QVERIFY2(byFind.ok(), qPrintable(why(byFind)));
        QVERIFY2(byQido.ok(), qPrintable(why(byQido)));
        QCOMPARE(int(byFind.value().size()), 3);
        QCOMPARE(studyUids(byQido.value()), studyUids(byFind.value()));
        for (const RemoteStudy &d : byFind.value()) {
            const auto w = std::find_if(byQido.value().begin(), byQido.value().end(),
                                        [&](const RemoteStudy &s) { return s.studyInstanceUid == d.studyInstanceUid; });
            QCOMPARE(w->patientId, d.patientId);
            QCOMPARE(w->studyDate, d.studyDate);
            QCOMPARE(w->instanceCount, d.instanceCount);
        }

        const QString studyUid = byFind.value().front().studyInstanceUid;
        auto seriesFind = dimse.findSeries(studyUid);
        auto seriesQido = web.findSeries(studyUid);
        QVERIFY2(seriesFind.ok(), qPrintable(why(seriesFind)));
        QVERIFY2(seriesQido.ok(), qPrintable(why(seriesQido)));
        QSet<QString> a, b;
        for (const RemoteSeries &s : seriesFind.value())
            a.insert(s.seriesInstanceUid);
        for (const RemoteSeries &s : seriesQido.value())
            b.insert(s.seriesInstanceUid);
        QCOMPARE(b, a);

        auto instancesFind = dimse.findInstances(studyUid);
        auto instancesQido = web.findInstances(studyUid);
        QVERIFY2(instancesFind.ok(), qPrintable(why(instancesFind)));
        QVERIFY2(instancesQido.ok(), qPrintable(why(instancesQido)));
        a.clear();
        b.clear();
        for (const RemoteInstance &i : instancesFind.value())
            a.insert(i.sopInstanceUid);
        for (const RemoteInstance &i : instancesQido.value())
            b.insert(i.sopInstanceUid);
        QVERIFY(!a.isEmpty());
        QCOMPARE(b, a);

        // Patients exist only in DIMSE's Patient Root model.
        auto patients = web.findPatients({}, {});
        QVERIFY(!patients.ok());
        QCOMPARE(patients.error().code, ErrorCode::Unsupported);
    }

    void queriesSeveralNodesEachByItsProtocol()
    {
        QMutex mutex;
        QStringList answered;   // each node answers on its own thread
        const MultiFindResult merged = RemoteArchive::findStudiesOnNodes({dimseNode(), webNode()}, own(), {},
            [&](const QString &name, const std::vector<RemoteStudy> &) {
                QMutexLocker lock(&mutex);
                answered << name;
            });
        QVERIFY(merged.failures.empty());
        QCOMPARE(answered.size(), 2);
        QCOMPARE(int(merged.studies.size()), 3);
        for (const FoundStudy &f : merged.studies)
            QCOMPARE(f.nodes.size(), 2);   // both views of the archive hold every study
    }

    void retrievesTheSameOverBothProtocols()
    {
        auto studies = RemoteArchive(dimseNode()).findStudies(own());
        QVERIFY2(studies.ok(), qPrintable(why(studies)));
        QCOMPARE(int(studies.value().size()), 3);
        const RemoteStudy study = studies.value().front();
        QCOMPARE(study.instanceCount, 1);
        RetrieveRequest request;
        request.studyInstanceUid = study.studyInstanceUid;

        QTemporaryDir byGet, byWado;
        auto get = RemoteArchive(dimseNode()).retrieve(request, byGet.path());
        QVERIFY2(get.ok(), qPrintable(why(get)));
        QCOMPARE(get.value().method, RetrieveMethod::CGet);
        QVERIFY(get.value().complete());
        auto wado = RemoteArchive(webNode()).retrieve(request, byWado.path());
        QVERIFY2(wado.ok(), qPrintable(why(wado)));
        QCOMPARE(wado.value().method, RetrieveMethod::WadoRs);
        QVERIFY(wado.value().complete());

        const QSet<QString> got = cachedInstances(byGet.path(), study.studyInstanceUid);
        QCOMPARE(got.size(), study.instanceCount);
        QCOMPARE(cachedInstances(byWado.path(), study.studyInstanceUid), got);
        // A whole retrieve leaves the study marked as stored on the node (evictable), either way.
        for (const QString &dir : {byGet.path(), byWado.path()})
            QVERIFY(store::LocalCache::open(dir).value()->study(study.studyInstanceUid).value().remoteStored);

        // A second retrieve of what the cache holds fetches nothing, whichever the protocol.
        request.onlyMissing = true;
        auto again = RemoteArchive(webNode()).retrieve(request, byGet.path());
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QCOMPARE(again.value().alreadyCached, study.instanceCount);
        QCOMPARE(again.value().expected, 0);
    }

    /// The façade records its queries, retrieves and sends in the application's audit log (the
    /// store records what the retrieve brought in).
    void queriesRetrievesAndSendsAreAudited()
    {
        QTemporaryDir dir;
        paths::setDataDirOverride(dir.path());
        store::setDefaultAuditLog(true);
        auto studies = RemoteArchive(dimseNode()).findStudies(own());
        QVERIFY2(studies.ok(), qPrintable(why(studies)));
        const QString uid = studies.value().front().studyInstanceUid;
        RetrieveRequest request;
        request.studyInstanceUid = uid;
        auto got = RemoteArchive(dimseNode()).retrieve(request, dir.path());
        QVERIFY2(got.ok(), qPrintable(why(got)));
        auto files = store::LocalCache::open(dir.path()).value()->studyFiles({uid});
        QVERIFY(files.ok() && !files.value().isEmpty());
        auto sent = RemoteArchive(dimseNode()).send(files.value());
        QVERIFY2(sent.ok(), qPrintable(why(sent)));
        store::setDefaultAuditLog(false);
        paths::setDataDirOverride(QString());

        auto log = store::StoreService::open(dir.path()).value()->auditLog().value();
        const auto records = log->list().value();
        QStringList actions;
        for (const store::AuditRecord &r : records)
            actions << r.action;
        actions.removeDuplicates();  // a retrieve may ingest in more than one batch
        QCOMPARE(actions, (QStringList{"query", "receive", "retrieve", "send"}));
        const QString label = dimseNode().label();
        for (const store::AuditRecord &r : records) {
            QCOMPARE(r.outcome, QStringLiteral("success"));
            if (r.action == QLatin1String("query")) {
                QVERIFY2(r.object.contains(QStringLiteral("id=") + m_patientId), qPrintable(r.object));
                QVERIFY2(r.detail.contains(QStringLiteral("3 result(s)")), qPrintable(r.detail));
            }
            if (r.action == QLatin1String("retrieve") || r.action == QLatin1String("send") || r.action == QLatin1String("receive"))
                QCOMPARE(r.object, uid);
            if (r.action != QLatin1String("receive"))
                QVERIFY2(r.peer.contains(label), qPrintable(r.peer));
        }
        QVERIFY(log->verify().value().ok);
    }

    void marksWhatTheNodeHoldsAsStoredRemotely()
    {
        // The cache holds this run's three studies, as the archive does, and a fourth study that
        // only the cache has.
        QTemporaryDir data, localOnlyDir;
        QStringList files;
        for (const QString &f : QDir(m_copies.path()).entryList(QDir::Files))
            files << QDir(m_copies.path()).filePath(f);
        QCOMPARE(files.size(), 3);
        const QStringList localOnly = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/bbmri-53323563.dcm")},
                                                           localOnlyDir.path(), m_patientId);
        QCOMPARE(localOnly.size(), 1);
        auto cache = store::LocalCache::open(data.path());
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), files + localOnly);
        QCOMPARE(imported.imported, 4);
        const QStringList studies = imported.studies;
        QCOMPARE(studies.size(), 4);

        int safe = 0;
        QString lonely;
        for (const QString &uid : studies) {
            QVERIFY(!cache.value()->study(uid).value().remoteStored);   // nothing is marked by importing
            // Asked over both protocols in turn: the node holds the three, not the fourth.
            const RemoteArchive archive(safe % 2 ? webNode() : dimseNode());
            auto check = archive.verifyStored(uid, data.path());
            QVERIFY2(check.ok(), qPrintable(why(check)));
            QCOMPARE(check.value().local, 1);
            QCOMPARE(cache.value()->study(uid).value().remoteStored, check.value().safe());
            QCOMPARE(check.value().marked, check.value().safe());
            if (check.value().safe()) {
                ++safe;
                QCOMPARE(check.value().onNode, 1);
            } else {
                lonely = uid;
                QCOMPARE(check.value().onNode, 0);
                QCOMPARE(check.value().lacking.size(), 1);
            }
        }
        QCOMPARE(safe, 3);
        QVERIFY(!lonely.isEmpty());
        auto notHere = RemoteArchive(dimseNode()).verifyStored(QStringLiteral("1.2.3.4.5.6.7.8.9"), data.path());
        QVERIFY(!notHere.ok());
        QCOMPARE(notHere.error().code, ErrorCode::NotFound);

        // The quota can now evict the three, never the one only the cache holds.
        auto evicted = cache.value()->enforceQuota(0);
        QVERIFY2(evicted.ok(), qPrintable(why(evicted)));
        QCOMPARE(evicted.value().evictedStudies.size(), 3);
        QVERIFY(!evicted.value().quotaMet);
        QVERIFY(cache.value()->study(lonely).ok());
    }

    void cancelledBeforeItStarts()
    {
        CancellationToken cancel;
        cancel.cancel();
        for (const Node &node : {dimseNode(), webNode()}) {
            auto studies = RemoteArchive(node).findStudies({}, cancel);
            QVERIFY(!studies.ok());
            QCOMPARE(studies.error().code, ErrorCode::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestRemoteArchive)
#include "tst_remote_archive.moc"
