#include "ledger/ledger_p.h"

#include "core/logging.h"
#include "core/privatefiles.h"
#include "ledger/ledgerrows.h"
#include "ledger/ledgerschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace LedgerErrors {

Error notOpen()
{
    return Error(Ledger::tr("The benefits ledger is not open."), QString(Ledger::NotOpenCode));
}

Error creditNotFound(const QString &id)
{
    return Error(Ledger::tr("There is no credit %1 in the benefits ledger.").arg(id), QString(Ledger::NotFoundCode));
}

Error refusal(const RuleVerdict &verdict)
{
    return Error(verdict.reason, verdict.ruleId);
}

Status validate(const PartnerCredit &c)
{
    QStringList problems;
    if (c.id.trimmed().isEmpty())
        problems << Ledger::tr("the credit has no id");
    if (c.programName.trimmed().isEmpty())
        problems << Ledger::tr("the program name is missing");
    if (!c.amount.isValid() || c.amount.currency().size() != 3)
        problems << Ledger::tr("the amount needs a three-letter currency");
    else if (c.amount.isNegative())
        problems << Ledger::tr("the amount is negative");
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        problems << Ledger::tr("the end date is before the start date");
    if (c.reassignmentsBeforeLedger < 0)
        problems << Ledger::tr("the reassignments used cannot be negative");
    if (c.type == PartnerCredit::Type::Bulk && c.reassignmentsBeforeLedger > 0)
        problems << Ledger::tr("a bulk credit is never reassigned");
    if (problems.isEmpty())
        return {};
    return Error(Ledger::tr("Credit %1: %2.").arg(c.id, problems.join(u"; "_s)), QString(Ledger::InvalidCode));
}

} // namespace LedgerErrors

using namespace LedgerErrors;

Ledger::Ledger(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"creditdesk-ledger-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Ledger::~Ledger()
{
    close();
}

QSqlDatabase Ledger::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Ledger::open(const LedgerLocation &location)
{
    close();
    m_location = location;
    QSqlDatabase db;
    if (location.kind == LedgerLocation::Kind::Sqlite) {
        const QFileInfo file(location.sqliteFile);
        if (location.sqliteFile.isEmpty())
            return Error(tr("No file was given for the benefits ledger."), QString(DatabaseErrorCode));
        // Owner-only before SQLite touches it: SQLite gives its -wal/-shm/-journal files the
        // database file's permissions, so they are born owner-only too; wider ones from an
        // older version are tightened.
        Status prepared = PrivateFiles::ensureDirectory(file.absolutePath());
        if (prepared)
            prepared = PrivateFiles::ensureFile(file.absoluteFilePath());
        if (!prepared)
            return Error(tr("The benefits ledger cannot be created at %1: %2 Check that the folder exists and "
                            "that you may write there, or choose another location.")
                             .arg(location.displayName(), prepared.error().message),
                         QString(DatabaseErrorCode));
        PrivateFiles::tightenSqliteFiles(file.absoluteFilePath());
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(file.absoluteFilePath());
        // Another window or process holding the write lock is waited for, not failed on.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return Error(tr("PostgreSQL support (the Qt QPSQL driver) is not installed."), QString(DatabaseErrorCode));
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.databaseName);
        db.setUserName(location.userName);
        db.setPassword(location.password);
        db.setConnectOptions(location.connectOptions);
    }
    Status status;
    if (!db.open() && location.kind == LedgerLocation::Kind::Postgres && LedgerRows::isPasswordRefused(db.lastError())) {
        status = Error(location.password.isEmpty()
                           ? tr("The benefits ledger %1 needs a password. Enter it when CreditDesk asks, save it in the "
                                "system's secret store (creditdesk-cli ledger-password), or put it in ~/.pgpass.")
                                 .arg(location.displayName())
                           : tr("The server of the benefits ledger %1 refused the password. Enter the right one.")
                                 .arg(location.displayName()),
                       QString(PasswordCode));
    } else if (!db.isOpen()) {
        const QString advice = LedgerRows::whatToDo(db.lastError());
        status = Error(tr("The benefits ledger %1 could not be opened: %2")
                               .arg(location.displayName(), db.lastError().text())
                           + (advice.isEmpty() ? QString() : u' ' + advice),
                       QString(DatabaseErrorCode));
    } else if (Status configured = LedgerSchema::configureConnection(db); !configured) {
        status = configured;
    } else {
        status = LedgerSchema::migrate(db);
    }
    if (!status && !status.error().message.contains(location.displayName())) {
        // Name the file or server: the person must know which ledger to look at.
        status = Error(tr("The benefits ledger %1 could not be opened. %2").arg(location.displayName(), status.error().message),
                       status.error().code);
    }
    if (!status) {
        db = QSqlDatabase();
        close();
        return status;
    }
    if (location.kind == LedgerLocation::Kind::Sqlite)
        PrivateFiles::tightenSqliteFiles(QFileInfo(location.sqliteFile).absoluteFilePath()); // WAL files now exist
    qCInfo(lcLedger) << "ledger opened:" << location.displayName();
    if (auto r = revision())
        m_lastRevision = *r;
    return {};
}

