#include <strata/net/MetricsServer.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

#include <QCoreApplication>

namespace strata::net {

struct MetricsServer::Private {
    std::function<QString()> body;
    int listener = -1;
    std::atomic<bool> stop{false};
    std::atomic<int> served{0};
    std::thread thread;

    void serve(int client)
    {
        // Read the request head (up to a blank line, 8 KiB, or 2 s); any request gets the text.
        char buffer[8192];
        size_t have = 0;
        pollfd p{client, POLLIN, 0};
        while (have < sizeof buffer - 1 && poll(&p, 1, 2000) > 0) {
            const ssize_t n = ::recv(client, buffer + have, sizeof buffer - 1 - have, 0);
            if (n <= 0)
                break;
            have += size_t(n);
            buffer[have] = 0;
            if (std::strstr(buffer, "\r\n\r\n") || std::strstr(buffer, "\n\n"))
                break;
        }
        const bool get = have >= 4 && std::strncmp(buffer, "GET ", 4) == 0;
        const QByteArray text = get ? body().toUtf8() : QByteArrayLiteral("only GET\n");
        const QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + (get ? "200 OK" : "405 Method Not Allowed")
                                + "\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: "
                                + QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n";
        const QByteArray reply = head + text;
        for (qsizetype sent = 0; sent < reply.size();) {
            const ssize_t n = ::send(client, reply.constData() + sent, size_t(reply.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        ::close(client);
        ++served;
    }
};

MetricsServer::MetricsServer(std::function<QString()> body) : d(std::make_unique<Private>())
{
    d->body = std::move(body);
}

MetricsServer::~MetricsServer() { stop(); }

Result<quint16> MetricsServer::start(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = address.mid(colon + 1).toUInt(&ok);
    const QByteArray host = address.left(colon).toLatin1();
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(quint16(port));
    if (colon <= 0 || !ok || port > 65535 || inet_pton(AF_INET, host.constData(), &sa.sin_addr) != 1)
        return Error(ErrorCode::InvalidArgument, address, QCoreApplication::translate("strata::net", "give the metrics address as IPv4:PORT, e.g. 127.0.0.1:9100"));
    d->listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(d->listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (d->listener < 0 || ::bind(d->listener, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || ::listen(d->listener, 16) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (d->listener >= 0)
            ::close(d->listener);
        d->listener = -1;
        return Error(ErrorCode::IoError, address, QCoreApplication::translate("strata::net", "cannot listen there: %1").arg(why));
    }
    socklen_t len = sizeof sa;
    ::getsockname(d->listener, reinterpret_cast<sockaddr *>(&sa), &len);
    d->thread = std::thread([this] {
        while (!d->stop) {
            pollfd p{d->listener, POLLIN, 0};
            if (poll(&p, 1, 200) <= 0)
                continue;
            const int client = ::accept4(d->listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0)
                d->serve(client);
        }
    });
    return quint16(ntohs(sa.sin_port));
}

void MetricsServer::stop()
{
    d->stop = true;
    if (d->thread.joinable())
        d->thread.join();
    if (d->listener >= 0)
        ::close(d->listener);
    d->listener = -1;
}

int MetricsServer::requestsServed() const { return d->served; }

} // namespace strata::net
