// Settings → Nodes never waits on the index on the GUI thread (Xvfb, no network): with the index
// held by another connection's exclusive lock, the page opens at once, shows that it is loading,
// keeps the GUI thread processing events, and lists the nodes once the lock is released.
#include "NodesPage.h"

#include <strata/net/NodeRegistry.h>

#include "gap_monitor.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

const QString kLock = QStringLiteral("test-index-lock");

} // namespace

class TestNodesPageOffThread : public QObject {
    Q_OBJECT

private slots:
    void listsTheNodesOnceALockedIndexIsFree()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            auto registry = net::NodeRegistry::open(data.path());
            QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().message()));
            for (const QString &name : {QStringLiteral("Archive A"), QStringLiteral("Archive B")}) {
                net::Node n;
                n.name = name;
                n.aeTitle = QStringLiteral("ARCHIVE");
                n.host = QStringLiteral("127.0.0.1");
                const auto e = registry.value()->save(n);
                QVERIFY2(!e, qPrintable(e ? e->message() : QString()));
            }
        }

        // Another connection takes the index for itself: every other connection waits for it
        // (up to its busy timeout, 30 s for the index).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kLock);
            db.setDatabaseName(data.path() + QStringLiteral("/index.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM nodes")), qPrintable(q.lastError().text()));
        }

        QElapsedTimer clock;
        clock.start();
        ui::NodesPage page(data.path());
        const qint64 constructed = clock.elapsed();
        qInfo() << "the page was made in" << constructed << "ms with the index locked";
        QVERIFY2(constructed < 3000, qPrintable(QString::number(constructed)));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QListWidget *list = child<QListWidget>(&page, "nodeList");
        QLabel *status = child<QLabel>(&page, "status");
        QVERIFY(page.isLoading());
        QCOMPARE(status->text(), QStringLiteral("Loading the nodes…"));
        QCOMPARE(list->count(), 0);
        QVERIFY(!list->isEnabled());

        // The lock holds the list back, not the window: the GUI thread keeps ticking meanwhile.
        {
            testing::GapMonitor gaps;
            QTest::qWait(1000);
            qInfo() << "longest GUI-thread gap while the index was locked:" << gaps.maxGapMs() << "ms";
            QVERIFY2(gaps.maxGapMs() < 1000, qPrintable(QString::number(gaps.maxGapMs())));
        }
        QVERIFY(page.isLoading());
        QCOMPARE(list->count(), 0);

        {
            QSqlDatabase db = QSqlDatabase::database(kLock);
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("COMMIT")), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(kLock);

        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->isEnabled());
        QCOMPARE(list->item(0)->text(), QStringLiteral("Archive A"));
        // The first node is shown, as when the list loaded at once.
        QCOMPARE(child<QLineEdit>(&page, "name")->text(), QStringLiteral("Archive A"));
        QVERIFY2(!status->text().contains(QLatin1String("Loading")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestNodesPageOffThread)
#include "tst_nodes_page_offthread.moc"
