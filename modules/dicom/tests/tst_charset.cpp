#include <strata/dicom/Charset.h>

#include <gdcmDataSet.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <iterator>
#include <thread>
#include <vector>

using namespace strata::dicom;
using namespace Qt::StringLiterals;

namespace {

const QString kCharsetDir =
    QStringLiteral(STRATA_TESTDATA_DIR "/edge-cases/pydicom-pkg-charset_files");

QByteArray rawBytes(const gdcm::DataSet &ds, quint16 group, quint16 element)
{
    const gdcm::Tag tag(group, element);
    if (!ds.FindDataElement(tag))
        return {};
    const gdcm::ByteValue *value = ds.GetDataElement(tag).GetByteValue();
    return value ? QByteArray(value->GetPointer(), qsizetype(value->GetLength())) : QByteArray();
}

/// Every term of PS3.3 C.12.1.1.2.
const QList<QByteArray> kDefinedTerms = {
    "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127",
    "ISO_IR 126", "ISO_IR 138", "ISO_IR 148", "ISO_IR 203", "ISO_IR 166", "ISO_IR 13",
    "ISO_IR 192", "GB18030", "GBK", "ISO 2022 IR 6", "ISO 2022 IR 100", "ISO 2022 IR 101",
    "ISO 2022 IR 109", "ISO 2022 IR 110", "ISO 2022 IR 144", "ISO 2022 IR 127",
    "ISO 2022 IR 126", "ISO 2022 IR 138", "ISO 2022 IR 148", "ISO 2022 IR 203",
    "ISO 2022 IR 166", "ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159",
    "ISO 2022 IR 149", "ISO 2022 IR 58",
};

} // namespace

class TestCharset : public QObject {
    Q_OBJECT
private slots:
    void realFiles_data();
    void realFiles();
    void definedTerms_data();
    void definedTerms();
    void personNameResetsAtComponentDelimiters();
    void textResetsAtControlsAndValueSeparator();
    void multiByteG0HidesDelimiterBytes();
    void isoIr13Katakana();
    void invalidBytesGiveReplacementCharacter_data();
    void invalidBytesGiveReplacementCharacter();
    void randomBytesNeverCrash();
    void emptyOrUnknownCharsetReadsLatin1();
    void trailingPaddingIsTrimmed();
    void lenientTermSpelling();
    void undesignatedG1UsesListedSet();
    void isKnownCharacterSet_data();
    void isKnownCharacterSet();
    void concurrentDecoding();
};

