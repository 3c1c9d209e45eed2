#pragma once
/// Where the window's long jobs run, and how a job the caller does not keep is started.
///
/// Long work never goes on QThreadPool::globalInstance() in the GUI process: Qt's raster paint
/// engine splits large fills into tasks on that pool and waits for them on the GUI thread, so a
/// busy global pool freezes painting (seen here as a 4 s stall during an import).
#include <strata/core/Job.h>

#include <QThreadPool>

namespace strata::ui {

/// The pool for the window's jobs (imports, series loading): not the global pool.
QThreadPool *jobPool();

/// Starts `job` on `pool` and deletes it on its own thread once run() has returned, so its
/// finished()/failed() reach receivers first. Connect to the job before calling.
void startOwnedJob(Job *job, QThreadPool *pool = jobPool());

} // namespace strata::ui
