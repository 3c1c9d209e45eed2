#include <strata/net/NodeRegistry.h>

#include "Keychain.h"

#include <strata/store/NodeRepository.h>
#include <strata/store/StoreService.h>

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QCoreApplication>

namespace strata::net {
namespace {

const char *authName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic: return "basic";
    case AuthKind::Bearer: return "bearer";
    case AuthKind::None: break;
    }
    return "none";
}

AuthKind authFromName(const QString &name)
{
    if (name == QLatin1String("basic"))
        return AuthKind::Basic;
    if (name == QLatin1String("bearer"))
        return AuthKind::Bearer;
    return AuthKind::None;
}

/// Problems with an AE title (`what` is "AE title" or "Calling AE title").
void checkAeTitle(const QString &what, const QString &ae, QStringList &problems)
{
    if (ae.trimmed().isEmpty()) {
        problems << QCoreApplication::translate("strata::net", "%1 is empty: enter the AE title (1 to 16 characters, e.g. ORTHANC)").arg(what);
        return;
    }
    if (ae.size() > 16)
        problems << QCoreApplication::translate("strata::net", "%1 '%2' is %3 characters; DICOM allows at most 16").arg(what, ae).arg(ae.size());
    for (const QChar c : ae) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('\\')) {
            problems << QCoreApplication::translate("strata::net", "%1 '%2' contains '%3': use plain ASCII letters, digits, spaces and punctuation, without backslash")
                            .arg(what, ae, c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c));
            break;
        }
    }
}

void checkHost(const QString &host, QStringList &problems)
{
    if (host.trimmed().isEmpty()) {
        problems << QCoreApplication::translate("strata::net", "Host is empty: enter the node's host name or IP address");
        return;
    }
    QHostAddress address;
    if (address.setAddress(host))
        return;
    static const QRegularExpression name(QStringLiteral(
        "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    if (!name.match(host).hasMatch())
        problems << QCoreApplication::translate("strata::net", "Host '%1' is neither an IP address nor a host name: use letters, digits, '-' and '.' "
                                   "(e.g. pacs.example.org or 192.168.1.20)").arg(host);
}

void checkFile(const QString &what, const QString &option, const QString &path, QStringList &problems)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.exists())
        problems << QCoreApplication::translate("strata::net", "TLS %1 '%2' does not exist: check the path (%3)").arg(what, path, option);
    else if (!info.isReadable())
        problems << QCoreApplication::translate("strata::net", "TLS %1 '%2' is not readable: check its permissions").arg(what, path);
}

} // namespace

QString keychainKey(const QString &nodeName)
{
    return QStringLiteral("node/") + nodeName;
}

