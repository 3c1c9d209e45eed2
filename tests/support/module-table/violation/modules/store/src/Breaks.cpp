// Input of the strata_module_includes_selftest test: three includes the module table forbids
// in the store module (never compiled).
#include <strata/store/LocalCache.h>
#include <strata/ui/Viewer.h>
#include <QLabel>
#include <dcmtk/dcmnet/scu.h>
#include <QString>
