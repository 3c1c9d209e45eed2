// strata_fault_proxy: the tests' fault-injecting proxy by hand.
//   strata_fault_proxy <host> <port> [pass|delay|stall|reset|garbage|flip] [c2s|s2c|both] [after-bytes] [ms]
// (for flip, the last number is flipEvery: one byte inverted every that many bytes; 0: one only)
// Prints the port it listens on (127.0.0.1) and forwards until interrupted (Ctrl+C).
#include "fault_proxy.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace {
volatile std::sig_atomic_t stopRequested = 0;
void onSignal(int) { stopRequested = 1; }

int usage()
{
    std::fprintf(stderr, "usage: strata_fault_proxy <host> <port> [pass|delay|stall|reset|garbage|flip] "
                         "[c2s|s2c|both] [after-bytes] [ms]\n");
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    using namespace strata::testing;
    if (argc < 3)
        return usage();
    Fault fault;
    if (argc > 3) {
        const std::string kind = argv[3];
        if (kind == "pass") fault.kind = FaultKind::Pass;
        else if (kind == "delay") fault.kind = FaultKind::Delay;
        else if (kind == "stall") fault.kind = FaultKind::Stall;
        else if (kind == "reset") fault.kind = FaultKind::Reset;
        else if (kind == "garbage") fault.kind = FaultKind::Garbage;
        else if (kind == "flip") fault.kind = FaultKind::Flip;
        else return usage();
    }
    if (argc > 4) {
        const std::string dir = argv[4];
        if (dir == "c2s") fault.direction = Direction::ClientToServer;
        else if (dir == "s2c") fault.direction = Direction::ServerToClient;
        else if (dir == "both") fault.direction = Direction::Both;
        else return usage();
    }
    if (argc > 5)
        fault.afterBytes = std::strtoull(argv[5], nullptr, 10);
    if (argc > 6 && fault.kind == FaultKind::Flip)
        fault.flipEvery = std::strtoull(argv[6], nullptr, 10);
    else if (argc > 6)
        fault.delayMs = std::atoi(argv[6]);

    FaultProxy proxy(argv[1], std::uint16_t(std::atoi(argv[2])), fault);
    if (!proxy.ok()) {
        std::fprintf(stderr, "strata_fault_proxy: %s\n", proxy.error().c_str());
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::printf("%u\n", unsigned(proxy.port()));
    std::fprintf(stderr, "127.0.0.1:%u → %s:%s, %s\n", unsigned(proxy.port()), argv[1], argv[2], describe(fault).c_str());
    std::fflush(stdout);
    while (!stopRequested)
        ::usleep(100 * 1000);
    std::fprintf(stderr, "%llu connections, %llu bytes client→server, %llu bytes server→client\n",
                 (unsigned long long)proxy.connections(), (unsigned long long)proxy.bytesClientToServer(),
                 (unsigned long long)proxy.bytesServerToClient());
    return 0;
}
