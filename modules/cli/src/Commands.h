#pragma once
#include <QStringList>
#include <QTextStream>

namespace strata::cli {

/// One headless command: its name, a line of help, and its entry point.
struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

int infoCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int sampleCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int demoCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int importCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int studiesCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int seriesCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int deleteCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int reconcileCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int quotaCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int echoCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int queryCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int retrieveCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int sendCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int serveCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int nodeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int syncCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int auditCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int anonymizeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int cdCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int segmentCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int measurementsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int keyImagesCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int documentsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int dvhCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace strata::cli
