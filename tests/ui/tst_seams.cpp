// The UI's seams themselves, unanswered, as a person meets them: a MessageBox question opens
// window-modal and returns at once, Enter gives its default answer, Escape its escape answer
// and a mnemonic its button; a warning waits for nobody; FileChooser's dialog proposes the
// suggested file and Escape cancels; a MessageBanner runs its action and closes. And the test
// hooks answer exactly one request.
#include "uitestsupport.h"

#include "messagebanner.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {

MessageBox::Message deleteQuestion()
{
    MessageBox::Message question;
    question.objectName = u"seamQuestion"_s;
    question.title = u"Delete credit"_s;
    question.text = u"Delete PBC-1?"_s;
    question.choices = {{MessageBox::Cancel, {}}, {MessageBox::Delete, u"&Delete credit"_s}};
    question.defaultAnswer = MessageBox::Cancel;
    return question;
}

} // namespace

class TestSeams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void questionOpensWithoutBlockingAndAnswersByKeyboard_data();
    void questionOpensWithoutBlockingAndAnswersByKeyboard();
    void warningWaitsForNobody();
    void nextAnswerAnswersOneQuestionOnly();
    void fileChooserProposesTheSuggestionAndEscapeCancels();
    void nextFileNameAnswersOneRequestOnly();
    void bannerRunsItsActionAndCloses();

private:
    std::unique_ptr<QMainWindow> m_window;
};

void TestSeams::initTestCase()
{
    UiTest::pinEnvironment();
}

void TestSeams::init()
{
    MessageBox::reset();
    FileChooser::reset();
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QLineEdit(m_window.get()));
    m_window->show();
    QVERIFY(UiTest::activate(m_window.get()));
}

void TestSeams::questionOpensWithoutBlockingAndAnswersByKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("answer");
    QTest::newRow("Enter: the default") << int(Qt::Key_Return) << int(Qt::NoModifier) << int(MessageBox::Cancel);
    QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier) << int(MessageBox::Cancel);
    QTest::newRow("Alt+D: Delete credit") << int(Qt::Key_D) << int(Qt::AltModifier) << int(MessageBox::Delete);
}

void TestSeams::questionOpensWithoutBlockingAndAnswersByKeyboard()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, answer);
    std::optional<MessageBox::Answer> answered;
    MessageBox::ask(m_window.get(), deleteQuestion(), this, [&](MessageBox::Answer a) { answered = a; });
    // Returned before any answer, with the box up and modal over the window only.
    QVERIFY(!answered);
    QPointer<QMessageBox> box = m_window->findChild<QMessageBox *>(u"seamQuestion"_s);
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->text(), u"Delete PBC-1?"_s);
    QCOMPARE(MessageBox::lastMessage().objectName, u"seamQuestion"_s);
    QVERIFY(UiTest::activate(box));
    QTest::keyClick(box, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_VERIFY(answered.has_value());
    QCOMPARE(int(*answered), answer);
    QTRY_VERIFY(!box); // deleted once answered
}

void TestSeams::warningWaitsForNobody()
{
    MessageBox::warning(m_window.get(), u"Export"_s, u"Could not write /nowhere/x.csv"_s, u"seamWarning"_s);
    QPointer<QMessageBox> box = m_window->findChild<QMessageBox *>(u"seamWarning"_s);
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(UiTest::activate(box));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!box);
}

void TestSeams::nextAnswerAnswersOneQuestionOnly()
{
    std::optional<MessageBox::Answer> answered;
    MessageBox::setNextAnswer(MessageBox::Delete);
    MessageBox::ask(m_window.get(), deleteQuestion(), this, [&](MessageBox::Answer a) { answered = a; });
    QCOMPARE(answered, std::optional(MessageBox::Delete)); // before ask() returned
    QVERIFY(!m_window->findChild<QMessageBox *>());
    QCOMPARE(MessageBox::lastMessage().text, u"Delete PBC-1?"_s);

    // The next one is a person's again.
    answered.reset();
    MessageBox::ask(m_window.get(), deleteQuestion(), this, [&](MessageBox::Answer a) { answered = a; });
    QVERIFY(!answered);
    QPointer<QMessageBox> box = m_window->findChild<QMessageBox *>(u"seamQuestion"_s);
    QVERIFY(box && box->isVisible());
    box->reject();
    QTRY_VERIFY(answered.has_value());
}

void TestSeams::fileChooserProposesTheSuggestionAndEscapeCancels()
{
    QTemporaryDir dir;
    const QString suggested = dir.filePath(u"credit-lots.csv"_s);
    std::optional<QString> chosen;
    FileChooser::save(m_window.get(), u"Export lots as CSV"_s, suggested, u"CSV files (*.csv)"_s, this,
                      [&](const QString &file) { chosen = file; });
    QVERIFY(!chosen);
    QPointer<QFileDialog> dialog = m_window->findChild<QFileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->selectedFiles().value(0), suggested);
    QCOMPARE(FileChooser::lastRequest().suggested, suggested);
    QVERIFY(UiTest::activate(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(chosen.has_value());
    QVERIFY(chosen->isEmpty());
    QTRY_VERIFY(!dialog);
}

void TestSeams::nextFileNameAnswersOneRequestOnly()
{
    std::optional<QString> chosen;
    FileChooser::setNextFileName(u"/tmp/answer.csv"_s);
    FileChooser::open(m_window.get(), u"Import"_s, {}, u"CSV files (*.csv)"_s, this,
                      [&](const QString &file) { chosen = file; });
    QCOMPARE(chosen, std::optional(u"/tmp/answer.csv"_s));
    QVERIFY(!FileChooser::lastRequest().save);
    QVERIFY(!m_window->findChild<QFileDialog *>());

    chosen.reset();
    FileChooser::open(m_window.get(), u"Import"_s, {}, u"CSV files (*.csv)"_s, this,
                      [&](const QString &file) { chosen = file; });
    QVERIFY(!chosen);
    QPointer<QFileDialog> dialog = m_window->findChild<QFileDialog *>();
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(chosen.has_value() && chosen->isEmpty());
}

void TestSeams::bannerRunsItsActionAndCloses()
{
    auto *banner = new MessageBanner(u"seamBanner"_s, MessageBanner::Level::Warning, m_window.get());
    banner->textLabel()->setObjectName(u"seamText"_s);
    int retried = 0;
    QPushButton *retry = banner->addAction(u"&Retry"_s, u"seamRetry"_s, [&retried] { ++retried; });
    QPushButton *close = banner->setCloseButton(u"D&ismiss"_s, u"seamClose"_s);
    QSignalSpy closed(banner, &MessageBanner::closed);
    QVERIFY(!banner->isVisible()); // nothing to say yet
    banner->setText(u"Some billing scopes could not be read"_s);
    banner->show();
    QCOMPARE(m_window->findChild<QLabel *>(u"seamText"_s)->text(), banner->text());
    QCOMPARE(retry->objectName(), u"seamRetry"_s);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier); // clicked animated, a moment later
    QTRY_COMPARE(retried, 1);
    QVERIFY(banner->isVisible());
    QCOMPARE(close->objectName(), u"seamClose"_s);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(closed.size(), 1);
    QCOMPARE(retried, 1);
}

QTEST_MAIN(TestSeams)
#include "tst_seams.moc"
