// Input of the strata_module_includes_selftest test: ui calling one protocol directly instead of
// net's RemoteArchive façade (never compiled).
#include <strata/net/RemoteArchive.h>
#include <strata/net/dimse/Find.h>
#include <QLabel>