QStringList validateNode(const Node &node, const NodeValidationContext &context)
{
    QStringList problems;
    const QString name = node.name.trimmed();
    if (name.isEmpty())
        problems << QCoreApplication::translate("strata::net", "Name is empty: give the node a name, e.g. 'Main archive'");
    else if (name.size() > 64)
        problems << QCoreApplication::translate("strata::net", "Name '%1' is %2 characters: use at most 64").arg(name).arg(name.size());
    else if (name != node.name)
        problems << QCoreApplication::translate("strata::net", "Name '%1' starts or ends with spaces: remove them").arg(node.name);
    else if (context.takenNames.contains(name, Qt::CaseInsensitive))
        problems << QCoreApplication::translate("strata::net", "A node named '%1' already exists: choose another name").arg(name);
    for (const QChar c : node.name)
        if (c.category() == QChar::Other_Control) {
            problems << QCoreApplication::translate("strata::net", "Name contains a control character: use letters, digits, spaces and punctuation");
            break;
        }

    checkAeTitle(QCoreApplication::translate("strata::net", "AE title"), node.aeTitle, problems);
    checkAeTitle(QCoreApplication::translate("strata::net", "Calling AE title"), node.callingAeTitle, problems);
    checkHost(node.host, problems);
    if (node.port == 0)
        problems << QCoreApplication::translate("strata::net", "Port 0 is not a DICOM port: enter the node's port, 1 to 65535 (often 104, 11112 or 4242)");

    if (!node.dicomWebUrl.isEmpty()) {
        const QUrl url(node.dicomWebUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid())
            problems << QCoreApplication::translate("strata::net", "DICOMweb URL '%1' is not a valid URL: %2").arg(node.dicomWebUrl, url.errorString());
        else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            problems << QCoreApplication::translate("strata::net", "DICOMweb URL '%1' must start with http:// or https:// (e.g. http://127.0.0.1:8042/dicom-web)").arg(node.dicomWebUrl);
        else if (url.host().isEmpty())
            problems << QCoreApplication::translate("strata::net", "DICOMweb URL '%1' names no host: write it as http://host:port/path").arg(node.dicomWebUrl);
        else if (!url.userInfo().isEmpty())
            problems << QCoreApplication::translate("strata::net", "DICOMweb URL has a user name or password in it: remove them and choose an authentication "
                                       "(the password is then kept in the system keychain)");
        else if (url.hasQuery() || url.hasFragment())
            problems << QCoreApplication::translate("strata::net", "DICOMweb URL '%1' has a query or fragment: give the base URL only (e.g. http://host:8042/dicom-web)").arg(node.dicomWebUrl);
    }

    if (node.tls.enabled) {
        if (!node.tls.pinnedSha256.isEmpty()
            && QByteArray::fromHex(node.tls.pinnedSha256.toLatin1().replace(':', "").trimmed()).size() != 32)
            problems << QCoreApplication::translate("strata::net", "TLS: the pinned certificate fingerprint '%1' is not a SHA-256 fingerprint (64 hex digits, ':' allowed)")
                            .arg(node.tls.pinnedSha256);
        if (node.tls.verifyPeer && node.tls.trustedCertificates.isEmpty() && node.tls.pinnedSha256.isEmpty())
            problems << QCoreApplication::translate("strata::net", "TLS needs the certificate(s) to trust (CA file, --tls-ca) to verify the node; or turn peer verification off");
        checkFile(QCoreApplication::translate("strata::net", "trusted certificates"), QStringLiteral("--tls-ca"), node.tls.trustedCertificates, problems);
        checkFile(QStringLiteral("certificate"), QStringLiteral("--tls-cert"), node.tls.certificateFile, problems);
        checkFile(QCoreApplication::translate("strata::net", "private key"), QStringLiteral("--tls-key"), node.tls.privateKeyFile, problems);
        if (node.tls.certificateFile.isEmpty() != node.tls.privateKeyFile.isEmpty())
            problems << QCoreApplication::translate("strata::net", "TLS: a certificate needs its private key and the key its certificate: give both (--tls-cert and --tls-key) or neither");
    }

    switch (node.auth) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        if (node.username.isEmpty())
            problems << QCoreApplication::translate("strata::net", "Basic authentication needs a user name");
        if (node.secret.isEmpty() && !context.secretStored)
            problems << QCoreApplication::translate("strata::net", "Basic authentication needs a password: enter it (it is kept in the system keychain)");
        break;
    case AuthKind::Bearer:
        if (node.secret.isEmpty() && !context.secretStored)
            problems << QCoreApplication::translate("strata::net", "Bearer authentication needs a token: enter it (it is kept in the system keychain)");
        break;
    }
    if (node.auth != AuthKind::None && node.dicomWebUrl.isEmpty())
        problems << QCoreApplication::translate("strata::net", "Authentication is for DICOMweb: enter a DICOMweb URL, or choose no authentication");
    return problems;
}

