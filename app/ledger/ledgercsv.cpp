#include "ledger/ledgercsv.h"

#include "export/csvwriter.h"
#include "ledger/csvreader.h"
#include "ledger/ledgerrows.h"
#include "rules/benefitrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CreditDesk::LedgerCsv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LedgerCsv", text);
}

const QStringList &importColumns()
{
    static const QStringList names { u"id"_s, u"type"_s, u"program"_s, u"amount"_s, u"currency"_s,
                                     u"startDate"_s, u"endDate"_s, u"activationDate"_s, u"status"_s,
                                     u"assignedUserId"_s, u"assignedUpn"_s, u"assignedDisplayName"_s,
                                     u"subscriptionId"_s, u"reassignmentsUsed"_s };
    return names;
}

const QStringList &exportOnlyColumns()
{
    static const QStringList names { u"cutoffDate"_s, u"reassignmentsLeft"_s };
    return names;
}

const QStringList &requiredColumns()
{
    static const QStringList names { u"id"_s, u"type"_s, u"program"_s, u"amount"_s, u"currency"_s };
    return names;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    QDate d = QDate::fromString(t, u"yyyy-MM-dd"_s);
    if (!d.isValid()) {
        const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
        if (dt.isValid())
            d = dt.toUTC().date();
    }
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString userKey(const PartnerUser &u)
{
    return u.objectId.isEmpty() ? u.userPrincipalName.toLower() : u.objectId;
}

} // namespace

QStringList columns()
{
    return importColumns() + exportOnlyColumns();
}

QByteArray write(const QList<PartnerCredit> &credits, const BenefitPolicy &policy)
{
    CsvWriter writer;
    writer.addHeader(columns());
    for (const PartnerCredit &raw : credits) {
        const PartnerCredit c = BenefitRules::annotated(raw, policy);
        writer.addRow({
            CsvCell { c.id },
            CsvCell { LedgerRows::typeKey(c.type) },
            CsvCell { c.programName },
            CsvCell::number(c.amount.toDecimalString()),
            CsvCell { c.amount.currency() },
            CsvCell { LedgerRows::dateText(c.startDate) },
            CsvCell { LedgerRows::dateText(c.endDate) },
            CsvCell { LedgerRows::dateText(c.activationDate) },
            CsvCell { LedgerRows::statusKey(c.status) },
            CsvCell { c.assignedUser.objectId },
            CsvCell { c.assignedUser.userPrincipalName },
            CsvCell { c.assignedUser.displayName },
            CsvCell { c.subscriptionId },
            CsvCell::number(QString::number(c.reassignmentsUsed)),
            CsvCell { LedgerRows::dateText(c.cutoffDate) },
            CsvCell::number(QString::number(BenefitRules::reassignmentsLeft(c, policy))),
        });
    }
    return writer.data();
}

Parsed parse(const QByteArray &csv, const BenefitPolicy &policy)
{
    Parsed out;
    const CsvReadResult read = readCsv(csv);
    if (read.errorLine > 0) {
        out.errors.append({ read.errorLine, read.error });
        return out;
    }
    if (read.records.isEmpty()) {
        out.errors.append({ 1, tr("the file is empty; the first line must name the columns") });
        return out;
    }
    const CsvRecord &header = read.records.constFirst();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const auto known = std::find_if(importColumns().cbegin(), importColumns().cend(),
                                        [&](const QString &c) { return c.compare(name, Qt::CaseInsensitive) == 0; });
        if (known != importColumns().cend()) {
            column.insert(*known, i);
        } else if (!exportOnlyColumns().contains(name, Qt::CaseInsensitive)) {
            out.errors.append({ header.line, tr("unknown column \"%1\"").arg(name) });
        }
    }
    for (const QString &required : requiredColumns()) {
        if (!column.contains(required))
            out.errors.append({ header.line, tr("the column \"%1\" is missing").arg(required) });
    }
    if (!out.errors.isEmpty())
        return out;

    QHash<QString, int> idLines;
    QHash<QString, int> bulkHolders;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (qsizetype r = 1; r < read.records.size(); ++r) {
        const CsvRecord &record = read.records.at(r);
        auto field = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        QStringList problems;
        PartnerCredit c;
        c.id = field(u"id"_s);
        if (c.id.isEmpty())
            problems << tr("the id is empty");
        else if (idLines.contains(c.id))
            problems << tr("id %1 is also on line %2").arg(c.id).arg(idLines.value(c.id));
        const auto type = LedgerRows::typeFromKey(field(u"type"_s));
        if (!type)
            problems << tr("type \"%1\" is not monthly or bulk").arg(field(u"type"_s));
        c.type = type.value_or(PartnerCredit::Type::Monthly);
        c.programName = field(u"program"_s);
        if (c.programName.isEmpty())
            problems << tr("the program is empty");
        const QString currency = field(u"currency"_s).toUpper();
        const auto amount = Money::fromDecimalString(QStringView(field(u"amount"_s)), currency);
        if (currency.size() != 3 || !std::all_of(currency.cbegin(), currency.cend(), [](QChar ch) { return ch.isLetter(); }))
            problems << tr("currency \"%1\" is not a three-letter ISO code").arg(currency);
        else if (!amount)
            problems << tr("amount \"%1\" is not a number").arg(field(u"amount"_s));
        else if (amount->isNegative())
            problems << tr("the amount is negative");
        if (amount)
            c.amount = *amount;
        QDate *dates[] = { &c.startDate, &c.endDate, &c.activationDate };
        const QString dateColumns[] = { u"startDate"_s, u"endDate"_s, u"activationDate"_s };
        for (int d = 0; d < 3; ++d) {
            const auto parsed = parseDate(field(dateColumns[d]));
            if (!parsed)
                problems << tr("%1 \"%2\" is not a date (yyyy-MM-dd)").arg(dateColumns[d], field(dateColumns[d]));
            else
                *dates[d] = *parsed;
        }
        if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
            problems << tr("the end date is before the start date");
        const QString statusText = field(u"status"_s);
        const auto status = statusText.isEmpty() ? std::optional(PartnerCredit::Status::NotRedeemed)
                                                 : LedgerRows::statusFromKey(statusText);
        if (!status)
            problems << tr("status \"%1\" is not notRedeemed, assigned, redeemed or expired").arg(statusText);
        c.status = status.value_or(PartnerCredit::Status::NotRedeemed);
        c.assignedUser = { field(u"assignedUserId"_s), field(u"assignedUpn"_s), field(u"assignedDisplayName"_s) };
        c.subscriptionId = field(u"subscriptionId"_s);
        const QString usedText = field(u"reassignmentsUsed"_s);
        bool usedOk = true;
        const int used = usedText.isEmpty() ? 0 : usedText.toInt(&usedOk);
        if (!usedOk || used < 0)
            problems << tr("reassignmentsUsed \"%1\" is not a whole number").arg(usedText);
        else if (c.type == PartnerCredit::Type::Bulk && used > 0)
            problems << tr("a bulk credit cannot have reassignments");
        else if (used > policy.reassignmentCap)
            problems << tr("%1 reassignments is more than the cap of %2").arg(used).arg(policy.reassignmentCap);
        c.reassignmentsBeforeLedger = usedOk ? qMax(0, used) : 0;
        const QString upn = c.assignedUser.userPrincipalName;
        if (!upn.isEmpty()) {
            if (upn.contains("#EXT#"_L1, Qt::CaseInsensitive))
                problems << tr("%1 is a guest account; credits go to members of the organization").arg(upn);
            else if (BenefitRules::isFreeEmailDomain(upn, policy))
                problems << tr("%1 is on a free email domain").arg(upn);
        }
        if (c.type == PartnerCredit::Type::Bulk && !c.assignedUser.isEmpty() && !BenefitRules::isExpired(c, today)) {
            const QString key = userKey(c.assignedUser);
            if (bulkHolders.contains(key))
                problems << tr("%1 already holds the bulk credit on line %2").arg(upn).arg(bulkHolders.value(key));
            else
                bulkHolders.insert(key, record.line);
        }
        if (!problems.isEmpty()) {
            out.errors.append({ record.line, problems.join(u"; "_s) });
            continue;
        }
        idLines.insert(c.id, record.line);
        out.credits.append(std::move(c));
        out.lines.append(record.line);
    }
    return out;
}