void TestCharset::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint16>("group");
    QTest::addColumn<quint16>("element");
    QTest::addColumn<bool>("inSequence"); // value in item 1 of (0032,1064)
    QTest::addColumn<bool>("personName");
    QTest::addColumn<QString>("expected");

    auto pn = [](const char *file, const QString &expected) {
        QTest::newRow(file) << QString::fromLatin1(file) << quint16(0x0010) << quint16(0x0010)
                            << false << true << expected;
    };
    pn("chrArab", QStringLiteral("قباني^لنزار"));
    pn("chrFren", QStringLiteral("Buc^Jérôme"));
    pn("chrFrenMulti", QStringLiteral("Buc^Jérôme"));
    pn("chrGerm", QStringLiteral("Äneas^Rüdiger"));
    pn("chrGreek", QStringLiteral("Διονυσιος"));
    pn("chrH31", QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
    pn("chrH32", QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
    pn("chrHbrw", QStringLiteral("שרון^דבורה"));
    pn("chrI2", QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동"));
    pn("chrJapMulti", QStringLiteral("やまだ^たろう"));
    pn("chrJapMultiExplicitIR6", QStringLiteral("やまだ^たろう"));
    pn("chrKoreanMulti", QStringLiteral("김희중"));
    pn("chrRuss", QStringLiteral("Люкceмбypг")); // the c, e, y, p are Latin in the file
    pn("chrX1", QStringLiteral("Wang^XiaoDong=王^小東="));
    pn("chrX2", QStringLiteral("Wang^XiaoDong=王^小东="));

    QTest::newRow("chrFrenMulti other names")
        << QStringLiteral("chrFrenMulti") << quint16(0x0010) << quint16(0x1001) << false << true
        << QStringLiteral("Buc^Jérôme\\Buc^Jérôme");
    QTest::newRow("chrJapMulti other names")
        << QStringLiteral("chrJapMulti") << quint16(0x0010) << quint16(0x1001) << false << true
        << QStringLiteral("やまだ^たろう\\やまだ^たろう");
    QTest::newRow("chrJapMulti LT") << QStringLiteral("chrJapMulti") << quint16(0x0010)
                                    << quint16(0x21B0) << false << false << QStringLiteral("たろう");
    QTest::newRow("chrKoreanMulti LT") << QStringLiteral("chrKoreanMulti") << quint16(0x0010)
                                       << quint16(0x21B0) << false << false
                                       << QStringLiteral("김희중");
    QTest::newRow("chrSQEncoding item") << QStringLiteral("chrSQEncoding") << quint16(0x0010)
                                        << quint16(0x0010) << true << true
                                        << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
    QTest::newRow("chrSQEncoding1 item") << QStringLiteral("chrSQEncoding1") << quint16(0x0010)
                                         << quint16(0x0010) << true << true
                                         << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
    QTest::newRow("chrSQEncoding top") << QStringLiteral("chrSQEncoding") << quint16(0x0032)
                                       << quint16(0x1032) << false << true
                                       << QStringLiteral("Doctor^Who^^MD");
}

void TestCharset::realFiles()
{
    QFETCH(QString, file);
    QFETCH(quint16, group);
    QFETCH(quint16, element);
    QFETCH(bool, inSequence);
    QFETCH(bool, personName);
    QFETCH(QString, expected);

    QVERIFY2(QDir(kCharsetDir).exists(), qPrintable(kCharsetDir));
    const QString path = kCharsetDir + QLatin1Char('/') + file + QStringLiteral(".dcm");
    QVERIFY2(QFile::exists(path), qPrintable(path));

    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    QVERIFY2(reader.Read(), qPrintable(path));
    const gdcm::DataSet &top = reader.GetFile().GetDataSet();

    QByteArray charset = rawBytes(top, 0x0008, 0x0005);
    QByteArray value;
    if (inSequence) {
        const gdcm::Tag sqTag(0x0032, 0x1064);
        QVERIFY(top.FindDataElement(sqTag));
        const gdcm::SmartPointer<gdcm::SequenceOfItems> sq =
            top.GetDataElement(sqTag).GetValueAsSQ();
        QVERIFY(sq && sq->GetNumberOfItems() >= 1);
        const gdcm::DataSet &item = sq->GetItem(1).GetNestedDataSet();
        if (item.FindDataElement(gdcm::Tag(0x0008, 0x0005)))
            charset = rawBytes(item, 0x0008, 0x0005);
        value = rawBytes(item, group, element);
    } else {
        value = rawBytes(top, group, element);
    }
    QVERIFY(!value.isEmpty());

    QVERIFY2(strata::dicom::isKnownCharacterSet(charset), charset.constData());
    const QString decoded =
        decodeText(value, charset, personName ? TextKind::PersonName : TextKind::Text);
    QCOMPARE(decoded, expected);
}

void TestCharset::definedTerms_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");

    const QList<std::pair<const char *, const char *>> upper = {
        {"100", "\xe9"}, {"101", "\xa3"}, {"109", "\xa1"}, {"110", "\xa2"},
        {"144", "\xd0"}, {"127", "\xc7"}, {"126", "\xc1"}, {"138", "\xe0"},
        {"148", "\xdd"}, {"203", "\xa4"}, {"166", "\xa1"}, {"13", "\xb1"},
    };
    const QStringList chars = {u"é"_s, u"Ł"_s, u"Ħ"_s, u"ĸ"_s, u"а"_s, u"ا"_s,
                               u"Α"_s, u"א"_s, u"İ"_s, u"€"_s, u"ก"_s, u"ｱ"_s};
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const QByteArray plain = QByteArray("ISO_IR ") + upper[i].first;
        const QByteArray ext = QByteArray("ISO 2022 IR ") + upper[i].first;
        const QByteArray raw = QByteArray("a") + upper[i].second + "b";
        const QString expected = QStringLiteral("a") + chars[i] + QStringLiteral("b");
        QTest::newRow(plain.constData()) << plain << raw << expected;
        QTest::newRow(ext.constData()) << ext << raw << expected;
    }
    QTest::newRow("ISO_IR 192") << QByteArray("ISO_IR 192")
                                << QByteArray("\xc3\xa9\xf0\x9f\x98\x80")
                                << u"é😀"_s;
    QTest::newRow("GB18030") << QByteArray("GB18030") << QByteArray("\xcd\xf5\x90\x30\x81\x30")
                             << QStringLiteral("王") + QString::fromUcs4(U"\U00010000", 1);
    QTest::newRow("GBK") << QByteArray("GBK") << QByteArray("\xcd\xf5\\x") << u"王\\x"_s;
    QTest::newRow("ISO 2022 IR 6") << QByteArray("ISO 2022 IR 6\\ISO 2022 IR 100")
                                   << QByteArray("a\x1b-A\xe9") << u"aé"_s;
    QTest::newRow("ISO 2022 IR 87") << QByteArray("\\ISO 2022 IR 87")
                                    << QByteArray("\x1b$B;3ED\x1b(B") << u"山田"_s;
    QTest::newRow("ISO 2022 IR 159") << QByteArray("\\ISO 2022 IR 159")
                                     << QByteArray("x\x1b$(D0!\x1b(By") << u"x丂y"_s;
    QTest::newRow("ISO 2022 IR 149") << QByteArray("\\ISO 2022 IR 149")
                                     << QByteArray("\x1b$)C\xb0\xa1") << u"가"_s;
    QTest::newRow("ISO 2022 IR 58") << QByteArray("\\ISO 2022 IR 58")
                                    << QByteArray("\x1b$)A\xb0\xa1") << u"啊"_s;
    QTest::newRow("latin-1 then greek") << QByteArray("ISO 2022 IR 100\\ISO 2022 IR 126")
                                        << QByteArray("\xe9\x1b-F\xc1\x1b-A\xe9")
                                        << u"éΑé"_s;
}

