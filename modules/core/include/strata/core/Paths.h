#pragma once
/// Where Strata keeps its data: XDG data home by default, or the folder given by --data-dir.
#include <QString>

namespace strata::paths {

/// Sets the data directory for this process (from --data-dir); empty restores the default.
void setDataDirOverride(const QString &dir);
/// The data directory: the override, else $STRATA_DATA_DIR, else the XDG data location.
QString dataDir();

} // namespace strata::paths
