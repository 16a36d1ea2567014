#pragma once

#include "server/faultinjector.h"
#include "server/sandboxhttp.h"
#include "server/sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTemporaryDir;

namespace CreditDesk::Sandbox {

class ArmApi;
class BearerAuth;
class Dataset;
class GraphEndpoints;
class IdentityApi;
class StateStore;
class TokenService;

/// The sandbox's HTTP(S) server on 127.0.0.1: Entra ID, ARM and Microsoft Graph behind one port.
///
/// It subclasses QAbstractHttpServer rather than using QHttpServer's router because fault
/// injection needs the socket (truncated bodies, dropped connections) and delayed answers.
/// Lives in one thread; SandboxHost runs it in a thread of its own.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Loads persisted state, generates the data set and listens on 127.0.0.1:options.port
    /// (0 picks a free port), with TLS when options.tls asks for it. Returns false with a
    /// reason in *error.
    bool start(QString *error = nullptr);
    /// Stops accepting connections and closes open ones.
    void stop();

    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; ///< http(s)://127.0.0.1:PORT, empty before start()
    /// The PEM certificate clients must trust in https mode (generated or given); else empty.
    QString tlsCertificatePath() const { return m_tlsCertificatePath; }

    const SandboxOptions &options() const { return m_options; }
    /// Valid after a successful start().
    const Dataset &dataset() const { return *m_dataset; }
    /// Valid after a successful start(); lets tests mint tokens (e.g. expired ones).
    const TokenService &tokenService() const { return *m_tokens; }
    QString tenantId() const;

    /// Requests answered so far (all routes); for tests and the host's diagnostics.
    quint64 handledRequestCount() const { return m_handled; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Route { Identity, Arm, Graph, BenefitCredits, Info, Unknown };

    static Route classify(const QString &path);
    Request toRequest(const QHttpServerRequest &request) const;
    Response dispatch(Route route, Request &request);
    Response benefitCredits(Request &request);
    Response info(const Request &request) const;
    bool openListener(QString *error);
    void stampHeaders(Response &response, const Request &request, Route route) const;
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, Response response, FaultKind fault,
                 int delayMs);

    SandboxOptions m_options;
    FaultInjector m_faults;
    QTcpServer *m_tcpServer = nullptr;
    quint16 m_port = 0;
    quint64 m_handled = 0;
    std::unique_ptr<StateStore> m_state;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<ArmApi> m_arm;
    std::unique_ptr<GraphEndpoints> m_graph;
    std::unique_ptr<IdentityApi> m_identity;
    std::unique_ptr<BearerAuth> m_auth;
    std::unique_ptr<QTemporaryDir> m_tlsDir; ///< the generated certificate without a data dir
    QString m_tlsCertificatePath;
};

} // namespace CreditDesk::Sandbox
