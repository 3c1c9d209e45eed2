// `strata`: starts the part of the program that the arguments ask for (Parts.h).
#include "Parts.h"

int main(int argc, char **argv)
{
    // A build without the window (STRATA_BUILD_GUI=OFF) has no viewer: strata-cli then says so.
    if (strata::app::wantsViewer(argc, argv))
        strata::app::execPart("strata-viewer", argv, {".", STRATA_PARTS_INSTALLED}, true);
    return strata::app::execPart("strata-cli", argv, {".", STRATA_PARTS_INSTALLED});
}
