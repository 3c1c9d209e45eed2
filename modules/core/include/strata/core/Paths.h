#pragma once
/// Where Strata keeps its data: XDG data home by default, or the folder given by --data-dir.
#include <QString>

namespace strata::paths {

/// Sets the data directory for this process (from --data-dir); empty restores the default.
void setDataDirOverride(const QString &dir);
/// Stores the data directory in the user's settings (cache/dataDir); empty removes it.
void setDataDirSetting(const QString &dir);
/// The data directory: the --data-dir override, else $STRATA_DATA_DIR, else the setting
/// cache/dataDir, else the XDG data location.
QString dataDir();

/// A series UID as a file name ('.', '-', letters and digits kept; anything else becomes '_').
QString seriesFileName(const QString &seriesUid);
/// The cached thumbnail of a series at `size` pixels: `<dataDir>/thumbnails/<series>_<size>.png`.
/// One naming for the renderer that writes it (imaging) and the store that deletes it with its study.
QString thumbnailFile(const QString &dataDir, const QString &seriesUid, int size);

} // namespace strata::paths
