#pragma once
// Where the shared real DICOM files live (../shared/testdata beside the clone).
#include <QDir>
#include <QString>

inline QString testData(const QString &relative)
{
    return QDir(QStringLiteral(STRATA_TESTDATA_DIR)).filePath(relative);
}
