#include <QTest>
class TestCharset : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
