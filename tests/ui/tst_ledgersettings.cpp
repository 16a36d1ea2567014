// Settings › Ledger: the location checked as typed, saved on OK, Test connection off the GUI
// thread; a PostgreSQL password saved in the secret store only once the server accepted it
// (that part needs CREDITDESK_TEST_POSTGRES + PGPASSWORD and a secret store, as ./scripts/dev
// test provides).
#include "auth/secretstore.h"
#include "savedsecret.h"
#include "ledger/ledgerlocation.h"
#include "ledgersettingspage.h"
#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
constexpr int WaitMs = 15'000;

QPushButton *okButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestLedgerSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;

    std::optional<QString> saved(const QString &key) { return Testing::savedSecret(*m_secrets, key, this); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_ledgersettings"_s);
        m_secrets = std::make_unique<SecretStore>(u"CreditDesk-tests-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    void init() { QSettings().clear(); }

    void aMalformedAddressIsExplainedAndCannotBeSaved()
    {
        SettingsDialog dialog(nullptr, m_secrets.get());
        LedgerSettingsPage *page = dialog.ledgerPage();
        QCOMPARE(dialog.tabs()->indexOf(page), 1);
        QTest::keyClicks(page->locationEdit(), u"postgresql://alice:hunter2@db.example.com/credits"_s);
        auto *error = page->findChild<QLabel *>(u"ledgerLocationError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QVERIFY2(!error->text().contains(u"hunter2"_s), qPrintable(error->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!page->testButton()->isEnabled());

        page->locationEdit()->setText(u"ftp://server/ledger"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        page->locationEdit()->setText(u"postgresql://alice@db.example.com/credits"_s);
        QVERIFY(error->isHidden());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(page->passwordEdit()->isEnabled());
    }

    void okSavesTheLocationAndEmptyMeansTheDefaultFile()
    {
        {
            SettingsDialog dialog(nullptr, m_secrets.get());
            dialog.ledgerPage()->locationEdit()->setText(u"postgresql://alice@db.example.com/credits"_s);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QCOMPARE(QSettings().value(u"ledger/location"_s).toString(), u"postgresql://alice@db.example.com/credits"_s);
        }
        SettingsDialog dialog(nullptr, m_secrets.get());
        QCOMPARE(dialog.ledgerPage()->locationEdit()->text(), u"postgresql://alice@db.example.com/credits"_s);
        dialog.ledgerPage()->locationEdit()->clear();
        QVERIFY(!dialog.ledgerPage()->passwordEdit()->isEnabled()); // a file has no password
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!QSettings().contains(u"ledger/location"_s));
    }

    void testConnectionOpensAnSqliteFile()
    {
        SettingsDialog dialog(nullptr, m_secrets.get());
        LedgerSettingsPage *page = dialog.ledgerPage();
        const QString file = m_dir.filePath(u"team/ledger.sqlite"_s);
        page->locationEdit()->setText(file);
        QSignalSpy tested(page, &LedgerSettingsPage::tested);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(!page->testButton()->isEnabled()); // one test at a time
        QVERIFY(tested.wait(WaitMs));
        QVERIFY(tested.constFirst().constFirst().value<Status>().ok());
        QCOMPARE(page->statusLabel()->text(), u"Connected."_s);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(page->testButton()->isEnabled());
    }

    void aPostgresPasswordIsSavedOnlyOnceTheServerAcceptsIt()
    {
        const QString uri = qEnvironmentVariable("CREDITDESK_TEST_POSTGRES");
        const QString password = qEnvironmentVariable("PGPASSWORD");
        if (uri.isEmpty() || password.isEmpty())
            QSKIP("PostgreSQL with a password not configured: set CREDITDESK_TEST_POSTGRES and PGPASSWORD.");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/creditdesk-test-pgpass");
        const QString key = LedgerLocation::fromPostgresUri(uri).value().secretKey();

        SettingsDialog dialog(nullptr, m_secrets.get());
        LedgerSettingsPage *page = dialog.ledgerPage();
        page->locationEdit()->setText(uri);
        QSignalSpy tested(page, &LedgerSettingsPage::tested);
        QTest::keyClicks(page->passwordEdit(), password + u"-typo"_s);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(WaitMs));
        QVERIFY(!tested.takeFirst().constFirst().value<Status>().ok());
        QVERIFY2(page->statusLabel()->text().contains(u"refused"_s), qPrintable(page->statusLabel()->text()));
        QCOMPARE(saved(key), std::nullopt);

        page->passwordEdit()->setText(password);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(WaitMs));
        QVERIFY(tested.takeFirst().constFirst().value<Status>().ok());
        QVERIFY2(page->statusLabel()->text().contains(u"secret store"_s), qPrintable(page->statusLabel()->text()));
        QCOMPARE(saved(key), password);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!QSettings().value(u"ledger/location"_s).toString().contains(password));

        QVERIFY(Testing::removeSecret(*m_secrets, key, this));
    }
};

QTEST_MAIN(TestLedgerSettings)
#include "tst_ledgersettings.moc"
