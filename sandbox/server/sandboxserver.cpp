#include "server/sandboxserver.h"

#include "arm/armapi.h"
#include "entra/bearerauth.h"
#include "entra/identityapi.h"
#include "entra/tokenservice.h"
#include "graph/graphendpoints.h"
#include "server/requestorigin.h"
#include "server/responsewriter.h"
#include "server/serviceerrors.h"
#include "server/tlscertificate.h"
#include "world/dataset.h"
#include "world/privatefile.h"
#include "world/statestore.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxServer, "creditdesk.sandbox.server")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {
constexpr qsizetype MaxRequestBodyBytes = 1024 * 1024;
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray newUuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool startsWithSegment(const QString &path, const QString &prefix)
{
    return path.compare(prefix, Qt::CaseInsensitive) == 0
        || path.startsWith(prefix + u'/', Qt::CaseInsensitive);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_faults(m_options.faults, m_options.seed)
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcSandboxServer) << "cannot start:" << message;
        return false;
    };
    if (isListening())
        return true;
    if (m_options.accessTokenLifetimeSeconds <= 0 || m_options.deviceCodeIntervalSeconds <= 0
        || m_options.deviceCodeLifetimeSeconds <= 0) {
        return fail(u"token lifetime, device code interval and device code lifetime must be positive"_s);
    }
    if (!m_options.dataDir.isEmpty() && !makePrivateDirectory(m_options.dataDir))
        return fail(u"cannot create data directory %1"_s.arg(m_options.dataDir));

    // Built once: a server that is stopped and started again keeps its state and data set.
    if (!m_identity) {
        auto state = std::make_unique<StateStore>(m_options.dataDir);
        QString stateError;
        if (!state->load(&stateError))
            return fail(stateError);
        m_state = std::move(state);
        m_tokens = std::make_unique<TokenService>(m_state->signingSecret(), m_options.accessTokenLifetimeSeconds);
        m_dataset = std::make_unique<Dataset>(m_options);
        m_arm = std::make_unique<ArmApi>(*m_dataset, m_options);
        m_graph = std::make_unique<GraphEndpoints>(*m_dataset, m_options);
        const SandboxUser &user = m_dataset->signedInUser();
        m_identity = std::make_unique<IdentityApi>(
            SandboxTenant{m_dataset->tenantId(), m_dataset->tenantDomain(), user.objectId, user.userPrincipalName,
                          user.displayName},
            m_options, *m_tokens, *m_state);
        m_auth = std::make_unique<BearerAuth>(*m_tokens, m_dataset->tenantId());
    }

    QString listenError;
    if (!openListener(&listenError))
        return fail(listenError);
    qCInfo(lcSandboxServer) << "listening on" << baseUrl().toString() << "tenant" << m_dataset->tenantDomain()
                            << (m_faults.isActive() ? "with fault injection" : "");
    return true;
}

bool SandboxServer::openListener(QString *error)
{
    std::unique_ptr<QTcpServer> tcpServer;
    if (m_options.tls.enabled()) {
        TlsFiles files{m_options.tls.certificateFile, m_options.tls.keyFile};
        if (m_options.tls.generate) {
            QString directory = m_options.dataDir;
            if (directory.isEmpty()) {
                // Memory-only state: the certificate lives as long as this server.
                if (!m_tlsDir)
                    m_tlsDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"creditdesk-sandbox-XXXXXX"_s));
                if (!m_tlsDir->isValid()) {
                    *error = u"cannot create a temporary directory for the TLS certificate: %1"_s.arg(
                        m_tlsDir->errorString());
                    return false;
                }
                directory = m_tlsDir->path();
            }
            const auto generated = ensureSelfSignedCertificate(directory, error);
            if (!generated)
                return false;
            files = *generated;
        }
        const auto configuration = loadTlsConfiguration(files, error);
        if (!configuration)
            return false;
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(*configuration);
        tcpServer = std::move(sslServer);
        m_tlsCertificatePath = files.certificatePath;
    } else {
        tcpServer = std::make_unique<QTcpServer>();
    }
    // Our own server socket, bound afterwards, because QAbstractHttpServer::listen() only logs
    // why listening failed and the caller deserves the reason.
    if (!tcpServer->listen(QHostAddress::LocalHost, m_options.port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(m_options.port).arg(tcpServer->errorString());
        return false;
    }
    m_tcpServer = tcpServer.release();
    bind(m_tcpServer); // takes ownership
    m_port = m_tcpServer->serverPort();
    return true;
}

