// `strata`: starts the part of the program that the arguments ask for (Parts.h).
#include "Parts.h"

int main(int argc, char **argv)
{
    return strata::app::execPart(strata::app::wantsViewer(argc, argv) ? "strata-viewer" : "strata-cli", argv,
                                 {".", STRATA_PARTS_INSTALLED});
}
