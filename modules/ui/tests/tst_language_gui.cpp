// The interface language: it follows the system locale unless Settings → Language chooses one, and
// a window made after installLanguage() shows its menus in that language. The expected menu titles
// are the translators' words in translations/*.ts, read from the files here, not Strata's code.
#include <strata/ui/Language.h>
#include <strata/ui/MainWindow.h>

#include "SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {
// The translation of `source` in a .ts file (XML-escaped as lupdate writes it).
QString translationIn(const QString &tsFile, const QString &escapedSource)
{
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const QRegularExpression re(QStringLiteral("<source>%1</source>\\s*<translation>([^<]*)</translation>")
                                    .arg(QRegularExpression::escape(escapedSource)));
    return re.match(text).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}
} // namespace

class TestLanguageGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_config, m_data;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("language-gui"));
        QSettings().clear();
    }

    void followsTheSystemUnlessChosen()
    {
        ui::setChosenLanguage({});
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Switzerland));
        QCOMPARE(ui::effectiveLanguage(), QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
        QCOMPARE(ui::effectiveLanguage(), QStringLiteral("de"));
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));   // not shipped: English
        QCOMPARE(ui::effectiveLanguage(), QStringLiteral("en"));
        ui::setChosenLanguage(QStringLiteral("de"));
        QCOMPARE(ui::effectiveLanguage(), QStringLiteral("de"));
        ui::setChosenLanguage(QStringLiteral("xx"));                     // unknown: as the system
        QCOMPARE(ui::effectiveLanguage(), QStringLiteral("en"));
        ui::setChosenLanguage({});
        QLocale::setDefault(QLocale::c());
    }

    void theSettingsPageChoosesTheLanguage()
    {
        ui::setChosenLanguage({});
        ui::SettingsDialog dialog(m_data.path());
        QComboBox *box = dialog.languageBox();
        QVERIFY(box);
        QCOMPARE(box->count(), 4);   // as the system, English, Deutsch, Français
        QCOMPARE(box->currentIndex(), 0);
        const int german = box->findText(QStringLiteral("Deutsch"));
        QVERIFY(german > 0);
        box->setCurrentIndex(german);
        emit box->activated(german);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        emit box->activated(0);
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        ui::SettingsDialog again(m_data.path());
        QCOMPARE(again.languageBox()->currentIndex(), 0);
    }

    void menusAreInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void menusAreInTheChosenLanguage()
    {
        QFETCH(QString, code);
        ui::setChosenLanguage(code);
        QCOMPARE(ui::installLanguage(QStringLiteral(STRATA_QM_DIR)), code);
        QString file = QStringLiteral("&File"), help = QStringLiteral("&Help");
        if (code != QLatin1String("en")) {
            const QString ts = QStringLiteral(STRATA_TS_DIR "/strata_%1.ts").arg(code);
            file = translationIn(ts, QStringLiteral("&amp;File"));
            help = translationIn(ts, QStringLiteral("&amp;Help"));
            QVERIFY2(!file.isEmpty() && file != QLatin1String("&File"), qPrintable(ts));
        }
        ui::MainWindow window(m_data.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(file) && titles.contains(help), qPrintable(titles.join(QLatin1Char('|'))));
    }

    void cleanupTestCase()
    {
        ui::setChosenLanguage({});
        ui::installLanguage(QStringLiteral(STRATA_QM_DIR));
    }
};

QTEST_MAIN(TestLanguageGui)
#include "tst_language_gui.moc"
