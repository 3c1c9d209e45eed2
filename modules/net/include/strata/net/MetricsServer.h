#pragma once
/// A minimal HTTP endpoint for monitoring (`strata serve --metrics 127.0.0.1:PORT`): answers every
/// GET with the text a callback produces (Prometheus text metrics), on a thread of its own.
/// Plain HTTP, meant for a loopback address.
#include <strata/core/Result.h>

#include <QString>

#include <functional>
#include <memory>

namespace strata::net {

class MetricsServer {
public:
    /// `body` is called on the server's thread for each request.
    explicit MetricsServer(std::function<QString()> body);
    ~MetricsServer();  ///< stops it
    MetricsServer(const MetricsServer &) = delete;
    MetricsServer &operator=(const MetricsServer &) = delete;

    /// Listens on `address` ("127.0.0.1:9100"; port 0 picks a free one); returns the port.
    Result<quint16> start(const QString &address);
    void stop();
    int requestsServed() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace strata::net