Result<LedgerImportSummary> importFile(Ledger &ledger, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    Parsed parsed = parse(file.readAll(), ledger.policy());

    auto existing = ledger.credits();
    if (!existing)
        return existing.error();
    QHash<QString, PartnerCredit> byId;
    for (const PartnerCredit &c : *existing)
        byId.insert(c.id, c);
    QSet<QString> inFile;
    for (const PartnerCredit &c : parsed.credits)
        inFile.insert(c.id);
    for (qsizetype i = 0; i < parsed.credits.size(); ++i) {
        PartnerCredit &c = parsed.credits[i];
        const int line = parsed.lines.at(i);
        const auto known = byId.constFind(c.id);
        if (known != byId.cend()) {
            // The CSV gives the total used; the ledger's own history already holds some of them.
            const int recorded = BenefitRules::reassignmentsUsed(*known) - known->reassignmentsBeforeLedger;
            if (c.reassignmentsBeforeLedger < recorded) {
                parsed.errors.append({ line, tr("reassignmentsUsed %1 is below the %2 the ledger has recorded")
                                                 .arg(c.reassignmentsBeforeLedger)
                                                 .arg(recorded) });
                continue;
            }
            c.reassignmentsBeforeLedger -= recorded;
        }
        if (c.type == PartnerCredit::Type::Bulk && !c.assignedUser.isEmpty()
            && !BenefitRules::isExpired(c, ledger.today())) {
            for (const PartnerCredit &other : *existing) {
                if (other.type == PartnerCredit::Type::Bulk && !inFile.contains(other.id)
                    && !BenefitRules::isExpired(other, ledger.today()) && other.assignedUser.isSamePerson(c.assignedUser)) {
                    parsed.errors.append({ line, tr("%1 already holds bulk credit %2 in the ledger")
                                                     .arg(c.assignedUser.userPrincipalName, other.id) });
                    break;
                }
            }
        }
    }
    if (!parsed.errors.isEmpty()) {
        std::sort(parsed.errors.begin(), parsed.errors.end(),
                  [](const CsvRowError &a, const CsvRowError &b) { return a.line < b.line; });
        QStringList lines;
        for (const CsvRowError &e : std::as_const(parsed.errors))
            lines << tr("line %1: %2").arg(e.line).arg(e.message);
        return Error(tr("Nothing was imported from %1; fix these rows:\n%2").arg(path, lines.join(u'\n')),
                     QString(Ledger::InvalidCode));
    }
    return ledger.importCredits(parsed.credits, Ledger::ImportMode::Upsert);
}

Status exportFile(const Ledger &ledger, const QString &path)
{
    auto credits = ledger.credits();
    if (!credits)
        return credits.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(write(*credits, ledger.policy()));
    if (!file.commit())
        return Error(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace CreditDesk::LedgerCsv