void TestCharset::definedTerms()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QVERIFY(strata::dicom::isKnownCharacterSet(charset));
    QCOMPARE(decodeText(raw, charset), expected);
    QCOMPARE(decodeText(raw, charset, TextKind::PersonName), expected);
}

void TestCharset::personNameResetsAtComponentDelimiters()
{
    const QByteArray cs = "ISO 2022 IR 100\\ISO 2022 IR 126";
    // After '^' and '=' a PN is back in the initial set (Latin-1 in G1); other text is not.
    QCOMPARE(decodeText("\x1b-F\xc4^\xc4=\xc4", cs, TextKind::PersonName), u"Δ^Ä=Ä"_s);
    QCOMPARE(decodeText("\x1b-F\xc4^\xc4=\xc4", cs, TextKind::Text), u"Δ^Δ=Δ"_s);
    QCOMPARE(decodeText("\x1b-F\xc4=\x1b-F\xc4^\xc4", cs, TextKind::PersonName), u"Δ=Δ^Ä"_s);

    // G0 resets too: JIS X 0208 left active before '^' (non-conformant) ends there for ASCII.
    const QByteArray jp = "\\ISO 2022 IR 87";
    QCOMPARE(decodeText("\x1b$B;3ED\x1b(B^Taro", jp, TextKind::PersonName), u"山田^Taro"_s);
    QCOMPARE(decodeText("\x1b$)C\xb1\xe8^\xb1\xe8", "\\ISO 2022 IR 149", TextKind::PersonName),
             u"김^김"_s); // G1 of value 2 is the fallback for undesignated high bytes
}

void TestCharset::textResetsAtControlsAndValueSeparator()
{
    const QByteArray cs = "ISO 2022 IR 100\\ISO 2022 IR 126";
    QCOMPARE(decodeText("\x1b-F\xc4\r\n\xc4", cs), u"Δ\r\nÄ"_s);
    QCOMPARE(decodeText("\x1b-F\xc4\t\xc4", cs), u"Δ\tÄ"_s);
    QCOMPARE(decodeText("\x1b-F\xc4\f\xc4", cs), u"Δ\fÄ"_s);
    QCOMPARE(decodeText("\x1b-F\xc4\\\xc4", cs), u"Δ\\Ä"_s);
    QCOMPARE(decodeText("\x1b-F\xc4\\\xc4", cs, TextKind::PersonName), u"Δ\\Ä"_s);
    QCOMPARE(decodeText("\x1b-F\xc4 \xc4", cs), u"Δ Δ"_s); // space is no delimiter
}

void TestCharset::multiByteG0HidesDelimiterBytes()
{
    // In JIS X 0208, 0x5E ('^'), 0x3D ('=') and 0x5C ('\') are halves of characters.
    const QByteArray jp = "\\ISO 2022 IR 87";
    QCOMPARE(decodeText("\x1b$B$^\x1b(B", jp, TextKind::PersonName), u"ま"_s);
    QCOMPARE(decodeText("\x1b$B$=\x1b(B", jp, TextKind::PersonName), u"そ"_s);
    QCOMPARE(decodeText("\x1b$B$\\\x1b(B", jp, TextKind::Text), u"ぼ"_s);
}