QByteArray capabilitiesToJson(const Capabilities &c)
{
    QJsonObject o{{QStringLiteral("probed"), c.probed},
                  {QStringLiteral("echo"), c.echo},
                  {QStringLiteral("findStudyRoot"), c.findStudyRoot},
                  {QStringLiteral("findPatientRoot"), c.findPatientRoot},
                  {QStringLiteral("cGet"), c.cGet},
                  {QStringLiteral("cMove"), c.cMove},
                  {QStringLiteral("cStore"), c.cStore},
                  {QStringLiteral("qidoRs"), c.qidoRs},
                  {QStringLiteral("wadoRs"), c.wadoRs},
                  {QStringLiteral("stowRs"), c.stowRs},
                  {QStringLiteral("orthancRest"), c.orthancRest}};
    if (c.probedAt.isValid())
        o.insert(QStringLiteral("probedAt"), c.probedAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Capabilities capabilitiesFromJson(const QByteArray &json)
{
    Capabilities c;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto flag = [&](const char *key) { return o.value(QLatin1String(key)).toBool(); };
    c.probed = flag("probed");
    c.echo = flag("echo");
    c.findStudyRoot = flag("findStudyRoot");
    c.findPatientRoot = flag("findPatientRoot");
    c.cGet = flag("cGet");
    c.cMove = flag("cMove");
    c.cStore = flag("cStore");
    c.qidoRs = flag("qidoRs");
    c.wadoRs = flag("wadoRs");
    c.stowRs = flag("stowRs");
    c.orthancRest = flag("orthancRest");
    c.probedAt = QDateTime::fromString(o.value(QLatin1String("probedAt")).toString(), Qt::ISODate);
    return c;
}

QString capabilitiesSummary(const Capabilities &c)
{
    if (!c.probed)
        return QCoreApplication::translate("strata::net", "not tested");
    QStringList s;
    auto add = [&](bool on, const char *name) { if (on) s << QString::fromLatin1(name); };
    add(c.echo, "C-ECHO");
    add(c.findStudyRoot, "C-FIND (study root)");
    add(c.findPatientRoot, "C-FIND (patient root)");
    add(c.cGet, "C-GET");
    add(c.cMove, "C-MOVE");
    add(c.cStore, "C-STORE");
    add(c.qidoRs, "QIDO-RS");
    add(c.wadoRs, "WADO-RS");
    add(c.stowRs, "STOW-RS");
    add(c.orthancRest, "Orthanc REST");
    return s.isEmpty() ? QCoreApplication::translate("strata::net", "nothing") : s.join(QStringLiteral(", "));
}

struct NodeRegistry::Private {
    std::unique_ptr<store::NodeRepository> rows;  // the store's nodes repository (this thread's connection)

    static Node nodeFrom(const store::NodeRow &r)
    {
        Node n;
        n.name = r.name;
        n.aeTitle = r.aeTitle;
        n.host = r.host;
        n.port = quint16(r.port);
        n.callingAeTitle = r.callingAeTitle;
        n.tls.enabled = r.tlsEnabled;
        n.tls.certificateFile = r.tlsCertificate;
        n.tls.privateKeyFile = r.tlsPrivateKey;
        n.tls.trustedCertificates = r.tlsTrusted;
        n.tls.verifyPeer = r.tlsVerifyPeer;
        n.tls.pinnedSha256 = r.tlsPinnedSha256;
        n.allowInsecureAuth = r.allowInsecureAuth;
        n.dicomWebUrl = r.dicomWebUrl;
        n.auth = authFromName(r.auth);
        n.username = r.username;
        n.capabilities = capabilitiesFromJson(r.capabilities);
        return n;
    }

    /// The stored row of `name`: whether it exists and its keychain reference.
    Result<std::pair<bool, QString>> row(const QString &name) const
    {
        auto found = rows->find(name);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return std::pair<bool, QString>{false, QString()};
        return std::pair<bool, QString>{true, found.value()->secretRef};
    }
};

NodeRegistry::NodeRegistry() : d(std::make_unique<Private>()) {}

NodeRegistry::~NodeRegistry() = default;

Result<std::unique_ptr<NodeRegistry>> NodeRegistry::open(const QString &dataDir)
{
    auto service = store::StoreService::open(dataDir);
    if (!service.ok())
        return service.error();
    auto rows = service.value()->nodes();
    if (!rows.ok())
        return rows.error();
    std::unique_ptr<NodeRegistry> r(new NodeRegistry);
    r->d->rows = std::move(rows).value();
    return r;
}

Result<std::vector<Node>> NodeRegistry::list() const
{
    auto rows = d->rows->list();
    if (!rows.ok())
        return rows.error();
    std::vector<Node> nodes;
    for (const store::NodeRow &r : rows.value())
        nodes.push_back(Private::nodeFrom(r));
    return nodes;
}

Result<Node> NodeRegistry::get(const QString &name, bool withSecret) const
{
    auto found = d->rows->find(name);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound, QCoreApplication::translate("strata::net", "node '%1'").arg(name),
                     QCoreApplication::translate("strata::net", "no such node in the registry: see `strata node list`, or add it with `strata node add`"));
    Node n = Private::nodeFrom(*found.value());
    const QString ref = found.value()->secretRef;
    if (withSecret && n.auth != AuthKind::None && !ref.isEmpty()) {
        auto secret = detail::keychainRead(ref, QCoreApplication::translate("strata::net", "node '%1'").arg(n.name));
        if (!secret.ok())
            return secret.error();
        n.secret = secret.value();
    }
    return n;
}

bool NodeRegistry::hasStoredSecret(const QString &name) const
{
    auto r = d->row(name);
    return r.ok() && r.value().first && !r.value().second.isEmpty();
}

std::optional<Error> NodeRegistry::save(const Node &node, const QString &replacing)
{
    const QString subject = QCoreApplication::translate("strata::net", "node '%1'").arg(node.name);
    auto nodes = list();
    if (!nodes.ok())
        return nodes.error();
    NodeValidationContext context;
    for (const Node &n : nodes.value())
        if (replacing.isEmpty() || n.name.compare(replacing, Qt::CaseInsensitive) != 0)
            context.takenNames << n.name;
    QString oldRef;
    if (!replacing.isEmpty()) {
        auto old = d->row(replacing);
        if (!old.ok())
            return old.error();
        if (!old.value().first)
            return Error(ErrorCode::NotFound, QCoreApplication::translate("strata::net", "node '%1'").arg(replacing), QCoreApplication::translate("strata::net", "no such node to change: it was removed meanwhile"));
        oldRef = old.value().second;
        // A secret stays valid only while it belongs to the same node name.
        context.secretStored = !oldRef.isEmpty();
    }
    const QStringList problems = validateNode(node, context);
    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidArgument, subject, problems.join(QLatin1Char('\n')));

    // The secret first: when the keychain cannot take it, nothing is saved.
    const QString ref = node.auth == AuthKind::None ? QString() : keychainKey(node.name);
    if (!ref.isEmpty()) {
        QString secret = node.secret;
        if (secret.isEmpty() && !oldRef.isEmpty() && oldRef != ref) {
            // Renamed without a new secret: move the stored one to the new key.
            auto old = detail::keychainRead(oldRef, subject);
            if (!old.ok())
                return old.error();
            secret = old.value();
        }
        if (!secret.isEmpty())
            if (auto e = detail::keychainWrite(ref, secret, subject))
                return e;
    }

    store::NodeRow row;
    row.name = node.name;
    row.aeTitle = node.aeTitle.trimmed();
    row.host = node.host.trimmed();
    row.port = int(node.port);
    row.callingAeTitle = node.callingAeTitle.trimmed();
    row.tlsEnabled = node.tls.enabled;
    row.tlsCertificate = node.tls.certificateFile;
    row.tlsPrivateKey = node.tls.privateKeyFile;
    row.tlsTrusted = node.tls.trustedCertificates;
    row.tlsVerifyPeer = node.tls.verifyPeer;
    row.tlsPinnedSha256 = node.tls.pinnedSha256.isEmpty() ? QStringLiteral("") : node.tls.pinnedSha256.trimmed();
    row.allowInsecureAuth = node.allowInsecureAuth;
    row.dicomWebUrl = node.dicomWebUrl;
    row.auth = QString::fromLatin1(authName(node.auth));
    row.username = node.auth == AuthKind::Basic ? node.username : QString();
    row.secretRef = ref;
    row.capabilities = capabilitiesToJson(node.capabilities);
    row.probedAt = node.capabilities.probedAt.isValid() ? node.capabilities.probedAt.toUTC().toString(Qt::ISODate) : QString();
    if (Status s = d->rows->save(row, replacing, QCoreApplication::translate("strata::net", "saving node '%1'").arg(node.name)); !s.ok())
        return s.error();
    // Secrets no longer referenced: a renamed node's old key, or credentials turned off.
    if (!oldRef.isEmpty() && oldRef != ref)
        detail::keychainDelete(oldRef, subject);
    return std::nullopt;
}

