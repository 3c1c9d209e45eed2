#pragma once
/// `strata snapshot`: renders a view of files, a folder or a cached study into a PNG as the viewer
/// shows it (its own Viewer and Viewport painting), without a window.
#include <QStringList>
#include <QTextStream>

namespace strata::ui {

/// Runs `strata snapshot <file|folder|study uid> [--view native|axial|coronal|sagittal] [--slice N]
/// [--size WxH] [--overlays none|all] [--layout 1x1|1x2|2x1|2x2|mpr] --out F.png` with `arguments`
/// after the command's name (global options such as --data-dir already applied). Needs a
/// QApplication (the "offscreen" platform will do). Returns 0 on success, 1 when the input cannot
/// be shown or the picture not written, 2 on a usage error; messages go to `err`, naming the input.
/// The viewer's settings are its defaults: the user's saved viewer settings are neither read nor
/// changed (the user-scope settings path points at a temporary folder for the rest of the process).
int runSnapshot(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace strata::ui
