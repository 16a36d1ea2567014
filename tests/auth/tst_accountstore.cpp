// Account metadata in settings: several accounts, the current one, clouds rebuilt from what
// was saved, and nothing secret in the file.
#include "auth/accountstore.h"
#include "auth/secretstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
StoredAccount account(const QString &cloudId, const QString &objectId, const QDateTime &lastUsed)
{
    StoredAccount a;
    a.cloudId = cloudId;
    a.tenantId = u"11111111-2222-3333-4444-555555555555"_s;
    a.objectId = objectId;
    a.userPrincipalName = objectId + u"@contoso.example"_s;
    a.displayName = u"Person "_s + objectId;
    a.lastUsed = lastUsed;
    a.key = StoredAccount::makeKey(a.cloudId, a.tenantId, a.objectId);
    return a;
}
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void savesListsAndSwitchesAccounts();
    void removingTheCurrentAccountPicksAnother();
    void cloudsAreRebuiltFromWhatWasSaved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(u"accounts.ini"_s);
}

void TestAccountStore::savesListsAndSwitchesAccounts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StoredAccount older = account(u"public"_s, u"alice"_s, now.addDays(-2));
    const StoredAccount newer = account(u"usgov"_s, u"bob"_s, now.addSecs(-5));
    {
        QSettings settings(m_file, QSettings::IniFormat);
        AccountStore store(&settings);
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.current().has_value());
        store.save(older);
        store.save(newer);
        store.save(older); // saving again replaces, never duplicates
        store.setCurrent(older.key);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    AccountStore store(&settings);
    const QList<StoredAccount> listed = store.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0), newer); // most recently used first
    QCOMPARE(listed.at(1), older);
    QCOMPARE(store.current()->key, older.key);
    store.setCurrent(newer.key);
    QCOMPARE(store.currentKey(), newer.key);
    QCOMPARE(store.find(older.key)->displayName, u"Person alice"_s);
    QVERIFY(!store.find(u"public/none/none"_s).has_value());
    QCOMPARE(older.secretKey(), SecretStore::secretKey(u"public"_s, older.tenantId, u"alice"_s));
    QCOMPARE(older.label(), u"Person alice (alice@contoso.example) · Microsoft Azure"_s);

    settings.sync();
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(text.contains("[accounts]"));
    QVERIFY(!text.contains("token"));
    QVERIFY(!text.contains("secret"));
}

void TestAccountStore::removingTheCurrentAccountPicksAnother()
{
    QSettings settings(m_file, QSettings::IniFormat);
    AccountStore store(&settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StoredAccount a = account(u"public"_s, u"a"_s, now.addSecs(-10));
    const StoredAccount b = account(u"public"_s, u"b"_s, now);
    store.save(a);
    store.save(b);
    store.setCurrent(b.key);
    store.remove(b.key);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.currentKey(), a.key);
    store.remove(a.key);
    QVERIFY(store.list().isEmpty());
    QVERIFY(store.currentKey().isEmpty());
    store.remove(u"not/there/at-all"_s); // harmless
}

void TestAccountStore::cloudsAreRebuiltFromWhatWasSaved()
{
    StoredAccount publicAccount = account(u"public"_s, u"p"_s, {});
    QCOMPARE(publicAccount.cloud()->loginUrl, QUrl(u"https://login.microsoftonline.com"_s));
    QCOMPARE(account(u"china"_s, u"c"_s, {}).cloud()->kind, CloudKind::China);

    StoredAccount sandbox = account(u"sandbox"_s, u"s"_s, {});
    QVERIFY(!sandbox.cloud().ok()); // its address is only known at run time
    const QUrl base(u"http://127.0.0.1:4567"_s);
    QCOMPARE(sandbox.cloud(base)->armUrl, base);

    StoredAccount custom = account(u"custom"_s, u"x"_s, QDateTime::currentDateTimeUtc());
    custom.loginUrl = QUrl(u"https://login.example"_s);
    custom.armUrl = QUrl(u"https://arm.example"_s);
    custom.graphUrl = QUrl(u"https://graph.example"_s);
    {
        QSettings settings(m_file, QSettings::IniFormat);
        AccountStore(&settings).save(custom);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    const StoredAccount reread = *AccountStore(&settings).find(custom.key);
    QCOMPARE(reread.armUrl, custom.armUrl);
    QCOMPARE(reread.cloud()->graphUrl, custom.graphUrl);

    StoredAccount unknown = account(u"mars"_s, u"m"_s, {});
    QVERIFY(!unknown.cloud().ok());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
