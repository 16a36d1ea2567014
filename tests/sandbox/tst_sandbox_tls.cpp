// The https mode: a generated self-signed certificate (reused across restarts), certificate
// and key files given on the command line, metadata that names https, and the executable's
// "tls certificate:" line. A client trusts exactly the printed certificate, nothing else.

#include "sandboxtestsupport.h"

#include "server/optionsparser.h"
#include "server/sandboxhost.h"
#include "server/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

const QString ArmScope = u"https://management.azure.com/user_impersonation openid profile offline_access"_s;

QSslConfiguration trusting(const QString &certificatePath)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(certificatePath));
    return configuration;
}

SandboxOptions generating(const QString &dataDir)
{
    SandboxOptions options;
    options.autoApprove = true;
    options.dataDir = dataDir;
    options.tls.generate = true;
    options.scale.pageSize = 1;
    return options;
}

} // namespace

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QSKIP("the openssl program (Debian package openssl) generates the sandbox's certificate");
    }

    void generatedCertificateServesHttps()
    {
        QTemporaryDir dir;
        SandboxServer server(generating(dir.path()));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString origin = u"https://127.0.0.1:%1"_s.arg(server.port());
        QCOMPARE(server.baseUrl().toString(), origin);
        QCOMPARE(server.tlsCertificatePath(), QDir(dir.path()).filePath(u"tls-certificate.pem"_s));

        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(server.tlsCertificatePath());
        QCOMPARE(certificates.size(), 1);
        const auto names = certificates.constFirst().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
        // The key is as private as the rest of the state.
        const QString key = QDir(dir.path()).filePath(u"tls-key.pem"_s);
        QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());

        Client client{QUrl(origin)};
        client.setSslConfiguration(trusting(server.tlsCertificatePath()));
        const HttpResult discovery = client.get(u"/organizations/v2.0/.well-known/openid-configuration"_s);
        QCOMPARE(discovery.status, 200);
        QCOMPARE(discovery.json().value(u"token_endpoint"_s).toString(),
                 origin + u"/organizations/oauth2/v2.0/token"_s);
        QCOMPARE(discovery.json().value(u"issuer"_s).toString(), origin + u'/' + server.tenantId() + u"/v2.0"_s);

        const QJsonObject token = signInWithAutoApprovedDeviceCode(client, ArmScope);
        const QString accessToken = token.value(u"access_token"_s).toString();
        QVERIFY(!accessToken.isEmpty());
        const HttpResult accounts =
            client.getWithToken(u"/providers/Microsoft.Billing/billingAccounts?api-version=2024-04-01"_s, accessToken);
        QCOMPARE(accounts.status, 200);
        QVERIFY(accounts.json().value(u"nextLink"_s).toString().startsWith(origin + u"/providers/"_s));

        // Reached as localhost (the certificate's other name), the metadata says localhost.
        Client byName{QUrl(u"https://localhost:%1"_s.arg(server.port()))};
        byName.setSslConfiguration(trusting(server.tlsCertificatePath()));
        QCOMPARE(byName.get(u"/common/v2.0/.well-known/openid-configuration"_s).json().value(u"token_endpoint"_s)
                     .toString(),
                 u"https://localhost:%1/common/oauth2/v2.0/token"_s.arg(server.port()));
    }

    void untrustingClientIsRefused()
    {
        QTemporaryDir dir;
        SandboxServer server(generating(dir.path()));
        QVERIFY(server.start());
        Client client{server.baseUrl()};
        const HttpResult result = client.get(u"/sandbox/info"_s);
        QVERIFY(result.finished);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        // And plain HTTP to the TLS port gets no answer a client could mistake for the service.
        Client plain{QUrl(u"http://127.0.0.1:%1"_s.arg(server.port()))};
        QVERIFY(plain.get(u"/sandbox/info"_s).status != 200);
    }

    void certificateIsReusedAcrossRestarts()
    {
        QTemporaryDir dir;
        QByteArray first;
        {
            SandboxServer server(generating(dir.path()));
            QVERIFY(server.start());
            QFile file(server.tlsCertificatePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            first = file.readAll();
        }
        SandboxServer again(generating(dir.path()));
        QVERIFY(again.start());
        QFile file(again.tlsCertificatePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);
    }

    void memoryOnlyModeUsesATemporaryDirectory()
    {
        SandboxHost host;
        SandboxOptions options = generating({});
        QString error;
        QVERIFY2(host.start(options, &error), qPrintable(error));
        const QString path = host.tlsCertificatePath();
        QVERIFY(QFile::exists(path));
        QCOMPARE(host.baseUrl().scheme(), u"https"_s);
        Client client{host.baseUrl()};
        client.setSslConfiguration(trusting(path));
        QCOMPARE(client.get(u"/sandbox/info"_s).status, 200);
        host.stop();
        QVERIFY(!QFile::exists(path));
    }

    void givenCertificateAndKeyFiles()
    {
        QTemporaryDir generatedDir;
        QString path;
        {
            SandboxServer generator(generating(generatedDir.path()));
            QVERIFY(generator.start());
            path = generator.tlsCertificatePath();
        }
        SandboxOptions options;
        options.tls.certificateFile = path;
        options.tls.keyFile = QDir(generatedDir.path()).filePath(u"tls-key.pem"_s);
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.tlsCertificatePath(), path);
        Client client{server.baseUrl()};
        client.setSslConfiguration(trusting(path));
        QCOMPARE(client.get(u"/sandbox/info"_s).json().value(u"loginUrl"_s).toString(),
                 u"https://127.0.0.1:%1"_s.arg(server.port()));

        SandboxOptions missing;
        missing.tls.certificateFile = QDir(generatedDir.path()).filePath(u"nope.pem"_s);
        missing.tls.keyFile = options.tls.keyFile;
        SandboxServer broken(missing);
        QVERIFY(!broken.start(&error));
        QVERIFY2(error.contains(u"nope.pem"_s), qPrintable(error));
    }

    void options()
    {
        const auto parse = [](const QStringList &arguments) {
            return parseSandboxCommandLine(QStringList{u"creditdesk-sandbox"_s} + arguments);
        };
        const ParsedCommandLine generate = parse({u"--tls"_s});
        QCOMPARE(int(generate.action), int(ParsedCommandLine::Action::Run));
        QVERIFY(generate.options.tls.generate);
        const ParsedCommandLine files = parse({u"--tls-cert"_s, u"/c.pem"_s, u"--tls-key"_s, u"/k.pem"_s});
        QCOMPARE(int(files.action), int(ParsedCommandLine::Action::Run));
        QCOMPARE(files.options.tls.certificateFile, u"/c.pem"_s);
        QCOMPARE(files.options.tls.keyFile, u"/k.pem"_s);
        QVERIFY(!files.options.tls.generate);
        QVERIFY(!parse({}).options.tls.enabled());

        const auto errorFor = [&](const QStringList &arguments) {
            const ParsedCommandLine result = parse(arguments);
            return result.action == ParsedCommandLine::Action::Error ? result.text : QString();
        };
        QVERIFY(errorFor({u"--tls-cert"_s, u"/c.pem"_s}).contains(u"--tls-key"_s));
        QVERIFY(errorFor({u"--tls-key"_s, u"/k.pem"_s}).contains(u"--tls-cert"_s));
        QVERIFY(errorFor({u"--tls"_s, u"--tls-cert"_s, u"/c.pem"_s, u"--tls-key"_s, u"/k.pem"_s}).contains(u"--tls"_s));
    }

    void executablePrintsCertificateAndHttpsLine()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(CREDITDESK_SANDBOX_EXECUTABLE),
                      {u"--tls"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 2, 20000);
        const QRegularExpressionMatch match =
            QRegularExpression(u"^tls certificate: (.+)\\nlistening on https://127\\.0\\.0\\.1:(\\d+)\\n$"_s)
                .match(QString::fromLocal8Bit(out));
        QVERIFY2(match.hasMatch(), out.constData());
        QCOMPARE(match.captured(1), QDir(dir.path()).filePath(u"tls-certificate.pem"_s));
        Client client{QUrl(u"https://127.0.0.1:"_s + match.captured(2))};
        client.setSslConfiguration(trusting(match.captured(1)));
        QCOMPARE(client.get(u"/sandbox/info"_s).status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandbox_tls.moc"