void Ledger::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Ledger::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int Ledger::schemaVersion() const
{
    if (!isOpen())
        return 0;
    const auto v = LedgerSchema::storedVersion(database());
    return v ? *v : 0;
}

void Ledger::setPolicy(const BenefitPolicy &policy)
{
    m_policy = policy;
}

QString Ledger::localIdentity()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    const QString host = QSysInfo::machineHostName();
    if (name.isEmpty())
        return host;
    return host.isEmpty() ? name : u"%1@%2"_s.arg(name, host);
}

void Ledger::setToday(QDate today)
{
    m_today = today;
}

QDate Ledger::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

Result<QList<PartnerCredit>> Ledger::credits() const
{
    if (!isOpen())
        return notOpen();
    LedgerRows::ReadTransaction snapshot(database());
    auto credits = LedgerRows::loadCredits(database());
    if (!credits)
        return credits.error();
    for (PartnerCredit &c : credits.value())
        c = BenefitRules::annotated(std::move(c), m_policy);
    return credits;
}

Result<PartnerCredit> Ledger::credit(const QString &id) const
{
    if (!isOpen())
        return notOpen();
    LedgerRows::ReadTransaction snapshot(database());
    auto found = LedgerRows::loadCredit(database(), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return creditNotFound(id);
    return BenefitRules::annotated(**found, m_policy);
}

Result<QList<std::pair<QString, AssignmentEvent>>> Ledger::history() const
{
    auto all = credits();
    if (!all)
        return all.error();
    QList<std::pair<QString, AssignmentEvent>> events;
    for (const PartnerCredit &c : *all) {
        for (const AssignmentEvent &e : c.history)
            events.append({ c.id, e });
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.second.timestamp > b.second.timestamp; });
    return events;
}

Result<PartnerCredit> Ledger::addCredit(const PartnerCredit &added)
{
    if (!isOpen())
        return notOpen();
    PartnerCredit c = added;
    c.id = c.id.trimmed();
    if (c.id.isEmpty())
        c.id = u"CD-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8).toUpper();
    if (Status s = validate(c); !s)
        return s.error();
    const Status written = write([&](LedgerRows::WriteTransaction &) -> Status {
        auto existing = LedgerRows::loadCredit(database(), c.id);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error(tr("A credit with id %1 is already in the benefits ledger.").arg(c.id), QString(DuplicateCode));
        return LedgerRows::insertCredit(database(), c);
    });
    if (!written)
        return written.error();
    return credit(c.id);
}

Status Ledger::updateCredit(const PartnerCredit &edited)
{
    return write([&](LedgerRows::WriteTransaction &) -> Status {
        auto existing = LedgerRows::loadCredit(database(), edited.id);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return creditNotFound(edited.id);
        PartnerCredit c = **existing;
        if (c.type != edited.type && BenefitRules::nextAssignmentCountsAsReassignment(c))
            return Error(tr("Credit %1 has been assigned; its type can no longer change.").arg(c.id),
                         QString(InvalidCode));
        c.programName = edited.programName;
        c.type = edited.type;
        c.amount = edited.amount;
        c.startDate = edited.startDate;
        c.endDate = edited.endDate;
        c.status = edited.status;
        c.subscriptionId = edited.subscriptionId;
        if (Status s = validate(c); !s)
            return s;
        return LedgerRows::updateCreditRow(database(), c);
    });
}

Status Ledger::removeCredit(const QString &id)
{
    return write([&](LedgerRows::WriteTransaction &) -> Status {
        QSqlQuery q(database());
        q.prepare(u"DELETE FROM credits WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return LedgerRows::sqlError(q.lastError());
        if (q.numRowsAffected() == 0)
            return creditNotFound(id);
        return {};
    });
}

Result<QList<RuleVerdict>> Ledger::checkAssignment(const QString &creditId, const CandidateUser &user) const
{
    auto all = credits();
    if (!all)
        return all.error();
    for (const PartnerCredit &c : *all) {
        if (c.id == creditId)
            return BenefitRules::checkAssignment(c, user, *all, m_policy, today());
    }
    return creditNotFound(creditId);
}

Result<QList<RuleVerdict>> Ledger::checkRemoval(const QString &creditId) const
{
    auto c = credit(creditId);
    if (!c)
        return c.error();
    return BenefitRules::checkRemoval(*c, m_policy, today());
}

Result<qint64> Ledger::revision() const
{
    if (!isOpen())
        return notOpen();
    return LedgerRows::revision(database());
}

void Ledger::setWatchInterval(int ms)
{
    if (ms <= 0) {
        delete m_watch;
        m_watch = nullptr;
        return;
    }
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Ledger::pollRevision);
    }
    m_watch->start(ms);
}

void Ledger::pollRevision()
{
    const auto current = revision();
    if (!current || *current == m_lastRevision)
        return;
    m_lastRevision = *current;
    Q_EMIT changed();
}

void Ledger::noteOwnWrite()
{
    if (const auto current = revision())
        m_lastRevision = *current;
    Q_EMIT changed();
}

} // namespace CreditDesk
