#include <strata/net/Find.h>

#include "DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmnet/scu.h>

namespace strata::net {
namespace {

QString stringOf(DcmItem *item, const DcmTagKey &key)
{
    OFString value;
    if (item && item->findAndGetOFStringArray(key, value).good())
        return QString::fromUtf8(value.c_str()).trimmed();
    return {};
}

QByteArray dateRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    const QByteArray f = from.isValid() ? from.toString(QStringLiteral("yyyyMMdd")).toLatin1() : QByteArray();
    const QByteArray t = to.isValid() ? to.toString(QStringLiteral("yyyyMMdd")).toLatin1() : QByteArray();
    return f == t ? f : f + '-' + t;
}

} // namespace

Result<std::vector<store::StudyRecord>> findStudies(const Node &node, const StudyFindQuery &query, const Timeouts &timeouts)
{
    DcmSCU scu;
    if (auto error = detail::openAssociation(scu, node, timeouts, UID_FINDStudyRootQueryRetrieveInformationModel))
        return *error;
    const T_ASC_PresentationContextID context = scu.findPresentationContextID(UID_FINDStudyRootQueryRetrieveInformationModel, "");
    if (context == 0) {
        scu.releaseAssociation();
        return Error(ErrorCode::Unsupported, node.label(), QStringLiteral("the node does not accept Study Root C-FIND"));
    }

    DcmDataset keys;
    keys.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    keys.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    auto key = [&](const DcmTagKey &tag, const QString &value) { keys.putAndInsertString(tag, value.toUtf8().constData()); };
    key(DCM_PatientName, query.patientName);
    key(DCM_PatientID, query.patientId);
    key(DCM_AccessionNumber, query.accessionNumber);
    key(DCM_StudyDescription, query.studyDescription);
    key(DCM_ModalitiesInStudy, query.modality);
    keys.putAndInsertString(DCM_StudyDate, dateRange(query.from, query.to).constData());
    for (const DcmTagKey &returned : {DCM_StudyInstanceUID, DCM_StudyTime, DCM_PatientBirthDate, DCM_PatientSex,
                                      DCM_ReferringPhysicianName, DCM_NumberOfStudyRelatedSeries,
                                      DCM_NumberOfStudyRelatedInstances})
        keys.insertEmptyElement(returned);

    OFList<QRResponse *> responses;
    OFCondition cond = scu.sendFINDRequest(context, &keys, &responses);
    std::vector<store::StudyRecord> studies;
    QString failure;
    for (QRResponse *r : responses) {
        if (r->m_dataset && (r->m_status == STATUS_Pending || r->m_status == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys)) {
            store::StudyRecord s;
            s.studyInstanceUid = stringOf(r->m_dataset, DCM_StudyInstanceUID);
            s.patientName = stringOf(r->m_dataset, DCM_PatientName);
            s.patientNameDisplay = s.patientName;
            s.patientId = stringOf(r->m_dataset, DCM_PatientID);
            s.patientBirthDate = stringOf(r->m_dataset, DCM_PatientBirthDate);
            s.patientSex = stringOf(r->m_dataset, DCM_PatientSex);
            s.studyDate = stringOf(r->m_dataset, DCM_StudyDate);
            s.studyTime = stringOf(r->m_dataset, DCM_StudyTime);
            s.accessionNumber = stringOf(r->m_dataset, DCM_AccessionNumber);
            s.studyDescription = stringOf(r->m_dataset, DCM_StudyDescription);
            s.referringPhysician = stringOf(r->m_dataset, DCM_ReferringPhysicianName);
            s.modalities = stringOf(r->m_dataset, DCM_ModalitiesInStudy);
            s.seriesCount = stringOf(r->m_dataset, DCM_NumberOfStudyRelatedSeries).toInt();
            s.instanceCount = stringOf(r->m_dataset, DCM_NumberOfStudyRelatedInstances).toInt();
            studies.push_back(s);
        } else if (r->m_status != STATUS_Success) {
            failure = QStringLiteral("C-FIND ended with status 0x%1").arg(r->m_status, 4, 16, QLatin1Char('0'));
        }
        delete r;
    }
    if (cond.bad()) {
        scu.abortAssociation();
        return detail::conditionError(node, QStringLiteral("C-FIND failed"), cond);
    }
    scu.releaseAssociation();
    if (!failure.isEmpty())
        return Error(ErrorCode::IoError, node.label(), failure);
    return studies;
}

} // namespace strata::net
