// terminalSafe(): what the CLI's table output and its stderr lines do to service-supplied
// text (Trust issue item 6) — escape sequences, controls and bidi overrides go, text stays.
#include "export/recordset.h"
#include "export/terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

class TestCliTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strips_data();
    void strips();
    void tableCellsAreSafe();
};

void TestCliTerminalText::strips_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Contoso US — Ünïcode 日本"_s << u"Contoso US — Ünïcode 日本"_s;
    QTest::newRow("csi colour") << u"\x1b[31mred\x1b[0m"_s << u"red"_s;
    QTest::newRow("csi with parameters") << u"a\x1b[1;2;38;5;196mb"_s << u"ab"_s;
    QTest::newRow("csi private mode") << u"a\x1b[?1049hb"_s << u"ab"_s;
    QTest::newRow("osc title bel") << u"x\x1b]0;pwned\x07y"_s << u"xy"_s;
    QTest::newRow("osc title st") << u"x\x1b]0;pwned\x1b\\y"_s << u"xy"_s;
    QTest::newRow("osc hyperlink") << u"\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\"_s << u"click"_s;
    QTest::newRow("osc unterminated") << u"name\x1b]0;pwned"_s << u"name"_s;
    QTest::newRow("dcs") << u"a\x1bPq#0;2;0;0;0\x1b\\b"_s << u"ab"_s;
    QTest::newRow("two-char escapes") << u"a\x1b" "cb\x1b(Bc\x1b" "7d"_s << u"abcd"_s;
    QTest::newRow("lone esc at end") << u"abc\x1b"_s << u"abc"_s;
    QTest::newRow("csi unterminated") << u"abc\x1b[12"_s << u"abc"_s;
    QTest::newRow("c1 csi") << u"a\u009b31mb"_s << u"ab"_s;
    QTest::newRow("c1 osc") << u"a\u009d0;pwned\u009cb"_s << u"ab"_s;
    QTest::newRow("other c1") << u"a\u0085b\u008ec"_s << u"abc"_s;
    QTest::newRow("c0 controls") << u"a\x01\x07\x08\x7f" "b"_s << u"ab"_s;
    QTest::newRow("whitespace controls") << u"a\tb\nc\rd\x0b" "e\x0c" "f"_s << u"a b c d e f"_s;
    QTest::newRow("bidi overrides") << u"\u202eevil\u202c \u2066x\u2069 \u202a\u202b\u202dy"_s << u"evil x y"_s;
    QTest::newRow("nul") << QString(u"a"_s + QChar(0) + u"b"_s) << u"ab"_s;
}

void TestCliTerminalText::strips()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(terminalSafe(input), expected);
}

void TestCliTerminalText::tableCellsAreSafe()
{
    RecordSet records;
    records.fields = {u"name"_s, u"description"_s};
    records.rows.append({RecordValue::fromText(u"Lot\x1b]0;pwned\x07 1"_s),
                         RecordValue::fromText(u"\x1b[31mred\u202e text\x1b[0m\tnext"_s)});
    const QString table = QString::fromUtf8(records.toTable());
    QVERIFY2(!table.contains(QChar(0x1b)) && !table.contains(QChar(0x07)) && !table.contains(QChar(0x202e))
                 && !table.contains(u'\t'),
             qPrintable(table));
    QVERIFY2(table.contains(u"Lot 1"_s), qPrintable(table));
    QVERIFY2(table.contains(u"red text next"_s), qPrintable(table));
    QCOMPARE(table.count(u'\n'), 2); // a line break in a cell cannot add a row

    // JSON keeps the text, with controls and overrides as \u escapes.
    const QString json = QString::fromUtf8(records.toJson());
    QVERIFY2(json.contains(u"\\u001b]0;pwned\\u0007"_s), qPrintable(json));
    QVERIFY2(json.contains(u"\\u202e"_s), qPrintable(json));
    QVERIFY(!json.contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminaltext.moc"