void TestCharset::isoIr13Katakana()
{
    QCOMPARE(decodeText("\xb6\xc0\xb6\xc5", "ISO_IR 13"), u"ｶﾀｶﾅ"_s);
    QCOMPARE(decodeText("\xa1\xdf", "ISO_IR 13"), QString(QChar(0xFF61)) + QChar(0xFF9F));
    QCOMPARE(decodeText("Abc \xd4\xcf\xc0\xde", "ISO_IR 13", TextKind::PersonName), u"Abc ﾔﾏﾀﾞ"_s);
    // JIS X 0201 katakana designated to G0 (7-bit form) and to G1 by escape.
    QCOMPARE(decodeText("\x1b(I6@\x1b(Bx", "\\ISO 2022 IR 87"), u"ｶﾀx"_s);
    QCOMPARE(decodeText("\x1b)I\xb6", ""), u"ｶ"_s);
    // Outside 0xA1-0xDF there is no katakana.
    QCOMPARE(decodeText("\xe0", "ISO_IR 13"), QString(QChar::ReplacementCharacter));
}

void TestCharset::invalidBytesGiveReplacementCharacter_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    const QString r(QChar::ReplacementCharacter);

    QTest::newRow("utf-8 stray bytes") << QByteArray("ISO_IR 192") << QByteArray("ab\xff\xfe" "cd")
                                       << u"ab"_s + r + r + u"cd"_s;
    // Qt's UTF-8 decoder replaces each byte of a truncated sequence.
    QTest::newRow("utf-8 truncated") << QByteArray("ISO_IR 192") << QByteArray("ab\xe7\x8e")
                                     << u"ab"_s + r + r;
    QTest::newRow("utf-8 truncated, padded") << QByteArray("ISO_IR 192")
                                             << QByteArray("ab\xe7\x8e ")
                                             << u"ab"_s + r + r;
    QTest::newRow("gb18030 truncated") << QByteArray("GB18030") << QByteArray("\xcd\xf5\x90\x30")
                                       << u"王"_s + r;
    QTest::newRow("euc-kr lone lead") << QByteArray("\\ISO 2022 IR 149")
                                      << QByteArray("\x1b$)C\xb1^x") << r + u"^x"_s;
    QTest::newRow("euc-kr unassigned") << QByteArray("\\ISO 2022 IR 149")
                                       << QByteArray("\x1b$)C\xc9\xa1\xb0\xa1") << r + u"가"_s;
    QTest::newRow("jis unassigned pair") << QByteArray("\\ISO 2022 IR 87")
                                         << QByteArray("\x1b$B)!;3\x1b(B") << r + u"山"_s;
    QTest::newRow("jis odd byte") << QByteArray("\\ISO 2022 IR 87") << QByteArray("\x1b$B;")
                                  << r;
    QTest::newRow("unknown escape") << QByteArray("\\ISO 2022 IR 87") << QByteArray("a\x1b$)Xb")
                                    << u"a"_s + r + u"b"_s;
    QTest::newRow("lone escape at end") << QByteArray("") << QByteArray("a\x1b") << u"a"_s + r;
    QTest::newRow("truncated escape") << QByteArray("") << QByteArray("a\x1b$(")
                                      << u"a"_s + r + u"$("_s;
    QTest::newRow("thai unassigned") << QByteArray("ISO_IR 166") << QByteArray("\xff") << r;
}

void TestCharset::invalidBytesGiveReplacementCharacter()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(decodeText(raw, charset, TextKind::PersonName), expected);
}

void TestCharset::randomBytesNeverCrash()
{
    QRandomGenerator rng(20240601);
    QList<QByteArray> charsets = kDefinedTerms;
    charsets << "" << "\\ISO 2022 IR 87\\ISO 2022 IR 159" << "ISO 2022 IR 13\\ISO 2022 IR 87"
             << "\\ISO 2022 IR 149" << "\\ISO 2022 IR 58" << "bogus";
    const char escapes[][5] = {"\x1b$B", "\x1b$(D", "\x1b$)C", "\x1b$)A", "\x1b(B",
                               "\x1b(J",  "\x1b)I",  "\x1b-F",  "\x1b-T",  "\x1b$"};
    for (const QByteArray &cs : charsets) {
        for (int round = 0; round < 200; ++round) {
            QByteArray raw;
            const int length = rng.bounded(40);
            for (int i = 0; i < length; ++i) {
                if (rng.bounded(8) == 0)
                    raw += escapes[rng.bounded(int(std::size(escapes)))];
                else
                    raw += char(rng.bounded(256));
            }
            for (TextKind kind : {TextKind::Text, TextKind::PersonName}) {
                const QString s = decodeText(raw, cs, kind);
                QVERIFY(!s.endsWith(u' ') && !s.endsWith(QChar(0)));
                QVERIFY(s.size() <= raw.size());
            }
        }
    }
}

