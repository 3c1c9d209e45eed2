#pragma once
/// A fault-injecting TCP proxy for tests: listens on 127.0.0.1 (ephemeral port), forwards every
/// connection to one target, and misbehaves on request (delay, stall, reset mid-stream, garbage, flipped bytes)
/// once a given number of bytes has passed. It runs on its own threads, so a blocking DCMTK call
/// in the test thread works through it.
#include <cstdint>
#include <memory>
#include <string>

namespace strata::testing {

enum class FaultKind {
    Pass,     ///< forward everything unchanged
    Delay,    ///< forward late: `delayMs` added per chunk and/or `latencyMs` for every byte
    Stall,    ///< stop forwarding after `afterBytes`; both sockets stay open (a peer that hangs)
    Reset,    ///< after `afterBytes`, close both sides with RST (SO_LINGER 0)
    Garbage,  ///< after `afterBytes`, replace the rest of the stream with random bytes (seeded)
    Flip,     ///< invert the byte at `afterBytes` (and every `flipEvery` bytes after it); the
              ///< stream's length and everything else stay (a bad link that TCP's checksum missed)
};

enum class Direction {
    ClientToServer,  ///< what the client (Strata) sends
    ServerToClient,  ///< what the server (the archive) answers
    Both,
};

/// What a connection does. `afterBytes` counts the bytes of each faulted direction separately,
/// from the start of the connection; the bytes before it pass unchanged.
struct Fault {
    FaultKind kind = FaultKind::Pass;
    Direction direction = Direction::Both;
    std::uint64_t afterBytes = 0;
    int delayMs = 0;            ///< Delay: added to every chunk read, one after the other
    int latencyMs = 0;          ///< Delay: every byte leaves this long after it arrived
    std::uint32_t seed = 1;     ///< Garbage: seed of the random bytes (same seed, same bytes)
    std::uint64_t flipEvery = 0; ///< Flip: 0 flips one byte; else one every this many bytes
    /// Connections numbered from 0 in accept order; the fault applies to those with a number at
    /// least this, earlier ones pass (e.g. 1: the first association works, the next one fails).
    std::uint64_t fromConnection = 0;
    /// How many connections from `fromConnection` on meet the fault; 0: all of them (e.g. 1: only
    /// the association that breaks, a reconnect after it passes).
    std::uint64_t connectionCount = 0;

    static Fault pass() { return {}; }
    static Fault delay(Direction d, int delayMs, int latencyMs = 0, std::uint64_t after = 0);
    static Fault stall(Direction d, std::uint64_t after);
    static Fault reset(Direction d, std::uint64_t after);
    static Fault garbage(Direction d, std::uint64_t after, std::uint32_t seed = 1);
    static Fault flip(Direction d, std::uint64_t after, std::uint64_t every = 0);
};

/// "reset server→client after 100 bytes": for test names and failure messages.
std::string describe(const Fault &fault);

class FaultProxy {
public:
    /// Starts listening at once; `ok()` says whether that worked and `error()` why not.
    FaultProxy(std::string targetHost, std::uint16_t targetPort, Fault fault = {});
    /// Closes the listening socket and every connection (stalled ones too), joins all threads.
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool ok() const;
    std::string error() const;
    /// The port the proxy listens on (127.0.0.1).
    std::uint16_t port() const;

    /// The fault for connections accepted from now on (open ones keep theirs).
    void setFault(const Fault &fault);
    Fault fault() const;

    /// Closes every open connection now (with RST), e.g. to release stalled peers between cases.
    void dropConnections();

    std::uint64_t connections() const;        ///< accepted so far
    std::uint64_t openConnections() const;    ///< not yet closed
    std::uint64_t bytesClientToServer() const; ///< written to the server, all connections
    std::uint64_t bytesServerToClient() const; ///< written to the client, all connections
    std::uint64_t faultsTriggered() const;    ///< connections where the fault took effect

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace strata::testing
