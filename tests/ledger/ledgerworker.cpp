// A second process on one ledger, for tst_ledger_processes:
//   ledgerworker assign-loop FILE CREDIT TAG COUNT   journal + confirm COUNT assignments
//   ledgerworker journal-and-wait FILE CREDIT UPN [ADMIN]  journal, report, then wait to be killed
//   ledgerworker race LOCATION CREDIT UPN ADMIN      "ready"; on the stdin line "go" journal (as
//       ADMIN) and say "journalled ID" or "refused CODE: MESSAGE"; on "confirm" record it
// FILE/LOCATION is an SQLite file or a postgresql:// URI.
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 5)
        return 1;
    Ledger ledger;
    const Result<LedgerLocation> location = LedgerLocation::parse(args.at(2));
    if (!location) {
        out << "bad location: " << location.error().message << Qt::endl;
        return 2;
    }
    if (Status s = ledger.open(location.value()); !s) {
        out << "open failed: " << s.error().message << Qt::endl;
        return 2;
    }
    const QString creditId = args.at(3);
    if (args.at(1) == "journal-and-wait"_L1) {
        const QString upn = args.at(4);
        // As ADMIN (6th argument; empty = this computer's user), else admin@contoso.com.
        const QString admin = args.size() >= 6 ? args.at(5) : u"admin@contoso.com"_s;
        auto journal = ledger.journalAssignment(creditId, { u"oid-"_s + upn, upn, upn, upn, u"Member"_s }, admin);
        if (!journal) {
            out << "journal failed: " << journal.error().message << Qt::endl;
            return 2;
        }
        out << "journalled " << *journal << Qt::endl;
        for (;;)
            QThread::sleep(1);
    }
    if (args.at(1) == "race"_L1 && args.size() >= 6) {
        const QString upn = args.at(4);
        QTextStream in(stdin);
        out << "ready" << Qt::endl;
        if (in.readLine().trimmed() != "go"_L1)
            return 1;
        auto journal = ledger.journalAssignment(creditId, { u"oid-"_s + upn, upn, upn, upn, u"Member"_s }, args.at(5));
        if (!journal) {
            out << "refused " << journal.error().code << ": " << journal.error().message << Qt::endl;
            return 0;
        }
        out << "journalled " << *journal << Qt::endl;
        if (in.readLine().trimmed() != "confirm"_L1)
            return 1;
        auto done = ledger.confirmAssignment(*journal);
        out << (done ? u"confirmed"_s : u"confirm failed "_s + done.error().message) << Qt::endl;
        return done ? 0 : 3;
    }
    if (args.at(1) == "assign-loop"_L1 && args.size() >= 6) {
        const QString tag = args.at(4);
        const int count = args.at(5).toInt();
        int confirmed = 0;
        int refused = 0;
        int failed = 0;
        for (int i = 0; i < count; ++i) {
            const QString upn = u"%1-%2@contoso.com"_s.arg(tag).arg(i);
            auto journal = ledger.journalAssignment(creditId, { u"oid-"_s + upn, upn, upn, upn, u"Member"_s },
                                                    u"admin@contoso.com"_s);
            // The other worker is between its journal and its confirmation: wait, as an admin
            // told so would, then try again.
            for (int wait = 0; !journal && journal.error().code == Ledger::ReservedCode && wait < 10'000; ++wait) {
                QThread::msleep(2);
                journal = ledger.journalAssignment(creditId, { u"oid-"_s + upn, upn, upn, upn, u"Member"_s },
                                                   u"admin@contoso.com"_s);
            }
            if (!journal) {
                ++(journal.error().code.startsWith(u"ledger_"_s) ? failed : refused);
                continue;
            }
            auto done = ledger.confirmAssignment(*journal);
            if (done) {
                ++confirmed;
            } else {
                ++(done.error().code.startsWith(u"ledger_"_s) ? failed : refused);
                if (!done.error().code.startsWith(u"ledger_"_s))
                    (void)ledger.discardAssignment(*journal);
            }
        }
        out << "confirmed " << confirmed << " refused " << refused << " failed " << failed << Qt::endl;
        return failed == 0 ? 0 : 3;
    }
    return 1;
}
