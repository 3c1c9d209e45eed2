// The DIMSE status table: class and words of each status the network layer meets, per service
// where the meaning differs, and the two formatted texts built on it.
#include <strata/net/dimse/Send.h>
#include <strata/net/dimse/DimseStatus.h>

#include <QTest>

using namespace strata::net;

class TestDimseStatus : public QObject {
    Q_OBJECT
private slots:
    void classes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *name, int status, StatusClass c) { QTest::newRow(name) << status << int(c); };
        row("success", 0x0000, StatusClass::Success);
        row("pending", 0xFF00, StatusClass::Pending);
        row("pending, optional keys", 0xFF01, StatusClass::Pending);
        row("cancel", 0xFE00, StatusClass::Cancel);
        row("sub-operations warning", 0xB000, StatusClass::Warning);
        row("elements discarded", 0xB006, StatusClass::Warning);
        row("does not match, stored", 0xB007, StatusClass::Warning);
        row("other 0xBxxx", 0xB123, StatusClass::Warning);
        row("optional attributes", 0x0001, StatusClass::Warning);
        row("out of resources", 0xA700, StatusClass::Failure);
        row("out of resources, sub-code", 0xA702, StatusClass::Failure);
        row("move destination unknown", 0xA801, StatusClass::Failure);
        row("does not match", 0xA900, StatusClass::Failure);
        row("unable to process", 0xC000, StatusClass::Failure);
        row("cannot understand, sub-code", 0xC123, StatusClass::Failure);
        row("SOP class not supported", 0x0122, StatusClass::Failure);
        row("not authorised", 0x0124, StatusClass::Failure);
        row("unrecognised operation", 0x0211, StatusClass::Failure);
        row("unknown code", 0x1234, StatusClass::Failure);
    }
    void classes()
    {
        QFETCH(int, status);
        QFETCH(int, expected);
        QCOMPARE(int(statusClass(quint16(status))), expected);
        // The class never depends on the service.
        for (DimseService s : {DimseService::Echo, DimseService::Find, DimseService::Get, DimseService::Move, DimseService::Store})
            QCOMPARE(int(dimseStatus(quint16(status), s).statusClass), expected);
    }

    void wordsPerService()
    {
        QCOMPARE(dimseStatus(0xB000, DimseService::Get).words, QStringLiteral("warning: sub-operations complete, one or more failures"));
        QVERIFY(dimseStatus(0xB000, DimseService::Store).words.startsWith(QLatin1String("warning: coercion")));
        QCOMPARE(dimseStatus(0xC001).words, QStringLiteral("failed: unable to process"));
        QCOMPARE(dimseStatus(0xC001, DimseService::Store).words, QStringLiteral("error: cannot understand"));
        QCOMPARE(dimseStatus(0x0111, DimseService::Store).words, QStringLiteral("failed: duplicate SOP instance"));
        QCOMPARE(dimseStatus(0x0111, DimseService::Find).words, QStringLiteral("failure"));
        // The reasons a STOW-RS answer gives (PS3.18 Failure Reason) come from the same table.
        QCOMPARE(dimseStatus(0xC122, DimseService::Store).words, QStringLiteral("refused: transfer syntax not supported"));
        QCOMPARE(dimseStatus(0x0119, DimseService::Store).words, QStringLiteral("failed: SOP class and instance do not match"));
        QCOMPARE(dimseStatus(0xA900, DimseService::Store).words, QStringLiteral("error: data set does not match SOP class"));
        QVERIFY(dimseStatus(0xA801, DimseService::Move).words.contains(QLatin1String("move destination unknown")));
        QCOMPARE(dimseStatus(0xA7FF).words, QStringLiteral("refused: out of resources"));
        QCOMPARE(dimseStatus(0xFE00).words, QStringLiteral("cancelled"));
        QCOMPARE(statusClassName(StatusClass::Pending), QStringLiteral("pending"));
    }

    void succeeded()
    {
        QVERIFY(statusSucceeded(0x0000));
        QVERIFY(statusSucceeded(0xB007));
        QVERIFY(!statusSucceeded(0xFF00));
        QVERIFY(!statusSucceeded(0xA700));
        QVERIFY(!statusSucceeded(0xFE00));
        SentInstance notSent;
        QVERIFY(!notSent.ok());
        notSent.status = 0xB000;
        QVERIFY(notSent.ok());
        notSent.status = 0xC000;
        QVERIFY(!notSent.ok());
    }

    void storeText()
    {
        QCOMPARE(storeStatusText(-1), QStringLiteral("not sent"));
        QCOMPARE(storeStatusText(0xA702), QStringLiteral("0xA702 refused: out of resources"));
        QCOMPARE(storeStatusText(0xB006), QStringLiteral("0xB006 warning: elements discarded"));
        QCOMPARE(storeStatusText(0x0124), QStringLiteral("0x0124 refused: not authorised"));
    }
};

QTEST_GUILESS_MAIN(TestDimseStatus)
#include "tst_dimse_status.moc"
