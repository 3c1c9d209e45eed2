#include <strata/core/Logging.h>

Q_LOGGING_CATEGORY(lcCore, "strata.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDicom, "strata.dicom", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "strata.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "strata.app", QtInfoMsg)
