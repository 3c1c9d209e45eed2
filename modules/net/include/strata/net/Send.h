#pragma once
/// Sending instances to a node: C-STORE SCU (transfer syntax negotiated per SOP class: the stored
/// syntax when the node accepts it, otherwise transcoded to one it accepts) and the per-instance
/// report shared with STOW-RS.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/Node.h>

#include <QStringList>

#include <functional>
#include <vector>

namespace strata::net {

/// The outcome for one instance.
struct SentInstance {
    QString file;
    QString sopInstanceUid;
    int status = -1;            ///< DIMSE status (0 success, 0xB000.. warning, else failure); -1 = not sent
    bool transcoded = false;    ///< sent in another syntax than stored
    QString transferSyntax;     ///< the syntax actually sent
    QString reason;             ///< why it failed or warned, in words
    bool ok() const { return status == 0 || (status & 0xF000) == 0xB000; }
};

struct SendProgress {
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
};

struct SendReport {
    std::vector<SentInstance> instances;
    int succeeded = 0;
    int warnings = 0;
    int failed = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool cancelled = false;
};

