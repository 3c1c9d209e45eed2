#include <QTest>
class TestPhantom : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestPhantom)
#include "tst_phantom.moc"
