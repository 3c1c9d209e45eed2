#include "PatientStudy.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace strata::measure::detail {

namespace {

/// The patient and study attributes an object Strata writes copies from its images.
const DcmTagKey kPatientStudyTags[] = {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex,
                                       DCM_StudyInstanceUID, DCM_StudyDate, DCM_StudyTime, DCM_ReferringPhysicianName,
                                       DCM_StudyID, DCM_AccessionNumber};

} // namespace

Status copyPatientAndStudy(DcmItem &image, DcmItem &out, const QString &subject)
{
    DcmDataset patient;
    OFString charset;
    if (image.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset).good() && !charset.empty())
        patient.putAndInsertOFStringArray(DCM_SpecificCharacterSet, charset);
    for (const DcmTagKey &tag : kPatientStudyTags) {
        OFString value;
        if (image.findAndGetOFStringArray(tag, value).good())
            patient.putAndInsertOFStringArray(tag, value);
    }
    if (OFCondition c = patient.convertToUTF8(); c.bad())
        return Error(ErrorCode::IoError, subject,
                     QStringLiteral("converting the patient's name from %1 to UTF-8: %2").arg(QString::fromUtf8(charset.c_str()), QString::fromLatin1(c.text())));
    for (const DcmTagKey &tag : kPatientStudyTags) {
        OFString value;
        if (patient.findAndGetOFStringArray(tag, value).good())
            out.putAndInsertOFStringArray(tag, value);
    }
    return {};
}

} // namespace strata::measure::detail
