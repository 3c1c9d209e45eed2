// The fault-injecting proxy: POSIX sockets, one accept thread and one thread per connection. Each
// connection thread runs a poll loop over both sockets; delays are deadlines on queued chunks (no
// sleeping), so a delayed direction never holds up the other one, and a stop pipe wakes every
// thread at shutdown.
#include "fault_proxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace strata::testing {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kReadSize = 64 * 1024;
constexpr std::size_t kMaxQueued = 4 * 1024 * 1024;  // stop reading a side whose bytes wait unsent
constexpr int kConnectTimeoutMs = 5000;

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
}

void setNoDelay(int fd)
{
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/// Closes with RST rather than FIN: SO_LINGER on with a zero timeout.
void closeWithReset(int &fd)
{
    if (fd < 0)
        return;
    linger l{};
    l.l_onoff = 1;
    l.l_linger = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
    fd = -1;
}

void closeQuietly(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

const char *kindName(FaultKind k)
{
    switch (k) {
    case FaultKind::Pass: return "pass";
    case FaultKind::Delay: return "delay";
    case FaultKind::Stall: return "stall";
    case FaultKind::Reset: return "reset";
    case FaultKind::Garbage: return "garbage";
    case FaultKind::Flip: return "flip";
    }
    return "?";
}

const char *directionName(Direction d)
{
    switch (d) {
    case Direction::ClientToServer: return "client→server";
    case Direction::ServerToClient: return "server→client";
    case Direction::Both: return "both ways";
    }
    return "?";
}

} // namespace

Fault Fault::delay(Direction d, int delayMs, int latencyMs, std::uint64_t after)
{
    Fault f;
    f.kind = FaultKind::Delay;
    f.direction = d;
    f.delayMs = delayMs;
    f.latencyMs = latencyMs;
    f.afterBytes = after;
    return f;
}

Fault Fault::stall(Direction d, std::uint64_t after)
{
    Fault f;
    f.kind = FaultKind::Stall;
    f.direction = d;
    f.afterBytes = after;
    return f;
}

Fault Fault::reset(Direction d, std::uint64_t after)
{
    Fault f;
    f.kind = FaultKind::Reset;
    f.direction = d;
    f.afterBytes = after;
    return f;
}

Fault Fault::garbage(Direction d, std::uint64_t after, std::uint32_t seed)
{
    Fault f;
    f.kind = FaultKind::Garbage;
    f.direction = d;
    f.afterBytes = after;
    f.seed = seed;
    return f;
}

Fault Fault::flip(Direction d, std::uint64_t after, std::uint64_t every)
{
    Fault f;
    f.kind = FaultKind::Flip;
    f.direction = d;
    f.afterBytes = after;
    f.flipEvery = every;
    return f;
}

std::string describe(const Fault &f)
{
    if (f.kind == FaultKind::Pass)
        return "pass-through";
    std::string s = std::string(kindName(f.kind)) + " " + directionName(f.direction) + " after "
        + std::to_string(f.afterBytes) + " bytes";
    if (f.kind == FaultKind::Delay) {
        if (f.delayMs)
            s += ", " + std::to_string(f.delayMs) + " ms per chunk";
        if (f.latencyMs)
            s += ", " + std::to_string(f.latencyMs) + " ms latency";
    }
    if (f.kind == FaultKind::Flip && f.flipEvery)
        s += ", then every " + std::to_string(f.flipEvery) + " bytes";
    if (f.fromConnection || f.connectionCount)
        s += ", connection " + std::to_string(f.fromConnection)
            + (f.connectionCount == 1 ? std::string() : f.connectionCount ? " to " + std::to_string(f.fromConnection + f.connectionCount - 1) : " on");
    return s;
}

struct FaultProxy::Impl {
    struct Counters {
        std::atomic<std::uint64_t> connections{0};
        std::atomic<std::uint64_t> open{0};
        std::atomic<std::uint64_t> c2s{0};
        std::atomic<std::uint64_t> s2c{0};
        std::atomic<std::uint64_t> triggered{0};
    };

    /// One proxied connection and the thread that pumps it.
    struct Connection {
        int client = -1;
        int server = -1;
        int dropPipe[2] = {-1, -1};
        std::uint64_t index = 0;
        Fault fault;
        std::thread thread;
        std::atomic<bool> done{false};
    };

    /// One direction of a connection: what was read from `src` and waits to be written to `dst`.
    struct Pump {
        struct Chunk {
            std::vector<char> bytes;
            std::size_t offset = 0;
            Clock::time_point due;
        };
        int *src = nullptr;
        int *dst = nullptr;
        std::atomic<std::uint64_t> *written = nullptr;
        bool faulted = false;        // the connection's fault applies to this direction
        std::uint64_t seen = 0;      // bytes read from src
        std::deque<Chunk> queue;
        std::size_t queued = 0;
        Clock::time_point lastDue{};
        bool eof = false;            // src sent FIN
        bool shutDown = false;       // FIN passed on to dst
        bool stalled = false;        // reads no more, forwards nothing more
        bool resetPending = false;   // reset both sides once the queue is written
        std::mt19937 rng;

        bool finished() const { return eof && queue.empty() && shutDown; }
        bool wantsRead() const { return !eof && !stalled && !resetPending && queued < kMaxQueued; }
        bool headDue(Clock::time_point now) const { return !queue.empty() && queue.front().due <= now; }

        void enqueue(const char *data, std::size_t n, Clock::time_point due)
        {
            if (n == 0)
                return;
            due = std::max(due, lastDue);  // chunks leave in order
            lastDue = due;
            queue.push_back({std::vector<char>(data, data + n), 0, due});
            queued += n;
        }
    };

    std::string targetHost;
    std::uint16_t targetPort = 0;
    int listenFd = -1;
    int stopPipe[2] = {-1, -1};
    std::uint16_t port = 0;
    std::string error;

    mutable std::mutex mutex;
    Fault fault;
    std::vector<std::unique_ptr<Connection>> connections;
    std::thread acceptThread;
    Counters counters;

    bool listen()
    {
        if (::pipe2(stopPipe, O_CLOEXEC) != 0) {
            error = std::string("pipe: ") + std::strerror(errno);
            return false;
        }
        listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (listenFd < 0) {
            error = std::string("socket: ") + std::strerror(errno);
            return false;
        }
        int one = 1;
        ::setsockopt(listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (::bind(listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(listenFd, 64) != 0) {
            error = std::string("bind/listen on 127.0.0.1: ") + std::strerror(errno);
            return false;
        }
        socklen_t len = sizeof addr;
        ::getsockname(listenFd, reinterpret_cast<sockaddr *>(&addr), &len);
        port = ntohs(addr.sin_port);
        setNonBlocking(listenFd);
        acceptThread = std::thread([this] { acceptLoop(); });
        return true;
    }

    void acceptLoop()
    {
        for (;;) {
            pollfd fds[2] = {{stopPipe[0], POLLIN, 0}, {listenFd, POLLIN, 0}};
            const int r = ::poll(fds, 2, 500);
            if (r < 0 && errno != EINTR)
                return;
            if (fds[0].revents)
                return;
            reapFinished();
            if (!(fds[1].revents & POLLIN))
                continue;
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            auto conn = std::make_unique<Connection>();
            conn->client = fd;
            if (::pipe2(conn->dropPipe, O_CLOEXEC) != 0) {
                closeWithReset(conn->client);
                continue;
            }
            conn->index = counters.connections++;
            counters.open++;
            std::lock_guard lock(mutex);
            conn->fault = fault;
            Connection *raw = conn.get();
            conn->thread = std::thread([this, raw] { run(*raw); });
            connections.push_back(std::move(conn));
        }
    }

    void reapFinished()
    {
        std::lock_guard lock(mutex);
        for (auto it = connections.begin(); it != connections.end();) {
            if ((*it)->done) {
                (*it)->thread.join();
                closeQuietly((*it)->dropPipe[0]);
                closeQuietly((*it)->dropPipe[1]);
                it = connections.erase(it);
            } else {
                ++it;
            }
        }
    }

    /// Connects to the target without blocking past the timeout or a stop request.
    int connectTarget(const Connection &c)
    {
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *res = nullptr;
        if (::getaddrinfo(targetHost.c_str(), std::to_string(targetPort).c_str(), &hints, &res) != 0 || !res)
            return -1;
        int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        int rc = fd < 0 ? -1 : ::connect(fd, res->ai_addr, res->ai_addrlen);
        ::freeaddrinfo(res);
        if (fd < 0)
            return -1;
        if (rc != 0 && errno != EINPROGRESS) {
            closeQuietly(fd);
            return -1;
        }
        if (rc != 0) {
            pollfd fds[3] = {{stopPipe[0], POLLIN, 0}, {c.dropPipe[0], POLLIN, 0}, {fd, POLLOUT, 0}};
            if (::poll(fds, 3, kConnectTimeoutMs) <= 0 || fds[0].revents || fds[1].revents) {
                closeQuietly(fd);
                return -1;
            }
            int err = 0;
            socklen_t len = sizeof err;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            if (err != 0) {
                closeQuietly(fd);
                return -1;
            }
        }
        return fd;
    }

    static bool applies(const Fault &f, Direction d)
    {
        return f.kind != FaultKind::Pass && (f.direction == Direction::Both || f.direction == d);
    }

    /// What arrived from a pump's source, passed through the connection's fault.
    void received(Connection &c, Pump &p, const char *data, std::size_t n, bool &triggered)
    {
        const Clock::time_point now = Clock::now();
        const std::uint64_t start = p.seen;
        p.seen += n;
        if (!p.faulted) {
            p.enqueue(data, n, now);
            return;
        }
        const Fault &f = c.fault;
        const std::size_t prefix = f.afterBytes > start ? std::size_t(std::min<std::uint64_t>(n, f.afterBytes - start)) : 0;
        p.enqueue(data, prefix, now);
        if (prefix == n && f.kind != FaultKind::Stall)
            return;
        const char *rest = data + prefix;
        const std::size_t restSize = n - prefix;
        switch (f.kind) {
        case FaultKind::Pass:
            break;
        case FaultKind::Delay: {
            const Clock::time_point due = std::max(now + std::chrono::milliseconds(f.latencyMs), p.lastDue)
                + std::chrono::milliseconds(f.delayMs);
            p.enqueue(rest, restSize, due);
            triggered = true;
            break;
        }
        case FaultKind::Stall:
            if (p.seen >= f.afterBytes) {
                p.stalled = true;   // the rest of this chunk is swallowed, nothing more is read
                triggered = true;
            }
            break;
        case FaultKind::Reset:
            p.resetPending = true;  // once the bytes before the threshold are out
            triggered = true;
            break;
        case FaultKind::Garbage: {
            std::vector<char> noise(restSize);
            for (char &b : noise)
                b = char(p.rng() & 0xFF);
            p.enqueue(noise.data(), noise.size(), now);
            triggered = true;
            break;
        }
        case FaultKind::Flip: {
            std::vector<char> bytes(rest, rest + restSize);
            const std::uint64_t first = start + prefix;  // the stream position of bytes[0] (≥ afterBytes)
            for (std::size_t i = 0; i < bytes.size(); ++i) {
                const std::uint64_t offset = first + i - f.afterBytes;
                if (offset == 0 || (f.flipEvery > 0 && offset % f.flipEvery == 0)) {
                    bytes[i] = char(~static_cast<unsigned char>(bytes[i]));
                    triggered = true;
                }
            }
            p.enqueue(bytes.data(), bytes.size(), now);
            break;
        }
        }
    }

    void run(Connection &c)
    {
        bool triggered = false;
        auto finish = [&](bool reset) {
            if (reset) {
                closeWithReset(c.client);
                closeWithReset(c.server);
            } else {
                closeQuietly(c.client);
                closeQuietly(c.server);
            }
            if (triggered)
                counters.triggered++;
            counters.open--;
            c.done = true;
        };

        c.server = connectTarget(c);
        if (c.server < 0)
            return finish(true);
        setNonBlocking(c.client);
        setNoDelay(c.client);
        setNoDelay(c.server);

        const bool faultOn = c.index >= c.fault.fromConnection
            && (c.fault.connectionCount == 0 || c.index - c.fault.fromConnection < c.fault.connectionCount);
        Pump pumps[2];
        pumps[0].src = &c.client;
        pumps[0].dst = &c.server;
        pumps[0].written = &counters.c2s;
        pumps[0].faulted = faultOn && applies(c.fault, Direction::ClientToServer);
        pumps[1].src = &c.server;
        pumps[1].dst = &c.client;
        pumps[1].written = &counters.s2c;
        pumps[1].faulted = faultOn && applies(c.fault, Direction::ServerToClient);
        for (int i = 0; i < 2; ++i) {
            Pump &p = pumps[i];
            p.rng.seed(c.fault.seed + std::uint32_t(i));
            if (p.faulted && c.fault.kind == FaultKind::Stall && c.fault.afterBytes == 0) {
                p.stalled = true;
                triggered = true;
            }
        }

        std::vector<char> buffer(kReadSize);
        for (;;) {
            if (pumps[0].finished() && pumps[1].finished())
                return finish(false);
            const Clock::time_point now = Clock::now();
            short clientEvents = 0;
            short serverEvents = 0;
            int timeout = -1;
            for (Pump &p : pumps) {
                short &srcEvents = p.src == &c.client ? clientEvents : serverEvents;
                short &dstEvents = p.dst == &c.client ? clientEvents : serverEvents;
                if (p.wantsRead())
                    srcEvents |= POLLIN;
                if (p.headDue(now)) {
                    dstEvents |= POLLOUT;
                } else if (!p.queue.empty()) {
                    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(p.queue.front().due - now).count() + 1;
                    timeout = timeout < 0 ? int(wait) : std::min(timeout, int(wait));
                }
            }
            // A socket nobody reads or writes is left out: a reset peer would report POLLHUP
            // forever. A stalled connection then waits on the stop and drop pipes only.
            pollfd fds[4] = {{stopPipe[0], POLLIN, 0}, {c.dropPipe[0], POLLIN, 0},
                             {clientEvents ? c.client : -1, clientEvents, 0},
                             {serverEvents ? c.server : -1, serverEvents, 0}};
            const int r = ::poll(fds, 4, timeout);
            if (r < 0 && errno != EINTR)
                return finish(true);
            if (fds[0].revents || fds[1].revents)
                return finish(true);

            for (Pump &p : pumps) {
                const short rev = fds[p.src == &c.client ? 2 : 3].revents;
                if (!p.wantsRead() || !(rev & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::recv(*p.src, buffer.data(), buffer.size(), 0);
                if (n > 0)
                    received(c, p, buffer.data(), std::size_t(n), triggered);
                else if (n == 0)
                    p.eof = true;
                else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    return finish(true);  // reset by that peer: reset the other one too
            }
            const Clock::time_point after = Clock::now();
            for (Pump &p : pumps) {
                const short rev = fds[p.dst == &c.client ? 2 : 3].revents;
                if (rev & (POLLERR | POLLHUP))
                    if (p.headDue(after))
                        return finish(true);
                while (p.headDue(after) && (rev & POLLOUT)) {
                    auto &chunk = p.queue.front();
                    const ssize_t n = ::send(*p.dst, chunk.bytes.data() + chunk.offset, chunk.bytes.size() - chunk.offset, MSG_NOSIGNAL);
                    if (n < 0) {
                        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                            break;
                        return finish(true);
                    }
                    chunk.offset += std::size_t(n);
                    p.queued -= std::size_t(n);
                    *p.written += std::uint64_t(n);
                    if (chunk.offset == chunk.bytes.size())
                        p.queue.pop_front();
                }
                if (p.queue.empty() && p.resetPending)
                    return finish(true);
                if (p.queue.empty() && p.eof && !p.shutDown) {
                    ::shutdown(*p.dst, SHUT_WR);
                    p.shutDown = true;
                }
            }
        }
    }

    void stop()
    {
        if (stopPipe[1] >= 0) {
            const char b = 1;
            [[maybe_unused]] auto w = ::write(stopPipe[1], &b, 1);
        }
        if (acceptThread.joinable())
            acceptThread.join();
        std::lock_guard lock(mutex);
        for (auto &c : connections) {
            c->thread.join();
            closeQuietly(c->dropPipe[0]);
            closeQuietly(c->dropPipe[1]);
        }
        connections.clear();
        closeQuietly(listenFd);
        closeQuietly(stopPipe[0]);
        closeQuietly(stopPipe[1]);
    }
};

FaultProxy::FaultProxy(std::string targetHost, std::uint16_t targetPort, Fault fault)
    : d(std::make_unique<Impl>())
{
    d->targetHost = std::move(targetHost);
    d->targetPort = targetPort;
    d->fault = fault;
    d->listen();
}

FaultProxy::~FaultProxy()
{
    d->stop();
}

bool FaultProxy::ok() const { return d->port != 0 && d->error.empty(); }
std::string FaultProxy::error() const { return d->error; }
std::uint16_t FaultProxy::port() const { return d->port; }

void FaultProxy::setFault(const Fault &fault)
{
    std::lock_guard lock(d->mutex);
    d->fault = fault;
}

Fault FaultProxy::fault() const
{
    std::lock_guard lock(d->mutex);
    return d->fault;
}

void FaultProxy::dropConnections()
{
    std::lock_guard lock(d->mutex);
    for (auto &c : d->connections) {
        if (c->done || c->dropPipe[1] < 0)
            continue;
        const char b = 1;
        [[maybe_unused]] auto w = ::write(c->dropPipe[1], &b, 1);
    }
}

std::uint64_t FaultProxy::connections() const { return d->counters.connections; }
std::uint64_t FaultProxy::openConnections() const { return d->counters.open; }
std::uint64_t FaultProxy::bytesClientToServer() const { return d->counters.c2s; }
std::uint64_t FaultProxy::bytesServerToClient() const { return d->counters.s2c; }
std::uint64_t FaultProxy::faultsTriggered() const { return d->counters.triggered; }

} // namespace strata::testing
