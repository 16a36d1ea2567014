#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace CreditDesk::Sandbox {

/// Where the https mode's certificate and key live.
struct TlsFiles
{
    QString certificatePath;
    QString keyPath;
};

/// A self-signed certificate for 127.0.0.1 and localhost in `directory` (tls-certificate.pem,
/// tls-key.pem). One made earlier is reused while it is valid for another day, so a client that
/// trusts it keeps working across restarts with the same --data-dir. Qt cannot create
/// certificates, so this runs the `openssl` program; without it the reason is in *error.
std::optional<TlsFiles> ensureSelfSignedCertificate(const QString &directory, QString *error);

/// A server-side TLS configuration from PEM files. The key may be RSA, EC or DSA, unencrypted.
std::optional<QSslConfiguration> loadTlsConfiguration(const TlsFiles &files, QString *error);

} // namespace CreditDesk::Sandbox
