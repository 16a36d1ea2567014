// creditdesk-sandbox: the sandbox as a standalone process, for the CLI, scripts and manual tests.

#include "server/optionsparser.h"
#include "server/sandboxserver.h"
#include "world/dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include "world/privatefile.h"

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// The seeded benefit credits as a file next to the state, so a ledger can be imported without
// talking HTTP.
bool writeBenefitCredits(const SandboxServer &server, QString *error)
{
    return writePrivateFile(QDir(server.options().dataDir).filePath(u"benefit-credits.json"_s),
                            server.dataset().benefitCreditsDocument().toJson(QJsonDocument::Indented), error);
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // A list page is a 1-2 MB buffer written once and freed when sent. Above glibc's mmap
    // threshold each one would be a fresh mapping, faulted in and zeroed page by page, and
    // with several answers in flight at once the threshold never adapts: the kernel's share of
    // the emulator's CPU grew fivefold under the client's four concurrent scopes. Serving
    // them from the heap, and keeping freed memory for the next page, avoids that.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"creditdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    // One line per request is noise by default; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"creditdesk.*.debug=false"_s);

    const ParsedCommandLine commandLine = parseSandboxCommandLine(QCoreApplication::arguments());
    switch (commandLine.action) {
    case ParsedCommandLine::Action::ShowHelp:
    case ParsedCommandLine::Action::ShowVersion:
        printTo(stdout, commandLine.text + u'\n');
        return 0;
    case ParsedCommandLine::Action::Error:
        printTo(stderr, u"creditdesk-sandbox: %1\nTry 'creditdesk-sandbox --help' for more information.\n"_s.arg(
                            commandLine.text));
        return 1;
    case ParsedCommandLine::Action::Run:
        break;
    }

    SandboxServer server(commandLine.options);
    QString error;
    if (!server.start(&error)) {
        printTo(stderr, u"creditdesk-sandbox: %1\n"_s.arg(error));
        return 2;
    }
    if (!commandLine.options.dataDir.isEmpty() && !writeBenefitCredits(server, &error)) {
        printTo(stderr, u"creditdesk-sandbox: cannot write benefit-credits.json: %1\n"_s.arg(error));
        return 2;
    }
    // A client must trust this file to talk https to us; scripts read the path from this line.
    if (!server.tlsCertificatePath().isEmpty())
        printTo(stdout, u"tls certificate: %1\n"_s.arg(server.tlsCertificatePath()));
    // Scripts and tests wait for exactly this line to know the port.
    printTo(stdout, u"listening on %1\n"_s.arg(server.baseUrl().toString()));
    return QCoreApplication::exec();
}