void SandboxServer::stop()
{
    if (!m_tcpServer)
        return;
    // Deleting the QTcpServer also deletes the connections it accepted (they are its children).
    delete m_tcpServer;
    m_tcpServer = nullptr;
    m_port = 0;
}

bool SandboxServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(m_options.tls.enabled() ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString SandboxServer::tenantId() const
{
    return m_dataset ? m_dataset->tenantId() : QString();
}

SandboxServer::Route SandboxServer::classify(const QString &path)
{
    if (IdentityApi::isIdentityPath(path))
        return Route::Identity;
    if (startsWithSegment(path, u"/providers"_s) || startsWithSegment(path, u"/subscriptions"_s)
        || startsWithSegment(path, u"/tenants"_s)) {
        return Route::Arm;
    }
    if (startsWithSegment(path, u"/v1.0"_s))
        return Route::Graph;
    if (path == u"/sandbox/benefit-credits"_s)
        return Route::BenefitCredits;
    if (path == u"/sandbox/info"_s)
        return Route::Info;
    return Route::Unknown;
}

Request SandboxServer::toRequest(const QHttpServerRequest &httpRequest) const
{
    Request request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    // Form semantics for '+': a literal plus arrives as %2B, a bare '+' is a space.
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s);
    request.query = QUrlQuery(query);
    const auto headers = httpRequest.headers();
    for (const auto &[name, value] : headers)
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();
    request.baseUrl = requestOrigin(request.headers, baseUrl());
    request.requestId = newUuid();
    return request;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    ++m_handled;
    // Every body the emulated services take (token forms, a new user) is a few hundred bytes.
    // Qt 6.4's QHttpServer has buffered it by now, so this bounds what is parsed and kept, not
    // what was received.
    if (httpRequest.body().size() > MaxRequestBodyBytes) {
        deliver(httpRequest, socket,
                armError(413, u"RequestEntityTooLarge"_s,
                         u"The request body exceeds %1 bytes."_s.arg(MaxRequestBodyBytes)),
                FaultKind::None, 0);
        return true;
    }
    Request request = toRequest(httpRequest);
    const Route route = classify(request.path);
    const bool faultable = route == Route::Arm || route == Route::Graph;
    const FaultPlan plan = faultable ? m_faults.next() : FaultPlan{};
    const SandboxFaults &knobs = m_options.faults;
    if (faultable && !knobs.nextLinkOrigin.isEmpty())
        request.baseUrl = knobs.nextLinkOrigin;
    request.nextLinkToSelf = faultable && knobs.nextLinkLoop;

    if (faultable && !knobs.redirectOrigin.isEmpty()) {
        QUrl target = knobs.redirectOrigin;
        target.setPath(request.path);
        target.setQuery(request.query);
        Response redirect = Response::empty(302);
        redirect.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
        stampHeaders(redirect, request, route);
        deliver(httpRequest, socket, std::move(redirect), FaultKind::None, plan.latencyMs);
        return true;
    }

    Response response;
    switch (plan.kind) {
    case FaultKind::Throttle:
    case FaultKind::Unavailable:
    case FaultKind::ServerError:
        response = m_faults.errorResponse(plan.kind, route == Route::Arm ? ServiceKind::Arm : ServiceKind::Graph,
                                          request);
        break;
    case FaultKind::Drop:
        break;
    case FaultKind::None:
    case FaultKind::Malformed:
    case FaultKind::Truncated:
        response = dispatch(route, request);
        break;
    }
    if (plan.kind == FaultKind::Malformed)
        FaultInjector::corruptBody(response);
    stampHeaders(response, request, route);
    qCDebug(lcSandboxServer) << request.method << request.path << "->" << response.status;
    deliver(httpRequest, socket, std::move(response), plan.kind, plan.latencyMs);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    // handleRequest() answers every request; this only runs if that ever changes.
    deliver(httpRequest, socket, armError(404, u"NotFound"_s, u"No handler."_s), FaultKind::None, 0);
}