std::optional<Error> NodeRegistry::remove(const QString &name)
{
    auto r = d->row(name);
    if (!r.ok())
        return r.error();
    if (!r.value().first)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("strata::net", "node '%1'").arg(name), QCoreApplication::translate("strata::net", "no such node in the registry: see `strata node list`"));
    if (!r.value().second.isEmpty())
        if (auto e = detail::keychainDelete(r.value().second, QCoreApplication::translate("strata::net", "node '%1'").arg(name)))
            return Error(e->code, e->subject, e->reason + QCoreApplication::translate("strata::net", "; the node was kept"));
    if (Status s = d->rows->remove(name, QCoreApplication::translate("strata::net", "removing node '%1'").arg(name)); !s.ok())
        return s.error();
    return std::nullopt;
}

std::optional<Error> NodeRegistry::saveCapabilities(const QString &name, const Capabilities &capabilities)
{
    auto updated = d->rows->updateCapabilities(name, capabilitiesToJson(capabilities),
                                               capabilities.probedAt.isValid() ? capabilities.probedAt.toUTC().toString(Qt::ISODate) : QString(),
                                               QCoreApplication::translate("strata::net", "saving the capabilities of node '%1'").arg(name));
    if (!updated.ok())
        return updated.error();
    if (!updated.value())
        return Error(ErrorCode::NotFound, QCoreApplication::translate("strata::net", "node '%1'").arg(name), QCoreApplication::translate("strata::net", "no such node in the registry"));
    return std::nullopt;
}

} // namespace strata::net