void TestCharset::emptyOrUnknownCharsetReadsLatin1()
{
    QCOMPARE(decodeText("Ren\xe9", ""), u"René"_s);
    QCOMPARE(decodeText("Ren\xe9", "ISO_IR 999"), u"René"_s);
    QCOMPARE(decodeText("Ren\xe9", "\\ISO 2022 IR 87"), u"René"_s);
    QCOMPARE(decodeText("\x80\xff", ""), QString(QChar(0x80)) + QChar(0xFF));
    QCOMPARE(decodeText("", ""), QString());
    QCOMPARE(decodeText("", "ISO_IR 192"), QString());
}

void TestCharset::trailingPaddingIsTrimmed()
{
    QCOMPARE(decodeText(QByteArray("Doe^John  \0\0", 13), ""), u"Doe^John"_s);
    QCOMPARE(decodeText("  Doe ", "ISO_IR 100"), u"  Doe"_s); // leading spaces stay
    QCOMPARE(decodeText("Wang \xe7\x8e\x8b ", "ISO_IR 192"), u"Wang 王"_s);
    QCOMPARE(decodeText("\x1b$B;3\x1b(B  ", "\\ISO 2022 IR 87"), u"山"_s);
    QCOMPARE(decodeText(QByteArray("\xcd\xf5 \0", 4), "GB18030"), u"王"_s);
    QCOMPARE(decodeText("    ", "ISO_IR 100"), QString());
}

void TestCharset::lenientTermSpelling()
{
    // Misspelt terms are read but are not "known".
    QCOMPARE(decodeText("\xc4", "ISO-IR 126"), u"Δ"_s);
    QCOMPARE(decodeText("\xc4", "iso_ir 126"), u"Δ"_s);
    QCOMPARE(decodeText("\xc4", " ISO_IR 126 "), u"Δ"_s);
    QCOMPARE(decodeText("\xc3\xa9", "UTF-8"), u"é"_s);
    QVERIFY(!strata::dicom::isKnownCharacterSet("ISO-IR 126"));
    QVERIFY(strata::dicom::isKnownCharacterSet("ISO_IR 126 "));
}

void TestCharset::undesignatedG1UsesListedSet()
{
    // High bytes before any escape are illegal under ISO-IR 6; a G1 set listed later is assumed.
    QCOMPARE(decodeText("\xb1\xe8\xc8\xf1\xc1\xdf", "\\ISO 2022 IR 149"), u"김희중"_s);
    QCOMPARE(decodeText("\xc4", "ISO 2022 IR 6\\ISO 2022 IR 126"), u"Δ"_s);
}

void TestCharset::isKnownCharacterSet_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("known");
    for (const QByteArray &term : kDefinedTerms)
        QTest::newRow(term.constData()) << term << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("padded") << QByteArray("ISO_IR 100 ") << true;
    QTest::newRow("empty value 1") << QByteArray("\\ISO 2022 IR 87") << true;
    QTest::newRow("three values") << QByteArray("ISO 2022 IR 13\\ISO 2022 IR 87\\ISO 2022 IR 159")
                                  << true;
    QTest::newRow("unknown") << QByteArray("ISO_IR 999") << false;
    QTest::newRow("unknown value 2") << QByteArray("ISO 2022 IR 100\\FOO") << false;
    QTest::newRow("ISO_IR 6 is not a defined term") << QByteArray("ISO_IR 6") << false;
    QTest::newRow("lower case") << QByteArray("iso_ir 100") << false;
    QTest::newRow("Shift_JIS") << QByteArray("Shift_JIS") << false;
}

void TestCharset::isKnownCharacterSet()
{
    QFETCH(QByteArray, charset);
    QFETCH(bool, known);
    QCOMPARE(strata::dicom::isKnownCharacterSet(charset), known);
}

void TestCharset::concurrentDecoding()
{
    // Each thread keeps its own iconv descriptors; results must not interfere.
    const QByteArray jp = "\x1b$B;3ED\x1b(B^\x1b$B$?$m$&\x1b(B";
    const QByteArray kr = "\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf";
    std::vector<int> failures(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i) {
                if (decodeText(jp, "\\ISO 2022 IR 87", TextKind::PersonName) != u"山田^たろう"_s)
                    ++failures[t];
                if (decodeText(kr, "\\ISO 2022 IR 149") != u"김희중"_s)
                    ++failures[t];
                if (decodeText("\xcd\xf5", "GB18030") != u"王"_s)
                    ++failures[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int f : failures)
        QCOMPARE(f, 0);
}

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