Response SandboxServer::dispatch(Route route, Request &request)
{
    switch (route) {
    case Route::Identity:
        if (auto response = m_identity->handle(request))
            return *response;
        break;
    case Route::Arm: {
        if (auto denied = m_auth->authenticate(&request, ServiceKind::Arm, {Audience::arm()}))
            return *denied;
        if (auto response = m_arm->handle(request))
            return *response;
        return armError(404, u"InvalidResourceType"_s,
                        u"The sandbox does not emulate '%1 %2'."_s.arg(QString::fromLatin1(request.method),
                                                                       request.path));
    }
    case Route::Graph: {
        if (auto denied = m_auth->authenticate(&request, ServiceKind::Graph, {Audience::graph()}))
            return *denied;
        if (auto response = m_graph->handle(request))
            return *response;
        const QString segment = request.path.section(u'/', 2, 2);
        return graphError(request, 400, u"BadRequest"_s,
                          u"Resource not found for the segment '%1'."_s.arg(segment));
    }
    case Route::BenefitCredits:
        return benefitCredits(request);
    case Route::Info:
        return info(request);
    case Route::Unknown:
        break;
    }
    return armError(404, u"NotFound"_s, u"The sandbox has no endpoint at '%1'."_s.arg(request.path));
}

Response SandboxServer::benefitCredits(Request &request)
{
    // Either token will do: the app seeds its ledger right after signing in to ARM.
    if (auto denied = m_auth->authenticate(&request, ServiceKind::Arm, {Audience::arm(), Audience::graph()}))
        return *denied;
    if (request.method != "GET")
        return armError(405, u"MethodNotAllowed"_s, u"Only GET is supported."_s);
    Response response;
    response.body = m_dataset->benefitCreditsDocument().toJson(QJsonDocument::Compact);
    return response;
}

Response SandboxServer::info(const Request &request) const
{
    // Unauthenticated and free of secrets: enough for a client to find the tenant to sign in to.
    const QString base = request.baseUrl.toString();
    return Response::json(200, {{u"name"_s, u"CreditDesk Sandbox"_s},
                                {u"tenantId"_s, m_dataset->tenantId()},
                                {u"tenantDomain"_s, m_dataset->tenantDomain()},
                                {u"userPrincipalName"_s, m_dataset->signedInUser().userPrincipalName},
                                {u"loginUrl"_s, base},
                                {u"armUrl"_s, base},
                                {u"graphUrl"_s, base}});
}

void SandboxServer::stampHeaders(Response &response, const Request &request, Route route) const
{
    response.headers.append({QByteArrayLiteral("x-ms-request-id"), request.requestId});
    const auto echoOr = [&request](const QByteArray &name, const QByteArray &fallback) {
        const QByteArray sent = request.header(name);
        return sent.isEmpty() ? fallback : sent;
    };
    switch (route) {
    case Route::Arm:
    case Route::BenefitCredits:
        response.headers.append({QByteArrayLiteral("x-ms-correlation-request-id"),
                                 echoOr(QByteArrayLiteral("x-ms-correlation-request-id"), newUuid())});
        break;
    case Route::Graph:
        response.headers.append({QByteArrayLiteral("request-id"), request.requestId});
        response.headers.append({QByteArrayLiteral("client-request-id"),
                                 echoOr(QByteArrayLiteral("client-request-id"), request.requestId)});
        break;
    case Route::Identity:
        if (!request.header(QByteArrayLiteral("client-request-id")).isEmpty()) {
            response.headers.append({QByteArrayLiteral("client-request-id"),
                                     request.header(QByteArrayLiteral("client-request-id"))});
        }
        break;
    case Route::Info:
    case Route::Unknown:
        break;
    }
}

void SandboxServer::deliver(const QHttpServerRequest &httpRequest, QTcpSocket *socket, Response response,
                            FaultKind fault, int delayMs)
{
    if (delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(httpRequest, socket);
        writeResponse(responder, response, fault);
        return;
    }
    // Latency without blocking the thread: the answer waits on a timer while other requests are
    // served. The socket (and with it the request) may be gone by then, hence the QPointer.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    QTimer::singleShot(delayMs, this,
                       [responder, guard = QPointer<QTcpSocket>(socket), response = std::move(response), fault] {
                           if (guard)
                               writeResponse(*responder, response, fault);
                       });
}

} // namespace CreditDesk::Sandbox
