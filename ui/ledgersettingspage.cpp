#include "ledgersettingspage.h"

#include "filechooser.h"

#include "auth/secretstore.h"
#include "ledger/ledger.h"
#include "ledger/ledgerlocation.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr auto LocationKey = "ledger/location";

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

LedgerSettingsPage::LedgerSettingsPage(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets ? secrets : new SecretStore(this))
{
    setObjectName(u"ledgerSettingsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = wrappedLabel(this, u"ledgerIntro"_s);
    intro->setText(tr("The benefits ledger keeps partner credits and their assignments. Leave the location "
                      "empty for a file on this computer, or enter the team's PostgreSQL database, for "
                      "example postgresql://user@server:5432/creditdesk, so that everyone sees the same "
                      "reassignments."));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *locationRow = new QHBoxLayout;
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"ledgerLocation"_s);
    m_location->setAccessibleName(tr("Ledger location: a file or a postgresql:// address"));
    m_location->setPlaceholderText(QDir::toNativeSeparators(LedgerLocation::defaultSqliteFile()));
    m_location->setClearButtonEnabled(true);
    locationRow->addWidget(m_location, 1);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"ledgerBrowse"_s);
    m_browse->setToolTip(tr("Choose an SQLite file on this computer"));
    locationRow->addWidget(m_browse);
    form->addRow(tr("Locat&ion:"), locationRow);
    qobject_cast<QLabel *>(form->labelForField(locationRow))->setBuddy(m_location);
    m_locationError = wrappedLabel(this, u"ledgerLocationError"_s);
    m_locationError->setStyleSheet(u"color: #c62828;"_s);
    m_locationError->hide();
    form->addRow(QString(), m_locationError);

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"ledgerPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of the database user"));
    m_password->setPlaceholderText(tr("only for PostgreSQL; saved once the server accepts it"));
    form->addRow(tr("Pa&ssword:"), m_password);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"ledgerTestConnection"_s);
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_status = wrappedLabel(this, u"ledgerTestStatus"_s);
    layout->addWidget(m_status);
    auto *when = wrappedLabel(this, u"ledgerWhen"_s);
    when->setText(tr("A new location is used from CreditDesk's next start. Passwords are kept only in the "
                     "system's secret store, never in settings."));
    layout->addWidget(when);
    layout->addStretch(1);

    m_location->setText(QSettings().value(QLatin1StringView(LocationKey)).toString());
    connect(m_location, &QLineEdit::textChanged, this, &LedgerSettingsPage::validate);
    connect(m_test, &QPushButton::clicked, this, &LedgerSettingsPage::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        // An existing file is the ledger to use, not one to overwrite.
        FileChooser::save(this, tr("Benefits ledger file"), m_location->text(),
                          tr("SQLite databases (*.sqlite *.db);;All files (*)"), this,
                          [this](const QString &file) {
                              if (!file.isEmpty())
                                  m_location->setText(QDir::toNativeSeparators(file));
                          },
                          QFileDialog::DontConfirmOverwrite);
    });
    validate();
}

Result<LedgerLocation> LedgerSettingsPage::typed() const
{
    const QString text = m_location->text().trimmed();
    return text.isEmpty() ? LedgerLocation::sqlite(LedgerLocation::defaultSqliteFile()) : LedgerLocation::parse(text);
}

bool LedgerSettingsPage::isValid() const
{
    return typed().ok();
}

void LedgerSettingsPage::validate()
{
    const Result<LedgerLocation> location = typed();
    m_locationError->setVisible(!location);
    m_locationError->setText(location ? QString() : location.error().message);
    const bool postgres = location && location->kind == LedgerLocation::Kind::Postgres;
    m_password->setEnabled(postgres);
    m_test->setEnabled(location.ok() && !m_testing);
    m_status->clear();
    Q_EMIT validityChanged(location.ok());
}

void LedgerSettingsPage::save() const
{
    QSettings settings;
    const QString text = m_location->text().trimmed();
    if (text.isEmpty())
        settings.remove(QLatin1StringView(LocationKey));
    else
        settings.setValue(QLatin1StringView(LocationKey), text);
}

void LedgerSettingsPage::testConnection()
{
    const Result<LedgerLocation> typedLocation = typed();
    if (!typedLocation || m_testing)
        return;
    LedgerLocation probeLocation = typedLocation.value();
    const QString password = probeLocation.kind == LedgerLocation::Kind::Postgres ? m_password->text() : QString();
    probeLocation.password = password;
    const LedgerLocation *location = &probeLocation;
    m_testing = true;
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(location->displayName()));

    // A server that does not answer would hold the window for the whole connect timeout, so the
    // test opens its own ledger (own connection) on a thread of its own.
    auto outcome = std::make_shared<Status>();
    QThread *worker = QThread::create([probe = *location, outcome] {
        Ledger ledger;
        *outcome = ledger.open(probe);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, outcome, password, key = location->secretKey()] {
        m_testing = false;
        m_test->setEnabled(isValid());
        if (!*outcome || password.isEmpty() || !m_secrets) {
            showTested(*outcome, false);
            return;
        }
        m_secrets->write(key, password, this, [this](Status saved) {
            if (saved) {
                showTested(Status(), true);
                return;
            }
            showTested(Error(tr("Connected, but the password could not be saved in the system's secret store, "
                                "so CreditDesk will ask for it at start: %1")
                                 .arg(saved.error().message)),
                       false);
        });
    });
    worker->start();
}

void LedgerSettingsPage::showTested(const Status &status, bool passwordSaved)
{
    if (!status)
        m_status->setText(status.error().message);
    else if (passwordSaved)
        m_status->setText(tr("Connected. The password is saved in the system's secret store."));
    else
        m_status->setText(tr("Connected."));
    m_status->setStyleSheet(status ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
    Q_EMIT tested(status);
}

} // namespace CreditDesk
