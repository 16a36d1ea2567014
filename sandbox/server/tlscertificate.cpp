#include "server/tlscertificate.h"

#include "world/privatefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSandboxTls, "creditdesk.sandbox.tls")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

std::optional<QSslCertificate> readCertificate(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = u"%1 holds no PEM certificate"_s.arg(path);
        return std::nullopt;
    }
    return chain.constFirst();
}

std::optional<QSslKey> readKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS key %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    // QSslKey must be told the algorithm; a PEM file names it only in its header line (and not
    // at all for PKCS#8 "PRIVATE KEY"), so try each.
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *error = u"%1 holds no unencrypted PEM private key (RSA, EC or DSA)"_s.arg(path);
    return std::nullopt;
}

bool stillUsable(const TlsFiles &files)
{
    QString ignored;
    const auto certificate = readCertificate(files.certificatePath, &ignored);
    return certificate && readKey(files.keyPath, &ignored)
        && certificate->expiryDate() > QDateTime::currentDateTimeUtc().addDays(1);
}

} // namespace

std::optional<TlsFiles> ensureSelfSignedCertificate(const QString &directory, QString *error)
{
    const QDir dir(directory);
    const TlsFiles files{dir.filePath(u"tls-certificate.pem"_s), dir.filePath(u"tls-key.pem"_s)};
    if (QFile::exists(files.certificatePath) && QFile::exists(files.keyPath) && stillUsable(files))
        return files;
    if (!makePrivateDirectory(directory)) {
        *error = u"cannot create %1 for the TLS certificate"_s.arg(directory);
        return std::nullopt;
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        *error = u"--tls needs the openssl program to generate a certificate (Debian package openssl); "
                 "or pass --tls-cert and --tls-key"_s;
        return std::nullopt;
    }
    // The key file must be owner-only before a byte of the key is in it; openssl would create
    // it with the umask's permissions.
    QFile::remove(files.keyPath);
    QString keyError;
    if (!writePrivateFile(files.keyPath, QByteArray(), &keyError)) {
        *error = u"cannot create %1: %2"_s.arg(files.keyPath, keyError);
        return std::nullopt;
    }
    // P-256 is generated in milliseconds; an RSA key would take a noticeable fraction of a second.
    // CA:TRUE because the certificate is its own trust anchor (clients are told to trust it).
    const QStringList arguments{u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s,
                                u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                                u"-keyout"_s, files.keyPath, u"-out"_s, files.certificatePath,
                                u"-days"_s, u"365"_s, u"-subj"_s, u"/CN=CreditDesk Sandbox"_s,
                                u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
                                u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    const bool finished = process.waitForFinished(30000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"openssl could not generate a certificate: %1"_s.arg(
            finished ? QString::fromLocal8Bit(process.readAll()).trimmed() : process.errorString());
        return std::nullopt;
    }
    QFile::setPermissions(files.keyPath, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcSandboxTls) << "generated a self-signed certificate" << files.certificatePath;
    return files;
}

std::optional<QSslConfiguration> loadTlsConfiguration(const TlsFiles &files, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"this Qt has no TLS backend (%1)"_s.arg(QSslSocket::activeBackend());
        return std::nullopt;
    }
    const auto certificate = readCertificate(files.certificatePath, error);
    if (!certificate)
        return std::nullopt;
    const auto key = readKey(files.keyPath, error);
    if (!key)
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(*certificate);
    configuration.setPrivateKey(*key);
    // Clients authenticate with tokens, not certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace CreditDesk::Sandbox
